"""Build the ninety-sixth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_ninetysixth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, no Faker, no import from afinar or from the other generators),
stdlib only, seed 9696, 280 records: 4 domains x 7 templates x 10 copies.

Register, new: WASTE, RECYCLING AND THE ENVIRONMENT -- waste pickers' cooperatives (cooperativas
de catadores) and their member registers, sorting-shed payrolls and the apportionment of sales
(rateio), municipal urban cleaning and bulky-waste collection requests (156 service), ecopontos,
reverse logistics and e-waste take-back, recycling-credit certificates (Decreto 11.413/2023) and
Pix payouts to pickers, scrap dealers' purchase controls, environmental agencies' infraction
notices and fines (IBAMA, state agencies, municipal secretariats), the environmental licensing of
small recyclables yards, civil inquiries and consent decrees (TAC) of the Ministério Público,
public hearings on landfills, the occupational health of pickers and collectors (needlestick
accidents, leptospirosis, vaccination, crushed hands in compactor trucks, heat, dog and rat bites,
street-clinic visits at dumps) and NGO projects. Layouts vary heavily: JSON from a municipal
156-type API (with its HTTP request line and history), WhatsApp exports (Android and iOS; senders
by saved name, name plus a label, or number), a speech-to-text call transcript (lower case, no
accents, digits read in groups), e-mail threads (headers with or without display names), a
recycling app's support chat with a bot, fixed-width ERP prints (names cut at the field width),
semicolon CSV exports, log lines with IPs (an app's API log, an access.log in combined format),
one-line JSON payout logs, an e-SUS JSON export, OCR'd scans with typos (an infraction notice, an
epidemiological form), "Campo ..... valor" forms, ruled boxes, legal prose (a prosecutor's order,
a TAC, a labour claim, a defence), minutes with a Markdown attendance table, a bank statement in
Markdown.
- atendimento: (0) the 156 API's JSON for a citizen's request (bulky-waste pickup, selective
  collection, a missed collection, a complaint of dumped rubble or trash burning): requester (or
  anonymous), CPF, sometimes birth date, e-mail, mobile and landline, pickup address and CEP, the
  denounced truck's plate and the name and address a neighbour gave, origin IP (public from the
  app/web, private from the call centre), history with the fiscal, the truck and its driver, a
  neighbour's phone, a supervisor's note; (1) a cooperative members' WhatsApp group (truck plate,
  who goes on the route, a Pix key re-sent -- random, CPF, phone or e-mail --, a donor's address,
  a needlestick and the SUS card typed, a new member's CPF, birth date and phone, the press
  technician's number); (2) the transcript of a call to the 156 line (CPF and CEP read in groups,
  spoken birth date, address, a neighbour who burns cables to strip copper and his address, a
  rubble truck's plate read in lower case, phones, a relative's phone); (3) an e-mail thread
  asking a take-back program to collect household electronics (CPF, address, CEP, phone, IMEIs and
  serials, the carrier's driver and plate, the birth date used as a bank password, the destination
  certificate with the technical manager's CREA or CRQ); (4) a cooperative's fixed-width register
  of members (CPF, RG, NIT, birth date, phone) with notes on a death and the widow(er)'s CPF, a
  pending admission (nickname, voter card, address, CEP), an under-age applicant's birth date, a
  phone change; (5) an ecoponto's semicolon CSV of deliveries (people with CPF and plate, small
  rubble firms with CNPJ, operators by name or login), the booking API's log lines (CPF, plate,
  public or private IP) and the supervisor's note on a builder over the 1 m³ limit; (6) a
  recycling app's support chat (bot, agent named or not, a mistyped CPF, the real CPF, a picker's
  unpaid pickup and new Pix key and birth date, or a household's missed pickup, phone and e-mail;
  a card number typed in the chat; the visitor's IP).
- juridico: (0) an OCR'd infraction notice (auto de infração) of an environmental agency: the
  offender (CPF, RG, birth date, address, CEP, phone, e-mail), a truck's plate, its driver's CNH,
  the transport company's CNPJ, the agents, witnesses with CPF; (1) a prosecutor's order opening
  a civil inquiry (inquérito civil) on a clandestine dump (complainant's address, CEP, phone,
  e-mail; the landowner's CPF and address; the tutelary counsellor; the pickers to be heard, with
  nicknames; the analyst's e-mail; a CNJ number); (2) an online application for a simplified
  environmental licence of a scrap / recyclables yard (company CNPJ, the legal representative's
  CPF, RG, birth date, home address, CEP, phone, e-mail; the technical manager's CREA, CRBio or
  CRQ; the submitting IP; the analysts' opinion); (3) a TAC with a waste company (its partner
  qualified with RG, CPF, address, CEP), the cooperative as intervening party (president's CPF,
  the cooperative's agency and account), witnesses with CPF and the e-signature log (e-mails,
  IPs, names or signatory hashes); (4) an e-mail thread with a lawyer's defence against a
  municipal fine (client's CPF, address, CEP; the fiscal; the neighbour who hired the skip; a
  witness's phone; OAB; a CNJ number; the client's CNH); (5) a labour claim of a sorter or
  collector (Brazilian or migrant: CTPS or RNM, PIS, CPF, birth date, address, CEP, phone,
  e-mail; the company's CNPJ; the supervisor; a needlestick; witnesses with addresses and
  nicknames; the account for the credits; two lawyers with OAB); (6) minutes of a public hearing
  on a landfill or sorting plant (chair, prosecutor, the engineer's CREA, speakers -- a picker by
  nickname and name --, a Markdown attendance list with CPF or RG, phones, e-mails).
- saude: (0) a notification of a work accident with biological material (a picker pricked by a
  needle in the sorting line: birth date, CNS, CPF, mother, address, CEP, phone, NIT, the
  cooperative's CNPJ, the nurse's COREN, the doctor's CRM, the president who signs the CAT);
  (1) an OCR'd ALL CAPS leptospirosis investigation form (patient, birth date, CNS, CPF, mother,
  address, CEP, phone, exposed contacts, the investigator's COREN or CRM); (2) a nurse's e-mail
  with the semicolon CSV of a vaccination drive in a cooperative's shed (CPF, CNS, birth date,
  phone, vaccinator by first name or by code) and notes (two undocumented members known only by
  nicknames, a phone, the nurse's COREN); (3) an NGO health project's WhatsApp group (a picker
  faints with heat or is bitten by a rat or a dog: CNS, birth date, CPF typed for the UPA, the
  cooperative car's plate, the doctor, the daughter's phone); (4) an occupational clinic's e-mail
  to a collection company with a fixed-width batch of ASO results (CPF, NIT, birth date) and
  notes (a driver's CNH, a collector who fell from the truck and its plate, the safety
  technician's e-mail, the doctor's CRM, the clinic's landline); (5) a discharge summary of a
  collector hurt by the compactor or a fall (CNS, CPF, birth date, address, CEP, phones, a
  relative, the company's CNPJ, the truck's plate, surgeon and clinician with CRM, the
  physiotherapist's CREFITO, the social worker's CRESS, the nurse's COREN); (6) an e-SUS JSON
  export of a street-clinic team's visits at a dump (team with CRM and COREN, people by name,
  social name or nickname, CNS, CPF, birth date or "ignorada", ICD codes, the sync IP).
- financeiro: (0) a cooperative's monthly rateio as semicolon CSV (sales to buyers with CNPJ;
  members with CPF, NIT, Pix key -- random, CPF, phone or e-mail -- or agency and account) and the
  treasurer's notes (a Pix to an old key, a daughter's account); (1) a reverse-logistics
  manager's issue of recycling-credit certificates for a cooperative (CNPJ, NF-e keys) and the
  one-line JSON payout log of bonuses to pickers (name, CPF, key, operator IP, e2e id) with the
  analyst's note and a TED account; (2) an e-mail thread between a cooperative's treasurer and
  the city's contract fiscal about late payments (the cooperative's CNPJ, agency and account, a
  mobile, a member's message); (3) a scrap dealer's fixed-width purchase control (sellers with
  CPF, RG when buying copper, vehicle plate or "CARROCA", Pix keys) with notes (the police asked
  for the copper sellers; a seller's motorbike plate; a picker without CPF by nickname; the owner's
  phone); (4) an NGO's solidarity-credit application of a picker (CPF, RG, birth date, NIS, voter
  card, address, CEP, phone, e-mail, family with birth dates, account or Pix key, a card for the
  instalments, references with phones, the analyst's opinion naming the cooperative's leader);
  (5) an environmental fine paid in instalments: the payment portal's access.log (public IPs, a
  CPF in a query string, a card number leaked in a logged request body with the holder's name)
  and the instalment agreement (CPF, address, CEP, e-mail, phone, the attorney's OAB, the
  analyst); (6) a cooperative's bank statement in Markdown (the cooperative's agency and account,
  buyers' and an NGO's CNPJ, Pix to members with a random key, a full or a masked CPF, a TED with
  agency and account) and the reconciliation notes.

Conventions (the twentieth set's, as the later sets apply them): PERSON covers the name only,
never "Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu"; particles inside a name (de, da, do, das, dos,
e) and suffixes (Filho, Júnior, Neto, Sobrinho) are part of it; "SURNAME, GIVEN" is one span;
first names alone and nicknames, also in lower case or ALL CAPS, are persons. Staff named in the
text are persons: attendants, fiscais and agents, drivers, technicians, supervisors, analysts,
treasurers, presidents, secretaries, prosecutors, lawyers, counsellors, doctors, nurses,
physiotherapists, social workers, vaccinators named by first name. Logins ("bjesus", "tmoura",
"sup.noite", "qa_bot", "central156"), vaccinator codes ("VAC403"), signatory hashes
("signatário e48ccd") and the bots "Flor", "Reci", "Aurora", "Lata" are not. Corporate e-mails of
people are EMAIL_ADDRESS; role mailboxes (descarte@, defesa.autuacao@, imunizacao@, financeiro@)
are not labelled. ADDRESS is street type + name + number + complement, in full, abbreviated,
ALL CAPS, lower case or spoken (not bairro, city, UF; the CEP is BR_CEP). Agency and account are
separate BANK_ACCOUNT spans; bank codes and names are not. PIX_KEY only for random (UUID) keys.
DATE_OF_BIRTH only for birth dates (also of relatives and of an under-age applicant), in any form
(dd/mm/yyyy, d/m/yyyy, dd/mm/yy, ISO, long, lower-case spoken); dates of accidents,
notifications, vaccinations, admissions, exams, hearings, signatures, logs and due dates are not.
PROFESSIONAL_ID includes the council acronym and UF or region. CNPJs (numeric and the 2026
alphanumeric form, dotted or raw) of cooperatives, companies, buyers, NGOs are BR_CNPJ. Masked
values ("***.123.456-**", "4813******5676", "final 1234") are not labelled.
Decisions of this set:
- ADDRESS is where a person lives or asks for a pickup (a 156 request, an e-waste take-back, a
  donor's house, a picker's pickup), also the house of a denounced neighbour when given with its
  number. The places of dumping and burning given without a number ("terreno baldio na esquina da
  Rua X com a Travessa Y", "margem do córrego", "às margens da Avenida Projetada 7"),
  coordinates, and the addresses of companies, cooperatives and yards ("Endereço do
  empreendimento", "com sede na ...") are not.
- A Pix key that is a CPF is BR_CPF, one that is a phone PHONE_NUMBER, one that is an e-mail
  EMAIL_ADDRESS; random keys are PIX_KEY whoever holds them.
- BANK_ACCOUNT also for a cooperative's own agency and account (in a TAC, an e-mail to the city,
  the header of its statement).
- PROFESSIONAL_ID: CRM, COREN, OAB, CREA, CREFITO and, decided here, CRBio and CRQ of the
  environmental technical manager ("CRBio 12345/04-D", "CRQ-11 17374692", "CRQ IV Região nº
  ...") and CRESS of a hospital social worker ("CRESS 9ª Região nº 82909").
- Street nicknames of pickers ("Alemão", "Paraíba", "Pretinha", "Tia", "Cabeça", "Galego"), in an
  "apelido" field, after "vulgo", in parentheses or alone, and social names, are PERSON even when
  they are words or demonyms.
- NIT, NIS and PIS are BR_PIS; the SUS card is BR_CNS; a driver's CNH is BR_CNH.
- IP_ADDRESS only for public IPv4/IPv6 addresses (app, web, API, portal, e-signature, sync);
  private RFC 1918 addresses are not labelled.
- LICENSE_PLATE: plates of collection trucks, skip trucks, the cooperative's car and truck,
  carriers' vans, vehicles at an ecoponto, sellers' motorbikes, in any case (lower case in the
  transcript); "CARROCA", "A PE" are not plates.
- A name typed with a slip in a chat is labelled as typed.
- OCR damage in the scans is kept in names, words and addresses and labelled as it stands
  ("IBIAPIHA", "F0NTES"); identifiers in the scans are printed clean. Names cut by a fixed-width
  field are labelled as they stand ("LUANA CRISTIANE DE LOBO SEAB").
- Not labelled (registry, process and internal numbers): SINAN, CNES and INE numbers, auto de
  infração and SEI process numbers, inquérito civil and notícia de fato numbers, CAT numbers,
  NF-e keys and numbers, NFS-e, ART/TRT, destination certificates ("CDF-2025-983884"), ordens de
  coleta, Pix e2e ids, x-trace ids, IMEIs (never valid CNS) and serial numbers, RNM and CTPS,
  agents' matrículas, CBO and CNAE codes, vaccine lots, coordinates, protocol numbers.

Names: Brazilian names of many origins -- Portuguese common, regional and old-fashioned
(Gumercindo, Tertuliano, Quitéria, Dejanira, Honorina), coined (Ruthiely, Kauanny, Thaylla,
Uallas, Ryquelme, Wandressa), Italian, German/Pomeranian, Japanese, Lebanese, Korean, Chinese,
Haitian, Angolan, Senegalese, indigenous, Jewish, Bolivian, Venezuelan, Paraguayan,
Polish/Ukrainian, Cuban -- and street nicknames, with rare or invented name words well above a
quarter (main() prints the share). Names that are also words (Rosa, Luz, Flor, Vitória, Aurora,
Celeste, Estrela, Glória, Esperança, Pérola, Dalva, Branca, Bento, Prudente, Amado, Clemente,
Justo, Modesto, Leão, Branco, Sereno, Constante; surnames Rosa, Branco, Prudente, Amado, Leão, Paz,
Cruz, Luz, Bento, Torres, Lobo, Neves, Serra, Vale, Aurora, Estrela, Pastor) are used as names (a
colleague Rosa or Flor, a leader "dona Luz", an attendant "Branco") and, elsewhere, as words and
in companies, places and bots, which are not persons: "papelão branco", "a luz do galpão",
"seria prudente", "foi uma vitória", "casa de muro rosa", Cooperativa de Catadores Recicla Aurora,
Coopercata Rosa Branca, Associação dos Catadores Luz do Amanhã, Cooperativa Vitória de
Reciclagem, Recicla Bento, Associação Prudente de Recicladores, Cooperativa Flor do Cerrado,
Aparas Santa Luz, Sucatas Leão, Ferro-Velho Bento & Filhos, Plásticos Aurora, Vidraria Flor de
Lis, Papelão Prudente, Amado Aparas, EcoAmado, Prudente Ambiental, Aterro Sanitário Pedra Branca,
Instituto Aurora Socioambiental, Instituto Rosa dos Ventos, Mercadinho Flor do Vale, Ecoponto
Vila Rosa, Escola Municipal Aurora do Saber, Presidente Prudente, Bento Gonçalves, Santa Rosa,
Nova Aurora, Esperança (PB), Vitória, Estrela (RS), Bairro da Luz, the bots Flor and Aurora.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(protocols, a mistyped CPF in the chat, CAT numbers; the script checks every CPF-shaped run
outside a gold span), IMEIs (checked not to be valid CNS), spaced NF-e keys (checked to hold no
Luhn-valid 16-digit run), private IPs (checked), ICD-10 codes (W46, Z20.6, A27.9, T67.0, W53,
W54, S67.0, S82.2, M54.5, A15.0, B86), money, logins, codes and ids listed above, laws and rules
(Lei 12.305/2010, Lei 9.605/1998, Decreto 6.514/2008, Decreto 10.240/2020, Decreto 11.413/2023,
Lei 7.347/1985, Lei 14.133/2021, NR-15 Anexo 14, Súmula 448 do TST, Resolução CNMP nº 23/2007,
Resolução CONAMA 416/2009), companies and units named after people or words ("Disk Entulho
Honorina", "Kuperman & Silva Reciclagem Ltda.", "Depósito de Recicláveis Salvatore Dalla Vecchia
ME", "Torres & Sucupira Engenharia Ambiental", "Metais Jatobá", "Associação de Catadores Chico
Mendes", "UBS Dr. Anísio Landim", "Hospital Regional Dr. Gumercindo Queiroga", "Hospital
Municipal Prudente de Morais"), streets named after people outside an address (a company's seat
"com sede na Rua Doutor Kalil Bechara, 204"), dates that are not birth dates.
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
SEED = 9696
OUT_NAME = "ninetysixth.jsonl"

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
    return n.isdigit() and len(n) > 1 and luhn_dv(n[:-1]) == n[-1]


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned, coined
# or foreign name words that are not in the common Brazilian name lists; main() prints their share.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline",
            "Sandra", "Camila", "Amanda", "Jéssica", "Letícia", "Mariana", "Gabriela", "Vanessa", "Luana", "Tatiane",
            "Cristiane", "Simone", "Ana Paula", "Maria José", "Lúcia", "Rita", "Raimunda", "Josefa", "Sônia", "Cláudia"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Diego", "Anderson",
            "Leandro", "Tiago", "Fábio", "Ricardo", "Sebastião", "Raimundo", "José Carlos", "Manoel", "Jorge"]
RARE_F = ["Edileusa", "Rosineide", "Gildete", "Iracildes", "Nivalda", "Quitéria", "Dejanira", "Eronildes", "Josélia",
          "Clemilda", "Valdenice", "Marizete", "Lindinalva", "Avelina", "Filomena", "Leocádia", "Idalina", "Tercília",
          "Zulmira", "Alzerina", "Cremilda", "Dalvanira", "Enedina", "Gercina", "Honorina", "Jacira", "Noêmia",
          "Ruthiely", "Kauanny", "Thaylla", "Adrielly", "Yngrid", "Jamilly", "Raynara", "Kemilly", "Sthefany",
          "Dheyse", "Ysadora", "Maryellen", "Laysla", "Wandressa", "Kettlyn"]
RARE_M = ["Josenildo", "Edivaldo", "Genilson", "Valdeci", "Ednaldo", "Raniere", "Jucelino", "Olegário", "Bartolomeu",
          "Eustáquio", "Florisvaldo", "Gumercindo", "Idelfonso", "Lindolfo", "Manoelito", "Orlindo", "Tertuliano",
          "Anísio", "Belarmino", "Clodoaldo", "Dorival", "Eleutério", "Firmino", "Gedeão", "Juvenal", "Laudelino",
          "Rhuan", "Kaiky", "Uallas", "Ryquelme", "Dyego", "Jhemerson", "Wendson", "Kleyton", "Maycon", "Wallyson",
          "Erivelton", "Josué Wendel", "Cledson", "Deivison", "Jadson", "Raylan"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Glória", "Esperança", "Pérola", "Dalva",
          "Maria da Luz", "Maria das Dores", "Maria da Glória", "Rosa Maria", "Branca"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Justo", "Modesto", "Leão", "Vitório", "Branco", "Sereno", "Constante"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Sousa", "Conceição", "Jesus"]
RARE_SUR = ["Cajazeira", "Bulhões", "Guedelha", "Jatobá", "Queiroga", "Rebouças", "Sucupira", "Timbó", "Uchôa",
            "Varjão", "Alencastro", "Barroncas", "Cantanhede", "Espíndola", "Gondim", "Jucá", "Landim", "Nepomuceno",
            "Pitombeira", "Quental", "Rolim", "Seabra", "Tinoco", "Mourão", "Fragoso", "Trigueiro", "Caldeirão",
            "Sobreira", "Brasileiro", "Maracajá", "Borborema", "Mangabeira", "Lucena", "Ibiapina",
            "Bessa", "Ximenes", "Sertório"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo",
            "Neves", "Pinheiro", "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Pastor", "Ramos", "Reis"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Tonho", "Antônia": "Toinha",
        "Raimundo": "Mundinho", "Raimunda": "Mundica", "Sebastião": "Tião", "Maria das Dores": "Dorinha",
        "Maria da Glória": "Glorinha", "Maria da Luz": "Luzinha", "Manoel": "Mané", "Josefa": "Zefa",
        "Idalina": "Lina", "Gumercindo": "Cindo", "Bartolomeu": "Bartô", "Firmino": "Mino", "Juvenal": "Nena",
        "Florisvaldo": "Flori", "Zulmira": "Mira", "Honorina": "Nora", "Dejanira": "Jane", "Rosa": "Rosinha",
        "Bento": "Bentinho", "João": "Joca", "Pedro": "Pedrinho", "Edivaldo": "Didi", "Valdeci": "Deci",
        "Lindolfo": "Dodô", "Gildete": "Gil", "Kaiky": "Kaikynho", "Belarmino": "Belo", "Eustáquio": "Taquinho"}
STREET_NICKS_M = ["Alemão", "Baiano", "Magrão", "Negão", "Paraíba", "Ceará", "Galego", "Cabeça", "Índio", "Perneta", "Ruivo",
                  "Pezão", "Bigode", "Formiga", "Catarina", "Pernambuco", "Pelé", "Tatu"]
STREET_NICKS_F = ["Pretinha", "Vovó", "Tia", "Galega", "Baiana", "Loira", "Paraíba", "Formiga", "Neguinha", "Ceará", "Baixinha"]
STREET_NICKS = STREET_NICKS_M + STREET_NICKS_F
FOREIGN = {
    "it": (["Graziella", "Loredana", "Nunzia"], ["Salvatore", "Pasquale", "Gianluca"],
           ["Bortolotto", "Pegoraro", "Zanatta", "Casagrande", "Menegat", "Dalla Vecchia", "Tomasi"]),
    "de": (["Hildegard", "Gerda", "Irmgard"], ["Egon", "Siegfried", "Arno"],
           ["Kuhn", "Schmitt", "Wachholz", "Klitzke", "Raasch", "Vorpagel", "Bremenkamp"]),
    "jp": (["Akemi", "Mayumi", "Sachiko"], ["Takeshi", "Minoru", "Yukio"],
           ["Higa", "Kanashiro", "Miyazaki", "Tokunaga", "Shimabukuro", "Arakaki"]),
    "ar": (["Samira", "Jamile", "Soraya"], ["Jamil", "Kalil", "Nabih"],
           ["Jafet", "Bechara", "Saad", "Kassab", "Khoury", "Haddad"]),
    "kr": (["Ji-woo", "Seo-yeon"], ["Dong-hyun", "Min-jun"], ["Park", "Kang", "Jung", "Lim"]),
    "cn": (["Meiling", "Xiuying"], ["Jianguo", "Weiming"], ["Liang", "Huang", "Zhang", "Guo"]),
    "ht": (["Nadège", "Marie-Carmelle", "Widline", "Roselène"], ["Jean-Robert", "Wesner", "Fritznel", "Wilguens"],
           ["Pierre-Louis", "Auguste", "Désir", "Métellus", "Lindor", "Saint-Fleur"]),
    "ao": (["Nzinga", "Luzolo", "Ndilu"], ["Kiala", "Mbemba", "Tchiwale"], ["Ngola", "Kiluange", "Matondo", "Nsimba"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Abdoulaye", "Moustapha", "Ibrahima"], ["Faye", "Sarr", "Gueye", "Mbaye"]),
    "in": (["Jaciara", "Moema", "Kerexu", "Araci"], ["Raoni", "Karai", "Piatã", "Tupã"],
           ["Guajajara", "Pataxó", "Terena", "Kaingang", "Potiguara", "Xukuru"]),
    "jw": (["Esther", "Miriam", "Devorah"], ["Avraham", "Yossef", "Chaim"],
           ["Goldfarb", "Lerner", "Zylberstajn", "Waisman", "Kuperman"]),
    "bo": (["Ayda", "Nelly", "Eusebia"], ["Grover", "Efraín", "Teodoro"], ["Quispe", "Condori", "Huanca", "Mamani", "Yujra"]),
    "ve": (["Yuleisy", "Oriana", "Dayerlin", "Yusmary"], ["Yonaiker", "Deiby", "Yorbis", "Wuilliam"],
           ["Castellanos", "Urdaneta", "Pernía", "Colmenares", "Guanipa"]),
    "py": (["Ramona", "Nidia", "Liz Mabel"], ["Nery", "Derlis", "Osmar"], ["Benítez", "Ayala", "Giménez", "Cáceres"]),
    "pl": (["Jadwiga", "Halyna"], ["Stanisław", "Mykola"], ["Kowalczyk", "Wiśniewski", "Bondarenko", "Hnatyshyn"]),
    "cu": (["Yaimara", "Odalys"], ["Yosvany", "Reinier"], ["Valdés", "Cárdenas", "Oquendo"]),
}
RARE_ORIGINS = ("kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "ve", "py", "pl", "cu")
RARE = set(RARE_F + RARE_M + RARE_SUR + STREET_NICKS)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Graziella", "Loredana", "Nunzia", "Bortolotto", "Pegoraro", "Zanatta", "Menegat", "Dalla Vecchia",
             "Tomasi", "Hildegard", "Gerda", "Irmgard", "Egon", "Siegfried", "Wachholz", "Klitzke", "Raasch",
             "Vorpagel", "Bremenkamp", "Kanashiro", "Tokunaga", "Shimabukuro", "Arakaki", "Minoru", "Yukio", "Sachiko",
             "Jafet", "Bechara", "Kassab", "Khoury", "Nabih"])
RARE.update(v for k, v in NICK.items() if v not in ("Zé", "Chico", "Tonho", "Tião", "Rosinha", "Pedrinho", "Joca"))

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Conceição"}
DO_SUR = {"Nascimento", "Vale", "Bonfim"}
DOS_SUR = {"Santos", "Campos", "Reis", "Ramos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "17", "19", "21", "22", "24", "27", "31", "32", "34", "35", "37", "38", "41",
        "43", "44", "47", "48", "51", "53", "54", "61", "62", "63", "65", "67", "68", "69", "71", "73", "75", "77",
        "79", "81", "82", "83", "84", "85", "86", "87", "88", "91", "92", "94", "95", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Vila", "Beco", "Viela"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora", "Estrela Dalva",
                "Padre Cícero", "Dom Hélder Câmara", "Coronel Jatobá", "Professora Dejanira Queiroga", "Tiradentes",
                "Quinze de Novembro", "Marechal Deodoro", "da Paz", "Raio de Luz", "Rosa Branca", "Vereador Amado Timbó",
                "Castro Alves", "Santos Dumont", "Frei Damião", "Irmã Dulce", "dos Catadores", "Chico Mendes",
                "Pedro Álvares Cabral", "das Garças", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras",
                "Senador Pompeu", "Monsenhor Tabosa", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês",
                "Doutor Kalil Bechara", "Leão do Norte", "Serra Branca", "Pioneiro Arno Raasch", "Cônego Lindolfo Sucupira",
                "Doze de Outubro", "da Reciclagem", "Projetada 7", "Sucupira", "Lagoa do Prato"]
CITIES = [("Juazeiro do Norte", "CE"), ("Crato", "CE"), ("Maracanaú", "CE"), ("Sobral", "CE"), ("Caucaia", "CE"),
          ("Aurora", "CE"), ("Mossoró", "RN"), ("Parnamirim", "RN"), ("Patos", "PB"), ("Campina Grande", "PB"),
          ("Esperança", "PB"), ("Caruaru", "PE"), ("Petrolina", "PE"), ("Jaboatão dos Guararapes", "PE"),
          ("Arapiraca", "AL"), ("Feira de Santana", "BA"), ("Camaçari", "BA"), ("Vitória da Conquista", "BA"),
          ("Imperatriz", "MA"), ("São José de Ribamar", "MA"), ("Teresina", "PI"), ("Ananindeua", "PA"),
          ("Santarém", "PA"), ("Porto Velho", "RO"), ("Cuiabá", "MT"), ("Dourados", "MS"), ("Aparecida de Goiânia", "GO"),
          ("Uberlândia", "MG"), ("Contagem", "MG"), ("Montes Claros", "MG"), ("Presidente Prudente", "SP"),
          ("Guarulhos", "SP"), ("São Bernardo do Campo", "SP"), ("Sorocaba", "SP"), ("Bento Gonçalves", "RS"),
          ("Santa Rosa", "RS"), ("Canoas", "RS"), ("Joinville", "SC"), ("Florianópolis", "SC"), ("Londrina", "PR"),
          ("Nova Aurora", "PR"), ("Estrela", "RS"), ("Vitória", "ES"), ("Serra", "ES"), ("Duque de Caxias", "RJ"),
          ("São Gonçalo", "RJ"), ("Boa Vista", "RR"), ("Rio Branco", "AC"), ("Palmas", "TO"), ("Macapá", "AP")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL", "RO", "RR", "TO", "AC", "AP"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Lixão Velho", "Pirambu", "Santa Luzia",
           "Conjunto Esperança", "Jardim Vitória", "Bela Vista", "Parque das Flores", "Vila Estrela", "Lagoa Seca",
           "Planalto", "Cidade Nova", "Conjunto Habitacional Leão do Norte", "Bairro da Luz", "Vila Prudente",
           "Jardim Catarina", "Comunidade do Gancho", "Ocupação Nova Vida", "Vila Operária"]

# --------------------------------------------------------------------------- the waste world
COOPS = [("Cooperativa de Catadores Recicla Aurora", "Recicla Aurora"),
         ("Coopercata Rosa Branca — Cooperativa de Catadores de Materiais Recicláveis", "Coopercata Rosa Branca"),
         ("Associação dos Catadores Luz do Amanhã", "Luz do Amanhã"),
         ("Cooperativa Vitória de Reciclagem", "Coop Vitória"),
         ("Coopervida — Cooperativa de Catadores do Cariri", "Coopervida"),
         ("Cooperativa Mãos que Reciclam", "Mãos que Reciclam"),
         ("Associação Prudente de Recicladores Autônomos", "ASPRA"),
         ("Recicla Bento Cooperativa de Trabalho", "Recicla Bento"),
         ("Cooperativa Estrela do Papelão", "Estrela do Papelão"),
         ("Coorpel — Cooperativa de Reciclagem do Vale", "Coorpel"),
         ("Cooperativa Flor do Cerrado de Catadores", "Flor do Cerrado"),
         ("Associação de Catadores Chico Mendes", "Chico Mendes")]
CLEANING = ["SLU — Serviço de Limpeza Urbana", "Secretaria Municipal de Serviços Urbanos (SEMSUR)", "Emlurb",
            "Autarquia de Limpeza Urbana (ALU)", "Secretaria de Infraestrutura e Zeladoria", "Comcap",
            "Departamento de Limpeza Pública", "Secretaria Municipal de Conservação e Serviços Públicos"]
AGENCIES = [("IBAMA", "Instituto Brasileiro do Meio Ambiente e dos Recursos Naturais Renováveis"),
            ("CETESB", "Companhia Ambiental do Estado de São Paulo"), ("INEA", "Instituto Estadual do Ambiente"),
            ("FEAM", "Fundação Estadual do Meio Ambiente"), ("SEMACE", "Superintendência Estadual do Meio Ambiente"),
            ("CPRH", "Agência Estadual de Meio Ambiente"), ("IMA", "Instituto do Meio Ambiente de Santa Catarina"),
            ("FEPAM", "Fundação Estadual de Proteção Ambiental Henrique Luiz Roessler"),
            ("IAT", "Instituto Água e Terra"), ("INEMA", "Instituto do Meio Ambiente e Recursos Hídricos"),
            ("SEMMA", "Secretaria Municipal de Meio Ambiente"), ("SEMAM", "Secretaria Municipal do Meio Ambiente e Urbanismo")]
WASTE_COS = ["Ambiental Sertão Coleta e Transporte Ltda.", "Limpa Vale Serviços Urbanos S.A.", "EcoAmado Gestão de Resíduos Ltda.",
             "Prudente Ambiental Ltda.", "Aterro Sanitário Pedra Branca Ltda.", "Torres & Sucupira Engenharia Ambiental",
             "Leão Coleta de Resíduos Ltda.", "Estrela Limpeza Urbana EIRELI", "Bulhões Transportes e Caçambas Ltda."]
BUYERS = ["Aparas Santa Luz Ltda.", "Sucatas Leão Comércio de Metais Ltda.", "Ferro-Velho Bento & Filhos",
          "Plásticos Aurora Reciclados Ltda.", "Vidraria Flor de Lis Reciclagem", "Papelão Prudente Aparas EIRELI",
          "Metais Jatobá Comércio de Sucatas", "Recicla Norte Indústria de Plásticos S.A.", "Amado Aparas e Papéis Ltda."]
GESTORAS = ["ReverTech Gestora de Eletroeletrônicos", "Ciclo Verde Logística Reversa", "Recircula Embalagens",
            "EcoTrilha Gestão de Resíduos Pós-Consumo", "Volta ao Ciclo Logística Reversa S.A."]
NGOS = ["Instituto Aurora Socioambiental", "ONG Mãos Limpas", "Instituto Rosa dos Ventos", "Projeto Catador Cidadão",
        "Fundação Luz do Sertão", "Instituto Vitória Régia de Economia Solidária"]
MATERIALS = [("papelão (OCC)", 0.55, 1.10), ("papel branco", 0.80, 1.60), ("PET cristal", 2.20, 3.80), ("PET verde", 1.60, 2.60),
             ("PEAD colorido", 1.50, 2.80), ("PP", 1.20, 2.20), ("alumínio (latinha)", 5.50, 8.50), ("cobre", 32.0, 45.0),
             ("ferro / sucata mista", 0.45, 0.90), ("vidro âmbar", 0.10, 0.25), ("Tetra Pak", 0.25, 0.55),
             ("PEBD filme", 0.90, 1.80), ("metal (panela/antimônio)", 6.0, 9.0), ("bateria automotiva", 3.0, 4.5)]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("004", "Banco do Nordeste"),
         ("336", "C6 Bank"), ("290", "PagSeguro"), ("380", "PicPay"), ("323", "Mercado Pago")]
HOSPITALS = ["Hospital Regional do Cariri", "UPA 24h Vila Estrela", "Hospital São Bento", "Santa Casa de Misericórdia",
             "Hospital Municipal Prudente de Morais", "Hospital Regional Dr. Gumercindo Queiroga", "Pronto-Socorro da Luz",
             "UPA Jardim Aurora", "Hospital Geral Vitória"]
UBS = ["UBS Vila Rosa", "UBS Conjunto Esperança", "UBS Dr. Anísio Landim", "Unidade de Saúde da Família Lagoa Seca",
       "UBS Bairro da Luz", "USF Jardim Catarina", "UBS Planalto"]
ICD = [("W46", "contato com agulha hipodérmica"), ("Z20.6", "contato e exposição ao vírus da imunodeficiência humana"),
       ("Z20.5", "contato com exposição a hepatite viral"), ("A27.9", "leptospirose não especificada"),
       ("S61.0", "ferimento de dedo(s) sem lesão da unha"), ("S67.0", "lesão por esmagamento do polegar e de outro(s) dedo(s)"),
       ("T67.0", "golpe de calor e insolação"), ("W54", "mordedura ou golpe provocado por cão"),
       ("W53", "mordedura ou golpe provocado por rato"), ("M54.5", "dor lombar baixa"), ("L23.9", "dermatite alérgica de contato"),
       ("J06.9", "infecção aguda das vias aéreas superiores"), ("A15.0", "tuberculose pulmonar"), ("B86", "escabiose"),
       ("T59.8", "efeito tóxico de outros gases, fumaças e vapores"), ("S82.2", "fratura da diáfise da tíbia")]

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
        if g.startswith("Maria d") or g in ("Rosa Maria", "Maria José", "Ana Paula", "José Carlos", "Liz Mabel", "Josué Wendel"):
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
        return f"{self.first} {self.last[0]}."


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
            "long": f"{dd} de {MONTHS[mm - 1]} de {yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}",
            "dot": f"{dd:02d}.{mm:02d}.{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}",
            "compact": f"{yy}{mm:02d}{dd:02d}", "low": f"{dd} de {fold(MONTHS[mm - 1])} de {yy}"}[fmt]


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
        """n digits that pass no identifier check of that length (protocols, AIs, MTRs, processes)."""
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
        """A CPF-shaped number (dotted) that fails the check: a typo."""
        return fmt_cpf(self.neg(11))

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.40:
            return self.pick(RARE_SUR)
        if r < 0.55:
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
            elif rng.random() < 0.45:
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
            local = ("9" + str(self.ri(6, 9)) + self.d(7)) if mobile else (str(self.ri(2, 5)) + self.d(7))
            if not cpf_ok(ddd + local):  # a raw 11-digit number never doubles as a valid CPF
                return ddd, local

    def fmt_phone(self, ddd: str, local: str, style: str) -> str:
        h, t = local[:-4], local[-4:]
        mob = len(local) == 9
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "zero": f"0{ddd} {h}-{t}", "nospace": f"({ddd}){h}-{t}", "dot": f"{ddd}.{h}.{t}",
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
                          f"final {self.d(4)}", f"XXXX-XXXX-XXXX-{self.d(4)}"])

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

    def ip_pub(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 143, 168, 170, 45, 131, 152, 163, 181, 206])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def ip6_pub(self) -> str:
        return f"2804:{self.ri(0x100, 0x7fff):x}:{self.ri(1, 0xffff):x}:{self.ri(1, 0xffff):x}:{self.hexs(4)}:{self.hexs(4)}:{self.ri(1, 0xffff):x}:{self.hexs(4)}"

    def ip(self) -> str:
        return self.ip6_pub() if self.chance(0.12) else self.ip_pub()

    def ip_priv(self) -> str:
        return self.pick([f"192.168.{self.ri(0, 15)}.{self.ri(1, 254)}", f"10.{self.ri(0, 80)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                          f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"])

    def imei(self) -> str:
        while True:
            b = self.pick(["35", "35", "86", "01", "49"]) + self.d(12)
            n = b + luhn_dv(b)
            if not cns_ok(n):
                return n

    def nfe_key(self, spaced: bool = False) -> str:
        """A 44-digit NF-e access key (never labelled); spaced keys never hold a Luhn-valid 16-digit window."""
        while True:
            k = f"{self.ri(11, 53)}{self.ri(24, 26)}{self.ri(1, 12):02d}" + self.d(14) + "55" + self.d(22)
            k = k[:44]
            if not spaced:
                return k
            s = " ".join(k[i:i + 4] for i in range(0, 44, 4))
            if not any(luhn_ok(re.sub(r"\D", "", m.group(0))) for m in RUN16.finditer(s)):
                return s

    def year_prot(self, year: int, n: int = 8) -> str:
        """A protocol number that starts with the year (never a valid título or CPF)."""
        while True:
            v = f"{year}{self.d(n)}"
            if not (len(v) == 12 and titulo_dv(v[:8], v[8:10]) == v[10:]) and not (len(v) == 11 and cpf_ok(v)):
                return v

    def mtr(self) -> str:
        return self.pick([self.neg(12), f"{self.ri(24, 26)}{self.d(8)}", f"MTR-{self.d(10)}"])

    # ----------------------------------------------------------------- addresses
    def address(self, style: str = "text") -> str:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.9) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}", f"bloco {self.pick('ABCD')} apto {self.ri(11, 408)}",
                          "fundos", f"ap. {self.ri(101, 910)}", f"lote {self.ri(1, 40)}", f"qd. {self.ri(1, 30)} lt. {self.ri(1, 40)}", "térreo"])
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{ab.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        if style == "stt":
            s = f"{t} {name} {num if num != 's/n' else 'sem numero'}" + (f" {comp}" if comp else "")
            return fold(s).lower().replace("apto", "apartamento").replace("ap.", "apartamento").replace("qd.", "quadra").replace("lt.", "lote")
        ab = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in ab:
            t = ab[t]
        sep = self.pick([", ", ", nº ", " ", ", "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def street(self) -> str:
        """A street named without a number (a corner, a stretch): never ADDRESS."""
        return f"{self.pick(['Rua', 'Avenida', 'Travessa', 'Estrada'])} {self.pick(STREET_NAMES)}"

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    # ----------------------------------------------------------------- dates
    def dob(self, fmt: str | None = None, lo: int = 1950, hi: int = 2005) -> str:
        dd, mm, yy = self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

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
        return f"{self.ri(7, 21):02d}:{self.ri(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 5000) -> str:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.06", "8.15", "8.17", "8.05", "8.10", "8.26", "8.16", "8.21", "8.13", "5.07", "5.15", "4.05"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2019, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"156-{self.d(7)}", f"{self.ri(2024, 2026)}/{self.d(6)}",
                          f"{self.d(2)}{self.up(1)}{self.d(8)}"])

    def sei(self) -> str:
        return self.pick([f"{self.d(5)}.{self.d(6)}/{self.ri(2023, 2026)}-{self.d(2)}", f"SEI {self.d(4)}.{self.d(8)}/{self.ri(2023, 2026)}",
                          f"{self.ri(2023, 2026)}.{self.d(3)}.{self.d(5)}-{self.d(1)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(9)}"])
        if kind == "CRBio":
            return self.pick([f"CRBio {self.d(5)}/{self.ri(1, 8):02d}-D", f"CRBio-{self.ri(1, 8):02d} {self.d(6)}/{self.ri(1, 8):02d}-D"])
        if kind == "CRQ":
            return self.pick([f"CRQ-{self.ri(1, 21):02d} {self.d(8)}", f"CRQ {self.pick(['IV', 'II', 'X', 'XIII', 'V'])} Região nº {self.d(8)}"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F"
        if kind == "CRF":
            return f"CRF-{uf} {self.ri(1000, 99999)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")

OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"), ("é", "e"),
               ("I", "l"), ("o", "0"), ("h", "li"), ("u", "ii"), ("O", "0"), ("l", "I"), ("A", "À"), ("N", "H")]


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
            "wa2": t.strftime("%d/%m/%y, %H:%M")}[fmt]


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
    return s[:w].rstrip()


def table_md(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    for r in rows:
        doc.t("|")
        for cell in r:
            doc.t(" ")
            for v, lab in (cell if isinstance(cell, list) else [cell]):
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


def table_fixed(doc: Doc, cols: list[tuple[str, int]], rows: list[list[tuple]], rule: str = "-") -> None:
    """A fixed-width report: values are cut at the field width (a cut name is labelled as it stands)."""
    doc.t(" ".join(c.ljust(w) for c, w in cols).rstrip() + "\n" + " ".join(rule * w for _, w in cols) + "\n")
    for r in rows:
        for k, ((v, lab), (_, w)) in enumerate(zip(r, cols)):
            if k:
                doc.t(" ")
            v = cut(v, w)
            if k == len(r) - 1:
                doc.e(v, lab if v else None)
            else:
                doc.cell(v, w, lab if v else None)
        doc.t("\n")


class JT:
    """A JSON string written from a «template» (spans inside free text); nothing in it needs escaping."""

    def __init__(self, template: str, **vals):
        self.template = template
        self.vals = vals


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
    elif isinstance(v, JT):
        start = len(doc.text)
        doc.t('"')
        doc.f(v.template, **v.vals)
        inner = doc.text[start + 1:]
        assert json.dumps(inner, ensure_ascii=False) == f'"{inner}"', inner
        doc.t('"')
    elif isinstance(v, tuple):
        s, lab = v
        enc = json.dumps(s, ensure_ascii=False)
        assert enc == f'"{s}"', s  # labelled strings never need escaping
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
            doc.t((k + " ").ljust(w1, "."))
            doc.t(" ")
            doc.e(v, lab)
            doc.t("\n")
    else:
        for k, (v, lab) in fields:
            doc.t(f"{k}: ")
            doc.e(v, lab)
            doc.t("\n")


def who(doc: Doc, name: str, email: str, named: bool) -> None:
    """An e-mail header party: 'Name <e-mail>' when the client shows names, else the bare address."""
    if named:
        doc.e(name, "PERSON")
        doc.t(" <")
        doc.e(email, "EMAIL_ADDRESS")
        doc.t(">")
    else:
        doc.e(email, "EMAIL_ADDRESS")


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def login(p: Person, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}" + (g.d(2) if g and g.chance(0.5) else "")


def dom_of(company: str) -> str:
    w = [x for x in re.sub(r"[^a-z ]", "", fold(company).lower()).split()
         if x not in ("de", "da", "do", "dos", "das", "ltda", "e", "sa", "me", "eireli", "cooperativa", "associacao",
                      "catadores", "materiais", "reciclaveis", "que")]
    return "".join(w[:2]) + ".org.br"


def brl(v: float) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def street_nick(g: Gen, p: Person | None = None, own: bool = True) -> str:
    """A street nickname fitting the person's gender, or the person's own nickname."""
    pool = STREET_NICKS_M if p is None or not p.female else STREET_NICKS_F
    return g.pick(pool + ([p.nick] if own and p is not None else []))


def cpf_pix(g: Gen, p: Person | None = None) -> tuple:
    """A Pix key as a pickers' payroll shows it: random key (PIX_KEY), CPF (BR_CPF), phone or e-mail."""
    r = g.rng.random()
    if r < 0.5:
        return (g.uuid(), "PIX_KEY")
    if r < 0.72:
        return (g.cpf(g.pick(["raw", "dot"])), "BR_CPF")
    if r < 0.9:
        return (g.phone(g.pick(["raw", "e164", "par"])), "PHONE_NUMBER")
    return (g.email(p or g.person()), "EMAIL_ADDRESS")


# TEMPLATES_START
# =========================================================================== atendimento

SERVICES_156 = [(1203, "Coleta de resíduos volumosos (cata-treco)", "volumosos"),
                (1207, "Denúncia de descarte irregular de entulho", "entulho"),
                (1211, "Denúncia de queima de lixo a céu aberto", "queima"),
                (1219, "Inclusão de logradouro na rota da coleta seletiva", "seletiva"),
                (1230, "Remoção de restos de poda e galhada", "poda"),
                (1236, "Reclamação — coleta domiciliar não realizada", "nao_passou")]
BULKY = ["sofá de 3 lugares", "colchão de casal", "guarda-roupa desmontado", "geladeira (sem gás)", "fogão 4 bocas",
         "2 cadeiras de plástico quebradas", "tanquinho", "estante de MDF", "box de vidro", "porta de madeira",
         "colchão de solteiro molhado", "cama box", "televisor de tubo 29\"", "carrinho de bebê"]
UA = ["Android 14; app 156Cidade 4.2.1", "iPhone iOS 17.5; app 156Cidade 4.2.0", "Mozilla/5.0 (Windows NT 10.0) Chrome/125",
      "WhatsApp Business API", "Android 12; app 156Cidade 4.1.9"]


def hist_entry(g: Gen, when: datetime.datetime, who: str, tpl: str, **kw) -> dict:
    return {"data": ts(when, "iso"), "usuario": who, "texto": JT(tpl, **kw)}


def at_156(g: Gen) -> Doc:
    """JSON of a municipal 156-type service API: a citizen's request on urban cleaning, with its history."""
    doc = Doc()
    city, uf = g.city()
    code, svc, kind = g.pick(SERVICES_156)
    opened = g.moments(1, None, 1, (6, 23))[0]
    canal = g.pick(["app", "app", "web", "whatsapp", "central"])
    denuncia = kind in ("entulho", "queima")
    anon = denuncia and g.chance(0.3)
    sol = g.person()
    prot = g.year_prot(opened.year)
    doc.f("GET https://api.156.«c».«uf».gov.br/v2/solicitacoes/«p»?expand=historico\nHTTP/1.1 200 OK  content-type: application/json  x-trace: «tr»\n\n",
          c=re.sub(r"[^a-z]", "", fold(city).lower())[:14], uf=uf.lower(), p=prot, tr=g.hexs(16))
    if anon:
        solicitante = {"anonimo": True, "observacao": "denunciante pediu sigilo (LGPD, art. 7º, III)"}
    else:
        solicitante = {"anonimo": False, "nome": P(g.pick([sol.full, sol.caps, sol.full, sol.short])),
                       "cpf": (g.cpf(g.pick(["raw", "dot"])), "BR_CPF")}
        if g.chance(0.35):
            solicitante["data_nascimento"] = (g.dob("iso", 1945, 2004), "DATE_OF_BIRTH")
        if g.chance(0.75):
            solicitante["email"] = (g.email(sol), "EMAIL_ADDRESS")
        solicitante["telefone"] = (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER")
        if g.chance(0.4):
            solicitante["telefone_fixo"] = (g.phone(g.pick(["raw", "par"]), mobile=False), "PHONE_NUMBER")
    if denuncia:
        local = {"descricao": f"terreno baldio na esquina da {g.street()} com a {g.street()}" if g.chance(0.5)
                 else f"margem do córrego, atrás da {g.pick(['quadra de esportes', 'escola municipal', 'igreja da Luz', 'feira livre'])}",
                 "bairro": g.pick(BAIRROS), "cep": (g.cep(g.chance(0.5)), "BR_CEP"),
                 "lat": round(-g.ri(3, 29) - g.rng.random(), 6), "lng": round(-g.ri(35, 55) - g.rng.random(), 6)}
    else:
        local = {"logradouro": (g.address(g.pick(["text", "text", "caps"])), "ADDRESS"), "bairro": g.pick(BAIRROS),
                 "cep": (g.cep(g.chance(0.6)), "BR_CEP"),
                 "referencia": g.pick(["casa de muro rosa", "ao lado do Mercadinho Flor do Vale", "portão branco, cachorro bravo",
                                       "em frente à praça", "vila no fundo do corredor", ""])}
    body = {"protocolo": prot, "servico": {"codigo": code, "nome": svc}, "canal": canal, "situacao": g.pick(["EM_ATENDIMENTO", "CONCLUIDA", "ENCAMINHADA", "AGENDADA"]),
            "abertura": ts(opened, "iso"), "solicitante": solicitante, "local": local}
    if kind == "volumosos":
        body["itens"] = g.sample(BULKY, g.ri(1, 4))
    if denuncia:
        den = {"descricao": g.pick(["caminhão caçamba basculante", "carroça puxada a cavalo", "caminhonete branca", "moto com carretinha",
                                    "o próprio morador do lote vizinho"])}
        if g.chance(0.6):
            den["placa"] = (g.plate(), "LICENSE_PLATE")
        if g.chance(0.5):
            dp = g.person(female=False)
            den["nome_informado"] = P(g.pick([dp.first, dp.nick, dp.full]))
            if g.chance(0.5):
                den["endereco_informado"] = (g.address(), "ADDRESS")
        body["denunciado"] = den
    ip = (g.ip(), "IP_ADDRESS") if canal in ("app", "web") else V(g.ip_priv())
    body["origem"] = {"ip": ip, "user_agent": g.pick(UA) if canal != "central" else "atendente-cc", "porta": g.ri(1024, 65000)}
    t = opened
    hist = []
    team = g.person(female=g.chance(0.2))
    fiscal = g.person()
    stamps = [opened + datetime.timedelta(minutes=m) for m in sorted(g.sample(range(5, 60 * 24 * 6), 4))]
    hist.append(hist_entry(g, stamps[0], "sistema", "Solicitação registrada via «c».", c=canal))
    if denuncia:
        hist.append(hist_entry(g, stamps[1], login(fiscal, g), "Vistoria pela fiscal «f» (mat. «m»): confirmado o descarte, aprox. «v» m3; autuação nos termos da Lei 12.305/2010 e do Código de Posturas.",
                               f=P(g.pick([fiscal.full, fiscal.short])), m=g.d(5), v=g.ri(2, 14)))
        hist.append(hist_entry(g, stamps[2], "sistema", "Ordem de remoção «o» gerada para a equipe de «e».", o=g.d(6), e=g.pick(WASTE_COS)))
    else:
        hist.append(hist_entry(g, stamps[1], login(team, g), "Coleta agendada para «d». Caminhão «pl», motorista «mo».", d=dbr(g.after(opened.date(), 1, 8)),
                               pl=(g.plate(), "LICENSE_PLATE"), mo=P(g.pick([team.full, team.short, team.first]))))
        if g.chance(0.5):
            viz = g.person(female=True)
            hist.append(hist_entry(g, stamps[2], "central156", "Munícipe ligou: deixar os itens com a vizinha «v», telefone «t».",
                                   v=P(g.pick([viz.first, viz.full, g.pick(['Rosa', 'Luz', 'Flor', 'Aurora'])])), t=(g.phone("plain"), "PHONE_NUMBER")))
    hist.append(hist_entry(g, stamps[3], "sistema", g.pick(["Serviço concluído. Avaliação do munícipe: 4 estrelas.",
                                                           "Aguardando equipe. Prazo legal: 15 dias úteis.",
                                                           "Encaminhado para «c» — sem equipe disponível nesta semana."]), c=g.pick(CLEANING)))
    body["historico"] = hist
    jval(doc, body, 0)
    doc.t("\n")
    if g.chance(0.55):
        sup = g.person()
        doc.f("\n# nota interna (supervisão): «n» — «x»\n", n=P(g.pick([sup.full, sup.first])),
              x=g.pick(["reincidência no mesmo ponto; pedir câmera à Guarda Municipal.", "o munícipe já tinha ligado 3x; priorizar.",
                        "não confundir com o ponto de entrega voluntária (PEV) da rua de cima.", "conferir se o entulho é de obra licenciada."]))
    return doc


def at_whatsapp_coop(g: Gen) -> Doc:
    """WhatsApp export of a waste pickers' cooperative members' group."""
    doc = Doc()
    coop, short = g.pick(COOPS)
    ios = g.chance(0.4)
    day = g.day()
    n = g.ri(8, 11)
    members = [g.person() for _ in range(6)]
    pres, tes = members[0], members[1]
    senders = []
    for p in members:
        if g.chance(0.65):
            senders.append((g.phone("wa"), "PHONE_NUMBER", p, ""))
        else:
            nm = g.pick([p.first, p.short, p.nick, p.full, p.first])
            senders.append((nm, "PERSON", p, g.pick(["", "", "", " Coop", " Galpão", " Triagem", " 🌻", " ♻️"]) if nm == p.first else ""))
    title = f"{short} — Cooperados"
    doc.t(f"Conversa do WhatsApp com {title}\n" if not ios else f"{title}\n")
    it = iter(g.moments(n, day, 3, (6, 22)))

    def line(_who: int, _msg: str, **kw) -> None:
        t = next(it)
        doc.t(ts(t, "waios") + " " if ios else ts(t, "wa2") + " - ")
        name, lab, _, suffix = senders[_who]
        doc.e(name, lab)
        doc.t(suffix)
        doc.t(": ")
        doc.f(_msg, **kw)
        doc.t("\n")

    a, b = g.sample(members[2:], 2)
    msgs = []
    msgs.append((0, "Bom dia pessoal! Amanhã o caminhão «pl» passa no condomínio às 7h. Vai na coleta «a» com o motorista. Levem luva e bota!",
                 dict(pl=(g.plate(), "LICENSE_PLATE"), a=P(g.pick([a.first, a.nick])))))
    msgs.append((g.ri(2, 5), g.pick(["tesoureira o pix da quinzena não caiu pra mim ainda", "o pix da quinzena não caiu pra mim ainda 😕"]), {}))
    msgs.append((1, "Manda tua chave de novo que deu erro aqui", {}))
    k_other = g.ri(2, 5)
    msgs.append((k_other, "«k»", dict(k=cpf_pix(g, senders[k_other][2]))))
    donor = g.person(female=True)
    dn = g.pick([donor.first, donor.full])
    msgs.append((g.ri(0, 5), "gente a dona «d» da «ad» ligou, tem uns 30 sacos de papelão e garrafa pet pra doar. quem pega?",
                 dict(d=P(typo(dn, g) if g.chance(0.2) else dn), ad=(g.address(g.pick(["low", "text"])), "ADDRESS"))))
    msgs.append((g.ri(2, 5), g.pick(["eu pego de tarde com o carrinho", "vou eu e a «r»", "deixa comigo"]), dict(r=P(g.pick(["Rosa", "Flor", "Dalva"])))))
    hurt = g.ri(2, 5)
    msgs.append((hurt, g.pick(["cortei a mão num caco de vidro que tava no meio do papel branco, to indo na UPA",
                               "furei o dedo numa agulha no saco do lixo hospitalar que veio misturado 😢 to indo no posto"]), {}))
    msgs.append((0, "Vai sim! Leva o cartão do SUS. Depois manda o atestado que a gente faz a CAT", {}))
    msgs.append((hurt, "«c» é esse o número né", dict(c=(g.cns(g.chance(0.4)), "BR_CNS"))))
    if g.chance(0.7):
        nw = g.person()
        msgs.append((0, "Cadastro da nova cooperada: «n», CPF «c», nascida em «d», telefone «t». Começa segunda na triagem.",
                     dict(n=P(nw.full), c=(g.cpf(), "BR_CPF"), d=(g.dob(g.pick(["br", "nopad"]), 1960, 2005), "DATE_OF_BIRTH"),
                          t=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"))))
    tech = g.person(female=False)
    msgs.append((g.ri(0, 1), "a prensa quebrou de novo 😡 o técnico «t» vem segunda, o zap dele é «z»",
                 dict(t=P(g.pick([tech.first, tech.short])), z=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))))
    msgs.append((g.ri(2, 5), g.pick(["Foi uma vitória! A prefeitura renovou o contrato da coleta seletiva 🙌",
                                     "a luz do galpão caiu de novo, alguém avisa a Enel",
                                     "Reunião sábado 9h. Pauta: rateio, EPI, visita do Instituto Aurora"]), {}))
    if g.chance(0.4):
        msgs.append((g.ri(0, 5), "quem pegou a chave do galpão? a «r» disse que deixou na portaria",
                     dict(r=P(g.pick(["Rosa", "Luz", "Flor", "Dalva", members[2].first])))))
    msgs.append((g.ri(1, 5), "<Mídia oculta>" if not ios else "‎imagem ocultada", {}))
    for k, msg, kw in msgs[:n]:
        line(k, msg, **kw)
    return doc


def g_spaced(s: str, parts: list[int]) -> str:
    out, i = [], 0
    for p in parts:
        out.append(s[i:i + p])
        i += p
    return " ".join(out)


def at_transcricao(g: Gen) -> Doc:
    """Speech-to-text transcript of a call to the city's 156 line about urban cleaning (lower case, no accents)."""
    doc = Doc()
    att = g.person()
    c = g.person()
    viz = g.person(female=False)
    city, uf = g.city()
    t = g.moments(1, None, 1, (7, 20))[0]
    topic = g.pick(["queima", "entulho", "nao_passou", "volumoso"])
    doc.f("[stt] ligacao «id» | fila: limpeza urbana | «d» | dur «m»:«s» | confianca 0.«cf»\n\n", id=g.hexs(12), d=ts(t, "brs"),
          m=f"{g.ri(3, 11):02d}", s=f"{g.ri(0, 59):02d}", cf=g.ri(71, 94))
    A, C = "atendente:", g.pick(["cidada:" if c.female else "cidadao:", "cliente:", "locutor 2:"])
    doc.f(f"{A} central 156 «cid» bom dia meu nome e «a» com quem eu falo\n", cid=fold(city).lower(), a=P(fold(att.first).lower()))
    doc.f(f"{C} bom dia aqui e «n»\n", n=P(g.pick([c.low, fold(c.short).lower()])))
    if g.chance(0.5):
        doc.f(f"{A} «x» «n» pode me informar o cpf\n", x="dona" if c.female else "seu", n=P(fold(c.first).lower()))
    else:
        doc.t(f"{A} senhor{'a' if c.female else ''} pode me informar o cpf\n")
    cpf = g.cpf_digits()
    doc.f(f"{C} e «c»\n", c=(g_spaced(cpf, [3, 3, 3, 2]) if g.chance(0.7) else cpf, "BR_CPF"))
    if g.chance(0.5):
        doc.f(f"{A} e a data de nascimento\n{C} «d»\n", d=(g.dob("low", 1940, 2000), "DATE_OF_BIRTH"))
    doc.f(f"{A} qual o endereco\n{C} «ad» bairro «b» cep «cep»\n", ad=(g.address("stt"), "ADDRESS"), b=fold(g.pick(BAIRROS)).lower(),
          cep=(g_spaced(g.cep(False), [5, 3]) if g.chance(0.6) else g.cep(False), "BR_CEP"))
    if topic == "queima":
        doc.f(f"{C} e o seguinte o vizinho do lado o «nk» toda noite queima fio no quintal pra tirar o cobre e a fumaca preta entra tudo aqui "
              "minha neta tem bronquite\n", nk=P(g.pick([fold(viz.nick).lower(), fold(viz.first).lower(), fold(viz.full).lower()])))
        doc.f(f"{A} {'a senhora' if c.female else 'o senhor'} sabe o endereco dele\n{C} e a casa do lado «ad2» o nome dele todo e «n2»\n",
              ad2=(g.address("stt"), "ADDRESS"), n2=P(viz.low))
        doc.t(f"{A} certo vou registrar como denuncia de queima de residuos a fiscalizacao ambiental vai no local {'a senhora' if c.female else 'o senhor'} quer se identificar ou prefere anonimo\n")
        doc.t(f"{C} pode por meu nome nao tenho medo nao\n")
    elif topic == "entulho":
        pl = g.plate()
        doc.f(f"{C} tem um caminhao que vem toda sexta de madrugada despejar entulho no terreno baldio da esquina a placa e «p»\n",
              p=(pl.lower().replace("-", "") if g.chance(0.5) else pl, "LICENSE_PLATE"))
        doc.t(f"{A} o terreno tem numero\n{C} nao tem numero nao e na esquina da {fold(g.street()).lower()} ja virou um lixao tem rato tem escorpiao\n")
    elif topic == "nao_passou":
        doc.t(f"{C} o caminhao do lixo nao passa aqui na rua faz oito dias o lixo ta acumulado na calcada os cachorro rasga tudo\n")
        doc.f(f"{A} vou abrir reclamacao pra empresa «e» prazo de 48 horas\n", e=fold(g.pick(WASTE_COS)).lower())
    else:
        i, j = g.sample(BULKY, 2)
        doc.f(f"{C} eu queria a coleta de um «i» e um «j» pode ser\n", i=fold(i).lower().replace('"', ""), j=fold(j).lower().replace('"', ""))
        doc.t(f"{A} pode sim a coleta de volumosos e gratuita ate 2 metros cubicos deixa na calcada so na vespera\n")
    doc.f(f"{A} um telefone pra contato\n{C} «t»\n", t=(g.phone("stt"), "PHONE_NUMBER"))
    if g.chance(0.35):
        doc.f(f"{C} e o whatsapp e outro «t»\n", t=(g.phone("stt"), "PHONE_NUMBER"))
    if g.chance(0.4):
        r = g.relative(c)
        doc.f(f"{C} se nao atender liga pro meu «rel» «rn» «rt»\n", rel=g.pick(["filho", "genro", "neto", "marido"]),
              rn=P(fold(r.first).lower()), rt=(g.phone("stt"), "PHONE_NUMBER"))
    doc.f(f"{A} anota o protocolo «p» o prazo e de quinze dias uteis mais alguma coisa\n{C} nao so isso obrigad«o»\n",
          p=" ".join(g.d(4) for _ in range(3)), o=c.o)
    doc.f(f"{A} a central 156 agradece tenha um bom dia\n\n[fim da transcricao — revisado por «r»]\n",
          r=g.pick(["qa_bot", "sup.noite", login(g.person(), g)]))
    return doc


ELECTRONICS = [("notebook", "Lenovo IdeaPad"), ("notebook", "Dell Inspiron"), ("celular", "Samsung Galaxy A12"),
               ("celular", "Motorola Moto G8"), ("monitor CRT", "LG 17\""), ("impressora", "HP DeskJet"),
               ("micro-ondas", "Electrolux 20L"), ("celular", "iPhone 7"), ("tablet", "Multilaser M7"), ("roteador", "TP-Link")]


def at_logistica_reversa(g: Gen) -> Doc:
    """E-mail thread of a household e-waste take-back request to a reverse-logistics program (Decreto 10.240/2020)."""
    doc = Doc()
    gest = g.pick(GESTORAS)
    dom = dom_of(gest).replace(".org.br", ".com.br")
    c = g.person()
    att = g.person()
    eng = g.person()
    drv = g.person(female=False)
    day = g.day()
    city, uf = g.city()
    ce = g.email(c)
    items = g.sample(ELECTRONICS, g.ri(2, 4))
    named = g.chance(0.5)
    cpf = g.cpf()
    ae = corp_mail(att, dom)
    doc.t("De: ")
    who(doc, g.pick([c.full, c.short]), ce, named)
    doc.f("\nPara: descarte@«d»\nData: «dt»\nAssunto: Retirada de eletrônicos em casa\n\n", d=dom, dt=dbr(day) + " " + g.hm())
    doc.f("Boa tarde. Vi no site que vocês recolhem eletrônico velho de graça. Tenho aqui:\n")
    for kind, model in items:
        if kind == "celular":
            doc.f("- 1 «k» «m» (IMEI «i»)\n", k=kind, m=model, i=g.imei())
        else:
            doc.f("- 1 «k» «m» (nº de série «s»)\n", k=kind, m=model, s=g.up(3) + g.d(7))
    doc.f("Moro na «ad», «b», «ci»/«uf», CEP «cep». Meu CPF é «cpf» e o telefone «t».\n", ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          ci=city, uf=uf, cep=(g.cep(), "BR_CEP"), cpf=(cpf, "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.4):
        r = g.relative(c)
        doc.f("Se eu não estiver, pode entregar pro meu «rel» «r».\n", rel=g.pick(["filho", "sobrinho", "irmão", "neto"]) if not r.female else g.pick(["filha", "sobrinha", "irmã"]),
              r=P(g.pick([r.first, r.full])))
    doc.t("Att.\n\n")
    doc.t("-----\nDe: ")
    who(doc, att.full, ae, named)
    doc.f("\nPara: «e»\nAssunto: RE: Retirada de eletrônicos em casa\n\n", e=(ce, "EMAIL_ADDRESS"))
    doc.f("Prezad«o» «n»,\n\nObrigad«oa» por participar do programa de logística reversa da «g» (Lei 12.305/2010, art. 33; Decreto 10.240/2020). "
          "A retirada domiciliar foi agendada para «d», entre 8h e 12h, pela transportadora «tr» — motorista «m», veículo placa «pl». "
          "Ordem de coleta OC-«oc». O «mo» não é coberto pelo programa de eletroeletrônicos; pode ser levado ao Ecoponto mais próximo.\n\n"
          "Atenciosamente,\n«a»\nCentral de Relacionamento — «g»\n\n",
          o=c.o, n=P(c.first), oa=att.o, g=gest, d=dbr(g.after(day, 3, 12)), tr=g.pick(["Rota Verde Transportes", "Leão Log", "Trilha Cargas Ltda."]),
          m=P(g.pick([drv.full, drv.short])), pl=(g.plate(), "LICENSE_PLATE"), oc=g.d(7),
          mo=g.pick(["colchão", "sofá", "pneu", "entulho"]), a=P(g.pick([att.first, att.full])))
    doc.t("-----\nDe: ")
    who(doc, c.first, ce, named)
    doc.f("\nAssunto: RE: RE: Retirada de eletrônicos em casa\n\nE os meus dados? O celular ainda tem foto e o app do banco. "
          "Minha senha do app era a data de nascimento («dob»), tenho medo.\n\n", dob=(g.dob(g.pick(["br", "nopad"]), 1945, 2000), "DATE_OF_BIRTH"))
    doc.t("-----\nDe: ")
    who(doc, att.first, ae, named)
    doc.f("\nAssunto: RE: RE: RE: Retirada de eletrônicos em casa\n\nFique tranquil«o»: os equipamentos passam por "
          "sanitização de dados (NIST SP 800-88) antes da desmontagem e você recebe o certificado por e-mail. Sugerimos trocar a senha do "
          "banco agora.\n\nCertificado de Destinação Final nº CDF-«y»-«cdf» — gerador: «nn», CPF «cpf» — massa «kg» kg — "
          "responsável técnico: «eng» («crea»).\n", o=c.o,
          y=day.year, cdf=g.d(6), nn=P(c.caps), cpf=(cpf, "BR_CPF"), kg=g.ri(2, 35), eng=P(eng.full), crea=(g.council(g.pick(["CREA", "CRQ"])), "PROFESSIONAL_ID"))
    return doc


def at_cadastro(g: Gen) -> Doc:
    """A cooperative's fixed-width register of active members (ERP print) with the secretary's notes."""
    doc = Doc()
    coop, short = g.pick(COOPS)
    city, uf = g.city()
    day = g.day()
    sec = g.person(female=True)
    doc.f("«c»\nCNPJ «cnpj» — «ci»/«uf»\nRELAÇÃO DE COOPERADOS ATIVOS — emitido em «d» por «lg» — pág. 1/1\n\n", c=fold(coop).upper()[:60],
          cnpj=(g.any_cnpj(), "BR_CNPJ"), ci=city, uf=uf, d=dbr(day), lg=login(sec, g))
    cols = [("MAT", 4), ("NOME", 28), ("CPF", 14), ("RG", 12), ("NIT", 14), ("NASC", 10), ("TELEFONE", 15), ("FUNCAO", 9), ("ADMISSAO", 10)]
    rows = []
    people = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        people.append(p)
        rows.append([V(g.d(4)), P(g.pick([p.capsf, p.capsf, p.inverted])), (g.cpf(), "BR_CPF"), (g.rg(), "BR_RG") if g.chance(0.7) else V("-"),
                     (g.pis("dot"), "BR_PIS") if g.chance(0.8) else V("-"), (g.dob("br", 1955, 2004), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.85) else V("-"),
                     V(g.pick(["TRIAGEM", "PRENSA", "COLETA", "MOTORISTA", "BALANCA", "ADM", "TRIAGEM"])),
                     V(dbr(datetime.date(g.ri(2008, 2025), g.ri(1, 12), g.ri(1, 28))))])
    table_fixed(doc, cols, rows)
    doc.t(f"\nTOTAL: {len(rows)} cooperados ativos\n\nOBSERVAÇÕES\n")
    dead = g.pick(people)
    wid = g.person(female=not dead.female)
    doc.f("1. Falecimento: «n» faleceu em «d». Cotas-parte (R$ «v») transferidas a «w», CPF «c», conforme art. 22 do estatuto.\n",
          n=P(g.pick([dead.full, dead.short])), d=dbr(g.after(day, -60, -3)), v=g.money(100, 900), w=P(wid.full), c=(g.cpf(), "BR_CPF"))
    nw = g.person()
    nk = street_nick(g, nw)
    doc.f("2. Admissão pendente: «n», conhecid«o» como «k», aguarda título de eleitor («te») e comprovante de residência («ad», CEP «cep»).\n",
          n=P(nw.full), o=nw.o, k=P(nk), te=(g.titulo(), "BR_TITULO_ELEITOR"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    k = 3
    if g.chance(0.4):
        k = 4
        mn = g.person()
        doc.f("3. «n» (nascid«o» em «d») não pode ser admitid«o»: menor de 18 anos, trabalho com resíduos proibido (Decreto 6.481/2008, Lista TIP). "
              "Encaminhad«o» ao CRAS com a mãe.\n", n=P(mn.full), o=mn.o, d=(dbr(datetime.date(day.year - g.ri(14, 17), g.ri(1, 12), g.ri(1, 28))), "DATE_OF_BIRTH"),
              m=P(g.relative(mn, True).full))
    ch = g.pick([q for q in people if q is not dead])
    doc.f("«k». Troca de telefone: «n» — novo número «t».\n", k=k, n=P(g.pick([ch.first, ch.short])),
          t=(g.phone(), "PHONE_NUMBER"))
    doc.t("\n____________________________\nSecretaria da cooperativa\n")
    return doc


ECO_RESIDUES = ["entulho (RCC)", "móveis velhos", "poda/galhos", "eletrônicos", "pneus", "óleo de cozinha (L)", "recicláveis secos",
                "madeira", "gesso", "lâmpadas fluorescentes"]


def at_ecoponto(g: Gen) -> Doc:
    """An ecoponto's (PEV) daily delivery register (semicolon CSV) and the booking app's log lines, with the supervisor's note."""
    doc = Doc()
    city, uf = g.city()
    day = g.day()
    eco = f"Ecoponto {g.pick(['Vila Rosa', 'Jardim Aurora', 'Bento Ribeiro', 'Lagoa Seca', 'São Bento', 'Planalto', 'Parque das Flores'])}"
    ops = [g.person() for _ in range(2)]
    doc.f("# «e» — «ci»/«uf» — registro de entregas «d»\n# exportado do sistema PEV (csv; separador ;)\n", e=eco, ci=city, uf=uf, d=dbr(day))
    cols = ["hora", "nome", "documento", "placa", "veiculo", "residuo", "volume_m3", "bairro_origem", "operador"]
    rows = []
    builder = None
    named_ops = g.chance(0.35)
    for t in g.moments(g.ri(4, 6), day, 1, (7, 18)):
        company = g.chance(0.2)
        p = g.person()
        if company:
            name = V(g.pick([f"{p.last} Caçambas ME", f"Construtora {p.last} Ltda.", f"Disk Entulho {p.first}"]))
            doc_id = (g.any_cnpj(), "BR_CNPJ")
        else:
            name = P(g.pick([p.full, p.capsf, p.short]))
            doc_id = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        veh = g.pick(["carro", "caminhonete", "carroça", "a pé", "moto c/ carretinha", "caminhão 3/4"])
        plate = V("-") if veh in ("carroça", "a pé") else (g.plate(), "LICENSE_PLATE")
        if veh == "caminhão 3/4" and not company:
            builder = (p, plate)
        op = g.pick(ops)
        rows.append([V(ts(t, "hm")), name, doc_id, plate, V(veh), V(g.pick(ECO_RESIDUES)),
                     V(f"{g.ri(1, 30) / 10:.1f}".replace(".", ",")), V(g.pick(BAIRROS)),
                     P(op.first) if named_ops else V(login(op))])
    table_csv(doc, cols, rows, ";")
    doc.t("\n# log do app de agendamento (trecho)\n")
    for t in g.moments(g.ri(3, 5), day, 1, (6, 18)):
        ev = g.pick(["agenda.create", "agenda.create", "agenda.cancel", "login.ok", "limite.excedido"])
        doc.f("«t» «lv» pev-api «ev» ", t=ts(t, "iso"), lv="WARN" if ev == "limite.excedido" else "INFO", ev=ev)
        if ev == "login.ok":
            doc.f("user=«u» ip=«ip»\n", u=g.pick(["operador01", "pev.vilarosa", "sup.eco"]), ip=V(g.ip_priv()))
        else:
            doc.f("cpf=«c» placa=«p» vol=«v» ip=«ip» ua=«ua»\n", c=(g.cpf("raw"), "BR_CPF"), p=(g.plate(False), "LICENSE_PLATE"),
                  v=f"{g.ri(5, 40) / 10:.1f}", ip=(g.ip(), "IP_ADDRESS") if g.chance(0.8) else V(g.ip_priv()),
                  ua=g.pick(["android", "ios", "web"]))
    sup = g.person()
    fis = g.person()
    if builder is None:
        builder = (g.person(female=False), (g.plate(), "LICENSE_PLATE"))
    bp, bpl = builder
    doc.f("\nObs. da supervisão«s»: «n», placa «pl», tentou descarregar «v» m³ de entulho de obra, acima do limite de 1 m³/dia por munícipe "
          "(Lei 12.305/2010 e decreto municipal). Orientado a contratar caçamba licenciada; comunicado à fiscal «f». Telefone d«el»: «t».\n", el="ela" if bp.female else "ele",
          s="" if g.chance(0.5) else " (" + login(sup) + ")", n=P(g.pick([bp.full, bp.short])), pl=bpl, v=g.ri(3, 6), f=P(g.pick([fis.full, fis.short])),
          t=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_app_chat(g: Gen) -> Doc:
    """Support chat of a recycling app that connects households to pickers and pays them by Pix."""
    doc = Doc()
    app = g.pick(["Recicla Já", "CataFácil", "Cataki Local", "Reciclô", "Troco Verde"])
    bot = g.pick(["Flor", "Reci", "Aurora", "Lata"])
    catador = g.chance(0.55)
    u = g.person()
    ag = g.person()
    start = g.moments(1, None, 1, (7, 22))[0]
    k = iter(sorted(start + datetime.timedelta(seconds=s) for s in g.sample(range(5, 2400), 24)))
    doc.f("Atendimento «id» — «a» — «p» — início «s»\nIP do visitante: «ip»\n\n", id=g.hexs(8), a=app,
          p=g.pick(["app Android", "app iOS", "web"]), s=ts(start, "brs"), ip=(g.ip(), "IP_ADDRESS") if g.chance(0.8) else V(g.ip_priv()))
    named = g.chance(0.3)
    agn = g.pick([ag.first, ag.short])
    ulabel = g.pick(["Você", "Usuário", "Cliente", "Visitante"])

    def line(_who: str, _msg: str, **kw) -> None:
        doc.t(f"[{ts(next(k), 'hms')}] ")
        if _who == "u":
            doc.t(ulabel + ": ")
        elif _who == "a":
            if named:
                doc.e(agn, "PERSON")
                doc.t(" (atendente): ")
            else:
                doc.t("Atendente: ")
        else:
            doc.t(f"{bot} 🤖: ")
        doc.f(_msg, **kw)
        doc.t("\n")

    line("b", f"Oi, eu sou a {bot}! Você é catador(a) parceiro(a) ou morador(a)?")
    line("u", "catador" if catador else "morador")
    line("b", "Me diz seu CPF pra eu achar seu cadastro 😉")
    if g.chance(0.3):
        line("u", "«x»", x=g.neg_cpf())
        line("b", "Não achei esse CPF. Confere os números?")
    ucpf = g.cpf(g.pick(["dot", "raw"]))
    line("u", "«x»", x=(ucpf, "BR_CPF"))
    line("b", "Achei! Vou chamar um atendente humano.")
    line("a", "Olá! Aqui é «a». Em que posso ajudar?", a=P(ag.first))
    if catador:
        res = g.person()
        line("u", "fiz a coleta na casa da «r» na «ad» dia «d» e o app nao pagou os R$ «v»",
             r=P(g.pick([res.first, res.full])), ad=(g.address(g.pick(["low", "text"])), "ADDRESS"),
             d=dbr(g.after(start.date(), -9, -1), "nopad"), v=g.money(8, 60))
        line("a", "Vi aqui: o Pix voltou porque a chave cadastrada não existe mais. Pode me passar a chave atual?")
        key = cpf_pix(g, u)
        line("u", "«k»", k=(ucpf, "BR_CPF") if key[1] == "BR_CPF" else key)
        line("a", "Atualizei. Para confirmar, qual sua data de nascimento?")
        line("u", "«d»", d=(g.dob(g.pick(["br", "nopad", "short"]), 1955, 2004), "DATE_OF_BIRTH"))
        line("a", "Pronto, reenviado. Deve cair em até 1 hora. Seu saldo de créditos de reciclagem: «c» pontos.", c=g.ri(40, 900))
    else:
        cat = g.person()
        line("u", "agendei a coleta de recicláveis pra «d» e «oc» «c» não apareceu. moro na «ad»", oc="a catadora" if cat.female else "o catador",
             d=dbr(g.after(start.date(), -5, -1)), c=P(g.pick([cat.first, cat.short, cat.nick])), ad=(g.address(), "ADDRESS"))
        line("a", "Sinto muito! «el» teve problema com a bicicleta cargueira. Posso reagendar com outra catadora, «c2»?", el="Ela" if cat.female else "Ele",
             c2=P(g.person(female=True).first))
        line("u", "pode. avisa no zap «t» ou no email «e»", t=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"), e=(g.email(u), "EMAIL_ADDRESS"))
        line("a", "Reagendado para amanhã, 9h–11h. Separe papel, plástico e metal limpos; vidro em caixa fechada, por favor.")
    if g.chance(0.3):
        line("u", "posso doar pro app pelo cartao? «c»", c=(g.card(g.chance(0.5)), "CREDIT_CARD"))
        line("a", "Por segurança não envie cartão por aqui 🙏 vou apagar a mensagem.")
    line("a", "Protocolo: «p». Posso ajudar em algo mais?", p=g.protocol())
    line("u", g.pick(["nao obrigado", "só isso", "valeu"]))
    line("b", "Avalie nosso atendimento de 1 a 5 ⭐")
    return doc


AT = [at_156, at_whatsapp_coop, at_transcricao, at_logistica_reversa, at_cadastro, at_ecoponto, at_app_chat]

# =========================================================================== juridico

NATIONALITY = {"pt": ("brasileiro", "brasileira"), "ht": ("haitiano", "haitiana"), "ve": ("venezuelano", "venezuelana"),
               "bo": ("boliviano", "boliviana"), "py": ("paraguaio", "paraguaia"), "sn": ("senegalês", "senegalesa"),
               "ao": ("angolano", "angolana"), "cu": ("cubano", "cubana")}
CIVIL = [("solteiro", "solteira"), ("casado", "casada"), ("divorciado", "divorciada"), ("viúvo", "viúva"),
         ("em união estável", "em união estável")]


def nat_person(g: Gen, female: bool | None = None) -> tuple[Person, str]:
    origin = g.pick(["pt", "pt", "pt", "pt", "ht", "ve", "bo", "py", "sn", "ao"])
    p = g.person(female=female, origin=origin)
    return p, NATIONALITY[origin][1 if p.female else 0]


def civil(g: Gen, p: Person) -> str:
    return g.pick(CIVIL)[1 if p.female else 0]


INFRACTIONS = [
    ("QUEIMAR RESÍDUOS SÓLIDOS A CÉU ABERTO (FIOS E CABOS ELÉTRICOS PARA EXTRAÇÃO DE COBRE) NO QUINTAL DO IMÓVEL DE RESIDÊNCIA, "
     "CAUSANDO POLUIÇÃO ATMOSFÉRICA", "ART. 54, § 2º, V, DA LEI 9.605/1998; ART. 61 E ART. 62, VII, DO DECRETO 6.514/2008", False,
     "QUINTAL DO IMÓVEL DO AUTUADO"),
    ("LANÇAR RESÍDUOS DE CONSTRUÇÃO CIVIL EM ÁREA DE PRESERVAÇÃO PERMANENTE ÀS MARGENS DE CURSO D'ÁGUA, COM USO DE CAMINHÃO BASCULANTE",
     "ART. 54, § 2º, V, DA LEI 9.605/1998; ART. 62, V, DO DECRETO 6.514/2008", True, "APP DO CÓRREGO, FUNDOS DO LOTEAMENTO"),
    ("TRANSPORTAR RESÍDUOS PERIGOSOS (BATERIAS AUTOMOTIVAS USADAS) SEM MANIFESTO DE TRANSPORTE DE RESÍDUOS (MTR) E SEM LICENÇA AMBIENTAL",
     "ART. 56 DA LEI 9.605/1998; ART. 64 DO DECRETO 6.514/2008", True, "RODOVIA, KM ?, POSTO DA POLÍCIA RODOVIÁRIA"),
    ("OPERAR DEPÓSITO DE SUCATAS E MATERIAIS RECICLÁVEIS SEM LICENÇA AMBIENTAL DO ÓRGÃO COMPETENTE",
     "ART. 60 DA LEI 9.605/1998; ART. 66 DO DECRETO 6.514/2008", False, "GALPÃO SEM IDENTIFICAÇÃO NA SAÍDA DA CIDADE"),
    ("DISPOR PNEUS INSERVÍVEIS EM TERRENO A CÉU ABERTO, PROPICIANDO A PROLIFERAÇÃO DE VETORES",
     "ART. 54, § 2º, V, DA LEI 9.605/1998; ART. 62, V, DO DECRETO 6.514/2008; RESOLUÇÃO CONAMA 416/2009", False,
     "TERRENO CONTÍGUO À RESIDÊNCIA DO AUTUADO")]


def ju_auto_infracao(g: Gen) -> Doc:
    """An OCR'd scan of an environmental infraction notice (auto de infração) with the offender, agents and witnesses."""
    doc = Doc()
    sig, agname = g.pick(AGENCIES)
    city, uf = g.city()
    p = g.person()
    day = g.day()
    desc, base, vehicle, loc = g.pick(INFRACTIONS)
    rate = g.pick([0.15, 0.3, 0.45])
    O = lambda s: ocr(s, g, rate)  # noqa: E731
    doc.f(ocr_t("«a» — «sig»\nAUTO DE INFRAÇÃO AMBIENTAL Nº «ai»   SÉRIE «se»\nPROCESSO «sei»\n\n", g, rate),
          a=fold(agname).upper(), sig=sig, ai=g.d(7), se=g.pick("ABCDE"), sei=g.sei())
    doc.t(ocr_t("1. IDENTIFICAÇÃO DO AUTUADO\n", g, rate))
    fields = [("NOME", P(O(p.capsf))), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG"))]
    if g.chance(0.5):
        fields.append(("DATA NASC.", (g.dob("br", 1950, 2002), "DATE_OF_BIRTH")))
    fields += [("ENDEREÇO", (O(g.address("caps")), "ADDRESS")), ("BAIRRO/MUNICÍPIO", V(f"{fold(g.pick(BAIRROS)).upper()} — {fold(city).upper()}/{uf}")),
               ("CEP", (g.cep(), "BR_CEP")), ("TELEFONE", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.8) else V("NÃO INFORMADO"))]
    if g.chance(0.5):
        fields.append(("E-MAIL", (g.email(p).upper() if g.chance(0.3) else g.email(p), "EMAIL_ADDRESS")))
    for k, v in fields:
        doc.t(ocr(k, g, rate) + ": ")
        doc.e(v[0], v[1])
        doc.t("\n")
    doc.f(ocr_t("\n2. DESCRIÇÃO DA INFRAÇÃO\n«d»", g, rate), d=ocr(desc, g, rate))
    if vehicle:
        drv = g.person(female=False)
        doc.f(ocr_t(", VEÍCULO PLACA «pl», CONDUZIDO POR «n», CNH «cnh»", g, rate), pl=(g.plate(), "LICENSE_PLATE"),
              n=P(O(drv.capsf)), cnh=(g.cnh(), "BR_CNH"))
        if g.chance(0.5):
            doc.f(ocr_t(", A SERVIÇO DE «c», CNPJ «cj»", g, rate), c=fold(g.pick(WASTE_COS)).upper(), cj=(g.any_cnpj(), "BR_CNPJ"))
    doc.f(ocr_t(".\nLOCAL: «l» — COORD. «la», «lo»\nDATA/HORA: «dt»\n\n3. ENQUADRAMENTO LEGAL\n«b»\n\n4. VALOR DA MULTA: R$ «v» («ext»)\n"
                "5. MEDIDAS ADMINISTRATIVAS: «m»\n\n", g, rate),
          l=loc.replace("KM ?", "KM " + str(g.ri(2, 300))),
          la=f"-{g.ri(3, 29)}.{g.d(5)}", lo=f"-{g.ri(35, 55)}.{g.d(5)}", dt=dbr(day) + " " + g.hm(), b=base, v=g.money(1000, 50000),
          ext="VALOR POR EXTENSO CONFORME TABELA", m=g.pick(["EMBARGO DA ATIVIDADE", "APREENSÃO DO VEÍCULO E DOS RESÍDUOS", "ADVERTÊNCIA E NOTIFICAÇÃO PARA REMOÇÃO EM 10 DIAS",
                                                         "SUSPENSÃO DA ATIVIDADE"]))
    ag1, ag2 = g.person(), g.person()
    doc.f(ocr_t("AGENTE AUTUANTE: «a1» — MATRÍCULA «m1»\nAGENTE: «a2» — MATRÍCULA «m2»\n", g, rate), a1=P(O(ag1.capsf)), m1=g.d(6),
          a2=P(O(g.pick([ag2.capsf, fold(ag2.short).upper()]))), m2=g.d(6))
    for i in range(g.ri(1, 2)):
        w = g.person()
        doc.f(ocr_t("TESTEMUNHA «i»: «n» — CPF «c»\n", g, rate), i=i + 1, n=P(O(w.capsf)), c=(g.cpf(), "BR_CPF"))
    doc.f(ocr_t("\nCIÊNCIA DO AUTUADO: «c»\nPRAZO PARA DEFESA OU PAGAMENTO COM DESCONTO DE 30%: 20 DIAS (DECRETO 6.514/2008, ART. 113)\n", g, rate),
          c=g.pick(["ASSINADO EM " + dbr(day), "RECUSOU-SE A ASSINAR", "ASSINADO A ROGO POR " + "*" * 6]))
    return doc


def ju_inquerito_civil(g: Gen) -> Doc:
    """A public prosecutor's order opening a civil inquiry (inquérito civil) on a clandestine dump with burning and child pickers."""
    doc = Doc()
    city, uf = g.city()
    prom = g.person()
    comp = g.person()
    owner = g.person()
    sec = g.person()
    cons = g.person(female=True)
    anal = g.person()
    day = g.day()
    dom = f"mp{uf.lower()}.mp.br"
    doc.f("MINISTÉRIO PÚBLICO DO ESTADO — «e»\n«n»ª Promotoria de Justiça de «c» — Meio Ambiente, Habitação e Urbanismo\n\n"
          "PORTARIA Nº «p»/«y» — INQUÉRITO CIVIL Nº «ic»\n\n", e=uf, n=g.ri(1, 14), c=city, p=g.ri(10, 240), y=day.year,
          ic=f"{g.d(2)}.{g.d(4)}.{g.d(7)}/{day.year}-{g.d(1)}")
    doc.f("O MINISTÉRIO PÚBLICO DO ESTADO, por «s» Promotor«a» de Justiça que esta subscreve, no uso das atribuições conferidas pelo art. 129, III, "
          "da Constituição Federal, pelo art. 8º, § 1º, da Lei 7.347/1985 e pela Resolução CNMP nº 23/2007;\n\n",
          s="sua" if prom.female else "seu", a="a" if prom.female else "")
    comp_named = g.chance(0.6)
    if comp_named:
        doc.f("CONSIDERANDO a Notícia de Fato nº «nf», instaurada a partir de representação de «c», residente na «ad», «b», CEP «cep», "
              "telefone «t», ", nf=f"{g.d(2)}.{g.d(4)}.{g.d(7)}/{day.year}", c=P(comp.full), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
              cep=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        if g.chance(0.5):
            doc.f("e-mail «e», ", e=(g.email(comp), "EMAIL_ADDRESS"))
    else:
        doc.f("CONSIDERANDO a Notícia de Fato nº «nf», instaurada a partir de representação anônima recebida pela Ouvidoria, ",
              nf=f"{g.d(2)}.{g.d(4)}.{g.d(7)}/{day.year}")
    doc.f("dando conta de que, em imóvel de propriedade de «o», CPF «oc», às margens da «st», vem funcionando depósito clandestino de resíduos "
          "(lixão) com queima frequente de pneus, fios e plásticos;\n\n", o=P(g.pick([owner.full, owner.caps])), oc=(g.cpf(), "BR_CPF"),
          st=g.pick([g.street(), "Estrada Vicinal do Cafundó", "Rodovia " + uf + "-" + str(g.ri(100, 499))]))
    kids = g.chance(0.6)
    doc.f("CONSIDERANDO que no local trabalham catadores sem qualquer equipamento de proteção individual«k», conforme relatório do Conselho Tutelar",
          k=", entre eles crianças e adolescentes" if kids else "")
    if g.chance(0.5):
        doc.f(" subscrito pela conselheira «cn»", cn=P(g.pick([cons.full, cons.short])))
    doc.t(";\n\n")
    co = g.pick(WASTE_COS)
    doc.f("CONSIDERANDO que compete ao Município de «c» a gestão integrada dos resíduos sólidos gerados em seu território (Lei 12.305/2010, "
          "arts. 10 e 36, e Lei 11.445/2007), serviço hoje prestado pela empresa «co», CNPJ «cj», e que a «c2» mantém a ação civil pública "
          "nº «cnj» sobre o encerramento do antigo lixão;\n\n", c=city, co=co, cj=(g.any_cnpj(), "BR_CNPJ"), c2=g.pick(["Promotoria", "Defensoria Pública"]),
          cnj=g.cnj())
    doc.t("RESOLVE instaurar INQUÉRITO CIVIL, determinando:\n\nI — o registro e a autuação desta portaria;\n"
          "II — a expedição de ofício ao Secretário Municipal de Meio Ambiente")
    if g.chance(0.5):
        doc.f(", «s»", s=P(sec.full))
    doc.f(", requisitando, em 30 (trinta) dias, o plano municipal de "
          "gestão integrada de resíduos sólidos e informações sobre a inclusão dos catadores na coleta seletiva;\n"
          "III — a notificação d«o» para, querendo, prestar esclarecimentos, no endereço «oa», «ci»/«uf»;\n"
          "IV — a requisição de vistoria técnica no local ao órgão ambiental («ag»), com registro fotográfico;\n", o="o proprietário do imóvel" if g.chance(0.5) else "o investigado",
          oa=(g.address(), "ADDRESS"), ci=city, uf=uf, ag=g.pick(AGENCIES)[0])
    pick = [g.person() for _ in range(g.ri(1, 2))]
    doc.t("V — a oitiva dos catadores " if len(pick) > 1 else "V — a oitiva d" + pick[0].o + " catador" + ("a " if pick[0].female else " "))
    for i, q in enumerate(pick):
        if i:
            doc.t(", " if i < len(pick) - 1 else " e ")
        doc.e(g.pick([q.full, q.short]), "PERSON")
        if g.chance(0.3):
            doc.t(" (vulgo “")
            doc.e(street_nick(g, q), "PERSON")
            doc.t("”)")
    doc.t(", que poderão ser localizados no próprio local;\n" if len(pick) > 1 else ", que poderá ser localizad" + pick[0].o + " no próprio local;\n")
    if kids:
        doc.t("VI — a comunicação ao Conselho Tutelar e ao CREAS, para acompanhamento das crianças e adolescentes identificados (ECA, art. 136);\n")
    doc.f("\nNomeio para secretariar os trabalhos «a», Analista do Ministério Público (e-mail «e»), que deverá observar o prazo de 1 (um) ano "
          "(Resolução CNMP nº 23/2007, art. 9º).\n\n«c», «d».\n\n«p»\nPromotor«x» de Justiça\n", a=P(anal.full), e=(corp_mail(anal, dom), "EMAIL_ADDRESS"),
          c=city, d=dbr(day, "long"), p=P(g.pick([prom.full, prom.caps])), x="a" if prom.female else "")
    return doc


def ju_licenca(g: Gen) -> Doc:
    """An online application for a simplified environmental licence (LAS) of a small scrap / recyclables yard and the technical opinion."""
    doc = Doc()
    sig, agname = g.pick(AGENCIES[1:])
    city, uf = g.city()
    rep = g.person()
    rt = g.person()
    an1, an2 = g.person(), g.person()
    day = g.day()
    t = g.moments(1, day, 1, (8, 23))[0]
    razao = g.pick([f"{rep.last} Comércio de Sucatas ME", f"Depósito de Recicláveis {rep.first} {rep.last} ME", f"{rep.last} & {g.person().last} Reciclagem Ltda.",
                    f"Ferro-Velho {g.pick(['São Bento', 'Aurora', 'Estrela', 'Boa Esperança'])} Ltda."])
    doc.f("«a» — Sistema de Licenciamento Ambiental Online\nREQUERIMENTO DE LICENÇA AMBIENTAL SIMPLIFICADA (LAS)\nProtocolo «p» — enviado em «ts» "
          "a partir do IP «ip»\n\n", a=sig, p=g.sei(), ts=ts(t, "brs"), ip=(g.ip(), "IP_ADDRESS"))
    style = g.pick(["box", "dots", "lines"])
    doc.t("1. EMPREENDEDOR\n")
    kv_block(doc, [("Razão social", V(razao)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")),
                   ("Atividade", V(g.pick(["Comércio atacadista de resíduos e sucatas metálicos (CNAE 4687-7/03)",
                                           "Recuperação de materiais plásticos (CNAE 3832-7/00)",
                                           "Comércio atacadista de resíduos de papel e papelão (CNAE 4687-7/01)"]))),
                   ("Endereço do empreendimento", V(f"{g.street()}, {g.ri(10, 2000)} — galpão {g.ri(1, 4)} — {g.pick(BAIRROS)}, {city}/{uf}")),
                   ("Área construída", V(f"{g.ri(80, 900)} m²"))], style)
    doc.t("\n2. REPRESENTANTE LEGAL\n")
    f2 = [("Nome", P(g.pick([rep.full, rep.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG"))]
    if g.chance(0.6):
        f2.append(("Data de nascimento", (g.dob(), "DATE_OF_BIRTH")))
    f2 += [("Endereço residencial", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
           ("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(rep), "EMAIL_ADDRESS"))]
    kv_block(doc, f2, style)
    kind = g.pick(["CREA", "CRBio", "CRQ"])
    doc.t("\n3. RESPONSÁVEL TÉCNICO\n")
    kv_block(doc, [("Nome", P(rt.full)), ("Formação", V({"CREA": "Engenheir" + rt.o + " Ambiental", "CRBio": "Biólog" + rt.o,
                                                         "CRQ": "Químic" + rt.o + " Industrial"}[kind])),
                   ("Registro", (g.council(kind), "PROFESSIONAL_ID")), ("ART/TRT", V(g.d(13))),
                   ("E-mail", (g.email(rt, g.pick(["gmail.com", "ambientalconsult.com.br", "outlook.com"])), "EMAIL_ADDRESS")),
                   ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))], style)
    doc.f("\n4. CARACTERIZAÇÃO\nResíduos recebidos: «r». Armazenamento: «a». Funcionários: «f». Destinação: «d».\n",
          r=", ".join(g.sample(["sucata ferrosa", "alumínio", "cobre", "baterias chumbo-ácido (Classe I)", "papelão", "PET", "PEAD"], 3)),
          a=g.pick(["baias cobertas com piso impermeável", "pátio a céu aberto (parte)", "galpão fechado"]), f=g.ri(2, 18),
          d=g.pick(["siderúrgica e aparistas licenciados", "indústria recicladora de plásticos", "fundição licenciada"]))
    ok = g.chance(0.6)
    doc.f("\n5. PARECER TÉCNICO Nº «n»/«y»\nVistoria realizada em «d» pel«o» analista «a1», acompanhad«o» de «a2»", n=g.ri(10, 900), y=day.year,
          d=dbr(g.after(day, 10, 60)), o=an1.o, a1=P(an1.full), a2=P(g.pick([an2.full, an2.short])) if g.chance(0.5) else "fiscal de plantão")
    doc.f(" e d«o» representante legal, Sr«x». «r».", o=rep.o, x="a" if rep.female else "", r=P(g.pick([rep.short, rep.first + " " + rep.last])))
    if ok:
        doc.t(" Opina-se pelo DEFERIMENTO da LAS, com validade de 4 anos, mediante as condicionantes: (i) impermeabilizar a área de baterias; "
              "(ii) emitir MTR em todas as saídas de resíduos Classe I; (iii) não receber fios queimados nem tampas de bueiro.\n")
    else:
        doc.t(" Constatou-se queima de fios no pátio e armazenamento de baterias sobre solo exposto. Opina-se pelo INDEFERIMENTO e pela lavratura de "
              "auto de infração (Decreto 6.514/2008, art. 66).\n")
    doc.f("\n«a» — Analista Ambiental — matrícula «m»\n", a=P(g.pick([an1.full, an1.caps])), m=g.d(6))
    return doc


def ju_tac(g: Gen) -> Doc:
    """A consent decree (termo de ajustamento de conduta) on closing a dump and hiring the pickers' cooperative, with the e-signature log."""
    doc = Doc()
    city, uf = g.city()
    prom = g.person()
    rep = g.person()
    pres = g.person(female=g.chance(0.7))
    coop, short = g.pick(COOPS)
    co = g.pick(WASTE_COS)
    day = g.day()
    bank = g.pick(BANKS)
    ag, cc = g.agency(), g.account()
    doc.f("TERMO DE AJUSTAMENTO DE CONDUTA Nº «n»/«y»\nInquérito Civil nº «ic»\n\n", n=g.ri(1, 90), y=day.year,
          ic=f"{g.d(2)}.{g.d(4)}.{g.d(7)}/{day.year - g.ri(0, 2)}-{g.d(1)}")
    doc.f("COMPROMITENTE: MINISTÉRIO PÚBLICO DO ESTADO, pel«o» Promotor«a» de Justiça «p»;\n\n", o=prom.o, a="a" if prom.female else "",
          p=P(prom.full))
    doc.f("COMPROMISSÁRIA: «co», CNPJ «cj», com sede na «se», «ci»/«uf», neste ato representada por «sv» sóci«o» administrador«a» «r», «nat», «civ», "
          "empresári«o», portador«a» do RG «rg» e inscrit«o» no CPF sob o nº «cpf», residente e domiciliad«o» na «ad», «ci2»/«uf2», CEP «cep»;\n\n",
          co=co, cj=(g.any_cnpj(), "BR_CNPJ"), se=f"{g.street()}, {g.ri(10, 3000)}", ci=city, uf=uf, o=rep.o, a="a" if rep.female else "",
          sv="sua" if rep.female else "seu",
          r=P(rep.full), nat=NATIONALITY["pt"][1 if rep.female else 0], civ=civil(g, rep), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"),
          ad=(g.address(), "ADDRESS"), ci2=g.city()[0], uf2=g.pick(UFS), cep=(g.cep(), "BR_CEP"))
    doc.f("INTERVENIENTE: «c», CNPJ «cj», representada por sua president«e» «p», CPF «cpf»;\n\n", c=coop, cj=(g.any_cnpj(), "BR_CNPJ"),
          e="a" if pres.female else "e", p=P(pres.full), cpf=(g.cpf(), "BR_CPF"))
    doc.f("CLÁUSULA PRIMEIRA — A COMPROMISSÁRIA encerrará, em 90 dias, o recebimento de resíduos na área do antigo lixão, promovendo a remoção "
          "dos passivos conforme plano aprovado pelo órgão ambiental competente («ag»).\n\nCLÁUSULA SEGUNDA — A COMPROMISSÁRIA contratará a INTERVENIENTE para a triagem dos "
          "resíduos da coleta seletiva (Lei 12.305/2010, art. 36, § 1º), pagando R$ «v» por tonelada triada, mediante depósito no «b», agência «ag2», "
          "conta corrente «cc», de titularidade da cooperativa.\n\n", ag=g.pick(AGENCIES)[0], v=g.money(90, 260), b=bank[1], ag2=(ag, "BANK_ACCOUNT"),
          cc=(cc, "BANK_ACCOUNT"))
    doc.f("CLÁUSULA TERCEIRA — Os catadores que atuavam no lixão, relacionados no Anexo I, terão preferência no ingresso na "
          "cooperativa, vedado o trabalho de menores de 18 anos.\n\nCLÁUSULA QUARTA — O descumprimento sujeitará a COMPROMISSÁRIA a multa diária "
          "de R$ «m», revertida ao fundo de que trata o art. 13 da Lei 7.347/1985.\n\n", l=P(g.person().full), m=g.money(500, 5000))
    ws = [g.person() for _ in range(2)]
    doc.f("«c», «d».\n\nTestemunhas:\n1. «w1» — CPF «c1»\n2. «w2» — CPF «c2»\n\n", c=city, d=dbr(day, "long"), w1=P(ws[0].full), c1=(g.cpf(), "BR_CPF"),
          w2=P(ws[1].full), c2=(g.cpf(), "BR_CPF"))
    doc.f("— Registro de assinaturas eletrônicas («pl») — documento «h» —\n", pl=g.pick(["ClickSign", "D4Sign", "gov.br", "DocuSign", "ZapSign"]),
          h=g.hexs(16))
    signers = [(prom, corp_mail(prom, f"mp{uf.lower()}.mp.br")), (rep, g.email(rep)), (pres, g.email(pres))] + [(w, g.email(w)) for w in ws]
    by_name = g.chance(0.5)
    for (p, em), t in zip(signers, g.moments(len(signers), day, 2, (8, 22))):
        doc.f("«t» | «n» | «e» | IP «ip» | «s»\n", t=ts(t, "iso"), n=P(g.pick([p.full, p.caps])) if by_name else "signatário " + g.hexs(6),
              e=(em, "EMAIL_ADDRESS"),
              ip=(g.ip(), "IP_ADDRESS") if g.chance(0.85) else V(g.ip_priv()), s="assinou como testemunha" if p in ws else "assinou")
    return doc


def ju_defesa(g: Gen) -> Doc:
    """An e-mail thread: a lawyer's administrative defence against a municipal fine for irregular waste disposal, and the reply."""
    doc = Doc()
    city, uf = g.city()
    cli = g.person()
    law = g.person()
    fis = g.person()
    an = g.person()
    viz = g.person()
    day = g.day()
    firm = g.pick([f"{law.last} Advocacia", f"{law.last} & {g.person().last} Advogados Associados", "Leão & Amado Advogados"])
    ldom = re.sub(r"[^a-z]", "", fold(firm.split()[0]).lower()) + "adv.com.br"
    gdom = re.sub(r"[^a-z]", "", fold(city).lower()) + "." + uf.lower() + ".gov.br"
    le = corp_mail(law, ldom) if g.chance(0.6) else g.email(law)
    ai = g.d(6)
    reason = g.pick(["caçamba estacionada na via pública sem sinalização e sem autorização", "descarte de restos de poda na calçada fora do dia de coleta",
                     "depósito de recicláveis no passeio público", "acondicionamento inadequado de resíduos (sacos rasgados na calçada)"])
    named = g.chance(0.5)
    doc.t("De: ")
    who(doc, law.full, le, named)
    doc.f("\nPara: defesa.autuacao@«gd»\nCc: «ce»\nData: «d»\nAssunto: Defesa prévia — Auto de Infração nº «ai»\n\n",
          gd=gdom, ce=(g.email(cli), "EMAIL_ADDRESS"), d=dbr(day) + " " + g.hm(), ai=ai)
    doc.f("Ilmo(a). Sr(a). Secretário(a) Municipal de «s»,\n\n«c», «nat», «civ», CPF «cpf», residente na «ad», «b», CEP «cep», por seu advogado "
          "que esta subscreve, vem apresentar DEFESA PRÉVIA ao Auto de Infração nº «ai», lavrado em «da» pel«o» fiscal «f», pela suposta infração de «r».\n\n",
          s=g.pick(["Meio Ambiente", "Serviços Urbanos", "Zeladoria"]), c=P(cli.full), nat=NATIONALITY["pt"][1 if cli.female else 0],
          civ=civil(g, cli), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), ai=ai,
          da=dbr(g.after(day, -25, -3)), o=fis.o, f=P(g.pick([fis.full, fis.short])), r=reason)
    co = g.pick(WASTE_COS)
    doc.f("A caçamba/os resíduos pertencem à «co», CNPJ «cj», contratada pel«ov» vizinh«ov» «v», que reforma o imóvel ao lado, como comprova a nota "
          "fiscal anexa. Requer-se a oitiva da testemunha «w», telefone «wt», e a anulação do auto, à luz do art. 5º, LV, da Constituição. "
          "Caso análogo foi decidido no processo nº «cnj».\n\n", co=co, cj=(g.any_cnpj(), "BR_CNPJ"), v=P(g.pick([viz.full, viz.short])), ov=viz.o,
          w=P(g.person().full), wt=(g.phone(), "PHONE_NUMBER"), cnj=g.cnj())
    doc.f("Termos em que pede deferimento.\n«l»\n«oab»\n\n", l=P(law.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.t("-----\nDe: ")
    who(doc, an.full, corp_mail(an, gdom), named)
    doc.f("\nPara: «le»\nData: «d»\nAssunto: RE: Defesa prévia — Auto de Infração nº «ai»\n\nPrezad«o» Dr«x»., recebida a "
          "defesa (processo «sei»). Para prosseguir, anexe a procuração e documento com foto d«oo» autuad«oo». O prazo de julgamento é de 30 dias.\n"
          "Divisão de Julgamento de Autos\n\n", a=P(an.full), ae=(corp_mail(an, gdom), "EMAIL_ADDRESS"), le=(le, "EMAIL_ADDRESS"),
          d=dbr(g.after(day, 1, 6)), ai=ai, o=law.o, x="a" if law.female else "", l=P(law.last), sei=g.sei(), oo=cli.o,
          )
    doc.t("-----\nDe: ")
    who(doc, law.short, le, named)
    doc.f("\nAssunto: RE: RE: Defesa prévia\n\nSegue procuração e CNH d«o» cliente (nº «cnh», validade «v»).\n", o=cli.o, cnh=(g.cnh(), "BR_CNH"), v=dbr(datetime.date(g.ri(2026, 2034), g.ri(1, 12), g.ri(1, 28))))
    return doc


def ju_trabalhista(g: Gen) -> Doc:
    """An initial labour claim of a sorter / collector against a waste company (insalubrity, accident with a needle)."""
    doc = Doc()
    city, uf = g.city()
    rec, nat = nat_person(g)
    law1, law2 = g.person(), g.person()
    sup = g.person(female=False)
    co = g.pick(WASTE_COS)
    adm = datetime.date(g.ri(2018, 2023), g.ri(1, 12), g.ri(1, 28))
    day = g.day()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «n»ª VARA DO TRABALHO DE «c»/«uf»\n\n", n=g.ri(1, 12), c=fold(city).upper(), uf=uf)
    doc.f("«r», «nat», «civ», «f», nascid«o» em «dob», ", r=P(rec.caps), nat=nat, civ=civil(g, rec),
          f=g.pick(["triador" + ("a" if rec.female else ""), "catador" + ("a" if rec.female else "") + " de materiais recicláveis",
                    "coletor" + ("a" if rec.female else "") + " de resíduos"]), o=rec.o, dob=(g.dob(g.pick(["br", "long"]), 1965, 2004), "DATE_OF_BIRTH"))
    if nat.startswith("brasil"):
        doc.f("portador«a» da CTPS nº «ct» série «s», ", a="a" if rec.female else "", ct=g.d(7), s=g.d(4))
    else:
        doc.f("portador«a» do RNM «rnm», ", a="a" if rec.female else "", rnm=g.up(1) + g.d(6) + "-" + g.pick("0123456789X"))
    doc.f("PIS «pis», CPF «cpf», residente na «ad», «b», «c»/«uf», CEP «cep», telefone «t»", pis=(g.pis(), "BR_PIS"), cpf=(g.cpf(), "BR_CPF"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f(", e-mail «em»", em=(g.email(rec), "EMAIL_ADDRESS"))
    doc.f(", por seus advogados (procuração anexa), vem propor\n\nRECLAMAÇÃO TRABALHISTA\n\nem face de «co», CNPJ «cj», com sede na «se», "
          "pelos fatos e fundamentos a seguir.\n\n", co=co, cj=(g.any_cnpj(), "BR_CNPJ"), se=f"{g.street()}, {g.ri(10, 3000)}, {city}/{uf}")
    doc.f("I — DOS FATOS\nA parte reclamante trabalhou para a reclamada de «a» a «d», na esteira de triagem da usina de «u», sob as ordens do "
          "supervisor «s», recebendo R$ «v» por mês, sem adicional de insalubridade. Em «ac», ao separar sacos da coleta domiciliar, perfurou a mão "
          "com agulha descartada irregularmente; recebeu atendimento de urgência («h», CID W46) e submetida a profilaxia pós-exposição por 28 dias, sem emissão de CAT.\n\n",
          a=dbr(adm), d=dbr(g.after(day, -90, -10)), u=g.pick(["triagem", "compostagem", "transbordo"]), s=P(g.pick([sup.full, sup.short, sup.nick])),
          v=g.money(1412, 1900), ac=dbr(g.after(adm, 200, 900)), h=g.pick(HOSPITALS))
    doc.t("II — DO ADICIONAL DE INSALUBRIDADE\nO contato permanente com lixo urbano enseja o adicional em grau máximo (NR-15, Anexo 14; Súmula 448, II, "
          "do TST).\n\nIII — DOS PEDIDOS\na) adicional de insalubridade de 40% e reflexos; b) indenização por danos morais; c) emissão da CAT; "
          "d) honorários (CLT, art. 791-A).\n\nIV — DAS TESTEMUNHAS\n")
    for i in range(g.ri(1, 2)):
        w = g.person()
        doc.f("«i». «n»", i=i + 1, n=P(w.full))
        if g.chance(0.4):
            doc.f(" (conhecid«o» como «nk»)", o=w.o, nk=P(street_nick(g, w)))
        if g.chance(0.6):
            doc.f(", residente na «ad»\n", ad=(g.address(), "ADDRESS"))
        else:
            doc.t(g.pick([", colega de esteira\n", ", ex-motorista da reclamada\n", ", catador autônomo\n"]))
    if g.chance(0.6):
        doc.f("\nRequer que os créditos sejam depositados na conta d«o» reclamante: «b», agência «ag», conta «cc».\n", o=rec.o,
              b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("\nDá-se à causa o valor de R$ «v».\n\n«c», «d».\n\n«l1» — «o1»\n«l2» — «o2»\n", v=g.money(20000, 90000), c=city, d=dbr(day, "long"),
          l1=P(law1.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"), l2=P(law2.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_audiencia(g: Gen) -> Doc:
    """Minutes of a public hearing on a landfill / sorting plant, with the speakers and the attendance list (Markdown table)."""
    doc = Doc()
    city, uf = g.city()
    day = g.day()
    chair = g.person()
    prom = g.person()
    eng = g.person()
    co = g.pick(WASTE_COS)
    topic = g.pick(["a implantação do aterro sanitário regional", "a ampliação da central de triagem e compostagem", "o encerramento do lixão municipal",
                    "o licenciamento da unidade de recuperação energética de resíduos"])
    doc.f("ATA DA AUDIÊNCIA PÚBLICA SOBRE «t» — MUNICÍPIO DE «c»/«uf»\n\n", t=fold(topic).upper(), c=fold(city).upper(), uf=uf)
    doc.f("Aos «d», às «h», no auditório da Escola Municipal «e», realizou-se a audiência pública convocada pelo órgão licenciador («a»), presidida por «p», "
          "com a presença d«o» Promotor«x» de Justiça «m», d«oe» engenheir«oe» «g» («cr»), responsável técnico pelo EIA/RIMA da «co», e de «n» pessoas "
          "conforme lista anexa.\n\n", d=dbr(day, "long"), h=g.pick(["18h", "19h", "9h"]),
          e=g.pick(["Prudente de Morais", "Rosa Branca", "Professor Bento Sucupira", "Aurora do Saber"]),
          a=g.pick(AGENCIES)[0], p=P(chair.full), o="a" if prom.female else "o", x="a" if prom.female else "", m=P(prom.full),
          g=P(eng.full), oe=eng.o, cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), co=co, n=g.ri(40, 260))
    doc.t("Manifestações:\n")
    speakers = [g.person() for _ in range(g.pick([2, 2, 3]))]
    quotes = {"morador": ["“Moro a 800 metros da área e já sinto o cheiro do chorume. Quem vai pagar pelo poço que secou?”",
                          "“A estrada vai receber 60 caminhões por dia passando em frente à creche.”"],
              "catador": ["“Trabalho no lixão há vinte anos. Se fechar, o que a gente vai comer? Queremos entrar na cooperativa, com galpão e EPI.”",
                          "“Ninguém perguntou pra gente. Catador também é agente ambiental, está na lei.”"],
              "representante": ["“A cooperativa tem 43 famílias e já tria 90 toneladas por mês; só pedimos contrato e pagamento em dia.”"],
              "vereador": ["“Seria prudente exigir monitoramento das águas subterrâneas com laudo público a cada seis meses.”",
                           "“O plano municipal de resíduos está vencido desde 2019.”"]}
    for i, sp in enumerate(speakers):
        role = g.pick(["moradora do bairro " + g.pick(BAIRROS) if sp.female else "morador do bairro " + g.pick(BAIRROS),
                       "catador" + ("a" if sp.female else ""), "representante da " + g.pick(COOPS)[1], "vereador" + ("a" if sp.female else "")])
        doc.f("«i». ", i=i + 1)
        if role.startswith("catador") and g.chance(0.6):
            doc.f("«nk» («n»), «r»: ", nk=P(street_nick(g, sp)), n=P(sp.full), r=role)
        else:
            doc.f("«n», «r»: ", n=P(g.pick([sp.full, sp.short])), r=role)
        key = next(k for k in quotes if role.startswith(k))
        doc.t(g.pick(quotes[key]) + "\n")
    sec = g.person()
    doc.f("\nO responsável técnico respondeu às perguntas. A presidência encerrou os trabalhos às «h»; ", h=g.pick(["21h40", "22h15", "12h30"]))
    if g.chance(0.5):
        doc.f("lavrei a presente ata, «s», secretári«o» ad hoc.\n\n", s=P(sec.full), o=sec.o)
    else:
        doc.t("a ata foi lavrada pela secretaria executiva do conselho.\n\n")
    doc.t("ANEXO — LISTA DE PRESENÇA (extrato)\n\n")
    rows = []
    for k in range(g.ri(3, 5)):
        p = speakers[k] if k < len(speakers) and g.chance(0.5) else g.person()
        dk = g.pick(["rg", "cpf", "cpf", "none"])
        docv = {"rg": (g.rg(), "BR_RG"), "cpf": (g.cpf(), "BR_CPF"), "none": V("—")}[dk]
        rows.append([V(str(k + 1)), P(g.pick([p.full, p.full, p.short, fold(p.full).upper()])), docv,
                     (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.85) else V(""),
                     (g.email(p), "EMAIL_ADDRESS") if g.chance(0.45) else V(""),
                     V(g.pick(["morador(a)", g.pick(COOPS)[1], "Assoc. de Moradores", co, "imprensa", "Câmara Municipal"]))])
    table_md(doc, ["Nº", "Nome", "RG/CPF", "Telefone", "E-mail", "Entidade"], rows)
    return doc


JU = [ju_auto_infracao, ju_inquerito_civil, ju_licenca, ju_tac, ju_defesa, ju_trabalhista, ju_audiencia]

# =========================================================================== saude


def sa_perfurocortante(g: Gen) -> Doc:
    """A notification of a work accident with biological material (a picker pricked by a needle in the sorting line)."""
    doc = Doc()
    city, uf = g.city()
    p = g.person()
    coop, short = g.pick(COOPS)
    nurse, doc_ = g.person(female=g.chance(0.75)), g.person()
    day = g.day()
    unit = g.pick(HOSPITALS + UBS)
    doc.f("FICHA DE NOTIFICAÇÃO — ACIDENTE DE TRABALHO COM EXPOSIÇÃO A MATERIAL BIOLÓGICO\nSINAN nº «n»   Data da notificação: «d»   "
          "Unidade: «u» (CNES «cn»)   Município: «c»/«uf»\n\n", n=g.d(7), d=dbr(day), u=unit, cn=g.d(7), c=city, uf=uf)
    fields = [("Nome do paciente", P(g.pick([p.full, p.caps]))), ("Data de nascimento", (g.dob(g.pick(["br", "nopad"]), 1955, 2004), "DATE_OF_BIRTH")),
              ("Sexo", V("F" if p.female else "M")), ("Cartão SUS", (g.cns(), "BR_CNS"))]
    if g.chance(0.6):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    fields += [("Nome da mãe", P(g.relative(p, True).full)), ("Endereço", (g.address(), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS))),
               ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER")),
               ("Ocupação", V("Catador(a) de material reciclável (CBO 5192-05)")), ("Empregador / cooperativa", V(short)),
               ("CNPJ", (g.any_cnpj(), "BR_CNPJ"))]
    if g.chance(0.4):
        fields.append(("NIT", (g.pis(), "BR_PIS")))
    kv_block(doc, fields, g.pick(["box", "dots", "lines"]))
    doc.f("\nCircunstância: «c»\nAgente: «a». Uso de EPI: «e».\nTestes rápidos (paciente-fonte desconhecido): anti-HIV não reagente; HBsAg não "
          "reagente; anti-HCV não reagente. Esquema vacinal hepatite B: «hb».\nConduta: PEP (TDF/3TC + DTG) por 28 dias; «v»; orientado retorno "
          "em 30, 90 e 180 dias.\nCID-10: «cid»\n\n",
          c=g.pick(["durante a triagem na esteira, perfurou o dedo indicador com agulha descartada em saco de lixo doméstico",
                    "ao compactar sacos na prensa, lesão na palma da mão por seringa com agulha", "ao rasgar saco preto na coleta, ferimento "
                    "no antebraço por lanceta de glicemia"]),
          a=g.pick(["agulha com lúmen", "seringa com sangue visível", "lanceta"]), e=g.pick(["luva de raspa (perfurada)", "nenhum", "luva de látex"]),
          hb=g.pick(["completo", "incompleto (1 dose)", "ignorado"]), v=g.pick(["dT aplicada", "vacina hepatite B 1ª dose aplicada", "dT e hepatite B aplicadas"]),
          cid=g.pick(["W46; Z20.6", "W46; Z20.5; Z20.6", "W46"]))
    doc.f("Notificador«a»: «n» — «c»\nMédic«o» assistente: «m» — «crm»\n", a="a" if nurse.female else "", n=P(nurse.full),
          c=(g.council("COREN", uf), "PROFESSIONAL_ID"), o="a" if doc_.female else "o", m=P(g.pick([doc_.full, doc_.short])),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    pres = g.person()
    doc.f("\nCAT nº «cat» emitida pela cooperativa em «d», assinada pel«o» president«e» «p» (telefone «t»).\n", cat=f"{g.neg(11)}/{g.d(3)}",
          d=dbr(g.after(day, 0, 3)), o=pres.o, e="a" if pres.female else "e", p=P(pres.full), t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    return doc


def sa_leptospirose(g: Gen) -> Doc:
    """An OCR'd, ALL CAPS investigation form of a leptospirosis case in a picker who works at a dump."""
    doc = Doc()
    city, uf = g.city()
    p = g.person()
    day = g.day()
    rate = g.pick([0.2, 0.35, 0.5])
    O = lambda s: ocr(s, g, rate)  # noqa: E731
    doc.f(ocr_t("SECRETARIA MUNICIPAL DE SAÚDE DE «c» — VIGILÂNCIA EPIDEMIOLÓGICA\nFICHA DE INVESTIGAÇÃO — LEPTOSPIROSE   Nº «n»\n\n", g, rate),
          c=fold(city).upper(), n=g.d(7))
    doc.t(ocr("DADOS DO PACIENTE\n", g, rate))
    fields = [("NOME", P(O(p.capsf))), ("DATA NASC", (g.dob(g.pick(["br", "short"]), 1950, 2006), "DATE_OF_BIRTH")),
              ("CNS", (g.cns(), "BR_CNS")), ("CPF", (g.cpf(), "BR_CPF") if g.chance(0.5) else V("NAO INFORMADO")), ("NOME DA MÃE", P(O(g.relative(p, True).capsf))),
              ("ENDEREÇO", (O(g.address("caps")), "ADDRESS")), ("BAIRRO", V(fold(g.pick(BAIRROS)).upper())), ("CEP", (g.cep(), "BR_CEP")),
              ("TELEFONE", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("OCUPAÇÃO", V("CATADOR DE MATERIAL RECICLAVEL" if not p.female else "CATADORA DE MATERIAL RECICLAVEL"))]
    for k, v in fields:
        doc.t(ocr(k, g, rate) + ": ")
        doc.e(v[0], v[1])
        doc.t("   " if k in ("NOME", "CNS", "BAIRRO") else "\n")
    doc.t("\n")
    doc.f(ocr_t("\nANTECEDENTES EPIDEMIOLÓGICOS (30 DIAS)\n(X) CONTATO COM LIXO/ENTULHO   (X) SINAIS DE ROEDORES   («a») ÁGUA DE ENCHENTE   ( ) CRIAÇÃO DE ANIMAIS\n"
                "LOCAL PROVÁVEL DE INFECÇÃO: «l»\n\nDADOS CLÍNICOS\nINÍCIO DOS SINTOMAS: «s»   FEBRE, MIALGIA (PANTURRILHAS), CEFALEIA«x»\n"
                "INTERNAÇÃO: «h» EM «di»   CID-10: A27.9\nSOROLOGIA (ELISA IGM): «r»\n\n", g, rate),
          a=g.pick(["X", " "]), l=g.pick(["LIXÃO MUNICIPAL (ÁREA DE TRIAGEM INFORMAL)", "GALPÃO DA COOPERATIVA", "CÓRREGO ATRÁS DO ATERRO"]),
          s=dbr(g.after(day, -14, -3)), x=g.pick(["", ", ICTERÍCIA", ", OLIGÚRIA"]), h=g.pick(HOSPITALS).upper(), di=dbr(g.after(day, -3, 0)),
          r=g.pick(["REAGENTE", "NÃO REAGENTE (COLETAR 2ª AMOSTRA)", "AGUARDANDO LACEN"]))
    doc.t(ocr("COMUNICANTES EXPOSTOS\n", g, rate))
    for _ in range(g.ri(0, 2)):
        c = g.relative(p) if g.chance(0.5) else g.person()
        doc.f("- «n»«x»\n", n=P(O(c.capsf)), x=g.pick(["", " (MESMA FRENTE DE TRABALHO)", " (FILHO)", " (COMPANHEIRO)"]))
    nt = g.person()
    kind = g.pick(["COREN", "CRM"])
    doc.f(ocr_t("\nINVESTIGADOR: «n» — «c»   DATA: «d»\n", g, rate), n=P(O(nt.capsf)), c=(g.council(kind, uf), "PROFESSIONAL_ID"), d=dbr(day))
    return doc


VACCINES = [("Hepatite B", ["D1", "D2", "D3"]), ("dT (dupla adulto)", ["D1", "D2", "D3", "REF"]), ("Influenza", ["DU"]),
            ("Febre amarela", ["DU"]), ("COVID-19 XBB", ["DU"]), ("Tríplice viral", ["D1", "D2"])]


def sa_vacinacao(g: Gen) -> Doc:
    """A semicolon CSV of a vaccination drive in pickers' cooperatives, with the nurse's e-mail."""
    doc = Doc()
    city, uf = g.city()
    day = g.day()
    coop, short = g.pick(COOPS)
    vacs = [g.person(female=g.chance(0.7)) for _ in range(2)]
    nurse = vacs[0]
    ubs = g.pick(UBS)
    dom = re.sub(r"[^a-z]", "", fold(city).lower()) + ".saude." + uf.lower() + ".gov.br"
    doc.f("De: «n» <«e»>\nPara: imunizacao@«d»\nAssunto: Vacinação no galpão da «c» — «dt»\n\n", n=P(nurse.full), e=(corp_mail(nurse, dom), "EMAIL_ADDRESS"),
          d=dom, c=short, dt=dbr(day))
    doc.f("Bom dia. Segue abaixo a planilha da ação de vacinação feita hoje no galpão da «c», para digitação no SI-PNI.\n\n", c=short)
    cols = ["nome", "cpf", "cns", "dt_nasc", "telefone", "vacina", "dose", "lote", "vacinador" if g.chance(0.5) else "cod_vacinador"]
    rows = []
    noid = []
    named_vac = g.chance(0.25)
    codes = {id(v): f"VAC{g.d(3)}" for v in vacs}
    for _ in range(g.ri(4, 5)):
        p = g.person()
        vac, doses = g.pick(VACCINES)
        has_cpf, has_cns = g.chance(0.7), g.chance(0.75)
        if not has_cpf and not has_cns and g.chance(0.5):
            noid.append(p)
        vname = g.pick(vacs)
        rows.append([P(g.pick([p.full, p.capsf, p.full])), (g.cpf("raw"), "BR_CPF") if has_cpf else V(""),
                     (g.cns(False), "BR_CNS") if has_cns else V(""), (g.dob(g.pick(["br", "iso"]), 1950, 2005), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER") if g.chance(0.6) else V(""),
                     V(vac), V(g.pick(doses)), V(g.up(2) + g.d(4)), P(vname.first) if named_vac else V(codes[id(vname)])])
    table_csv(doc, cols, rows, ";")
    doc.t("\nObservações:\n")
    nk = g.sample(STREET_NICKS_M, 2)
    doc.f("- Dois cooperados sem documento, conhecidos como «a» e «b», foram vacinados com registro manual; a assistente social do CRAS vai levar os "
          "dois ao Poupatempo para tirar RG e CPF.\n", a=P(nk[0]), b=P(nk[1]))
    ev = g.pick([r for r in rows])
    doc.f("- Evento adverso leve (dor e febre baixa após dT) em «n»; orientado. Contato da cooperativa: «t».\n",
          n=P(ev[0][0]) if g.chance(0.5) else "uma cooperada",
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("- Sugiro voltar em «d» para a D2 de hepatite B. A presidente da cooperativa já liberou o galpão.\n", d=dbr(g.after(day, 28, 40)))
    doc.f("\n«n»\nEnfermeir«o» — «ubs»\n«c»\n", n=P(nurse.first), o=nurse.o, ubs=ubs, c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_whatsapp(g: Gen) -> Doc:
    """WhatsApp export of an NGO health project's group with pickers' leaders, a community health agent and a nurse."""
    doc = Doc()
    ngo = g.pick(NGOS)
    day = g.day()
    ios = g.chance(0.5)
    acs = g.person(female=g.chance(0.7))
    nurse = g.person(female=True)
    lead = g.person()
    vict = g.person()
    docm = g.person()
    people = [(acs, "ACS"), (nurse, "Enf."), (lead, "")]
    senders = []
    for p, role in people:
        if g.chance(0.6):
            senders.append(((g.phone("wa"), "PHONE_NUMBER"), ""))
        else:
            nm = g.pick([p.first, p.short, p.full])
            senders.append(((nm, "PERSON"), g.pick(["", f" {role}" if role else "", " 🌿"]) if role or g.chance(0.3) else ""))
    doc.t(f"Conversa do WhatsApp com Saúde na Reciclagem — {ngo}\n")
    t0 = g.moments(1, day, 1, (7, 16))[0]
    it = iter(sorted(t0 + datetime.timedelta(minutes=m) for m in g.sample(range(0, 300), 12)))

    def line(_who: int, _msg: str, **kw) -> None:
        t = next(it)
        doc.t(ts(t, "waios") + " " if ios else ts(t, "wa") + " - ")
        (name, lab), suf = senders[_who]
        if ios and lab == "PERSON" and suf.startswith(" ") and suf.strip() in ("ACS", "Enf."):
            doc.t("~ ")
        doc.e(name, lab)
        doc.t(suf + ": ")
        doc.f(_msg, **kw)
        doc.t("\n")

    what = g.pick(["calor", "rato", "cachorro"])
    vn = g.pick([vict.first, vict.nick, vict.short])
    if what == "calor":
        line(2, "socorro «o» «v» desmaiou aqui no galpão, muito calor debaixo da lona 🥵", o=vict.o, v=P(vn))
        line(1, "Deita " + ("ela" if vict.female else "ele") + " na sombra, afrouxa a roupa e dá água aos pouquinhos. Tá consciente?")
    elif what == "rato":
        line(2, "o «v» foi mordido por rato na mão separando o lixo da feira", v=P(vn))
        line(1, "Lava com água e sabão em abundância e leva na UPA, precisa avaliar antirrábica e tétano.")
    else:
        line(2, "um cachorro do lixão mordeu a perna d«o» «v» 😢", o=vict.o, v=P(vn))
        line(1, "Lavar bem com água e sabão e ir pra UPA agora, é caso de profilaxia da raiva.")
    line(0, "Me passa o cartão do SUS e a data de nascimento que eu já adianto a ficha")
    line(2, "«c» nascid«o» «d»", c=(g.cns(g.chance(0.5)), "BR_CNS"), o=vict.o, d=(g.dob(g.pick(["br", "nopad", "short"]), 1955, 2004), "DATE_OF_BIRTH"))
    line(2, "vou no carro da coop placa «p» o samu disse que demora", p=(g.plate(), "LICENSE_PLATE"))
    if g.chance(0.6):
        line(0, "CPF d" + ("ela" if vict.female else "ele") + " pra ficha: «c»", c=(g.cpf(), "BR_CPF"))
    line(1, "Ok. Na UPA procura «oa» Dr«x». «m», «el» já conhece o projeto.", oa=docm.o, el="ela" if docm.female else "ele", x="a" if docm.female else "", m=P(g.pick([docm.first, docm.short])))
    line(0, "Avisei a filha d" + ("ela" if vict.female else "ele") + ", «f», no «t»", f=P(g.relative(vict, True).first), t=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"))
    line(1, "Receita anotada. CID «c». Amanhã passo no galpão às 9h e a gente conversa sobre «t».",
         c={"calor": "T67.0", "rato": "W53", "cachorro": "W54"}[what],
         t=g.pick(["hidratação e pausas", "luva e bota para todo mundo", "controle de roedores com a Zoonoses"]))
    line(0, "Foi uma vitória ter o galpão coberto, mas ainda falta ventilador. Vou levar o pedido pra coordenação («ngo»).", ngo=ngo)
    return doc


def sa_pcmso(g: Gen) -> Doc:
    """An occupational clinic's e-mail to a waste-collection company with a fixed-width batch of ASO results and notes."""
    doc = Doc()
    city, uf = g.city()
    co = g.pick(WASTE_COS)
    clinic = g.pick(["Clínica OcupaMed", "MedTrab Sertão", "Centro de Medicina do Trabalho Vitória", "Clínica Rosa Branca de Saúde Ocupacional",
                     "SESMT Integrado Aurora"])
    cdom = dom_of(clinic).replace(".org.br", ".com.br")
    mdoc = g.person()
    hr = g.person()
    tst = g.person()
    day = g.day()
    named = g.chance(0.4)
    doc.t("De: ")
    who(doc, mdoc.full, corp_mail(mdoc, cdom), named)
    doc.t("\nPara: ")
    who(doc, hr.full, corp_mail(hr, dom_of(co).replace(".org.br", ".com.br")), named)
    doc.f("\nAssunto: Resultados ASO — lote «l» — «co»\n\n", l=g.d(5), co=co)
    doc.f("«h», bom dia. Seguem os resultados dos exames periódicos e admissionais realizados em «d» (PCMSO, NR-7):\n\n",
          h=P(hr.first) if g.chance(0.5) else "Prezados", d=dbr(day))
    cols = [("NOME", 26), ("CPF", 14), ("NIT", 14), ("NASC", 10), ("FUNCAO", 11), ("TIPO", 5), ("RESULT", 7), ("OBS", 16)]
    rows = []
    drivers = []
    for _ in range(g.ri(4, 6)):
        p = g.person(female=g.chance(0.2))
        fn = g.pick(["COLETOR", "COLETOR", "MOTORISTA", "VARREDOR", "TRIADOR", "OP. PRENSA"])
        if fn == "MOTORISTA":
            drivers.append(p)
        res = g.pick(["APTO", "APTO", "APTO", "INAPTO", "APTO*"])
        rows.append([P(g.pick([p.capsf, p.inverted])), (g.cpf(), "BR_CPF"), (g.pis("dot"), "BR_PIS") if g.chance(0.85) else V(""),
                     (g.dob("br", 1960, 2005), "DATE_OF_BIRTH"), V(fn), V(g.pick(["PER", "PER", "ADM", "RET"])), V(res),
                     V(g.pick(["", "anti-HBs <10", "audiom. alterada", "lombalgia M54.5", "PA 150x95", "dT em atraso"]))])
    table_fixed(doc, cols, rows)
    doc.t("\nNotas:\n")
    if not drivers:
        drivers.append(g.person(female=False))
    dv = g.pick(drivers)
    doc.f("1) O motorista «n» tem a CNH «c» (categoria D) vencendo em «v»; sem a renovação e o exame toxicológico, fica inapto para dirigir o "
          "compactador.\n", n=P(g.pick([dv.full, dv.short])), c=(g.cnh(), "BR_CNH"), v=dbr(g.after(day, 5, 60)))
    col = g.person(female=False)
    doc.f("2) «n» caiu do estribo do caminhão placa «p» em «d» (CID S82.2 na época); retorno ao trabalho liberado só para varrição por 60 dias.\n",
          n=P(g.pick([col.full, col.short])), p=(g.plate(), "LICENSE_PLATE"), d=dbr(g.after(day, -200, -40)))
    doc.t("3) Anti-HBs abaixo de 10: repetir o esquema da hepatite B (3 doses) e nova sorologia em 60 dias.\n")
    doc.f("4) A técnica de segurança pediu a lista de luvas anticorte por tamanho; favor responder a ela («te»).\n",
          te=(corp_mail(tst, dom_of(co).replace(".org.br", ".com.br")), "EMAIL_ADDRESS"))
    doc.f("\nAtenciosamente,\nDr«x». «m»\nMédic«o» do Trabalho coordenador do PCMSO — «crm»\n«cl» — «tel»\n", x="a" if mdoc.female else "",
          m=P(mdoc.full), o="a" if mdoc.female else "o", crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), cl=clinic,
          tel=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    return doc


def sa_alta(g: Gen) -> Doc:
    """A hospital discharge summary of a waste collector whose hand was crushed in the compactor truck."""
    doc = Doc()
    city, uf = g.city()
    p = g.person(female=g.chance(0.2))
    hosp = g.pick(HOSPITALS)
    day = g.day()
    adm = g.after(day, -20, -3)
    co = g.pick(WASTE_COS)
    sur, cli, fis, soc, enf = g.person(), g.person(), g.person(), g.person(female=True), g.person(female=True)
    doc.f("«h»\nSUMÁRIO DE ALTA HOSPITALAR\n\nPaciente: «n»\n", h=hosp.upper(), n=P(g.pick([p.full, p.caps])))
    doc.f("Nascimento: «d»   CNS: «cns»   CPF: «cpf»\n", d=(g.dob(g.pick(["br", "nopad"]), 1960, 2004), "DATE_OF_BIRTH"),
          cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF") if g.chance(0.7) else V("não informado"))
    doc.f("Endereço: «a» — «b» — «c»/«uf» — CEP «cep»\nTelefone: «t»   Contato: ", a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          c=city, uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    rel = g.pick(["filho(a)", "esposa", "mãe", "irmão(ã)"])
    if g.chance(0.5):
        doc.f("«r» («rel»)", r=P(g.relative(p).full), rel=rel)
    else:
        doc.t(rel)
    doc.f(" — «rt»\n", rt=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("Empregador: «co» — CNPJ «cj» — CAT nº «cat»\nInternação: «a» — Alta: «d»\n\n", co=co, cj=(g.any_cnpj(), "BR_CNPJ"), cat=g.d(10),
          a=dbr(adm), d=dbr(day))
    mech = g.pick(["mão direita prensada no mecanismo compactador do caminhão de coleta (placa «pl») ao empurrar saco preso",
                   "queda do estribo traseiro do caminhão de coleta (placa «pl») em movimento, com trauma em mão e perna",
                   "corte profundo em mão esquerda por vidro dentro de saco de lixo, durante a coleta do caminhão «pl»"])
    doc.f("HISTÓRIA: coletor(a) de resíduos, vítima de " + mech + ". Trazido pelo SAMU.\n", pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("DIAGNÓSTICOS: «c»\nPROCEDIMENTOS: «pr»\nEVOLUÇÃO: boa, sem sinais de infecção; fisioterapia motora iniciada com «f» («fc»).\n"
          "Serviço Social («s», «sc») orientou sobre CAT, auxílio por incapacidade temporária (B91) e estabilidade de 12 meses (Lei 8.213/1991, art. 118).\n\n",
          c=g.pick(["S67.0 — esmagamento de dedos; S62.6 — fratura de falange", "S61.0; T79.3 — infecção pós-traumática", "S82.2; S67.0"]),
          pr=g.pick(["amputação parcial de falange distal do 3º dedo e osteossíntese", "desbridamento e sutura de tendão flexor", "redução e fixação com fio de Kirschner"]),
          f=P(fis.full), fc=(g.council("CREFITO"), "PROFESSIONAL_ID"), s=P(soc.full), sc=(f"CRESS {g.ri(1, 25)}ª Região nº {g.d(5)}", "PROFESSIONAL_ID"))
    doc.f("PRESCRIÇÃO DE ALTA: cefalexina 500 mg 6/6h por 7 dias; dipirona se dor; curativo diário na «u».\nRETORNO: ambulatório de ortopedia em «r».\n\n",
          u=g.pick(UBS), r=dbr(g.after(day, 7, 15)))
    doc.f("Cirurgião: «s» — «sc»\nClínico: «c» — «cc»\nEnfermeira responsável pela alta: «e» — «ec»\n", s=P(sur.full), sc=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          c=P(g.pick([cli.full, cli.short])), cc=(g.council("CRM", uf), "PROFESSIONAL_ID"), e=P(enf.full), ec=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_consultorio_rua(g: Gen) -> Doc:
    """A JSON export of a street-clinic team's (Consultório na Rua) visits to people living and picking at a dump."""
    doc = Doc()
    city, uf = g.city()
    day = g.day()
    team = [g.person() for _ in range(3)]
    doc.f("# export e-SUS APS — equipe eCR «e» — «c»/«uf» — «d»\n", e=g.d(4), c=city, uf=uf, d=dbr(day))
    body = {"equipe": {"ine": g.d(10), "profissionais": [
        {"nome": P(team[0].full), "funcao": "médico(a)", "registro": (g.council("CRM", uf), "PROFESSIONAL_ID")},
        {"nome": P(team[1].full), "funcao": "enfermeiro(a)", "registro": (g.council("COREN", uf), "PROFESSIONAL_ID")},
        {"nome": P(team[2].full) if g.chance(0.5) else "(não informado)", "funcao": "agente social", "registro": None}]},
        "local": g.pick(["lixão do " + g.pick(BAIRROS), "área de transbordo desativada", "margem do rio, atrás do ferro-velho"]),
        "atendimentos": []}
    for _ in range(g.ri(2, 4)):
        p = g.person()
        at = {"nome": P(g.pick([p.full, p.short, p.first])) if g.chance(0.7) else None}
        if at["nome"] is not None and g.chance(0.15):
            at["nome_social"] = P(g.pick(WORD_F + RARE_F) if not p.female else g.pick(WORD_M + RARE_M))
        at["apelido"] = P(street_nick(g, p)) if g.chance(0.45) else None
        at["cns"] = (g.cns(False), "BR_CNS") if g.chance(0.6) else None
        if g.chance(0.3):
            at["cpf"] = (g.cpf("raw"), "BR_CPF")
        at["data_nascimento"] = (g.dob("iso", 1955, 2006), "DATE_OF_BIRTH") if g.chance(0.6) else "ignorada"
        at["cid"] = g.sample([c for c, _ in ICD if c in ("A15.0", "B86", "J06.9", "L23.9", "M54.5", "T59.8", "A27.9")], g.ri(1, 2))
        at["conduta"] = g.pick(["baciloscopia coletada; TDO agendado", "ivermectina + orientação", "encaminhado ao CAPS AD",
                                "curativo e dT", "retorno em 7 dias"])
        body["atendimentos"].append(at)
    body["sync"] = {"dispositivo": "tablet-" + g.d(3), "ip": (g.ip(), "IP_ADDRESS") if g.chance(0.7) else g.ip_priv(), "em": ts(g.moments(1, day, 1, (17, 23))[0], "iso")}
    jval(doc, body, 0)
    doc.f("\n\nNota da equipe: «x»\n", x=g.pick(["dois catadores com tosse há mais de 3 semanas; pedir raio-X na UBS.",
                                                                     "a cooperativa aceitou receber três pessoas do lixão se tiverem documento.",
                                                                     "fumaça da queima de fios piora as crises de asma; avisar a Vigilância Ambiental."]))
    return doc


SA = [sa_perfurocortante, sa_leptospirose, sa_vacinacao, sa_whatsapp, sa_pcmso, sa_alta, sa_consultorio_rua]

# =========================================================================== financeiro


def fi_rateio(g: Gen) -> Doc:
    """A cooperative's monthly apportionment of sales (rateio) as a semicolon CSV, with the sales summary and the treasurer's notes."""
    doc = Doc()
    coop, short = g.pick(COOPS)
    day = g.day()
    tes, pres = g.person(), g.person()
    doc.f("# «c» — RATEIO «m»/«y» — gerado em «d»\n# vendas do período:\n", c=short.upper(), m=f"{day.month:02d}", y=day.year, d=dbr(day))
    total = 0.0
    for _ in range(g.ri(2, 4)):
        mat, lo, hi = g.pick(MATERIALS)
        kg = g.ri(300, 18000)
        price = round(lo + (hi - lo) * g.rng.random(), 2)
        total += kg * price
        doc.f("#   «b» (CNPJ «cj») — «m» — «kg» kg × R$ «p» — NF-e «nf»\n", b=g.pick(BUYERS), cj=(g.any_cnpj(), "BR_CNPJ"), m=mat,
              kg=f"{kg:,}".replace(",", "."), p=brl(price), nf=g.d(6))
    doc.f("# total bruto R$ «t»; fundo de reserva 10%; FATES 5%\n", t=brl(total))
    cols = ["cooperado", "cpf", "nit", "dias", "horas", "valor_bruto", "inss", "liquido", "forma", "chave_pix", "agencia", "conta"]
    doc.t(";".join(cols) + "\n")
    members = []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        members.append(p)
        dias = g.ri(8, 24)
        bruto = round(dias * g.ri(55, 110) + g.rng.random() * 50, 2)
        inss = round(bruto * 0.11, 2)
        forma = g.pick(["PIX", "PIX", "PIX", "TED", "DINHEIRO"])
        vals = [P(g.pick([p.full, p.capsf])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.pis("raw"), "BR_PIS") if g.chance(0.7) else V(""),
                V(str(dias)), V(str(dias * 8)), V(brl(bruto)), V(brl(inss)), V(brl(bruto - inss)), V(forma)]
        if forma == "PIX":
            vals += [cpf_pix(g, p), V(""), V("")]
        elif forma == "TED":
            vals += [V(""), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        else:
            vals += [V(""), V(""), V("")]
        table_csv(doc, None, [vals], ";")
    doc.t("\nNOTAS DA TESOURARIA\n")
    a = g.pick(members)
    doc.f("- O Pix de «n» foi para a chave antiga (do ex-cônjuge). Pedido de devolução ao banco em «d» (MED); pago de novo em dinheiro, recibo assinado.\n",
          n=P(g.pick([a.first, a.short])), d=dbr(g.after(day, 1, 5)))
    b = g.pick(members)
    doc.f("- «n» pediu para receber na conta da filha", n=P(g.pick([b.first, b.nick])))
    if g.chance(0.5):
        doc.f(", «f»", f=P(g.relative(b, True).full))
    doc.f(" (ag. «ag», conta «cc»); precisa de autorização por escrito.\n", ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.5):
        doc.t("- Papelão branco e PET com preço baixo este mês; foi uma vitória fechar a venda de alumínio acima de R$ 7,00.\n")
    doc.f("\nTesoureir«o»: «t»    President«e»: «p»\n", o=tes.o, t=P(tes.full), e="a" if pres.female else "e", p=P(pres.full))
    return doc


def fi_creditos(g: Gen) -> Doc:
    """Recycling-credit certificates issued for a cooperative and the platform's one-line JSON payout log of bonuses to pickers."""
    doc = Doc()
    gest = g.pick(GESTORAS)
    coop, short = g.pick(COOPS)
    day = g.day()
    an = g.person()
    doc.f("«g» — EMISSÃO DE CERTIFICADOS DE CRÉDITO DE RECICLAGEM (Decreto 11.413/2023)\nLote «l» · Operador: «c» (CNPJ «cj») · Homologação «h»\n\n",
          g=gest.upper(), l=g.d(6), c=coop, cj=(g.any_cnpj(), "BR_CNPJ"), h=dbr(day))
    doc.t("material          massa_t   nfe (chave)\n")
    for _ in range(g.ri(2, 3)):
        mat = g.pick(["papel/papelão", "plástico", "metal", "vidro"])
        doc.f("«m» «t»   «k»\n", m=mat.ljust(16), t=f"{g.ri(1, 90)},{g.d(3)}".rjust(8), k=g.nfe_key(g.chance(0.4)))
    doc.f("\nValor negociado: R$ «v» · bônus aos catadores: «p»% repassado por Pix\n\n# payout log\n", v=g.money(8000, 90000), p=g.ri(20, 45))
    failed = None
    for t in g.moments(g.ri(4, 6), g.after(day, 1, 10), 2, (8, 20)):
        p = g.person()
        key = cpf_pix(g, p)
        ok = g.chance(0.8)
        if not ok and failed is None:
            failed = p
        entry = {"ts": ts(t, "isoz"), "evt": "payout.pix", "status": "CONFIRMED" if ok else "REJECTED",
                 "beneficiario": {"nome": P(g.pick([p.full, p.capsf])), "cpf": (g.cpf("raw"), "BR_CPF")},
                 "chave": key, "valor": round(g.ri(3000, 60000) / 100, 2), "e2e": "E" + g.d(8) + t.strftime("%Y%m%d%H%M") + g.up(11),
                 "op_ip": (g.ip(), "IP_ADDRESS") if g.chance(0.6) else g.ip_priv()}
        if not ok:
            entry["erro"] = g.pick(["DICT_KEY_NOT_FOUND", "ACCOUNT_CLOSED"])
        jval(doc, entry, None)
        doc.t("\n")
    if failed is None:
        failed = g.person()
    doc.f("\nNota («a»): o pagamento de «n» foi rejeitado; «x» Reenviar por TED: ag. «ag», conta «cc» («b»).\n",
          a=P(g.pick([an.full, an.first])), n=P(failed.full), x=g.pick(["a chave era do celular roubado.", "conta encerrada pelo banco.", "chave digitada errada no cadastro."]),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), b=g.pick(BANKS)[1])
    return doc


def fi_prefeitura(g: Gen) -> Doc:
    """An e-mail thread between a cooperative's treasurer and the city about late payments of the selective-collection contract."""
    doc = Doc()
    city, uf = g.city()
    coop, short = g.pick(COOPS)
    tes = g.person()
    fisc = g.person()
    sec = g.person()
    day = g.day()
    gdom = re.sub(r"[^a-z]", "", fold(city).lower()) + "." + uf.lower() + ".gov.br"
    te = g.email(tes) if g.chance(0.5) else corp_mail(tes, dom_of(coop))
    bank = g.pick(BANKS)
    months = g.sample(MONTHS, 2)
    ctn = g.ri(10, 300)
    named = g.chance(0.5)
    doc.t("De: ")
    who(doc, tes.full, te, named)
    doc.t("\nPara: ")
    who(doc, fisc.full, corp_mail(fisc, gdom), named)
    doc.f("\nCc: financeiro@«cd»\nData: «d»\nAssunto: Contrato nº «ct»/«y» — notas em atraso («m1» e «m2»)\n\n", cd=dom_of(coop), d=dbr(day),
          ct=ctn, y=day.year - g.ri(0, 2), m1=months[0], m2=months[1])
    doc.f("Prezad«o» «f», boa tarde.\n\nA «c» (CNPJ «cj») ainda não recebeu as notas fiscais de «m1» (R$ «v1») e «m2» (R$ «v2») do contrato de "
          "coleta seletiva (dispensa com base na Lei 14.133/2021, art. 75, IV, \"j\"). São «n» famílias sem o rateio. Os dados bancários "
          "continuam os mesmos: «b», agência «ag», conta corrente «cc».\n\nQualquer coisa meu celular é «ph».\n\n«t»\nTesoureir«o2»\n\n",
          o=fisc.o, f=P(fisc.first), c=coop, cj=(g.any_cnpj(), "BR_CNPJ"), m1=months[0], m2=months[1], v1=g.money(18000, 60000),
          v2=g.money(18000, 60000), n=g.ri(18, 70), b=bank[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          ph=(g.phone(), "PHONE_NUMBER"), t=P(g.pick([tes.full, tes.first])), o2=tes.o)
    doc.t("-----\nDe: ")
    who(doc, fisc.full, corp_mail(fisc, gdom), named)
    doc.f("\nPara: «te»\nCc: «se»\nData: «d»\nAssunto: RE: Contrato nº «ct»\n\n«t», as notas foram atestadas por mim em «a» "
          "e seguiram para a Secretaria de Finanças (processo «sei»). Copio a Secretaria Adjunta, que pode informar a previsão. Observação: a nota "
          "de «m2» veio com o CNPJ antigo da cooperativa; reemitir.\n«f2»\nFiscal do contrato — matrícula «mt»\n\n",
          f=P(fisc.full), fe=(corp_mail(fisc, gdom), "EMAIL_ADDRESS"), te=(te, "EMAIL_ADDRESS"), s=P(sec.full), se=(corp_mail(sec, gdom), "EMAIL_ADDRESS"),
          d=dbr(g.after(day, 1, 4)), ct=ctn, t=P(tes.first), a=dbr(g.after(day, -30, -5)), sei=g.sei(), s2=P(sec.first), o=sec.o,
          m2=months[1], f2=P(fisc.first + " " + fisc.last), mt=g.d(6))
    cat = g.person()
    doc.f("-----\nDe: «te»\nAssunto: RE: RE: Contrato nº «ct»\n\nNota reemitida (NFS-e «nf»). Encaminho também a mensagem d«oc» cooperad«oc» «c», "
          "que está com a luz cortada: \"«q»\". Se puderem priorizar...\n", t=P(tes.first), te=(te, "EMAIL_ADDRESS"), ct=ctn, nf=g.d(8),
          oc=cat.o, c=P(g.pick([cat.full, cat.first])), q=g.pick(["dona, não tenho como pagar a conta de luz, tenho 3 filhos", "to vendendo latinha na rua pra comprar gás",
                                                         "se não pagar até sexta vou ter que voltar pro lixão"]))
    return doc


def fi_sucata(g: Gen) -> Doc:
    """A scrap dealer's fixed-width purchase register (sellers identified, as the law on metal scrap requires) with the owner's notes."""
    doc = Doc()
    buyer = g.pick(BUYERS[:3] + BUYERS[6:7] + [f"Ferro-Velho {g.person().last}"])
    owner = g.person()
    day = g.day()
    city, uf = g.city()
    doc.f("«b» — CNPJ «cj»\nCONTROLE DE COMPRAS DE MATERIAIS (Lei estadual de controle de sucatas) — «ci»/«uf» — período «d1» a «d2»\n\n",
          b=fold(buyer).upper(), cj=(g.any_cnpj(), "BR_CNPJ"), ci=city, uf=uf, d1=dbr(day), d2=dbr(g.after(day, 6, 6)))
    cols = [("DATA", 5), ("VENDEDOR", 24), ("CPF", 14), ("RG", 12), ("VEICULO", 8), ("MATERIAL", 16), ("KG", 6), ("R$/KG", 6), ("TOTAL", 9), ("PGTO", 4)]
    rows = []
    pix_lines = []
    sellers = []
    buys = []
    for k in range(g.ri(4, 6)):
        p = g.person()
        mat, lo, hi = g.pick(MATERIALS)
        buys.append((g.after(day, 0, 6), p, mat, lo, hi))
    buys.sort(key=lambda b: b[0])
    copper = []
    plate_of: dict[int, str] = {}
    for d, p, mat, lo, hi in buys:
        sellers.append(p)
        if "cobre" in mat:
            copper.append(p)
        kg = g.ri(3, 400) if "cobre" not in mat else g.ri(2, 40)
        price = round(lo + (hi - lo) * g.rng.random(), 2)
        pg = g.pick(["PIX", "DIN", "DIN"])
        veh = (g.plate(), "LICENSE_PLATE") if g.chance(0.55) else V(g.pick(["CARROCA", "A PE", "CARRINHO", "BICICL."]))
        if veh[1]:
            plate_of[id(p)] = veh[0]
        rows.append([V(f"{d.day:02d}/{d.month:02d}"), P(g.pick([p.capsf, p.inverted])), (g.cpf(), "BR_CPF"),
                     (g.rg(), "BR_RG") if ("cobre" in mat or g.chance(0.4)) else V("-"),
                     veh, V(mat.upper()[:16]), V(str(kg)),
                     V(brl(price)), V(brl(kg * price)), V(pg)])
        if pg == "PIX":
            pix_lines.append((len(rows), cpf_pix(g, p)))
    table_fixed(doc, cols, rows)
    if pix_lines:
        doc.t("\nChaves Pix usadas:\n")
        for i, key in pix_lines:
            doc.f("  linha «i»: «k»\n", i=i, k=key)
    doc.t("\nOCORRÊNCIAS\n")
    sus = g.pick(copper) if copper else g.person()
    doc.f("- «d»: a Polícia Civil («n») requisitou a relação de vendedores de cobre do mês, por causa do furto de cabos da "
          "iluminação pública. Entreguei cópia. «s» vende cobre toda semana, vem de moto placa «p».\n",
          d=dbr(g.after(day, 7, 20)), n=g.pick(["DP de Crimes Patrimoniais", "Delegacia de Roubos e Furtos", "GARRA"]), s=P(g.pick([sus.short, sus.first, sus.nick])),
          p=(plate_of.get(id(sus)) or g.plate(), "LICENSE_PLATE"))
    doc.t("- Recusada compra de tampa de bueiro e de fio queimado (sem nota e sem documento).\n")
    if g.chance(0.5):
        doc.f("- Lote de «k» baterias automotivas enviado à recicladora licenciada, MTR nº «m».\n", k=g.ri(20, 140), m=g.mtr())
    if g.chance(0.4):
        cat = g.person()
        doc.f("- «n» («k») trouxe carroça com 120 kg de papelão, sem CPF; orientado a se cadastrar na cooperativa «c».\n",
              n=P(cat.first), k=P(street_nick(g, cat, False)), c=g.pick(COOPS)[1])
    doc.f("\n«o» — proprietári«x» — «t»\n", o=P(owner.full), x=owner.o, t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def fi_microcredito(g: Gen) -> Doc:
    """An NGO's microcredit / project-grant application of a picker (tricycle, cart, scale) with family, references and the analyst's opinion."""
    doc = Doc()
    ngo = g.pick(NGOS)
    p = g.person()
    city, uf = g.city()
    day = g.day()
    an = g.person()
    doc.f("«n» — Programa Catador Empreendedor\nFICHA DE SOLICITAÇÃO DE CRÉDITO SOLIDÁRIO Nº «f»\nData: «d»\n\n", n=ngo.upper(), f=g.d(5), d=dbr(day))
    style = g.pick(["box", "dots", "lines"])
    doc.t("DADOS PESSOAIS\n")
    by = g.ri(1958, 2004)
    dob_txt = fmt_date(g.ri(1, 28), g.ri(1, 12), by, g.pick(["br", "nopad", "long"]))
    fs = [("Nome", P(g.pick([p.full, p.caps]))), ("Apelido", P(street_nick(g, p))) if g.chance(0.5) else ("Apelido", V("-")),
          ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("Nascimento", (dob_txt, "DATE_OF_BIRTH"))]
    if g.chance(0.6):
        fs.append(("NIS", (g.pis(), "BR_PIS")))
    if g.chance(0.5):
        fs.append(("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")))
    fs += [("Endereço", (g.address(), "ADDRESS")), ("Bairro/Cidade", V(f"{g.pick(BAIRROS)} — {city}/{uf}")), ("CEP", (g.cep(), "BR_CEP")),
           ("Celular", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.5):
        fs.append(("E-mail", (g.email(p), "EMAIL_ADDRESS")))
    kv_block(doc, fs, style)
    doc.t("\nCOMPOSIÇÃO FAMILIAR\n")
    for _ in range(g.ri(1, 2)):
        r = g.relative(p)
        kind = g.pick(["filh", "filh", "net", "companheir", "mãe"])
        if kind == "mãe":
            r = g.relative(p, True)
            rel, lo, hi = "mãe", by - 42, by - 17
        elif kind == "companheir":
            r = g.person(female=not p.female)
            rel, lo, hi = "companheir" + r.o, by - 8, by + 8
        else:
            rel, lo, hi = kind + r.o, min(by + 16, 2020), 2022
        doc.f("- «n», «rel», nascid«o» em «d»\n", n=P(r.full), rel=rel, o=r.o, d=(g.dob("br", lo, max(lo, min(hi, 2022))), "DATE_OF_BIRTH"))
    doc.f("\nATIVIDADE: catador«a» autônom«o» há «y» anos; renda média R$ «r»/mês; cooperad«o» da «c»: «s».\nPEDIDO: «i» — valor R$ «v», em «n» parcelas.\n",
          a="a" if p.female else "", o=p.o, y=g.ri(2, max(3, min(30, 2024 - by - 12))), r=g.money(400, 1600), c=g.pick(COOPS)[1], s=g.pick(["sim", "não", "em admissão"]),
          i=g.pick(["triciclo elétrico de carga", "carrinho de aço com pneus", "balança digital 300 kg e bags", "prensa manual"]), v=g.money(800, 9000),
          n=g.pick([6, 10, 12, 18]))
    doc.t("CONTA PARA LIBERAÇÃO: ")
    if g.chance(0.6):
        doc.f("«b», ag. «ag», conta «cc»\n", b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("Pix «k»\n", k=cpf_pix(g, p))
    if g.chance(0.35):
        doc.f("DÉBITO DAS PARCELAS: cartão «c» (autorizado pel«o» titular)\n", c=(g.card(g.chance(0.5)), "CREDIT_CARD"), o=p.o)
    doc.t("REFERÊNCIAS: ")
    for i in range(2):
        r = g.person()
        doc.f("«n» («t»)" + ("; " if i == 0 else "\n"), n=P(g.pick([r.full, r.first, r.short])), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    ok = g.chance(0.65)
    doc.f("\nPARECER («a», «d»): ", a=P(an.full), d=dbr(g.after(day, 2, 15)))
    if ok:
        lead = g.pick([("dona ", "Rosa"), ("seu ", "Bento"), ("a ", "Aurora"), ("dona ", "Luz"), ("seu ", g.person(female=False).first)])
        doc.f("favorável. Visitei o ponto de coleta com a liderança da cooperativa, «p»«n», que confirmou a atividade. Sugiro carência de 2 meses.\n",
              p=lead[0], n=P(lead[1]))
    else:
        doc.t("desfavorável por ora: há outro crédito em aberto em nome do companheiro. Reavaliar em 90 dias.\n")
    return doc


def fi_multa(g: Gen) -> Doc:
    """An environmental fine paid in instalments: the payment portal's access log (IPs) and the instalment agreement."""
    doc = Doc()
    sig, agname = g.pick(AGENCIES)
    p = g.person()
    day = g.day()
    proc = g.person()
    an = g.person()
    ai = g.d(7)
    doc.f("# portal de multas — «s» — access.log (trecho)\n", s=sig)
    ip = g.ip_pub()
    cpf_raw = g.cpf_digits()
    for t in g.moments(g.ri(3, 5), day, 1, (7, 23)):
        path = g.pick([f"/multas/consulta?doc={cpf_raw}", f"/multas/{ai}/parcelamento", "/static/app.js", f"/multas/{ai}/boleto?parcela=1",
                       "/login/govbr/callback"])
        this_ip = ip if g.chance(0.7) else g.ip()
        doc.e(this_ip, "IP_ADDRESS")
        doc.t(f" - - [{ts(t, 'clf')}] \"GET ")
        if "doc=" in path:
            doc.t(path[:path.index("doc=") + 4])
            doc.e(cpf_raw, "BR_CPF")
        else:
            doc.t(path)
        doc.t(f" HTTP/1.1\" {g.pick([200, 200, 302, 304])} {g.ri(300, 90000)} \"-\" \"{g.pick(['Mozilla/5.0 (Linux; Android 13)', 'Mozilla/5.0 (iPhone)', 'Mozilla/5.0 (Windows NT 10.0)'])}\"\n")
    doc.f("«ip» - - [«t»] \"POST /pagamentos/cartao HTTP/1.1\" 502 0 \"-\" \"Mozilla/5.0\"  body={\"pan\":\"«pan»\",\"nome\":\"«n»\",\"cvv\":\"***\"}\n\n",
          ip=(ip, "IP_ADDRESS"), t=ts(g.moments(1, day, 1, (7, 23))[0], "clf"), pan=(g.card(False), "CREDIT_CARD") if g.chance(0.7) else V(g.masked_card()),
          n=P(fold(p.short).upper()))
    doc.f("TERMO DE PARCELAMENTO DE DÉBITO AMBIENTAL Nº «n»/«y»\n\nAutuad«o»: «p», CPF «cpf»\nEndereço para correspondência: «ad», CEP «cep»\n"
          "E-mail: «e»   Telefone: «t»\nAuto de Infração nº «ai» — multa de R$ «v», com desconto de 30% (Decreto 6.514/2008, art. 113)\n\n",
          n=g.ri(100, 999), y=day.year, o=p.o, p=P(p.full), cpf=(fmt_cpf(cpf_raw), "BR_CPF"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), ai=ai, v=g.money(2000, 60000))
    doc.t("PARCELA  VENCIMENTO  VALOR (R$)\n")
    n = g.pick([5, 6, 10, 12])
    first = g.after(day, 10, 30)
    for i in range(min(n, 4)):
        d = first + datetime.timedelta(days=30 * i)
        doc.t(f"{i + 1:>2}/{n:<5}  {dbr(d)}  {g.money(200, 3000):>10}\n")
    if n > 4:
        doc.t("   ...\n")
    doc.f("\nRepresentad«o» por «r» («oab»), procurador«a» com poderes específicos.\nAnalista responsável: «an» — matrícula «m»\n", o=p.o, r=P(proc.full),
          oab=(g.council("OAB"), "PROFESSIONAL_ID"), a="a" if proc.female else "", an=P(g.pick([an.full, an.short])), m=g.d(6))
    return doc


def fi_extrato(g: Gen) -> Doc:
    """A bank statement of a cooperative's account (Markdown) with the treasurer's reconciliation notes."""
    doc = Doc()
    coop, short = g.pick(COOPS)
    bank = g.pick(BANKS)
    day = g.day()
    tes = g.person()
    ag, cc = g.agency(), g.account()
    doc.f("**Extrato — «b»**  \nTitular: «c» — CNPJ «cj»  \nAgência «ag» · Conta «cc» · Período «d1» a «d2»\n\n", b=bank[1], c=coop,
          cj=(g.any_cnpj(), "BR_CNPJ"), ag=(ag, "BANK_ACCOUNT"), cc=(cc, "BANK_ACCOUNT"), d1=dbr(day), d2=dbr(g.after(day, 14, 14)))
    rows = []
    payees = []
    for t in g.moments(g.ri(6, 9), day, 14, (7, 20)):
        kind = g.pick(["in_buyer", "in_buyer", "in_ngo", "out_pix", "out_pix", "out_pix", "tarifa", "out_ted"])
        date = V(f"{t.day:02d}/{t.month:02d}")
        if kind == "in_buyer":
            rows.append([date, V("PIX RECEBIDO"), V(g.pick(BUYERS)), (g.any_cnpj(), "BR_CNPJ"), V("+" + g.money(1500, 30000))])
        elif kind == "in_ngo":
            rows.append([date, V("TED RECEBIDA"), V(g.pick(NGOS)), (g.any_cnpj(), "BR_CNPJ"), V("+" + g.money(3000, 20000))])
        elif kind == "out_pix":
            p = g.person()
            payees.append(p)
            docv = g.pick([(g.masked_cpf(), None), (g.cpf(), "BR_CPF"), (g.uuid(), "PIX_KEY")])
            rows.append([date, V("PIX ENVIADO"), P(g.pick([p.full, fold(p.full).upper(), fold(p.short).upper()])), docv, V("-" + g.money(150, 1400))])
        elif kind == "out_ted":
            p = g.person()
            payees.append(p)
            rows.append([date, V("TED ENVIADA"), P(fold(p.full).upper()[:30].rstrip()),
                         [V("ag "), (g.agency(), "BANK_ACCOUNT"), V(" cc "), (g.account(), "BANK_ACCOUNT")], V("-" + g.money(150, 1400))])
        else:
            rows.append([date, V("TARIFA PACOTE PJ"), V("-"), V("-"), V("-" + g.money(20, 90))])
    table_md(doc, ["Data", "Histórico", "Contraparte", "Documento/chave", "Valor (R$)"], rows)
    doc.t("\nConciliação (tesouraria):\n")
    if payees:
        a = g.pick(payees)
        doc.f("- Pix para «n» = adiantamento do rateio; descontar no próximo.\n", n=P(g.pick([a.first, a.short])))
    f = g.person()
    doc.f("- Falta lançar o Pix de «n» para a chave aleatória «k» (ajuda de custo do mutirão).\n", n=P(g.pick([f.full, f.first])), k=(g.uuid(), "PIX_KEY"))
    doc.f("- Estorno de R$ «v» referente ao boleto da «e» (conta de luz do galpão).\n", v=g.money(200, 900), e=g.pick(["Enel", "Coelba", "Cemig", "Equatorial"]))
    doc.f("\n«t» — tesoureir«o» — «e»\n", t=P(tes.full), o=tes.o, e=(g.email(tes), "EMAIL_ADDRESS"))
    return doc


FI = [fi_rateio, fi_creditos, fi_prefeitura, fi_sucata, fi_microcredito, fi_multa, fi_extrato]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
COUNCILS = r"(CRM|COREN|OAB|CRP|CREA|CRO|CREFITO|CRBio|CRQ|CRESS|CRF)\b"
ROLE_BOXES = r"(sac|dpo|juridico|ouvidoria|financeiro|descarte|imunizacao|defesa\.autuacao|atendimento|privacidade|rh|sesmt)@"


def is_public(addr: str) -> bool:
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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|eng|enf|téc)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not re.match(ROLE_BOXES, v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"(?i)[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2}", v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(COUNCILS, v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    # hard negatives: a CPF-shaped run outside the gold spans fails the CPF check
    for m in CPF_LIKE.finditer(text):
        if free(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, m.group(1))
    # an IPv4 address outside the gold spans is private
    for m in IPV4.finditer(text):
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, m.group(0))
    # 15-digit runs outside the spans (IMEIs) are never valid CNS; 16-digit runs never pass Luhn
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, m.group(0))
    # a random UUID outside the spans is never written where a Pix key would be
    for m in re.finditer(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", text):
        assert not free(m), (rid, m.group(0))


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
    print("ninetysixth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
