"""Build the hundred-and-twenty-second labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredtwentysecond_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 12222, 280 records: 4 domains x 7 templates x 10 copies.

Register: STREET MARKETS, MUNICIPAL MARKETS AND SMALL FOOD VENDORS -- feiras livres (the weekly
street markets of a square or a street, the growers' markets, the night market), mercadões and
municipal markets with their boxes and stalls (run by the city or by a concessionaire), market
stallholders (feirantes, boxistas), their helpers and porters, growers who supply them (sítios,
chácaras, cooperatives of family farmers), food trucks and food-truck parks and festivals, and the
delivery apps and card machines (maquininhas) they use: stall permits (Termo de Permissão de Uso)
and food-truck licences, the city's 156 line, stallholders' associations, the health inspection
(vigilância sanitária) and its infringement notices and lab reports, food-poisoning outbreaks,
emergency-unit records and sick notes, food handlers' ASOs, porters' work accidents, supplier
orders, Pix receipts and card slips, weekly cash books, stall-rent debts and eviction suits, an
unregistered helper's labour claim, microcredit and the MEI's accountant. Every market, fair,
stall, truck, farm, cooperative, association, company, app, card-machine brand, clinic, lab,
accounting office, credit agency and bot is invented (Mercadão Municipal Bento Ferraz, Mercado
Municipal Leão Branco, Mercado Central Esperança, Mercado do Produtor Flor do Vale, Mercadão da
Aurora, Mercado Público Celeste Amado; the fairs "feira livre de terça da Praça da Luz", "Feira do
Produtor da Vila Prudente", "Feira Orgânica da Praça Amado Leal", "Feira da Lua do Setor
Esperança"...; the trucks Truck Sabor Prudente, Bento Burger, Tapiocaria Flor de Maio, Churros da
Aurora, Acarajé Estrela Guia, Pastel Leão Dourado, Espetinho Amado, Esfiha Cedro Branco...; the
events Parque Food Truck Vila Serena, Festival Rodas & Sabores, Quintal Gastronômico Bom Bento...;
the stalls Hortifruti Bento & Filhos, Peixaria Mar de Rosa, Empório Tannus, Frutas Oshiro, Açougue
Prudente, Floricultura Violeta, Ovos Caipira Vitória...; the farms Sítio Boa Esperança, Chácara
Oshiro, Granja Prudente...; PagFeira, Moedinha, MaqLeão, Trocado Pay, Rosa Pay; the apps FeiraJá,
Cestinha, Sacola Verde, Freguesia; UPA 24h Vila Esperança, Hospital Municipal Flor do Campo,
MedFeira Saúde do Trabalhador, Laboratório Bromatológico Vale Celeste; Banco Popular Mão Amiga,
Crédito Solidário da Feira...), and so is every person.
Layouts: WhatsApp exports (Android and iOS stamps, senders by number, by name or nickname, "Você",
the stall as a party, lower-case chat, a group with a system line "X adicionou Y"), an Instagram
DM thread, a speech-to-text call (lower case; CPF, phone, CEP and birth date dictated in groups or
in words, "meia" for six, "ponto" and "traco" read out), forms ("Campo: valor", dotted leaders,
ruled boxes, CAPS labels), spreadsheets pasted as text (tab, semicolon and comma separated), CSV
inside a quoted e-mail, +---+ / psql / pipe / Markdown / blank-aligned tables, a JSON export,
e-mails with quoted replies (two levels) and X-Originating-IP, a handwritten-notebook cash book and
a gatehouse logbook ("[ilegível]", "(rasurado)", abbreviations), OCR'd bank-app receipts and card
slips, an infringement notice and a police report in capitals OCR'd in some copies, a CAT in
capitals, legal pieces, assembly minutes, an e-signature log.
- atendimento: (0) a customer ordering from a stall by WhatsApp (lower case; the stallholder by
  nickname, the price list, the order, name, address and CEP or pick-up, the Pix key of any kind,
  sometimes the MEI's CNPJ as key, a mistyped CPF corrected for the invoice, the courier's plate or
  the son's phone, a neighbour who receives, a cake for the mother with her birth date); (1) a
  speech-to-text call to the city's 156 line (a stallholder renewing the permit and adding a helper
  with CPF, or a neighbour complaining of the market's rubbish and a truck's plate; CPF, birth date,
  phone, address and CEP spoken) and the typed request; (2) a city portal's application for a stall
  permit or a food-truck licence (CPF, RG, birth date, título sometimes, mother, address, CEP,
  mobile, e-mail; the MEI's CNPJ and company name; the vehicle's plate, the Renavam unlabelled, the
  driver's CNH; the gas engineer's CREA and the nutritionist's CRN; helpers with CPF and birth date
  or RG; the IP of the electronic acceptance; the analyst or his login); (3) a complaint to a
  food-truck festival (double charge on the card machine with the card typed sometimes, raw food,
  a long wait) quoted under the organiser's reply (X-Originating-IP, CPF, refund by card, Pix key of
  any kind or account, address and CEP sometimes); (4) a municipal market's gatehouse logbook
  (growers' trucks with plates and drivers' CNH, a lost child handed to the mother with RG and
  phone, a wallet found with RG and CPF, a boxholder's new phone, a quarrel between stallholders by
  nickname, a car in the loading bay, the guards); (5) a stallholders' association WhatsApp group
  (names, CPF and birth dates for the group insurance, a spouse or child with CPF, the monthly fee by
  a random key or the treasurer's key, a towed truck's plate, the inspector named, new numbers, an
  electrician's phone, a new member added); (6) a delivery app's support ticket as JSON (customer
  with CPF, e-mail, phone, address, CEP; the stall's CNPJ; the courier and plate; login IPs, a
  private test IP unlabelled; the refund by random Pix key or masked card; the N2 analyst or login).
- juridico: (0) a municipal market's stall permit (the city's CNPJ and secretary, the stallholder
  qualified with nickname sometimes, the MEI, the random Pix key of the municipal fund, the preposto
  with CPF and RG, witnesses, sometimes an e-signature log); (1) a health inspection's infringement
  notice in capitals, OCR'd in some copies (the truck or stall, the MEI's name and CNPJ, the person
  in charge with CPF, RG, address, CEP, phone, the truck's plate, the supplier's CNPJ, the seizure,
  the inspectors with their matrículas unlabelled, the veterinarian's CRMV, the nutritionist's CRN,
  the person's acknowledgement or a witness with CPF and phone); (2) an eviction and collection suit
  over a market box (the concessionaire's CNPJ and seat unlabelled, the boxholder and the guarantor
  qualified, the guarantor's spouse, the debt table, the WhatsApp answer, the account for payment,
  lawyers with OAB); (3) an unregistered helper's labour claim (PIS, título sometimes, birth date,
  CTPS unlabelled, the stallholder and the MEI, the truck's plate, Pix payments to the helper's key,
  the nickname, the son and his WhatsApp, witnesses, lawyer); (4) a police report in capitals,
  OCR'd in some copies (a grower's truck backing into a stall: the driver with birth date, RG, CPF,
  CNH, address, CEP, phone; the truck's plate, the Renavam unlabelled; the injured customer; the
  SAMU's plate; the stallholder and nickname; witnesses; military police with RE unlabelled; the
  delegado and the clerk); (5) a small-claims petition over food poisoning at a food truck (the
  plaintiff qualified, the MEI's name and CNPJ, the owner, the Pix paid to a random key with the
  end-to-end id unlabelled, the physician's CRM, another victim's phone, a witness, the lawyer or
  none); (6) the minutes of a stallholders' association assembly (the association's CNPJ, the board
  qualified, the fee's Pix key, the account, the attendance list with CPF or RG, the lawyer's visa).
- saude: (0) an outbreak investigation after a food truck or stall (the notifying nurse's COREN,
  the owner with CPF and phone, the cases with birth date or age, phone, CNS, the epidemiologist's
  corporate e-mail, the CIEVS mailbox); (1) an emergency-unit record (birth date, CPF, CNS, mother,
  address, CEP, phone, the companion; the triage nurse's COREN; the physician's CRM; the typist's
  login); (2) a food handler's ASO (the clinic's and the employer's CNPJ, the MEI's name, CPF, birth
  date, RG, NIT; the lab's pharmacist with CRF; the physician's CRM; the crew's list); (3) a food
  poisoning complaint to a food truck: Instagram DM, then WhatsApp with a transcribed audio (CPF in
  words or groups), the OCR'd sick note (CPF, the physician's CRM) and the Pix refund; (4) a health
  drive for stallholders pasted from a spreadsheet (birth date, CNS or CPF, phone, vaccine lots
  unlabelled; the nurse's COREN, the nutritionist's CRN, the market's contact, a referral); (5) a CAT
  in capitals for a porter's, fishmonger's or fryer's accident (employer's CNPJ, the worker, mother,
  birth date, NIT, RG, CPF, address, CEP, phone; witnesses; the physician's CRM; the issuer's phone
  or corporate e-mail); (6) a food lab's report on samples seized at a stall (the lab's CNPJ, the
  collecting veterinarian's CRMV or matrícula, the stallholder's CPF and phone, the grower with CPF
  and IE, the pharmacist's CRF or chemist's CRQ, the lab's mailbox).
- financeiro: (0) a stall's weekly cash book in notebook style (the helper paid by Pix to his CPF,
  credit sales by nickname, the pickup's plate, the grower's boxes and Pix key, the box rent, a
  refund to a random key, a new phone); (1) pasted Pix receipts and a card slip (the payer's masked
  CPF unlabelled and agency and account labelled, the payee's masked CPF or CNPJ, the key, the
  end-to-end id unlabelled; the MEI's name and CNPJ, EC, AUT and NSU unlabelled, masked card); (2) a
  stallholder's order to a grower and the grower's reply (the truck's plate, the driver's CNH, the
  cooperative's CNPJ, the account or Pix key, the grower's CPF, IE and CAF unlabelled, the helper's
  phone); (3) a market administrator's overdue-rent report (names, "SURNAME, GIVEN", CPF or the
  MEI's CNPJ, phones) and the collection letter (address, CEP, boleto unlabelled, random Pix key,
  the collector); (4) a card machine's chargeback notice as CSV inside an e-mail (full card numbers,
  holders cut at the width, the MEI's CNPJ) quoted under the stallholder's reply and the analyst's
  answer (X-Originating-IP, the customer's phone and CPF); (5) a microcredit proposal (the applicant
  and spouse, NIS as BR_PIS, the MEI's CNPJ, the solidarity group with CPF and phones, the account
  or Pix key, the signing IP); (6) an accountant's e-mail on a food-truck MEI's annual return (CPF,
  CNPJ, título for the Simples access code, birth date, the office's random Pix key, the CRC) and
  the client's quoted reply (X-Originating-IP, the new plate, the spouse's CPF).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Sra.", "Dr.", "Dra.", "seu", "dona", "tio", "tia", "vig.", "SD PM", "CB PM", "DELEGADA"; particles
and suffixes are inside; "SURNAME, GIVEN" is one span; first names, nicknames, lower case, ALL CAPS
and OCR-damaged forms are persons, and so are names cut at a fixed width, as they stand;
first_name/last_name columns are one span each. Staff named in the text are persons (attendants,
analysts, agents, secretaries, inspectors, veterinarians, nutritionists, nurses, physicians,
pharmacists, chemists, epidemiologists, guards, police officers, delegados, clerks, accountants,
collectors, lawyers, couriers, drivers), and so are stallholders, helpers, growers, customers,
relatives, witnesses and children; logins (jcosta45, kguarani20), Instagram handles, bots and
system accounts are not. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (sac@,
cobranca@, visa@, cievs@, disputas@, chargeback@, laudos@, expositores@...) are not labelled.
ADDRESS is a person's street + number + complement (lower-case, abbreviated and spoken forms
included); a company's seat, a market, a fair's square or street and a truck's spot are not
labelled; the CEP is BR_CEP. Agency and account are separate BANK_ACCOUNT spans, whoever holds them
(a customer, a concessionaire, an association, a grower, the payer on a Pix receipt); bank codes
are not labelled. PIX_KEY only for random keys (the stall's, the municipal fund's, the association's,
the concessionaire's, the accountant's included); a key that is a CPF, CNPJ, phone or e-mail takes
that label. DATE_OF_BIRTH only for births (spoken ones included); ages, sale, inspection, accident,
hearing, assembly, due and validity dates are not. Masked CPFs and masked cards are not labelled;
identifiers read out in groups or in words are labelled like their digits.
Decisions of this set:
- A MEI's company name is the 8-digit root of its CNPJ followed by the owner's name ("45.123.456
  GERCINA OSHIRO"): the name is PERSON, the root is text; the full CNPJ elsewhere is BR_CNPJ.
- Market nicknames are PERSON, one span, goods and all ("Zé do Pastel", "Tião da Banana", "Careca
  do Queijo", "Lurdinha do Caldo", "Baiano", "Ciça"); "seu", "dona", "tio", "tia", "vulgo" before them
  are not. Trade names of stalls, trucks, farms and markets are not persons even when they hold a
  surname or a name-word (Empório Tannus, Frutas Oshiro, Chácara Oshiro, Bento Burger, Açougue
  Prudente, Floricultura Violeta, Mercadão da Aurora), nor is a stall or truck that is a chat party.
- PROFESSIONAL_ID covers CRM, COREN, OAB, CRC, CRN, CRMV, CRF, CRQ and CREA, always with the acronym
  and the UF or region. NIT, PIS and the NIS of the CadÚnico are one number: BR_PIS.
- NOT labelled: permit (TPU) and matrícula numbers, box and stall numbers, SEI and administrative
  process numbers, 156 protocols (dictated in groups too), inspectors' matrículas and the police
  officers' RE, infringement-notice and seizure numbers, Renavam (11 digits drawn to fail every
  check), the grower's state registration (IE) and CAF/DAP, invoice numbers (NF-e, NFP-e, NFC-e),
  order and ticket numbers, Pix end-to-end ids, EC numbers, NSU and AUT codes, boleto lines, CTPS,
  CNAE and CBO codes, vaccine and food lots, sample numbers, CNJ numbers, envelope ids, ICD-10 codes.
- LICENSE_PLATE: every plate is labelled (food trucks, growers' trucks, pickups, motorbikes, towed
  trucks, the SAMU's ambulance, cars in the loading bay), old and Mercosul forms; the script checks
  that no plate-shaped token stands outside the spans.
- A chat sender by name or nickname is PERSON, by number PHONE_NUMBER; "Você", the stall, the truck
  and the bots are not labelled. Companies' and the city's lines (156, 0800) are not labelled. Public
  IPs are labelled; a private test IP in an export is not.

Names: Brazilian names of many origins (Portuguese common, north-eastern and old-fashioned, coined,
Okinawan-Japanese growers, Portuguese immigrants of the markets, Pomeranian farmers of Espírito Santo,
Lebanese and Syrian, Korean, Chinese, Bolivian, Haitian, Senegalese, Nigerian, Venezuelan, Italian,
indigenous), rare or invented name words well above a quarter (main() prints the share; nicknames
count only by their coined pet-name words). Names that are also words (Rosa, Flor, Luz, Aurora,
Vitória, Esperança, Celeste, Margarida, Violeta, Branca, Bento, Prudente, Amado, Justo, Salvador,
and surnames that are goods: Leitão, Sardinha, Pimenta, Carneiro, Coelho, Figueira, Laranjeira)
are names here and, elsewhere, words, goods, stalls, trucks, markets and places, not persons ("a
rosa colombiana chegou murcha", "o leitão à pururuca", "sardinha tá 19,90", "a luz do box", "foi uma
vitória", "seria prudente cobrir as caixas", "Mercadão da Aurora", "Bento Burger", "Açougue
Prudente", "Floricultura Violeta", "Praça da Luz", "Rua Bento Gonçalves", "Presidente Prudente").

Hard negatives: CNJ numbers, mistyped CPFs (checked to fail), Renavam and order numbers (11-digit
runs drawn to fail every check), protocols, boleto lines, Pix end-to-end ids, EC/NSU/AUT codes, IE
and CAF numbers, ICD-10 codes (A05.9, A02.0, A09, A08.4, R11, K52.9, A05.0, T78.1, S61.0, T23.2,
M54.5, S93.4...), CNAE and CBO codes, money, laws and rules (Lei 6.437/1977, RDC 216/2004, RDC
724/2022, IN 161/2022, Lei 8.245/1991, Lei 9.099/1995, Lei 13.709/2018, LC 123/2006, arts. 467 and
477 of the CLT, art. 303 of the CTB), companies, stalls, fairs and streets named after people or
words, non-birth dates, ages, private IPs; the script checks CPF-, PIS-, CNH-, título-, CNS-, card-
and plate-shaped runs outside the spans.
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
DIA_PT = ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"]
NUM_WORDS = ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"]

# --------------------------------------------------------------------------- name pools
# RARE_F, RARE_M, RARE_SUR, FEIRA_SUR, the market nicknames' own words (APELIDO_RARE) and the foreign pools named
# in RARE_ORIGINS hold regional, old-fashioned, coined or foreign name words that are not in the common Brazilian
# name lists; main() prints their share among the PERSON words.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline", "Sandra",
            "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Mariana", "Gabriela", "Luciana", "Vanessa", "Luana", "Tatiane",
            "Raquel", "Cristiane", "Simone", "Ana Paula", "Larissa", "Maria Eduarda", "Rita", "Priscila", "Carla", "Débora",
            "Beatriz", "Renata", "Natália", "Carolina", "Thaís", "Sônia", "Helena", "Isabela", "Lívia", "Júlia", "Aparecida",
            "Josefa", "Lúcia", "Vera", "Cláudia", "Elaine"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael",
            "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego", "Anderson", "Leandro",
            "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Sérgio", "Vinícius", "Roberto", "Jorge",
            "Henrique", "Guilherme", "Leonardo", "Caio", "Fernando", "Márcio", "Sebastião", "Raimundo", "Manoel", "Cícero", "Edson"]
RARE_F = ["Gercina", "Dalvanira", "Erotildes", "Gildete", "Ivanilde", "Lucinete", "Maricleide", "Neusimar", "Ozenira", "Zuleide",
          "Edivânia", "Kauany", "Thayná", "Gleiciane", "Josenilda", "Edinalva", "Dinalva", "Creuza", "Lindalva", "Adalgisa",
          "Filomena", "Corina", "Eudóxia", "Rosilda", "Valdeci", "Ivonete", "Marluce", "Clarinda", "Genoveva", "Benvinda",
          "Hildete", "Zenóbia", "Joselita", "Arlinda", "Mirian Kelly", "Jociclea", "Uilma", "Dejanira", "Leonídia", "Raimunda Nonata",
          "Sebastiana", "Eronildes", "Tamires Kauane", "Ivaneide", "Cremilda", "Gorete"]
RARE_M = ["Aldenor", "Brasilino", "Deusdete", "Elpídio", "Florisvaldo", "Gedeão", "Hildebrando", "Izaías", "Juvenal", "Laudelino",
          "Manoelito", "Nivaldo", "Odilon", "Petrônio", "Tertuliano", "Ubiratan", "Valdivino", "Wellington Kauê", "Zacarias",
          "Edivaldo", "Genival", "Josivan", "Lourival", "Misael", "Natalino", "Orlindo", "Tibúrcio", "Virgulino", "Agenor",
          "Cleomar", "Darcílio", "Emerenciano", "Felisberto", "Gilvan", "Jailson", "Severino Ramos", "Amaro", "Belarmino",
          "Clodoaldo", "Damião", "Esmeraldino", "Firmino", "Gervásio", "Jovelino", "Ladislau", "Rivaldo", "Waldir"]
WORD_F = ["Rosa", "Flor", "Luz", "Aurora", "Vitória", "Esperança", "Celeste", "Pérola", "Graça", "Glória", "Margarida", "Violeta",
          "Jasmim", "Açucena", "Bela", "Branca", "Dália", "Hortênsia", "Maria da Luz", "Rosa Maria", "Alegria", "Candelária"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Justo", "Severo", "Modesto", "Salvador", "Pacífico", "Clemente", "Constante",
          "Leão", "Fortunato", "Plácido", "Sereno", "Inocêncio", "Jardim"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida", "Nascimento",
          "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes", "Freitas", "Cardoso",
          "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo", "Cavalcante", "Monteiro",
          "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Castro", "Azevedo", "Machado", "Xavier", "Farias", "Sousa"]
RARE_SUR = ["Quaresma", "Valente Seabra", "Bandeira Louro", "Fidalgo", "Cerqueira Gama", "Sampaio Corte-Real", "Bettencourt",
            "Figueiredo Sá", "Patrocínio", "Cavaco", "Brandão Leite", "Tavares Sodré", "Mourão", "Esteves Frade", "Albuquerque Lins",
            "Saraiva", "Goulart Porto", "Magalhães Pena", "Jatobá", "Taquari", "Canindé", "Juazeiro", "Aragão Bezerril", "Sobral Pontes",
            "Carrapato", "Feitosa", "Peixoto Leal", "Bandeira", "Rabelo", "Queiroga", "Dantas Gurgel", "Bastos Furtado", "Maia Coutinho",
            "Vasconcelos Paes", "Caminha", "Marinho Falcão", "Sardinha", "Bacalhau", "Canelas", "Trindade Gusmão", "Falcão Pimentel",
            "Girão", "Leite Bulcão", "Paiva Bulhões"]
# families of stallholders and growers (Okinawan, Portuguese, Lebanese, Pomeranian...)
FEIRA_SUR = ["Oshiro", "Tamashiro", "Kaneshiro", "Yonamine", "Chinen", "Arakaki", "Nakasone", "Ramlow", "Pagung", "Kuster", "Holz",
             "Plaster", "Tesch", "Tannus", "Zogbi", "Sfeir", "Kassab", "Mamani", "Huanca", "Limachi"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Flores", "Figueira", "Laranjeira", "Videira",
            "Carneiro", "Cordeiro", "Coelho", "Leitão", "Pimenta", "Salgado", "Pinheiro", "Oliveira", "Pereira", "Aurora", "Bonfim",
            "Fontes", "Campos", "Serra", "Vale", "Guerra", "Leal", "Ramos", "Salvador", "Rios", "Palmeira", "Feira"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Tonhão", "Antônia": "Toinha", "Sebastião": "Tião",
        "Raimundo": "Mundico", "Manoel": "Mané", "Cícero": "Ciço", "Rafael": "Rafa", "Gabriel": "Biel", "Bento": "Bentinho",
        "Rosa": "Rosinha", "Vinícius": "Vini", "Guilherme": "Gui", "Pedro": "Pedrão", "João": "Joãozinho", "Eduardo": "Dudu",
        "Beatriz": "Bia", "Larissa": "Lari", "Fernanda": "Nanda", "Mariana": "Mari", "Maria Eduarda": "Duda", "Aparecida": "Cida",
        "Josefa": "Zefa", "Lúcia": "Lucinha", "Luz": "Luzinha", "Graça": "Gracinha", "Salvador": "Dodô", "Fortunato": "Tato",
        "Aldenor": "Dedé", "Brasilino": "Lino", "Deusdete": "Dedete", "Elpídio": "Pidi", "Florisvaldo": "Flor", "Gedeão": "Dedão",
        "Hildebrando": "Bran", "Izaías": "Zazá", "Laudelino": "Lelé", "Manoelito": "Lito", "Petrônio": "Petrô", "Tertuliano": "Tuta",
        "Valdivino": "Divino", "Zacarias": "Zaca", "Edivaldo": "Didi", "Genival": "Gena", "Josivan": "Jôsi", "Tibúrcio": "Bubu",
        "Virgulino": "Gulino", "Emerenciano": "Ciano", "Felisberto": "Beto", "Jovelino": "Jove", "Belarmino": "Bela",
        "Gercina": "Cina", "Dalvanira": "Nira", "Erotildes": "Tide", "Gildete": "Detinha", "Ivanilde": "Nide", "Lucinete": "Nete",
        "Maricleide": "Cleide", "Josenilda": "Nilda", "Edinalva": "Nalva", "Adalgisa": "Gigi", "Filomena": "Mena", "Eudóxia": "Doca",
        "Rosilda": "Zilda", "Genoveva": "Veva", "Benvinda": "Vinda", "Zenóbia": "Bia", "Joselita": "Lita", "Sebastiana": "Tiana",
        "Raimunda Nonata": "Nonata", "Dejanira": "Jane", "Cremilda": "Mida", "Gorete": "Gô", "Margarida": "Guida", "Candelária": "Dadá",
        "Esperança": "Pepa", "Carolina": "Carol", "Isabela": "Bela", "Roberto": "Beto", "Fernando": "Nando", "Severino Ramos": "Biu",
        "Damião": "Mião", "Amaro": "Marinho", "Firmino": "Mino", "Clodoaldo": "Dodo", "Ladislau": "Lau"}
FOREIGN = {
    "pt": (["Albertina", "Deolinda", "Ermelinda", "Custódia"], ["Albano", "Custódio", "Joaquim Manuel", "Aníbal"],
           ["Quaresma", "Seabra", "Fidalgo", "Magalhães Cerveira", "Carapinha", "Gouveia Rebelo"]),
    "jp": (["Setsuko", "Tomiko", "Yoshiko", "Kazue"], ["Shinji", "Tsuyoshi", "Kenji", "Seiei"],
           ["Oshiro", "Tamashiro", "Kaneshiro", "Yonamine", "Chinen", "Arakaki", "Nakasone", "Miyashiro"]),
    "kr": (["Soo-ah", "Ji-hye", "Mi-kyung"], ["Dong-hyun", "Min-ho", "Sang-woo"], ["Bae", "Jeon", "Kwon", "Lim"]),
    "bo": (["Felipa", "Eusebia", "Rosalía"], ["Teodoro", "Germán", "Wilber"], ["Mamani", "Choque", "Huanca", "Limachi", "Quisbert"]),
    "pom": (["Erna", "Hilda", "Edelmira", "Irma"], ["Ervino", "Helmuth", "Osvino", "Valdemar"],
            ["Ramlow", "Pagung", "Kuster", "Holz", "Plaster", "Tesch", "Boldt"]),
    "lb": (["Najla", "Rania", "Nadia"], ["Elias", "Habib", "Wadih"], ["Tannus", "Zogbi", "Sfeir", "Kassab", "Murad"]),
    "cn": (["Meiling", "Xiulan", "Qiong"], ["Jianguo", "Wei", "Dehua"], ["Chen", "Zhang", "Wu", "Xu"]),
    "ht": (["Roselaure", "Marie-Ange", "Nadège"], ["Jean-Claude", "Wesner", "Fritznel"], ["Louis-Jean", "Estimé", "Augustin", "Desrosiers"]),
    "sn": (["Fatou", "Awa", "Ndèye"], ["Mamadou", "Abdoulaye", "Pape"], ["Diop", "Ndiaye", "Sow", "Gueye"]),
    "ve": (["Yorgelis", "Dayana", "Yusbelis"], ["Yonaiker", "Deivis", "Wilmer"], ["Briceño", "Colmenares", "Urdaneta", "Pernía"]),
    "ng": (["Chiamaka", "Ngozi", "Adaeze"], ["Chukwuemeka", "Olumide", "Tunde"], ["Okafor", "Adeyemi", "Eze", "Nwosu"]),
    "it": (["Concetta", "Pina", "Graziella"], ["Rocco", "Nicola", "Salvatore"], ["Sgarbi", "Frigerio", "Scarpelli", "Baldin", "Zuccato"]),
    "sy": (["Rasha", "Lina", "Ghalia"], ["Talal", "Mazen", "Firas"], ["Alhamwi", "Darwish", "Kanaan", "Haj Ali"]),
    "in": (["Kerexu", "Yakuy", "Jaxuka"], ["Werá", "Karai", "Jekupé"], ["Guarani", "Xakriabá", "Potiguara", "Kaiowá", "Pankararu"]),
}
RARE_ORIGINS = ("jp", "kr", "bo", "pom", "lb", "cn", "ht", "sn", "ve", "ng", "sy", "in")
# nicknames of stallholders, porters and vendors (persons, one span: "Zé do Pastel", "Tião da Banana"); the word "seu",
# "dona", "tia" or "tio" before them is never in the span
APELIDOS = ["Zé do Pastel", "Tião da Banana", "Careca do Queijo", "Lurdinha do Caldo", "Baiano", "Magrão", "Tonhão", "Cidão", "Nena",
            "Biu", "Quinzinho", "Dedé", "Galego", "Bigode", "Xuxa do Peixe", "Zeca Cheiro-Verde", "Mineiro", "Kiko da Garapa",
            "Juca Limão", "Neném do Coco", "Ciça", "Lelé", "Bené", "Nenê", "Fia", "Gordo do Espetinho", "Pretinha da Tapioca",
            "Boca", "Chiquinho Frutas", "Nonô do Alho", "Baixinho", "Tatu", "Ceará", "Dió", "Bibi do Acarajé", "Tonho Carreto"]
APELIDO_F = {"Lurdinha do Caldo", "Nena", "Xuxa do Peixe", "Neném do Coco", "Ciça", "Nenê", "Fia", "Pretinha da Tapioca", "Bibi do Acarajé"}
APELIDO_M = {"Zé do Pastel", "Tião da Banana", "Careca do Queijo", "Baiano", "Magrão", "Tonhão", "Cidão", "Biu", "Quinzinho", "Dedé",
             "Galego", "Bigode", "Zeca Cheiro-Verde", "Mineiro", "Kiko da Garapa", "Juca Limão", "Gordo do Espetinho", "Boca",
             "Chiquinho Frutas", "Nonô do Alho", "Baixinho", "Tatu", "Ceará", "Dió", "Tonho Carreto", "Bené", "Lelé"}
# the coined or pet-name words of the nicknames (the goods, places and plain words in them do not count as rare)
APELIDO_RARE = {"Tião", "Lurdinha", "Tonhão", "Cidão", "Nena", "Biu", "Quinzinho", "Dedé", "Xuxa", "Zeca", "Kiko", "Juca", "Neném",
                "Ciça", "Lelé", "Bené", "Nenê", "Fia", "Chiquinho", "Nonô", "Dió", "Bibi", "Tonho", "Magrão"}
RARE = set(RARE_F + RARE_M + RARE_SUR + FEIRA_SUR) | APELIDO_RARE
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Creuza", "Lindalva", "Filomena", "Ivonete", "Marluce", "Arlinda", "Corina", "Sebastiana", "Juvenal",
                        "Nivaldo", "Odilon", "Lourival", "Gilvan", "Jailson", "Agenor", "Misael", "Zacarias", "Edivaldo", "Genival",
                        "Amaro", "Damião", "Firmino", "Waldir", "Rivaldo", "Saraiva", "Bandeira", "Rabelo", "Feitosa", "Mourão",
                        "Magalhães Pena", "Goulart Porto", "Elias", "Habib", "Wei", "Chen", "Zhang", "Wu", "Xu", "Salvatore",
                        "Nicola", "Rocco", "Hilda", "Irma", "Valdemar", "Nadia", "Lina", "Dayana", "Wilmer", "Eze", "Raimunda Nonata",
                        "Gorete", "Valdeci", "Teodoro", "Germán"])
RARE.update(["Albertina", "Ermelinda", "Custódia", "Albano", "Custódio", "Aníbal", "Seabra", "Magalhães Cerveira", "Carapinha",
             "Gouveia Rebelo", "Nonata", "Valente", "Louro", "Cerqueira", "Gama", "Corte-Real", "Sodré", "Frade", "Lins", "Bezerril",
             "Gurgel", "Furtado", "Coutinho", "Paes", "Falcão", "Gusmão", "Bulcão", "Bulhões", "Concetta", "Pina", "Graziella"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Rocha", "Guerra", "Conceição", "Figueira", "Laranjeira",
          "Videira", "Palmeira", "Feira", "Trindade Gusmão", "Cerqueira Gama"}
DO_SUR = {"Nascimento", "Vale", "Bonfim", "Patrocínio"}
DOS_SUR = {"Santos", "Campos"}
DE_SUR = {"Oliveira", "Souza", "Sousa", "Carvalho", "Lima", "Almeida", "Araújo", "Freitas", "Moura", "Melo", "Castro", "Azevedo",
          "Jesus", "Farias", "Albuquerque Lins", "Magalhães Pena", "Vasconcelos Paes", "Aragão Bezerril", "Queiroga", "Figueiredo Sá"}


def particle(s: str) -> str:
    """The particle a surname takes ('' when it takes none)."""
    return "da" if s in DA_SUR else ("do" if s in DO_SUR else ("dos" if s in DOS_SUR else ("de" if s in DE_SUR else "")))

DDDS = ["11", "12", "13", "14", "15", "16", "17", "19", "21", "22", "24", "27", "31", "32", "34", "35", "37", "41", "43", "44",
        "47", "48", "49", "51", "53", "54", "55", "61", "62", "63", "65", "67", "68", "69", "71", "73", "74", "77", "79", "81",
        "82", "83", "84", "85", "86", "88", "91", "92", "93", "95", "96", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Estrada", "Largo", "Viela", "Beco"]
STREET_NAMES = ["dos Feirantes", "do Mercado", "Prudente de Morais", "Bento Gonçalves", "das Laranjeiras", "da Aurora", "Flor do Campo",
                "Doutor Hildebrando Quaresma", "Coronel Tertuliano Jatobá", "Tiradentes", "Quinze de Novembro", "Marechal Deodoro",
                "da Paz", "Rosa e Silva", "Jorge Amado", "Castro Alves", "Santos Dumont", "dos Hortelões", "Pedro Álvares Cabral",
                "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Professora Gercina Tamashiro", "Mestre Laudelino Canindé",
                "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "da Luz", "Madre Paulina", "Pioneiro Ervino Ramlow",
                "Doutor Wadih Tannus", "das Acácias", "Dom Pedro II", "da Glória", "Padre Elpídio Feitosa", "Vereador Aldenor Girão",
                "Rio Branco", "Treze de Maio", "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares",
                "Presidente Vargas", "Bom Jesus da Lapa", "das Flores", "do Sacolão", "Cônego Petrônio Caminha", "dos Pescadores",
                "da Figueira", "Imigrante Seiei Oshiro", "Frei Damião"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Santo André", "SP"), ("Mogi das Cruzes", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Nova Iguaçu", "RJ"), ("Belo Horizonte", "MG"),
          ("Juiz de Fora", "MG"), ("Uberlândia", "MG"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Maringá", "PR"),
          ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"), ("Santa Rosa", "RS"), ("Pelotas", "RS"), ("Florianópolis", "SC"),
          ("Blumenau", "SC"), ("Chapecó", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Feira de Santana", "BA"),
          ("Recife", "PE"), ("Caruaru", "PE"), ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Natal", "RN"),
          ("Mossoró", "RN"), ("João Pessoa", "PB"), ("Campina Grande", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"),
          ("Teresina", "PI"), ("São Luís", "MA"), ("Imperatriz", "MA"), ("Belém", "PA"), ("Santarém", "PA"), ("Manaus", "AM"),
          ("Goiânia", "GO"), ("Anápolis", "GO"), ("Brasília", "DF"), ("Campo Grande", "MS"), ("Dourados", "MS"), ("Cuiabá", "MT"),
          ("Rondonópolis", "MT"), ("Vitória", "ES"), ("Santa Maria de Jetibá", "ES"), ("Palmas", "TO"), ("Porto Velho", "RO"),
          ("Rio Branco", "AC"), ("Boa Vista", "RR"), ("Macapá", "AP")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores",
           "Vila Esperança", "Cidade Nova", "Glória", "Brás", "Vila Prudente", "Madureira", "Liberdade", "Casa Amarela",
           "Bairro da Luz", "Jardim Esperança", "Santa Luzia", "Vila Operária", "Mercês", "Benfica", "Cachoeirinha", "Ver-o-Peso",
           "Jardim das Laranjeiras", "Ceasa"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"), ("290", "PagBank"),
         ("323", "Mercado Pago"), ("380", "PicPay"), ("041", "Banrisul"), ("004", "Banco do Nordeste"), ("197", "Stone"),
         ("403", "Cora")]


class Person:
    def __init__(self, given: str, surnames: list[str], female: bool, apelido: str | None = None):
        self.given = given
        self.surnames = surnames
        self.female = female
        self.apelido = apelido

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def first(self) -> str:
        g = self.given
        if g.startswith("Maria d") or g in ("Rosa Maria", "Ana Paula", "João Pedro", "José Carlos", "Maria Eduarda", "Raíssa Kauane",
                                            "Wellington Kauê", "Mirian Kelly", "Tamires Kauane", "Severino Ramos", "Raimunda Nonata",
                                            "Joaquim Manuel"):
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

    @property
    def called(self) -> str:
        """How the market calls a stallholder: the nickname when there is one, else the first name."""
        return self.apelido or self.first


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
            return self.pick(FEIRA_SUR)
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
                extra = self.surname()
                if extra not in surnames:
                    surnames.insert(0, extra)
        return Person(given, surnames, female)

    def feirante(self, female: bool | None = None, apelido_p: float = 0.4) -> Person:
        """A stallholder, porter or vendor: sometimes of a grower family, often known by a market nickname."""
        p = self.person(female=female, origin=self.pick([None, None, None, "jp", "pt", "bo", "pom", "lb", "kr"]))
        if self.chance(0.2):
            fam = self.pick(FEIRA_SUR)
            p.surnames = [s for s in p.surnames if s not in PARTICLES and s != fam][:1] + [fam]
        if self.chance(apelido_p):
            p.apelido = self.pick([s for s in APELIDOS if s not in (APELIDO_M if p.female else APELIDO_F)])
        return p

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
        if p.apelido and self.chance(0.3):
            user = re.sub(r"[^a-z]", "", fold(p.apelido).lower()) + self.pick(["", ".feira", "hortifruti", str(self.ri(1, 99))])
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
        elif b == "5":
            b = "5" + self.pick("12345") + self.d(13)
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
        y = year or self.pick([2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

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
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {n:06d}/O-{self.ri(0, 9)}", f"CRC/{uf} {dotted}", f"CRC {uf}-{n:06d}/O"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(9)}"])
        if kind == "CRMV":
            return self.pick([f"CRMV-{uf} {self.ri(1000, 39999)}", f"CRMV/{uf} nº {self.ri(1000, 39999)}", f"CRMV-{uf} {self.ri(1000, 39999)}-VP"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {self.ri(1000, 99999)}", f"CRF/{uf} nº {dotted}", f"CRF {uf}-{self.ri(1000, 99999)}"])
        if kind == "CRQ":
            return self.pick([f"CRQ {self.ri(1, 21):02d}ª Região {self.d(8)}", f"CRQ-{self.ri(1, 21)} nº {self.d(8)}"])
        if kind == "CRN":
            return self.pick([f"CRN-{self.ri(1, 11)} {self.ri(1000, 99999)}", f"CRN{self.ri(1, 11)} {self.ri(1000, 99999)}/P"])
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
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span, a plain value is text, a list is a
        sequence of both (text around an optional span)."""
        cur = 0
        for m in MARK.finditer(template):
            self.t(template[cur:m.start()])
            v = vals[m.group(1)]
            for part in (v if isinstance(v, list) else [v]):
                if isinstance(part, tuple):
                    self.e(part[0], part[1])
                else:
                    self.t(str(part))
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


NATIONALITY = {True: ["brasileira"] * 6 + ["portuguesa", "boliviana", "haitiana", "venezuelana", "síria", "japonesa"],
               False: ["brasileiro"] * 6 + ["português", "boliviano", "haitiano", "venezuelano", "sírio", "senegalês"]}
CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"],
         False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "IGP/RS", "SSP/GO", "SEJUSP/MS", "SSP/PB"]
JOBS = {True: ["feirante", "feirante", "comerciante", "quituteira", "vendedora ambulante", "microempreendedora individual",
               "produtora rural", "peixeira", "doceira", "cozinheira", "agricultora familiar", "ajudante de feira"],
        False: ["feirante", "feirante", "comerciante", "pasteleiro", "vendedor ambulante", "microempreendedor individual",
                "produtor rural", "peixeiro", "açougueiro", "carregador", "agricultor familiar", "ajudante de feira"]}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job=None, apelido: bool = False) -> None:
    """'NAME, brasileira, solteira, feirante, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    if apelido and p.apelido:
        doc.t(up(g.pick([", vulgo \"", ", conhecid" + p.o + " na feira como \"", ", conhecid" + p.o + " por \""])))
        doc.e(fold(p.apelido).upper() if caps else p.apelido, "PERSON")
        doc.t("\"")
    if isinstance(job, tuple):
        job = job[1] if p.female else job[0]
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {g.pick(CIVIL[p.female])}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        doc.t(up(", nascid" + p.o + " em "))
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", 1955, 2005), "DATE_OF_BIRTH")
    if rg is True and g.chance(0.18):
        doc.t(up(", portador" + ("a" if p.female else "") + " da CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    elif rg:
        doc.t(up(", portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(RG_ORG))
    doc.t(up(", inscrit" + p.o + " no CPF sob o nº "))
    doc.e(g.cpf("dot"), "BR_CPF")
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
            doc.f("«e»\n", e=(corp_mail(lw, dom or g.pick(["feiraedireito.adv.br", "trabalhistas.adv.br", "gmail.com", "mercadolex.adv.br", "adv.oabsp.org.br"]), g),
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


def stt_phone(g: Gen) -> str:
    ddd, local = g.msisdn()
    return g.pick([f"{ddd} {local[0]} {local[1:5]} {local[5:]}", f"{spoken_digits(ddd, g)} {spoken_digits(local, g)}",
                   f"{ddd} {local[:5]} {local[5:]}"])


def stt_dob(g: Gen) -> str:
    dd, mm, yy = g.dob_parts(1955, 2006)
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
TRT = {"SP": "5.02", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14",
       "TO": "5.10", "RO": "5.14", "AP": "5.08"}


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    return g.pick([c for c in CITIES if c[1] == uf])


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def fem(p: Person, m: str, f: str) -> str:
    return f if p.female else m


def date_range(g: Gen, lo: int = 3, hi: int = 90, fmt: str = "br") -> tuple[str, str]:
    d1 = g.day()
    return dbr(d1, fmt), dbr(d1 + datetime.timedelta(days=g.ri(lo, hi)), fmt)




# --------------------------------------------------------------------------- register: street markets, municipal markets, food trucks

SEED = 12222
OUT_NAME = "hundredtwentysecond.jsonl"

# (fantasy name, administrator, domain)
MERCADOS = [("Mercadão Municipal Bento Ferraz", "Concessionária Mercado Bento Ferraz SPE Ltda.", "mercadobentoferraz.com.br"),
            ("Mercado Municipal Leão Branco", "Leão Branco Gestão de Mercados Ltda.", "mercadoleaobranco.com.br"),
            ("Mercado Central Esperança", "Esperança Centrais de Abastecimento S.A.", "mercadoesperanca.com.br"),
            ("Mercado do Produtor Flor do Vale", "Flor do Vale Administração de Mercados Ltda.", "mercadoflordovale.com.br"),
            ("Mercadão da Aurora", "Aurora Mercados Concessões Ltda.", "mercadaodaaurora.com.br"),
            ("Mercado Público Celeste Amado", "Celeste Amado Concessões SPE S.A.", "mercadoceleste.com.br")]
FEIRAS = ["feira livre de terça da Praça da Luz", "Feira do Produtor da Vila Prudente", "feira de domingo da Rua Bento Gonçalves",
          "Feira Noturna do Largo da Glória", "feira de sábado do Jardim Aurora", "Feira Orgânica da Praça Amado Leal",
          "Feira da Lua do Setor Esperança", "feira de quinta da Rua Rosa e Silva", "Feira do Pescado da Beira Rio",
          "feira livre de quarta da Avenida Prudente de Morais"]
# (trade name, company name)
TRUCKS = [("Truck Sabor Prudente", "Sabor Prudente Alimentos Ltda. ME"), ("Bento Burger", "Bento Burger Lanches Eireli"),
          ("Tapiocaria Flor de Maio", "Flor de Maio Tapiocas Ltda. ME"), ("Churros da Aurora", "Aurora Doces Sobre Rodas Ltda."),
          ("Acarajé Estrela Guia", "Estrela Guia Comidas Típicas Ltda."), ("Yakisoba Sol Nascente", "Sol Nascente Food Truck Ltda."),
          ("Pastel Leão Dourado", "Leão Dourado Pastelaria Ltda. ME"), ("Caldo & Prosa", "Caldo e Prosa Alimentação Eireli"),
          ("Espetinho Amado", "Amado Espetos e Grelhados Ltda."), ("Esfiha Cedro Branco", "Cedro Branco Culinária Árabe Ltda.")]
EVENTS = [("Parque Food Truck Vila Serena", "parquevilaserena.com.br"), ("Festival Rodas & Sabores", "rodasesabores.com.br"),
          ("Arena Gastronômica Ipê Amarelo", "arenaipeamarelo.com.br"), ("Encontro de Food Trucks da Glória", "foodtrucksdagloria.com.br"),
          ("Quintal Gastronômico Bom Bento", "quintalbombento.com.br")]
BANCAS = ["Hortifruti Bento & Filhos", "Peixaria Mar de Rosa", "Queijaria Serra Branca", "Empório Tannus", "Frutas Oshiro",
          "Banca Flor de Laranjeira", "Pastelaria Yonamine", "Açougue Prudente", "Temperos da Glória", "Ervas Bom Jesus",
          "Floricultura Violeta", "Ovos Caipira Vitória", "Laticínios Ramlow", "Caldo de Cana Doce Esperança", "Hortaliças Kaneshiro",
          "Pescados Leão do Mar", "Grãos & Cereais Salvador", "Frios Celeste"]
SITIOS = ["Sítio Boa Esperança", "Chácara Oshiro", "Sítio Três Irmãos", "Granja Prudente", "Fazenda Vale Celeste", "Sítio Flor do Campo",
          "Chácara Santa Luz", "Sítio Recanto do Bento", "Sítio Pomerano Holz", "Chácara Kaneshiro"]
COOPS = [("Cooperativa Agrícola Mista Aurora do Campo", "coopauroradocampo.coop.br"),
         ("Associação dos Produtores Orgânicos Rosa dos Ventos", "organicosrosadosventos.org.br"),
         ("Cooperativa dos Agricultores Familiares do Vale Celeste", "coopvaleceleste.coop.br"),
         ("Cooperativa Pomerana de Hortigranjeiros", "cooppomerana.coop.br")]
ASSOCS = ["Associação dos Feirantes da Praça da Luz", "Associação dos Permissionários do Mercado Central Esperança",
          "Associação dos Feirantes e Ambulantes de Vila Prudente", "Sindicato dos Feirantes e Vendedores Ambulantes (SINFEVA)",
          "Associação Comercial dos Boxistas do Mercadão da Aurora", "Associação dos Food Trucks da Glória"]
MAQS = [("PagFeira", "pagfeira.com.br"), ("Moedinha", "moedinha.com.br"), ("MaqLeão", "maqleao.com.br"), ("Trocado Pay", "trocadopay.com.br"),
        ("Rosa Pay", "rosapay.com.br")]
APPS = [("FeiraJá", "feiraja.app"), ("Cestinha", "cestinha.com.br"), ("Sacola Verde", "sacolaverde.com.br"), ("Freguesia", "freguesia.app")]
BOTS = ["Feirinha", "Tomatinho", "Sacolinha", "Caju", "Dona Cesta"]
UPAS = ["UPA 24h Vila Esperança", "Pronto Atendimento São Bento", "Hospital Municipal Flor do Campo", "UPA Jardim Aurora",
        "Policlínica Leão", "Hospital Regional Prudente de Morais", "UPA Glória"]
OCC = [("Clínica Ocupacional Mercado Saúde", "mercadosaude.med.br"), ("MedFeira Saúde do Trabalhador", "medfeira.com.br"),
       ("Clínica Vida Prudente", "vidaprudente.med.br"), ("Ocupacional Bom Bento", "ocupacionalbombento.com.br")]
LABS = [("Laboratório Bromatológico Vale Celeste Ltda.", "labvaleceleste.com.br"), ("LabAlimentos Aurora Análises Ltda.", "labalimentosaurora.com.br"),
        ("Instituto de Análises Prudente S.A.", "analisesprudente.com.br")]
ESCRITORIOS = [("Leal & Figueira Contabilidade", "lealfigueira.cnt.br"), ("Contábil Rosa dos Ventos", "contabilrosa.com.br"),
               ("Escritório Contábil Bom Bento", "contabilbombento.com.br"), ("MEI Fácil Assessoria Contábil", "meifacil.cnt.br")]
CREDITO = [("Banco Popular Mão Amiga", "maoamiga.org.br"), ("Crédito Solidário da Feira", "creditosolidario.org.br"),
           ("Agência de Fomento Aurora", "fomentoaurora.gov.br")]
ROLE_BOXES = ["sac", "contato", "atendimento", "financeiro", "juridico", "naoresponda", "no-reply", "ouvidoria", "permissoes",
              "fiscalizacao", "visa", "vigilancia", "administracao", "cobranca", "pedidos", "compras", "dpo", "privacidade", "lgpd",
              "rh", "dp", "suporte", "protocolo", "secretaria", "abastecimento", "feiras", "licenciamento", "epidemiologia", "cievs",
              "laudos", "credito", "microcredito", "contabilidade", "fiscal", "chargeback", "disputas", "repasses", "parceiros",
              "entregas", "sesmt", "eventos", "expositores", "notificacoes", "agendamento"]
PRODUCE = [("tomate italiano", "kg"), ("tomate carmem", "cx"), ("alface crespa", "pé"), ("alface americana", "pé"), ("cebola", "kg"),
           ("batata-doce", "kg"), ("mandioca", "kg"), ("abobrinha", "kg"), ("pimentão", "kg"), ("cheiro-verde", "maço"),
           ("coentro", "maço"), ("couve", "maço"), ("banana-prata", "dz"), ("banana-nanica", "pencas"), ("mamão formosa", "un"),
           ("laranja-pera", "dz"), ("limão taiti", "kg"), ("morango", "bandeja"), ("caqui rama forte", "cx"), ("uva niágara", "kg"),
           ("ovos caipira", "dz"), ("queijo minas", "peça"), ("pimenta-de-cheiro", "pote"), ("quiabo", "kg"), ("maxixe", "kg"),
           ("jiló", "kg"), ("inhame", "kg"), ("maracujá", "kg"), ("abacaxi pérola", "un"), ("sardinha", "kg"), ("tilápia", "kg"),
           ("camarão cinza", "kg"), ("linguiça caseira", "kg"), ("rapadura", "un"), ("mel", "pote")]
TRUCK_FOOD = ["pastel de carne", "pastel de queijo", "caldo de cana", "tapioca de carne de sol", "acarajé completo", "yakisoba",
              "hambúrguer artesanal", "churros de doce de leite", "espetinho de frango", "esfiha de carne", "cachorro-quente", "caldo de mocotó",
              "maionese de batata", "frango xadrez", "bolinho de bacalhau"]
FOOD_ICD = [("A05.9", "intoxicação alimentar bacteriana não especificada"), ("A02.0", "enterite por salmonela"),
            ("A09", "diarreia e gastroenterite de origem infecciosa presumível"), ("A08.4", "infecção intestinal viral"),
            ("R11", "náusea e vômitos"), ("K52.9", "gastroenterite não infecciosa"), ("A05.0", "intoxicação alimentar estafilocócica"),
            ("T78.1", "reação adversa a alimento")]
WORK_ICD = [("S61.0", "ferimento do dedo sem lesão da unha"), ("T23.2", "queimadura de segundo grau do punho e da mão"),
            ("M54.5", "dor lombar baixa"), ("S93.4", "entorse do tornozelo"), ("S60.2", "contusão do punho e da mão"),
            ("L24.9", "dermatite de contato irritativa"), ("S83.6", "entorse do joelho"), ("M75.1", "síndrome do manguito rotador")]


def mercado(g: Gen) -> tuple[str, str, str]:
    return g.pick(MERCADOS)


def feira(g: Gen) -> str:
    return g.pick(FEIRAS)


def truck(g: Gen) -> tuple[str, str]:
    return g.pick(TRUCKS)


def banca(g: Gen) -> str:
    return g.pick(BANCAS)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def mei(g: Gen) -> tuple[str, str]:
    """A MEI's CNPJ (dotted) and the 8-digit root that opens its company name ('45.123.456 NAME')."""
    b = g.d(8) + "0001"
    n = b + cnpj_dv(b)
    c = f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}"
    return c, c[:10]


def box_num(g: Gen) -> str:
    return g.pick([f"box {g.ri(1, 180)}", f"banca {g.ri(1, 90)}", f"box {g.pick('ABCDEFG')}-{g.ri(1, 60):02d}", f"rua {g.pick('ABCDE')}, box {g.ri(1, 40)}",
                   f"boxe {g.ri(100, 399)}"])


def tpu(g: Gen) -> str:
    """A permit (Termo de Permissão de Uso) or matrícula number of a stallholder (not labelled)."""
    return clean(g, lambda: g.pick([f"TPU nº {g.d(4)}/{g.ri(2019, 2026)}", f"matrícula de feirante {g.d(6)}-{g.d(1)}", f"TPU {g.d(3)}.{g.d(3)}/{g.ri(2020, 2026)}",
                                    f"permissão nº {g.d(5)}"]))


def sei(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"SEI {g.d(4)}.{g.ri(2024, 2026)}/{g.d(7)}-{g.d(1)}", f"processo administrativo nº {g.d(5)}/{g.ri(2024, 2026)}",
                                    f"processo {g.ri(2024, 2026)}-0.{g.d(3)}.{g.d(3)}-{g.d(1)}"]))


def matricula(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"matr. {g.d(3)}.{g.d(3)}-{g.d(1)}", f"mat. {g.d(6)}", f"matrícula {g.d(5)}-{g.d(1)}"]))


def ctps(g: Gen, uf: str) -> str:
    return g.pick([f"{g.d(7)} série {g.d(4)}-{uf}", f"{g.d(7)}/{g.d(5)}-{uf}", "não anotada", "digital (não anotada)"])


def renavam(g: Gen) -> str:
    return g.neg(11)


def ie_produtor(g: Gen) -> str:
    """A grower's state registration (inscrição de produtor rural), not labelled."""
    return clean(g, lambda: g.pick([f"{g.d(3)}.{g.d(3)}.{g.d(3)}.{g.d(3)}", f"{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", f"P-{g.d(8)}.{g.d(1)}/{g.d(3)}"]))


def caf(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"CAF {g.up(2)}{g.d(5)}.{g.ri(2023, 2026)}.{g.d(2)}", f"DAP {g.up(3)}{g.d(4)}{g.up(1)}{g.d(3)}"]))


def nsu(g: Gen) -> str:
    return clean(g, lambda: g.pick([g.d(6), g.d(9), f"{g.d(4)}{g.up(2)}{g.d(2)}"]))


def aut(g: Gen) -> str:
    return clean(g, lambda: g.pick([g.d(6), f"{g.up(1)}{g.d(5)}", f"{g.d(3)}{g.up(3)}"]))


def e2e(g: Gen, t: datetime.datetime) -> str:
    """A Pix end-to-end id (not labelled)."""
    chars = "abcdefghijklmnopqrstuvwxyz0123456789"
    return clean(g, lambda: "E" + g.d(8) + t.strftime("%Y%m%d%H%M") + "".join(g.pick(chars) for _ in range(11)))


def ec_num(g: Gen) -> str:
    """An acquirer's merchant (EC) number, not labelled."""
    return clean(g, lambda: g.pick([g.d(10), f"{g.d(4)}.{g.d(3)}.{g.d(3)}", g.d(9)]))


def pedido(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"#{g.d(6)}", f"PED-{g.d(5)}-{g.up(2)}", g.neg(11), g.hexs(8, True), f"{g.d(4)}-{g.d(4)}"]))


def nf(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"NF-e {g.d(6)}", f"NFP-e nº {g.ri(100, 99999)}", f"NFC-e {g.d(5)}", f"nota de produtor nº {g.d(4)}"]))


def boleto_line(g: Gen) -> str:
    bank = g.pick(["001", "237", "341", "104", "033", "756", "748", "077"])
    return clean(g, lambda: f"{bank}9{g.d(1)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.ri(9000, 9999)}{g.d(10)}")


def lote(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.up(2)}{g.d(4)}", f"L{g.d(3)}/{g.d(2)}", f"lote {g.d(2)}{g.up(1)}{g.d(2)}"]))


def sisvisa(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"AI nº {g.d(6)}-{g.up(1)}", f"auto de infração nº {g.d(4)}/{g.ri(2024, 2026)}", f"AIS {g.d(5)}/{g.d(2)}"]))


def money(g: Gen, lo: int, hi: int) -> str:
    return brl(g.ri(lo * 100, hi * 100) / 100)


def pix_key(g: Gen, p: Person, cpf: str | None = None, cnpj: str | None = None) -> tuple[str, tuple]:
    """(kind, (key, LABEL)): a random key, a phone, an e-mail, the CPF or (for a MEI) the CNPJ."""
    kinds = ["aleatoria", "aleatoria", "celular", "cpf", "email"] + (["cnpj"] if cnpj else [])
    kind = g.pick(kinds)
    if kind == "aleatoria":
        return "aleatória", (g.uuid(), "PIX_KEY")
    if kind == "celular":
        return "celular", (g.phone(g.pick(["e164", "par", "raw", "plain"])), "PHONE_NUMBER")
    if kind == "email":
        return "e-mail", (g.email(p), "EMAIL_ADDRESS")
    if kind == "cnpj":
        return "CNPJ", (cnpj, "BR_CNPJ")
    return "CPF", (cpf or g.cpf(), "BR_CPF")


def word_neg(g: Gen) -> str:
    """A sentence with name-like words used as words, firms, fairs and places (never labelled)."""
    return g.pick(["A rosa colombiana chegou murcha na banca de flores.", "Foi uma vitória conseguir o alvará antes do Natal.",
                   "Seria prudente cobrir as caixas de tomate com lona.", "O leitão à pururuca esgota antes das dez.",
                   "A sardinha fresca acabou; hoje só tem pescada e tilápia.", "O Mercadão da Aurora abre às 6h aos sábados.",
                   "Na Rua Bento Gonçalves a feira ocupa dois quarteirões.", "A pimenta-de-cheiro veio do Sítio Boa Esperança.",
                   "A luz do corredor C do mercado está queimada desde segunda.", "O carneiro para o churrasco foi encomendado no Açougue Prudente.",
                   "Margarida e violeta em vaso, R$ 15 cada, só na Floricultura Violeta.", "Flor de abóbora só por encomenda.",
                   "Esperança é a última que morre: a prefeitura prometeu cobrir a feira.", "Justo no sábado de chuva faltou gelo para o peixe.",
                   "A laranjeira do pátio do Mercado Central Esperança deu fruta o ano inteiro.", "Feira de Santana manda farinha toda semana.",
                   "O Bento Burger e o Truck Sabor Prudente estacionam lado a lado no Parque Food Truck Vila Serena.",
                   "O coelho de chocolate vende mais que o ovo na semana santa.", "Glória a Deus, choveu só depois das duas.",
                   "Celeste, o céu, nem uma nuvem: a feira noturna bombou."])


def chat_neg(g: Gen) -> str:
    """An aside in a chat, with name-like words used as words, firms and places."""
    return g.pick(["a luz do box apagou de novo 🙄", "foi uma vitória vender tudo hj kkkk", "seria prudente levar a lona amanhã, vai chover",
                   "o leitão acabou às 9h", "sardinha tá 19,90 hj", "tem flor de abóbora?", "a rosa vermelha tá 5 o maço",
                   "justo hj que o gelo atrasou", "pimenta tá cara demais", "o mercadão da aurora vai fechar no feriado?",
                   "esperança que a chuva passe até as 6", "a figueira da praça caiu em cima da barraca de coco 😱",
                   "bento burger tá com fila enorme", "amado demais esse bolo de fubá"])


def ref(g: Gen, p: Person, low: bool = False) -> tuple:
    """How a stallholder is called in a chat or a notebook: nickname, first name or short name."""
    opts = [p.first, p.first, p.short] + ([p.apelido, p.apelido] if p.apelido else [p.nick])
    s = g.pick(opts)
    return P(lower(s) if low else s)


def art_of(name: str, prep: str) -> str:
    first = name.split()[0]
    masc = first in ("Mercadão", "Mercado", "Parque", "Festival", "Encontro", "Quintal", "Hospital", "Pronto", "Sítio", "Laboratório",
                     "Instituto", "Banco", "Crédito", "Escritório", "Empório", "Açougue", "Truck", "Pastel", "Caldo", "Espetinho",
                     "Acarajé", "Yakisoba", "Bento", "Churros", "Sindicato")
    return {"em": "no" if masc else "na", "de": "do" if masc else "da"}[prep]


# --------------------------------------------------------------------------- atendimento


def at_zap_encomenda(g: Gen) -> Doc:
    """A customer ordering from a stall by WhatsApp (lower case): prices, the order, delivery address and CEP or pick-up, the Pix key, the courier."""
    doc = Doc()
    bk = banca(g)
    dono = g.feirante(apelido_p=0.5)
    c = g.person()
    st = chat_stamp(g)
    tt = iter(seq_times(g, 40, g.moment(hours=(6, 11)), 20, 900))
    mode = g.pick(["loja", "loja", "dono", "dono_tel"])
    if mode == "loja":
        S = V(bk)
        doc.f("Conversa do WhatsApp com «b»\n\n", b=bk)
    elif mode == "dono":
        S = P(g.pick([dono.called, dono.short, dono.first]))
        doc.f("Conversa do WhatsApp com «n»\n\n", n=S)
    else:
        S = (g.phone("wa"), "PHONE_NUMBER")
        doc.t("Conversa do WhatsApp\n\n")
    C = V("Você") if g.chance(0.45) else ((g.phone("wa"), "PHONE_NUMBER") if g.chance(0.65) else P(g.pick([c.first, lower(c.first), c.short])))
    hello = g.pick(["bom dia", "bom diaa", "oi", "oii", "bom dia bom dia"])
    if dono.apelido or g.chance(0.5):
        cl(doc, st(next(tt)), C, "«h» «s»«n»! vc vai estar na «f» «d»?", h=hello, s=g.pick(["seu ", "", "tio "]) if not dono.female else g.pick(["dona ", "", "tia "]),
           n=P(lower(dono.called)), f=g.pick(["feira", "feira da praça", "feira de domingo", "feira noturna", "feira do produtor", "feira de quarta"]),
           d=g.pick(["amanhã", "hj", "essa semana"]))
    else:
        cl(doc, st(next(tt)), C, "«h»! vcs entregam?", h=hello)
    items = g.sample(PRODUCE, g.ri(3, 6))
    fem_un = ("dz", "cx", "bandeja", "peça", "pencas")
    lines = "\n".join(f"{nm} {money(g, 2, 18)}/{un}" if g.chance(0.6) else
                      f"{nm} R$ {money(g, 2, 18)} {'a' if un in fem_un else 'o'} {'penca' if un == 'pencas' else un}" for nm, un in items)
    cl(doc, st(next(tt)), S, "«x»\n«l»\n«y»", x=g.pick(["bom dia! sim, tabela de hoje:", "opa, tem sim 👍 preços:", "Bom dia! Segue:"]), l=lines,
       y=g.pick(["entrega acima de 50 reais no bairro", "entrega só depois das 13h", "pedido até as 10h"]))
    order = ", ".join(f"{g.ri(1, 4)} {un} de {nm}" for nm, un in g.sample(items, min(len(items), g.ri(2, 4))))
    cl(doc, st(next(tt)), C, "quero «o»", o=order)
    total = g.ri(40, 260) + g.ri(0, 99) / 100
    fee = g.pick([0, 5, 8, 10])
    deliver = g.chance(0.65)
    if deliver:
        cl(doc, st(next(tt)), S, "fechou R$ «v»«f». me passa nome completo e endereço com cep", v=brl(total), f=f" + {fee} da entrega" if fee else " (entrega grátis)")
        city, uf = g.city()
        if g.chance(0.5):
            cl(doc, st(next(tt)), C, "«n»\n«a» «b»\ncep «p»", n=P(g.pick([c.full, c.low])), a=(g.address("low"), "ADDRESS"), b=lower(g.pick(BAIRROS)),
               p=(g.cep(g.chance(0.5)), "BR_CEP"))
        else:
            cl(doc, st(next(tt)), C, "«n», «a», «b», «ci» - CEP «p»", n=P(c.full), a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), ci=city,
               p=(g.cep(), "BR_CEP"))
        if g.chance(0.4):
            v = g.person()
            cl(doc, st(next(tt)), C, "se eu não estiver quem recebe é «x» «n»", x=g.pick(["minha vizinha", "a diarista", "minha sogra"]) if v.female else g.pick(["meu vizinho", "o porteiro", "meu sogro"]),
               n=P(lower(g.pick([v.first, v.full]))))
    else:
        cl(doc, st(next(tt)), S, "fechou R$ «v». separo e vc retira na banca até 12h?", v=brl(total))
        cl(doc, st(next(tt)), C, "isso, retiro. nome «n»", n=P(g.pick([c.first, c.full, lower(c.full)])))
    cpf_dono = g.cpf()
    cn, root = mei(g)
    kind, kv = pix_key(g, dono, cpf_dono, cn if g.chance(0.5) else None)
    if kind == "aleatória":
        cl(doc, st(next(tt)), S, "pix chave aleatória:\n«k»", k=kv)
    elif kind == "CNPJ":
        cl(doc, st(next(tt)), S, "pix é o cnpj «k» (mei «n»)", k=kv, n=P(g.pick([dono.full.upper(), lower(dono.full)])))
    else:
        if g.chance(0.5):
            cl(doc, st(next(tt)), S, "pix «k»: «v»", k=kind, v=kv)
        else:
            cl(doc, st(next(tt)), S, "pix «k»: «v» («n»)", k=kind, v=kv, n=P(dono.full))
    cl(doc, st(next(tt)), C, g.pick(["<Mídia oculta>", "IMG-20250312-WA0031.jpg (arquivo anexado)", "‎imagem ocultada", "pronto, mandei"]))
    if g.chance(0.4):
        cl(doc, st(next(tt)), C, "coloca meu cpf na nota? «w»", w=g.neg_cpf(g.chance(0.6)))
        cl(doc, st(next(tt)), S, "esse cpf deu inválido aqui, confere?")
        cl(doc, st(next(tt)), C, "foi mal, «c»", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    elif g.chance(0.3):
        cl(doc, st(next(tt)), C, "cpf na nota por favor «c»", c=(g.cpf(), "BR_CPF"))
    if deliver:
        mb = g.person(False)
        if g.chance(0.6):
            cl(doc, st(next(tt)), S, "recebido ✅ o motoboy é o «n», moto «m» placa «p», chega umas «h»", n=P(lower(g.pick([mb.first, mb.nick]))),
               m=g.pick(["vermelha", "preta", "cg 160 prata", "biz azul"]), p=(g.plate(), "LICENSE_PLATE"), h=g.pick(["11h", "11h30", "13h", "14h"]))
        else:
            cl(doc, st(next(tt)), S, "recebido ✅ quem leva é meu filho «n», «t»", n=P(lower(g.relative(dono, False).first)), t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    if g.chance(0.2):
        cl(doc, st(next(tt)), C, "ah, vc tb faz bolo? é pro aniversário da minha mãe, «n», ela nasceu em «d» 🎂", n=P(lower(g.relative(c, True).first)),
           d=(g.dob(g.pick(["br", "nopad", "short"]), 1940, 1965), "DATE_OF_BIRTH"))
        cl(doc, st(next(tt)), S, "bolo é com a «n» da banca do lado, passo o contato: «t»", n=P(lower(g.feirante(True).called)),
           t=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), C, g.pick(["obrigadaa", "valeu!", "👍", chat_neg(g), "vlw, até sábado"]))
    if g.chance(0.4):
        cl(doc, st(next(tt)), S, chat_neg(g))
    return doc


def at_stt_156(g: Gen) -> Doc:
    """A speech-to-text call to the city's 156 line about a street market (numbers spoken), then the typed request."""
    doc = Doc()
    city, uf = g.city()
    at = g.person(female=g.chance(0.6))
    c = g.feirante(apelido_p=0.0) if g.chance(0.5) else g.person()
    is_feirante = g.chance(0.5)
    cpf = g.cpf_digits()
    cep = g.cep(False)
    fr = feira(g)
    t0 = g.moment(hours=(8, 19))
    doc.f("[transcricao automatica — central 156 — prefeitura de «c» — «d» — gravacao «r»]\n", c=lower(city), d=ts(t0, "sql"), r=g.hexs(10))
    doc.f("atendente: central 156 bom dia meu nome e «a» em que posso ajudar\n", a=P(lower(at.first)))
    if is_feirante:
        doc.f("cidadao: bom dia eu sou feirante da «f» e queria saber da renovacao da minha permissao que venceu\n", f=lower(fr))
    else:
        doc.f("cidadao: bom dia eu moro na rua da «f» e queria reclamar que os feirantes estao deixando lixo e caixa na minha calcada ate de noite\n", f=lower(fr))
    doc.t("atendente: pois nao qual o seu nome completo\ncidadao: ")
    doc.e(lower(c.full), "PERSON")
    doc.t("\n")
    doc.f("atendente: o cpf por favor\ncidadao: «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    dob = g.chance(0.6)
    if dob:
        doc.f("atendente: data de nascimento\ncidadao: «d»\n", d=(stt_dob(g), "DATE_OF_BIRTH"))
    ddd, local = g.msisdn()
    doc.f("atendente: um telefone pra contato\ncidadao: «t»\n", t=(g.pick([f"{ddd} {local[0]} {local[1:5]} {local[5:]}", f"{spoken_digits(ddd, g)} {spoken_digits(local, g)}",
                                                                          f"{ddd} {local[:5]} {local[5:]}"]), "PHONE_NUMBER"))
    addr = g.address()
    sp_addr = lower(addr).replace("apto", "apartamento").replace("ap.", "apartamento").replace("r. ", "rua ").replace("av. ", "avenida ")
    sp_addr = sp_addr.replace("nº ", "numero ").replace(" - ", " ").replace(",", "")
    doc.f("atendente: e o endereco completo com cep\ncidadao: «a» cep «p»\n", a=(sp_addr, "ADDRESS"),
          p=(g.pick([spoken_digits(cep, g), f"{cep[:5]} {cep[5:]}", f"{cep[:2]} {cep[2:5]} {cep[5:]}"]), "BR_CEP"))
    helper = None
    if is_feirante:
        doc.f("atendente: o senhor tem o numero da permissao\ncidadao: tenho e «p»\n" if not c.female else "atendente: a senhora tem o numero da permissao\ncidadao: tenho e «p»\n",
              p=" ".join(g.d(2) for _ in range(3)))
        if g.chance(0.6):
            helper = g.person()
            hc = g.cpf_digits()
            doc.f("cidadao: e aproveitando queria incluir minha ajudante o nome dela e «n» o cpf «c»\n" if helper.female else
                  "cidadao: e aproveitando queria incluir meu ajudante o nome dele e «n» o cpf «c»\n", n=P(lower(helper.full)), c=(stt_cpf(hc, g), "BR_CPF"))
            doc.t("atendente: a inclusao de auxiliar e feita no portal mas vou registrar aqui na observacao\n")
        doc.f("atendente: certo a renovacao vai pra supervisao de abastecimento o fiscal da area e o «f» prazo de quinze dias uteis\n",
              f=P(lower(g.person(False).first)) if g.chance(0.3) else V("responsavel"))
    else:
        doc.f("cidadao: e toda «d» a mesma coisa o caminhao do «n» estaciona na frente da garagem placa «p»\n", d=g.pick(["terca", "quarta", "quinta", "sexta", "sabado", "domingo"]),
              n=P(lower(g.feirante(apelido_p=0.8).called)), p=(g.plate(), "LICENSE_PLATE"))
        doc.t("atendente: vou abrir a solicitacao pra fiscalizacao de feiras livres e limpeza urbana\n")
    prot = clean(g, lambda: f"{t0.year}{g.d(7)}")
    doc.f("atendente: anota o protocolo «p» mais alguma coisa\ncidadao: nao so isso obrigad«o»\n\n", p=" ".join(prot[i:i + 4] for i in range(0, len(prot), 4)), o=c.o)
    doc.f("CENTRAL 156 — SOLICITAÇÃO Nº «p»\n", p=prot)
    fields = [("Assunto", V("Feiras livres — renovação de permissão de uso" if is_feirante else "Feiras livres — descarte irregular / obstrução de via")),
              ("Solicitante", P(g.pick([c.full, c.caps]))), ("CPF", (fmt_cpf(cpf), "BR_CPF")),
              ("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain"])), "PHONE_NUMBER")), ("Endereço", (addr, "ADDRESS")), ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP")),
              ("Local da feira", V(fr))]
    if helper is not None:
        fields.append(("Obs.", V("incluir auxiliar (ver transcrição); orientar cadastro no portal")))
    fields.append(("Atendente", P(at.full) if g.chance(0.4) else V(login(at, g))))
    fields.append(("Encaminhado a", V(g.pick(["SUPAB — Supervisão de Abastecimento", "Subprefeitura — Fiscalização", "Limpeza Urbana / Feiras"]))))
    kv_block(doc, fields, g.pick(["plain", "dots", "box", "caps"]))
    return doc


def at_portal_tpu(g: Gen) -> Doc:
    """A city portal's application for a stall permit or a food-truck licence (the MEI, helpers, the vehicle, the gas engineer, the IP)."""
    doc = Doc()
    city, uf = g.city()
    ft = g.chance(0.4)
    p = g.feirante(apelido_p=0.3)
    cn, root = mei(g)
    t0 = g.moment(hours=(6, 23))
    doc.f("PREFEITURA MUNICIPAL DE «c» — PORTAL DE SERVIÇOS\n«s»\n«p» · enviado em «d»\n\n", c=fold(city).upper(),
          s="Licença para comércio em food truck (veículo automotor)" if ft else "Termo de Permissão de Uso — comércio em feiras livres",
          p=sei(g), d=ts(t0, "brs"))
    doc.t("1. REQUERENTE\n")
    mother = g.person(True)
    mother = Person(mother.given, mother.surnames[:1] + [p.last] if p.last not in mother.surnames else mother.surnames, True)
    fields = [("Nome", P(g.pick([p.full, p.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
              ("Data de nascimento", (g.dob("br", 1955, 2004), "DATE_OF_BIRTH")), ("Nome da mãe", P(mother.full)),
              ("Endereço residencial", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
              ("Celular", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(p), "EMAIL_ADDRESS"))]
    if g.chance(0.3):
        fields.insert(4, ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")))
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    doc.t("\n2. PESSOA JURÍDICA (MEI)\n")
    doc.f("CNPJ: «c»\nRazão social: «r» «n»\nCNAE principal: «k»\n", c=(cn, "BR_CNPJ"), r=root, n=P(fold(p.full).upper()),
          k=g.pick(["5620-1/04 (fornecimento de alimentos preparados, exceto para consumo domiciliar)", "4724-5/00 (comércio varejista de hortifrutigranjeiros)",
                    "5612-1/00 (serviços ambulantes de alimentação)", "4722-9/02 (peixaria)"] if not ft else
                   ["5612-1/00 (serviços ambulantes de alimentação)", "5620-1/04 (fornecimento de alimentos preparados)"]))
    doc.t("\n3. ATIVIDADE\n")
    if ft:
        tn, traz = truck(g)
        doc.f("Nome fantasia: «t»\nCardápio: «m»\nVeículo: «v», placa «p», Renavam «r»\n", t=tn, m=", ".join(g.sample(TRUCK_FOOD, 3)),
              v=g.pick(["Fiat Ducato furgão 2016", "Renault Master 2019", "Kombi 2012 adaptada", "Iveco Daily 2018", "reboque (trailer) 4 m"]),
              p=(g.plate(), "LICENSE_PLATE"), r=renavam(g))
        if g.chance(0.6):
            doc.f("Condutor: o próprio requerente, CNH «c» (cat. «k»)\n", c=(g.cnh(), "BR_CNH"), k=g.pick(["B", "C", "AB", "D"]))
        eng = g.person()
        doc.f("Laudo da instalação de GLP: «e», «cr» (ART «a»)\n", e=P(eng.full), cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), a=clean(g, lambda: g.d(13)))
        if g.chance(0.6):
            nu = g.person(True)
            doc.f("Responsável técnica (boas práticas): «n», «c»\n", n=P(nu.full), c=(g.council("CRN"), "PROFESSIONAL_ID"))
        doc.f("Pontos pretendidos: «x»\n", x=g.pick(["Praça da Luz (noturno)", "Orla — trecho 3", "Parque Municipal Bento Ferraz, portão 2", "Av. Prudente de Morais, recuo do nº 1500"]))
    else:
        doc.f("Feira: «f»\nGrupo de comércio: «k»\nMetragem da barraca: «m» m\n", f=feira(g), k=g.pick(["hortifrutigranjeiros", "pescados", "pastel e caldo de cana",
              "flores e plantas", "laticínios e frios", "ovos e aves abatidas", "utilidades domésticas"]), m=g.pick(["2 x 2", "3 x 2", "4 x 2", "6 x 2"]))
        if g.chance(0.7):
            doc.f("Veículo de apoio: «v», placa «p»\n", v=g.pick(["caminhonete Strada", "caminhão 3/4 baú", "Saveiro", "Kombi"]), p=(g.plate(), "LICENSE_PLATE"))
    doc.t("\n4. AUXILIARES\n")
    rows = []
    for _ in range(g.ri(1, 3)):
        a = g.person()
        rows.append([P(g.pick([a.full, a.caps])), (g.cpf(), "BR_CPF"), (g.dob("br", 1960, 2007), "DATE_OF_BIRTH") if g.chance(0.6) else (g.rg(), "BR_RG"),
                     V(g.pick(["ajudante", "ajudante", "caixa", "cozinheira" if a.female else "cozinheiro", "descarga"]))])
    table_ruled(doc, ["nome", "cpf", "nasc./rg", "função"], rows, g.pick(["plus", "psql", "md", "plain"]))
    doc.f("\nDeclaro, sob as penas da lei, que as informações são verdadeiras.\nAceite eletrônico: «d» · IP «ip» · «b»\n", d=ts(t0, "brs"), ip=(g.ip(), "IP_ADDRESS"),
          b=g.pick(["Android 13 / Chrome", "iOS 17 / Safari", "Windows 10 / Edge"]))
    an = g.person()
    doc.f("\n— ANÁLISE —\n«n» · «s»\n", n=P(an.full) if g.chance(0.3) else V(login(an, g)),
          s=g.pick(["pendente: anexar certidão de regularidade do MEI", "deferido; aguardar vistoria da Vigilância Sanitária", "pendente: comprovante de residência",
                    "indeferido: ponto pretendido sem vaga (ver Decreto de feiras)", "encaminhado à SUPAB para vistoria"]))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def at_email_festival(g: Gen) -> Doc:
    """A customer's complaint to a food-truck festival (double charge, food, wait) quoted under the organiser's reply with the refund."""
    doc = Doc()
    ev, edom = g.pick(EVENTS)
    tn, traz = truck(g)
    c = g.person()
    rep = g.person()
    cm = g.email(c)
    t0 = g.moment(hours=(10, 23))
    t1 = t0 + datetime.timedelta(days=g.ri(1, 5), hours=g.ri(1, 9))
    doc.f("De: «n» <«e»>\nPara: «c»\n", n=P(rep.full), e=(corp_mail(rep, edom, g), "EMAIL_ADDRESS"), c=(cm, "EMAIL_ADDRESS"))
    doc.f("Cc: «r»\nData: «d»\nAssunto: RE: cobrança em dobro no «t»\n\n", r=role_mail(g, edom, g.pick(["sac", "expositores", "eventos", "atendimento"])), d=mail_date(t1), t=tn)
    doc.f("Olá, «n»,\n\n", n=P(g.pick([c.first, c.full])))
    why = g.pick(["dobro", "dobro", "comida", "espera"])
    mode = g.pick(["estorno", "pix", "conta"])
    own = g.person()
    doc.f("Falamos com «o»responsável pelo «t» e com a operadora da maquininha. ", o=[P(g.pick([own.full, own.short])), ", "] if g.chance(0.5) else "o ", t=tn)
    if mode == "estorno":
        doc.f("A segunda transação (NSU «n») será estornada no cartão «m» em até duas faturas.\n\n", n=nsu(g), m=g.masked_card())
    elif mode == "pix":
        doc.t("O valor será devolvido por Pix na chave que você informou, em até 3 dias úteis.\n\n")
    else:
        doc.f("O valor será depositado na conta informada (agência «a», conta «c»).\n\n", a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.f("Como desculpas, deixamos 2 vales de R$ 20 para a próxima edição.\n\nAtenciosamente,\n«n»\nAtendimento ao público — «e»\n«t»\n\n",
          n=P(g.pick([rep.first, rep.short, rep.full])), e=ev, t=(g.phone("par"), "PHONE_NUMBER") if g.chance(0.5) else V(f"www.{edom}"))
    doc.f("Em «d», «n» <«e»> escreveu:\n" if g.chance(0.6) else "Em «d», <«e»> escreveu:\n", d=ts(t0, "br"), n=P(g.pick([c.full, c.low])), e=(cm, "EMAIL_ADDRESS"))
    q = "> "
    doc.f("«q»X-Originating-IP: [«ip»]\n«q»\n", q=q, ip=(g.ip(), "IP_ADDRESS"))
    doc.f("«q»Boa noite. Estive no «e» no sábado e comprei «f» no «t».\n", q=q, e=ev, f=g.pick(TRUCK_FOOD), t=tn)
    if why == "dobro":
        doc.f("«q»A maquininha deu erro e a moça do caixa («n», pelo crachá) passou de novo; no extrato saíram duas compras de R$ «v».\n", q=q,
              n=P(g.person(True).first) if g.chance(0.6) else V("não vi o nome"), v=money(g, 18, 90))
        if g.chance(0.45):
            doc.f("«q»Cartão usado: «k».\n", q=q, k=(g.card(g.chance(0.6)), "CREDIT_CARD"))
    elif why == "comida":
        doc.f("«q»O «f» veio cru por dentro e minha «x» passou mal à noite.\n", q=q, f=g.pick(["hambúrguer", "espetinho", "frango"]),
              x=g.pick(["filha", "esposa", "mãe"]))
    else:
        doc.f("«q»Esperei 1h20 pela senha «s» e quando chamaram tinha acabado; não devolveram o dinheiro na hora.\n", q=q, s=g.ri(10, 299))
    doc.f("«q»Meu CPF: «c».\n", q=q, c=(g.cpf(), "BR_CPF"))
    if mode == "pix":
        kind, kv = pix_key(g, c)
        doc.f("«q»Pode devolver no Pix, chave «k» «v».\n", q=q, k=kind, v=kv)
    elif mode == "conta":
        doc.f("«q»Prefiro na conta: «b», a agência e a conta vão no formulário.\n", q=q, b=g.pick(BANKS)[1])
    doc.f("«q»Telefone: «t»\n", q=q, t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.35):
        doc.f("«q»Se forem mandar algo pelo correio: «a», CEP «p».\n", q=q, a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    if g.chance(0.5):
        doc.f("«q»«n»\n", q=q, n=P(g.pick([c.first, c.full])))
    return doc


def at_livro_ocorrencias(g: Gen) -> Doc:
    """The market's gatehouse logbook, handwritten style: trucks at the dock, a lost child, a found wallet, a new phone, quarrels; the guards."""
    doc = Doc()
    mk, adm, dom = mercado(g)
    guards = [g.person(False) if g.chance(0.7) else g.person(True) for _ in range(2)]
    day = g.day()
    caps = g.chance(0.3)
    U = (lambda s: fold(s).upper()) if caps else (lambda s: s)
    UT = caps_t if caps else (lambda s: s)
    doc.f("«t»\n«s» — «d»\n\n", t=U(f"LIVRO DE OCORRÊNCIAS — PORTARIA / DOCA — {mk}"), s=U(g.pick(["plantão diurno", "turno A", "plantão 05h às 17h"])),
          d=dbr(day, g.pick(["br", "short"])))
    entries = []

    clock = iter(sorted(f"{g.ri(4, 17):02d}h{g.pick(['00', '10', '15', '20', '30', '40', '45', '50'])}" for _ in range(9)))

    def hm() -> str:
        return next(clock)
    grower = g.feirante(apelido_p=0.2)
    drv = g.person(False)
    entries.append(lambda: doc.f(UT("«h» — caminhão placa «p» d«o» «n» («s») descarregou na doca «k». motorista «m», CNH «c».\n"), h=hm(), p=(g.plate(), "LICENSE_PLATE"),
                                 o="a" if grower.female else "o", n=P(U(g.pick([grower.short, grower.called]))), s=g.pick(SITIOS), k=g.ri(1, 4),
                                 m=P(U(g.pick([drv.full, drv.short]))), c=(g.cnh(), "BR_CNH")))
    kid = g.person()
    mom = g.relative(kid, True)
    entries.append(lambda: doc.f(UT("«h» — criança perdida no corredor «x» («k», «a» anos). entregue à mãe «m», RG «r», tel «t».\n"), h=hm(), x=g.pick("ABCDEF"),
                                 k=P(U(kid.first)), a=g.ri(3, 9), m=P(U(mom.full)), r=(g.rg(), "BR_RG"), t=(g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER")))
    lost = g.person()
    entries.append(lambda: doc.f(UT("«h» — achada carteira no banheiro masc. c/ RG «r» e CPF «c» em nome de «n». guardada no cofre da adm. «x»\n"), h=hm(), r=(g.rg(), "BR_RG"),
                                 c=(g.cpf(), "BR_CPF"), n=P(U(lost.full)), x=[UT("liguei p/ "), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), UT(", caixa postal.")] if g.chance(0.6) else ""))
    bx = g.feirante(apelido_p=0.6)
    entries.append(lambda: doc.f(UT("«h» — «s» «n» («b») avisa celular novo: «t». atualizar cadastro.\n"), h=hm(), s=g.pick(["seu", "sr."]) if not bx.female else g.pick(["dona", "sra."]),
                                 n=P(U(bx.called)), b=box_num(g), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")))
    b1, b2 = g.feirante(apelido_p=0.7), g.feirante(apelido_p=0.5)
    if g.chance(0.5):
        entries.append(lambda: doc.f(UT("«h» — discussão entre «a» e «b» por causa de caixa de fruta no corredor. apaziguado, sem agressão.\n"), h=hm(),
                                     a=P(U(b1.called)), b=P(U(b2.called))))
    if g.chance(0.5):
        entries.append(lambda: doc.f(UT("«h» — caminhão «p» (entrega de gelo) na doca «k», condutor apresentou CNH «c». liberado.\n"), h=hm(),
                                     p=(g.plate(), "LICENSE_PLATE"), k=g.ri(1, 4), c=(g.cnh(), "BR_CNH")))
    if g.chance(0.5):
        car = g.person()
        entries.append(lambda: doc.f(UT("«h» — carro «p» estacionado na vaga de carga e descarga, proprietário «n» avisado pelo tel «t».\n"), h=hm(),
                                     p=(g.plate(), "LICENSE_PLATE"), n=P(U(car.full)), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    if g.chance(0.5):
        entries.append(lambda: doc.t(U(hm() + " — " + g.pick(["falta de luz no corredor C por 20 min.", "vazamento na câmara fria do box 12, chamado manutenção.",
                                                           "fiscal da vigilância sanitária fez ronda, sem autuação.", word_neg(g)])) + "\n"))
    g.rng.shuffle(entries)
    for e in entries:
        if g.chance(0.15):
            doc.t(g.pick(["[ilegível] ", "(rasurado) "]))
        e()
    doc.t("\n")
    for gd in guards[:g.ri(1, 2)]:
        doc.f(UT("vig. «n» — «s»\n"), n=P(U(g.pick([gd.full, gd.short, gd.first]))), s=g.pick(["ass.", "(assinatura)", "ciente", "rubrica"]))
    if g.chance(0.25):
        sup = g.person()
        doc.f(UT("visto: «n», administração\n"), n=P(U(sup.short)))
    return doc


def at_grupo_associacao(g: Gen) -> Doc:
    """A stallholders' association WhatsApp group (lower case): data for the group insurance, the monthly fee's Pix, a towed truck, new numbers."""
    doc = Doc()
    assoc = g.pick(ASSOCS)
    st = chat_stamp(g)
    tt = iter(seq_times(g, 60, g.moment(hours=(5, 11)), 60, 2400))
    pres = g.feirante(apelido_p=0.3)
    members = [g.feirante(apelido_p=0.5) for _ in range(g.ri(4, 6))]
    doc.f("Conversa do WhatsApp com «e»«a»\n\n", e=g.pick(["🍅 ", "🧺 ", "", "🛒 "]), a=g.pick([assoc, assoc.upper(), "FEIRANTES UNIDOS " + str(g.ri(1, 3))]))

    def sender(p: Person) -> tuple:
        if g.chance(0.75):
            return (g.phone("wa"), "PHONE_NUMBER")
        return P(g.pick([lower(p.called), p.called, p.short]))
    S = [sender(p) for p in members]
    PS = V("Você") if g.chance(0.4) else sender(pres)
    cl(doc, st(next(tt)), PS, "bom dia pessoal. a seguradora fechou o seguro de vida coletivo da associação 🙏 preciso de nome completo, cpf e data de nascimento de cada um até sexta")
    k = g.sample(range(len(members)), g.ri(2, 3))
    for i in k:
        p = members[i]
        if g.chance(0.6):
            cl(doc, st(next(tt)), S[i], "«n» «c» «d»", n=P(lower(p.full)), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
               d=(g.dob(g.pick(["br", "short", "nopad"]), 1950, 2000), "DATE_OF_BIRTH"))
        else:
            cl(doc, st(next(tt)), S[i], "«n»\ncpf «c»\nnasc «d»", n=P(p.full), c=(g.cpf(), "BR_CPF"), d=(g.dob("br", 1950, 2000), "DATE_OF_BIRTH"))
    i = g.ri(0, len(members) - 1)
    sp = g.person(female=not members[i].female)
    cl(doc, st(next(tt)), S[i], "«x» pode pôr «y» tb? «n» cpf «c»", x=g.pick(["e a esposa", "e a patroa", "e a filha"]) if sp.female else g.pick(["e o marido", "e o filho"]),
       y=g.pick(["ela", "junto"]) if sp.female else g.pick(["ele", "junto"]), n=P(lower(sp.full)), c=(g.cpf(), "BR_CPF"))
    cl(doc, st(next(tt)), PS, "pode sim, só dependente no mesmo cpf do titular paga meia")
    tes = g.feirante()
    kind, kv = pix_key(g, tes)
    if kind == "aleatória":
        cl(doc, st(next(tt)), PS, "mensalidade de «m» é R$ «v», pix da associação, chave aleatória «k»", m=g.pick(MONTHS), v=g.pick(["30,00", "35,00", "40,00", "50,00"]), k=kv)
    else:
        cl(doc, st(next(tt)), PS, "mensalidade de «m» é R$ «v», pix «x» «n», chave «c» «k»", m=g.pick(MONTHS), v=g.pick(["30,00", "35,00", "40,00", "50,00"]),
           x="com a tesoureira" if tes.female else "com o tesoureiro", n=P(lower(tes.first)), c=kind, k=kv)
    j = g.ri(0, len(members) - 1)
    cl(doc, st(next(tt)), S[j], "gente o guincho levou o caminhão do «n» na rua de cima, placa «p» 😡", n=P(lower(g.pick(members).called)), p=(g.plate(), "LICENSE_PLATE"))
    cl(doc, st(next(tt)), S[(j + 1) % len(members)], g.pick(["de novo??", "foi a cet?", "a fiscalização tá pegando pesado", "que absurdo"]))
    if g.chance(0.6):
        fi = g.person()
        cl(doc, st(next(tt)), PS, "amanhã a vigilância vem na feira, «x» «n». quem não tiver carteirinha de manipulador vai levar multa",
           x="a fiscal é a" if fi.female else "o fiscal é o", n=P(lower(g.pick([fi.first, fi.short]))))
    m2 = g.ri(0, len(members) - 1)
    cl(doc, st(next(tt)), S[m2], "troquei de número, salvem «t»", t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        el = g.person(False)
        cl(doc, st(next(tt)), S[g.ri(0, len(members) - 1)], "alguém tem eletricista bom pra ligação da barraca? o gerador pifou")
        cl(doc, st(next(tt)), S[g.ri(0, len(members) - 1)], "chama o «n», «t»", n=P(lower(g.pick([el.first, el.nick, el.short]))), t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), S[g.ri(0, len(members) - 1)], "«x»", x=chat_neg(g))
    if g.chance(0.4):
        nw = g.person()
        doc.t(st(next(tt)))
        doc.f("«n» adicionou «t»\n", n=PS if PS[0] != "Você" else V("Você"), t=(g.phone("wa"), "PHONE_NUMBER"))
        cl(doc, st(next(tt)), PS, "seja bem-vind«o», «n» da banca de «b»", o=nw.o, n=P(lower(nw.first)), b=g.pick(["ovos", "mel", "queijo", "temperos", "flores"]))
    return doc


def at_app_entregas(g: Gen) -> Doc:
    """A market-delivery app's support ticket exported as JSON (the customer, address, CEP, logins with IPs, the stall's CNPJ, the courier, the refund)."""
    doc = Doc()
    app, adom = g.pick(APPS)
    c = g.person()
    cou = g.person(False)
    ag = g.person()
    t0 = g.moment(hours=(7, 21))
    doc.f("«a» — exportação de atendimento (suporte N2)\n", a=app)
    logins = []
    for _ in range(g.ri(1, 3)):
        t = g.moment(hours=(0, 24))
        if g.chance(0.15):
            logins.append({"quando": ts(t, "iso"), "ip": g.ip_priv(), "origem": "rede interna (teste)"})
        else:
            logins.append({"quando": ts(t, "iso"), "ip": (g.ip(), "IP_ADDRESS"), "origem": g.pick(["app Android", "app iOS", "web"])})
    items = [{"item": nm, "qtd": g.ri(1, 3), "un": un} for nm, un in g.sample(PRODUCE, g.ri(2, 4))]
    refund = g.pick(["pix", "cartao", "credito"])
    rec = {
        "ticket": clean(g, lambda: f"{g.up(3).lower()}-{g.d(6)}"),
        "aberto_em": ts(t0, "iso"),
        "motivo": g.pick(["itens faltando", "entrega atrasada", "produto estragado", "cobrança indevida"]),
        "cliente": {"nome": P(g.pick([c.full, c.low])), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), "email": (g.email(c), "EMAIL_ADDRESS"),
                    "telefone": (g.phone(g.pick(["e164", "par"])), "PHONE_NUMBER"),
                    "endereco": {"logradouro": (g.address(), "ADDRESS"), "bairro": g.pick(BAIRROS), "cep": (g.cep(g.chance(0.6)), "BR_CEP")}},
        "pedido": {"numero": pedido(g), "loja": banca(g), "cnpj_loja": (g.any_cnpj(), "BR_CNPJ"), "itens": items, "total": float(f"{g.ri(30, 300)}.{g.ri(0, 99):02d}")},
        "entregador": {"nome": P(g.pick([cou.full, cou.short])), "veiculo": g.pick(["moto", "moto", "carro"]), "placa": (g.plate(), "LICENSE_PLATE")},
        "acessos": logins,
    }
    if refund == "pix":
        rec["reembolso"] = {"forma": "pix", "chave": (g.uuid(), "PIX_KEY"), "tipo_chave": "aleatoria"}
    elif refund == "cartao":
        rec["reembolso"] = {"forma": "estorno cartão", "cartao": g.masked_card()}
    else:
        rec["reembolso"] = {"forma": "crédito no app", "valor": float(g.ri(5, 60))}
    jval(doc, rec, 0 if g.chance(0.7) else None)
    doc.t("\n\n")
    doc.f("Nota interna (N2): «x» Atendido por «n».\n", x=g.pick(["Loja confirmou falta de 2 itens.", "Entregador relatou endereço sem número visível.",
                                                                "Foto do cliente mostra morangos mofados.", "Cobrança duplicada na adquirente, aberto chamado."]),
          n=P(g.pick([ag.full, ag.first])) if g.chance(0.6) else V(login(ag, g)))
    if g.chance(0.4):
        doc.f("Contato da loja: «n» «t»\n", n=P(g.feirante().full), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


AT = [at_zap_encomenda, at_stt_156, at_portal_tpu, at_email_festival, at_livro_ocorrencias, at_grupo_associacao, at_app_entregas]


# --------------------------------------------------------------------------- juridico


def ju_termo_permissao(g: Gen) -> Doc:
    """A municipal market's stall permit (Termo de Permissão de Uso): the city's CNPJ and secretary, the stallholder qualified, the MEI, the preposto, witnesses."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    mk, adm, dom = mercado(g)
    y = g.pick([2025, 2026])
    p = g.feirante(apelido_p=0.45)
    sec = g.person()
    doc.f("TERMO DE PERMISSÃO DE USO Nº «n»\n«s»\n\n", n=f"{g.ri(1, 480):03d}/{y}", s=sei(g))
    doc.f("O MUNICÍPIO DE «c», pessoa jurídica de direito público interno, inscrito no CNPJ sob o nº «cn», por intermédio da Secretaria Municipal de "
          "Abastecimento, neste ato representada pel«o» Secretári«o» Municipal «n», doravante PERMITENTE, e ", c=fold(city).upper(), cn=(mei(g)[0], "BR_CNPJ"),
          o=sec.o, n=P(g.pick([sec.full, sec.caps])))
    qualify(g, doc, p, apelido=True, dob=g.chance(0.4), email=g.chance(0.4), phone=g.chance(0.6), where=(city, uf), job=g.pick(JOBS[p.female][:6]))
    if g.chance(0.6):
        cn, root = mei(g)
        doc.f(", titular da empresa individual «r» «n», CNPJ nº «c»", r=root, n=P(fold(p.full).upper()), c=(cn, "BR_CNPJ"))
    doc.f(", doravante PERMISSIONÁRI«O», celebram o presente termo, nos termos da Lei Orgânica do Município, da Lei Municipal nº «l» e do Decreto nº «d», "
          "mediante as cláusulas seguintes:\n\n", O="A" if p.female else "O", l=f"{g.ri(1000, 9999)}/{g.ri(1998, 2019)}", d=f"{g.ri(10, 60)}.{g.d(3)}/{g.ri(2005, 2023)}")
    act = g.pick(["comércio varejista de hortifrutigranjeiros", "peixaria", "açougue e casa de carnes", "lanchonete e pastelaria", "empório de secos e molhados",
                  "comércio de flores e plantas", "laticínios e frios", "ervas, temperos e raízes"])
    doc.f("CLÁUSULA PRIMEIRA — DO OBJETO. Permissão de uso, a título precário e oneroso, do «b» do «m», com área de «a» m², destinado exclusivamente a «x».\n",
          b=box_num(g), m=mk, a=g.ri(6, 40), x=act)
    fee = g.ri(180, 1900) + g.pick([0, 0.5])
    if g.chance(0.5):
        doc.f("CLÁUSULA SEGUNDA — DO PREÇO PÚBLICO. R$ «v» mensais, reajustados anualmente pelo IPCA, pagos por boleto até o dia 10 ou por Pix na chave aleatória do "
              "Fundo Municipal de Abastecimento «k».\n", v=brl(fee), k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("CLÁUSULA SEGUNDA — DO PREÇO PÚBLICO. R$ «v» mensais, reajustados anualmente pelo IPCA, pagos por DAM até o dia 10 de cada mês.\n", v=brl(fee))
    pr = g.person()
    doc.f("CLÁUSULA TERCEIRA — DO PREPOSTO. Fica indicad«o» como preposto «n», CPF «c»", o=pr.o, n=P(pr.full), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.4):
        doc.f(", RG «r»", r=(g.rg(), "BR_RG"))
    doc.f(", que poderá atender no box na ausência d«a» PERMISSIONÁRI«A».\n", a="a" if p.female else "o", A="A" if p.female else "O")
    doc.t("CLÁUSULA QUARTA — É vedada a cessão, locação ou transferência do box a terceiros, sob pena de revogação imediata da permissão.\n")
    doc.f("CLÁUSULA QUINTA — A permissão vigorará por «n» anos, podendo ser revogada a qualquer tempo por interesse público, sem direito a indenização.\n",
          n=g.pick(["cinco (5)", "dois (2)", "dez (10)", "três (3)"]))
    if g.chance(0.4):
        doc.t("CLÁUSULA SEXTA — " + g.pick(["O PERMISSIONÁRIO manterá a licença sanitária vigente e os manipuladores com curso de boas práticas (RDC 216/2004).",
                                           "O horário de carga e descarga é das 4h às 7h, exclusivamente pela doca da Rua do Mercado."]) + "\n")
    doc.f("\n«c», «d».\n\n", c=city, d=g.date("long"))
    if g.chance(0.3):
        doc.f("____________________________\n«s»\nSecretári«o» Municipal de Abastecimento\n\n____________________________\n«p»\nPermissionári«a»\n\n",
              s=P(sec.caps), o=sec.o, p=P(p.caps), a=p.o)
    w1, w2 = g.person(), g.person()
    doc.f("Testemunhas:\n1) «a» — CPF «b»\n2) «c» — CPF «d»\n", a=P(w1.full), b=(g.cpf(), "BR_CPF"), c=P(w2.full), d=(g.cpf(), "BR_CPF"))
    if g.chance(0.35):
        esign_log(g, doc, [(sec, corp_mail(sec, f"{lower(city).replace(' ', '')}.{uf.lower()}.gov.br")), (p, g.email(p))], g.moment())
    return doc


VISA_IRREG = ["alimentos sem rotulagem e sem comprovação de procedência", "pescado exposto a {t} °C, acima do limite de 4 °C", "manipulador sem touca, com adornos e unhas compridas",
              "ausência de pia exclusiva para higienização das mãos", "óleo de fritura saturado (compostos polares {p}%)", "carne moída sem registro no SIF/SIM",
              "gelo de procedência desconhecida em contato com o pescado", "recipientes de maionese caseira fora de refrigeração", "lixeira sem tampa e acionamento manual",
              "ausência de licença sanitária vigente", "caixas de hortifruti em contato direto com o piso", "presença de vetores (moscas) na área de manipulação"]


def ju_auto_infracao(g: Gen) -> Doc:
    """A health inspection's infringement notice in ALL CAPS, OCR'd in some copies (the food truck or stall, its MEI, the person in charge, the inspectors, a witness)."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    R = g.pick([0.0, 0.0, 0.25, 0.35])
    O = (lambda s: ocr_t(caps_t(s), g, R)) if R else caps_t
    N = (lambda s: ocr(s, g, 0.3, names=True)) if R else (lambda s: s)
    ft = g.chance(0.5)
    p = g.feirante(apelido_p=0.3)
    cn, root = mei(g)
    doc.f(O("PREFEITURA MUNICIPAL DE «c»\nSECRETARIA MUNICIPAL DE SAÚDE — DIVISÃO DE VIGILÂNCIA SANITÁRIA\nAUTO DE INFRAÇÃO SANITÁRIA — «n»\n\n"),
          c=fold(city).upper(), n=sisvisa(g).upper())
    if ft:
        tn, traz = truck(g)
        doc.f(O("ESTABELECIMENTO: FOOD TRUCK «t»\nRAZÃO SOCIAL: «r» "), t=fold(tn).upper(), r=root)
    else:
        doc.f(O("ESTABELECIMENTO: «t» — «b» — «m»\nRAZÃO SOCIAL: «r» "), t=fold(banca(g)).upper(), b=fold(box_num(g)).upper(), m=fold(feira(g) if g.chance(0.5) else mercado(g)[0]).upper(), r=root)
    doc.e(N(p.capsf), "PERSON")
    doc.f(O("\nCNPJ: «c»\n"), c=(cn, "BR_CNPJ"))
    doc.t(O("RESPONSÁVEL: "))
    doc.e(N(p.capsf), "PERSON")
    doc.f(O(", CPF «c», RG «r»\nENDEREÇO RESIDENCIAL: "), c=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"))
    doc.e(N(g.address("caps")), "ADDRESS")
    doc.f(O(" — CEP «p» — TEL «t»\n"), p=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if ft:
        doc.f(O("VEÍCULO: «v», PLACA «p»\n"), v=g.pick(["FURGAO DUCATO BRANCO", "KOMBI ADAPTADA AZUL", "REBOQUE 4M", "MASTER AMARELA"]), p=(g.plate(), "LICENSE_PLATE"))
    dinsp = g.date("br")
    doc.f(O("DATA E HORA DA INSPEÇÃO: «d» ÀS «h»\n\nIRREGULARIDADES CONSTATADAS:\n"), d=dinsp, h=g.hm())
    for k, it in enumerate(g.sample(VISA_IRREG, g.ri(2, 4))):
        doc.t(O(f"{k + 1}. " + it.format(t=g.ri(9, 18), p=g.ri(26, 40)) + ";\n"))
    if g.chance(0.5):
        doc.f(O("PRODUTOS ADQUIRIDOS DE «s», CNPJ «c», SEM NOTA FISCAL NO LOCAL.\n"), s=fold(g.pick(["Distribuidora Bento Frutas Ltda.", "Gelo Polar Prudente Ltda.",
              "Frigorífico Vale Celeste Ltda.", "Pescados Leão do Mar Comércio Ltda.", "Laticínios Flor do Campo Ltda."])).upper(), c=(g.any_cnpj(), "BR_CNPJ"))
    doc.t(O("\nINFRINGINDO: ART. 10, INCISOS IV E XXIX, DA LEI FEDERAL 6.437/1977; RDC ANVISA 216/2004; CÓDIGO SANITÁRIO MUNICIPAL.\n"))
    if g.chance(0.6):
        doc.f(O("MEDIDA CAUTELAR: APREENSÃO E INUTILIZAÇÃO DE «q» KG DE «x» («l»), TERMO DE APREENSÃO Nº «n».\n"), q=g.ri(2, 40),
              x=fold(g.pick(["sardinha", "carne moída", "linguiça caseira", "maionese de batata", "queijo minas sem rótulo", "camarão cinza"])).upper(),
              l=fold(lote(g)).upper(), n=f"{g.d(4)}/{g.pick([2025, 2026])}")
    doc.f(O("PRAZO PARA DEFESA: «d» DIAS, A CONTAR DA CIÊNCIA.\n\nAUTORIDADES SANITÁRIAS:\n"), d=g.pick(["15", "10", "15", "30"]))
    for _ in range(g.ri(1, 2)):
        f = g.person()
        doc.f(O("«n» — «m»\n"), n=P(N(f.capsf)), m=matricula(g).upper())
    if g.chance(0.5):
        v = g.person()
        doc.f(O("MÉDIC«o» VETERINÁRI«o»: «n», «c»\n"), o="A" if v.female else "O", n=P(N(v.capsf)), c=(g.council("CRMV", uf), "PROFESSIONAL_ID"))
    if g.chance(0.35):
        rt = g.person(True)
        doc.f(O("RESPONSÁVEL TÉCNICA DO ESTABELECIMENTO: «n», NUTRICIONISTA, «c»\n"), n=P(N(rt.capsf)), c=(g.council("CRN"), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        doc.f(O("\nCIENTE DO AUTUADO: «n» EM «d»\n"), n=P(N(g.pick([p.capsf, fold(p.short).upper()]))), d=dinsp)
    else:
        t = g.person()
        doc.f(O("\nO AUTUADO RECUSOU-SE A ASSINAR. TESTEMUNHA: «n», CPF «c», TEL «t»\n"), n=P(N(t.capsf)), c=(g.cpf(), "BR_CPF"),
              t=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"))
    return doc


def ju_cobranca_box(g: Gen) -> Doc:
    """An eviction and collection suit over a market box's unpaid rent: the administrator's CNPJ, the boxholder and the guarantor qualified, the debts, the account, lawyers."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    mk, adm, dom = mercado(g)
    d = g.feirante(apelido_p=0.2)
    f = g.person()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «n»ª VARA CÍVEL DA COMARCA DE «c»/«uf»\n\n", n=g.ri(1, 12), c=fold(city).upper(), uf=uf)
    if g.chance(0.3):
        doc.f("Processo nº «p» (distribuição por dependência)\n\n", p=g.cnj(CNJ_SEG[uf]))
    doc.f("«a», pessoa jurídica de direito privado, inscrita no CNPJ sob o nº «c», administradora do «m», com sede na «s», «ci»/«uf», por seus advogados "
          "(procuração anexa), vem propor\n\nAÇÃO DE DESPEJO POR FALTA DE PAGAMENTO CUMULADA COM COBRANÇA\n\nem face de ", a=adm.upper(), c=(g.any_cnpj(), "BR_CNPJ"), m=mk,
          s=g.address(), ci=city, uf=uf)
    qualify(g, doc, d, email=g.chance(0.5), phone=g.chance(0.5), where=(city, uf), dob=g.chance(0.25))
    doc.t(", e de sua fiadora " if f.female else ", e de seu fiador ")
    qualify(g, doc, f, email=False, phone=g.chance(0.3), job=g.pick(["aposentado", "comerciante", "motorista", "servidor público"]) if not f.female else g.pick(["aposentada", "comerciante", "professora", "servidora pública"]))
    if g.chance(0.6):
        sp = g.person(female=not f.female)
        doc.f(", e «x» cônjuge «n», CPF «c»", x="sua" if sp.female else "seu", n=P(sp.full), c=(g.cpf(), "BR_CPF"))
    doc.t(", pelos fatos e fundamentos a seguir.\n\n")
    rent = g.ri(600, 4200) + 0.0
    doc.f("I — DOS FATOS\n1. Em «d», as partes firmaram contrato de cessão de uso do box nº «b» do «m», destinado a «x», com aluguel mensal de R$ «v», acrescido do rateio "
          "de despesas comuns (câmara fria, limpeza e segurança).\n", d=g.date("br", g.ri(2018, 2024)), b=g.ri(1, 240), m=mk,
          x=g.pick(["hortifruti", "pescados", "queijos e frios", "pastelaria", "empório"]), v=brl(rent))
    n_m = g.ri(3, 7)
    reu = "A ré" if d.female else "O réu"
    doc.f("2. «r» deixou de pagar «n» meses, conforme demonstrativo:\n\n", r=reu, n=n_m)
    rows = []
    tot = 0.0
    base = g.day()
    for k in range(n_m):
        mm = (base.month + k - 1) % 12 + 1
        yy = base.year + (base.month + k - 1) // 12
        rat = g.ri(80, 400) + 0.0
        fine = round((rent + rat) * 0.1, 2)
        tot += rent + rat + fine
        rows.append([V(f"{mm:02d}/{yy}"), V(brl(rent)), V(brl(rat)), V(brl(fine)), V(brl(rent + rat + fine))])
    table_ruled(doc, ["competência", "aluguel", "rateio", "multa 10%", "total"], rows, g.pick(["md", "plus", "plain"]))
    doc.f("\nTotal atualizado: R$ «t».\n3. Notificad«o» extrajudicialmente em «d», «r» respondeu pelo WhatsApp «w» que «q».\n\n", t=brl(tot), d=g.date("br"), o=d.o, r=reu.lower(),
          w=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), q=g.pick(["\"a feira caiu muito depois da reforma\"", "\"vai pagar quando vender o caminhão\"",
                                                                         "\"o box alaga toda chuva e ninguém conserta\""]))
    bk = g.pick(BANKS)
    doc.f("II — DA PURGAÇÃO DA MORA\n4. «r» poderá evitar a rescisão depositando o débito na conta da Autora: «b», agência «a», conta corrente «c» (art. 62, II, da Lei 8.245/1991).\n\n",
          r=reu, b=bk[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.f("III — DOS PEDIDOS\na) a citação dos réus; b) a rescisão do contrato e o despejo; c) a condenação solidária ao pagamento de R$ «t» e das parcelas que vencerem.\n\n"
          "Dá-se à causa o valor de R$ «v».\n\nTermos em que pede deferimento.\n«c», «d».\n\n", t=brl(tot), v=brl(rent * 12), c=city, d=g.date("long"))
    lawyer_sig(g, doc, g.ri(1, 2))
    return doc


def ju_reclamatoria_ajudante(g: Gen) -> Doc:
    """A market helper's labour claim for an unregistered job (PIS, título, birth date; the stallholder and his MEI; Pix payments; witnesses; lawyer)."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    a = g.person()
    r = g.feirante(apelido_p=0.7)
    cn, root = mei(g)
    if g.chance(0.5):
        doc.f("PJe — processo «p» — distribuído em «d»\n\n", p=g.cnj(TRT[uf]), d=g.date("br"))
    doc.f("EXCELENTÍSSIMO SENHOR JUIZ DA «n»ª VARA DO TRABALHO DE «c»/«uf»\n\n", n=g.ri(1, 8), c=fold(city).upper(), uf=uf)
    qualify(g, doc, a, pis=True, titulo=g.chance(0.5), dob=g.chance(0.7), phone=True, email=g.chance(0.4), where=(city, uf), job="ajudante de feira")
    doc.f(", CTPS «c», vem propor\n\nRECLAMAÇÃO TRABALHISTA\n\nem face de ", c=ctps(g, uf))
    qualify(g, doc, r, apelido=True, where=(city, uf), rg=g.chance(0.5), phone=g.chance(0.5), job=fem(r, "feirante", "feirante"))
    doc.f(", e de sua empresa individual «x» «n», CNPJ «c», pelos fatos a seguir.\n\n", x=root, n=P(fold(r.full).upper()), c=(cn, "BR_CNPJ"))
    end = datetime.date(2025, 1, 1) + datetime.timedelta(days=g.ri(0, 400))
    start = end - datetime.timedelta(days=g.ri(200, 1100))
    d1, d2 = dbr(start), dbr(end)
    plate = g.plate()
    fs = g.sample(["terça", "quarta", "quinta", "sexta", "sábado", "domingo"], 3)
    doc.f("1. «O» reclamante trabalhou para «o» reclamad«o» de «d1» a «d2», como ajudante nas feiras livres de «f1», «f2» e «f3», das «h» às 14h, montando e desmontando "
          "a barraca, descarregando as caixas do caminhão placa «p» e atendendo os fregueses, sem registro em CTPS.\n", O="A" if a.female else "O", o="a" if r.female else "o",
          d1=d1, d2=d2, f1=fs[0], f2=fs[1], f3=fs[2], h=g.pick(["3h30", "4h", "4h30"]), p=(plate, "LICENSE_PLATE"))
    kind, kv = pix_key(g, a)
    day = g.ri(80, 160)
    doc.f("2. Recebia R$ «v» por feira, em dinheiro ou por Pix para a chave «k» «x», conforme extrato:\n\n", v=brl(day + 0.0), k=kind, x=kv)
    rows = [[V(dbr(start + datetime.timedelta(days=g.ri(0, (end - start).days)))), V(brl(day * g.pick([1, 2, 3]) + 0.0)), P(g.pick([fold(r.full).upper(), r.full])), V("Pix recebido")] for _ in range(g.ri(2, 3))]
    if g.chance(0.5):
        table_ruled(doc, ["data", "valor (R$)", "pagador", "tipo"], rows, g.pick(["plus", "plain", "md"]))
    else:
        for row in rows:
            doc.t("  " + row[0][0] + " — R$ " + row[1][0] + " — ")
            if g.chance(0.5):
                doc.t(root + " ")
            doc.e(fold(r.full).upper(), "PERSON")
            doc.t("\n")
    son = g.relative(r, False)
    if g.chance(0.5):
        doc.f("\n3. «O» reclamad«o», conhecid«o» na feira como «n», dava as ordens pessoalmente ou por meio de seu filho «s», pelo WhatsApp «w».\n",
              O="A" if r.female else "O", o="a" if r.female else "o", n=P(r.apelido or r.nick), s=P(son.full), w=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    else:
        doc.f("\n3. «O» reclamad«o», conhecid«o» na feira como «n», dava as ordens pessoalmente ou pelo WhatsApp «w».\n",
              O="A" if r.female else "O", o="a" if r.female else "o", n=P(r.apelido or r.nick), w=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t("4. Dispensad" + a.o + " sem justa causa e sem receber verbas rescisórias, postula: a) o reconhecimento do vínculo e a anotação da CTPS; b) aviso-prévio, "
          "13º salários e férias + 1/3; c) FGTS + 40%; d) horas extras e adicional noturno; e) as multas dos arts. 467 e 477 da CLT.\n\n")
    doc.t("Testemunhas:\n")
    for _ in range(g.ri(1, 2)):
        w = g.feirante(apelido_p=0.3)
        if g.chance(0.5):
            doc.f("- «n», feirante da banca de «b», CPF «c»\n", n=P(w.full), b=g.pick(["ovos", "pastel", "peixe", "frutas", "temperos"]), c=(g.cpf(), "BR_CPF"))
        else:
            doc.f("- «n», CPF «c», tel. «t»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\nValor da causa: R$ «v».\n«c», «d».\n\n", v=brl(g.ri(15000, 90000) + 0.0), c=city, d=g.date("long"))
    lawyer_sig(g, doc, 1)
    return doc


def ju_bo_acidente(g: Gen) -> Doc:
    """A police report in ALL CAPS (OCR'd in some copies): a grower's truck hits a stall and a customer while unloading; driver, victim, stallholder, witnesses, officers."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    R = g.pick([0.0, 0.0, 0.3])
    O = (lambda s: ocr_t(caps_t(s), g, R)) if R else caps_t
    N = (lambda s: ocr(s, g, 0.3, names=True)) if R else (lambda s: s)
    drv = g.feirante(female=False, apelido_p=0.0)
    vic = g.person()
    own = g.feirante(apelido_p=0.6)
    doc.f(O("SECRETARIA DA SEGURANÇA PÚBLICA — POLÍCIA CIVIL\n«n»º DISTRITO POLICIAL DE «c»\nBOLETIM DE OCORRÊNCIA Nº «b»\n"),
          n=g.ri(1, 40), c=fold(city).upper(), b=clean(g, lambda: f"{g.up(2)}{g.d(4)}/{g.pick([2025, 2026])}"))
    doc.f(O("NATUREZA: LESÃO CORPORAL CULPOSA NA DIREÇÃO DE VEÍCULO (ART. 303 DO CTB) E DANO\nLOCAL: «l» — DATA DO FATO: «d» — HORA: «h»\n\n"),
          l=fold(feira(g)).upper(), d=g.date("br"), h=f"0{g.ri(4, 9)}:{g.ri(0, 59):02d}")
    doc.t(O("CONDUTOR: "))
    doc.e(N(drv.capsf), "PERSON")
    doc.f(O(", NASCIDO EM «d», RG «r», CPF «c», CNH «h»\nENDEREÇO: "), d=(g.dob("br", 1955, 2002), "DATE_OF_BIRTH"), r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"),
          h=(g.cnh(), "BR_CNH"))
    doc.e(N(g.address("caps")), "ADDRESS")
    doc.f(O(", CEP «p», TEL «t»\nVEÍCULO: CAMINHÃO «m», PLACA «pl», RENAVAM «rv», DE PROPRIEDADE DO «s»\n\n"), p=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          m=g.pick(["MB 710 BAU", "VW 8.160", "FORD CARGO 816", "IVECO DAILY 35S14"]), pl=(g.plate(), "LICENSE_PLATE"), rv=renavam(g), s=fold(g.pick(SITIOS)).upper())
    doc.t(O("VÍTIMA: "))
    doc.e(N(vic.capsf), "PERSON")
    doc.f(O(", NASCID«o» EM «d», RG «r», CPF «c», TEL «t», SOCORRID«o» PELO SAMU (VIATURA «v») AO «u»\n"), o="A" if vic.female else "O",
          d=(g.dob("br", 1940, 2005), "DATE_OF_BIRTH"), r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"),
          v=(g.plate(), "LICENSE_PLATE"), u=fold(g.pick(UPAS)).upper())
    doc.t(O("PROPRIETÁRI" + ("A" if own.female else "O") + " DA BARRACA ATINGIDA: "))
    doc.e(N(own.capsf), "PERSON")
    if own.apelido:
        doc.t(O(" (VULGO \""))
        doc.e(N(fold(own.apelido).upper()), "PERSON")
        doc.t("\")")
    doc.f(O(", CPF «c», TEL «t» — PREJUÍZO ESTIMADO R$ «v»\n\n"), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), v=money(g, 300, 6000))
    doc.f(O("HISTÓRICO: SEGUNDO O CONDUTOR, AO DAR RÉ PARA DESCARREGAR CAIXAS DE «x», NÃO VIU A VÍTIMA, QUE ESCOLHIA FRUTAS NA BARRACA DE «n». O CAMINHÃO DERRUBOU A "
            "ESTRUTURA METÁLICA, QUE ATINGIU A PERNA DA VÍTIMA. O CONDUTOR PERMANECEU NO LOCAL E SE SUBMETEU AO ETILÔMETRO (RESULTADO 0,00 MG/L).\n\n"),
          x=fold(g.pick(["tomate", "banana", "melancia", "laranja", "abacaxi"])).upper(), n=P(N(fold(own.called).upper())) if g.chance(0.4) else V(fold(g.pick(["hortifruti", "frutas", "pastel", "ovos"])).upper()))
    doc.t(O("TESTEMUNHAS:\n"))
    for _ in range(g.ri(1, 2)):
        t = g.person()
        if g.chance(0.5):
            doc.f(O("- «n», CPF «c»\n"), n=P(N(t.capsf)), c=(g.cpf(), "BR_CPF"))
        else:
            doc.f(O("- «n», TEL «c»\n"), n=P(N(t.capsf)), c=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"))
    doc.t(O("\nPOLICIAIS MILITARES:\n"))
    for rk in g.sample(["SD PM", "CB PM", "3º SGT PM"], 2):
        pm = g.person()
        doc.f(O("«k» «n» — RE «r»\n"), k=rk, n=P(N(g.pick([pm.capsf, fold(pm.short).upper()]))), r=f"{g.d(6)}-{g.d(1)}")
    dl, es = g.person(), g.person()
    doc.f(O("\nAUTORIDADE: «n», DELEGAD«o» DE POLÍCIA\nESCRIV«e»: «m»\n"), n=P(N(dl.capsf)), o="A" if dl.female else "O", e="Ã" if es.female else "ÃO", m=P(N(es.capsf)))
    return doc


def ju_peticao_jec(g: Gen) -> Doc:
    """A small-claims petition over food poisoning at a food truck (the plaintiff qualified, the MEI and its owner, the Pix paid, the physician, witnesses)."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    a = g.person()
    o = g.feirante(apelido_p=0.1)
    tn, traz = truck(g)
    cn, root = mei(g)
    lawyer = g.chance(0.6)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DO JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«uf»\n\n", c=fold(city).upper(), uf=uf)
    qualify(g, doc, a, email=True, phone=True, where=(city, uf), dob=g.chance(0.3), job=g.pick(["diarista", "motorista de aplicativo", "professora" if a.female else "professor",
                                                                                                  "vendedora" if a.female else "vendedor", "estudante", "auxiliar administrativo"]))
    doc.t(", " + ("por sua advogada infra-assinada" if lawyer and g.chance(0.5) else ("por seu advogado infra-assinado" if lawyer else
                                                                                         "sem assistência de advogado (art. 9º da Lei 9.099/1995)")))
    doc.f(", vem propor AÇÃO DE INDENIZAÇÃO POR DANOS MATERIAIS E MORAIS em face de «r» «n» (nome fantasia «t»), inscrita no CNPJ sob o nº «c», que explora food truck "
          "estacionado habitualmente «l», na pessoa de seu titular«m», pelos fatos a seguir.\n\n", r=root, n=P(fold(o.full).upper()), t=tn, c=(cn, "BR_CNPJ"),
          l=g.pick(["na Praça da Luz", "no Parque Food Truck Vila Serena", "na orla, trecho 3", "em frente ao Mercadão da Aurora"]),
          m="" if g.chance(0.5) else [" ", P(o.full)])
    t0 = g.moment(hours=(18, 23))
    food = g.pick(TRUCK_FOOD)
    doc.f("1. Em «d», por volta das «h», «o» autor«a» comprou «n» de «f» no food truck «t», pagando R$ «v» por Pix para a chave aleatória «k» (ID da transação «e»).\n",
          d=dbr(t0), h=ts(t0, "hm"), o="a" if a.female else "o", a="a" if a.female else "", n=g.pick(["duas porções", "três unidades", "uma porção", "um combo"]), f=food, t=tn, v=money(g, 18, 90),
          k=(g.uuid(), "PIX_KEY"), e=e2e(g, t0))
    md = g.person()
    icd = g.pick(FOOD_ICD)
    u = g.pick(UPAS)
    doc.f("2. Horas depois, apresentou vômitos, diarreia e febre e foi atendid«o» «na» «u» pel«a» «x» «m» («c»), que diagnosticou «i» (CID «k») e prescreveu hidratação e "
          "antiemético, com afastamento de «n» dias.\n", o=a.o, na=art_of(u, "em"), u=u, a="a" if md.female else "o", x="Dra." if md.female else "Dr.", m=P(md.full),
          c=(g.council("CRM", uf), "PROFESSIONAL_ID"), i=icd[1], k=icd[0], n=g.ri(1, 5))
    o2 = g.person()
    doc.f("3. Ao menos outra pessoa que comeu no mesmo dia adoeceu, «n» (tel. «t»), e o caso foi notificado à Vigilância Sanitária (protocolo «p»).\n",
          n=P(o2.full), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), p=g.protocol())
    doc.f("4. Gastos comprovados: medicamentos R$ «a»; transporte por aplicativo R$ «b»; «c».\n\n", a=money(g, 30, 180), b=money(g, 15, 70),
          c=g.pick(["dois dias de diárias perdidas", "consulta de retorno particular R$ " + money(g, 150, 350), "exames laboratoriais R$ " + money(g, 60, 240)]))
    mat, moral = g.ri(10000, 90000) / 100, g.ri(2, 15) * 1000.0
    doc.f("DOS PEDIDOS\na) a citação da ré; b) a inversão do ônus da prova (art. 6º, VIII, do CDC); c) a condenação ao pagamento de R$ «m» por danos materiais e R$ «n» "
          "por danos morais.\n\nProvas: documentos anexos e o depoimento de ", m=brl(mat), n=brl(moral))
    w = g.person()
    if g.chance(0.5):
        doc.f("«n», CPF «c», residente na «a», CEP «p».\n\n", n=P(w.full), c=(g.cpf(), "BR_CPF"), a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    else:
        doc.f("«n», tel. «t».\n\n", n=P(w.full), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("Valor da causa: R$ «v».\n«c», «d».\n\n", v=brl(mat + moral), c=city, d=g.date("long"))
    if lawyer:
        lawyer_sig(g, doc, 1)
    else:
        doc.f("____________________________\n«n»\n", n=P(g.pick([a.full, a.caps])))
    return doc


def ju_ata_associacao(g: Gen) -> Doc:
    """Minutes of a stallholders' association assembly: the board elected and qualified, the fee's random Pix key, the bank account, the attendance list, the lawyer's visa."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    assoc = g.pick(ASSOCS)
    y = g.pick([2025, 2026])
    pres, secr = g.feirante(apelido_p=0.2), g.feirante(apelido_p=0.2)
    doc.f("ATA DA ASSEMBLEIA GERAL «t» DA «a»\nCNPJ «c»\n\n", t=g.pick(["ORDINÁRIA", "EXTRAORDINÁRIA"]), a=fold(assoc).upper(), c=(g.cnpj(), "BR_CNPJ"))
    doc.f("Aos «d» dias do mês de «m» de «y», às «h», «l», reuniram-se em segunda convocação os associados que assinam a lista de presença, sob a presidência de «p», "
          "secretariad«o» por «s». Pauta: 1) eleição da diretoria para o biênio «y»/«y2»; 2) prestação de contas; 3) conta bancária; 4) «x».\n\n",
          d=g.pick(["dois", "cinco", "onze", "quinze", "vinte e três", "trinta"]), m=g.pick(MONTHS), y=y, y2=y + 2, h=g.pick(["14h", "15h30", "19h"]),
          l=g.pick(["no salão da Paróquia São Bento", "no box 12 do Mercado Central Esperança, sede provisória", "na Câmara Municipal, plenarinho",
                    "no galpão da feira, ao lado da Praça da Luz"]), p=P(pres.full), o=secr.o, s=P(secr.full),
          x=g.pick(["cobertura das barracas", "horário de desmontagem", "limpeza após a feira", "segurança noturna"]))
    doc.t("Item 1: eleita por aclamação a chapa única, assim composta:\n")
    board = [("PRESIDENTE", pres)] + [(r, g.feirante(apelido_p=0.25)) for r in ["VICE-PRESIDENTE", "TESOUREIRO"]] + [("SECRETÁRIO", secr)]
    tes = board[2][1]
    for role, p in board:
        if role == "TESOUREIRO" and p.female:
            role = "TESOUREIRA"
        if role == "SECRETÁRIO" and p.female:
            role = "SECRETÁRIA"
        doc.f("«r»: ", r=role)
        qualify(g, doc, p, apelido=g.chance(0.3), addr=g.chance(0.3), phone=g.chance(0.6), email=g.chance(0.3), job="feirante", where=(city, uf), rg=g.chance(0.5))
        doc.t(";\n")
    kind, kv = pix_key(g, tes)
    doc.f("\nItem 2: «O» tesoureir«o» «n» apresentou saldo de R$ «v», formado pelas mensalidades recebidas por Pix na chave «k» «x», e despesas de R$ «w» com a lona coletiva.\n",
          O="A" if tes.female else "O", o=tes.o, n=P(tes.short), v=money(g, 300, 9000), k=kind, x=kv, w=money(g, 200, 3000))
    doc.f("Item 3: autorizada a conta no «b», agência «a», conta «c», movimentada em conjunto pel«o» presidente e pel«t» tesoureir«t».\n",
          b=g.pick(["Sicoob", "Sicredi", "Banco do Brasil", "Caixa", "Banco do Nordeste"]), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"),
          o="a" if pres.female else "o", t="a" if tes.female else "o")
    doc.f("Item 4: aprovado por maioria, com «n» abstenções.\nNada mais havendo, eu, secretári«o» «x», lavrei a presente ata.\n\n", n=g.pick(["duas", "três", "quatro"]),
          o=secr.o, x="eleita" if secr.female else "eleito")
    doc.t("LISTA DE PRESENÇA\n")
    rows = []
    for k in range(g.ri(3, 5)):
        m = g.feirante(apelido_p=0.2)
        r = g.rng.random()
        docv = (g.cpf(), "BR_CPF") if r < 0.55 else ((g.rg(), "BR_RG") if r < 0.85 else V("—"))
        rows.append([V(str(k + 1)), P(g.pick([m.full, m.caps, m.inverted])), V(g.pick(["hortifruti", "pescado", "pastel", "flores", "ovos", "queijos", "utilidades", "caldo de cana"])),
                     docv, V(g.pick(["(assinado)", "(assinado)", "a rogo", "(digital)"]))])
    table_ruled(doc, ["nº", "nome", "banca", "documento", "assinatura"], rows, g.pick(["plus", "pipe", "plain", "md"]))
    lw = g.person()
    doc.f("\nVisto: «n», «o»\n", n=P(lw.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


JU = [ju_termo_permissao, ju_auto_infracao, ju_cobranca_box, ju_reclamatoria_ajudante, ju_bo_acidente, ju_peticao_jec, ju_ata_associacao]


# --------------------------------------------------------------------------- saude


def sa_surto_dta(g: Gen) -> Doc:
    """An outbreak investigation of a food-borne disease after a food truck or a market stall (the cases with birth date, CNS, phone; the notifier, the owner, the team)."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    dom = f"saude.{lower(city).replace(' ', '')}.{uf.lower()}.gov.br"
    nurse = g.person(True) if g.chance(0.8) else g.person(False)
    food = g.pick(TRUCK_FOOD + ["queijo minas de banca", "sardinha frita", "caldo de cana", "pastel de camarão"])
    place = g.pick([truck(g)[0], banca(g)])
    own = g.feirante(apelido_p=0.3)
    t0 = g.moment(hours=(11, 21))
    doc.f("SECRETARIA MUNICIPAL DE SAÚDE DE «c» — VIGILÂNCIA EPIDEMIOLÓGICA / CIEVS\nINVESTIGAÇÃO DE SURTO DE DTA (doença transmitida por alimento) — SINAN nº «n»\n\n",
          c=fold(city).upper(), n=clean(g, lambda: g.d(7)))
    doc.f("Notificante: «n», «o» («c») — «u» — «d»\n", n=P(nurse.full), o=fem(nurse, "enfermeiro", "enfermeira"), c=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          u=g.pick(UPAS), d=dbr(t0 + datetime.timedelta(days=1)))
    doc.f("Local provável de consumo: «p» («l»)\nResponsável pelo estabelecimento: «o», CPF «c», tel. «t»\n", p=place, l=g.pick(FEIRAS + [e[0] for e in EVENTS]),
          o=P(own.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("Alimento suspeito: «f» · refeição em «d», entre «h1» e «h2» · expostos estimados: «e»\n\n", f=food, d=dbr(t0), h1=ts(t0, "hm"),
          h2=ts(t0 + datetime.timedelta(hours=g.ri(2, 5)), "hm"), e=g.ri(15, 120))
    doc.t("CASOS IDENTIFICADOS\n")
    rows = []
    for _ in range(g.ri(3, 6)):
        c = g.person()
        kid = g.chance(0.2)
        nm = g.pick([c.full, c.caps, c.inverted])
        dob = V(f"{g.ri(2, 11)}a") if kid and g.chance(0.5) else (g.dob("br", 2014 if kid else 1945, 2020 if kid else 2006), "DATE_OF_BIRTH")
        cns = (g.cns(), "BR_CNS") if g.chance(0.7) else V("—")
        tel = (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER") if not kid or g.chance(0.5) else V("(mãe)")
        onset = t0 + datetime.timedelta(hours=g.ri(2, 30))
        rows.append([P(nm), dob, V("F" if c.female else "M"), tel, cns, V(ts(onset, "br")), V(g.pick(["D, V, F", "D, C", "V, N", "D, V, C, F"])),
                     V(g.pick(["UPA", "domicílio", "internado", "PA", "UBS"]))])
    style = g.pick(["plus", "psql", "pipe", "csv;"])
    cols = ["nome", "nasc./idade", "sexo", "telefone", "CNS", "início", "sintomas", "atend."]
    if style == "csv;":
        table_csv(doc, cols, rows, ";")
    else:
        table_ruled(doc, cols, rows, style)
    doc.t("Legenda: D diarreia · V vômitos · F febre · C cólica · N náusea. CID-10 provável: " + g.pick(["A05.9", "A02.0", "A05.0", "A08.4"]) + "\n\n")
    doc.f("Amostras: «n» de «f» coletadas pela VISA (termo de coleta «k») e enviadas ao LACEN; swab retal de «s» casos.\n",
          n=g.pick(["uma amostra", "duas amostras", "três amostras"]), f=food,
          k=f"{g.d(4)}/{t0.year}", s=g.ri(1, 3))
    ep = g.person()
    doc.f("\nInvestigação: «n» — «e»\n", n=P(ep.full), e=(corp_mail(ep, dom, g), "EMAIL_ADDRESS"))
    doc.f("Cópia: «r»\n", r=role_mail(g, dom, g.pick(["cievs", "epidemiologia", "visa", "vigilancia"])))
    if g.chance(0.4):
        doc.t(word_neg(g) + "\n")
    return doc


def sa_prontuario_upa(g: Gen) -> Doc:
    """An emergency-unit record of a customer with food poisoning (the patient's identifiers, the companion, triage nurse, physician, sick note)."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    u = g.pick(UPAS)
    p = g.person()
    mom = g.person(True)
    mom = Person(mom.given, mom.surnames[:1] + [p.last], True)
    t0 = g.moment(hours=(0, 24))
    doc.f("«u» — «c»/«uf»\nFICHA DE ATENDIMENTO DE URGÊNCIA Nº «n» · entrada «d»\n\n", u=u.upper(), c=city, uf=uf, n=clean(g, lambda: g.d(8)), d=ts(t0, "br"))
    fields = [("Paciente", P(g.pick([p.full, p.caps]))), ("Nascimento", (g.dob("br", 1945, 2012), "DATE_OF_BIRTH")), ("Sexo", V("F" if p.female else "M"))]
    if g.chance(0.7):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    fields += [("CNS", (g.cns(), "BR_CNS")), ("Mãe", P(mom.full))]
    if g.chance(0.6):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    fields.append(("Telefone", (g.phone(), "PHONE_NUMBER")))
    cp = g.person()
    if g.chance(0.4):
        fields.append(("Acompanhante", P(cp.full)))
        fields.append(("Tel. acompanhante", (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")))
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    nu = g.person(True) if g.chance(0.75) else g.person(False)
    doc.f("\nTRIAGEM (Manchester): «k» · PA «a»x«b» mmHg · FC «f» bpm · T «t» °C · Sat «s»% — «n», «c»\n", k=g.pick(["AMARELO", "VERDE", "AMARELO", "LARANJA"]),
          a=g.ri(90, 150), b=g.ri(50, 95), f=g.ri(78, 128), t=num(g.ri(365, 392) / 10, 1), s=g.ri(94, 99), n=P(g.pick([nu.full, nu.short])),
          c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    food = g.pick(TRUCK_FOOD + ["pastel de feira", "caldo de cana", "queijo coalho na brasa", "sardinha frita", "cocada"])
    doc.f("HDA: refere ingestão de «f» «l» há cerca de «h» horas. Evolui com «s». Nega comorbidades«o».\n", f=food,
          l=g.pick(["na " + feira(g), "em food truck do " + g.pick(EVENTS)[0], "em banca do " + mercado(g)[0], "comprado de ambulante na praia"]), h=g.ri(3, 30),
          s=g.pick(["vômitos (6 episódios) e diarreia aquosa", "diarreia com cólica e febre", "náuseas, vômitos e mal-estar", "diarreia líquida e desidratação leve"]),
          o=g.pick(["", ". Acompanhante refere que outros 2 familiares tiveram os mesmos sintomas", ". Gestante de 22 semanas" if p.female else ""]))
    icd = g.pick(FOOD_ICD)
    doc.f("HD: «x» (CID «k»).\nCONDUTA: SF 0,9% 1.000 ml EV, ondansetrona 8 mg EV, dipirona 1 g EV. Orientada hidratação oral e sinais de alarme. Notificado à Vigilância Epidemiológica.\n",
          x=icd[1], k=icd[0])
    md = g.person()
    doc.f("Alta às «h» em bom estado geral. Atestado de «n» dia(s).\n\n«x» «m» — «c»\n", h=ts(t0 + datetime.timedelta(hours=g.ri(2, 7)), "hm"), n=g.ri(1, 3),
          x=dra(md), m=P(md.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.3):
        doc.f("Digitado por: «l»\n", l=login(g.person(), g))
    return doc


def sa_aso_manipulador(g: Gen) -> Doc:
    """A food handler's ASO at an occupational clinic (the clinic's and the employer's CNPJ, the worker, the lab's pharmacist, the physician) and the crew's list."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    cli, cdom = g.pick(OCC)
    tn, traz = truck(g) if g.chance(0.5) else (banca(g), None)
    w = g.person()
    doc.f("«c» — CNPJ «n»\nATESTADO DE SAÚDE OCUPACIONAL — «k»\n\n", c=cli.upper(), n=(g.any_cnpj(), "BR_CNPJ"), k=g.pick(["ADMISSIONAL", "PERIÓDICO", "ADMISSIONAL", "RETORNO AO TRABALHO"]))
    if traz:
        doc.f("Empresa: «r» («t») — CNPJ «c»\n", r=traz, t=tn, c=(g.any_cnpj(), "BR_CNPJ"))
    else:
        o = g.feirante()
        cn, root = mei(g)
        doc.f("Empresa: «r» «n» («t») — CNPJ «c»\n", r=root, n=P(fold(o.full).upper()), t=tn, c=(cn, "BR_CNPJ"))
    fields = [("Trabalhador", P(g.pick([w.full, w.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("Nascimento", (g.dob("br", 1960, 2007), "DATE_OF_BIRTH"))]
    if g.chance(0.5):
        fields.append(("RG", (g.rg(), "BR_RG")))
    if g.chance(0.5):
        fields.append(("NIT", (g.pis(), "BR_PIS")))
    fields += [("Função", V(g.pick(["manipulador de alimentos", "chapeiro", "atendente de balcão", "auxiliar de cozinha", "peixeiro", "pasteleiro"]))),
               ("Riscos", V(g.pick(["físico (calor da chapa e fritadeira); ergonômico (postura em pé)", "biológico (manipulação de pescado); físico (frio da câmara)",
                                    "acidente (facas e cortadores); ergonômico"])))]
    kv_block(doc, fields, g.pick(["plain", "dots", "caps"]))
    lab = g.person(True) if g.chance(0.6) else g.person(False)
    doc.f("\nExames complementares: coproparasitológico (3 amostras) — «a»; hemograma — normal; «b» — normal.\nLaboratório: «n», farmacêutic«o»-bioquímic«o», «c»\n",
          a=g.pick(["negativo", "negativo", "Giardia lamblia — tratado e repetido, negativo"]), b=g.pick(["micológico de unhas", "VDRL", "glicemia de jejum"]),
          n=P(lab.full), o=lab.o, c=(g.council("CRF", uf), "PROFESSIONAL_ID"))
    md = g.person()
    doc.f("\nCONCLUSÃO: «x» para a função.\n«c», «d».\n\nMédico examinador: «m» — «r»\n", x=g.pick(["APTO", "APTO", "APTO", "APTO COM RESTRIÇÃO (sem exposição à chapa por 15 dias)"]),
          c=city, d=g.date("br"), m=P(g.pick([md.full, md.caps])), r=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.t("\nEQUIPE — CONTROLE DE ASO\n")
        rows = [[P(g.pick([x.full, x.caps])), (g.cpf(), "BR_CPF"), (g.dob("br", 1960, 2007), "DATE_OF_BIRTH") if g.chance(0.6) else V(""),
                 V(g.pick(["apto", "apto", "pendente copro", "apto"])), V(g.date("br"))] for x in [g.person() for _ in range(g.ri(2, 4))]]
        table_ruled(doc, ["nome", "cpf", "nasc.", "situação", "validade"], rows, g.pick(["plus", "psql", "plain"]))
    return doc


def sa_dm_intoxicacao(g: Gen) -> Doc:
    """A customer's complaint of food poisoning to a food truck: Instagram DM, then WhatsApp with a transcribed audio, the OCR'd sick note and a Pix refund."""
    doc = Doc()
    tn, traz = truck(g)
    c = g.person()
    own = g.feirante(apelido_p=0.1)
    handle = "@" + re.sub(r"[^a-z]", "", lower(tn)) + g.pick(["", ".oficial", "_ft"])
    chandle = "@" + re.sub(r"[^a-z]", "", lower(c.first)) + g.pick(["_", ".", ""]) + re.sub(r"[^a-z]", "", lower(c.last))[:6] + str(g.ri(1, 99))
    t0 = g.moment(hours=(7, 22))
    doc.f("Instagram · Direct · «h»\n", h=handle)
    doc.f("«c»: oi, comi aí ontem e passei a noite inteira vomitando. vcs vão fazer alguma coisa?\n«h»: Oi! Sentimos muito 😔 Pode nos chamar no WhatsApp? «t»\n",
          c=chandle, h=handle, t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.5) else V("(link na bio)"))
    doc.f("«c»: ok\n\n", c=chandle)
    st = chat_stamp(g)
    tt = iter(seq_times(g, 30, t0, 60, 1800))
    O = P(g.pick([own.first, own.short])) if g.chance(0.25) else V(tn)
    C = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.6) else (V("Você") if g.chance(0.3) else P(g.pick([c.first, lower(c.first), c.short])))
    doc.t("--- WhatsApp ---\n")
    cl(doc, st(next(tt)), C, "oi, falei com vcs no insta")
    cpf = g.cpf_digits()
    if g.chance(0.6):
        cl(doc, st(next(tt)), C, "[áudio transcrito] oi aqui é «n» eu comi «f» aí ontem umas oito da noite e de madrugada comecei a passar mal fui pra «u» meu cpf é «c» se precisar",
           n=P(lower(c.full)), f=lower(g.pick(TRUCK_FOOD)), u=lower(g.pick(UPAS)), c=(stt_cpf(cpf, g), "BR_CPF"))
    else:
        u = g.pick(UPAS)
        cl(doc, st(next(tt)), C, "sou «n», comi «f» aí ontem e fui parar «na» «u». cpf «c»", n=P(c.full), f=g.pick(TRUCK_FOOD), na=art_of(u, "em"), u=u,
           c=(fmt_cpf(cpf), "BR_CPF"))
    cl(doc, st(next(tt)), O, "Nossa«n», sinto muito. Você tem o atestado ou a receita?", n=[", ", P(c.first)] if g.chance(0.5) else "")
    cl(doc, st(next(tt)), C, "<Mídia oculta>" if g.chance(0.5) else "IMG-20250611-WA0007.jpg (arquivo anexado)")
    md = g.person()
    uf = g.pick(UFS)
    R = g.pick([0.0, 0.3])
    Nm = (lambda s: ocr(s, g, 0.3, names=True)) if R else (lambda s: s)
    icd = g.pick(FOOD_ICD)
    doc.t("[texto da imagem]\n")
    tpl = "ATESTADO MÉDICO\nAtesto para os devidos fins que «n», CPF «c», esteve sob meus cuidados nesta data, necessitando de «d» dia(s) de afastamento. CID «k».\n«m»\n«r»\n"
    doc.f(ocr_t(tpl, g, R) if R else tpl,
          n=P(Nm(c.full)), c=(fmt_cpf(cpf), "BR_CPF"), d=g.ri(1, 3), k=icd[0] if g.chance(0.6) else "—", m=P(Nm(g.pick([md.full, md.caps]))),
          r=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    staff = g.person(female=g.chance(0.5))
    if g.chance(0.5):
        cl(doc, st(next(tt)), O, "Vou conversar com «x» «n», que estava na chapa ontem, e rever a maionese. Quanto deu a farmácia?", x="a" if staff.female else "o",
           n=P(staff.first))
    else:
        cl(doc, st(next(tt)), O, "Vou conversar com a equipe e rever a maionese. Quanto deu a farmácia?")
    cl(doc, st(next(tt)), C, "R$ «v» de remédio e mais o uber", v=money(g, 28, 160))
    cl(doc, st(next(tt)), O, "Vou devolver os remédios, o lanche e o uber. Me passa sua chave Pix?")
    kind, kv = pix_key(g, c, fmt_cpf(cpf))
    cl(doc, st(next(tt)), C, "«k» «v»", k=g.pick(["chave " + kind, kind + ":", "pix " + kind]), v=kv)
    t_pay = next(tt)
    cl(doc, st(t_pay), O, "Feito ✅ ID «e». Melhoras!", e=e2e(g, t_pay))
    if g.chance(0.5):
        cl(doc, st(next(tt)), C, g.pick(["obrigada pela atenção", "valeu, mas vou avisar a vigilância", "ok", "👍"]))
    return doc


def sa_mutirao_saude(g: Gen) -> Doc:
    """A health drive for stallholders at a municipal market, pasted from a spreadsheet (birth date, CPF or CNS, phone, blood pressure, glucose, vaccine lots)."""
    doc = Doc()
    uf = g.pick(UFS)
    mk, adm, dom = mercado(g)
    d0 = g.date("br")
    doc.f("MUTIRÃO SAÚDE DO FEIRANTE — «m» — «d»\nUBS «u» · equipe eSF «e»\n\n", m=mk.upper(), d=d0, u=g.pick(["Jardim Aurora", "Vila Esperança", "Centro", "Glória", "São Bento"]),
          e=g.ri(1, 12))
    sep = g.pick(["\t", ";", ","])
    cols = ["nome", "nascimento", "documento", "telefone", "PA", "glicemia", "vacina", "lote"]
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.feirante(apelido_p=0.2)
        r = g.rng.random()
        docv = (g.cns(g.chance(0.5)), "BR_CNS") if r < 0.45 else ((g.cpf(), "BR_CPF") if r < 0.9 else V("sem doc"))
        nm = g.pick([p.full, p.caps, p.full]) if not p.apelido or g.chance(0.6) else f"{p.full} ({p.apelido})"
        rows.append((p, nm, [(g.dob(g.pick(["br", "short", "nopad"]), 1945, 2004), "DATE_OF_BIRTH"), docv,
                             (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER") if g.chance(0.8) else V(""),
                             V(f"{g.ri(100, 190)}x{g.ri(60, 110)}"), V(str(g.ri(72, 260))), V(g.pick(VACS)), V(lote(g))]))
    doc.t(sep.join(cols) + "\n")
    for p, nm, cells in rows:
        if "(" in nm:
            doc.e(p.full, "PERSON")
            doc.t(" (")
            doc.e(p.apelido, "PERSON")
            doc.t(")")
        else:
            doc.e(nm, "PERSON")
        for v, lab in cells:
            doc.t(sep)
            if sep in v:
                doc.t('"')
                doc.e(v, lab)
                doc.t('"')
            else:
                doc.e(v, lab)
        doc.t("\n")
    doc.t("\n")
    nu = g.person(True) if g.chance(0.8) else g.person(False)
    doc.f("Enfermeir«o» responsável: «n» — «c»\n", o="a" if nu.female else "o", n=P(nu.full), c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        nt = g.person()
        doc.f("Nutricionista: «n» — «c» (orientação sobre sal e açúcar)\n", n=P(nt.full), c=(g.council("CRN"), "PROFESSIONAL_ID"))
    a = g.person()
    doc.f("Apoio: administração do mercado — «n»«t»\n", n=[P(g.pick([a.full, a.short])), ", "] if g.chance(0.5) else "", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    hp = g.pick(rows)[0]
    md = g.person()
    doc.f("Encaminhamento: «n» (PA alterada, 2ª aferição) → consulta na UBS «m»em «d».\n", n=P(hp.short), m=["com ", dra(md) + " ", P(md.short), " "] if g.chance(0.5) else "",
          d=g.date("br"))
    return doc


VACS = ["Influenza", "dT", "Hepatite B", "Covid-19 XBB", "Febre amarela", "—", "Tríplice viral"]


def sa_cat_feira(g: Gen) -> Doc:
    """A work-accident report (CAT) in capitals: a market porter's or fryer's injury (employer's CNPJ, NIT, RG, CPF, birth date, mother, address; witnesses; physician)."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    mk, adm, dom = mercado(g)
    w = g.person()
    mom = g.person(True)
    mom = Person(mom.given, mom.surnames[:1] + [w.last], True)
    kind = g.pick(["corte", "queimadura", "queda", "coluna"])
    emp, edom = g.pick({"corte": [("Pescados Leão do Mar Comércio Ltda.", "leaodomar.com.br"), ("Açougue Prudente Comércio de Carnes Ltda.", "acougueprudente.com.br")],
                        "queimadura": [("Pastelaria Yonamine Ltda. ME", "pastelariayonamine.com.br"), ("Frios Celeste Comércio de Alimentos Eireli", "frioseleste.com.br")],
                        "queda": [("Distribuidora de Hortifruti Bento & Filhos Ltda.", "bentoefilhos.com.br"), ("Frutas Oshiro Comércio Ltda.", "frutasoshiro.com.br")],
                        "coluna": [("Empório Tannus Secos e Molhados Ltda.", "emporiotannus.com.br"), ("Distribuidora de Hortifruti Bento & Filhos Ltda.", "bentoefilhos.com.br")]}[kind])
    U = caps_t
    doc.t(U("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT\nTIPO: INICIAL     EMITENTE: EMPREGADOR\n\n"))
    doc.f(U("I — EMITENTE\nRAZÃO SOCIAL: «r»\nCNPJ: «c»    CNAE: «k»\n\n"), r=fold(emp).upper(), c=(g.any_cnpj(), "BR_CNPJ"), k=g.pick(["4633-8/01", "4722-9/02", "4729-6/99", "5611-2/03"]))
    doc.t(U("II — ACIDENTADO\nNOME: "))
    doc.e(w.capsf, "PERSON")
    doc.t(U("\nNOME DA MÃE: "))
    doc.e(mom.capsf, "PERSON")
    doc.f(U("\nDATA DE NASCIMENTO: «d»    SEXO: «s»    ESTADO CIVIL: «e»\nCTPS: «ct»    NIT/PIS: «p»\nRG: «r»    CPF: «c»\nENDEREÇO: "),
          d=(g.dob("br", 1960, 2006), "DATE_OF_BIRTH"), s="F" if w.female else "M", e=fold(g.pick(CIVIL[w.female])).upper(), ct=fold(ctps(g, uf)).upper(),
          p=(g.pis(), "BR_PIS"), r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"))
    doc.e(g.address("caps"), "ADDRESS")
    doc.f(U("    CEP: «p»    TEL: «t»\nOCUPAÇÃO (CBO): «o»\n\n"), p=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          o=fold({"corte": g.pick(["8485-25 MAGAREFE", "8485-10 AÇOUGUEIRO"]), "queimadura": g.pick(["5134-35 AUXILIAR DE COZINHA", "5135-05 AUXILIAR NOS SERVIÇOS DE ALIMENTAÇÃO"]),
                  "queda": g.pick(["7832-25 CARREGADOR (ARMAZÉM)", "7841-05 EMBALADOR"]), "coluna": "7832-25 CARREGADOR (ARMAZÉM)"}[kind]))
    desc = {"corte": ("AO LIMPAR PESCADO NA BANCADA DO BOX, A FACA ESCORREGOU E ATINGIU O DEDO INDICADOR ESQUERDO", "S61.0", "DEDO DA MÃO", "FACA"),
            "queimadura": ("AO TROCAR O ÓLEO DA FRITADEIRA DE PASTEL, O RECIPIENTE VIROU E O ÓLEO QUENTE ATINGIU A MÃO DIREITA", "T23.2", "MÃO", "ÓLEO QUENTE"),
            "queda": ("AO DESCER DA CARROCERIA COM CAIXA DE TOMATE, ESCORREGOU NA RAMPA MOLHADA DA DOCA E TORCEU O TORNOZELO", "S93.4", "TORNOZELO", "PISO MOLHADO"),
            "coluna": ("AO LEVANTAR SACO DE 50 KG DE BATATA DO CARRINHO, SENTIU FORTE DOR NA REGIÃO LOMBAR", "M54.5", "COLUNA LOMBAR", "ESFORÇO FÍSICO")}[kind]
    dday = g.day()
    doc.f(U("III — ACIDENTE\nDATA: «d»    HORA: «h»    LOCAL: «m», «b»\nDESCRIÇÃO: «x».\nPARTE DO CORPO ATINGIDA: «p»    AGENTE CAUSADOR: «a»\nTESTEMUNHAS:\n"),
          d=dbr(dday), h=f"{g.ri(3, 15):02d}:{g.ri(0, 59):02d}", m=fold(mk).upper(), b=fold(box_num(g)).upper(), x=fold(desc[0]), p=fold(desc[2]), a=fold(desc[3]))
    for _ in range(g.ri(1, 2)):
        t = g.feirante(apelido_p=0.2)
        if g.chance(0.5):
            doc.f(U("- «n», CPF «c»\n"), n=P(t.capsf), c=(g.cpf(), "BR_CPF"))
        else:
            doc.f(U("- «n», TEL «c»\n"), n=P(t.capsf), c=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    md = g.person()
    doc.f(U("\nIV — ATESTADO MÉDICO\nUNIDADE: «u»    DATA: «d»    CID: «k»\nAFASTAMENTO: «n» DIAS\nMÉDIC«o»: «m» — «c»\n\n"), u=fold(g.pick(UPAS)).upper(), d=dbr(dday),
          k=desc[1], n=g.ri(2, 30), o="A" if md.female else "O", m=P(md.capsf), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    r = g.person()
    doc.f(U("«c», «d» — RESPONSÁVEL PELA EMISSÃO: «n» — «e»\n"), c=fold(city).upper(), d=dbr(dday + datetime.timedelta(days=1)), n=P(r.capsf),
          e=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.5) else (corp_mail(r, edom, g), "EMAIL_ADDRESS"))
    return doc


LAB_TESTS = [("Salmonella spp./25 g", ["ausência", "ausência", "presença"], "ausência", "ISO 6579-1"),
             ("Escherichia coli/g", ["<10", "3,2 x 10²", "<10", "1,1 x 10³"], "10²", "ISO 16649-2"),
             ("Estafilococos coagulase positiva/g", ["<10²", "<10²", "4,0 x 10³"], "10³", "ISO 6888-1"),
             ("Listeria monocytogenes/25 g", ["ausência", "ausência"], "ausência", "ISO 11290-1"),
             ("Bolores e leveduras/g", ["2,0 x 10²", "<10", "5,5 x 10³"], "10³", "ISO 21527-1"), ("Coliformes a 45 °C/g", ["<3", "9,3", "1,1 x 10²"], "10²", "APHA 9221")]


def sa_laudo_lab(g: Gen) -> Doc:
    """A food lab's microbiology report on samples seized at a stall (the lab's CNPJ, the inspector vet, the stallholder, the grower, the pharmacist or chemist in charge)."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    lab, ldom = g.pick(LABS)
    own = g.feirante(apelido_p=0.2)
    food = g.pick(["queijo minas frescal", "linguiça caseira", "sardinha fresca", "camarão cinza", "ricota artesanal", "carne moída", "caldo de cana", "açaí na tigela"])
    doc.f("«l» — CNPJ «c»\nLAUDO DE ANÁLISE MICROBIOLÓGICA Nº «n»\n\n", l=lab.upper(), c=(g.any_cnpj(), "BR_CNPJ"), n=clean(g, lambda: f"{g.d(5)}/{g.pick([2025, 2026])}"))
    col = g.person()
    fields = [("Solicitante", V(f"Vigilância Sanitária de {city}/{uf}")), ("Termo de coleta", V(f"{g.d(4)}/{g.pick([2025, 2026])}"))]
    kv_block(doc, fields, "plain")
    if g.chance(0.8):
        doc.f("Coletor: «n», médic«o» veterinári«o», «c»\n", n=P(col.full), o=col.o, c=(g.council("CRMV", uf), "PROFESSIONAL_ID"))
    else:
        doc.f("Coletor: «n» («m»)\n", n=P(col.full), m=matricula(g))
    doc.f("Estabelecimento: «b» — «x» — «m»\nResponsável: «n», CPF «c»«t»\n", b=banca(g), x=box_num(g), m=mercado(g)[0] if g.chance(0.6) else feira(g), n=P(own.full),
          c=(g.cpf(), "BR_CPF"), t=[", tel. ", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")] if g.chance(0.6) else "")
    doc.f("Amostra: «f», «l», procedência «s»", f=food, l=lote(g), s=g.pick(SITIOS))
    if g.chance(0.6):
        gr = g.feirante(apelido_p=0.0)
        doc.f(" (produtor «n», CPF «c», IE «i»)", n=P(gr.full), c=(g.cpf(), "BR_CPF"), i=ie_produtor(g))
    doc.f("\nRecebida em «d» a «t» °C\n\n", d=g.date("br"), t=g.ri(2, 14))
    rows = []
    bad = False
    for name, res, lim, meth in g.sample(LAB_TESTS, g.ri(3, 5)):
        r = g.pick(res)
        bad = bad or r in ("presença", "1,1 x 10³", "4,0 x 10³", "5,5 x 10³", "3,2 x 10²")
        rows.append([V(name), V(r), V(lim), V(meth)])
    table_ruled(doc, ["ensaio", "resultado", "padrão (IN 161/2022)", "método"], rows, g.pick(["plus", "psql", "pipe", "plain"]))
    doc.f("\nCONCLUSÃO: amostra «x» os padrões microbiológicos da RDC 724/2022 e da IN 161/2022.\n\n", x="EM DESACORDO com" if bad else "de acordo com")
    rt = g.person()
    k = g.pick(["CRF", "CRF", "CRQ"])
    doc.f("Responsável técnic«o»: «n» — «c»\n", o=rt.o, n=P(g.pick([rt.full, rt.caps])), c=(g.council(k, uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Liberado eletronicamente por «l» em «d» · «r»\n", l=login(rt, g), d=ts(g.moment(), "brs"), r=role_mail(g, ldom, "laudos"))
    return doc


SA = [sa_surto_dta, sa_prontuario_upa, sa_aso_manipulador, sa_dm_intoxicacao, sa_mutirao_saude, sa_cat_feira, sa_laudo_lab]


# --------------------------------------------------------------------------- financeiro


def fi_caderno_caixa(g: Gen) -> Doc:
    """A stall's weekly cash book, notebook style: takings by cash, Pix and card machine; helpers paid, credit sales, the grower's boxes, fuel, the box rent."""
    doc = Doc()
    bk = banca(g)
    dono = g.feirante(apelido_p=0.3)
    low = g.chance(0.5)
    L = (lambda s: lower(s)) if low else (lambda s: s)
    d0 = g.day()
    doc.f("«t»\n«s»\n\n", t=L(f"CADERNO DA BANCA — {bk}"), s=L(f"semana {dbr(d0, 'short')} a {dbr(d0 + datetime.timedelta(days=6), 'short')}"))
    helper = g.person()
    hcpf = g.cpf()
    grower = g.feirante(apelido_p=0.1)
    plate = g.plate()
    fiado = [g.feirante(apelido_p=0.6) for _ in range(3)]
    tot = 0.0
    feiras = g.sample(["Pça da Luz", "Vila Prudente", "R. Bento Gonçalves", "Lgo da Glória", "Jd Aurora", "Pça Amado Leal", "Setor Esperança",
                       "Rosa e Silva", "Beira Rio", "Av. Prudente", "Mercadão", "feira noturna"], 3)
    for k, off in enumerate(sorted(g.sample(range(7), g.ri(3, 4)))):
        d = d0 + datetime.timedelta(days=off)
        cash, pix, maq = g.ri(150, 900) + 0.0, g.ri(100, 700) + 0.5 * g.ri(0, 1), g.ri(50, 600) + 0.0
        tot += cash + pix + maq
        doc.f("«d» «dt» — «f»\n", d=DIA_PT[d.weekday()], dt=dbr(d, "short")[:5], f=L(feiras[k % 3]))
        doc.f("  din «a» / pix «b» / maq «c»\n", a=brl(cash), b=brl(pix), c=brl(maq))
        extra = g.sample(["helper", "fiado", "gas", "grower", "gelo", "aluguel", "recebi", "tel", "cartao"], g.ri(2, 3))
        for e in extra:
            if e == "helper":
                doc.f("  pg «n» «v» (pix cpf «c»)\n", n=P(L(g.pick([helper.first, helper.nick]))), v=g.pick(["120", "150", "100", "130"]), c=(hcpf, "BR_CPF"))
            elif e == "fiado":
                f = g.pick(fiado)
                doc.f("  fiado: «x»«n» «v»\n", x=g.pick(["dona ", "d. ", ""]) if f.female else g.pick(["seu ", "sr ", ""]), n=P(L(f.called)), v=brl(g.ri(8, 60) + 0.0))
            elif e == "gas":
                doc.f("  gasolina caminhonete «p» «v»\n", p=(plate, "LICENSE_PLATE"), v=brl(g.ri(80, 260) + 0.0))
            elif e == "grower":
                q, pr = g.ri(4, 20), g.ri(20, 90)
                kind, kv = pix_key(g, grower)
                doc.f("  «s» («n») «q» cx «x» a «p» = «t» pg pix «k»\n", s=L(g.pick(SITIOS)), n=P(L(g.pick([grower.short, grower.first]))), q=q,
                      x=L(g.pick(PRODUCE)[0]), p=pr, t=brl(q * pr + 0.0), k=kv)
            elif e == "cartao":
                doc.f("  maq. caiu, cliente passou no link: final «c» · pix devolvido chave «k»\n", c=g.d(4), k=(g.uuid(), "PIX_KEY"))
            elif e == "gelo":
                doc.t(L(f"  gelo {g.ri(10, 40)},00 / sacolinha {g.ri(15, 45)},00\n"))
            elif e == "aluguel":
                a = g.person()
                doc.f("  aluguel do box «v» (pago p/ «n» da adm.)\n", v=brl(g.ri(300, 1500) + 0.0), n=P(L(a.first)))
            elif e == "recebi":
                f = g.pick(fiado)
                doc.f("  recebi fiado d«o» «n» «v»\n", o="a" if f.female else "o", n=P(L(f.called)), v=brl(g.ri(8, 60) + 0.0))
            else:
                f = g.pick(fiado)
                doc.f("  tel novo d«o» «n»: «t»\n", o="a" if f.female else "o", n=P(L(f.called)), t=(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"))
        if g.chance(0.15):
            doc.t(g.pick(["  [rasurado]\n", "  (ilegível) 35,00\n", "  choveu, fechei 11h\n"]))
    doc.f("\n«t» «v»\n", t=L("TOTAL SEMANA:"), v=brl(tot))
    if g.chance(0.5):
        doc.f("«x» «n» «y»\n", x=L("obs:"), n=P(L(g.pick(fiado).called)), y=g.pick(["ficou de trazer o cpf pra nota", "deve 2 semanas", "pagou metade"]))
    if g.chance(0.3):
        doc.t(L(word_neg(g)) + "\n")
    return doc


def pix_receipt(g: Gen, doc: Doc, payer: Person, payee_name: tuple, payee_doc: tuple, key: tuple | None, value: float, R: float) -> None:
    """One Pix receipt as a bank app prints it (OCR'd labels when R > 0)."""
    O = (lambda s: ocr_t(s, g, R)) if R else (lambda s: s)
    t = g.moment(hours=(5, 22))
    pb, pbank = g.pick(BANKS)
    rb, rbank = g.pick(BANKS)
    doc.f(O("Comprovante de transferência\nPix enviado\nR$ «v»\n«d»\n\nDe\n«n»\nCPF «c»\n«b»\nAgência «a» · Conta «k»\n\nPara\n«p»\n«x» «y»\n«rb»\n"),
          v=brl(value), d=ts(t, "brs"), n=P(g.pick([payer.full, payer.caps])), c=f"•••.{g.d(3)}.{g.d(3)}-••" if g.chance(0.6) else f"***.{g.d(3)}.{g.d(3)}-**",
          b=pbank, a=(g.agency(False), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"), p=payee_name, x="CNPJ" if payee_doc[1] == "BR_CNPJ" else "CPF", y=payee_doc, rb=rbank)
    if key:
        doc.f(O("Chave «k»\n"), k=key)
    doc.f(O("\nID da transação\n«e»\n\n"), e=e2e(g, t))


def fi_comprovantes(g: Gen) -> Doc:
    """Payment proofs pasted into a stall's records: Pix receipts (payer's agency and account, the payee's masked CPF or CNPJ, the key) and a card-machine slip."""
    doc = Doc()
    R = g.pick([0.0, 0.0, 0.2])
    dono = g.feirante(apelido_p=0.0)
    cn, root = mei(g)
    doc.f("«t»\n\n", t=g.pick(["comprovantes — semana " + g.date("short"), "Comprovantes recebidos (WhatsApp) — " + banca(g), "PAGAMENTOS FORNECEDORES / CLIENTES"]))
    for _ in range(g.ri(2, 3)):
        payer = g.person()
        r = g.rng.random()
        if r < 0.4:
            pn = P(fold(dono.full).upper()) if g.chance(0.5) else P(dono.full)
            pd = V(f"***.{g.d(3)}.{g.d(3)}-**")
            key = (g.uuid(), "PIX_KEY") if g.chance(0.6) else (g.phone(g.pick(["e164", "par"])), "PHONE_NUMBER")
        elif r < 0.75:
            pn = V(f"{root} {fold(dono.full).upper()}")
            pd = (cn, "BR_CNPJ")
            key = (cn, "BR_CNPJ") if g.chance(0.5) else (g.uuid(), "PIX_KEY")
        else:
            sup = g.pick(["Distribuidora Bento Frutas Ltda.", "Gelo Polar Prudente Ltda.", "Embalagens Celeste Ltda.", "Cooperativa Agrícola Mista Aurora do Campo"])
            pn = V(sup.upper())
            pd = (g.any_cnpj(), "BR_CNPJ")
            key = (g.uuid(), "PIX_KEY") if g.chance(0.7) else None
        pix_receipt(g, doc, payer, pn, pd, key, g.ri(12, 900) + g.ri(0, 99) / 100, R)
        doc.t("- - - - - - - - - - - -\n")
    mq, mdom = g.pick(MAQS)
    O = (lambda s: ocr_t(s, g, R)) if R else (lambda s: s)
    doc.f(O("«m»\n«b»\n«r» «n»\nCNPJ «c»\nEC «e»\n«k»\n«x» «card»\nVALOR: R$ «v»\nAUT: «a»  NSU: «s»\n«d»\nVIA DO ESTABELECIMENTO\n"),
          m=mq.upper(), b=fold(banca(g)).upper(), r=root, n=P(fold(dono.full).upper()), c=(cn, "BR_CNPJ"), e=ec_num(g),
          k=g.pick(["VENDA CRÉDITO À VISTA", "VENDA DÉBITO", "CRÉDITO PARCELADO 2X"]), x=g.pick(["VISA", "MASTERCARD", "ELO"]),
          card=g.pick([f"************{g.d(4)}", f"{g.pick('45')}{g.d(5)}******{g.d(4)}", f"**** {g.d(4)}"]), v=money(g, 8, 400), a=aut(g), s=nsu(g),
          d=ts(g.moment(hours=(5, 14)), "br"))
    if g.chance(0.35):
        doc.t("\n" + chat_neg(g) + "\n")
    return doc


def fi_pedido_produtor(g: Gen) -> Doc:
    """A stallholder's weekly order to a grower by e-mail and the grower's quoted reply (truck, driver's CNH, the grower's CPF, IE and CAF, the account or Pix key)."""
    doc = Doc()
    st = g.feirante(apelido_p=0.2)
    gr = g.feirante(apelido_p=0.0, female=g.chance(0.35))
    sit = g.pick(SITIOS)
    mk = mercado(g)[0]
    sm, gm = g.email(st), g.email(gr)
    t0 = g.moment(hours=(6, 20))
    t1 = t0 + datetime.timedelta(hours=g.ri(1, 20))
    doc.f("De: «n» <«e»>\nPara: «p»<«f»>\nData: «d»\nAssunto: Re: pedido da semana — «b»\n\n", n=P(gr.full), e=(gm, "EMAIL_ADDRESS"),
          p=[P(g.pick([st.full, st.short])), " "] if g.chance(0.5) else "",
          f=(sm, "EMAIL_ADDRESS"), d=mail_date(t1), b=banca(g))
    drv = g.person(False)
    doc.f("«x», confirmado. Vai tudo no caminhão «p», motorista «m» (CNH «c»), chega na doca do «k» umas «h».\n", x=P(g.pick([st.first, st.called])),
          p=(g.plate(), "LICENSE_PLATE"), m=P(g.pick([drv.full, drv.first, drv.nick])) if g.chance(0.6) else "meu cunhado", c=(g.cnh(), "BR_CNH"), k=mk, h=g.pick(["4h", "4h30", "5h", "5h15"]))
    doc.f("Segue «n»«c». Faltou «y», a chuva derrubou o preço mas estragou metade.\n", n=nf(g), y=g.pick(["morango", "alface", "pimentão", "maracujá", "couve"]),
          c=[f" (emitida pela {g.pick(COOPS)[0]}, CNPJ ", (g.cnpj(), "BR_CNPJ"), ")"] if g.chance(0.5) else "")
    mode = g.pick(["conta", "pix", "pix"])
    cpf = g.cpf()
    if mode == "conta":
        doc.f("Pagamento até sexta: «b», agência «a», conta «c», em nome de «n», CPF «p».\n\n", b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"),
              c=(g.account(), "BANK_ACCOUNT"), n=P(gr.full), p=(cpf, "BR_CPF"))
    else:
        kind, kv = pix_key(g, gr, cpf)
        doc.f("Pagamento até sexta, Pix «k» «v».\n\n", k=kind, v=kv)
    doc.f("«n»\n«s» — produtor rural, CPF «c»\nIE «i» · «a»\n«t»\n\n", n=P(gr.full), s=sit, c=(cpf, "BR_CPF"), i=ie_produtor(g), a=caf(g),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("Em «d», «n» <«e»> escreveu:\n", d=ts(t0, "br"), n=P(st.full), e=(sm, "EMAIL_ADDRESS"))
    else:
        doc.f("Em «d», <«e»> escreveu:\n", d=ts(t0, "br"), e=(sm, "EMAIL_ADDRESS"))
    q = "> "
    doc.f("«q»Bom dia «n», pedido pra «d»:\n«q»\n", q=q, n=P(g.pick([gr.first, gr.called])), d=g.pick(["quarta", "sábado", "domingo", "terça"]))
    rows = [[V(nm), V(str(g.ri(2, 30))), V(un if un not in ("pé", "maço", "un") else "cx"), V(money(g, 4, 70))] for nm, un in g.sample(PRODUCE[:28], g.ri(3, 6))]
    widths = [max(len(r[k][0]) for r in rows + [[V("produto"), V("qtd"), V("un"), V("R$/un")]]) for k in range(4)]
    doc.t(q + "  ".join(c.ljust(w) for c, w in zip(["produto", "qtd", "un", "R$/un"], widths)).rstrip() + "\n")
    for r in rows:
        doc.t(q + "  ".join(v.ljust(w) for (v, _), w in zip(r, widths)).rstrip() + "\n")
    hp = g.person()
    doc.f("«q»\n«q»Quem recebe é «x» «n» («t»). Se «y» atrasar, liga.\n", q=q, x="a" if hp.female else "o", n=P(g.pick([hp.first, hp.nick])),
          t=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"), y=g.pick(["o caminhão", "a entrega"]))
    if g.chance(0.5):
        doc.f("«q»«n»\n", q=q, n=P(g.pick([st.full, st.first])))
    doc.f("«q»«b» — «m»\n", q=q, b=banca(g), m=g.pick([mk, box_num(g)]))
    return doc


def fi_inadimplencia(g: Gen) -> Doc:
    """A market administrator's overdue-rent report (boxholders with CPF or the MEI's CNPJ, phones) and a collection letter (address, CEP, boleto, random Pix key, the collector)."""
    doc = Doc()
    mk, adm, dom = mercado(g)
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    doc.f("«a»\nRELATÓRIO DE INADIMPLÊNCIA — «m» — posição em «d»\n\n", a=adm.upper(), m=mk.upper(), d=g.date("br"))
    rows = []
    people = []
    for _ in range(g.ri(4, 7)):
        p = g.feirante(apelido_p=0.0)
        nm = g.pick([p.full, p.caps, p.inverted])
        docv = (g.cpf(), "BR_CPF") if g.chance(0.6) else (mei(g)[0], "BR_CNPJ")
        months = g.ri(1, 9)
        row = [V(str(g.ri(1, 240))), P(nm), docv, V(str(months)), V(brl(months * g.ri(250, 1800) + g.ri(0, 99) / 100)),
               (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if g.chance(0.7) else V("—")]
        rows.append(row)
        people.append((p, row))
    table_ruled(doc, ["box", "permissionário", "CPF/CNPJ", "meses", "débito (R$)", "telefone"], rows, g.pick(["pipe", "plain", "plus", "psql"]))
    p, row = g.pick(people)
    col = g.person()
    doc.f("\n--- carta de cobrança ---\n\n«c», «d».\n\n«x» «n»\n«a»\n«b» — «c»/«uf»\nCEP «p»\n\n", c=city, d=g.date("long"),
          x=g.pick(["Ao Sr.", "Ao(À) Sr(a)."]) if not p.female else g.pick(["À Sra.", "Ao(À) Sr(a)."]), n=P(p.full), a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), uf=uf,
          p=(g.cep(), "BR_CEP"))
    doc.f("Ref.: box nº «b» — «m» mensalidade(s) em atraso\n\nPrezad«o» permissionári«o»,\n\nConsta em aberto o valor de R$ «v». Regularize até «d» pelo boleto\n«l»\n"
          "ou por Pix na chave aleatória «k». Após o prazo, o débito será encaminhado à cobrança judicial.\n\n", b=row[0][0], m=row[3][0],
          o=p.o, v=row[4][0], d=g.date("br"), l=boleto_line(g), k=(g.uuid(), "PIX_KEY"))
    doc.f("Atenciosamente,\n«n»\nSetor de Cobrança — «m»\n«t» · «e»\n", n=P(col.full), m=mk, t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          e=(corp_mail(col, dom, g), "EMAIL_ADDRESS") if g.chance(0.6) else V(role_mail(g, dom, "cobranca")))
    return doc


CB_REASONS = ["4837 — fraude, portador não reconhece", "4853 — mercadoria não recebida", "4834 — cobrança duplicada", "83 — transação sem autorização",
              "4855 — produto não entregue", "10.4 — fraude em ambiente sem cartão presente"]


def fi_chargeback_maq(g: Gen) -> Doc:
    """A card-machine company's chargeback notice (EC number, the MEI's CNPJ, full card numbers, holders cut at the width) and the stallholder's quoted reply."""
    doc = Doc()
    mq, mdom = g.pick(MAQS)
    dono = g.feirante(apelido_p=0.0)
    cn, root = mei(g)
    an = g.person()
    t0 = g.moment(hours=(8, 18))
    t1 = t0 + datetime.timedelta(days=g.ri(1, 4), hours=g.ri(1, 6))
    dm = g.email(dono)
    doc.f("De: «n» <«e»>\nPara: «c»\nData: «d»\nAssunto: RE: Contestação de vendas — EC «ec»\n\n", n=P(an.full), e=(corp_mail(an, mdom, g), "EMAIL_ADDRESS"),
          c=(dm, "EMAIL_ADDRESS"), d=mail_date(t1), ec=ec_num(g))
    sales = sorted((t0 - datetime.timedelta(days=g.ri(10, 120)) for _ in range(g.ri(2, 4))), reverse=True)
    doc.f("Olá«n». Recebemos sua defesa; a venda de «d» foi reapresentada à bandeira. As demais seguem em disputa.\n\n«a»Time de Disputas — «m»\n\n",
          n=[", ", P(g.pick([dono.first, dono.full]))] if g.chance(0.5) else "", d=dbr(sales[0]), a=[P(g.pick([an.first, an.short])), "\n"] if g.chance(0.5) else "", m=mq)
    doc.f("Em «d», <«e»> escreveu:\n", d=ts(t0, "br"), e=(dm, "EMAIL_ADDRESS"))
    q = "> "
    doc.f("«q»X-Originating-IP: [«ip»]\n«q»\n", q=q, ip=(g.ip(), "IP_ADDRESS"))
    cust = g.person()
    doc.f("«q»Boa tarde. Sou o titular do MEI «r» «N», CNPJ «c». Vendo «x» na «f».\n" if not dono.female else
          "«q»Boa tarde. Sou a titular do MEI «r» «N», CNPJ «c». Vendo «x» na «f».\n", q=q, r=root, N=P(fold(dono.full).upper()), c=(cn, "BR_CNPJ"),
          x=g.pick(["queijos", "pastel e caldo de cana", "frutas", "peixe", "flores"]), f=feira(g))
    doc.f("«q»A venda contestada foi para «a» «n», que compra comigo toda semana; tenho o telefone «d» «t» e «e» confirmou a compra.\n", q=q,
          a=fem(cust, "o freguês", "a freguesa"), d=fem(cust, "dele", "dela"), e=fem(cust, "ele", "ela"),
          n=P(g.pick([cust.full, cust.first])), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("«q»«e» ainda pediu nota com CPF («c»), está no anexo.\n", q=q, e=fem(cust, "Ele", "Ela"), c=(g.cpf(), "BR_CPF"))
    doc.f("«q»\n«q»Em «d», «m» <«e»> escreveu:\n", q=q, d=ts(t0 - datetime.timedelta(days=g.ri(2, 9)), "br"), m=mq, e=role_mail(g, mdom, g.pick(["disputas", "chargeback", "notificacoes"])))
    qq = "> > "
    doc.f("«q»NOTIFICAÇÃO DE CONTESTAÇÃO — estabelecimento «r» «n» — CNPJ «c»\n«q»\n", q=qq, r=root, n=P(fold(dono.full).upper()), c=(cn, "BR_CNPJ"))
    rows = []
    W = 18
    for sale in sales:
        h = g.person()
        brand = g.pick(["4", "5", "5", "6", "3"])
        rows.append([V(dbr(sale)), V(money(g, 15, 480)), V({"4": "VISA", "5": "MASTER", "6": "ELO", "3": "AMEX"}[brand]), (g.card(False, brand), "CREDIT_CARD"),
                     P(cut(fold(h.full).upper(), W)), V(g.pick(CB_REASONS))])
    doc.t(qq + "data,valor,bandeira,cartao,portador,motivo\n")
    for r in rows:
        doc.t(qq)
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(",")
            qv = "," in v
            if qv:
                doc.t('"')
            doc.e(v, lab)
            if qv:
                doc.t('"')
        doc.t("\n")
    doc.f("«q»\n«q»Prazo para defesa: «d». Sem defesa, os valores serão debitados da agenda de recebíveis.\n", q=qq, d=dbr(t0 + datetime.timedelta(days=g.ri(3, 9))))
    return doc


def fi_microcredito(g: Gen) -> Doc:
    """A microcredit proposal for a stallholder (the applicant and spouse, the MEI, the solidarity group with CPF and phone, the disbursement account, the signing IP)."""
    doc = Doc()
    org, odom = g.pick(CREDITO)
    p = g.feirante(apelido_p=0.2)
    ag = g.person()
    doc.f("«o»\nPROPOSTA DE CRÉDITO PRODUTIVO ORIENTADO Nº «n»\nAgente de crédito: «a»\n\n", o=org.upper(), n=clean(g, lambda: f"{g.d(6)}-{g.d(2)}"),
          a=P(ag.full) if g.chance(0.6) else V(login(ag, g)))
    doc.t("1. EMPREENDEDOR(A)\n")
    civ = g.pick(CIVIL[p.female])
    fields = [("Nome", P(g.pick([p.full, p.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("Nascimento", (g.dob("br", 1958, 2003), "DATE_OF_BIRTH")),
              ("Estado civil", V(civ))]
    if civ in ("casada", "casado", "em união estável"):
        sp = g.person(female=not p.female)
        fields += [("Cônjuge", P(sp.full)), ("CPF do cônjuge", (g.cpf(), "BR_CPF"))]
    fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Celular", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.6):
        fields.append(("E-mail", (g.email(p), "EMAIL_ADDRESS")))
    if g.chance(0.6):
        fields.append(("NIS (CadÚnico)", (g.pis(), "BR_PIS")))
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    doc.f("\n2. NEGÓCIO\nAtividade: banca de «x» na «f» e no «m»; «y» anos no ramo.\n", x=g.pick(["pastel", "hortifruti", "temperos", "ovos e queijos", "tapioca", "caldo de cana"]),
          f=feira(g), m=mercado(g)[0], y=g.ri(1, 30))
    if g.chance(0.7):
        cn, root = mei(g)
        doc.f("Formalização: MEI, CNPJ «c»\n", c=(cn, "BR_CNPJ"))
    else:
        doc.t("Formalização: informal (orientada a abrir MEI)\n")
    doc.f("Faturamento médio: R$ «a»/mês · custos: R$ «b»/mês · valor solicitado: R$ «c» em «n» parcelas\nFinalidade: «x»\n\n", a=money(g, 2500, 14000),
          b=money(g, 1200, 8000), c=brl(g.ri(8, 60) * 100.0), n=g.pick([4, 6, 8, 12]),
          x=g.pick(["compra de barraca nova e lona", "fritadeira e botijões", "estoque para o fim de ano", "balança e maquininha", "câmara fria usada"]))
    doc.f("3. GRUPO SOLIDÁRIO «g»\n", g=f"\"{g.pick(['Feira Forte', 'Unidos da Praça', 'Mulheres da Feira', 'Banca Amiga', 'Sol Nascente'])}\"")
    rows = []
    for _ in range(g.ri(2, 4)):
        m = g.feirante(apelido_p=0.2)
        rows.append([P(g.pick([m.full, m.caps])), (g.cpf(), "BR_CPF"), V(g.pick(["pastel", "frutas", "peixe", "flores", "doces", "utilidades"])),
                     V(brl(g.ri(5, 40) * 100.0)), (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER") if g.chance(0.75) else V("")])
    table_ruled(doc, ["integrante", "cpf", "atividade", "valor (R$)", "telefone"], rows, g.pick(["plus", "md", "plain", "psql"]))
    if g.chance(0.6):
        doc.f("\n4. LIBERAÇÃO: «b», agência «a», conta «c» (titular)\n", b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        kind, kv = pix_key(g, p)
        doc.f("\n4. LIBERAÇÃO: Pix, chave «k» «v»\n", k=kind, v=kv)
    doc.f("\nAssinado eletronicamente pel«o» proponente em «d» · IP «ip»\n", o=p.o, d=ts(g.moment(), "brs"), ip=(g.ip(), "IP_ADDRESS"))
    if g.chance(0.4):
        doc.f("Parecer do agente: «x»\n", x=g.pick(["visitei a banca na feira de sábado, movimento bom", "grupo coeso, todos feirantes da mesma praça",
                                                   "primeiro crédito; sem restrição no SPC", "renovação: quitou o ciclo anterior em dia"]))
    return doc


def fi_contador_mei(g: Gen) -> Doc:
    """An accountant's e-mail to a food-truck MEI about the annual return and overdue DAS (CPF, CNPJ, título for the access code, birth date) and the client's quoted reply."""
    doc = Doc()
    of, odom = g.pick(ESCRITORIOS)
    acc = g.person()
    cl_ = g.feirante(apelido_p=0.0)
    cn, root = mei(g)
    tn, traz = truck(g)
    cm = g.email(cl_)
    uf = g.pick(UFS)
    t0 = g.moment(hours=(7, 23))
    t1 = t0 + datetime.timedelta(days=g.ri(1, 6), hours=g.ri(1, 9))
    y = g.pick([2024, 2025])
    doc.f("De: «n» <«e»>\nPara: «c»\nCc: «r»\nData: «d»\nAssunto: RE: DASN-SIMEI «y» — «t»\n\n", n=P(acc.full), e=(corp_mail(acc, odom, g), "EMAIL_ADDRESS"),
          c=(cm, "EMAIL_ADDRESS"), r=role_mail(g, odom, g.pick(["contabilidade", "fiscal", "atendimento"])), d=mail_date(t1), y=y, t=tn)
    doc.f("Oi«n»! Com o título confirmado consegui gerar o código de acesso do Simples. Ficou assim:\n\n",
          n="" if g.chance(0.5) else [", ", P(g.pick([cl_.first, cl_.called]))])
    fields = [("Titular", P(cl_.full)), ("CPF", (g.cpf(), "BR_CPF")), ("CNPJ", (cn, "BR_CNPJ")), ("Razão social", V(f"{root} {fold(cl_.full).upper()}")),
              ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")), ("Nascimento", (g.dob("br", 1960, 2004), "DATE_OF_BIRTH")),
              ("Receita bruta " + str(y), V("R$ " + money(g, 30000, 80000))), ("DAS em atraso", V(", ".join(g.sample(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"], g.ri(1, 3))) + "/" + str(y + 1)))]
    kv_block(doc, fields, g.pick(["plain", "dots"]))
    doc.f("\nObs.: a receita passou de R$ 81 mil? Se sim, desenquadra do MEI (LC 123/2006, art. 18-A). O honorário da declaração é R$ «v», Pix na chave aleatória do "
          "escritório «k».\n\n", v=money(g, 80, 250), k=(g.uuid(), "PIX_KEY"))
    doc.f("Abraço,\n«n»\nContador«a» — «c»\n«o»\n«t»\n\n", n=P(g.pick([acc.full, acc.short])), a="a" if acc.female else "", c=(g.council("CRC", uf), "PROFESSIONAL_ID"), o=of,
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("Em «d», «n» <«e»> escreveu:\n", d=ts(t0, "br"), n=P(g.pick([cl_.full, cl_.low])), e=(cm, "EMAIL_ADDRESS"))
    q = "> "
    doc.f("«q»X-Originating-IP: [«ip»]\n«q»\n«q»oi «n», o titulo é esse que te mandei mesmo. faturei uns «v» no ano, metade no pix.\n", q=q, ip=(g.ip(), "IP_ADDRESS"),
          n=P(lower(acc.first)), v=g.pick(["70 mil", "75 mil", "60 e poucos", "uns 85 mil acho"]))
    if g.chance(0.6):
        doc.f("«q»troquei o carro do truck, placa nova «p», precisa avisar alguém?\n", q=q, p=(g.plate(), "LICENSE_PLATE"))
    if g.chance(0.6):
        sp = g.person(female=not cl_.female)
        doc.f("«q»«x» «n» me ajuda no caixa todo fim de semana, precisa registrar? cpf «y» «c»\n", q=q, x=g.pick(["minha esposa", "minha namorada"]) if sp.female else g.pick(["meu marido", "meu irmão"]),
              n=P(lower(sp.first)), y="dela" if sp.female else "dele", c=(g.cpf(), "BR_CPF"))
    doc.f("«q»«n»\n", q=q, n=P(g.pick([cl_.first, lower(cl_.first), cl_.called])))
    return doc


FI = [fi_caderno_caixa, fi_comprovantes, fi_pedido_produtor, fi_inadimplencia, fi_chargeback_maq, fi_microcredito, fi_contador_mei]


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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|tia|tio|doutora?|prof|profa|eng|vig|sd|fiscal)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_|:()]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_RE.match(v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert PLATE_RE.fullmatch(v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(?i)(CRMV|CRM|COREN|OAB|CRC|CREA|CRN|CRF|CRQ)(?![A-Za-z])", v), (rid, v)
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
    common = {fold(w).lower() for name in COMMON_F + COMMON_M + PT_SUR + WORD_F + WORD_M + WORD_SUR + SUFFIXES + list(NICK.values())
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
    print("hundredtwentysecond", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
