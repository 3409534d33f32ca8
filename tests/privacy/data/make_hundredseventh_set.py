"""Build the hundred-and-seventh labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredseventh_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 10707, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets: DIRECT SELLING AND NETWORK MARKETING -- cosmetics,
kitchenware, lingerie and supplement brands sold door to door and on WhatsApp by independent
resellers (consultoras / revendedoras, many of them MEIs) and their leaders (líderes, executivas,
diretoras; uplines and downlines): recruitment and sign-up of resellers, order cycles and catalogues
(revista do ciclo), the resellers' WhatsApp groups with their customers, credit limits, boletos and
Pix, debt collection and credit-bureau listings (Serasa, SPC, Boa Vista, Quod) of resellers,
network commissions and bonus plans, a pyramid scheme sold as multilevel marketing, allergic and
adverse reactions to the products and the brands' cosmetovigilance (RDC nº 332/2005), the
distribution centres' occupational medicine, resellers' work-injury and employment lawsuits, the
brands' SAC. The brands are invented (Bella Rosa, Aurora Natural, Estrela Bela, Casa Prudente,
Panela Amada, Flor de Lis Íntima, Celeste Lingerie, VitaLeão, Vida Plena Global).
Layouts vary: WhatsApp group exports (Android and iOS, exported from the reseller's phone with
"Você" or from a customer's with the reseller's saved name, members shown by number or by saved
name) with a pasted Pix receipt, a speech-to-text SAC call (lower case, no accents, numbers and an
e-mail read aloud) with the agent's typed record in dotted leaders, e-mail threads with "> " and
">> " quoting and an Outlook "-----Mensagem original-----" block, one-line JSON logs and JSON
lines, "Campo: valor" forms, dotted leaders and ruled +---+ boxes, psql / pipe / plain / Markdown
tables, comma and semicolon CSV, fixed-width reports (names cut at the field width) and a
fixed-width payout file, legal prose (a contract with its e-signature log, a labour claim, a civil
sentence with its publication note, a debt confession, hearing minutes, a medical expert's report),
an ALL CAPS Procon record and OCR'd ALL CAPS scans (a collection notice with its AR receipt, a
paper sign-up form).
- atendimento: (0) a reseller's WhatsApp group with her customers: the cycle's catalogue, orders,
  a customer's old and new address with CEP, a relative joining, the reseller's Pix key (random,
  CPF, phone or e-mail) and her name, a pasted Pix receipt (payer -- sometimes the spouse --,
  masked CPF, E2E id), a card number typed in the group or a phone for a payment link, an allergic
  reaction, her pick-up address and phone; (1) a speech-to-text SAC call on an order held by the
  credit limit (reseller code read aloud, CPF in groups, spoken birth date, a boleto paid from a
  sister-in-law's Pix, an e-mail spelled out, the delivery address, CEP and phone in groups) and
  the agent's typed record (CPF, phone, e-mail, address, CEP, the payer, the agent or his login);
  (2) an e-mail thread: a leader sends a new reseller's sign-up (CPF, birth date, mother, address,
  CEP, WhatsApp, e-mail, sometimes an MEI's CNPJ; the leader's X-Originating-IP), the sign-up team
  asks for a document, the leader answers with the RG or CNH and a phone for messages; (3) the
  reseller app's chat as one-line JSON (session record with name, CPF and public IP; bot, agent;
  a box with missing items, the end customer's name and phone, a new delivery address, CEP, CPF,
  birth date, e-mail, a new phone); (4) a reseller sign-up form: digital (box or dotted leaders:
  CPF, RG or CNH, birth date, mother, address, CEP, phone, e-mail, the store name, the sponsor and
  the sector manager, a Pix key or agency and account, the acceptance IP) or an OCR'd paper form in
  capitals; (5) a fixed-width SAC queue (names cut, raw CPF, "NAO INFORM" or a mistyped CPF, raw
  phone, e-mail in capitals, agents' logins) with the supervisor's notes; (6) an end customer's
  complaint about a reseller who took a Pix and vanished (customer's CPF, phone, address, CEP; the
  reseller's name, handle and WhatsApp; the pasted receipt with the reseller's key; the form's IP)
  with SAC's quoted answer.
- juridico: (0) a reseller contract and credit grant (brand's CNPJ and seat; the reseller
  qualified with RG, CPF, sometimes birth date, e-mail, phone, address, CEP and her MEI; the DPO or
  a role mailbox; witnesses with CPF) with the e-signature log (names, e-mails, public IPs);
  (1) an OCR'd ALL CAPS collection notice (reseller's CPF, address, CEP, phone and e-mail on file;
  overdue boletos with nosso número; the typeable line; the collection office's lawyer with OAB)
  and the AR (receiver with RG, postman); (2) a Procon record (ALL CAPS) or a consumidor.gov.br
  complaint: someone signed up as a reseller with the consumer's CPF and got her listed (CPF, RG,
  birth date, address, CEP, phone, e-mail; the delivery address the fraudster used; the brand's
  answer with the sign-up IP and e-mail; the analyst, attendant, conciliator); (3) a labour claim
  by a sales leader (RG, CPF, PIS/NIT, often a título de eleitor, address, CEP, e-mail, phone; the
  sector manager and his or her WhatsApp; her motorbike's plate; a motorbike accident while
  delivering, the physician's CRM; precedents by CNJ number; witnesses, one with address; lawyers
  with OAB and e-mail); (4) a civil sentence on a pyramid scheme sold as network marketing (author
  and upline with CPF, the company's CNPJ, the upline's Pix key, his address from the summons by
  edict, the refund account's agency and account, a witness, the judge; the DJE note with the
  lawyers' OAB and the clerk); (5) a debt confession and instalment agreement (reseller and
  guarantor qualified, the creditor's random Pix key or the debtor's e-mail, the negotiator's
  corporate e-mail, e-signatures with e-mails and IPs); (6) labour-court hearing minutes (judge,
  claimant with CPF, lawyers with OAB, the preposta with RG, witnesses with CPF, RG and address,
  the manager, the motorbike's plate, the typist).
- saude: (0) the brand's cosmetovigilance adverse-event form (consumer's birth date, CPF or SUS
  card, phone, e-mail, address, CEP; product, lot, ICD-10; the physician with CRM; the reseller and
  her phone; the technical officer with CRF or CRQ and e-mail); (1) a dermatology note (clinic CNPJ
  and landline; patient's birth date, CNS or CPF, address, CEP, companion, phone; the reseller;
  a patch-test table; CRM and RQE); (2) an ASO and the SESMT note of a distribution-centre worker
  (company CNPJ; CPF, RG, NIT/PIS, birth date; examiner's and coordinator's CRM; nurse's COREN; a
  contact phone); (3) SAC's adverse-reaction export as JSON lines (consumer, birth date, phone,
  e-mail, CEP, CPF, the reseller's name or code, the app IP, the agent's login) with the
  pharmacist's triage (CRF or CRN); (4) an emergency-unit record after network-marketing weight-
  loss supplements (CNS, birth date, mother, CPF, address, CEP, phones, companion; the upline who
  sold them and her phone; COREN, CRM); (5) a medical expert's report in a leader's labour claim
  (birth date, CPF, RG, PIS, address, CEP; technical assistants and the court's expert with CRM);
  (6) a month's cosmetovigilance spreadsheet (semicolon CSV with nome / sobrenome columns or with
  initials; birth dates, phones) and the pharmacist's e-mail to a regulatory consultant.
- financeiro: (0) a cycle's order export (CSV: name, CPF, phone, e-mail, delivery CEP) with the
  credit analyst's note (a name mistyped at sign-up); (1) a collection office's fixed-width queue
  (names cut, raw CPF or a mistyped one, raw phone, CEP, days overdue, collectors' logins) with the
  collectors' notes (the husband who answered, a new address, CEP, phone, e-mail); (2) the reseller
  portal's one-line JSON logs (logins with public IPs and private upstreams, a boleto with its
  typeable line and Pix copy-and-paste code, a Pix received from a relative on the company's
  random key, an e-mail change, a payment link's DEBUG line leaking a full card number or a masked
  card) with the analyst's note; (3) a leader's network bonus statement (her CPF, the upline's
  name or code, the access IP, downline names and WhatsApp numbers, INSS and IRRF, the payout to a
  Pix key or to agency and account) and her e-mail claiming a bonus (a recruit's CPF, her phone);
  (4) a yearly commissions report (brand's CNPJ; raw CPF, names cut, NIT/PIS; MEIs with CNPJ and
  corporate name) and one reseller's statement with address and CEP, the accountant's CRC; (5) a
  commission payout file (brand's raw CNPJ; names cut, raw CPF, bank code, zero-padded agency and
  account) with the bank's return and the analyst's note (a new random key, a payment asked to a
  spouse's account); (6) a credit analysis in Markdown (CPF, birth date, mother, address, CEP,
  phones, e-mail, request IP, the leader; bureau listings by company; people linked by address or
  device with CPF and IP; the analyst).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.",
"Dra.", "Enf.", "seu", "dona"; particles inside a name (de, da, do, das, dos, e) and suffixes
(Filho, Júnior, Neto, Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first names alone and
nicknames, in lower case or ALL CAPS too, are persons. Staff named in the text are persons: SAC
agents, sign-up and credit analysts, supervisors, collectors, negotiators, sector managers and
directors, pharmacists, chemists, physicians, nurses, court experts, lawyers, judges, clerks,
typists, prepostos, Procon attendants and conciliators, postmen, accountants, DPOs. Logins and
system users ("gcasagrande", "vurbano82", "qkuperman") are not persons, even when built from a
name. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (sac@, cadastro@, cobranca@,
juridico@, comissoes@, cosmetovigilancia@, dpo@, contabilidade@, sesmt@...) are not labelled.
ADDRESS is street type + name + number + complement, in full, abbreviated, ALL CAPS, lower case or
spoken (not bairro, city, UF; the CEP is BR_CEP). Agency and account are separate BANK_ACCOUNT
spans; bank codes and bank names are not. PIX_KEY only for random (UUID) keys, whoever owns them
(a reseller, an upline, the brand or its collection office); a Pix key that is a CPF, a phone or an
e-mail takes that label (the "tipo" word is not labelled). DATE_OF_BIRTH only for birth dates
(dd/mm/yyyy, dd/mm/yy, ISO, d.m.yyyy, long, spoken); order, due, cycle, sign-up, first-use,
accident, hearing and signature dates are not. Masked values ("***.385.311-**", "188.***.***-22",
"•••• 6123") are not labelled.
Decisions of this set:
- A reseller's store or trade name ("Cantinho da Bia Cosméticos", "Rô Make & Cia", "Loja da Júlia
  — Revenda", "Orlandina Utilidades & Presentes") and a WhatsApp group's name are not labelled,
  even when built from her name or nickname: they are business names, like companies named after
  people. An MEI's corporate name is the CNPJ root followed by the owner's civil name
  ("41.400.807 BELA NUNES"): the name is a PERSON, the 8-digit root is not labelled (it is not a
  whole CNPJ); the MEI's full CNPJ is BR_CNPJ.
- Reseller, sponsor and sector codes ("RV-54615141", "CN6366024", "94.128.981", "S3835"), order,
  cycle, protocol, complaint, case, agreement, Notivisa, CAT, police-report and AR numbers,
  boletos' typeable lines and nosso número, the dynamic Pix copy-and-paste code (it carries a URL,
  not a key), Pix E2E ids, tracking codes, lots, prontuário numbers, RQE, the envelope id (upper-
  case UUID) and file names are not labelled; nor money, points, scores, ICD-10 codes, CNJ numbers,
  laws and RDCs.
- Social-media handles ("@loja.da.elaine", "@yasmym.cosmeticos") are not labelled. The brands'
  virtual assistants (Bela, Lu, Flora, Aurora, Estrela) are not persons, nor "Você" in an export.
  A WhatsApp member shown by a saved name is a PERSON by the name only: in "Dona Cida vizinha" and
  "Akemi Celeste Lingerie" the words "Dona", "vizinha" and the brand are outside the span; a member
  shown by number is PHONE_NUMBER.
- Initials standing for a patient in the cosmetovigilance spreadsheet ("M.J.S.") are not labelled;
  nome and sobrenome columns are one span each (a sobrenome cell may start with "de").
- Spoken forms in the call are labelled as they stand: the CPF read in groups ("834 ponto 728
  ponto 675 23"), the birth date ("16 do 10 de 75"), the CEP and phone in groups, and an e-mail
  spelled out ("joana ponto lima arroba gmail ponto com") is EMAIL_ADDRESS. E-mails in capitals
  are EMAIL_ADDRESS. A zero-padded agency or account in the payout file is labelled as it stands.
  Names cut by a fixed-width field, a name mistyped at sign-up and names and addresses damaged by
  OCR (a "0" for "O", an "l" for "I") are labelled as they stand; identifiers in the OCR'd text are
  printed clean.
- People's homes are ADDRESS, also a reseller's home given as a pick-up point and the address a
  fraudster used to receive the kits; the brands' seats and distribution centres are not labelled,
  and a street named without a number as the place of an accident ("na Av. Getúlio Vargas") is not
  an address.
- IP_ADDRESS: public IPv4 / IPv6 of people's devices (sign-up, e-signature, the app, the reseller
  portal, web forms, X-Originating-IP, a card payload, the fraudulent sign-up). The brands'
  internal upstream addresses (10/8, 172.16/12, 192.168/16) are not labelled.
- CREDIT_CARD: a full card number a customer types in the group, or leaked by a DEBUG line; the
  holder there is a PERSON. LICENSE_PLATE: a leader's own motorbike. BR_PIS also covers the NIT of
  resellers paid as contribuintes individuais and of distribution-centre workers. BR_CNS covers
  SUS cards. PROFESSIONAL_ID covers CRM, COREN, OAB, CRF (pharmacists), CRQ (chemists), CRN
  (nutritionists) and CRC (accountants), with council and UF or region.
- Clinic landlines are PHONE_NUMBER. The brands', clinics' and collection offices' CNPJ are
  BR_CNPJ (numeric and the 2026 alphanumeric form, dotted or raw).

Names: Brazilian names of many origins -- Portuguese common, north-eastern and old-fashioned
(Eudóxia, Otacília, Ubaldina, Pancrácio, Hildebrando), coined (Thamyres, Wellyda, Ruthiely,
Yasmym, Dhonata, Wellisson), Italian, German, Japanese/Okinawan, Lebanese, Korean, Chinese,
Haitian, Angolan, Senegalese, Cape Verdean, indigenous, Jewish, Bolivian, Venezuelan, Paraguayan,
Polish/Ukrainian, Armenian -- with rare or invented name words well above a quarter (main() prints
the share). Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela, Glória,
Pérola, Bela, Dália, Violeta, Jasmim, Margarida, Bento, Prudente, Amado, Clemente, Branco, Justo,
Leão, Fortunato, Lírio; surnames Rosa, Branco, Prudente, Amado, Leão, Paz, Cruz, Luz, Aurora,
Estrela, Sorte, Bonfim, Coelho, Pinheiro) are used as names and, elsewhere, as words and in brands,
products, places, streets and bots, which are not persons: "batom rosa nude", "colônia Flor de
Laranjeira", "a linha Aurora", "Perfume Lírio Branco", "seria prudente", "foi uma vitória", Bella
Rosa, Casa Prudente, Panela Amada, Celeste Lingerie, VitaLeão, Clínica Derma Flor, UPA Glória,
Presidente Prudente, Bento Gonçalves, Santa Rosa, Nova Aurora, the bots Aurora and Estrela.

Hard negatives (never labelled): CNJ numbers, 11-digit numbers failing the CPF check (protocols,
mistyped CPFs; the script checks every CPF-shaped run outside a gold span, and that 11-digit runs
outside the spans pass neither the PIS nor the CNH check), 14-digit runs (checked to fail the CNPJ
check), 15-digit runs (checked not to be valid CNS), 16-digit runs (checked to fail Luhn), private
IPs (checked), typeable lines, nosso número, E2E ids, Pix copy-and-paste codes, reseller codes,
ICD-10 codes, money, laws and RDCs (Lei 8.078/1990, Lei 13.709/2018, Lei 1.521/1951, Lei
4.886/1965, Lei 6.586/1978, Lei 8.213/1991, Lei 13.467/2017, Lei 14.181/2021, RDC nº 332/2005),
companies named after people or words (Leão & Prudente Advogados Associados, Casas Bonfim Móveis),
store names, streets named after people outside an address, dates that are not births.
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
SEED = 10707
OUT_NAME = "hundredseventh.jsonl"

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
            "Sandra", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Júlia", "Mariana", "Gabriela", "Beatriz",
            "Larissa", "Vanessa", "Luana", "Tatiane", "Daniele", "Raquel", "Cristiane", "Simone", "Ana Paula",
            "Maria José", "Lúcia", "Rita", "Priscila", "Renata", "Carla", "Débora", "Josefa", "Aparecida", "Rosângela",
            "Elaine", "Kelly", "Michele", "Sônia", "Vera", "Cláudia", "Fabiana", "Elisângela", "Eliane"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Rodrigo", "Gustavo", "Mateus", "Diego",
            "Anderson", "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Paulo", "José Carlos", "Raimundo",
            "Sérgio", "Wagner", "Roberto", "Jorge", "Severino", "Vinícius"]
RARE_F = ["Eudóxia", "Clemilda", "Jurema", "Otacília", "Lindaura", "Marivalda", "Gercina", "Rosimeire", "Edite",
          "Ubaldina", "Vitalina", "Orlandina", "Teodolina", "Quitéria", "Leontina", "Zildete", "Eponina", "Bernardete",
          "Deolinda", "Edneuza", "Iracema", "Benedita", "Joselma", "Ivonete", "Djanira", "Nadir", "Hozana", "Gildete",
          "Jhenifer", "Kauany", "Dayane", "Thamyres", "Kessia", "Wellyda", "Ingridy", "Sabrynna", "Rayane", "Allana",
          "Gleyce", "Dheyse", "Kamylly", "Sthephanie", "Lohany", "Mikaelly", "Ruthiely", "Yasmym"]
RARE_M = ["Adelmo", "Belisário", "Darcílio", "Edmilson", "Florisvaldo", "Genildo", "Hildebrando", "Jocemar", "Lourival",
          "Manassés", "Nivaldo", "Olavo", "Pancrácio", "Tibério", "Valdir", "Zacarias", "Gervásio", "Teófilo",
          "Deusimar", "Bartolomeu", "Erivaldo", "Josenildo", "Cleomar", "Weverton", "Dhonata", "Wellisson", "Ryan",
          "Kaike", "Jhonathas", "Wanderlei", "Thauan", "Rikelme", "Deyvid", "Elizeu", "Crispim", "Arlindo", "Juvenal"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Glória", "Pérola", "Maria da Luz",
          "Rosa Maria", "Esperança", "Socorro", "Maria das Graças", "Bela", "Dália", "Violeta", "Jasmim", "Margarida"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Modesto", "Leão", "Vitório", "Sereno",
          "Constante", "Fortunato", "Lírio"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Monteiro", "Correia", "Bezerra", "Pinto", "Dutra", "Machado"]
RARE_SUR = ["Sampaio Corrêa", "Bulhões", "Figueiró", "Alvarenga", "Coelho Leite", "Quixadá", "Urbano", "Mourão",
            "Vasconcelos Sá", "Bittencourt", "Cavalheiro", "Jacinto", "Taveira", "Espínola", "Arruda Câmara",
            "Furtado Pita", "Ximenes", "Gouveia Lins", "Pedrosa", "Lamartine", "Sisnando", "Caminha", "Cirino",
            "Brotas", "Tabosa", "Benevides", "Meireles Dantas", "Piancó", "Zenóbio", "Uchoa Lins", "Rebouças",
            "Marçal", "Quirino", "Trindade Mota", "Vilanova", "Seixas", "Ferraz de Abreu", "Jatahy", "Bonifácio"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo",
            "Neves", "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Sorte", "Bonfim", "Guerra", "Leal",
            "Oliveira", "Pereira", "Pinheiro", "Coelho"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha",
        "Raimundo": "Mundinho", "Maria da Luz": "Luzinha", "Luiz": "Lulinha", "Severino": "Biu", "Bento": "Bentinho",
        "Rosa": "Rosinha", "Quitéria": "Teca", "Pedro": "Pedrão", "João": "Jão", "Marcos": "Marquinhos",
        "Carlos": "Carlão", "Beatriz": "Bia", "Fabiana": "Bia", "Gabriela": "Gabi", "Rosângela": "Rô",
        "Aparecida": "Cida", "Josefa": "Zefinha", "Vinícius": "Vini", "Socorro": "Corrinha", "Rosimeire": "Meire",
        "Benedita": "Dita", "Bernardete": "Detinha", "Iracema": "Cema", "Cláudia": "Claudinha", "Elisângela": "Lili",
        "Leontina": "Tina", "Vitalina": "Lina", "Margarida": "Guida", "Maria das Graças": "Gracinha", "Jurema": "Juju",
        "Hildebrando": "Brando", "Zacarias": "Zaca", "Bartolomeu": "Bartô", "Manassés": "Mané", "Valdir": "Val",
        "Sônia": "Soninha", "Kelly": "Kel", "Mariana": "Mari", "Juliana": "Ju", "Patrícia": "Pati", "Tatiane": "Tati",
        "Vanessa": "Nessa", "Eudóxia": "Doxa", "Lindaura": "Dadá", "Otacília": "Tatá"}
FOREIGN = {
    "it": (["Graziella", "Rosalba", "Nunzia"], ["Salvatore", "Ottavio", "Gianluca"],
           ["Bortolini", "Pegoraro", "Zanin", "Casagrande", "Tonin", "Dal Molin", "Scapin"]),
    "de": (["Hildegard", "Elfriede", "Irmgard"], ["Egon", "Arno", "Dieter"],
           ["Kuhn", "Schroeder", "Wachholz", "Klitzke", "Raasch", "Krüger", "Blumenau"]),
    "jp": (["Akemi", "Sachiko", "Keiko", "Yumiko"], ["Takeshi", "Minoru", "Hideo"],
           ["Higa", "Kanashiro", "Nakasone", "Tokunaga", "Oshiro", "Yamashiro", "Tamashiro"]),
    "ar": (["Samira", "Jamile", "Nadia", "Yasmin"], ["Jamil", "Kalil", "Rafic"],
           ["Haddad", "Bechara", "Saad", "Kassab", "Khoury", "Abdalla", "Chedid"]),
    "kr": (["Ji-woo", "Hye-jin", "Soo-ah"], ["Dong-hyun", "Sung-min"], ["Park", "Kang", "Jung", "Yoon", "Shin"]),
    "cn": (["Meiling", "Xiuying", "Lihua"], ["Jianguo", "Wei"], ["Liang", "Huang", "Zhang", "Chen", "Wu"]),
    "ht": (["Nadège", "Guerline", "Mirlande"], ["Jean-Robert", "Wesner", "Fritznel"],
           ["Pierre-Louis", "Désir", "Métellus", "Louissaint", "Jean-Baptiste", "Fleurimond"]),
    "ao": (["Nzinga", "Luzolo", "Ndilu"], ["Kiala", "Mbemba", "Tchiwale"], ["Ngola", "Kiluange", "Matondo", "Nsimba"]),
    "sn": (["Awa", "Fatou", "Ndeye"], ["Abdoulaye", "Mamadou", "Ibrahima"], ["Diop", "Sarr", "Gueye", "Ndiaye"]),
    "in": (["Jaciara", "Moema", "Kerexu", "Yakecan"], ["Raoni", "Karai", "Tainã"],
           ["Guajajara", "Pataxó", "Terena", "Baniwa", "Kaingang", "Xakriabá"]),
    "jw": (["Esther", "Miriam", "Raquel"], ["Avraham", "Moisés", "Chaim"],
           ["Goldfarb", "Lerner", "Zylberstajn", "Feldman", "Kuperman"]),
    "bo": (["Ayda", "Nelly", "Eusebia"], ["Grover", "Efraín", "Teodoro"], ["Quispe", "Mamani", "Huanca", "Limachi", "Choque"]),
    "ve": (["Yuleisy", "Oriana", "Dayerlin"], ["Yonaiker", "Deiby", "Yorbis"], ["Castellanos", "Urdaneta", "Pernía", "Colmenares"]),
    "py": (["Nidia", "Liz Mabel", "Zunilda"], ["Nery", "Derlis", "Osmar"], ["Benítez", "Ayala", "Giménez", "Cáceres"]),
    "pl": (["Jadwiga", "Halyna"], ["Stanisław", "Mykola"], ["Kowalczyk", "Wiśniewski", "Bondarenko", "Hnatyshyn"]),
    "am": (["Anoush", "Siranush"], ["Vartan", "Krikor"], ["Manukian", "Hagopian", "Boyadjian"]),
    "cv": (["Djenabu", "Nilsa"], ["Amílcar", "Djon"], ["Tavares Semedo", "Furtado", "Monteiro Varela"]),
}
RARE_ORIGINS = ("kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "ve", "py", "pl", "am", "cv")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.difference_update(["Raquel", "Moisés", "Osmar", "Teodoro", "Ryan", "Dayane", "Rayane", "Edite", "Valdir",
                        "Olavo", "Arlindo", "Juvenal", "Edmilson", "Nivaldo", "Lourival", "Benedita", "Iracema",
                        "Bittencourt", "Alvarenga", "Furtado", "Pedrosa", "Rosimeire", "Ivonete", "Wanderlei",
                        "Zacarias", "Bonifácio", "Seixas", "Benevides", "Rebouças", "Meireles Dantas", "Vilanova"])
RARE.update(["Graziella", "Rosalba", "Nunzia", "Bortolini", "Pegoraro", "Tonin", "Dal Molin", "Scapin", "Hildegard",
             "Elfriede", "Irmgard", "Egon", "Wachholz", "Klitzke", "Raasch", "Kanashiro", "Nakasone", "Tokunaga",
             "Oshiro", "Yamashiro", "Tamashiro", "Minoru", "Hideo", "Sachiko", "Yumiko", "Bechara", "Kassab", "Khoury",
             "Rafic", "Chedid", "Abdalla"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Sorte", "Guerra"}
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
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Largo", "Estrada"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Flor de Maio", "da Aurora", "Estrela do Mar",
                "Doutor Quirino Landim", "Coronel Gumercindo Rolim", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa e Silva", "Amado Nervo", "Castro Alves", "Santos Dumont",
                "Irmã Dulce", "dos Jangadeiros", "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro",
                "das Mangueiras", "Senador Alencastro", "Professora Eulália Bessa", "São Bento", "Beira Rio",
                "Vitória Régia", "dos Ipês", "Leão XIII", "Luz Branca", "Conselheiro Nóbrega", "Madre Vicentina",
                "Pioneiro Arno Raasch", "Doutor Jamil Haddad", "das Acácias", "Dom Pedro II", "da Glória",
                "Padre Cosmo Uchôa", "Vereador Durval Queiroga", "Rio Branco", "Treze de Maio", "do Sol Nascente",
                "Margarida Alves", "das Violetas", "Flor de Lis", "Professor Olavo Seixas", "Dona Jurema Bulhões",
                "Jasmim", "Leontina Quirino", "Hildebrando Taveira", "das Dálias", "Coronel Prudente"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Santos", "SP"), ("Guarulhos", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Duque de Caxias", "RJ"),
          ("Belo Horizonte", "MG"), ("Juiz de Fora", "MG"), ("Montes Claros", "MG"), ("Curitiba", "PR"),
          ("Londrina", "PR"), ("Nova Aurora", "PR"), ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"),
          ("Santa Rosa", "RS"), ("Pelotas", "RS"), ("Florianópolis", "SC"), ("Joinville", "SC"),
          ("Chapecó", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Recife", "PE"), ("Petrolina", "PE"),
          ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"),
          ("Aracaju", "SE"), ("Teresina", "PI"), ("São Luís", "MA"), ("Belém", "PA"), ("Manaus", "AM"),
          ("Goiânia", "GO"), ("Brasília", "DF"), ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"),
          ("Rio Branco", "AC"), ("Macapá", "AP")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Pinheiros", "Boa Viagem",
           "Jardim Vitória", "Bela Vista", "Parque das Flores", "Vila Estrela", "Cidade Nova", "Glória", "Benfica",
           "Cajazeiras", "Vila Mariana", "Tijuca", "Aldeota", "Petrópolis", "Bairro da Luz", "Jardim Prudência",
           "Conjunto Esperança", "Santa Luzia"]
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

    @staticmethod
    def pd56(addr: str) -> str:
        """The /56 delegated prefix that contains an IPv6 address."""
        return str(ipaddress.IPv6Network(addr + "/56", strict=False))

    def ip6_prefix(self) -> str:
        return f"2804:{self.ri(0x100, 0x7fff):x}:{self.ri(1, 0xffff):x}:{self.hexs(2)}00::/56"

    def ip_cgnat(self) -> str:
        return f"100.{self.ri(64, 127)}.{self.ri(0, 255)}.{self.ri(2, 254)}"

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
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {dotted}", f"CRF-{uf} nº {n}"])
        if kind == "CRN":
            return self.pick([f"CRN-{self.ri(1, 11)} {self.ri(1000, 99999)}", f"CRN{self.ri(1, 11)} {self.ri(1000, 99999)}/P"])
        if kind == "CRQ":
            return f"CRQ {self.pick(['IV', 'II', 'III', 'V', 'X'])} Região nº {self.d(8)}"
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
    return s[:w].rstrip(" ,-")


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



# --------------------------------------------------------------------------- register: direct selling / network marketing

BRANDS = [("Bella Rosa", "Bella Rosa Indústria e Comércio de Cosméticos Ltda.", "bellarosa.com.br", "cosm"),
          ("Aurora Natural", "Aurora Natural Cosméticos S.A.", "auroranatural.com.br", "cosm"),
          ("Estrela Bela", "Estrela Bela Beleza Direta Ltda.", "estrelabela.com.br", "cosm"),
          ("Casa Prudente", "Casa Prudente Utilidades Domésticas Ltda.", "casaprudente.com.br", "cozinha"),
          ("Panela Amada", "Panela Amada Comércio de Utensílios Ltda.", "panelaamada.com.br", "cozinha"),
          ("Flor de Lis Íntima", "Flor de Lis Confecções e Moda Íntima Ltda.", "flordelisintima.com.br", "lingerie"),
          ("Celeste Lingerie", "Celeste Moda Íntima Venda Direta Ltda.", "celestelingerie.com.br", "lingerie"),
          ("VitaLeão", "VitaLeão Nutrição e Bem-Estar Ltda.", "vitaleao.com.br", "suple"),
          ("Vida Plena Global", "Vida Plena Global Marketing Multinível Ltda.", "vidaplenaglobal.com", "suple")]
PRODUCTS = {
    "cosm": ["Batom Matte Rosa Nude", "Colônia Flor de Laranjeira 100 ml", "Tinta Creme Aurora 6.0 Louro Escuro",
             "Escova Progressiva Liso Glória 1 L", "Hidratante Corporal Pêssego 400 ml", "Base Líquida Cor 04",
             "Desodorante Roll-on Jasmim", "Sérum Vitamina C 30 ml", "Creme Depilatório Facial", "Esmalte Vermelho Paixão",
             "Perfume Lírio Branco 75 ml", "Máscara de Cílios Volume", "Protetor Solar FPS 50", "Óleo Trifásico Violeta"],
    "cozinha": ["Jogo de Panelas Antiaderente 5 peças", "Panela de Pressão 4,5 L", "Kit Potes Herméticos 10 un.",
                "Frigideira Cerâmica 24 cm", "Faqueiro Inox 24 peças", "Garrafa Térmica 1 L", "Panela Elétrica de Arroz",
                "Assadeira Retangular Aurora", "Chaleira Esmaltada Rosa", "Tábua de Corte Bambu"],
    "lingerie": ["Sutiã com Bojo Renda 44", "Calcinha Cós Alto kit 3", "Pijama Cetim Rosa M", "Body Modelador G",
                 "Camisola Flor de Cerejeira", "Cueca Boxer kit 5", "Meia-calça Fio 40", "Sutiã Amamentação 46",
                 "Conjunto Renda Violeta P"],
    "suple": ["Termogênico Leão Fire 60 cáps.", "Shake Proteico Baunilha 450 g", "Colágeno Hidrolisado 30 sachês",
              "Chá Seca Barriga 30 sachês", "Ômega 3 120 cáps.", "Kit Detox 21 Dias", "Cápsulas Emagrecedoras Slim Plus",
              "Whey Concentrado Chocolate 900 g", "Vitamina D3 2000 UI"],
}
BOTS = ["Bela", "Lu", "Flora", "Aurora", "Estrela"]  # virtual assistants, never persons
CARRIERS = ["Jadlog", "Correios", "Total Express", "Loggi", "Sequoia", "Rota Leal Transportes"]
BUREAUS = ["Serasa", "SPC Brasil", "Boa Vista SCPC", "Quod"]
COLLECTORS = [("Cobra Bem Assessoria de Cobrança Ltda.", "cobrabem.com.br"),
              ("Recupera Mais Cobranças Ltda.", "recuperamais.com.br"),
              ("Leão & Prudente Advogados Associados", "leaoprudente.adv.br"),
              ("Bonfim Recuperação de Crédito S.A.", "bonfimcredito.com.br")]
LEVELS = ["Consultora", "Consultora Ouro", "Líder", "Líder Prata", "Executiva Diamante", "Diretora Rubi", "Empreendedora Safira"]
ROLE_BOXES = ["sac", "cadastro", "cobranca", "juridico", "financeiro", "privacidade", "dpo", "cosmetovigilancia",
              "faleconosco", "naoresponda", "credito", "comissoes", "ouvidoria", "atendimento", "contabilidade", "rh",
              "sesmt", "farmacovigilancia", "suporte", "notificacoes"]
LAWS = ["Lei 8.078/1990", "Lei 13.709/2018", "Lei 1.521/1951", "Lei 4.886/1965", "Lei 6.586/1978",
        "Lei Complementar 128/2008", "Lei 8.213/1991", "Lei 13.467/2017", "RDC nº 332/2005", "Lei 14.181/2021"]


def brand(g: Gen, kind: str | None = None) -> tuple[str, str, str, str]:
    pool = [b for b in BRANDS if kind is None or b[3] == kind]
    return g.pick(pool)


def role_mail(g: Gen, dom: str, box: str | None = None) -> str:
    return f"{box or g.pick(ROLE_BOXES)}@{dom}"


def rcode(g: Gen) -> str:
    """A reseller / consultant code (internal id, never labelled)."""
    return g.pick([f"{g.ri(1, 9)}{g.d(6)}", f"RV-{g.d(8)}", f"{g.ri(10, 99)}.{g.d(3)}.{g.d(3)}", f"CN{g.d(7)}", f"{g.ri(1, 9)}{g.d(8)}"])


def order_no(g: Gen) -> str:
    return g.pick([f"PED-{g.d(8)}", f"{g.ri(1, 9)}{g.d(9)}", f"#{g.d(7)}", f"P{g.ri(2025, 2026)}{g.d(6)}"])


def cycle(g: Gen, d: datetime.date | None = None) -> str:
    d = d or g.day()
    return g.pick([f"ciclo {g.ri(1, 19):02d}/{d.year}", f"C{g.ri(1, 19):02d}", f"campanha {g.ri(1, 19)}", f"ciclo {g.ri(1, 19)}"])


def product(g: Gen, kind: str) -> str:
    return g.pick(PRODUCTS[kind])


def lote(g: Gen) -> str:
    return g.pick([f"L{g.d(4)}{g.up(1)}{g.d(2)}", f"{g.up(2)}{g.d(6)}", f"{g.d(6)}", f"{g.d(2)}{g.up(1)}{g.d(3)}"])


def store_name(g: Gen, p: Person) -> str:
    """A reseller's trade name (never labelled, even when built from her name or nickname)."""
    n = p.nick if g.chance(0.5) else p.first
    return g.pick([f"Cantinho d{p.o} {n} Cosméticos", f"{n} Make & Cia", f"Empório d{p.o} {n}", f"Espaço {n} Beleza",
                   f"{n} Variedades", f"Loja d{p.o} {n} — Revenda", f"{n} Utilidades & Presentes", f"Ateliê {n} Lingerie"])


def mei_razao(g: Gen, p: Person, cnpj: str) -> tuple[str, str]:
    """An MEI's corporate name: the CNPJ root plus the owner's civil name (the root is not labelled)."""
    raw = re.sub(r"[^0-9A-Z]", "", cnpj)
    root = f"{raw[:2]}.{raw[2:5]}.{raw[5:8]}"
    return root, g.pick([p.capsf, p.caps, p.full])


def pix_key(g: Gen, p: Person, cpf: str | None = None, kinds: list[str] | None = None) -> tuple[str, tuple]:
    """A Pix key: (tipo, (value, LABEL)); a random key is PIX_KEY, a CPF, phone or e-mail key takes that label."""
    kind = g.pick(kinds or ["aleatoria", "aleatoria", "cpf", "celular", "email"])
    if kind == "aleatoria":
        return kind, (g.uuid(), "PIX_KEY")
    if kind == "cpf":
        return kind, (cpf or g.cpf(), "BR_CPF")
    if kind == "celular":
        return kind, (g.phone(g.pick(["e164", "par", "plain", "raw"])), "PHONE_NUMBER")
    return kind, (g.email(p), "EMAIL_ADDRESS")


def ispb(g: Gen) -> str:
    return g.pick(["00000000", "60746948", "60701190", "00360305", "90400888", "18236120", "00416968", "10573521",
                   "22896431", "31872495"])


def e2e(g: Gen, t: datetime.datetime | None = None) -> str:
    """A Pix end-to-end id (E + ISPB + yyyymmddHHMM + 11 characters): never labelled."""
    t = t or datetime.datetime(2025, g.ri(1, 12), g.ri(1, 28), g.ri(0, 23), g.ri(0, 59))
    tail = "".join(g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789abcdefghijkmnpqrstuvwxyz") for _ in range(11))
    return f"E{ispb(g)}{t.strftime('%Y%m%d%H%M')}{tail}"


CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")
RUN14 = re.compile(r"(?<!\d)\d{14}(?!\d)")
RUN11 = re.compile(r"(?<!\d)\d{11}(?!\d)")


def hard_ok(s: str) -> bool:
    """A hard-negative string holds no digit run that passes a CPF, CNPJ, PIS, CNS or card check."""
    for m in CPF_LIKE.finditer(s):
        if cpf_ok(re.sub(r"\D", "", m.group(1))):
            return False
    for m in RUN11.finditer(s):
        v = m.group(0)
        if pis_dv(v[:10]) == v[10] or cnh_dv(v[:9]) == v[9:]:
            return False
    for m in RUN14.finditer(s):
        if cnpj_dv(m.group(0)[:12]) == m.group(0)[12:]:
            return False
    for m in RUN15.finditer(s):
        if cns_ok(m.group(0)):
            return False
    for m in RUN16.finditer(s):
        if luhn_ok(re.sub(r"\D", "", m.group(0))):
            return False
    return True


def linha_digitavel(g: Gen) -> str:
    """A boleto's typeable line (47 digits): never labelled."""
    while True:
        bank = g.pick(["237", "341", "001", "104", "033", "756"])
        s = (f"{bank}9{g.d(1)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} "
             f"{g.ri(9800, 9999) if g.chance(0.2) else g.ri(1000, 1400)}{g.ri(1000, 99999):010d}")
        if hard_ok(s):
            return s


def nosso_numero(g: Gen) -> str:
    while True:
        s = g.pick([f"{g.d(2)}/{g.d(9)}-{g.d(1)}", f"{g.d(11)}-{g.ri(0, 9)}", f"{g.d(3)}{g.d(8)}", f"{g.d(10)}"])
        if hard_ok(s):
            return s


def brcode(g: Gen, merchant: str, city: str, value: str) -> str:
    """A dynamic Pix BR Code (copia e cola) with a URL, not a key: never labelled."""
    while True:
        host = g.pick(["qrpix.bradesco.com.br/qr/v2/cobv/", "pix.santander.com.br/qr/v2/", "spi-qrcode.bancointer.com.br/",
                       "qrcode.pix.celcoin.com.br/pixqrcode/v2/cobv/"])
        url = host + g.hexs(32)
        mai = f"0014br.gov.bcb.pix25{len(url):02d}{url}"
        m = fold(merchant).upper()[:25]
        c = fold(city).upper()[:15]
        v = value.replace(".", "").replace(",", ".")
        body = (f"000201010212" + f"26{len(mai):02d}{mai}" + "52040000530398654" + f"{len(v):02d}{v}" + "5802BR"
                + f"59{len(m):02d}{m}" + f"60{len(c):02d}{c}" + "62070503***6304")
        s = body + g.hexs(4, True)
        if hard_ok(s):
            return s


def tracking(g: Gen) -> str:
    return g.pick([f"{g.up(2)}{g.d(9)}BR", f"JD{g.d(12)}", f"TX{g.d(10)}", f"LGI-{g.up(3)}{g.d(6)}"])


def protocol(g: Gen) -> str:
    while True:
        s = g.protocol()
        if hard_ok(s):
            return s


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


def insta(g: Gen, p: Person) -> str:
    """A reseller's social-media handle (not labelled)."""
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    n = re.sub(r"[^a-z]", "", fold(p.nick).lower())
    return g.pick([f"@{n}.cosmeticos", f"@{f}revende", f"@loja.da.{n}", f"@{f}_consultora", f"@{n}makeoficial"])


def spoken_digits(s: str) -> str:
    return " ".join(NUM_WORDS[int(c)] for c in s if c.isdigit())


def stt_cpf(n: str, g: Gen) -> str:
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}",
                   f"{n[:3]} ponto {n[3:6]} ponto {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} digito {n[9:]}"])


def stt_dob(g: Gen, lo: int = 1955, hi: int = 2005) -> str:
    dd, mm, yy = g.dob_parts(lo, hi)
    return g.pick([f"{dd} do {mm} de {yy % 100:02d}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}"])


def word_neg(g: Gen) -> str:
    """A sentence where a word that is also a name stands as a word, a product, a place or a company."""
    return g.pick(["O batom rosa nude voltou pro catálogo!", "A colônia Flor de Laranjeira está com 30% de desconto.",
                   "Seria prudente esperar o boleto compensar.", "A linha Aurora saiu de linha nesse ciclo.",
                   "Foi uma vitória bater a meta do ciclo.", "Chegou a caixa da Casa Prudente, mas veio amassada.",
                   "O hidratante tem cheiro de jasmim e flor de cerejeira.", "A tinta ficou num tom mais claro, quase branco.",
                   "Tenho cliente em Bento Gonçalves e em Santa Rosa.", "O perfume Lírio Branco é o que mais sai.",
                   "A reunião de ciclo vai ser no Salão Estrela, perto da praça.", "Paz e luz pra todas nessa campanha! ✨",
                   "O kit Panela Amada chega em caixa separada.", "A revista nova tem a capa toda violeta."])


def maybe(g: Gen, name: str, alt: str, p: float = 0.5):
    """A name (PERSON) with probability p, else a plain wording without a name."""
    return P(name) if g.chance(p) else alt


def reseller(g: Gen) -> Person:
    return g.person(female=g.chance(0.85))


def cl(doc: Doc, stamp: str, sender: tuple, template: str = "", **vals) -> None:
    """One chat line: '<stamp><sender>: <message>'; sender is (text, label or None)."""
    doc.t(stamp)
    doc.e(sender[0], sender[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def seq_times(g: Gen, n: int, t0: datetime.datetime, lo: int = 15, hi: int = 240) -> list[datetime.datetime]:
    out, t = [], t0
    for _ in range(n):
        t = t + datetime.timedelta(seconds=g.ri(lo, hi))
        out.append(t)
    return out


def mail_date(t: datetime.datetime) -> str:
    return f"{DAY_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} {t.strftime('%H:%M:%S')} -0300"


def brl(v: float) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def cid_derm(g: Gen) -> str:
    return g.pick(["L23.2", "L23.5", "L23.9", "L24.3", "L50.0", "T78.4", "L25.0", "H10.1", "L65.9"])

# =========================================================================== atendimento


def at_grupo_whatsapp(g: Gen) -> Doc:
    """A reseller's WhatsApp group with her customers, exported from her phone or a customer's."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    rev = reseller(g)
    store = store_name(g, rev)
    ios = g.chance(0.45)
    from_rev = g.chance(0.8)
    d0 = g.day()
    t0 = datetime.datetime(d0.year, d0.month, d0.day, g.ri(7, 10), g.ri(0, 59))
    tt = iter(seq_times(g, 40, t0, 60, 2400))
    st = (lambda: ts(next(tt), "waios") + " ") if ios else (lambda: ts(next(tt), "wa") + " - ")  # noqa: E731
    custs = [g.person(female=g.chance(0.8)) for _ in range(4)]
    # how each member shows up in the export
    shown = []
    for c in custs:
        r = g.pick([0, 0, 0, 0, 0, 1, 2, 3])
        if r == 0:
            shown.append((g.phone("wa"), "PHONE_NUMBER", None))
        elif r == 1:
            shown.append((c.first, "PERSON", None))
        elif r == 2:
            shown.append((c.short, "PERSON", None))
        else:
            shown.append((c.first, "PERSON", g.pick(["vizinha", "trabalho", "cliente", "academia", "igreja", "prima"])))
    gname = g.pick([f"{store} 💄", f"Pedidos {bname} 🌸", f"Revista {bname} ✨ Pedidos", "Revista do ciclo ✨"])
    doc.f("«h»\n\n", h=g.pick([f"Conversa do WhatsApp com {gname}", f"{gname} — conversa exportada"]))
    if from_rev:
        R = ("Você", None)
        doc.t(st() + "‎Você criou o grupo \"" + gname + "\"\n")
    else:
        rn = g.pick(["nick", "first", "short"])
        lab = {"nick": rev.nick, "first": rev.first, "short": rev.short}[rn]
        R = None
        doc.t(st() + "‎")
        doc.e(lab, "PERSON")
        doc.t(" criou o grupo \"" + gname + "\"\n")

    def rsend(template: str, **vals):
        if R is not None:
            cl(doc, st(), R, template, **vals)
            return
        doc.t(st())
        doc.e(rev.nick if rn == "nick" else rev.first if rn == "first" else rev.short, "PERSON")
        doc.t(f" {bname}" if g.chance(0.3) else "")
        doc.t(": ")
        doc.f(template, **vals)
        doc.t("\n")

    def csend(k: int, template: str, **vals):
        v, lab, tail = shown[k]
        doc.t(st())
        if lab == "PERSON" and tail and g.chance(0.5):
            doc.t("Dona ")
        doc.e(v, lab)
        if tail:
            doc.t(f" {tail}")
        doc.t(": ")
        doc.f(template, **vals)
        doc.t("\n")

    c = cycle(g, d0)
    rsend("Bom dia meninas!! 🌸 Chegou a revista nova («c») da «b»! «w» Pedidos até «d» que eu passo o pedido na «wd» 😘",
          c=c, b=bname, w=word_neg(g), d=dbr(g.after(d0, 2, 6), "short")[:5], wd=g.pick(["segunda", "terça", "quarta", "sexta"]))
    p1, p2 = g.sample(PRODUCTS[kind], 2)
    csend(0, "quero «p» e «q»", p=p1, q=p2)
    if g.chance(0.5):
        rsend("Anotado «n»! Entrego aí na «a» mesmo?", n=P(g.pick([custs[0].first, custs[0].nick])), a=(g.address(), "ADDRESS"))
    else:
        rsend("Anotado! Entrego aí na «a» mesmo?", a=(g.address(), "ADDRESS"))
    city, uf = g.city()
    csend(0, "não, me mudei. agora é «a», «b», cep «c»", a=(g.address(g.pick(["low", "text"])), "ADDRESS"),
          b=g.pick(BAIRROS), c=(g.cep(g.chance(0.75)), "BR_CEP"))
    rel = g.pick(["sobrinh", "cunhad", "filh", "vizinh"]) + custs[1].o if g.chance(0.8) else "colega"
    if g.chance(0.5):
        csend(1, "oi gente aqui é «a» «n», «r» d«o» «m». também quero a revista", a=custs[1].o, n=P(custs[1].first), r=rel, o=custs[0].o,
              m=P(g.pick([custs[0].first, custs[0].nick])))
    else:
        csend(1, "oi gente, fui adicionad«o» agora. também quero a revista 😍", o=custs[1].o)
    tipo, key = pix_key(g, rev)
    rsend("Quem for pagar adiantado o pix é «k» («t»), em nome de «n» 💖", k=key, t={"aleatoria": "chave aleatória", "cpf": "CPF",
          "celular": "celular", "email": "e-mail"}[tipo], n=P(g.pick([rev.full, rev.caps])))
    payer = custs[2] if g.chance(0.6) else g.spouse(custs[2])
    val = g.money(40, 420)
    csend(2, "‎<Mídia oculta>")
    csend(2, "Comprovante Pix · R$ «v» · De: «p» (CPF «m») · Para: «n» · «dt» · ID «e»", v=val, p=P(g.pick([payer.full, payer.caps])),
          m=g.masked_cpf(), n=P(rev.full), dt=ts(next(tt), "br"), e=e2e(g))
    if payer is not custs[2]:
        csend(2, "paguei pelo celular do meu marido, tá no nome do «n»" if not payer.female else "paguei pelo celular da minha esposa, tá no nome da «n»",
              n=P(payer.first))
    if g.chance(0.45):
        csend(3, "posso pagar no cartão? «c» val «v» «cv»", c=(g.card(spaced=g.chance(0.6), brand=g.pick(["4", "5", "6"])), "CREDIT_CARD"),
              v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}", cv=g.d(3))
        rsend("Apaga isso!! 🙈 nunca manda número de cartão no grupo. Te mando o link da maquininha no privado")
    else:
        csend(3, "manda o link do cartão no meu zap «p» que eu pago", p=(g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER"))
    rsend("Quem ainda não pagou a campanha passada me ajuda, meu limite tá travado na «b» 😩 boleto vence «d»",
          b=bname, d=dbr(g.after(d0, 1, 9), "short")[:5])
    other = g.person(female=True)
    csend(g.ri(0, 3), "«n» pediu pra avisar que o «p» deu alergia nela, ficou toda empolada",
          n=maybe(g, g.pick([other.full, other.first]), g.pick(["Minha cunhada", "A vizinha do 12", "Minha sogra"])),
          p=g.pick(PRODUCTS["cosm"]))
    rsend("Nossa 😢 manda foto que eu abro no SAC da «b» hoje, eles têm que registrar. Pede pra ela guardar a embalagem com o lote", b=bname)
    if g.chance(0.6):
        rsend("Quem não tá no grupo pode pedir direto no meu zap da revenda: «p»", p=(g.phone(g.pick(["par", "plain", "wa"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        if g.chance(0.5):
            rsend("Quem preferir retirar, pode pegar aqui em casa: «a», das 14h às 19h 🏠", a=(g.address(), "ADDRESS"))
        else:
            rsend("Quem preferir retirar: «a», cep «c» (portão azul) 🏠", a=(g.address(), "ADDRESS"), c=(g.cep(), "BR_CEP"))
    if g.chance(0.5):
        csend(1, "passa o contato da revista pra minha «r» «p»", r=g.pick(["irmã", "comadre", "vizinha"]), p=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        rsend("Meninas, quem quiser revender também é só me chamar, o cadastro é pelo meu link e o kit inicial sai por R$ «v» 😍", v=g.money(60, 190))
    return doc


def at_ligacao_sac(g: Gen) -> Doc:
    """Speech-to-text SAC call: a reseller's order held by her credit limit; the agent's typed record."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    ag = g.person()
    c = reseller(g)
    cpf = g.cpf_digits()
    code = rcode(g)
    cun = g.relative(c, female=True)
    doc.f("[transcricao automatica | sac «b» | chamada «id» | duracao «mm»:«ss» | agente «lg»]\n\n", b=lower(bname), id=g.hexs(12),
          mm=f"{g.ri(6, 21):02d}", ss=f"{g.ri(0, 59):02d}", lg=login(ag, g))
    A, C = "agente: ", "cliente: "
    doc.f(A + "«b» bom dia meu nome e «a» em que posso ajudar\n", b=lower(bname), a=P(lower(ag.first)))
    doc.f(C + "bom dia aqui e «n» eu sou revendedor«a» e meu pedido do «c» ficou retido\n", n=P(lower(g.pick([c.full, c.short, c.first]))), a="a" if c.female else "",
          c=lower(cycle(g)))
    doc.f(A + "certo me passa o seu codigo de revendedora\n" + C + "«k»\n", k=spoken_digits(code) if g.chance(0.5) else " ".join(re.sub(r"\D", "", code)))
    doc.f(A + "pra seguranca me confirma o cpf\n" + C + "«x»\n", x=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f(A + "e a data de nascimento\n" + C + "«d»\n", d=(stt_dob(g, 1958, 2004), "DATE_OF_BIRTH"))
    lim = g.ri(4, 30) * 50
    doc.f(A + "obrigad«o» «dn»«n» o pedido ficou retido porque o seu limite de credito e de «l» reais e tem um boleto em aberto de «v» vencido\n",
          o=ag.o, **({"dn": "dona " if c.female else "seu ", "n": P(lower(c.first))} if g.chance(0.5) else {"dn": "senhor" + ("a" if c.female else ""), "n": ""}), l=lim, v=lower(g.money(80, 900)).replace(",", " e ") + " centavos")
    doc.f(C + "mas eu paguei esse boleto moca paguei no pix da minha cunhada a «k» no dia «d»\n", k=P(lower(g.pick([cun.first, cun.short]))),
          d=g.ri(1, 28))
    doc.f(A + "pagamento feito por terceiro demora ate tres dias uteis pra baixar «s» tem o comprovante\n", s="a senhora" if c.female else "o senhor")
    doc.f(C + "tenho sim posso mandar no email\n")
    if g.chance(0.5):
        doc.f(A + "pode sim qual o seu email\n" + C + "«e»\n", e=(lower(g.email(c)).replace("@", " arroba ").replace(".", " ponto "), "EMAIL_ADDRESS"))
    else:
        doc.f(A + "pode mandar pelo whatsapp do sac mesmo\n")
    doc.f(A + "vou confirmar o endereco de entrega ainda e «a»\n", a=(g.address("stt"), "ADDRESS"))
    z = g.cep(False)
    doc.f(C + "isso cep «z»\n", z=(g.pick([z, f"{z[:5]} {z[5:]}", f"{z[:2]} {z[2:5]} {z[5:]}"]), "BR_CEP"))
    ddd, local = g.msisdn()
    doc.f(A + "e um telefone pra contato\n" + C + "«p»\n", p=(g.fmt_phone(ddd, local, "stt"), "PHONE_NUMBER"))
    doc.f(A + "«x»\n", x=g.pick(["vou abrir uma contestacao e assim que baixar o pedido e liberado automatico",
                               "vou pedir a liberacao manual do pedido pra nao perder o ciclo"]))
    doc.f(C + "ta bom obrigad«o»\n\n", o=c.o)
    doc.t("-" * 60 + "\n")
    fields = [("Revendedora", P(g.pick([c.full, c.caps]))), ("Cód. revendedora", V(code)), ("CPF", (fmt_cpf(cpf) if g.chance(0.7) else cpf, "BR_CPF")),
              ("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")),
              ("E-mail", (g.email(c), "EMAIL_ADDRESS")), ("End. entrega", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
              ("Assunto", V("Pedido retido — limite de crédito / boleto pago por terceiro")),
              ("Pagadora informada", P(cun.full) if g.chance(0.5) else V("cunhada (a confirmar)")), ("Limite atual", V(f"R$ {lim},00")), ("Protocolo", V(protocol(g))),
              ("Atendente", P(ag.full) if g.chance(0.5) else V(login(ag, g)))]
    kv_block(g, doc, fields, g.pick(["kv", "dots"]))
    doc.f("Obs.: «o»\n", o=g.pick(["Cliente enviará comprovante por e-mail. Prazo de baixa informado.",
                                    "Liberação manual solicitada à supervisão de crédito.", "Seria prudente revisar o limite no próximo ciclo."]))
    return doc


def at_email_cadastro(g: Gen) -> Doc:
    """E-mail thread: a leader sends a new reseller's sign-up; the sign-up team asks for a document."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    lead = g.person(female=g.chance(0.85))
    an = g.person()
    new = reseller(g)
    lmail = g.email(lead)
    amail = corp_mail(an, dom, g)
    sector = f"{g.ri(1, 9)}{g.d(3)}"
    t1 = g.moments(1, g.day(), 1, (8, 21))[0]
    t2 = t1 + datetime.timedelta(hours=g.ri(3, 40))
    t3 = t2 + datetime.timedelta(hours=g.ri(1, 20))
    subj = (lambda: P(new.full)) if g.chance(0.5) else (lambda: f"setor {sector}")  # noqa: E731
    doc.f("De: «a» <«am»>\nPara: «l» <«lm»>\nCc: «cad»\nData: «d»\nAssunto: RE: RE: Cadastro nova revendedora — «n»\n\n",
          a=P(an.full), am=(amail, "EMAIL_ADDRESS"), l=P(lead.full), lm=(lmail, "EMAIL_ADDRESS"), cad=role_mail(g, dom, "cadastro"),
          d=mail_date(t3), n=subj())
    rg = g.chance(0.6)
    doc.f("Oi«ls»«l», recebemos a foto «doc». Cadastro aprovado com limite inicial de R$ «v». Código da nova revendedora: «k», "
          "vinculada ao seu setor. O kit inicial será enviado para o endereço informado.\n\nAtt.,\n«a»\nCadastro — «b»\n\n",
          **({"ls": " ", "l": P(lead.first)} if g.chance(0.5) else {"ls": "", "l": ""}), doc=g.pick(["do RG", "do documento"]) if rg else "da CNH", v=g.ri(3, 12) * 100, k=rcode(g),
          a=maybe(g, g.pick([an.first, an.full]), "Equipe de Cadastro"), b=bname)
    if g.chance(0.5):
        doc.f("Em «d», «l» <«lm»> escreveu:\n", d=ts(t2, "br"), l=P(lead.full), lm=(lmail, "EMAIL_ADDRESS"))
    else:
        doc.f("Em «d», «lm» escreveu:\n", d=ts(t2, "br"), lm=(lmail, "EMAIL_ADDRESS"))
    if rg:
        doc.f("> Segue em anexo. RG «r» SSP/«u».\n", r=(g.rg(), "BR_RG"), u=g.pick(UFS))
    else:
        doc.f("> Segue em anexo a CNH dela, registro «r».\n", r=(g.cnh(), "BR_CNH"))
    doc.f("> Telefone de recado dela: «t»\n", t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    doc.f(">\n> Em «d», «a» <«am»> escreveu:\n>> Olá! Para concluir o cadastro precisamos de um documento com foto — o CPF informado "
          "consta como «s» na consulta. «w»\n>>\n", d=ts(t1 + datetime.timedelta(hours=1), "br"), a=P(an.first), am=(amail, "EMAIL_ADDRESS"),
          s=g.pick(["pendente de regularização", "com nome divergente", "com data de nascimento divergente"]),
          w=g.pick(["Seria prudente conferir a grafia do nome.", "", "A foto pode ser do celular, com boa luz."]))
    doc.f(">> -----Mensagem original-----\n>> De: «l»«ls»<«lm»>\n>> Enviada em: «d»\n>> Para: «cad»\n>> Assunto: Cadastro nova revendedora — «n»\n"
          ">> X-Originating-IP: [«ip»]\n>>\n", **({"l": P(lead.full), "ls": " "} if g.chance(0.5) else {"l": "", "ls": ""}), lm=(lmail, "EMAIL_ADDRESS"), d=ts(t1, "br"), cad=role_mail(g, dom, "cadastro"),
          n=subj(), ip=(g.ip(), "IP_ADDRESS"))
    doc.f(">> Boa tarde! Segue o cadastro de mais uma consultora indicada por mim (sou «lv», código «lc»):\n>>\n", lv=g.pick(LEVELS[2:]), lc=rcode(g))
    cpf = g.cpf()
    fields = [("Nome completo", P(new.full)), ("CPF", (cpf, "BR_CPF")), ("Nascimento", (g.dob(lo=1960, hi=2006), "DATE_OF_BIRTH")),
              ("Endereço", (g.address(), "ADDRESS"))]
    if g.chance(0.4):
        fields.insert(3, ("Nome da mãe", P(g.relative(new, female=True).full)))
    city, uf = g.city()
    fields += [("Bairro / Cidade", V(f"{g.pick(BAIRROS)} — {city}/{uf}")), ("CEP", (g.cep(), "BR_CEP")),
               ("WhatsApp", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(new), "EMAIL_ADDRESS"))]
    if g.chance(0.35):
        cn = g.any_cnpj()
        fields.append(("MEI (CNPJ)", (cn, "BR_CNPJ")))
    for k, v in fields:
        doc.t(f">> {k}: ")
        doc.e(v[0], v[1])
        doc.t("\n")
    doc.f(">>\n>> Ela já vende «p» pra vizinhança, vai ser um sucesso! Qualquer coisa me liga no «t».\n>> Beijos, «l»\n",
          p=g.pick(["cosméticos", "panelas", "lingerie", "roupa"]), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          l=P(g.pick([lead.first, lead.nick])))
    return doc


def at_chat_app(g: Gen) -> Doc:
    """One-line JSON log of the reseller app's chat: an order box with missing items; bot then agent."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    c = reseller(g)
    ag = g.person()
    bot = g.pick(BOTS)
    t0 = g.moments(1, g.day(), 1, (8, 22))[0]
    tt = iter(seq_times(g, 20, t0, 8, 200))
    sess = g.hexs(16)
    ip = g.ip()
    ped = order_no(g)
    jval(doc, {"ts": V(ts(t0, "iso")), "evento": V("sessao.inicio"), "sessao": V(sess), "revendedora": P(g.pick([c.full, c.capsf])),
               "cod": V(rcode(g)), "cpf": (g.cpf("raw"), "BR_CPF"), "ip": (ip, "IP_ADDRESS"), "app": V(g.pick(["android 5.8.2", "ios 5.8.0"]))}, None)
    doc.t("\n")

    def line(autor: str, msg_parts: list) -> None:
        doc.t("{")
        doc.t(f'"ts": "{ts(next(tt), "iso")}", "sessao": "{sess}", "autor": "{autor}", ')
        if autor == "revendedora" and g.chance(0.5):
            doc.t('"ip": "')
            doc.e(ip, "IP_ADDRESS")
            doc.t('", ')
        doc.t('"msg": "')
        for part in msg_parts:
            if isinstance(part, tuple):
                doc.e(part[0], part[1])
            else:
                doc.t(part)
        doc.t('"}\n')

    line("bot", [f"Oi! Eu sou a {bot}, assistente da {bname} 💕 Escolha: 1-Pedidos 2-Boletos 3-Cadastro 4-Falar com atendente"])
    line("revendedora", ["1"])
    line("bot", [f"Encontrei o pedido {ped} ({cycle(g, t0.date())}), transportadora {g.pick(CARRIERS)}, entregue em "
                 f"{dbr(t0.date() - datetime.timedelta(days=g.ri(1, 6)))}. Qual o problema?"])
    miss = g.sample(PRODUCTS[kind], 2)
    line("revendedora", [f"veio faltando {miss[0]} e {miss[1]} veio {'quebrado' if kind == 'cozinha' else 'com defeito'}. quero falar com alguem"])
    line("sistema", ["Atendente ", (g.pick([ag.first, ag.short]), "PERSON"), f" ({login(ag, g)}) entrou na conversa"])
    line("agente", ["Oi ", (c.first, "PERSON"), ", tudo bem? Sinto muito! Me manda foto da caixa aberta e da etiqueta, por favor."])
    line("revendedora", ["[imagem] [imagem] a cliente que encomendou é a ", (g.person(female=True).full, "PERSON"), ", ela tá cobrando todo dia, o zap dela é ",
                         (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER")])
    line("agente", ["Vou abrir a reposição. Confirma o endereço de entrega: ", (g.address(), "ADDRESS"), "?"])
    if g.chance(0.5):
        line("revendedora", ["nao, manda pra casa da minha mae que fico lá de dia: ", (g.address(g.pick(["low", "text"])), "ADDRESS"),
                             " cep ", (g.cep(g.chance(0.7)), "BR_CEP")])
    else:
        line("revendedora", ["isso mesmo, cep ", (g.cep(g.chance(0.7)), "BR_CEP")])
    line("agente", ["Pronto! Reposição ", f"R{g.d(8)}", " aberta, código de rastreio ", tracking(g), ". Para confirmar a identidade: CPF e data de nascimento?"])
    line("revendedora", [(g.cpf(), "BR_CPF"), " ", (g.dob(g.pick(["br", "short", "nopad"]), 1962, 2005), "DATE_OF_BIRTH")])
    line("agente", ["Obrigad", ag.o, "! Mandei o resumo para ", (g.email(c), "EMAIL_ADDRESS"), ". Mais alguma coisa?"])
    if g.chance(0.6):
        line("revendedora", ["meu numero novo é ", (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), " atualiza ai"])
    line("sistema", [f"Atendimento encerrado por {login(ag, g)}. NPS: {g.ri(0, 10)}"])
    return doc


def at_ficha_cadastro(g: Gen) -> Doc:
    """A reseller sign-up form: a digital form (dotted leaders or box) or an OCR'd paper form in capitals."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    r = reseller(g)
    ind = g.person(female=g.chance(0.85))
    ger = g.person(female=g.chance(0.7))
    mae = g.relative(r, female=True)
    paper = g.chance(0.4)
    city, uf = g.city()
    bank = g.pick(BANKS)
    cpf = g.cpf()
    if paper:
        T = lambda s: ocr(fold(s).upper(), g, 0.3)  # noqa: E731
        doc.f("«h»\n«s»\n\n", h=ocr(f"FICHA DE CADASTRO DE REVENDEDORA AUTONOMA — {fold(bname).upper()}", g, 0.2),
              s=ocr("PREENCHER COM LETRA DE FORMA — NAO RASURAR", g, 0.3))
        lines = [("NOME", (T(r.full), "PERSON")), ("CPF", (cpf, "BR_CPF")),
                 ("RG", (g.rg(), "BR_RG")), ("ORGAO EXP", V(f"SSP/{uf}")), ("DATA NASC", (g.dob(g.pick(["br", "short"]), 1958, 2006), "DATE_OF_BIRTH")),
                 ("NOME DA MAE", (T(mae.full), "PERSON")), ("END", (T(g.address("caps")), "ADDRESS")), ("BAIRRO", V(T(g.pick(BAIRROS)))),
                 ("CIDADE/UF", V(T(f"{city}/{uf}"))), ("CEP", (g.cep(g.chance(0.6)), "BR_CEP")), ("CEL/ZAP", (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")),
                 ("E-MAIL", (g.email(r).upper() if g.chance(0.3) else g.email(r), "EMAIL_ADDRESS")),
                 ("INDICADA POR", (T(g.pick([ind.full, ind.first + " " + ind.last])), "PERSON")), ("COD", V(rcode(g))),
                 ("BANCO", V(fold(bank[1]).upper())), ("AG", (g.agency(), "BANK_ACCOUNT")), ("CONTA", (g.account(), "BANK_ACCOUNT"))]
        for k, v in lines:
            doc.t(ocr(k, g, 0.15) + ": ")
            doc.e(v[0], v[1])
            doc.t("   " if k in ("RG", "CIDADE/UF", "INDICADA POR", "BANCO", "AG") else "\n")
        signed = g.day()
        doc.f("\n«d»\n\nASS.: ______________________   ASS. GERENTE DE SETOR: «g»\n",
              d=T(f"DECLARO QUE AS INFORMACOES SAO VERDADEIRAS. {city}, {dbr(signed)}."), g=P(T(ger.full)))
        doc.f("[digitalizado em «t» — «u»]\n", t=ts(g.moments(1, g.after(signed, 1, 12), 1, (8, 19))[0], "brs"), u=g.pick(["scanner CD-Norte", "app Setor", "multifuncional 2º andar"]))
        return doc
    doc.f("«b» — Cadastro de Revendedor(a) Autônomo(a)\nOrigem: «o» · Protocolo «p»\n\n", b=bname,
          o=g.pick(["cadastro online (link da líder)", "app Seja Revendedora", "site — Quero Revender"]), p=protocol(g))
    fields = [("Nome completo", P(r.full)), ("CPF", (cpf, "BR_CPF"))]
    if g.chance(0.5):
        fields.append(("RG", (g.rg(), "BR_RG")))
    else:
        fields.append(("CNH (nº registro)", (g.cnh(), "BR_CNH")))
    fields += [("Data de nascimento", (g.dob(lo=1958, hi=2006), "DATE_OF_BIRTH")), ("Nome da mãe", P(mae.full)),
               ("Endereço", (g.address(), "ADDRESS")), ("Cidade/UF", V(f"{city}/{uf}")), ("CEP", (g.cep(), "BR_CEP")),
               ("Celular", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(r), "EMAIL_ADDRESS")),
               ("Nome da loja (opcional)", V(store_name(g, r))), ("Indicador(a)", P(ind.full)), ("Código indicador(a)", V(rcode(g))),
               ("Gerente de setor", P(ger.full))]
    if g.chance(0.5):
        tipo, key = pix_key(g, r, cpf, ["aleatoria", "aleatoria", "celular", "email"])
        fields.append((f"Chave Pix ({tipo})", key))
    else:
        fields += [("Banco", V(f"{bank[0]} - {bank[1]}")), ("Agência", (g.agency(), "BANK_ACCOUNT")), ("Conta", (g.account(), "BANK_ACCOUNT"))]
    fields += [("Aceite eletrônico", V(ts(g.moments(1)[0], "brs"))), ("IP do aceite", (g.ip(), "IP_ADDRESS"))]
    kv_block(g, doc, fields, g.pick(["box", "dots", "dots"]))
    doc.t("\nDeclaro que sou revendedor(a) autônomo(a), sem vínculo empregatício, nos termos da Lei 6.586/1978.\n")
    return doc


def at_fila_sac(g: Gen) -> Doc:
    """Fixed-width SAC queue report (names cut at the field, raw CPF, mistyped CPF, raw phone) and supervisor notes."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    d = g.day()
    sup = g.person()
    agents = [g.person() for _ in range(3)]
    logins = [login(a, g) for a in agents]
    doc.f("«b» — SAC — FILA DE ATENDIMENTOS PENDENTES — «d»\n", b=fold(bname).upper(), d=dbr(d))
    doc.t("PROTOCOLO     ABERTURA          NOME                      CPF          TELEFONE     E-MAIL                          MOTIVO                ATEND.\n")
    doc.t("-" * 150 + "\n")
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person(female=g.chance(0.8))
        rows.append(p)
        doc.cell(g.neg(12)[:12] if g.chance(0.5) else f"SAC{g.d(9)}", 12)
        doc.t("  ")
        doc.t(ts(g.moments(1, d, 1)[0], "br") + "  ")
        doc.cell(cut(fold(g.pick([p.full, p.inverted])).upper(), 24), 24, "PERSON")
        doc.t("  ")
        r = g.rng.random()
        if r < 0.65:
            doc.cell(g.cpf("raw"), 11, "BR_CPF")
        elif r < 0.82:
            doc.cell("NAO INFORM", 11)
        else:
            doc.cell(g.neg(11), 11)
        doc.t("  ")
        doc.cell(g.phone("raw"), 11, "PHONE_NUMBER")
        doc.t("  ")
        em = g.email(p).upper()
        if len(em) <= 30 and g.chance(0.85):
            doc.cell(em, 30, "EMAIL_ADDRESS")
        else:
            doc.cell("-", 30)
        doc.t("  ")
        doc.cell(g.pick(["PEDIDO RETIDO", "ITEM FALTANTE", "BOLETO DUPLIC", "REACAO PRODUTO", "COMISSAO N PAGA", "NEGATIVACAO",
                         "DESCADASTRO", "KIT N RECEBIDO"]), 20)
        doc.t("  " + g.pick(logins) + "\n")
    doc.t("-" * 150 + "\n\n")
    a, b = g.sample(rows, 2)
    doc.f("Notas da supervisão («s»):\n- «a1» está com 3 retornos pendentes; redistribuir para «a2».\n"
          "- «x» ligou de novo sobre a negativação; o CPF digitado no primeiro contato estava errado («n»). Já corrigido.\n"
          "- «y»: reação ao «p», encaminhar para cosmetovigilância («cv») com foto e lote «l».\n",
          s=P(g.pick([sup.full, sup.first])) if g.chance(0.5) else login(sup, g), a1=logins[0], a2=logins[1], x=P(a.full), n=g.neg_cpf(),
          y=P(b.full), p=g.pick(PRODUCTS["cosm"]), cv=role_mail(g, dom, "cosmetovigilancia"), l=lote(g))
    if g.chance(0.6):
        doc.f("- «c» pediu descadastro e exclusão dos dados (LGPD, Lei 13.709/2018); confirmar e-mail «e» antes de responder.\n",
              c=P(g.pick(rows).full), e=(g.email(g.person()), "EMAIL_ADDRESS"))
    return doc


def at_email_cliente(g: Gen) -> Doc:
    """An end customer's complaint to the brand: paid a reseller by Pix, never got the goods; SAC's quoted reply."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    cli = g.person(female=g.chance(0.7))
    rev = reseller(g)
    an = g.person()
    cm = g.email(cli)
    t1 = g.moments(1, g.day(), 1, (7, 23))[0]
    t2 = t1 + datetime.timedelta(hours=g.ri(5, 60))
    val = g.money(90, 1400)
    tipo, key = pix_key(g, rev, None, ["aleatoria", "aleatoria", "celular", "cpf"])
    doc.f("From: «c» <«cm»>\nTo: «sac»\nDate: «d»\nSubject: Re: [SAC «b»] Protocolo «p» — compra com revendedora\n\n",
          c=P(cli.full), cm=(cm, "EMAIL_ADDRESS"), sac=role_mail(g, dom, "sac"), d=mail_date(t2), b=bname, p=protocol(g))
    doc.f("Não adianta dizer que a revendedora é autônoma. Ela usa a logo de vocês, o catálogo de vocês e se apresenta como "
          "«lv» da «b». Meus dados, de novo: CPF «cpf», telefone «t», moro na «a», CEP «z». Quero o produto ou o dinheiro.\n"
          "«s»\n\n", s=P(g.pick([cli.first, cli.full])) if g.chance(0.5) else "Att.", lv=g.pick(["consultora oficial", "líder", "executiva"]), b=bname, cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"),
          a=(g.address(), "ADDRESS"), z=(g.cep(), "BR_CEP"))
    doc.f("Em «d», SAC «b» <«sac»> escreveu:\n> Prezad«o» «c», as revendedoras «b» são empreendedoras independentes. Notificamos "
          "a revendedora citada e abrimos a apuração «p». «a1»«a» retornará em até 5 dias úteis.\n>\n",
          d=ts(t1 + datetime.timedelta(hours=g.ri(1, 4)), "br"), b=bname, sac=role_mail(g, dom, "sac"), o=cli.o, c=maybe(g, cli.first, "consumidor" + ("a" if cli.female else "")),
          p=f"AP-{g.d(6)}", **({"a1": "A atendente " if an.female else "O atendente ", "a": P(an.full)} if g.chance(0.5) else {"a1": "Nossa equipe", "a": ""}))
    doc.f("> Em «d», «c» <«cm»> escreveu:\n>> Comprei em «m» um «pr» da revendedora «r» («ig»), paguei R$ «v» no Pix e ela sumiu. "
          "Não responde mais no WhatsApp («w»). Meu CPF é «cp». Segue o comprovante:\n>>\n", d=ts(t1, "br"), c=P(cli.full), cm=(cm, "EMAIL_ADDRESS"),
          m=MONTHS[t1.month - 1], pr=product(g, kind), r=P(g.pick([rev.full, rev.short, rev.first])), ig=insta(g, rev), v=val,
          w=(g.phone(g.pick(["wa", "par"])), "PHONE_NUMBER"), cp=(g.cpf(), "BR_CPF"))
    bank = g.pick(BANKS)
    doc.f(">> COMPROVANTE DE TRANSFERÊNCIA PIX\n>> Valor: R$ «v»\n>> Data: «dt»\n>> Pagador: «p»\n>> Recebedor: «r»\n"
          ">> Instituição: «bk»\n>> Chave («tp»): «k»\n>> ID da transação: «e»\n>>\n>> [formulário Fale Conosco · IP «ip»]\n", v=val, dt=ts(t1 - datetime.timedelta(days=g.ri(8, 40)), "brs"),
          p=P(g.pick([cli.caps, cli.full])), r=P(fold(rev.full).upper()), bk=bank[1], tp={"aleatoria": "aleatória", "cpf": "CPF", "celular": "celular"}[tipo], k=key, e=e2e(g), ip=(g.ip(), "IP_ADDRESS"))
    return doc


AT = [at_grupo_whatsapp, at_ligacao_sac, at_email_cadastro, at_chat_app, at_ficha_cadastro, at_fila_sac, at_email_cliente]

# =========================================================================== juridico

NACS = {True: ["brasileira", "brasileira", "brasileira", "haitiana", "venezuelana", "boliviana", "angolana"],
        False: ["brasileiro", "brasileiro", "brasileiro", "haitiano", "venezuelano", "boliviano", "angolano"]}
CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"], False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}
PROF_F = ["revendedora autônoma", "cabeleireira", "manicure", "do lar", "auxiliar administrativa", "professora", "técnica de enfermagem",
          "diarista", "costureira", "microempreendedora individual"]
PROF_M = ["revendedor autônomo", "motorista", "pedreiro", "comerciante", "auxiliar de logística", "vigilante", "microempreendedor individual"]


def prof(g: Gen, p: Person) -> str:
    return g.pick(PROF_F if p.female else PROF_M)


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, with_rg: bool = True, with_dob: bool = False,
            extra: list | None = None) -> None:
    """'Nome, brasileira, casada, ..., RG ..., CPF ..., residente na ..., CEP ...' (a qualification in legal prose)."""
    city, uf = g.city()
    up = (lambda s: fold(s).upper()) if caps else (lambda s: s)  # noqa: E731
    doc.e(up(p.full), "PERSON")
    doc.t(up(f", {g.pick(NACS[p.female])}, {g.pick(CIVIL[p.female])}, {prof(g, p)}, "))
    if with_dob:
        doc.t(up(f"nascid{p.o} em "))
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", 1955, 2004), "DATE_OF_BIRTH")
        doc.t(", ")
    if with_rg:
        doc.t(up("portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(f" SSP/{uf}, ")
    doc.t(up("inscrit" + p.o + " no CPF sob o nº "))
    doc.e(g.cpf("dot"), "BR_CPF")
    for lab_text, v in (extra or []):
        doc.t(up(lab_text))
        doc.e(v[0], v[1])
    doc.t(up(", residente e domiciliad" + p.o + " na "))
    doc.e(g.address("caps") if caps else g.address(), "ADDRESS")
    doc.t(up(f", {g.pick(BAIRROS)}, {city}/{uf}, CEP "))
    doc.e(g.cep(), "BR_CEP")


def ju_contrato(g: Gen) -> Doc:
    """A reseller contract (revenda autônoma and credit) with the e-signature log."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    r = reseller(g)
    w1, w2 = g.person(), g.person()
    dpo = g.person()
    doc.f("CONTRATO DE REVENDA AUTÔNOMA E CONCESSÃO DE CRÉDITO Nº «n»\n\n", n=f"{g.ri(2024, 2026)}/{g.d(6)}")
    doc.f("De um lado, «r», inscrita no CNPJ sob o nº «c», com sede na «s», doravante EMPRESA; de outro, ", r=razao, c=(g.any_cnpj(), "BR_CNPJ"),
          s=g.pick(["Av. Paulista, 1.842, 12º andar, São Paulo/SP", "Rodovia BR-116, km 23, Galpão 4, Embu das Artes/SP",
                    "Rua Dr. Bento Amado, 400, Distrito Industrial, Cajamar/SP", "Av. das Nações Unidas, 12.901, torre Norte, São Paulo/SP"]))
    extra = []
    if g.chance(0.4):
        extra = [(", e-mail ", (g.email(r), "EMAIL_ADDRESS")), (", celular ", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    qualify(g, doc, r, with_dob=g.chance(0.4), extra=extra)
    if g.chance(0.35):
        cn = g.any_cnpj()
        root, nm = mei_razao(g, r, cn)
        doc.f(", que atua também por meio do microempreendedor individual «root» «nm», CNPJ «cn»", root=root, nm=P(nm), cn=(cn, "BR_CNPJ"))
    doc.t(", doravante REVENDEDORA, têm entre si justo e contratado o seguinte:\n\n")
    lim = g.ri(3, 25) * 100
    doc.f("CLÁUSULA 1ª — A REVENDEDORA adquire os produtos «b» pelo preço de catálogo com desconto de «p»% e os revende por conta "
          "própria, sem exclusividade, subordinação ou horário, nos termos da «l».\n"
          "CLÁUSULA 2ª — A EMPRESA concede limite de crédito inicial de R$ «lim» por ciclo, pago por boleto com vencimento em "
          "«v» dias. O atraso superior a «a» dias suspende novos pedidos e autoriza a inclusão do CPF da REVENDEDORA nos cadastros "
          "de proteção ao crédito, após notificação prévia (art. 43, § 2º, da Lei 8.078/1990).\n"
          "CLÁUSULA 3ª — O ganho por indicação de novas revendedoras depende exclusivamente das vendas a consumidores finais, "
          "vedada qualquer taxa de adesão além do kit inicial.\n", b=bname, p=g.pick([25, 30, 30, 35, 40]), l=g.pick(["Lei 6.586/1978", "Lei 4.886/1965 (no que couber)"]),
          lim=brl(lim), v=g.pick([21, 28, 30]), a=g.pick([10, 15, 30]))
    if g.chance(0.5):
        doc.f("CLÁUSULA 4ª — Dados pessoais são tratados conforme a Lei 13.709/2018. Encarregada: «d» («e»).\n\n",
              d=P(dpo.full), e=(corp_mail(dpo, dom, g), "EMAIL_ADDRESS"))
    else:
        doc.f("CLÁUSULA 4ª — Dados pessoais são tratados conforme a Lei 13.709/2018. Canal do encarregado: «e».\n\n", e=role_mail(g, dom, "dpo"))
    city, uf = g.city()
    signed = g.day()
    doc.f("«c», «d».\n\nTestemunhas: 1) «a», CPF «ac»; 2) «b», CPF «bc».\n\n", c=city, d=dbr(signed, "long"), a=P(w1.full), ac=(g.cpf(), "BR_CPF"),
          b=P(w2.full), bc=(g.cpf(), "BR_CPF"))
    doc.f("=== LOG DE ASSINATURA ELETRÔNICA — envelope «u» ===\n", u=str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper())
    rows = []
    t0 = g.moments(1, signed, 1, (9, 18))[0]
    signers = [(r, g.email(r), "Revendedora"), (w1, g.email(w1), "Testemunha"), (w2, corp_mail(w2, dom, g), "Testemunha")]
    for p, em, role in signers:
        t0 = t0 + datetime.timedelta(minutes=g.ri(1, 300))
        rows.append([V(ts(t0, "isoz")), (p.full, "PERSON"), (em, "EMAIL_ADDRESS"), V(role), (g.ip(), "IP_ADDRESS"),
                     V(g.pick(["SMS", "e-mail", "selfie+SMS", "token WhatsApp"]))])
    table_ruled(doc, ["data_hora_utc", "signatário", "e-mail", "papel", "ip", "autenticação"], rows, g.pick(["plain", "pipe", "plus"]))
    return doc


def ju_notificacao_ocr(g: Gen) -> Doc:
    """An OCR'd ALL CAPS collection notice (overdue boletos, credit-bureau warning) with its AR receipt."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    firm, fdom = g.pick(COLLECTORS)
    r = reseller(g)
    adv = g.person()
    city, uf = g.city()
    O = lambda s: ocr(fold(s).upper(), g, 0.35)  # noqa: E731
    doc.f("«h»\n«f»\n\n", h=O("NOTIFICACAO EXTRAJUDICIAL — COBRANCA"), f=O(f"{firm} — MANDATARIA DE {razao}"))
    doc.f("«a» «n»\nCPF «c»\n«e» — «b»\n«ci» — CEP «z»\n\n", a=O("A SRA.") if r.female else O("AO SR."), n=P(O(r.full)), c=(g.cpf(), "BR_CPF"),
          e=(O(g.address("caps")), "ADDRESS"), b=O(g.pick(BAIRROS)), ci=O(f"{city}/{uf}"), z=(g.cep(), "BR_CEP"))
    doc.f("«t» «p» / «e»\n\n", t=O("CONTATOS CADASTRADOS:"), p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), e=(g.email(r).upper(), "EMAIL_ADDRESS"))
    doc.f("«t»\n\n", t=O(f"PREZAD{r.o.upper()} SENHOR{'A' if r.female else ''}, NA QUALIDADE DE MANDATARIA DE {bname}, NOTIFICAMOS "
                         f"VOSSA SENHORIA DA EXISTENCIA DOS DEBITOS ABAIXO, REFERENTES A PEDIDOS DE REVENDA NAO QUITADOS:"))
    doc.t(O("NOSSO NUMERO        VENCIMENTO   CICLO   VALOR (R$)") + "\n")
    tot = 0
    for _ in range(g.ri(2, 4)):
        v = g.ri(6000, 90000)
        tot += v
        doc.t(f"{nosso_numero(g):<18}  {g.date('br')}   {g.ri(1, 19):02d}      {brl(v / 100):>10}\n")
    doc.f("«t» R$ «v»\n\n", t=O("TOTAL ATUALIZADO (MULTA 2% E JUROS 1% A.M.):"), v=brl(tot * 1.07 / 100))
    doc.f("«t»\n«l»\n\n", t=O(f"O NAO PAGAMENTO EM 10 (DEZ) DIAS ENSEJARA A INCLUSAO DO CPF NO {g.pick(BUREAUS).upper()}, NOS TERMOS DO "
                               f"ART. 43, PAR. 2, DA LEI 8.078/1990. PAGUE PELA LINHA DIGITAVEL:"), l=linha_digitavel(g))
    doc.f("«c», «d».\n\n«a»\n«o»\n«f»\n\n", c=O(city), d=O(g.date("caps")), a=P(O(adv.full)), o=(g.council("OAB"), "PROFESSIONAL_ID"), f=O(firm))
    doc.t("-" * 60 + "\n")
    rc = g.person() if g.chance(0.5) else r
    car = g.person()
    doc.f("«h»\n«o» «x»\n«n» «rn»\n«dd» «rg»\n«de» «d»\n«c» «cn» — MAT. «m»\n", h=O("AVISO DE RECEBIMENTO — AR"), o=O("OBJETO:"),
          x=f"{g.up(2)}{g.d(9)}BR", n=O("NOME LEGIVEL DO RECEBEDOR:"), rn=P(O(rc.full)), dd=O("DOC. IDENTIDADE:"), rg=(g.rg(), "BR_RG"),
          de=O("DATA DE ENTREGA:"), d=g.date("br"), c=O("CARTEIRO:"), cn=P(O(car.full)), m=g.d(8))
    return doc


def ju_reclamacao(g: Gen) -> Doc:
    """A consumer complaint on a wrongful credit-bureau listing (a sign-up made with her CPF by someone else)."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    c = g.person(female=g.chance(0.7))
    an = g.person()
    att = g.person()
    caps = g.chance(0.5)
    U = (lambda s: fold(s).upper()) if caps else (lambda s: s)  # noqa: E731
    city, uf = g.city()
    if caps:
        doc.f("PROCON «c» — FICHA DE ATENDIMENTO Nº «n»\nATENDENTE: «a»\n\n", c=fold(city).upper(), n=f"{g.ri(2025, 2026)}-{g.d(6)}", a=P(fold(att.full).upper()))
    else:
        doc.f("consumidor.gov.br — Reclamação nº «n»\nEmpresa: «b» (venda direta)\nSituação: Respondida\n\n", n=g.d(8), b=bname)
    fields = [(U("Consumidora" if c.female else "Consumidor"), P(U(c.full))), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.6):
        fields.append(("RG", (g.rg(), "BR_RG")))
    fields += [(U("Data de nascimento"), (g.dob("br", 1950, 2004), "DATE_OF_BIRTH")), (U("Endereço"), (g.address("caps" if caps else "text"), "ADDRESS")),
               ("CEP", (g.cep(), "BR_CEP")), (U("Telefone"), (g.phone(), "PHONE_NUMBER")), (U("E-mail"), (g.email(c), "EMAIL_ADDRESS")),
               (U("Fornecedor"), V(U(razao))), ("CNPJ", (g.any_cnpj(), "BR_CNPJ"))]
    kv_block(g, doc, fields, g.pick(["kv", "box", "dots"]))
    fake_addr = g.address("caps" if caps else "text")
    bur = g.pick(BUREAUS)
    doc.f("\n«h»\n«t» ", h=U("Relato:"), t=U(f"Fui incluída no {bur} por dívida de R$ {g.money(150, 2400)} com a {bname}, de pedidos de revenda "
                                             f"que nunca fiz. Nunca fui revendedora. Descobri que alguém fez um cadastro com o meu CPF e os kits "
                                             f"foram entregues em outro endereço:") if c.female else
          U(f"Fui incluído no {bur} por dívida de R$ {g.money(150, 2400)} com a {bname}, de pedidos de revenda que nunca fiz. "
            f"Alguém fez um cadastro com o meu CPF e os kits foram entregues em outro endereço:"))
    doc.e(fake_addr, "ADDRESS")
    doc.f("«t» «bo».\n", t=U(". Registrei boletim de ocorrência nº"), bo=f"{g.d(5)}/{g.ri(2025, 2026)}")
    doc.f("«h»\n«t»\n", h=U("Pedido:"), t=U("Exclusão imediata da negativação, cancelamento do cadastro e indenização."))
    em_f = g.email(g.person())
    doc.f("\n«h»\n«t» «ip» «t2» «em». «t3» «a»\n", h=U("Resposta da empresa:"),
          t=U(f"Prezad{c.o} consumidor{'a' if c.female else ''}, identificamos que o cadastro foi feito pelo link de uma líder de setor, a partir do IP"),
          ip=(g.ip(), "IP_ADDRESS"), t2=U("e com o e-mail"), em=(em_f.upper() if caps else em_f, "EMAIL_ADDRESS"),
          t3=U(f"O cadastro foi bloqueado, a negativação no {bur} foi retirada e o débito cancelado. Atenciosamente,"),
          a=P(U(an.full)))
    doc.f("«t» «d»\n", t=U("Avaliação da consumidora:") if c.female else U("Avaliação do consumidor:"), d=U(g.pick(["Resolvida — nota 4", "Não resolvida — nota 1", "Resolvida — nota 5"])))
    if caps:
        doc.f("«t» «n»\n", t="CONCILIADOR(A):", n=P(fold(g.person().full).upper()))
    return doc


def ju_peticao(g: Gen) -> Doc:
    """A labour claim by a sales leader: employment relationship, a motorbike accident delivering orders, no CAT."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    r = g.person(female=True)
    ger = g.person(female=g.chance(0.6))
    dire = g.person(female=True)
    adv1, adv2 = g.person(), g.person()
    city, uf = g.city()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DO TRABALHO DA «n»ª VARA DO TRABALHO DE «c»/«u»\n\n", n=g.ri(1, 89), c=fold(city).upper(), u=uf)
    qualify(g, doc, r, with_rg=g.chance(0.6), with_dob=g.chance(0.3),
            extra=[(", PIS/NIT ", (g.pis(), "BR_PIS"))] + ([(", título de eleitor ", (g.titulo(), "BR_TITULO_ELEITOR"))] if g.chance(0.7) else []))
    doc.f(", e-mail «e», telefone «t», por seus advogados, vem propor RECLAMAÇÃO TRABALHISTA em face de «r», CNPJ «c», pelos fatos "
          "a seguir.\n\n", e=(g.email(r), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), r=razao, c=(g.any_cnpj(), "BR_CNPJ"))
    plate = g.plate()
    start = g.date("br", g.pick([2019, 2020, 2021, 2022]))
    doc.f("I — DOS FATOS\nA reclamante foi cadastrada como «lv» em «d1», mas na prática cumpria metas semanais impostas pel«go» gerente "
          "de setor «g», participava de reuniões obrigatórias de ciclo e era cobrada diariamente por WhatsApp (do número «gp»). Coordenava «k» "
          "revendedoras, recolhia pedidos, entregava kits e cobrava boletos em atraso usando a própria motocicleta, placa «pl», sem "
          "reembolso de combustível.\n", lv=g.pick(["Líder", "Executiva de Vendas", "Empreendedora Independente"]), d1=start,
          go=ger.o, g=P(ger.full), gp=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), k=g.ri(40, 220), pl=(plate, "LICENSE_PLATE"))
    doc.f("Em «d», ao entregar pedidos do «c» a mando da diretora «dr», sofreu acidente de trânsito na «rua» (fratura — CID S82.2). "
          "A reclamada não emitiu a CAT, e a reclamante ficou «m» dias afastada sem qualquer renda, conforme laudo d«mo» «mt» «med» («crm»).\n\n",
          d=g.date("br"), c=cycle(g), dr=P(g.pick([dire.full, dire.first])), rua=g.pick(["Av. Getúlio Vargas", "Rodovia dos Bandeirantes", "Av. Bento Gonçalves",
                                                                                          "Estrada da Aurora", "Av. Rio Branco"]),
          m=g.ri(30, 180), **(lambda md: {"med": P(md.full), "mo": "a" if md.female else "o", "mt": "Dra." if md.female else "Dr."})(g.person()), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.f("II — DO DIREITO\nPresentes os requisitos dos arts. 2º e 3º da CLT, é nulo o rótulo de autonomia (art. 9º da CLT). Nesse sentido: "
          "TRT-«r», RO «p1»; TST, RR «p2». A responsabilidade pelo acidente decorre do art. 7º, XXVIII, da Constituição e da «l».\n\n",
          **(lambda t: {"r": t, "p1": g.cnj(f"5.{t:02d}")})(g.ri(1, 24)), p2=g.cnj("5.00"), l="Lei 8.213/1991")
    doc.f("III — DOS PEDIDOS\na) reconhecimento do vínculo de «d1» a «d2», com anotação na CTPS digital;\nb) reembolso de combustível e desgaste "
          "da motocicleta «pl»;\nc) indenização por danos morais e materiais;\nd) honorários (art. 791-A da CLT, Lei 13.467/2017).\n\n"
          "Dá-se à causa o valor de R$ «v».\n\n", d1=start, d2=g.date("br", 2025), pl=(plate, "LICENSE_PLATE"), v=g.money(40000, 400000))
    doc.f("Rol de testemunhas: «w1», residente na «a1»; «w2», ex-revendedora do mesmo setor.\n\n", w1=P(g.person(female=True).full),
          a1=(g.address(), "ADDRESS"), w2=P(g.person(female=True).full))
    doc.f("«c», «d».\n\n«a1» — «o1»\n«a2» — «o2» — «e»\n", c=city, d=g.date("long"), a1=P(adv1.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          a2=P(adv2.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(g.email(adv2, g.pick(["adv.br", "gmail.com", "advocacia.com.br"])), "EMAIL_ADDRESS"))
    return doc


def ju_sentenca(g: Gen) -> Doc:
    """A civil court sentence on a pyramid scheme sold as network marketing, with the publication note."""
    doc = Doc()
    bname, razao, dom, kind = brand(g, "suple")
    a = g.person()
    up = g.person()
    judge = g.person()
    clerk = g.person()
    advs = [g.person() for _ in range(2)]
    city, uf = g.city()
    n = g.cnj()
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO — «u»\n«v»ª Vara Cível da Comarca de «c»\n\nProcesso nº «n»\nProcedimento Comum Cível\n"
          "Autor: «a»\nRéus: «r» e «p»\n\nSENTENÇA\n\n", u=uf, v=g.ri(1, 12), c=city, n=n, a=P(fold(a.full).upper()), r=fold(razao).upper(),
          p=P(fold(up.full).upper()))
    val = g.money(1500, 30000)
    tipo, key = pix_key(g, up, None, ["aleatoria", "aleatoria", "aleatoria", "cpf", "celular"])
    doc.f("Vistos. «a», CPF «ac», ajuizou ação de restituição c/c indenização em face de «r», CNPJ «rc», e de «p», CPF «pc». Narra que, "
          "convidad«o» pelo corréu, seu «rel» na rede, aderiu ao plano «pl» pagando R$ «v» por Pix à chave «k», de titularidade do corréu, "
          "com a promessa de bônus de «b»% sobre as adesões de quem indicasse.\n", a=P(a.full), o=a.o, ac=(g.cpf(), "BR_CPF"), r=razao, rc=(g.any_cnpj(), "BR_CNPJ"),
          p=P(up.full), pc=(g.cpf(), "BR_CPF"), rel=g.pick(["patrocinador", "upline", "líder direto"]), pl=g.pick(["Diamante", "Leão de Ouro", "Black Star", "Vida Plena Premium"]),
          v=val, k=key, b=g.pick([20, 30, 40, 50]))
    doc.f("Em contestação, a ré sustentou ser empresa de marketing multinível lícita, com venda efetiva de «pr», e que o corréu é "
          "revendedor independente. O corréu, citado por edital no endereço «pa», CEP «pz», não contestou.\n\n", pr=g.pick(PRODUCTS["suple"]),
          pa=(g.address(), "ADDRESS"), pz=(g.cep(), "BR_CEP"))
    doc.f("É o relatório. Decido.\nA prova documental mostra que a remuneração da rede dependia da entrada de novos participantes e não "
          "da venda a consumidores: «pct»% da receita do corréu vinha de adesões. A prática caracteriza pirâmide financeira (art. 2º, IX, "
          "da Lei 1.521/1951), vedada ainda pelo «cdc». «t»«tn» confirmou que «fx».\n\n", pct=g.ri(70, 97), cdc="art. 39 da Lei 8.078/1990",
          **({"t": "A testemunha ouvida", "tn": ""} if g.chance(0.5) else {"t": "A depoente ", "tn": P(g.person(female=True).full)}), fx=g.pick(["nunca recebeu produto algum", "os produtos vinham só para \"bater pontos\"",
                                                     "as reuniões eram sobre recrutar, não sobre vender"]))
    doc.f("Ante o exposto, JULGO PROCEDENTE o pedido para condenar os réus, solidariamente, a restituir R$ «v», corrigidos, e a pagar "
          "R$ «m» por danos morais, mediante depósito na conta indicada pel«o» autor«a» (agência «ag», conta «cc»). Custas pelos réus. P.R.I.\n\n«c», «d».\n\n«j»\nJuiz«ja» de Direito\n\n", v=val, m=g.money(2000, 10000),
          c=city, d=g.date("long"), j=P(judge.full), ja="a" if judge.female else "",
          o=a.o, a="a" if a.female else "", ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("— Disponibilizado no DJE de «d». Processo «n». Advogados: «a1» («o1») e «a2» («o2»). Certifico a publicação. «cl»«ce».\n", d=g.date("br"), n=n, a1=P(fold(advs[0].full).upper()), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          a2=P(fold(advs[1].full).upper()), o2=(g.council("OAB", g.pick(UFS)), "PROFESSIONAL_ID"),
          **({"cl": P(clerk.full), "ce": ", escrevente"} if g.chance(0.5) else {"cl": "O escrevente", "ce": ""}))
    return doc


def ju_confissao(g: Gen) -> Doc:
    """A debt confession and instalment agreement with a reseller and her guarantor, with the signature log."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    firm, fdom = g.pick(COLLECTORS)
    r = reseller(g)
    av = g.spouse(r) if g.chance(0.5) else g.relative(r)
    neg = g.person()
    doc.f("TERMO DE CONFISSÃO DE DÍVIDA E ACORDO DE PARCELAMENTO — «n»\n\nCREDORA: «r», CNPJ «c», representada por «f».\nDEVEDORA: ",
          n=f"ACD-{g.d(7)}", r=razao, c=(g.any_cnpj(), "BR_CNPJ"), f=firm)
    qualify(g, doc, r, with_rg=g.chance(0.5), extra=[(", código de revendedora " + rcode(g) + ", telefone ", (g.phone(), "PHONE_NUMBER"))])
    doc.t(".\nAVALISTA: ")
    qualify(g, doc, av, with_rg=g.chance(0.4), with_dob=g.chance(0.5))
    tot = g.ri(40000, 600000)
    k = g.ri(3, 8)
    doc.f(".\n\n1. A DEVEDORA reconhece dever R$ «v», relativos aos pedidos dos ciclos «c1» a «c2» (boletos «b1» e «b2»).\n"
          "2. O débito será pago em «k» parcelas mensais:\n\n", v=brl(tot / 100), c1=g.ri(1, 9), c2=g.ri(10, 19), b1=nosso_numero(g), b2=nosso_numero(g), k=k)
    d = g.day()
    rows = []
    for i in range(k):
        dd = d + datetime.timedelta(days=30 * i)
        rows.append([V(f"{i + 1:02d}"), V(dbr(dd)), V(brl(tot / k / 100))])
    table_ruled(doc, ["parcela", "vencimento", "valor R$"], rows, g.pick(["plain", "pipe", "psql"]))
    if g.chance(0.6):
        doc.f("\n3. Pagamento por Pix à chave aleatória da CREDORA «k», informando o número do acordo.\n", k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("\n3. Pagamento por boleto, enviado ao e-mail «e» da DEVEDORA.\n", e=(g.email(r), "EMAIL_ADDRESS"))
    doc.f("4. Quitada a 1ª parcela, a CREDORA pedirá a baixa da inscrição no «b» em até 5 dias úteis (Lei 14.181/2021).\n"
          "Negociador(a): «n» («e»)\n\n", b=g.pick(BUREAUS), n=P(neg.full), e=(corp_mail(neg, fdom, g), "EMAIL_ADDRESS"))
    doc.t("Assinaturas eletrônicas:\n")
    t = g.moments(1)[0]
    for p, role in ((r, "DEVEDORA"), (av, "AVALISTA")):
        t += datetime.timedelta(minutes=g.ri(2, 600))
        doc.f("  [«r»] «n» · «e» · IP «ip» · «t»\n", r=role, n=P(g.pick([p.full, p.capsf])), e=(g.email(p), "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"), t=ts(t, "brs"))
    return doc


def ju_ata(g: Gen) -> Doc:
    """Labour-court hearing minutes: parties, preposta, witnesses (former resellers), lawyers, judge."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    rec = g.person(female=g.chance(0.8))
    prep = g.person(female=g.chance(0.6))
    judge = g.person()
    adv_a, adv_r = g.person(), g.person()
    wit = g.person(female=True)
    wit2 = g.person(female=g.chance(0.6))
    ger = g.person(female=True)
    city, uf = g.city()
    n = g.cnj("5." + f"{g.ri(1, 24):02d}")
    doc.f("PODER JUDICIÁRIO — JUSTIÇA DO TRABALHO\n«v»ª Vara do Trabalho de «c»\nATA DE AUDIÊNCIA — ATOrd «n»\n\n", v=g.ri(1, 40), c=city, n=n)
    doc.f("Aos «d», às «h», na sala de audiências, presente «o» Exm«o2». Juiz«a» do Trabalho «j», foram apregoados os litigantes: "
          "«r», CPF «rc», reclamante, acompanhad«ro» de seu advogado, «ta» «aa», «oa»; e «rz», reclamada, representada pela preposta «p», RG «prg», "
          "acompanhada d«tro» advogad«tro» «tr» «ar», «or».\n\n", d=g.date("long"), h=g.hm(), o="a" if judge.female else "o", o2="a" if judge.female else "o",
          a="a" if judge.female else "", j=P(judge.full), r=P(rec.full), rc=(g.cpf(), "BR_CPF"), ro=rec.o, aa=P(adv_a.full), oa=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          rz=razao, p=P(prep.full), prg=(g.rg(), "BR_RG"), ar=P(adv_r.full), ta="Dra." if adv_a.female else "Dr.", tr="Dra." if adv_r.female else "Dr.",
          tro=adv_r.o, **{"or": (g.council("OAB"), "PROFESSIONAL_ID")})
    doc.f("Conciliação recusada. Proposta da reclamada: R$ «v».\n\nDEPOIMENTO DA PRIMEIRA TESTEMUNHA DO RECLAMANTE: «w», CPF «wc», "
          "residente na «wa», advertida e compromissada. Disse que foi revendedora da «b» de «y1» a «y2», no mesmo setor da reclamante; "
          "que a gerente«gs»«g» marcava reuniões obrigatórias às segundas e cobrava metas no grupo de WhatsApp; que quem não batia a meta "
          "perdia o nível de «lv»; que a reclamante entregava kits na moto «pl». Nada mais.\n\n", v=g.money(3000, 25000), w=P(wit.full), wc=(g.cpf(), "BR_CPF"),
          wa=(g.address(), "ADDRESS"), pl=(g.plate(), "LICENSE_PLATE"), b=bname, y1=g.ri(2018, 2021), y2=g.ri(2022, 2025),
          **({"gs": "", "g": ""} if g.chance(0.5) else {"gs": " ", "g": P(g.pick([ger.full, ger.first]))}), lv=g.pick(LEVELS[2:]))
    doc.f("DEPOIMENTO DA TESTEMUNHA DA RECLAMADA: «w», RG «wr», CPF «wcp», «ocp». Disse que as revendedoras definem seus próprios horários; que "
          "a reunião de ciclo é opcional; que conhece a reclamante «x». Nada mais.\n\n", w=P(wit2.full), wr=(g.rg(), "BR_RG"), wcp=(g.cpf(), "BR_CPF"),
          ocp=g.pick(["analista de vendas da reclamada", "gerente de setor", "executiva de vendas"]),
          x=g.pick(["das convenções", "do grupo de líderes", "de vista"]))
    doc.f("Encerrada a instrução. Razões finais remissivas. Julgamento em «d». Cientes as partes.\n\n«j»\nJuiz«a» do Trabalho\n", j=maybe(g, judge.full, "(assinado eletronicamente)"),
          d=g.date("br"), a="a" if judge.female else "")
    if g.chance(0.3):
        doc.f("\nAta digitada por «s», secretári«so» de audiência.\n", s=P(g.person().full), so="o" if g.chance(0.4) else "a")
    return doc


JU = [ju_contrato, ju_notificacao_ocr, ju_reclamacao, ju_peticao, ju_sentenca, ju_confissao, ju_ata]

# =========================================================================== saude

CLINICS = ["Clínica Derma Flor", "Instituto Pele & Luz", "Clínica Dermatológica Bonfim", "Centro de Dermatologia Aurora",
           "Ambulatório de Dermatologia — Hospital Santa Rosa", "Clínica da Pele Estrela"]
UPAS = ["UPA 24h Jardim Aurora", "UPA Vila Rosa", "Pronto Atendimento São Bento", "UPA Cidade Nova", "UPA Glória"]
PATCH = ["Parafenilenodiamina 1%", "Mistura de perfumes I 8%", "Bálsamo do Peru 25%", "Metilisotiazolinona 0,2%",
         "Formaldeído 1%", "Níquel sulfato 5%", "Propilenoglicol 5%", "Lanolina 30%", "Cobalto 1%", "Quaternium-15 1%"]


def sa_cosmetovigilancia(g: Gen) -> Doc:
    """The brand's cosmetovigilance adverse-event form (box, dotted leaders or 'Campo: valor')."""
    doc = Doc()
    bname, razao, dom, kind = brand(g, "cosm")
    c = g.person(female=g.chance(0.8))
    rev = reseller(g)
    med = g.person()
    rt = g.person(female=g.chance(0.7))
    doc.f("«b» — COSMETOVIGILÂNCIA (RDC nº 332/2005)\nFORMULÁRIO DE NOTIFICAÇÃO DE EVENTO ADVERSO Nº «n»\n\n", b=fold(bname).upper(), n=f"CV-{g.ri(2025, 2026)}-{g.d(5)}")
    city, uf = g.city()
    recv = g.day()
    fields = [("Recebido em", V(dbr(recv))), ("Canal", V(g.pick(["SAC telefone", "app da revendedora", "e-mail", "WhatsApp SAC"]))),
              ("Consumidor(a)", P(c.full)), ("Data de nascimento", (g.dob(lo=1945, hi=2010), "DATE_OF_BIRTH")),
              ("Sexo", V("F" if c.female else "M"))]
    if g.chance(0.6):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    elif g.chance(0.6):
        fields.append(("Cartão SUS", (g.cns(), "BR_CNS")))
    fields += [("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(c), "EMAIL_ADDRESS")) if g.chance(0.7) else ("E-mail", V("não informado")),
               ("Endereço", (g.address(), "ADDRESS")), ("Cidade/UF", V(f"{city}/{uf}")), ("CEP", (g.cep(), "BR_CEP")),
               ("Produto", V(product(g, "cosm"))), ("Lote / validade", V(f"{lote(g)} / {g.ri(1, 12):02d}/{g.ri(2026, 2028)}")),
               ("Início do uso", V(dbr(g.after(recv, -40, -2)))), ("Evento", V(g.pick(["eritema, prurido e edema palpebral", "queimadura química no couro cabeludo",
                                                                         "urticária generalizada", "bolhas e descamação nas axilas", "queda de cabelo em placas",
                                                                         "conjuntivite após uso de máscara de cílios"]))),
               ("CID-10", V(cid_derm(g))), ("Gravidade", V(g.pick(["não grave", "grave — atendimento de urgência", "não grave — afastamento de 3 dias"]))),
               ("Atendimento médico", P(med.full)), ("Registro", (g.council("CRM"), "PROFESSIONAL_ID")),
               ("Vendido por (revendedora)", P(rev.full)), ("Cód. revendedora", V(rcode(g))),
               ("Tel. revendedora", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    kv_block(g, doc, fields, g.pick(["box", "dots", "kv"]))
    doc.f("\nConduta da empresa: «c» Notificação Notivisa nº «n».\nResponsável técnic«o»: «r» — «crf»\n", c=g.pick([
        "contato com a consumidora, coleta da embalagem e retenção preventiva do lote.", "reembolso e envio do laudo de avaliação de segurança.",
        "solicitado relatório médico; lote sem outras queixas no ciclo."]), n=f"{g.ri(2025, 2026)}.{g.d(2)}.{g.d(6)}", o=rt.o,
          r=P(rt.full), crf=(g.council(g.pick(["CRF", "CRF", "CRQ"])), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Contato: «e»\n", e=(corp_mail(rt, dom, g), "EMAIL_ADDRESS"))
    return doc


def sa_nota_dermato(g: Gen) -> Doc:
    """A dermatology note: allergic contact dermatitis after a product bought from a reseller; patch test table."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    p = g.person(female=g.chance(0.8))
    comp = g.relative(p)
    doc_ = g.person()
    rev = reseller(g)
    bname, razao, dom, kind = brand(g, "cosm")
    doc.f("«c» — CNPJ «cn» — tel. «t»\nPRONTUÁRIO «pr» — EVOLUÇÃO AMBULATORIAL\n\n", c=clinic, cn=(g.any_cnpj(), "BR_CNPJ"),
          t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"), pr=g.d(7))
    kl, kv = ("CNS: ", (g.cns(), "BR_CNS")) if g.chance(0.5) else ("CPF: ", (g.cpf(), "BR_CPF"))
    doc.f("Pac.: «n»   DN: «d»   «kl»«kv»\nEnd.: «ad» — CEP «z»\nAcomp.: «a» («r»)   Contato: «ph»\n\n", ad=(g.address(), "ADDRESS"), z=(g.cep(), "BR_CEP"), n=P(g.pick([p.full, p.caps])),
          d=(g.dob(g.pick(["br", "short"]), 1950, 2010), "DATE_OF_BIRTH"), kl=kl, kv=kv, a=P(g.pick([comp.first, comp.full])),
          r=g.pick(["filh" + comp.o, "irm" + ("ã" if comp.female else "ão"), "sobrinh" + comp.o]), ph=(g.phone(), "PHONE_NUMBER"))
    prod = product(g, "cosm")
    doc.f("S: refere prurido, ardor e edema em «loc» há «h» dias, iniciados 48h após uso de «pr» («b»), comprado de revendedora «rv». "
          "Nega uso prévio. «w»\nO: eritema e vesículas em «loc»; sem sinais de infecção secundária.\n", loc=g.pick(["couro cabeludo e face", "pálpebras",
          "axilas", "pescoço e colo", "mãos e punhos"]), h=g.ri(2, 12), pr=prod, b=bname, rv=P(g.pick([rev.full, rev.first, rev.nick])),
          w=g.pick(["Já teve reação a tinta de cabelo em 2019.", "Mãe com rinite alérgica.", "Trabalha como manicure.", ""]))
    doc.t("Teste de contato (bateria padrão, leitura 96h):\n")
    rows = [[V(s), V(g.pick(["neg", "neg", "+", "++", "+++", "IR"]))] for s in g.sample(PATCH, g.ri(4, 7))]
    table_ruled(doc, ["substância", "leitura"], rows, g.pick(["plain", "pipe"]))
    doc.f("A: dermatite de contato alérgica (CID «c»).\nP: suspender o produto; «rx». Orientada a notificar o fabricante "
          "(«cv»). Retorno em «r» dias.\n\n«tt»«m»\n«crm» — RQE «rqe»\n", c=g.pick(["L23.2", "L23.5", "L23.9"]), rx=g.pick(["prednisona 20 mg por 5 dias", "betametasona creme 2x/dia por 7 dias",
          "desloratadina 5 mg à noite", "compressas frias e hidratante sem perfume"]), cv=role_mail(g, dom, "cosmetovigilancia"), r=g.ri(7, 30),
          m=P(doc_.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), rqe=g.ri(1000, 99999), tt=g.pick(["", "Dra. " if doc_.female else "Dr. "]))
    return doc


def sa_aso(g: Gen) -> Doc:
    """Occupational medicine at the brand's distribution centre: an ASO and the clinical note of a RSI case."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    w = g.person(female=g.chance(0.6))
    mc = g.person()
    ex = g.person()
    nurse = g.person(female=g.chance(0.8))
    city, uf = g.city()
    doc.f("ATESTADO DE SAÚDE OCUPACIONAL — ASO («t»)\n\n", t=g.pick(["periódico", "retorno ao trabalho", "mudança de risco", "demissional"]))
    fields = [("Empresa", V(razao)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Setor", V(f"CD {city} — separação de pedidos")),
              ("Trabalhador(a)", P(w.full)), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("NIT/PIS", (g.pis(), "BR_PIS")),
              ("Data de nascimento", (g.dob("br", 1960, 2004), "DATE_OF_BIRTH")), ("Função", V(g.pick(["Separador(a) de pedidos", "Auxiliar de expedição",
                                                                                                            "Conferente", "Operador(a) de empilhadeira"]))),
              ("Riscos", V(g.pick(["ergonômico (levantamento de caixas, repetitividade); ruído", "ergonômico; postura em pé; ruído",
                                   "químico (fragrâncias, álcool); ergonômico"]))),
              ("Exames", V(g.pick(["clínico; audiometria", "clínico", "clínico; espirometria; audiometria"]))),
              ("Resultado", V(g.pick(["APTO", "APTO COM RESTRIÇÃO (sem carga > 10 kg por 60 dias)", "INAPTO TEMPORARIAMENTE"]))),
              ("Médico examinador", P(ex.full)), ("CRM", (g.council("CRM", uf), "PROFESSIONAL_ID")),
              ("Médico coordenador do PCMSO", P(mc.full)), ("CRM ", (g.council("CRM", uf), "PROFESSIONAL_ID"))]
    kv_block(g, doc, fields, g.pick(["box", "dots"]))
    doc.f("\nEVOLUÇÃO — AMBULATÓRIO DO SESMT\n«d» — «n» refere dor em «loc» há «m» meses, pior no fim do turno (separa ~«k» caixas/dia no pico de "
          "ciclo). Tinel «tin»; Finkelstein «fin». HD: «cid». CAT nº «cat» emitida. Encaminhad«o» à fisioterapia; rodízio de função.\n"
          "Enf. «nu» — «co»\n", d=g.date("br"), n=P(g.pick([w.first, w.full])), loc=g.pick(["punho direito", "ombro direito", "coluna lombar", "ambos os punhos"]),
          m=g.ri(2, 14), k=g.ri(300, 1200), tin=g.pick(["+", "-"]), fin=g.pick(["+", "-"]), cid=g.pick(["M65.4", "M75.1", "M54.5", "G56.0", "M77.0"]),
          cat=f"{g.d(4)}.{g.d(3)}.{g.d(3)}-{g.d(1)}/{g.d(3)}", o=w.o, nu=P(nurse.full), co=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        doc.f("Contato d«o» trabalhador«a» para retorno: «p» · e-mail SESMT: «s»\n", o=w.o, a="a" if w.female else "", p=(g.phone(), "PHONE_NUMBER"),
              s=role_mail(g, dom, "sesmt"))
    return doc


def sa_sac_jsonl(g: Gen) -> Doc:
    """SAC export (JSON lines) of adverse-reaction complaints, with the pharmacist's triage note."""
    doc = Doc()
    bname, razao, dom, kind = brand(g, g.pick(["cosm", "cosm", "suple", "lingerie"]))
    farm = g.person(female=g.chance(0.7))
    n = g.ri(3, 5)
    people = []
    for _ in range(n):
        c = g.person(female=g.chance(0.8))
        rev = reseller(g)
        people.append(c)
        rec = {"protocolo": V(protocol(g)), "aberto_em": V(ts(g.moments(1)[0], "iso")), "consumidor": P(g.pick([c.full, c.caps, c.low]))}
        if g.chance(0.5):
            rec["nascimento"] = (g.dob("iso", 1945, 2010), "DATE_OF_BIRTH")
        rec["telefone"] = (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER")
        if g.chance(0.6):
            rec["email"] = (g.email(c), "EMAIL_ADDRESS")
        if g.chance(0.4):
            rec["cep"] = (g.cep(g.chance(0.5)), "BR_CEP")
        rec["produto"] = V(product(g, kind))
        rec["lote"] = V(lote(g))
        rec["relato"] = V(g.pick({"cosm": ["coceira e vermelhidão no rosto", "ardência forte no couro cabeludo", "inchaço nos olhos", "bolinhas no corpo todo"],
                                  "lingerie": ["manchas vermelhas na pele após usar o sutiã", "coceira na virilha depois da calcinha nova",
                                               "alergia no elástico, ferida na cintura"],
                                  "suple": ["taquicardia e insônia depois do termogênico", "dor de estômago e enjoo", "tontura e tremor nas mãos",
                                            "urina escura e cansaço"]}[kind]))
        if g.chance(0.5):
            rec["cpf"] = (g.cpf(), "BR_CPF")
        rec["revendedora"] = P(g.pick([rev.full, rev.first])) if g.chance(0.3) else V(rcode(g))
        if g.chance(0.4):
            rec["ip"] = (g.ip(), "IP_ADDRESS")
        rec["atendente"] = V(login(g.person(), g))
        jval(doc, rec, None)
        doc.t("\n")
    a, b = g.sample(people, 2)
    doc.f("\nTriagem de farmacovigilância/cosmetovigilância — «f» («crf»)\n- Caso «a»: grave, pedir relatório médico e notificar Anvisa em até "
          "72h.\n- «b»: não grave; orientar suspensão e enviar cupom.«w»\n", f=P(farm.full), crf=(g.council(g.pick(["CRF", "CRF", "CRN"])), "PROFESSIONAL_ID"),
          a=maybe(g, a.full, "da 1ª linha"), b=maybe(g, g.pick([b.first, b.full]), "Demais casos"),
          w=g.pick(["", " Sem relação com a linha Aurora.", " Seria prudente pedir o laudo do lote.", ""]))
    return doc


def sa_upa(g: Gen) -> Doc:
    """An emergency-unit record: palpitations after network-marketing weight-loss supplements; CIATox notified."""
    doc = Doc()
    bname, razao, dom, kind = brand(g, "suple")
    p = g.person(female=g.chance(0.7))
    mae = g.relative(p, female=True)
    acomp = g.spouse(p) if g.chance(0.5) else g.relative(p)
    up = g.person(female=g.chance(0.7))
    med = g.person()
    nurse = g.person(female=g.chance(0.8))
    unit = g.pick(UPAS)
    doc.f("«u» — FICHA DE ATENDIMENTO «n»\n\n", u=unit.upper(), n=g.d(8))
    fields = [("Paciente", P(p.caps)), ("CNS", (g.cns(), "BR_CNS")), ("DN", (g.dob(g.pick(["br", "short"]), 1960, 2007), "DATE_OF_BIRTH"))]
    fields += [("Mãe", P(mae.caps))] if g.chance(0.5) else []
    fields += ([("CPF", (g.cpf(), "BR_CPF"))] if g.chance(0.5) else []) + [("Endereço", (g.address("caps"), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
              ("Telefone", (g.phone(), "PHONE_NUMBER")), ("Acompanhante", P(acomp.full)), ("Tel. acompanhante", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    kv_block(g, doc, fields, g.pick(["kv", "dots"]))
    sup = g.sample(PRODUCTS["suple"], 2)
    doc.f("\nClassificação de risco: «cr» — Enf. «nu» («co»)\n", cr=g.pick(["LARANJA", "AMARELO"]), nu=P(nurse.full), co=(g.council("COREN"), "PROFESSIONAL_ID"))
    doc.f("QP: palpitação, tremor e insônia há «d» dias.\nHDA: iniciou há «s» semanas «p1» e «p2», de marketing multinível (marca «b»), "
          "por indicação da «rel» «up» («upp»), que é «lv» da rede e vende a «pct»% de desconto. Tomava «dose». Nega outras drogas.\n"
          "EF: FC «fc» bpm, PA «pa» mmHg, sudorese, tremor fino. ECG: taquicardia sinusal.\nHD: «c1»; «c2».\n"
          "Conduta: suspensão dos produtos, hidratação, propranolol. Notificado CIATox e Anvisa (Notivisa). Encaminhad«o» à UBS com "
          "nutricionista.\n\n«m» — «crm»\n", d=g.ri(1, 6), s=g.ri(1, 8), p1=sup[0], p2=sup[1], b=bname,
          rel=g.pick(["cunhada", "vizinha", "colega de trabalho", "prima"]), up=P(g.pick([up.full, up.first])), upp=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), lv=g.pick(LEVELS[2:]).lower(),
          pct=g.pick([20, 25, 30]), dose=g.pick(["o dobro da dose do rótulo", "3 cápsulas ao dia", "2 sachês em jejum"]),
          fc=g.ri(110, 160), pa=f"{g.ri(130, 170)}x{g.ri(80, 105)}", c1=g.pick(["R00.0", "R00.2"]), c2=g.pick(["T50.9", "T44.9", "R25.1", "F51.0"]),
          o=p.o, m=P(med.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


def sa_laudo(g: Gen) -> Doc:
    """A medical expert's report in a former sales leader's labour claim (box carrying, motorbike accident)."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    r = g.person(female=g.chance(0.8))
    perito = g.person()
    at1, at2 = g.person(), g.person()
    city, uf = g.city()
    n = g.cnj("5." + f"{g.ri(1, 24):02d}")
    doc.f("LAUDO PERICIAL MÉDICO\nProcesso «n» — «v»ª Vara do Trabalho de «c»\nReclamante: «r»\nReclamada: «rz»\n\n", n=n, v=g.ri(1, 40), c=city,
          r=P(r.full), rz=razao)
    doc.f("1. IDENTIFICAÇÃO\n", )
    fields = [("Periciand" + r.o, P(r.full)), ("Nascimento", (g.dob("br", 1960, 2002), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.5):
        fields.append(("RG", (g.rg(), "BR_RG")))
    if g.chance(0.5):
        fields.append(("PIS", (g.pis(), "BR_PIS")))
    fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    fields += [("Escolaridade", V(g.pick(["médio completo", "fundamental incompleto", "superior incompleto"]))), ("Atividade", V("líder de revendedoras / entrega de kits"))]
    kv_block(g, doc, fields, "dots")
    doc.f("\n2. HISTÓRICO\nRelata que carregava caixas de kits e revistas de até «kg» kg, em moto própria, para «k» revendedoras do setor. "
          "Em «d» sofreu queda de moto durante entrega (boletim de ocorrência «bo»). Atendida no «h». Afastada pelo INSS (B«b»).\n\n",
          kg=g.ri(12, 30), k=g.ri(30, 150), **(lambda y: {"d": g.date("br", y), "bo": f"{g.d(4)}/{y}"})(g.ri(2023, 2025)), h=g.pick(UPAS + ["Hospital Santa Rosa", "Hospital São Bento"]),
          b=g.pick(["31", "91"]))
    doc.f("3. EXAME FÍSICO\nMarcha claudicante; Lasègue «l»; limitação de flexão do joelho «j». RM: «rm».\n\n4. DIAGNÓSTICO\n«c1»; «c2».\n\n",
          l=g.pick(["positivo à direita", "negativo", "positivo bilateral"]), j=g.pick(["direito", "esquerdo"]),
          rm=g.pick(["protrusão discal L4-L5", "hérnia discal L5-S1", "consolidação viciosa de fratura de tíbia"]), c1=g.pick(["M51.1", "M54.5", "M51.2"]),
          c2=g.pick(["S82.2", "T93.2", "M25.56"]))
    doc.f("5. CONCLUSÃO\nHá nexo «nx» entre as lesões e as atividades descritas, com redução da capacidade laboral estimada em «p»%.\n\n"
          "Assistentes técnicos: «a1» («c1»), pela reclamante; «a2» («c2»), pela reclamada.\n\n«c», «d».\n«pe»\nPerito do Juízo — «crm»\n",
          nx=g.pick(["causal", "concausal"]), p=g.pick([10, 15, 20, 25, 30]), a1=P(at1.full), c1=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          a2=P(at2.full), c2=(g.council("CRM"), "PROFESSIONAL_ID"), c=city, d=g.date("long"), pe=P(perito.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_planilha(g: Gen) -> Doc:
    """A month's consolidated cosmetovigilance cases (semicolon CSV with nome/sobrenome columns) and the pharmacist's e-mail."""
    doc = Doc()
    bname, razao, dom, kind = brand(g, "cosm")
    farm = g.person(female=g.chance(0.7))
    cons = g.person()
    d = g.day()
    doc.f("cosmetovigilancia_«y»«m».csv\n", y=d.year, m=f"{d.month:02d}")
    rows = []
    named = g.chance(0.5)
    for _ in range(g.ri(4, 6)):
        c = g.person(female=g.chance(0.8))
        city, uf = g.city()
        ident = [(c.first, "PERSON"), (" ".join(c.surnames), "PERSON")] if named else [V(".".join(w[0] for w in fold(c.full).split() if w not in PARTICLES) + ".")]
        rows.append([V(f"CV{g.d(5)}"), V(dbr(d.replace(day=g.ri(1, 28))))] + ident + [
                     (g.dob("br", 1945, 2010), "DATE_OF_BIRTH"), (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"), V(city), V(uf),
                     V(product(g, "cosm")), V(lote(g)), V(cid_derm(g)), V(g.pick(["leve", "moderada", "grave"])), V(rcode(g))])
    table_csv(doc, ["caso", "data"] + (["nome", "sobrenome"] if named else ["iniciais"]) + ["nascimento", "telefone", "cidade", "uf", "produto", "lote", "cid",
                                                                                          "gravidade", "cod_revendedora"], rows, ";")
    t = g.moments(1, g.after(d, 28, 33), 1, (8, 19))[0]
    doc.f("\nDe: «f» <«fm»>\nPara: «c» <«cm»>\nData: «d»\nAssunto: Consolidado de cosmetovigilância «mm»/«y»\n\n«cf», segue o consolidado. "
          "«n» casos, «gr». O lote «l» concentrou as reações à «pr»; sugiro recolhimento voluntário.«w»\n\n«f2»\nFarmacêutic«fo» responsável — «crf»\n", fo=farm.o,
          f=P(farm.full), fm=(corp_mail(farm, dom, g), "EMAIL_ADDRESS"), c=P(cons.full), cm=(g.email(cons, g.pick(["regulatoriaconsult.com.br", "gmail.com", "vigiareg.com.br"])), "EMAIL_ADDRESS"),
          d=mail_date(t), mm=f"{d.month:02d}", y=d.year, cf="Olá" if g.chance(0.5) else P(cons.first), n=len(rows), gr=g.pick(["nenhum grave", "um grave", "dois com atendimento de urgência"]),
          l=lote(g), pr=g.pick(["Tinta Creme Aurora", "Escova Progressiva Liso Glória", "colônia Flor de Laranjeira"]),
          w=g.pick(["", " A linha Aurora saiu de linha nesse ciclo, então não entra na análise.", " Seria prudente incluir o lote no alerta às revendedoras.",
                    " O caso de Nova Aurora é o mesmo já notificado em agosto."]),
          f2=maybe(g, g.pick([farm.first, farm.full]), "Cosmetovigilância " + bname), crf=(g.council("CRF"), "PROFESSIONAL_ID"))
    return doc


SA = [sa_cosmetovigilancia, sa_nota_dermato, sa_aso, sa_sac_jsonl, sa_upa, sa_laudo, sa_planilha]

# =========================================================================== financeiro


def fi_pedidos(g: Gen) -> Doc:
    """A cycle's order export (CSV) with the credit analyst's note."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    d = g.day()
    ger = [g.person(female=g.chance(0.7)) for _ in range(2)]
    an = g.person()
    sep = g.pick([",", ";"])
    doc.f("export_pedidos_«b»_ciclo«c»_«y».csv\n", b=re.sub(r"[^a-z]", "", lower(bname)), c=f"{g.ri(1, 19):02d}", y=d.year)
    rows, revs = [], []
    for _ in range(g.ri(4, 7)):
        r = reseller(g)
        revs.append(r)
        bruto = g.ri(15000, 250000)
        desc = bruto * g.pick([25, 30, 35]) // 100
        forma = g.pick(["boleto", "boleto", "pix", "cartao"])
        rows.append([V(rcode(g)), P(g.pick([r.full, r.caps, r.capsf])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), V(order_no(g)),
                     V(f"{bruto / 100:.2f}" if sep == "," else brl(bruto / 100)), V(f"{(bruto - desc) / 100:.2f}" if sep == "," else brl((bruto - desc) / 100)),
                     V(forma), V(dbr(g.after(d, 21, 30), "iso")), V(str(g.ri(3, 30) * 100)),
                     V(g.pick(["FATURADO", "FATURADO", "RETIDO_LIMITE", "RETIDO_CADASTRO", "CANCELADO"])), (g.phone(g.pick(["raw", "e164"])), "PHONE_NUMBER"),
                     (g.email(r), "EMAIL_ADDRESS"), (g.cep(g.chance(0.5)), "BR_CEP"), V(f"S{g.d(4)}")])
    table_csv(doc, ["cod_rev", "nome", "cpf", "pedido", "valor_bruto", "valor_liquido", "pgto", "vencimento", "limite", "status", "celular",
                    "email", "cep_entrega", "setor"], rows, sep)
    a, b = g.sample(revs, 2)
    doc.f("\n# nota «an» («d»): «a» retida por limite — tem boleto de R$ «v» vencido há «k» dias; «b» retida por cadastro: CPF "
          "com nome divergente na Receita (informado «t»). Confirmar com a gerente de setor antes de liberar.\n", an=maybe(g, an.full, login(an, g)), d=dbr(d), a=maybe(g, a.full, "a revendedora do 1º pedido"), v=g.money(50, 900),
          k=g.ri(5, 60), b=P(b.full), t=P(typo(b.full, g)))
    return doc


def fi_fila_cobranca(g: Gen) -> Doc:
    """A fixed-width collection queue (names cut, raw CPF and phone, days overdue, bureau) and the collectors' notes."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    firm, fdom = g.pick(COLLECTORS)
    cols = [g.person() for _ in range(3)]
    logins = [login(c, g) for c in cols]
    d = g.day()
    doc.f("«f» — CARTEIRA «b» — FILA DE COBRANÇA — «d»\n", f=fold(firm).upper(), b=fold(bname).upper(), d=dbr(d))
    doc.t("COD.REV    NOME                        CPF          TELEFONE     CEP        ATRASO  VALOR R$   NEGATIV.   COBRADOR\n")
    doc.t("-" * 115 + "\n")
    debtors = []
    for _ in range(g.ri(4, 6)):
        p = reseller(g)
        debtors.append(p)
        doc.cell(g.d(7), 9)
        doc.t("  ")
        doc.cell(cut(fold(g.pick([p.full, p.inverted])).upper(), 26), 26, "PERSON")
        doc.t("  ")
        if g.chance(0.85):
            doc.cell(g.cpf("raw"), 11, "BR_CPF")
        else:
            doc.cell(g.neg(11), 11)
        doc.t("  ")
        doc.cell(g.phone("raw"), 11, "PHONE_NUMBER")
        doc.t("  ")
        doc.cell(g.cep(False), 9, "BR_CEP")
        doc.t("  ")
        doc.cell(str(g.ri(10, 400)), 6, right=True)
        doc.t("  ")
        doc.cell(brl(g.ri(4000, 300000) / 100), 9, right=True)
        doc.t("  ")
        doc.cell(dbr(g.after(d, -200, -1), "short") if g.chance(0.6) else "-", 9)
        doc.t("  " + g.pick(logins) + "\n")
    doc.t("-" * 115 + "\n\n")
    a, b, c = g.sample(debtors, 3)
    sp = g.spouse(a)
    doc.f("Notas:\n[«c1»] «a»: atendeu «s»«sn», disse que ela se mudou para «ad», «ci», CEP «z». Novo celular: «p».\n", c1=logins[0], a=P(a.short),
          **({"s": "o marido", "sn": ""} if g.chance(0.5) else {"s": "o marido, ", "sn": P(g.pick([sp.first, sp.full]))}), ad=(g.address(), "ADDRESS"), ci=g.pick(CITIES)[0], z=(g.cep(), "BR_CEP"), p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("[«c2»] «b»: promete pagar dia «dd» via Pix; enviado acordo para «e».\n", c2=logins[1], b=P(g.pick([b.full, b.first])),
          dd=g.ri(1, 28), e=(g.email(b), "EMAIL_ADDRESS"))
    doc.f("[«c3»] «c»: alega que a líder«us»«up» fez pedidos no nome dela; «x». Encaminhar ao jurídico («j»).\n", c3=logins[2], c=P(c.full),
          **({"us": " ", "up": P(g.person(female=True).full)} if g.chance(0.5) else {"us": " do setor", "up": ""}), x=g.pick(["pediu cópia das notas", "vai registrar B.O.", "contestou no consumidor.gov.br"]), j=role_mail(g, dom, "juridico"))
    return doc


def fi_log_pagamentos(g: Gen) -> Doc:
    """One-line JSON logs of the reseller portal: boletos issued and paid, Pix received, logins, a leaked card payload."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    r = reseller(g)
    cpf = g.cpf("raw")
    key = g.uuid()
    d = g.day()
    t = g.moments(1, d, 1, (7, 22))[0]
    ip = g.ip()
    user = login(r, g)
    an = g.person()

    def log(lvl: str, ev: str, fields: dict) -> None:
        nonlocal t
        t = t + datetime.timedelta(seconds=g.ri(20, 4000))
        rec = {"ts": V(ts(t, "iso")), "level": V(lvl), "svc": V(g.pick(["portal-revenda", "billing", "pix-gw"])), "event": V(ev)}
        rec.update(fields)
        rec["upstream"] = V(g.ip_priv())
        jval(doc, rec, None)
        doc.t("\n")

    log("INFO", "auth.login", {"user": V(user), "ip": (ip, "IP_ADDRESS"), "ua": V(g.pick(["Android 14; app 5.2.1", "iPhone; iOS 17.4", "Chrome 124 Windows"]))})
    val = g.money(80, 1800)
    log("INFO", "boleto.emitido", {"revendedora": P(r.capsf), "cpf": (cpf, "BR_CPF"), "nosso_numero": V(nosso_numero(g)),
                                   "linha": V(linha_digitavel(g)), "valor": V(val.replace(".", "").replace(",", ".")),
                                   "pix_copia_cola": V(brcode(g, bname, g.pick(CITIES)[0], val))})
    payer = g.spouse(r) if g.chance(0.5) else g.relative(r)
    log("INFO", "pix.recebido", {"e2e": V(e2e(g, t)), "chave_recebedor": (key, "PIX_KEY"), "pagador_nome": P(fold(payer.full).upper()),
                                 "pagador_cpf": (g.cpf("raw"), "BR_CPF"), "valor": V(val.replace(".", "").replace(",", "."))})
    log("WARN", "conciliacao.divergente", {"motivo": V("pagador diferente do sacado"), "sacado_cpf": (cpf, "BR_CPF"), "ip_origem": (ip, "IP_ADDRESS")})
    log("INFO", "cadastro.alterado", {"user": V(user), "campo": V("email"), "novo": (g.email(r), "EMAIL_ADDRESS"), "ip": (g.ip(), "IP_ADDRESS")})
    cli = g.person()
    leaked = g.chance(0.6)
    if leaked:
        log("DEBUG", "link_pagamento.payload", {"pan": (g.card(spaced=False, brand=g.pick(["4", "5"])), "CREDIT_CARD"), "holder": P(fold(cli.full).upper()),
                                                "exp": V(f"{g.ri(1, 12):02d}/{g.ri(27, 32)}"), "ip": (g.ip(), "IP_ADDRESS")})
    else:
        log("INFO", "link_pagamento.aprovado", {"cartao": V(g.masked_card()), "holder": P(fold(cli.full).upper()), "parcelas": V(str(g.ri(1, 6)))})
    x = "DEBUG do link de pagamento gravando PAN completo — abrir incidente e mascarar." if leaked else g.pick(
        ["Conciliação ok após contato.", "Chave Pix da empresa conferida."])
    w = g.pick(["", "Seria prudente bloquear novos links até o deploy."]) if leaked else ""
    if g.chance(0.5):
        doc.f("\n>> «a» («d»): «x» Pagamento de terceiro baixado manualmente. «w»\n", a=login(an, g), d=dbr(d), x=x, w=w)
    else:
        doc.f("\n>> «a» («d»): «x» O pagamento feito por «p» foi baixado manualmente no boleto de «r». «w»\n", a=P(an.full), d=dbr(d),
              x=x, p=P(payer.full), r=P(r.full), w=w)
    doc.text = doc.text.replace(" \n", "\n") if doc.text.endswith(" \n") else doc.text
    return doc


def fi_comissoes(g: Gen) -> Doc:
    """A leader's network bonus statement (downline table), the payout, and her e-mail disputing a bonus."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    lead = g.person(female=True)
    up = g.person(female=g.chance(0.7))
    cpf = g.cpf()
    d = g.day()
    cyc = cycle(g, d)
    doc.f("«b» — EXTRATO DE GANHOS DA REDE — «c»\nLíder: «n» · código «k» · CPF «cpf» · nível «lv» · upline: «u»\nGerado em «t» · acesso do IP «ip»\n\n",
          b=fold(bname).upper(), c=cyc, n=P(lead.full), k=rcode(g), cpf=(cpf, "BR_CPF"), lv=g.pick(LEVELS[2:]),
          u=P(up.full) if g.chance(0.5) else rcode(g), t=ts(g.moments(1, d, 1)[0], "br"), ip=(g.ip(), "IP_ADDRESS"))
    rows = []
    downs = []
    tot = 0
    for _ in range(g.ri(3, 5)):
        p = reseller(g)
        downs.append(p)
        pts = g.ri(50, 2500)
        bon = pts * g.pick([3, 4, 5, 6]) / 10
        tot += bon
        rows.append([V(str(g.ri(1, 3))), V(rcode(g)), (g.pick([p.full, p.short, p.caps]), "PERSON"), (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"),
                     V(str(pts)), V(brl(pts * 2.2)), V(brl(bon))])
    table_ruled(doc, ["geração", "código", "revendedora", "whatsapp", "pontos", "vendas R$", "bônus R$"], rows, g.pick(["plus", "psql", "plain", "pipe"]))
    ir = tot * 0.075 if tot > 2259 else 0
    inss = tot * 0.11
    doc.f("\nTotal bônus: R$ «t» · INSS (11%): R$ «i» · IRRF: R$ «r» · Líquido: R$ «l»\n", t=brl(tot), i=brl(inss), r=brl(ir), l=brl(tot - inss - ir))
    if g.chance(0.5):
        tipo, key = pix_key(g, lead, cpf, ["aleatoria", "aleatoria", "cpf", "email", "celular"])
        doc.f("Pagamento: Pix («tp») «k» em «d»\n\n", tp={"aleatoria": "chave aleatória", "cpf": "CPF", "email": "e-mail", "celular": "celular"}[tipo], k=key, d=dbr(g.after(d, 5, 15)))
    else:
        bank = g.pick(BANKS)
        doc.f("Pagamento: «b» — ag. «a» c/c «c» em «d»\n\n", b=f"{bank[0]} {bank[1]}", a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"), d=dbr(g.after(d, 5, 15)))
    miss = g.person(female=True)
    doc.f("From: «n»«ns»<«e»>\nTo: «cm»\nSubject: Bônus faltando — «c»\n\nBoa tarde. No extrato não entrou o bônus da «m» (ativou no dia «dd», "
          "indicada por mim, CPF dela «mc»). Também «x» aparece como se fosse da rede da minha upline, mas fui eu que cadastrei. Quero revisão.\n"
          "«s»\n«lv» «b» — «ph»\n", **({"n": P(lead.full), "ns": " "} if g.chance(0.5) else {"n": "", "ns": ""}), e=(g.email(lead), "EMAIL_ADDRESS"), cm=role_mail(g, dom, "comissoes"), c=cyc,
          m=P(miss.full), dd=dbr(g.after(d, -20, 0)), mc=(g.cpf(), "BR_CPF"), x=maybe(g, g.pick(downs).first, "uma das minhas meninas"), s=P(g.pick([lead.first, lead.nick])),
          lv=g.pick(LEVELS[2:]), b=bname, ph=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_informe(g: Gen) -> Doc:
    """An income report for resellers' commissions (fixed-width, raw CPF, names cut) and one reseller's statement."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    yr = g.pick([2024, 2025])
    acct = g.person()
    doc.f("«r»\nCNPJ «c»\nRELAÇÃO ANUAL DE COMISSÕES E BÔNUS PAGOS A REVENDEDORES — ANO-CALENDÁRIO «y»\n\n", r=fold(razao).upper(),
          c=(g.cnpj(style=g.pick(["dot", "raw"]), alnum=g.chance(0.3)), "BR_CNPJ"), y=yr)
    doc.t("CPF/CNPJ         NOME                            NIT/PIS        RENDIMENTO      INSS 11%        IRRF\n")
    doc.t("-" * 102 + "\n")
    people = []
    for _ in range(g.ri(5, 8)):
        p = reseller(g)
        mei = g.chance(0.25)
        v = g.ri(200000, 9000000)
        if mei:
            cn = g.cnpj(style="raw")
            doc.cell(cn, 14, "BR_CNPJ")
            doc.t("   ")
            root, nm = mei_razao(g, p, cn)
            s = f"{root} {fold(nm).upper()}"
            w = 30
            full = s[:w].rstrip(" ,-")
            pre = len(root) + 1
            doc.t(full[:pre])
            if len(full) > pre:
                doc.e(full[pre:], "PERSON")
            doc.t(" " * (w - len(full)))
            doc.t("  " + "-".ljust(11))
            inss = 0
        else:
            cpf = g.cpf("raw")
            people.append((p, cpf))
            doc.cell(cpf, 14, "BR_CPF")
            doc.t("   ")
            doc.cell(cut(fold(g.pick([p.full, p.inverted])).upper(), 30), 30, "PERSON")
            doc.t("  ")
            doc.cell(g.pis("raw"), 11, "BR_PIS")
            inss = v * 11 // 100
        doc.t("  " + f"{brl(v / 100):>12}  {brl(inss / 100):>12}  {brl(v * 0.075 / 100 if v > 3000000 else 0):>10}\n")
    doc.t("-" * 102 + "\n\n")
    if not people:
        p = reseller(g)
        people.append((p, g.cpf("raw")))
    p, cpf = g.pick(people)
    doc.f("COMPROVANTE DE RENDIMENTOS — BENEFICIÁRI«o»\nNome: «n»\nCPF: «c»\nEndereço: «a» — CEP «z»\n", o="A" if p.female else "O", n=P(p.full),
          c=(fmt_cpf(cpf), "BR_CPF"), a=(g.address(), "ADDRESS"), z=(g.cep(), "BR_CEP"))
    doc.f("Natureza: comissões de venda direta (contribuinte individual). «x»\n\nResponsável: «a» — «crc»\n",
          x=g.pick(["Dúvidas: " + role_mail(g, dom, "contabilidade"), "Valores do ano inteiro, inclusive ciclos de dezembro.", "Informe enviado por e-mail e pelo app."]),
          a=P(acct.full), crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    return doc


def fi_remessa(g: Gen) -> Doc:
    """A commission payout file (fixed width: names cut, raw CPF, zero-padded agency and account) and the return summary."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    an = g.person()
    d = g.day()
    bank = g.pick(BANKS)
    cn = g.cnpj(style="raw", alnum=g.chance(0.25))
    seqs = []
    doc.f("0 REMESSA PAGAMENTO «b» «c» «r» «d»\n", b=bank[0], c=(cn, "BR_CNPJ"), r=cut(fold(razao).upper(), 30).ljust(30), d=dbr(d, "compact"))
    payees = []
    tot = 0
    for i in range(g.ri(4, 6)):
        p = reseller(g)
        payees.append(p)
        seqs.append(f"{i + 1:05d}")
        v = g.ri(5000, 600000)
        tot += v
        doc.t(f"1 {i + 1:05d} ")
        doc.cell(cut(fold(p.full).upper(), 30), 30, "PERSON")
        doc.t(" ")
        doc.e(g.cpf("raw"), "BR_CPF")
        doc.t(f" {g.pick(BANKS)[0]} ")
        ag = g.agency(False)
        doc.e(ag.zfill(5), "BANK_ACCOUNT")
        doc.t(" ")
        ac = re.sub(r"\D", "", g.account(True))
        doc.e(ac.zfill(12), "BANK_ACCOUNT")
        doc.t(f" {v:015d}\n")
    doc.t(f"9 TOTAL {len(payees):05d} {tot:017d}\n\n")
    ib = g.sample(range(len(payees)), 2)
    bad = [payees[i] for i in ib]
    by_seq = g.chance(0.5)
    doc.f("RETORNO «d»: «k» pagamentos efetivados; 2 rejeitados:\n- «a»: «m1»\n- «b»: «m2»\n\n", d=dbr(g.after(d, 1, 3)), k=len(payees) - 2,
          a=f"seq. {seqs[ib[0]]}" if by_seq else P(bad[0].full), m1=g.pick(["conta encerrada", "agência inválida", "CPF do favorecido diverge do titular"]),
          b=f"seq. {seqs[ib[1]]}" if by_seq else P(bad[1].full),
          m2=g.pick(["conta poupança não aceita", "conta encerrada", "titular falecido — contatar família"]))
    doc.f("Nota («a»): «b» mandou nova chave Pix aleatória «k» pelo app; «c» pediu pagamento na conta «sp», «h» — recusado, só pagamos "
          "no CPF da revendedora.\n", a=P(g.pick([an.full, an.first])) if g.chance(0.5) else login(an, g), b=P(bad[0].first), k=(g.uuid(), "PIX_KEY"), c=P(bad[1].first),
          h=maybe(g, g.spouse(bad[1]).full, "titular diferente"), sp="do marido" if bad[1].female else "da esposa")
    return doc


def fi_credito(g: Gen) -> Doc:
    """Credit analysis of a reseller (new sign-up or limit increase): bureau consultation, links, decision."""
    doc = Doc()
    bname, razao, dom, kind = brand(g)
    r = reseller(g)
    an = g.person()
    lead = g.person(female=True)
    mae = g.relative(r, female=True)
    d = g.day()
    doc.f("## Análise de crédito — «t»\n\n", t=g.pick(["nova revendedora", "aumento de limite", "reativação após inadimplência"]))
    fields = [("Revendedora", P(r.full)), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.5):
        fields.append(("CNH", (g.cnh(), "BR_CNH")))
    fields += [("Nascimento", (g.dob(lo=1955, hi=2006), "DATE_OF_BIRTH")),
              ("Mãe", P(mae.full)), ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Celular", (g.phone(), "PHONE_NUMBER")),
              ("Tel. recado", (g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER")),
              ("E-mail", (g.email(r), "EMAIL_ADDRESS")), ("IP da solicitação", (g.ip(), "IP_ADDRESS")), ("Líder", P(lead.full))]
    for k, v in fields:
        doc.t(f"- **{k}:** ")
        doc.e(v[0], v[1])
        doc.t("\n")
    doc.f("\n### Consulta «b» («d»)\nScore: «s» · Renda presumida: R$ «r»\n\n", b=g.pick(BUREAUS), d=dbr(d), s=g.ri(150, 900), r=g.money(1200, 6000))
    rows = []
    for _ in range(g.ri(1, 4)):
        rows.append([V(g.pick(["Casas Bonfim Móveis", "Banco Leal S.A.", "Operadora Celeste Telecom", "Loja Rosa & Cia", "Financeira Prudente",
                               "Panela Amada Comércio", "Ótica Vitória"])), V(g.pick(["PEFIN", "REFIN", "protesto", "cheque sem fundo"])),
                     V(dbr(g.after(d, -700, -30))), V(g.money(80, 4000))])
    table_md(doc, ["credor", "tipo", "data", "valor R$"], rows)
    other = g.person()
    doc.f("\n### Vínculos\nMesmo endereço: «o», CPF «oc» (revendedor«oa» «st» desde «y»). Mesmo aparelho: cadastro de «x» (IP «ip»).\n\n",
          o=P(other.full), oc=(g.cpf(), "BR_CPF"), oa="a" if other.female else "",
          st=g.pick(["ativa", "inativa, com débito", "bloqueada"]) if other.female else g.pick(["ativo", "inativo, com débito", "bloqueado"]), y=g.ri(2018, 2025),
          x=P(g.person(female=True).full), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("### Decisão\n«d» Limite: R$ «l». Analista: «a». «w»\n", d=g.pick(["APROVADO.", "APROVADO COM RESSALVA.", "REPROVADO."]), l=g.ri(0, 20) * 100,
          a=P(an.full), w=g.pick(["Seria prudente rever em 3 ciclos.", "Pedir comprovante de renda.", "Vínculo com revendedora inadimplente.", ""]))
    return doc


FI = [fi_pedidos, fi_fila_cobranca, fi_log_pagamentos, fi_comissoes, fi_informe, fi_remessa, fi_credito]

TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

ROLE_RE = re.compile(r"(%s)@" % "|".join(ROLE_BOXES))


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
            assert not re.search(r"[1-9@_|]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v) or re.fullmatch(r"[\w ]+ arroba \w+( ponto \w+)+", v), (rid, v)
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
            assert re.match(r"(CRM|COREN|OAB|CRF|CRQ|CRC)\b|CRN\d*\b|CRN-", v), (rid, v)
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
    # 15-digit runs outside the spans are never valid CNS; 16-digit runs never pass Luhn
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, m.group(0))
    # 14-digit runs outside the spans never pass the CNPJ check; 11-digit runs never pass the PIS or CNH check
    for m in RUN14.finditer(text):
        if free(m):
            assert cnpj_dv(m.group(0)[:12]) != m.group(0)[12:], (rid, m.group(0))
    for m in RUN11.finditer(text):
        if free(m):
            v = m.group(0)
            assert pis_dv(v[:10]) != v[10] and cnh_dv(v[:9]) != v[9:], (rid, v)
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
    print("hundredseventh", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
