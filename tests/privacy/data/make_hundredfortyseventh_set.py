"""Build the hundred-and-forty-seventh labelled evaluation set (run once; the JSONL file is committed).

    python3 tests/privacy/data/make_hundredfortyseventh_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 14747, 280 records: 4 domains x 7 templates x 10 copies. The helpers (Gen, Doc, name
pools, check digits, tables, forms, chat and e-mail helpers, self-check) are copied from the
hundred-and-forty-sixth set's generator (itself from the hundred-and-forty-fifth and -fourth) and adapted
(the old-fashioned given names of old creditors born 1932-1966 added to the pools -- Hercília, Jandyra,
Zuleika, Orozimbo, Sizenando, Waldomiro... as rare, Dirce, Nair, Osvaldo, Valdemar... as common --,
CEPs drawn from the document's state range and phones in its area codes, a debtor-entity helper, a
mail-header helper, a municipality that follows the document's city); the register and every template
are new.

Register: PRECATÓRIOS AND RPVs -- the court-ordered payments by the State (art. 100 of the Constitution):
the requisitions (ofício requisitório, precatório or RPV) a court sends against a State, a municipality,
an autarquia, the Union or the INSS; the chronological lists the courts publish and the priority
("superpreferência") of creditors aged 60 or more, with a serious illness or a disability; the heirs who
take a dead creditor's place (habilitação); the banks that pay federal RPVs at the counter and withhold
3% of income tax; and the secondary market around them -- firms that buy precatório credits at a
discount (deságio) and their originating desk (call notes, WhatsApp with creditors and heirs, leads,
registration forms, a consumer complaint about harassing calls and the fee scam), their legal team
(assignment contracts, public deeds at a notary, the communication of the assignment to the court,
due-diligence checklists), their back office (payment orders, reconciliation with the court's payment
list, the portfolio report, the treasury channel) and the investors of a precatórios fund (statement).
Why this register: the brief asked for precatórios and RPVs. Checked in the docstrings of the other
make_*_set.py (extracted with ast, searched case-insensitively): "precatório", "cessão de crédito",
"superpreferência", "ordem cronológica", "deságio", "FIDC", "DEPRE", "ofício requisitório" occur in none;
"RPV" only in the sixty-fifth (a law office's RPV payout statement to clients, one template); "habilitação"
only in other senses (a marriage's, an adoption's, a Siscomex one, a bidder's).
Every person, buying firm, fund, administrator, law firm, clinic, hospital, home-care firm and courier is
invented (buying firms Prudente Precatórios Ltda., Aurora Ativos Judiciais S.A., Bento Amado Gestão de
Créditos Judiciais Ltda., Leão Dourado Investimentos em Precatórios Ltda., Vitória Créditos Judiciais
Ltda., Quintanilha Capital Direitos Creditórios Ltda., Rosa Branca Precatórios e Recebíveis Ltda.; funds
Aurora Precatórios FIDC, Clemente Direitos Creditórios FIDC NP, Fundo Estrela Guia de Precatórios FIDC,
Leão Dourado Precatórios Federais FIDC, Sereno Precatórios Estaduais FIDC NP; law firms Sarapião & Bacelar
Advogados Associados, Lustosa, Furquim e Amado Sociedade de Advogados, Prudente Moscoso Advocacia,
Quintanilha Rebouças Advogados, Leão Aroeira Advocacia Previdenciária, Escritório Jurídico Flor de Lis,
Arcoverde & Sabiá Advogados; clinics Clínica Oncológica Santa Aurora, Instituto de Neurologia Bento Amado,
Centro de Nefrologia Flor do Vale, Clínica Cardiológica Prudente, Clínica de Olhos Luz Serena, Centro de
Hematologia Leão Branco; hospitals Hospital Bento Amado, Hospital Santa Aurora, Hospital São Clemente,
Hospital Estrela Dalva, Santa Casa Vitória Régia, Hospital Municipal Prudente de Morais, Hospital Leão
XIII; home cares Lar Assistido Rosa dos Ventos, Sereno Home Care Ltda., Cuidar Bem Aurora Atenção
Domiciliar, Home Care Flor de Maio; the courier Flash Entregas); the debtor entities, courts and their
precatórios offices, laws, ICD-10 codes and banks are real; all numbers are random (CEPs within the
state's range).

Layouts: a WhatsApp export (Android and iOS stamps; the system line; "Você", a name with a suffix or a
bare number as the other side; typing slips; a mistyped CPF corrected); the CRM's lead record with
stamped notes by login; a speech-to-text call (lower case, no accents, speaker tags, CPFs and phone read
in groups or in words, "traco", "ponto", "meia", a spoken birth date) and the typed record (plain, dotted
or capitals); an e-mail thread with headers, X-Originating-IP, a signature and a quoted message; JSON
leads (pretty or one object a line); a scanned registration form with two fields a line and OCR noise
(rn/m, cl/d, I/l, O/0, c/e in words and names; identifiers clean); a consumer platform's complaint with the
firm's reply; legal prose in mixed case or capitals (a contract in clauses with witnesses and an
e-signature log; a petition with a ruled table of heirs' shares; a petition with the decision and the
clerk's certificate; a notarial deed in capitals with the date in words); a due-diligence checklist as
[x]/[!]/[ ] lines or a Markdown table; the court's chronological list as blank-aligned columns, a
+---+ table or semicolon CSV; a requisition form as numbered fields, dotted leaders or a ruled box; a
medical report OCR'd; an expert's report with a table of questions; a hospital's visit record with a
visitors' table; a priority-requests table (ruled, psql, plain or CSV); a home-care quote pasted in an
e-mail; a multiprofessional report with numbered sections; bank receipts (dotted, plain or capitals);
a reconciliation CSV and an e-mail; a fund statement with positions and movements; a payment order with
approvals; a fixed-width portfolio report (names cut at the width, some "SURNAME, GIVEN") or a ruled
one; the income statement in a ruled box with the accountant's note; a Teams or Slack channel export.
- atendimento: (0) the originator's WhatsApp with a creditor or an heir (the firm's CNPJ; the creditor's
  name, CPF, birth date, RG and e-mail sometimes; the siblings when the creditor died; the lawyer named
  in the offer; the fee scam sometimes: the scammer's name, his phone, a card typed in full or masked;
  the address and CEP for the notary; the agency and account; the colleague's name and phone);
  (1) the CRM lead record (creditor with CPF and birth date, e-mail sometimes; the case's lawyer with OAB
  and e-mail; phones of the creditor and of a son or daughter; notes by login naming the relative, the
  relative's e-mail, a colleague of the legal team, the lawyer calling from a landline, the motoboy's
  plate and the pick-up address with CEP); (2) the heirs' queue transcript and typed record (the
  attendant's first name; the heir and the dead creditor; both CPFs, the heir's birth date, phone,
  address, CEP; siblings and the inventory lawyer); (3) the lawyer's e-mail with a counter-offer (the
  client's CPF and birth date, the lawyer's OAB, phones, office e-mail, agency and account sometimes; the
  analyst's corporate e-mail; the quoted proposal); (4) the landing page's JSON leads (name, CPF, birth
  date or OAB, e-mail, mobile, CEP sometimes, the dead holder's or the client's name, public IP, the
  assigned desk member; the proxy's private IP and the login not labelled); (5) the OCR'd registration
  form (name, CPF, RG or CNH, NIT and título sometimes, birth date, the spouse with CPF, address, CEP,
  phones, e-mail, agency and account, the signature and the checker); (6) the consumer complaint (the
  son or daughter with CPF, e-mail, phone; the mother or father; the numbers that called; the caller's
  name; the reply by a named ombudsman with the creditor's CPF; a new number in the rejoinder).
- juridico: (0) the private assignment contract (the cedente qualified: job, birth date sometimes, RG or
  CNH, CPF, título sometimes, e-mail and phone sometimes, address, CEP; the spouse's consent with CPF;
  the firm's CNPJ and its director with CPF; the lawyer of the fees with OAB; agency and account or a
  random Pix key; witnesses with CPF and RG sometimes; the e-signature log with e-mails and IPs);
  (1) the heirs' habilitação (the estate's name; two to four heirs qualified with the same CPF in the
  shares table; birth date, e-mail and phone sometimes; the administrator; the lawyer with OAB and
  e-mail); (2) the communication of the assignment (the firm's CNPJ, the cedente's CPF and RG, the
  firm's agency and account, its lawyer with OAB and e-mail; the decision naming the cedente's lawyer
  with OAB and the judge; the clerk's certificate); (3) the due-diligence checklist (cedente with CPF,
  birth date, RG, phone, e-mail; a plaintiff or an alimony beneficiary named sometimes; the lawyer of
  the fees with OAB; a RENAJUD plate; the spouse with CPF; the address and CEP for the notary; the
  analyst, and the reviewer with OAB); (4) the court's chronological list (creditors in capitals, estates,
  law firms for fees, assignees; the lawyers' OAB; masked CPFs; the director or coordinating judge);
  (5) the public deed in capitals (the outorgante qualified with título, e-mail and phone sometimes, the
  spouse with CPF, the firm's CNPJ, the attorney-in-fact with CPF and RG, agency and account; the clerk
  and the notary; the signatures); (6) the requisition form (the debtor's CNPJ; the beneficiary with CPF,
  birth date, NIT for the INSS; the lawyer with OAB, CPF, phone and e-mail; the beneficiary's or the
  lawyer's agency and account, or the law firm's CNPJ; the judge and the clerk).
- saude: (0) the superpreferência petition (creditor with CPF, RG sometimes, CNS, birth date, address,
  CEP; the illness's ICD-10; the physician with CRM; the caregiver with CPF and phone; the buying firm's
  CNPJ sometimes; the lawyer with OAB, e-mail and phone); (1) the OCR'd medical report (the clinic's
  CNPJ and phone; the patient with birth date, RG or CPF, CNS and phone; the physician with CRM);
  (2) the court's expert report (the expert and the assistants with CRM; the examinee with birth date,
  RG, CPF, CNS; a home exam's address and CEP sometimes; the son or daughter with a phone; the attending
  physician by CRM only); (3) the hospital's visit record (the patient with birth date, CPF, CNS and the
  family's phone; visitors with RG or CPF, phone and a plate sometimes; the physician's lucidity
  statement with CRM; the social worker with CRESS); (4) the priority-requests table (creditor, CPF,
  birth date, ICD-10, the report's CRM, the lawyer's OAB; the analysts); (5) the home-care e-mail (the
  sender's e-mail, the parent's birth date, CPF, CNS, the address, CEP, the sender's mobile, a card typed
  in full sometimes; the home-care firm's CNPJ, the nurse and the technician with COREN, the
  physiotherapist with CREFITO; the analyst's corporate e-mail); (6) the biopsychosocial report (the
  person with a disability: birth date, CPF, CNS, address, CEP; the guardian with CPF, phone, e-mail;
  physician CRM, physiotherapist CREFITO, social worker CRESS, psychologist CRP).
- financeiro: (0) the bank's RPV receipts (beneficiary or two heirs with CPF and NIT, the lawyer of the
  fees with OAB; agency and account or cash; the attorney-in-fact with CPF; the teller sometimes);
  (1) the reconciliation CSV (creditors, CPFs of the firm's cedentes, agencies and accounts; masked CPFs of
  the public list) and the analyst's e-mail; (2) the fund statement (two CNPJs; the investor with CPF,
  e-mail, phone, address, CEP; the adviser with a corporate e-mail; transfers from agency and account; a
  redemption to a random Pix key); (3) the payment order (the firm's CNPJ; payees with CPF, agency and
  account or a Pix key that is random, a CPF, a phone or an e-mail; the call-back phone and the receipt's
  e-mail sometimes; the lawyer of the fees with OAB, CPF, agency, account; approvals by name or by login);
  (4) the portfolio report (creditor, CPF, contact phone); (5) the income statement (the paying source's
  CNPJ; beneficiary with CPF, NIT for the INSS; the lawyer with OAB and CPF; the person responsible; the
  accountant with CRC, e-mail and phone); (6) the treasury channel (Teams display names are persons,
  Slack handles are not and are listed with the names once; payees with CPF, agency and account or
  random keys, the receipt's e-mail and phone; an investor with CPF and a random key).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.", "Sra.",
"Dr.", "Dra.", "dona", "seu", "o doutor"; particles inside a name are part of it; "SURNAME, GIVEN" is one
span (portfolio rows); first names alone, nicknames, lower-case names of the transcript and of the chat,
ALL CAPS, OCR-damaged and typo'd names and names cut at a fixed width are persons. Staff named in the text
are persons (originators, analysts, attendants, lawyers, judges, clerks, notaries and their clerks,
experts, physicians, nurses, physiotherapists, social workers, psychologists, accountants, tellers,
ombudsmen, directors, attorneys-in-fact, motoboys); logins and Slack handles ("nsemedo", "gfagundespaim"),
speaker tags ("spk_0", "atendente", "ATD"), "Você", bots ("Bot Tesouraria", "Robô Bento", "Aurora Bot")
are not; a saved contact's suffix (" precatório", " - lead", " | Prudente Precatórios") stays outside.
Decisions of this set: the dead creditor is a person everywhere, also inside "ESPÓLIO DE NAME" (the span
is the name) and in "herdeira de NAME"; the creditor's birth date is DATE_OF_BIRTH (it grounds the
priority by age), as are the heirs', the callers' and the patients'; death, diagnosis, filing, data-base,
payment, signature, visit and document dates are not. Corporate e-mails of people are EMAIL_ADDRESS (the
firms, funds and law offices); role mailboxes (propostas@, tesouraria@, mesa@, ouvidoria@) are not.
ADDRESS is a person's street + number + complement (a chácara on a country road with its km counts);
firms', courts' and hospitals' addresses are not written. Agency and account are separate BANK_ACCOUNT
spans, the buying firm's and the law firm's too; bank names and codes, the paying branch's name and the
judicial deposit's id are not. PIX_KEY only for random keys; a key that is a CPF, phone or e-mail takes
that label. Every CNPJ is labelled (buying firms, funds and administrators, debtors, clinics, home
cares, law firms, paying banks; numeric and the 2026 alphanumeric form). NIT/PIS is BR_PIS; the INSS
benefit number (NB) is not labelled. PROFESSIONAL_ID: OAB, CRM, COREN (with -TE/-AE/-ENF), CREFITO,
CRESS, CRP and CRC with the acronym and the UF or region; the RQE (a specialist registration) is not
labelled. Every phone number is PHONE_NUMBER (also a bare number as a chat's sender, and numbers read
out in the transcript); 0800 numbers are not. IP_ADDRESS only for public addresses (v4 and v6). A card
number typed in full is CREDIT_CARD; masked ones ("final 6953") are not. Masked CPFs of a published list
("***.861.785-**") are not labelled. Identifiers read out in groups or in words are labelled like
their digits.
Not labelled (hard negatives): CNJ process numbers (state and federal), EP and precatório numbers,
chronological orders ("ordem 2873/2008"), requisition and ofício numbers (some of 11 digits, checked to
fail), operation and assignment numbers, lead and call ids, complaint numbers, the death certificate's
registration number, the notary's book, pages and digital seal, the NB, judicial deposit ids, teller
registrations, authentication hashes, record (prontuário) numbers, protocols of priority requests,
internal portfolio ids, the proxy's private IP, e-signature envelope ids, masked CPFs and cards, RQE
numbers, ICD-10 codes (C50.9, C61, C18.9, C34.9, C90.0, G20, G35, G12.2, G30.1, I25.5, N18.5, K74.6, H54.0,
C16.9, I50.0, M45, C25.9, C91.1, G80.1, Q90.9, F84.0, G82.2, H90.3, Z89.6, F71, G71.0, H54.1, T91.3), laws and
rules (art. 100 da Constituição and its §§2, 13, 14, EC 62/2009, EC 94/2016, EC 109/2021, EC 113/2021, EC
114/2021, Resolução CNJ 303/2019, arts. 286 a 298 and 1.647 of the Código Civil, arts. 687 a 692 do CPC,
Lei 7.713/1988 and its art. 6º XIV and 12-A, Lei 10.741/2003, Lei 13.146/2015, Lei 13.709/2018, Lei
9.613/1998, Lei 10.833/2003), money and amounts in words, percentages, non-birth dates, and the names of
places and firms that hold person names or name-words: the debtors ("Município de Santo André", "DER/SP",
"SPPREV"), the courts' fora ("Fórum Hely Lopes Meirelles", "Fórum João Mendes Júnior"), streets named
after people standing alone ("A Rua Tabatinguera alagou de novo"; inside an address they are ADDRESS),
the firms, funds, law firms, clinics, hospitals and home cares listed above, "Condomínio Edifício Flor de
Lis", "Cooperativa Aurora", "Banco Pan S.A.". Names that are also words (Rosa, Luz, Flor, Vitória, Aurora,
Celeste, Estrela, Esperança, Bento, Prudente, Amado, Branco, Clemente, Salvador, Leão, Prata) are names
here and, elsewhere, words, firms and hospitals, not persons ("Seria prudente esperar a publicação da
lista", "Foi uma vitória conseguir a superpreferência", "O DEPRE deu luz verde para a cessão", "Não
assine nada em branco", "Não há esperança de pagamento neste exercício").
Names: Brazilian names of many origins -- Portuguese common and regional, old-fashioned names of the old
creditors, coined names of their grandchildren, Italian, German, Japanese, Lebanese, Syrian, Armenian,
Polish, Ukrainian, Jewish, Korean, Chinese, Haitian, Angolan, Senegalese, Nigerian, Cape Verdean, Cuban,
Venezuelan, Bolivian, Peruvian, Paraguayan, Colombian and indigenous (Guarani, Kaingang, Terena, Pataxó,
Tikuna, Baniwa) -- in full, in capitals, in lower case, as first names, nicknames and "SURNAME, GIVEN".
Rare or invented name words are well above a quarter (main() prints the share, about a half; a word of
any common-name pool never counts as rare). PERSON is about a third of the spans (main() checks 25-35%
and 4,000-5,500 spans in all).
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
            pis: bool = False, job=None, rural: float = 0.08, civil: str | None = None, cpf: str | None = None, nat: str | None = None) -> None:
    """'NAME, brasileira, solteira, atriz, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    if isinstance(job, tuple):
        job = job[1] if p.female else job[0]
    civil = civil or g.pick(CIVIL[p.female])
    doc.t(", " + up(f"{nat or g.pick(NATIONALITY[p.female])}, {civil}, {job or g.pick(JOBS[p.female])}"))
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




# --------------------------------------------------------------------------- register: precatórios and RPVs (court-ordered payments by the State)

SEED = 14747
OUT_NAME = "hundredfortyseventh.jsonl"

# Given names of the old creditors (retired public servants, teachers, police officers, pensioners born 1932-1966): old-fashioned
# names, the rare ones (not in the common lists) apart from the ones a common list holds
ELDER_RARE_F = ["Hercília", "Jandyra", "Zuleika", "Aracy", "Walkíria", "Idalina", "Olindina", "Genoveva", "Leontina", "Eponina",
                "Noêmia", "Otília", "Ernestina", "Clotildes", "Hermínia", "Belarmina", "Zenith", "Palmyra", "Iracy", "Dagmar", "Zaíra",
                "Odila", "Altiva", "Eunice Dorcas", "Guiomar", "Jovelina", "Adalgisa", "Floripes", "Deolinda", "Sebastiana Rita"]
ELDER_RARE_M = ["Ariovaldo", "Belmiro", "Waldomiro", "Orozimbo", "Deolindo", "Argemiro", "Sizenando", "Anésio", "Januário", "Benevenuto",
                "Aparício", "Felisberto", "Laudelino", "Ovídio", "Virgulino", "Hermenegildo", "Adhemar", "Altamiro", "Zeferino", "Ataíde",
                "Wlademir", "Gercino", "Romualdo", "Clodoaldo", "Eleutério", "Agripino", "Tertuliano", "Crisóstomo"]
ELDER_COMMON_F = ["Dirce", "Nair", "Iolanda", "Zilda", "Odete", "Dalva", "Benedita", "Irene", "Neide", "Cleusa", "Marlene", "Terezinha",
                  "Ivone", "Sônia", "Vilma", "Lourdes", "Elza", "Jurema", "Filomena", "Albertina", "Nadir", "Conceição", "Alzira"]
ELDER_COMMON_M = ["Osvaldo", "Valdemar", "Nelson", "Orlando", "Walter", "Antônio Carlos", "Luiz Carlos", "Geraldo", "Arnaldo", "Milton",
                  "Waldir", "Armando", "Rubens", "Ademar", "Jair", "Wilson", "Euclides", "Nivaldo", "Lourival", "Durval", "Olímpio", "Honório"]
RARE_F.extend(ELDER_RARE_F)
RARE_M.extend(ELDER_RARE_M)
COMMON_F.extend(ELDER_COMMON_F)
COMMON_M.extend(ELDER_COMMON_M)
RARE.update(ELDER_RARE_F + ELDER_RARE_M)
NICK.update({"Hercília": "Cila", "Jandyra": "Jandi", "Zuleika": "Zu", "Walkíria": "Kika", "Idalina": "Dalina", "Genoveva": "Veva",
             "Ernestina": "Tina", "Hermínia": "Minica", "Belarmina": "Mina", "Palmyra": "Mira", "Ariovaldo": "Vado", "Waldomiro": "Miro",
             "Orozimbo": "Zimbo", "Argemiro": "Miro", "Januário": "Jana", "Benevenuto": "Nuto", "Aparício": "Cição", "Felisberto": "Beto",
             "Virgulino": "Lino", "Hermenegildo": "Gildo", "Zeferino": "Zé", "Dirce": "Didi", "Zilda": "Zizi", "Benedita": "Dita",
             "Terezinha": "Tê", "Osvaldo": "Vardo", "Valdemar": "Demar", "Geraldo": "Gera", "Armando": "Mando", "Lourival": "Lô",
             "Conceição": "Ceição", "Alzira": "Zizinha"})
STREET_NAMES.extend(["Doutor Hely Lopes Meirelles", "Desembargador Ruy Barbosa", "Conselheiro Crispiniano", "Tabatinguera", "Maria Paula",
                     "Professora Hercília Mascarenhas", "Coronel Orozimbo Maia", "Padre Januário Sabiá", "Doutor Sizenando Nabuco",
                     "Tenente Argemiro Bacelar", "dos Aposentados", "Vereador Belmiro Furquim"])

UF_DDD = {"SP": ["11", "11", "11", "11", "12", "13", "14", "15", "16", "17", "19"], "MG": ["31", "31", "32", "34", "35", "37", "38"],
          "RJ": ["21", "21", "22", "24"], "PR": ["41", "41", "43", "44", "42"], "RS": ["51", "51", "54", "53", "55"], "SC": ["48", "47", "49"],
          "BA": ["71", "71", "73", "74", "75", "77"], "PE": ["81", "81", "87"], "CE": ["85", "85", "88"], "RN": ["84"], "PB": ["83"],
          "MA": ["98", "99"], "PI": ["86", "89"], "PA": ["91", "93", "94"], "AM": ["92", "97"], "GO": ["62", "62", "64"], "MS": ["67"],
          "MT": ["65", "66"], "ES": ["27", "28"], "AL": ["82"], "SE": ["79"], "DF": ["61"]}
CEP_PRE = {"SP": [f"{i:02d}" for i in range(1, 20)], "RJ": [str(i) for i in range(20, 29)], "ES": ["29"], "MG": [str(i) for i in range(30, 40)],
           "BA": [str(i) for i in range(40, 49)], "SE": ["49"], "PE": [str(i) for i in range(50, 57)], "AL": ["57"], "PB": ["58"], "RN": ["59"],
           "CE": ["60", "61", "62", "63"], "PI": ["64"], "MA": ["65"], "PA": ["66", "67", "68"], "AM": ["69"], "DF": ["70", "71", "72"],
           "GO": ["74", "75", "76"], "MT": ["78"], "MS": ["79"], "PR": [str(i) for i in range(80, 88)], "SC": ["88", "89"],
           "RS": [str(i) for i in range(90, 100)]}
UF_NAME = {"SP": "São Paulo", "MG": "Minas Gerais", "RJ": "Rio de Janeiro", "PR": "Paraná", "RS": "Rio Grande do Sul", "SC": "Santa Catarina",
           "BA": "Bahia", "PE": "Pernambuco", "CE": "Ceará", "RN": "Rio Grande do Norte", "PB": "Paraíba", "MA": "Maranhão", "PI": "Piauí",
           "PA": "Pará", "AM": "Amazonas", "GO": "Goiás", "MS": "Mato Grosso do Sul", "MT": "Mato Grosso", "ES": "Espírito Santo",
           "AL": "Alagoas", "SE": "Sergipe", "DF": "Distrito Federal"}
UF_DE = {"SP": "de", "MG": "de", "RJ": "do", "PR": "do", "RS": "do", "SC": "de", "BA": "da", "PE": "de", "CE": "do", "RN": "do", "PB": "da",
         "MA": "do", "PI": "do", "PA": "do", "AM": "do", "GO": "de", "MS": "de", "MT": "de", "ES": "do", "AL": "de", "SE": "de", "DF": "do"}
_CUR = {"uf": "SP", "ddd": "11"}

# the debtor entities (real public entities; every person, firm, fund, clinic and hospital of the documents is invented)
ENTES = {"SP": ["Fazenda Pública do Estado de São Paulo", "São Paulo Previdência – SPPREV", "Município de São Paulo", "DER/SP", "Município de Guarulhos",
                "Município de Campinas", "Município de Osasco", "Município de Santo André", "Instituto de Pagamentos Especiais de São Paulo – IPESP"],
         "RJ": ["Estado do Rio de Janeiro", "RIOPREVIDÊNCIA", "Município do Rio de Janeiro", "Município de Duque de Caxias", "Município de Niterói"],
         "MG": ["Estado de Minas Gerais", "IPSEMG", "Município de Belo Horizonte", "DER/MG", "Município de Contagem"],
         "PR": ["Estado do Paraná", "Paranaprevidência", "Município de Curitiba", "Município de Londrina"],
         "RS": ["Estado do Rio Grande do Sul", "IPE Prev", "Município de Porto Alegre", "Município de Caxias do Sul"],
         "BA": ["Estado da Bahia", "Município de Salvador", "Município de Feira de Santana"],
         "PE": ["Estado de Pernambuco", "Município do Recife", "FUNAPE"], "CE": ["Estado do Ceará", "Município de Fortaleza"],
         "GO": ["Estado de Goiás", "GOIASPREV", "Município de Goiânia"], "DF": ["Distrito Federal", "Instituto de Previdência dos Servidores do DF – Iprev/DF"]}
FEDERAL = ["Instituto Nacional do Seguro Social – INSS", "Instituto Nacional do Seguro Social – INSS", "União Federal", "União Federal (Fazenda Nacional)",
           "DNIT", "Universidade Federal (autarquia)", "IBAMA", "Fundação Nacional de Saúde (sucedida pela União)"]
TRF_OF = {"SP": 3, "MS": 3, "RJ": 2, "ES": 2, "RS": 4, "PR": 4, "SC": 4, "PE": 5, "CE": 5, "AL": 5, "SE": 5, "RN": 5, "PB": 5, "MG": 6}
SETOR = {"SP": "Diretoria de Execuções de Precatórios e Cálculos – DEPRE", "RJ": "Divisão de Precatórios Judiciais", "MG": "Central de Conciliação de Precatórios – CEPREC",
         "PR": "Central de Precatórios", "RS": "Central de Conciliação e Pagamento de Precatórios", "BA": "Núcleo Auxiliar de Conciliação de Precatórios",
         "PE": "Coordenadoria de Precatórios", "CE": "Assessoria de Precatórios", "GO": "Central de Precatórios", "DF": "Coordenadoria de Conciliação de Precatórios"}
FIRMS = [("Prudente Precatórios Ltda.", "prudenteprecatorios.com.br", "Prudente Precatórios"),
         ("Aurora Ativos Judiciais S.A.", "auroraativos.com.br", "Aurora Ativos"),
         ("Bento Amado Gestão de Créditos Judiciais Ltda.", "bentoamadocreditos.com.br", "Bento Amado Créditos"),
         ("Leão Dourado Investimentos em Precatórios Ltda.", "leaodourado.inv.br", "Leão Dourado"),
         ("Vitória Créditos Judiciais Ltda.", "vitoriacreditos.com.br", "Vitória Créditos"),
         ("Quintanilha Capital Direitos Creditórios Ltda.", "quintanilhacapital.com.br", "Quintanilha Capital"),
         ("Rosa Branca Precatórios e Recebíveis Ltda.", "rosabrancaprecatorios.com.br", "Rosa Branca")]
FUNDS = [("Aurora Precatórios FIDC", "Aurora Ativos"), ("Clemente Direitos Creditórios FIDC NP", "Clemente DTVM"),
         ("Fundo Estrela Guia de Precatórios FIDC", "Estrela Guia Gestora"), ("Leão Dourado Precatórios Federais FIDC", "Leão Dourado"),
         ("Sereno Precatórios Estaduais FIDC NP", "Sereno Asset")]
LAW_FIRMS = ["Sarapião & Bacelar Advogados Associados", "Lustosa, Furquim e Amado Sociedade de Advogados", "Prudente Moscoso Advocacia",
             "Quintanilha Rebouças Advogados", "Leão Aroeira Advocacia Previdenciária", "Escritório Jurídico Flor de Lis", "Arcoverde & Sabiá Advogados"]
CLINICS = ["Clínica Oncológica Santa Aurora", "Instituto de Neurologia Bento Amado", "Centro de Nefrologia Flor do Vale", "Clínica Cardiológica Prudente",
           "Hospital Estrela Dalva — Ambulatório de Geriatria", "Clínica de Olhos Luz Serena", "Centro de Hematologia Leão Branco"]
HOSP = ["Hospital Bento Amado", "Hospital Santa Aurora", "Hospital São Clemente", "Hospital Estrela Dalva", "Santa Casa Vitória Régia",
        "Hospital Municipal Prudente de Morais", "Hospital Leão XIII"]
HOMECARE = ["Lar Assistido Rosa dos Ventos", "Sereno Home Care Ltda.", "Cuidar Bem Aurora Atenção Domiciliar", "Home Care Flor de Maio"]
BANKS_PAY = [("001", "Banco do Brasil"), ("104", "Caixa Econômica Federal"), ("001", "Banco do Brasil"), ("041", "Banrisul"), ("104", "Caixa")]
ROLE_BOXES = ["atendimento", "sac", "financeiro", "cobranca", "juridico", "contato", "naoresponda", "no-reply", "dpo", "privacidade", "propostas",
              "originacao", "mesa", "cessoes", "cadastro", "compliance", "backoffice", "tesouraria", "pagamentos", "investidores", "ri", "ouvidoria",
              "depre", "precatorios", "protocolo", "secretaria", "notificacoes", "diligencias", "cartorio", "escrituras", "comercial", "relacionamento",
              "operacoes", "liquidacao", "custodia", "administracao", "contabil", "fiscal", "rpv", "leads", "homecare", "orcamentos", "pericias",
              "servicosocial", "prioridades", "suporte", "central", "informe", "ir"]
LAWS = ["art. 100 da Constituição", "EC 62/2009", "EC 94/2016", "EC 99/2017", "EC 113/2021", "EC 114/2021", "Resolução CNJ 303/2019",
        "arts. 286 a 298 do Código Civil", "art. 687 do CPC", "Lei 7.713/1988", "Lei 10.741/2003", "Lei 13.146/2015", "Lei 13.463/2017",
        "art. 12-A da Lei 7.713/1988", "Lei 14.057/2020", "art. 27 da Lei 10.833/2003", "ADI 4.425", "Tema 1.142 do STF"]
GRAVE = [("C50.9", "neoplasia maligna da mama"), ("C61", "neoplasia maligna da próstata"), ("C18.9", "neoplasia maligna do cólon"),
         ("C34.9", "neoplasia maligna do pulmão"), ("C90.0", "mieloma múltiplo"), ("G20", "doença de Parkinson"), ("G35", "esclerose múltipla"),
         ("G12.2", "esclerose lateral amiotrófica"), ("G30.1", "doença de Alzheimer de início tardio"), ("I25.5", "cardiomiopatia isquêmica"),
         ("N18.5", "doença renal crônica estágio 5"), ("K74.6", "cirrose hepática"), ("H54.0", "cegueira em ambos os olhos"),
         ("C16.9", "neoplasia maligna do estômago"), ("I50.0", "insuficiência cardíaca congestiva"), ("M45", "espondilite ancilosante"),
         ("C25.9", "neoplasia maligna do pâncreas"), ("C91.1", "leucemia linfocítica crônica")]
PCD = [("G80.1", "paralisia cerebral diplégica espástica"), ("Q90.9", "síndrome de Down"), ("F84.0", "transtorno do espectro autista"),
       ("G82.2", "paraplegia"), ("H90.3", "perda auditiva neurossensorial bilateral"), ("Z89.6", "amputação acima do joelho"),
       ("F71", "deficiência intelectual moderada"), ("G71.0", "distrofia muscular"), ("H54.1", "cegueira de um olho e visão subnormal do outro"),
       ("T91.3", "sequela de traumatismo raquimedular")]
CARGOS = {True: ["professora aposentada da rede estadual", "pensionista", "enfermeira aposentada", "agente de organização escolar aposentada",
                 "escriturária aposentada", "servidora aposentada do Judiciário", "pensionista de policial militar", "merendeira aposentada",
                 "assistente social aposentada", "auxiliar de enfermagem aposentada"],
          False: ["professor aposentado", "policial militar reformado", "servidor aposentado", "agente penitenciário aposentado",
                  "engenheiro aposentado", "motorista aposentado do DER", "investigador de polícia aposentado", "pensionista",
                  "fiscal de rendas aposentado", "oficial de justiça aposentado"]}
ORIGENS_FED = ["benefício previdenciário (atrasados)", "revisão de aposentadoria", "auxílio-doença convertido em aposentadoria por invalidez",
               "pensão por morte (atrasados)", "diferenças de GDASS", "reajuste de 28,86%", "indenização por desapropriação para reforma agrária",
               "danos morais (responsabilidade civil da União)", "BPC/LOAS (atrasados)"]
ORIGENS = ["diferenças de Sexta-Parte", "ALE (Adicional de Local de Exercício)", "URV – 11,98%", "quinquênios sobre o total dos vencimentos",
           "GAM (Gratificação por Atividade de Magistério)", "piso salarial do magistério", "desapropriação indireta", "danos morais (erro médico)",
           "revisão de aposentadoria", "benefício previdenciário (atrasados)", "auxílio-doença convertido em aposentadoria por invalidez",
           "incorporação de gratificação", "adicional de insalubridade", "abono de permanência", "indenização por desapropriação"]


def where(g: Gen, uf: str | None = None) -> tuple[str, str]:
    """The creditor's city (the precatório market is mostly São Paulo's); the UF also steers the CEPs and area codes drawn."""
    if uf is None:
        uf = "SP" if g.chance(0.45) else g.pick(sorted({u for _, u in CITIES}))
    c, u = city_of(g, uf)
    _CUR["uf"] = u
    return c, u


def _cep(self: Gen, dash: bool = True) -> str:
    n = self.pick(CEP_PRE[_CUR["uf"]]) + self.d(3) + self.pick([self.d(3), self.d(3), "000", f"{self.ri(1, 9)}{self.ri(0, 9)}0"])
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


def home(g: Gen, style: str = "text", rural: float = 0.0, uf: str | None = None) -> str:
    """A person's home: a street address, or (rarely) a chácara on a country road with its km."""
    if g.chance(rural):
        s = g.pick(["Estrada Municipal", "Estrada Velha", "Rodovia Vicinal", "Estrada do Sertãozinho"]) + f" {g.pick(['', 'dos Pires, ', 'da Graminha, '])}km {g.ri(2, 40)}, chácara {g.ri(1, 60)}"
        s = s.replace("  ", " ")
        return fold(s).upper() if style == "caps" else (fold(s).lower() if style == "low" else s)
    return g.address(style)


def table_fixed(doc: Doc, cols: list[str], widths: list[int], rows: list[list[tuple]]) -> None:
    """A fixed-width report: every value cut at its column's width (names cut are still labelled)."""
    doc.t("".join(c.upper()[:w].ljust(w + 1) for c, w in zip(cols, widths)).rstrip() + "\n")
    doc.t("=" * (sum(widths) + len(widths) - 1) + "\n")
    for r in rows:
        out_line = []
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            v2 = cut(v, w).rstrip("-") if lab in (None, "PERSON", "ADDRESS") else v
            assert len(v2) <= w, (v2, w)
            if lab and not v2:
                lab = None
            out_line.append((v2, lab, w))
        for k, (v2, lab, w) in enumerate(out_line):
            doc.e(v2, lab) if v2 else None
            if k < len(out_line) - 1:
                doc.t(" " * (w - len(v2) + 1))
        doc.t("\n")


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


def cnj_of(g: Gen, uf: str, seg: str | None = None, lo: int = 2004, hi: int = 2024) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(lo, hi)}.{seg or CNJ_SEG.get(uf, '8.26')}.{g.d(4)}")


def fed_cnj(g: Gen, uf: str) -> str:
    return cnj_of(g, uf, f"4.{TRF_OF.get(uf, 1):02d}")


def ep_num(g: Gen, uf: str) -> str:
    """The precatório's own number at the court (EP / incidente / ordem): not labelled."""
    if uf == "SP":
        return "EP " + cnj_of(g, uf, "8.26", 2008, 2023)
    return clean(g, lambda: g.pick([f"Precatório nº {g.ri(2008, 2024)}.{g.d(5)}-{g.d(1)}", f"PRC {g.d(6)}/{g.ri(2010, 2024)}",
                                    "Precatório " + cnj_of(g, uf, None, 2010, 2024)]))


def req_num(g: Gen) -> str:
    """A federal requisição (RPV/PRC) number: not labelled."""
    return clean(g, lambda: g.pick([f"{g.ri(2023, 2026)}{g.d(7)}", g.neg(11), f"RPV {g.ri(2023, 2026)}.{g.d(6)}", f"PRC{g.ri(2023, 2026)}{g.d(6)}",
                                    f"{g.ri(20230, 20260)}{g.d(6)}"]))


def ordem(g: Gen) -> str:
    return f"{g.ri(1, 9999)}/{g.ri(2005, 2024)}"


def cessao_num(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"CES-{g.ri(2024, 2026)}-{g.d(4)}", f"{g.d(5)}/{g.ri(2024, 2026)}", f"OP{g.d(6)}", g.neg(11)]))


def money(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + brl(g.ri(lo, hi) + g.pick([0, 0, 0.5, 0.37, 0.9, 0.12, 0.81]))


def face(g: Gen) -> float:
    return g.ri(18000, 1450000) + g.ri(0, 99) / 100


def tp(g: Gen, s: str, p: float = 0.2) -> str:
    """A typing slip in a message (never inside a template's «key»)."""
    if not g.chance(p):
        return s
    parts = re.split(r"(«\w+»)", s)
    idx = [i for i, x in enumerate(parts) if not MARK.fullmatch(x) and re.search(r"[a-zá-ú]{4}", x)]
    if not idx:
        return s
    i = g.pick(idx)
    words = parts[i].split(" ")
    widx = [k for k, w in enumerate(words) if re.fullmatch(r"[a-zá-ú]{4,}", w)]
    if widx:
        k = g.pick(widx)
        words[k] = typo(words[k], g)
        parts[i] = " ".join(words)
    return "".join(parts)


def edob(g: Gen, fmt: str | None = None) -> str:
    """An old creditor's birth date (1932-1966)."""
    return g.dob(fmt, 1932, 1966)


def hdob(g: Gen, fmt: str | None = None) -> str:
    """An heir's or a buyer's staff member's birth date."""
    return g.dob(fmt, 1955, 1998)


def idoso(g: Gen, female: bool | None = None) -> Person:
    """An old creditor: an old-fashioned given name most of the time, the surnames of any origin."""
    p = g.person(female)
    if g.chance(0.65):
        pool = (ELDER_RARE_F + ELDER_COMMON_F) if p.female else (ELDER_RARE_M + ELDER_COMMON_M)
        return Person(g.pick(pool), p.surnames, p.female)
    return p


def heir(g: Gen, of: Person, female: bool | None = None) -> Person:
    """A son or daughter of a creditor: own given name, ending in the parent's last surname."""
    return g.relative(of, female)


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "lfirst": lower(p.first), "lshort": lower(p.short)}[f])


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
              r=[V(" — RG "), (g.rg(), "BR_RG")] if g.chance(0.3) else "")


def council2(g: Gen, kind: str, uf: str) -> str:
    if kind == "CREFITO":
        return g.pick([f"CREFITO-{g.ri(1, 18)} {g.d(6)}-F", f"CREFITO-{g.ri(1, 18)}/{g.d(5)}-F"])
    if kind == "CRC":
        return g.pick([f"CRC-{uf} {g.ri(100000, 399999)}/O-{g.ri(0, 9)}", f"CRC/{uf} {num(g.ri(10000, 399999), 0)}"])
    if kind == "CRN":
        return g.pick([f"CRN-{g.ri(1, 11)} {g.ri(1000, 59999)}", f"CRN{g.ri(1, 11)}/{uf} {g.ri(1000, 59999)}"])
    return g.council(kind, uf)


def oab(g: Gen, uf: str | None = None) -> str:
    return g.council("OAB", uf or _CUR["uf"])


def crm(g: Gen, uf: str | None = None) -> str:
    return g.council("CRM", uf or _CUR["uf"])


def cl2(doc: Doc, stamp: str, who: list[tuple], template: str = "", **vals) -> None:
    """One chat line whose sender is written part by part (a name with a suffix, a bare number, 'Você')."""
    doc.t(stamp)
    for part in who:
        doc.e(part[0], part[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def sysline(doc: Doc, stamp: str, parts: list) -> None:
    doc.t(stamp)
    for s, lab in parts:
        doc.e(s, lab)
    doc.t("\n")


def spoken_date(g: Gen, dd: int, mm: int, yy: int) -> str:
    if yy < 2000:
        yw = "mil novecentos e " + words999(yy - 1900)
    else:
        yw = "dois mil" + (" e " + words999(yy - 2000) if yy > 2000 else "")
    dw = "primeiro" if dd == 1 else words999(dd)
    return g.pick([f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}", f"{dw} de {fold(MONTHS[mm - 1])} de {yw}",
                   f"{dd} do {mm} de {yy % 100:02d}", f"{dw} do {words999(mm)} de {yw}"])


def ente(g: Gen, uf: str, federal: float = 0.25, city: str | None = None) -> tuple[str, bool]:
    """(debtor entity, federal?): the State, a municipality or an autarquia of the UF, or the Union / INSS (federal courts); a
    municipality is the document's own city when one is given."""
    if g.chance(federal):
        return g.pick(FEDERAL), True
    e = g.pick(ENTES[uf]) if uf in ENTES else g.pick([f"Estado {UF_DE[uf]} {UF_NAME[uf]}", f"Município de {city_of(g, uf)[0]}"])
    if city and e.startswith("Município d"):
        e = f"Município {'do' if city == 'Rio de Janeiro' or city == 'Recife' else 'de'} {city}"
    return e, False


def setor(uf: str) -> str:
    return SETOR.get(uf, "Setor de Precatórios")


def tribunal(uf: str, federal: bool) -> str:
    if federal:
        return f"Tribunal Regional Federal da {TRF_OF.get(uf, 1)}ª Região"
    if uf == "DF":
        return "Tribunal de Justiça do Distrito Federal e dos Territórios"
    return f"Tribunal de Justiça do Estado {UF_DE[uf]} {UF_NAME[uf]}"


def trib_sigla(uf: str, federal: bool) -> str:
    return f"TRF{TRF_OF.get(uf, 1)}" if federal else ("TJDFT" if uf == "DF" else f"TJ{uf}")


def vara(g: Gen, city: str, federal: bool) -> str:
    if federal:
        return g.pick([f"{g.ri(1, 12)}ª Vara Federal de {city}", f"{g.ri(1, 4)}ª Vara Previdenciária de {city}", f"Juizado Especial Federal de {city}"])
    return g.pick([f"{g.ri(1, 16)}ª Vara da Fazenda Pública de {city}", f"Vara da Fazenda Pública da Comarca de {city}",
                   f"{g.ri(1, 6)}ª Vara de Fazenda Pública e Autarquias de {city}"])


def chat_neg(g: Gen) -> str:
    return g.pick(["ok", "👍", "<Mídia oculta>", "áudio omitido", "Esta mensagem foi apagada", "🙏🙏🙏", "bom dia!", "tá bom, obrigada",
                   "vou ver com meus irmãos e te falo", "minha mãe não entende nada de internet, eu que respondo por ela",
                   "a fila do precatório não anda, faz 11 anos que espero", "meu advogado disse que sai ano que vem, é verdade?",
                   "quanto tempo demora pra cair o dinheiro?", "imagem omitida", "vou pensar, é muito desconto", "o cartório vem que horas?"])


def word_neg(g: Gen) -> str:
    """A sentence in which name-like words are words, places or firms, not persons."""
    return g.pick(["Seria prudente esperar a publicação da lista antes de assinar.", "Foi uma vitória conseguir a superpreferência.",
                   "O Fórum Hely Lopes Meirelles fica fechado na sexta por causa da greve.", "A Aurora Ativos paga em até 10 dias úteis.",
                   "O DEPRE deu luz verde para a cessão.", "Não assine nada em branco.", "A Rua Tabatinguera alagou de novo.",
                   "A Prudente Precatórios não cobra taxa nenhuma do credor.", "O Hospital Bento Amado só libera visita até as 20h.",
                   "Não há esperança de pagamento neste exercício para quem está depois da ordem 4.000.",
                   "A Rosa Branca Precatórios retirou a proposta.", "O Fórum João Mendes Júnior está com o protocolo fechado.",
                   "A Leão Dourado mandou contraproposta, mas o deságio continua alto.", "A fila anda devagar: a Fazenda depositou pouco em março."])


def two(doc: Doc, a: tuple[str, tuple], b: tuple[str, tuple] | None, w: int) -> None:
    """One line of a form with two fields side by side ('LABEL: value      LABEL: value')."""
    la, (va, ta) = a
    doc.t(f"{la}: ")
    doc.e(va, ta)
    if b:
        doc.t(" " * max(2, w - len(la) - 2 - len(va)))
        lb, (vb, tb) = b
        doc.t(f"{lb}: ")
        doc.e(vb, tb)
    doc.t("\n")


def pct(g: Gen) -> int:
    """The share of the face value a buyer offers (the rest is the deságio)."""
    return g.ri(38, 72)


def ta(p: Person) -> str:
    """'a senhora' / 'o senhor'."""
    return "a senhora" if p.female else "o senhor"


# ------------------------------------------------------------------ atendimento

def at_zap(g: Gen) -> Doc:
    """The WhatsApp export of the firm's originator with a creditor or an heir (Android or iOS stamps; the other side saved by name,
    by name with a note, or shown as a bare number): the approach through the public chronological list; the creditor's or the heir's
    full name, CPF (a mistyped one corrected sometimes) and birth date; the siblings when the creditor has died; the offer net of the
    lawyer's fees (the lawyer named); the fee scam reported sometimes (the scammer's name, his phone, a card typed in full or masked);
    the address for the notary's visit with CEP; the bank account for the payment; a colleague's contact."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    orig, cad = g.person(), g.person()
    cred = idoso(g)
    dead = g.chance(0.45)
    kid = heir(g, cred)
    who = kid if (dead or g.chance(0.35)) else cred
    ent, fed = ente(g, uf, 0.2, city)
    lawyer = g.person()
    dd, mm, yy = g.dob_parts(1932, 1966)
    st = chat_stamp(g)
    t = iter(seq_times(g, 60, g.moment(hours=(8, 10)), 30, 1500))
    me = [V("Você")] if g.chance(0.9) else [P(orig.first), V(" | " + short)]
    num = lphone(g, style="wa")
    O = g.pick([[P(who.short)], [P(who.first), V(" precatório")], [(num, "PHONE_NUMBER")], [(num, "PHONE_NUMBER")], [(num, "PHONE_NUMBER")],
                [(num, "PHONE_NUMBER")], [(num, "PHONE_NUMBER")], [(num, "PHONE_NUMBER")], [P(who.first), V(" (filha da cliente)" if who is kid and kid.female else " - lead")]])
    doc.t("Conversa do WhatsApp com ")
    for s, lab in O:
        doc.e(s, lab)
    doc.t("\n\n")
    sysline(doc, st(next(t)), [V("As mensagens e ligações são protegidas com a criptografia de ponta a ponta.")])
    de_quem = ("do seu pai" if not cred.female else "da sua mãe") if who is kid else gw(cred, "do senhor", "da senhora")
    cl2(doc, st(next(t)), me, "Bom dia, «n»! Aqui é «o», da «f». Localizamos o precatório «q» contra «e» («ep»), ordem «r». A «s» compra o crédito à vista, sem custo nenhum para o credor.",
        n=P(g.pick([who.first, who.short])), o=P(g.pick([orig.first, orig.short])), f=firm.rstrip("."), q=de_quem, e=ent, ep=ep_num(g, uf) if not fed else req_num(g), r=ordem(g), s=short)
    cl2(doc, st(next(t)), O, tp(g, g.pick(["quem te passou meu numero?", "bom dia. como vcs conseguiram esse numero", "oi, é golpe?", chat_neg(g)]), 0.3))
    cl2(doc, st(next(t)), me, "A lista de ordem cronológica é pública, o «t» publica no site. Se preferir, confirme nosso CNPJ «c» na Receita.", t=trib_sigla(uf, fed),
        c=(g.cnpj(), "BR_CNPJ"))
    if dead:
        sibs = [heir(g, cred) for _ in range(g.ri(1, 3))]
        names = [P(g.pick([s.first, s.short])) for s in sibs]
        parts = []
        for k, nm in enumerate(names):
            parts += ([V(", ") if k < len(names) - 1 else V(" e ")] if k else []) + [nm]
        cl2(doc, st(next(t)), O, tp(g, "«p» faleceu em «d». somos «n» irmãos: eu, «s»", 0.3), p=gw(cred, "meu pai", "minha mãe"), d=g.date("br", g.pick([2023, 2024])),
            n=len(sibs) + 1, s=parts)
        cl2(doc, st(next(t)), me, "Meus sentimentos. Já abriram o inventário? Vamos precisar da certidão de óbito e da habilitação dos herdeiros no processo (art. 687 do CPC).")
    else:
        age = 2025 - yy
        if who is kid:
            cl2(doc, st(next(t)), O, tp(g, "sou «f» «d», «e» tem «a» anos. eu que cuido das coisas «x»", 0.3), f=gw(kid, "filho", "filha"), d=gw(cred, "dele", "dela"),
                e=gw(cred, "ele", "ela"), a=age, x=gw(cred, "do meu pai", "da minha mãe"))
        else:
            cl2(doc, st(next(t)), O, tp(g, "tenho «a» anos, o advogado falou que idoso tem preferencia", 0.3), a=age)
    cl2(doc, st(next(t)), me, "Para a proposta preciso do nome completo, CPF e data de nascimento «q».", q=gw(cred, "do titular", "da titular") if who is kid else ("d" + ta(cred)[0] + " " + ta(cred)[2:]))
    if g.chance(0.3):
        cl2(doc, st(next(t)), O, "cpf «c»", c=g.neg_cpf(g.chance(0.5)))
        cl2(doc, st(next(t)), me, "Esse CPF não confere, pode olhar no documento de novo?")
    dob_fmt = g.pick(["br", "nopad", "short", "dot"])
    cl2(doc, st(next(t)), O, "«n»\ncpf «c»\nnasc «d»", n=P(g.pick([cred.full, cred.caps, lower(cred.full)])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
        d=(fmt_date(dd, mm, yy, dob_fmt), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        cl2(doc, st(next(t)), O, tp(g, "rg «r» «o»", 0.2), r=(g.rg(), "BR_RG"), o=g.pick(["ssp", "SSP/" + uf, ""]))
    if g.chance(0.5):
        cl2(doc, st(next(t)), O, tp(g, "manda a proposta no email «e»", 0.3), e=(g.email(who), "EMAIL_ADDRESS"))
    fv = face(g)
    p = pct(g)
    cl2(doc, st(next(t)), me, "Obrigad«o». Pelo cálculo atualizado o crédito está em R$ «v». Descontados os 30% de honorários «l», nossa proposta é de «p»% do líquido: R$ «x» à vista.",
        o=gw(orig, "o", "a"), v=brl(fv), l=[V("d" + gw(lawyer, "o Dr. ", "a Dra. ")), P(g.pick([lawyer.full, lawyer.short]))] if g.chance(0.7) else "do advogado",
        p=p, x=brl(fv * 0.7 * p / 100))
    cl2(doc, st(next(t)), O, tp(g, g.pick(["é muito desconto", "vou ver com meus irmãos", "meu advogado disse pra esperar", "e se eu esperar o pagamento?"]), 0.3))
    cl2(doc, st(next(t)), me, g.pick(["Pela fila do «e» a previsão é de 4 a 6 anos. Seria prudente comparar com outras propostas, fique à vontade.",
                                      "Entendo. A decisão é sua; nossa proposta vale por 15 dias.", "Sem problema. Qualquer dúvida estou aqui."]), e=trib_sigla(uf, fed))
    if g.chance(0.4):
        sc = g.person(False)
        card_full = g.chance(0.5)
        cl2(doc, st(next(t)), O, tp(g, "ontem ligou um tal de «d» «s» dizendo que era do tribunal, pediu R$ «v» de taxa pra liberar o precatorio. «c»", 0.3),
            d=g.pick(["dr", "Dr.", "doutor"]), s=P(g.pick([sc.full, sc.short])), v=brl(g.ri(900, 4800)),
            c=[V("passei o cartão "), (g.card(g.chance(0.6)), "CREDIT_CARD")] if card_full else [V("paguei no cartão "), V(g.masked_card())])
        cl2(doc, st(next(t)), me, "Isso é golpe! Nenhum tribunal cobra taxa para liberar precatório. Ligue agora no banco e bloqueie o cartão. De qual número ligaram?")
        cl2(doc, st(next(t)), O, "«n»", n=(g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"))
        cl2(doc, st(next(t)), me, "Faça boletim de ocorrência com esse número. E não mande mais dados de cartão por aqui.")
    cl2(doc, st(next(t)), me, "Se fecharmos, o escrevente do cartório vai até a casa «q» para a escritura. Qual o endereço completo com CEP?",
        q=gw(cred, "do titular", "da titular") if who is kid and not dead else ("de vocês" if dead else ("d" + ta(cred)[0] + " " + ta(cred)[2:])))
    cl2(doc, st(next(t)), O, tp(g, "«a» «b» cep «c»", 0.2), a=(home(g, g.pick(["text", "low"]), 0.05), "ADDRESS"), b=g.pick(BAIRROS).lower() if g.chance(0.5) else f"- {city}",
        c=(g.cep(g.chance(0.7)), "BR_CEP"))
    if g.chance(0.6):
        cl2(doc, st(next(t)), O, tp(g, "e o dinheiro cai onde? tenho conta na «b» ag «a» conta «c»", 0.3), b=g.pick(["caixa", "Caixa", "bb", "itau", "Bradesco", "nubank"]),
            a=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
        cl2(doc, st(next(t)), me, "Cai por TED na conta de quem assina a cessão, no mesmo dia da escritura.")
    cl2(doc, st(next(t)), me, "Vou passar seu contato para «c», do cadastro: «n». «x» confere os documentos e agenda o cartório.", c=P(g.pick([cad.first, cad.short])),
        n=(lphone(g, "SP", style=g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"), x=gw(cad, "Ele", "Ela"))
    cl2(doc, st(next(t)), O, g.pick([chat_neg(g), chat_neg(g), word_neg(g)]))
    return doc


def at_notas(g: Gen) -> Doc:
    """The originating desk's CRM record of a lead, exported as text: the header (creditor in capitals with CPF and birth date, debtor,
    precatório number, order, face value, the lawyer of the case with OAB, phones of the creditor and of a relative); then the call
    notes by login (not persons), naming the daughter or son, the curator, a colleague of the legal team, the relative's e-mail, the
    motoboy's plate, the address where the papers were picked up; the compliance line."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    cred = idoso(g)
    kid = heir(g, cred)
    lawyer, jur, moto = g.person(), g.person(), g.person(False)
    ent, fed = ente(g, uf, 0.2, city)
    ops = [login(g.person(), g) for _ in range(3)]
    doc.f("CRM {0} — MESA DE ORIGINAÇÃO — exportado em {1}\n".format(short.upper(), g.date("br", 2026)))
    dd, mm, yy = g.dob_parts(1932, 1966)
    doc.f("Lead #«id» — Credor(a): «n» — CPF «c» — Nasc. «d»«pr»\n", id=g.d(6), n=P(g.pick([cred.capsf, cred.caps, cred.full])), c=(g.cpf(), "BR_CPF"),
          d=(fmt_date(dd, mm, yy, g.pick(["br", "br", "iso"])), "DATE_OF_BIRTH"), pr=g.pick([" (prioridade por idade)", "", " (doença grave — verificar laudo)"]))
    doc.f("Ente: «e» | «ep» | ordem «o» | natureza «na» | face R$ «v» (data-base «db»)\n", e=ent, ep=ep_num(g, uf) if not fed else req_num(g), o=ordem(g),
          na=g.pick(["alimentar", "alimentar", "comum"]), v=brl(face(g)), db=g.date("br", g.pick([2023, 2024])))
    if "INSS" in ent:
        doc.f("NIT «n» | NB «b»\n", n=(g.pis(), "BR_PIS"), b=clean(g, lambda: f"{g.ri(1, 2)}{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}"))
    doc.f("Advogad«o» do processo: «l» («oab», «m»)\n", o=gw(lawyer, "o", "a"), l=P(lawyer.full), oab=(oab(g), "PROFESSIONAL_ID"),
          m=(corp_mail(lawyer, slug(lawyer.last) + ".adv.br", g) if g.chance(0.5) else g.email(lawyer), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("E-mail: «m»\n", m=(g.email(cred), "EMAIL_ADDRESS"))
    doc.f("Telefones: «a» (cel, «w») · «b» (fixo) · «c» («k» «kn»)\n", a=(lphone(g), "PHONE_NUMBER"), w=g.pick(["WhatsApp", "não atende", "atende à tarde"]),
          b=(lphone(g, mobile=False), "PHONE_NUMBER"), c=(lphone(g), "PHONE_NUMBER"), k=gw(kid, "filho", "filha"), kn=P(kid.first))
    doc.t("-" * 72 + "\n")
    d0 = datetime.date(2025, g.ri(1, 10), g.ri(1, 28))
    style = g.pick(["br", "iso"])
    entries = []
    entries.append(("ligação saída", [V(f"Atendeu {gw(kid, 'o filho', 'a filha')}, "), P(g.pick([kid.first, kid.short])),
                                      V(f". {gw(cred, 'O pai', 'A mãe')} tem {2025 - yy} anos e "), V(g.pick(["está acamad" + cred.o + ".", "tem Alzheimer; " + gw(kid, "ele", "ela") + " é curador" + gw(kid, "", "a") + " (interdição " + cnj_of(g, uf) + ").", "não escuta bem ao telefone.", "mora com " + gw(kid, "ele", "ela") + "."])),
                                      V(" Pediu proposta por e-mail: "), (g.email(kid), "EMAIL_ADDRESS"), V(".")]))
    entries.append(("whatsapp", [V(f"Enviada proposta de {pct(g)}% do líquido (honorários de 30% destacados). "), V(g.pick(["Achou baixo.", "Vai conversar com os irmãos.", "Pediu prazo até sexta."]))]))
    if g.chance(0.5):
        entries.append(("ligação saída", [V("Não atende. Caixa postal.")]))
    entries.append(("interno", [V("Passei o caso para "), P(g.pick([jur.full, jur.short])), V(" do jurídico conferir se há penhora no rosto dos autos e cessão anterior.")]))
    if g.chance(0.5):
        entries.append(("ligação entrada", [V(gw(lawyer, "O advogado ", "A advogada ")), P(g.pick([lawyer.short, lawyer.last])),
                                            V(" ligou do "), (lphone(g, mobile=False), "PHONE_NUMBER"), V(" pedindo 5 pontos a mais. Contraproposta: "), V(f"{pct(g)}%.")]))
    entries.append(("visita", [V("Motoboy "), P(moto.first) if g.chance(0.4) else V("da Flash Entregas"), V(" (placa "), (g.plate(), "LICENSE_PLATE"), V(") retirou a procuração assinada na "),
                               (home(g, "text", 0.05), "ADDRESS"), V(", CEP "), (g.cep(), "BR_CEP"), V(".")]))
    entries.append(("compliance", [V("PEP: não. Consulta ao CPF regular. Sem apontamentos em listas restritivas. "), V(g.pick(["Liberado.", "Aguardando CND estadual.", "Liberado com ressalva: herdeiros."]))]))
    for canal, parts in entries:
        d0 = d0 + datetime.timedelta(days=g.ri(0, 6))
        stamp = dbr(d0) + " " + g.hm() if style == "br" else f"{d0.isoformat()}T{g.hm()}"
        doc.t(f"[{stamp}] {g.pick(ops)} · {canal}\n    ")
        for s, lab in parts:
            doc.e(s, lab)
        doc.t("\n")
    if g.chance(0.5):
        doc.t(g.pick(["    obs.: " + word_neg(g) + "\n", "    obs.: lead quente, prioridade na fila de escrituras.\n"]))
    return doc


def spoken_phone(g: Gen, ph: str) -> str:
    d = re.sub(r"\D", "", ph)
    return g.pick([f"{d[:2]} {d[2:7]} {d[7:]}", f"{d[:2]} {d[2]} {d[3:7]} {d[7:]}", spoken_digits(d, g), f"{d[:2]} " + spoken_digits(d[2:], g)])


def speech_addr(g: Gen) -> tuple[str, str]:
    """(as the transcript writes it, as the attendant types it)."""
    t = g.pick(["Rua", "Rua", "Avenida", "Travessa", "Alameda"])
    name = g.pick(STREET_NAMES)
    n = g.ri(10, 2999)
    k = g.pick(["", "", "apartamento", "casa", "fundos"])
    kn = g.ri(11, 184) if k == "apartamento" else (g.ri(1, 4) if k == "casa" else "")
    spoken = f"{t} {name} numero {n}" + (f" {k} {kn}".rstrip() if k else "")
    typed = f"{t} {name}, {n}" + ({"apartamento": f", apto {kn}", "casa": f", casa {kn}", "fundos": ", fundos"}[k] if k else "")
    return fold(spoken).lower(), typed


def at_transcricao(g: Gen) -> Doc:
    """A speech-to-text transcript of an inbound call to the heirs' queue (lower case, no accents, speaker tags, time stamps): the
    attendant's first name; the heir (daughter or son) and the dead creditor; the creditor's CPF and the caller's CPF read out in
    groups or in words, the caller's birth date spoken, the phone read out, the address and CEP for the notary, the siblings and the
    inventory lawyer; then the typed record (clean values; the attendant's login not labelled)."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    att = g.person()
    cred = idoso(g)
    her = heir(g, cred)
    sibs = [heir(g, cred) for _ in range(g.ri(1, 2))]
    lawyer = g.person()
    ent, fed = ente(g, uf, 0.25, city)
    a_tag, c_tag = g.pick([("atendente", "cliente"), ("spk_0", "spk_1"), ("agente", "chamador"), ("ATD", "CLI")])
    sec = g.ri(1, 4)
    t0 = g.moment()

    def line(who: str, template: str, **vals) -> None:
        nonlocal sec
        doc.t(f"[{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}] {who}: ")
        doc.f(template, **vals)
        doc.t("\n")
        sec += g.ri(3, 25)

    cpf_cred, cpf_her = g.cpf_digits(), g.cpf_digits()
    dd, mm, yy = g.dob_parts(1958, 1992)
    ph = lphone(g, style="raw")
    cep = g.cep(False)
    addr = speech_addr(g)
    doc.f("TRANSCRIÇÃO AUTOMÁTICA — chamada «c» — «d» — fila: herdeiros/inventário\n\n", c=clean(g, lambda: g.hexs(12)), d=ts(t0, "br"))
    line(a_tag, "«f», bom dia, meu nome e «n», com quem eu falo", f=lower(short), n=P(lower(att.first)))
    line(c_tag, "bom dia, aqui e «n», eu sou «r» «x» «m» que tinha um precatorio contra «e»", n=P(lower(g.pick([her.full, her.short]))),
         r=gw(her, "filho", "filha"), x=gw(cred, "do", "da"), m=P(lower(g.pick([cred.full, cred.short, cred.first]))), e=lower(ent.split("–")[0].strip()))
    line(a_tag, "meus sentimentos. «s» me confirma o cpf «x» titular", s=ta(her), x=gw(cred, "do", "da"))
    line(c_tag, "«p»«c»", p=g.pick(["e ", "", "so um minuto, ta aqui, "]), c=(stt_cpf(cpf_cred, g), "BR_CPF"))
    line(a_tag, "e o cpf de quem esta falando")
    line(c_tag, "«c»", c=(stt_cpf(cpf_her, g), "BR_CPF"))
    line(a_tag, "data de nascimento")
    line(c_tag, "«d»", d=(spoken_date(g, dd, mm, yy), "DATE_OF_BIRTH"))
    line(a_tag, "um telefone com whatsapp")
    line(c_tag, "«p»", p=(spoken_phone(g, ph), "PHONE_NUMBER"))
    line(a_tag, "e o endereco para o cartorio levar os papeis")
    line(c_tag, "«a» no «b», cep «c»", a=(addr[0], "ADDRESS"), b=lower(g.pick(BAIRROS)),
         c=(g.pick([f"{cep[:5]} {cep[5:]}", spoken_digits(cep, g), f"{cep[:2]} {cep[2:5]} {cep[5:]}"]), "BR_CEP"))
    line(a_tag, "quantos herdeiros sao")
    sp = [P(lower(g.pick([s.first, s.short]))) for s in sibs]
    line(c_tag, "somos «n», eu e «s»«m»", n=len(sibs) + 1, s=sp if len(sp) == 1 else [sp[0], V(" e "), sp[1]],
         m=g.pick(["", ", minha mae ja faleceu tambem", ", e tem um neto tambem mas ele e menor"]))
    if g.chance(0.6):
        line(c_tag, "o inventario quem cuida e «o» «l»", o=gw(lawyer, "o doutor", "a doutora"), l=P(lower(g.pick([lawyer.full, lawyer.short]))))
    line(a_tag, "certo, vou registrar e a equipe de cadastro te chama no whatsapp ainda hoje")
    line(c_tag, g.pick(["ta bom, obrigada", "obrigado moca", "so uma coisa, voces cobram alguma taxa", "ta, fico aguardando"]))
    doc.f("\n--- REGISTRO (digitado por «l») ---\n", l=login(att, g))
    f = [("Herdeir" + gw(her, "o", "a"), P(her.full)), ("CPF", (fmt_cpf(cpf_her), "BR_CPF")), ("Nascimento", (fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH")),
         ("Telefone", (g.fmt_phone(ph[:2], ph[2:], "par"), "PHONE_NUMBER")), ("Falecid" + cred.o, P(g.pick([cred.full, cred.caps]))),
         ("CPF do falecido", (fmt_cpf(cpf_cred), "BR_CPF")), ("Óbito", V(dbr(t0.date() - datetime.timedelta(days=g.ri(20, 700))))), ("Ente", V(ent)),
         ("Demais herdeiros", V(str(len(sibs)))), ("Endereço", (addr[1], "ADDRESS")),
         ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP"))]
    kv_block(doc, f, g.pick(["plain", "dots", "caps"]))
    return doc


def mail_head(g: Gen, doc: Doc, frm: tuple, to: tuple, subj: str, t: datetime.datetime, cc: str | None = None, ip: bool = True) -> None:
    """Headers of an e-mail: From/To as 'Name <mail>' (each part a span), Date, Subject, X-Originating-IP sometimes."""
    doc.t("From: ")
    doc.e(frm[0], "PERSON")
    doc.t(" <")
    doc.e(frm[1], "EMAIL_ADDRESS")
    doc.t(">\nTo: ")
    doc.e(to[0], "PERSON")
    doc.t(" <")
    doc.e(to[1], "EMAIL_ADDRESS")
    doc.t(">\n")
    if cc:
        doc.t(f"Cc: {cc}\n")
    doc.t(f"Date: {mail_date(t)}\nSubject: {subj}\n")
    if ip:
        doc.t("X-Originating-IP: [")
        doc.e(g.ip_pub(), "IP_ADDRESS")
        doc.t("]\n")
    doc.t("\n")


def at_email(g: Gen) -> Doc:
    """An e-mail thread between the creditor's lawyer (name, office e-mail, OAB, phones, X-Originating-IP) and the firm's analyst
    (corporate e-mail, phone), the desk's role mailbox in copy (not labelled): the client with CPF and birth date (the priority by age
    argued), the fees destacados in the lawyer's favour, the counter-offer; the analyst's earlier proposal quoted."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    lawyer, an = g.person(), g.person()
    cli = idoso(g)
    ldom = slug(g.pick(LAW_FIRMS).split()[0]) + g.pick([".adv.br", "advogados.com.br", ".com.br"])
    lmail = corp_mail(lawyer, ldom, g)
    amail = corp_mail(an, dom, g)
    ent, fed = ente(g, uf, 0.2, city)
    fv = face(g)
    t0 = g.moment()
    t1 = t0 + datetime.timedelta(hours=g.ri(3, 70))
    subj = "RE: Proposta de aquisição — precatório " + ent
    mail_head(g, doc, (g.pick([lawyer.full, lawyer.short]), lmail), (an.full, amail), subj, t1, cc=f"propostas@{dom}")
    if g.chance(0.5):
        doc.f("Prezad«o» «n»,\n\n", o=gw(an, "o", "a"), n=P(an.first))
    else:
        doc.t("Prezados,\n\n")
    doc.f("«x», «c», CPF «cpf», nascid«o» em «d», tem direito à superpreferência por idade (art. 100, §2º, da Constituição). "
          "A parcela superpreferencial, de até três vezes o limite de RPV, deve ser paga ainda neste exercício; para ela o deságio de «p»% não faz sentido.\n\n",
          x=gw(cli, "Meu cliente", "Minha cliente"), c=P(g.pick([cli.full, cli.caps])), cpf=(g.cpf(), "BR_CPF"), o=cli.o,
          d=(edob(g, g.pick(["br", "long"])), "DATE_OF_BIRTH"), p=100 - pct(g))
    doc.f("Os honorários contratuais de 30% estão destacados em meu favor no ofício requisitório ({0}) e não entram na cessão. "
          "Contraproposta: «a»% sobre o saldo, pagamento em conta d«o» client«e»«b».\n\n".format(ep_num(g, uf) if not fed else req_num(g)), a=pct(g) + g.ri(5, 12), o=cli.o, e=gw(cli, "e", "e"),
          b=[V(" (ag. "), (g.agency(), "BANK_ACCOUNT"), V(", c/c "), (g.account(), "BANK_ACCOUNT"), V(")")] if g.chance(0.4) else "")
    doc.f("Atenciosamente,\n«n»\n«o»\n«f»\n«t» | «m»\n\n", n=P(lawyer.full), o=(oab(g), "PROFESSIONAL_ID"), f=g.pick(LAW_FIRMS),
          t=(lphone(g, mobile=False), "PHONE_NUMBER"), m=(lphone(g), "PHONE_NUMBER"))
    doc.f("> Em «d», «n» <«m»> escreveu:\n", d=ts(t0, "br"), n=P(an.full), m=(amail, "EMAIL_ADDRESS"))
    doc.f("> «o» «l», bom dia.\n> Conforme conversamos, a «s» propõe adquirir o crédito de «c» ({0}, ordem «r») por «p»% do valor líquido,\n"
          "> com data-base de «db». O cálculo atualizado pela {1} aponta R$ «v». Pagamento à vista no ato da escritura.\n"
          "> Seria prudente fechar antes da publicação do novo mapa orçamentário.\n".format(ep_num(g, uf) if not fed else req_num(g), g.pick(["EC 113/2021 (Selic)", "tabela do Tribunal", "Resolução CNJ 303/2019"])),
          o=dr(lawyer), l=P(lawyer.last), s=short, c=P(g.pick([cli.short, cli.full])), r=ordem(g), p=pct(g), db=g.date("br", 2025), v=brl(fv))
    doc.f("> --\n> Mesa de Originação | «f»\n> «t»\n", f=short, t=(lphone(g, "SP", mobile=g.chance(0.5)), "PHONE_NUMBER"))
    return doc


def at_lead(g: Gen) -> Doc:
    """The landing page's leads ('Quero vender meu precatório') exported from the CRM webhook as pretty JSON or one object a line: the
    person (creditor, heir or lawyer), CPF, birth date, e-mail, mobile, debtor, process number (not labelled), the estimated value,
    the consent flag, the public IP and an internal proxy IP (not labelled), the user agent, UTM tags, the desk member it was assigned
    to (a name; the bot that answered is not a person)."""
    doc = Doc()
    firm, dom, short = g.pick(FIRMS)
    n = g.ri(2, 4)
    pretty = g.chance(0.5)
    doc.f("# export: leads até «d» — webhook landing /vender-precatorio → CRM «s» (bot de boas-vindas: «b»)\n", d=fmt_date(g.ri(1, 28), g.ri(1, 3), 2026, "iso"), s=short,
          b=g.pick(["Aurora Bot", "Assistente Virtual", "Prudente Responde", "Robô Bento"]))
    staff = [g.person() for _ in range(3)]
    for i in range(n):
        city, uf = where(g)
        kind = g.pick(["credor", "credor", "herdeiro", "advogado"])
        cred = idoso(g)
        p = cred if kind == "credor" else (heir(g, cred) if kind == "herdeiro" else g.person())
        ent, fed = ente(g, uf, 0.25, city)
        st = g.pick(staff)
        obj = {"lead_id": clean(g, lambda: g.hexs(10)), "criado_em": ts(g.moment(datetime.date(2025, g.ri(1, 12), g.ri(1, 28))), "iso"), "perfil": kind, "nome": P(g.pick([p.full, p.full, p.caps, lower(p.full)])),
               "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")}
        if kind != "advogado":
            obj["data_nascimento"] = (edob(g, "iso") if kind == "credor" else hdob(g, "iso"), "DATE_OF_BIRTH")
        else:
            obj["oab"] = (oab(g, uf), "PROFESSIONAL_ID")
        obj["email"] = (g.email(p), "EMAIL_ADDRESS")
        obj["celular"] = (lphone(g, style=g.pick(["e164", "raw", "par"])), "PHONE_NUMBER")
        if g.chance(0.7):
            obj["cep"] = (g.cep(g.chance(0.5)), "BR_CEP")
        obj["uf"] = uf
        obj["ente_devedor"] = ent
        obj["processo"] = (fed_cnj(g, uf) if fed else cnj_of(g, uf)) if g.chance(0.7) else "não sei"
        if kind == "herdeiro":
            obj["nome_titular_falecido"] = P(cred.full)
        if kind == "advogado":
            obj["nome_cliente"] = P(cred.full)
        obj["valor_aproximado"] = round(face(g), 2)
        obj["consentimento_lgpd"] = True
        obj["ip"] = (g.ip(), "IP_ADDRESS")
        obj["ip_proxy"] = g.ip_priv()
        obj["user_agent"] = g.pick(["Mozilla/5.0 (Linux; Android 12; SM-A125M)", "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X)",
                                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"])
        obj["utm"] = {"source": g.pick(["google", "facebook", "instagram", "indicacao"]), "campaign": g.pick(["precatorio-sp", "rpv-inss", "herdeiros", "idosos-60"])}
        obj["atribuido_a"] = {"login": login(st, g), "nome": P(g.pick([st.full, st.short]))}
        jval(doc, obj, 0 if pretty else None)
        doc.t("\n")
    return doc


def at_ficha(g: Gen) -> Doc:
    """The cedente's registration form (ficha cadastral, KYC) filled by hand, scanned and OCR'd: rn/m, cl/d, I/l, O/0 and c/e in the
    words and the names (a damaged name is still a person); identifiers clean: name, CPF, RG, birth date, birthplace, marital status,
    the spouse with CPF, job, address, CEP, phones, e-mail, the bank account for the price; the PEP box; the signature line as a name;
    the desk member who checked it."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    p = idoso(g)
    chk = g.person()
    W = g.ri(44, 54)
    o = lambda s: ocr_t(s, g, 0.25)
    on = lambda s: ocr(s, g, 0.3, names=True)
    doc.t(o(f"{firm.upper()}\nFICHA CADASTRAL — CEDENTE PESSOA FÍSICA\n") + "=" * (W + 26) + "\n")
    doc.t(o("Nome completo: "))
    doc.e(on(g.pick([p.caps, p.full])), "PERSON")
    doc.t("\n")
    two(doc, (o("CPF"), (g.cpf(), "BR_CPF")), (o("RG"), (g.rg(), "BR_RG")) if g.chance(0.8) else (o("CNH"), (g.cnh(), "BR_CNH")), W)
    if g.chance(0.5):
        two(doc, (o("NIT/PIS"), (g.pis(), "BR_PIS")), (o("Título eleitor"), (g.titulo(), "BR_TITULO_ELEITOR")) if g.chance(0.5) else None, W)
    two(doc, (o("Data de nasc."), (edob(g, g.pick(["br", "br", "short"])), "DATE_OF_BIRTH")), (o("Naturalidade"), V(f"{g.pick(CITIES)[0]}")), W)
    civil = g.pick(CIVIL[p.female])
    two(doc, (o("Estado civil"), V(civil)), (o("Profissão"), V(g.pick(CARGOS[p.female]))), W)
    if civil.startswith("casad") or civil == "em união estável":
        sp = g.relative(p, not p.female)
        sp = Person(sp.given, sp.surnames, not p.female)
        two(doc, (o("Cônjuge"), P(on(sp.full))), (o("CPF cônj."), (g.cpf(), "BR_CPF")), W)
        doc.t(o("Regime de bens: ") + g.pick(["comunhão parcial", "comunhão universal", "separação total"]) + "\n")
    doc.t(o("Endereço: "))
    doc.e(home(g, g.pick(["text", "caps"]), 0.05), "ADDRESS")
    doc.t("\n")
    two(doc, (o("Bairro"), V(g.pick(BAIRROS))), (o("Cidade/UF"), V(f"{city}/{uf}")), W)
    two(doc, (o("CEP"), (g.cep(), "BR_CEP")), (o("Telefone"), (lphone(g, mobile=False), "PHONE_NUMBER")) if g.chance(0.6) else None, W)
    two(doc, (o("Celular"), (lphone(g), "PHONE_NUMBER")), (o("E-mail"), (g.email(p), "EMAIL_ADDRESS")) if g.chance(0.6) else None, W)
    doc.t("-" * (W + 26) + "\n" + o("DADOS BANCÁRIOS PARA RECEBIMENTO DO PREÇO (conta de titularidade do cedente)\n"))
    b = g.pick(BANKS)
    doc.f(o("Banco: ") + f"{b[0]} - {b[1]}   " + o("Agência: ") + "«a»   " + o("Conta: ") + "«c»   ( ) poupança  (X) corrente\n",
          a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.t(o("Pessoa politicamente exposta (PEP)?  ( ) sim   (X) não\n"))
    doc.t(o("Declaro que as informações são verdadeiras e que os recursos não têm origem ilícita (Lei 9.613/1998).\n"))
    doc.f(o(f"{city}, ") + "«d»\n" + o("Assinatura: ") + "«n»\n", d=g.docdate("br"), n=P(on(g.pick([p.full, p.short]))))
    doc.f(o("Conferido por: ") + "«c» — " + o("mesa de cadastro") + "   [carimbo ilegível]\n", c=P(on(g.pick([chk.full, chk.short]))))
    return doc


def at_reclamacao(g: Gen) -> Doc:
    """A complaint on the public consumer platform by the son or daughter of an old creditor harassed by calls offering to buy her
    precatório (the consumer's name, CPF, e-mail, phone; the mother's name, age, illness, the numbers that called, a caller who gave a
    name); the firm's reply by a named ombudsman analyst (the mother's CPF, the firm's 0800 not labelled, the erasure under the
    LGPD); the consumer's rejoinder; the rating."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    mom = idoso(g, g.chance(0.7))
    son = heir(g, mom)
    caller, ouv = g.person(False), g.person()
    ent, fed = ente(g, uf, 0.15, city)
    dz, dis = g.pick(GRAVE)
    doc.f("consumidor.gov.br — Reclamação nº «n» — Empresa: «f»\nSituação: «s»\n\n", n=clean(g, lambda: f"{g.ri(2025, 2026)}.{g.d(2)}/{g.d(8)}"), f=firm,
          s=g.pick(["Finalizada não avaliada", "Finalizada avaliada", "Respondida"]))
    kv_block(doc, [("Consumidor(a)", P(son.full)), ("CPF", (g.cpf(), "BR_CPF")), ("E-mail", (g.email(son), "EMAIL_ADDRESS")),
                   ("Telefone", (lphone(g), "PHONE_NUMBER")), ("Cidade/UF", V(f"{city}/{uf}")), ("Assunto", V("Oferta/Publicidade — assédio na compra de precatório"))],
             g.pick(["plain", "dots"]))
    calls = [(lphone(g, g.pick(["SP", "SP", uf])), "PHONE_NUMBER") for _ in range(g.ri(1, 3))]
    cparts: list = []
    for k, c in enumerate(calls):
        cparts += ([V(", ")] if k else []) + [c]
    doc.t("\nRelato:\n")
    el = gw(mom, "ele", "ela")
    doc.f(tp(g, f"{gw(mom, 'Meu pai', 'Minha mãe')}, «n», de «a» anos, recebe ligações todos os dias de números diferentes («c») oferecendo comprar o precatório {gw(mom, 'dele', 'dela')} contra o «e». "
          f"{el.capitalize()} tem «d» e fica nervos{mom.o}. Na última ligação um rapaz que se apresentou como «k» disse que se {el} não assinasse naquela semana perderia o direito. "
          f"Isso é mentira e é assédio contra pessoa idosa (Lei 10.741/2003). Quero que parem de ligar e apaguem os dados {gw(mom, 'dele', 'dela')} (Lei 13.709/2018).\n", 0.3),
          n=P(g.pick([mom.full, mom.short])), a=2025 - g.ri(1934, 1958), c=cparts, e=ent, d=dis, k=P(g.pick([caller.first, caller.short])))
    doc.f("\nResposta da empresa («d»):\nPrezad«o» «n», localizamos o cadastro «m» (CPF «c»). O número «x» não pertence à «s»; nossos canais oficiais são o 0800 «z» e o e-mail ouvidoria@«dom». "
          "Não temos colaborador com o nome informado; vamos registrar o caso, que parece tentativa de golpe. Os dados foram bloqueados para contato e a exclusão foi solicitada ao DPO. "
          "Atenciosamente, «w» — Ouvidoria «s».\n", d=g.date("br", 2026), w=P(g.pick([ouv.full, ouv.short])), o=gw(son, "o", "a"), n=P(son.first),
          m=gw(mom, "do seu pai", "da sua mãe"), c=(g.cpf(), "BR_CPF"),
          x=calls[0], s=short, z=f"{g.d(3)} {g.d(4)}", dom=dom)
    rep = g.pick(["As ligações pararam. Obrigad" + son.o + ".", "Continuam ligando, agora de outro número: «x».", "Não resolveu nada, só copiaram e colaram."])
    doc.f("\nRéplica d«o» consumidor«a»: " + tp(g, rep, 0.2) + "\nNota: «nn»/5 — Resolvida? «y»\n", o=gw(son, "o", "a"), a=gw(son, "", "a"),
          nn=g.ri(1, 5), y=g.pick(["Sim", "Não"]), x=(lphone(g), "PHONE_NUMBER"))
    return doc


# ------------------------------------------------------------------ juridico

def credit_desc(g: Gen, uf: str, city: str, ent: str, fed: bool, fv: float) -> str:
    proc = fed_cnj(g, uf) if fed else cnj_of(g, uf)
    num_ = req_num(g) if fed else ep_num(g, uf)
    return (f"o crédito consubstanciado no {'ofício requisitório ' + num_ if fed else num_}, ordem cronológica {ordem(g)}, expedido nos autos do processo nº {proc} "
            f"({vara(g, city, fed)}), em face de {ent}, de natureza {g.pick(['alimentar', 'alimentar', 'comum'])} ({g.pick(ORIGENS_FED if fed else ORIGENS)}), com valor de face de R$ {brl(fv)} "
            f"na data-base de {g.date('br', g.pick([2023, 2024]))}")


def ju_cessao(g: Gen) -> Doc:
    """The private deed of assignment of a precatório (instrumento particular de cessão de crédito), in clauses, mixed case or capitals:
    the cedente qualified (job, RG or CNH, CPF, birth date sometimes, e-mail and phone sometimes, address, CEP), the spouse's consent
    with CPF; the buying firm's CNPJ and its director with CPF; the credit (precatório, order, CNJ number, court, debtor, nature, face
    value: none labelled); the lawyer's fees excluded (name, OAB); the price in figures and words paid to the cedente's agency and
    account or to a random Pix key; the declarations (no prior cession, no attachment, the preference not transferred); the
    communication to the court; signatures, witnesses with CPF, an e-signature log with e-mails and IPs sometimes."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    caps = g.chance(0.3)
    up = (lambda s: fold(s).upper()) if caps else (lambda s: s)
    ced = idoso(g)
    dirp, lawyer = g.person(), g.person()
    ent, fed = ente(g, uf, 0.25, city)
    fv = face(g)
    price = round(fv * 0.7 * pct(g) / 100, 2)
    doc.t(up(f"INSTRUMENTO PARTICULAR DE CESSÃO DE CRÉDITO DE PRECATÓRIO Nº {cessao_num(g)}\n\n"))
    doc.t(up("CEDENTE: "))
    married = g.chance(0.45)
    qualify(g, doc, ced, caps=caps, dob=g.chance(0.5) and (1932, 1966), job=g.pick(CARGOS[ced.female]), where=(city, uf), email=g.chance(0.6), phone=g.chance(0.6),
            civil=gw(ced, "casado", "casada") if married else g.pick(["viúvo" if not ced.female else "viúva", gw(ced, "divorciado", "divorciada"), gw(ced, "solteiro", "solteira")]),
            titulo=g.chance(0.2), rural=0.04)
    if married:
        sp = Person(g.relative(ced, not ced.female).given, g.relative(ced, not ced.female).surnames, not ced.female)
        doc.f(up("; e seu cônjuge ") + "«n»" + up(", CPF ") + "«c»" + up(", que comparece para anuir (art. 1.647 do Código Civil)"),
              n=P(sp.capsf if caps else sp.full), c=(g.cpf(), "BR_CPF"))
    doc.t(";\n")
    doc.f(up(f"CESSIONÁRIA: {firm}, inscrita no CNPJ sob o nº ") + "«c»" + up(", neste ato representada por seu diretor") + gw(dirp, "", "a") + " «d»" + up(", CPF ") + "«dc»;\n\n",
          c=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), d=P(dirp.capsf if caps else dirp.full), dc=(g.cpf(), "BR_CPF"))
    doc.t(up("CLÁUSULA 1ª — DO OBJETO. O CEDENTE cede e transfere à CESSIONÁRIA, em caráter irrevogável, ") + up(f"{g.pick(['a totalidade (100%) d', f'{g.ri(60, 90)}% d'])}") +
          up(credit_desc(g, uf, city, ent, fed, fv)) + ".\n")
    doc.f(up("Parágrafo único. Excluem-se da cessão os honorários contratuais destacados em favor de") + gw(lawyer, " ", " ") + "«l» («o»)" + up(", que seguem com o(a) advogado(a).\n"),
          l=P(lawyer.capsf if caps else lawyer.full), o=(oab(g), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        b = g.pick(BANKS)
        doc.f(up(f"CLÁUSULA 2ª — DO PREÇO. R$ {brl(price)} ({extenso(price)}), pagos por TED em até 2 dias úteis após a assinatura, na conta de titularidade do CEDENTE no {b[1]}, agência ")
              + "«a»" + up(", conta corrente ") + "«c»" + up(", valendo o comprovante como recibo.\n"), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f(up(f"CLÁUSULA 2ª — DO PREÇO. R$ {brl(price)} ({extenso(price)}), pagos por Pix na chave aleatória do CEDENTE ") + "«k»" + up(", valendo o comprovante como recibo.\n"),
              k=(g.uuid(), "PIX_KEY"))
    doc.t(up("CLÁUSULA 3ª — DAS DECLARAÇÕES. O CEDENTE declara que não cedeu anteriormente o crédito, que não há penhora no rosto dos autos e que está ciente de que "
             "a cessão não transfere à CESSIONÁRIA a superpreferência nem a natureza de RPV (art. 100, §13, da Constituição).\n"))
    doc.t(up(f"CLÁUSULA 4ª — DA COMUNICAÇÃO. A CESSIONÁRIA comunicará a cessão ao juízo da execução e à entidade devedora ({g.pick(['art. 100, §14, da Constituição', 'Resolução CNJ 303/2019', 'arts. 286 a 298 do Código Civil'])}).\n"))
    doc.t(up(f"CLÁUSULA 5ª — DO FORO. Fica eleito o foro da Comarca de {city}/{uf}.\n\n{city}, {g.docdate()}.\n"))
    signed(g, doc, ced, "CEDENTE", caps=caps)
    signed(g, doc, dirp, short + " — CESSIONÁRIA", caps=caps)
    witnesses(g, doc, 2, caps)
    if g.chance(0.45):
        esign_log(g, doc, [(ced, g.email(ced)), (dirp, corp_mail(dirp, dom, g))], g.moment(datetime.date(2026, g.ri(1, 6), g.ri(1, 25))))
    return doc


def ju_habilitacao(g: Gen) -> Doc:
    """The heirs' petition to be substituted for the dead creditor in the execution (habilitação, arts. 687-692 of the CPC): the court,
    the process and precatório numbers (not labelled); the estate of the dead creditor; two to four heirs qualified (job, RG or CNH,
    CPF, address, CEP; an e-mail sometimes); the death date and the death certificate's registration number (not labelled); the
    inventory's administrator; a table of shares (name, relation, CPF, share); the request for separate requisitions; the lawyer with
    OAB and e-mail."""
    doc = Doc()
    city, uf = where(g)
    dead = idoso(g)
    heirs = [heir(g, dead) for _ in range(g.pick([2, 2, 3, 3, 4]))]
    lawyer = g.person()
    ent, fed = ente(g, uf, 0.3, city)
    juiz = "JUIZ FEDERAL" if fed else "JUIZ DE DIREITO"
    cpfs = [g.cpf() for _ in heirs]
    doc.t(f"EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) {juiz} DA {fold(vara(g, city, fed)).upper()}\n\n")
    doc.f("Processo nº «p»\n«e»\nExequente: ESPÓLIO DE «n»\nExecutado: «x»\n\n", p=fed_cnj(g, uf) if fed else cnj_of(g, uf), e=(req_num(g) if fed else ep_num(g, uf)),
          n=P(dead.capsf), x=ent)
    for k, h in enumerate(heirs):
        qualify(g, doc, h, rg=True, email=g.chance(0.45), phone=g.chance(0.4), dob=g.chance(0.4) and (1950, 1995), cpf=cpfs[k], titulo=g.chance(0.2), where=where(g, uf) if g.chance(0.7) else where(g), job=None, rural=0.03,
                civil=g.pick(CIVIL[h.female]))
        doc.t(";\n" if k < len(heirs) - 1 else ",\n")
    _CUR["uf"] = uf
    doc.f("na qualidade de herdeiros de «n», falecid«o» em «d» (certidão de óbito, matrícula «m»), vêm, por «a» advogad«o2» que esta subscreve, requerer a sua HABILITAÇÃO "
          "nos autos, com fundamento nos arts. 687 a 692 do CPC, pelos fatos a seguir.\n\n", n=P(g.pick([dead.full, dead.caps])), o=dead.o,
          d=g.date("long", g.pick([2023, 2024, 2025])), m=clean(g, lambda: f"{g.d(6)} {g.d(2)} {g.d(2)} {g.ri(2023, 2025)} {g.d(1)} {g.d(5)} {g.d(3)} {g.d(7)} {g.d(2)}"),
          a=gw(lawyer, "seu", "sua"), o2=lawyer.o)
    adm = g.pick(heirs)
    doc.f("1. O crédito requisitado em favor d«o» falecid«o» ainda não foi pago. O inventário tramita sob o rito de arrolamento, sendo inventariante «i».\n",
          o=dead.o, i=P(g.pick([adm.full, adm.short])))
    doc.t("2. Os herdeiros requerem a expedição de requisições individualizadas, na proporção abaixo:\n\n")
    share = round(100 / len(heirs), 2)
    rows = [[P(g.pick([h.full, h.caps])), V(gw(h, "filho", "filha")), (c, "BR_CPF"), V(f"{num(share, 2)}%")] for h, c in zip(heirs, cpfs)]
    table_ruled(doc, ["herdeiro(a)", "parentesco", "CPF", "quinhão"], rows, g.pick(["plus", "plain", "md", "pipe"]))
    doc.f("\n3. Requer a intimação da entidade devedora («x») e, após, a comunicação ao setor de precatórios («s») para retificação do beneficiário.\n\nTermos em que pede deferimento.\n«c», «d».\n\n«l»\n«o»\n«m»\n",
          x=ent, s=("Tribunal" if fed else setor(uf)), c=city, d=g.docdate(), l=P(g.pick([lawyer.full, lawyer.caps])), o=(oab(g), "PROFESSIONAL_ID"),
          m=(corp_mail(lawyer, slug(lawyer.last) + g.pick([".adv.br", "advocacia.com.br"]), g), "EMAIL_ADDRESS"))
    return doc


def ju_comunicacao(g: Gen) -> Doc:
    """The buying firm's petition communicating the assignment to the court (art. 100, §14; Resolução CNJ 303/2019), with the
    cedente's name and CPF, the firm's CNPJ, the share assigned, the public deed's book and page; the decision ('anote-se') by a named
    judge; the clerk's certificate of registration; the firm's lawyer with OAB and the cedente's lawyer intimated (OAB)."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    ced = idoso(g)
    fl, cl_, juiz, esc = g.person(), g.person(), g.person(), g.person()
    ent, fed = ente(g, uf, 0.2, city)
    trib = tribunal(uf, fed)
    fcnpj = g.any_cnpj()
    d1 = datetime.date(2026, g.ri(1, 3), g.ri(1, 28))
    d2 = d1 + datetime.timedelta(days=g.ri(5, 40))
    d3 = d2 + datetime.timedelta(days=g.ri(1, 15))
    doc.t(f"EXCELENTÍSSIMO(A) SENHOR(A) {'DESEMBARGADOR(A) PRESIDENTE DO ' + fold(trib).upper() if g.chance(0.5) else 'JUIZ(A) DA ' + fold(vara(g, city, fed)).upper()}\n\n")
    doc.f("«e» — Processo de origem «p»\n\n", e=req_num(g) if fed else ep_num(g, uf), p=fed_cnj(g, uf) if fed else cnj_of(g, uf))
    doc.f("«f», CNPJ «c», por seu advogado, vem COMUNICAR a cessão de «q» do crédito de titularidade de «n», CPF «cpf», RG «rg», conforme escritura pública lavrada no «t», livro «l», folhas «fl», "
          "e requerer o registro da cessionária como beneficiária (art. 100, §14, da Constituição; art. 45 da Resolução CNJ 303/2019), "
          "ciente de que não se transferem as preferências do art. 100, §2º.\n\n",
          f=firm, c=(fcnpj, "BR_CNPJ"), q=g.pick(["100%", f"{g.ri(50, 90)}%"]), n=P(g.pick([ced.full, ced.caps])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          t=f"{g.ri(1, 30)}º Tabelião de Notas de {city}", l=g.ri(1000, 4999), fl=f"{g.ri(1, 399)}/{g.ri(1, 399)}")
    doc.f("Requer, ainda, que os valores sejam depositados na conta da cessionária no «b», agência «a», conta «ac».\n\n", b=g.pick(BANKS)[1],
          a=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.f("«c», «d».\n«l» — «o» — «m»\n\n", c=city, d=dbr(d1, "long"), l=P(fl.full), o=(oab(g), "PROFESSIONAL_ID"), m=(corp_mail(fl, dom, g), "EMAIL_ADDRESS"))
    doc.t("-" * 60 + "\nDECISÃO\n")
    doc.f("Vistos. Comprovada a cessão por escritura pública, anote-se «f» como cessionária «q» do crédito, mantida a natureza do crédito e afastadas as preferências pessoais d«o» cedente. "
          "Intime-se «a» advogad«b» d«o» cedente, «x» («xo»), e a entidade devedora. Int.\n«c», «d».\n«j»\n«r»\n\n",
          f=firm, q=g.pick(["da totalidade", "da parte indicada"]), o=ced.o, a=gw(cl_, "o", "a"), b=cl_.o, x=P(g.pick([cl_.full, cl_.short])),
          xo=(oab(g), "PROFESSIONAL_ID"), c=city, d=dbr(d2), j=P(g.pick([juiz.full, juiz.caps])),
          r=gw(juiz, "Juiz Assessor da Presidência", "Juíza Assessora da Presidência") if g.chance(0.5) else gw(juiz, "Juiz de Direito", "Juíza de Direito"))
    doc.f("CERTIDÃO\nCertifico que registrei a cessão no sistema de precatórios em «d», beneficiária «f» (CNPJ «c»). Eu, «e», escrevente técnic«o», subscrevi.\n",
          d=dbr(d3), f=short, c=(fcnpj, "BR_CNPJ"), e=P(g.pick([esc.full, esc.short])), o=esc.o)
    return doc


def ju_dd(g: Gen) -> Doc:
    """The legal team's due-diligence checklist of a credit before the purchase (text with [x], [ ] and [!] boxes, or a Markdown table):
    the cedente (name, CPF, birth date, RG), the spouse with CPF and the marriage regime; the federal, labour and state certificates;
    the civil distributor with a lawsuit against the cedente (the creditor's name sometimes a person); an attachment on the records for
    alimony (the beneficiary named); the RENAJUD search with a plate; the lawyer's fees destacados (name, OAB); the analyst and the
    reviewer; the risk score (none of the case, protocol and process numbers labelled)."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    ced = idoso(g)
    an, rev, lawyer = g.person(), g.person(), g.person()
    ent, fed = ente(g, uf, 0.2, city)
    md = g.chance(0.4)
    doc.f("«f» — JURÍDICO — CHECKLIST DE DUE DILIGENCE — operação «o»\n", f=short.upper(), o=cessao_num(g))
    doc.f("Cedente: «n» | CPF «c» | nasc. «d» | RG «r»\nContato: «t» | «m»\nCrédito: «e» — «x» — ordem «oo»\n\n", n=P(g.pick([ced.full, ced.caps])), c=(g.cpf(), "BR_CPF"),
          t=(lphone(g), "PHONE_NUMBER"), m=(g.email(ced), "EMAIL_ADDRESS"),
          d=(edob(g, g.pick(["br", "iso"])), "DATE_OF_BIRTH"), r=(g.rg(), "BR_RG"), e=ent, x=req_num(g) if fed else ep_num(g, uf), oo=ordem(g))
    items: list[tuple[str, list]] = []
    items.append(("x", [V("Trânsito em julgado e cálculo homologado — ok")]))
    items.append(("x", [V("CND Receita Federal/PGFN — negativa")]))
    items.append(("x", [V("CNDT (Justiça do Trabalho) — negativa")]))
    if g.chance(0.6):
        cr = g.person()
        items.append(("!", [V("Distribuidor cível — 1 ação de cobrança contra o cedente (" + cnj_of(g, uf) + "), autor "), P(g.pick([cr.full, cr.caps])) if g.chance(0.5) else V(g.pick(["Banco Pan S.A.", "Condomínio Edifício Flor de Lis", "Cooperativa Aurora"])), V(", valor R$ " + brl(g.ri(2000, 60000)))]))
    else:
        items.append(("x", [V("Distribuidor cível e criminal — nada consta")]))
    if g.chance(0.45):
        ben = heir(g, ced)
        items.append(("!", [V("Penhora no rosto dos autos — SIM: pensão alimentícia em favor de "), P(g.pick([ben.full, ben.short])), V(", representad" + ben.o + " pela mãe; reservar R$ " + brl(g.ri(8000, 90000)))]))
    else:
        items.append(("x", [V("Penhora no rosto dos autos — não há")]))
    items.append(("x", [V("Cessões anteriores / compensações — não há registro no " + trib_sigla(uf, fed))]))
    items.append(("x", [V("Honorários contratuais destacados (30%) — "), P(lawyer.full), V(" ("), (oab(g), "PROFESSIONAL_ID"), V(")")]))
    if g.chance(0.6):
        items.append(("!" if g.chance(0.5) else "x", [V("RENAJUD — veículo placa "), (g.plate(), "LICENSE_PLATE"), V(g.pick([" com restrição de transferência", " sem restrição", " alienado fiduciariamente"]))]))
    if g.chance(0.55):
        sp = Person(g.relative(ced, not ced.female).given, g.relative(ced, not ced.female).surnames, not ced.female)
        items.append((" ", [V("Cônjuge "), P(sp.full), V(", CPF "), (g.cpf(), "BR_CPF"), V(f" — {g.pick(['comunhão parcial', 'comunhão universal'])}: colher anuência")]))
    else:
        items.append(("x", [V("Estado civil: " + g.pick(CIVIL[ced.female]) + " — certidão atualizada juntada")]))
    items.append((" ", [V("Endereço para diligência do cartório: "), (home(g, "text", 0.05), "ADDRESS"), V(", CEP "), (g.cep(), "BR_CEP")]))
    if g.chance(0.4):
        items.append(("!", [V("Superpreferência já paga parcialmente em " + g.date("br", 2024) + " — abater do valor de face")]))
    if md:
        doc.t("| status | item |\n|---|---|\n")
        for st, parts in items:
            doc.t(f"| {'OK' if st == 'x' else ('ATENÇÃO' if st == '!' else 'PENDENTE')} | ")
            for s_, lab in parts:
                doc.e(s_, lab)
            doc.t(" |\n")
    else:
        for st, parts in items:
            doc.t(f"[{st}] ")
            for s_, lab in parts:
                doc.e(s_, lab)
            doc.t("\n")
    doc.f("\nRisco: «r». Elaborado por «a» em «d»; revisado por «v» («vo»).\n", r=g.pick(["baixo", "médio", "médio-alto"]), a=P(g.pick([an.full, an.short])), d=g.date("br", 2026),
          v=P(g.pick([rev.full, rev.short])), vo=(oab(g, "SP"), "PROFESSIONAL_ID"))
    return doc


def ju_lista(g: Gen) -> Doc:
    """The court's published list of a debtor's precatórios in chronological order (aligned columns, +---+ or a CSV): order, the
    precatório's number, the process, the creditor (persons' names in capitals, an estate's name, a law firm for the fees, an
    assignee firm 'cessionário'), nature, preference, date of filing, updated value; the masked CPF of the public list (not labelled);
    the footer with the director's name."""
    doc = Doc()
    city, uf = where(g, g.pick(["SP", "SP", "RJ", "MG", "PR", "RS", "BA", "PE", "GO", "DF", "CE"]))
    ent, fed = ente(g, uf, 0.0, city)
    dire = g.person()
    doc.f("«t»\n«s»\nLISTA DE ORDEM CRONOLÓGICA DE PAGAMENTOS — ENTIDADE DEVEDORA: «e»\nRegime especial (EC 94/2016 e EC 109/2021) — posição em «d»\n\n",
          t=fold(tribunal(uf, False)).upper(), s=setor(uf), e=fold(ent).upper(), d=g.date("br", 2026))
    rows = []
    fcnpj: dict[str, str] = {}
    o0 = g.ri(800, 6000)
    for k in range(g.ri(6, 9)):
        kind = g.pick(["p", "p", "p", "esp", "adv", "adv", "ces"])
        p = idoso(g)
        if kind == "p":
            cred = [P(g.pick([p.capsf, p.capsf, p.caps]))]
        elif kind == "esp":
            cred = [V("ESPÓLIO DE "), P(p.capsf)]
        elif kind == "adv":
            cred = [V(fold(g.pick(LAW_FIRMS)).upper()[:34] + " (HON.)")]
        else:
            fsh = g.pick(FIRMS)[2]
            cred = [P(p.capsf), V(" / CESS.: " + fold(fsh).upper())]
            fcnpj.setdefault(fsh, g.any_cnpj())
        nat = g.pick(["ALIMENTAR", "ALIMENTAR", "COMUM"])
        pref = g.pick(["—", "—", "IDOSO", "DOENÇA GRAVE", "PCD"]) if nat == "ALIMENTAR" and kind in ("p", "esp") else "—"
        mcpf = (g.any_cnpj() if kind == "adv" else fcnpj[fsh], "BR_CNPJ") if kind in ("adv", "ces") else V(g.pick([f"***.{g.d(3)}.{g.d(3)}-**", f"***.{g.d(3)}.{g.d(3)}-**", "—"]))
        rows.append([V(str(o0 + k)), V(ep_num(g, uf).replace("EP ", "").replace("Precatório nº ", "").replace("Precatório ", "")), cred, mcpf,
                     (oab(g, uf if g.chance(0.8) else None), "PROFESSIONAL_ID") if g.chance(0.95) else V("—"), V(nat), V(pref),
                     V(g.date("br", g.ri(2008, 2022))), V(brl(g.ri(15000, 2500000) + g.ri(0, 99) / 100))])
    cols = ["ordem", "precatório", "credor", "CPF/CNPJ", "advogado", "natureza", "pref.", "apresentação", "valor atualizado"]
    if g.chance(0.3):
        doc.t(";".join(cols) + "\n")
        for r in rows:
            for i, c in enumerate(r):
                if i:
                    doc.t(";")
                for s_, lab in (c if isinstance(c, list) else [c]):
                    doc.e(s_, lab)
            doc.t("\n")
    else:
        flat = []
        for r in rows:
            fr = []
            for c in r:
                if isinstance(c, list):
                    fr.append(c)
                else:
                    fr.append([c])
            flat.append(fr)
        widths = [max(len(cols[i]), max(sum(len(s_) for s_, _ in fr[i]) for fr in flat)) for i in range(len(cols))]
        ruled = g.chance(0.5)
        if ruled:
            rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
            doc.t(rule + "| " + " | ".join(c.upper().ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule)
        else:
            doc.t("  ".join(c.upper().ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n" + "  ".join("-" * w for w in widths) + "\n")
        for fr in flat:
            doc.t("| " if ruled else "")
            for i, parts in enumerate(fr):
                ln = 0
                for s_, lab in parts:
                    doc.e(s_, lab)
                    ln += len(s_)
                last = i == len(fr) - 1
                if ruled:
                    doc.t(" " * (widths[i] - ln) + (" |" if last else " | "))
                elif not last:
                    doc.t(" " * (widths[i] - ln) + "  ")
            doc.t("\n")
        if ruled:
            doc.t(rule)
    doc.f("\nPublicada no DJE de «d». Eventuais impugnações no prazo de 10 dias (Resolução CNJ 303/2019).\n«n» — «r»\n", d=g.date("br", 2026), n=P(g.pick([dire.full, dire.caps])),
          r=gw(dire, "Diretor", "Diretora") + " do setor" if g.chance(0.6) else gw(dire, "Juiz Coordenador", "Juíza Coordenadora"))
    return doc


def ju_escritura(g: Gen) -> Doc:
    """A public deed of assignment of credit (escritura pública de cessão de direitos creditórios) at a notary, in capitals: book and
    page, the date in words; the outorgante cedente qualified (RG, CPF, título sometimes, address and CEP) with the spouse consenting;
    the buying firm (CNPJ) by its attorney-in-fact (CPF, RG); the credit; the price paid by TED to the cedente's agency and account;
    the visit to the cedente's home (an old person who cannot move); the DOI; the clerk who wrote it and the notary who signs."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    ced = idoso(g)
    proc, esc, tab = g.person(), g.person(), g.person()
    ent, fed = ente(g, uf, 0.2, city)
    fv = face(g)
    price = round(fv * 0.7 * pct(g) / 100, 2)
    U = lambda s: fold(s).upper()
    doc.f(U(f"{g.ri(1, 30)}º TABELIÃO DE NOTAS DE {city}/{uf}\nLIVRO {g.ri(1000, 4999)} — FOLHAS {g.ri(1, 399)}/{g.ri(1, 399)}\n\n"
            "ESCRITURA PÚBLICA DE CESSÃO DE DIREITOS CREDITÓRIOS DECORRENTES DE PRECATÓRIO\n\n") +
          U(f"SAIBAM quantos esta pública escritura virem que aos {g.pick(['dois', 'cinco', 'doze', 'vinte e um', 'treze', 'trinta'])} dias do mês de {g.pick(MONTHS)} "
            f"do ano de dois mil e vinte e seis, nesta cidade de {city}, ") + "«dil»" + U(", perante mim, escrevente, compareceram as partes: como OUTORGANTE CEDENTE, "),
          dil=g.pick([[V(U("em diligência na residência do outorgante, adiante indicada, por se tratar de pessoa idosa com dificuldade de locomoção"))],
                      [V(U("neste tabelionato"))]]))
    qualify(g, doc, ced, caps=True, where=(city, uf), job=g.pick(CARGOS[ced.female]), titulo=g.chance(0.4), dob=g.chance(0.5) and (1932, 1966), rural=0.05,
            email=g.chance(0.4), phone=g.chance(0.5),
            civil=gw(ced, "casado", "casada") if g.chance(0.5) else None)
    if g.chance(0.5):
        sp = Person(g.relative(ced, not ced.female).given, g.relative(ced, not ced.female).surnames, not ced.female)
        doc.f(U(", e seu cônjuge ") + "«n»" + U(", CPF ") + "«c»" + U(", que comparece para anuir"), n=P(sp.capsf), c=(g.cpf(), "BR_CPF"))
    doc.f(U(f"; e como OUTORGADA CESSIONÁRIA, {firm}, CNPJ ") + "«c»" + U(", neste ato representada por seu procurador ") + "«p»" + U(", CPF ") + "«pc»" +
          U(", RG ") + "«pr»" + U(f", conforme procuração lavrada nestas notas. Os presentes, reconhecidos como os próprios por mim, à vista dos documentos apresentados. "
                              f"E pelo OUTORGANTE me foi dito que é titular d") + U(credit_desc(g, uf, city, ent, fed, fv)) +
          U(f", e que o cede à OUTORGADA pelo preço certo de R$ {brl(price)} ({extenso(price)}), recebido neste ato por TED para sua conta no ") + U(g.pick(BANKS)[1]) +
          U(", agência ") + "«a»" + U(", conta ") + "«ac»" + U(", dando plena quitação. Emitida a DOI. ") +
          U("Assim o disseram, do que dou fé, e me pediram esta escritura que, lida em voz alta, aceitam e assinam. Eu, ") + "«e»" + U(", escrevente, a lavrei. Eu, ") + "«t»" +
          U(", tabelião, a subscrevo.\n"),
          c=(g.cnpj(), "BR_CNPJ"), p=P(proc.capsf), pc=(g.cpf(), "BR_CPF"), pr=(g.rg(), "BR_RG"), a=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          e=P(esc.capsf), t=P(tab.capsf))
    doc.f(U("\n(aa) ") + "«a»" + " // " + "«b»" + "\n" + U("Selo digital: ") + "«s»\n", a=P(ced.capsf), b=P(proc.capsf), s=clean(g, lambda: f"{g.d(6)}{g.up(3)}{g.d(6)}"))
    return doc


def ju_oficio(g: Gen) -> Doc:
    """The requisition (ofício requisitório) form as the court's system prints it, numbered fields ('nn - label: value' or a ruled
    box): the origin process and the requisition number (not labelled), the debtor with its CNPJ, the beneficiary with CPF, birth date,
    NIT for an INSS benefit sometimes, the illness or disability flag, nature, values, the months for the RRA, the lawyer with OAB and
    CPF, the fees destacados to the lawyer or to the law firm (CNPJ), the bank account for the fees sometimes, the judge and the clerk."""
    doc = Doc()
    city, uf = where(g)
    ben = idoso(g)
    lawyer, juiz, srv = g.person(), g.person(), g.person()
    ent, fed = ente(g, uf, 0.5, city)
    if fed and g.chance(0.6):
        ent = FEDERAL[0]
    inss = "INSS" in ent
    fv = face(g)
    kind = "RPV" if fv < 90000 and g.chance(0.7) else "PRECATÓRIO"
    doc.f("«t»\n«v»\nOFÍCIO REQUISITÓRIO — «k» — nº «n»\n\n", t=fold(tribunal(uf, fed)).upper(),
          v=vara(g, city, fed) if kind == "RPV" else (f"{g.ri(1, 12)}ª Vara Federal de {city}" if fed else f"{g.ri(1, 16)}ª Vara da Fazenda Pública de {city}"),
          k=kind, n=clean(g, lambda: f"{g.ri(2024, 2026)}.{g.d(6)}" if g.chance(0.5) else f"{g.ri(2024, 2026)}{g.d(7)}"))
    f: list[tuple[str, tuple | list]] = []
    f.append(("Processo de origem", V(fed_cnj(g, uf) if fed else cnj_of(g, uf))))
    f.append(("Entidade devedora", V(ent)))
    f.append(("CNPJ da devedora", (g.cnpj(), "BR_CNPJ")))
    f.append(("Beneficiário", P(g.pick([ben.capsf, ben.full]))))
    f.append(("CPF do beneficiário", (g.cpf(), "BR_CPF")))
    f.append(("Data de nascimento", (edob(g, "br"), "DATE_OF_BIRTH")))
    if inss:
        f.append(("NIT", (g.pis(), "BR_PIS")))
        f.append(("NB", V(clean(g, lambda: f"{g.ri(1, 2)}{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}"))))
    f.append(("Doença grave / deficiência", V(g.pick(["NÃO", "NÃO", "SIM — " + g.pick(GRAVE)[0], "SIM — PcD"]))))
    f.append(("Natureza", V(g.pick(["ALIMENTAR — 1.1 (salários, vencimentos, proventos)", "ALIMENTAR — 1.3 (benefícios previdenciários)", "COMUM — 2.1 (desapropriação)"]))))
    f.append(("Valor principal", V("R$ " + brl(fv * 0.8))))
    f.append(("Juros", V("R$ " + brl(fv * 0.2))))
    f.append(("Data-base do cálculo", V(g.date("br", g.pick([2024, 2025])))))
    f.append(("RRA — nº de meses", V(str(g.ri(12, 140)))))
    f.append(("Advogado(a)", P(lawyer.full)))
    f.append(("OAB", (oab(g), "PROFESSIONAL_ID")))
    f.append(("CPF do(a) advogado(a)", (g.cpf(), "BR_CPF")))
    f.append(("Telefone do(a) advogado(a)", (lphone(g, mobile=g.chance(0.5)), "PHONE_NUMBER")))
    f.append(("E-mail do(a) advogado(a)", (corp_mail(lawyer, slug(lawyer.last) + ".adv.br", g) if g.chance(0.5) else g.email(lawyer), "EMAIL_ADDRESS")))
    if not fed and g.chance(0.7):
        f.append(("Dados bancários do beneficiário", [V(g.pick(BANKS)[1] + " ag. "), (g.agency(), "BANK_ACCOUNT"), V(" c/c "), (g.account(), "BANK_ACCOUNT")]))
    if g.chance(0.5):
        f.append(("Honorários contratuais destacados", V("30% — em favor do(a) advogado(a) acima")))
        if g.chance(0.5):
            f.append(("Conta para os honorários", [V(g.pick(BANKS)[1] + " ag. "), (g.agency(), "BANK_ACCOUNT"), V(" c/c "), (g.account(), "BANK_ACCOUNT")]))
    else:
        f.append(("Honorários sucumbenciais", [V(g.pick(LAW_FIRMS) + ", CNPJ "), (g.any_cnpj(), "BR_CNPJ")]))
    style = g.pick(["num", "box", "dots"])
    if style == "box":
        fl2 = [(k, v if isinstance(v, list) else [v]) for k, v in f]
        w1 = max(len(k) for k, _ in fl2) + 5
        w2 = max(sum(len(s_) for s_, _ in v) for _, v in fl2)
        rule = "+" + "-" * (w1 + 2) + "+" + "-" * (w2 + 2) + "+\n"
        doc.t(rule)
        for i, (k, parts) in enumerate(fl2):
            doc.t("| " + f"{i + 1:02d} {k}".ljust(w1) + " | ")
            ln = 0
            for s_, lab in parts:
                doc.e(s_, lab)
                ln += len(s_)
            doc.t(" " * (w2 - ln) + " |\n")
        doc.t(rule)
    else:
        for i, (k, v) in enumerate(f):
            parts = v if isinstance(v, list) else [v]
            doc.t(f"{i + 1:02d} - {k}: " if style == "num" else (f"{k} ").ljust(38, ".") + " ")
            for s_, lab in parts:
                doc.e(s_, lab)
            doc.t("\n")
    doc.f("\nDeclaro que não há recurso pendente quanto aos valores. «c», «d».\n«j» — «r»\nConferido por «s», «o».\n", c=city, d=g.docdate("br"),
          j=P(g.pick([juiz.full, juiz.caps])), r=gw(juiz, "Juiz Federal" if fed else "Juiz de Direito", "Juíza Federal" if fed else "Juíza de Direito"),
          s=P(g.pick([srv.full, srv.short])), o=g.pick(["analista judiciário", "técnica judiciária", "diretor de secretaria", "escrevente"]))
    return doc


# ------------------------------------------------------------------ saude

def sa_superpref(g: Gen) -> Doc:
    """The creditor's request for the 'superpreferência' (art. 100, §2º: holders aged 60 or more, with a serious illness or a
    disability paid first, up to three times the RPV limit) addressed to the court's precatórios office: the creditor with birth date,
    CPF, RG sometimes and CNS; the illness with its ICD-10 code (not labelled) and the private report's physician with CRM; the
    caregiver daughter or son with a phone; the documents attached; the lawyer with OAB and e-mail; sometimes a note that an assigned
    part keeps no preference (the buying firm named, its CNPJ)."""
    doc = Doc()
    city, uf = where(g)
    cred = idoso(g)
    kid = heir(g, cred)
    doc_, lawyer = g.person(), g.person()
    ent, fed = ente(g, uf, 0.25, city)
    cid, dis = g.pick(GRAVE)
    by_age = g.chance(0.35)
    doc.t(f"EXCELENTÍSSIMO(A) SENHOR(A) {'JUIZ(A) COORDENADOR(A) DA ' + fold(setor(uf)).upper() if not fed else 'DESEMBARGADOR(A) FEDERAL PRESIDENTE DO ' + fold(tribunal(uf, True)).upper()}\n\n")
    doc.f("«e» — Processo de origem «p» — Devedor: «x»\n\n", e=req_num(g) if fed else ep_num(g, uf), p=fed_cnj(g, uf) if fed else cnj_of(g, uf), x=ent)
    doc.f("«n», «c», portador«a» do CPF «cpf»«rg», Cartão Nacional de Saúde «cns», nascid«o» em «d», residente na «ad», CEP «cep», por seu advogado, vem requerer o PAGAMENTO SUPERPREFERENCIAL do seu crédito "
          "(art. 100, §2º, da Constituição; arts. 9º a 12 da Resolução CNJ 303/2019), pelos motivos a seguir.\n\n",
          n=P(g.pick([cred.full, cred.caps])), c=g.pick(CARGOS[cred.female]), a=gw(cred, "", "a"), cpf=(g.cpf(), "BR_CPF"),
          rg=[V(", RG "), (g.rg(), "BR_RG")] if g.chance(0.5) else "", cns=(g.cns(), "BR_CNS"), o=cred.o, d=(edob(g, g.pick(["br", "long"])), "DATE_OF_BIRTH"),
          ad=(home(g, "text", 0.05), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    if "INSS" in ent:
        doc.f("NIT «n» — NB «b»\n\n", n=(g.pis(), "BR_PIS"), b=clean(g, lambda: f"{g.ri(1, 2)}{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}"))
    if by_age:
        doc.t("1. O(A) requerente conta mais de 60 anos (documento 2), sendo pessoa idosa nos termos da Lei 10.741/2003. ")
        doc.f("Além disso, é portador«a» de «d» (CID-10 «c»), o que recomenda a máxima urgência.\n", a=gw(cred, "", "a"), d=dis, c=cid)
    else:
        doc.f("1. O(A) requerente é portador«a» de «d» (CID-10 «c»), doença grave listada no art. 6º, XIV, da Lei 7.713/1988, conforme laudo firmado por «o» «m» («crm»), "
              "datado de «dd» (documento 3).\n", a=gw(cred, "", "a"), d=dis, c=cid, o=dr(doc_), m=P(doc_.full), crm=(crm(g), "PROFESSIONAL_ID"), dd=g.date("br", 2025))
    doc.f("2. Reside com «q» «k» (CPF «kc»), que é «r» cuidador«s» e pode ser contatad«o» no telefone «t».\n", q=gw(kid, "o filho", "a filha"), k=P(g.pick([kid.full, kid.short])),
          kc=(g.cpf(), "BR_CPF"),
          r=gw(kid, "seu", "sua"), s=gw(kid, "", "a"), o=kid.o, t=(lphone(g), "PHONE_NUMBER"))
    if g.chance(0.35):
        firm = g.pick(FIRMS)
        doc.f("3. Informa que cedeu parte do crédito à «f» (CNPJ «c»); o pedido se limita à parcela remanescente de sua titularidade, pois a preferência não se transfere (art. 100, §13).\n",
              f=firm[0], c=(g.any_cnpj(), "BR_CNPJ"))
    doc.t("\nDocumentos: (1) procuração; (2) RG e CPF; (3) laudo médico e exames; (4) comprovante de residência; (5) extrato do processo.\n")
    doc.f("\nTermos em que pede deferimento.\n«c», «d».\n«l» — «o» — «m» — «t»\n", c=city, d=g.docdate(), l=P(lawyer.full), o=(oab(g), "PROFESSIONAL_ID"), t=(lphone(g), "PHONE_NUMBER"),
          m=(corp_mail(lawyer, slug(lawyer.last) + ".adv.br", g) if g.chance(0.6) else g.email(lawyer), "EMAIL_ADDRESS"))
    return doc


def sa_laudo(g: Gen) -> Doc:
    """The private medical report for the priority (laudo médico), printed on a clinic's letterhead (its CNPJ and phone), scanned and
    OCR'd (rn/m, cl/d, I/l, O/0, c/e in words and names; identifiers printed clean): the patient with birth date, RG or CPF and CNS; the
    diagnosis with ICD-10 and the date of diagnosis (not a birth date); the treatment; the statement that it is a serious illness under
    Lei 7.713/1988; the physician with CRM (the RQE, a specialist registration, not labelled)."""
    doc = Doc()
    city, uf = where(g)
    pat = idoso(g)
    med = g.person()
    cid, dis = g.pick(GRAVE)
    clinic = g.pick(CLINICS)
    o = lambda s: ocr_t(s, g, 0.3)
    doc.f(o(f"{clinic.upper()}\n") + "CNPJ «c» — " + o("Tel. ") + "«t»\n\n", c=(g.cnpj(), "BR_CNPJ"), t=(lphone(g, mobile=False), "PHONE_NUMBER"))
    doc.t(o("LAUDO MÉDICO\n\n"))
    kind = g.pick(["RG", "CPF"])
    doc.f(o("Paciente: ") + "«n»\n" + o("Data de nascimento: ") + "«d»    " + kind + ": «v»\n" + o("Cartão SUS: ") + "«s»    " + o("Tel.: ") + "«t»\n\n",
          n=P(ocr(g.pick([pat.full, pat.caps]), g, 0.35, names=True)), d=(edob(g, "br"), "DATE_OF_BIRTH"),
          v=(g.rg(), "BR_RG") if kind == "RG" else (g.cpf(), "BR_CPF"), s=(g.cns(), "BR_CNS"), t=(lphone(g), "PHONE_NUMBER"))
    treat = {"C": "quimioterapia e radioterapia", "G": "acompanhamento neurológico e medicação contínua", "I": "acompanhamento cardiológico, com fração de ejeção de 28%",
             "N": "hemodiálise três vezes por semana", "K": "acompanhamento hepatológico, Child-Pugh C", "H": "sem possibilidade de recuperação visual",
             "M": "anti-TNF e fisioterapia"}[cid[0]]
    doc.t(o(f"Declaro, para fins de prioridade no pagamento de precatório (art. 100, §2º, da Constituição), que {gw(pat, 'o paciente', 'a paciente')} acima é portador{gw(pat, '', 'a')} de "
            f"{dis} (CID-10 {cid}), diagnosticad{g.pick(['o', 'a'])} em {g.date('br', g.ri(2015, 2024))}, em tratamento com {treat}. "
            f"Trata-se de doença grave nos termos do art. 6º, inciso XIV, da Lei 7.713/1988, com prognóstico reservado.\n\n"))
    doc.f(o(f"{city}, ") + "«d».\n\n«p»«m»\n«c»   RQE «r»\n", d=g.docdate("br"), p=g.pick(["", dr(med) + " "]), m=P(ocr(med.full, g, 0.3, names=True)),
          c=(crm(g), "PROFESSIONAL_ID"), r=g.ri(1000, 99999))
    if g.chance(0.4):
        doc.t(o("[carimbo e assinatura]  ") + g.pick(["pág. 1/1", "documento digitalizado", "cópia conferida com o original"]) + "\n")
    return doc


def sa_pericia(g: Gen) -> Doc:
    """The court-appointed physician's report on a contested priority (the debtor's technical assistant disputes the private report):
    the expert with CRM, both technical assistants with CRM, the examinee (birth date, RG, CPF), the daughter or son who came along,
    the history with dates of diagnosis (not birth dates), the exam, the answers to the questions in a table, the conclusion; the ICD-10
    codes not labelled."""
    doc = Doc()
    city, uf = where(g)
    ex = idoso(g)
    kid = heir(g, ex)
    per, at1, at2 = g.person(), g.person(), g.person()
    cid, dis = g.pick(GRAVE)
    ent, fed = ente(g, uf, 0.2, city)
    doc.f("LAUDO PERICIAL MÉDICO — «e»\nProcesso «p» — Requerente: «n» — Requerida: «x»\n\n", e=req_num(g) if fed else ep_num(g, uf), p=fed_cnj(g, uf) if fed else cnj_of(g, uf),
          n=P(ex.capsf), x=ent)
    pcrm = crm(g)
    doc.f("Perit«o» do juízo: «a» («ac»)\nAssistente técnico da requerida: «b» («bc»)\nAssistente técnico d«o2» requerente: «c»\n\n", o=per.o, a=P(per.full), ac=(pcrm, "PROFESSIONAL_ID"),
          b=P(at1.full), bc=(crm(g), "PROFESSIONAL_ID"), o2=ex.o, c=[P(at2.full), V(" ("), (crm(g), "PROFESSIONAL_ID"), V(")")] if g.chance(0.6) else "não indicado")
    doc.f("1. IDENTIFICAÇÃO\nNome: «n» — nascimento: «d» — RG «r» — CPF «c» — CNS «s»\n", n=P(ex.full), d=(edob(g, "br"), "DATE_OF_BIRTH"),
          r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"), s=(g.cns(), "BR_CNS"))
    if g.chance(0.5):
        doc.f("Perícia realizada no domicílio («a», CEP «cep»), por impossibilidade de locomoção. Presente «q», «k» (tel. «t»).\n\n", a=(home(g), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
              q=gw(kid, "o filho", "a filha"), k=P(g.pick([kid.full, kid.first])), t=(lphone(g), "PHONE_NUMBER"))
    else:
        doc.f("Compareceu acompanhad«o» de «q», «k» (tel. «t»).\n\n", o=ex.o, q=gw(kid, "seu filho", "sua filha"), k=P(g.pick([kid.full, kid.first])), t=(lphone(g), "PHONE_NUMBER"))
    doc.f("2. HISTÓRICO\nRelata diagnóstico de «d» em «dd», confirmado por exame anatomopatológico/imagem. Apresentou relatório do médico assistente («mc»).\n\n",
          d=dis, dd=g.date("br", g.ri(2016, 2024)), mc=(crm(g), "PROFESSIONAL_ID"))
    doc.f("3. EXAME\nPA «pa» mmHg, FC «fc» bpm, peso «w» kg. «x»\n\n", pa=f"{g.ri(100, 160)}x{g.ri(60, 95)}", fc=g.ri(58, 104), w=g.ri(41, 92),
          x=g.pick(["Lúcido, orientado, marcha com apoio.", "Emagrecido, hipocorado, deambula com andador.", "Acamado, responde a comandos simples."]))
    doc.t("4. QUESITOS\n")
    rows = [[V("1"), V("O(A) periciando(a) é portador(a) de doença grave?"), V(f"Sim. {dis} (CID-10 {cid}).")],
            [V("2"), V("Desde quando?"), V(f"Diagnóstico em {g.date('br', g.ri(2016, 2024))}.")],
            [V("3"), V("A doença está no rol do art. 6º, XIV, da Lei 7.713/1988?"), V(g.pick(["Sim.", "Sim, como cardiopatia grave.", "Sim, como neoplasia maligna."]))],
            [V("4"), V("Há incapacidade para os atos da vida civil?"), V(g.pick(["Não.", "Parcial; recomenda-se curatela.", "Não há elementos."]))]]
    table_ruled(doc, ["nº", "quesito", "resposta"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.f("\n5. CONCLUSÃO\nCaracterizada doença grave para fins do art. 100, §2º, da Constituição. «c», «d».\n\n«p»\nMédic«o» perit«o» — «pc»\n", c=city, d=g.docdate("br"),
          p=P(g.pick([per.full, per.caps])), o=per.o, pc=(pcrm, "PROFESSIONAL_ID"))
    return doc


def sa_hospital(g: Gen) -> Doc:
    """The hospital's record of an external visit so that a patient could sign an assignment from the bed: the patient (birth date,
    record and bed numbers not labelled), the visitors in a table (name, RG or CPF, link: daughter, notary's clerk, the firm's
    representative; in and out times; the car's plate for the parking sometimes); the attending physician's statement that the patient
    is lucid and able to express will (CRM); the social worker (CRESS) who followed the visit."""
    doc = Doc()
    city, uf = where(g)
    pat = idoso(g)
    kid = heir(g, pat)
    firm, dom, short = g.pick(FIRMS)
    esc, rep, med, soc = g.person(), g.person(), g.person(), g.person(True if g.chance(0.8) else False)
    hosp = g.pick(HOSP)
    doc.f("«h» — SERVIÇO SOCIAL\nREGISTRO DE VISITA EXTERNA PARA ATO NOTARIAL — «d»\n\n", h=hosp.upper(), d=g.date("br", 2026))
    kv_block(doc, [("Paciente", P(g.pick([pat.full, pat.caps]))), ("Data de nascimento", (edob(g, "br"), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF")),
                   ("CNS", (g.cns(), "BR_CNS")), ("Contato da família", (lphone(g), "PHONE_NUMBER")), ("Prontuário", V(clean(g, lambda: g.d(8)))),
                   ("Leito", V(f"{g.pick(['UTI', 'Enf.', 'Apto'])} {g.ri(101, 940)}-{g.pick('ABCD')}")), ("Convênio", V(g.pick(["SUS", "IAMSPE", "particular", "Cabesp", "Ipsemg"])))],
             g.pick(["plain", "dots", "box"]))
    doc.t("\nVISITANTES AUTORIZADOS\n")
    rows = []
    for p, link in [(kid, gw(kid, "filho", "filha")), (esc, "escrevente — " + f"{g.ri(1, 30)}º Tabelião de Notas"), (rep, "representante — " + short)]:
        doc_id = (g.rg(), "BR_RG") if g.chance(0.5) else (g.cpf(), "BR_CPF")
        h0 = g.ri(9 * 60, 17 * 60)
        h1 = h0 + g.ri(15, 110)
        rows.append([P(g.pick([p.full, p.caps])), doc_id, V(link), (lphone(g, style=g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
                     V(f"{h0 // 60:02d}:{h0 % 60:02d}"), V(f"{h1 // 60:02d}:{h1 % 60:02d}"),
                     (g.plate(), "LICENSE_PLATE") if g.chance(0.45) else V("—")])
    table_ruled(doc, ["nome", "documento", "vínculo", "telefone", "entrada", "saída", "placa (estac.)"], rows, g.pick(["plus", "plain", "psql"]))
    doc.f("\nDECLARAÇÃO MÉDICA\nDeclaro que «o» paciente «n» encontra-se lúcid«a», orientad«a» no tempo e no espaço e capaz de exprimir sua vontade na data de hoje, às «h». "
          "«x»\n«m» — «mc»\n", o=pat.o, n=P(g.pick([pat.full, pat.short])), a=pat.o, h=g.hm(), x=g.pick(["Sem uso de sedativos nas últimas 24 horas.", "Em uso de analgésico oral, sem prejuízo cognitivo.", ""]),
          m=P(med.full), mc=(crm(g), "PROFESSIONAL_ID"))
    doc.f("\nAcompanhou a visita: «s», assistente social («sc»). Observação: «w»\n", s=P(g.pick([soc.full, soc.short])), sc=(g.council("CRESS", uf), "PROFESSIONAL_ID"),
          w=g.pick(["a família estava de acordo com o ato.", "um dos filhos, ausente, discordou por telefone; orientada a família a procurar advogado.",
                    "o hospital não se responsabiliza pelo conteúdo do ato notarial.", word_neg(g)]))
    return doc


def sa_prioridades(g: Gen) -> Doc:
    """The court office's table of pending priority requests (age, illness, disability): protocol (not labelled), creditor, birth
    date, kind, ICD-10 (not labelled), the physician of the report with CRM, the opinion; as a +---+, psql or blank-aligned table or a
    CSV; the analysts who prepared and checked it."""
    doc = Doc()
    city, uf = where(g, g.pick(["SP", "SP", "RJ", "MG", "PR", "RS", "BA", "PE", "GO", "DF"]))
    a1, a2 = g.person(), g.person()
    ent, fed = ente(g, uf, 0.0, city)
    doc.f("«t» — «s»\nPEDIDOS DE PAGAMENTO SUPERPREFERENCIAL PENDENTES — «e» — lote «l»\n\n", t=trib_sigla(uf, False), s=setor(uf), e=ent, l=g.ri(10, 99))
    rows = []
    for _ in range(g.ri(5, 8)):
        p = idoso(g)
        kind = g.pick(["idade", "doença grave", "doença grave", "deficiência"])
        cid = "—" if kind == "idade" else (g.pick(GRAVE)[0] if kind == "doença grave" else g.pick(PCD)[0])
        m = g.person()
        rows.append([V(proto(g)), P(g.pick([p.capsf, p.full])), (g.cpf(), "BR_CPF"), (edob(g, "br"), "DATE_OF_BIRTH"), V(kind), V(cid),
                     (crm(g), "PROFESSIONAL_ID") if kind != "idade" else V("—"), (oab(g, uf), "PROFESSIONAL_ID"),
                     V(g.pick(["deferir", "deferir", "aguardar manifestação da devedora"] + (["exigir certidão de nascimento"] if kind == "idade" else ["exigir laudo atualizado", "indeferir (laudo sem CID)"])))])
    cols = ["protocolo", "credor", "CPF", "nascimento", "fundamento", "CID", "laudo (CRM)", "advogado", "parecer"]
    if g.chance(0.25):
        table_csv(doc, cols, rows, ";")
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "psql", "plain"]))
    doc.f("\nElaborado por «a»; conferido por «b». Encaminhe-se ao(à) Juiz(a) Coordenador(a).\n", a=P(g.pick([a1.full, a1.short])),
          b=P(g.pick([a2.full, a2.short])) if g.chance(0.5) else "login " + login(a2, g))
    return doc


def sa_homecare(g: Gen) -> Doc:
    """An e-mail from a creditor's daughter or son to the buying firm asking to hurry the purchase to pay for home care: the father's or
    mother's name, birth date, CNS, illness (ICD-10), address and CEP; the home-care firm's quote pasted (its CNPJ, the nurse and the
    technicians with COREN, the physiotherapist with CREFITO); the sender's phone; a card typed in full for the deposit sometimes; the
    analyst's reply from a corporate e-mail."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    pat = idoso(g)
    kid = heir(g, pat)
    an, nurse, tec, fis = g.person(), g.person(), g.person(), g.person()
    cid, dis = g.pick(GRAVE)
    hc = g.pick(HOMECARE)
    kmail = g.email(kid)
    amail = corp_mail(an, dom, g)
    t0 = g.moment()
    mail_head(g, doc, (g.pick([kid.full, kid.short]), kmail), (an.full, amail), "Urgente — home care " + gw(pat, "do meu pai", "da minha mãe"), t0,
              cc=g.pick([None, f"mesa@{dom}"]), ip=g.chance(0.6))
    doc.f(tp(g, "Oi «a», tudo bem?\n\n«m» («n», nascid«o» em «d», CPF «cp», CNS «c») piorou: o diagnóstico de «x» (CID «ci») avançou e o médico indicou home care 24h. "
          "O orçamento está abaixo. Precisamos fechar a cessão o quanto antes; a família concorda com os «p»% que vocês ofereceram.\n\n", 0.3),
          a=P(an.first), m=gw(pat, "Meu pai", "Minha mãe"), n=P(pat.full), o=pat.o, cp=(g.cpf(), "BR_CPF"), d=(edob(g, g.pick(["br", "nopad"])), "DATE_OF_BIRTH"), c=(g.cns(), "BR_CNS"),
          x=dis, ci=cid, p=pct(g))
    doc.f("Endereço para o home care: «e», «b», «ci», CEP «cep». Meu celular: «t».\n", e=(home(g), "ADDRESS"), b=g.pick(BAIRROS), ci=city, cep=(g.cep(), "BR_CEP"),
          t=(lphone(g), "PHONE_NUMBER"))
    if g.chance(0.35):
        doc.f("Já paguei o sinal no meu cartão «k», validade «v», então não tem volta.\n", k=(g.card(g.chance(0.5)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
    doc.f("\n«s»\n\n-------- orçamento colado --------\n«h» — CNPJ «c»\nEquipe proposta:\n", s=P(kid.first), h=hc, c=(g.any_cnpj(), "BR_CNPJ"))
    rows = [[V("enfermeira(o) responsável"), P(nurse.full), (coren(g, uf, False), "PROFESSIONAL_ID"), V("visita 2x/semana")],
            [V("técnico(a) de enfermagem"), P(tec.full), (coren(g, uf, True), "PROFESSIONAL_ID"), V("plantão 12x36")],
            [V("fisioterapeuta"), P(fis.full), (council2(g, "CREFITO", uf), "PROFESSIONAL_ID"), V("3 sessões/semana")]]
    table_ruled(doc, ["função", "nome", "registro", "frequência"], rows, g.pick(["plain", "plus", "md"]))
    doc.f("Valor mensal: «v» + materiais. Validade da proposta: 10 dias.\n----------------------------------\n\n", v=money(g, 14000, 38000))
    doc.f("> Resposta de «a» <«m»> em «d»:\n> Sinto muito. A escritura pode ser feita em casa; vou pedir prioridade na fila do cartório. "
          "Peço que não mande número de cartão por e-mail. Precisamos da anuência de todos os irmãos.\n", a=P(an.full), m=(amail, "EMAIL_ADDRESS"),
          d=ts(t0 + datetime.timedelta(hours=g.ri(1, 20)), "br"))
    return doc


def coren(g: Gen, uf: str, tec: bool | None = None) -> str:
    tec = g.chance(0.4) if tec is None else tec
    n = g.ri(100000, 999999) if g.chance(0.6) else g.ri(10000, 99999)
    if tec:
        return g.pick([f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}-TE", f"COREN-{uf} {n}-AE"])
    return g.pick([f"COREN-{uf} {n}", f"COREN/{uf} {num(n, 0)}-ENF", f"COREN-{uf} nº {n}"])


def sa_pcd(g: Gen) -> Doc:
    """The multiprofessional disability report (avaliação biopsicossocial) attached to a priority request for a creditor with a
    disability (often an adult son or daughter who inherited the credit, under guardianship): identification (name, birth date, CPF,
    CNS, address, CEP; the guardian with CPF and phone; the guardianship's process number not labelled); the physician (CRM, ICD-10),
    the physiotherapist (CREFITO), the social worker (CRESS) and the psychologist (CRP); the barriers; the conclusion; signatures."""
    doc = Doc()
    city, uf = where(g)
    par = idoso(g)
    pat = heir(g, par)
    cur = heir(g, par) if g.chance(0.6) else Person(g.relative(pat).given, pat.surnames[-1:], True)
    med, fis, soc, psi = g.person(), g.person(), g.person(True if g.chance(0.8) else False), g.person()
    cid, dis = g.pick(PCD)
    doc.t("AVALIAÇÃO BIOPSICOSSOCIAL DA DEFICIÊNCIA (Lei 13.146/2015, art. 2º, §1º)\nPara instrução de pedido de pagamento superpreferencial de precatório\n\n")
    doc.t("1. IDENTIFICAÇÃO\n")
    kv_block(doc, [("Nome", P(g.pick([pat.full, pat.caps]))), ("Nascimento", (g.dob("br", 1960, 2000), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF")),
                   ("CNS", (g.cns(), "BR_CNS")), ("Endereço", (home(g), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
                   ("Curador(a)", P(cur.full)), ("CPF do(a) curador(a)", (g.cpf(), "BR_CPF")), ("Telefone", (lphone(g), "PHONE_NUMBER")),
                   ("E-mail", (g.email(cur), "EMAIL_ADDRESS")),
                   ("Curatela", V("processo " + cnj_of(g, uf)))], g.pick(["plain", "dots", "box"]))
    doc.f("\n2. AVALIAÇÃO MÉDICA — «m» («mc»)\nDiagnóstico: «d» (CID-10 «c»), desde «s». «x»\n", m=P(med.full), mc=(crm(g), "PROFESSIONAL_ID"), d=dis, c=cid,
          s=g.pick(["o nascimento", "a infância", f"{g.ri(1985, 2020)}"]), x=g.pick(["Quadro estável.", "Dependente para atividades básicas de vida diária.", "Uso de cadeira de rodas."]))
    doc.f("\n3. FISIOTERAPIA — «f» («fc»)\nMobilidade: «x». Necessita de adaptações no domicílio.\n", f=P(fis.full), fc=(council2(g, "CREFITO", uf), "PROFESSIONAL_ID"),
          x=g.pick(["restrita ao domicílio", "marcha com órtese", "transferências com auxílio de duas pessoas"]))
    doc.f("\n4. SERVIÇO SOCIAL — «s» («sc»)\nFamília de «n» pessoas, renda per capita de «r». O crédito é a principal reserva para cuidados. Visita domiciliar em «d».\n",
          s=P(soc.full), sc=(g.council("CRESS", uf), "PROFESSIONAL_ID"), n=g.ri(2, 6), r=money(g, 300, 1800), d=g.date("br", 2025))
    doc.f("\n5. PSICOLOGIA — «p» («pc»)\n«x»\n", p=P(psi.full), pc=(g.council("CRP", uf), "PROFESSIONAL_ID"),
          x=g.pick(["Compreende o contexto do pedido com apoio.", "Comunicação alternativa; vínculo forte com a curadora.", "Sem condições de avaliar a natureza do crédito."]))
    doc.t(f"\nCONCLUSÃO: pessoa com deficiência de grau {g.pick(['moderado', 'grave', 'grave', 'leve'])}, com impedimento de longo prazo. {city}, {g.docdate('br')}.\n")
    signed(g, doc, g.pick([med, soc]), "pela equipe multiprofissional")
    return doc


# ------------------------------------------------------------------ financeiro

def fi_levantamento(g: Gen) -> Doc:
    """A bank's receipt of the payment of a federal RPV or precatório at the counter (one or two receipts: a creditor, or two heirs by
    court permit): the court and requisition (not labelled), the beneficiary with CPF, the judicial deposit's id (not labelled), gross
    value, income tax withheld at 3%, net value; the credit to the beneficiary's agency and account or cash; the attorney-in-fact who
    withdrew (CPF, the power of attorney's date); the teller by name and registration (not labelled); the authentication hash."""
    doc = Doc()
    city, uf = where(g)
    bank = g.pick(["BANCO DO BRASIL S.A.", "CAIXA ECONÔMICA FEDERAL"])
    cred = idoso(g)
    benefs = [cred] if g.chance(0.6) else [heir(g, cred), heir(g, cred)]
    lawyer = g.person()
    if g.chance(0.6):
        benefs.append(lawyer)
    inss = g.chance(0.6)
    req = req_num(g)
    proc = fed_cnj(g, uf)
    agname = g.pick(["Agência Setor Público", "Agência Justiça Federal", "Agência Centro"])
    trf = TRF_OF.get(uf, 1)
    for k, b in enumerate(benefs):
        teller = g.person()
        gross = g.ri(4000, 95000) + g.ri(0, 99) / 100
        ir = round(gross * 0.03, 2)
        if k:
            doc.t("\n" + "- " * 30 + "\n\n")
        doc.f("«b»\nCOMPROVANTE DE PAGAMENTO DE REQUISIÇÃO JUDICIAL\n«a» — «c»/«u»\n\n", b=bank, a=agname, c=city, u=uf)
        f = [("Tribunal", V(f"TRF da {trf}ª Região")), ("Requisição", V(req)), ("Processo", V(proc)),
             ("Executado", V("INSS" if inss else g.pick(FEDERAL[2:]))), ("Beneficiário", P(g.pick([b.capsf, b.caps]))), ("CPF", (g.cpf(), "BR_CPF"))]
        if b is lawyer:
            f.append(("Natureza", V("honorários contratuais destacados")))
            f.append(("OAB", (oab(g), "PROFESSIONAL_ID")))
        elif inss:
            f.append(("NIT", (g.pis(), "BR_PIS")))
        f.append(("ID depósito judicial", V(clean(g, lambda: g.d(13)))))
        f += [("Valor bruto", V("R$ " + brl(gross))), ("IR retido (3% — Lei 10.833/2003)", V("R$ " + brl(ir))), ("Valor líquido", V("R$ " + brl(gross - ir)))]
        kv_block(doc, f, g.pick(["dots", "plain", "caps"]))
        if len(benefs) > 1 and b is not lawyer and b is not cred:
            doc.f("Alvará: quota de «q» — herdeir«o» de «n»\n", q="50%" if len([x for x in benefs if x is not lawyer]) == 2 else "100%", o=b.o,
                  n=P(g.pick([cred.capsf, cred.full])))
        if g.chance(0.65):
            doc.f("Forma de pagamento: crédito em conta — banco «bb», ag. «a», conta «c»\n", bb=g.pick(BANKS)[0], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
        else:
            doc.t("Forma de pagamento: espécie, no caixa\n")
        if g.chance(0.5):
            pr = g.person()
            doc.f("Sacado por procurador: «n», CPF «c», procuração pública de «d».\n", n=P(g.pick([pr.full, pr.caps])), c=(g.cpf(), "BR_CPF"), d=g.date("br", 2025))
        doc.f("Atendente: «n»matr. «m» — «t»\nAutenticação: «h»\n", n=[P(g.pick([teller.full, teller.short, teller.caps])), V(" — ")] if g.chance(0.35) else "", m=clean(g, lambda: g.pick([g.d(7), f"F{g.d(7)}", f"c{g.d(6)}"])),
              t=ts(g.moment(), "brs"), h=clean(g, lambda: g.hexs(8, True) + "." + g.hexs(4, True) + "." + g.hexs(6, True)))
    return doc


def fi_pagamentos(g: Gen) -> Doc:
    """The back office's CSV matching the court's monthly list of payments with the firm's portfolio (a comment line; semicolons;
    quoted decimals): order, precatório, original creditor, the cedente's CPF (full from the firm's records, masked when copied from the
    public list), the firm as assignee, the amount paid, the bank, agency and account of the credit; the status; then the analyst's
    note to the treasury by e-mail (corporate e-mails; the role mailbox in copy)."""
    doc = Doc()
    city, uf = where(g, g.pick(["SP", "SP", "SP", "RJ", "MG", "PR", "RS"]))
    firm, dom, short = g.pick(FIRMS)
    an, tes = g.person(), g.person()
    ent, fed = ente(g, uf, 0.0, city)
    mo = g.ri(1, 5)
    doc.f("# conciliação «m» — fonte: lista de pagamentos «t» («e») + carteira «s» — gerado por «l»\n", m=MONTHS[mo - 1] + "/2026", t=trib_sigla(uf, False), e=ent, s=short,
          l=login(an, g))
    cols = ["ordem", "precatorio", "credor_original", "cpf_cedente", "cessionario", "valor_pago", "banco", "agencia", "conta", "status"]
    rows = []
    for _ in range(g.ri(5, 8)):
        p = idoso(g)
        ours = g.chance(0.75)
        rows.append([V(str(g.ri(800, 9000))), V(ep_num(g, uf).replace("EP ", "")), P(g.pick([p.capsf, p.full])),
                     (g.cpf("dot"), "BR_CPF") if ours else V(f"***.{g.d(3)}.{g.d(3)}-**"), V(short if ours else "—"),
                     V(f'"{brl(g.ri(20000, 900000) + g.ri(0, 99) / 100)}"'), V(g.pick(["001", "104"])), (g.agency(False), "BANK_ACCOUNT") if ours else V(""),
                     (g.account(), "BANK_ACCOUNT") if ours else V(""), V(g.pick(["PAGO", "PAGO", "PAGO PARCIAL", "SEM CORRESPONDÊNCIA", "DIVERGÊNCIA DE VALOR"]) if ours else "n/a")])
    doc.t(";".join(cols) + "\n")
    for r in rows:
        for i, (v, lab) in enumerate(r):
            if i:
                doc.t(";")
            doc.e(v, lab) if v else None
        doc.t("\n")
    amail, tmail = corp_mail(an, dom, g), corp_mail(tes, dom, g)
    doc.t("\n")
    mail_head(g, doc, (an.full, amail), (tes.full, tmail), "Conciliação " + trib_sigla(uf, False) + " — créditos a receber",
              g.moment(datetime.date(2026, mo + 1, g.ri(1, 10))), cc=f"tesouraria@{dom}", ip=False)
    div = [r for r in rows if r[9][0] == "DIVERGÊNCIA DE VALOR"]
    if div:
        doc.f("Os créditos marcados como PAGO devem cair na conta da «s» em D+1. A linha de «c» veio com divergência de valor (a devedora aplicou a EC 113/2021 na correção). "
              "Seria prudente não liberar o pagamento do investidor antes de conferir.\n", s=short, c=div[0][2])
    else:
        doc.f("Os créditos marcados como PAGO devem cair na conta da «s» em D+1. Sem divergências neste lote.\n", s=short)
    doc.f("Abs, «a»\n", a=P(an.first)) if g.chance(0.5) else doc.t("Abs\n")
    return doc


def fi_extrato(g: Gen) -> Doc:
    """An investor's statement from a precatórios fund or a platform that sells fractions of precatórios: the fund's and the
    administrator's CNPJ; the investor's name, CPF, e-mail, phone, address and CEP; the adviser with a corporate e-mail; positions in a
    table (debtor, precatório, order, acquisition, invested, face, expected return, status); movements (transfers from the investor's
    agency and account, a redemption to a random Pix key, income tax); the disclaimer (no guarantee of payment, EC 114/2021)."""
    doc = Doc()
    city, uf = where(g)
    fund, adm = g.pick(FUNDS)
    inv, ass = g.person(), g.person()
    dom = slug(adm) + ".com.br"
    mo = g.ri(1, 5)
    doc.f("«f» — CNPJ «c»\nAdministração: «a» — CNPJ «ac»\nEXTRATO DO COTISTA — «m»\n\n", f=fund, c=(g.cnpj(), "BR_CNPJ"), a=adm + " Ltda.", ac=(g.any_cnpj(), "BR_CNPJ"),
          m=MONTHS[mo - 1] + " de 2026")
    kv_block(doc, [("Cotista", P(g.pick([inv.full, inv.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("E-mail", (g.email(inv), "EMAIL_ADDRESS")),
                   ("Telefone", (lphone(g), "PHONE_NUMBER")), ("Endereço", (home(g), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
                   ("Assessor(a)", P(ass.full)), ("E-mail do assessor", (corp_mail(ass, dom, g), "EMAIL_ADDRESS"))], g.pick(["plain", "dots", "box"]))
    doc.t("\nPOSIÇÕES\n")
    rows = []
    for _ in range(g.ri(3, 6)):
        u = g.pick(["SP", "SP", "RJ", "MG", "PR", "RS", "BA", "GO"])
        e, fed = ente(g, u, 0.3)
        inv_v = g.ri(5000, 250000)
        rows.append([V(e[:38]), V((req_num(g) if fed else ep_num(g, u).replace("EP ", ""))[:30]), V(ordem(g)), V(g.date("br", g.pick([2023, 2024, 2025]))),
                     V(brl(inv_v)), V(brl(inv_v * g.ri(150, 260) / 100)), V(f"{g.ri(14, 32)},{g.d(1)}% a.a."),
                     V(g.pick(["aguardando", "aguardando", "pago", "pago parcial", "em cessão"]))])
    table_ruled(doc, ["devedor", "precatório", "ordem", "aquisição", "investido", "face", "retorno alvo", "status"], rows, g.pick(["plus", "plain", "psql"]))
    doc.t("\nMOVIMENTAÇÕES\n")
    mv = []
    days = sorted(g.sample(range(1, 29), 5))
    for i in range(g.ri(3, 5)):
        dday = f"{days[i]:02d}/{mo:02d}/2026"
        kind = g.pick(["aporte", "aporte", "resgate", "amortização"])
        if kind == "aporte":
            mv.append([V(dday), V("aporte — TED de "), V(g.pick(BANKS)[1] + " ag. "), (g.agency(), "BANK_ACCOUNT"), V(" c/c "), (g.account(), "BANK_ACCOUNT"), V(" — R$ " + brl(g.ri(5000, 150000)))])
        elif kind == "resgate":
            mv.append([V(dday), V("resgate — Pix para a chave aleatória "), (g.uuid(), "PIX_KEY"), V(" — R$ " + brl(g.ri(3000, 90000)))])
        else:
            mv.append([V(dday), V(f"amortização — precatório pago — R$ {brl(g.ri(2000, 60000))} (IR retido R$ {brl(g.ri(100, 9000))})")])
    for parts in mv:
        doc.t(parts[0][0] + "  ")
        for s_, lab in parts[1:]:
            doc.e(s_, lab)
        doc.t("\n")
    doc.t("\nO pagamento de precatórios depende do cronograma dos entes devedores e pode sofrer atrasos (EC 114/2021). Rentabilidade passada não é garantia de rentabilidade futura.\n")
    return doc


def fi_liquidacao(g: Gen) -> Doc:
    """The firm's payment order for the price of an assignment: the operation (not labelled), the cedente or the heirs (name, CPF,
    share, price, bank, agency and account or a Pix key that is random, a CPF or a phone); the retention for the lawyer's fees (name,
    OAB, CPF, account) and an escrow for an attachment; the approvals (analyst, controller, director, with dates); the TED receipts'
    lines; the firm's CNPJ."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    cred = idoso(g)
    dead = g.chance(0.4)
    payees = [heir(g, cred) for _ in range(g.ri(2, 3))] if dead else [cred]
    lawyer = g.person()
    an, ctl, dire = g.person(), g.person(), g.person()
    fv = face(g)
    price = round(fv * 0.7 * pct(g) / 100, 2)
    doc.f("«f» — CNPJ «c»\nORDEM DE PAGAMENTO — AQUISIÇÃO DE CRÉDITO — operação «o»\nCredor original: «n»«x»\nPreço total: R$ «p»\n\n", f=firm, c=(g.cnpj(), "BR_CNPJ"), o=cessao_num(g),
          n=P(g.pick([cred.full, cred.caps])), x=" (espólio — herdeiros habilitados)" if dead else "", p=brl(price))
    rows = []
    share = 1 / len(payees)
    for p in payees:
        how = g.pick(["conta", "conta", "pix"])
        if how == "conta":
            dest = [V(g.pick(BANKS)[1] + " ag. "), (g.agency(), "BANK_ACCOUNT"), V(" c/c "), (g.account(), "BANK_ACCOUNT")]
        else:
            kind, key = pix_key(g, p)
            dest = [V(f"Pix ({kind}) "), key]
        rows.append((p, share, dest))
    for p, sh, dest in rows:
        doc.f("• «n» — CPF «c» — quota «q»% — R$ «v» — ", n=P(g.pick([p.full, p.caps])), c=(g.cpf(), "BR_CPF"), q=num(sh * 100, 2), v=brl(price * sh))
        for s_, lab in dest:
            doc.e(s_, lab)
        doc.f(" — call-back confirmado no «t»", t=(lphone(g), "PHONE_NUMBER")) if g.chance(0.75) else None
        doc.f(" — comprovante para «m»\n", m=(g.email(p), "EMAIL_ADDRESS")) if g.chance(0.5) else doc.t("\n")
    if g.chance(0.5):
        doc.f("• Retenção — honorários contratuais de «l» («o»), CPF «c»: R$ «v» — ag. «a» c/c «ac»\n", l=P(lawyer.full), o=(oab(g), "PROFESSIONAL_ID"), c=(g.cpf(), "BR_CPF"),
              v=brl(price * 0.1), a=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.35):
        doc.f("• Conta vinculada (escrow) — penhora no rosto dos autos «p»: R$ «v», liberação após decisão\n", p=cnj_of(g, uf), v=brl(g.ri(5000, 60000)))
    doc.t("\nAPROVAÇÕES\n")
    t = g.moment(datetime.date(2026, g.ri(1, 5), g.ri(1, 28)))
    for who, role in [(an, "analista de operações"), (ctl, "controladoria"), (dire, "diretoria")]:
        t = t + datetime.timedelta(minutes=g.ri(10, 600))
        if g.chance(0.5):
            doc.f("[«t»] «n» («r») — aprovado\n", t=ts(t, "br"), n=P(g.pick([who.full, who.short])), r=role)
        else:
            doc.f("[«t»] usuário «n» («r») — aprovado via token\n", t=ts(t, "br"), n=login(who, g), r=role)
    doc.f("\nTED enviada(s) em «d». Comprovantes arquivados na pasta da operação. «w»\n", d=dbr(t.date() + datetime.timedelta(days=g.ri(0, 2))), w=g.pick(["", "Devolução de TED: conta encerrada — reenviar por Pix.", word_neg(g)]))
    return doc


def abbrev(e: str) -> str:
    """A debtor's short name for a narrow column ('Est. GO', 'Mun. Campinas', 'SPPREV', 'INSS')."""
    if "–" in e:
        return e.split("–")[-1].strip().split()[0]
    if e.startswith("Estado"):
        return "Est. " + next(k for k, v in UF_NAME.items() if e.endswith(v))
    if e.startswith("Município"):
        return "Mun. " + e.split(" ", 2)[2]
    if e.startswith("União"):
        return "União"
    return e.split()[0]


def fi_carteira(g: Gen) -> Doc:
    """The portfolio report of the precatórios bought, as a fixed-width listing (names cut at the width, some rows 'SURNAME, GIVEN')
    or a ruled table: internal id, the original creditor, CPF, debtor, nature, preference, face value, price paid, deságio, expected
    year; the analyst who generated it and the totals."""
    doc = Doc()
    firm, dom, short = g.pick(FIRMS)
    an = g.person()
    doc.f("«f» — CARTEIRA DE PRECATÓRIOS ADQUIRIDOS — posição «d»\nEmitido por «a»\n\n", f=short.upper(), d=g.date("br", 2026),
          a=P(g.pick([an.full, an.short])) if g.chance(0.5) else "usuário " + login(an, g))
    rows = []
    tf = tp_ = 0.0
    for _ in range(g.ri(6, 9)):
        u = g.pick(["SP", "SP", "SP", "RJ", "MG", "PR", "RS", "BA", "GO", "DF"])
        _CUR["uf"] = u
        p = idoso(g)
        e, fed = ente(g, u, 0.2)
        f_ = face(g)
        paid = f_ * 0.7 * pct(g) / 100
        tf += f_
        tp_ += paid
        rows.append([V(f"{g.up(2)}{g.d(4)}"), P(g.pick([p.capsf, p.inverted, p.full])), (g.cpf(), "BR_CPF"), (lphone(g, u, style=g.pick(["raw", "plain"])), "PHONE_NUMBER"),
                     V(trib_sigla(u, fed) + " " + abbrev(e)),
                     V(g.pick(["ALIM", "ALIM", "COMUM"])), V(g.pick(["-", "-", "IDOSO", "DOENCA"])), V(brl(f_)), V(brl(paid)), V(f"{100 - int(paid / f_ * 100)}%"),
                     V(str(g.ri(2026, 2031)))])
    cols = ["id", "credor original", "cpf", "contato", "devedor", "nat", "pref", "face", "pago", "desagio", "prev"]
    if g.chance(0.6):
        table_fixed(doc, cols, [6, 24, 14, 13, 16, 5, 6, 12, 12, 7, 4], rows)
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "psql", "plain"]))
    doc.f("\nTotal face: R$ «f» — total pago: R$ «p» — «n» ativos.\n", f=brl(tf), p=brl(tp_), n=len(rows))
    return doc


def fi_informe(g: Gen) -> Doc:
    """The income statement for the tax return (comprovante de rendimentos pagos e de imposto retido), ano-calendário 2025, of a
    precatório or RPV paid as accumulated income (RRA): the paying source with its CNPJ, the beneficiary with CPF (and NIT for an INSS
    case), the months, taxable income, deductions (the lawyer's fees, with the lawyer's name and CPF), tax withheld; the process and the
    requisition (not labelled); the person responsible; then the accountant's note to the client (CRC, e-mail)."""
    doc = Doc()
    city, uf = where(g)
    ben = idoso(g)
    lawyer, resp, acc = g.person(), g.person(), g.person()
    ent, fed = ente(g, uf, 0.6, city)
    src = g.pick(["Banco do Brasil S.A.", "Caixa Econômica Federal"]) if fed else g.pick([f"Tribunal de Justiça — {setor(uf)}", "Banco do Brasil S.A. (depósitos judiciais)"])
    gross = g.ri(20000, 800000) + g.ri(0, 99) / 100
    fees = round(gross * 0.3, 2)
    W = g.ri(92, 100)
    rule = "+" + "-" * W + "+\n"
    doc.t("MINISTÉRIO DA FAZENDA — SECRETARIA ESPECIAL DA RECEITA FEDERAL DO BRASIL\nCOMPROVANTE DE RENDIMENTOS PAGOS E DE IMPOSTO SOBRE A RENDA RETIDO NA FONTE\nAno-calendário 2025\n")

    def box(parts: list) -> None:
        ln = sum(len(s_) for s_, _ in parts)
        doc.t("| ")
        for s_, lab in parts:
            doc.e(s_, lab)
        doc.t(" " * max(1, W - 2 - ln) + " |\n")

    doc.t(rule)
    box([V("1. FONTE PAGADORA: " + src[:50])])
    box([V("   CNPJ: "), (g.cnpj(), "BR_CNPJ")])
    doc.t(rule)
    box([V("2. BENEFICIÁRIO: "), P(g.pick([ben.capsf, ben.full]))])
    box([V("   CPF: "), (g.cpf(), "BR_CPF")] + ([V("   NIT: "), (g.pis(), "BR_PIS")] if "INSS" in ent else []))
    doc.t(rule)
    box([V("3. RENDIMENTOS RECEBIDOS ACUMULADAMENTE (art. 12-A da Lei 7.713/1988)")])
    box([V(f"   Nº de meses: {g.ri(12, 150)}   Total tributável: R$ {brl(gross)}")])
    box([V("   Dedução — honorários pagos a "), P(g.pick([lawyer.full, lawyer.short])), V(" ("), (oab(g), "PROFESSIONAL_ID"), V("), CPF "), (g.cpf(), "BR_CPF")])
    box([V(f"   Valor da dedução: R$ {brl(fees)}   IR retido: R$ {brl(gross * 0.03)}")])
    doc.t(rule)
    box([V("4. INFORMAÇÕES COMPLEMENTARES: " + (req_num(g) if fed else ep_num(g, uf))[:40])])
    box([V("   Processo " + (fed_cnj(g, uf) if fed else cnj_of(g, uf)))])
    doc.t(rule)
    box([V("5. RESPONSÁVEL: "), P(resp.full), V(f" — {g.ri(2, 27):02d}/02/2026")])
    doc.t(rule)
    if g.chance(0.7):
        doc.f("\n-- nota do contador --\n«n», o valor entra na ficha de RRA, não em rendimentos tributáveis comuns; a dedução dos honorários reduz o imposto. "
              "Mande o informe do ano anterior também.\n«a» — «c» — «m» — «t»\n", n=P(ben.first), a=P(acc.full), c=(council2(g, "CRC", uf), "PROFESSIONAL_ID"),
              m=(g.email(acc), "EMAIL_ADDRESS"), t=(lphone(g), "PHONE_NUMBER"))
    return doc


def fi_chat(g: Gen) -> Doc:
    """The treasury's chat channel exported from the corporate messenger (display names are people; bots and logins are not): payments
    of the day to cedentes and heirs (names, CPF, amounts, agency and account, random Pix keys), a TED returned, an investor's
    redemption request (name, a random key), the fiscal note on the 3% tax; @-mentions by name."""
    doc = Doc()
    firm, dom, short = g.pick(FIRMS)
    staff = [g.person() for _ in range(3)]
    t = iter(seq_times(g, 30, g.moment(datetime.date(2026, g.ri(1, 6), g.ri(1, 28)), (8, 11)), 60, 2400))
    style = g.pick(["teams", "slack", "slack", "slack"])

    handles = {id(p): login(p, g) for p in staff}

    def who(p: Person) -> list:
        return [P(p.full)] if style == "teams" else [V(handles[id(p)])]

    def line(p: Person | None, template: str, **vals) -> None:
        tt = next(t)
        if style == "teams":
            doc.t(f"[{tt.strftime('%d/%m %H:%M')}] ")
        else:
            doc.t(f"{tt.strftime('%H:%M')} ")
        if p is None:
            doc.t("Bot Tesouraria")
        else:
            for s_, lab in who(p):
                doc.e(s_, lab)
        doc.t(": ")
        doc.f(template, **vals)
        doc.t("\n")

    doc.f("#tesouraria-liquidações — «f» — exportado por «l»\n", f=short, l=login(staff[0], g))
    if style == "slack":
        doc.t("membros: ")
        for k, p in enumerate(staff):
            doc.t((", " if k else "") + handles[id(p)] + " (")
            doc.e(p.full, "PERSON")
            doc.t(")")
        doc.t("\n")
    doc.t("\n")
    line(None, "«n» pagamentos agendados para hoje, total R$ «v»", n=g.ri(3, 9), v=brl(g.ri(200000, 3000000)))
    for _ in range(g.ri(2, 3)):
        c = idoso(g) if g.chance(0.6) else g.person()
        if g.chance(0.55):
            line(g.pick(staff), "cessão «o» — «n», CPF «c»: R$ «v» na «b» ag «a» cc «ac»", o=cessao_num(g), n=P(g.pick([c.full, c.short, c.caps])), c=(g.cpf(), "BR_CPF"),
                 v=brl(g.ri(20000, 600000)), b=g.pick(["Caixa", "BB", "Itaú", "Bradesco", "Santander"]), a=(g.agency(False), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
        else:
            line(g.pick(staff), "«n» (CPF «c») pediu pra receber por Pix, chave aleatória «k»", n=P(g.pick([c.first, c.short])), c=(g.cpf(), "BR_CPF"), k=(g.uuid(), "PIX_KEY"))
        if g.chance(0.4):
            line(g.pick(staff), "comprovante enviado pro e-mail «e» e pro zap «z»", e=(g.email(c), "EMAIL_ADDRESS"), z=(lphone(g, "SP"), "PHONE_NUMBER"))
    m = g.pick(staff[1:])
    line(staff[0], "@«m» a TED do «n» voltou: conta encerrada (ag «a» cc «c»). Pede pra família mandar outra conta", m=P(m.first) if style == "teams" else V(handles[id(m)]),
         n=P(idoso(g).short), a=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    line(m, g.pick(["ok, já chamei a filha no zap", "vou ligar agora", "👍"]))
    if g.chance(0.6):
        inv = g.person()
        line(g.pick(staff), "investidor «n» (CPF «c») pediu resgate de R$ «v» pra chave «k»", n=P(inv.full), c=(g.cpf(), "BR_CPF"), v=brl(g.ri(5000, 200000)), k=(g.uuid(), "PIX_KEY"))
    line(g.pick(staff), "lembrando: no RPV federal o banco retém 3% de IR na fonte, não descontar de novo")
    line(g.pick(staff), g.pick(["fechado o dia", "conciliado com o extrato", "falta só a do espólio, aguardando alvará", word_neg(g)]))
    return doc


AT = [at_zap, at_notas, at_transcricao, at_email, at_lead, at_ficha, at_reclamacao]
JU = [ju_cessao, ju_habilitacao, ju_comunicacao, ju_dd, ju_lista, ju_escritura, ju_oficio]
SA = [sa_superpref, sa_laudo, sa_pericia, sa_hospital, sa_prioridades, sa_homecare, sa_pcd]
FI = [fi_levantamento, fi_pagamentos, fi_extrato, fi_liquidacao, fi_carteira, fi_informe, fi_chat]


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
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRF|CRBM|CRBio|CRQ|CREA|CRMV|CRC|CRO|CRN|CREFITO)(?![A-Za-z])", v), (rid, v)
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
    print("hundredfortyseventh", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    share = rare_share(records)
    print(f"  rare/invented share of PERSON name words: {100 * share:.1f}%")
    assert 4000 <= n <= 5500, n
    assert 25 <= 100 * counts["PERSON"] / n <= 35, counts["PERSON"] / n
    assert share >= 0.25, share


if __name__ == "__main__":
    sys.exit(main())
