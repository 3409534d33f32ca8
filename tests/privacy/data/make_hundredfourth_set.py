"""Build the hundred-and-fourth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredfourth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 10404, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets: MOVING COMPANIES, SELF-STORAGE AND FURNITURE ASSEMBLY --
residential and office moves (quote requests, on-site volume surveys, contracts, crews and their
trucks), self-storage units ("guarda-móveis", boxes rented by the month, access control at the
gate, eviction of a box for unpaid rent and the auction of its goods), furniture-assembly
services, and around them the cargo insurers (RCTR-C / RC-DC), the small-claims courts, Procon,
the police, notaries, occupational-health clinics, emergency rooms, the payroll and billing
departments, card gateways, collection agencies and corporate clients relocating employees.
Layouts vary heavily: WhatsApp exports (Android and iOS; senders by name or by number, a crew's
group), a speech-to-text call transcript (lower case, no accents) with the agent's typed wrap-up,
"Campo: valor" forms, ruled boxes and dotted leaders, +---+ / psql / pipe / plain / Markdown
tables, semicolon and comma CSV, fixed-width reports (names cut at the field width), indented
JSON from a web form, one-line JSON logs, e-mail threads with headers, legal prose (petition,
notice, contract, minutes, power of attorney), an OCR'd ALL CAPS police report, an e-signature log.
- atendimento: (0) a WhatsApp quote request for a residential move (origin and destination
  addresses with CEP, items and volume in m³, date, CPF -- sometimes first mistyped --, e-mail,
  the company's random Pix key for the deposit, the spouse or a neighbour who keeps the key, the
  crew leader; the company's truck by model and plate); (1) a speech-to-text call to a moving
  company asking for an office move (caller, client company and CNPJ read in groups, phone read
  in groups, spoken address; workstations, servers, m³) and the agent's typed wrap-up with the
  lead (e-mail, phone, addresses, CEP, surveyor); (2) an on-site survey form (vistoria / levan-
  tamento de volume): customer with CPF, RG, sometimes birth date for the insurance, phone,
  e-mail, origin and destination with CEP, floor and elevator, inventory table (item codes, m³,
  notes such as "cômoda branca"), recommended truck of the fleet, surveyor, customer's "ciente";
  (3) a self-storage box-access report (holder with CPF and phone, authorized people with RG or
  CPF or CNH, fixed-width gate log with TAG/PIN credentials, names cut or only the credential's role
  "TITULAR" / "AUTORIZADO 2" (not labelled), private cars' plates or "a pé", operator logins) and
  the attendant's notes; (4) a self-storage sign-up lead as JSON from the
  site (name, CPF, birth date, e-mail, phone, address, CEP, chosen box, masked card, public IP;
  sometimes a company with CNPJ) and the attendant's call notes (an authorized relative);
  (5) a furniture-assembly work order (store order, customer, CPF, phones, address, CEP, a
  landmark, items with codes, the assembler and his own motorbike, who received it with RG, a
  damaged part); (6) an e-mail thread rescheduling a move (customer's and the coordinator's
  e-mails, a role mailbox in copy, new destination and CEP, phone, the crew, quoted message with
  the customer's X-Originating-IP).
- juridico: (0) a damage / loss notice to the cargo insurer (policy, the mover's CNPJ, claimant
  with CPF, phone, e-mail, addresses, CEP, damaged-item table, crew leader, the fleet truck,
  the regulator with a corporate e-mail, indemnity to an agency/account or a random Pix key);
  (1) a small-claims petition over furniture broken in a move (author qualified with RG, CPF,
  address, CEP, e-mail, phone; defendant's CNPJ and seat; crew leader; a precedent's CNJ
  number; lawyer with OAB and e-mail); (2) an extrajudicial notice to a box tenant for unpaid
  rent (CPF, address, CEP, overdue table, box and contract), the delivery certificate (who
  received it, with RG) and the minutes of the box opening with witnesses (CPF) and the
  inventory of goods; sometimes the author's título de eleitor in (1); (3) a moving contract (both parties, addresses, m³, price, installments;
  Lei 11.442/2007, CDC, LGPD) with its e-signature log (names, e-mails, CPF, public IPs, masked
  phones, envelope UUID and hash); (4) minutes of a conciliation hearing at the JEC (claimant,
  preposto with RG, lawyers with OAB, conciliator; agreement paid to an account or a random Pix
  key; the goods kept in a box); (5) an OCR'd ALL CAPS police report of a theft from a storage
  box (victim with mother, birth date, RG, CPF, address, CEP, phone, e-mail; the camera shows a
  suspect's car plate; the storage attendant as witness; delegado and escrivão); (6) a private
  power of attorney to remove goods from a box and hire a move (grantor and attorney qualified,
  the grantor sometimes with título de eleitor; the notary's stamp and clerk) and the storage's
  withdrawal term (the attorney's CNH shown at the gate, car plate, the attendant).
- saude: (0) a work-accident notice (CAT) of a mover with a back injury lifting a wardrobe
  (employer CNPJ, worker with mother, birth date, CPF, RG, NIT, address, CEP, phone; the
  customer's home where it happened; witnesses with phones; ER doctor's CRM; ICD-10);
  (1) an occupational health certificate (ASO) of movers, helpers, assemblers and drivers
  (clinic and employer CNPJ, CPF, RG, birth date, sometimes NIT or CNS; ergonomic risks; exams;
  examining and PCMSO doctors with CRM); (2) a hospital record after an assembler's fall from a
  ladder (patient with birth date, CPF, CNS, mother, address, CEP, phone; companion; the
  customer's address; ICD-10 W11 / S52 / S82; orthopaedist CRM, nurse COREN, physiotherapist
  CREFITO); (3) SESMT's semicolon CSV of periodic exams due (name, CPF, PIS, birth date, CNS,
  phone) with the nurse's note (COREN, corporate e-mail, an ergonomist's CREFITO); (4) a crew's
  WhatsApp group after a helper hurts his back (senders by name or number, CPF, CNS and birth
  date typed for the UPA, the wife's phone, the fleet truck, the supervisor); (5) a one-line-JSON
  export of medical certificates of movers (CRM, CRO, CREFITO) with HR's note; (6) an e-mail thread
  between the occupational doctor and HR on a mover's return to work after INSS leave (CPF,
  birth date, benefit number, ICD-10, restrictions, physiotherapist, phone).
- financeiro: (0) a one-line-JSON card-gateway log of deposits and installments (customer name,
  CPF, e-mail, phone, public IP, holder name; masked PANs; full PANs leaked in DEBUG lines) and
  the security note; (1) a self-storage's monthly box billing CSV (box, tenant or company, CPF or
  CNPJ, e-mail, phone, m², value, payment method with a masked card) with the analyst's note (a
  transfer of the box to a relative, a new e-mail); (2) the movers' payroll as a fixed-width
  report (names cut, CPF, PIS, role, pay, agency and account) with HR's note on an account
  change asked by e-mail; (3) an invoice to a company for relocating its employees (client CNPJ,
  HR contact's corporate e-mail, employees with origin and destination addresses and CEP, m³,
  cost centre, the mover's random Pix key, boleto line); (4) an e-mail thread refunding the
  deposit of a cancelled move (to an account, or to a Pix key that is a CPF, a phone, an e-mail
  or a random key, or back to a card whose full number the customer types; X-Originating-IP;
  the analyst; a receipt with a masked CPF); (5) a collection queue of overdue
  box rents (semicolon CSV) with the negotiators' contact log (relatives, promises, a random Pix
  key, a boleto line); (6) the weekly RPA payments of freelance helpers ("chapas") and
  assemblers (CPF, NIT, days, INSS, ISS, net, Pix key of any kind) with the coordinator's note.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.",
"seu", "dona"; particles inside a name (de, da, do, das, dos, e) and suffixes (Filho, Júnior,
Neto, Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first names alone and nicknames, in
lower case or ALL CAPS too, are persons. Staff named in the text are persons: attendants,
surveyors (vistoriadores), crew leaders (encarregados), movers and helpers, drivers, assemblers,
coordinators, analysts, negotiators, regulators, lawyers, prepostos, conciliators, delegados and
escrivães, notary clerks, doctors, nurses, physiotherapists, HR analysts. Logins and system users
("mrolim", "portaria02", "gateway-bot", "job.cobranca") are not persons. Corporate e-mails of
people are EMAIL_ADDRESS; role mailboxes (orcamentos@, sac@, contato@, sinistros@, financeiro@,
cobranca@, rh@, sesmt@, juridico@, assinaturas@, naoresponda@) are not labelled. ADDRESS is street
type + name + number + complement, in full, abbreviated, ALL CAPS, lower case or spoken (not
bairro, city, UF; the CEP is BR_CEP). Agency and account are separate BANK_ACCOUNT spans; bank
codes and names are not. PIX_KEY only for random (UUID) keys, whoever owns them (the mover's or
the storage's collection key too); a Pix key that is a CPF, a phone or an e-mail takes that label.
DATE_OF_BIRTH only for birth dates (dd/mm/yyyy, d/m/yyyy, dd/mm/yy, ISO, long, spoken); moving
dates, survey dates, due dates, access times, accident, admission, exam, hearing and signature
dates are not. PROFESSIONAL_ID includes the council acronym and UF or region (CRM, COREN, CRO,
CREFITO, OAB). Masked values ("***.123.456-**", "final 4431", "516292******4431", "(**) *****-5109")
are not labelled.
Decisions of this set:
- LICENSE_PLATE: plates of the moving company's OWN FLEET (trucks, vans, the assembly team's
  utility vehicles, always presented as the company's: "caminhão da frota", "baú placa ...",
  "veículo: VW 9.170 / ...") are NOT labelled -- a company asset registered to its CNPJ, like the
  company's own warehouse address. Plates of individuals' vehicles ARE labelled: a tenant's or an
  authorized person's car at the storage gate, a suspect's car in the camera footage, an
  assembler's own motorbike, a third party's car scratched during a move.
- Register ids are not labelled: box numbers ("Box B-214", "box 3-117", "unidade G12"), gate TAGs
  and PINs, padlock seals, inventory item codes and labels ("INV-0231-07", "ETQ 00731"), EAN
  codes, order, quote, survey, contract, policy, claim, NF-e and invoice numbers, CNAE and CBO
  codes, the INSS benefit number (NB, 10 digits), CTPS numbers, matrículas, envelope UUIDs and
  hashes, gateway NSU / TID (16-digit TIDs drawn to fail Luhn), boleto lines, volumes in m³ and
  areas in m², CNJ numbers, money.
- The company's own addresses (warehouse, seat, storage unit: "Galpão 4, Rodovia ...", "com sede
  na ...") are not labelled; individuals' homes are, also where an accident happened or goods
  were delivered, and employees' origin and destination addresses on a relocation invoice.
- BR_CNPJ covers movers, storages, assembly shops, clinics, insurers and client companies
  (numeric and the 2026 alphanumeric form, dotted or raw). A CNPJ read in groups in the call
  transcript is labelled as it stands.
- NIT/PIS of movers is BR_PIS; CNS of a patient or a helper is BR_CNS; the CNH number of a
  truck driver (ASO, CAT, SESMT roster, the crew's chat) or of a person shown at the storage
  gate is BR_CNH; a grantor's or author's voter card is BR_TITULO_ELEITOR.
- Full card numbers (leaked in a log) are CREDIT_CARD; the holder's name on the card is a PERSON.
- IP_ADDRESS: public IPv4/IPv6 of a web form, checkout or e-signature; the private addresses of
  the gate controller or a POS terminal (192.168.x, 10.x) are not labelled.
- Names cut by a fixed-width field are labelled as they stand; names and addresses damaged by
  OCR in the police report are labelled as they stand; identifiers there are printed clean.

Names: Brazilian names of many origins -- Portuguese common, regional and old-fashioned
(Gumercindo, Leocádia, Quitéria, Teotônio), coined (Thalysson, Kemilly, Dyenifer, Wandeilson),
Italian, German/Pomeranian, Japanese/Okinawan, Lebanese/Syrian, Korean, Chinese, Haitian, Angolan,
Senegalese, indigenous, Jewish, Bolivian, Venezuelan, Paraguayan, Polish/Ukrainian, Armenian --
with rare or invented name words well above a quarter (main() prints the share). Names that are
also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela, Glória, Pérola, Bento, Prudente,
Amado, Clemente, Branco, Justo, Modesto, Leão; surnames Rosa, Branco, Prudente, Amado, Leão, Paz,
Cruz, Luz, Torres, Lobo, Neves, Serra, Vale, Estrela) are used as names (a neighbour called Rosa
who keeps the key, a helper called Bento) and, elsewhere, as words and in companies, places and
products, which are not persons: "cômoda branca", "a luz do corredor", "tapete rosa", "seria
prudente", "foi uma vitória", Aurora Mudanças, Leão Transportes, Mudanças Bento & Filhos, Espaço
Rosa Self Storage, Prudente Montagens, Guarda-Móveis Estrela, Presidente Prudente, Bento
Gonçalves, Santa Rosa, Nova Aurora, Vitória, Rua Flor de Maio.

Hard negatives (never labelled): CNJ numbers, 11-digit numbers failing the CPF check (quotes,
orders, NF-e numbers, mistyped CPFs; the script checks every CPF-shaped run outside a gold span),
16-digit runs (checked to fail Luhn), 15-digit runs (checked not to be valid CNS), private IPs
(checked), ICD-10 codes (M54.5, S33.5, W11, S52.5, S82.6, M51.1, T14.3), money, m³ and m², box
numbers, item codes, fleet plates, the company's addresses, laws and rules (Lei 11.442/2007, Lei
8.078/1990, Lei 13.709/2018, NR-17, NR-35, NR-7, art. 734 do Código Civil), companies named
after people or words, streets named after people outside an address, dates that are not births.
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
SEED = 10404
OUT_NAME = "hundredfourth.jsonl"

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

# --------------------------------------------------------------------------- name pools
# RARE_* pools and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned, coined
# or foreign names that are not in the common Brazilian name lists; main() prints their share.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline",
            "Sandra", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Júlia", "Mariana", "Gabriela", "Beatriz",
            "Larissa", "Vanessa", "Luana", "Tatiane", "Daniele", "Raquel", "Cristiane", "Simone", "Ana Paula",
            "Maria José", "Lúcia", "Rita", "Priscila", "Renata", "Carla", "Débora"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Rodrigo", "Gustavo", "Mateus", "Diego",
            "Anderson", "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Paulo", "José Carlos", "Raimundo",
            "Sérgio", "Wagner", "Roberto", "Jorge"]
RARE_F = ["Zilmar", "Eurídice", "Gercina", "Deolinda", "Altamira", "Jucélia", "Marlúcia", "Edileuza", "Valdenice",
          "Dinalva", "Erotildes", "Filomena", "Generosa", "Idalina", "Leocádia", "Otília", "Quitéria", "Sebastiana",
          "Teodolina", "Zulmira", "Hosana", "Adalgisa", "Brazelina", "Clotildes", "Damiana", "Efigênia", "Firmina",
          "Kauany", "Thayssa", "Myrella", "Ruanna", "Hellem", "Dyenifer", "Kemilly", "Raylane", "Sthefanny",
          "Yasmym", "Lorrayne", "Emanuelly", "Jhenyffer", "Kessia", "Luanny"]
RARE_M = ["Juvenal", "Belarmino", "Eleutério", "Florisvaldo", "Gumercindo", "Herculano", "Idelfonso", "Laércio",
          "Nivaldo", "Orlandino", "Pacífico", "Quirino", "Sinval", "Teotônio", "Ubiratan", "Valfredo", "Zacarias",
          "Josenildo", "Givanildo", "Cledson", "Deusdete", "Agripino", "Anacleto", "Rosalvo", "Wellyson", "Rhuan",
          "Jhonatas", "Dheyvid", "Maikon", "Ryquelme", "Thalysson", "Wandeilson", "Edielson", "Luciclei", "Kauê",
          "Ewerton", "Jardel", "Nailton", "Cleiton"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Glória", "Pérola", "Maria da Luz",
          "Rosa Maria", "Maria Flor"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Modesto", "Leão", "Vitório"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Monteiro", "Correia"]
RARE_SUR = ["Sobreira", "Rolim", "Feitosa", "Landim", "Gadelha", "Bacelar", "Mourão", "Queiroga", "Uchôa", "Bulhões",
            "Espínola", "Gurgel", "Jucá", "Nóbrega", "Quental", "Rebouças", "Tenório", "Wanderley", "Bessa",
            "Cunegundes", "Esmeraldo", "Figueiró", "Godim", "Arruda Câmara", "Peixoto de Alencar", "Brandão Vilela",
            "Tabajara", "Carneiro da Cunha", "Sampaio Dória", "Furtado", "Meireles", "Maciel", "Paranaguá",
            "Ximenes", "Aquino", "Calado", "Fonseca Galvão", "Vilarim"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo",
            "Neves", "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Pastor", "Pinheiro"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha",
        "Raimundo": "Mundico", "Maria da Luz": "Luzinha", "Luiz": "Lula", "Gumercindo": "Gugu", "Sebastiana": "Tiana",
        "Bento": "Bentinho", "Rosa": "Rosinha", "Teotônio": "Teo", "Zacarias": "Zaca", "Quitéria": "Teca",
        "Idelfonso": "Fonsinho", "Belarmino": "Belo", "Filomena": "Filó", "Deusdete": "Dedé", "Herculano": "Culano",
        "Pedro": "Pedrão", "João": "Jão", "Wandeilson": "Wand", "Thalysson": "Thaly", "Maikon": "Maikinho",
        "Generosa": "Nena", "Pacífico": "Paci", "Zulmira": "Mira", "Marcos": "Marquinhos", "Carlos": "Carlão"}
FOREIGN = {
    "it": (["Graziella", "Loredana", "Nunzia"], ["Salvatore", "Ottavio", "Gianluca"],
           ["Bortolotto", "Pegoraro", "Zanella", "Casagrande", "Menegat", "Dal Pizzol", "Tomasi"]),
    "de": (["Hildegard", "Gerda", "Irmgard"], ["Egon", "Arno", "Dieter"],
           ["Kuhn", "Schroeder", "Wachholz", "Klitzke", "Raasch", "Ponath", "Hammes"]),
    "jp": (["Akemi", "Sachiko", "Keiko"], ["Takeshi", "Minoru", "Hideo"],
           ["Higa", "Kanashiro", "Nakasone", "Tokunaga", "Oshiro", "Arakaki"]),
    "ar": (["Samira", "Jamile", "Nagib"], ["Jamil", "Kalil", "Rafic"],
           ["Haddad", "Bechara", "Saad", "Kassab", "Khoury", "Maluf"]),
    "kr": (["Ji-woo", "Hye-jin"], ["Dong-hyun", "Sung-min"], ["Park", "Kang", "Jung", "Yoon"]),
    "cn": (["Meiling", "Xiuying"], ["Jianguo", "Wei"], ["Liang", "Huang", "Zhang", "Chen"]),
    "ht": (["Nadège", "Guerline", "Widline"], ["Jean-Robert", "Wesner", "Fritznel"],
           ["Pierre-Louis", "Joseph", "Désir", "Métellus", "Louissaint"]),
    "ao": (["Nzinga", "Luzolo", "Ndilu"], ["Kiala", "Mbemba", "Tchiwale"], ["Ngola", "Kiluange", "Matondo", "Nsimba"]),
    "sn": (["Awa", "Fatou", "Ndeye"], ["Abdoulaye", "Mamadou", "Ibrahima"], ["Diop", "Sarr", "Gueye", "Ndiaye"]),
    "in": (["Jaciara", "Moema", "Kerexu"], ["Raoni", "Karai", "Awá"],
           ["Guajajara", "Pataxó", "Terena", "Baniwa", "Potiguara"]),
    "jw": (["Esther", "Miriam", "Raquel"], ["Avraham", "Moisés", "Chaim"],
           ["Goldfarb", "Lerner", "Zylberstajn", "Feldman", "Kuperman"]),
    "bo": (["Ayda", "Nelly", "Eusebia"], ["Grover", "Efraín", "Teodoro"], ["Quispe", "Mamani", "Huanca", "Limachi", "Choque"]),
    "ve": (["Yuleisy", "Oriana", "Dayerlin"], ["Yonaiker", "Deiby", "Yorbis"], ["Castellanos", "Urdaneta", "Pernía", "Colmenares"]),
    "py": (["Ramona", "Nidia", "Liz Mabel"], ["Nery", "Derlis", "Osmar"], ["Benítez", "Ayala", "Giménez", "Cáceres"]),
    "pl": (["Jadwiga", "Halyna"], ["Stanisław", "Mykola"], ["Kowalczyk", "Wiśniewski", "Bondarenko", "Hnatyshyn"]),
    "am": (["Anoush", "Siranush"], ["Vartan", "Krikor"], ["Manukian", "Hagopian", "Boyadjian"]),
}
RARE_ORIGINS = ("kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "ve", "py", "pl", "am")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.difference_update(["Raquel", "Joseph"])
RARE.update(["Graziella", "Loredana", "Nunzia", "Bortolotto", "Pegoraro", "Menegat", "Dal Pizzol", "Tomasi", "Hildegard",
             "Gerda", "Irmgard", "Egon", "Arno", "Wachholz", "Klitzke", "Raasch", "Ponath", "Hammes", "Kanashiro",
             "Nakasone", "Tokunaga", "Oshiro", "Arakaki", "Minoru", "Hideo", "Sachiko", "Bechara", "Kassab", "Khoury",
             "Nagib", "Rafic"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Fonseca Galvão"}
DO_SUR = {"Nascimento", "Vale"}
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
        "44", "47", "48", "51", "53", "54", "61", "62", "65", "67", "71", "75", "79", "81", "82", "83", "84", "85",
        "86", "88", "91", "92", "95", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Largo", "Estrada"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Flor de Maio", "da Aurora", "Estrela do Mar",
                "Doutor Quirino Landim", "Coronel Gumercindo Rolim", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa e Silva", "Amado Nervo", "Castro Alves", "Santos Dumont",
                "Irmã Dulce", "dos Carreteiros", "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro",
                "das Mangueiras", "Senador Vilarim", "Professora Leocádia Bessa", "São Bento", "Beira Rio",
                "Vitória Régia", "dos Ipês", "Leão XIII", "Luz Branca", "Conselheiro Nóbrega", "Madre Teodolina",
                "Pioneiro Arno Raasch", "Doutor Jamil Haddad", "das Acácias", "Dom Pedro II", "Brigadeiro Faria Lima",
                "Padre Anacleto Uchôa", "Vereador Sinval Queiroga"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Santos", "SP"), ("Sorocaba", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Petrópolis", "RJ"),
          ("Belo Horizonte", "MG"), ("Juiz de Fora", "MG"), ("Uberlândia", "MG"), ("Curitiba", "PR"),
          ("Londrina", "PR"), ("Nova Aurora", "PR"), ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"),
          ("Santa Rosa", "RS"), ("Caxias do Sul", "RS"), ("Florianópolis", "SC"), ("Joinville", "SC"),
          ("Blumenau", "SC"), ("Salvador", "BA"), ("Feira de Santana", "BA"), ("Recife", "PE"), ("Caruaru", "PE"),
          ("Fortaleza", "CE"), ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"),
          ("Teresina", "PI"), ("São Luís", "MA"), ("Belém", "PA"), ("Manaus", "AM"), ("Goiânia", "GO"),
          ("Brasília", "DF"), ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"), ("Vila Velha", "ES")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Moema", "Pinheiros", "Boa Viagem",
           "Jardim Vitória", "Bela Vista", "Parque das Flores", "Vila Estrela", "Cidade Nova", "Meireles", "Savassi",
           "Batel", "Vila Mariana", "Tijuca", "Aldeota", "Petrópolis", "Bairro da Luz", "Jardim Prudência"]

MOVERS = ["Mudanças Bento & Filhos Ltda.", "Aurora Mudanças e Transportes", "Leão Transportes e Mudanças Ltda.",
          "Carreto Prudente ME", "Rápido Amado Mudanças", "Expresso Branco Mudanças Corporativas", "MovLar Mudanças",
          "Serra Azul Mudanças e Guarda-Móveis", "Vitória Logística de Mudanças", "Muda Fácil Transportes Eireli",
          "Transportadora Estrela Guia", "Mudanças Rolim & Quental"]
STORAGES = ["Guarda Bem Self Storage", "Aurora Self Storage", "Box Lar Guarda-Móveis", "Espaço Rosa Self Storage",
            "Cofre Urbano Storage", "Guarda-Móveis Estrela", "GuardaTudo Prudente", "Estoque Certo Self Storage",
            "Depósito Luz Guarda-Volumes"]
ASSEMBLERS = ["Montagem Express", "Monta Já Móveis", "Prudente Montagens", "Bento Montador de Móveis",
              "Flor de Lis Marcenaria e Montagem", "Mãos de Ouro Montagens"]
STORES = ["Casa & Lar Móveis", "Móveis Leão", "Magazine Rosa Branca", "Loja Bento Móveis", "Lar Amado Decorações",
          "MadeiraMix", "Tok Aurora Interiores"]
INSURERS = ["Porto Seguro Cia de Seguros Gerais", "Tokio Marine Seguradora", "Sompo Seguros", "Aurora Seguradora S.A.",
            "Mapfre Seguros Gerais", "Justo Seguros de Transporte"]
CLINICS = ["Clínica OcupaSaúde", "Centro de Medicina do Trabalho Vitória", "SESMT Integrado Aurora", "MedTrab Paulista",
           "Clínica Rosa Branca de Saúde Ocupacional", "Ergon Medicina Ocupacional"]
HOSPITALS = ["Hospital Municipal Prudente de Morais", "UPA 24h Vila Estrela", "Hospital São Bento", "Santa Casa de Misericórdia",
             "Pronto-Socorro da Luz", "Hospital Regional Dr. Quirino Landim"]
CORP_CLIENTS = ["Vale Verde Agroindústria S.A.", "Nóbrega Engenharia Ltda.", "Tecnorte Sistemas", "Banco Aurora S.A.",
                "Grupo Leão de Supermercados", "Farmácias Prudente", "Metalúrgica Raasch", "Haddad Têxtil Ltda.",
                "Construtora Pinheiro & Serra", "Laboratórios Vitória"]
WAREHOUSES = ["Rodovia Anhanguera, km 23, Galpão 7", "Av. Marginal do Rio Tietê, 4.100, Galpão B",
              "Rua dos Carreteiros, 900 - Galpão 4", "Rodovia BR-116, km 17, Módulo 3", "Estrada do Guarda-Móveis, 1.250",
              "Av. das Indústrias, 3.300, Galpão 2", "Rodovia dos Bandeirantes, km 41, CD 5"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"),
         ("290", "PagSeguro"), ("212", "Banco Original")]
ITEMS = [("Guarda-roupa 6 portas", 2.4), ("Geladeira duplex", 1.1), ("Fogão 5 bocas", 0.5), ("Sofá 3 lugares", 1.8),
         ("Cama box queen", 1.6), ("Mesa de jantar 6 lugares", 1.2), ("Máquina de lavar", 0.6), ("Rack com painel", 0.9),
         ("Piano vertical", 1.5), ("Caixas P (papelão)", 0.05), ("Caixas M (papelão)", 0.08), ("Estante de aço", 0.7),
         ("Cômoda branca", 0.6), ("Tapete rosa enrolado", 0.2), ("Cristaleira", 0.9), ("Escrivaninha", 0.5),
         ("Bicicleta", 0.4), ("Televisor 55\"", 0.3), ("Colchão casal", 0.7), ("Lustre (luz pendente)", 0.2),
         ("Armário de cozinha aéreo", 0.8), ("Poltrona reclinável", 0.9), ("Quadro grande (moldura)", 0.1)]
OFFICE_ITEMS = [("Estação de trabalho", 0.9), ("Cadeira giratória", 0.35), ("Arquivo de aço 4 gavetas", 0.6),
                ("Rack de servidor 19\"", 1.2), ("Impressora multifuncional", 0.4), ("Mesa de reunião", 1.6),
                ("Armário alto", 1.1), ("Caixas de arquivo morto", 0.04), ("Monitor 27\" (embalado)", 0.08)]
TRUCKS = ["VW Delivery 11.180 baú", "Mercedes-Benz Accelo 1016 baú", "VW 24.280 baú", "Iveco Daily 35-150 furgão",
          "Ford Cargo 1119 baú", "Fiat Ducato furgão", "Hyundai HR baú", "Renault Master furgão"]
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

    @staticmethod
    def pd56(addr: str) -> str:
        """The /56 delegated prefix that contains an IPv6 address."""
        return str(ipaddress.IPv6Network(addr + "/56", strict=False))

    def ip6_prefix(self) -> str:
        return f"2804:{self.ri(0x100, 0x7fff):x}:{self.ri(1, 0xffff):x}:{self.hexs(2)}00::/56"

    def ip_cgnat(self) -> str:
        return f"100.{self.ri(64, 127)}.{self.ri(0, 255)}.{self.ri(2, 254)}"

    def ip_priv(self) -> str:
        return self.pick([f"192.168.{self.ri(0, 15)}.{self.ri(1, 254)}", f"10.{self.ri(0, 80)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                          f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"])

    # ----------------------------------------------------------------- addresses
    def address(self, style: str = "text") -> str:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}", f"bloco {self.pick('ABCD')} apto {self.ri(11, 408)}",
                          "fundos", f"ap. {self.ri(101, 910)}", f"lote {self.ri(1, 40)}", "térreo"])
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
        span = list(range(days * 86400))
        for s in sorted(self.rng.sample(span, n)):
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
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(9)}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {self.ri(1000, 29999)}", f"CRO/{uf} {self.ri(1000, 29999)}"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F"
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
         if x not in ("de", "da", "do", "dos", "ltda", "e", "sa", "me", "telecom", "provedor", "servicos", "em",
                      "telecomunicacoes", "internet")]
    return "".join(w[:2]) + ".com.br"


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



# --------------------------------------------------------------------------- register helpers


def box_no(g: Gen) -> str:
    return g.pick([f"Box {g.pick('ABCDEFG')}-{g.ri(101, 399)}", f"box {g.ri(1, 4)}-{g.ri(100, 180)}",
                   f"Unidade {g.pick('GHJK')}{g.ri(1, 40):02d}", f"Box {g.pick('ABC')}{g.ri(1, 60):02d}",
                   f"BOX {g.ri(1, 3)}{g.pick('ABCD')}-{g.ri(10, 99)}"])


def m3(g: Gen, lo: float = 4, hi: float = 60) -> str:
    return f"{g.ri(int(lo * 10), int(hi * 10)) / 10:.1f}".replace(".", ",") + " m³"


def quote_no(g: Gen) -> str:
    return g.pick([f"ORC-{g.ri(2024, 2026)}-{g.d(5)}", f"Orçamento nº {g.d(6)}", f"OS {g.d(5)}", f"#{g.d(7)}",
                   f"PED-{g.d(4)}/{g.ri(24, 26)}", g.neg(11)])


def contract_no(g: Gen) -> str:
    return g.pick([f"CT-{g.ri(2024, 2026)}/{g.d(5)}", f"SS-{g.d(6)}", f"{g.d(4)}.{g.d(3)}", f"MUD{g.d(7)}",
                   f"{g.d(3)}/{g.ri(2024, 2026)}"])


def item_code(g: Gen) -> str:
    return g.pick([f"INV-{g.d(4)}-{g.d(2)}", f"ETQ {g.d(5)}", f"CX-{g.pick('PMG')}-{g.d(4)}", f"IT{g.d(3)}",
                   f"{g.up(2)}-{g.d(3)}"])


def fleet(g: Gen) -> tuple[str, str]:
    """A truck or van of the company's own fleet: (model, plate). The plate is never labelled."""
    return g.pick(TRUCKS), g.plate()


def warehouse(g: Gen) -> str:
    return g.pick(WAREHOUSES)


def word_neg(g: Gen) -> str:
    """A sentence where a word that is also a name stands as a word."""
    return g.pick(["A cômoda branca tem um risco antigo na lateral.", "A luz do corredor do box estava queimada.",
                   "O tapete rosa foi enrolado e plastificado.", "Seria prudente embalar os quadros em plástico bolha.",
                   "Conseguir elevador de serviço no sábado foi uma vitória.", "O sofá cor areia e o rack branco vão no fundo do baú.",
                   "Cliente pediu cuidado com o vaso de flor da varanda.", "Prédio tem portão branco e guarita.",
                   "A aurora ainda nem tinha chegado e a equipe já estava no local.", "Caixas da cozinha com fita rosa."])


def lower(s: str) -> str:
    return fold(s).lower()

# TEMPLATES_START
# =========================================================================== atendimento


def wa_line(doc: Doc, t: datetime.datetime, ios: bool, sender: tuple, msg_fn) -> None:
    """One WhatsApp export line; `sender` is (text, label or None); msg_fn(doc) writes the message."""
    doc.t(ts(t, "waios") + " " if ios else ts(t, "wa") + " - ")
    doc.e(sender[0], sender[1])
    doc.t(": ")
    msg_fn(doc)
    doc.t("\n")


def at_whatsapp_orcamento(g: Gen) -> Doc:
    """WhatsApp quote request for a residential move."""
    doc = Doc()
    mover = g.pick(MOVERS)
    co = mover.replace(" Ltda.", "").replace(" ME", "").replace(" Eireli", "")
    c = g.person()
    att = g.person(female=g.chance(0.7))
    lead = g.person(female=False)
    ios = g.chance(0.4)
    by_name = g.chance(0.25)
    cphone = g.phone("wa")
    csender = (g.pick([c.full, c.short, c.first, c.nick]), "PERSON") if by_name else (cphone, "PHONE_NUMBER")
    msender = (co, None)
    day = g.day()
    tt = g.moments(16, day, 3, (7, 22))
    city, uf = g.city()
    city2, uf2 = g.pick([(city, uf), g.city()])
    items = g.sample(ITEMS, g.ri(4, 7))
    vol = m3(g, 8, 45)
    mdate = g.after(day, 7, 40)
    model, fplate = fleet(g)
    if not ios:
        doc.t(ts(tt[0], "wa") + " - As mensagens e ligações são protegidas com a criptografia de ponta a ponta.\n")
    C = lambda k, fn: wa_line(doc, tt[k], ios, csender, fn)  # noqa: E731
    M = lambda k, fn: wa_line(doc, tt[k], ios, msender, fn)  # noqa: E731
    C(1, lambda d: d.t(g.pick(["boa tarde, gostaria de um orçamento de mudança", "Oi! Vcs fazem mudança residencial? preciso de orçamento",
                               "bom dia quanto fica uma mudança de apartamento?"])))
    M(2, lambda d: d.f("Olá! Aqui é «a», da «co» 😊 Pode me passar o endereço de origem, o de destino e se os prédios têm elevador?",
                       a=P(att.first), co=co))
    C(3, lambda d: d.f("saindo da «o», «b», «ci» cep «cep», «fl»", o=(g.address(g.pick(["text", "low"])), "ADDRESS"),
                       b=g.pick(BAIRROS), ci=city, cep=(g.cep(g.chance(0.8)), "BR_CEP"),
                       fl=g.pick(["3º andar com elevador", "sobrado, escada estreita", "térreo", "8º andar, elevador de serviço pequeno"])))
    C(4, lambda d: d.f("indo pra «o» em «ci»/«uf», cep «cep»", o=(g.address(g.pick(["text", "low"])), "ADDRESS"), ci=city2, uf=uf2,
                       cep=(g.cep(), "BR_CEP")))
    C(5, lambda d: d.t("tenho " + ", ".join(lower(n) for n, _ in items) + g.pick([" e umas 30 caixas", ", mais umas caixas", ""])))
    M(6, lambda d: d.f("Pela lista estimamos «v» (baú médio). Para o dia «dt» fica em R$ «val» com embalagem das louças, "
                       "montagem e desmontagem, em até «n»x no cartão ou Pix com 5% de desconto. Para emitir o contrato «ct» "
                       "preciso do nome completo, CPF e e-mail do contratante.",
                       v=vol, dt=dbr(mdate), val=g.money(1200, 9800), n=g.pick([3, 6, 10]), ct=contract_no(g)))
    if g.chance(0.35):
        C(7, lambda d: d.f("«n» cpf «x»", n=P(g.pick([c.full, c.low])), x=g.neg_cpf()))
        M(8, lambda d: d.t("O CPF não validou aqui 🤔 pode conferir?"))
        C(9, lambda d: d.f("foi mal, é «x» e o email «e»", x=(g.cpf(), "BR_CPF"), e=(g.email(c), "EMAIL_ADDRESS")))
    else:
        C(7, lambda d: d.f("«n»", n=P(g.pick([c.full, c.low, c.caps]))))
        C(8, lambda d: d.f("«x»", x=(g.cpf(), "BR_CPF")))
        C(9, lambda d: d.f("«e»", e=(g.email(c), "EMAIL_ADDRESS")))
    M(10, lambda d: d.f("Contrato enviado para assinatura! Sinal de 30% pelo Pix, chave aleatória «k» (favorecido «co»).",
                        k=(g.uuid(), "PIX_KEY"), co=mover))
    sp = g.spouse(c)
    if g.chance(0.5):
        C(11, lambda d: d.f("paguei. no dia quem recebe no destino é «r», o cel é «p»", r=P(g.pick([sp.first, sp.full])),
                            p=(g.phone(g.pick(["par", "plain", "dash"])), "PHONE_NUMBER")))
    else:
        nb = g.person(female=True, word=True, origin="pt")
        C(11, lambda d: d.f("pago! a chave do apto novo fica com a vizinha, dona «r» do «ap»", r=P(nb.first),
                            ap=g.pick(["302", "apto 41", "térreo", "bloco B"])))
    M(12, lambda d: d.f("Perfeito. A equipe do «l» chega às «h» com o «m» placa «pl». «w»", l=P(g.pick([lead.first, lead.short])),
                        h=g.pick(["7h", "7h30", "8h"]), m=model, pl=fplate, w=g.pick(["Pedimos reservar a vaga de carga.", word_neg(g), ""])))
    if g.chance(0.5):
        C(13, lambda d: d.t(g.pick(["👍", "obrigada!", "valeu", "combinado"])))
    if not by_name and g.chance(0.5):
        C(14, lambda d: d.f("ah, se precisar liga nesse outro «p»", p=(g.phone("par"), "PHONE_NUMBER")))
    return doc


def stt_cnpj(cnpj: str) -> str:
    raw = re.sub(r"[^0-9A-Z]", "", cnpj)
    return f"{raw[:2]} {raw[2:5]} {raw[5:8]} {raw[8:12]} {raw[12:]}".lower()


def at_transcricao(g: Gen) -> Doc:
    """Speech-to-text transcript of a call asking for an office move, with the agent's typed wrap-up."""
    doc = Doc()
    mover = g.pick(MOVERS)
    ag = g.person()
    c = g.person()
    client = g.pick(CORP_CLIENTS)
    surveyor = g.person()
    cnpj = g.cnpj()  # read aloud digit by digit: the numeric form
    ddd, local = g.msisdn()
    st_a, st_b = g.address("stt"), g.address("stt")
    cep = g.cep()
    doc.f("[transcricao automatica | «m» | central de orcamentos | chamada «id» | duracao «mm»:«ss» | agente «lg»]\n\n",
          m=lower(mover), id=g.hexs(10), mm=f"{g.ri(4, 14):02d}", ss=f"{g.ri(0, 59):02d}", lg=login(ag, g))
    A, C = "agente: ", "cliente: "
    doc.f(A + "«m» bom dia meu nome e «a» em que posso ajudar\n", m=lower(mover.split()[0] + " " + mover.split()[1]), a=P(lower(ag.first)))
    doc.f(C + "bom dia aqui e «n» da «cl» a gente vai mudar o escritorio e queria um orcamento\n",
          n=P(lower(g.pick([c.full, c.short, c.first]))), cl=lower(client))
    doc.f(A + "claro qual o cnpj da empresa\n" + C + "«cn»\n", cn=(stt_cnpj(cnpj), "BR_CNPJ"))
    doc.f(A + "e o endereco atual\n" + C + "e «a» «b»\n", a=(st_a, "ADDRESS"), b=lower(g.pick(BAIRROS)))
    doc.f(A + "e vai pra onde\n" + C + "«a» o cep e «c» acho\n", a=(st_b, "ADDRESS"), c=(cep.replace("-", " "), "BR_CEP"))
    n_ws = g.ri(8, 60)
    doc.f(A + "quantas estacoes de trabalho mais ou menos\n" + C + "umas «n» mais o rack do servidor e o arquivo morto «w»\n",
          n=n_ws, w=g.pick(["tem muita caixa", "a sala da diretoria tem uma mesa de vidro grande", "e a luz do predio novo so liga dia primeiro"]))
    doc.f(A + "a gente precisa fazer uma vistoria «ar» «s» pode ir «dd» de manha\n" + C + "pode sim\n",
          ar="a" if surveyor.female else "o", s=P(lower(surveyor.first)), dd=g.pick(["segunda", "terca", "quarta", "quinta", "sexta"]))
    doc.f(A + "um telefone pra contato\n" + C + "«p»\n", p=(g.fmt_phone(ddd, local, "stt"), "PHONE_NUMBER"))
    doc.f(A + "e um email\n" + C + "te passo por mensagem e melhor\n" + A + "combinado obrigado «n»\n\n",
          n=P(lower(c.first)))
    em = corp_mail(c, dom_of(client))
    vol = m3(g, 20, 140)
    doc.t("----- registro do atendente -----\n")
    fields = [("Lead", V(f"{g.ri(2024, 2026)}-{g.d(5)}")), ("Empresa", V(client)), ("CNPJ", (cnpj, "BR_CNPJ")),
              ("Contato", P(c.full)), ("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("E-mail", (em, "EMAIL_ADDRESS")), ("Origem", (g.address(), "ADDRESS")), ("Destino", (g.address(), "ADDRESS")),
              ("CEP destino", (cep, "BR_CEP")), ("Estimativa", V(f"{n_ws} PAs, {vol}")),
              ("Vistoria", V(f"{dbr(g.day())} 09:00")), ("Vistoriador", P(surveyor.full))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    doc.t(g.pick(["Obs.: mudança no fim de semana, dois caminhões.\n", "Obs.: cliente pediu seguro RC-DC à parte.\n", ""]))
    return doc


def at_vistoria(g: Gen) -> Doc:
    """On-site survey form (levantamento de volume) for a residential move."""
    doc = Doc()
    mover = g.pick(MOVERS)
    c = g.person()
    surv = g.person()
    model, fplate = fleet(g)
    day = g.day()
    doc.f("«m»\nVISTORIA TÉCNICA / LEVANTAMENTO DE VOLUME  Nº «n»\nData da vistoria: «d»   Vistoriador: «s» («lg»)\n\n",
          m=fold(mover).upper() if g.chance(0.5) else mover, n=g.d(6), d=dbr(day), s=P(g.pick([surv.full, surv.short])),
          lg=login(surv, g))
    fields = [("Cliente", P(g.pick([c.full, c.caps]))), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.5):
        fields.append(("RG", (g.rg(), "BR_RG")))
    if g.chance(0.35):
        fields.append(("Data de nascimento (seguro)", (g.dob(), "DATE_OF_BIRTH")))
    fields += [("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(c), "EMAIL_ADDRESS")),
               ("Origem", (g.address(g.pick(["text", "caps"])), "ADDRESS")), ("CEP origem", (g.cep(), "BR_CEP")),
               ("Acesso origem", V(g.pick(["elevador social, 12º andar", "escada, 2º andar", "casa térrea, rua estreita", "elevador de serviço"]))),
               ("Destino", (g.address(g.pick(["text", "caps"])), "ADDRESS")), ("CEP destino", (g.cep(), "BR_CEP")),
               ("Data prevista", V(dbr(g.after(day, 5, 30))))]
    kv_block(g, doc, fields, g.pick(["box", "dots", "plain"]))
    doc.t("\nINVENTÁRIO\n")
    rows, tot = [], 0.0
    for name, v in g.sample(ITEMS, g.ri(5, 9)):
        q = g.ri(1, 30) if "Caixas" in name else g.ri(1, 2)
        tot += q * v
        rows.append([V(item_code(g)), V(name), V(str(q)), V(f"{q * v:.2f}".replace(".", ",")),
                     V(g.pick(["", "", "desmontar", "embalar c/ plástico bolha", "frágil", "içamento pela janela"]))])
    table_ruled(doc, ["Cód.", "Item", "Qtd", "m³", "Obs."], rows, g.pick(["plus", "pipe", "plain"]))
    doc.f("Volume total estimado: «v» m³  ·  Veículo recomendado: «m» (frota) placa «p»\n", v=f"{tot:.1f}".replace(".", ","),
          m=model, p=fplate)
    doc.f("Observações: «w»\n", w=word_neg(g))
    doc.f("\nCiente: «c»    Vistoriador: «s»\n", c=P(g.pick([c.full, c.short])), s=P(surv.first))
    return doc


def at_acesso_box(g: Gen) -> Doc:
    """Self-storage box-access report with the attendant's notes."""
    doc = Doc()
    st = g.pick(STORAGES)
    holder = g.person()
    box = box_no(g)
    day = g.day()
    auth = [g.relative(holder) if g.chance(0.5) else g.person() for _ in range(g.ri(1, 3))]
    doc.f("«st» — «wh»\nRELATÓRIO DE ACESSOS · «bx» · período «a» a «b»\nContrato «ct»\n\n", st=st, wh=warehouse(g), bx=box,
          a=dbr(day), b=dbr(g.after(day, 10, 30)), ct=contract_no(g))
    doc.f("Titular: «n»   CPF «c»   Tel. «t»\n", n=P(g.pick([holder.full, holder.caps])), c=(g.cpf(), "BR_CPF"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t("Autorizados:\n")
    for a in auth:
        if g.chance(0.25):
            doc.f("  - «n» (CNH «r»)\n", n=P(a.full), r=(g.cnh(), "BR_CNH"))
        elif g.chance(0.5):
            doc.f("  - «n» (RG «r»)\n", n=P(a.full), r=(g.rg(), "BR_RG"))
        else:
            doc.f("  - «n» — CPF «r»\n", n=P(a.full), r=(g.cpf(), "BR_CPF"))
    doc.t("\nDATA/HORA         PORTÃO  EVENTO   CREDENCIAL   NOME                  VEÍCULO   OPERADOR\n")
    people = [holder] + auth
    plates = {id(p): g.plate() for p in people}
    for t in g.moments(g.ri(3, 6), day, 20, (7, 21)):
        p = g.pick(people)
        doc.t(ts(t, "br") + "  ")
        doc.t(g.pick(["P1    ", "P2    ", "DOCA 2"]) + "  " + g.pick(["ENTRADA", "SAÍDA  "]) + "  ")
        doc.t(g.pick([f"TAG {g.d(6)}", f"PIN ****  ", f"TAG {g.d(6)}"]).ljust(11) + "  ")
        if g.chance(0.4):  # some gate controllers show only the credential's role
            doc.cell("TITULAR" if p is holder else f"AUTORIZADO {people.index(p)}", 20)
        else:
            doc.cell(cut(fold(p.full).upper(), 20), 20, "PERSON")
        doc.t("  ")
        if g.chance(0.6):
            doc.cell(plates[id(p)], 8, "LICENSE_PLATE")
        else:
            doc.cell("a pé", 8)
        doc.t("  " + g.pick(["portaria01", "portaria02", "sistema", "totem"]) + "\n")
    att = g.person(female=g.chance(0.6))
    doc.t("\nObservações do atendimento:\n")
    nr = g.person()
    doc.f("- «d»: titular «n» pediu inclusão de «x» como autorizad«o», RG «r»; cadastro feito por «a».\n",
          d=dbr(g.after(day, 1, 9)), n=P(holder.first), x=P(nr.full), o=nr.o, r=(g.rg(), "BR_RG"), a=P(att.first))
    r = g.ri(0, 3)
    if r == 0:
        doc.f("- Veículo «p» de «n» ficou parado na doca 2 por 3h; orientado.\n", p=(plates[id(holder)], "LICENSE_PLATE"), n=P(holder.first))
    else:
        doc.t("- " + ["Cadeado trocado pelo cliente, lacre nº " + g.d(6) + ".", "A luz do corredor C estava queimada, chamado aberto para manutenção.",
                      "Cliente solicitou upgrade para box maior (" + box_no(g) + ")."][r - 1] + "\n")
    if g.chance(0.5):
        doc.f("- Contato: «e» / «t»\n", e=(g.email(holder), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_cadastro_site(g: Gen) -> Doc:
    """Self-storage sign-up lead as JSON from the site form, with the attendant's call notes."""
    doc = Doc()
    st = g.pick(STORAGES)
    c = g.person()
    pj = g.chance(0.3)
    city, uf = g.city()
    t = g.moments(1, g.day(), 1)[0]
    rel = g.relative(c)
    att = g.person()
    data: dict = {"lead_id": f"ld_{g.hexs(10)}", "origem": g.pick(["site", "google_ads", "instagram"]),
                  "criado_em": ts(t, "iso"), "unidade": st.split(" Self")[0] + " - " + g.pick(["Centro", "Marginal", "Zona Sul"])}
    if pj:
        data["empresa"] = {"razao_social": g.pick(CORP_CLIENTS), "cnpj": (g.any_cnpj(), "BR_CNPJ")}
    data["nome"] = (c.full, "PERSON")
    data["cpf"] = (g.cpf(), "BR_CPF")
    if g.chance(0.7):
        data["data_nascimento"] = (g.dob(g.pick(["iso", "br"])), "DATE_OF_BIRTH")
    data["email"] = (g.email(c), "EMAIL_ADDRESS")
    data["telefone"] = (g.phone(g.pick(["e164", "par", "raw"])), "PHONE_NUMBER")
    data["endereco"] = {"logradouro": (g.address(), "ADDRESS"), "bairro": g.pick(BAIRROS), "cidade": city, "uf": uf,
                        "cep": (g.cep(g.chance(0.6)), "BR_CEP")}
    data["box"] = {"codigo": box_no(g), "area_m2": g.pick([1.5, 2.0, 3.0, 4.5, 6.0, 9.0, 12.0]), "valor_mensal": float(g.ri(129, 899)),
                   "inicio": dbr(g.after(t.date(), 1, 15), "iso")}
    data["pagamento"] = {"metodo": "cartao_recorrente", "bin": g.pick(["516292", "406655", "552289", "498408"]), "last4": g.d(4)}
    data["ip"] = (g.ip(), "IP_ADDRESS")
    data["user_agent"] = g.pick(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)", "Mozilla/5.0 (Linux; Android 14; SM-A546E)",
                                 "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"])
    data["motivo"] = g.pick(["reforma", "mudança de cidade", "estoque de e-commerce", "inventário de herança", "intercâmbio"])
    jval(doc, data, 0)
    doc.t("\n\n-- notas do atendimento --\n")
    doc.f("«d» «a»: liguei para «n» no «p», confirmou o interesse. «x»\n", d=dbr(g.after(t.date(), 0, 2)), a=P(g.pick([att.first, att.short])),
          n=P(g.pick([c.first, c.nick])), p=(g.phone("par"), "PHONE_NUMBER"),
          x=g.pick(["Visita agendada para conhecer o box.", "Quer guardar móveis durante a reforma.", "Pediu desconto no semestral."]))
    doc.f("Autorizad«o» adicional: «r», «rel», CPF «c».\n", o=rel.o, r=P(rel.full),
          rel=g.pick(["irmão" if not rel.female else "irmã", "filh" + rel.o, "cunhad" + rel.o]), c=(g.cpf(), "BR_CPF"))
    return doc


def at_montagem(g: Gen) -> Doc:
    """Furniture-assembly work order, with the assembler's closing notes."""
    doc = Doc()
    shop = g.pick(ASSEMBLERS)
    store = g.pick(STORES)
    c = g.person()
    mont = g.person(female=g.chance(0.1))
    city, uf = g.city()
    day = g.day()
    doc.f("«sh» — ORDEM DE MONTAGEM «os»\nLoja parceira: «st»   Pedido da loja: «pd»   NF-e «nf»\nAgendado: «d» · período «p»\n\n",
          sh=shop, os=f"OM-{g.d(6)}", st=store, pd=g.neg(11), nf=f"{g.d(3)}.{g.d(3)}", d=dbr(day), p=g.pick(["manhã", "tarde"]))
    fields = [("Cliente", P(g.pick([c.full, c.caps, c.short]))), ("CPF", (g.cpf(), "BR_CPF")),
              ("Fone 1", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.5):
        fields.append(("Fone 2", (g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER")))
    fields += [("Endereço", (g.address(), "ADDRESS")), ("Bairro/Cidade", V(f"{g.pick(BAIRROS)} - {city}/{uf}")),
               ("CEP", (g.cep(), "BR_CEP")),
               ("Referência", V(g.pick(["casa de muro branco", "em frente à padaria Flor do Trigo", "prédio rosa, portaria 24h",
                                        "ao lado da Igreja São Bento", "perto do mercado Leão"])))]
    kv_block(g, doc, fields, g.pick(["plain", "box", "dots"]))
    rows = []
    for _ in range(g.ri(2, 5)):
        nm = g.pick(["Guarda-roupa casal 6 portas", "Cômoda 5 gavetas branca", "Painel para TV até 65\"", "Cozinha compacta 4 peças",
                     "Escrivaninha com prateleira", "Beliche", "Armário aéreo 120 cm", "Cabeceira estofada queen"])
        rows.append([V(g.d(7)), V(nm), V(f"{g.ri(1, 9)} vol."), V(g.pick(["OK", "OK", "OK", "pendente", "avaria"]))])
    doc.t("\n")
    table_md(doc, ["Cód. produto", "Descrição", "Volumes", "Status"], rows)
    doc.f("\nMontador: «m»  ·  veículo próprio: moto «pl»\n", m=P(g.pick([mont.full, mont.short])), pl=(g.plate(), "LICENSE_PLATE"))
    rcv = g.pick([c, g.spouse(c), g.relative(c)])
    doc.f("Recebido por: «r», RG «rg», em «d» às «h».\n", r=P(rcv.full), rg=(g.rg(), "BR_RG"), d=dbr(day), h=g.hm())
    if g.chance(0.6):
        doc.f("Ocorrência: lateral do item «c» chegou com avaria de transporte — aberto chamado AV-«n» com a «st». «w»\n",
              c=g.d(7), n=g.d(5), st=store, w=g.pick(["Cliente ciente.", "Seria prudente trocar a peça antes de concluir.", ""]))
    return doc


def at_email_reagendamento(g: Gen) -> Doc:
    """E-mail thread rescheduling a move (customer and coordinator)."""
    doc = Doc()
    mover = g.pick(MOVERS)
    dom = dom_of(mover)
    c = g.person()
    coord = g.person()
    lead = g.person(female=False)
    helper = g.person(female=False)
    ce = g.email(c)
    me = corp_mail(coord, dom)
    d0 = g.day()
    t1, t2 = g.moments(2, d0, 3, (8, 20))
    newd = g.after(d0, 5, 20)
    city, uf = g.city()
    doc.f("De: «cc» <«me»>\nPara: «c» <«ce»>\nCc: sac@«dom»\nData: «t2»\nAssunto: RE: Reagendamento da mudança — contrato «ct»\n\n",
          cc=P(coord.full), me=(me, "EMAIL_ADDRESS"), c=P(c.full), ce=(ce, "EMAIL_ADDRESS"), dom=dom, t2=ts(t2, "br"), ct=contract_no(g))
    doc.f("Olá, «f»!\n\nConfirmado: sua mudança passa para «nd», com saída às 7h. A equipe será a do encarregado «l»",
          f=P(c.first), nd=dbr(newd), l=P(g.pick([lead.full, lead.first])))
    if g.chance(0.5):
        doc.f(", com o ajudante «h»", h=P(g.pick([helper.first, helper.nick])))
    doc.f(". O volume de «v» continua o mesmo e não há custo adicional.\n\n"
          "Sobre o endereço novo, já atualizamos o destino para «a», «ci»/«uf», CEP «cep». «w»\n\n"
          "Qualquer coisa, meu celular é «p».\n\nAtenciosamente,\n«cs»\nCoordenação de Operações · «m»\n\n",
          v=m3(g, 10, 40), a=(g.address(), "ADDRESS"), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          w=g.pick(["Foi uma vitória conseguir a data, estamos com agenda cheia.", "Pedimos que reserve o elevador com o síndico.", ""]),
          p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), cs=P(coord.short), m=mover)
    doc.f("Em «t1», «c» <«ce»> escreveu:\n", t1=ts(t1, "br"), c=P(g.pick([c.full, c.short])), ce=(ce, "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("> [cabeçalho original] X-Originating-IP: [«ip»]\n", ip=(g.ip(), "IP_ADDRESS"))
    doc.f("> Bom dia, «cf». Tive um problema com a entrega das chaves e preciso adiar a mudança. O novo endereço mudou também: "
          "vai ser «a» (cep «cep»).\n> Meu telefone: «p»\n> «sig»\n",
          cf=P(coord.first), a=(g.address(g.pick(["text", "low"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          p=(g.phone(), "PHONE_NUMBER"), sig=P(g.pick([c.first, c.short])))
    return doc


AT = [at_whatsapp_orcamento, at_transcricao, at_vistoria, at_acesso_box, at_cadastro_site, at_montagem, at_email_reagendamento]

# =========================================================================== juridico

PROFS_F = ["professora", "comerciante", "enfermeira", "servidora pública", "arquiteta", "autônoma", "do lar", "aposentada",
           "vendedora", "analista de sistemas", "costureira", "engenheira civil"]
PROFS_M = ["comerciante", "motorista", "professor", "engenheiro", "eletricista", "autônomo", "aposentado", "contador",
           "servidor público", "mecânico", "representante comercial", "músico"]


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = True, dob: bool = False, rg: bool = True, email: bool = True,
            addr: bool = True, phone: bool = False, civil: str | None = None, titulo: bool = False) -> None:
    """Qualification of a natural person in a petition, a contract or a power of attorney."""
    city, uf = g.city()
    doc.f("«n», «nac», «ec», «prof», ", n=P(p.caps if caps else p.full), nac="brasileira" if p.female else "brasileiro",
          ec=civil or (g.pick(["casad", "solteir", "divorciad", "viúv"]) + p.o), prof=g.pick(PROFS_F if p.female else PROFS_M))
    if dob:
        doc.f("nascid«o» em «d», ", o=p.o, d=(g.dob(g.pick(["br", "long"]), 1945, 2003), "DATE_OF_BIRTH"))
    if titulo:
        doc.f("eleitor«a» inscrit«o» sob o título nº «t», ", a="a" if p.female else "", o=p.o, t=(g.titulo(), "BR_TITULO_ELEITOR"))
    if rg:
        doc.f("portador«a» do RG nº «rg» «org», ", a="a" if p.female else "", rg=(g.rg(), "BR_RG"),
              org=g.pick(["SSP/" + uf, "SSP-" + uf, "IFP/" + uf, "PC/" + uf]))
    doc.f("inscrit«o» no CPF sob o nº «cpf»", o=p.o, cpf=(g.cpf(), "BR_CPF"))
    if addr:
        doc.f(", residente e domiciliad«o» na «ad», «b», «city»/«uf», CEP «cep»", o=p.o, ad=(g.address(), "ADDRESS"),
              b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    if email:
        doc.f(", e-mail «e»", e=(g.email(p), "EMAIL_ADDRESS"))
    if phone:
        doc.f(", telefone «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))


def ju_sinistro(g: Gen) -> Doc:
    """Damage / loss notice sent by the mover to the cargo insurer, with the regulator's answer."""
    doc = Doc()
    mover = g.pick(MOVERS)
    ins = g.pick(INSURERS)
    c = g.person()
    lead = g.person(female=False)
    reg = g.person()
    model, fplate = fleet(g)
    day = g.day()
    doc.f("COMUNICAÇÃO DE SINISTRO — AVARIA / EXTRAVIO EM MUDANÇA\nSeguradora: «ins»   Apólice RCTR-C nº «ap»   Sinistro nº «sn»\n"
          "Segurado: «m» — CNPJ «cnpj»\n\n", ins=ins, ap=f"{g.d(2)}.{g.d(2)}.{g.d(7)}", sn=g.neg(11), m=mover,
          cnpj=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Reclamante", P(c.full)), ("CPF", (g.cpf(), "BR_CPF")), ("Telefone", (g.phone(), "PHONE_NUMBER")),
              ("E-mail", (g.email(c), "EMAIL_ADDRESS")), ("Local de coleta", (g.address(), "ADDRESS")),
              ("Local de entrega", (g.address(), "ADDRESS")), ("CEP entrega", (g.cep(), "BR_CEP")),
              ("Data do serviço", V(dbr(day))), ("Veículo (frota)", V(f"{model} — {fplate}")), ("Encarregado", P(lead.full)),
              ("Contrato", V(contract_no(g)))]
    kv_block(g, doc, fields, g.pick(["box", "plain", "dots"]))
    doc.t("\nITENS RECLAMADOS\n")
    rows = []
    for name, _ in g.sample(ITEMS, g.ri(2, 4)):
        rows.append([V(item_code(g)), V(name), V(g.pick(["avaria", "avaria", "extravio", "quebra"])), V("R$ " + g.money(150, 8000))])
    table_ruled(doc, ["Etiqueta", "Item", "Ocorrência", "Valor declarado"], rows, g.pick(["plus", "psql", "plain"]))
    doc.f("\nRelato do encarregado: «l» informa que «r»\n", l=P(lead.first),
          r=g.pick(["o tampo de vidro trincou no içamento pela janela.", "duas caixas de louça não foram localizadas no desembarque.",
                    "a cristaleira tombou na curva; a cômoda branca ficou riscada.", "o piano sofreu impacto na escada."]))
    doc.f("\n--- resposta da regulação ---\nDe: «rn» <«re»>\nPrezados, para a análise precisamos das fotos, da NF dos bens e da "
          "declaração de conteúdo. Em caso de indenização ao terceiro, o crédito será feito em conta do reclamante: ",
          rn=P(reg.full), re=(corp_mail(reg, dom_of(ins)), "EMAIL_ADDRESS"))
    if g.chance(0.6):
        code, bank = g.pick(BANKS)
        doc.f("«b» («c»), agência «ag», conta «ac», titular «t».\n", b=bank, c=code, ag=(g.agency(), "BANK_ACCOUNT"),
              ac=(g.account(), "BANK_ACCOUNT"), t=P(g.pick([c.full, c.caps])))
    else:
        doc.f("Pix chave aleatória «k», titular «t».\n", k=(g.uuid(), "PIX_KEY"), t=P(c.full))
    doc.f("Atenciosamente,\n«rn»\nRegulador de Sinistros — Transportes\n", rn=P(g.pick([reg.short, reg.full])))
    return doc


def ju_peticao(g: Gen) -> Doc:
    """Small-claims petition over furniture broken in a move."""
    doc = Doc()
    mover = g.pick(MOVERS)
    a = g.person()
    adv = g.person()
    lead = g.person(female=False)
    city, uf = g.city()
    day = g.day()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«uf»\n\n\n",
          n=g.ri(1, 9), c=fold(city).upper(), uf=uf)
    qualify(g, doc, a, caps=g.chance(0.6), phone=g.chance(0.5), titulo=g.chance(0.3))
    doc.f(", por seu advogado que esta subscreve, vem propor\n\nAÇÃO DE INDENIZAÇÃO POR DANOS MATERIAIS E MORAIS\n\nem face de "
          "«m», pessoa jurídica de direito privado, inscrita no CNPJ sob o nº «cn», com sede na «wh», pelos fatos a seguir.\n\n",
          m=fold(mover).upper(), cn=(g.any_cnpj(), "BR_CNPJ"), wh=warehouse(g))
    doc.f("I — DOS FATOS\n\nEm «d», a parte autora contratou a ré (contrato «ct») para a mudança de seus bens da «o» para a «de», "
          "volume estimado de «v», pelo valor de R$ «val», pago em «x» parcelas no cartão. A equipe, chefiada pelo Sr. «l», "
          "«f». A reclamação administrativa (protocolo «pr») não foi respondida.\n\n",
          d=dbr(day, g.pick(["br", "long"])), ct=contract_no(g), o=(g.address(), "ADDRESS"), de=(g.address(), "ADDRESS"),
          v=m3(g, 10, 50), val=g.money(1500, 12000), x=g.ri(2, 10), l=P(g.pick([lead.full, lead.short])),
          f=g.pick(["deixou cair o guarda-roupa na escada, que se partiu ao meio", "entregou a geladeira com a porta amassada e sem funcionar",
                    "extraviou seis caixas com louças e livros", "riscou o piano e quebrou o tampo de vidro da mesa de jantar"]),
          pr=g.protocol())
    doc.f("II — DO DIREITO\n\nA relação é de consumo (Lei 8.078/1990, arts. 14 e 20) e o transportador responde pelos danos às "
          "coisas transportadas (art. 750 do Código Civil; Lei 11.442/2007). Nesse sentido: TJ«uf2», Recurso Inominado nº «cnj».\n\n",
          uf2=g.pick(UFS), cnj=g.cnj())
    doc.f("III — DOS PEDIDOS\n\na) a condenação da ré ao pagamento de R$ «dm» por danos materiais e R$ «mo» por danos morais;\n"
          "b) a inversão do ônus da prova;\nc) a citação da ré.\n\nDá-se à causa o valor de R$ «vc».\n\n«c», «hoje».\n\n",
          dm=(dm := g.money(800, 15000)), mo=(mo := g.money(2000, 10000)),
          vc=f"{sum(int(x.replace('.', '').replace(',', '')) for x in (dm, mo)) / 100:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), c=city, hoje=dbr(g.after(day, 30, 120), "long"))
    doc.f("«adv»\n«oab»\n«e»\n", adv=P(g.pick([adv.full, adv.caps])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          e=(g.email(adv, g.pick(["adv.br", "gmail.com", dom_of("Bessa Advogados")])), "EMAIL_ADDRESS"))
    return doc


def ju_notificacao_box(g: Gen) -> Doc:
    """Extrajudicial notice to a box tenant for unpaid rent, delivery certificate and the minutes of the box opening."""
    doc = Doc()
    st = g.pick(STORAGES)
    t = g.person()
    adv = g.person()
    box = box_no(g)
    city, uf = g.city()
    day = g.day().replace(year=g.pick([2024, 2025]))  # room for the overdue months and the opening
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: «st», CNPJ «cn», estabelecida na «wh».\nNOTIFICAD«o»: ", st=st.upper(),
          cn=(g.any_cnpj(), "BR_CNPJ"), wh=warehouse(g), o="A" if t.female else "O")
    doc.f("«n», CPF «c», residente na «a», «b», «ci»/«uf», CEP «cep».\n\n", n=P(t.caps if g.chance(0.5) else t.full),
          c=(g.cpf(), "BR_CPF"), a=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), ci=city, uf=uf,
          cep=(g.cep(), "BR_CEP"))
    doc.f("Pela presente, fica V.Sa. notificad«o» de que o contrato de locação de espaço «ct», referente ao «bx» («m2» m²), "
          "encontra-se com as seguintes mensalidades em aberto:\n\n", o=t.o, ct=contract_no(g), bx=box, m2=g.pick(["2,0", "4,5", "6,0", "9,0"]))
    rows = []
    d = day
    for _ in range(g.ri(3, 5)):
        d = g.after(d, 28, 31)
        rows.append([V(f"{d.month:02d}/{d.year}"), V(dbr(d)), V("R$ " + g.money(150, 700))])
    table_ruled(doc, ["Competência", "Vencimento", "Valor"], rows, g.pick(["plain", "pipe"]))
    doc.f("\nNos termos da cláusula «cl» do contrato, não havendo quitação em 10 (dez) dias, o acesso ao box será bloqueado e, após "
          "60 dias, os bens serão removidos e levados a leilão para abatimento do débito, com depósito de eventual saldo.\n\n"
          "«ci», «d».\n«adv» — «oab»\n\n", cl=g.ri(9, 16), ci=city, d=dbr(g.after(d, 5, 15), "long"), adv=P(adv.full),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        rcv = g.pick([g.relative(t), g.person()])
        doc.f("CERTIDÃO — Certifico que entreguei a notificação no endereço acima, recebida por «r», RG «rg», que se declarou «q».\n"
              "Escrevente: «e»\n\n", r=P(rcv.full), rg=(g.rg(), "BR_RG"), q=g.pick(["parente", "porteiro", "vizinho", "filho da notificada"]),
              e=P(g.person().full))
    else:
        doc.t("AR devolvido — motivo: AUSENTE (3 tentativas). Notificação publicada por edital.\n\n")
    w1, w2 = g.person(), g.person()
    doc.f("TERMO DE ABERTURA DE BOX — «bx»\nAos «dd», na presença das testemunhas «w1» (CPF «c1») e «w2» (CPF «c2»), foi rompido o "
          "cadeado (lacre «lc») e inventariados os bens:\n", bx=box, dd=dbr(g.after(d, 70, 100), "long"), w1=P(w1.full),
          c1=(g.cpf(), "BR_CPF"), w2=P(w2.full), c2=(g.cpf(), "BR_CPF"), lc=g.d(6))
    for name, _ in g.sample(ITEMS, g.ri(3, 6)):
        doc.f("  «c»  «n»  — «s»\n", c=item_code(g), n=name, s=g.pick(["bom estado", "usado", "avariado", "caixa fechada"]))
    doc.t("Bens removidos para o depósito de leilões. " + g.pick(["A luz do box foi desligada.", "Box liberado para nova locação.", ""]) + "\n")
    return doc


def ju_contrato(g: Gen) -> Doc:
    """A moving contract with its e-signature log."""
    doc = Doc()
    mover = g.pick(MOVERS)
    c = g.person()
    rep = g.person()
    w = g.person()
    day = g.day()
    city, uf = g.city()
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE MUDANÇA Nº «n»\n\nCONTRATADA: «m», CNPJ «cn», com sede na «wh», neste ato "
          "representada por «r», CPF «rc».\nCONTRATANTE: ", n=contract_no(g), m=mover, cn=(g.any_cnpj(), "BR_CNPJ"), wh=warehouse(g),
          r=P(rep.full), rc=(g.cpf(), "BR_CPF"))
    qualify(g, doc, c, caps=g.chance(0.5), rg=g.chance(0.6), phone=True)
    md = g.after(day, 7, 45)
    doc.f(".\n\nCLÁUSULA 1ª — OBJETO. Transporte dos bens do CONTRATANTE, conforme inventário anexo (volume de «v»), da «o» para a "
          "«de», CEP «cep», em «md».\nCLÁUSULA 2ª — PREÇO. R$ «val», em «x»x de R$ «par» no cartão de crédito.\n"
          "CLÁUSULA 3ª — SEGURO. Os bens seguem cobertos por RCTR-C, nos termos da Lei 11.442/2007, até o valor declarado.\n"
          "CLÁUSULA 4ª — DADOS PESSOAIS. Tratamento conforme a Lei 13.709/2018, apenas para a execução do contrato.\n"
          "CLÁUSULA 5ª — FORO. Comarca de «ci»/«uf».\n\n",
          v=m3(g, 6, 60), o=(g.address(), "ADDRESS"), de=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), md=dbr(md, "long"),
          val=g.money(900, 14000), x=g.ri(2, 10), par=g.money(100, 1400), ci=city, uf=uf)
    env = g.uuid()
    doc.f("=== REGISTRO DE ASSINATURAS ELETRÔNICAS ===\nEnvelope: «e»\nHash SHA-256: «h»\n", e=env, h=g.hexs(64))
    signers = [(c, g.email(c), "Contratante"), (rep, corp_mail(rep, dom_of(mover)), "Contratada"), (w, g.email(w), "Testemunha")]
    for t, (p, em, role) in zip(g.moments(3, day, 2, (8, 23)), signers):
        doc.f("- «n» («r»)\n  e-mail: «e» | CPF: «c» | IP: «ip» | «ts» | token SMS para (**) *****-«fin»\n",
              n=P(g.pick([p.full, p.caps])), r=role, e=(em, "EMAIL_ADDRESS"), c=(g.cpf(), "BR_CPF"), ip=(g.ip(), "IP_ADDRESS"),
              ts=ts(t, "iso"), fin=g.d(4))
    doc.t("Documento concluído. Validade jurídica: MP 2.200-2/2001, art. 10, § 2º.\n")
    return doc


def ju_audiencia(g: Gen) -> Doc:
    """Minutes of a conciliation hearing at the small-claims court."""
    doc = Doc()
    co = g.pick(MOVERS + STORAGES)
    cl = g.person()
    prep = g.person()
    adv_r = g.person()
    adv_a = g.person()
    conc = g.person()
    city, uf = g.city()
    doc.f("PODER JUDICIÁRIO\n«n»º JUIZADO ESPECIAL CÍVEL DE «c»\n\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nProcesso nº «cnj»\n\n",
          n=g.ri(1, 8), c=fold(city).upper(), cnj=g.cnj())
    doc.f("Aos «d», às «h», na sala de conciliações, presentes o(a) conciliador(a) «cc», a parte reclamante «a», CPF «ac», ",
          d=dbr(g.day(), "long"), h=g.hm(), cc=P(conc.full), a=P(cl.caps if g.chance(0.5) else cl.full), ac=(g.cpf(), "BR_CPF"))
    if g.chance(0.6):
        doc.f("acompanhad«o» de «adv» («oab»), ", o=cl.o, adv=P(adv_a.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    else:
        doc.t("desacompanhad" + cl.o + " de advogado, ")
    doc.f("e a reclamada «co», CNPJ «cn», representada «o» «p», RG «rg», e por «adv» («oab»).\n\n",
          co=co.upper(), cn=(g.any_cnpj(), "BR_CNPJ"), o="pela preposta" if prep.female else "pelo preposto", p=P(prep.full), rg=(g.rg(), "BR_RG"), adv=P(adv_r.full),
          oab=(g.council("OAB", g.pick(UFS)), "PROFESSIONAL_ID"))
    if g.chance(0.75):
        doc.f("Aberta a audiência, as partes celebraram ACORDO: a reclamada pagará R$ «v» em «x» parcela(s), a primeira em «dd», ",
              v=g.money(500, 9000), x=g.ri(1, 4), dd=dbr(g.day()))
        if g.chance(0.5):
            code, bank = g.pick(BANKS)
            doc.f("mediante depósito no «b», agência «ag», conta «ac», de titularidade d«o» reclamante", b=bank,
                  ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), o=cl.o)
        else:
            doc.f("via Pix para a chave aleatória «k», informada pel«o» reclamante", k=(g.uuid(), "PIX_KEY"), o=cl.o)
        doc.f(". «x» Em caso de atraso, multa de 50%. Homologação a cargo do juiz togado.\n",
              x=g.pick([f"Os bens guardados no {box_no(g)} serão devolvidos em até 5 dias úteis.", "Os itens avariados ficam com a reclamante.",
                        "Seria prudente, segundo as partes, nova vistoria do piano.", ""]))
    else:
        doc.t("Proposta a conciliação, restou infrutífera. Designada audiência de instrução e julgamento.\n")
    doc.f("\nNada mais. Eu, «cc», conciliador(a), digitei.\n", cc=P(g.pick([conc.full, conc.short])))
    return doc


def ju_bo_furto(g: Gen) -> Doc:
    """OCR'd ALL CAPS police report of a theft from a storage box."""
    doc = Doc()
    st = g.pick(STORAGES)
    v = g.person()
    mom = g.person(female=True)
    att = g.person()
    susp = g.person()
    dlg = g.person()
    esc = g.person()
    city, uf = g.city()
    day = g.day()
    O = lambda s: ocr(s, g, 0.3)  # noqa: E731
    doc.f(ocr_t("SECRETARIA DE SEGURANCA PUBLICA — POLICIA CIVIL\n«dp»\nBOLETIM DE OCORRENCIA Nº «n»\nNATUREZA: FURTO QUALIFICADO "
                "(ART. 155, § 4º, I, CP)\nDATA DO REGISTRO: «d»\n\n", g),
          dp=f"{g.ri(1, 99)}º DP DE {fold(city).upper()}", n=f"{g.d(4)}/{g.ri(2024, 2026)}", d=dbr(g.after(day, 0, 3)))
    doc.f("VITIMA: «n»\nFILIACAO: «m»\nNASC.: «dob»  RG: «rg»  CPF: «c»\nENDERECO: «a» — «b» — CEP «cep»\nFONE: «p»  E-MAIL: «e»\n\n",
          n=P(O(v.capsf)), m=P(O(mom.capsf)), dob=(g.dob("br"), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"),
          a=(O(g.address("caps")), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), cep=(g.cep(), "BR_CEP"),
          p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), e=(g.email(v).upper() if g.chance(0.3) else g.email(v), "EMAIL_ADDRESS"))
    bx = box_no(g).upper()
    doc.f(ocr_t("HISTORICO: A VITIMA RELATA QUE LOCA O «bx» NA EMPRESA «st», SITUADA NA «wh», E QUE AO COMPARECER EM «dd» "
                "ENCONTROU O CADEADO ROMPIDO. FORAM SUBTRAIDOS: «it». SEGUNDO A ATENDENTE «at», AS CAMERAS MOSTRAM UM VEICULO "
                "DE PLACA «pl» NA DOCA 3 AS «h»", g),
          bx=bx, st=fold(st).upper(), wh=fold(warehouse(g)).upper(), dd=dbr(day), at=P(O(att.capsf)),
          it=g.pick(["UMA BICICLETA, DUAS CAIXAS DE FERRAMENTAS E UM TELEVISOR", "JOIAS DE FAMILIA E UM NOTEBOOK",
                     "UMA CRISTALEIRA COM LOUCAS E QUADROS", "ESTOQUE DE ROUPAS DA LOJA DA VITIMA"]),
          pl=(g.plate(), "LICENSE_PLATE"), h=g.hm())
    if g.chance(0.6):
        doc.f(ocr_t(", UTILIZADO POR «s», LOCATARIO DE BOX VIZINHO.", g), s=P(O(susp.capsf)))
    else:
        doc.t(". AUTORIA DESCONHECIDA.")
    doc.f(ocr_t(" A VITIMA APRESENTOU NOTAS FISCAIS NO VALOR DE R$ «v».\n\nTESTEMUNHA: «w», FONE «wp»\n\nAUTORIDADE: «dl» — DELEGADO(A) DE POLICIA\n"
                "ESCRIVAO(A): «es»\n", g),
          v=g.money(800, 30000), w=P(O(att.capsf)), wp=(g.phone("par"), "PHONE_NUMBER"), dl=P(O(dlg.capsf)), es=P(O(esc.capsf)))
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Private power of attorney to remove goods from a box, the notary's stamp and the storage's withdrawal term."""
    doc = Doc()
    st = g.pick(STORAGES)
    out = g.person()
    adv = g.relative(out) if g.chance(0.6) else g.person()
    att = g.person()
    clerk = g.person()
    city, uf = g.city()
    box = box_no(g)
    doc.t("PROCURAÇÃO PARTICULAR\n\nOUTORGANTE: ")
    qualify(g, doc, out, caps=True, dob=g.chance(0.5), email=g.chance(0.5), titulo=g.chance(0.6))
    doc.t(".\nOUTORGAD" + ("A" if adv.female else "O") + ": ")
    qualify(g, doc, adv, caps=True, email=False, addr=g.chance(0.6), phone=g.chance(0.5))
    doc.f(".\n\nPODERES: acessar o «bx» da «st», contrato «ct», retirar no todo ou em parte os bens ali guardados, assinar "
          "inventário e termo de retirada, contratar empresa de mudança e pagar o que for devido, inclusive mensalidades em atraso.\n\n"
          "«ci», «d».\n\n_____________________\n«n»\n\n", bx=box, st=st, ct=contract_no(g), ci=city, d=dbr(g.day(), "long"), n=P(out.full))
    doc.f("[carimbo] TABELIONATO DE NOTAS — «ci» · Reconheço por semelhança a firma de «n». Em testemunho da verdade. "
          "Selo «s». Escrevente: «e»\n\n", ci=fold(city).upper(), n=P(out.caps), s=f"{g.up(3)}{g.d(5)}-{g.up(2)}", e=P(clerk.full))
    doc.f("«st» — TERMO DE RETIRADA DE BENS\n«bx» · retirada por procurador(a): «a» (doc. apresentado: CNH «cnh»), veículo "
          "particular placa «p» «w»\n", st=st.upper(), bx=box, a=P(adv.full), cnh=(g.cnh(), "BR_CNH"), p=(g.plate(), "LICENSE_PLATE"),
          w=g.pick(["e caminhão de terceiro contratado.", "(2 viagens).", ""]))
    for name, _ in g.sample(ITEMS, g.ri(2, 5)):
        doc.f("[x] «n» («c»)\n", n=name, c=item_code(g))
    doc.f("Atendente: «at» · Conferido em «d» às «h».\n", at=P(g.pick([att.full, att.first])), d=dbr(g.day()), h=g.hm())
    return doc


JU = [ju_sinistro, ju_peticao, ju_notificacao_box, ju_contrato, ju_audiencia, ju_bo_furto, ju_procuracao]

# =========================================================================== saude

MOVER_FUNCS = ["Ajudante de mudança", "Carregador", "Motorista de caminhão (mudanças)", "Montador de móveis", "Encarregado de equipe",
               "Embalador", "Operador de empilhadeira (guarda-móveis)", "Içador / cordeiro"]
DR = {True: "Dra.", False: "Dr."}


def sa_cat(g: Gen) -> Doc:
    """Work-accident notice (CAT) of a mover with a back injury."""
    doc = Doc()
    mover = g.pick(MOVERS)
    w = g.person(female=g.chance(0.08))
    mom = g.person(female=True)
    cust = g.person()
    wit1, wit2 = g.person(female=False), g.person()
    doc_ = g.person()
    model, fplate = fleet(g)
    city, uf = g.city()
    day = g.day()
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT   Tipo: «tp»   Nº «n»\n\nI — EMITENTE\nEmpregador: «m»   CNPJ: «cn»\n"
          "CNAE: 4930-2/04 (transporte rodoviário de mudanças)   Endereço: «wh»\n\n",
          tp=g.pick(["Inicial", "Inicial", "Reabertura"]), n=f"{g.ri(2024, 2026)}.{g.d(3)}.{g.d(5)}-{g.d(1)}", m=mover,
          cn=(g.any_cnpj(), "BR_CNPJ"), wh=warehouse(g))
    fields = [("Nome", P(g.pick([w.full, w.caps]))), ("Nome da mãe", P(mom.full)), ("Data de nascimento", (g.dob(lo=1965, hi=2004), "DATE_OF_BIRTH")),
              ("Sexo", V("F" if w.female else "M")), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
              ("NIT/PIS", (g.pis(), "BR_PIS")), ("CTPS", V(f"{g.d(7)} série {g.d(4)}-{uf}")),
              *([("CNH", (g.cnh(), "BR_CNH"))] if g.chance(0.3) else []),
              ("CBO", V(g.pick(["7832-25 — Ajudante de motorista", "7832-10 — Carregador", "7711-05 — Montador de móveis"]))),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER"))]
    doc.t("II — ACIDENTADO\n")
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    doc.f("\nIII — ACIDENTE\nData: «d»  Hora: «h»  Horas trabalhadas: «ht»  Tipo: típico  Houve afastamento: sim\n"
          "Local: residência do cliente «c», «a», «ci»/«uf»\nVeículo da frota em operação: «mo» / «pl»\n"
          "Parte atingida: coluna lombar   Agente causador: esforço ao carregar «obj»\n"
          "Descrição: «ds»\n", d=dbr(day), h=g.hm(), ht=f"{g.ri(1, 9):02d}:{g.ri(0, 59):02d}", c=P(cust.full),
          a=(g.address(), "ADDRESS"), ci=city, uf=uf, mo=model, pl=fplate,
          obj=g.pick(["guarda-roupa de 6 portas pela escada", "geladeira duplex", "piano vertical", "cofre de 180 kg", "máquina de lavar"]),
          ds=g.pick(["ao descer o lance de escada sentiu estalo e dor intensa irradiada para a perna esquerda.",
                     "na torção do tronco para passar pela porta sentiu travamento lombar.",
                     "escorregou no degrau molhado (sereno) segurando a peça com o colega."]))
    doc.f("Testemunhas: «w1» (fone «p1»)", w1=P(wit1.full), p1=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f("; «w2» (fone «p2»)", w2=P(wit2.full), p2=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("\n\nIV — ATESTADO MÉDICO\nUnidade: «hs»   Data: «d»\nDiagnóstico provável: «dx»   CID-10: «cid»\nAfastamento: «n» dias\n"
          "Médico: «dr» — «crm»\n", hs=g.pick(HOSPITALS), d=dbr(day), dx=g.pick(["lombalgia aguda", "distensão muscular lombar", "hérnia de disco lombar"]),
          cid=g.pick(["M54.5", "S33.5", "M51.1", "S39.0"]), n=g.ri(3, 30), dr=P(doc_.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_aso(g: Gen) -> Doc:
    """Occupational health certificate (ASO) of a mover."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    emp = g.pick(MOVERS + STORAGES + ASSEMBLERS)
    w = g.person(female=g.chance(0.15))
    ex = g.person()
    co = g.person()
    uf = g.pick(UFS)
    kind = g.pick(["ADMISSIONAL", "PERIÓDICO", "DEMISSIONAL", "RETORNO AO TRABALHO", "MUDANÇA DE RISCO"])
    doc.f("«cl» — CNPJ «cc»\nATESTADO DE SAÚDE OCUPACIONAL (ASO) — «k»\n\n", cl=clinic, cc=(g.any_cnpj(), "BR_CNPJ"), k=kind)
    fields = [("Empresa", V(emp)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Trabalhador", P(g.pick([w.full, w.caps]))),
              ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.6):
        fields.append(("RG", (g.rg(), "BR_RG")))
    fields.append(("Nascimento", (g.dob(lo=1962, hi=2005), "DATE_OF_BIRTH")))
    if g.chance(0.4):
        fields.append(("NIT", (g.pis(), "BR_PIS")))
    if g.chance(0.3):
        fields.append(("CNS", (g.cns(), "BR_CNS")))
    func = g.pick(MOVER_FUNCS)
    if func.startswith("Motorista") or g.chance(0.25):
        fields.append(("CNH (cat. " + g.pick(["C", "D", "E"]) + ")", (g.cnh(), "BR_CNH")))
    fields += [("Função", V(func)), ("Matrícula", V(g.d(5)))]
    kv_block(g, doc, fields, g.pick(["box", "plain", "dots"]))
    doc.t("\nRISCOS: ergonômico (levantamento e transporte manual de cargas — NR-17), queda de altura em içamentos (NR-35), "
          "ruído de tráfego.\nEXAMES: clínico; " + ", ".join(g.sample(["audiometria", "acuidade visual", "RX coluna lombossacra",
                                                                         "glicemia", "ECG", "EEG (motoristas)", "espirometria"], 3)) + ".\n")
    doc.f("CONCLUSÃO: «c»\n\nData: «d»\nMédico examinador: «e» — «ec»\nCoordenador do PCMSO: «o» — «oc»\n",
          c=g.pick(["APTO", "APTO", "APTO com restrição para cargas acima de 25 kg", "INAPTO temporariamente"]), d=dbr(g.day()),
          e=P(ex.full), ec=(g.council("CRM", uf), "PROFESSIONAL_ID"), o=P(co.full), oc=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("Ciente: «w»\n", w=P(w.short))
    return doc


def sa_prontuario(g: Gen) -> Doc:
    """Emergency-room record after a furniture assembler's fall from a ladder."""
    doc = Doc()
    hs = g.pick(HOSPITALS)
    p = g.person(female=g.chance(0.1))
    mom = g.person(female=True)
    comp = g.spouse(p) if g.chance(0.6) else g.relative(p)
    orto = g.person()
    nurse = g.person(female=g.chance(0.8))
    fis = g.person()
    city, uf = g.city()
    t0 = g.moments(1, g.day(), 1, (8, 19))[0]
    doc.f("«hs» — PRONTO ATENDIMENTO\nFICHA DE ATENDIMENTO Nº «n»   Entrada: «t»   Classificação: «cr»\n\n", hs=hs.upper(), n=g.d(8),
          t=ts(t0, "br"), cr=g.pick(["AMARELO", "LARANJA", "VERDE"]))
    doc.f("Paciente: «n»   Nasc.: «d»   Sexo: «s»\nCPF: «c»   CNS: «cns»\nMãe: «m»\nEndereço: «a» — «b» — «ci»/«uf» — CEP «cep»\n"
          "Telefone: «p»\nAcompanhante: «co» («gr») — «cp»\n\n",
          n=P(p.caps), d=(g.dob(g.pick(["br", "short", "iso"]), 1960, 2004), "DATE_OF_BIRTH"), s="F" if p.female else "M",
          c=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"), m=P(mom.caps if g.chance(0.5) else mom.full), a=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"), p=(g.phone(), "PHONE_NUMBER"), co=P(comp.full),
          gr=g.pick(["esposa", "irmã", "filha", "cunhada"] if comp.female else ["esposo", "irmão", "filho", "cunhado"]), cp=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    cli = g.person()
    doc.f("HDA: paciente montador de móveis, em serviço na residência d«o» «cl», «ca», caiu de escada doméstica (aprox. «h» m) ao "
          "fixar armário aéreo. Refere dor e deformidade em «mb». Nega TCE e perda de consciência. «w»\n",
          o="a" if cli.female else "o", cl=P(cli.full),
          ca=(g.address(), "ADDRESS"), h=g.pick(["1,5", "2", "2,5"]), mb=g.pick(["punho direito", "perna esquerda", "antebraço esquerdo", "tornozelo", "membro inferior"]),
          w=g.pick(["Escada sem trava, segundo o acompanhante.", "Usava cinto? Não.", ""]))
    rx, hd, cid = g.pick([("fratura distal do rádio", "fratura do punho", "S52.5"), ("fratura de diáfise de tíbia", "fratura da perna", "S82.2"),
                          ("fratura de maléolo lateral", "fratura do tornozelo", "S82.6"), ("sem fratura, entorse", "entorse grave do tornozelo", "S93.4"),
                          ("sem fratura", "contusões múltiplas", "T14.0")])
    doc.f("EXAME: PA «pa» mmHg, FC «fc» bpm, SpO2 «sp»%. RX: «rx».\nHD: «hd» — CID-10 «cid» (causa externa W11)\n"
          "CONDUTA: imobilização, analgesia, avaliação ortopédica. Afastamento de «d» dias.\n",
          pa=f"{g.ri(11, 15)}x{g.ri(7, 9)}", fc=g.ri(62, 110), sp=g.ri(94, 99),
          rx=rx, hd=hd, cid=cid, d=g.ri(15, 90))
    doc.f("\nEVOLUÇÃO\n«t1» — Ortopedia: «o» («oc»). Redução incruenta e gesso.\n«t2» — Enfermagem: «e» («ec»). Orientações de alta.\n",
          t1=ts(t0 + datetime.timedelta(minutes=g.ri(40, 200)), "br"), o=P(orto.full), oc=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          t2=ts(t0 + datetime.timedelta(minutes=g.ri(210, 400)), "br"), e=P(g.pick([nurse.full, nurse.short])),
          ec=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        doc.f("Encaminhado para fisioterapia com «f» («fc») após retirada do gesso.\n", f=P(fis.full),
              fc=(g.council("CREFITO"), "PROFESSIONAL_ID"))
    return doc


def sa_pcmso_csv(g: Gen) -> Doc:
    """SESMT's semicolon CSV of periodic exams due, with the nurse's note."""
    doc = Doc()
    emp = g.pick(MOVERS)
    nurse = g.person(female=g.chance(0.8))
    ergo = g.person()
    uf = g.pick(UFS)
    doc.f("# «m» — SESMT — ASOs periódicos a vencer (gerado em «d»)\n", m=emp, d=dbr(g.day()))
    cols = ["nome", "cpf", "pis", "nascimento", "funcao", "ultimo_aso", "vencimento", "celular"]
    cns_col = g.chance(0.5)
    if cns_col:
        cols.insert(4, "cns")
    cnh_col = g.chance(0.6)
    if cnh_col:
        cols.insert(cols.index("funcao") + 1, "cnh")
    rows = []
    for _ in range(g.ri(4, 7)):
        w = g.person(female=g.chance(0.12))
        d = g.day()
        r = [P(g.pick([w.full, w.caps, w.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.pis(), "BR_PIS"),
             (g.dob(g.pick(["br", "iso"]), 1965, 2005), "DATE_OF_BIRTH")]
        if cns_col:
            r.append((g.cns(False), "BR_CNS") if g.chance(0.8) else V(""))
        func = g.pick(MOVER_FUNCS)
        r.append(V(func))
        if cnh_col:
            r.append((g.cnh(), "BR_CNH") if func.startswith(("Motorista", "Operador", "Encarregado")) else V(""))
        r += [V(dbr(d)), V(dbr(g.after(d, 330, 365))), (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER")]
        rows.append(r)
    table_csv(doc, cols, rows, ";")
    doc.f("\nNota: «n» («c», «e»): agendar os exames na «cl». Quem tem queixa lombar passa antes com «er» («ec») para a "
          "avaliação ergonômica (NR-17). «w»\n", n=P(nurse.full), c=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          e=(corp_mail(nurse, dom_of(emp)), "EMAIL_ADDRESS"), cl=g.pick(CLINICS), er=P(ergo.full),
          ec=(g.council("CREFITO"), "PROFESSIONAL_ID"), w=g.pick(["Dúvidas: sesmt@" + dom_of(emp) + ".", ""]))
    return doc


def sa_whatsapp_equipe(g: Gen) -> Doc:
    """A moving crew's WhatsApp group after a helper hurts his back."""
    doc = Doc()
    mover = g.pick(MOVERS)
    lead = g.person(female=False)
    hurt = g.person(female=False)
    sup = g.person()
    drv = g.person(female=False)
    wife = g.spouse(hurt)
    cust = g.person()
    ios = g.chance(0.4)
    model, fplate = fleet(g)
    hs = g.pick(HOSPITALS)
    tt = g.moments(14, g.day(), 1, (7, 20))
    senders = {}
    for key, p in (("lead", lead), ("sup", sup), ("drv", drv)):
        senders[key] = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.6) else P(g.pick([p.full, p.short, p.first]))
    if not ios:
        doc.f("«t» - «s» criou o grupo \"Equipe «n» - «m»\"\n", t=ts(tt[0], "wa"), s=senders["sup"], n=g.ri(1, 9),
              m=mover.split()[0] + " " + mover.split()[1])
    k = [1]

    def W(who, fn):
        wa_line(doc, tt[k[0]], ios, senders[who], fn)
        k[0] += 1
    W("lead", lambda d: d.f("«h» travou a coluna descendo a geladeira no cliente da «a»", h=P(g.pick([hurt.first, hurt.nick])),
                            a=(g.address(g.pick(["text", "low"])), "ADDRESS")))
    W("sup", lambda d: d.t("consegue andar? leva pra UPA agora, manda os dados dele aqui pra eu abrir a CAT"))
    W("lead", lambda d: d.f("«n» cpf «c»", n=P(g.pick([hurt.full, hurt.low])), c=(g.cpf(), "BR_CPF")))
    W("lead", lambda d: d.f("nasc «b» cartão sus «s»", b=(g.dob(g.pick(["br", "short", "nopad"]), 1975, 2004), "DATE_OF_BIRTH"),
                            s=(g.cns(), "BR_CNS")))
    W("drv", lambda d: d.f("to com o «mo» parado na frente, placa «p», levo ele?", mo=model.split()[0] + " " + model.split()[1], p=fplate))
    if g.chance(0.5):
        W("sup", lambda d: d.t("pode levar. tua CNH tá em dia? manda o número que eu lanço no sistema da frota"))
        W("drv", lambda d: d.f("«c» venceu não", c=(g.cnh(), "BR_CNH")))
    W("sup", lambda d: d.f("leva no «hs». avisa a esposa dele, «w», «t»", hs=hs, w=P(wife.first), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    W("lead", lambda d: d.t(g.pick(["foi uma vitória tirar ele da escada", "a cliente ficou assustada", "ok"])))
    W("lead", lambda d: d.f("a cliente " + g.pick(["", "dona "]) + "«c» pediu pra terminar amanhã, falta o guarda-roupa e a cômoda branca", c=P(cust.first)))
    if g.chance(0.5):
        W("sup", lambda d: d.f("ok, amanhã vai o «x» no lugar dele", x=P(g.person(female=False).first)))
    W("drv", lambda d: d.f("médico deu «n» dias, CID «cid»", n=g.ri(3, 15), cid=g.pick(["M54.5", "S33.5", "M54.4"])))
    return doc


def sa_atestados(g: Gen) -> Doc:
    """One-line JSON export of medical certificates of movers, with HR's note."""
    doc = Doc()
    emp = g.pick(MOVERS + STORAGES)
    hr = g.person(female=g.chance(0.7))
    for _ in range(g.ri(4, 6)):
        w = g.person(female=g.chance(0.15))
        prof = g.person()
        kind = g.pick(["CRM", "CRM", "CRM", "CRO", "CREFITO"])
        rec = {"colaborador": (g.pick([w.full, w.caps]), "PERSON"), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
               "matricula": g.d(5), "inicio": dbr(g.day(), "iso"), "dias": g.ri(1, 15),
               "cid": g.pick(["M54.5", "S33.5", "M51.1", "J11", "A09", "K08.8", "M75.1", "S60.0", None]),
               "profissional": (prof.full, "PERSON") if g.chance(0.45) else None,
               "registro": (g.council(kind, g.pick(UFS)), "PROFESSIONAL_ID"),
               "anexo": f"atestado_{g.hexs(8)}.pdf"}
        jval(doc, rec, None)
        doc.t("\n")
    doc.f("\n-- RH («h», «e»): «n»\n", h=P(hr.full), e=(corp_mail(hr, dom_of(emp)), "EMAIL_ADDRESS"),
          n=g.pick(["atestados lançados na folha; os de CID M54 encaminhados ao SESMT.", "dois atestados sem CID devolvidos.",
                    "conferir o atestado odontológico com o CRO informado."]))
    return doc


def sa_retorno(g: Gen) -> Doc:
    """E-mail thread between the occupational doctor and HR on a mover's return to work after INSS leave."""
    doc = Doc()
    emp = g.pick(MOVERS)
    clinic = g.pick(CLINICS)
    dr_ = g.person()
    hr = g.person(female=g.chance(0.7))
    w = g.person(female=False)
    fis = g.person()
    uf = g.pick(UFS)
    t1, t2 = g.moments(2, g.day(), 3, (8, 19))
    hr_mail = corp_mail(hr, dom_of(emp))
    dr_mail = corp_mail(dr_, dom_of(clinic))
    doc.f("De: «h» <«he»>\nPara: «d» <«de»>\nData: «t»\nAssunto: Retorno ao trabalho — «w»\n\n", h=P(hr.full), he=(hr_mail, "EMAIL_ADDRESS"),
          d=P(dr_.full), de=(dr_mail, "EMAIL_ADDRESS"), t=ts(t1, "br"), w=P(w.caps) if g.chance(0.4) else "exame de retorno (NB anexo)")
    doc.f("«dt» «df», bom dia.\n\nO colaborador «w» (CPF «c», nascido em «b») teve alta do INSS (NB «nb», auxílio por incapacidade "
          "temporária, CID «cid») e deve retornar em «r». Consegue encaixe para o exame de retorno? O celular dele é «p».\n\nRH — «m»\n\n",
          dt=DR[dr_.female], df=P(dr_.last), w=P(w.full), c=(g.cpf(), "BR_CPF"), b=(g.dob(g.pick(["br", "long"]), 1968, 2000), "DATE_OF_BIRTH"),
          nb=f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", cid=g.pick(["M51.1", "M54.5", "S33.5"]), r=dbr(g.day()),
          p=(g.phone(), "PHONE_NUMBER"), m=emp)
    doc.f("Em «t», «d» <«de»> escreveu:\n", t=ts(t2, "br"), d=P(dr_.full), de=(dr_mail, "EMAIL_ADDRESS"))
    doc.f("> «h», examinei o «w» hoje: APTO COM RESTRIÇÃO por 90 dias — não carregar peso acima de 20 kg, não subir escada com "
          "carga, preferir função de embalador ou conferente no guarda-móveis. Seguir fisioterapia com «f» («fc»).\n"
          "> «crm»\n", h=P(hr.first), w=P(w.first), f=P(fis.full), fc=(g.council("CREFITO"), "PROFESSIONAL_ID"),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


SA = [sa_cat, sa_aso, sa_prontuario, sa_pcmso_csv, sa_whatsapp_equipe, sa_atestados, sa_retorno]

# =========================================================================== financeiro


def fi_gateway(g: Gen) -> Doc:
    """One-line-JSON card-gateway log of deposits and installments, with the security note."""
    doc = Doc()
    mover = g.pick(MOVERS + STORAGES)
    dpo = g.person()
    day = g.day()
    tt = g.moments(g.ri(3, 4), day, 2)
    leaks = 0
    for t in tt:
        c = g.person()
        holder = g.spouse(c) if g.chance(0.25) else c
        pan = g.card(spaced=False)
        rec = {"ts": ts(t, "isoz"), "level": "INFO", "svc": "checkout", "order": quote_no(g).replace("Orçamento nº ", "ORC"),
               "customer": {"name": (c.full, "PERSON"), "cpf": (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
                            "email": (g.email(c), "EMAIL_ADDRESS"), "phone": (g.phone("e164"), "PHONE_NUMBER")},
               "card": {"bin": pan[:6], "last4": pan[-4:], "holder": (fold(holder.full).upper(), "PERSON") if g.chance(0.5) else None},
               "installments": g.pick([1, 3, 6, 10, 12]), "amount": float(g.ri(300, 9000)), "tid": g.neg(16), "nsu": g.d(6),
               "ip": (g.ip(), "IP_ADDRESS"), "status": g.pick(["authorized", "authorized", "denied", "captured"])}
        jval(doc, rec, None)
        doc.t("\n")
        if g.chance(0.75):
            dbg = {"ts": ts(t, "isoz"), "level": "DEBUG", "svc": "acquirer-client",
                   "req": {"pan": (pan, "CREDIT_CARD"), "exp": f"{g.ri(1, 12):02d}/{g.ri(26, 32)}", "cvv": "***",
                           "holder": (fold(holder.full).upper(), "PERSON") if g.chance(0.4) else "***"}, "host": g.ip_priv()}
            jval(doc, dbg, None)
            doc.t("\n")
            leaks += 1
    doc.f("\n[SEC-«n»] Nota de segurança — «d»: «x» o nível DEBUG ficou ativo no acquirer-client após o deploy e gravou PAN completo. "
          "Logs expurgados, cartões notificados à adquirente. Responsável: «p» («e»).\n",
          n=g.d(4), d=dbr(g.after(day, 1, 5)), x=f"{leaks} ocorrência(s):" if leaks else "nenhuma ocorrência, mas",
          p=P(dpo.full), e=(corp_mail(dpo, dom_of(mover)), "EMAIL_ADDRESS"))
    return doc


def fi_faturamento_box(g: Gen) -> Doc:
    """A self-storage's monthly box billing CSV, with the analyst's note."""
    doc = Doc()
    st = g.pick(STORAGES)
    an = g.person()
    d = g.day()
    doc.f("«st» — faturamento de «m»/«y» (exportação)\n", st=st, m=f"{d.month:02d}", y=d.year)
    rows = []
    tenants = []
    for _ in range(g.ri(4, 7)):
        pj = g.chance(0.2)
        p = g.person()
        tenants.append(p)
        name = (g.pick(CORP_CLIENTS), None) if pj else P(g.pick([p.full, p.caps]))
        doc_id = (g.any_cnpj(), "BR_CNPJ") if pj else (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        email = (corp_mail(p, dom_of(name[0])), "EMAIL_ADDRESS") if pj else (g.email(p), "EMAIL_ADDRESS")
        pay = g.pick(["cartão final " + g.d(4), "boleto", "pix", "débito em conta"])
        rows.append([V(box_no(g)), name, doc_id, email, (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
                     V(g.pick(["1,5", "2,0", "3,0", "4,5", "6,0", "9,0", "12,0"])), V(g.money(129, 999)), V(dbr(g.after(d, 0, 9))),
                     V(pay), V(g.pick(["pago", "pago", "em aberto", "atrasado"]))])
    table_csv(doc, ["box", "locatario", "cpf_cnpj", "email", "telefone", "m2", "valor", "vencimento", "forma", "status"], rows,
              g.pick([",", ";"]))
    t = g.pick(tenants)
    nt = g.relative(t)
    doc.f("\nObs. («a»): ", a=P(g.pick([an.full, an.first])))
    if g.chance(0.5):
        doc.f("titularidade do box de «t» passa para «n», CPF «c», a partir do próximo ciclo (termo assinado). ",
              t=P(t.full), n=P(nt.full), c=(g.cpf(), "BR_CPF"))
    doc.f("«t» atualizou o e-mail para «e». «w»\n", t=P(g.pick([t.first, t.full])), e=(g.email(t), "EMAIL_ADDRESS"),
          w=g.pick(["Boletos em aberto seguem para a régua de cobrança.", "Reajuste IGP-M aplicado.", ""]))
    return doc


def fi_folha(g: Gen) -> Doc:
    """The movers' payroll as a fixed-width report, with HR's note on an account change."""
    doc = Doc()
    emp = g.pick(MOVERS)
    hr = g.person(female=g.chance(0.7))
    d = g.day()
    doc.f("«m»  CNPJ «c»\nFOLHA DE PAGAMENTO — COMPETÊNCIA «mm»/«y»\n\n", m=fold(emp).upper(), c=(g.any_cnpj(), "BR_CNPJ"),
          mm=f"{d.month:02d}", y=d.year)
    doc.t("MAT.  NOME                      CPF             PIS             FUNÇÃO            LÍQUIDO    BCO AGÊNCIA  CONTA\n")
    ws = []
    for _ in range(g.ri(4, 7)):
        w = g.person(female=g.chance(0.1))
        ws.append(w)
        doc.t(g.d(5) + " ")
        doc.cell(cut(fold(w.full).upper(), 24), 24, "PERSON")
        doc.t("  ")
        doc.cell(g.cpf("dot"), 14, "BR_CPF")
        doc.t("  ")
        doc.cell(g.pis("dot"), 14, "BR_PIS")
        doc.t("  ")
        doc.cell(cut(g.pick(["AJUDANTE", "MOTORISTA", "ENCARREGADO", "MONTADOR", "EMBALADOR", "CARREGADOR"]), 16), 16)
        doc.t("  ")
        doc.cell(g.money(1500, 5200), 9, right=True)
        doc.t("  " + g.pick(BANKS)[0] + " ")
        doc.cell(g.agency(False), 7, "BANK_ACCOUNT")
        doc.t("  ")
        acc = g.account()
        doc.e(acc, "BANK_ACCOUNT")
        doc.t("\n")
    doc.t(f"\nTOTAL LÍQUIDO: R$ {g.money(9000, 40000)}   FGTS: R$ {g.money(800, 3500)}   INSS patronal: R$ {g.money(2000, 9000)}\n")
    w = g.pick(ws)
    code, bank = g.pick(BANKS)
    doc.f("\nNota do RH («h»): «w» pediu por e-mail («e») a troca da conta salário para o «b», ag. «ag», c/c «ac». "
          "Alteração feita a partir da próxima folha. «x»\n", h=P(hr.first), w=P(g.pick([w.short, w.first])), e=(g.email(w), "EMAIL_ADDRESS"),
          b=bank, ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          x=g.pick(["Horas extras da mudança corporativa de sábado lançadas.", "Diárias de viagem pagas à parte.", ""]))
    return doc


def fi_fatura_relocacao(g: Gen) -> Doc:
    """An invoice to a company for relocating its employees."""
    doc = Doc()
    mover = g.pick(MOVERS)
    client = g.pick(CORP_CLIENTS)
    hr = g.person()
    d = g.day()
    doc.f("«m»\nFATURA DE SERVIÇOS Nº «n»   Emissão: «d»   Vencimento: «v»\n\nCLIENTE: «cl» — CNPJ «cc»\nA/C: «h» (Mobilidade "
          "Corporativa) — «he»\nCentro de custo: «cc2»   Pedido de compra: «po»\n\n",
          m=mover, n=f"{g.d(4)}/{d.year}", d=dbr(d), v=dbr(g.after(d, 15, 30)), cl=client, cc=(g.any_cnpj(), "BR_CNPJ"),
          h=P(hr.full), he=(corp_mail(hr, dom_of(client)), "EMAIL_ADDRESS"), cc2=f"CC-{g.d(4)}", po=g.neg(11))
    style = g.pick(["md", "blocks"])
    tot = 0
    emps = [g.person() for _ in range(g.ri(2, 4))]
    if style == "md":
        rows = []
        for e in emps:
            c1, c2 = g.city(), g.city()
            rows.append([P(e.full), (g.address(), "ADDRESS"), V(f"{c1[0]}/{c1[1]}"), (g.address(), "ADDRESS"), V(f"{c2[0]}/{c2[1]}"),
                         (g.cep(), "BR_CEP"), V(m3(g, 8, 50)), V("R$ " + g.money(3000, 22000))])
        table_md(doc, ["Colaborador", "Origem", "Cidade", "Destino", "Cidade", "CEP destino", "Volume", "Valor"], rows)
    else:
        for k, e in enumerate(emps, 1):
            c1, c2 = g.city(), g.city()
            doc.f("«k». «e» — «v» — R$ «val»\n   de: «o», «c1» (CEP «p1»)\n   para: «de», «c2» (CEP «p2»)\n",
                  k=k, e=P(g.pick([e.full, e.caps])), v=m3(g, 8, 50), val=g.money(3000, 22000), o=(g.address(), "ADDRESS"),
                  c1=f"{c1[0]}/{c1[1]}", p1=(g.cep(), "BR_CEP"), de=(g.address(), "ADDRESS"), c2=f"{c2[0]}/{c2[1]}",
                  p2=(g.cep(), "BR_CEP"))
            if g.chance(0.3):
                doc.f("   guarda-móveis 30 dias: «b» no nosso galpão («wh»)\n", b=box_no(g), wh=warehouse(g))
    doc.f("\nSeguro RCTR-C incluso. ISS retido: R$ «iss».\nPagamento: boleto «bl» ou Pix (chave aleatória «k»).\n",
          iss=g.money(100, 900), bl=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}",
          k=(g.uuid(), "PIX_KEY"))
    if g.chance(0.5):
        e = g.pick(emps)
        doc.f("Obs.: a mudança de «e» foi reagendada a pedido do colaborador; a diária extra da equipe não será cobrada.\n",
              e=P(g.pick([e.first, e.short])))
    return doc


def fi_estorno(g: Gen) -> Doc:
    """E-mail thread refunding the deposit of a cancelled move."""
    doc = Doc()
    mover = g.pick(MOVERS)
    dom = dom_of(mover)
    c = g.person()
    an = g.person()
    ce = g.email(c)
    t1, t2 = g.moments(2, g.day(), 4, (8, 20))
    doc.f("From: «c» <«ce»>\nTo: financeiro@«dom»\nDate: «t»\n", c=P(c.full), ce=(ce, "EMAIL_ADDRESS"), dom=dom, t=ts(t1, "br"))
    if g.chance(0.6):
        doc.f("X-Originating-IP: [«ip»]\n", ip=(g.ip(), "IP_ADDRESS"))
    doc.f("Subject: Cancelamento e devolução do sinal — «q»\n\n", q=quote_no(g))
    doc.f("Boa tarde. Cancelei a mudança com mais de 7 dias de antecedência (cláusula 6ª) e peço a devolução do sinal de R$ «v». ",
          v=g.money(200, 3000))
    r = g.ri(0, 5)
    if r == 5:
        doc.f("Paguei no cartão «k», validade «v», então pode estornar nele mesmo.", k=(g.card(spaced=g.chance(0.7)), "CREDIT_CARD"),
              v=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}")
    elif r == 0:
        code, bank = g.pick(BANKS)
        doc.f("Dados: «b», agência «ag», conta «ac», titular «t», CPF «cp».", b=f"{bank} ({code})", ag=(g.agency(), "BANK_ACCOUNT"),
              ac=(g.account(), "BANK_ACCOUNT"), t=P(c.full), cp=(g.cpf(), "BR_CPF"))
    elif r == 1:
        doc.f("Pode ser no Pix, a chave é meu CPF: «k».", k=(g.cpf(), "BR_CPF"))
    elif r == 2:
        doc.f("Pix pelo celular: «k».", k=(g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"))
    elif r == 3:
        doc.f("Pix no e-mail «k».", k=(g.email(c), "EMAIL_ADDRESS"))
    else:
        doc.f("Minha chave Pix (aleatória): «k»", k=(g.uuid(), "PIX_KEY"))
    doc.f("\n\nAtt,\n«s»\n«p»\n\n", s=P(g.pick([c.first, c.full])), p=(g.phone(), "PHONE_NUMBER"))
    doc.f("From: «a» <«ae»>\nTo: «ce»\nDate: «t»\nSubject: RE: Cancelamento e devolução do sinal\n\nOlá, «f». Estorno aprovado: "
          "R$ «v» (sinal menos a taxa da vistoria). Segue o comprovante: favorecido «n», CPF ***.«m1».«m2»-**, ID da transação "
          "E«eid». Como o pagamento foi parcelado no cartão, «x»\n\n«a2» | Financeiro | «m»\n",
          a=P(an.full), ae=(corp_mail(an, dom), "EMAIL_ADDRESS"), ce=(ce, "EMAIL_ADDRESS"), t=ts(t2, "br"), f=P(c.first),
          v=g.money(150, 2500), n=P(fold(c.full).upper()), m1=g.d(3), m2=g.d(3), eid=g.hexs(31, True),
          x=g.pick(["o restante será estornado na fatura.", "nada mais será cobrado.", "as parcelas futuras foram canceladas."]),
          a2=P(an.short), m=mover)
    return doc


def fi_cobranca_box(g: Gen) -> Doc:
    """Collection queue of overdue box rents with the negotiators' contact log."""
    doc = Doc()
    st = g.pick(STORAGES)
    agency = g.pick(["Recupera Cobranças Ltda.", "Aurora Assessoria de Crédito", "Leão Recuperação de Ativos", "Prudente Cobrança"])
    doc.f("fila_cobranca_«d».csv — carteira «st» — assessoria «a»\n", d=dbr(g.day(), "compact"), st=st, a=agency)
    rows, debtors = [], []
    for _ in range(g.ri(3, 6)):
        p = g.person()
        debtors.append(p)
        rows.append([V(contract_no(g)), V(box_no(g)), P(g.pick([p.full, p.caps, p.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"), (g.email(p), "EMAIL_ADDRESS") if g.chance(0.7) else V(""),
                     V(str(g.ri(31, 240))), V(g.money(180, 4200))])
    table_csv(doc, ["contrato", "box", "devedor", "cpf", "telefone", "email", "dias_atraso", "saldo"], rows, ";")
    doc.t("\nHISTÓRICO DE CONTATOS\n")
    for t in g.moments(g.ri(3, 5), g.day(), 10, (8, 20)):
        p = g.pick(debtors)
        neg = g.person()
        r = g.ri(0, 3)
        doc.f("«t» «n» — ", t=ts(t, "br"), n=P(g.pick([neg.first, neg.short])) if g.chance(0.5) else "neg." + lower(neg.first))
        if r == 0:
            rel = g.relative(p)
            doc.f("liguei p/ «p», atendeu «r» (parente), disse que «f» mudou de cidade; novo tel. «p2».\n", p=(g.phone("par"), "PHONE_NUMBER"),
                  r=P(rel.first), f=P(p.first), p2=(g.phone("par"), "PHONE_NUMBER"))
        elif r == 1:
            doc.f("«f» propôs 3x; acordo fechado, 1ª parcela via Pix chave aleatória «k».\n", f=P(p.full), k=(g.uuid(), "PIX_KEY"))
        elif r == 2:
            doc.f("enviado boleto «bl» para «e». Promessa de pagamento em 5 dias.\n",
                  bl=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}", e=(g.email(p), "EMAIL_ADDRESS"))
        else:
            doc.f("«f» diz que os bens do box são do ex-marido; orientado sobre a cláusula de leilão. «w»\n", f=P(p.first),
                  w=g.pick(["Sem acordo.", "Retornar sexta.", "Seria prudente notificar de novo."]))
    return doc


def fi_rpa(g: Gen) -> Doc:
    """Weekly RPA payments of freelance helpers ("chapas") and assemblers, with the coordinator's note."""
    doc = Doc()
    emp = g.pick(MOVERS + ASSEMBLERS)
    coord = g.person()
    d = g.day()
    doc.f("«m» — CNPJ «c»\nRPA — pagamento de autônomos — semana «a» a «b»\n\n", m=emp, c=(g.any_cnpj(), "BR_CNPJ"), a=dbr(d),
          b=dbr(g.after(d, 5, 6)))
    rows, ws = [], []
    for _ in range(g.ri(4, 7)):
        w = g.person(female=g.chance(0.1))
        ws.append(w)
        r = g.ri(0, 3)
        cpf = g.cpf()
        key = [(cpf, "BR_CPF"), (g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"), (g.email(w), "EMAIL_ADDRESS"), (g.uuid(), "PIX_KEY")][r]
        days = g.ri(1, 6)
        rows.append([P(g.pick([w.full, w.caps, w.short])), (cpf, "BR_CPF"), (g.pis(), "BR_PIS"), V(str(days)),
                     V(g.money(150 * days, 260 * days)), V(g.money(15, 300)), key])
    table_ruled(doc, ["Prestador", "CPF", "NIT", "Diárias", "Bruto R$", "INSS R$", "Chave Pix"], rows, g.pick(["plus", "psql", "plain"]))
    doc.f("\nObs.: «n» — «x». Aprovado por «c».\n", n=P(g.pick(ws).first),
          x=g.pick(["trabalhou só meio período na quarta (chuva)", "diária dobrada no sábado, mudança corporativa", "vale-transporte descontado",
                    "ajudou a descarregar o piano, adicional de R$ 80,00"]), c=P(g.pick([coord.full, coord.short])))
    return doc


FI = [fi_gateway, fi_faturamento_box, fi_folha, fi_fatura_relocacao, fi_estorno, fi_cobranca_box, fi_rpa]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")


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
            assert not re.search(r"[1-9@_]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not re.match(r"(orcamentos|sac|contato|sinistros|financeiro|cobranca|rh|sesmt|juridico|assinaturas|naoresponda)@", v), (rid, v)
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
            assert re.match(r"(CRM|COREN|OAB|CRO|CREFITO)\b", v), (rid, v)
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
    # 15-digit runs outside the spans are never valid CNS; 16-digit runs (TIDs) never pass Luhn
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, m.group(0))


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
    print("hundredfourth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
