"""Build the hundred-and-forty-third labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredfortythird_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 14343, 280 records: 4 domains x 7 templates x 10 copies. The helpers (Gen, Doc, name
pools, check digits, tables, forms, chat and e-mail helpers, self-check) are copied from the
hundred-and-forty-second set's generator and adapted (urban addresses, phone numbers in each city's area
code, a typing slip that never touches a template's «key», more council acronyms accepted by the check);
the register and every template are new.

Register: THE MUNICIPAL TAX OFFICE'S BACK OFFICE -- the Secretaria Municipal da Fazenda (or de Finanças,
or da Receita Municipal) of a Brazilian city and the desks around it: the property tax (IPTU and the
refuse-collection fee on the same bill), its cadastre (Boletim de Cadastro Imobiliário, field
inspections, area revisions, changes of owner after a death), the exemptions for retirees, for serious
illness and for disabled dependants (with the city's official medical board, the physicians' reports,
the health secretariat's regulation centre and the social workers' home visits), the ISS of self-employed
professionals (fixed annual ISS, registrations through accounting offices, infringement notices), the
ITBI on property sales (guides, reviews of the assessed base, realtors and notaries), the dívida ativa
(CDAs, REFIS instalment agreements, protest at the notaries, tax enforcement suits, writs against a
refused clearance certificate), refunds of double payments, the counter (Praça de Atendimento: tickets,
card terminal), the 156 line, the WhatsApp channel with its bot, the taxpayers' portal and its audit log,
the ombudsman and the administrative tax court (Junta de Recursos Fiscais / Conselho de Contribuintes).
Why this register: the brief asked for a register of urban services or public administration back
offices. Its examples were checked first and are covered: cemeteries and funeral services (the
ninetieth and thirty-ninth), the Defensoria Pública (the hundred-and-thirty-eighth), condominiums and
their security (twenty-second, hundred-and-seventeenth), DETRAN and JARI appeals (eighty-fifth,
hundred-and-sixteenth), school enrolment (sixty-sixth), blood banks (ninety-fifth). Alternatives
considered: urban maintenance requests (tree pruning, street lights, potholes), too close to the
ninety-sixth's municipal cleaning and 156 requests, and rotating street parking (Zona Azul), close to the
traffic-fine appeals of the DETRAN sets. Checked as the brief asked, in the docstrings of all
make_*_set.py (extracted with ast and searched, case-insensitive): "dívida ativa", "REFIS", "execução
fiscal", "ISS fixo", "restituição", "cadastro imobiliário", "valor venal", "planta genérica", "junta
médica", "auditor fiscal", "Secretaria Municipal da Fazenda", "Receita Municipal" and "Praça de
Atendimento" occur in none; "IPTU" (six sets), "ITBI" (two) and "inscrição imobiliária" (four) occur only
as hard negatives or in rent and mortgage statements, "CDA" only as a grain warehouse receipt (the
ninety-first), "protesto" in the forty-ninth and hundred-and-forty-second in passing, "impugnação" only
as an electoral challenge (the hundred-and-ninth). The writer of the hundred-and-forty-fourth set works
on rural and industry logistics, a different family.
Every taxpayer, servant, physician, lawyer, firm and building is invented (accounting offices
Contabilidade Prudente & Associados, Escritório Contábil Flor de Lis, Aurora Assessoria Contábil, Bacelar
& Sucupira Contadores, Organização Contábil Leão Branco, Quintanilha Consultoria Tributária; realtors
Imobiliária Leão Dourado, Sarapião Empreendimentos Imobiliários, Imóveis Bento Amado, Rosa Branca
Negócios Imobiliários, Imobiliária Vitória Régia, Celeste Imóveis; builders Construtora Bento Amado Ltda.,
Incorporadora Aurora do Vale S.A., Prudente Engenharia e Construções Ltda., Construtora Leão Forte Ltda.,
Furquim & Landim Incorporações Ltda.; buildings Edifício Residencial Aurora, Condomínio Vitória Régia,
Residencial Flor de Lis, Edifício Dona Glória, Condomínio Bosque Amado, Residencial Prudente de Morais,
Edifício Leão XIII; health units Hospital Municipal Leão XIII, Hospital de Câncer Aurora, Centro de
Oncologia Bento Amado, Clínica de Hemodiálise Vitória, Hospital Regional Dourado; the rehabilitation
centres Flor de Lis, Irmã Dulce, Aurora, Bento Amado, Vitória; the bots Aurora, Fazendinha, Leãozinho,
Tributino, Assistente Virtual); the cities, laws, councils and ICD-10 codes are real; CEPs are random
(they do not match the city), banks real.

Layouts: a WhatsApp export of the office's channel (bot menu, a citizen by number or profile name, a
typed CPF that fails then the right one, the owner's name masked by the bot in some copies); a
lower-case speech-to-text 156 call with CPF, CEP, phone and birth date read out in groups or in words
("meia" for six) and the typed record as a form; a ticket log as fixed-width (names cut at the width),
psql, +---+, blank-aligned or CSV table; e-mail threads with quoted replies, Cc to role mailboxes and
X-Originating-IP; a portal audit log as JSON lines or key=value syslog; an ombudsman record with the
answer; a cadastre form as "Campo: valor", dotted leaders or a ruled box, OCR'd in some copies (labels
and names damaged, identifiers clean); petitions, an appeal, a tax court decision (mixed case or
capitals), an enforcement petition with a CDA table, a notary's intimation in capitals with a forwarded
e-mail, an ITBI review with the auditor's opinion, an ISS infringement notice in capitals, a writ with
the judge's decision; physicians' reports (letter, form, OCR'd), the medical board's minutes with a
Markdown, psql, pipe, +---+ or plain table, a CSV or Markdown worksheet, a multidisciplinary report with
a family table, a SINAN form as numbered "| box | value" lines, a health e-mail thread, a home-visit
report as narrative or form; the IPTU bill as extracted text with instalment table, a REFIS term with a
CDA table, a CSV file of CDAs sent to protest, a refund request, the fixed-ISS roll in six table styles,
a card terminal report with e-mails, an ITBI guide with the sale's WhatsApp group. Typing slips in
citizens' messages and in names typed by staff; a typo'd name or address is still labelled.
- atendimento: (0) the tax office's WhatsApp channel (bot menu; the citizen's CPF typed, a failing one
  first in some copies; the property's address in lower case; the late owner named or masked; the
  attendant by first name or the channel's name; a sibling heir's CPF, the late owner's CPF; the
  citizen's full name and e-mail; a card number typed sometimes, a phone); (1) the 156 call of a retiree
  asking for the exemption (attendant's first name; caller's name; CPF, birth date, CEP, phone read out;
  the INSS benefit number read out, unlabelled; the property's address; the daughter or son who will
  bring the papers) and the typed record (attendant by name or login); (2) the counter's ticket log
  (ticket, times, taxpayer: a person in several forms, an estate, a firm with its CNPJ; CPF/CNPJ; phone
  in some rows; service; desk; attendant by login, sometimes by name; a note with a name and a phone to
  call back; the supervisor by name or registration); (3) an e-mail thread of an accountant asking the
  ISS division to register a self-employed professional (the auditor's and the accountant's corporate
  e-mails; the professional's council number, CPF, NIT, RG sometimes, home office, CEP, phone, e-mail; the
  accountant's CRC and firm landline; the CCM unlabelled; X-Originating-IP); (4) the portal's audit log
  (CPF, name, e-mail, public IPv4/IPv6 labelled, intranet IPs not; an e-mail change with both e-mails; an
  electronic proxy with the proxy's name and CPF; a failed login with a mistyped CPF, unlabelled; the
  analyst's note with the CPF, the name, an IP and the phone); (5) an ombudsman record of an heir (CPF,
  RG sometimes, phone, e-mail, mailing address and CEP; the late mother or father; the property's
  address; co-heirs with CPF; the inventory's CNJ number unlabelled) and the cadastre's answer by an
  agent; (6) the cadastre form (owner with CPF, RG or CNH, birth date; spouse or co-owner with CPF; a buyer
  under contract with CPF and phone sometimes; the property's address and CEP; a mailing address
  sometimes; phone, e-mail; the agent and the person met; the official car's plate).
- juridico: (0) an appeal against the IPTU assessment (taxpayer qualified: RG or CNH, CPF, título
  sometimes, e-mail or phone, home, CEP; the property's address when it is not the home; the engineer
  with CREA; the lawyer with OAB, e-mail and phone); (1) a decision of the tax court (appellant with CPF,
  e-mail and phone for intimations; the rapporteur; the Treasury's attorney with OAB; the report with the
  appellant's birth date, home and CEP, a son or daughter with CPF and NIT sometimes; a dissenting member
  and the president); (2) the municipal attorney's petition in a tax enforcement suit (the city's CNPJ;
  the debtor with CPF and NIT sometimes; the heirs with CPF; the car found in RENAJUD with its plate; the
  INFOJUD address and CEP; the CDA table unlabelled; the attorney with OAB); (3) a notary's protest
  intimation in capitals (the notary; the debtor with CPF, home and CEP, or a firm with CNPJ and its
  partner with CPF, the firm's seat unlabelled but its CEP labelled; the city's CNPJ; the clerk; who received it, with RG)
  and the debtor's forwarded e-mail with phone; (4) a request to review the ITBI base (the buyers
  qualified; the seller with CPF or a builder with CNPJ; a person's flat: ADDRESS, a builder's unit: not;
  the realtor with CRECI; the auditor and the head); (5) an ISS infringement notice in capitals (the
  professional with CPF, council number, home as tax domicile, CEP, phone, e-mail; or a firm with CNPJ and
  its partner; the auditor; the signature by name or a refusal; a witness with RG); (6) a writ of
  mandamus for a clearance certificate in an inventory (the heir qualified; the Secretary; the late owner;
  the property; a namesake with his own CPF; co-heirs with CPF; two lawyers with OAB; the judge).
- saude: (0) a physician's report for the serious-illness exemption (patient with birth date, CNS, CPF
  sometimes, phone sometimes, home and CEP sometimes; ICD-10 unlabelled; a companion with phone; the
  physician with CRM, RQE unlabelled; the clinical director sometimes); (1) the official medical board's
  minutes (three examiners with CRM; the secretary by name sometimes; applicants with CPF, CNS, birth date,
  ICD-10; the assistant physician by name and CRM, or by CRM alone; a daughter as guardian); (2) the
  exemption desk's worksheet (applicant in several forms, "SURNAME, GIVEN" included; CPF; CNS; birth
  date; ICD-10; the physician by name in some copies and CRM; phone; CEP; the analyst's note with a
  failing CPF, unlabelled); (3) a rehabilitation centre's report for a disabled child (child with birth
  date and CNS; the mother with CPF, phone, home, CEP; neurologist's CRM, physiotherapist's CREFITO, social
  worker's CRESS; the family table with birth dates); (4) the SINAN anti-rabies form of the cadastre agent
  bitten by a dog (birth date, CNS, CPF sometimes, mother, home, CEP, phone; the dog's owner with address
  and phone; the official car's plate sometimes; the nurse with COREN; W54, T14.1 and the CAT number
  unlabelled); (5) the e-mail thread with the regulation centre (corporate e-mails; applicants with birth
  date, CNS, CPF sometimes; the answers by name or by order; a death date, not a birth date; the nurse's
  COREN; the IP sometimes); (6) a home-visit report renewing a bedridden elder's exemption (CPF, CNS,
  birth date, NB unlabelled, home, CEP; the social worker with CRESS; the community health agent; the
  daughter and carer with phone and CPF; the grandson by first name; the physician with CRM).
- financeiro: (0) the IPTU bill (taxpayer with CPF, or a builder with CNPJ and its property unlabelled; a
  buyer under contract or a co-owner with CPF; the property's address and CEP; a mailing address; the
  city's random Pix key; the other properties of the same CPF with addresses and CEPs; the contact data
  on file; the portal delivery with e-mail and IP; registration, collection lines and CDA unlabelled);
  (1) a REFIS agreement (the debtor qualified, NIT or título sometimes; a proxy with CPF; the CDA table;
  the automatic debit's agency and account, sometimes a relative's; the clerk; witnesses with CPF); (2) the
  file of CDAs sent to protest (persons, estates, firms; CPF or CNPJ; addresses of persons, not of firms; every
  CEP; e-mails of persons, role mailboxes of firms; phones; the rows removed: a failing CPF unlabelled);
  (3) a refund request (CPF, CNH, RG or título, phone, e-mail, home, CEP; agency and account, the spouse's
  sometimes, or a Pix key of any kind; the analyst and the director); (4) the fixed-ISS roll (name, CPF,
  NIT in some rolls, profession, council number: CRM, OAB, CRC, CREA, CRP, CRO, CRECI, CAU, CREFITO, COREN,
  CRN, CRMV; phone in some rolls; footnotes naming who moved and who died; the auditor); (5) the card
  terminal report (masked cards, NSU, DAM unlabelled; the payer's CPF or CNPJ; the operator by name or
  login) with a taxpayer's e-mail typing a full card number, CPF and phone, the treasury's answer, and a
  double charge refunded to an agency and account or a Pix key; (6) the ITBI guide (seller with CPF or a
  builder with CNPJ, buyer with CPF, phone and e-mail, a person's property as ADDRESS) and the sale's
  WhatsApp group (the realtor by first name with CRECI, the buyer and seller by name or number, the
  notary's clerk, a Pix key, the down payment's agency and account, the clerk's landline).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.", "Sra.",
"Dr.", "Dra.", "dona", "seu", "Conselheiro(a)"; particles and suffixes inside a name are part of it
("Júnior", "Filho", "Neto"); "SURNAME, GIVEN" (the worksheet and the protest file) is one span; first
names alone, nicknames, lower-case, ALL CAPS, OCR-damaged and typo'd names and names cut at a fixed width
are persons. Staff named in the text are persons (attendants, auditors, agents, analysts, clerks,
supervisors, examiners, physicians, nurses, social workers, health agents, attorneys, rapporteurs,
notaries, realtors, accountants, judges, the Secretary); logins ("lzuluaga17", "aalmeida") and senders
that are roles ("Fazenda Atende", "atendente", "cidadão", "spk_0") are not; a saved contact's suffix
("Corretor", "Corretora", "Cartório", "(Fazenda)") and "Atendente" before a name stay outside the span.
Corporate e-mails of people are EMAIL_ADDRESS (the tax office's and the health secretariat's gov.br staff,
the accounting office's accountant, a lawyer's firm); role mailboxes (iss@, tesouraria@, regulacao@,
protesto@, financeiro@...) are not. ADDRESS is a person's street + number + complement, spoken ones
included; the property whose tax is at issue is ADDRESS when a person owns or sells it, and so is a
mailing address; the district, city, UF and CEP stay outside (CEP is BR_CEP, a firm's too, though
its street is not ADDRESS). NIS, NIT and PIS are one
identifier, BR_PIS. Agency and account are separate BANK_ACCOUNT spans, whoever holds them; bank names
and codes are not. PIX_KEY only for random keys (also the city's key on the bill); a key that is a CPF,
CNPJ, phone or e-mail takes that label. DATE_OF_BIRTH only for births ("DN", "nascimento", "nascido em",
"Data nasc.", a spoken one); diagnosis, death, visit, inspection, due, payment and signature dates are
not. PROFESSIONAL_ID: OAB, CRM, COREN, CRC, CREA, CRP, CRO, CRECI, CAU, CREFITO, CRN, CRMV and CRESS
numbers with the acronym and the UF or region. Every phone number is PHONE_NUMBER (firms', notaries' and
the city's landlines included; the 156 is not). IP_ADDRESS only for public addresses (v4 and v6). Every
CNPJ is labelled (numeric and the 2026 alphanumeric form: the city, builders, realtors, firms). A full
card number typed by a person is CREDIT_CARD; masked cards are not labelled. Identifiers read out in
groups or in words are labelled like their digits.
Decisions of this set: in "ESPÓLIO DE NAME" only NAME is PERSON; a name masked by the bot ("J******
S******* M*****") is not labelled; a namesake (homônimo) is a person; an assistant physician given only
by CRM ("laudo assinado por CRM/MG 67083") is PROFESSIONAL_ID; a firm's name holding a surname
("SARAPIAO SERVIÇOS MÉDICOS LTDA", "Furquim & Landim Incorporações Ltda.") is not a person, and a firm's
seat or a builder's unit is not ADDRESS; a lot given only as "Loteamento X, Qd. 14, Lt. 21" is not
ADDRESS; the official car's plate is LICENSE_PLATE.
Not labelled (hard negatives): property registrations (inscrição imobiliária, some of 11 or 14 digits
drawn to fail the checks), CCM numbers, CDA numbers, DAM and guide numbers, collection lines (boleto),
notice, infringement-notice, protocol, ticket, SEI and administrative process numbers, OP numbers, NSU,
INSS benefit numbers (NB, typed or read out), chart numbers, RQE, servants' registrations, CAT numbers,
CNJ process numbers, ICD-10 codes (C50.9, C61, C18.7, C34.1, G35, G12.2, N18.5, G20, C91.1, F20.0, I50.0,
C53.9, G30.1, H54.0, G80.0, F84.0, Q90.9, G71.0, Q05.9, T91.3, I69.4, M81.0, W54, T14.1), items of the
service list (4.01, 4.16...), laws and rules (Lei 5.172/1966 (CTN), Lei 6.830/1980, LC 116/2003, Lei
9.492/1997, Súmula 399 do STJ, art. 145, 151, 174 and 205 do CTN, Lei 13.709/2018, the municipal tax
codes), money and amounts in words, areas, venal values and rates, non-birth dates, a CPF typed wrong in
the chat, the portal or a protocol (checked to fail), masked cards and names, logins, firms, buildings,
allotments and units named after people or with name-words (Imóveis Bento Amado, Edifício Dona Glória,
Residencial Prudente de Morais, Loteamento Prudente, Hospital Municipal Leão XIII, Clínica de Hemodiálise
Vitória), cities (Presidente Prudente, Vitória, Serra, Salvador), streets named after people when they
stand alone ("A Rua Bento Gonçalves foi recapeada"; inside an address they are ADDRESS), the bots (Aurora,
Fazendinha, Leãozinho, Tributino). Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Bento,
Prudente, Amado, Leão, Branco, Celeste, Serena, Sereno...) are names here and, elsewhere, words, firms,
buildings, streets and cities, not persons ("seria prudente conferir a metragem", "foi uma vitória
conseguir o desconto", "a luz do saguão", "o imposto não é justo", "não há esperança de parcelar").
Names: Brazilian names of many origins (Portuguese common and regional, coined, old urban names added for
this set (Hermengarda, Florentina, Leocádia, Belmiro, Teodósio, Custódio...), Italian, German, Polish,
Ukrainian, Armenian, Lebanese, Syrian, Japanese, Korean, Chinese, Haitian, Angolan, Senegalese, Nigerian,
Cape Verdean, Bolivian, Peruvian, Paraguayan, Venezuelan, Colombian, Cuban, indigenous, Guarani, Jewish),
rare or invented name words well above a quarter (main() prints the share, about half; a word of any
common-name pool never counts as rare). PERSON is about a third of the spans.
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
        doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
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





# --------------------------------------------------------------------------- register: the municipal tax office (IPTU, ISS, ITBI, dívida ativa)

SEED = 14343
OUT_NAME = "hundredfortythird.jsonl"

NICK.update({"Valentina": "Val", "Bernardo": "Bê", "Helena": "Lena", "Cecília": "Ciça", "Alice": "Lili", "Laura": "Laurinha",
             "Ednaldo": "Naldo", "Jocimar": "Joci", "Osvaldir": "Vadinho", "Gerivaldo": "Gerí", "Dorivaldo": "Dori", "Nerivaldo": "Neri",
             "Ueliton": "Uel", "Maxsuel": "Max", "Edivânio": "Vaninho", "Genésio": "Gena", "Claudiomiro": "Miro", "Marlúcia": "Lúcia",
             "Hermengarda": "Garda", "Florentina": "Tina", "Belmiro": "Miro", "Ambrosina": "Zina", "Leocádia": "Cadinha"})
# a few old urban given names and surnames of this register (rare: not in the common lists)
RARE_F += ["Hermengarda", "Florentina", "Ambrosina", "Leocádia", "Eulália", "Honorina", "Clotilde Maria", "Adalgisa", "Otília", "Ismênia"]
RARE_M += ["Belmiro", "Olímpio", "Teodósio", "Custódio", "Aureliano", "Nicanor", "Evaristo", "Idelfonso", "Galdino", "Prisciliano"]
RARE_SUR += ["Lobato Tinoco", "Quaresma", "Brandini", "Cotrim", "Landim", "Vasques Leme", "Sampaio Corrêa", "Ribas", "Montenegro Bastos", "Pestana"]
RARE.update(["Hermengarda", "Florentina", "Ambrosina", "Leocádia", "Eulália", "Honorina", "Clotilde Maria", "Adalgisa", "Otília", "Ismênia",
             "Belmiro", "Olímpio", "Teodósio", "Custódio", "Aureliano", "Nicanor", "Evaristo", "Idelfonso", "Galdino", "Prisciliano",
             "Lobato Tinoco", "Quaresma", "Brandini", "Cotrim", "Landim", "Vasques Leme", "Sampaio Corrêa", "Ribas", "Montenegro Bastos", "Pestana"])

# area codes of each city of CITIES (phone numbers are labelled whatever their area code)
CITY_DDD = {"São Paulo": "11", "Guarulhos": "11", "Campinas": "19", "Osasco": "11", "Santo André": "11", "São Bernardo do Campo": "11",
            "Sorocaba": "15", "Presidente Prudente": "18", "Ribeirão Preto": "16", "Belo Horizonte": "31", "Contagem": "31", "Betim": "31",
            "Juiz de Fora": "32", "Rio de Janeiro": "21", "Niterói": "21", "Duque de Caxias": "21", "Curitiba": "41", "Londrina": "43",
            "Porto Alegre": "51", "Caxias do Sul": "54", "Florianópolis": "48", "Joinville": "47", "Salvador": "71", "Feira de Santana": "75",
            "Recife": "81", "Jaboatão dos Guararapes": "81", "Fortaleza": "85", "Natal": "84", "João Pessoa": "83", "São Luís": "98",
            "Teresina": "86", "Belém": "91", "Manaus": "92", "Goiânia": "62", "Aparecida de Goiânia": "62", "Campo Grande": "67",
            "Cuiabá": "65", "Vitória": "27", "Vila Velha": "27", "Serra": "27", "Maceió": "82", "Aracaju": "79", "Brasília": "61"}
# the tax office's name and the administrative tax court's name vary from city to city
SECS = ["Secretaria Municipal da Fazenda", "Secretaria Municipal de Finanças", "Secretaria da Receita Municipal", "Secretaria Municipal de Fazenda e Planejamento",
        "Secretaria Municipal da Fazenda e Tributação"]
JRFS = ["Junta de Recursos Fiscais", "Conselho Municipal de Contribuintes", "Conselho de Recursos Fiscais", "Conselho Municipal de Tributos",
        "Junta de Impugnação Fiscal"]
# firms, buildings, allotments and notaries holding surnames or name-words (not persons; their addresses are not labelled)
FIRMS = [("Contabilidade Prudente & Associados", "prudentecontabil.com.br"), ("Escritório Contábil Flor de Lis", "flordelis.cnt.br"),
         ("Aurora Assessoria Contábil", "auroracontabil.com.br"), ("Bacelar & Sucupira Contadores", "bacelarsucupira.com.br"),
         ("Organização Contábil Leão Branco", "leaobranco.cnt.br"), ("Quintanilha Consultoria Tributária", "quintanilhatrib.com.br")]
REALTORS = ["Imobiliária Leão Dourado", "Sarapião Empreendimentos Imobiliários", "Imóveis Bento Amado", "Rosa Branca Negócios Imobiliários",
            "Imobiliária Vitória Régia", "Celeste Imóveis"]
BUILDERS = ["Construtora Bento Amado Ltda.", "Incorporadora Aurora do Vale S.A.", "Prudente Engenharia e Construções Ltda.", "Construtora Leão Forte Ltda.",
            "Furquim & Landim Incorporações Ltda."]
CONDOS = ["Edifício Residencial Aurora", "Condomínio Vitória Régia", "Residencial Flor de Lis", "Edifício Dona Glória", "Condomínio Bosque Amado",
          "Residencial Prudente de Morais", "Edifício Leão XIII", "Conjunto Residencial Bento Ribeiro"]
NOTARIES = ["Tabelionato de Protesto de Títulos", "2º Tabelionato de Notas e Protesto", "1º Tabelionato de Protesto", "Cartório do 2º Ofício"]
NOTES = ["1º Tabelionato de Notas", "2º Tabelionato de Notas e Protesto", "3º Ofício de Notas", "Cartório do 2º Ofício", "4º Tabelionato de Notas"]
BOTS = ["Aurora", "Fazendinha", "Assistente Virtual", "Leãozinho", "Tributino"]
ROLE_BOXES = ["atendimento", "fazenda", "iptu", "iss", "itbi", "cadastro", "dividaativa", "divida.ativa", "ouvidoria", "protocolo", "gabinete",
              "tesouraria", "naoresponda", "no-reply", "juntamedica", "isencoes", "jrf", "contato", "sac", "financeiro", "nfse", "fiscalizacao",
              "procuradoria", "pgm", "saude", "regulacao", "oncologia", "vigilancia", "cerest", "protesto", "intimacao", "escritorio", "recepcao",
              "secretaria", "juridico", "cobranca", "arrecadacao", "restituicao", "notas", "comercial", "assistenciasocial", "sesmt", "rh"]
LAWS = ["Lei 5.172/1966 (CTN)", "Lei 6.830/1980", "LC 116/2003", "Lei 9.492/1997", "art. 156 da Constituição", "Lei 13.709/2018",
        "Lei 12.527/2011", "Súmula 399 do STJ", "Tema 1.113 do STJ", "art. 32 do CTN", "art. 145 do CTN", "art. 174 do CTN", "Decreto-Lei 406/1968",
        "Lei 14.133/2021", "art. 9º, § 1º, do Decreto-Lei 406/1968"]
CTM = ["Lei Complementar nº {n}/{y} (Código Tributário Municipal)", "Código Tributário do Município (LC {n}/{y})", "Lei Municipal nº {n}/{y}"]
CIDS_GRAVE = [("C50.9", "neoplasia maligna da mama"), ("C61", "neoplasia maligna da próstata"), ("C18.7", "neoplasia maligna do cólon sigmoide"),
              ("C34.1", "neoplasia maligna do lobo superior do pulmão"), ("G35", "esclerose múltipla"), ("G12.2", "esclerose lateral amiotrófica"),
              ("N18.5", "doença renal crônica estágio 5 (hemodiálise)"), ("G20", "doença de Parkinson"), ("C91.1", "leucemia linfocítica crônica"),
              ("F20.0", "esquizofrenia paranoide"), ("I50.0", "insuficiência cardíaca congestiva"), ("C53.9", "neoplasia maligna do colo do útero"),
              ("G30.1", "doença de Alzheimer de início tardio"), ("H54.0", "cegueira em ambos os olhos")]
CIDS_PCD = [("G80.0", "paralisia cerebral espástica quadriplégica"), ("F84.0", "autismo infantil"), ("Q90.9", "síndrome de Down"),
            ("G71.0", "distrofia muscular"), ("Q05.9", "espinha bífida"), ("T91.3", "sequela de traumatismo da medula espinhal")]
# the specialty that signs and the treatment written for each disease of CIDS_GRAVE (by the code's letter or the code)
SPEC = {"C": ("Oncologista", ["em quimioterapia adjuvante desde então", "submetid{o} a cirurgia e radioterapia", "em hormonioterapia e seguimento trimestral",
                              "sem possibilidade de cura, em cuidados paliativos"]),
        "G": ("Neurologista", ["em acompanhamento e uso contínuo de medicação", "com perda progressiva da autonomia", "dependente de cuidador para as atividades diárias"]),
        "N": ("Nefrologista", ["em hemodiálise três vezes por semana", "aguardando transplante renal, em diálise"]),
        "F": ("Psiquiatra", ["em acompanhamento no CAPS e uso contínuo de antipsicótico", "interditad{o} judicialmente, em tratamento contínuo"]),
        "I": ("Cardiologista", ["em uso contínuo de medicação, classe funcional III", "com internações repetidas no último ano"]),
        "H": ("Oftalmologista", ["sem possibilidade de recuperação visual", "com acuidade visual inferior a 0,05 em ambos os olhos"])}
HOSPITALS = ["Hospital Municipal Leão XIII", "Hospital de Câncer Aurora", "Centro de Oncologia Bento Amado", "Policlínica Flor de Lis",
             "Hospital Santa Rosa de Lima", "Clínica de Hemodiálise Vitória", "UBS Vila Prudente", "Hospital Regional Dourado"]
PROFS = [("médico", "médica", "CRM"), ("advogado", "advogada", "OAB"), ("contador", "contadora", "CRC"), ("engenheiro civil", "engenheira civil", "CREA"),
         ("psicólogo", "psicóloga", "CRP"), ("dentista", "dentista", "CRO"), ("corretor de imóveis", "corretora de imóveis", "CRECI"),
         ("arquiteto", "arquiteta", "CAU"), ("fisioterapeuta", "fisioterapeuta", "CREFITO"), ("enfermeiro", "enfermeira", "COREN"),
         ("nutricionista", "nutricionista", "CRN"), ("médico veterinário", "médica veterinária", "CRMV")]


def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold(s).lower())


def gov(city: str, uf: str, sec: str = "") -> str:
    return (f"{sec}." if sec else "") + f"{slug(city)}.{uf.lower()}.gov.br"


def home(g: Gen, style: str = "text", rural: float = 0.0, uf: str | None = None) -> str:
    """A house or flat in a city (the register is urban; qualify() asks for it)."""
    return g.address(style)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def sei(g: Gen, y: int | None = None) -> str:
    """An administrative process number (SEI or the city's own); not labelled."""
    y = y or g.ri(2023, 2026)
    return clean(g, lambda: g.pick([f"SEI {g.d(4)}.{y}/{g.d(7)}-{g.d(1)}", f"{g.d(2)}.{g.d(3)}/{y}", f"Processo {g.d(5)}/{y}",
                                    f"{g.d(4)}.{g.d(5)}/{y}-{g.d(2)}", f"PA {g.d(6)}/{y}"]))


def insc(g: Gen) -> str:
    """A property's registration (inscrição imobiliária / cadastral / SQL); not labelled."""
    return clean(g, lambda: g.pick([f"{g.d(2)}.{g.d(3)}.{g.d(4)}.{g.d(4)}", f"{g.d(3)}.{g.d(3)}.{g.d(4)}-{g.d(1)}", f"{g.d(1)}.{g.d(4)}.{g.d(3)}.{g.d(4)}",
                                    f"{g.d(2)}{g.d(2)}{g.d(3)}{g.d(4)}{g.d(3)}", f"{g.d(4)}.{g.d(3)}.{g.d(4)}"]))


def ccm(g: Gen) -> str:
    """A municipal taxpayer registration (CCM / inscrição municipal); not labelled."""
    return clean(g, lambda: g.pick([f"{g.d(1)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", f"{g.d(6)}-{g.d(1)}", f"{g.d(3)}.{g.d(3)}/{g.d(3)}-{g.d(2)}"]))


def cda(g: Gen) -> str:
    """A certificate of the dívida ativa (CDA) number; not labelled."""
    return clean(g, lambda: g.pick([f"{g.ri(2019, 2025)}/{g.d(6)}", f"{g.d(8)}/{g.ri(2019, 2025)}", f"{g.d(3)}.{g.d(3)}/{g.ri(2019, 2025)}-{g.d(2)}",
                                    f"CDA-{g.d(5)}/{g.ri(19, 25)}"]))


def guia(g: Gen) -> str:
    """A DAM / guide number; not labelled."""
    return clean(g, lambda: g.pick([f"{g.ri(2025, 2026)}{g.d(9)}", f"{g.d(3)}.{g.d(3)}.{g.d(3)}.{g.d(2)}", f"{g.d(10)}"]))


def linha(g: Gen) -> str:
    """A collection boleto line (arrecadação, starting with 8); not labelled."""
    return clean(g, lambda: f"8{g.pick('1236')}{g.d(9)}-{g.d(1)} {g.d(11)}-{g.d(1)} {g.d(11)}-{g.d(1)} {g.d(11)}-{g.d(1)}")


def nb(g: Gen) -> str:
    """An INSS benefit number (NB, 10 digits); not labelled."""
    return clean(g, lambda: g.pick([f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", g.d(10), f"{g.d(3)} {g.d(3)} {g.d(3)} {g.d(1)}"]))


def cnj_of(g: Gen, uf: str, seg: str | None = None) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2021, 2026)}.{seg or CNJ_SEG.get(uf, '8.26')}.{g.d(4)}")


def money(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + brl(g.ri(lo, hi) + g.pick([0, 0, 0, 0.5, 0.9, 0.35, 0.17, 0.62]))


def bank(g: Gen) -> str:
    return g.pick(BANKS)[1]


def tp(g: Gen, s: str, p: float = 0.2) -> str:
    """A typing slip with probability p; in a template, only in its words, never inside a «key»."""
    if not g.chance(p):
        return s
    if "«" not in s:
        return typo(s, g)
    parts = re.split(r"(«\w+»)", s)
    idx = [i for i, x in enumerate(parts) if not MARK.fullmatch(x) and len(x) > 3]
    if not idx:
        return s
    i = g.pick(idx)
    parts[i] = typo(parts[i], g)
    return "".join(parts)


def cphone(g: Gen, city: str, mobile: bool = True, style: str | None = None) -> str:
    """A phone number in the city's area code (a third of them from elsewhere); labelled like any phone number."""
    ddd = CITY_DDD.get(city, "11") if g.chance(0.7) else g.pick(DDDS)
    while True:
        local = ("9" + str(g.ri(6, 9)) + g.d(7)) if mobile else (str(g.ri(2, 4)) + g.d(7))
        raw = ddd + local
        if not (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10:11] or cnh_dv(raw[:9]) == raw[9:]):
            return g.fmt_phone(ddd, local, style or g.pick(["par", "par", "plain", "nospace", "raw", "dash", "plus"]))


def ctm(g: Gen) -> str:
    return g.pick(CTM).format(n=g.ri(7, 480), y=g.ri(1966, 2019))


def cid_g(g: Gen) -> tuple[str, str]:
    return g.pick(CIDS_GRAVE)


def venal(g: Gen) -> float:
    return g.ri(38, 1900) * 1000 + g.pick([0, 0, 512.37, 216.8, 904.15])


def council_any(g: Gen, kind: str, uf: str) -> str:
    """A council registration with its acronym and UF (or region); PROFESSIONAL_ID."""
    n = g.ri(1000, 259999)
    dotted = f"{n:,}".replace(",", ".")
    if kind == "CRO":
        return g.pick([f"CRO-{uf} {g.ri(1000, 99999)}", f"CRO/{uf} nº {g.ri(1000, 99999)}"])
    if kind == "CRECI":
        return g.pick([f"CRECI-{uf} {g.ri(1000, 299999)}-F", f"CRECI/{uf} nº {g.ri(1000, 99999)}", f"CRECI {g.ri(1, 24)}ª Região {g.ri(1000, 99999)}"])
    if kind == "CAU":
        return g.pick([f"CAU/{uf} A{g.ri(10000, 299999)}-{g.d(1)}", f"CAU A{g.ri(10000, 299999)}-{g.d(1)}"])
    if kind == "CRN":
        return g.pick([f"CRN-{g.ri(1, 11)} {g.ri(1000, 59999)}", f"CRN{g.ri(1, 11)}/{g.ri(1000, 59999)}"])
    if kind == "CRMV":
        return g.pick([f"CRMV-{uf} {g.ri(1000, 59999)}", f"CRMV/{uf} nº {g.ri(1000, 59999)}"])
    if kind == "CRF":
        return g.pick([f"CRF-{uf} {n}", f"CRF/{uf} nº {dotted}"])
    return g.council(kind, uf)


def signed(g: Gen, doc: Doc, p: Person, role: str, pid: str | None = None, caps: bool = False) -> None:
    doc.t("\n_______________________________\n")
    doc.e(p.capsf if caps else g.pick([p.full, p.caps]), "PERSON")
    doc.t("\n" + (fold(role).upper() if caps else role))
    if pid:
        doc.t(" — ")
        doc.e(pid, "PROFESSIONAL_ID")
    doc.t("\n")


def dr(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def cl2(doc: Doc, stamp: str, who: list[tuple], template: str = "", **vals) -> None:
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


def kid(g: Gen, parent: Person, female: bool | None = None) -> Person:
    female = g.chance(0.5) if female is None else female
    k = g.relative(parent, female)
    if g.chance(0.1):
        o = g.pick(["in", "gk", "ht", "it", "ar", "jp", "kr"])
        k = Person(g.pick(FOREIGN[o][0] if female else FOREIGN[o][1]), k.surnames, female)
    return k


def heirs(g: Gen, dead: Person, n: int) -> list[Person]:
    return [g.relative(dead) for _ in range(n)]


def chat_neg(g: Gen) -> str:
    return g.pick(["ok", "obrigado", "obrigada!", "<Mídia oculta>", "👍", "tá bom", "blz", "kkkk", "Esta mensagem foi apagada", "áudio de 0:41",
                   "imagem anexada: carne_iptu.jpg", "vou ver aqui", "não consigo abrir o PDF", "o site da prefeitura caiu de novo", "🙏"])


def word_neg(g: Gen) -> str:
    """A sentence in which name-like words are words, places, buildings or firms, not persons."""
    return g.pick(["Seria prudente conferir a metragem antes de pagar a cota única.", "Foi uma vitória conseguir o desconto de 10% na cota única.",
                   "O Edifício Residencial Aurora tem 48 unidades e uma só inscrição-mãe.", "A Rua Bento Gonçalves foi recapeada e a planta genérica subiu.",
                   "O Condomínio Vitória Régia pediu a revisão coletiva do valor venal.", "A Imobiliária Leão Dourado é que envia os carnês dos inquilinos.",
                   "Não há esperança de parcelar em mais de 60 vezes, diz a lei.", "A luz do saguão da Praça de Atendimento está apagada desde segunda.",
                   "O Residencial Flor de Lis fica no Loteamento Jardim Vitória.", "A Construtora Bento Amado Ltda. ainda consta como proprietária no cadastro.",
                   "Em Presidente Prudente a cota única vence em fevereiro.", "O imposto não é justo com quem só tem esse imóvel, disse ela.",
                   "A Avenida Prudente de Morais teve a face de quadra reavaliada.", "A Contabilidade Prudente & Associados protocolou 14 pedidos no mesmo dia."])


def mask_name(p: Person) -> str:
    """A name masked by a bot or a public list ("J*** S****"): not labelled."""
    return " ".join(w if w.lower() in PARTICLES else w[0] + "*" * (len(w) - 1) for w in fold(p.full).upper().split())


# ------------------------------------------------------------------ atendimento

def at_whats(g: Gen) -> Doc:
    """The tax office's WhatsApp channel as exported by the office: the bot's menu (a bot named Aurora or Fazendinha, not a person),
    the citizen by number or profile name, a CPF typed wrong then right, the property's address, the late owner still on the bill, the
    attendant by first name, a sister with CPF, the citizen's e-mail."""
    doc = Doc()
    city, uf = g.city()
    bot = g.pick(BOTS)
    cit = g.person()
    att = g.person(g.chance(0.65))
    dead = g.person(g.chance(0.5), word=g.chance(0.2))
    dead = Person(dead.given, dead.surnames[:1] + [cit.last] if cit.last not in dead.surnames else dead.surnames, dead.female)
    st = chat_stamp(g)
    t = iter(seq_times(g, 30, g.moment(hours=(8, 20)), 15, 400))
    doc.t(g.pick([f"Conversa do WhatsApp com Fazenda Atende — Prefeitura de {city}\n\n", f"WhatsApp Chat with IPTU {fold(city).upper()}\n\n",
                  f"Exportação de conversa — canal oficial da {g.pick(SECS)} ({city}/{uf})\n\n"]))
    r = g.rng.random()
    C = [(cphone(g, city, style="wa"), "PHONE_NUMBER")] if r < 0.6 else [P(cit.first)] if r < 0.6 else [P(cit.short)] if r < 0.8 else [V("~ "), P(cit.nick)]
    B = [V(bot)]
    cl2(doc, st(next(t)), B, f"Olá! Eu sou {'a' if bot in ('Aurora', 'Fazendinha') else 'o'} {bot}, assistente virtual da Fazenda Municipal. Digite: 1 - 2ª via do IPTU; 2 - Certidão negativa; "
        "3 - Parcelamento; 4 - Isenções; 5 - Falar com atendente")
    cl2(doc, st(next(t)), C, g.pick(["1", "1", "2ª via", "5"]))
    cl2(doc, st(next(t)), B, "Informe o CPF ou CNPJ do contribuinte (somente números).")
    cpf = g.cpf(g.pick(["raw", "dot", "raw"]))
    if g.chance(0.4):
        cl2(doc, st(next(t)), C, g.neg_cpf(g.chance(0.5)))
        cl2(doc, st(next(t)), B, "CPF inválido. Confira os números e digite novamente.")
    cl2(doc, st(next(t)), C, "«c»", c=(cpf, "BR_CPF"))
    cl2(doc, st(next(t)), B, "Encontrei «k» imóveis vinculados a este documento. Informe a inscrição imobiliária ou o endereço do imóvel.", k=g.pick(["2", "3"]))
    addr = g.address(g.pick(["low", "text"]))
    cl2(doc, st(next(t)), C, tp(g, g.pick(["é a casa da «a»", "«a»", "o da «a» que era da minha mae"]), 0.3), a=(addr, "ADDRESS"))
    cl2(doc, st(next(t)), B, "Imóvel «i» — proprietário: «p» — débitos: IPTU «y» parcelas «k» a 10 — total «v». Deseja a 2ª via? (S/N)",
        i=insc(g), p=[V(g.pick(["ESPÓLIO DE ", "", ""])), P(dead.capsf)] if g.chance(0.5) else mask_name(dead), y=g.pick([2025, 2026]), k=g.ri(3, 8), v=money(g, 180, 3400))
    cl2(doc, st(next(t)), C, tp(g, g.pick(["N. «n» faleceu, quero passar pro meu nome", "nao, quero tirar o nome d«o» «n» que ja morreu",
                                           "meu pai faleceu, o nome dele é «n», como faço pra transferir"]), 0.3), n=P(g.pick([dead.first, dead.full, lower(dead.short)])),
        o="a" if dead.female else "o")
    cl2(doc, st(next(t)), B, "Vou transferir para um atendente humano. Tempo estimado: 6 min.")
    A = g.pick([[V("Atendente "), P(att.first)], [P(att.first), V(" (Fazenda)")], [P(att.short)], [V("Fazenda Atende")], [V("Fazenda Atende")]])
    cl2(doc, st(next(t)), A, "Boa tarde, aqui é «a». Para atualizar o proprietário precisa da certidão de óbito e do formal de partilha ou da escritura de inventário. "
        "Já tem o inventário?", a=P(att.first))
    cl2(doc, st(next(t)), C, tp(g, g.pick(["ainda nao, ta no advogado", "ta no cartorio ainda", "tem sim, saiu mes passado"]), 0.2))
    if g.chance(0.6):
        sis = g.relative(dead, g.chance(0.6))
        cl2(doc, st(next(t)), C, tp(g, "minha irmã «n» também é herdeira, o cpf dela é «c»", 0.3) if sis.female else
            tp(g, "meu irmão «n» também é herdeiro, cpf «c»", 0.3), n=P(g.pick([sis.first, sis.short])), c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    if g.chance(0.6):
        cl2(doc, st(next(t)), A, "Tem o CPF d«o» falecid«o»? Ajuda a localizar os outros imóveis.", o=dead.o)
        cl2(doc, st(next(t)), C, tp(g, "tenho sim «c»", 0.2), c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    cl2(doc, st(next(t)), A, "Qual seu nome completo e um e-mail para enviar o protocolo?")
    cl2(doc, st(next(t)), C, "«n» «e»", n=P(tp(g, g.pick([cit.full, cit.low, cit.caps]), 0.15)), e=(g.email(cit), "EMAIL_ADDRESS"))
    cl2(doc, st(next(t)), A, "Protocolo «p». Enquanto não concluir, o carnê continua em nome do espólio, mas pode pagar normalmente. «w»", p=proto(g),
        w=word_neg(g) if g.chance(0.35) else "")
    if g.chance(0.3):
        cl2(doc, st(next(t)), C, tp(g, "da pra pagar no cartão? «c» venc «v»", 0.2), c=(g.card(g.chance(0.5)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
        cl2(doc, st(next(t)), A, "Não envie dados de cartão por aqui, por favor apague a mensagem. O carnê tem QR Code Pix.")
    elif g.chance(0.4):
        cl2(doc, st(next(t)), C, "se precisar liga no «t»", t=(cphone(g, city, style=g.pick(["raw", "plain"])), "PHONE_NUMBER"))
    cl2(doc, st(next(t)), C, chat_neg(g))
    return doc


def at_ligacao(g: Gen) -> Doc:
    """A speech-to-text transcript (lower case) of a 156 call: a retiree asks for the IPTU exemption; the attendant's first name; the
    caller's name; CPF, birth date, the property's address, CEP and phone read out (groups or words, "meia" for six); the INSS benefit
    number read out (not labelled); the daughter who will bring the papers; then the typed record."""
    doc = Doc()
    city, uf = g.city()
    att, cli = g.person(g.chance(0.7)), g.person(g.chance(0.6))
    dau = g.relative(cli, g.chance(0.7))
    cpf = g.cpf_digits()
    dd, mm, yy = g.dob_parts(1936, 1962)
    addr_t = g.address()
    addr = re.sub(r"\s+", " ", fold(addr_t).lower().replace(",", "").replace(" - ", " ")).replace("r. ", "rua ", 1).replace("av. ", "avenida ", 1).replace(
        "tv. ", "travessa ", 1).replace("al. ", "alameda ", 1).replace("estr. ", "estrada ", 1).replace("nº ", "numero ")
    cep = g.cep(False)
    ph = cphone(g, city, style="raw")
    bn = re.sub(r"\D", "", nb(g))
    doc.f("[transcrição automática — central 156 — «ci» — fila tributos — «d»]\n", ci=city, d=ts(g.moment(hours=(8, 18)), "br"))
    A, C = g.pick([("atendente", "cidadão"), ("agente", "munícipe"), ("a", "b"), ("spk_0", "spk_1")])
    doc.f("«A»: prefeitura de «ci» central um cinco meia boa tarde meu nome é «n» com quem eu falo\n", A=A, ci=lower(city), n=P(lower(att.first)))
    doc.f("«C»: «n»\n", C=C, n=P(tp(g, g.pick([cli.low, lower(cli.first)]), 0.15)))
    doc.f("«C»: eu sou aposentad«o» e queria saber da isencao do iptu que a vizinha falou que tem\n", C=C, o=cli.o)
    doc.f("«A»: tem sim pra aposentado que ganha ate dois salarios e so tem esse imovel «a» so tem esse imovel\n«C»: so a casinha mesmo\n", A=A, C=C,
          a="a senhora" if cli.female else "o senhor")
    doc.f("«A»: me passa o cpf\n«C»: «c»\n", A=A, C=C, c=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f("«A»: data de nascimento\n«C»: «d»\n", A=A, C=C, d=(spoken_date(g, dd, mm, yy), "DATE_OF_BIRTH"))
    doc.f("«A»: o numero do beneficio do inss\n«C»: «b»\n", A=A, C=C, b=g.pick([spoken_digits(bn, g), " ".join(bn[i:i + 3] for i in range(0, 10, 3))]))
    doc.f("«A»: o endereco do imovel\n«C»: «a» «x»\n", A=A, C=C, a=(addr, "ADDRESS"), x=g.pick(["perto da igreja", "no " + lower(g.pick(BAIRROS)), "do lado do mercadinho", ""]))
    doc.f("«A»: cep\n«C»: «c»\n", A=A, C=C, c=(g.pick([spoken_digits(cep, g), f"{cep[:5]} {cep[5:]}", f"{cep[:2]} {cep[2:5]} {cep[5:]}"]), "BR_CEP"))
    doc.f("«A»: um telefone pra contato\n«C»: «t»\n", A=A, C=C, t=(g.pick([stt_groups(ph, g), f"{ph[:2]} {ph[2]} {ph[3:7]} {ph[7:]}", spoken_digits(ph, g)]), "PHONE_NUMBER"))
    if g.chance(0.7):
        doc.f("«C»: quem vai levar os papel é «r» «n» que eu nao ando direito\n", C=C, r="minha filha" if dau.female else "meu filho", n=P(lower(g.pick([dau.first, dau.short]))))
    p = proto(g)
    doc.f("«A»: anotado o protocolo é «p» leve rg cpf o extrato do beneficio e a matricula do imovel na praca de atendimento\n«C»: deus lhe pague\n\n",
          A=A, p=" ".join(c for c in p.lower() if c.isalnum()), C=C)
    doc.t("--- REGISTRO DE ATENDIMENTO 156 (digitado) ---\n")
    fields = [("Requerente", P(cli.full)), ("CPF", (fmt_cpf(cpf), "BR_CPF")), ("Nascimento", (fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH")),
              ("NB INSS", V(bn)), ("Imóvel", (addr_t, "ADDRESS")), ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP")),
              ("Telefone", (g.fmt_phone(ph[:2], ph[2:], "par"), "PHONE_NUMBER")), ("Assunto", V("Isenção de IPTU — aposentado/pensionista")),
              ("Protocolo", V(p)), ("Atendente", P(att.short) if g.chance(0.6) else V(login(att, g)))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box", "caps"]))
    return doc


SERVICES = ["2ª via IPTU", "CND", "parcelamento", "isenção aposentado", "ITBI", "alteração cadastral", "revisão de área", "ISS autônomo",
            "restituição", "certidão de valor venal", "baixa de CCM", "dívida ativa"]


def at_senhas(g: Gen) -> Doc:
    """The counter's daily ticket log (Praça de Atendimento): ticket, times, taxpayer (a person, a firm with its CNPJ, an estate),
    CPF/CNPJ, service, desk, attendant by name or login; a proxy by name; the shift supervisor; a note with a phone to call back."""
    doc = Doc()
    city, uf = g.city()
    atts = [g.person() for _ in range(3)]
    sup = g.person()
    d = g.day()
    doc.f("PRAÇA DE ATENDIMENTO DA FAZENDA — «ci»/«uf» — RELATÓRIO DE SENHAS — «d»\n", ci=fold(city).upper(), uf=uf, d=dbr(d))
    style = g.pick(["fixed", "psql", "csv", "plain", "plus"])
    rows = []
    t0 = g.moment(d, (8, 9))
    times = seq_times(g, 9, t0, 120, 1500)
    for i in range(g.ri(6, 8)):
        kind = g.pick(["P", "N", "N", "N", "C", "N"])
        tk = f"{kind}{g.ri(1, 140):03d}"
        r = g.rng.random()
        if r < 0.15:
            who = V(g.pick(BUILDERS + REALTORS))
            doc_id = (g.any_cnpj(), "BR_CNPJ")
        elif r < 0.25:
            p = g.person()
            who = [V("ESPÓLIO DE "), P(p.capsf)] if style != "fixed" else P(cut(p.capsf, 24))
            doc_id = (g.cpf(), "BR_CPF")
        else:
            p = g.person()
            nm = tp(g, g.pick([p.full, p.caps, p.capsf, p.short]), 0.1)
            who = P(cut(nm, 24) if style == "fixed" else nm)
            doc_id = (g.cpf(), "BR_CPF") if g.chance(0.9) else V("não informou")
        a = g.pick(atts)
        att = P(g.pick([a.first, a.short])) if g.chance(0.2) else V(login(a, g))
        ta = times[i]
        tel = (cphone(g, city, style="par"), "PHONE_NUMBER") if g.chance(0.55) else V("-")
        rows.append([V(tk), V(ts(ta, "hm")), V(ts(ta + datetime.timedelta(minutes=g.ri(4, 70)), "hm")), who, doc_id, tel, V(g.pick(SERVICES)),
                     V(f"{g.ri(1, 14):02d}"), att])
    cols = ["senha", "chegada", "atend.", "contribuinte", "CPF/CNPJ", "telefone", "serviço", "guichê", "atendente"]

    def flat(v):
        return "".join(x[0] for x in v) if isinstance(v, list) else v[0]
    if style == "fixed":
        ws = [6, 8, 7, 25, 20, 16, 22, 7]
        doc.t("".join(c.upper().ljust(w) for c, w in zip(cols, ws)) + cols[-1].upper() + "\n")
        for r in rows:
            for v, w in zip(r[:8], ws):
                if isinstance(v, list):
                    v = (flat(v), None)
                if v[1] is None:
                    v = (cut(v[0], w - 1), None)
                doc.cell(v[0], w, v[1])
            doc.e(r[8][0], r[8][1])
            doc.t("\n")
    elif style == "csv":
        sep = g.pick([";", ","])
        doc.t(sep.join(cols) + "\n")
        for r in rows:
            for k, v in enumerate(r):
                if k:
                    doc.t(sep)
                for part in (v if isinstance(v, list) else [v]):
                    doc.e(part[0].replace(sep, " "), part[1])
            doc.t("\n")
    else:
        rr = []
        for r in rows:
            row = []
            for v in r:
                if isinstance(v, list):
                    row.append((flat(v), None))
                else:
                    row.append(v)
            rr.append(row)
        # an estate's row keeps its name as a span: write the table, then patch the span of the name inside "ESPÓLIO DE ..."
        base = len(doc.text)
        table_ruled(doc, cols, rr, style)
        for r in rows:
            if isinstance(r[3], list):
                full = flat(r[3])
                i = doc.text.find(full, base)
                j = i + len("ESPÓLIO DE ")
                doc.spans.append({"start": j, "end": i + len(full), "label": "PERSON"})
    nt = g.person()
    doc.f("\nObs.: senha «s» — «n» saiu antes de ser chamad«o»; retornar no «t». «w»\nSupervisora do turno: «sp»\n" if sup.female else
          "\nObs.: senha «s» — «n» saiu antes de ser chamad«o»; retornar no «t». «w»\nSupervisor do turno: «sp»\n",
          s=f"N{g.ri(1, 140):03d}", n=P(g.pick([nt.full, nt.short])), o=nt.o, t=(cphone(g, city), "PHONE_NUMBER"), w=word_neg(g) if g.chance(0.3) else "",
          sp=P(g.pick([sup.full, sup.short])) if g.chance(0.5) else "matrícula " + clean(g, lambda: g.d(6)))
    doc.f("Tempo médio de espera: «m» min — atendimentos: «k» — desistências: «x»\n", m=g.ri(9, 55), k=g.ri(60, 240), x=g.ri(2, 30))
    return doc


def at_email_contador(g: Gen) -> Doc:
    """An e-mail thread: an accounting office asks the ISS sector to register a self-employed professional (CPF, NIT, RG sometimes, council
    number, home office address, CEP, phone, e-mail); the tax auditor answers with the CCM (not labelled) and what is missing; the
    accountant's CRC; the firm's landline; corporate e-mails of people; X-Originating-IP."""
    doc = Doc()
    city, uf = g.city()
    firm, fdom = g.pick(FIRMS)
    acc, fis, pro = g.person(), g.person(), g.person()
    job = g.pick([x for x in PROFS if x[2] not in ("CRC", "CRECI", "OAB")])
    dom = gov(city, uf, "fazenda")
    am = corp_mail(acc, fdom, g)
    fm = corp_mail(fis, dom, g)
    t0 = g.moment(hours=(8, 18))
    doc.f("De: «a» <«b»>\nPara: «c»<«d»>\nCc: «r»\nAssunto: RE: Inscrição ISS autônomo — «n»\nData: «t»\n\n", a=P(fis.full), b=(fm, "EMAIL_ADDRESS"), c=[P(acc.full), V(" ")] if g.chance(0.5) else "",
          d=(am, "EMAIL_ADDRESS"), r=role_mail(g, dom, "iss"), n=P(g.pick([pro.short, pro.caps])), t=mail_date(t0 + datetime.timedelta(hours=g.ri(2, 70))))
    doc.f("Prezad«o» «f», a inscrição foi deferida sob o CCM «ccm». O ISS fixo anual de «y» é de «v» (item «it» da lista da LC 116/2003). "
          "Falta anexar o comprovante de inscrição no conselho, já que o número informado («cr») não aparece na consulta pública. «w»\n\n"
          "Atenciosamente,\n«fn»\nAuditor«fa» Fiscal Tributári«fo» — Divisão do ISS — matrícula «mt»\n\n",
          o=acc.o, f=P(acc.first), ccm=ccm(g), y=g.ri(2025, 2026), v=money(g, 280, 1300), it=g.pick(["4.01", "4.16", "4.03", "7.01", "4.12", "5.01"]),
          cr=(council_any(g, job[2], uf), "PROFESSIONAL_ID"), w=word_neg(g) if g.chance(0.3) else "", fn=P(fis.full), fa="a" if fis.female else "",
          fo="a" if fis.female else "o", mt=clean(g, lambda: f"{g.d(2)}.{g.d(3)}-{g.d(1)}"))
    doc.f("> Em «t», «a» <«b»> escreveu:\n> Bom dia. Solicito a inscrição no cadastro mobiliário, como autônom«o», de noss«o» client«e»:\n", t=ts(t0, "br"),
          a=P(acc.full), b=(am, "EMAIL_ADDRESS"), o=pro.o, e="e" if not pro.female else "e")
    fields = [("Nome", P(g.pick([pro.full, pro.caps]))), ("Profissão", V(job[1] if pro.female else job[0])), ("Registro", (council_any(g, job[2], uf), "PROFESSIONAL_ID")),
              ("CPF", (g.cpf(), "BR_CPF")), ("NIT", (g.pis(), "BR_PIS"))]
    if g.chance(0.5):
        fields.append(("RG", (g.rg(), "BR_RG")))
    fields += [("Endereço (residência e consultório)", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (cphone(g, city), "PHONE_NUMBER")),
               ("E-mail", (g.email(pro), "EMAIL_ADDRESS"))]
    for k, v in fields:
        doc.f("> «k»: «v»\n", k=k, v=v)
    doc.f("> Início das atividades: «d». Atende só pessoas físicas, sem empregados.\n>\n> Att.,\n> «n»\n> «crc» — «f»\n> «tel»\n",
          d=g.date("br", 2025), n=P(acc.full), crc=(g.council("CRC", uf), "PROFESSIONAL_ID"), f=firm, tel=(cphone(g, city, False, "par"), "PHONE_NUMBER"))
    doc.f("\nX-Originating-IP: [«ip»]\n", ip=(g.ip_pub(), "IP_ADDRESS"))
    return doc


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0", "Mozilla/5.0 (Linux; Android 13; SM-A145M) Chrome/123.0 Mobile",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Safari/604.1", "okhttp/4.9.3", "Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0"]


def at_portal_log(g: Gen) -> Doc:
    """The taxpayers' portal audit log as JSON lines (or a key=value syslog): logins, second copies, e-mail changes (old and new
    e-mails), certificates, an electronic power of attorney (the proxy's name and CPF), a failed login with a mistyped CPF (not labelled);
    public IPs labelled, the intranet's private IPs not; then the analyst's note on a suspicious change, with the taxpayer's phone."""
    doc = Doc()
    city, uf = g.city()
    users = [g.person() for _ in range(g.ri(3, 4))]
    cpfs = [g.cpf("raw") for _ in users]
    ips = [g.ip() for _ in users]
    an = g.person()
    t0 = g.moment(hours=(0, 23))
    style = g.pick(["json", "json", "kv"])
    doc.f("# portal-contribuinte/audit — «ci»/«uf» — exportado em «t» por «l»\n", ci=city, uf=uf, t=ts(t0 + datetime.timedelta(days=2), "iso"), l=login(an, g))
    evs = []
    for k, u in enumerate(users):
        evs.append(("login_ok", k, {}))
        evs.append((g.pick(["emitiu_2via_iptu", "emitiu_cnd", "consultou_debitos", "emitiu_2via_iss"]), k, {}))
    ke = g.ri(0, len(users) - 1)
    evs.append(("alterou_email", ke, {"email_anterior": (g.email(users[ke]), "EMAIL_ADDRESS"), "email_novo": (g.email(users[ke]), "EMAIL_ADDRESS")}))
    pr = g.person()
    k2 = g.ri(0, len(users) - 1)
    evs.append(("procuracao_eletronica", k2, {"procurador": P(g.pick([pr.caps, pr.full])), "cpf_procurador": (g.cpf("raw"), "BR_CPF")}))
    evs.append(("falha_login", -1, {"cpf_digitado": V(g.neg_cpf(False))}))
    g.rng.shuffle(evs)
    times = seq_times(g, len(evs) + 2, t0, 20, 3000)
    for (ev, k, extra), t in zip(evs, times):
        rec = {"ts": V(ts(t, "iso")), "evento": V(ev)}
        if k >= 0:
            u = users[k]
            rec["cpf"] = (cpfs[k], "BR_CPF")
            if ev in ("login_ok", "alterou_email") or g.chance(0.15):
                rec["nome"] = P(g.pick([u.caps, u.full, u.capsf]))
            if ev == "login_ok" and g.chance(0.5):
                rec["email"] = (g.email(u), "EMAIL_ADDRESS")
            rec["ip"] = (ips[k], "IP_ADDRESS") if g.chance(0.85) else V(g.ip_priv())
        else:
            rec["ip"] = V(g.ip_priv()) if g.chance(0.5) else (g.ip(), "IP_ADDRESS")
        rec.update(extra)
        rec["ua"] = V(g.pick(UAS))
        if style == "json":
            jval(doc, {kk: vv if vv[1] else vv[0] for kk, vv in rec.items()}, None)
            doc.t("\n")
        else:
            doc.t(ts(t, "sql") + " portal[" + str(g.ri(1000, 9999)) + "]:")
            for kk, vv in rec.items():
                if kk == "ts":
                    continue
                q = " " in vv[0]
                doc.t(f" {kk}=" + ('"' if q else ""))
                doc.e(vv[0], vv[1])
                doc.t('"' if q else "")
            doc.t("\n")
    u = users[ke]
    doc.f("\nNota do analista (chamado «c»): o e-mail do CPF «cpf» («n») foi trocado a partir do IP «ip», que não aparece nos acessos anteriores. "
          "«o» contribuinte ligou do «t» dizendo não reconhecer a troca. Senha web bloqueada e e-mail restaurado. — «a»\n",
          c=proto(g), cpf=(fmt_cpf(cpfs[ke]), "BR_CPF"), n=P(g.pick([u.short, u.full])), ip=(g.ip_pub(), "IP_ADDRESS"), o="A" if u.female else "O",
          t=(cphone(g, city), "PHONE_NUMBER"), a=P(g.pick([an.short, an.first])))
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """An ombudsman complaint: the IPTU still comes in a late mother's or father's name and the debt went to protest; the heir (CPF,
    phone, e-mail), the late owner, two co-heirs with CPF, the property's address, the inventory's CNJ number (not labelled); the
    cadastre sector's answer signed by an agent (registration number not labelled)."""
    doc = Doc()
    city, uf = g.city()
    cli = g.person()
    dead = g.person(g.chance(0.5))
    dead = Person(dead.given, [s for s in dead.surnames if s != cli.last][:1] + [cli.last], dead.female)
    co = [g.relative(dead) for _ in range(g.ri(1, 2))]
    ag = g.person()
    doc.f("OUVIDORIA-GERAL DO MUNICÍPIO DE «ci» — Manifestação nº «n» — Tipo: «tp» — Canal: «cn» — Registrada em «d»\n\n", ci=fold(city).upper(), n=proto(g),
          tp=g.pick(["Reclamação", "Solicitação", "Reclamação"]), cn=g.pick(["Portal", "E-mail", "Presencial", "Telefone 156"]), d=g.date("br", 2025))
    doc.f("Manifestante: «n»\nCPF: «c»«rg»\nTelefone: «t»\nE-mail: «e»\n«ad»\n", n=P(g.pick([cli.full, cli.caps])), c=(g.cpf(), "BR_CPF"), t=(cphone(g, city), "PHONE_NUMBER"),
          rg=[V("\nRG: "), (g.rg(), "BR_RG")] if g.chance(0.5) else "", e=(g.email(cli), "EMAIL_ADDRESS"), ad=[V("Endereço para resposta: "), (g.address(), "ADDRESS"), V(", CEP "), (g.cep(), "BR_CEP"), V("\n")] if g.chance(0.6) else "")
    m = "Minha mãe" if dead.female else "Meu pai"
    doc.f("Relato: «m», «dn», faleceu em «d» e até hoje o IPTU do imóvel da «a» vem no nome del«e». Agora chegou carta do cartório dizendo que a dívida de «y» "
          "foi protestada, no nome de quem já morreu! Somos «k» herdeiros: eu e ", m=m, dn=P(g.pick([dead.full, dead.caps])), d=g.date("br", g.ri(2019, 2024)),
          a=(g.address(), "ADDRESS"), e="a" if dead.female else "e", y=g.ri(2021, 2024), k=len(co) + 1)
    for i, h in enumerate(co):
        doc.f("«n» (CPF «c»)«s»", n=P(h.full), c=(g.cpf(), "BR_CPF"), s=", " if i < len(co) - 1 else "")
    doc.f(". O inventário corre no processo «p». «x» Quero saber como tirar o protesto e passar o imóvel para os herdeiros sem pagar multa de novo.\n\n",
          p=cnj_of(g, uf), x=g.pick(["Ninguém atende o 156.", "Já fui três vezes na Praça de Atendimento.", "O advogado disse que a culpa é da Prefeitura.", ""]))
    doc.f("Resposta (Setor de Cadastro Imobiliário, «d»): Prezad«o» «f», o cadastro da inscrição «i» foi alterado para «ESP» «dn». O protesto é cancelado após o "
          "pagamento ou o parcelamento da CDA «cda» na Procuradoria. A transferência para os herdeiros depende do formal de partilha. «w»\n«a» — Agente Fazendári«ao», "
          "matrícula «mt»\n", d=g.date("br", 2026), o=cli.o, f=P(cli.first), i=insc(g), ESP=g.pick(["Espólio de", "ESPÓLIO DE"]), dn=P(dead.full), cda=cda(g),
          w=word_neg(g) if g.chance(0.3) else "", a=P(g.pick([ag.full, ag.short])), ao=ag.o, mt=clean(g, lambda: f"{g.d(5)}-{g.d(1)}"))
    return doc


def at_bci(g: Gen) -> Doc:
    """A property cadastre form (Boletim de Cadastro Imobiliário) as a field agent fills it, OCR'd in some copies (labels and names
    damaged, identifiers clean): owner with CPF, RG, birth date; spouse or co-owner with CPF; a buyer under contract with phone sometimes;
    the property's address and CEP; a mailing address; phone, e-mail; land data (not labelled); the agent and the occupant met."""
    doc = Doc()
    city, uf = g.city()
    own = g.person()
    sp = g.person(not own.female)
    ag, occ = g.person(), g.person()
    ocr_on = g.chance(0.4)
    lab = (lambda s: ocr(s, g, 0.35)) if ocr_on else (lambda s: s)
    nm = (lambda s: ocr(s, g, 0.25, names=True)) if ocr_on else (lambda s: s)
    doc.t(lab(f"PREFEITURA MUNICIPAL DE {fold(city).upper()}") + "\n" + lab("BOLETIM DE CADASTRO IMOBILIÁRIO — BCI") + f"  nº {clean(g, lambda: g.d(6))}\n")
    doc.f(lab("Inscrição") + ": «i»   " + lab("Loteamento") + ": «l»   Qd. «q»  Lt. «t»\n\n", i=insc(g),
          l=g.pick(["Jardim Vitória", "Parque das Flores", "Vila Aurora", "Residencial Bento Amado", "Jardim Esperança", "Loteamento Prudente"]),
          q=g.ri(1, 60), t=g.ri(1, 40))
    fields = [(lab("1. Proprietário"), P(nm(g.pick([own.caps, own.capsf, own.full])))), ("   CPF", (g.cpf(), "BR_CPF")),
              ("   RG", (g.rg(), "BR_RG")) if g.chance(0.7) else ("   CNH", (g.cnh(), "BR_CNH")),
              (lab("   Data nasc."), (g.dob("br", 1940, 2000), "DATE_OF_BIRTH")),
              (lab("2. Cônjuge / coproprietário"), P(nm(g.pick([sp.caps, sp.full])))), ("   CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.4):
        cb = g.person()
        fields += [(lab("3. Compromissário comprador"), P(nm(cb.caps))), ("   CPF", (g.cpf(), "BR_CPF")), (lab("   Telefone"), (cphone(g, city), "PHONE_NUMBER"))]
    fields += [(lab("4. Endereço do imóvel"), (g.address(g.pick(["caps", "text"])), "ADDRESS")), ("   CEP", (g.cep(), "BR_CEP"))]
    if g.chance(0.5):
        c2, u2 = g.city()
        fields += [(lab("5. Endereço de entrega"), (g.address(), "ADDRESS")), (lab("   Cidade"), V(f"{c2}/{u2}")), ("   CEP", (g.cep(), "BR_CEP"))]
    fields += [(lab("6. Telefone"), (cphone(g, city), "PHONE_NUMBER"))]
    if g.chance(0.6):
        fields.append((lab("   E-mail"), (g.email(own), "EMAIL_ADDRESS")))
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    doc.f("\n" + lab("7. Terreno") + ": área «a» m², testada «t» m — " + lab("Edificação") + ": «e» m², padrão «p», «o»\n", a=num(g.ri(125, 900), 2), t=num(g.ri(5, 30), 2),
          e=num(g.ri(40, 420), 2), p=g.pick(["baixo", "médio", "alto", "popular"]), o=g.pick(["residencial", "residencial com edícula", "misto"]))
    doc.f(lab("Vistoria em") + " «d» " + lab("por") + " «a» (" + lab("Agente de Cadastro") + "), " + lab("atendido por") + " «o» («r»). «x»\n", d=g.date("br", 2026),
          a=P(nm(g.pick([ag.full, ag.short]))), o=P(nm(g.pick([occ.full, occ.first, occ.short]))), r=g.pick(["inquilino(a)", "filho(a) do proprietário", "caseiro", "vizinha", "cunhado(a)", "diarista"]),
          x=g.pick(["Ampliação nos fundos sem alvará.", "Piscina não cadastrada.", "Sem alteração.", "Edícula demolida.", ""]))
    if g.chance(0.6):
        doc.f(lab("Veículo oficial") + ": «p» — " + lab("km inicial") + " «k»\n", p=(g.plate(), "LICENSE_PLATE"), k=g.ri(10000, 99000))
    return doc


# ------------------------------------------------------------------ juridico

def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for i in range(n):
        w = g.person()
        doc.f("«i». «n» — CPF «c»«r»\n", i=i + 1, n=P(w.capsf if caps else w.full), c=(g.cpf(), "BR_CPF"),
              r=[V(" — RG "), (g.rg(), "BR_RG")] if g.chance(0.4) else "")


def ju_impugnacao(g: Gen) -> Doc:
    """An administrative appeal against the IPTU assessment (impugnação de lançamento): the taxpayer qualified (RG or CNH, CPF, e-mail
    or phone, home address, CEP), the property's address when it is not the home, the engineer's report with CREA, the lawyer's OAB,
    e-mail and phone; the registration, notice and process numbers and the laws not labelled."""
    doc = Doc()
    city, uf = g.city()
    tx, eng, adv = g.person(), g.person(), g.person()
    sec = g.pick(SECS)
    y = g.ri(2025, 2026)
    doc.f("ILUSTRÍSSIM«o» SENHOR«a» DIRETOR«a» DO DEPARTAMENTO DE RENDAS IMOBILIÁRIAS DA «s» DE «ci»\n\nInscrição imobiliária: «i» — Exercício «y» — "
          "Notificação de lançamento nº «n»\n\n", o=g.pick(["O", "O(A)"]), a=g.pick(["", "(A)"]), s=fold(sec).upper(), ci=fold(city).upper(), i=insc(g), y=y,
          n=clean(g, lambda: f"{g.d(6)}/{y}"))
    qualify(g, doc, tx, phone=g.chance(0.5), email=g.chance(0.6), where=(city, uf), titulo=g.chance(0.3))
    other = g.chance(0.5)
    area_l, area_r = g.ri(120, 480), 0
    area_r = area_l - g.ri(20, 90)
    doc.f(", por seu advogado (procuração anexa), vem apresentar IMPUGNAÇÃO AO LANÇAMENTO do IPTU/«y», com fundamento no «ln» e na legislação municipal («ctm»), pelos fatos a seguir.\n\n"
          "1. O imóvel «im» teve a área construída lançada como «al» m², quando a área real é de «ar» m², conforme laudo d«ea» engenheir«ea» «e», «cr», anexo, "
          "que vistoriou o imóvel em «dv».\n2. Com o erro, o valor venal passou de R$ «v1» para R$ «v2», acima do valor de mercado. «w»\n"
          "3. Requer a revisão da área, o recálculo do imposto e a suspensão da exigibilidade até a decisão (art. 151, III, do CTN).\n\n«ci», «dd».\n\n",
          y=y, ln=g.pick(["art. 145 do CTN", "art. 32 do CTN", "art. 156 da Constituição"]), ctm=ctm(g),
          im=[V("situado na "), (g.address(), "ADDRESS")] if other else "objeto desta impugnação, residência do(a) impugnante,",
          al=area_l, ar=area_r, ea=eng.o, e=P(g.pick([eng.full, eng.short])), cr=(council_any(g, "CREA", uf), "PROFESSIONAL_ID"),
          dv=g.date("br", y if y == 2025 else 2026), v1=brl(venal(g)), v2=brl(venal(g)), w=word_neg(g) if g.chance(0.3) else "", ci=city, dd=g.docdate())
    doc.f("«n»\n«o»\n«e» | «t»\n", n=P(adv.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(corp_mail(adv, g.pick(["adv.br", "gmail.com", f"{slug(adv.last)}advogados.com.br"]), g), "EMAIL_ADDRESS"),
          t=(cphone(g, city), "PHONE_NUMBER"))
    return doc


def ju_acordao(g: Gen) -> Doc:
    """A decision of the administrative tax court (acórdão of the Junta / Conselho): the appellant by name with CPF (or an estate), the
    rapporteur, the Treasury's attorney with OAB, the other members and the president; the report with the appellant's birth date
    (age matters for the exemption), her home and a son who lives with her; process numbers and laws not labelled."""
    doc = Doc()
    city, uf = g.city()
    jrf = g.pick(JRFS)
    rec, rel, proc, c2, c3, pres = g.person(g.chance(0.6)), g.person(), g.person(), g.person(), g.person(), g.person()
    son = g.relative(rec)
    caps = g.chance(0.5)
    up = caps_t if caps else (lambda s: s)
    doc.f(up(f"{jrf} de {city} — {g.ri(1, 3)}ª Câmara Julgadora") + "\n", )
    doc.f(up("Processo") + ": «p»   " + up("Recurso voluntário nº") + " «r»\n", p=sei(g), r=clean(g, lambda: f"{g.d(3)}/{g.ri(2025, 2026)}"))
    doc.f(up("Recorrente") + ": «n» (CPF «c»)«ie»\n" + up("Recorrida") + ": " + up("Fazenda Pública Municipal") + "\n" + up("Relator(a)") + ": " + up("Conselheiro(a)") + " «rl»\n"
          + up("Representante da Fazenda") + ": «pr» — «o»\n\n", n=P(rec.capsf if caps else rec.full), c=(g.cpf(), "BR_CPF"), rl=P(rel.capsf if caps else rel.full),
          ie=[V(" — " + up("intimações") + ": "), (g.email(rec), "EMAIL_ADDRESS"), V(" / "), (cphone(g, city), "PHONE_NUMBER")] if g.chance(0.7) else "",
          pr=P(proc.capsf if caps else proc.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    ok = g.chance(0.5)
    doc.t(up("EMENTA: IPTU. ISENÇÃO. APOSENTADO. RENDA E IMÓVEL ÚNICO. ") + up("REQUISITOS COMPROVADOS. RECURSO PROVIDO.\n\n" if ok else
                                                                           "COABITAÇÃO COM FILHO DE RENDA PRÓPRIA. REQUISITO NÃO ATENDIDO. RECURSO DESPROVIDO.\n\n"))
    dd, mm, yy = g.dob_parts(1938, 1961)
    doc.f("RELATÓRIO. «x» recorrente, nascid«o» em «dob», aposentad«o» pelo INSS (NB «nb»), requereu a isenção do IPTU do imóvel em que reside, na «a», CEP «cep». "
          "O pedido foi indeferido porque no imóvel reside também «fs» «s», que teria renda própria. Em recurso, alega que «fs2» está desempregad«so» desde «dt».\n\n",
          x="A" if rec.female else "O", o=rec.o, dob=(fmt_date(dd, mm, yy, g.pick(["br", "long"])), "DATE_OF_BIRTH"), nb=nb(g), a=(g.address(), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), fs="a filha" if son.female else "o filho", s=[P(g.pick([son.full, son.first])), V(" (CPF "), (g.cpf(), "BR_CPF"), V(", NIT "), (g.pis(), "BR_PIS"), V(")")] if g.chance(0.6) else P(son.full), fs2="a filha" if son.female else "o filho", so=son.o, dt=g.date("br", 2025))
    doc.f("ACÓRDÃO. Vistos, relatados e discutidos, acordam os membros do colegiado («j»), por «m», em «r», nos termos do voto d«ro» relator«ra»«v». "
          "Participaram do julgamento «c3» e «p» (Presidente).\n\nSala das Sessões, «d».\n", j=jrf, m=g.pick(["unanimidade", "maioria"]),
          r="dar provimento ao recurso" if ok else "negar provimento ao recurso", ro="a" if rel.female else "o", ra="a" if rel.female else "",
          v=[V(", vencid" + c2.o + " " + ("a conselheira " if c2.female else "o conselheiro ")), P(c2.full)] if g.chance(0.3) else "",
          c3=P(c3.full) if g.chance(0.5) else "os demais conselheiros", p=P(g.pick([pres.full, pres.short])), d=g.docdate())
    return doc


def ju_execucao(g: Gen) -> Doc:
    """A municipal attorney's petition in a tax enforcement suit (execução fiscal): the municipality's CNPJ, the debtor by name and CPF,
    his death and the heirs with CPF, the RENAJUD restriction on the debtor's car (its plate), the new address found in INFOJUD with CEP,
    the CDAs in a table (not labelled), the attorney with OAB; the CNJ number not labelled."""
    doc = Doc()
    city, uf = g.city()
    deb, proc = g.person(False), g.person()
    hs = heirs(g, deb, g.ri(2, 3))
    doc.f("EXCELENTÍSSIM«o» SENHOR«a» JUIZ«a» DE DIREITO DA VARA DE EXECUÇÕES FISCAIS MUNICIPAIS DA COMARCA DE «ci»/«uf»\n\nProcesso nº «cnj»\n\n",
          o=g.pick(["O", "O(A)"]), a=g.pick(["", "(A)"]), ci=fold(city).upper(), uf=uf, cnj=cnj_of(g, uf))
    doc.f("O MUNICÍPIO DE «ci», pessoa jurídica de direito público interno, CNPJ «c», por «s» Procurador«a» infra-assinad«o», nos autos da EXECUÇÃO FISCAL que move "
          "em face de «d», CPF «cpf»«nit», vem expor e requerer:\n\n", ci=fold(city).upper(), c=(g.cnpj(), "BR_CNPJ"), s="sua" if proc.female else "seu",
          a="a" if proc.female else "", o=proc.o, d=P(g.pick([deb.capsf, deb.full])), cpf=(g.cpf(), "BR_CPF"),
          nit=[V(", NIT "), (g.pis(), "BR_PIS")] if g.chance(0.4) else "")
    doc.f("a) O executado faleceu em «dt» (certidão de óbito anexa). Requer a substituição do polo passivo pelo espólio, representado pel«o» inventariante «h», "
          "CPF «c», e a intimação dos demais herdeiros: ", dt=g.date("br", g.ri(2023, 2025)), o=hs[0].o, h=P(hs[0].full), c=(g.cpf(), "BR_CPF"))
    for i, h in enumerate(hs[1:]):
        doc.f("«n», CPF «c»«s»", n=P(h.full), c=(g.cpf(), "BR_CPF"), s="; " if i < len(hs) - 2 else ".\n")
    doc.f("b) A consulta ao RENAJUD localizou o veículo «m», placa «p», em nome do executado; requer a restrição de transferência.\n",
          m=g.pick(["VW Gol 1.0", "Fiat Uno Mille", "Chevrolet Onix", "Honda CG 160", "Fiat Strada", "Toyota Corolla"]), p=(g.plate(), "LICENSE_PLATE"))
    doc.f("c) O INFOJUD indicou como último endereço d«o» inventariante a «a», «b», CEP «cep», onde deverá ser intimad«o».\n\n", o=hs[0].o, a=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"))
    rows = []
    tot = 0.0
    for _ in range(g.ri(2, 4)):
        v = g.ri(300, 9000) + g.ri(0, 99) / 100
        tot += v
        rows.append([V(cda(g)), V(str(g.ri(2017, 2024))), V(g.pick(["IPTU", "IPTU/TCRS", "Taxa de Lixo", "ISS"])), V("R$ " + brl(v))])
    table_ruled(doc, ["CDA", "exercício", "tributo", "valor atualizado"], rows, g.pick(["plus", "md", "plain"]))
    doc.f("\nTotal do débito: R$ «t» («e»), atualizado até «d» (Lei 6.830/1980).\n\nTermos em que pede deferimento.\n«ci», «dd».\n\n«n»\nProcurador«a» do Município — «oab»\n",
          t=brl(tot), e=extenso(tot), d=g.date("br", 2026), ci=city, dd=g.docdate(), n=P(proc.full), a="a" if proc.female else "", oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_protesto(g: Gen) -> Doc:
    """A notary's protest intimation of a CDA, in capitals: the notary and the clerk, the debtor (a person with CPF, or a firm with its
    CNPJ and a partner) with address and CEP, the municipality as presenter with its CNPJ, the CDA and protocol (not labelled), who
    received it; then the debtor's e-mail answer with phone."""
    doc = Doc()
    city, uf = g.city()
    tab, esc, deb, rcv = g.person(), g.person(), g.person(), g.person()
    notary = g.pick(NOTARIES)
    doc.f("«n» DE «ci»/«uf»\nTABELIÃ«o»: «t»\n\nINTIMAÇÃO DE PROTESTO — PROTOCOLO Nº «p»\n\n", n=fold(notary).upper(), ci=fold(city).upper(), uf=uf,
          o="" if tab.female else "O", t=P(tab.capsf), p=clean(g, lambda: f"{g.d(6)}-{g.d(1)}"))
    firm = g.chance(0.3)
    if firm:
        doc.f("DEVEDOR: «f» — CNPJ «c»\nSÓCIO-ADMINISTRADOR: «s» — CPF «cpf»\n", f=fold(g.pick(BUILDERS + REALTORS)).upper(), c=(g.any_cnpj(), "BR_CNPJ"),
              s=P(deb.capsf), cpf=(g.cpf(), "BR_CPF"))
    else:
        doc.f("DEVEDOR: «d» — CPF «c»\n", d=P(deb.capsf), c=(g.cpf(), "BR_CPF"))
    doc.f("ENDEREÇO: «a» — «b» — «ci»/«uf» — CEP «cep»\n", a=(g.address("caps"), "ADDRESS") if not firm else V(fold(g.address()).upper()), b=fold(g.pick(BAIRROS)).upper(),
          ci=fold(city).upper(), uf=uf, cep=(g.cep(), "BR_CEP"))
    y = g.ri(2020, 2024)
    doc.f("APRESENTANTE: MUNICÍPIO DE «ci» — PROCURADORIA-GERAL DO MUNICÍPIO — CNPJ «c»\nTÍTULO: CDA Nº «cda» — ESPÉCIE: CERTIDÃO DE DÍVIDA ATIVA — «tr» «y» — "
          "VALOR: R$ «v» — EMOLUMENTOS: R$ «e»\n\n", ci=fold(city).upper(), c=(g.cnpj(), "BR_CNPJ"), cda=cda(g), tr=g.pick(["IPTU", "ISS", "TAXA DE LIXO", "ITBI"]),
          y=y, v=brl(g.ri(400, 18000) + 0.37), e=brl(g.ri(20, 140) + 0.5))
    doc.t("FICA V.SA. INTIMADO(A) A PAGAR O TÍTULO ACIMA OU A APRESENTAR RAZÕES NO PRAZO DE 3 (TRÊS) DIAS ÚTEIS, SOB PENA DE PROTESTO (LEI 9.492/1997, ART. 12). "
          "O PAGAMENTO SÓ SERÁ ACEITO NESTE TABELIONATO.\n\n")
    doc.f("ENTREGUE POR: «e» (ESCREVENTE) EM «d» — RECEBIDO POR: «r»\n\n", e=P(esc.capsf), d=g.date("br", 2026),
          r=g.pick([[P(rcv.capsf), V(" (PORTEIRO), RG "), (g.rg(), "BR_RG")], [P(rcv.capsf), V(" (FILHO), RG " if not rcv.female else " (FILHA), RG "), (g.rg(), "BR_RG")],
                    [V("O PRÓPRIO")], [V("RECUSOU-SE A RECEBER")]]))
    em = g.email(deb)
    doc.f("---------- Mensagem encaminhada ----------\nDe: «n» <«e»>\nPara: «r»\nAssunto: Intimação protocolo — já paguei\n\n"
          "Boa tarde, recebi a intimação mas essa CDA de «y» eu parcelei em «dp» e estou pagando em dia. Segue o termo de parcelamento. Podem me ligar no «t». "
          "«n2»\n", n=P(deb.full), e=(em, "EMAIL_ADDRESS"), r=role_mail(g, slug(notary) + ".not.br", "protesto"), y=y, dp=g.date("br", 2025), t=(cphone(g, city), "PHONE_NUMBER"),
          n2=P(g.pick([deb.first, deb.short])))
    return doc


def ju_itbi(g: Gen) -> Doc:
    """A request to review the ITBI base: the buyers (a couple) qualified, the seller (a person with CPF or a builder with CNPJ), the
    property (a person's flat: ADDRESS; a builder's unit: not), the declared and assessed values, the realtor with CRECI and his firm,
    the notary; the tax auditor's opinion and the head's decision."""
    doc = Doc()
    city, uf = g.city()
    b1 = g.person()
    b2 = g.person(not b1.female)
    sel, rea, fis, che = g.person(), g.person(), g.person(), g.person()
    doc.f("«s» DE «ci» — DIVISÃO DO ITBI\nREQUERIMENTO DE REVISÃO DA BASE DE CÁLCULO — Guia nº «gu»\n\n", s=fold(g.pick(SECS)).upper(), ci=fold(city).upper(), gu=guia(g))
    doc.t("ADQUIRENTES: ")
    qualify(g, doc, b1, rg=True, email=g.chance(0.5), phone=g.chance(0.5), where=(city, uf), civil="casada" if b1.female else "casado")
    doc.f(", e s«c» cônjuge «n», CPF «cpf»;\n", c="eu" if b1.female else "ua", n=P(b2.full), cpf=(g.cpf(), "BR_CPF"))
    pf = g.chance(0.6)
    if pf:
        doc.f("TRANSMITENTE: «n», CPF «c»;\nIMÓVEL: apartamento situado na «a», no «co», inscrição «i»;\n", n=P(g.pick([sel.full, sel.caps])), c=(g.cpf(), "BR_CPF"),
              a=(g.address(), "ADDRESS"), co=g.pick(CONDOS), i=insc(g))
    else:
        doc.f("TRANSMITENTE: «f», CNPJ «c»;\nIMÓVEL: unidade «u» do «co», em construção, inscrição «i»;\n", f=g.pick(BUILDERS), c=(g.any_cnpj(), "BR_CNPJ"),
              u=g.ri(101, 1804), co=g.pick(CONDOS), i=insc(g))
    vd = g.ri(180, 900) * 1000
    va = int(vd * (1 + g.ri(12, 45) / 100))
    doc.f("VALOR DECLARADO: R$ «vd» — VALOR ARBITRADO: R$ «va»\nINTERMEDIAÇÃO: «r», «cr», da «im»\nESCRITURA: «no» de «ci»\n\n",
          vd=brl(vd), va=brl(va), r=P(rea.full), cr=(council_any(g, "CRECI", uf), "PROFESSIONAL_ID"), im=g.pick(REALTORS), no=g.pick(NOTES), ci=city)
    doc.f("Os requerentes alegam que o valor arbitrado considera padrão construtivo superior ao real e juntam três avaliações de mercado. «w»\n\n"
          "PARECER FISCAL: A base arbitrada usou a planta genérica de valores de «y». Acolho em parte as avaliações e proponho base de R$ «vp». — «f», Auditor«fa» Fiscal\n"
          "DECISÃO: «dec» — «c», «d».\n", w=word_neg(g) if g.chance(0.35) else "", y=g.ri(2024, 2026), vp=brl((vd + va) // 2), f=P(fis.full),
          fa="a" if fis.female else "", dec=g.pick(["Deferido em parte, nos termos do parecer", "Deferido", "Indeferido; mantida a base arbitrada"]),
          c=[P(g.pick([che.full, che.short])), V(", Chefe da Divisão do ITBI")] if g.chance(0.6) else "Chefia da Divisão do ITBI", d=g.date("br", 2026))
    return doc


def ju_auto_iss(g: Gen) -> Doc:
    """An ISS infringement notice (auto de infração) in capitals against a self-employed professional (name, CPF, council number, home as
    tax domicile, CEP) or a small firm (CNPJ; its partner by name and CPF; its seat not labelled); the amounts; the tax auditor; the
    acknowledgement (signature by name, or a refusal) and a witness with RG."""
    doc = Doc()
    city, uf = g.city()
    aut, aud, wit = g.person(), g.person(), g.person()
    job = g.pick([x for x in PROFS if x[2] not in ("CRECI",)])
    doc.f("PREFEITURA MUNICIPAL DE «ci» — «s»\nFISCALIZAÇÃO DO ISS — AUTO DE INFRAÇÃO E IMPOSIÇÃO DE MULTA Nº «n»\n\n", ci=fold(city).upper(), s=fold(g.pick(SECS)).upper(),
          n=clean(g, lambda: f"{g.d(5)}/{g.ri(2025, 2026)}"))
    firm = g.chance(0.3)
    if firm:
        doc.f("AUTUADO: «f» — CNPJ «c» — CCM «ccm»\nESTABELECIMENTO: «a»\nSÓCIO RESPONSÁVEL: «s» — CPF «cpf» — «cr»\n",
              f=fold(slug(aut.last).upper() + " " + g.pick(["SERVIÇOS MÉDICOS LTDA", "ODONTOLOGIA LTDA", "ENGENHARIA LTDA", "CLÍNICA DE FISIOTERAPIA LTDA"])),
              c=(g.any_cnpj(), "BR_CNPJ"), ccm=ccm(g), a=fold(g.address()).upper(), s=P(aut.capsf), cpf=(g.cpf(), "BR_CPF"), cr=(council_any(g, job[2], uf), "PROFESSIONAL_ID"))
    else:
        doc.f("AUTUADO: «n» — CPF «c» — «j» — «cr» — CCM «ccm»\nDOMICÍLIO TRIBUTÁRIO: «a» — CEP «cep»\n", n=P(aut.capsf), c=(g.cpf(), "BR_CPF"),
              j=fold(job[1] if aut.female else job[0]).upper(), cr=(council_any(g, job[2], uf), "PROFESSIONAL_ID"), ccm=ccm(g), a=(g.address("caps"), "ADDRESS"),
              cep=(g.cep(), "BR_CEP"))
    doc.f("CONTATO: «t»«e»\n", t=(cphone(g, city), "PHONE_NUMBER"), e=[V(" — "), (g.email(aut), "EMAIL_ADDRESS")] if g.chance(0.6) else "")
    y1 = g.ri(2020, 2022)
    bc = g.ri(40, 900) * 1000
    doc.f("\nDESCRIÇÃO: DEIXOU DE RECOLHER O ISS DEVIDO NOS EXERCÍCIOS DE «y1» A «y2» SOBRE SERVIÇOS DO ITEM «it» DA LISTA ANEXA À LC 116/2003, APURADOS PELAS "
          "DECLARAÇÕES DE TERCEIROS (DMED/DIRF) E PELOS RECIBOS APRESENTADOS.\nBASE DE CÁLCULO: R$ «bc» — IMPOSTO: R$ «im» — MULTA (75%): R$ «mu» — JUROS: R$ «ju»\n"
          "CAPITULAÇÃO: «ctm», ART. «ar».\n\n", y1=y1, y2=y1 + g.ri(1, 3), it=g.pick(["4.01", "4.12", "4.16", "7.01", "4.08", "4.03"]), bc=brl(bc), im=brl(bc * 0.05),
          mu=brl(bc * 0.05 * 0.75), ju=brl(bc * 0.05 * g.ri(8, 30) / 100), ctm=fold(ctm(g)).upper(), ar=g.ri(40, 260))
    doc.f("AUDITOR«a» FISCAL: «n» — MATRÍCULA «m»\n", a="A" if aud.female else "", n=P(aud.capsf), m=clean(g, lambda: f"{g.d(2)}.{g.d(3)}-{g.d(1)}"))
    sig = g.chance(0.6)
    doc.f("CIÊNCIA DO AUTUADO: «s» EM «d»\n", s=[V("RECEBI A 1ª VIA — "), P(aut.capsf)] if sig else [V("RECUSOU-SE A ASSINAR")], d=g.date("br", 2026))
    doc.f("TESTEMUNHA: «w» — RG «r»\n", w=P(wit.capsf), r=(g.rg(), "BR_RG"))
    doc.t("PRAZO PARA IMPUGNAÇÃO: 30 DIAS. O PAGAMENTO EM 15 DIAS REDUZ A MULTA EM 50%.\n")
    return doc


def ju_mandado(g: Gen) -> Doc:
    """A writ of mandamus (mandado de segurança) against the refusal of a tax clearance certificate needed in an inventory: the heir
    qualified, the late owner, co-heirs with CPF, the property's address, a namesake whose ISS debt blocked the certificate (name and
    CPF), the Secretary by name, two lawyers with OAB, and the judge's preliminary decision signed by name."""
    doc = Doc()
    city, uf = g.city()
    imp = g.person()
    dead = g.person(g.chance(0.5))
    dead = Person(dead.given, [s for s in dead.surnames if s != imp.last][:1] + [imp.last], dead.female)
    co = heirs(g, dead, g.ri(1, 2))
    secr, a1, a2, jz = g.person(), g.person(), g.person(), g.person()
    hom = Person(imp.given, [g.surname(), imp.last] if imp.last != "Silva" else ["Silva"], imp.female)
    doc.f("EXCELENTÍSSIM«o» SENHOR«a» JUIZ«a» DE DIREITO DA «v»ª VARA DA FAZENDA PÚBLICA DA COMARCA DE «ci»/«uf»\n\n", o=g.pick(["O", "O(A)"]), a=g.pick(["", "(A)"]),
          v=g.ri(1, 14), ci=fold(city).upper(), uf=uf)
    qualify(g, doc, imp, email=g.chance(0.5), where=(city, uf), titulo=g.chance(0.3), pis=g.chance(0.2))
    doc.f(", por seus advogados, impetra MANDADO DE SEGURANÇA, com pedido liminar, contra ato d«o» Secretári«o» Municipal da Fazenda, «s», pelos fatos seguintes.\n\n",
          o=secr.o, s=P(g.pick([secr.full, secr.caps])))
    doc.f("«I» impetrante é herdeir«io» de «d», falecid«o» em «dt», que deixou o imóvel da «a». O inventário (processo «cnj») depende de certidão negativa de débitos "
          "municipais, negada porque consta débito de ISS do CCM «ccm», de «h», homônim«io» com CPF diverso («cpf»). Os demais herdeiros são ", I="A" if imp.female else "O",
          io=imp.o,
          d=P(g.pick([dead.full, dead.caps])), o=dead.o, dt=g.date("br", g.ri(2022, 2025)), a=(g.address(), "ADDRESS"), cnj=cnj_of(g, uf), ccm=ccm(g),
          h=P(hom.full), cpf=(g.cpf(), "BR_CPF"))
    for i, h in enumerate(co):
        doc.f("«n» (CPF «c»)«s»", n=P(h.full), c=(g.cpf(), "BR_CPF"), s=" e " if i < len(co) - 1 else ".")
    d0 = datetime.date(2026, g.ri(1, 5), g.ri(1, 20))
    doc.f(" Requer liminar para a expedição da certidão, com base na Súmula 399 do STJ e no art. 205 do CTN.\n\n«ci», «d».\n«n1» — «o1»\n«n2» — «o2»\n\n",
          ci=city, d=dbr(d0, "long"), n1=P(a1.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"), n2=P(a2.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("DECISÃO. Vistos. Os documentos mostram que o débito pertence a contribuinte diverso (CPF distinto). Presentes os requisitos, DEFIRO a liminar para que a "
          "autoridade expeça a certidão em 5 dias. Notifique-se. «ci», «d». «j», «a» de Direito.\n", ci=city,
          d=dbr(d0 + datetime.timedelta(days=g.ri(2, 9))), j=P(jz.full), a="Juíza" if jz.female else "Juiz")
    return doc


# ------------------------------------------------------------------ saude

def sa_laudo(g: Gen) -> Doc:
    """A physician's report for the IPTU exemption for serious illness: the patient with birth date, CNS, CPF sometimes, home and CEP
    sometimes; the disease and its ICD-10 code (not labelled), the diagnosis date (not a birth date); a companion with phone; the
    physician with CRM (RQE and the chart number not labelled) and sometimes the clinical director; letter, form or OCR'd scan."""
    doc = Doc()
    city, uf = g.city()
    pt, md, dirc = g.person(), g.person(), g.person()
    rel = g.relative(pt)
    code, desc = cid_g(g)
    spec, trs = SPEC[code[0]]
    hosp = g.pick(HOSPITALS)
    ocr_on = g.chance(0.3)
    lab = (lambda s: ocr(s, g, 0.3)) if ocr_on else (lambda s: s)
    service = {"Oncologista": "Serviço de Oncologia", "Neurologista": "Ambulatório de Neurologia", "Nefrologista": "Serviço de Nefrologia",
               "Psiquiatra": "Ambulatório de Saúde Mental", "Cardiologista": "Ambulatório de Cardiologia", "Oftalmologista": "Serviço de Oftalmologia"}[spec]
    doc.t(lab(f"{hosp.upper()} — {g.pick([service, service, 'Ambulatório de Especialidades', 'Clínica Médica'])}") + "\n")
    doc.t(lab("LAUDO MÉDICO PARA FINS DE ISENÇÃO DE IPTU (DOENÇA GRAVE)") + "\n\n")
    fields = [(lab("Paciente"), P(ocr(pt.full, g, 0.2, names=True) if ocr_on else g.pick([pt.full, pt.caps]))), ("DN", (g.dob(g.pick(["br", "br", "short", "dot"]), 1935, 1985), "DATE_OF_BIRTH")),
              ("CNS", (g.cns(), "BR_CNS"))]
    if g.chance(0.5):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    fields.append((lab("Prontuário"), V(clean(g, lambda: g.d(g.ri(6, 8))))))
    if g.chance(0.5):
        fields.append((lab("Telefone"), (cphone(g, city), "PHONE_NUMBER")))
    if g.chance(0.5):
        fields += [(lab("Endereço"), (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    kv_block(doc, fields, g.pick(["plain", "caps", "dots"]))
    labt = (lambda s: ocr_t(s, g, 0.3)) if ocr_on else (lambda s: s)
    doc.f("\n" + labt("Atesto, para os devidos fins, que «o» paciente acima identificad«o» é portador«a» de «ds» (CID-10 «c»), com diagnóstico em «d»,") +
          " «tr». " + lab("Trata-se de doença grave nos termos da legislação municipal") + " («ctm»). «x»\n", o=pt.o, a="a" if pt.female else "", ds=desc, c=code, d=g.date("br", g.ri(2019, 2025)),
          tr=g.pick(trs).format(o=pt.o), ctm=ctm(g),
          x=g.pick(["Necessita de acompanhante.", "O quadro é permanente.", "Reavaliar em 5 anos.", ""]))
    if g.chance(0.6):
        doc.f(lab("Acompanhante") + ": «n» («r») — tel. «t»\n", n=P(g.pick([rel.full, rel.short])), r="filha" if rel.female else "filho", t=(cphone(g, city), "PHONE_NUMBER"))
    doc.f("\n«ci», «d».\n", ci=city, d=g.docdate())
    doc.f("«n»\n«e» — «c» — RQE «r»\n", n=[V(g.pick(["", dr(md) + " "])), P(g.pick([md.full, md.caps]))], e=spec if g.chance(0.85) else "Clínico geral",
          c=(g.council("CRM", uf), "PROFESSIONAL_ID"), r=clean(g, lambda: g.d(5)))
    if g.chance(0.35):
        doc.f("Visto: «n», Diretor«a» Clínic«o» — «c»\n", n=P(dirc.full), a="a" if dirc.female else "", o=dirc.o, c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_junta(g: Gen) -> Doc:
    """The minutes of a session of the municipal official medical board (junta médica) on exemption requests: three examiners with
    CRM, the secretary; a table of applicants with birth date, ICD-10 code, the assistant physician by name and CRM, and the opinion;
    a note on an applicant who came with a daughter as guardian."""
    doc = Doc()
    city, uf = g.city()
    ps = [g.person() for _ in range(3)]
    sec = g.person()
    doc.f("JUNTA MÉDICA OFICIAL DO MUNICÍPIO DE «ci» — ATA DA «n»ª SESSÃO — «d»\n", ci=fold(city).upper(), n=g.ri(3, 48), d=g.date("br", 2026))
    doc.t("Peritos: ")
    for i, p in enumerate(ps):
        doc.f("«dr» «n» («c»)«s»", dr=dr(p), n=P(p.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"), s=", " if i < 2 else "\n")
    if g.chance(0.6):
        doc.f("Secretári«o»: «n»\nPauta: pedidos de isenção de IPTU por doença grave ou deficiência encaminhados pela «s».\n\n", o=sec.o, n=P(sec.full), s=g.pick(SECS))
    else:
        doc.f("Pauta: pedidos de isenção de IPTU por doença grave ou deficiência encaminhados pela «s»; secretariado pela Divisão de Isenções.\n\n", s=g.pick(SECS))
    rows = []
    app = []
    style = g.pick(["plus", "psql", "md", "pipe", "plain"])
    for i in range(g.ri(4, 6)):
        p = g.person()
        app.append(p)
        m = g.person()
        yb = g.ri(1935, 2015)
        code, _ = g.pick(CIDS_PCD if yb > 1995 else CIDS_GRAVE)
        rows.append([V(f"{i + 1}"), P(tp(g, g.pick([p.full, p.caps]), 0.08)), (fmt_date(g.ri(1, 28), g.ri(1, 12), yb, "br"), "DATE_OF_BIRTH"), V(code),
                     [V(dr(m) + " "), P(m.short), V(" — "), (g.council("CRM", uf), "PROFESSIONAL_ID")] if g.chance(0.5) else
                     [V("laudo assinado por "), (g.council("CRM", uf), "PROFESSIONAL_ID"), V(" em " + g.date("br", 2025))],
                     V(g.pick(["favorável", "favorável (5 anos)", "favorável (permanente)", "desfavorável — doença fora do rol", "diligência: juntar biópsia",
                               "diligência: comparecer pessoalmente", "favorável"])), (g.cns(False), "BR_CNS"), (g.cpf(), "BR_CPF")])
    if style in ("md",):
        doc.t("| nº | requerente | DN | CID | laudo do assistente | parecer | CNS | CPF |\n|---|---|---|---|---|---|---|---|\n")
        for r in rows:
            doc.t("|")
            for v in r:
                doc.t(" ")
                for part in (v if isinstance(v, list) else [v]):
                    doc.e(part[0], part[1])
                doc.t(" |")
            doc.t("\n")
    else:
        # the assistant's cell holds a name and a council number: written as a list row below the table
        table_ruled(doc, ["nº", "requerente", "CPF", "CNS", "DN", "CID", "parecer"], [[r[0], r[1], r[7], r[6], r[2], r[3], r[5]] for r in rows], style)
        doc.t("\nLaudos dos médicos assistentes:\n")
        for r in rows:
            doc.t(f"  {r[0][0]}) ")
            for part in r[4]:
                doc.e(part[0], part[1])
            doc.t("\n")
    p = g.pick(app)
    cur = g.relative(p, True)
    if g.chance(0.5):
        doc.f("\n«O» requerente «n» compareceu acompanhad«o» da filha, «c», que apresentou termo de curatela. «w»\n",
              O="A" if p.female else "O", o=p.o, n=P(p.short), c=P(cur.full), w=word_neg(g) if g.chance(0.25) else "")
    doc.t("\nNada mais. Assinam os peritos.\n")
    return doc


def sa_planilha(g: Gen) -> Doc:
    """The exemption desk's worksheet of serious-illness requests, as CSV (or Markdown): protocol and registration (not labelled),
    applicant, CPF, CNS, birth date, ICD-10, assistant physician and CRM, phone, status; an estate row; then the analyst's note."""
    doc = Doc()
    city, uf = g.city()
    an = g.person()
    ext = g.pick(["csv", "csv", "md"])
    doc.f("# isencoes_doenca_grave_«y».«ext» — exportado do sistema de tributos (módulo Isenções) por «l» em «t»\n", y=g.ri(2025, 2026),
          ext=ext, l=login(an, g), t=ts(g.moment(), "sql"))
    md = ext == "md"
    with_md = g.chance(0.4)
    cols = ["protocolo", "inscricao", "requerente", "cpf", "cns", "nascimento", "cid"] + (["medico"] if with_md else []) + ["crm", "telefone", "cep", "situacao"]
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        m = g.person()
        rows.append([V(proto(g)), V(insc(g)), P(tp(g, g.pick([p.caps, p.full, p.capsf, p.inverted]), 0.08)), (g.cpf(), "BR_CPF"),
                     (g.cns(False), "BR_CNS") if g.chance(0.8) else V(""), (g.dob("br", 1935, 1990), "DATE_OF_BIRTH"), V(cid_g(g)[0])]
                    + ([P(g.pick([m.full, m.short, m.caps]))] if with_md else [])
                    + [(g.council("CRM", uf), "PROFESSIONAL_ID"), (cphone(g, city), "PHONE_NUMBER") if g.chance(0.7) else V(""), (g.cep(), "BR_CEP"),
                       V(g.pick(["DEFERIDO", "DEFERIDO", "EM ANÁLISE", "INDEFERIDO", "AGUARDA JUNTA", "PENDENTE LAUDO"]))])
    if md:
        table_ruled(doc, cols, rows, "md")
    else:
        table_csv(doc, cols, rows, g.pick([";", ","]))
    n3 = g.person()
    doc.f("\nNota («a», «d»): «x» — o laudo de «n» veio sem CRM legível; pedi novo laudo pelo telefone. O CPF «c» digitado no protocolo não confere, conferir com o documento.\n",
          a=P(g.pick([an.first, an.short])), d=g.date("br", 2026), x=g.pick(["3 pedidos aguardam a junta", "planilha conferida", "faltam 2 CNS"]),
          n=P(g.pick([n3.full, n3.short])), c=g.neg_cpf())
    return doc


def sa_pcd(g: Gen) -> Doc:
    """A rehabilitation centre's multidisciplinary report for the IPTU exemption of a family with a disabled child: the child with birth
    date and CNS, the mother (the taxpayer) with CPF and phone, the home and CEP; the neurologist's CRM, the physiotherapist's CREFITO,
    the social worker's CRESS; the family composition table (names, kinship, birth dates, income)."""
    doc = Doc()
    city, uf = g.city()
    mom = g.person(True)
    ch = kid(g, mom)
    dad = g.person(False)
    dad = Person(dad.given, dad.surnames[:1] + [ch.last] if ch.last not in dad.surnames else dad.surnames, False)
    neu, fis, sw = g.person(), g.person(), g.person(g.chance(0.8))
    code, desc = g.pick(CIDS_PCD)
    doc.f("CENTRO MUNICIPAL DE REABILITAÇÃO «c» — «ci»/«uf»\nRELATÓRIO MULTIPROFISSIONAL — ISENÇÃO DE IPTU (PESSOA COM DEFICIÊNCIA)\n\n",
          c=g.pick(["Flor de Lis", "Irmã Dulce", "Aurora", "Bento Amado", "Vitória"]).upper(), ci=fold(city).upper(), uf=uf)
    ch_dob = g.dob("br", 2008, 2022)
    kv_block(doc, [("Usuário", P(g.pick([ch.full, ch.caps]))), ("Nascimento", (ch_dob, "DATE_OF_BIRTH")), ("CNS", (g.cns(), "BR_CNS")),
                   ("Responsável / contribuinte", P(mom.full)), ("CPF", (g.cpf(), "BR_CPF")), ("Telefone", (cphone(g, city), "PHONE_NUMBER")),
                   ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))], g.pick(["plain", "box", "dots"]))
    doc.f("\nDiagnóstico: «d» (CID-10 «c»), conforme laudo de «n», neurologista, «cr», de «dt».\n", d=desc, c=code, n=P(g.pick([neu.full, neu.short])),
          cr=(g.council("CRM", uf), "PROFESSIONAL_ID"), dt=g.date("br", 2025))
    doc.f("Avaliação fisioterapêutica: «x». «n» — «cr»\n", x=g.pick(["dependência total para locomoção, usa cadeira de rodas adaptada", "marcha com apoio, necessita de adaptações no banheiro",
                                                                  "necessita de supervisão constante; terapias 3x por semana"]),
          n=P(fis.full), cr=(council_any(g, "CREFITO", uf), "PROFESSIONAL_ID"))
    doc.t("Avaliação social — composição familiar:\n")
    rows = [[P(mom.full) if g.chance(0.5) else V("(a própria)"), V("mãe"), (g.dob("br", 1975, 1998), "DATE_OF_BIRTH"), V(money(g, 0, 2600) if g.chance(0.6) else "sem renda")],
            [P(ch.first + " " + ch.last), V("usuário(a)"), (ch_dob, "DATE_OF_BIRTH"), V("BPC " + money(g, 1518, 1518))]]
    if g.chance(0.6):
        rows.append([P(dad.full), V("pai"), (g.dob("br", 1970, 1996), "DATE_OF_BIRTH"), V(money(g, 1500, 3800))])
    if g.chance(0.5):
        sib = kid(g, mom)
        rows.append([P(sib.full), V("irmão(ã)"), (g.dob("br", 2005, 2020), "DATE_OF_BIRTH"), V("estudante")])
    table_ruled(doc, ["nome", "parentesco", "nascimento", "renda"], rows, g.pick(["plus", "plain", "md", "psql"]))
    doc.f("\nParecer social: família reside em imóvel próprio, único, adaptado às necessidades d«o» usuári«o». Favorável à isenção. «w»\n«n» — Assistente Social — «cr»\n",
          o=ch.o, w=word_neg(g) if g.chance(0.25) else "", n=P(sw.full), cr=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    return doc


def sa_mordida(g: Gen) -> Doc:
    """A SINAN human anti-rabies form (numbered "| box | value" lines): the cadastre agent bitten by a dog on a field inspection, with
    birth date, CNS, CPF sometimes, mother's name, home, CEP, phone; the dog's owner by name with address and phone; ICD-10 W54 and
    T14.1 and the CAT number not labelled; the nurse with COREN."""
    doc = Doc()
    city, uf = g.city()
    ag = g.person()
    mae = g.person(True)
    mae = Person(mae.given, mae.surnames[:1] + [ag.surnames[0]] if ag.surnames[0] not in mae.surnames else mae.surnames, True)
    own, nur = g.person(), g.person(g.chance(0.8))
    doc.t("SINAN — SISTEMA DE INFORMAÇÃO DE AGRAVOS DE NOTIFICAÇÃO\nFICHA DE INVESTIGAÇÃO — ATENDIMENTO ANTIRRÁBICO HUMANO (W54 / T14.1)\n\n")
    sep = g.pick(["| ", ": ", " | "])
    lines = [("1", "Data da notificação", V(g.date("br", 2026))), ("3", "Município de notificação", V(f"{city}/{uf}")),
             ("4", "Unidade de saúde", V(g.pick(["UBS Vila Prudente", "UPA Leão XIII", "UBS Jardim Aurora", "Pronto Atendimento Bento Amado"]))),
             ("6", "Nome do paciente", P(g.pick([ag.caps, ag.full]))), ("7", "Data de nascimento", (g.dob("br", 1965, 2002), "DATE_OF_BIRTH")),
             ("9", "Sexo", V("F" if ag.female else "M")), ("12", "Nº do Cartão SUS", (g.cns(), "BR_CNS"))]
    if g.chance(0.4):
        lines.append(("12a", "CPF", (g.cpf(), "BR_CPF")))
    lines += [("13", "Nome da mãe", P(g.pick([mae.caps, mae.full]))), ("16", "Logradouro / nº", (g.address(), "ADDRESS")), ("18", "CEP", (g.cep(), "BR_CEP")),
              ("19", "Telefone", (cphone(g, city), "PHONE_NUMBER")), ("31", "Ocupação", V("agente fazendário (vistoria do cadastro imobiliário)")),
              ("34", "Tipo de exposição", V(g.pick(["mordedura", "mordedura e arranhadura"]))),
              ("35", "Localização", V(g.pick(["mão", "membros inferiores", "pé", "antebraço"]))), ("40", "Espécie do animal agressor", V("canina — passível de observação")),
              ("41", "Proprietário do animal", P(g.pick([own.full, own.caps]))), ("41a", "Endereço do proprietário", (g.address(), "ADDRESS"))]
    if g.chance(0.6):
        lines.append(("41b", "Telefone do proprietário", (cphone(g, city), "PHONE_NUMBER")))
    lines += [("45", "Conduta", V(g.pick(["observação do animal por 10 dias + vacina (dias 0 e 3)", "observação do animal por 10 dias", "soro + vacina (4 doses)"]))),
              ("48", "Observação", V(f"CAT nº {clean(g, lambda: g.d(4) + '.' + g.d(3) + '.' + g.d(3) + '-' + g.d(1))} emitida pelo SESMT da Prefeitura"))]
    if g.chance(0.5):
        lines.append(("49", "Veículo oficial (placa)", (g.plate(), "LICENSE_PLATE")))
    for n, k, v in lines:
        doc.f("«n» «k»«s»«v»\n", n=f"{n:>3}", k=k.ljust(28), s=sep, v=v)
    doc.f("\nInvestigador(a): «n» — «c»\n", n=P(g.pick([nur.full, nur.short])), c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_email_saude(g: Gen) -> Doc:
    """An e-mail thread: the exemption desk asks the health secretariat's regulation centre to confirm that three applicants are in
    treatment (names, birth dates, CNS); the nurse answers one by one (a death date, not a birth date); her COREN; corporate e-mails
    of both; a role mailbox in copy; X-Originating-IP sometimes."""
    doc = Doc()
    city, uf = g.city()
    an, nur = g.person(), g.person(g.chance(0.8))
    apps = [g.person() for _ in range(g.ri(2, 4))]
    fm = corp_mail(an, gov(city, uf, "fazenda"), g)
    sm = corp_mail(nur, gov(city, uf, "saude"), g)
    t0 = g.moment(hours=(8, 17))
    doc.f("From: «a»<«b»>\nTo: «c»<«d»>\nCc: «r»\nSubject: RE: confirmação de tratamento — isenções IPTU «y»\nDate: «t»\n\n",
          a=[P(nur.full), V(" ")] if g.chance(0.5) else "", b=(sm, "EMAIL_ADDRESS"), c=[P(an.full), V(" ")] if g.chance(0.5) else "", d=(fm, "EMAIL_ADDRESS"), r=role_mail(g, gov(city, uf, "saude"), "regulacao"), y=g.ri(2025, 2026),
          t=mail_date(t0 + datetime.timedelta(hours=g.ri(4, 48))))
    doc.f("«f»om dia. Segue o que consta no SISREG e no prontuário eletrônico:\n", f=[P(an.first), V(", b")] if g.chance(0.5) else "B")
    hosp = g.pick(HOSPITALS)
    named = g.chance(0.5)
    for i, p in enumerate(apps):
        doc.f("- «n»: «x»\n", n=P(g.pick([p.first + " " + p.last, p.full])) if named else f"{i + 1}º da lista", x=g.pick([
            f"em tratamento no {hosp} desde {g.date('br', 2024)}",
            f"em hemodiálise na Clínica de Hemodiálise Vitória, 3x/semana",
            "não localizado no SISREG; CNS sem registro de atendimento nos últimos 12 meses",
            f"óbito registrado em {g.date('br', 2025)} (SIM)", "consulta com oncologia agendada, ainda sem diagnóstico fechado"]))
    doc.f("Lembrando que o laudo precisa vir do médico assistente, não da regulação.\n\nAtt.,\n«n»\nEnfermeir«o» — Central de Regulação — «c»\n\n",
          n=P(g.pick([nur.full, nur.short])), o=nur.o, c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    doc.f("> Em «t», «a» <«b»> escreveu:\n> Prezada equipe da regulação, podem confirmar se os munícipes abaixo estão em tratamento na rede municipal?\n", t=ts(t0, "br"),
          a=P(an.full), b=(fm, "EMAIL_ADDRESS"))
    for p in apps:
        doc.f("> «n» — DN «d» — CNS «c»«cpf»\n", n=P(g.pick([p.caps, p.full])), d=(g.dob("br", 1935, 1988), "DATE_OF_BIRTH"), c=(g.cns(), "BR_CNS"),
              cpf=[V(" — CPF "), (g.cpf(), "BR_CPF")] if g.chance(0.6) else "")
    doc.f("> Obrigad«o»,\n> «n» — Divisão de Isenções — «s»\n", o=an.o, n=P(an.short), s=g.pick(SECS))
    if g.chance(0.6):
        doc.f("\nX-Originating-IP: [«ip»]\n", ip=(g.ip_pub(), "IP_ADDRESS"))
    return doc


def sa_visita(g: Gen) -> Doc:
    """A social worker's home visit report for renewing a bedridden elder's IPTU exemption (proof of life): the elder with CPF, birth
    date, benefit number (not labelled), home and CEP; the team (social worker with CRESS, community health agent); the daughter and
    carer with phone; a grandson by first name; the physician's certificate with CRM; ICD-10 codes not labelled."""
    doc = Doc()
    city, uf = g.city()
    el = g.person(g.chance(0.65))
    dau = g.relative(el, True)
    gs = g.relative(el, False)
    sw, acs, md = g.person(g.chance(0.85)), g.person(), g.person()
    code, desc = g.pick([("G30.1", "doença de Alzheimer"), ("I69.4", "sequela de AVC"), ("G20", "doença de Parkinson"), ("M81.0", "osteoporose com fratura de fêmur"),
                         ("N18.5", "doença renal crônica")])
    form = g.chance(0.5)
    doc.f("«s» — DIVISÃO DE ISENÇÕES\nRELATÓRIO DE VISITA DOMICILIAR — RENOVAÇÃO DE ISENÇÃO (CONTRIBUINTE ACAMAD«O»)\n\n", s=fold(g.pick(SECS)).upper(), O=el.o.upper())
    if form:
        kv_block(doc, [("Contribuinte", P(el.full)), ("CPF", (g.cpf(), "BR_CPF")), ("Nascimento", (g.dob("br", 1925, 1950), "DATE_OF_BIRTH")), ("NB", V(nb(g))),
                       ("CNS", (g.cns(), "BR_CNS")),
                       ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Data da visita", V(g.date("br", 2026)))], g.pick(["plain", "dots", "caps"]))
        doc.f("Equipe: «a» (assistente social) e «b» (agente comunitári«o» de saúde)\n\n", a=P(sw.full), b=P(g.pick([acs.full, acs.short])), o=acs.o)
    else:
        doc.f("Em «d», às «h», «a», assistente social, acompanhad«so» d«o» agente comunitári«o» de saúde «b», visitou «c», CPF «cpf», CNS «cns», nascid«e» em «dn», "
              "no imóvel da «ad», CEP «cep».\n\n", d=g.date("br", 2026), h=f"{g.ri(8, 16):02d}:{g.ri(0, 59):02d}", a=P(sw.full), so=sw.o, o=acs.o, b=P(g.pick([acs.full, acs.first])), c=P(el.full),
              cpf=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"), e=el.o, dn=(g.dob("long", 1925, 1950), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("Relato: a equipe foi recebida pela filha e cuidadora, «f» (tel. «t»«fc»). «o» contribuinte está acamad«e» desde «ds», com diagnóstico de «dg» (CID «c»), conforme "
          "atestado de «md», «cr», de «da». Reside também o neto «n», de «k» anos, estudante. A renda da casa é o benefício de «v». «w»\n\n",
          f=P(g.pick([dau.full, dau.short])), t=(cphone(g, city), "PHONE_NUMBER"), fc=[V(", CPF "), (g.cpf(), "BR_CPF")] if g.chance(0.6) else "", o="A" if el.female else "O", e=el.o, ds=g.date("br", g.ri(2020, 2025)), dg=desc, c=code,
          md=[V(dr(md) + " "), P(md.full)], cr=(g.council("CRM", uf), "PROFESSIONAL_ID"), da=g.date("br", 2025), n=P(gs.first), k=g.ri(12, 24), v=money(g, 1518, 3200),
          w=word_neg(g) if g.chance(0.3) else "")
    doc.f("Parecer: «p».\n\n«n»\nAssistente Social — «cr»\n", p=g.pick(["favorável à renovação por 2 anos", "favorável; imóvel único e renda compatível",
                                                                    "pendente: apresentar extrato do benefício atualizado"]),
          n=P(sw.full), cr=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    return doc


# ------------------------------------------------------------------ financeiro

def fi_carne(g: Gen) -> Doc:
    """The IPTU bill and payment book as extracted text: the taxpayer (a person or a builder with CNPJ) with CPF, a buyer under
    contract sometimes, the property's address and CEP (a person's), a mailing address, the land and value data, the single and
    monthly payments with their collection lines, the city's random Pix key, a debt already in CDA; the portal delivery line with the
    e-mail and IP."""
    doc = Doc()
    city, uf = g.city()
    own = g.person()
    y = g.ri(2025, 2026)
    doc.f("PREFEITURA MUNICIPAL DE «ci» — «s»\nIPTU / TAXA DE COLETA DE LIXO — EXERCÍCIO «y»\nNOTIFICAÇÃO DE LANÇAMENTO E CARNÊ DE PAGAMENTO\n\n", ci=fold(city).upper(),
          s=fold(g.pick(SECS)).upper(), y=y)
    pj = g.chance(0.15)
    if pj:
        doc.f("CONTRIBUINTE: «n»\nCNPJ: «c»\nENDEREÇO DO IMÓVEL: «a» — «b»\n", n=fold(g.pick(BUILDERS)).upper(), c=(g.any_cnpj(), "BR_CNPJ"), a=fold(g.address()).upper(),
              b=fold(g.pick(BAIRROS)).upper())
    else:
        doc.f("CONTRIBUINTE: «n»\nCPF: «c»\n", n=P(g.pick([own.capsf, own.caps])), c=(g.cpf(), "BR_CPF"))
        if g.chance(0.35):
            cb = g.person()
            doc.f("COMPROMISSÁRIO: «n» — CPF «c»\n", n=P(cb.capsf), c=(g.cpf(), "BR_CPF"))
        elif g.chance(0.5):
            cb = g.person(not own.female)
            doc.f("COPROPRIETÁRIO(A): «n» — CPF «c»\n", n=P(cb.capsf), c=(g.cpf(), "BR_CPF"))
        doc.f("ENDEREÇO DO IMÓVEL: «a» — «b» — CEP «cep»\n", a=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), cep=(g.cep(), "BR_CEP"))
        if g.chance(0.45):
            c2, u2 = g.city()
            doc.f("ENDEREÇO DE ENTREGA: «a» — «ci»/«uf» — CEP «cep»\n", a=(g.address("caps"), "ADDRESS"), ci=fold(c2).upper(), uf=u2, cep=(g.cep(), "BR_CEP"))
    vv = venal(g)
    aliq = g.pick([0.6, 0.8, 1.0, 1.2, 1.5])
    imp = vv * aliq / 100
    taxa = g.ri(90, 420) + 0.44
    doc.f("INSCRIÇÃO: «i» — ÁREA DO TERRENO: «at» m² — ÁREA CONSTRUÍDA: «ac» m² — VALOR VENAL: R$ «vv» — ALÍQUOTA: «al»%\nIPTU: R$ «ip» — TAXA DE LIXO: R$ «tx» — TOTAL: R$ «tt»\n\n",
          i=insc(g), at=num(g.ri(125, 900), 2), ac=num(g.ri(40, 380), 2), vv=brl(vv), al=num(aliq, 1), ip=brl(imp), tx=brl(taxa), tt=brl(imp + taxa))
    doc.f("COTA ÚNICA (desconto de «d»%): R$ «v» — vencimento «dt»\nLINHA DIGITÁVEL: «l»\n\n", d=g.pick([5, 10, 15]), v=brl((imp + taxa) * 0.9), dt=f"{g.ri(5, 28):02d}/02/{y}",
          l=linha(g))
    k = g.pick([8, 10, 10, 12])
    rows = []
    for i in range(g.ri(2, 3)):
        rows.append([V(f"{i + 1:02d}/{k}"), V(f"{g.ri(5, 28):02d}/{i + 2:02d}/{y}"), V("R$ " + brl((imp + taxa) / k)), V(linha(g))])
    table_ruled(doc, ["parcela", "vencimento", "valor", "linha digitável"], rows, g.pick(["plain", "plus", "pipe"]))
    doc.f("(demais parcelas nas páginas seguintes)\n\nPAGUE COM PIX — chave aleatória da Prefeitura: «k»\n", k=(g.uuid(), "PIX_KEY"))
    if not pj and g.chance(0.6):
        doc.f("DADOS DE CONTATO CADASTRADOS: telefone «t»«e» — mantenha atualizados no portal.\n", t=(cphone(g, city), "PHONE_NUMBER"),
              e=[V(" — e-mail "), (g.email(own), "EMAIL_ADDRESS")] if g.chance(0.5) else "")
    if g.chance(0.5):
        doc.f("ATENÇÃO: consta débito do exercício de «y» inscrito em dívida ativa (CDA «c»). Regularize na Procuradoria-Geral do Município.\n", y=y - g.ri(2, 4), c=cda(g))
    if not pj and g.chance(0.6):
        doc.t("\nOUTROS IMÓVEIS VINCULADOS AO CPF DO CONTRIBUINTE:\n")
        for _ in range(g.ri(1, 3)):
            doc.f("  - inscrição «i» — «a» — CEP «c» — «s»\n", i=insc(g), a=(g.address(g.pick(["caps", "text"])), "ADDRESS"), c=(g.cep(), "BR_CEP"),
                  s=g.pick(["em dia", "débito em aberto", "em dívida ativa", "isento"]))
    if not pj and g.chance(0.6):
        doc.f("\n2ª via emitida pelo portal para «e» em «t» — IP «ip»\n", e=(g.email(own), "EMAIL_ADDRESS"), t=ts(g.moment(), "br"), ip=(g.ip(), "IP_ADDRESS"))
    return doc


def fi_parcelamento(g: Gen) -> Doc:
    """A debt confession and instalment agreement (REFIS): the debtor qualified, a proxy with CPF sometimes, the CDAs (not labelled),
    the consolidated amounts, the automatic debit's agency and account (sometimes a son's), the clerk, two witnesses with CPF."""
    doc = Doc()
    city, uf = g.city()
    deb, clk = g.person(), g.person()
    y = g.ri(2025, 2026)
    doc.f("TERMO DE CONFISSÃO DE DÍVIDA E ACORDO DE PARCELAMENTO Nº «n»\nPROGRAMA DE RECUPERAÇÃO FISCAL — REFIS «ci» «y» («lei»)\n\n", n=clean(g, lambda: f"{g.d(6)}/{y}"),
          ci=fold(city).upper(), y=y, lei=f"Lei Complementar nº {g.ri(100, 900)}/{y - 1}")
    doc.t("DEVEDOR(A): ")
    qualify(g, doc, deb, rg=g.chance(0.7), phone=True, email=g.chance(0.5), where=(city, uf), pis=g.chance(0.3), titulo=g.chance(0.15))
    doc.t(".\n")
    if g.chance(0.35):
        pr = g.person()
        doc.f("REPRESENTADO(A) POR: «n», CPF «c», conforme procuração.\n", n=P(pr.full), c=(g.cpf(), "BR_CPF"))
    doc.t("\nDÉBITOS CONSOLIDADOS:\n")
    rows = []
    tot = 0.0
    for _ in range(g.ri(2, 5)):
        p = g.ri(200, 6000) + g.ri(0, 99) / 100
        m, j = p * 0.2, p * g.ri(5, 40) / 100
        tot += p + m + j
        rows.append([V(cda(g)), V(str(g.ri(2016, 2024))), V(g.pick(["IPTU", "Taxa de Lixo", "ISS", "IPTU"])), V(brl(p)), V(brl(m)), V(brl(j))])
    table_ruled(doc, ["CDA", "exercício", "tributo", "principal", "multa", "juros"], rows, g.pick(["plus", "psql", "plain", "md"]))
    n = g.pick([12, 24, 36, 48, 60])
    disc = g.pick([50, 70, 90, 100])
    doc.f("\nTotal consolidado: R$ «t» — desconto de «d»% em multa e juros — entrada de R$ «e» e «n» parcelas de R$ «p».\n", t=brl(tot), d=disc, e=brl(tot * 0.1),
          n=n, p=brl(tot * 0.9 / n))
    holder = deb if g.chance(0.7) else g.relative(deb)
    doc.f("DÉBITO AUTOMÁTICO: «b», agência «ag», conta «cc», titular «h».\n", b=bank(g), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          h=P(holder.full) if holder is not deb else V("o(a) próprio(a) devedor(a)"))
    doc.t("CLÁUSULA 1ª — A adesão implica confissão irretratável da dívida (art. 174, parágrafo único, IV, do CTN).\nCLÁUSULA 2ª — O atraso de 3 parcelas rescinde o acordo.\n\n")
    doc.f("«ci», «d».\n", ci=city, d=g.docdate())
    signed(g, doc, deb, "Devedor(a)")
    doc.f("\n«n» — servidor«a» responsável — matrícula «m»\n", n=P(clk.full), a="a" if clk.female else "", m=clean(g, lambda: f"{g.d(5)}-{g.d(1)}"))
    witnesses(g, doc, 2)
    return doc


def fi_divida_csv(g: Gen) -> Doc:
    """The file sent to the protest notaries (remessa de CDAs): CDA, debtor (persons in several forms, "SURNAME, GIVEN" included;
    estates; firms with CNPJ whose seat is not labelled), CPF/CNPJ, address, district, CEP, city, e-mail, phone, amount; then the rows
    removed from the batch (a CPF that fails the check, not labelled; an agreement in force)."""
    doc = Doc()
    city, uf = g.city()
    doc.f("# remessa_protesto_«d».csv — Procuradoria-Geral do Município de «ci» — lote «l» — CENPROT\n", d=g.date("iso", 2026).replace("-", ""), ci=city,
          l=clean(g, lambda: g.d(5)))
    sep = g.pick([";", ";", ","])
    cols = ["cda", "devedor", "cpf_cnpj", "endereco", "bairro", "cep", "cidade", "email", "telefone", "valor"]
    rows = []
    for _ in range(g.ri(5, 7)):
        r = g.rng.random()
        if r < 0.2:
            rows.append([V(cda(g)), V(fold(g.pick(BUILDERS + REALTORS)).upper()), (g.any_cnpj(), "BR_CNPJ"), V(fold(g.address()).upper()),
                         V(fold(g.pick(BAIRROS)).upper()), (g.cep(), "BR_CEP"), V(fold(city).upper()), V(role_mail(g, slug(g.pick(["bentoamado", "auroravale", "leaoforte"])) + ".com.br", "financeiro")),
                         (cphone(g, city, False), "PHONE_NUMBER"), V(brl(g.ri(2000, 90000) + g.ri(0, 99) / 100))])
            continue
        p = g.person()
        if r < 0.3:
            nm = [V("ESPOLIO DE "), P(p.capsf)]
        else:
            nm = P(tp(g, g.pick([p.capsf, p.inverted, p.caps, p.full]), 0.08))
        rows.append([V(cda(g)), nm, (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), (g.address(g.pick(["caps", "text"])), "ADDRESS"), V(fold(g.pick(BAIRROS)).upper()),
                     (g.cep(g.chance(0.6)), "BR_CEP"), V(fold(city).upper()), (g.email(p), "EMAIL_ADDRESS") if g.chance(0.45) else V(""),
                     (cphone(g, city, style=g.pick(["raw", "par"])), "PHONE_NUMBER") if g.chance(0.6) else V(""), V(brl(g.ri(300, 14000) + g.ri(0, 99) / 100))])
    doc.t(sep.join(cols) + "\n")
    for r in rows:
        for k, v in enumerate(r):
            if k:
                doc.t(sep)
            parts = v if isinstance(v, list) else [v]
            txt = "".join(x[0] for x in parts)
            q = sep in txt
            doc.t('"' if q else "")
            for part in parts:
                doc.e(part[0], part[1])
            doc.t('"' if q else "")
        doc.t("\n")
    a, b, an = g.person(), g.person(), g.person()
    doc.f("\nRetirados do lote: «a» (CPF «c» inválido, conferir no cadastro) e «b» (parcelamento REFIS em dia). Conferido por «n».\n",
          a=P(g.pick([a.capsf, a.full])), c=g.neg_cpf(), b=P(g.pick([b.capsf, b.full])), n=P(g.pick([an.short, an.full])) if g.chance(0.5) else V(login(an, g)))
    return doc


def fi_restituicao(g: Gen) -> Doc:
    """A refund request for a double payment: the taxpayer with CPF, phone, e-mail, home and CEP; the property's registration, guide and
    amounts (not labelled); the account for the credit (the taxpayer's or a spouse's agency and account) or a Pix key of any kind; the
    revenue analyst's opinion and the treasury director's authorisation."""
    doc = Doc()
    city, uf = g.city()
    req, an, dirc = g.person(), g.person(), g.person()
    doc.f("«s» DE «ci»\nREQUERIMENTO DE RESTITUIÇÃO DE INDÉBITO TRIBUTÁRIO — Processo «p»\n\n", s=fold(g.pick(SECS)).upper(), ci=fold(city).upper(), p=sei(g, 2026))
    kv_block(doc, [("Requerente", P(g.pick([req.full, req.caps]))), ("CPF", (g.cpf(), "BR_CPF")),
                   g.pick([("Documento (CNH)", (g.cnh(), "BR_CNH")), ("RG", (g.rg(), "BR_RG")), ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR"))]),
                   ("Telefone", (cphone(g, city), "PHONE_NUMBER")),
                   ("E-mail", (g.email(req), "EMAIL_ADDRESS")), ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))], g.pick(["plain", "dots", "box"]))
    v = g.ri(300, 4800) + g.ri(0, 99) / 100
    y = g.ri(2025, 2026)
    doc.f("\nObjeto: pagamento em duplicidade da cota única do IPTU «y» do imóvel de inscrição «i» (DAM «dam»), no valor de R$ «v», pago em «d1» no banco e novamente "
          "em «d2» por débito automático. «w»\n", y=y, i=insc(g), dam=guia(g), v=brl(v), d1=g.date("br", y), d2=g.date("br", y), w=word_neg(g) if g.chance(0.25) else "")
    r = g.rng.random()
    if r < 0.55:
        hold = req if g.chance(0.7) else g.person(not req.female)
        doc.f("Crédito em conta: «b», agência «ag», conta «cc»«h».\n", b=bank(g), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
              h=[V(", titular "), P(hold.full), V(" (cônjuge)")] if hold is not req else "")
    else:
        kind, key = pix_key(g, req)
        doc.f("Crédito via Pix, chave «k»: «v».\n", k=kind, v=key)
    doc.f("\nPARECER DA DIVISÃO DE ARRECADAÇÃO: o arquivo de retorno confirma os dois pagamentos (NSU «n1» e «n2»). Restituição devida: R$ «v», corrigida pela SELIC. — «a»\n"
          "AUTORIZO. Emita-se a ordem de pagamento OP «op». — «d», Diretor«x» do Tesouro Municipal.\n", n1=clean(g, lambda: g.d(9)), n2=clean(g, lambda: g.d(9)), v=brl(v),
          a=P(g.pick([an.full, an.short])), op=clean(g, lambda: f"{g.d(5)}/{y}"), d=P(dirc.full), x="a" if dirc.female else "")
    return doc


def fi_iss_fixo(g: Gen) -> Doc:
    """The annual fixed-ISS roll of self-employed professionals: CCM (not labelled), name, CPF, profession, council number, amount,
    status; footnotes naming a professional who moved away and one who died; the tax auditor in charge."""
    doc = Doc()
    city, uf = g.city()
    y = g.ri(2025, 2026)
    aud = g.person()
    doc.f("ISS FIXO ANUAL «y» — PROFISSIONAIS AUTÔNOMOS — RELAÇÃO DE LANÇAMENTOS — «ci»/«uf»\n\n", y=y, ci=city, uf=uf)
    rows = []
    people = []
    style = g.pick(["plus", "psql", "md", "pipe", "plain", "csv"])
    with_nit = g.chance(0.5)
    with_tel = g.chance(0.5)
    for _ in range(g.ri(6, 8)):
        p = g.person()
        people.append(p)
        job = g.pick(PROFS)
        rows.append([V(ccm(g)), P(tp(g, g.pick([p.full, p.caps, p.capsf]), 0.06)), (g.cpf(), "BR_CPF"), V(job[1] if p.female else job[0]),
                     (council_any(g, job[2], uf), "PROFESSIONAL_ID"), V("R$ " + brl(g.ri(2, 13) * 100 + g.pick([0, 37.5, 12.4]))),
                     V(g.pick(["pago", "pago", "em aberto", "parcelado", "isento (1º ano)", "baixa solicitada"]))])
        if with_nit:
            rows[-1].insert(3, (g.pis(), "BR_PIS") if g.chance(0.85) else V("-"))
        if with_tel:
            rows[-1].append((cphone(g, city, style=g.pick(["par", "raw"])), "PHONE_NUMBER") if g.chance(0.8) else V("-"))
    cols = ["CCM", "nome", "CPF", "profissão", "registro", "valor", "situação"]
    if with_nit:
        cols.insert(3, "NIT")
    if with_tel:
        cols.append("telefone")
    if style == "csv":
        table_csv(doc, cols, rows, ";")
    else:
        table_ruled(doc, cols, rows, style)
    a, b = g.sample(people, 2)
    doc.f("\n* «a» solicitou baixa em «d» (mudou-se para «c»).\n* «b»: falecid«o» em «d2»; lançamento cancelado a pedido do espólio.\n\nResponsável: «n», Auditor«x» Fiscal — «s»\n",
          a=P(g.pick([a.short, a.full])), d=g.date("br", y), c=g.pick(["Presidente Prudente/SP", "Salvador/BA", "Vitória/ES", "Serra/ES", "Natal/RN"]),
          b=P(g.pick([b.short, b.full])), o=b.o, d2=g.date("br", y - 1), n=P(aud.full), x="a" if aud.female else "", s=g.pick(SECS))
    return doc


def fi_cartao(g: Gen) -> Doc:
    """The cash desk's card terminal report (NSU, masked cards, amounts, operator logins: nothing labelled but the cashier's name), a
    taxpayer's e-mail typing a full card number to pay the ITBI (with CPF and phone), the treasury's answer by a named clerk, and a
    double-charge complaint with a refund to an agency and account or a Pix key."""
    doc = Doc()
    city, uf = g.city()
    cx, cx2, tx, tx2 = g.person(), g.person(), g.person(), g.person()
    d = g.day()
    doc.f("RELATÓRIO DE TRANSAÇÕES TEF — CAIXA «c» — PRAÇA DE ATENDIMENTO — «d»\nOperador(a): «o»\n\n", c=f"{g.ri(1, 6):02d}", d=dbr(d), o=P(cx.full) if g.chance(0.4) else V(login(cx, g)))
    rows = []
    t0 = g.moment(d, (8, 10))
    for t in seq_times(g, g.ri(4, 6), t0, 200, 2400):
        rows.append([V(clean(g, lambda: g.d(6))), V(ts(t, "hm")), V(g.pick(["VISA", "MASTER", "ELO", "HIPERCARD"])), V(g.masked_card()), V("R$ " + brl(g.ri(80, 9000) + 0.5)),
                     V(g.pick(["1x", "1x", "3x", "6x", "10x"])), V(guia(g)), (g.cpf(), "BR_CPF") if g.chance(0.8) else (g.cnpj(), "BR_CNPJ")])
    table_ruled(doc, ["NSU", "hora", "bandeira", "cartão", "valor", "parc.", "DAM", "CPF/CNPJ do contribuinte"], rows, g.pick(["plain", "psql", "plus"]))
    dom = gov(city, uf, "fazenda")
    doc.f("\nDe: «n» <«e»>\nPara: «r»\nAssunto: pagamento ITBI pelo cartão\n\n", n=P(tx.full), e=(g.email(tx), "EMAIL_ADDRESS"), r=role_mail(g, dom, "tesouraria"))
    doc.f("Bom dia, o portal não aceita meu cartão. Podem debitar a guia do ITBI «gu» no cartão «c», validade «v», «cvv»? Meu CPF é «cpf», telefone «t».\n«n»\n\n",
          gu=guia(g), c=(g.card(g.chance(0.6)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}", cvv=g.pick(["cvv " + g.d(3), "código atrás " + g.d(3), "o código eu passo por telefone"]),
          cpf=(g.cpf(), "BR_CPF"), t=(cphone(g, city), "PHONE_NUMBER"), n=P(g.pick([tx.first, tx.full])))
    doc.f("Resposta: «f», por segurança não recebemos dados de cartão por e-mail; exclua esta mensagem. O ITBI pode ser pago com cartão no caixa ou pelo link da guia. "
          "Att., «n» — Tesouraria\n\n", f=P(tx.first), n=P(g.pick([cx2.full, cx2.short])))
    doc.f("De: «n» <«e»>\nAssunto: cobrança em duplicidade\n\nNo dia «d» o caixa «c» passou duas vezes o «m» da taxa de lixo. Peço estorno ", n=P(tx2.full),
          e=(g.email(tx2), "EMAIL_ADDRESS"), d=dbr(d), c=P(g.pick([cx.first, cx.full])), m=g.masked_card())
    if g.chance(0.5):
        doc.f("na conta «b», ag. «ag», c/c «cc».\n", b=bank(g), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        kind, key = pix_key(g, tx2)
        doc.f("pelo Pix («k») «v».\n", k=kind, v=key)
    return doc


def fi_itbi_guia(g: Gen) -> Doc:
    """The ITBI guide (seller and buyer with CPF or a builder's CNPJ, the property's address when a person sells, the values, the
    collection line) and the WhatsApp group of the sale: the realtor with CRECI, the buyer, the seller, the notary's clerk; the down
    payment to the seller's agency and account; a Pix key; phones as senders sometimes."""
    doc = Doc()
    city, uf = g.city()
    sel, buy, rea, clk = g.person(), g.person(), g.person(), g.person()
    condo = g.pick(CONDOS)
    pf = g.chance(0.7)
    vb = g.ri(150, 1200) * 1000
    doc.f("PREFEITURA DE «ci» — GUIA DE RECOLHIMENTO DO ITBI Nº «n»\n", ci=fold(city).upper(), n=guia(g))
    if pf:
        doc.f("TRANSMITENTE: «s» — CPF «sc»\n", s=P(sel.capsf), sc=(g.cpf(), "BR_CPF"))
    else:
        doc.f("TRANSMITENTE: «s» — CNPJ «sc»\n", s=fold(g.pick(BUILDERS)).upper(), sc=(g.any_cnpj(), "BR_CNPJ"))
    doc.f("ADQUIRENTE: «b» — CPF «bc» — TEL. «bt»\nIMÓVEL: «a» — «co» — INSCRIÇÃO «i»\nBASE DE CÁLCULO: R$ «vb» — ALÍQUOTA: «al»% — IMPOSTO: R$ «im» — VENCIMENTO: «dv»\n"
          "LINHA DIGITÁVEL: «l»\nGUIA ENVIADA PARA: «be»\n\n", b=P(buy.capsf), bc=(g.cpf(), "BR_CPF"), bt=(cphone(g, city, style="par"), "PHONE_NUMBER"),
          be=(g.email(buy), "EMAIL_ADDRESS"), a=(g.address("caps"), "ADDRESS") if pf else V(f"UNIDADE {g.ri(101, 1804)}"),
          co=fold(condo).upper(), i=insc(g), vb=brl(vb), al=g.pick(["2", "2", "3", "2,5"]), im=brl(vb * 0.02), dv=g.date("br", 2026), l=linha(g))
    st = chat_stamp(g)
    t = iter(seq_times(g, 20, g.moment(hours=(8, 20)), 60, 5000))
    doc.f("Conversa do WhatsApp com Compra ap «c»\n", c=condo.split()[-1])

    def who(p: Person) -> list:
        return [(cphone(g, city, style="wa"), "PHONE_NUMBER")] if g.chance(0.55) else [P(g.pick([p.first, p.short]))]
    R = [P(rea.first), V(" Corretor" if not rea.female else " Corretora")]
    cl2(doc, st(next(t)), R, "Pessoal, saiu a guia do ITBI, vence dia «d». Sem ela o cartório não lavra a escritura.", d=g.date("br", 2026)[:5])
    cl2(doc, st(next(t)), who(buy), tp(g, "posso pagar no pix? tem uma chave na guia «k»", 0.3) if g.chance(0.5) else tp(g, "vou pagar na lotérica amanhã", 0.3),
        k=(g.uuid(), "PIX_KEY"))
    cl2(doc, st(next(t)), R, "Pode sim. Depois manda o comprovante aqui. «c», do «n», pede RG, certidão de casamento e a CND do imóvel.", c=P(clk.short),
        n=g.pick(NOTES))
    if pf:
        cl2(doc, st(next(t)), who(sel), tp(g, "o sinal de «v» vocês depositam na minha conta, «b» agência «ag» conta «cc»", 0.3), v=money(g, 10000, 60000), b=bank(g),
            ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    cl2(doc, st(next(t)), [P(clk.first), V(" Cartório")], "Escritura marcada para «d» às «h»h. Meu direto: «t». O CRECI d«o» corretor«a» vai na escritura: «cr».", d=g.date("br", 2026),
        h=g.ri(9, 17), t=(cphone(g, city, False), "PHONE_NUMBER"), o=rea.o, a="a" if rea.female else "", cr=(council_any(g, "CRECI", uf), "PROFESSIONAL_ID"))
    cl2(doc, st(next(t)), who(buy), chat_neg(g))
    if g.chance(0.4):
        cl2(doc, st(next(t)), R, word_neg(g))
    return doc


AT = [at_whats, at_ligacao, at_senhas, at_email_contador, at_portal_log, at_ouvidoria, at_bci]
JU = [ju_impugnacao, ju_acordao, ju_execucao, ju_protesto, ju_itbi, ju_auto_iss, ju_mandado]
SA = [sa_laudo, sa_junta, sa_planilha, sa_pcd, sa_mordida, sa_email_saude, sa_visita]
FI = [fi_carne, fi_parcelamento, fi_divida_csv, fi_restituicao, fi_iss_fixo, fi_cartao, fi_itbi_guia]


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
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRF|CRBM|CRBio|CRQ|CREA|CRMV|CRC|CRO|CRECI|CAU|CREFITO|CRN)(?![A-Za-z])", v), (rid, v)
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
    print("hundredfortythird", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
