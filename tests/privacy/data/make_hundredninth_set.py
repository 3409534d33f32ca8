"""Build the hundred-and-ninth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredninth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 10909, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets as a whole: ELECTIONS, POLITICAL PARTIES AND CAMPAIGNS --
electoral registry offices (cartórios eleitorais: título de eleitor, biometric registration,
transfers, cancelled registrations, fines, quitação eleitoral), poll workers (mesários) called up and
their excuses with medical certificates, accessible polling for voters with disabilities, party
membership files (filiação / desfiliação partidária), candidate registration (RRC, declared assets)
and its challenge, campaign finance (Pix and bank donations with the donor's CPF, the campaign's
bank accounts, SPCE-like exports, receipts, paid campaign staff and suppliers, fuel and vehicle
rentals with plates, crowdfunding), electoral-court pieces (AIJE, impugnação de registro,
representação por propaganda irregular, prestação de contas, hearing minutes, with CNJ numbers of
the electoral courts and the lawyers' OAB), the electoral ombudsman, campaign volunteers' CRM
sign-ups, campaign teams' WhatsApp groups, polling-institute fieldwork (interviewers, registered
polls, telephone call-backs). Political opinion and party membership are sensitive data (Lei
13.709/2018, art. 11): the parties, federations and coalitions are invented (Partido da Renovação
Cidadã, Movimento Aurora Democrática, Partido da Luz Comunitária, Frente Solidária Nacional, Partido
Trabalhista do Vale, UNIR, Partido da Esperança Popular, Partido Ipê Amarelo, Partido Brasil
Verde-Vivo, Movimento Estrela do Norte; Frente Ampla Vitória do Povo, Coligação Cidade Justa,
Federação Luz e Trabalho...), no real politician appears, and no text takes sides.
Layouts vary: WhatsApp exports (Android "dd/mm/yyyy hh:mm - " and iOS "[dd/mm/yyyy, hh:mm:ss]",
senders by number or by saved name, the TRE's assistant), a Telegram export (sender once per
block), a speech-to-text call (lower case, no accents; título, CPF, CEP and phone read in groups or
in words, an e-mail spelled out with "arroba" and "ponto") with the typed record, e-mails with
quoted replies (Outlook "-----Mensagem original-----" with X-Originating-IP, "> " quoting, a
certificate transcribed inside the quote), indented JSON from a CRM, one-line JSON logs and JSON
lines (a bank API, e-SUS), "Campo: valor" forms, dotted leaders and ruled boxes, +---+ / psql /
pipe / plain / Markdown tables, semicolon and comma CSV, fixed-width reports (a registry office's
ticket queue, a filling station's fuel report; names cut at the field width), minutes (sometimes
ALL CAPS), legal prose (petition, prosecutor's challenge, sentences with the DJE note, a rental
contract with its e-signature log), and OCR'd ALL CAPS scans (a notice to an absent poll worker with
its AR receipt, a medical report).
- atendimento: (0) WhatsApp with the TRE's assistant and a registry-office attendant (a cancelled
  título, a transfer with the new address and CEP, or a biometrics appointment): the voter's name,
  birth date, mother's name, CPF (sometimes first mistyped), título, e-mail, sometimes a son or
  daughter, the registry office's landline; (1) a speech-to-text call of a poll worker asking to be
  excused (título and CPF read aloud, spoken birth date, pregnancy, surgery, a bedridden mother or a
  trip; a neighbour volunteering with her título; a changed address and CEP; phone; an e-mail spelled
  out) and the attendant's typed record; (2) an e-mail thread with the electoral ombudsman on
  irregular propaganda (a sound car's plate, the candidate's ballot name, a neighbour's wall; the
  complainant's address, CEP, CPF, phone; the ombudsman's corporate e-mail; X-Originating-IP or the
  web form's IP); (3) a campaign's volunteer sign-ups exported from its CRM as indented JSON (name,
  CPF, birth date, e-mail, phones, address, CEP, sometimes título, zone and section, who referred
  them, the public IP, the LGPD consent, the coordinator) with the coordinator's note; (4) a campaign
  team's WhatsApp group (the carreata's cars and plates, a meeting at a supporter's home address, the
  treasurer, a refund to a Pix key, a mother-in-law's título posted by mistake, a new paid campaign
  worker with CPF and phone); (5) a registry office's fixed-width ticket queue (names cut or
  mistyped, raw título or "1A VIA", raw CPF or "NAO INFORM" or a failing number, raw phone,
  services, logins) with the supervisor's notes (fingerprints not collected, a suspected duplicate
  registration with two birth dates, a home visit); (6) a party membership form (CPF, RG or CNH,
  título, zone and section, birth date, mother, address, CEP, phone, e-mail, sometimes NIS; the
  sponsoring member with título; the party secretary) or a disaffiliation letter to the party's
  president and the electoral judge, received at the registry office.
- juridico: (0) an AIJE petition for vote buying (the candidate and the campaign coordinator
  qualified with RG or CNH, CPF, título, address, CEP; the coordinator's agency and account; a
  psql / plain / pipe table of voters paid by Pix with CPF or a masked CPF; a car's plate and its
  driver or his nickname; a phone; witnesses with CPF, address and sometimes phone; lawyers with
  OAB and e-mail); (1) the electoral prosecutor's challenge of a candidate registration (RRC data in
  a form: name, CPF, título, birth date, e-mail, phone, address, CEP, the RRC sequence number; the
  ballot name; declared assets with a house's address, a car's plate, an agency and account; the
  party's CNPJ; the prosecutor; a notification certificate with a WhatsApp number); (2) a sentence
  in a representation for irregular propaganda (an oversized car wrap with the plate and the owner;
  boosted content from a profile created from a public IP with a staffer's e-mail and phone; the
  party's CNPJ; the judge) with its DJE note (lawyers with OAB, the chief of the registry office);
  (3) a judgment on campaign accounts (candidate's CPF and campaign CNPJ with the Receita's name of
  the campaign; lawyer with OAB and e-mail; accountant with CRC; the analyst; a donor over the income
  limit with CPF; unidentified cash in an agency and account; undeclared vehicles' plates; a paid
  militant with CPF; the judge); (4) minutes of an AIJE hearing (judge, prosecutor, lawyers with OAB,
  the candidate, witnesses qualified with RG or CNH, CPF, phone, address, CEP, sometimes título; a
  Pix from a phone in the coordinator's name, a car's plate and a nickname, the typist), sometimes
  ALL CAPS; (5) an OCR'd ALL CAPS notice to an absent poll worker (título, CPF, address, CEP, phone,
  sometimes e-mail; the chief of the registry office; the office's mailbox) with the AR receipt
  (receiver with RG, postman); (6) a contract renting a car or a sound car to a campaign (the
  campaign's name and CNPJ, the candidate and the financial administrator with CPF, the lessor
  qualified with e-mail and phone, the plate and RENAVAM, sometimes the driver's CNH, the lessor's
  agency and account, sometimes witnesses with CPF) with the e-signature log (names, e-mails,
  public IPv4 / IPv6).
- saude: (0) the registry office answers a poll worker's e-mail quoting the medical certificate she
  or he transcribed (título; the clinic's CNPJ and landline; name, birth date, CPF, ICD-10; the
  physician with CRM; a mobile phone; the servant's corporate e-mail); (1) a request of a voter with
  a disability for an accessible section (box, dotted leaders or plain form: título, CPF, birth
  date, sometimes the SUS card, address, CEP, phone, e-mail; the companion with CPF; the report's
  physician with CRM, sometimes a physiotherapist with CREFITO; the servant); (2) an emergency-unit
  record on election day (a poll worker, a voter, a party inspector or a presiding officer fainted:
  CNS, birth date, CPF, mother, address, CEP, phone; the SAMU ambulance's plate or the companion
  with phone; nurse with COREN, physician with CRM); (3) a registry office's semicolon CSV of poll
  workers excused on health grounds (name, título, phone, ICD-10, the physician's CRM) and the
  chief's note on copied certificates (the physician's name and CRM, the clinic's phone, the chief's
  e-mail); (4) an emergency record of a paid campaign worker hit by a car at a flag-waving (birth
  date, sometimes CNS and NIT, CPF, phone, address, CEP; the campaign as contractor with its CNPJ;
  the car's plate and driver; the orthopaedist's CRM; the coordinator and a relative with phones);
  (5) a health unit's e-SUS export as JSON lines on election weekend (name, CNS, birth date, phone,
  ICD-10, the professional with CRM or COREN, or a login) with the coordinator's note (COREN,
  e-mail; a role mailbox); (6) an OCR'd ALL CAPS medical report for an open-ended electoral
  quittance (Res. TSE 21.920/2004: birth date, CPF, título, address, CEP, sometimes the SUS card;
  the physician's CRM; the curator with CPF, sometimes e-mail, and phone; the servant who received
  it).
- financeiro: (0) an SPCE-like export of a campaign's receipts (the campaign's name and CNPJ, the
  candidate's CPF, two or three accounts with agency and account; semicolon CSV: the party organ's
  CNPJ, donors' CPF raw or dotted and names, the candidate's own resources, receipt numbers) with the
  accountant's note (CRC) on a Pix paid by a third person (name, CPF); (1) the campaign account's
  bank API statement as JSON lines (agency and account in the URL; the administrator's logins with
  public IPs or a private gateway; Pix in with payer's name and CPF or a masked one; Pix out to
  suppliers' CNPJ and random keys, to people with CPF and a key of any kind; a TED to agency and
  account; a company's donation returned) with the analyst's note; (2) a campaign's expense report
  (ruled table: suppliers' CNPJ, people's CPF and Pix keys) and the vehicles' detail (plates, owners,
  CPF) in Markdown or plain, the financial administrator's CPF and the accountant's CRC; (3) a
  filling station's fixed-width fuel report billed to a campaign (both CNPJ, plates, drivers' names
  cut or "-", CNH or "-", the operator's login) with the campaign accountant's note (an undeclared
  plate, the owner's CPF and phone); (4) a crowdfunding platform's donor report (Markdown: names,
  CPF, e-mails, public IPs), sometimes a DEBUG line leaking a full card number with the holder, the
  campaign's random Pix key, and a support e-mail quoting a donor's full card number and phone;
  (5) paid campaign staff as comma CSV (CPF, sometimes NIT, Pix keys of every kind), a receipt
  (the campaign's name and CNPJ, CPF, NIT, RG) and the coordinator's note on a payment asked into a
  mother's agency and account; (6) a polling institute's field team on Telegram (the poll's
  registration number, interviewers by first name, nickname or short name, telephone call-backs to
  respondents by first name and phone, an interviewer's CPF and new Pix key, a rented car's plate,
  the statistician with CONRE).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.",
"seu", "dona", "tia"; particles inside a name (de, da, do, das, dos, e) and suffixes (Filho, Júnior,
Neto, Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first names alone and nicknames, in
lower case or ALL CAPS too, are persons. Staff named in the text are persons: TRE attendants,
servants, ombudsman staff, chiefs of registry offices, judges, prosecutors, lawyers, typists,
analysts, accountants, campaign coordinators, treasurers, financial administrators, physicians,
nurses, physiotherapists, statisticians, interviewers and supervisors, platform support staff,
postmen. Logins and system users ("dzylbersztajn89", "skang", "CUMBUZEIRO") are not persons.
Corporate e-mails of people are EMAIL_ADDRESS (also in capitals, also spelled out in the call); role
mailboxes are not labelled: registry offices' "ze251@", "zona133@", "cartorio409@" (also in
capitals), ouvidoria@, voluntarios@, juridico@, contato@, ubs@... ADDRESS is street type + name +
number + complement, in full, abbreviated, ALL CAPS, lower case or spoken (not bairro, city, UF; the
CEP is BR_CEP). Agency and account are separate BANK_ACCOUNT spans (also in a URL); bank codes and
names are not. PIX_KEY only for random (UUID) keys, whoever owns them; a Pix key that is a CPF, a
phone or an e-mail takes that label (the key-type word, "cnpj" and "aleatória", is not labelled).
DATE_OF_BIRTH only for birth dates (dd/mm/yyyy, dd/mm/yy, d/m/yyyy, dd.mm.yyyy, ISO, long, spoken);
election, convocation, certificate, attendance, filiation, contract, hearing and signature dates
are not. Masked values ("***.123.456-**") are not labelled.
Decisions of this set (things BLIND_RULES.md does not settle):
- BR_TITULO_ELEITOR covers every título (inscrição eleitoral) written: 12 digits raw, grouped 4 4 4,
  read in groups of 3 or 4 or digit by digit in words; its 9th-10th digits give the state where the
  text places it. Zone and section numbers, candidate numbers ("48822"), party numbers, the RRC
  sequence number (12 digits, checked not to be a valid título), RAE and protocol numbers, SPCE
  receipt numbers, poll registrations ("SP-83814/2024"), audit-court processes ("TC-03798/2021"),
  police reports, AR numbers, servants' and postmen's matrículas, ticket numbers ("B164"), fuel
  coupons, E2E ids and envelope ids are not labelled.
- A ballot name (nome de urna) is a PERSON over the name or nickname only: "Professora", "Pastor",
  "Dra.", "Irmã", "Tia", "Sargento", "Cabo", "Enfermeira" before it and "do Gás", "da Farmácia",
  "do Mototáxi" after it are outside the span ("Irmã [Dayanny]", "[Zé] do Gás").
- A campaign is registered at the Receita as "ELEIÇÃO 2024 NAME VEREADOR" (masculine cargo, as the
  Receita prints it): the candidate's name inside it is a PERSON, "ELEIÇÃO 2024" and the cargo are
  not; the campaign's CNPJ is BR_CNPJ, like party organs', suppliers', platforms' and clinics'
  (numeric and the 2026 alphanumeric form, dotted or raw). Party names and acronyms, coalitions,
  federations, "DIRECAO MUNICIPAL/COMISSAO PROVISORIA" rows, WhatsApp and Telegram group names and
  the TRE's assistants (Aurora, Urninha, Vitória, Eleitorzinho, Clara) are not labelled.
- LICENSE_PLATE: every plate written, whoever owns the vehicle (the carreata's cars, sound cars, a
  rented car, declared assets, an ambulance, the car that hit a campaign worker).
- PHONE_NUMBER: every phone written, people's and also registry offices' and clinics' landlines.
- PROFESSIONAL_ID covers OAB, CRM, COREN, CRC, CREFITO (with its region) and CONRE (statisticians,
  with its region), with council and UF or region. BR_PIS covers the NIT of paid campaign staff and
  of an injured campaign worker, and a NIS in a membership form. BR_CNS covers SUS cards.
- Spoken forms in the call are labelled as they stand (título and CPF in groups or in words, the
  birth date "18 de junho de 1988", the CEP in groups or digit by digit, the phone in groups, the
  address in words, the e-mail spelled out). Names cut by a fixed-width field, names typed with a
  typo and names and addresses damaged by OCR (a "0" for "O", "l" for "I") are labelled as they
  stand; identifiers in the OCR'd text are printed clean.
- A voter's mother's name, given to check identity, is a PERSON; so are respondents called back by
  first name (not "a senhora do nº 12" or "o outro").
- Schools used as polling places and streets named after people outside an address (E.E.
  Professora Zuleide Gadelha, E.M. Deoclécio Bulhões, E.E. Padre Cosme Quintela, Colégio Estadual
  Dom Hélder Câmara, "Av. Getúlio Vargas com a Rua São Bento") are not persons; "Rua Sufrágio
  Universal, 3831" or "Rua Juiz Eleitoral Teotônio Lustosa, 12" inside an address is ADDRESS.

Names: Brazilian names of many origins -- Portuguese common, north-eastern and old-fashioned
(Odaléia, Zuleide, Edineuza, Deoclécio, Hermógenes, Salustiano, Teotônio), coined (Kethellyn,
Rhayanne, Thaynara, Dheyvid, Wesllen, Ryquelme, Uóston), Italian, German, Japanese/Okinawan,
Lebanese/Syrian, Korean, Chinese, Haitian, Angolan, Senegalese, Nigerian, Cape Verdean, indigenous
(Pataxó, Terena, Guarani Kaiowá, Krenak, Baniwa), Jewish, Bolivian, Paraguayan, Armenian,
Ukrainian, Venezuelan -- with rare or invented name words well above a quarter (main() prints the
share; a word that is also in the common pools never counts as rare). Names that are also words
(Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela, Glória, Pérola, Esperança, Socorro, Graça,
Dores, Bela, Serena, Consolação, Bento, Prudente, Amado, Clemente, Branco, Justo, Modesto, Leão,
Sereno, Fortunato, Salvador, Severo; surnames Rosa, Branco, Prudente, Amado, Leão, Paz, Cruz, Luz,
Aurora, Estrela, Bonfim, Guerra, Leal, Serra, Vale, Bandeira, Franco, Coelho, Pinheiro) are used as
names and, elsewhere, as words and in parties, coalitions, companies, places and bots, which are
not persons: "voto branco", "uma vitória apertada", "seria prudente", "a luz da escola caiu",
"eleição justa", "amado por uns", Movimento Aurora Democrática, Partido da Luz Comunitária, Partido
da Esperança Popular, Movimento Estrela do Norte, Frente Ampla Vitória do Povo, Coligação Rosa dos
Ventos, Locadora Prudente Veículos, Auto Posto Leão do Vale, Som & Luz Eventos, Produtora Aurora
Filmes, Bento Comunicação Digital, Casa Amado, Construtora Aurora, Presidente Prudente, Bento
Gonçalves, Santa Rosa, Nova Aurora, Vitória da Conquista, Vitória, Esperança, Serra, Pedra Branca,
Rio Branco, Salvador, the assistants Aurora and Vitória.

Hard negatives (never labelled): CNJ numbers of the electoral courts (segment 6, the TRE's code, the
zone as origin, with their mod-97 digits) and of other courts; 11-digit numbers failing the CPF
check (a mistyped CPF, protocols, RENAVAM, the head of SPCE receipts; the script checks every
CPF-shaped run outside a gold span, and every 11-digit run against the PIS/NIS and CNH checks too);
12-digit runs and 4 4 4 groups outside the spans (checked not to be a valid título); 14-digit runs
(checked to fail the CNPJ check); 15-digit runs (checked not to be valid CNS); 16-digit runs and
envelope ids (checked to fail Luhn); private IPs (checked); E2E ids; zone, section, candidate and
party numbers; ICD-10 codes (O26.8, M54.5, R55, E16.2, F41.0, G30.1, S82.2, V03.1...); money; laws
and resolutions (Lei 9.504/1997, Lei 4.737/1965, LC 64/1990, Lei 9.096/1995, Lei 6.091/1974, Lei
13.709/2018, Lei 13.146/2015, Res. TSE 23.600/2019, 23.607/2019, 23.610/2019, 23.659/2021,
21.920/2004); companies, parties, schools and streets named after people or words; dates that are
not births.
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
SEED = 10909
OUT_NAME = "hundredninth.jsonl"

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
            "Vanessa", "Luana", "Tatiane", "Daniele", "Raquel", "Cristiane", "Simone", "Ana Paula", "Sueli", "Beatriz",
            "Maria José", "Lúcia", "Rita", "Priscila", "Rosângela", "Carla", "Débora", "Josefa", "Aparecida", "Neide",
            "Larissa", "Vera", "Regina", "Cláudia", "Terezinha", "Helena", "Sônia", "Marta"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Edson", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Cícero", "Reginaldo",
            "Anderson", "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Paulo", "José Carlos", "Raimundo",
            "Sérgio", "Wagner", "Roberto", "Jorge", "Severino", "Valdir", "Sebastião", "Fernando", "Márcio", "Luís Henrique",
            "Renato", "Vinícius", "Manoel", "Benedito"]
RARE_F = ["Odaléia", "Zuleide", "Ivanilde", "Josélia", "Edineuza", "Arlinda", "Gildete", "Marlúcia", "Zilmar", "Cremilda",
          "Onesina", "Eulina", "Valdomira", "Wanderléia", "Eliúde", "Aldenora", "Francinete", "Dulcinéia", "Ozana",
          "Josivânia", "Clerislene", "Deusdete", "Bernadete", "Nilzete", "Iraci", "Conceição de Maria", "Marinalva",
          "Kethellyn", "Rhayanne", "Myrella", "Sthefany", "Yasmyn", "Thaynara", "Dayanny", "Jhennifer", "Laryssa",
          "Maryanna", "Ellen Cristhine", "Kauanny", "Emanuelly", "Stefanny", "Ruthiane", "Gessyca", "Joelma"]
RARE_M = ["Anacleto", "Belarmino", "Custódio", "Deoclécio", "Eustáquio", "Genésio", "Hermógenes", "Isidoro", "Leôncio",
          "Manoelito", "Osório", "Rosalvo", "Salustiano", "Teotônio", "Ubirajara", "Valfredo", "Zózimo", "Adailton",
          "Erisvaldo", "Joselito", "Elizeu", "Cosme", "Aldemir", "Durval", "Gilberlando", "Arnóbio", "Ismênio",
          "Dheyvid", "Wesllen", "Kaylon", "Maicon Douglas", "Wallisson", "Ryquelme", "Thallys", "Jhonatan",
          "Raylson", "Kleberson", "Yago", "Uóston", "Deivisson", "Edcarlos", "Josinaldo", "Gilmário", "Eudes"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Glória", "Pérola", "Maria da Luz",
          "Rosa Maria", "Esperança", "Socorro", "Maria das Dores", "Graça", "Dores", "Bela", "Serena", "Consolação"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Modesto", "Leão", "Vitório", "Sereno",
          "Fortunato", "Salvador", "Severo"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Monteiro", "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Machado", "Barros", "Azevedo"]
RARE_SUR = ["Tenório", "Bulhões", "Arcoverde", "Jatobá", "Mangabeira", "Umbuzeiro", "Serrão", "Valadares", "Ataíde",
            "Queiroga", "Rolim", "Sá Barreto", "Fontoura", "Sepúlveda", "Curvelo", "Itaparica", "Canindé", "Lustosa",
            "Pessanha", "Gondim", "Bessa", "Gadelha", "Quintela", "Guedelha", "Escóssia", "Benevides", "Wanderley",
            "Holanda Cavalcanti", "Sobral", "Xavier de Brito", "Maranhão", "Aragão", "Caçador", "Tabosa", "Barbalho",
            "Cajazeira", "Paranaguá", "Juazeiro", "Goulart Sampaio", "Mucuri", "Anchieta", "Baracho", "Mourato",
            "Figueiró", "Torquato"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo",
            "Neves", "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Bonfim", "Guerra", "Leal", "Ramos",
            "Bandeira", "Franco", "Coelho", "Pinheiro"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha",
        "Raimundo": "Mundico", "Maria da Luz": "Luzinha", "Luiz": "Lula", "Severino": "Biu", "Sebastião": "Tião",
        "Bento": "Bentinho", "Rosa": "Rosinha", "Pedro": "Pedrão", "João": "Joãozinho", "Marcos": "Marquinho",
        "Carlos": "Carlinhos", "Maria das Dores": "Dorinha", "Dores": "Dorinha", "Socorro": "Corrinha",
        "Aparecida": "Cida", "Josefa": "Zefa", "Valdir": "Vavá", "Graça": "Gracinha", "Salvador": "Dodô",
        "Benedito": "Dito", "Manoel": "Mané", "Terezinha": "Tetê", "Anacleto": "Cleto", "Custódio": "Tódio",
        "Eustáquio": "Taquinho", "Isidoro": "Dorinho", "Ubirajara": "Bira", "Joselito": "Lito", "Adailton": "Dadá",
        "Francinete": "Neta", "Marinalva": "Nalva", "Ivanilde": "Nildinha", "Edineuza": "Neuza", "Eliúde": "Lulu",
        "Gilberlando": "Berlando", "Fortunato": "Tunico", "Constantino": "Tino", "Wallisson": "Walli",
        "Kethellyn": "Keké", "Bernadete": "Detinha", "Valfredo": "Fred", "Erisvaldo": "Vavinho", "Zózimo": "Zozó"}
FOREIGN = {
    "it": (["Giuseppina", "Loredana", "Ornella"], ["Ettore", "Ugo", "Primo"],
           ["Bortolotto", "Zanella", "De Cesaro", "Pegoraro", "Tonin", "Sbardelotto", "Mazzocchi"]),
    "de": (["Hildegard", "Erna", "Gertrud"], ["Arno", "Egon", "Wendelin"],
           ["Krüger", "Schneiders", "Hoffmeister", "Kunzler", "Ritzel", "Brandenburg", "Kieling"]),
    "jp": (["Setsuko", "Yumiko", "Kazue"], ["Minoru", "Hiroshi", "Isamu"],
           ["Higa", "Nakandakari", "Tokeshi", "Oshiro", "Nagamine", "Kaneshiro"]),
    "ar": (["Samira", "Najla", "Rania"], ["Jamil", "Khalil", "Munir"],
           ["Haddad", "Maluf Sallum", "Chamoun", "Buzaid", "Mattar", "Kalil"]),
    "kr": (["Ji-yeon", "Hye-jin", "Seo-yeon"], ["Dong-hyun", "Sung-min"], ["Park", "Kang", "Yoon", "Jung"]),
    "cn": (["Meiling", "Xiuying"], ["Jianguo", "Haoran"], ["Zhang", "Chen", "Huang", "Wu"]),
    "ht": (["Nadège", "Guerline", "Rose-Darline"], ["Frantz", "Jean-Robert", "Wisly"],
           ["Pierre-Louis", "Désir", "Charles", "Jean-Baptiste", "Toussaint"]),
    "ao": (["Ngueza", "Luzolo", "Mpemba"], ["Nzinga", "Kiala", "Mavinga"], ["Ndombele", "Mabiala", "Kiluange", "Nsimba"]),
    "sn": (["Fatou", "Awa", "Ndeye"], ["Mamadou", "Babacar", "Ibrahima"], ["Diop", "Ndiaye", "Sow", "Gueye"]),
    "in": (["Jaciara", "Potira", "Yara"], ["Raoni", "Anhangá", "Arapuã"],
           ["Pataxó", "Terena", "Guarani Kaiowá", "Krenak", "Baniwa"]),
    "py": (["Ramona", "Nilda", "Lidia"], ["Cristaldo", "Nery", "Crispín"], ["Benítez", "Ayala", "Giménez", "Ocampos", "Cáceres"]),
    "jw": (["Sara", "Miriam", "Débora Léa"], ["Abrahão", "Moisés", "Jacó"],
           ["Goldenberg", "Feldman", "Zylbersztajn", "Kac", "Lerner"]),
    "bo": (["Juana", "Maribel", "Nélida"], ["Germán", "Evo", "Remigio"], ["Choque", "Huanca", "Limachi", "Copa", "Quispe"]),
    "am": (["Anahid", "Siranush"], ["Garabed", "Hagop"], ["Kevorkian", "Boyadjian", "Tchakerian", "Manukian"]),
    "ua": (["Olena", "Halyna"], ["Mykola", "Taras"], ["Kovalchuk", "Shevchuk", "Bondarenko", "Hnatiuk"]),
    "ve": (["Yorgelis", "Dayerlin"], ["Yohandry", "Wilmer"], ["Guanipa", "Urdaneta", "Colmenares", "Chirinos"]),
    "cv": (["Djenifer", "Djamila"], ["Adilson", "Edmilson"], ["Spencer Lopes", "Delgado", "Fortes", "Brito Semedo"]),
    "ng": (["Chioma", "Ngozi"], ["Chukwuemeka", "Oluwaseun"], ["Okonkwo", "Adeyemi", "Eze", "Nwosu"]),
}
RARE_ORIGINS = ("kr", "cn", "ht", "ao", "sn", "in", "py", "jw", "bo", "am", "ua", "ve", "cv", "ng", "jp", "de", "it", "ar")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.difference_update(["Sara", "Miriam", "Moisés", "Juana", "Lidia", "Ramona", "Nilda", "Germán", "Charles", "Adilson",
                        "Edmilson", "Delgado", "Fortes", "Yara", "Marinalva", "Bernadete", "Joelma", "Iraci", "Cosme",
                        "Elizeu", "Durval", "Yago", "Jhonatan", "Maranhão", "Aragão", "Sobral", "Wanderley", "Anchieta",
                        "Holanda Cavalcanti", "Xavier de Brito", "Hiroshi", "Park", "Kang", "Chen", "Zhang", "Wilmer",
                        "Evo", "Quispe", "Jamil", "Samira", "Haddad", "Kalil", "Mattar", "Débora Léa"])


PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Guerra", "Conceição",
          "Bandeira", "Fontoura", "Mangabeira"}
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
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Beco", "Praça", "Viela", "Estrada", "Alameda"]
STREET_NAMES = ["Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora", "Estrela Dalva", "Tiradentes",
                "Quinze de Novembro", "Marechal Deodoro", "da Paz", "Rosa Branca", "Jorge Amado", "Castro Alves",
                "Santos Dumont", "Sete de Setembro", "das Mangueiras", "São Bento", "Beira Rio", "dos Ipês", "da Luz",
                "Coronel Anacleto Tenório", "Doutor Hermógenes Arcoverde", "Professora Zuleide Gadelha", "da Glória",
                "Vereador Deoclécio Bulhões", "Prefeito Custódio Serrão", "Deputado Osório Valadares", "Rio Branco",
                "Treze de Maio", "Nova Esperança", "da Democracia", "da Constituição", "Sufrágio Universal",
                "Juiz Eleitoral Teotônio Lustosa", "Mãe Menininha", "Zumbi dos Palmares", "Pioneiro Egon Kunzler",
                "Doutor Khalil Chamoun", "Padre Cosme Quintela", "Dom Hélder Câmara", "Vitória Régia", "Leão XIII",
                "das Acácias", "Madre Odaléia", "Irmã Dulce", "Liberdade", "Getúlio Vargas", "Princesa Isabel"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Sorocaba", "SP"), ("Guarulhos", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("São Gonçalo", "RJ"),
          ("Belo Horizonte", "MG"), ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Curitiba", "PR"),
          ("Maringá", "PR"), ("Nova Aurora", "PR"), ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"),
          ("Santa Rosa", "RS"), ("Pelotas", "RS"), ("Florianópolis", "SC"), ("Blumenau", "SC"),
          ("Chapecó", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Recife", "PE"), ("Petrolina", "PE"),
          ("Fortaleza", "CE"), ("Sobral", "CE"), ("Natal", "RN"), ("Campina Grande", "PB"), ("Maceió", "AL"),
          ("Aracaju", "SE"), ("Teresina", "PI"), ("Imperatriz", "MA"), ("Belém", "PA"), ("Manaus", "AM"),
          ("Anápolis", "GO"), ("Brasília", "DF"), ("Dourados", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"),
          ("Boa Vista", "RR"), ("Pedra Branca", "CE"), ("Rio Branco", "AC"), ("Porto Velho", "RO"), ("Palmas", "TO"),
          ("Macapá", "AP"), ("Esperança", "PB"), ("Serra", "ES")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL", "RO", "TO", "AP", "AC", "RR"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Jardim Vitória", "Bela Vista",
           "Parque das Flores", "Vila Estrela", "Cidade Nova", "Glória", "Benfica", "Cajazeiras", "Vila Prudente",
           "Tijuca", "Pirambu", "Bairro da Luz", "Jardim Esperança", "Conjunto Palmeiras", "Santa Luzia", "Vila Operária",
           "Liberdade", "Jardim Democracia", "Vila Nova Constituinte", "Alvorada", "Planalto", "Jardim Primavera"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"),
         ("290", "PagSeguro"), ("323", "Mercado Pago"), ("380", "PicPay")]


TITULO_UF = {"SP": "01", "MG": "02", "RJ": "03", "RS": "04", "BA": "05", "PR": "06", "CE": "07", "PE": "08", "SC": "09",
             "GO": "10", "MA": "11", "PB": "12", "PA": "13", "ES": "14", "PI": "15", "RN": "16", "AL": "17", "MT": "18",
             "MS": "19", "DF": "20", "SE": "21", "AM": "22", "RO": "23", "AC": "24", "AP": "25", "RR": "26", "TO": "27"}
CNJ_TR = {"AC": "01", "AL": "02", "AP": "03", "AM": "04", "BA": "05", "CE": "06", "DF": "07", "ES": "08", "GO": "09",
          "MA": "10", "MT": "11", "MS": "12", "MG": "13", "PA": "14", "PB": "15", "PR": "16", "PE": "17", "PI": "18",
          "RJ": "19", "RN": "20", "RS": "21", "RO": "22", "RR": "23", "SC": "24", "SE": "25", "SP": "26", "TO": "27"}


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

    def titulo(self, spaced: bool | None = None, uf: str | None = None) -> str:
        """A título de eleitor: 8 digits, the UF code (SP 01 ... ZZ 28) and two check digits."""
        b = self.d(8)
        uf = TITULO_UF[uf] if uf in TITULO_UF else f"{self.ri(1, 28):02d}"
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
            v = a.replace(".", "")
            if len(v) != 11 or not (cpf_ok(v) or pis_dv(v[:10]) == v[10] or cnh_dv(v[:9]) == v[9:]):
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

    def cnj(self, uf: str | None = None, zona: int | None = None, year: int | None = None) -> str:
        """A CNJ number of the electoral courts (segment 6, the TRE's code, the zone as origin), with its mod-97 digits."""
        uf = uf or self.pick(UFS)
        tr = CNJ_TR[uf]
        origin = zona if zona is not None else self.ri(1, 420)
        seq = self.pick([f"060{self.d(4)}", f"060{self.d(4)}", f"000{self.d(4)}"])
        year = year or self.pick([2024, 2024, 2024, 2025, 2026])
        dv = 98 - int(f"{seq}{year}6{tr}{origin:04d}00") % 97
        return f"{seq}-{dv:02d}.{year}.6.{tr}.{origin:04d}"

    def cnj_other(self) -> str:
        """A CNJ number of a state or labour court (precedents, a parallel civil case)."""
        seg = self.pick(["8.26", "8.13", "8.19", "8.05", "8.16", "8.17", "8.06", "4.03"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2019, 2025)}.{seg}.{self.d(4)}"

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
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F", f"CREFITO-{self.ri(1, 18)}/{self.d(5)}-TO"])
        if kind == "CRQ":
            return self.pick([f"CRQ-{self.pick(['IV', 'II', 'V', 'XII', 'XIII', 'X'])} {self.d(8)}", f"CRQ {self.ri(1, 21)}ª Região nº {self.d(8)}"])
        if kind == "CONRE":
            return self.pick([f"CONRE-{self.ri(1, 9)} nº {self.d(4)}", f"CONRE {self.ri(1, 9)}ª Região {self.d(4)}-A",
                              f"CONRE-{self.ri(1, 9)}/{self.d(5)}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {dotted}"])
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


# --------------------------------------------------------------------------- register: elections, parties, campaigns

PARTIES = [("PRC", "Partido da Renovação Cidadã", 36), ("MAD", "Movimento Aurora Democrática", 41),
           ("PLUC", "Partido da Luz Comunitária", 48), ("FSN", "Frente Solidária Nacional", 52),
           ("PTV", "Partido Trabalhista do Vale", 57), ("UNIR", "União Nacional pela Integridade e Renovação", 63),
           ("PEPO", "Partido da Esperança Popular", 69), ("PIA", "Partido Ipê Amarelo", 72),
           ("PBVV", "Partido Brasil Verde-Vivo", 84), ("MEN", "Movimento Estrela do Norte", 88)]
COALITIONS = ["Coligação Juntos por Nova Aurora", "Coligação A Força do Povo", "Federação Esperança e Trabalho",
              "Coligação Cidade Justa", "Frente Ampla Vitória do Povo", "Coligação Rosa dos Ventos",
              "Coligação Renova Agora", "Federação Luz e Trabalho", "Coligação Caminho Seguro"]
CARGOS = {True: ["vereadora", "vereadora", "vereadora", "prefeita", "vice-prefeita", "deputada estadual", "deputada federal"],
          False: ["vereador", "vereador", "vereador", "prefeito", "vice-prefeito", "deputado estadual", "deputado federal"]}
BOTS = ["Aurora", "Urninha", "Vitória", "Eleitorzinho", "Clara"]
INSTITUTES = [("Instituto Opinião do Vale Pesquisas Ltda.", "opiniaodovale.com.br"), ("DataAurora Pesquisa e Estatística Ltda.", "dataaurora.com.br"),
              ("Instituto Ipê de Opinião Pública", "ipeopiniao.com.br"), ("Radar Cidadão Pesquisas ME", "radarcidadao.com.br"),
              ("Estrela Consultoria e Pesquisa Ltda.", "estrelapesquisa.com.br")]
SUPPLIERS = [("Gráfica Estrela do Norte Ltda.", "impressos (santinhos, praguinhas, adesivos)"),
             ("Auto Posto Leão do Vale Ltda.", "combustíveis e lubrificantes"),
             ("Locadora Prudente Veículos Ltda.", "locação de veículos"), ("Som & Luz Eventos ME", "sonorização e palco"),
             ("Bandeiras Vitória Confecções Ltda.", "bandeiras e camisetas sem propaganda vedada"),
             ("Produtora Aurora Filmes Ltda.", "produção de programas de rádio e TV"),
             ("Bento Comunicação Digital Ltda.", "impulsionamento de conteúdo"),
             ("Casa Amado Materiais de Escritório", "material de escritório"), ("Jingles Flor de Lis Produções ME", "jingle")]
SCHOOLS = ["E.E. Professora Zuleide Gadelha", "E.M. Deoclécio Bulhões", "Escola Estadual Rosa Branca", "EMEF Jardim Esperança",
           "Colégio Estadual Dom Hélder Câmara", "E.M. Vitória Régia", "Escola Municipal Castro Alves", "CIEP 214 Leão XIII",
           "E.E. Padre Cosme Quintela", "Ginásio Municipal Prudente de Morais"]
LAWS = ["Lei 9.504/1997", "Lei 4.737/1965", "LC 64/1990", "Lei 9.096/1995", "Res. TSE 23.607/2019", "Res. TSE 23.609/2019",
        "Res. TSE 23.610/2019", "Res. TSE 23.600/2019", "Res. TSE 23.659/2021", "Lei 13.709/2018", "Lei 13.146/2015",
        "Lei 14.192/2021"]
ROLE_BOXES = ["ouvidoria", "sac", "contato", "financeiro", "juridico", "secretaria", "protocolo", "atendimento", "comunicacao",
              "filiacao", "filiados", "tesouraria", "contabilidade", "privacidade", "dpo", "campanha", "voluntarios", "imprensa",
              "agenda", "doacoes", "pesquisa", "campo", "naoresponda", "nfe", "suporte", "cartorio", "mesarios", "acessibilidade",
              "saude", "ubs", "vigilancia", "diretorio", "presidencia", "prestacaodecontas", "comite", "assinaturas"]
ROLE_EXTRA = r"ze\d{1,3}|zona\d{1,3}|cartorio\d{1,3}"
UPAS = ["UPA 24h Glória", "UPA Zona Norte", "UPA Jardim Esperança", "Pronto-Socorro Municipal", "UPA Vila Prudente",
        "Hospital Municipal São Bento"]
UBS = ["UBS Jardim Aurora", "UBS Vila Rosa", "USF Santa Luzia", "UBS São Bento", "UBS Cohab II", "USF Jardim Esperança",
       "UBS Vila Operária", "UBS Liberdade"]
TRE_ROLES = {True: ["técnica judiciária", "analista judiciária", "chefe de cartório", "servidora requisitada", "estagiária"],
             False: ["técnico judiciário", "analista judiciário", "chefe de cartório", "servidor requisitado", "estagiário"]}
VEHICLES = ["Fiat Uno", "VW Gol", "Chevrolet Onix", "Fiat Strada", "Toyota Hilux", "Renault Kwid", "Hyundai HB20", "VW Saveiro",
            "Fiat Fiorino com som", "Kombi com paredão de som", "Ford Ka", "moto Honda CG 160", "Chevrolet S10", "VW Voyage"]


def party(g: Gen) -> tuple[str, str, int]:
    return g.pick(PARTIES)


def tre_dom(uf: str) -> str:
    return f"tre-{uf.lower()}.jus.br"


def zona_n(g: Gen) -> int:
    return g.ri(1, 420)


def secao(g: Gen) -> str:
    return f"{g.ri(1, 780):04d}"


def cand_number(g: Gen, cargo: str, pnum: int) -> str:
    if cargo.startswith("vereador"):
        return f"{pnum}{g.ri(0, 999):03d}"
    if cargo.startswith("deputad") and "estadual" in cargo:
        return f"{pnum}{g.ri(0, 999):03d}"
    if cargo.startswith("deputad"):
        return f"{pnum}{g.ri(0, 99):02d}"
    return str(pnum)


def ballot(g: Gen, p: Person) -> tuple[str, str, str]:
    """A ballot name (nome de urna) as (prefix, name, suffix): only the name part is a PERSON."""
    prefix = g.pick(["", "", "", ("Professora " if p.female else "Professor "), ("Irmã " if p.female else "Pastor "),
                     ("Dra. " if p.female else "Dr. "), ("Tia " if p.female else "Sargento "), ("Enfermeira " if p.female else "Cabo ")])
    name = g.pick([p.first, p.nick, p.short, p.first, f"{p.nick} {p.last}"])
    suffix = "" if prefix else g.pick(["", "", " do Gás", " da Farmácia", " do Mototáxi", " da Saúde", " do Sindicato", " da Feira",
                                       " do Esporte", " da Van"])
    return prefix, name, suffix


def put_ballot(doc: Doc, b: tuple[str, str, str], caps: bool = False) -> None:
    pre, name, suf = b
    if caps:
        pre, name, suf = fold(pre).upper(), fold(name).upper(), fold(suf).upper()
    doc.t(pre)
    doc.e(name, "PERSON")
    doc.t(suf)


def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold(s).lower())


def put_camp(doc: Doc, g: Gen, p: Person, cargo: str, year: int) -> None:
    doc.t(f"ELEIÇÃO {year} " if g.chance(0.5) else f"ELEICAO {year} ")
    doc.e(fold(p.full).upper(), "PERSON")
    doc.t(" " + fold(cargo).upper().replace("VEREADORA", "VEREADOR").replace("PREFEITA", "PREFEITO"))


def cart_mail(zona: int, uf: str, g: Gen) -> str:
    return g.pick([f"ze{zona}@{tre_dom(uf)}", f"zona{zona}@{tre_dom(uf)}", f"cartorio{zona}@{tre_dom(uf)}"])


def word_neg(g: Gen, ctx: str = "camp") -> str:
    """A sentence where a word that is also a name stands as a word, a place, a party or a company (not labelled)."""
    if ctx == "off":
        return g.pick(["Seria prudente conferir o local de votação no e-Título antes do dia.",
                       "Voto branco e nulo não entram na conta dos votos válidos.",
                       "A luz da escola caiu às 10h e a urna seguiu na bateria.",
                       "A Justiça Eleitoral não pede senha nem código por mensagem.",
                       "O cartório fica ao lado da Farmácia Bom Pastor, na Praça da Estrela.",
                       "A seção da Escola Estadual Rosa Branca passou para o térreo.",
                       "Em Presidente Prudente o atendimento é só com agendamento."])
    if ctx == "field":
        return g.pick(["Rua sem luz no Jardim Aurora, vou pular depois das 18h.", "A padaria Rosa dos Ventos deixou a gente usar o banheiro.",
                       "Seria prudente não entrevistar em frente ao comitê.", "Setor da Vila Estrela fechado, cota batida."])
    return g.pick(["Foi uma vitória apertada, decidida na última urna.", "O comitê fica perto do Bar Rosa dos Ventos.",
                   "A carreata saiu da Praça da Estrela às 16h.", "O pessoal da Locadora Prudente devolveu o carro sem som.",
                   "A Aurora Democrática decidiu não lançar candidato a prefeito.", "Amado por uns, odiado por outros: é ano de eleição.",
                   "A Federação Luz e Trabalho fechou a chapa ontem.", "O caminhão de som da Som & Luz ficou em Esperança, na Paraíba.",
                   "Seria prudente não postar foto de santinho no dia.", "Eleição justa é eleição com fiscal em todas as seções.",
                   "Bandeira branca com o pessoal da outra coligação, combinado?"])


def rae(g: Gen) -> str:
    """A voter-registration request (RAE) or protocol number: never labelled."""
    return g.pick([f"RAE {g.ri(2024, 2026)}{g.d(7)}", f"{g.d(3)}.{g.d(3)}/{g.ri(2024, 2026)}", f"Protocolo {g.neg(11)}",
                   f"ATD-{g.d(6)}", f"{g.ri(2024, 2026)}.{g.d(2)}.{g.d(6)}"])


def recibo(g: Gen, uf: str, pnum: int) -> str:
    """An SPCE electoral receipt number (not labelled)."""
    while True:
        head = f"{pnum}{g.d(3)}{g.ri(1, 9)}{g.d(5)}"
        if not (cpf_ok(head) or pis_dv(head[:10]) == head[10] or cnh_dv(head[:9]) == head[9:]):
            return f"{head}{uf}{g.d(6)}"


def pesq_reg(g: Gen, uf: str, year: int) -> str:
    return f"{uf}-{g.d(5)}/{year}"


def cid_health(g: Gen) -> str:
    return g.pick(["O26.8", "O21.0", "J11.1", "M54.5", "S82.1", "I10", "E11.9", "F41.1", "K35.8", "N20.0", "A90", "J06.9",
                   "Z30.0", "M75.1", "F32.1", "S93.4", "Z39.2", "R51"])


ELECTION_DAY = {2024: datetime.date(2024, 10, 6), 2026: datetime.date(2026, 10, 4)}
RUNOFF_DAY = {2024: datetime.date(2024, 10, 27), 2026: datetime.date(2026, 10, 25)}


def camp_day(g: Gen, year: int) -> datetime.date:
    """A day of the campaign: from 16 August to the eve of the first round."""
    return datetime.date(year, 8, 16) + datetime.timedelta(days=g.ri(0, (ELECTION_DAY[year] - datetime.date(year, 8, 17)).days))


def elec_year(g: Gen, cargo: str | None = None) -> int:
    if cargo and ("deputad" in cargo):
        return 2026
    if cargo and ("vereador" in cargo or "prefeit" in cargo):
        return 2024
    return g.pick([2024, 2024, 2026])


def cargo_gender(cargo: str) -> str:
    """The cargo as the Receita prints it in a campaign's corporate name (masculine form)."""
    return fold(cargo).upper().replace("VEREADORA", "VEREADOR").replace("PREFEITA", "PREFEITO").replace("DEPUTADA", "DEPUTADO")


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


def kg(v: float, dec: int = 1) -> str:
    s = f"{v:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def brl(v: float) -> str:
    return kg(v, 2)


def e2e(g: Gen, t: datetime.datetime | None = None) -> str:
    """A Pix end-to-end id: never labelled."""
    t = t or datetime.datetime(2025, g.ri(1, 12), g.ri(1, 28), g.ri(0, 23), g.ri(0, 59))
    ispb = g.pick(["00000000", "60746948", "60701190", "00360305", "18236120", "10573521", "02038232"])
    tail = "".join(g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789abcdefghijkmnpqrstuvwxyz") for _ in range(11))
    return f"E{ispb}{t.strftime('%Y%m%d%H%M')}{tail}"


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


def spoken_digits(s: str) -> str:
    return " ".join(NUM_WORDS[int(c)] for c in s if c.isdigit())


def stt_cpf(n: str, g: Gen) -> str:
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}",
                   f"{n[:3]} ponto {n[3:6]} ponto {n[6:9]} {n[9:]}", spoken_digits(n)])


def stt_dob(g: Gen) -> str:
    dd, mm, yy = g.dob_parts(1950, 2004)
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
UF_NAME = {"SP": "DE SÃO PAULO", "RJ": "DO RIO DE JANEIRO", "MG": "DE MINAS GERAIS", "RS": "DO RIO GRANDE DO SUL",
           "PR": "DO PARANÁ", "SC": "DE SANTA CATARINA", "BA": "DA BAHIA", "PE": "DE PERNAMBUCO", "CE": "DO CEARÁ",
           "RN": "DO RIO GRANDE DO NORTE", "PB": "DA PARAÍBA", "AL": "DE ALAGOAS", "SE": "DE SERGIPE", "PI": "DO PIAUÍ",
           "MA": "DO MARANHÃO", "PA": "DO PARÁ", "AM": "DO AMAZONAS", "GO": "DE GOIÁS", "DF": "DO DISTRITO FEDERAL E DOS TERRITÓRIOS",
           "MS": "DE MATO GROSSO DO SUL", "MT": "DE MATO GROSSO", "ES": "DO ESPÍRITO SANTO", "AC": "DO ACRE", "RR": "DE RORAIMA"}
JOBS = {True: ["professora", "comerciante", "servidora pública", "do lar", "empresária", "agente comunitária de saúde", "costureira",
                "enfermeira", "advogada", "aposentada", "cabeleireira", "vendedora", "estudante", "agricultora"],
        False: ["comerciante", "motorista", "empresário", "servidor público", "pedreiro", "agricultor", "aposentado", "vendedor",
                "pastor evangélico", "mecânico", "professor", "radialista", "autônomo", "eletricista", "estudante"]}
UF_NAME.update({"RO": "DE RONDÔNIA", "TO": "DO TOCANTINS", "AP": "DO AMAPÁ"})
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "PC/RS", "SSP/GO", "SEJUSP/MS"]


def caps_t(template: str) -> str:
    """ALL CAPS (accents folded) outside the «keys» of a template."""
    return "".join(part if MARK.fullmatch(part) else fold(part).upper() for part in re.split(r"(«\w+»)", template))


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool = False, phone: bool = False,
            addr: bool = True, dob: bool = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job: str | None = None, zona: bool = False, mail: str | None = None) -> None:
    """'NAME, brasileira, solteira, professora, RG nº ..., CPF nº ..., título ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    city, uf = where or g.city()
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {g.pick(CIVIL[p.female])}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        doc.f(up(", nascid«o» em "), o=p.o.upper() if caps else p.o)
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", 1950, 2004), "DATE_OF_BIRTH")
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
        doc.t(up(", NIT/PIS nº "))
        doc.e(g.pis(), "BR_PIS")
    if titulo:
        doc.t(up(g.pick([", título de eleitor nº ", ", eleitor" + ("a" if p.female else "") + " inscrit" + p.o + " sob o nº ",
                         ", inscrição eleitoral nº "])))
        doc.e(g.titulo(uf=uf), "BR_TITULO_ELEITOR")
        if zona:
            doc.t(up(f", {g.ri(1, 420)}ª Zona Eleitoral, Seção {g.ri(1, 600):04d}"))
    if email:
        doc.t(up(", e-mail ") if not caps else ", E-MAIL ")
        doc.e(mail or g.email(p), "EMAIL_ADDRESS")
    if phone:
        doc.t(up(", telefone "))
        doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    if addr:
        doc.t(up(", residente e domiciliad" + p.o + " na "))
        doc.e(g.address("caps" if caps else "text"), "ADDRESS")
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


def city_of(g: Gen) -> tuple[str, str]:
    return g.pick(CITIES)


# =========================================================================== atendimento


def esign_log(g: Gen, doc: Doc, signers: list[tuple[Person, str]], t0: datetime.datetime, style: str | None = None) -> None:
    """An e-signature log: name, e-mail, IP, time (envelope id upper-case UUID, not labelled)."""
    while True:
        env = str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper()
        if not any(luhn_ok(re.sub(r"\D", "", m.group(0))) for m in RUN16.finditer(env)):
            break
    doc.f("\nLOG DE ASSINATURAS — envelope «e»\n", e=env)
    rows = []
    t = t0
    for p, mail in signers:
        t = t + datetime.timedelta(minutes=g.ri(2, 600))
        rows.append([P(g.pick([p.full, p.caps])), (mail, "EMAIL_ADDRESS"), (g.ip(), "IP_ADDRESS"), V(ts(t, "brs")),
                     V(g.pick(["assinou", "assinou (token SMS)", "assinou (gov.br)"]))])
    table_ruled(doc, ["signatário", "e-mail", "IP", "data/hora", "evento"], rows, style or g.pick(["plus", "psql", "plain"]))


# =========================================================================== atendimento


def at_zap_cartorio(g: Gen) -> Doc:
    """WhatsApp with the TRE's assistant, then a registry-office attendant: a cancelled título, a transfer, biometrics."""
    doc = Doc()
    city, uf = city_of(g)
    v = g.person()
    mom = g.person(female=True)
    att = g.person(female=g.chance(0.6))
    bot = g.pick(BOTS)
    zona = zona_n(g)
    ios = g.chance(0.4)
    t0 = g.moments(1, g.day(), 1, (7, 21))[0]
    tt = iter(seq_times(g, 40, t0, 20, 420))

    def st() -> str:
        t = next(tt)
        return ts(t, "waios") + " " if ios else ts(t, "wa") + " - "

    ddd, local = g.msisdn()
    me = (g.fmt_phone(ddd, local, "wa"), "PHONE_NUMBER") if g.chance(0.85) else (g.pick([v.first, v.short, v.full, v.nick]), "PERSON")
    H = (f"TRE-{uf} Eleitor", None)
    doc.f("Conversa do WhatsApp com TRE-«u» Eleitor\n\n", u=uf)
    cl(doc, st(), H, f"Olá! Eu sou {'o' if bot == 'Eleitorzinho' else 'a'} {bot}, assistente virtual do Tribunal Regional Eleitoral. Escolha: 1 Título e situação | "
                     "2 Local de votação | 3 Mesários | 4 Multas e justificativas | 5 Atendimento humano")
    cl(doc, st(), me, g.pick(["1", "5", "4", "oi"]))
    issue = g.ri(0, 2)
    if issue == 0:
        cl(doc, st(), me, g.pick(["fui tirar a certidão e disse que meu título tá cancelado", "meu titulo foi cancelado?? nao votei umas vezes",
                                  "o e-título não abre, diz inscrição cancelada"]))
    elif issue == 1:
        cl(doc, st(), me, g.pick(["mudei de cidade, quero transferir o título", "quero votar aqui agora, me mudei faz 1 ano",
                                  "como faço transferência de domicílio eleitoral"]))
    else:
        cl(doc, st(), me, g.pick(["preciso fazer a biometria, tem vaga?", "recebi aviso de revisão biométrica obrigatória",
                                  "minha digital não foi coletada ainda"]))
    cl(doc, st(), H, "Vou transferir para um atendente. Por segurança, não envie foto de documentos por aqui.")
    cl(doc, st(), H, "«a» entrou na conversa.", a=P(g.pick([att.first, att.short])))
    cl(doc, st(), H, "Bom dia! Para consultar o cadastro preciso do nome completo, data de nascimento e nome da mãe.")
    cl(doc, st(), me, "«n»", n=P(g.pick([v.full, v.low, v.caps])))
    cl(doc, st(), me, "«d»", d=(g.dob(g.pick(["br", "nopad", "short", "br"]), 1950, 2006), "DATE_OF_BIRTH"))
    cl(doc, st(), me, "mãe «m»", m=P(g.pick([mom.full, mom.low, mom.caps])))
    cpf = g.cpf()
    if g.chance(0.35):
        cl(doc, st(), H, "Não localizei com esses dados. Pode informar o CPF?")
        cl(doc, st(), me, "«x»", x=g.neg_cpf())
        cl(doc, st(), H, "Esse CPF não é válido, confira os dígitos por favor.")
        cl(doc, st(), me, "desculpa «x»", x=(cpf, "BR_CPF"))
    else:
        cl(doc, st(), me, "cpf «x»", x=(cpf, "BR_CPF"))
    tit = g.titulo(uf=uf)
    if issue == 0:
        cl(doc, st(), H, "Localizei. A inscrição «t» foi cancelada por ausência às urnas em três eleições consecutivas sem "
                         "justificativa (art. 7º, § 3º, do Código Eleitoral). Para regularizar: pagar as multas (R$ 3,51 por turno) "
                         "e pedir a revisão no Título Net ou no cartório da «z»ª ZE.", t=(tit, "BR_TITULO_ELEITOR"), z=zona)
        cl(doc, st(), me, g.pick(["e se eu não tiver como pagar?", "quanto dá tudo?", "tá, e a biometria?"]))
        cl(doc, st(), H, "Quem declara insuficiência econômica fica dispensado da multa. Posso enviar as guias (GRU) por e-mail?")
    elif issue == 1:
        cl(doc, st(), H, "Título «t», «z»ª Zona. A transferência exige 1 ano de residência no novo município e 1 ano da última "
                         "transferência. Qual o endereço novo com CEP?", t=(tit, "BR_TITULO_ELEITOR"), z=g.ri(1, 420))
        cl(doc, st(), me, "«a» «b» «cep»", a=(g.address(g.pick(["text", "low", "text"])), "ADDRESS"), b=g.pick(BAIRROS),
           cep=(g.cep(g.chance(0.7)), "BR_CEP"))
        cl(doc, st(), H, "Anotado. Precisa anexar comprovante de residência em seu nome ou de parente, ou declaração. Posso mandar o "
                         "link por e-mail?")
    else:
        cl(doc, st(), H, "Sua inscrição «t» está regular, mas sem biometria. O atendimento é só com agendamento.",
           t=(tit, "BR_TITULO_ELEITOR"))
        cl(doc, st(), H, "Vagas: «d1» às «h1» ou «d2» às «h2», no cartório da «z»ª ZE.", d1=dbr(g.after(t0.date(), 2, 20)), h1=g.hm(),
           d2=dbr(g.after(t0.date(), 3, 25)), h2=g.hm(), z=zona)
        cl(doc, st(), me, "a primeira")
        cl(doc, st(), H, "Confirmado. Traga documento oficial com foto e comprovante de residência. Mando a confirmação por e-mail?")
    cl(doc, st(), me, "pode, «e»", e=(g.email(v), "EMAIL_ADDRESS"))
    if g.chance(0.3):
        rel = g.relative(v)
        cl(doc, st(), me, "aproveitando, «r» «n» também tá com o título irregular, posso ver por aqui?",
           r="minha filha" if rel.female else "meu filho", n=P(g.pick([rel.first, rel.full])))
        cl(doc, st(), H, "Por sigilo do cadastro, cada eleitor precisa fazer o próprio atendimento, certo? Ela/ele pode chamar neste número.")
    if g.chance(0.35):
        cl(doc, st(), me, "qual o telefone do cartório?")
        cl(doc, st(), H, "Cartório da «z»ª ZE: «t» (seg. a sex., 12h às 19h).", z=zona, t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    cl(doc, st(), H, "Atendimento registrado: «p». «w»", p=rae(g), w=g.pick(["Até logo!", "Obrigad" + att.o + " pelo contato.", word_neg(g, "off")]))
    cl(doc, st(), H, "Avalie este atendimento de 1 a 5.")
    cl(doc, st(), me, str(g.ri(1, 5)))
    return doc


def at_ligacao_mesario(g: Gen) -> Doc:
    """Speech-to-text call of a poll worker asking to be excused; a neighbour volunteering; the attendant's typed record."""
    doc = Doc()
    city, uf = city_of(g)
    ag = g.person(female=g.chance(0.6))
    c = g.person()
    zona = zona_n(g)
    sec = secao(g)
    cpf = g.cpf_digits()
    tit = g.titulo(spaced=False, uf=uf)
    ddd, local = g.msisdn()
    doc.f("[transcricao automatica | disque eleitor tre-«u» | chamada «id» | «mm»min | fila mesarios]\n\n", u=lower(uf),
          id=g.hexs(12), mm=g.ri(3, 14))
    A, C = "atendente: ", "eleitor: " if not c.female else "eleitora: "
    doc.f(A + "disque eleitor bom dia meu nome e «a» em que posso ajudar\n", a=P(lower(g.pick([ag.first, ag.short]))))
    doc.f(C + "bom dia eu fui convocad«o» pra mesario e nao vou poder ir\n", o=c.o)
    doc.f(A + "qual o seu nome completo\n" + C + "«n»\n", n=P(lower(g.pick([c.full, c.short]))))
    tspoken = g.pick([f"{tit[:4]} {tit[4:8]} {tit[8:]}", spoken_digits(tit), " ".join(tit[i:i + 3] for i in range(0, 12, 3))])
    doc.f(A + "o numero do titulo\n" + C + "«x»\n", x=(tspoken, "BR_TITULO_ELEITOR"))
    if g.chance(0.6):
        doc.f(A + "e o cpf pra confirmar\n" + C + "«x»\n", x=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f(A + "data de nascimento\n" + C + "«d»\n", d=(stt_dob(g), "DATE_OF_BIRTH"))
    doc.f(A + "certo consta aqui convocacao pra secao «s» da «z» zona funcao «f»\n", s=" ".join(sec.lstrip("0")), z=zona,
          f=g.pick(["primeiro mesario", "segundo mesario", "secretario", "presidente de mesa", "mesario suplente"]))
    reason = g.ri(0, 3)
    if reason == 0:
        doc.f(C + "eu to gravida de «w» semanas a medica falou que o bebe nasce bem perto da eleicao\n", w=g.ri(30, 38))
        doc.f(A + "gestante tem dispensa sim precisa mandar o atestado ou o cartao da gestante\n")
    elif reason == 1:
        doc.f(C + "vou fazer cirurgia «x» dia «d» ja ta marcado\n", x=g.pick(["de vesicula", "no joelho", "de hernia", "de catarata"]),
              d=g.ri(1, 28))
        doc.f(A + "entao o senhor ou a senhora manda o atestado ou a guia da cirurgia com o crm do medico\n")
    elif reason == 2:
        doc.f(C + "eu cuido da minha mae «m» ela e acamada e nao tem com quem deixar\n", m=P(lower(g.pick([g.person(female=True).first,
                                                                                                   g.person(female=True).full]))))
        doc.f(A + "nesse caso o pedido vai pro juiz avaliar pode anexar o laudo dela\n")
    else:
        doc.f(C + "vou estar viajando a trabalho a empresa me mandou pra «c»\n", c=lower(g.city()[0]))
        doc.f(A + "viagem nao e motivo automatico mas voce pode pedir a dispensa em ate cinco dias da convocacao com comprovante\n")
    if g.chance(0.55):
        nb = g.person()
        ntit = g.titulo(spaced=False, uf=uf)
        doc.f(C + "a minha vizinha «n» disse que quer ser voluntaria no meu lugar o titulo dela e «t»\n",
              n=P(lower(g.pick([nb.first, nb.full]))), t=(g.pick([ntit, f"{ntit[:4]} {ntit[4:8]} {ntit[8:]}"]), "BR_TITULO_ELEITOR"))
        doc.f(A + "ela mesma tem que se inscrever no programa mesario voluntario pelo site mas eu anoto aqui a indicacao\n")
    if g.chance(0.5):
        doc.f(A + "o endereco do cadastro continua o mesmo\n" + C + "mudou agora e «a» cep «c»\n", a=(g.address("stt"), "ADDRESS"),
              c=(g.pick([" ".join(g.cep(False)), g.cep(False)[:5] + " " + g.cep(False)[5:]]), "BR_CEP"))
    doc.f(A + "qual o melhor telefone pra contato\n" + C + "«p»\n", p=(g.fmt_phone(ddd, local, "stt"), "PHONE_NUMBER"))
    em = g.email(c)
    if g.chance(0.5):
        user, dom_ = em.split("@")
        spoken = user.replace(".", " ponto ").replace("_", " underline ") + " arroba " + dom_.replace(".", " ponto ")
        doc.f(A + "e um email\n" + C + "«e»\n", e=(spoken, "EMAIL_ADDRESS"))
    doc.f(A + "anotado o protocolo e «p» o juiz decide em ate «d» dias «w»\n\n", p=" ".join(g.d(3) for _ in range(3)), d=g.ri(3, 10),
          w=g.pick(["mais alguma coisa", "tenha um bom dia", "obrigada pela ligacao"]))
    doc.t("=== registro do atendimento ===\n")
    fields = [("Protocolo", V(g.protocol())), ("Eleitor(a)", P(c.full)), ("Inscrição", (g.pick([tit, f"{tit[:4]} {tit[4:8]} {tit[8:]}"]), "BR_TITULO_ELEITOR")),
              ("CPF", (fmt_cpf(cpf), "BR_CPF")), ("Zona/Seção", V(f"{zona}ª ZE / {sec}")),
              ("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")),
              ("E-mail", (em, "EMAIL_ADDRESS")),
              ("Assunto", V(g.pick(["Mesário — pedido de dispensa", "Dispensa de mesário (art. 120, § 4º, CE)", "Convocação — impedimento"]))),
              ("Motivo", V(["gestação", "cirurgia agendada", "cuidador de pessoa acamada", "viagem a trabalho"][reason])),
              ("Atendente", g.pick([P(ag.full), P(ag.short), V(login(ag, g))]))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    return doc


def at_email_ouvidoria(g: Gen) -> Doc:
    """E-mail thread with the electoral ombudsman about irregular campaign propaganda; quoted replies; X-Originating-IP."""
    doc = Doc()
    city, uf = city_of(g)
    c = g.person()
    ouv = g.person(female=g.chance(0.6))
    cand = g.person()
    cargo = g.pick(CARGOS[cand.female])
    sg, pn, pnum = party(g)
    zona = zona_n(g)
    year = elec_year(g, cargo)
    t1 = g.moments(1, datetime.date(year, 8, 16) + datetime.timedelta(days=g.ri(0, 45)), 2, (6, 23))[0]
    t2 = t1 + datetime.timedelta(hours=g.ri(3, 70))
    cmail = g.email(c)
    omail = corp_mail(ouv, tre_dom(uf), g)
    plate = g.plate()
    outlook = g.chance(0.5)
    doc.f("From: «a» <«am»>\nTo: «c»«lt»«cm»«gt»\nDate: «d»\nSubject: RE: Denúncia — propaganda irregular («pr»)\n\n",
          a=P(ouv.full), am=(omail, "EMAIL_ADDRESS"),
          **g.pick([dict(c=P(g.pick([c.full, c.first, c.caps])), lt=" <", gt=">"), dict(c="", lt="", gt="")]), cm=(cmail, "EMAIL_ADDRESS"), d=mail_date(t2),
          pr=g.pick(["Pardal", "Ouvidoria"]) + f" {g.ri(2024, 2026)}/{g.d(6)}")
    doc.f("Prezad«o» «n»,\n\nSua manifestação foi encaminhada ao juízo da propaganda da «z»ª Zona Eleitoral de «cy», que pode "
          "determinar a retirada do material e notificar o candidato e o partido (Res. TSE 23.610/2019). A placa informada («p») "
          "foi repassada à fiscalização. Não há necessidade de novo envio das fotos.\n\nAtenciosamente,\n«s»\nOuvidoria Regional "
          "Eleitoral — TRE-«u»\n\n", o=c.o, n=P(g.pick([c.first, c.full])), z=zona, cy=city, p=(plate, "LICENSE_PLATE"),
          s=P(g.pick([ouv.full, ouv.short])), u=uf)
    if outlook:
        doc.f("-----Mensagem original-----\nDe: «c» <«cm»>\nEnviada em: «d»\nPara: ouvidoria@«dm»\nAssunto: Denúncia — propaganda "
              "irregular\nX-Originating-IP: [«ip»]\n\n", c=P(c.full), cm=(cmail, "EMAIL_ADDRESS"), d=ts(t1, "br"), dm=tre_dom(uf),
              ip=(g.ip(), "IP_ADDRESS"))
        q = ""
    else:
        doc.f("Em «d», «c» <«cm»> escreveu:\n", d=ts(t1, "br"), c=P(c.full), cm=(cmail, "EMAIL_ADDRESS"))
        q = "> "
    doc.f(q + "Boa noite. Moro na «a», «b», CEP «cep», e desde segunda passa um «v» placa «p» com som alto pedindo voto "
          "pr«o» candidat«o» ", a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), v=g.pick(VEHICLES),
          p=(plate, "LICENSE_PLATE"), o="a" if cand.female else "o")
    b = ballot(g, cand)
    put_ballot(doc, b)
    doc.f(" («s», «n»), depois das 22h. «x»\n" + q + "Também pintaram o muro da vizinha, dona «w», sem autorização.\n", s=sg,
          n=cand_number(g, cargo, pnum), x=g.pick(["Tenho um bebê de colo.", "Minha mãe é idosa e não dorme.", "Já liguei na PM e nada."]),
          w=P(g.person(female=True).first))
    doc.f(q + "Não quero me identificar publicamente. Meu CPF é «x» e o telefone «t».\n" + q + "«n»\n",
          x=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain", "dash"])), "PHONE_NUMBER"), n=g.pick([P(g.pick([c.first, c.full, c.low])), V("Obrigad" + c.o), V("Att.")]))
    if q:
        doc.f(q + "[enviado pelo formulário Fale com a Ouvidoria — IP de origem «ip»]\n", ip=(g.ip(), "IP_ADDRESS"))
    if g.chance(0.5):
        doc.f(q + "\n" + q + "PS: o motorista é o «m», conhecido no bairro, trabalha pro comitê da «a».\n",
              m=P(g.pick([g.person(female=False).nick, g.person(female=False).first])),
              a=g.pick(["Rua São Bento", "Avenida Bento Gonçalves", "praça da matriz", "Rua da Aurora"]))
    return doc


def at_crm_voluntarios(g: Gen) -> Doc:
    """A campaign's volunteer sign-ups exported from its CRM as indented JSON, with the coordinator's note."""
    doc = Doc()
    city, uf = city_of(g)
    cand = g.person()
    cargo = g.pick(CARGOS[cand.female])
    sg, pn, pnum = party(g)
    coord = g.person()
    d = camp_day(g, elec_year(g, cargo))
    dom = g.pick(["mobiliza.app", "crmcampanha.com.br", "voluntarios.digital"])
    doc.f("// export «d» — base de voluntários — campanha «c» («s») — «cy»/«u»\n", d=dbr(d, "iso"), c=P(cand.short), s=sg, cy=city, u=uf)
    rows = []
    for k in range(g.pick([2, 2, 3])):
        p = g.person()
        rec = {"id": f"vol_{g.hexs(8)}", "criado_em": ts(g.moments(1, d, 1)[0], "iso"), "nome": P(g.pick([p.full, p.full, p.low]))}
        if g.chance(0.8):
            rec["cpf"] = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        rec["nascimento"] = (g.dob("iso", 1955, 2007), "DATE_OF_BIRTH")
        rec["email"] = (g.email(p), "EMAIL_ADDRESS")
        rec["whatsapp"] = (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER")
        if g.chance(0.4):
            rec["telefone_recado"] = (g.phone(g.pick(["par", "raw"]), mobile=g.chance(0.5)), "PHONE_NUMBER")
        rec["endereco"] = {"logradouro": (g.address(), "ADDRESS"), "bairro": g.pick(BAIRROS), "cep": (g.cep(g.chance(0.6)), "BR_CEP"),
                           "cidade": city}
        if g.chance(0.6):
            rec["titulo_eleitor"] = (g.titulo(spaced=False, uf=uf), "BR_TITULO_ELEITOR")
            rec["zona"] = zona_n(g)
            rec["secao"] = int(secao(g))
        rec["disponibilidade"] = g.sample(["panfletagem", "bandeiraço", "redes sociais", "fiscal de seção no dia", "motorista",
                                           "reunião em casa"], g.ri(1, 3))
        if g.chance(0.3):
            ind = g.person()
            rec["indicado_por"] = P(g.pick([ind.full, ind.first]))
        rec["origem"] = {"canal": g.pick(["formulario_site", "qr_santinho", "link_whatsapp"]), "ip": (g.ip(), "IP_ADDRESS"),
                         "user_agent": g.pick(["Mozilla/5.0 (Linux; Android 13)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)"])}
        rec["consentimento_lgpd"] = {"aceite": True, "versao": f"v{g.ri(1, 4)}.{g.ri(0, 9)}",
                                     "finalidade": "contato sobre a campanha; dado sensível (opinião política) — art. 11, Lei 13.709/2018"}
        if g.chance(0.5):
            rec["coordenador"] = P(g.pick([coord.full, coord.short]))
        rows.append(rec)
    jval(doc, {"fonte": dom, "campanha": f"{sg} {cand_number(g, cargo, pnum)}", "registros": rows}, 0)
    doc.f("\n\nNota («n», coordenação de voluntários): «x» Quem marcou \"fiscal de seção\" precisa de credenciamento pelo "
          "partido até a véspera; mandar a lista para «m». «w»\n", n=P(g.pick([coord.first, coord.full])),
          x=g.pick(["Não repassar a planilha para outras campanhas nem para o diretório.", "Base não pode ser usada depois da eleição.",
                    "Apagar os CPFs de quem não confirmar em 7 dias."]),
          m=g.pick([V(f"voluntarios@{slug(cand.first)}{cand_number(g, cargo, pnum)}.com.br"), (corp_mail(coord, 'gmail.com', g), "EMAIL_ADDRESS")]),
          w=g.pick(["", word_neg(g), "Dúvidas no meu zap."]))
    return doc


def at_zap_equipe(g: Gen) -> Doc:
    """WhatsApp group of a campaign team: the carreata's cars and plates, a meeting at a supporter's home, Pix for fuel."""
    doc = Doc()
    city, uf = city_of(g)
    cand = g.person()
    sg, pn, pnum = party(g)
    coord = g.person(female=g.chance(0.5))
    ios = g.chance(0.5)
    t0 = g.moments(1, camp_day(g, g.pick([2024, 2024, 2026])), 1, (7, 20))[0]
    tt = iter(seq_times(g, 40, t0, 30, 900))
    group = g.pick(["Equipe Zona Sul 🚩", "Bandeiraço Centro", "Carreata sábado", f"Time {sg} {pnum}", "Militância Bairro"])

    def st() -> str:
        t = next(tt)
        return ts(t, "waios") + " " if ios else ts(t, "wa") + " - "

    members = []
    for _ in range(g.ri(3, 4)):
        p = g.person()
        if g.chance(0.75):
            members.append((p, (g.phone("wa"), "PHONE_NUMBER")))
        else:
            members.append((p, (g.pick([p.first, p.short, p.nick]), "PERSON")))
    C = (g.pick([coord.first, coord.short]), "PERSON") if g.chance(0.4) else (g.phone("wa"), "PHONE_NUMBER")
    doc.f("«h»\n", h=g.pick([f"Conversa do WhatsApp com {group}", f"{group} — exportado", f"Grupo: {group}"]))
    cl(doc, st(), C, "Bom dia, time! Sábado tem carreata, concentração às 15h no posto da «a». Quem vai de carro manda modelo e placa",
       a=g.pick(["Av. Getúlio Vargas", "Rua São Bento", "saída para Bento Gonçalves", "Praça da Matriz", "Av. Beira Rio"]))
    for p, snd in members[:g.ri(2, len(members))]:
        cl(doc, st(), snd, "«v» placa «p»«x»", v=g.pick(VEHICLES), p=(g.plate(), "LICENSE_PLATE"),
           x=g.pick(["", " 👍", ", levo mais 3", ", só depois das 16h"]))
    host = g.person(female=True)
    cl(doc, st(), C, "Quarta tem reunião na casa da «o»«n», «a», às 19h30. Sem bebida, por favor", o=g.pick(["dona ", "", "tia "]),
       n=P(g.pick([host.first, host.full, host.nick])), a=(g.address(g.pick(["text", "text", "low"])), "ADDRESS"))
    p, snd = members[0]
    cl(doc, st(), snd, "quem paga a gasolina da carreata?")
    tes = g.person()
    cl(doc, st(), C, "Só com nota no CNPJ da campanha. Abastece no posto credenciado e a «t» faz o Pix direto pro posto",
       t=g.pick([P(g.pick([tes.first, tes.short])), V("tesouraria")]))
    if g.chance(0.6):
        p2, snd2 = members[-1]
        cl(doc, st(), snd2, "eu paguei 80 do meu bolso semana passada, minha chave é «k»", k=g.pick([(g.uuid(), "PIX_KEY"),
                                                                                                 (g.cpf(), "BR_CPF"), (g.email(p2), "EMAIL_ADDRESS")]))
        cl(doc, st(), C, "Manda o cupom fiscal com a placa anotada que eu vejo com a contadora")
    if g.chance(0.5):
        p3, snd3 = g.pick(members)
        cl(doc, st(), snd3, "<Mídia oculta>")
        cl(doc, st(), C, "Gente, não mandem foto de título de eleitor de ninguém aqui no grupo. Apaga, «n»", n=P(p3.first))
        cl(doc, st(), snd3, "foi mal, era o da minha sogra, título «t», ela quer saber onde vota", t=(g.titulo(uf=uf), "BR_TITULO_ELEITOR"))
    if g.chance(0.35):
        nv = g.person()
        cl(doc, st(), C, "Novo cabo eleitoral contratado: «n», CPF «c», zap «z». Contrato assinado, pagamento semanal",
           n=P(nv.full), c=(g.cpf(), "BR_CPF"), z=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    cl(doc, st(), C, "Lembrando: no dia da eleição é proibido boca de urna, aglomeração com bandeira e distribuir santinho (art. 39, § 5º, Lei 9.504/1997)")
    p, snd = g.pick(members)
    cl(doc, st(), snd, g.pick(["entendido", "👍👍", word_neg(g), "e camiseta pode?", "vou levar a bandeira do " + sg]))
    return doc


def at_fila_cartorio(g: Gen) -> Doc:
    """Fixed-width queue of a registry office's attendance (biometrics, transfers, fines), with the supervisor's notes."""
    doc = Doc()
    city, uf = city_of(g)
    zona = zona_n(g)
    d = g.day()
    sup = g.person(female=g.chance(0.6))
    doc.f("JUSTICA ELEITORAL — TRE-«u» — «z»a ZONA ELEITORAL — «c»\nRELATORIO DE ATENDIMENTO (SENHAS)   DATA «d»   EMISSAO «h»\n\n",
          u=uf, z=zona, c=fold(city).upper(), d=dbr(d), h=g.hm())
    doc.t("SENHA  HORA   ELEITOR                   INSCRICAO     CPF          TELEFONE     SERVICO           ATEND.\n")
    doc.t("-" * 104 + "\n")
    people = []
    for _ in range(g.ri(3, 4)):
        p = g.person()
        people.append(p)
        doc.cell(g.pick(["B", "N", "P", "T"]) + f"{g.ri(1, 240):03d}", 5)
        doc.t("  ")
        doc.cell(g.hm(), 5)
        doc.t("  ")
        nm = fold(g.pick([p.full, p.full, p.short])).upper()
        doc.cell(cut(typo(nm, g) if g.chance(0.12) else nm, 24), 24, "PERSON")
        doc.t("  ")
        if g.chance(0.8):
            doc.cell(g.titulo(spaced=False, uf=uf), 12, "BR_TITULO_ELEITOR")
        else:
            doc.cell("1A VIA", 12)
        doc.t("  ")
        r = g.rng.random()
        if r < 0.2:
            doc.cell("NAO INFORM", 11)
        elif r < 0.3:
            doc.cell(g.neg(11), 11)
        else:
            doc.cell(g.cpf("raw"), 11, "BR_CPF")
        doc.t("  ")
        ddd, local = g.msisdn(mobile=g.chance(0.85))
        doc.cell(ddd + local, 11, "PHONE_NUMBER")
        doc.t("  ")
        doc.cell(g.pick(["ALISTAMENTO", "TRANSFERENCIA", "REVISAO", "BIOMETRIA", "2A VIA", "QUITACAO MULTA", "JUSTIFICATIVA",
                         "CERTIDAO", "NOME SOCIAL", "MESARIO"]), 16)
        doc.t("  ")
        doc.t(login(g.person(), g) + "\n")
    doc.t("-" * 104 + "\n\n")
    doc.f("Observações (supervisão: «s»):\n", s=g.pick([P(sup.full), P(sup.short), V(login(sup, g))]))
    a, b = g.sample(people, 2)
    doc.f("- «n»: digitais não coletadas (dedos com calos, trabalhador rural). Registrada a impossibilidade; fica liberad«o» para "
          "votar com documento.\n", n=P(g.pick([a.full, a.first])), o=a.o)
    dup = g.person(female=b.female)
    doc.f("- Batimento apontou duplicidade: «n» × «m» (mesmo nome da mãe, datas de nascimento «d1» e «d2»). Encaminhado ao juiz "
          "(coincidência «c»).\n", n=P(b.caps if g.chance(0.5) else b.full), m=P(dup.caps if g.chance(0.5) else dup.full),
          d1=(g.dob("br", 1950, 2006), "DATE_OF_BIRTH"), d2=(g.dob("br", 1950, 2006), "DATE_OF_BIRTH"), c=f"{g.d(4)}/{d.year}")
    if g.chance(0.6):
        c = g.pick(people)
        doc.f("- «n» pediu atendimento domiciliar para a mãe acamada; retornar pelo «t».\n", n=g.pick([P(c.first), V("Eleitor da senha "
              + g.pick("BNPT") + f"{g.ri(1, 240):03d}")]),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("- «w»\n", w=g.pick(["Sistema ELO fora do ar das 14h às 15h10.", word_neg(g, "off"), "Fechamento do cadastro em 150 dias: reforçar a escala."]))
    return doc


def at_filiacao(g: Gen) -> Doc:
    """A party membership form (ficha de filiação) or a letter of disaffiliation to the party and the electoral judge."""
    doc = Doc()
    city, uf = city_of(g)
    sg, pn, pnum = party(g)
    p = g.person()
    mom = g.person(female=True)
    sec = g.person(female=g.chance(0.5))
    zona = zona_n(g)
    d = g.day()
    if g.chance(0.65):
        doc.f("«pn» — «s» «n»\nDIRETÓRIO MUNICIPAL DE «c»/«u»\nFICHA DE FILIAÇÃO PARTIDÁRIA (Lei 9.096/1995, arts. 16 a 22)\n\n",
              pn=fold(pn).upper(), s=sg, n=pnum, c=fold(city).upper(), u=uf)
        fields = [("Nome civil", P(g.pick([p.full, p.caps]))),
                  ("Nome social", P(p.first) if g.chance(0.1) else V("—")),
                  ("CPF", (g.cpf(), "BR_CPF")),
                  ("RG", (g.rg(), "BR_RG")) if g.chance(0.7) else ("CNH", (g.cnh(), "BR_CNH")),
                  ("Título de eleitor", (g.titulo(uf=uf), "BR_TITULO_ELEITOR")),
                  ("Zona / Seção", V(f"{zona} / {secao(g)}")),
                  ("Data de nascimento", (g.dob(g.pick(["br", "br", "dot"]), 1950, 2006), "DATE_OF_BIRTH")),
                  ("Nome da mãe", P(g.pick([mom.full, mom.caps]))),
                  ("Endereço", (g.address(), "ADDRESS")),
                  ("Bairro / Município", V(f"{g.pick(BAIRROS)} / {city}-{uf}")),
                  ("CEP", (g.cep(), "BR_CEP")),
                  ("Celular", (g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER")),
                  ("E-mail", (g.email(p), "EMAIL_ADDRESS")),
                  ("Profissão", V(g.pick(JOBS[p.female]))),
                  ("Data da filiação", V(dbr(d)))]
        if g.chance(0.3):
            fields.insert(5, ("NIS/PIS", (g.pis(), "BR_PIS")))
        if g.chance(0.3):
            fields[3] = ("RG", (g.rg(), "BR_RG"))
        kv_block(g, doc, fields, g.pick(["box", "dots", "plain"]))
        ab = g.person()
        doc.f("\nAbonador (filiado): «a» — título «t»\nRecebido por: «r», secretári«o» do diretório\n", a=P(g.pick([ab.full, ab.caps])),
              t=(g.titulo(uf=uf), "BR_TITULO_ELEITOR"), r=P(g.pick([sec.full, sec.short])), o="a" if sec.female else "o")
        doc.f("Declaro não estar filiad«o» a outro partido. Autorizo o tratamento dos meus dados, inclusive o dado sensível de "
              "filiação partidária, para fins de registro no sistema Filia e comunicação partidária (Lei 13.709/2018, art. 11).\n"
              "«w»\n", o=p.o, w=g.pick(["", "Obs.: lançar no Filia até a próxima remessa (abril e outubro).", word_neg(g)]))
    else:
        pres = g.person()
        doc.f("«c», «d».\n\nA«a» President«e» do Diretório Municipal do «pn» («s»), «sr» «pr»\nAo Excelentíssimo Juiz da «z»ª Zona Eleitoral\n\n",
              c=city, d=dbr(d, "long"), pn=pn, s=sg, pr=P(g.pick([pres.full, pres.short])), z=zona, a="" if pres.female else "o",
              e="a" if pres.female else "e", sr="Sra." if pres.female else "Sr.")
        doc.f("Eu, «n», inscrit«o» no CPF sob o nº «cpf», eleitor«fa» inscrit«o» sob o nº «t», da «z»ª Zona, Seção «sc», residente na "
              "«ad», CEP «cep», comunico minha DESFILIAÇÃO do «s», nos termos do art. 21 da Lei 9.096/1995, para que se proceda à "
              "baixa no sistema Filia. Contato: «ph» / «e».\n\n«n2»\n",
              n=P(g.pick([p.full, p.caps])), o=p.o, fa="a" if p.female else "", cpf=(g.cpf(), "BR_CPF"),
              t=(g.titulo(uf=uf), "BR_TITULO_ELEITOR"), z=zona, sc=secao(g), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
              ph=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"), s=sg, n2=P(p.full))
        doc.f("\nRecebido no cartório em «d» por «r» (matrícula «m»).\n", d=dbr(g.after(d, 0, 3)), r=P(g.pick([sec.full, sec.short])),
              m=g.d(6))
    return doc


AT = [at_zap_cartorio, at_ligacao_mesario, at_email_ouvidoria, at_crm_voluntarios, at_zap_equipe, at_fila_cartorio, at_filiacao]


# =========================================================================== juridico


def ju_aije(g: Gen) -> Doc:
    """AIJE initial petition: vote buying by Pix, voters carried on election day, witnesses, lawyers."""
    doc = Doc()
    city, uf = city_of(g)
    zona = zona_n(g)
    cand = g.person()
    cargo = g.pick(CARGOS[cand.female][:4])
    year = elec_year(g, cargo)
    coord = g.person()
    sg, pn, pnum = party(g)
    coal = g.pick(COALITIONS)
    doc.f("«h» DA «z»ª ZONA ELEITORAL DE «c» — «u»\n\n", h=g.pick(["EXCELENTÍSSIMO SENHOR JUIZ", "EXCELENTÍSSIMA SENHORA JUÍZA",
                                                                    "EXMO(A). SR(A). JUIZ(A) ELEITORAL", "EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A)"]), z=zona, c=fold(city).upper(), u=uf)
    if g.chance(0.5):
        doc.f("Distribuição por prevenção aos autos nº «n»\n\n", n=g.cnj(uf, zona, year))
    doc.f("A «co», por seus advogados (procuração anexa), com endereço eletrônico para intimações «m», vem propor\n\n"
          "AÇÃO DE INVESTIGAÇÃO JUDICIAL ELEITORAL\n(art. 22 da LC 64/1990 c/c art. 41-A da Lei 9.504/1997)\n\nem face de ",
          co=fold(coal).upper() if g.chance(0.4) else coal, m=g.pick(["juridico@" + slug(coal)[:18] + ".org.br", "contato@" + slug(coal)[:14] + ".com.br"]))
    qualify(g, doc, cand, titulo=True, where=(city, uf), job=f"candidat{cand.o} a {cargo} pelo {sg}")
    doc.t(", e de ")
    qualify(g, doc, coord, where=(city, uf), rg=g.chance(0.6), job="coordenador de campanha" if not coord.female else "coordenadora de campanha")
    doc.t(", pelos fatos e fundamentos a seguir.\n\nI — DOS FATOS\n\n")
    ag, ac = g.agency(), g.account()
    bank = g.pick(BANKS)
    doc.f("1. Nas duas semanas anteriores ao pleito de «d», «o» investigad«o» «n» transferiu por Pix, a partir da conta mantida "
          "no «b» (agência «ag», conta «ac»), valores entre R$ 50,00 e R$ 200,00 a eleitores do bairro «br», conforme "
          "comprovantes obtidos com os próprios beneficiários:\n\n", d=dbr(ELECTION_DAY[year], "long"), o=coord.o,
          n=g.pick([P(g.pick([coord.short, coord.full])), V("(coordenador" + ("a" if coord.female else "") + ")")]),
          b=bank[1], ag=(ag, "BANK_ACCOUNT"), ac=(ac, "BANK_ACCOUNT"), br=g.pick(BAIRROS))
    rows = []
    for _ in range(g.ri(2, 3)):
        v = g.person()
        rows.append([P(g.pick([v.full, v.caps])), (g.cpf(), "BR_CPF") if g.chance(0.8) else V(g.masked_cpf()),
                     V("R$ " + brl(g.pick([50, 100, 100, 150, 200]) + 0.0)), V(dbr(ELECTION_DAY[year] - datetime.timedelta(days=g.ri(1, 14))))])
    table_ruled(doc, ["beneficiário", "CPF", "valor", "data"], rows, g.pick(["psql", "plain", "pipe"]))
    drv = g.person(female=False)
    doc.f("\n2. No dia da eleição, o veículo «v», placa «p», cedido à campanha, transportou eleitores da zona rural até a «e», "
          "dirigido por «n»«k», sem a autorização do art. 5º da Lei 6.091/1974.\n\n",
          v=g.pick(VEHICLES), p=(g.plate(), "LICENSE_PLATE"), e=g.pick(SCHOOLS), **g.pick([dict(n=P(drv.full), k=""), dict(n=V("um homem conhecido como "), k=P(drv.nick))]))
    doc.f("3. Áudios enviados do celular «t», utilizado pel«io» investigad«io», pedem que os beneficiários \"mandem foto da urna\". "
          "«w»\n\nII — DO DIREITO\n\nA conduta configura captação ilícita de sufrágio (art. 41-A da Lei 9.504/1997) e abuso do "
          "poder econômico (art. 22 da LC 64/1990), com gravidade suficiente para comprometer a normalidade do pleito.\n\n"
          "III — DOS PEDIDOS\n\na) a notificação dos investigados; b) a quebra do sigilo bancário da conta indicada; c) a cassação do "
          "registro ou diploma e a declaração de inelegibilidade por 8 (oito) anos; d) a oitiva das testemunhas abaixo.\n\n"
          "ROL DE TESTEMUNHAS:\n", io=coord.o, t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          w=g.pick(["As mensagens foram preservadas em ata notarial.", "", "Os arquivos seguem em mídia anexa."]))
    for k in range(2):
        w = g.person()
        doc.f("«k») «n», CPF «c», residente na «a», «b»", k=k + 1, n=P(g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"),
              a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS))
        if g.chance(0.5):
            doc.f(", telefone «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        doc.t(";\n")
    doc.f("\nDá-se à causa, para fins de alçada, o valor de R$ 1.000,00.\n\n«c», «d».\n\n", c=city,
          d=dbr(ELECTION_DAY[year] + datetime.timedelta(days=g.ri(3, 14)), "long"))
    lawyer_sig(g, doc, g.pick([1, 1, 1, 2]), dom=g.pick(["eleitoral.adv.br", "gmail.com", "advocaciaeleitoral.com.br"]))
    return doc


def ju_impugnacao_rrc(g: Gen) -> Doc:
    """The electoral prosecutor's AIRC against a candidate registration, with the RRC data and the declared assets."""
    doc = Doc()
    city, uf = city_of(g)
    zona = zona_n(g)
    cand = g.person()
    cargo = g.pick(CARGOS[cand.female][:5])
    year = elec_year(g, cargo)
    sg, pn, pnum = party(g)
    prom = g.person()
    doc.f("MINISTÉRIO PÚBLICO ELEITORAL\nPROMOTORIA ELEITORAL DA «z»ª ZONA — «c»/«u»\n\nRegistro de Candidatura (11532) nº «n»\n\n"
          "AÇÃO DE IMPUGNAÇÃO DE REGISTRO DE CANDIDATURA (art. 3º da LC 64/1990)\n\n", z=zona, c=fold(city).upper(), u=uf,
          n=g.cnj(uf, zona, year))
    doc.t("1. Dados do requerimento (RRC), extraídos do sistema CANDex:\n\n")
    b = ballot(g, cand)
    fields = [("Nome civil", P(cand.caps if g.chance(0.5) else cand.full)),
              ("CPF", (g.cpf(), "BR_CPF")),
              ("Título eleitoral", (g.titulo(uf=uf), "BR_TITULO_ELEITOR")),
              ("Data de nascimento", (g.dob("br", 1950, 2000), "DATE_OF_BIRTH")),
              ("Cargo / número", V(f"{cargo.capitalize()} / {cand_number(g, cargo, pnum)}")),
              ("Partido / federação", V(f"{sg} — {pn}")),
              ("Sequencial", V(g.neg(12))),
              ("E-mail", (g.email(cand), "EMAIL_ADDRESS")),
              ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("Endereço p/ notificação", (g.address(), "ADDRESS")),
              ("CEP", (g.cep(), "BR_CEP"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    doc.t("Nome de urna: ")
    put_ballot(doc, b, caps=True)
    doc.t("\n\n2. Bens declarados:\n")
    plate = g.plate()
    items = [("Casa residencial situada na «a», «c»", dict(a=(g.address(), "ADDRESS"), c=city)),
             ("Veículo «v» ano «y», placa «p»", dict(v=g.pick(VEHICLES), y=g.ri(2008, 2024), p=(plate, "LICENSE_PLATE"))),
             ("Saldo em conta corrente — ag. «ag», c/c «ac»", dict(ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))),
             ("Quotas da «e»", dict(e=g.pick(["Casa Amado Materiais de Escritório", "Auto Posto Leão do Vale Ltda.", "Farmácia Bom Pastor ME",
                                              "Transportes Prudente Ltda."]))),
             ("Terreno rural de «h» ha no município de «c»", dict(h=g.ri(2, 80), c=g.city()[0]))]
    for k, (tpl, vals) in enumerate(g.sample(items, g.ri(4, 5))):
        doc.t(f"   {k + 1}. ")
        doc.f(tpl, **vals)
        lo, hi = [(150, 900), (25, 180), (2, 60), (10, 300), (40, 800)][items.index((tpl, vals))]
        doc.f(" — R$ «v»\n", v=brl(g.ri(lo, hi) * 1000.0))
    doc.f("\n3. «O» impugnad«o» teve as contas de gestão como presidente da Câmara Municipal rejeitadas pelo Tribunal de Contas (processo "
          "TC-«tc»/«y»), por irregularidade insanável que configura ato doloso de improbidade, em decisão irrecorrível, incidindo na "
          "inelegibilidade do art. 1º, I, \"g\", da LC 64/1990. Consta ainda certidão criminal positiva (autos nº «cj»).\n\n"
          "4. Requer a notificação d«o» impugnad«o» no endereço e no e-mail do RRC e do «s» (CNPJ «cn»), e, ao final, o indeferimento do "
          "registro.\n\n«c», «d».\n\n«p»\nPromotor«a» Eleitoral\n", tc=g.d(5), y=year - g.ri(2, 6), cj=g.cnj_other(), s=sg,
          cn=(g.any_cnpj(), "BR_CNPJ"), c=city, d=dbr(datetime.date(year, 8, g.ri(16, 28)), "long"), p=P(g.pick([prom.full, prom.caps])),
          a="a" if prom.female else "", O=cand.o.upper(), o=cand.o)
    if g.chance(0.4):
        doc.f("Certidão: «io» impugnad«io» foi notificad«io» por mensagem ao WhatsApp «t» informado no RRC, em «d». «r», técnic«o» judiciári«o».\n",
              t=(g.phone("par"), "PHONE_NUMBER"), d=dbr(datetime.date(year, 8, 29)), r=P(g.person().full), o=g.pick(["a", "o"]),
              io=cand.o)
    return doc


def ju_representacao(g: Gen) -> Doc:
    """Sentence on irregular propaganda (an oversized car wrap, paid boosting from an unregistered profile) and its DJE note."""
    doc = Doc()
    city, uf = city_of(g)
    zona = zona_n(g)
    cand = g.person()
    cargo = g.pick(CARGOS[cand.female][:4])
    year = elec_year(g, cargo)
    sg, pn, pnum = party(g)
    judge = g.person()
    owner = g.person()
    staff = g.person()
    num = g.cnj(uf, zona, year)
    doc.f("JUSTIÇA ELEITORAL\n«z»ª ZONA ELEITORAL DE «c» — «u»\n\nREPRESENTAÇÃO (11541) Nº «n»\nREPRESENTANTE: «co»\nREPRESENTADOS: ",
          z=zona, c=fold(city).upper(), u=uf, n=num, co=fold(g.pick(COALITIONS)).upper())
    doc.e(cand.caps, "PERSON")
    doc.f("; «pn» («s») — ÓRGÃO MUNICIPAL, CNPJ «cn»\n\nSENTENÇA\n\n", pn=fold(pn).upper(), s=sg, cn=(g.any_cnpj(), "BR_CNPJ"))
    doc.f("Vistos. Trata-se de representação por propaganda eleitoral irregular ajuizada contra «n», candidat«o» a «cg», e seu "
          "partido. Alega a representante: (i) que o veículo «v», placa «p», de propriedade de «ow», circula envelopado com a "
          "imagem e o número d«o» candidat«o» em área superior a 0,5 m², vedada pelo art. 38, § 4º, da Lei 9.504/1997; (ii) que "
          "conteúdo com ataques a adversários foi impulsionado por perfil não informado à Justiça Eleitoral.\n\n",
          n=P(g.pick([cand.full, cand.short])), o=cand.o, cg=cargo, v=g.pick(VEHICLES), p=(g.plate(), "LICENSE_PLATE"),
          ow=P(g.pick([owner.full, owner.caps])))
    t = g.moments(1, datetime.date(year, 9, g.ri(1, 20)), 2)[0]
    doc.f("Oficiada, a plataforma informou que o perfil foi criado em «t», a partir do IP «ip», vinculado ao e-mail «e» e ao "
          "telefone «ph», cadastrados em nome de «st», assessor«a» da campanha. Os gastos com impulsionamento não constam da "
          "prestação de contas parcial.\n\n", t=ts(t, "brs"), ip=(g.ip(), "IP_ADDRESS"), e=(g.email(staff), "EMAIL_ADDRESS"),
          ph=(g.phone(g.pick(["e164", "par"])), "PHONE_NUMBER"), st=P(staff.full), a="a" if staff.female else "")
    doc.f("Notificados, os representados alegaram que o adesivo foi colocado por apoiador, sem conhecimento prévio. O Ministério "
          "Público Eleitoral opinou pela procedência.\n\nÉ o relatório. Decido.\n\nO prévio conhecimento decorre das "
          "circunstâncias: o veículo acompanhou a agenda d«o» candidat«o», e «ow2» é «r». Quanto ao impulsionamento, só candidatos, "
          "partidos e coligações podem contratá-lo, identificados pelo CNPJ ou CPF (art. 57-C da Lei 9.504/1997).\n\n"
          "Ante o exposto, JULGO PROCEDENTE a representação para determinar a retirada do adesivo em 24 horas e a remoção do "
          "conteúdo, e condenar os representados, solidariamente, à multa de R$ «m».\n\nP.R.I.\n\n«c», «d».\n\n«j»\nJu«ja» Eleitoral\n\n",
          ow2=g.pick([P(owner.first), V("o proprietário")]), r=g.pick(["cunhado do candidato", "filiado ao mesmo partido", "sócio do candidato",
                                                             "servidor comissionado da prefeitura"]),
          m=g.pick(["5.000,00", "10.000,00", "15.000,00", "25.000,00"]), c=city, d=dbr(datetime.date(year, 9, g.ri(20, 30)), "long"),
          j=P(g.pick([judge.full, judge.caps])), ja="íza" if judge.female else "iz", o=cand.o)
    doc.f("---\nDJE — TRE-«u» — Ano «y», nº «n» — Publicação: «d»\n«z»ª Zona Eleitoral — «nn» — Advogados: ", u=uf, y=g.ri(10, 20),
          n=g.ri(100, 240), d=dbr(datetime.date(year, 10, 1)), z=zona, nn=num)
    for k in range(2):
        lw = g.person()
        if k:
            doc.t("; ")
        doc.f("«n» («o»)", n=P(lw.caps), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    ch = g.person()
    if g.chance(0.5):
        doc.f(". Chefe de cartório: «c».\n", c=P(g.pick([ch.full, ch.short])))
    else:
        doc.f(". «c»\n", c=g.pick(["Intimação via DJE.", "Prazo recursal: 24 horas."]))
    return doc


def ju_sentenca_contas(g: Gen) -> Doc:
    """A judgment on a candidate's campaign accounts: a donor over the income limit, unidentified cash, undeclared vehicles."""
    doc = Doc()
    city, uf = city_of(g)
    zona = zona_n(g)
    cand = g.person()
    cargo = g.pick(CARGOS[cand.female][:4])
    year = elec_year(g, cargo)
    sg, pn, pnum = party(g)
    lw = g.person()
    ct = g.person()
    an = g.person(female=g.chance(0.6))
    judge = g.person()
    doc.f("PRESTAÇÃO DE CONTAS ELEITORAIS (12193) Nº «n»\nINTERESSAD«O»: «c», candidat«o» a «cg» pelo «s» (nº «num»)\n"
          "CPF: «cpf»   CNPJ DE CAMPANHA: «cn» (", n=g.cnj(uf, zona, year), O=cand.o.upper(), o=cand.o, c=P(cand.caps), cg=cargo, s=sg,
          num=cand_number(g, cargo, pnum), cpf=(g.cpf(), "BR_CPF"), cn=(g.cnpj(), "BR_CNPJ"))
    put_camp(doc, g, cand, cargo_gender(cargo), year)
    doc.f(")\nADVOGAD«a»: «l» — «o» — «e»\nCONTADOR«b»: «c» — «cr»\n\nSENTENÇA\n\n", a="A" if lw.female else "O", l=P(lw.caps),
          o=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(corp_mail(lw, g.pick(["eleitoral.adv.br", "gmail.com", "advocaciaeleitoral.com.br"]), g), "EMAIL_ADDRESS"), b="A" if ct.female else "", c=P(ct.caps), cr=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    donor = g.person()
    doc.f("Trata-se da prestação de contas «n», relativa às eleições de «y». O parecer técnico conclusivo, subscrito pel«a» "
          "analista «an», apontou:\n\n", n="d" + cand.o + " candidat" + cand.o, y=year, a="a" if an.female else "o", an=P(an.full))
    doc.f("a) doação de R$ «v» feita por «d», CPF «cpf», que excede 10% dos rendimentos brutos declarados pel«o» doador«a» no "
          "ano anterior (art. 23, § 1º, da Lei 9.504/1997) — a ser comunicada ao Ministério Público Eleitoral;\n",
          v=brl(g.ri(5, 60) * 1000.0), d=P(g.pick([donor.full, donor.caps])), cpf=(g.cpf(), "BR_CPF"), o=donor.o,
          a="a" if donor.female else "")
    doc.f("b) depósito em espécie de R$ «v» na conta «t» (agência «ag», conta «ac»), sem identificação do CPF do depositante, "
          "caracterizando recurso de origem não identificada (art. 32 da Res. TSE 23.607/2019);\n", v=brl(g.ri(800, 9000) + 0.0),
          t=g.pick(["Doações para Campanha", "Outros Recursos", "FEFC"]), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.t("c) despesas com combustível sem registro da locação ou cessão dos veículos abastecidos, placas ")
    for k in range(g.ri(2, 4)):
        if k:
            doc.t(", ")
        doc.e(g.plate(), "LICENSE_PLATE")
    mil = g.person()
    doc.f(" (art. 35, § 11, da mesma resolução);\nd) pagamento de R$ «v» a «m», CPF «cpf», por \"serviços de militância\", "
          "sem contrato nem comprovação da execução.\n\n", v=brl(g.ri(600, 3000) + 0.0), m=P(g.pick([mil.full, mil.caps])),
          cpf=(g.cpf(), "BR_CPF"))
    ok = g.chance(0.5)
    doc.f("Intimad«o», «o» candidat«o» juntou notas fiscais e termos de cessão firmados pelos proprietários de parte "
          "dos veículos, mas não esclareceu o depósito em espécie.\n\nAs falhas somam R$ «s», «p» do total arrecadado, o que «r».\n\n"
          "Ante o exposto, julgo as contas «j», com fundamento no art. 74, «inc», da Res. TSE 23.607/2019, e determino o "
          "recolhimento de R$ «rec» ao Tesouro Nacional, por GRU, em 5 dias do trânsito em julgado.\n\n«c», «d».\n\n«jz»\nJu«ja» "
          "Eleitoral da «z»ª Zona\n", o=cand.o, s=brl(g.ri(2000, 40000) + 0.0),
          p=f"{g.ri(2, 40)}%", r="permite a aprovação com ressalvas" if ok else "compromete a confiabilidade das contas",
          j="APROVADAS COM RESSALVAS" if ok else "DESAPROVADAS", inc="II" if ok else "III", rec=brl(g.ri(800, 9000) + 0.0), c=city,
          d=dbr(datetime.date(year + 1, g.ri(1, 6), g.ri(1, 28)), "long"), jz=P(judge.full), ja="íza" if judge.female else "iz", z=zona)
    return doc


def ju_ata_audiencia(g: Gen) -> Doc:
    """Minutes of an AIJE hearing: judge, prosecutor, lawyers, qualified witnesses on Pix for votes, a car's plate, the typist."""
    doc = Doc()
    city, uf = city_of(g)
    zona = zona_n(g)
    cand = g.person()
    cargo = g.pick(CARGOS[cand.female][:4])
    year = elec_year(g, cargo)
    cnum = cand_number(g, cargo, party(g)[2])
    judge, prom, lw1, lw2, typ = g.person(), g.person(), g.person(), g.person(), g.person()
    coord = g.person()
    d = datetime.date(year, g.ri(11, 12), g.ri(1, 28))
    caps = g.chance(0.3)
    up = caps_t if caps else (lambda s: s)
    doc.f(up("PODER JUDICIÁRIO — JUSTIÇA ELEITORAL\n«z»ª ZONA ELEITORAL DE «c»/«u»\nTERMO DE AUDIÊNCIA DE INSTRUÇÃO\n\n"
             "Processo: AIJE nº «n»\nData: «d», às «h», por videoconferência\n\n"), z=zona, c=fold(city).upper(), u=uf,
          n=g.cnj(uf, zona, year), d=dbr(d), h=g.hm())
    doc.f(up("Presentes: Ju«ja» Eleitoral «j»; Promotor«pa» Eleitoral «p»; pela investigante, «l1» («o1»); "
             "«o» investigad«o» «cd», acompanhad«o» de «l2» («o2»).\n\n"), ja=(fold("íza").upper() if caps else "íza") if judge.female else ("IZ" if caps else "iz"), j=P(judge.capsf if caps else judge.full),
          pa="a" if prom.female else "", p=P(prom.capsf if caps else prom.full), l1=P(lw1.capsf if caps else lw1.full),
          o1=(g.council("OAB", uf), "PROFESSIONAL_ID"), o=cand.o.upper() if caps else cand.o, cd=P(cand.capsf if caps else cand.full),
          l2=P(lw2.capsf if caps else lw2.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.t(up("Aberta a audiência, frustrada a conciliação por incabível, passou-se à oitiva das testemunhas.\n\n"))
    for k in range(2):
        w = g.person()
        doc.f(up("TESTEMUNHA «k»: "), k=k + 1)
        qualify(g, doc, w, caps=caps, where=(city, uf), titulo=g.chance(0.3), phone=g.chance(0.5))
        doc.t(up(". Compromissada, disse: "))
        kind = g.ri(0, 2)
        if kind == 0:
            doc.f(up("que recebeu um Pix de R$ «v» do celular «t», que estava no nome de «c»; que no mesmo dia «el» pediu o voto "
                     "no «n»; que apagou as mensagens depois.\n\n"), v=g.pick(["50,00", "100,00", "150,00"]),
                  t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), c=P(coord.capsf if caps else coord.full),
                  el=("ela" if coord.female else "ele").upper() if caps else ("ela" if coord.female else "ele"), n=cnum)
        elif kind == 1:
            drv = g.person(female=False)
            doc.f(up("que no dia da eleição o «k» passou na porta da casa dela com o carro placa «p» oferecendo carona até a "
                     "«e»; que não sabe se o carro era da campanha; que havia adesivos no vidro.\n\n"), k=P(fold(drv.nick).upper() if caps else drv.nick),
                  p=(g.plate(), "LICENSE_PLATE"), e=fold(g.pick(SCHOOLS)).upper() if caps else g.pick(SCHOOLS))
        else:
            doc.f(up("que trabalhou na campanha como cabo eleitoral e recebia R$ «v» por semana, pagos pela «t»; que não viu "
                     "compra de votos; que conhece «c» há muitos anos.\n\n"), v=g.pick(["300,00", "400,00", "500,00"]),
                  t=P(fold(g.person(female=True).first).upper() if caps else g.person(female=True).first), c=P(coord.capsf if caps else coord.full))
    doc.t(up("Pelo MM. Juiz foi dito: encerrada a instrução, intimem-se as partes para alegações finais no prazo comum de 2 "
             "(dois) dias (art. 22, X, da LC 64/1990). Nada mais. "))
    if g.chance(0.4):
        doc.t(up("Lido e achado conforme, vai assinado eletronicamente.\n"))
        return doc
    doc.f(up("Eu, «t», técnic«o» judiciári«o», digitei.\n"), t=P(typ.capsf if caps else typ.full), o=("a" if typ.female else "o").upper() if caps else ("a" if typ.female else "o"))
    return doc


def ju_notificacao_ocr(g: Gen) -> Doc:
    """OCR'd ALL CAPS notice to an absent poll worker (art. 124 of the Electoral Code) with its AR receipt."""
    doc = Doc()
    city, uf = city_of(g)
    zona = zona_n(g)
    sec = secao(g)
    m = g.person()
    chefe = g.person()
    year = g.pick([2024, 2024, 2026])
    d = ELECTION_DAY[year] + datetime.timedelta(days=g.ri(10, 60))
    O = lambda s: ocr_t(caps_t(s), g, 0.25)  # noqa: E731
    doc.f(O("JUSTIÇA ELEITORAL\nTRIBUNAL REGIONAL ELEITORAL «un»\nCARTÓRIO DA «z»ª ZONA ELEITORAL — «c»\n\n"
            "NOTIFICAÇÃO Nº «n»/«y» — MESÁRIO FALTOSO\n\n"), un=UF_NAME.get(uf, "DE " + uf), z=zona, c=fold(city).upper(),
          n=g.ri(1, 900), y=year)
    doc.f(O("NOTIFICADO(A): «nm»\nINSCRIÇÃO ELEITORAL: «t»   ZONA: «z»   SEÇÃO: «s»\nCPF: «cpf»\nENDEREÇO: «a» — «b» — CEP «cep»\n"),
          nm=P(ocr(m.capsf, g)), t=(g.titulo(uf=uf), "BR_TITULO_ELEITOR"), z=zona, s=sec, cpf=(g.cpf(), "BR_CPF"),
          a=(ocr(g.address("caps"), g), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), cep=(g.cep(), "BR_CEP"))
    if g.chance(0.75):
        doc.f(O("TELEFONE: «t»\n"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f(O("E-MAIL (CADASTRO DE MESÁRIOS): «e»\n"), e=(g.email(m).upper(), "EMAIL_ADDRESS"))
    doc.f(O("\nFICA V. SA. NOTIFICADO(A) DE QUE, REGULARMENTE CONVOCADO(A) PARA COMPOR A MESA RECEPTORA DA SEÇÃO «s», NO «e» ("
            "«l»), DEIXOU DE COMPARECER AOS TRABALHOS ELEITORAIS DE «d» SEM JUSTA CAUSA, SUJEITANDO-SE À MULTA DO ART. 124 DA LEI "
            "4.737/1965 (CÓDIGO ELEITORAL). NO PRAZO DE 30 (TRINTA) DIAS PODERÁ APRESENTAR JUSTIFICATIVA, COM DOCUMENTOS, NO CARTÓRIO "
            "OU PELO E-MAIL «m».\n\n«c», «dd».\n\n«ch»\nCHEFE DE CARTÓRIO\n\n"), s=sec, e=fold(g.pick(SCHOOLS)).upper(),
          l=g.pick(["RUA DA DEMOCRACIA", "AVENIDA BENTO GONCALVES", "PRACA DA MATRIZ", "RUA SAO BENTO", "AVENIDA PRINCESA ISABEL"]),
          d=dbr(ELECTION_DAY[year]), m=cart_mail(zona, uf, g).upper(), c=fold(city).upper(), dd=dbr(d, "caps"), ch=P(ocr(chefe.capsf, g)))
    rec = g.person()
    post = g.person()
    doc.f(O("AVISO DE RECEBIMENTO — AR «ar»\nDESTINATÁRIO: «dn»\nRECEBIDO POR: «r»   DOC.: RG «rg»\nDATA: «d»\nCARTEIRO: «c»  MAT. «mt»\n"),
          ar=f"{g.up(2)}{g.d(9)}BR", dn=P(ocr(m.capsf, g)), r=P(ocr(g.pick([rec.capsf, m.capsf]), g)), rg=(g.rg(), "BR_RG"),
          d=dbr(g.after(d, 2, 12)), c=P(ocr(post.capsf, g)), mt=g.d(8))
    return doc


def ju_contrato_locacao(g: Gen) -> Doc:
    """Rental of a car (or a sound car) to a campaign, with the lessor qualified, the account, witnesses and an e-signature log."""
    doc = Doc()
    city, uf = city_of(g)
    cand = g.person()
    cargo = g.pick(CARGOS[cand.female])
    year = elec_year(g, cargo)
    adm = g.person()
    own = g.person()
    som = g.chance(0.4)
    doc.f("CONTRATO DE LOCAÇÃO DE «o» PARA CAMPANHA ELEITORAL — ELEIÇÕES «y»\n\nLOCATÁRIA: ", o="VEÍCULO COM EQUIPAMENTO DE SOM"
          if som else "VEÍCULO", y=year)
    put_camp(doc, g, cand, cargo_gender(cargo), year)
    cm, om = g.email(cand), g.email(own)
    doc.f(", inscrita no CNPJ sob o nº «cn», neste ato representada pel«o» candidat«o» «c», CPF «c1», e pel«a» administrador«a2» "
          "financeir«a» «ad», CPF «c2»;\n\nLOCADOR«l»: ", cn=(g.cnpj(), "BR_CNPJ"), o=cand.o, c=P(cand.full), c1=(g.cpf(), "BR_CPF"),
          a=adm.o, a2="a" if adm.female else "", ad=P(adm.full), c2=(g.cpf(), "BR_CPF"), l="A" if own.female else "")
    qualify(g, doc, own, where=(city, uf), email=True, phone=True, titulo=g.chance(0.2), mail=om)
    plate = g.plate()
    doc.f(".\n\nCLÁUSULA 1ª — OBJETO. Locação do veículo «v», ano «y», placa «p», RENAVAM «r»«m».\n\n", v=g.pick(VEHICLES),
          y=g.ri(2005, 2023), p=(plate, "LICENSE_PLATE"), r=g.neg(11), m="")
    if g.chance(0.5):
        drv = g.person(female=False)
        doc.f("Parágrafo único. O veículo será conduzido por «d», CNH nº «c», indicado pelo LOCADOR, cuja remuneração integra o preço.\n\n",
              d=P(drv.full), c=(g.cnh(), "BR_CNH"))
    d1 = datetime.date(year, 8, 16)
    bank = g.pick(BANKS)
    doc.f("CLÁUSULA 2ª — PRAZO. De «d1» a «d2».\n\nCLÁUSULA 3ª — PREÇO. R$ «v», pagos em «n» por transferência da conta "
          "«t» da campanha para a conta do LOCADOR no «b», agência «ag», conta «ac», vedado pagamento em espécie.\n\n",
          d1=dbr(d1), d2=dbr(ELECTION_DAY[year] - datetime.timedelta(days=1)), v=brl(g.ri(1500, 12000) + 0.0), n=g.pick(["parcela única", "2 parcelas", "3 parcelas"]),
          t=g.pick(["Outros Recursos", "FEFC", "Doações para Campanha"]), b=bank[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    if som:
        doc.t("CLÁUSULA 4ª — SOM. O equipamento respeitará o limite de 80 dB a 7 metros e o horário das 8h às 22h, e não circulará a "
              "menos de 200 metros de hospitais, escolas e sedes de Poderes (art. 39, §§ 3º e 11, da Lei 9.504/1997).\n\n")
    doc.t("CLÁUSULA 5ª — DADOS PESSOAIS. Os dados do LOCADOR serão tratados para a prestação de contas à Justiça Eleitoral "
          "(Res. TSE 23.607/2019) e mantidos pelo prazo legal (Lei 13.709/2018).\n\n")
    cdate = d1 - datetime.timedelta(days=g.ri(0, 5))
    doc.f("«c», «d».\n", c=city, d=dbr(cdate, "long"))
    wits = []
    nw = g.pick([0, 2])
    if nw:
        doc.t("\nTestemunhas:\n")
    for _ in range(nw):
        w = g.person()
        wits.append(w)
        doc.f("«n» — CPF «c»\n", n=P(g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))
    t0 = g.moments(1, cdate, 1, (8, 12))[0]
    esign_log(g, doc, [(cand, cm), (adm, corp_mail(adm, g.pick(["gmail.com", "contabilidadeeleitoral.com.br"]), g)), (own, om)]
              + [(w, g.email(w)) for w in wits[:g.pick([0, 0, 1])]], t0)
    return doc


JU = [ju_aije, ju_impugnacao_rrc, ju_representacao, ju_sentenca_contas, ju_ata_audiencia, ju_notificacao_ocr, ju_contrato_locacao]


# =========================================================================== saude

DEFIC = [("mobilidade reduzida (usuária/o de cadeira de rodas)", "G82.1"), ("paralisia cerebral", "G80.1"),
         ("cegueira em ambos os olhos", "H54.0"), ("esclerose múltipla", "G35"), ("sequela de AVC", "I69.3"),
         ("síndrome de Down", "Q90.9"), ("transtorno do espectro autista", "F84.0"), ("amputação de membro inferior", "Z89.6"),
         ("baixa visão", "H54.2"), ("surdez bilateral", "H90.3"), ("artrose grave de quadril", "M16.0")]
CLINICS = [("Clínica Bem Viver", "clinica"), ("Policlínica Santa Luzia", "clinica"), ("Consultório Médico Dr. Vale", "consultorio"),
           ("Clínica da Mulher Aurora", "clinica"), ("Centro Médico Esperança", "clinica"), ("Ortoclínica Bento", "clinica")]


def sa_atestado_mesario(g: Gen) -> Doc:
    """A poll worker e-mails a medical certificate to the registry office; the office answers quoting it."""
    doc = Doc()
    city, uf = city_of(g)
    zona = zona_n(g)
    sec = secao(g)
    m = g.person()
    doc_ = g.person()
    srv = g.person(female=g.chance(0.6))
    year = g.pick([2024, 2024, 2026])
    t1 = datetime.datetime.combine(ELECTION_DAY[year] - datetime.timedelta(days=g.ri(5, 40)), datetime.time(g.ri(7, 22), g.ri(0, 59)))
    t2 = t1 + datetime.timedelta(hours=g.ri(4, 72))
    mm = g.email(m)
    sm = corp_mail(srv, tre_dom(uf), g)
    cm = cart_mail(zona, uf, g)
    doc.f("From: «s» <«sm»>\nTo: «m»«lt»«mm»«gt»\nCc: «cm»\nDate: «d»\nSubject: RE: Dispensa de mesário — seção «sec» — atestado\n\n",
          s=P(srv.full), sm=(sm, "EMAIL_ADDRESS"), **g.pick([dict(m=P(g.pick([m.full, m.caps])), lt=" <", gt=">"), dict(m="", lt="", gt="")]),
          mm=(mm, "EMAIL_ADDRESS"), cm=cm, d=mail_date(t2), sec=sec)
    doc.f("Prezad«o» «n»,\n\nO MM. Juiz da «z»ª Zona deferiu a dispensa. Será convocado suplente para a seção «sec». O atestado "
          "contém dado de saúde e fica restrito ao processo de convocação.\n\n«s»\n«r» — Cartório da «z»ª ZE/«u»\n\n",
          o=m.o, n=P(g.pick([m.first, m.full])), z=zona, sec=sec, s=P(g.pick([srv.full, srv.short, srv.first])),
          r=g.pick(TRE_ROLES[srv.female]), u=uf)
    doc.f("Em «d», «m» <«mm»> escreveu:\n", d=ts(t1, "br"), m=P(m.full), mm=(mm, "EMAIL_ADDRESS"))
    q = g.pick(["> ", ">"])
    tit = g.titulo(uf=uf)
    doc.f(q + "Bom dia, «n»título «t», convocad«o» como «f» na seção «sec» («e»). Não vou poder comparecer, segue o atestado "
          "(transcrevo porque o anexo ficou pesado):\n" + q + "\n", n=g.pick([P(m.full), V("")]), t=(tit, "BR_TITULO_ELEITOR"), o=m.o,
          f=g.pick(["1º mesário", "2º mesário", "secretári" + m.o, "president" + ("a" if m.female else "e") + " de mesa"]),
          sec=sec, e=g.pick(SCHOOLS))
    cli, _ = g.pick(CLINICS)
    cid = g.pick(["O26.8", "O21.0", "K35.8", "M54.5", "S82.1", "Z39.2", "N20.0", "J11.1", "F41.1"])
    doc.f(q + "  ATESTADO MÉDICO\n" + q + "  «c» — CNPJ «cn» — Tel. «tl»\n" + q + "  Atesto, para os devidos fins, que «n», "
          "nascid«o» em «dob», CPF «cpf», encontra-se sob meus cuidados, necessitando de afastamento de suas atividades por «k» "
          "dias a partir de «d». CID-10: «cid» (informado com autorização d«o» paciente).\n" + q + "  «dr»\n" + q + "  «crm»\n",
          c=cli, cn=(g.any_cnpj(), "BR_CNPJ"), tl=(g.phone("par", mobile=False), "PHONE_NUMBER"), n=P(g.pick([m.caps, m.full])),
          o=m.o, dob=(g.dob(g.pick(["br", "br", "short"]), 1960, 2004), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), k=g.ri(3, 30),
          d=dbr(t1.date()), cid=cid, dr=P(g.pick([doc_.full, doc_.caps])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f(q + "\n" + q + "Qualquer coisa meu celular é «t».\n" + q + "«n»\n", t=(g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER"),
          n=g.pick([P(g.pick([m.first, m.full, m.short])), V("Obrigad" + m.o + ".")]))
    return doc


def sa_acessibilidade(g: Gen) -> Doc:
    """A voter with a disability asks for an accessible section (laudo, companion), with the registry office's decision."""
    doc = Doc()
    city, uf = city_of(g)
    zona = zona_n(g)
    v = g.person()
    comp = g.relative(v)
    med = g.person()
    srv = g.person(female=g.chance(0.6))
    year = g.pick([2024, 2026])
    d = ELECTION_DAY[year] - datetime.timedelta(days=g.ri(40, 160))
    df, cid = g.pick(DEFIC)
    doc.f("TRIBUNAL REGIONAL ELEITORAL «un» — «z»ª ZONA ELEITORAL\nREQUERIMENTO DE ATENDIMENTO ESPECIAL E TRANSFERÊNCIA PARA SEÇÃO "
          "COM ACESSIBILIDADE\n(Lei 13.146/2015; Res. TSE 23.659/2021)\n\n", un=UF_NAME.get(uf, uf), z=zona)
    fields = [("Eleitor(a)", P(g.pick([v.full, v.caps]))),
              ("Inscrição", (g.titulo(uf=uf), "BR_TITULO_ELEITOR")),
              ("CPF", (g.cpf(), "BR_CPF")),
              ("Data de nascimento", (g.dob("br", 1935, 2006), "DATE_OF_BIRTH")),
              ("Endereço", (g.address(), "ADDRESS")),
              ("CEP", (g.cep(), "BR_CEP")),
              ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("Local atual", V(f"{g.pick(SCHOOLS)} — seção {secao(g)} (2º andar, sem elevador)")),
              ("Deficiência", V(df)),
              ("Necessidades", V(", ".join(g.sample(["acesso térreo", "rampa", "vaga de estacionamento", "acompanhante na cabina",
                                                      "fone de ouvido na urna", "intérprete de Libras", "prioridade na fila"], g.ri(1, 3)))))]
    if g.chance(0.7):
        fields += [("Acompanhante", P(g.pick([comp.full, comp.caps]))), ("CPF do acompanhante", (g.cpf(), "BR_CPF"))]
    if g.chance(0.6):
        fields.append(("E-mail", (g.email(g.pick([v, comp])), "EMAIL_ADDRESS")))
    if g.chance(0.5):
        fields.insert(4, ("Cartão SUS", (g.cns(), "BR_CNS")))
    kv_block(g, doc, fields, g.pick(["box", "dots", "plain"]))
    doc.f("\nLaudo anexo: «n», «c», de «d» — CID-10 «cid».\n", n=P(g.pick([med.full, med.caps])), c=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          d=dbr(g.after(d, -60, -1)), cid=cid)
    if g.chance(0.4):
        ft = g.person()
        doc.f("Relatório complementar: «n», fisioterapeuta, «c».\n", n=P(ft.full), c=(g.council("CREFITO"), "PROFESSIONAL_ID"))
    new = secao(g)
    doc.f("\nDECISÃO DO CARTÓRIO: deferida a transferência para a seção «s», «e» (térreo, rampa), a partir da eleição de «y». "
          "«O» eleitor«a» poderá ser auxiliad«o» na cabina por pessoa de sua confiança.\n«c», «d».\n«sv», «r».\n",
          s=new, e=g.pick(SCHOOLS), y=year, O="A" if v.female else "O", o=v.o, a="a" if v.female else "", c=city, d=dbr(g.after(d, 1, 15)),
          sv=P(g.pick([srv.full, srv.short])), r=g.pick(TRE_ROLES[srv.female]))
    return doc


def sa_upa_eleicao(g: Gen) -> Doc:
    """An emergency-unit record on election day: a poll worker or voter fainted at the polling place."""
    doc = Doc()
    city, uf = city_of(g)
    zona = zona_n(g)
    p = g.person()
    mom = g.person(female=True)
    pres = g.person()
    enf = g.person(female=g.chance(0.7))
    med = g.person()
    year = g.pick([2024, 2024, 2026])
    dd = g.pick([ELECTION_DAY[year], RUNOFF_DAY[year]])
    t = datetime.datetime.combine(dd, datetime.time(g.ri(7, 16), g.ri(0, 59)))
    role = g.pick(["mesári" + p.o + " convocad" + p.o + " para o local de votação", "eleitor" + ("a" if p.female else "") + " na fila do local de votação",
                   "fiscal de partido credenciad" + p.o + " no local de votação",
                   "president" + ("a" if p.female else "e") + " de mesa no local de votação"])
    doc.f("PREFEITURA MUNICIPAL DE «c» — SECRETARIA MUNICIPAL DE SAÚDE\n«u» — BOLETIM DE ATENDIMENTO Nº «n»\n\n",
          c=fold(city).upper(), u=g.pick(UPAS), n=f"{dd.year}{g.d(6)}")
    doc.f("Entrada: «t»    Classificação de risco: «r»\nPaciente: «p»    Sexo: «s»    Nasc.: «dn»\nCNS: «cns»\n",
          t=ts(t, "br"), r=g.pick(["AMARELO", "VERDE", "LARANJA"]), p=P(g.pick([p.caps, p.full])), s="F" if p.female else "M",
          dn=(g.dob(g.pick(["br", "br", "short"]), 1945, 2006), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"))
    if g.chance(0.85):
        doc.f("CPF: «c»\n", c=(g.cpf(), "BR_CPF"))
    doc.f("Mãe: «m»\nEndereço: «a» — «b» — CEP «cep»\nTelefone: «tl»\n", m=P(g.pick([mom.caps, mom.full])), a=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), tl=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("Trazido por: SAMU 192 — USB placa «pl»\n", pl=(g.plate(), "LICENSE_PLATE"))
    else:
        doc.f("Acompanhante: «a» («r» da seção «s») — tel. «t»\n", a=P(g.pick([pres.full, pres.short])),
              r=g.pick(["president" + ("a" if pres.female else "e"), "secretári" + pres.o, "fiscal"]), s=secao(g),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    kind = g.ri(0, 3)
    story = ["síncope na fila da seção após jejum prolongado; refere não ter tomado café", "tontura e sudorese na mesa receptora; "
             "diabético em uso de insulina, sem lanche desde as 6h", "cefaleia intensa e PA elevada após discussão com eleitor na "
             "seção", "crise de ansiedade com falta de ar durante a apuração da seção"][kind]
    cid = ["R55", "E16.2", "I10", "F41.0"][kind]
    doc.f("\nQueixa/HDA: «r» «e» (seção «s», «z»ª ZE); «h».\nSinais vitais: PA «pa» mmHg | FC «fc» bpm | "
          "SpO2 «sp»% | glicemia capilar «gl» mg/dL\nHipótese diagnóstica: CID-10 «cid»\nConduta: «c»\n\n", r=role, o=p.o,
          e=g.pick(SCHOOLS), s=secao(g), z=zona, h=story, pa=f"{g.ri(90, 190)}x{g.ri(60, 110)}", fc=g.ri(58, 124),
          sp=g.ri(93, 99), gl=g.ri(38, 260), cid=cid, c=g.pick(["soro glicosado, observação 2h, alta", "captopril SL, reavaliação, alta",
                                                               "repouso, hidratação oral, alta com orientações", "diazepam 5 mg VO, alta"]))
    doc.f("Enfermagem: «e» — «ce»\nMédic«o»: «m» — «cm»\n", e=P(g.pick([enf.full, enf.short])), ce=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          o=med.o, m=P(g.pick([med.full, med.caps])), cm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("Emitida declaração de comparecimento (para apresentar ao cartório da «z»ª ZE e justificar a ausência à mesa). «w»\n",
          z=zona, w=g.pick(["", "Paciente orientado a não retornar à seção hoje.", "Comunicado o juiz eleitoral por telefone."]))
    return doc


def sa_csv_dispensas(g: Gen) -> Doc:
    """A registry office's CSV of poll workers excused on health grounds, and the chief's note on copied certificates."""
    doc = Doc()
    city, uf = city_of(g)
    zona = zona_n(g)
    year = g.pick([2024, 2026])
    chefe = g.person()
    sus_doc = g.person()
    sus_crm = g.council("CRM", uf)
    doc.f("# TRE-«u» | «z»ª ZE «c» | mesarios_dispensa_saude_«y».csv | gerado em «d»\n", u=uf, z=zona, c=city, y=year,
          d=ts(datetime.datetime.combine(ELECTION_DAY[year] - datetime.timedelta(days=g.ri(3, 20)), datetime.time(g.ri(8, 18), g.ri(0, 59)))))
    cols = ["nome", "inscricao", "telefone", "secao", "funcao", "cid", "crm_medico", "data_atestado", "situacao"]
    rows = []
    n = g.ri(4, 6)
    sus_rows = set(g.sample(range(n), g.ri(2, 3)))
    day = ELECTION_DAY[year] - datetime.timedelta(days=g.ri(10, 30))
    for k in range(n):
        p = g.person()
        if k in sus_rows:
            crm, dt, cid = sus_crm, day, "M54.5"
        else:
            crm, dt, cid = g.council("CRM", uf), g.after(day, -20, 10), cid_health(g)
        rows.append([P(g.pick([p.full, p.caps, p.full])), (g.titulo(spaced=False, uf=uf), "BR_TITULO_ELEITOR"),
                     (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER") if g.chance(0.85) else V(""), V(secao(g)),
                     V(g.pick(["MESARIO 1", "MESARIO 2", "SECRETARIO", "PRESIDENTE", "SUPLENTE", "APOIO LOGISTICO"])), V(cid),
                     (crm, "PROFESSIONAL_ID"), V(dbr(dt)),
                     V(g.pick(["DEFERIDO", "DEFERIDO", "EM ANALISE", "INDEFERIDO"]))])
    table_csv(doc, cols, rows, ";")
    cm = corp_mail(chefe, tre_dom(uf), g)
    doc.f("\nNota da chefia («c», «cm»): «k» atestados foram emitidos pel«o» mesm«o» médic«o», «d» («crm»), na mesma data e com o "
          "mesmo CID. A clínica informou o telefone «t» para confirmação. Suspender os deferimentos, oficiar o CRM e dar vista ao "
          "Ministério Público Eleitoral (possível falsidade — art. 350 do Código Eleitoral). «w»\n", c=P(g.pick([chefe.full, chefe.short])),
          cm=(cm, "EMAIL_ADDRESS"), k=len(sus_rows), o=sus_doc.o, d=P(sus_doc.full), crm=(sus_crm, "PROFESSIONAL_ID"),
          t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"),
          w=g.pick(["Dados de saúde: não circular fora do cartório.", "", "Cópia para " + cart_mail(zona, uf, g) + "."]))
    return doc


def sa_acidente_cabo(g: Gen) -> Doc:
    """An emergency record of a paid campaign worker hit by a car at a flag-waving, with the campaign as employer."""
    doc = Doc()
    city, uf = city_of(g)
    p = g.person()
    cand = g.person()
    cargo = g.pick(CARGOS[cand.female])
    year = elec_year(g, cargo)
    coord = g.person()
    drv = g.person()
    orto = g.person()
    rel = g.relative(p)
    inj, inj_c = g.pick([(dict(e="escoriações em MMII, dor e deformidade em perna D", rx="fratura de diáfise de tíbia D", cid="S82.2"),
                          g.pick(["tala gessada e retorno ambulatorial", "internação para osteossíntese"])),
                         (dict(e="TCE leve, Glasgow 15, corte em supercílio", rx="crânio sem fraturas", cid="S01.1"), "sutura e alta"),
                         (dict(e="dor em punho E com edema", rx="fratura de rádio distal E", cid="S52.5"), "redução e gesso axilopalmar"),
                         (dict(e="escoriações múltiplas, sem déficit", rx="sem fraturas", cid="T14.0"), "curativo e alta")])
    t = datetime.datetime.combine(ELECTION_DAY[year] - datetime.timedelta(days=g.ri(3, 45)), datetime.time(g.ri(7, 20), g.ri(0, 59)))
    doc.f("«h» — PRONTO-SOCORRO\nFICHA DE ATENDIMENTO — ACIDENTE DE TRÂNSITO / TRABALHO    FA «n»    «t»\n\n",
          h=g.pick(["Hospital Municipal São Bento", "Hospital Regional Vale do Rio", "Santa Casa de Misericórdia", "Hospital Prudente de Morais"]),
          n=g.d(7), t=ts(t, "br"))
    fields = [("Paciente", P(g.pick([p.full, p.caps]))), ("Nascimento", (g.dob("br", 1960, 2006), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF")), ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
              ("Ocupação", V("cabo eleitoral (contrato de campanha)"))]
    if g.chance(0.5):
        fields.append(("NIT", (g.pis(), "BR_PIS")))
    if g.chance(0.5):
        fields.insert(2, ("CNS", (g.cns(), "BR_CNS")))
    kv_block(g, doc, fields, g.pick(["dots", "plain"]))
    doc.t("Contratante: ")
    put_camp(doc, g, cand, cargo_gender(cargo), year)
    doc.f(" — CNPJ «c»\n\n", c=(g.cnpj(), "BR_CNPJ"))
    doc.f("História: durante bandeiraço no cruzamento da «a», foi atingid«o» por automóvel «v» placa «pl»; condutor «d» "
          "«x». BO nº «bo».\nExame: «e»\nRX: «rx»\nHipótese: CID-10 «cid» / V03.1\n",
          a=g.pick(["Av. Getúlio Vargas com a Rua São Bento", "Av. Bento Gonçalves com Rua da Aurora", "Rua Tiradentes com Av. Beira Rio"]),
          o=p.o, v=g.pick(VEHICLES), pl=(g.plate(), "LICENSE_PLATE"), d=P(g.pick([drv.full, drv.short])),
          x=g.pick(["prestou socorro e aguardou a PM", "evadiu-se; placa anotada por testemunha", "acompanhou a vítima até o hospital"]),
          bo=f"{g.d(4)}/{year}", **inj)
    doc.f("Conduta: avaliação da ortopedia («o», «oc»); «c».\n", o=P(orto.full), oc=(g.council("CRM", uf), "PROFESSIONAL_ID"), c=inj_c)
    doc.f("Comunicado: coordenação da campanha, «c», tel. «t». Contato de emergência: «r» («k»), «tt».\n",
          c=P(g.pick([coord.full, coord.short])), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), r=P(rel.full),
          k=g.pick(["filha", "irmã"] if rel.female else ["filho", "irmão"]), tt=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("Obs.: contrato de campanha não gera vínculo empregatício (art. 100 da Lei 9.504/1997); emissão de CAT a verificar com o "
          "serviço social. «w»\n", w=g.pick(["", "Paciente sem uso de colete refletivo.", "Bandeira da campanha recolhida pela equipe."]))
    return doc


def sa_esus_jsonl(g: Gen) -> Doc:
    """A health unit's e-SUS export as JSON lines on election weekend (home visits, certificates to justify absence)."""
    doc = Doc()
    city, uf = city_of(g)
    ubs = g.pick(UBS)
    year = g.pick([2024, 2026])
    d = ELECTION_DAY[year] - datetime.timedelta(days=g.ri(0, 2))
    coord = g.person(female=g.chance(0.7))
    doc.f("# export e-SUS APS — «u» — «c»/«uf» — «d»\n", u=ubs, c=city, uf=uf, d=dbr(d, "iso"))
    times = g.moments(g.ri(3, 4), d, 1, (7, 19))
    for t in times:
        p = g.person()
        prof = g.person()
        kind = g.pick(["CRM", "COREN", "login", "login"])
        rec = {"ts": ts(t, "iso"), "unidade": ubs, "cidadao": P(g.pick([p.full, p.caps])), "cns": (g.cns(spaced=False), "BR_CNS"),
               "dn": (g.dob("iso", 1930, 2006), "DATE_OF_BIRTH")}
        if g.chance(0.8):
            rec["tel"] = (g.phone(g.pick(["raw", "e164"])), "PHONE_NUMBER")
        rec["tipo"] = g.pick(["visita domiciliar", "consulta", "atestado", "procedimento"])
        rec["cid"] = g.pick(["I69.4", "G30.1", "M17.0", "J44.9", "Z74.0", "N18.5", "I10", "E11.9"])
        rec["obs"] = g.pick(["declaração para justificativa eleitoral", "eleitor acamado — orientado justificativa pelo e-Título",
                             "atestado p/ dispensa de mesário", "sem relação com a eleição"])
        if kind == "login":
            rec["profissional"] = login(prof, g)
        else:
            rec["profissional"] = P(g.pick([prof.full, prof.short]))
            rec["conselho"] = (g.council(kind, uf), "PROFESSIONAL_ID")
        jval(doc, rec, None)
        doc.t("\n")
    doc.f("\nNota («n», «c», coordenação): atestados emitidos para fins eleitorais não devem trazer CID sem autorização do "
          "paciente. Dúvidas: «m». Lista de acamados enviada ao cartório pelo «r».\n", n=P(g.pick([coord.full, coord.short])),
          c=(g.council("COREN", uf), "PROFESSIONAL_ID"), m=(corp_mail(coord, f"saude.{slug(city)[:12]}.{uf.lower()}.gov.br", g), "EMAIL_ADDRESS"),
          r=f"ubs@saude.{slug(city)[:12]}.{uf.lower()}.gov.br")
    return doc


def sa_laudo_ocr(g: Gen) -> Doc:
    """OCR'd ALL CAPS medical report for an open-ended electoral quittance (Res. TSE 21.920/2004), with the office's receipt."""
    doc = Doc()
    city, uf = city_of(g)
    zona = zona_n(g)
    p = g.person()
    med = g.person()
    cur = g.relative(p)
    srv = g.person()
    d = g.day()
    O = lambda s: ocr_t(caps_t(s), g, 0.25)  # noqa: E731
    dx, cid = g.pick([("DOENÇA DE ALZHEIMER EM ESTÁGIO AVANÇADO", "G30.1"), ("ESCLEROSE LATERAL AMIOTRÓFICA", "G12.2"),
                      ("PARALISIA CEREBRAL COM TETRAPARESIA", "G80.0"), ("SEQUELA GRAVE DE AVC, ACAMADO", "I69.4"),
                      ("DEFICIÊNCIA INTELECTUAL GRAVE", "F72"), ("ATROFIA MUSCULAR ESPINHAL", "G12.1")])
    doc.f(O("«cl»\n«a»\n\nLAUDO MÉDICO\n(PARA REQUERIMENTO DE CERTIDÃO DE QUITAÇÃO ELEITORAL POR PRAZO INDETERMINADO — RES. TSE 21.920/2004)\n\n"),
          cl=fold(g.pick(CLINICS)[0]).upper(), a=fold(city).upper() + " - " + uf)
    doc.f(O("PACIENTE: «n»\nDATA DE NASCIMENTO: «dn»\nCPF: «c»   TÍTULO: «t»\nENDEREÇO: «a» — CEP «cep»\n\n"),
          n=P(ocr(p.capsf, g)), dn=(g.dob("br", 1930, 2010), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"), t=(g.titulo(uf=uf), "BR_TITULO_ELEITOR"),
          a=(ocr(g.address("caps"), g), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f(O("DECLARO QUE O(A) PACIENTE É PORTADOR(A) DE «dx» (CID-10 «cid»), CONDIÇÃO PERMANENTE QUE TORNA IMPOSSÍVEL O CUMPRIMENTO "
            "DAS OBRIGAÇÕES ELEITORAIS DE ALISTAMENTO E VOTO.\n\n«c», «d».\n\n«m»\n«crm»\n\n"), dx=ocr(fold(dx), g), cid=cid, c=fold(city).upper(),
          d=dbr(d, "caps"), m=P(ocr(med.capsf, g)), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f(O("CARTÃO SUS DO PACIENTE: «c»\n"), c=(g.cns(), "BR_CNS"))
    doc.f(O("REQUERENTE (CURADOR/A): «n» — CPF «c»«ep»«e» — TEL. «t»\n"), n=P(ocr(cur.capsf, g)), c=(g.cpf(), "BR_CPF"),
          **g.pick([dict(ep="", e=""), dict(ep=" — E-MAIL ", e=(g.email(cur).upper(), "EMAIL_ADDRESS"))]),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f(O("RECEBIDO NO CARTÓRIO DA «z»ª ZONA EM «d» — «s» — MAT. «m»\n"), z=zona, d=dbr(g.after(d, 1, 20)), s=P(ocr(srv.capsf, g)),
          m=g.d(6))
    return doc


SA = [sa_atestado_mesario, sa_acessibilidade, sa_upa_eleicao, sa_csv_dispensas, sa_acidente_cabo, sa_esus_jsonl, sa_laudo_ocr]


# =========================================================================== financeiro


def fi_spce_receitas(g: Gen) -> Doc:
    """An SPCE-like export of a campaign's receipts (semicolon CSV), the three campaign accounts, the accountant's note."""
    doc = Doc()
    city, uf = city_of(g)
    cand = g.person()
    cargo = g.pick(CARGOS[cand.female])
    year = elec_year(g, cargo)
    sg, pn, pnum = party(g)
    ct = g.person()
    doc.f("SPCE Cadastro — Eleições «y» — Relatório de receitas (exportação)\nPrestador: ", y=year)
    put_camp(doc, g, cand, cargo_gender(cargo), year)
    doc.f(" — CNPJ «cn»\nCandidat«o»: «c» — CPF «cpf» — «cg» — nº «n» («s»)\n", cn=(g.cnpj(style=g.pick(["dot", "raw"])), "BR_CNPJ"),
          o=cand.o, c=P(cand.full), cpf=(g.cpf(), "BR_CPF"), cg=cargo, n=cand_number(g, cargo, pnum), s=sg)
    bank = g.pick(BANKS[:5])
    for t in g.sample(["Doações para Campanha", "Outros Recursos", "FEFC", "Fundo Partidário"], g.ri(2, 3)):
        doc.f("Conta «t»: «b» («bc») ag. «ag» c/c «ac»\n", t=t, b=bank[1], bc=bank[0], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.t("\n")
    cols = ["SEQ", "DATA", "CPF_CNPJ_DOADOR", "NOME_DOADOR", "ESPECIE", "FONTE", "VALOR", "RECIBO"]
    rows = []
    d0 = datetime.date(year, 8, 16)
    donors = []
    for k in range(g.ri(4, 5)):
        dt = g.after(d0, 0, 48)
        r = g.rng.random()
        if k == 0 and g.chance(0.6):
            rows.append([V(str(k + 1)), V(dbr(dt)), (g.cnpj(style="raw"), "BR_CNPJ"), V(f"DIRECAO MUNICIPAL/COMISSAO PROVISORIA {sg}"),
                         V("TRANSFERENCIA"), V(g.pick(["FEFC", "FUNDO PARTIDARIO"])), V(brl(g.ri(3, 60) * 1000.0)), V(recibo(g, uf, pnum))])
            continue
        if r < 0.15:
            rows.append([V(str(k + 1)), V(dbr(dt)), (g.cpf("raw"), "BR_CPF"), P(cand.capsf), V("DEPOSITO"), V("RECURSOS PROPRIOS"),
                         V(brl(g.ri(500, 8000) + 0.0)), V(recibo(g, uf, pnum))])
            continue
        p = g.person()
        donors.append(p)
        rows.append([V(str(k + 1)), V(dbr(dt)), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), P(g.pick([p.capsf, p.capsf, p.full])),
                     V(g.pick(["PIX", "PIX", "TRANSFERENCIA", "CHEQUE", "CARTAO (FIN. COLETIVO)", "ESTIMAVEL"])), V("OUTROS RECURSOS"),
                     V(brl(g.pick([100, 200, 300, 500, 1000, 1500, 2500]) + 0.0)), V(recibo(g, uf, pnum))])
    table_csv(doc, cols, rows, ";")
    if donors:
        p = g.pick(donors)
        other = g.person()
        doc.f("\nObs. da contabilidade («c», «cr»): o Pix atribuído a «d» saiu da conta de «o», CPF «cpf» (consta no comprovante "
              "do banco). Doação por interposta pessoa: estornar ao pagador e, não sendo possível, recolher ao Tesouro "
              "(Res. TSE 23.607/2019, art. 32). «w»\n", c=g.pick([P(g.pick([ct.full, ct.short])), V("contador")]), cr=(g.council("CRC", uf), "PROFESSIONAL_ID"),
              d=P(g.pick([p.full, p.first])), o=P(other.full), cpf=(g.cpf(), "BR_CPF"),
              w=g.pick(["", "Prazo da parcial: 15 de setembro.", "Doações acima de R$ 1.064,10 só por transferência.", word_neg(g)]))
    return doc


def fi_extrato_jsonl(g: Gen) -> Doc:
    """A campaign account's bank API statement as JSON lines: logins, Pix in and out, a TED, a returned corporate donation."""
    doc = Doc()
    cand = g.person()
    cargo = g.pick(CARGOS[cand.female])
    year = elec_year(g, cargo)
    adm = g.person()
    an = g.person(female=g.chance(0.6))
    ag, ac = g.agency(False), g.account()
    doc.f("# GET /v2/contas/«ag»/«ac»/extrato?de=«d1»&ate=«d2» — conta «t» — titular: ", ag=(ag, "BANK_ACCOUNT"), ac=(ac, "BANK_ACCOUNT"),
          d1=f"{year}-09-01", d2=f"{year}-09-30", t=g.pick(["Doações para Campanha", "Outros Recursos", "FEFC"]))
    put_camp(doc, g, cand, cargo_gender(cargo), year)
    doc.t("\n")
    times = g.moments(11, datetime.date(year, 9, g.ri(1, 20)), 8, (6, 23))
    lg = login(adm, g)
    events = ["login", "in", "in", "out_cnpj", "out_cpf", "ted", "dev", "in", "login_priv", "login", "out_cnpj"]
    g.rng.shuffle(events)
    for t, ev in zip(times, events):
        rec: dict = {"ts": ts(t, "iso")}
        if ev == "login":
            rec.update({"evento": "LOGIN", "usuario": lg, "ip": (g.ip(), "IP_ADDRESS"), "dispositivo": g.pick(["app-android", "app-ios", "web"])})
        elif ev == "login_priv":
            rec.update({"evento": "LOGIN", "usuario": lg, "ip": g.ip_priv(), "obs": "gateway interno"})
        elif ev == "in":
            p = g.person()
            rec.update({"tipo": "PIX_IN", "valor": float(g.pick([50, 100, 200, 300, 500, 1000])),
                        "pagador": {"nome": P(g.pick([p.capsf, p.full])), "cpf": (g.cpf("raw"), "BR_CPF") if g.chance(0.8) else g.masked_cpf()},
                        "e2e": e2e(g, t)})
        elif ev == "out_cnpj":
            rec.update({"tipo": "PIX_OUT", "valor": float(g.ri(300, 9000)), "recebedor": {"nome": g.pick(SUPPLIERS)[0], "cnpj": (g.cnpj(style="raw"), "BR_CNPJ")},
                        "chave": (g.uuid(), "PIX_KEY") if g.chance(0.5) else "cnpj", "e2e": e2e(g, t)})
        elif ev == "out_cpf":
            p = g.person()
            _, key = pix_key(g, p)
            rec.update({"tipo": "PIX_OUT", "valor": float(g.pick([400, 500, 600, 800])), "recebedor": {"nome": P(p.capsf), "cpf": (g.cpf("raw"), "BR_CPF")},
                        "chave": key, "descricao": g.pick(["militancia sem 2", "motorista carreata", "cabo eleitoral", "panfletagem"])})
        elif ev == "ted":
            p = g.person()
            rec.update({"tipo": "TED_OUT", "valor": float(g.ri(800, 6000)), "favorecido": {"nome": P(p.capsf), "cpf": (g.cpf("raw"), "BR_CPF"),
                        "banco": g.pick(BANKS)[0], "agencia": (g.agency(False), "BANK_ACCOUNT"), "conta": (g.account(), "BANK_ACCOUNT")},
                        "descricao": "locacao veiculo"})
        else:
            rec.update({"tipo": "PIX_DEVOLUCAO", "valor": float(g.ri(500, 5000)), "pagador": {"nome": g.pick(["PADARIA FLOR DE LIS LTDA", "AUTO PECAS BENTO ME",
                        "CONSTRUTORA AURORA LTDA", "MERCADINHO PRUDENTE ME"]), "cnpj": (g.cnpj(style="raw"), "BR_CNPJ")},
                        "motivo": "doacao de pessoa juridica vedada (art. 31, Res. TSE 23.607/2019)"})
        jval(doc, rec, None)
        doc.t("\n")
    doc.f("\n-- nota («a», conciliação): «x»\n", a=P(g.pick([an.full, an.first])),
          x=g.pick(["PIX_IN sem CPF do pagador vai para RONI até identificar.", "Conferir o login de madrugada; o administrador diz que não foi ele.",
                    "Devolução da PJ feita no mesmo dia; anexar comprovante ao SPCE."]))
    return doc


def fi_despesas_tabela(g: Gen) -> Doc:
    """A campaign's expense report (ruled table) and its vehicles detail (plates, owners, CPF)."""
    doc = Doc()
    city, uf = city_of(g)
    cand = g.person()
    cargo = g.pick(CARGOS[cand.female])
    year = elec_year(g, cargo)
    adm = g.person()
    ct = g.person()
    doc.f("RELATÓRIO DE DESPESAS CONTRATADAS — ELEIÇÕES «y»\nCandidat«o»: «c» («cg») — CNPJ de campanha «cn»\n\n", y=year, o=cand.o,
          c=P(g.pick([cand.full, cand.caps])), cg=cargo, cn=(g.cnpj(), "BR_CNPJ"))
    rows = []
    for _ in range(g.ri(4, 6)):
        if g.chance(0.55):
            sup, kind = g.pick(SUPPLIERS)
            rows.append([V(sup), (g.any_cnpj(), "BR_CNPJ"), V(kind), V("R$ " + brl(g.ri(300, 25000) + 0.0)), V(f"NF-e {g.ri(1, 99999)}"),
                         V(g.pick(["boleto", "TED", "Pix (CNPJ)"]))])
        else:
            p = g.person()
            pcpf = g.cpf()
            rows.append([P(g.pick([p.full, p.caps])), (pcpf, "BR_CPF"), V(g.pick(["serviços de militância", "motorista", "locação de veículo",
                                                                                   "cessão de imóvel (comitê)", "coordenação de equipe"])),
                         V("R$ " + brl(g.ri(400, 4000) + 0.0)), V(g.pick(["recibo eleitoral", "contrato + recibo", "RPA"])),
                         pix_key(g, p, pcpf)[1]])
    table_ruled(doc, ["fornecedor / prestador", "CPF/CNPJ", "tipo de gasto", "valor", "documento", "pagamento / chave Pix"], rows,
                g.pick(["plus", "psql", "pipe"]))
    doc.t("\nDetalhamento dos veículos (art. 35, § 11, Res. TSE 23.607/2019):\n\n")
    vrows = []
    for _ in range(g.ri(2, 3)):
        o = g.person()
        vrows.append([(g.plate(), "LICENSE_PLATE"), V(g.pick(VEHICLES)), P(g.pick([o.full, o.caps])), (g.cpf(), "BR_CPF"),
                      V(g.pick(["cessão gratuita", "locação", "uso do candidato"]))])
    if g.chance(0.5):
        table_md(doc, ["placa", "modelo", "proprietário", "CPF", "modalidade"], vrows)
    else:
        table_ruled(doc, ["placa", "modelo", "proprietário", "CPF", "modalidade"], vrows, "plain")
    doc.f("\nAdministrador«a» financeir«o»: «ad» — CPF «c»\nContador«b»: «ct» — «cr»\n", a="a" if adm.female else "", o=adm.o,
          ad=P(g.pick([adm.full, adm.caps])),
          c=(g.cpf(), "BR_CPF"), b="a" if ct.female else "", ct=P(ct.full), cr=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    return doc


def fi_abastecimento(g: Gen) -> Doc:
    """A filling station's fixed-width fuel report for a campaign (plates, drivers cut, CNH), with the accountant's note."""
    doc = Doc()
    city, uf = city_of(g)
    cand = g.person()
    cargo = g.pick(CARGOS[cand.female])
    year = elec_year(g, cargo)
    posto = g.pick(["AUTO POSTO LEAO DO VALE LTDA", "POSTO ESTRELA DO NORTE LTDA", "AUTO POSTO BENTO COMBUSTIVEIS LTDA", "POSTO PRUDENTE ME"])
    doc.f("«p»   CNPJ «cn»\nRELATORIO DE ABASTECIMENTOS A FATURAR — CLIENTE: ", p=posto, cn=(g.cnpj(), "BR_CNPJ"))
    put_camp(doc, g, cand, cargo_gender(cargo), year)
    d0 = datetime.date(year, 9, g.ri(1, 15))
    doc.f("\nCNPJ CLIENTE «c»   PERIODO «d1» A «d2»\n\n", c=(g.cnpj(style="raw"), "BR_CNPJ"), d1=dbr(d0), d2=dbr(d0 + datetime.timedelta(days=14)))
    doc.t("DATA       HORA   PLACA     MOTORISTA             CNH          COMB   LITROS    VALOR R$   CUPOM\n")
    doc.t("-" * 98 + "\n")
    plates = [g.plate(old=False) for _ in range(g.ri(2, 4))]
    drivers = [g.person() for _ in plates]
    cnhs = [g.cnh() for _ in plates]
    total = 0.0
    for _ in range(g.ri(3, 5)):
        k = g.ri(0, len(plates) - 1)
        lit = round(g.ri(150, 600) / 10, 2)
        val = round(lit * g.pick([5.89, 6.19, 6.39, 6.09]), 2)
        total += val
        doc.cell(dbr(g.after(d0, 0, 14)), 10)
        doc.t(" ")
        doc.cell(g.hm(), 5)
        doc.t("  ")
        doc.cell(plates[k], 8, "LICENSE_PLATE")
        doc.t("  ")
        if g.chance(0.6):
            doc.cell(cut(fold(drivers[k].full).upper(), 20), 20, "PERSON")
        else:
            doc.cell("-", 20)
        doc.t("  ")
        if g.chance(0.75):
            doc.cell(cnhs[k], 11, "BR_CNH")
        else:
            doc.cell("-", 11)
        doc.t("  ")
        doc.cell(g.pick(["GC", "GA", "DS10", "ET"]), 5)
        doc.t("  ")
        doc.cell(kg(lit, 2), 7, right=True)
        doc.t("  ")
        doc.cell(brl(val), 9, right=True)
        doc.t("  ")
        doc.t(f"{g.d(6)}\n")
    doc.t("-" * 98 + "\n")
    doc.f("TOTAL A FATURAR: R$ «t»   OPERADOR: «f»\n\n", t=brl(total), f=login(g.person(), g).upper())
    own = g.person()
    doc.f("Obs. («c», contabilidade da campanha): a placa «p» não consta em nenhum termo de cessão; o dono seria «o», CPF «cpf», "
          "fone «t». Sem o termo, o combustível vira gasto irregular na prestação de contas.\n", c=g.pick([P(g.person().full), V("CRC")]),
          p=(plates[0], "LICENSE_PLATE"), o=P(g.pick([own.full, own.short])), cpf=(g.cpf(), "BR_CPF"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def fi_financiamento_coletivo(g: Gen) -> Doc:
    """A crowdfunding platform's donor report (Markdown) and a donor's e-mail contesting a charge with the full card number."""
    doc = Doc()
    cand = g.person()
    cargo = g.pick(CARGOS[cand.female])
    year = elec_year(g, cargo)
    plat, pdom = g.pick([("Vakinha Cidadã Arrecadações Ltda.", "vakinhacidada.com.br"), ("DoaVoto Pagamentos S.A.", "doavoto.com.br"),
                         ("Apoie Já Financiamento Coletivo Ltda.", "apoieja.com.br")])
    doc.f("## «p» — relatório de doações repassadas\nCNPJ da plataforma: «cn» · campanha de «c» (nº «n») · referência «y»\n\n",
          p=plat, cn=(g.any_cnpj(), "BR_CNPJ"), c=P(cand.short), n=cand_number(g, cargo, party(g)[2]), y=year)
    rows = []
    donors, mails = [], []
    for _ in range(g.ri(3, 4)):
        p = g.person()
        donors.append(p)
        pmail = g.email(p)
        mails.append(pmail)
        rows.append([P(g.pick([p.full, p.full, p.caps])), (g.cpf(), "BR_CPF"), (pmail, "EMAIL_ADDRESS"),
                     V("R$ " + brl(g.pick([20, 50, 100, 150, 300, 500]) + 0.0)), V(dbr(datetime.date(year, g.ri(5, 9), g.ri(1, 28)))),
                     V(g.pick(["cartão", "pix", "boleto"])), (g.ip(), "IP_ADDRESS")])
    table_md(doc, ["doador", "CPF", "e-mail", "valor", "data", "meio", "IP"], rows)
    if g.chance(0.4):
        p = g.pick(donors)
        doc.f("\n```\n«t» DEBUG checkout.authorize {\"holder\": \"«h»\", \"pan\": \"«c»\", \"ip\": \"«ip»\"}\n```\n",
              t=ts(g.moments(1, datetime.date(year, 9, 1), 20)[0], "isoz"), h=P(p.capsf), c=(g.card(spaced=False), "CREDIT_CARD"), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("\nDoações diretas (fora da plataforma): Pix na chave aleatória da conta Doações para Campanha «k».\n\n", k=(g.uuid(), "PIX_KEY"))
    k = g.ri(0, len(donors) - 1)
    p, pm = donors[k], mails[k]
    sup = g.person(female=g.chance(0.6))
    t1 = g.moments(1, datetime.date(year, 9, g.ri(1, 25)), 2, (8, 23))[0]
    t2 = t1 + datetime.timedelta(hours=g.ri(1, 30))
    doc.f("From: «s» <«sm»>\nTo: «pm»\nDate: «d»\nSubject: Re: cobrança duplicada\n\n«n», o estorno da segunda cobrança foi "
          "solicitado. Por segurança, nunca envie o número completo do cartão por e-mail; recomendamos pedir a troca do cartão.\n"
          "«sn» — suporte «pl»\n\n", s=P(sup.full), sm=(corp_mail(sup, pdom, g), "EMAIL_ADDRESS"), pm=(pm, "EMAIL_ADDRESS"),
          d=mail_date(t2), n=P(p.first), sn=P(g.pick([sup.first, sup.full])), pl=plat.split()[0])
    doc.f("> Em «d», «p» <«pm»> escreveu:\n> Doei R$ «v» pra campanha e cobraram duas vezes no cartão «c» venc «vv». Meu celular «t».\n",
          d=ts(t1, "br"), p=P(p.full), pm=(pm, "EMAIL_ADDRESS"), v=g.pick(["50", "100", "150"]), c=(g.card(spaced=g.chance(0.6)), "CREDIT_CARD"),
          vv=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def fi_folha_pessoal(g: Gen) -> Doc:
    """Paid campaign staff (comma CSV with Pix keys of every kind), one receipt, a payment asked into a relative's account."""
    doc = Doc()
    city, uf = city_of(g)
    cand = g.person()
    cargo = g.pick(CARGOS[cand.female])
    year = elec_year(g, cargo)
    coord = g.person()
    doc.f("pessoal_contratado_«c»_«y».csv (art. 100-A da Lei 9.504/1997 — limite de contratações)\n", c=cand_number(g, cargo, party(g)[2]), y=year)
    cols = ["nome", "cpf", "nit", "funcao", "inicio", "fim", "valor", "tipo_chave", "chave_pix"]
    rows = []
    staff = []
    for _ in range(g.ri(3, 4)):
        p = g.person()
        cpf = g.cpf(g.pick(["dot", "raw"]))
        nit = g.pis() if g.chance(0.7) else ""
        staff.append((p, cpf, nit))
        kind, key = pix_key(g, p, cpf)
        rows.append([P(g.pick([p.full, p.full, p.capsf])), (cpf, "BR_CPF"), (nit, "BR_PIS") if nit else V(""),
                     V(g.pick(["cabo eleitoral", "panfletagem", "bandeiraço", "motorista", "coordenador de rua", "apoio de redes"])),
                     V(dbr(datetime.date(year, 8, g.ri(16, 31)))), V(dbr(ELECTION_DAY[year])), V(brl(g.pick([1200, 1500, 1800, 2000]) + 0.0)),
                     V(kind), key])
    table_csv(doc, cols, rows, ",")
    p, cpf, nit = g.pick(staff)
    doc.f("\nRECIBO — Recebi de ")
    put_camp(doc, g, cand, cargo_gender(cargo), year)
    doc.f(", CNPJ «cn», a importância de R$ «v», referente a serviços de «s» na campanha eleitoral, retido o INSS de contribuinte "
          "individual. «n», CPF «c», NIT «nit», RG «rg».\n",
          cn=(g.cnpj(), "BR_CNPJ"), v=brl(g.pick([600, 750, 900]) + 0.0), s=g.pick(["panfletagem", "militância", "motorista"]),
          n=P(g.pick([p.full, p.caps])), c=(cpf, "BR_CPF"), nit=(nit or g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"))
    q, _, _ = g.pick(staff)
    rel = g.relative(q, female=True)
    doc.f("\nNota («c», coordenação): «n» pediu para receber na conta da mãe, «m», ag. «ag» c/c «ac». Não pode: o pagamento sai só "
          "para o CPF do contratado. Ficou de abrir conta digital.\n", c=P(g.pick([coord.full, coord.first])), n=P(g.pick([q.first, q.full])),
          m=P(rel.full), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    return doc


def fi_telegram_pesquisa(g: Gen) -> Doc:
    """A polling institute's field team on Telegram: interviewers paid by Pix, a rented car, phone call-backs to respondents."""
    doc = Doc()
    city, uf = city_of(g)
    inst, idom = g.pick(INSTITUTES)
    year = g.pick([2024, 2026])
    sup = g.person(female=g.chance(0.5))
    est = g.person()
    ints = [g.person() for _ in range(2)]
    t0 = g.moments(1, ELECTION_DAY[year] - datetime.timedelta(days=g.ri(5, 25)), 1, (7, 19))[0]
    tt = iter(seq_times(g, 30, t0, 60, 1800))
    reg = pesq_reg(g, uf, year)
    doc.f("Telegram · grupo \"Campo «c» — «r»\" · «i» · exportado em «d»\n", i=inst, c=city, r=reg, d=ts(t0 + datetime.timedelta(days=1), "br"))
    names = {"sup": g.pick([sup.first, sup.short])}
    names["fin"] = names["sup"]
    for k, p in enumerate(ints):
        names[f"i{k}"] = g.pick([p.first, p.short, p.nick])
    last = [None]

    def say(who, template, **vals):
        t = next(tt)
        if names[who] != last[0]:
            doc.f("\n«n»\n", n=P(names[who]))
            last[0] = names[who]
        doc.f("[«t»] " + template + "\n", t=ts(t, "hm"), **vals)

    say("sup", "Bom dia! Pesquisa registrada no TSE sob nº «r» (Res. TSE 23.600/2019). Cota de hoje: «q» questionários por entrevistador, "
        "bairros «b1» e «b2». Crachá visível sempre.", r=reg, q=g.ri(12, 30), b1=g.pick(BAIRROS), b2=g.pick(BAIRROS))
    say("i0", "to no «b», já fiz «n»", b=g.pick(BAIRROS), n=g.ri(3, 12))
    if g.chance(0.5):
        say("i1", "um senhor disse que não responde pesquisa de «x» e fechou o portão", x=g.pick(["ninguém", "político", "TV"]))
    say("sup", "Recusa: marca no tablet e segue o intervalo de casas." + g.pick(["", " Anota o endereço só na planilha, nunca no questionário."]))
    say("sup", "Checagem telefônica de 20%: liguei pros entrevistados «i». «r1» («t1») confirmou; «r2» («t2») disse que não foi "
        "entrevistad«o».", i=g.pick(["do setor 3", "de ontem", "da manhã"]), r1=g.pick([P(g.person().first), V("a senhora do nº 12")]), t1=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
        r2=g.pick([P(g.person(female=False).first), V("o outro")]), t2=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), o="o")
    if g.chance(0.4):
        say("i0", "esse eu lembro, era a esposa dele que respondeu, anotei errado")
    p = ints[-1]
    say("fin", "Pagamento da semana sai hoje. «n», preciso do seu CPF: o Pix na chave que você mandou está em outro nome",
        n=P(p.first))
    say("fin", "Carro alugado pra rota rural: «v» placa «pl», retirar «n» às 7h", v=g.pick(VEHICLES), pl=(g.plate(), "LICENSE_PLATE"),
        n=g.pick(["na locadora", "no escritório", "na garagem do instituto"]))
    say(f"i{len(ints) - 1}", "«c», minha chave nova é «k»", c=(g.cpf(), "BR_CPF"), k=g.pick([(g.uuid(), "PIX_KEY"), (g.email(p), "EMAIL_ADDRESS"),
                                                                                   (g.phone("e164"), "PHONE_NUMBER")]))
    say("sup", "Banco fecha às 18h. «e» («cr») pediu o arquivo até 20h pra ponderação.", e=P(g.pick([est.full, est.short])),
        cr=(g.council("CONRE"), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        say("i1", g.pick(["👍", "ok", word_neg(g, "field"), "chuva forte aqui, parei"]))
    return doc


FI = [fi_spce_receitas, fi_extrato_jsonl, fi_despesas_tabela, fi_abastecimento, fi_financiamento_coletivo, fi_folha_pessoal,
      fi_telegram_pesquisa]



TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN11 = re.compile(r"(?<![\d.\-/])(\d[\d.\-]{9,14}\d)(?![\d]|[.\-/]\d)")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")
ROLE_RE = re.compile(r"(%s|%s)@" % ("|".join(ROLE_BOXES), ROLE_EXTRA), re.I)


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
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v) or re.fullmatch(r"[a-z0-9 ]+ arroba [a-z0-9 ]+ ponto [a-z ]+", v), (rid, v)
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
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRC|CREA|CRQ|CREFITO|CONRE|CRF)\b", v), (rid, v)
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
    # a título written in groups (4 4 4) outside the spans is never valid; 14-digit runs outside the spans fail the CNPJ check
    for m in re.finditer(r"(?<![\d ])(\d{4}) (\d{4}) (\d{4})(?![\d])", text):
        v = "".join(m.groups())
        if free(m) and 1 <= int(v[8:10]) <= 28:
            assert titulo_dv(v[:8], v[8:10]) != v[10:], (rid, v)
    for m in re.finditer(r"(?<![\d./-])(\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2})(?![\d])", text):
        raw = re.sub(r"\D", "", m.group(1))
        if free(m) and len(raw) == 14:
            assert cnpj_dv(raw[:12]) != raw[12:], (rid, m.group(1))
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
    print("hundredninth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
