"""Build the hundred-and-fourteenth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredfourteenth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 11414, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets: BEAUTY SALONS, BARBERSHOPS, TATTOO STUDIOS AND AESTHETIC
CLINICS -- booking apps and WhatsApp scheduling, client files (anamnesis before tattoos, peels,
laser, botulinum toxin and fillers), consent terms for minors' piercings (ECA, Lei 8.069/1990),
adverse-event notifications to the municipal health surveillance (VISA), lawsuits over botched
procedures and burns, Procon complaints and infraction records, complaints to professional councils
(biomédicos CRBM, dentistas CRO, médicos CRM), partnership contracts and commission splits between
salon and professionals (Lei do Salão Parceiro, Lei 13.352/2016), card machine statements and
chargebacks, subscription clubs, gift cards, freelancers' RPA, collection of treatment packages.
All businesses are invented (Studio Rosa Brava, Barbearia Leão de Ouro, Estrela Negra Tattoo,
Clínica Aurora Estética Avançada, Espaço Flor de Lótus, Barbearia Dom Prudente, Bento Ink Tattoo &
Piercing, Instituto Luz da Pele, Salão Vitória Régia, Clínica Amado Harmonização; the apps
AgendaBela, Marquei!, BarbaPro, SalãoFácil; the card acquirers), and so is every person.
Layouts: WhatsApp exports (Android and iOS stamps, senders by number or name, "Você"), a booking
app's back-office screen (ruled box, dotted leaders or plain), CSV exports (semicolon and comma,
first_name/last_name split), a speech-to-text call (lower case, CPF in groups or words, spoken
birth date and phone) with the typed record, e-mails with quoted replies and X-Originating-IP,
JSON lines, a fixed-width card statement (names cut at the field width), Markdown tables, forms,
ruled tables, legal prose (claims, hearing minutes, contracts, notices) and OCR'd forms.
- atendimento: (0) WhatsApp booking: bot, then the receptionist; CPF (sometimes first mistyped),
  birth date, a random Pix key for the deposit, sometimes a full card typed, e-mail, other phone, a
  spouse who paid; (1) a booking app's client screen (phone, e-mail, birth date, CPF, address, CEP,
  signup IP) with the appointment history (professionals) and a dependent's birth date; (2) a tattoo
  studio's anamnesis and liability form (CNPJ, RG, CPF, birth date, phone, address, CEP, emergency
  contact and phone, e-mail, the artist); (3) a consent term for a minor's piercing (guardian
  qualified; the minor's name, birth date and sometimes RG; the piercer; a witness with CPF);
  (4) an e-mail thread on a Procon complaint (manager's corporate e-mail and landline, the client's
  e-mail, CPF, phone, agency and account, a sister's phone, the client's public IP); (5) a booking
  system's client export as CSV; (6) a speech-to-text call about a complication and the typed record.
- juridico: (0) a civil claim for a laser/peel burn (plaintiff qualified, the clinic's CNPJ, the
  professional's CRBM/CRO/CRM, the ER physician's CRM, a witness with CPF, address, CEP, CNJ
  precedent, lawyers with OAB and e-mail); (1) an ALL CAPS Procon infraction record (CNPJ, the owner
  and complainant with CPF, phone, the inspector) and the prior defence (lawyer with OAB and e-mail);
  (2) a salão-parceiro contract (the MEI's root + name, CNPJ, qualified partner with PIS/título,
  agency, account or Pix key, witnesses, e-signature log); (3) small-claims hearing minutes and
  sentence; (4) a manicure's or barber's labour claim (PIS, título, manager's WhatsApp, witnesses);
  (5) an extrajudicial notice by e-mail on a filler complication (e-signature log); (6) an OCR'd
  complaint to a professional council.
- saude: (0) an anamnesis for injectables in a ruled box (CNPJ, landline, birth date, CPF, CNS,
  the professional's registration); (1) an adverse-event notification to VISA (CNS, CEP, the
  notifier's CRM/CRBM/COREN and e-mail, the inspector); (2) a laser session log and the burn's
  evolution note (operators, CRM); (3) an e-mail thread dermatologist <-> responsible technician on a
  vascular occlusion (corporate e-mails, phones, CPF, CRM and another registration); (4) the day's
  agenda of a clinic as semicolon CSV; (5) WhatsApp follow-up of an infected tattoo (CNS, birth
  date, e-mail); (6) an ER referral and sick note after a chemical burn (CPF, birth date, address,
  CEP, CRM, a companion's phone).
- financeiro: (0) a card machine statement in fixed width (masked cards, professionals cut at the
  field width) with a chargeback quoting the full card and its holder, the settlement account;
  (1) the weekly commission split in Markdown (CPF or MEI CNPJ, agency, account or Pix key of any
  kind); (2) a barbershop subscription club's JSON lines (name, e-mail, E.164 phone, CPF, public IP,
  billing address and CEP; a private webhook target); (3) gift card issue report (buyers with e-mail
  and CPF, recipients with phone, the salon's random Pix key); (4) an RPA for a freelancer (CPF,
  NIT/PIS, address, CEP, agency, account, accountant's CRC); (5) a collection notice for a
  treatment package with instalments, Pix key and e-signature log; (6) the cash-closing WhatsApp chat.

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Dra.", "dona"; particles and suffixes are inside; "SURNAME, GIVEN" is one span; first names,
nicknames, lower case and ALL CAPS forms are persons; first_name/last_name columns are one span
each. Staff named in the text (receptionists, managers, tattoo artists, piercers, barbers,
professionals, physicians, inspectors, lawyers, conciliators, judges, accountants) are persons;
logins and bots (Bela, Lumi, Barbinha, Rosinha Bot, Aurora) are not. Corporate e-mails of people
are EMAIL_ADDRESS; role mailboxes (sac@, juridico@, financeiro@, giftcard@, visa@...) are not.
ADDRESS is street + number + complement; the CEP is BR_CEP. Agency and account are separate
BANK_ACCOUNT spans. PIX_KEY only for random keys; a key that is a CPF, phone or e-mail takes that
label. DATE_OF_BIRTH only for births (a minor's, a dependent's included); appointment, procedure,
hearing, due and signature dates are not. Masked cards are not labelled.
Decisions of this set:
- PROFESSIONAL_ID covers CRBM, CRO, CRM, COREN, CRC and OAB with the council and UF or region.
  Esteticistas, tattoo artists, piercers, barbers and manicures have no council: no registration is
  written for them. Procon and VISA inspectors' badges ("MATRICULA 123456") are not labelled.
- Not labelled: booking ids, order and subscription ids, NSU and EC numbers of the acquirer, gift
  card codes, product batches (lotes), contract numbers, Procon and VISA protocol numbers, a birth
  certificate's registration number, the MEI's 8-digit CNPJ root before the owner's name.
- A full card number quoted by the issuer in a chargeback, or typed in a chat, is CREDIT_CARD.
- The card holder named in a chargeback or chat is a PERSON; a chat sender by name is a PERSON, by
  number PHONE_NUMBER; "Você" and the salon as a chat party are not labelled.
- Names cut at a fixed-width field, or damaged by OCR, are labelled as they stand.

Names: Brazilian names of many origins (Portuguese common, north-eastern and old-fashioned,
coined, Italian, German, Polish, Japanese, Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese,
Cape Verdean, indigenous, Jewish, Bolivian, Paraguayan, Venezuelan), rare or invented name words
well above a quarter (main() prints the share). Names that are also words (Rosa, Luz, Flor,
Vitória, Aurora, Bento, Prudente, Amado, Leão, Branco...) are names here and, elsewhere, words,
salons, bots and places, not persons ("uma rosa fineline", "a luz do laser", "Barbearia Dom
Prudente", "Instituto Luz da Pele", "Bento Gonçalves", "Rua Prudente de Morais").

Hard negatives: CNJ numbers, mistyped CPFs (checked to fail), protocol numbers, ICD-10 codes
(T21.2, L24.3, I74.9...), money, fluences, laws (Lei 8.078/1990, Lei 13.352/2016, Lei 8.069/1990,
Lei 9.099/1995, Lei 13.709/2018, Súmula 387 do STJ), companies and streets named after people or
words, non-birth dates, private IPs; the script checks CPF-, PIS-, CNH-, título-, CNS- and
card-shaped runs outside the spans.
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
JOBS = {True: ["motorista de ônibus", "cobradora", "auxiliar de tráfego", "agente de vendas de passagens", "aposentada",
              "diarista", "técnica de enfermagem", "estudante", "comerciante", "cozinheira", "professora", "do lar"],
        False: ["motorista de ônibus rodoviário", "cobrador", "mecânico de ônibus", "fiscal de tráfego", "agente de vendas",
               "aposentado", "pedreiro", "estudante", "comerciante", "vigilante", "agricultor", "despachante de bagagens"]}
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



# --------------------------------------------------------------------------- register: salons, barbershops, tattoo studios, aesthetic clinics

SEED = 11414
OUT_NAME = "hundredfourteenth.jsonl"

SALONS = [("Studio Rosa Brava", "Rosa Brava Beleza e Estética Ltda.", "rosabrava.com.br", "salão"),
          ("Barbearia Leão de Ouro", "Leão de Ouro Barbearia Ltda.", "leaodeouro.com.br", "barbearia"),
          ("Estrela Negra Tattoo", "Estrela Negra Tatuagens e Piercings Ltda.", "estrelanegratattoo.com.br", "estúdio"),
          ("Clínica Aurora Estética Avançada", "Aurora Estética Avançada Ltda.", "auroraestetica.com.br", "clínica"),
          ("Espaço Flor de Lótus", "Flor de Lótus Cabeleireiros Ltda. ME", "flordelotus.com.br", "salão"),
          ("Barbearia Dom Prudente", "Dom Prudente Barbearia e Tabacaria Ltda.", "domprudente.com.br", "barbearia"),
          ("Bento Ink Tattoo & Piercing", "Bento Ink Estúdio de Tatuagem Ltda.", "bentoink.com.br", "estúdio"),
          ("Instituto Luz da Pele", "Instituto Luz da Pele Dermatologia e Estética S.A.", "luzdapele.med.br", "clínica"),
          ("Salão Vitória Régia", "Vitória Régia Beleza Ltda.", "vitoriaregiasalao.com.br", "salão"),
          ("Clínica Amado Harmonização", "Amado Harmonização Orofacial Ltda.", "amadoharmoniza.com.br", "clínica")]
APPS = [("AgendaBela", "agendabela.app"), ("Marquei!", "marquei.com.br"), ("BarbaPro", "barbapro.com.br"), ("SalãoFácil", "salaofacil.com.br")]
BOTS = ["Bela", "Lumi", "Barbinha", "Rosinha Bot", "Aurora"]
ROLE_BOXES = ["sac", "contato", "agendamento", "atendimento", "recepcao", "financeiro", "juridico", "naoresponda", "procon",
              "ouvidoria", "qualidade", "rh", "dp", "cobranca", "giftcard", "assinaturas", "suporte", "faturamento", "notificacao",
              "visa", "cevs", "secretaria", "privacidade", "dpo", "responsavel.tecnico", "clientes", "parcerias", "caixa", "marketing",
              "no-reply", "protocolo", "denuncias", "fiscalizacao"]
PROCS = [("toxina botulínica (glabela e frontal)", "clínica"), ("preenchimento labial com ácido hialurônico", "clínica"),
         ("peeling químico de ácido tricloroacético 20%", "clínica"), ("depilação a laser diodo (axilas e virilha)", "clínica"),
         ("remoção de tatuagem a laser Q-switched", "clínica"), ("bioestimulador de colágeno", "clínica"),
         ("micropigmentação de sobrancelhas", "estúdio"), ("tatuagem fineline antebraço", "estúdio"), ("tatuagem fechamento de costas (sessão 3)", "estúdio"),
         ("piercing helix", "estúdio"), ("piercing septo", "estúdio"), ("escova progressiva", "salão"), ("luzes + tonalizante", "salão"),
         ("alongamento em gel", "salão"), ("corte degradê + barba", "barbearia"), ("platinado", "barbearia"), ("pigmentação de barba", "barbearia"),
         ("fios de PDO", "clínica"), ("lipo enzimática de papada", "clínica"), ("dermaplaning", "clínica")]
ADV_ICD = [("T21.2", "queimadura de 2º grau do tronco"), ("T22.2", "queimadura de 2º grau do ombro e membro superior"),
           ("T24.1", "queimadura de 1º grau do membro inferior"), ("L24.3", "dermatite de contato irritativa por cosméticos"),
           ("L23.5", "dermatite alérgica de contato (tinta de tatuagem)"), ("T88.7", "efeito adverso de medicamento"),
           ("L02.0", "abscesso cutâneo da face"), ("T78.3", "edema angioneurótico"), ("L81.0", "hiperpigmentação pós-inflamatória"),
           ("L91.0", "cicatriz hipertrófica / queloide"), ("H02.4", "ptose palpebral"), ("T81.4", "infecção subsequente a procedimento"),
           ("L08.9", "infecção localizada da pele"), ("I74.9", "oclusão vascular após preenchimento"), ("L65.9", "queda de cabelo não cicatricial")]
PRODUCTS = ["Botulift 100U", "Hialux Lips 1ml", "Radiesse-like CaHA 1,5ml", "Sculptra-like PLLA", "TCA 20% manipulado",
            "tinta Eternal Ink preta", "tinta Intenze vermelha", "guia de progressiva Liss Max", "pigmento Mag Color marrom", "Deoxicolato 2%"]
JOBS = {True: ["manicure", "cabeleireira", "esteticista", "maquiadora", "designer de sobrancelhas", "recepcionista", "biomédica",
               "tatuadora", "estudante", "professora", "advogada", "enfermeira", "do lar", "autônoma"],
        False: ["barbeiro", "cabeleireiro", "tatuador", "body piercer", "recepcionista", "estudante", "motorista de aplicativo",
                "comerciante", "vigilante", "analista de sistemas", "pedreiro", "autônomo"]}


def salon(g: Gen, kind: str | None = None) -> tuple[str, str, str, str]:
    opts = [s for s in SALONS if kind is None or s[3] == kind]
    return g.pick(opts)


def proc(g: Gen, kind: str | None = None) -> str:
    return g.pick([p for p, k in PROCS if kind is None or k == kind])


def order_id(g: Gen) -> str:
    return g.pick([f"AG-{g.d(6)}", f"#{g.d(5)}", f"{g.up(3)}{g.d(5)}", f"agd_{g.hexs(10)}", f"RES{g.d(7)}"])


def gift_code(g: Gen) -> str:
    return f"{g.up(4)}-{g.up(2)}{g.d(2)}-{g.d(4)}"


def nsu(g: Gen) -> str:
    return g.pick([g.d(6), g.d(9) + g.up(1), f"{g.d(4)}.{g.d(4)}"])


def lote(g: Gen) -> str:
    return g.pick([f"L{g.d(5)}", f"{g.up(2)}{g.d(4)}-{g.ri(24, 27)}", f"lote {g.d(6)}"])


def word_neg(g: Gen) -> str:
    return g.pick(["A luz do laser estava calibrada, segundo o técnico.", "Foi uma vitória conseguir horário no sábado.",
                   "Seria prudente esperar 15 dias antes do sol.", "A toalha branca ficou manchada de tinta.",
                   "Ela quer uma rosa fineline no pulso, igual a da foto.", "A Barbearia Leão de Ouro abriu filial em Bento Gonçalves.",
                   "O Salão Vitória Régia fecha às 20h no sábado.", "Cliente amado, volte sempre! 💈", "Promoção de aurora boreal nas luzes só até sexta.",
                   "Justo na semana do casamento a unha quebrou.", "A estrela no tornozelo precisa de retoque.",
                   "Flor de cerejeira nas costas, 3 sessões.", "A paz do estúdio acabou quando a máquina parou.",
                   "O Instituto Luz da Pele não atende convênio.", "Esperança é que a mancha clareie com o ácido.",
                   "A Estrela Negra Tattoo não faz piercing em menor sem responsável presente.",
                   "Na Rua Prudente de Morais tem estacionamento conveniado.", "O leão no antebraço ficou com o traço tremido."])


def prof_reg(g: Gen, p: Person | None = None) -> tuple[str, tuple]:
    """(title, (registration, PROFESSIONAL_ID)) of an aesthetic professional: biomédico, dentista or médico."""
    k = g.pick(["CRBM", "CRBM", "CRO", "CRM"])
    f = p.female if p else g.chance(0.5)
    t = {"CRBM": "Biomédica esteta" if f else "Biomédico esteta", "CRO": "Cirurgiã-dentista" if f else "Cirurgião-dentista",
         "CRM": "Médica dermatologista" if f else "Médico dermatologista"}[k]
    return t, (g.council(k), "PROFESSIONAL_ID")


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."


# --------------------------------------------------------------------------- atendimento


def at_zap_agendamento(g: Gen) -> Doc:
    """WhatsApp booking with a salon or clinic: a bot, then the receptionist; signal by Pix, card typed, birth date for the file."""
    doc = Doc()
    fan, raz, dom, kind = salon(g)
    c = g.person(female=g.chance(0.7))
    rec = g.person(female=g.chance(0.8))
    prof = g.person()
    bot = g.pick(BOTS)
    ios = g.chance(0.4)
    st = chat_stamp(ios)
    tt = iter(seq_times(g, 30, g.moments(1, g.day(), 1, (8, 21))[0], 20, 400))
    doc.f("Conversa do WhatsApp com «f»\n\n", f=fan)
    me = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.5) else P(g.pick([c.first, c.short, c.nick]))
    shop = V(fan)
    cl(doc, st(next(tt)), me, g.pick(["oi, queria marcar", "Boa tarde! tem horário sábado?", "oii quero agendar"]))
    cl(doc, st(next(tt)), shop, f"Olá! Eu sou a {bot}, assistente virtual do {fan} 💅 Para agendar, me diga seu nome completo e CPF.")
    cpf = g.cpf()
    if g.chance(0.35):
        cl(doc, st(next(tt)), me, "«n» «c»", n=P(g.pick([c.full, c.low])), c=V(g.neg_cpf()))
        cl(doc, st(next(tt)), shop, "CPF inválido 😕 confere pra mim?")
        cl(doc, st(next(tt)), me, "foi mal, «c»", c=(cpf, "BR_CPF"))
    else:
        cl(doc, st(next(tt)), me, "«n», cpf «c»", n=P(g.pick([c.full, c.low, c.full])), c=(cpf, "BR_CPF"))
    cl(doc, st(next(tt)), shop, "Primeira vez com a gente? Preciso da data de nascimento para a ficha.")
    cl(doc, st(next(tt)), me, "«d»", d=(g.dob(None, 1960, 2006), "DATE_OF_BIRTH"))
    p = proc(g, kind)
    cl(doc, st(next(tt)), shop, "Transferindo para atendimento humano. Aguarde 🙏")
    r = P(g.pick([rec.first, rec.short]))
    doc.t(st(next(tt)))
    doc.t(fan + ": ")
    doc.f("Oi, aqui é a «r» da recepção! Temos «h» com «p» para «x». Sinal de R$ «v» por Pix na chave aleatória «k» 😊\n",
          r=r, h=g.hm(), p=P(g.pick([prof.first, prof.short])), x=p, v=brl(g.pick([30, 50, 80, 100, 150]) + 0.0), k=(g.uuid(), "PIX_KEY"))
    if g.chance(0.45):
        cl(doc, st(next(tt)), me, "não tenho pix agora, pode ser no cartão? «n» val «v» cvv «cv»", n=(g.card(g.chance(0.6)), "CREDIT_CARD"),
           v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}", cv=g.d(3))
        doc.t(st(next(tt)) + fan + ": ")
        doc.f("Por segurança não passe o cartão aqui! Vou apagar. Te mando o link de pagamento no e-mail, qual é?\n")
        cl(doc, st(next(tt)), me, "«e»", e=(g.email(c), "EMAIL_ADDRESS"))
    else:
        cl(doc, st(next(tt)), me, "pago! comprovante no nome de «n»", n=P(g.spouse(c).full))
    if g.chance(0.5):
        o = g.phone("par")
        cl(doc, st(next(tt)), me, "se não atender liga nesse outro «o»", o=(o, "PHONE_NUMBER"))
    cl(doc, st(next(tt)), shop, "Agendamento «a» confirmado ✅ Chegue 10 min antes. Cancelamentos com menos de 24h perdem o sinal (Lei 8.078/1990 garante a informação prévia).",
       a=order_id(g))
    if g.chance(0.3):
        cl(doc, st(next(tt)), me, word_neg(g))
    return doc


def at_tela_app(g: Gen) -> Doc:
    """A booking app's back-office screen: the client's profile (ruled box) and the appointment history."""
    doc = Doc()
    app, adom = g.pick(APPS)
    fan, raz, dom, kind = salon(g)
    c = g.person()
    op = g.person(female=g.chance(0.7))
    doc.f("«a» · Painel do estabelecimento · «f»\nusuário logado: «l»\n\nCLIENTE\n", a=app, f=fan, l=login(op, g))
    fields = [("Nome", P(g.pick([c.full, c.caps]))), ("Celular", (g.phone(g.pick(["par", "plus", "nospace"])), "PHONE_NUMBER")),
              ("E-mail", (g.email(c), "EMAIL_ADDRESS")), ("Nascimento", (g.dob(g.pick(["br", "iso"]), 1958, 2006), "DATE_OF_BIRTH"))]
    if g.chance(0.7):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    if g.chance(0.6):
        fields.append(("Endereço", (g.address(), "ADDRESS")))
        fields.append(("CEP", (g.cep(g.chance(0.8)), "BR_CEP")))
    fields.append(("Cliente desde", V(g.date("br", g.pick([2021, 2022, 2023, 2024])))))
    fields.append(("Origem", V(g.pick(["Instagram", "indicação", "Google", "app", "passou na frente"]))))
    fields.append(("IP do cadastro", (g.ip(), "IP_ADDRESS")))
    kv_block(g, doc, fields, g.pick(["box", "dots", "plain"]))
    doc.t("\nHISTÓRICO DE AGENDAMENTOS\n")
    rows = []
    for _ in range(g.ri(3, 6)):
        pr = g.person()
        rows.append([V(order_id(g)), V(g.date("br")), V(g.hm()), V(cut(proc(g, kind), 28)), P(g.pick([pr.first, pr.short])),
                     V(g.pick(["concluído", "concluído", "no-show", "cancelado cliente", "remarcado"])), V(brl(fee(g, 40, 900)))])
    table_ruled(doc, ["id", "data", "hora", "serviço", "profissional", "status", "valor"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.f("\nPagamento salvo: «m» · Observação interna: «o»\n", m=g.masked_card(),
          o=g.pick(["alérgica a amônia", "prefere a cadeira 2", "não mandar promoção", "pediu nota fiscal no CNPJ da empresa", "cliente VIP"]))
    if g.chance(0.5):
        f2 = g.relative(c)
        doc.f("Dependente vinculado: «n» (nasc. «d»)\n", n=P(f2.full), d=(g.dob("br", 2010, 2020), "DATE_OF_BIRTH"))
    return doc


def at_ficha_tatuagem(g: Gen) -> Doc:
    """A tattoo studio's anamnesis and consent form (dotted leaders or 'Campo: valor')."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, "estúdio")
    c = g.person()
    art = g.person()
    em = g.person()
    doc.f("«f» — CNPJ «c»\nFICHA DE ANAMNESE E TERMO DE RESPONSABILIDADE — TATUAGEM / PIERCING\n\n", f=fan.upper(), c=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Nome completo", P(g.pick([c.full, c.caps, c.low]))), ("RG", (g.rg(), "BR_RG")), ("CPF", (g.cpf(), "BR_CPF")),
              ("Data de nascimento", (g.dob(g.pick(["br", "short", "nopad"]), 1970, 2007), "DATE_OF_BIRTH")),
              ("Telefone / WhatsApp", (g.phone(), "PHONE_NUMBER")), ("Endereço", (g.address(g.pick(["text", "low"])), "ADDRESS")),
              ("CEP", (g.cep(), "BR_CEP")), ("Contato de emergência", P(em.full)), ("Tel. emergência", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.5):
        fields.append(("E-mail", (g.email(c), "EMAIL_ADDRESS")))
    kv_block(g, doc, fields, g.pick(["dots", "plain"]))
    doc.t("\nQUESTIONÁRIO (marque X)\n")
    for q in g.sample(["Diabetes", "Hemofilia / problema de coagulação", "Uso de anticoagulante", "Alergia a látex", "Alergia a pigmentos",
                       "Quelóide", "Gestante ou amamentando", "Hepatite", "Epilepsia", "Uso de isotretinoína nos últimos 6 meses"], 6):
        doc.f("[«x»] «q»\n", x=g.pick([" ", " ", " ", "X"]), q=q)
    doc.f("\nProcedimento: «p» · Região: «r» · Valor: R$ «v»\nTatuador(a) responsável: «a»\n", p=proc(g, "estúdio"),
          r=g.pick(["antebraço esquerdo", "costela direita", "nuca", "panturrilha", "orelha", "tornozelo"]), v=brl(fee(g, 150, 2400)),
          a=P(g.pick([art.full, art.first, art.nick])))
    doc.t("Declaro que as informações acima são verdadeiras e que recebi as orientações de cuidados pós-procedimento.\n")
    doc.f("Data: «d»    Assinatura: ____________________\n", d=g.date("br"))
    if g.chance(0.4):
        doc.f("Obs. do estúdio: «o»\n", o=word_neg(g))
    return doc


def at_termo_piercing_menor(g: Gen) -> Doc:
    """A consent term for a minor's piercing, signed by the guardian in person (ECA), with a witness."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, "estúdio")
    gd = g.person(female=g.chance(0.65))
    kid = g.relative(gd)
    pc = g.person()
    doc.f("TERMO DE AUTORIZAÇÃO PARA APLICAÇÃO DE PIERCING EM MENOR DE IDADE\n\n«r», CNPJ «c».\n\nEu, ", r=raz, c=(g.any_cnpj(), "BR_CNPJ"))
    qualify(g, doc, gd, email=g.chance(0.5), phone=True, job=g.pick(JOBS[gd.female]))
    doc.f(", na qualidade de «q» d«o» menor «n», nascid«o» em «d», AUTORIZO a aplicação de «p», a ser realizada por «a», "
          "declarando estar presente durante todo o procedimento, conforme exige o Estatuto da Criança e do Adolescente (Lei 8.069/1990).\n\n",
          q=g.pick(["mãe", "pai", "responsável legal", "avó", "tia"]), o=kid.o, n=P(g.pick([kid.full, kid.caps])),
          d=(g.dob(g.pick(["br", "long"]), 2009, 2013), "DATE_OF_BIRTH"), p=g.pick(["piercing no lóbulo", "piercing helix", "piercing no nariz (nostril)", "piercing tragus"]),
          a=P(pc.full))
    doc.f("Documento do menor apresentado: «t» «v».\n", t=g.pick(["RG", "certidão de nascimento"]),
          v=(g.rg(), "BR_RG") if g.chance(0.6) else V(f"matrícula {g.d(6)} {g.d(2)} {g.d(2)} {g.d(4)} {g.d(1)} {g.d(5)} {g.d(3)} {g.d(7)} {g.d(2)}"))
    doc.f("Joia: titânio ASTM F-136, lote «l». Material estéril, descartável, aberto na presença do responsável.\n\n", l=lote(g))
    doc.f("«c», «d».\n\n_______________________\n«n» (responsável)\n\n_______________________\n«b» — body piercer\n", c=g.city()[0], d=g.date("long"),
          n=P(gd.full), b=P(pc.full))
    if g.chance(0.6):
        w = g.person()
        doc.f("\nTestemunha: «n», CPF «c»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"))
    return doc


def at_email_procon(g: Gen) -> Doc:
    """An e-mail thread: a client's complaint sent through Procon's portal and the salon manager's answer."""
    doc = Doc()
    fan, raz, dom, kind = salon(g)
    c = g.person()
    mg = g.person()
    t = g.moments(2, g.day(), 6, (8, 22))
    cmail = g.email(c)
    doc.f("De: «m» <«e»>\nPara: «c»\nData: «d»\nAssunto: RE: Reclamação Procon nº «p» — «f»\n\n", m=P(mg.full), e=(corp_mail(mg, dom, g), "EMAIL_ADDRESS"),
          c=(cmail, "EMAIL_ADDRESS"), d=mail_date(t[1]), p=f"{g.ri(2025, 2026)}.{g.d(2)}.{g.d(6)}", f=fan)
    doc.f("Prezad«o» «n»,\n\nRecebemos a reclamação registrada no Procon-«u». Conforme ficha, o procedimento de «x» foi feito em «dd» pel«a» profissional «pp».\n"
          "Propomos o reembolso integral de R$ «v» na conta que indicar, ou uma sessão de correção sem custo.\n\nAtenciosamente,\n«m2»\nGerente — «f»\n«tel»\n\n",
          o=c.o, n=P(g.pick([c.first, c.full])), u=g.pick(UFS), x=proc(g, kind), dd=g.date("br"), a=g.pick(["a", "o"]),
          pp=P(g.person().short), v=brl(fee(g, 90, 3500)), m2=P(mg.short), f=fan, tel=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    doc.f("-----Mensagem original-----\nDe: «e»\nEnviada em: «d»\nX-Originating-IP: [«ip»]\n\n", e=(cmail, "EMAIL_ADDRESS"), d=mail_date(t[0]), ip=(g.ip_pub(), "IP_ADDRESS"))
    doc.f("Fiz «x» e «q». Meu nome é «n», CPF «c», telefone «t». Quero meu dinheiro de volta, ag «ag» conta «ac» (banco «b»).\n",
          x=proc(g, kind), q=g.pick(["fiquei com queimadura", "o cabelo quebrou inteiro", "ficou assimétrico", "infeccionou", "manchou a pele"]),
          n=P(c.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          b=g.pick(BANKS)[1])
    if g.chance(0.5):
        doc.f("Minha irmã «n» estava junto e pode confirmar, «p».\n", n=P(g.relative(c, True).full), p=(g.phone(), "PHONE_NUMBER"))
    doc.f("Resposta para «r» não chega, por isso registrei no Procon.\n", r=role_mail(g, dom, g.pick(["sac", "contato", "atendimento"])))
    return doc


def at_csv_clientes(g: Gen) -> Doc:
    """A booking system's client export as semicolon or comma CSV, with the receptionist's note."""
    doc = Doc()
    fan, raz, dom, kind = salon(g)
    sep = g.pick([";", ","])
    doc.f("# export clientes «f» — gerado «d» por «l»\n", f=fan, d=ts(g.moments(1)[0], "sql"), l=login(g.person(), g))
    split = g.chance(0.5)
    cols = (["first_name", "last_name"] if split else ["nome"]) + ["celular", "email", "nascimento", "cpf", "ultimo_servico", "profissional", "saldo_pacote"]
    rows = []
    for _ in range(g.ri(5, 8)):
        c = g.person()
        nm = [P(c.given), P(" ".join(c.surnames))] if split else [P(g.pick([c.full, c.caps, c.full]))]
        pr = g.person()
        rows.append(nm + [(g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"),
                          (g.email(c), "EMAIL_ADDRESS") if g.chance(0.8) else V(""),
                          (g.dob(g.pick(["br", "iso"]), 1955, 2006), "DATE_OF_BIRTH"),
                          (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.7) else V(""),
                          V(proc(g, kind)), P(pr.first), V(str(g.ri(0, 8)))])
    table_csv(doc, cols, rows, sep)
    doc.f("\n-- obs: «n» pediu exclusão dos dados (LGPD, Lei 13.709/2018); manter só nota fiscal. Ticket «t».\n",
          n=P(g.pick([g.person().full, g.person().first])), t=g.protocol())
    return doc


def at_stt_ligacao(g: Gen) -> Doc:
    """A speech-to-text call to a clinic's call centre (lower case, no accents), then the typed record."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, "clínica")
    c = g.person()
    at = g.person(female=g.chance(0.7))
    cpf = g.cpf_digits()
    doc.f("[transcricao automatica — ligacao «p» — «f»]\n", p=g.protocol(), f=lower(fan))
    doc.f("atendente: «f» boa tarde meu nome e «a» com quem eu falo\n", f=lower(fan), a=P(lower(at.first)))
    doc.f("cliente: oi e «n» eu fiz «x» ai semana passada e ta «q»\n", n=P(lower(g.pick([c.full, c.short]))), x=lower(proc(g, "clínica")),
          q=g.pick(["muito inchado", "com umas bolhas", "roxo ainda", "doendo demais", "com uma mancha branca"]))
    doc.f("atendente: vou abrir o chamado me confirma o cpf\ncliente: «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f("atendente: e a data de nascimento\ncliente: «d»\n", d=(stt_dob(g), "DATE_OF_BIRTH"))
    doc.f("atendente: um telefone pra doutora retornar\ncliente: «t»\n", t=(g.phone("stt"), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("cliente: a foto eu mando pelo zap mesmo\n")
    doc.f("atendente: a doutora «d» vai te ligar ainda hoje e se tiver febre procura o pronto socorro ta\ncliente: ta bom obrigada\n\n",
          d=P(lower(g.person(True).first)))
    doc.t("REGISTRO DO ATENDIMENTO\n")
    fields = [("Cliente", P(c.full)), ("CPF", (fmt_cpf(cpf), "BR_CPF")), ("Fone", (g.phone("par"), "PHONE_NUMBER")),
              ("Queixa", V(g.pick(ADV_ICD)[1])), ("Encaminhado para", P(g.person(True).full)), ("Atendente", g.pick([P(at.full), V(login(at, g))]))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    return doc


AT = [at_zap_agendamento, at_tela_app, at_ficha_tatuagem, at_termo_piercing_menor, at_email_procon, at_csv_clientes, at_stt_ligacao]


# --------------------------------------------------------------------------- juridico


def ju_peticao_queimadura(g: Gen) -> Doc:
    """A civil claim for a laser or peel burn against an aesthetic clinic."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, "clínica")
    a = g.person(female=g.chance(0.75))
    prf = g.person()
    tit, reg = prof_reg(g, prf)
    uf = g.pick(UFS)
    doc.f("EXCELENTÍSSIMO SENHOR DOUTOR JUIZ DE DIREITO DA «v»ª VARA CÍVEL DA COMARCA DE «c»/«u»\n\n", v=g.ri(1, 12), c=g.city()[0].upper(), u=uf)
    qualify(g, doc, a, email=True, phone=g.chance(0.6), dob=g.chance(0.4))
    doc.f(", vem propor AÇÃO DE INDENIZAÇÃO POR DANOS MATERIAIS, MORAIS E ESTÉTICOS em face de «r», CNPJ «c», e de «p», «t», «reg», pelos fatos seguintes.\n\n",
          r=raz, c=(g.any_cnpj(), "BR_CNPJ"), p=P(prf.full), t=tit.lower(), reg=reg)
    ic, dsc = g.pick(ADV_ICD[:3] + [ADV_ICD[8], ADV_ICD[9]])
    doc.f("1. Em «d», a autora submeteu-se a «x». Horas depois apresentou «ds» (CID «ic»), atendida no «h» pela «m», «crm».\n"
          "2. A responsabilidade do fornecedor é objetiva (art. 14 da Lei 8.078/1990), e o dano estético é cumulável com o moral (Súmula 387 do STJ). "
          "Nesse sentido, TJ«u» Apelação «cnj».\n", d=g.date("br"), x=proc(g, "clínica"), ds=dsc, ic=ic,
          h=g.pick(["Hospital Santa Luzia", "Pronto-Socorro Municipal", "UPA 24h Vila Rosa"]), m=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          u=uf, cnj=g.cnj())
    if g.chance(0.6):
        w = g.person()
        doc.f("3. Testemunha presencial: «n», CPF «c», residente na «a», CEP «p».\n", n=P(w.full), c=(g.cpf(), "BR_CPF"), a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    doc.f("\nDá-se à causa o valor de R$ «v».\n\nNestes termos, pede deferimento.\n\n", v=brl(g.ri(15, 120) * 1000.0))
    lawyer_sig(g, doc, g.pick([1, 2]))
    return doc


def ju_procon_caps(g: Gen) -> Doc:
    """An ALL CAPS Procon infraction record against a salon or barbershop, and the company's defence."""
    doc = Doc()
    fan, raz, dom, kind = salon(g)
    f = g.person()
    c = g.person()
    ow = g.person()
    doc.f("PROCON «u» — AUTO DE INFRACAO Nº «n»\nAUTUADO: «r»  CNPJ: «c»\nRESPONSAVEL PRESENTE: «o»  CPF: «oc»\n", u=g.pick(UFS), n=f"{g.d(4)}/{g.ri(2025, 2026)}",
          r=fold(raz).upper(), c=(g.any_cnpj(), "BR_CNPJ"), o=P(ow.capsf), oc=(g.cpf(), "BR_CPF"))
    doc.f(caps_t("DESCRIÇÃO: NÃO AFIXAÇÃO DE PREÇOS DOS SERVIÇOS, COBRANÇA DE TAXA DE NO-SHOW SEM INFORMAÇÃO PRÉVIA E AUSÊNCIA DE ALVARÁ SANITÁRIO. "
                 "RECLAMANTE: «cn», CPF «cc», TEL «ct». ENQUADRAMENTO: ARTS. 6º, III, E 39, V, DA LEI 8.078/1990.\n"),
          cn=P(c.capsf), cc=(g.cpf(), "BR_CPF"), ct=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("FISCAL: «fn»  MATRICULA «m»\n\n", fn=P(f.capsf), m=g.d(6))
    lw = g.person()
    doc.f("DEFESA PRÉVIA — «r», por seu advogado «l» («o», «e»), alega que a tabela de preços estava no balcão e no app, "
          "e que o sinal de reserva foi devolvido à reclamante «cn» por Pix no dia «d». Requer o arquivamento.\n", r=raz, l=P(lw.full),
          o=(g.council("OAB"), "PROFESSIONAL_ID"), e=(corp_mail(lw, "advocaciabeleza.adv.br", g), "EMAIL_ADDRESS"), cn=P(g.pick([c.full, c.short])), d=g.date("br"))
    doc.f("Contato da empresa: «m»\n", m=role_mail(g, dom, "juridico"))
    return doc


def ju_contrato_parceria(g: Gen) -> Doc:
    """A partnership contract under the Lei do Salão Parceiro (Lei 13.352/2016), with the payment clause and e-signatures."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, g.pick(["salão", "barbearia"]))
    ow = g.person()
    pr = g.person()
    doc.f("CONTRATO DE PARCERIA — LEI 13.352/2016 (SALÃO-PARCEIRO)\n\nSALÃO-PARCEIRO: «r», CNPJ «c», representado por «o», CPF «oc».\n\n"
          "PROFISSIONAL-PARCEIRO: «m» ", r=raz, c=(g.any_cnpj(), "BR_CNPJ"), o=P(ow.full), oc=(g.cpf(), "BR_CPF"),
          m=f"{g.d(2)}.{g.d(3)}.{g.d(3)}")
    doc.e(fold(pr.full).upper(), "PERSON")
    doc.f(", CNPJ «c» (MEI), neste ato por seu titular ", c=(g.cnpj(), "BR_CNPJ"))
    qualify(g, doc, pr, email=g.email(pr), phone=True, pis=g.chance(0.4), titulo=g.chance(0.3))
    pct = g.pick([40, 50, 60, 70])
    doc.f(".\n\nCláusula 3ª — A cota-parte do PROFISSIONAL-PARCEIRO é de «p»% do valor de cada serviço, retida e repassada pelo SALÃO-PARCEIRO "
          "semanalmente, às sextas, na conta «b», agência «ag», conta «ac», ou por Pix na chave «k».\n"
          "Cláusula 4ª — Cabe ao SALÃO-PARCEIRO recolher os tributos sobre sua cota-parte; ao PROFISSIONAL-PARCEIRO, os de sua cota como MEI.\n"
          "Cláusula 7ª — Foro de «cid».\n\n", p=pct, b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          k=pix_key(g, pr)[1], cid=g.city()[0])
    doc.t("Homologado pelo Sindicato dos Trabalhadores em Salões de Beleza.\n")
    for _ in range(2):
        w = g.person()
        doc.f("Testemunha: «n» — CPF «c»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"))
    esign_log(g, doc, [(ow, corp_mail(ow, dom)), (pr, g.email(pr))], g.moments(1)[0])
    return doc


def ju_ata_jec(g: Gen) -> Doc:
    """Small-claims hearing minutes and sentence on a botched hair treatment or tattoo."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, g.pick(["salão", "estúdio", "barbearia"]))
    a = g.person(female=g.chance(0.7))
    prep = g.person()
    conc = g.person()
    jz = g.person()
    doc.f("TERMO DE AUDIÊNCIA DE CONCILIAÇÃO, INSTRUÇÃO E JULGAMENTO\nProcesso nº «p» — Juizado Especial Cível (Lei 9.099/1995)\n\n",
          p=g.cnj())
    doc.f("Aberta a audiência, presentes a parte autora «a», CPF «c», telefone «t», acompanhada de «adv» («oab»); a ré «r», CNPJ «cn», "
          "representada pel«o» preposto «pp», RG «rg», e por «adv2» («oab2»). Conciliador: «cc».\n",
          a=P(a.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), adv=P(g.person().full), oab=(g.council("OAB"), "PROFESSIONAL_ID"),
          r=raz, cn=(g.any_cnpj(), "BR_CNPJ"), o=prep.o, pp=P(prep.full), rg=(g.rg(), "BR_RG"), adv2=P(g.person().full),
          oab2=(g.council("OAB"), "PROFESSIONAL_ID"), cc=P(conc.full))
    doc.f("Proposta de acordo recusada. Ouvida a testemunha «w», CPF «wc», que confirmou que «x» foi feito sem teste de mecha.\n",
          w=P(g.person().full), wc=(g.cpf(), "BR_CPF"), x=proc(g, kind))
    doc.f("SENTENÇA: JULGO PROCEDENTE o pedido para condenar a ré a pagar R$ «v» por danos morais e restituir R$ «m», "
          "por depósito na agência «ag», conta «ac» da autora. Sem custas (art. 55 da Lei 9.099/1995).\n\n«j»\nJuiz«z» de Direito\n",
          v=brl(g.ri(2, 15) * 1000.0), m=brl(fee(g, 120, 1500)), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          j=P(g.pick([jz.full, jz.caps])), z="a" if jz.female else "")
    return doc


def ju_reclamacao_manicure(g: Gen) -> Doc:
    """A manicure's or barber's labour claim denying a sham partnership contract."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, g.pick(["salão", "barbearia"]))
    a = g.person(female=kind == "salão")
    uf = g.pick(UFS)
    doc.f("EXMO. SR. JUIZ DA «v»ª VARA DO TRABALHO DE «c»/«u»\n\n", v=g.ri(1, 90), c=g.city()[0].upper(), u=uf)
    qualify(g, doc, a, email=g.chance(0.6), phone=True, pis=True, titulo=g.chance(0.5), dob=g.chance(0.5), job=g.pick(JOBS[a.female][:3]))
    gr = g.person()
    doc.f(", vem ajuizar RECLAMAÇÃO TRABALHISTA em face de «r», CNPJ «c».\n\nA reclamante trabalhou de «d1» a «d2», cumprindo horário fixado pela gerente «gr» "
          "(WhatsApp «t»), sem autonomia, o que descaracteriza a parceria da Lei 13.352/2016 (art. 1º-D) e atrai os arts. 2º e 3º da CLT. "
          "Nesse sentido: TRT, RO «cnj».\n", r=raz, c=(g.any_cnpj(), "BR_CNPJ"), d1=g.date("br", 2022), d2=g.date("br", 2025), gr=P(gr.full),
          t=(g.phone("wa"), "PHONE_NUMBER"), cnj=g.cnj(g.pick(["5.02", "5.01", "5.03", "5.04"])))
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


def ju_notificacao(g: Gen) -> Doc:
    """An extrajudicial notice by e-mail to a dentist or biomedical professional after a filler complication."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, "clínica")
    c = g.person(female=True)
    pr = g.person()
    tit, reg = prof_reg(g, pr)
    lw = g.person()
    lm = corp_mail(lw, g.pick(["notificacoes.adv.br", "brumadvocacia.com.br", "gmail.com"]), g)
    doc.f("De: «l» <«lm»>\nPara: «pm»\nCc: «rm»\nAssunto: NOTIFICAÇÃO EXTRAJUDICIAL — «n»\n\n", l=P(lw.full), lm=(lm, "EMAIL_ADDRESS"),
          pm=(corp_mail(pr, dom, g), "EMAIL_ADDRESS"), rm=role_mail(g, dom, "juridico"), n=P(c.caps))
    doc.f("«t» «p» («reg»),\n\nNa qualidade de advogad«o» de «n», CPF «cpf», nascida em «d», NOTIFICO V. Sa. de que a paciente, após «x» em «dd», "
          "evoluiu com «ds», necessitando de hialuronidase e acompanhamento vascular no «h» com «m» («crm»).\n\n"
          "Requer-se, em 10 dias, cópia integral do prontuário e do termo de consentimento, o lote do produto aplicado e o ressarcimento das despesas.\n\n",
          t=tit, p=P(pr.full), reg=reg, o=lw.o, n=P(c.full), cpf=(g.cpf(), "BR_CPF"), d=(g.dob("br", 1970, 2003), "DATE_OF_BIRTH"),
          x=g.pick(["preenchimento labial", "rinomodelação com ácido hialurônico", "preenchimento de olheiras"]), dd=g.date("br"),
          ds=g.pick(["necrose em asa nasal", "oclusão vascular (CID I74.9)", "edema e nódulos"]), h=g.pick(["Hospital Santa Luzia", "Hospital São Bento"]),
          m=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.f("«l»\n«o»\n", l=P(lw.full), o=(g.council("OAB"), "PROFESSIONAL_ID"))
    esign_log(g, doc, [(lw, lm)], g.moments(1)[0])
    return doc


def ju_denuncia_conselho(g: Gen) -> Doc:
    """An OCR'd complaint to a professional council (CRBM, CRO or CRM) about an aesthetic procedure."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, "clínica")
    c = g.person()
    pr = g.person()
    tit, reg = prof_reg(g, pr)
    doc.t(ocr_t("CONSELHO REGIONAL — FORMULÁRIO DE DENÚNCIA ÉTICA\n\nDENUNCIANTE\n", g))
    doc.f(ocr_t("Nome: «n»\nCPF: «c»   RG: «rg»\nNascimento: «d»\nEndereço: «a»   CEP: «p»\nTelefone: «t»   E-mail: «e»\n\nDENUNCIADO(A)\n", g),
          n=P(ocr(c.capsf, g)), c=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), d=(g.dob("br", 1960, 2004), "DATE_OF_BIRTH"),
          a=(ocr(g.address("caps"), g), "ADDRESS"), p=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f(ocr_t("Nome: «n»   Registro: «r»\nLocal: «f», CNPJ «cn»\n\nRELATO\n", g), n=P(ocr(pr.capsf, g)), r=reg, f=fan, cn=(g.any_cnpj(), "BR_CNPJ"))
    doc.f(ocr_t("Em «dd» fui atendida para «x». O procedimento foi realizado por outra pessoa, «o», que se apresentou como assistente "
                "e não tem registro. Tive «ds». Anexo fotos e o recibo de R$ «v».\n", g),
          dd=g.date("br"), x=proc(g, "clínica"), o=P(g.person().full), ds=g.pick(ADV_ICD)[1], v=brl(fee(g, 300, 4000)))
    doc.f("\nProtocolo «p» — recebido por «r»\n", p=g.protocol(), r=P(g.person().short))
    return doc


JU = [ju_peticao_queimadura, ju_procon_caps, ju_contrato_parceria, ju_ata_jec, ju_reclamacao_manicure, ju_notificacao, ju_denuncia_conselho]


# --------------------------------------------------------------------------- saude


def sa_anamnese_injetaveis(g: Gen) -> Doc:
    """An aesthetic clinic's anamnesis before botulinum toxin or fillers, in a ruled box, signed by the professional."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, "clínica")
    c = g.person(female=g.chance(0.8))
    pr = g.person()
    tit, reg = prof_reg(g, pr)
    doc.f("«f» — CNPJ «c» — «t»\nFICHA DE ANAMNESE — INJETÁVEIS\n", f=fan, c=(g.any_cnpj(), "BR_CNPJ"), t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    fields = [("Paciente", P(g.pick([c.full, c.caps]))), ("Nascimento", (g.dob("br", 1960, 2005), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF")),
              ("Celular", (g.phone("par"), "PHONE_NUMBER")), ("E-mail", (g.email(c), "EMAIL_ADDRESS"))]
    if g.chance(0.4):
        fields.append(("CNS", (g.cns(), "BR_CNS")))
    fields += [("Procedimento", V(proc(g, "clínica"))), ("Produto / lote", V(f"{g.pick(PRODUCTS)} / {lote(g)}")),
               ("Alergias", V(g.pick(["nega", "dipirona", "lidocaína", "látex", "camarão"]))),
               ("Medicamentos", V(g.pick(["nega", "AAS 100 mg", "isotretinoína (suspensa há 8 meses)", "anticoncepcional", "sertralina 50 mg"]))),
               ("Gestante/lactante", V(g.pick(["não", "não", "não sabe"])))]
    kv_block(g, doc, fields, "box")
    doc.f("\nDeclaro ter recebido o termo de consentimento e as orientações.\n\n«p»\n«t» — «r»\n", p=P(pr.full), t=tit, r=reg)
    if g.chance(0.4):
        doc.f("Auxiliar: «a»\n", a=P(g.person(True).short))
    return doc


def sa_notificacao_visa(g: Gen) -> Doc:
    """An adverse-event notification to the municipal health surveillance (VISA), as 'Campo: valor'."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, g.pick(["clínica", "estúdio", "salão"]))
    c = g.person()
    nt = g.person()
    ic, ds = g.pick(ADV_ICD)
    doc.f("VIGILÂNCIA SANITÁRIA MUNICIPAL — NOTIFICAÇÃO DE EVENTO ADVERSO / QUEIXA TÉCNICA\nNº «n»   Data da notificação: «d»\n\n", n=g.protocol(), d=g.date("br"))
    fields = [("Estabelecimento", V(raz)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Paciente", P(g.pick([c.full, c.caps]))),
              ("Data de nascimento", (g.dob(g.pick(["br", "dot"]), 1950, 2007), "DATE_OF_BIRTH")), ("Cartão SUS", (g.cns(), "BR_CNS")),
              ("CEP de residência", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER")),
              ("Procedimento", V(proc(g, kind))), ("Produto", V(f"{g.pick(PRODUCTS)} — {lote(g)}")), ("Evento", V(f"{ds} (CID {ic})")),
              ("Gravidade", V(g.pick(["leve", "moderada", "grave"]))), ("Notificador", P(nt.full)), ("Registro do notificador", (g.council(g.pick(["CRM", "CRBM", "COREN"])), "PROFESSIONAL_ID")),
              ("E-mail do notificador", (g.email(nt), "EMAIL_ADDRESS"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    doc.f("\nDescrição: «t»\n", t=g.pick(["Paciente refere ardor intenso durante a aplicação; bolhas em 6 h.", "Tinta com cor divergente do rótulo; reação em 48 h.",
                                           "Edema e eritema extensos 20 min após o produto.", "Sinais flogísticos no 3º dia, secreção purulenta."]))
    doc.f("Encaminhado à equipe de inspeção: fiscal «f». Resposta para «m».\n", f=P(g.person().full), m=role_mail(g, "saude.gov.br", "visa"))
    return doc


def sa_prontuario_laser(g: Gen) -> Doc:
    """A laser clinic's session log (table) and the evolution note after a burn."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, "clínica")
    c = g.person()
    md = g.person()
    doc.f("PRONTUÁRIO — «f»\nPaciente: «n»  |  Nasc.: «d»  |  Fototipo: «ft»\n\n", f=fan, n=P(c.full), d=(g.dob("br", 1965, 2005), "DATE_OF_BIRTH"),
          ft=g.pick(["II", "III", "IV", "V", "VI"]))
    rows = []
    for k in range(g.ri(3, 6)):
        op = g.person(True)
        rows.append([V(str(k + 1)), V(g.date("br")), V(g.pick(["axilas", "virilha", "buço", "pernas", "tatuagem punho"])),
                     V(f"{g.ri(8, 40)} J/cm²"), V(f"{g.ri(10, 30)} ms"), P(g.pick([op.first, op.short]))])
    table_ruled(doc, ["sessão", "data", "área", "fluência", "pulso", "operadora"], rows, g.pick(["plus", "psql", "plain"]))
    ic, ds = g.pick(ADV_ICD[:3])
    doc.f("\nEVOLUÇÃO «d»: retorna com «ds» (CID «ic») na área tratada. Conduta: sulfadiazina de prata, suspensão das sessões, foto documentada.\n"
          "Contato do paciente: «t»\n«m» — «crm»\n", d=g.date("br"), ds=ds, ic=ic, t=(g.phone(), "PHONE_NUMBER"), m=P(md.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


def sa_email_intercorrencia(g: Gen) -> Doc:
    """An e-mail thread between a clinic's responsible technician and a dermatologist on a filler complication."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, "clínica")
    rt = g.person()
    dm = g.person()
    c = g.person(True)
    t = g.moments(2, g.day(), 1, (7, 23))
    dmm = corp_mail(dm, g.pick(["dermatovale.med.br", "gmail.com", "clinicabonfim.med.br"]), g)
    rtm = corp_mail(rt, dom, g)
    doc.f("From: «a» <«am»>\nTo: «b» <«bm»>\nDate: «d»\nSubject: Re: urgente — paciente com branqueamento após AH\n\n",
          a=P(dm.full), am=(dmm, "EMAIL_ADDRESS"), b=P(rt.full), bm=(rtm, "EMAIL_ADDRESS"), d=mail_date(t[1]))
    doc.f("«n», aplique hialuronidase 1500 UI na área e mande a «p» direto para o Hospital Santa Luzia, falo com o plantão. Meu celular: «t».\n«dm»\n«crm»\n\n",
          n=P(rt.first), p=P(c.first), t=(g.phone(), "PHONE_NUMBER"), dm=P(dm.short), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.f("> Em «d», «b» <«bm»> escreveu:\n> Doutor«a», paciente «c», «i» anos, CPF «cpf», fez preenchimento de sulco com «pr» há 40 min.\n"
          "> Branqueamento e dor em asa nasal. Aplicadora: «ap» («reg»). Telefone da paciente: «tt».\n> «rt»\n",
          d=ts(t[0], "br"), b=P(rt.short), bm=(rtm, "EMAIL_ADDRESS"), a="a" if dm.female else "", c=P(c.full), i=g.ri(24, 62),
          cpf=(g.cpf(), "BR_CPF"), pr=g.pick(PRODUCTS[:3]), ap=P(g.person().full), reg=prof_reg(g)[1], tt=(g.phone(), "PHONE_NUMBER"), rt=P(rt.first))
    return doc


def sa_csv_agenda(g: Gen) -> Doc:
    """The day's agenda of an aesthetic clinic as semicolon CSV."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, "clínica")
    doc.f("agenda_«d».csv — «f»\n", d=g.date("iso"), f=fan)
    cols = ["hora", "paciente", "nascimento", "celular", "procedimento", "profissional", "registro", "obs"]
    rows = []
    for _ in range(g.ri(5, 8)):
        c = g.person()
        pr = g.person()
        tit, reg = prof_reg(g, pr)
        rows.append([V(g.hm()), P(g.pick([c.full, c.caps, c.short])), (g.dob(g.pick(["br", "iso"]), 1955, 2006), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER"), V(proc(g, "clínica")), P(pr.short), reg,
                     V(g.pick(["", "", "retorno", "1ª vez", "pagou sinal", "trazer exames", "alérgica a lidocaína"]))])
    table_csv(doc, cols, rows, ";")
    doc.f("\n# encaixe pedido por «n» às «h»: ligar «t»\n", n=P(g.person().first), h=g.hm(), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_zap_pos_tattoo(g: Gen) -> Doc:
    """WhatsApp follow-up after a tattoo or a peel that got infected; referral to the health post (CNS)."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, g.pick(["estúdio", "clínica"]))
    c = g.person()
    art = g.person()
    st = chat_stamp(g.chance(0.4))
    tt = iter(seq_times(g, 20, g.moments(1, g.day(), 1, (8, 22))[0], 60, 3000))
    doc.f("Conversa do WhatsApp com «n»\n\n", n=g.pick([c.first, c.short]))
    me = V("Você")
    cli = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.5) else P(g.pick([c.first, c.nick, c.short]))
    cl(doc, st(next(tt)), cli, g.pick(["oi, a tattoo ta com pus 😣", "tá vermelho e quente em volta", "saiu uma bolha grande"]))
    cl(doc, st(next(tt)), me, "Manda foto? Lavou com sabonete neutro? Tá usando a pomada que o «a» passou?", a=P(art.first))
    cl(doc, st(next(tt)), cli, "<mídia oculta>")
    cl(doc, st(next(tt)), me, "Isso precisa de médico. Vai na UBS com o cartão do SUS e leva a ficha. Me passa teu CNS que eu preencho o encaminhamento")
    cl(doc, st(next(tt)), cli, "«c»", c=(g.cns(), "BR_CNS"))
    cl(doc, st(next(tt)), cli, "nasci «d» se precisar", d=(g.dob(g.pick(["br", "nopad", "short"]), 1975, 2006), "DATE_OF_BIRTH"))
    cl(doc, st(next(tt)), me, "Encaminhamento no teu email «e». Pomada trocada por conta do estúdio 🙏", e=(g.email(c), "EMAIL_ADDRESS"))
    if g.chance(0.6):
        cl(doc, st(next(tt)), cli, "a médica, dra «m», passou cefalexina e disse que é «ds»", m=P(g.person(True).short), ds=g.pick(ADV_ICD[10:13])[1])
    cl(doc, st(next(tt)), me, g.pick(["Melhoras! Retoque só depois de cicatrizar.", "Qualquer coisa chama aqui.", word_neg(g)]))
    return doc


def sa_encaminhamento(g: Gen) -> Doc:
    """A physician's referral and sick note after a chemical burn in a salon."""
    doc = Doc()
    c = g.person()
    md = g.person()
    ic, ds = g.pick(ADV_ICD[:4])
    h = g.pick(["UPA 24h Vila Rosa", "Hospital Municipal São Bento", "Pronto-Socorro Municipal", "Hospital Santa Luzia"])
    doc.f("«h»\nENCAMINHAMENTO / ATESTADO\n\nPaciente: «n»   CPF: «c»   Nasc.: «d»\nEndereço: «a», CEP «p»\n",
          h=h.upper(), n=P(g.pick([c.full, c.caps])), c=(g.cpf(), "BR_CPF"), d=(g.dob("br", 1955, 2006), "DATE_OF_BIRTH"),
          a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    doc.f("\nAtendida em «dd» com «ds» (CID «ic») após «x» em salão de beleza. Encaminho ao ambulatório de queimados / dermatologia.\n"
          "Afastamento de «k» dias. Notificado à VISA.\n\n«m»\n«crm»\n", dd=g.date("br"), ds=ds, ic=ic,
          x=g.pick(["escova progressiva", "descoloração (platinado)", "depilação com cera quente", "peeling"]), k=g.ri(2, 10),
          m=P(md.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Acompanhante: «n» (tel. «t»)\n", n=P(g.relative(c).full), t=(g.phone(), "PHONE_NUMBER"))
    return doc


SA = [sa_anamnese_injetaveis, sa_notificacao_visa, sa_prontuario_laser, sa_email_intercorrencia, sa_csv_agenda, sa_zap_pos_tattoo, sa_encaminhamento]


# --------------------------------------------------------------------------- financeiro


def fi_extrato_maquininha(g: Gen) -> Doc:
    """A card machine's sales statement (fixed width) with the split per professional and a chargeback note."""
    doc = Doc()
    fan, raz, dom, kind = salon(g)
    doc.f("EXTRATO DE VENDAS — «a» — EC «e» — «r» (CNPJ «c»)\nPeríodo: «d1» a «d2»\n\n", a=g.pick(["PagBem", "Cielinho", "StoneX Pay", "GetPay"]),
          e=g.d(10), r=raz, c=(g.any_cnpj(), "BR_CNPJ"), d1=g.date("br"), d2=g.date("br"))
    doc.t("DATA       NSU         CARTÃO               BANDEIRA  VALOR      PROFISSIONAL\n")
    for _ in range(g.ri(5, 8)):
        pr = g.person()
        doc.t(f"{g.date('br')} ")
        doc.cell(nsu(g), 11)
        doc.t(" ")
        doc.cell(g.pick([f"**** **** **** {g.d(4)}", f"{g.pick('45')}{g.d(5)}******{g.d(4)}"]), 20)
        doc.t(" " + g.pick(["VISA    ", "MASTER  ", "ELO     ", "AMEX    "]) + "  ")
        doc.cell(brl(fee(g, 35, 1800)), 9, right=True)
        doc.t("  ")
        nm = cut(pr.short.upper(), 14)
        doc.e(nm, "PERSON")
        doc.t("\n")
    h = g.person()
    doc.f("\nCHARGEBACK «p»: portador «n» contesta compra; cartão informado pelo emissor «k». Prazo de defesa 7 dias — enviar ficha assinada.\n",
          p=g.protocol(), n=P(h.capsf), k=(g.card(g.chance(0.5)), "CREDIT_CARD"))
    doc.f("Conta de liquidação: agência «ag» conta «ac»\n", ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    return doc


def fi_split_comissoes(g: Gen) -> Doc:
    """The weekly commission split between the salon and its partner professionals (Markdown table) with the manager's notes."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, g.pick(["salão", "barbearia", "estúdio"]))
    doc.f("## Repasse semanal — «f» — semana «s»\n\n", f=fan, s=f"{g.ri(1, 52):02d}/{g.ri(2025, 2026)}")
    doc.t("| profissional | CPF/CNPJ | bruto | cota salão | cota profissional | banco | agência | conta / chave Pix |\n|---|---|---|---|---|---|---|---|\n")
    for _ in range(g.ri(4, 7)):
        pr = g.person()
        b = g.ri(800, 9000) + 0.0
        pct = g.pick([0.3, 0.4, 0.5])
        doc.t("| ")
        doc.e(g.pick([pr.full, pr.short, pr.nick]), "PERSON")
        doc.t(" | ")
        doc.e(*((g.cpf(), "BR_CPF") if g.chance(0.5) else (g.cnpj(), "BR_CNPJ")))
        doc.t(f" | {brl(b)} | {brl(b * pct)} | {brl(b * (1 - pct))} | {g.pick(BANKS)[1]} | ")
        if g.chance(0.6):
            doc.e(g.agency(), "BANK_ACCOUNT")
            doc.t(" | ")
            doc.e(g.account(), "BANK_ACCOUNT")
        else:
            doc.t("— | ")
            doc.e(*pix_key(g, pr)[1])
        doc.t(" |\n")
    m = g.person()
    doc.f("\nObs.: vale de «n» (R$ «v») descontado. Dúvidas com «g» — «e».\n", n=P(g.person().first), v=brl(g.ri(50, 400) + 0.0), g=P(m.short),
          e=g.pick([(corp_mail(m, dom, g), "EMAIL_ADDRESS"), V(role_mail(g, dom, "financeiro"))]))
    return doc


def fi_assinatura_jsonl(g: Gen) -> Doc:
    """A barbershop subscription club's billing events as JSON lines, and the analyst's note."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, "barbearia")
    t = g.moments(6)
    for k in range(g.ri(4, 6)):
        c = g.person(female=g.chance(0.2))
        ev = {"ts": ts(t[k], "iso"), "event": g.pick(["subscription.renewed", "charge.failed", "subscription.created", "charge.succeeded"]),
              "plan": g.pick(["Clube Barba Ilimitada", "Corte + Barba Mensal", "Plano Platinado"]), "customer": {"name": P(c.full), "email": (g.email(c), "EMAIL_ADDRESS"),
              "phone": (g.phone("e164"), "PHONE_NUMBER"), "document": (g.cpf(), "BR_CPF")},
              "card": g.masked_card(), "amount": round(fee(g, 59, 199), 2), "ip": (g.ip(), "IP_ADDRESS"), "sub_id": f"sub_{g.hexs(14)}"}
        if g.chance(0.4):
            ev["billing"] = {"street": (g.address(), "ADDRESS"), "zip": (g.cep(g.chance(0.5)), "BR_CEP")}
        jval(doc, ev, None)
        doc.t("\n")
    an = g.person()
    doc.f("\n-- «n»: «k» falhas seguidas do cliente «c»; bloquear benefício até regularizar. Webhook para «ip» respondeu 500.\n",
          n=P(an.first), k=g.ri(2, 4), c=P(g.person().short), ip=g.ip_priv())
    return doc


def fi_gift_card(g: Gen) -> Doc:
    """Gift card sales: receipts sent by e-mail with buyer and recipient."""
    doc = Doc()
    fan, raz, dom, kind = salon(g)
    doc.f("«f» · Vale-presente · relatório de emissão\n\n", f=fan)
    for _ in range(g.ri(3, 5)):
        b = g.person()
        r = g.person()
        doc.f("Código «c» | R$ «v» | validade «d»\nComprador(a): «b» <«be»> · CPF «bc»\nPresenteado(a): «r» · WhatsApp «rt»\nMensagem: \"«m»\"\n",
              c=gift_code(g), v=brl(g.pick([100, 150, 200, 300, 500]) + 0.0), d=g.date("br", 2026), b=P(b.full), be=(g.email(b), "EMAIL_ADDRESS"),
              bc=(g.cpf(), "BR_CPF"), r=P(g.pick([r.full, r.first])), rt=(g.phone(), "PHONE_NUMBER"),
              m=g.pick(["Feliz aniversário, «x»!", "Para a mãe mais linda", "Você merece um dia de rainha", "Vale um corte, sem desculpa"]).replace("«x»", r.first))
        doc.f("Pagamento: «p»\n\n", p=g.pick(["Pix", "cartão " + g.masked_card(), "dinheiro"]))
    doc.f("Pix recebidos na chave aleatória «k». Dúvidas: «m»\n", k=(g.uuid(), "PIX_KEY"), m=role_mail(g, dom, "giftcard"))
    return doc


def fi_recibo_rpa(g: Gen) -> Doc:
    """A freelance tattoo artist's or makeup artist's RPA (recibo de pagamento a autônomo)."""
    doc = Doc()
    fan, raz, dom, kind = salon(g)
    p = g.person()
    v = g.ri(800, 6000) + 0.0
    doc.f("RECIBO DE PAGAMENTO A AUTÔNOMO — RPA nº «n»\n\nFONTE PAGADORA: «r» — CNPJ «c»\n\n", n=g.d(4), r=raz, c=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Nome", P(g.pick([p.full, p.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("NIT/PIS", (g.pis(), "BR_PIS")),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Serviço", V(g.pick(["guest tattoo (3 dias)", "maquiagem de noivas", "curso de barboterapia", "design de sobrancelhas — evento"]))),
              ("Valor bruto", V(brl(v))), ("INSS 11%", V(brl(v * 0.11))), ("ISS", V(brl(v * 0.05))), ("Líquido", V(brl(v * 0.84))),
              ("Banco / agência / conta", V(g.pick(BANKS)[1]))]
    kv_block(g, doc, fields, g.pick(["box", "dots"]))
    doc.f("agência «ag», conta «ac»\n\nRecebi a importância líquida acima. «c», «d».\n\n«n»\n", ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          c=g.city()[0], d=g.date("long"), n=P(p.full))
    if g.chance(0.5):
        ct = g.person()
        doc.f("Conferido: «n» — «crc»\n", n=P(ct.short), crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    return doc


def fi_cobranca_pacote(g: Gen) -> Doc:
    """A collection letter for an unpaid treatment package (instalments), with a debt agreement and its e-signature log."""
    doc = Doc()
    fan, raz, dom, kind = salon(g, "clínica")
    c = g.person()
    rep = g.person()
    cm = g.email(c)
    doc.f("«r» — CNPJ «cn»\nNOTIFICAÇÃO DE DÉBITO E PROPOSTA DE ACORDO\n\nA ", r=raz, cn=(g.any_cnpj(), "BR_CNPJ"))
    qualify(g, doc, c, email=cm, phone=True, titulo=g.chance(0.3))
    n = g.pick([3, 4, 6, 10])
    tot = g.ri(2, 18) * 500.0
    doc.f(".\n\nConsta em aberto o pacote «x» (contrato «k»), saldo de R$ «t». Proposta: «n» parcelas de R$ «p», por boleto ou Pix na chave aleatória «pk».\n\n",
          x=g.pick(["10 sessões de laser", "protocolo de bioestimulador (3 frascos)", "harmonização facial completa", "12 sessões de criolipólise"]),
          k=f"CT-{g.d(6)}", t=brl(tot), n=n, p=brl(tot / n), pk=(g.uuid(), "PIX_KEY"))
    rows = [[V(f"{k + 1}/{n}"), V(g.date("br", 2026)), V(brl(tot / n))] for k in range(n)]
    table_ruled(doc, ["parcela", "vencimento", "valor"], rows, g.pick(["plus", "plain"]))
    doc.f("\nResponsável pela cobrança: «n», «e».\n", n=P(rep.full), e=(corp_mail(rep, dom, g), "EMAIL_ADDRESS"))
    esign_log(g, doc, [(rep, corp_mail(rep, dom)), (c, cm)], g.moments(1)[0])
    return doc


def fi_chat_caixa(g: Gen) -> Doc:
    """The salon's cash-closing chat (Telegram or WhatsApp with 'Você')."""
    doc = Doc()
    fan, raz, dom, kind = salon(g)
    ow = g.person()
    rc = g.person(True)
    st = chat_stamp(g.chance(0.4))
    tt = iter(seq_times(g, 20, g.moments(1, g.day(), 1, (17, 23))[0], 60, 1200))
    doc.f("Conversa do WhatsApp com Caixa «f»\n\n", f=fan)
    o = V("Você")
    r = P(g.pick([rc.first, rc.nick])) if g.chance(0.5) else (g.phone("wa"), "PHONE_NUMBER")
    cl(doc, st(next(tt)), r, "fechamento: dinheiro R$ «a», cartão R$ «b», pix R$ «c»", a=brl(g.ri(100, 900) + 0.0), b=brl(g.ri(900, 6000) + 0.0), c=brl(g.ri(300, 3000) + 0.0))
    pr = g.person()
    cl(doc, st(next(tt)), o, "faltou R$ «v»? o «n» pegou vale?", v=brl(g.ri(20, 200) + 0.0), n=P(g.pick([pr.first, pr.nick])))
    cl(doc, st(next(tt)), r, "pegou sim, anotei no caderno")
    c = g.person()
    cl(doc, st(next(tt)), r, "a cliente «n» pagou o pacote com cartão de outra pessoa, titular «t», quer nota no CPF «cpf»", n=P(c.full), t=P(g.person().full),
       cpf=(g.cpf(), "BR_CPF"))
    cl(doc, st(next(tt)), o, "pode emitir. e manda o repasse da «n» pra conta nova dela ag «ag» cc «ac»", n=P(g.person(True).first),
       ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), r, "fornecedor de produtos (CNPJ «c») mandou boleto pro email «e»", c=(g.any_cnpj(), "BR_CNPJ"), e=role_mail(g, dom, "financeiro"))
    cl(doc, st(next(tt)), o, g.pick(["ok, amanhã vejo", "👍", "fecha e vai pra casa", word_neg(g)]))
    return doc


FI = [fi_extrato_maquininha, fi_split_comissoes, fi_assinatura_jsonl, fi_gift_card, fi_recibo_rpa, fi_cobranca_pacote, fi_chat_caixa]


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
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRC|CREA|CRBM|CRF|CRO)(?![A-Z])", v), (rid, v)
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
    print("hundredfourteenth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
