"""Build the hundred-and-thirteenth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredthirteenth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 11313, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets: PORTS, SHIPPING, CUSTOMS BROKERS AND INTERNATIONAL COURIERS
-- port terminals and their gate logs (truck drivers' access, window scheduling), customs brokers
(despachantes aduaneiros) and small-parcel importers (Remessa Conforme, courier imports, Receita
Federal notices), casual dock workers (OGMO registrations, shift calls, accidents, ASO, CAT,
periodic exams), seafarers (crew lists, shore leave, the ship's hospital log, medevac, medical
certificates), freight forwarders' invoices, demurrage statements and suits, seized goods (writ
against the pena de perdimento), a police report on drugs found in a container. All terminals,
brokers, couriers, shops, ships, lines, forwarders, carriers and clinics are invented (Terminal de
Contêineres Maré Alta, Terminal Baía Serena, Cais Leão do Mar, Terminal Graneleiro Prudente, Terminal
Rosa dos Ventos; Bonfim & Leal Despachos, Comissária Estrela do Cais; FlyBox Express, ViaMundi; MV
Estrela do Atlântico, MV Clemente Star, MV Bento Prudente, MT Luz do Norte; Maré Grande Navegação,
Cargo Bonfim Logística...), and so is every person.
Layouts: a gate log as a fixed-width report, WhatsApp exports (Android and iOS stamps, senders by
number or name), e-mails with quoted replies (X-Originating-IP), a speech-to-text call with the typed
record, a portal form with its access log, "Campo: valor" / dotted / boxed forms, +---+ / psql /
pipe / plain / Markdown tables, semicolon and comma CSV, PDFs pasted with page headers, court
filings, ALL CAPS notices and an OCR'd police report.
- atendimento: (0) a terminal's gate log (plates of tractor and trailer, drivers cut at the field
  width, CPF or CNH; the supervisor's notes: a barred driver's CNH, a carrier's phone, a plate the
  gate OCR misread, written damaged and not labelled); (1) WhatsApp with a terminal's scheduling desk
  (bot, attendant; CPF, sometimes first mistyped; plates; CNH; the carrier's dispatcher with e-mail
  and phone); (2) a courier's e-mail reply on a parcel taxed under Remessa Conforme (attendant's
  corporate e-mail, the buyer's e-mail, IP, CPF, new address and CEP, phones, a relative); (3) a
  speech-to-text call on a parcel held for the CPF (CPF, birth date, address, CEP, phone spoken) and
  the typed record; (4) a ship agent's crew-change e-mail (crew list with birth dates and passports,
  a Brazilian crew member's CPF, the van's plate and driver, the agent's mobile); (5) a courier's
  registration screen (CPF, birth date, RG, e-mail, phone, address, CEP, a full card typed in the
  comments) with the access log (public IPs labelled, private ones not); (6) WhatsApp group of
  casual dock workers (shift call, OGMO registration, a collection for an injured colleague by his
  wife's random Pix key, his address and CEP, phones, the union's landline).
- juridico: (0) a writ against a seizure (company CNPJ, the partner qualified, the customs inspector,
  DI/DUIMP, container, BL, PAF, TRF precedents, the broker's CPF, lawyers with OAB); (1) a demurrage
  collection suit pasted from a PDF (CNPJs, the guarantor qualified, e-mails of the importer's and
  the line's staff, CNJ); (2) a casual dock worker's labour claim (PIS, often the título, phone,
  e-mail, address, CEP; OGMO's and operator's CNPJ; the foreman's WhatsApp; witnesses with CPF);
  (3) a Receita Federal notice in capitals (CPF, address, CEP, sometimes birth date; the auditor;
  the broker's reply with CPF, e-mail, phone); (4) hearing minutes on a quay accident (OAB, the
  preposta's RG, the expert's CREA, a witness's CPF, the settlement's agency and account, the
  judge); (5) a power of attorney to a customs broker with an e-signature log (e-mails, IPs);
  (6) an OCR'd federal police report (driver's CPF, CNH, birth date, address, CEP, phone, plates,
  the terminal's security supervisor, the officers).
- saude: (0) the ship's hospital log (crew, birth dates, ICD-10, the ship's doctor's CRM, the shore
  doctor's CRM, the agent's phone, a family phone abroad); (1) a dock worker's ASO in a ruled box
  (clinic's and OGMO's CNPJ, CPF, birth date, sometimes RG, CRM) and the OGMO's e-mail; (2) a CAT
  (NIT/PIS, CPF, birth date, address, CEP, phone, CNS, witnesses, CRM, the issuer's e-mail); (3) a
  terminal's first-aid log in Markdown (birth dates or ages, ICD-10, phones, a truck's plate, COREN,
  a regulator's CRM); (4) a medevac e-mail thread (P&I correspondent and agent, the seafarer's birth
  date, the hospital doctor's CRM, the wife's foreign phone); (5) a PCMSO export as semicolon CSV
  (CPF, birth date, CNS; the audiologist's CRFa, a CRM); (6) a seafarer's medical certificate
  (clinic CNPJ, birth date, CPF, CRM) and the seafarer's e-mail asking for a copy.
- financeiro: (0) a freight forwarder's invoice (CNPJs, the client's contact with e-mail and phone,
  agency, account and the forwarder's random Pix key, the billing analyst); (1) a courier's CSV of
  parcels and taxes (names, CPF, e-mail, E.164 phones, CEP; notes: a full card sent by e-mail, a
  mistyped CPF); (2) a demurrage statement (fixed width) and the importer's dispute e-mail; (3) the
  OGMO's payroll (CPF, NIT, agency, account; alimony to an ex-spouse's account or random Pix key;
  the accountant's CRC); (4) a customs broker's fee statement (client's and broker's CPF, agency,
  account, a Pix key of any kind) with a WhatsApp where the client types a card; (5) freight paid to
  truck drivers in Markdown (CPF, plate, Pix keys of every kind; a spouse's account); (6) an
  importer's office WhatsApp (DUIMP, a company CNPJ, a supplier's account, the accountant's e-mail
  and CRC).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Dr.", "Dra.", "seu",
"dona"; particles (de, da, do, das, dos, e) and suffixes (Filho, Júnior, Neto, Sobrinho) are part
of it; "SURNAME, GIVEN" is one span; first names alone and nicknames are persons, in any case.
Staff named in the text are persons (attendants, gate supervisors, dispatchers, ship agents, P&I
correspondents, customs auditors and inspectors, brokers, foremen, physicians, nurses, experts,
police officers, lawyers, prepostos, judges, accountants); logins and bots (Marujo, Maré, Boia,
Âncora, Aurora, Rastreio Bot) are not. Corporate e-mails of people are EMAIL_ADDRESS; role
mailboxes (sac@, portaria@, crew@, demurrage@, husbandry@, escala@, laudos@...) are not labelled,
nor the one spelled out in the call. ADDRESS is street type + name + number + complement (never
city, UF or bairro; the CEP is BR_CEP); terminals', companies' and hospitals' seats are not written
as addresses. Agency and account are separate BANK_ACCOUNT spans, whoever holds them (a person, a
forwarder, a broker); bank codes and names are not. PIX_KEY only for random (UUID) keys; a key that
is a CPF, phone or e-mail takes that label. DATE_OF_BIRTH only for birth dates; arrival, discharge,
return, hearing, exam, expiry and signature dates are not. Masked cards are not labelled.
Decisions of this set:
- Shipping and customs identifiers are not labelled: container numbers (ISO 6346), BL and house BL,
  booking, DI and DUIMP numbers, Receita process (PAF) and intimação numbers, courier tracking codes,
  IMO numbers, seal numbers, CIOT, the customs broker's registry number, OGMO registrations, the
  seafarer's CIR and passports (their holders are persons), auditors' matrícula, invoice numbers.
- PROFESSIONAL_ID covers CRM, COREN, CREA, CRFa (audiologist), CRC and OAB with acronym and UF or
  region. Foreign phones (+63, +380) of seafarers' families are PHONE_NUMBER.
- A chat sender shown by name is a PERSON, by number PHONE_NUMBER; a company desk as sender is not.
- LICENSE_PLATE: every plate written (tractor and trailer, vans, trucks in a police report); a plate
  misread by the gate OCR and printed with "?" is not a plate.
- Names cut at the field width and names damaged by OCR are labelled as they stand.
- Ships, terminals and companies named after people or words are not persons ("MV Clemente Star",
  "MV Bento Prudente", "Terminal Graneleiro Prudente", "Cais Amado", "Rosa dos Ventos", "Cargo
  Bonfim"), nor streets named after people outside an address.

Names: Brazilian names of many origins (Portuguese common and regional, coined, Italian, German,
Polish, Japanese, Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese, Cape Verdean, indigenous,
Jewish, Bolivian, Paraguayan, Venezuelan) and seafarers' Filipino and Ukrainian names; rare or
invented name words well above a quarter (main() prints the share). Words that are names are also
used as words and in ships, places and companies ("a luz do portêiner", "foi uma vitória", "seria
prudente", "a maré estava alta e serena", "a paz no pátio", "a pilha rosa").

Hard negatives (never labelled): CNJ numbers, 11-digit numbers failing the CPF check (mistyped CPFs,
DUIMP bodies, protocols; the script checks every CPF-shaped and 11-digit run outside gold spans
against the CPF, PIS and CNH checks), 12-, 15- and 16-digit runs (not título, CNS or Luhn-valid),
private IPs, ICD-10 codes, money in USD and BRL, exchange rates, container/BL/DI/tracking numbers,
laws and rules (Decreto-Lei 37/1966, Decreto 6.759/2009, IN RFB 2.146/2023, Lei 12.815/2013, Lei
9.719/1998, Lei 4.860/1965, NR-29), dates that are not births.
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
SEED = 11313
OUT_NAME = "hundredthirteenth.jsonl"

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
    "ph": (["Maricel", "Jhoanna", "Rowena"], ["Rodel", "Jericho", "Arnel", "Reynaldo"], ["Dimaculangan", "Macaraeg", "Pangilinan", "Sumague", "Dela Rosa"]),
    "ua": (["Oksana", "Nataliya"], ["Mykola", "Taras", "Bohdan"], ["Kovalenko", "Shevchuk", "Hrytsenko", "Bondarchuk"]),
    "cv": (["Nha Djassi", "Odete"], ["Djiba", "Nelson"], ["Tavares Lopes", "Semedo", "Varela", "Monteiro Fortes"]),
}
RARE_ORIGINS = ("ph", "ua", "pl", "kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "py", "ve", "cv")
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
JOBS = {True: ["conferente de carga", "despachante aduaneira", "auxiliar de despacho", "comerciante", "vendedora autônoma",
              "técnica de enfermagem", "professora", "do lar", "analista de comércio exterior", "estudante"],
        False: ["estivador", "conferente de carga", "motorista de carreta", "despachante aduaneiro", "comerciante", "operador de guindaste",
               "marítimo", "vigia portuário", "mecânico", "estudante", "aposentado", "importador"]}
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
    doc.f("\nLOG DE ASSINATURAS — envelope «e»\n", e=str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper())
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



# --------------------------------------------------------------------------- register: ports, shipping, customs and couriers

TERMINALS = [("Terminal de Contêineres Maré Alta", "Maré Alta Terminais Portuários S.A.", "marealta.com.br", "Santos", "SP"),
             ("Terminal Baía Serena", "Baía Serena Operadora Portuária Ltda.", "baiaserena.com.br", "Paranaguá", "PR"),
             ("Terminal Aurora Portos", "Aurora Portos e Logística S.A.", "auroraportos.com.br", "Itajaí", "SC"),
             ("Cais Leão do Mar", "Cais Leão do Mar Terminais Ltda.", "leaodomar.com.br", "Rio Grande", "RS"),
             ("Terminal Graneleiro Prudente", "TGP Terminal Graneleiro Prudente S.A.", "tgprudente.com.br", "Ipojuca", "PE"),
             ("Terminal Pecém Norte", "Pecém Norte Movimentação de Cargas Ltda.", "pecemnorte.com.br", "São Gonçalo do Amarante", "CE"),
             ("Terminal Vila Velha Cais Amado", "Cais Amado Operações Portuárias Ltda.", "caisamado.com.br", "Vila Velha", "ES"),
             ("Terminal Rosa dos Ventos", "TRV Rosa dos Ventos Terminais S.A.", "trvterminais.com.br", "Itaguaí", "RJ")]
BROKERS = [("Bonfim & Leal Despachos Aduaneiros Ltda.", "bonfimleal.com.br"), ("Comissária Estrela do Cais Ltda.", "estreladocais.com.br"),
           ("Aduana Fácil Despachos ME", "aduanafacil.com.br"), ("Calixto Comércio Exterior e Despachos Ltda.", "calixtocomex.com.br"),
           ("Despachante Pacífico Assessoria Aduaneira", "pacificoaduana.com.br")]
COURIERS = [("FlyBox Express", "flyboxexpress.com.br"), ("Pacote Global Courier", "pacoteglobal.com.br"),
            ("ViaMundi Remessas Internacionais", "viamundi.com.br"), ("AeroSul Courier", "aerosulcourier.com.br")]
SHOPS = ["ShopTerra", "MundoCompras", "BaratoGlobal", "Lojinha Oriente", "KwikMall"]
SHIPS = ["MV Estrela do Atlântico", "MV Aurora Austral", "MV Clemente Star", "MT Luz do Norte", "MV Serena Bay", "MV Bento Prudente",
         "MV Rosa dos Ventos", "MV Glória Oceanic", "MV Maré Mansa", "NM Leão do Sul"]
LINES = [("Maré Grande Navegação S.A.", "maregrande.com.br"), ("Atlântico Sul Lines Agência Marítima Ltda.", "aslines.com.br"),
         ("Transoceânica Leão Shipping Agency", "leaoshipping.com.br"), ("Cabotagem Vitória Régia Navegação", "vitoriaregianav.com.br")]
FORWARDERS = [("Cargo Bonfim Logística Internacional Ltda.", "cargobonfim.com.br"), ("Rota Aduaneira Agenciamento de Cargas Ltda.", "rotaaduaneira.com.br"),
              ("Ponte Mar Freight Forwarding Ltda.", "pontemar.com.br"), ("Brisa Serena Logistics Ltda.", "brisaserena.com.br")]
CARRIERS = ["Transportadora Amado & Filhos", "Rodocais Transportes Ltda.", "TransLeão Contêineres", "Expresso Porto Flor Ltda.",
            "Carreteiros do Cais Cooperativa", "Rodo Bonfim Logística"]
CLINICS = [("Clínica Cais Saúde Ocupacional Ltda.", "caissaude.med.br"), ("Medicina do Trabalho Maré Ltda.", "medmare.com.br"),
           ("Centro Médico Portuário Estrela Ltda.", "cmpestrela.med.br")]
HOSP = ["Santa Casa de Santos", "Hospital Regional do Litoral", "Hospital dos Estivadores", "UPA Zona Portuária", "Hospital Municipal São Bento",
        "Hospital Aurora do Mar"]
PORT_ICD = [("S62.6", "fratura de falange da mão"), ("S92.3", "fratura de metatarso"), ("S39.0", "lesão muscular lombar"),
            ("T67.0", "insolação"), ("S61.0", "ferimento de dedo"), ("S82.6", "fratura de maléolo lateral"), ("T70.2", "efeitos de pressão"),
            ("H83.3", "perda auditiva induzida por ruído"), ("S20.2", "contusão do tórax"), ("M54.5", "lombalgia"), ("R55", "síncope"),
            ("I10", "pico hipertensivo"), ("E11.9", "diabetes descompensado"), ("K35.8", "apendicite aguda"), ("J06.9", "infecção de vias aéreas"),
            ("A09", "gastroenterite"), ("T78.4", "reação alérgica"), ("S06.0", "concussão cerebral")]
RANKS = ["Master", "Chief Officer", "2nd Officer", "3rd Officer", "Chief Engineer", "2nd Engineer", "3rd Engineer", "Electrician",
         "Bosun", "AB", "AB", "OS", "Oiler", "Fitter", "Cook", "Messman", "Cadet"]
DOCK_FUNCS = ["estivador", "conferente", "arrumador", "vigia portuário", "consertador", "trabalhador de bloco", "operador de portêiner",
              "motorista de reach stacker", "sinaleiro", "peação/despeação"]
GOODS = ["peças automotivas", "bobinas de aço", "pneus de carga", "tecidos sintéticos", "eletrônicos de consumo", "brinquedos", "vinhos",
         "máquinas têxteis usadas", "painéis solares", "cosméticos", "ferramentas elétricas", "fertilizante ensacado"]
PARCEL_ITEMS = ["fone de ouvido bluetooth", "capinhas de celular", "tênis de corrida", "relógio smartwatch", "kit de maquiagem",
                "drone pequeno", "peças de bicicleta", "vestido de festa", "suplemento alimentar", "teclado mecânico", "cartuchos de tinta",
                "lente de câmera", "bonecas colecionáveis"]
ROLE_BOXES = ["sac", "atendimento", "gate", "agendamento", "portaria", "operacoes", "documentacao", "importacao", "exportacao", "faturamento",
              "financeiro", "cobranca", "demurrage", "juridico", "rh", "dp", "sesmt", "medicina", "ambulatorio", "seguranca", "tributos",
              "fiscal", "contato", "naoresponda", "noreply", "crew", "ops", "agency", "husbandry", "suporte", "cadastro", "aduana",
              "despachos", "protocolo", "escala", "tesouraria", "contabilidade", "comercial", "claims", "pandi", "recepcao", "laudos"]
BOTS = ["Marujo", "Maré", "Boia", "Âncora", "Aurora", "Rastreio Bot"]


def terminal(g: Gen) -> tuple[str, str, str, str, str]:
    return g.pick(TERMINALS)


def container(g: Gen) -> str:
    """ISO 6346 container number (owner code + U + 6 digits + check digit; not labelled)."""
    return f"{g.pick(['MGNU', 'ASLU', 'TLSU', 'VRGU', 'PMFU', 'BSLU', 'TGHU', 'CBLU'])}{g.d(6)}{g.ri(0, 9)}"


def bl_no(g: Gen) -> str:
    return g.pick([f"MGNS{g.d(8)}", f"ASL{g.up(3)}{g.d(6)}", f"HBL-{g.ri(2025, 2026)}-{g.d(5)}", f"{g.up(4)}{g.d(7)}"])


def di_no(g: Gen) -> str:
    """DI or DUIMP number (not labelled)."""
    n = g.neg(11)
    return g.pick([f"{g.ri(24, 26)}/{g.d(7)}-{g.d(1)}", f"{g.ri(24, 26)}BR{n[:10]}-{n[10]}"])


def tracking(g: Gen) -> str:
    return g.pick([f"{g.up(2)}{g.d(9)}BR", f"{g.up(2)}{g.d(9)}{g.pick(['CN', 'HK', 'SG', 'US'])}", f"FBX{g.d(8)}", f"VM-{g.up(2)}{g.d(7)}"])


def imo(g: Gen) -> str:
    return f"IMO {g.ri(9100000, 9899999)}"


def ogmo_mat(g: Gen) -> str:
    """OGMO registration of a casual dock worker (not labelled)."""
    return g.pick([f"{g.d(5)}-{g.ri(0, 9)}", f"OGMO {g.d(6)}", f"mat. {g.d(5)}", f"{g.up(1)}{g.d(5)}"])


def paf(g: Gen) -> str:
    """A Receita Federal administrative process number (not labelled)."""
    return f"{g.d(5)}.{g.d(6)}/{g.ri(2024, 2026)}-{g.d(2)}"


def usd(g: Gen, lo: int, hi: int) -> str:
    return num(g.ri(lo, hi) + g.pick([0.0, 0.5, 0.99, 0.25]), 2)


def word_neg(g: Gen) -> str:
    """A sentence where a word that is also a name stands as a word, a place, a ship or a company."""
    return g.pick(["A luz do portêiner 3 apagou e a operação parou por 40 minutos.",
                   "Foi uma vitória conseguir janela no gate antes do feriado.",
                   "Seria prudente não liberar o contêiner antes da conferência física.",
                   "O MV Bento Prudente atracou com 6 horas de atraso no berço 2.",
                   "A faixa branca do pátio foi repintada na quadra C.",
                   "O MV Clemente Star saiu sem os dois contêineres refrigerados.",
                   "A Rosa dos Ventos assumiu a agência dos navios da linha Ásia.",
                   "Justo no fechamento do mês o Siscomex ficou fora do ar.",
                   "A maré estava alta e serena, a praticagem liberou a manobra às 5h.",
                   "O Terminal Graneleiro Prudente não recebe caminhão depois das 22h.",
                   "A paz no pátio acabou quando anunciaram a greve dos conferentes.",
                   "Cargo Bonfim cobrou de novo a taxa de desova, vou contestar.",
                   "O navio Glória Oceanic fundeou na barra esperando berço.",
                   "Ficou amado pelos motoristas depois que liberou o banheiro do gate.",
                   "A estrela do painel da reach stacker acendeu, mandar para a oficina.",
                   "Desembarque da tripulação pelo Cais Leão do Mar, portão 4.",
                   "O contêiner da carga de Salvador está na pilha rosa, fileira 12."])




# --------------------------------------------------------------------------- atendimento


def at_gate_log(g: Gen) -> Doc:
    """A port terminal's gate log as a fixed-width report (trucks in and out, drivers cut at the field width) and the supervisor's notes."""
    doc = Doc()
    fan, raz, dom, city, uf = terminal(g)
    d = g.day()
    sup = g.person()
    doc.f("«f» — RELATÓRIO DE ACESSOS GATE «gt»\nData: «d»   Turno: «tu»   Emitido por: «u»\n\n", f=fan.upper(),
          gt=g.pick(["IN/OUT 1", "2 (EXPORTAÇÃO)", "3 - IMPORTAÇÃO", "REEFER"]), d=dbr(d), tu=g.pick(["A (07-13)", "B (13-19)", "C (19-01)", "D (01-07)"]),
          u=login(sup, g))
    doc.t("HORA   MOV CAVALO   CARRETA  MOTORISTA                 DOCUMENTO       TRANSPORTADORA            CONTEINER    STATUS\n")
    doc.t("-" * 118 + "\n")
    ppl = []
    for _ in range(g.ri(5, 8)):
        p = g.person(female=g.chance(0.08))
        ppl.append(p)
        doc.f("«h»  «m»  ", h=g.hm(), m=g.pick(["ENT", "SAI", "ENT"]))
        doc.cell(g.plate(), 8, "LICENSE_PLATE")
        doc.t(" ")
        if g.chance(0.8):
            doc.cell(g.plate(), 8, "LICENSE_PLATE")
        else:
            doc.cell("-", 8)
        doc.t(" ")
        doc.cell(cut(fold(p.full).upper(), 25), 25, "PERSON")
        doc.t(" ")
        if g.chance(0.5):
            doc.cell(g.cpf("dot"), 15, "BR_CPF")
        else:
            doc.cell(g.cnh(), 15, "BR_CNH")
        doc.t(" ")
        doc.cell(cut(g.pick(CARRIERS).upper(), 25), 25)
        doc.t(" ")
        doc.cell(container(g), 12)
        doc.t(" " + g.pick(["LIBERADO", "LIBERADO", "LIBERADO", "RETIDO-AVARIA", "S/ AGENDAMENTO", "LACRE DIVERG."]) + "\n")
    doc.t("-" * 118 + "\n\nOcorrências do turno:\n")
    x = g.pick(ppl)
    doc.f("- Motorista «n» barrado: CNH vencida, registro «c». Transportadora avisada pelo «t».\n",
          n=P(g.pick([x.short, x.first, x.caps])), c=(g.cnh(), "BR_CNH"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.6):
        y = g.pick(ppl)
        doc.f("- OCR do gate leu «a», placa correta «b» (cavalo do «n»). Corrigido manualmente.\n", a=g.up(3) + g.d(2) + "?" + g.d(1),
              b=(g.plate(), "LICENSE_PLATE"), n=P(y.first))
    if g.chance(0.5):
        doc.f("- Lacre do contêiner «c» divergente do BL «b»; aguardando vistoria da Receita.\n", c=container(g), b=bl_no(g))
    if g.chance(0.4):
        doc.t("- " + word_neg(g) + "\n")
    doc.f("\nSupervisor(a) de gate: «s»\n", s=P(g.pick([sup.full, sup.caps, sup.short])))
    return doc


def at_zap_agendamento(g: Gen) -> Doc:
    """WhatsApp between a truck driver or a carrier's dispatcher and a terminal's scheduling desk (a missed window, a swapped truck)."""
    doc = Doc()
    fan, raz, dom, city, uf = terminal(g)
    drv = g.person(female=False)
    att = g.person(female=g.chance(0.6))
    st = chat_stamp(g.chance(0.4))
    t0 = g.moments(1, g.day(), 1, (5, 23))[0]
    tt = iter(seq_times(g, 30, t0, 20, 500))
    me = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.75) else P(g.pick([drv.first, drv.nick, drv.short]))
    H = (f"Agendamento {fan}", None)
    doc.f("Conversa do WhatsApp com Agendamento «f»\n\n", f=fan)
    cl(doc, st(next(tt)), H, f"Olá, aqui é o {g.pick(BOTS)}, atendimento automático do {fan} ⚓ Digite 1 agendar janela, 2 reagendar, 3 status do contêiner, 4 atendente")
    cl(doc, st(next(tt)), me, g.pick(["4", "atendente", "2"]))
    cl(doc, st(next(tt)), H, "Oi! Sou «a», do agendamento. Me passa o CPF do motorista e o número do contêiner.", a=P(g.pick([att.first, att.short])))
    cpf = g.cpf()
    if g.chance(0.3):
        cl(doc, st(next(tt)), me, "«x» «c»", x=g.neg_cpf(), c=container(g))
        cl(doc, st(next(tt)), H, "Esse CPF não está cadastrado no portal, confere?")
        cl(doc, st(next(tt)), me, "errei «x»", x=(cpf, "BR_CPF"))
    else:
        cl(doc, st(next(tt)), me, "«x» conteiner «c»", x=(cpf, "BR_CPF"), c=container(g))
    cl(doc, st(next(tt)), me, g.pick(["perdi a janela das «h» por causa da fila na serra", "a janela das «h» caiu, o sistema recusou no gate",
                                      "fiquei preso na balança, não deu pra chegar às «h»"]), h=g.hm())
    cl(doc, st(next(tt)), H, "Consigo reagendar para «d» entre «h1» e «h2». Vai ser o mesmo conjunto?", d=dbr(g.after(t0.date(), 0, 2)),
       h1=g.hm(), h2=g.hm())
    if g.chance(0.6):
        cl(doc, st(next(tt)), me, "não, troquei o cavalo. placa «p» carreta «c»", p=(g.plate(), "LICENSE_PLATE"), c=(g.plate(), "LICENSE_PLATE"))
    else:
        cl(doc, st(next(tt)), me, "mesmo, «p»", p=(g.plate(), "LICENSE_PLATE"))
    cl(doc, st(next(tt)), H, "Preciso da CNH atualizada no cadastro, o registro que está aqui venceu.")
    cl(doc, st(next(tt)), me, "registro «c» categoria E", c=(g.cnh(), "BR_CNH"))
    if g.chance(0.5):
        disp = g.person()
        cl(doc, st(next(tt)), me, "qualquer coisa fala com «n» da «t», «e» ou «p»", n=P(g.pick([disp.first, disp.short])), t=g.pick(CARRIERS),
           e=(g.email(disp, g.pick(["rodocais.com.br", "transleao.com.br", "gmail.com"])), "EMAIL_ADDRESS"), p=(g.phone("par"), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), H, "Reagendado, «n». Protocolo «pr». Chegue com 1h de antecedência, gate «gt».", n=P(g.pick([drv.first, lower(drv.first)])),
       pr=g.protocol(), gt=g.ri(1, 4))
    cl(doc, st(next(tt)), me, g.pick(["valeu", "obg", "👍", "tmj"]))
    if g.chance(0.3):
        cl(doc, st(next(tt)), H, word_neg(g))
    return doc


def at_email_remessa(g: Gen) -> Doc:
    """A buyer's e-mail to a courier about a parcel taxed under Remessa Conforme and the attendant's reply (quoted), with the web form's IP."""
    doc = Doc()
    cou, dom = g.pick(COURIERS)
    c = g.person()
    att = g.person(female=g.chance(0.6))
    t0 = g.moments(1, g.day(), 1, (7, 23))[0]
    t1 = t0 + datetime.timedelta(hours=g.ri(3, 40))
    cmail = g.email(c)
    trk = tracking(g)
    val = g.ri(15, 49)
    doc.f("De: «a» <«am»>\nPara: «cm»\nData: «d»\nAssunto: RES: Encomenda «t» taxada\n\n", a=P(att.full), am=(corp_mail(att, dom, g), "EMAIL_ADDRESS"),
          cm=(cmail, "EMAIL_ADDRESS"), d=mail_date(t1), t=trk)
    doc.f("Olá, «n»!\n\nSua encomenda foi declarada pela «s» no programa Remessa Conforme com valor de US$ «v». Por isso foram recolhidos "
          "Imposto de Importação de 20% e ICMS de 17% na compra; não há nova cobrança na entrega. A cobrança de R$ «x» que você recebeu "
          "é a taxa de despacho postal da «c», que não é imposto.\n\nSe quiser contestar, responda com o comprovante da compra.\n\n"
          "Atenciosamente,\n«a»\nAtendimento «c» — «r»\n\n", n=P(c.first), s=g.pick(SHOPS), v=val, x=brl(g.ri(15, 35) + 0.0), c=cou,
          a=P(g.pick([att.full, att.short])), r=role_mail(g, dom, "sac"))
    q = "> "
    doc.f(q + "-----Mensagem original-----\n" + q + "De: «n» <«m»>\n" + q + "Enviado: «d»\n" + q + "X-Originating-IP: [«ip»]\n" + q + "\n",
          n=P(g.pick([c.full, lower(c.full)])), m=(cmail, "EMAIL_ADDRESS"), d=mail_date(t0), ip=(g.ip(), "IP_ADDRESS"))
    doc.f(q + "boa noite, comprei um «i» na «s» e chegou cobrança de R$ «x» pra liberar, mas já paguei imposto no site.\n"
          + q + "Meu CPF é «cpf», o rastreio «t».\n", i=g.pick(PARCEL_ITEMS), s=g.pick(SHOPS), x=brl(g.ri(15, 120) + 0.0),
          cpf=(g.cpf(), "BR_CPF"), t=trk)
    if g.chance(0.6):
        doc.f(q + "O endereço de entrega mudou, agora é «a», «b», CEP «cep».\n", a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"))
    doc.f(q + "Meu telefone: «p»\n", p=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f(q + "Se eu não atender, fala com minha «r» «n», «p»\n", r=g.pick(["irmã", "mãe", "esposa"]), n=P(g.person(female=True).full),
              p=(g.phone(), "PHONE_NUMBER"))
    doc.f(q + "«s»\n" + q + "«n»\n", s=g.pick(["Obrigado", "Aguardo", "Att."]), n=P(g.pick([c.first, c.full])))
    return doc


def at_stt_courier(g: Gen) -> Doc:
    """Speech-to-text call to an international courier: a parcel held for the recipient's CPF; the typed record."""
    doc = Doc()
    cou, dom = g.pick(COURIERS)
    ag = g.person(female=g.chance(0.6))
    c = g.person()
    cpf = g.cpf_digits()
    ddd, local = g.msisdn()
    trk = tracking(g)
    doc.f("[transcricao automatica | «c» | ligacao «id» | «mm» min | fila: importacao]\n\n", c=lower(cou), id=g.hexs(10), mm=g.ri(3, 14))
    A, C = "atendente: ", "cliente: "
    doc.f(A + "«c» boa tarde «a» falando\n", c=lower(cou), a=P(lower(ag.first)))
    doc.f(C + "oi aqui e «n» recebi sms dizendo que minha encomenda ta retida por falta de cpf\n", n=P(lower(g.pick([c.full, c.short]))))
    doc.f(A + "isso a receita exige o cpf do destinatario na declaracao me informa por favor\n" + C + "«x»\n", x=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f(A + "data de nascimento\n" + C + "«d»\n", d=(stt_dob(g), "DATE_OF_BIRTH"))
    doc.f(A + "o codigo de rastreio comeca com «t»\n" + C + "isso\n", t=" ".join(trk[:4]).lower())
    doc.f(A + "confirma o endereco de entrega\n" + C + "«a» «b» cep «cep»\n", a=(g.address("stt"), "ADDRESS"), b=lower(g.pick(BAIRROS)),
          cep=(g.pick([g.cep(False), " ".join(g.cep(False)[i:i + 2] for i in (0, 2, 4, 6)), spoken_digits(g.cep(False))]), "BR_CEP"))
    doc.f(A + "e um telefone\n" + C + "«p»\n", p=(g.fmt_phone(ddd, local, "stt"), "PHONE_NUMBER"))
    doc.f(A + "pronto atualizei vai ter o imposto de «v» reais que pode pagar no link que chega no e-mail ou manda o comprovante pra «r» arroba «d»\n",
          v=g.ri(20, 300), r="importacao", d=dom.replace(".", " ponto "))
    doc.f(C + "ta bom obrigad«o»\n\n=== registro ===\n", o=c.o)
    fields = [("Protocolo", V(g.protocol())), ("Rastreio", V(trk)), ("Destinatário", P(g.pick([c.full, c.caps]))),
              ("CPF", (fmt_cpf(cpf), "BR_CPF")), ("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")),
              ("Conteúdo", V(g.pick(PARCEL_ITEMS))), ("Valor declarado", V("US$ " + usd(g, 10, 90)))]
    if g.chance(0.6):
        fields.append(("E-mail", (g.email(c), "EMAIL_ADDRESS")))
    fields.append(("Atendente", g.pick([P(ag.full), P(ag.short), V(login(ag, g))])))
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    return doc


def at_crew_change(g: Gen) -> Doc:
    """A ship agent's e-mail for a crew change and shore leave: the crew list (birth dates, passports), the van and the agent's contacts."""
    doc = Doc()
    ln, dom = g.pick(LINES)
    fan, raz, tdom, city, uf = terminal(g)
    ship = g.pick(SHIPS)
    ag = g.person()
    t0 = g.moments(1, g.day(), 1, (7, 21))[0]
    doc.f("From: «a» <«am»>\nTo: «r»; «pf»\nDate: «d»\nSubject: «s» — crew change / shore leave — ETB «e»\n\n", a=P(ag.full),
          am=(corp_mail(ag, dom, g), "EMAIL_ADDRESS"), r=role_mail(g, tdom, "portaria"), pf=role_mail(g, dom, "crew"),
          d=mail_date(t0), s=ship, e=dbr(g.after(t0.date(), 1, 6)))
    doc.f("Prezados,\n\nSegue lista de tripulantes do «s» («i») para troca de tripulação e licença em terra no porto de «c». "
          "Favor liberar o acesso no portão do «f».\n\n", s=ship, i=imo(g), c=city, f=fan)
    rows = []
    for _ in range(g.ri(4, 7)):
        br = g.chance(0.35)
        org = "pt" if br else g.pick(["ph", "ph", "ua", "cn", "ht", "kr"])
        p = g.person(origin=org)
        nat = {"pt": "BRA", "ph": "PHL", "ua": "UKR", "cn": "CHN", "ht": "HTI", "kr": "KOR"}[org]
        rows.append([V(g.pick(RANKS)), P(g.pick([p.caps, p.inverted, p.full])), V(nat),
                     (g.dob(g.pick(["br", "iso", "dot"]), 1965, 2004), "DATE_OF_BIRTH"),
                     V(g.up(2) + g.d(7)), V(g.pick(["ON", "OFF", "SHORE LEAVE", "SHORE LEAVE"]))])
    table_ruled(doc, ["rank", "name", "nat.", "date of birth", "passport", "status"], rows, g.pick(["plus", "plain", "pipe"]))
    drv = g.person(female=False)
    doc.f("\nTransporte: van da «t», placa «p», motorista «n» («ph»). Hotel: Maré Mansa Inn.\n",
          t=g.pick(["Translitoral Turismo", "Van Leão do Mar", "Cooperativa Aurora Vans"]), p=(g.plate(), "LICENSE_PLATE"),
          n=P(g.pick([drv.full, drv.short])), ph=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.6):
        br = g.person()
        doc.f("O tripulante brasileiro «n» (CPF «c») desembarca definitivamente; a passagem aérea foi emitida em nome dele, localizador «l».\n",
              n=P(br.full), c=(g.cpf(), "BR_CPF"), l=g.up(6))
    if g.chance(0.4):
        doc.t(word_neg(g) + "\n")
    doc.f("\nAtt.,\n«n»\nShip Agent — «l»\nMobile/WhatsApp «p»\n", n=P(g.pick([ag.full, ag.short])), l=ln, p=(g.phone("wa"), "PHONE_NUMBER"))
    return doc


def at_portal_importador(g: Gen) -> Doc:
    """A courier's customer registration screen for imports (a form pasted as text) with the access log and an agent's comment."""
    doc = Doc()
    cou, dom = g.pick(COURIERS)
    c = g.person()
    op = g.person(female=g.chance(0.5))
    doc.f("«c» · Portal do Importador · Cadastro de destinatário (pessoa física)\n\n", c=cou)
    fields = [("Nome completo", P(g.pick([c.full, c.caps]))), ("CPF", (g.cpf(), "BR_CPF")),
              ("Data de nascimento", (g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH")),
              ("RG", (g.rg(), "BR_RG") if g.chance(0.7) else V("—")), ("E-mail", (g.email(c), "EMAIL_ADDRESS")),
              ("Celular", (g.phone(g.pick(["par", "e164", "plain"])), "PHONE_NUMBER")), ("Endereço", (g.address(), "ADDRESS")),
              ("Bairro", V(g.pick(BAIRROS))), ("Cidade/UF", V("/".join(g.city()))), ("CEP", (g.cep(g.chance(0.7)), "BR_CEP")),
              ("Programa", V(g.pick(["Remessa Conforme", "Remessa Conforme", "Courier — regime de tributação simplificada"]))),
              ("Cartão para tributos", V(g.masked_card()))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    doc.t("\nObservações do cliente:\n")
    if g.chance(0.5):
        doc.f("«x»\n", x=g.pick(["não consigo salvar o cartão, segue o número completo ", "o cartão final não passa, usa esse: "]))
        doc.f("«k» validade «v»\n", k=(g.card(spaced=g.chance(0.6)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}")
    else:
        doc.f("«x»\n", x=g.pick(["entregar na portaria, falar com o zelador", "não tem número na fachada, casa azul", "entregar depois das 18h"]))
    doc.t("\nLog de acesso:\n")
    t = g.moments(1, g.day(), 1, (7, 23))[0]
    for ev in ["login", "cadastro_atualizado", "logout"]:
        t = t + datetime.timedelta(seconds=g.ri(30, 900))
        doc.f("«t»  «e»  ip=«ip»  ua=«u»\n", t=ts(t, "iso"), e=ev, ip=(g.ip(), "IP_ADDRESS") if ev == "login" or g.chance(0.3) else V(g.ip_priv()),
              u=g.pick(["Android 14", "iPhone iOS 17", "Windows Chrome 124"]))
    doc.f("\nComentário interno («o»): ", o=g.pick([P(op.short), V(login(op, g))]))
    doc.t(g.pick(["cartão digitado no campo de observações — apagar e orientar o cliente.", "cadastro conferido com a base da Receita.",
                  "CPF divergente na declaração do remetente, corrigido."]) + "\n")
    return doc


def at_zap_grupo_avulsos(g: Gen) -> Doc:
    """WhatsApp group of casual dock workers: the shift call (escalação), a swap, a collection for an injured colleague."""
    doc = Doc()
    fan, raz, dom, city, uf = terminal(g)
    st = chat_stamp(g.chance(0.4))
    t0 = g.moments(1, g.day(), 1, (5, 23))[0]
    tt = iter(seq_times(g, 40, t0, 30, 900))
    ppl = [g.person(female=g.chance(0.1)) for _ in range(5)]
    snd = [P(g.pick([p.first, p.nick, p.short])) if g.chance(0.5) else (g.phone("wa"), "PHONE_NUMBER") for p in ppl]
    doc.f("Conversa do WhatsApp com ESTIVA «c» - TERNO «t»\n\n", c=city.upper(), t=g.ri(1, 30))
    cl(doc, st(next(tt)), snd[0], "escalação saiu: «s» no «f», berço «b», navio «n», período das «h»", s=g.pick(["2 ternos", "1 terno", "3 ternos"]),
       f=fan, b=g.ri(1, 9), n=g.pick(SHIPS), h=g.pick(["7h", "13h", "19h", "1h"]))
    cl(doc, st(next(tt)), snd[1], "alguém troca comigo? tô com «x» amanhã", x=g.pick(["o de 19h", "o da madrugada", "o do granel"]))
    cl(doc, st(next(tt)), snd[2], "troco, manda no ogmo: minha matrícula «m»", m=ogmo_mat(g))
    hurt = g.person(female=False)
    cl(doc, st(next(tt)), snd[0], "pessoal o «n» tá internado no «h», esmagou o pé no peação ontem", n=P(g.pick([hurt.first, hurt.nick, hurt.short])),
       h=g.pick(HOSP))
    cl(doc, st(next(tt)), snd[3], "vamos fazer vaquinha, chave aleatória da esposa dele «k» («e»)", k=(g.uuid(), "PIX_KEY"),
       e=P(g.spouse(hurt).full))
    if g.chance(0.6):
        cl(doc, st(next(tt)), snd[4], "quem quiser visitar, casa dele é «a», «b», cep «c»", a=(g.address(g.pick(["text", "low"])), "ADDRESS"),
           b=g.pick(BAIRROS), c=(g.cep(), "BR_CEP"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), snd[1], "o telefone da esposa é «p»", p=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), snd[2], g.pick(["mandei 50", "feito 👊", "mandei 30, força irmão", "amanhã mando"]))
    if g.chance(0.5):
        cl(doc, st(next(tt)), snd[3], "sindicato disse que vai abrir CAT, falar com «n» na sede, «p»", n=P(g.person().short), p=(g.phone("par", False), "PHONE_NUMBER"))
    if g.chance(0.3):
        cl(doc, st(next(tt)), snd[4], word_neg(g))
    return doc


AT = [at_gate_log, at_zap_agendamento, at_email_remessa, at_stt_courier, at_crew_change, at_portal_importador, at_zap_grupo_avulsos]


# --------------------------------------------------------------------------- juridico


def ju_mandado_perdimento(g: Gen) -> Doc:
    """An importer's writ (mandado de segurança) against the seizure of goods (pena de perdimento) at a port customs house."""
    doc = Doc()
    fan, raz, dom, city, uf = terminal(g)
    imp = g.person()
    insp = g.person()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) FEDERAL DA «v»ª VARA FEDERAL DE «c»/«u»\n\n\n", v=g.ri(1, 9), c=city.upper(), u=uf)
    co = g.pick(["Importadora Flor do Cais Ltda.", "Leão Dourado Comércio Exterior Ltda.", "Casa Aurora Importados ME", "Prudente Têxtil Importação Ltda."])
    doc.f("«co», pessoa jurídica de direito privado, CNPJ «cn», neste ato representada por seu sócio-administrador ", co=co.upper(), cn=(g.any_cnpj(), "BR_CNPJ"))
    qualify(g, doc, imp, email=True, phone=g.chance(0.5), job="empresári" + imp.o)
    doc.f(", vem impetrar MANDADO DE SEGURANÇA com pedido liminar contra ato do INSPETOR-CHEFE DA ALFÂNDEGA DO PORTO DE «c», Sr. «i», "
          "pelos fatos a seguir.\n\n", c=city.upper(), i=P(g.pick([insp.full, insp.caps])))
    doc.f("1. A impetrante registrou a «di» para «g», acondicionadas no contêiner «ct» (BL «bl»), descarregado no «f» em «d».\n"
          "2. A mercadoria foi retida por suposta subfaturação e lavrado auto de infração com proposta de pena de perdimento "
          "(processo administrativo «p»), com base no art. 105 do Decreto-Lei 37/1966 e no art. 689 do Decreto 6.759/2009.\n"
          "3. A sobrestadia do contêiner já soma R$ «s», cobrada pela armadora diariamente.\n\n",
          di="DI nº " + di_no(g), g=g.pick(GOODS), ct=container(g), bl=bl_no(g), f=fan, d=dbr(g.day()), p=paf(g), s=brl(g.ri(8000, 90000) + 0.0))
    doc.f("Nesse sentido, TRF4, AC «a»; TRF3, ApCiv «b».\n\n", a=g.cnj("4.04"), b=g.cnj("4.03"))
    if g.chance(0.5):
        w = g.person()
        doc.f("O despachante aduaneiro «n», CPF «c», acompanhou a conferência física e atesta a descrição correta da mercadoria.\n\n",
              n=P(w.full), c=(g.cpf(), "BR_CPF"))
    doc.f("Dá-se à causa o valor de R$ «v».\n\n«c», «d».\n\n", v=brl(g.ri(50, 900) * 1000.0), c=city, d=dbr(g.day(), "long"))
    lawyer_sig(g, doc, g.pick([1, 2]))
    return doc


def ju_sobrestadia_cobranca(g: Gen) -> Doc:
    """A shipping agent's demurrage collection suit, pasted from a PDF (page headers), with a guarantor and an e-mail exhibit."""
    doc = Doc()
    ln, dom = g.pick(LINES)
    city, uf = g.pick([("Santos", "SP"), ("Itajaí", "SC"), ("Paranaguá", "PR"), ("Rio de Janeiro", "RJ"), ("Recife", "PE")])
    gua = g.person()
    pg = g.ri(2, 6)
    doc.f("Num. «n» - Pág. «p»\nAssinado eletronicamente por: «a» - «d»\n\n", n=g.d(9), p=pg, a=P(g.person().full), d=ts(g.moments(1)[0], "brs"))
    imp = g.pick(["Importadora Vale Celeste Ltda.", "Bento & Rosa Comércio de Pneus Ltda.", "Galpão Oriente Distribuidora Ltda."])
    doc.f("«l», CNPJ «c», vem propor AÇÃO DE COBRANÇA em face de «i», CNPJ «ic», e de seu fiador ", l=ln.upper(), c=(g.any_cnpj(), "BR_CNPJ"),
          i=imp.upper(), ic=(g.any_cnpj(), "BR_CNPJ"))
    qualify(g, doc, gua, email=g.chance(0.5), dob=g.chance(0.3))
    doc.t(", pelos fundamentos seguintes.\n\nI — DOS FATOS\n\nA ré importou os contêineres abaixo, com free time de 14 dias, e os devolveu com atraso:\n\n")
    rows = []
    for _ in range(g.ri(2, 4)):
        dias = g.ri(5, 60)
        rows.append([V(container(g)), V(bl_no(g)), V(str(dias)), V("US$ " + num(dias * g.pick([75.0, 90.0, 120.0]), 2))])
    table_ruled(doc, ["contêiner", "BL", "dias excedentes", "valor"], rows, g.pick(["plain", "pipe"]))
    doc.f("\nNum. «n» - Pág. «p»\n\n", n=g.d(9), p=pg + 1)
    a1 = g.person()
    a2 = g.person()
    doc.f("Notificada por e-mail (doc. 4), a ré respondeu por «n» (<«e»>): \"«q»\". O e-mail foi enviado a «m», analista de demurrage da autora "
          "(«me»).\n\nII — DO DIREITO\n\nA sobrestadia tem natureza indenizatória e prescreve em um ano (STJ, REsp «r»).\n\n",
          n=P(a1.full), e=(g.email(a1, g.pick(["gmail.com", "valeceleste.com.br", "outlook.com"])), "EMAIL_ADDRESS"),
          q=g.pick(["o atraso foi da Receita, não nosso", "vamos pagar só metade", "não reconhecemos os valores"]),
          m=P(g.pick([a2.full, a2.short])), me=(corp_mail(a2, dom, g), "EMAIL_ADDRESS"), r=f"{g.ri(1, 2)}.{g.d(3)}.{g.d(3)}/{uf}")
    doc.f("Processo relacionado: «c».\n\n«ci», «d».\n\n", c=g.cnj(CNJ_SEG.get(uf)), ci=city, d=dbr(g.day(), "long"))
    lawyer_sig(g, doc, 1, dom=dom)
    return doc


def ju_reclamacao_avulso(g: Gen) -> Doc:
    """A casual dock worker's labour claim against the OGMO and a port operator (Lei 12.815/2013)."""
    doc = Doc()
    fan, raz, dom, city, uf = terminal(g)
    w = g.person(female=g.chance(0.1))
    doc.f("EXMO. SR. JUIZ DO TRABALHO DA «v»ª VARA DO TRABALHO DE «c» — «u»\n\n", v=g.ri(1, 7), c=city.upper(), u=uf)
    doc.f("Processo nº «p»\n\n", p=g.cnj(TRT.get(uf)))
    qualify(g, doc, w, caps=g.chance(0.4), pis=True, titulo=g.chance(0.5), phone=g.chance(0.6), email=g.chance(0.4),
            job=g.pick(DOCK_FUNCS) + ", trabalhador" + ("a" if w.female else "") + " portuári" + w.o + " avuls" + w.o)
    doc.f(", registro no OGMO «m», vem ajuizar RECLAMAÇÃO TRABALHISTA em face de ÓRGÃO GESTOR DE MÃO DE OBRA DO TRABALHO PORTUÁRIO "
          "DE «c», CNPJ «o», e de «r», CNPJ «rc», pelos fatos:\n\n", m=ogmo_mat(g), c=city.upper(), o=(g.cnpj(), "BR_CNPJ"), r=raz.upper(),
          rc=(g.any_cnpj(), "BR_CNPJ"))
    sup = g.person(female=False)
    doc.f("O reclamante é escalado em ternos de «h» horas, com dobras sucessivas sem o intervalo de 11 horas (art. 8º da Lei 9.719/1998), "
          "sob ordens do encarregado «s», que confirmava as dobras pelo WhatsApp «ph».\nNão recebia adicional de risco (Lei 4.860/1965) "
          "nem a dobra paga em dobro.\n\n", h=6, s=P(g.pick([sup.full, sup.short, sup.nick])), ph=(g.phone(), "PHONE_NUMBER"))
    doc.t("Testemunhas:\n")
    for _ in range(g.ri(1, 3)):
        t = g.person(female=g.chance(0.15))
        doc.f("- «n», «f», CPF «c»", n=P(t.full), f=g.pick(DOCK_FUNCS), c=(g.cpf(), "BR_CPF"))
        if g.chance(0.4):
            doc.f(", residente na «a», CEP «cep»", a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
        doc.t(";\n")
    doc.f("\nPrecedente: TST, RR «c».\n\n«ci», «d».\n\n", c=g.cnj("5.00"), ci=city, d=dbr(g.day(), "long"))
    lawyer_sig(g, doc, g.pick([1, 2]))
    return doc


def ju_intimacao_receita(g: Gen) -> Doc:
    """A Receita Federal notice (ALL CAPS, as printed by e-CAC) to a small-parcel importer, with the customs broker's reply."""
    doc = Doc()
    p = g.person()
    aud = g.person()
    city, uf = g.city()
    doc.f("MINISTÉRIO DA FAZENDA\nSECRETARIA ESPECIAL DA RECEITA FEDERAL DO BRASIL\nALFÂNDEGA DA RECEITA FEDERAL DO BRASIL NO PORTO DE «c»\n\n"
          "INTIMAÇÃO Nº «n»/«y» — PROCESSO «p»\n\n", c=g.pick(["SANTOS", "PARANAGUÁ", "ITAJAÍ", "RIO GRANDE", "SUAPE"]),
          n=g.ri(100, 9999), y=g.ri(2025, 2026), p=paf(g))
    doc.f(caps_t("Contribuinte: «n»\nCPF: «c»\nEndereço: «a», «b», «ci»/«u», CEP «cep»\n"), n=P(p.capsf), c=(g.cpf("dot"), "BR_CPF"),
          a=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), ci=fold(city).upper(), u=uf, cep=(g.cep(), "BR_CEP"))
    if g.chance(0.5):
        doc.f(caps_t("Data de nascimento: «d»\n"), d=(g.dob("br"), "DATE_OF_BIRTH"))
    k = g.ri(3, 12)
    doc.f(caps_t("\nFica o contribuinte intimado a apresentar, no prazo de 20 dias, comprovantes de pagamento e da origem dos recursos "
                 "relativos a «k» remessas internacionais recebidas em «y», declaradas abaixo de US$ 50,00, sob pena de "
                 "enquadramento no art. 689 do Decreto 6.759/2009 e Instrução Normativa RFB 2.146/2023.\n\n"), k=k, y=g.ri(2024, 2025))
    rows = [[V(tracking(g)), V(dbr(g.day())), V("US$ " + usd(g, 20, 49)), V(g.pick(PARCEL_ITEMS))] for _ in range(g.ri(2, 4))]
    table_ruled(doc, ["RASTREIO", "DATA", "VALOR DECLARADO", "CONTEÚDO"], rows, "plain")
    doc.f(caps_t("\nAuditor-Fiscal: «a» — matrícula «m»\n"), a=P(aud.capsf), m=g.d(7))
    doc.t("\n---\nResposta protocolada via e-CAC (procurador):\n")
    br = g.person()
    bn, bdom = g.pick(BROKERS)
    doc.f("«n», despachante aduaneir«o» (registro «r»), CPF «c», e-mail «e», em nome d«p» contribuinte, informa que as compras foram "
          "feitas com cartão do próprio e anexa faturas. Contato: «ph».\n", n=P(br.full), o=br.o, r=f"{g.ri(1, 9)}A.{g.d(2)}.{g.d(3)}",
          c=(g.cpf(), "BR_CPF"), e=(corp_mail(br, bdom, g), "EMAIL_ADDRESS"), p=p.o, ph=(g.phone(), "PHONE_NUMBER"))
    return doc


def ju_ata_acidente_cais(g: Gen) -> Doc:
    """Hearing minutes in a civil or labour action over an accident on the quay (expert engineer, witnesses, settlement)."""
    doc = Doc()
    fan, raz, dom, city, uf = terminal(g)
    a = g.person(female=g.chance(0.15))
    pre = g.person()
    juiz = g.person()
    lw1, lw2 = g.person(), g.person()
    doc.f("ATA DE AUDIÊNCIA\nProcesso: «p»\nAutor: «a»\nRé: «r» (CNPJ «c»)\n\n", p=g.cnj(TRT.get(uf)), a=P(a.caps), r=raz, c=(g.any_cnpj(), "BR_CNPJ"))
    doc.f("Aos «d», às «h», na sala de audiências da «v»ª Vara do Trabalho de «ci», sob a presidência d«jo» MM. Juiz«ja» «j», "
          "compareceram o autor, acompanhado de seu patrono, «l1», «o1», e a ré, representada pela preposta «pr», RG «rg», "
          "acompanhada de «l2», «o2».\n\n", d=dbr(g.day(), "long"), h=g.hm(), v=g.ri(1, 6), ci=city,
          jo="a" if juiz.female else "o", ja="a" if juiz.female else "", j=P(juiz.full), l1=P(lw1.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          pr=P(pre.full), rg=(g.rg(), "BR_RG"), l2=P(lw2.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    eng = g.person()
    doc.f("O perito, engenheiro de segurança «e», «cr», ratificou o laudo: o autor foi atingido por um twistlock solto durante a peação do "
          "contêiner «ct», a bordo do «s», sem isolamento da área (NR-29).\n\n", e=P(eng.full), cr=(g.council("CREA", uf), "PROFESSIONAL_ID"),
          ct=container(g), s=g.pick(SHIPS))
    w = g.person()
    doc.f("Ouvida a testemunha do autor, «w», CPF «c», «f», que disse que o sinaleiro «s» não estava no posto.\n", w=P(w.full),
          c=(g.cpf(), "BR_CPF"), f=g.pick(DOCK_FUNCS), s=P(g.person(female=False).first))
    if g.chance(0.6):
        doc.f("\nCONCILIAÇÃO: a ré pagará R$ «v» em «n» parcelas, por depósito na agência «ag», conta «ac», de titularidade do autor.\n",
              v=brl(g.ri(20, 200) * 1000.0), n=g.ri(2, 10), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.t("\nRejeitada a conciliação. Razões finais remissivas. Sentença em 30 dias.\n")
    doc.f("\nNada mais. «j», Juiz«ja» do Trabalho.\n", j=P(juiz.caps), ja="a" if juiz.female else "")
    return doc


def ju_procuracao_despachante(g: Gen) -> Doc:
    """A power of attorney to a customs broker for Siscomex / Receita services, e-signed (signers' e-mails and IPs)."""
    doc = Doc()
    bn, bdom = g.pick(BROKERS)
    p = g.person()
    br = g.person()
    doc.t("PROCURAÇÃO\n\nOUTORGANTE: ")
    pm = g.email(p)
    qualify(g, doc, p, email=pm, phone=True, dob=g.chance(0.5))
    doc.f(".\n\nOUTORGAD«o»: «n», despachante aduaneir«o», CPF «c», com escritório na «b», ", o=br.o.upper(), n=P(br.caps), c=(g.cpf(), "BR_CPF"), b=bn)
    doc.f("e-mail «e».\n\nPODERES: representar o(a) outorgante perante a Secretaria da Receita Federal do Brasil, o Siscomex, o Portal Único "
          "e os terminais alfandegados, registrar declarações de importação e DUIMP, retificar, acompanhar conferência física, "
          "requerer retirada de amostras e assinar termos de entrega, pelo prazo de «m» meses.\n\n",
          e=(corp_mail(br, bdom, g), "EMAIL_ADDRESS"), m=g.pick([6, 12, 24]))
    city, uf = g.city()
    doc.f("«c»/«u», «d».\n", c=city, u=uf, d=dbr(g.day(), "long"))
    esign_log(g, doc, [(p, pm), (br, corp_mail(br, bdom))], g.moments(1)[0])
    return doc


def ju_bo_contaminacao(g: Gen) -> Doc:
    """An OCR'd ALL CAPS police report: drugs found in a container at the gate (rip-on/rip-off), the truck driver's statement."""
    doc = Doc()
    fan, raz, dom, city, uf = terminal(g)
    d = g.person(female=False)
    sec = g.person()
    o1, o2 = g.person(), g.person()
    doc.t(ocr_t(caps_t("POLÍCIA FEDERAL — DELEGACIA DE POLÍCIA FEDERAL NO PORTO\nBOLETIM DE OCORRÊNCIA Nº ") + f"{g.d(4)}/{g.ri(2025, 2026)}\n\n", g, 0.2))
    doc.f(ocr_t(caps_t("Local: gate de exportação do «f». Data/hora do fato: «dt».\n"), g, 0.2), f=fold(fan).upper(), dt=ts(g.moments(1)[0], "br"))
    doc.f(ocr_t(caps_t("Relato: no escaneamento do contêiner «c», lacre «l», foram localizados «k» volumes com substância análoga a cocaína "
                       "junto à porta. O conjunto era conduzido por:\n"), g, 0.2), c=container(g), l=g.d(8), k=g.ri(10, 60))
    fields = [("NOME", P(ocr(d.capsf, g, 0.3))), ("CPF", (g.cpf("dot"), "BR_CPF")), ("CNH", (g.cnh(), "BR_CNH")),
              ("NASC.", (g.dob("br", 1960, 2000), "DATE_OF_BIRTH")), ("ENDEREÇO", (ocr(g.address("caps"), g, 0.3), "ADDRESS")),
              ("CEP", (g.cep(), "BR_CEP")), ("TELEFONE", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("CAVALO", (g.plate(), "LICENSE_PLATE")), ("SEMIRREBOQUE", (g.plate(), "LICENSE_PLATE")),
              ("EMPRESA", V(fold(g.pick(CARRIERS)).upper()))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    doc.f(ocr_t(caps_t("\nO motorista declarou que retirou o contêiner vazio no depot às «h» e que o lacre foi colocado pelo conferente. "
                       "O supervisor de segurança do terminal, «s», entregou as imagens das câmeras.\n"), g, 0.2), h=g.hm(),
          s=P(ocr(sec.capsf, g, 0.2)))
    doc.f(caps_t("\nEQUIPE: APF «a» E EPF «b».\n"), a=P(o1.capsf), b=P(o2.capsf))
    if g.chance(0.3):
        doc.t(word_neg(g).upper() + "\n")
    return doc


JU = [ju_mandado_perdimento, ju_sobrestadia_cobranca, ju_reclamacao_avulso, ju_intimacao_receita, ju_ata_acidente_cais,
      ju_procuracao_despachante, ju_bo_contaminacao]


# --------------------------------------------------------------------------- saude


def sa_diario_medico_bordo(g: Gen) -> Doc:
    """The ship's doctor's sick-bay log on a cabotage ship (crew, ranks, birth dates, ICD-10) and a medevac note."""
    doc = Doc()
    ship = g.pick(SHIPS)
    dr = g.person()
    doc.f("«s» — SHIP'S HOSPITAL LOG / DIÁRIO DA ENFERMARIA DE BORDO\nMédico de bordo: «d», «c»\n\n", s=ship.upper(), d=P(g.pick([dr.full, dr.caps])),
          c=(g.council("CRM"), "PROFESSIONAL_ID"))
    rows = []
    crew = []
    for _ in range(g.ri(3, 6)):
        p = g.person(origin=None if g.chance(0.6) else g.pick(["ph", "ua", "ht"]))
        crew.append(p)
        icd = g.pick(PORT_ICD)
        rows.append([V(dbr(g.day())), P(g.pick([p.full, p.inverted, p.short])), V(g.pick(RANKS)),
                     (g.dob(g.pick(["br", "iso"]), 1962, 2004), "DATE_OF_BIRTH"), V(icd[0]), V(icd[1]),
                     V(g.pick(["fit", "unfit 48h", "repouso", "medevac"]))])
    table_ruled(doc, ["data", "tripulante", "função", "nasc.", "CID", "diagnóstico", "conduta"], rows, g.pick(["plus", "pipe", "plain"]))
    x = g.pick(crew)
    doc.f("\nNota: «n» desembarcado por lancha da praticagem para o «h»; entregue ao Dr. «m» («c»). Agente avisado: «a», «p».\n",
          n=P(x.short), h=g.pick(HOSP), m=P(g.person().full), c=(g.council("CRM"), "PROFESSIONAL_ID"), a=P(g.person().full),
          p=(g.phone("wa"), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f("Contato da família («r»): «p»\n", r=g.pick(["esposa", "mãe", "irmão"]), p=(g.pick([g.phone("plus"), "+63 9" + g.d(2) + " " + g.d(3) + " " + g.d(4)]), "PHONE_NUMBER"))
    return doc


def sa_aso_avulso(g: Gen) -> Doc:
    """An ASO for a casual dock worker (NR-29 / NR-7) in a ruled box and the OGMO's e-mail on a worker made unfit."""
    doc = Doc()
    cn, cdom = g.pick(CLINICS)
    fan, raz, dom, city, uf = terminal(g)
    p = g.person(female=g.chance(0.12))
    dr = g.person()
    co = g.person()
    doc.f("ATESTADO DE SAÚDE OCUPACIONAL — «c» (CNPJ «cc»)\n", c=cn, cc=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Empregador", V("OGMO " + city)), ("CNPJ", (g.cnpj(), "BR_CNPJ")), ("Trabalhador", P(g.pick([p.full, p.caps]))),
              ("CPF", (g.cpf(), "BR_CPF")), ("Nascimento", (g.dob(), "DATE_OF_BIRTH")), ("Registro OGMO", V(ogmo_mat(g))),
              ("Função", V(g.pick(DOCK_FUNCS))), ("Exame", V(g.pick(["periódico", "admissional (cadastro)", "retorno ao trabalho", "mudança de função"]))),
              ("Riscos", V(g.pick(["ruído, calor, trabalho em altura", "poeira de grãos, ruído", "cargas suspensas, vibração"]))),
              ("Resultado", V(g.pick(["APTO", "APTO", "INAPTO TEMPORÁRIO", "APTO COM RESTRIÇÃO (sem altura)"]))),
              ("Médico examinador", P(dr.full)), ("CRM", (g.council("CRM", uf), "PROFESSIONAL_ID"))]
    if g.chance(0.5):
        fields.insert(4, ("RG", (g.rg(), "BR_RG")))
    kv_block(g, doc, fields, "box")
    doc.f("Coordenador do PCMSO: «n» — «c»\n\n", n=P(co.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    s1 = g.person()
    doc.f("---\nDe: «a» <«e»>\nPara: «r»\nAssunto: ASO «n»\n\nO «x» saiu inapto temporário pela audiometria. Retirar da escalação até "
          "reavaliação com a fono. Telefone dele: «p». Qualquer dúvida, «t».\n«a»\n", a=P(s1.short), e=(corp_mail(s1, "ogmo" + lower(city).replace(" ", "") + ".org.br", g), "EMAIL_ADDRESS"),
          r=role_mail(g, "ogmo" + lower(city).replace(" ", "") + ".org.br", "escala"), n=P(p.caps), x=P(p.first), p=(g.phone(), "PHONE_NUMBER"),
          t=(g.phone("par", False), "PHONE_NUMBER"))
    return doc


def sa_cat_estiva(g: Gen) -> Doc:
    """A CAT (work accident report) for a dock worker crushed on the quay, with witnesses and the attending physician."""
    doc = Doc()
    fan, raz, dom, city, uf = terminal(g)
    p = g.person(female=False)
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT\nEmitente: «e»   CNPJ: «c»\nTipo: «t»\n\n", e=g.pick(["OGMO " + city, raz]),
          c=(g.any_cnpj(), "BR_CNPJ"), t=g.pick(["inicial", "inicial", "reabertura"]))
    icd = g.pick(PORT_ICD[:10])
    fields = [("Acidentado", P(g.pick([p.full, p.caps]))), ("Nascimento", (g.dob(g.pick(["br", "dot"])), "DATE_OF_BIRTH")),
              ("NIT/PIS", (g.pis(), "BR_PIS")), ("CPF", (g.cpf(), "BR_CPF")), ("Endereço", (g.address(), "ADDRESS")),
              ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER")), ("Ocupação", V(g.pick(DOCK_FUNCS))),
              ("Data/hora", V(ts(g.moments(1)[0], "br"))), ("Local", V(f"berço {g.ri(1, 9)}, {fan}, a bordo do {g.pick(SHIPS)}")),
              ("Descrição", V(g.pick(["prensado entre contêiner e guarda-corpo durante a peação", "queda do porão durante a estivagem",
                                        "atingido por lingada de bobina de aço", "mão presa em twistlock"]))),
              ("CID-10", V(f"{icd[0]} ({icd[1]})")), ("CNS", (g.cns(), "BR_CNS"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    doc.t("\nTestemunhas:\n")
    for _ in range(2):
        w = g.person()
        doc.f("«n» — «a»\n", n=P(w.full), a=(g.address(), "ADDRESS") if g.chance(0.6) else (g.phone(), "PHONE_NUMBER"))
    dr = g.person()
    doc.f("\nAtendimento: «h». Médico: «d», «c».\nEmitido por «e».\n", h=g.pick(HOSP), d=P(dr.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          e=g.pick([(corp_mail(g.person(), dom, g), "EMAIL_ADDRESS"), V(role_mail(g, dom, "sesmt"))]))
    return doc


def sa_ambulatorio_terminal(g: Gen) -> Doc:
    """A port terminal's first-aid log in Markdown: truck drivers and workers, ages or birth dates, ICD-10, nurse's COREN."""
    doc = Doc()
    fan, raz, dom, city, uf = terminal(g)
    nur = g.person(female=g.chance(0.7))
    doc.f("## Ambulatório — «f» — plantão «d»\n\n", f=fan, d=dbr(g.day()))
    doc.t("| hora | paciente | nasc./idade | vínculo | queixa | CID | conduta | contato |\n|---|---|---|---|---|---|---|---|\n")
    for _ in range(g.ri(3, 6)):
        p = g.person()
        icd = g.pick(PORT_ICD)
        doc.f("| «h» | «n» | ", h=g.hm(), n=P(g.pick([p.full, p.short, p.caps])))
        if g.chance(0.6):
            doc.e(g.dob(g.pick(["br", "short"])), "DATE_OF_BIRTH")
        else:
            doc.t(f"{g.ri(19, 66)} anos")
        doc.f(" | «v» | «q» | «c» | «k» | ", v=g.pick(["motorista de carreta", "estivador", "terceirizado limpeza", "conferente"]) , q=icd[1], c=icd[0],
              k=g.pick(["medicado, liberado", "removido ao " + g.pick(HOSP), "observação 2h", "SAMU acionado"]))
        if g.chance(0.6):
            doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
        else:
            doc.t("—")
        doc.t(" |\n")
    if g.chance(0.7):
        doc.f("\nMotorista removido: cavalo «p» ficou no pátio; transportadora avisada.\n", p=(g.plate(), "LICENSE_PLATE"))
    doc.f("\nEnfermeir«o» de plantão: «n» — «c»\n", o=nur.o, n=P(nur.full), c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Regulação: «n», «c»\n", n=P(g.person().full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_email_medevac(g: Gen) -> Doc:
    """E-mail thread between a ship agent, the P&I correspondent and a hospital about a sick seafarer (repatriation)."""
    doc = Doc()
    ln, dom = g.pick(LINES)
    ag = g.person()
    pi = g.person()
    sea = g.person(origin=g.pick(["ph", "ua", "in", "pt"]))
    dr = g.person()
    t0 = g.moments(1, g.day(), 1, (6, 22))[0]
    pdom = g.pick(["pandibrasil.com.br", "correspondentepi.com.br"])
    doc.f("From: «a» <«ae»>\nTo: «p» <«pe»>\nCc: «r»\nDate: «d»\nSubject: «s» — «n» — hospital update\n\n", a=P(pi.full), ae=(corp_mail(pi, pdom, g), "EMAIL_ADDRESS"),
          p=P(ag.full), pe=(corp_mail(ag, dom, g), "EMAIL_ADDRESS"), r=role_mail(g, dom, "husbandry"), d=mail_date(t0 + datetime.timedelta(hours=5)),
          s=g.pick(SHIPS), n=P(sea.caps))
    icd = g.pick(PORT_ICD[10:])
    doc.f("Dear «a»,\n\nSpoke with Dr. «d» («c») at «h». «n» (DOB «b») was admitted with «i» (CID «k»); expected discharge in «x» days, "
          "then fit to fly. Please arrange repatriation and confirm the hotel.\nHis wife asked for news on «w».\n\nBest regards,\n«p»\n\n",
          a=P(ag.first), d=P(dr.full), c=(g.council("CRM"), "PROFESSIONAL_ID"), h=g.pick(HOSP), n=P(sea.first),
          b=(g.dob(g.pick(["br", "iso"]), 1965, 2003), "DATE_OF_BIRTH"), i=icd[1], k=icd[0], x=g.ri(2, 7),
          w=(g.pick(["+63 9" + g.d(2) + " " + g.d(3) + " " + g.d(4), "+380 " + g.d(2) + " " + g.d(3) + " " + g.d(4), g.phone("plus")]), "PHONE_NUMBER"),
          p=P(pi.short))
    doc.f("-----Original Message-----\nFrom: «a» <«ae»>\nSent: «d»\n\nPrezados, tripulante «n», «r», passaporte «pp», desembarcou às «h» com dor abdominal. "
          "Ambulância da «am». Contato no hospital: «c».\n«a»\nAgency mobile «m»\n", a=P(ag.full), ae=(corp_mail(ag, dom), "EMAIL_ADDRESS"),
          d=mail_date(t0), n=P(sea.full), r=g.pick(RANKS), pp=g.up(2) + g.d(7), h=g.hm(), am=g.pick(["Vida Litoral Remoções", "SOS Porto"]),
          c=(g.phone("par", False), "PHONE_NUMBER"), m=(g.phone("wa"), "PHONE_NUMBER"))
    return doc


def sa_csv_periodicos(g: Gen) -> Doc:
    """A PCMSO export of dock workers' periodic exams (semicolon CSV: CPF, birth date, CNS, audiometry) with the clinic's notes."""
    doc = Doc()
    cn, cdom = g.pick(CLINICS)
    doc.f("# export_pcmso_«d».csv — «c»\n", d=dbr(g.day(), "compact"), c=cn)
    rows = []
    for _ in range(g.ri(4, 7)):
        p = g.person(female=g.chance(0.12))
        rows.append([P(g.pick([p.caps, p.full])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.dob("br"), "DATE_OF_BIRTH"),
                     (g.cns(False), "BR_CNS") if g.chance(0.6) else V(""), V(g.pick(DOCK_FUNCS)),
                     V(g.pick(["normal", "normal", "PAIR bilateral", "PAIR OE", "alterada - refazer"])), V(g.pick(["APTO", "APTO", "INAPTO TEMP."]))])
    table_csv(doc, ["nome", "cpf", "nascimento", "cns", "funcao", "audiometria", "resultado"], rows, ";")
    fo = g.person(female=True)
    doc.f("\nObs.: audiometrias por «n» («c»); PAIR encaminhar ao médico do trabalho «m», «cr».\n", n=P(fo.full),
          c=(f"CRFa {g.ri(1, 9)}-{g.ri(1000, 29999)}", "PROFESSIONAL_ID"), m=P(g.person().full), cr=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


def sa_certificado_maritimo(g: Gen) -> Doc:
    """A seafarer's medical certificate (MLC 2006 / STCW) and the seafarer's e-mail asking for a copy."""
    doc = Doc()
    cn, cdom = g.pick(CLINICS)
    p = g.person(female=g.chance(0.15))
    dr = g.person()
    doc.f("«c» — CNPJ «cc»\nCERTIFICADO MÉDICO PARA MARÍTIMOS / MEDICAL CERTIFICATE FOR SERVICE AT SEA\n\n", c=cn.upper(), cc=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Nome / Name", P(p.caps)), ("Data de nascimento / Date of birth", (g.dob(g.pick(["br", "iso", "long"])), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF")), ("CIR nº", V(f"{g.d(3)}M{g.d(7)}")), ("Função / Capacity", V(g.pick(RANKS))),
              ("Acuidade visual", V("20/20 OD, 20/25 OE")), ("Visão de cores", V("normal")), ("Audição", V("satisfatória")),
              ("Apto para serviço de quarto / Fit for lookout", V(g.pick(["SIM / YES", "NÃO / NO"]))),
              ("Validade / Expiry", V(dbr(g.after(g.day(), 300, 730))))]
    kv_block(g, doc, fields, g.pick(["dots", "box", "plain"]))
    doc.f("Médico / Physician: «d» — «c»\n\n", d=P(dr.full), c=(g.council("CRM"), "PROFESSIONAL_ID"))
    pm = g.email(p)
    doc.f("---\nDe: «m»\nPara: «r»\n\nBom dia, preciso da segunda via do certificado para embarcar no «s» dia «d». Meu telefone «t».\n«n»\n",
          m=(pm, "EMAIL_ADDRESS"), r=role_mail(g, cdom, "laudos"), s=g.pick(SHIPS), d=dbr(g.day()), t=(g.phone(), "PHONE_NUMBER"),
          n=P(g.pick([p.first, p.short])))
    return doc


SA = [sa_diario_medico_bordo, sa_aso_avulso, sa_cat_estiva, sa_ambulatorio_terminal, sa_email_medevac, sa_csv_periodicos, sa_certificado_maritimo]


# --------------------------------------------------------------------------- financeiro


def fi_fatura_agente(g: Gen) -> Doc:
    """A freight forwarder's invoice pasted from a PDF (charges in USD and BRL, payment data, the client's contact)."""
    doc = Doc()
    fw, fdom = g.pick(FORWARDERS)
    c = g.person()
    an = g.person()
    doc.f("«f»\nCNPJ «c»\n\nINVOICE / NOTA DE DÉBITO Nº «n»        Emissão: «d»\n\n", f=fw.upper(), c=(g.any_cnpj(), "BR_CNPJ"),
          n=f"{g.ri(2025, 2026)}-{g.d(5)}", d=dbr(g.day()))
    cli = g.pick(["Importadora Flor do Cais Ltda.", "Serra Azul Autopeças Ltda.", "Oriente Vale Comércio Ltda.", "Casa Glória Utilidades ME"])
    doc.f("Cliente: «cl»  CNPJ «cc»\nA/C: «a» — «e» — «p»\n\nBL «bl»   Navio «s»   Contêineres: «ct»\n\n", cl=cli, cc=(g.any_cnpj(), "BR_CNPJ"),
          a=P(g.pick([c.full, c.short])), e=(g.email(c, g.pick(["flordocais.com.br", "serraazulpecas.com.br", "gmail.com"])), "EMAIL_ADDRESS"),
          p=(g.phone(), "PHONE_NUMBER"), bl=bl_no(g), s=g.pick(SHIPS), ct=", ".join(container(g) for _ in range(g.ri(1, 3))))
    rate = 5 + g.ri(0, 99) / 100
    rows = []
    for ch in g.sample(["Frete marítimo", "BAF", "THC destino", "Desconsolidação", "Taxa de liberação de BL", "ISPS", "Armazenagem", "Seguro"], 5):
        v = g.ri(50, 3000) + 0.0
        rows.append([V(ch), V("USD " + num(v, 2)), V(num(rate, 4)), V("R$ " + brl(v * rate))])
    table_ruled(doc, ["descrição", "valor", "câmbio", "total"], rows, g.pick(["plain", "pipe"]))
    doc.f("\nPagamento: «b», agência «ag», conta corrente «ac», ou Pix (chave aleatória) «k».\n", b=g.pick(BANKS)[1],
          ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), k=(g.uuid(), "PIX_KEY"))
    doc.f("Dúvidas: «a» — «e» | «r»\n", a=P(g.pick([an.full, an.short])), e=(corp_mail(an, fdom, g), "EMAIL_ADDRESS"), r=role_mail(g, fdom, "faturamento"))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def fi_csv_tributos_remessas(g: Gen) -> Doc:
    """A courier's export of parcels and their import tax (Remessa Conforme) as comma CSV, with the analyst's notes."""
    doc = Doc()
    cou, dom = g.pick(COURIERS)
    rows = []
    ppl = []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        ppl.append(p)
        val = g.ri(8, 180)
        rows.append([V(tracking(g)), P(g.pick([p.full, p.caps, lower(p.full)])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.email(p), "EMAIL_ADDRESS") if g.chance(0.7) else V(""), (g.phone("e164"), "PHONE_NUMBER"),
                     (g.cep(g.chance(0.5)), "BR_CEP"), V(f"{val}.{g.d(2)}"), V(f"{round(val * (0.2 if val <= 50 else 0.6) * 5.4, 2):.2f}"),
                     V(g.pick(["PAGO", "PAGO", "PENDENTE", "DEVOLVIDO"]))])
    table_csv(doc, ["tracking", "destinatario", "cpf", "email", "telefone", "cep", "valor_usd", "ii_brl", "status"], rows, ",")
    an = g.person()
    x = g.pick(ppl)
    doc.f("\nNotas («a»):\n- «n» pagou em duplicidade; estornar no cartão «c».\n", a=P(an.short), n=P(x.short), c=g.masked_card())
    if g.chance(0.5):
        y = g.pick(ppl)
        doc.f("- «n» mandou o número inteiro do cartão por e-mail («k»); apagado do ticket.\n", n=P(y.first), k=(g.card(), "CREDIT_CARD"))
    if g.chance(0.5):
        doc.f("- CPF «c» informado no site não confere (digitado errado), pedir correção.\n", c=g.neg_cpf())
    return doc


def fi_demurrage_extrato(g: Gen) -> Doc:
    """A shipping line's demurrage statement (fixed width) and the importer's finance e-mail disputing it."""
    doc = Doc()
    ln, dom = g.pick(LINES)
    doc.f("«l»\nEXTRATO DE SOBRESTADIA (DEMURRAGE)        Cliente CNPJ «c»\n", l=ln.upper(), c=(g.any_cnpj(), "BR_CNPJ"))
    doc.t("CONTEINER    TIPO  DESCARGA    DEVOLUCAO   FREE  DIAS   VALOR USD\n")
    tot = 0.0
    for _ in range(g.ri(2, 5)):
        d0 = g.day()
        dias = g.ri(16, 70)
        v = (dias - 14) * g.pick([75.0, 95.0, 140.0])
        tot += v
        doc.f("«c» «t» «a»  «b»  14    «d»    «v»\n", c=container(g), t=g.pick(["40HC", "20DV", "40RF"]).ljust(5), a=dbr(d0),
              b=dbr(g.after(d0, dias, dias)), d=str(dias).rjust(3), v=num(v, 2).rjust(10))
    doc.f("TOTAL USD «t»\n\n", t=num(tot, 2))
    f1 = g.person()
    f2 = g.person()
    doc.f("De: «a» <«e»>\nPara: «r»\nCc: «b» <«be»>\n\nBoa tarde, contestamos o extrato: a demora foi da vistoria da Receita (canal vermelho), "
          "não nossa. Pedimos a isenção dos dias de canal. Se mantiverem, pagamos o incontroverso por TED na conta indicada, agência «ag», "
          "conta «ac».\nQualquer coisa meu celular é «p».\n«a»\nFinanceiro\n", a=P(f1.full), e=(g.email(f1, g.pick(["orientevale.com.br", "gmail.com"])), "EMAIL_ADDRESS"),
          r=role_mail(g, dom, "demurrage"), b=P(f2.full), be=(g.email(f2, "orientevale.com.br"), "EMAIL_ADDRESS"),
          ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), p=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_folha_ogmo(g: Gen) -> Doc:
    """The OGMO's payroll of casual dock workers (psql, +---+ or plain) with the payroll notes (alimony, a returned transfer)."""
    doc = Doc()
    fan, raz, dom, city, uf = terminal(g)
    doc.f("OGMO «c» — folha de remuneração do trabalho avulso — quinzena «q»\n\n", c=city.upper(), q=f"{g.ri(1, 2)}ª/{g.ri(1, 12):02d}/{g.ri(2025, 2026)}")
    rows = []
    ppl = []
    for _ in range(g.ri(4, 7)):
        p = g.person(female=g.chance(0.1))
        ppl.append(p)
        rows.append([P(cut(fold(p.full).upper(), 26)), (g.cpf(), "BR_CPF"), (g.pis(), "BR_PIS"), V(ogmo_mat(g)), V(str(g.ri(4, 14))),
                     V(brl(g.ri(1800, 9800) + 0.0)), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")])
    table_ruled(doc, ["nome", "cpf", "nit", "registro", "ternos", "líquido", "ag", "conta"], rows, g.pick(["psql", "plus", "plain"]))
    x = g.pick(ppl)
    ex = g.spouse(x)
    doc.t("\nObservações:\n")
    if g.chance(0.5):
        doc.f("- Pensão de «n»: 25% para «e», agência «ag» conta «ac» (ofício «p»).\n", n=P(x.short), e=P(ex.full), ag=(g.agency(), "BANK_ACCOUNT"),
              ac=(g.account(), "BANK_ACCOUNT"), p=g.cnj())
    else:
        doc.f("- Pensão de «n»: 25% por Pix na chave aleatória de «e», «k».\n", n=P(x.short), e=P(ex.full), k=(g.uuid(), "PIX_KEY"))
    if g.chance(0.6):
        y = g.pick(ppl)
        doc.f("- TED de «n» devolvida (conta encerrada); aguardando nova conta.\n", n=P(y.first))
    acc = g.person()
    doc.f("Conferido: «n», «c»\n", n=P(acc.full), c=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    return doc


def fi_honorarios_despachante(g: Gen) -> Doc:
    """A customs broker's fee statement and the client's WhatsApp about paying it (DI numbers, taxes, a card typed in the chat)."""
    doc = Doc()
    bn, bdom = g.pick(BROKERS)
    br = g.person()
    c = g.person()
    doc.f("«b»\nDEMONSTRATIVO DE DESPESAS E HONORÁRIOS\nCliente: «c» — CPF «cpf»\n\n", b=bn.upper(), c=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"))
    rows = []
    for _ in range(g.ri(2, 3)):
        rows.append([V(di_no(g)), V("R$ " + brl(g.ri(300, 9000) + 0.0)), V("R$ " + brl(g.ri(200, 3000) + 0.0)), V("R$ " + brl(g.ri(400, 1500) + 0.0))])
    table_ruled(doc, ["declaração", "tributos (II/IPI/PIS/COFINS/ICMS)", "armazenagem", "honorários"], rows, g.pick(["plus", "plain"]))
    doc.f("\nDepósito em nome de «n» (CPF «cpf»): agência «ag», conta «ac», ou Pix «k».\n\n", n=P(br.full), cpf=(g.cpf(), "BR_CPF"),
          ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), k=pix_key(g, br)[1])
    st = chat_stamp(g.chance(0.4))
    tt = iter(seq_times(g, 20, g.moments(1)[0], 60, 1800))
    cp = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.6) else P(c.first)
    bp = P(g.pick([br.first, br.short]))
    doc.t("--- WhatsApp ---\n")
    cl(doc, st(next(tt)), cp, "«n», recebi o demonstrativo. posso pagar no cartão?", n=P(br.first))
    cl(doc, st(next(tt)), bp, "tributo só sai por débito na conta cadastrada no Siscomex. honorário pode ser no cartão pelo link")
    if g.chance(0.5):
        cl(doc, st(next(tt)), cp, "passa nesse: «k» cvv «v»", k=(g.card(spaced=g.chance(0.5)), "CREDIT_CARD"), v=g.d(3))
        cl(doc, st(next(tt)), bp, "apaga isso daqui! mando o link pro seu e-mail")
    cl(doc, st(next(tt)), cp, "meu e-mail é «e»", e=(g.email(c), "EMAIL_ADDRESS"))
    cl(doc, st(next(tt)), bp, g.pick(["enviado", "mandei, vence amanhã", "ok, a DI foi parametrizada no verde 🙌"]))
    return doc


def fi_frete_carreteiros(g: Gen) -> Doc:
    """Freight payments to self-employed truck drivers (Markdown: CPF, plate, Pix key of any kind) and the dispatcher's note."""
    doc = Doc()
    car = g.pick(CARRIERS)
    doc.f("### «c» — pagamento de fretes portuários — «d»\n\n", c=car, d=dbr(g.day()))
    doc.t("| motorista | CPF | placa | contêiner | trecho | Pix | valor |\n|---|---|---|---|---|---|---|\n")
    ppl = []
    for _ in range(g.ri(4, 7)):
        p = g.person(female=g.chance(0.07))
        ppl.append(p)
        cpf = g.cpf()
        doc.f("| «n» | «c» | «p» | «ct» | «t» | «k» | R$ «v» |\n", n=P(g.pick([p.full, p.short, p.caps])), c=(cpf, "BR_CPF"),
              p=(g.plate(), "LICENSE_PLATE"), ct=container(g), t=g.pick(["porto → CLIA", "depot → terminal", "terminal → fábrica", "redex → gate 2"]),
              k=pix_key(g, p, cpf)[1], v=brl(g.ri(350, 2600) + 0.0))
    dp = g.person()
    x = g.pick(ppl)
    doc.f("\n> «d»: o «n» pediu pra pagar na conta da esposa, «e», ag «ag» cc «ac» — só com autorização assinada.\n",
          d=P(g.pick([dp.first, dp.short])), n=P(x.first), e=P(g.spouse(x).full), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.5):
        doc.f("> CIOT «c» cancelado, reemitir. Dúvidas: «t».\n", c=f"{g.d(6)}/{g.d(4)}", t=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_chat_importadora(g: Gen) -> Doc:
    """Telegram or WhatsApp of a small importer's office: DARF, the broker, a storage invoice, a supplier's deposit, the accountant."""
    doc = Doc()
    ppl = {"dona": g.person(female=True), "fin": g.person(), "ctb": g.person()}
    st = chat_stamp(g.chance(0.4))
    tt = iter(seq_times(g, 20, g.moments(1)[0], 60, 2400))
    names = {k: (P(g.pick([p.first, p.short])) if g.chance(0.6) else (g.phone("wa"), "PHONE_NUMBER")) for k, p in ppl.items()}
    doc.t("Conversa do WhatsApp com Financeiro Importação\n\n")

    def say(who, template, **vals):
        cl(doc, st(next(tt)), names[who], template, **vals)

    say("dona", "a «di» foi pro canal amarelo, o despachante pediu a fatura comercial de novo", di="DUIMP " + di_no(g))
    say("fin", "mandei. a armazenagem do «t» venceu, R$ «v»", t=g.pick(TERMINALS)[0], v=brl(g.ri(900, 12000) + 0.0))
    say("dona", "paga pelo CNPJ da empresa «c» não pelo meu", c=(g.any_cnpj(), "BR_CNPJ"))
    if g.chance(0.6):
        say("fin", "o fornecedor novo quer adiantamento, conta dele agência «ag» conta «ac», titular «n»", ag=(g.agency(), "BANK_ACCOUNT"),
            ac=(g.account(), "BANK_ACCOUNT"), n=P(g.person().full))
    say("ctb", "preciso do DARF do «x» pago até dia «d», manda pro «e»", x=g.pick(["II", "IPI", "PIS-importação", "AFRMM"]), d=g.ri(5, 28),
        e=g.pick([(corp_mail(ppl["ctb"], "contabilbonfim.com.br", g), "EMAIL_ADDRESS"), V(role_mail(g, "contabilbonfim.com.br", "contabilidade"))]))
    if g.chance(0.5):
        say("ctb", "«n» — «c»", n=P(ppl["ctb"].full), c=(g.council("CRC"), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        say("dona", word_neg(g))
    say("fin", g.pick(["ok", "👍", "feito", "amanhã cedo"]))
    return doc


FI = [fi_fatura_agente, fi_csv_tributos_remessas, fi_demurrage_extrato, fi_folha_ogmo, fi_honorarios_despachante, fi_frete_carreteiros, fi_chat_importadora]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN11 = re.compile(r"(?<![\d.\-/])(\d[\d.\-]{9,14}\d)(?![\d]|[.\-/]\d)")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")
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
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRC|CREA|CRBM|CRF)(?![A-Z])", v), (rid, v)
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
    print("hundredthirteenth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
