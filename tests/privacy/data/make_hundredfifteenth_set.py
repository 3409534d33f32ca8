"""Build the hundred-and-fifteenth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredfifteenth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 11515, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets: VETERINARY CLINICS, PET SHOPS AND ANIMAL WELFARE --
veterinary hospitals and clinics (system screens with the tutor's data, consultation records,
vaccination cards, anaesthesia consent terms, euthanasia authorisations, lab requests and results
signed with CRMV, hospitalisation bulletins by WhatsApp), pet shops and grooming (banho e tosa) with
their WhatsApp bookings and taxi dog, pet-taxi and dog-walker apps, pet insurance and health plans
(claims, reimbursement, monthly billing), municipal zoonosis control centres (CCZ: the rabies
vaccination campaign, the free castration programme, animal-bite notifications to SINAN), animal
NGOs (adoption questionnaires and adoption terms, sponsorship and donations by Pix, their monthly
accounts), microchips, the international health certificate (CVI) for pets travelling abroad,
and disputes (Procon, a malpractice suit, neighbours' small-claims hearings over bites and barking,
a police report for cruelty under art. 32 of Lei 9.605/1998 with §1º-A by Lei 14.064/2020, a
groomer's labour claim). All businesses are invented (Clínica Veterinária São Bento, Hospital
Veterinário Aurora 24h, Hospital Veterinário Amado Bicho, Clínica Vet Prudente, Consultório Vet Luz
do Campo, Pet Shop Leão Dourado, Banho & Tosa Flor de Pelo, PetCenter Estrela Guia, Hospital
Veterinário Rosa dos Ventos, Mundo Pet Bonfim; the NGOs ONG Patinhas da Luz, Abrigo Bento Amigo,
Associação Vitória dos Bichos, Projeto Esperança Felina, SOS Focinhos Serenos; the plans PetBem
Seguros, PlanVet Mais, Amado Pet Saúde, Mia&Au Plano Pet; the apps PetGo, Passeio Feliz, Cuida Pet,
TáxiDog Já; the labs and the card acquirers), and so is every person and every animal.
Layouts: WhatsApp exports (Android and iOS stamps, senders by number or name, the tutor writing in
lower case without accents), a clinic system's screen (ruled box, dotted leaders or plain) with
+---+ / psql / pipe / plain tables, app notification logs with a support chat, semicolon and comma
CSV (first_name/last_name split sometimes), JSON lines, a speech-to-text call (lower case, CPF in
groups or words, spoken birth date and phone) with the typed record, e-mails with quoted replies
and X-Originating-IP, a fixed-width card statement (names cut at the field width), forms, a SINAN
form, legal prose (claims, hearing minutes, terms, Procon records), an ALL CAPS police report that
is sometimes OCR'd, e-signature logs.
- atendimento: (0) WhatsApp booking of banho e tosa: bot, then the attendant; the tutor's CPF
  (sometimes first mistyped), taxi-dog pickup address and CEP, the driver's name, plate and phone,
  the groomer, a random Pix key, sometimes a card typed and the e-mail, or the spouse who paid;
  (1) a clinic system's tutor screen (CPF, sometimes RG, birth date, phone, e-mail, address, CEP,
  the LGPD consent IP), the animals (animal birth dates and microchips, not labelled) and the
  visits (vets with CRMV), a second authorised person; (2) an NGO's adoption questionnaire (CPF,
  birth date, RG, address, CEP, phone, e-mail, the household, a reference with phone, the
  volunteer); (3) a pet-taxi / dog-walker app's notifications (driver, plate, pickup address,
  walker), the support chat (agent, the driver's phone) and the account data; (4) an e-mail thread
  on a grooming injury taken to Procon (manager's corporate e-mail and landline, the groomer, the
  vet who stitched with CRMV, the tutor's e-mail, CPF, phone, agency and account, a sister's phone,
  the public IP); (5) a CCZ castration programme's registrations as CSV (CPF, NIS, CNS, birth date,
  phone, address, CEP; the animal and microchip; the coordinator and the vet's CRMV); (6) a
  speech-to-text call to a pet health plan and the typed record (requesting vet with CRMV).
- juridico: (0) a civil claim for veterinary malpractice (tutor qualified, clinic CNPJ, the vet's
  CRMV, the necropsy vet's CRMV, a CNJ precedent, a witness with CPF, address and CEP, lawyers with
  OAB and e-mail); (1) a police report for cruelty in capitals, sometimes OCR'd (complainant
  qualified, the suspect's CPF, address, CEP and sometimes plate, the WhatsApp number of the video,
  the CCZ vet's CRMV, the delegado and the escrivão); (2) an NGO's adoption term (CNPJ, the
  president's CPF, the adopter qualified, a random Pix key for the fee, a witness, e-signature
  log); (3) small-claims minutes between neighbours (bite of a child with the child's birth date,
  or barking; parties' CPF, phone, address, lawyer, conciliator, settlement agency and account,
  a witness, the judge); (4) an ALL CAPS Procon infraction record against a pet shop or hospital
  (CNPJ, the owner and complainant with CPF, phone, inspector) and the defence (lawyer with OAB and
  e-mail, the responsible vet's CRMV); (5) a euthanasia authorisation (tutor qualified, the vet's
  CRMV, a witness with CPF); (6) a groomer's or vet assistant's labour claim (PIS, título, birth
  date, the manager's WhatsApp, witnesses, lawyer).
- saude: (0) a consultation record (tutor with CPF, phone, sometimes e-mail, address and CEP; the
  vets with CRMV); (1) a vaccination card (clinic CNPJ, tutor and phone, sometimes address and
  e-mail, the vets and CRMV per dose, the CCZ campaign stamp with the vaccinator, the clinic's
  landline); (2) an anaesthesia consent term (tutor,
  CPF, RG, phones, emergency contact, e-mail, surgeon and anaesthetist with CRMV); (3) a SINAN
  animal-bite notification (victim's birth date, CNS, mother, address, CEP, phone; the dog's or
  cat's tutor and phone; the notifying nurse's COREN and the physician's CRM); (4) an e-mail thread
  clinic <-> lab (corporate e-mails, the pathologist's phone and CRMV, the tutor's name, phone and
  sometimes e-mail); (5) hospitalisation WhatsApp (vets on duty, a random Pix key for the deposit,
  the tutor's CPF, the spouse's phone, the e-mail); (6) a CVI for a pet travelling abroad (owner's
  CPF, sometimes birth date, address, CEP, phone, e-mail; the vet's CRMV; the federal auditor).
- financeiro: (0) a pet insurance claim (insured's CPF, birth date, e-mail, phone, the provider's
  CNPJ, the vet's CRMV, agency and account or a Pix key of any kind, the analyst); (1) a health
  plan's monthly billing CSV (CPF, birth date, e-mail, phone, masked cards) and the analyst's note
  (a full card sent by e-mail and its holder, or a mistyped CPF); (2) a pet-taxi / dog-walker app's
  payouts as JSON lines (CPF, birth date, CNH and plate of drivers, Pix keys of any kind or agency
  and account, public IP; a private webhook target); (3) an NGO's monthly accounts (the NGO's random
  Pix key, donors with masked CPFs, sponsors with e-mails, a clinic's CNPJ, the rescue vet's CRMV,
  the NGO's agency and account, treasurer, president, accountant's CRC); (4) a pet shop's card
  statement in fixed width (attendants cut at the field width) with a chargeback quoting the full
  card and its holder, the settlement account; (5) a collection notice for a hospitalisation bill
  (tutor qualified, a random Pix key, e-signature log); (6) an RPA for a freelance vet (CPF, NIT/PIS,
  CRMV, address, CEP, agency, account, the accountant's CRC).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Dra.", "M.V.", "dona"; particles and suffixes are inside; "SURNAME, GIVEN" is one span; first
names, nicknames, lower case and ALL CAPS forms are persons; first_name/last_name columns are one
span each. Staff named in the text (attendants, receptionists, groomers, drivers, dog walkers,
support agents, vets, pathologists, nurses, physicians, vaccinators, NGO volunteers, treasurers and
presidents, inspectors, federal auditors, police officers, lawyers, conciliators, judges,
accountants) are persons; logins, system users and bots (Pipoca, Bidu Bot, Mia, Totó, Aurora) are
not. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (sac@, juridico@, resultados@,
sinistros@, reembolso@, castracao@, zoonoses@, vigiagro@, transito.animal@...) are not. ADDRESS is
street + number + complement; the CEP is BR_CEP; bairro, city and UF are not labelled. Agency and
account are separate BANK_ACCOUNT spans (a person's, a clinic's, an NGO's); bank names and codes are
not. PIX_KEY only for random keys; a key that is a CPF, phone or e-mail takes that label.
DATE_OF_BIRTH only for people's births (a child's included); visit, vaccination, surgery, hearing,
due and signature dates are not. Masked cards and masked CPFs are not labelled.
Decisions of this set:
- ANIMALS ARE NEVER PERSONS. Pet names are not labelled, including those that are also human names
  ("Frederico", "Thor", "Mel", "Sebastião", "Tereza", "Joaquim", "Bartolomeu", "Clemente"), those
  with a title ("Dona Florinda", "Seu Madruga"), lower case in chats ("o thor ta mancando"), ALL
  CAPS in a report ("CAO DE NOME BIDU"), and the clinic system's habit of printing the animal with
  the tutor's surname ("TIGRÃO COSTA", "Mel Cavalcante"): the whole string names an animal and is
  not labelled. The same word is a PERSON when it names a person (a tutor called Bento, a vet called
  Luz), and nothing when it is a word, a business or a place.
- An animal's birth date, age and weight are not labelled (DATE_OF_BIRTH is for people only).
- Microchip numbers (ISO 11784, 15 digits; the script checks none reads as a valid CNS), CVI and
  GTA numbers, vaccine and serum lots (partidas), policy, claim and contract numbers, SINAN
  notification numbers, CNES codes, NF-e numbers, passports, SIAPE and police matrículas, booking
  ids and NSU are not labelled.
- PROFESSIONAL_ID covers CRMV (vets and zootecnistas, "CRMV-SP 12345", "CRMV/MG 04567",
  "CRMV 9876/RS", "CRMV-PR nº 12.345", "/Z" for zootecnistas), CRM, COREN, CRC and OAB with the
  council and UF. Groomers, dog walkers, drivers and vaccinators have no council: no registration is
  written for them.
- A chat sender by name is a PERSON, by number PHONE_NUMBER; "Você" and a clinic as a chat party are
  not labelled. Names cut at a fixed-width field, or damaged by OCR, are labelled as they stand.
- A full card number typed in a chat or quoted in a chargeback or an e-mail is CREDIT_CARD.

Names: Brazilian names of many origins (Portuguese common, north-eastern and old-fashioned,
coined, Italian, German, Polish, Japanese, Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese,
Cape Verdean, indigenous, Jewish, Bolivian, Paraguayan, Venezuelan), rare or invented name words
well above a quarter (main() prints the share). Names that are also words (Rosa, Luz, Flor,
Vitória, Aurora, Bento, Prudente, Amado, Leão, Branco, Sereno...) are names here and, elsewhere,
words, pets, bots, businesses and places, not persons ("o laço rosa", "a luz do centro cirúrgico",
"foi uma vitória", "Abrigo Bento Amigo", "Clínica Vet Prudente", "Hospital Veterinário Amado
Bicho", "Bento Gonçalves", "Rua Prudente de Morais", the cat Rosa, the dog Vitória).

Hard negatives: CNJ numbers, mistyped CPFs (checked to fail), protocol numbers, microchips, ICD-10
codes (W54, W55, S61.9, S81.8, S01.9, T14.1), money, laboratory values, doses, weights and
temperatures, laws and rules (Lei 9.605/1998, Lei 14.064/2020, Lei 8.078/1990, Lei 9.099/1995,
Resolução CFMV 1.000/2012 and 1.321/2020, Decreto-Lei 3.688/1941), companies and streets named
after people or words, animals' names and birth dates, non-birth dates, private IPs; the script
checks CPF-, PIS-, CNH-, título-, CNS- and card-shaped runs outside the spans.
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
RARE_F = ["Cleidiane", "Josilene", "Edicléia", "Rosicléa", "Valdineide", "Lucivânia", "Rozilene", "Edinalva", "Joselita", "Francinete", "Gercina", "Adalgisa", "Valdirene", "Jucimara",
          "Elisângela Kátia", "Dulcinéia", "Raimunda Nonata", "Zenaide", "Cremilda", "Orminda", "Iolanda", "Benedita Célia",
          "Derlange", "Gleiciane", "Rayssa Kamilly", "Kauany", "Ysabelly", "Thayane", "Emilly Vitória", "Jhennyfer",
          "Maysa Kauane", "Antonieta", "Socorrinha", "Eurides", "Almerinda", "Laudicéia", "Nivalda", "Lindalva",
          "Maristela", "Zilmar", "Arlinda", "Querência", "Valquíria", "Dione", "Hosana"]
RARE_M = ["Genival", "Erisvaldo", "Claudionor", "Ozéas", "Ubirajara", "Adenilson", "Josué Elias", "Valdemir", "Reginaldo", "Gilmar", "Antenor", "Epitácio", "Laurindo", "Sebastião",
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
        if kind == "CRMV":
            m = self.ri(800, 59999)
            dm = f"{m:,}".replace(",", ".")
            return self.pick([f"CRMV-{uf} {m}", f"CRMV-{uf} nº {dm}", f"CRMV/{uf} {m:05d}", f"CRMV {m}/{uf}", f"CRMV-{uf} {m}",
                              f"CRMV-{uf} {m}/Z" if self.chance(0.2) else f"CRMV-{uf} {m}"])
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


# --------------------------------------------------------------------------- register: veterinary clinics, pet shops, animal welfare

SEED = 11515
OUT_NAME = "hundredfifteenth.jsonl"

CLINICS = [("Clínica Veterinária São Bento", "Clínica Veterinária São Bento Ltda.", "vetsaobento.com.br", "clínica"),
           ("Hospital Veterinário Aurora 24h", "Aurora Hospital Veterinário S.A.", "hvaurora.vet.br", "hospital"),
           ("Hospital Veterinário Amado Bicho", "Amado Bicho Serviços Veterinários Ltda.", "amadobicho.vet.br", "hospital"),
           ("Clínica Vet Prudente", "Prudente Medicina Veterinária Ltda. ME", "vetprudente.com.br", "clínica"),
           ("Consultório Vet Luz do Campo", "Luz do Campo Veterinária Ltda.", "luzdocampovet.com.br", "clínica"),
           ("Pet Shop Leão Dourado", "Leão Dourado Comércio de Produtos para Animais Ltda.", "leaodouradopet.com.br", "petshop"),
           ("Banho & Tosa Flor de Pelo", "Flor de Pelo Estética Animal Ltda. ME", "flordepelo.com.br", "petshop"),
           ("PetCenter Estrela Guia", "Estrela Guia Pet Center Ltda.", "estrelaguiapet.com.br", "petshop"),
           ("Hospital Veterinário Rosa dos Ventos", "HV Rosa dos Ventos Ltda.", "hvrosadosventos.vet.br", "hospital"),
           ("Mundo Pet Bonfim", "Bonfim Pet Comércio e Serviços Ltda.", "mundopetbonfim.com.br", "petshop")]
NGOS = [("ONG Patinhas da Luz", "Associação Patinhas da Luz de Proteção Animal", "patinhasdaluz.org.br"),
        ("Abrigo Bento Amigo", "Instituto Bento Amigo dos Animais", "bentoamigo.org.br"),
        ("Associação Vitória dos Bichos", "Associação Protetora Vitória dos Bichos", "vitoriadosbichos.org.br"),
        ("Projeto Esperança Felina", "Associação Esperança Felina de Resgate", "esperancafelina.org.br"),
        ("SOS Focinhos Serenos", "SOS Focinhos Serenos — Associação de Proteção Animal", "focinhosserenos.org.br")]
INSURERS = [("PetBem Seguros", "PetBem Seguradora S.A.", "petbem.com.br"), ("PlanVet Mais", "PlanVet Mais Assistência Veterinária Ltda.", "planvetmais.com.br"),
            ("Amado Pet Saúde", "Amado Pet Planos de Saúde Animal Ltda.", "amadopet.com.br"), ("Mia&Au Plano Pet", "Mia e Au Benefícios Pet Ltda.", "miaau.com.br")]
APPS = [("PetGo", "petgo.app"), ("Passeio Feliz", "passeiofeliz.com.br"), ("Cuida Pet", "cuidapet.app"), ("TáxiDog Já", "taxidogja.com.br")]
VETSYS = ["VetSys 4", "ProntuVet", "Pet Manager Cloud", "ClinVet Web"]
BOTS = ["Pipoca", "Bidu Bot", "Mia", "Totó", "Aurora"]
ROLE_BOXES = ["sac", "contato", "agendamento", "atendimento", "recepcao", "financeiro", "juridico", "naoresponda", "procon",
              "ouvidoria", "adocao", "voluntarios", "doacoes", "sinistros", "reembolso", "laboratorio", "resultados", "internacao",
              "ccz", "zoonoses", "vigilancia", "cobranca", "suporte", "faturamento", "notificacao", "privacidade", "dpo", "protocolo",
              "denuncias", "no-reply", "rh", "dp", "banhoetosa", "imagem", "parcerias", "secretaria", "vigiagro", "transito.animal",
              "castracao", "motoristas", "repasse", "plantao"]
PET_DOG_M = ["Thor", "Frederico", "Bento", "Fred", "Bob", "Max", "Zeus", "Sansão", "Tobias", "Juca", "Marley", "Bidu", "Teodoro", "Chico",
             "Simba", "Brutus", "Pingo", "Toddy", "Seu Madruga", "Feijão", "Billy", "Rex", "Pitoco", "Ozzy", "Lampião", "Sebastião",
             "Bartolomeu", "Joaquim", "Nestor", "Zeca", "Amendoim", "Paçoca", "Prudente", "Severino"]
PET_DOG_F = ["Mel", "Luna", "Nina", "Lola", "Belinha", "Pipoca", "Pretinha", "Cacau", "Jurema", "Margarida", "Kiara", "Frida", "Amora",
             "Princesa", "Duquesa", "Bolinha", "Pandora", "Aurora", "Estrela", "Pérola", "Dona Florinda", "Xuxa", "Jade", "Maria Bonita",
             "Valentina", "Dalila", "Tereza", "Vitória", "Flor"]
PET_CAT_M = ["Frajola", "Garfield", "Mingau", "Salem", "Tom", "Félix", "Bartolomeu", "Jurandir", "Romeu", "Fumaça", "Tigrão", "Sushi",
             "Nescau", "Osvaldo", "Clemente", "Gilberto", "Amado"]
PET_CAT_F = ["Mia", "Nala", "Cleópatra", "Luna", "Pretinha", "Mimi", "Chanel", "Julieta", "Lua", "Gertrudes", "Rosinha", "Florzinha",
             "Madalena", "Luz", "Rosa"]
PET_DOG = PET_DOG_M + PET_DOG_F
PET_CAT = PET_CAT_M + PET_CAT_F
DOG_BREEDS = ["SRD", "SRD", "SRD", "Shih-tzu", "Golden Retriever", "Lhasa Apso", "Yorkshire", "Pinscher", "Spitz alemão", "Border Collie",
              "Bulldog francês", "Pit bull", "Dachshund", "Labrador", "Pug", "Rottweiler", "Poodle", "vira-lata caramelo", "Maltês", "Beagle"]
CAT_BREEDS = ["SRD", "SRD", "SRD", "Persa", "Siamês", "Maine Coon", "Angorá", "Sphynx"]
COATS = ["caramelo", "preta", "branca", "tricolor", "rajada", "cinza", "preta e branca", "dourada", "tigrada", "creme"]
# (diagnosis, conduct, complaint, species: "c" dogs, "f" cats, "" both)
VET_DX = [("erliquiose (doença do carrapato)", "doxiciclina 10 mg/kg BID por 28 dias", "apatia, febre e sangramento nasal", "c"),
          ("gastroenterite aguda", "fluidoterapia SC, ondansetrona, dieta leve", "vômitos e diarreia há 2 dias", ""),
          ("otite externa bilateral", "limpeza auricular e otológico com ciprofloxacino", "balança a cabeça e coça as orelhas", "c"),
          ("dermatite atópica", "oclacitinib 0,5 mg/kg e banhos terapêuticos", "prurido intenso e lesões em axilas", "c"),
          ("doença renal crônica estágio 2 (IRIS)", "dieta renal, benazepril, SDMA em 30 dias", "poliúria, polidipsia e perda de peso", ""),
          ("piometra", "ovariosalpingohisterectomia de urgência", "secreção vulvar purulenta e apatia", "F"),
          ("fratura de rádio e ulna", "osteossíntese com placa bloqueada", "queda do sofá, não apoia o membro torácico", ""),
          ("cinomose (suspeita)", "isolamento, suporte e teste rápido", "secreção ocular, tosse e mioclonias", "c"),
          ("parvovirose", "internação em isolamento, fluidoterapia IV", "diarreia com sangue, filhote sem vacina", "c"),
          ("leishmaniose visceral canina", "notificação ao CCZ, miltefosina conforme protocolo", "emagrecimento, unhas longas e descamação", "c"),
          ("esporotricose felina", "itraconazol 100 mg/gato SID, notificação ao CCZ", "feridas no focinho que não cicatrizam", "f"),
          ("FeLV positivo", "acompanhamento hematológico trimestral", "gengivite e anemia em exame de rotina", "f"),
          ("obstrução uretral", "sondagem, internação 48 h", "tenta urinar e não sai nada", "M"),
          ("corpo estranho gástrico", "endoscopia / gastrotomia", "engoliu uma meia, vômitos desde ontem", ""),
          ("tumor venéreo transmissível", "vincristina semanal", "massa sangrante na genitália", "c"),
          ("cardiomiopatia hipertrófica", "ecocardiograma e atenolol", "cansaço e respiração com a boca aberta", "f")]
VACC_DOG = ["V10 polivalente", "V8 polivalente", "antirrábica", "gripe canina (tosse dos canis)", "giárdia", "Leish-Tec"]
VACC_CAT = ["V4 felina", "V5 felina", "antirrábica", "FeLV"]
BITE_ICD = [("W54", "mordedura ou golpe provocado por cão"), ("W55", "mordedura ou golpe provocado por outros mamíferos (gato)"),
            ("Z20.3", "contato com e exposição à raiva"), ("T14.1", "ferimento de região não especificada do corpo"),
            ("S61.9", "ferimento do punho e da mão"), ("S81.8", "ferimento da perna")]
JOBS = {True: ["tosadora", "banhista", "auxiliar veterinária", "recepcionista", "protetora independente", "professora", "enfermeira",
               "estudante", "do lar", "aposentada", "autônoma", "dog walker", "cuidadora de idosos", "comerciante"],
        False: ["tosador", "banhista", "auxiliar de canil", "motorista de aplicativo", "estudante", "comerciante", "vigilante",
                "analista de sistemas", "pedreiro", "aposentado", "autônomo", "dog walker", "eletricista", "agricultor"]}


class Pet:
    def __init__(self, name: str, cat: bool, breed: str, male: bool, coat: str, born: datetime.date, kg: float):
        self.name, self.cat, self.breed, self.male, self.coat, self.born, self.kg = name, cat, breed, male, coat, born, kg

    @property
    def especie(self) -> str:
        return "felino" if self.cat else "canino"

    @property
    def sexo(self) -> str:
        return "macho" if self.male else "fêmea"

    @property
    def o(self) -> str:
        return "o" if self.male else "a"

    @property
    def age(self) -> int:
        return max(0, 2026 - self.born.year)

    def desc(self) -> str:
        return f"{self.name} ({self.especie}, {self.breed}, {self.sexo}, {num(self.kg)} kg)"


def pet(g: Gen, species: str | None = None) -> Pet:
    cat = species == "felino" or (species is None and g.chance(0.35))
    male = g.chance(0.5)
    name = g.pick((PET_CAT_M if male else PET_CAT_F) if cat else (PET_DOG_M if male else PET_DOG_F))
    born = datetime.date(g.ri(2010, 2025), g.ri(1, 12), g.ri(1, 28))
    kg = g.ri(25, 70) / 10 if cat else g.ri(20, 420) / 10
    return Pet(name, cat, g.pick(CAT_BREEDS if cat else DOG_BREEDS), male, g.pick(COATS), born, kg)


def chip(g: Gen) -> str:
    """An ISO 11784 microchip number (15 digits); never one that would read as a valid CNS."""
    while True:
        v = g.pick(["076", "985", "900", "977", "941", "982"]) + g.d(12)
        if not cns_ok(v):
            return v


def dx_for(g: Gen, p: Pet) -> tuple[str, str, str]:
    """A diagnosis that fits the animal's species and sex."""
    ok = [d for d in VET_DX if d[3] == "" or d[3] == ("f" if p.cat else "c") or d[3] == ("M" if p.male else "F")]
    return g.pick(ok)[:3]


def surgery(g: Gen, p: Pet) -> str:
    return g.pick(["orquiectomia eletiva" if p.male else "ovariosalpingohisterectomia (OSH) eletiva", "profilaxia dentária com extrações",
                   "nodulectomia", "cistotomia", "enterotomia", "osteossíntese de fêmur"])


def clinic(g: Gen, kind: str | None = None) -> tuple[str, str, str, str]:
    opts = [c for c in CLINICS if kind is None or c[3] == kind or (kind == "vet" and c[3] != "petshop")]
    return g.pick(opts)


def crmv(g: Gen, uf: str | None = None) -> tuple:
    return (g.council("CRMV", uf), "PROFESSIONAL_ID")


def order_id(g: Gen) -> str:
    return g.pick([f"AG-{g.d(6)}", f"#{g.d(5)}", f"{g.up(3)}{g.d(5)}", f"agd_{g.hexs(10)}", f"OS{g.d(7)}"])


def lote(g: Gen) -> str:
    return g.pick([f"L{g.d(5)}", f"{g.up(2)}{g.d(4)}/{g.ri(24, 27)}", f"{g.d(3)}{g.up(1)}{g.d(3)}", f"lote {g.d(6)}"])


def policy(g: Gen) -> str:
    return g.pick([f"{g.d(2)}.{g.d(4)}.{g.d(6)}", f"PB-{g.d(8)}", f"{g.d(4)}/{g.d(7)}", f"APO{g.d(9)}X"])


def ccz_name(city: str) -> str:
    return f"Centro de Controle de Zoonoses de {city}"


def word_neg(g: Gen) -> str:
    return g.pick(["A luz do centro cirúrgico queimou de novo, avisar a manutenção.", "Foi uma vitória a alta depois de 12 dias de internação.",
                   "Seria prudente repetir o hemograma em 7 dias.", "O laço rosa é cortesia da casa 🎀", "A coleira branca ficou no balcão.",
                   "O Abrigo Bento Amigo fechou para adoções até o mutirão de castração.", "A Clínica Vet Prudente não atende silvestres.",
                   "Na Rua Prudente de Morais tem estacionamento.", "O paciente ficou sereno depois da sedação.", "Esperança é que a ferida feche sem enxerto.",
                   "A paz voltou ao canil depois que o Thor foi adotado.", "Promoção Aurora: banho + hidratação por R$ 59,90.",
                   "Justo no feriado o plantão lotou.", "A estrela do bazar da ONG foi a cama de pelúcia.", "O Hospital Veterinário Amado Bicho atende 24h.",
                   "Leão de chácara não, só um cachorro medroso mesmo 😂", "A flor que ele comeu era comigo-ninguém-pode, por isso vomitou.",
                   "Bento Gonçalves tem campanha de castração em março.", "A glória do dia foi a Mel andando depois da cirurgia."])


# --------------------------------------------------------------------------- atendimento


def at_zap_banho_tosa(g: Gen) -> Doc:
    """WhatsApp booking with a pet shop: bot, then the attendant; CPF (sometimes mistyped), taxi-dog pickup, Pix or a card typed."""
    doc = Doc()
    fan, raz, dom, kind = clinic(g, "petshop")
    c = g.person(female=g.chance(0.65))
    rec = g.person(female=g.chance(0.8))
    gr = g.person()
    dr = g.person(female=g.chance(0.2))
    pt = pet(g, "canino" if g.chance(0.8) else None)
    bot = g.pick(BOTS)
    st = chat_stamp(g.chance(0.4))
    tt = iter(seq_times(g, 30, g.moments(1, g.day(), 1, (7, 20))[0], 20, 500))
    doc.f("Conversa do WhatsApp com «f»\n\n", f=fan)
    me = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.5) else P(g.pick([c.first, c.short, c.nick, lower(c.first)]))
    shop = V(fan)
    cl(doc, st(next(tt)), me, g.pick(["oi bom dia, tem horario pra banho e tosa sabado?", "oii quero agendar banho «pp» «p»",
                                       "boa tarde! tosa higienica pra hoje ainda da?"]), p=lower(pt.name), pp="pro" if pt.male else "pra")
    cl(doc, st(next(tt)), shop, f"Olá! Eu sou {'o' if bot in ('Totó', 'Bidu Bot') else 'a'} {bot}, assistente virtual do {fan} 🐾 "
       "Pra agendar preciso do nome do pet, da raça e do seu nome completo com CPF.")
    cpf = g.cpf()
    if g.chance(0.3):
        cl(doc, st(next(tt)), me, "«p», «b». sou «n» cpf «c»", p=lower(pt.name), b=lower(pt.breed), n=P(g.pick([c.low, c.full])), c=V(g.neg_cpf()))
        cl(doc, st(next(tt)), shop, "Esse CPF não confere 😕 pode conferir pra mim?")
        cl(doc, st(next(tt)), me, "ops digitei errado «c»", c=(cpf, "BR_CPF"))
    else:
        cl(doc, st(next(tt)), me, "«p», «b», «i» anos. meu nome é «n», cpf «c»", p=lower(pt.name), b=lower(pt.breed), i=max(1, pt.age),
           n=P(g.pick([c.low, c.full, c.low])), c=(cpf, "BR_CPF"))
    cl(doc, st(next(tt)), shop, "Vacinas em dia? Pedimos V10/V8 e antirrábica do último ano 💉")
    cl(doc, st(next(tt)), me, g.pick(["sim, tomou a antirrabica na campanha do ccz", "ta em dia, mando foto da carteirinha", "<mídia oculta>"]))
    cl(doc, st(next(tt)), shop, "Quer leva e traz (táxi dog)? R$ «v» ida e volta.", v=brl(g.pick([15, 20, 25, 30]) + 0.0))
    cl(doc, st(next(tt)), me, "quero sim. «a» cep «cp»", a=(g.address("low"), "ADDRESS"), cp=(g.cep(g.chance(0.6)), "BR_CEP"))
    doc.t(st(next(tt)) + fan + ": ")
    doc.f("Oi, aqui é a «r» da recepção! Fechado «d» às «h» com «o» «t». «mo» «m» passa às «h2», placa «pl», cel «mc». "
          "Pagamento antecipado por Pix na chave aleatória «k» 😊\n", r=P(g.pick([rec.first, rec.short])), d=g.pick(["sábado", "amanhã", "hoje"]),
          h=g.hm(), o="a tosadora" if gr.female else "o tosador", t=P(g.pick([gr.first, gr.nick])), mo="A motorista" if dr.female else "O motorista", m=P(g.pick([dr.first, dr.short])),
          h2=g.hm(), pl=(g.plate(), "LICENSE_PLATE"), mc=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), k=(g.uuid(), "PIX_KEY"))
    if g.chance(0.35):
        cl(doc, st(next(tt)), me, "pix ta fora, passa no cartao? «n» venc «v» cod «cv»", n=(g.card(g.chance(0.6)), "CREDIT_CARD"),
           v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}", cv=g.d(3))
        doc.t(st(next(tt)) + fan + ": ")
        doc.f("Não mande cartão por aqui, por favor! Já apaguei. Envio o link de pagamento por e-mail, qual o seu?\n")
        cl(doc, st(next(tt)), me, "«e»", e=(g.email(c), "EMAIL_ADDRESS"))
    else:
        sp = g.spouse(c)
        cl(doc, st(next(tt)), me, "pago! o comprovante saiu no nome d«o» «n»", o=sp.o, n=P(sp.full))
    if g.chance(0.4):
        cl(doc, st(next(tt)), me, "se eu nao atender o portao liga no «o»", o=(g.phone("par"), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), shop, "Agendamento «a» confirmado ✅ Pets bravos usam focinheira no banho, combinado?", a=order_id(g))
    cl(doc, st(next(tt)), me, g.pick(["«p» morde so no secador kkk avisa «o»", "obrigad" + c.o + "!!", "🐶❤️", word_neg(g)]),
       p=lower(pt.name), o=P(lower(gr.first)))
    return doc


def at_tela_clinica(g: Gen) -> Doc:
    """A veterinary clinic system's tutor screen: the tutor's data, the animals and the visits (vets with CRMV)."""
    doc = Doc()
    fan, raz, dom, kind = clinic(g, "vet")
    c = g.person()
    op = g.person(female=g.chance(0.7))
    uf = g.pick(UFS)
    doc.f("«s» · «f» · Cadastro do tutor\nusuário: «l» · impresso em «d»\n\nTUTOR\n", s=g.pick(VETSYS), f=fan, l=login(op, g), d=ts(g.moments(1)[0], "br"))
    fields = [("Nome", P(g.pick([c.full, c.caps]))), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.5):
        fields.append(("RG", (g.rg(), "BR_RG")))
    fields += [("Nascimento", (g.dob(g.pick(["br", "iso"]), 1950, 2006), "DATE_OF_BIRTH")),
               ("Celular", (g.phone(g.pick(["par", "plus", "nospace"])), "PHONE_NUMBER")), ("E-mail", (g.email(c), "EMAIL_ADDRESS"))]
    if g.chance(0.75):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(g.chance(0.8)), "BR_CEP"))]
    fields += [("Tutor desde", V(g.date("br", g.pick([2019, 2021, 2023, 2024])))), ("Aceite LGPD (IP)", (g.ip(), "IP_ADDRESS"))]
    kv_block(g, doc, fields, g.pick(["box", "dots", "plain"]))
    doc.t("\nANIMAIS\n")
    pets = [pet(g) for _ in range(g.ri(1, 3))]
    rows = []
    for p in pets:
        nm = p.name if g.chance(0.7) else f"{p.name} {c.last}"
        rows.append([V(nm.upper() if g.chance(0.3) else nm), V(p.especie), V(p.breed), V(p.sexo), V(dbr(p.born)),
                     V(chip(g) if g.chance(0.6) else "—"), V(g.pick(["ativo", "ativo", "óbito", "castrado"]))])
    table_ruled(doc, ["animal", "espécie", "raça", "sexo", "nasc.", "microchip", "status"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.t("\nATENDIMENTOS\n")
    rows = []
    for _ in range(g.ri(3, 5)):
        v = g.person()
        rows.append([V(g.date("br")), V(g.pick(pets).name), V(g.pick(["consulta", "retorno", "vacina", "exame", "cirurgia", "emergência"])),
                     P(g.pick([v.short, v.first + " " + v.last[0] + "."])), crmv(g, uf), V(brl(fee(g, 90, 2400)))])
    table_ruled(doc, ["data", "animal", "tipo", "veterinário(a)", "registro", "valor"], rows, g.pick(["plus", "psql", "plain"]))
    if g.chance(0.5):
        r = g.relative(c) if g.chance(0.5) else g.spouse(c)
        doc.f("\nSegundo responsável autorizado: «n» — «t»\n", n=P(r.full), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("Obs.: «o»\n", o=g.pick(["tutor prefere contato por WhatsApp", "pendência financeira de R$ 380,00", "não enviar lembrete de vacina",
                                   "animal agressivo — usar focinheira", word_neg(g)]))
    return doc


def at_ficha_adocao(g: Gen) -> Doc:
    """An NGO's adoption questionnaire: the adopter's data, the household, a reference, the interviewing volunteer."""
    doc = Doc()
    ngo, raz, dom = g.pick(NGOS)
    c = g.person(female=g.chance(0.6))
    vol = g.person(female=g.chance(0.75))
    pt = pet(g)
    doc.f("«n» — FORMULÁRIO DE INTERESSE EM ADOÇÃO\nAnimal pretendido: «p» («e», «s», ~«i» anos)\n\n", n=ngo.upper(), p=pt.name, e=pt.especie,
          s=pt.sexo, i=max(1, pt.age))
    fields = [("Nome completo", P(g.pick([c.full, c.caps, c.low]))), ("CPF", (g.cpf(), "BR_CPF")),
              ("Data de nascimento", (g.dob(g.pick(["br", "nopad", "short"]), 1955, 2006), "DATE_OF_BIRTH"))]
    if g.chance(0.5):
        fields.append(("RG", (g.rg(), "BR_RG")))
    fields += [("Profissão", V(g.pick(JOBS[c.female]))), ("Endereço", (g.address(g.pick(["text", "low"])), "ADDRESS")),
               ("CEP", (g.cep(), "BR_CEP")), ("WhatsApp", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(c), "EMAIL_ADDRESS")),
               ("Instagram", V("@" + re.sub(r"[^a-z]", "", lower(c.first)) + "_" + g.pick(["pets", "mae.de.pet", str(g.ri(80, 99)), "oficial"])))]
    kv_block(g, doc, fields, g.pick(["dots", "plain"]))
    doc.f("\nMoradia: «m» · Telas nas janelas: «t» · Quintal murado: «q»\n", m=g.pick(["casa própria", "apartamento alugado", "casa alugada", "sítio"]),
          t=g.pick(["sim", "não", "vou instalar"]), q=g.pick(["sim", "não", "n/a"]))
    doc.t("Quem mora com você: ")
    for k in range(g.ri(1, 3)):
        r = g.relative(c) if k else g.spouse(c)
        if k:
            doc.t("; ")
        doc.f("«n» («i» anos)", n=P(g.pick([r.first, r.full])), i=g.ri(3, 70))
    doc.t("\n")
    ref = g.person()
    doc.f("Referência (não pode ser parente): «n», tel. «t»\nJá teve animais? «a»\n", n=P(ref.full), t=(g.phone(), "PHONE_NUMBER"),
          a=g.pick(["sim, a «x» viveu 15 anos".replace("«x»", g.pick(PET_DOG)), "não", "sim, dois gatos", "tenho a «x» hoje".replace("«x»", g.pick(PET_CAT))]))
    doc.f("\nEntrevista por vídeo com a voluntária «v» em «d». Parecer: «r».\n", v=P(g.pick([vol.first, vol.short])), d=g.date("br"),
          r=g.pick(["aprovado, agendar visita pré-adoção", "aguardar telas", "reprovado — quer o animal para guarda", "aprovado"]))
    if g.chance(0.4):
        doc.f("Obs.: «o»\n", o=word_neg(g))
    return doc


def at_app_notificacoes(g: Gen) -> Doc:
    """A pet-taxi / dog-walker app: the tutor's notification log, the support chat and the account data."""
    doc = Doc()
    app, adom = g.pick(APPS)
    fan, raz, dom, kind = clinic(g)
    c = g.person()
    dr = g.person(female=g.chance(0.3))
    wk = g.person()
    pt = pet(g, "canino")
    t = iter(seq_times(g, 20, g.moments(1, g.day(), 1, (7, 19))[0], 60, 1500))
    doc.f("«a» — notificações do app (exportadas pelo suporte)\n\n", a=app)
    doc.f("«t»  🚗 Seu motorista está a caminho! «n» · «m» «c» · placa «p»\n", t=ts(next(t), "br"), n=P(dr.first),
          m=g.pick(["Onix", "HB20", "Spin", "Fiorino", "Kwid", "Doblò"]), c=g.pick(["prata", "branco", "preto", "vermelho"]), p=(g.plate(), "LICENSE_PLATE"))
    doc.f("«t»  «n» chegou ao embarque: «a»\n", t=ts(next(t), "br"), n=P(dr.first), a=(g.address(), "ADDRESS"))
    doc.f("«t»  Corrida finalizada: casa → «f». R$ «v» no cartão «k»\n", t=ts(next(t), "br"), f=fan, v=brl(fee(g, 18, 70)), k=g.masked_card())
    doc.f("«t»  🐕 «w» iniciou o passeio com «p»\n", t=ts(next(t), "br"), w=P(g.pick([wk.first, wk.short])), p=pt.name)
    doc.f("«t»  Passeio finalizado: «m» min, «k» km, xixi ✓ cocô ✓. Avalie «w»!\n\n", t=ts(next(t), "br"), m=g.ri(25, 60), k=num(g.ri(12, 48) / 10),
          w=P(wk.first))
    doc.t("CHAT COM O SUPORTE\n")
    ag = g.person(female=g.chance(0.6))
    doc.f("«t» «a» (suporte): Olá, «n»! Como posso ajudar?\n", t=ts(next(t), "hm"), a=P(ag.first), n=P(c.first))
    doc.f("«t» Você: esqueci a guia e a coleira do «p» no carro do «d»\n", t=ts(next(t), "hm"), p=lower(pt.name), d=P(lower(dr.first)))
    doc.f("«t» «a» (suporte): Vou acionar o parceiro. Se preferir falar direto, o número dele é «m».\n", t=ts(next(t), "hm"), a=P(ag.first),
          m=(g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("«t» Você: e o passeador «w» deixou o portão aberto, quase que fugiu\n", t=ts(next(t), "hm"), w=P(lower(wk.first)))
        doc.f("«t» «a» (suporte): Sinto muito! Registrei a ocorrência «o». Crédito de R$ «v» na sua conta.\n", t=ts(next(t), "hm"), a=P(ag.first),
              o=g.protocol(), v=brl(g.pick([10, 15, 20, 30]) + 0.0))
    doc.t("\nDADOS DA CONTA\n")
    fields = [("Nome", P(c.full)), ("E-mail", (g.email(c), "EMAIL_ADDRESS")), ("Celular", (g.phone("e164"), "PHONE_NUMBER"))]
    if g.chance(0.6):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    if g.chance(0.5):
        fields.append(("Nascimento", (g.dob(g.pick(["br", "iso"]), 1955, 2006), "DATE_OF_BIRTH")))
    fields += [("Endereço salvo \"Casa\"", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Último login (IP)", (g.ip(), "IP_ADDRESS")),
               ("Pets", V(pt.desc()))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    return doc


def at_email_procon(g: Gen) -> Doc:
    """An e-mail thread on a grooming injury: the tutor's complaint (forwarded from Procon) and the pet shop manager's answer."""
    doc = Doc()
    fan, raz, dom, kind = clinic(g, "petshop")
    c = g.person()
    mg = g.person()
    gr = g.person()
    v = g.person()
    pt = pet(g, "canino")
    t = g.moments(2, g.day(), 6, (8, 22))
    cmail = g.email(c)
    doc.f("De: «m» <«e»>\nPara: «c»\nCc: «r»\nData: «d»\nAssunto: RE: Reclamação Procon nº «p» — «f»\n\n", m=P(mg.full),
          e=(corp_mail(mg, dom, g), "EMAIL_ADDRESS"), c=(cmail, "EMAIL_ADDRESS"), r=role_mail(g, dom, "juridico"), d=mail_date(t[1]),
          p=f"{g.ri(2025, 2026)}.{g.d(2)}.{g.d(6)}", f=fan)
    doc.f("Prezad«o» «n»,\n\nLamentamos o ocorrido com «a» «p». Conforme a ficha, a tosa foi feita em «dd» pel«x» tosador«y» «gg», que relatou "
          "que o animal se mexeu durante o acabamento com a tesoura. Assumimos as despesas com a sutura feita por «vv» («cr») e propomos o "
          "reembolso de R$ «val» mais um pacote de 4 banhos.\n\nAtenciosamente,\n«m2»\nGerente — «f»\n«tel»\n\n",
          o=c.o, n=P(g.pick([c.first, c.full])), a="o" if pt.male else "a", p=pt.name, dd=g.date("br"), x="a" if gr.female else "o",
          y="a" if gr.female else "", gg=P(gr.short), vv=P(v.full), cr=crmv(g), val=brl(fee(g, 120, 1800)), m2=P(mg.short), f=fan,
          tel=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    doc.f("-----Mensagem original-----\nDe: «e»\nEnviada em: «d»\nX-Originating-IP: [«ip»]\n\n", e=(cmail, "EMAIL_ADDRESS"), d=mail_date(t[0]),
          ip=(g.ip_pub(), "IP_ADDRESS"))
    doc.f("Deixei «a» «p» para banho e tosa e «e» voltou com «q». Meu nome é «n», CPF «c», telefone «t». Quero o reembolso na ag «ag» conta «ac» («b»).\n",
          a="o" if pt.male else "a", p=pt.name, e="ele" if pt.male else "ela", q=g.pick(["um corte de 3 cm na orelha", "a pata queimada pelo secador", "a pele cheia de vergões",
                                                          "o olho irritado de shampoo", "um corte na virilha"]),
          n=P(c.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          b=g.pick(BANKS)[1])
    if g.chance(0.5):
        doc.f("Quem buscou foi minha irmã, «n», pode confirmar: «p».\n", n=P(g.relative(c, True).full), p=(g.phone(), "PHONE_NUMBER"))
    doc.f("Já escrevi para «r» e ninguém responde. Registro também na «l».\n", r=role_mail(g, dom, g.pick(["sac", "contato", "atendimento"])),
          l=g.pick(["ouvidoria do Procon", "delegacia (Lei 9.605/1998, art. 32)", "página do Reclame Aqui"]))
    return doc


def at_csv_castracao(g: Gen) -> Doc:
    """A municipal zoonosis centre's castration programme: registrations as CSV (NIS for priority), with the coordinator's note."""
    doc = Doc()
    city, uf = g.city()
    sep = g.pick([";", ","])
    coord = g.person()
    doc.f("# «c» — programa de castração gratuita — inscrições «d» — exportado por «l»\n", c=ccz_name(city), d=g.date("br", 2026),
          l=login(coord, g))
    split = g.chance(0.4)
    cols = (["first_name", "last_name"] if split else ["tutor"]) + ["cpf", "nis", "cartao_sus", "nascimento", "celular", "endereco", "cep", "animal",
                                                                  "especie", "sexo", "microchip", "mutirao"]
    rows = []
    for _ in range(g.ri(5, 7)):
        c = g.person()
        p = pet(g, g.pick(["canino", "felino"]))
        nm = [P(c.given), P(" ".join(c.surnames))] if split else [P(g.pick([c.full, c.caps, c.capsf]))]
        rows.append(nm + [(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.55) else V(""),
                          (g.cns(False), "BR_CNS") if g.chance(0.35) else V(""),
                          (g.dob(g.pick(["br", "iso"]), 1950, 2006), "DATE_OF_BIRTH"), (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER"),
                          (g.address(g.pick(["text", "caps"])), "ADDRESS"), (g.cep(g.chance(0.7)), "BR_CEP"), V(p.name), V(p.especie), V(p.sexo),
                          V(chip(g) if g.chance(0.5) else ""), V(g.date("br", 2026))])
    table_csv(doc, cols, rows, sep)
    doc.f("\n-- «n»: prioridade para inscritos no CadÚnico; fêmeas prenhes só com avaliação da M.V. «v» («cr»). Dúvidas: «m»\n",
          n=P(coord.first), v=P(g.person(True).short), cr=crmv(g, uf), m=role_mail(g, f"{fold(city).lower().replace(' ', '')}.{uf.lower()}.gov.br", "castracao"))
    return doc


def at_stt_plano(g: Gen) -> Doc:
    """A speech-to-text call to a pet health plan's call centre (lower case, no accents), then the typed record."""
    doc = Doc()
    ins, raz, idom = g.pick(INSURERS)
    c = g.person()
    at = g.person(female=g.chance(0.7))
    pt = pet(g)
    cpf = g.cpf_digits()
    doc.f("[transcricao automatica — ligacao «p» — «f»]\n", p=g.protocol(), f=lower(ins))
    doc.f("atendente: «f» bom dia meu nome e «a» em que posso ajudar\n", f=lower(ins), a=P(lower(at.first)))
    doc.f("cliente: oi e «n» «e» «a» «p» precisa fazer uma ultrassom e a clinica disse que o plano nao autorizou\n",
          n=P(lower(g.pick([c.full, c.short]))), e=g.pick({(1, 1): ["o meu gato", "o meu bichinho"], (1, 0): ["a minha gata", "a minha bichinha"], (0, 1): ["o meu cachorro", "o meu bichinho"],
                     (0, 0): ["a minha cachorra", "a minha bichinha"]}[(int(pt.cat), int(pt.male))]), a=pt.o, p=lower(pt.name))
    doc.f("atendente: vou verificar me confirma o cpf do titular\ncliente: «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f("atendente: e a data de nascimento\ncliente: «d»\n", d=(stt_dob(g), "DATE_OF_BIRTH"))
    rq = g.person(True)
    doc.f("atendente: o pedido veio da doutora «v» ne o plano ainda esta na carencia de sessenta dias\ncliente: mas eu pago desde «m»\n",
          v=P(lower(rq.first)), m=g.pick(["janeiro", "marco", "o ano passado", "julho"]))
    doc.f("atendente: vou abrir uma reanalise qual telefone pra retorno\ncliente: «t»\n", t=(g.phone("stt"), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("cliente: se eu nao atender fala com o meu filho «n»\n", n=P(lower(g.relative(c).first)))
    doc.t("atendente: certo o prazo e de ate tres dias uteis obrigada\n\n")
    doc.t("REGISTRO DO ATENDIMENTO\n")
    fields = [("Titular", P(c.full)), ("CPF", (fmt_cpf(cpf), "BR_CPF")), ("Fone", (g.phone("par"), "PHONE_NUMBER")), ("Pet", V(pt.desc())),
              ("Contrato", V(policy(g))), ("Solicitante", P(rq.full)), ("CRMV solicitante", crmv(g)),
              ("Atendente", g.pick([P(at.full), V(login(at, g))]))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    return doc


AT = [at_zap_banho_tosa, at_tela_clinica, at_ficha_adocao, at_app_notificacoes, at_email_procon, at_csv_castracao, at_stt_plano]


# --------------------------------------------------------------------------- juridico


def ju_peticao_erro(g: Gen) -> Doc:
    """A civil claim for veterinary malpractice (death after a routine surgery), with the necropsy by another vet."""
    doc = Doc()
    fan, raz, dom, kind = clinic(g, "vet")
    a = g.person(female=g.chance(0.6))
    v = g.person()
    pt = pet(g)
    city, uf = g.city()
    doc.f("EXCELENTÍSSIMO SENHOR DOUTOR JUIZ DE DIREITO DA «v»ª VARA CÍVEL DA COMARCA DE «c»/«u»\n\n", v=g.ri(1, 12), c=city.upper(), u=uf)
    qualify(g, doc, a, email=True, phone=g.chance(0.6), dob=g.chance(0.35), where=(city, uf) if g.chance(0.7) else None)
    doc.f(", tutor«a» d«o» «e» «p», vem propor AÇÃO DE INDENIZAÇÃO POR DANOS MATERIAIS E MORAIS em face de «r», CNPJ «cn», e de «m», "
          "médic«x» veterinári«x», «cr», pelos fatos seguintes.\n\n", a="a" if a.female else "", o=pt.o, e=pt.especie, p=pt.name, r=raz,
          cn=(g.any_cnpj(), "BR_CNPJ"), m=P(v.full), x=v.o, cr=crmv(g, uf))
    proc_ = g.pick(["orquiectomia eletiva" if pt.male else "ovariosalpingohisterectomia eletiva", "profilaxia dentária sob anestesia", "retirada de nódulo cutâneo"])
    v2 = g.person()
    doc.f("1. Em «d», «a» «p», «i» anos, hígid«o» conforme exames pré-operatórios, foi submetid«o» a «x». Não houve monitoração anestésica "
          "contínua, e o animal foi liberado ainda sedado, vindo a óbito na mesma noite.\n"
          "2. A necropsia realizada por «n» («cr»), do laboratório de patologia da universidade, concluiu por «c».\n"
          "3. A responsabilidade do fornecedor de serviços é objetiva (art. 14 da Lei 8.078/1990), e a Resolução CFMV 1.321/2020 exige "
          "termo de consentimento anestésico, que não foi colhido. Nesse sentido, TJ«u» Apelação «cnj».\n",
          d=g.date("br"), a="o" if pt.male else "a", p=pt.name, i=max(1, pt.age), o=pt.o, x=proc_, n=P(v2.full), cr=crmv(g),
          c=g.pick(["edema pulmonar por sobrecarga de fluidos", "hipotermia e depressão respiratória pós-anestésica", "hemorragia abdominal por ligadura solta"]),
          u=uf, cnj=g.cnj(CNJ_SEG.get(uf)))
    if g.chance(0.6):
        w = g.person()
        doc.f("4. Testemunha: «n», CPF «c», residente na «a», CEP «p», que buscou o animal na clínica.\n", n=P(w.full), c=(g.cpf(), "BR_CPF"),
              a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    doc.f("\nDespesas comprovadas: R$ «d» (cirurgia, cremação e necropsia). Dá-se à causa o valor de R$ «v».\n\nNestes termos, pede deferimento.\n\n",
          d=brl(fee(g, 900, 6000)), v=brl(g.ri(15, 60) * 1000.0))
    lawyer_sig(g, doc, g.pick([1, 2]))
    return doc


def ju_bo_maus_tratos(g: Gen) -> Doc:
    """A police report for animal cruelty (art. 32 of Lei 9.605/1998, §1º-A by Lei 14.064/2020), in capitals, sometimes OCR'd."""
    doc = Doc()
    city, uf = g.city()
    cm = g.person()
    au = g.person(female=g.chance(0.25))
    vt = g.person()
    pt = pet(g, "canino" if g.chance(0.75) else None)
    ocrd = g.chance(0.4)
    o = (lambda s: ocr_t(s, g, 0.25)) if ocrd else (lambda s: s)
    on = (lambda s: ocr(s, g, 0.3)) if ocrd else (lambda s: s)
    doc.f(o(caps_t("POLÍCIA CIVIL DO ESTADO — «u»\nBOLETIM DE OCORRÊNCIA Nº «n»\nNATUREZA: MAUS-TRATOS A ANIMAIS (ART. 32, §1º-A, DA LEI 9.605/1998, "
                   "INCLUÍDO PELA LEI 14.064/2020)\nDATA DO FATO: «d»  LOCAL: «l»\n\n")), u=uf, n=f"{g.d(4)}/{g.ri(2025, 2026)}",
          d=g.date("br"), l=fold(city).upper())
    doc.t(o("COMUNICANTE: "))
    qualify(g, doc, cm, caps=True, phone=True, dob=g.chance(0.5), where=(city, uf))
    doc.t(o(".\nAUTOR(A): "))
    doc.e(on(au.capsf), "PERSON")
    doc.f(o(caps_t(", CPF «c», RESIDENTE NA «a», CEP «p»")), c=(g.cpf(), "BR_CPF"), a=(g.address("caps"), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    if g.chance(0.6):
        doc.f(o(caps_t(", CONDUZINDO O VEÍCULO PLACA «v»")), v=(g.plate(), "LICENSE_PLATE"))
    doc.t(".\n\n")
    doc.f(o(caps_t("HISTÓRICO: O COMUNICANTE RELATA QUE O(A) AUTOR(A) MANTÉM O «e» DE NOME «p» PRESO EM CORRENTE CURTA, SEM ÁGUA E SOB SOL, "
                   "E QUE NO DIA DOS FATOS O AGREDIU COM UM PEDAÇO DE MADEIRA. VÍDEO ENVIADO PELO WHATSAPP «w». A EQUIPE DO «z», COM «mv» «v» («cr»), RECOLHEU O ANIMAL, QUE APRESENTAVA ESCORE CORPORAL 1/9 E FERIMENTOS EM CABEÇA. "
                   "LAUDO Nº «ln» ANEXO.\n\n")),
          e="CAO" if not pt.cat else "GATO", mv="A MEDICA VETERINARIA" if vt.female else "O MEDICO VETERINARIO", p=fold(pt.name).upper(), w=(g.phone("par"), "PHONE_NUMBER"), z=fold(ccz_name(city)).upper(),
          v=P(on(vt.capsf)), cr=crmv(g, uf), ln=f"{g.d(3)}/{g.ri(2025, 2026)}")
    d1 = g.person()
    d2 = g.person()
    doc.f(o(caps_t("AUTORIDADE: DELEGAD«a» «n»\nESCRIVÃ«b»: «m» — MATRÍCULA «x»\n")), a="A" if d1.female else "O", n=P(on(d1.capsf)),
          b="" if d2.female else "O", m=P(on(d2.capsf)), x=g.d(6))
    doc.t(o("PROVIDENCIAS: REQUISITADO EXAME NO ANIMAL; AUTOR INTIMADO; TCO NAO CABIVEL (PENA DE RECLUSAO DE 2 A 5 ANOS).\n"))
    return doc


def ju_termo_adocao(g: Gen) -> Doc:
    """An NGO's responsible-adoption term (clauses, the adoption fee by Pix, microchip transfer) with an e-signature log."""
    doc = Doc()
    ngo, raz, dom = g.pick(NGOS)
    pr = g.person(female=g.chance(0.7))
    ad = g.person()
    pt = pet(g)
    admail = g.email(ad)
    doc.f("TERMO DE ADOÇÃO RESPONSÁVEL Nº «n»\n\nDOADORA: «r», CNPJ «c», neste ato representada por sua presidente «p», CPF «pc».\n\nADOTANTE: ",
          n=f"{g.d(3)}/{g.ri(2025, 2026)}", r=raz, c=(g.any_cnpj(), "BR_CNPJ"), p=P(pr.full), pc=(g.cpf(), "BR_CPF"))
    qualify(g, doc, ad, email=admail, phone=True, dob=g.chance(0.5), titulo=g.chance(0.25))
    doc.f(".\n\nANIMAL: «d», pelagem «c», microchip «m», vacinad«o» (V10/V4 e antirrábica) e «s».\n\n", d=pt.desc(), c=pt.coat, m=chip(g), o=pt.o,
          s=g.pick(["castrad" + pt.o, "com castração agendada para " + g.date("br", 2026)]))
    doc.f("Cláusula 1ª — O ADOTANTE se compromete a não abandonar, vender ou repassar o animal, e a comunicar à DOADORA mudança de endereço ou telefone.\n"
          "Cláusula 2ª — Maus-tratos e abandono são crime (art. 32 da Lei 9.605/1998, com a pena agravada pela Lei 14.064/2020 para cães e gatos).\n"
          "Cláusula 3ª — A DOADORA poderá fazer visitas de acompanhamento por 6 meses, a cargo da voluntária «v».\n"
          "Cláusula 4ª — Taxa de adoção de R$ «t», por Pix na chave aleatória «k», revertida em castrações.\n"
          "Cláusula 5ª — A titularidade do microchip será transferida ao ADOTANTE no cadastro nacional.\n\n",
          v=P(g.person(True).full), t=brl(g.pick([50, 80, 100, 150]) + 0.0), k=(g.uuid(), "PIX_KEY"))
    if g.chance(0.5):
        w = g.person()
        doc.f("Testemunha: «n», CPF «c»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"))
    esign_log(g, doc, [(pr, corp_mail(pr, dom, g)), (ad, admail)], g.moments(1)[0])
    return doc


def ju_ata_jec_vizinhos(g: Gen) -> Doc:
    """Small-claims hearing minutes on a neighbours' dispute: a dog bite or the barking at night; the settlement's account."""
    doc = Doc()
    a = g.person(female=g.chance(0.55))
    r = g.person()
    conc = g.person()
    jz = g.person()
    pt = pet(g, "canino")
    bite = g.chance(0.55)
    doc.f("TERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nProcesso nº «p» — Juizado Especial Cível (Lei 9.099/1995)\n\n", p=g.cnj())
    doc.f("Presentes a parte autora «a», CPF «c», telefone «t», acompanhada de «adv» («oab»), e a parte ré «r», CPF «rc», telefone «rt», residente na «ra», "
          "tutor«x» do cão «p». Conciliador«y»: «cc».\n\n",
          a=P(a.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), adv=P(g.person().full), oab=(g.council("OAB"), "PROFESSIONAL_ID"),
          r=P(g.pick([r.full, r.caps])), rc=(g.cpf(), "BR_CPF"), rt=(g.phone(), "PHONE_NUMBER"), ra=(g.address(), "ADDRESS"), x="a" if r.female else "", p=pt.name,
          y="a" if conc.female else "", cc=P(conc.full))
    if bite:
        kid = g.relative(a)
        doc.f("Objeto: mordedura sofrida pel«o» filh«o» da autora, «k», nascid«o» em «d», em «dd», na calçada, quando o animal escapou pelo portão. "
              "Atendimento na UPA com profilaxia antirrábica; o cão ficou em observação de 10 dias pelo CCZ, sem sinais de raiva.\n",
              o=kid.o, k=P(kid.full), d=(g.dob("br", 2012, 2020), "DATE_OF_BIRTH"), dd=g.date("br"))
    else:
        doc.f("Objeto: latidos e uivos noturnos contínuos d«o» «p», comprovados por «n» gravações e por abaixo-assinado de «m» vizinhos; "
              "perturbação do sossego (art. 42 do Decreto-Lei 3.688/1941) e uso anormal da propriedade (art. 1.277 do Código Civil).\n",
              o=pt.o, p=pt.name, n=g.ri(6, 40), m=g.ri(4, 19))
    doc.f("\nACORDO: a parte ré pagará R$ «v» em «n» parcelas, por depósito na agência «ag», conta «ac» da parte autora, e se compromete a «c». "
          "Descumprimento: multa de 50%.\n\n", v=brl(g.ri(8, 60) * 100.0), n=g.pick([1, 2, 3, 5]), ag=(g.agency(), "BANK_ACCOUNT"),
          ac=(g.account(), "BANK_ACCOUNT"), c=g.pick(["elevar o muro e consertar o portão", "usar guia e focinheira nos passeios",
                                                      "manter o cão dentro de casa das 22h às 7h", "procurar adestrador em 30 dias"]))
    if g.chance(0.5):
        w = g.person()
        doc.f("Testemunha ouvida: «n», CPF «c», vizinh«o» do nº «k».\n", n=P(w.full), c=(g.cpf(), "BR_CPF"), o=w.o, k=g.ri(10, 999))
    doc.f("Homologo o acordo para que produza seus efeitos (art. 22, parágrafo único, da Lei 9.099/1995).\n\n«j»\n«z» de Direito\n",
          j=P(g.pick([jz.full, jz.caps])), z="Juíza" if jz.female else "Juiz")
    return doc


def ju_procon_caps(g: Gen) -> Doc:
    """An ALL CAPS Procon infraction record against a pet shop or vet hospital, and the company's defence."""
    doc = Doc()
    fan, raz, dom, kind = clinic(g)
    f = g.person()
    c = g.person()
    ow = g.person()
    pt = pet(g)
    doc.f("PROCON «u» — AUTO DE INFRACAO Nº «n»\nAUTUADO: «r»  CNPJ: «c»\nRESPONSAVEL PRESENTE: «o»  CPF: «oc»\n", u=g.pick(UFS),
          n=f"{g.d(4)}/{g.ri(2025, 2026)}", r=fold(raz).upper(), c=(g.any_cnpj(), "BR_CNPJ"), o=P(ow.capsf), oc=(g.cpf(), "BR_CPF"))
    doc.f(caps_t("DESCRIÇÃO: «x». RECLAMANTE: «cn», CPF «cc», TEL «ct», TUTOR DO ANIMAL «p». ENQUADRAMENTO: ARTS. 6º, III, 39, V, E 40 DA LEI 8.078/1990.\n"),
          x=fold(g.pick(["cobrança de internação sem orçamento prévio assinado", "retenção do animal até o pagamento da conta",
                         "venda de ração com validade vencida", "ausência de tabela de preços de banho e tosa",
                         "cobrança de taxa de emergência não informada"])).upper(),
          cn=P(c.capsf), cc=(g.cpf(), "BR_CPF"), ct=(g.phone("par"), "PHONE_NUMBER"), p=fold(pt.name).upper())
    doc.f("FISCAL: «fn»  MATRICULA «m»\n\n", fn=P(f.capsf), m=g.d(6))
    lw = g.person()
    doc.f("DEFESA PRÉVIA — «r», por seu advogado «l» («o», «e»), alega que o orçamento foi aprovado por telefone pel«a» reclamante «cn», "
          "conforme gravação, e que o responsável técnico, «rt» («cr»), prestou todas as informações. Requer o arquivamento.\n", r=raz, l=P(lw.full),
          o=(g.council("OAB"), "PROFESSIONAL_ID"), e=(corp_mail(lw, g.pick(["advocaciapet.adv.br", "bonfimleal.adv.br", "gmail.com"]), g), "EMAIL_ADDRESS"),
          a=c.o, cn=P(g.pick([c.full, c.short])), rt=P(g.person().full), cr=crmv(g))
    doc.f("Contato da empresa: «m»\n", m=role_mail(g, dom, "juridico"))
    return doc


def ju_eutanasia(g: Gen) -> Doc:
    """An authorisation for euthanasia (Resolução CFMV 1.000/2012), with the tutor qualified, the vet's CRMV and a witness."""
    doc = Doc()
    fan, raz, dom, kind = clinic(g, "vet")
    t = g.person()
    v = g.person()
    pt = pet(g)
    doc.f("«f» — CNPJ «c»\nTERMO DE CONSENTIMENTO E AUTORIZAÇÃO PARA EUTANÁSIA\n\nEu, ", f=fan.upper(), c=(g.any_cnpj(), "BR_CNPJ"))
    qualify(g, doc, t, phone=True, email=g.chance(0.4))
    vr = crmv(g)
    doc.f(", responsável pelo animal abaixo identificado, AUTORIZO a realização de eutanásia, procedimento a ser executado pel«o» médic«o» "
          "veterinári«o» «v», «cr», nos termos da Resolução CFMV 1.000/2012.\n\n", o=v.o, v=P(v.full), cr=vr)
    fields = [("Animal", V(pt.name)), ("Espécie / raça", V(f"{pt.especie} / {pt.breed}")), ("Sexo / pelagem", V(f"{pt.sexo} / {pt.coat}")),
              ("Nascimento do animal", V(dbr(pt.born))), ("Microchip", V(chip(g) if g.chance(0.6) else "não possui")),
              ("Motivo", V(g.pick(["neoplasia em estágio terminal, dor refratária", "doença renal crônica terminal", "politraumatismo sem prognóstico",
                                   "leishmaniose com insuficiência renal", "cinomose com sequelas neurológicas graves"])))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    doc.f("\nDestinação do corpo: «d».\nDeclaro ter sido informad«o» de forma clara sobre o diagnóstico e as alternativas, e que posso acompanhar o procedimento.\n\n"
          "«c», «dt».\n\n_________________________\n«n» (tutor«a»)\n\n_________________________\n«vv» — «cr2»\n",
          d=g.pick(["cremação individual (Crematório Pet Paz Eterna)", "cremação coletiva", "sepultamento pelo tutor", "recolhimento pela prefeitura"]),
          o=t.o, c=g.city()[0], dt=g.date("long"), n=P(t.full), a="a" if t.female else "", vv=P(v.full), cr2=vr)
    if g.chance(0.6):
        w = g.person()
        doc.f("\nTestemunha: «n», CPF «c»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"))
    return doc


def ju_reclamacao_tosador(g: Gen) -> Doc:
    """A groomer's or vet assistant's labour claim against a pet shop or hospital (PIS, título, the manager's WhatsApp, witnesses)."""
    doc = Doc()
    fan, raz, dom, kind = clinic(g)
    a = g.person()
    city, uf = g.city()
    job = g.pick(["tosador" if not a.female else "tosadora", "banhista", "auxiliar veterinári" + a.o, "recepcionista"])
    doc.f("EXMO. SR. JUIZ DA «v»ª VARA DO TRABALHO DE «c»/«u»\n\n", v=g.ri(1, 90), c=city.upper(), u=uf)
    qualify(g, doc, a, email=g.chance(0.6), phone=True, pis=True, titulo=g.chance(0.7), dob=g.chance(0.5), job=job, where=(city, uf))
    gr = g.person()
    doc.f(", vem ajuizar RECLAMAÇÃO TRABALHISTA em face de «r», CNPJ «c».\n\nO(A) reclamante trabalhou como «j» de «d1» a «d2», sem registro em CTPS, "
          "recebendo por comissão de «p»% por animal atendido, com horário fixado pel«o» gerente «gr» (WhatsApp «t»). Sofreu mordedura na mão direita "
          "em «dd» sem emissão de CAT. Nesse sentido: TRT, RO «cnj».\n", r=raz, c=(g.any_cnpj(), "BR_CNPJ"), j=job, d1=g.date("br", 2022),
          d2=g.date("br", 2025), p=g.pick([30, 35, 40, 50]), o=gr.o, gr=P(gr.full), t=(g.phone("wa"), "PHONE_NUMBER"), dd=g.date("br", 2024),
          cnj=g.cnj(TRT.get(uf)))
    doc.t("\nROL DE TESTEMUNHAS:\n")
    for _ in range(g.ri(1, 3)):
        w = g.person()
        doc.f("- «n», CPF «c»", n=P(w.full), c=(g.cpf(), "BR_CPF"))
        if g.chance(0.5):
            doc.f(", «a», CEP «p»", a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
        doc.t("\n")
    doc.f("\nValor da causa: R$ «v»\n\n", v=brl(g.ri(20, 95) * 1000.0))
    lawyer_sig(g, doc, 1)
    return doc


JU = [ju_peticao_erro, ju_bo_maus_tratos, ju_termo_adocao, ju_ata_jec_vizinhos, ju_procon_caps, ju_eutanasia, ju_reclamacao_tosador]


# --------------------------------------------------------------------------- saude


def sa_prontuario(g: Gen) -> Doc:
    """A veterinary consultation record printed from the clinic system (tutor, patient, exam, diagnosis, vet with CRMV)."""
    doc = Doc()
    fan, raz, dom, kind = clinic(g, "vet")
    t = g.person()
    v = g.person()
    pt = pet(g)
    dx, cd, qx = dx_for(g, pt)
    uf = g.pick(UFS)
    doc.f("«f» — PRONTUÁRIO ELETRÔNICO\nimpresso em «d» por «l»\n\n", f=fan, d=ts(g.moments(1)[0], "br"), l=login(g.person(), g))
    doc.f("Tutor: «n» | CPF «c» | «t»\n", n=P(g.pick([t.full, t.caps])), c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f("E-mail do tutor: «e»\n", e=(g.email(t), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("Endereço: «a» — CEP «p»\n", a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    nm = pt.name if g.chance(0.75) else f"{pt.name} {t.last}"
    doc.f("Paciente: «n» — «e», «b», «s», pelagem «c», nasc. «nd» («i»), «k» kg\n", n=nm.upper() if g.chance(0.4) else nm, e=pt.especie,
          b=pt.breed, s=pt.sexo, c=pt.coat, nd=dbr(pt.born), i=f"{pt.age} anos" if pt.age > 1 else "1 ano", k=num(pt.kg))
    if g.chance(0.5):
        doc.f("Microchip: «m»\n", m=chip(g))
    doc.f("\nCONSULTA «d» — M.V. «v» («cr»)\n", d=g.date("br"), v=P(g.pick([v.full, v.short])), cr=crmv(g, uf))
    doc.f("Anamnese: «a». Vacinas: «vv». Vermifugação há «m» meses.\n", a=qx,
          vv=g.pick(["em dia", "atrasadas", "tutor não sabe informar"]), m=g.ri(1, 18))
    doc.f("Exame físico: TR «tr» °C, FC «fc» bpm, FR «fr» mrm, TPC 2 s, mucosas «mu», desidratação «dh»%.\n", tr=num(g.ri(375, 408) / 10),
          fc=g.ri(80, 200), fr=g.ri(16, 60), mu=g.pick(["normocoradas", "hipocoradas", "ictéricas", "congestas"]), dh=g.pick([0, 5, 7, 10]))
    doc.f("Suspeita / diagnóstico: «d»\nConduta: «c»\n", d=dx, c=cd)
    if g.chance(0.6):
        v2 = g.person()
        doc.f("Encaminhado para «x» com «n» («cr»).\n", x=g.pick(["ultrassonografia abdominal", "ecocardiograma", "radiografia de tórax", "avaliação ortopédica"]),
              n=P(v2.full), cr=crmv(g, uf))
    doc.f("Retorno em «r» dias. Tutor orientado e ciente.\n", r=g.pick([3, 7, 10, 15, 30]))
    if g.chance(0.3):
        doc.f("Obs.: «o»\n", o=word_neg(g))
    return doc


def sa_carteira_vacinacao(g: Gen) -> Doc:
    """A vaccination card: the clinic's table with lots and the vets' stamps, and the CCZ rabies campaign stamp."""
    doc = Doc()
    fan, raz, dom, kind = clinic(g, "vet")
    t = g.person()
    pt = pet(g)
    city, uf = g.city()
    doc.f("CARTEIRA DE VACINAÇÃO — «f» (CNPJ «c»)\n\n", f=fan, c=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Nome do animal", V(pt.name)), ("Espécie / raça", V(f"{pt.especie} / {pt.breed}")), ("Nascimento", V(dbr(pt.born))),
              ("Microchip", V(chip(g) if g.chance(0.5) else "—")), ("Tutor(a)", P(g.pick([t.full, t.short]))),
              ("Telefone", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.4):
        fields.append(("Endereço", (g.address(), "ADDRESS")))
    if g.chance(0.4):
        fields.append(("E-mail", (g.email(t), "EMAIL_ADDRESS")))
    kv_block(g, doc, fields, g.pick(["plain", "box"]))
    rows = []
    vets = [(g.person(), crmv(g, uf)) for _ in range(2)]
    for vac in g.sample(VACC_CAT if pt.cat else VACC_DOG, g.ri(3, 4)):
        vp, vr = g.pick(vets)
        rows.append([V(vac), V(g.pick(["Vanguard", "Nobivac", "Recombitek", "Canigen", "Felocell", "Rabisin", "Defensor"])), V(lote(g)),
                     V(g.date("br", 2025)), V(g.date("br", 2026)), P(g.pick([vp.short, vp.full])), vr])
    doc.t("\n")
    table_ruled(doc, ["vacina", "laboratório", "partida", "aplicação", "revacinar", "veterinário(a)", "registro"], rows, g.pick(["plus", "pipe", "plain"]))
    vac = g.person()
    doc.f("\nCARIMBO: Campanha de Vacinação Antirrábica «y» — «c» — posto «p» — vacinador(a) «n» — partida «l»\n", y=g.ri(2024, 2026),
          c=ccz_name(city), p=g.pick(["E.M. Professora Adalgisa Quixadá", "UBS Vila Rosa", "Praça da Luz", "Paróquia São Bento", "Escola Estadual Jorge Amado"]),
          n=P(g.pick([vac.full, vac.short])), l=lote(g))
    doc.f("Próxima vermifugação: «d». Dúvidas no WhatsApp da clínica «t».\n", d=g.date("br", 2026), t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


def sa_termo_anestesia(g: Gen) -> Doc:
    """A consent term for anaesthesia and surgery (tutor, emergency contact, surgeon and anaesthetist with CRMV, ASA risk)."""
    doc = Doc()
    fan, raz, dom, kind = clinic(g, "vet")
    t = g.person()
    sg = g.person()
    an = g.person()
    pt = pet(g)
    uf = g.pick(UFS)
    doc.f("«f»\nTERMO DE CONSENTIMENTO PARA PROCEDIMENTO ANESTÉSICO E CIRÚRGICO\n\n", f=fan.upper())
    fields = [("Tutor(a) responsável", P(g.pick([t.full, t.caps]))), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.5):
        fields.append(("RG", (g.rg(), "BR_RG")))
    fields += [("Celular", (g.phone(), "PHONE_NUMBER")), ("Contato de emergência", P(g.spouse(t).full)), ("Tel. emergência", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.5):
        fields.append(("E-mail", (g.email(t), "EMAIL_ADDRESS")))
    fields += [("Paciente", V(pt.desc())), ("Procedimento", V(surgery(g, pt))),
               ("Risco anestésico", V(g.pick(["ASA I", "ASA II", "ASA III", "ASA IV"]))), ("Jejum", V(g.pick(["sólido 8 h / hídrico 2 h", "sólido 12 h"])))]
    kv_block(g, doc, fields, g.pick(["box", "dots", "plain"]))
    doc.f("\nDeclaro que fui informad«o» dos riscos inerentes à anestesia, inclusive de óbito, e AUTORIZO a realização do procedimento pela equipe: "
          "cirurgiã«x» «s» («sc») e anestesista «a» («ac»). «tr» transfusão sanguínea, se necessária.\n\n", o=t.o, x="" if sg.female else "o",
          s=P(sg.full), sc=crmv(g, uf), a=P(g.pick([an.full, an.short])), ac=crmv(g, uf), tr=g.pick(["Autorizo", "NÃO autorizo"]))
    doc.f("Orçamento aprovado: R$ «v» (caução de 50%).\n«c», «d».\n\nAssinatura do(a) tutor(a): ____________________\n", v=brl(fee(g, 600, 7800)),
          c=g.city()[0], d=g.date("long"))
    return doc


def sa_sinan_mordedura(g: Gen) -> Doc:
    """An animal-bite notification to SINAN (human rabies prophylaxis): victim, CNS, mother, address, the aggressor animal and its tutor."""
    doc = Doc()
    city, uf = g.city()
    kid = g.chance(0.35)
    vi = g.person()
    mo = g.person(True)
    if kid:
        mo = Person(mo.given, [s for s in mo.surnames if s not in PARTICLES][:1], True)
        vi = g.relative(mo)
    ow = g.person()
    nt = g.person(female=g.chance(0.8))
    md = g.person()
    pt = pet(g, "canino" if g.chance(0.8) else "felino")
    ic, ds = BITE_ICD[1] if pt.cat else BITE_ICD[0]
    doc.f("SINAN — FICHA DE INVESTIGAÇÃO — ATENDIMENTO ANTIRRÁBICO HUMANO\nNº da notificação: «n»   Data: «d»   Município: «c»/«u»\n"
          "Unidade de saúde: «us» — CNES «cn»\n\n", n=g.d(7), d=g.date("br"), c=city, u=uf,
          us=g.pick(["UBS Vila Rosa", "UPA 24h Jardim Aurora", "Pronto-Socorro Municipal", "UBS São Bento", "Policlínica Central"]), cn=g.d(7))
    fields = [("Nome do paciente", P(g.pick([vi.full, vi.caps]))), ("Data de nascimento", (g.dob("br", 2012, 2020) if kid else g.dob("br", 1945, 2006), "DATE_OF_BIRTH")),
              ("Sexo", V("F" if vi.female else "M")), ("Cartão SUS", (g.cns(), "BR_CNS")), ("Nome da mãe", P(g.pick([mo.full, mo.caps]))),
              ("Endereço", (g.address(g.pick(["text", "caps"])), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER"))]
    kv_block(g, doc, fields, g.pick(["box", "plain", "dots"]))
    loc, ic2 = g.pick([("mão", "S61.9"), ("perna", "S81.8"), ("cabeça/pescoço", "S01.9"), ("pé", "S91.3"), ("tronco", "T14.1")])
    doc.f("\nEXPOSIÇÃO: «t» — «l» — ferimento «f» — «ds» (CID «ic»; «ic2»)\n", ic2=ic2, t=g.pick(["mordedura", "mordedura", "mordedura", "arranhadura"]),
          l=loc, f=g.pick(["único superficial", "múltiplo profundo", "dilacerante"]), ds=ds, ic=ic)
    doc.f("ANIMAL AGRESSOR: «e» «s», nome «p», «v», passível de observação: «o»\nTutor do animal: «n», tel. «tt»\n", e=pt.especie,
          s=g.pick(["domiciliado", "domiciliado", "semidomiciliado", "do vizinho"]), p=pt.name, v=g.pick(["vacinado (antirrábica 2025)", "vacinação desconhecida"]),
          o=g.pick(["sim — 10 dias, CCZ", "sim", "não"]), n=P(g.pick([ow.full, ow.short])), tt=(g.phone(), "PHONE_NUMBER"))
    doc.f("CONDUTA: «c»; vacina antirrábica humana (Vero) lote «l»«s».\n", c=g.pick(["observação do animal + vacina", "lavagem + 4 doses de vacina",
                                                                                     "soro antirrábico + vacina"]), l=lote(g),
          s=g.pick(["", "; soro antirrábico lote " + lote(g)]))
    doc.f("\nNotificador(a): «n» — «c»\nMédico(a) responsável: «m» — «cr»\n", n=P(nt.full), c=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          m=P(md.full), cr=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("Comunicado ao «z» para observação do animal («r»).\n", z=ccz_name(city), r=role_mail(g, f"saude.{fold(city).lower().replace(' ', '')}.{uf.lower()}.gov.br", "zoonoses"))
    return doc


def sa_email_exames(g: Gen) -> Doc:
    """An e-mail thread clinic <-> veterinary lab: the request (tutor, patient, exams) and the pathologist's reply with results."""
    doc = Doc()
    fan, raz, dom, kind = clinic(g, "vet")
    lab = g.pick([("VetLab Serena Diagnósticos", "vetlabserena.com.br"), ("Laboratório Pet Bonfim", "labpetbonfim.com.br"),
                  ("Imagem Vet Aurora", "imagemvetaurora.com.br")])
    v = g.person()
    pa = g.person()
    t = g.person()
    pt = pet(g)
    tm = g.moments(2, g.day(), 2, (7, 22))
    vm = corp_mail(v, dom, g)
    pm = corp_mail(pa, lab[1], g)
    doc.f("From: «a» <«am»>\nTo: «b» <«bm»>\nCc: «r»\nDate: «d»\nSubject: Re: requisição — «p» («t»)\n\n", a=P(pa.full), am=(pm, "EMAIL_ADDRESS"),
          b=P(v.full), bm=(vm, "EMAIL_ADDRESS"), r=role_mail(g, lab[1], "resultados"), d=mail_date(tm[1]), p=pt.name, t=P(t.last if g.chance(0.5) else t.short))
    doc.f("«n», bom dia. Resultados em anexo: «r». Recomendo «x». Qualquer dúvida, meu celular «c».\n«s»\n«cr» — patologista clínic«o» — «l»\n\n",
          n=P(v.first), r=g.pick(["hematócrito 18%, trombocitopenia 45.000/µL, SNAP 4Dx positivo para Ehrlichia", "ureia 180 mg/dL, creatinina 4,2 mg/dL, SDMA 32 µg/dL",
                                  "citologia compatível com mastocitoma grau II", "cultura com Staphylococcus pseudintermedius resistente à meticilina",
                                  "ultrassom: imagem compatível com corpo estranho em duodeno"]),
          x=g.pick(["repetir hemograma em 7 dias", "PCR para Leishmania", "biópsia excisional com margens", "antibiograma já liberado"]),
          c=(g.phone(), "PHONE_NUMBER"), s=P(pa.short), cr=crmv(g), o=pa.o, l=lab[0])
    doc.f("> Em «d», «b» <«bm»> escreveu:\n> Segue requisição. Paciente «p», «e», «i» anos. Tutor: «t», tel. «tt».\n"
          "> Exames: «x». Coleta às «h», amostra com motoboy.\n> «v»\n> «cr»\n",
          d=ts(tm[0], "br"), b=P(v.short), bm=(vm, "EMAIL_ADDRESS"), p=pt.name, e=pt.especie, i=max(1, pt.age), t=P(t.full), tt=(g.phone(), "PHONE_NUMBER"),
          x=g.pick(["hemograma, bioquímico (ureia, creatinina, ALT, FA), SNAP 4Dx", "urinálise e RPCU",
                                                                        "citologia aspirativa de nódulo", "US abdominal", "cultura e antibiograma de otite"]),
          h=g.hm(), v=P(v.full), cr=crmv(g))
    if g.chance(0.5):
        doc.f("\nEncaminhado ao tutor em «e».\n", e=(g.email(t), "EMAIL_ADDRESS"))
    return doc


def sa_zap_internacao(g: Gen) -> Doc:
    """WhatsApp between a vet hospital's hospitalisation desk and the tutor (lower case): bulletins, deposit by Pix, visits."""
    doc = Doc()
    fan, raz, dom, kind = clinic(g, "hospital")
    t = g.person()
    v1 = g.person()
    v2 = g.person()
    pt = pet(g)
    st = chat_stamp(g.chance(0.4))
    tt = iter(seq_times(g, 20, g.moments(1, g.day(), 1, (6, 22))[0], 120, 4000))
    doc.f("Conversa do WhatsApp com «f» — Internação\n\n", f=fan)
    hv = V(fan)
    me = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.5) else P(g.pick([t.first, t.short, lower(t.first)]))
    dx, cd, qx = dx_for(g, pt)
    cl(doc, st(next(tt)), hv, "Boletim de «p»: «b». Suspeita de «d». — M.V. «v»", p=pt.name,
       b=g.pick(["estável, aceitou ração úmida", "febril, mantido no soro", "urinou, sem vômitos", "sonolento, dor controlada"]), d=dx, v=P(v1.short))
    cl(doc, st(next(tt)), me, g.pick(["graças a deus. «e» ta sozinh«o» ai?", "«e» comeu?? to muito preocupada", "posso levar o cobertorzinho d«e»?"]), e="ele" if pt.male else "ela", o=pt.o)
    cl(doc, st(next(tt)), hv, "A caução de R$ «v» pode ser paga por Pix na chave aleatória «k». A nota sai no CPF de quem?", v=brl(fee(g, 500, 3000)),
       k=(g.uuid(), "PIX_KEY"))
    cl(doc, st(next(tt)), me, "no meu, «c»", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    sp = g.spouse(t)
    cl(doc, st(next(tt)), me, "«x» «n» vai visitar as 15h, o cel é «p»", x="minha esposa" if sp.female else "meu marido",
       n=P(lower(sp.first)), p=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), hv, "Visita liberada das 15h às 16h, até 2 pessoas. A alta quem assina é «o» «v».", o="a Dra." if v2.female else "o Dr.",
       v=P(v2.full))
    if g.chance(0.5):
        cl(doc, st(next(tt)), me, "pode mandar o relatorio no email? «e»", e=(g.email(t), "EMAIL_ADDRESS"))
    cl(doc, st(next(tt)), hv, g.pick([f"«p» está seren{pt.o} hoje 🙏", "Boa noite! Sem intercorrências.", word_neg(g)]).replace("«p»", pt.name))
    return doc


def sa_cvi_viagem(g: Gen) -> Doc:
    """A health certificate for a pet travelling abroad (CVI) issued by the Vigiagro unit after the private vet's attestation."""
    doc = Doc()
    fan, raz, dom, kind = clinic(g, "vet")
    t = g.person()
    v = g.person()
    af = g.person()
    pt = pet(g)
    doc.f("MINISTÉRIO DA AGRICULTURA E PECUÁRIA — VIGIAGRO — «u»\nCERTIFICADO VETERINÁRIO INTERNACIONAL (CVI) Nº «n»\n\n",
          u=g.pick(["Aeroporto de Guarulhos", "Aeroporto do Galeão", "Aeroporto de Confins", "Aeroporto Salgado Filho", "Aeroporto de Viracopos"]),
          n=f"{g.d(4)}/{g.ri(2025, 2026)}/{g.pick(UFS)}")
    fields = [("Proprietário(a)", P(g.pick([t.full, t.capsf]))), ("Passaporte", V(f"{g.up(2)}{g.d(6)}")), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.5):
        fields.append(("Data de nascimento", (g.dob("br", 1950, 2005), "DATE_OF_BIRTH")))
    fields += [
              ("Endereço no Brasil", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone("plus"), "PHONE_NUMBER")),
              ("E-mail", (g.email(t), "EMAIL_ADDRESS")), ("Destino", V(g.pick(["Lisboa, Portugal", "Miami, EUA", "Madri, Espanha", "Buenos Aires, Argentina", "Toronto, Canadá"]))),
              ("Animal", V(pt.desc())), ("Nascimento do animal", V(dbr(pt.born))), ("Microchip (ISO 11784/11785)", V(chip(g))),
              ("Antirrábica", V(f"{g.date('br', 2025)} — partida {lote(g)}")), ("Sorologia FAVN", V(f"{num(g.ri(5, 60) / 10)} UI/mL em {g.date('br', 2025)}"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    doc.f("\nAtestado de saúde emitido por «v», «cr», em «d», declarando o animal livre de ectoparasitas e doenças infectocontagiosas.\n"
          "Auditor(a) Fiscal Federal Agropecuário(a): «a» — matrícula SIAPE «m»\n", v=P(v.full), cr=crmv(g), d=g.date("br"),
          a=P(g.pick([af.full, af.caps])), m=g.d(7))
    doc.f("Dúvidas: «r»\n", r=role_mail(g, "agro.gov.br", g.pick(["vigiagro", "transito.animal"])))
    return doc


SA = [sa_prontuario, sa_carteira_vacinacao, sa_termo_anestesia, sa_sinan_mordedura, sa_email_exames, sa_zap_internacao, sa_cvi_viagem]


# --------------------------------------------------------------------------- financeiro


def fi_reembolso_seguro(g: Gen) -> Doc:
    """A pet insurance claim (reimbursement request) and the analyst's decision."""
    doc = Doc()
    ins, iraz, idom = g.pick(INSURERS)
    fan, raz, dom, kind = clinic(g, "vet")
    s = g.person()
    v = g.person()
    an = g.person()
    pt = pet(g)
    dx, cd, qx = dx_for(g, pt)
    doc.f("«i» — AVISO DE SINISTRO / PEDIDO DE REEMBOLSO\nSinistro «s» · Apólice «a» · aberto em «d» pelo app\n\n", i=ins, s=f"SIN-{g.d(7)}",
          a=policy(g), d=ts(g.moments(1)[0], "br"))
    val = fee(g, 250, 9000)
    fields = [("Segurado(a)", P(g.pick([s.full, s.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("Nascimento", (g.dob("br", 1950, 2005), "DATE_OF_BIRTH")),
              ("E-mail", (g.email(s), "EMAIL_ADDRESS")), ("Celular", (g.phone(), "PHONE_NUMBER")), ("Pet", V(pt.desc())),
              ("Microchip", V(chip(g) if g.chance(0.5) else "não informado")), ("Atendimento", V(f"{g.date('br')} — {dx}")),
              ("Prestador", V(raz)), ("CNPJ do prestador", (g.any_cnpj(), "BR_CNPJ")), ("Veterinário(a)", P(v.full)), ("CRMV", crmv(g)),
              ("NF-e", V(f"{g.d(6)} série {g.ri(1, 3)}")), ("Valor apresentado", V(f"R$ {brl(val)}"))]
    kv_block(g, doc, fields, g.pick(["box", "plain", "dots"]))
    if g.chance(0.55):
        doc.f("Dados para reembolso: «b», agência «ag», conta «ac» (titular: o(a) segurado(a))\n", b=g.pick(BANKS)[1],
              ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    else:
        kind_, key = pix_key(g, s)
        doc.f("Dados para reembolso: Pix («k») «v»\n", k=kind_, v=key)
    pct = g.pick([70, 80, 100])
    doc.f("\nPARECER — «n», «d»: «r» Reembolso de R$ «v» («p»% da tabela), em até 10 dias úteis. Protocolo «pr».\n", n=P(g.pick([an.full, an.short])),
          d=g.date("br"), r=g.pick(["carência cumprida, cobertura de consulta e exames.", "internação coberta; ração terapêutica excluída.",
                                     "doença preexistente não declarada — negado parcialmente.", "documentação completa."]),
          v=brl(val * pct / 100), p=pct, pr=g.protocol())
    doc.f("Dúvidas: «m»\n", m=role_mail(g, idom, g.pick(["sinistros", "reembolso"])))
    return doc


def fi_csv_plano(g: Gen) -> Doc:
    """A pet health plan's monthly billing export (comma or semicolon CSV) with the analyst's notes."""
    doc = Doc()
    ins, iraz, idom = g.pick(INSURERS)
    sep = g.pick([";", ","])
    an = g.person()
    doc.f("# «i» — faturamento «m» — gerado por «l»\n", i=ins, m=f"{g.ri(1, 12):02d}/{g.ri(2025, 2026)}", l=login(an, g))
    cols = ["contrato", "titular", "cpf", "nascimento", "email", "celular", "plano", "pets", "valor", "cartao", "status"]
    rows = []
    for _ in range(g.ri(5, 8)):
        c = g.person()
        pets = " + ".join(p.name for p in [pet(g) for _ in range(g.ri(1, 2))])
        rows.append([V(policy(g)), P(g.pick([c.full, c.caps, c.short])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.dob(g.pick(["br", "iso"]), 1950, 2005), "DATE_OF_BIRTH") if g.chance(0.7) else V(""),
                     (g.email(c), "EMAIL_ADDRESS") if g.chance(0.85) else V(""), (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"),
                     V(g.pick(["Essencial", "Plus", "Premium", "Senior", "Felino"])), V(pets), V(brl(fee(g, 49, 389))), V(g.masked_card()),
                     V(g.pick(["pago", "pago", "recusado", "em aberto", "estornado"]))])
    table_csv(doc, cols, rows, sep)
    c = g.person()
    if g.chance(0.5):
        doc.f("\n# «n»: «c» mandou o cartão novo completo por e-mail («k», titular «h») — cadastrado e e-mail apagado.\n", n=P(an.first),
              c=P(c.short), k=(g.card(g.chance(0.5)), "CREDIT_CARD"), h=P(g.pick([c.capsf, g.spouse(c).capsf])))
    else:
        doc.f("\n# «n»: 3 recusas seguidas de «c» — enviar régua de cobrança. CPF informado no chat «x» não confere.\n", n=P(an.first),
              c=P(c.full), x=g.neg_cpf())
    return doc


def fi_jsonl_repasse(g: Gen) -> Doc:
    """A pet-taxi / dog-walker app's weekly payouts to partners as JSON lines (CPF, CNH and plate for drivers; Pix or account)."""
    doc = Doc()
    app, adom = g.pick(APPS)
    t = g.moments(6)
    for k in range(g.ri(4, 6)):
        p = g.person()
        drv = g.chance(0.6)
        partner = {"name": P(p.full), "cpf": (g.cpf(), "BR_CPF")}
        if g.chance(0.5):
            partner["birth_date"] = (g.dob("iso", 1960, 2005), "DATE_OF_BIRTH")
        if drv:
            partner["cnh"] = (g.cnh(), "BR_CNH")
            partner["plate"] = (g.plate(), "LICENSE_PLATE")
        else:
            partner["role"] = g.pick(["dog_walker", "pet_sitter"])
        if g.chance(0.6):
            kind_, key = pix_key(g, p)
            pay = {"method": "pix", "key_type": kind_, "key": key}
        else:
            pay = {"method": "ted", "bank": g.pick(BANKS)[0], "agency": (g.agency(), "BANK_ACCOUNT"), "account": (g.account(), "BANK_ACCOUNT")}
        ev = {"ts": ts(t[k], "iso"), "event": "payout.created", "partner": partner, "payout": pay, "jobs": g.ri(3, 60),
              "amount": round(fee(g, 120, 2400), 2), "ip": (g.ip(), "IP_ADDRESS"), "id": f"po_{g.hexs(12)}"}
        jval(doc, ev, None)
        doc.t("\n")
    an = g.person()
    doc.f("\n-- «n» («a»): repasse de «c» retido — «r». Webhook para «ip» devolveu 502.\n", n=P(an.first), a=app,
          c=P(g.person().short), r=g.pick(["CNH vencida", "reclamação de maus-tratos em apuração", "chave Pix de terceiro", "documento ilegível"]),
          ip=g.ip_priv())
    return doc


def fi_doacoes_ong(g: Gen) -> Doc:
    """An NGO's monthly accounts: Pix donations (masked CPFs), sponsors, vet bills and the signatures."""
    doc = Doc()
    ngo, raz, dom = g.pick(NGOS)
    fan, craz, cdom, kind = clinic(g, "vet")
    doc.f("PRESTAÇÃO DE CONTAS — «n» — «m»\n\nENTRADAS (Pix na chave aleatória «k»)\n", n=ngo, m=f"{g.pick(MONTHS)}/{g.ri(2025, 2026)}",
          k=(g.uuid(), "PIX_KEY"))
    rows = []
    for _ in range(g.ri(4, 7)):
        d = g.person()
        anon = g.chance(0.2)
        rows.append([V(g.date("br")), V("Anônimo") if anon else P(g.pick([d.full, d.capsf, d.short])),
                     V("—" if anon else f"***.{g.d(3)}.{g.d(3)}-**"), V(brl(g.pick([10, 20, 25, 50, 100, 150, 300]) + 0.0)),
                     V(g.pick(["Pix", "Pix", "boleto", "cartão", "bazar"]))])
    table_ruled(doc, ["data", "doador(a)", "CPF", "valor", "origem"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.t("\nAPADRINHAMENTOS\n")
    for _ in range(g.ri(2, 4)):
        pd = g.person()
        pt = pet(g)
        doc.f("- «n» («e») apadrinha «p» — R$ «v»/mês\n", n=P(pd.full), e=(g.email(pd), "EMAIL_ADDRESS"), p=pt.name, v=brl(g.pick([30, 50, 80]) + 0.0))
    v = g.person()
    doc.f("\nSAÍDAS\n- «f» (CNPJ «c»): castração de «k» gatas e «m» cadelas — NF «nf» — R$ «v1»\n- Plantão de resgate, M.V. «vv» («cr») — R$ «v2»\n"
          "- Ração e areia — R$ «v3»\n", f=craz, c=(g.any_cnpj(), "BR_CNPJ"), k=g.ri(2, 9), m=g.ri(1, 6), nf=g.d(6), v1=brl(fee(g, 900, 4000)),
          vv=P(v.full), cr=crmv(g), v2=brl(fee(g, 300, 900)), v3=brl(fee(g, 400, 2500)))
    doc.f("\nConta da associação: «b», agência «ag», conta «ac».\n", b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    tz = g.person(True)
    pr = g.person()
    ct = g.person()
    doc.f("\n«t» — tesoureira\n«p» — presidente\n«c» — contador(a), «crc»\n", t=P(tz.full), p=P(pr.full), c=P(ct.full),
          crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f("Obs.: «o»\n", o=word_neg(g))
    return doc


def fi_extrato_maquininha(g: Gen) -> Doc:
    """A pet shop's card-machine statement (fixed width, groomers cut at the field width) with a chargeback note."""
    doc = Doc()
    fan, raz, dom, kind = clinic(g, "petshop")
    doc.f("EXTRATO DE VENDAS — «a» — EC «e» — «r» (CNPJ «c»)\nPeríodo: «d1» a «d2»\n\n", a=g.pick(["PagBem", "Cielinho", "StoneX Pay", "GetPay"]),
          e=g.d(10), r=raz, c=(g.any_cnpj(), "BR_CNPJ"), d1=g.date("br"), d2=g.date("br"))
    doc.t("DATA       NSU         CARTÃO               BANDEIRA  VALOR      ITEM           ATENDENTE\n")
    for _ in range(g.ri(4, 7)):
        pr = g.person()
        doc.t(f"{g.date('br')} ")
        doc.cell(g.pick([g.d(6), g.d(9) + g.up(1), f"{g.d(4)}.{g.d(4)}"]), 11)
        doc.t(" ")
        doc.cell(g.pick([f"**** **** **** {g.d(4)}", f"{g.pick('45')}{g.d(5)}******{g.d(4)}"]), 20)
        doc.t(" " + g.pick(["VISA    ", "MASTER  ", "ELO     ", "AMEX    "]) + "  ")
        doc.cell(brl(fee(g, 35, 600)), 9, right=True)
        doc.t("  ")
        doc.cell(g.pick(["BANHO", "BANHO+TOSA", "TOSA HIGIEN.", "HIDRATACAO", "RACAO 15KG", "TAXI DOG"]), 13)
        doc.t("  ")
        doc.e(cut(pr.short.upper(), 14), "PERSON")
        doc.t("\n")
    h = g.person()
    doc.f("\nCHARGEBACK «p»: portador «n» contesta compra; cartão informado pelo emissor «k». Enviar comprovante de serviço e a ficha do pet «pt» em 7 dias.\n",
          p=g.protocol(), n=P(h.capsf), k=(g.card(g.chance(0.5)), "CREDIT_CARD"), pt=pet(g).name)
    doc.f("Conta de liquidação: agência «ag» conta «ac»\n", ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    return doc


def fi_cobranca_internacao(g: Gen) -> Doc:
    """A collection notice for an unpaid hospitalisation bill, with instalments, a Pix key and the e-signature log."""
    doc = Doc()
    fan, raz, dom, kind = clinic(g, "hospital")
    c = g.person()
    rep = g.person()
    pt = pet(g)
    cm = g.email(c)
    doc.f("«r» — CNPJ «cn»\nNOTIFICAÇÃO DE DÉBITO E PROPOSTA DE ACORDO\n\n«s» ", r=raz, cn=(g.any_cnpj(), "BR_CNPJ"), s="À Sra." if c.female else "Ao Sr.")
    qualify(g, doc, c, email=cm, phone=True, titulo=g.chance(0.25))
    n = g.pick([3, 4, 6, 10])
    tot = g.ri(4, 40) * 250.0
    d0 = g.day()
    due = g.after(d0, 30, 60)
    doc.f(".\n\nConsta em aberto a conta da internação d«o» paciente «p» («e»), de «d1» a «d2» (OS «k»), no valor de R$ «t». "
          "Proposta: «n» parcelas de R$ «pp», por boleto ou Pix na chave aleatória «pk». A retenção do animal por dívida é vedada, "
          "e por isso o animal recebeu alta normalmente.\n\n", o=pt.o, p=pt.name, e=pt.especie, d1=dbr(d0), d2=dbr(g.after(d0, 2, 15)), k=g.d(7),
          t=brl(tot), n=n, pp=brl(tot / n), pk=(g.uuid(), "PIX_KEY"))
    rows = [[V(f"{k + 1}/{n}"), V(dbr(due + datetime.timedelta(days=30 * k))), V(brl(tot / n))] for k in range(n)]
    table_ruled(doc, ["parcela", "vencimento", "valor"], rows, g.pick(["plus", "plain"]))
    rm = corp_mail(rep, dom, g)
    doc.f("\nResponsável pela cobrança: «n», «e».\n", n=P(rep.full), e=(rm, "EMAIL_ADDRESS"))
    esign_log(g, doc, [(rep, rm), (c, cm)], g.moments(1)[0])
    return doc


def fi_rpa_veterinario(g: Gen) -> Doc:
    """An RPA (recibo de pagamento a autônomo) for a freelance on-call or anaesthetist vet."""
    doc = Doc()
    fan, raz, dom, kind = clinic(g, "vet")
    p = g.person()
    v = g.ri(900, 7000) + 0.0
    doc.f("RECIBO DE PAGAMENTO A AUTÔNOMO — RPA nº «n»\n\nFONTE PAGADORA: «r» — CNPJ «c»\n\n", n=g.d(4), r=raz, c=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Nome", P(g.pick([p.full, p.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("NIT/PIS", (g.pis(), "BR_PIS")), ("Registro", crmv(g)),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
              ("Serviço", V(g.pick(["plantões noturnos (4 x 12 h)", "anestesias — mutirão de castração", "cirurgias ortopédicas", "ultrassonografias"]))),
              ("Valor bruto", V(brl(v))), ("INSS 11%", V(brl(v * 0.11))), ("ISS", V(brl(v * 0.05))), ("Líquido", V(brl(v * 0.84)))]
    kv_block(g, doc, fields, g.pick(["box", "dots"]))
    doc.f("Banco «b», agência «ag», conta «ac»\n\nRecebi a importância líquida acima. «c», «d».\n\n«n»\n", b=g.pick(BANKS)[1],
          ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), c=g.city()[0], d=g.date("long"), n=P(p.full))
    if g.chance(0.5):
        ct = g.person()
        doc.f("Conferido: «n» — «crc»\n", n=P(ct.short), crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    return doc


FI = [fi_reembolso_seguro, fi_csv_plano, fi_jsonl_repasse, fi_doacoes_ong, fi_extrato_maquininha, fi_cobranca_internacao, fi_rpa_veterinario]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN11 = re.compile(r"(?<![\d.\-/])(\d[\d.\-]{9,14}\d)(?![\d]|[.\-/]\d)")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")
ROLE_RE = re.compile(r"(%s)@" % "|".join(re.escape(b) for b in ROLE_BOXES), re.I)


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
            assert re.match(r"(CRMV|CRM|COREN|OAB|CRC)(?![A-Z])", v), (rid, v)
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
    print("hundredfifteenth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
