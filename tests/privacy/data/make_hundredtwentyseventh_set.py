"""Build the hundred-and-twenty-seventh labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredtwentyseventh_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 12727, 280 records: 4 domains x 7 templates x 10 copies.

Register: BEEKEEPING AND HONEY -- beekeepers (apicultores) and stingless-bee keepers
(meliponicultores), their associations and honey cooperatives with the extraction houses (casas do
mel, entrepostos) under municipal, state or federal inspection (SIM, SIE, SIF, SISBI), hives rented
for pollination on soy, melon, watermelon, apple, coffee and canola farms, swarm removal (retirada de
enxames) booked with private services or called in to the fire brigade's 193 and the city's 156,
bee-sting emergencies (anaphylaxis, mass attacks, venom immunotherapy), apiary health inspections,
and honey sold at producers' fairs, to exporters and online. Every cooperative, association, house,
farm, service, shop, bot, clinic and person is invented (the cooperatives Cooperativa Flor de
Laranjeira/COOAFLOR, Coopermel Vale do Bento/COOPERBENTO, Mel Aurora/COOPMELA, Jandaíra Viva/AMJV,
Serra Prudente Apícola/COAPRU, Casa do Mel Celeste/COOPCELESTE, Rosa do Sertão/APIROSA, Coopermel
Leão do Norte; the houses Casa do Mel Comunitária Bonfim, Entreposto de Mel Aroeira, Unidade de
Extração Sabiá, Casa do Mel da Linha São Bento, Entreposto Mel Dourado, Unidade de Beneficiamento
Flor do Angico; the buyers Exportadora de Mel Estrela Guia, Apis Prudente Alimentos, Mel Sereno,
Própolis Vitória Extratos, Favo Branco Alimentos, Empório Amado; the farms Fazenda Santa Aurora,
Fazenda Bento Amado, Fazenda Luz do Cerrado, Frutas Justo, Pomar Leão, Fazenda Prudente, Agrícola
Sereno & Filhos, Fazenda Vitória Régia; the services Disque Enxame Rosa, Abelha Amiga, SOS Abelhas
Flor do Campo, Enxame Zero, Resgate Melífero Bonfim; the shops Empório Mel da Serra, Mel & Própolis
Aurora, Meliponário Jataí Dourada, Doce Favo, Apiário Leão Dourado; the bots Abelhinha, MelBot,
Zumzum, Favinho, Bzz; the telemedicine platforms TeleSaúde Campo, Consulta Já...). Cities are real
(Picos/PI, Jataí/GO, Ortigueira/PR, Jandaíra/RN, Prudentópolis/PR, Limoeiro do Norte/CE among
them); CEPs are random.
Layouts: WhatsApp exports (Android and iOS stamps; exported by either side; senders by number, name,
nickname or "Você"; business accounts and bots; an association's group in lower case with
@mentions and "<Mídia oculta>"); a speech-to-text call (lower case; CPF, birth date, address, CEP and
phones dictated in groups or in words, "meia" for six) with the typed occurrence record; forms in
four styles ("Campo: valor", dotted leaders, ruled box, CAPS labels) and scanned forms with OCR
confusions (I/l, O/0, S/5, B/8, m/rn, d/cl, u/ii...); ruled, pipe, Markdown, psql-like and
blank-aligned tables; CSV with "," or ";"; e-mails with quoted originals and X-Originating-IP;
contracts (capitals sometimes) with an e-signature log or witnesses; petitions, a prosecutor's
complaint, hearing minutes, an assembly's minutes; ALL CAPS police reports, infraction notices and
SINAN forms (OCR'd sometimes); a fire brigade's APH report (ALL CAPS often); an emergency record, an
allergist's chart with a dose table, a teleconsultation with its chat and event log; a honey
intake ledger in CSV, a ruled table or fixed width (names cut at 22); payouts in fixed width (names
cut at 24) or a ruled table; ALL CAPS receipts with the amount in words; a bank's batch Pix export;
a credit proposal in capitals; JSON lines of an online shop.
- atendimento: (0) a WhatsApp chat with a swarm-removal service (a bot, then an attendant): a
  resident books the removal at home (a photo, name, CPF for the receipt, home address, CEP; the
  beekeeper who goes, his phone and his pickup's plate; the service's random Pix key, or a card typed
  and the attendant asking to delete it; a relative at home with a phone; an allergic neighbour with
  a phone; the e-mail for the receipt; jataís relocated for free), or a school's coordinator (the
  school named, never its address; her CPF, phone, e-mail, the school's CNPJ, the caretaker, the
  school's landline); (1) a speech-to-text call to the fire brigade's 193 (a swarm attacking a
  neighbour: address, CEP, the victim's name, the caller's name and phone) or to the city's 156
  (CPF and birth date dictated, the swarm at home, address, CEP, phone; a registered beekeeper's
  phone read out), and the typed occurrence record (the victim, the crew's chief; the vehicles'
  prefixes and the occurrence number unlabelled; the attendant by name or login); (2) an
  association's or cooperative's membership form (typed, boxed, CAPS, or a scan): name, nickname,
  birth date, CPF, a mistyped CPF noted, RG or CNH (a migrant's RNM unlabelled), NIS, título and CNS
  sometimes, CAF/DAP unlabelled, home (rural often), CEP, phone, e-mail, the spouse with CPF and
  birth date; the apiaries (coordinates, colonies, species, registration unlabelled); how the honey
  is paid (a Pix key of any kind, agency and account, a cheque); the technician's CREA or CRMV, the
  clerk by name or login; (3) an extraction house's booking sheet (CSV or ruled: beekeeper by name,
  nickname or a mistyped name, CPF, phone, supers, town, GTA unlabelled, plate or "moto"), the day's
  notes (supers with brood sent back, stingless-bee honey drained by suction, a pickup in the clean
  area with the driver's CNH, a new member's CPF), the operators, the technical officer's CRMV, the
  coordinator's e-mail or a role mailbox; (4) an online honey shop's answer to a complaint (broken
  jar, crystallised honey taken for fake, fermentation, delay) over the quoted original (the
  customer's home, CEP, CPF, phone, IP, a card typed sometimes; the order, lot and tracking code
  unlabelled; a relative who receives), signed by the attendant, a quality analyst with a CRQ or the
  technical officer with a CRMV; (5) the beekeepers' WhatsApp group in lower case (a work party with
  @mentions, the truck taking hives to a farm with its plate and driver, a new number, Pix keys of
  any kind for the shared purchase of wax, a member's CPF key, a queen-rearing course list with CPF
  and birth date, a member stung taken to the UPA, the SIM inspector's visit, the buyer coming for
  the drums); (6) a producers' fair's registration list (CSV or a table: stall, name, CPF or a masked
  one, phone, product, inspection seal unlabelled or "sem inspeção", the unloading plate), the
  coordinator's notes (honey without a label, a son replacing his father with CPF and phone, a
  shared stall with a CPF), the coordinator's e-mail or a role mailbox.
- juridico: (0) a pollination contract with hive rental (capitals sometimes): the farm's CNPJ and
  manager with CPF and e-mail, the beekeeper qualified or a cooperative's CNPJ and president, hives
  and flowering dates, the trucks' plates, the GTA unlabelled, the spraying clause with the
  agronomist's CREA, payment to agency and account or a random Pix key, an e-signature log with IPs
  or witnesses with CPF; (1) a neighbour's small-claims petition against a beekeeper (the plaintiff
  qualified, the defendant's CPF, home and CEP, the child stung with a birth date, the unit of care,
  the nickname and WhatsApp of the defendant, the 156 protocol unlabelled, witnesses with RG or
  phone, the lawyer's OAB, e-mail and phone); (2) hearing minutes: a small-claims conciliation (the
  conciliator, the parties' CPF, the defendant's home and CEP, the lawyers' OAB, an agronomist's CREA
  or a veterinarian's CRMV, the hives moved by a date) or a labour hearing of an apiary helper (the
  judge, CPF, PIS, the beekeeper as an individual employer with CPF); a witness's RG, a payment to an
  account or a Pix key of any kind; the CNJ number unlabelled; (3) an ALL CAPS infraction and seizure
  notice of an inspection service (OCR'd sometimes): the person fined with CPF, RG, home, CEP and
  phone, the vehicle's plate, the honey seized with lots unlabelled, the laws, the witness's CPF,
  the official veterinarian's CRMV, the defence to a role mailbox; notice, seizure and process
  numbers and seals unlabelled; (4) either an ALL CAPS police report of hives stolen (the victim
  with birth date, CPF, RG, rural home, CEP, phone; the brand burnt on the boxes; a neighbour with a
  phone who saw a pickup's plate; the suspect with his nickname and CPF; the officer, the vehicle's
  owner, the delegado; the BO number unlabelled) or a beekeeper's complaint to the prosecutor over
  bees killed by a neighbour's aerial spraying (the beekeeper qualified, the farm's CNPJ and
  partner, the aircraft's mark unlabelled, the agronomist's CREA, the lab's chemist with a CRQ, the
  veterinarian's CRMV, a witness's RG, the lawyer's OAB and e-mail); (5) an association's or
  cooperative's general assembly minutes (capitals sometimes: the chair and the secretary, the
  honey advance per kilo, the board qualified with RG or CNH, CPF, birth date and título sometimes,
  home and CEP; the fiscal council with CPF; the lawyer's OAB; the attendance list with CPF or "não
  trouxe" and how each signed); (6) an apiary helper's or extraction-house worker's labour claim
  against a beekeeper (CPF, rural home, CEP, nickname, WhatsApp) or a cooperative (CNPJ): qualified
  with PIS, título sometimes, birth date, phone; CTPS unlabelled; daily wages by Pix to the CPF key;
  anaphylaxis during a night migration (T78.2); witnesses with RG and phone; the lawyer's OAB and
  e-mail.
- saude: (0) an emergency record after multiple stings (name, birth date, age, CNS, CPF sometimes,
  mother, home, CEP, phone, the companion with a phone; SAMU's ambulance plate and the technician's
  COREN, or a relative's car's plate; adrenaline, rhabdomyolysis labs, ICD codes; the physician's
  CRM and the nurse's COREN); (1) a SINAN form of an accident with venomous animals, type 4 (bee),
  in capitals and OCR'd sometimes (birth date, age, CNS, mother, CPF often, home, CEP, phone, CBO
  unlabelled, stings, severity, the cooperative's CNPJ when work-related, the investigator's COREN,
  the physician's CRM, a copy to a person's e-mail or a role mailbox); (2) an allergist's venom
  immunotherapy chart (an adult or a child: birth date, CPF, CNS or a health plan card unlabelled,
  phone, e-mail, the guardian; the dose table's dates are not births; the emergency plan with the
  spouse or parent and a phone; the school's coordinator and her corporate e-mail; the allergist's
  CRM, the nurse's COREN); (3) a teleconsultation record (the patient's CPF, birth date, CNS
  sometimes, e-mail, phone, access IP; the chat with the doctor, senders by name or by role; a
  relative's e-mail; the doctor's CRM; the event log with public and private IPs); (4) an apiary
  health inspection by the state defence agency (the producer's CPF, phone, e-mail sometimes, rural
  home, CEP; coordinates, registration, seals and forms unlabelled; foulbrood, Varroa, small hive
  beetle; the official veterinarian's CRMV, the assistant by name or login; a copy to a person's
  e-mail or a role mailbox); (5) an ASO of a cooperative's, an exporter's or an extraction house's
  worker (the clinic's and the employer's CNPJ, CPF, RG, birth date, NIT, phone and CNS sometimes;
  stings, heat, buckets, noise; the examiner's and the PCMSO coordinator's CRM) and sometimes the
  month's list; (6) the fire brigade's APH report of a mass swarm attack (ALL CAPS often: the
  caller and phone; the rescue unit's plate, the prefixes unlabelled; the crew with ranks outside the
  spans; victims with age and a birth date often; a child handed to a relative with a phone; the
  volunteer beekeeper by name or nickname and phone; the report's author).
- financeiro: (0) a cooperative's honey intake ledger (CSV with a phone column sometimes, a ruled
  table or fixed width: beekeeper, CPF, drum, flowering, gross, tare, net, moisture, HMF, lot,
  advance; a batch sent back; stingless-bee honey kept apart; the receiver by name or login; the
  technical officer's CRMV); (1) the payout per beekeeper of a sale to an exporter (the exporter's
  CNPJ; fixed width or a table with a NIT column sometimes: CPF, kilos, gross, Funrural, fee,
  advance, net; a Pix key of any kind, agency and account, or a cheque unlabelled; the treasurer, the
  accountant's CRC); (2) an e-mail thread with a farm's finance about the pollination invoice (the
  freight lines with plates and drivers, NF-e and a boleto's line unlabelled, the farm's and the
  cooperative's CNPJ, agency and account or a random key, signatures with phones, the IP); (3) an
  online honey shop's orders as JSON lines (name, CPF, e-mail, phone or null, home, CEP, items, a
  Pix txid, a masked card or a boleto, the buyer's IP, the tracking code; a wholesale order with a
  shop's CNPJ and contact; the audit line with a login and a private IP); (4) a Pronaf credit
  proposal in capitals (OCR'd sometimes: CPF, RG or CNH, birth date, NIS, CAF unlabelled, rural home,
  CEP, phone, e-mail and título sometimes, the spouse with CPF and birth date; the project; the
  extension technician's CREA; agency and account; the agent by name or login; the app's IP); (5)
  ALL CAPS receipts of a beekeeper for swarm removals at homes (OCR'd sometimes: the payer's name,
  CPF, the home and CEP, the payer's phone sometimes, the amount in figures and words, cash or a Pix
  key of any kind; the issuer's CPF or MEI CNPJ and phone); (6) a bank's batch Pix export of honey
  advances (the paying agency, account and CNPJ; payees with CPF and a key of any kind; a row
  rejected for a mistyped CPF; exporters' payments to the cooperative's random keys; a counter sale
  from a person with a masked CPF; the operator's login, the approver, the access IP).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Dr.", "Dra.", "dona", "seu", "o vizinho", "apicultor", "VULGO", nor ranks ("2º SGT", "SGT BM",
"CB BM", "SD", "SD PM", "CB PM", "DELEGADA DE POLICIA"); particles and suffixes are inside;
"SURNAME, GIVEN" is one span; first names, nicknames, lower case, ALL CAPS, OCR-damaged and mistyped
forms are persons, and so are names cut at a fixed-width field, as they stand. Staff named in the
text are persons (attendants, beekeepers sent out, dispatchers, crews, clerks, operators, technical
officers, inspectors, analysts, coordinators, treasurers, accountants, agents, judges,
conciliators, lawyers, police officers, delegados, physicians, nurses,
technicians, allergists, veterinarians, agronomists, chemists), and so are members, residents,
victims, guardians, relatives, neighbours, drivers, buyers and witnesses; logins (gkuhnen24,
balves90), bots (MelBot, Zumzum), role labels of a chat ("Paciente", "Médico(a)", "Você") and
business accounts ("Disque Enxame Rosa 🐝", "COOAFLOR apicultores 🐝") are not. Corporate e-mails of
people (at a farm, a cooperative, a shop, a school, a city hall, a state agency) are EMAIL_ADDRESS;
role mailboxes (sac@, pedidos@, casadomel@, sim@, sie@, defesa@, feira@, agricultura@, financeiro@,
polinizacao@, vigilancia@, notifica@, protocolo@...) are not labelled. ADDRESS is a person's street
+ number + complement (lower-case, caps, OCR'd and spoken forms included; bairro, city and CEP stay
out, the CEP is BR_CEP). Agency and account are separate BANK_ACCOUNT spans, whoever holds them;
bank names and codes are not labelled. PIX_KEY only for random keys (upper-case ones included); a
key that is a CPF, phone or e-mail takes that label. DATE_OF_BIRTH only for births (spoken ones,
children's, spouses' and victims' included); accident, notification, visit, dose, flowering,
harvest, hearing, due and log dates and ages ("IDADE: 18 A", "61 anos") are not. Masked CPFs
("***.802.303-**", "•••.153.419-••", "137.***.***-72") and masked cards are not labelled;
identifiers read out in groups or in words are labelled like their digits.
Decisions of this set:
- Rural homes are persons' addresses and one ADDRESS span each, the road, its name, the km or the
  number and the farmstead together ("Estrada Vicinal do Bento, km 10,5, Sítio Santa Rita", "Sítio
  Olho d’Água, Estrada Vicinal Vereador Lindolfo Aroeira, km 16", "Rodovia TO-050, km 21,3, casa 2",
  "Linha São Bento, s/n, lote 14", "ramal flor do campo km 21" spoken). An apiary's place
  (coordinates, "área cedida na Fazenda Santa Aurora", "Apiário Capão Alto", "o apiário do Sítio
  Três Irmãos" as the destination of hives), the place of a swarm or an attack that is not a home
  ("no cemitério", "na escola municipal"), a school, a farm's seat ("zona rural de Mossoró/RN"), a
  cooperative's shed or extraction house and a fair's stall are not addresses. A home where a swarm
  is removed (a resident's) is labelled.
- Beekeepers' nicknames are PERSON, one span, trade words included ("Zé do Mel", "Cida da Jataí",
  "Tião Abelheiro", "Pedrão do Mel de Aroeira", "Quinzinho Melado", "Dito Mandaçaia"), and so are
  free nicknames ("Zangão", "Marimbondo", "Tuim", "Baixinha"); a chat's @mention is PERSON without
  the "@".
- Bee names that are also names: "jataí", "jandaíra", "iraí", "uruçu", "mandaçaia", "tiúba",
  "mirim-guaçu" as bees (species, honey, "mel de jataí") are words and not labelled; "Jataí/GO" and
  "Jandaíra/RN" are cities, "Jandaíra Viva" an association and "Meliponário Jataí Dourada" a shop,
  none labelled; "Jandaíra", "Iraí", "Potyra" as given names of people are PERSON.
- PROFESSIONAL_ID: CRM, COREN, OAB, CRC, CREA (agronomists, rural extension technicians), CRMV
  (official and technical-officer veterinarians: "CRMV-SP 27234-VP", "CRMV/RN nº 20150") and CRQ
  (laboratory chemists: "CRQ-IV 04123456", "CRQ 07ª Região 96630903"), with the acronym and the UF
  or region.
- LICENSE_PLATE: every plate is labelled (beekeepers' pickups, migration trucks, the SAMU ambulance,
  the fire brigade's rescue unit, relatives' cars, the suspect's pickup, unloading vehicles at a
  fair); fire-brigade prefixes ("ABT-07", "UR-39", "ABS 88", "AT-891", "viatura 829") and aircraft
  marks ("PR-KXX") are not; the script checks that no plate-shaped token stands outside the spans.
- NIS, NIT and PIS/PASEP are one number: BR_PIS. A migrant's RNM is not one of the labels. A full
  card number typed in a chat or an e-mail is CREDIT_CARD; its CVV and expiry are not labelled.
  The CNPJ of a school, a farm, a cooperative, a clinic, a buyer and an MEI beekeeper is labelled
  (numeric and the 2026 alphanumeric form).
- NOT labelled: inspection registrations (SIM/SIE/SIF/SISBI numbers), GTA numbers, apiary
  registrations, CAF/DAP numbers, honey lots, drum numbers, laboratory reports, seals and sample
  forms, infraction, seizure, process, occurrence, BO, contract, order and protocol numbers, SKUs,
  Pix txids and E2E ids, tracking codes, boleto lines, health plan cards, CTPS, CBO codes, ICD-10
  codes, coordinates, vehicle prefixes, aircraft marks, session ids, private IPs, money, weights,
  moisture and HMF figures, percentages.

Names: Brazilian names of many origins (Portuguese common, north-eastern and old-fashioned, coined,
Italian, German, Polish, Ukrainian, Armenian, Lebanese, Syrian, Japanese, Korean, Chinese, Haitian,
Angolan, Nigerian, Senegalese, Cape Verdean, Cuban, Colombian, Bolivian, Peruvian, Paraguayan,
Venezuelan, Warao, indigenous, Jewish), rare or invented name words well above a quarter (main()
prints the share). Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela,
Esperança, Serena, Prata, Branca, Bento, Prudente, Amado, Leão, Branco, Justo, Sereno, Dourado...)
are names here and, elsewhere, words, bees, cooperatives, farms, firms, streets and cities, not
persons ("seria prudente tirar as caixas antes da pulverização", "foi uma vitória passar no SIM",
"o sereno deixa elas mansinhas", "branco como a cera", "Amado pelos clientes da feira", "a luz da
casa do mel", "Fazenda Bento Amado", "Pomar Leão", "Mel Sereno", "Rosa do Sertão", "Presidente
Prudente", "Rua Bento Gonçalves"); streets named after people are places when they stand alone ("o
caminhão atolou na Bento Gonçalves") and part of ADDRESS inside a person's address.

Hard negatives: CNJ numbers, mistyped CPFs (checked to fail), 11-digit protocols (checked to fail
CPF, PIS and CNH), the unlabelled registrations and numbers above, masked CPFs and cards, private
IPs, ICD-10 codes (T63.4, T78.2, T78.3, L50.0, M62.8, X29, L23.9, T78.2...), CBO codes (6134-10,
8417-10, 7842-05...), laws and rules (Lei 1.283/1950, Decreto 9.013/2017, Lei 7.889/1989, Lei
14.785/2023, Lei 9.605/1998, Lei 7.347/1985, Lei 9.099/1995, arts. 936 and 1.277 of the Civil
Code, art. 155 of the CP, arts. 467, 477 and 791-A of the CLT, art. 7º, XXVIII, of the CF, municipal
laws on apiary distances), non-birth dates, ages, money and weights; the script checks CPF-, PIS-,
CNH-, título-, CNS-, card- and plate-shaped runs outside the spans.
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
            "Maria José", "Edna", "Sueli", "Elaine", "Rosângela", "Regina", "Joana", "Tereza"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael",
            "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego", "Anderson", "Leandro",
            "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Sérgio", "Vinícius", "Roberto", "Jorge",
            "Raimundo", "Sebastião", "Severino", "Manoel", "Benedito", "Joaquim", "Valdir", "Edson", "Wellington", "Cícero",
            "Davi", "Miguel", "Arthur", "Damião", "Reginaldo"]
RARE_F = ["Cicerlândia", "Josivânia", "Rivanilda", "Lucivânia", "Damiana", "Francileide", "Zenilda", "Erisvalda", "Maria Dasdores",
          "Josilene", "Genivalda", "Marizete", "Adenilza", "Nilzelane", "Valquíria Sol", "Edineide", "Irismar", "Zefa Maria",
          "Rosenilda", "Zelândia", "Odaléia", "Ednelza", "Jucilene", "Ilzamar", "Valdelice", "Genilda", "Zulmira", "Iranildes",
          "Claudinéia", "Gessy", "Kailane", "Ketlyn", "Yasmyn", "Thamyres", "Raíssa Kauane", "Lurdilene", "Zenaíde", "Rozimeire",
          "Anaíldes", "Marilac", "Nazinha", "Quitéria", "Brasilina", "Joanice", "Nilzete", "Sirlândia", "Laudelina", "Elzimar",
          "Kethllen", "Ruthinéia", "Domitila", "Eudóxia", "Ozelita", "Edinalva", "Zilá", "Cremilda", "Alzerina", "Dejanira",
          "Edjane", "Ivanilde", "Zuleide", "Neusimar", "Gildete", "Rosimeiry", "Jozélia", "Ariclenes", "Elionora", "Kássia Suellen",
          "Cosma", "Severina Dalva", "Luzinete", "Maricleide", "Jaqueliny", "Wandeclécia"]
RARE_M = ["Genivaldo", "Josivaldo", "Cicinato", "Eriberto", "Orlandino", "Valdemiro", "Adenilson", "Josenildo", "Gerivaldo",
          "Edmilton", "Franciscleudo", "Rivelino", "Djalminha", "Juscelino", "Irineu", "Aurino", "Cosme Damião", "Geraldino",
          "Adamastor", "Hermógenes", "Deoclécio", "Ubaldino", "Crispiniano", "Gumercindo", "Nerivaldo", "Waldecy", "Claudionor",
          "Dorivaldo", "Sinfrônio", "Lucivaldo", "Eronildes", "Gerinaldo", "Joscelino", "Deusimar", "Jadiel", "Kelvyn",
          "Wesley Kauã", "Maxsuel", "Odorico", "Anacleto", "Epaminondas", "Teotônio", "Leovigildo", "Rosalvo", "Zózimo",
          "Arquimedes", "Dagoberto", "Eliomar", "Isaltino", "Jocimar", "Lindolfo", "Nestório", "Osmarino", "Quintino", "Ronivon",
          "Ueliton", "Wanderlan", "Olegário", "Hildebrando", "Juvêncio", "Florisvaldo", "Edelberto", "Ataliba", "Possidônio",
          "Aristeu", "Dejair", "Gilmário", "Valfredo", "Jucimar", "Osvaldir", "Ednaldo", "Edivânio", "Gedeão", "Jairo Kauê"]
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
            "Marreiro", "Feitosa Brito", "Amorim Quental", "Holanda Cavalcanti", "Gadelha", "Leitão Arraes", "Sá Barreto"]
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
        "Genivalda": "Nena", "Josivânia": "Vânia", "Francileide": "Leide", "Luzinete": "Nete", "Edinalva": "Naldinha",
        "Chukwuemeka": "Emeka", "Oluwaseun": "Seun", "Dejair": "Deja", "Edjane": "Jane", "Joaquim": "Quinzinho", "Valdir": "Vadi"}
# trade nicknames of beekeepers and honey sellers: one PERSON span, the trade word included
TRADE = [" do Mel", " da Abelha", " Abelheiro", " da Jataí", " do Enxame", " Melado", " do Apiário", " da Uruçu", " do Favo",
         " Própolis", " das Caixas", " da Cera", " Mandaçaia", " do Mel de Aroeira"]
FREE_NICK = ["Galego", "Magrão", "Baixinha", "Careca", "Preá", "Tiziu", "Cabeção", "Galega", "Pitoco", "Moreno", "Ruivo", "Xuxa",
             "Branquinha", "Neném", "Dedé", "Biguá", "Zangão", "Marimbondo", "Abelhudo", "Tatu", "Jacu", "Tuim"]
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
    "in": (["Potyra", "Jaciara", "Araí", "Jandaíra", "Iraí"], ["Tupã", "Kauê", "Ubiratã", "Irapuã"],
           ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaingang", "Tikuna", "Sateré-Mawé"]),
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
}
RARE_ORIGINS = ("ua", "cu", "kr", "cn", "ht", "ao", "sn", "in", "wa", "jw", "bo", "py", "ve", "cv", "pl", "am", "pe", "ng", "sy", "co")
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
STREET_NAMES = ["dos Bibliotecários", "Cecília Meireles", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora",
                "Monteiro Lobato", "Doutor Leovigildo Sarapião", "Conselheiro Ubaldino Furquim", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont", "dos Tipógrafos",
                "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Professora Zulmira Cotrim",
                "Maestro Claudionor Tinoco", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz",
                "Machado de Assis", "Madre Paulina", "Pioneiro Egon Kuhnen", "Doutor Farid Haddad", "das Acácias",
                "Dom Pedro II", "da Glória", "Padre Anacleto Landim", "Vereador Lindolfo Aroeira", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas",
                "Historiador Ataliba Cantuária", "Bom Jesus da Lapa", "das Flores", "Cônego Sinfrônio Lustosa", "da Biblioteca",
                "Arquivista Doralice Bacelar", "Pintor Hagop Boghossian", "Irmã Dulce", "Chico Mendes", "Dom Hélder Câmara",
                "Projetada 7", "Apicultor Helmut Schwanke", "das Abelhas", "dos Apicultores", "Mestre Genivaldo Pajeú",
                "Flor de Laranjeira", "Santa Luzia", "Frei Damião", "das Jataís", "Meliponicultor Zózimo Arrais", "dos Favos"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Santo André", "SP"), ("Sorocaba", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Nova Iguaçu", "RJ"), ("Belo Horizonte", "MG"),
          ("Juiz de Fora", "MG"), ("Uberlândia", "MG"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Maringá", "PR"),
          ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"), ("Santa Rosa", "RS"), ("Pelotas", "RS"), ("Florianópolis", "SC"),
          ("Blumenau", "SC"), ("Chapecó", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Feira de Santana", "BA"),
          ("Recife", "PE"), ("Caruaru", "PE"), ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Natal", "RN"),
          ("Mossoró", "RN"), ("João Pessoa", "PB"), ("Campina Grande", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"),
          ("Teresina", "PI"), ("São Luís", "MA"), ("Imperatriz", "MA"), ("Belém", "PA"), ("Santarém", "PA"), ("Manaus", "AM"),
          ("Goiânia", "GO"), ("Anápolis", "GO"), ("Brasília", "DF"), ("Campo Grande", "MS"), ("Dourados", "MS"), ("Cuiabá", "MT"),
          ("Rondonópolis", "MT"), ("Vitória", "ES"), ("Vila Velha", "ES"), ("Palmas", "TO"), ("Porto Velho", "RO"),
          ("Rio Branco", "AC"), ("Boa Vista", "RR"), ("Macapá", "AP"), ("Picos", "PI"), ("Jataí", "GO"), ("Ortigueira", "PR"),
          ("Jandaíra", "RN"), ("Prudentópolis", "PR"), ("Limoeiro do Norte", "CE")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores",
           "Vila Estrela", "Cidade Nova", "Glória", "Benfica", "Vila Prudente", "Tijuca", "Pituba", "Boa Viagem", "Bairro da Luz",
           "Jardim Esperança", "Santa Luzia", "Vila Operária", "Aldeota", "Savassi", "Praia do Canto", "Campo Belo", "Santa Teresa",
           "Vila Madalena", "Cidade Alta", "Ribeira", "Batel", "Bom Fim", "Cambuí", "Vila Esperança", "Jardim Catarina",
           "Conjunto Bento Ribeiro", "Zona Rural", "Vila Nova Aurora", "Colônia Alemã", "Várzea", "Distrito de Vila Bento", "Chácaras Flor do Campo"]
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
        y = year or self.pick([2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

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
        if kind == "CRMV":
            return self.pick([f"CRMV-{uf} {self.ri(1000, 29999)}", f"CRMV/{uf} nº {self.ri(1000, 29999)}", f"CRMV-{uf} {self.ri(1000, 29999)}-VP"])
        if kind == "CRQ":
            return self.pick([f"CRQ-{self.pick(['IV', 'II', 'III', 'V', 'X', 'XIII', 'XIV'])} {self.d(8)}", f"CRQ {self.ri(1, 21):02d}ª Região {self.d(8)}"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
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
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span, a plain value is text."""
        cur = 0
        for m in MARK.finditer(template):
            self.t(template[cur:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, tuple):
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
JOBS = {True: ["empresária", "desenvolvedora de software", "designer", "consultora", "contadora", "advogada", "arquiteta",
               "jornalista", "publicitária", "engenheira de dados", "psicóloga", "tradutora", "produtora de conteúdo", "corretora de imóveis"],
        False: ["empresário", "desenvolvedor de software", "designer", "consultor", "contador", "advogado", "arquiteto",
                "jornalista", "publicitário", "engenheiro de dados", "analista de sistemas", "tradutor", "representante comercial",
                "corretor de imóveis", "microempreendedor individual"]}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool | str = True, dob: bool = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job=None) -> None:
    """'NAME, brasileira, solteira, atriz, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    if isinstance(job, tuple):
        job = job[1] if p.female else job[0]
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {g.pick(CIVIL[p.female])}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        doc.t(up(", nascid" + p.o + " em "))
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", 1955, 2005), "DATE_OF_BIRTH")
    if rg is True and g.chance(0.18):
        doc.t(up(", portador" + ("a" if p.female else "") + " da CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    elif rg:
        doc.t(up(", portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(RG_ORG))
    doc.t(up(", inscrit" + p.o + " no CPF sob o nº "))
    doc.e(g.cpf("dot"), "BR_CPF")
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
        doc.e(addr if isinstance(addr, str) else g.address("caps" if caps else "text"), "ADDRESS")
        city, uf = where or g.city()
        doc.t(up(f", {g.pick(BAIRROS)}, {city}/{uf}, CEP "))
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
TRT = {"SP": "5.02", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14",
       "TO": "5.10", "RO": "5.14", "AP": "5.08"}


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    return g.pick([c for c in CITIES if c[1] == uf])


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."


# --------------------------------------------------------------------------- register: beekeeping, stingless bees, honey

SEED = 12727
OUT_NAME = "hundredtwentyseventh.jsonl"

# (brand, legal name, acronym, domain)
COOPS = [
    ("Cooperativa Flor de Laranjeira", "Cooperativa Apícola Flor de Laranjeira", "COOAFLOR", "cooaflor.coop.br"),
    ("Coopermel Vale do Bento", "Cooperativa dos Apicultores do Vale do Bento", "COOPERBENTO", "coopermelbento.com.br"),
    ("Mel Aurora", "Cooperativa Mista de Apicultores Mel Aurora", "COOPMELA", "melaurora.coop.br"),
    ("Jandaíra Viva", "Associação dos Meliponicultores Jandaíra Viva", "AMJV", "jandairaviva.org.br"),
    ("Serra Prudente Apícola", "Cooperativa Apícola da Serra Prudente", "COAPRU", "serraprudente.coop.br"),
    ("Casa do Mel Celeste", "Cooperativa de Produtores de Mel Celeste", "COOPCELESTE", "casadomelceleste.com.br"),
    ("Rosa do Sertão", "Associação de Apicultores Rosa do Sertão", "APIROSA", "apirosa.org.br"),
    ("Coopermel Leão do Norte", "Cooperativa Regional de Apicultores Leão do Norte", "COOPERLEÃO", "coopermelleao.coop.br"),
]
# extraction houses and packing units, with their inspection seal (not labelled)
HOUSES = ["Casa do Mel Comunitária Bonfim", "Entreposto de Mel Aroeira", "Unidade de Extração Sabiá", "Casa do Mel da Linha São Bento",
          "Entreposto Mel Dourado", "Unidade de Beneficiamento Flor do Angico"]
# (legal name, domain)
BUYERS = [("Exportadora de Mel Estrela Guia Ltda.", "estrelaguiamel.com.br"), ("Apis Prudente Alimentos Ltda.", "apisprudente.com.br"),
          ("Mel Sereno Indústria e Comércio Ltda.", "melsereno.com.br"), ("Própolis Vitória Extratos Ltda.", "propolisvitoria.com.br"),
          ("Favo Branco Alimentos S.A.", "favobranco.com.br"), ("Empório Amado Produtos Naturais Ltda. ME", "emporioamado.com.br")]
# (farm, legal name, crop, domain)
FARMS = [("Fazenda Santa Aurora", "Agropecuária Santa Aurora Ltda.", "soja", "santaaurora.agr.br"),
         ("Fazenda Bento Amado", "Bento Amado Agrícola Ltda.", "melão", "bentoamado.agr.br"),
         ("Fazenda Luz do Cerrado", "Luz do Cerrado Agronegócios S.A.", "soja", "luzdocerrado.com.br"),
         ("Frutas Justo", "Frutas Justo Irrigação e Exportação Ltda.", "melão", "frutasjusto.com.br"),
         ("Pomar Leão", "Pomar Leão Fruticultura Ltda.", "maçã", "pomarleao.com.br"),
         ("Fazenda Prudente", "Café Prudente Agropecuária Ltda.", "café", "cafeprudente.com.br"),
         ("Agrícola Sereno & Filhos", "Sereno & Filhos Agrícola Ltda.", "canola", "serenoefilhos.agr.br"),
         ("Fazenda Vitória Régia", "Vitória Régia Melancias Ltda.", "melancia", "vitoriaregia.agr.br")]
# (brand, domain): private swarm-removal services
SWARM_SERVICES = [("Disque Enxame Rosa", "disqueenxamerosa.com.br"), ("Abelha Amiga Remoção de Enxames", "abelhaamiga.com.br"),
                  ("SOS Abelhas Flor do Campo", "sosabelhasflor.com.br"), ("Enxame Zero Manejo Ambiental", "enxamezero.com.br"),
                  ("Resgate Melífero Bonfim", "resgatemelifero.com.br")]
# (brand, domain): online honey shops
SHOPS = [("Empório Mel da Serra", "emporiomeldaserra.com.br"), ("Mel & Própolis Aurora", "lojamelaurora.com.br"),
         ("Meliponário Jataí Dourada", "jataidourada.com.br"), ("Doce Favo", "docefavo.com.br"), ("Apiário Leão Dourado", "leaodourado.com.br")]
BOTS = ["Abelhinha", "MelBot", "Zumzum", "Favinho", "Bzz"]
SPECIES = ["Apis mellifera (africanizada)", "Apis mellifera (africanizada)", "Apis mellifera (africanizada)", "jataí (Tetragonisca angustula)",
           "mandaçaia (Melipona quadrifasciata)", "uruçu-nordestina (Melipona scutellaris)", "jandaíra (Melipona subnitida)",
           "tiúba (Melipona fasciculata)", "iraí (Nannotrigona testaceicornis)", "mirim-guaçu (Plebeia remota)"]
FLORADAS = ["eucalipto", "laranjeira", "assa-peixe", "aroeira", "silvestre", "marmeleiro", "angico", "cipó-uva", "bracatinga", "vassourinha",
            "cajueiro", "café", "capixingui", "velame"]
PRODUCTS = [("mel silvestre 500 g", 28.0, 38.0), ("mel de laranjeira 1 kg", 45.0, 62.0), ("mel de eucalipto 1 kg", 38.0, 52.0),
            ("favo de mel 400 g", 35.0, 48.0), ("extrato de própolis verde 30 ml", 22.0, 34.0), ("pólen desidratado 100 g", 18.0, 29.0),
            ("mel de jataí 250 ml", 55.0, 90.0), ("mel de uruçu 300 ml", 60.0, 95.0), ("hidromel 750 ml", 48.0, 75.0),
            ("geleia real 10 g", 30.0, 45.0), ("sachês de mel (cx. 50)", 32.0, 44.0), ("balde de mel 25 kg", 380.0, 520.0)]
WHERE_SWARM = ["na caixa de luz da garagem", "no forro do quarto", "no muro dos fundos", "no pé de manga do quintal", "na caixa d'água",
               "no telhado da área", "na caixa do ar-condicionado", "no poste em frente de casa", "no tronco do ipê da calçada",
               "na caixa do portão eletrônico", "no vão da laje", "na caixa de correio"]
PLACES_SWARM = ["na escola municipal", "na igreja matriz", "no cemitério", "na praça da matriz", "no posto de saúde", "no campo de futebol",
                "no galpão da feira", "no estacionamento do mercado"]
VEHICLES = ["Strada", "Saveiro", "Hilux", "S10", "caminhão 3/4", "Fiorino", "Montana", "caminhão truck", "F-4000", "Kombi", "Toro", "L200"]
HOSPITALS = ["Hospital Municipal Prudente de Morais", "Santa Casa de Misericórdia", "Pronto-Socorro Central", "Hospital São Bento",
             "Hospital Regional Aurora", "UPA 24h Vila Rosa", "Hospital de Pronto Socorro Flor do Campo"]
UBS = ["UBS Jardim Aurora", "UBS Vila Rosa", "UBS Cidade Nova", "UPA 24h São Bento", "Policlínica Bonfim", "ESF Vila Esperança",
       "ESF Zona Rural Linha São Bento", "UBS Colônia Alemã"]
OCC_CLINICS = [("Clínica Ocupacional Prumo", "clinicaprumo.com.br"), ("MedTrab Bonfim", "medtrabbonfim.com.br"),
               ("Ocupa Vida Saúde do Trabalhador", "ocupavida.com.br"), ("SESMT Aurora Medicina do Trabalho", "sesmtaurora.com.br")]
ALLERGY_CLINICS = [("Clínica de Alergia e Imunologia Aurora", "alergiaaurora.com.br"), ("Centro de Alergia Bonfim", "alergiabonfim.med.br"),
                   ("ImunoVida Alergistas Associados", "imunovida.com.br")]
TELE = [("TeleSaúde Campo", "telesaudecampo.com.br"), ("Consulta Já Telemedicina", "consultaja.med.br"), ("Unimed Rural Digital (simulada)", "ruraldigital.med.br")]
AGENCIES = ["Agência Estadual de Defesa Agropecuária", "Instituto Estadual de Defesa Sanitária Animal e Vegetal",
            "Serviço de Inspeção Municipal (SIM)", "Coordenadoria de Defesa Agropecuária", "Secretaria Municipal de Agricultura — SIM"]
ROLE_BOXES = ["sac", "contato", "atendimento", "agendamento", "ouvidoria", "compras", "financeiro", "cooperativa", "secretaria", "diretoria",
              "juridico", "fiscalizacao", "rh", "sesmt", "dp", "nfe", "faturamento", "cobranca", "comercial", "no-reply", "naoresponda",
              "protocolo", "dpo", "lgpd", "saude", "ubs", "imunizacao", "contabilidade", "tesouraria", "vigilancia", "cerest", "agenda",
              "pedidos", "loja", "qualidade", "expedicao", "casadomel", "sim", "sie", "defesa", "feira", "agricultura", "zoonoses",
              "polinizacao", "enxames", "atendimento.cliente", "sac.loja", "recepcao", "agendamentos", "telemedicina", "prontuario",
              "notifica", "intimacoes", "credito", "ater", "emater", "laboratorio"]
SHEDS = ["Estrada Municipal do Angico, km 4, Casa do Mel", "Rua dos Apicultores, 210, Distrito Industrial", "Rodovia PI-143, km 12, galpão 2",
         "Av. Beira Rio, 1.150, barracão 3", "Linha São Bento, s/n, ao lado da capela", "Rua Sete, 88, Parque de Exposições"]

# ICD-10 of stings and their sequels: (code, description)
STING_ICD = [("T63.4", "efeito tóxico de veneno de outros artrópodes (abelha)"), ("T78.2", "choque anafilático não especificado"),
             ("T78.3", "edema angioneurótico"), ("L50.0", "urticária alérgica"), ("X23", "contato com abelhas, vespas e vespões"),
             ("M62.8", "rabdomiólise (outros transtornos musculares especificados)"), ("N17.9", "insuficiência renal aguda não especificada")]
EPI = ["macacão apícola", "máscara com véu", "luva de raspa", "luva nitrílica", "bota de PVC cano longo", "fumigador", "avental de PVC",
       "touca descartável", "protetor auricular plug", "óculos de proteção"]


def coop(g: Gen) -> tuple[str, str, str, str]:
    return g.pick(COOPS)


def buyer(g: Gen) -> tuple[str, str]:
    return g.pick(BUYERS)


def farm(g: Gen) -> tuple[str, str, str, str]:
    return g.pick(FARMS)


def muni(g: Gen) -> tuple[str, str, str]:
    """(city, UF, e-mail domain of the city hall)."""
    city, uf = g.city()
    slug = re.sub(r"[^a-z]", "", fold(city).lower())
    return city, uf, f"{slug}.{uf.lower()}.gov.br"


def state_dom(uf: str) -> str:
    return f"defesa.{uf.lower()}.gov.br"


def bee_job(p: Person, melipona: bool = False) -> str:
    if melipona:
        return "meliponicultora" if p.female else "meliponicultor"
    return "apicultora" if p.female else "apicultor"


def nickname(g: Gen, p: Person) -> str:
    """A beekeeper's nickname: a pet name, a pet name with a trade word ("Zé do Mel", "Cida da Jataí") or a free one ("Zangão")."""
    r = g.rng.random()
    base = p.nick
    if r < 0.45:
        return base + g.pick(TRADE)
    if r < 0.75:
        return base
    return g.pick(FREE_NICK)


def rural_addr(g: Gen, style: str = "text", uf: str | None = None) -> str:
    """A person's rural address: road + name + km or number + the farmstead (the whole is one ADDRESS span)."""
    t = g.pick(["Estrada Municipal", "Estrada Vicinal", "Estrada", "Linha", "Ramal", "Rodovia", "Sítio"])
    if t == "Rodovia":
        name = g.pick([f"{uf}-{g.ri(10, 499):03d}", "BR-" + g.pick(["101", "116", "153", "020", "230", "316", "364", "407"])]) if uf else \
            g.pick(["PR-160", "BR-316", "GO-184", "SC-477", "CE-371", "RN-118", "PI-143", "MG-050", "BR-020", "TO-050"])
    else:
        name = g.pick(["do Bento", "da Aroeira", "dos Apicultores", "São José", "Bom Jesus", "do Capão Alto", "Leovigildo Sarapião",
                       "Três Barras", "da Serra do Mel", "Pioneiro Egon Kuhnen", "Santa Cruz", "do Angico", "Flor do Campo", "da Jandaíra Velha",
                       "Boa Esperança", "Água Limpa", "Vereador Lindolfo Aroeira"])
    if t == "Sítio":
        out = f"Sítio {g.pick(['Boa Esperança', 'Três Irmãos', 'Flor do Mel', 'Recanto das Abelhas', 'São Judas', 'Pau-Brasil', 'Olho d’Água'])}, " \
              f"{g.pick(['Estrada', 'Estrada Vicinal', 'Linha'])} {name}, km {g.ri(1, 48)}"
    else:
        num_ = g.pick([f"km {g.ri(1, 48)}", f"km {g.ri(1, 48)},{g.ri(1, 9)}", "s/n", f"nº {g.ri(10, 2400)}", f"km {g.ri(1, 48)}"])
        comp = g.pick(["", "", f"Sítio {g.pick(['Boa Vista', 'Santa Rita', 'Flor do Mel', 'das Jataís', 'Bela Aurora', 'dos Ipês'])}",
                       f"lote {g.ri(1, 60)}", f"Chácara {g.pick(['Recanto', 'Flor do Campo', 'Alvorada', 'Primavera'])}", "casa 2", "fundos"])
        out = f"{t} {name}, {num_}" + (f", {comp}" if comp else "")
    if style == "caps":
        return fold(out).upper()
    if style == "low":
        return fold(out).lower().replace("estrada municipal", "estr. municipal").replace("rodovia", "rod")
    return out


def home(g: Gen, style: str = "text", rural: float = 0.45, uf: str | None = None) -> str:
    """A person's home: rural (road, km, farmstead) or urban."""
    return rural_addr(g, style, uf) if g.chance(rural) else g.address(style)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def nfe(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"NF-e {g.d(6)}", f"NF-e nº {g.ri(100, 99999)}", f"NF {g.d(4)}", f"NF-e {g.d(3)}.{g.d(3)} série 1",
                                    f"nota do produtor {g.d(6)}"]))


def lote_mel(g: Gen) -> str:
    """A honey batch (lot) code: not labelled."""
    return clean(g, lambda: g.pick([f"L{g.ri(24, 26)}{g.ri(1, 365):03d}-{g.ri(1, 9)}", f"LOTE {g.d(4)}/{g.ri(24, 26)}", f"{g.up(2)}{g.d(5)}",
                                    f"L-{g.d(6)}"]))


def tambor(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"T{g.d(4)}", f"TB-{g.d(5)}", f"tambor {g.ri(1, 999):03d}"]))


def gta(g: Gen) -> str:
    """An animal transit guide (GTA) for colonies: not labelled."""
    return clean(g, lambda: g.pick([f"GTA {g.up(2)} {g.d(6)}", f"GTA nº {g.d(3)}.{g.d(3)}", f"GTA série {g.up(1)} {g.d(7)}"]))


def insp_reg(g: Gen, kind: str | None = None) -> str:
    """A registration at the municipal, state or federal inspection (SIM, SIE, SIF): not labelled."""
    kind = kind or g.pick(["SIM", "SIM", "SIE", "SIF", "SISBI"])
    return f"{kind} nº {g.ri(1, 9999):0{g.pick([3, 4])}d}" if kind != "SISBI" else f"SIM/SISBI {g.ri(1, 999):03d}"


def caf(g: Gen) -> str:
    """A family-farmer registration (CAF, former DAP): not labelled."""
    return clean(g, lambda: g.pick([f"CAF {g.up(2)}{g.d(2)}.{g.d(4)}.{g.d(8)}", f"DAP SDW{g.d(7)}{g.d(6)}", f"CAF nº {g.up(3)}{g.d(9)}"]))


def laudo(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"nº {g.d(4)}/{g.ri(2025, 2026)}", f"RE-{g.d(5)}", f"{g.d(3)}.{g.d(3)}/{g.ri(25, 26)}"]))


def lacre(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"lacre {g.d(6)}", f"lacre nº {g.up(1)}{g.d(7)}"]))


def apiary_reg(g: Gen) -> str:
    """The apiary's registration at the state defence agency: not labelled."""
    return clean(g, lambda: g.pick([f"{g.up(2)}-AP-{g.d(6)}", f"cad. apiário {g.d(5)}/{g.ri(2019, 2026)}", f"REG {g.d(3)}.{g.d(4)}"]))


def coords(g: Gen) -> str:
    return g.pick([f"{-g.rng.uniform(3.0, 29.5):.5f}, {-g.rng.uniform(35.0, 56.0):.5f}",
                   f"{g.ri(3, 29)}°{g.ri(0, 59):02d}'{g.ri(0, 59):02d}\"S {g.ri(35, 56)}°{g.ri(0, 59):02d}'{g.ri(0, 59):02d}\"W"])


def prefixo(g: Gen) -> str:
    """A fire-brigade vehicle's prefix (never plate-shaped): not labelled."""
    return g.pick([f"ABT-{g.ri(1, 99):02d}", f"UR-{g.ri(1, 99):02d}", f"ABS {g.ri(10, 99)}", f"AT-{g.ri(100, 999)}", f"viatura {g.ri(10, 999)}"])


def ocorrencia_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.ri(2025, 2026)}{g.d(6)}", f"OC-{g.d(7)}", f"{g.d(3)}.{g.d(3)}/{g.ri(2025, 2026)}"]))


def pedido(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"#{g.ri(10000, 99999)}", f"PED-{g.d(6)}", f"{g.hexs(8, True)}", f"nº {g.d(5)}"]))


def rastreio(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"Q{g.up(1)}{g.d(9)}BR", f"O{g.up(1)}{g.d(9)}BR", f"JDL{g.d(9)}", f"MEL{g.d(8)}"]))


def processo_adm(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.d(5)}/{g.ri(2024, 2026)}", f"SEI {g.d(4)}.{g.d(6)}/{g.ri(2024, 2026)}-{g.d(2)}",
                                    f"PA nº {g.d(3)}.{g.d(3)}/{g.ri(2024, 2026)}"]))


def bo_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.up(2)}{g.d(4)}-{g.ri(1, 9)}/{g.ri(2025, 2026)}", f"{g.d(6)}/{g.ri(2025, 2026)}", f"BO {g.d(4)}/{g.ri(2025, 2026)}"]))


def e2e(g: Gen, t: datetime.datetime | None = None) -> str:
    t = t or g.moment()
    return clean(g, lambda: f"E{g.d(8)}{t.strftime('%Y%m%d%H%M')}{g.hexs(11, True)}")


def ctps(g: Gen, uf: str) -> str:
    return g.pick([f"{g.d(7)} série {g.d(4)}-{uf}", f"{g.d(7)}/{g.d(5)}-{uf}", "digital"])


def boleto(g: Gen) -> str:
    """A boleto's digitable line: not labelled (drawn so that no run passes an identifier check)."""
    return clean(g, lambda: f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.ri(1, 9)} {g.d(14)}")


def money(g: Gen, lo: float, hi: float) -> float:
    return round(g.rng.uniform(lo, hi), 2)


def word_neg(g: Gen) -> str:
    """A sentence with name-like words used as words, bees, firms and places (never labelled)."""
    return g.pick(["A florada de laranjeira atrasou por causa da seca; o eucalipto segurou a produção.",
                   "Seria prudente tirar as caixas antes da pulverização da soja.",
                   "Foi uma vitória o mel da cooperativa passar na inspeção estadual.",
                   "A luz da casa do mel queimou de novo durante a centrifugação.",
                   "Justo na semana da colheita choveu três dias seguidos.",
                   "O sereno da madrugada deixa as abelhas mais mansas para a migração.",
                   "A jandaíra é abelha sem ferrão da caatinga; a iraí cabe numa caixinha de 15 cm.",
                   "Em Jataí/GO a florada do cerrado começa em agosto; em Picos/PI o mel de marmeleiro sai em maio.",
                   "Mel cristalizado não é mel adulterado: basta aquecer em banho-maria a até 40 °C.",
                   "A Favo Branco Alimentos devolveu dois tambores com HMF acima de 60 mg/kg.",
                   "Esperança de todos é que o selo do SISBI saia ainda este ano.",
                   "O Apiário Leão Dourado fica depois da ponte, à esquerda da Fazenda Santa Aurora.",
                   "Amado pelos clientes da feira, o mel de laranjeira esgotou antes das nove.",
                   "Branco como a cera: assim fica o mel de marmeleiro cristalizado.",
                   "A rainha da colmeia 12 está velha e será trocada na próxima revisão.",
                   "A Rosa do Sertão e a Jandaíra Viva fizeram compra conjunta de cera alveolada.",
                   "O caminhão atolou na Bento Gonçalves, perto da Casa do Mel Bonfim."])


def chat_neg(g: Gen) -> str:
    """A chat aside with name-like words used as words, bees and places."""
    return g.pick(["a florada do eucalipto tá boa demais esse ano", "seria prudente tirar as caixas antes de passarem veneno na soja",
                   "foi uma vitória passar no sim kkk", "a luz da casa do mel queimou de novo", "justo hoje a centrífuga travou",
                   "o sereno deixa elas mansinhas", "a jandaíra tá produzindo pouco esse ano", "a rosa do quintal atraiu as jataís",
                   "esperança é que a chuva segure a florada", "mel cristalizado não é falsificado gente 🙄", "a rainha da caixa 7 sumiu",
                   "bento gonçalves vai ter feira do mel sábado", "flor de laranjeira tá no fim", "o leão da receita vai comer o lucro do mel 😂",
                   "a iraí do meu vizinho enxameou", "mandaçaia não gosta de sol da tarde, muda a caixa de lugar"])


def say_f(doc: Doc):
    def say(who: str, tpl: str, **vals) -> None:
        doc.t(f"{who}: ")
        doc.f(tpl, **vals)
        doc.t("\n")
    return say


def cnj_of(g: Gen, uf: str, labour: bool = False) -> str:
    seg = TRT[uf] if labour else CNJ_SEG[uf]
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.{seg}.{g.d(4)}")


def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for k in range(n):
        w = g.person()
        doc.f("«k». «n» — CPF «c»\n", k=k + 1, n=P(w.capsf if caps else g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))


def age_of(dob_year: int, ref: int = 2026) -> int:
    return ref - dob_year


def kin_word(g: Gen, p: Person) -> str:
    return g.pick(["mãe", "filha", "esposa", "irmã", "sogra", "vizinha"] if p.female else ["pai", "filho", "marido", "irmão", "sogro", "vizinho"])


# --------------------------------------------------------------------------- atendimento


def at_enxame_zap(g: Gen) -> Doc:
    """A WhatsApp chat with a private swarm-removal service (a bot, then an attendant): a resident books the removal of a swarm at home (a photo, name, CPF for the receipt, home address, CEP, e-mail, a relative at home with a phone, an allergic neighbour), the beekeeper who goes, his phone and his pickup's plate, the service's random Pix key or a card typed that the attendant asks not to send; or a school's coordinator books it (the school named, never its address; her CPF, phone and e-mail; the school's CNPJ for the invoice)."""
    doc = Doc()
    sname, sdom = g.pick(SWARM_SERVICES)
    bot = g.pick(BOTS)
    att = g.person(female=g.chance(0.65))
    res = g.person()
    bk = g.person(female=g.chance(0.15))
    st = chat_stamp(g)
    tt = iter(seq_times(g, 40, g.moment(hours=(7, 21)), 20, 900))
    if g.chance(0.5):
        acct = g.pick([f"{sname} 🐝", sname, f"{sname} — agendamentos"])
        doc.f("Conversa do WhatsApp com «a»\n\n", a=acct)
        B, R = V(acct), V("Você")
    else:
        R = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.6) else P(g.pick([res.full, res.short, lower(res.first)]))
        doc.t("Conversa do WhatsApp com ")
        doc.e(*R)
        doc.t("\n\n")
        B = V("Você")
    school = g.chance(0.3)
    price = g.pick([150.0, 180.0, 200.0, 250.0, 300.0, 350.0])
    if not school:
        where = g.pick(WHERE_SWARM)
        cl(doc, st(next(tt)), R, g.pick(["boa tarde, tem um enxame de abelha «w», vcs tiram?", "socorro kkk apareceu um enxame «w»",
                                          "Bom dia, gostaria de orçamento pra retirada de um enxame «w»"]), w=where)
        cl(doc, st(next(tt)), B, "Olá! Eu sou «b», assistente virtual da «s». Mande uma foto do enxame e, em uma mensagem: nome completo, CPF (para o recibo), endereço com CEP.",
           b=bot, s=sname)
        cl(doc, st(next(tt)), R, "<Mídia oculta>")
        doc.t(st(next(tt)))
        doc.e(*R)
        doc.t(": ")
        if g.chance(0.45):
            doc.f("«n» cpf «c» «a» «b» cep «p»\n", n=P(res.low), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), a=(home(g, "low", 0.2), "ADDRESS"),
                  b=lower(g.pick(BAIRROS)), p=(g.cep(g.chance(0.5)), "BR_CEP"))
        else:
            city, uf = g.city()
            doc.f("Nome: «n»\nCPF: «c»\nEndereço: «a» - «b» - «m»\nCEP «p»\n", n=P(g.pick([res.full, res.caps])), c=(g.cpf(), "BR_CPF"),
                  a=(home(g, "text", 0.2), "ADDRESS"), b=g.pick(BAIRROS), m=city, p=(g.cep(), "BR_CEP"))
        jatai = g.chance(0.3)
        if jatai:
            cl(doc, st(next(tt)), B, "Oi, «n»! Aqui é «a». Pela foto são jataís (abelha sem ferrão, protegida). Não cobramos: o meliponicultor leva a caixa e realoca o enxame 💛",
               n=P(g.pick([res.first, lower(res.first)])), a=P(g.pick([att.first, att.short])))
        else:
            cl(doc, st(next(tt)), B, "Oi, «n»! Aqui é «a». Pela foto são abelhas africanizadas (Apis). A retirada com captura fica R$ «v». Não jogue veneno nem fogo, por favor.",
               n=P(g.pick([res.first, lower(res.first)])), a=P(g.pick([att.first, att.short])), v=brl(price))
        cl(doc, st(next(tt)), B, "Quem vai é «x» «k», «d» a partir das «h» (de preferência no fim da tarde, quando elas recolhem), na «v» placa «p». O telefone «y» é «t».",
           x="a apicultora" if bk.female else "o apicultor", k=P(g.pick([bk.first, bk.short, nickname(g, bk)])), d=g.pick(["amanhã", "hoje", "sábado", g.date("short")]),
           h=g.pick(["17h", "17h30", "18h", "16h"]), v=g.pick(VEHICLES[:6]), p=(g.plate(), "LICENSE_PLATE"), y="dela" if bk.female else "dele",
           t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
        if not jatai:
            r = g.rng.random()
            if r < 0.4:
                cl(doc, st(next(tt)), B, "Pagamento por Pix na chave aleatória «k» ou no cartão na hora.", k=(g.uuid(), "PIX_KEY"))
            elif r < 0.7:
                cl(doc, st(next(tt)), R, "pode passar no cartão? «k» val «v» cvv «c»", k=(g.card(g.chance(0.6)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}",
                   c=g.d(3))
                cl(doc, st(next(tt)), B, "Por segurança apague a mensagem com o cartão 🙏 o apicultor leva a maquininha.")
            else:
                cl(doc, st(next(tt)), R, "aceita pix?")
                cl(doc, st(next(tt)), B, "Aceita sim, o apicultor passa a chave na hora.")
        if g.chance(0.65):
            rel = g.relative(res)
            cl(doc, st(next(tt)), R, "eu trabalho até as 18h, «k» «n» fica em casa, o cel «y» é «t»", k=g.pick(["minha mãe", "minha filha", "minha sogra"] if rel.female else ["meu pai", "meu filho", "meu marido"]),
               n=P(g.pick([rel.first, rel.full, lower(rel.first)])), y="dela" if rel.female else "dele", t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
        if g.chance(0.45):
            nb = g.person()
            cl(doc, st(next(tt)), R, "ah, «v» «x» «n» é alérgic«o» a picada, tem como avisar antes? «t»", v="a vizinha" if nb.female else "o vizinho",
               x=g.pick(["dona", "a"]) if nb.female else g.pick(["seu", "o"]), o=nb.o, n=P(g.pick([nb.first, nb.short, nb.nick])),
               t=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"))
            cl(doc, st(next(tt)), B, "Avisamos sim. Peça para «x» ficar dentro de casa com as janelas fechadas durante a retirada.", x="ela" if nb.female else "ele")
        if g.chance(0.6):
            cl(doc, st(next(tt)), B, "Quer o recibo por e-mail?")
            cl(doc, st(next(tt)), R, g.pick(["quero: «e»", "sim «e»", "manda no «e» por favor"]), e=(g.email(res), "EMAIL_ADDRESS"))
        if g.chance(0.3):
            cl(doc, st(next(tt)), R, chat_neg(g))
    else:
        esc = g.pick(["Escola Municipal Prudente de Morais", "EMEF Rosa dos Ventos", "Creche Municipal Flor de Lis", "Colégio Estadual Aurora",
                      "Escola Estadual Professora Zulmira Cotrim", "CMEI Bento Amado"])
        cl(doc, st(next(tt)), R, "bom dia, sou coordenadora da «e», tem um enxame enorme no «w» do pátio e as crianças entram 13h", e=esc,
           w=g.pick(["telhado", "forro do refeitório", "pé de jambo", "muro"]))
        cl(doc, st(next(tt)), B, "Olá! Eu sou «b». Para escolas fazemos atendimento prioritário. Preciso do nome e CPF do(a) responsável, um telefone e o CNPJ para a nota.", b=bot)
        doc.t(st(next(tt)))
        doc.e(*R)
        doc.t(": ")
        doc.f("«n» cpf «c» tel «t» cnpj da escola «j» email «e»\n", n=P(g.pick([res.full, res.low])), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
              j=(g.any_cnpj(), "BR_CNPJ"), e=(g.email(res), "EMAIL_ADDRESS"))
        cl(doc, st(next(tt)), B, "Obrigado, «n»! Aqui é «a». «x» «k» chega em 40 minutos na «v» placa «p». Mantenham as crianças nas salas com as janelas fechadas.",
           n=P(g.pick([res.first, res.short])), a=P(g.pick([att.first, att.full])), x="A apicultora" if bk.female else "O apicultor", k=P(g.pick([bk.full, bk.short])),
           v=g.pick(VEHICLES[:6]), p=(g.plate(), "LICENSE_PLATE"))
        dp = g.person(False)
        if g.chance(0.6):
            cl(doc, st(next(tt)), R, "o zelador «n» abre o portão dos fundos, o fixo da escola é «t»", n=P(g.pick([dp.first, dp.nick, dp.short])),
               t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
        cl(doc, st(next(tt)), B, "Valor para escolas: R$ «v», com nota fiscal e relatório de captura.", v=brl(price + 100))
    cl(doc, st(next(tt)), B, g.pick(["Obrigado por não matar as abelhas! 🐝", "Qualquer dúvida, é só chamar. 🐝", "Em caso de ataque, ligue 193. Até mais! 🍯"]))
    return doc


def at_193_stt(g: Gen) -> Doc:
    """A speech-to-text call about bees: to the fire brigade's 193 (a swarm attacking someone) or to the city's 156 / zoonoses centre (a swarm in a tree or a house): the caller's name, phone, address, CEP, sometimes CPF and birth date, dictated in groups or in words; a neighbour stung; and the typed occurrence record (the dispatcher by name or login, the crew's sergeant; the vehicle prefix and the occurrence number unlabelled)."""
    doc = Doc()
    city, uf, mdom = muni(g)
    at = g.person(female=g.chance(0.6))
    c = g.person()
    ddd, local = g.msisdn(g.chance(0.85))
    cep = g.cep(False)
    addr_t = home(g, "text", 0.3)
    addr = lower(addr_t).replace("rua ", "r ", 1).replace("avenida ", "av ", 1).replace(",", "")
    emerg = g.chance(0.5)
    say = say_f(doc)
    A = g.pick(["atendente", "operador", "locutor 1"])
    C = g.pick(["solicitante", "cidadão", "locutor 2"])
    doc.f("Transcrição automática — «c» — início «h» — confiança média «k»%\n\n", c=g.pick(["COBOM 193", "Central de Emergências 193"]) if emerg else f"Central 156 {city}",
          h=f"{g.hm()}:{g.ri(0, 59):02d}", k=g.ri(76, 95))
    mob = len(local) == 9
    tel = (g.pick([f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mob else f"{ddd} {local[:4]} {local[4:]}",
                   f"{spoken_digits(ddd, g)} {spoken_digits(local, g)}", f"{ddd} {local[:-4]} {local[-4:]}"]), "PHONE_NUMBER")
    cpf = g.cpf_digits()
    dd, mm, yy = g.dob_parts(1950, 2005)
    victim = g.person()
    if emerg:
        say(A, "bombeiros emergência «a» qual a sua emergência", a=P(lower(at.first)) if g.chance(0.5) else V(""))
        say(C, "moço tem um enxame atacando «x» aqui na rua ele tá todo picado «y»", x=g.pick(["meu vizinho", "um senhor", "o rapaz da roçadeira", "meu pai"]),
            y=g.pick(["caiu no chão", "tá inchando tudo", "correu pra dentro de casa"]))
        say(A, "qual o endereço")
        say(C, "«a» bairro «b»", a=(addr, "ADDRESS"), b=lower(g.pick(BAIRROS)).replace("bairro ", ""))
        say(A, "o cep se souber")
        say(C, "«p»", p=(stt_groups(cep, g), "BR_CEP"))
        say(A, "ele está consciente respirando")
        say(C, g.pick(["tá consciente mas falando que tá com falta de ar", "tá acordado mas muito inchado", "não sei ele tá dentro de casa"]))
        say(A, "qual o nome dele e a idade aproximada")
        say(C, "é o «n» tem uns «i» anos", n=P(g.pick([lower(victim.short), lower(victim.first), lower(victim.nick)])), i=g.ri(30, 80))
        say(A, "e o seu nome e um telefone")
        say(C, "«n» o telefone é «t»", n=P(g.pick([c.low, lower(c.short)])), t=tel)
        say(A, "não se aproxime do enxame não jogue água nem fogo fique dentro de casa com portas fechadas a viatura já está a caminho")
    else:
        say(A, "central 156 prefeitura de «c» «x» meu nome é «a» com quem eu falo", c=lower(city), x=g.pick(["bom dia", "boa tarde"]), a=P(lower(at.first)))
        say(C, "«x» «n»", x=g.pick(["aqui é", "é", "oi é"]), n=P(g.pick([c.low, lower(c.short)])))
        say(A, "«s» «n» pode me informar seu cpf", s="senhora" if c.female else "senhor", n=P(lower(c.first)))
        say(C, "«c»", c=(stt_cpf(cpf, g), "BR_CPF"))
        say(A, "e a data de nascimento")
        say(C, "«d»", d=(g.pick([f"{dd} do {mm} de {yy}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} {mm} {yy}"]), "DATE_OF_BIRTH"))
        say(A, "qual o motivo da ligação")
        say(C, "tem um enxame de abelha «w» faz «k» dias e tem criança pequena aqui", w=g.pick(WHERE_SWARM), k=g.pick(["dois", "três", "cinco"]))
        say(A, "o centro de zoonoses não faz retirada em imóvel particular mas podemos passar o contato dos apicultores cadastrados qual o endereço")
        say(C, "«a» bairro «b» cep «p»", a=(addr, "ADDRESS"), b=lower(g.pick(BAIRROS)).replace("bairro ", ""), p=(stt_groups(cep, g), "BR_CEP"))
        say(A, "um telefone pra retorno")
        say(C, "«t»", t=tel)
        if g.chance(0.5):
            ap = g.person()
            say(A, "anota o apicultor cadastrado «n» telefone «t»", n=P(lower(ap.short)), t=(g.pick([g.phone("stt"), spoken_digits(g.phone("raw"), g)]), "PHONE_NUMBER"))
    pr = ocorrencia_no(g)
    say(A, "registrado o número da ocorrência é «p»", p=pr)
    say(C, g.pick(["obrigada", "tá bom obrigado", "valeu", "tá certo"]))
    doc.t("\n--- Registro da ocorrência ---\n")
    fields = [("Ocorrência", V(pr)), ("Natureza", V("Ataque de abelhas — vítima no local" if emerg else "Enxame em imóvel particular — orientação")),
              ("Solicitante", P(g.pick([c.full, c.caps])))]
    if not emerg:
        fields += [("CPF", (fmt_cpf(cpf), "BR_CPF")), ("Nascimento", (f"{dd:02d}/{mm:02d}/{yy}", "DATE_OF_BIRTH"))]
    fields += [("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain"])), "PHONE_NUMBER")),
               ("Endereço", (addr_t, "ADDRESS")), ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP"))]
    if emerg:
        sg = g.person(female=g.chance(0.2))
        fields += [("Vítima", P(g.pick([victim.full, victim.caps]))), ("Viatura", V(f"{prefixo(g)} + {prefixo(g)} (apoio)")),
                   ("Chefe de guarnição", P(g.pick([sg.full, sg.short]))), ("Apoio", V("SAMU 192 acionado"))]
    else:
        fields.append(("Encaminhamento", V(g.pick(["Centro de Controle de Zoonoses", "lista de apicultores cadastrados", "Defesa Civil"]))))
    fields.append(("Atendente", P(at.short) if g.chance(0.55) else V(login(at, g))))
    kv_block(doc, fields, g.pick(["lines", "dots", "caps", "box"]))
    return doc


def at_ficha_associado(g: Gen) -> Doc:
    """An association's or cooperative's membership form of a beekeeper or stingless-bee keeper (typed, ruled box, CAPS labels, or a scan with OCR confusions): name, nickname, birth date, CPF, RG or CNH (a migrant's RNM unlabelled), NIS and título sometimes, CAF unlabelled, home address (rural often), CEP, phone, e-mail; the spouse with CPF and birth date; the apiaries (place, coordinates, colonies, species, registration unlabelled); how the honey is paid; the secretary and the technician's CREA or CRMV."""
    doc = Doc()
    cname, craz, sig, cdom = coop(g)
    origin = "pt" if g.chance(0.75) else g.pick(["jp", "de", "it", "in", "pl", "ua", "ht", "bo"])
    m = g.person(origin=origin)
    tech = g.person()
    sec = g.person(female=g.chance(0.7))
    style = g.pick(["lines", "box", "caps", "dots", "scan", "scan"])
    scan = style == "scan"
    K = (lambda s: ocr(s, g, 0.3)) if scan else (lambda s: s)
    N = (lambda s: ocr(s, g, 0.35, names=True)) if scan else (lambda s: s)
    melip = "Jandaíra" in cname or g.chance(0.2)
    hdr = f"{craz.upper()} — {sig}\nFICHA DE INSCRIÇÃO DE {'MELIPONICULTOR(A)' if melip else 'APICULTOR(A)'} Nº {g.ri(1, 480):03d}\n\n"
    doc.t(ocr(hdr, g, 0.4) if scan else hdr)
    city, uf = g.city()
    fields = [(K("Nome"), P(N(m.capsf if scan or style == "caps" else g.pick([m.full, m.caps]))))]
    if g.chance(0.55):
        fields.append((K("Apelido"), P(N(nickname(g, m)))))
    fields.append((K("Data de nascimento"), (g.dob(g.pick(["br", "br", "nopad", "short"]), 1948, 2004), "DATE_OF_BIRTH")))
    fields.append((K("Estado civil"), V(g.pick(CIVIL[m.female]))))
    m_cpf = g.cpf()
    fields.append((K("CPF"), (m_cpf, "BR_CPF")))
    if g.chance(0.2):
        fields.append((K("Obs. CPF"), V(f"na ficha antiga constava {g.neg_cpf()} (erro de digitação)")))
    if origin in ("ht", "bo"):
        fields.append((K("RNM"), V(f"{g.up(1)}{g.d(6)}-{g.pick('0123456789X')}")))
    elif g.chance(0.8):
        fields.append((K("RG"), (g.rg(), "BR_RG")))
    else:
        fields.append((K("CNH"), (g.cnh(), "BR_CNH")))
    if g.chance(0.5):
        fields.append((K("NIS"), (g.pis(), "BR_PIS")))
    if g.chance(0.3):
        fields.append((K("Título de eleitor"), (g.titulo(), "BR_TITULO_ELEITOR")))
    if g.chance(0.35):
        fields.append((K("Cartão SUS"), (g.cns(), "BR_CNS")))
    fields.append((K("CAF/DAP"), V(caf(g))))
    fields.append((K("Endereço"), (N(home(g, "caps" if scan or style == "caps" else "text", 0.6, uf)), "ADDRESS")))
    fields.append((K("Município/UF"), V(f"{city}/{uf}")))
    fields.append((K("CEP"), (g.cep(g.chance(0.8)), "BR_CEP")))
    fields.append((K("Celular/WhatsApp"), (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")))
    if g.chance(0.5):
        fields.append((K("E-mail"), (g.email(m), "EMAIL_ADDRESS")))
    if g.chance(0.5):
        sp = g.person(female=not m.female)
        fields.append((K("Cônjuge"), P(N(g.pick([sp.given + " " + m.last, sp.full])))))
        fields.append((K("CPF cônjuge"), (g.cpf(), "BR_CPF")))
        if g.chance(0.5):
            fields.append((K("Nasc. cônjuge"), (g.dob("br", 1950, 2004), "DATE_OF_BIRTH")))
    fields.append((K("Anos de atividade"), V(g.pick(["3", "desde 1998", "12", "1 (iniciante)", "herdou do pai", "25"]))))
    kv_block(doc, fields, "caps" if scan else style)
    doc.t(ocr("\nAPIÁRIOS / MELIPONÁRIOS\n", g, 0.3) if scan else "\nApiários / meliponários\n")
    rows = []
    for place in g.sample(["Sede", "Capão", "Beira Rio", "Aroeira", "Eucaliptal", "do Sogro", "Laranjal", "Angico"], g.ri(1, 3)):
        sp_ = g.pick(SPECIES[3:] if melip else SPECIES[:3] + SPECIES[3:5])
        rows.append([V(("Apiário " if sp_.startswith("Apis") else "Meliponário ") + place), V(coords(g)), V(str(g.ri(4, 180) if sp_.startswith("Apis") else g.ri(4, 60))),
                     V(sp_), V(apiary_reg(g))])
    table_ruled(doc, ["local", "coordenadas", "colmeias", "espécie", "registro"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.t(ocr("\nPAGAMENTO DA PRODUÇÃO\n", g, 0.3) if scan else "\nPagamento da produção\n")
    r = g.rng.random()
    if r < 0.5:
        kind_, kv = pix_key(g, m, m_cpf)
        doc.f("Pix — chave «k»: «v»\n", k=kind_, v=kv)
    elif r < 0.9:
        b = g.pick(BANKS)
        doc.f("«b» — agência «a» — conta «c»\n", b=b[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.t("Cheque nominal na sede.\n")
    doc.t("\n")
    kind = g.pick(["CREA", "CRMV"])
    doc.f("Vistoria técnica: «n» — «c»\nCadastro: «s»\n", n=P(N(g.pick([tech.full, tech.short]))), c=(g.council(kind, uf), "PROFESSIONAL_ID"),
          s=P(N(g.pick([sec.first, sec.short]))) if g.chance(0.6) else V(login(sec, g)))
    tpl = "Admitid«o» em reunião de diretoria de «d». Taxa de inscrição: R$ «v».\n"
    doc.f(ocr_t(tpl, g, 0.3) if scan else tpl, o=m.o, d=g.date("br"), v=brl(g.pick([50.0, 80.0, 100.0, 120.0])))
    doc.t(g.pick(["Assinatura: ________________________\n", "Assinatura: (impressão digital)\n", "Assinado a rogo.\n"]))
    return doc


def at_agenda_extracao(g: Gen) -> Doc:
    """The booking sheet of a cooperative's extraction house (casa do mel) for the harvest (CSV or a ruled sheet): the beekeeper by name or nickname, CPF, phone, supers (melgueiras), the apiary's town, the GTA unlabelled, the pickup's plate, notes; the day's notes (supers with brood sent back, a stingless-bee honey drained by suction, a pickup parked in the clean area, a new member); the operators by name or login, the technical officer's CRMV, the coordinator's e-mail or the role mailbox."""
    doc = Doc()
    cname, craz, sig, cdom = coop(g)
    house = g.pick(HOUSES)
    day = g.day()
    ops = [g.person() for _ in range(2)]
    rt = g.person(female=g.chance(0.5))
    city, uf = g.city()
    doc.f("«h» («r») — «s» — «c»/«u»\nAgenda de extração — semana de «d»\n\n", h=house, r=insp_reg(g), s=sig, c=city, u=uf, d=dbr(day))
    rows = []
    t = datetime.datetime(day.year, day.month, day.day, 6, g.ri(0, 50))
    for _ in range(g.ri(4, 6)):
        t += datetime.timedelta(minutes=g.ri(30, 180))
        p = g.person(female=g.chance(0.3))
        nm_ = P(nickname(g, p)) if g.chance(0.25) else P(g.pick([p.full, p.caps, p.short]) if g.chance(0.88) else typo(p.full, g))
        rows.append([V(ts(t, "br")), nm_, (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.8) else V(""),
                     (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER") if g.chance(0.7) else V(""), V(str(g.ri(6, 90))),
                     V(city_of(g, uf)[0]), V(gta(g)) if g.chance(0.5) else V("-"), (g.plate(), "LICENSE_PLATE") if g.chance(0.75) else V("moto")])
    cols = ["horario", "apicultor", "cpf", "telefone", "melgueiras", "origem", "gta", "placa"]
    if g.chance(0.5):
        table_csv(doc, cols, rows, g.pick([";", ","]))
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "pipe", "md"]))
    doc.t("\nAnotações:\n")
    notes = []
    a1 = g.person(False)
    notes.append(("- «n» trouxe «k» melgueiras com cria; devolvidas, não extraímos quadro com cria.\n", dict(n=P(g.pick([nickname(g, a1), a1.short])), k=g.ri(2, 9))))
    a2 = g.person()
    notes.append(("- Mel de «e» de «n»: drenado por sucção, sem centrífuga; umidade «u»%, vai para maturação.\n",
                  dict(e=g.pick(["jataí", "uruçu", "mandaçaia", "jandaíra"]), n=P(g.pick([a2.full, a2.first])), u=g.ri(24, 32))))
    dvr = g.person(False)
    notes.append(("- Caminhonete placa «p» parou na área limpa; o motorista, «n» (CNH «c»), foi orientado a descarregar na rampa.\n",
                  dict(p=(g.plate(), "LICENSE_PLATE"), n=P(g.pick([dvr.full, dvr.short])), c=(g.cnh(), "BR_CNH"))))
    a3 = g.person()
    notes.append(("- Cooperad«o» nov«o» «n», CPF «c», acompanhou a extração para aprender.\n", dict(o=a3.o, n=P(g.pick([a3.full, a3.caps])), c=(g.cpf(), "BR_CPF"))))
    notes.append(("- " + word_neg(g) + "\n", {}))
    for tpl, vals in g.sample(notes, g.ri(2, 4)):
        doc.f(tpl, **vals)
    doc.f("\nOperadores: «a» e «b». Responsável técnic«o»: «r» — «c». Dúvidas: «e»\n", a=P(g.pick([ops[0].first, ops[0].short])) if g.chance(0.6) else V(login(ops[0], g)),
          b=P(g.pick([ops[1].first, ops[1].nick])) if g.chance(0.6) else V(login(ops[1], g)), o=rt.o, r=P(g.pick([rt.full, rt.short])), c=(g.council("CRMV", uf), "PROFESSIONAL_ID"),
          e=(corp_mail(g.person(), cdom, g), "EMAIL_ADDRESS") if g.chance(0.5) else V(role_mail(g, cdom, g.pick(["casadomel", "agendamento", "cooperativa"]))))
    return doc


def at_loja_email(g: Gen) -> Doc:
    """An e-mail to an online honey shop's customer service quoted under the answer: a broken jar, crystallised honey taken for fake, fermented honey; the order and the lot unlabelled; the customer's CPF, home address, CEP, phone and IP; a card typed sometimes; the answer (crystallisation explained, a replacement sent, the tracking code unlabelled) signed by the attendant or the quality analyst with a CRQ or the technical officer with a CRMV; a relative who receives."""
    doc = Doc()
    shop, sdom = g.pick(SHOPS)
    c = g.person()
    an = g.person(female=g.chance(0.6))
    cmail = g.email(c)
    t0 = g.moment(hours=(8, 23))
    t1 = t0 + datetime.timedelta(hours=g.ri(2, 40))
    prod = g.pick(PRODUCTS)[0]
    kind = g.pick(["quebrado", "cristalizado", "fermentado", "atraso"])
    corp = g.chance(0.6)
    c_addr, c_cep = home(g, "text", 0.1), g.cep()
    order = pedido(g)
    doc.f("De: «f»\nPara: «t»\nData: «d»\nAssunto: RE: Pedido «o» — «p»\n\n", f=(corp_mail(an, sdom, g), "EMAIL_ADDRESS") if corp else V(f"{shop} <{role_mail(g, sdom, g.pick(['sac', 'atendimento', 'sac.loja', 'pedidos']))}>"),
          t=(cmail, "EMAIL_ADDRESS"), d=mail_date(t1), o=order, p=prod)
    doc.f("Olá, «n»!\n\n", n=P(g.pick([c.first, c.full])))
    if kind == "cristalizado":
        doc.f("O mel cristalizado não é adulterado: a cristalização é natural e depende da florada (o de «f» cristaliza rápido). Basta aquecer o pote em banho-maria, sem passar de 40 °C. "
              "O lote «l» foi analisado (umidade «u»%, HMF «h» mg/kg). ", f=g.pick(["eucalipto", "assa-peixe", "marmeleiro", "vassourinha"]), l=lote_mel(g), u=num(g.rng.uniform(16.5, 19.8), 1), h=g.ri(4, 38))
    elif kind == "fermentado":
        doc.t("Sentimos muito: mel com espuma e cheiro azedo indica fermentação, que ocorre quando a umidade passa de 20%. Vamos recolher o lote e enviar outro pote. ")
    elif kind == "quebrado":
        doc.t("Sentimos muito pelo pote quebrado. Já enviamos outro, agora em embalagem de plástico bolha duplo. ")
    else:
        doc.t("O atraso foi da transportadora; o pedido saiu do nosso galpão no prazo. ")
    doc.f("O código de rastreio é «r» e a entrega será na «a», CEP «z».\n\n", r=rastreio(g), a=(c_addr, "ADDRESS"), z=(c_cep, "BR_CEP"))
    card_in = g.chance(0.25)
    if card_in:
        doc.t("Importante: não envie dados de cartão por e-mail; apagamos a mensagem da nossa base. O estorno do frete sai na mesma fatura.\n\n")
    if corp:
        if g.chance(0.5):
            doc.f("Atenciosamente,\n«n»\nAnalista de Qualidade — «s» — «c»\n«t»\n\n", n=P(an.full), s=shop, c=(g.council("CRQ"), "PROFESSIONAL_ID"),
                  t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.4)), "PHONE_NUMBER"))
        else:
            doc.f("Atenciosamente,\n«n»\nResponsável técnic«o» (médic«o» veterinári«o») — «c»\n«s»\n\n", n=P(an.full), o=an.o, c=(g.council("CRMV"), "PROFESSIONAL_ID"), s=shop)
    else:
        doc.f("Atenciosamente,\n«n» — atendimento «s»\n\n", n=P(g.pick([an.first, an.short])), s=shop)
    doc.t("-----Mensagem original-----\n")
    doc.f("De: «n» <«e»>\nEnviada em: «d»\nPara: «r»\nAssunto: Pedido «o» — «p»\nX-Originating-IP: [«ip»]\n\n", n=P(g.pick([c.full, c.short, c.low])), e=(cmail, "EMAIL_ADDRESS"),
          d=ts(t0, "br"), r=role_mail(g, sdom, g.pick(["sac", "atendimento", "pedidos", "loja"])), o=order, p=prod, ip=(g.ip(), "IP_ADDRESS"))
    msg = {"quebrado": "o pote chegou quebrado, vazou mel na caixa toda", "cristalizado": "o mel chegou todo duro e esbranquiçado, acho que é falsificado",
           "fermentado": "o mel está com espuma e cheiro de vinagre", "atraso": "já passou 15 dias e o pedido não chegou"}[kind]
    doc.f("«x». Comprei «p» e «m». Moro na «a», «b», CEP «z». Meu CPF é «c» e o celular «t».", x=g.pick(["Boa tarde", "Boa noite", "Bom dia", "Olá"]), p=prod, m=msg,
          a=(c_addr, "ADDRESS"), b=g.pick(BAIRROS), z=(c_cep, "BR_CEP"), c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    if card_in:
        doc.f(" Se tiver custo pode cobrar no cartão «k», validade «v».", k=(g.card(g.chance(0.7)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
    doc.t("\n")
    if g.chance(0.5):
        rel = g.relative(c)
        doc.f("Se eu não estiver, «k» «n» recebe.\n", k=g.pick(["minha esposa", "minha filha", "minha mãe"] if rel.female else ["meu marido", "meu filho", "meu pai"]),
              n=P(g.pick([rel.first, rel.full])))
    doc.f("\n«n»\n", n=P(g.pick([c.first, c.full])))
    return doc


def at_grupo_apicultores(g: Gen) -> Doc:
    """The beekeepers' association WhatsApp group, in lower case (senders by number, nickname or name; @mentions): a swarm-capture work party, the truck taking hives to a melon or soy farm (plate, driver), a new number, Pix keys of any kind for the shared purchase of wax, a member's CPF key, a queen-rearing course list with CPF and birth date, a member stung taken to the UPA, the SIM inspector's visit, the honey buyer coming for the drums."""
    doc = Doc()
    cname, craz, sig, cdom = coop(g)
    st = chat_stamp(g)
    tt = iter(seq_times(g, 60, g.moment(hours=(5, 22)), 60, 2400))
    mem = [g.person(female=g.chance(0.3)) for _ in range(7)]
    nicks = [nickname(g, p) for p in mem]

    def sender(k: int) -> tuple:
        r = g.rng.random()
        if r < 0.78:
            return (g.phone("wa"), "PHONE_NUMBER")
        if r < 0.88:
            return P(nicks[k])
        if r < 0.92:
            return P(mem[k].short)
        return P(lower(mem[k].first))
    S = [sender(k) for k in range(7)]
    if g.chance(0.4):
        S[0] = V("Você")
    doc.f("Conversa do WhatsApp com «g»\n\n", g=g.pick([f"{sig} apicultores 🐝", f"{cname} — avisos", f"apicultura {lower(g.city()[0])}", f"{sig} 🍯 associados"]))
    coord, tes = 1, 2
    a, b, c_ = g.sample(range(3, 7), 3)
    cl(doc, st(next(tt)), S[coord], "bom dia povo, sábado tem mutirão de divisão de enxame no apiário do @«x», levar macacão e fumigador", x=P(lower(nicks[a])))
    msgs = []
    fm, fraz, crop, fdom = farm(g)
    dv = g.person(False)
    msgs.append(("o caminhão pra levar as caixas pra lavoura de «c» da «f» sai quinta 3h da manhã, placa «p», motorista «n». quem vai mandar caixa avisa até terça",
                 dict(c=crop, f=lower(fm), p=(g.plate(), "LICENSE_PLATE"), n=P(g.pick([lower(dv.first), dv.nick, lower(dv.short)])))))
    msgs.append(("meu numero novo é «t»", dict(t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))))
    k1, kv1 = pix_key(g, mem[a])
    msgs.append(("@«n» minha chave pix pra rateio da cera alveolada é «v»", dict(n=P(lower(mem[tes].first)), v=kv1)))
    p2 = mem[b]
    msgs.append(("a chave «x» «n» é o cpf «y» «c», «z» tá sem internet no sítio", dict(x="da" if p2.female else "do", n=P(lower(nicks[b])), y="dela" if p2.female else "dele",
                                                                                      z="ela" if p2.female else "ele", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))))
    if g.chance(0.7):
        p3 = g.person()
        msgs.append(("lista pro curso de produção de rainhas do senar: «n» cpf «c» nasc «d»", dict(n=P(lower(p3.full)), c=(g.cpf(), "BR_CPF"),
                                                                                                    d=(g.dob(g.pick(["br", "short", "nopad"]), 1955, 2005), "DATE_OF_BIRTH"))))
    msgs.append(("alguém leva «x» «n» na upa? levou umas «k» ferroadas tirando enxame do forro, tá inchad«o»", dict(x="a" if mem[c_].female else "o",
                                                                                                              n=P(lower(nicks[c_])), k=g.ri(20, 60), o=mem[c_].o)))
    fisc = g.person(female=g.chance(0.6))
    msgs.append(("«x» fiscal do sim, «n», vem sexta na casa do mel, deixa tudo limpo e o caderno de lote em dia", dict(x="a" if fisc.female else "o",
                                                                                                                   n=P(lower(g.pick([fisc.first, fisc.short]))))))
    byr = g.person()
    bn, bd = buyer(g)
    msgs.append(("«a» «n» da «c» vem buscar os tambores às 14h, preço «v» o quilo", dict(a="a" if byr.female else "o", n=P(lower(g.pick([byr.first, byr.short]))),
                                                                                           c=lower(bn.split(" Ltda")[0].split(" S.A.")[0]), v=brl(money(g, 11, 19)))))
    msgs.append((chat_neg(g), {}))
    if g.chance(0.5):
        msgs.append(("a centrífuga travou de novo, «n» já chamou o técnico", dict(n=P(lower(nicks[a])))))
    order = g.sample(msgs, min(len(msgs), g.ri(6, 9)))
    for tpl, vals in order:
        k = g.ri(0, 6)
        if "minha chave pix" in tpl:
            k = a
        cl(doc, st(next(tt)), S[k], tpl, **vals)
    cl(doc, st(next(tt)), S[tes], g.pick(["recebi as chaves, a cera chega dia 15 🙏", "anotado, quem não mandou a chave paga na reunião", "ok, rateio da cera fechado"]))
    if g.chance(0.4):
        cl(doc, st(next(tt)), S[coord], "<Mídia oculta>")
    return doc


def at_feira_cadastro(g: Gen) -> Doc:
    """The city's producers' fair: the stall holders' registration list (CSV or ruled: stall, name, CPF, phone, product, inspection seal unlabelled or 'sem inspeção', the unloading vehicle's plate), the coordinator's notes (honey without a label, a son replacing his father with his CPF, a shared stall), the coordinator's e-mail or the role mailbox."""
    doc = Doc()
    city, uf, mdom = muni(g)
    fair = g.pick(["Feira do Produtor Rural", "Feira da Agricultura Familiar", "Feira do Mel e da Cachaça", "Festa do Mel", "Feira Livre da Praça da Matriz"])
    coordp = g.person(female=g.chance(0.6))
    doc.f("Prefeitura de «c» — Secretaria de Agricultura\n«f» — cadastro de feirantes «y»\n\n", c=city, f=fair, y=g.pick([2025, 2026]))
    rows = []
    for k in range(g.ri(4, 6)):
        p = g.person()
        prod = g.pick(["mel, própolis", "mel de jataí", "mel e pólen", "hortaliças", "queijo colonial", "mel em sachê, favo", "cachaça e mel", "velas de cera"])
        ins = insp_reg(g) if "mel" in prod and g.chance(0.7) else g.pick(["sem inspeção", "em análise", "-"])
        if g.chance(0.8):
            cpf_cell = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        elif g.chance(0.6):
            c_ = g.cpf_digits()
            cpf_cell = V(g.pick([f"***.{c_[3:6]}.{c_[6:9]}-**", f"{c_[:3]}.***.***-{c_[9:]}"]))
        else:
            cpf_cell = V("")
        rows.append([V(f"{k + 1:02d}"), P(g.pick([p.full, p.caps, p.short])), cpf_cell,
                     (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER") if g.chance(0.8) else V(""), V(prod), V(ins),
                     (g.plate(), "LICENSE_PLATE") if g.chance(0.6) else V("-")])
    cols = ["banca", "feirante", "cpf", "telefone", "produto", "inspecao", "placa_descarga"]
    if g.chance(0.5):
        table_csv(doc, cols, rows, g.pick([";", ","]))
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "pipe", "md", "psql"]))
    doc.t("\nObservações da coordenação:\n")
    notes = []
    a1 = g.person()
    notes.append(("- Banca «k»: «n» vendendo mel sem rótulo e sem registro; orientad«o» e notificad«o» pela vigilância.\n",
                  dict(k=f"{g.ri(1, 30):02d}", n=P(g.pick([a1.full, nickname(g, a1)])), o=a1.o)))
    a2 = g.person(False)
    son = g.relative(a2, female=g.chance(0.3))
    notes.append(("- «n» (banca «k») será substituído pel«o» filh«o» «m», CPF «c», telefone «t».\n",
                  dict(n=P(g.pick([a2.full, a2.short])), k=f"{g.ri(1, 30):02d}", o=son.o, m=P(son.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))))
    a3 = g.person()
    notes.append(("- Banca dividida com «n» (pólen e cera), CPF «c».\n", dict(n=P(g.pick([a3.full, a3.caps])), c=(g.cpf(), "BR_CPF"))))
    notes.append(("- " + word_neg(g) + "\n", {}))
    for tpl, vals in g.sample(notes, g.ri(2, 4)):
        doc.f(tpl, **vals)
    doc.f("\nCoordenação: «n» — «e»\n", n=P(g.pick([coordp.full, coordp.short])),
          e=(corp_mail(coordp, mdom, g), "EMAIL_ADDRESS") if g.chance(0.55) else V(role_mail(g, mdom, g.pick(["feira", "agricultura", "sim"]))))
    return doc


AT = [at_enxame_zap, at_193_stt, at_ficha_associado, at_agenda_extracao, at_loja_email, at_grupo_apicultores, at_feira_cadastro]


# --------------------------------------------------------------------------- juridico

BEE_JOB = ("apicultor", "apicultora")
MELIP_JOB = ("meliponicultor", "meliponicultora")
HELPER_JOB = ("auxiliar de apiário", "auxiliar de apiário")


def ju_contrato_polinizacao(g: Gen) -> Doc:
    """A pollination-service contract (hive rental) between a soy, melon, apple, coffee or canola farm and a beekeeper or cooperative (capitals sometimes): the farm's CNPJ and its manager with CPF, the beekeeper qualified (RG or CNH, CPF, e-mail, phone, home, CEP) or the cooperative's CNPJ and president; hives, density, period; the night transport by the beekeeper's trucks (plates); the spraying clause with the farm's agronomist (CREA); payment to agency and account or a random Pix key; witnesses or an e-signature log with IPs."""
    doc = Doc()
    fm, fraz, crop, fdom = farm(g)
    city, uf = g.city()
    mgr = g.person()
    agro = g.person()
    caps = g.chance(0.25)
    up = caps_t if caps else (lambda s: s)
    NM = (lambda p: p.capsf) if caps else (lambda p: p.full)
    bk = g.person(female=g.chance(0.25))
    via_coop = g.chance(0.35)
    hives = g.ri(40, 600)
    price = money(g, 90, 260)
    doc.f(up("CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE POLINIZAÇÃO COM LOCAÇÃO DE COLMEIAS Nº «n»\n\n"), n=clean(g, lambda: f"{g.ri(1, 99):03d}/{g.ri(2025, 2026)}"))
    doc.f(up("CONTRATANTE: «r» («f»), CNPJ «j», com sede na zona rural de «c»/«u», neste ato representada por seu gerente agrícola «n», CPF «x»"),
          r=fold(fraz).upper() if caps else fraz, f=fm, j=(g.any_cnpj(), "BR_CNPJ"), c=city, u=uf, n=P(NM(mgr)), x=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.t(up(", e-mail "))
        doc.e(corp_mail(mgr, fdom, g), "EMAIL_ADDRESS")
    doc.t(";\n")
    if via_coop:
        cname, craz, sig, cdom = coop(g)
        doc.f(up("CONTRATADA: «r» («s»), CNPJ «j», com sede na «e», representada por seu presidente "), r=fold(craz).upper() if caps else craz, s=sig,
              j=(g.any_cnpj(), "BR_CNPJ"), e=g.pick(SHEDS))
    else:
        doc.t(up("CONTRATADO(A): "))
    bcity = city_of(g, uf) if g.chance(0.7) else g.city()
    bk_mail = g.email(bk)
    qualify(g, doc, bk, caps=caps, job=BEE_JOB, email=bk_mail if g.chance(0.6) else False, phone=g.chance(0.6),
            addr=home(g, "caps" if caps else "text", 0.6, bcity[1]), where=bcity)
    doc.t(".\n\n")
    d_a = g.day()
    d_b = d_a + datetime.timedelta(days=g.ri(18, 70))
    doc.f(up("CLÁUSULA 1ª — OBJETO. Instalação de «h» colmeias de Apis mellifera em bom estado sanitário, com no mínimo 8 quadros de cria, na densidade de «d» colmeias por hectare, "
             "nos talhões de «c» indicados pela CONTRATANTE, durante a floração (estimada de «a» a «b»).\n"), h=hives, d=g.pick(["2", "3", "4", "5"]), c=crop,
          a=dbr(d_a), b=dbr(d_b))
    doc.f(up("CLÁUSULA 2ª — PREÇO. R$ «p» por colmeia por ciclo, total de R$ «t», pago 50% na instalação e 50% na retirada.\n"), p=brl(price), t=brl(price * hives))
    doc.t(up("CLÁUSULA 3ª — TRANSPORTE. A migração será noturna, pelos caminhões do(a) CONTRATADO(A) "))
    for k in range(g.ri(1, 2)):
        if k:
            doc.t(up(" e "))
        doc.f(up("placa «p»"), p=(g.plate(), "LICENSE_PLATE"))
    doc.f(up(", acompanhados de GTA («g»).\n"), g=gta(g))
    doc.f(up("CLÁUSULA 4ª — DEFENSIVOS. A CONTRATANTE avisará com 48 horas de antecedência qualquer aplicação, que só ocorrerá após o pôr do sol e com produtos da receita agronômica "
             "do(a) engenheiro(a) agrônomo(a) «n» («c»), vedados inseticidas de alta toxicidade para abelhas (Lei 14.785/2023). Mortandade causada por aplicação sem aviso será "
             "indenizada a R$ «v» por colmeia.\n"), n=P(NM(agro)), c=(g.council("CREA", uf), "PROFESSIONAL_ID"), v=brl(money(g, 450, 900)))
    r = g.rng.random()
    if r < 0.6:
        b = g.pick(BANKS)
        doc.f(up("CLÁUSULA 5ª — PAGAMENTO. Em conta do(a) CONTRATADO(A) no «b», agência «a», conta «c».\n"), b=b[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f(up("CLÁUSULA 5ª — PAGAMENTO. Por Pix na chave aleatória «k».\n"), k=(g.uuid(), "PIX_KEY"))
    doc.f(up("CLÁUSULA 6ª — FORO. Comarca de «c»/«u».\n\n"), c=city, u=uf)
    d_sig = d_a - datetime.timedelta(days=g.ri(10, 60))
    doc.f("«c»/«u», «d».\n", c=city, u=uf, d=dbr(d_sig, "long"))
    if g.chance(0.5):
        t0 = datetime.datetime(d_sig.year, d_sig.month, d_sig.day, g.ri(7, 11), g.ri(0, 59), g.ri(0, 59))
        esign_log(g, doc, [(mgr, corp_mail(mgr, fdom, g)), (bk, bk_mail), (agro, corp_mail(agro, fdom, g))], t0)
    else:
        doc.f("\n________________________\n«a»\nContratante\n\n________________________\n«b»\nContratado(a)\n", a=P(mgr.capsf), b=P(bk.capsf))
        witnesses(g, doc, 2, caps)
    return doc


def ju_peticao_vizinho(g: Gen) -> Doc:
    """A neighbour's petition to a small-claims court against a beekeeper keeping hives by the house (Civil Code arts. 936 and 1.277, a municipal law on distances): the plaintiff qualified, the defendant with CPF and home address, the child stung (birth date), the UPA and the ICD code, the photos, witnesses with RG or phone, the lawyer's OAB, e-mail and phone."""
    doc = Doc()
    city, uf = g.city()
    pl = g.person()
    df = g.person(False if g.chance(0.8) else True)
    adv = g.person()
    child = g.relative(pl)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(ÍZA) DE DIREITO DO «k» JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«u»\n\n\n", k=g.pick(["1º", "2º", "3º"]), c=fold(city).upper(), u=uf)
    qualify(g, doc, pl, email=g.chance(0.7), phone=g.chance(0.5), where=(city, uf))
    doc.t(", por seu advogado, vem propor\n\nAÇÃO DE OBRIGAÇÃO DE FAZER C/C INDENIZAÇÃO POR DANOS MORAIS\n\nem face de ")
    doc.e(df.full if g.chance(0.6) else df.caps, "PERSON")
    doc.f(", «j», inscrit«o» no CPF sob o nº «c», residente na «a», «b», «m»/«u», CEP «z», pelos fatos a seguir.\n\n", j=bee_job(df), o=df.o, c=(g.cpf(), "BR_CPF"),
          a=(home(g, "text", 0.3), "ADDRESS"), b=g.pick(BAIRROS), m=city, u=uf, z=(g.cep(), "BR_CEP"))
    hives = g.ri(8, 60)
    doc.f("I — DOS FATOS\n\nO réu mantém «h» colmeias de abelhas africanizadas a cerca de «d» metros da residência do autor, em desacordo com a Lei Municipal nº «l», "
          "que exige distância mínima de 400 metros de habitações. ", h=hives, d=g.ri(15, 120), l=f"{g.ri(1000, 5999)}/{g.ri(2008, 2022)}")
    doc.f("Em «d», «x» do autor, «n», nascid«o» em «b», foi atacad«o» no quintal e recebeu mais de «k» ferroadas, sendo atendid«o» em «u» (CID-10 T63.4 e L50.0).\n\n",
          d=g.date("br"), x="a filha" if child.female else "o filho", n=P(child.full), o=child.o, b=(g.dob("br", 2012, 2022), "DATE_OF_BIRTH"), k=g.ri(15, 80),
          u=g.pick(HOSPITALS + UBS[:3]))
    doc.f("O autor procurou o réu, conhecido como «k», e o chamou pelo WhatsApp «t», sem providência. Em «d» registrou reclamação no 156 (protocolo «p»).\n\n",
          k=P(nickname(g, df)), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), d=g.date("br"), p=proto(g))
    doc.t("II — DO DIREITO\n\nO dono ou detentor do animal ressarcirá o dano por este causado (art. 936 do Código Civil), e o proprietário tem direito de fazer cessar "
          "as interferências prejudiciais à segurança e à saúde dos que o habitam (art. 1.277). A Lei 9.099/1995 autoriza o rito.\n\n")
    doc.t("III — DOS PEDIDOS\n\na) tutela de urgência para a remoção das colmeias em 10 dias, sob multa diária; b) indenização por danos morais; c) reembolso das despesas médicas.\n\n")
    doc.t("Testemunhas:\n")
    for _ in range(g.ri(1, 2)):
        tw = g.person()
        if g.chance(0.5):
            doc.f("- «n», RG «r»\n", n=P(g.pick([tw.full, tw.caps])), r=(g.rg(), "BR_RG"))
        else:
            doc.f("- «n», telefone «t»\n", n=P(g.pick([tw.full, tw.caps])), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\nValor da causa: R$ «v».\n\n«c», «d».\n\n«n»\n«o»\n«e» · «t»\n", v=brl(money(g, 5000, 40000)), c=city, d=g.date("long"), n=P(adv.full),
          o=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(g.email(adv, g.pick([None, "adv.br"])), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def ju_audiencia(g: Gen) -> Doc:
    """Hearing minutes: a small-claims conciliation between neighbours over hives (the conciliator, the parties' CPF, the lawyers' OAB, the agronomist or veterinarian assistant, the hives moved to a farmstead by a date) or a labour court hearing of an apiary helper (the judge, CPF and PIS, the beekeeper as an individual employer with CPF); a settlement to an account or a Pix key of any kind, a witness's RG; the CNJ number unlabelled."""
    doc = Doc()
    city, uf = g.city()
    labour = g.chance(0.4)
    a = g.person()
    b_ = g.person(False if g.chance(0.8) else True)
    judge = g.person()
    a1, a2 = g.person(), g.person()
    if labour:
        doc.f("PODER JUDICIÁRIO — JUSTIÇA DO TRABALHO\n«k»ª VARA DO TRABALHO DE «c»\n\nATA DE AUDIÊNCIA — PROCESSO «p»\n\n", k=g.ri(1, 6), c=fold(city).upper(), p=cnj_of(g, uf, True))
        doc.f("Aos «d», presente «x» MM. Juiz«a» do Trabalho «j», foram apregoadas as partes.\n", d=g.date("br"), x="a" if judge.female else "o",
              a="a" if judge.female else "", j=P(judge.full))
        a_cpf = g.cpf()
        doc.f("RECLAMANTE: «n», CPF «c»", n=P(a.capsf), c=(a_cpf, "BR_CPF"))
        if g.chance(0.6):
            doc.f(", PIS «p»", p=(g.pis(), "BR_PIS"))
        doc.f(", acompanhad«o» de «x» advogad«y» «n» («b»).\n", o=a.o, x="sua" if a1.female else "seu", y="a" if a1.female else "o", n=P(a1.full), b=(g.council("OAB", uf), "PROFESSIONAL_ID"))
        doc.f("RECLAMADO: «n», «j», CPF «c», pessoalmente, acompanhado de «x» advogad«y» «m» («b»).\n", n=P(b_.capsf), j=bee_job(b_), c=(g.cpf(), "BR_CPF"),
              x="sua" if a2.female else "seu", y="a" if a2.female else "o", m=P(a2.full), b=(g.council("OAB", uf), "PROFESSIONAL_ID"))
        doc.t("Objeto: vínculo de auxiliar de apiário (diárias na migração de colmeias) e indenização por choque anafilático sem EPI adequado.\n")
    else:
        doc.f("PODER JUDICIÁRIO DO ESTADO\n«k» JUIZADO ESPECIAL CÍVEL DE «c»\n\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO — PROCESSO «p»\n\n", k=g.pick(["1º", "2º"]), c=fold(city).upper(), p=cnj_of(g, uf))
        doc.f("Presente «x» conciliador«a» «j».\n", x="a" if judge.female else "o", a="a" if judge.female else "", j=P(judge.full))
        a_cpf = g.cpf()
        doc.f("AUTOR(A): «n», CPF «c», com «x» advogad«y» «m» («b»).\n", n=P(a.capsf), c=(a_cpf, "BR_CPF"), x="sua" if a1.female else "seu",
              y="a" if a1.female else "o", m=P(a1.full), b=(g.council("OAB", uf), "PROFESSIONAL_ID"))
        doc.f("RÉU: «n», «j», CPF «c», residente na «a», CEP «z»", n=P(b_.capsf), j=bee_job(b_), c=(g.cpf(), "BR_CPF"), a=(home(g, "text", 0.3), "ADDRESS"), z=(g.cep(), "BR_CEP"))
        if g.chance(0.5):
            doc.f(", sem advogado", )
        else:
            doc.f(", com «x» advogad«y» «m» («b»)", x="sua" if a2.female else "seu", y="a" if a2.female else "o", m=P(a2.full), b=(g.council("OAB", uf), "PROFESSIONAL_ID"))
        doc.t(".\n")
        if g.chance(0.5):
            ta = g.person()
            kind = g.pick(["CREA", "CRMV"])
            doc.f("Presente, a pedido do réu, «x» «n» («c»), que esclareceu o manejo das colmeias.\n", x="a engenheira agrônoma" if (ta.female and kind == "CREA") else
                  ("o engenheiro agrônomo" if kind == "CREA" else ("a médica veterinária" if ta.female else "o médico veterinário")), n=P(ta.full),
                  c=(g.council(kind, uf), "PROFESSIONAL_ID"))
        doc.f("\nACORDO: o réu transferirá as «h» colmeias para o apiário do «s», a mais de 400 m de habitações, até «d».", h=g.ri(8, 60),
              s=g.pick(["Sítio Boa Vista", "Sítio do sogro", "Capão Alto", "Sítio Três Irmãos"]), d=g.date("br"))
    if g.chance(0.5):
        tw = g.person()
        doc.f("\nPresente a testemunha «n», RG «r», dispensada em razão do acordo.\n", n=P(g.pick([tw.full, tw.caps])), r=(g.rg(), "BR_RG"))
    v = money(g, 1200, 25000)
    doc.f("\nAs partes ajustam «x»o pagamento de R$ «v», em «k» parcela(s), a primeira em «d», ", x="" if labour else "ainda ", v=brl(v), k=g.ri(1, 10), d=g.date("br"))
    if g.chance(0.5):
        b = g.pick(BANKS)
        doc.f("mediante depósito (banco: «b»), agência «a», conta «c», de titularidade d«o» «x».", b=b[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"),
              o="a" if labour else "o", x="reclamante" if labour else "autor(a)")
    else:
        kind_, kv = pix_key(g, a, a_cpf)
        doc.f("por Pix na chave («k») «v».", k=kind_, v=kv)
    doc.t(" Multa de 50% em caso de atraso. Homologo o acordo para que produza seus efeitos.\n\nNada mais.\n")
    doc.f("«j»\n", j=P(judge.full if g.chance(0.5) else judge.caps))
    return doc


def ju_auto_infracao(g: Gen) -> Doc:
    """An inspection service's infraction and seizure notice (ALL CAPS, OCR'd sometimes): honey sold without inspection at a fair or from a car, or an unregistered extraction room; the person fined qualified (CPF, RG, home, CEP, phone), the vehicle's plate, the products seized (lots unlabelled), the legal basis (Lei 1.283/1950, Decreto 9.013/2017, Lei 7.889/1989), the inspector (veterinarian, CRMV), a witness with CPF; the process and notice numbers unlabelled; the defence by e-mail to a role mailbox."""
    doc = Doc()
    city, uf, mdom = muni(g)
    scan = g.chance(0.4)
    T = (lambda s: ocr_t(caps_t(s), g, 0.2)) if scan else caps_t
    N = (lambda s: ocr(s, g, 0.3, names=True)) if scan else (lambda s: s)
    who = g.person()
    fisc = g.person(female=g.chance(0.5))
    wt = g.person()
    agency = g.pick(AGENCIES)
    where = g.pick(["NA FEIRA LIVRE DA PRAÇA DA MATRIZ", "NO ACOSTAMENTO DA RODOVIA, EM VEÍCULO", "EM BANCA NA FESTA DO MEL", "EM CÔMODO DOS FUNDOS DA RESIDÊNCIA DO AUTUADO",
                    "NO MERCADO MUNICIPAL, BOX 14"])
    doc.f(T("«a»\nAUTO DE INFRAÇÃO Nº «n» E TERMO DE APREENSÃO Nº «m»\nPROCESSO «p»\n\n"), a=fold(agency).upper(), n=clean(g, lambda: f"{g.d(4)}/{g.ri(2025, 2026)}"),
          m=clean(g, lambda: f"{g.d(3)}/{g.ri(2025, 2026)}"), p=processo_adm(g))
    doc.f(T("AUTUADO(A): «n», CPF «c», RG «r», RESIDENTE NA «e», CEP «z», «x», TEL. «t»\n"), n=P(N(who.capsf)), c=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"),
          e=(N(home(g, "caps", 0.5)), "ADDRESS"), z=(g.cep(), "BR_CEP"), x=fold(city).upper() + "/" + uf, t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    kg = g.ri(20, 600)
    doc.f(T("LOCAL: «w». DATA/HORA: «d» «h».\nDESCRIÇÃO: EXPOSIÇÃO À VENDA DE APROXIMADAMENTE «k» KG DE MEL EM POTES E BALDES SEM RÓTULO, SEM REGISTRO NO SERVIÇO DE INSPEÇÃO "
            "E SEM COMPROVAÇÃO DE ORIGEM, "), w=where, d=g.date("br"), h=f"{g.ri(6, 17):02d}:{g.ri(0, 59):02d}", k=kg)
    if g.chance(0.6):
        doc.f(T("TRANSPORTADOS NO VEÍCULO «v» PLACA «p», "), v=g.pick(["FIAT STRADA", "VW SAVEIRO", "GM MONTANA", "FORD COURIER"]), p=(g.plate(), "LICENSE_PLATE"))
    doc.t(T("EM DESACORDO COM A LEI 1.283/1950, O DECRETO 9.013/2017 (RIISPOA) E A LEI 7.889/1989.\n"))
    doc.t(T("PRODUTOS APREENDIDOS:\n"))
    for _ in range(g.ri(2, 3)):
        doc.f(T("- «q» «u» DE «p», «l»\n"), q=g.ri(3, 60), u=g.pick(["POTES DE 1 KG", "BALDES DE 25 KG", "POTES DE 500 G", "FRASCOS"]),
              p=g.pick(["MEL SILVESTRE", "MEL DE EUCALIPTO", "MEL \"PURO DE JATAÍ\"", "EXTRATO DE PRÓPOLIS", "MEL COM FAVO"]), l=g.pick([lote_mel(g), "SEM LOTE"]))
    doc.t(T("DESTINO: INUTILIZAÇÃO APÓS PRAZO DE DEFESA. AMOSTRA COLHIDA PARA ANÁLISE, "))
    doc.f(T("«l».\n"), l=lacre(g).upper())
    doc.f(T("TESTEMUNHA: «n», CPF «c»\nFISCAL: «f», MÉDIC«o» VETERINÁRI«o», «r»\n"), n=P(N(wt.capsf)), c=(g.cpf(), "BR_CPF"), f=P(N(fisc.capsf)),
          o="A" if fisc.female else "O", r=(g.council("CRMV", uf), "PROFESSIONAL_ID"))
    doc.f(T("PRAZO DE DEFESA: 15 DIAS, POR ESCRITO, AO E-MAIL «e» OU NO PROTOCOLO DA SECRETARIA.\n"), e=role_mail(g, state_dom(uf) if "Estadual" in agency or "Coordenadoria" in agency else mdom,
                                                                                                            g.pick(["sim", "sie", "defesa", "protocolo", "fiscalizacao"])))
    doc.t(T("ASSINATURA DO AUTUADO: ") + g.pick(["RECUSOU-SE A ASSINAR", "________________", "(ASSINADO)"]) + "\n")
    if g.chance(0.3):
        doc.t(T("OBS.: " + fold(word_neg(g)).upper() + "\n"))
    return doc


def ju_bo_colmeias(g: Gen) -> Doc:
    """Either an ALL CAPS police report of hives stolen from an apiary (the victim qualified, the brand burnt on the boxes, a neighbour who saw a pickup's plate, the suspect's nickname, name and CPF, the officers, the delegado; the BO number unlabelled), or a beekeeper's complaint to the prosecutor over bees killed by a neighbour's spraying (the beekeeper qualified, the farm's CNPJ and owner, the aircraft's mark unlabelled, the agronomist's CREA, the lab's chemist with a CRQ, the veterinarian's CRMV, a witness's RG, the lawyer's OAB and e-mail)."""
    doc = Doc()
    city, uf = g.city()
    if g.chance(0.55):
        scan = g.chance(0.4)
        T = (lambda s: ocr_t(caps_t(s), g, 0.2)) if scan else caps_t
        N = (lambda s: ocr(s, g, 0.3, names=True)) if scan else (lambda s: s)
        v = g.person(False if g.chance(0.75) else True)
        nb = g.person()
        sus = g.person(False)
        sd = g.person(female=g.chance(0.25))
        dl = g.person()
        doc.f(T("BOLETIM DE OCORRÊNCIA Nº «b» — DELEGACIA DE POLÍCIA DE «c»\nNATUREZA: FURTO (ART. 155 CP) — ZONA RURAL\nDATA DO REGISTRO: «d» «h»\n\n"), b=bo_no(g),
              c=fold(city).upper(), d=g.date("br"), h=g.hm())
        doc.f(T("VÍTIMA: «n», «j», NASCID«o» EM «dn», CPF «c», RG «r», RESIDENTE NA «e», CEP «z», TEL. «t»\n\n"), n=P(N(v.capsf)), j=fold(bee_job(v)).upper(),
              o="A" if v.female else "O", dn=(g.dob("br", 1950, 2000), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"), e=(N(rural_addr(g, "caps")), "ADDRESS"),
              z=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        mark = "".join(g.pick("ABCDEFGHJKLMNPRSTVZ") for _ in range(2))
        pl = g.plate()
        doc.f(T("HISTÓRICO: A VÍTIMA RELATA QUE, AO VISITAR SEU APIÁRIO INSTALADO EM ÁREA CEDIDA NA «f», CONSTATOU A FALTA DE «k» COLMEIAS POVOADAS, MODELO LANGSTROTH, "
                "COM A MARCA \"«m»\" GRAVADA A FOGO, AVALIADAS EM R$ «v». «vz» «n», TEL. «t», VIU NA MADRUGADA UMA CAMINHONETE DE COR «cor», PLACA «p», PARADA NA ESTRADA. "),
              f=fold(farm(g)[0]).upper(), k=g.ri(5, 40), m=mark, vz="A VIZINHA" if nb.female else "O VIZINHO", v=brl(money(g, 2000, 24000)), n=P(N(fold(g.pick([nb.full, nb.short])).upper())),
              t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), cor=g.pick(["BRANCA", "PRATA", "PRETA"]), p=(pl, "LICENSE_PLATE"))
        doc.f(T("A VÍTIMA SUSPEITA DE «n», VULGO «k», APICULTOR DA REGIÃO, CPF «c», QUE JÁ TERIA OFERECIDO ENXAMES A PREÇO BAIXO.\n"), n=P(N(sus.capsf)),
              k=P(fold(nickname(g, sus)).upper()), c=(g.cpf(), "BR_CPF"))
        doc.f(T("DILIGÊNCIAS: A GUARNIÇÃO DO «g» «s» LOCALIZOU O VEÍCULO PLACA «p», DE PROPRIEDADE DE «o».\nAUTORIDADE: «x» DE POLÍCIA «d»\n"),
              g=g.pick(["SD PM", "CB PM", "SGT PM"]), s=P(N(sd.capsf)), p=(pl, "LICENSE_PLATE"), o=P(N(fold(g.person().full).upper())),
              x="DELEGADA" if dl.female else "DELEGADO", d=P(N(dl.capsf)))
        return doc
    bk = g.person(False if g.chance(0.7) else True)
    fm, fraz, crop, fdom = farm(g)
    own = g.person(False)
    agro = g.person()
    chem = g.person()
    vet = g.person()
    adv = g.person()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) PROMOTOR(A) DE JUSTIÇA DA COMARCA DE «c»/«u» — CURADORIA DO MEIO AMBIENTE\n\nREPRESENTAÇÃO\n\n", c=fold(city).upper(), u=uf)
    qualify(g, doc, bk, job=BEE_JOB, phone=True, email=g.chance(0.5), addr=rural_addr(g), where=(city, uf))
    doc.f(", vem representar contra «r» («f»), CNPJ «j», cujo sócio-administrador é «n», pelos fatos a seguir.\n\n", r=fraz, f=fm, j=(g.any_cnpj(), "BR_CNPJ"), n=P(own.full))
    doc.f("Em «d», a aeronave agrícola de prefixo «pr» aplicou inseticida na lavoura de «c» vizinha ao apiário do representante, sem aviso prévio e em horário de voo das abelhas. "
          "No dia seguinte, «k» das «t» colmeias apresentavam mortandade total.\n", d=g.date("br"), pr=f"PR-{g.up(3)}", c=crop, k=g.ri(20, 90), t=g.ri(90, 200))
    doc.f("A receita agronômica foi assinada por «n» («c»). O laudo «l», assinado pel«o» químic«o» «q» («r»), detectou fipronil nas abelhas mortas. "
          "«x» médic«y» veterinári«y» «v» («m») atestou o quadro de intoxicação.\n", n=P(agro.full), c=(g.council("CREA", uf), "PROFESSIONAL_ID"), l=laudo(g), o=chem.o,
          q=P(chem.full), r=(g.council("CRQ"), "PROFESSIONAL_ID"), x="A" if vet.female else "O", y=vet.o, v=P(vet.full), m=(g.council("CRMV", uf), "PROFESSIONAL_ID"))
    tw = g.person()
    doc.f("Presenciou a aplicação «n», RG «r».\n\nRequer a instauração de inquérito civil (Lei 7.347/1985) e a apuração do crime do art. 54 da Lei 9.605/1998.\n\n",
          n=P(tw.full), r=(g.rg(), "BR_RG"))
    doc.f("«c», «d».\n\n«n» — «o»\n«e»\n", c=city, d=g.date("long"), n=P(adv.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(g.email(adv, g.pick([None, "adv.br"])), "EMAIL_ADDRESS"))
    return doc


def ju_ata_assembleia(g: Gen) -> Doc:
    """The minutes of a beekeepers' cooperative's general assembly (ALL CAPS sometimes): the chair and the secretary, the honey price and the surplus, the board elected and qualified (RG or CNH, CPF, birth date and título sometimes, home, CEP), the fiscal council with CPF, the lawyer's OAB, the attendance list with CPF and how each signed."""
    doc = Doc()
    cname, craz, sig, cdom = coop(g)
    caps = g.chance(0.35)
    up = caps_t if caps else (lambda s: s)
    city, uf = g.city()
    d = g.day()
    pres = g.person(female=g.chance(0.35))
    sec = g.person(female=g.chance(0.6))
    adv = g.person()
    n_pres = g.ri(18, 120)
    melip = "Jandaíra" in cname
    NM = (lambda p: p.capsf) if caps else (lambda p: g.pick([p.full, p.full, p.caps]))
    doc.f(up("ATA DA ASSEMBLEIA GERAL ORDINÁRIA DA «r» — «s»\nCNPJ «c»\n\n"), r=fold(craz).upper(), s=sig, c=(g.any_cnpj(), "BR_CNPJ"))
    doc.f(up("Aos «d» dias do mês de «m» de «y», às «h» horas, na sede social, reuniram-se «n» associados, conforme lista de presença, "
             "sob a presidência de «p», secretariada por «q».\n"), d=d.day, m=MONTHS[d.month - 1], y=d.year, h=g.pick(["oito", "nove", "catorze", "dezenove"]),
          n=n_pres, p=P(NM(pres)), q=P(NM(sec)))
    doc.f(up("Ordem do dia: (1) contas do exercício de «y»; (2) preço de referência do mel da safra; (3) eleição da diretoria e do conselho fiscal; (4) contrato de polinização com a «f».\n"),
          y=d.year - 1, f=farm(g)[0])
    doc.f(up("(1) Contas aprovadas por «a» votos e «b» abstenções. (2) Fixado o adiantamento de R$ «v» por quilo de mel entregue na casa do mel, com umidade até 20%. "
             "(3) Eleita por aclamação a chapa «ch», assim composta:\n"), a=n_pres - g.ri(0, 6), b=g.ri(0, 6), v=brl(money(g, 9, 16)),
          ch=g.pick(["\"Colmeia Unida\"", "\"Flor do Campo\"", "\"Rainha do Sertão\"", "\"Favo de Luz\""]))
    for k, cargo in enumerate(["PRESIDENTE", "VICE-PRESIDENTE", "TESOUREIRO(A)", "SECRETÁRIO(A)"][:g.pick([3, 3, 4])]):
        p = pres if k == 0 else g.person(female=g.chance(0.4))
        doc.t(cargo + ": ")
        qualify(g, doc, p, caps=caps, job=MELIP_JOB if melip else BEE_JOB, titulo=g.chance(0.15), dob=g.chance(0.3), addr=home(g, "caps" if caps else "text", 0.6, uf),
                where=city_of(g, uf))
        doc.t(";\n")
    doc.t(up("CONSELHO FISCAL: "))
    ncf = g.ri(2, 3)
    for k in range(ncf):
        cf = g.person()
        doc.f("«n» (CPF «c»)" + ("; " if k < ncf - 1 else ".\n"), n=P(NM(cf)), c=(g.cpf(), "BR_CPF"))
    doc.f(up("(4) Aprovado. Nada mais havendo, eu, «s», lavrei a presente ata.\n«c», «d».\n\n"), s=P(NM(sec)) if g.chance(0.5) else V("secretário(a) ad hoc"),
          c=city, d=fmt_date(d.day, d.month, d.year, "caps" if caps else "long"))
    doc.f(up("Visto do advogado: «n» — «o»\n\n"), n=P(NM(adv)), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.t(up("LISTA DE PRESENÇA (extrato)\n"))
    rows = []
    for k in range(g.ri(2, 3)):
        p = g.person(female=g.chance(0.4))
        rows.append([V(str(k + 1)), P(NM(p)), (g.cpf(), "BR_CPF") if g.chance(0.85) else V("não trouxe"),
                     V(g.pick(["(assinado)", "(assinado)", "(impressão digital)", "(a rogo)"]))])
    table_ruled(doc, ["nº", "nome", "CPF", "assinatura"], rows, g.pick(["plus", "plain", "pipe"]))
    return doc


def ju_reclamacao(g: Gen) -> Doc:
    """A labour claim of an apiary helper or an extraction-house worker against a beekeeper (an individual employer, CPF, nickname, WhatsApp) or a cooperative (CNPJ): qualified with PIS, título sometimes, birth date, CTPS unlabelled; daily wages by Pix to the CPF key; night migrations of hives; anaphylaxis after stings with a torn suit (T78.2); witnesses with RG and phone; the lawyer's OAB and e-mail."""
    doc = Doc()
    city, uf = g.city()
    w = g.person(female=g.chance(0.3))
    adv = g.person()
    coopside = g.chance(0.4)
    doc.f("«x» DA «k»ª VARA DO TRABALHO DE «c»/«u»\n\n\n", x=g.pick(["EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(ÍZA) DO TRABALHO", "EXMO(A). SR(A). DR(A). JUIZ(A) DO TRABALHO"]),
          k=g.ri(1, 6), c=fold(city).upper(), u=uf)
    qualify(g, doc, w, pis=True, titulo=g.chance(0.4), dob=True, phone=True, where=(city, uf), job=HELPER_JOB if not coopside else ("operador de casa do mel", "operadora de casa do mel"),
            addr=home(g, "text", 0.5))
    doc.f(", CTPS «c», vem propor\n\nRECLAMAÇÃO TRABALHISTA\n\nem face de ", c=ctps(g, uf))
    if coopside:
        cname, craz, sig, cdom = coop(g)
        doc.f("«r», CNPJ «j», com sede na «e»", r=craz, j=(g.any_cnpj(), "BR_CNPJ"), e=g.pick(SHEDS))
        boss = g.person()
    else:
        boss = g.person(False)
        doc.f("«n», apicultor, CPF «c», residente na «a», CEP «z»", n=P(boss.full), c=(g.cpf(), "BR_CPF"), a=(rural_addr(g), "ADDRESS"), z=(g.cep(), "BR_CEP"))
    doc.t(".\n\nI — DOS FATOS\n\n")
    doc.f("«A» reclamante trabalhou de «d1» a «d2» sem registro, recebendo diárias de R$ «v» por Pix na chave CPF «c». ", A="A" if w.female else "O",
          d1=g.date("br", g.pick([2021, 2022, 2023])), d2=g.date("br", 2025), v=brl(money(g, 80, 160)), c=(g.cpf(), "BR_CPF"))
    doc.f("As ordens eram dadas por «n», conhecido como «k», pelo WhatsApp «t». ", n=P(boss.full), k=P(nickname(g, boss)), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    fm_ = farm(g)
    doc.f("Em «d», durante a migração noturna de colmeias para os talhões de «c» da «f», com macacão rasgado fornecido pelo empregador, sofreu dezenas de ferroadas e "
          "choque anafilático (CID-10 T78.2), sendo socorrid«o» e levad«o» para «h» sem emissão de CAT.\n\n", d=g.date("br", 2025), c=fm_[2], f=fm_[1], o=w.o,
          h=g.pick(HOSPITALS))
    doc.t("II — DOS PEDIDOS\n\na) vínculo e anotação da CTPS; b) verbas rescisórias e multas dos arts. 467 e 477 da CLT; c) adicional noturno; d) danos morais (art. 7º, XXVIII, da CF); "
          "e) honorários (art. 791-A da CLT).\n\nRol de testemunhas:\n")
    for _ in range(g.ri(1, 2)):
        tw = g.person()
        doc.f("- «n», «j», RG «r», telefone «t»\n", n=P(g.pick([tw.full, tw.caps])), j=g.pick(["ex-colega de apiário", "vizinho(a) do sítio", "motorista da migração"]),
              r=(g.rg(), "BR_RG"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\nValor da causa: R$ «v».\n\n«c», «d».\n\n«n»\n«o»\n«e»\n", v=brl(money(g, 20000, 120000)), c=city, d=g.date("long"), n=P(adv.full),
          o=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(g.email(adv, g.pick([None, "adv.br"])), "EMAIL_ADDRESS"))
    return doc


JU = [ju_contrato_polinizacao, ju_peticao_vizinho, ju_audiencia, ju_auto_infracao, ju_bo_colmeias, ju_ata_assembleia, ju_reclamacao]


# --------------------------------------------------------------------------- saude


def sa_pronto_atendimento(g: Gen) -> Doc:
    """An emergency record after multiple stings (a beekeeper handling hives, a man mowing near a swarm, a child at school): name, birth date, age, CNS, CPF, mother, home, CEP, phone; the companion with a phone; arrival by SAMU (the ambulance's plate, the technician's COREN) or in a relative's car (plate); triage, the estimated stings, adrenaline, the labs for rhabdomyolysis, ICD codes (T63.4, T78.2, L50.0, M62.8), the notification; the physician's CRM and the nurse's COREN."""
    doc = Doc()
    p = g.person(female=g.chance(0.4))
    mother = g.person(True)
    md = g.person()
    nurse = g.person(female=g.chance(0.8))
    comp_ = g.relative(p)
    city, uf = g.city()
    hosp = g.pick(HOSPITALS)
    dd, mm, yy = g.dob_parts(1945, 2016)
    t0 = g.moment(hours=(6, 22))
    style = g.pick(["lines", "dots", "box"])
    doc.f("«h» — BOLETIM DE ATENDIMENTO DE URGÊNCIA\nEntrada: «d» · Classificação de risco: «r»\n\n", h=hosp, d=ts(t0, "br"), r=g.pick(["VERMELHO", "LARANJA", "LARANJA", "AMARELO"]))
    fields = [("Paciente", P(g.pick([p.full, p.caps]))), ("Nascimento", (fmt_date(dd, mm, yy, g.pick(["br", "br", "iso"])), "DATE_OF_BIRTH")),
              ("Idade", V(f"{age_of(yy, t0.year)} anos")), ("CNS", (g.cns(), "BR_CNS"))]
    if g.chance(0.6):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    fields += [("Mãe", P(g.pick([mother.full, mother.caps]))), ("Endereço", (home(g, "text", 0.4), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
               ("Telefone", (g.phone(), "PHONE_NUMBER") if g.chance(0.8) else V("não informado")),
               ("Acompanhante", P(g.pick([comp_.full, comp_.first]))), ("Parentesco", V(kin_word(g, comp_))),
               ("Tel. acompanhante", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    kv_block(doc, fields, style)
    how = g.pick(["apicultor, manejava colmeias sem luvas quando a caixa tombou", "roçava o pasto e atingiu um enxame em cupinzeiro",
                  "tentou retirar sozinho um enxame do forro de casa", "atacado por enxame na saída da escola", "passava de moto pela estrada quando o enxame atacou",
                  "ajudante na migração noturna de colmeias, macacão rasgado"])
    stings = g.ri(30, 400)
    doc.f("\nHISTÓRIA: «h». Estimativa de «k» ferroadas (contagem parcial de ferrões em cabeça e membros). ", h=how, k=stings)
    if g.chance(0.5):
        doc.f("Refere reação local extensa a ferroada em «y».", y=g.ri(2015, 2025))
    doc.t("\n")
    if g.chance(0.55):
        tec = g.person(female=g.chance(0.6))
        doc.f("CHEGADA: SAMU 192, USA placa «p», «te» «n» («c»).\n", p=(g.plate(), "LICENSE_PLATE"), te="técnica de enfermagem" if tec.female else "técnico de enfermagem",
              n=P(g.pick([tec.full, tec.short])), c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    else:
        doc.f("CHEGADA: trazid«o» pel«x» «k» no carro placa «p».\n", o=p.o, x="a" if comp_.female else "o", k=kin_word(g, comp_), p=(g.plate(), "LICENSE_PLATE"))
    doc.f("EXAME: PA «pa» mmHg, FC «fc» bpm, SatO2 «s»%, edema de face e pálpebras, urticária difusa, «x».\n", pa=f"{g.ri(70, 140)}x{g.ri(40, 90)}", fc=g.ri(90, 140),
          s=g.ri(86, 98), x=g.pick(["sibilos difusos", "estridor leve", "sem sinais de obstrução de via aérea", "vômitos"]))
    doc.t("CONDUTA: adrenalina 0,5 mg IM (repetida em 15 min), hidrocortisona 500 mg EV, prometazina, SF 0,9% 1.000 ml; remoção dos ferrões por raspagem; "
          "CPK, creatinina, potássio e urina tipo I (risco de rabdomiólise).\n")
    codes = g.sample(STING_ICD[:4], 2) + ([STING_ICD[5]] if stings > 150 else [])
    doc.t("HIPÓTESES: " + "; ".join(f"{c} — {d}" for c, d in codes) + ".\n")
    doc.f("EVOLUÇÃO: «e». Notificado no SINAN como acidente por animal peçonhento (abelha).\n", e=g.pick(["melhora, alta após 12 h de observação com prescrição de anti-histamínico e "
                                                                                                      "encaminhamento ao alergista", "internado na UTI por 48 h, CPK 18.000 U/L, hidratação vigorosa",
                                                                                                      "observação por 24 h, alta com adrenalina autoinjetável receitada"]))
    doc.f("\nMédic«o» plantonista: «n» — «c»\nEnfermeir«e» responsável: «m» — «r»\n", o=md.o, n=P(g.pick([md.full, md.caps])), c=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          e="a" if nurse.female else "o", m=P(g.pick([nurse.full, nurse.short])), r=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_sinan_peconhento(g: Gen) -> Doc:
    """A SINAN form of an accident with venomous animals (type 4, bee), ALL CAPS and OCR'd sometimes: the notifying unit, name, birth date, age, CNS, CPF sometimes, mother, home, CEP, phone, occupation (CBO unlabelled), the estimated stings, time to care, local and systemic signs, severity, work-related with the cooperative's CNPJ, the outcome; the notifying nurse's COREN and the physician's CRM."""
    doc = Doc()
    w = g.person(female=g.chance(0.4))
    mother = g.person(True)
    nurse = g.person(female=g.chance(0.8))
    md = g.person()
    scan = g.chance(0.45)
    T = (lambda s: ocr_t(caps_t(s), g, 0.2)) if scan else caps_t
    N = (lambda s: ocr(s, g, 0.3, names=True)) if scan else (lambda s: s)
    city, uf = g.city()
    dd, mm, yy = g.dob_parts(1950, 2015)
    dn = g.day()
    da = dn - datetime.timedelta(days=g.ri(0, 2))
    work = g.chance(0.5)
    doc.t(T("SINAN — SISTEMA DE INFORMAÇÃO DE AGRAVOS DE NOTIFICAÇÃO\nFICHA DE INVESTIGAÇÃO — ACIDENTE POR ANIMAIS PEÇONHENTOS\n\n"))
    doc.f(T("1 TIPO DE NOTIFICAÇÃO: 2 - INDIVIDUAL   2 AGRAVO: ACIDENTE POR ANIMAIS PEÇONHENTOS   CID-10: X29\n3 DATA DA NOTIFICAÇÃO: «d»   4 UF: «u»   5 MUNICÍPIO: «c»\n"
            "6 UNIDADE NOTIFICADORA: «n»\n7 DATA DO ACIDENTE: «a»\n"), d=dbr(dn), u=uf, c=fold(city).upper(), n=fold(g.pick(UBS[:5] + HOSPITALS[:4])).upper(), a=dbr(da))
    doc.f(T("8 NOME DO PACIENTE: «n»\n9 DATA DE NASCIMENTO: «b»   10 IDADE: «i» A   11 SEXO: «s»\n"), n=P(N(w.capsf)), b=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"),
          i=age_of(yy, dn.year), s="F" if w.female else "M")
    doc.f(T("15 NÚMERO DO CARTÃO SUS: «c»\n16 NOME DA MÃE: «m»\n"), c=(g.cns(g.chance(0.5)), "BR_CNS"), m=P(N(mother.capsf)))
    if g.chance(0.7):
        doc.f(T("CPF: «c»\n"), c=(g.cpf(), "BR_CPF"))
    doc.f(T("17 LOGRADOURO/NÚMERO: «a»   18 BAIRRO: «b»\n19 CEP: «z»   20 (DDD) TELEFONE: «t»   21 ZONA: «zz»\n"), a=(N(home(g, "caps", 0.5)), "ADDRESS"),
          b=fold(g.pick(BAIRROS)).upper(), z=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "nospace", "plain"])), "PHONE_NUMBER"), zz=g.pick(["1 - URBANA", "2 - RURAL"]))
    doc.f(T("22 OCUPAÇÃO: «o»\n"), o=g.pick(["6134-10 APICULTOR", "6220-20 TRABALHADOR AGROPECUARIO", "ESTUDANTE", "APOSENTADO", "DO LAR"]) if not work else "6134-10 APICULTOR")
    doc.f(T("31 LOCAL DA PICADA: «l»   32 TEMPO PICADA/ATENDIMENTO: «h»\n33 MANIFESTAÇÕES LOCAIS: DOR, EDEMA, ERITEMA\n34 MANIFESTAÇÕES SISTÊMICAS: «s»\n"
            "40 TIPO DE ACIDENTE: 4 - ABELHA   41 NÚMERO ESTIMADO DE PICADAS: «k»\n42 CLASSIFICAÇÃO: «c»   43 SOROTERAPIA: «v»\n"),
          l=g.pick(["CABECA", "TRONCO", "MAO", "MULTIPLOS LOCAIS"]), h=g.pick(["0 A 1 H", "1 A 3 H", "3 A 6 H"]),
          s=g.pick(["NAO", "SIM - VAGAIS (VOMITOS)", "SIM - RESPIRATORIAS", "SIM - HEMOLITICAS E RENAIS"]), k=g.ri(1, 500), c=g.pick(["1 - LEVE", "2 - MODERADO", "3 - GRAVE"]),
          v=g.pick(["2 - NAO", "1 - SIM (SORO ANTIAPILICO, 5 AMPOLAS)", "2 - NAO (INDISPONIVEL)"]))
    doc.f(T("44 ACIDENTE RELACIONADO AO TRABALHO: «w»\n"), w="1 - SIM" if work else "2 - NÃO")
    if work:
        cname, craz, sig, cdom = coop(g)
        doc.f(T("EMPREGADOR/COOPERATIVA: «r»   CNPJ: «j»\n"), r=fold(craz).upper(), j=(g.any_cnpj(), "BR_CNPJ"))
    doc.f(T("45 EVOLUÇÃO DO CASO: «e»\n\n"), e=g.pick(["1 - CURA", "1 - CURA", "1 - CURA", "9 - IGNORADO"]))
    doc.f(T("INVESTIGADOR: «n» — «c»\nMÉDICO ASSISTENTE: «m» — «r»\n"), n=P(N(nurse.capsf)), c=(g.council("COREN", uf), "PROFESSIONAL_ID"), m=P(N(md.capsf)),
          r=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        dom = f"saude.{re.sub(r'[^a-z]', '', fold(city).lower())}.{uf.lower()}.gov.br"
        doc.f(T("CÓPIA PARA A VIGILÂNCIA EPIDEMIOLÓGICA: «e»\n"), e=(corp_mail(g.person(), dom, g), "EMAIL_ADDRESS") if g.chance(0.5) else V(role_mail(g, dom, g.pick(["vigilancia", "notifica", "cerest"]))))
    return doc


def sa_imunoterapia(g: Gen) -> Doc:
    """An allergist's record of bee-venom immunotherapy (a beekeeper, a beekeeper's spouse or child): birth date, CPF, CNS or the health plan's card (unlabelled), phone, e-mail; the specific IgE; the build-up schedule as a table (dates that are not births); the adrenaline auto-injector; the emergency plan with a contact person and phone; the school's coordinator told by e-mail for a child; the allergist's CRM and the nurse's COREN."""
    doc = Doc()
    cl_, cdom = g.pick(ALLERGY_CLINICS)
    child = g.chance(0.35)
    p = g.person(female=g.chance(0.5))
    md = g.person()
    nurse = g.person(female=g.chance(0.85))
    city, uf = g.city()
    contact = g.relative(p) if child else g.person(female=not p.female)
    ckin = ("mãe" if contact.female else "pai") if child else ("esposa" if contact.female else "marido")
    doc.f("«c»\nFICHA DE IMUNOTERAPIA COM VENENO DE HIMENÓPTEROS (VIT)\n\n", c=cl_)
    fields = [("Paciente", P(g.pick([p.full, p.caps]))), ("Nascimento", (g.dob("br", 2010, 2019) if child else g.dob("br", 1955, 2002), "DATE_OF_BIRTH"))]
    if not child or g.chance(0.5):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    if g.chance(0.5):
        fields.append(("CNS", (g.cns(), "BR_CNS")))
    else:
        fields.append(("Convênio", V(f"{g.pick(['Unimed', 'Bradesco Saúde', 'Cassi', 'SulAmérica'])} — carteira " + clean(g, lambda: f"{g.d(3)} {g.d(4)} {g.d(4)} {g.d(4)}"))))
    fields += [("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(contact if child else p), "EMAIL_ADDRESS"))]
    if child:
        fields.append(("Responsável", P(g.pick([contact.full, contact.caps]))))
    kv_block(doc, fields, g.pick(["lines", "dots", "box"]))
    doc.f("\nHistória: «h». IgE específica Apis mellifera: «i» kU/L (classe «c»); triptase basal «t» µg/L.\n",
          h=g.pick(["reação sistêmica grave (edema de glote) após ferroada única no apiário da família", "anafilaxia após 3 ferroadas ao manejar colmeias",
                    "urticária generalizada e hipotensão após ferroada no quintal de casa, vizinho apicultor"]),
          i=num(g.rng.uniform(3.5, 60), 1), c=g.ri(2, 5), t=num(g.rng.uniform(2, 14), 1))
    doc.t("\nEsquema de indução (rush modificado):\n")
    rows = []
    d0 = g.day()
    for k, dose in enumerate(["0,1", "1", "10", "20", "40", "60", "80", "100"][:g.ri(4, 8)]):
        rows.append([V(str(k + 1)), V(dbr(d0 + datetime.timedelta(days=7 * k))), V(f"{dose} µg"), V(g.pick(["sem reação", "sem reação", "eritema local 3 cm", "prurido leve"]))])
    table_ruled(doc, ["dose", "data", "veneno", "reação"], rows, g.pick(["plus", "pipe", "md", "plain"]))
    doc.f("\nPrescrição: adrenalina autoinjetável «d» mg, 2 unidades; levar sempre ao apiário/escola.\n", d="0,15" if child else "0,3")
    doc.f("Plano de emergência: em caso de ferroada aplicar adrenalina na coxa, ligar 192 e avisar «n» («k»), «t».\n", n=P(g.pick([contact.first, contact.full])),
          k=ckin, t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if child:
        sc = g.person(female=g.chance(0.8))
        dom = g.pick(["colegioaurora.com.br", "escolaflordelis.com.br", "educacao.sp.gov.br", "emefrosadosventos.com.br"])
        doc.f("Cópia do plano enviada à coordenação da escola («n», «e»).\n", n=P(sc.full), e=(corp_mail(sc, dom, g), "EMAIL_ADDRESS"))
    doc.f("\n«x» «n» — «c» (alergia e imunologia)\nAplicações: «m» — «r»\n", x=dra(md), n=P(md.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          m=P(g.pick([nurse.full, nurse.short])), r=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_teleconsulta(g: Gen) -> Doc:
    """A teleconsultation record of a telemedicine platform: the session (hex id unlabelled), the patient's name, CPF, birth date, e-mail, phone, the access IP and device; the chat between the doctor and a beekeeper stung on the eyelid or the hand or an extraction-house worker with a rash from propolis (lower case); the prescription sent by e-mail; the doctor's CRM; the event log with IPs."""
    doc = Doc()
    plat, pdom = g.pick(TELE)
    p = g.person(female=g.chance(0.35))
    md = g.person()
    t0 = g.moment(hours=(7, 23))
    pmail = g.email(p)
    ip = g.ip()
    uf = g.pick(UFS)
    doc.f("«p» — registro de atendimento\nSessão «s» · início «d»\n\n", p=plat, s=g.hexs(12), d=ts(t0, "iso"))
    fields = [("Paciente", P(g.pick([p.full, p.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("Nascimento", (g.dob(g.pick(["br", "iso"]), 1950, 2005), "DATE_OF_BIRTH"))]
    if g.chance(0.45):
        fields.append(("CNS", (g.cns(), "BR_CNS")))
    fields += [("E-mail", (pmail, "EMAIL_ADDRESS")), ("Celular", (g.phone(g.pick(["e164", "par"])), "PHONE_NUMBER")), ("IP de acesso", (ip, "IP_ADDRESS")),
              ("Dispositivo", V(g.pick(["Android 14 / app 3.2.1", "iPhone iOS 17 / Safari", "Windows 11 / Chrome 124"])))]
    kv_block(doc, fields, g.pick(["lines", "dots"]))
    doc.t("\n")
    tt = iter(seq_times(g, 20, t0, 20, 240))
    D = P(g.pick([md.short, md.full, md.first])) if g.chance(0.5) else V(g.pick(["Médico(a)", "Profissional", "Médico"]))
    Pn = P(lower(p.first)) if g.chance(0.4) else V(g.pick(["Paciente", "Você", "paciente"]))
    comp = g.pick(["fui ferroado na pálpebra tirando mel, inchou e não abre o olho", "levei umas 10 ferroadas na mão ontem, tá vermelho até o cotovelo",
                   "apareceu umas bolinhas vermelhas nas mãos depois de raspar própolis das caixas", "minha garganta tá coçando depois de uma ferroada no pescoço"])

    def line(who: tuple, tpl: str, **vals) -> None:
        doc.t(f"[{ts(next(tt), 'hm')}] ")
        doc.e(*who)
        doc.t(": ")
        doc.f(tpl, **vals)
        doc.t("\n")
    line(D, "Boa noite! Sou «x» «n», vou te atender. O que aconteceu?", x="a médica" if md.female else "o médico", n=P(md.short))
    line(Pn, comp)
    if "garganta" in comp:
        line(D, "Se tiver falta de ar, voz rouca ou tontura, vá agora a um pronto-socorro ou ligue 192. Está com falta de ar?")
        line(Pn, g.pick(["não, só coceira", "um pouco", "não"]))
    line(D, "É apicultor(a)? Já teve reação forte antes?")
    line(Pn, g.pick(["sou, tenho 40 caixas, nunca tinha inchado assim", "ajudo meu sogro no apiário", "trabalho na casa do mel da cooperativa"]))
    line(D, "Vou prescrever anti-histamínico e corticoide por 5 dias e pedir avaliação com alergista. A receita digital vai para «e».", e=(pmail, "EMAIL_ADDRESS"))
    if g.chance(0.5):
        rel = g.relative(p)
        line(Pn, "pode mandar também pr«x» «k», «n»? «m»", x="a" if rel.female else "o", k=kin_word(g, rel), n=P(lower(rel.first)), m=(g.email(rel), "EMAIL_ADDRESS"))
        line(D, "Só posso enviar ao paciente, por sigilo. Você encaminha depois.")
    line(Pn, g.pick(["obrigado doutor", "obrigada dra", "valeu"]))
    doc.f("\nPrescrição: loratadina 10 mg 1x/dia 5 dias; prednisolona 40 mg 1x/dia 5 dias; compressas frias. CID-10: «c».\n", c=g.pick(["T63.4", "L50.0", "L23.9", "T78.3"]))
    doc.f("Assinatura digital: «n» — «c» (ICP-Brasil)\n\n", n=P(md.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.t("Log:\n")
    rows = [[V(ts(t0, "isoz")), V("session.start"), (ip, "IP_ADDRESS")],
            [V(ts(t0 + datetime.timedelta(minutes=g.ri(2, 6)), "isoz")), V("doctor.join"), (g.ip(), "IP_ADDRESS")],
            [V(ts(t0 + datetime.timedelta(minutes=g.ri(12, 30)), "isoz")), V("rx.sent"), V(g.ip_priv())]]
    table_ruled(doc, ["quando", "evento", "origem"], rows, g.pick(["plain", "psql", "plus"]))
    return doc


def sa_inspecao_apiario(g: Gen) -> Doc:
    """An animal-health inspection of an apiary by the state defence agency: the beekeeper's name, CPF, phone, home (rural) and CEP; the apiary's coordinates, colonies, species and registration (unlabelled); the per-hive findings (American or European foulbrood suspected, Varroa, small hive beetle); the samples and seals (unlabelled) sent to the lab; the ban on moving colonies; the official veterinarian's CRMV and the assistant; a copy by e-mail."""
    doc = Doc()
    city, uf = g.city()
    agency = g.pick(AGENCIES[:2] + AGENCIES[3:4])
    bk = g.person(female=g.chance(0.25))
    vet = g.person(female=g.chance(0.5))
    aux = g.person()
    style = g.pick(["lines", "box", "dots", "caps"])
    doc.f("«a» — «u»\nTERMO DE VISITA E INSPEÇÃO SANITÁRIA EM APIÁRIO Nº «n»\n\n", a=agency.upper(), u=uf, n=clean(g, lambda: f"{g.d(4)}/{g.ri(2025, 2026)}"))
    sp_ = g.pick(SPECIES[:4])
    fields = [("Produtor(a)", P(g.pick([bk.full, bk.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("Residência", (rural_addr(g, "caps" if style == "caps" else "text", uf), "ADDRESS")), ("Município", V(f"{city}/{uf}")), ("CEP", (g.cep(), "BR_CEP")),
              ("Apiário", V(("Apiário " if sp_.startswith("Apis") else "Meliponário ") + g.pick(["Aroeira", "Capão Alto", "Beira Rio", "Sede", "Eucaliptal"]))),
              ("Coordenadas", V(coords(g))), ("Cadastro", V(apiary_reg(g))), ("Colônias", V(str(g.ri(12, 220)))), ("Espécie", V(sp_))]
    if g.chance(0.4):
        fields.insert(3, ("E-mail", (g.email(bk), "EMAIL_ADDRESS")))
    kv_block(doc, fields, style)
    doc.t("\nACHADOS POR COLMEIA (amostragem)\n")
    rows = []
    for _ in range(g.ri(3, 6)):
        rows.append([V(f"C-{g.ri(1, 220):03d}"), V(g.pick(["forte", "média", "fraca", "órfã"])),
                     V(g.pick(["cria salteada, opérculos afundados e perfurados", "larvas amareladas e torcidas", "cria normal", "ácaros visíveis em zangões",
                               "larvas de besouro no quadro", "cria ensacada"])), V(f"{num(g.rng.uniform(0, 9), 1)}%")])
    table_ruled(doc, ["colmeia", "força", "sinais", "Varroa"], rows, g.pick(["plus", "pipe", "plain", "md"]))
    susp = g.pick(["loque americana (Paenibacillus larvae)", "loque europeia (Melissococcus plutonius)", "cria ensacada brasileira", "pequeno besouro das colmeias (Aethina tumida)"])
    doc.f("\nSuspeita: «s». Colhidos favos de cria e abelhas adultas, «l» e «m», enviados ao laboratório oficial («f»).\n", s=susp, l=lacre(g), m=lacre(g),
          f=clean(g, lambda: f"formulário {g.d(6)}"))
    doc.t("Medidas: proibido o trânsito de colônias, rainhas, cera e equipamentos do apiário até o resultado; proibida a alimentação com mel de outra origem; "
          "isolamento das colmeias afetadas.\n\n")
    doc.f("«n», médic«o» veterinári«o» oficial — «c»\nAuxiliar: «a»\nProdutor(a) ciente: «p»\n", n=P(vet.full), o=vet.o, c=(g.council("CRMV", uf), "PROFESSIONAL_ID"),
          a=P(g.pick([aux.full, aux.short])) if g.chance(0.7) else V(login(aux, g)), p=P(g.pick([bk.full, bk.caps])) if g.chance(0.7) else V("(assinou)"))
    if g.chance(0.5):
        dom = state_dom(uf)
        doc.f("Cópia enviada para «e».\n", e=(corp_mail(vet, dom, g), "EMAIL_ADDRESS") if g.chance(0.5) else V(role_mail(g, dom, g.pick(["defesa", "protocolo", "sie"]))))
    return doc


def employer(g: Gen) -> tuple[str, str]:
    if g.chance(0.5):
        cname, craz, sig, cdom = coop(g)
        return craz, cdom
    return buyer(g)


def sa_aso(g: Gen) -> Doc:
    """An ASO of an extraction-house, packing-plant or cooperative worker (centrifuge operator, decrystallising room, field helper, driver of the migration truck): the clinic's CNPJ and phone, the employer's CNPJ, CPF, RG, birth date, NIT, phone sometimes; the risks (stings, heat, 30 kg buckets, noise); the examiner's and the PCMSO coordinator's CRM; sometimes the month's ASO list."""
    doc = Doc()
    cl_, cdom = g.pick(OCC_CLINICS)
    raz, edom = employer(g)
    w = g.person(female=g.chance(0.4))
    ex = g.person()
    co = g.person()
    uf = g.pick(UFS)
    fn = g.pick([("operador de centrífuga", "ruído (centrífuga, 86 dB(A)); ergonômico (baldes de 25 kg); piso escorregadio"),
                 ("auxiliar de apiário", "biológico (ferroadas, risco de anafilaxia); calor (macacão); ergonômico; trabalho noturno"),
                 ("operador de estufa de descristalização", "calor (45 °C); ergonômico"), ("motorista de migração", "acidente (trânsito noturno); ferroadas"),
                 ("envasador", "ergonômico (movimentos repetitivos); biológico"), ("auxiliar de laboratório de mel", "químico (reagentes); ergonômico")])
    tipo = g.pick(["ADMISSIONAL", "PERIÓDICO", "PERIÓDICO", "DEMISSIONAL", "RETORNO AO TRABALHO"])
    style = g.pick(["lines", "box", "caps", "dots"])
    doc.f("ATESTADO DE SAÚDE OCUPACIONAL — ASO («t»)\n«c» — CNPJ «n» — agendamentos «p»\n\n", t=tipo, c=cl_, n=(g.any_cnpj(), "BR_CNPJ"),
          p=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.3)), "PHONE_NUMBER"))
    fields = [("Empresa", V(raz)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Trabalhador(a)", P(g.pick([w.full, w.caps]))), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.7):
        fields.append(("RG", (g.rg(), "BR_RG")))
    fields += [("Data de nascimento", (g.dob(g.pick(["br", "br", "iso"]), 1960, 2006), "DATE_OF_BIRTH")), ("NIT/PIS", (g.pis(), "BR_PIS"))]
    if g.chance(0.5):
        fields.append(("Telefone", (g.phone(), "PHONE_NUMBER")))
    if g.chance(0.3):
        fields.append(("CNS", (g.cns(), "BR_CNS")))
    fields += [("Função", V(fn[0])), ("CBO", V(g.pick(["6134-10", "8417-10", "7842-05", "7825-10", "8621-20"]))), ("Riscos", V(fn[1])),
               ("Exames", V(g.pick(["clínico; audiometria", "clínico; IgE específica para veneno de abelha", "clínico; ECG; glicemia (motorista)", "clínico; espirometria"])))]
    kv_block(doc, fields, style)
    doc.f("\nEPI indicados: «e»\n", e=", ".join(g.sample(EPI, 3)))
    doc.f("\nConclusão: «r»\n\n", r=g.pick(["APTO(A) para a função", "APTO(A) para a função", "APTO(A) com restrição: portar adrenalina autoinjetável no campo",
                                          "INAPTO(A) para trabalho com colmeias (anafilaxia prévia)"]))
    doc.f("Médic«o» examinador«a»: «n» — «c»\n", o=ex.o, a="a" if ex.female else "", n=P(ex.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("Coordenador«a» do PCMSO: «n» — «c»\n", a="a" if co.female else "", n=P(g.pick([co.full, co.caps])), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("«c», «d»\n", c=g.city()[0], d=g.date("br"))
    if g.chance(0.5):
        doc.t("\nASOs do mês\n")
        rows = []
        for _ in range(g.ri(2, 4)):
            p = g.person()
            rows.append([P(g.pick([p.full, p.caps, p.inverted])), (g.cpf(), "BR_CPF") if g.chance(0.8) else V("(sem CPF no cadastro)"),
                         V(g.pick(["operador de centrífuga", "auxiliar de apiário", "envasador(a)", "motorista"])), V(g.pick(["periódico", "admissional", "demissional"])),
                         V(g.date("short")), V(g.pick(["apto", "apto", "apto c/ restrição"]))])
        table_ruled(doc, ["nome", "CPF", "função", "tipo", "data", "resultado"], rows, g.pick(["plus", "pipe", "plain", "psql"]))
    return doc


def sa_aph_bombeiros(g: Gen) -> Doc:
    """The fire brigade's pre-hospital care report of a swarm attack with several victims (a school, a cemetery, a farm, a square; ALL CAPS often): the occurrence number and the vehicles' prefixes unlabelled, the rescue unit's plate, the crew (ranks outside the spans), the caller's name and phone; the victims (name, age or birth date, stings, signs, destination), a child's guardian with a phone; the beekeeper called to remove the swarm with his phone."""
    doc = Doc()
    city, uf = g.city()
    caps = g.chance(0.55)
    up = caps_t if caps else (lambda s: s)
    NM = (lambda s: fold(s).upper()) if caps else (lambda s: s)
    crew = [g.person(female=g.chance(0.25)) for _ in range(3)]
    caller = g.person()
    bk = g.person(False)
    place = g.pick(PLACES_SWARM)
    t0 = g.moment(hours=(7, 19))
    doc.f(up("CORPO DE BOMBEIROS MILITAR — «k»º GRUPAMENTO — «c»\nRELATÓRIO DE ATENDIMENTO PRÉ-HOSPITALAR (APH) — OCORRÊNCIA «o»\n\n"), k=g.ri(1, 20), c=fold(city).upper(),
          o=ocorrencia_no(g))
    doc.f(up("Acionamento: «h» via 193. Solicitante: «n», tel. «t».\nNatureza: ataque de abelhas com múltiplas vítimas «p».\n"), h=ts(t0, "br"),
          n=P(NM(g.pick([caller.full, caller.short]))), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), p=NM(place))
    doc.f(up("Viaturas: «a» (placa «pa») e «b».\nGuarnição: «r1» «n1» (chefe), «r2» «n2», «r3» «n3».\n\n"), a=prefixo(g), pa=(g.plate(), "LICENSE_PLATE"), b=prefixo(g),
          r1=g.pick(["SGT BM", "2º SGT", "SUBTEN BM"]), n1=P(NM(crew[0].full)), r2=g.pick(["CB BM", "CB"]), n2=P(NM(crew[1].short)), r3=g.pick(["SD BM", "SD"]), n3=P(NM(crew[2].short)))
    doc.t(up("VÍTIMAS\n"))
    rows = []
    for k in range(g.ri(2, 4)):
        v = g.person()
        if g.chance(0.65):
            dd, mm, yy = g.dob_parts(1945, 2018)
            born = (fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH")
            age = V(str(age_of(yy, t0.year)))
        else:
            born = V("—")
            age = V(str(g.ri(6, 85)))
        rows.append([V(str(k + 1)), P(NM(g.pick([v.full, v.short]))), age, born, V(str(g.ri(5, 300))),
                     V(NM(g.pick(["edema facial", "dispneia", "consciente, dor local", "hipotensão", "urticária", "vômitos"]))),
                     V(NM(g.pick(["UPA", "Hospital Regional", "liberada no local", "Santa Casa"])))])
    table_ruled(doc, [up("nº"), up("nome"), up("idade"), up("nascimento"), up("ferroadas"), up("sinais"), up("destino")], rows, g.pick(["plus", "pipe", "plain"]))
    kid = g.person()
    guard = g.relative(kid)
    doc.f(up("\nA vítima menor «k» foi entregue «x» «r», «n», tel. «t».\n"), k=P(NM(kid.first)), x=NM("à" if guard.female else "ao"), n=P(NM(guard.full)),
          r=NM(g.pick(["mãe", "avó", "tia"]) if guard.female else g.pick(["pai", "avô", "tio"])), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f(up("Enxame de Apis mellifera em «w». Contatado o apicultor voluntário «n», tel. «t», que realizou a captura às «h». Nenhuma abelha foi morta com fogo ou veneno.\n"),
          w=NM(g.pick(["oco de árvore", "forro do telhado", "túmulo", "caixa de luz", "cupinzeiro"])), n=P(NM(g.pick([bk.full, nickname(g, bk)]))),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), h=ts(t0 + datetime.timedelta(minutes=g.ri(40, 180)), "hm"))
    if g.chance(0.3):
        doc.t(up(word_neg(g)) + "\n")
    doc.f(up("Relator: «n»\n"), n=P(NM(crew[0].full)))
    return doc


SA = [sa_pronto_atendimento, sa_sinan_peconhento, sa_imunoterapia, sa_teleconsulta, sa_inspecao_apiario, sa_aso, sa_aph_bombeiros]


# --------------------------------------------------------------------------- financeiro

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


def fi_entrada_mel(g: Gen) -> Doc:
    """A cooperative's honey intake ledger at the extraction house (CSV, a ruled table or fixed width): date, the beekeeper by name or nickname, CPF, drums and buckets (numbers unlabelled), flowering, gross, tare, net, moisture, HMF, the lot unlabelled, the advance per kilo; a batch refused for moisture, a stingless-bee honey kept apart; the receiver by name or login, the technical officer's CRMV."""
    doc = Doc()
    cname, craz, sig, cdom = coop(g)
    house = g.pick(HOUSES)
    rec = g.person()
    rt = g.person(female=g.chance(0.5))
    uf = g.pick(UFS)
    adv = money(g, 9, 16)
    year = g.pick([2025, 2026])
    doc.f("«s» — «h» («r»)\nLIVRO DE RECEBIMENTO DE MEL — SAFRA «y»/«z» — adiantamento R$ «a»/kg\n\n", s=sig, h=house, r=insp_reg(g), y=year,
          z=(year + 1) % 100, a=brl(adv))
    rows = []
    layout = g.pick(["csv", "ruled", "fixed"])
    day = datetime.date(year, g.ri(8, 11), g.ri(1, 28))
    with_tel = layout != "fixed" and g.chance(0.6)
    for _ in range(g.ri(4, 6)):
        day += datetime.timedelta(days=g.ri(0, 9))
        p = g.person(female=g.chance(0.3))
        name = nickname(g, p) if g.chance(0.2) else g.pick([p.full, p.caps, p.short])
        if layout == "fixed":
            name = cut(fold(name).upper(), 22)
        cpf = g.cpf("dot")
        gross = g.ri(30, 1400)
        tare = round(gross * g.rng.uniform(0.04, 0.09))
        hum = round(g.rng.uniform(16.2, 21.4), 1)
        net = gross - tare
        val = net * adv if hum <= 20 else 0.0
        tel = [(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER") if g.chance(0.7) else V("")] if with_tel else []
        rows.append([V(dbr(day, "short")), (name, "PERSON"), (cpf, "BR_CPF") if g.chance(0.85) else V("-")] + tel + [V(tambor(g)), V(g.pick(FLORADAS)),
                     V(str(gross)), V(str(tare)), V(str(net)), V(num(hum, 1)), V(str(g.ri(3, 45))), V(lote_mel(g) if hum <= 20 else "DEVOLVIDO"), V(brl(val))])
    cols = ["data", "apicultor", "cpf"] + (["telefone"] if with_tel else []) + ["recipiente", "florada", "bruto_kg", "tara_kg", "liquido_kg", "umidade", "hmf", "lote",
                                                                              "adiant_rs"]
    off = 1 if with_tel else 0
    if layout == "csv":
        table_csv(doc, cols, rows, g.pick([";", ","]))
    elif layout == "ruled":
        table_ruled(doc, cols, rows, g.pick(["plus", "pipe", "md", "psql"]))
    else:
        W = 22
        doc.t("DATA      APICULTOR".ljust(10 + W) + "  CPF             RECIPIENTE    LIQ.KG  UMID.  LOTE\n")
        for r in rows:
            doc.t(r[0][0].ljust(10))
            doc.cell(r[1][0], W, "PERSON")
            doc.t("  ")
            doc.cell(r[2][0], 14, r[2][1])
            doc.t(f"  {r[3 + off][0]:<12}  {r[7 + off][0]:>6}  {r[8 + off][0]:>5}  {r[10 + off][0]}\n")
    doc.t("\n")
    notes = []
    a1 = g.person()
    notes.append(("Obs.: mel de «n» com umidade acima de 20% devolvido para desumidificação (laudo «l»).\n", dict(n=P(g.pick([a1.full, a1.first])), l=laudo(g))))
    a2 = g.person()
    notes.append(("Obs.: «k» kg de mel de «e» de «n» armazenados à parte (maturação), fora do adiantamento.\n",
                  dict(k=g.ri(3, 40), e=g.pick(["jataí", "uruçu", "mandaçaia", "jandaíra", "tiúba"]), n=P(g.pick([a2.full, nickname(g, a2)])))))
    notes.append(("Obs.: " + word_neg(g) + "\n", {}))
    for tpl, vals in g.sample(notes, g.ri(1, 3)):
        doc.f(tpl, **vals)
    doc.f("Recebido por: «r» · RT: «t» — «c»\n", r=P(g.pick([rec.first, rec.short])) if g.chance(0.6) else V(login(rec, g)), t=P(g.pick([rt.full, rt.short])),
          c=(g.council("CRMV", uf), "PROFESSIONAL_ID"))
    return doc


def fi_repasse(g: Gen) -> Doc:
    """The payout per beekeeper of the honey sold to an exporter, in fixed width (names cut at 24) or a ruled table: CPF, kilos, gross, Funrural, the cooperative's fee, the advance, net, paid by a Pix key of any kind, agency and account, or a cheque (number unlabelled); the treasurer, the exporter's CNPJ, the accountant's CRC."""
    doc = Doc()
    cname, craz, sig, cdom = coop(g)
    bn, bd = buyer(g)
    tes = g.person(female=g.chance(0.6))
    acc = g.person()
    price = money(g, 14, 24)
    doc.f("«r»\nREPASSE AOS COOPERADOS — VENDA À «b» (CNPJ «j») — «m»\nPreço de venda: R$ «p»/kg · Funrural 1,5% · taxa administrativa 8%\n\n", r=fold(craz).upper(), b=bn,
          j=(g.any_cnpj(), "BR_CNPJ"), m=f"{MONTHS[g.ri(0, 11)]}/{g.pick([2025, 2026])}", p=brl(price))
    mem = [g.person(female=g.chance(0.35)) for _ in range(g.ri(4, 6))]
    if g.chance(0.5):
        W = 24
        doc.t("COOPERADO".ljust(W) + "  " + "CPF".ljust(14) + "     KG      BRUTO  FUNRURAL    TAXA  ADIANT.   LIQUIDO  PAGAMENTO\n")
        for p in mem:
            doc.cell(cut(fold(p.full).upper(), W), W, "PERSON")
            doc.t("  ")
            p_cpf = g.cpf("dot")
            doc.cell(p_cpf, 14, "BR_CPF")
            kg = g.ri(60, 2400)
            gross = kg * price
            adv_ = kg * money(g, 9, 13)
            net = gross * 0.905 - adv_
            doc.t(f"  {kg:>5}  {brl(gross):>9}  {brl(gross * 0.015):>8}  {brl(gross * 0.08):>6}  {brl(adv_):>7}  {brl(net):>8}  ")
            r = g.rng.random()
            if r < 0.5:
                kind_, kv = pix_key(g, p, p_cpf)
                doc.t(f"PIX {fold(kind_).upper()} ")
                doc.e(*kv)
            elif r < 0.85:
                b = g.pick(BANKS)
                doc.t(f"{b[0]} AG ")
                doc.e(g.agency(), "BANK_ACCOUNT")
                doc.t(" CC ")
                doc.e(g.account(), "BANK_ACCOUNT")
            else:
                doc.t(f"CHEQUE {g.d(6)}")
            doc.t("\n")
    else:
        rows = []
        with_nit = g.chance(0.5)
        for p in mem:
            kg = g.ri(60, 2400)
            gross = kg * price
            net = gross * 0.905 - kg * money(g, 9, 13)
            p_cpf = g.cpf()
            r = g.rng.random()
            if r < 0.5:
                kind_, kv = pix_key(g, p, p_cpf)
                cred = [V(f"Pix ({kind_})"), kv, V("")]
            elif r < 0.85:
                b = g.pick(BANKS)
                cred = [V(b[1]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
            else:
                cred = [V("cheque"), V(f"nº {g.d(6)}"), V("")]
            nit = [(g.pis(), "BR_PIS") if g.chance(0.8) else V("")] if with_nit else []
            rows.append([P(g.pick([p.full, p.short, p.caps, p.inverted])), (p_cpf, "BR_CPF")] + nit + [V(str(kg)), V(brl(gross)), V(brl(net))] + cred)
        table_ruled(doc, ["cooperado(a)", "CPF"] + (["NIT"] if with_nit else []) + ["kg", "bruto", "líquido", "forma", "agência/chave", "conta"], rows,
                    g.pick(["md", "plus", "pipe"]))
    doc.f("\nTesoureir«o»: «n» · Contador: «c» — «k»\n", o=tes.o, n=P(g.pick([tes.full, tes.short, tes.caps])), c=P(g.pick([acc.full, acc.caps])), k=(g.council("CRC"), "PROFESSIONAL_ID"))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def fi_polinizacao_email(g: Gen) -> Doc:
    """An e-mail thread between a beekeeper or cooperative and a farm's finance about the pollination invoice: hives × price, freight with the trucks' plates and drivers, NF-e and the boleto's line unlabelled, the farm's and the cooperative's CNPJ, payment to agency and account or a random Pix key, signatures with phones, X-Originating-IP; role mailboxes unlabelled."""
    doc = Doc()
    fm, fraz, crop, fdom = farm(g)
    cname, craz, sig, cdom = coop(g)
    fp = g.person()
    cp = g.person(female=g.chance(0.5))
    t0 = g.moment(hours=(7, 19))
    t1 = t0 + datetime.timedelta(hours=g.ri(1, 72))
    fmail = corp_mail(fp, fdom, g)
    personal = g.chance(0.55)
    cmail = corp_mail(cp, cdom, g) if personal else role_mail(g, cdom, g.pick(["financeiro", "polinizacao", "comercial"]))
    doc.f("De: «f»\nPara: «t»\nCc: «c»\nData: «d»\nAssunto: RE: Cobrança polinização «k» safra «y»\nX-Originating-IP: [«ip»]\n\n", f=(fmail, "EMAIL_ADDRESS"),
          t=(cmail, "EMAIL_ADDRESS") if personal else V(cmail), c=role_mail(g, fdom, g.pick(["financeiro", "compras", "nfe"])), d=mail_date(t1), k=crop,
          y=f"{t0.year}/{t0.year + 1 - 2000}", ip=(g.ip(), "IP_ADDRESS"))
    doc.f("«n», bom dia.\n\nConferimos a nota «nf». Seguem as divergências:\n\n", n=P(g.pick([cp.first, cp.short])), nf=nfe(g))
    rows = []
    tot = 0.0
    hives = g.ri(60, 600)
    price = money(g, 90, 240)
    tot += hives * price
    rows.append([V("locação de colmeias"), V(str(hives)), V(brl(price)), V(brl(hives * price)), V("—"), V("—")])
    for _ in range(g.ri(1, 3)):
        dv = g.person(False)
        fr = money(g, 600, 3200)
        tot += fr
        rows.append([V("frete migração"), V("1"), V(brl(fr)), V(brl(fr)), (g.plate(), "LICENSE_PLATE"), P(g.pick([dv.short, dv.full, dv.first])) if g.chance(0.7) else V("—")])
    table_ruled(doc, ["item", "qtd", "unit.", "total", "placa", "motorista"], rows, g.pick(["plus", "md", "pipe", "plain"]))
    doc.f("\nTotal cobrado: R$ «t». Pelo contrato, «k» colmeias chegaram fracas (menos de 8 quadros de cria) e serão descontadas. O boleto «b» foi cancelado.\n\n",
          t=brl(tot), k=g.ri(5, 40), b=boleto(g))
    doc.f("«n»\nFinanceiro — «f» — CNPJ «j»\n«p»\n\n", n=P(fp.full), f=fraz, j=(g.any_cnpj(), "BR_CNPJ"), p=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    doc.f("> Em «d», «n» escreveu:\n", d=ts(t0, "br"), n=P(cp.full) if personal else V(cmail))
    doc.f("> Bom dia, «n». Encerrada a florada, retiramos as colmeias na noite de «d». ", n=P(fp.first), d=dbr(t0 - datetime.timedelta(days=g.ri(2, 12)), "short"))
    if g.chance(0.5):
        b = g.pick(BANKS)
        doc.f("Pagamento em conta da «s»: «b», agência «a», conta «c».\n", s=sig, b=b[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("Pode pagar pela chave Pix aleatória da cooperativa: «k»\n", k=(g.uuid(), "PIX_KEY"))
    doc.f("> Houve aplicação de inseticida no talhão «t» sem aviso em «d»; perdemos «k» colmeias, o que será cobrado à parte.\n", t=g.ri(1, 30),
          d=dbr(t0 - datetime.timedelta(days=g.ri(15, 40)), "short"), k=g.ri(3, 30))
    doc.f("> «n»\n> «c» — CNPJ «j»\n> «t»\n", n=P(g.pick([cp.first, cp.full])), c=cname, j=(g.any_cnpj(), "BR_CNPJ"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def fi_loja_json(g: Gen) -> Doc:
    """A JSON-lines export of an online honey shop's orders: the order id unlabelled, the customer's name, CPF, e-mail, phone, delivery address and CEP, items, payment (a Pix charge's txid unlabelled, a masked card, a boleto), the buyer's IP, the tracking code unlabelled; a wholesale order from a shop with its CNPJ; the exporter's login and private IP."""
    doc = Doc()
    shop, sdom = g.pick(SHOPS)
    doc.f("// «s» — exportação de pedidos — «d»\n", s=shop, d=g.date("iso"))
    for _ in range(g.ri(3, 5)):
        p = g.person()
        items = [{"sku": g.up(3) + g.d(3), "produto": pr[0], "qtd": g.ri(1, 4), "preco": round(g.rng.uniform(pr[1], pr[2]), 2)}
                 for pr in g.sample(PRODUCTS, g.ri(1, 3))]
        pay = g.pick(["pix", "cartao", "boleto", "pix"])
        rec = {"pedido": pedido(g), "cliente": P(g.pick([p.full, p.caps, p.low])), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
               "email": (g.email(p), "EMAIL_ADDRESS"), "telefone": (g.phone(g.pick(["e164", "par", "raw"])), "PHONE_NUMBER") if g.chance(0.85) else None,
               "endereco": (home(g, "text", 0.1), "ADDRESS"), "cep": (g.cep(g.chance(0.7)), "BR_CEP"), "cidade": "/".join(g.city()), "itens": items,
               "pagamento": pay}
        if pay == "pix":
            rec["txid"] = g.hexs(26)
        elif pay == "cartao":
            rec["cartao"] = g.masked_card()
        rec["ip"] = (g.ip(), "IP_ADDRESS")
        rec["rastreio"] = rastreio(g) if g.chance(0.7) else None
        jval(doc, rec, None)
        doc.t("\n")
    if g.chance(0.6):
        p = g.person()
        rec = {"pedido": pedido(g), "tipo": "atacado", "cliente": "Empório " + g.pick(["Flor de Lis", "Bento", "Vitória", "da Serra", "Aurora"]),
               "cnpj": (g.any_cnpj(), "BR_CNPJ"), "contato": P(g.pick([p.full, p.short])), "email": (g.email(p), "EMAIL_ADDRESS"),
               "itens": [{"produto": "balde de mel 25 kg", "qtd": g.ri(2, 12)}], "pagamento": "boleto 28 dias", "ip": (g.ip(), "IP_ADDRESS")}
        jval(doc, rec, None)
        doc.t("\n")
    jval(doc, {"tipo": "auditoria", "usuario": login(g.person(), g), "ip": g.ip_priv(), "em": ts(g.moment(), "iso")}, None)
    doc.t("\n")
    return doc


def fi_pronaf(g: Gen) -> Doc:
    """A rural credit proposal (Pronaf, microcredit) for a beekeeper, with capital labels and OCR'd sometimes: CPF, RG or CNH, birth date, NIS, home (rural), CEP, phone, e-mail and título sometimes; the spouse with CPF and birth date; CAF unlabelled; the project (hives, a centrifuge, a honey house); the rural extension technician's CREA; the agent; the disbursement agency and account; the app's log with a public IP."""
    doc = Doc()
    p = g.person(female=g.chance(0.3))
    sp = g.person(female=not p.female)
    tech = g.person()
    ag = g.person(female=g.chance(0.6))
    city, uf = g.city()
    scan = g.chance(0.4)
    K = (lambda s: ocr(fold(s).upper(), g, 0.25)) if scan else (lambda s: fold(s).upper())
    N = (lambda s: ocr(s, g, 0.3, names=True)) if scan else (lambda s: s)
    bank = g.pick([b for b in BANKS if b[0] in ("001", "104", "756", "748", "004")])
    doc.f("«b» — PROPOSTA DE CRÉDITO RURAL «l»\nPRONAF — LINHA «x»\n\n", b=fold(bank[1]).upper(), l=clean(g, lambda: f"{g.d(4)}/{g.ri(2025, 2026)}"),
          x=g.pick(["MAIS ALIMENTOS", "MICROCRÉDITO (GRUPO B)", "CUSTEIO PECUÁRIO", "INVESTIMENTO — APICULTURA"]))
    fields = [(K("Nome"), P(N(p.capsf))), (K("CPF"), (g.cpf(), "BR_CPF"))]
    if g.chance(0.8):
        fields.append((K("RG"), (g.rg(), "BR_RG")))
    else:
        fields.append((K("CNH"), (g.cnh(), "BR_CNH")))
    fields += [(K("Data de nascimento"), (g.dob("br", 1950, 2003), "DATE_OF_BIRTH")), (K("NIS"), (g.pis(), "BR_PIS")), (K("CAF"), V(caf(g))),
               (K("Endereço"), (N(rural_addr(g, "caps")), "ADDRESS")), (K("Município"), V(fold(f"{city}/{uf}").upper())), (K("CEP"), (g.cep(), "BR_CEP")),
               (K("Telefone"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    if g.chance(0.5):
        fields.append((K("E-mail"), (g.email(p), "EMAIL_ADDRESS")))
    if g.chance(0.25):
        fields.append((K("Título eleitoral"), (g.titulo(), "BR_TITULO_ELEITOR")))
    fields += [(K("Cônjuge"), P(N(fold(sp.given + " " + p.last).upper()))), (K("CPF do cônjuge"), (g.cpf(), "BR_CPF")),
               (K("Nascimento do cônjuge"), (g.dob("br", 1950, 2003), "DATE_OF_BIRTH"))]
    kv_block(doc, fields, "caps")
    hives = g.ri(20, 120)
    doc.f("\nPROJETO: aquisição de «h» colmeias Langstroth povoadas, «c», «m». Valor financiado: R$ «v», carência de «k» meses.\n", h=hives,
          c=g.pick(["centrífuga inox de 16 quadros", "decantador de 200 kg", "mesa desoperculadora", "macacões e fumigadores"]),
          m=g.pick(["casa do mel padrão SIM", "cera alveolada", "caixas-núcleo para captura"]), v=brl(money(g, 8000, 60000)), k=g.pick([12, 18, 24, 36]))
    kg_ = hives * g.ri(15, 30)
    pr_ = money(g, 11, 18)
    doc.f("Receita prevista: «k» kg/ano × R$ «p» = R$ «r».\n", k=num(kg_, 0), p=brl(pr_), r=brl(kg_ * pr_))
    doc.f("Elaboração do projeto: «n», técnic«o» da ATER — «c»\n", n=P(N(tech.full)), o=tech.o, c=(g.council("CREA", uf), "PROFESSIONAL_ID"))
    ag_login = login(ag, g)
    doc.f("Crédito na conta: agência «a», conta «c»\nAgente de crédito: «n»\n", a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"),
          n=P(N(g.pick([ag.full, ag.short]))) if g.chance(0.7) else V(ag_login))
    if g.chance(0.6):
        doc.f("\nregistro do app: proposta enviada de «i» por «u» em «d»\n", i=(g.ip(), "IP_ADDRESS"), u=ag_login, d=ts(g.moment(), "brs"))
    return doc


def fi_recibos_remocao(g: Gen) -> Doc:
    """Receipts issued by a beekeeper (or an MEI, with a CNPJ) for swarm removals at homes (ALL CAPS, OCR'd sometimes): the payer's name, CPF, the home where the swarm was, CEP, the amount in figures and words, paid in cash or by Pix to a key of any kind; the issuer's CPF or CNPJ and phone; the species and the destination of the swarm."""
    doc = Doc()
    iss = g.person(female=g.chance(0.2))
    scan = g.chance(0.4)
    T = (lambda s: ocr_t(caps_t(s), g, 0.15)) if scan else caps_t
    N = (lambda s: ocr(s, g, 0.3, names=True)) if scan else (lambda s: s)
    mei = g.chance(0.4)
    icpf = g.cpf()
    ijur = g.any_cnpj()
    itel = g.phone(g.pick(["par", "plain"]))
    city, uf = g.city()
    for k in range(g.ri(2, 3)):
        c = g.person()
        v = g.pick([150.0, 180.0, 200.0, 250.0, 280.0, 350.0, 420.0])
        doc.f(T("RECIBO Nº «n»\n"), n=f"{g.ri(1, 999):03d}")
        ctel = g.chance(0.5)
        doc.f(T("RECEBI DE «n», CPF «c», A IMPORTÂNCIA DE R$ «v» («x»), REFERENTE À RETIRADA DE ENXAME DE «e» NO IMÓVEL SITO À «a», CEP «z», «m», "
                "COM CAPTURA E REALOCAÇÃO DAS ABELHAS EM APIÁRIO.\n"), n=P(N(c.capsf)), c=(g.cpf(), "BR_CPF"), v=brl(v), x=fold(extenso(v)).upper(),
              e=g.pick(["ABELHAS AFRICANIZADAS", "ABELHAS (APIS MELLIFERA)", "ABELHAS JATAÍ", "ABELHAS AFRICANIZADAS"]), a=(N(g.address("caps")), "ADDRESS"),
              z=(g.cep(), "BR_CEP"), m=fold(f"{city}/{uf}").upper())
        if ctel:
            doc.f(T("TELEFONE DO CONTRATANTE: «t».\n"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        if g.chance(0.5):
            doc.t(T("PAGAMENTO EM ESPÉCIE.\n"))
        else:
            kind_, kv = pix_key(g, iss, icpf)
            doc.f(T("PAGO VIA PIX NA CHAVE («k») «v».\n"), k=fold(kind_).upper(), v=(kv[0].upper() if kv[1] == "PIX_KEY" and g.chance(0.3) else kv[0], kv[1]))
        doc.f(T("«c», «d».\n\n«n»\n"), c=fold(city).upper(), d=g.date("br"), n=P(N(iss.capsf)))
        if mei:
            doc.f(T("APICULTOR(A) — MEI CNPJ «j» — TEL. «t»\n"), j=(ijur, "BR_CNPJ"), t=(itel, "PHONE_NUMBER"))
        else:
            doc.f(T("APICULTOR(A) — CPF «c» — TEL. «t»\n"), c=(icpf, "BR_CPF"), t=(itel, "PHONE_NUMBER"))
        doc.t("\n" + "- " * 20 + "\n\n")
    return doc


def fi_pix_lote(g: Gen) -> Doc:
    """A bank's batch Pix export (CSV) of a cooperative's honey advances: payee, CPF, key type, key (random, CPF, phone or e-mail), amount, status, E2E id unlabelled; a row rejected for a mistyped CPF; the paying agency, account and CNPJ; an exporter's payment received on the cooperative's random key; the operator's login, the approver and the access IP."""
    doc = Doc()
    cname, org, sig, odom = coop(g)
    b = g.pick(BANKS)
    op = g.person()
    t0 = g.moment()
    doc.f("«b» — Internet Banking Empresas\nPagamentos em lote — Pix — lote «l» — «d»\nConta pagadora: agência «a» conta «c» — «o» — CNPJ «j»\nReferência: adiantamento safra de mel\n\n",
          b=b[1], l=clean(g, lambda: g.d(6)), d=ts(t0, "br"), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"), o=org, j=(g.any_cnpj(), "BR_CNPJ"))
    sep = g.pick([";", ","])
    doc.t(sep.join(["favorecido", "cpf", "tipo_chave", "chave", "valor", "status", "id_transacao"]) + "\n")
    for _ in range(g.ri(3, 6)):
        p = g.person(female=g.chance(0.35))
        cpf = g.cpf(g.pick(["dot", "raw"]))
        kind_, kv = pix_key(g, p, cpf)
        ok = g.chance(0.82)
        status = "EFETIVADO" if ok else g.pick(["DEVOLVIDO - CHAVE INEXISTENTE", "REJEITADO - CPF DIVERGENTE"])
        cpf_cell = (cpf, "BR_CPF")
        if status.endswith("CPF DIVERGENTE"):
            cpf_cell = V(g.neg_cpf(g.chance(0.5)))
            if kind_ == "CPF":
                kind_, kv = "aleatória", (g.uuid(), "PIX_KEY")
        row = [P(g.pick([p.capsf, p.full])), cpf_cell, V(fold(kind_).upper()), kv, V(brl(money(g, 300, 9000))), V(status), V(e2e(g, t0) if ok else "")]
        table_csv(doc, None, [row], sep)
    doc.t("\nCréditos recebidos no dia\n")
    for _ in range(g.ri(1, 2)):
        bn, bd = buyer(g)
        doc.f("PIX RECEBIDO · «b» · CNPJ «j» · chave de destino «k» · R$ «v» · «e»\n", b=bn, j=(g.any_cnpj(), "BR_CNPJ"), k=(g.uuid(), "PIX_KEY"),
              v=brl(money(g, 8000, 120000)), e=e2e(g, t0))
    if g.chance(0.6):
        pp = g.person()
        c_ = g.cpf_digits()
        doc.f("PIX RECEBIDO · «n» · CPF «c» · R$ «v» · venda de balcão (mel e própolis) · «e»\n", n=P(g.pick([pp.capsf, pp.full])),
              c=g.pick([f"***.{c_[3:6]}.{c_[6:9]}-**", f"•••.{c_[3:6]}.{c_[6:9]}-••"]), v=brl(money(g, 40, 900)), e=e2e(g, t0))
    doc.f("\nOperador: «l» · aprovador: «n» · acesso de «i» em «d»\n", l=login(op, g), n=P(g.pick([g.person().full, g.person().short])), i=(g.ip(), "IP_ADDRESS"), d=ts(t0, "brs"))
    return doc


FI = [fi_entrada_mel, fi_repasse, fi_polinizacao_email, fi_loja_json, fi_pronaf, fi_recibos_remocao, fi_pix_lote]


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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|eng|sgt|cb|sd|subten|vulgo|apicultor|apicultora)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_|:()]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_RE.match(v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert PLATE_RE.fullmatch(v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(?i)(CRMV|CRM|COREN|OAB|CRC|CREA|CRQ)(?![A-Za-z])", v), (rid, v)
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
    print("hundredtwentyseventh", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
