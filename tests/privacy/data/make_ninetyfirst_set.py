"""Build the ninety-first labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_ninetyfirst_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, no Faker, no import from afinar or from the other generators),
stdlib only, seed 9191, 280 records: 4 domains x 7 templates x 10 copies.

Register: agribusiness and rural life -- agricultural cooperatives' member registers, apps and
assemblies, family-farmer registrations (CAF, the former DAP), Pronaf and rural-credit notes
(cédula de crédito rural) with guarantors, rural property records (CAR, CCIR, ITR/NIRF), grain
warehouse receipts (CDA/WA) and weighing tickets, animal transit permits (GTA) and cattle
vaccination campaigns, agronomic prescriptions of pesticides (receituário agronômico, CREA),
harvest employment contracts and payrolls, possession and adverse-possession suits, the rural
union's help with a special insured worker's retirement, farm accidents, pesticide poisonings and
rural health posts, milk-collection statements, Proagro claims. (The thirty-second and sixty-first
sets also touched this world; this set uses other documents and layouts: a producers' WhatsApp
group, a member app's JSON, a speech-to-text call, assembly minutes, weighing-ticket reprints, a
usucapião petition, a possession judgment, a partnership contract with an e-signature log, an
OCR'd INSS self-declaration, a SAMU report, an e-SUS JSON, a drift complaint, a CDA/WA, a milk
statement, a share-capital redemption JSON, a cattle settlement, a credit application.) Layouts:
WhatsApp exports (Android and iOS; senders shown as saved names, nicknames or phone numbers;
business accounts), fixed-width, +---+, pipe and psql registers, Markdown tables, CSV (comma and
semicolon), JSON from apps and APIs with log lines, e-mail threads, notarial, contract and court
prose, an ALL CAPS emergency report, a lower-case unaccented transcript, OCR'd scans with typos,
minutes, receipts and statements.
- atendimento: (0) WhatsApp export of a milk line's / cooperative nucleus's producers' group (the
  technician as a named sender or as the "Assistência Técnica" business account, the milk truck's
  plate and driver, a producer typing name, CPF and birth date for the brucellosis campaign, the
  on-call vet's phone and CRMV, an association's random Pix key, a neighbour's accident told by
  nickname, a delivery address, the assembly's phone); (1) a cooperative's register of active
  members from the ERP (caps or "SURNAME, GIVEN", CPF, birth date or admission date, phone; a
  family agro-industry with its CNPJ) and the period's occurrences (a member's death and the
  shares passed to the widow(er), a new rural address with CEP, a son or daughter authorised to
  deliver, a new bank account or Pix key, a CAF expiring); (2) an e-mail thread between a
  member's daughter or son and the rural workers' union (STTR) about the father's or mother's
  rural retirement (CPF, NIT, birth date, rural address, CAF and DAP numbers, voter card; the
  union's lawyer with OAB; the other parent's data in the last message); (3) a support ticket of
  the cooperative's member app with the profile JSON (CPF, birth date, e-mail, phone, address,
  agency/account, Pix key, authorised spouse and child, device IPs, the responsible technician's
  CREA) and the attendant's note; (4) reprinted weighing tickets of a grain receiving unit
  (producer, truck and trailer plates, driver's CNH, NF-e key, scale operator and grader) and the
  producer's e-mail about the moisture discount; (5) a speech-to-text transcript of a call to the
  cooperative's member hotline (CPF and phone read in groups, spoken birth date, rural address,
  CEP, sometimes a card number read out); (6) minutes of the ordinary general assembly (president,
  accountant's CRC, a member's complaint, the elected president and vice-president qualified with
  RG, CPF, address, sometimes birth date and CEP, the attendance extract).
- juridico: (0) a cédula rural (pignoratícia / hipotecária) with the issuer qualified, the
  spouse, the financing institution's CNPJ, the property (CCIR, CAR, matrícula), the credit
  account, pledged machinery and a pickup's plate, guarantors qualified, signatures and
  witnesses; (1) an initial petition of special rural adverse possession (usucapião especial
  rural): the couple qualified, the registered owner, the neighbours' table with their rural
  addresses, the surveyor's CREA, witnesses with address and phone, the lawyer's OAB and e-mail;
  (2) a harvest employment contract (Lei 5.889/1973) with the employer (CPF, CAEPF) and a
  Brazilian, indigenous, Haitian, Venezuelan, Paraguayan or Bolivian worker (birth date, RG or
  RNM, CPF, PIS/NIT, address, CEP, phone, random Pix key or account, emergency contact),
  signatures and witnesses with RG; (3) an OCR'd scan of the INSS self-declaration of a special
  insured rural worker (name, nickname, CPF, NIT, RG, birth date, voter card, rural address, CEP,
  family table, periods with the grantors' CPFs, signature "a rogo", the union president);
  (4) a judgment in a possession suit over a right of way between rural neighbours (parties with
  CPFs, the author's and a witness's rural addresses, the author's nickname quoted, the surveyor's
  CREA, lawyers with OAB, the judge's e-signature); (5) an agricultural partnership contract
  (parceria agrícola) with the owners qualified (spouse named), the partner, the property, the
  account for the owners' share, witnesses with CPFs and the e-signature platform's log (name,
  CPF, e-mail, IP); (6) e-mails between an outside law firm and the cooperative's legal department
  about executions of rural credit notes (Markdown table of CNJ numbers, debtors, CPFs, guarantors;
  a SISBAJUD block on an account; a seized pickup's plate; the widow's CPF; OAB; phones).
- saude: (0) a rural health post's daily register (fixed width: patients in caps or "SURNAME,
  GIVEN", CNS, birth date, rural address or locality, ICD-10) with the day's incidents (snakebite
  and the ambulance's plate, a pesticide poisoning, rabies post-exposure vaccination), the
  nurse's COREN and the doctor's CRM (Mais Médicos doctors among them); (1) an ALL CAPS SAMU
  pre-hospital report of a farm accident (caller, victim with birth date, CNS, sometimes CPF,
  residence, team with CRM/COREN, ambulance and pickup plates, receiving doctor); (2) an
  agronomic prescription (revenda's CNPJ and phone, producer's CPF and phone, products by class,
  aerial application with the aviation company's CNPJ, the aircraft and the pilot, the
  agronomist's CREA and contact), OCR'd in about a third of the copies; (3) a state animal-health
  agency's CSV of a cattle vaccination campaign (producers' CPF or a company's CNPJ, exploitation
  codes, phones, vaccinators by code), the vet's CRMV and the GTAs issued (origin/destination
  producers, driver's CNH, truck plate), a SISBOV tag; (4) a hospital discharge summary after an
  occupational pesticide poisoning (patient's CNS, CPF, birth date, address, CEP, employer,
  relative and phone, doctors' CRM, nurse's COREN, patient's phone and e-mail); (5) the JSON of a
  community health agent's rural household registration (e-SUS territorial: address, CEP, phone,
  members with CNS, birth date, CPF; the agent's own CNS; sync IP) and the agent's note; (6) a
  municipal health-surveillance e-mail about pesticide drift from a crop-duster over a rural
  community and school (the farmer's name and e-mail, the aviation company's CNPJ, the aircraft,
  a table of residents attended with birth date, CNS and residence, the agronomist's CREA).
- financeiro: (0) a Proagro loss communication (COP) and the loss-verification report (CPF, CAF,
  agency and account, phone, e-mail, rural address and CEP, the expert's CREA, the son who
  followed the inspection, the agent's analyst); (1) a dairy's monthly statement to a milk
  producer (CPF, address, CEP, phone, e-mail, the collecting driver and tanker's plate, daily
  litres, deductions, a sharecropper's share paid to his account, payment to an account or a
  random Pix key, the technician's message); (2) a harvest payroll as a semicolon CSV (name, CPF,
  PIS, birth date, boxes, Pix key or agency/account or cash) with the crew leader's WhatsApp
  (phone) about a cash payment, a wrong CPF quoted, a spouse's account refused, the accountant's
  CRC; (3) a CDA/WA warehouse receipt (warehouse's and bank's CNPJs, depositor's CPF, address
  and phone, the bank's signatory), the balance statement and the sale settlement credited to an
  account, the responsible person's e-mail and phone; (4) a cooperative API's JSON for the
  redemption of a deceased member's share capital by the heirs (CPFs, birth dates, Pix keys or
  accounts, the estate administrator's e-mail and phone, request IP) and the analyst's note;
  (5) a livestock dealer's settlement of a cattle purchase (broker's phone, seller's CPF and
  phone, buyer's CPF or a slaughterhouse's CNPJ, GTA, truck and trailer plates, driver's CNH,
  payment account, broker's random Pix key, a neighbour's scale); (6) an input retailer's credit
  application (client's CPF, RG, birth date, address, CEP, phones, e-mail, spouse's CPF and
  birth date, the lessor of a leased area, references with phones, bank account, a card number
  given as guarantee or masked) and the credit analyst's opinion.

Conventions (the twentieth set's, as the later sets apply them): PERSON covers the name only,
never "Sr.", "Sra.", "Dr.", "Dra.", "Enf.", "dona", "seu"; particles inside a name (de, da, do,
das, dos, e, van der) and suffixes (Filho, Júnior, Neto, Sobrinho) are part of it; "SURNAME,
GIVEN" is one span; nicknames and first names alone, also in caps or lower case, are persons; a
surname alone used for a person ("Dra. Vargas Neto") is a person. Staff named in the text
(technicians, attendants, graders, scale operators, clerks, secretaries, lawyers, judges,
doctors, nurses, agronomists, vets, health agents, analysts, drivers, pilots, signatories) are
persons; logins ("ltaborda", "mgimenez"), vaccinator codes ("VAC891"), a grader's initials code
("RT14"), business accounts ("Assistência Técnica Coopervale"), role mailboxes (sttr.x@,
recebimento.x@, juridico@, vigilancia.ambiental@) and the union/cooperative as a sender are not.
Corporate e-mails of people (fulano.tal@cooperativa.com.br, a law firm's lawyer) are
EMAIL_ADDRESS. Agency and account are separate BANK_ACCOUNT spans (also JSON fields and CSV
columns); bank codes and names are not. PIX_KEY only for random (UUID) keys, whoever holds them
(an association's key too). Every CNPJ is BR_CNPJ (cooperatives, revendas, warehouses,
slaughterhouses, aviation companies, banks; numeric and 2026 alphanumeric, dotted or raw). Every
phone number is PHONE_NUMBER (mobiles, landlines of unions, revendas, warehouses and cooperatives,
WhatsApp senders shown as numbers, numbers read in groups in the transcript); 0800 numbers
(CIATox, dairy hotline) are not. DATE_OF_BIRTH only for birth dates (dd/mm/yyyy, d/m/yyyy,
dd/mm/yy, ISO, long, lower case unaccented in the transcript); dates of death, harvest,
inspection, vaccination, loading, signature, payment, admission and logs are not; ages are not.
PROFESSIONAL_ID always with the council acronym and UF: CREA (agronomists, surveyors; "/D"
suffix and "nº" included), CRMV (vets, "/VP" included), CRM, COREN, OAB, CRC. A CNS is BR_CNS;
NIT/NIS/PIS are BR_PIS; voter cards are BR_TITULO_ELEITOR; drivers' CNH are BR_CNH. Masked CPFs
("***.123.456-**") and cards ("609268******1683") are not labelled.

Decisions of this set:
- ADDRESS of a person is where the person lives, receives mail or asks for a delivery, written
  as a way (Rua, Avenida, Linha, Estrada, Estrada Vicinal, Rodovia, Travessão, Ramal, Corredor,
  Picada, Servidão, Vicinal) plus a number, "s/n", a km or a lot ("Linha São Bento, s/n",
  "Rodovia BR-163, km 712, Lote 4", "Estrada Municipal do Taquaral, km 16"); when the farm's name
  leads that line it is inside the span ("Sítio Boa Esperança, Linha Aurora, s/n"). The locality
  that follows (Comunidade, Distrito, Assentamento, Gleba, Capela, Povoado, Vila Rural, Colônia,
  "Zona Rural"), the city, the UF and the CEP (BR_CEP) stay outside. In caps, lower case and
  spoken form (transcript) alike.
- A farm's name standing alone ("Sítio Boa Esperança", "Fazenda Santa Rosa") is not ADDRESS;
  nor is the location of a rural property described in a contract, cédula, petition, CAR or
  prescription ("imóvel rural denominado Chácara Esperança Nova, situado na Colônia Witmarsum"),
  nor the place of an accident, a spraying or a vaccination ("LAVOURA — FAZENDA X, COMUNIDADE Y"),
  nor a cooperative's, a law firm's or a company's address. (No farm name stands alone in a
  person's address field in this set; the residence always carries its way.)
- Names of animals (the cows Flor, Estrela, Rosa, Mimosa, Aurora, Vitória, Celeste) are not
  PERSON; nor are farms, roads, schools, hospitals, settlements and companies named after people
  or words ("Recanto do Amado", "Fazenda Bento Ramlow", "Estância Dona Aurora", "Estrada
  Municipal Dona Glória Trigueiro" outside an address, "Assentamento Dorcelina Folador", "Escola
  Rural Prudente de Morais", "Hospital Regional Dr. Gumercindo Taborda", "Laticínio Bento Ramlow &
  Cia.", "Agrícola Taborda & Gheller Ltda.", "Vargas Neto & Bertuol Advogados Associados").
- A nickname given in an "Apelido" field or used for a person ("Zé", "Tião", "Miro", "Alemão",
  "Paraguaio") is PERSON even when it is also a word or a nationality.
- OCR damage (rn/m, cl/d, l/I, ii/u, accents lost or added) is kept in scanned names, words and
  addresses and labelled as it stands; identifiers in scans are printed clean. A name typed with
  a slip in a chat is labelled as typed.
- The aircraft registration of a crop-duster ("PT-ZBK") is not a LICENSE_PLATE; plates of milk
  trucks, cattle trucks, trailers, pickups and ambulances are, whoever owns the vehicle.
  Tractors' and harvesters' chassis numbers are not labelled.
- Not labelled (registry and internal numbers): CAR codes, CCIR and NIRF numbers, matrículas of
  properties, CAF and DAP numbers, inscrição estadual de produtor, CAEPF, cooperative matrículas,
  GTA numbers, exploitation codes, SISBOV tags (15 digits, checked to fail the CNS check), NF-e
  access keys, ticket, romaneio, contract, cédula, operation, COP and CDA/WA numbers and
  registrations, MAPA registrations, ART numbers, SINAN numbers, CNES, prontuário and NB numbers,
  Renavam, RNM, INSS protocols, selos, verification codes, SIRGAS coordinates and GPS.

Names: Brazilian names of many origins -- Portuguese common and regional (Sul: Ivonei,
Claudiomiro, Olmiro, Nelcir, Loiva, Sirlei, Marinês; Nordeste: Josenildo, Genival, Cícera,
Damiana, Edileuza; old-fashioned: Gumercindo, Deoclécio, Tranquilo, Dorvalina, Benvinda), coined
(Kauã, Jhonatan, Dyonatan, Uéliton, Ryllary, Thaylla), Italian and German/Pomeranian of the South
and Espírito Santo, Dutch of Carambeí/Castro, Japanese, Lebanese, Korean, Chinese, Ukrainian and
Polish of Paraná, Haitian, Angolan, Senegalese, Bolivian, Paraguayan, Venezuelan, indigenous
(Guarani-Kaiowá, Kaingang, Terena, Pataxó, Xokleng), Jewish and Cuban (Mais Médicos doctors) --
more than a quarter of the name words rare or invented (main() prints the share). Names that are
also words (Rosa, Luz, Flor, Vitória, Aurora, Esperança, Glória, Celeste, Primavera, Bento,
Prudente, Amado, Justo, Severo, Constante, Leão; surnames Branco, Bezerra, Carneiro, Cordeiro,
Coelho, Leitão, Pastor, Pinheiro, Seara, Paz, Cruz, Lobo) next to the same words as words ("faltou
luz", "conta de luz do poço", "seria prudente", "a esperança é chover", "a flor do capim",
"bezerras de 3 a 8 meses") and in places, farms, cows, roads, schools and companies (Sítio Boa
Esperança, Chácara Luz do Sol, Fazenda Leão do Norte, Linha Aurora, Sanga do Leão, Presidente
Prudente, Bento Gonçalves, Santa Rosa, Nova Aurora, Glória de Dourados, Esperança (PB), Cooperativa
Castrolanda-Aurora Sul, Agrocentro Bezerra Branco, Cerealista Rosa Branca, Queijaria Cordeiro &
Lobo, Frigorífico Bento Carneiro), which are not persons. Forms: full, ALL CAPS with and without
accents, lower case, "SURNAME, GIVEN", first name alone, first + last, nickname, OCR-damaged.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(power-company protocols, Renavam, INSS protocols, a wrong CPF quoted by the crew leader; the
script checks every CPF-shaped run outside a gold span), the ids listed above, ICD-10 codes
(T60.0, T60.1, T60.3, T63.0, V86.9, V80.0, W30.9, W55.2, W13.9, A27.9, L23.5, Z23.5), money, sacks,
hectares, litres, kilograms and arrobas, laws (Lei 8.213/1991, Lei 5.889/1973, Lei 4.504/1964,
Decreto 59.566/1966, Decreto-Lei 167/1967, Lei 11.076/2004, Lei 14.785/2023, Lei 6.969/1981,
Lei 10.267/2001, Lei 11.419/2006, IN MAPA 2/2008, NR-31, Súmula 415 do STF), street and road
names honouring people outside an address, dates that are not birth dates. The script checks
every span (non-empty, stripped, in range, no overlap, check digits of CPF, CNPJ, PIS, CNS, título,
CNH, RG and cards, shapes of the other labels) and prints counts per label and the rare share.
"""

from __future__ import annotations

import datetime
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 9191
OUT_NAME = "ninetyfirst.jsonl"

# --------------------------------------------------------------------------- check digits


def cpf_dv(nine: str) -> str:
    d = [int(c) for c in nine]
    for top in (10, 11):
        r = sum(x * (top - i) for i, x in enumerate(d)) % 11
        d.append(0 if r < 2 else 11 - r)
    return f"{d[9]}{d[10]}"


def cpf_ok(n: str) -> bool:
    return len(n) == 11 and n.isdigit() and len(set(n)) > 1 and cpf_dv(n[:9]) == n[9:]


def cnpj_dv(twelve: str) -> str:
    """Numeric or alphanumeric (2026) CNPJ: every character weighs ord(c) - 48."""
    vals = [ord(c) - 48 for c in twelve]
    weights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = ""
    for ws in (weights, [6] + weights):
        r = sum(a * b for a, b in zip(vals, ws)) % 11
        dv = 0 if r < 2 else 11 - r
        vals.append(dv)
        out += str(dv)
    return out


def rg_sp_dv(eight: str) -> str:
    r = 11 - sum(int(c) * w for c, w in zip(eight, range(2, 10))) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def cnh_dv(nine: str) -> str | None:
    d = [int(c) for c in nine]
    r1 = sum(x * w for x, w in zip(d, range(9, 0, -1))) % 11
    r2 = sum(x * w for x, w in zip(d, range(1, 10))) % 11
    if r1 >= 10 or r2 >= 10:
        return None  # bodies on which the published variants of the algorithm disagree: never used
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
    return len(n) == 15 and n[0] in "12789" and sum(int(c) * w for c, w in zip(n, range(15, 0, -1))) % 11 == 0


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


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned, coined or
# foreign names absent from common Brazilian name lists; main() prints their share of name words.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia",
            "Sandra", "Luciana", "Cláudia", "Aparecida", "Terezinha", "Lúcia", "Rita", "Sônia", "Vera", "Marlene",
            "Neide", "Rosângela", "Cristiane", "Simone", "Daniela", "Camila", "Bruna", "Larissa", "Júlia",
            "Letícia", "Gabriela", "Amanda", "Maria José", "Ana Paula", "Eliane", "Lurdes"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Luiz", "Marcos", "Sebastião",
            "Valdir", "Jorge", "Roberto", "Sérgio", "Mário", "Osvaldo", "Márcio", "Rodrigo", "Fábio", "André",
            "Lucas", "Gabriel", "Matheus", "Rafael", "Felipe", "Gustavo", "Diego", "Anderson", "José Carlos",
            "João Batista", "Vanderlei", "Ademir", "Dirceu", "Luís Carlos"]
RARE_F = ["Nelci", "Zenaide", "Dalvina", "Eronides", "Sirlei", "Marinês", "Loiva", "Gessi", "Zulmira", "Cenira",
          "Lindamir", "Ilse", "Leoni", "Marlise", "Dorvalina", "Ermínia", "Benvinda", "Cícera", "Damiana",
          "Edileuza", "Clenir", "Noeli", "Elenir", "Joceli", "Jucélia", "Ivanete", "Lucimar", "Derci", "Iraci",
          "Olinda", "Teresinha Lúcia", "Valdelice", "Eulina", "Otacília", "Geni", "Arlete", "Nadir", "Ledi"]
RARE_M = ["Ivonei", "Claudiomiro", "Olmiro", "Lauri", "Nelcir", "Ilário", "Jandir", "Valmor", "Gelson", "Odilon",
          "Edegar", "Ivanor", "Loreno", "Arcângelo", "Gumercindo", "Deoclécio", "Avelino", "Sinval", "Erotildes",
          "Josenildo", "Edivaldo", "Genival", "Damião", "Valdeci", "Gildásio", "Jailson", "Rosivaldo", "Zenildo",
          "Adelino", "Alcides", "Tranquilo", "Orestes", "Hilário", "Lindomar", "Irineu", "Nadir", "Honório",
          "Belmiro", "Zeferino", "Otacílio", "Darci", "Tarcísio"]
RARE_COINED_F = ["Kauany", "Thayná", "Ketlyn", "Jhenifer", "Rayane", "Emilly", "Sthefany", "Kamilly", "Nicolly",
                 "Lauane", "Evellyn", "Thaylla", "Ryllary", "Gleiciane", "Maysa", "Jaqueliny", "Deisiane"]
RARE_COINED_M = ["Kauã", "Jhonatan", "Maicon", "Deivid", "Rhuan", "Kaique", "Wendel", "Jardel", "Cleiton",
                 "Uéliton", "Dyonatan", "Gleison", "Tairone", "Welinton", "Jeferson", "Railson", "Clebson"]
YOUNG_F = ["Júlia", "Beatriz", "Larissa", "Camila", "Letícia", "Amanda", "Bruna", "Gabriela", "Isabela", "Sofia",
           "Alice", "Laura", "Manuela", "Yasmin", "Lorena", "Ana Júlia", "Maria Eduarda", "Vitória"]
YOUNG_M = ["Lucas", "Gabriel", "Matheus", "Pedro Henrique", "Guilherme", "Gustavo", "Vinícius", "Arthur", "Miguel",
           "Davi", "Enzo", "Heitor", "Samuel", "Thiago", "Felipe", "Caio", "João Vítor", "Rafael"]
# given names that are also everyday words
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Esperança", "Glória", "Celeste", "Graça", "Primavera",
          "Maria das Dores", "Maria do Socorro", "Maria da Luz", "Maria da Glória", "Rosa Maria", "Maria da Paz"]
WORD_M = ["Bento", "Prudente", "Amado", "Justo", "Severo", "Constante", "Clemente", "Modesto", "Inocêncio",
          "Cândido", "Fortunato", "Leão"]
COMMON_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues",
              "Almeida", "Alves", "Carvalho", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
              "Cardoso", "Teixeira", "Dias", "Machado", "Moreira", "Nunes", "Lopes", "Vieira", "Batista",
              "Schmidt", "Müller", "Fernandes", "Gonçalves", "Soares", "Moraes"]
RARE_SUR = ["Taborda", "Quevedo", "Figueiró", "Sebben", "Tonial", "Gheller", "Ceccon", "Gregolin", "Tumelero",
            "Dalmolin", "Kist", "Wollmann", "Griebeler", "Ruppenthal", "Bieger", "Pagung", "Boldt", "Lemke",
            "Feitosa", "Sobreira", "Araripe", "Queiroga", "Mororó", "Landim", "Bonatto", "Zanella", "Piovesan",
            "Tonet", "Mattioni", "Cerutti", "Schwambach", "Plaster", "Krüger", "Hillesheim", "Fritzen",
            "Cavalheiro", "Trindade", "Lorenzon", "Bertuol", "Gurgel", "Jatobá", "Brum", "Vargas Neto"]
WORD_SUR = ["Rosa", "Branco", "Leão", "Paz", "Cruz", "Luz", "Flores", "Campos", "Pinheiro", "Bezerra", "Carneiro",
            "Cordeiro", "Coelho", "Leitão", "Pastor", "Prudente", "Amado", "Bento", "Vitória", "Aurora", "Neves",
            "Fontes", "Raposo", "Lobo", "Seara", "Trigueiro", "Oliveira", "Esperança"]
NICK = {"José": "Zé", "Sebastião": "Tião", "Benedito": "Dito", "Francisco": "Chico", "Antônio": "Toninho",
        "Francisca": "Chica", "Aparecida": "Cida", "Maria das Dores": "Dorinha", "Maria do Socorro": "Corrinha",
        "Maria da Glória": "Glorinha", "Gumercindo": "Cindo", "Valdir": "Dico", "Ivonei": "Nei", "Nelcir": "Cica",
        "Claudiomiro": "Miro", "Olmiro": "Miro", "Zulmira": "Mira", "Ilário": "Lalo", "Orestes": "Tetê",
        "Lindomar": "Lindo", "Tranquilo": "Quilo", "Hilário": "Lalo", "Marinês": "Nês", "Terezinha": "Tê",
        "Zeferino": "Zefa", "Lurdes": "Lurdinha", "Damião": "Mião", "Genival": "Neno", "João": "Joãozinho",
        "Pedro": "Pedrinho", "Marcos": "Marquinho", "Luiz": "Lula", "Jandir": "Dida", "Valmor": "Mó"}
RURAL_NICK = ["Alemão", "Baiano", "Gaúcho", "Polaco", "Mineiro", "Japonês", "Paraíba", "Nego", "Galego", "Tuta",
              "Catarina", "Paraguaio"]
FOREIGN = {
    "it": (["Giuseppina", "Assunta", "Rosalia", "Ermelinda"], ["Giuseppe", "Vittorio", "Angelo", "Primo"],
           ["Bortolini", "Dall'Agnol", "Carraro", "Tessaro", "Perin", "Baldissera", "Zanatta", "Dal Molin"]),
    "de": (["Frida", "Erna", "Irmgard", "Elli", "Hildegard"], ["Wilhelm", "Arno", "Helmuth", "Ewald", "Reinoldo"],
           ["Ramlow", "Tesch", "Ehlert", "Buss", "Schaeffer", "Radtke", "Berger", "Hoffmann", "Jastrow"]),
    "nl": (["Hendrikje", "Geesje", "Janke"], ["Hendrik", "Pieter", "Jan Willem"],
           ["de Geus", "Salomons", "Dijkstra", "Rabbers", "van der Vinne", "Los", "Jansen"]),
    "jp": (["Setsuko", "Fumiko", "Tomoko", "Emiko"], ["Tadashi", "Hiroshi", "Kenji", "Massao"],
           ["Okuyama", "Kobayashi", "Higa", "Fujiwara", "Yamashita", "Nishimura", "Uehara", "Sato"]),
    "ar": (["Nagibe", "Wadia", "Laila"], ["Nagib", "Farid", "Salim", "Jamil"],
           ["Nassif", "Chedid", "Abdalla", "Haddad", "Maluf", "Feres", "Jabur"]),
    "kr": (["Min-seo", "Hye-jin"], ["Sung-min", "Jae-won"], ["Baek", "Yoon", "Choi", "Han"]),
    "cn": (["Xiaomei", "Lihua"], ["Guoqiang", "Haoran"], ["Chen", "Wu", "Lin", "Zhou"]),
    "ua": (["Olga", "Ksenia", "Jadwiga", "Stefania"], ["Bohdan", "Taras", "Wladimir", "Estanislau"],
           ["Kozak", "Wisniewski", "Chomiak", "Procopiak", "Hrycyna", "Iurkiv", "Dzioba", "Kachuba"]),
    "ht": (["Mirlande", "Guerline", "Nadège"], ["Wilner", "Frantz", "Jean-Claude", "Wisly"],
           ["Exantus", "Dorvil", "Jean-Baptiste", "Célestin", "Saint-Fleur", "Pierre-Louis"]),
    "ao": (["Ngueza", "Kianda", "Tchissola"], ["Nzau", "Kalunga", "Makiesse"], ["Mavungo", "Lutonda", "Kapenda"]),
    "sn": (["Fatou", "Aminata", "Khady"], ["Mamadou", "Ousmane", "Cheikh"], ["Diop", "Ndiaye", "Sow", "Diallo"]),
    "bo": (["Wara", "Justina", "Eulogia"], ["Wilber", "Fidel", "Marcelino"], ["Apaza", "Callisaya", "Mamani", "Ticona"]),
    "py": (["Nilda", "Ramona", "Mirian"], ["Blas", "Crispín", "Ever"], ["Benítez", "Cristaldo", "Ayala", "Giménez", "Ortellado"]),
    "ve": (["Yusmary", "Yorgelis", "Mariangel"], ["Jhonny", "Yorman", "Wilmer"], ["Chirinos", "Guanipa", "Briceño"]),
    "in": (["Kerexu", "Jaxuka", "Poty", "Yakuy"], ["Werá", "Karai", "Kretã", "Ubiratã"],
           ["Terena", "Kaingang", "Pataxó", "Kaiowá", "Xokleng"]),
    "jw": (["Rivka", "Chaya", "Sura"], ["Shlomo", "Itzhak", "Mendel"], ["Szwarc", "Feldman", "Grinberg", "Wajnberg"]),
    "cu": (["Yaneisy", "Yudelkis", "Marbelis"], ["Yordanis", "Osniel", "Yasmany"], ["Cabrera", "Rodríguez", "Almaguer", "Pupo"]),
}
RARE_ORIGINS = ("nl", "kr", "cn", "ua", "ht", "ao", "sn", "bo", "py", "ve", "in", "jw", "cu")
RARE = set(RARE_F + RARE_M + RARE_COINED_F + RARE_COINED_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Giuseppina", "Assunta", "Ermelinda", "Bortolini", "Dall'Agnol", "Tessaro", "Baldissera", "Zanatta",
             "Irmgard", "Elli", "Hildegard", "Ewald", "Reinoldo", "Ramlow", "Tesch", "Ehlert", "Radtke", "Jastrow",
             "Setsuko", "Fumiko", "Emiko", "Massao", "Okuyama", "Higa", "Uehara", "Nagibe", "Wadia", "Nassif",
             "Chedid", "Jabur", "Primo"])

PARTICLES = ["da", "de", "do", "das", "dos", "e", "van", "der"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Paz", "Cruz", "Aurora", "Rocha", "Esperança", "Trindade"}
DO_SUR = {"Nascimento", "Carmo", "Prado"}
DOS_SUR = {"Santos", "Reis", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


# --------------------------------------------------------------------------- places and companies
DDDS = ["11", "14", "16", "17", "18", "19", "27", "28", "31", "34", "35", "37", "38", "41", "42", "43", "44", "45",
        "46", "47", "48", "49", "51", "53", "54", "55", "62", "63", "64", "65", "66", "67", "68", "69", "73", "74",
        "75", "77", "79", "81", "82", "83", "84", "85", "87", "88", "89", "91", "93", "94", "95", "97", "98", "99"]
CITIES = [("Chapecó", "SC"), ("Concórdia", "SC"), ("Toledo", "PR"), ("Cascavel", "PR"), ("Carambeí", "PR"),
          ("Castro", "PR"), ("Prudentópolis", "PR"), ("Irati", "PR"), ("Nova Aurora", "PR"), ("Marechal Cândido Rondon", "PR"),
          ("Passo Fundo", "RS"), ("Santa Rosa", "RS"), ("Bento Gonçalves", "RS"), ("Flores da Cunha", "RS"),
          ("Santa Cruz do Sul", "RS"), ("Ijuí", "RS"), ("Rio Verde", "GO"), ("Jataí", "GO"), ("Sorriso", "MT"),
          ("Lucas do Rio Verde", "MT"), ("Sinop", "MT"), ("Primavera do Leste", "MT"), ("Santa Maria de Jetibá", "ES"),
          ("Domingos Martins", "ES"), ("Presidente Prudente", "SP"), ("Registro", "SP"), ("Bastos", "SP"),
          ("Petrolina", "PE"), ("Juazeiro", "BA"), ("Barreiras", "BA"), ("Luís Eduardo Magalhães", "BA"),
          ("Vitória da Conquista", "BA"), ("Unaí", "MG"), ("Patos de Minas", "MG"), ("Araxá", "MG"),
          ("Santa Luzia", "MG"), ("Dourados", "MS"), ("Ponta Porã", "MS"), ("Glória de Dourados", "MS"),
          ("Ji-Paraná", "RO"), ("Paragominas", "PA"), ("Balsas", "MA"), ("Uruçuí", "PI"), ("Quixadá", "CE"),
          ("Aurora", "CE"), ("Arapiraca", "AL"), ("Esperança", "PB"), ("Itapipoca", "CE"), ("Tomé-Açu", "PA")]
UFS = ["PR", "SC", "RS", "GO", "MT", "MS", "MG", "SP", "ES", "BA", "PE", "CE", "PA", "RO", "MA", "PI", "TO", "PB", "AL"]
LINHAS = ["Linha São Bento", "Linha Aurora", "Linha Bonita", "Linha Sete de Setembro", "Linha Esperança",
          "Linha Alto Leão", "Linha Flor da Serra", "Linha Santa Rosa", "Linha Tigre", "Linha Vitória",
          "Linha Pinheirinho", "Linha Glória", "Linha Bortolini"]
ESTRADAS = ["Estrada Municipal do Taquaral", "Estrada Geral da Serra Branca", "Estrada Vicinal VCL-040",
            "Estrada Municipal Prudente de Morais", "Estrada do Pinhal", "Estrada Velha de Bento", "Estrada da Aurora",
            "Estrada Municipal Dona Glória Trigueiro", "Estrada Boiadeira", "Estrada Vicinal PPT-223"]
RODOVIAS = ["Rodovia BR-163", "Rodovia BR-158", "Rodovia BR-277", "Rodovia BR-364", "Rodovia BR-020",
            "Rodovia BR-070", "Rodovia BR-116", "Rodovia BR-282", "Rodovia BR-369", "Rodovia BR-153", "Rodovia BR-242"]
OTHER_WAYS = ["Travessão 7", "Travessão Bonito", "Ramal do Prudente", "Ramal Boa Esperança", "Corredor dos Coelho",
              "Picada Café", "Servidão Rural São Bento", "Vicinal 12"]
FARM_TYPES = ["Sítio", "Sítio", "Fazenda", "Fazenda", "Chácara", "Estância", "Granja", "Recanto"]
FARM_NAMES = ["Boa Esperança", "Santa Rosa", "Flor do Campo", "São Bento", "Três Marias", "Aurora", "Vitória",
              "Bela Vista", "Água Limpa", "Dois Irmãos", "Nossa Senhora da Glória", "Recanto do Amado", "Primavera",
              "Luz do Sol", "Santa Luzia", "Capão Bonito", "Sanga Funda", "Pinheiro Grosso", "Leão do Norte",
              "Paz e Bem", "Rosa dos Ventos", "Bento Ramlow", "Dona Aurora", "Esperança Nova", "Celeste",
              "Coqueiral", "Bom Retiro", "Taquaral", "Estrela Dalva", "Cordeiro Branco"]
LOCALIDADES = ["Comunidade São Bento", "Distrito de Aurora do Sul", "Gleba Esperança", "Assentamento Vitória",
               "Capela Santa Rosa", "Comunidade Linha Bonita", "Distrito de Flor da Serra", "Vila Rural Primavera",
               "Povoado Leão", "Comunidade Sanga do Leão", "Assentamento Dorcelina Folador", "Colônia Witmarsum"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Travessa", "Alameda"]
STREET_NAMES = ["Barão do Rio Branco", "Prudente de Morais", "Bento Gonçalves", "das Flores", "Aurora",
                "Sete de Setembro", "Tiradentes", "dos Pioneiros", "Marechal Floriano", "Getúlio Vargas",
                "Dom Pedro II", "Santos Dumont", "da Paz", "das Palmeiras", "Frei Caneca", "Rui Barbosa",
                "Padre Anchieta", "Irmã Dulce", "Nossa Senhora da Glória", "Coronel Gumercindo Taborda",
                "Vitória Régia", "dos Imigrantes", "Hermann Ramlow", "Pioneiro Tranquilo Ceccon", "José Bonifácio",
                "Rosa e Silva", "Castro Alves", "São Bento", "da Esperança", "João Pessoa", "Anita Garibaldi"]
BAIRROS = ["Centro", "Vila Rosa", "Jardim Aurora", "São Bento", "Jardim Esperança", "Bela Vista", "Vila Prudente",
           "Parque das Flores", "Santa Luzia", "Jardim Vitória", "Alto da Glória", "Cohab", "Vila Operária"]
COOPS = ["Cooperativa Agroindustrial Vale do Prudente — Coopervale", "Cooperativa Mista Agropecuária Nova Aurora — Coopernova",
         "Cooperativa Agrária Sucupira Bento", "Cooperativa de Agricultura Familiar Flor do Campo — Coopaflor",
         "Cooperativa Tritícola Santa Rosa — Cotrisa", "Cooperativa de Laticínios Vitória do Oeste",
         "Coopertaquaral — Cooperativa dos Produtores do Taquaral", "Cooperativa Agropecuária Leão do Norte",
         "Cooperativa Esperança dos Agricultores Familiares — Coopesp", "Cooperativa Castrolanda-Aurora Sul"]
CRED = ["Sicredi Vale do Rio Branco", "Cresol Aurora", "Sicoob Credirural Prudente", "Sicredi Bento Raízes",
        "Cresol Esperança", "Sicoob Agrocredi", "Banco do Brasil", "Banco do Nordeste", "Caixa", "Banco da Amazônia"]
REVENDAS = ["Agropecuária Bortolini Ltda.", "Casa do Agricultor Leão & Filhos", "AgroRosa Insumos Ltda.",
            "Comercial Agrícola Amado", "Agro Vitória Sementes e Defensivos", "Campo Forte Insumos",
            "Agrícola Taborda & Gheller Ltda.", "Semear Aurora Comércio Agrícola", "Agrocentro Bezerra Branco"]
LATICINIOS = ["Laticínios Serra Branca", "Laticínio Bento Ramlow & Cia.", "Lacticínios Aurora do Vale",
              "Laticínios Flor de Minas", "Laticínio Esperança Ltda.", "Queijaria Cordeiro & Lobo"]
ARMAZENS = ["Armazéns Gerais Vitória S.A.", "Cerealista Haddad & Filhos", "Armazém Geral Prudente Ltda.",
            "Unidade de Recebimento Linha Aurora", "Agrograos Sucupira Armazéns Gerais", "Cerealista Rosa Branca"]
FRIGORIFICOS = ["Frigorífico Boi Branco S.A.", "Frigorífico Leão do Pantanal", "Frigorífico Bento Carneiro Ltda.",
                "Frigorífico Vale do Prudente", "Abatedouro Esperança"]
AGENCIAS = {"PR": "ADAPAR", "SC": "CIDASC", "RS": "SEAPI", "GO": "AGRODEFESA", "MT": "INDEA-MT", "MS": "IAGRO",
            "MG": "IMA", "SP": "CDA", "ES": "IDAF", "BA": "ADAB", "PE": "ADAGRO", "CE": "ADAGRI", "PA": "ADEPARÁ",
            "RO": "IDARON", "MA": "AGED", "PI": "ADAPI", "TO": "ADAPEC", "PB": "SEDAP", "AL": "ADEAL"}
BANKS = [("001", "Banco do Brasil"), ("748", "Sicredi"), ("756", "Sicoob"), ("133", "Cresol"), ("104", "Caixa"),
         ("004", "Banco do Nordeste"), ("237", "Bradesco"), ("341", "Itaú"), ("260", "Nu Pagamentos"), ("041", "Banrisul")]
CULTURAS = ["soja", "milho safrinha", "feijão", "trigo", "café arábica", "fumo (tabaco)", "mandioca", "arroz irrigado",
            "tomate", "laranja", "algodão", "uva"]
CIDS_RURAL = {"T60.0": "intoxicação por organofosforado", "T60.3": "intoxicação por herbicida", "T63.0": "acidente ofídico",
              "W30.9": "acidente com máquina agrícola", "V86.9": "capotamento de trator", "W55.1": "trauma por bovino",
              "V80.0": "queda de cavalo", "S61.0": "ferimento de dedo", "A27.9": "leptospirose", "J45.9": "asma",
              "I10": "hipertensão", "E11.9": "diabetes tipo 2", "M54.5": "lombalgia", "L23.5": "dermatite de contato",
              "T63.4": "picada de abelha", "A82.9": "raiva (profilaxia)", "Z23.5": "vacina antitetânica", "B55.1": "leishmaniose"}


class Person:
    def __init__(self, given: str, surnames: list[str], female: bool):
        self.given = given
        self.surnames = surnames
        self.female = female
        self.mail: str | None = None

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def first(self) -> str:
        g = self.given
        if g.startswith("Maria d") or g in ("Rosa Maria", "Maria José", "Ana Paula", "Jan Willem", "Jean-Claude"):
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
    def caps_fold(self) -> str:
        return fold(self.full).upper()

    @property
    def low(self) -> str:
        return fold(self.full).lower()

    @property
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return fold(f"{' '.join(sur)}, {self.given}").upper()

    @property
    def inv_mixed(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return f"{' '.join(sur).upper()}, {self.given}"

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
            "compact": f"{dd:02d}{mm:02d}{yy}", "mon": f"{dd:02d}/{MONTHS[mm - 1][:3]}/{yy}",
            "lowlong": fold(f"{dd} de {MONTHS[mm - 1]} de {yy}")}[fmt]


def dbr(d: datetime.date, fmt: str = "br") -> str:
    return fmt_date(d.day, d.month, d.year, fmt)


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def sample(self, seq, k: int):
        return self.rng.sample(seq, k)

    def hexs(self, n: int, upper: bool = False) -> str:
        s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def neg(self, n: int) -> str:
        """n digits (first not zero) that pass no identifier check of that length."""
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
            if n == 16 and luhn_dv(v[:15]) == v[15]:
                continue
            if n == 9 and rg_sp_dv(v[:8]) == v[8]:
                continue
            return v

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.42:
            return self.pick(RARE_SUR)
        if r < 0.56:
            return self.pick(WORD_SUR)
        return self.pick(COMMON_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, era: str = "mid",
               word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.68 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.11:
                given = self.pick(WORD_F if female else WORD_M)
            elif era == "young":
                given = self.pick((RARE_COINED_F if female else RARE_COINED_M) if rng.random() < 0.45 else
                                  (YOUNG_F if female else YOUNG_M))
            else:
                given = self.pick((RARE_F if female else RARE_M) if rng.random() < 0.45 else
                                  (COMMON_F if female else COMMON_M))
            if rng.random() < 0.1 and " " not in given:
                second = self.pick(RARE_F + COMMON_F if female else RARE_M + COMMON_M).split()[0]
                if second not in (given, "Maria", "José", "Ana", "João"):
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames and self.chance(0.5)) else self.surname()
                if s not in surnames:
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.07:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn", "in"):
                given = self.pick((COMMON_F + RARE_F) if female else (COMMON_M + RARE_M))
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.4 and origin not in ("kr", "cn"):
                other = self.surname() if origin not in ("ht", "sn", "ao", "cu", "ve", "py", "bo") else self.pick(sur)
                if other != surnames[0]:
                    surnames.insert(0, other)
        return Person(given, surnames, female)

    def child(self, parent: Person, female: bool | None = None, era: str = "mid") -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt", era=era)
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES and s != parent.last][:1]
        return Person(p.given, own + [parent.last], female)

    def spouse(self, of: Person, era: str = "mid") -> Person:
        p = self.person(female=not of.female, era=era)
        if p.female and self.chance(0.7):
            return Person(p.given, [s for s in p.surnames if s != of.last and s not in PARTICLES][:1] + [of.last], True)
        return p

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}", f"{l}.{f}",
                          f"{f}.{l}{self.ri(50, 99)}", f"{f}{l[:4]}", f"{f}.agro", f"sitio.{f}{self.d(2)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "terra.com.br", "icloud.com", "uol.com.br"])
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
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0004", "0011"])
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
            if dv:
                return b + dv

    def pis(self, style: str | None = None) -> str:
        b = self.pick(["1", "1", "2"]) + self.d(9)
        n = b + pis_dv(b)
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

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        while True:
            ddd = self.pick(DDDS)
            local = ("9" + str(self.ri(6, 9)) + self.d(7)) if mobile else (str(self.ri(2, 5)) + self.d(7))
            if not cpf_ok(ddd + local):
                break
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "zero": f"0{ddd} {h}-{t}", "nospace": f"({ddd}){h}-{t}",
                "stt": f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mobile else f"{ddd} {h} {t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6", "4"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"{self.pick('456')}{self.d(5)}******{self.d(4)}", f"**** **** **** {self.d(4)}",
                          f"final {self.d(4)}", f"XXXX-XXXX-XXXX-{self.d(4)}"])

    def masked_cpf(self) -> str:
        return self.pick([f"***.{self.d(3)}.{self.d(3)}-**", f"{self.d(3)}.***.***-{self.d(2)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.35) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.8) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def aircraft(self) -> str:
        """Aircraft registration of a crop-duster (not a vehicle plate; not labelled)."""
        return f"P{self.pick('PRST')}-{''.join(self.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(3))}"

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.ri(1, 9)) + self.d(self.ri(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        if self.chance(0.1):
            return f"2804:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}::{self.hexs(3)}"
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    # ----------------------------------------------------------------- agricultural ids (never labelled)
    def car(self, uf: str) -> str:
        while True:
            h = self.hexs(32, upper=True)
            if not re.search(r"\d{9}", h):
                break
        return f"{uf}-{self.ri(1100015, 5300108)}-{h[:4]}.{h[4:8]}.{h[8:12]}.{h[12:16]}.{h[16:20]}.{h[20:24]}.{h[24:28]}.{h[28:]}"

    def ccir(self) -> str:
        n = self.d(13)
        return f"{n[:3]}.{n[3:6]}.{n[6:9]}.{n[9:12]}-{n[12]}"

    def nirf(self) -> str:
        n = self.d(8)
        return f"{n[0]}.{n[1:4]}.{n[4:7]}-{n[7]}"

    def caf(self, uf: str) -> str:
        return f"{uf}{self.ri(1, 99):02d}{self.ri(2023, 2025)}.{self.d(2)}.{self.d(9)}CAF"

    def dap(self) -> str:
        return f"SDW{self.d(19)}"

    def gta(self, uf: str) -> str:
        return self.pick([f"GTA nº {self.d(6)} série {self.pick('ABCDEFG')}", f"GTA-e {uf} {self.d(9)}", f"GTA {self.d(6)}/{self.pick('ABCD')}"])

    def sisbov(self) -> str:
        """SISBOV ear tag (15 digits), checked to fail the CNS check."""
        while True:
            v = "105" + self.d(12)
            if not cns_ok(v):
                return v

    def nfe_key(self) -> str:
        n = self.d(44)
        return " ".join(n[i:i + 4] for i in range(0, 44, 4))

    def caepf(self) -> str:
        n = self.d(14)
        return f"{n[:3]}.{n[3:6]}.{n[6:9]}/{n[9:12]}-{n[12:]}"

    def ie_prod(self) -> str:
        return self.pick([f"{self.d(8)}-{self.d(2)}", f"{self.d(3)}.{self.d(3)}.{self.d(3)}", f"PR {self.d(10)}"])

    def art(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(10)}", f"BR{self.d(11)}", f"{self.d(7)}-{self.d(1)}"])

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.16", "8.24", "8.21", "8.09", "8.11", "8.12", "8.13", "8.26", "8.05", "5.09", "4.04"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2018, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", f"ATD-{self.d(6)}", f"{self.ri(2024, 2026)}/{self.d(6)}"])

    def council(self, kind: str, uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {n}/D", f"CREA/{uf} {self.d(6)}", f"CREA-{uf} nº {dotted}/D", f"CREA {uf} {self.d(6)}-{self.d(1)}"])
        if kind == "CRMV":
            return self.pick([f"CRMV-{uf} {self.d(5)}", f"CRMV/{uf} nº {self.ri(1000, 19999)}", f"CRMV-{uf} {self.ri(1000, 19999)}/VP"])
        if kind == "CRC":
            return self.pick([f"CRC/{uf} {self.d(6)}/O-{self.d(1)}", f"CRC-{uf} {self.d(6)}/O", f"CRC {uf}-{self.d(6)}"])
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}"])

    # ----------------------------------------------------------------- addresses
    def street(self, style: str = "text") -> str:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.93) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.ri(11, 804)}", f"casa {self.ri(1, 9)}", "fundos", f"sala {self.ri(1, 20)}"])
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al"}
            return fold(f"{ab[t]} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")).lower()
        ab = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al."}
        if self.chance(0.3):
            t = ab[t]
        sep = self.pick([", ", ", nº ", " "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - "]) + comp if comp else "")

    def farm(self) -> str:
        return f"{self.pick(FARM_TYPES)} {self.pick(FARM_NAMES)}"

    def rural(self, farm: bool | None = None, style: str = "text") -> str:
        """A rural residence: way + number or km (+ lot); sometimes led by the farm's name."""
        k = self.ri(0, 4)
        if k == 0:
            way = f"{self.pick(LINHAS)}, " + self.pick(["s/n", f"km {self.ri(1, 28)}", f"nº {self.ri(10, 2999)}"])
        elif k == 1:
            way = f"{self.pick(ESTRADAS)}, km {self.ri(1, 40)}" + self.pick(["", f", Lote {self.ri(1, 90)}", f", nº {self.ri(100, 9000)}"])
        elif k == 2:
            way = f"{self.pick(RODOVIAS)}, km {self.ri(2, 780)}" + self.pick(["", f", Lote {self.ri(1, 60)}", " - margem direita"])
        elif k == 3:
            way = f"{self.pick(OTHER_WAYS)}, " + self.pick([f"Lote {self.ri(1, 120)}", "s/n", f"km {self.ri(1, 30)}"])
        else:
            way = f"{self.pick(LINHAS + ESTRADAS)}, s/n"
        farm = self.chance(0.35) if farm is None else farm
        s = f"{self.farm()}, {way}" if farm else way
        if style == "caps":
            return fold(s).upper()
        if style == "low":
            return fold(s).lower().replace("s/n", "sn")
        if style == "stt":
            return fold(s).lower().replace(",", "").replace("s/n", "sem numero").replace("nº ", "numero ")
        return s

    def home(self, rural_p: float = 0.6, style: str = "text") -> str:
        return self.rural(style=style) if self.chance(rural_p) else self.street(style if style != "stt" else "low")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    # ----------------------------------------------------------------- dates and money
    def dob(self, fmt: str | None = None, lo: int = 1950, hi: int = 2002) -> str:
        dd, mm, yy = self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def day(self, y0: int = 2024, y1: int = 2026) -> datetime.date:
        return datetime.date(self.ri(y0, y1), self.ri(1, 12), self.ri(1, 28))

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def after(self, d: datetime.date, lo: int, hi: int) -> datetime.date:
        return d + datetime.timedelta(days=self.ri(lo, hi))

    def stamps(self, n: int, days: int = 2, fmt: str = "br", start: datetime.date | None = None) -> list[str]:
        start = start or self.day()
        base = datetime.datetime(start.year, start.month, start.day)
        secs = sorted(self.ri(0, days - 1) * 86400 + self.ri(6 * 3600, 22 * 3600) for _ in range(n))
        out = []
        for s in secs:
            t = base + datetime.timedelta(seconds=s)
            out.append({"iso": t.strftime("%Y-%m-%dT%H:%M:%S-03:00"), "br": t.strftime("%d/%m/%Y %H:%M"),
                        "brs": t.strftime("%d/%m/%Y %H:%M:%S"), "sql": t.strftime("%Y-%m-%d %H:%M:%S"),
                        "wa": t.strftime("%d/%m/%y %H:%M"), "ios": t.strftime("[%d/%m/%Y, %H:%M:%S]")}[fmt])
        return out

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def kg(self, lo: int, hi: int) -> str:
        return f"{self.ri(lo, hi):,}".replace(",", ".")


def age_at(born: tuple[int, int, int], on: datetime.date) -> int:
    dd, mm, yy = born
    return on.year - yy - ((on.month, on.day) < (mm, dd))


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"), ("é", "e"),
               ("I", "l"), ("u", "ii"), ("o", "ó"), ("h", "li"), ("A", "Á"), ("l", "I")]


def ocr(s: str, g: Gen, rate: float = 0.35) -> str:
    """Zero to two OCR letter confusions in a name or a phrase (never digits)."""
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
    """A typing slip inside a word (swap, drop, double); never the same string."""
    for _ in range(20):
        i = g.ri(1, max(1, len(s) - 2))
        if i + 1 >= len(s) or not (s[i].isalpha() and s[i + 1].isalpha()):
            continue
        k = g.pick(["swap", "drop", "double"])
        out = {"swap": s[:i] + s[i + 1] + s[i] + s[i + 2:], "drop": s[:i] + s[i + 1:], "double": s[:i] + s[i] + s[i:]}[k]
        if out != s:
            return out
    return s + "a"


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


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
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span, a plain value text."""
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


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """A +---+ ruled table ('plus'), a psql one ('psql'), a pipe register ('pipe') or plain fixed width."""
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
            q = sep in v or '"' in v or "\n" in v
            if q:
                doc.t('"')
            doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


def jval(doc: Doc, v, indent: int = 0, compact: bool = False) -> None:
    """Write a JSON value; a (str, LABEL) tuple is a string whose content is a gold span."""
    pad = " " * indent
    nl = "" if compact else "\n"
    if isinstance(v, dict):
        if not v:
            doc.t("{}")
            return
        doc.t("{" + nl)
        items = list(v.items())
        for k, (key, val) in enumerate(items):
            doc.t(("" if compact else f"{pad}  ") + f'"{key}":' + ("" if compact else " "))
            jval(doc, val, indent + 2, compact)
            doc.t(("," if k < len(items) - 1 else "") + nl)
        doc.t(("" if compact else pad) + "}")
    elif isinstance(v, list):
        if not v:
            doc.t("[]")
            return
        doc.t("[" + nl)
        for k, val in enumerate(v):
            doc.t("" if compact else pad + "  ")
            jval(doc, val, indent + 2, compact)
            doc.t(("," if k < len(v) - 1 else "") + nl)
        doc.t(("" if compact else pad) + "]")
    elif isinstance(v, tuple):
        s, lab = v
        enc = json.dumps(s, ensure_ascii=False)
        assert enc == f'"{s}"', s
        doc.t('"')
        doc.e(s, lab)
        doc.t('"')
    else:
        doc.t(json.dumps(v, ensure_ascii=False))


def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold(s).lower())


def corp_mail(p: Person, dom: str) -> str:
    return f"{slug(p.first)}.{slug(p.last)}@{dom}"


def login(p: Person) -> str:
    return f"{slug(p.first)[0]}{slug(p.last)}"


def dom_of(company: str) -> str:
    w = [x for x in re.sub(r"[^a-z ]", "", fold(company.split(" — ")[-1]).lower()).split()
         if x not in ("de", "da", "do", "dos", "das", "ltda", "e", "sa", "cia", "cooperativa", "agroindustrial", "mista",
                      "agropecuaria", "laticinios", "laticinio", "armazens", "gerais", "geral", "frigorifico", "dos")]
    return "".join(w[:2])[:20] + ".com.br"


def rel(p: Person, kind: str) -> str:
    f = p.female
    return {"filho": "filha" if f else "filho", "pai": "mãe" if f else "pai", "esposo": "esposa" if f else "esposo",
            "irmão": "irmã" if f else "irmão", "neto": "neta" if f else "neto", "genro": "nora" if f else "genro",
            "sobrinho": "sobrinha" if f else "sobrinho", "cônjuge": "cônjuge"}[kind]


def qualif(g: Gen, doc: Doc, p: Person, *, prof: str | None = None, rg: bool = True, dob: bool = False,
           addr: str | None = None, city: tuple[str, str] | None = None, spouse: Person | None = None,
           caps: bool = True, email: bool = False, phone: bool = False, cep: bool = False, civ: str | None = None) -> str:
    """Notarial qualification: NAME, brasileiro, agricultor, casado com X, RG, CPF, residente em ADDRESS. Returns the CPF;
    an e-mail written here is kept on the person (p.mail) for later mentions."""
    c, uf = city or g.city()
    doc.e(p.caps if caps else p.full, "PERSON")
    prof = prof or g.pick(["agricultor" + ("a" if p.female else ""), "produtor" + ("a" if p.female else "") + " rural",
                           "pecuarista", "lavrador" + ("a" if p.female else "")])
    doc.f(", brasileir«o», «pf», ", o=p.o, pf=prof)
    if spouse:
        doc.f("casad«o» sob o regime da «reg» com «s»", o=p.o, reg=g.pick(["comunhão parcial de bens", "comunhão universal de bens"]),
              s=P(spouse.full))
    else:
        doc.t(civ or g.pick(["solteir" + p.o, "viúv" + p.o, "divorciad" + p.o, "em união estável"]))
    if dob:
        doc.f(", nascid«o» em «d»", o=p.o, d=(g.dob(g.pick(["br", "long"]), 1948, 1998), "DATE_OF_BIRTH"))
    if rg:
        org = "SJS/RS" if uf == "RS" and g.chance(0.6) else g.pick([f"SSP/{uf}", f"SSP/{uf}", f"SESP/{uf}", f"PC/{uf}"])
        doc.f(", portador«a» da cédula de identidade RG nº «rg» «org»", a="a" if p.female else "", rg=(g.rg(), "BR_RG"), org=org)
    cpf = g.cpf("dot")
    doc.f(", inscrit«o» no CPF sob o nº «cpf»", o=p.o, cpf=(cpf, "BR_CPF"))
    if email:
        p.mail = g.email(p)
        doc.f(", e-mail «e»", e=(p.mail, "EMAIL_ADDRESS"))
    if phone:
        doc.f(", telefone «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    ad = addr or g.home(0.7)
    urban = ad.startswith(("Rua", "R.", "Av", "Tv", "Travessa", "Alameda", "Al."))
    loc = f"{g.pick(BAIRROS)}, " if urban else g.pick(["zona rural de ", "interior do município de ", f"{g.pick(LOCALIDADES)}, ", ""])
    doc.f(", residente e domiciliad«o» «em» «ad», «loc»«c»/«uf»", o=p.o, em=prep(ad), ad=(ad, "ADDRESS"), loc=loc, c=c, uf=uf)
    if cep:
        doc.f(", CEP «cep»", cep=(g.cep(), "BR_CEP"))
    return cpf


def prep(ad: str) -> str:
    """ "no Sítio ...", "na Linha ...", "na Rua ..." """
    return "no" if ad.split()[0] in ("Sítio", "Recanto", "Ramal", "Travessão", "Corredor", "SITIO", "RECANTO") else "na"


# TEMPLATES_START
# =========================================================================== atendimento


def coop_short(c: str) -> str:
    return c.split(" — ")[-1] if " — " in c else c.replace("Cooperativa ", "Coop. ")


def at_grupo(g: Gen) -> Doc:
    """WhatsApp export of a producers' group (milk line / cooperative nucleus)."""
    doc = Doc()
    city, uf = g.city()
    linha = g.pick(LINHAS)
    coop = g.pick(COOPS)
    cs = coop_short(coop).replace("Coop. ", "").split()[0]
    group = g.pick([f"Produtores de Leite {linha}", f"Núcleo {linha.replace('Linha ', '')} — {cs}", f"Tanque Comunitário {linha}",
                    f"Associação {linha} 🐄", f"Grãos {city} — avisos"])
    tech = g.person(era=g.pick(["mid", "young"]))
    driver = g.person(female=False)
    members = [g.person(era=g.pick(["mid", "mid", "old", "young"])) for _ in range(5)]
    shown = []
    for m in members:
        r = g.rng.random()
        if r < 0.25:
            shown.append((g.pick([m.short, m.full, m.short]), "PERSON"))
        elif r < 0.33:
            shown.append((m.nick if m.nick != m.first else m.first, "PERSON"))
        else:
            shown.append((g.phone(g.pick(["plus", "plus", "par"])), "PHONE_NUMBER"))
    ios = g.chance(0.5)
    tech_shown = g.pick(["biz", "biz", "first", "short"])
    start = g.day(2025, 2026)
    st = g.stamps(14, g.ri(2, 6), "ios" if ios else "wa", start=start)
    k = [1]

    def line(who, msg: str, **kw) -> None:
        doc.t(f"{st[k[0]]} " if ios else f"{st[k[0]]} - ")
        k[0] += 1
        if who == "tech":
            if tech_shown == "biz":
                doc.t(f"Assistência Técnica {cs}")
            elif tech_shown == "first":
                doc.f("«n» «c»", n=P(tech.first), c=cs)
            else:
                doc.e(tech.short, "PERSON")
        else:
            doc.e(*shown[who])
        doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    doc.f("Conversa do WhatsApp com «gr»\n", gr=group)
    doc.t(f"{st[0]} " if ios else f"{st[0]} - ")
    doc.f("«a» adicionou «b»\n", a=(g.phone("plus"), "PHONE_NUMBER"),
          b=shown[4] if shown[4][1] == "PHONE_NUMBER" else (g.phone("plus"), "PHONE_NUMBER"))
    line("tech", "Bom dia pessoal! Amanhã a coleta na «l» passa às «h», o caminhão novo é placa «pl», motorista «d».",
         l=linha, h=g.pick(["5h", "5h30", "6h", "4h40"]), pl=(g.plate(), "LICENSE_PLATE"), d=P(g.pick([driver.first, driver.nick, driver.short])))
    line(0, g.pick(["Bom dia. Aqui o resfriador desligou, faltou luz a noite toda 😡 seria prudente a coop mandar gerador",
                    "bom dia. faltou luz aqui de novo, o leite de ontem tá a 9 graus. protocolo da distribuidora «pr»",
                    "Resfriador aqui tá ok. Mas a estrada tá um barro só depois da ponte, seria prudente o caminhão vir pelo outro lado"]), pr=g.neg(11))
    line("tech", "Quem ainda não mandou os dados pra campanha de brucelose manda aqui ou no privado: nome completo, CPF, data de nascimento e "
         "quantas bezerras de 3 a 8 meses. O veterinário passa na semana que vem.")
    m = members[2]
    line(2, g.pick(["«n» cpf «c» nasc «d» «b» bezerras", "«n»\n«c»\n«d»\n«b» bezerras",
                    "segue: «n» - «c» - nascid" + m.o + " em «d» - «b» bezerras"]),
         n=P(g.pick([m.caps, m.full, m.low, typo(m.full, g)])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
         d=(g.dob(g.pick(["br", "nopad", "short"]), 1948, 1995), "DATE_OF_BIRTH"), b=g.ri(1, 14))
    line(3, g.pick(["o meu mando no privado", "aqui não tem bezerra esse ano", "mandei no privado 👍"]))
    cow = g.pick(["a Flor", "a Estrela", "a Rosa", "a Mimosa", "a Aurora", "a Vitória", "a Celeste"])
    line(4, g.pick([f"{cow} pariu ontem de noite, bezerra bonita graças a Deus", f"{cow} tá com mastite de novo, alguém tem o número do veterinário?",
                    f"alguém tem o contato do veterinário? {cow} não levanta desde ontem"]))
    line("tech", "Plantão veterinário: «t» («cr»)", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), cr=(g.council("CRMV", uf), "PROFESSIONAL_ID"))
    line(1, "Pessoal, rateio do sêmen e do botijão de nitrogênio deu R$ «v» por produtor. Pix chave aleatória da associação: «k»",
         v=g.money(80, 600), k=(g.uuid(), "PIX_KEY"))
    vic = g.person(female=False, era="old")
    line(3, "O «n» da «l» caiu do trator ontem, tá no «h». Quem puder ajudar na ordenha fala com a «w»",
         n=P(vic.nick), l=g.pick(LINHAS), h=g.pick(["Hospital São Bento", "Hospital Regional", "pronto-socorro de " + city]),
         w=g.pick(["esposa dele", "filha dele"]))
    line(2, "Se alguém for na cidade amanhã traz 3 sacos de sal mineral, deixa aqui em casa: «ad». Pago no pix", ad=(g.rural(farm=g.chance(0.3)), "ADDRESS"))
    line(4, g.pick(["Aqui a esperança é chover até sexta, senão o milho da silagem vai embora", "o preço do leite caiu de novo, assim não tem quem aguente",
                    "O pasto tá uma tristeza. A flor do capim nem abriu"]))
    line("tech", "Lembrando: assembleia do núcleo dia «d» às 19h no salão comunitário («loc»). Pauta: preço do leite e eleição do conselho. "
         "Quem quiser se candidatar fala com a diretoria: «t»", d=dbr(g.after(start, 10, 25)), loc=g.pick(LOCALIDADES),
         t=(g.phone("plain"), "PHONE_NUMBER"))
    line(1, "Meu e-mail pro extrato é «e», o antigo não uso mais", e=(g.email(members[1]), "EMAIL_ADDRESS"))
    return doc


def at_cadastro(g: Gen) -> Doc:
    """A cooperative's register of active members printed from the ERP, with the period's occurrences."""
    doc = Doc()
    coop = g.pick(COOPS)
    city, uf = g.city()
    nucleo = g.pick(LINHAS + LOCALIDADES).replace("Linha ", "").replace("Comunidade ", "")
    clerk = g.person()
    style = g.pick(["plain", "psql", "pipe", "plus"])
    doc.f("«c»\nCNPJ «cj» — «ad» — «cy»/«uf»\nRELAÇÃO DE COOPERADOS ATIVOS — NÚCLEO «n» — posição em «d»\n\n",
          c=coop.upper(), cj=(g.cnpj(), "BR_CNPJ"), ad=f"{g.pick(['Rua', 'Avenida'])} {g.pick(STREET_NAMES)}, {g.ri(10, 3000)}", cy=city, uf=uf,
          n=nucleo.upper(), d=dbr(pos := g.day(2025, 2026)))
    rows, people, mat = [], [], {}
    with_dob = g.chance(0.5)
    for _ in range(g.ri(3, 5)):
        if g.chance(0.12):
            comp = g.pick(["AGROINDÚSTRIA FAMILIAR", "QUEIJARIA", "GRANJA", "CONDOMÍNIO RURAL"]) + " " + fold(g.pick(FARM_NAMES)).upper()
            rows.append([V(g.d(5)), V(comp), (g.cnpj(), "BR_CNPJ"), V("—"), (g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"),
                         V(g.pick(["ATIVO", "ATIVO", "PENDENTE DAP"]))])
            continue
        p = g.person(era=g.pick(["old", "mid", "mid", "young"]))
        people.append(p)
        mat[id(p)] = g.d(5)
        nm = g.pick([p.caps_fold, p.inverted, p.caps_fold])
        rows.append([V(mat[id(p)]), P(nm), (g.cpf(g.pick(["dot", "dot", "raw"])), "BR_CPF"),
                     (g.dob("br", 1940, 2003), "DATE_OF_BIRTH") if with_dob else V(g.date("br", g.ri(1995, 2024))),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
                     V(g.pick(["ATIVO", "ATIVO", "ATIVO", "INADIMPLENTE", "ATIVO - CAF VENCIDA"]))])
    table_ruled(doc, ["Matr", "Nome / Razão social", "CPF/CNPJ", "Nascimento" if with_dob else "Admissão", "Telefone", "Situação"], rows, style)
    doc.t("\nOCORRÊNCIAS DO PERÍODO\n")
    dead = g.pick(people)
    widow = g.spouse(dead, era="old")
    doc.f("- matr. «m» «n»: óbito em «d»; cotas-partes transferidas «w0» «w» (CPF «c»), conforme formal de partilha do processo «cnj».\n",
          m=mat[id(dead)], n=P(dead.caps_fold), d=dbr(g.after(pos, -200, -60)), w0="à viúva" if widow.female else "ao viúvo", w=P(widow.full),
          c=(g.cpf(), "BR_CPF"), cnj=g.cnj())
    doc.f("- matr. «m»: endereço atualizado para «ad», «loc» — CEP «cep».\n", m=g.d(5),
          ad=(g.rural(style=g.pick(["text", "caps"])), "ADDRESS"), loc=g.pick(LOCALIDADES), cep=(g.cep(), "BR_CEP"))
    p = g.pick(people)
    kid = g.child(p, era="young")
    doc.f("- matr. «m»: «k», «r» do titular, autorizad«o» a entregar produção e retirar insumos (CPF «c», nasc. «dob», cel. «t»).\n",
          m=g.d(5), k=P(kid.full), r=rel(kid, "filho"), o=kid.o, c=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1998, 2006), "DATE_OF_BIRTH"),
          t=(g.phone(), "PHONE_NUMBER"))
    p2 = g.pick(people)
    if g.chance(0.5):
        doc.f("- matr. «m» «n»: conta para crédito da produção alterada para «b» ag. «ag» c/c «cc».\n", m=mat[id(p2)], n=P(p2.caps_fold),
              b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("- matr. «m» «n»: cadastrada chave Pix aleatória «k» para pagamento da produção.\n", m=mat[id(p2)], n=P(p2.caps_fold), k=(g.uuid(), "PIX_KEY"))
    if g.chance(0.5):
        doc.f("- matr. «m»: pedido de desligamento; saldo de capital R$ «v» a pagar em «d» parcelas (Estatuto, art. «a»).\n",
              m=g.d(5), v=g.money(800, 60000), d=g.ri(2, 5), a=g.ri(12, 40))
    else:
        doc.f("- CAF nº «caf» da matr. «m» vence em «d»; sem CAF ativa não entra no PNAE.\n", caf=g.caf(uf), m=g.d(5), d=dbr(g.after(pos, 5, 90)))
    doc.f("\nEmitido por «lg» em «d». Documento interno — LGPD: uso restrito ao quadro social.\n", lg=login(clerk),
          d=g.stamps(1, 1, "br", start=pos)[0])
    return doc


def at_sindicato(g: Gen) -> Doc:
    """E-mail thread between a member's daughter and a rural workers' union about a retirement."""
    doc = Doc()
    city, uf = g.city()
    dad = g.person(female=g.chance(0.3), era="old")
    mom = g.spouse(dad, era="old")
    dtr = g.child(dad, female=g.chance(0.7))
    sec = g.person(female=g.chance(0.7))
    adv = g.person()
    box = f"sttr.{slug(city)}@{g.pick(['gmail.com', 'yahoo.com.br', 'sttr.org.br'])}"
    d0 = g.day(2025, 2026)
    ts = [dbr(g.after(d0, i * 2, i * 2 + 1)) for i in range(3)]
    dtr_mail = g.email(dtr)
    doc.f("De: «dn» <«de»>\nPara: «box»\nData: «t1» «h»\nAssunto: Aposentadoria rural d«o» meu «r» — documentos\n\n",
          dn=P(dtr.full), de=(dtr_mail, "EMAIL_ADDRESS"), box=box, t1=ts[0], h=f"{g.ri(7, 21):02d}:{g.ri(0, 59):02d}", o="a" if dad.female else "o",
          r="mãe" if dad.female else "pai")
    dad_home = g.rural(farm=g.chance(0.5))
    doc.f("Bom dia. Sou «r2» d«o» «n» (CPF «c», NIT «nit», nascid«o» em «dob»), que trabalha desde os 14 anos como «cond» no «farm», "
          "na «loc». El«e» completa a idade agora e queremos dar entrada na aposentadoria por idade rural.\n"
          "Endereço del«e»: «ad», zona rural de «cy» — CEP «cep». Meu celular é «t» (WhatsApp).\n"
          "O que precisa levar? A CAF del«e» é nº «caf» (a DAP antiga era «dap») e o título de eleitor «te» (consta lavrador).\n\nAtt,\n«dn»\n\n",
          r2=rel(dtr, "filho"), o="a" if dad.female else "o", n=P(dad.full), c=(g.cpf(), "BR_CPF"), nit=(g.pis(), "BR_PIS"),
          dob=(g.dob(g.pick(["br", "long", "nopad"]), 1960, 1968), "DATE_OF_BIRTH"), cond=g.pick(["meeiro", "parceiro", "arrendatário", "diarista"]) if not dad.female else g.pick(["meeira", "parceira", "arrendatária", "diarista"]),
          farm=g.farm(), loc=g.pick(LOCALIDADES),
          e="a" if dad.female else "e", ad=(dad_home, "ADDRESS"), cy=city, cep=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          caf=g.caf(uf), dap=g.dap(), te=(g.titulo(), "BR_TITULO_ELEITOR"), dn=P(dtr.first) if g.chance(0.4) else V("(enviado do celular)"))
    doc.f("---\nDe: STTR «cy» <«box»>\nData: «t2»\nAssunto: RE: Aposentadoria rural\n\n«dn», bom dia!\nPara a aposentadoria do segurado especial "
          "(Lei 8.213/1991, art. 11, VII) a gente preenche a autodeclaração junto com ele aqui no sindicato. Trazer:\n"
          "1) RG, CPF e título de eleitor (se tiver a profissão de lavrador, ajuda);\n2) certidão de casamento;\n"
          "3) notas de produtor, CAF/DAP antigas, ficha do posto de saúde;\n4) declaração do proprietário com o CPF dele e o ITR do imóvel "
          "(NIRF «nirf»), ou contrato de parceria;\n5) comprovante de endereço (conta de luz serve).\n"
          "Atendimento com «tt»«adv» («oab») na «wd», dia «d», às «hh». O pedido anterior (protocolo INSS «pi») foi indeferido por falta de "
          "início de prova material. O sindicato não cobra nada de associado em dia.\n\n"
          "«sec»\nSecretaria — STTR de «cy»\n«tel» | «cel»\n\n",
          cy=city, box=box, t2=ts[1], dn=P(dtr.first), nirf=g.nirf(), pi=g.protocol(),
          tt=g.pick(["", "a Dra. " if adv.female else "o Dr. ", "a advogada " if adv.female else "o advogado "]), adv=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          wd=g.pick(["segunda", "terça", "quarta", "quinta", "sexta"]), d=ts[2], hh=g.pick(["8h", "9h30", "14h", "15h"]),
          sec=P(g.pick([sec.full, sec.short])), tel=(g.phone("par", mobile=False), "PHONE_NUMBER"), cel=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("---\nDe: «dn» <«de»>\nData: «t3»\n\nObrigad«a». Vamos sim. «ar» «r» também trabalha na roça, «mn», nascid«mo» em «md», CPF «mc». "
          "Dá pra ver a «dl» junto? «el» tem medo de perder a pensão que recebe do INSS (NB «nb»).\n",
          dn=P(dtr.short), de=(dtr_mail, "EMAIL_ADDRESS"), t3=ts[2], a="a" if dtr.female else "o", r="minha mãe" if mom.female else "meu pai", mn=P(mom.full), mo=mom.o, ar="A" if mom.female else "O", dl="dela" if mom.female else "dele",
          el="Ela" if mom.female else "Ele",
          md=(g.dob("br", 1958, 1972), "DATE_OF_BIRTH"), mc=(g.cpf(), "BR_CPF"), nb=f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}")
    return doc


def at_app(g: Gen) -> Doc:
    """A support ticket of a cooperative's member app with the member's JSON profile pasted in."""
    doc = Doc()
    city, uf = g.city()
    att = g.person(era=g.pick(["mid", "young"]))
    m = g.person(era=g.pick(["mid", "old", "young"]))
    sp = g.spouse(m)
    kid = g.child(m, era="young")
    tk = g.d(6)
    doc.f("Chamado #«tk» — App do Cooperado (Android) — Categoria: «cat»\nAberto por: «lg» («a») em «d»\nCooperado: «mc»\n\nDescrição: «desc»\n\n--- perfil (GET /api/v3/cooperados/«id») ---\n",
          tk=tk, mc=g.masked_cpf(), cat=g.pick(["Acesso/senha", "Extrato de leite", "Pix/pagamentos", "Cadastro"]), lg=login(att), a=P(att.full),
          d=g.stamps(1, 1, "br", start=(opened := g.day(2025, 2026)))[0], id=g.d(6),
          desc=g.pick(["cooperado diz que não recebe o código por SMS desde que trocou de número", "pagamento da entrega de soja caiu em conta errada",
                       "não aparece a propriedade nova no app", "pediu para incluir a esposa como autorizada"]))
    props = []
    for _ in range(g.ri(1, 2)):
        props.append({"denominacao": g.farm(), "car": g.car(uf), "area_ha": round(g.ri(50, 9000) / 10, 1), "condicao": g.pick(["proprietario", "arrendatario", "parceiro"])})
    pay = {"banco": g.pick(BANKS)[0], "agencia": (g.agency(False), "BANK_ACCOUNT"), "conta": (g.account(), "BANK_ACCOUNT")}
    if g.chance(0.5):
        pay["pix"] = {"tipo": "EVP", "chave": (g.uuid(), "PIX_KEY")}
    obj = {"matricula": g.d(5), "nome": P(m.full), "cpf": (g.cpf("raw"), "BR_CPF"), "nascimento": (g.dob("iso", 1950, 2001), "DATE_OF_BIRTH"),
           "email": (g.email(m), "EMAIL_ADDRESS"), "celular": (g.phone("e164"), "PHONE_NUMBER"),
           "endereco": {"logradouro": (g.rural(), "ADDRESS") if g.chance(0.7) else (g.street(), "ADDRESS"), "localidade": g.pick(LOCALIDADES),
                        "municipio": city, "uf": uf, "cep": (g.cep(False), "BR_CEP")},
           "pagamento": pay, "propriedades": props,
           "autorizados": [{"nome": P(sp.full), "cpf": (g.cpf("raw"), "BR_CPF"), "vinculo": "conjuge"},
                           {"nome": P(kid.full), "cpf": (g.cpf("raw"), "BR_CPF"), "vinculo": "filho" if not kid.female else "filha",
                            "nascimento": (g.dob("iso", 1999, 2007), "DATE_OF_BIRTH")}][: g.ri(1, 2)],
           "dispositivos": [{"modelo": g.pick(["SM-A155M", "moto g54", "Redmi Note 13", "iPhone 12"]), "ip": (g.ip(), "IP_ADDRESS"),
                             "ultimo_acesso": s} for s in g.stamps(g.ri(1, 2), 20, "iso", start=g.after(opened, -30, -21))],
           "tecnico_responsavel": {"nome": P(g.person().full), "registro": (g.council("CREA", uf), "PROFESSIONAL_ID")},
           "situacao": g.pick(["ATIVO", "ATIVO", "BLOQUEADO_APP"])}
    jval(doc, obj)
    doc.f("\n\nNota do atendimento («a»): ", a=P(att.first))
    doc.f(g.pick(["Liguei no fixo da propriedade («t»); quem atendeu foi «kr», «k», que confirmou a troca do celular. Reenviei o código.\n",
                  "Cooperad«o» veio na unidade com o RG. Conferi a conta com o comprovante do banco; a anterior era do cunhado, «c». Fixo: «t».\n",
                  "Incluíd«so» «s» como autorizad«so». Expliquei que precisa assinar o termo na unidade. Contato: «t».\n"]),
          t=(g.phone("par", mobile=False), "PHONE_NUMBER"), kr="a filha" if kid.female else "o filho", k=P(kid.first), o=m.o,
          c=P(g.person(female=False).first), so=sp.o, s=P(sp.first))
    return doc


def at_pesagem(g: Gen) -> Doc:
    """Reprint of weighing tickets at a grain receiving unit and the producer's complaint about discounts."""
    doc = Doc()
    arm = g.pick(ARMAZENS)
    city, uf = g.city()
    prod = g.person(era=g.pick(["mid", "old"]))
    clas = g.person()
    bal = g.person()
    crop = g.pick(["SOJA", "MILHO", "TRIGO", "FEIJÃO CARIOCA"])
    farm = g.farm()
    day = g.day(2025, 2026)
    doc.f("«a» — CNPJ «cj»\n«u» — balança rodoviária nº «b»\nREIMPRESSÃO DE TICKETS — solicitada por «lg»\n", a=arm.upper(), cj=(g.any_cnpj(), "BR_CNPJ"),
          u=g.pick(["Unidade " + city, "Filial " + g.pick(LINHAS), "Posto de Recebimento " + g.pick(LOCALIDADES)]), b=g.ri(1, 4), lg=login(bal))
    for i in range(g.pick([1, 1, 2])):
        drv = g.person(female=g.chance(0.1))
        hm = f"{g.ri(6, 22):02d}:{g.ri(0, 59):02d}"
        bruto = g.ri(28000, 57000)
        tara = g.ri(12000, 18000)
        um = g.ri(145, 220) / 10
        imp = g.ri(5, 30) / 10
        doc.t("\n" + "=" * 58 + "\n")
        doc.f("TICKET Nº «tk»   ENTRADA «d» «hm»   PRODUTO: «cr»\n", tk=g.d(6), d=dbr(day), hm=hm, cr=crop)
        doc.f("Produtor.....: «n»\nCPF.........: «c»   IE produtor: «ie»\nPropriedade.: «f» («loc»)\n",
              n=P(g.pick([prod.caps_fold, prod.caps_fold, prod.inverted])), c=(g.cpf(), "BR_CPF"), ie=g.ie_prod(), f=farm.upper(),
              loc=g.pick(LOCALIDADES))
        doc.f("Placa cavalo: «p1»   Placa carreta: «p2»\nMotorista...: «m»   CNH: «cnh»\n", p1=(g.plate(), "LICENSE_PLATE"),
              p2=(g.plate(), "LICENSE_PLATE") if g.chance(0.7) else V("—"), m=P(drv.caps_fold), cnh=(g.cnh(), "BR_CNH"))
        desc_u = max(0.0, round((um - 14.0) * 1.5, 2))
        liq = int((bruto - tara) * (1 - (desc_u + max(0, imp - 1)) / 100))
        doc.f("Peso bruto: «b» kg  Tara: «t» kg  Líquido s/ desc.: «l» kg\nUmidade: «u»%  Impureza: «i»%  Desc. umidade: «du»%  "
              "Líquido final: «lf» kg (= «sc» sc)\nNF-e produtor: «nf»\nChave: «ch»\nBalanceiro: «bl»   Classificador: «cl»\n",
              b=f"{bruto:,}".replace(",", "."), t=f"{tara:,}".replace(",", "."), l=f"{bruto - tara:,}".replace(",", "."),
              u=f"{um:.1f}".replace(".", ","), i=f"{imp:.1f}".replace(".", ","), du=f"{desc_u:.2f}".replace(".", ","),
              lf=f"{liq:,}".replace(",", "."), sc=f"{liq / 60:.2f}".replace(".", ","), nf=g.d(6), ch=g.nfe_key(),
              bl=V(login(bal)) if g.chance(0.5) else P(g.pick([bal.short, bal.caps_fold])), cl=P(g.pick([clas.short, clas.first.upper()])) if g.chance(0.5) else V(slug(clas.first)[:1].upper() + slug(clas.last)[:1].upper() + g.d(2)))
    doc.t("=" * 58 + "\n\n")
    doc.f("De: «n» <«e»>\nPara: recebimento.«cy»@«dm»\nCc: «ce»\nAssunto: desconto de umidade — tickets do dia «d»\n\n",
          n=P(prod.full), e=(g.email(prod), "EMAIL_ADDRESS"), cy=slug(city)[:10], dm=dom_of(arm), ce=(corp_mail(clas, dom_of(arm)), "EMAIL_ADDRESS"),
          d=dbr(day))
    doc.f("«cl», boa tarde. A minha colheitadeira mediu «u»% e vocês descontaram bem mais. O caminhão ficou 4 horas na fila no sol. "
          "Quero a amostra guardada pra contraprova. Se não resolver vou entregar o resto para a concorrência («o»). Meu telefone é «t».\n«f»\n",
          cl=P(clas.first), u=f"{g.ri(120, 140) / 10:.1f}".replace(".", ","), o=g.pick([a for a in ARMAZENS if a != arm]).rstrip("."),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), f=farm)
    return doc


def at_stt(g: Gen) -> Doc:
    """Speech-to-text transcript (lower case, no accents) of a call to a cooperative's member hotline."""
    doc = Doc()
    coop = g.pick(COOPS)
    cs = fold(coop_short(coop)).lower()
    att = g.person(era=g.pick(["mid", "young"]))
    p = g.person(era=g.pick(["old", "mid"]))
    agr = g.person()
    lo = lambda s: fold(s).lower()  # noqa: E731
    doc.f("[transcricao automatica — central do cooperado — «c» — ligacao «id» — «d» — duracao 00:«mm»:«ss» — ramal «r»]\n\n",
          c=cs, id=g.hexs(8), d=g.stamps(1, 1, "br")[0], mm=f"{g.ri(3, 12):02d}", ss=f"{g.ri(0, 59):02d}", r=g.ri(200, 299))
    A, C = "atendente: ", "cooperado: " if not p.female else "cooperada: "
    doc.f(A + "«c» bom dia «a» falando em que posso ajudar\n", c=cs, a=P(lo(att.first)))
    doc.f(C + "bom dia aqui e «n» da «l» o caminhao do leite nao passou ontem nem hoje e o tanque ta cheio\n",
          n=P(lo(g.pick([p.full, p.short, p.first + " " + p.last]))), l=lo(g.pick(LINHAS)))
    doc.f(A + "vou verificar o senhor me confirma o cpf\n".replace("o senhor", "a senhora" if p.female else "o senhor") + C + "«cpf»\n",
          cpf=(g.cpf(g.pick(["sp", "raw"])), "BR_CPF"))
    doc.f(A + "e a data de nascimento\n" + C + "«dob»\n", dob=(g.dob(g.pick(["lowlong", "br", "nopad"]), 1945, 1990), "DATE_OF_BIRTH"))
    doc.f(A + "achei aqui a rota «rt» o motorista registrou que a ponte da estrada estava interditada\n" + C +
          "que ponte nada a ponte ta boa passei de carro agora o endereco e «ad» do lado do pavilhao da comunidade\n",
          rt=g.d(3), ad=(g.rural(style="stt", farm=False), "ADDRESS"))
    doc.f(A + "certo vou abrir uma ocorrencia protocolo «pr» e o senhor perde o leite de ontem\n".replace("o senhor", "a senhora" if p.female else "o senhor") +
          C + "perde nao sao «lt» litros quem paga isso e a terceira vez que o caminhao nao passa\n",
          pr=" ".join([g.d(4), g.d(4), g.d(3)]), lt=g.ri(300, 2400))
    doc.f(A + "eu entendo vou pedir pro tecnico «t» ligar pro senhor hoje qual o melhor telefone\n".replace("pro senhor", "pra senhora" if p.female else "pro senhor") +
          C + "«ph» ou o fixo da casa «ph2» falar com a «w»\n",
          t=P(lo(g.pick([agr.first, agr.short]))), ph=(g.phone("stt"), "PHONE_NUMBER"), ph2=(g.phone("stt", mobile=False), "PHONE_NUMBER"),
          w=g.pick(["patroa", "minha filha", "nora"]) if not p.female else g.pick(["minha filha", "nora", "menina"]))
    doc.f(A + "anotado e o cep da propriedade pra nota fiscal do resfriador continua «cep»\n" + C + "isso\n",
          cep=((c8 := g.cep(False))[:5] + " " + c8[5:], "BR_CEP") if g.chance(0.5) else (g.cep(False), "BR_CEP"))
    doc.f(A + "perfeito seu «x» mais alguma coisa\n".replace("seu", "dona" if p.female else "seu") + C +
          "so isso seria prudente voces avisarem antes quando a rota mudar\n", x=P(lo(p.first)))
    if g.chance(0.5):
        doc.f(C + "ah e a parcela do resfriador na loja pode passar no cartao «cd» vence em «v»\n" + A + "vou transferir pro financeiro eles "
              "nao podem anotar cartao aqui na central por seguranca\n", cd=(g.card(True), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d} {g.ri(27, 33)}")
    doc.t(A + "pode deixar tenha um bom dia\n[fim da transcricao — confianca media 0," + g.d(2) + "]\n")
    return doc


def at_ata(g: Gen) -> Doc:
    """Minutes of a cooperative's ordinary general assembly, with the elected board qualified and the attendance extract."""
    doc = Doc()
    coop = g.pick(COOPS)
    city, uf = g.city()
    pres = g.person(era="mid")
    secr = g.person(era=g.pick(["mid", "young"]))
    d = g.day(2025, 2026)
    n = g.ri(40, 380)
    doc.f("ATA Nº «na» DA ASSEMBLEIA GERAL ORDINÁRIA DA «c» — CNPJ «cj» — NIRE «ni»\n\n", na=g.ri(30, 90), c=fold(coop).upper(),
          cj=(g.cnpj(), "BR_CNPJ"), ni=g.d(3) + "." + g.d(5) + "." + g.d(3))
    doc.f("Aos «dd» dias do mês de «mm» de «yy», às «hh» horas, em terceira convocação, no salão da «loc», interior de «cy»/«uf», reuniram-se «n» "
          "cooperados, conforme livro de presenças, sob a presidência de «p», secretariados pel«so» secretári«so» do Conselho. ",
          dd=d.day, mm=MONTHS[d.month - 1], yy=d.year, hh=g.ri(8, 19), loc=g.pick(LOCALIDADES), cy=city, uf=uf, n=n, p=P(pres.full), so=secr.o)
    doc.f("Lido o edital, passou-se à ordem do dia: (1) prestação de contas do exercício, com parecer favorável do Conselho Fiscal e do "
          "contador responsável («crc»); aprovada por maioria, com «ab» abstenções; (2) destinação das sobras: «pc»% ao FATES e o restante "
          "creditado em conta capital; (3) eleição do Conselho de Administração.\n\n",
          crc=(g.council("CRC", uf), "PROFESSIONAL_ID"),
          ab=g.ri(0, 12), pc=g.pick([5, 10, 15]))
    inter = g.person(era="old")
    doc.f("Com a palavra, «ao» cooperad«ao» «i» reclamou do preço do leite e do atraso da coleta na «l»; a presidência respondeu que seria prudente "
          "aguardar o novo contrato com «lat».\n\n",
          ao=inter.o, i=P(inter.full), l=g.pick(LINHAS), lat=g.pick(LATICINIOS).rstrip("."))
    doc.t("Eleita por aclamação a chapa única «Esperança no Campo», assim qualificada:\n")
    for cargo in ["Presidente", "Vice-presidente"]:
        p = pres if cargo == "Presidente" else g.person(era="mid")
        doc.f("«cg»: ", cg=cargo)
        qualif(g, doc, p, spouse=g.spouse(p) if g.chance(0.5) else None, dob=g.chance(0.4), cep=g.chance(0.5), city=(city, uf))
        doc.t(";\n")
    doc.f("\nNada mais havendo, lavrou-se a presente ata, que vai assinada pelo presidente e pel«o» secretári«o».\n\n«p»  _______________\n\n"
          "EXTRATO DA LISTA DE PRESENÇA (fls. «fl»; «n» assinaturas)\n", o=secr.o, p=P(pres.caps_fold), fl=g.ri(10, 99), n=n)
    for _ in range(g.ri(1, 2)):
        q = g.person(era=g.pick(["old", "mid", "young"]))
        doc.f("«m»  «n»  «sig»\n", m=g.d(5), n=P(g.pick([q.caps_fold, q.full, q.caps_fold])), sig=g.pick(["(assinado)", "(a rogo)", "(digital)", "(assinado)", "_____"]))
    return doc


AT = [at_grupo, at_cadastro, at_sindicato, at_app, at_pesagem, at_stt, at_ata]

# =========================================================================== juridico


def sign_block(g: Gen, doc: Doc, p: Person, role: str, cpf: str | None = None) -> None:
    doc.f("\n_______________________________\n«n»\n«r»", n=P(g.pick([p.caps_fold, p.caps, p.full])), r=role)
    if cpf:
        doc.f(" — CPF «c»", c=(cpf, "BR_CPF"))
    doc.t("\n")


def ju_cedula(g: Gen) -> Doc:
    """A rural credit note (cédula rural) with guarantors, the spouse's consent, pledges and witnesses."""
    doc = Doc()
    city, uf = g.city()
    bank = g.pick(CRED)
    em = g.person(era=g.pick(["mid", "old"]))
    sp = g.spouse(em) if g.chance(0.7) else None
    kind = g.pick(["CÉDULA RURAL PIGNORATÍCIA", "CÉDULA RURAL PIGNORATÍCIA E HIPOTECÁRIA", "CÉDULA RURAL HIPOTECÁRIA", "CÉDULA DE CRÉDITO RURAL"])
    line = g.pick(["PRONAF Custeio", "PRONAF Mais Alimentos", "PRONAMP Custeio", "Crédito Rural — recursos obrigatórios", "PRONAF Agroecologia"])
    crop = g.pick(CULTURAS)
    sig = g.day(2025, 2025)
    venc = g.after(sig, 300, 700)
    doc.f("«k» Nº «n»\n«l» — Safra «s»\nVencimento: «v»      Valor: R$ «val»\nPraça de pagamento: «cy»/«uf»\n\nEMITENTE: ",
          k=kind, n=f"{g.d(2)}/{g.d(5)}-{g.d(1)}", l=line, s="2025/2026", v=dbr(venc), val=g.money(15000, 450000), cy=city, uf=uf)
    cpf_em = qualif(g, doc, em, spouse=sp, dob=g.chance(0.3), city=(city, uf), cep=g.chance(0.4), email=g.chance(0.3))
    doc.f(".\n\nFINANCIADOR: «b», CNPJ «cj», por sua agência de «cy».\n\n", b=bank, cj=(g.any_cnpj(), "BR_CNPJ"), cy=city)
    farm = g.farm()
    doc.f("FINALIDADE: custeio de «a» ha de «cr» no imóvel rural denominado «f», situado na «loc», município de «cy», matrícula nº «m» do Registro de "
          "Imóveis local, CCIR «cc», CAR «car», conforme orçamento elaborado pela assistência técnica («crea»), ART nº «art».\n\n",
          a=str(g.ri(5, 400)) + "," + g.d(1), cr=crop, f=farm, loc=g.pick(LOCALIDADES + LINHAS), cy=city, m=f"{g.ri(1, 40)}.{g.d(3)}", cc=g.ccir(),
          car=g.car(uf), crea=(g.council("CREA", uf), "PROFESSIONAL_ID"), art=g.art())
    doc.f("FORMA DE UTILIZAÇÃO: crédito na conta de depósitos nº «cc» da agência «ag», de titularidade do emitente, em «p» conforme "
          "cronograma anexo.\n\nENCARGOS: taxa efetiva de «tx»% a.a., nos termos do Manual de Crédito Rural (MCR 7-1) e do Decreto-Lei 167/1967; "
          "adesão ao Proagro «pg».\n\n", cc=(g.account(), "BANK_ACCOUNT"), ag=(g.agency(), "BANK_ACCOUNT"), p=g.pick(["parcela única", "2 parcelas", "3 parcelas"]),
          tx=g.pick(["3,00", "5,00", "8,00", "10,50", "12,00"]), pg=g.pick(["Mais", "tradicional"]))
    doc.f("GARANTIAS: (a) penhor cedular de primeiro grau da lavoura financiada, com produção estimada de «sc» sacas; ", sc=g.kg(800, 40000))
    if g.chance(0.6):
        doc.f("(b) penhor de «mq», chassi «ch», ano «an»; ", mq=g.pick(["trator Massey Ferguson 4275", "trator Valtra A950", "trator John Deere 5078E",
                                                                       "colheitadeira New Holland TC5070", "plantadeira Jumil 3060"]),
              ch=f"{g.pick(['9BW', 'JD1', 'NHC', 'VLT'])}{g.hexs(6, True)}{g.d(5)}", an=g.ri(2008, 2024))
    if g.chance(0.5):
        doc.f("(c) alienação fiduciária da caminhonete «mo», placa «pl», Renavam «rn»; ", mo=g.pick(["Toyota Hilux", "Ford Ranger", "Fiat Strada", "Chevrolet S10"]),
              pl=(g.plate(), "LICENSE_PLATE"), rn=g.neg(11))
    if "HIPOTECÁRIA" in kind:
        doc.f("hipoteca cedular de primeiro grau do imóvel acima descrito, com «ha» ha; ", ha=g.ri(5, 300))
    doc.t("e aval prestado pelos avalistas abaixo.\n\nAVALISTAS:\n")
    avs = []
    for i in range(g.pick([1, 1, 2])):
        av = g.person()
        avs.append(av)
        doc.f("«i») ", i=i + 1)
        cpf_av = qualif(g, doc, av, spouse=g.spouse(av) if g.chance(0.5) else None, city=(city, uf), phone=g.chance(0.3))
        doc.t(".\n")
        avs[-1] = (av, cpf_av)
    if sp:
        doc.f("\nINTERVENIENTE ANUENTE: o cônjuge do emitente, acima nomeado, CPF «c», que declara conhecer e consentir com as garantias ora "
              "constituídas.\n", c=(g.cpf(), "BR_CPF"))
    doc.f("\n«cy», «d».\n", cy=city, d=dbr(sig, "long"))
    sign_block(g, doc, em, "Emitente", cpf_em if g.chance(0.6) else None)
    for av, cpf_av in avs:
        sign_block(g, doc, av, "Avalista", cpf_av if g.chance(0.5) else None)
    doc.t("\nTestemunhas:\n")
    for i in range(g.pick([1, 2])):
        w = g.person()
        doc.f("«i». «n» — CPF «c»\n", i=i + 1, n=P(w.full), c=(g.cpf(), "BR_CPF"))
    doc.f("\nRegistrada no Registro de Imóveis de «cy» sob o nº R-«r»/«m», Livro 3-Registro Auxiliar, em «d». Selo «se».\n", cy=city,
          r=g.ri(1, 30), m=g.d(5), d=dbr(g.after(sig, 2, 20)), se=f"{g.hexs(4, True)}.{g.d(5)}.{g.hexs(5, True)}")
    return doc


def ju_usucapiao(g: Gen) -> Doc:
    """An initial petition of special rural adverse possession (usucapião especial rural) with neighbours and witnesses."""
    doc = Doc()
    city, uf = g.city()
    a = g.person(era=g.pick(["mid", "old"]))
    b = g.spouse(a, era="mid")
    owner = g.person(era="old")
    adv = g.person()
    since = g.ri(1988, 2012)
    farm = g.farm()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» DA COMARCA DE «cy» — «uf»\n\n\n",
          v=g.pick(["VARA CÍVEL", "VARA ÚNICA", "1ª VARA CÍVEL", "VARA AGRÁRIA"]), cy=fold(city).upper(), uf=uf)
    home = g.rural(farm=g.chance(0.5))
    qualif(g, doc, a, civ="casad" + a.o, city=(city, uf), addr=home)
    doc.t(", e ")
    qualif(g, doc, b, civ="casad" + b.o, city=(city, uf), addr=home, caps=True)
    doc.f(", casados entre si, por seu advogado que esta subscreve (procuração anexa), com endereço profissional na «ea», e-mail «em», vêm, "
          "respeitosamente, propor\n\nAÇÃO DE USUCAPIÃO ESPECIAL RURAL\n(art. 191 da Constituição Federal, art. 1.239 do Código Civil e Lei 6.969/1981)\n\n"
          "em face de «o», proprietário registral, ou de seu espólio, e de eventuais interessados incertos, pelos fatos e fundamentos a seguir.\n\n",
          ea=f"Rua {g.pick(STREET_NAMES)}, {g.ri(10, 2000)}, sala {g.ri(1, 30)}", em=(g.email(adv, g.pick([None, "adv.br", None])), "EMAIL_ADDRESS"),
          o=P(owner.caps_fold))
    doc.f("I — DOS FATOS\nDesde «y» os autores exercem posse mansa, pacífica e ininterrupta, com animus domini, sobre área de «ha» hectares destacada do imóvel "
          "denominado «f», matrícula nº «m» do Registro de Imóveis de «cy», onde residem com os filhos e cultivam «c1» e «c2», além de criação de galinhas e "
          "de «n» cabeças de gado. A área foi adquirida por contrato particular (\"de gaveta\") de antigo posseiro, que por sua vez a comprara do titular registral, "
          "falecido em «yo» sem abertura de inventário (processo de arrolamento nº «cnj» arquivado). Os autores não são proprietários de outro imóvel "
          "rural ou urbano (certidões anexas) e a área não excede 50 hectares.\n\n",
          y=since, ha=str(g.ri(3, 49)) + "," + g.d(2), f=farm, m=f"{g.ri(1, 30)}.{g.d(3)}", cy=city, c1=g.pick(["feijão", "milho", "mandioca", "fumo"]),
          c2=g.pick(["hortaliças", "café", "banana", "erva-mate"]), n=g.ri(3, 40), yo=g.ri(1995, 2015), cnj=g.cnj())
    doc.t("II — DOS CONFRONTANTES (para citação)\n")
    rows = []
    for rumo in ["Norte", "Sul", "Leste", "Oeste"]:
        k = g.rng.random()
        if k < 0.4:
            c = g.person(era=g.pick(["old", "mid"]))
            rows.append([V(rumo), P(c.full), (g.rural(farm=g.chance(0.4)), "ADDRESS")])
        elif k < 0.8:
            rows.append([V(rumo), V(g.pick(ESTRADAS) + " (domínio público)"), V("Município de " + city)])
        else:
            rows.append([V(rumo), V(g.pick(["Sanga do Leão", "Rio Branco", "Arroio Bento", "Córrego da Aurora", "Lajeado Flores"])), V("—")])
    table_ruled(doc, ["Rumo", "Confrontante", "Endereço"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.f("\nIII — DA PLANTA E DO MEMORIAL\nPlanta e memorial descritivo elaborados por agrimensor habilitado («crea»), ART nº «art», com vértices em SIRGAS 2000 "
          "(P1: E «e» m / N «nn» m), georreferenciados conforme a Lei 10.267/2001.\n\n",
          crea=(g.council("CREA", uf), "PROFESSIONAL_ID"), art=g.art(),
          e=f"{g.ri(200, 799)}.{g.d(3)},{g.d(2)}", nn=f"{g.ri(6, 9)}.{g.d(3)}.{g.d(3)},{g.d(2)}")
    doc.t("IV — DO ROL DE TESTEMUNHAS\n")
    for i in range(2):
        w = g.person(era=g.pick(["old", "mid"]))
        doc.f("«i». «n», «pf», residente na «ad», «loc», telefone «t»;\n", i=i + 1, n=P(w.full), pf=g.pick(["agricultor" + ("a" if w.female else ""), "aposentad" + w.o, "comerciante", "professor" + ("a" if w.female else "")]),
              ad=(g.rural(farm=g.chance(0.3)), "ADDRESS"), loc=g.pick(LOCALIDADES), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\nV — DOS PEDIDOS\nRequerem a citação do réu e dos confrontantes, a intimação das Fazendas Públicas e do Ministério Público, a gratuidade da "
          "justiça (art. 98 do CPC) e, ao final, a declaração do domínio em favor dos autores. Valor da causa: R$ «v».\n\n«cy», «d».\n\n«ad»\n«oab»\n",
          v=g.money(20000, 400000), cy=city, d=g.date("long"), ad=P(adv.caps_fold), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_safra(g: Gen) -> Doc:
    """A fixed-term rural employment contract for a harvest (contrato de safra, Lei 5.889/1973)."""
    doc = Doc()
    city, uf = g.city()
    emp = g.person(era=g.pick(["mid", "old"]))
    origin = g.pick(["pt", "pt", "pt", "ht", "ve", "py", "bo", "in"])
    w = g.person(origin=origin, era=g.pick(["young", "mid"]))
    crop = g.pick(["café", "laranja", "maçã", "uva", "fumo", "cana", "erva-mate", "tomate"])
    farm = g.farm()
    doc.f("CONTRATO DE TRABALHO RURAL POR PRAZO DETERMINADO — SAFRA DE «cr» «y»\n(Lei 5.889/1973, art. 14; Decreto 10.854/2021; NR-31)\n\n",
          cr=crop.upper(), y=g.ri(2025, 2026))
    doc.t("EMPREGADOR: ")
    doc.f("«n», produtor rural pessoa física, CPF «c», CAEPF «ca», proprietário do imóvel «f», «loc», município de «cy»/«uf», telefone «t».\n\n",
          n=P(emp.caps_fold), c=(g.cpf(), "BR_CPF"), ca=g.caepf(), f=farm, loc=g.pick(LOCALIDADES), cy=city, uf=uf, t=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("EMPREGAD«oo»: «n», ", oo=w.o.upper(), n=P(w.caps_fold))
    if origin == "pt" or origin == "in":
        doc.f("brasileir«o», nascid«o» em «dob», RG «rg», CPF «c», PIS/NIT «pis», CTPS digital, ", o=w.o, dob=(g.dob("br", 1965, 2006), "DATE_OF_BIRTH"),
              rg=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"))
    else:
        nat_ = {"ht": "haitian", "ve": "venezuelan", "py": "paraguai", "bo": "bolivian"}[origin] + w.o
        doc.f("«na», nascid«o» em «dob», RNM «rnm», CPF «c», NIT «pis», CTPS digital, ", na=nat_, o=w.o, dob=(g.dob("br", 1975, 2005), "DATE_OF_BIRTH"),
              rnm=f"{g.pick('FGV')}{g.d(6)}-{g.d(1)}", c=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"))
    home = g.street() if g.chance(0.6) else g.rural()
    doc.f("residente na «ad», «b», «cy2»/«uf2», CEP «cep», celular «t».\n\n", ad=(home, "ADDRESS"),
          b=g.pick(BAIRROS + LOCALIDADES), cy2=(c2 := g.city())[0], uf2=c2[1], cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    pay_pix = g.chance(0.5)
    doc.f("CLÁUSULA 1ª — O empregado prestará serviços de «fn» na colheita de «cr», de «d1» até o término da safra, no máximo até «d2».\n"
          "CLÁUSULA 2ª — Remuneração: «rem», paga até o 5º dia útil, ", fn=g.pick(["colhedor", "apanhador", "safrista", "auxiliar de colheita"]), cr=crop,
          d1=dbr(start := g.day(2025, 2026)), d2=dbr(g.after(start, 90, 240)), rem=g.pick([f"R$ {g.money(1520, 1900)} mensais + R$ {g.money(3, 9)} por caixa acima de 60 caixas/dia",
                                                        f"salário mínimo + produção (R$ {g.money(10, 25)} por saca de 60 litros)",
                                                        f"R$ {g.money(90, 160)} por diária"]))
    if pay_pix:
        doc.f("por Pix na chave aleatória «k», de titularidade do empregado.\n", k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("por depósito na conta «cc», agência «ag», «b», de titularidade do empregado.\n", cc=(g.account(), "BANK_ACCOUNT"), ag=(g.agency(), "BANK_ACCOUNT"),
              b=g.pick(BANKS)[1])
    doc.t("CLÁUSULA 3ª — Moradia no alojamento da propriedade, sem desconto (art. 9º da Lei 5.889/1973); alimentação descontada em até 25% do salário-mínimo.\n"
          "CLÁUSULA 4ª — O empregador fornecerá EPI (luvas, perneira, chapéu, óculos) e treinamento; é vedado o trabalho na área nas 48 horas seguintes a "
          "aplicação de agrotóxicos.\nCLÁUSULA 5ª — Ao término, o empregado fará jus à indenização de 1/12 do salário por mês de serviço (art. 14).\n")
    if g.chance(0.5):
        fam = g.person(female=True, origin=origin if origin != "in" else "pt")
        doc.f("CLÁUSULA 6ª — Contato em caso de acidente: «n» («r»), telefone «t».\n", n=P(fam.full), r=g.pick(["esposa", "companheira", "mãe", "irmã"]),
              t=(g.phone(g.pick(["plus", "par"])) if origin == "pt" else g.phone("plus"), "PHONE_NUMBER"))
    doc.f("\n«cy», «d».\n", cy=city, d=dbr(g.after(start, -7, -1), "long"))
    sign_block(g, doc, emp, "Empregador")
    sign_block(g, doc, w, "Empregado" if not w.female else "Empregada")
    if g.chance(0.4):
        doc.t("(assinatura a rogo — empregado não alfabetizado; impressão digital colhida)\n")
    doc.t("Testemunhas:\n")
    for _ in range(2):
        t = g.person()
        doc.f("«n», RG «rg»\n", n=P(g.pick([t.full, t.short])), rg=(g.rg(), "BR_RG"))
    return doc


def ju_autodecl(g: Gen) -> Doc:
    """An OCR'd scan of the INSS self-declaration of a special insured rural worker, ratified by the rural union."""
    doc = Doc()
    city, uf = g.city()
    s = g.person(era="old")
    sp = g.spouse(s, era="old")
    kids = [g.child(s, era=g.pick(["mid", "young"])) for _ in range(g.ri(1, 2))]
    pres = g.person()
    o = lambda x: ocr(x, g, 0.3)  # noqa: E731
    doc.f("[documento digitalizado — OCR — «pg» páginas — «fn»]\n\n", pg=g.ri(2, 4), fn=f"SCAN_{g.d(8)}.pdf")
    doc.t(o("ANEXO I — AUTODECLARAÇÃO DO SEGURADO ESPECIAL - RURAL") + "\n" + o("(Portaria Conjunta DIRBEN/PFE/INSS — Lei 8.213/1991, art. 38-B)") + "\n\n")
    doc.t(o("1. IDENTIFICAÇÃO DO SEGURADO") + "\n")
    doc.f(o("Nome") + ": «n»     " + o("Apelido") + ": «a»\n", n=P(o(s.caps)), a=P(s.nick if s.nick != s.first else g.pick(RURAL_NICK)))
    doc.f("CPF: «c»    NIT: «nit»    RG: «rg»\n", c=(g.cpf(), "BR_CPF"), nit=(g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"))
    doc.f(o("Data de nascimento") + ": «d»    " + o("Título de eleitor") + ": «t»\n", d=(g.dob(g.pick(["br", "br", "short"]), 1955, 1970), "DATE_OF_BIRTH"),
          t=(g.titulo(), "BR_TITULO_ELEITOR"))
    home = g.rural(farm=g.chance(0.5))
    doc.f(o("Endereço residencial") + ": «ad» — Zona Rural — «cy»/«uf» — CEP «cep»\n\n", ad=(o(home), "ADDRESS"), cy=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.t(o("2. GRUPO FAMILIAR") + "\n")
    rows = [[P(o(sp.caps_fold)), (g.dob("br", 1955, 1972), "DATE_OF_BIRTH"), (g.cpf(), "BR_CPF"), V("cônjuge")]]
    for k in kids:
        rows.append([P(o(k.caps_fold)), (g.dob("br", 1978, 2004), "DATE_OF_BIRTH"), (g.cpf(), "BR_CPF") if g.chance(0.8) else V("—"), V(rel(k, "filho"))])
    table_ruled(doc, ["Nome", "Nascimento", "CPF", "Parentesco"], rows, g.pick(["plain", "pipe"]))
    doc.t("\n" + o("3. PERÍODOS DE ATIVIDADE RURAL") + "\n")
    y = g.ri(1978, 1990)
    for _ in range(2):
        y2 = y + g.ri(4, 14)
        ow = g.person(era="old")
        if g.chance(0.4):
            doc.f("«y1» a «y2» — «f» («loc») — proprietário (imóvel próprio) — ITR/NIRF «nirf»\n", y1=y, y2=min(y2, 2025), f=o(g.farm()),
                  loc=g.pick(LOCALIDADES), nirf=g.nirf())
        else:
            doc.f("«y1» a «y2» — «f» («loc») — «cd» — outorgante: «ow», CPF «c» — ITR/NIRF «nirf»\n", y1=y, y2=min(y2, 2025), f=o(g.farm()),
                  loc=g.pick(LOCALIDADES), cd=g.pick(["meeiro", "parceiro", "comodatário", "arrendatário"]), ow=P(o(ow.caps_fold)),
                  c=(g.cpf(), "BR_CPF"), nirf=g.nirf())
        y = y2
    doc.t("\n" + o("4. ATIVIDADES") + ": " + o(g.pick(["lavoura de feijão, milho e mandioca para consumo e venda do excedente; 2 vacas de leite",
                                                       "fumo em parceria (integração com a fumageira); horta e galinhas",
                                                       "café e banana; diarista na colheita de laranja nos meses de entressafra"])) + "\n\n")
    doc.t(o("Declaro, sob as penas do art. 299 do Código Penal, que as informações são verdadeiras.") + "\n")
    doc.f("«cy», «d».\n", cy=city, d=g.date("br"))
    if g.chance(0.5):
        rog = g.pick(kids)
        doc.f(o("A rogo do segurado, que não sabe assinar") + ": «n», CPF «c»\n", n=P(o(rog.full)), c=(g.cpf(), "BR_CPF"))
    else:
        doc.f("«n»\n", n=P(o(s.full)))
    doc.f("\n" + o("RATIFICAÇÃO — Sindicato dos Trabalhadores Rurais de") + " «cy»: " + o("confere com os documentos apresentados") +
          ". «p», " + o("Presidente") + ".\n", cy=city, p=P(o(pres.full)))
    return doc


def ju_sentenca(g: Gen) -> Doc:
    """A judgment in a possession suit over a right of way between rural neighbours."""
    doc = Doc()
    city, uf = g.city()
    au = g.person(female=False, era=g.pick(["old", "mid"]))
    re_ = g.person(female=False, era="mid")
    judge = g.person()
    a1, a2 = g.person(), g.person()
    farm_re = g.farm()
    farm_au = g.farm()
    d_close = g.day(2023, 2024)
    d_sent = g.after(d_close, 300, 700)
    doc.f("PODER JUDICIÁRIO DO ESTADO DO «uf»\n«v» da Comarca de «cy»\n\nAutos nº «cnj»\nClasse: «cl»\nAutor: «a»\nRéu: «r»\n\nSENTENÇA\n\n",
          uf=uf, v=g.pick(["Vara Única", "1ª Vara Cível", "Vara Cível e Agrária"]), cy=city, cnj=g.cnj(), cl=g.pick(["Manutenção de Posse", "Reintegração / Manutenção de Posse", "Interdito Proibitório"]),
          a=P(au.caps_fold), r=P(re_.caps_fold))
    doc.f("Vistos etc.\n\nO autor, qualificado na inicial (CPF «ca»), residente «pa» «ada», ajuizou ação possessória em face de «r» (CPF «cr»), alegando que há mais de vinte anos "
          "utiliza servidão de passagem pelo imóvel do réu («fr») para acesso da sua propriedade («fa») à «est», por onde escoa a produção de leite e "
          "conduz o gado ao bebedouro. Narrou que em «dc» o réu fechou a porteira com cadeado e derrubou a cerca de divisa.\n\n",
          ca=(g.cpf(), "BR_CPF"), pa=prep(ada := g.rural(farm=g.chance(0.4))), ada=(ada, "ADDRESS"), r=P(re_.full), cr=(g.cpf(), "BR_CPF"), fr=farm_re, fa=farm_au,
          est=g.pick(ESTRADAS + LINHAS), dc=dbr(d_close))
    doc.f("A liminar foi deferida (mov. «m1»). Em contestação, o réu sustentou mera tolerância e ofereceu caminho alternativo pela «alt». "
          "Realizada perícia por engenheiro agrimensor («crea»), que constatou ser o trajeto o único viável em época de chuva.\n\n",
          m1=g.ri(10, 60), alt=g.pick(["várzea", "encosta do morro", "lavoura de soja do vizinho", "Sanga do Leão"]),
          crea=(g.council("CREA", uf), "PROFESSIONAL_ID"))
    doc.f("Em audiência foram ouvidas duas testemunhas do autor e uma do réu. A primeira, vizinha das partes e "
          "moradora «pw» «ad», afirmou que \"o «nk» sempre passou por ali com as vacas, desde o tempo do pai dele\". A testemunha do réu admitiu que a "
          "porteira ficava aberta até a briga por causa da conta de luz do poço.\n\nÉ o relatório. Decido.\n\n",
          pw=prep(adw := g.rural(farm=g.chance(0.3))), ad=(adw, "ADDRESS"),
          nk=P(au.nick if au.nick != au.first else au.first))
    doc.f("A posse de servidão aparente e contínua é protegida pelos interditos (art. 1.213 do Código Civil; Súmula 415 do STF). Presentes os requisitos "
          "do art. 561 do CPC, a procedência se impõe. Não seria prudente, ademais, privar o autor do único acesso durante o período de safra.\n\n"
          "Ante o exposto, JULGO PROCEDENTE o pedido para manter o autor na posse da servidão, confirmando a liminar, sob pena de multa diária de R$ «mu». "
          "Condeno o réu em custas e honorários de 10% sobre o valor da causa (R$ «vc»).\n\n"
          "Advogados: «a1» («o1»), pelo autor; «a2» («o2»), pelo réu.\n\nP.R.I.\n\n«cy», «d».\n\n",
          mu=g.money(200, 2000), vc=g.money(5000, 80000), a1=P(a1.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          a2=P(a2.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"), cy=city, d=dbr(d_sent, "long"))
    doc.f("Documento assinado eletronicamente por «j», Juiz«a» de Direito, em «d», conforme art. 1º, III, «b», da Lei 11.419/2006. "
          "Código de verificação: «cv».\n", j=P(judge.caps_fold), a="a" if judge.female else "", d=g.stamps(1, 1, "brs", start=d_sent)[0], b="b",
          cv=f"{g.hexs(4, True)}.{g.hexs(4, True)}.{g.hexs(4, True)}")
    return doc


def ju_parceria(g: Gen) -> Doc:
    """An agricultural partnership contract (parceria agrícola) with the e-signature platform's log."""
    doc = Doc()
    city, uf = g.city()
    ow = g.person(era="old")
    ows = g.spouse(ow, era="old")
    pa = g.person(era=g.pick(["mid", "young"]), origin=g.pick(["pt", "pt", "it", "de", "jp", "nl", "ua"]))
    farm = g.farm()
    crop = g.pick(CULTURAS)
    pct = g.pick([20, 25, 30, 40, 50])
    sig = g.day(2025, 2026)
    doc.f("CONTRATO DE PARCERIA AGRÍCOLA\n(Lei 4.504/1964 — Estatuto da Terra, art. 96; Decreto 59.566/1966)\n\nPARCEIROS-OUTORGANTES: ")
    cpf_ow = qualif(g, doc, ow, spouse=ows, city=(city, uf), email=g.chance(0.5), cep=g.chance(0.4))
    doc.t(".\n\nPARCEIRO-OUTORGADO: ")
    cpf_pa = qualif(g, doc, pa, spouse=None, city=(city, uf), email=True, phone=g.chance(0.6), dob=g.chance(0.4))
    doc.f(".\n\nCLÁUSULA 1ª — OBJETO: cessão, para exploração de «cr», de «ha» ha do imóvel rural «f», «loc», matrícula «m», CCIR «cc», NIRF «nirf», "
          "CAR «car».\nCLÁUSULA 2ª — PRAZO: «y» safras, de «d1» a «d2» (mínimo legal de 3 anos, art. 96, I).\n"
          "CLÁUSULA 3ª — PARTILHA: «p»% da produção líquida aos outorgantes (art. 96, VI, «al»), entregue em grãos no armazém «ar» ou convertida pelo "
          "preço do dia e depositada na conta «cc2», agência «ag», «bk», de titularidade do outorgante varão.\n",
          cr=crop, ha=g.ri(10, 600), f=farm, loc=g.pick(LOCALIDADES + LINHAS), m=f"{g.ri(1, 40)}.{g.d(3)}", cc=g.ccir(), nirf=g.nirf(), car=g.car(uf),
          y=g.ri(3, 5), d1=dbr(g.after(sig, 10, 60)), d2=dbr(g.after(sig, 1100, 1500)), p=pct, al=g.pick(["a", "b", "c", "d"]), ar=g.pick(ARMAZENS),
          cc2=(g.account(), "BANK_ACCOUNT"), ag=(g.agency(), "BANK_ACCOUNT"), bk=g.pick(BANKS)[1])
    doc.t("CLÁUSULA 4ª — Cabem ao outorgado os insumos, o receituário agronômico e a devolução das embalagens vazias (Lei 14.785/2023); a reserva legal e a "
          "APP não serão cultivadas.\nCLÁUSULA 5ª — Foro da comarca da situação do imóvel.\n\n")
    doc.f("«cy», «d».\n\nTestemunhas: «t1» (CPF «c1») e «t2» (CPF «c2»).\n\n", cy=city, d=dbr(sig, "long"),
          t1=P(g.person().full), c1=(g.cpf(), "BR_CPF"), t2=P(g.person().full), c2=(g.cpf(), "BR_CPF"))
    plat = g.pick(["D4Sign", "Clicksign", "ZapSign", "Autentique", "DocuSign"])
    doc.f("--- Registro de assinaturas («pl») — documento «id» ---\n", pl=plat, id=g.uuid().split("-")[0] + g.hexs(8))
    for p, cpf in [(ow, cpf_ow), (pa, cpf_pa)]:
        st = g.stamps(1, 3, "brs", start=sig)[0]
        doc.f("«st»  «n»  ", st=st, n=P(p.full))
        if cpf:
            doc.f("CPF «c»  ", c=(cpf, "BR_CPF"))
        doc.f("«e»  IP «ip»  «via»\n", e=(p.mail or g.email(p), "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"),
              via=g.pick(["assinou via WhatsApp", "assinou (token SMS)", "assinou (e-mail)", "visualizou e assinou"]))
    return doc


def ju_execucao(g: Gen) -> Doc:
    """E-mails between a cooperative's legal department and its outside counsel about executions of rural credit notes."""
    doc = Doc()
    coop = g.pick(COOPS)
    city, uf = g.city()
    dom = dom_of(coop)
    jur = g.person()
    adv = g.person()
    firm = f"{adv.last} & {g.pick(RARE_SUR + WORD_SUR)} Advogados Associados"
    d0 = g.day(2025, 2026)
    doc.f("De: «a» <«ae»>\nPara: «je»\nCc: juridico@«dom»\nData: «d»\nAssunto: Carteira de execuções — CCRs vencidas — posição\n\n",
          a=P(adv.full), ae=(corp_mail(adv, dom_of(firm)), "EMAIL_ADDRESS"), je=(corp_mail(jur, dom), "EMAIL_ADDRESS"), dom=dom,
          d=dbr(d0, "br") + f" {g.ri(8, 18)}:{g.ri(10, 59)}")
    doc.f("Prezad«o», bom dia.\nSegue a posição das execuções de cédulas rurais da «c»:\n\n", o=jur.o, c=coop_short(coop))
    rows = []
    debtors = []
    for _ in range(g.pick([2, 2, 3])):
        dv = g.person(era=g.pick(["mid", "old"]))
        av = g.person()
        debtors.append(dv)
        rows.append([V(g.cnj()), P(g.pick([dv.full, dv.caps_fold])), (g.cpf(), "BR_CPF"), P(av.full) if g.chance(0.4) else V("—"),
                     V("R$ " + g.money(30000, 900000)), V(g.pick(["citado; prazo de embargos", "embargos à execução — perícia", "penhora de safra deferida",
                                                               "acordo homologado (5 parcelas)", "SISBAJUD negativo", "aguardando citação por edital"]))])
    table_md(doc, ["Processo", "Devedor", "CPF", "Avalista", "Valor", "Situação"], rows)
    dv = g.pick(debtors)
    doc.f("\nObservações:\n- «d»: o SISBAJUD bloqueou R$ «v» na conta «cc», agência «ag» do «b»; ele alega ser conta da aposentadoria da «m», impenhorável.\n",
          d=P(dv.short), v=g.money(200, 40000), cc=(g.account(), "BANK_ACCOUNT"), ag=(g.agency(), "BANK_ACCOUNT"), b=g.pick(BANKS)[1],
          m=g.pick(["esposa", "mãe"]))
    doc.f("- Penhorada a caminhonete placa «pl» (RENAJUD); o trator (chassi «ch») está em nome do filho.\n", pl=(g.plate(), "LICENSE_PLATE"),
          ch=f"{g.pick(['JD1', 'NHC', 'VLT', 'MF4'])}{g.hexs(5, True)}{g.d(6)}")
    doc.f("- O avalista do processo «cnj» faleceu; pediremos a habilitação do espólio (inventariante: a viúva, CPF «c»).\n\n", cnj=g.cnj(),
          c=(g.cpf(), "BR_CPF"))
    doc.f("Abraço,\n«a»\n«oab»\n«firm»\n«t»\n\n", a=P(adv.short), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), firm=firm,
          t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    doc.f("---\nDe: «j» <«je»>\nData: «d»\n\nDr«a». «as», obrigad«o». Sobre o bloqueio: o gerente do posto confirma que a conta recebe só o benefício do INSS "
          "— melhor não insistir. Vou pedir ao técnico da unidade o laudo da safra penhorada.\nDepartamento Jurídico — «c»\n«t»\n",
          j=P(jur.full), je=(corp_mail(jur, dom), "EMAIL_ADDRESS"), d=dbr(g.after(d0, 1, 3)), a="a" if adv.female else "", **{"as": P(adv.last)}, o="a" if jur.female else "o", c=coop_short(coop),
          t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


JU = [ju_cedula, ju_usucapiao, ju_safra, ju_autodecl, ju_sentenca, ju_parceria, ju_execucao]

# =========================================================================== saude

HOSPITAIS = ["Hospital São Bento", "Hospital Regional do Oeste", "Hospital Santa Rosa de Lima", "Santa Casa de Misericórdia",
             "Hospital Municipal Prudente de Morais", "Hospital Regional Dr. Gumercindo Taborda", "Hospital Nossa Senhora da Glória",
             "Hospital e Maternidade Aurora", "UPA 24h", "Hospital Beneficente Bento Ramlow"]


MECHS = [("CAPOTAMENTO DE TRATOR EM TERRENO INCLINADO", "V86.9", "DOR TORACICA A ESQUERDA, CREPITACAO EM ARCOS COSTAIS.",
          "TRATOR SEM PLACA (MF 265, ANO 1987), SEM ARCO DE PROTECAO", "LAVOURA"),
         ("QUEDA DE CAVALO DURANTE MANEJO DE GADO", "V80.0", "ESCORIACOES EM FACE, SEM PERDA DE CONSCIENCIA. DOR EM OMBRO DIREITO.",
          "ANIMAL CONTIDO PELO FILHO DA VITIMA", "POTREIRO"),
         ("PRENSAMENTO DA MAO NA ENSILADEIRA", "W30.9", "AMPUTACAO TRAUMATICA DE 2 QUIRODACTILOS. DEDOS ACONDICIONADOS EM GELO.",
          "ENSILADEIRA SEM PROTECAO DAS POLIAS", "GALPAO"),
         ("CHIFRADA DE VACA NO CURRAL", "W55.2", "FERIMENTO PERFUROCONTUSO EM COXA ESQUERDA, SANGRAMENTO CONTROLADO.",
          "VACA RECEM-PARIDA, SEGUNDO O FILHO", "CURRAL"),
         ("QUEDA DO SILO (ALTURA APROX. 6 M)", "W13.9", "DOR LOMBAR INTENSA, SEM DEFICIT MOTOR.", "VITIMA ACHADA PELO VIZINHO APOS 2 HORAS", "SILO"),
         ("TOMBAMENTO DE MICROTRATOR (TOBATA)", "V86.9", "FRATURA EXPOSTA DE TIBIA DIREITA.", "MICROTRATOR SEM PLACA, ANO 1994", "LAVOURA")]


PRODUCTS = {"fungicida": ["Fox Xpro", "Elatus", "Priori Xtra", "Orkestra SC", "Sphere Max", "Ridomil Gold"],
            "inseticida": ["Engeo Pleno S", "Connect", "Ampligo", "Actara 250 WG", "Perito 970 SG"],
            "herbicida": ["Roundup WG", "Heat", "Aurora 400 EC", "Primóleo", "Gramoxone 200 (proibido)"]}
PESTS = {"soja": [("ferrugem-asiática (Phakopsora pachyrhizi)", "fungicida"), ("percevejo-marrom (Euschistus heros)", "inseticida"),
                  ("buva resistente (Conyza spp.) na dessecação", "herbicida")],
         "milho": [("cigarrinha-do-milho (Dalbulus maidis)", "inseticida"), ("lagarta-do-cartucho (Spodoptera frugiperda)", "inseticida"),
                   ("mancha-branca", "fungicida")],
         "trigo": [("brusone (Pyricularia oryzae)", "fungicida"), ("giberela (Fusarium graminearum)", "fungicida")],
         "feijão": [("mosca-branca (Bemisia tabaci)", "inseticida"), ("antracnose", "fungicida")],
         "café": [("ferrugem (Hemileia vastatrix)", "fungicida"), ("bicho-mineiro (Leucoptera coffeella)", "inseticida")],
         "tomate": [("requeima (Phytophthora infestans)", "fungicida"), ("traça-do-tomateiro (Tuta absoluta)", "inseticida")],
         "fumo": [("pulgão (Myzus persicae)", "inseticida"), ("mancha-parda", "fungicida")],
         "algodão": [("bicudo (Anthonomus grandis)", "inseticida"), ("ramulária", "fungicida")]}


AGENTS = [("organofosforado (clorpirifós)", "T60.0", "miose, sialorreia e bradicardia; atropinização e pralidoxima conforme orientação do CIATox",
           "Colinesterase plasmática «ch» U/L."),
          ("carbamato (metomil)", "T60.0", "miose, sudorese e vômitos; atropinização conforme orientação do CIATox", "Colinesterase plasmática «ch» U/L."),
          ("paraquate", "T60.3", "lesões orais e vômitos; terra de Fuller, sem oxigênio suplementar, conforme orientação do CIATox",
           "Creatinina em elevação; nefrologia avisada."),
          ("glifosato + 2,4-D", "T60.3", "náuseas, irritação de mucosas e dermatite; descontaminação e sintomáticos conforme orientação do CIATox",
           "Função renal preservada."),
          ("piretroide (cipermetrina)", "T60.1", "parestesia facial e tontura; descontaminação e sintomáticos conforme orientação do CIATox",
           "Exames sem alterações.")]


def da(loc: str) -> str:
    """ "da Comunidade ...", "do Distrito ..." """
    return ("do " if loc.split()[0] in ("Distrito", "Assentamento", "Povoado") else "da ") + loc


def sa_posto(g: Gen) -> Doc:
    """A rural health post's daily attendance register (fixed width) with the day's incidents."""
    doc = Doc()
    city, uf = g.city()
    loc = g.pick(LOCALIDADES)
    nurse = g.person(female=g.chance(0.75))
    med = g.person(origin=g.pick(["cu", "cu", "pt", "pt", "ve", "bo"]))
    day = g.day(2025, 2026)
    doc.f("SECRETARIA MUNICIPAL DE SAÚDE DE «cy»/«uf»\nUBS RURAL «l» — CNES «cn»\nREGISTRO DIÁRIO DE ATENDIMENTOS — «d» — ESF Rural «e»\n"
          "Enfermeir«o»: «n» («co»)   Médic«o2»: «m» («crm»)\n\n", cy=fold(city).upper(), uf=uf, l=fold(loc).upper(), cn=g.d(7), d=dbr(day),
          e=g.ri(1, 4), o="a" if nurse.female else "o", n=P(nurse.full), co=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          o2="a" if med.female else "o", m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    rows = []
    cids = g.sample(sorted(CIDS_RURAL), 7)
    hrs = sorted(g.sample(range(7 * 60, 16 * 60), 7))
    for i in range(g.pick([3, 3, 4])):
        p = g.person(era=g.pick(["old", "mid", "young"]))
        cid = cids[i]
        rows.append([V(f"{hrs[i] // 60:02d}:{hrs[i] % 60:02d}"), P(g.pick([p.caps_fold, p.caps_fold, p.inverted])), (g.cns(False), "BR_CNS"),
                     (g.dob("br", 1938, 2022), "DATE_OF_BIRTH"),
                     (g.rural(style="caps", farm=False), "ADDRESS") if g.chance(0.7) else V(fold(g.pick(LOCALIDADES)).upper()),
                     V(cid), V(g.pick(["consulta", "curativo", "retorno", "vacina", "encaminhado", "orientação", "renov. receita"]))])
    table_ruled(doc, ["Hora", "Paciente", "CNS", "Nasc.", "Endereço / localidade", "CID", "Conduta"], rows, g.pick(["plain", "pipe", "plus"]))
    doc.t("\nINTERCORRÊNCIAS\n")
    v = g.person(era=g.pick(["mid", "young"]))
    doc.f("1) «h» — «n», «a» anos, picada de «cb» no «pt» às «h2» na lavoura do patrão («f»). Garroteado pelos colegas (orientado a retirar). "
          "Acionado SAMU 192; USA placa «pl» removeu ao «hp» para soro «soro». CID T63.0. Acompanhante: «fm», tel. «t».\n",
          h=f"{g.ri(8, 15):02d}:{g.ri(0, 59):02d}", n=P(v.full), a=g.ri(17, 70), cb=g.pick(["jararaca", "cascavel", "jararacuçu", "cobra não identificada"]),
          pt=g.pick(["pé direito", "tornozelo esquerdo", "mão direita", "dedo da mão"]), h2=f"{g.ri(6, 11)}h{g.ri(10, 59)}",
          f=g.farm(), pl=(g.plate(), "LICENSE_PLATE"), hp=g.pick(HOSPITAIS), soro=g.pick(["antibotrópico", "anticrotálico", "antibotrópico-crotálico"]),
          fm=g.pick(["esposo" if v.female else "esposa", "irmão", "mãe", "colega"]), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    w = g.person(era="mid")
    doc.f("2) A ACS trouxe «w», que aplicou «pr» sem EPI na «cu» e chegou com vômitos e sudorese (T60.0). Notificação SINAN nº «sn»; contato com o "
          "CIATox pelo 0800 722 6001. Telefone do patrão: «et».\n",
          w=P(w.full), pr=g.pick(["clorpirifós", "glifosato", "paraquate (produto contrabandeado)", "2,4-D", "acefato"]),
          cu=g.pick(["lavoura de fumo", "horta", "lavoura de tomate", "soja"]), sn=g.d(7), et=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("3) Vacinação antirrábica pós-exposição de «k» (mordedura de morcego em bezerro e contato com a saliva). Morcego enviado ao laboratório da «ag».\n",
          k=P(g.person(era="young").full), ag=AGENCIAS.get(uf, "agência de defesa"))
    doc.f("\nAssinatura: enfermeir«o» responsável — «s»\n", o="a" if nurse.female else "o", s=g.pick(["conferido", "lançado no e-SUS", "pendente digitação no PEC"]))
    return doc


def sa_samu(g: Gen) -> Doc:
    """An ALL CAPS pre-hospital report of the mobile emergency service after a farm accident."""
    doc = Doc()
    city, uf = g.city()
    v = g.person(female=g.chance(0.2), era=g.pick(["mid", "old", "young"]))
    sol = g.person()
    md, enf, cond = g.person(), g.person(), g.person(female=False)
    rec = g.person()
    day = g.day(2025, 2026)
    born = (g.ri(1, 28), g.ri(1, 12), g.ri(1948, 2008))
    mech, cid, ach, obs, place = g.pick(MECHS)
    U = lambda s: fold(s).upper()  # noqa: E731
    hh, mm = g.ri(6, 17), g.ri(5, 30)
    doc.f("SAMU 192 — CENTRAL DE REGULACAO «r»\nBOLETIM DE ATENDIMENTO PRE-HOSPITALAR Nº «n»\nDATA: «d»  CHAMADO: «h1»  SAIDA: «h2»  CHEGADA LOCAL: «h3»\n\n",
          r=U(g.pick(["OESTE", "MACRORREGIAO NORTE", city, "VALE DO " + g.pick(["TAQUARI", "IVAI", "ARAGUAIA"])])), n=g.d(6), d=dbr(day),
          h1=f"{hh:02d}:{mm:02d}", h2=f"{hh:02d}:{mm + 3:02d}", h3=f"{hh:02d}:{mm + g.ri(15, 29):02d}")
    doc.f("SOLICITANTE: «s» («vi»)  TEL: «t»\nVITIMA: «v»  SEXO: «sx»  IDADE: «ida»  DN: «dn»  CNS: «cns»  CPF: «cpf»\nENDERECO DA VITIMA: «ad» — «cy»/«uf»\n"
          "LOCAL DA OCORRENCIA: «lo»\nMECANISMO: «m»\n\n",
          s=P(U(sol.full)), vi=g.pick(["FILHO", "VIZINHO", "PATRAO", "ESPOSA", "COLEGA DE TRABALHO"]), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
          v=P(U(v.full)), sx="F" if v.female else "M", ida=age_at(born, day), dn=(fmt_date(*born, "br"), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"),
          cpf=(g.cpf(), "BR_CPF") if g.chance(0.5) else V("NAO INFORMADO"),
          ad=(g.rural(style="caps"), "ADDRESS") if g.chance(0.7) else (g.street("caps"), "ADDRESS"), cy=U(city), uf=uf,
          lo=U(f"{place} — {g.farm()}, {g.pick(LOCALIDADES)}"), m=mech)
    doc.f("EQUIPE: USA «u» — PLACA «pl» — MEDICO: «md» «crm» — ENF.: «en» «co» — CONDUTOR: «cd»\n", u=f"{g.ri(1, 9):02d}",
          pl=(g.plate(), "LICENSE_PLATE"), md=P(U(md.full)), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), en=P(U(enf.short)),
          co=(g.council("COREN", uf), "PROFESSIONAL_ID"), cd=P(U(g.pick([cond.first, cond.short]))))
    doc.f("AVALIACAO: GLASGOW «gl», PA «pa», FC «fc», SAT «sat»%. «ach»\nCID: «cid»\nCONDUTA: COLAR CERVICAL, PRANCHA, ACESSO VENOSO, ANALGESIA.\n"
          "DESTINO: «hp» — RECEBIDO POR «rd» («rc»)\n",
          gl=g.ri(12, 15), pa=f"{g.ri(100, 160)}X{g.ri(60, 100)}", fc=g.ri(60, 130), sat=g.ri(90, 99), ach=ach, cid=cid,
          hp=U(g.pick(HOSPITAIS)), rd=P(U(rec.full)), rc=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("OBS: «tr». O EMPREGADOR ACOMPANHOU NA CAMINHONETE PLACA «pb». «ct»\n", tr=obs, pb=(g.plate(), "LICENSE_PLATE"),
          ct=g.pick(["ORIENTADA EMISSAO DE CAT.", "COMUNICADO AO CEREST REGIONAL.", "FAMILIA ORIENTADA.", f"POLICIA MILITAR NO LOCAL (BO {g.d(4)}/{day.year})."]))
    return doc


def sa_receituario(g: Gen) -> Doc:
    """An agronomic prescription (receituário agronômico) for pesticides, sometimes for aerial application, sometimes OCR'd."""
    doc = Doc()
    city, uf = g.city()
    ag = g.person()
    prod = g.person(era=g.pick(["mid", "old"]))
    rev = g.pick(REVENDAS)
    scan = g.chance(0.35)
    o = (lambda x: ocr(x, g, 0.3)) if scan else (lambda x: x)  # noqa: E731
    crop = g.pick(sorted(PESTS))
    pest, cls = g.pick(PESTS[crop])
    sig = g.day(2025, 2026)
    if scan:
        doc.f("[imagem digitalizada — «f»]\n", f=f"receituario_{g.d(6)}.jpg")
    doc.f(o("RECEITUÁRIO AGRONÔMICO") + " Nº «n»\n«r» — CNPJ «cj» — «tr»\n\n", n=f"{g.d(4)}/{sig.year}", r=rev, cj=(g.any_cnpj(), "BR_CNPJ"),
          tr=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    doc.f(o("Produtor") + ": «p»   CPF: «c»   Tel.: «tp»\n" + o("Propriedade") + ": «f» — «l» — «cy»/«uf»\n" + o("Cultura") + ": «cr»   Área: «a» ha\n",
          p=P(o(g.pick([prod.full, prod.caps_fold]))), c=(g.cpf(), "BR_CPF"), tp=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), f=o(g.farm()),
          l=g.pick(LOCALIDADES + LINHAS), cy=city, uf=uf, cr=crop, a=g.ri(3, 900))
    doc.f(o("Diagnóstico") + ": «dg» (vistoria em «d»)\n\n", dg=pest, d=dbr(g.after(sig, -6, -1)))
    aerial = g.chance(0.3) and crop in ("soja", "milho", "trigo", "algodão")
    for i, prd in enumerate(g.sample(PRODUCTS[cls], g.ri(1, 2))):
        doc.f("«i». «pr» — «cl» — Reg. MAPA nº «rg»\n   " + o("Dose") + ": «ds»/ha   Calda: «vc» L/ha   " + o("Aplicações") + ": «na»   " +
              o("Intervalo de segurança") + ": «is» dias\n   " + o("Classificação toxicológica") + ": «ct»   " + o("Modalidade") + ": «md»\n",
              i=i + 1, pr=prd, cl=cls, rg=g.d(5), ds=g.pick(["0,4 L", "0,5 L", "200 mL", "1,0 L", "150 g"]),
              vc=g.pick([15, 30, 40]) if aerial else g.pick([100, 150, 200]), na=g.ri(1, 3), **{"is": g.pick([14, 21, 30, 45])},
              ct=g.pick(["Categoria 4 — pouco tóxico", "Categoria 3 — moderadamente tóxico", "Categoria 5 — improvável de causar dano agudo"]),
              md="aérea" if aerial else "terrestre")
    if aerial:
        pil = g.person(female=False)
        doc.f("\nAplicação aérea: «emp» (CNPJ «cj»), aeronave «ae», piloto «pi». Respeitar 500 m de povoações e mananciais (IN MAPA 2/2008).\n",
              emp=g.pick(["Aviação Agrícola Céu Azul Ltda.", "Aero Leão Serviços Aéreos", "Agrotec Aviação Prudente"]),
              cj=(g.any_cnpj(), "BR_CNPJ"), ae=g.aircraft(), pi=P(pil.full))
    doc.t("\n" + o("EPI obrigatório: macacão hidrorrepelente, luvas nitrílicas, botas, viseira e respirador. Tríplice lavagem e devolução das embalagens "
                   "vazias em até 1 ano na central de recebimento (Lei 14.785/2023).") + "\n")
    contact = g.email(ag) if g.chance(0.5) else g.phone("par")
    doc.f("\n«cy», «d».\n«a»\n" + o("Engenheir") + "«o» " + o("Agrônom") + "«o» — «cr» — ART nº «art»\n«t»\n",
          cy=city, d=dbr(sig), a=P(o(ag.full)), o=ag.o, cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), art=g.art(),
          t=(contact, "EMAIL_ADDRESS" if "@" in contact else "PHONE_NUMBER"))
    return doc


def sa_vacinacao(g: Gen) -> Doc:
    """A state animal-health agency's CSV of a cattle vaccination campaign and the GTAs issued."""
    doc = Doc()
    city, uf = g.city()
    ag = AGENCIAS.get(uf, "Agência de Defesa")
    vet = g.person()
    vac = [g.person() for _ in range(2)]
    etapa = g.pick(["brucelose — 1º semestre", "raiva dos herbívoros", "brucelose — 2º semestre", "clostridioses + brucelose"])
    camp = g.day(2025, 2026)
    doc.f("«ag» — Unidade Local de «cy»\nCampanha: «e» «y» — exportação do sistema («lg»)\n\n", ag=ag, cy=city, e=etapa, y=camp.year, lg=login(vet))
    cols = ["produtor", "cpf_cnpj", "cod_exploracao", "propriedade", "telefone", "femeas_3a8m", "total_bovinos", "vacinador", "data"]
    rows = []
    vcode = {id(v): f"VAC{g.d(3)}" for v in vac}
    for _ in range(g.ri(3, 5)):
        p = g.person(era=g.pick(["old", "mid"]))
        comp = g.chance(0.1)
        rows.append([P(g.pick([p.caps_fold, p.full])) if not comp else V("AGROPECUÁRIA " + fold(g.pick(FARM_NAMES)).upper() + " LTDA"),
                     (g.cpf("raw"), "BR_CPF") if not comp else (g.cnpj("raw"), "BR_CNPJ"), V(f"{uf}{g.d(9)}"), V(g.farm()),
                     (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER") if g.chance(0.8) else V(""),
                     V(str(g.ri(0, 40))), V(str(g.ri(8, 600))), V(vcode[id(g.pick(vac))]), V(dbr(g.after(camp, 0, 40)))])
    table_csv(doc, cols, rows, g.pick([";", ","]))
    doc.f("\nVacinas recebidas no lote «l» (validade «v»), conferidas pel«o» médic«o» veterinári«o» «n» («cr»).\n\nGTAs EMITIDAS NO PERÍODO\n",
          l=f"{g.d(3)}/{camp.year % 100}", v=dbr(g.after(camp, 300, 700)), o=vet.o, n=P(vet.full), cr=(g.council("CRMV", uf), "PROFESSIONAL_ID"))
    for _ in range(g.pick([1, 1, 2])):
        a, b = g.person(), g.person()
        doc.f("- «gt»: origem «a» («fa») → destino «b» («fb»); «n» bovinos, finalidade «fi»; motorista CNH «cnh», placa «pl».\n",
              gt=g.gta(uf), a=P(a.full), fa=g.farm(), b=P(b.full) if g.chance(0.4) else V(g.pick(FRIGORIFICOS)), fb=g.pick(["abate", g.farm(), "leilão"]),
              n=g.ri(2, 48), fi=g.pick(["engorda", "abate", "reprodução", "leilão"]), cnh=(g.cnh(), "BR_CNH"),
              pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("\nObservação da vacinadora («v»): na exploração «p» as bezerras Rosa e Estrela não tinham brinco; SISBOV «sb» a regularizar. "
          "O produtor pediu nova visita, seria prudente ir antes da chuva.\n", v=vcode[id(vac[0])], p=f"{uf}{g.d(9)}", sb=g.sisbov())
    return doc


def sa_intox(g: Gen) -> Doc:
    """A hospital discharge summary after an occupational pesticide poisoning."""
    doc = Doc()
    city, uf = g.city()
    p = g.person(era=g.pick(["young", "mid"]))
    emp = g.person(era=g.pick(["old", "mid"]))
    mds = [g.person() for _ in range(2)]
    nurse = g.person()
    fam = g.person(female=not p.female)
    hosp = g.pick(HOSPITAIS)
    adm = g.day(2025, 2026)
    out = g.after(adm, 2, 9)
    agent, cid, adm_txt, lab = g.pick(AGENTS)
    doc.f("«h»\nSUMÁRIO DE ALTA — Prontuário «pr»\n\nPaciente: «n»\nCNS: «cns»   CPF: «c»   Nascimento: «dob»\nEndereço: «ad» — «cy»/«uf» — CEP «cep»\n"
          "Ocupação: «oc»   Empregador: «e» («f»)\nResponsável/contato: «fm» («r») — «t»\nInternação: «di»   Alta: «da»\n\n",
          h=hosp.upper(), pr=g.d(7), n=P(p.full), cns=(g.cns(), "BR_CNS"), c=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1960, 2006), "DATE_OF_BIRTH"),
          ad=(g.home(0.7), "ADDRESS"), cy=city, uf=uf, cep=(g.cep(), "BR_CEP"), oc=g.pick(["trabalhador rural", "aplicador de defensivos", "tratorista", "safrista"]),
          e=P(emp.full), f=g.farm(), fm=P(fam.full), r=g.pick(["cônjuge", "companheir" + fam.o, rel(fam, "irmão")]),
          t=(g.phone(), "PHONE_NUMBER"), di=dbr(adm), da=dbr(out))
    doc.f("Diagnóstico: intoxicação exógena ocupacional por «ag» (CID «cid»), exposição «ex».\n\nEvolução:\n", ag=agent, cid=cid,
          ex=g.pick(["dérmica e inalatória durante pulverização costal sem EPI", "por deriva de pulverização do vizinho", "ao preparar a calda sem luvas"]))
    doc.f("- «d1» (Dr«a». «m1», «c1»): admitid«o» com " + adm_txt + " (0800 722 6001). " + lab + "\n", d1=dbr(adm), a="a" if mds[0].female else "",
          m1=P(mds[0].short), c1=(g.council("CRM", uf), "PROFESSIONAL_ID"), o=p.o, ch=g.kg(800, 3200))
    doc.f("- «d2» (Enf. «en», «co»): aceitando dieta; banho com água e sabão e roupas ensacadas entregues à família.\n", d2=dbr(g.after(adm, 1, 1)),
          en=P(nurse.full), co=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    doc.f("- «d3» («m2», «c2»): assintomátic«o»; alta com afastamento de «af» dias. Notificação SINAN «sn» e CAT emitida pelo empregador em «dc».\n\n",
          d3=dbr(out), m2=P(mds[1].full), c2=(g.council("CRM", uf), "PROFESSIONAL_ID"), o=p.o, af=g.ri(7, 30), sn=g.d(7), dc=dbr(g.after(adm, 0, 2)))
    doc.f("Orientações: retorno na UBS rural «l» em 7 dias; não manusear agrotóxicos por 30 dias.\nContato do paciente: «t» / «e»\n",
          l=da(g.pick(LOCALIDADES)), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS") if g.chance(0.5) else V("sem e-mail"))
    return doc


def sa_esus(g: Gen) -> Doc:
    """JSON of a community health agent's household and individual registration (e-SUS territorial) in a rural area."""
    doc = Doc()
    city, uf = g.city()
    acs = g.person()
    head = g.person(era=g.pick(["old", "mid"]))
    sp = g.spouse(head)
    kids = [g.child(head, era="young") for _ in range(g.ri(1, 2))]
    doc.f("POST /api/esus/territorio/sync  200  origem=«ip»  app=eSUS-Territorio/«v»\n", ip=(g.ip(), "IP_ADDRESS"), v=f"5.{g.ri(0, 3)}.{g.ri(0, 20)}")
    members = []
    for q, kind in [(head, "responsavel"), (sp, "conjuge")] + [(k, "filho") for k in kids]:
        y0, y1 = (1945, 1985) if kind != "filho" else (1998, 2023)
        m = {"nome": P(q.full), "cns": (g.cns(False), "BR_CNS"), "nascimento": (g.dob("iso", y0, y1), "DATE_OF_BIRTH"), "sexo": "F" if q.female else "M",
             "parentesco": kind}
        if g.chance(0.5):
            m["cpf"] = (g.cpf("raw"), "BR_CPF")
        if kind == "filho" and g.chance(0.3):
            m["condicoes"] = [g.pick(["asma", "desnutrição", "gestante"])]
        elif kind != "filho":
            m["condicoes"] = g.sample(["hipertensão", "diabetes", "tabagismo", "exposição a agrotóxico", "alcoolismo", "gestante"], g.ri(0, 2))
        m["ocupacao"] = (g.pick(["agricultor" + ("a" if q.female else ""), "do lar", "aposentad" + q.o, "trabalhador" + ("a" if q.female else "") + " rural"])
                         if kind != "filho" else g.pick(["estudante", "menor"]))
        members.append(m)
    obj = {"ficha": "cadastro_domiciliar", "uuid": g.uuid(), "microarea": f"{g.ri(1, 12):02d}", "localizacao": "RURAL",
           "endereco": {"logradouro": (g.rural(farm=g.chance(0.5)), "ADDRESS"), "localidade": g.pick(LOCALIDADES), "municipio": city, "uf": uf,
                        "cep": (g.cep(False), "BR_CEP")},
           "telefone_contato": (g.phone("raw"), "PHONE_NUMBER") if g.chance(0.8) else None,
           "abastecimento_agua": g.pick(["poço artesiano", "nascente", "cisterna", "rede"]), "energia": g.chance(0.9),
           "animais": {"caes": g.ri(0, 4), "gatos": g.ri(0, 3), "bovinos": g.ri(0, 40)},
           "familias": [{"renda_sm": g.pick(["1/2", "1", "2", "3+"]), "membros": members}],
           "profissional": {"nome": P(acs.full), "cns": (g.cns(False), "BR_CNS"), "cbo": "515105"},
           "data_visita": g.date("iso")}
    jval(doc, obj)
    doc.f("\n\nObs. ACS: família mora a 14 km da UBS; «h» pediu visita da enfermeira por causa da pressão. Cachorro bravo no portão.\n",
          h=P(g.pick([head.first, head.nick])))
    return doc


def sa_deriva(g: Gen) -> Doc:
    """Health surveillance e-mail about pesticide drift from an aerial spraying over a rural community."""
    doc = Doc()
    city, uf = g.city()
    vig = g.person()
    own = g.person(era=g.pick(["mid", "old"]))
    loc = g.pick(LOCALIDADES)
    dom = f"{slug(city)[:14]}.{uf.lower()}.gov.br"
    day = g.day(2025, 2026)
    doc.f("De: «v» <«ve»>\nPara: «ag» — regional «cy»; vigilancia.ambiental@saude.«uf».gov.br\nCc: «o» <«oe»>\nAssunto: Deriva de agrotóxico — «l» — «d»\n\n",
          v=P(vig.full), ve=(corp_mail(vig, dom), "EMAIL_ADDRESS"), ag=AGENCIAS.get(uf, "Defesa Agropecuária"), cy=city, uf=uf.lower(),
          o=P(own.full), oe=(g.email(own), "EMAIL_ADDRESS"), l=loc, d=dbr(day))
    doc.f("Prezados,\nEm «d», por volta das «h», moradores «l» e a Escola Rural «es» relataram nuvem de produto sobre as casas durante pulverização aérea "
          "na lavoura do «o» («f»). A aeronave («ae») era operada por «emp» (CNPJ «cj»). Foram atendidos na UBS rural:\n\n",
          d=dbr(day), h=f"{g.ri(6, 10)}h{g.ri(0, 5)}0", l=da(loc), es=g.pick(["Bento Amado", "Aurora do Campo", "Prudente de Morais", "Flor da Serra"]),
          o=P(own.short), f=g.farm(), ae=g.aircraft(), emp=g.pick(["Aviação Agrícola Céu Azul Ltda.", "Aero Leão Serviços Aéreos", "Agrotec Aviação Prudente"]),
          cj=(g.any_cnpj(), "BR_CNPJ"))
    rows = []
    for _ in range(g.ri(2, 4)):
        q = g.person(era=g.pick(["young", "mid", "old"]))
        rows.append([P(q.full), (g.dob("br", 1940, 2019), "DATE_OF_BIRTH"), (g.cns(False), "BR_CNS"),
                     V(g.pick(["cefaleia, náusea", "irritação ocular", "tosse, falta de ar", "prurido, lesões de pele", "vômitos (criança)", "assintomático"])),
                     (g.rural(farm=g.chance(0.3)), "ADDRESS") if g.chance(0.6) else V(loc)])
    table_ruled(doc, ["Nome", "Nasc.", "CNS", "Sintomas", "Residência"], rows, g.pick(["plus", "psql", "plain"]))
    doc.f("\nSolicitamos ao «ag» o receituário agronômico, o relatório operacional da aplicação e a ART do engenheiro agrônomo responsável («cr»), e a "
          "verificação da distância mínima de 500 m da escola. Amostras de água do poço da escola foram coletadas.\nO produtor foi contatado pelo "
          "telefone «t» e disse que a aplicação \"foi dentro da norma\".\n\nAtenciosamente,\n«v»\nVigilância em Saúde Ambiental — Secretaria Municipal de "
          "Saúde de «cy»\n«tv»\n",
          ag=AGENCIAS.get(uf, "órgão estadual"), cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), 
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), v=P(vig.short), cy=city,
          tv=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


SA = [sa_posto, sa_samu, sa_receituario, sa_vacinacao, sa_intox, sa_esus, sa_deriva]

# =========================================================================== financeiro


def fi_proagro(g: Gen) -> Doc:
    """A Proagro loss communication (COP), the loss-verification report by an agronomist and the agent's decision."""
    doc = Doc()
    city, uf = g.city()
    bank = g.pick(CRED)
    p = g.person(era=g.pick(["mid", "old"]))
    son = g.child(p, era="young")
    per = g.person()
    an = g.person()
    crop = g.pick(["soja", "milho", "feijão", "trigo", "milho safrinha", "arroz"])
    ev = g.pick(["estiagem", "granizo", "geada", "chuva excessiva na colheita", "vendaval"])
    area = g.ri(5, 250)
    ag, cc = g.agency(), g.account()
    d_ev = g.day(2025, 2026)
    doc.f("«b» — PROAGRO «m»\nCOMUNICAÇÃO DE OCORRÊNCIA DE PERDAS (COP) nº «n»\n\nBeneficiário: «p»   CPF: «c»   CAF: «caf»\n"
          "Operação: «op» — custeio de «cr» — «a» ha — valor enquadrado R$ «v»\nAgência: «ag»   Conta: «cc»\nEvento: «ev» em «de»\n"
          "Comunicado em «dc» pelo próprio beneficiário, telefone «t», e-mail «em»\nEndereço: «ad» — CEP «cep»\n\n",
          b=bank.upper(), m=g.pick(["MAIS", "TRADICIONAL"]), n=g.d(8), p=P(g.pick([p.caps_fold, p.full])), c=(g.cpf(), "BR_CPF"), caf=g.caf(uf),
          op=f"{g.ri(2025, 2026)}/{g.d(6)}-{g.d(1)}", cr=crop, a=area, v=g.money(20000, 350000), ag=(ag, "BANK_ACCOUNT"), cc=(cc, "BANK_ACCOUNT"),
          ev=ev, de=dbr(d_ev), dc=dbr(g.after(d_ev, 1, 4)), em=(g.email(p), "EMAIL_ADDRESS") if g.chance(0.6) else V("não informado"),
          ad=(g.rural(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("LAUDO DE COMPROVAÇÃO DE PERDAS — «k»ª visita\nPerit«o»: «pe», Engenheir«o» Agrônom«o», «cr»\nVistoria em «dv», acompanhada pelo produtor "
          "e pel«o2» «r» «s».\n\n", k=g.ri(1, 2), o=per.o, pe=P(per.full), cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), dv=dbr(g.after(d_ev, 5, 15)),
          o2=son.o, r=rel(son, "filho"), s=P(son.first))
    rows = []
    for i in range(g.ri(2, 4)):
        exp = g.ri(45, 75)
        est = g.ri(5, exp - 5)
        rows.append([V(f"Gleba {i + 1}"), V(str(round(area / (i + 2), 1)).replace(".", ",")), V(g.pick(["R5.3", "R6", "V8", "R2", "espigamento", "floração"])),
                     V(str(exp)), V(str(est)), V(f"{100 * (exp - est) // exp}%")])
    table_ruled(doc, ["Gleba", "Área (ha)", "Estádio", "Esperada sc/ha", "Estimada sc/ha", "Perda"], rows, g.pick(["plain", "plus", "pipe"]))
    doc.f("\nConclusão: perdas compatíveis com o evento «ev»; a «fl» das plantas foi afetada. Recomenda-se colheita com acompanhamento. "
          "Coordenadas da sede: «la», «lo».\n\n", ev=ev, fl=g.pick(["floração", "flor", "granação"]),
          la=f"-{g.ri(10, 30)}.{g.d(6)}", lo=f"-{g.ri(45, 56)}.{g.d(6)}")
    doc.f("ANÁLISE DO AGENTE («an», «dt»): «res»\n", an=P(an.full), dt=g.date("br"),
          res=g.pick(["cobertura deferida; indenização de R$ " + g.money(5000, 200000) + " amortiza a operação, saldo de R$ " + g.money(100, 20000) +
                      " creditado na conta do beneficiário.", "cobertura parcial — área da gleba 3 com plantio fora do ZARC.",
                      "pedido de reconsideração do produtor em análise; anexar notas de insumos.", "indeferida — comunicação intempestiva."]))
    if g.chance(0.5):
        doc.f("Crédito do saldo: agência «ag», conta «cc» (mesma da operação).\n", ag=(ag, "BANK_ACCOUNT"), cc=(cc, "BANK_ACCOUNT"))
    return doc


def fi_leite(g: Gen) -> Doc:
    """A dairy's monthly statement to a milk producer: daily volumes, quality, price, deductions and payment."""
    doc = Doc()
    city, uf = g.city()
    lat = g.pick(LATICINIOS)
    p = g.person(era=g.pick(["mid", "old", "young"]))
    drv = g.person(female=False)
    tec = g.person()
    m = g.ri(1, 12)
    y = g.ri(2025, 2026)
    doc.f("«l» — CNPJ «cj»\nEXTRATO DO PRODUTOR — competência «m»/«y»\n\nProdutor: «p»  Matrícula: «mt»\nCPF: «c»   Inscr. produtor: «ie»\n"
          "Endereço: «ad» — «cy»/«uf» — CEP «cep»\nCelular: «tc»   E-mail: «em»\nLinha de coleta: «lc» — transportador «t» (tanque placa «pl»)\n\n",
          l=lat.upper(), cj=(g.any_cnpj(), "BR_CNPJ"), m=f"{m:02d}", y=y, p=P(g.pick([p.caps_fold, p.full])), mt=g.d(5), c=(g.cpf(), "BR_CPF"),
          ie=g.ie_prod(), ad=(g.rural(), "ADDRESS"), cy=city, uf=uf, cep=(g.cep(), "BR_CEP"), tc=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          em=(g.email(p), "EMAIL_ADDRESS") if g.chance(0.5) else V("—"), lc=g.pick(LINHAS) + f" (rota {g.d(2)})",
          t=P(g.pick([drv.full, drv.short])), pl=(g.plate(), "LICENSE_PLATE"))
    doc.t("DIA  LITROS   DIA  LITROS   DIA  LITROS\n")
    base = g.ri(80, 1500)
    total = 0
    days = [(d, int(base * g.ri(85, 115) / 100)) for d in range(1, 31, 2)]
    for i in range(0, len(days), 3):
        parts = []
        for d, lt in days[i:i + 3]:
            total += lt
            parts.append(f"{d:02d}   {lt:>6,}".replace(",", "."))
        doc.t("   ".join(parts) + "\n")
    price = g.ri(180, 310) / 100
    doc.f("\nTotal: «t» litros (coleta em dias alternados)\nQualidade: gordura «go»%  proteína «pt»%  CBT «cbt» mil UFC/mL  CCS «ccs» mil cél/mL\n"
          "Preço base R$ «pb»/L + bonif. qualidade R$ «bq» + bonif. volume R$ «bv»\n\n", t=f"{total:,}".replace(",", "."),
          go=f"{g.ri(32, 42) / 10:.1f}".replace(".", ","), pt=f"{g.ri(29, 35) / 10:.1f}".replace(".", ","), cbt=g.ri(5, 300), ccs=g.ri(120, 700),
          pb=f"{price:.4f}".replace(".", ","), bq=f"0,{g.d(4)}", bv=f"0,{g.d(4)}")
    gross = total * price
    doc.f("(+) Valor bruto .................. R$ «gb»\n(-) Funrural/Senar 1,5% ......... R$ «fr»\n(-) Compras loja agropecuária ... R$ «lj»\n"
          "(-) Mensalidade associação ..... R$ 35,00\n(-) Adiantamento dia 15 ........ R$ «ad»\n", gb=f"{gross:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
          fr=f"{gross * 0.015:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), lj=g.money(0, 3000), ad=g.money(0, 2000))
    if g.chance(0.4):
        meeiro = g.person()
        doc.f("(-) Parte do meeiro «n» (CPF «c») «pc»% — paga em separado na conta «cc» ag. «ag»\n", n=P(meeiro.full), c=(g.cpf(), "BR_CPF"),
              pc=g.pick([30, 40, 50]), cc=(g.account(), "BANK_ACCOUNT"), ag=(g.agency(), "BANK_ACCOUNT"))
    if g.chance(0.5):
        doc.f("\nPagamento em «d»: «b» — agência «ag» — conta «cc»\n", d=f"{g.ri(5, 15):02d}/{m % 12 + 1:02d}/{y + (m == 12)}", b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("\nPagamento em «d» via Pix — chave aleatória «k»\n", d=f"{g.ri(5, 15):02d}/{m % 12 + 1:02d}/{y + (m == 12)}", k=(g.uuid(), "PIX_KEY"))
    doc.f("\nRecado do técnico «t»: «msg»\nDúvidas: «tel» (WhatsApp) ou 0800 «o».\n", t=P(tec.first),
          msg=g.pick(["CCS subiu — vamos fazer o CMT nas vacas na próxima visita. A Mimosa e a Flor estão com mastite?",
                      "parabéns pela CBT! Seria prudente trocar as teteiras até o fim do mês.",
                      "a análise de água do poço deu coliformes; trazer a conta de luz para o programa de energia solar.",
                      "o tanque resfriador precisa de manutenção; falar com o " + g.person(female=False).first + " da refrigeração."]),
          tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), o=f"{g.d(3)} {g.d(4)}")
    if "falar com o " in doc.text:
        nm = doc.text.split("falar com o ")[-1].split(" ")[0]
        s = doc.text.rfind("falar com o ") + len("falar com o ")
        doc.spans.append({"start": s, "end": s + len(nm), "label": "PERSON"})
    return doc


def fi_folha(g: Gen) -> Doc:
    """A harvest payroll (semicolon CSV from the payroll software) and the crew leader's WhatsApp about cash payments."""
    doc = Doc()
    city, uf = g.city()
    emp = g.person(era=g.pick(["mid", "old"]))
    crop = g.pick(["café", "laranja", "maçã", "uva", "tomate"])
    unit = {"café": "latas", "laranja": "caixas", "maçã": "bins", "uva": "caixas", "tomate": "caixas"}[crop]
    doc.f("# folha_safra_«cr»_«y»«m».csv — empregador «e» (CPF «c», CAEPF «ca») — «f», «cy»/«uf»\n", cr=slug(crop), y=g.ri(2025, 2026), m=f"{g.ri(1, 12):02d}",
          e=P(emp.full), c=(g.cpf(), "BR_CPF"), ca=g.caepf(), f=g.farm(), cy=city, uf=uf)
    cols = ["nome", "cpf", "pis", "dt_nasc", unit, "bruto", "inss", "liquido", "forma", "chave_pix", "agencia", "conta"]
    rows, ws = [], []
    for _ in range(g.ri(3, 5)):
        w = g.person(era=g.pick(["young", "mid"]), origin=g.pick(["pt", "pt", "pt", "ht", "ve", "py", "in", "bo"]))
        ws.append(w)
        q = g.ri(40, 900)
        br = q * g.ri(3, 12)
        ins = br * 0.075
        row = [P(g.pick([w.full, w.caps_fold])), (g.cpf("raw"), "BR_CPF"), (g.pis("raw"), "BR_PIS"), (g.dob("br", 1962, 2006), "DATE_OF_BIRTH"),
               V(str(q)), V(f"{br:.2f}".replace(".", ",")), V(f"{ins:.2f}".replace(".", ",")), V(f"{br - ins:.2f}".replace(".", ","))]
        k = g.rng.random()
        if k < 0.45:
            row += [V("PIX"), (g.uuid(), "PIX_KEY"), V(""), V("")]
        elif k < 0.8:
            row += [V("TED"), V(""), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        else:
            row += [V("DINHEIRO"), V(""), V(""), V("")]
        rows.append(row)
    w1, w2 = g.sample(ws, 2)
    i1 = ws.index(w1)
    rows[i1][8:] = [V("DINHEIRO"), V(""), V(""), V("")]
    table_csv(doc, cols, rows, ";")
    wrong = g.neg(11)
    doc.f("\n--- WhatsApp do turmeiro («tt») → escritório ---\nturmeiro: o «a» recebeu em dinheiro, assinou o recibo com o dedão. o CPF que ele passou «x» não bate, "
          "vou pedir o documento de novo\nturmeiro: «ab» «b» pediu pra pagar na conta «dm», mesmo banco\nescritório: não pode. Pagamento só na conta "
          "do próprio empregado (CLT art. 464). Avisa «el».\n\nConferido: escritório contábil — «crc»\n",
          ab="a" if w2.female else "o", dm="do marido" if w2.female else "da esposa", el="ela" if w2.female else "ele",
          tt=(g.phone(g.pick(["plus", "par"])), "PHONE_NUMBER"), a=P(w1.first), x=f"{wrong[:3]}.{wrong[3:6]}.{wrong[6:9]}-{wrong[9:]}", b=P(w2.first),
          crc=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    return doc


def fi_cda(g: Gen) -> Doc:
    """A warehouse receipt (CDA/WA) of grain, the depositor's balance statement and the sale settlement."""
    doc = Doc()
    city, uf = g.city()
    arm = g.pick(ARMAZENS)
    p = g.person(era=g.pick(["mid", "old"]))
    buyer = g.pick(["Cerealista Haddad & Filhos", "Trading Aurora Grãos S.A.", "Esperança Alimentos Ltda.", "Moinho Bento Rosa", "Granos del Sur Comercial"])
    resp = g.person()
    crop = g.pick(["SOJA EM GRÃOS", "MILHO AMARELO", "TRIGO PÃO", "CAFÉ ARÁBICA BEBIDA DURA"])
    d0 = g.day(2025, 2025)
    entries = sorted(g.after(d0, 0, 150) for _ in range(g.ri(3, 5)))
    em = g.after(entries[-1], 1, 10)
    sale = g.after(em, 20, 120)
    bal = 0
    lines = []
    for d in entries:
        v = g.ri(200, 4000)
        bal += v
        lines.append([V(dbr(d)), V("entrada ticket " + g.d(6)), V(f"{v:,}".replace(",", ".")), V(f"{bal:,}".replace(",", "."))])
    total = bal
    home = g.home(0.6)
    doc.f("CERTIFICADO DE DEPÓSITO AGROPECUÁRIO — CDA nº «n»\nWARRANT AGROPECUÁRIO — WA nº «n»\n(Lei 11.076/2004)\n\nDepositário: «a», CNPJ «cj», "
          "armazém certificado MAPA nº «cm»\nDepositante: «p», CPF «c», residente «pr» «ad», «cy»/«uf», telefone «tl»\nProduto: «cr» — «q» sacas de 60 kg — tipo «tp»\n"
          "Seguro: apólice «ap» («se»)\nRegistro na registradora: «rg»\nEmissão: «de»   Vencimento: «dv»\n\n",
          n=f"{g.d(4)}.{g.d(4)}", a=arm, cj=(g.any_cnpj(), "BR_CNPJ"), cm=g.d(8), p=P(p.caps_fold), c=(g.cpf(), "BR_CPF"), pr=prep(home), ad=(home, "ADDRESS"),
          cy=city, uf=uf, tl=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), cr=crop, q=f"{total:,}".replace(",", "."),
          tp=g.pick(["1", "2", "padrão exportação"]), ap=g.d(10), se=g.pick(["Prudente Seguros", "Seguradora Aurora Rural", "Amparo Agro"]),
          rg=f"CDA{g.d(12)}", de=dbr(em), dv=dbr(g.after(em, 180, 360)))
    if g.chance(0.6):
        end = g.person()
        doc.f("ENDOSSO DO WA: em «d», em favor de «b», CNPJ «cj», em garantia de operação de crédito; assina pelo banco «e».\n\n",
              d=dbr(g.after(em, 1, 15)), b=g.pick(CRED), cj=(g.any_cnpj(), "BR_CNPJ"), e=P(end.full))
    doc.f("EXTRATO DE SALDO — «p»\n", p=P(p.short))
    sold = g.ri(100, bal)
    bal -= sold
    lines.append([V(dbr(sale)), V("venda contrato " + g.d(5)), V("-" + f"{sold:,}".replace(",", ".")), V(f"{bal:,}".replace(",", "."))])
    table_ruled(doc, ["Data", "Histórico", "Sacas", "Saldo"], lines, g.pick(["plain", "psql"]))
    price = g.ri(5000, 16000) / 100
    doc.f("\nNOTA DE LIQUIDAÇÃO — venda a «b»\n«s» sc × R$ «pr» = R$ «v»; (-) Funrural R$ «fu»; (-) armazenagem R$ «ar»\n"
          "Crédito em «d»: «bk», ag. «ag», c/c «cc» — favorecido «p»\n", b=buyer, s=f"{sold:,}".replace(",", "."), pr=f"{price:.2f}".replace(".", ","),
          v=f"{sold * price:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), fu=g.money(50, 9000), ar=g.money(20, 3000),
          d=dbr(g.after(sale, 1, 5)), bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), p=P(p.full))
    doc.f("\nResponsável: «r» — «e» — «t»\n", r=P(resp.full), e=(corp_mail(resp, dom_of(arm)), "EMAIL_ADDRESS"), t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


def fi_resgate(g: Gen) -> Doc:
    """A cooperative API's JSON for the redemption of a deceased member's share capital by the heirs, and the analyst's note."""
    doc = Doc()
    coop = g.pick(COOPS)
    dead = g.person(era="old")
    heirs = [g.spouse(dead, era="old")] + [g.child(dead) for _ in range(g.ri(1, 3))]
    cpfs = {id(h): g.cpf("raw") for h in heirs}
    inv = g.pick(heirs)
    an = g.person()
    death = g.day(2024, 2025)
    kid_pct = round(50 / (len(heirs) - 1), 2)
    doc.f("«ts» INFO  capital-social-api  POST /v2/sucessoes  201  ip=«ip»  user=«u»\n", ts=g.stamps(1, 1, "sql", start=g.after(death, 60, 300))[0],
          ip=(g.ip(), "IP_ADDRESS"), u=login(an))
    hs = []
    for h in heirs:
        e = {"nome": P(h.full), "cpf": (cpfs[id(h)], "BR_CPF")}
        if h is heirs[0]:
            e.update({"vinculo": "viuva" if h.female else "viuvo", "meacao": True, "percentual": 50.0})
        else:
            e.update({"vinculo": "filha" if h.female else "filho", "nascimento": (g.dob("iso", 1965, 2000), "DATE_OF_BIRTH"), "percentual": kid_pct})
        if g.chance(0.5):
            e["pagamento"] = {"tipo": "pix", "chave_tipo": "aleatoria", "chave": (g.uuid(), "PIX_KEY")}
        else:
            e["pagamento"] = {"tipo": "ted", "banco": g.pick(BANKS)[0], "agencia": (g.agency(False), "BANK_ACCOUNT"), "conta": (g.account(), "BANK_ACCOUNT")}
        hs.append(e)
    obj = {"cooperativa": coop_short(coop), "matricula": g.d(5),
           "cooperado_falecido": {"nome": P(dead.full), "cpf": (g.cpf("raw"), "BR_CPF"), "nascimento": (g.dob("iso", 1932, 1960), "DATE_OF_BIRTH"),
                                  "obito": dbr(death, "iso")},
           "capital_integralizado": float(g.ri(2000, 250000)), "sobras_a_distribuir": float(g.ri(0, 30000)),
           "documento": g.pick(["escritura_inventario", "formal_partilha", "alvara_judicial"]), "processo": g.cnj() if g.chance(0.5) else None,
           "inventariante": {"nome": P(inv.full), "cpf": (cpfs[id(inv)], "BR_CPF"), "email": (g.email(inv), "EMAIL_ADDRESS"),
                             "telefone": (g.phone("e164"), "PHONE_NUMBER")},
           "herdeiros": hs, "status": g.pick(["EM_ANALISE", "APROVADO", "PENDENTE_DOCUMENTO"])}
    jval(doc, obj)
    doc.f("\n\nNota («a»): «nt»\n", a=P(an.full),
          nt=g.pick(["o filho que toca o sítio quer manter a matrícula ativa em nome próprio; transferir as cotas dele em vez de resgatar.",
                     "falta certidão de casamento atualizada d" + ("a meeira" if heirs[0].female else "o meeiro") + "; pedido por e-mail ao inventariante.",
                     "herdeira mora no Japão (dekassegui); pagamento só após procuração consularizada.",
                     "resgate em 5 parcelas anuais conforme art. 31 do Estatuto; a família pediu antecipação por causa da conta do hospital."]))
    return doc


def fi_gado(g: Gen) -> Doc:
    """A livestock dealer's settlement of a cattle purchase: loading list, GTA, truck, deductions and payments."""
    doc = Doc()
    city, uf = g.city()
    sel = g.person(era=g.pick(["old", "mid"]))
    frig = g.chance(0.5)
    buyer = g.pick(FRIGORIFICOS) if frig else None
    bp = None if frig else g.person()
    broker = g.person(female=False)
    drv = g.person(female=False)
    doc.f("ACERTO DE COMPRA DE GADO — ROMANEIO DE EMBARQUE nº «n»\nCorretor: «b» — «bt»\n\nVendedor: «s»   CPF «c»   IE «ie»   Fone «sf»\nPropriedade: «f» — «cy»/«uf»\n",
          n=g.d(5), b=P(g.pick([broker.full, broker.nick if broker.nick != broker.first else broker.short])), bt=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          s=P(sel.caps_fold), c=(g.cpf(), "BR_CPF"), ie=g.ie_prod(), sf=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), f=g.farm(), cy=city, uf=uf)
    if frig:
        doc.f("Comprador: «b» — CNPJ «cj» — SIF «sif»\n", b=buyer, cj=(g.any_cnpj(), "BR_CNPJ"), sif=g.d(4))
    else:
        doc.f("Comprador: «b» — CPF «c» — «f»\n", b=P(bp.caps_fold), c=(g.cpf(), "BR_CPF"), f=g.farm())
    emb = g.day(2025, 2026)
    doc.f("«gt»   Embarque: «d»\nCaminhão boiadeiro placa «p1» / carreta «p2» — motorista «m», CNH «cnh»\n\n", gt=g.gta(uf), d=dbr(emb),
          p1=(g.plate(), "LICENSE_PLATE"), p2=(g.plate(), "LICENSE_PLATE"), m=P(drv.full), cnh=(g.cnh(), "BR_CNH"))
    doc.t("CATEGORIA            CAB.   PESO (@)   R$/@     TOTAL\n")
    tot = 0.0
    for cat in g.sample(["Boi gordo", "Vaca gorda", "Novilha", "Bezerro desmama", "Garrote", "Vaca de cria"], g.ri(2, 3)):
        cab = g.ri(2, 40)
        ar = round(cab * g.ri(80, 230) / 10, 1)
        pr = g.ri(220, 340)
        val = ar * pr
        tot += val
        doc.t(f"{cat:<20} {cab:>4}   {ar:>8.1f}   {pr:>6.2f}   {val:>12,.2f}\n".replace(",", "X").replace(".", ",").replace("X", "."))
    fun = tot * 0.015
    doc.f("\nTotal bruto R$ «t»\n(-) Funrural 1,2% + RAT 0,1% + Senar 0,2% R$ «f»\n(-) Comissão do corretor «pc»% R$ «cm»\n(-) Frete R$ «fr»\n\n",
          t=f"{tot:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), f=f"{fun:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
          pc=g.pick([1, 2, 3]), cm=g.money(200, 9000), fr=g.money(300, 6000))
    doc.f("Pagamento ao vendedor: TED «bk» ag. «ag» c/c «cc» em «d»\n", bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          d=dbr(g.after(emb, 2, 30)))
    doc.f("Comissão ao corretor via Pix (chave aleatória «k»)\n", k=(g.uuid(), "PIX_KEY"))
    doc.f("\nObs.: «ob»\n", ob=g.pick(["1 bezerro morto no embarque (não pago). A vaca Aurora ficou — estava prenha.",
                                       "pesagem na balança do vizinho, " + (nb := g.person().short) + ", com 3% de quebra.",
                                       "vendedor pediu parte do pagamento na conta do genro; recusado.", "bois marcados com ferro da Fazenda Leão do Norte."]))
    if "vizinho, " in doc.text:
        s = doc.text.rfind("vizinho, ") + len("vizinho, ")
        nm = doc.text[s:].split(",")[0]
        doc.spans.append({"start": s, "end": s + len(nm), "label": "PERSON"})
    return doc


def fi_ficha(g: Gen) -> Doc:
    """An input retailer's credit application (ficha cadastral) for buying inputs against the harvest, with the analyst's note."""
    doc = Doc()
    city, uf = g.city()
    rev = g.pick(REVENDAS)
    p = g.person(era=g.pick(["mid", "young", "old"]))
    sp = g.spouse(p) if g.chance(0.7) else None
    an = g.person()
    vend = g.person()
    doc.f("«r» — CNPJ «cj»\nFICHA CADASTRAL — CRÉDITO SAFRA «s»   Vendedor: «v»\n\n1. CLIENTE\nNome: «n»\nCPF: «c»   RG: «rg»   Nascimento: «dob»\n"
          "Estado civil: «ec»\nEndereço residencial: «ad»\nMunicípio: «cy»/«uf»   CEP: «cep»\nCelular: «t1»   Fixo: «t2»   E-mail: «e»\n\n",
          r=rev.upper(), cj=(g.any_cnpj(), "BR_CNPJ"), s=g.pick(["2025/26", "2026/27"]), v=P(vend.short), n=P(p.full), c=(g.cpf(), "BR_CPF"),
          rg=(g.rg(), "BR_RG"), dob=(g.dob("br", 1955, 2003), "DATE_OF_BIRTH"), ec=("casad" + p.o) if sp else g.pick(["solteir" + p.o, "divorciad" + p.o]),
          ad=(g.home(0.65), "ADDRESS"), cy=city, uf=uf, cep=(g.cep(), "BR_CEP"), t1=(g.phone(), "PHONE_NUMBER"),
          t2=(g.phone("par", mobile=False), "PHONE_NUMBER") if g.chance(0.6) else V("—"), e=(g.email(p), "EMAIL_ADDRESS"))
    if sp:
        doc.f("2. CÔNJUGE\nNome: «n»   CPF: «c»   Nascimento: «dob»   Profissão: «pf»\n\n", n=P(sp.full), c=(g.cpf(), "BR_CPF"),
              dob=(g.dob("br", 1955, 2003), "DATE_OF_BIRTH"), pf=g.pick(["agricultora", "professora", "do lar", "técnica de enfermagem"] if sp.female else ["agricultor", "professor", "motorista", "técnico agrícola"]))
    doc.t("3. ÁREAS EXPLORADAS\n")
    for _ in range(g.ri(1, 3)):
        own = g.chance(0.5)
        doc.f("- «f» — «ha» ha — «cr» — «cd»", f=g.farm(), ha=g.ri(5, 1200), cr=g.pick(CULTURAS), cd="própria" if own else "arrendada")
        if not own:
            doc.f(" de «o» (contrato até «d»)", o=P(g.person(era="old").full), d=g.date("br", 2028))
        doc.t("\n")
    doc.t("\n4. REFERÊNCIAS\n")
    doc.f("Comerciais: «a» («ta»); «b» («tb»)\n", a=g.pick([r for r in REVENDAS + ARMAZENS if r != rev]), ta=(g.phone("par", mobile=False), "PHONE_NUMBER"),
          b=g.pick(LATICINIOS + COOPS), tb=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    r1 = g.person()
    doc.f("Pessoal: «r1» («t1»)\nBancária: «bk» — agência «ag» — conta «cc» — cliente desde «ds»\n", r1=P(r1.full),
          t1=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), ds=g.ri(1990, 2022))
    if g.chance(0.7):
        doc.f("Cartão para garantia (pré-autorização): «cd» — validade «v»\n", cd=(g.card(g.chance(0.7)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
    else:
        doc.f("Cartão para garantia: «cd» (dados completos no cofre do sistema)\n", cd=g.masked_card())
    doc.f("\nAutorizo a consulta a birôs de crédito e ao SCR do Banco Central.  «cy», «d».\n\n5. PARECER («a», «dd»)\n«pa»\n", cy=city,
          d=dbr(fd := g.day(2025, 2026)), a=P(an.full), dd=dbr(g.after(fd, 1, 6)),
          pa=g.pick(["Score " + str(g.ri(300, 950)) + ". Sem restrições. Limite aprovado R$ " + g.money(20000, 800000) + " com vencimento na safra (30/04).",
                     "Restrição no SCR (CCR vencida em cooperativa). Aprovar só com aval do pai, " + g.person(female=False).full + ".",
                     "Cliente novo, indicado pelo " + vend.first + ". Pedir CAR e matrícula das áreas próprias; limite provisório R$ " + g.money(5000, 50000) + ".",
                     "Produtor tradicional na região; pagou a safra passada em grãos (barter). Manter limite."]))
    for key in ("aval do pai, ", "indicado pelo "):
        if key in doc.text:
            s = doc.text.rfind(key) + len(key)
            nm = re.match(r"[^.,]+", doc.text[s:]).group(0)
            doc.spans.append({"start": s, "end": s + len(nm), "label": "PERSON"})
    return doc


FI = [fi_proagro, fi_leite, fi_folha, fi_cda, fi_resgate, fi_gado, fi_ficha]

TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
RUN15 = re.compile(r"(?<!\d)(\d{15})(?!\d)")
TITLES = re.compile(r"(?i)(sr|sra|srta|dr|dra|dona|seu|doutora?|prof|profa|padre|pe|frei|pastor|tia|tio|vó|vô|enf|eng)\.?\s")


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
            assert len(digits) in (15, 16) and luhn_dv(digits[:-1]) == digits[-1], (rid, v)
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
            assert not TITLES.match(v), (rid, v)
            assert not re.search(r"[0-9@/]", v), (rid, v)
            assert v[0].isalpha(), (rid, v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+", v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2}", v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v) or fold(v).split()[0].lower() in {fold(t).lower() for t in FARM_TYPES}, (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CREA|CRMV|CRM|COREN|OAB|CRC)\b", v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def outside(m) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    # hard negatives: CPF-shaped numbers outside gold spans fail the CPF check; 15-digit runs (SISBOV) fail the CNS check
    for m in CPF_LIKE.finditer(text):
        if outside(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, m.group(1))
    for m in RUN15.finditer(text):
        if outside(m):
            assert not cns_ok(m.group(1)), (rid, m.group(1))


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: (s["start"], s["end"]))
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
    print("ninetyfirst", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
