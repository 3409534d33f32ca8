"""Build the hundred-and-third labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredthird_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 10303, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets: OPHTHALMOLOGY CLINICS AND OPTICAL STORES (óticas) --
eye exams and refraction, glasses prescriptions (receita de óculos with OD/OE sphere, cylinder,
axis, DNP and near addition), contact lenses, cataract and refractive surgery (private, or in SUS
mutirões with the municipal van), anti-VEGF injections, diabetic-retinopathy screening by
tele-ophthalmology, and around them the stores' sales, lens warranties and their surfacing labs,
crediário and card installments, health-plan reimbursement of glasses, SUS billing (APAC / BPA),
commissions of optometrists and salespeople, consumer complaints, Procon, malpractice suits,
court experts and small-claims settlements.
Layouts vary heavily: WhatsApp exports (Android and iOS; sender by name or number), a
speech-to-text call transcript (lower case, no accents) with the receptionist's typed record, a
site chat with a virtual assistant and a human agent, one-line JSON logs, indented FHIR JSON,
HL7 v2 pipes, e-mail threads with headers, walk-in forms ("Campo: valor", ruled box, dotted
leaders), +---+ / psql / pipe / plain tables, semicolon / comma / tab CSV, a fixed-width
commission report (names cut at the field width), legal prose (complaint, petition, Procon form in
ALL CAPS, consent term with e-signature log, expert report, notice with AR / registry certificate,
hearing minutes), a DANFE, prescriptions with the store's stamp on the back.
- atendimento: (0) a WhatsApp chat with an optical store (the prescription typed out, lens and
  frame quote, crediário data: CPF -- sometimes first mistyped --, birth date, address, CEP, a
  personal reference with phone, e-mail; OS number, the store's own address and landline);
  (1) a speech-to-text call scheduling an exam (CPF read in groups or digit by digit, spoken
  birth date, the doctor, the phone read in groups, e-mail; sometimes a relative calls for the
  patient) and the receptionist's typed record; (2) a walk-in form at an optical store (customer
  or minor with the responsible adult's CPF and RG, address, CEP, phone, e-mail, anamnesis, the
  prescription presented with the doctor's CRM, attendant and fitter); (3) a contact-lens site
  chat (visitor IP, bot, agent named or "Atendente <brand>", CPF, birth date, address, CEP,
  phone, e-mail, a card typed in the chat or the store's CNPJ as Pix key); (4) an e-mail thread
  on a lens warranty claim (customer e-mail, X-Originating-IP, CPF, phone; the manager's corporate
  e-mail; the lab's CNPJ and technician; the customer's address for notices); (5) a municipal
  call list for a SUS cataract mutirão (patients with CNS, birth date, phone; the van's plate and
  driver; companions; the nurse's COREN); (6) one-line JSON events of a clinic's booking system
  (patient name, CPF, birth date, phone, e-mail, public client IP; receptionist's login and a
  private IP, not labelled) and the reception's note.
- juridico: (0) a complaint on consumidor.gov.br about wrong multifocal lenses (consumer's CPF,
  phone, e-mail; store's CNPJ; the salesperson; the doctor who measured the lenses with CRM; the
  store's answer; refund account or a CNJ number); (1) a malpractice lawsuit after LASIK / PRK /
  cataract / ICL surgery (author qualified with RG, CPF, address, CEP, e-mail; clinic's CNPJ;
  surgeon with CRM; post-operative ICD-10; lawyers with OAB, e-mail, phone); (2) a Procon record
  in ALL CAPS against a store's crediário (consumer with CPF, RG, birth date, address, CEP,
  phone; store's CNPJ and address; attendant, conciliator, preposto with RG); (3) an informed
  consent term (patient's CPF, birth date; surgeon with CRM and RQE; signature a rogo by a
  relative with CPF and phone; witnesses with CPF; e-signature log with e-mail, IP, CPF);
  (4) a court expert's report (CNJ number; expert and technical assistants with CRM; the examined
  party's birth date, RG, CPF; acuity table; answers); (5) an extrajudicial collection notice for
  an overdue crediário (CPF, address, CEP; installments; boleto; lawyer with OAB and e-mail) and
  the AR (receiver with RG, postman) or the registry certificate (clerk); (6) hearing minutes of
  a small-claims settlement (parties with CPF, RG, CNPJ; preposto; lawyers with OAB; refund to an
  agency and account, a random Pix key or a CPF Pix key; conciliator).
- saude: (0) an eye-exam report (birth date, CPF, sometimes phone; acuity table, refraction
  table, IOP, slit lamp, fundus, two ICD-10 codes; doctor with CRM and RQE); (1) a cataract
  operating note (SUS: CNS and APAC; private: CPF, plan and card number; surgeon, assistant,
  anaesthetist with CRM, circulating nurse with COREN, scrub nurse; IOL model, dioptre and lot;
  the municipal van's plate); (2) a diabetic-retinopathy screening CSV (name, CNS, CPF, birth
  date, HbA1c, grades, ICD-10, conduct; grading doctor CRM; nurse COREN; a patient's phone, new
  address and CEP); (3) a referral letter from a UBS doctor (CRM) or an optometrist (CROO) with
  patient's birth date, CNS, address, CEP, phone, and the counter-referral; (4) an HL7 v2 ORU
  message from a biometer / OCT (PID with CPF, name as FAMILY^GIVEN, compact birth date,
  address, CEP, phone; PV1 with the doctor's CRM and FAMILY^GIVEN) or a FHIR Bundle (Patient with
  CPF, CNS, family / given, birthDate, phone, address, postalCode; Observation performer with
  CRM); (5) one or two glasses prescriptions (clinic landline; name, age or birth date; OD/OE
  table; contact-lens block; doctor CRM, RQE) with the optical store's stamp on the back (store
  CNPJ, optician, sometimes CROO); (6) post-operative evolution notes (CPF, birth date, CNS for
  anti-VEGF; doctors with CRM; the nurse with COREN; the patient's phone, a companion).
- financeiro: (0) an optical store's sales CSV (customer, CPF on the invoice or masked / empty,
  phone, product, value, payment, installments, salesperson) with the till closing and a
  customer's company CNPJ and e-mail; (1) a one-line JSON TEF log of card installments (masked
  PANs or a full PAN leaked in a DEBUG line, holder names, CPF on the invoice; NSU, authorization
  codes, TIDs, private terminal IPs) with the security note (DPO's corporate e-mail);
  (2) a health-plan reimbursement request for glasses (beneficiary, dependant, card number not
  labelled, CPF, birth date, e-mail, phone; the doctor's CRM; the store's CNPJ; agency and
  account) with the analyst's e-mail; (3) a DANFE (store's CNPJ and landline; consumer's CPF,
  address, CEP, phone, e-mail; NCM items; access key; Lei 12.741/2012); (4) a fixed-width
  commission report (names cut at the field width, raw CPF, CROO of optometrists) and the RPA of
  a freelancer (CPF, NIT/PIS, address, CEP, agency, account); the HR contact's e-mail; (5) a
  crediário file (CPF, RG, sometimes título, birth date, address, CEP, phone, two personal
  references, a guarantor; installment table; the store's random Pix key or a boleto);
  (6) a clinic's SUS billing (clinic CNPJ, CNES; technical lead CRM; patients with CNS, birth
  date, SIGTAP codes, ICD-10, values; the auditor's remarks).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.",
"seu", "dona"; particles inside a name (de, da, do, das, dos, e) and suffixes (Filho, Júnior,
Neto, Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first names alone and nicknames, in
lower case or ALL CAPS too, are persons. Staff named in the text are persons: store attendants,
salespeople, fitters (montadores), opticians, optometrists, lab technicians, managers,
receptionists, nurses, surgeons, assistants, anaesthetists, scrub nurses, van drivers, court
experts and technical assistants, Procon attendants, conciliators, prepostos, postmen, registry
clerks, lawyers, analysts, DPOs, auditors. Logins and system users ("rh.folha", "comissao-job",
"sistema", receptionists' logins), agents shown as "Atendente <brand>" and the virtual assistants
("Íris", "Luz", "Clara", "Lumi", "Vitória") are not persons. Corporate e-mails of people are
EMAIL_ADDRESS; role mailboxes (sac@, garantia@) are not labelled. ADDRESS is street type + name +
number + complement, in full, abbreviated, ALL CAPS or lower case (not bairro, city, UF; the CEP
is BR_CEP). Agency and account are separate BANK_ACCOUNT spans; bank codes and names are not.
PIX_KEY only for random (UUID) keys, whoever owns them (a store's collection key too); a Pix key
that is a CPF or CNPJ takes that label. DATE_OF_BIRTH only for birth dates, in any form
(dd/mm/yyyy, d/m/yyyy, dd/mm/yy, ISO, long, compact HL7 yyyymmdd, spoken "12 do 3 de 71"); exam,
surgery, prescription, delivery, due, invoice, hearing and admission dates are not.
PROFESSIONAL_ID includes the council acronym and UF (CRM, COREN, OAB, and CROO for optometrists).
Masked values ("***.123.456-**", "final 1234", "516292******4431", "+55119****1234") are not
labelled.
Decisions of this set:
- CROO (Conselho Regional de Óptica e Optometria) registrations of optometrists and opticians
  are PROFESSIONAL_ID, like CRM; the RQE (the specialist's qualification number, printed after
  the CRM without council or UF) is not labelled.
- In HL7 v2 the PID-5 / PV1-7 name components (FAMILY^GIVEN) are one PERSON span each, like
  first_name / last_name columns; FHIR "family" and "given" likewise. The HL7 compact birth date
  (yyyymmdd) is DATE_OF_BIRTH; the raw 8-digit CEP component is BR_CEP; XAD-1 (street, number,
  complement) is ADDRESS.
- Eye-care values are never labelled: dioptres ("-2,75", "+1,25", "plano"), cylinders, axes
  ("180°", "x 90"), DNP, additions, acuities ("20/40", "J2", "CD 2m"), IOP in mmHg, keratometry,
  axial length, IOL models and powers, IOL lot / serial numbers, contact-lens parameters.
- Store, clinic and SUS ids are never labelled: OS (service order) and order numbers, crediário
  and carnê numbers, prontuário numbers, health-plan card numbers (17 digits or 16 failing Luhn),
  APAC numbers, CNES, SIGTAP codes ("04.05.05.037-2"), NF-e numbers, access keys and
  authorization protocols, state registrations (IE), NCM codes, complaint and Procon numbers,
  AR tracking codes, NSU, authorization codes, TIDs, boleto lines, envelope UUIDs and hashes.
- LICENSE_PLATE for the municipal vans that carry mutirão patients (old and Mercosul forms).
- A store's, clinic's, lab's or plan's CNPJ is BR_CNPJ (numeric and 2026 alphanumeric, dotted or
  raw); their addresses are never labelled; a person's home is ADDRESS. Store and clinic
  landlines are PHONE_NUMBER; 0800 numbers are not.
- IP_ADDRESS: public IPv4 / IPv6 of a chat visitor, an e-mail sender, a booking, a signer; the
  terminals' and logins' private addresses are not labelled.
- BR_CNS for patients' SUS cards (mutirão lists, operating notes, screening CSV, referrals, FHIR,
  SUS billing, anti-VEGF notes); BR_PIS for the NIT/PIS in the RPA; BR_TITULO_ELEITOR in the
  crediário file; CREDIT_CARD for full PANs typed in a chat or leaked in a log.
- Names cut by a fixed-width field are labelled as they stand.

Names: Brazilian names of many origins -- Portuguese common, north-eastern and old-fashioned,
coined, Italian, German, Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian, Angolan,
Senegalese, Bolivian, indigenous, Jewish, Venezuelan, Paraguayan, Polish/Ukrainian -- with rare or
invented name words well above a quarter (main() prints the share). Names that are also words
(Rosa, Luz, Flor, Vitória, Aurora, Celeste, Íris, Clara, Glória, Esperança, Socorro, Paz, Branca,
Bento, Prudente, Amado, Clemente, Severo, Justo, Sereno, Leão, Branco, Constante; surnames Rosa,
Branco, Prudente, Amado, Leão, Paz, Cruz, Luz, Guerra, Leal, Serra, Vale, Bonfim, Porto, Pedra)
are used as names and, elsewhere, as words and in companies, bots, places and streets, which are
not persons: Ótica Clara Vista, Luz & Foco Óticas, Ótica Íris, Ótica Prudente, Ótica Aurora,
Ótica Amado, Ótica Celeste, Olhar Sereno, Ótica Sabbag, Hospital de Olhos Bento Leal, Instituto
Clemente Falcão, Clínica de Olhos Vitória, Oftalmoclínica Paz & Luz, Instituto da Visão Rahal,
lab Serra Branca, Leão Lentes, the bots "Íris", "Luz", "Clara", "Vitória", UBS Jardim Aurora,
Vila Rosa, Bento Gonçalves, Presidente Prudente, Luz (MG), Aurora (CE), Esperança (PB), Rua
Prudente de Morais or Rua Barão de Mauá in a store's address, "a íris", "visão clara".

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(order and protocol numbers; the script checks every CPF-shaped run outside a gold span),
16-digit runs failing Luhn (TIDs, plan cards), 15-digit runs that are no valid CNS, dioptres,
axes and acuities, IOL models, lots and serials, OS / order / carnê / prontuário / APAC numbers,
SIGTAP and NCM codes, NF-e keys, boleto lines, money, exam / surgery / due dates, ICD-10 codes
(H52.1, H52.0, H52.2, H52.4, H25.1, H26.9, H40.1, H36.0, E11.3, H35.3, H18.6, T85.2, H59.0,
H44.0, H33.0, Z96.1), laws and articles (Lei 8.078/1990, arts. 6, 14, 18, 42, 43 and 52 do CDC,
art. 951 do Código Civil, Lei 9.099/1995, Lei 1.060/1950, Lei 12.741/2012, Lei 13.709/2018,
Decreto 2.181/1997, Decreto 24.492/1934), the stores' and clinics' own addresses, streets, stores
and clinics named after people, private IPs, masked cards, CPFs and phones.
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
SEED = 10303
OUT_NAME = "hundredthird.jsonl"

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
RARE_F = ["Zuleide", "Iracilda", "Cremilda", "Odenilde", "Adenilza", "Brasilina", "Cleonice", "Deuzuíte", "Eloína", "Francinete", "Gercina", "Ivoneide", "Lindaura",
          "Marileide", "Odaléia", "Quitéria", "Rozimeire", "Solenir", "Zenóbia", "Anaílde", "Clotilde", "Dejanira",
          "Erundina", "Florentina", "Georgina", "Hermínia", "Jandira", "Laudelina", "Maurília", "Noêmia", "Petronília",
          "Kethlen", "Ysadora", "Myrella", "Thaynara", "Kessya", "Emanuely", "Yngrid", "Jhulia", "Lauanda", "Rhayane",
          "Sthéfany", "Cleidimar", "Valquíria", "Edinalva", "Josicleide", "Nerivalda", "Aucilene", "Genoveva"]
RARE_M = ["Oziel", "Belarmino", "Jocélio", "Valdecy", "Agenor", "Belchior", "Claudionor", "Deusdete", "Epaminondas", "Florisvaldo", "Gumercindo", "Ireneu",
          "Jovelino", "Leôncio", "Manoelito", "Osvaldino", "Policarpo", "Romualdo", "Salustiano", "Tertuliano",
          "Valfredo", "Aderbal", "Benevides", "Deoclécio", "Euclides", "Heráclito", "Jurandir", "Ladislau", "Maykon",
          "Wanderson", "Kleberson", "Ueslei", "Ruan", "Kayky", "Davyd", "Uelington", "Jhemerson", "Rickelme", "Thyago",
          "Kalebe", "Natanael", "Josivaldo", "Erisvaldo", "Genival", "Zózimo", "Anacleto", "Hidelbrando", "Ozório"]
# Given names that are also everyday words (and Marian names built on words).
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Glória", "Esperança", "Socorro", "Dores", "Graça",
          "Maria do Socorro", "Maria das Dores", "Maria da Glória", "Maria da Luz", "Rosa Maria", "Paz", "Branca", "Íris",
          "Clara", "Íris", "Clara"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Severo", "Justo", "Inocêncio", "Sereno", "Leão", "Branco",
          "Vitório", "Constante", "Fiel"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Monteiro", "Farias", "Conceição", "Jesus", "Castro", "Correia", "Pinto", "Machado"]
RARE_SUR = ["Cordeiro Galvão", "Pimentel Barreto", "Sobreira", "Brennand", "Albuquerque Maranhão", "Bezerra de Menezes", "Cunegundes", "Damasceno", "Falcão", "Grangeiro", "Jacó",
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

# (legal name, brand, e-mail domain, the store's own address: never labelled)
OTICAS = [("Ótica Clara Vista Comércio Óptico Ltda.", "Ótica Clara Vista", "oticaclaravista.com.br", "Rua Barão de Mauá, 212, loja 3"),
          ("Luz & Foco Artigos Ópticos Ltda.", "Luz & Foco Óticas", "luzefoco.com.br", "Av. Bento Gonçalves, 1550, sala 2"),
          ("Ótica Íris Comércio de Lentes EIRELI", "Ótica Íris", "oticairis.com.br", "Rua Prudente de Morais, 88"),
          ("Ótica Prudente Ltda.", "Ótica Prudente", "oticaprudente.com.br", "Av. Sete de Setembro, 1021, térreo"),
          ("Aurora do Olhar Óptica Ltda.", "Ótica Aurora", "oticaaurora.com.br", "Rua da Aurora, 455, loja B"),
          ("Rede Visão Certa Óticas S.A.", "Visão Certa", "visaocerta.com.br", "Shopping Flor de Lis, piso L2, loja 214"),
          ("Ótica Amado & Filhos Ltda.", "Ótica Amado", "oticaamado.com.br", "Praça Rosa e Silva, 30"),
          ("Ótica Estrela Dalva ME", "Ótica Estrela Dalva", "estreladalva.net.br", "Rua Estrela Dalva, 1200"),
          ("Sabbag Óptica e Relojoaria Ltda.", "Ótica Sabbag", "oticasabbag.com.br", "Rua Doutor Munir Sabbag, 17"),
          ("Olhar Sereno Óptica Ltda.", "Olhar Sereno", "olharsereno.com.br", "Av. Getúlio Vargas, 3300, loja 5"),
          ("Ótica Celeste Ltda.", "Ótica Celeste", "oticaceleste.com.br", "Travessa do Socorro, 41")]
CLINICS = [("Hospital de Olhos Bento Leal S.A.", "Hospital de Olhos Bento Leal", "hobentoleal.com.br", "Av. Santos Dumont, 2626"),
           ("Instituto de Oftalmologia Clemente Falcão Ltda.", "Instituto Clemente Falcão", "iocf.med.br", "Rua Senador Pompeu, 900"),
           ("Clínica de Olhos Vitória Ltda.", "Clínica de Olhos Vitória", "olhosvitoria.com.br", "Rua Castro Alves, 150, 3º andar"),
           ("Centro de Visão Aurora Ltda.", "Centro de Visão Aurora", "cvaurora.com.br", "Av. Dom Pedro II, 1780"),
           ("Oftalmoclínica Paz & Luz S/S", "Oftalmoclínica Paz & Luz", "pazeluz.med.br", "Rua Frei Caneca, 560, sala 1204"),
           ("Hospital de Olhos Santa Luzia Ltda.", "HO Santa Luzia", "hosantaluzia.com.br", "Av. Marechal Deodoro, 1400"),
           ("Instituto da Visão Rahal & Gattas Ltda.", "Instituto da Visão Rahal", "ivrahal.com.br", "Alameda das Acácias, 70"),
           ("Clínica Oftalmológica Serra Branca Ltda.", "Oftalmo Serra Branca", "oftalmoserrabranca.com.br", "Rua Tiradentes, 345")]
LABS = [("Laboratório Óptico Serra Branca Ltda.", "lab Serra Branca"), ("Surfalens Indústria de Lentes Ltda.", "Surfalens"),
        ("Prisma Lab Óptico Ltda.", "Prisma Lab"), ("Leão Lentes Surfaçagem e Montagem Ltda.", "Leão Lentes"),
        ("Óptica Industrial Vale do Sol Ltda.", "Vale do Sol Lab")]
PLANS = [("Amparo Saúde", "amparosaude.com.br"), ("Unimed Vale Sereno", "unimedvs.coop.br"), ("Bradesco Saúde", "bradescosaude.com.br"),
         ("SulAmérica", "sulamerica.com.br"), ("Cassi", "cassi.com.br"), ("Saúde Caixa", "saudecaixa.com.br"),
         ("Plano Leal Vida", "lealvida.com.br"), ("GEAP", "geap.org.br")]
LENSES = ["Varilux Comfort Max 1.67 Crizal Sapphire", "Zeiss SmartLife Progressive 1.6 DuraVision Platinum",
          "Hoya Hoyalux iD MyStyle 1.67 BlueControl", "Kodak Unique DNEye 1.59 policarbonato", "visão simples 1.56 antirreflexo",
          "visão simples 1.61 filtro azul", "multifocal digital 1.50 Transitions Gen S", "Essilor Stellest (controle de miopia)",
          "bifocal ultex 1.50 incolor", "ocupacional Zeiss Officelens 1.5", "visão simples 1.74 Crizal Rock", "Varilux Physio 3.0 1.59"]
FRAMES = ["Ray-Ban RB5154 Clubmaster", "Oakley OX8046 Airdrop", "Vogue VO5286", "armação acetato Flor de Lis AC-0451",
          "Chilli Beans LV.AC.0731", "Tecnol TN3061", "Ana Hickmann AH1370", "Carrera 8823/V", "Silhouette 5529 titânio",
          "armação infantil Grow GW1012", "Speedo SP4025 flex", "Ray-Ban RX7047 Junior"]
CONTACTS = ["Acuvue Oasys 1-Day", "Biofinity Toric", "Air Optix plus HydraGlyde", "Dailies Total1", "Solflex Natural Colors",
            "SofLens 59", "Acuvue Oasys for Astigmatism", "Biofinity Multifocal", "Avaira Vitality", "Precision1"]
CIDS = [("H52.1", "miopia"), ("H52.0", "hipermetropia"), ("H52.2", "astigmatismo"), ("H52.4", "presbiopia"),
        ("H25.1", "catarata senil nuclear"), ("H26.9", "catarata não especificada"), ("H40.1", "glaucoma primário de ângulo aberto"),
        ("H36.0", "retinopatia diabética"), ("E11.3", "diabetes mellitus tipo 2 com complicações oftálmicas"),
        ("H35.3", "degeneração da mácula"), ("H18.6", "ceratocone"), ("H10.3", "conjuntivite aguda"), ("H16.0", "úlcera de córnea"),
        ("H53.0", "ambliopia"), ("H50.0", "estrabismo convergente"), ("H04.1", "olho seco")]
POSTOP = [("T85.2", "complicação mecânica de lente intraocular"), ("H59.0", "síndrome vítrea após cirurgia de catarata"),
          ("H44.0", "endoftalmite purulenta"), ("H33.0", "descolamento de retina com defeito retiniano"),
          ("H18.1", "ceratopatia bolhosa"), ("H26.4", "catarata secundária (opacificação da cápsula posterior)"),
          ("H18.7", "ectasia corneana pós-LASIK"), ("H57.1", "dor ocular")]
SIGTAP = [("04.05.05.037-2", "Facoemulsificação com implante de lente intra-ocular dobrável", "771,60"),
          ("04.05.05.009-7", "Facectomia com implante de lente intra-ocular", "623,60"),
          ("02.11.06.010-0", "Fundoscopia", "3,37"), ("02.11.06.017-8", "Retinografia colorida binocular", "24,24"),
          ("03.01.01.007-2", "Consulta médica em atenção especializada", "10,00"), ("02.11.06.025-9", "Tonometria", "3,37"),
          ("04.05.03.005-3", "Injeção intra-vítreo", "47,36"), ("02.11.06.002-0", "Biometria ultrassônica (monocular)", "24,24"),
          ("04.05.05.015-1", "Fotocoagulação a laser", "67,65"), ("02.11.06.012-7", "Mapeamento de retina", "24,24")]
LIOS = ["AcrySof IQ SN60WF", "Tecnis ZCB00", "AcrySof IQ PanOptix TFNT00", "Tecnis Eyhance ICB00", "enVista MX60",
        "RayOne Aspheric RAO600C", "Clareon CNA0T0", "AcrySof Toric SN6AT3"]
OPTO_SCHOOLS = ["Universidade do Contestado", "ULBRA", "Faculdade de Optometria do Vale", "UNIFAP"]
# The stores' and clinics' virtual assistants (never persons).
BOTS = ["Íris", "Luz", "Clara", "Lumi", "Vitória"]


def dio(g: "Gen", lo: float, hi: float, zero: str = "plano") -> str:
    """A dioptre value in quarter steps, Brazilian decimal comma ("-2,75", "+1,25", "plano")."""
    q = g.ri(int(lo * 4), int(hi * 4)) / 4
    if q == 0:
        return g.pick([zero, "0,00"])
    return f"{q:+.2f}".replace(".", ",")


def axis(g: "Gen") -> str:
    return g.pick([f"{g.ri(0, 36) * 5}°", f"{g.ri(0, 36) * 5}", f"{g.pick([180, 90, 175, 5, 10, 170])}°"])


def acuity(g: "Gen") -> str:
    return g.pick(["20/20", "20/25", "20/30", "20/40", "20/60", "20/80", "20/100", "20/200", "20/400", "CD 2m", "MM", "1,0", "0,8",
                   "0,6", "0,5", "0,3", "0,1", "20/20 parcial", "J1", "J2"])


def rx(g: "Gen", presby: bool | None = None) -> dict:
    """A glasses prescription: OD/OE sphere, cylinder, axis, DNP and the near addition."""
    base = dio(g, -7.5, 4.5)
    out = {}
    for eye in ("OD", "OE"):
        sph = base if g.chance(0.4) else dio(g, -8, 5)
        cyl = dio(g, -3.5, 0, "—") if g.chance(0.75) else "—"
        out[eye] = {"esf": sph, "cil": cyl, "eixo": axis(g) if cyl not in ("—", "plano", "0,00") else "—",
                    "dnp": f"{g.ri(28, 35)}{g.pick(['', ',5'])}"}
    presby = g.chance(0.4) if presby is None else presby
    out["add"] = f"+{g.pick(['0,75', '1,00', '1,25', '1,50', '1,75', '2,00', '2,25', '2,50', '2,75', '3,00'])}" if presby else ""
    return out


def rx_table(doc: "Doc", r: dict, style: str) -> None:
    """The OD/OE block of a prescription, as a ruled table, a line per eye or a compact line."""
    if style == "table":
        doc.t("        ESF      CIL      EIXO    DNP\n")
        for eye in ("OD", "OE"):
            e = r[eye]
            doc.t(f"  {eye}    {e['esf']:<8} {e['cil']:<8} {e['eixo']:<7} {e['dnp']}\n")
        if r["add"]:
            doc.t(f"  Adição: {r['add']} (AO)\n")
    elif style == "pipe":
        doc.t("| Olho | Esférico | Cilíndrico | Eixo | DNP |\n|---|---|---|---|---|\n")
        for eye in ("OD", "OE"):
            e = r[eye]
            doc.t(f"| {eye} | {e['esf']} | {e['cil']} | {e['eixo']} | {e['dnp']} mm |\n")
        if r["add"]:
            doc.t(f"ADD {r['add']}\n")
    else:
        for eye in ("OD", "OE"):
            e = r[eye]
            doc.t(f"{eye} {e['esf']} {e['cil'] if e['cil'] != '—' else ''} {('x ' + e['eixo']) if e['eixo'] != '—' else ''}".rstrip() + "\n")
        if r["add"]:
            doc.t(f"add {r['add']}\n")


def otica(g: "Gen") -> tuple:
    return g.pick(OTICAS)


def clinic(g: "Gen") -> tuple:
    return g.pick(CLINICS)


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

    # ----------------------------------------------------------------- optical / clinic ids (never labelled)
    def os_num(self) -> str:
        return self.pick([f"OS {self.d(6)}", f"OS-{self.ri(2024, 2026)}/{self.d(5)}", f"#{self.d(7)}", f"Pedido {self.d(8)}",
                          f"{self.up(2)}{self.d(7)}", f"OS nº {self.d(5)}"])

    def pedido(self) -> str:
        return self.pick([f"{self.d(4)}-{self.d(6)}", f"PED{self.d(9)}", self.neg(11), f"{self.ri(2024, 2026)}{self.d(7)}"])

    def prontuario(self) -> str:
        return self.pick([self.d(6), f"{self.d(3)}.{self.d(3)}", f"PR-{self.d(7)}", f"{self.d(7)}-{self.d(1)}"])

    def carteirinha(self) -> str:
        """A health-plan card number (never labelled): 17 digits or a 16-digit run that fails Luhn."""
        return self.pick([f"{self.d(1)} {self.d(3)} {self.d(6)} {self.d(6)}", self.d(17), self.neg(16),
                          f"{self.d(4)}.{self.d(4)}.{self.d(6)}.{self.d(2)}-{self.d(1)}"])

    def apac(self) -> str:
        return f"{self.ri(23, 26)}{self.d(1)}{self.d(10)}"

    def lote(self) -> str:
        return self.pick([f"Lote {self.d(8)}", f"SN {self.d(11)}", f"lote {self.up(2)}{self.d(6)}", f"série {self.d(10)}"])

    def nf_num(self) -> str:
        return f"{self.ri(1, 99):03d}.{self.d(3)}.{self.d(3)}" if self.chance(0.5) else str(self.ri(1000, 99999))

    def chave_nfe(self) -> str:
        return " ".join(self.d(4) for _ in range(11))

    def nsu(self) -> str:
        return self.d(self.pick([6, 9, 12]))

    def authcode(self) -> str:
        return self.pick([self.d(6), self.up(1) + self.d(5), self.d(3) + self.up(3)])

    def tid(self) -> str:
        return self.pick([f"{self.d(10)}{self.up(1)}{self.d(4)}{self.up(1)}{self.d(3)}", self.neg(16), self.hexs(20, True)])

    def boleto(self) -> str:
        """A bank slip's digitable line (never labelled); no 11-digit run in it."""
        bank = self.pick(["341", "237", "001", "104", "033", "756"])
        return (f"{bank}9{self.d(1)}.{self.d(5)} {self.d(5)}.{self.d(6)} {self.d(5)}.{self.d(6)} {self.d(1)} "
                f"{self.ri(9000, 9999)}{self.d(10)}")

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}-AE"])
        if kind == "CROO":
            return self.pick([f"CROO/{uf} {self.ri(100, 9999)}", f"CROO-{uf} nº {self.ri(100, 9999)}", f"CROO {uf} {self.ri(100, 9999)}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {self.d(5)}", f"CRF/{uf} nº {self.d(4)}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])

    def rqe(self) -> str:
        return self.pick([f"RQE {self.ri(1000, 99999)}", f"RQE nº {self.ri(1000, 99999)}"])


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


def at_whats_otica(g: Gen) -> Doc:
    """WhatsApp export between a customer and an optical store: the prescription typed out, lenses, price, crediário data."""
    doc = Doc()
    legal, brand, dom, saddr = otica(g)
    cli = g.person()
    att = g.person(female=g.chance(0.7))
    ios = g.chance(0.4)
    by_num = g.chance(0.75)
    ddd, local = g.msisdn()
    cli_num = g.fmt_phone(ddd, local, "wa")
    cli_name = g.pick([cli.short, cli.first, cli.full, cli.nick])
    shop = g.pick([brand, f"{brand} 👓", f"{brand} - Vendas"])
    ms = iter(g.moments(24, None, 3, (8, 21)))

    def say(who: str, template: str, **kw) -> None:
        wa_stamp(doc, next(ms), ios)
        if who == "s":
            doc.t(shop)
        elif by_num:
            doc.e(cli_num, "PHONE_NUMBER")
        else:
            doc.e(cli_name, "PERSON")
        doc.t(": ")
        doc.f(template + "\n", **kw)

    if ios:
        doc.t("[Mensagens e chamadas são protegidas com a criptografia de ponta a ponta.]\n")
    say("c", g.pick(["boa tarde, queria um orçamento de lente, vou mandar a receita", "Oi! Vcs fazem óculos com a receita do oftalmo?",
                     "bom dia tem armação infantil? minha filha precisa usar oculos"]))
    say("s", "Olá! Aqui é «a», da «b» 😊 Pode mandar a foto da receita sim.", a=P(g.pick([att.first, att.first, att.short])), b=brand)
    say("c", "<anexo: IMG-{}-WA00{}.jpg>".format(g.day().strftime("%Y%m%d"), g.d(2)))
    r = rx(g)
    oph = g.person()
    say("s", "Recebi! Conferindo aqui: a receita é «t» «d», de «dt»:", t="da Dra." if oph.female else "do Dr.", d=P(oph.short),
        dt=g.date("br"))
    rx_table(doc, r, "line")
    say("s", "Para esse grau indico «l» (R$ «v» o par), visão clara também dirigindo à noite. Com a armação «f» fica R$ «t» em até «p»x sem juros no cartão ou no crediário.",
        l=g.pick(LENSES), v=g.money(290, 2900), f=g.pick(FRAMES), t=g.money(600, 4200), p=g.pick([3, 5, 6, 10, 12]))
    say("c", g.pick(["nossa ta salgado kkk tem algo mais em conta?", "e a garantia?", "ok, faz no crediário então", "fechado!"]))
    say("s", "A lente tem garantia de «m» meses contra defeito de fabricação e de «a» dias de adaptação (para multifocal). "
        "O prazo do laboratório é de «d» dias úteis.", m=g.pick([6, 12, 12, 24]), a=g.pick([30, 60, 90]), d=g.ri(5, 15))
    say("s", "Para o cadastro do crediário preciso de: nome completo, CPF, data de nascimento, endereço com CEP e uma referência.")
    if g.chance(0.25):
        say("c", "«n» cpf «c»", n=P(cli.low), c=g.neg_cpf())
        say("s", "Esse CPF deu inválido no sistema, confere pra mim?")
        say("c", "ai desculpa, é «c»", c=(g.cpf(), "BR_CPF"))
        say("c", "nasci «b»", b=(g.dob(g.pick(["br", "nopad", "short"]), 1945, 2004), "DATE_OF_BIRTH"))
    else:
        say("c", g.pick(["«n»\nCPF: «c»\nNasc: «b»", "«n» - «c» - «b»", "nome «n» cpf «c» nascimento «b»"]),
            n=P(g.pick([cli.full, cli.caps, cli.low])), c=(g.cpf(), "BR_CPF"), b=(g.dob(g.pick(["br", "nopad", "short", "long"]), 1945, 2004), "DATE_OF_BIRTH"))
    cid, uf = g.city()
    say("c", "«a», «bb», «ci» - cep «ce»", a=(g.address(), "ADDRESS"), bb=g.pick(BAIRROS), ci=cid, ce=(g.cep(g.chance(0.8)), "BR_CEP"))
    ref = g.person()
    say("c", g.pick(["referência: minha «k» «n» «t»", "ref «n» («k») fone «t»"]), k=g.pick(["irmã", "vizinha", "mãe", "cunhada", "patroa"]),
        n=P(g.pick([ref.full, ref.first, ref.short])), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        say("s", "E um e-mail pra mandar o carnê digital?")
        say("c", "«e»", e=(g.email(cli), "EMAIL_ADDRESS"))
    os_ = g.os_num()
    say("s", "Cadastro aprovado ✅ Sua «o» foi aberta. Pode passar aqui na loja («a») pra tirar as medidas da DNP e altura "
        "com a armação escolhida. Atendimento seg a sex 9h às 18h, sáb até 13h.", o=os_, a=saddr)
    if g.chance(0.45):
        say("s", "Qualquer dúvida o fixo da loja é «t».", t=(g.landline(), "PHONE_NUMBER"))
    say("c", g.pick(["obrigad«o» «a»!", "valeu", "Obrigad«o» 🙏"]), o=cli.o, a=P(fold(att.first).lower() if g.chance(0.4) else att.first))
    return doc


def at_ligacao_agenda(g: Gen) -> Doc:
    """Speech-to-text transcript (lower case, no accents) of a call scheduling an eye exam, with the receptionist's wrap-up."""
    doc = Doc()
    legal, brand, dom, caddr = clinic(g)
    att = g.person(female=g.chance(0.75))
    pac = g.person()
    doc_ = g.person()
    t0 = g.moments(1, None, 1, (7, 19))[0]
    exam = g.pick(["consulta de rotina com refracao", "mapeamento de retina", "exame de fundo de olho", "campimetria",
                   "topografia de cornea", "consulta pre operatoria de catarata", "teste do olhinho", "retinografia"])
    doc.f("transcricao automatica | central de agendamento «b» | «d» | ramal «r» | duracao «m»\n\n", b=fold(brand).lower(),
          d=ts(t0, "brs"), r=g.ri(200, 260), m=f"{g.ri(3, 12):02d}:{g.ri(0, 59):02d}")
    fa = fold(att.first).lower()
    doc.f("atendente: «b» «p» «a» falando\n", b=fold(brand).lower(), a=P(fa),
          p="boa tarde" if t0.hour >= 12 else "bom dia")
    caller = pac
    other = None
    if g.chance(0.35):
        other = g.relative(pac)
        caller = other
        doc.f("paciente: oi e pra marcar um «e» pra minha «k» «n»\n", e=exam, k=g.pick(["mae", "avo", "tia", "sogra"]),
              n=P(pac.low))
    else:
        doc.f("paciente: oi «a» eu queria marcar um «e»\n", a=P(fa) if g.chance(0.4) else "moca", e=exam)
    doc.t("atendente: e pelo convenio ou particular\n")
    conv = g.chance(0.6)
    if conv:
        pl = g.pick(PLANS)[0]
        doc.f("paciente: convenio «p» a carteirinha e «c»\n", p=fold(pl).lower(), c=" ".join(g.carteirinha().replace(" ", "").replace(".", "").replace("-", "")[i:i + 4] for i in range(0, 16, 4)))
    else:
        doc.f("paciente: particular quanto fica\natendente: a consulta fica «v» reais com a dilatacao\n", v=g.pick(["duzentos e cinquenta", "trezentos", "cento e oitenta", "quatrocentos"]))
    doc.t("atendente: me passa o cpf do paciente por favor\n")
    n = g.cpf_digits()
    doc.f("paciente: «c»\n", c=(stt_cpf(g, n), "BR_CPF"))
    doc.f("atendente: data de nascimento\npaciente: «b»\n", b=(stt_dob(g, 1938, 2020), "DATE_OF_BIRTH"))
    d1 = g.after(t0.date(), 3, 45)
    doc.f("atendente: tenho com «tt» «dr» dia «d» as «h» pode ser\n", tt="a doutora" if doc_.female else "o doutor",
          dr=P(g.pick([fold(doc_.short).lower(), fold(doc_.first).lower()])), d=fold(dbr(d1, "low")), h=g.pick(["oito e meia", "duas da tarde", "dez e quinze", "quatro horas", "nove"]))
    doc.t("paciente: pode sim\n")
    if exam in ("mapeamento de retina", "exame de fundo de olho", "consulta pre operatoria de catarata", "consulta de rotina com refracao"):
        doc.t("atendente: vai dilatar a pupila entao nao pode vir dirigindo tem que vir com acompanhante e trazer os oculos que usa\n")
    ddd, local = g.msisdn()
    doc.f("atendente: um telefone com whatsapp pra confirmacao\npaciente: «t»\n", t=(g.fmt_phone(ddd, local, "stt"), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("atendente: e um email\npaciente: «e»\n", e=(g.email(caller), "EMAIL_ADDRESS"))
    newp = g.chance(0.5)
    if newp:
        adr, cep = g.address("stt"), g.cep(False)
        doc.f("atendente: como e a primeira vez preciso do endereco com cep\npaciente: «a» cep «c»\n", a=(adr, "ADDRESS"),
              c=(g.pick([cep, " ".join(cep[i:i + 2] for i in range(0, 8, 2)), f"{cep[:5]} {cep[5:]}"]), "BR_CEP"))
    doc.f("atendente: o endereco da clinica e «a» ta bom\npaciente: ta obrigad«o»\n\n", a=fold(caddr).lower(), o=caller.o)
    doc.f("--- registro (digitado por «u») ---\n", u=login(att, g))
    kv = [("Paciente", P(g.pick([pac.caps, pac.full]))), ("CPF", (g.pick([fmt_cpf(n), n]), "BR_CPF")),
          ("Exame", V(exam)), ("Data/hora", V(dbr(d1) + " " + g.hm())), ("Médico", P(doc_.full))]
    if conv:
        kv.append(("Convênio", V(pl)))
    kv.append(("Celular", (g.fmt_phone(ddd, local, g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")))
    if other is not None:
        kv.append(("Contato/acompanhante", P(other.full)))
    if newp:
        kv.append(("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP")))
    kv.append(("Protocolo", V(g.protocol())))
    kv_block(g, doc, kv, g.pick(["lines", "dots"]))
    return doc


def at_ficha_otica(g: Gen) -> Doc:
    """Walk-in form (ficha de atendimento / cadastro) of an optical store or a refraction clinic."""
    doc = Doc()
    legal, brand, dom, saddr = otica(g)
    cli = g.person()
    att = g.person(female=g.chance(0.6))
    cid, uf = g.city()
    minor = g.chance(0.3)
    doc.f("«b» — «a» — «c»/«u»\nFICHA DE ATENDIMENTO Nº «n»     Data: «d»\n\n", b=brand.upper(), a=saddr, c=cid, u=uf, n=g.d(6),
          d=g.date("br"))
    if minor:
        kid = g.relative(cli)
        fields = [("Cliente (menor)", P(kid.full)), ("Nascimento", (g.dob(g.pick(["br", "nopad"]), 2010, 2021), "DATE_OF_BIRTH")),
                  ("Responsável", P(g.pick([cli.full, cli.caps]))), ("CPF do responsável", (g.cpf(), "BR_CPF")),
                  ("RG do responsável", (g.rg(), "BR_RG"))]
    else:
        fields = [("Nome", P(g.pick([cli.full, cli.caps]))), ("CPF", (g.cpf(), "BR_CPF")),
                  ("RG", (g.rg(), "BR_RG")), ("Data nasc.", (g.dob(g.pick(["br", "nopad", "dot"]), 1940, 2006), "DATE_OF_BIRTH"))]
    fields += [("Endereço", (g.address(g.pick(["text", "text", "caps"])), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS))),
               ("Cidade/UF", V(f"{cid}/{uf}")), ("CEP", (g.cep(), "BR_CEP")), ("Celular", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.6):
        fields.append(("E-mail", (g.email(cli), "EMAIL_ADDRESS")))
    fields.append(("Profissão", V(g.pick(["professora", "motorista", "do lar", "estudante", "costureira", "aposentado", "digitador", "ourives"]))))
    fields.append(("Como conheceu", V(g.pick(["Instagram", "indicação", "passou em frente", "Google", "panfleto do mutirão"]))))
    kv_block(g, doc, fields, g.pick(["lines", "box", "dots"]))
    doc.t("\nANAMNESE\n")
    doc.f("Usa óculos? «a»   Usa lente de contato? «b»   Última consulta: «c»\nQueixa: «q»\n",
          a=g.pick(["SIM", "NÃO", "sim, há 2 anos"]), b=g.pick(["não", "sim (gelatinosa)", "NÃO"]), c=g.pick(["2022", "não lembra", g.date("br", 2023)]),
          q=g.pick(["embaçamento para longe", "dor de cabeça ao ler", "não enxerga o quadro na escola", "vista cansada à noite",
                    "arde muito no computador", "quer trocar só a armação"]))
    doc.t("\nRECEITA APRESENTADA\n")
    rx_table(doc, rx(g), g.pick(["table", "pipe"]))
    m = g.person()
    doc.f("Médico: «m» («c»)   Validade da receita: «v»\n", m=P(g.pick([m.full, m.short, m.caps])),
          c=(g.council("CRM", uf), "PROFESSIONAL_ID"), v=g.pick(["1 ano", "6 meses", "não informada"]))
    doc.f("\nLente: «l»\nArmação: «f»\nOS: «o»   Entrega prevista: «e»\n", l=g.pick(LENSES), f=g.pick(FRAMES), o=g.os_num(), e=g.date("br"))
    doc.f("Atendente: «a»   Montador: «m»\n", a=P(g.pick([att.first, att.short, att.full])), m=P(g.person().first))
    doc.t("Declaro que conferi os dados acima e autorizo o tratamento deles para fins de venda e garantia (Lei 13.709/2018).\n")
    doc.t("Assinatura: ____________________\n")
    return doc


def at_chat_lentes(g: Gen) -> Doc:
    """Site chat of a contact-lens e-commerce: bot, then a human agent; visitor IP; prescription, delivery, card typed in."""
    doc = Doc()
    legal, brand, dom, saddr = otica(g)
    bot = g.pick(BOTS)
    cli = g.person()
    ag = g.person(female=g.chance(0.6))
    t = seq_times(g, 30, 15, 140)
    it = iter(t)
    ip = g.ip()
    doc.f("Transcrição do chat — «b» Lentes Online — sessão «s»\nVisitante: «ip» | «ua» | página: /lentes-de-contato/«p»\n\n",
          b=brand, s=g.hexs(12), ip=(ip, "IP_ADDRESS"), ua=g.pick(["Chrome 124 / Android 14", "Safari / iOS 17.4", "Edge 125 / Windows 11"]),
          p=g.pick(["acuvue-oasys", "biofinity-toric", "dailies-total1", "coloridas"]))
    human = g.pick([True, True, False])
    agent_name = ag.first if human else None

    def say(who: str, template: str, **kw) -> None:
        doc.t(f"[{next(it).strftime('%H:%M:%S')}] ")
        if who == "b":
            doc.t(f"{bot} (assistente virtual)")
        elif who == "a":
            if human:
                doc.e(agent_name, "PERSON")
            else:
                doc.t(f"Atendente {brand}")
        else:
            doc.t("Você")
        doc.t(": ")
        doc.f(template + "\n", **kw)

    say("b", "Oi! Eu sou a «b», assistente virtual 💙 Como posso ajudar?", b=bot)
    say("c", g.pick(["quero comprar lente tórica com a receita nova", "meu pedido não chegou", "a lente veio com grau errado"]))
    say("b", "Vou te transferir para um especialista, só um instante.")
    say("a", "Olá, tudo bem? Me informa seu nome completo e CPF, por favor.")
    say("c", "«n» «c»", n=P(g.pick([cli.full, cli.low])), c=(g.cpf(), "BR_CPF"))
    say("a", "Obrigad«o»! Para lente de contato precisamos da receita específica de lente (não vale a de óculos).", o="a" if ag.female else "o")
    r = rx(g, False)
    say("c", "OD «a» «b» «c» / OE «d» «e» «f», curva base 8,6, diâmetro 14,5", a=r["OD"]["esf"], b=r["OD"]["cil"].replace("—", ""),
        c=r["OD"]["eixo"].replace("—", ""), d=r["OE"]["esf"], e=r["OE"]["cil"].replace("—", ""), f=r["OE"]["eixo"].replace("—", ""))
    say("a", "Perfeito. Caixa de «l» sai por R$ «v» cada (leve 4, pague 3). Data de nascimento para o cadastro?", l=g.pick(CONTACTS), v=g.money(89, 420))
    say("c", "«b»", b=(g.dob(g.pick(["br", "nopad", "short"]), 1960, 2007), "DATE_OF_BIRTH"))
    say("a", "Endereço de entrega com CEP?")
    cid, uf = g.city()
    say("c", "«a» - «bb» - «ci»/«u» «ce»", a=(g.address(g.pick(["text", "low"])), "ADDRESS"), bb=g.pick(BAIRROS), ci=cid, u=uf,
        ce=(g.cep(g.chance(0.7)), "BR_CEP"))
    say("c", "meu cel «t» e email «e»", t=(g.phone(), "PHONE_NUMBER"), e=(g.email(cli), "EMAIL_ADDRESS"))
    if g.chance(0.4):
        say("c", "pode passar no cartão? «k» validade «v» «cv»", k=(g.card(g.chance(0.6)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}",
            cv=g.d(3))
        say("a", "Por favor, não envie dados de cartão no chat! Vou mascarar a mensagem. O pagamento é só pelo link seguro 🔒")
    else:
        say("c", "vou pagar no pix")
        say("a", "Gerei o QR Code no valor de R$ «v». A chave é o CNPJ da loja, «cn».", v=g.money(150, 1400), cn=(g.any_cnpj(), "BR_CNPJ"))
    say("a", "Pedido «p» criado. Prazo de entrega «d» dias úteis. Obrigad«o», «n»!", p=g.pedido(), d=g.ri(3, 12),
        o="a" if ag.female else "o", n=P(cli.first))
    doc.f("\n-- fim do atendimento · avaliação: «s» estrelas --\n", s=g.ri(1, 5))
    return doc


def at_email_garantia(g: Gen) -> Doc:
    """E-mail thread on a lens warranty claim (antireflexo peeling, multifocal not adapting) with the store and its lab."""
    doc = Doc()
    legal, brand, dom, saddr = otica(g)
    lab, labs = g.pick(LABS)
    cli = g.person()
    mgr = g.person(female=g.chance(0.5))
    cmail = g.email(cli)
    t = g.moments(4, None, 12, (8, 22))
    os_ = g.os_num()
    prob = g.pick(["o antirreflexo está descascando nas duas lentes", "não me adaptei à multifocal, vejo tudo torto nas laterais",
                   "a lente do olho esquerdo veio com grau diferente da receita", "apareceu uma trinca na lente perto do parafuso",
                   "o fotossensível não escurece mais"])
    doc.f("From: «n» <«e»>\nTo: sac@«d»\nDate: «t»\nSubject: Garantia lente - «o»\nX-Originating-IP: [«ip»]\n\n", n=P(cli.full), e=(cmail, "EMAIL_ADDRESS"),
          d=dom, t=ts(t[0], "rfc"), o=os_, ip=(g.ip_pub(), "IP_ADDRESS"))
    doc.f("Boa tarde,\n\nComprei óculos com vocês em «d» («o») e «p». Ainda estou dentro da garantia. Meu CPF é «c» e meu telefone «f».\n"
          "Quero a troca ou o dinheiro de volta, paguei R$ «v» em «x»x.\n\nAtt,\n«n»\n\n", d=g.date("br"), o=os_, p=prob,
          c=(g.cpf(), "BR_CPF"), f=(g.phone(), "PHONE_NUMBER"), v=g.money(450, 3800), x=g.pick([3, 6, 10]), n=P(g.pick([cli.first, cli.full])))
    mm = corp_mail(mgr, dom, g)
    doc.f("From: «n» <«e»>\nTo: «c»\nDate: «t»\nSubject: RE: Garantia lente - «o»\n\n", n=P(mgr.full), e=(mm, "EMAIL_ADDRESS"),
          c=(cmail, "EMAIL_ADDRESS"), t=ts(t[1], "rfc"), o=os_)
    doc.f("Prezad«o» «n»,\n\nLamentamos o ocorrido. Encaminhamos as lentes ao «l» (CNPJ «cj») para análise técnica. "
          "Se confirmado o defeito, a troca é feita sem custo, conforme art. 18 do CDC (Lei 8.078/1990). "
          "Pedimos que traga os óculos à loja («a»).\n\n«m»\nGerente — «b»\n\n", o=cli.o, n=P(cli.first), l=lab, cj=(g.any_cnpj(), "BR_CNPJ"),
          a=saddr, m=P(g.pick([mgr.full, mgr.short])), b=brand)
    tech = g.person()
    doc.f("---------- Mensagem encaminhada ----------\nDe: garantia@«ld»\nData: «t»\nAssunto: Laudo OS «o»\n\n", ld=re.sub(r"[^a-z]", "", fold(labs).lower()) + ".com.br",
          t=ts(t[2], "mail"), o=os_.replace("OS ", "").replace("OS-", "").replace("OS nº ", ""))
    verdict = g.pick(["defeito de fabricação confirmado (delaminação do tratamento)", "mau uso: riscos e produto de limpeza inadequado",
                      "centragem fora da DNP informada pela loja (erro de montagem)", "grau conferido no lensômetro conforme receita"])
    doc.f("Lente OD: «a» / OE: «b» — lote «lo»\nParecer: «v»\nTécnico responsável: «te»\n\n", a=dio(g, -6, 4), b=dio(g, -6, 4), lo=g.lote(),
          v=verdict, te=P(g.pick([tech.full, tech.short])))
    if g.chance(0.5):
        doc.f("From: «n» <«e»>\nDate: «t»\n\nNão concordo. Vou registrar reclamação no Procon e no consumidor.gov. Meu endereço para "
              "eventual notificação: «a», CEP «ce».\n", n=P(cli.short), e=(cmail, "EMAIL_ADDRESS"), t=ts(t[3], "rfc"),
              a=(g.address(), "ADDRESS"), ce=(g.cep(), "BR_CEP"))
    return doc


def at_mutirao_agenda(g: Gen) -> Doc:
    """A municipal health department's call list for a SUS cataract mutirão: patients, CNS, transport van, drivers."""
    doc = Doc()
    legal, brand, dom, caddr = clinic(g)
    cid, uf = g.city()
    d0 = g.day()
    doc.f("PREFEITURA MUNICIPAL DE «c» — SECRETARIA MUNICIPAL DE SAÚDE\nCentral de Regulação / TFD\nMUTIRÃO DE CATARATA — «b» — «d»\n"
          "Lista de confirmação por telefone (operadora: «o»)\n\n", c=fold(cid).upper(), b=brand, d=dbr(d0), o=P(g.person(female=True).first))
    rows = []
    pats = []
    pickup = g.chance(0.55)
    for _ in range(g.ri(6, 9)):
        p = g.person()
        pats.append(p)
        status = g.pick(["CONFIRMADO", "CONFIRMADO", "CONFIRMADO", "NÃO ATENDE", "DESISTIU", "REMARCAR (gripe)", "recado c/ filha"])
        row = [P(g.pick([p.caps, p.capsf, p.full])), (g.cns(False), "BR_CNS"),
               (g.dob(g.pick(["br", "short"]), 1936, 1968), "DATE_OF_BIRTH"), (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")]
        if pickup:
            row.append((g.address(g.pick(["text", "caps"])), "ADDRESS") if g.chance(0.8) else V("leva na UBS"))
        rows.append(row + [V(g.pick(["OD", "OE"])), V(status)])
    table_ruled(doc, ["Paciente", "CNS", "Nasc.", "Telefone"] + (["Endereço p/ busca"] if pickup else []) + ["Olho", "Situação"], rows,
                g.pick(["plus", "pipe", "plain", "psql"]))
    drv = g.person(female=False)
    doc.f("\nTransporte: van «v» (placa «p»), motorista «m», saída às «h» da «l». Tel. do motorista: «t».\n",
          v=g.pick(["Sprinter", "Master", "Ducato", "micro-ônibus"]), p=(g.plate(), "LICENSE_PLATE"), m=P(g.pick([drv.full, drv.nick, drv.short])),
          h=g.pick(["4h30", "5h", "5h15", "6h"]), l=g.pick(["UBS Jardim Aurora", "praça da matriz", "rodoviária", "Secretaria de Saúde"]),
          t=(g.phone(), "PHONE_NUMBER"))
    p1, p2 = g.sample(pats, 2)
    doc.f("Obs.: «a» vai com acompanhante («b»); «c» usa colírio de glaucoma, levar receita. Levar documento com foto e cartão SUS. "
          "Jejum de 8h.\n", a=P(p1.first if g.chance(0.5) else p1.full), b=P(g.relative(p1).full), c=P(p2.full))
    if g.chance(0.5):
        doc.f("Ligar de novo para «n» no fixo do vizinho «t».\n", n=P(g.pick(pats).full), t=(g.landline(), "PHONE_NUMBER"))
    doc.f("Enfermeira responsável: «n» — «c»\n", n=P(g.person(female=True).full), c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def at_log_agendamento(g: Gen) -> Doc:
    """One-line JSON events of a clinic's online booking system (app / site), with the receptionist's notes."""
    doc = Doc()
    legal, brand, dom, caddr = clinic(g)
    t = g.moments(9, None, 2, (6, 23))
    it = iter(t)
    rec = g.person(female=g.chance(0.7))
    svc = g.pick(["agenda-api", "booking-svc", "portal-paciente"])
    for _ in range(g.ri(3, 5)):
        p = g.person()
        ev = {"ts": ts(next(it), "iso"), "level": "INFO", "svc": svc, "event": g.pick(["appointment.created", "appointment.rescheduled", "patient.updated"]),
              "patient": {"name": P(g.pick([p.full, p.caps])), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                          "birth_date": (g.dob("iso", 1940, 2018), "DATE_OF_BIRTH"), "phone": (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER")},
              "slot": {"date": dbr(g.day(), "iso"), "doctor_id": g.d(4), "exam": g.pick(["OCT", "campimetria", "consulta", "topografia", "biometria"])},
              "client_ip": (g.ip(), "IP_ADDRESS"), "channel": g.pick(["app-android", "app-ios", "site"])}
        if g.chance(0.5):
            ev["patient"]["email"] = (g.email(p), "EMAIL_ADDRESS")
        jval(doc, ev, None)
        doc.t("\n")
    ev = {"ts": ts(next(it), "iso"), "level": "WARN", "svc": svc, "event": "sms.failed", "to": g.pick(["+55119****" + g.d(4), "(**) *****-" + g.d(4)]),
          "reason": "invalid_number", "appointment_id": g.d(8)}
    jval(doc, ev, None)
    doc.t("\n")
    ev = {"ts": ts(next(it), "iso"), "level": "INFO", "svc": svc, "event": "login", "user": login(rec, g), "src": g.ip_priv()}
    jval(doc, ev, None)
    doc.t("\n\n")
    p = g.person()
    doc.f("Nota da recepção («r»): paciente «n» ligou do «t» dizendo que não recebeu o lembrete; confirmado o exame para «d». "
          "Pediu para falar com «tt» «m».\n", r=P(g.pick([rec.first, rec.full])), n=P(p.full), t=(g.phone(), "PHONE_NUMBER"), d=g.date("br"),
          tt=g.pick(["a Dra.", "o Dr.", "o médico"]), m=P(g.person().short))
    return doc


AT = [at_whats_otica, at_ligacao_agenda, at_ficha_otica, at_chat_lentes, at_email_garantia, at_mutirao_agenda, at_log_agendamento]


# =========================================================================== juridico

CIVIL = ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]
JOBS = ["professor", "engenheiro civil", "vendedor", "enfermeiro", "analista de sistemas", "comerciante", "autônomo",
        "motorista de aplicativo", "servidor público", "representante comercial", "arquiteto", "ourives", "costureiro",
        "técnico em eletrônica", "cabeleireiro", "corretor de imóveis", "estudante", "aposentado", "designer gráfico"]


def civil_of(g: Gen, p: Person) -> str:
    c = g.pick(CIVIL)
    if p.female and c != "em união estável":
        c = c[:-1] + "a"
    return c


def job_of(g: Gen, p: Person) -> str:
    j = g.pick(JOBS)
    if p.female:
        j = {"professor": "professora", "engenheiro civil": "engenheira civil", "vendedor": "vendedora", "enfermeiro": "enfermeira",
             "técnico em eletrônica": "técnica em eletrônica", "aposentado": "aposentada", "costureiro": "costureira",
             "cabeleireiro": "cabeleireira", "corretor de imóveis": "corretora de imóveis", "servidor público": "servidora pública"}.get(j, j)
    return j


def nat(p: Person) -> str:
    return "brasileira" if p.female else "brasileiro"


def firm_dom(g: Gen, law: Person) -> str:
    return g.pick([f"{re.sub(r'[^a-z]', '', fold(law.last).lower())}adv.com.br", f"{re.sub(r'[^a-z]', '', fold(law.last).lower())}advogados.com.br",
                   "gmail.com", "outlook.com"])


def qualify(g: Gen, doc: Doc, p: Person, rg: bool = True, email: bool = True, caps: bool = True) -> None:
    """'NAME, brasileira, casada, professora, RG ..., CPF ..., residente ..., CEP ..., e-mail ...'"""
    cid, uf = g.city()
    doc.f("«n», «na», «c», «j», ", n=P(p.caps if caps else p.full), na=nat(p), c=civil_of(g, p), j=job_of(g, p))
    if rg:
        doc.f("portador«a» do RG nº «r» «o», ", a="a" if p.female else "", r=(g.rg(), "BR_RG"), o=g.pick([f"SSP/{uf}", f"SSP-{uf}", f"SDS/{uf}"]))
    doc.f("inscrit«o» no CPF sob o nº «c», residente e domiciliad«o» na «a», «b», «ci»/«u», CEP «ce»", o=p.o, c=(g.cpf(), "BR_CPF"),
          a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), ci=cid, u=uf, ce=(g.cep(), "BR_CEP"))
    if email:
        doc.f(", endereço eletrônico «e»", e=(g.email(p), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f(", telefone «t»", t=(g.phone(), "PHONE_NUMBER"))


def lawyers(g: Gen, doc: Doc, uf: str, n: int | None = None) -> None:
    n = n or g.pick([1, 1, 2])
    for _ in range(n):
        law = g.person()
        doc.f("«n»\n«o»\n", n=P(g.pick([law.full, law.caps])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
        if g.chance(0.4):
            doc.f("«e» | «t»\n", e=(g.email(law, firm_dom(g, law)), "EMAIL_ADDRESS"), t=(g.landline(), "PHONE_NUMBER"))


def ju_reclamacao(g: Gen) -> Doc:
    """A consumer complaint on a complaints platform about defective lenses, the store's answer and the consumer's reply."""
    doc = Doc()
    legal, brand, dom, saddr = otica(g)
    cli = g.person()
    cid, uf = g.city()
    rid = f"{g.ri(2024, 2026)}.{g.d(2)}/{g.d(8)}"
    att = g.person(female=g.chance(0.6))
    d0 = g.day()
    doc.f("consumidor.gov.br — Reclamação nº «r»\nEmpresa: «e» (CNPJ «c»)\nConsumidor: «n»   CPF: «cp»   «ci»/«u»\n"
          "Telefone: «t»   E-mail: «m»\nData da abertura: «d»   Assunto: Produtos ópticos — vício de qualidade\n\n", r=rid, e=legal,
          c=(g.any_cnpj(), "BR_CNPJ"), n=P(cli.full), cp=(g.cpf(), "BR_CPF"), ci=cid, u=uf, t=(g.phone(), "PHONE_NUMBER"),
          m=(g.email(cli), "EMAIL_ADDRESS"), d=dbr(d0))
    doc.t("RELATO DO CONSUMIDOR\n")
    doc.f("Comprei em «d» óculos multifocais («l») na loja da «s», pedido «o», no valor de R$ «v» parcelado em «x»x no cartão. "
          "Desde a entrega sinto tontura e a visão para perto não funciona. Voltei «k» vezes; a vendedora «a» disse que era "
          "\"adaptação\". Um oftalmologista («m», «cr») mediu as lentes e constatou adição +«ad» quando a receita pede +«rq». "
          "Peço a devolução do valor pago (art. 18, § 1º, II, do CDC).\n\n", d=dbr(g.after(d0, -120, -20)), l=g.pick(LENSES), s=saddr, o=g.os_num(),
          v=g.money(900, 4500), x=g.pick([6, 8, 10, 12]), k=g.pick(["três", "quatro", "cinco"]), a=P(g.pick([att.first, att.full])),
          m=P(g.person().full), cr=(g.council("CRM", uf), "PROFESSIONAL_ID"), ad=g.pick(["1,50", "1,75", "2,00"]), rq=g.pick(["2,50", "2,25", "2,75"]))
    resp = g.person()
    doc.f("RESPOSTA DA EMPRESA («d»)\nPrezad«o» «n», lamentamos. Nosso laboratório confirmou divergência na adição e já refizemos as "
          "lentes sem custo. Caso prefira o estorno, solicitamos os dados bancários. Atenciosamente, «r» — Relacionamento «b».\n\n",
          d=dbr(g.after(d0, 2, 9)), o=cli.o, n=P(cli.first), r=P(resp.full), b=brand)
    if g.chance(0.5):
        doc.f("RÉPLICA DO CONSUMIDOR\nQuero o estorno. «bk», agência «ag», conta «ac», titular eu mesm«o».\n\n",
              bk=g.pick(["Banco do Brasil", "Caixa", "Itaú", "Nubank (260)", "Bradesco", "Sicredi"]), ag=(g.agency(), "BANK_ACCOUNT"),
              ac=(g.account(), "BANK_ACCOUNT"), o=cli.o)
    else:
        doc.f("RÉPLICA DO CONSUMIDOR\nNão resolvido. Vou ajuizar ação no Juizado. Processo anterior da loja: «c».\n\n", c=g.cnj())
    doc.f("Avaliação: «a» | Nota «n»/5 | Situação: «s»\n", a=g.pick(["Resolvida", "Não resolvida"]), n=g.ri(1, 5),
          s=g.pick(["Finalizada avaliada", "Encerrada"]))
    return doc


def ju_inicial_cirurgia(g: Gen) -> Doc:
    """A malpractice lawsuit after refractive or cataract surgery: parties, facts, CID, requests, lawyers."""
    doc = Doc()
    legal, brand, dom, caddr = clinic(g)
    aut = g.person()
    cid, uf = g.city()
    surg = g.person()
    proc = g.pick(["cirurgia refrativa a laser (LASIK)", "PRK (ceratectomia fotorrefrativa)", "facoemulsificação com implante de LIO",
                   "implante de lente fácica (ICL)", "crosslinking corneano"])
    cd, cn = g.pick(POSTOP)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» VARA CÍVEL DA COMARCA DE «c» — «u»\n\n", v=g.pick(["1ª", "3ª", "5ª", "12ª"]),
          c=fold(cid).upper(), u=uf)
    qualify(g, doc, aut)
    doc.f(", vem, por seus advogados, propor\n\nAÇÃO DE INDENIZAÇÃO POR DANOS MATERIAIS, MORAIS E ESTÉTICOS\n\nem face de «l», inscrita no CNPJ "
          "sob o nº «cn», com sede na «a», e de «s», médic«o» oftalmologista, «cr», pelos fatos a seguir.\n\n", l=legal.upper(),
          cn=(g.any_cnpj(), "BR_CNPJ"), a=caddr, s=P(g.pick([surg.caps, surg.full])), o="a" if surg.female else "o",
          cr=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    d0 = g.day()
    doc.f("I — DOS FATOS\n\nEm «d», «a» Autor«x» submeteu-se a «p» no olho «o», realizada pel«y» segund«y» Ré«x2». O exame pré-operatório "
          "(paquimetria de «pq» µm, topografia e refração «r») não apontava contraindicação registrada em prontuário. "
          "No «k» dia de pós-operatório, sobreveio «cn» (CID-10 «cd»), com acuidade visual de «av» no olho operado, "
          "conforme relatório «tt» «m» («cm»).\n\n", d=dbr(d0), a="a" if aut.female else "o", x="a" if aut.female else "",
          p=proc, o=g.pick(["direito (OD)", "esquerdo (OE)", "direito"]), y="a" if surg.female else "o", x2="" if surg.female else "",
          pq=g.ri(468, 540), r=f"{dio(g, -9, -1)} {dio(g, -3, 0, '0,00')} x {axis(g)}", k=g.pick(["2º", "5º", "10º", "30º"]), cn=cn,
          cd=cd, av=g.pick(["20/200", "CD 1m", "MM", "20/400", "20/100"]), tt=g.pick(["da Dra.", "do Dr.", "da médica assistente,", "do médico assistente,"]),
          m=P(g.person().full), cm=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.f("O caso foi objeto de reclamação no CRM-«u» e «a» Autor«x» juntou o prontuário «pr». A responsabilidade da clínica é objetiva "
          "(art. 14 do CDC) e a do médico decorre de culpa (art. 951 do Código Civil e art. 14, § 4º, do CDC).\n\n",
          u=uf, pr=g.prontuario(), a="a" if aut.female else "o", x="a" if aut.female else "")
    doc.f("II — DOS PEDIDOS\na) a condenação solidária ao pagamento de R$ «a» a título de danos materiais; b) R$ «b» por danos morais; "
          "c) custeio do tratamento, inclusive «t»; d) a inversão do ônus da prova (art. 6º, VIII, do CDC); e) a gratuidade da justiça "
          "(Lei 1.060/1950).\n\nDá-se à causa o valor de R$ «v».\n\n«c», «d».\n\n", a=g.money(4000, 30000), b=g.money(20000, 150000),
          t=g.pick(["transplante de córnea", "lente escleral", "vitrectomia", "troca da LIO"]), v=g.money(50000, 300000),
          c=cid, d=dbr(g.after(d0, 60, 400), "long"))
    lawyers(g, doc, uf)
    return doc


def ju_procon(g: Gen) -> Doc:
    """A Procon complaint record (ficha / CIP) against an optical store's crediário, ALL CAPS form, with the hearing."""
    doc = Doc()
    legal, brand, dom, saddr = otica(g)
    cli = g.person()
    cid, uf = g.city()
    att = g.person()
    n = f"{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}"
    doc.f("PROCON «c»/«u» — FICHA DE ATENDIMENTO Nº «n»\nTIPO: CIP — CARTA DE INFORMAÇÕES PRELIMINARES\n\n", c=fold(cid).upper(), u=uf, n=n)
    doc.t("DADOS DO CONSUMIDOR\n")
    kv_block(g, doc, [("NOME", P(cli.capsf)), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
                      ("DATA DE NASCIMENTO", (g.dob(g.pick(["br", "dot"]), 1945, 2004), "DATE_OF_BIRTH")),
                      ("ENDEREÇO", (g.address("caps"), "ADDRESS")), ("CEP", (g.cep(g.chance(0.7)), "BR_CEP")),
                      ("TELEFONE", (g.phone(), "PHONE_NUMBER"))] + ([("TÍTULO ELEITORAL", (g.titulo(), "BR_TITULO_ELEITOR"))] if g.chance(0.3) else [])
             + ([("E-MAIL", (g.email(cli).upper(), "EMAIL_ADDRESS"))] if g.chance(0.5) else []), g.pick(["lines", "box"]))
    doc.t("\nDADOS DO FORNECEDOR\n")
    kv_block(g, doc, [("RAZÃO SOCIAL", V(legal.upper())), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("ENDEREÇO", V(saddr.upper()))],
             g.pick(["lines", "box"]))
    d0 = g.day()
    doc.f("\nRELATO\nCONSUMIDOR«a» ADQUIRIU ÓCULOS DE GRAU EM «d» NO CREDIÁRIO PRÓPRIO DA LOJA (CARNÊ «ca», «x» PARCELAS DE R$ «v»). "
          "QUITOU A «k»ª PARCELA E MESMO ASSIM TEVE O NOME INCLUÍDO NO SPC EM «s». ALEGA AINDA QUE A LENTE «l» FOI TROCADA POR OUTRA "
          "MAIS BARATA. APRESENTOU COMPROVANTES DE PAGAMENTO (PIX, AUTENTICAÇÃO «au»).\n",
          a="A" if cli.female else "", d=dbr(d0), ca=g.d(7), x=g.pick([6, 8, 10, 12]), v=g.money(60, 380), k=g.ri(3, 10),
          s=dbr(g.after(d0, 120, 300)), l=fold(g.pick(LENSES)).upper(), au=g.hexs(10, True))
    doc.f("FUNDAMENTAÇÃO: ARTS. 6º, 18, 42 E 43 DO CDC (LEI 8.078/1990); DECRETO 2.181/1997.\n\n"
          "AUDIÊNCIA DE CONCILIAÇÃO DESIGNADA PARA «d» ÀS «h», SALA 3.\n", d=dbr(g.after(d0, 150, 330)), h=g.pick(["9H", "10H30", "14H", "15H30"]))
    doc.f("\nATENDENTE: «a» — MATRÍCULA «m»\nCONCILIADOR(A): «c»\n", a=P(g.pick([att.capsf, fold(att.short).upper()])), m=g.d(6),
          c=P(fold(g.person().full).upper()))
    if g.chance(0.5):
        rep = g.person()
        doc.f("\nTERMO DE AUDIÊNCIA: PRESENTE O PREPOSTO «p», RG «r», QUE PROPÔS A EXCLUSÃO DA NEGATIVAÇÃO EM 5 DIAS E A ENTREGA DE NOVAS "
              "LENTES. CONSUMIDOR«a» ACEITOU. ACORDO CUMPRIDO? ( ) SIM ( ) NÃO\n", p=P(rep.capsf), r=(g.rg(), "BR_RG"), a="A" if cli.female else "")
    return doc


def ju_termo_consentimento(g: Gen) -> Doc:
    """Informed-consent term for cataract / refractive surgery, with witnesses and sometimes the e-signature log."""
    doc = Doc()
    legal, brand, dom, caddr = clinic(g)
    pac = g.person()
    cid, uf = g.city()
    surg = g.person()
    proc = g.pick(["FACOEMULSIFICAÇÃO COM IMPLANTE DE LENTE INTRAOCULAR", "CIRURGIA REFRATIVA (LASIK / PRK)", "INJEÇÃO INTRAVÍTREA DE ANTIANGIOGÊNICO",
                   "TRABECULECTOMIA", "CROSSLINKING DE CÓRNEA"])
    scrm = g.council("CRM", uf)
    doc.f("«b»\nTERMO DE CONSENTIMENTO LIVRE E ESCLARECIDO\n«p»\n\n", b=legal.upper(), p=proc)
    doc.f("Eu, «n», CPF «c», RG «rg», residente na «ad», CEP «ce», nascid«o» em «d», prontuário «pr», declaro que fui informad«o» pel«y» Dr«z». «s» («cr», «rq») sobre "
          "o procedimento acima no olho «e», seus benefícios, alternativas e riscos, entre eles: infecção (endoftalmite), aumento da "
          "pressão intraocular, edema de córnea, descolamento de retina, necessidade de óculos para perto ou longe após a cirurgia "
          "e resultado refracional diferente do planejado (erro de ± 0,50 D a ± 1,00 D no cálculo da LIO).\n\n",
          n=P(g.pick([pac.full, pac.caps])), c=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), ad=(g.address(), "ADDRESS"), ce=(g.cep(), "BR_CEP"),
          o=pac.o, d=(g.dob(g.pick(["br", "long", "nopad"]), 1935, 2000), "DATE_OF_BIRTH"),
          pr=g.prontuario(), y="a" if surg.female else "o", z="a" if surg.female else "", s=P(surg.full),
          cr=(scrm, "PROFESSIONAL_ID"), rq=g.rqe(), e=g.pick(["DIREITO", "ESQUERDO", "direito", "esquerdo"]))
    doc.f("Lente prevista: «l», «p» D (biometria de «b»). Anestesia: «a».\n", l=g.pick(LIOS), p=dio(g, 14, 26).lstrip("+"), b=g.date("br"),
          a=g.pick(["tópica + sedação", "peribulbar", "tópica"]))
    doc.t("Autorizo o uso de imagens do exame para fins científicos, sem identificação (Lei 13.709/2018, art. 11).\n\n")
    if g.chance(0.35):
        resp = g.relative(pac)
        doc.f("Paciente não alfabetizad«o»: assina a rogo «r», «k», CPF «c», tel. «t». Impressão digital do polegar direito: [▒▒]\n",
              o=pac.o, r=P(resp.full), k=g.pick(["filho(a)", "neta", "sobrinho", "esposa"]), c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("«c», «d».\n\n_______________________ Paciente\n_______________________ «s» — «cr»\n", c=cid, d=g.date("long"), s=P(surg.full),
          cr=(scrm, "PROFESSIONAL_ID"))
    for _ in range(2):
        w = g.person()
        doc.f("Testemunha: «n» — CPF «c»\n", n=P(g.pick([w.full, w.short])), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        env = g.uuid()
        t = g.moments(2, None, 1, (7, 22))
        doc.f("\n--- Log de assinatura eletrônica (envelope «e») ---\n", e=env)
        for who, tt in ((pac, t[0]), (surg, t[1])):
            doc.f("«t» | «n» | «m» | IP «ip» | CPF «c» | SHA-256 «h»\n", t=ts(tt, "iso"), n=P(who.full),
                  m=(g.email(who) if who is pac else corp_mail(who, dom, g), "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"),
                  c=(g.cpf(), "BR_CPF"), h=g.hexs(16) + "…")
    return doc


def ju_laudo_pericial(g: Gen) -> Doc:
    """The court expert's report (laudo pericial) in a malpractice suit: acuity table, answers to the questions."""
    doc = Doc()
    legal, brand, dom, caddr = clinic(g)
    aut = g.person()
    cid, uf = g.city()
    per = g.person()
    doc.f("LAUDO PERICIAL MÉDICO — OFTALMOLOGIA\nProcesso nº «c»\n«v» Vara Cível de «ci»/«u»\nAutor«a»: «n»\nRéus: «l» e «s»\n\n",
          c=g.cnj(), v=g.pick(["2ª", "4ª", "7ª", "1ª"]), ci=cid, u=uf, a="a" if aut.female else "", n=P(aut.full), l=legal,
          s=P(g.person().full))
    pcrm = g.council("CRM", uf)
    doc.f("Perit«o» do Juízo: «p», «cr», «rq»\n", o="a" if per.female else "o", p=P(per.full), cr=(pcrm, "PROFESSIONAL_ID"),
          rq=g.rqe())
    if g.chance(0.6):
        doc.f("Assistente técnico do autor: «a1» («c1»)\n", a1=P(g.person().full), c1=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("Assistente técnico dos réus: «a2»\n\n", a2=g.pick(["não indicado", "não compareceu"]) if g.chance(0.4) else
          P(g.person().full))
    doc.f("1. IDENTIFICAÇÃO\nPericiand«o»: «n», nascid«o» em «d», RG «r», CPF «c». Exame realizado em «e», às «h», em consultório na «a».\n\n",
          o=aut.o, n=P(aut.full), d=(g.dob(g.pick(["br", "long"]), 1945, 1995), "DATE_OF_BIRTH"), r=(g.rg(), "BR_RG"),
          c=(g.cpf(), "BR_CPF"), e=g.date("br"), h=g.hm(), a=g.pick(["Rua Castro Alves, 88, sala 402", "Av. Tiradentes, 1500, cj. 71", caddr]))
    doc.t("2. EXAME OFTALMOLÓGICO\n")
    rows = []
    for eye in ("OD", "OE"):
        rows.append([V(eye), V(acuity(g)), V(acuity(g)), V(f"{g.ri(9, 28)} mmHg"), V(g.pick(["transparente", "leucoma central", "edema +/4+", "LIO tópica", "opacidade capsular"]))])
    table_ruled(doc, ["Olho", "AV s/c", "AV c/c", "PIO", "Córnea/cristalino"], rows, g.pick(["plus", "pipe", "plain"]))
    cd, cn = g.pick(POSTOP)
    doc.f("\nDiagnóstico: «c» (CID-10 «d»). Nexo causal com o procedimento de «x»: «n».\n\n", c=cn, d=cd, x=g.date("br"),
          n=g.pick(["presente", "provável", "não estabelecido", "presente, sem indício de imperícia"]))
    doc.t("3. RESPOSTA AOS QUESITOS\n")
    qs = ["Houve falha no dever de informação?", "A técnica empregada era adequada?", "Há sequela permanente?", "Há redução da capacidade laborativa?"]
    for k, q in enumerate(g.sample(qs, 3), 1):
        doc.f("Quesito «k»: «q» — «r»\n", k=k, q=q, r=g.pick(["Sim.", "Não.", "Prejudicado.", "Parcialmente; ver item 2.", "Sim, de 30% (tabela SUSEP)."]))
    doc.f("\nHonorários periciais: R$ «v». «c», «d».\n«p» — «cr»\n", v=g.money(2500, 9000), c=cid, d=g.date("long"), p=P(per.full),
          cr=(pcrm, "PROFESSIONAL_ID"))
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Extrajudicial collection notice for an optical store's overdue crediário, and the post-office AR / registry certificate."""
    doc = Doc()
    legal, brand, dom, saddr = otica(g)
    cli = g.person()
    cid, uf = g.city()
    law = g.person()
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: «l», CNPJ «c», estabelecida em «a», «ci»/«u».\nNOTIFICAD«o»: «n», CPF «cp», "
          "residente na «ad», «b», CEP «ce».\n\n", l=legal, c=(g.any_cnpj(), "BR_CNPJ"), a=saddr, ci=cid, u=uf, o="A" if cli.female else "O",
          n=P(g.pick([cli.caps, cli.full])), cp=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), ce=(g.cep(), "BR_CEP"))
    doc.f("Prezad«o» Senhor«a», consta em aberto o crediário referente à «x» (óculos com lentes «l»), conforme quadro:\n\n",
          o=cli.o, x=g.os_num(), l=g.pick(LENSES), a="a" if cli.female else "")
    d0 = g.day()
    rows = []
    for k in range(g.ri(3, 6)):
        rows.append([V(f"{k + 1 + g.ri(0, 3):02d}/{g.pick([10, 12])}"), V(dbr(g.after(d0, 30 * k, 30 * k))), V(g.money(80, 350)),
                     V(g.pick(["vencida", "vencida", "protestada"]))])
    table_ruled(doc, ["Parcela", "Vencimento", "Valor R$", "Situação"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.f("\nFica V. Sa. notificad«o» a quitar o débito de R$ «v» (com multa de 2% e juros de 1% a.m., art. 52, § 1º, do CDC) em 10 "
          "dias, por boleto («b») ou Pix, sob pena de inclusão nos cadastros de proteção ao crédito e cobrança judicial.\n\n",
          o=cli.o, v=g.money(300, 2500), b=g.boleto())
    doc.f("«c», «d».\n«n» — «o»\n«e»\n\n", c=cid, d=g.date("long"), n=P(law.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          e=(g.email(law, firm_dom(g, law)), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        rec = g.relative(cli)
        doc.f("AVISO DE RECEBIMENTO — AR «a»\nRecebido em «d» por: «n» (grau de parentesco: «k»), documento RG «r».\nCarteiro: «c» — matr. «m»\n",
              a=f"{g.up(2)}{g.d(9)}BR", d=g.date("br"), n=P(g.pick([rec.full, rec.caps])), k=g.pick(["filha", "irmã", "neta", "nora"]) if rec.female else g.pick(["filho", "irmão", "neto", "genro"]),
              r=(g.rg(), "BR_RG"), c=P(g.person().short), m=g.d(8))
    else:
        clerk = g.person()
        doc.f("CERTIDÃO — «z»º Ofício de Registro de Títulos e Documentos de «ci»\nCertifico que notifiquei «n» em «d», às «h», que "
              "recebeu e assinou a contrafé. Dou fé. Escrevente: «e».\n", z=g.ri(1, 9), ci=cid, n=P(cli.full), d=g.date("br"), h=g.hm(),
              e=P(clerk.full))
    return doc


def ju_acordo(g: Gen) -> Doc:
    """A settlement reached at the small-claims court between a customer and a store / clinic, with the refund account."""
    doc = Doc()
    legal, brand, dom, saddr = g.pick([otica(g), clinic(g)])
    cli = g.person()
    cid, uf = g.city()
    doc.f("PODER JUDICIÁRIO — JUIZADO ESPECIAL CÍVEL DE «c»/«u»\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nProcesso: «p»\n\n", c=fold(cid).upper(),
          u=uf, p=g.cnj())
    doc.f("Aberta a audiência em «d», às «h», presentes: a parte autora, «n», CPF «cp», RG «r»", d=g.date("br"), h=g.hm(),
          n=P(g.pick([cli.caps, cli.full])), cp=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"))
    if g.chance(0.5):
        law = g.person()
        doc.f(", acompanhad«o» d«x» advogad«x» «l» («ob»)", o=cli.o, x="a" if law.female else "o", l=P(law.full),
              ob=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    prep = g.person()
    doc.f("; a parte ré, «l», CNPJ «c», representada pel«x» preposto «p», RG «r»", l=legal, c=(g.any_cnpj(), "BR_CNPJ"),
          x="a" if prep.female else "o", p=P(prep.full), r=(g.rg(), "BR_RG"))
    law2 = g.person()
    doc.f(", e «x» advogad«x» «n» («o»).\n\n", x="a" if law2.female else "o", n=P(law2.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    v = g.money(400, 8000)
    doc.f("Proposta a conciliação, as partes celebraram ACORDO nos seguintes termos: a ré pagará à parte autora o valor de R$ «v» em «x» "
          "parcela(s), até «d», ", v=v, x=g.pick(["uma", "duas", "três"]), d=g.date("br"))
    r = g.rng.random()
    if r < 0.45:
        doc.f("mediante depósito no «b», agência «a», conta corrente «c», de titularidade da parte autora", b=g.pick(["Banco do Brasil", "Itaú", "Caixa Econômica Federal", "Bradesco", "Santander"]),
              a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    elif r < 0.75:
        doc.f("via Pix para a chave aleatória «k» informada pela parte autora", k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("via Pix para a chave CPF «k» da parte autora", k=(g.cpf(), "BR_CPF"))
    doc.f(", sob pena de multa de 50% (Lei 9.099/1995). A ré entregará ainda «o».\nCom o cumprimento, a parte autora dá plena quitação.\n\n",
          o=g.pick(["novos óculos com lentes conforme a receita", "o laudo da biometria e o prontuário completo", "o estorno das parcelas no cartão final " + g.d(4)]))
    conc = g.person()
    doc.f("Homologação: encaminhe-se ao Juiz Togado. Nada mais.\nConciliador(a): «c»\n", c=P(g.pick([conc.full, conc.caps])))
    return doc


JU = [ju_reclamacao, ju_inicial_cirurgia, ju_procon, ju_termo_consentimento, ju_laudo_pericial, ju_notificacao, ju_acordo]


# =========================================================================== saude


def sa_laudo_exame(g: Gen) -> Doc:
    """A complete eye-exam report: acuity table, static / dynamic refraction, IOP, slit lamp, fundus, prescription."""
    doc = Doc()
    legal, brand, dom, caddr = clinic(g)
    pac = g.person()
    med = g.person()
    cid, uf = g.city()
    doc.f("«b» — «a» — «c»/«u»\nRELATÓRIO DE CONSULTA OFTALMOLÓGICA\n\n", b=brand.upper(), a=caddr, c=cid, u=uf)
    fields = [("Paciente", P(g.pick([pac.full, pac.caps]))), ("Data de nascimento", (g.dob(g.pick(["br", "nopad", "dot"]), 1940, 2019), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF")), ("Prontuário", V(g.prontuario())), ("Convênio", V(g.pick([p for p, _ in PLANS] + ["Particular"]))),
              ("Data do exame", V(g.date("br")))]
    if g.chance(0.6):
        fields.insert(3, ("Telefone", (g.phone(), "PHONE_NUMBER")))
    if g.chance(0.6):
        fields.insert(3, ("CEP", (g.cep(), "BR_CEP")))
        fields.insert(3, ("Endereço", (g.address(), "ADDRESS")))
    if g.chance(0.3):
        fields.insert(2, ("CNS", (g.cns(), "BR_CNS")))
    kv_block(g, doc, fields, g.pick(["lines", "box", "dots"]))
    doc.f("\nQueixa principal: «q»\nAntecedentes: «a»\n\n", q=g.pick(["baixa visual progressiva AO", "cefaleia frontal ao fim do dia",
                                                                   "dificuldade para leitura", "moscas volantes OE há 1 semana", "controle de glaucoma"]),
          a=g.pick(["HAS, DM2 há 12 anos (metformina)", "nega comorbidades", "mãe com glaucoma", "usa lente de contato há 10 anos", "cirurgia refrativa em 2015"]))
    doc.t("ACUIDADE VISUAL (Snellen)\n")
    rows = [[V(e), V(acuity(g)), V(acuity(g)), V(g.pick(["J1", "J2", "J3", "J4", "J6"]))] for e in ("OD", "OE")]
    table_ruled(doc, ["", "s/ correção", "c/ correção", "perto"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.t("\nREFRAÇÃO " + g.pick(["DINÂMICA", "ESTÁTICA (cicloplegia)", "AUTORREFRATOR + SUBJETIVA"]) + "\n")
    r = rx(g)
    rx_table(doc, r, g.pick(["table", "pipe"]))
    doc.f("\nTonometria (Goldmann): OD «a» mmHg / OE «b» mmHg às «h»\nBiomicroscopia: «bi»\nFundoscopia: «f»\n",
          a=g.ri(9, 26), b=g.ri(9, 26), h=g.hm(), bi=g.pick(["córneas transparentes, CA formada, cristalino com NO2+", "pseudofacia AO", "córnea transparente, a íris trófica, pupilas fotorreagentes",
                                                              "hiperemia conjuntival 1+/4+", "sem alterações"]),
          f=g.pick(["escavação 0,3 AO, mácula livre", "microaneurismas e exsudatos duros em polo posterior OE", "escavação 0,7 OD / 0,5 OE",
                    "retina aplicada 360°, sem roturas"]))
    c1 = g.sample(CIDS, 2)
    doc.f("\nHipótese diagnóstica: «a» («b»); «c» («d»)\nConduta: «e»\n", a=c1[0][1], b=c1[0][0], c=c1[1][1], d=c1[1][0],
          e=g.pick(["prescrição de óculos; retorno em 1 ano", "solicito OCT de mácula e campimetria", "encaminho para avaliação de catarata",
                    "colírio lubrificante 4x/dia; retorno 60 dias", "retinografia anual — triagem de retinopatia"]))
    doc.f("\n«tt»«m»\nMédic«o» Oftalmologista — «cr» — «rq»\n", tt=g.pick(["", ("Dra. " if med.female else "Dr. ")]), m=P(med.full),
          o="a" if med.female else "o", cr=(g.council("CRM", uf), "PROFESSIONAL_ID"), rq=g.rqe())
    return doc


def sa_nota_cirurgica(g: Gen) -> Doc:
    """An operating note of a cataract surgery (SUS mutirão or private), with the team and the implanted IOL."""
    doc = Doc()
    legal, brand, dom, caddr = clinic(g)
    pac = g.person()
    cid, uf = g.city()
    sus = g.chance(0.55)
    surg, asst, anes, nurse, inst = g.person(), g.person(), g.person(), g.person(female=g.chance(0.8)), g.person(female=g.chance(0.8))
    doc.f("«b»\nDESCRIÇÃO CIRÚRGICA«s»\n\n", b=legal.upper(), s=" — MUTIRÃO DE CATARATA SUS" if sus else "")
    fields = [("Paciente", P(g.pick([pac.caps, pac.full]))), ("Nascimento", (g.dob(g.pick(["br", "short"]), 1935, 1970), "DATE_OF_BIRTH")),
              ("Prontuário", V(g.prontuario()))]
    if sus:
        fields += [("CNS", (g.cns(), "BR_CNS")), ("CPF", (g.cpf(), "BR_CPF")), ("APAC", V(g.apac())),
                   ("Contato", (g.phone(), "PHONE_NUMBER"))]
    else:
        fields += [("CPF", (g.cpf(), "BR_CPF")), ("Convênio", V(g.pick(PLANS)[0])), ("Carteira", V(g.carteirinha()))]
    fields += [("Data", V(g.date("br"))), ("Sala", V(str(g.ri(1, 4)))), ("Início/Término", V(f"{g.hm()} / {g.hm()}"))]
    kv_block(g, doc, fields, g.pick(["lines", "dots"]))
    cd, cn = g.pick([("H25.1", "catarata senil nuclear"), ("H26.9", "catarata não especificada"), ("H25.0", "catarata senil incipiente"),
                     ("H26.1", "catarata traumática")])
    doc.f("\nDiagnóstico pré-operatório: «c» — CID-10 «d» — olho «o»\nProcedimento: «p»\n", c=cn, d=cd, o=g.pick(["OD", "OE"]),
          p=g.pick(SIGTAP[:2])[1] + (f" (SIGTAP {SIGTAP[0][0]})" if sus else ""))
    scrm = g.council("CRM", uf)
    doc.f("Equipe: cirurgi«a» «s» («c1»); ", a="ã" if surg.female else "ão", s=P(surg.full), c1=(scrm, "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("auxiliar «x» («c2»); ", x=P(g.pick([asst.full, asst.short])), c2=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("anestesista «an» («c3»); circulante «n» («c4»)", an=P(anes.full), c3=(g.council("CRM", uf), "PROFESSIONAL_ID"), n=P(nurse.full),
          c4=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("; instrumentador«y» «i»", y="a" if inst.female else "", i=P(g.pick([inst.full, inst.first])))
    doc.t(".\n\n")
    doc.f("DESCRIÇÃO: Antissepsia com iodopovidona 5%, blefarostato. Incisão principal em córnea clara 2,2 mm às «h»h; paracenteses. "
          "Viscoelástico, capsulorrexe circular contínua, hidrodissecção. Facoemulsificação (tempo efetivo «t» s, energia «e»%). "
          "Aspiração de córtex. Implante de LIO «l» «p» D no saco capsular («lo»). Hidratação das incisões. Cefuroxima intracameral. "
          "Intercorrências: «ic».\n\n", h=g.pick(["11", "12", "10"]), t=g.ri(4, 40), e=g.ri(10, 45), l=g.pick(LIOS),
          p=dio(g, 15, 25).lstrip("+"), lo=g.lote(), ic=g.pick(["nenhuma", "nenhuma", "rotura de cápsula posterior com vitrectomia anterior; LIO no sulco",
                                                              "miose intraoperatória, uso de anel de Malyugin"]))
    doc.f("Prescrição: «m». Retorno em 24h. Orientado a não coçar os olhos e usar protetor noturno.\n",
          m=g.pick(["moxifloxacino + dexametasona colírio 4/4h", "tobramicina/dexametasona 6/6h", "gatifloxacino 1 gota 4x/dia + prednisolona"]))
    if sus and g.chance(0.6):
        doc.f("Transporte de retorno: van da prefeitura de «c», placa «p».\n", c=g.city()[0], p=(g.plate(), "LICENSE_PLATE"))
    doc.f("\n«s» — «c»\n", s=P(surg.caps if g.chance(0.3) else surg.full), c=(scrm, "PROFESSIONAL_ID"))
    return doc


def sa_triagem_csv(g: Gen) -> Doc:
    """A diabetic-retinopathy screening CSV (tele-ophthalmology), with the grader's and the nurse's notes."""
    doc = Doc()
    cid, uf = g.city()
    ubs = g.pick(["UBS Jardim Aurora", "USF Vila Rosa", "UBS Centro", "Policlínica São Bento", "USF Alto da Paz", "UBS Vila da Luz"])
    sep = g.pick([";", ",", ";"])
    doc.f("# triagem_retinopatia_«u»_«d».csv — exportado do sistema Telessaúde «uf»\n", u=re.sub(r"\W", "", fold(ubs).lower()), d=g.day().strftime("%Y%m"), uf=uf)
    cols = ["nome", "cns", "cpf", "nascimento", "telefone", "hba1c", "grau_od", "grau_oe", "cid", "conduta"]
    rows = []
    pats = []
    for _ in range(g.ri(6, 9)):
        p = g.person()
        pats.append(p)
        grade = [g.pick(["R0", "R0", "R1 (RDNP leve)", "R2 (RDNP moderada)", "R3 (RDNP grave)", "R4 (RDP)", "M1 (edema macular)", "ilegível"]) for _ in range(2)]
        cd = "E11.3/H36.0" if any(x[:2] in ("R2", "R3", "R4", "M1") for x in grade) else g.pick(["E11.9", "E10.9", "E11.9"])
        cond = "retorno 12 meses" if cd.startswith("E11.9") or cd.startswith("E10") else g.pick(["encaminhar retina", "encaminhar URGENTE", "laser"])
        rows.append([P(g.pick([p.caps, p.full, p.capsf])), (g.cns(False), "BR_CNS"), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.7) else V(""),
                     (g.dob(g.pick(["br", "iso"]), 1940, 1995), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER") if g.chance(0.85) else V(""), V(f"{g.ri(6, 13)},{g.ri(0, 9)}"), V(grade[0]), V(grade[1]), V(cd), V(cond)])
    table_csv(doc, cols, rows, sep)
    grader = g.person()
    doc.f("\nLaudos: «n» («c»), oftalmologista laudador(a) — telessaúde.\n", n=P(grader.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    nurse = g.person(female=True)
    p1 = g.pick(pats)
    doc.f("Obs. da enfermagem («n», «c»): «p» não compareceu à retinografia, contato pelo «t»; ", n=P(nurse.full),
          c=(g.council("COREN", uf), "PROFESSIONAL_ID"), p=P(g.pick([p1.first, p1.full])), t=(g.phone(), "PHONE_NUMBER"))
    p2 = g.pick(pats)
    doc.f("paciente «p» mudou-se para «a», CEP «c» — atualizar no e-SUS.\n", p=P(p2.full), a=(g.address(), "ADDRESS"), c=(g.cep(), "BR_CEP"))
    return doc


def sa_encaminhamento(g: Gen) -> Doc:
    """A referral letter (UBS to ophthalmology, or optometrist to ophthalmologist) and sometimes the counter-referral."""
    doc = Doc()
    cid, uf = g.city()
    pac = g.person()
    opto = g.chance(0.4)
    src = g.person()
    doc.f("«h»\nENCAMINHAMENTO / REFERÊNCIA\n\n", h=g.pick([f"SECRETARIA MUNICIPAL DE SAÚDE DE {fold(cid).upper()} — UBS {g.pick(['JARDIM AURORA', 'VILA ROSA', 'SÃO BENTO', 'CENTRO'])}"])
          if not opto else f"{otica(g)[1]} — Gabinete de Optometria")
    doc.f("Ao Serviço de Oftalmologia«d»\n\nEncaminho «o» paciente «n», «a» anos, nascid«o» em «b», CNS «c», residente na «ad», CEP «ce», "
          "telefone «t», ", d=g.pick(["", " — " + clinic(g)[1]]), o="a" if pac.female else "o", n=P(g.pick([pac.full, pac.caps])),
          a=g.ri(7, 88), b=(g.dob(g.pick(["br", "nopad"]), 1937, 2018), "DATE_OF_BIRTH"), c=(g.cns(), "BR_CNS"),
          ad=(g.address(), "ADDRESS"), ce=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    cd, cn = g.pick(CIDS)
    doc.f("por «m». Hipótese: «cn» (CID «cd»).\n", m=g.pick(["baixa acuidade visual não corrigível com lentes", "suspeita de glaucoma (PIO 27 mmHg OD)",
                                                        "diabetes há 10 anos sem fundoscopia", "estrabismo em criança de 4 anos",
                                                        "ceratometria irregular, suspeita de ceratocone", "catarata com AV 20/200 OE"]), cn=cn, cd=cd)
    if opto:
        doc.f("Refração realizada: OD «a» / OE «b». AV c/c OD «c» OE «d».\n\n«n»\nOptometrista — «cr»\n", a=dio(g, -6, 3), b=dio(g, -6, 3),
              c=acuity(g), d=acuity(g), n=P(src.full), cr=(g.council("CROO", uf), "PROFESSIONAL_ID"))
    else:
        doc.f("Prioridade: «p». Classificação de risco no SISREG: «r».\n\n«n» — «cr»\nMédico(a) de Família e Comunidade\n",
              p=g.pick(["eletiva", "prioritária", "urgente"]), r=g.pick(["verde", "amarelo", "vermelho", "azul"]), n=P(src.full),
              cr=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        oph = g.person()
        doc.f("\n--- CONTRARREFERÊNCIA («d») ---\nPaciente avaliad«o». «c» Retorno à UBS com receita de óculos e orientação.\n«n» («cr»)\n",
              d=g.date("br"), o=pac.o, c=g.pick(["Confirmado glaucoma, iniciado timolol 0,5%.", "Indicada facectomia OE, incluído no mutirão.",
                                                  "Sem retinopatia. Refração: " + dio(g, -3, 3) + " AO."]), n=P(oph.full), cr=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_hl7(g: Gen) -> Doc:
    """An HL7 v2 ORU message from the ophthalmic equipment interface, or a FHIR Patient + Observation JSON export."""
    doc = Doc()
    pac = g.person()
    med = g.person()
    cid, uf = g.city()
    t = g.moments(1, None, 1, (7, 19))[0]
    if g.chance(0.55):
        doc.f("MSH|^~\\&|«eq»|«fac»|PEP|«fac»|«ts»||ORU^R01|«id»|P|2.5.1\r\n", eq=g.pick(["IOLMASTER700", "CIRRUS_OCT", "HUMPHREY_HFA3", "TOPCON_TRC"]),
              fac=g.pick(["HOBL", "IOCF", "CVA", "OFTSB"]), ts=t.strftime("%Y%m%d%H%M%S"), id=g.d(10))
        fam = [s for s in pac.surnames if s not in PARTICLES]
        doc.f("PID|1||«pr»^^^PEP^MR~«c»^^^CPF^TAX||", pr=g.d(7), c=(g.cpf("raw"), "BR_CPF"))
        doc.e(fold(" ".join(fam)).upper(), "PERSON")
        doc.t("^")
        doc.e(fold(pac.given).upper(), "PERSON")
        dd, mm, yy = g.dob_parts(1938, 2015)
        doc.f("||«b»|«s»|||«a»^^«ci»^«u»^«ce»^BRA||«t»\r\n", b=(f"{yy}{mm:02d}{dd:02d}", "DATE_OF_BIRTH"), s="F" if pac.female else "M",
              a=(fold(g.address()).upper(), "ADDRESS"), ci=fold(cid).upper(), u=uf, ce=(g.cep(False), "BR_CEP"),
              t=(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"))
        doc.f("PV1|1|O|OFTALMO^SALA«s»||||«cr»^", s=g.ri(1, 6), cr=(g.council("CRM", uf).replace(" ", "-").replace("/", "-"), "PROFESSIONAL_ID"))
        doc.e(fold(med.last).upper(), "PERSON")
        doc.t("^")
        doc.e(fold(med.first).upper(), "PERSON")
        doc.t("\r\n")
        doc.f("OBR|1|«o»||«ex»|||«ts»\r\n", o=g.d(8), ex=g.pick(["BIOMETRIA^Biometria optica", "OCT^OCT macula", "CV^Campo visual 24-2"]),
              ts=t.strftime("%Y%m%d%H%M"))
        k = 1
        for eye in ("OD", "OE"):
            for name, val, unit in (("AL", f"{g.ri(21, 27)}.{g.d(2)}", "mm"), ("K1", f"{g.ri(40, 47)}.{g.d(2)}", "D"), ("ACD", f"{g.ri(2, 4)}.{g.d(2)}", "mm")):
                doc.t(f"OBX|{k}|NM|{name}_{eye}||{val}|{unit}|||||F\r\n")
                k += 1
        doc.f("OBX|«k»|ST|LIO_SUGERIDA||«l» «p»D||||||F\r\n", k=k, l=g.pick(LIOS), p=dio(g, 16, 25).lstrip("+").replace(",", "."))
    else:
        dd, mm, yy = g.dob_parts(1938, 2015)
        res = {"resourceType": "Bundle", "type": "collection", "entry": [
            {"resource": {"resourceType": "Patient", "id": g.hexs(8),
                          "identifier": [{"system": "urn:brasil:cpf", "value": (g.cpf("raw"), "BR_CPF")},
                                         {"system": "urn:brasil:cns", "value": (g.cns(False), "BR_CNS")}],
                          "name": [{"family": (" ".join(s for s in pac.surnames if s not in PARTICLES), "PERSON"), "given": [(pac.given, "PERSON")]}],
                          "birthDate": (f"{yy}-{mm:02d}-{dd:02d}", "DATE_OF_BIRTH"),
                          "telecom": [{"system": "phone", "value": (g.phone("e164"), "PHONE_NUMBER")}],
                          "address": [{"line": [(g.address(), "ADDRESS")], "city": cid, "state": uf, "postalCode": (g.cep(), "BR_CEP")}]}},
            {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "Acuidade visual com correção"},
                          "effectiveDateTime": ts(t, "iso"), "performer": [{"display": (med.full, "PERSON")},
                                                                          {"identifier": (g.council("CRM", uf), "PROFESSIONAL_ID")}],
                          "component": [{"code": {"text": "OD"}, "valueString": acuity(g)}, {"code": {"text": "OE"}, "valueString": acuity(g)}]}},
            {"resource": {"resourceType": "Condition", "code": {"coding": [{"system": "CID10", "code": g.pick(CIDS)[0]}]}}}]}
        jval(doc, res, 0)
        doc.t("\n")
    return doc


def sa_receita(g: Gen) -> Doc:
    """A glasses / contact-lens prescription as printed by the clinic, and the optical store's stamp on its back."""
    doc = Doc()
    legal, brand, dom, caddr = clinic(g)
    cid, uf = g.city()
    n_pat = g.pick([1, 1, 2])
    for _ in range(n_pat):
        pac = g.person()
        med = g.person()
        doc.f("«b»\n«a» · «c»/«u» · tel. «t»\n\nRECEITA DE ÓCULOS\n\n", b=brand, a=caddr, c=cid, u=uf, t=(g.landline(), "PHONE_NUMBER"))
        doc.f("Nome: «n»", n=P(g.pick([pac.full, pac.caps, pac.short])))
        r0 = g.rng.random()
        if r0 < 0.4:
            doc.f("    Idade: «a» anos", a=g.ri(5, 85))
        elif r0 < 0.75:
            doc.f("    Nasc.: «b»", b=(g.dob(g.pick(["br", "nopad"]), 1940, 2018), "DATE_OF_BIRTH"))
        doc.t("\n\n")
        doc.t("PARA LONGE\n")
        r = rx(g)
        rx_table(doc, r, g.pick(["table", "pipe"]))
        if r["add"]:
            doc.t("PARA PERTO: adição conforme acima\n")
        doc.f("Lentes: «l»\nObs.: «o»\n\n", l=g.pick(["multifocal", "visão simples", "bifocal", "ocupacional", "antirreflexo + filtro azul"]),
              o=g.pick(["uso constante", "uso para leitura e computador", "controle de miopia, reavaliar em 6 meses", "trocar armação (ponte larga)"]))
        if g.chance(0.35):
            doc.f("LENTES DE CONTATO: «l» — OD «a» / OE «b» — CB 8,6 — DIAM 14,2\n", l=g.pick(CONTACTS), a=dio(g, -7, 3), b=dio(g, -7, 3))
        doc.f("«c», «d»\n«m»\n«cr»\n", c=cid, d=g.date("br"), m=P(g.pick([med.full, med.caps])), cr=(g.council("CRM", uf), "PROFESSIONAL_ID"))
        if g.chance(0.5):
            doc.t(g.rqe() + "\n")
        o = otica(g)
        opt = g.person()
        doc.f("\n[verso — carimbo] «b» · CNPJ «c» · AVIADA em «d» · «os» · óptic«x» responsável «n»", b=o[1], c=(g.any_cnpj(), "BR_CNPJ"),
              d=g.date("br"), os=g.os_num(), x="a" if opt.female else "o", n=P(opt.full))
        if g.chance(0.4):
            doc.f(" · «cr»", cr=(g.council("CROO", uf), "PROFESSIONAL_ID"))
        doc.t("\n\n")
    return doc


def sa_evolucao(g: Gen) -> Doc:
    """Post-operative evolution notes (refractive / cataract / anti-VEGF) in a clinic's electronic record."""
    doc = Doc()
    legal, brand, dom, caddr = clinic(g)
    pac = g.person()
    cid, uf = g.city()
    kind = g.pick(["lasik", "faco", "antivegf"])
    doc.f("PEP «b» — Evolução clínica\nPaciente: «n» | CPF «c» | Nasc. «d» | Pront. «p»\n", b=brand, n=P(pac.full), c=(g.cpf(), "BR_CPF"),
          d=(g.dob(g.pick(["br", "nopad"]), 1940, 2002), "DATE_OF_BIRTH"), p=g.prontuario())
    if kind == "antivegf":
        doc.f("CNS: «c» | APAC: «a»\n", c=(g.cns(), "BR_CNS"), a=g.apac())
    doc.f("Contato: «t» | «e»\n", t=(g.phone(), "PHONE_NUMBER"), e=(g.email(pac), "EMAIL_ADDRESS") if g.chance(0.5) else "sem e-mail")
    doc.t("-" * 60 + "\n")
    d0 = g.day()
    meds = [g.person() for _ in range(2)]
    crms = [g.council("CRM", uf) for _ in range(2)]
    steps = {"lasik": ["1º PO: olhos calmos, flap bem posicionado, AV s/c 20/25 AO.", "7º PO: ceratite puntata leve OE, lubrificante 6x/dia.",
                       "30º PO: AV s/c 20/20 OD e 20/25 OE. Refração residual OE " + dio(g, -1, 1) + ". Alta com retorno anual."],
             "faco": ["1º PO: PIO 18 mmHg, córnea com edema 1+/4+, LIO tópica.", "7º PO: reação de CA 1+, mantido corticoide.",
                      "30º PO: AV c/c 20/25. Prescrita adição +2,50 para perto. " + g.pick(["Programada faco OE.", "Alta."])],
             "antivegf": ["Aplicação nº 1 de aflibercepte OD, sem intercorrências.", "Aplicação nº 2: redução do edema macular (OCT: EMC 410 → 298 µm).",
                          "Aplicação nº 3: paciente faltou; busca ativa por telefone."]}[kind]
    for k, s in enumerate(steps):
        m = meds[k % 2]
        doc.f("«d» «h» — «m» («c»)\n«s»\n\n", d=dbr(g.after(d0, k * 10, k * 12)), h=g.hm(), m=P(g.pick([m.full, m.short])),
              c=(crms[k % 2], "PROFESSIONAL_ID"), s=s)
    comp = g.relative(pac)
    doc.f("«d» «h» — Enf. «n» («c»)\nPaciente ligou do «t» relatando «q». Orientad«o» a vir ao pronto-atendimento. Acompanhante: «a».\n",
          d=dbr(g.after(d0, 2, 5)), h=g.hm(), n=P(g.person(female=g.chance(0.8)).full), c=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          t=(g.phone(), "PHONE_NUMBER"), q=g.pick(["dor e olho vermelho", "visão embaçada súbita", "pontos pretos e flashes", "secreção"]),
          o=pac.o, a=P(g.pick([comp.full, comp.first])))
    if g.chance(0.5):
        doc.f("\nAtestado de afastamento: «k» dias (CID «c»). Retorno «r».\n", k=g.pick([3, 5, 7, 15]),
              c=g.pick(["H52.1", "H25.1", "Z96.1", "H35.3", "Z98.8"]), r=g.date("br"))
    return doc


SA = [sa_laudo_exame, sa_nota_cirurgica, sa_triagem_csv, sa_encaminhamento, sa_hl7, sa_receita, sa_evolucao]


# =========================================================================== financeiro


def fi_vendas_csv(g: Gen) -> Doc:
    """An optical store's daily sales CSV (OS, customer, CPF on the invoice, product, payment, installments, salesperson)."""
    doc = Doc()
    legal, brand, dom, saddr = otica(g)
    d0 = g.day()
    sep = g.pick([";", ",", "\t"])
    doc.f("# vendas_«b»_«d».csv — ERP ÓticaFácil — filial «f»\n", b=re.sub(r"\W", "", fold(brand).lower()), d=d0.strftime("%Y%m%d"), f=g.ri(1, 9))
    cols = ["data", "os", "cliente", "cpf_nota", "telefone", "produto", "valor", "pagamento", "parcelas", "vendedor"]
    sellers = [g.person(female=g.chance(0.6)) for _ in range(3)]
    codes = g.chance(0.7)
    rows = []
    for _ in range(g.ri(6, 9)):
        p = g.person()
        pay = g.pick(["crédito", "crédito", "débito", "pix", "crediário", "dinheiro", "boleto"])
        parc = str(g.pick([1, 3, 5, 6, 10, 12])) if pay in ("crédito", "crediário") else "1"
        sp = g.pick(sellers)
        cpf = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.85) else V(g.pick(["", "consumidor final", g.masked_cpf()]))
        rows.append([V(dbr(d0)), V(g.os_num().replace("OS nº ", "").replace("#", "")), P(g.pick([p.caps, p.full, p.capsf])), cpf,
                     (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER") if g.chance(0.75) else V(""),
                     V(g.pick(LENSES + FRAMES + CONTACTS)), V(g.money(80, 4200)), V(pay), V(parc),
                     V(f"vend{sellers.index(sp) + 1:02d}") if codes else P(g.pick([sp.first, fold(sp.short).upper()]))])
    table_csv(doc, cols, rows, sep)
    doc.f("\n# fechamento de caixa: R$ «v» | sangria «s» | conferido por «c»\n", v=g.money(3000, 25000), s=g.money(200, 900),
          c=P(g.pick(sellers).full))
    if g.chance(0.4):
        p = g.person()
        doc.f("# obs: «n» pediu nota no CNPJ da empresa «c» (auxílio-óculos); e-mail p/ XML «e»\n", n=P(p.full), c=(g.any_cnpj(), "BR_CNPJ"),
              e=(g.email(p), "EMAIL_ADDRESS"))
    return doc


def fi_tef_log(g: Gen) -> Doc:
    """One-line JSON TEF log of an optical chain's card installments (parcelado lojista), a leaked PAN, the security note."""
    doc = Doc()
    legal, brand, dom, saddr = otica(g)
    t = g.moments(10, None, 1, (9, 20))
    it = iter(t)
    leak = g.chance(0.6)
    for k in range(g.ri(5, 7)):
        p = g.person()
        full = leak and (k == 1 or (k == 3 and g.chance(0.4)))
        ev = {"ts": ts(next(it), "iso"), "lvl": "DEBUG" if full else "INFO", "pdv": f"PDV{g.ri(1, 4):02d}", "term_ip": g.ip_priv(),
              "op": "VENDA_CREDITO_PARC_LOJA" if g.chance(0.7) else "VENDA_DEBITO",
              "pan": (g.card(False), "CREDIT_CARD") if full else g.masked_card(), "holder": (g.pick([p.capsf, p.caps]), "PERSON"),
              "valor": g.money(150, 5200), "parcelas": g.pick([1, 2, 3, 6, 10, 12]), "nsu": g.nsu(), "aut": g.authcode(), "tid": g.tid()}
        if g.chance(0.8):
            ev["cpf_nota"] = (g.cpf("raw"), "BR_CPF")
        if g.chance(0.3):
            ev["email_recibo"] = (g.email(p), "EMAIL_ADDRESS")
        jval(doc, ev, None)
        doc.t("\n")
    jval(doc, {"ts": ts(next(it), "iso"), "lvl": "ERROR", "pdv": "PDV02", "msg": "timeout adquirente", "retry": 2}, None)
    doc.t("\n\n")
    sec = g.person()
    if leak:
        doc.f("NOTA DE SEGURANÇA — log com PAN completo em nível DEBUG no PDV. Ação: rotação do log, chamado aberto com o fornecedor "
              "do TEF (protocolo «p»), ciência do DPO «n» («e»). Ref.: PCI DSS req. 3.3 e Lei 13.709/2018.\n", p=g.protocol(), n=P(sec.full),
              e=(corp_mail(sec, dom, g), "EMAIL_ADDRESS"))
    else:
        doc.f("Conciliação do dia ok. Divergência de R$ «v» no PDV03 (estorno parcial). Responsável: «n».\n", v=g.money(20, 400), n=P(sec.short))
    return doc


def fi_reembolso_plano(g: Gen) -> Doc:
    """A health-plan / employer 'auxílio-óculos' reimbursement request for glasses, with the analyst's e-mail answer."""
    doc = Doc()
    plan, pdom = g.pick(PLANS)
    legal, brand, dom, saddr = otica(g)
    ben = g.person()
    bmail = g.email(ben)
    cid, uf = g.city()
    doc.f("«p» — SOLICITAÇÃO DE REEMBOLSO — ÓCULOS / LENTES\nProtocolo «pr»\n\n", p=plan.upper(), pr=g.protocol())
    fields = [("Beneficiário(a)", P(g.pick([ben.full, ben.caps]))), ("Carteirinha", V(g.carteirinha())), ("CPF do titular", (g.cpf(), "BR_CPF")),
              ("Data de nascimento", (g.dob(g.pick(["br", "iso"]), 1950, 2015), "DATE_OF_BIRTH")), ("E-mail", (bmail, "EMAIL_ADDRESS")),
              ("Celular", (g.phone(), "PHONE_NUMBER"))]
    dep = g.chance(0.35)
    if dep:
        kid = g.relative(ben)
        fields.insert(1, ("Dependente (paciente)", P(kid.full)))
    kv_block(g, doc, fields, g.pick(["lines", "box"]))
    med = g.person()
    doc.f("\nDocumentos: receita de «m» («cr») de «d»; nota fiscal nº «nf» emitida por «l» (CNPJ «c») em «dn», valor R$ «v».\n",
          m=P(med.full), cr=(g.council("CRM", uf), "PROFESSIONAL_ID"), d=g.date("br"), nf=g.nf_num(), l=legal, c=(g.any_cnpj(), "BR_CNPJ"),
          dn=g.date("br"), v=g.money(300, 3500))
    if g.chance(0.7):
        doc.f("Crédito em conta: banco «b», agência «a», conta «c»\n\n", b=g.pick(["001", "237", "341", "104", "260", "748", "077"]),
              a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("Crédito via Pix: chave aleatória «k»\n\n", k=(g.uuid(), "PIX_KEY"))
    an = g.person(female=g.chance(0.6))
    t = g.moments(2, None, 6, (8, 19))
    st = g.ri(0, 2)
    doc.f("From: «n» <«e»>\nTo: «to»\nDate: «d»\nSubject: Reembolso «s»\n\n", n=P(an.full), e=(corp_mail(an, pdom, g), "EMAIL_ADDRESS"),
          to=(bmail, "EMAIL_ADDRESS"), d=ts(t[0], "rfc"), s=["deferido", "pendente de documentação", "indeferido"][st])
    msg = ["Sua solicitação foi aprovada. Valor reembolsado conforme tabela: R$ " + g.money(150, 600) +
           " (limite anual de 1 par por beneficiário, grau mínimo 0,50 D).",
           "A nota fiscal não discrimina lente e armação; favor reenviar pelo app.",
           "A receita está vencida (emitida há mais de 12 meses). Cabe recurso em 30 dias."][st]
    doc.f("Olá, «n». «m» Dúvidas: 0800 «z».\n«a» — Análise de Reembolso\n", n=P(ben.first), m=msg, z=f"{g.d(3)} {g.d(4)}",
          a=P(g.pick([an.first, an.short])))
    return doc


def fi_nfe(g: Gen) -> Doc:
    """An NF-e DANFE summary of an optical store's sale to a consumer, with items (NCM), taxes and access key."""
    doc = Doc()
    legal, brand, dom, saddr = otica(g)
    cli = g.person()
    cid, uf = g.city()
    doc.f("DANFE — Documento Auxiliar da Nota Fiscal Eletrônica\nNF-e nº «n» Série «s»\nCHAVE DE ACESSO\n«k»\nProtocolo de autorização: «p» «d»\n\n",
          n=g.nf_num(), s=g.ri(1, 3), k=g.chave_nfe(), p=g.neg(15), d=ts(g.moments(1)[0], "brs"))
    doc.f("EMITENTE: «l»\n«a» — «c»/«u»\nCNPJ: «cn»   IE: «ie»   Fone: «t»\n\n", l=legal.upper(), a=saddr, c=cid, u=uf,
          cn=(g.any_cnpj(), "BR_CNPJ"), ie=f"{g.d(3)}.{g.d(3)}.{g.d(3)}.{g.d(3)}", t=(g.landline(), "PHONE_NUMBER"))
    doc.t("DESTINATÁRIO / REMETENTE\n")
    fields = [("Nome/Razão social", P(g.pick([cli.caps, cli.capsf]))), ("CPF", (g.cpf(), "BR_CPF")),
              ("Endereço", (g.address(g.pick(["caps", "text"])), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS).upper())),
              ("CEP", (g.cep(g.chance(0.7)), "BR_CEP")), ("Município", V(fold(g.city()[0]).upper()))]
    if g.chance(0.85):
        fields.append(("Fone", (g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER")))
    if g.chance(0.5):
        fields.append(("E-mail", (g.email(cli), "EMAIL_ADDRESS")))
    kv_block(g, doc, fields, g.pick(["lines", "box"]))
    doc.t("\nDADOS DOS PRODUTOS\n")
    rows = []
    for _ in range(g.ri(2, 4)):
        kind = g.pick(["lente", "armação", "lc", "estojo"])
        desc, ncm = {"lente": (fold(g.pick(LENSES)).upper(), "9001.50.00"), "armação": (fold(g.pick(FRAMES)).upper(), "9003.11.00"),
                     "lc": (fold(g.pick(CONTACTS)).upper(), "9001.30.00"), "estojo": ("ESTOJO + FLANELA", "4202.92.00")}[kind]
        rows.append([V(g.d(6)), V(desc[:34]), V(ncm), V("5102"), V(g.pick(["2", "1", "PAR"])), V(g.money(20, 2200))])
    table_ruled(doc, ["Cód.", "Descrição", "NCM", "CFOP", "Qtd", "Valor"], rows, g.pick(["plus", "plain"]))
    doc.f("\nVALOR TOTAL DA NOTA: R$ «v»\nPagamento: «p»\nTributos aproximados: R$ «t» (Lei 12.741/2012). Fonte: IBPT.\n",
          v=g.money(200, 5000), p=g.pick(["cartão de crédito 10x", "Pix", "crediário próprio 6x", "dinheiro"]), t=g.money(30, 900))
    if g.chance(0.5):
        seller = g.person()
        doc.f("Inf. complementares: OS «o» — vendedor(a) «v» — garantia das lentes 12 meses.\n", o=g.os_num(), v=P(seller.first))
    return doc


def fi_comissao(g: Gen) -> Doc:
    """A fixed-width monthly commission report for the stores' optometrists and salespeople, and the RPA of a freelancer."""
    doc = Doc()
    legal, brand, dom, saddr = otica(g)
    m = g.day()
    uf = g.pick(UFS)
    doc.f("«b» — RELATÓRIO DE COMISSÕES — COMPETÊNCIA «m»/«y»\nEmitido por: «u»\n\n", b=brand.upper(), m=f"{m.month:02d}", y=m.year,
          u=g.pick(["rh.folha", "sistema", "comissao-job"]))
    W = [24, 14, 17, 10, 12, 5, 10, 8, 12]
    hdr = ["NOME", "CPF", "REGISTRO", "FUNÇÃO", "VENDAS R$", "%", "COMISSÃO", "AGÊNCIA", "CONTA"]
    doc.t("".join(h.ljust(w) for h, w in zip(hdr, W)).rstrip() + "\n" + "-" * sum(W) + "\n")
    staff = []
    for _ in range(g.ri(5, 8)):
        p = g.person()
        staff.append(p)
        opto = g.chance(0.4)
        name = cut(fold(p.full).upper(), W[0] - 1)
        doc.cell(name, W[0], "PERSON")
        doc.cell(g.cpf("raw"), W[1], "BR_CPF")
        if opto:
            doc.cell(g.council("CROO", uf)[:W[2] - 1], W[2], "PROFESSIONAL_ID")
        else:
            doc.cell("-", W[2])
        doc.cell("OPTOMETR." if opto else g.pick(["VENDEDOR", "CONSULTOR", "MONTADOR"]), W[3])
        doc.cell(g.money(3000, 90000), W[4])
        pc = g.pick(["1,5", "2,0", "3,0", "1,0"])
        doc.cell(pc, W[5])
        doc.cell(g.money(100, 2400), W[6])
        doc.cell(g.agency(False), W[7], "BANK_ACCOUNT")
        doc.e(g.account(), "BANK_ACCOUNT")
        doc.t("\n")
    doc.t("-" * sum(W) + "\n")
    f = g.pick(staff)
    doc.f("\nPagamento em «d» via folha. Exceção: «n» (PJ/autônomo) recebe por RPA:\n", d=g.date("br"), n=P(f.full))
    kv_block(g, doc, [("Prestador", P(f.caps)), ("CPF", (g.cpf(), "BR_CPF")), ("NIT/PIS", (g.pis(), "BR_PIS")),
                      ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Banco", V(g.pick(["Caixa", "Itaú", "Inter", "Sicoob"]))),
                      ("Agência", (g.agency(), "BANK_ACCOUNT")), ("Conta", (g.account(), "BANK_ACCOUNT")),
                      ("Serviço", V("exames de refração e adaptação de lentes de contato (Decreto 24.492/1934 ressalvado)")),
                      ("Valor bruto", V("R$ " + g.money(1500, 7000))), ("INSS 11%", V("R$ " + g.money(150, 770)))], g.pick(["lines", "dots"]))
    hr = g.person(female=g.chance(0.7))
    doc.f("\nDúvidas: «n» — DP («e»)\n", n=P(hr.full), e=(corp_mail(hr, dom, g), "EMAIL_ADDRESS"))
    return doc


def fi_crediario(g: Gen) -> Doc:
    """An optical store's crediário file: customer, references, guarantor, installment schedule, Pix / boleto."""
    doc = Doc()
    legal, brand, dom, saddr = otica(g)
    cli = g.person()
    cid, uf = g.city()
    doc.f("«b» — CADASTRO DE CREDIÁRIO Nº «n»\nLoja: «a»\n\n", b=brand.upper(), n=g.d(6), a=saddr)
    fields = [("Nome", P(cli.full)), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
              ("Nascimento", (g.dob(g.pick(["br", "nopad", "short"]), 1945, 2005), "DATE_OF_BIRTH")),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Celular", (g.phone(), "PHONE_NUMBER")),
              ("Renda declarada", V("R$ " + g.money(1400, 9000))), ("Empresa", V(g.pick(["Distribuidora Amado", "Prefeitura", "autônoma", "Construtora Serra Branca", "aposentado INSS"])))]
    if g.chance(0.3):
        fields.insert(3, ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")))
    kv_block(g, doc, fields, g.pick(["lines", "box", "dots"]))
    doc.t("\nREFERÊNCIAS PESSOAIS\n")
    for k in range(2):
        r = g.person()
        doc.f("«k») «n» — «t» («x»)\n", k=k + 1, n=P(g.pick([r.full, r.short, r.nick])), t=(g.phone(), "PHONE_NUMBER"),
              x=g.pick(["irmã", "vizinho", "colega de trabalho", "madrinha", "patrão"]))
    if g.chance(0.45):
        av = g.person()
        doc.f("AVALISTA: «n», CPF «c», nasc. «d»\n", n=P(av.caps), c=(g.cpf(), "BR_CPF"), d=(g.dob("br", 1950, 1995), "DATE_OF_BIRTH"))
    d0 = g.day()
    n = g.pick([4, 5, 6, 8])
    doc.f("\n«o» — total R$ «v» — entrada R$ «e» — «n» parcelas de R$ «p»\n", o=g.os_num(), v=g.money(500, 3000), e=g.money(50, 300),
          n=n, p=g.money(60, 350))
    rows = [[V(f"{k + 1}/{n}"), V(dbr(g.after(d0, 30 * (k + 1), 30 * (k + 1)))), V(g.pick(["aberta", "paga", "paga"]) if k < 2 else "aberta")] for k in range(n)]
    table_ruled(doc, ["Parcela", "Vencimento", "Situação"], rows, g.pick(["plain", "pipe"]))
    if g.chance(0.5):
        doc.f("\nPagamento por Pix — chave aleatória da loja: «k»\n", k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("\nBoleto da 1ª parcela: «b»\n", b=g.boleto())
    doc.f("Consulta SPC/Serasa em «d»: «r». Aprovado por «a».\n", d=dbr(d0), r=g.pick(["nada consta", "1 restrição (R$ 312,40)", "score 612"]),
          a=P(g.person().first))
    return doc


def fi_faturamento_sus(g: Gen) -> Doc:
    """A clinic's SUS billing of a mutirão (APAC / BPA-I): patients with CNS, SIGTAP codes, values; the audit's remarks."""
    doc = Doc()
    legal, brand, dom, caddr = clinic(g)
    cid, uf = g.city()
    comp = g.day()
    doc.f("«l» — CNPJ «c» — CNES «cn»\nFATURAMENTO SUS — BPA-I / APAC — COMPETÊNCIA «m»/«y»\nResponsável técnico: «r» («cr»)\n\n",
          l=legal, c=(g.any_cnpj(), "BR_CNPJ"), cn=g.d(7), m=f"{comp.month:02d}", y=comp.year, r=P(g.person().full),
          cr=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    rows = []
    pats = []
    for _ in range(g.ri(6, 9)):
        p = g.person()
        pats.append(p)
        code, desc, val = g.pick(SIGTAP)
        rows.append([V(g.apac() if code.startswith("04") else "—"), P(g.pick([p.capsf, p.caps])), (g.cns(g.chance(0.3)), "BR_CNS"),
                     (g.cpf("raw"), "BR_CPF") if g.chance(0.75) else V("-"),
                     (g.dob("br", 1935, 1975), "DATE_OF_BIRTH"), V(code), V(g.pick(["H25.1", "H26.9", "H36.0", "H35.3", "H40.1"])), V(val)])
    table_ruled(doc, ["APAC", "Paciente", "CNS", "CPF", "Nasc.", "SIGTAP", "CID", "Valor"], rows, g.pick(["plus", "psql", "plain"]))
    p1, p2 = g.sample(pats, 2)
    aud = g.person()
    doc.f("\nGlosas da auditoria («a», «cr»):\n- «p1»: CNS inválido no CADSUS, corrigir e reapresentar;\n"
          "- «p2»: falta laudo de biometria; LIO «l» sem nota fiscal de entrada.\nTeto MAC: R$ «t». Repasse via Fundo Municipal de Saúde.\n",
          a=P(aud.full), cr=(g.council("CRM", uf), "PROFESSIONAL_ID"), p1=P(p1.full), p2=P(g.pick([p2.full, p2.first])), l=g.pick(LIOS),
          t=g.money(50000, 400000))
    return doc


FI = [fi_vendas_csv, fi_tef_log, fi_reembolso_plano, fi_nfe, fi_comissao, fi_crediario, fi_faturamento_sus]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<![\d.\- ])(?:\d{4}[ .-]?){3}\d{4}(?![ .-]?\d)")
ROLE_BOXES = ("sac", "dpo", "juridico", "ouvidoria", "avarias", "multas", "financeiro", "contratos", "sesmt", "rh", "reservas",
              "suporte", "protocolo", "garantia")


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
            assert re.match(r"(CRM|COREN|OAB|CROO|CRF)(?![A-Z])", v), (rid, v)
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
    print("hundredthird", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
