"""Build the sixty-third labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_sixtythird_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), stdlib only, seed 6363, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: pharmacies, drugstores and pharmacy benefit programmes —
controlled-prescription retention books and SNGPC files (Portaria SVS/MS 344/1998, RDC 22/2014),
loyalty-programme registrations and "desconto no CPF", Farmácia Popular dispensations and their
payment reconciliation, home delivery of medicines by app and WhatsApp, compounding-pharmacy
(manipulação) orders, pharmacovigilance adverse-event reports, health-surveillance (Vigilância
Sanitária) inspections, fines and lot recalls, pharmacists' technical responsibility (CRF),
chargebacks and card disputes at the counter, spread over the four domains the way a drugstore
chain, a neighbourhood pharmacy, a compounding pharmacy, their lawyers and the municipal health
surveillance would produce them. Layouts: OCR-ish scanned forms, tables with ASCII rulers, with a
dashed rule and plain (spaces only), Markdown tables, CSV extracts (comma, semicolon, pipe, tab),
an XML file in a support ticket, WhatsApp exports, helpdesk tickets, e-mails and threads, letters
and petitions, bank statements, the text of an NFC-e, a handwritten book typed up.
- atendimento: a loyalty-programme adhesion form (scanned or typed; dependents with birth dates
  and CPFs for "compras no CPF do titular"), a WhatsApp delivery order (customer shown as a
  number or a saved name, prescription photo, prescriber, address spoken or typed, the store's
  random Pix key, a card number pasted in the chat now and then, rider and plate), a helpdesk
  ticket from the delivery app (order data block with CPF, address, CEP, IP, rider, plate), a
  compounding-pharmacy quote/order (patient, prescriber, pharmacist, Pix deposit, delivery), an SAC
  e-mail thread (discount on the CPF not applied, or deletion of the loyalty data), a CRM CSV
  extract sent by a BI analyst (nome/sobrenome columns, invalid and masked CPFs), the store's
  occurrence book typed up from the handwritten one.
- juridico: a municipal health-surveillance infringement notice (OCR-ish), the drugstore's
  administrative defence by its lawyer, a Procon complaint about a double card charge with the
  store's answer and TEF log, a small-claims petition against a compounding pharmacy for a dose
  error (witness list), a technical-responsibility contract of a pharmacist with the e-signature
  log, an LGPD access request about data shared through the loyalty programme and the DPO's
  answer (Markdown inventory), a labour claim of a delivery rider (CNH, plate) or counter clerk.
- saude: the controlled-substance outflow book (patient, prescriber, buyer with RG, address, CEP,
  phone), an SNGPC XML in a support ticket, an adverse-event report to a manufacturer and VigiMed
  (patient with CNS), a Farmácia Popular receipt and daily dispensation report (ruled or plain),
  an OCR-scanned special-control prescription with the buyer and supplier boxes, a CSV of the
  pharmacy's vaccination room for the RNDS, an e-mail to the health surveillance on a lot recall
  with the customers reached.
- financeiro: a chargeback notice and the store's dossier (card-not-present authorisation form
  with the full card number, link IP, delivery and receiver), the Farmácia Popular reconciliation
  with the rejected authorisations (DATASUS CSV), a weekly payment batch to freelance riders (CPF,
  NIT, CNH, plate, phone, Pix keys of every kind or TED), a monthly drug-benefit statement for a
  client company ("SURNAME, GIVEN" rows, dependants), a bank statement with the treasury's notes
  (payer names cut by the bank), a neighbourhood pharmacy's credit account ('fiado') form with
  references and the collection message, the text of an NFC-e with the consumer's CPF.

Conventions (the twentieth set's, and the sixtieth and sixty-second's where they decided):
PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu"; particles inside a
name (de, da, dos, e) are part of it; "SURNAME, GIVEN" and "SURNAME, Given" are one span;
nicknames and first names alone are persons; nome/sobrenome columns are one span each. Staff
named in the text (attendants, cashiers, managers, pharmacists, riders, health inspectors,
lawyers, analysts, DPOs, judges cited as rapporteurs) are persons; PDV users and logins (JBOLDT,
wcambui), system accounts (svc_bi_crm, airflow), support queues and shop senders of WhatsApp
("Farmácia Celeste Delivery") are not. Payer names cut short by the bank ("EDNALDO BATISTA DE FON")
and OCR-damaged names and identifiers ("rn" for "m", "l" for "1") are labelled as they stand.
Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (sac@, dpo@, farmacovigilancia@,
nao-responda@) are not labelled. ADDRESS is street type + name + number + complement (not bairro,
city, state; CEP is BR_CEP); the seat of a company (drugstore, compounding pharmacy, law office,
a prescriber's printed office address) is not labelled, and streets and people's names used as
names of UPAs, hospitals, companies and places ("UPA Prudente de Morais", "Drogaria Bento Rosa",
"Frigorífico Paz", "a Barão de Mauá") are not persons. Identifiers are labelled whoever holds
them: the store's CNPJ (numeric or the 2026 alphanumeric form), landline, random Pix key, agency
and account. Agency and account are separate BANK_ACCOUNT spans; bank codes are not labelled.
A WhatsApp sender shown as a number is PHONE_NUMBER. Pix keys that are a CPF, an e-mail or a phone
take those labels; PIX_KEY only for random (UUID) keys. DATE_OF_BIRTH only for birth dates (of
customers, dependants, patients, beneficiaries, vaccinees, employees, plaintiffs); purchase,
prescription, dispensation, inspection, admission and payment dates are not. PROFESSIONAL_ID
includes the council acronym and UF (CRF-SP 12345, CRM/MG 75552, CRO, CRMV, COREN, OAB), and "nº"
when it stands between them ("CRF-CE nº 35.961"). New decisions of this set: where a file gives
the council and its UF in sibling fields (SNGPC XML <numeroRegistroProfissional>, DATASUS CSV
nu_crm/sg_uf_crm), the number field alone is PROFESSIONAL_ID; the NIT of a freelance rider (PIS
algorithm) is BR_PIS; the initials of a patient in a pharmacovigilance form ("iniciais no VigiMed:
LR") are not labelled; a card number typed by a customer in a chat or on a card-not-present form
is CREDIT_CARD. Not labelled: masked cards and CPFs (asterisks, "final 1311"), loyalty card
numbers, Anvisa AFE/AE, licença sanitária, CNES, Registro MS, EAN barcodes, lot numbers,
notificação de receita numbers, Farmácia Popular authorisations, FNS bank orders, NF-e access
keys and authorisation protocols, NSU, authorisation codes, EC numbers, VigiMed ids,
Resolução-RE numbers, Procon FA, auto de infração and process numbers, order, ticket, protocol,
cupom and CTPS numbers, e-signature envelope UUIDs, SNGPC receipts.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Josicléa, Dorgivânia, Raylane, Franciscleudo, Valdisney, Welbert, Ycaro; Italian, German,
Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese, Bolivian, indigenous,
Jewish, Polish), about half of the name words rare or invented (printed by main()); names that are
also words (Rosa, Luz, Flor, Vitória, Aurora, Graça, Celeste, Paz, Bento, Prudente, Amado, Branco,
Leal, Justo, Serafim) used as names, and elsewhere the same words as words or in places, streets
and companies ("conservar ao abrigo da luz", "comprimidos rosa em vez de branco", "seria prudente",
"portão rosa", Farmácia Luz Divina, Drogaria São Bento, Farmácia da Paz, Presidente Prudente,
Vitória/ES, Jardim Aurora, Rua Rosa e Silva), which are not persons. Forms: full, ALL CAPS with
and without accents, lower case, "SURNAME, GIVEN", first name alone, nicknames, split nome/sobrenome.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(protocols, CPFs mistyped at the PDV, VigiMed ids), ICD-10 codes, money, order/ticket/protocol
numbers, Registro MS and EAN codes, NF-e keys, lots, laws and norms (Lei 13.709/2018, Lei
6.437/1977, Lei 13.021/2014, Portaria 344/1998, RDC 44/2009), dates that are not birth dates,
companies with surnames (Drogaria Amado & Tabosa, Farmácia Nóbrega & Filhos, Construtora Amado &
Leal), streets honouring people outside an address.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 6363
NAME = "sixtythird"

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
    """Numeric or alphanumeric (2026) CNPJ: each character is worth ord(c) - 48."""
    v = [ord(c) - 48 for c in twelve]
    w = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = ""
    for ws in (w, [6] + w):
        r = sum(a * b for a, b in zip(v, ws)) % 11
        dv = 0 if r < 2 else 11 - r
        v.append(dv)
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
        return None  # bodies where the published variants of the algorithm disagree: never drawn
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
            v -= 9 if v > 9 else 0
        total += v
    return str(-total % 10)


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MESES3 = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]

# --------------------------------------------------------------------------- name pools
# RARE_* and the rarer foreign pools hold uncommon, regional or coined names; main() prints
# their share of the words of PERSON spans.

PT_F = ["Ana Paula", "Fernanda", "Juliana", "Patrícia", "Adriana", "Camila", "Aline", "Simone", "Cristiane",
        "Luciana", "Sandra", "Mariana", "Beatriz", "Larissa", "Gabriela", "Letícia", "Amanda", "Tatiane",
        "Viviane", "Priscila", "Fabiana", "Cláudia", "Roberta", "Elaine", "Isabela", "Maria José", "Francisca",
        "Antônia", "Raimunda", "Sebastiana", "Helena", "Valentina", "Heloísa", "Manuela", "Maria das Graças",
        "Ana Luíza", "Débora", "Carla"]
RARE_F = ["Jociane", "Valdirene", "Cleonice", "Gessiane", "Marinalva", "Adenilde", "Rosenilda", "Euzilene",
          "Irailde", "Dalvanira", "Francilene", "Edileuza", "Quitéria", "Damiana", "Anatália", "Evanilde",
          "Juciara", "Lucineide", "Maurizete", "Nayra", "Ketlyn", "Ysis", "Thamyres", "Jhenifer", "Kemilly",
          "Wanderléia", "Dorgivânia", "Gilvaneide", "Oscarina", "Laudelina", "Cremilda", "Zenaide", "Ivoneide",
          "Luzinete", "Aldenora", "Raylane", "Mikaelly", "Josicléa", "Edvirgem", "Valdelice", "Rozângela",
          "Eudóxia", "Clemilda", "Joselita", "Ryanne", "Sthefany", "Cleidiane"]
PT_M = ["José Carlos", "Antônio", "Francisco", "João Paulo", "Luís", "Rafael", "Rodrigo", "Gustavo", "Thiago",
        "Bruno", "Eduardo", "Ricardo", "Daniel", "Vinícius", "Mateus", "Lucas", "Gabriel", "Guilherme", "Diego",
        "Fábio", "Roberto", "Sebastião", "Raimundo", "Miguel", "Arthur", "Heitor", "Bernardo", "Márcio",
        "Anderson", "Edson", "Everton", "João Victor", "Luiz Fernando", "Paulo Roberto"]
RARE_M = ["Gildásio", "Deusdedit", "Valdomiro", "Jucelino", "Nailton", "Cleberson", "Elenilson", "Ubiratan",
          "Sinésio", "Joelson", "Raelson", "Wemerson", "Jhonatan", "Kauan", "Erivelton", "Gervásio",
          "Epaminondas", "Hermenegildo", "Cleudson", "Luciélio", "Valdisney", "Franciscleudo", "Leocádio",
          "Zenóbio", "Edivan", "Jeovah", "Adailton", "Genésio", "Otoniel", "Dejair", "Rivelino", "Welbert",
          "Ycaro", "Kaíque", "Derivaldo", "Aristeu", "Natanael", "Josenildo", "Claudemir", "Ednaldo"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Rocha", "Dias", "Monteiro",
          "Moreira", "Barros", "Cunha", "Fernandes", "Soares", "Batista", "Mendes", "Melo", "Farias", "Sales",
          "Tavares", "Pires", "Moraes", "Miranda", "Fonseca", "Aguiar", "Brito", "Ribeiro", "Gomes", "Carvalho",
          "Araújo", "Nascimento", "Conceição", "Costa"]
RARE_SUR = ["Aragão", "Cajazeira", "Tabosa", "Sucupira", "Feitosa", "Ximenes", "Lobato", "Valadares",
            "Itaparica", "Jucá", "Mourão", "Quaresma", "Catunda", "Benevides", "Cisneiros", "Damasceno",
            "Eufrásio", "Furquim", "Guedelha", "Jatobá", "Mangueira", "Nóbrega", "Rabelo", "Taquari", "Uchôa",
            "Wanderley", "Arcoverde", "Baraúna", "Cambuí", "Dantas Brasileiro", "Esmeraldino", "Figueiró",
            "Gurgel", "Inhamuns", "Jurubeba", "Lustosa", "Maniçoba", "Olinto", "Peregrino", "Queluz", "Sabóia",
            "Tenório", "Umbelino", "Vilarouca", "Xavantina"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Graça", "Celeste", "Paz"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Serafim", "Leal", "Justo"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Flor", "Paz", "Neves", "Jardim", "Coelho",
            "Carneiro", "Lobo", "Raposo", "Cordeiro", "Vitória", "Leal", "Cravo", "Pereira", "Pinheiro"]
NICK = {"José Carlos": "Zé Carlos", "Antônio": "Toninho", "Francisco": "Chico", "Raimundo": "Mundinho",
        "Sebastião": "Tião", "Francisca": "Chica", "Raimunda": "Mundica", "Maria José": "Zezé",
        "Maria das Graças": "Gracinha", "Quitéria": "Teteia", "Epaminondas": "Nonda", "Hermenegildo": "Gildo",
        "Luiz Fernando": "Nando", "Paulo Roberto": "Paulinho", "Deusdedit": "Dedé", "Franciscleudo": "Cleudo",
        "Valdomiro": "Miro", "Edileuza": "Leuza", "Leocádio": "Cadinho", "Antônia": "Toinha", "João Victor": "JV",
        "Gildásio": "Gil", "Sebastiana": "Bastiana", "Aldenora": "Nora", "Eduardo": "Dudu", "Bento": "Bentinho"}
FOREIGN = {
    "it": (["Giuliana", "Rafaella", "Antonella"], ["Giuseppe", "Domenico", "Massimo"],
           ["Tedesco", "Zanella", "Pasqualotto", "Dal Pizzol", "Bonatto", "Menegotto", "Valduga"]),
    "de": (["Ingrid", "Hildegard", "Anelise"], ["Gunther", "Arno", "Reinhold"],
           ["Wachholz", "Kleinschmidt", "Rückert", "Hasenack", "Boldt", "Bergmann"]),
    "jp": (["Keiko", "Yumi", "Harumi"], ["Massao", "Tadashi", "Noboru"],
           ["Nakamura", "Higa", "Shimabukuro", "Yoshida", "Kaneshiro", "Tanaka"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Habib", "Salim", "Jorge Elias"],
           ["Saad", "Jafet", "Buarque Atallah", "Rahal", "Kalil", "Zogbi"]),
    "kr": (["Soo-jin", "Eun-ji"], ["Dong-hyun", "Min-ho"], ["Park", "Lee", "Kang", "Shin"]),
    "cn": (["Mei", "Ling"], ["Wei", "Jun"], ["Wang", "Liang", "Huang", "Zheng"]),
    "ht": (["Mirlène", "Nadège", "Fabiola"], ["Jean-Robert", "Wisly", "Ronald"],
           ["Pierre-Louis", "Jean-Baptiste", "Altidor", "Saintil", "Estimé"]),
    "ao": (["Wandi", "Ngueve"], ["Kalunga", "Mbemba"], ["Kapinga", "Nsimba", "Muondo", "Lutonadio"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Babacar", "Moustapha", "Abdoulaye"],
           ["Mbaye", "Seck", "Thiam", "Faye", "Cissé"]),
    "bo": (["Marisol", "Eulalia", "Nayeli"], ["Evo", "Wilfredo", "Grover"],
           ["Mamani", "Condori", "Choque", "Quispe Huanca", "Limachi"]),
    "in": (["Moema", "Potira", "Jaciara"], ["Raoni", "Ubirajara", "Kauê"],
           ["Guajajara", "Terena", "Pataxó", "Tikuna", "Baniwa"]),
    "jw": (["Sara", "Miriam", "Esther"], ["Moisés", "Jacó", "Benjamin"],
           ["Rozenblit", "Goldfarb", "Szajnbrum", "Lerner"]),
    "pl": (["Jadwiga", "Halina"], ["Kazimierz", "Stanisław"], ["Wójcik", "Kowalczuk", "Zaremba"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "pl", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(FOREIGN["de"][2] + FOREIGN["it"][2] + FOREIGN["ar"][2] + FOREIGN["jp"][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Conceição", "Paz", "Mangueira", "Graça"}
DO_SUR = {"Nascimento", "Jardim", "Carmo"}
DOS_SUR = {"Santos", "Anjos"}
DAS_SUR = {"Neves", "Chagas"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    if surname in DAS_SUR:
        return "das"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "24", "27", "28", "31", "32", "34",
        "35", "38", "41", "42", "43", "44", "47", "48", "49", "51", "53", "54", "55", "61", "62", "63", "65",
        "66", "67", "68", "69", "71", "73", "75", "77", "79", "81", "82", "83", "84", "85", "86", "87", "88",
        "89", "91", "92", "93", "94", "95", "96", "97", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Largo", "Vila", "Ladeira", "Rodovia"]
STREET_NAMES = ["das Flores", "Aurora", "Barão de Mauá", "Bento Gonçalves", "Prudente de Morais", "Rosa e Silva",
                "Luz do Sol", "Vitória Régia", "Doutor Amado Guedelha", "Padre Cícero", "Sete de Setembro",
                "Marechal Deodoro", "Tiradentes", "Coronel Otoniel Tabosa", "Professora Laudelina Sucupira",
                "Dom Bosco", "José Bonifácio", "Visconde de Taunay", "Ipiranga", "Floriano Peixoto",
                "das Acácias", "dos Ipês", "Treze de Maio", "Castro Alves", "Pedro Álvares Cabral",
                "Irmã Dulce", "Getúlio Vargas", "Santa Rita", "do Rosário", "Serafim Jatobá", "Paz Celeste",
                "Manoel Leal", "Joaquim Nabuco", "Almirante Barroso", "Cel. Benevides Catunda", "Leocádio Mourão",
                "Projetada 4", "B", "29"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Vitória da Conquista", "BA"),
          ("Rio Branco", "AC"), ("Aurora", "CE"), ("Flores da Cunha", "RS"), ("São Bento do Sul", "SC"),
          ("Campina Grande", "PB"), ("Mossoró", "RN"), ("Caruaru", "PE"), ("Feira de Santana", "BA"),
          ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Governador Valadares", "MG"), ("Sorocaba", "SP"),
          ("Bauru", "SP"), ("Franca", "SP"), ("Santos", "SP"), ("Cascavel", "PR"), ("Ponta Grossa", "PR"),
          ("Chapecó", "SC"), ("Blumenau", "SC"), ("Passo Fundo", "RS"), ("Santa Maria", "RS"),
          ("Anápolis", "GO"), ("Imperatriz", "MA"), ("Teresina", "PI"), ("Santarém", "PA"), ("Manaus", "AM"),
          ("Cuiabá", "MT"), ("Campo Grande", "MS"), ("Aracaju", "SE"), ("Maceió", "AL"), ("Niterói", "RJ"),
          ("Volta Redonda", "RJ"), ("Cachoeiro de Itapemirim", "ES"), ("Porto Velho", "RO"), ("Luz", "MG"),
          ("Paz de Ariporá", "RO")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "Bela Vista", "Alto da Luz", "Parque Prudente", "Boa Vista",
           "Jardim das Flores", "Vila Bento", "Santa Luzia", "Cidade Alta", "Conjunto Paz", "São José"]
CIDS = ["F41.1", "F32.2", "G47.0", "F90.0", "E11.9", "I10", "L70.0", "E66.9", "G40.3", "F20.0", "M54.5",
        "J45.9", "R51", "T88.7", "L50.0", "T78.4", "K29.7", "N39.0", "F17.2", "G43.9", "B35.1", "E03.9"]

# medicines of the Portaria SVS/MS 344/1998 lists (with the list) and others
CONTROLADOS = [("Clonazepam 2 mg", "B1", "cp"), ("Alprazolam 0,5 mg", "B1", "cp"), ("Zolpidem 10 mg", "B1", "cp"),
               ("Diazepam 10 mg", "B1", "cp"), ("Bromazepam 3 mg", "B1", "cp"), ("Sibutramina 15 mg", "B2", "cáps"),
               ("Metilfenidato 10 mg", "A3", "cp"), ("Lisdexanfetamina 30 mg", "A3", "cáps"),
               ("Morfina 10 mg", "A1", "cp"), ("Oxicodona 10 mg", "A1", "cp"), ("Tramadol 50 mg", "A2", "cáps"),
               ("Codeína 30 mg + Paracetamol", "A2", "cp"), ("Fluoxetina 20 mg", "C1", "cáps"),
               ("Sertralina 50 mg", "C1", "cp"), ("Escitalopram 10 mg", "C1", "cp"), ("Amitriptilina 25 mg", "C1", "cp"),
               ("Quetiapina 25 mg", "C1", "cp"), ("Pregabalina 75 mg", "C1", "cáps"), ("Carbamazepina 200 mg", "C1", "cp"),
               ("Isotretinoína 20 mg", "C2", "cáps"), ("Venlafaxina 75 mg", "C1", "cáps"), ("Gabapentina 300 mg", "C1", "cáps")]
ANTIMICROBIANOS = ["Amoxicilina 500 mg", "Azitromicina 500 mg", "Cefalexina 500 mg", "Ciprofloxacino 500 mg",
                   "Amoxicilina + Clavulanato 875 mg", "Nitrofurantoína 100 mg", "Sulfametoxazol + Trimetoprima"]
POPULAR = ["Losartana potássica 50 mg", "Cloridrato de metformina 850 mg", "Glibenclamida 5 mg",
           "Hidroclorotiazida 25 mg", "Atenolol 25 mg", "Sinvastatina 20 mg", "Insulina humana NPH 100 UI/ml",
           "Sulfato de salbutamol 100 mcg", "Brometo de ipratrópio 0,25 mg/ml", "Captopril 25 mg",
           "Propranolol 40 mg", "Alendronato de sódio 70 mg", "Fralda geriátrica G", "Dapagliflozina 10 mg"]
LIVRES = ["Dipirona 1 g", "Loratadina 10 mg", "Omeprazol 20 mg", "Vitamina D3 2.000 UI", "Soro fisiológico 0,9%",
          "Protetor solar FPS 50", "Ibuprofeno 600 mg", "Paracetamol 750 mg", "Fio dental 50 m", "Dorflex 36 cp",
          "Termômetro digital", "Tiras glicemia c/50", "Shampoo anticaspa", "Fralda infantil XG"]
FORMULAS = ["Minoxidil 5% loção capilar 100 ml", "Finasterida 1 mg — 90 cáps", "Melatonina 3 mg — 60 cáps",
            "Vitamina D3 50.000 UI — 8 cáps", "Hidroquinona 4% creme 30 g", "Ácido retinoico 0,05% creme 30 g",
            "Cafeína 200 mg + Taurina 500 mg — 60 cáps", "Omega 3 1 g — 120 cáps", "Metformina 500 mg XR — 60 cáps",
            "Cloreto de magnésio 300 mg — 60 cáps", "Tadalafila 5 mg — 30 cáps", "Base Lanette + ureia 10% 200 g",
            "Água de flor de laranjeira 100 ml", "Tintura de própolis 30 ml", "Fluoxetina 10 mg — 30 cáps (C1)",
            "Topiramato 25 mg — 60 cáps (C1)", "Naltrexona 4,5 mg — 30 cáps", "Óleo de rosa mosqueta 30 ml"]
FARMACIAS = ["Drogaria Bento Rosa Ltda", "Farmácia Luz Divina", "Drogaria Aurora do Vale", "Farmácia Prudente",
             "Drogarias Flor do Campo", "Farmácia São Bento", "Drogaria Vitória Popular", "Farmácia da Paz",
             "Drogaria Amado & Tabosa", "Farmácia Celeste", "Drogaria Itaparica", "Rede Farmabem",
             "DrogaMais Brito", "Farmácia Nóbrega & Filhos", "Drogaria Carneiro Leal"]
MANIPULACAO = ["Botica Rosa Mosqueta", "Pharmalux Manipulação", "Fórmula Amado Farmácia de Manipulação",
               "Manipulação Jatobá", "Farmácia Verde Flor Manipulados", "Alquimia Taquari", "Officina Branco Manipulação",
               "Dermapharma Celeste"]
LABS = ["EMS", "Eurofarma", "Medley", "Aché", "Germed", "Prati-Donaduzzi", "Cristália", "Libbs", "Sandoz",
        "Biolab", "Teuto", "Neo Química", "Torrent"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6"),
         ("212", "Original"), ("290", "PagSeguro")]


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
        if self.given.startswith(("Maria d", "Ana ", "João ", "José ", "Jorge ", "Jean-")) and " " in self.given:
            return self.given
        return self.given.split()[0]

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1]

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def caps(self) -> str:
        return fold(self.full).upper()

    @property
    def caps_acc(self) -> str:
        return self.full.upper()

    @property
    def low(self) -> str:
        return fold(self.full).lower()

    @property
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return fold(f"{' '.join(sur)}, {self.given}").upper()

    @property
    def inverted_title(self) -> str:
        return f"{self.last.upper()}, {self.given}"

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def initials(self) -> str:
        return "".join(w[0] for w in self.full.split() if w not in PARTICLES).upper()

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "caps_acc": p.caps_acc, "low": p.low,
            "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
            "lowshort": fold(p.short).lower(), "plain": fold(p.full)}[form]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length."""
        while True:
            v = str(self.rng.randint(1, 9)) + self.d(n - 1)
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
            return v

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
            origin = "pt" if rng.random() < 0.68 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.1:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.45:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(PT_F if female else PT_M)
            if rng.random() < 0.1 and " " not in given:
                second = self.pick(RARE_F + WORD_F if female else RARE_M + PT_M).split()[0]
                if second != given:
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames) else self.surname()
                if s not in surnames:
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.05:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn"):
                given = self.pick(PT_F + RARE_F if female else PT_M + RARE_M)
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.45:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}",
                          f"{f}-{l}", f"{f}{self.rng.randint(1960, 2005)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br"])
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
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}",
                "dash": f"{n[:9]}-{n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def masked_cpf(self) -> str:
        n = self.cpf_digits()
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***{n[3:9]}**",
                          f"***.***.{n[6:9]}-{n[9:]}"])

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01", "0002"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003", "0014"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self, style: str | None = None) -> str:
        b = self.d(8)
        n = b + rg_sp_dv(b)
        style = style or self.pick(["dot", "dot", "raw"])
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n

    def cnh(self) -> str:
        while True:
            b = str(self.rng.randint(0, 9)) + self.d(8)
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
        uf = f"{self.rng.randint(1, 28):02d}"
        n = b + uf + titulo_dv(b, uf)
        spaced = self.chance(0.5) if spaced is None else spaced
        return f"{n[:4]} {n[4:8]} {n[8:]}" if spaced else n

    def cns_digits(self) -> str:
        while True:
            b = self.pick("789") + self.d(13)
            last = -sum(int(c) * w for c, w in zip(b, range(15, 1, -1))) % 11
            if last < 10:
                return b + str(last)

    def cns(self, spaced: bool | None = None) -> str:
        n = self.cns_digits()
        spaced = self.chance(0.5) if spaced is None else spaced
        return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if spaced else n

    def cep(self, dash: bool = True) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        if dash is None:
            return f"{n[:2]}.{n[2:5]}-{n[5:]}"
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "par", "plus", "plain", "e164", "raw", "dash", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "wa": f"+55 {ddd} {h}-{t}", "zero": f"0{ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        b = brand or self.pick(["4", "5", "5", "6", "3"])
        if b == "3":  # Amex, 15 digits, 4-6-5
            body = self.pick(["34", "37"]) + self.d(12)
            n = body + luhn_dv(body)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        if b == "6":
            b = self.pick(["6062", "6363", "5067", "6504"])  # Hipercard, Elo
        b += self.d(15 - len(b))
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        n = self.card(False, self.pick(["4", "5"]))
        return self.pick([f"{n[:6]}******{n[-4:]}", f"**** **** **** {n[-4:]}", f"{n[:4]} **** **** {n[-4:]}",
                          f"final {n[-4:]}", f"XXXX-XXXX-XXXX-{n[-4:]}"])

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
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def bank(self) -> tuple[str, str]:
        return self.pick(BANKS)

    def ip(self, v6: bool = False) -> str:
        if v6:
            return f"2804:{self.hexs(4).lstrip('0') or '1'}:{self.hexs(4).lstrip('0') or '2'}:{self.hexs(3)}::{self.hexs(2)}"
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168, 181])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        if t in ("Vila", "Largo", "Praça") and name in ("B", "29", "Projetada 4"):
            t = "Rua"
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"sala {self.rng.randint(101, 910)}", f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}",
                          f"ap. {self.rng.randint(11, 99)}", "casa B", f"lote {self.rng.randint(1, 40)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        if style == "spoken":
            s = f"{t} {name} " + ("sem número" if num == "s/n" else f"número {num}") + (f" {comp}" if comp else "")
            return s.lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr.", "Praça": "Pç."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1938, hi: int = 2007) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def period(self) -> tuple[str, str]:
        """Two ordered dates of one month, dd/mm/yyyy."""
        y, m = self.pick([2024, 2025, 2025, 2026]), self.rng.randint(1, 12)
        a, b = sorted(self.rng.sample(range(1, 29), 2))
        return fmt_date(a, m, y, "br"), fmt_date(b, m, y, "br")

    def hm(self) -> str:
        return f"{self.rng.randint(7, 22):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 7 * 3600, hi: int = 22 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 5, hi: int = 5000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "5.02", "5.15", "8.19", "4.03", "8.13", "8.21", "8.06"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"SAC-{self.d(7)}", f"ATD{self.d(10)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 189999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}", f"CRF-{uf} nº {dotted}", f"CRF {uf} {dotted}",
                              f"CRF/{uf} {dotted}"])
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {n}"])
        if kind == "CRMV":
            return self.pick([f"CRMV-{uf} {n}", f"CRMV/{uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {dotted}"])

    def prescriber_council(self, uf: str | None = None) -> str:
        return self.council(self.pick(["CRM"] * 7 + ["CRO", "CRMV"]), uf)

    # ----------------------------------------------------------------- register-specific negatives
    def lote(self) -> str:
        return self.pick([f"{self.alnum(2)}{self.d(4)}", f"L{self.d(6)}", f"{self.d(6)}{self.pick('ABCDEF')}",
                          f"{self.alnum(3)}{self.d(3)}/{self.d(2)}"])

    def registro_ms(self) -> str:
        return f"1.{self.d(4)}.{self.d(4)}.{self.d(3)}-{self.d(1)}"

    def ean(self) -> str:
        b = "789" + self.d(9)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
        return b + str(-s % 10)

    def notif_receita(self, lista: str, uf: str) -> str:
        return self.pick([f"{uf} {self.d(7)}", f"{lista[0]}{uf}{self.d(8)}", f"{self.d(8)}", f"Nº {self.d(7)}-{lista}"])

    def afe(self) -> str:
        return f"{self.pick('7123')}.{self.d(2)}.{self.d(4)}-{self.d(1)}"

    def nsu(self) -> str:
        return self.d(self.pick([6, 9, 12]))

    def chave_nfe(self) -> str:
        return self.d(44)


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "mes": f"{dd:02d}/{MESES3[mm - 1]}/{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("li", "h"), ("e", "c"), ("í", "i"), ("ã", "a"),
               ("ç", "c"), ("é", "e"), ("I", "l"), ("n", "ri"), ("u", "ii"), ("a", "o"), ("t", "l")]
OCR_DIGITS = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I"), ("0", "o")]
OCR_UNDO = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "|": "1"})


def ocr(s: str, g: Gen, rate: float = 0.35, digits: bool = False) -> str:
    """Apply up to two OCR confusions: letters in names and words, digit/letter in identifiers."""
    table = OCR_DIGITS if digits else OCR_LETTERS
    for _ in range(2):
        if not g.chance(rate * (2 if digits else 1)):
            continue
        opts = [(a, b) for a, b in table if a in s]
        if not opts:
            continue
        a, b = g.pick(opts)
        idx = [m.start() for m in re.finditer(re.escape(a), s)]
        i = g.pick(idx)
        s = s[:i] + b + s[i + len(a):]
    return s


def jstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


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
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span,
        a (value, None) tuple or a plain value is text."""
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
        pad = " " * max(0, width - len(s))
        if right:
            self.t(pad)
        self.e(s, label)
        if not right:
            self.t(pad)
        return self


def P(s: str):
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def L(s: str, label: str | None) -> tuple:
    return (s, label)


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "ascii") -> None:
    """Fixed-width table: 'ascii' (+---+ rulers), 'dash' (header and a dashed rule), 'plain' (spaces only)."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    if style == "ascii":
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
    else:
        sep = "  " if style == "plain" else " | "
        doc.t(sep.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        if style == "dash":
            doc.t(sep.replace(" ", "-").replace("|", "+").join("-" * w for w in widths) + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                if k:
                    doc.t(sep)
                if k == len(r) - 1:
                    doc.e(v, lab)
                else:
                    doc.cell(v, w, lab)
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


def table_csv(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ",", quote_all: bool = False) -> None:
    if cols:
        doc.t(sep.join(f'"{c}"' if quote_all else c for c in cols) + "\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(sep)
            q = quote_all or sep in v or '"' in v or "\n" in v
            if q:
                doc.t('"')
            doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", fold(s).lower())


WORD_USES = ["conservar ao abrigo da luz e umidade", "comprimido revestido rosa", "pó branco cristalino",
             "seria prudente reavaliar a dose", "água de flor de laranjeira", "campanha do Outubro Rosa",
             "frasco âmbar com tampa branca", "a conta de luz da loja subiu", "a vitória na liminar foi parcial",
             "turno da aurora (abertura às 6h)", "cartão em branco", "sabonete de rosa mosqueta"]


def pharma(g: Gen) -> str:
    return g.pick(FARMACIAS)


# =========================================================================== atendimento


def at_adesao(g: Gen) -> Doc:
    """Scanned paper form of adhesion to a drugstore loyalty programme ("desconto no CPF")."""
    doc = Doc()
    scan = g.chance(0.5)
    c = g.person(word=g.chance(0.15))
    loja = pharma(g)
    prog = g.pick(["Clube Viva+", "Programa Sempre Bem", "Cartão Fidelidade Saúde Total", "Clube do Desconto"])
    O = (lambda s: ocr(s, g)) if scan else (lambda s: s)
    OD = (lambda s: ocr(s, g, 0.3, digits=True)) if scan else (lambda s: s)
    city, uf = g.city()
    doc.f("«loja»\n«prog» — FICHA DE ADESÃO Nº «n»     Loja «lj» · «city»/«uf»\nCNPJ «cnpj»   AFE «afe»\n",
          loja=loja.upper() if scan else loja, prog=prog, n=g.d(6), lj=g.d(3), city=city, uf=uf,
          cnpj=(g.cnpj(), "BR_CNPJ"), afe=g.afe())
    doc.t("_" * 58 + "\n" if scan else "-" * 58 + "\n")
    name = g.pick([c.caps, c.caps, c.full])
    doc.f("Nome completo: «n»\nCPF: «cpf»      RG: «rg»  Órgão exp.: SSP/«uf»\nData de nascimento: «dob»     Sexo: («f») F («m») M\n",
          n=P(O(name)), cpf=(OD(g.cpf()), "BR_CPF"), rg=(g.rg(), "BR_RG"), uf=g.pick(UFS),
          dob=(g.dob(g.pick(["br", "br", "short", "nopad"])), "DATE_OF_BIRTH"),
          f="X" if c.female else " ", m=" " if c.female else "X")
    doc.f("Celular/WhatsApp: «cel»    Tel. fixo: «fixo»\nE-mail: «mail»\n", cel=(g.phone(), "PHONE_NUMBER"),
          fixo=(g.phone(mobile=False), "PHONE_NUMBER") if g.chance(0.4) else "—",
          mail=(g.email(c), "EMAIL_ADDRESS") if g.chance(0.8) else g.pick(["não possui", "—", "(não tem)"]))
    doc.f("Endereço: «addr»   Bairro: «b»\nCidade/UF: «city»/«uf»   CEP: «cep»\n",
          addr=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(g.pick([True, True, False])), "BR_CEP"))
    meds = g.rng.sample(POPULAR + LIVRES[:4], g.ri(1, 3))
    doc.f("Uso contínuo (opcional): «m»\n", m=", ".join(meds))
    if g.chance(0.7):
        doc.t("Dependentes (compras no CPF do titular):\n")
        for k in range(g.ri(1, 3)):
            dep = g.relative(c)
            doc.f("  «k») «n» — nasc. «dob» — «par» — CPF «cpf»\n", k=k + 1, n=P(O(g.pick([dep.full, dep.caps]))),
                  dob=(g.dob("br", 1950, 2020), "DATE_OF_BIRTH"), par=g.pick(["filho(a)", "cônjuge", "mãe", "pai", "neto(a)"]),
                  cpf=(g.cpf(), "BR_CPF") if g.chance(0.6) else "não informado")
    doc.f("[X] Autorizo o tratamento dos meus dados pessoais para fins do programa, nos termos da Lei 13.709/2018 (LGPD)\n"
          "[«o»] Aceito receber ofertas por SMS/WhatsApp    [ ] Aceito compartilhamento com laboratórios parceiros (PBM)\n",
          o=g.pick(["X", " "]))
    att = g.person()
    doc.f("Cartão nº «card»  (entregue na hora)\nAtendente: «a»   Matr. «mat»   Data: «d»\nAssinatura do cliente: «sig»\n",
          card=f"{g.d(4)} {g.d(4)} {g.d(5)}", a=P(O(name_form(g, att, ["full", "short", "first", "caps"]))), mat=g.d(5),
          d=g.date("br"), sig=g.pick(["________________", "[assinatura ilegível]", f"({c.first.lower()})"]))
    if scan:
        doc.t(g.pick(["\n[carimbo] CADASTRADO NO SISTEMA\n", "\n-- pág. 1/1 -- digitalizado\n", "\n(verso em branco)\n"]))
    return doc


def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp export of a home-delivery order between a customer and the drugstore's number."""
    doc = Doc()
    c = g.person()
    att = g.person(female=g.chance(0.7))
    moto = g.person(female=False)
    loja = pharma(g)
    cphone = g.phone("wa")
    named = g.chance(0.5)
    csender = (name_form(g, c, ["full", "short", "first", "nick"]), "PERSON") if named else (cphone, "PHONE_NUMBER")
    shop = f"{loja} Delivery"
    d = g.date("short")
    ts = g.times(14, 8 * 3600, 21 * 3600)
    it = iter(ts)
    bracket = g.chance(0.5)

    def line(sender, msg_template, **kw):
        t = next(it)
        if bracket:
            doc.t(f"[{d} {t}] ")
        else:
            doc.t(f"{d} {t} - ")
        if isinstance(sender, tuple):
            doc.e(*sender)
        else:
            doc.t(sender)
        doc.t(": ")
        doc.f(msg_template, **kw)
        doc.t("\n")

    med = g.pick(CONTROLADOS[:6] + [(m, "ATB", "cp") for m in ANTIMICROBIANOS])
    line(csender, g.pick(["boa tarde, vcs entregam «m»? tenho a receita", "oi! preciso de «m» e um «l», entrega hj?",
                          "Bom dia. Gostaria de saber o valor do «m» para entrega"]), m=med[0].split(" ")[0].lower(), l=g.pick(LIVRES).lower())
    line(shop, "Olá! Aqui é «a», da «loja» 😊 Entregamos sim. Por ser medicamento «t», o motoboy precisa recolher a receita "
         "original (2ª via fica retida). Pode me mandar foto da receita, nome completo e CPF?", a=P(att.first), loja=loja,
         t="controlado" if med[1] != "ATB" else "antimicrobiano")
    line(csender, "IMG-«d»-WA«n».jpg (arquivo anexado)", d=g.date("compact"), n=g.d(4))
    who = g.chance(0.35)
    pat = g.relative(c) if who else c
    if who:
        line(csender, "a receita é da minha «r» «n», o cpf é «cpf» e o meu é «cpf2»", r=g.pick(["mãe", "sogra", "avó", "esposa"]) if pat.female else g.pick(["pai", "sogro", "avô", "marido"]),
             n=P(g.pick([pat.full, pat.low])), cpf=(g.cpf(), "BR_CPF"), cpf2=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    else:
        line(csender, "«n» cpf «cpf»", n=P(g.pick([c.full, c.low, c.caps])), cpf=(g.cpf(g.pick(["raw", "dot", "sp"])), "BR_CPF"))
    doc_ = g.person()
    line(shop, "Recebi! Receita d«x» «p», «cons». Qual o endereço de entrega?", x="a Dra." if doc_.female else "o Dr.",
         p=P(g.pick([doc_.full, doc_.short])), cons=(g.prescriber_council(), "PROFESSIONAL_ID"))
    line(csender, "«a» «b» «ref»", a=(g.address(g.pick(["low", "spoken", "text"])), "ADDRESS"), b=g.pick(BAIRROS).lower(),
         ref=g.pick(["portão rosa do lado da padaria", "perto do posto", "cep «cep»", "interfone não funciona, liga q eu desço"]).replace("«cep»", g.cep()))
    total = g.money(25, 480)
    pix = g.uuid()
    line(shop, "Total R$ «t» com o desconto do CPF (já cadastrado no Clube). Pix chave aleatória: «pix» ou cartão na maquininha",
         t=total, pix=(pix, "PIX_KEY"))
    if g.chance(0.35):
        line(csender, "nao tenho pix, pode passar no cartao? «c» val «v» (o codigo de tras te falo por audio)",
             c=(g.card(g.chance(0.5), g.pick(["4", "5", "6"])), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}")
        line(shop, "Por segurança não passamos cartão digitado por aqui 🙏 O motoboy leva a maquininha. Apague a mensagem com o número, tá?")
    else:
        line(csender, g.pick(["vou pagar no pix", "manda a maquininha", "pix feito"]))
    if g.chance(0.6):
        line(csender, "comprovante_pix_«d».pdf (arquivo anexado)", d=g.d(8))
    line(shop, "Pedido «o» separado ✅ Saiu com o «m», moto placa «pl», previsão «min» min", o=f"#{g.d(6)}",
         m=P(g.pick([moto.first, moto.nick, moto.short])), pl=(g.plate(), "LICENSE_PLATE"), min=g.ri(20, 60))
    if g.chance(0.3):
        line(csender, "se eu n estiver pode deixar com a vizinha, dona «v»", v=P(g.pick(WORD_F + [g.person(female=True).first])))
    line(shop, "Entregue ✔️ Receita recolhida. Qualquer coisa chama aqui ou no «tel». Obrigad«o»!", tel=(g.phone(mobile=False), "PHONE_NUMBER"), o=att.o)
    if named:
        doc.f("\n(contato salvo como «n» — «p»)\n", n=P(csender[0]), p=(cphone, "PHONE_NUMBER"))
    return doc


def at_app_ticket(g: Gen) -> Doc:
    """Helpdesk ticket opened from the delivery app, with internal notes of the agents."""
    doc = Doc()
    c = g.person()
    ag1, ag2 = g.person(), g.person()
    moto = g.person(female=g.chance(0.2))
    tid = g.d(7)
    loja = pharma(g)
    doc.f("Ticket #«t» · «s» · Prioridade «p»\nCanal: App «loja» (Android «v»)\nSolicitante: «n» <«m»>\n",
          t=tid, s=g.pick(["Aberto", "Pendente", "Resolvido"]), p=g.pick(["Normal", "Alta", "Urgente"]),
          loja=loja.split()[1] if len(loja.split()) > 1 else loja, v=g.ri(10, 15),
          n=P(g.pick([c.full, c.short])), m=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("Atribuído a: «a» (Suporte N1)\nTags: entrega, «tag»\n\n", a=P(ag1.full), tag=g.pick(["atraso", "item_errado", "cobranca_duplicada", "receita_retida", "entregue_outra_pessoa"]))
    doc.t("--- Dados do pedido (preenchido automaticamente) ---\n")
    rows = [("Pedido", V(f"{g.pick(['PED', 'APP', ''])}{g.d(8)}")), ("CPF na nota", (g.cpf(), "BR_CPF")),
            ("Celular", (g.phone(g.pick(["e164", "par", "raw"])), "PHONE_NUMBER")),
            ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
            ("Pagamento", V(f"Cartão crédito {g.masked_card()}")), ("Valor", V(f"R$ {g.money(30, 900)}")),
            ("IP", (g.ip(g.chance(0.2)), "IP_ADDRESS")), ("Entregador", P(g.pick([moto.full, moto.short]))),
            ("Placa", (g.plate(), "LICENSE_PLATE"))]
    g.rng.shuffle(rows[5:8])
    for k, v in rows:
        doc.f("«k»: «v»\n", k=k, v=v)
    doc.t("\n")
    a1, a2 = g.times(2)
    doc.f("[«t1»] «n» escreveu:\n«msg»\n\n", t1=a1, n=P(name_form(g, c, ["first", "full", "short"])),
          msg=g.pick(["Comprei pelo app o remédio da minha mãe e chegou outro, veio genérico de outro laboratório. Quero troca.",
                      "O pedido foi cobrado duas vezes no cartão!!! quero estorno",
                      "O motoboy disse que entregou mas ninguém recebeu nada aqui. O porteiro não viu.",
                      "Faz 3 horas e nada do pedido. O app mostra 'saiu para entrega' desde meio dia."]))
    doc.f("[«t2»] Nota interna — «a»: liguei p/ loja, falei c/ a gerência. «w» Repassado p/ N2 (fila «b»).\n",
          t2=a2, a=P(ag1.first), b=g.pick(["logistica", "financeiro", "lojas-sul", "qualidade"]),
          w=g.pick(["Entregador confirma entrega às " + g.hm() + " com foto do portão.", "Estorno solicitado à adquirente, NSU " + g.nsu() + ".",
                    "Item trocado por erro de separação, lote " + g.lote() + ".", "Seria prudente ligar p/ cliente antes de estornar."]))
    doc.f("[«t»] Suporte N2: Olá, «n»! «r» Protocolo «p».\n— «b2», Atendimento «loja»\n",
          t=g.hm(), n=P(c.first), p=g.protocol(), b2=P(ag2.short), loja=loja,
          r=g.pick(["O estorno cai em até 2 faturas.", "Já agendamos a troca para amanhã entre 9h e 12h.",
                    "Abrimos investigação com o parceiro logístico."]))
    return doc


def at_manipulacao(g: Gen) -> Doc:
    """Order/quote of a compounding pharmacy, printed by its system."""
    doc = Doc()
    c = g.person()
    pres = g.person()
    farm = g.person()
    conf = g.person()
    nome = g.pick(MANIPULACAO)
    doc.f("«nome»\nCNPJ: «cnpj»  Tel.: «tel»\n«rule»\nORÇAMENTO / ORDEM DE MANIPULAÇÃO  Nº «n»   Emissão: «d» «h»\n",
          nome=nome.upper(), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), tel=(g.phone(mobile=False), "PHONE_NUMBER"),
          rule="=" * 60, n=f"{g.d(6)}-{g.ri(1, 9)}", d=g.date("br"), h=g.hm())
    doc.f("Cliente: «c»   Cód. «cod»\nFone: «f»   Nasc.: «dob»\nPrescritor: «p» — «crm»\n",
          c=P(g.pick([c.caps, c.full])), cod=g.d(6), f=(g.phone(), "PHONE_NUMBER"),
          dob=(g.dob("br"), "DATE_OF_BIRTH"), p=P(g.pick([pres.full, pres.caps, pres.short])), crm=(g.prescriber_council(), "PROFESSIONAL_ID"))
    doc.t("-" * 60 + "\n")
    total = 0.0
    for k in range(g.ri(1, 4)):
        f = g.pick(FORMULAS)
        v = g.ri(30, 380) + g.ri(0, 99) / 100
        total += v
        doc.f("«k» «f»\n    Posologia: «pos»\n    Req. «rq»  Lote int. «lt»     R$ «v»\n", k=f"{k + 1:02d}", f=f,
              pos=g.pick(["1 cáps à noite", "aplicar 1 ml no couro cabeludo 2x/dia", "1 cáps 1x/semana", "usar à noite, proteger da luz",
                          "1 cáps ao dia em jejum", "aplicar fina camada nas manchas"]), rq=g.d(7), lt=g.lote(),
              v=f"{v:.2f}".replace(".", ","))
    doc.f("-" * 60 + "\nTOTAL R$ «t»   Sinal 50% via Pix (chave «pix»)\n", t=f"{total:.2f}".replace(".", ","),
          pix=(g.uuid(), "PIX_KEY"))
    if g.chance(0.6):
        doc.f("Entrega: «a» — «b» — CEP «cep»\n", a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"))
    else:
        doc.t("Retirada no balcão. Previsão: " + g.date("br") + " após 16h\n")
    doc.f("Farmacêutic«o» responsável: «f» — «crf»\nConferência: «cf»   Pesagem: «pe»\n", o=farm.o,
          f=P(farm.full), crf=(g.council("CRF"), "PROFESSIONAL_ID"), cf=P(g.pick([conf.first, conf.short])),
          pe=g.pick(["balança 2", "op. " + login(g.person()), "bal. analítica 01"]))
    doc.t(g.pick(["Validade da fórmula: 90 dias. Conservar ao abrigo da luz.\n", "Fórmulas C1 exigem retenção da receita (Portaria 344/98).\n",
                  "Não aceitamos devolução de manipulados (produto personalizado).\n"]))
    return doc


def at_sac_email(g: Gen) -> Doc:
    """E-mail thread with the chain's SAC about a discount not applied or deletion of loyalty data."""
    doc = Doc()
    c = g.person()
    an = g.person()
    gerente = g.person()
    loja = pharma(g)
    dom = slug(loja.split()[1] if len(loja.split()) > 1 else loja)[:12] + ".com.br"
    cm = g.email(c)
    doc.f("De: «n» <«m»>\nPara: sac@«dom»\nData: «d» «h»\nAssunto: «s»\n\n", n=P(g.pick([c.full, c.low, c.short])),
          m=(cm, "EMAIL_ADDRESS"), dom=dom, d=g.date("br"), h=g.hm(),
          s=g.pick(["Desconto no CPF não aplicado", "Excluir meu cadastro", "Reclamação atendimento loja", "Cobrança indevida"]))
    kind = g.pick(["desconto", "exclusao", "desconto"])
    if kind == "desconto":
        doc.f("Prezados,\nno dia «d» comprei na loja da «rua» «med» e a atendente («a») disse que o desconto do programa não entrou "
              "porque meu CPF «cpf» \"não estava ativo\". Sou cadastrad«o» desde «ano». Cupom fiscal nº «cf», valor R$ «v».\n"
              "Peço o reembolso da diferença.\n«sig»\n«tel»\n\n",
              d=g.date("br"), rua=g.pick(["Av. Getúlio Vargas", "Rua Barão de Mauá", "Praça da Luz", "Avenida Bento Gonçalves"]),
              med=g.pick(POPULAR + LIVRES), a=P(g.person(female=True).first),
              cpf=(g.cpf(), "BR_CPF"), o=c.o, ano=g.ri(2012, 2023), cf=g.d(6), v=g.money(20, 400),
              sig=P(g.pick([c.full, c.first])), tel=(g.phone(), "PHONE_NUMBER"))
    else:
        doc.f("Boa tarde. Solicito a exclusão dos meus dados do programa de fidelidade e que parem de compartilhar com laboratórios, "
              "conforme art. 18 da Lei 13.709/2018. CPF «cpf», nascid«o» em «dob». Recebo SMS no «tel» todo dia.\n"
              "Att,\n«sig»\n\n", cpf=(g.cpf(), "BR_CPF"), o=c.o, dob=(g.dob(), "DATE_OF_BIRTH"), tel=(g.phone(), "PHONE_NUMBER"),
              sig=P(c.full))
    ae = corp_mail(an, dom)
    doc.f("De: «a» <«am»>\nPara: «m»\nCc: «g» <«gm»>\nAssunto: RE: protocolo «p»\n\n",
          a=P(an.full), am=(ae, "EMAIL_ADDRESS"), m=(cm, "EMAIL_ADDRESS"), g=P(gerente.short),
          gm=(corp_mail(gerente, dom), "EMAIL_ADDRESS"), p=g.protocol())
    if kind == "desconto":
        doc.f("Olá, «n»!\nVerificamos que o CPF informado na compra foi «bad» (dígito trocado na digitação do PDV), por isso o "
              "desconto não foi aplicado. Já creditamos R$ «v» no seu saldo do Clube. A gerência da loja vai orientar a equipe.\n",
              n=P(c.first), bad=g.bad_cpf(g.pick(["raw", "dot"])), v=g.money(3, 90))
    else:
        doc.f("Olá, «n».\nSeu cadastro foi anonimizado em «d». Mantemos apenas os registros de venda de medicamentos controlados exigidos "
              "pela RDC 22/2014 (SNGPC) e os dados fiscais pelo prazo legal. Encaminhamos cópia ao encarregado (dpo@«dom»).\n",
              n=P(c.first), d=g.date("br"), dom=dom)
    doc.f("Atenciosamente,\n«a»\nAnalista de Relacionamento · «loja»\n«tel» · «am»\n", a=P(g.pick([an.short, an.full])),
          loja=loja, tel=(g.phone(mobile=False), "PHONE_NUMBER"), am=(ae, "EMAIL_ADDRESS"))
    return doc


def at_crm_csv(g: Gen) -> Doc:
    """CSV extract of the loyalty CRM pasted by a BI analyst in an e-mail to the store manager."""
    doc = Doc()
    an, ger = g.person(), g.person()
    loja = pharma(g)
    sep = g.pick([";", ";", ","])
    doc.f("«g», segue a base da loja «lj» dos clientes com compra recorrente de «cat» nos últimos 90 dias "
          "(pedido do trade da «lab»). Linhas com CPF inválido vieram do PDV antigo.\n«a»\n\n",
          g=P(ger.first), lj=g.d(3), cat=g.pick(["anti-hipertensivos", "insulinas", "dermocosméticos", "fraldas"]),
          lab=g.pick(LABS), a=P(an.first))
    cols = ["id_cliente", "nome", "sobrenome", "cpf", "dt_nasc", "celular", "email", "cep", "dt_adesao", "optin_sms", "pontos"]
    rows = []
    for i in range(g.ri(5, 7)):
        c = g.person(word=g.chance(0.15))
        fn, ln = first_last(c)
        if g.chance(0.25):
            fn, ln = fold(fn).upper(), fold(ln).upper()
        r = g.rng.random()
        if r < 0.12:
            cpf = V(g.bad_cpf())
        elif r < 0.22:
            cpf = V(g.masked_cpf())
        else:
            cpf = (g.cpf(g.pick(["raw", "dot"])), "BR_CPF")
        rows.append([V(g.d(7)), P(fn), P(ln), cpf, (g.dob(g.pick(["iso", "br"])), "DATE_OF_BIRTH") if g.chance(0.85) else V(""),
                     (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER"),
                     (g.email(c), "EMAIL_ADDRESS") if g.chance(0.7) else V(""), (g.cep(g.chance(0.5)), "BR_CEP"),
                     V(g.date("iso", g.ri(2015, 2025))), V(g.pick(["S", "N"])), V(str(g.ri(0, 9800)))])
    table_csv(doc, cols, rows, sep)
    doc.f("\n-- export «id».csv gerado por «u» em «d»\n", id=g.hexs(8), u=g.pick(["svc_bi_crm", "etl-fidelidade", "airflow"]), d=g.date("iso"))
    return doc


def at_ocorrencias(g: Gen) -> Doc:
    """Store occurrence book (livro de ocorrências) typed up from the handwritten book."""
    doc = Doc()
    loja = pharma(g)
    ger = g.person()
    mes = g.ri(1, 12)
    doc.f("LIVRO DE OCORRÊNCIAS — «loja» — Loja «lj»\nTranscrição mês «m»/«y» (original no balcão)\n\n",
          loja=loja, lj=g.d(2), m=f"{mes:02d}", y=g.pick([2024, 2025]))
    days = sorted(g.rng.sample(range(1, 29), 6))
    for day in days[:g.ri(3, 5)]:
        c = g.person()
        st = g.person()
        doc.f("«d» «h» — ", d=f"{day:02d}/{mes:02d}", h=g.hm().replace(":", "h"))
        k = g.pick(["troco", "moto", "receita", "cpf", "golpe", "cartao"])
        if k == "troco":
            doc.f("Cliente «c» (tel «t») reclamou de troco errado no caixa 2. Conferido c/ «s», diferença de R$ «v» devolvida.\n",
                  c=P(g.pick([c.full, c.short, c.caps])), t=(g.phone(), "PHONE_NUMBER"), s=P(st.first), v=g.money(1, 50))
        elif k == "moto":
            doc.f("Motoboy «m» (placa «p») relatou que foi abordado «r»; pedido «o» não entregue. B.O. nº «bo».\n",
                  m=P(g.pick([c.short, c.nick, c.first])), p=(g.plate(), "LICENSE_PLATE"),
                  r=g.pick(["na Av. Aurora", "na Rua Prudente de Morais", "na praça da Matriz", "na Barão de Mauá", "perto da Bento Gonçalves"]), o=f"#{g.d(6)}", bo=f"{g.d(4)}/{g.ri(2024, 2025)}")
        elif k == "receita":
            doc.f("Receita de «med» recusada (sem CRM legível / data vencida). Paciente «c», acompanhad«o» de «r» (tel. «t»). «s» orientou retorno ao médico.\n", o=c.o, t=(g.phone(), "PHONE_NUMBER"),
                  med=g.pick(CONTROLADOS)[0], c=P(g.pick([c.full, c.caps])), r=P(g.relative(c).full), s=P(st.short))
        elif k == "cpf":
            doc.f("«c» pediu para incluir a compra no CPF «cpf» de outra pessoa (da patroa); negado conforme política. End. p/ contato: «a», CEP «cep».\n",
                  c=P(c.full), cpf=(g.cpf(), "BR_CPF"), a=(g.address(g.pick(["text", "low"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
        elif k == "golpe":
            doc.f("Ligação de suposto \"fornecedor\" pedindo dados do cartão da loja; «s» desligou. Número: «t». Avisado «g».\n",
                  s=P(st.first), t=(g.phone(g.pick(["plain", "par", "zero"])), "PHONE_NUMBER"), g=P(ger.first))
        else:
            doc.f("Cartão de crédito esquecido no caixa 1, titular «c». Guardado no cofre. Cliente retirou mostrando RG «rg».\n",
                  c=P(g.pick([c.caps, c.inverted, c.full])), rg=(g.rg(), "BR_RG"))
        if g.chance(0.4):
            doc.f("   Ass.: «s»\n", s=P(g.pick([st.first, st.short, ger.short])))
    doc.f("\nVisto: «g» — gerente  /  farm. RT «f»  «crf»\n", g=P(ger.full), f=P(g.person().short), crf=(g.council("CRF"), "PROFESSIONAL_ID"))
    return doc


AT = [at_adesao, at_whatsapp, at_app_ticket, at_manipulacao, at_sac_email, at_crm_csv, at_ocorrencias]


# =========================================================================== juridico

INFRACOES = [
    "ausência do farmacêutico responsável técnico durante o horário de funcionamento declarado",
    "medicamentos com prazo de validade expirado expostos à venda (lotes «l1» e «l2»)",
    "escrituração do SNGPC sem transmissão há mais de «n» dias",
    "notificações de receita B1 dispensadas sem identificação do comprador no verso",
    "armário de medicamentos sujeitos a controle especial sem chave, em área de acesso ao público",
    "termolábeis (insulinas) armazenados em geladeira doméstica sem registro de temperatura",
    "prestação de serviço de aplicação de injetáveis sem sala adequada e sem registro em livro",
    "dispensação de antimicrobiano sem retenção da 2ª via da receita (RDC 471/2021)",
    "venda de medicamento tarjado por aplicativo sem farmacêutico para validação da receita",
]


def infracoes(g: Gen, k: int) -> list[str]:
    out = []
    for s in g.rng.sample(INFRACOES, k):
        out.append(s.replace("«l1»", g.lote()).replace("«l2»", g.lote()).replace("«n»", str(g.ri(8, 60))))
    return out


def ju_auto(g: Gen) -> Doc:
    """Municipal health-surveillance infringement notice (auto de infração sanitária), OCR-ish."""
    doc = Doc()
    city, uf = g.city()
    loja = pharma(g)
    resp, rt, f1, f2, ciente = g.person(), g.person(), g.person(), g.person(), g.person()
    scan = g.chance(0.4)
    O = (lambda s: ocr(s, g)) if scan else (lambda s: s)
    doc.f("PREFEITURA MUNICIPAL DE «c»\nSECRETARIA MUNICIPAL DE SAÚDE — DIRETORIA DE VIGILÂNCIA SANITÁRIA\n\n"
          "AUTO DE INFRAÇÃO SANITÁRIA Nº «n»/«y»          Série «s»\nProcesso administrativo nº «pa»\n\n",
          c=fold(city).upper(), n=g.d(4), y=g.ri(2024, 2026), s=g.pick("ABC"), pa=f"{g.ri(2024, 2026)}.{g.d(3)}.{g.d(3)}-{g.d(1)}")
    doc.f("AUTUADO: «loja» («razao»)\nCNPJ: «cnpj»    Licença sanitária nº «lic»   AFE Anvisa «afe»\n"
          "Endereço: «end» — «b» — «c»/«uf»   Tel.: «tel»\nCNAE 4771-7/01 — comércio varejista de produtos farmacêuticos\n",
          loja=loja.upper(), razao=g.pick(["LTDA", "EIRELI", "ME", "S/A"]), cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"),
          lic=f"{g.d(5)}/{g.ri(2019, 2025)}", afe=g.afe(), tel=(g.phone(mobile=False), "PHONE_NUMBER"), end=g.address(), b=g.pick(BAIRROS), c=city, uf=uf)
    doc.f("Responsável legal: «r»   CPF «cpf»\nResponsável técnic«o»: «rt» — «crf»\n\n",
          r=P(O(g.pick([resp.caps, resp.full]))), cpf=(g.cpf(), "BR_CPF"), o=rt.o,
          rt=P(O(g.pick([rt.caps, rt.full]))), crf=(g.council("CRF", uf), "PROFESSIONAL_ID"))
    doc.f("DESCRIÇÃO DA INFRAÇÃO: Em inspeção realizada em «d», às «h», por denúncia registrada na Ouvidoria (prot. «p»), "
          "constatou-se:\n", d=g.date("br"), h=g.hm(), p=g.protocol())
    for k, s in enumerate(infracoes(g, g.ri(2, 4))):
        doc.t(f"  {'abcd'[k]}) {s};\n")
    if g.chance(0.6):
        comp = g.person()
        doc.f("  Na notificação B1 nº «nr», de «d», consta como comprador «c», RG «rg», sem endereço e sem telefone.\n",
              nr=g.notif_receita("B1", uf), d=g.date("br"), c=P(O(comp.caps)), rg=(g.rg(), "BR_RG"))
    doc.f("\nDISPOSITIVO LEGAL INFRINGIDO: art. 10, incisos IV e XXIX, da Lei 6.437/1977; arts. «a» da Lei 13.021/2014; "
          "RDC Anvisa 44/2009; Portaria SVS/MS 344/1998.\nPENALIDADE: multa de R$ «v» («ext»), sem prejuízo de interdição cautelar.\n"
          "Prazo para defesa ou impugnação: 15 (quinze) dias a contar da ciência.\n\n",
          a=g.pick(["5º e 6º", "8º", "6º, I"]), v=g.money(2000, 80000), ext=g.pick(["valor por extenso conforme tabela", "grau médio", "grau grave, reincidente"]))
    doc.f("Autoridade sanitária: «f1» — Matr. «m1»\n", f1=P(O(f1.full)), m1=g.d(6))
    if g.chance(0.5):
        doc.f("Autoridade sanitária: «f2» — Matr. «m2»\n", f2=P(O(g.pick([f2.full, f2.caps]))), m2=g.d(6))
    doc.f("Ciente do autuado: «c», «cargo», RG «rg», em «d»\n", c=P(O(g.pick([ciente.full, ciente.caps]))),
          cargo=g.pick(["balconista", "gerente", "caixa", "farmacêutica substituta"]), rg=(g.rg(), "BR_RG"), d=g.date("br"))
    if scan:
        doc.t("\n[ass. ilegível]      [carimbo VISA]\n1ª via: autuado  2ª via: processo  3ª via: bloco\n")
    return doc


def ju_defesa(g: Gen) -> Doc:
    """Administrative defence by the drugstore's lawyer against an infringement notice."""
    doc = Doc()
    city, uf = g.city()
    loja = pharma(g)
    socio, adv, rt, sub = g.person(), g.person(), g.person(female=True), g.person(female=True)
    doc.f("ILUSTRÍSSIMO(A) SENHOR(A) DIRETOR(A) DA VIGILÂNCIA SANITÁRIA DO MUNICÍPIO DE «c»/«uf»\n\n"
          "Auto de Infração nº «n»/«y»\n\n", c=fold(city).upper(), uf=uf, n=g.d(4), y=g.ri(2024, 2026))
    doc.f("«loja», pessoa jurídica de direito privado inscrita no CNPJ sob o nº «cnpj», com sede na «sede», «c»/«uf», "
          "neste ato representada por «sa» «s», brasileir«o», «ec», «emp», portador«a» do RG nº «rg» «org», "
          "inscrit«o» no CPF sob o nº «cpf», residente e domiciliad«o» na «end», CEP «cep», por seu advogado infra-assinado "
          "(procuração anexa), com escritório na «esc», onde recebe intimações, e-mail «mail», vem, tempestivamente, apresentar\n\n"
          "DEFESA ADMINISTRATIVA\n\npelos fatos e fundamentos a seguir expostos.\n\n",
          loja=loja.upper(), cnpj=(g.cnpj(), "BR_CNPJ"), sede=g.address(), c=city, uf=uf, s=P(socio.caps), o=socio.o,
          ec=g.pick(["casad" + socio.o, "solteir" + socio.o, "divorciad" + socio.o, "em união estável"]), rg=(g.rg(), "BR_RG"),
          sa="sua sócia-administradora" if socio.female else "seu sócio-administrador", emp="empresária" if socio.female else "empresário",
          a="a" if socio.female else "",
          org=g.pick(["SSP/SP", "SESP/PR", "SSP/" + uf, "DETRAN/RJ"]), cpf=(g.cpf(), "BR_CPF"),
          end=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          esc=g.pick(["Av. Paulista, 1.842, cj. 155", "Rua Sete de Setembro, 45, sala 12", "Rua XV de Novembro, 300, 8º andar"]),
          mail=(corp_mail(adv, slug(adv.last) + "adv.com.br"), "EMAIL_ADDRESS"))
    doc.f("I — DOS FATOS\n\n1. Na inspeção de «d», a fiscalização apontou a ausência de farmacêutico. Ocorre que a RT, Dra. «rt» («crf»), "
          "estava em horário de intervalo, conforme escala afixada, e a farmacêutica substituta, «sub» («crf2»), encontrava-se no "
          "estabelecimento, na sala de serviços farmacêuticos, aferindo a pressão de um cliente.\n",
          d=g.date("br"), rt=P(rt.full), crf=(g.council("CRF", uf), "PROFESSIONAL_ID"), sub=P(sub.full),
          crf2=(g.council("CRF", uf), "PROFESSIONAL_ID"))
    doc.f("2. Quanto às notificações de receita, o comprador «c» foi identificado por documento (RG «rg»), tendo havido mero "
          "lapso na transcrição do endereço, já sanado no SNGPC (transmissão de «d2», recibo «rec»).\n",
          c=P(g.person().full), rg=(g.rg(), "BR_RG"), d2=g.date("br"), rec=g.hexs(20).upper())
    doc.f("3. A empresa mantém «w» e jamais foi autuada nos «k» anos de funcionamento.\n\nII — DO DIREITO\n\n"
          "4. A Lei 13.021/2014 (art. 6º, I) exige a presença do farmacêutico durante todo o horário de funcionamento, admitindo "
          "substituto, o que foi observado. Nesse sentido, TJ«uf», Apelação nº «cnj», Rel. Des. «rel».\n"
          "5. Subsidiariamente, requer a conversão da multa em advertência (art. 2º, I, da Lei 6.437/1977).\n\n",
          w=g.pick(["plano de gerenciamento de resíduos atualizado", "POPs revisados anualmente", "controle de temperatura diário"]),
          k=g.ri(4, 30), uf=uf, cnj=g.cnj(), rel=P(g.person().full))
    doc.f("III — DOS PEDIDOS\na) o arquivamento do Auto; b) subsidiariamente, a redução da penalidade.\n\n"
          "Testemunha: «t», CPF «tc», tel. «tt»\n\n«c», «d».\n\n«a»\n«oab»\n",
          t=P(g.person().full), tc=(g.cpf(), "BR_CPF"), tt=(g.phone(), "PHONE_NUMBER"), c=city, d=g.date("long"),
          a=P(g.pick([adv.full, adv.caps])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_procon(g: Gen) -> Doc:
    """Procon complaint about a card charge at the counter and the drugstore's response with the POS log."""
    doc = Doc()
    c = g.person()
    an = g.person()
    loja = pharma(g)
    city, uf = g.city()
    doc.f("PROCON «c» — Atendimento Preliminar / Reclamação\nFA nº «fa»   Data de abertura: «d»\n\n"
          "CONSUMIDOR\nNome: «n»\nCPF: «cpf»    Data de nasc.: «dob»\nEndereço: «addr», «b», «c»/«uf» — CEP «cep»\n"
          "Telefone: «t»    E-mail: «m»\n\nFORNECEDOR\n«loja» — CNPJ «cnpj»\n\n",
          c=fold(city).upper(), fa=f"{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", d=g.date("br"), n=P(c.caps),
          cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br"), "DATE_OF_BIRTH"), addr=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), m=(g.email(c), "EMAIL_ADDRESS"),
          loja=loja, cnpj=(g.cnpj(), "BR_CNPJ"))
    v = g.money(40, 900)
    doc.f("RELATO: Em «d», na loja «lj», comprei medicamentos no valor de R$ «v» e paguei no crédito (cartão «mc»). A maquininha deu "
          "erro e o caixa («cx») passou de novo. Fui cobrad«o» duas vezes. Pedi o cancelamento na hora e disseram que só o gerente "
          "poderia fazer. Contestei com o banco, que negou o chargeback dizendo que as duas compras tinham senha.\n"
          "PEDIDO: devolução em dobro (art. 42, parágrafo único, CDC — Lei 8.078/1990).\n\n",
          d=g.date("br"), lj=g.pick(["do shopping", "da rodoviária", "da Av. Aurora", "da Rua Bento Gonçalves"]), v=v, mc=g.masked_card(),
          cx=P(g.pick([g.person().first, g.person().short])), o=c.o)
    doc.f("RESPOSTA DO FORNECEDOR (enviada em «d» por «a», «cargo»)\nPrezados, em atenção à FA acima, informamos que localizamos as "
          "transações abaixo no TEF da loja:\n\n", d=g.date("br"), a=P(an.full), cargo=g.pick(["Analista Jurídico", "Coordenadora de SAC", "Advogado", "Supervisor de Loja"]))
    rows = []
    d0 = g.date("br")
    for k in range(2 + g.chance(0.4)):
        rows.append([V(d0), V(g.hms()), V(g.nsu()), V(g.d(6)), V(g.pick(["CRÉDITO 1x", "CRÉDITO 1X", "DÉBITO"])),
                     V(v), V(g.pick(["APROVADA", "APROVADA", "DESFEITA"]) if k else "APROVADA")])
    table_ruled(doc, ["Data", "Hora", "NSU", "Aut.", "Modalidade", "Valor (R$)", "Status"], rows, g.pick(["ascii", "dash", "plain"]))
    doc.f("\nA segunda transação foi desfeita automaticamente pelo TEF; o estorno de R$ «v» constará na próxima fatura. Oferecemos ainda "
          "crédito de R$ «b» no programa de fidelidade vinculado ao CPF do(a) consumidor(a). Contato: «t» / «m».\n\n«a»\n",
          v=v, b=g.money(10, 50), t=(g.phone(mobile=False), "PHONE_NUMBER"), m=(corp_mail(an, slug(loja)[:14] + ".com.br"), "EMAIL_ADDRESS"),
          a=P(g.pick([an.short, an.full])))
    if g.chance(0.5):
        doc.f("«oab»\n", oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_peticao(g: Gen) -> Doc:
    """Small-claims petition (JEC) against a compounding pharmacy for a dispensing error."""
    doc = Doc()
    city, uf = g.city()
    a = g.person()
    adv = g.person()
    med = g.person()
    farm = g.pick(MANIPULACAO)
    distributed = g.chance(0.5)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«uf»\n\n",
          n=g.ri(1, 9), c=fold(city).upper(), uf=uf)
    if distributed:
        doc.f("Processo nº «cnj»\n\n", cnj=g.cnj())
    doc.f("«n», «nac», «ec», «prof», nascid«o» em «dob», portador«a» do RG nº «rg» e inscrit«o» no CPF sob o nº «cpf», residente e "
          "domiciliad«o» na «end», «b», CEP «cep», «c»/«uf», telefone «t», e-mail «m», vem, por seu advogado (procuração anexa), propor\n\n"
          "AÇÃO DE INDENIZAÇÃO POR DANOS MATERIAIS E MORAIS\n\nem face de «farm» («razao»), inscrita no CNPJ sob o nº «cnpj», "
          "com sede na «sede», pelos fatos a seguir.\n\n",
          n=P(a.caps), nac=g.pick(["brasileir" + a.o, "brasileir" + a.o, "haitian" + a.o + ", residente no Brasil", "boliviana" if a.female else "boliviano"]),
          ec=g.pick(["solteir" + a.o, "casad" + a.o, "viúv" + a.o]), prof=g.pick(["professora" if a.female else "professor", "aposentad" + a.o, "autônom" + a.o, "técnica de enfermagem" if a.female else "motorista"]),
          o=a.o, dob=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"), a="a" if a.female else "", rg=(g.rg(), "BR_RG"),
          cpf=(g.cpf(), "BR_CPF"), end=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), c=city, uf=uf,
          t=(g.phone(), "PHONE_NUMBER"), m=(g.email(a), "EMAIL_ADDRESS"), farm=farm.upper(), razao=g.pick(["LTDA", "ME", "EPP"]),
          cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), sede=g.address())
    dose = g.pick([("Levotiroxina", "25 mcg", "250 mcg"), ("Colchicina", "0,5 mg", "5 mg"), ("Clonidina", "0,1 mg", "1 mg"),
                   ("Minoxidil oral", "1 mg", "10 mg"), ("Melatonina", "0,3 mg", "3 mg"), ("Fluoxetina", "5 mg", "50 mg")])
    au, Au = ("a Autora", "A Autora") if a.female else ("o Autor", "O Autor")
    doc.f("I — DOS FATOS\n\nEm «d», «au» encomendou à Ré a manipulação de «f» «d1», conforme receita d«dr» «med» («crm»). "
          "A Ré entregou cápsulas com «f» «d2» (dez vezes a dose prescrita), conforme laudo do laboratório «lab» (amostra do lote «lt»). "
          "Após «k» dias de uso, «au» foi atendid«o» no pronto-socorro (CID «cid»), com «sint».\nA farmacêutica responsável, «fr» («crf»), "
          "admitiu o erro por WhatsApp («tf»), oferecendo apenas a devolução do valor pago (R$ «v»).\n\n",
          dr="a Dra." if med.female else "o Dr.", au=au, o=a.o, d=g.date("br"), f=dose[0], d1=dose[1], d2=dose[2], med=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          lab=g.pick(["Analytica", "LabQuali", "Controle Celeste"]), lt=g.lote(), k=g.ri(2, 15), cid=g.pick(["T42.4", "T46.5", "T38.1", "T50.9"]),
          sint=g.pick(["taquicardia e tremores", "hipotensão grave", "diarreia intensa e desidratação", "sonolência excessiva"]),
          fr=P(g.person(female=True).full), crf=(g.council("CRF", uf), "PROFESSIONAL_ID"), tf=(g.phone(), "PHONE_NUMBER"),
          v=g.money(60, 400))
    doc.f("II — DO DIREITO\n\nA responsabilidade da Ré é objetiva (arts. 12 e 14 do CDC). A RDC 67/2007 impõe dupla conferência na "
          "manipulação. Vide TJ«uf», Recurso Inominado «cnj2».\n\nIII — DOS PEDIDOS\n\na) danos materiais de R$ «dm»; b) danos morais de "
          "R$ «dmo»; c) inversão do ônus da prova.\n\nValor da causa: R$ «vc».\n\nROL DE TESTEMUNHAS:\n",
          uf=uf, cnj2=g.cnj(), dm=g.money(300, 4000), dmo=g.money(5000, 20000), vc=g.money(6000, 25000))
    for _ in range(g.ri(1, 3)):
        t = g.person()
        doc.f("«n», CPF «cpf», «end», «c»/«uf»\n", n=P(g.pick([t.full, t.caps])), cpf=(g.cpf(), "BR_CPF"),
              end=(g.address(), "ADDRESS"), c=city, uf=uf)
    doc.f("\n«c», «d».\n\n«a»\n«oab»\n", c=city, d=g.date("br"), a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_rt(g: Gen) -> Doc:
    """Contract for the technical responsibility of a pharmacist, with the e-signature certificate."""
    doc = Doc()
    city, uf = g.city()
    loja = pharma(g)
    f = g.person()
    dono = g.person()
    bank = g.bank()
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE ASSISTÊNCIA E RESPONSABILIDADE TÉCNICA FARMACÊUTICA\n\n"
          "CONTRATANTE: «loja», CNPJ «cnpj», com sede na «sede», «c»/«uf», representada por «d», CPF «dc».\n\n"
          "CONTRATAD«O»: «f», brasileir«o2», farmacêutic«o2», «crf», CPF «cpf», RG «rg», PIS/NIT «pis», nascid«o2» em «dob», residente na "
          "«end», CEP «cep», telefone «tel», e-mail «mail».\n\n",
          loja=loja.upper(), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), sede=g.address(), c=city, uf=uf,
          d=P(dono.full), dc=(g.cpf(), "BR_CPF"), O="A" if f.female else "O", f=P(f.caps), o2=f.o,
          crf=(g.council("CRF", uf), "PROFESSIONAL_ID"), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), pis=(g.pis(), "BR_PIS"),
          dob=(g.dob("br", 1960, 2000), "DATE_OF_BIRTH"), end=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          tel=(g.phone(), "PHONE_NUMBER"), mail=(g.email(f), "EMAIL_ADDRESS"))
    h1, h2 = g.pick([("07:00", "13:00"), ("13:00", "22:00"), ("08:00", "17:00"), ("14:00", "22:00")])
    doc.f("CLÁUSULA 1ª — O(A) CONTRATADO(A) assume a responsabilidade técnica pelo estabelecimento perante o CRF-«uf» e a Vigilância "
          "Sanitária, no horário das «h1» às «h2», de segunda a sábado, nos termos da Lei 13.021/2014 e da Resolução CFF 577/2013.\n"
          "CLÁUSULA 2ª — Compete-lhe a escrituração do SNGPC, a guarda dos medicamentos da Portaria 344/1998 e a avaliação das receitas.\n"
          "CLÁUSULA 3ª — Honorários mensais de R$ «v», pagos até o 5º dia útil por depósito no banco «bk» («bn»), agência «ag», conta corrente «cc».\n"
          "CLÁUSULA 4ª — Farmacêutic«o3» substitut«o3»: «sub», «crf2».\n"
          "CLÁUSULA 5ª — Foro da comarca de «c».\n\n",
          uf=uf, h1=h1, h2=h2, v=g.money(3500, 9000), bk=bank[0], bn=bank[1], ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), o3=(sub := g.person()).o, sub=P(sub.full), crf2=(g.council("CRF", uf), "PROFESSIONAL_ID"), c=city)
    doc.f("Documento assinado eletronicamente — envelope «env»\n", env=g.uuid())
    for who, mail in ((f, g.email(f)), (dono, corp_mail(dono, slug(loja)[:14] + ".com.br"))):
        doc.f("  Signatário: «n» — «m» — IP «ip» — «d» «h» (UTC-3) — autenticação: «au»\n",
              n=P(who.full), m=(mail, "EMAIL_ADDRESS"), ip=(g.ip(g.chance(0.25)), "IP_ADDRESS"), d=g.date("br"), h=g.hms(),
              au=g.pick(["token SMS", "e-mail", "selfie + documento", "certificado ICP-Brasil"]))
    doc.f("Testemunha: «t» — CPF «tc»\n", t=P(g.person().full), tc=(g.cpf(), "BR_CPF"))
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """LGPD access request about data shared through "desconto no CPF" and the DPO's answer with the inventory."""
    doc = Doc()
    c = g.person()
    dpo = g.person()
    loja = pharma(g)
    dom = slug(loja)[:14] + ".com.br"
    ip = g.ip(g.chance(0.3))
    doc.f("Portal de Privacidade — Requisição «id»\nTipo: Confirmação e acesso (art. 18, I e II, Lei 13.709/2018)\n"
          "Titular: «n»   CPF: «cpf»   E-mail: «m»\nEnviada em «d» «h» a partir do IP «ip»\nValidação de identidade: «val»\n\n",
          id=f"DSR-{g.ri(2024, 2026)}-{g.d(5)}", n=P(c.full), cpf=(g.cpf(), "BR_CPF"), m=(g.email(c), "EMAIL_ADDRESS"),
          d=g.date("br"), h=g.hms(), ip=(ip, "IP_ADDRESS"), val=g.pick(["selfie + RG", "código SMS", "RG (frente e verso)"]))
    doc.f("Mensagem do titular: \"«msg»\"\n\n", msg=g.pick([
        "Quero saber por que recebo ligação de laboratório oferecendo remédio pra diabetes. Só dei meu CPF na farmácia pro desconto.",
        "Comecei a receber propaganda de remédio de pressão no WhatsApp. Quem vendeu meus dados?",
        "Solicito relação de todas as compras vinculadas ao meu CPF e com quem foram compartilhadas."]))
    doc.f("RESPOSTA — Encarregad«o» pelo tratamento: «d» («dm»)\n\nPrezad«o2» «n», seguem os dados tratados:\n\n",
          o=dpo.o, d=P(dpo.full), dm=(corp_mail(dpo, dom), "EMAIL_ADDRESS") if g.chance(0.5) else f"dpo@{dom}", o2=c.o,
          n=P(g.pick([c.first, c.full])))
    rows = [[V("Nome"), P(c.full)], [V("CPF"), V(g.masked_cpf())], [V("Data de nascimento"), (g.dob("br"), "DATE_OF_BIRTH")],
            [V("Celular"), (g.phone(), "PHONE_NUMBER")], [V("E-mail"), (g.email(c), "EMAIL_ADDRESS")],
            [V("Endereço (delivery)"), (g.address(), "ADDRESS")], [V("CEP"), (g.cep(), "BR_CEP")],
            [V("Compras (12 meses)"), V(f"{g.ri(3, 40)} cupons; {', '.join(g.rng.sample(POPULAR + LIVRES, 2))}")],
            [V("Receitas retidas (SNGPC)"), V(f"{g.ri(0, 6)} — prescritor(es) com CRM informado")]]
    table_md(doc, ["Dado", "Valor"], rows)
    doc.t("\nCompartilhamentos (base legal: consentimento no programa de fidelidade):\n")
    for _ in range(g.ri(1, 3)):
        doc.f("- «p», CNPJ «cnpj» — «f»\n", p=g.pick(["PBM Vidalink", "Funcional Health Tech", "ePharma", "Programa Bem Cuidar " + g.pick(LABS),
                                                     "Close-Up International", "IQVIA Brasil"]),
              cnpj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), f=g.pick(["desconto de laboratório", "estatística de mercado (dados pseudonimizados)", "adesão a programa de paciente"]))
    doc.f("\nO consentimento para compartilhamento foi revogado em «d». Para dúvidas, responda a este e-mail ou ligue «t».\n«n»\n",
          d=g.date("br"), t=(g.phone(mobile=False), "PHONE_NUMBER"), n=P(dpo.short))
    return doc


def ju_trabalhista(g: Gen) -> Doc:
    """Labour claim of a drugstore's delivery rider or counter clerk."""
    doc = Doc()
    city, uf = g.city()
    w = g.person(female=g.chance(0.35))
    moto = g.chance(0.55)
    adv = g.person()
    loja = pharma(g)
    bank = g.bank()
    doc.f("EXMO(A). SR(A). JUIZ(A) DA «n»ª VARA DO TRABALHO DE «c»/«uf»\n\n", n=g.ri(1, 6), c=fold(city).upper(), uf=uf)
    if g.chance(0.5):
        doc.f("ATOrd «cnj»\n\n", cnj=g.cnj(g.pick(["5.02", "5.15", "5.03", "5.04", "5.01", "5.09"])))
    doc.f("«n», brasileir«o», «ec», nascid«o» em «dob», CTPS nº «ctps» série «s», PIS «pis», título de eleitor «tit», CPF «cpf», "
          "residente na «end», CEP «cep», telefone «t», e-mail «m», vem propor RECLAMAÇÃO TRABALHISTA em face de «loja», "
          "CNPJ «cnpj», pelos fatos seguintes.\n\n",
          n=P(w.caps), o=w.o, ec=g.pick(["solteir" + w.o, "casad" + w.o]), dob=(g.dob("br", 1970, 2004), "DATE_OF_BIRTH"),
          ctps=g.d(7), s=f"{g.d(4)}-{uf}", pis=(g.pis(), "BR_PIS"), tit=(g.titulo(), "BR_TITULO_ELEITOR"), cpf=(g.cpf(), "BR_CPF"),
          end=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"), m=(g.email(w), "EMAIL_ADDRESS"), loja=loja.upper(), cnpj=(g.cnpj(), "BR_CNPJ"))
    if moto:
        doc.f("1. «R» foi admitid«o» em «d1» como «ent» (motofretista), com CNH nº «cnh» (categoria A), utilizando motocicleta "
              "própria, placa «pl», sem receber o adicional de periculosidade (art. 193, §4º, CLT) nem o aluguel da moto. Recebia ordens "
              "da gerente «g» pelo WhatsApp da loja («wa») e fazia até «k» entregas por dia, inclusive de medicamentos controlados, "
              "recolhendo receitas.\n", R="A Reclamante" if w.female else "O Reclamante", o=w.o,
              ent="entregadora" if w.female else "entregador", d1=g.date("br", g.ri(2019, 2023)), cnh=(g.cnh(), "BR_CNH"), pl=(g.plate(), "LICENSE_PLATE"),
              g=P(g.person(female=True).full), wa=(g.phone(), "PHONE_NUMBER"), k=g.ri(15, 45))
    else:
        doc.f("1. «R» foi admitid«o» em «d1» como balconista, mas exercia também a função de caixa e aplicava injetáveis sem "
              "supervisão, a pedido do gerente «g», enquanto a farmacêutica «f» («crf») ficava apenas no período da manhã.\n",
              R="A Reclamante" if w.female else "O Reclamante", o=w.o, d1=g.date("br", g.ri(2019, 2023)), g=P(g.person(female=False).full), f=P(g.person(female=True).short),
              crf=(g.council("CRF", uf), "PROFESSIONAL_ID"))
    doc.f("2. Dispensad«o» sem justa causa em «d2», não recebeu as verbas rescisórias. Salário de R$ «sal», pago na conta «bn», ag. «ag», "
          "c/c «cc».\n3. Cumpria jornada das «h» às 22h, com 30 minutos de intervalo.\n\nPEDIDOS: horas extras, adicional de «adic», "
          "verbas rescisórias, multa do art. 477 da CLT, FGTS + 40%.\n\nValor da causa: R$ «vc».\n\n",
          o=w.o, d2=g.date("br"), sal=g.money(1500, 2600), bn=bank[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          h=g.pick(["8h", "9h", "13h"]), adic="periculosidade" if moto else "acúmulo de função", vc=g.money(20000, 90000))
    doc.t("Testemunhas (comparecerão independentemente de intimação):\n")
    for _ in range(g.ri(1, 2)):
        t = g.person()
        doc.f("- «n», «f», tel. «t»\n", n=P(g.pick([t.full, t.short])), f=g.pick(["ex-entregador", "ex-caixa", "cliente", "ex-balconista"]),
              t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\n«c», «d».\n«a» — «oab»\n", c=city, d=g.date("long"), a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


JU = [ju_auto, ju_defesa, ju_procon, ju_peticao, ju_rt, ju_lgpd, ju_trabalhista]


# =========================================================================== saude


def sa_livro(g: Gen) -> Doc:
    """Print-out of the controlled-substance dispensation book (saídas) of a drugstore, one block per prescription."""
    doc = Doc()
    city, uf = g.city()
    loja = pharma(g)
    rt = g.person()
    doc.f("«loja» — «c»/«uf»   CNPJ «cnpj»   AE/AFE «afe»\nLIVRO DE REGISTRO DE MEDICAMENTOS SUJEITOS A CONTROLE ESPECIAL — SAÍDAS\n"
          "Período: «d1» a «d2»     Emitido pelo sistema em «d3» «h»     Folha «f»\n«rule»\n",
          loja=loja.upper(), c=city, uf=uf, cnpj=(g.cnpj(), "BR_CNPJ"), afe=g.afe(), d1=(pr := g.period())[0], d2=pr[1],
          d3=g.date("br"), h=g.hm(), f=g.ri(3, 140), rule="=" * 72)
    for k in range(g.ri(3, 4)):
        med, lista, forma = g.pick(CONTROLADOS)
        pac = g.person()
        same = g.chance(0.5)
        comp = pac if same else g.relative(pac)
        pres = g.person()
        doc.f("«d»  Doc.: «tipo» nº «n»   Lista «l»\n  Medicamento: «m» «fo» — Reg. MS «ms» — Lote «lt» — Qtde: «q»\n",
              d=g.date("br"), tipo=g.pick(["Notificação de Receita " + lista if lista[0] in "AB" else "Receita de Controle Especial (2 vias)"]),
              n=g.notif_receita(lista, uf), l=lista, m=med, fo=forma, ms=g.registro_ms(), lt=g.lote(), q=g.pick([20, 28, 30, 30, 60, 10]))
        doc.f("  Paciente: «p»\n  Prescritor: «pr» — «crm»\n", p=P(g.pick([pac.caps, pac.full])),
              pr=P(g.pick([pres.caps, pres.full])), crm=(g.prescriber_council(uf), "PROFESSIONAL_ID"))
        if same:
            doc.f("  Comprador: o próprio — RG «rg» «org» — Tel. «t»\n  End.: «a» — «b» — «c»/«uf» — CEP «cep»\n", cep=(g.cep(), "BR_CEP"),
                  rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/" + uf, "SSP/SP", "PC/" + uf, "DETRAN/" + uf]), t=(g.phone(), "PHONE_NUMBER"),
                  a=(g.address(g.pick(["caps", "text"])), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf)
        else:
            doc.f("  Comprador: «n» — RG «rg» «org» — Tel. «t»\n  End.: «a» — «b» — «c»/«uf» — CEP «cep»\n", cep=(g.cep(), "BR_CEP"),
                  n=P(g.pick([comp.caps, comp.full])), rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/" + uf, "IFP/RJ", "SSP/" + uf]),
                  t=(g.phone(), "PHONE_NUMBER"), a=(g.address(g.pick(["caps", "text"])), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf)
        disp = g.person()
        doc.t("  Dispensado por: ")
        if g.chance(0.3):
            doc.e(disp.first, "PERSON")
            doc.t(" (balcão) / conferido RT")
        else:
            doc.t(login(disp).upper() + " (usuário PDV)")
        doc.t("\n" + "-" * 72 + "\n")
    doc.f("Farmacêutic«o» Responsável: «rt» — «crf»      Ass.: __________\nVisto da Autoridade Sanitária: __________\n",
          o=rt.o, rt=P(rt.full), crf=(g.council("CRF", uf), "PROFESSIONAL_ID"))
    return doc


def sa_sngpc_xml(g: Gen) -> Doc:
    """SNGPC XML file (antimicrobial and controlled outflows) kept by the pharmacy, pasted in a support ticket."""
    doc = Doc()
    city, uf = g.city()
    rt = g.person()
    sup = g.person()
    doc.f("Chamado «n» — erro na transmissão do SNGPC («err»)\nAberto por: «a» («crf»)\nAnexo: movimentacao_«d».xml (trecho)\n\n```xml\n",
          n=g.d(6), err=g.pick(["arquivo rejeitado: CRM inválido", "data fora do período", "lote inexistente no inventário"]),
          a=P(rt.full), crf=(g.council("CRF", uf), "PROFESSIONAL_ID"), d=g.date("compact"))
    doc.f("<mensagemSNGPC xmlns=\"urn:sngpc-schema\">\n  <cabecalho>\n    <cnpjEmissor>«cnpj»</cnpjEmissor>\n"
          "    <cpfTransmissor>«cpf»</cpfTransmissor>\n    <dataInicio>«d1»</dataInicio>\n    <dataFim>«d2»</dataFim>\n  </cabecalho>\n"
          "  <corpo>\n    <medicamentos>\n",
          cnpj=(g.cnpj("raw"), "BR_CNPJ"), cpf=(g.cpf("raw"), "BR_CPF"), d1=g.date("iso"), d2=g.date("iso"))
    for _ in range(g.ri(2, 4)):
        atb = g.chance(0.5)
        pac, pres = g.person(), g.person()
        doc.f("      <saidaMedicamentoVendaAoConsumidor>\n        <tipoReceituario>«tr»</tipoReceituario>\n"
              "        <numeroNotificacao>«nn»</numeroNotificacao>\n        <dataPrescricao>«dp»</dataPrescricao>\n"
              "        <prescritor>\n          <nomePrescritor>«np»</nomePrescritor>\n          <numeroRegistroProfissional>«nr»</numeroRegistroProfissional>\n"
              "          <conselhoProfissional>«cp»</conselhoProfissional>\n          <UFConselho>«uf»</UFConselho>\n        </prescritor>\n"
              "        <usoMedicamento>1</usoMedicamento>\n",
              tr="2" if atb else g.pick(["3", "4", "5"]), nn="" if atb else g.d(8), dp=g.date("iso"),
              np=P(fold(pres.full).upper()), nr=(str(g.ri(1000, 199999)), "PROFESSIONAL_ID"), cp=g.pick(["CRM", "CRM", "CRO"]), uf=uf)
        if atb:
            doc.f("        <nomePaciente>«p»</nomePaciente>\n        <idadePaciente>«i»</idadePaciente>\n        <unidadeIdade>1</unidadeIdade>\n"
                  "        <sexoPaciente>«s»</sexoPaciente>\n        <cidPaciente>«cid»</cidPaciente>\n",
                  p=P(fold(pac.full).upper()), i=g.ri(2, 90), s="2" if pac.female else "1", cid=g.pick(["J01.9", "N39.0", "J18.9", "L03.1", "H66.9"]))
        else:
            doc.f("        <nomeComprador>«c»</nomeComprador>\n        <tipoDocumento>1</tipoDocumento>\n        <numeroDocumento>«rg»</numeroDocumento>\n"
                  "        <orgaoExpedidor>SSP</orgaoExpedidor>\n        <UFEmissaoDocumento>«uf»</UFEmissaoDocumento>\n",
                  c=P(fold(pac.full).upper()), rg=(g.rg("raw"), "BR_RG"), uf=uf)
        med = g.pick(ANTIMICROBIANOS) if atb else g.pick(CONTROLADOS)[0]
        doc.f("        <medicamentoVenda>\n          <registroMSMedicamento>«ms»</registroMSMedicamento>\n          <!-- «m» -->\n"
              "          <numeroLoteMedicamento>«lt»</numeroLoteMedicamento>\n          <quantidadeMedicamento>«q»</quantidadeMedicamento>\n"
              "        </medicamentoVenda>\n        <dataVendaMedicamento>«dv»</dataVendaMedicamento>\n      </saidaMedicamentoVendaAoConsumidor>\n",
              ms=g.d(13), m=med, lt=g.lote(), q=g.ri(1, 3), dv=g.date("iso"))
    doc.t("    </medicamentos>\n  </corpo>\n</mensagemSNGPC>\n```\n\n")
    doc.f("Resposta («s», suporte N2): «r» Se persistir, ligue «t».\n", s=P(g.pick([sup.full, sup.first])),
          r=g.pick(["O CRM do 2º registro não confere com a UF do conselho; corrija no cadastro de prescritores e reenvie.",
                    "O lote informado não existe no inventário inicial. Faça o ajuste de entrada antes.",
                    "A data de venda está fora do período do arquivo. Gere novamente com o período correto."]),
          t=(g.phone(mobile=False), "PHONE_NUMBER"))
    return doc


def sa_farmacovig(g: Gen) -> Doc:
    """Adverse-event report sent by the pharmacist to the manufacturer's pharmacovigilance and to VigiMed."""
    doc = Doc()
    city, uf = g.city()
    loja = pharma(g)
    f = g.person()
    pac = g.person()
    pres = g.person()
    lab = g.pick(LABS)
    med = g.pick([m for m, _, _ in CONTROLADOS] + POPULAR[:6] + ANTIMICROBIANOS)
    doc.f("Para: farmacovigilancia@«lab».com.br\nCc: «rt» <«rm»>\nAssunto: Notificação de evento adverso — «m» — lote «lt»\n\n",
          lab=slug(lab), rt=P(f.full), rm=(corp_mail(f, slug(loja)[:14] + ".com.br"), "EMAIL_ADDRESS"), m=med, lt=g.lote())
    doc.f("Prezados, encaminho notificação registrada também no VigiMed (nº «vm»).\n\nFICHA DE NOTIFICAÇÃO — SUSPEITA DE REAÇÃO ADVERSA\n"
          "1. PACIENTE\n   Nome: «p»   (iniciais no VigiMed: «ini»)\n   Data de nascimento: «dob»   Sexo: «s»   Peso: «w» kg\n"
          "   CNS: «cns»   Telefone: «t»\n",
          vm=f"BR-ANVISA-{g.neg(11)}", p=P(g.pick([pac.full, pac.caps])), ini=pac.initials, dob=(g.dob(), "DATE_OF_BIRTH"),
          s="F" if pac.female else "M", w=g.ri(45, 120), cns=(g.cns(), "BR_CNS"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("2. MEDICAMENTO SUSPEITO\n   «m» — «lab» — lote «lt» — validade «v» — Reg. MS «ms»\n   Início: «d1»   Suspensão: «d2»   "
          "Indicação: CID «cid»\n   Prescritor: «pr» («crm»)\n",
          m=med, lab=lab, lt=g.lote(), v=f"{g.ri(1, 12):02d}/{g.ri(2025, 2028)}", ms=g.registro_ms(), d1=g.date("br"),
          d2=g.date("br"), cid=g.pick(CIDS), pr=P(pres.full), crm=(g.prescriber_council(uf), "PROFESSIONAL_ID"))
    doc.f("3. EVENTO\n   «ev» Atendid«o» na UPA «upa» em «d». CID do evento: «cid».\n   Desfecho: «desf»\n",
          ev=g.pick(["Urticária generalizada e edema de lábios cerca de 2 h após a 1ª dose.", "Relata comprimidos de cor diferente (rosa em vez de branco) e tontura intensa.",
                     "Queda após sonolência excessiva; fratura de punho.", "Náuseas, vômitos e icterícia após 10 dias."]),
          o=pac.o, upa=g.pick(["Prudente de Morais", "Bento Ribeiro", "Aurora", "Dr. Leão Amado", "Zona Norte"]), d=g.date("br"),
          cid=g.pick(["T88.7", "L50.0", "T78.3", "R42", "K71.9", "W19"]), desf=g.pick(["recuperado sem sequelas", "em recuperação", "desconhecido"]))
    doc.f("4. NOTIFICADOR\n   «n» — farmacêutic«o» — «crf»\n   «loja» — «tel» — «mail»\n",
          n=P(f.full), o=f.o, crf=(g.council("CRF", uf), "PROFESSIONAL_ID"), loja=loja, tel=(g.phone(mobile=False), "PHONE_NUMBER"),
          mail=(g.email(f) if g.chance(0.4) else corp_mail(f, slug(loja)[:14] + ".com.br"), "EMAIL_ADDRESS"))
    doc.f("\nO paciente autorizou contato direto (telefone acima ou «em»). A caixa com o restante do lote está guardada na loja.\nAtt.,\n«n»\n",
          em=(g.email(pac), "EMAIL_ADDRESS"), n=P(f.first))
    return doc


def sa_popular(g: Gen) -> Doc:
    """Farmácia Popular: an authorisation receipt and the store's daily report of dispensations."""
    doc = Doc()
    city, uf = g.city()
    loja = pharma(g)
    b = g.person()
    proc = g.chance(0.35)
    doc.f("PROGRAMA FARMÁCIA POPULAR DO BRASIL — CUPOM VINCULADO\n«loja»  CNPJ «cnpj»\nAutorização nº «aut»   Data «d» «h»\n",
          loja=loja.upper(), cnpj=(g.cnpj(), "BR_CNPJ"), aut=g.d(16), d=g.date("br"), h=g.hms())
    doc.f("Beneficiário: «n»\nCPF: «cpf»\nCRM do prescritor: «crm»   Data da receita: «dr»\n",
          n=P(b.caps), cpf=(g.cpf(), "BR_CPF"), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), dr=g.date("br"))
    for it in g.rng.sample(POPULAR, g.ri(1, 3)):
        doc.f("  «i»  qtd «q»  MS R$ «v1»  Paciente R$ «v2»\n", i=it, q=g.pick([30, 60, 60, 90, 120]), v1=g.money(5, 90),
              v2=g.pick(["0,00", "0,00", g.money(1, 20)]))
    if proc:
        r = g.relative(b)
        doc.f("Retirado por representante legal: «n», CPF «cpf», RG «rg» (procuração arquivada)\n",
              n=P(r.caps), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"))
    doc.t("Declaro que recebi os medicamentos acima.  Ass.: ______________\n\n")
    doc.f("RELATÓRIO DIÁRIO DE DISPENSAÇÕES — FPB — loja «lj» — «d»\nOperador: «op»   Farmacêutic«o»: «f» («crf»)\n\n",
          lj=g.d(3), d=g.date("br"), op=login(g.person()), o=(fa := g.person()).o, f=P(fa.full), crf=(g.council("CRF", uf), "PROFESSIONAL_ID"))
    rows = []
    for _ in range(g.ri(3, 6)):
        p = g.person()
        rows.append([V(g.d(6)), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), P(g.pick([p.caps, p.caps, p.full])),
                     (g.dob("br"), "DATE_OF_BIRTH") if g.chance(0.6) else V("—"), (g.council("CRM", uf), "PROFESSIONAL_ID"),
                     V(g.pick(POPULAR).split(" ")[0][:14]), V(g.pick(["OK", "OK", "OK", "NEGADA: CPF irregular", "NEGADA: intervalo < 30d"]))])
    table_ruled(doc, ["Autoriz.", "CPF", "Beneficiário", "Nasc.", "CRM", "Item", "Situação"], rows, g.pick(["ascii", "dash", "plain"]))
    doc.f("\nObs.: «o»\n", o=g.pick(["2 autorizações negadas por CPF com pendência na Receita; clientes orientados.",
                                       "Receita com data > 365 dias devolvida.", "Sem ocorrências.",
                                       f"CPF {g.bad_cpf()} digitado errado pelo operador, corrigido na 2ª tentativa."]))
    return doc


def sa_receita_ocr(g: Gen) -> Doc:
    """OCR of a scanned special-control prescription (two copies) with the buyer and supplier boxes filled in."""
    doc = Doc()
    city, uf = g.city()
    med = g.person()
    pac = g.person()
    comp = pac if g.chance(0.4) else g.relative(pac)
    farm = g.person()
    drug, lista, forma = g.pick([c for c in CONTROLADOS if c[1].startswith("C")])
    O = lambda s: ocr(s, g, 0.4)
    doc.f("RECEITUÁRIO CONTROLE ESPECIAL\nIDENTIFICAÇÃO DO EMITENTE\nNome Completo: «n»\n«crm»   UF: «uf»\n"
          "Endereço: «end» — «c»\nTelefone: «t»\n\n1ª VIA FARMÁCIA   2ª VIA PACIENTE\n\n",
          n=P(O(g.pick([med.caps, med.full]))), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), uf=uf,
          end=g.pick(["Clínica Aurora, Av. Sete de Setembro, 1200, sala 304", "Consultório — Rua Barão de Mauá, 77", "Centro Médico Bento, sala 12"]),
          c=city, t=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("Paciente: «p»\nEndereço: «a»\n\nPrescrição:\n«drug» — «q» «fo»\n«pos»\n\n«c», «d»   «sig»\n\n",
          p=P(O(pac.full)), a=(O(g.address()), "ADDRESS"), drug=drug, q=g.pick(["30", "60", "2 caixas", "1 cx c/ 30"]), fo=forma,
          pos=g.pick(["Tomar 1 cp à noite", "1 cp pela manhã por 60 dias", "1 cáps 12/12h", "uso contínuo"]), c=city, d=g.date("br"),
          sig=g.pick(["[assinatura]", "[carimbo e assinatura]", "(ass.)"]))
    doc.f("IDENTIFICAÇÃO DO COMPRADOR\nNome: «n»\nIdent.: «rg»   Órg. Emissor: «o»\nEnd.: «a»\nCidade: «c»   UF: «uf»   Telefone: «t»\n\n",
          n=P(O(g.pick([comp.caps, comp.full]))), rg=(ocr(g.rg(), g, 0.3, digits=True), "BR_RG"), o=g.pick(["SSP", "SSP/" + uf, "SDS"]),
          a=(g.address(g.pick(["caps", "text"])), "ADDRESS"), c=city, uf=uf, t=(g.phone(), "PHONE_NUMBER"))
    doc.f("IDENTIFICAÇÃO DO FORNECEDOR\n«loja»\nFarm.: «f» «crf»\nData: «d»   Qtde dispensada: «q»   Lote: «lt»\n",
          loja=pharma(g), f=P(O(farm.short)), crf=(g.council("CRF", uf), "PROFESSIONAL_ID"), d=g.date("br"),
          q=g.pick(["30", "60", "28"]), lt=g.lote())
    doc.t(g.pick(["\n[texto manuscrito parcialmente ilegível]\n", "\n--- fim da página 1 ---\n", "\n(verso: carimbo 'RETIDA')\n"]))
    return doc


def sa_vacinas(g: Gen) -> Doc:
    """CSV of vaccines applied in the drugstore's vaccination room, prepared for the RNDS upload."""
    doc = Doc()
    city, uf = g.city()
    loja = pharma(g)
    sep = g.pick([";", ",", "\t"])
    doc.f("# «loja» — sala de vacinação — «c»/«uf» — CNES «cnes»\n# aplicações de «d» (exportar p/ RNDS até 48h)\n",
          loja=loja, c=city, uf=uf, cnes=g.d(7), d=g.date("br"))
    apl = [g.person() for _ in range(2)]
    apl_ids = [g.council(g.pick(["CRF", "COREN"]), uf) for _ in apl]
    cols = ["nome", "cpf", "cns", "dt_nasc", "sexo", "telefone", "cep_residencia", "vacina", "lote", "dose", "aplicador", "registro_aplicador"]
    rows = []
    for _ in range(g.ri(3, 6)):
        p = g.person()
        k = g.ri(0, 1)
        rows.append([P(g.pick([p.full, p.caps])), (g.cpf("raw"), "BR_CPF") if g.chance(0.85) else V(""),
                     (g.cns(False), "BR_CNS") if g.chance(0.7) else V(""), (g.dob(g.pick(["iso", "br"]), 1935, 2024), "DATE_OF_BIRTH"),
                     V("F" if p.female else "M"), (g.phone("raw"), "PHONE_NUMBER") if g.chance(0.8) else V(""),
                     (g.cep(False), "BR_CEP") if g.chance(0.85) else V(""),
                     V(g.pick(["Influenza tetravalente", "Herpes zóster recombinante", "HPV9", "Pneumocócica 20v", "Dengue (Qdenga)",
                               "Meningocócica ACWY", "VSR"])), V(g.lote()), V(g.pick(["D1", "D2", "DU", "REF"])),
                     P(apl[k].short), (apl_ids[k], "PROFESSIONAL_ID")])
    table_csv(doc, cols, rows, sep)
    doc.f("# responsável técnico: «n» — «crf»\n", n=P(g.person().full), crf=(g.council("CRF", uf), "PROFESSIONAL_ID"))
    return doc


def sa_recall(g: Gen) -> Doc:
    """E-mail from the pharmacist to the municipal health surveillance about a lot recall and the customers reached."""
    doc = Doc()
    city, uf = g.city()
    loja = pharma(g)
    rt = g.person()
    fisc = g.person()
    med = g.pick(POPULAR[:7] + [m for m, _, _ in CONTROLADOS[:10]])
    lt = g.lote()
    doc.f("De: «rt» <«rm»>\nPara: «fi» <«fm»>\nAssunto: Recolhimento lote «lt» — «m» — clientes contatados\n\n",
          rt=P(rt.full), rm=(corp_mail(rt, slug(loja)[:14] + ".com.br") if g.chance(0.6) else g.email(rt), "EMAIL_ADDRESS"),
          fi=P(fisc.full), fm=(corp_mail(fisc, "saude." + slug(city)[:12] + ".gov.br"), "EMAIL_ADDRESS"), lt=lt, m=med)
    doc.f("Prezad«o» «f»,\n\nem cumprimento à Resolução-RE nº «re»/«y» (Anvisa), que determinou o recolhimento do lote «lt» de «m» "
          "(«lab»), informo que a loja vendeu «k» unidades desse lote. Seguem os clientes identificados pelo CPF na nota e o resultado do "
          "contato:\n\n", o=fisc.o, f=P(fisc.first), re=g.ri(100, 4999), y=g.ri(2024, 2026), lt=lt, m=med, lab=g.pick(LABS), k=g.ri(3, 12))
    rows = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        rows.append([V(g.date("br")), P(g.pick([p.full, p.short, p.caps])), (g.cpf(), "BR_CPF") if g.chance(0.7) else V(g.masked_cpf()),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
                     V(g.pick(["devolveu 1 cx", "trocado", "não atende", "recado c/ filha", "já tinha usado tudo", "devolverá amanhã"]))])
    table_ruled(doc, ["Venda", "Cliente", "CPF", "Telefone", "Contato"], rows, g.pick(["ascii", "dash", "plain"]))
    if g.chance(0.5):
        p = g.person()
        doc.f("\n«ac» «n» relatou mal-estar; orientad«o» a procurar a UBS e notificado no VigiMed. Endereço para visita, se necessário: "
              "«a», CEP «cep».\n", ac="A cliente" if p.female else "O cliente", o=p.o, n=P(p.full), a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("\nAs unidades devolvidas estão segregadas na área de quarentena. Fico à disposição.\n\n«rt»\nFarmacêutic«o» RT — «crf»\n«loja» · «t»\n",
          rt=P(rt.full), o=rt.o, crf=(g.council("CRF", uf), "PROFESSIONAL_ID"), loja=loja, t=(g.phone(mobile=False), "PHONE_NUMBER"))
    return doc


SA = [sa_livro, sa_sngpc_xml, sa_farmacovig, sa_popular, sa_receita_ocr, sa_vacinas, sa_recall]


# =========================================================================== financeiro


def fi_chargeback(g: Gen) -> Doc:
    """Chargeback notice of the acquirer and the drugstore's dossier for a phone/WhatsApp order paid by card."""
    doc = Doc()
    loja = pharma(g)
    c = g.person()
    an = g.person()
    moto = g.person()
    rec = g.relative(c) if g.chance(0.5) else g.person()
    v = g.money(80, 2400)
    acq = g.pick(["Cielo", "Rede", "Stone", "Getnet", "PagSeguro"])
    doc.f("De: «acq» — Gestão de Contestações <nao-responda@«d»>\nAssunto: Aviso de chargeback — EC «ec» — prazo para defesa: «pz»\n\n"
          "Estabelecimento: «loja»  CNPJ «cnpj»\nTransação: «dt»  Valor R$ «v»  Cartão «mc»  NSU «nsu»  Aut. «aut»\n"
          "Motivo: «mot»\n\n",
          acq=acq, d=slug(acq) + ".com.br", ec=g.d(10), pz=g.date("br"), loja=loja, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          dt=g.date("br"), v=v, mc=g.masked_card(), nsu=g.nsu(), aut=g.d(6),
          mot=g.pick(["4837 — Transação não reconhecida pelo portador", "4855 — Mercadoria não recebida", "13.1 — Merchandise not received",
                      "10.4 — Fraude em ambiente não presencial"]))
    doc.f("---------- Encaminhada por «a» (financeiro) ----------\n«g», montei o dossiê abaixo; por favor confere antes de eu subir no portal.\n\n",
          a=P(an.full), g=P(g.person().first))
    doc.f("1) Ficha de autorização de venda à distância (preenchida e assinada pelo cliente, foto enviada no WhatsApp «wa»):\n"
          "   Titular do cartão: «n»\n   Cartão: «card»   Val.: «val»   (CVV não armazenado)\n   CPF do titular: «cpf»   Nasc.: «dob»\n",
          wa=(g.phone("wa"), "PHONE_NUMBER"), n=P(g.pick([c.caps, c.full])), card=(g.card(g.chance(0.7)), "CREDIT_CARD"),
          val=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}", cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(), "DATE_OF_BIRTH"))
    doc.f("2) Link de pagamento: aberto do IP «ip» em «d» «h» (device «dev»), 3DS «tds».\n",
          ip=(g.ip(g.chance(0.3)), "IP_ADDRESS"), d=g.date("br"), h=g.hms(),
          dev=g.pick(["iPhone 13", "Samsung A54", "Motorola g84", "Xiaomi Redmi Note 12"]), tds=g.pick(["autenticado", "não suportado", "challenge ok"]))
    doc.f("3) Entrega: «a», «b», CEP «cep», em «d» às «h», pelo entregador «m» (moto «pl»). Recebido por «r», RG «rg», com foto do canhoto.\n",
          a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), d=g.date("br"), h=g.hm(),
          m=P(g.pick([moto.full, moto.short])), pl=(g.plate(), "LICENSE_PLATE"), r=P(g.pick([rec.full, rec.short, rec.caps])),
          rg=(g.rg(), "BR_RG"))
    doc.f("4) Itens: «i». Cupom «cf». Pedido «ped».\n5) Histórico: cliente tem «k» compras no CPF desde «y», todas pagas; e-mail cadastrado «m».\n\n",
          i=", ".join(g.rng.sample(LIVRES + POPULAR, 3)), cf=g.d(6), ped=f"WPP-{g.d(6)}", k=g.ri(3, 60), y=g.ri(2016, 2024),
          m=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("Obs.: «o»\n— «a»\n", o=g.pick(["seria prudente anexar o áudio da cliente confirmando o pedido.", "o número do WhatsApp é o mesmo do cadastro.",
                                           "cliente diz que a compra foi feita pelo neto sem autorização."]), a=P(an.first))
    return doc


def fi_repasse(g: Gen) -> Doc:
    """Monthly reconciliation of Farmácia Popular payments (repasse) with the rejected (glosadas) authorisations."""
    doc = Doc()
    loja = pharma(g)
    an = g.person()
    bank = g.pick(BANKS[:5])
    doc.f("CONCILIAÇÃO FARMÁCIA POPULAR — competência «m»/«y»\nEstabelecimento: «loja» — CNPJ «cnpj»\n"
          "Conta de repasse: banco «bk» («bn») ag. «ag» c/c «cc»\nCrédito FNS em «d»: R$ «v»   (ordem bancária «ob»)\n\n",
          m=f"{g.ri(1, 12):02d}", y=g.ri(2024, 2025), loja=loja, cnpj=(g.cnpj(), "BR_CNPJ"), bk=bank[0], bn=bank[1],
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), d=g.date("br"), v=g.money(8000, 120000),
          ob=f"{g.ri(2024, 2025)}OB{g.d(6)}")
    doc.t("Autorizações glosadas (arquivo do DATASUS, colunas originais):\n")
    cols = ["nu_autorizacao", "nu_cpf", "no_beneficiario", "dt_nascimento", "nu_crm", "sg_uf_crm", "vl_ms", "ds_motivo_glosa"]
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        uf = g.pick(UFS)
        rows.append([V(g.d(16)), (g.cpf("raw"), "BR_CPF"), P(fold(p.full).upper()), (g.dob("iso"), "DATE_OF_BIRTH") if g.chance(0.7) else V(""),
                     (str(g.ri(1000, 199999)), "PROFESSIONAL_ID"), V(uf), V(g.money(5, 180).replace(".", "")),
                     V(g.pick(["CPF com óbito registrado", "receita vencida", "falta assinatura do cupom vinculado", "CRM inexistente",
                               "dispensação acima do limite"]))])
    table_csv(doc, cols, rows, g.pick([";", "|"]))
    doc.f("\nRecurso das glosas até «d». Responsável: «a» («m», ramal «r»).\n",
          d=g.date("br"), a=P(an.full), m=(corp_mail(an, slug(loja)[:14] + ".com.br"), "EMAIL_ADDRESS"), r=g.d(4))
    return doc


def fi_motoboys(g: Gen) -> Doc:
    """Weekly payment batch to freelance delivery riders (Pix of every kind and TED)."""
    doc = Doc()
    loja = pharma(g)
    op = g.person()
    doc.f("«loja» — Fechamento entregas semana «w» («d1» a «d2»)\nAprovado por: «a»\n\n", loja=loja, w=g.ri(1, 52),
          d1=(pr := g.period())[0], d2=pr[1], a=P(op.full))
    cols = ["Entregador", "CPF", "NIT (RPA)", "CNH", "Placa", "Celular", "Entregas", "Valor R$", "Forma", "Chave / Conta"]
    rows = []
    for _ in range(g.ri(3, 6)):
        p = g.person(female=g.chance(0.15))
        cpf = g.cpf()
        kind = g.pick(["cpf", "email", "tel", "uuid", "uuid", "ted"])
        if kind == "cpf":
            key = (cpf, "BR_CPF")
        elif kind == "email":
            key = (g.email(p), "EMAIL_ADDRESS")
        elif kind == "tel":
            key = (g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER")
        elif kind == "uuid":
            key = (g.uuid(), "PIX_KEY")
        else:
            key = None
        row = [P(g.pick([p.full, p.short, p.caps])), (cpf, "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.75) else V("—"), (g.cnh(), "BR_CNH") if g.chance(0.8) else V("pendente"),
               (g.plate(), "LICENSE_PLATE"), (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"), V(str(g.ri(12, 140))), V(g.money(150, 2200)), V("TED" if key is None else "Pix")]
        rows.append((row, key))
    style = g.pick(["csv", "md"])
    if style == "md":
        doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    else:
        doc.t(" ; ".join(cols) + "\n")
    for row, key in rows:
        doc.t("| " if style == "md" else "")
        for v, lab in row:
            doc.e(v, lab)
            doc.t(" | " if style == "md" else " ; ")
        if key is None:
            bank = g.bank()
            doc.f("«b» ag «a» cc «c»", b=bank[0], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
        else:
            doc.e(*key)
        doc.t(" |\n" if style == "md" else "\n")
    doc.f("\nDescontos: avaria moto de «n» (R$ «v») conforme termo assinado. Dúvidas: «t» (financeiro).\n",
          n=P(g.person(female=False).first), v=g.money(30, 300), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_convenio(g: Gen) -> Doc:
    """Monthly statement of the drug benefit for a client company's employees (payroll deduction)."""
    doc = Doc()
    loja = pharma(g)
    emp = g.pick(["Metalúrgica Bento Ltda", "Transportadora Aurora", "Hospital São Rafael", "Cooperativa Agroflor", "Colégio Prudente de Morais",
                  "Construtora Amado & Leal", "Frigorífico Paz", "Prefeitura de " + g.city()[0]])
    rh = g.person()
    ven = g.person()
    doc.f("«loja» — CONVÊNIO EMPRESA\nFatura nº «n» — «emp» (CNPJ «cnpj») — período «d1» a «d2»\nA/C «rh» — RH\n\n",
          loja=loja.upper(), n=g.d(6), emp=emp, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), d1=(pr := g.period())[0], d2=pr[1],
          rh=P(rh.full))
    rows = []
    total = 0
    for _ in range(g.ri(4, 7)):
        p = g.person()
        v = g.ri(15, 800)
        total += v
        rows.append([V(g.d(5)), P(g.pick([p.inverted, p.caps, p.inverted])), (g.cpf(), "BR_CPF") if g.chance(0.8) else V(g.masked_cpf()),
                     V(str(g.ri(1, 9))), V(f"{v},{g.d(2)}"), V(g.pick(["1/1", "1/2", "2/2", "1/3"]))])
        if g.chance(0.2):
            dep = g.relative(p)
            rows.append([V("  dep."), P(g.pick([dep.caps, dep.full])), V(""), V(str(g.ri(1, 4))), V(f"{g.ri(10, 200)},{g.d(2)}"), V("1/1")])
    table_ruled(doc, ["Matr.", "Funcionário", "CPF", "Cupons", "Valor R$", "Parc."], rows, g.pick(["ascii", "dash", "plain"]))
    doc.f("\nTotal a descontar em folha: R$ «t». Vencimento «v». Boleto/Pix: chave «pix».\nContato comercial: «c» — «tel» — «m»\n",
          t=f"{total:,}".replace(",", ".") + f",{g.d(2)}", v=g.date("br"), pix=(g.uuid(), "PIX_KEY"), c=P(ven.full),
          tel=(g.phone(), "PHONE_NUMBER"), m=(corp_mail(ven, slug(loja)[:14] + ".com.br"), "EMAIL_ADDRESS"))
    return doc


def fi_extrato(g: Gen) -> Doc:
    """Bank statement of the store with the treasury analyst's reconciliation notes."""
    doc = Doc()
    loja = pharma(g)
    an = g.person()
    bank = g.bank()
    own_key = g.uuid()
    doc.f("Extrato conta corrente — «bn» — ag. «ag» c/c «cc» — «loja»\nPeríodo «d1» a «d2»   Chave Pix da conta: «pix»\n\n",
          bn=bank[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), loja=loja, d1=(pr := g.period())[0], d2=pr[1],
          pix=(own_key, "PIX_KEY"))
    rows = []
    for _ in range(g.ri(6, 9)):
        k = g.pick(["pixin", "pixin", "pixin", "fns", "cartao", "pixout", "tarifa", "ted"])
        p = g.person()
        if k == "pixin":
            nm = fold(p.full).upper()
            if len(nm) > 22:
                nm = nm[:22].rstrip()
            hist = [V("PIX RECEBIDO "), P(nm), V(" " + g.masked_cpf())]
            val = g.money(10, 600)
        elif k == "ted":
            b = g.bank()
            hist = [V(f"TED RECEBIDA {b[0]} "), (g.agency(False), "BANK_ACCOUNT"), V(" "), (g.account(), "BANK_ACCOUNT"), V(" "),
                    P(fold(p.short).upper()[:18].rstrip())]
            val = g.money(50, 900)
        elif k == "fns":
            hist = [V("TED FNS FARMACIA POPULAR OB " + g.d(6))]
            val = g.money(3000, 50000)
        elif k == "cartao":
            hist = [V(f"CRED {g.pick(['CIELO', 'REDE', 'STONE', 'GETNET'])} {g.pick(['DEB', 'CRED', 'ANTEC'])} LOTE {g.d(6)}")]
            val = g.money(500, 30000)
        elif k == "pixout":
            hist = [V("PIX ENVIADO "), P(fold(p.short).upper())]
            val = "-" + g.money(10, 400)
        else:
            hist = [V(g.pick(["TARIFA PACOTE SERVICOS", "IOF", "TAR TED", "ALUGUEL POS"]))]
            val = "-" + g.money(5, 200)
        rows.append((pr[0][3:5] + g.d(0), g.ri(int(pr[0][:2]), int(pr[1][:2])), hist, val))
    rows.sort(key=lambda r: r[1])
    for mm, dd, hist, val in rows:
        d = f"{dd:02d}/{mm}"
        doc.t(d + "  ")
        ln = 0
        for v, lab in hist:
            if lab:
                doc.e(v, lab)
            else:
                doc.t(v)
            ln += len(v)
        doc.t(" " * max(1, 52 - ln) + val.rjust(12) + "\n")
    doc.f("\nNotas da conciliação («a»):\n", a=P(an.full))
    for _ in range(g.ri(2, 3)):
        p = g.person()
        kind = g.pick(["pedido", "devol", "duplic"])
        if kind == "pedido":
            doc.f("- Pix de «n» = pedido app «o» (CPF na nota «cpf»).\n", n=P(g.pick([p.short, p.caps])), o=f"#{g.d(7)}", cpf=(g.cpf(), "BR_CPF"))
        elif kind == "devol":
            doc.f("- Devolução Pix p/ «n» (chave «k») — produto em falta, autorizado por «s».\n", n=P(p.full),
                  k=g.pick([(g.email(p), "EMAIL_ADDRESS"), (g.phone("e164"), "PHONE_NUMBER"), (g.uuid(), "PIX_KEY"), (g.cpf(), "BR_CPF")]),
                  s=P(g.person().first))
        else:
            doc.f("- «n» pagou duas vezes (tel. «t»); estornar via MED, protocolo «p».\n", n=P(g.pick([p.full, p.first])),
                  t=(g.phone(), "PHONE_NUMBER"), p=g.protocol())
    return doc


def fi_crediario(g: Gen) -> Doc:
    """Credit account (crediário / 'fiado') form of a neighbourhood drugstore, with the collection message."""
    doc = Doc()
    loja = pharma(g)
    c = g.person()
    city, uf = g.city()
    doc.f("«loja» — FICHA DE CREDIÁRIO Nº «n»\n\nNome: «nm»\nCPF: «cpf»   RG: «rg»   Nasc.: «dob»\nEndereço: «a»  Bairro: «b»\n"
          "Cidade: «c»/«uf»  CEP: «cep»\nFone: «t»   Recado: «t2»\nE-mail: «em»\n",
          loja=loja.upper(), n=g.d(4), nm=P(g.pick([c.caps, c.full])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          dob=(g.dob(g.pick(["br", "short", "nopad"])), "DATE_OF_BIRTH"), a=(g.address(g.pick(["caps", "text", "low"])), "ADDRESS"),
          b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          t2=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          em=(g.email(c), "EMAIL_ADDRESS") if g.chance(0.6) else g.pick(["não tem", "—", "(não informou)"]))
    doc.f("Trabalha em: «e»   Renda: R$ «r»   Limite: R$ «l»   Vencimento: dia «v»\n",
          e=g.pick(["Supermercado Flor do Dia", "Prefeitura", "autônom" + c.o, "aposentad" + c.o + " INSS", "Cerâmica Branco & Filhos", "diarista"]),
          r=g.money(1400, 6000), l=g.pick(["300,00", "500,00", "800,00", "1.000,00"]), v=g.pick([5, 10, 15, 20]))
    doc.t("Referências:\n")
    for _ in range(2):
        p = g.person()
        doc.f("  «n» («rel») — «t»\n", n=P(g.pick([p.full, p.first + " " + p.last, p.nick])), rel=g.pick(["vizinha", "irmão", "patroa", "cunhada", "colega"]),
              t=(g.phone(), "PHONE_NUMBER"))
    doc.f("Autorizados a comprar na conta: «a»\n\n", a=P(g.relative(c).full))
    doc.t("Data   | Itens                          | Valor   | Visto\n")
    for _ in range(g.ri(3, 6)):
        it = g.pick(LIVRES + POPULAR)[:30]
        doc.f("«d» | «i» | «v» | «s»\n", d=g.date("br")[:5], i=it.ljust(30), v=g.money(8, 150).rjust(7),
              s=(g.pick(["pg", "pg ✓", "—", "pago pix"]), None))
    att = g.person(female=True)
    doc.f("\nMensagem de cobrança enviada em «d» p/ «t»:\n\"Olá «n», aqui é a «a» da «loja». Sua conta do crediário está com R$ «v» "
          "em aberto desde «dv». Pode pagar no Pix «pix» ou no balcão. Obrigada!\"\n",
          d=g.date("br"), t=(g.phone(), "PHONE_NUMBER"), n=P(g.pick([c.first, c.nick])), a=P(att.first), loja=loja,
          v=g.money(40, 600), dv=g.date("br"), pix=(g.uuid(), "PIX_KEY"))
    return doc


def fi_nfce(g: Gen) -> Doc:
    """Text of an NFC-e (consumer electronic invoice) with the consumer identified by CPF."""
    doc = Doc()
    loja = pharma(g)
    city, uf = g.city()
    c = g.person()
    farm = g.person()
    doc.f("«loja»\nCNPJ: «cnpj»  IE: «ie»\n«end» — «c»/«uf»\nDocumento Auxiliar da Nota Fiscal de Consumidor Eletrônica\n\n"
          "Código   Descrição                         Qtde  Un  Vl Unit   Vl Total\n",
          loja=loja.upper(), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), ie=f"{g.d(3)}.{g.d(3)}.{g.d(3)}.{g.d(3)}",
          end=g.address(), c=city, uf=uf)
    total = 0.0
    for _ in range(g.ri(2, 6)):
        it = g.pick(LIVRES + POPULAR + [m for m, _, _ in CONTROLADOS])[:32]
        q = g.ri(1, 3)
        u = g.ri(5, 190) + g.ri(0, 99) / 100
        total += q * u
        doc.t(f"{g.ean()}  {it.ljust(32)}  {q:>3}  UN  {u:8.2f}  {q * u:8.2f}\n".replace(".", ","))
    desc = round(total * g.pick([0.05, 0.1, 0.15, 0.2]), 2)
    doc.f("\nQtd. total de itens «k»\nValor total R$ «t»\nDescontos R$ «d»   (desconto no CPF — Clube)\nValor a pagar R$ «p»\n"
          "FORMA PAGAMENTO          VALOR PAGO\n«fp»\n\n",
          k=g.ri(2, 9), t=f"{total:.2f}".replace(".", ","), d=f"{desc:.2f}".replace(".", ","), p=f"{total - desc:.2f}".replace(".", ","),
          fp=g.pick(["Cartão de Crédito", "Cartão de Débito", "PIX", "Dinheiro"]))
    ch = g.chave_nfe()
    doc.f("Consulte pela Chave de Acesso em www.sefaz.«u».gov.br/nfce\n«ch»\n\n", u=uf.lower(), ch=" ".join(ch[i:i + 4] for i in range(0, 44, 4)))
    form = g.pick(["cpf_nome", "cpf_nome", "cpf", "cpf_end"])
    if form == "cpf":
        doc.f("CONSUMIDOR - CPF «cpf»\n", cpf=(g.cpf(), "BR_CPF"))
    elif form == "cpf_nome":
        doc.f("CONSUMIDOR - CPF «cpf» - «n»\n", cpf=(g.cpf(), "BR_CPF"), n=P(fold(c.full).upper()))
    else:
        doc.f("CONSUMIDOR - CPF «cpf» - «n» - «a», «b», «c» - CEP «cep»\n", cpf=(g.cpf(), "BR_CPF"), n=P(fold(c.full).upper()),
              a=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), c=fold(city).upper(), cep=(g.cep(g.chance(0.5)), "BR_CEP"))
    if g.chance(0.5):
        doc.f("NFC-e enviada para «m»\n", m=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("NFC-e nº «n» Série «s» «d» «h»\nProtocolo de Autorização: «pr»\nData de Autorização «d» «h»\n\n"
          "Tributos totais incidentes (Lei Federal 12.741/2012): R$ «tr»\nFarmacêutic«o» responsável: «f» — «crf»\n«extra»",
          n=g.d(6), s=g.ri(1, 9), d=g.date("br"), h=g.hms(), pr=g.neg(15), tr=g.money(2, 60), o=farm.o,
          f=P(g.pick([farm.full, farm.caps])), crf=(g.council("CRF", uf), "PROFESSIONAL_ID"),
          extra=g.pick(["Você economizou R$ " + g.money(1, 40) + " com o Clube! Cadastre-se: app ou balcão.\n",
                        "Troca somente com cupom em até 7 dias (exceto medicamentos).\n", "Volte sempre!\n"]))
    if g.chance(0.4):
        doc.f("Atendente: «a»  Caixa: «cx»  Op.: «op»\n", a=P(g.person().first), cx=g.ri(1, 6), op=login(g.person()).upper())
    return doc


FI = [fi_chargeback, fi_repasse, fi_motoboys, fi_convenio, fi_extrato, fi_crediario, fi_nfce]


TEMPLATES = {
    "atendimento": AT,
    "juridico": JU,
    "saude": SA,
    "financeiro": FI,
}


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", v.translate(OCR_UNDO)) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS", "ADDRESS", "PROFESSIONAL_ID", "PIX_KEY", "LICENSE_PLATE") else ""
        if lab == "BR_CPF":
            assert cpf_ok(digits), (record["id"], v)
        elif lab == "CREDIT_CARD":
            assert len(digits) in (15, 16) and luhn_dv(digits[:-1]) == digits[-1], (record["id"], v)
        elif lab == "BR_CNS":
            assert cns_ok(digits), (record["id"], v)
        elif lab == "BR_CNPJ":
            raw = re.sub(r"[^0-9A-Z]", "", v)
            assert len(raw) == 14 and cnpj_dv(raw[:12]) == raw[12:], (record["id"], v)
        elif lab == "BR_PIS":
            assert len(digits) == 11 and pis_dv(digits[:10]) == digits[10], (record["id"], v)
        elif lab == "BR_CNH":
            assert len(digits) == 11 and cnh_dv(digits[:9]) == digits[9:], (record["id"], v)
        elif lab == "BR_TITULO_ELEITOR":
            assert len(digits) == 12 and titulo_dv(digits[:8], digits[8:10]) == digits[10:], (record["id"], v)
        elif lab == "BR_RG":
            raw = re.sub(r"[^0-9X]", "", v.translate(OCR_UNDO))
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(sac|juridico|dpo|privacidade|farmacovigilancia|atendimento|contato|financeiro|nao-responda|noreply)@", v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"[0-9.]+|[0-9a-f:]+", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            # SNGPC XML and DATASUS CSV: the number field alone (council and UF are sibling fields)
            assert re.match(r"(CRF|CRM|CRO|CRMV|OAB|COREN)\b", v) or (v.isdigit() and text[s["start"] - 1] in ">;|"), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?[0-9][0-9A-Z][0-9]{2}", v), (record["id"], v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[0-9]+(-[0-9X])?", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"(19|20)[0-9]{2}|/[0-9]{2}$", v), (record["id"], v)
    # hard negatives: every bare 11-digit run that is not inside a gold span fails the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in re.finditer(r"(?<![\dA-Za-z])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])", text):
        if any(a <= m.start() and m.end() <= b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], "unlabelled valid CPF", m.group(1))


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
    with (HERE / f"{NAME}.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print(NAME, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    per_dom: dict[str, int] = {}
    for r in records:
        per_dom[r["domain"]] = per_dom.get(r["domain"], 0) + len(r["spans"])
    print("  per domain:", per_dom)
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
