"""Build the hundred-and-forty-second labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredfortysecond_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 14242, 280 records: 4 domains x 7 templates x 10 copies. The helpers (Gen, Doc, name
pools, check digits, tables, forms, chat and e-mail helpers, self-check) are copied from the
hundred-and-fortieth set's generator and adapted (small-town and rural addresses, phone numbers in the
area codes of the semi-arid, a plate typed in lower case accepted by the check); the register and every
template are new.

Register: EMERGENCY WATER SUPPLY IN THE SEMI-ARID -- the Operação Carro-Pipa run by the Army for the
federal civil-defence secretariat (Portaria Interministerial MI/MD nº 1/2012) in the small towns and
rural communities (sítios, povoados, assentamentos, quilombos) of the sertão of Pernambuco, Paraíba,
Ceará, Rio Grande do Norte, Piauí, Bahia, Alagoas, Sergipe and the north of Minas Gerais: the
credentialed water-truck drivers (pipeiros) and their helpers, the apontadores chosen by the community
associations to certify each delivery, the municipal Defesa Civil (COMPDEC) that keeps the list of
families, the Army's OCP section with its inspectors, GPS tracker and monthly measurement (m³ × km),
the private water trucks that sell "carradas" when the Operation does not reach, the cistern programmes
(Programa Cisternas, Lei 12.873/2013), the health side (acute-diarrhoea outbreaks, community health
agents with sodium hypochlorite, water-quality reports against Portaria GM/MS 888/2021, snake and
scorpion accidents at barreiros, a helper's work accident) and the money side (payment lists, RPAs of
apontadores, Garantia-Safra lists of the rural workers' union, rural microcredit, a private pipeiro's
sales book, fuel vouchers, a credit cooperative's collection of a truck loan).
Why this register: the brief asked for a register of the life of small towns and the countryside of the
Northeast and Centre-West, of registries' back offices, or of one industry's logistics. Alternatives
considered: the back office of a PROTESTO DE TÍTULOS notary (intimations, cancellations, the CENPROT
queue), and SOY AND CORN GRAIN HAULAGE in Mato Grosso (truck queues at the warehouse, romaneios,
classification, freight payments). Checked as the brief asked, by the generators' docstrings (extracted
with ast and searched): "carro-pipa", "pipa", "pipeiro", "cisterna", "semiárido", "Garantia-Safra",
"trabalhadores rurais" and "vaquejada" occur in none (carro-pipa appears in one generator's template code
only); "protesto" is in the forty-ninth's docstring and notaries are the fifty-third's whole register;
grain haulage is close to the agribusiness registers of the thirty-second and sixty-first (romaneios,
cooperatives' grain reception), so the water-truck register was chosen.
Every pipeiro, apontador, association, water seller, fuel station, cooperative, unit, clinic and person
is invented (sellers Disk Água Bento Amado, Pipa Expresso Sertão, Água Boa Leão do Norte, Carro-Pipa
Prudente, Sarapião Água Potável; stations Posto Aurora do Sertão, Auto Posto Leão Dourado, Posto São
Bento, Posto Quintino BR, Posto Flor do Campo; cooperatives Sertão Vivo, Caatinga Forte, Credipajeú;
reservoirs Açude Leão do Norte, Barragem Bento Amado, Barragem do Riacho Prudente; communities Sítio
Amado, Sítio Bento Velho, Sítio Salvador, Sítio Prudente, Povoado Rosa do Sertão, Distrito de Luz do
Sertão, Assentamento Nova Aurora, Quilombo Pau-Ferro; bots are not used); the towns, the Army's regional
commands, the state water utilities, the laws and the ICD-10 codes are real; CEPs are random, banks real.

Layouts: a community WhatsApp group export (Android and iOS stamps; senders as saved names with a suffix
"Pipeiro", "da Pipa", "Apontadora", a place word, or bare numbers); the apontador's delivery sheet as
+---+, psql, Markdown, pipe, blank-aligned, CSV or fixed-width tables (names and addresses cut at the
width); a lower-case speech-to-text call to the Defesa Civil with CPF, NIS, phone and birth date read out
in groups or in words, and the typed form; an ombudsman (Fala.BR style) report with the Army's reply and
the restricted identification block; e-mail threads with quoted replies and X-Originating-IP; a water
seller's app export as JSON lines, CSV or YAML; a cistern registration form as "Campo: valor", dotted
leaders, CAPS labels or a ruled box, OCR'd in some copies (rn/m, cl/d, I/l, O/0... in labels and names;
identifiers printed clean); legal prose (a federal prosecutor's complaint, a credentialing term in mixed
case or capitals, a small-claims petition, an extrajudicial notice with the municipality's reply, an
association's minutes with the attendance list, an administrative procedure with hearing terms and the
tracker's log); an ALL CAPS police report; an outbreak line list; an e-SUS visit export; a lab report; a
primary-care record in clinical shorthand; a SINAN form as numbered "| box | value" lines; a CAT in
capitals; payment and measurement tables; an RPA; a union's adhesion list; a microcredit proposal; a
sales book typed from a notebook (Markdown, CSV, blank-aligned); a fuel statement with an e-mail and a
Pix receipt; a collection letter with a chat. Typing slips in residents' messages and in names typed by
staff (sheets, lists); a typo'd name or address is still labelled.
- atendimento: (0) the community's WhatsApp group (the pipeiro's route with the truck's plate; residents
  by name, nickname or number; the apontador's list of families with NIS or CPF in some lines; a
  daughter's CPF or a NIS for the register; the Defesa Civil clerk's name and phone; a nickname of a man
  selling water; a relative who will receive, with phone); (1) the apontador's delivery sheet (the pipeiro
  with CPF, CNH and phone, the plate, the source; per cistern the family head, CPF or NIS, people, litres,
  address, phone and who received: a son or daughter by first name, a nickname, "titular"; the apontador;
  the Army inspector with rank); (2) the speech-to-text call (clerk's first name; caller's name, CPF, NIS
  sometimes, birth date, rural address, phone, a neighbour) and the typed request (CEP, NIS again);
  (3) the ombudsman report (the pipeiro by name or nickname, the plate, sometimes in lower case, the
  apontador, the pipeiro's phone sometimes; the officer's reply; name, CPF, e-mail, phone, CEP and IP of
  the reporter); (4) the e-mail thread on a new pipeiro (CPF, RG sometimes, CNH, NIT sometimes, truck and
  tank plates, phone, e-mail, agency and account; the apontadores with CPF or NIS and phone; the
  coordinator's and the officer's corporate e-mails; the IP); (5) the water seller's export (customer,
  CPF, phone, e-mail, address, CEP, plate, driver, random Pix key or masked card, public or private IP)
  and a customer's message (a full card number typed, or a complaint naming the driver; the attendant);
  (6) the cistern registration (titular with NIS, CPF, RG, birth date; spouse with CPF; children with
  birth dates and NIS or CPF; address, CEP, phone; the agent, the builder with phone, the committee member
  sometimes).
- juridico: (0) the federal prosecutor's complaint (three defendants qualified with birth date, RG or
  CNH, CPF, título sometimes, address, CEP; the plate twice; witnesses with CPF; the prosecutor by name; TRF CNJ number and
  police-inquiry number unlabelled); (1) the credentialing term (the pipeiro qualified with PIS, phone,
  e-mail sometimes; plates; agency and account; the commander; witnesses with CPF and RG sometimes);
  (2) the police report (the pipeiro qualified; the author by name and "vulgo", CPF and phone sometimes,
  the motorbike's plate; the truck's plate; a witness with phone; the delegate and the clerk); (3) the
  small-claims petition against a water seller (plaintiff qualified; the seller's CNPJ and WhatsApp; the
  Pix to a random key or a CNPJ key; the driver; the plate; a neighbour with phone; a lawyer with OAB or
  the Defensoria's defender without a number); (4) the association's minutes (its CNPJ; president,
  secretary, the Defesa Civil's representative sometimes; the apontador elected with CPF; a member's
  statement with a nickname sometimes; the attendance list with CPF or NIS, phone, and a signature
  written as a name in a few rows); (5) the extrajudicial notice (landowner qualified, título sometimes; the municipality's
  CNPJ; two pipeiros with plates; the lawyer with OAB; the reply with the coordinator, the municipal
  attorney with OAB, a landline); (6) the administrative procedure (the pipeiro with CPF and plate; the
  officer in charge; two hearing terms with birth date, CPF, RG sometimes, phone, address, CEP; the
  tracker's log with coordinates; the defence lawyer with OAB; the clerk).
- saude: (0) the outbreak line list (name, sex, birth date, CNS, onset, ICD-10, source, phone; the truck's
  plate; the nurse with COREN; the epidemiologist's corporate e-mail to the Vigiagua mailbox); (1) the
  e-SUS visit export (ACS; homes with address, CEP, head with CNS and phone; members with birth dates and
  CNS; the supervising nurse with COREN); (2) the lab report (plate, driver with CPF and phone, the
  requester with corporate e-mail, results; the analyst with CRQ, CRBio or CRF; the head sometimes);
  (3) the primary-care record (child with birth date, CNS, CPF sometimes; mother with CPF and phone;
  address, CEP; A09, A08.4, E86; physician with CRM, nurse with COREN); (4) the SINAN venomous-animal form
  (patient, birth date, CNS, CPF sometimes, mother, address, CEP, phone; T63.0/X20 or T63.2/X22; the
  investigator with COREN or CRM); (5) the CAT (the pipeiro as employer with CPF and phone; the helper
  with CPF, NIT, birth date, address, CEP, phone; the plate; S82.2, S52.5, S62.6, S06.0, W17, W23; a
  witness with phone; the physician with CRM); (6) the e-mail thread on a contaminated source (the officer
  with the two pipeiros and plates; the nurse's list of mothers with a child's first name sometimes,
  birth dates, CNS, phones; her COREN; the IP sometimes).
- financeiro: (0) the measurement and payment list (pipeiros with CPF, NIT in half the copies, plate,
  trips, m³, km, amount, bank code, agency, account; the inspector and the paying officer); (1) the RPA
  (payer's CNPJ; the apontador with CPF, RG, NIT, phone, e-mail sometimes, address, CEP; paid to agency
  and account or to a Pix key of any kind; the treasury's clerk by name or login); (2) the union's
  Garantia-Safra list (its CNPJ; farmers with NIS, CPF, birth date, community, phone; a farmer whose CPF
  failed, unlabelled; the Caixa agency and account sometimes; the clerk by name or login; the union's
  president); (3) the microcredit proposal (client with birth date, CPF, RG, NIS, phone, address, CEP;
  spouse with CPF and phone; a plate sometimes; guarantor with CPF and phone; agency and account; the
  credit agent and the manager); (4) the private pipeiro's sales book (the MEI's CNPJ and Pix key of any
  kind; customers by full name, nickname or "dona"/"seu" + first name, phones, CPF for the receipt in some
  rows; the accountant with CRC); (5) the fuel statement (the station's CNPJ, numeric or alphanumeric;
  plates and drivers; a driver's e-mail and mobile; a full card number sometimes or a plate; the Pix
  refund to a random or CPF key; the manager); (6) the cooperative's collection (debtor's CPF, the plate
  in lien, instalments, boleto line, agency and account, the collector's corporate e-mail and phone; the
  chat with the debtor by name, nickname or number, the wife's phone, a card number typed sometimes).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.", "Sra.",
"Dr.", "Dra.", "dona", "seu", nor a military rank ("Cap.", "Ten.", "Sgt.", "Cel", "Maj."); particles and
suffixes inside a name are part of it (no "SURNAME, Given" form occurs in this set); first names alone,
nicknames ("Chico", "Kauãzinho", "vulgo CATATAU"), lower-case, ALL CAPS, OCR-damaged and typo'd names and
names cut at a fixed width are persons. Staff named in the text are persons (pipeiros, apontadores,
officers, inspectors, coordinators, clerks, ACS, nurses, physicians, analysts, prosecutors, delegates,
lawyers, defenders, agents, accountants, managers, collectors); logins and role senders ("atendente",
"cidadão", "Atendente" before a name) are not; a saved contact's suffix ("Pipeiro", "da Pipa",
"Apontadora", "Sítio", "Lagoa", the cooperative's word "Crédito") stays outside the span. Corporate
e-mails of people are EMAIL_ADDRESS (the municipality's and the health secretariat's gov.br staff, the
Army's officers, the cooperative's collector); role mailboxes (defesacivil@, vigiagua@...) are not.
ADDRESS is a person's street + number + complement, or, for a rural home, the road with its km or s/n
("Estrada Vicinal do Baixio, km 5", "Rodovia PB-281, km 15", "Rodagem do Barreiro, s/n"); the sítio,
povoado, assentamento or quilombo, "zona rural", bairro, city and CEP stay outside (CEP is BR_CEP), and a
community, farm, reservoir or water source named alone is not an address. NIS, NIT and PIS are one
identifier, BR_PIS. Agency and account are separate BANK_ACCOUNT spans, whoever holds them (a pipeiro,
the cooperative, a beneficiary); bank names and codes are not. PIX_KEY only for random keys; a key that
is a CPF, CNPJ, phone or e-mail takes that label. DATE_OF_BIRTH only for births ("DN", "nascimento",
"nascido em", a spoken one); delivery, onset, notification, visit, signature and due dates are not.
PROFESSIONAL_ID: OAB, CRM, COREN, CRQ (by Roman region), CRBio, CRF and CRC numbers with the acronym and
the UF or region. Every phone number is PHONE_NUMBER (landlines of the municipality included; 190 is
not). IP_ADDRESS only for public addresses (v4 and v6). Every plate is LICENSE_PLATE, also one typed in
lower case by a citizen. Every CNPJ is labelled (numeric and the 2026 alphanumeric form: associations,
municipalities, unions, sellers, MEIs, stations). A full card number typed by a person is CREDIT_CARD;
masked cards are not labelled. Identifiers read out in groups or in words are labelled like their digits.
Decisions of this set: the sender of a WhatsApp line shown as a bare number is PHONE_NUMBER; a nickname
after "vulgo" is its own PERSON span; the Army unit, its rank titles and the OCP section are not persons.
Not labelled (hard negatives): CNJ process numbers (state and federal courts), NUP/SEI numbers, police
inquiry and BO numbers, RPA, proposal, contract, requisition, order, ombudsman and protocol numbers,
routes, CAF numbers, CAEPF numbers, CAT numbers, CBO codes, boleto lines, Pix transaction ids, GPS
coordinates, odometer readings, ICD-10 codes (A09, A08.4, E86, T63.0, T63.2, X20, X22, S82.2, S52.5,
S62.6, S06.0, W17, W23), a mistyped CPF flagged as failing (checked to fail), laws and rules (Portaria
Interministerial MI/MD nº 1/2012, Lei 12.873/2013, Lei 10.420/2002, Lei 9.099/1995, Lei 13.709/2018,
Portaria GM/MS 888/2021, art. 312 and 29 of the Código Penal), money and amounts in words, non-birth
dates, firm and place names holding surnames or name-words (Sarapião Água Potável, Disk Água Bento Amado,
Posto Quintino BR, Barragem Bento Amado, Açude Leão do Norte, Sítio Salvador, Povoado Rosa do Sertão,
Cajazeiras/PB, Juazeiro/BA), streets named after people when they stand alone ("A Rua Frei Damião alaga
quando chove"; inside an address they are ADDRESS), health units (Hospital Municipal Leão XIII, UBS Rural
Bento Amado). Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Pérola, Esperança, Bento,
Prudente, Amado, Leão, Branco, Dourado, Salvador...) are names here and, elsewhere, words, firms,
reservoirs, communities, streets and cities, not persons ("seria prudente ferver a água", "foi uma
vitória a chuva de ontem", "a luz do poço", "não há esperança de inverno bom", "a flor do mandacaru").
Names: Brazilian names of many origins (Portuguese common and regional, coined, Italian, German, Polish,
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




# --------------------------------------------------------------------------- register: emergency water in the semi-arid (Operação Carro-Pipa)

SEED = 14242
OUT_NAME = "hundredfortysecond.jsonl"

NICK.update({"Valentina": "Val", "Bernardo": "Bê", "Helena": "Lena", "Cecília": "Ciça", "Alice": "Lili", "Laura": "Laurinha",
             "Ednaldo": "Naldo", "Jocimar": "Joci", "Osvaldir": "Vadinho", "Gerivaldo": "Gerí", "Dorivaldo": "Dori", "Nerivaldo": "Neri",
             "Ueliton": "Uel", "Maxsuel": "Max", "Edivânio": "Vaninho", "Genésio": "Gena", "Claudiomiro": "Miro", "Marlúcia": "Lúcia"})
# Small towns of the semi-arid (real municipalities; CEPs random)
TOWNS = [("Serra Talhada", "PE"), ("Afogados da Ingazeira", "PE"), ("Ouricuri", "PE"), ("Sertânia", "PE"), ("Custódia", "PE"),
         ("Cabrobó", "PE"), ("Floresta", "PE"), ("Sousa", "PB"), ("Cajazeiras", "PB"), ("Patos", "PB"), ("Monteiro", "PB"),
         ("Pombal", "PB"), ("Princesa Isabel", "PB"), ("Quixadá", "CE"), ("Tauá", "CE"), ("Crateús", "CE"), ("Iguatu", "CE"),
         ("Quixeramobim", "CE"), ("Irauçuba", "CE"), ("Caicó", "RN"), ("Currais Novos", "RN"), ("Pau dos Ferros", "RN"),
         ("Angicos", "RN"), ("Picos", "PI"), ("São Raimundo Nonato", "PI"), ("Paulistana", "PI"), ("Oeiras", "PI"),
         ("Juazeiro", "BA"), ("Irecê", "BA"), ("Euclides da Cunha", "BA"), ("Jeremoabo", "BA"), ("Uauá", "BA"),
         ("Santana do Ipanema", "AL"), ("Delmiro Gouveia", "AL"), ("Poço Redondo", "SE"), ("Canindé de São Francisco", "SE"),
         ("Janaúba", "MG"), ("Porteirinha", "MG")]
UF_DDD = {"PE": ["87"], "PB": ["83"], "CE": ["88", "85"], "RN": ["84"], "PI": ["89", "86"], "BA": ["74", "75"], "AL": ["82"],
          "SE": ["79"], "MG": ["38"]}
UF_NAME = {"PE": "Pernambuco", "PB": "Paraíba", "CE": "Ceará", "RN": "Rio Grande do Norte", "PI": "Piauí", "BA": "Bahia",
           "AL": "Alagoas", "SE": "Sergipe", "MG": "Minas Gerais"}
RM = {"PE": "7ª Região Militar", "PB": "7ª Região Militar", "RN": "7ª Região Militar", "AL": "7ª Região Militar",
      "CE": "10ª Região Militar", "PI": "10ª Região Militar", "BA": "6ª Região Militar", "SE": "6ª Região Militar",
      "MG": "4ª Região Militar"}
TRF = {"PE": "4.05", "PB": "4.05", "RN": "4.05", "AL": "4.05", "CE": "4.05", "SE": "4.05", "PI": "4.01", "BA": "4.01", "MG": "4.06"}
UTIL = {"PE": "Compesa", "PB": "Cagepa", "CE": "Cagece", "RN": "Caern", "PI": "Agespisa", "BA": "Embasa", "AL": "Casal", "SE": "Deso",
        "MG": "Copasa"}
# rural communities (names hold name-words and surnames: places, not persons)
COMMS = ["Sítio Lagoa Seca", "Sítio Caldeirão", "Povoado Riacho do Meio", "Sítio Olho d'Água", "Sítio Baixa Verde",
         "Quilombo Pau-Ferro", "Assentamento Nova Aurora", "Sítio Pedra Branca", "Sítio Barreiro Novo",
         "Sítio Malhada Vermelha", "Sítio Umburana", "Povoado Mandacaru", "Sítio Bento Velho", "Sítio Serrote Preto",
         "Sítio Jatobá", "Povoado Rosa do Sertão", "Sítio Cacimba de Baixo", "Sítio Amado", "Povoado Catingueira", "Sítio Boa Esperança",
         "Sítio Prudente", "Distrito de Luz do Sertão", "Sítio Salvador", "Povoado Flor do Campo", "Sítio Quixabeira",
         "Sítio Aroeira", "Sítio Mundo Novo", "Sítio Estrela d'Alva"]
# water sources (mananciais): public reservoirs, wells, the utility's station
MANANCIAIS = ["Açude Público Boqueirão do Cedro", "Poço tubular do Sítio Cacimbas", "Barragem do Riacho Prudente", "ETA {u} — sede",
              "Açude São Bento", "Poço do Assentamento Nova Aurora", "Adutora do Pajeú — chafariz", "Açude Leão do Norte",
              "Dessalinizador do Sítio Salgadinho", "Barragem Bento Amado"]
TRUCKS = [("Mercedes-Benz 1113", 8), ("Ford Cargo 1317", 12), ("VW 13.180", 10), ("Mercedes-Benz 1620", 16), ("Volvo VM 270", 16),
          ("Ford F-4000", 4), ("VW 8.160", 7), ("Mercedes-Benz 710", 7), ("Iveco Tector 170E", 12), ("Ford Cargo 2428", 16)]
ROADS = ["Estrada Vicinal {c}", "Estrada {c}", "Rodovia {uf}-{n}", "Estrada Carroçável {c}", "Rodagem {c}",
         "Rua Projetada {p}", "Travessa do Açude", "Rua do Cruzeiro", "Rua São José", "Avenida Padre Cícero", "Rua Frei Damião",
         "Estrada do Riacho Fundo", "Rua Manoel Sucupira", "Rua Vereador Deusdete Pajeú", "Rua Tenente Valdivino Sabiá"]
ROAD_C = ["do Riacho Fundo", "da Lagoa Seca", "do Caldeirão", "do Mandacaru", "do Serrote", "da Umburana", "do Barreiro", "do Cacimbão", "do Juazeirinho",
          "do Baixio", "da Serra Branca", "do Pau-Ferro"]
ASSOCS = ["Associação Comunitária dos Pequenos Agricultores do {c}", "Associação de Moradores do {c}", "Associação Rural {c}",
          "Associação Quilombola do {c}"]
BOTS = ["Aguinha", "PipaBot", "Assistente Virtual", "Gotinha"]
WATER_SELLERS = [("Disk Água Bento Amado", "diskaguabento.com.br"), ("Pipa Expresso Sertão", "pipaexpresso.com.br"),
                 ("Água Boa Leão do Norte", "aguaboaleao.com.br"), ("Carro-Pipa Prudente", "pipaprudente.com.br"),
                 ("Sarapião Água Potável", "sarapiaoagua.com.br")]
POSTOS = ["Posto Aurora do Sertão", "Auto Posto Leão Dourado", "Posto São Bento", "Posto Quintino BR", "Posto Flor do Campo"]
COOPS = [("Cooperativa de Crédito Sertão Vivo", "sertaovivo.coop.br"), ("Cooperativa de Crédito Rural Caatinga Forte", "caatingaforte.coop.br"),
         ("Credipajeú Cooperativa de Crédito", "credipajeu.coop.br")]
ROLE_BOXES = ["defesacivil", "compdec", "ouvidoria", "vigiagua", "vigilancia", "epidemiologia", "ocp", "pipa", "protocolo", "gabinete",
              "tesouraria", "atendimento", "pedidos", "sac", "cobranca", "financeiro", "contato", "naoresponda", "no-reply", "secretaria",
              "juridico", "cisternas", "garantiasafra", "rh", "lacen", "saude", "agricultura", "compras", "faturamento", "sindicato",
              "nfe", "recepcao", "cadastro", "assistenciasocial"]
LAWS = ["Portaria Interministerial MI/MD nº 1/2012", "Lei 12.608/2012", "Lei 12.873/2013", "Lei 10.420/2002", "Portaria GM/MS 888/2021",
        "Lei 8.666/1993", "Lei 14.133/2021", "art. 312 do Código Penal", "art. 171 do Código Penal", "Lei 9.099/1995", "Lei 13.709/2018",
        "Lei 12.527/2011", "art. 186 do Código Civil"]
COBRADE = ["COBRADE 1.4.1.1.0 (estiagem)", "COBRADE 1.4.1.2.0 (seca)", "COBRADE 1.4.1.1.0 — Estiagem"]


def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold(s).lower())


def town(g: Gen) -> tuple[str, str]:
    return g.pick(TOWNS)


def gov(city: str, uf: str, sec: str = "") -> str:
    return (f"{sec}." if sec else "") + f"{slug(city)}.{uf.lower()}.gov.br"


def comm(g: Gen) -> str:
    return g.pick(COMMS)


def rural_addr(g: Gen, uf: str | None, style: str = "text") -> str:
    """A rural home: road + km, or a street of a district with its number (the sítio's name stays outside)."""
    r = g.pick([x for x in ROADS if uf or "{uf}" not in x])
    road = r.format(c=g.pick(ROAD_C), uf=uf, n=g.ri(200, 590), p=g.ri(1, 9))
    if road.startswith(("Estrada", "Rodovia", "Rodagem")):
        tail = g.pick([f", km {g.ri(2, 48)}", f", km {g.ri(2, 48)}", ", s/n", f" km {g.ri(2, 48)}", f", km {g.ri(2, 48)}, casa {g.ri(1, 9)}"])
    else:
        tail = g.pick([f", {g.ri(3, 480)}", ", s/n", f", nº {g.ri(3, 480)}", f" {g.ri(3, 480)}"])
    s = road + tail
    if style == "caps":
        return fold(s).upper()
    if style == "low":
        return fold(s).lower().replace("estrada", g.pick(["estrada", "estr", "est."]), 1)
    return s


TOWN_COMPS = ["", "", "", "", "", "casa 2", "casa B", "fundos", "A", "1º andar", "próximo ao mercado", "apto 101"]


def town_addr(g: Gen, style: str = "text") -> str:
    """A house in the seat of a small town: the generic street pool, a number and a small-town complement."""
    t = g.pick(["Rua", "Rua", "Rua", "Rua", "Avenida", "Travessa", "Praça", "Beco"])
    num = str(g.ri(3, 1499)) if g.chance(0.88) else "s/n"
    comp = g.pick(TOWN_COMPS)
    s = f"{t} {g.pick(STREET_NAMES)}" + g.pick([", ", ", nº ", " "] if num != "s/n" else [", "]) + num + (g.pick([", ", " - "]) + comp if comp else "")
    if style == "caps":
        return fold(s).upper()
    if style == "low":
        return fold(s).lower().replace("rua ", g.pick(["rua ", "r ", "r. "]), 1)
    return s.replace("Rua ", "R. ", 1) if g.chance(0.2) else s


def home(g: Gen, style: str = "text", rural: float = 0.5, uf: str | None = None) -> str:
    if g.chance(rural):
        return rural_addr(g, uf, style)
    return town_addr(g, style)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def nup(g: Gen) -> str:
    """A federal process number (NUP) or a SEI number; not labelled."""
    return clean(g, lambda: g.pick([f"{g.d(5)}.{g.d(6)}/{g.ri(2024, 2026)}-{g.d(2)}", f"SEI {g.d(7)}", f"{g.d(5)}.{g.d(6)}/{g.ri(2024, 2026)}"]))


def cnj_of(g: Gen, uf: str, seg: str | None = None) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.{seg or CNJ_SEG.get(uf, '8.17')}.{g.d(4)}")


def money(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + brl(g.ri(lo, hi) + g.pick([0, 0, 0, 0.5, 0.9, 0.35]))


def bank(g: Gen) -> str:
    return g.pick(BANKS)[1]


def tp(g: Gen, s: str, p: float = 0.2) -> str:
    return typo(s, g) if g.chance(p) else s


def lphone(g: Gen, uf: str, mobile: bool = True, style: str | None = None) -> str:
    """A phone number in one of the UF's area codes; labelled like any phone number."""
    ddd = g.pick(UF_DDD.get(uf, ["87"]))
    while True:
        local = ("9" + str(g.ri(8, 9)) + g.d(7)) if mobile else (str(g.ri(3, 3)) + g.d(7))
        raw = ddd + local
        if not (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10:11] or cnh_dv(raw[:9]) == raw[9:]):
            return g.fmt_phone(ddd, local, style or g.pick(["par", "par", "plain", "nospace", "raw", "dash"]))


def truck(g: Gen) -> tuple[str, int, str]:
    m, cap = g.pick(TRUCKS)
    return m, cap, g.plate()


def manancial(g: Gen, uf: str) -> str:
    return g.pick(MANANCIAIS).format(u=UTIL.get(uf, "Compesa"))


def nis(g: Gen) -> str:
    return g.pis(g.pick(["dot", "raw", "raw"]))


def cpf_or_nis(g: Gen) -> tuple:
    return (g.cpf(), "BR_CPF") if g.chance(0.6) else (nis(g), "BR_PIS")


def kid(g: Gen, parent: Person | None = None, female: bool | None = None) -> Person:
    parent = parent or g.person()
    female = g.chance(0.5) if female is None else female
    k = g.relative(parent, female)
    if g.chance(0.1):
        o = g.pick(["in", "gk", "ht", "it", "ar", "jp"])
        k = Person(g.pick(FOREIGN[o][0] if female else FOREIGN[o][1]), k.surnames, female)
    return k


def kid_dob(g: Gen, fmt: str | None = None, lo: int = 2012, hi: int = 2025) -> str:
    return g.dob(fmt or g.pick(["br", "br", "br", "nopad", "short", "iso"]), lo, hi)


def cl2(doc: Doc, stamp: str, who: list[tuple], template: str = "", **vals) -> None:
    doc.t(stamp)
    for part in who:
        doc.e(part[0], part[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def dr(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def sr(p: Person) -> str:
    return "dona" if p.female else "seu"


def spoken_date(g: Gen, dd: int, mm: int, yy: int) -> str:
    if yy < 2000:
        yw = "mil novecentos e " + words999(yy - 1900)
    else:
        yw = "dois mil" + (" e " + words999(yy - 2000) if yy > 2000 else "")
    dw = "primeiro" if dd == 1 else words999(dd)
    return g.pick([f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}", f"{dw} de {fold(MONTHS[mm - 1])} de {yw}",
                   f"{dd} do {mm} de {yy % 100:02d}", f"{dw} do {words999(mm)} de {yw}"])


def council2(g: Gen, kind: str, uf: str) -> str:
    n = g.ri(1000, 59999)
    if kind == "CRQ":
        r = {"PE": "I", "CE": "X", "BA": "VII", "PB": "XIX", "RN": "XV", "PI": "XVIII", "AL": "XVII", "SE": "XVII", "MG": "II"}.get(uf, "I")
        return g.pick([f"CRQ-{r} nº {g.d(8)}", f"CRQ {r} Região {g.d(8)}", f"CRQ-{r} {g.d(8)}"])
    if kind == "CRMV":
        return g.pick([f"CRMV-{uf} {n}", f"CRMV/{uf} nº {n}"])
    if kind == "CRF":
        return g.pick([f"CRF-{uf} {n}", f"CRF/{uf} nº {n}"])
    if kind == "CRBio":
        return g.pick([f"CRBio-05 {n}/05-D", f"CRBio 5ª Região nº {n}-D", f"CRBio-04 {n}"])
    return g.council(kind, uf)


def rank(g: Gen, p: Person) -> str:
    return g.pick(["Cap.", "1º Ten.", "2º Ten.", "Ten.", "Maj.", "Sgt.", "1º Sgt.", "ST"])


def signed(g: Gen, doc: Doc, p: Person, role: str, pid: str | None = None, caps: bool = False) -> None:
    doc.t("\n_______________________________\n")
    doc.e(p.capsf if caps else g.pick([p.full, p.caps]), "PERSON")
    doc.t("\n" + (fold(role).upper() if caps else role))
    if pid:
        doc.t(" — ")
        doc.e(pid, "PROFESSIONAL_ID")
    doc.t("\n")


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "lfirst": lower(p.first), "lshort": lower(p.short)}[f])


def chat_neg(g: Gen) -> str:
    return g.pick(["ok", "amém", "<Mídia oculta>", "👍🙏", "tá bom", "blz", "kkkk", "Esta mensagem foi apagada", "áudio de 0:52",
                   "a luz caiu de novo aqui no sítio", "graças a Deus choveu um pouquinho no Baixio", "a estrada tá cheia de buraco depois da ponte",
                   "a cisterna daqui tá rachada, perde água", "o jumento derrubou a cerca do barreiro", "deus abençoe 🙏"])


def word_neg(g: Gen) -> str:
    """A sentence in which name-like words are words, places or firms, not persons."""
    return g.pick(["Seria prudente ferver a água antes de dar às crianças.", "Foi uma vitória a chuva de ontem no Sítio Amado.",
                   "O Açude São Bento está com 4% da capacidade.", "A luz do poço do assentamento está cortada desde terça.",
                   "A ponte do Riacho Prudente caiu na cheia de 2024.", "Não há esperança de inverno bom este ano, diz a Funceme.",
                   "A Barragem Bento Amado só abastece a sede.", "O Sítio Salvador fica depois da Serra da Aurora, 18 km de terra.",
                   "A Rua Frei Damião alaga quando chove.", "A flor do mandacaru abriu, sinal de chuva, dizem os antigos.",
                   "O Disk Água Bento Amado dobrou o preço da carrada.", "O Povoado Flor do Campo recebe às quintas."])


def sangria(g: Gen) -> str:
    return g.pick(["ponto de captação", "manancial", "ponto de abastecimento"])


# ------------------------------------------------------------------ atendimento

def at_grupo(g: Gen) -> Doc:
    """A community's WhatsApp group with its pipeiro and apontador, as exported from a resident's phone: the route of the day with the
    truck's plate; residents by saved name, nickname or bare number; the apontador's list of families (people per house); a resident's
    CPF or NIS sent for the municipal register; the Defesa Civil clerk's name and phone; a nickname; word-names as places."""
    doc = Doc()
    city, uf = town(g)
    c = comm(g)
    pip, apo, clerk = g.person(False), g.person(g.chance(0.6)), g.person(g.chance(0.7))
    res = [g.person() for _ in range(g.ri(4, 5))]
    model, cap, plate = truck(g)
    st = chat_stamp(g)
    t = iter(seq_times(g, 40, g.moment(hours=(5, 9)), 60, 2400))
    doc.t(g.pick([f"Conversa do WhatsApp com Água {c} 💧\n\n", f"WhatsApp Chat with PIPA {fold(c).upper()}\n\n", f"Grupo \"Pipa {c.split()[-1]}\" — exportado\n\n"]))

    def who(p: Person) -> list[tuple]:
        r = g.rng.random()
        if r < 0.5:
            return [(lphone(g, uf, style="wa"), "PHONE_NUMBER")]
        if r < 0.65:
            return [P(p.first), V(" " + g.pick(["Sítio", "cisterna", "Lagoa", "Caldeirão", "Baixio"]))]
        return [P(g.pick([p.short, p.full, p.nick, p.first]))]
    P_ = g.pick([[P(pip.short)], [P(pip.nick), V(" Pipeiro")], [P(pip.first), V(" da Pipa")], [V("~ "), P(pip.nick), V(" Pipa")]])
    if g.chance(0.3):
        P_ = [(lphone(g, uf, style="wa"), "PHONE_NUMBER")]
    A_ = [P(g.pick([apo.short, apo.first])), V(g.pick([" Apontador" if not apo.female else " Apontadora", "", " (apontador)" if not apo.female else " (apontadora)"]))]
    if A_[1][0] == "":
        A_ = A_[:1]
    if g.chance(0.4):
        A_ = [(lphone(g, uf, style="wa"), "PHONE_NUMBER")]
    cl2(doc, st(next(t)), P_, tp(g, g.pick([f"bom dia povo, hj a pipa passa no {c} a partir das 7h. o caminhão é o {model.split()[0].lower()} placa «p»",
                                            f"Bom dia! Amanhã carrego no {manancial(g, uf)} e desço pro {c}, placa «p», {cap} mil litros"]), 0.3), p=(plate, "LICENSE_PLATE"))
    cl2(doc, st(next(t)), who(res[0]), tp(g, g.pick([f"{sr(pip)} «n» minha cisterna ta seca desde sabado", "aqui em casa nao chegou na semana passada «n»",
                                                     "«n» passa aqui primeiro que tem idosa acamada"]), 0.4), n=P(g.pick([pip.first, pip.nick])))
    cl2(doc, st(next(t)), A_, "Lista de hoje conforme a Defesa Civil:")
    for i, p in enumerate(res[1:], 1):
        doc.f("«i». «n»«id» — «k»«x»\n", i=i, n=P(tp(g, g.pick([p.full, p.short, p.caps, p.nick + " " + p.last]), 0.1)), k=g.pick(["1 pessoa", "sozinho", "2 pessoas", "3 pessoas", "4 pessoas", "5 pessoas", "6 pessoas", "7 pessoas", "9 pessoas"]),
              id=[V(g.pick([" nis ", " - NIS ", " "])), (nis(g), "BR_PIS")] if g.chance(0.45) else [V(" cpf "), (g.cpf(), "BR_CPF")] if g.chance(0.55) else "",
              x=g.pick(["", "", " (idoso)", " (cisterna rachada)", f" — {g.ri(4, 16)} mil l"]))
    if g.chance(0.7):
        cl2(doc, st(next(t)), who(res[0]), tp(g, "o cadastro da minha filha ainda nao saiu, o cpf dela é «c»", 0.3), c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    else:
        cl2(doc, st(next(t)), who(res[0]), tp(g, "meu nis pro cadastro «c»", 0.3), c=(nis(g), "BR_PIS"))
    cl2(doc, st(next(t)), A_, "Cadastro novo é com «n» na Defesa Civil, «t». Leva RG, CPF e comprovante de residência.", n=P(g.pick([clerk.first, clerk.short])),
        t=(lphone(g, uf, g.chance(0.5)), "PHONE_NUMBER"))
    cl2(doc, st(next(t)), who(res[2]), chat_neg(g))
    if g.chance(0.6):
        nk = g.pick(FREE_NICK)
        cl2(doc, st(next(t)), who(res[3]), tp(g, "o «k» disse que ta vendendo carrada por fora, é verdade?", 0.3), k=P(nk))
        cl2(doc, st(next(t)), P_, "Água da Operação é de graça, quem cobrar denuncia no 190 ou na Defesa Civil. «w»", w=word_neg(g) if g.chance(0.5) else "")
    cl2(doc, st(next(t)), who(res[-1]), tp(g, g.pick(["chegou aqui, obrigada «n» 🙏", "recebi 8 mil litros, Deus lhe pague «n»", "a pipa atolou no riacho, «n» ta esperando trator"]), 0.3),
        n=P(g.pick([pip.first, pip.nick])))
    if g.chance(0.4):
        sp = g.person()
        cl2(doc, st(next(t)), who(res[1]), "se eu nao tiver em casa entrega pra «n» «t»", n=P(sp.first), t=(lphone(g, uf, style=g.pick(["raw", "plain"])), "PHONE_NUMBER"))
    cl2(doc, st(next(t)), A_, chat_neg(g))
    return doc


def at_planilha(g: Gen) -> Doc:
    """The apontador's delivery sheet for one trip (ruled, psql, Markdown, pipe, blank-aligned, CSV or fixed width with names cut): the
    pipeiro with CPF and CNH, the truck's plate, the water source, odometer; per cistern the family head, CPF or NIS, people, volume, a
    rural address, phone, who received (a relative by first name sometimes); the apontador's and the inspector's signatures."""
    doc = Doc()
    city, uf = town(g)
    c = comm(g)
    pip, apo, fis = g.person(False), g.person(), g.person()
    model, cap, plate = truck(g)
    d = g.day()
    doc.t(f"OPERAÇÃO CARRO-PIPA — {RM[uf].upper()} — MUNICÍPIO DE {fold(city).upper()}/{uf}\nFICHA DE CONTROLE DE DISTRIBUIÇÃO DE ÁGUA — {dbr(d)}\n")
    doc.f("Pipeiro: «n» CPF «c» CNH «h» Fone «f»\nVeículo: «m» «p» — capacidade «k» m³ — «man»\nComunidade: «co» — rota «r»\n\n", n=P(g.pick([pip.full, pip.caps])),
          c=(g.cpf(), "BR_CPF"), h=(g.cnh(), "BR_CNH"), f=(lphone(g, uf), "PHONE_NUMBER"), m=model, p=(plate, "LICENSE_PLATE"), k=cap, man=manancial(g, uf), co=c, r=clean(g, lambda: f"R{g.d(3)}"))
    style = g.pick(["plus", "psql", "md", "pipe", "plain", "csv", "fixed"])
    rows = []
    for i in range(g.ri(4, 6)):
        p = g.person()
        nm = tp(g, g.pick([p.full, p.caps, p.capsf, p.short]), 0.12)
        addr = rural_addr(g, uf, g.pick(["text", "caps", "low"])) if g.chance(0.75) else town_addr(g, g.pick(["text", "caps"]))
        if style == "fixed":
            nm, addr = cut(nm, 22), cut(addr, 28)
        rel = g.relative(p)
        rec = g.pick([[P(p.first)], [P(rel.first), V(" (filha)" if rel.female else " (filho)")], [V("titular")], [V("titular")], [V("titular")], [V("titular")], [V("vizinho")], [V("ass. a rogo")], [P(p.nick)]])
        rows.append([V(f"{i + 1:02d}"), P(nm), cpf_or_nis(g), V(str(g.ri(1, 9))), V(f"{g.pick([2, 4, 4, 6, 8])}.000"), (addr, "ADDRESS"),
                     (lphone(g, uf, style=g.pick(["par", "raw", "plain"])), "PHONE_NUMBER") if g.chance(0.7) else V("-"), rec])
    cols = ["nº", "responsável", "CPF/NIS", "pessoas", "litros", "endereço", "telefone", "recebeu"]
    if style == "fixed":
        ws = [4, 23, 16, 4, 7, 29, 16]
        doc.t("Nº  RESPONSÁVEL            CPF/NIS         PES LITROS ENDEREÇO                     TELEFONE        RECEBEU\n")
        for r in rows:
            for (v, lab), w in zip(r[:7], ws):
                doc.cell(v, w, lab)
            for part in r[7]:
                doc.e(part[0], part[1])
            doc.t("\n")
    elif style == "csv":
        sep = g.pick([";", ","])
        doc.t(sep.join(cols) + "\n")
        for r in rows:
            table_csv(doc, None, [r[:7]], sep)
            doc.text = doc.text[:-1]
            doc.t(sep)
            for part in r[7]:
                doc.e(part[0], part[1])
            doc.t("\n")
    else:
        table_ruled(doc, cols[:7], [r[:7] for r in rows], style)
        doc.t("\nRecebido por:\n")
        for r in rows:
            doc.t(f"- {r[0][0]}: ")
            for part in r[7]:
                doc.e(part[0], part[1])
            doc.t("\n")
    odo = g.ri(40000, 390000)
    doc.f("\nHodômetro saída «a» / chegada «b». Apontador: «n». Fiscal: «f»«fr».\n", a=odo, b=g.pick(["____", str(odo + g.ri(30, 140))]),
          n=P(g.pick([apo.full, apo.short])), f=rank(g, fis) + " ", fr=P(g.pick([fis.last, fis.short, fis.full])))
    if g.chance(0.35):
        doc.t(word_neg(g) + "\n")
    return doc


def at_ligacao(g: Gen) -> Doc:
    """A speech-to-text transcript (lower case) of a call to the municipal Defesa Civil asking to join the water-truck list: the clerk's
    first name, the caller's name, CPF read out in groups or in words, NIS sometimes, birth date spoken, the rural address, the sítio,
    the phone read out, a neighbour who will receive; then the typed request form."""
    doc = Doc()
    city, uf = town(g)
    c = comm(g)
    att, cli, nb = g.person(g.chance(0.7)), g.person(g.chance(0.6)), g.person()
    cpf = g.cpf_digits()
    dd, mm, yy = g.dob_parts(1945, 2000)
    addr = rural_addr(g, uf, "low")
    ph = lphone(g, uf, style="raw")
    doc.f("[transcrição automática — COMPDEC «ci» — ramal «r» — «d»]\n", ci=city, r=g.ri(200, 260), d=ts(g.moment(hours=(7, 17)), "br"))
    A, C = g.pick([("atendente", "cidadão"), ("agente", "munícipe"), ("a", "b")])
    doc.f("«A»: defesa civil de «ci» bom dia aqui é «n» em que posso ajudar\n", A=A, ci=lower(city), n=P(lower(att.first)))
    doc.f("«C»: bom dia minha filha é pra colocar o nome na lista da pipa que aqui no «co» a cisterna secou\n", C=C, co=lower(c))
    doc.f("«A»: certo o nome completo do responsável\n«C»: «n»\n", A=A, C=C, n=P(tp(g, cli.low, 0.15)))
    doc.f("«A»: cpf\n«C»: «c»\n", A=A, C=C, c=(stt_cpf(cpf, g), "BR_CPF"))
    nis_n = g.pis("raw") if g.chance(0.5) else None
    if nis_n:
        doc.f("«A»: tem o nis do bolsa família\n«C»: tenho «c»\n", A=A, C=C, c=(stt_groups(nis_n, g), "BR_PIS"))
    doc.f("«A»: data de nascimento\n«C»: «d»\n", A=A, C=C, d=(spoken_date(g, dd, mm, yy), "DATE_OF_BIRTH"))
    doc.f("«A»: o endereço\n«C»: «a» no «co» depois da «x»\n", A=A, C=C, a=(addr, "ADDRESS"), co=lower(c), x=g.pick(["capela", "escola velha", "casa de farinha", "ponte"]))
    doc.f("«A»: quantas pessoas moram na casa\n«C»: «k» eu meu esposo e os menino\n", A=A, C=C, k=NUM_WORDS[g.ri(2, 8)])
    doc.f("«A»: um telefone pra contato\n«C»: «t»\n", A=A, C=C, t=(g.pick([stt_groups(ph, g), f"{ph[:2]} {ph[2]} {ph[3:7]} {ph[7:]}"]), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("«C»: se eu nao tiver em casa pode deixar com a vizinha «n»\n", C=C, n=P(lower(g.pick([nb.first, nb.short]))))
    doc.f("«A»: tá anotado o apontador do «co» vai passar pra conferir a cisterna protocolo «p»\n«C»: deus lhe pague\n\n", A=A, C=C, co=lower(c), p=proto(g))
    doc.t("--- FICHA DE SOLICITAÇÃO (digitada) ---\n")
    kv_block(doc, [("Solicitante", P(cli.full)), ("CPF", (fmt_cpf(cpf), "BR_CPF")), ("Nascimento", (fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH")),
                   ("Endereço", (rural_addr(g, uf), "ADDRESS")), ("Localidade", V(c)), ("CEP", (g.cep(), "BR_CEP")),
                   ("Telefone", (g.fmt_phone(ph[:2], ph[2:], "par"), "PHONE_NUMBER"))] + ([("NIS", (nis_n, "BR_PIS"))] if nis_n else []) + [
                   ("Atendente", P(att.short))], g.pick(["plain", "dots", "box", "caps"]))
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """An ombudsman report (Fala.BR style) against a pipeiro charging for water or skipping houses: the manifestation text (the pipeiro by
    name or nickname, his truck's plate, the apontador), the Army section's reply signed by an officer, and the restricted identification
    block (name, CPF, e-mail, phone, IP address)."""
    doc = Doc()
    city, uf = town(g)
    c = comm(g)
    cli, pip, apo, off = g.person(g.chance(0.6)), g.person(False), g.person(), g.person()
    model, cap, plate = truck(g)
    doc.f("NUP «n» — Tipo: Denúncia — Órgão: Comando do Exército — Assunto: Operação Carro-Pipa — «d»\n\n", n=nup(g), d=g.date("br"))
    doc.f("Teor: «t»\n\n", t=[V(tp(g, g.pick(["O pipeiro ", "o pipero "]), 0.1)), P(g.pick([pip.full, pip.short, pip.nick])),
                             V(g.pick([" está cobrando R$ 50 por carrada no ", " não entrega no ", " pula as casas da oposição no "]) + c + " em " + city + ". O caminhão é placa "),
                             (plate if g.chance(0.8) else plate.lower(), "LICENSE_PLATE"), V(tp(g, ". O apontador ", 0.1)), P(g.pick([apo.first, apo.short])),
                             V(g.pick([" assina a ficha sem a água chegar.", " sabe de tudo e não faz nada.", " é parente dele."]) + " ")]
                          + ([V("O zap do pipeiro é "), (lphone(g, uf), "PHONE_NUMBER"), V(". ")] if g.chance(0.5) else []) + [V(g.pick(["Peço providências.", "Quero sigilo.", "Moro lá há 30 anos."]))])
    doc.f("Resposta (Seção da Operação Carro-Pipa/«rm»): Prezado(a) manifestante, a denúncia foi apurada. O rastreamento do veículo «p» indicou «x». "
          "Foi aberto procedimento administrativo e o apontador será substituído. «w»\n«r» «o» — Oficial da OCP\n\n", rm=RM[uf], p=(plate, "LICENSE_PLATE"),
          x=g.pick(["desvio de rota em 3 dias", "entregas registradas sem parada do caminhão", "cumprimento regular da rota"]), w=word_neg(g) if g.chance(0.3) else "",
          r=rank(g, off), o=P(g.pick([off.short, off.full])))
    doc.t("DADOS DO MANIFESTANTE (acesso restrito — Lei 13.709/2018)\n")
    kv_block(doc, [("Nome", P(g.pick([cli.full, cli.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("E-mail", (g.email(cli), "EMAIL_ADDRESS")),
                   ("Telefone", (lphone(g, uf), "PHONE_NUMBER")), ("Município", V(f"{city}/{uf}")), ("CEP", (g.cep(), "BR_CEP")), ("IP de registro", (g.ip(), "IP_ADDRESS"))],
             g.pick(["plain", "box", "dots"]))
    return doc


def at_email_cred(g: Gen) -> Doc:
    """An e-mail thread: the municipal Defesa Civil coordinator sends the Army section a new pipeiro's papers and the new apontadores;
    the officer answers with what is missing. The pipeiro's CPF, RG or CNH, PIS sometimes, plates of truck and tank, phone, e-mail, agency
    and account; apontadores with CPF or NIS and phone; X-Originating-IP."""
    doc = Doc()
    city, uf = town(g)
    coord, off, pip = g.person(), g.person(), g.person(False)
    apos = [g.person() for _ in range(g.ri(1, 3))]
    model, cap, plate = truck(g)
    dom = gov(city, uf)
    om = f"{g.ri(1, 72)}{g.pick(['º BI Mtz', 'º BEC', 'º GAC', 'º B Log'])}"
    t0 = g.moment(hours=(8, 17))
    cm = corp_mail(coord, dom, g)
    om_mail = corp_mail(off, f"{slug(RM[uf][:2])}rm.eb.mil.br", g)
    doc.f("From: «a» <«b»>\nTo: «c» <«d»>\nSubject: RE: credenciamento pipeiro — «ci»\nDate: «t»\n\n", a=P(off.full), b=(om_mail, "EMAIL_ADDRESS"),
          c=P(coord.full), d=(cm, "EMAIL_ADDRESS"), ci=city, t=mail_date(t0 + datetime.timedelta(hours=g.ri(3, 40))))
    doc.f("Boa tarde. Falta o laudo de potabilidade do ponto de captação e a CNH categoria C do titular. Os apontadores estão homologados. "
          "Favor orientar o pipeiro a instalar o rastreador até «d».\n«r» «o»\nSeção OCP — «om»\n\n", d=g.date("br"), r=rank(g, off), o=P(off.short), om=om)
    doc.f("> Em «t», «a» <«b»> escreveu:\n", t=ts(t0, "br"), a=P(coord.full), b=(cm, "EMAIL_ADDRESS"))
    doc.f("> Prezados, segue a documentação do novo pipeiro credenciado para «ci»:\n", ci=city)
    doc.f("> Nome: «n»\n> CPF: «c»\n", n=P(pip.caps if g.chance(0.4) else pip.full), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("> RG: «r» «o»\n", r=(g.rg(), "BR_RG"), o=g.pick(RG_ORG))
    doc.f("> CNH: «h» (cat. «k»)\n", h=(g.cnh(), "BR_CNH"), k=g.pick(["C", "D", "E", "AE"]))
    if g.chance(0.5):
        doc.f("> NIT: «p»\n", p=(g.pis(), "BR_PIS"))
    doc.f("> Veículo: «m», placa «p»«tq»\n> Telefone: «t» / e-mail «e»\n> Banco «b», ag. «ag», c/c «cc»\n>\n", m=model, p=(plate, "LICENSE_PLATE"),
          tq=[V(", tanque placa "), (g.plate(), "LICENSE_PLATE")] if g.chance(0.3) else "", t=(lphone(g, uf), "PHONE_NUMBER"), e=(g.email(pip), "EMAIL_ADDRESS"),
          b=bank(g), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.t("> Apontadores indicados pelas associações:\n")
    for a in apos:
        doc.f(">  - «n» («co») — «c» — «t»\n", n=P(g.pick([a.full, a.caps])), co=comm(g), c=cpf_or_nis(g), t=(lphone(g, uf), "PHONE_NUMBER"))
    doc.f(">\n> Att.,\n> «n»\n> Coordenador(a) Municipal de Proteção e Defesa Civil — «dm»\n", n=P(coord.full), dm=role_mail(g, dom, "defesacivil"))
    doc.f("\nX-Originating-IP: [«ip»]\n", ip=(g.ip_pub(), "IP_ADDRESS"))
    return doc


def at_disk_agua(g: Gen) -> Doc:
    """A private water-truck seller's orders (JSON lines, CSV or YAML export of its app): customer, CPF, phone, address, CEP, the order,
    the truck's plate and driver, payment by a random Pix key or a masked card, the device IP (public or private); and a customer's
    message with a full card number typed sometimes, with the attendant's answer."""
    doc = Doc()
    city, uf = town(g)
    firm, dom = g.pick(WATER_SELLERS)
    doc.f("# export pedidos — «f» — «ci»/«uf» — gerado «d»\n", f=firm, ci=city, uf=uf, d=ts(g.moment(), "iso"))
    style = g.pick(["jsonl", "csv", "yaml"])
    drivers = [g.person(False) for _ in range(2)]
    trucks = [g.plate() for _ in range(2)]
    n = g.ri(2, 3)
    cols = ["pedido", "cliente", "cpf", "fone", "email", "endereco", "cep", "litros", "valor", "placa", "motorista", "pgto", "ip"]
    if style == "csv":
        doc.t(";".join(cols) + "\n")
    last = None
    for _ in range(n):
        p = g.person()
        last = p
        k = g.ri(0, 1)
        ip = (g.ip(), "IP_ADDRESS") if g.chance(0.6) else V(g.ip_priv())
        pay = [V("pix:"), (g.uuid(), "PIX_KEY")] if g.chance(0.5) else [V("cartao:" + g.masked_card())]
        vals = [V(clean(g, lambda: f"PD{g.d(6)}")), P(tp(g, g.pick([p.full, p.caps, p.low]), 0.1)), (g.cpf(), "BR_CPF"), (lphone(g, uf), "PHONE_NUMBER"),
                (g.email(p), "EMAIL_ADDRESS") if g.chance(0.7) else V(""),
                (home(g, "text", 0.3, uf), "ADDRESS"), (g.cep(), "BR_CEP"), V(str(g.pick([4000, 7000, 8000, 12000, 16000]))), V(money(g, 150, 480)),
                (trucks[k], "LICENSE_PLATE"), P(drivers[k].short), pay, ip]
        if style == "jsonl":
            doc.t("{")
            for j, (col, v) in enumerate(zip(cols, vals)):
                doc.t(("" if j == 0 else ", ") + f'"{col}": "')
                for part in (v if isinstance(v, list) else [v]):
                    doc.e(part[0], part[1])
                doc.t('"')
            doc.t("}\n")
        elif style == "csv":
            for j, v in enumerate(vals):
                if j:
                    doc.t(";")
                for part in (v if isinstance(v, list) else [v]):
                    doc.e(part[0].replace(";", ","), part[1])
            doc.t("\n")
        else:
            doc.t("- ")
            for j, (col, v) in enumerate(zip(cols, vals)):
                doc.t(("" if j == 0 else "  ") + f"{col}: ")
                for part in (v if isinstance(v, list) else [v]):
                    doc.e(part[0], part[1])
                doc.t("\n")
    doc.t("\n--- mensagem do cliente (app) ---\n")
    if g.chance(0.45):
        doc.f("«n»: nao consegui pagar pelo app, segue o cartão «c» val «v» pode passar?\n", n=P(last.first), c=(g.card(g.chance(0.6)), "CREDIT_CARD"),
              v=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}")
        doc.f("Atendente «a»: Por segurança não aceitamos cartão por mensagem, apague o número. Mandei o Pix «k».\n", a=P(g.person().first), k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("«n»: o motorista «m» chegou 3h atrasado e a carrada veio barrenta\n", n=P(last.first), m=P(drivers[0].first))
        doc.f("Atendente «a»: Desculpe, vamos descontar 20% na próxima. «w»\n", a=P(g.person().first), w=word_neg(g) if g.chance(0.4) else "")
    return doc


def at_cisterna(g: Gen) -> Doc:
    """A family's registration form of a cistern programme (Programa Cisternas / a civil-society executor), as the field agent fills it
    (labels with colons, dotted leaders, a box, or OCR'd scan): titular with NIS, CPF, RG, birth date; spouse with CPF; children with birth
    dates; rural address, CEP, phone; the agent, the builder (cisterneiro) and the municipal committee member."""
    doc = Doc()
    city, uf = town(g)
    c = comm(g)
    tit = g.person(g.chance(0.75))
    sp = g.person(not tit.female)
    ag, ped, com = g.person(), g.person(False), g.person()
    ocr_on = g.chance(0.3)
    lab = (lambda s: ocr(s, g, 0.3)) if ocr_on else (lambda s: s)
    doc.t(lab("PROGRAMA CISTERNAS — CADASTRO DA FAMÍLIA (1ª ÁGUA — CISTERNA DE 16 MIL LITROS)") + f"\nMunicípio: {city}/{uf} — Comunidade: {c}\n\n")
    fields = [(lab("Titular"), P(ocr(tit.full, g, 0.2, names=True) if ocr_on else g.pick([tit.full, tit.caps]))), ("NIS", (nis(g), "BR_PIS")),
              ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), (lab("Data de nascimento"), (g.dob("br", 1950, 2004), "DATE_OF_BIRTH")),
              (lab("Cônjuge"), P(g.pick([sp.full, sp.caps]))), (lab("CPF do cônjuge"), (g.cpf(), "BR_CPF")),
              (lab("Endereço"), (rural_addr(g, uf, g.pick(["text", "caps"])), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
              (lab("Telefone"), (lphone(g, uf), "PHONE_NUMBER"))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box", "caps"]))
    doc.t("\n" + lab("Composição familiar") + ":\n")
    rows = []
    for _ in range(g.ri(1, 3)):
        k = kid(g, tit)
        rows.append([P(g.pick([k.full, k.first + " " + k.last])), V(g.pick(["filho(a)", "neto(a)", "filho", "filha"])), (kid_dob(g, lo=2008), "DATE_OF_BIRTH"),
                     (nis(g), "BR_PIS") if g.chance(0.5) else (g.cpf(), "BR_CPF") if g.chance(0.4) else V("-"), V(g.pick(["estuda", "-", "creche", "BPC"]))])
    table_ruled(doc, ["nome", "parentesco", "nascimento", "NIS/CPF", "obs"], rows, g.pick(["plus", "md", "plain"]))
    doc.f("\nTelhado: «tl» m² — fonte atual: «f» — distância até a fonte: «k» km\n", tl=g.ri(40, 120), f=g.pick(["carro-pipa", "barreiro", "cacimba", "açude"]), k=g.ri(1, 12))
    doc.f("Agente de cadastro: «a» — Cisterneiro: «p» (tel. «t») «c»\n", a=P(ag.full), p=P(g.pick([ped.short, ped.nick + " " + ped.last])),
          t=(lphone(g, uf, style="plain"), "PHONE_NUMBER"),
          c=[V(" — Comissão Municipal: "), P(g.pick([com.short, com.full]))] if g.chance(0.4) else "")
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


# ------------------------------------------------------------------ juridico

def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for i in range(n):
        w = g.person()
        doc.f("«i». «n» — CPF «c»«r»\n", i=i + 1, n=P(w.capsf if caps else w.full), c=(g.cpf(), "BR_CPF"),
              r=[V(" — RG "), (g.rg(), "BR_RG")] if g.chance(0.5) else "")


def ju_denuncia(g: Gen) -> Doc:
    """A federal prosecutor's criminal complaint (denúncia) on ghost water deliveries: the pipeiro, the apontador and a municipal
    official qualified (birth date, RG or CNH, CPF, título sometimes, address, CEP); the GPS log of the truck's plate against the signed sheets; the
    witnesses with CPF; the prosecutor by name (no council number); TRF CNJ number and the inquiry number unlabelled."""
    doc = Doc()
    city, uf = town(g)
    c = comm(g)
    pip, apo, sec, pr = g.person(False), g.person(), g.person(), g.person()
    model, cap, plate = truck(g)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) FEDERAL DA «v»ª VARA FEDERAL DA SUBSEÇÃO JUDICIÁRIA DE «ci»/«uf»\n\nInquérito Policial nº «ip» — Processo nº «cnj»\n\n",
          v=g.ri(1, 38), ci=fold(city).upper(), uf=uf, ip=clean(g, lambda: f"{g.d(4)}/{g.ri(2023, 2025)}-DPF/{g.pick(['SGO', 'JZO', 'CGE', 'PTS', 'CZO'])}/{uf}"),
          cnj=cnj_of(g, uf, TRF[uf]))
    doc.t("O MINISTÉRIO PÚBLICO FEDERAL, pelo Procurador da República signatário, vem oferecer DENÚNCIA em face de:\n\n")
    for i, (p, job) in enumerate([(pip, ("motorista autônomo (pipeiro)", "motorista autônoma")), (apo, ("agricultor", "agricultora")),
                                   (sec, ("servidor público municipal", "servidora pública municipal"))]):
        doc.t(f"{i + 1}) ")
        qualify(g, doc, p, dob=(1958, 1999), job=job, where=(city, uf), rural=0.6, titulo=g.chance(0.35))
        doc.t(";\n")
    doc.f("\npela prática do crime previsto no art. 312 do Código Penal (peculato-desvio), na forma do art. 29, pelos fatos a seguir.\n\n"
          "Entre «d1» e «d2», o primeiro denunciado, credenciado na Operação Carro-Pipa com o caminhão «m» placa «p», recebeu por «k» viagens ao «co» "
          "que não ocorreram: o rastreador do veículo «p2» registrou o caminhão parado no pátio de sua residência, enquanto as fichas de controle eram "
          "assinadas «sg» como apontador«sa». «tc», então «car», atestou as medições. O prejuízo à União foi de «v».\n\n",
          d1=g.date("br", 2024), d2=g.date("br", 2025), m=model, p=(plate, "LICENSE_PLATE"), k=g.ri(18, 140), co=c, p2=(plate, "LICENSE_PLATE"),
          sg="pela segunda denunciada" if apo.female else "pelo segundo denunciado", sa="a" if apo.female else "",
          tc="A terceira denunciada" if sec.female else "O terceiro denunciado",
          car=g.pick(["coordenadora da COMPDEC", "secretária de agricultura", "fiscal do contrato"]) if sec.female else g.pick(["coordenador da COMPDEC", "secretário de agricultura", "fiscal do contrato"]),
          v=money(g, 40000, 380000))
    doc.t("Testemunhas de acusação: ")
    n_w = g.ri(2, 3)
    for k in range(n_w):
        w = g.person()
        doc.f("«n» (CPF «c», «q»)«s»", n=P(w.full), c=(g.cpf(), "BR_CPF"), q=g.pick(["morador do " + c, "moradora do " + c, "agente do Exército", "ACS da localidade"]),
              s="; " if k < n_w - 1 else "")
    doc.f(".\n\n«ci», «d».\n\n«n»\nProcurador(a) da República\n", ci=city, d=g.docdate(), n=P(pr.full))
    return doc


def ju_termo(g: Gen) -> Doc:
    """A pipeiro's credentialing term with the Army unit (OM executora): the pipeiro qualified (RG or CNH, CPF, PIS sometimes, phone,
    e-mail sometimes, rural or urban address, CEP), the truck and tank plates, the bank agency and account for payment, clauses (GPS, rate
    per m³·km, chlorination), the commander's and the pipeiro's signatures, two witnesses with CPF."""
    doc = Doc()
    city, uf = town(g)
    pip, cmd = g.person(False), g.person(False)
    model, cap, plate = truck(g)
    om = f"{g.ri(1, 72)}{g.pick(['º Batalhão de Infantaria Motorizado', 'º Batalhão de Engenharia de Construção', 'º Grupo de Artilharia de Campanha'])}"
    caps = g.chance(0.3)
    up = caps_t if caps else (lambda s: s)
    doc.t(up(f"TERMO DE CREDENCIAMENTO Nº {clean(g, lambda: g.d(3))}/{g.ri(2025, 2026)} — OPERAÇÃO CARRO-PIPA — {om} ({RM[uf]})") + "\n\n")
    doc.t(up(f"A União, por intermédio do {om}, neste ato representada por seu Comandante, e o(a) credenciado(a) ") )
    qualify(g, doc, pip, caps=caps, pis=g.chance(0.4), phone=True, email=g.chance(0.4), job=("motorista", "motorista"), where=(city, uf), rural=0.5)
    doc.f(up(", proprietário do veículo «m», placa ") + "«p»" + up(", com tanque de «k» m³") + "«tq»" + up(", ajustam o seguinte:") + "\n\n",
          m=model, p=(plate, "LICENSE_PLATE"), k=cap, tq=[V(up(" (semirreboque placa ")), (g.plate(), "LICENSE_PLATE"), V(")")] if g.chance(0.3) else "")
    doc.f(up("CLÁUSULA 1ª — O credenciado transportará água potável do «man» às cisternas cadastradas em «ci»/«uf», conforme a Portaria Interministerial MI/MD nº 1/2012.") + "\n"
          + up("CLÁUSULA 2ª — A remuneração será calculada pelo momento de transporte (m³ × km) ao valor de R$ «r» e paga em conta corrente do titular: «b», agência ") + "«ag»"
          + up(", conta ") + "«cc»" + up(".") + "\n"
          + up("CLÁUSULA 3ª — É obrigatório manter o rastreador ligado e clorar a carga (hipoclorito, 2 mg/L na saída).") + "\n"
          + up("CLÁUSULA 4ª — A cobrança de qualquer valor dos beneficiários implica descredenciamento e comunicação ao MPF.") + "\n\n",
          man=manancial(g, uf), ci=city, uf=uf, r=brl(g.ri(0, 1) + g.ri(15, 49) / 100), b=bank(g), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.t(f"{city}/{uf}, {g.docdate()}.\n")
    signed(g, doc, cmd, f"{g.pick(['Ten Cel', 'Cel', 'Maj'])} — Comandante do {om}", caps=caps)
    signed(g, doc, pip, "Credenciado", caps=caps)
    witnesses(g, doc, 2, caps)
    return doc


def ju_bo(g: Gen) -> Doc:
    """A police report in capitals: a pipeiro threatened and his hose and pump stolen at the water source, or water taken by force from
    the truck; the victim qualified (birth date, RG, CPF, address, CEP, phone), the author by name and nickname, a witness with phone,
    the motorbike's or pickup's plate, the truck's plate; the delegate and the clerk."""
    doc = Doc()
    city, uf = town(g)
    c = comm(g)
    vic, aut, wit, dl, es = g.person(False), g.person(False), g.person(), g.person(), g.person()
    model, cap, plate = truck(g)
    doc.t(f"POLÍCIA CIVIL DO ESTADO {'DA' if uf in ('PB', 'BA') else 'DO' if uf in ('CE', 'RN', 'PI') else 'DE'} {UF_NAME[uf]}\nDELEGACIA DE POLÍCIA DE {city}\n".upper())
    doc.t(f"BOLETIM DE OCORRÊNCIA Nº {clean(g, lambda: g.d(5))}/{g.ri(2025, 2026)} — NATUREZA: {g.pick(['AMEAÇA E FURTO', 'ROUBO', 'AMEAÇA (ART. 147 CP)', 'DANO E AMEAÇA'])}\n".upper())
    doc.t(f"DATA DO FATO: {g.date('br')} — LOCAL: {fold(c).upper()}, ZONA RURAL\n\nVÍTIMA: ")
    doc.e(vic.capsf, "PERSON")
    doc.t(", MOTORISTA (PIPEIRO), NASCIDO EM ")
    doc.e(g.dob("br", 1960, 1998), "DATE_OF_BIRTH")
    doc.t(", RG ")
    doc.e(g.rg(), "BR_RG")
    doc.t(", CPF ")
    doc.e(g.cpf(), "BR_CPF")
    doc.t(", RESIDENTE NA ")
    doc.e(home(g, "caps", 0.5, uf), "ADDRESS")
    doc.t(f", {fold(city).upper()}/{uf}, CEP ")
    doc.e(g.cep(), "BR_CEP")
    doc.t(", TEL. ")
    doc.e(lphone(g, uf, style=g.pick(["par", "plain"])), "PHONE_NUMBER")
    doc.t(".\n")
    nk = g.pick(FREE_NICK)
    doc.f("AUTOR: «a», VULGO «k»«cp»«x».\n", a=P(aut.capsf) if g.chance(0.7) else P(fold(aut.first).upper()), k=P(nk.upper()),
          cp=[V(", CPF "), (g.cpf(), "BR_CPF"), V(", TEL. "), (lphone(g, uf, style="plain"), "PHONE_NUMBER")] if g.chance(0.5) else "",
          x=[V(", CONDUZINDO MOTOCICLETA PLACA "), (g.plate(), "LICENSE_PLATE")] if g.chance(0.6) else "")
    doc.f("HISTÓRICO: A VÍTIMA RELATA QUE ABASTECIA O CAMINHÃO «m» PLACA «p» NO «man» QUANDO O AUTOR CHEGOU EXIGINDO QUE A ÁGUA FOSSE DESCARREGADA "
          "NA PROPRIEDADE DELE, FORA DA LISTA DA OPERAÇÃO. DIANTE DA RECUSA, O AUTOR DISSE QUE \"A PIPA NÃO SOBE MAIS A SERRA\" E LEVOU «o». "
          "PRESENCIOU OS FATOS «w», TEL. «wt». «nota»\n",
          m=fold(model).upper(), p=(plate, "LICENSE_PLATE"), man=fold(manancial(g, uf)).upper(), o=g.pick(["A BOMBA E 30 METROS DE MANGOTE", "A CHAVE DO CAMINHÃO", "O CELULAR DA VÍTIMA"]),
          w=P(wit.capsf), wt=(lphone(g, uf, style=g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
          nota=g.pick(["A VÍTIMA FOI ORIENTADA SOBRE MEDIDAS PROTETIVAS.", "O EXÉRCITO FOI COMUNICADO.", "SERIA PRUDENTE, SEGUNDO A VÍTIMA, ESCOLTA NA ROTA.", ""]))
    doc.f("\nAUTORIDADE POLICIAL: «d»\nESCRIVÃO(Ã): «e»\n", d=P(dl.capsf), e=P(es.capsf))
    return doc


def ju_jec(g: Gen) -> Doc:
    """A small-claims petition: a family's cistern damaged by a private water truck (or contaminated water sold by it); the plaintiff
    qualified; the seller's CNPJ and the driver; the truck's plate; a neighbour witness with phone; the receipt paid by Pix to a random key
    or CNPJ key; signed by a lawyer with OAB or by the plaintiff (the Defensoria's defender has no council number)."""
    doc = Doc()
    city, uf = town(g)
    firm, dom = g.pick(WATER_SELLERS)
    aut, drv, nb, adv = g.person(), g.person(False), g.person(), g.person()
    plate = g.plate()
    doc.f("EXCELENTÍSSIMO SENHOR JUIZ DE DIREITO DO JUIZADO ESPECIAL CÍVEL DA COMARCA DE «ci»/«uf»\n\n", ci=fold(city).upper(), uf=uf)
    qualify(g, doc, aut, phone=True, email=g.chance(0.4), where=(city, uf), rural=0.6)
    doc.f(", vem propor AÇÃO DE INDENIZAÇÃO (Lei 9.099/1995) em face de «f», CNPJ «c», WhatsApp «w», pelos fatos seguintes.\n\n", f=firm.upper(), c=(g.any_cnpj(), "BR_CNPJ"),
          w=(lphone(g, uf), "PHONE_NUMBER"))
    dmg = g.chance(0.5)
    doc.f("Em «d», «a» autor«o» comprou uma carrada de «k» mil litros por «v», pagos por Pix «px». O motorista «m», no caminhão placa «p», «x». "
          "«vz» «n» (tel. «t») presenciou tudo. «w»\n\n", vz="A vizinha" if nb.female else "O vizinho", d=g.date("br"), a="o" if not aut.female else "a", o="" if not aut.female else "a", k=g.pick([7, 8, 10, 12]),
          v=money(g, 180, 420), px=[V("à chave aleatória "), (g.uuid(), "PIX_KEY")] if g.chance(0.6) else [V("à chave CNPJ "), (g.cnpj("raw"), "BR_CNPJ")],
          m=P(g.pick([drv.full, drv.first, drv.nick])), p=(plate, "LICENSE_PLATE"),
          x="deu ré sobre a tampa da cisterna e rachou a parede" if dmg else "descarregou água turva, com cheiro de barro, e as crianças tiveram diarreia",
          n=P(nb.full), t=(lphone(g, uf), "PHONE_NUMBER"), w=word_neg(g) if g.chance(0.3) else "")
    doc.f("Pede a condenação da ré ao pagamento de «v» por danos materiais e «m» por danos morais.\n\n«ci», «d».\n", v=money(g, 900, 6000), m=money(g, 2000, 10000), ci=city, d=g.docdate())
    if g.chance(0.6):
        doc.f("\n«n»\n«o»\n", n=P(adv.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    else:
        doc.f("\n«n»\n(assistid«o» pela Defensoria Pública — Defensor«a» «d»)\n", n=P(aut.full), o=aut.o, a="a" if adv.female else "", d=P(adv.short))
    return doc


def ju_ata(g: Gen) -> Doc:
    """The minutes of a community association's assembly choosing the apontador and approving the list of families for the water truck:
    the association's CNPJ; the president and the secretary; the Defesa Civil's representative; the elected apontador with CPF; the
    attendance list (names, CPF or NIS in some copies, signatures by name); a resident's statement."""
    doc = Doc()
    city, uf = town(g)
    c = comm(g)
    assoc = g.pick(ASSOCS).format(c=c.replace("Sítio ", "Sítio ").replace("Comunidade ", ""))
    pres, secr, rep, apo = g.person(), g.person(), g.person(), g.person()
    doc.f("«a»\nCNPJ «c»\nATA DA ASSEMBLEIA GERAL EXTRAORDINÁRIA DE «d»\n\n", a=assoc.upper(), c=(g.any_cnpj(), "BR_CNPJ"), d=fold(g.date("long")).upper())
    doc.f("Aos «dd» dias do mês, às «h», na «lc», reuniram-se os associados sob a presidência de «p», secretariada por «s», com a presença «r»"
          "representante da Coordenadoria Municipal de Proteção e Defesa Civil de «ci». Pauta: 1) escolha do apontador da Operação Carro-Pipa; 2) aprovação "
          "da lista de famílias. Foi eleit«o» apontador«a» «ap», CPF «cpf», por «v» votos.«fala» A lista com «k» famílias foi aprovada e será entregue ao "
          "Exército. Nada mais havendo, eu, «s2», lavrei a presente ata.\n\n",
          dd=g.ri(2, 28), h=g.hm(), lc=g.pick(["escola municipal da comunidade", "capela de São José", "sede da associação", "casa de farinha comunitária"]),
          p=P(g.pick([pres.full, pres.caps])), s=P(secr.full), r=[V("de "), P(rep.full), V(", ")] if g.chance(0.5) else "da ", ci=city, o=apo.o, a="a" if apo.female else "", ap=P(apo.full), cpf=(g.cpf(), "BR_CPF"),
          v=g.ri(12, 60), k=g.ri(25, 140), s2=P(secr.short) if g.chance(0.4) else "secretári" + secr.o,
          fala=g.pick(["", "", [V(" A associada "), P(g.person(True).full), V(" pediu a palavra e reclamou que o antigo apontador, conhecido por "), P(g.pick(FREE_NICK)),
                                 V(", marcava a ficha sem a água chegar.")], [V(" O associado "), P(g.person(False).short), V(" lembrou que seria prudente incluir os idosos do Baixio.")]]))
    doc.t("LISTA DE PRESENÇA\n")
    rows = []
    with_id = g.chance(0.9)
    for _ in range(g.ri(4, 6)):
        p = g.person()
        r = [P(tp(g, g.pick([p.full, p.caps, p.short]), 0.1))]
        if with_id:
            r.append(cpf_or_nis(g))
        if g.chance(0.4):
            r.append((lphone(g, uf, style=g.pick(["raw", "plain"])), "PHONE_NUMBER"))
        else:
            r.append(V("-"))
        r.append(P(g.pick([p.short, p.first + " " + p.last, p.first])) if g.chance(0.1) else V(g.pick(["(digital)", "assinou", "assinou", "a rogo", "ass."])))
        rows.append(r)
    table_ruled(doc, ["nome", "CPF/NIS", "telefone", "assinatura"] if with_id else ["nome", "telefone", "assinatura"], rows, g.pick(["plus", "plain", "md", "psql"]))
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """An extrajudicial notice from a landowner to the municipality and the pipeiros about the açude or well on his land used as water
    source (qualified: CPF, RG, address, CEP, phone, e-mail sometimes; his lawyer with OAB), and the municipality's reply signed by the
    Defesa Civil coordinator and the municipal attorney (OAB)."""
    doc = Doc()
    city, uf = town(g)
    own, adv, coord, proc = g.person(), g.person(), g.person(), g.person()
    pips = [g.person(False) for _ in range(2)]
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: ", )
    qualify(g, doc, own, phone=g.chance(0.6), email=g.chance(0.4), where=(city, uf), rural=0.7, job=("agricultor", "agricultora"), titulo=g.chance(0.4))
    doc.f(".\nNOTIFICADOS: Município de «ci», CNPJ «c», e os pipeiros «a» (placa «pa») e «b» (placa «pb»).\n\n", ci=city, c=(g.cnpj(), "BR_CNPJ"),
          a=P(g.pick([pips[0].full, pips[0].short])), pa=(g.plate(), "LICENSE_PLATE"), b=P(g.pick([pips[1].full, pips[1].nick])), pb=(g.plate(), "LICENSE_PLATE"))
    doc.f("O notificante é proprietário do imóvel rural «f», onde fica o «x» usado como ponto de captação da Operação Carro-Pipa sem autorização escrita. Os caminhões "
          "entram de madrugada, deixam a porteira aberta e o gado fugiu duas vezes. Fica notificado o Município a, em 10 dias, firmar termo de cessão ou suspender "
          "a captação.\n\n«ci», «d».\n«n» — «o»\n\n", f=g.pick(["Sítio Lagoa do Mato", "Fazenda Aurora", "Sítio Bento Velho", "Fazenda Leão"]),
          x=g.pick(["açude", "poço tubular", "barreiro"]), ci=city, d=g.docdate(), n=P(adv.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("RESPOSTA — Ofício nº «of»/«y»-COMPDEC\nSenhor(a) notificante, o Município reconhece a necessidade do termo de cessão, que segue anexo para assinatura. "
          "Os pipeiros foram orientados a fechar a porteira. Contato da coordenação: «t».\n«c», Coordenador(a) Municipal de Defesa Civil\n«p», Procurador(a) do Município — «o»\n",
          of=g.ri(10, 390), y=g.ri(2025, 2026), t=(lphone(g, uf, False), "PHONE_NUMBER"), c=P(coord.full), p=P(proc.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_sindicancia(g: Gen) -> Doc:
    """The Army unit's administrative procedure to de-credential a pipeiro: the notice to the pipeiro (CPF, plate), the hearing terms of
    two witnesses (residents qualified: birth date, CPF, RG sometimes, phone, rural address), the rastreador excerpt, the defence filed by
    a lawyer with OAB; the officer in charge and the clerk."""
    doc = Doc()
    city, uf = town(g)
    c = comm(g)
    pip, enc, escr, adv = g.person(False), g.person(), g.person(), g.person()
    model, cap, plate = truck(g)
    doc.f("PROCESSO ADMINISTRATIVO Nº «n» — OPERAÇÃO CARRO-PIPA — «rm»\nAcusado: «p», CPF «c», veículo placa «pl»\nEncarregado: «r» «e»\n\n",
          n=nup(g), rm=RM[uf], p=P(pip.caps), c=(g.cpf(), "BR_CPF"), pl=(plate, "LICENSE_PLATE"), r=rank(g, enc), e=P(enc.full))
    for k in range(2):
        w = g.person()
        doc.f("TERMO DE INQUIRIÇÃO DE TESTEMUNHA Nº «k»\n", k=k + 1)
        doc.f("«n», nascid«o» em «d», CPF «c»«rg», telefone «t», residente na «a», «co», zona rural de «ci»/«uf», CEP «cep». ", cep=(g.cep(), "BR_CEP"), n=P(w.full), o=w.o, d=(g.dob("br", 1950, 2002), "DATE_OF_BIRTH"),
              c=(g.cpf(), "BR_CPF"), rg=[V(", RG "), (g.rg(), "BR_RG")] if g.chance(0.4) else "", t=(lphone(g, uf), "PHONE_NUMBER"), a=(rural_addr(g, uf), "ADDRESS"),
              co=c, ci=city, uf=uf)
        doc.f("Perguntad«o» se recebeu água nas datas da ficha, respondeu «r»\n\n", o=w.o, r=g.pick([
            [V("que não; que o caminhão do \""), P(pip.nick), V("\" não aparece desde a festa do padroeiro;")],
            [V("que recebeu só metade; que o apontador mandou assinar em branco;")], [V("que sim, toda semana, e que a denúncia é política;")]]))
    doc.f("EXTRATO DO RASTREADOR — «p»\n", p=(plate, "LICENSE_PLATE"))
    t0 = g.moment(datetime.date(2025, g.ri(1, 10), g.ri(1, 28)), (5, 9))
    for t1 in seq_times(g, g.ri(2, 4), t0, 3600, 86400 * 3):
        doc.f("  «t»  lat «la» lon «lo»  vel 0 km/h  «s»\n", t=ts(t1, "sql"), la=f"-{g.ri(5, 10)}.{g.d(5)}", lo=f"-{g.ri(36, 42)}.{g.d(5)}",
              s=g.pick(["ignição desligada", "parado", "sem sinal", "parado — ponto de captação"]))
    doc.f("\nDEFESA: o acusado, por seu advogado «a» («o»), nega as entregas não feitas e junta fotos das cisternas.\nEscrivão: «s» «e»\n",
          a=P(adv.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"), s=g.pick(["Sgt.", "3º Sgt.", "Cb.", "2º Sgt."]), e=P(escr.short))
    return doc


# ------------------------------------------------------------------ saude

def unit_of(g: Gen, c: str) -> str:
    return g.pick([f"UBS {c.replace('Sítio ', '').replace('Comunidade ', '')}", "UBS Rural Bento Amado", "Unidade de Saúde da Família Aurora", "UBS Centro",
                   "Hospital Municipal Leão XIII", "Posto de Saúde do Distrito"])


def sa_surto(g: Gen) -> Doc:
    """An acute-diarrhoea outbreak line list (MDDA) in a community supplied by water truck: per case name, sex, birth date, CNS, the
    community, onset date, ICD-10 (A09, A08.4, E86), water source; the municipal nurse's note with COREN; the epidemiologist's e-mail
    to the Vigiagua team (role mailbox) and her or his corporate e-mail."""
    doc = Doc()
    city, uf = town(g)
    c = comm(g)
    enf, epi = g.person(True if g.chance(0.8) else False), g.person()
    dom = gov(city, uf, "saude")
    d0 = g.day()
    doc.f("SECRETARIA MUNICIPAL DE SAÚDE DE «ci» — VIGILÂNCIA EPIDEMIOLÓGICA\nINVESTIGAÇÃO DE SURTO DE DDA — «co» — SE «se»/«y»\n\n", ci=fold(city).upper(), co=c, se=d0.isocalendar()[1], y=d0.year)
    rows = []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        child = g.chance(0.6)
        rows.append([P(tp(g, g.pick([p.full, p.caps, p.short]), 0.1)), V("F" if p.female else "M"), (g.dob("br", 2016 if child else 1950, 2025 if child else 2005), "DATE_OF_BIRTH"),
                     (g.cns(g.chance(0.5)), "BR_CNS") if g.chance(0.75) else V("não informado"), V(dbr(d0 + datetime.timedelta(days=g.ri(0, 12)))), V(g.pick(["A09", "A09", "A08.4", "E86 + A09"])),
                     V(g.pick(["carro-pipa", "cisterna (pipa)", "barreiro", "cacimba", "cisterna (chuva)"])),
                     (lphone(g, uf, style=g.pick(["raw", "par"])), "PHONE_NUMBER") if g.chance(0.7) else V("-")])
    style = g.pick(["plus", "psql", "md", "csv", "plain"])
    cols = ["nome", "sexo", "nascimento", "CNS", "início", "CID", "fonte", "telefone"]
    if style == "csv":
        table_csv(doc, cols, rows, g.pick([";", ","]))
    else:
        table_ruled(doc, cols, rows, style)
    doc.f("\nNota: «n» casos, «k» com desidratação. Coletadas amostras da cisterna e do caminhão placa «p» para o LACEN. Cloro residual livre: «cl» mg/L.\n"
          "Responsável: «e» — «co»\n\n", n=len(rows), k=g.ri(0, 3), p=(g.plate(), "LICENSE_PLATE"), cl=g.pick(["0,0", "0,1", "0,2", "não detectado"]),
          e=P(g.pick([enf.full, enf.short])), co=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    doc.f("De: «a» <«b»>\nPara: «v»\nAssunto: surto DDA «co»\n«a2», «x»\n", a=P(epi.full), b=(corp_mail(epi, dom, g), "EMAIL_ADDRESS"), v=role_mail(g, dom, "vigiagua"),
          co=c, a2="Equipe", x=g.pick(["peço inspeção do ponto de captação ainda hoje.", "o pipeiro foi orientado a suspender a entrega até o resultado.",
                                        "seria prudente distribuir hipoclorito a todas as famílias da rota."]))
    return doc


def sa_acs(g: Gen) -> Doc:
    """A community health agent's home-visit records (e-SUS AB 'visita domiciliar' export or a hand-typed list): family, members with
    CNS and birth dates, cistern status, sodium hypochlorite bottles delivered; the agent (ACS) and the supervising nurse with COREN."""
    doc = Doc()
    city, uf = town(g)
    c = comm(g)
    acs, enf = g.person(), g.person(g.chance(0.8))
    doc.f("e-SUS APS — Ficha de Visita Domiciliar e Territorial — exportação\nUnidade: «u» — Microárea «m» — ACS: «a»\n\n", u=unit_of(g, c), m=f"{g.ri(1, 12):02d}",
          a=P(g.pick([acs.full, acs.caps])))
    for _ in range(g.ri(2, 3)):
        h = g.person()
        doc.f("Domicílio: «e» — «co» — CEP «cep»\nResponsável: «n» — CNS «s» — tel. «t»\n", e=(rural_addr(g, uf, g.pick(["text", "caps"])), "ADDRESS"), co=c, cep=(g.cep(), "BR_CEP"), n=P(h.full),
              s=(g.cns(), "BR_CNS"), t=(lphone(g, uf), "PHONE_NUMBER") if g.chance(0.6) else V("sem telefone"))
        for _ in range(g.ri(1, 2)):
            k = kid(g, h)
            doc.f("   membro: «n» — DN «d» — CNS «s»\n", n=P(g.pick([k.full, k.first + " " + k.last])), d=(kid_dob(g, lo=2010), "DATE_OF_BIRTH"),
                  s=(g.cns(), "BR_CNS") if g.chance(0.7) else V("—"))
        doc.f("   cisterna: «ci» | hipoclorito 2,5%: «k» frasco(s) | motivo: «m»\n\n", ci=g.pick(["com água de pipa", "seca", "rachada", "tampa quebrada", "com água de chuva"]),
              k=g.ri(0, 3), m=g.pick(["visita periódica", "busca ativa DDA", "gestante", "criança < 2 anos", "acamado"]))
    doc.f("Supervisão: «e» — «co» — «d»\n", e=P(enf.short), co=(g.council("COREN", uf), "PROFESSIONAL_ID"), d=g.date("br"))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def sa_laudo(g: Gen) -> Doc:
    """A water-quality report (Vigiagua / the state lab) for a sample taken from a water truck: the pipeiro by name with phone, the plate,
    the water source, the requesting environmental-health agent, results (coliforms, E. coli, turbidity, free chlorine) against Portaria
    GM/MS 888/2021; the analyst with CRQ or CRBio and the lab head; OCR'd in some copies."""
    doc = Doc()
    city, uf = town(g)
    pip, ag, an, ch = g.person(False), g.person(), g.person(), g.person()
    plate = g.plate()
    ocr_on = g.chance(0.3)
    lab = (lambda s: ocr(s, g, 0.35)) if ocr_on else (lambda s: s)
    doc.t(lab(f"LABORATÓRIO CENTRAL DE SAÚDE PÚBLICA — {UF_NAME[uf].upper()}") + "\n" + lab("LAUDO DE ANÁLISE DE ÁGUA PARA CONSUMO HUMANO") + f" Nº {clean(g, lambda: g.d(5))}/{g.ri(2025, 2026)}\n\n")
    kv_block(doc, [(lab("Município"), V(f"{city}/{uf}")), (lab("Ponto de coleta"), V(f"caminhão-pipa — {manancial(g, uf)}")),
                   (lab("Veículo"), (plate, "LICENSE_PLATE")), (lab("Condutor"), P(ocr(pip.full, g, 0.2, names=True) if ocr_on else pip.full)),
                   (lab("CPF do condutor"), (g.cpf(), "BR_CPF")), (lab("Telefone do condutor"), (lphone(g, uf), "PHONE_NUMBER")),
                   (lab("Solicitante"), P(g.pick([ag.full, ag.short]))), (lab("E-mail do solicitante"), (corp_mail(ag, gov(city, uf, "saude"), g), "EMAIL_ADDRESS")),
                   (lab("Data da coleta"), V(g.date("br")))], g.pick(["plain", "dots", "box"]))
    bad = g.chance(0.5)
    rows = [[V("Coliformes totais"), V("presença" if bad else "ausência"), V("ausência em 100 mL")],
            [V("Escherichia coli"), V(g.pick(["presença", "ausência"]) if bad else "ausência"), V("ausência em 100 mL")],
            [V("Turbidez"), V(num(g.ri(2, 90) / 10)), V("≤ 5,0 uT")], [V("Cloro residual livre"), V(num(g.ri(0, 25) / 10)), V("0,2 a 5,0 mg/L")]]
    doc.t("\n")
    table_ruled(doc, ["parâmetro", "resultado", "VMP (Portaria GM/MS 888/2021)"], rows, g.pick(["plus", "plain", "md"]))
    doc.f("\nConclusão: «c»\n", c="AMOSTRA INSATISFATÓRIA — suspender distribuição e recolorar o tanque." if bad else "amostra satisfatória para os parâmetros analisados.")
    kind = g.pick(["CRQ", "CRBio", "CRF"])
    doc.f("Analista: «a» — «ca»\n«h»\n", a=P(an.full), ca=(council2(g, kind, uf), "PROFESSIONAL_ID"),
          h=g.pick(["Documento assinado eletronicamente.", "Válido somente com assinatura digital.", [V("Chefe do setor: "), P(ch.short)]]))
    return doc


def sa_prontuario(g: Gen) -> Doc:
    """A primary-care record (UBS/USF) of a child with diarrhoea and dehydration in a water-truck community, in clinical shorthand:
    the child's birth date and CNS, the mother with CPF, address, CEP, phone; ICD-10 (A09, E86); the physician with CRM and the nurse
    with COREN; the referral to the municipal hospital sometimes."""
    doc = Doc()
    city, uf = town(g)
    c = comm(g)
    mae = g.person(True)
    ch = kid(g, mae)
    med, enf = g.person(), g.person(g.chance(0.8))
    doc.f("«u» — PRONTUÁRIO — ATENDIMENTO «d»\n", u=unit_of(g, c), d=ts(g.moment(), "br"))
    doc.f("Pac.: «n» | DN: «dn» | CNS: «s»«cp»\nMãe/resp.: «m» | CPF «c» | tel «t»\nEnd.: «e» — «co» — CEP «cep»\n\n", n=P(g.pick([ch.full, ch.caps])),
          dn=(kid_dob(g, lo=2019), "DATE_OF_BIRTH"), s=(g.cns(), "BR_CNS"),
          cp=[V(" | CPF "), (g.cpf(), "BR_CPF")] if g.chance(0.5) else "", m=P(g.pick([mae.full, mae.short])), c=(g.cpf(), "BR_CPF"), t=(lphone(g, uf), "PHONE_NUMBER"),
          e=(home(g, "text", 0.7, uf), "ADDRESS"), co=c, cep=(g.cep(), "BR_CEP"))
    doc.f("S: mãe refere «k» episódios de fezes líquidas há «h» dias, «v». Água de consumo: «a», sem ferver.\nO: REG, «x», mucosas «mu», FC «fc» bpm, T «tt» °C, peso «p» kg.\n"
          "A: «cid»\nP: TRO «tro», zinco 10 dias, orientações sobre hipoclorito (2 gotas/L). «enc»\n",
          k=g.ri(4, 12), h=g.ri(2, 5), v=g.pick(["sem vômitos", "vômitos 2x", "febre não aferida"]), a=g.pick(["carro-pipa", "cisterna abastecida por pipa", "barreiro"]),
          x=g.pick(["hidratado", "desidratação leve", "desidratação moderada"]), mu=g.pick(["úmidas", "secas", "semi-úmidas"]), fc=g.ri(90, 160), tt=num(g.ri(362, 389) / 10),
          p=num(g.ri(70, 260) / 10), cid=g.pick(["A09 — diarreia e gastroenterite de origem infecciosa presumível", "A09 + E86 — desidratação", "A08.4"]),
          tro=g.pick(["plano A", "plano B na unidade", "plano B, reavaliar em 4h"]),
          enc=g.pick(["", "Encaminhado ao Hospital Municipal Leão XIII se piora.", "Notificado MDDA."]))
    doc.f("«m» — «cm»\nTriagem: «e» — «ce»\n", m=P(g.pick([med.short, med.full])),
          cm=(g.council("CRM", uf), "PROFESSIONAL_ID"), e=P(g.pick([enf.first, enf.short])), ce=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_ofidico(g: Gen) -> Doc:
    """A SINAN notification of an accident by a venomous animal (a snake or scorpion while fetching water at a barreiro, or a pipeiro's
    helper bitten at the water source) as numbered boxes: patient, birth date, CNS, mother, rural address, CEP, phone, occupation;
    ICD-10 (T63.0, X20, T63.2, X22), antivenom; the notifier with COREN or CRM."""
    doc = Doc()
    city, uf = town(g)
    c = comm(g)
    pat, mae, notif = g.person(), g.person(True), g.person()
    snake = g.chance(0.6)
    ocr_on = g.chance(0.25)
    lab = (lambda s: ocr(s, g, 0.3)) if ocr_on else (lambda s: s)
    doc.t(lab("SINAN — FICHA DE INVESTIGAÇÃO — ACIDENTE POR ANIMAIS PEÇONHENTOS") + f"\nNº {clean(g, lambda: g.d(7))}\n\n")
    fields = [("2", "Agravo", V("acidente ofídico" if snake else "escorpionismo")), ("3", "Data da notificação", V(g.date("br"))),
              ("6", "Unidade", V(unit_of(g, c))), ("8", "Nome do paciente", P(g.pick([pat.full, pat.capsf]))),
              ("10", "Data de nascimento", (g.dob("br", 1960, 2020), "DATE_OF_BIRTH")), ("15", "Cartão SUS", (g.cns(), "BR_CNS")),
              ("15a", "CPF", (g.cpf(), "BR_CPF") if g.chance(0.6) else V("não informado")),
              ("16", "Nome da mãe", P(g.pick([mae.full, mae.capsf]))), ("20", "Logradouro", (rural_addr(g, uf, g.pick(["text", "caps"])), "ADDRESS")),
              ("24", "Localidade", V(c)), ("25", "CEP", (g.cep(), "BR_CEP")), ("26", "Telefone", (lphone(g, uf), "PHONE_NUMBER")),
              ("32", "Ocupação", V(g.pick(["agricultor(a)", "estudante", "ajudante de carro-pipa", "do lar"]))),
              ("35", "Circunstância", V(g.pick(["buscando água no barreiro", "no ponto de captação do carro-pipa", "ao abrir a tampa da cisterna"]))),
              ("40", "CID-10", V("T63.0 / X20" if snake else "T63.2 / X22")),
              ("45", "Soroterapia", V(g.pick(["SAB 4 ampolas", "SAC 10 ampolas", "não indicada"]) if snake else g.pick(["SAEsc 3 ampolas", "não indicada"])))]
    for box, k, v in fields:
        doc.t(f"| {box} | {lab(k)} | ")
        doc.e(v[0], v[1])
        doc.t("\n")
    kind = g.pick(["COREN", "CRM"])
    doc.f("\nInvestigador: «n» — «c»\n", n=P(notif.full), c=(g.council(kind, uf), "PROFESSIONAL_ID"))
    return doc


def sa_cat(g: Gen) -> Doc:
    """A work-accident report (CAT) in capitals of a pipeiro's helper who fell from the tank or was hurt by the pump: the employer (the
    pipeiro, a natural person, with CPF), the injured with CPF, NIT/PIS, birth date, address, CEP, phone; ICD-10 (S82.x, S52.x, W17);
    the attending physician with CRM; a witness."""
    doc = Doc()
    city, uf = town(g)
    emp, inj, med, wit = g.person(False), g.person(False), g.person(), g.person()
    model, cap, plate = truck(g)
    doc.t(f"COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT Nº {clean(g, lambda: g.d(4) + '.' + g.d(3) + '.' + g.d(3) + '-' + g.d(1) + '/' + g.d(3))}\nTIPO: INICIAL\n\n")
    doc.f("EMITENTE/EMPREGADOR: «n» — CPF «c» — TEL. «t» — CAEPF «ce»\n", n=P(emp.capsf), c=(g.cpf(), "BR_CPF"), t=(lphone(g, uf, style="par"), "PHONE_NUMBER"), ce=clean(g, lambda: f"{g.d(3)}.{g.d(3)}.{g.d(3)}/{g.d(3)}-{g.d(2)}"))
    doc.f("ACIDENTADO: «n» — CPF «c» — NIT «p» — NASC. «d»\nENDEREÇO: «e», «ci»/«uf» — CEP «cep» — TEL. «t»\n", n=P(inj.capsf), c=(g.cpf(), "BR_CPF"), p=(g.pis(), "BR_PIS"),
          d=(g.dob("br", 1975, 2006), "DATE_OF_BIRTH"), e=(home(g, "caps", 0.6, uf), "ADDRESS"), ci=fold(city).upper(), uf=uf, cep=(g.cep(), "BR_CEP"),
          t=(lphone(g, uf, style=g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("OCUPAÇÃO: AJUDANTE DE CAMINHÃO-PIPA (CBO 7832-25)\nDATA/HORA: «dt» — LOCAL: «lc»\n", dt=ts(g.moment(hours=(5, 18)), "br"),
          lc=fold(manancial(g, uf)).upper())
    doc.f("DESCRIÇÃO: «x» DO CAMINHÃO «m» PLACA «p».\nCID-10: «cid»\n", x=g.pick(["AO SUBIR NA ESCADA DO TANQUE PARA ABRIR A BOCA DE CARGA ESCORREGOU E CAIU",
                                                                            "TEVE A MÃO PRENSADA PELA POLIA DA MOTOBOMBA", "FOI ATINGIDO PELO MANGOTE SOB PRESSÃO"]),
          m=fold(model).upper(), p=(plate, "LICENSE_PLATE"), cid=g.pick(["S82.2 / W17", "S52.5 / W17", "S62.6 / W23", "S06.0 / W17"]))
    doc.f("TESTEMUNHA: «w» — TEL. «t»\nATENDIMENTO: HOSPITAL REGIONAL DE «ci» — MÉDICO: «m» — «cm» — AFASTAMENTO: «k» DIAS\n", w=P(wit.capsf),
          t=(lphone(g, uf, style="plain"), "PHONE_NUMBER"), ci=fold(city).upper(), m=P(med.capsf), cm=(g.council("CRM", uf), "PROFESSIONAL_ID"), k=g.ri(5, 90))
    return doc


def sa_email_vig(g: Gen) -> Doc:
    """An e-mail thread: the health surveillance nurse tells Defesa Civil and the Army section that a water source is contaminated and lists
    the families with small children (names, birth dates, phones); the Army officer replies naming the pipeiros and their plates moved to
    another source; corporate e-mails (gov.br, eb.mil.br) and the nurse's COREN; X-Originating-IP sometimes."""
    doc = Doc()
    city, uf = town(g)
    c = comm(g)
    enf, off, coord = g.person(True if g.chance(0.8) else False), g.person(), g.person()
    pips = [g.person(False) for _ in range(2)]
    dom = gov(city, uf, "saude")
    em = corp_mail(enf, dom, g)
    om = corp_mail(off, f"{slug(RM[uf][:2])}rm.eb.mil.br", g)
    t0 = g.moment(hours=(7, 16))
    doc.f("From: «a» <«b»>\nTo: «c»; «d»\nSubject: RE: manancial contaminado — «co»\nDate: «t»\n\n", a=P(off.full), b=(om, "EMAIL_ADDRESS"),
          c=(em, "EMAIL_ADDRESS"), d=role_mail(g, gov(city, uf), "defesacivil"), co=c, t=mail_date(t0 + datetime.timedelta(hours=g.ri(2, 30))))
    doc.f("Prezada equipe, os pipeiros «p1» («pl1») e «p2» («pl2») passam a carregar na «u» a partir de amanhã.\n«r» «o»\n\n",
          p1=P(g.pick([pips[0].full, pips[0].nick])), pl1=(g.plate(), "LICENSE_PLATE"), p2=P(g.pick([pips[1].short, pips[1].first])),
          pl2=(g.plate(), "LICENSE_PLATE"), u=f"ETA {UTIL[uf]}", r=rank(g, off), o=P(off.short))
    doc.f("> Em «t», «a» <«b»> escreveu:\n> O laudo do «m» deu E. coli. Famílias com crianças menores de 5 anos no «co», para prioridade de hipoclorito e visita:\n",
          t=ts(t0, "br"), a=P(enf.full), b=(em, "EMAIL_ADDRESS"), m=manancial(g, uf), co=c)
    for _ in range(g.ri(2, 4)):
        h = g.person(True)
        k = kid(g, h)
        doc.f("> - «m» (mãe) — «k»DN «d»«s» — «t»\n", s=[V(", CNS "), (g.cns(), "BR_CNS")] if g.chance(0.6) else "", m=P(g.pick([h.full, h.short])), k=[P(k.first), V(", ")] if g.chance(0.4) else g.pick(["criança, ", "bebê, ", "gêmeos, "]),
              d=(kid_dob(g, lo=2021), "DATE_OF_BIRTH"),
              t=(lphone(g, uf), "PHONE_NUMBER") if g.chance(0.8) else V("sem telefone"))
    doc.f("> Att., «n» — Enfermeir«o» da Vigilância — «c»\n", n=P(enf.short), o=enf.o, c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("\nX-Originating-IP: [«ip»]\n", ip=(g.ip_pub(), "IP_ADDRESS"))
    return doc


# ------------------------------------------------------------------ financeiro

def linha_digitavel(g: Gen) -> str:
    return clean(g, lambda: f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}")


def fi_medicao(g: Gen) -> Doc:
    """The monthly measurement and payment list of the pipeiros of a municipality (momento de transporte, m³·km): per pipeiro name,
    CPF, plate, trips, m³, km, amount, bank, agency and account (ruled, psql, CSV or fixed width); signed by the inspector and the
    unit's finance officer."""
    doc = Doc()
    city, uf = town(g)
    fis, ord_ = g.person(), g.person()
    nit = g.chance(0.5)
    doc.t(f"OPERAÇÃO CARRO-PIPA — {RM[uf]} — RELATÓRIO DE MEDIÇÃO E PAGAMENTO — {fold(city).upper()}/{uf} — {g.pick(MONTHS)}/{g.ri(2025, 2026)}\n\n")
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person(g.chance(0.1))
        m3, km = g.ri(80, 900), g.ri(8, 60)
        rows.append([P(g.pick([p.caps, p.capsf, p.full])), (g.cpf(), "BR_CPF")] + ([(g.pis(), "BR_PIS")] if nit else []) + [(g.plate(), "LICENSE_PLATE"), V(str(g.ri(10, 60))), V(str(m3)), V(str(km)),
                     V(brl(m3 * km * g.ri(18, 34) / 100)), V(g.pick(BANKS)[0]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")])
    cols = ["pipeiro", "CPF"] + (["NIT"] if nit else []) + ["placa", "viagens", "m³", "km médio", "valor R$", "banco", "agência", "conta"]
    style = g.pick(["plus", "psql", "csv", "plain", "md"])
    if style == "csv":
        table_csv(doc, cols, rows, ";")
    else:
        table_ruled(doc, cols, rows, style)
    doc.f("\nOBS.: «o»\n", o=g.pick(["Glosadas 3 viagens sem registro de rastreador.", "Valores sujeitos a retenção de INSS (11%) e ISS.", "Sem glosas no período.",
                                     "Ajuste de rota do Sítio Salvador: +4 km."]))
    doc.f("\n«f» «fn» — Fiscal da OCP\n«o» «on» — Ordenador de despesas\n", f=rank(g, fis), fn=P(fis.full), o=g.pick(["Ten Cel", "Maj", "Cel"]), on=P(ord_.full))
    return doc


def fi_rpa(g: Gen) -> Doc:
    """A receipt for an autonomous worker (RPA) paid by the municipality or the association to an apontador: payer's CNPJ; the
    apontador's name, CPF, NIT/PIS, address, CEP; gross, INSS, net; in words; paid to agency and account or to a Pix key of any kind."""
    doc = Doc()
    city, uf = town(g)
    apo, tes = g.person(), g.person()
    gross = g.ri(300, 1412) + g.pick([0, 0.5])
    inss = round(gross * 0.11, 2)
    doc.f("RECIBO DE PAGAMENTO A AUTÔNOMO — RPA Nº «n»\nFONTE PAGADORA: «p» — CNPJ «c»\n\n", n=clean(g, lambda: g.d(4)),
          p=g.pick([f"Município de {city}", f"Prefeitura Municipal de {city}", g.pick(ASSOCS).format(c=comm(g).replace("Comunidade ", ""))]), c=(g.any_cnpj(), "BR_CNPJ"))
    kv_block(doc, [("Prestador", P(g.pick([apo.full, apo.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("NIT/PIS", (g.pis(), "BR_PIS")),
                   ("Telefone", (lphone(g, uf), "PHONE_NUMBER"))] + ([("E-mail", (g.email(apo), "EMAIL_ADDRESS"))] if g.chance(0.5) else []) + [
                   ("Endereço", (home(g, "text", 0.6, uf), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
                   ("Serviço", V(f"apontador da Operação Carro-Pipa — {comm(g)} — {g.pick(MONTHS)}")), ("Valor bruto", V("R$ " + brl(gross))),
                   ("INSS (11%)", V("R$ " + brl(inss))), ("Líquido", V("R$ " + brl(gross - inss)))], g.pick(["plain", "dots", "box", "caps"]))
    doc.f("\nRecebi a importância líquida de «v» («x»), ", v="R$ " + brl(gross - inss), x=extenso(gross - inss))
    if g.chance(0.5):
        doc.f("creditada no «b», agência «a», conta «c».\n", b=bank(g), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        kind, key = pix_key(g, apo)
        doc.f("paga por Pix (chave «k»: «v»).\n", k=kind, v=key)
    doc.f("\n«ci», «d».\n", ci=city, d=g.docdate())
    signed(g, doc, apo, "Prestador(a)")
    doc.f("Conferido: «t» — Tesouraria\n", t=P(g.pick([tes.short, tes.full])) if g.chance(0.5) else login(tes, g))
    return doc


def fi_gsafra(g: Gen) -> Doc:
    """The Garantia-Safra adhesion list kept by the rural workers' union for the municipal committee (CSV or ruled): farmer, NIS, CPF,
    birth date, community, phone, area planted; the union's CNPJ and the clerk; the benefit paid by the Caixa to agency and account or
    card, with a note on a farmer whose CPF is mistyped (flagged, not labelled)."""
    doc = Doc()
    city, uf = town(g)
    clerk, pres = g.person(), g.person()
    doc.f("SINDICATO DOS TRABALHADORES RURAIS AGRICULTORES E AGRICULTORAS FAMILIARES DE «ci» — CNPJ «c»\nGARANTIA-SAFRA «y»/«y2» — RELAÇÃO DE ADESÃO (Lei 10.420/2002)\n\n",
          ci=fold(city).upper(), c=(g.any_cnpj(), "BR_CNPJ"), y=(yy := g.ri(2024, 2025)), y2=(yy + 1) % 100)
    rows = []
    for _ in range(g.ri(5, 7)):
        p = g.person()
        rows.append([P(tp(g, g.pick([p.caps, p.full, p.capsf]), 0.08)), (nis(g), "BR_PIS"), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.dob("br", 1950, 2003), "DATE_OF_BIRTH"), V(comm(g)), (lphone(g, uf), "PHONE_NUMBER") if g.chance(0.75) else V(""),
                     V(num(g.ri(5, 50) / 10) + " ha")])
    cols = ["agricultor(a)", "NIS", "CPF", "nascimento", "comunidade", "telefone", "área"]
    style = g.pick(["csv", "plus", "psql", "md"])
    if style == "csv":
        table_csv(doc, cols, rows, g.pick([";", ","]))
    else:
        table_ruled(doc, cols, rows, style)
    bad = g.person()
    doc.f("\nPendência: «n» — CPF informado «c» não confere na Receita; pedir documento.\n", n=P(bad.full), c=g.neg_cpf())
    if g.chance(0.5):
        doc.f("Benefício pago pela Caixa: agência «a», conta poupança «c» (1ª parcela).\n", a=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.f("Digitado por «c». Visto: «p», presidente do STR.\n", c=P(g.pick([clerk.first, clerk.short])) if g.chance(0.7) else login(clerk, g), p=P(pres.full))
    return doc


def fi_credito(g: Gen) -> Doc:
    """A rural microcredit proposal (a development bank's programme for family farmers) to buy a water tank trailer or build a plate cistern:
    the client qualified (birth date, CPF, RG, NIS, phone, rural address, CEP), spouse with CPF, a guarantor with CPF and phone, the
    account for the credit, the vehicle's plate; the credit agent and the manager; proposal and CAF numbers unlabelled."""
    doc = Doc()
    city, uf = town(g)
    cli = g.person()
    sp, av, ag, ge = g.person(not cli.female), g.person(), g.person(), g.person()
    doc.f("BANCO DO NORDESTE — MICROCRÉDITO RURAL — PROPOSTA Nº «n»\nAgência «a» — «ci»/«uf» — CAF «caf»\n\n", n=clean(g, lambda: g.d(10)), a=g.d(3), ci=city, uf=uf,
          caf=clean(g, lambda: f"{uf}{g.d(12)}"))
    kv_block(doc, [("Cliente", P(g.pick([cli.full, cli.caps]))), ("Nascimento", (g.dob("br", 1955, 2004), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF")),
                   ("RG", (g.rg(), "BR_RG")), ("NIS", (nis(g), "BR_PIS")), ("Telefone", (lphone(g, uf), "PHONE_NUMBER")),
                   ("Endereço", (rural_addr(g, uf), "ADDRESS")), ("Localidade", V(comm(g))), ("CEP", (g.cep(), "BR_CEP")),
                   ("Cônjuge", P(sp.full)), ("CPF do cônjuge", (g.cpf(), "BR_CPF")), ("Tel. do cônjuge", (lphone(g, uf), "PHONE_NUMBER"))], g.pick(["plain", "dots", "box", "caps"]))
    doc.f("\nFinalidade: «f» — valor «v» — «p» parcelas anuais — bônus de adimplência 40%.\n", f=g.pick(["carroça-pipa de 1.000 L com tração animal", "reservatório de 5 mil litros e bomba",
                                                                                                    "cisterna-calçadão de 52 mil litros", "reforma de tanque de caminhão-pipa"]),
          v=money(g, 2500, 15000), p=g.ri(2, 4))
    if g.chance(0.5):
        doc.f("Veículo vinculado: placa «p» (caminhão do filho, pipeiro credenciado).\n", p=(g.plate(), "LICENSE_PLATE"))
    doc.f("Avalista: «n», CPF «c», tel. «t».\nCrédito em conta: agência «a», conta «cc».\n", n=P(av.full), c=(g.cpf(), "BR_CPF"), t=(lphone(g, uf), "PHONE_NUMBER"),
          a=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("\nParecer do agente de crédito «a»: «x»\nGerente: «g»\n", a=P(g.pick([ag.full, ag.short])), g=P(ge.full),
          x=g.pick(["família com Garantia-Safra, renda de feira, sem restrição.", "visitei a propriedade; telhado de 70 m² serve para captação.",
                    "recomendo; avalista é vizinho e tem aposentadoria rural."]))
    return doc


def fi_caderno(g: Gen) -> Doc:
    """A private pipeiro's sales book for the month (Markdown, CSV or blank-aligned, typed from a notebook): customers by full name, first
    name, nickname or 'dona'/'seu' + name, phone, loads, price, paid or 'fiado'; the pipeiro's MEI CNPJ and Pix key (any kind); the
    accountant's answer with CRC."""
    doc = Doc()
    city, uf = town(g)
    pip, acc = g.person(False), g.person()
    kind, key = pix_key(g, pip)
    doc.f("CADERNO DE CARRADAS — «n» — MEI CNPJ «c» — Pix («k») «v» — «m»/«y»\n\n", n=P(g.pick([pip.short, pip.nick])),
          c=(g.cnpj(g.pick(["dot", "raw"])), "BR_CNPJ"), k=kind, v=key, m=g.pick(MONTHS), y=g.ri(2025, 2026))
    rows = []
    tot = 0.0
    for _ in range(g.ri(4, 7)):
        p = g.person()
        form = g.rng.random()
        if form < 0.25:
            nm = [V(sr(p) + " "), P(p.first)]
        elif form < 0.45:
            nm = [P(p.nick)]
        else:
            nm = [P(tp(g, g.pick([p.full, p.short, p.first + " " + p.last]), 0.15))]
        v = g.ri(2, 4) * g.pick([50, 60, 70, 80]) * 1.0
        tot += v
        rows.append((nm, [(lphone(g, uf, style=g.pick(["raw", "plain", "par"])), "PHONE_NUMBER") if g.chance(0.9) else V("-"),
                          (g.cpf(g.pick(["raw", "dot"])), "BR_CPF") if g.chance(0.4) else V("-"), V(str(g.ri(1, 3))), V(brl(v)),
                          V(g.pick(["pago pix", "pago", "fiado", "fiado até a aposentadoria", "metade"]))]))
    style = g.pick(["md", "csv", "plain"])
    if style == "md":
        doc.t("| cliente | telefone | cpf p/ recibo | carradas | valor | situação |\n|---|---|---|---|---|---|\n")
        for nm, rest in rows:
            doc.t("| ")
            for part in nm:
                doc.e(part[0], part[1])
            for v, lab in rest:
                doc.t(" | ")
                doc.e(v, lab)
            doc.t(" |\n")
    else:
        sep = ";" if style == "csv" else "   "
        doc.t(sep.join(["cliente", "telefone", "cpf", "carradas", "valor", "situacao"]) + "\n")
        for nm, rest in rows:
            for part in nm:
                doc.e(part[0], part[1])
            for v, lab in rest:
                doc.t(sep)
                doc.e(v, lab)
            doc.t("\n")
    doc.f("\nTotal: R$ «t». Diesel do mês: R$ «d».\n\n— resposta da contabilidade —\n«n», recebido. «x»\n«a» — «c»\n", t=brl(tot), d=brl(g.ri(1800, 5200)),
          n=P(pip.first), x=g.pick(["Fiado só entra quando receber.", "Seria prudente separar a conta do MEI da pessoal.", "Emita nota para a prefeitura, ela exige."]),
          a=P(g.pick([acc.full, acc.short])), c=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    return doc


def fi_combustivel(g: Gen) -> Doc:
    """A fuel station's monthly voucher statement for the water trucks of a municipality's contract: the station's CNPJ, rows with date,
    plate, driver, litres and amount; a driver's e-mail disputing a charge with a full card number sometimes, and the manager's reply
    with a Pix refund receipt (random key or CPF key)."""
    doc = Doc()
    city, uf = town(g)
    posto = g.pick(POSTOS)
    ger = g.person()
    drivers = [(g.person(False), g.plate()) for _ in range(g.ri(2, 3))]
    mo, yr = g.ri(1, 12), g.ri(2025, 2026)
    doc.f("«p» — CNPJ «c» — «ci»/«uf»\nEXTRATO DE REQUISIÇÕES — CONTRATO PREFEITURA / CARROS-PIPA — «m»\n\n", p=posto.upper(), c=(g.any_cnpj(), "BR_CNPJ"), ci=city, uf=uf,
          m=f"{MONTHS[mo - 1]}/{yr}")
    rows = []
    days = sorted(g.sample(range(1, 29), g.ri(4, 6)))
    for dd in days:
        dv, pl = g.pick(drivers)
        lt = g.ri(60, 260)
        rows.append([V(fmt_date(dd, mo, yr, "br")), (pl, "LICENSE_PLATE"), P(g.pick([dv.short, dv.caps, dv.first])) if g.chance(0.5) else V("-"), V(str(lt)), V(brl(lt * 6.19)), V(clean(g, lambda: f"REQ{g.d(5)}"))])
    table_ruled(doc, ["data", "placa", "motorista", "litros", "valor R$", "requisição"], rows, g.pick(["plus", "psql", "plain", "md"]))
    dv, pl = drivers[0]
    doc.f("\n--- e-mail ---\nDe: «n» <«e»>\nCel.: «t»\n", n=P(dv.full), e=(g.email(dv), "EMAIL_ADDRESS"), t=(lphone(g, uf), "PHONE_NUMBER"))
    if g.chance(0.45):
        doc.f("Paguei do meu bolso «v» no dia «d» no cartão «c» porque a requisição não passou. Quero o reembolso.\n", v=money(g, 300, 900), d=g.date("br"),
              c=(g.card(g.chance(0.5)), "CREDIT_CARD"))
    else:
        doc.f("A requisição do dia «d» na placa «p» não é minha, eu estava com o caminhão parado na oficina.\n", d=g.date("br"), p=(pl, "LICENSE_PLATE"))
    kind, key = ("aleatória", (g.uuid(), "PIX_KEY")) if g.chance(0.6) else ("CPF", (g.cpf(), "BR_CPF"))
    doc.f("\nResposta: «n», ajustado. Estorno enviado.\nComprovante Pix — «t» — valor «v» — para «d» — chave «k»: «kv» — ID «id»\n«g», gerente\n", n=P(dv.first),
          t=ts(g.moment(), "br"), v=money(g, 100, 900), d=P(dv.full), k=kind, kv=key, id=clean(g, lambda: "E" + g.hexs(8, True) + g.d(4) + g.up(6)), g=P(ger.full))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """A credit cooperative's collection over a pipeiro's truck financing: the letter (debtor's CPF, plate in lien, instalments, the
    boleto line, the cooperative's agency and account for TED, the collector's corporate e-mail and phone) and the WhatsApp reply of the
    debtor (the Army has not paid; a spouse's phone)."""
    doc = Doc()
    city, uf = town(g)
    coop, dom = g.pick(COOPS)
    deb, col = g.person(False), g.person()
    doc.f("«c» — Posto de Atendimento de «ci»\nNOTIFICAÇÃO DE DÉBITO — «d»\n\nCooperado(a): «n»\nCPF: «cpf»\nContrato: «k» — Garantia: alienação fiduciária do caminhão placa «p»\n\n",
          c=coop.upper(), ci=city, d=g.docdate(), n=P(g.pick([deb.caps, deb.full])), cpf=(g.cpf(), "BR_CPF"), k=clean(g, lambda: f"{g.d(2)}.{g.d(6)}-{g.d(1)}"), p=(g.plate(), "LICENSE_PLATE"))
    d1 = g.day()
    rows = [[V(f"{i + 1:02d}"), V(dbr(d1 + datetime.timedelta(days=30 * i))), V(money(g, 1800, 4200))] for i in range(g.ri(2, 4))]
    table_ruled(doc, ["parcela", "vencimento", "valor"], rows, g.pick(["plus", "plain"]))
    doc.f("\nLinha digitável para quitação: «l»\nOu TED para agência «a», conta «cc» (cooperativa).\n", l=linha_digitavel(g), a=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("Dúvidas: «n» — «e» — «t»\n\n", n=P(col.full), e=(corp_mail(col, dom, g), "EMAIL_ADDRESS"), t=(lphone(g, uf), "PHONE_NUMBER"))
    st = chat_stamp(g)
    t = iter(seq_times(g, 6, g.moment(), 60, 3000))
    D_ = [P(g.pick([deb.first, deb.nick]))] if g.chance(0.5) else [(lphone(g, uf, style="wa"), "PHONE_NUMBER")]
    cl2(doc, st(next(t)), D_, tp(g, "oi «n», o exercito ainda nao pagou a medição de dois meses, assim que cair eu pago", 0.3), n=P(col.first))
    cl2(doc, st(next(t)), [P(col.first), V(" " + coop.split()[-1])], "Entendo. Consigo prorrogar 30 dias sem multa. Confirma?")
    cl2(doc, st(next(t)), D_, "confirmo. se nao atender liga pra minha esposa «t»", t=(lphone(g, uf, style="raw"), "PHONE_NUMBER"))
    if g.chance(0.3):
        cl2(doc, st(next(t)), D_, "pode debitar no cartao «c»?", c=(g.card(True), "CREDIT_CARD"))
        cl2(doc, st(next(t)), [P(col.first), V(" " + coop.split()[-1])], "Não precisa mandar o cartão por aqui, apague a mensagem por favor.")
    return doc


AT = [at_grupo, at_planilha, at_ligacao, at_ouvidoria, at_email_cred, at_disk_agua, at_cisterna]
JU = [ju_denuncia, ju_termo, ju_bo, ju_jec, ju_ata, ju_notificacao, ju_sindicancia]
SA = [sa_surto, sa_acs, sa_laudo, sa_prontuario, sa_ofidico, sa_cat, sa_email_vig]
FI = [fi_medicao, fi_rpa, fi_gsafra, fi_credito, fi_caderno, fi_combustivel, fi_cobranca]


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
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRF|CRBM|CRBio|CRQ|CREA|CRMV|CRC)(?![A-Za-z])", v), (rid, v)
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
    print("hundredfortysecond", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
