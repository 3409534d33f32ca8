"""Build the hundred-and-second labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredsecond_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 10202, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets: CAR RENTAL, FLEET LEASING AND CAR SUBSCRIPTION --
locadoras and their airport / downtown branches (balcão, vistoria, central 0800, núcleo de
multas, núcleo de avarias), car-subscription companies (carro por assinatura, delivered home),
fleet-leasing companies (terceirização de frota) and the companies that lease from them (their
fleet managers, SESMT and drivers), and around them the roadside-assistance providers, the
traffic authorities (autuação, FICI), the police (BO), the small-claims courts, the SAMU and
the highway rescue, the emergency rooms, occupational-health clinics and toxicology labs, the
insurers of the personal-accident cover (APP), the card acquirers (pré-autorização / caução).
Layouts vary heavily: WhatsApp exports (Android and iOS; senders by name or by number, a group
with its creation line), a speech-to-text call transcript (lower case, no accents) with the
agent's typed wrap-up, a site chat with a virtual assistant and a human agent, an assistance
API's indented JSON, one-line JSON logs, e-mail threads with headers, counter forms ("Campo:
valor", ruled box, dotted leaders), +---+ / psql / pipe / plain tables, semicolon and comma CSV,
fixed-width reports (names cut at the field width), legal prose (petitions, defence, notice,
registry certificate), an ALL CAPS police-system report, a contract with an e-signature log.
- atendimento: (0) a WhatsApp booking chat with a branch (customer's CPF -- sometimes first
  mistyped --, birth date, CNH number, e-mail, sometimes a card typed in the chat or the
  spouse who holds the card with CPF and birth date; the branch's landline; reservation code,
  flight number, the branch's own address); (1) a speech-to-text call to the 0800 central
  (CPF read in groups, "traco"/"digito" before the check digits or digit by digit; spoken birth
  date; the plate as the STT engine writes it, in lower case; an extension, a minor crash with
  the other driver's name and plate, a lost phone sent to a spoken address and CEP, or an
  additional driver's CPF) and the agent's typed wrap-up; (2) the counter check-in form (RA):
  driver with CPF, RG, birth date, CNH number, address, CEP, phone, e-mail, sometimes título or
  a company to bill with CNPJ; additional driver; vehicle, plate, km, fuel; pre-authorization
  with a masked card and the card holder (sometimes the spouse, with CPF); the attendant;
  (3) a roadside-assistance ticket as JSON (customer, CPF, phones; plate, RENAVAM, chassis;
  place as a highway km / public place or the customer's home address and CEP; the tow
  company's CNPJ, driver, phone and tow-truck plate; replacement car) and the operator's notes;
  (4) a return inspection report (vistoria): plate, km, customer's CPF, CNH, phone, e-mail,
  inspector with his login, damage table, photo captions (file names, GPS), customer statement
  or the additional driver with CNH; (5) an e-mail thread on a deposit not released / an extra
  charge (customer's e-mail, X-Originating-IP, plate, CPF, phone; the attendant; the
  supervisor's corporate e-mail; TID, ARN); (6) a car-subscription site chat (visitor IP, CPF,
  birth date, e-mail, phone, delivery address and CEP, second driver with CNH, sometimes a card
  typed in the chat; the bot; the agent named or shown as "Atendente <brand>").
- juridico: (0) a notice of a traffic fine to the rental company and its FICI (AIT, RENAVAM,
  place, infraction code; company CNPJ; driver with CNH, CPF, address, CEP, sometimes phone;
  the company's legal representative with CPF) and the e-mail telling the customer (sometimes
  answering that a relative with CNH drove); (1) a lawsuit over an undue damage charge and a
  wrong fine nomination (author qualified with RG, CPF, address, CEP, e-mail; defendant's
  CNPJ and seat; plate, contract; a third renter; one or two lawyers with OAB, e-mail, phone);
  (2) a small-claims complaint taken at the JEC counter (claimant with CPF, RG, sometimes
  título, birth date, address, CEP, phone, e-mail; subscription or rental facts; the clerk or
  intern; a conciliator); (3) an ALL CAPS police report of a stolen / robbed rental car (the
  renter as victim with birth date, RG, CPF, address, CEP, phone, e-mail) or of a car not
  returned (branch manager as reporter; the renter as author with mother, birth date, CPF,
  CNH, sometimes título, address, CEP, phone; a personal reference), vehicle with plate,
  RENAVAM, chassis; chief of police and clerk; (4) a fleet-leasing contract (both companies'
  CNPJs, representatives with CPF, clauses citing the CTB and the LGPD, authorized drivers
  with CPF and CNH) and its e-signature log (name, e-mail, CPF, public IP per signer; envelope
  UUID, hash, masked phone); (5) the rental company's defence in a small-claims case with a
  "print" of the booking system (CPF, birth date, e-mail, phone, booking IP, masked card,
  plate), the inspector, an additional driver with CNH, the body shop's CNPJ, the preposto
  with RG, lawyers with OAB; (6) an extrajudicial notice to a subscriber in default (CPF,
  address, CEP, plate, overdue table; lawyer with OAB and e-mail) and the registry officer's
  certificate (who received it, with RG; the clerk).
- saude: (0) a pre-hospital care record (SAMU / highway rescue): the rental car's and the other
  vehicle's plates, victims' table (name or "não identificado", CNS, birth date or age,
  vitals, ICD-10), the ambulance's plate, regulating and attending doctors with CRM, nurse with
  COREN, driver, a relative's phone, the federal highway officer; (1) an emergency-room record
  (patient with birth date, CPF, CNS, mother, address, CEP, phone; companion with phone; HDA
  with the rental's plate; ICD-10 with external cause V4x; doctor CRM, nurse COREN, social
  worker); (2) a toxicology lab's batch of long-window drug tests of a fleet's drivers (CSV:
  name, CPF, CNH, birth date, sample code, result; reviewing doctor CRM, pharmacist CRF; the
  MRO interview of a positive driver with phone); (3) an occupational health certificate (ASO)
  of a fleet driver (employer CNPJ, CPF, RG, sometimes NIT/PIS and CNH, birth date; examining
  and PCMSO doctors with CRM; clinical note with phone); (4) an e-mail thread with an insurer on
  a personal-accident (APP) claim: the attending doctor's report (birth date, CPF, plate, ICD-10,
  SUSEP table), the regulator's and claimant's e-mails, the auditor doctor's CRM, a
  physiotherapist's CREFITO, the account for the indemnity; (5) the fleet client's WhatsApp
  operations group after a driver's crash (senders by name or number; plate, driver's CPF,
  birth date and CNS typed for the hospital; the other driver's phone; replacement car's plate;
  the fleet manager's corporate e-mail); (6) an occupational clinic's semicolon CSV of periodic
  exams due (name, CPF, PIS, birth date, CNH, phone) with the SESMT nurse's note (COREN, CRM).
- financeiro: (0) a one-line-JSON TEF log of a branch's pre-authorizations for the deposit (full
  PANs leaked in DEBUG lines or masked PANs, holder names, holders' CPF; NSU, authorization
  code, TID; private terminal IP) and the security note (DPO's e-mail); (1) a contract's closing
  statement (company CNPJ, branch address and landline; customer or company with CNPJ and the
  driver's CPF; address, CEP, e-mail; plate; items; masked card, the company's random Pix key or
  a boleto); (2) the collection of damage costs by e-mail (budget table; body shop's CNPJ;
  boleto, the company's random Pix key; the customer disputes, agrees, or blames a third party
  with plate); (3) a subscription company's monthly billing CSV (subscriber, CPF, e-mail,
  phone, delivery address, CEP, plate, masked card) with the analyst's note (a card number
  pasted in a ticket, a new e-mail); (4) a fleet-leasing invoice (fixed width: plate, cost
  centre, driver "SURNAME, GIVEN" or cut names; fines not nominated with the telemetry driver;
  lessor's agency and account or random Pix key; the client's fleet manager); (5) an e-mail
  thread refunding a deposit (account of the customer or spouse with CPF, or a Pix key that is
  a CPF, a random key, a phone or an e-mail; approval; transfer receipt with a masked CPF);
  (6) a rental's monthly report of traffic fines re-billed to customers (AIT, agency, plate,
  code, customer, CPF, contract, status) with the fines unit's notes (a transfer of points to
  the real driver with CNH and CPF).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.",
"seu", "dona"; particles inside a name (de, da, do, das, dos, e) and suffixes (Filho, Júnior,
Neto, Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first names alone and nicknames, in
lower case or ALL CAPS too, are persons. Staff named in the text are persons: branch attendants,
inspectors (vistoriadores), central agents, supervisors, analysts, tow-truck drivers, fleet
managers and consultants, chiefs of police and clerks, court clerks, interns and conciliators,
lawyers, prepostos, doctors, nurses, rescue drivers, social workers, pharmacists,
physiotherapists, insurance regulators, DPOs, registry clerks. Logins and system users
("jmelo85", "app.prestador", "billing-job", "job.nucleo.multas"), agents shown as "Atendente
<brand>" and the virtual assistants ("Aurora", "Lia", "Vitória", "Duda", "Sol") are not persons.
Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (sac@, avarias@, multas@,
financeiro@, contratos@, juridico@, sesmt@, rh@) are not labelled. ADDRESS is street type + name
+ number + complement, in full, abbreviated, ALL CAPS, lower case or spoken (not bairro, city,
UF; the CEP is BR_CEP). Agency and account are separate BANK_ACCOUNT spans; bank codes and names
are not. PIX_KEY only for random (UUID) keys, whoever owns them (a rental's or a lessor's
collection key too); a Pix key that is a CPF, phone or e-mail takes that label; transaction ids
are not labelled. DATE_OF_BIRTH only for birth dates, in any form (dd/mm/yyyy, d/m/yyyy,
dd/mm/yy, ISO, long, spoken "1 de agosto de 1988" / "12 do 3 de 71"); pick-up and return dates,
CNH validity and first-licence dates, infraction, accident, admission, exam, collection, due and
invoice dates are not. PROFESSIONAL_ID includes the council acronym and UF or region (CRM, COREN,
CRF, CREFITO, OAB). Masked values ("***.123.456-**", "final 1234", "516292******4431",
"(**) *****-5109") are not labelled.
Decisions of this set:
- LICENSE_PLATE covers every plate, whoever owns the car: the rental fleet's cars, subscription
  cars, leased fleet cars, tow trucks, ambulances, the other vehicles in a crash; old
  ("ABC-1234", "ABC1234") and Mercosul ("ABC1D23") forms, also in lower case as the STT engine
  writes them ("rtu4e56").
- Vehicle and rental ids are not labelled: RENAVAM (11 digits, drawn to fail the CPF check),
  chassis numbers, reservation codes, rental contract (RA) numbers, vouchers, odometer readings,
  fuel levels, AIT numbers and infraction codes, BO numbers, policy and claim numbers, NSU,
  authorization codes, TIDs (16-digit ones drawn to fail Luhn), ARNs, sample codes, envelope
  UUIDs and hashes of the e-signature log, photo file names, GPS coordinates, tracker ids, flight
  numbers, protocols.
- BR_CNH is the CNH registration number (11 digits) wherever it appears (counter form, FICI,
  chats, police report, drivers' tables, tox lab, ASO, clinic CSV); CNH validity and category
  are not labelled.
- CREDIT_CARD is a full PAN: typed by a customer in a chat, leaked in a DEBUG log, pasted in a
  ticket; expiry and CVV are not labelled; the holder's name is a PERSON.
- A rental, fleet-leasing, subscription, insurer, lab or body shop's CNPJ is BR_CNPJ (numeric and
  2026 alphanumeric, dotted or raw); their addresses (branches, seats) are never labelled, nor
  the place of an infraction, crash or breakdown given as a highway km, a crossing or a public
  place; a person's home (the roadside help at home, the delivery of a subscription car, a
  customer's or driver's address) is ADDRESS.
- PHONE_NUMBER for personal lines and branch landlines in any format (WhatsApp senders shown as
  numbers, numbers read in groups); 0800 and 4004 numbers are not labelled.
- IP_ADDRESS: public IPv4 / IPv6 of a booking, a chat, an e-mail sender, a signer; the
  terminals' private addresses are not labelled.
- BR_CNS for patients' cards in the rescue record, the ER record and the WhatsApp group; BR_PIS
  for the NIT/PIS in the ASO and the clinic's CSV.
- Names cut by a fixed-width field are labelled as they stand.

Names: Brazilian names of many origins -- Portuguese common, north-eastern and old-fashioned
(Deuzuíte, Quitéria, Epaminondas, Gumercindo, Zózimo), coined (Kethlen, Rhayane, Jhemerson,
Uelington, Kayky), Italian, German, Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian,
Angolan, Senegalese, Bolivian, indigenous, Jewish, Venezuelan, Paraguayan, Polish/Ukrainian --
with rare or invented name words well above a quarter (main() prints the share). Names that are
also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Glória, Esperança, Socorro, Paz, Branca,
Bento, Prudente, Amado, Clemente, Severo, Justo, Sereno, Leão, Branco, Constante, Fiel;
surnames Rosa, Branco, Prudente, Amado, Leão, Paz, Cruz, Luz, Guerra, Leal, Lobo, Serra, Vale,
Sereno, Severo, Justo, Bonfim, Estrada, Porto, Pedra, Ramos) are used as names and, elsewhere,
as words and in companies, bots, places and streets, which are not persons: Aurora Rent a Car,
Prudente Locadora, Leão Locações, Flor do Vale Locadora, Amado & Bento, Guerra Rent a Car,
Vitória Assinatura, Luz Car, Frota Serena, Leal Fleet, Bonfim Frotas, Severo & Porto,
Distribuidora Amado, Construtora Serra Branca, Transportes Sereno, Justo Telecom, Seguradora
Pedra Azul, Porto Sereno Seguros, Guarda Leal, Hospital São Bento, Hospital Regional Bento Leal,
Hospital Universitário Clemente Falcão, Funilaria Bento & Filhos, Guincho Leão 24h, the bots
"Aurora" and "Vitória", Bento Gonçalves, Presidente Prudente, Vitória da Conquista, Luz (MG),
Aurora (CE), Esperança (PB), Santa Rosa, Rio Branco, Rod. Castello Branco, Av. Severo Dullius,
Rua Prudente de Morais, Av. Bento Gonçalves in a branch's address, "luz de advertência",
"gracas a deus", "pneu careca".

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(RENAVAM, contracts, protocols; the script checks every CPF-shaped run outside a gold span),
16-digit TIDs failing Luhn, 15-digit runs that are no valid CNS, chassis numbers, reservation
codes, AIT numbers and infraction codes ("745-50"), BO numbers, policy and claim numbers, boleto
lines, money, odometer readings and fuel levels, pick-up and return dates, ICD-10 codes (S06.0,
S13.4, S52.5, S42.0, V43.5, V47.5, I10, G47.3), laws and articles (Lei 8.078/1990, art. 42 do CDC,
art. 257 do CTB, Lei 9.099/1995, Lei 13.103/2015, Lei 13.709/2018, art. 155/157/168 do CP),
rental branches' and companies' addresses, highway kms and public places, streets, hospitals
and companies named after people, private IPs, masked cards, CPFs and phones.
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
SEED = 10202
OUT_NAME = "hundredsecond.jsonl"

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


def renavam_dv(ten: str) -> str:
    """RENAVAM (vehicle register) check digit: a vehicle id, never labelled here."""
    r = sum(int(c) * w for c, w in zip(ten, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) * 10 % 11
    return "0" if r == 10 else str(r)


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned, coined
# or foreign names that are not in the common Brazilian name lists; main() prints their share.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline",
            "Sandra", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Mariana", "Gabriela", "Larissa", "Vanessa",
            "Luana", "Tatiane", "Daniele", "Renata", "Cristiane", "Simone", "Ana Paula", "Maria José", "Lúcia", "Rita",
            "Carla", "Sônia", "Cláudia", "Elaine", "Priscila", "Débora", "Natália", "Beatriz", "Thaís", "Carolina"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Rodrigo", "Mateus", "Diego", "Anderson",
            "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Paulo", "José Carlos", "Gustavo", "Vinícius",
            "Renato", "Thiago", "Leonardo", "Henrique", "Sérgio", "Roberto", "André", "Márcio"]
RARE_F = ["Adenilza", "Brasilina", "Cleonice", "Deuzuíte", "Eloína", "Francinete", "Gercina", "Ivoneide", "Lindaura",
          "Marileide", "Odaléia", "Quitéria", "Rozimeire", "Solenir", "Zenóbia", "Anaílde", "Clotilde", "Dejanira",
          "Erundina", "Florentina", "Georgina", "Hermínia", "Jandira", "Laudelina", "Maurília", "Noêmia", "Petronília",
          "Kethlen", "Ysadora", "Myrella", "Thaynara", "Kessya", "Emanuely", "Yngrid", "Jhulia", "Lauanda", "Rhayane",
          "Sthéfany", "Cleidimar", "Valquíria", "Edinalva", "Josicleide", "Nerivalda", "Aucilene", "Genoveva"]
RARE_M = ["Agenor", "Belchior", "Claudionor", "Deusdete", "Epaminondas", "Florisvaldo", "Gumercindo", "Ireneu",
          "Jovelino", "Leôncio", "Manoelito", "Osvaldino", "Policarpo", "Romualdo", "Salustiano", "Tertuliano",
          "Valfredo", "Aderbal", "Benevides", "Deoclécio", "Euclides", "Heráclito", "Jurandir", "Ladislau", "Maykon",
          "Wanderson", "Kleberson", "Ueslei", "Ruan", "Kayky", "Davyd", "Uelington", "Jhemerson", "Rickelme", "Thyago",
          "Kalebe", "Natanael", "Josivaldo", "Erisvaldo", "Genival", "Zózimo", "Anacleto", "Hidelbrando", "Ozório"]
# Given names that are also everyday words (and Marian names built on words).
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Glória", "Esperança", "Socorro", "Dores", "Graça",
          "Maria do Socorro", "Maria das Dores", "Maria da Glória", "Maria da Luz", "Rosa Maria", "Paz", "Branca"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Severo", "Justo", "Inocêncio", "Sereno", "Leão", "Branco",
          "Vitório", "Constante", "Fiel"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Monteiro", "Farias", "Conceição", "Jesus", "Castro", "Correia", "Pinto", "Machado"]
RARE_SUR = ["Albuquerque Maranhão", "Bezerra de Menezes", "Cunegundes", "Damasceno", "Falcão", "Grangeiro", "Jacó",
            "Leitão", "Meireles", "Novais", "Paixão", "Queiroga", "Rebouças", "Saraiva", "Tavares Bastos", "Uchôa",
            "Valadares", "Ximenes", "Zanetti", "Arruda Câmara", "Bessa", "Caldas", "Eufrásio", "Fialho", "Godinho",
            "Honorato", "Ibiapina", "Jucá", "Linhares", "Mota Veiga", "Nogueira Paranaguá", "Onofre", "Portela",
            "Quintela", "Rolim", "Sucupira", "Teles", "Vasconcelos Brandão", "Wanderley", "Aragão", "Bulhões",
            "Camurça", "Dornelles", "Esteves Pombo", "Frazão", "Gondim", "Itapary", "Jaguaribe", "Mamede", "Pestana"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Guerra", "Leal",
            "Lobo", "Neves", "Fontes", "Campos", "Serra", "Vale", "Sereno", "Severo", "Justo", "Bonfim", "Graça",
            "Estrada", "Porto", "Pedra", "Ramos"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Tonho", "Antônia": "Toinha",
        "Maria do Socorro": "Corrinha", "Maria da Glória": "Glorinha", "Maria da Luz": "Luzinha",
        "Maria das Dores": "Dorinha", "Luiz": "Lula", "Roberto": "Beto", "Eduardo": "Dudu", "Gustavo": "Guga",
        "Rosa": "Rosinha", "Bento": "Bentinho", "João": "Joca", "Pedro": "Pedrinho", "Quitéria": "Teca",
        "Jandira": "Dida", "Policarpo": "Carpinho", "Epaminondas": "Mina", "Florisvaldo": "Flor", "Leônardo": "Leo",
        "Leonardo": "Léo", "Henrique": "Rique", "Ireneu": "Neneu", "Gumercindo": "Cindinho", "Brasilina": "Lina",
        "Zózimo": "Zózi", "Genival": "Geni", "Natália": "Nati", "Beatriz": "Bia", "Carolina": "Carol"}
FOREIGN = {
    "it": (["Graziella", "Ornella", "Antonella"], ["Gianluca", "Ercole", "Primo"],
           ["Bortoluzzi", "Zanella", "Pizzolatto", "De Toni", "Cagnin", "Furlan"]),
    "de": (["Hildegard", "Waltraud", "Edeltraud"], ["Egon", "Helmut", "Siegfried"],
           ["Schmitt", "Knaesel", "Wachholz", "Kuhn", "Bremenkamp", "Hoepers"]),
    "jp": (["Emiko", "Kazue", "Naomi"], ["Takeshi", "Yoshio", "Noboru"],
           ["Higa", "Miyagi", "Shimabukuro", "Okuda", "Tanaka", "Uehara"]),
    "ar": (["Samira", "Jamile", "Najla"], ["Kalil", "Munir", "Jorge Elias"],
           ["Jereissati", "Sabbag", "Gattas", "Rahal", "Zogbi", "Farah"]),
    "kr": (["Min-ji", "Eun-young"], ["Dong-hyun", "Ji-hoon"], ["Park", "Kang", "Lim", "Jung"]),
    "cn": (["Meiling", "Yuqi"], ["Weijie", "Jianguo"], ["Liu", "Zhang", "Huang", "Xu"]),
    "ht": (["Nadège", "Fabiola", "Wideline"], ["Jean-Robert", "Frantz", "Kesner"],
           ["Pierre-Louis", "Desrosiers", "Louissaint", "Jeudy", "Dorcely"]),
    "ao": (["Ndapandula", "Tchilombo", "Kianda"], ["Kiluanji", "Mavungo", "Ndala"], ["Kiala", "Ngola", "Sassoma", "Cambuta"]),
    "sn": (["Awa", "Mariama", "Ndèye"], ["Babacar", "Modou", "Ibrahima"], ["Fall", "Sarr", "Gueye", "Ba"]),
    "bo": (["Rosmery", "Eulogia", "Teodora"], ["Fermín", "Nicanor", "Wálter"], ["Quispe", "Condori", "Huanca", "Limachi"]),
    "in": (["Potira", "Jaciara", "Moema"], ["Raoni", "Kuaray", "Aritana"], ["Kaingang", "Pataxó", "Terena", "Baniwa", "Krahô"]),
    "jw": (["Débora", "Miriam", "Ester"], ["Isaac", "Jacob", "Nathan"],
           ["Goldberg", "Wainstein", "Zylbersztajn", "Grinberg", "Kaufman"]),
    "ve": (["Yulimar", "Yusbely"], ["Yorman", "Deivis"], ["Marcano", "Colmenares", "Guerrero"]),
    "py": (["Nilda", "Rossana"], ["Catalino", "Osmar"], ["Benítez", "Giménez", "Cabañas"]),
    "pl": (["Jadwiga", "Oksana"], ["Kazimierz", "Taras"], ["Kowalski", "Wisniewski", "Bondarenko", "Szymanski"]),
}
RARE_ORIGINS = ("kr", "cn", "ht", "ao", "sn", "bo", "in", "ve", "py", "pl")
RARE = set(RARE_F + RARE_M + RARE_SUR)
RARE -= {"Clotilde", "Georgina", "Valquíria", "Euclides", "Jurandir", "Natanael", "Wanderson", "Falcão", "Saraiva",
         "Teles", "Wanderley", "Aragão", "Valadares", "Meireles", "Novais", "Paixão", "Godinho", "Portela", "Linhares",
         "Caldas", "Bessa", "Rolim", "Leitão", "Maykon", "Thyago", "Ruan", "Edinalva", "Jandira", "Noêmia", "Genival"}
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Graziella", "Ornella", "Ercole", "Bortoluzzi", "Pizzolatto", "Cagnin", "Hildegard", "Waltraud", "Edeltraud",
             "Knaesel", "Wachholz", "Bremenkamp", "Hoepers", "Kazue", "Noboru", "Shimabukuro", "Uehara", "Najla",
             "Munir", "Jereissati", "Sabbag", "Gattas", "Zogbi", "Wainstein", "Zylbersztajn", "Grinberg"])
RARE -= {"Fabiola", "Débora", "Miriam", "Ester", "Isaac", "Jacob", "Nathan", "Guerrero", "Nilda", "Osmar", "Park",
         "Kang", "Lim", "Liu", "Fall", "Ba", "Teodora", "Nicanor", "Wálter"}

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Graça", "Conceição", "Rocha", "Estrada", "Pedra"}
DO_SUR = {"Nascimento", "Vale", "Bonfim", "Porto"}
DOS_SUR = {"Santos", "Campos", "Ramos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "24", "27", "31", "32", "33", "34", "35",
        "37", "38", "41", "42", "43", "44", "45", "47", "48", "51", "53", "54", "55", "61", "62", "63", "64", "65",
        "66", "67", "68", "69", "71", "73", "74", "75", "77", "79", "81", "82", "83", "84", "85", "86", "87", "88",
        "91", "92", "94", "95", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Rodovia", "Praça", "Servidão"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora", "Estrela Dalva",
                "Padre Cícero", "Dom Pedro II", "Coronel Gondim", "Professora Laudelina Sucupira", "Tiradentes",
                "Quinze de Novembro", "Marechal Deodoro", "da Paz", "Raio de Luz", "Rosa e Silva", "Juiz Amado Leal",
                "Castro Alves", "Santos Dumont", "Frei Caneca", "Irmã Dulce", "dos Motoristas", "Rondon",
                "Getúlio Vargas", "Sete de Setembro", "das Acácias", "Senador Pompeu", "São Bento", "Beira Rio",
                "Vitória Régia", "dos Ipês", "Doutor Munir Sabbag", "Leão Sereno", "Serra Branca",
                "Pioneiro Egon Wachholz", "Cônego Policarpo Frazão", "Projetada 7", "da Esperança", "Anita Garibaldi",
                "Chico Mendes", "Zumbi dos Palmares", "Mãe Menininha", "Boa Vista", "do Socorro", "Ayrton Senna",
                "Severo Bulhões", "Visconde de Mauá", "José Bonifácio", "Engenheiro Jovelino Damasceno"]
CITIES = [("São Paulo", "SP"), ("Guarulhos", "SP"), ("Campinas", "SP"), ("Ribeirão Preto", "SP"), ("Presidente Prudente", "SP"),
          ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Belo Horizonte", "MG"), ("Confins", "MG"), ("Uberlândia", "MG"),
          ("Luz", "MG"), ("Curitiba", "PR"), ("São José dos Pinhais", "PR"), ("Foz do Iguaçu", "PR"), ("Florianópolis", "SC"),
          ("Navegantes", "SC"), ("Joinville", "SC"), ("Porto Alegre", "RS"), ("Gramado", "RS"), ("Caxias do Sul", "RS"),
          ("Bento Gonçalves", "RS"), ("Santa Rosa", "RS"), ("Salvador", "BA"), ("Porto Seguro", "BA"),
          ("Vitória da Conquista", "BA"), ("Recife", "PE"), ("Petrolina", "PE"), ("Fortaleza", "CE"), ("Aurora", "CE"),
          ("Natal", "RN"), ("Maceió", "AL"), ("Aracaju", "SE"), ("João Pessoa", "PB"), ("Esperança", "PB"),
          ("São Luís", "MA"), ("Teresina", "PI"), ("Belém", "PA"), ("Manaus", "AM"), ("Cuiabá", "MT"),
          ("Campo Grande", "MS"), ("Goiânia", "GO"), ("Brasília", "DF"), ("Vitória", "ES"), ("Rio Branco", "AC")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL", "RO", "AC", "TO"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Boa Viagem", "Jardim Vitória",
           "Bela Vista", "Parque das Flores", "Cidade Nova", "Pampulha", "Moinhos de Vento", "Aldeota", "Vila Mariana",
           "Jardim Glória", "Cohab", "Batel", "Trindade", "Ponta Verde", "Setor Bueno", "Asa Norte", "Barra",
           "Jardim Esperança", "Vila da Luz"]


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
        if g.startswith("Maria d") or g in ("Rosa Maria", "Maria José", "Ana Paula", "João Paulo", "José Carlos", "Jorge Elias"):
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
            "compact": f"{yy}{mm:02d}{dd:02d}", "mon": f"{dd:02d}/{MONTHS[mm - 1][:3]}/{yy}",
            "low": f"{dd} de {fold(MONTHS[mm - 1])} de {yy}"}[fmt]


# --------------------------------------------------------------------------- register pools

RENTALS = [("Aurora Rent a Car Ltda.", "Aurora Rent a Car", "aurorarent.com.br"),
           ("Prudente Locadora de Veículos Ltda.", "Prudente Locadora", "prudentelocadora.com.br"),
           ("Leão Locações e Serviços S.A.", "Leão Locações", "leaolocacoes.com.br"),
           ("Rodaviva Aluguel de Carros Ltda.", "Rodaviva", "rodaviva.com.br"),
           ("Flor do Vale Locadora de Automóveis EIRELI", "Flor do Vale Locadora", "flordovale.loc.br"),
           ("Mobilis Rent Car Ltda.", "Mobilis Rent", "mobilisrent.com.br"),
           ("Estrada Real Locação de Veículos Ltda.", "Estrada Real Locadora", "estradareal-loc.com.br"),
           ("Amado & Bento Locadora Ltda.", "Amado & Bento", "amadobento.com.br"),
           ("Viaje Já Locadora de Veículos Ltda.", "Viaje Já", "viajeja.com.br"),
           ("Guerra Rent a Car Comércio e Serviços Ltda.", "Guerra Rent a Car", "guerrarent.com.br"),
           ("Brisa do Mar Locadora Ltda.", "Brisa Locadora", "brisalocadora.com.br")]
SUBS = [("Assina Leve Mobilidade Ltda.", "AssinaLeve", "assinaleve.com.br"),
        ("Carro Mensal Serviços Automotivos S.A.", "CarroMensal", "carromensal.com.br"),
        ("Vitória Assinatura de Veículos Ltda.", "Vitória Assinatura", "vitoriaassinatura.com.br"),
        ("Luz Car Subscription Ltda.", "LuzCar", "luzcar.app"),
        ("Meu Zero Km Assinaturas S.A.", "Meu Zero Km", "meuzerokm.com.br")]
FLEETS = [("Frota Serena Terceirização de Frotas S.A.", "Frota Serena", "frotaserena.com.br"),
          ("Leal Fleet Gestão de Frotas Ltda.", "Leal Fleet", "lealfleet.com.br"),
          ("Bonfim Frotas Corporativas Ltda.", "Bonfim Frotas", "bonfimfrotas.com.br"),
          ("Rumo Certo Fleet Services Ltda.", "Rumo Certo Fleet", "rumocerto.com.br"),
          ("Severo & Porto Locação de Frotas S.A.", "Severo & Porto", "severoporto.com.br")]
CLIENTS = [("Distribuidora Amado de Bebidas Ltda.", "amadobebidas.com.br"),
           ("Laboratório Flor de Lis Análises Clínicas Ltda.", "labflordelis.com.br"),
           ("Construtora Serra Branca S.A.", "serrabranca.eng.br"),
           ("Transportes Sereno Ltda.", "transportessereno.com.br"),
           ("Agropecuária Prudente Ltda.", "agroprudente.com.br"),
           ("Farmácias Vitória Rede de Drogarias S.A.", "farmaciasvitoria.com.br"),
           ("Justo Telecom Fibra Ltda.", "justofibra.net.br"),
           ("Cooperativa Agroindustrial Luz do Campo", "luzdocampo.coop.br"),
           ("Gattas & Rahal Representações Comerciais Ltda.", "gattasrahal.com.br"),
           ("Elevadores Bulhões Manutenção Ltda.", "bulhoeselevadores.com.br"),
           ("Hidráulica Leão Instalações Ltda.", "hidraulicaleao.com.br")]
INSURERS = [("Seguradora Pedra Azul S.A.", "pedraazulseguros.com.br"), ("Porto Sereno Seguros S.A.", "portosereno.com.br"),
            ("Amparo Vida e Previdência S.A.", "amparovida.com.br"), ("Guarda Leal Seguros S.A.", "guardaleal.com.br")]
BRANCHES = [("Loja Aeroporto de Guarulhos", "Rod. Hélio Smidt, s/n, Terminal 2, Guarulhos/SP"),
            ("Agência Centro", "Av. Barão de Mauá, 1180, loja 2"),
            ("Loja Aeroporto de Confins", "Rod. LMG-800, km 7,9, Confins/MG"),
            ("Loja Congonhas", "Av. Washington Luís, s/n, São Paulo/SP"),
            ("Agência Boa Viagem", "Av. Conselheiro Aguiar, 3456, Recife/PE"),
            ("Loja Aeroporto Salgado Filho", "Av. Severo Dullius, 90010, Porto Alegre/RS"),
            ("Loja Rodoviária", "Rua Prudente de Morais, 400, box 12"),
            ("Agência Pampulha", "Av. Otacílio Negrão de Lima, 2250"),
            ("Loja Aeroporto Pinto Martins", "Av. Senador Carlos Jereissati, 3000, Fortaleza/CE"),
            ("Loja Shopping Flor de Lis", "Av. Bento Gonçalves, 4100, piso G1"),
            ("Agência Aurora", "Rua da Aurora, 77, Recife/PE"),
            ("Loja Aeroporto Afonso Pena", "Av. Rocha Pombo, s/n, São José dos Pinhais/PR"),
            ("Loja Aeroporto de Navegantes", "Rua Osmar Gaya, 1297, Navegantes/SC"),
            ("Agência Asa Sul", "SCLS 402, bloco C, loja 19, Brasília/DF")]
GROUPS = [("A", "Econômico", "Mobi Like 1.0 ou similar"), ("B", "Econômico com ar", "Kwid Zen 1.0 ou similar"),
          ("C", "Compacto", "Onix 1.0 ou similar"), ("F", "Sedã executivo", "Virtus TSI ou similar"),
          ("G", "SUV compacto", "T-Cross 200 TSI ou similar"), ("GX", "SUV automático", "Compass Longitude ou similar"),
          ("P", "Picape", "Strada Freedom ou similar"), ("U", "Utilitário", "Fiorino Endurance ou similar"),
          ("E", "Elétrico", "BYD Dolphin Mini ou similar"), ("CA", "Compacto automático", "HB20 Comfort AT ou similar")]
MODELS = ["Fiat Mobi Like 1.0", "Renault Kwid Zen", "Chevrolet Onix 1.0 LT", "Hyundai HB20 Comfort", "VW Polo Track",
          "Fiat Argo Drive 1.0", "VW Virtus TSI", "Nissan Versa Sense", "VW T-Cross 200 TSI", "Jeep Renegade Longitude",
          "Fiat Pulse Drive", "Toyota Corolla Cross XRE", "Fiat Strada Freedom", "Fiat Fiorino Endurance",
          "Renault Master Furgão", "BYD Dolphin Mini", "Chevrolet Tracker LT", "Toyota Hilux SRV", "VW Saveiro Robust",
          "Fiat Toro Volcano", "Renault Oroch Outsider", "Peugeot 208 Active"]
COLORS = ["branco", "prata", "preto", "cinza", "vermelho", "azul", "branco banquisa", "prata sirius", "cinza grafite"]
INFRACTIONS = [("745-50", "Transitar em velocidade superior à máxima permitida em até 20%", "média", "130,16"),
               ("746-30", "Transitar em velocidade superior à máxima permitida em mais de 20% até 50%", "grave", "195,23"),
               ("747-10", "Transitar em velocidade superior à máxima permitida em mais de 50%", "gravíssima (3x)", "880,41"),
               ("605-03", "Avançar o sinal vermelho do semáforo", "gravíssima", "293,47"),
               ("763-31", "Dirigir veículo segurando ou manuseando telefone celular", "gravíssima", "293,47"),
               ("554-12", "Estacionar em desacordo com a regulamentação (estacionamento rotativo)", "grave", "195,23"),
               ("518-51", "Estacionar em local/horário proibido especificamente pela sinalização", "média", "130,16"),
               ("659-92", "Transitar em faixa/via exclusiva de transporte público", "gravíssima", "293,47"),
               ("518-69", "Parar sobre a faixa de pedestres na mudança de sinal luminoso", "média", "130,16"),
               ("596-70", "Transitar pelo acostamento", "gravíssima", "293,47"),
               ("573-80", "Deixar de efetuar o pagamento na via com cobrança eletrônica (livre passagem)", "grave", "195,23")]
ORGAOS = ["DER/SP", "PRF", "DETRAN/MG", "CET/SP", "AMC Fortaleza", "BHTrans", "SMTT Maceió", "EPTC Porto Alegre", "DNIT",
          "SETRAN Curitiba", "DETRAN/DF", "CTTU Recife", "DER/PR", "ARTESP"]
PLACES_ROAD = ["BR-116, km 312, sentido Curitiba", "Rodovia dos Bandeirantes, km 48, pista norte", "BR-101, km 92 (Contorno)",
               "Rod. Ayrton Senna (SP-070), km 23", "Rod. Anhanguera, km 102, sentido interior", "BR-381 Fernão Dias, km 520",
               "BR-040, km 44, sentido Rio", "CE-040, km 18", "BR-232, km 75", "Av. Paralela, altura da passarela do Detran",
               "Marginal Tietê, sentido Castelo Branco, altura da Ponte do Limão", "Rod. Castello Branco, km 58",
               "BR-277, km 640, próximo ao posto da PRF", "SC-401, km 6", "Av. Washington Soares x Av. Rogaciano Leite",
               "Linha Vermelha, altura do Aeroporto do Galeão", "ERS-235, km 31, entre Canela e Gramado", "BR-324, km 610"]
PUBLIC_PLACES = ["estacionamento do Shopping Flor de Lis", "estacionamento do Aeroporto (piso P2)", "pátio do hotel Sereno Inn",
                 "frente à Praça Bento Gonçalves", "estacionamento do supermercado Amado", "orla, próximo ao quiosque 34",
                 "estacionamento da rodoviária", "rua lateral ao Estádio Presidente Vargas"]


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
        """n digits that pass no identifier check of that length (protocols, contracts, RENAVAM-like ids)."""
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
        return fmt_cpf(self.neg(11))

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
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0004", "0017"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def any_cnpj(self) -> str:
        return self.cnpj(alnum=self.chance(0.25), style="dot" if self.chance(0.85) else "raw")

    def rg(self, style: str | None = None) -> str:
        """An RG: the SP form with its check digit (dotted or raw) or another state's plain number."""
        style = style or self.pick(["dot", "dot", "raw", "other", "other"])
        if style == "other":
            n = str(self.ri(1, 9)) + self.d(self.pick([6, 6, 7, 7]))
            return self.pick([n, f"{n[:-6]}.{n[-6:-3]}.{n[-3:]}" if len(n) > 6 else n, f"{n}-{self.ri(0, 9)}"])
        b = self.d(8)
        n = b + rg_sp_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n

    def rg_org(self, uf: str) -> str:
        return self.pick([f"SSP/{uf}", f"SSP-{uf}", f"SDS/{uf}", f"PC/{uf}", f"SESP/{uf}", f"DETRAN/{uf}" if uf == "RJ" else f"SSP/{uf}"])

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
                "stt": f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mob else f"{ddd} {h} {t}",
                "wa": f"+55 {ddd} {h}-{t}", "dot": f"({ddd}) {h}.{t}"}[style]

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd, local = self.msisdn(mobile)
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par", "nospace"])
        return self.fmt_phone(ddd, local, style)

    def landline(self) -> str:
        return self.phone(self.pick(["par", "par", "plain", "dot", "nospace"]), mobile=False)

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
                          f"final {self.d(4)}", f"XXXX-XXXX-XXXX-{self.d(4)}", f"•••• {self.d(4)}",
                          f"{self.pick('45')}{self.d(3)} {self.d(2)}** **** {self.d(4)}"])

    def brand(self) -> str:
        return self.pick(["Visa", "Mastercard", "Elo", "Mastercard", "Visa", "Amex", "Hipercard"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None, low: bool = False) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.25) if old is None else old
        if old:
            p = f"{a}-{self.d(4)}" if self.chance(0.7) else f"{a}{self.d(4)}"
        else:
            p = f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"
        return p.lower() if low else p

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
        groups = [f"{self.ri(1, 0xffff):x}" for _ in range(3 if pre in ("2804", "2801") else 2)]
        tail = self.pick([f"::{self.ri(1, 0xffff):x}", f":{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}",
                          f"::{self.hexs(3)}:{self.hexs(4)}"])
        addr = pre + ":" + ":".join(groups) + tail
        if addr.count(":") > 7:
            addr = pre + ":" + ":".join(groups) + f"::{self.hexs(4)}"
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
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        if t == "Rodovia":
            t, name = "Rodovia", self.pick(["SC-401", "ERS-115", "MG-050", "GO-020", "PE-060"])
            num = f"km {self.ri(2, 90)}"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}", f"bloco {self.pick('ABCD')} apto {self.ri(11, 408)}",
                          "fundos", f"ap. {self.ri(101, 910)}", f"lote {self.ri(1, 40)}", "térreo", f"cond. Vila Serena, casa {self.ri(1, 60)}"])
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{ab.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        if style == "stt":
            s = f"{t} {name} {num if num != 's/n' else 'sem numero'}" + (f" {comp}" if comp else "")
            return fold(s).lower().replace("apto", "apartamento").replace("ap.", "apartamento")
        ab = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr.", "Rodovia": "Rod."}
        if self.chance(0.3) and t in ab:
            t = ab[t]
        sep = self.pick([", ", ", nº ", " ", ", "]) if num != "s/n" and not num.startswith("km") else ", "
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
        return datetime.date(self.pick([2024, 2025, 2025, 2025, 2026]), self.ri(1, 12), self.ri(1, 28))

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

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
        seg = seg or self.pick(["8.26", "8.13", "8.19", "8.17", "8.06", "8.16", "8.21", "8.24", "8.07", "8.05"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2023, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"ATD-{self.d(6)}", f"{self.ri(2024, 2026)}/{self.d(6)}",
                          f"{self.d(2)}{self.up(1)}{self.d(8)}"])

    # ----------------------------------------------------------------- rental ids (never labelled)
    def renavam(self) -> str:
        """A valid RENAVAM that fails the CPF check (vehicle id, never labelled)."""
        while True:
            b = "0" + self.d(9) if self.chance(0.4) else str(self.ri(1, 9)) + self.d(9)
            n = b + renavam_dv(b)
            if not cpf_ok(n):
                return n

    def chassi(self) -> str:
        C = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        wmi = self.pick(["9BW", "9BG", "93H", "9BD", "9C2", "8AP", "9BF", "LGX", "9BH", "93Y"])
        vds = "".join(self.pick(C) for _ in range(6))
        return wmi + vds + self.pick("MNPRST") + self.pick(C) + self.d(6)

    def reserva(self) -> str:
        return self.pick([f"{self.up(3)}{self.d(6)}", f"RES-{self.up(2)}{self.d(5)}{self.up(1)}", f"{self.d(10)}",
                          f"#{self.up(1)}{self.d(8)}", f"LOC{self.d(7)}", f"{self.up(2)}-{self.d(4)}-{self.up(2)}"])

    def contrato(self) -> str:
        return self.pick([f"RA {self.d(7)}", f"{self.d(2)}.{self.d(6)}-{self.d(1)}", f"CT-{self.ri(2024, 2026)}-{self.d(6)}",
                          self.neg(11), f"{self.d(8)}/{self.ri(24, 26)}", f"RA-{self.up(3)}-{self.d(6)}"])

    def km(self, lo: int = 800, hi: int = 98000) -> str:
        return f"{self.ri(lo, hi):,}".replace(",", ".")

    def fuel(self) -> str:
        return self.pick(["8/8", "7/8", "6/8", "4/8", "2/8", "1/8", "cheio", "1/4", "3/4", "reserva"])

    def ait(self) -> str:
        return self.pick([f"{self.pick('ABCDEFGHS')}{self.d(9)}", f"1{self.pick('ABCDEF')}{self.d(7)}",
                          f"{self.pick(['R', 'E', 'T'])}{self.d(3)}{self.d(5)}", f"SP{self.d(8)}", f"{self.up(2)}{self.d(8)}"])

    def bo(self) -> str:
        return self.pick([f"{self.up(2)}{self.d(4)}-{self.d(1)}/{self.ri(2024, 2026)}", f"{self.d(5)}/{self.ri(2024, 2026)}",
                          f"{self.ri(2024, 2026)}-{self.d(6)}-{self.d(2)}", f"{self.d(3)}.{self.d(3)}/{self.ri(2024, 2026)}"])

    def apolice(self) -> str:
        return self.pick([f"{self.d(2)}.{self.d(2)}.{self.d(6)}-{self.d(1)}", f"{self.d(4)}{self.d(9)}", f"AP-{self.d(8)}"])

    def sinistro(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(7)}", f"SIN-{self.d(6)}/{self.ri(24, 26)}", f"{self.d(3)}.{self.d(4)}.{self.d(3)}"])

    def nsu(self) -> str:
        return self.d(self.pick([6, 9, 12]))

    def authcode(self) -> str:
        return self.pick([self.d(6), self.up(1) + self.d(5), self.d(3) + self.up(3)])

    def tid(self) -> str:
        return self.pick([f"{self.d(10)}{self.up(1)}{self.d(4)}{self.up(1)}{self.d(3)}", self.neg(16), self.hexs(20, True)])

    def voo(self) -> str:
        return f"{self.pick(['G3', 'LA', 'AD', '2Z', 'JJ'])} {self.ri(1000, 9999)}"

    def boleto(self) -> str:
        """A bank slip's digitable line (never labelled); no 11-digit run in it."""
        bank = self.pick(["341", "237", "001", "104", "033", "756"])
        return (f"{bank}9{self.d(1)}.{self.d(5)} {self.d(5)}.{self.d(6)} {self.d(5)}.{self.d(6)} {self.d(1)} "
                f"{self.ri(9000, 9999)}{self.d(10)}")

    def gps(self) -> str:
        return f"{-self.ri(3, 30) - self.rng.random():.5f}, {-self.ri(35, 55) - self.rng.random():.5f}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}-AE"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {self.d(5)}", f"CRF/{uf} nº {self.d(4)}"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"), ("é", "e"),
               ("I", "l"), ("o", "0"), ("h", "li"), ("u", "ii"), ("O", "0"), ("l", "I")]


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
            "mail": f"{['seg', 'ter', 'qua', 'qui', 'sex', 'sáb', 'dom'][t.weekday()]}., {t.day} de {MONTHS[t.month - 1][:3]}. de {t.year} {t.strftime('%H:%M')}",
            "rfc": f"{DAY_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} {t.strftime('%H:%M:%S')} -0300",
            "wa": t.strftime("%d/%m/%Y %H:%M"), "waios": t.strftime("[%d/%m/%Y, %H:%M:%S]"),
            "wa2": t.strftime("%d/%m/%y %H:%M")}[fmt]


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


def corp_mail(p: Person, dom: str, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    if g is None:
        return f"{f}.{l}@{dom}"
    return g.pick([f"{f}.{l}@{dom}", f"{f}{l}@{dom}", f"{f[0]}{l}@{dom}", f"{f}.{l}{g.ri(1, 9)}@{dom}"])


def login(p: Person, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}" + (g.d(2) if g and g.chance(0.5) else "")


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


def brl(v: float) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def money_r(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + g.money(lo, hi)


def rental(g: Gen, kind: str = "rent") -> tuple[str, str, str]:
    """(legal name, brand, e-mail domain) of a rental, subscription or fleet-leasing company."""
    return g.pick({"rent": RENTALS, "sub": SUBS, "fleet": FLEETS}[kind])


def branch(g: Gen) -> tuple[str, str]:
    return g.pick(BRANCHES)


def wa_stamp(doc: Doc, t: datetime.datetime, ios: bool) -> None:
    doc.t(ts(t, "waios") + " " if ios else ts(t, "wa") + " - ")


def seq_times(g: Gen, n: int, lo: int = 20, hi: int = 240, start: datetime.datetime | None = None) -> list[datetime.datetime]:
    """n increasing moments a few seconds to minutes apart (a chat, a call, a rescue)."""
    t = start or g.moments(1, None, 1, (7, 21))[0]
    out = []
    for _ in range(n):
        out.append(t)
        t = t + datetime.timedelta(seconds=g.ri(lo, hi))
    return out


def stt_cpf(g: Gen, n: str) -> str:
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}", " ".join(n),
                   f"{n[:3]} {n[3:6]} {n[6:9]} digito {n[9:]}"])


def stt_dob(g: Gen, lo: int, hi: int) -> str:
    dd, mm, yy = g.dob_parts(lo, hi)
    return g.pick([f"{dd} do {mm} de {yy}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd:02d} {mm:02d} {yy}",
                   f"{dd} do {mm} de {str(yy)[2:]}"])



# TEMPLATES_START
# =========================================================================== atendimento


def at_whats_reserva(g: Gen) -> Doc:
    """WhatsApp export between a customer and a rental branch's booking line."""
    doc = Doc()
    legal, brand, dom = rental(g)
    bname, baddr = branch(g)
    cli = g.person()
    att = g.person(female=g.chance(0.65))
    ios = g.chance(0.4)
    by_num = g.chance(0.6)
    ddd, local = g.msisdn()
    cli_num = g.fmt_phone(ddd, local, "wa")
    cli_name = g.pick([cli.short, cli.first, cli.full, cli.first + " " + g.pick(["🌻", "✈️", "Viagens"])])
    shop = g.pick([f"{brand} {bname}", f"{brand} - Reservas", f"{brand} | {bname}"])
    mlist = g.moments(22, None, 2, (7, 22))
    ms = iter(mlist)

    def say(who: str, template: str, **kw) -> None:
        wa_stamp(doc, next(ms), ios)
        if who == "c":
            doc.t(shop)
        elif by_num:
            doc.e(cli_num, "PHONE_NUMBER")
        else:
            name = cli_name
            if " " in name and name.split(" ", 1)[1] in ("🌻", "✈️", "Viagens"):
                doc.e(name.split(" ", 1)[0], "PERSON")
                doc.t(" " + name.split(" ", 1)[1])
            else:
                doc.e(name, "PERSON")
        doc.t(": ")
        doc.f(template + "\n", **kw)

    if ios:
        doc.t("[Mensagens e chamadas são protegidas com a criptografia de ponta a ponta.]\n")
    else:
        doc.f("«d» - As mensagens e ligações são protegidas com a criptografia de ponta a ponta.\n", d=ts(mlist[0], "wa"))
    d1 = g.after(mlist[0].date(), 3, 40)
    d2 = g.after(d1, 2, 12)
    grp = g.pick(GROUPS)
    say("r", g.pick(["boa tarde! queria cotar um carro de «a» a «b», retirada no aeroporto",
                     "Olá, bom dia. Preciso alugar um carro do dia «a» até «b». Vcs tem automático?",
                     "oi tudo bem? quanto fica a diaria de um carro simples de «a» a «b»"]), a=dbr(d1)[:5], b=dbr(d2)[:5])
    say("c", "Olá! Aqui é «a», da «b» («br»). Para essas datas temos o Grupo «g» – «gd» («m») por R$ «v»/dia com proteção básica "
        "e km livre. Posso seguir com a reserva?", a=P(g.pick([att.first, att.first, att.short])), b=brand, br=bname, g=grp[0],
        gd=grp[1], m=grp[2], v=g.money(89, 420))
    say("r", g.pick(["pode sim", "sim por favor", "Pode. O que precisa?", "fechado"]))
    say("c", "Preciso do nome completo, CPF e data de nascimento do condutor principal. A idade mínima é 21 anos e quem tem "
        "CNH há menos de 2 anos paga a taxa de condutor jovem.")
    dob_fmt = g.pick(["br", "nopad", "short", "long"])
    if g.chance(0.25):
        say("r", "«n» cpf «c»", n=P(g.pick([cli.low, cli.full])), c=g.neg_cpf())
        say("c", "O CPF não validou aqui no sistema 🤔 pode conferir?")
        say("r", "ops digitei errado. «c» nasci em «b»", c=(g.cpf(), "BR_CPF"), b=(g.dob(dob_fmt, 1958, 2003), "DATE_OF_BIRTH"))
    else:
        say("r", g.pick(["«n»\nCPF «c»\nNasc. «b»", "«n» / «c» / «b»", "nome: «n» cpf: «c» nascimento «b»"]),
            n=P(g.pick([cli.full, cli.caps, cli.low])), c=(g.cpf(), "BR_CPF"), b=(g.dob(dob_fmt, 1958, 2003), "DATE_OF_BIRTH"))
    say("c", "Obrigada! E o número de registro da CNH e a validade, por favor.")
    say("r", g.pick(["cnh «h» validade «v»", "Registro «h», vence em «v»", "«h» val «v»"]), h=(g.cnh(), "BR_CNH"),
        v=dbr(g.after(d2, 90, 1800)))
    say("c", "Para a retirada bloqueamos uma caução (pré-autorização) de R$ «c» no cartão de crédito do titular da reserva. "
        "Não aceitamos cartão de débito nem cartão de terceiros.", c=g.pick(["700,00", "1.000,00", "1.500,00", "2.500,00", "3.000,00"]))
    r = g.rng.random()
    if r < 0.35:
        say("r", "ah ok, segue o cartão pra já deixar reservado: «k» venc «e» cvv «cv»", k=(g.card(g.chance(0.7)), "CREDIT_CARD"),
            e=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}", cv=g.d(3))
        say("c", "⚠️ Por segurança NÃO envie dados do cartão por aqui! Por favor apague a mensagem. A pré-autorização é feita "
            "presencialmente no balcão, com o cartão físico.")
        say("r", "nossa desculpa, apaguei")
    elif r < 0.6:
        sp = g.spouse(cli)
        say("r", "o cartão vai ser do meu «k», «n», pode?", k="marido" if not sp.female else "esposa", n=P(g.pick([sp.full, sp.first])))
        say("c", "Pode, desde que «o» titular do cartão esteja presente na retirada e seja cadastrad«o» como condutor adicional "
            "(R$ «v»/dia). Me passa CPF e nascimento del«o»?", o="a" if sp.female else "o", v=g.money(15, 39))
        say("r", "«c» nasc «b»", c=(g.cpf(), "BR_CPF"), b=(g.dob(g.pick(["br", "nopad"]), 1955, 2003), "DATE_OF_BIRTH"))
    else:
        say("r", g.pick(["tranquilo, tenho limite", "ok 👍", "certo"]))
    if g.chance(0.6):
        say("c", "Qual e-mail para enviar o voucher?")
        say("r", "«e»", e=(g.email(cli), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        say("r", "meu voo chega às «h», o «v». se atrasar vcs seguram o carro?", h=g.hm(), v=g.voo())
        say("c", "Seguramos por até 2h com o número do voo informado ✈️")
    res = g.reserva()
    say("c", "Reserva «r» confirmada ✅ Retirada «d1» às «h1» na «b» («a»), devolução «d2» às «h2». Levar CNH física ou digital "
        "válida e cartão de crédito em nome do titular.", r=res, d1=dbr(d1), h1=g.hm(), b=bname, a=baddr, d2=dbr(d2), h2=g.hm())
    if g.chance(0.5):
        say("c", "Qualquer coisa estamos no «t» ou 0800 «z».", t=(g.landline(), "PHONE_NUMBER"), z=f"{g.d(3)} {g.d(4)}")
    say("r", g.pick(["obrigad«o»!!", "valeu «a»", "Muito obrigad«o», «a»!"]), o=cli.o, a=P(fold(att.first).lower() if g.chance(0.3) else att.first))
    return doc


def at_transcricao(g: Gen) -> Doc:
    """Speech-to-text transcript (lower case, no accents) of a call to a rental's 0800 central, with the agent's wrap-up."""
    doc = Doc()
    legal, brand, dom = rental(g)
    att = g.person(female=g.chance(0.6))
    cli = g.person()
    t0 = g.moments(1, None, 1, (7, 23))[0]
    fila = g.pick(["reservas", "prorrogacao", "sinistro e avarias", "achados e perdidos"])
    doc.f("[stt] ligacao «id» | «b» central 0800 «z» | «d» | dur «m» | fila: «q»\n\n", id=g.hexs(10), b=fold(brand).lower(),
          z=f"{g.d(3)} {g.d(4)}", d=ts(t0, "brs"), m=f"{g.ri(4, 17):02d}:{g.ri(0, 59):02d}", q=fila)
    fa = fold(att.first).lower()
    doc.f("agente: «b» «p» meu nome e «a» em que posso ajudar\n", b=fold(brand).lower(),
          p="boa noite" if t0.hour >= 18 else ("boa tarde" if t0.hour >= 12 else "bom dia"), a=P(fa))
    doc.f("cliente: oi «a» aqui e «n» eu to com um carro alugado de voces\n", a=P(fa) if g.chance(0.5) else ("moca" if att.female else "moco"),
          n=P(g.pick([cli.low, fold(cli.short).lower()])))
    doc.t("agente: certo pra eu localizar o contrato me confirma o cpf do titular\n")
    n = g.cpf_digits()
    doc.f("cliente: «c»\n", c=(stt_cpf(g, n), "BR_CPF"))
    doc.f("agente: e a data de nascimento\ncliente: «b»\n", b=(stt_dob(g, 1955, 2003), "DATE_OF_BIRTH"))
    plate = g.plate(low=True)
    model = fold(g.pick(MODELS)).lower()
    doc.f("agente: localizei um «m» placa «p» retirado na loja «l» e isso\ncliente: isso\n", m=model,
          p=(plate, "LICENSE_PLATE"), l=fold(branch(g)[0]).lower().replace("loja ", "").replace("agencia ", ""))
    other = None
    if fila == "prorrogacao":
        doc.f("cliente: eu preciso ficar mais «k» dias com o carro a devolucao era «d»\n"
              "agente: consigo prorrogar sim vai ser cobrado no mesmo cartao da caucao final «f» tudo bem\ncliente: pode ser\n",
              k=g.pick(["dois", "tres", "cinco", "sete"]), d=fold(dbr(g.day(), "low")), f=" ".join(g.d(4)))
    elif fila == "sinistro e avarias":
        other = g.person()
        doc.f("cliente: eu bati de leve num carro aqui no estacionamento do mercado o outro motorista e o «o» a placa dele e «p»\n"
              "agente: alguem se machucou\ncliente: nao gracas a deus so o para-choque\n"
              "agente: vou abrir o aviso de sinistro a senhora vai precisar do boletim de ocorrencia online e das fotos\n",
              o=P(g.pick([fold(other.short).lower(), fold(other.first).lower()])), p=(g.plate(low=True), "LICENSE_PLATE"))
    elif fila == "achados e perdidos":
        doc.f("cliente: eu esqueci meu celular no porta-luvas quando devolvi o carro ontem\n"
              "agente: vou verificar com a loja se a vistoria encontrou pode ser enviado pelos correios no endereco que a senhora informar\n"
              "cliente: manda pra «a» bairro «b» cep «c»\n", a=(g.address("stt"), "ADDRESS"), b=fold(g.pick(BAIRROS)).lower(),
              c=(g.pick([g.cep(False), " ".join(g.cep(False)[i:i + 2] for i in range(0, 8, 2))]), "BR_CEP"))
    else:
        doc.f("cliente: quero incluir o meu «k» como condutor adicional o nome dele e «o»\n"
              "agente: ele precisa apresentar a cnh na loja mas ja deixo pre cadastrado o cpf dele\ncliente: e «c»\n",
              k=g.pick(["filho", "irmao", "cunhado", "genro"]), o=P(g.relative(cli, False).low), c=(stt_cpf(g, g.cpf_digits()), "BR_CPF"))
    ddd, local = g.msisdn()
    doc.f("agente: um telefone pra contato\ncliente: «t»\n", t=(g.fmt_phone(ddd, local, "stt"), "PHONE_NUMBER"))
    pr = g.neg(11)
    doc.f("agente: anota o protocolo «p» a «b» agradece\n\n", p=" ".join(pr[i:i + 3] for i in range(0, 11, 3)), b=fold(brand).lower())
    # the agent's typed wrap-up
    who = g.chance(0.5)
    doc.f("--- resumo do atendimento (digitado«a») ---\n", a=" por " + login(att, g) if who else "")
    kv = [("Cliente", P(g.pick([cli.caps, cli.full]))), ("CPF", (fmt_cpf(n), "BR_CPF")), ("Placa", (plate.upper(), "LICENSE_PLATE")),
          ("Contrato", V(g.contrato())), ("Protocolo", V(pr)), ("Km informado", V(g.km()))]
    if other is not None:
        kv.append(("Terceiro", P(other.full)))
    kv.append(("Tel. retorno", (g.fmt_phone(ddd, local, "par"), "PHONE_NUMBER")))
    kv_block(g, doc, kv, "lines")
    doc.f("Obs: «o»\n", o={"prorrogacao": g.pick(["taxa de prorrogação informada", "nova devolução registrada; caução complementada"]),
                         "sinistro e avarias": g.pick(["encaminhado ao núcleo de sinistros", "cliente nervos" + cli.o + ", pediu retorno do supervisor"]),
                         "achados e perdidos": g.pick(["loja acionada; envio por Sedex a cobrar", "objeto localizado na vistoria"]),
                         "reservas": g.pick(["condutor adicional pré-cadastrado; apresentar CNH na loja", "sem pendências"])}[fila])
    return doc


def at_checkin(g: Gen) -> Doc:
    """The counter's check-in form (abertura de contrato) with the driver's CNH, vehicle and pre-authorization."""
    doc = Doc()
    legal, brand, dom = rental(g)
    bname, baddr = branch(g)
    cli = g.person()
    att = g.person(female=g.chance(0.5))
    city, uf = g.city()
    t0 = g.moments(1, None, 1, (6, 23))[0]
    doc.f("«b» — «l»\n«a» · CNPJ «c» · Tel. «t»\n", b=brand.upper(), l=bname, a=baddr, c=(g.any_cnpj(), "BR_CNPJ"),
          t=(g.landline(), "PHONE_NUMBER") if g.chance(0.6) else V("4004 " + g.d(4)))
    doc.f("CONTRATO DE LOCAÇÃO (RA) Nº «n» — Reserva «r» — Abertura «d»\n\n", n=g.contrato(), r=g.reserva(), d=ts(t0, "br"))
    style = g.pick(["box", "dots", "lines"])
    doc.t("LOCATÁRIO / CONDUTOR PRINCIPAL\n")
    bd, bm, by = g.dob_parts(1950, 2003)
    first_lic = min(by + g.ri(18, 30), 2024)
    fields = [("Nome", P(g.pick([cli.caps, cli.full, cli.capsf]))), ("CPF", (g.cpf(), "BR_CPF")),
              ("RG", (g.rg(), "BR_RG")), ("Órgão emissor", V(g.rg_org(uf))),
              ("Data nasc.", (fmt_date(bd, bm, by, g.pick(["br", "br", "nopad"])), "DATE_OF_BIRTH")),
              ("CNH (registro)", (g.cnh(), "BR_CNH")), ("Categoria", V(g.pick(["B", "AB", "B", "AB", "D", "AE"]))),
              ("Validade CNH", V(g.date("br", g.ri(2026, 2034)))), ("1ª habilitação", V(f"{g.ri(1, 28):02d}/{g.ri(1, 12):02d}/{first_lic}")),
              ("Endereço", (g.address(g.pick(["text", "text", "caps"])), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS))),
              ("Cidade/UF", V(f"{city}/{uf}")), ("CEP", (g.cep(g.chance(0.8)), "BR_CEP")),
              ("Celular", (g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER")), ("E-mail", (g.email(cli), "EMAIL_ADDRESS"))]
    if g.chance(0.25):
        fields.insert(4, ("Título eleitor", (g.titulo(), "BR_TITULO_ELEITOR")))
    if g.chance(0.3):
        comp, cdom = g.pick(CLIENTS)
        fields.append(("Faturar para", V(comp)))
        fields.append(("CNPJ faturamento", (g.any_cnpj(), "BR_CNPJ")))
    kv_block(g, doc, fields, style)
    if g.chance(0.5):
        add = g.pick([g.spouse(cli), g.relative(cli), g.person()])
        doc.t("\nCONDUTOR ADICIONAL\n")
        kv_block(g, doc, [("Nome", P(g.pick([add.caps, add.full]))), ("CPF", (g.cpf(), "BR_CPF")),
                          ("Data nasc.", (g.dob("br", 1950, 2004), "DATE_OF_BIRTH")), ("CNH", (g.cnh(), "BR_CNH")),
                          ("Validade", V(g.date("br", g.ri(2026, 2034))))], style)
    grp = g.pick(GROUPS)
    ret = g.after(t0.date(), 1, 15)
    doc.t("\nVEÍCULO\n")
    kv_block(g, doc, [("Grupo", V(f"{grp[0]} – {grp[1]}")), ("Modelo", V(g.pick(MODELS))), ("Placa", (g.plate(), "LICENSE_PLATE")),
                      ("Cor", V(g.pick(COLORS))), ("Km saída", V(g.km())), ("Combustível", V(g.fuel())),
                      ("Devolução prevista", V(f"{dbr(ret)} {g.hm()} — {g.pick([bname, branch(g)[0]])}"))], style)
    prot = g.sample(["LDW (proteção do veículo)", "ALI (terceiros)", "PAI (acidentes pessoais)", "Proteção de vidros e pneus",
                     "Cadeirinha infantil", "GPS", "Limpeza inclusa"], 3)
    doc.f("\nProteções/opcionais: «p». Franquia de avaria: R$ «f».\n", p="; ".join(prot), f=g.pick(["2.500,00", "3.500,00", "5.000,00", "0,00 (LDW total)"]))
    holder_other = g.chance(0.25)
    hold = g.spouse(cli) if holder_other else cli
    doc.f("PRÉ-AUTORIZAÇÃO (caução): R$ «v» — cartão «b» «m» — titular «h»", v=g.pick(["700,00", "1.200,00", "2.000,00", "3.500,00"]),
          b=g.brand(), m=g.masked_card(), h=P(g.pick([hold.caps, hold.full])))
    if holder_other:
        doc.f(" (CPF «c», presente no balcão)", c=(g.cpf(), "BR_CPF"))
    doc.f(" — cód. aut. «a» / NSU «n»\n", a=g.authcode(), n=g.nsu())
    doc.f("\nDeclaro ter recebido o veículo nas condições do checklist anexo e estar ciente das condições gerais (cláusulas 4ª a 19ª).\n"
          "«c», «d».\n\n____________________________\n«n»\n\nAtendente: «a» (mat. «m»)\n", c=g.pick([city, bname]), d=dbr(t0.date(), "long"),
          n=P(g.pick([cli.caps, cli.full])), a=P(g.pick([att.full, att.short])), m=g.d(g.pick([4, 5, 6])))
    if g.chance(0.5):
        doc.f("Obs.: «o»\n", o=g.pick(["cliente com CNH digital (CNH-e), conferida no app", "tanque entregue cheio; devolver cheio",
                                        "cadeirinha entregue com o carro", "cliente recusou proteção de vidros",
                                        f"upgrade cortesia p/ grupo {g.pick(GROUPS)[0]} por indisponibilidade"]))
    return doc


def at_assistencia(g: Gen) -> Doc:
    """A roadside-assistance (assistência 24h) ticket as the dispatch system's JSON, with the operator's notes."""
    doc = Doc()
    legal, brand, dom = rental(g, g.pick(["rent", "sub", "fleet"]))
    cli = g.person()
    drv = g.person(female=g.chance(0.1))
    op = g.person(female=g.chance(0.6))
    oplog = login(op, g)
    t = seq_times(g, 4, 300, 4000, g.moments(1, None, 1)[0])
    home = g.chance(0.4)
    prob = g.pick(["pane elétrica / bateria", "pneu furado sem estepe utilizável", "pane seca", "superaquecimento",
                   "chave trancada no interior", "colisão leve — veículo sem condição de rodar", "alagamento"])
    if home:
        loc = {"tipo": "residencia", "endereco": (g.address(), "ADDRESS"), "bairro": g.pick(BAIRROS),
               "cidade": "/".join(g.city()), "cep": (g.cep(), "BR_CEP"), "lat_lng": g.gps()}
    else:
        loc = {"tipo": g.pick(["rodovia", "via publica", "estacionamento"]), "descricao": g.pick(PLACES_ROAD + PUBLIC_PLACES),
               "cidade": "/".join(g.city()), "lat_lng": g.gps()}
    cliente = {"nome": P(g.pick([cli.full, cli.caps])), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
               "telefone": (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER")}
    if g.chance(0.4):
        cliente["telefone_alternativo"] = (g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER")
    payload = {
        "protocolo": f"AS{t[0].year}{g.d(8)}",
        "abertura": ts(t[0], "iso"),
        "canal": g.pick(["0800", "app", "whatsapp"]),
        "contratante": brand,
        "cliente": cliente,
        "contrato": g.contrato(),
        "veiculo": {"placa": (g.plate(), "LICENSE_PLATE"), "modelo": g.pick(MODELS), "renavam": g.renavam(),
                    "chassi": g.chassi(), "km": int(g.km().replace(".", ""))},
        "local": loc,
        "problema": prob,
        "servico": g.pick(["reboque", "auxilio mecanico", "chaveiro", "troca de pneu", "reboque + carro reserva"]),
        "prestador": {"razao_social": g.pick(["Guincho Leão 24h Ltda.", "Auto Socorro Bonfim ME", "Reboques Serra Branca Ltda.",
                                              "Socorro Rápido Flor de Lis", "JK Guinchos e Remoções"]),
                      "cnpj": (g.any_cnpj(), "BR_CNPJ"), "motorista": P(g.pick([drv.full, drv.short])),
                      "telefone": (g.phone(g.pick(["e164", "par"])), "PHONE_NUMBER"), "placa_guincho": (g.plate(), "LICENSE_PLATE")},
        "eventos": [{"ts": ts(t[1], "iso"), "status": "ACIONADO", "usuario": oplog},
                    {"ts": ts(t[2], "iso"), "status": "NO_LOCAL", "usuario": "app.prestador"},
                    {"ts": ts(t[3], "iso"), "status": g.pick(["CONCLUIDO", "CONCLUIDO", "CANCELADO_CLIENTE"]), "usuario": "app.prestador"}],
    }
    if "carro reserva" in payload["servico"]:
        payload["carro_reserva"] = {"placa": (g.plate(), "LICENSE_PLATE"), "loja": branch(g)[0]}
    doc.f("GET /assistencia/v1/chamados/«p» → 200 OK\n", p=payload["protocolo"])
    jval(doc, payload, 0)
    doc.f("\n\nNotas do operador («o»):\n", o=P(g.pick([op.full, op.short])) if g.chance(0.6) else oplog)
    r = g.rng.random()
    if r < 0.35:
        doc.f("- Cliente com criança pequena no carro, prioridade. Quem atendeu no local foi «n» («k»), telefone «t».\n",
              n=P(g.pick([g.spouse(cli).first, g.spouse(cli).full])), k=g.pick(["esposa", "marido", "companheira"]),
              t=(g.phone("par"), "PHONE_NUMBER"))
    elif r < 0.7:
        doc.f("- Prestador «m» chegou em «x» min. Cliente reclamou da demora; oferecido táxi até o hotel (voucher «v»).\n",
              m=P(drv.first), x=g.ri(45, 180), v=g.d(6))
    else:
        doc.f("- Veículo removido para a «l». Km de reboque: «k». Cliente orientad«o» a registrar BO se houver terceiro.\n",
              l=g.pick([b[0] for b in BRANCHES]), k=g.ri(5, 120), o=cli.o)
    if g.chance(0.4):
        ges = g.person()
        doc.f("- Chamado anterior do mesmo contrato em «d» (pneu). Avisar gestor de frota «g» («e»).\n", d=dbr(g.day()),
              g=P(g.pick([ges.full, ges.short])), e=(corp_mail(ges, g.pick(CLIENTS)[1], g), "EMAIL_ADDRESS"))
    return doc


PARTS = ["para-choque dianteiro", "para-choque traseiro", "porta dianteira esquerda", "porta traseira direita",
         "paralama dianteiro direito", "capô", "tampa traseira", "retrovisor esquerdo", "roda liga leve traseira direita",
         "para-brisa", "lanterna traseira esquerda", "soleira lado direito", "banco traseiro (estofado)", "teto"]
DAMAGES = ["risco superficial", "amassado sem pintura danificada", "amassado com pintura danificada", "trinca",
           "ralado (meio-fio)", "queimadura de cigarro", "mancha no estofado", "farol quebrado", "lasca de pedra"]


PART_DMG = {"para-choque dianteiro": ["risco superficial", "ralado (meio-fio)", "trinca no suporte"],
            "para-choque traseiro": ["amassado com pintura danificada", "risco superficial", "ralado"],
            "porta dianteira esquerda": ["amassado sem pintura danificada", "risco profundo (chave)"],
            "porta traseira direita": ["amassado com pintura danificada", "risco superficial"],
            "paralama dianteiro direito": ["amassado sem pintura danificada", "ralado"], "capô": ["lasca de pedra", "amassado (granizo)"],
            "tampa traseira": ["amassado sem pintura danificada", "risco superficial"], "retrovisor esquerdo": ["capa quebrada", "lente trincada"],
            "roda liga leve traseira direita": ["ralado (meio-fio)", "empenada"], "para-brisa": ["trinca", "lasca de pedra"],
            "lanterna traseira esquerda": ["lente quebrada"], "soleira lado direito": ["amassado"],
            "banco traseiro (estofado)": ["queimadura de cigarro", "mancha", "rasgo"], "teto": ["amassado (granizo)"],
            "pneu dianteiro esquerdo": ["bolha lateral", "corte na banda"]}


def at_vistoria(g: Gen) -> Doc:
    """A return inspection (vistoria de devolução) report with the photos' captions and the customer's statement."""
    doc = Doc()
    legal, brand, dom = rental(g, g.pick(["rent", "rent", "sub"]))
    bname, baddr = branch(g)
    cli = g.person()
    vis = g.person(female=g.chance(0.3))
    t = g.moments(1, None, 1, (6, 23))[0]
    plate = g.plate()
    kin = int(g.km().replace(".", ""))
    kout = kin + g.ri(120, 4800)
    doc.f("«b» · «l»\nLAUDO DE VISTORIA — «k»\n", b=brand, l=bname, k=g.pick(["DEVOLUÇÃO", "DEVOLUÇÃO", "RETIRADA/DEVOLUÇÃO", "TROCA DE VEÍCULO"]))
    doc.f("Contrato «c» | Placa «p» | «m» | Km saída «ks» | Km chegada «kc» | Combustível «f»\n", c=g.contrato(),
          p=(plate, "LICENSE_PLATE"), m=g.pick(MODELS), ks=f"{kin:,}".replace(",", "."), kc=f"{kout:,}".replace(",", "."), f=g.fuel())
    doc.f("Locatário: «n» — CPF «c»", n=P(g.pick([cli.caps, cli.full])), c=(g.cpf(), "BR_CPF") if g.chance(0.75) else V(g.masked_cpf()))
    if g.chance(0.6):
        doc.f(" — CNH «h»", h=(g.cnh(), "BR_CNH"))
    doc.f("\nContato: «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f(" / «e»", e=(g.email(cli), "EMAIL_ADDRESS"))
    doc.t("\n")
    doc.f("Vistoriador: «v» («l») — «d»\n\n", v=P(g.pick([vis.full, vis.short])), l=login(vis, g), d=ts(t, "br"))
    parts = g.sample(sorted(PART_DMG), g.ri(2, 5))
    rows = []
    for k, part in enumerate(parts):
        rows.append([V(str(k + 1)), V(part), V(g.pick(PART_DMG[part])), V(f"{g.ri(2, 40)} cm" if "pneu" not in part else "—"),
                     V(g.pick(["NÃO", "NÃO", "SIM (checklist saída)"]))])
    table_ruled(doc, ["#", "Peça", "Avaria", "Dimensão", "Preexistente"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.t("\nFOTOS\n")
    lat, lng = -g.ri(3, 30) - g.rng.random(), -g.ri(35, 55) - g.rng.random()
    caps = ["vista geral lateral esquerda", "vista geral lateral direita", "painel (km e combustível)", "placa traseira", "pneus e estepe",
            "interior, banco traseiro"] + [f"detalhe {p} — {r[2][0]}" for p, r in zip(parts, rows)]
    base = datetime.datetime(t.year, t.month, t.day, t.hour, t.minute)
    for k, cap in enumerate(g.sample(caps, min(len(caps), g.ri(4, 7)))):
        ft = base + datetime.timedelta(seconds=g.ri(10, 90) * (k + 1))
        doc.f("Foto «k» — IMG_«d»_«h».jpg — «c» — GPS «la», «lo»\n", k=f"{k + 1:02d}", d=ft.strftime("%Y%m%d"), h=ft.strftime("%H%M%S"),
              c=cap, la=f"{lat + g.ri(-20, 20) / 100000:.5f}", lo=f"{lng + g.ri(-20, 20) / 100000:.5f}")
    if g.chance(0.3):
        doc.t(g.pick(["Luz de advertência do airbag acesa no painel.\n", "Luz da injeção acesa; encaminhar à manutenção.\n",
                      "Pneu dianteiro careca, fora do padrão da frota.\n"]))
    r = g.rng.random()
    if r < 0.4:
        doc.f("\nDeclaração do cliente: «s»\n", s=g.pick([
            "\"O risco já existia na retirada, não foi anotado pelo atendente.\"",
            "\"Bateram no carro no estacionamento do hotel, não vi quem foi.\"",
            "\"Não reconheço a avaria. Quero a vistoria de saída.\"",
            "\"Concordo com a avaria e aciono a proteção LDW.\""]))
    elif r < 0.7:
        add = g.relative(cli)
        doc.f("\nVeículo devolvido pelo condutor adicional «a», CNH «h», que acompanhou a vistoria e se recusou a assinar.\n",
              a=P(g.pick([add.full, add.short])), h=(g.cnh(), "BR_CNH"))
    else:
        doc.f("\nCliente ausente (devolução expressa, chave na urna às «h»). Fotos enviadas para «e».\n", h=g.hm(),
              e=(g.email(cli), "EMAIL_ADDRESS"))
    doc.f("Orçamento preliminar: R$ «v» (franquia contratada R$ «fr»). Encaminhado ao Núcleo de Avarias em «d».\n",
          v=g.money(180, 6800), fr=g.pick(["2.500,00", "3.500,00", "4.000,00"]), d=dbr(g.after(t.date(), 0, 3)))
    if g.chance(0.5):
        doc.f("\nCiente: ________________  «n»\n", n=P(g.pick([cli.caps, cli.capsf])))
    return doc


def at_email_caucao(g: Gen) -> Doc:
    """E-mail thread: a customer's security deposit (caução) was not released / an extra charge appeared after the return."""
    doc = Doc()
    legal, brand, dom = rental(g)
    cli = g.person()
    att = g.person(female=g.chance(0.6))
    sup = g.person()
    t = g.moments(4, None, 9, (7, 23))
    cmail = g.email(cli)
    ret = g.after(t[0].date(), -20, -3)
    val = g.pick(["1.000,00", "1.500,00", "700,00", "2.000,00", "3.500,00"])
    fin = g.d(4)
    doc.f("De: «n» <«e»>\nPara: sac@«d»\nData: «dt»\nAssunto: «a»\n", n=P(g.pick([cli.full, cli.short])), e=(cmail, "EMAIL_ADDRESS"),
          d=dom, dt=ts(t[0], "rfc"), a=g.pick(["Caução não liberada", "COBRANÇA INDEVIDA NO CARTÃO", "Estorno da pré-autorização",
                                              "Reserva " + g.reserva() + " - valor bloqueado"]))
    if g.chance(0.5):
        doc.f("X-Originating-IP: [«ip»]\n", ip=(g.ip(), "IP_ADDRESS"))
    doc.f("\n«s»,\n\nDevolvi o carro placa «p» em «d» na «l», sem nenhuma avaria (tenho as fotos). Até hoje o valor de R$ «v» "
          "continua bloqueado no meu cartão final «f» e ainda apareceu uma cobrança de R$ «x» que ninguém explicou. "
          "Preciso desse limite para «m».\n\nCPF do titular: «c»\nTelefone: «t»\n«n»\n",
          s=g.pick(["Boa tarde", "Prezados", "Olá"]), p=(g.plate(), "LICENSE_PLATE"), d=dbr(ret), l=branch(g)[0], v=val, f=fin,
          x=g.money(80, 900), m=g.pick(["uma viagem", "pagar o tratamento da minha mãe", "as compras do mês"]),
          c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), n=P(g.pick([cli.first, cli.full])) if g.chance(0.5) else "Enviado do meu iPhone")
    doc.f("\n---\nDe: «b» — Central de Relacionamento <sac@«d»>\nData: «dt»\n\nOlá, «n»!\n\nMeu nome é «a» e vou acompanhar "
          "seu caso (protocolo «p»). A pré-autorização foi cancelada por nós em «dc»; o prazo para a liberação do limite é "
          "definido pelo emissor do cartão (até 30 dias). ", b=brand, d=dom, dt=ts(t[1], "rfc"), n=P(cli.first), a=P(g.pick([att.first, att.short])),
          p=g.protocol(), dc=dbr(g.after(ret, 0, 2)))
    r = g.rng.random()
    if r < 0.5:
        doc.f("A cobrança de R$ «x» refere-se a «m», conforme cláusula «c» do contrato.\n\nAtenciosamente,\n«a»\n«b» | «t»\n",
              x=g.money(60, 700), m=g.pick(["taxa de combustível (devolvido com 3/8)", "lavagem especial (areia e pelos de animal)",
                                            "diária extra (devolução 2h após o horário)", "pedágio free flow + taxa administrativa"]),
              c=g.pick(["8ª", "11ª", "13.2"]), a=P(att.full), b=brand, t=(g.landline(), "PHONE_NUMBER") if g.chance(0.7) else V("0800 " + g.d(3) + " " + g.d(4)))
    else:
        doc.f("Identificamos que a cobrança foi lançada por engano (avaria registrada no contrato de outro cliente). Vamos estornar.\n\n"
              "Atenciosamente,\n«a»\n", a=P(att.full))
    doc.f("\n---\nDe: «n» <«e»>\nData: «dt»\n\n«txt»\n", n=P(cli.full), e=(cmail, "EMAIL_ADDRESS"), dt=ts(t[2], "rfc"),
          txt=g.pick(["Já se passaram 30 dias e nada. Vou abrir reclamação no Procon e no consumidor.gov.",
                      "Meu banco diz que a loja não cancelou. Preciso do código de cancelamento.",
                      "Ok, aguardo. Mas ninguém me ligou como prometido."]))
    doc.f("\n---\nDe: «s» <«se»>\nPara: «e»\nCc: sac@«d»\nData: «dt»\n\n«c», peço desculpas pela demora. ", s=P(sup.full),
          se=(corp_mail(sup, dom, g), "EMAIL_ADDRESS"), e=(cmail, "EMAIL_ADDRESS"), d=dom, dt=ts(t[3], "rfc"),
          c=P(cli.first) if g.chance(0.6) else g.pick(["Prezada cliente", "Prezado cliente"]))
    if g.chance(0.5):
        doc.f("Segue o comprovante de cancelamento (código «k», TID «tid»). Se o valor não aparecer em 5 dias úteis, faremos o depósito "
              "na conta que você indicar.\n", k=g.authcode(), tid=g.tid())
    else:
        doc.f("O estorno de R$ «x» foi processado hoje (ARN «a»). Você verá o crédito na próxima fatura.\n", x=g.money(80, 900), a=g.d(23))
    doc.f("\n«s»\nSupervisão de Atendimento — «b»\n", s=P(g.pick([sup.full, sup.short])), b=brand)
    return doc


def at_assinatura_chat(g: Gen) -> Doc:
    """A car-subscription site chat: the virtual assistant, then a human agent, credit analysis and home delivery."""
    doc = Doc()
    legal, brand, dom = rental(g, "sub")
    cli = g.person()
    ag = g.person(female=g.chance(0.6))
    bot = g.pick(["Aurora", "Lia", "Vitória", "Duda", "Sol"])
    t = seq_times(g, 18, 15, 200)
    it = iter(t)
    doc.f("chat_id=«c» origem=site pagina=/planos/«p» ip=«ip» ua=\"«ua»\"\n", c=g.hexs(16), p=g.pick(["compacto-12m", "suv-24m", "eletrico-18m", "pickup-36m"]),
          ip=(g.ip(), "IP_ADDRESS"), ua=g.pick(["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5)",
                                                "Mozilla/5.0 (Linux; Android 14; SM-A546E)"]))
    cname = g.pick([cli.first, "Visitante", "Visitante", "Cliente"])
    ag_named = g.chance(0.5)

    def line(who: str, template: str, **kw) -> None:
        doc.f("[«h»] ", h=ts(next(it), "hms"))
        if who == "b":
            doc.t(bot + " (assistente virtual): ")
        elif who == "a":
            if ag_named:
                doc.e(ag.first, "PERSON")
                doc.t(f" ({brand}): ")
            else:
                doc.t(f"Atendente {brand}: ")
        else:
            if cname in ("Visitante", "Cliente"):
                doc.t(cname + ": ")
            else:
                doc.e(cname, "PERSON")
                doc.t(": ")
        doc.f(template + "\n", **kw)

    line("b", "Oi! Eu sou a «b», assistente virtual da «m» 💚 Quer assinar um carro? Me conta seu nome.", b=bot, m=brand)
    line("c", "«n»", n=P(g.pick([cli.full, cli.first, cli.low])))
    line("b", "Prazer! Para simular a aprovação preciso do seu CPF e da data de nascimento.")
    line("c", g.pick(["«c» «b»", "cpf «c», nasci «b»", "«c»\n«b»"]), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
         b=(g.dob(g.pick(["br", "nopad", "short"]), 1955, 2004), "DATE_OF_BIRTH"))
    line("b", "Obrigada! E seu e-mail e celular?")
    line("c", "«e» / «t»", e=(g.email(cli), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"))
    line("b", "Sua análise foi encaminhada. Vou te passar para uma pessoa do time 😉")
    line("a", "Olá! Sou «a», do time de assinaturas. Sua análise de crédito foi «r». O plano «p» fica R$ «v»/mês com «k» km/mês, "
         "IPVA, seguro e manutenção inclusos.", a=P(ag.first), r=g.pick(["aprovada", "aprovada com entrada de 1 mensalidade", "aprovada para até 2 carros"]),
         p=g.pick(["Compacto 12 meses", "SUV 24 meses", "Elétrico 18 meses", "Picape 36 meses"]), v=g.money(1890, 5990),
         k=g.pick(["1.000", "1.500", "2.000", "2.500"]))
    line("c", g.pick(["vocês entregam em casa?", "posso receber o carro em casa?", "como é a entrega?"]))
    line("a", "Entregamos sim, sem custo na região metropolitana. Qual o endereço completo com CEP?")
    line("c", "«a», «b», CEP «c»", a=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=g.pick(BAIRROS), c=(g.cep(g.chance(0.7)), "BR_CEP"))
    if g.chance(0.6):
        sec = g.spouse(cli)
        line("c", "«k» também vai dirigir, «n», cnh «h»", k="minha esposa" if sec.female else "meu marido",
             n=P(g.pick([sec.full, sec.short])), h=(g.cnh(), "BR_CNH"))
        line("a", "Incluí «n» como condutor(a) adicional sem custo (até 2 condutores).", n=P(sec.first))
    d = g.after(t[0].date(), 5, 25)
    line("a", "Entrega agendada para «d», entre «h1» e «h2». O motorista leva o termo de entrega e faz a vistoria com você. "
         "O contrato chega por e-mail para assinatura eletrônica.", d=dbr(d), h1=g.pick(["8h", "9h", "13h"]), h2=g.pick(["12h", "14h", "18h"]))
    if g.chance(0.4):
        line("c", "o pagamento é no cartão? meu cartão é «k»", k=(g.card(), "CREDIT_CARD"))
        line("a", "Por favor, não informe o número do cartão no chat 🙏 O cadastro do cartão é feito no app, em ambiente seguro. Vou mascarar a mensagem.")
    line("c", g.pick(["perfeito, obrigad«o»", "show!", "combinado"]), o=cli.o)
    line("a", "Protocolo «p». Qualquer dúvida, é só chamar! 🚗", p=g.protocol())
    return doc


AT = [at_whats_reserva, at_transcricao, at_checkin, at_assistencia, at_vistoria, at_email_caucao, at_assinatura_chat]


# =========================================================================== juridico

CIVIL = ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]
JOBS = ["professor", "engenheiro civil", "vendedor", "enfermeiro", "analista de sistemas", "comerciante", "autônomo",
        "motorista de aplicativo", "servidor público", "representante comercial", "médico veterinário", "arquiteto",
        "técnico em eletrônica", "cabeleireiro", "corretor de imóveis", "estudante", "aposentado"]


def civil_of(g: Gen, p: Person) -> str:
    c = g.pick(CIVIL)
    if p.female and c != "em união estável":
        c = c[:-1] + "a"
    return c


def job_of(g: Gen, p: Person) -> str:
    j = g.pick(JOBS)
    if p.female:
        j = {"professor": "professora", "engenheiro civil": "engenheira civil", "vendedor": "vendedora", "enfermeiro": "enfermeira",
             "médico veterinário": "médica veterinária", "técnico em eletrônica": "técnica em eletrônica", "aposentado": "aposentada",
             "cabeleireiro": "cabeleireira", "corretor de imóveis": "corretora de imóveis", "servidor público": "servidora pública"}.get(j, j)
    return j


def nat(p: Person) -> str:
    return "brasileira" if p.female else "brasileiro"


def firm_dom(g: Gen, law: Person) -> str:
    return g.pick([f"{re.sub(r'[^a-z]', '', fold(law.last).lower())}adv.com.br", f"{re.sub(r'[^a-z]', '', fold(law.last).lower())}advogados.com.br",
                   "gmail.com", "adv.oabsp.org.br" if g.chance(0.2) else "outlook.com"])


def ju_fici(g: Gen) -> Doc:
    """A notice of a traffic fine to the rental company and its driver nomination form (FICI), with the e-mail to the customer."""
    doc = Doc()
    legal, brand, dom = rental(g, g.pick(["rent", "rent", "sub", "fleet"]))
    cli = g.person()
    rep = g.person()
    orgao = g.pick(ORGAOS)
    code, desc, grav, val = g.pick(INFRACTIONS)
    t = g.moments(1, None, 1)[0]
    city, uf = g.city()
    plate = g.plate()
    ait = g.ait()
    doc.f("«o» — NOTIFICAÇÃO DA AUTUAÇÃO POR INFRAÇÃO DE TRÂNSITO\nAuto de Infração: «a»   Data da postagem: «dp»\n", o=orgao, a=ait,
          dp=dbr(g.after(t.date(), 5, 25)))
    kv_block(g, doc, [("Placa", (plate, "LICENSE_PLATE")), ("Marca/Modelo", V(g.pick(MODELS))), ("RENAVAM", V(g.renavam())),
                      ("Local", V(g.pick(PLACES_ROAD))), ("Data/Hora", V(ts(t, "br"))), ("Código/Desdobr.", V(code)),
                      ("Descrição", V(desc)), ("Gravidade", V(grav)), ("Valor", V("R$ " + val))]
             + ([("Velocidade medida/considerada", V(f"{g.ri(70, 140)} / {g.ri(65, 130)} km/h")), ("Equipamento", V(f"radar fixo nº {g.up(2)}{g.d(6)}"))]
                if code.startswith("74") else []), g.pick(["lines", "dots"]))
    doc.f("Proprietário: «l» — CNPJ «c»\nPrazo para identificação do condutor infrator: «pz» (art. 257, § 7º, do CTB).\n\n", l=legal.upper(),
          c=(g.any_cnpj(), "BR_CNPJ"), pz=dbr(g.after(t.date(), 30, 45)))
    doc.t("FORMULÁRIO DE IDENTIFICAÇÃO DO CONDUTOR INFRATOR (FICI)\n")
    fields = [("Nome do condutor", P(g.pick([cli.caps, cli.capsf]))), ("Nº registro CNH", (g.cnh(), "BR_CNH")), ("UF", V(g.pick(UFS))),
              ("CPF", (g.cpf(), "BR_CPF")), ("Endereço", (g.address(g.pick(["caps", "text"])), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS).upper())),
              ("Município/UF", V("/".join(g.city()).upper())), ("CEP", (g.cep(), "BR_CEP"))]
    if g.chance(0.3):
        fields.insert(4, ("Telefone", (g.phone("par"), "PHONE_NUMBER")))
    kv_block(g, doc, fields, "box" if g.chance(0.5) else "lines")
    doc.f("Assinatura do condutor: (assinado digitalmente via «s»)\nRepresentante legal do proprietário: «r», CPF «c»\n"
          "Anexos: cópia da CNH do condutor; contrato de locação «k» (vigência «d1» a «d2»).\n",
          s=g.pick(["gov.br", "plataforma da locadora", "SNE – Sistema de Notificação Eletrônica"]), r=P(g.pick([rep.full, rep.caps])),
          c=(g.cpf(), "BR_CPF"), k=g.contrato(), d1=dbr(g.after(t.date(), -3, -1)), d2=dbr(g.after(t.date(), 1, 6)))
    doc.f("\n---\nDe: multas@«d»\nPara: «e»\nAssunto: Indicação de condutor — AIT «a» — placa «p»\n\nOlá, «n». Durante a sua locação o veículo "
          "placa «p2» foi autuado em «dt» («ds»). Conforme o contrato, você foi indicad«x» como condutor junto ao «o» e, além do "
          "valor da multa, será cobrada a taxa administrativa de R$ «tx». Se discordar, responda em até 5 dias úteis.\n",
          d=dom, e=(g.email(cli), "EMAIL_ADDRESS"), a=ait, p=(plate, "LICENSE_PLATE"), n=P(g.pick([cli.first, cli.full])),
          p2=(plate, "LICENSE_PLATE"), dt=ts(t, "br"), ds=desc.lower(), o=orgao, x=cli.o, tx=g.pick(["45,00", "60,00", "35,90", "80,00"]))
    if g.chance(0.4):
        other = g.relative(cli)
        doc.f("\nResposta: quem dirigia era meu «k» «n» (CNH «h»). Posso indicar ele?\n", k=g.pick(["filho", "irmão", "sobrinho"]),
              n=P(g.pick([other.full, other.first])), h=(g.cnh(), "BR_CNH"))
    return doc


def ju_inicial(g: Gen) -> Doc:
    """A lawsuit (petição inicial) over an undue damage charge and a wrong fine nomination by a rental company."""
    doc = Doc()
    legal, brand, dom = rental(g)
    aut = g.person()
    law = g.person()
    city, uf = g.city()
    cuf = g.pick([uf, uf, g.pick(UFS)])
    day = g.day()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «n»ª VARA CÍVEL DA COMARCA DE «c»/«u»\n\n\n",
          n=g.ri(1, 12), c=city.upper(), u=uf)
    doc.f("«a», «n», «ec», «pr», portador«x» do RG nº «rg» «org», inscrit«o» no CPF sob o nº «cpf», residente e domiciliad«o» na «ad», "
          "«b», «c»/«u», CEP «cep», endereço eletrônico «em», por seu advogado que esta subscreve (procuração anexa), vem, respeitosamente, "
          "propor\n\nAÇÃO DECLARATÓRIA DE INEXISTÊNCIA DE DÉBITO C/C REPETIÇÃO DE INDÉBITO E INDENIZAÇÃO POR DANOS MORAIS\n\n"
          "em face de «l», pessoa jurídica de direito privado, inscrita no CNPJ sob o nº «cnpj», com sede na «sede», pelos fatos e "
          "fundamentos a seguir.\n\n",
          a=P(aut.caps), n=nat(aut), ec=civil_of(g, aut), pr=job_of(g, aut), x="a" if aut.female else "", o=aut.o,
          rg=(g.rg(), "BR_RG"), org=g.rg_org(uf), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city,
          u=uf, cep=(g.cep(), "BR_CEP"), em=(g.email(aut), "EMAIL_ADDRESS"), l=legal.upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"),
          sede=g.pick([b[1] for b in BRANCHES]))
    plate = g.plate()
    v1 = g.money(900, 7500)
    doc.f("I — DOS FATOS\n\n1. Em «d1», «o» Autor«a» locou junto à Ré o veículo «m», placa «p», contrato «k», retirado na «l» e devolvido "
          "em «d2», no horário combinado, com o tanque cheio e sem qualquer avaria, o que foi confirmado verbalmente pelo funcionário "
          "«f», que dispensou a vistoria conjunta.\n",
          d1=dbr(day), o="a" if aut.female else "o", a="a" if aut.female else "", m=g.pick(MODELS), p=(plate, "LICENSE_PLATE"),
          k=g.contrato(), l=branch(g)[0], d2=dbr(g.after(day, 2, 9)), f=P(g.person().first))
    doc.f("2. Para sua surpresa, «q» dias depois a Ré lançou no cartão de crédito de titularidade d«o» Autor«a» (final «fn») o valor "
          "de R$ «v», a título de \"reparo de avaria no «pt»\", sem apresentar laudo, fotos datadas ou orçamento. As reclamações "
          "(protocolos «p1» e «p2») não foram respondidas.\n",
          q=g.ri(8, 40), o="a" if aut.female else "o", a="a" if aut.female else "", fn=g.d(4), v=v1, pt=g.pick(PARTS),
          p1=g.protocol(), p2=g.protocol())
    if g.chance(0.6):
        other = g.person()
        doc.f("3. Não bastasse, a Ré indicou «o» Autor«a» como condutor«a» responsável pela infração «ait» («org»), cometida em data em que o "
              "veículo já estava locado a terceiro, «t», o que lhe acarretou «pts» pontos na CNH nº «cnh».\n",
              o="a" if aut.female else "o", a="a" if aut.female else "", ait=g.ait(), org=g.pick(ORGAOS), t=P(g.pick([other.full, other.caps])),
              pts=g.pick(["4", "5", "7"]), cnh=(g.cnh(), "BR_CNH"))
    dm = g.pick(["10.000,00", "8.000,00", "15.000,00", "5.000,00"])
    vnum = float(v1.replace(".", "").replace(",", "."))
    doc.f("\nII — DO DIREITO\n\nA relação é de consumo (arts. 2º e 3º da Lei 8.078/1990). Cabe a inversão do ônus da prova (art. 6º, VIII, "
          "do CDC) e a devolução em dobro do valor cobrado indevidamente (art. 42, parágrafo único, do CDC). O dano moral decorre "
          "do desvio produtivo e do bloqueio do limite do cartão. Presentes os requisitos do art. 300 do CPC, requer tutela de urgência "
          "para suspender a cobrança.\n\nIII — DOS PEDIDOS\n\na) a declaração de inexistência do débito de R$ «v»; b) a restituição em "
          "dobro (R$ «v2»); c) indenização por danos morais de R$ «dm»; d) a citação da Ré; e) a produção de todas as provas admitidas.\n\n"
          "Dá-se à causa o valor de R$ «vc».\n\nNestes termos, pede deferimento.\n«c», «dt».\n\n",
          v=v1, v2=brl(vnum * 2), dm=dm, vc=brl(vnum * 2 + float(dm.replace(".", "").replace(",", "."))), c=city,
          dt=dbr(g.after(day, 40, 160), "long"))
    doc.f("«n»\n«o»\n", n=P(g.pick([law.full, law.caps])), o=(g.council("OAB", cuf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        law2 = g.person()
        doc.f("«n»\n«o»\n", n=P(law2.full), o=(g.council("OAB", cuf), "PROFESSIONAL_ID"))
    doc.f("«e» | «t»\n", e=(g.email(law, firm_dom(g, law)), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def ju_atermacao(g: Gen) -> Doc:
    """A small-claims court (JEC) complaint taken at the counter (atermação) about a car subscription or a rental."""
    doc = Doc()
    sub = g.chance(0.5)
    legal, brand, dom = rental(g, "sub" if sub else "rent")
    rec = g.person()
    srv = g.person(female=g.chance(0.6))
    city, uf = g.city()
    day = g.day()
    doc.f("PODER JUDICIÁRIO — TRIBUNAL DE JUSTIÇA DO ESTADO\n«n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»\nTERMO DE RECLAMAÇÃO "
          "(ATERMAÇÃO) — Lei 9.099/1995\nProcesso: «cnj»\n\n", n=g.ri(1, 9), c=city.upper(), cnj=g.cnj())
    doc.t("RECLAMANTE\n")
    fields = [("Nome", P(rec.caps)), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
              ("Data de nascimento", (g.dob("br", 1945, 2004), "DATE_OF_BIRTH")), ("Estado civil", V(civil_of(g, rec))),
              ("Profissão", V(job_of(g, rec))), ("Endereço", (g.address(), "ADDRESS")), ("Bairro / Cidade", V(f"{g.pick(BAIRROS)} / {city}-{uf}")),
              ("CEP", (g.cep(), "BR_CEP")), ("Telefone / WhatsApp (aceita intimação)", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("E-mail", (g.email(rec), "EMAIL_ADDRESS"))]
    if g.chance(0.5):
        fields.insert(3, ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")))
    kv_block(g, doc, fields, g.pick(["box", "lines"]))
    doc.f("\nRECLAMADA\n«l» — CNPJ «c» — «a»\n\nDOS FATOS (narrados pel«o» reclamante)\n", l=legal, c=(g.any_cnpj(), "BR_CNPJ"),
          a=g.pick([b[1] for b in BRANCHES]), o="a" if rec.female else "o")
    plate = g.plate()
    if sub:
        doc.f("Contratou em «d» a assinatura de um veículo «m» (plano de «k» meses, R$ «v»/mês). O carro, placa «p», foi entregue com "
              "«q» dias de atraso e apresentou defeito no câmbio na primeira semana. Ficou «x» dias sem carro, pagando a mensalidade e "
              "usando aplicativo de transporte. A reclamada prometeu carro reserva pelo atendente «at», o que não ocorreu. Ao pedir o "
              "cancelamento, foi cobrada multa rescisória de R$ «mr».\n",
              d=dbr(day), m=g.pick(MODELS), k=g.pick([12, 18, 24, 36]), v=g.money(1990, 4800), p=(plate, "LICENSE_PLATE"),
              q=g.ri(5, 30), x=g.ri(7, 40), at=P(g.person().first), mr=g.money(2000, 9000))
    else:
        doc.f("Alugou um carro (placa «p») para viagem de «d1» a «d2». Na retirada foi bloqueada caução de R$ «c» no cartão. A devolução foi "
              "feita sem avarias, mas a caução só foi liberada «q» dias depois e foi cobrada taxa de \"higienização\" de R$ «t». "
              "Na loja, a gerente «gr» disse que \"é política da empresa\".\n",
              p=(plate, "LICENSE_PLATE"), d1=dbr(day), d2=dbr(g.after(day, 2, 10)), c=g.pick(["2.000,00", "3.500,00", "1.500,00"]),
              q=g.ri(20, 75), t=g.money(90, 450), gr=P(g.person(female=True).full))
    doc.f("\nDOS PEDIDOS\nRestituição de R$ «r»; indenização por danos morais de R$ «dm»; «ex».\nValor da causa: R$ «vc» (dispensado "
          "advogado — art. 9º da Lei 9.099/1995).\n\n", r=g.money(150, 9000), dm=g.pick(["5.000,00", "8.000,00", "10.000,00"]),
          ex=g.pick(["cancelamento do contrato sem multa", "exclusão do nome dos cadastros de inadimplentes", "entrega de carro reserva"]),
          vc=g.money(5000, 20000))
    aud = g.after(day, 30, 120)
    doc.f("Audiência de conciliação designada para «d», às «h», por videoconferência (link enviado ao e-mail e WhatsApp informados).\n"
          "Reduzido a termo por «s», «c» (mat. «m»), em «dt».\n", d=dbr(aud), h=g.hm(), s=P(srv.full),
          c=g.pick(["servidora", "estagiária"] if srv.female else ["servidor", "estagiário"]), m=g.d(6), dt=dbr(g.after(day, 5, 20)))
    if g.chance(0.5):
        doc.f("Conciliador(a) designado(a): «c».\n", c=P(g.person().full))
    doc.f("\n____________________\n«r»\n", r=P(g.pick([rec.caps, rec.full])))
    return doc


def ju_bo(g: Gen) -> Doc:
    """A police report (boletim de ocorrência) of a stolen rental car or of a car not returned by the customer (ALL CAPS system)."""
    doc = Doc()
    legal, brand, dom = rental(g)
    com = g.person()
    city, uf = g.city()
    t = g.moments(2, None, 2)
    kind = g.pick(["FURTO", "ROUBO", "APROPRIACAO"])
    nat_ = {"FURTO": "FURTO DE VEICULO (ART. 155, CAPUT, DO CP)", "ROUBO": "ROUBO DE VEICULO (ART. 157, PAR. 2-A, I, DO CP)",
            "APROPRIACAO": "APROPRIACAO INDEBITA (ART. 168 DO CP) - VEICULO LOCADO NAO DEVOLVIDO"}[kind]
    doc.f("SECRETARIA DA SEGURANCA PUBLICA - POLICIA CIVIL\n«dp»\nBOLETIM DE OCORRENCIA Nº «n»\nNATUREZA: «nat»\n"
          "DATA/HORA DO FATO: «df»   COMUNICACAO: «dc»\nLOCAL DO FATO: «lf»\n\n",
          dp=g.pick([f"{g.ri(1, 99)}O DISTRITO POLICIAL DE {fold(city).upper()}", "DELEGACIA ELETRONICA", f"DELEGACIA DE FURTOS E ROUBOS DE VEICULOS - {fold(city).upper()}"]),
          n=g.bo(), nat=nat_, df=ts(t[0], "br"), dc=ts(t[1], "br"),
          lf=fold(g.pick(PUBLIC_PLACES + PLACES_ROAD)).upper() if kind != "APROPRIACAO" else fold(g.pick(BRANCHES)[1]).upper())
    cust = g.person()
    if kind == "APROPRIACAO":
        doc.f("COMUNICANTE: «n», RG «rg», CPF «c», «f» DA «l», FONE «tel»\nVITIMA: «l» - CNPJ «cnpj»\n\n", n=P(com.capsf), rg=(g.rg(), "BR_RG"),
              c=(g.cpf(), "BR_CPF"), f=g.pick(["GERENTE DE LOJA", "ANALISTA DE RISCO", "COORDENADOR DE RECUPERACAO DE ATIVOS"]),
              l=fold(legal).upper(), tel=(g.phone("par"), "PHONE_NUMBER"), cnpj=(g.any_cnpj(), "BR_CNPJ"))
        doc.t("AUTOR(A): ")
        who = cust
    else:
        doc.f("VITIMA/COMUNICANTE: «n», «na», NASC. «dob», RG «rg», CPF «c», RESIDENTE NA «ad», CEP «cep», FONE «tel», E-MAIL «em»\n"
              "PROPRIETARIA DO VEICULO: «l» - CNPJ «cnpj»\nAUTOR: DESCONHECIDO\n\n",
              n=P(cust.capsf), na="BRASILEIRA" if cust.female else "BRASILEIRO", dob=(g.dob("br", 1950, 2004), "DATE_OF_BIRTH"),
              rg=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"), ad=(g.address("caps"), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
              tel=(g.phone("par"), "PHONE_NUMBER"), em=(g.email(cust).upper(), "EMAIL_ADDRESS"), l=fold(legal).upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"))
        who = None
    if who is not None:
        mae = g.person(female=True)
        doc.f("«n», FILHO(A) DE «m», NASC. «dob», CPF «c», CNH «h», ", n=P(who.capsf),
              m=P(mae.capsf), dob=(g.dob("br", 1955, 2004), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"), h=(g.cnh(), "BR_CNH"))
        if g.chance(0.5):
            doc.f("TITULO ELEITORAL «t», ", t=(g.titulo(), "BR_TITULO_ELEITOR"))
        doc.f("RESIDENTE NA «ad», CEP «cep», FONE «tel»\n\n", ad=(g.address("caps"), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
              tel=(g.phone("par"), "PHONE_NUMBER"))
    plate = g.plate()
    doc.f("VEICULO: «m», COR «c», PLACA «p», RENAVAM «r», CHASSI «ch», ANO «a»\n\n", m=fold(g.pick(MODELS)).upper(), c=fold(g.pick(COLORS)).upper(),
          p=(plate, "LICENSE_PLATE"), r=g.renavam(), ch=g.chassi(), a=f"{g.ri(2021, 2025)}/{g.ri(2022, 2026)}")
    hist = {
        "FURTO": "HISTORICO: A VITIMA RELATA QUE ESTACIONOU O VEICULO LOCADO E, AO RETORNAR APOS CERCA DE «x» HORAS, NAO O ENCONTROU. "
                 "NAO HA CAMERAS NO LOCAL. A LOCADORA FOI AVISADA PELA CENTRAL «z» E BLOQUEOU O RASTREADOR. ",
        "ROUBO": "HISTORICO: A VITIMA RELATA QUE FOI ABORDADA POR DOIS INDIVIDUOS EM UMA MOTOCICLETA, UM DELES ARMADO, QUE LEVARAM O "
                 "VEICULO LOCADO, SEU CELULAR E SUA CARTEIRA. NAO HOUVE LESAO. A LOCADORA FOI AVISADA PELA CENTRAL «z». ",
        "APROPRIACAO": "HISTORICO: O COMUNICANTE RELATA QUE O(A) AUTOR(A) LOCOU O VEICULO NO CONTRATO «k» COM DEVOLUCAO PREVISTA PARA «dv», "
                       "NAO O DEVOLVEU E NAO ATENDE AS LIGACOES. O RASTREADOR FOI DESLIGADO EM «dr». A CAUCAO NO CARTAO FOI RECUSADA. ",
    }[kind]
    doc.f(hist + "\n", x=g.ri(1, 6), z=f"0800 {g.d(3)} {g.d(4)}", k=g.contrato(), dv=dbr(t[0].date()), dr=dbr(g.after(t[0].date(), 1, 5)))
    if kind == "APROPRIACAO" and g.chance(0.6):
        ref = g.person()
        doc.f("CONSTA NO CADASTRO DA LOCADORA, COMO REFERENCIA PESSOAL, «n», FONE «t». ", n=P(ref.capsf), t=(g.phone("par"), "PHONE_NUMBER"))
    delg = g.person()
    esc = g.person()
    doc.f("\n\nAUTORIDADE: «d»\nESCRIVAO(A): «e»\n", d=P(delg.capsf), e=P(esc.capsf))
    doc.f("\nOBS. DA LOCADORA (anexo ao BO): veículo inserido no cadastro de roubo/furto; rastreador «rt» ultima posicao «gps».\n",
          rt=g.pick(["TK-" + g.hexs(8, True), "ID " + g.d(8)]), gps=g.gps())
    return doc


def ju_contrato_frota(g: Gen) -> Doc:
    """A fleet-leasing contract (terceirização de frota): parties, key clauses, annexes and the e-signature log."""
    doc = Doc()
    legal, brand, dom = rental(g, "fleet")
    cli, cdom = g.pick(CLIENTS)
    rl = g.person()
    rc = g.person()
    rc2 = g.person() if g.chance(0.5) else None
    city, uf = g.city()
    day = g.day()
    num = f"{g.up(2)}-{g.d(5)}/{day.year}"
    cpfs = [g.cpf() for _ in range(4)]
    doc.f("CONTRATO DE LOCAÇÃO DE VEÍCULOS SEM CONDUTOR — TERCEIRIZAÇÃO DE FROTA Nº «n»\n\n", n=num)
    doc.f("LOCADORA: «l», inscrita no CNPJ sob o nº «c», com sede na «s», neste ato representada por seu diretor comercial «r», "
          "CPF «rc».\n", l=legal, c=(g.any_cnpj(), "BR_CNPJ"), s=g.pick([b[1] for b in BRANCHES]), r=P(rl.full), rc=(cpfs[0], "BR_CPF"))
    doc.f("LOCATÁRIA: «l», inscrita no CNPJ sob o nº «c», neste ato representada por «r», CPF «rc»", l=cli, c=(g.any_cnpj(), "BR_CNPJ"),
          r=P(rc.full), rc=(cpfs[1], "BR_CPF"))
    if rc2:
        doc.f(", e por «r», CPF «rc»", r=P(rc2.full), rc=(cpfs[2], "BR_CPF"))
    doc.t(".\n\n")
    months = g.pick([24, 36, 48])
    doc.f("CLÁUSULA 2ª — PRAZO: «m» meses a contar da entrega do último veículo.\nCLÁUSULA 5ª — FRANQUIA: «k» km/mês por veículo; "
          "excedente a R$ «e»/km.\nCLÁUSULA 9ª — MULTAS DE TRÂNSITO: a LOCATÁRIA indicará o condutor em até 10 (dez) dias do recebimento da "
          "notificação, sob pena de pagar a multa NIC (art. 257, § 8º, do CTB) e taxa administrativa de R$ «tx» por auto.\n"
          "CLÁUSULA 14ª — DADOS PESSOAIS: as partes tratarão os dados dos condutores conforme a Lei 13.709/2018 (LGPD), apenas para "
          "gestão de multas, sinistros e telemetria.\n\n", m=months, k=g.pick(["2.000", "2.500", "3.000", "4.000"]),
          e=f"0,{g.ri(35, 95)}", tx=g.pick(["50,00", "75,00", "90,00"]))
    doc.t("ANEXO I — VEÍCULOS\n")
    rows = []
    for _ in range(g.ri(2, 4)):
        rows.append([V(str(g.ri(1, 30))), V(g.pick(MODELS)), V(g.pick(["branco", "prata"])), V("R$ " + g.money(1800, 6500))])
    table_ruled(doc, ["Qtde", "Modelo", "Cor", "Mensal/unid."], rows, g.pick(["plus", "plain"]))
    doc.t("\nANEXO II — CONDUTORES AUTORIZADOS\n")
    rows = []
    for _ in range(g.ri(3, 6)):
        p = g.person()
        rows.append([P(g.pick([p.full, p.caps])), (g.cpf(), "BR_CPF"), (g.cnh(), "BR_CNH"), V(g.pick(["B", "AB", "D", "C"]))])
    table_ruled(doc, ["Nome", "CPF", "CNH", "Cat."], rows, g.pick(["plus", "psql", "pipe"]))
    doc.f("\n«c», «d».\n\n", c=city, d=dbr(day, "long"))
    signers = [(rl, dom, cpfs[0]), (rc, cdom, cpfs[1])] + ([(rc2, cdom, cpfs[2])] if rc2 else [])
    wit = g.person()
    signers.append((wit, None, cpfs[3]))
    plat = g.pick(["Clicksign", "DocuSign", "D4Sign", "ZapSign", "Autentique"])
    env = g.uuid()
    doc.f("=== LOG DE ASSINATURAS — «p» — envelope «e» ===\n", p=plat, e=env)
    t = g.moments(len(signers) + 1, day, 4, (7, 23))
    doc.f("«t»  documento enviado por «u»\n", t=ts(t[0], "iso"), u=g.pick(["contratos@" + dom, "juridico@" + dom, "api-integracao"]))
    for k, (p, dm, pcpf) in enumerate(signers):
        mail = corp_mail(p, dm, g) if dm else g.email(p)
        role = ["Locadora", "Locatária", "Locatária", "Testemunha"][k] if k < len(signers) - 1 else "Testemunha"
        doc.f("«t»  «n» («r») assinou — e-mail «e» — CPF «c» — IP «ip» — autenticação: «a»\n", t=ts(t[k + 1], "iso"),
              n=P(p.full), r=role, e=(mail, "EMAIL_ADDRESS"), c=(pcpf, "BR_CPF"), ip=(g.ip(), "IP_ADDRESS"),
              a=g.pick(["token por SMS para (**) *****-" + g.d(4), "token por e-mail", "selfie + documento", "certificado ICP-Brasil A1"]))
    doc.f("Hash SHA-256 do documento final: «h»\n", h=g.hexs(64))
    return doc


def ju_contestacao(g: Gen) -> Doc:
    """The rental company's defence (contestação) in a small-claims case, with a 'print' of its booking system."""
    doc = Doc()
    legal, brand, dom = rental(g, g.pick(["rent", "sub"]))
    aut = g.person()
    law = g.person()
    prep = g.person()
    city, uf = g.city()
    day = g.day()
    doc.f("EXCELENTÍSSIMO SENHOR JUIZ DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DE «c»\n\nProcesso nº «cnj»\nReclamante: «a»\n"
          "Reclamada: «l»\n\n", n=g.ri(1, 9), c=city.upper(), cnj=g.cnj(), a=P(aut.caps), l=legal.upper())
    k0 = float(g.ri(2000, 90000))
    pt0 = g.pick(sorted(PART_DMG))
    doc.f("«l», já qualificada, por seus advogados, vem apresentar CONTESTAÇÃO, pelas razões a seguir.\n\n1. SÍNTESE. Alega «o» "
          "Reclamante que a cobrança de avaria seria indevida. Não é o que mostram os registros.\n\n2. A RESERVA E A LOCAÇÃO. A reserva "
          "foi feita pelo site, com os dados abaixo (tela do sistema):\n\n", l=legal, o="a" if aut.female else "o")
    kv = [("Reserva", V(g.reserva())), ("Cliente", P(aut.caps)), ("CPF", (g.cpf(), "BR_CPF")), ("Nascimento", (g.dob("br", 1955, 2003), "DATE_OF_BIRTH")),
          ("E-mail", (g.email(aut), "EMAIL_ADDRESS")), ("Celular", (g.phone("par"), "PHONE_NUMBER")), ("IP da reserva", (g.ip(), "IP_ADDRESS")),
          ("Cartão caução", V(g.masked_card())), ("Titular", P(aut.caps)), ("Placa", (g.plate(), "LICENSE_PLATE")), ("Km saída/chegada", V(f"{brl(k0)[:-3]} / {brl(k0 + g.ri(150, 2500))[:-3]}"))]
    kv_block(g, doc, kv, "box")
    doc.f("\n3. A VISTORIA. O laudo de devolução de «d», assinado pelo vistoriador «v», aponta «dm» (peça: «pt»), com fotos datadas e "
          "georreferenciadas (docs. 4 a 9). O veículo saiu sem a avaria (checklist de saída, doc. 3, assinado pel«o» própri«o» Reclamante).\n",
          d=dbr(day), v=P(g.pick([g.person().full, g.person().short])), dm=g.pick(PART_DMG[pt0]), pt=pt0, o="a" if aut.female else "o")
    nxt = 4
    if g.chance(0.5):
        add = g.person()
        doc.f("4. Registre-se que o veículo foi conduzido também por «a», condutor adicional (CNH «h»), que devolveu o carro.\n",
              a=P(add.full), h=(g.cnh(), "BR_CNH"))
        nxt = 5
    doc.f(f"{nxt}. O valor cobrado (R$ «v») observa o limite da franquia contratada (cláusula 12ª) e o orçamento da oficina credenciada "
          "«of», CNPJ «cn». Não há ato ilícito (art. 14, § 3º, II, do CDC), nem dano moral indenizável (mero aborrecimento).\n\n"
          "Pede a improcedência. Indica como preposto «p», RG «rg».\n\n«c», «dt».\n\n«a1»\n«o1»\n",
          v=g.money(600, 4500), of=g.pick(["Funilaria e Pintura Leão Ltda.", "Auto Center Bento & Filhos", "Oficina Prudente Car Service",
                                          "Martelinho de Ouro Flor de Lis ME"]), cn=(g.any_cnpj(), "BR_CNPJ"), p=P(prep.full),
          rg=(g.rg(), "BR_RG"), c=city, dt=dbr(g.after(day, 60, 200), "long"), a1=P(law.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        l2 = g.person()
        doc.f("«a»\n«o»\n", a=P(l2.full), o=(g.council("OAB", g.pick([uf, "SP", "RJ"])), "PROFESSIONAL_ID"))
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """An extrajudicial notice to a subscriber in default (return of the car), with the registry officer's certificate."""
    doc = Doc()
    legal, brand, dom = rental(g, g.pick(["sub", "sub", "fleet"]))
    sub = g.person()
    law = g.person()
    city, uf = g.city()
    day = g.day()
    plate = g.plate()
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: «l», CNPJ «c».\nNOTIFICAD«O»: «n», CPF «cpf», «ad», «b», «ci»/«u», CEP «cep».\n\n",
          l=legal, c=(g.any_cnpj(), "BR_CNPJ"), O="A" if sub.female else "O", n=P(g.pick([sub.caps, sub.full])), cpf=(g.cpf(), "BR_CPF"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), ci=city, u=uf, cep=(g.cep(), "BR_CEP"))
    doc.f("Prezad«o» Senhor«a»,\n\nNa qualidade de assinante do contrato «k» (veículo «m», placa «p»), V. Sa. deixou de pagar as "
          "mensalidades abaixo:\n\n", o="a" if sub.female else "o", a="a" if sub.female else "", k=g.contrato(), m=g.pick(MODELS),
          p=(plate, "LICENSE_PLATE"))
    rows = []
    d = day
    for _ in range(g.ri(2, 5)):
        rows.append([V(f"{MONTHS[d.month - 1][:3]}/{d.year}"), V(dbr(d)), V("R$ " + g.money(1900, 4800)), V(g.pick(["em aberto", "recusado no cartão", "boleto vencido"]))])
        d = g.after(d, 30, 31)
    table_ruled(doc, ["Competência", "Vencimento", "Valor", "Situação"], rows, g.pick(["plain", "pipe"]))
    doc.f("\nFica V. Sa. NOTIFICAD«O» a, no prazo de 48 (quarenta e oito) horas, quitar o débito ou devolver o veículo na «b» («a»), "
          "sob pena de rescisão do contrato, ajuizamento de ação de reintegração de posse e inclusão nos cadastros de proteção ao crédito. "
          "O uso do veículo após a rescisão caracteriza esbulho.\n\n«c», «dt».\n\n«n» — «o»\n«e»\n",
          O="A" if sub.female else "O", b=branch(g)[0], a=g.pick([b[1] for b in BRANCHES]), c=city, dt=dbr(d, "long"), n=P(law.full),
          o=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(g.email(law, firm_dom(g, law)), "EMAIL_ADDRESS"))
    off = g.person()
    rec = g.pick(["o próprio notificado", "a própria notificada", "cônjuge", "porteiro", "filha maior"])
    doc.f("\n— CERTIDÃO —\nOFICIAL DE REGISTRO DE TÍTULOS E DOCUMENTOS DE «ci»\nCertifico que, em «dd», às «h», entreguei a notificação "
          "no endereço indicado, ", ci=city.upper(), dd=dbr(g.after(d, 2, 10)), h=g.hm())
    if rec.startswith("o próprio") or rec.startswith("a própria"):
        doc.f("recebida pel«o» própri«o» notificad«o», «n», que se identificou com o RG «rg».\n", o="a" if sub.female else "o",
              n=P(sub.full), rg=(g.rg(), "BR_RG"))
    else:
        other = g.spouse(sub) if rec == "cônjuge" else (g.relative(sub, True) if rec == "filha maior" else g.person(female=False))
        doc.f("recebida por «n» («r»), RG «rg», que se comprometeu a entregá-la. O notificado não foi encontrado.\n", n=P(other.full),
              r=rec, rg=(g.rg(), "BR_RG"))
    doc.f("Registro nº «r». Emolumentos: R$ «v».\n«o», escrevente autorizad«x».\n", r=f"{g.d(3)}.{g.d(3)}", v=g.money(60, 260),
          o=P(off.full), x="a" if off.female else "o")
    return doc


JU = [ju_fici, ju_inicial, ju_atermacao, ju_bo, ju_contrato_frota, ju_contestacao, ju_notificacao]


# =========================================================================== saude

TRAUMA = [("S06.0", "concussão cerebral"), ("S13.4", "entorse da coluna cervical (chicote)"), ("S22.3", "fratura de costela"),
          ("S52.5", "fratura da extremidade distal do rádio"), ("S82.2", "fratura da diáfise da tíbia"), ("S42.0", "fratura da clavícula"),
          ("S00.8", "traumatismo superficial da cabeça"), ("S32.0", "fratura de vértebra lombar"), ("S83.2", "lesão de menisco"),
          ("T14.0", "escoriações múltiplas"), ("S27.0", "pneumotórax traumático"), ("S36.1", "traumatismo do fígado"),
          ("S20.2", "contusão do tórax (cinto de segurança)")]
EXTERNAL = [("V43.5", "condutor de automóvel traumatizado em colisão com outro automóvel, acidente de trânsito"),
            ("V47.5", "condutor de automóvel traumatizado em colisão com objeto fixo"), ("V48.5", "condutor de automóvel, capotamento"),
            ("V43.6", "passageiro de automóvel traumatizado em colisão com outro automóvel"),
            ("V44.5", "condutor de automóvel traumatizado em colisão com veículo pesado")]
# CID -> (exam finding, ER conduct, treatment, outcome, SUSEP segment)
TRAUMA_DETAIL = {
    "S06.0": ("Glasgow 14, pupilas isocóricas, amnésia do evento", "TC de crânio sem alterações; observação neurológica 12h",
              "repouso e analgesia", "cefaleia pós-traumática por 3 meses, sem sequelas", "Sem enquadramento (sem sequela)"),
    "S13.4": ("dor à palpação de coluna cervical, sem déficit motor", "TC de coluna cervical; colar por 10 dias; analgesia",
              "colar cervical + fisioterapia (20 sessões)", "dor cervical crônica com limitação de rotação", "Perda parcial da mobilidade da coluna cervical"),
    "S22.3": ("dor em hemitórax E à inspiração, crepitação em arcos costais", "RX de tórax; analgesia; fisioterapia respiratória",
              "tratamento conservador", "sem sequelas", "Sem enquadramento (sem sequela)"),
    "S52.5": ("edema e deformidade em punho D", "RX de punho; redução incruenta e tala gessada; ortopedia",
              "osteossíntese com placa volar", "limitação de 25% da flexão do punho", "Perda parcial da mobilidade de um punho"),
    "S82.2": ("deformidade em perna E, pulsos presentes", "RX de perna; tala; cirurgia ortopédica", "haste intramedular bloqueada",
              "consolidação com claudicação leve", "Perda parcial da mobilidade de um joelho"),
    "S42.0": ("crepitação e deformidade em clavícula D", "RX de clavícula; tipoia; ortopedia", "osteossíntese com placa e parafusos",
              "consolidação com limitação da elevação do ombro", "Perda parcial da mobilidade de um ombro"),
    "S27.0": ("dor em hemitórax E, MV diminuído à E", "RX de tórax; drenagem torácica fechada à E", "drenagem torácica; alta no 5º dia",
              "sem sequelas funcionais", "Sem enquadramento (sem sequela)"),
    "S36.1": ("dor em hipocôndrio D, FAST positivo", "TC de abdome; cirurgia geral; UTI", "tratamento não operatório em UTI por 4 dias",
              "sem sequelas", "Sem enquadramento (sem sequela)"),
    "S20.2": ("escoriações em tórax (marca do cinto)", "RX de tórax; analgesia; alta", "analgesia", "sem sequelas", "Sem enquadramento (sem sequela)"),
}
TRAUMA_DESC = dict((c, d) for c, d in [("S06.0", "concussão cerebral"), ("S13.4", "entorse da coluna cervical (chicote)"),
                                      ("S22.3", "fratura de costela"), ("S52.5", "fratura da extremidade distal do rádio"),
                                      ("S82.2", "fratura da diáfise da tíbia"), ("S42.0", "fratura da clavícula"),
                                      ("S27.0", "pneumotórax traumático"), ("S36.1", "traumatismo do fígado"),
                                      ("S20.2", "contusão do tórax (cinto de segurança)")])
HOSPITALS = ["Hospital Regional Bento Leal", "Hospital São Bento", "Santa Casa de Misericórdia", "UPA 24h Jardim Aurora",
             "Hospital de Urgências Prudente de Morais", "Hospital Universitário Clemente Falcão", "Hospital do Trauma Flor de Lis",
             "Pronto-Socorro Municipal Vitória", "Hospital Estadual Severo Ramos"]
CLINICS = ["Clínica Ocupacional Sereno Saúde", "MedTrab Leão Medicina do Trabalho", "Clínica SESMT Vale do Sol",
           "Centro de Saúde Ocupacional Bonfim", "OcupaMed Aurora"]
LABS = ["Laboratório Toxicológico Pedra Branca Ltda.", "ToxiLeal Análises Toxicológicas S.A.", "Lab Cabelo & Janela Diagnósticos Ltda."]


def sa_aph(g: Gen) -> Doc:
    """A pre-hospital care record (SAMU / highway concessionaire rescue) after a crash involving a rental car."""
    doc = Doc()
    legal, brand, dom = rental(g, g.pick(["rent", "fleet", "sub"]))
    city, uf = g.city()
    t = seq_times(g, 3, 600, 2700, g.moments(1, None, 1)[0])
    service = g.pick([f"SAMU 192 — Central de Regulação de {city}", "Concessionária Rota Sereno — Resgate (Atendimento ao Usuário)",
                      f"Corpo de Bombeiros Militar {uf} — Resgate", "SAMU 192 Regional"])
    doc.f("«s»\nFICHA DE ATENDIMENTO PRÉ-HOSPITALAR Nº «n»\nChamado: «h1»   Chegada ao local: «h2»   Chegada ao destino: «h3»\n"
          "Local: «l»\nNatureza: acidente de trânsito — «nat»\n", s=service, n=g.d(7), h1=ts(t[0], "br"), h2=ts(t[1], "hm"), h3=ts(t[2], "hm"),
          l=g.pick(PLACES_ROAD), nat=g.pick(["colisão automóvel x automóvel", "colisão traseira", "capotamento", "colisão com poste",
                                             "colisão automóvel x caminhão", "saída de pista"]))
    doc.f("Veículos: V1 «m» placa «p» (locado — «b»); V2 ", m=g.pick(MODELS), p=(g.plate(), "LICENSE_PLATE"), b=brand)
    if g.chance(0.7):
        doc.f("«m» placa «p»\n\n", m=g.pick(MODELS + ["caminhão VW Constellation", "moto Honda CG 160"]), p=(g.plate(), "LICENSE_PLATE"))
    else:
        doc.t("não identificado (evadiu-se)\n\n")
    vics = []
    positions = ["condutor(a) V1"] + g.sample(["passageiro(a) V1", "condutor(a) V2", "passageiro(a) V2"], 2)
    for k in range(g.ri(1, 3)):
        p = g.person()
        known = g.chance(0.85)
        cid, cdesc = g.pick(TRAUMA)
        row = [V(f"V{k + 1}"), P(g.pick([p.caps, p.full])) if known else V("NÃO IDENTIFICADO(A)"),
               (g.cns(False), "BR_CNS") if known and g.chance(0.45) else V("—"),
               (g.dob("br", 1950, 2010), "DATE_OF_BIRTH") if known and g.chance(0.6) else V(f"~{g.ri(18, 75)} anos"),
               V(positions[k]),
               V(str(g.ri(9, 15))), V(f"{g.ri(80, 170)}x{g.ri(50, 100)}"), V(str(g.ri(60, 130))), V(f"{g.ri(88, 99)}%"), V(f"{cid} {cdesc}")]
        vics.append(row)
    table_ruled(doc, ["Vít.", "Nome", "CNS", "Nasc./idade", "Posição", "Glasgow", "PA", "FC", "SpO2", "Hipótese"], vics, g.pick(["plus", "pipe", "plain"]))
    dest = g.pick(HOSPITALS)
    doc.f("\nConduta: colar cervical, prancha rígida, «c». Destino: «d» (vaga zero autorizada pelo regulador).\n", c=g.pick(
        ["acesso venoso + SF 0,9% 500 ml", "curativo compressivo", "O2 por máscara 10 L/min", "analgesia com dipirona 1 g EV"]), d=dest)
    if g.chance(0.6):
        fam = g.person()
        doc.f("Familiar contatado: «n» («k»), tel. «t».\n", n=P(g.pick([fam.full, fam.first])), k=g.pick(["esposa", "mãe", "irmão", "filha", "pai"]),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    reg = g.person()
    med = g.person()
    enf = g.person(female=g.chance(0.7))
    cond = g.person(female=g.chance(0.2))
    doc.f("\nEquipe «u» (viatura placa «vp»):\nMédico(a) regulador(a): «r» — «rc»\nMédico(a) intervencionista: «m» — «mc»\nEnfermeiro(a): «e» — «ec»\n"
          "Condutor-socorrista: «c»\n", u=g.pick(["USA 03", "USA 12", "USA Alfa 1", "UR 07"]), vp=(g.plate(), "LICENSE_PLATE"),
          r=P(reg.full), rc=(g.council("CRM", uf), "PROFESSIONAL_ID"), m=P(g.pick([med.full, med.short])), mc=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          e=P(enf.full), ec=(g.council("COREN", uf), "PROFESSIONAL_ID"), c=P(g.pick([cond.full, cond.short, cond.first])))
    if g.chance(0.4):
        doc.f("PRF no local: «p» (mat. «m»). BO «b».\n", p=P(g.person().short), m=g.d(7), b=g.bo())
    return doc


def sa_ps(g: Gen) -> Doc:
    """An emergency-room record of a rental-car driver after a crash, with the insurer's report request."""
    doc = Doc()
    legal, brand, dom = rental(g, g.pick(["rent", "sub", "fleet"]))
    pac = g.person()
    mae = g.person(female=True)
    acomp = g.spouse(pac) if g.chance(0.6) else g.relative(pac)
    city, uf = g.city()
    t = g.moments(3, None, 2)
    hosp = g.pick(HOSPITALS)
    doc.f("«h» — PRONTO-SOCORRO\nFICHA DE ATENDIMENTO DE EMERGÊNCIA — BE «n» — Admissão «a» — Classificação de risco: «cr»\n\n", h=hosp.upper(),
          n=g.d(8), a=ts(t[0], "br"), cr=g.pick(["LARANJA", "AMARELO", "VERMELHO", "AMARELO"]))
    fields = [("Paciente", P(g.pick([pac.caps, pac.full]))), ("Nascimento", (g.dob(g.pick(["br", "nopad"]), 1948, 2005), "DATE_OF_BIRTH")),
              ("Sexo", V("F" if pac.female else "M")), ("CPF", (g.cpf(), "BR_CPF")), ("CNS", (g.cns(), "BR_CNS")),
              ("Mãe", P(g.pick([mae.caps, mae.full]))), ("Endereço", (g.address(), "ADDRESS")), ("Cidade/UF", V(f"{city}/{uf}")),
              ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("Acompanhante", P(g.pick([acomp.full, acomp.short]))), ("Tel. acompanhante", (g.phone("par"), "PHONE_NUMBER"))]
    if g.chance(0.3):
        fields.pop(3)  # CPF not informed at admission
    kv_block(g, doc, fields, g.pick(["lines", "dots", "box"]))
    cid = g.pick(sorted(TRAUMA_DETAIL))
    cdesc = TRAUMA_DESC[cid]
    ef_, cond_, _, _, _ = TRAUMA_DETAIL[cid]
    ext, edesc = g.pick(EXTERNAL)
    doc.f("\nHDA: vítima de «m», condutor(a) de veículo locado («b», placa «p»), com cinto de segurança, airbag «ab». Nega perda de "
          "consciência«x». Trazid«o» pelo «s».\nEF: «ef»\nHD: «cid» — «cd»; causa externa «ext» («ed»).\n",
          m=g.pick(["colisão automóvel x automóvel", "colisão traseira em semáforo", "capotamento na rodovia", "colisão com poste"]),
          b=brand, p=(g.plate(), "LICENSE_PLATE"), ab=g.pick(["acionado", "não acionado"]), x=g.pick(["", " (testemunha refere 1 min)"]),
          o=pac.o, s=g.pick(["SAMU", "resgate da concessionária", "marido", "Corpo de Bombeiros"]),
          ef=ef_, cid=cid, cd=cdesc, ext=ext, ed=edesc)
    med = g.person()
    doc.f("Conduta: «c».\nMédico(a): «m» — «mc»\n", c=cond_,
          m=P(g.pick([med.full, med.short])), mc=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    enf = g.person(female=g.chance(0.7))
    doc.f("\nEvolução de enfermagem («h»): paciente consciente, orientad«o», acompanhad«o» pel«a» «k». «e» — «ec»\n", h=ts(t[1], "hm"),
          o=pac.o, a="a" if acomp.female else "o", k="esposa" if acomp.female and acomp.last == pac.last else ("familiar" if not acomp.female else "acompanhante"),
          e=P(enf.full), ec=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    doc.f("\nAlta em «d» com atestado de «n» dias (CID «cid»). Orientad«o» retorno ao ambulatório «a».\n", d=ts(t[2], "br"), n=g.ri(3, 30), cid=cid,
          o=pac.o, a=g.pick(["de ortopedia", "de cirurgia geral", "de neurologia", "do trauma"]))
    if g.chance(0.6):
        doc.f("Obs. do serviço social: familiar solicita relatório médico para a seguradora da locadora (proteção APP) e para o SPVAT. "
              "Orientad«o» a requerer no SAME com documento. Assistente social: «a».\n", o=acomp.o, a=P(g.person(female=True).full))
    return doc


def sa_toxicologico(g: Gen) -> Doc:
    """A toxicology lab's batch of long-window drug tests (exame toxicológico) of a fleet's drivers, with the reviewing doctor."""
    doc = Doc()
    cli, cdom = g.pick(CLIENTS)
    lab = g.pick(LABS)
    city, uf = g.city()
    day = g.day()
    doc.f("«l» — CNPJ «c»\nRELATÓRIO DE LOTE — EXAMES TOXICOLÓGICOS DE LARGA JANELA DE DETECÇÃO (Lei 13.103/2015; art. 148-A do CTB)\n"
          "Solicitante: «s» — lote «n» — emissão «d»\n\n", l=lab, c=(g.any_cnpj(), "BR_CNPJ"), s=cli, n=f"{g.up(2)}{g.d(6)}", d=dbr(day))
    sep = g.pick([";", ","])
    rows = []
    pos = None
    for k in range(g.ri(4, 7)):
        p = g.person(female=g.chance(0.15))
        res = "NEGATIVO" if g.chance(0.85) else g.pick(["POSITIVO — cocaína/benzoilecgonina", "POSITIVO — anfetaminas", "POSITIVO — THC"])
        if res.startswith("POS"):
            pos = p
        rows.append([P(g.pick([p.caps, p.capsf])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.cnh(), "BR_CNH"),
                     V(g.pick(["C", "D", "E", "AD", "AE"])), (g.dob("br", 1960, 2002), "DATE_OF_BIRTH"), V(dbr(g.after(day, -20, -5))),
                     V(f"{g.up(1)}{g.d(8)}"), V(g.pick(["cabelo", "pelo", "cabelo"])), V(res)])
    table_csv(doc, ["doador", "cpf", "cnh_registro", "categoria", "nascimento", "coleta", "amostra", "matriz", "resultado"], rows, sep)
    mro = g.person()
    rt = g.person()
    doc.f("\nMédico revisor (MRO): «m» — «mc». Responsável técnico: «r» — «rc». Janela de detecção: 90 dias.\n",
          m=P(mro.full), mc=(g.council("CRM", uf), "PROFESSIONAL_ID"), r=P(rt.full), rc=(g.council("CRF", uf), "PROFESSIONAL_ID"))
    if pos is not None:
        doc.f("\nENTREVISTA DO MRO: «n» informou uso de «x»; prescrição não apresentada. Resultado confirmado por CG-MS. "
              "Comunicado ao RENACH/DETRAN conforme Resolução CONTRAN 923/2022. Contato: «t».\n", n=P(g.pick([pos.full, pos.first])),
              x=g.pick(["medicamento para emagrecer", "nenhum medicamento", "'remédio para ficar acordado'"]), t=(g.phone("par"), "PHONE_NUMBER"))
    else:
        doc.f("\nTodos os doadores do lote com resultado NEGATIVO. Laudos individuais enviados a «e».\n",
              e=g.pick(["sesmt@" + cdom, "rh@" + cdom]) if g.chance(0.5) else (corp_mail(g.person(), cdom, g), "EMAIL_ADDRESS"))
    return doc


def sa_aso(g: Gen) -> Doc:
    """An occupational health certificate (ASO) of a fleet driver, with the clinical note."""
    doc = Doc()
    cli, cdom = g.pick(CLIENTS)
    clin = g.pick(CLINICS)
    emp = g.person(female=g.chance(0.15))
    city, uf = g.city()
    day = g.day()
    kind = g.pick(["ADMISSIONAL", "PERIÓDICO", "PERIÓDICO", "RETORNO AO TRABALHO", "MUDANÇA DE RISCO", "DEMISSIONAL"])
    doc.f("«c»\nATESTADO DE SAÚDE OCUPACIONAL — ASO (NR-7)    Tipo: «k»\n\n", c=clin.upper(), k=kind)
    fields = [("Empresa", V(cli)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Empregado(a)", P(g.pick([emp.caps, emp.full]))),
              ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("Nascimento", (g.dob("br", 1962, 2004), "DATE_OF_BIRTH")),
              ("Função", V(g.pick(["Motorista de frota (cat. D)", "Motorista entregador", "Técnico de campo (dirige veículo da frota)",
                                   "Vendedor externo (veículo corporativo)", "Motorista de caminhão"]))), ("Matrícula", V(g.d(6)))]
    if g.chance(0.5):
        fields.insert(5, ("NIT/PIS", (g.pis(), "BR_PIS")))
    if g.chance(0.4):
        fields.append(("CNH", (g.cnh(), "BR_CNH")))
    kv_block(g, doc, fields, g.pick(["box", "lines", "dots"]))
    doc.f("\nRiscos: «r».\nExames: clínico («d»); audiometria; acuidade visual; ECG; EEG; glicemia de jejum; toxicológico de larga janela "
          "(coleta «dt»).\n", r=g.pick(["ergonômico (postura sentada prolongada), acidente (trânsito), ruído", "acidente de trânsito; vibração de corpo inteiro",
                                        "ausência de riscos específicos"]), d=dbr(day), dt=dbr(g.after(day, -40, -2)))
    ok = g.pick(["APTO", "APTO", "APTO", "APTO COM RESTRIÇÃO", "INAPTO TEMPORARIAMENTE"])
    doc.f("PARECER: «o»\n", o=ok)
    if ok != "APTO":
        doc.f("Motivo: «m»\n", m=g.pick(["PA 178x110 (I10), reavaliar em 30 dias após ajuste medicamentoso", "acuidade visual insuficiente sem correção; usar óculos",
                                          "pós-operatório de fratura de rádio (S52.5) — sem dirigir por 30 dias", "apneia do sono suspeita (G47.3) — polissonografia"]))
    ex = g.person()
    co = g.person()
    doc.f("\nMédico(a) examinador(a): «e» — «ec»\nMédico(a) coordenador(a) do PCMSO: «c» — «cc»\n«ci», «d».\n",
          e=P(ex.full), ec=(g.council("CRM", uf), "PROFESSIONAL_ID"), c=P(co.full), cc=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          ci=city, d=dbr(day))
    doc.f("\nCiente: «n»\n", n=P(g.pick([emp.caps, emp.full])))
    if g.chance(0.5):
        doc.f("\n[ficha clínica] Anamnese: refere «a». Sono «s». Acidente de trânsito com veículo da empresa em «y» («cid»). "
              "Telefone para resultados: «t».\n", a=g.pick(["dores lombares ao fim do turno", "nada digno de nota", "cefaleia ocasional",
                                                               "uso de losartana 50 mg"]), s=g.pick(["6h/noite", "irregular (turnos)", "bom"]),
              y=g.ri(2018, 2025), cid=g.pick(["V43.5", "V47.5", "sem lesões"]), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def sa_laudo_seguro(g: Gen) -> Doc:
    """E-mail thread with an insurer: the attending doctor's report for a personal-accident (APP) claim after a rental-car crash."""
    doc = Doc()
    legal, brand, dom = rental(g)
    ins, idom = g.pick(INSURERS)
    vic = g.person()
    reg = g.person(female=g.chance(0.5))
    med = g.person()
    aud = g.person()
    city, uf = g.city()
    t = g.moments(3, None, 20, (8, 20))
    sin = g.sinistro()
    vmail = g.email(vic)
    doc.f("De: «r» <«re»>\nPara: «v» <«ve»>\nData: «d»\nAssunto: Sinistro «s» — APP «b» — documentos pendentes\n\n", r=P(reg.full),
          re=(corp_mail(reg, idom, g), "EMAIL_ADDRESS"), v=P(vic.full), ve=(vmail, "EMAIL_ADDRESS"), d=ts(t[0], "rfc"), s=sin, b=brand)
    doc.f("Prezad«o» «n»,\n\nPara a regulação da cobertura de Invalidez Permanente Parcial por Acidente da proteção APP contratada na "
          "locação (apólice «ap»), precisamos do relatório do médico assistente com o grau de limitação, conforme a tabela SUSEP.\n\n"
          "«r»\nRegulação de Sinistros — «i»\n", o=vic.o, n=P(vic.first), ap=g.apolice(), r=P(reg.short), i=ins)
    doc.f("\n---\nDe: «v» <«ve»>\nData: «d»\n\nSegue o relatório. «x»«t»\n\n", v=P(vic.full), ve=(vmail, "EMAIL_ADDRESS"), d=ts(t[1], "rfc"),
          x=g.pick(["Telefone para contato: ", "Qualquer coisa me liga: ", "Meu celular: "]), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    cid = g.pick(sorted(TRAUMA_DETAIL))
    cdesc = TRAUMA_DESC[cid]
    _, _, tr_, ev_, seg_ = TRAUMA_DETAIL[cid]
    doc.f("RELATÓRIO MÉDICO\n\nPaciente: «n», nascid«o» em «dob», CPF «c». Vítima de acidente de trânsito em «da» na condução do veículo placa «p» "
          "(«ext»). Diagnóstico: «cid» — «cd». Tratamento: «tr». Evolução: «ev».\n\n",
          n=P(vic.caps), o=vic.o, dob=(g.dob("br", 1950, 2004), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"), da=dbr(g.after(t[0].date(), -90, -20)),
          p=(g.plate(), "LICENSE_PLATE"), ext=g.pick(EXTERNAL)[0], cid=cid, cd=cdesc,
          tr=tr_, ev=ev_)
    nos = seg_.startswith("Sem")
    rows = [[V(seg_), V("—" if nos else f"{g.pick([25, 20, 25, 10])}%"), V("—" if nos else g.pick(["leve (25%)", "média (50%)", "intensa (75%)"]))]]
    table_ruled(doc, ["Segmento (tabela SUSEP)", "% tabela", "Grau"], rows, "plain")
    fisio = g.chance(0.4)
    doc.f("\n«m» — «mc»\n«ci», «d»\n", m=P(med.full), mc=(g.council("CRM", uf), "PROFESSIONAL_ID"), ci=city, d=dbr(t[1].date()))
    if fisio:
        fp = g.person(female=True)
        doc.f("Fisioterapeuta: «f» — «fc»\n", f=P(fp.full), fc=(g.council("CREFITO"), "PROFESSIONAL_ID"))
    doc.f("\n---\nDe: «re»\nData: «d»\n\nParecer do médico auditor, «a» («ac»): «g»; indenização de R$ «v». "
          "Informe a conta para crédito em nome d«o» segurad«o».\n", re=(corp_mail(reg, idom, g), "EMAIL_ADDRESS"), d=ts(t[2], "rfc"),
          a=P(aud.full), ac=(g.council("CRM", g.pick(UFS)), "PROFESSIONAL_ID"),
          g="sem invalidez permanente; cobertas apenas as despesas médico-hospitalares (DMHO)" if nos else f"grau {g.pick(['leve', 'médio'])} confirmado",
          v=g.money(800, 4000) if nos else g.money(1500, 18000), o=vic.o)
    if g.chance(0.6):
        doc.f("\n> «b», ag. «ag», c/c «cc», titular «n».\n", b=g.pick(["Banco do Brasil", "Nubank (260)", "Caixa", "Itaú", "Sicredi"]),
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), n=P(vic.full))
    return doc


def sa_whats_frota(g: Gen) -> Doc:
    """The fleet client's WhatsApp operations group after one of its drivers crashed a leased car."""
    doc = Doc()
    legal, brand, dom = rental(g, "fleet")
    cli, cdom = g.pick(CLIENTS)
    drv = g.person(female=g.chance(0.15))
    ges = g.person()
    con = g.person(female=g.chance(0.5))
    wife = g.spouse(drv)
    nur = g.person(female=True)
    ios = g.chance(0.4)
    members = {"g": (ges, g.chance(0.4)), "c": (con, g.chance(0.35)), "w": (wife, g.chance(0.2)), "n": (nur, g.chance(0.45))}
    nums = {k: g.phone("wa") for k in members}
    tag = {"c": f" {brand}", "n": " SESMT", "g": "", "w": ""}
    mlist = g.moments(16, None, 1, (5, 23))
    it = iter(mlist)

    def say(who: str, template: str, **kw) -> None:
        wa_stamp(doc, next(it), ios)
        p, by_name = members[who]
        if by_name:
            doc.e(g.pick([p.first, p.short]) if who != "w" else p.first, "PERSON")
            doc.t(tag[who])
        else:
            doc.e(nums[who], "PHONE_NUMBER")
        doc.t(": ")
        doc.f(template + "\n", **kw)

    grp = g.pick(["Frota – Ocorrências", f"{brand} x {cli.split()[0]} Frota", "Sinistros Frota 🚨", "Gestão de Frota Regional"])
    if ios:
        doc.f("[«d»] «g»: «n» criou este grupo\n", d=ts(mlist[0], "waios")[1:-1], g=grp, n=P(ges.full) if g.chance(0.5) else "Você")
    else:
        doc.f("«d» - «n» criou o grupo \"«g»\"\n", d=ts(mlist[0], "wa"), n=P(ges.full) if g.chance(0.5) else "Você", g=grp)
    plate = g.plate()
    say("g", "Pessoal, o «d» bateu com o carro «p» na «l». Está consciente, o SAMU levou pro «h».", d=P(g.pick([drv.first, drv.short, drv.nick])),
        p=(plate, "LICENSE_PLATE"), l=g.pick(PLACES_ROAD), h=g.pick(HOSPITALS))
    say("c", "Registrado o sinistro «s». Preciso do BO e das fotos do veículo. O guincho já foi acionado.", s=g.sinistro())
    say("n", "O hospital pediu os dados dele pra abrir a ficha. Alguém tem?")
    say("g", "«n»\nCPF «c»\nNasc «b»\nCNS «cns»", n=P(g.pick([drv.caps, drv.full])), c=(g.cpf(), "BR_CPF"),
        b=(g.dob(g.pick(["br", "nopad"]), 1960, 2003), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"))
    say("w", g.pick(["Sou a esposa dele, estou indo pro hospital. Ele está bem?", "Oi, sou a mulher do «d», me adicionaram aqui. Alguém sabe o andar?"]),
        d=P(drv.first))
    pl = g.person()
    say("n", "Está em observação, suspeita de «c». «dr» plantonista é «m».", c=g.pick(["fratura de clavícula", "concussão", "entorse cervical", "fratura de costela"]),
        dr="A médica" if pl.female else "O médico", m=P(g.pick([pl.short, pl.full])))
    say("c", "Carro reserva liberado: placa «p», retirar na «b».", p=(g.plate(), "LICENSE_PLATE"), b=branch(g)[0])
    say("g", "O outro motorista é «o», tel «t». Ele assumiu a culpa, vai no BO.", o=P(g.person().full), t=(g.phone("par"), "PHONE_NUMBER"))
    say("c", "BO «b» recebido ✅. Km no momento: «k». Franquia R$ «f».", b=g.bo(), k=g.km(), f=g.pick(["0,00 (frota com proteção total)", "3.500,00", "5.000,00"]))
    say("n", "Ele vai precisar de afastamento. Atestado de «x» dias, CID «c». Vou agendar o retorno ao trabalho na «cl».", x=g.ri(5, 30),
        c=g.pick(TRAUMA)[0], cl=g.pick(CLINICS))
    if g.chance(0.6):
        say("w", "Obrigada a todos 🙏 o celular dele quebrou, qualquer coisa liguem no meu «t»", t=(g.phone("par"), "PHONE_NUMBER"))
    say("g", "Vou tirar ele da escala. «n», manda o relatório da telemetria da hora do acidente pro «e» por favor.", n=P(con.first),
        e=(corp_mail(ges, cdom, g), "EMAIL_ADDRESS"))
    say("c", "Enviado. Velocidade registrada «v» km/h na via de «l» km/h.", v=g.ri(40, 110), l=g.pick([40, 60, 80, 100, 110]))
    return doc


def sa_convocacao(g: Gen) -> Doc:
    """An occupational clinic's semicolon CSV of periodic exams due for a fleet's drivers, with the SESMT nurse's note."""
    doc = Doc()
    cli, cdom = g.pick(CLIENTS)
    clin = g.pick(CLINICS)
    city, uf = g.city()
    day = g.day()
    doc.f("# «c» — convocação de exames periódicos — cliente: «cl» — gerado em «d»\n", c=clin, cl=cli, d=ts(g.moments(1, day, 1)[0], "sql"))
    cols = ["matricula", "nome", "cpf", "pis", "nascimento", "funcao", "cnh", "cat", "validade_cnh", "ultimo_aso", "tox_vencimento", "celular"]
    rows = []
    names = []
    for _ in range(g.ri(4, 6)):
        p = g.person(female=g.chance(0.15))
        names.append(p)
        rows.append([V(g.d(5)), P(g.pick([p.caps, p.capsf, p.full])), (g.cpf("raw"), "BR_CPF"), (g.pis("raw"), "BR_PIS") if g.chance(0.8) else V(""),
                     (g.dob("iso", 1962, 2003), "DATE_OF_BIRTH"), V(g.pick(["MOTORISTA", "MOTORISTA ENTREGADOR", "TECNICO CAMPO", "VENDEDOR EXTERNO"])),
                     (g.cnh(), "BR_CNH"), V(g.pick(["B", "D", "E", "AD"])), V(g.date("iso", g.ri(2025, 2031))), V(dbr(g.after(day, -400, -300), "iso")),
                     V(dbr(g.after(day, 5, 60), "iso")), (g.phone(g.pick(["raw", "e164"])), "PHONE_NUMBER")])
    # empty cells are plain text, never spans
    rows = [[(v, lab) if v else ("", None) for v, lab in r] for r in rows]
    table_csv(doc, cols, rows, ";")
    nur = g.person(female=True)
    med = g.person()
    p1 = g.pick(names)
    doc.f("\nObs. (enf. «n», «nc»): exames no dia «d» a partir das 7h, jejum de 8h. «p» está com a CNH vencendo — avisar o RH. "
          "Toxicológico com «dr» «m» («mc»). Dúvidas: «t».\n", n=P(nur.short), nc=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          d=dbr(g.after(day, 3, 15)), p=P(g.pick([p1.first, p1.short])), m=P(med.short), dr="a Dra." if med.female else "o Dr.", mc=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          t=(g.landline(), "PHONE_NUMBER"))
    return doc


SA = [sa_aph, sa_ps, sa_toxicologico, sa_aso, sa_laudo_seguro, sa_whats_frota, sa_convocacao]


# =========================================================================== financeiro


def fi_preaut_log(g: Gen) -> Doc:
    """One-line JSON log of a branch's TEF terminal: security-deposit pre-authorizations (some leaked full PANs), with the security note."""
    doc = Doc()
    legal, brand, dom = rental(g)
    bname, baddr = branch(g)
    day = g.day()
    t = g.moments(g.ri(4, 7), day, 2, (6, 23))
    leak = g.chance(0.7)
    holders = []
    leaked = []
    doc.f("# tef-gateway «v» — «l» — terminal «tm» («ip»)\n", v=f"v{g.ri(2, 5)}.{g.ri(0, 19)}.{g.ri(0, 9)}", l=bname, tm=f"PDV{g.d(3)}",
          ip=g.ip_priv())
    for k, tt in enumerate(t):
        p = g.person()
        holders.append(p)
        st = g.pick(["APROVADA", "APROVADA", "APROVADA", "NEGADA", "CANCELADA", "CAPTURA_PARCIAL"])
        rec = {"ts": ts(tt, "iso"), "lvl": "DEBUG" if leak else "INFO", "op": g.pick(["PRE_AUTH", "PRE_AUTH", "PRE_AUTH_CANCEL", "CAPTURE"]),
               "contrato": g.contrato(), "valor": int(g.pick([700, 1000, 1500, 2000, 3500])) * 100}
        pan = g.card(False)
        if leak and g.chance(0.75):
            rec["pan"] = (pan, "CREDIT_CARD")
            rec["exp"] = f"{g.ri(1, 12):02d}{g.ri(26, 32)}"
            leaked.append(p)
        else:
            rec["pan_mask"] = pan[:6] + "*" * (len(pan) - 10) + pan[-4:]
        rec["holder"] = P(g.pick([p.capsf, fold(p.short).upper()]))
        if g.chance(0.7):
            rec["doc_portador"] = (g.cpf("raw"), "BR_CPF")
        bandeira = {"4": "VISA", "5": "MASTERCARD", "3": "AMEX"}.get(pan[0], "HIPERCARD" if pan.startswith("6062") else "ELO")
        rec.update({"bandeira": bandeira, "nsu": g.nsu(), "aut": g.authcode() if st != "NEGADA" else None,
                    "tid": g.tid(), "status": st})
        if st == "NEGADA":
            rec["motivo"] = g.pick(["51 - saldo/limite insuficiente", "05 - não autorizada", "57 - transação não permitida"])
        jval(doc, rec, None)
        doc.t("\n")
    an = g.person()
    dpo = g.person()
    doc.f("\n--- Nota de segurança («a», «d») ---\n", a=P(g.pick([an.full, an.short])), d=dbr(g.after(day, 1, 10)))
    if leaked:
        doc.f("O gateway da loja estava em nível DEBUG desde a atualização de «d» e gravou PAN completo e validade em claro, o que viola o "
              "PCI DSS (req. 3.3/3.4). Logs expurgados, nível voltado para INFO e incidente comunicado ao DPO, «p» («e»). Portadores "
              "afetados neste arquivo: «n» registros, entre eles «h».\n", d=dbr(g.after(day, -30, -1)), p=P(dpo.full),
              e=(corp_mail(dpo, dom, g), "EMAIL_ADDRESS"), n=len(leaked), h=P(g.pick(leaked).full))
    else:
        doc.f("Sem dados sensíveis em claro. Pré-autorização de «h» negada duas vezes; cliente usou o cartão do cônjuge, «c» (CPF «cpf»), "
              "presente no balcão, conforme política.\n", h=P(holders[0].full), c=P(g.spouse(holders[0]).full), cpf=(g.cpf(), "BR_CPF"))
    return doc


def fi_fatura(g: Gen) -> Doc:
    """The closing statement / invoice of a rental contract (fechamento do RA)."""
    doc = Doc()
    legal, brand, dom = rental(g)
    bname, baddr = branch(g)
    cli = g.person()
    att = g.person(female=g.chance(0.5))
    city, uf = g.city()
    t = g.moments(2, None, 10)
    width = 78
    doc.f("«l»\nCNPJ «c» — «b» — «a»\nFone «t»\n", l=legal.upper(), c=(g.any_cnpj(), "BR_CNPJ"), b=bname, a=baddr,
          t=(g.landline(), "PHONE_NUMBER"))
    doc.t("=" * width + "\n")
    doc.f("FECHAMENTO DE CONTRATO «k»          Emissão: «d»\n", k=g.contrato(), d=ts(t[1], "br"))
    doc.t("-" * width + "\n")
    pj = g.chance(0.25)
    if pj:
        comp, cdom = g.pick(CLIENTS)
        doc.f("Cliente: «c» — CNPJ «cn»\nCondutor: «n» — CPF «cpf»\n", c=comp, cn=(g.any_cnpj(), "BR_CNPJ"), n=P(g.pick([cli.caps, cli.full])),
              cpf=(g.cpf(), "BR_CPF"))
    else:
        doc.f("Cliente: «n» — CPF «cpf»\n", n=P(g.pick([cli.caps, cli.full])), cpf=(g.cpf(), "BR_CPF"))
    doc.f("Endereço: «a» — «c»/«u» — CEP «cep»\nE-mail: «e»\n", a=(g.address(g.pick(["text", "caps"])), "ADDRESS"), c=city, u=uf,
          cep=(g.cep(), "BR_CEP"), e=(g.email(cli), "EMAIL_ADDRESS"))
    kin = int(g.km().replace(".", ""))
    kout = kin + g.ri(90, 3500)
    doc.f("Veículo: «m» placa «p» — km saída «ks» / chegada «kc» — retirada «d1» / devolução «d2»\n", m=g.pick(MODELS), p=(g.plate(), "LICENSE_PLATE"),
          ks=kin, kc=kout, d1=ts(t[0], "br"), d2=ts(t[1], "br"))
    doc.t("-" * width + "\n")
    ndays = max(1, (t[1] - t[0]).days)
    daily = g.ri(8900, 32000) / 100
    ldw = g.ri(2500, 6500) / 100
    items = [(f"Diárias Grupo {g.pick(GROUPS)[0]} ({ndays} x R$ {brl(daily)})", daily * ndays), (f"Proteção LDW ({ndays} x R$ {brl(ldw)})", ldw * ndays)]
    items += g.sample([("Combustível (reabastecimento 3/8)", g.ri(8000, 40000) / 100), ("Lavagem especial", g.ri(6000, 25000) / 100),
                       ("Km excedente", g.ri(3000, 50000) / 100), ("Taxa de retorno (devolução em outra loja)", g.ri(15000, 90000) / 100),
                       ("Condutor adicional", g.ri(3000, 20000) / 100), ("Pedágio free flow + taxa", g.ri(1500, 9000) / 100),
                       ("Cadeirinha infantil", g.ri(5000, 15000) / 100)], g.ri(1, 3))
    items.append(("Taxa administrativa 12%", round(sum(v for _, v in items) * 0.12, 2)))
    tot = 0.0
    for desc, v in items:
        tot += v
        doc.t(f"{desc:<60}{brl(v):>18}\n")
    doc.t("-" * width + "\n" + f"{'TOTAL':<60}{brl(tot):>18}\n" + "=" * width + "\n")
    r = g.rng.random()
    if r < 0.5:
        doc.f("Pagamento: captura da pré-autorização no cartão «b» «m» (aut. «a»). Saldo da caução liberado.\n", b=g.brand(), m=g.masked_card(), a=g.authcode())
    elif r < 0.8:
        doc.f("Pagamento: Pix. Chave aleatória da «b»: «k»\n", b=brand, k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("Pagamento: faturado (30 dd). Boleto: «b»\n", b=g.boleto())
    doc.f("Atendente: «a»\n", a=P(g.pick([att.full, att.short, att.first])))
    if g.chance(0.4):
        doc.f("Obs.: «o»\n", o=g.pick([f"Multa AIT {g.ait()} será repassada quando notificada.", "Cliente contestou a lavagem; supervisor autorizou desconto de 50%.",
                                        "Veículo devolvido em outra loja; taxa de retorno conforme tabela."]))
    return doc


def fi_cobranca_avaria(g: Gen) -> Doc:
    """Collection of damage costs: the damage unit's e-mail with the repair budget, the customer's reply and the agreement."""
    doc = Doc()
    legal, brand, dom = rental(g, g.pick(["rent", "rent", "sub"]))
    cli = g.person()
    an = g.person(female=g.chance(0.6))
    t = g.moments(3, None, 15, (8, 20))
    cmail = g.email(cli)
    plate = g.plate()
    doc.f("De: Núcleo de Avarias «b» <avarias@«d»>\nPara: «n» <«e»>\nData: «dt»\nAssunto: Cobrança de avaria — contrato «k» — placa «p»\n\n",
          b=brand, d=dom, n=P(cli.full), e=(cmail, "EMAIL_ADDRESS"), dt=ts(t[0], "rfc"), k=g.contrato(), p=(plate, "LICENSE_PLATE"))
    doc.f("Prezad«o» «n»,\n\nNa vistoria de devolução foram constatadas as avarias abaixo, não cobertas pela proteção contratada. "
          "Orçamento da oficina credenciada «of» (CNPJ «cn»):\n\n", o=cli.o, n=P(g.pick([cli.first, cli.full])),
          of=g.pick(["Funilaria Bento & Filhos Ltda.", "Auto Center Leão", "Oficina Flor de Lis Car", "Reparadora Serra Branca"]),
          cn=(g.any_cnpj(), "BR_CNPJ"))
    rows = []
    tot = 0.0
    for _ in range(g.ri(2, 4)):
        v = g.ri(8000, 180000) / 100
        tot += v
        rows.append([V(g.pick(PARTS)), V(g.pick(["funilaria + pintura", "substituição", "reparo", "polimento"])), V(brl(v))])
    lc = g.ri(2, 6) * g.ri(8000, 15000) / 100
    rows.append([V("Diárias paradas (lucros cessantes)"), V(f"{g.ri(2, 6)} dias"), V(brl(lc))])
    tot += lc
    table_ruled(doc, ["Item", "Serviço", "Valor (R$)"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.f("\nTotal: R$ «t». Limitado à franquia: R$ «f».\n\nFormas de pagamento: boleto «bl» (venc. «v») ou Pix — chave aleatória «k». "
          "Parcelamos em até 10x no cartão.\n\n«a»\nAnalista de Recuperação de Avarias — «b»\n", t=brl(tot),
          f=brl(min(tot, g.pick([2500.0, 3500.0, 5000.0]))), bl=g.boleto(), v=dbr(g.after(t[0].date(), 5, 15)),
          k=(g.uuid(), "PIX_KEY"), a=P(g.pick([an.full, an.short])), b=brand)
    doc.f("\n---\nDe: «n» <«e»>\nData: «dt»\n\n", n=P(cli.full), e=(cmail, "EMAIL_ADDRESS"), dt=ts(t[1], "rfc"))
    r = g.rng.random()
    reply = (["Encaminhado ao jurídico para análise.", "Solicitamos ao setor de frota as fotos de saída."] if r < 0.4 else
             ["Acordo registrado; 1ª parcela em 10 dias.", "Parcelamento aprovado; lançado no cartão da caução."] if r < 0.75 else
             ["Aberto aviso de sinistro contra o terceiro; a cobrança fica suspensa.", "Encaminhado ao núcleo de ressarcimento."])
    if r < 0.4:
        doc.f("Não concordo. O risco no «pt» já existia e está no checklist de saída assinado pela atendente «a». Quero as fotos da "
              "retirada. Se insistirem vou ao Juizado.\n«n»\nCPF «c»\n", pt=g.pick(PARTS), a=P(g.person(female=True).first), n=P(cli.first),
              c=(g.cpf(), "BR_CPF"))
    elif r < 0.75:
        doc.f("Aceito pagar a franquia em 5x. Podem lançar no cartão da caução. Meu telefone é «t» caso precisem.\n«n»\n",
              t=(g.phone(), "PHONE_NUMBER"), n=P(cli.full))
    else:
        ins = g.pick(INSURERS)[0]
        doc.f("A avaria foi causada por terceiro, «o», placa «p», que tem seguro na «i» (sinistro «s»). Segue o BO «b». Cobrem dele.\n«n»\n",
              o=P(g.person().full), p=(g.plate(), "LICENSE_PLATE"), i=ins, s=g.sinistro(), b=g.bo(), n=P(cli.first))
    doc.f("\n---\nDe: «a» <«ae»>\nData: «dt»\n\nRegistrado. «x»\n", a=P(an.full), ae=(corp_mail(an, dom, g), "EMAIL_ADDRESS"), dt=ts(t[2], "rfc"),
          x=g.pick(reply))
    return doc


def fi_assinatura_csv(g: Gen) -> Doc:
    """A car-subscription company's monthly billing export (CSV) with the billing analyst's note."""
    doc = Doc()
    legal, brand, dom = rental(g, "sub")
    sep = g.pick([",", ";"])
    comp = g.day()
    doc.f("# «b» — cobrança recorrente — competência «m»/«y» — exportado por «u»\n", b=brand, m=f"{comp.month:02d}", y=comp.year,
          u=g.pick(["billing-job", "rel_financeiro", "adm.cobranca"]))
    cols = ["assinatura", "assinante", "cpf", "email", "celular", "endereco_entrega", "cep", "plano", "placa", "mensalidade", "forma_pgto",
            "cartao", "status", "tentativas"]
    rows = []
    subs = []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        subs.append(p)
        fp = g.pick(["cartao_credito", "cartao_credito", "cartao_credito", "pix", "boleto"])
        rows.append([V(f"SUB-{g.d(6)}"), P(g.pick([p.full, p.caps])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.email(p), "EMAIL_ADDRESS"),
                     (g.phone(g.pick(["raw", "e164", "par"])), "PHONE_NUMBER"), (g.address(g.pick(["text", "caps"])), "ADDRESS"),
                     (g.cep(g.chance(0.5)), "BR_CEP"), V(g.pick(["Compacto 12m", "SUV 24m", "Elétrico 18m", "Picape 36m", "Sedã 24m"])),
                     (g.plate(), "LICENSE_PLATE"), V(g.money(1890, 5990).replace(".", "")),
                     V(fp), V(f"{g.pick('45')}{g.d(5)}******{g.d(4)}" if fp == "cartao_credito" else ""),
                     V(g.pick(["PAGO", "PAGO", "PAGO", "RECUSADO", "EM_ATRASO", "ESTORNADO"])), V(str(g.ri(1, 4)))])
    table_csv(doc, cols, rows, sep)
    an = g.person(female=g.chance(0.6))
    s1, s2 = g.sample(subs, 2)
    doc.f("\nNota («a»): ", a=P(g.pick([an.first, an.short])))
    r = g.rng.random()
    if r < 0.4:
        doc.f("«n» trocou o cartão pelo chat e o atendente colou o número completo no ticket («k», val. «v») — pedi para apagar e "
              "registrar só o token. ", n=P(s1.first), k=(g.card(g.chance(0.5)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 33)}")
    else:
        doc.f("«n» com 3 recusas seguidas; enviado aviso de suspensão e agendado recolhimento do veículo. ", n=P(s1.full))
    doc.f("«m» pediu a 2ª via do boleto no e-mail novo «e». «x»\n", m=P(g.pick([s2.first, s2.full])), e=(g.email(s2), "EMAIL_ADDRESS"),
          x=g.pick(["Reajuste anual pelo IPCA aplicado.", "Conferir pedágios repassados antes do fechamento.", ""]))
    return doc


def fi_fatura_frota(g: Gen) -> Doc:
    """A fleet-leasing invoice to a company, with its vehicles, drivers and re-billed fines (fixed-width report)."""
    doc = Doc()
    legal, brand, dom = rental(g, "fleet")
    cli, cdom = g.pick(CLIENTS)
    ges = g.person()
    comp = g.day()
    doc.f("«l»\nCNPJ «c»\nFATURA DE LOCAÇÃO Nº «n» — competência «m»/«y» — vencimento «v»\n\n", l=legal.upper(), c=(g.any_cnpj(), "BR_CNPJ"),
          n=f"{g.d(6)}-{g.d(1)}", m=f"{comp.month:02d}", y=comp.year, v=dbr(g.after(comp, 10, 30)))
    doc.f("CLIENTE: «c»  CNPJ «cn»\nGestor(a) de frota: «g» — «e» — «t»\n\n", c=cli.upper(), cn=(g.any_cnpj(), "BR_CNPJ"),
          g=P(g.pick([ges.full, ges.caps])), e=(corp_mail(ges, cdom, g), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    W = [8, 22, 10, 26, 8, 12]
    doc.t("PLACA".ljust(W[0]) + " " + "MODELO".ljust(W[1]) + " " + "C.CUSTO".ljust(W[2]) + " " + "CONDUTOR".ljust(W[3]) + " "
          + "KM MES".rjust(W[4]) + " " + "VALOR".rjust(W[5]) + "\n" + "-" * (sum(W) + 5) + "\n")
    drivers = []
    plates = []
    total = 0.0
    for _ in range(g.ri(5, 9)):
        p = g.person(female=g.chance(0.2))
        drivers.append(p)
        pl = g.plate(old=False)
        v = g.ri(180000, 650000) / 100
        total += v
        name = cut(g.pick([p.capsf, p.inverted, fold(p.short).upper()]), W[3])
        doc.cell(pl, W[0], "LICENSE_PLATE").t(" ").cell(cut(g.pick(MODELS), W[1]), W[1]).t(" ").cell(f"CC{g.d(4)}", W[2]).t(" ")
        if g.chance(0.1):
            doc.cell("RESERVA/SEM CONDUTOR", W[3])
        else:
            doc.cell(name, W[3], "PERSON")
        doc.t(" ").cell(f"{g.ri(300, 5200)}", W[4], right=True).t(" ").cell(brl(v), W[5], right=True).t("\n")
        plates.append(pl)
    doc.t("-" * (sum(W) + 5) + "\n" + "SUBTOTAL LOCAÇÃO".ljust(sum(W) + 5 - W[5]) + brl(total).rjust(W[5]) + "\n\n")
    doc.t("MULTAS REPASSADAS (não indicadas no prazo — NIC)\n")
    for _ in range(g.ri(1, 3)):
        code, desc, grav, val = g.pick(INFRACTIONS)
        k = g.ri(0, len(drivers) - 1)
        p = drivers[k]
        doc.f("  AIT «a» («o») — «c» — placa «p» — condutor apontado pela telemetria: «n» — R$ «v»\n", a=g.ait(), o=g.pick(ORGAOS), c=code,
              p=(plates[k], "LICENSE_PLATE"), n=P(g.pick([p.full, p.short])), v=val)
    if g.chance(0.4):
        doc.f("\nPAGAMENTO: boleto «b» ou Pix (chave aleatória «k»).\n", b=g.boleto(), k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("\nPAGAMENTO: boleto «b» ou TED/Pix para «bk», agência «ag», conta «cc» (titular «l»).\n", b=g.boleto(),
              bk=g.pick(["Banco do Brasil (001)", "Itaú (341)", "Bradesco (237)", "Santander (033)", "Sicredi (748)"]),
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), l=legal)
    if g.chance(0.5):
        doc.f("Consultor(a) de contas: «c» — «t»\n", c=P(g.person().full), t=(g.phone("par"), "PHONE_NUMBER"))
    return doc


def fi_reembolso(g: Gen) -> Doc:
    """E-mail thread: refund of a deposit / overcharge to the customer's account or Pix key, approval and the transfer receipt."""
    doc = Doc()
    legal, brand, dom = rental(g, g.pick(["rent", "sub"]))
    cli = g.person()
    an = g.person(female=g.chance(0.6))
    sup = g.person()
    t = g.moments(4, None, 10, (8, 20))
    cmail = g.email(cli)
    smail = corp_mail(sup, dom, g)
    v = g.money(150, 3500)
    doc.f("De: «n» <«e»>\nPara: financeiro@«d»\nData: «dt»\nAssunto: Reembolso — protocolo «p»\n\n", n=P(cli.full), e=(cmail, "EMAIL_ADDRESS"),
          d=dom, dt=ts(t[0], "rfc"), p=g.protocol())
    kind = g.pick(["conta", "conta_terceiro", "pix_cpf", "pix_aleatoria", "pix_tel", "pix_email"])
    holder = cli
    doc.f("Boa tarde. Conforme combinado com o SAC, segue onde receber o reembolso de R$ «v»:\n", v=v)
    if kind == "conta":
        doc.f("«b» — agência «ag» — conta corrente «cc» — titular «n», CPF «c»\n", b=g.pick(["Itaú", "Bradesco", "Caixa", "Banco do Brasil", "Nubank"]),
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), n=P(cli.full), c=(g.cpf(), "BR_CPF"))
    elif kind == "conta_terceiro":
        holder = g.spouse(cli)
        doc.f("Não tenho conta no meu nome, pode ser na da minha «k»: «b», ag. «ag», conta «cc», «n», CPF «c»\n",
              k="esposa" if holder.female else "marido", b=g.pick(["Caixa", "Sicoob", "Inter", "Santander"]), ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), n=P(holder.full), c=(g.cpf(), "BR_CPF"))
    elif kind == "pix_cpf":
        doc.f("Pix na chave CPF: «c»\n", c=(g.cpf(), "BR_CPF"))
    elif kind == "pix_aleatoria":
        doc.f("Pix, chave aleatória: «k»\n", k=(g.uuid(), "PIX_KEY"))
    elif kind == "pix_tel":
        doc.f("Pix no meu celular «t»\n", t=(g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER"))
    else:
        doc.f("Pix no e-mail «e»\n", e=(g.email(cli, g.pick(["gmail.com", "hotmail.com"])), "EMAIL_ADDRESS"))
    doc.f("\n«n»\n", n=P(g.pick([cli.first, cli.full])))
    doc.f("\n---\nDe: «a» <«ae»>\nPara: «s» <«se»>\nData: «dt»\n\n«sf», favor aprovar o reembolso de R$ «v» ao cliente «n» (contrato «k»). "
          "Caução capturada em duplicidade pelo adquirente.\n", a=P(an.full), ae=(corp_mail(an, dom, g), "EMAIL_ADDRESS"), s=P(sup.full),
          se=(smail, "EMAIL_ADDRESS"), dt=ts(t[1], "rfc"), sf=P(sup.first), v=v, n=P(cli.caps), k=g.contrato())
    doc.f("\n---\nDe: «s»\nData: «dt»\n\nAprovado. Centro de custo «cc».\n", s=(smail, "EMAIL_ADDRESS"), dt=ts(t[2], "rfc"),
          cc=f"{g.d(4)}.{g.d(3)}")
    doc.f("\n---\nDe: financeiro@«d»\nPara: «e»\nData: «dt»\n\nSegue o comprovante.\n\n", d=dom, e=(cmail, "EMAIL_ADDRESS"),
          dt=ts(t[3], "rfc"))
    doc.f("COMPROVANTE DE TRANSFERÊNCIA «tp»\nValor: R$ «v»\nData: «d»\nID da transação: «id»\nPagador: «l» — CNPJ «c»\n"
          "Recebedor: «n» — CPF «m»\n", tp="PIX" if kind.startswith("pix") else "TED", v=v, d=ts(t[3], "brs"),
          id=("E" + g.d(8) + t[3].strftime("%Y%m%d%H%M") + g.hexs(11, True)) if kind.startswith("pix") else g.d(20),
          l=legal, c=(g.any_cnpj(), "BR_CNPJ"), n=P(holder.caps), m=g.masked_cpf())
    return doc


def fi_repasse_multas(g: Gen) -> Doc:
    """A rental's monthly report of traffic fines re-billed to customers (table), with the fines unit's note."""
    doc = Doc()
    legal, brand, dom = rental(g)
    comp = g.day()
    doc.f("«b» — Núcleo de Multas — repasse de infrações — «m»/«y»\nRelatório gerado por «u» em «d»\n\n", b=brand, m=f"{comp.month:02d}",
          y=comp.year, u=g.pick(["rpt_multas", "job.nucleo.multas", "sistema"]), d=ts(g.moments(1, comp, 1)[0], "br"))
    rows = []
    custs = []
    for _ in range(g.ri(5, 8)):
        code, desc, grav, val = g.pick(INFRACTIONS)
        p = g.person()
        custs.append(p)
        st = g.pick(["INDICADO", "INDICADO", "COBRADO", "CONTESTADO", "NÃO INDICADO (NIC)"])
        rows.append([V(g.ait()), V(g.pick(ORGAOS)), (g.plate(), "LICENSE_PLATE"), V(dbr(g.after(comp, -75, -20))), V(code), V(val),
                     P(g.pick([p.caps, fold(p.short).upper(), p.inverted])), (g.cpf(), "BR_CPF"), V(g.contrato()), V(st)])
    table_ruled(doc, ["AIT", "Órgão", "Placa", "Data", "Cód.", "Valor", "Cliente", "CPF", "Contrato", "Situação"], rows,
                g.pick(["psql", "plus", "pipe", "plain"]))
    an = g.person(female=g.chance(0.6))
    c1, c2 = g.sample(custs, 2)
    doc.f("\nObservações («a»):\n- «n» contestou: diz que devolveu o carro antes do horário da infração; pedido o log de devolução da loja.\n",
          a=P(g.pick([an.full, an.short])), n=P(g.pick([c1.full, c1.first])))
    if g.chance(0.6):
        third = g.person()
        doc.f("- «n» pediu a transferência da pontuação para «t» (CNH «h», CPF «c»), que dirigia o carro; enviado o FICI para assinatura.\n",
              n=P(c2.full), t=P(third.full), h=(g.cnh(), "BR_CNH"), c=(g.cpf(), "BR_CPF"))
    doc.f("- Taxa administrativa de R$ «t» por auto cobrada no cartão cadastrado ou por boleto. Lei 9.503/1997, art. 257.\n",
          t=g.pick(["45,00", "60,00", "50,00"]))
    return doc


FI = [fi_preaut_log, fi_fatura, fi_cobranca_avaria, fi_assinatura_csv, fi_fatura_frota, fi_reembolso, fi_repasse_multas]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<![\d.\- ])(?:\d{4}[ .-]?){3}\d{4}(?![ .-]?\d)")
ROLE_BOXES = ("sac", "dpo", "juridico", "ouvidoria", "avarias", "multas", "financeiro", "contratos", "sesmt", "rh", "reservas",
              "suporte", "protocolo")


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
            assert len(digits) == 11 and pis_dv(digits[:10]) == digits[10] and not cpf_ok(digits), (rid, v)
        elif lab == "BR_CNH":
            assert len(digits) == 11 and cnh_dv(digits[:9]) == digits[9:] and not cpf_ok(digits), (rid, v)
        elif lab == "BR_TITULO_ELEITOR":
            assert len(digits) == 12 and titulo_dv(digits[:8], digits[8:10]) == digits[10:], (rid, v)
        elif lab == "BR_RG":
            raw = re.sub(r"[^0-9X]", "", v)
            if re.fullmatch(r"\d{2}\.\d{3}\.\d{3}-[\dX]|\d{8}[\dX]", v):
                assert rg_sp_dv(raw[:8]) == raw[8], (rid, v)  # the SP form carries its check digit
            else:
                assert 7 <= len(digits) <= 11 and not cpf_ok(digits), (rid, v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (rid, v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (rid, v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|enf|téc|mm)\.?\s", v), (rid, v)
            assert not re.search(r"[0-9@_:]", v), (rid, v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert v.split("@")[0].lower() not in ROLE_BOXES, (rid, v)
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
            assert re.match(r"(CRM|COREN|OAB|CRF|CREFITO)(?![A-Z])", v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    # hard negatives: a CPF-shaped run outside the gold spans (RENAVAM, contract and protocol numbers) fails the CPF check
    for m in CPF_LIKE.finditer(text):
        if free(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, m.group(1))
    for m in re.finditer(r"(?<![\w:])2[0-9a-f]{3}:[0-9a-f:]+(/\d+)?", text):
        if free(m):
            assert m.group(1), (rid, m.group(0))
    for m in IPV4.finditer(text):
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, m.group(0))
    # 15-digit runs outside the spans are never valid CNS; 16-digit runs (TIDs) never pass Luhn
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, m.group(0))
    # every plate-shaped token outside the spans is a known non-plate (none are expected)
    for m in re.finditer(r"(?<![\w-])[A-Z]{3}-?\d[A-Z0-9]\d{2}(?![\w])", text):
        if free(m):
            raise AssertionError((rid, "unlabelled plate?", m.group(0)))


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
    folded -= set(PARTICLES)
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
    print("hundredsecond", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
