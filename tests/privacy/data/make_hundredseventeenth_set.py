"""Build the hundred-and-seventeenth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredseventeenth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 11717, 280 records: 4 domains x 7 templates x 10 copies.

Register: PRIVATE SECURITY FIRMS AND GUARDS -- security companies (vigilância patrimonial, escolta
armada, transporte de valores) and their clients (condominiums, shopping centres, supermarkets,
office towers, a hospital, a distribution centre, bank branches): the guards' WhatsApp groups with
the 12x36 roster and shift swaps, post logbooks (livro de ocorrências) in capitals, visitor access
control, radio-style check-ins and the patrol app's export of rounds, a monitoring centre's call
after a home alarm, clients' complaints about a guard, CCTV image requests under the LGPD, the
Federal Police's DELESP inspections and the GESP, service contracts, weapons custody terms and the
armoury's book, shoplifting reports, a cash-in-transit crew's police statement after an attempted
robbery, guards' labour claims and hearing minutes (adicional de periculosidade, horas extras,
intervalo), occupational health (ASO, the psychological assessment for handling firearms, a CAT,
sick notes with CID sent to the SESMT, an ER record, a clinic's agenda, an unfit-for-weapons
e-mail), and the money side (payroll, invoices to clients with a deduction for an uncovered shift,
a condominium in arrears, a cash-in-transit route manifest, an events platform paying freelance
guards, a termination statement, the finance desk's WhatsApp). All firms, clients, schools,
clinics and platforms are invented (Leão de Ouro Vigilância, Sentinela Branco Segurança, Vigilância
Estrela Guarda, Prudente Escolta, Rosa Forte Segurança, Bonfim Vigilância, Guardiã Serena, Vitória
Segurança Patrimonial, Amado & Fontes Vigilância, Muralha Justo Segurança; Aurora Transporte de
Valores, Cofre Forte Bento Leal, Serra Forte Valores; Condomínio Residencial Flor do Campo, Shopping
Bento Prudente, Shopping Vitória Park, Boulevard Rosa Shopping, Centro Empresarial Luz, Torre Amado
Corporate, Hospital São Bento, Supermercados Leal, Banco Celeste; Academia de Vigilantes Leão
Dourado, Escola de Formação de Vigilantes Prudente; Clínica Prudente Saúde Ocupacional, MedTrab
Aurora, Instituto Branco de Psicologia, Núcleo Psi Serena; the apps RondaNet, VigiApp, CheckPosto,
EventSeg...), and so is every person.
Layouts: WhatsApp exports (Android and iOS stamps, senders by number or by name, "Você", lower-case
chat), a logbook in capitals, forms ("Campo: valor", dotted leaders, ruled boxes), CSV (semicolon
and comma, first_name/last_name split sometimes), +---+ / psql / pipe / plain tables, Markdown, JSON
lines, e-mails with quoted replies and X-Originating-IP, a speech-to-text call (lower case; CPF,
address, CEP and phones spoken in groups or words) with the typed record, legal pieces, an ALL CAPS
incident report and a police statement that are sometimes OCR'd, e-signature logs.
- atendimento: (0) a post's WhatsApp group (the supervisor's 12x36 roster or its changes by first
  names and nicknames, a shift swap, the client's staff, a radio-style check-in, a suspicious car's
  plate, a contractor's plate and RG, the HR asking CPF and birth date for the check-in app, a CNV
  expiring, the contact list's phones, a new phone number; senders mostly by number); (1) a
  condominium's post logbook in capitals (handover between guards, contractors with RG, CPF or CNH,
  mobile and plate, residents by name or by flat, a theft in the garage with the thief's motorbike
  plate and the resident's phone, an alarm, a suspicious car, cars without the residents' sticker,
  the síndico, the caretaker, the guard's and sometimes the supervisor's signatures); (2) an LGPD
  request for CCTV images (web form with IP; CPF, sometimes RG and birth date, e-mail, phone,
  address, CEP; plates in the account) and the DPO's reply (corporate e-mail, the supervisor);
  (3) a speech-to-text call to a monitoring centre after a home alarm (the code word is not
  labelled; CPF, address, CEP, a neighbour's and the client's phones spoken) and the typed record
  (the same address and phone typed; the tactical guard, the patrol car's plate, the operator or his
  login); (4) an e-mail thread: a client's facilities manager reports a guard asleep at the post
  (X-Originating-IP), the firm's operations manager replaces him (corporate e-mails, mobile and
  landline, the new guard's CPF, RG and birth date for the turnstile, the supervisor); (5) the patrol
  app's CSV export of rounds (guards by name, first_name/last_name or login, CPF, GPS, the device's
  IP, public or private), the supervisor's note and the patrol car's plate; (6) a visitor access
  control table (RG, CNH, CPF or masked CPF, mobile, the host, plate, badge).
- juridico: (0) a guard's labour claim (qualified with PIS, sometimes título and birth date; the
  salary account; the firm's and the client's CNPJ; the supervisor's WhatsApp; a TRT precedent;
  witnesses; the lawyer); (1) a shoplifting incident report in capitals, sometimes OCR'd (the person
  approached qualified with birth date, RG and/or CPF, address, CEP, phone; an accomplice with birth
  date and CPF; the store's CNPJ and prevention officer, the guards, the military police; the car's
  plate); (2) a DELESP inspection and notice (the firm's CNPJ, seat and partner with CPF and mobile,
  guards with RG and CPF or masked CPF, weapons with serials, the federal agents) and the defence by
  a lawyer; (3) a security services contract with a condominium (the síndico qualified, the firm's
  partner, witnesses) and its e-signature log; (4) a weapons custody term (guard with CPF, RG, birth
  date, mobile, sometimes address and CEP; CNV, weapon, serial, SINARM, vest and radio numbers not
  labelled), the armoury's movement book (guards with CPF, the armourer's login), sometimes a robbed
  weapon; (5) labour court hearing minutes (judge, parties with CPF, lawyers with OAB, the firm's
  representative, a witness qualified, the settlement to an agency and account or a random Pix key);
  (6) a cash-in-transit crew leader's police statement, sometimes OCR'd (birth date, RG, CPF,
  address, CEP, phone, sometimes e-mail; the crew; the driver's CPF and CNH; the armoured car's and
  the robbers' plates; the delegado and the clerk).
- saude: (0) an ASO (clinic's and employer's CNPJ, the guard's CPF, sometimes RG, phone, address
  and CEP, birth date, the examining physician's and the PCMSO coordinator's CRM); (1) the
  psychological assessment for handling firearms (CRP, CPF, birth date, sometimes address and CEP)
  and the HR's e-mail (X-Originating-IP, phone); (2) a CAT (CPF, NIT/PIS, birth date, mother,
  address, CEP, phone, CNS or CTPS, witnesses with address or phone, the physician's CRM, the
  safety technician's corporate e-mail); (3) WhatsApp with the SESMT (CPF, CID, the physician's CRM,
  the colleague who covers, CNS, address, CEP and PIS for the INSS, a spouse's phone, a birth date);
  (4) an ER record of a guard hurt on duty (phone, CNS, CPF or RG, birth date, address, CEP, the
  supervisor as companion, the patrol car's plate, CRM, COREN, the police officer notified); (5) an
  occupational clinic's agenda as CSV (CRM and CRP in the header; CPF, birth date, phone); (6) an
  e-mail thread on a guard unfit for weapons (corporate e-mails, X-Originating-IP, CPF, birth date,
  phone, the psychiatrist's and the physician's CRM, the nurse's COREN).
- financeiro: (0) guards' payroll in Markdown (CPF, PIS, agency and account or a Pix key of any
  kind; the accountant's CRC); (1) an invoice to a client (both CNPJs, the contact's corporate
  e-mail and phone, a guard's missed shift deducted, the firm's agency and account or a boleto, the
  billing clerk); (2) a collection notice to a condominium (síndico qualified, random Pix key, the
  managing agent's landline, e-signature log); (3) a cash-in-transit route manifest as CSV (crew
  with CPF, the driver's CNH, armoured car's and escort's plates, seals not labelled, receivers by
  name or role, with CPF); (4) an events platform's JSON lines paying freelance guards (CPF, E.164
  phone, birth date, a Pix key of any kind, public IP; a private webhook target); (5) a TRCT (CPF,
  PIS, sometimes título, birth date, mother, address, CEP, mobile, e-mail, agency and account, the
  HR's corporate e-mail, the union's assistant); (6) the finance desk's WhatsApp (CPF, agency and
  account, a random Pix key or Pix by CPF, PIS, a client's card sent by mistake, a colleague's new
  number).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Dr.", "Dra.", "SD PM", "CB PM", "dona"; particles and suffixes are inside; "SURNAME, GIVEN" is one
span; first names, nicknames, lower case and ALL CAPS forms are persons; first_name/last_name
columns are one span each. Staff named in the text are persons: guards (vigilantes), supervisors,
inspectors, armourers, monitoring operators, the clients' staff (síndicos, caretakers, facilities
managers, store prevention officers, DPOs, billing clerks), residents, visitors, contractors,
suspects and people approached, federal agents, police officers, delegados and clerks, lawyers,
judges, firm representatives, physicians, psychologists, nurses, safety technicians, HR and finance
staff, accountants, union assistants; logins, system users and bots (Vigia Bot, Coruja, Sentinela,
Ronda Bot, Guardinha) are not. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (dpo@,
privacidade@, lgpd@, operacoes@, faturamento@, sesmt@, rh@, laudos@...) are not. ADDRESS is street +
number + complement of a person (the CEP is BR_CEP); a firm's seat ("com sede na ...") is a company
address and is not labelled; an apartment and block alone ("APTO 104", "BLOCO B") are not an
address. Agency and account are separate BANK_ACCOUNT spans, whoever holds them (a guard, the firm
receiving a client's TED). PIX_KEY only for random keys; a key that is a CPF, phone or e-mail takes
that label. DATE_OF_BIRTH only for births; admission, shift, exam, accident, hearing, expiry and due
dates are not. Masked CPFs are not labelled; identifiers spoken in groups or words are labelled
like their digits.
Decisions of this set:
- The guard's CNV (Carteira Nacional de Vigilante) number is NOT labelled (it is not one of the
  labels, and the numbers written here are invented shapes, not the real format), nor are the
  training certificates' numbers, the firm's Federal Police process (SEI/GESP) numbers, the weapons'
  serial numbers and SINARM registrations (invented, never plate-shaped), the ballistic vests' and
  radios' numbers, cash-in-transit seals (lacres), route and GTV numbers, matrículas, the police
  officers' RE and the federal agents' matrículas, a PM car's prefix ("M-12345"), BO and inquiry
  numbers, the safety technician's MTE registration, the CTPS, the alarm code word. Logins
  (abrasiliano, pcajueiro96) and "OPERADOR 13" are not persons.
- LICENSE_PLATE: every plate is labelled, the firm's own patrol cars, escort cars and armoured cars
  included, and so are visitors', suspects' and robbers' cars (old ABC-1234 / ABC1234 and Mercosul
  ABC1D23 forms). The script checks that no plate-shaped token stands outside the spans.
- PROFESSIONAL_ID covers CRM, CRP, COREN, CRC and OAB with the council and UF or region; the CNV is
  not a council registration.
- A chat sender by name is a PERSON, by number PHONE_NUMBER; "Você", the firm and its departments
  as chat parties are not labelled. Names damaged by OCR are labelled as they stand.
- A full card number typed in a chat is CREDIT_CARD.

Names: Brazilian names of many origins (Portuguese common, north-eastern and old-fashioned, coined,
Italian, German, Polish, Japanese, Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese, Cape
Verdean, indigenous, Jewish, Bolivian, Paraguayan, Venezuelan), rare or invented name words well
above a quarter (main() prints the share). Names that are also words (Rosa, Luz, Flor, Vitória,
Aurora, Bento, Prudente, Amado, Leão, Branco, Serena, Justo...) are names here and, elsewhere,
words, firms, clients, schools, bots and places, not persons ("a luz do poste", "o portão branco",
"seria prudente reforçar a ronda", "Leão de Ouro Vigilância", "Shopping Bento Prudente", "Guardiã
Serena", "Muralha Justo Segurança", "Presidente Prudente", "Rua Bento Gonçalves", the bot
Sentinela).

Hard negatives: CNJ numbers, CNV numbers, weapon serials, SINARM and SEI numbers, seals, protocol,
invoice, NFS-e and CAT receipt numbers, linha digitável blocks, ICD-10 codes (F41.1, F43.1, F32.1,
M54.5, H83.3, S71.1, S81.8, W54, X95...), CBO and CNAE codes, GPS coordinates, money, laws and rules
(Lei 14.967/2024, Portaria DG/PF nº 18.045/2023, Lei 10.826/2003, Lei 12.740/2012, NR-16, art. 59-A
and 193 of the CLT, Súmula 444 and 331 of the TST, Lei 13.709/2018, art. 155 of the Código Penal),
company addresses, companies and streets named after people or words, non-birth dates, private
IPs; the script checks CPF-, PIS-, CNH-, título-, CNS-, card- and plate-shaped runs outside the spans.
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
            "Vanessa", "Luana", "Tatiane", "Daniele", "Raquel", "Cristiane", "Simone", "Ana Paula", "Sueli", "Larissa",
            "Maria Eduarda", "Lúcia", "Rita", "Priscila", "Rosângela", "Carla", "Débora", "Beatriz", "Aparecida", "Renata",
            "Natália", "Carolina", "Thaís", "Kelly", "Solange", "Vera Lúcia"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego",
            "Anderson", "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Raimundo",
            "Sérgio", "Vinícius", "Roberto", "Jorge", "Thiago", "Henrique", "Guilherme", "Leonardo", "Caio", "Edson", "Valdir"]
RARE_F = ["Lucivânia", "Rozilene", "Edinalva", "Joselita", "Francinete", "Gercina", "Adalgisa", "Valdirene", "Jucimara",
          "Elisângela Kátia", "Dulcinéia", "Raimunda Nonata", "Zenaide", "Cremilda", "Orminda", "Iolanda", "Benedita Célia",
          "Derlange", "Gleiciane", "Rayssa Kamilly", "Kauany", "Ysabelly", "Thayane", "Emilly Vitória", "Jhennyfer",
          "Maysa Kauane", "Antonieta", "Socorrinha", "Eurides", "Almerinda", "Laudicéia", "Nivalda", "Lindalva",
          "Maristela", "Zilmar", "Arlinda", "Querência", "Valquíria", "Dione", "Hosana"]
RARE_M = ["Adenilson", "Josué Elias", "Valdemir", "Reginaldo", "Gilmar", "Antenor", "Epitácio", "Laurindo", "Sebastião",
          "Durval", "Aristides", "Otacílio", "Belarmino", "Ezequias", "Nivaldo", "Creomar", "Juscelino", "Edivaldo",
          "Gervásio", "Deusdete", "Arlindo", "Clodoaldo", "Zacarias", "Waldisney", "Kleyton", "Jhony", "Welington",
          "Dheyson", "Kauan", "Ryan Victor", "Erivelton", "Adailton", "Cosme", "Damião", "Raniere", "Jailson",
          "Elenildo", "Uelinton", "Gedeão", "Marivaldo"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Glória", "Pérola", "Maria da Luz",
          "Rosa Maria", "Esperança", "Socorro", "Maria das Graças", "Graça", "Serena", "Dália", "Jasmim", "Bela", "Alegria"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Modesto", "Leão", "Vitório", "Sereno",
          "Constante", "Salvador", "Fortunato", "Honório", "Severino", "Pacífico"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Monteiro", "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Castro", "Azevedo", "Machado"]
RARE_SUR = ["Mourão Seixas", "Esteves Brum", "Cavalheiro", "Bortoluzzi", "Rosalém", "Quixadá", "Jaguaribe", "Sampaio Tavares",
            "Calixto", "Peçanha", "Marambaia", "Piauhy", "Guaraciaba", "Itapicuru", "Canindé", "Cajueiro", "Mangabeira",
            "Ipiranga Leite", "Barreto Falcão", "Tenório Cabral", "Brasiliano", "Medeiros Galvão", "Amazonas Coelho",
            "Sucupira", "Carnaúba", "Pequeno", "Goulart Brum", "Furtado Serpa", "Régis", "Cunegundes", "Verçosa",
            "Agra", "Borborema", "Figueiredo Sá", "Dornelles", "Zimmermann Paes", "Trajano", "Apolinário", "Anunciação",
            "Bulhões"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo",
            "Neves", "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Bonfim", "Guerra", "Leal", "Ramos",
            "Salvador", "Forte", "Pedreira", "Coelho", "Pinheiro", "Corrêa", "Viana", "Rios"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha",
        "Raimundo": "Mundico", "Maria da Luz": "Luzinha", "Luiz": "Lula", "Rafael": "Rafa", "Gabriel": "Biel",
        "Bento": "Bentinho", "Rosa": "Rosinha", "Vinícius": "Vini", "Guilherme": "Gui", "Henrique": "Rick",
        "Pedro": "Pedrão", "João": "Joãozinho", "Sebastião": "Tião", "Epitácio": "Pita", "Laurindo": "Laurinho",
        "Belarmino": "Bela", "Ezequias": "Zequinha", "Deusdete": "Dete", "Juscelino": "Juju", "Zacarias": "Zaca",
        "Waldisney": "Disney", "Welington": "Tom", "Adailton": "Dadá", "Reginaldo": "Naldo", "Valdemir": "Mirim",
        "Edivaldo": "Divaldo", "Durval": "Duda", "Arlindo": "Lindinho", "Clodoaldo": "Clodo", "Gedeão": "Gedé",
        "Lucivânia": "Luci", "Rozilene": "Rozi", "Edinalva": "Nalva", "Joselita": "Zelita", "Francinete": "Neta",
        "Valdirene": "Val", "Jucimara": "Juci", "Dulcinéia": "Dulce", "Raimunda Nonata": "Nonata", "Gleiciane": "Gleice",
        "Maria das Graças": "Gracinha", "Graça": "Gracinha", "Socorro": "Corrinha", "Aparecida": "Cida", "Beatriz": "Bia",
        "Larissa": "Lari", "Natália": "Nati", "Fernanda": "Nanda", "Mariana": "Mari", "Leonardo": "Léo", "Eduardo": "Dudu",
        "Maria Eduarda": "Duda", "Salvador": "Dodô", "Fortunato": "Tato", "Honório": "Nonô", "Severino": "Biu",
        "Kauan": "Kaká", "Dheyson": "Dhey", "Kleyton": "Kley", "Antonieta": "Nieta", "Almerinda": "Mena"}
FOREIGN = {
    "it": (["Gemma", "Assunta", "Carmela", "Graziella"], ["Vittorio", "Guido", "Battista", "Ettore"],
           ["Tomasoni", "Pasqualotto", "Zanella", "Dal Pizzol", "Brambilla", "Lazzarotto", "Bortolon", "Ceccon"]),
    "de": (["Ilse", "Frieda", "Ursula", "Hilda"], ["Helmut", "Lothar", "Reinholdo", "Egon"],
           ["Bernsdorf", "Mallmann", "Schwanke", "Kretschmer", "Stoltz", "Hoffmeister", "Wachholz", "Pommerening"]),
    "pl": (["Jadwiga", "Halina", "Bronisława"], ["Zbigniew", "Kazimierz", "Stanisław"],
           ["Wisniewski", "Kowalczyk", "Zawadzki", "Dembinski", "Sobczak"]),
    "jp": (["Emiko", "Harumi", "Mitsuko", "Sayuri"], ["Kazuo", "Tadashi", "Shigeru", "Hideo"],
           ["Yamashiro", "Kinjo", "Taira", "Miyagi", "Shimabukuro", "Uehara", "Tanaka", "Higa"]),
    "ar": (["Leila", "Soraya", "Yasmin", "Nadia"], ["Nagib", "Assad", "Farid", "Jamil"],
           ["Abdalla", "Haddad", "Jorge Elias", "Farah", "Nassif", "Rizk", "Khoury", "Chedid"]),
    "kr": (["Min-ji", "Eun-young", "Soo-ah"], ["Jae-won", "Hyun-woo", "Dong-hyun"], ["Choi", "Shin", "Han", "Yoon"]),
    "cn": (["Xiaomei", "Lihua", "Yuting"], ["Guoqiang", "Zhiwei", "Haoran"], ["Wang", "Liu", "Zhou", "Lin", "Huang"]),
    "ht": (["Mirlande", "Rose-Mickerline", "Fabienne", "Nadège"], ["Wilner", "Jean-Robert", "Dieunel", "Frantz"],
           ["Saint-Fleur", "Pierre-Louis", "Célestin", "Augustin", "Dorvil", "Jean-Baptiste"]),
    "ao": (["Wezi", "Teresa Nzola", "Kiesse"], ["Nkosi", "Lumbu", "Makiadi"], ["Mbala", "Kapinga", "Tshimanga", "Lukeba"]),
    "sn": (["Aminata", "Mariama", "Khady"], ["Cheikh", "Moussa", "Ousmane"], ["Fall", "Mbaye", "Thiam", "Seck"]),
    "in": (["Potyra", "Jaciara", "Araí"], ["Tupã", "Kauê", "Ubiratã"],
           ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaingang", "Xukuru", "Tikuna"]),
    "jw": (["Ester", "Rivka", "Shoshana"], ["Mordechai", "Avraham", "Yossef"],
           ["Rosenblatt", "Wainstein", "Szterenfeld", "Blinder", "Gurfinkel", "Feldman"]),
    "bo": (["Juana", "Rosmery", "Wilma"], ["Wilfredo", "Ever", "Limber"], ["Condori", "Apaza", "Ticona", "Colque", "Quispe"]),
    "py": (["Nilda", "Liz Mabel", "Zunilda"], ["Ramón", "Arsenio", "Celso"], ["Benítez", "Ayala", "Giménez", "Ñamandú", "Cabañas"]),
    "ve": (["Yusmary", "Mariannys", "Génesis"], ["Yeferson", "Wuilmer", "Jhonder"], ["Bracho", "Villalobos", "Guaramato", "Pirela"]),
    "cv": (["Nha Djassi", "Odete"], ["Djiba", "Nelson"], ["Tavares Lopes", "Semedo", "Varela", "Monteiro Fortes"]),
}
RARE_ORIGINS = ("pl", "kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "py", "ve", "cv")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Sebastião", "Reginaldo", "Gilmar", "Antenor", "Aristides", "Arlindo", "Cosme", "Damião", "Jailson",
                        "Iolanda", "Valquíria", "Maristela", "Lindalva", "Juana", "Wilma", "Nelson", "Odete", "Celso",
                        "Ramón", "Nilda", "Ester", "Pequeno", "Régis", "Agra", "Calixto", "Trajano", "Apolinário",
                        "Dornelles", "Peçanha", "Cavalheiro", "Kauan", "Tavares Lopes", "Monteiro Fortes", "Durval",
                        "Juscelino", "Zacarias", "Antonieta", "Valdemir", "Nivaldo", "Edivaldo", "Adailton"])
RARE.update(["Gemma", "Assunta", "Graziella", "Ettore", "Tomasoni", "Pasqualotto", "Zanella", "Dal Pizzol", "Lazzarotto",
             "Bortolon", "Ceccon", "Ilse", "Frieda", "Reinholdo", "Egon", "Bernsdorf", "Mallmann", "Schwanke", "Stoltz",
             "Hoffmeister", "Wachholz", "Pommerening", "Emiko", "Harumi", "Mitsuko", "Sayuri", "Tadashi", "Shigeru",
             "Hideo", "Yamashiro", "Kinjo", "Taira", "Shimabukuro", "Uehara", "Higa", "Nagib", "Nassif", "Rizk", "Khoury",
             "Chedid", "Soraya"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Guerra", "Conceição", "Forte",
          "Trindade", "Pedreira", "Assunção"}
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
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Estrada", "Rodovia", "Largo"]
STREET_NAMES = ["Chico Mendes", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora", "Estrela Dalva",
                "Doutor Epitácio Marambaia", "Coronel Belarmino Sucupira", "Tiradentes", "Quinze de Novembro",
                "Marechal Rondon", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont",
                "dos Rodoviários", "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras",
                "Senador Otacílio Jaguaribe", "Professora Adalgisa Quixadá", "São Bento", "Beira Rio", "Vitória Régia",
                "dos Ipês", "Leão XIII", "da Luz", "Motorista Gervásio Calixto", "Madre Paulina", "Pioneiro Egon Wachholz",
                "Doutor Nagib Chedid", "das Acácias", "Dom Hélder Câmara", "da Glória", "Padre Ezequias Canindé",
                "Vereador Laurindo Borborema", "Rio Branco", "Treze de Maio", "da Estação", "Nova Esperança",
                "dos Caminhoneiros", "Juscelino Kubitschek", "Mãe Menininha", "Zumbi dos Palmares", "Presidente Dutra",
                "Cobrador Deusdete Agra", "do Contorno", "Bom Jesus dos Passos"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Santo André", "SP"), ("Guarulhos", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Duque de Caxias", "RJ"),
          ("Belo Horizonte", "MG"), ("Contagem", "MG"), ("Montes Claros", "MG"), ("Curitiba", "PR"),
          ("Londrina", "PR"), ("Nova Aurora", "PR"), ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"),
          ("Santa Rosa", "RS"), ("Canoas", "RS"), ("Florianópolis", "SC"), ("Joinville", "SC"),
          ("Chapecó", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Recife", "PE"), ("Caruaru", "PE"),
          ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"),
          ("Aracaju", "SE"), ("Teresina", "PI"), ("São Luís", "MA"), ("Belém", "PA"), ("Manaus", "AM"),
          ("Goiânia", "GO"), ("Brasília", "DF"), ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"),
          ("Boa Vista", "RR"), ("Pedra Branca", "CE"), ("Rio Branco", "AC")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Vila Olímpica", "Jardim Estádio",
           "Jardim Vitória", "Bela Vista", "Parque das Flores", "Vila Estrela", "Cidade Nova", "Glória", "Benfica",
           "Cajazeiras", "Vila Prudente", "Tijuca", "Pituba", "Boa Viagem", "Bairro da Luz", "Jardim Esperança",
           "Moinhos de Vento", "Santa Luzia", "Vila Operária", "Aldeota", "Savassi", "Praia do Canto"]
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
        if g.startswith("Maria d") or g in ("Rosa Maria", "Ana Paula", "João Pedro", "José Carlos", "Liz Mabel", "Maria Eduarda", "Vitória Maria",
                                                  "Vera Lúcia", "Elisângela Kátia", "Raimunda Nonata", "Benedita Célia", "Rayssa Kamilly",
                 "Emilly Vitória", "Maysa Kauane", "Josué Elias", "Ryan Victor", "Teresa Nzola", "Nha Djassi"):
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
        """Hex ids (sessions, subscriptions, customers); never a run of nine or more digits that could read as an identifier."""
        while True:
            s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
            if not re.search(r"\d{9}", s):
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
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F", f"CREFITO-{self.ri(1, 18)}/{self.d(5)}-F",
                              f"CREFITO {self.ri(1, 18)} nº {self.ri(10000, 399999)}-F"])
        if kind == "CREF":
            c = f"{self.ri(1, 199999):06d}"
            return self.pick([f"CREF {c}-G/{uf}", f"CREF {c}-G/{uf}", f"CREF {c.lstrip('0')}-G/{uf}", f"CREF-{uf} {c}-G",
                              f"CREF {self.ri(1, 20)}/{uf} {c}-G", f"CREF {c}-P/{uf}", f"CREF nº {c}-G/{uf}"])
        if kind == "CRN":
            return self.pick([f"CRN-{self.ri(1, 11)} {self.ri(1000, 99999)}", f"CRN{self.ri(1, 11)} {self.ri(1000, 99999)}/P",
                              f"CRN-{self.ri(1, 11)}/{uf} {self.ri(1000, 99999)}"])
        if kind == "CRBM":
            return self.pick([f"CRBM-{self.ri(1, 6)} {self.ri(1000, 59999)}", f"CRBM {self.ri(1, 6)}ª Região nº {self.ri(1000, 59999)}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {dotted}"])
        if kind == "CRQ":
            return self.pick([f"CRQ-{self.pick(['IV', 'II', 'V', 'XII', 'XIII', 'X'])} {self.d(8)}", f"CRQ {self.ri(1, 21)}ª Região nº {self.d(8)}"])
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
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "PC/RS", "SSP/GO", "SEJUSP/MS"]


def caps_t(template: str) -> str:
    """ALL CAPS (accents folded) outside the «keys» of a template."""
    return "".join(part if MARK.fullmatch(part) else fold(part).upper() for part in re.split(r"(«\w+»)", template))


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job: str | None = None) -> None:
    """'NAME, brasileira, solteira, catadora, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {g.pick(CIVIL[p.female])}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        doc.f(up(", nascid«o» em "), o=p.o.upper() if caps else p.o)
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", 1955, 2004), "DATE_OF_BIRTH")
    if rg is True and g.chance(0.2):
        doc.t(up(", portador" + ("a" if p.female else "") + " da CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    elif rg:
        doc.t(up(", portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(RG_ORG))
    doc.t(up(", inscrit" + p.o + " no CPF sob o nº "))
    doc.e(g.cpf("dot"), "BR_CPF")
    if pis:
        doc.t(up(", NIS/PIS nº "))
        doc.e(g.pis(), "BR_PIS")
    if titulo:
        doc.t(up(", título de eleitor nº "))
        doc.e(g.titulo(), "BR_TITULO_ELEITOR")
    if email:
        doc.t(up(", e-mail ") if not caps else ", E-MAIL ")
        doc.e(email if isinstance(email, str) else g.email(p), "EMAIL_ADDRESS")
    if phone:
        doc.t(up(", telefone "))
        doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    if addr:
        doc.t(up(", residente e domiciliad" + p.o + " na "))
        doc.e(g.address("caps" if caps else "text"), "ADDRESS")
        city, uf = where or g.city()
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


def fee(g: Gen, lo: int = 79, hi: int = 269) -> float:
    return g.ri(lo, hi) + g.pick([0.0, 0.9, 0.99, 0.9, 0.5])




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
    dd, mm, yy = g.dob_parts(1950, 2006)
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


def chat_stamp(ios: bool):
    def st(t: datetime.datetime) -> str:
        return ts(t, "waios") + " " if ios else ts(t, "wa") + " - "
    return st


def esign_log(g: Gen, doc: Doc, signers: list[tuple[Person, str]], t0: datetime.datetime, style: str | None = None) -> None:
    """An e-signature log: name, e-mail, IP, time (envelope id upper-case UUID, not labelled)."""
    while True:
        env = str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper()
        if not any(len(re.sub(r"\D", "", run)) >= 9 for run in re.findall(r"[\d-]+", env)):
            break
    doc.f("\nLOG DE ASSINATURAS — envelope «e»\n", e=env)
    rows = []
    t = t0
    for p, mail in signers:
        t = t + datetime.timedelta(minutes=g.ri(2, 600))
        rows.append([P(g.pick([p.full, p.caps])), (mail, "EMAIL_ADDRESS"), (g.ip(), "IP_ADDRESS"), V(ts(t, "brs")),
                     V(g.pick(["assinou", "assinou (token SMS)", "assinou (gov.br)", "assinou (selfie + token)"]))])
    table_ruled(doc, ["signatário", "e-mail", "IP", "data/hora", "evento"], rows, style or g.pick(["plus", "psql", "plain"]))


CNJ_SEG = {"SP": "8.26", "RJ": "8.19", "MG": "8.13", "RS": "8.21", "PR": "8.16", "SC": "8.24", "BA": "8.05", "PE": "8.17",
           "CE": "8.06", "RN": "8.20", "PB": "8.15", "AL": "8.02", "SE": "8.25", "PI": "8.18", "MA": "8.10", "PA": "8.14",
           "AM": "8.04", "GO": "8.09", "DF": "8.07", "MS": "8.12", "MT": "8.11", "ES": "8.08", "RR": "8.23", "AC": "8.01"}
TRT = {"SP": "5.02", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14"}






# --------------------------------------------------------------------------- register: private security firms and guards

SEED = 11717
OUT_NAME = "hundredseventeenth.jsonl"

FIRMS = [("Leão de Ouro Vigilância", "Leão de Ouro Vigilância Patrimonial Ltda.", "leaodeouro.com.br"),
         ("Sentinela Branco Segurança", "Sentinela Branco Segurança Privada Ltda.", "sentinelabranco.com.br"),
         ("Vigilância Estrela Guarda", "Estrela Guarda Vigilância e Segurança Eireli", "estrelaguarda.com.br"),
         ("Prudente Escolta", "Prudente Escolta Armada e Vigilância Ltda.", "prudenteescolta.com.br"),
         ("Rosa Forte Segurança", "Rosa Forte Segurança Privada Ltda.", "rosaforte.com.br"),
         ("Bonfim Vigilância", "Bonfim Vigilância e Segurança Eletrônica Ltda.", "bonfimvigilancia.com.br"),
         ("Guardiã Serena", "Guardiã Serena Serviços de Segurança Ltda.", "guardiaserena.com.br"),
         ("Vitória Segurança Patrimonial", "Vitória Segurança Patrimonial S/A", "vitoriaseg.com.br"),
         ("Amado & Fontes Vigilância", "Amado & Fontes Vigilância Ltda.", "amadofontes.com.br"),
         ("Muralha Justo Segurança", "Muralha Justo Segurança e Vigilância Ltda. ME", "muralhajusto.com.br")]
TV_FIRMS = [("Aurora Transporte de Valores", "Aurora Transporte de Valores e Escolta S.A.", "auroratv.com.br"),
            ("Cofre Forte Bento Leal", "Bento Leal Transporte de Valores Ltda.", "bentoleal.com.br"),
            ("Serra Forte Valores", "Serra Forte Transporte de Valores S/A", "serraforte.com.br"),
            ("Prudente Escolta", "Prudente Escolta Armada e Vigilância Ltda.", "prudenteescolta.com.br")]
POSTS = [("Condomínio Residencial Flor do Campo", "condo", "flordocampo.com.br"),
         ("Condomínio Edifício Vitória Régia", "condo", "edvitoriaregia.com.br"),
         ("Residencial Jardim Aurora", "condo", "resjardimaurora.com.br"),
         ("Condomínio Parque das Estrelas", "condo", "parquedasestrelas.com.br"),
         ("Condomínio Solar do Prudente", "condo", "solardoprudente.com.br"),
         ("Shopping Bento Prudente", "shopping", "shoppingbentoprudente.com.br"),
         ("Shopping Vitória Park", "shopping", "vitoriapark.com.br"),
         ("Boulevard Rosa Shopping", "shopping", "rosashopping.com.br"),
         ("Centro Empresarial Luz", "corporate", "celuz.com.br"),
         ("Torre Amado Corporate", "corporate", "torreamado.com.br"),
         ("Universidade Rosa dos Ventos", "corporate", "urv.edu.br"),
         ("Hospital São Bento", "hospital", "hsaobento.org.br"),
         ("Supermercados Leal", "retail", "supermercadosleal.com.br"),
         ("Atacadão Estrela do Sul", "retail", "estreladosul.com.br"),
         ("Centro de Distribuição Serra Azul", "logistics", "serraazullog.com.br"),
         ("agência Centro do Banco Celeste", "bank", "bancoceleste.com.br"),
         ("agência Praça da Paz do Banco Celeste", "bank", "bancoceleste.com.br")]
SCHOOLS = ["Academia de Vigilantes Leão Dourado", "Escola de Formação de Vigilantes Prudente", "Centro de Formação Estrela Guarda",
           "Instituto Bonfim de Formação em Segurança", "Academia Serena de Vigilância", "Escola de Vigilantes Flor de Lis"]
COURSES = ["reciclagem de vigilantes", "reciclagem de vigilantes", "extensão em transporte de valores", "extensão em escolta armada",
           "extensão em segurança pessoal privada", "extensão em equipamentos não letais", "formação de vigilantes"]
OCC_CLINICS = [("Clínica Prudente Saúde Ocupacional", "Prudente Medicina Ocupacional Ltda.", "prudenteocupacional.com.br"),
               ("MedTrab Aurora", "Aurora Medicina e Segurança do Trabalho Ltda.", "medtrabaurora.com.br"),
               ("Clínica Celeste Medicina do Trabalho", "Celeste Serviços Médicos Ltda.", "clinicaceleste.med.br"),
               ("Ocupa Bonfim", "Bonfim Saúde Ocupacional S/S", "ocupabonfim.com.br"),
               ("Policlínica Serena do Trabalhador", "Policlínica Serena Ltda.", "policlinicaserena.com.br")]
PSY_CLINICS = [("Instituto Branco de Psicologia", "institutobranco.psc.br"), ("Núcleo Psi Serena", "psiserena.com.br"),
               ("Clínica Luz Avaliação Psicológica", "luzavaliacao.com.br"), ("Espaço Psi Vitória", "psivitoria.com.br")]
ER_UNITS = ["UPA 24h Vila Aurora", "Hospital Municipal São Bento — Pronto-Socorro", "Hospital Santa Luzia — Emergência", "Pronto-Socorro Central",
            "Hospital Regional Bom Jesus — PS"]
APPS = ["RondaNet", "VigiApp", "Patrulha 360", "CheckPosto", "GuardaWeb"]
BOTS = ["Vigia Bot", "Coruja", "Sentinela", "Ronda Bot", "Guardinha"]
ROLE_BOXES = ["sac", "contato", "operacoes", "escala", "rh", "dp", "sesmt", "financeiro", "faturamento", "cobranca", "juridico", "dpo",
              "privacidade", "lgpd", "monitoramento", "central", "supervisao", "comercial", "naoresponda", "no-reply", "protocolo", "delesp",
              "gesp", "ouvidoria", "agendamento", "exames", "laudos", "psicologia", "sindico", "administracao", "portaria", "seguranca",
              "atendimento", "suporte", "recepcao", "tesouraria", "cofre", "facilities", "diretoria", "pagamentos", "webhook"]
WEAPONS = ["revólver calibre .38", "revólver calibre .38", "pistola calibre .380", "espingarda calibre 12", "pistola calibre 9 mm"]
ARMOUR = ["carro-forte Volkswagen Constellation blindado", "carro-forte Mercedes-Benz Atego blindado", "carro-forte Ford Cargo blindado",
          "furgão blindado Iveco Daily"]
PATROL = ["viatura Fiat Strada", "viatura Renault Duster", "moto Honda XRE 300", "viatura VW Saveiro", "viatura Chevrolet Montana"]
PRIVATE_CARS = ["Fiat Uno prata", "VW Gol branco", "Renault Sandero vermelho", "Toyota Corolla preto", "Honda Biz preta", "Chevrolet Onix cinza",
                "Hyundai HB20 prata", "Fiat Strada branca", "Yamaha Fazer azul", "VW Saveiro branca", "Jeep Renegade verde", "moto CG 160 vermelha"]
OCC_ICD = [("F41.1", "ansiedade generalizada"), ("F43.1", "transtorno de estresse pós-traumático"), ("F32.1", "episódio depressivo moderado"),
           ("M54.5", "dor lombar baixa"), ("H83.3", "efeitos do ruído sobre o ouvido interno"), ("I10", "hipertensão essencial"),
           ("M75.1", "síndrome do manguito rotador"), ("J06.9", "infecção aguda das vias aéreas superiores"), ("F43.0", "reação aguda ao estresse")]
INJURIES = [("S71.1", "ferimento aberto da coxa por projétil de arma de fogo", "atingido por disparo durante tentativa de roubo", "X95"),
            ("S81.8", "ferimento da perna", "mordido por cão solto durante ronda noturna no pátio", "W54"),
            ("S01.8", "ferimento do couro cabeludo", "agredido com barra de ferro por invasor", "Y00"),
            ("S62.6", "fratura de dedo da mão", "prensou a mão no portão da eclusa de pedestres", "W23"),
            ("S93.4", "entorse do tornozelo", "torceu o pé ao descer a escada da guarita", "W10"),
            ("T14.0", "escoriações múltiplas", "caiu durante perseguição a suspeito no estacionamento", "W01"),
            ("S42.0", "fratura da clavícula", "queda de moto durante ronda externa", "V28")]
PSY_TESTS = ["Palográfico", "AC-15 (atenção concentrada)", "BPA (atenção)", "TEACO-FF", "R-1 (raciocínio)", "BFP (personalidade)",
             "HTP", "Pfister", "entrevista semiestruturada", "IFP-II", "Teste de Memória de Reconhecimento (TEM-R)"]
STOLEN = ["2 perfumes importados", "1 fone de ouvido sem fio", "3 peças de picanha", "1 celular exposto na vitrine", "5 barras de chocolate e 2 desodorantes",
          "1 tênis de corrida", "2 garrafas de uísque", "1 carregador portátil"]
RADIO = ["qap", "qap total", "qsl", "qrv", "tks", "positivo"]
JOBS = {True: ["vigilante", "vigilante", "vigilante", "auxiliar administrativa", "técnica de enfermagem", "vendedora", "professora", "diarista",
               "empresária", "analista de sistemas", "aposentada", "estudante"],
        False: ["vigilante", "vigilante", "vigilante", "motorista", "pedreiro", "vendedor", "comerciante", "motoboy", "engenheiro", "autônomo",
                "aposentado", "estudante"]}


def firm(g: Gen) -> tuple[str, str, str]:
    return g.pick(FIRMS)


def post(g: Gen, kinds: tuple[str, ...] | None = None) -> tuple[str, str, str]:
    return g.pick([p for p in POSTS if kinds is None or p[1] in kinds])


def cnv(g: Gen) -> str:
    """An invented number for a guard's CNV (Carteira Nacional de Vigilante): not labelled."""
    return g.pick([f"{g.d(6)}/{g.ri(2019, 2026)}", f"{g.d(3)}.{g.d(3)}", str(g.ri(100000, 999999)), f"{g.d(2)}.{g.d(5)}-{g.d(1)}"])


def serial(g: Gen) -> str:
    """An invented weapon serial (never plate-shaped): not labelled."""
    return g.pick([f"{g.up(2)}{g.d(6)}", f"{g.d(2)}{g.up(1)}{g.d(5)}", f"{g.up(1)}{g.d(3)}{g.up(2)}{g.d(2)}", f"{g.up(2)}{g.d(3)}{g.up(1)}{g.d(2)}"])


def sinarm(g: Gen) -> str:
    return f"{g.ri(2010, 2025)}/{g.d(7)}"


def matr(g: Gen) -> str:
    return g.pick([g.d(5), f"{g.d(4)}-{g.d(1)}", f"V{g.d(4)}", g.d(6)])


def lacre(g: Gen) -> str:
    return f"{g.up(2)}{g.d(7)}"


def cert_no(g: Gen) -> str:
    return g.pick([f"{g.d(4)}/{g.ri(2023, 2026)}", f"CERT-{g.d(6)}", f"{g.d(3)}.{g.d(3)}/{g.ri(2023, 2026)}"])


def sei(g: Gen) -> str:
    """A Federal Police (SEI/GESP) process number: not labelled."""
    return f"{g.d(5)}.{g.d(6)}/{g.ri(2024, 2026)}-{g.d(2)}"


def bo(g: Gen) -> str:
    return g.pick([f"{g.d(4)}/{g.ri(2025, 2026)}", f"{g.up(2)}{g.d(4)}-{g.d(1)}/{g.ri(2025, 2026)}", f"{g.d(6)}/{g.ri(2025, 2026)}"])


def re_pm(g: Gen) -> str:
    return f"{g.d(6)}-{g.d(1)}"


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    return g.pick([c for c in CITIES if c[1] == uf])


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def sup_word(p: Person) -> str:
    return "supervisora" if p.female else "supervisor"


def shift(g: Gen) -> str:
    return g.pick(["12x36 diurno (07h às 19h)", "12x36 noturno (19h às 07h)", "12x36 diurno (06h às 18h)", "12x36 noturno (18h às 06h)",
                   "5x2 comercial (08h às 17h48)", "6x1 (07h às 15h20)"])


def word_neg(g: Gen) -> str:
    return g.pick(["A luz do poste do estacionamento G2 queimou de novo.", "O portão branco da garagem está travando, chamei a manutenção.",
                   "Seria prudente reforçar a ronda no muro dos fundos.", "Foi uma vitória fechar o mês sem ocorrência no posto.",
                   "A Leão de Ouro Vigilância trocou o fornecedor de uniforme.", "O Shopping Bento Prudente abre às 10h no domingo.",
                   "Na Rua Bento Gonçalves o trânsito parou por causa do carro-forte.", "A flor do jardim da portaria foi arrancada de novo.",
                   "Justo no meu plantão o rádio ficou sem bateria.", "Presidente Prudente vai ter curso de reciclagem em março.",
                   "A paz voltou depois que trocaram a câmera da eclusa.", "O Condomínio Solar do Prudente pediu mais um posto noturno.",
                   "O leão de chácara do bar da esquina não é da nossa empresa.", "Guardiã Serena ganhou a licitação do hospital.",
                   "Esperança é a central responder rápido hoje.", "A estrela do crachá novo é o logo da Vigilância Estrela Guarda.",
                   "Na Avenida Rio Branco o semáforo da saída do shopping está piscando.", "O sino da capela do hospital tocou às 6h como sempre."])


def na(school: str) -> str:
    """The contracted preposition before a school's name ("na Academia", "no Centro")."""
    return ("no " if school.split()[0] in ("Centro", "Instituto") else "na ") + school


def addr_pair(g: Gen) -> tuple[str, str]:
    """One home address, as typed in a record and as a speech-to-text engine writes it when read out."""
    t = g.pick(STREET_TYPES)
    name = g.pick(STREET_NAMES)
    num = str(g.ri(3, 3999))
    comp = g.pick(["", "", "", f"apto {g.ri(11, 1204)}", f"casa {g.ri(1, 9)}", "fundos", f"bloco {g.pick('ABCD')} apto {g.ri(11, 408)}"])
    typed = f"{t} {name}, {num}" + (f", {comp}" if comp else "")
    spoken = fold(f"{t} {name} {num}" + (f" {comp}" if comp else "")).lower().replace("apto", "apartamento")
    return typed, spoken


def company_address(g: Gen) -> str:
    """A firm's seat (not labelled: a company's address)."""
    return f"{g.pick(['Rua', 'Avenida', 'Rodovia', 'Avenida'])} {g.pick(STREET_NAMES)}, {g.ri(10, 4999)}" + \
        g.pick(["", "", ", galpão 2", ", sala 1204", ", 3º andar", ", Distrito Industrial"])


JOBS_OTHER = {True: ["administradora", "advogada", "professora aposentada", "empresária", "contadora", "médica", "servidora pública"],
              False: ["administrador", "advogado", "professor aposentado", "empresário", "contador", "engenheiro", "servidor público"]}


def nm(p: Person, g: Gen, caps: bool = False) -> str:
    return p.capsf if caps else g.pick([p.full, p.full, p.caps])


# --------------------------------------------------------------------------- atendimento


def at_zap_grupo(g: Gen) -> Doc:
    """The WhatsApp group of a post's guards (lower case): the 12x36 roster, a shift swap, radio-style check-ins, a suspicious car,
    the HR asking CPFs for the check-in app, a CNV about to expire."""
    doc = Doc()
    fan, raz, dom = firm(g)
    pn, kind, pdom = post(g)
    sup = g.person(female=g.chance(0.2))
    gs = [g.person(female=g.chance(0.2)) for _ in range(g.ri(5, 6))]
    st = chat_stamp(g.chance(0.4))
    tt = iter(seq_times(g, 30, g.moments(1, g.day(), 1, (5, 8))[0], 60, 2400))
    doc.f("Conversa do WhatsApp com «n»\n\n", n=g.pick([f"Posto {pn} 🛡️", f"Equipe {pn.split()[-1]} 12x36", f"{fan} — {pn}"]))
    senders: dict[int, tuple] = {}

    def snd(p: Person) -> tuple:
        if id(p) not in senders:
            if p is sup and g.chance(0.35):
                senders[id(p)] = V("Você")
            elif g.chance(0.15):
                senders[id(p)] = P(g.pick([p.short, p.first, p.full, p.nick]))
            else:
                senders[id(p)] = (g.phone("wa"), "PHONE_NUMBER")
        return senders[id(p)]

    def lo(p: Person) -> tuple:
        return P(lower(g.pick([p.first, p.nick, p.first, p.short])))

    mes = g.pick(MONTHS)
    if g.chance(0.4):
        roster = "bom dia equipe! escala 12x36 de «m» fixada na guarita: diurno par «a», diurno ímpar «c», noturno par «d», noturno ímpar «e»"
        names = dict(a=lo(gs[0]), c=lo(gs[2]), d=lo(gs[3]), e=lo(gs[4]))
    else:
        roster = "bom dia equipe! escala 12x36 de «m» fixada na guarita. mudanças: «a» passa pro noturno ímpar e «c» volta de férias dia «d»"
        names = dict(a=lo(gs[0]), c=lo(gs[2]), d=g.ri(2, 28))
    cl(doc, st(next(tt)), snd(sup), roster, m=mes, **names)
    a, b = gs[0], gs[2]
    cl(doc, st(next(tt)), snd(a), "sup, consigo trocar meu plantão do dia «d» com «o» «x»? tenho «w»", d=g.ri(2, 28), o=b.o, x=lo(b),
       w=g.pick(["consulta no posto de saúde", "audiência no fórum", "formatura da minha filha", "prova da faculdade"]))
    cl(doc, st(next(tt)), snd(b), g.pick(["por mim tranquilo", "fechado, mas fico devendo o dia 20 hein", "pode ser 👍"]))
    cs = g.person()
    cl(doc, st(next(tt)), snd(sup), "autorizado. registra a troca no livro e avisa «t»«c» da «k»",
       **(dict(t="a " if cs.female else "o ", c=lo(cs)) if g.chance(0.5) else dict(t="o pessoal", c="")), k=g.pick(["administração", "gerência", "síndica" if cs.female else "sindicatura", "facilities"]))
    c3 = gs[3]
    cl(doc, st(next(tt)), snd(c3), "«r» posto, assumindo «h». recebi d«o» «x» 1 ht, 1 lanterna e o livro. sem alteração", r=g.pick(RADIO), h=g.pick(["07h", "07:00", "19h", "19:00"]),
       o=gs[1].o, x=lo(gs[1]))
    c4 = gs[4]
    cl(doc, st(next(tt)), snd(c4), "atenção: «m» placa «p» passando devagar na frente do portão pela terceira vez, 2 ocupantes", m=lower(g.pick(PRIVATE_CARS)),
       p=(g.plate(), "LICENSE_PLATE"))
    cl(doc, st(next(tt)), snd(sup), "anota no livro com horário. se parar, liga 190 e me chama no rádio. «n» reforça a ronda do «l»", n=lo(c3),
       l=g.pick(["estacionamento", "muro dos fundos", "g2", "portão de serviço"]))
    if g.chance(0.5):
        cl(doc, st(next(tt)), snd(c4), "<mídia oculta>")
    if g.chance(0.6):
        cl(doc, st(next(tt)), snd(gs[1]), "«a» do «ap» liberou a entrada do técnico da internet, «m» placa «q», rg «r»", a=g.pick(["morador", "moradora"]),
           ap=f"{g.ri(1, 24)}{g.ri(1, 4):02d}", m=lower(g.pick(PRIVATE_CARS)), q=(g.plate(), "LICENSE_PLATE"), r=(g.rg(), "BR_RG"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), snd(sup), "plantão da supervisão hoje à noite: «t»", t=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"))
    ap = g.pick(APPS)
    cl(doc, st(next(tt)), snd(sup), "pessoal, o rh pediu cpf e data de nascimento de quem ainda não ativou o «a» (check-in de ronda). sem isso não sai o vale",
       a=lower(ap))
    for p in g.sample(gs, g.ri(3, 4)):
        r = g.rng.random()
        if r < 0.35:
            cl(doc, st(next(tt)), snd(p), "«c»\n«d»", c=(g.cpf(), "BR_CPF"), d=(g.dob(g.pick(["br", "short", "nopad"]), 1965, 2004), "DATE_OF_BIRTH"))
        elif r < 0.7:
            cl(doc, st(next(tt)), snd(p), "cpf «c» nasc «d» matrícula «m»", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
               d=(g.dob(g.pick(["br", "nopad"]), 1965, 2004), "DATE_OF_BIRTH"), m=matr(g))
        else:
            cl(doc, st(next(tt)), snd(p), "«c»", c=(g.cpf(), "BR_CPF"))
    p = gs[-1]
    cl(doc, st(next(tt)), snd(p), "minha cnv «n»vence «d», já fiz a «k» «e», o certificado tá com «x»", n=g.pick([cnv(g) + " ", ""]),
       d=g.date("short"), k=g.pick(["reciclagem", "reciclagem", "extensão de escolta"]), e=lower(na(g.pick(SCHOOLS))),
       x=P(lower(g.person(True).first)) if g.chance(0.3) else "o dp")
    if g.chance(0.5):
        cl(doc, st(next(tt)), snd(g.pick(gs)), "meu número novo é «t», o outro roubaram no ônibus", t=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.35):
        cl(doc, st(next(tt)), snd(g.pick(gs)), lower(word_neg(g)))
    if g.chance(0.7):
        cl(doc, st(next(tt)), snd(sup), "fixando de novo os contatos: central «a» | supervisão «b» | fiscal do cliente «c»",
           a=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"), b=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
           c=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), snd(sup), g.pick(["lembrando: uniforme completo, colete e crachá. dormir no posto é advertência 😤", "tks equipe",
                                            "quem não mandou o cpf manda até amanhã", "bom plantão a todos 🙏"]))
    return doc


def at_livro_ocorrencias(g: Gen) -> Doc:
    """A condominium's or a building's post logbook (livro de ocorrências) in capitals: shift handover, visitors, a theft, an alarm,
    a suspicious car, handover, the guard's and the supervisor's signatures."""
    doc = Doc()
    fan, raz, dom = firm(g)
    pn, kind, pdom = post(g, ("condo",))
    g0, g1, g2 = g.person(), g.person(), g.person()
    sup = g.person()
    d = g.day()
    day_shift = g.chance(0.6)
    doc.f("«f» — LIVRO DE OCORRENCIAS DO POSTO\nPOSTO: «p» — «x» — FOLHA «fl»\nDATA: «d»   TURNO: «t»\n\n", f=fold(fan).upper(), p=fold(pn).upper(),
          x=g.pick(["PORTARIA PRINCIPAL", "GUARITA 1", "RECEPCAO TERREO", "PORTARIA DE SERVICO"]), fl=f"{g.ri(1, 199):03d}", d=dbr(d),
          t="DIURNO 07H AS 19H" if day_shift else "NOTURNO 19H AS 07H")
    h = (7 if day_shift else 19) * 60
    hh = lambda m: f"{(m // 60) % 24:02d}:{m % 60:02d}"
    doc.f("«h» — ASSUMI O POSTO RECEBENDO D«o» VIGILANTE «n» 1 RADIO HT, 1 LANTERNA, «c» E ESTE LIVRO. SEM ALTERACOES.\n", h=hh(h), o=g0.o.upper(),
          n=P(g0.capsf), c=g.pick(["CHAVES DO PORTAO", "O CONTROLE DA CANCELA", "O CELULAR DO POSTO"]))
    evs = g.sample(["visit", "deliv", "theft", "alarm", "car", "fence", "visit2", "garage", "visit3"], g.ri(5, 7))
    for ev in evs:
        h += g.ri(25, 150)
        if ev == "garage":
            doc.f("«h» — RONDA NA GARAGEM: VEICULOS SEM SELO DE MORADOR NAS VAGAS DE VISITANTE: «a», «b»«s»«c». COMUNICADO A ADMINISTRACAO.\n", h=hh(h),
                  a=(g.plate(), "LICENSE_PLATE"), b=(g.plate(), "LICENSE_PLATE"), **(dict(s="", c=V("")) if g.chance(0.5) else dict(s=" E ", c=(g.plate(), "LICENSE_PLATE"))))
        elif ev in ("visit", "visit2", "visit3"):
            v = g.person()
            m = g.person()
            named, apn = g.chance(0.5), f"{g.ri(1, 24)}{g.ri(1, 4):02d}"
            doc.f("«h» — ENTRADA DO PRESTADOR «n», ", h=hh(h), n=P(v.capsf))
            r = g.rng.random()
            if r < 0.4:
                doc.f("RG «r»", r=(g.rg(), "BR_RG"))
            elif r < 0.8:
                doc.f("CPF «r»", r=(g.cpf(), "BR_CPF"))
            else:
                doc.f("CNH «r»", r=(g.cnh(), "BR_CNH"))
            if g.chance(0.6):
                doc.f(", CEL. «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
            doc.f(", DA «e», NO VEICULO «mo» PLACA «p», AUTORIZADO PEL«o» MORADOR«a» «mn»«ap».\n",
                  e=g.pick(["DEDETIZADORA LUZ", "ELETRICA BONFIM", "CLIMATIZACAO AURORA", "GAS SERRA", "INTERNET ESTRELA FIBRA"]),
                  mo=fold(g.pick(PRIVATE_CARS)).upper(), p=(g.plate(), "LICENSE_PLATE"), o="A" if m.female else "O", a="A" if m.female else "",
                  mn=P(g.pick([m.capsf, fold(m.short).upper()])) if named else f"DO APTO {apn}", ap=f" (APTO {apn})" if named else "")
        elif ev == "deliv":
            r = g.person()
            doc.f("«h» — ENTREGADOR DE APLICATIVO (MOTO PLACA «p») DEIXOU ENCOMENDA PARA O APTO «ap». GUARDADA NA SALA DE ENCOMENDAS.\n", h=hh(h),
                  p=(g.plate(g.chance(0.5)), "LICENSE_PLATE"), ap=f"{g.ri(1, 24)}{g.ri(1, 4):02d}")
        elif ev == "theft":
            r = g.person(True)
            doc.f("«h» — A MORADORA «n»«sp»(APTO «ap» BLOCO «b») COMUNICOU FURTO DE «x» NA GARAGEM. VERIFICADAS AS IMAGENS DO CFTV COM O "
                  "SUPERVISOR «s»: INDIVIDUO DE BONE AS «h2», SAIU NA «m» PLACA «q». ORIENTADA A REGISTRAR BO. CONTATO DA MORADORA: «t».\n", h=hh(h),
                  m=g.pick(["MOTO", "MOTO PRETA", "MOTO CG", "MOTO BIZ"]), q=(g.plate(g.chance(0.6)), "LICENSE_PLATE"),
                  t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
                  **(dict(n=P(g.pick([r.capsf, fold(r.short).upper()])), sp=" ") if g.chance(0.5) else dict(n="", sp="")),
                  ap=f"{g.ri(1, 24)}{g.ri(1, 4):02d}", b=g.pick("ABCD"), x=g.pick(["BICICLETA", "CAPACETE", "ESTEPE", "PATINETE ELETRICO"]),
                  **(dict(s=P(fold(g.pick([sup.short, sup.capsf])).upper())) if g.chance(0.5) else dict(s="DE AREA")), h2=hh(h - g.ri(60, 400)))
        elif ev == "alarm":
            op = g.person()
            doc.f("«h» — DISPARO DO ALARME DA ZONA «z» («l»). RONDA REALIZADA, NADA CONSTATADO. COMUNICADO A CENTRAL, «o».\n", h=hh(h),
                  z=g.ri(1, 12), l=g.pick(["SALAO DE FESTAS", "ACADEMIA", "CASA DE BOMBAS", "SUBSOLO 2", "TELHADO"]),
                  o=g.pick([f"OPERADOR {g.ri(1, 40):02d}", f"PROTOCOLO {g.d(6)}"]))
        elif ev == "car":
            s = g.person()
            doc.f("«h» — VEICULO «m» PLACA «p» PAROU EM FRENTE AO PORTAO DE SERVICO POR 40 MIN COM 2 OCUPANTES. ANOTADO E INFORMADO «o» «n».\n",
                  h=hh(h), m=fold(g.pick(PRIVATE_CARS)).upper(), p=(g.plate(), "LICENSE_PLATE"), o="A SINDICA" if s.female else "AO SINDICO",
                  n=P(fold(g.pick([s.short, s.full])).upper()))
        else:
            z = g.person(False)
            doc.f("«h» — RONDA PERIMETRAL: CONCERTINA DANIFICADA NO MURO DOS FUNDOS. SOLICITADO REPARO AO ZELADOR «n».\n", h=hh(h),
                  n=P(fold(g.pick([z.first, z.nick])).upper()))
    h = (19 if day_shift else 31) * 60
    if g.chance(0.5):
        doc.f("«h» — PASSEI O POSTO «o» «n», COM O MESMO MATERIAL. SEM MAIS.\n\n", h=hh(h), o="A VIGILANTE" if g2.female else "AO VIGILANTE",
              n=P(g2.capsf))
    else:
        doc.f("«h» — PASSEI O POSTO AO VIGILANTE DO TURNO SEGUINTE, COM O MESMO MATERIAL. SEM MAIS.\n\n", h=hh(h))
    doc.f("VIGILANTE: «n» — MATR. «m» — CNV «c»\n", n=P(g1.capsf), m=matr(g), c=cnv(g))
    if g.chance(0.6):
        doc.f("VISTO: «s» — «k» EM «d»\n", s=P(fold(g.pick([sup.short, sup.full])).upper()), k=fold(sup_word(sup)).upper() + " DE AREA", d=dbr(g.after(d, 1, 3)))
    return doc


def at_lgpd_cftv(g: Gen) -> Doc:
    """A data subject's request for CCTV images under the LGPD (web form with the submitting IP) and the DPO's reply."""
    doc = Doc()
    fan, raz, dom = firm(g)
    pn, kind, pdom = post(g, ("shopping", "corporate", "retail", "hospital"))
    c = g.person()
    dpo = g.person()
    while dpo.last == c.last:
        dpo = g.person()
    t = g.moments(2, g.day(), 6, (8, 22))
    own, other = g.plate(), g.plate()
    cm = g.email(c)
    doc.f("«p» — CANAL DO TITULAR DE DADOS (LGPD)\nSolicitação nº «n» — recebida em «t» — origem: formulário web, IP «ip»\n\n", p=pn.upper() if kind != "bank" else pn,
          n=f"LGPD-{g.ri(2025, 2026)}-{g.d(5)}", t=ts(t[0], "brs"), ip=(g.ip(), "IP_ADDRESS"))
    fields = [("Nome completo", P(g.pick([c.full, c.caps, c.low]))), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.4):
        fields.append(("RG", (g.rg(), "BR_RG")))
    if g.chance(0.5):
        fields.append(("Data de nascimento", (g.dob(g.pick(["br", "iso"]), 1950, 2006), "DATE_OF_BIRTH")))
    fields += [("E-mail", (cm, "EMAIL_ADDRESS")), ("Telefone", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.7):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(g.chance(0.8)), "BR_CEP"))]
    fields += [("Tipo de pedido", V("acesso a imagens de CFTV (art. 18, II, da Lei 13.709/2018)")),
               ("Local", V(g.pick(["estacionamento G2", "estacionamento coberto, piso 1", "entrada principal", "corredor da praça de alimentação",
                                   "recepção do bloco B"]))),
               ("Data/hora do fato", V(f"{g.date('br')} por volta de {g.hm()}"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    rel = g.pick([
        "meu carro («m», placa «p») foi riscado na lateral enquanto estava estacionado. O veículo ao lado, placa «q», saiu logo depois. Preciso das imagens para o seguro.",
        "fui abordad«o» pelo vigilante na saída e acusad«o» de furto na frente de todo mundo. Quero as imagens da abordagem e o nome do vigilante.",
        "minha bolsa foi furtada. Suspeito de um casal que estava num «m» placa «q». Peço as imagens para levar à delegacia.",
        "bateram no meu carro (placa «p») na manobra e não deixaram contato. Peço as imagens da câmera da rampa."])
    doc.f("\nRelato: " + rel + "\n\n", m=g.pick(PRIVATE_CARS), p=(own, "LICENSE_PLATE"), q=(other, "LICENSE_PLATE"), o=c.o)
    dm = corp_mail(dpo, pdom, g)
    doc.f("De: «n» <«e»>\nPara: «c»\nCc: «r»\nData: «d»\nAssunto: RE: Solicitação de imagens do CFTV\n\n", n=P(dpo.full), e=(dm, "EMAIL_ADDRESS"),
          c=(cm, "EMAIL_ADDRESS"), r=role_mail(g, pdom, g.pick(["dpo", "privacidade", "lgpd"])), d=mail_date(t[1]))
    doc.f("Prezad«o» «n»,\n\nAs imagens do circuito interno são gravadas e guardadas pela «f», empresa de segurança contratada, por «k» dias; "
          "as do dia informado foram preservadas. Você poderá assisti-las na sala de monitoramento, acompanhad«o» d«s» supervisor«a» «v». "
          "Cópia só será entregue à autoridade policial ou por ordem judicial, com o rosto de terceiros desfocado (arts. 6º e 18 da Lei 13.709/2018). "
          "Pedimos trazer o boletim de ocorrência.\n\n«dp»\nEncarregad«o2» pelo Tratamento de Dados Pessoais — «p»\n", o=c.o, n=P(c.first), f=fan, k=g.pick([30, 30, 15, 60]),
          s="a" if (sv := g.person()).female else "o", a="a" if sv.female else "", v=P(g.pick([sv.full, sv.short])), dp=P(dpo.short),
          o2=dpo.o, p=pn)
    return doc


def at_stt_central(g: Gen) -> Doc:
    """A speech-to-text call to a monitoring centre after a home alarm (lower case, CPF, address, CEP and phones spoken), then the typed record."""
    doc = Doc()
    fan, raz, dom = firm(g)
    c = g.person()
    op = g.person(female=g.chance(0.5))
    tat = g.person(female=g.chance(0.1))
    cpf = g.cpf_digits()
    cep = g.cep(False)
    plate = g.plate()
    t0 = g.moments(1, g.day(), 1, (0, 6))[0]
    zone = g.ri(1, 16)
    place = g.pick(["sensor da cozinha", "porta da varanda", "infravermelho da garagem", "janela do quarto dos fundos", "sensor do escritório"])
    doc.f("[transcricao automatica — central de monitoramento «f» — chamada «p» — «t»]\n", f=lower(fan), p=g.protocol(), t=ts(t0, "sql"))
    doc.f("operador: central «f» boa noite «o» falando\n", f=lower(fan.split()[0]), o=P(lower(op.first)))
    doc.f("cliente: oi boa noite aqui e «n» o aplicativo avisou que o alarme da minha casa disparou e eu to «x»\n", n=P(lower(g.pick([c.full, c.short]))),
          x=g.pick(["viajando", "no hospital com a minha mae", "no trabalho", "na praia"]))
    doc.f("operador: «s» me confirma a palavra-chave por favor\ncliente: «w»\n", s="a senhora" if c.female else "o senhor",
          w=g.pick(["girassol", "jabuticaba", "farol", "caramelo", "ipanema"]))
    doc.f("operador: e o cpf do titular do contrato\ncliente: «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    home, home_stt = addr_pair(g)
    ddd, local = g.msisdn()
    doc.f("operador: confirmando o endereco\ncliente: «a» cep «p»\n", a=(home_stt, "ADDRESS"),
          p=(g.pick([spoken_digits(cep), f"{cep[:5]} {cep[5:]}", f"{cep[:2]} {cep[2:5]} {cep[5:]}"]), "BR_CEP"))
    doc.f("operador: o disparo foi na zona «z» «l» as «h». vou deslocar o tatico, o vigilante «v» chega em uns quinze minutos\n", z=zone, l=place,
          h=ts(t0, "hm"), v=P(lower(g.pick([tat.first, tat.short]))))
    if g.chance(0.6):
        nb = g.person(True)
        doc.f("cliente: a minha vizinha «n» tem a chave, o telefone dela e «t»\n", n=P(lower(g.pick([nb.first, nb.short]))), t=(g.phone("stt"), "PHONE_NUMBER"))
    doc.f("operador: um telefone pra retorno\ncliente: «t»\n", t=(g.fmt_phone(ddd, local, "stt"), "PHONE_NUMBER"))
    res = g.pick(["alarme falso — gato preso na área de serviço", "alarme falso — janela aberta com vento", "invasão confirmada — portão arrombado, nada levado",
                  "invasão confirmada — PM acionada, suspeito fugiu", "falha no sensor — técnico agendado"])
    doc.f("operador: assim que o vigilante chegar eu retorno\ncliente: ta bom obrigad«o»\n\n", o=c.o)
    doc.t("REGISTRO DE OCORRÊNCIA — CENTRAL DE MONITORAMENTO\n")
    fields = [("Cliente", P(g.pick([c.full, c.caps]))), ("CPF", (fmt_cpf(cpf), "BR_CPF")), ("Endereço", (home, "ADDRESS")),
              ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP")), ("Telefone", (g.fmt_phone(ddd, local, "par"), "PHONE_NUMBER")), ("Zona", V(f"{zone:02d} — {place}")),
              ("Tático", P(tat.full)), ("Viatura", V(g.pick(PATROL))), ("Placa", (plate, "LICENSE_PLATE")),
              ("Chegada ao local", V(ts(t0 + datetime.timedelta(minutes=g.ri(9, 31)), "hm"))), ("Resultado", V(res)),
              ("Operador(a)", g.pick([P(op.full), V(login(op, g))]))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    return doc


def at_email_cliente(g: Gen) -> Doc:
    """An e-mail thread: a client's facilities manager complains about a guard asleep at the post; the firm's operations manager replaces him."""
    doc = Doc()
    fan, raz, dom = firm(g)
    pn, kind, pdom = post(g, ("corporate", "hospital", "retail", "shopping", "logistics"))
    fm = g.person()
    om = g.person()
    old = g.person(female=g.chance(0.15))
    new = g.person(female=g.chance(0.2))
    x = g.person(female=g.chance(0.2))
    sv = g.person()
    t = g.moments(2, g.day(), 3, (6, 23))
    fmm = corp_mail(fm, pdom, g)
    omm = corp_mail(om, dom, g)
    doc.f("De: «n» <«e»>\nPara: «c»\n", n=P(om.full), e=(omm, "EMAIL_ADDRESS"), c=(fmm, "EMAIL_ADDRESS"))
    if g.chance(0.3):
        cc = g.person()
        doc.f("Cc: «n» <«e»>; «r»\n", n=P(cc.full), e=(corp_mail(cc, pdom, g), "EMAIL_ADDRESS"), r=role_mail(g, dom, "operacoes"))
    else:
        doc.f("Cc: «r»\n", r=role_mail(g, dom, g.pick(["operacoes", "supervisao", "comercial"])))
    doc.f("Data: «d»\nAssunto: RE: Ocorrência com vigilante — posto «p»\n\n", d=mail_date(t[1]), p=pn)
    doc.f("Prezad«o» «n»,\n\nLamentamos o ocorrido. «a» «v» foi retirad«o1» do posto e responderá a procedimento disciplinar. A partir de «d», assume «w» "
          "(CPF «cpf», RG «rg», nascid«on» em «dob», CNV nº «cnv», reciclagem válida até «val»; dados para o cadastro na catraca), na escala «e». «s»«sp»«z» fará visitas diárias ao posto; celular «t».\n\n"
          "Quanto às rondas não registradas no «app», o aparelho do posto foi trocado.\n\nAtenciosamente,\n«os»\nGerente de Operações — «f»\n«ft»\n\n", os=P(om.short),
          o=fm.o, n=P(fm.first), a="A vigilante" if old.female else "O vigilante", v=P(g.pick([old.full, old.short])), o1=old.o,
          d=dbr(g.after(g.day(), 1, 5)), w=P(new.full), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), on=new.o, dob=(g.dob("br", 1965, 2004), "DATE_OF_BIRTH"), cnv=cnv(g), val=g.date("br", g.pick([2026, 2027])), e=shift(g),
          s="A supervisora" if sv.female else "O supervisor", **(dict(z="", sp="") if g.chance(0.5) else dict(sp=" ", z=P(g.pick([sv.short, sv.first])))), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          app=g.pick(APPS), ft=(g.phone("par", mobile=False), "PHONE_NUMBER"), f=fan)
    doc.f("-----Mensagem original-----\nDe: «n» <«e»>\nEnviada em: «d»\nX-Originating-IP: [«ip»]\nAssunto: Ocorrência com vigilante — posto «p»\n\n",
          n=P(g.pick([fm.full, fm.caps])), e=(fmm, "EMAIL_ADDRESS"), d=mail_date(t[0]), ip=(g.ip_pub(), "IP_ADDRESS"), p=pn)
    tec = g.person()
    doc.f("Bom dia. Na madrugada de «d», por volta das «h», «a» «v» foi encontrad«o» dormindo na guarita pelo nosso técnico «tc», que fez foto e vídeo. "
          "Além disso, o vigilante da ronda não registrou as passagens das 2h e das 4h no aplicativo. O contrato prevê substituição imediata e glosa do posto. "
          "Peço retorno ainda hoje; meu celular é «t».\n\n«n»«nl»Facilities — «p»\n", d=g.date("br"), h=f"{g.ri(1, 5)}h{g.pick(['', '15', '30', '40'])}",
          a="a vigilante" if old.female else "o vigilante", v=P(g.pick([old.full, old.first])), o=old.o, tc=P(g.pick([tec.full, tec.short])) if g.chance(0.5) else "de plantão",
          t=(g.phone(), "PHONE_NUMBER"), **(dict(n="", nl="") if g.chance(0.5) else dict(n=P(fm.short), nl="\n")), p=pn)
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def at_csv_rondas(g: Gen) -> Doc:
    """The check-in app's export of patrol rounds (CSV): timestamps, guards, CPF, checkpoints, GPS, the device's IP; the supervisor's notes."""
    doc = Doc()
    fan, raz, dom = firm(g)
    pn, kind, pdom = post(g, ("condo", "shopping", "logistics", "corporate", "hospital"))
    ap = g.pick(APPS)
    sep = g.pick([";", ","])
    gs = [(g.person(female=g.chance(0.2)), g.cpf(g.pick(["dot", "raw"]))) for _ in range(g.ri(2, 3))]
    t0 = g.moments(1, g.day(), 1, (18, 20))[0]
    lat, lon = -g.ri(3, 30) - g.rng.random(), -g.ri(35, 55) - g.rng.random()
    sup = g.person()
    doc.f("# «a» — relatório de rondas — posto «p» («f») — exportado por «l» em «t»\n", a=ap, p=pn, f=fan, l=login(sup, g), t=ts(t0 + datetime.timedelta(hours=13), "sql"))
    split = g.chance(0.1)
    by_login = not split and g.chance(0.85)
    if by_login and g.chance(0.4):
        doc.t("# usuários: ")
        for k, (p, cpf) in enumerate(gs):
            doc.f("«s»«l» = «n»", s="; " if k else "", l=login(p), n=P(g.pick([p.full, p.short])))
        doc.t("\n")
    cols = ["data_hora"] + (["first_name", "last_name"] if split else ["usuario" if by_login else "vigilante"]) + ["cpf", "ponto", "lat", "lon", "evento", "ip_dispositivo"]
    doc.t(sep.join(cols) + "\n")
    rows = []
    pts = g.sample(["P01 guarita", "P02 portão de serviço", "P03 casa de bombas", "P04 muro dos fundos", "P05 estacionamento G1", "P06 doca 3",
                    "P07 subestação", "P08 gerador", "P09 playground", "P10 cobertura"], 6)
    dev_ip = g.ip() if g.chance(0.6) else None
    times = seq_times(g, g.ri(8, 12), t0, 600, 3600)
    for tm in times:
        p, cpf = g.pick(gs)
        ev = g.pick(["checkpoint ok", "checkpoint ok", "checkpoint ok", "foto anexada", "pânico testado", "ronda atrasada", "qrcode ilegível"])
        name = [P(p.given), P(" ".join(p.surnames))] if split else [V(login(p)) if by_login else P(g.pick([p.full, p.short, p.caps]))]
        ipc = (dev_ip, "IP_ADDRESS") if dev_ip and g.chance(0.8) else (V(g.ip_priv()) if g.chance(0.5) else V(""))
        rows.append([V(ts(tm, g.pick(["sql", "iso"])))] + name + [(cpf, "BR_CPF") if g.chance(0.95) else V(""), V(g.pick(pts)),
                     V(f"{lat + g.rng.random() / 500:.6f}"), V(f"{lon + g.rng.random() / 500:.6f}"), V(ev), ipc])
    table_csv(doc, None, rows, sep)
    missing = g.pick(gs)[0]
    doc.f("\n-- obs («s»): ronda das «h» não registrada por «n»; «x»\n", s=P(sup.first) if g.chance(0.5) else login(sup, g), h=g.pick(["02:00", "03:00", "04:00"]),
          n=P(g.pick([missing.short, missing.first])), x=g.pick(["celular do posto sem bateria.", "alega falha no qrcode do P04.", "advertência verbal aplicada."]))
    if g.chance(0.8):
        doc.f("-- «v» placa «p» fez apoio às «h».\n", v=g.pick(PATROL), p=(g.plate(), "LICENSE_PLATE"), h=g.pick(["23:40", "01:15", "04:50"]))
    return doc


def at_portaria_acesso(g: Gen) -> Doc:
    """A building's visitor access control export (ruled table): visitor, document (RG or CPF, sometimes masked), destination, plate, badge, guard."""
    doc = Doc()
    fan, raz, dom = firm(g)
    pn, kind, pdom = post(g, ("corporate", "condo", "hospital", "logistics"))
    gd = g.person()
    sup = g.person()
    d = g.day()
    doc.f("«p» — CONTROLE DE ACESSO DE VISITANTES — «d»\nPortaria operada por «f» — vigilante responsável: «n»\n\n", p=pn.upper(), d=dbr(d), f=fan,
          n=P(g.pick([gd.full, gd.caps])) if g.chance(0.5) else f"{login(gd, g)} (matr. {matr(g)})")
    rows = []
    h = g.ri(7, 9) * 60
    barred = None
    for _ in range(g.ri(5, 8)):
        v = g.person()
        h += g.ri(5, 70)
        r = g.rng.random()
        if r < 0.3:
            tp, doc_ = "RG", (g.rg(), "BR_RG")
        elif r < 0.45:
            tp, doc_ = "CNH", (g.cnh(), "BR_CNH")
        elif r < 0.8:
            tp, doc_ = "CPF", (g.cpf(), "BR_CPF")
        else:
            tp, doc_ = "CPF", V(f"***.{g.d(3)}.{g.d(3)}-**")
        dest = g.pick({"corporate": ["sala 1203", "sala 504", "RH 3º andar", "diretoria", "auditório"], "condo": ["apto 71", "apto 142", "apto 1003", "bloco B",
                                                                                                                  "salão de festas"],
                       "hospital": ["UTI — visita", "ala B", "internação 4º andar", "centro cirúrgico"], "logistics": ["doca 2", "doca 5", "manutenção", "expedição"]}[kind])
        host = g.person()
        rows.append([V(f"{h // 60:02d}:{h % 60:02d}"), P(g.pick([v.full, v.caps, v.short])), V(tp), doc_,
                     (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER") if g.chance(0.7) else V("—"), V(dest),
                     P(g.pick([host.short, host.full])) if g.chance(0.2) else V(g.pick(["—", "recepção", "portaria", "interfone"])),
                     (g.plate(), "LICENSE_PLATE") if g.chance(0.6) else V("—"), V(f"V-{g.d(3)}")])
        if barred is None and g.chance(0.2):
            barred = v
    table_ruled(doc, ["entrada", "visitante", "doc", "número", "celular", "destino", "autorizado por", "placa", "crachá"], rows, g.pick(["plus", "psql", "pipe", "plain"]))
    if barred is not None:
        doc.f("\nOcorrência: visitante «n» teve a entrada negada (foto do documento não conferia); «s» «x» ciente.\n", n=P(barred.short),
              s="supervisora" if sup.female else "supervisor", x=P(sup.full))
    else:
        doc.f("\nSem ocorrências. Conferido por «x» («s»).\n", x=P(g.pick([sup.full, sup.short])) if g.chance(0.5) else login(sup, g), s=sup_word(sup))
    return doc


AT = [at_zap_grupo, at_livro_ocorrencias, at_lgpd_cftv, at_stt_central, at_email_cliente, at_csv_rondas, at_portaria_acesso]


# --------------------------------------------------------------------------- juridico


def ju_reclamacao_vigilante(g: Gen) -> Doc:
    """A guard's labour claim (periculosidade, overtime in a 12x36 roster without breaks, the client liable in the alternative): PIS, CNV,
    the supervisor's WhatsApp, an engineer's expert report requested, witnesses, lawyer."""
    doc = Doc()
    fan, raz, dom = firm(g)
    pn, kind, pdom = post(g)
    uf = g.pick(UFS)
    a = g.person(female=g.chance(0.2))
    sup = g.person()
    doc.f("EXMO(A). SR(A). JUIZ(A) DA «v»ª VARA DO TRABALHO DE «c»/«u»\n\n", v=g.ri(1, 89), c=city_of(g, uf)[0].upper(), u=uf)
    qualify(g, doc, a, email=g.chance(0.5), phone=True, pis=True, titulo=g.chance(0.5), dob=g.chance(0.5), where=city_of(g, uf),
            job="vigilante")
    doc.f(", portador«a» da Carteira Nacional de Vigilante nº «cnv», vem ajuizar RECLAMAÇÃO TRABALHISTA em face de «r», CNPJ «c», e, "
          "subsidiariamente (Súmula 331, IV, do TST), de «p», CNPJ «pc», pelos fatos a seguir.\n\n", a="a" if a.female else "", cnv=cnv(g), r=raz,
          c=(g.any_cnpj(), "BR_CNPJ"), p=pn if kind != "bank" else "Banco Celeste S.A.", pc=(g.any_cnpj(), "BR_CNPJ"))
    adm = g.date("br", g.ri(2018, 2023))
    doc.f("1. «A» reclamante foi admitid«o» em «d» como vigilante, com salário de R$ «s», na escala 12x36 noturna no posto «p». Nunca usufruiu do "
          "intervalo intrajornada: sozinh«o» no posto, não podia deixar a guarita. Nos meses de «m», cobriu folgas de colegas e chegou a fazer "
          "plantões de 24 horas seguidas, o que descaracteriza a escala (art. 59-A da CLT e Súmula 444 do TST).\n", A="A" if a.female else "O", o=a.o,
          d=adm, s=brl(g.ri(1900, 2900) + 0.0), p=pn, m=g.pick(["dezembro e janeiro", "julho a setembro", "carnaval"]))
    if g.chance(0.5):
        doc.f("Os salários eram depositados na conta «b», agência «ag», conta «ac».\n", b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
              ac=(g.account(), "BANK_ACCOUNT"))
    doc.f("2. O adicional de periculosidade de 30% (art. 193, II, da CLT, incluído pela Lei 12.740/2012, e Anexo 3 da NR-16) foi pago sobre "
          "base reduzida e suprimido nos períodos de afastamento. Requer perícia por engenheiro de segurança do trabalho.\n")
    doc.f("3. As escalas e as convocações para dobrar eram enviadas pel«o» «k» «s» pelo WhatsApp «t», conforme prints anexos. "
          "O curso de reciclagem foi feito em dia de folga, «e», e descontado do salário (R$ «v»).\n", o=sup.o, k=sup_word(sup), s=P(sup.full),
          t=(g.phone("wa"), "PHONE_NUMBER"), e=na(g.pick(SCHOOLS)), v=brl(g.ri(180, 480) + 0.0))
    doc.f("4. Nesse sentido: TRT, ROT «cnj».\n\nPEDIDOS: horas extras e reflexos; intervalo intrajornada (art. 71, § 4º, da CLT); diferenças de "
          "periculosidade; adicional noturno com a hora reduzida; restituição do desconto; honorários (art. 791-A da CLT).\n\nROL DE TESTEMUNHAS:\n",
          cnj=g.cnj(TRT.get(uf)))
    for _ in range(g.ri(1, 3)):
        w = g.person(female=g.chance(0.3))
        doc.f("- «n», vigilante, CPF «c»", n=P(w.full), c=(g.cpf(), "BR_CPF"))
        if g.chance(0.4):
            doc.f(", residente na «a», CEP «p»", a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
        doc.t("\n")
    doc.f("\nValor da causa: R$ «v»\n\n", v=brl(g.ri(25, 140) * 1000.0))
    lawyer_sig(g, doc, 1)
    return doc


def ju_relatorio_furto(g: Gen) -> Doc:
    """A shopping centre's or supermarket's security incident report (ALL CAPS, sometimes OCR'd): a shoplifter approached by the guards, the
    suspect qualified, the store manager, the military police who took over, the suspect's car."""
    doc = Doc()
    fan, raz, dom = firm(g)
    pn, kind, pdom = post(g, ("shopping", "retail"))
    sus = g.person()
    mgr = g.person()
    g1, g2 = g.person(female=g.chance(0.25)), g.person(female=g.chance(0.2))
    pm1, pm2 = g.person(), g.person()
    use_ocr = g.chance(0.4)
    O = (lambda s: ocr(s, g)) if use_ocr else (lambda s: s)
    T = (lambda s: ocr_t(s, g)) if use_ocr else (lambda s: s)
    city, uf = g.city()
    doc.f(T("«f» — RELATORIO DE OCORRENCIA Nº «n»\nPOSTO: «p»   DATA: «d»   HORA: «h»\nNATUREZA: FURTO (ART. 155 DO CODIGO PENAL) — ABORDAGEM\n\n"),
          f=fold(fan).upper(), n=f"{g.d(4)}/{g.ri(2025, 2026)}", p=fold(pn).upper(), d=g.date("br"), h=g.hm())
    doc.f(T("ENVOLVIDO(A): «n», «x», NASCID«o» EM «dob», "), n=P(O(sus.capsf)), x=fold(g.pick(NATIONALITY[sus.female])).upper(), o=sus.o.upper(),
          dob=(g.dob("br", 1960, 2006), "DATE_OF_BIRTH"))
    if g.chance(0.55):
        doc.f(T("RG «r», "), r=(g.rg(), "BR_RG"))
    if g.chance(0.9):
        doc.f(T("CPF «c», "), c=(g.cpf(), "BR_CPF"))
    doc.f(T("RESIDENTE NA «a», CEP «p»"), a=(O(g.address("caps")), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    if g.chance(0.7):
        doc.f(T(", TELEFONE «t»"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t(".\n\n")
    doc.f(T("HISTORICO: AS «h» «fo» DE PREVENCAO DA LOJA «l» (CNPJ «cn»), «sr» «m», INFORMOU VIA RADIO QUE «o» ENVOLVID«o» OCULTOU «i» NA BOLSA E PASSOU "
            "PELO CAIXA SEM PAGAR. «a» VIGILANTE «g1», COM APOIO DE «g2», FEZ A ABORDAGEM DE FORMA VERBAL NO CORREDOR «c», SEM USO DE FORCA, E "
            "CONDUZIU «o» ENVOLVID«o» A SALA DE SEGURANCA. OS PRODUTOS FORAM RECUPERADOS (VALOR R$ «v»).\n"),
          h=g.hm(), l=g.pick(["LUZ MODAS", "DROGARIA BONFIM", "MAGAZINE AURORA", "PERFUMARIA ROSA", "ACOUGUE DO LEAO", "ELETRO SERENA"]), cn=(g.any_cnpj(), "BR_CNPJ"),
          m=P(O(fold(mgr.short).upper())), o=sus.o.upper(), fo="A FISCAL" if mgr.female else "O FISCAL", sr="SRA." if mgr.female else "SR.", i=g.pick(STOLEN).upper(), a="A" if g1.female else "O", g1=P(O(g1.capsf)),
          g2=P(O(fold(g2.short).upper())), c=g.pick(["B", "C", "DA PRACA DE ALIMENTACAO", "DOS ELEVADORES"]), v=brl(g.ri(39, 1890) + 0.9))
    if g.chance(0.4):
        acc = g.person()
        doc.f(T("ACOMPANHAVA-«x» «n», NASCID«o» EM «d», CPF «c», QUE AGUARDAVA NA SAIDA «e».\n"), x=sus.o.upper(), n=P(O(acc.capsf)), o=acc.o.upper(),
              d=(g.dob("br", 1960, 2006), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"), e=g.pick(["NORTE", "SUL", "DO ESTACIONAMENTO"]))
    if g.chance(0.7):
        doc.f(T("«oo» ENVOLVID«o» CHEGOU NO VEICULO «m» PLACA «p», QUE PERMANECEU NO ESTACIONAMENTO «e».\n"), oo=sus.o.upper(), o=sus.o.upper(),
              m=fold(g.pick(PRIVATE_CARS)).upper(),
              p=(g.plate(), "LICENSE_PLATE"), e=g.pick(["G1", "G2", "EXTERNO"]))
    doc.f(T("ACIONADA A POLICIA MILITAR (190), COMPARECEU A VIATURA «vt» COM «sd» SD PM «a»«bb»«b», QUE CONDUZIRAM AS PARTES A «dp» "
            "(BO Nº «bo»). IMAGENS DO CFTV PRESERVADAS (CAMERAS 14 A 17).\n\n"), vt=f"M-{g.d(5)}", sd="A" if pm1.female else "O", a=P(O(pm1.capsf)), **(dict(bb="", b="") if g.chance(0.5) else dict(bb=" E A CB PM " if pm2.female else " E O CB PM ", b=P(O(fold(pm2.short).upper())))),
          dp=g.pick(["CENTRAL DE FLAGRANTES", f"{g.ri(1, 30)}ª DP", "DELEGACIA DE PLANTAO"]), bo=bo(g))
    doc.f(T("RELATOR: «n» — VIGILANTE — MATR. «m»\nCIENTE: «s» — «k»\n"), n=P(O(g1.capsf)), m=matr(g),
          s=P(O(g.person().capsf)) if g.chance(0.5) else "________________",
          k=g.pick(["GERENTE DE SEGURANCA", "COORDENADOR DE OPERACOES", "INSPETOR DE AREA"]))
    return doc


def ju_auto_delesp(g: Gen) -> Doc:
    """A Federal Police (DELESP) inspection report and notice of infraction against a security firm (guards without a valid CNV or
    refresher course, weapons found) and the firm's lawyer's defence."""
    doc = Doc()
    fan, raz, dom = firm(g)
    uf = g.pick(UFS)
    pn, kind, pdom = post(g)
    ow = g.person()
    ap1, ap2 = g.person(), g.person()
    city, _ = city_of(g, uf)
    doc.f("MINISTÉRIO DA JUSTIÇA E SEGURANÇA PÚBLICA\nPOLÍCIA FEDERAL — SUPERINTENDÊNCIA REGIONAL NO ESTADO «u»\n"
          "DELEGACIA DE CONTROLE DE SEGURANÇA PRIVADA — DELESP/«u»\n\nAUTO DE CONSTATAÇÃO E NOTIFICAÇÃO Nº «n» — PROCESSO «p»\n\n", u=uf,
          n=f"{g.ri(10, 990)}/{g.ri(2025, 2026)}", p=(proc := sei(g)))
    doc.f("Empresa fiscalizada: «r», CNPJ «c», com sede na «a», «ci»/«u», autorizada a funcionar em vigilância patrimonial«e» (alvará revisado "
          "publicado no DOU em «d»).\nResponsável presente: «o», sóci«x»-administrador«y», CPF «cpf», celular «t».\n\n", r=raz, c=(g.any_cnpj(), "BR_CNPJ"), a=company_address(g),
          ci=city, u=uf, e=g.pick(["", " e escolta armada", ", escolta armada e segurança pessoal"]), d=g.date("br", g.pick([2024, 2025])),
          o=P(ow.full), x=ow.o, y="a" if ow.female else "", cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("Em diligência no posto «p», em «d», foram constatados:\n", p=pn, d=g.date("br"))
    rows = []
    for _ in range(g.ri(2, 4)):
        v = g.person(female=g.chance(0.2))
        rows.append([P(g.pick([v.full, v.caps])), (g.rg(), "BR_RG") if g.chance(0.6) else V("—"),
                     (g.cpf(), "BR_CPF") if g.chance(0.9) else V(f"***.{g.d(3)}.{g.d(3)}-**"), V(cnv(g)),
                     V(g.pick(["CNV vencida em " + g.date("br"), "reciclagem vencida em " + g.date("br"), "sem extensão de escolta armada",
                               "sem CNV no posto", "uniforme sem aprovação"]))])
    table_ruled(doc, ["vigilante", "RG", "CPF", "CNV", "irregularidade"], rows, g.pick(["plus", "plain", "psql"]))
    w1, w2 = g.pick(WEAPONS), g.pick(WEAPONS)
    doc.f("\nArmamento no posto: 1 «w1» nº de série «s1» (registro «r1»), 1 «w2» nº de série «s2» (guia de tráfego não apresentada); «m» munições.\n"
          "Infrações: arts. da Lei 14.967/2024 (Estatuto da Segurança Privada) e da Portaria DG/PF nº 18.045/2023. Prazo para defesa: 10 dias.\n\n"
          "«a1» — Agente de Polícia Federal — matr. «m1»\n«a2»«sa»«m2»\n\n", w1=w1, s1=serial(g), r1=sinarm(g), w2=w2,
          s2=serial(g), m=g.ri(6, 36), a1=P(ap1.full), m1=g.d(5), **(dict(a2=P(ap2.full), sa=" — Agente de Polícia Federal — matr. ", m2=g.d(5)) if g.chance(0.3) else dict(a2="", sa="", m2="")))
    doc.f("DEFESA — Processo «p»\n\n«r», por seus advogados, apresenta defesa: a CNV d«o» vigilante «v» estava em renovação, com requerimento "
          "protocolado no GESP em «d»; a reciclagem foi concluída «e» (certificado «ce»); a guia de tráfego da arma foi exibida no dia seguinte. "
          "Requer o arquivamento ou, subsidiariamente, a pena de advertência.\n\n", p=proc, r=raz, o=(vv := g.person()).o, v=P(vv.full),
          d=g.date("br"), e=na(g.pick(SCHOOLS)), ce=cert_no(g))
    lawyer_sig(g, doc, 1, dom=g.pick(["segurancaprivada.adv.br", "vigilex.adv.br", "gmail.com"]))
    return doc


def ju_contrato_servicos(g: Gen) -> Doc:
    """A security services contract between a firm and a condominium (síndico qualified, the firm's partner, posts, LGPD clause) with an
    e-signature log."""
    doc = Doc()
    fan, raz, dom = firm(g)
    pn, kind, pdom = post(g, ("condo",))
    uf = g.pick(UFS)
    s = g.person()
    ow = g.person()
    sm = g.email(s)
    om = corp_mail(ow, dom, g)
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE VIGILÂNCIA PATRIMONIAL Nº «n»\n\nCONTRATANTE: «p», CNPJ «c», neste ato representado por seu(sua) "
          "síndico(a), ", n=f"{g.d(3)}/{g.ri(2025, 2026)}", p=pn.upper(), c=(g.cnpj(), "BR_CNPJ"))
    qualify(g, doc, s, email=sm, phone=g.chance(0.6), rg=g.chance(0.6), where=city_of(g, uf), job=g.pick(JOBS_OTHER[s.female]))
    doc.f(".\n\nCONTRATADA: «r», CNPJ «c», autorizada pela Polícia Federal (processo «pf»), representada por «o», CPF «cpf».\n\n", r=raz,
          c=(g.any_cnpj(), "BR_CNPJ"), pf=sei(g), o=P(ow.full), cpf=(g.cpf(), "BR_CPF"))
    nposts = g.ri(1, 3)
    tot = 0.0
    doc.t("CLÁUSULA 1ª — DO OBJETO. Vigilância patrimonial armada e desarmada nos postos abaixo:\n")
    for k, px in enumerate(g.sample(["portaria principal (armado)", "portaria de serviço (desarmado)", "ronda motorizada noturna",
                                     "guarita da garagem (armado)"], nposts)):
        v = g.ri(11, 26) * 1000.0
        tot += v
        doc.f("  «k») «x» — escala «e» — R$ «v»/mês\n", k="abc"[k], x=px,
              e=shift(g), v=brl(v))
    doc.f("CLÁUSULA 2ª — Valor mensal total: R$ «t», reajustado anualmente pela convenção coletiva dos vigilantes.\n"
          "CLÁUSULA 5ª — A CONTRATADA manterá apenas vigilantes com CNV válida e reciclagem em dia, e responde pela custódia das armas (Lei 10.826/2003).\n"
          "CLÁUSULA 8ª — As imagens do CFTV e o livro de ocorrências são dados do CONTRATANTE; a CONTRATADA atua como operadora (Lei 13.709/2018), "
          "mantendo-as por 30 dias.\n\n«c», «d».\n\n", t=brl(tot), c=city_of(g, uf)[0], d=dbr(d0 := g.day(), "long"))
    for _ in range(2):
        w = g.person()
        doc.f("Testemunha: «n» — CPF «c»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"))
    esign_log(g, doc, [(s, sm), (ow, om)], g.moments(1, d0, 1, (8, 12))[0])
    return doc


def ju_cautela_arma(g: Gen) -> Doc:
    """A weapons custody term (termo de cautela) signed by a guard (CPF, RG, CNV; weapon and serial not labelled) and the armoury's
    movement book."""
    doc = Doc()
    fan, raz, dom = firm(g)
    pn, kind, pdom = post(g)
    v = g.person(female=g.chance(0.2))
    arm = g.person(female=g.chance(0.2))
    sup = g.person()
    w = g.pick(WEAPONS)
    doc.f("«f» — ARMARIA\nTERMO DE CAUTELA E RESPONSABILIDADE DE ARMAMENTO, MUNIÇÃO E EQUIPAMENTOS Nº «n»\n\n", f=raz.upper(), n=g.d(5))
    fields = [("Vigilante", P(g.pick([v.full, v.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
              ("Nascimento", (g.dob("br", 1962, 2004), "DATE_OF_BIRTH")), ("Matrícula", V(matr(g))),
              ("Celular", (g.phone(), "PHONE_NUMBER"))] + ([("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))] if g.chance(0.6) else []) + [
              
              ("CNV", V(f"{cnv(g)} — válida até {g.date('br', g.pick([2026, 2027, 2028]))}")), ("Posto", V(pn)), ("Escala", V(shift(g))),
              ("Arma", V(w)), ("Nº de série", V(serial(g))), ("Registro SINARM", V(sinarm(g))),
              ("Munição", V(f"{g.pick([12, 18, 24])} cartuchos {w.split('calibre ')[-1]}")), ("Colete balístico", V(f"nível II-A, série {g.d(2)}{g.up(1)}{g.d(5)}")),
              ("Rádio HT", V(f"nº {g.d(4)}"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    doc.f("\nDeclaro ter recebido o material acima em perfeitas condições, comprometendo-me a usá-lo apenas em serviço, no posto indicado, e a "
          "comunicar imediatamente qualquer extravio, furto ou roubo (Lei 10.826/2003).\n\n«c», «d».\n\n«n» — vigilante\n«a» — armeir«o»\n«s» — «k»\n\n",
          c=g.city()[0], d=g.date("br"), n=P(v.full) if g.chance(0.5) else "______________________", a=P(g.pick([arm.full, arm.short])), o=arm.o,
          s=P(sup.full) if g.chance(0.5) else "______________________", k=sup_word(sup))
    doc.t("LIVRO DE MOVIMENTAÇÃO DA ARMARIA (últimos registros)\n")
    rows = []
    t = g.moments(1, g.day(), 1, (5, 8))[0]
    for _ in range(g.ri(3, 4)):
        p = g.person(female=g.chance(0.2))
        t = t + datetime.timedelta(minutes=g.ri(30, 900))
        rows.append([V(ts(t, "br")), P(g.pick([p.full, p.short, p.caps])), (g.cpf(), "BR_CPF") if g.chance(0.95) else V(matr(g)), V(g.pick(WEAPONS)),
                     V(serial(g)), V(g.pick(["saída", "devolução", "saída", "devolução", "troca de posto"])), V(login(arm, g))])
    table_ruled(doc, ["data/hora", "vigilante", "CPF/matr.", "arma", "série", "mov.", "usuário"], rows, g.pick(["plus", "psql", "plain", "pipe"]))
    if g.chance(0.4):
        doc.f("\nOBS: «w» nº de série «s» roubado em «d» (BO «b»), comunicado à DELESP e ao SINARM; vigilante «n» afastado e encaminhado ao SESMT.\n",
              w=g.pick(WEAPONS), s=serial(g), d=g.date("br"), b=bo(g), n=P(g.person(False).full))
    return doc


def ju_ata_audiencia(g: Gen) -> Doc:
    """Minutes of a labour court hearing (a guard against the firm and the client): parties, lawyers, the firm's representative, witnesses
    qualified, the settlement paid into the guard's account or by Pix, the judge."""
    doc = Doc()
    fan, raz, dom = firm(g)
    pn, kind, pdom = post(g)
    uf = g.pick(UFS)
    a = g.person(female=g.chance(0.2))
    jz = g.person()
    pr = g.person()
    l1, l2 = g.person(), g.person()
    doc.f("PODER JUDICIÁRIO — JUSTIÇA DO TRABALHO — TRT «t»ª REGIÃO\n«v»ª VARA DO TRABALHO DE «c»\n\nATA DE AUDIÊNCIA — ATOrd «cnj»\n\n",
          t=int(TRT[uf].split(".")[1]), v=g.ri(1, 12), c=city_of(g, uf)[0].upper(), cnj=g.cnj(TRT.get(uf)))
    rc = "da reclamante" if a.female else "do reclamante"
    doc.f("Em «d», às «h», na sala de audiências, sob a presidência «j» Juiz«a» do Trabalho «jn», foram apregoados os litigantes: «n», CPF «cpf», "
          "reclamante, acompanhad«o» de «sa» «l1», «o1»; «r», reclamada, representada por «pp» «p», CPF «pc», acompanhad«px» de «sb» «l2», «o2»; "
          "e «tm», segunda reclamada, ausente.\n\n", d=dbr(d0 := g.day(), "long"), h=f"{g.ri(8, 17):02d}:{g.pick(['00', '10', '30', '40'])}", j="da" if jz.female else "do", a="a" if jz.female else "",
          jn=P(jz.full), n=P(g.pick([a.full, a.caps])), cpf=(g.cpf(), "BR_CPF"), o=a.o, sa="sua advogada" if l1.female else "seu advogado",
          l1=P(l1.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"), r=raz, pp="sua preposta" if pr.female else "seu preposto", px=pr.o,
          p=P(pr.full), pc=(g.cpf(), "BR_CPF"), sb="sua advogada" if l2.female else "seu advogado", l2=P(l2.full),
          o2=(g.council("OAB", uf), "PROFESSIONAL_ID"), tm=pn if kind != "bank" else "Banco Celeste S.A.")
    if g.chance(0.85):
        w = g.person(female=g.chance(0.3))
        doc.f("Ouvida a testemunha «rc»: «n», vigilante, RG «r», CPF «c», residente na «a». Disse que trabalhou com «x» no posto «p»; que ninguém "
              "cobria o intervalo; que as dobras eram pedidas pelo supervisor«sp»«s» pelo WhatsApp.\n\n", rc=rc, n=P(w.full), r=(g.rg(), "BR_RG"),
              c=(g.cpf(), "BR_CPF"), a=(g.address(), "ADDRESS"), x="a reclamante" if a.female else "o reclamante", p=pn,
              **(dict(sp="", s="") if g.chance(0.5) else dict(sp=" ", s=P(g.person(False).short))))
    v = g.ri(8, 60) * 1000.0
    k = g.pick([1, 2, 3, 5])
    doc.f("CONCILIAÇÃO: as partes se conciliam pelo valor líquido de R$ «v», em «k» parcela(s), ", v=brl(v), k=k)
    if g.chance(0.6):
        doc.f("mediante depósito na conta «rc» no «b», agência «ag», conta corrente «ac»", rc=rc, b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
              ac=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("por Pix na chave aleatória «pk», de titularidade «rc»", pk=(g.uuid(), "PIX_KEY"), rc=rc)
    doc.f(", vencendo a primeira em «d». Multa de 50% no atraso. Natureza: «n». Custas de R$ «c» pela reclamada.\n\nNada mais.\n\n«j»\nJuiz«a» do Trabalho\n",
          d=dbr(g.after(d0, 10, 40)), n=g.pick(["indenizatória (FGTS + 40% e multa do art. 477)", "80% indenizatória, 20% salarial"]), c=brl(v * 0.02),
          j=P(jz.full), a="a" if jz.female else "")
    return doc


def ju_termo_declaracao_tv(g: Gen) -> Doc:
    """A civil police statement (termo de declarações, sometimes OCR'd) by the crew leader of an armoured car after an attempted robbery:
    the declarant qualified, the crew, the armoured car's and the robbers' plates, the delegado and the clerk."""
    doc = Doc()
    fan, raz, dom = g.pick(TV_FIRMS)
    uf = g.pick(UFS)
    d = g.person(female=g.chance(0.1))
    crew = [g.person(female=g.chance(0.1)) for _ in range(2)]
    drv = g.person(False)
    dl, es = g.person(), g.person()
    use_ocr = g.chance(0.45)
    O = (lambda s: ocr(s, g)) if use_ocr else (lambda s: s)
    T = (lambda s: ocr_t(s, g)) if use_ocr else (lambda s: s)
    city, _ = city_of(g, uf)
    doc.f(T("POLÍCIA CIVIL DO ESTADO — «dp»\nINQUÉRITO POLICIAL Nº «ip»\nTERMO DE DECLARAÇÕES\n\n"), dp=g.pick(["DELEGACIA DE ROUBOS E FURTOS",
          "DEIC — DIVISÃO DE ROUBO A BANCOS", f"{g.ri(1, 40)}ª DELEGACIA DE POLÍCIA"]), ip=f"{g.d(3)}/{g.ri(2025, 2026)}")
    doc.f(T("Aos «d», nesta cidade de «c», compareceu «o» declarante "), d=g.date("long"), c=city, o="a" if d.female else "o")
    doc.e(O(d.capsf) if use_ocr else d.caps, "PERSON")
    doc.f(T(", vigilante de transporte de valores, chefe de equipe da «f», nascid«o» em «dob», RG «rg», CPF «cpf», CNV «cnv», residente na «a», CEP «p», "
            "telefone «t»«em»«ea», que declarou:\n"), f=raz,
          **(dict(em="", ea="") if g.chance(0.4) else dict(em=", e-mail ", ea=(g.email(d), "EMAIL_ADDRESS"))), o=d.o, dob=(g.dob("br", 1965, 2000), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"),
          cnv=cnv(g), a=(O(g.address()), "ADDRESS"), p=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    pa, pb = g.plate(), g.plate()
    doc.f(T("QUE no dia dos fatos guarnecia o «v», placa «p», com os vigilantes «a» e «b», sendo motorista «m», CPF «mc», CNH «h»; QUE, ao encostar para "
            "atender a «l», um «c» de placa «q» fechou o carro-forte e dois indivíduos armados desembarcaram; QUE «x2»«a2» reagiu conforme "
            "o procedimento e os indivíduos fugiram sentido «s»; QUE ninguém foi atingido; QUE os malotes, lacres «l1» e «l2», permaneceram no cofre; "
            "QUE as imagens das câmeras do veículo foram entregues à autoridade.\n"),
          v=g.pick(ARMOUR), p=(pa, "LICENSE_PLATE"), a=P(O(crew[0].full)), b=P(O(crew[1].full)), m=P(O(drv.full)), mc=(g.cpf(), "BR_CPF"), h=(g.cnh(), "BR_CNH"),
          l=g.pick(["agência Centro do Banco Celeste", "lotérica Estrela da Sorte", "rede Supermercados Leal", "transportadora Serra Azul"]),
          c=g.pick(PRIVATE_CARS[:9]), q=(pb, "LICENSE_PLATE"), **(dict(x2="", a2="o primeiro") if g.chance(0.5) else dict(x2="o vigilante ", a2=P(O(crew[0].short)))), s=g.pick(["à rodovia", "ao bairro Vila Rosa", "ao centro"]),
          l1=lacre(g), l2=lacre(g))
    if g.chance(0.3):
        doc.f(T("QUE reconhece, por fotografia, «x» como um dos autores.\n"), x=P(O(g.person(False).capsf)))
    doc.f(T("Nada mais disse. Lido e achado conforme, assinam.\n\n«dl» — Delegad«o» de Polícia\n«es» — Escriv«e»\n«dc» — declarante\n"),
          dl=P(O(dl.full)), o=dl.o, es=P(O(es.full)) if g.chance(0.5) else "______________", e="ã" if es.female else "ão",
          dc=P(O(d.full)) if g.chance(0.5) else "______________")
    return doc


JU = [ju_reclamacao_vigilante, ju_relatorio_furto, ju_auto_delesp, ju_contrato_servicos, ju_cautela_arma, ju_ata_audiencia, ju_termo_declaracao_tv]


# --------------------------------------------------------------------------- saude


BODY_PART = {"S71.1": "coxa", "S81.8": "perna", "S01.8": "couro cabeludo", "S62.6": "dedo da mão", "S93.4": "tornozelo",
             "T14.0": "múltiplas regiões", "S42.0": "ombro (clavícula)"}


def occ(g: Gen) -> tuple[str, str, str]:
    return g.pick(OCC_CLINICS)


def sa_aso(g: Gen) -> Doc:
    """An occupational health certificate (ASO) for a guard: risks, exams, fitness (with or without carrying a weapon), the examining physician
    and the PCMSO coordinator."""
    doc = Doc()
    cn, craz, cdom = occ(g)
    fan, raz, dom = firm(g)
    uf = g.pick(UFS)
    v = g.person(female=g.chance(0.2))
    m1, m2 = g.person(), g.person()
    kind = g.pick(["ADMISSIONAL", "PERIÓDICO", "PERIÓDICO", "RETORNO AO TRABALHO", "MUDANÇA DE RISCO", "DEMISSIONAL"])
    doc.f("«c» — CNPJ «cc»\nATESTADO DE SAÚDE OCUPACIONAL (ASO) — «k»\n\nEmpregador: «r» — CNPJ «ec»\n", c=cn.upper(), cc=(g.any_cnpj(), "BR_CNPJ"),
          k=kind, r=raz, ec=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Trabalhador(a)", P(g.pick([v.full, v.caps]))), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.5):
        fields.append(("RG", (g.rg(), "BR_RG")))
    fields += [("Nascimento", (g.dob(g.pick(["br", "dot"]), 1960, 2004), "DATE_OF_BIRTH")), ("Função", V(g.pick(["vigilante (CBO 5173-30)",
               "vigilante de transporte de valores", "vigilante de escolta", "supervisor de segurança", "operador de monitoramento"]))),
               ("Matrícula", V(matr(g)))]
    if g.chance(0.7):
        fields.append(("Telefone", (g.phone(), "PHONE_NUMBER")))
    if g.chance(0.5):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    doc.f("\nRiscos ocupacionais: «r».\nExames: «e».\n", r=g.pick(["acidentes — violência e roubo (NR-16, Anexo 3); físico — ruído em doca; ergonômico — ortostatismo prolongado",
                                                                       "acidentes — uso de arma de fogo; biológico — contato com público; ergonômico — trabalho noturno",
                                                                       "acidentes — transporte de valores em via pública; físico — calor no interior do veículo blindado"]),
          e=", ".join(g.sample(["exame clínico", "audiometria tonal", "acuidade visual", "glicemia de jejum", "hemograma", "eletroencefalograma",
                                "eletrocardiograma", "avaliação psicológica (arma de fogo)", "toxicológico"], g.ri(3, 5))))
    res = g.pick(["APTO", "APTO", "APTO", "APTO COM RESTRIÇÃO: sem porte de arma até reavaliação", "INAPTO"])
    doc.f("Resultado: «r»\n«x»Data: «d»\n\n", r=res, x=f"Observação: CID {g.pick(OCC_ICD)[0]} informado pelo trabalhador.\n" if res != "APTO" else "",
          d=g.date("br"))
    doc.f("«n»\nMédic«o» examinador«a» — «crm»\n\n«c»\nCoordenador«b» do PCMSO — «crm2»\n\nCiente: ______________________ («v»)\n", n=P(m1.full), o=m1.o,
          a="a" if m1.female else "", crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), c=P(m2.full), b="a" if m2.female else "",
          crm2=(g.council("CRM", uf), "PROFESSIONAL_ID"), v=P(g.pick([v.full, v.short])))
    return doc


def sa_laudo_psicologico(g: Gen) -> Doc:
    """The psychological assessment for handling firearms (required for the CNV) by a psychologist accredited with the Federal Police, and
    the firm's HR asking for the result."""
    doc = Doc()
    pc, pdom = g.pick(PSY_CLINICS)
    fan, raz, dom = firm(g)
    c = g.person(female=g.chance(0.2))
    ps = g.person(female=g.chance(0.75))
    hr = g.person(female=g.chance(0.7))
    doc.f("«c»\nLAUDO DE AVALIAÇÃO PSICOLÓGICA PARA MANUSEIO DE ARMA DE FOGO\n(psicólog«o» credenciad«o» pela Polícia Federal — «crp»)\n\n",
          c=pc, o=ps.o, crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    doc.f("Avaliad«o»: «n»\nCPF: «cpf»    Nascimento: «dob»\n", o=c.o, n=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob(g.pick(["br", "long"]), 1960, 2005), "DATE_OF_BIRTH"))
    if g.chance(0.6):
        doc.f("Endereço: «a» — CEP «p»\n", a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    doc.f("Finalidade: «f»\nSolicitante: «r»\n\nINSTRUMENTOS\n", f=g.pick(["curso de formação de vigilantes", "renovação da CNV", "reciclagem",
                                                                            "extensão em transporte de valores"]), r=raz)
    for t in g.sample(PSY_TESTS, g.ri(3, 5)):
        doc.f("- «t»: «r»\n", t=t, r=g.pick(["médio", "médio superior", "superior", "inferior", "dentro do esperado", "adequado"]))
    res = g.pick(["APTO", "APTO", "APTO", "INAPTO"])
    doc.f("\nCONCLUSÃO: «r» para o manuseio de arma de fogo«x».\n\n«n»\nPsicólog«o» — «crp»\n", r=res,
          x="; poderá solicitar entrevista devolutiva e nova avaliação em 30 dias" if res == "INAPTO" else "", n=P(ps.full), o=ps.o,
          crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    hm = corp_mail(hr, dom, g)
    doc.f("\n---\nDe: «h» <«e»>\nPara: «m»\nX-Originating-IP: [«ip»]\nAssunto: laudos da turma de «d»\n\nBoa tarde, «p». Preciso do laudo de «n» até sexta para lançar no GESP; "
          "a CNV dele vence em «v». Se houver pendência me liga no «t».\n«hs»\nRH — «f»\n", h=P(hr.full), e=(hm, "EMAIL_ADDRESS"),
          m=role_mail(g, pdom, g.pick(["laudos", "psicologia", "agendamento"])), d=g.date("br"), p=P(ps.first), n=P(g.pick([c.full, c.short])),
          v=g.date("br"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), hs=P(hr.short), f=fan, ip=(g.ip_pub(), "IP_ADDRESS"))
    return doc


def sa_cat(g: Gen) -> Doc:
    """A work accident report (CAT) for a guard hurt on duty: the employer, the injured guard (CPF, NIT, birth date, address, CEP, CNS),
    the accident, witnesses, the attending physician."""
    doc = Doc()
    fan, raz, dom = firm(g)
    pn, kind, pdom = post(g)
    v = g.person(female=g.chance(0.2))
    icd, dsc, cause, ext = g.pick(INJURIES)
    md = g.person()
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT\nTipo: «t»    Emitente: empregador    Nº de recibo: «n»\n\n", t=g.pick(["1 - inicial", "1 - inicial", "2 - reabertura"]),
          n=g.pick([g.neg(11), (lambda x: f"{x[:4]}.{x[4:8]}.{x[8:]}")(g.neg(11))]))
    doc.f("EMPREGADOR: «r» — CNPJ «c» — CNAE 8011-1/01\n\n", r=raz, c=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Nome", P(g.pick([v.full, v.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("NIT/PIS", (g.pis(), "BR_PIS")),
              ("Nascimento", (g.dob("br", 1960, 2004), "DATE_OF_BIRTH")), ("Sexo", V("F" if v.female else "M")),
              ("Mãe", P(g.relative(v, True).full))]
    fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER")),
               ("CNS", (g.cns(), "BR_CNS")) if g.chance(0.6) else ("CTPS", V(f"{g.d(7)} série {g.d(4)}-{g.pick(UFS)}")),
               ("Função", V("vigilante — CBO 5173-30"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    doc.f("\nACIDENTE: «d» às «h», após «k» horas de trabalho, no posto «p». Descrição: «x». Parte atingida: «pa». Causa externa: «e». "
          "Registrado BO: «b».\n", d=dbr(acc := g.day()), h=g.hm(), k=g.ri(1, 11), p=pn, x=cause, pa=BODY_PART[icd], e=ext,
          b=g.pick(["sim, " + bo(g), "não"]))
    doc.t("Testemunhas: ")
    for k in range(g.ri(1, 2)):
        w = g.person()
        doc.f("«s»«n»", s="; " if k else "", n=P(w.full))
        if g.chance(0.5):
            doc.f(", «a»", a=(g.address(), "ADDRESS"))
        if g.chance(0.6):
            doc.f(", tel. «t»", t=(g.phone(), "PHONE_NUMBER"))
    doc.t("\n\n")
    doc.f("ATESTADO MÉDICO: «u», «d». Diagnóstico: «x» (CID-10 «c»). Afastamento provável: «n» dias. Internação: «i».\n«m» — «crm»\n",
          u=g.pick(ER_UNITS), d=dbr(acc), x=dsc, c=icd, n=g.ri(2, 60), i=g.pick(["não", "não", "sim"]), m=P(md.full),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        tst = g.person()
        doc.f("Responsável pelo preenchimento: «n», técnic«o» de segurança do trabalho (registro MTE «r»), «e»\n", n=P(tst.full), o=tst.o,
              r=f"{g.pick(UFS)}/{g.d(6)}", e=(corp_mail(tst, dom, g), "EMAIL_ADDRESS"))
    return doc


def sa_zap_sesmt(g: Gen) -> Doc:
    """WhatsApp between a guard and the firm's occupational health team (lower case): a medical certificate with CID, the physician's CRM,
    sick leave, who covers the shift."""
    doc = Doc()
    fan, raz, dom = firm(g)
    v = g.person(female=g.chance(0.2))
    tec = g.person(female=g.chance(0.7))
    md = g.person()
    cov = g.person(female=g.chance(0.2))
    icd, dsc = g.pick(OCC_ICD)
    st = chat_stamp(g.chance(0.4))
    tt = iter(seq_times(g, 25, g.moments(1, g.day(), 1, (7, 21))[0], 40, 1500))
    doc.f("Conversa do WhatsApp com SESMT «f»\n\n", f=fan)
    me = V("Você") if g.chance(0.4) else ((g.phone("wa"), "PHONE_NUMBER") if g.chance(0.75) else P(g.pick([v.full, v.short])))
    sh = V(f"SESMT {fan}")
    cl(doc, st(next(tt)), me, g.pick(["bom dia, fui no médico ontem depois do plantão, peguei atestado", "boa tarde, to sem condição de trabalhar hoje, fui na upa",
                                      "oi, precisa mandar o atestado por aqui ou levar na base?"]))
    cl(doc, st(next(tt)), sh, "oi! aqui é «t», técnic«o» de enfermagem do trabalho. manda foto legível do atestado, nome completo e cpf", t=P(lower(tec.first)), o=tec.o)
    cl(doc, st(next(tt)), me, "<mídia oculta>")
    cl(doc, st(next(tt)), me, "«n» «c»", n=P(lower(v.full)), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    n = g.ri(2, 15)
    cl(doc, st(next(tt)), sh, "recebido. atestado de «n» dias, cid «i», «d» «m» «crm». se somar mais de 15 dias no ano eu te agendo a perícia do inss",
       n=n, i=icd.lower(), d=lower(dra(md)), m=P(lower(md.short)), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    if icd.startswith("F"):
        cl(doc, st(next(tt)), sh, "e como é cid de saúde mental, a arma fica recolhida na armaria até o retorno com avaliação psicológica, tá? é norma")
        cl(doc, st(next(tt)), me, "entendi. foi depois do assalto no posto, não tô dormindo")
    cl(doc, st(next(tt)), sh, "melhoras! «c» vai cobrir seus plantões, já avisei «s» supervisor«a»«sp»«x»", c=P(lower(g.pick([cov.first, cov.short]))),
       s="a" if (sv := g.person()).female else "o", a="a" if sv.female else "",
       **(dict(sp="", x="") if g.chance(0.5) else dict(sp=" ", x=P(lower(sv.first)))))
    if g.chance(0.6):
        cl(doc, st(next(tt)), sh, "pra abrir a perícia se precisar me manda também o cartão do sus e o endereço atualizado com cep")
        cl(doc, st(next(tt)), me, "sus «s»\n«a» cep «c»", s=(g.cns(), "BR_CNS"), a=(g.address("low"), "ADDRESS"), c=(g.cep(g.chance(0.6)), "BR_CEP"))
        if g.chance(0.6):
            cl(doc, st(next(tt)), me, "pis «p»", p=(g.pis(), "BR_PIS"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), me, "se não me acharem liga pra minha esposa «t»" if not v.female else "se não me acharem liga pro meu marido «t»",
           t=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.4):
        cl(doc, st(next(tt)), me, "meu aniversário é «d», não marca o retorno nesse dia kkk", d=(g.dob(g.pick(["br", "nopad"]), 1965, 2003), "DATE_OF_BIRTH"))
    cl(doc, st(next(tt)), sh, g.pick(["👍", "combinado", "qualquer coisa chama aqui", lower(word_neg(g))]))
    return doc


def sa_ficha_ps(g: Gen) -> Doc:
    """An emergency-room record of a guard hurt during an assault or on patrol (CNS, CPF, birth date, address, CEP; the supervisor as companion,
    the patrol car, the physician and the nurse)."""
    doc = Doc()
    fan, raz, dom = firm(g)
    v = g.person(female=g.chance(0.15))
    sup = g.person()
    icd, dsc, cause, ext = g.pick(INJURIES)
    doc.f("«u» — FICHA DE ATENDIMENTO Nº «n»\n", u=g.pick(ER_UNITS), n=g.d(7))
    fields = [("Paciente", P(g.pick([v.full, v.caps]))), ("Telefone", (g.phone(), "PHONE_NUMBER")), ("CNS", (g.cns(), "BR_CNS")), ("CPF", (g.cpf(), "BR_CPF")) if g.chance(0.7) else ("RG", (g.rg(), "BR_RG")),
              ("Nascimento", (g.dob("br", 1960, 2004), "DATE_OF_BIRTH")), ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
              ("Acompanhante", P(g.pick([sup.full, sup.short]))), ("Tel. acompanhante", (g.phone(), "PHONE_NUMBER"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    how = g.pick(["samu", "patrol", "colleagues"])
    doc.f("\nHISTÓRIA: vigilante da «f», «c». Trazid«o» " + {"samu": "pelo SAMU", "patrol": "pela «v» da empresa, placa «p»", "colleagues": "por colegas"}[how]
          + ".\nEXAME: consciente, orientad«o», Glasgow 15; «x».\nHD: «d» (CID «i»; causa externa «e»).\nCONDUTA: «k».\n\n", f=fan, c=cause, o=v.o,
          v="viatura", p=(g.plate(), "LICENSE_PLATE"),
          x=g.pick(["sangramento controlado", "dor e edema local", "escoriações em membros", "FC 98, PA 13x8"]), d=dsc, i=icd, e=ext,
          k=g.pick(["sutura, antitetânica e alta", "RX, imobilização e encaminhamento à ortopedia", "observação por 12 horas", "encaminhado ao centro cirúrgico"]))
    md = g.person()
    doc.f("Médic«o»: «n» — «crm»\nEnfermagem: «e» — «coren»\n", o=md.o, n=P(md.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          e=P(g.person(female=g.chance(0.8)).short), coren=(g.council("COREN"), "PROFESSIONAL_ID"))
    if "disparo" in cause or "agredido" in cause:
        doc.f("Notificada a autoridade policial: «n» («r»).\n", n=P(g.person().full), r=g.pick(["PM, viatura do 12º BPM", "Polícia Civil, plantão", "PM, 3ª Cia"]))
    return doc


def sa_agenda_clinica(g: Gen) -> Doc:
    """An occupational clinic's agenda of a security firm's guards as CSV (physician and psychologist in the header; CPF, birth date, phone)."""
    doc = Doc()
    cn, craz, cdom = occ(g)
    fan, raz, dom = firm(g)
    uf = g.pick(UFS)
    md = g.person()
    ps = g.person(female=g.chance(0.75))
    sep = g.pick([";", ","])
    doc.f("# «c» — agenda «d» — empresa: «f»\n# médico do trabalho: «m» «crm» | psicólog«o»: «p» «crp»\n", c=cn, d=g.date("br"), f=fan, m=P(md.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), o=ps.o, p=P(ps.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    split = g.chance(0.1)
    cols = ["hora"] + (["first_name", "last_name"] if split else ["nome"]) + ["cpf", "nascimento", "exame", "avaliacao_psi", "resultado", "telefone"]
    rows = []
    h = g.ri(7, 8) * 60
    for _ in range(g.ri(5, 8)):
        c = g.person(female=g.chance(0.2))
        h += g.pick([15, 20, 30])
        nm_ = [P(c.given), P(" ".join(c.surnames))] if split else [P(g.pick([c.full, c.caps]))]
        ex = g.pick(["admissional", "periódico", "periódico", "retorno", "demissional", "mudança de risco"])
        rows.append([V(f"{h // 60:02d}:{h % 60:02d}")] + nm_ + [(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.dob(g.pick(["br", "iso"]), 1960, 2005), "DATE_OF_BIRTH"),
                     V(ex), V(g.pick(["sim", "não", "sim (renovação CNV)"])), V(g.pick(["apto", "apto", "apto", "inapto p/ arma", "aguardando audiometria", ""])),
                     (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER") if g.chance(0.6) else V("")])
    table_csv(doc, cols, rows, sep)
    doc.f("\n# recepção: «r». faturar para «e».«w»\n", r=P(g.person(True).first) if g.chance(0.5) else "balcão 2", e=role_mail(g, dom, g.pick(["sesmt", "rh", "dp"])),
          w=(" " + word_neg(g)) if g.chance(0.3) else "")
    return doc


def sa_email_inapto(g: Gen) -> Doc:
    """An e-mail thread between an occupational physician and the firm's SESMT nurse about a guard unfit to carry a weapon (psychiatric CID),
    moved to an unarmed post."""
    doc = Doc()
    cn, craz, cdom = occ(g)
    fan, raz, dom = firm(g)
    uf = g.pick(UFS)
    v = g.person(female=g.chance(0.2))
    md = g.person()
    nu = g.person(female=g.chance(0.75))
    psq = g.person()
    icd, dsc = g.pick([x for x in OCC_ICD if x[0].startswith("F")])
    t = g.moments(2, g.day(), 4, (8, 19))
    e1 = corp_mail(md, cdom, g)
    e2 = corp_mail(nu, dom, g)
    crm_md = g.council("CRM", uf)
    doc.f("De: «n» <«e»>\nPara: «m»\nCc: «r»\nData: «d»\nAssunto: RE: vigilante «v» — retorno ao trabalho\n\n", n=P(nu.full), e=(e2, "EMAIL_ADDRESS"),
          m=(e1, "EMAIL_ADDRESS"), r=role_mail(g, dom, g.pick(["rh", "sesmt", "operacoes"])), d=mail_date(t[1]), v=P(v.caps))
    doc.f("«d» «n», obrigad«o2». Vamos remanejar «o» vigilante para posto desarmado (portaria do «p») até a reavaliação psicológica, e a arma fica "
          "recolhida. Aviso «s» supervisor«a»«sp»«x».\n\n«nn»\nEnfermeir«o2» do Trabalho — «coren»\n«f»\n\n", d=dra(md), n=P(md.last),
          o="a" if v.female else "o", p=post(g, ("condo",))[0], s="a" if (sv := g.person()).female else "o", a="a" if sv.female else "",
          **(dict(sp="", x="") if g.chance(0.5) else dict(sp=" ", x=P(sv.short))), nn=P(nu.short), o2=nu.o, coren=(g.council("COREN", uf), "PROFESSIONAL_ID"), f=fan)
    doc.f("> Em «d», «n» <«e»> escreveu (X-Originating-IP: «ip»):\n> Examinei em retorno «o» vigilante «v», CPF «c», nascid«o» em «dob», após afastamento por «x» (CID «i»),\n"
          "> com relatório do psiquiatra «p» («crm»). Considero APTO para o trabalho, porém INAPTO para porte e manuseio de arma de fogo por «k» dias.\n"
          "> Telefone do trabalhador para contato: «t».\n> «s»\n", d=mail_date(t[0]), n=P(md.full), e=(e1, "EMAIL_ADDRESS"), o="a" if v.female else "o",
          v=P(v.full), c=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1962, 2003), "DATE_OF_BIRTH"), x=dsc, i=icd, p=P(psq.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), k=g.pick([60, 90, 120, 180]), t=(g.phone(), "PHONE_NUMBER"),
          s=g.pick(["Att.", "Cordialmente,", "Abs."]), ip=(g.ip_pub(), "IP_ADDRESS"))
    doc.f("> Médic«o» do Trabalho — «crm» — «c»\n", o=md.o, crm=(crm_md, "PROFESSIONAL_ID"), c=cn)
    return doc


SA = [sa_aso, sa_laudo_psicologico, sa_cat, sa_zap_sesmt, sa_ficha_ps, sa_agenda_clinica, sa_email_inapto]


# --------------------------------------------------------------------------- financeiro


def fi_folha(g: Gen) -> Doc:
    """A month's payroll of a post's guards in Markdown (CPF, PIS, base pay, periculosidade, night and overtime premiums, net; agency and
    account or a Pix key of any kind), with the accountant's note."""
    doc = Doc()
    fan, raz, dom = firm(g)
    doc.f("## «f» — folha de pagamento — vigilantes — competência «m»\n\n", f=fan, m=f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}")
    doc.t("| vigilante | CPF | PIS | base | periculosidade 30% | ad. noturno | HE | líquido | banco | agência | conta / chave Pix |\n"
          "|---|---|---|---|---|---|---|---|---|---|---|\n")
    for _ in range(g.ri(4, 8)):
        p = g.person(female=g.chance(0.2))
        base = g.ri(1900, 2900) + 0.0
        per = base * 0.3
        an = g.ri(0, 600) + 0.0
        he = g.ri(0, 900) + g.pick([0.0, 0.45, 0.8])
        liq = (base + per + an + he) * g.pick([0.78, 0.8, 0.82, 0.84])
        doc.t("| ")
        doc.e(g.pick([p.full, p.short, p.caps]), "PERSON")
        doc.t(" | ")
        doc.e(g.cpf(), "BR_CPF")
        doc.t(" | ")
        doc.e(g.pis(), "BR_PIS")
        doc.f(" | «b» | «p» | «a» | «h» | «l» | «bk» | ", b=brl(base), p=brl(per), a=brl(an), h=brl(he), l=brl(liq), bk=g.pick(BANKS)[1])
        if g.chance(0.6):
            doc.e(g.agency(), "BANK_ACCOUNT")
            doc.t(" | ")
            doc.e(g.account(), "BANK_ACCOUNT")
        else:
            doc.t("— | ")
            doc.e(*pix_key(g, p)[1])
        doc.t(" |\n")
    ct = g.person()
    doc.f("\nObs.: desconto de uniforme estornado para «n»; «k» dobras pagas como extra conforme CCT; vale-refeição por crédito à parte. Conferido por «c» («crc»).\n",
          n=P(g.person().first) if g.chance(0.5) else f"a matrícula {matr(g)}", k=g.ri(1, 9), c=P(ct.full), crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    return doc


def fi_fatura_cliente(g: Gen) -> Doc:
    """A monthly invoice to a client for its posts (NFS-e summary, withholdings, a deduction for an uncovered shift by name), the
    client's contact, and the firm's bank account or boleto."""
    doc = Doc()
    fan, raz, dom = firm(g)
    pn, kind, pdom = post(g)
    ct = g.person()
    fat = g.person(female=g.chance(0.7))
    cm, cy = g.ri(1, 12), g.pick([2025, 2026])
    doc.f("«r»\nFATURA DE SERVIÇOS Nº «n» — NFS-e «nf» — competência «m»\n\nTomador: «t» — CNPJ «c»\nCNPJ do prestador: «pc»\nA/C: «a» — «e» — «ph»\n\n", r=raz.upper(), pc=(g.any_cnpj(), "BR_CNPJ"),
          n=f"{g.d(5)}", nf=g.d(8), m=f"{cm:02d}/{cy}", t=pn if kind != "bank" else "Banco Celeste S.A.",
          c=(g.any_cnpj(), "BR_CNPJ"), a=P(ct.full), e=(corp_mail(ct, pdom, g), "EMAIL_ADDRESS"), ph=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    rows = []
    tot = 0.0
    for pst in g.sample(["portaria principal", "ronda motorizada", "estacionamento", "doca", "recepção", "CFTV / monitoramento"], g.ri(2, 4)):
        v = g.ri(11, 28) * 1000.0 + g.pick([0.0, 450.0, 780.5])
        tot += v
        rows.append([V(pst), V(shift(g).split(" (")[0]),
                     V(g.pick(["armado", "desarmado"])), V(str(g.pick([2, 4]))), V(brl(v))])
    table_ruled(doc, ["posto", "escala", "tipo", "efetivo", "valor (R$)"], rows, g.pick(["plus", "plain", "psql", "pipe"]))
    ab = g.person(female=g.chance(0.2))
    glosa = g.ri(250, 900) + 0.0
    doc.f("\nGlosa: plantão de «d» não coberto (vigilante «n», falta sem reposição) — R$ «g»\nValor bruto: R$ «b»   Retenção INSS (11%): R$ «i»   ISS: R$ «s»\n",
          d=fmt_date(g.ri(1, 28), cm, cy, "br"), n=P(g.pick([ab.full, ab.short])), g=brl(glosa), b=brl(tot - glosa), i=brl((tot - glosa) * 0.11), s=brl((tot - glosa) * 0.05))
    if g.chance(0.5):
        doc.f("Pagamento por TED para «r», «b», agência «ag», conta corrente «ac», até «d».\n", r=raz, b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
              ac=(g.account(), "BANK_ACCOUNT"), d=fmt_date(10, cm % 12 + 1, cy + cm // 12, "br"))
    else:
        doc.f("Boleto — vencimento «d» — linha digitável: «l»\n", d=fmt_date(10, cm % 12 + 1, cy + cm // 12, "br"), l="  ".join(f"{g.neg(11)}-{g.d(1)}" for _ in range(4)))
    doc.f("\nDúvidas: «n», faturamento — «e» (cópia para «r»)\n", n=P(g.pick([fat.full, fat.short])), e=(corp_mail(fat, dom, g), "EMAIL_ADDRESS"),
          r=role_mail(g, dom, "faturamento"))
    return doc


def fi_cobranca_condominio(g: Gen) -> Doc:
    """A collection notice to a condominium in arrears (the síndico qualified, open invoices, a random Pix key) and its e-signature log."""
    doc = Doc()
    fan, raz, dom = firm(g)
    pn, kind, pdom = post(g, ("condo",))
    s = g.person()
    rep = g.person()
    sm = g.email(s)
    doc.f("«f» — DEPARTAMENTO DE COBRANÇA\nNOTIFICAÇÃO EXTRAJUDICIAL E PROPOSTA DE ACORDO\n\nAo «p», CNPJ «c», na pessoa de seu(sua) síndico(a), ", f=raz,
          p=pn, c=(g.cnpj(), "BR_CNPJ"))
    qualify(g, doc, s, email=sm, phone=True, rg=g.chance(0.4), job=g.pick(JOBS_OTHER[s.female]))
    rows = []
    tot = 0.0
    mm, yy = g.ri(1, 12), 2025
    for k in range(g.ri(2, 4)):
        v = g.ri(14, 38) * 1000.0
        tot += v
        m2, y2 = (mm + k) % 12 + 1, yy + (mm + k) // 12
        rows.append([V(f"{g.d(5)}"), V(f"{(mm + k - 1) % 12 + 1:02d}/{yy + (mm + k - 1) // 12}"), V(fmt_date(10, m2, y2, "br")), V(brl(v))])
    doc.t(".\n\nConstam em aberto as faturas abaixo, referentes ao contrato de vigilância patrimonial:\n")
    table_ruled(doc, ["fatura", "competência", "vencimento", "valor (R$)"], rows, g.pick(["plus", "plain", "pipe"]))
    n = g.pick([3, 4, 6])
    doc.f("\nTotal com multa de 2% e juros: R$ «t». Proposta: «n» parcelas de R$ «v», por Pix na chave aleatória «pk» ou boleto. Sem acordo em 10 dias, "
          "os postos noturnos serão suspensos e a cobrança seguirá pela via judicial.\n\n«r»\nCobrança — «e»\n", t=brl(tot * 1.02), n=n, v=brl(tot * 1.02 / n),
          pk=(g.uuid(), "PIX_KEY"), r=P(rep.full), e=(corp_mail(rep, dom, g), "EMAIL_ADDRESS"))
    if g.chance(0.4):
        adm = g.person()
        doc.f("Cópia: administradora do condomínio, a/c «n» («t»).\n", n=P(adm.full), t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    esign_log(g, doc, [(rep, corp_mail(rep, dom)), (s, sm)], g.moments(1)[0])
    return doc


def fi_gtv(g: Gen) -> Doc:
    """A cash-in-transit route manifest (guia de transporte de valores) as CSV: the crew with CPF and the driver's CNH, the armoured car's and
    the escort's plates, stops with seals and declared values, the receiving staff."""
    doc = Doc()
    fan, raz, dom = g.pick(TV_FIRMS)
    ch = g.person(female=g.chance(0.1))
    vs = [g.person(female=g.chance(0.1)) for _ in range(2)]
    dr = g.person(False)
    sep = g.pick([";", ","])
    doc.f("# «f» — manifesto de rota «r» — «d» — base «b»\n# «v» placa «p»", f=fan, r=f"R{g.ri(1, 60):02d}", d=g.date("br"),
          b=g.pick(["Centro", "Distrito Industrial", "Zona Norte"]), v=g.pick(ARMOUR), p=(g.plate(), "LICENSE_PLATE"))
    if g.chance(0.5):
        doc.f(" | escolta: «v» placa «p»", v=g.pick(PATROL), p=(g.plate(), "LICENSE_PLATE"))
    doc.f("\n# chefe de equipe: «c» (CPF «cc») | vigilantes: «a» (CPF «ac»), «b» (CPF «bc») | motorista: «m» (CPF «mc», CNH «h»)\n", c=P(ch.full),
          cc=(g.cpf(), "BR_CPF"), a=P(vs[0].full), ac=(g.cpf(), "BR_CPF"), b=P(g.pick([vs[1].full, vs[1].short])), bc=(g.cpf(), "BR_CPF"), m=P(dr.full),
          mc=(g.cpf(), "BR_CPF"), h=(g.cnh(), "BR_CNH"))
    cols = ["seq", "hora", "cliente", "ponto", "operacao", "lacre", "valor_declarado", "recebedor", "cpf_recebedor"]
    doc.t(sep.join(cols) + "\n")
    rows = []
    h = g.ri(7, 9) * 60
    for k in range(g.ri(5, 8)):
        r = g.person()
        h += g.ri(15, 55)
        cli = g.pick(["Banco Celeste", "Supermercados Leal", "Atacadão Estrela do Sul", "Lotérica Estrela da Sorte", "Posto Bonfim", "Shopping Vitória Park",
                      "Farmácias Luz"])
        rows.append([V(str(k + 1)), V(f"{h // 60:02d}:{h % 60:02d}"), V(cli), V(g.pick(["ag. 0" + g.d(3), "loja " + g.d(2), "tesouraria", "PDV " + g.d(3)])),
                     V(g.pick(["coleta", "coleta", "suprimento", "abastecimento ATM"])), V(lacre(g)), V(brl(g.ri(500, 48000) * 10.0 + g.pick([0.0, 0.0, 0.5, 0.25]))),
                     P(g.pick([r.full, r.short, r.caps])) if g.chance(0.6) else V(g.pick(["tesouraria", "gerente", "caixa 1", "—"])),
                     (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.9) else V("")])
    table_csv(doc, None, rows, sep)
    doc.f("\n# divergência no lacre da parada «k»: conferido na tesouraria por «t»; «x»\n", k=g.ri(1, 5),
          t=P(g.person().full) if g.chance(0.5) else "dupla de conferência",
          x=g.pick(["sem diferença.", "diferença de R$ 50,00 — aberto chamado.", "lacre substituído na presença do cliente."]))
    return doc


def fi_jsonl_diarias(g: Gen) -> Doc:
    """An events platform's JSON lines paying freelance event guards by the day (name, CPF, E.164 phone, Pix key of any kind, event, the
    app's public IP) with a note on a private webhook target."""
    doc = Doc()
    t = g.moments(8)
    plat = g.pick(["EventSeg", "FreelaVig", "Diária Já", "SegurEvento"])
    for k in range(g.ri(5, 8)):
        p = g.person(female=g.chance(0.25))
        tipo, key = pix_key(g, p)
        ev = {"ts": ts(t[k], "iso"), "event": g.pick(["payout.created", "payout.paid", "payout.failed", "payout.paid"]),
              "guard": {"name": P(g.pick([p.full, p.caps])), "cpf": (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), "phone": (g.phone("e164"), "PHONE_NUMBER"),
                        "birth_date": (g.dob("iso", 1965, 2005), "DATE_OF_BIRTH"), "cnv_ok": g.pick([True, True, False])},
              "job": {"evento": g.pick(["Show na Arena Aurora", "Festa junina do Parque Bento", "Feira Rosa Agro", "Jogo no Estádio Leão", "Congresso no Centro Empresarial Luz"]),
                      "horas": g.pick([8, 10, 12]), "diaria": round(g.ri(140, 320) + 0.0, 2)},
              "pix": {"tipo": tipo, "chave": key}, "ip": (g.ip(), "IP_ADDRESS"), "id": f"po_{g.hexs(14)}"}
        jval(doc, ev, None)
        doc.t("\n")
    an = g.person()
    doc.f("\n-- «n»: «k» pagamentos recusados por CNV vencida; webhook da «p» para «ip» respondeu 504, reprocessar.\n", n=P(an.first) if g.chance(0.5) else login(an, g), k=g.ri(1, 4),
          p=plat, ip=g.ip_priv())
    return doc


def fi_trct(g: Gen) -> Doc:
    """A guard's employment termination statement (TRCT): employer, the guard (CPF, PIS, birth date, mother, address, CEP), sums, the deposit
    into the guard's account, the HR analyst and the union's assistant."""
    doc = Doc()
    fan, raz, dom = firm(g)
    v = g.person(female=g.chance(0.2))
    hr = g.person(female=g.chance(0.7))
    un = g.person()
    doc.f("TERMO DE RESCISÃO DO CONTRATO DE TRABALHO\n\nEMPREGADOR: «r» — CNPJ «c»\n\n", r=raz, c=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Trabalhador(a)", P(g.pick([v.full, v.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("PIS/PASEP", (g.pis(), "BR_PIS")),
              ("Nascimento", (g.dob("br", 1960, 2004), "DATE_OF_BIRTH")), ("Nome da mãe", P(g.relative(v, True).full)),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Celular", (g.phone(), "PHONE_NUMBER")),
              ("E-mail", (g.email(v), "EMAIL_ADDRESS")), ("CTPS", V(f"{g.d(7)} série {g.d(4)}")),
              ("Admissão", V(g.date("br", g.ri(2016, 2023)))), ("Afastamento", V(dbr(af := g.day()))),
              ("Causa", V(g.pick(["dispensa sem justa causa", "pedido de demissão", "término do contrato com o tomador — dispensa sem justa causa", "acordo (art. 484-A da CLT)"])))]
    if g.chance(0.3):
        fields.insert(4, ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")))
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    rows = []
    tot = 0.0
    for lab in g.sample(["Saldo de salário", "Adicional de periculosidade", "Aviso prévio indenizado", "13º proporcional", "Férias vencidas + 1/3",
                         "Férias proporcionais + 1/3", "Horas extras", "Adicional noturno", "Multa art. 477"], g.ri(4, 7)):
        val = g.ri(200, 4200) + g.pick([0.0, 0.33, 0.5, 0.87])
        tot += val
        rows.append([V(lab), V(brl(val))])
    table_ruled(doc, ["verba", "valor (R$)"], rows, g.pick(["plus", "plain"]))
    doc.f("\nTotal bruto: R$ «t». Depósito em «d» na conta do(a) trabalhador(a): «b», agência «ag», conta «ac».\n\n", t=brl(tot), d=dbr(g.after(af, 1, 10)),
          b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.f("«h» — Departamento Pessoal — «e»\nAssistência: «u», Sindicato dos Vigilantes de «c»\n", h=P(hr.full), e=(corp_mail(hr, dom, g), "EMAIL_ADDRESS"),
          u=P(un.full), c=g.city()[0])
    return doc


def fi_zap_financeiro(g: Gen) -> Doc:
    """WhatsApp between a guard and the firm's finance/HR desk (lower case): a salary advance, bank details, a Pix key, a uniform refund, a
    client's card sent by mistake."""
    doc = Doc()
    fan, raz, dom = firm(g)
    v = g.person(female=g.chance(0.2))
    fn = g.person(female=g.chance(0.7))
    st = chat_stamp(g.chance(0.4))
    tt = iter(seq_times(g, 25, g.moments(1, g.day(), 1, (8, 19))[0], 60, 1800))
    doc.f("Conversa do WhatsApp com Financeiro «f»\n\n", f=fan)
    me = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.75) else P(g.pick([v.full, v.short]))
    sh = V(f"Financeiro {fan}") if g.chance(0.6) else V("Você")
    cl(doc, st(next(tt)), me, g.pick(["bom dia, o vale do dia 20 não caiu", "boa tarde, meu pagamento veio sem a periculosidade", "oi, queria adiantar o vale, tô apertado"]))
    cl(doc, st(next(tt)), sh, "oi, aqui é «n» do financeiro. me passa nome completo e cpf pra eu ver", n=P(lower(fn.first)))
    cpf = g.cpf()
    cl(doc, st(next(tt)), me, "«n» «c»", n=P(lower(v.full)), c=(cpf, "BR_CPF"))
    r = g.rng.random()
    if r < 0.45:
        cl(doc, st(next(tt)), sh, "voltou, a conta tá encerrada. manda outra")
        cl(doc, st(next(tt)), me, "«b» ag «ag» cc «ac»", b=lower(g.pick(BANKS)[1]), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    elif r < 0.75:
        cl(doc, st(next(tt)), me, "pode mandar no pix, chave aleatória «k»", k=(g.uuid(), "PIX_KEY"))
    else:
        cl(doc, st(next(tt)), me, "faz no pix do meu cpf mesmo, «c»", c=(cpf, "BR_CPF"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), sh, "aproveita e confirma teu pis, o do cadastro tá diferente do holerite")
        cl(doc, st(next(tt)), me, "«p»", p=(g.pis(), "BR_PIS"))
    cl(doc, st(next(tt)), sh, "ok. o desconto do uniforme (R$ «v») vai ser estornado, «s» «x» confirmou que você devolveu o colete", v=brl(g.ri(60, 240) + 0.0),
       s="a supervisora" if (sv := g.person()).female else "o supervisor", x=P(lower(sv.first)))
    if g.chance(0.6):
        cl(doc, st(next(tt)), me, "outra coisa, «s» do «p» mandou o cartão do condomínio pra pagar a taxa do portão eletrônico: «k» val «d». faço o que com isso?",
           s="a síndica" if (sd := g.person()).female else "o síndico", p=lower(post(g, ("condo",))[0].split(" ", 1)[-1]),
           k=(g.card(g.chance(0.5)), "CREDIT_CARD"), d=f"{g.ri(1, 12):02d}/{g.ri(27, 33)}")
        cl(doc, st(next(tt)), sh, "apaga isso e avisa que não pode mandar cartão por mensagem! a cobrança vai pelo «e»", e=role_mail(g, dom, "faturamento"))
    if g.chance(0.4):
        cl(doc, st(next(tt)), me, "e o «n» pediu pra avisar que mudou de número: «t»", n=P(lower(g.person(False).first)), t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), sh, g.pick(["vai cair até amanhã 12h", "👍", "feito, comprovante no e-mail", lower(word_neg(g))]))
    return doc


FI = [fi_folha, fi_fatura_cliente, fi_cobranca_condominio, fi_gtv, fi_jsonl_diarias, fi_trct, fi_zap_financeiro]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN11 = re.compile(r"(?<![\d.\-/])(\d[\d.\-]{9,14}\d)(?![\d]|[.\-/]\d)")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")
PLATE_LIKE = re.compile(r"(?<![\w-])(?:[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2})(?![\w-])")
ROLE_RE = re.compile(r"(%s)@" % "|".join(ROLE_BOXES), re.I)


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
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
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
            assert re.match(r"(CRM|COREN|OAB|CRP|CRC)(?![A-Z])", v), (rid, v)
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
    # 15-digit runs outside the spans are never valid CNS; 16-digit runs never pass Luhn
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, m.group(0))
    # plate-shaped tokens outside the spans never occur (weapon serials, seals and CNV numbers are built not to look like plates)
    for m in PLATE_LIKE.finditer(text):
        if free(m):
            raise AssertionError((rid, m.group(0)))
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
    print("hundredseventeenth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
