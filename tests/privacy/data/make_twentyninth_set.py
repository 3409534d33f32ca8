"""Build the twenty-ninth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_twentyninth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 29,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: logistics, e-commerce and delivery, the way personal
data sits in marketplace and transport operations. Marketplace mediation threads between
buyer, seller and mediator, returns (RMA) back-office screens with dotted key/value layout,
carrier tracking logs (pipe separated), a last-mile base's fixed-width failure report,
courier-app chats typed in lower case with shorthand ("to na", "c/", "ngm atende",
"entreguei na portaria", "cliente ausente"), shipping labels and a Correios content
declaration as text read back from a PDF, DANFE read back by pdftotext (one label a line,
values below), freight-damage protests under Lei 11.442/2007, small-claims (JEC) petitions
against marketplace and carrier, labour-court minutes of a courier's claim, pharmacy
home-delivery orders with retained prescriptions, a lab's home-collection route, sample
transport manifests, home-care equipment orders, payment-gateway chargeback cases, COD
close-out and seller-payout CSVs, refund-worker JSON logs, manual fraud review.
- atendimento: a marketplace mediation thread (buyer, seller's attendant, the carrier's
  proof of delivery naming a stranger, the doorman by first name or nickname, mediator); a
  returns (RMA) record with history log, customer IP, collecting driver and refund by card,
  random Pix key or TED; a carrier tracking consultation (header + pipe-separated events:
  drivers and plates, a failed attempt with the phone tried, receiver with RG and relation);
  a courier-app chat in lower case (speakers are the roles "entregador", "cliente", "suporte")
  with the support ticket summary below; a base's fixed-width delivery-failure report (one
  row a parcel, drivers listed once at the foot with their plates); a lost-parcel e-mail
  thread of a small artisan seller with the Correios content declaration (sender and
  recipient blocks); a pre-posting list (PLP) of shipping labels.
- juridico: a JEC petition (author's full qualification, two companies as defendants, the
  stranger who "received" the parcel, a neighbour as witness, lawyer or the author alone);
  a shipper's damage protest to a carrier (regulator, receiver's reservation on the
  delivery slip, the truck driver's CPF, CNH and plates, NF-e access key); a complaint on a
  consumer platform with the company's answer (courier, analyst, refund account); an
  extrajudicial notice to an MEI seller with the AR (delivery receipt) transcribed; a
  settlement after a delivery van hit a motorcyclist (parties, driver, plates, payment
  account or random Pix key, witnesses); labour-court minutes of a courier's claim (judge,
  lawyers, the company's representative, the claimant's CPF, PIS, título, CNH and birth
  date from the petition, witness, settlement account); an LGPD access request and the
  marketplace's answer with the data held as JSON (addresses, authorised receivers, device
  IPs).
- saude: a pharmacy delivery order with a controlled drug (pharmacist, prescriber, patient,
  SNGPC buyer data, courier, the store's random Pix key); a lab's home-collection route
  (phlebotomist with COREN, patients with birth date, CNS or plan card, requesting
  physicians, ICD-10 codes); a biological-sample transport manifest (courier's CPF, CNH and
  plate; patients with birth date and sometimes CNS; a non-conformity; biomedic with CRBM);
  a WhatsApp export of a pharmacy's delivery desk (customer shown by phone number or by
  contact name on every line, relatives who receive or pay); a home-care installation order
  (patient, carer, physician, physiotherapist with CREFITO, technician, van, receiver); a
  public specialised-medicines home-delivery route (pipe separated: CNS, CPF, name, birth
  date, address, CEP, phone, ICD-10, return status naming who received); a cold-chain
  complaint about insulin and the responsible pharmacist's answer.
- financeiro: a gateway chargeback case (cardholder vs buyer, purchase IP, delivery proof,
  analyst, the cardholder's letter with the full card number); a driver's cash-on-delivery
  close-out CSV (the company's random Pix key, Pix end-to-end ids, boleto lines, card-machine
  NSU); a seller payout cycle CSV (individuals with CPF, MEIs, companies, accounts or random
  Pix keys, a payout held for a third-party account); a DANFE (issuer, recipient block,
  transport block with an independent driver or a carrier, additional information); an
  independent truck driver's payment receipt (RPA/CIOT: CPF, NIT/PIS, RG, CNH, sometimes the
  título, plates, withholdings, a dependant's birth date, Pix advance and account); a
  refund-worker JSON log in an ops ticket (Pix keys of every type, TED, masked card
  reversal); a manual fraud-review card (buyer vs bureau birth date, cardholder, IP, linked
  e-mails, the analyst's call).

Conventions (the twentieth set's, with the later sets' decisions where they apply): PERSON
covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu" ("o porteiro (seu
André)" labels "André"); particles inside a name (de, da, dos, e) are part of it; "SURNAME,
Given" is one span; nicknames and first names alone are persons, also lower case as typed in
chats. Buyers, sellers who are natural persons, receivers on proofs of delivery, doormen,
neighbours, relatives, drivers, couriers, carriers' letter-carriers, witnesses, patients,
carers, and staff named in the text (attendants, mediators, analysts, supervisors,
pharmacists, physicians, phlebotomists, technicians, lawyers, judges, the data-protection
officer) are persons. Logins ("rbaniwa", "m.aragao76", "app.cliente", "integ.correios"),
system actors ("sistema", "rf-scanner-12"), chat speaker roles (entregador, cliente,
suporte) and the pharmacy as a WhatsApp sender are not. Companies are not persons even when
named after people or with a word name (Móveis Ximenes & Filhos Ltda., Transportadora
Cangussu & Filhos, Magazine Amado, Casas Prudente, Rosa dos Ventos Logística, Drogaria Luz
Divina, Farmácia Flor de Lis), nor are places (Presidente Prudente, Bento Gonçalves,
Vitória, Aurora/CE, bairros such as Vila Prudente or São Bento), WhatsApp group names, nor
streets named alone as a place ("na Av. Barão de Mauá, altura do nº 900", "Avenida Bento
Gonçalves, em frente ao terminal" as the place of an accident). Corporate e-mails of people
are EMAIL_ADDRESS; role mailboxes (sac@, ajuda@, atendimento@, privacidade@, dpo@) are not
labelled. ADDRESS is street type + name + number + complement of a person's home or delivery
point (bairro, city, UF and CEP outside); where a JSON splits street and number, only the
street field is an ADDRESS span; a company's address (a seller's warehouse, a head office, a
DANFE issuer, a Correios agency, a locker) is not labelled. Every CEP is BR_CEP, a company's
too. Phone numbers with an area code are PHONE_NUMBER (a company's landline on a DANFE or in
a signature too; a Pix key that is a phone number too). Agency and account are separate
BANK_ACCOUNT spans whoever holds them; bank codes and bank names are not labelled.
DATE_OF_BIRTH only for birth dates (patients', buyers', a claimant's, a child's, a
dependant's; a bureau's conflicting birth date too); purchase, delivery, collection,
hearing, prescription, issue and due dates are not. PROFESSIONAL_ID includes the council
acronym, UF and any "nº" ("CRM/SP 123456", "CRM CE 152.076", "CRF-PE nº 191.945",
"COREN/CE 247.897-TE", "CREFITO-12/207358-F", "CRBM-1 05524", "OAB/RS 191.322"). PIX_KEY
only for random (UUID) keys used as Pix keys: a customer's, a seller's, a victim's, a
driver's, a store's or a carrier's company key; Pix keys that are a CPF, an e-mail or a phone
take those labels. CREDIT_CARD only for full card numbers (typed by a buyer in a mediation
thread or a complaint, quoted in a cardholder's letter); masked cards ("5420 98** ****
8705", "final 4410", BIN + last four) are not labelled. LICENSE_PLATE for old and Mercosul
plates of any vehicle (motorbikes, vans, trucks, trailers), also lower case as typed in a
chat. IP_ADDRESS for every IPv4 here. BR_RG in the SP form with its check digit, raw or
dotted, or as "MG-12.345.678"; the issuing body is outside the span.

Decisions for this register: an MEI's legal name is the 8-digit CNPJ root followed by the
owner's name ("32.444.672 ROSANA TEIXEIRA CARNEIRO LEAO"): the name is PERSON, the root is
not labelled (a partial identifier), the full CNPJ next to it is BR_CNPJ. An NF-e access key
(44 digits, with the issuer's CNPJ inside it) is not labelled, nor are the CNPJ digits within
it. Correios object codes (QB123456785BR, spaced on labels), AWBs, order numbers (16-digit
marketplace orders fail the Luhn check), RMA, PLP, contract, CT-e, MDF-e, CIOT, RNTRC/ANTT,
NF-e numbers, authorisation protocols, GNRE numbers, e-tickets, NSU, Pix end-to-end ids,
boleto lines, gateway dispute and transaction ids, device fingerprints, sample barcodes,
health-plan card numbers, equipment serials, electricity consumer units (UC), CTPS numbers
and reason codes (13.1, 4853) are not labelled. GPS coordinates on a proof of delivery are
not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Wanderlúcia, Gleidimar, Kethellyn, Dheyson, Rizomar, Ysabelly; Italian, German,
Japanese/Okinawan, Lebanese, Korean, Chinese, Polish, Haitian, Venezuelan, Senegalese,
Angolan, Bolivian, indigenous, Jewish), at least a quarter of the name words rare or
invented; names that are also words (Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória,
Aurora, Branco, Graça, Celeste, Neves, Justo, Modesto, Fiel) next to the same words used as
words ("conta de luz", "luz de freio", "caixa branca amassada", "seria prudente", "deu luz
verde", "vitória do consumidor") and in companies, streets and places (Rua Rosa Branca,
Largo Prudente de Morais, Drogaria Luz Divina, Aurora Express, Jardim Celeste), which are not
persons. Forms: full names, ALL CAPS with or without accents, lower case, first name alone,
nicknames (Cida, Zé Carlos, Tião), "SURNAME, GIVEN" in a manifest.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(SAC protocols, order numbers), laws and rules ("Lei 8.078/1990", "Lei 9.099/1995", "Lei
11.442/2007", "Lei 10.209/2001", "Lei 12.741/2012", "Lei 13.709/2018", "Lei Complementar nº
87/1996", "RDC 430/2020", arts. 754 and 786 of the Código Civil), ICD-10 codes, money,
protocol, ticket, order and tracking numbers, company names containing surnames or word
names, streets named alone, dates that are not birth dates. The check below verifies the
check digits of every labelled identifier and that no unlabelled digit run shaped like a
CPF (11 digits or dotted), a título (12), a CNS (15) or a card (16) passes its check.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
import uuid
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).parent
SEED = 29
ORD = "twentyninth"

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
    """Numeric or alphanumeric (2026) CNPJ: a character is worth ord(c) - 48."""
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
        return None  # bodies where the published variants of the algorithm disagree
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


def sro_dv(eight: str) -> str:
    """Check digit of a Correios object code (AA123456785BR)."""
    r = 11 - sum(int(c) * w for c, w in zip(eight, [8, 6, 4, 2, 3, 5, 9, 7])) % 11
    return "0" if r == 10 else ("5" if r == 11 else str(r))


def mod11_nfe(digits: str) -> str:
    """Check digit of an NF-e access key (weights 2..9 from the right)."""
    total, w = 0, 2
    for c in reversed(digits):
        total += int(c) * w
        w = 2 if w == 9 else w + 1
    r = total % 11
    return "0" if r < 2 else str(11 - r)


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Renata", "Vanessa", "Carolina", "Bianca", "Daniela", "Eliane", "Márcia", "Kátia", "Rosana", "Lúcia",
        "Helena", "Alice", "Lívia", "Cecília", "Yasmin", "Bruna", "Jéssica", "Thaís", "Michele", "Sueli", "Regina",
        "Maria Aparecida", "Ana Paula", "Marta", "Sônia", "Denise", "Luana", "Priscila", "Fabiana", "Patrícia",
        "Juliana", "Camila", "Aline", "Tatiane", "Simone", "Adriana", "Letícia", "Beatriz", "Gabriela", "Maria José"]
RARE_F = ["Wanderlúcia", "Gleidimar", "Adneia", "Erivânia", "Ivoneide", "Ozana", "Cleonice", "Tereza Neuma",
          "Kaylane", "Sthefany", "Ysabelly", "Dulcinéia", "Gilvânia", "Adailza", "Leudimar", "Marcionília", "Nailde",
          "Ozirene", "Raiclene", "Quitéria", "Eufrásia", "Deusimar", "Jucileide", "Kethellyn", "Maria Dalva",
          "Luzinete", "Edineide", "Zenaide", "Nerci", "Valdirene", "Jhenifer", "Rayane Kelly", "Dorotéia",
          "Creusa", "Lindinalva", "Iraci", "Socorrinha", "Francisleide", "Ludimila", "Thayná"]
PT_M = ["Marcelo", "Alexandre", "Fernando", "Paulo", "Sérgio", "Luiz Carlos", "Carlos Eduardo", "Wagner", "Cláudio",
        "André", "Renato", "Júlio", "César", "Otávio", "Caio", "Enzo", "Davi", "Samuel", "Pedro Henrique", "Felipe",
        "Marcos", "Jorge", "Nelson", "Valter", "Mauro", "Wellington", "Alberto", "Manoel", "Joaquim", "Igor",
        "Leonardo", "Rafael", "Diego", "Anderson", "Ricardo", "Rodrigo", "Thiago", "Lucas", "Gustavo", "José Carlos"]
RARE_M = ["Dorgival", "Zilmar", "Jurandir", "Ednaldo", "Valdemiro", "Elizeu", "Rizomar", "Nerivaldo", "Anailton",
          "Wemerson", "Kleberson", "Rikelme", "Dayvid", "Maykon", "Gutemberg", "Ubiratan", "Epaminondas",
          "Deoclécio", "Evangivaldo", "Dalvacir", "Gilcimar", "Vandeilson", "Adenilson", "Dheyson", "Maicon Douglas",
          "Gleidson", "Ueslei", "Cledir", "Onofre", "Deusdete", "Ivanildo", "Josenildo", "Francimar", "Jucelino",
          "Raimundo Nonato", "Tibúrcio", "Eriberto", "Sebastião Elói", "Lindolfo", "Arquimedes"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Martins", "Carvalho", "Gomes",
          "Ribeiro", "Alves", "Araújo", "Barbosa", "Cardoso", "Castro", "Correia", "Freitas", "Lopes", "Mendes",
          "Nunes", "Pinto", "Ramos", "Reis", "Teixeira", "Vieira", "Moura", "Nogueira", "Azevedo", "Campos",
          "Duarte", "Andrade", "Marques", "Nascimento", "Machado", "Ferreira", "Lima", "Rocha", "Dias", "Moreira"]
RARE_SUR = ["Cangussu", "Bitu", "Arcoverde", "Torquato", "Ximenes", "Aragão", "Jatobá", "Mourão", "Bulcão", "Medrado",
            "Tenório", "Sarmento", "Galindo", "Colaço", "Baraúna", "Catunda", "Juaçaba", "Sabóia", "Bezerril",
            "Quental", "Uchôa", "Nóbrega", "Frota", "Capibaribe", "Ibiapina", "Jucá", "Carneiro Leão", "Wanderley",
            "Alcoforado", "Bandeira de Mello", "Cavalcanti Aires", "Goiana", "Pessoa Sobreira", "Sobreira", "Tabosa",
            "Maranhão", "Inhamuns", "Valadares", "Ferraz de Bulhões", "Pacheco Bitu", "Quixabeira", "Lustosa",
            "Mendonça Batalha", "Bezerra Batalha", "Tavares Dourado", "Dourado", "Gurgel", "Queluz"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Graça", "Celeste", "Neves"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Justo", "Modesto", "Fiel", "Bonifácio"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Flor", "Luz", "Amado", "Vitória", "Neves", "Graça", "Leão",
            "Coelho", "Raposo", "Cordeiro", "Pinheiro", "Carneiro", "Fonseca Rosa", "Aurora"]
NICK = {"Luiz Carlos": "Luizinho", "Maria Aparecida": "Cida", "Raimundo Nonato": "Nonato", "José Carlos": "Zé Carlos",
        "Manoel": "Mané", "Joaquim": "Quinca", "Pedro Henrique": "PH", "Carlos Eduardo": "Cadu", "Tereza Neuma": "Neuma",
        "Maria José": "Zezé", "Maria Dalva": "Dalvinha", "Sebastião Elói": "Tião", "Epaminondas": "Nondas",
        "Alexandre": "Xande", "Francisleide": "Leide", "Socorrinha": "Côca", "Deoclécio": "Dedé", "Gutemberg": "Guto",
        "Wellington": "Tom", "Marcionília": "Nília", "Ana Paula": "Paulinha", "Dorgival": "Dodô"}
FOREIGN = {
    "it": (["Giuliana", "Rosalba", "Loredana"], ["Gianluca", "Egidio", "Santo"],
           ["Zanella", "Tonin", "Casagrande", "Pegoraro", "Menegatti", "Dal Molin", "Bortoluzzi"]),
    "de": (["Ingrid", "Hildegard", "Elke"], ["Gunther", "Arno", "Reinoldo"],
           ["Schmitt", "Wolff", "Hübner", "Kretschmer", "Dreher", "Zimmermann", "Boettcher"]),
    "jp": (["Mitsuko", "Harumi", "Keiko"], ["Yoshio", "Massao", "Tadashi"],
           ["Nakamura", "Higa", "Arakaki", "Shimabukuro", "Tanaka", "Kuroda", "Miyazato"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Jamil", "Sleiman", "Tufi"],
           ["Saad", "Chamas", "Hajjar", "Zogbi", "Atallah", "Mansur", "Jafet"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Kang", "Shin"]),
    "cn": (["Mei", "Ling"], ["Wei", "Jun"], ["Zhang", "Liu", "Huang", "Xu"]),
    "ht": (["Nadège", "Widline", "Marie-Carmelle"], ["Jean-Baptiste", "Wisly", "Fritzner"],
           ["Pierre-Louis", "Saint-Fleur", "Désir", "Jean-Charles", "Augustin", "Bellegarde"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Moussa", "Abdoulaye", "Babacar"], ["Diallo", "Mbaye", "Seck", "Faye", "Thiam"]),
    "ao": (["Madalena Kiame", "Isabel Ndumba"], ["Adilson Kiesse", "Nelo"], ["Kiangebeni", "Lutete", "Cassoma", "Mbuta"]),
    "bo": (["Maribel", "Ruth Nelly", "Yola"], ["Grover", "Jhonny", "Limbert"],
           ["Mamani", "Choque", "Condori", "Quispe", "Flores Huanca"]),
    "in": (["Potira", "Jaciara", "Moema"], ["Ubirajara", "Raoni", "Kauã"],
           ["Guajajara", "Pataxó", "Terena", "Potiguara", "Baniwa"]),
    "jw": (["Sara", "Esther", "Rivka"], ["Moisés", "Natan", "Elias"], ["Goldberg", "Szpigel", "Rosenthal", "Feldman", "Wainer"]),
    "pl": (["Jadwiga", "Irena"], ["Stanislau", "Casimiro"], ["Wisniewski", "Kowalczyk", "Nowak", "Grabowski"]),
    "ve": (["Yusmary", "Mariangel"], ["Yorman", "Jhoan"], ["Rangel", "Guerrero", "Briceño", "Ochoa"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "bo", "in", "jw", "pl", "ve", "kr"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Graça", "Rocha", "Flor", "Fonseca Rosa", "Aurora", "Nóbrega"}
DO_SUR = {"Nascimento", "Amaral", "Carmo"}
DOS_SUR = {"Reis", "Campos", "Santos", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "24", "27", "31", "32", "34", "35", "37",
        "41", "43", "44", "47", "48", "51", "53", "54", "61", "62", "63", "65", "67", "68", "69", "71", "73", "75",
        "77", "79", "81", "82", "83", "84", "85", "86", "87", "88", "91", "92", "94", "95", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça", "Rodovia",
                "Vila", "Servidão", "Largo"]
STREET_NAMES = ["Rosa Branca", "Doutor Bento Amaral", "da Aurora", "Prudente de Morais", "Flor de Lis", "das Palmeiras",
                "Coronel Dorgival Bitu", "Professora Ivoneide Catunda", "Sete de Setembro", "Barão de Mauá",
                "Dom Pedro I", "Marechal Deodoro", "Luz Divina", "Esperança", "Frei Serafim", "General Osório",
                "Vitória Régia", "Padre Cícero", "das Acácias", "Beira-Mar", "Treze de Maio", "Irmã Dulce",
                "Desembargador Arcoverde", "dos Caminhoneiros", "Engenheiro Jatobá", "Tiradentes", "Santos Dumont",
                "Pastor Deoclécio Galindo", "das Mangueiras", "Cândido Portinari", "Maria Quitéria", "Bento Gonçalves",
                "João Pessoa", "Amado Bahia", "Ipiranga", "Senador Uchôa", "Bom Jesus", "dos Ferroviários"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Vitória da Conquista", "BA"),
          ("Rio Branco", "AC"), ("Santa Luzia", "MG"), ("Flores da Cunha", "RS"), ("Cajamar", "SP"), ("Extrema", "MG"),
          ("Guarulhos", "SP"), ("Contagem", "MG"), ("Londrina", "PR"), ("Maringá", "PR"), ("Joinville", "SC"),
          ("Itajaí", "SC"), ("Caxias do Sul", "RS"), ("Juiz de Fora", "MG"), ("Uberlândia", "MG"), ("Campinas", "SP"),
          ("Ribeirão Preto", "SP"), ("Sorocaba", "SP"), ("São José dos Campos", "SP"), ("Feira de Santana", "BA"),
          ("Caruaru", "PE"), ("Petrolina", "PE"), ("Mossoró", "RN"), ("Campina Grande", "PB"), ("Imperatriz", "MA"),
          ("Teresina", "PI"), ("Santarém", "PA"), ("Manaus", "AM"), ("Porto Velho", "RO"), ("Anápolis", "GO"),
          ("Cuiabá", "MT"), ("Dourados", "MS"), ("Palmas", "TO"), ("Nova Iguaçu", "RJ"), ("Niterói", "RJ"),
          ("Aracaju", "SE"), ("Arapiraca", "AL"), ("Aurora", "CE"), ("Juazeiro do Norte", "CE")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL", "TO", "RO"]
UF_CODE = {"RO": 11, "AC": 12, "AM": 13, "RR": 14, "PA": 15, "AP": 16, "TO": 17, "MA": 21, "PI": 22, "CE": 23, "RN": 24,
           "PB": 25, "PE": 26, "AL": 27, "SE": 28, "BA": 29, "MG": 31, "ES": 32, "RJ": 33, "SP": 35, "PR": 41, "SC": 42,
           "RS": 43, "MS": 50, "MT": 51, "GO": 52, "DF": 53}
TJ_SEG = {"SP": "8.26", "RJ": "8.19", "MG": "8.13", "RS": "8.21", "PR": "8.16", "SC": "8.24", "BA": "8.05", "PE": "8.17",
          "CE": "8.06", "GO": "8.09", "PA": "8.14", "AM": "8.04", "DF": "8.07", "ES": "8.08", "MA": "8.10", "RN": "8.20",
          "PB": "8.15", "MT": "8.11", "MS": "8.12", "PI": "8.18", "SE": "8.25", "AL": "8.02", "TO": "8.27", "RO": "8.22",
          "AC": "8.01"}
BAIRROS = ["Jardim Aurora", "Vila Prudente", "Centro", "Bela Vista", "Jardim Rosa Branca", "Alto da Luz", "Parque das Flores",
           "Vila Esperança", "Bonfim", "São Bento", "Cidade Nova", "Jardim Vitória", "Conjunto Habitacional Amado Leão",
           "Vila Nova", "Jardim das Acácias", "Parque Industrial", "Santa Cruz", "Boa Vista", "Distrito Industrial",
           "Residencial Flor do Campo", "Jardim Celeste", "Morada do Sol"]
REFS = ["portão verde", "casa de esquina, muro amarelo", "em frente à Padaria Rosa Branca", "ao lado da Farmácia Luz Divina",
        "fundos do salão de beleza", "prédio sem porteiro, interfone 32", "condomínio, entregar na guarita",
        "próximo ao posto Bento", "atrás da igreja", "casa com portão de ferro branco", "depois da lombada",
        "entrada pela lateral", "perto do mercadinho Aurora", "bloco do fundo"]
ICDS = ["E11.9", "I10", "J44.9", "N18.4", "E10.9", "M05.8", "G20", "F20.0", "C50.9", "K50.9", "L40.0", "G35", "D50.9",
        "E03.9", "Z79.4", "I50.0", "B20", "M81.0", "E78.0", "J45.0", "Z51.1", "R50.9"]

# --------------------------------------------------------------------------- companies and things (never persons)

MARKETPLACES = [("Vitrine Brasil Marketplace S.A.", "Vitrine Brasil", "vitrinebrasil.com.br"),
                ("Casas Prudente Comércio Eletrônico Ltda.", "Casas Prudente", "casasprudente.com.br"),
                ("Feira Online Intermediação de Negócios Ltda.", "Feira Online", "feiraonline.com.br"),
                ("Magazine Amado S.A.", "Magazine Amado", "magazineamado.com.br"),
                ("Compra Certa Aurora Marketplace Ltda.", "Compra Certa", "compracerta.com.br"),
                ("ShopVale Tecnologia e Comércio S.A.", "ShopVale", "shopvale.com.br")]
SELLERS = ["Eletro Bonfim Comércio Ltda.", "Gadelha Utilidades", "Ateliê Rosa Branca", "Tudo em Casa Queiroga ME",
           "Móveis Ximenes & Filhos Ltda.", "Flor de Lis Cosméticos", "Tenório Ferramentas EIRELI", "Cangussu Eletrônicos",
           "Loja Oficial Amado Baby", "Bitu Informática", "Luz & Cia Iluminação", "Império dos Pneus Aragão",
           "Casa Jatobá Decoração", "Bento Calçados Ltda."]
CARRIERS = [("Rosa dos Ventos Logística Ltda.", "Rosa dos Ventos"), ("Expresso Bezerril Cargas Ltda.", "Expresso Bezerril"),
            ("Aurora Express Entregas S.A.", "Aurora Express"), ("Translevo Prudente Transportes Ltda.", "Translevo"),
            ("Transportadora Cangussu & Filhos Ltda.", "Cangussu Transportes"), ("RápidoLog Soluções em Entregas Ltda.", "RápidoLog"),
            ("Tenório Logística Integrada S.A.", "Tenório Log"), ("Leva&Traz Courier Ltda.", "Leva&Traz")]
PRODUCTS = [("Fritadeira elétrica sem óleo 4,5 L 127 V", 389, 529), ("Smartphone 128 GB dual chip, azul", 1199, 2899),
            ("Jogo de panelas antiaderente 5 peças", 179, 399), ("Ventilador de coluna 40 cm", 159, 289),
            ("Tênis de corrida masculino nº 42", 249, 699), ("Cadeira gamer reclinável", 699, 1499),
            ("Fone bluetooth com cancelamento de ruído", 189, 899), ("Smart TV 50\" 4K", 1899, 3299),
            ("Kit 6 toalhas de banho 100% algodão", 119, 219), ("Liquidificador 1400 W 3 L", 149, 329),
            ("Notebook 15,6\" 8 GB 256 GB SSD", 2499, 4299), ("Guarda-roupa 6 portas MDP branco", 899, 1699),
            ("Aspirador robô", 799, 1999), ("Bicicleta aro 29 21 marchas", 1099, 2199), ("Cafeteira de cápsulas", 299, 649),
            ("Carrinho de bebê travel system", 899, 2199), ("Air fryer 12 L forno oven", 599, 999)]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"),
         ("290", "PagSeguro"), ("323", "Mercado Pago")]
PHARMACIES = [("Drogaria Luz Divina", "luzdivina.com.br"), ("Farmácia São Bento", "farmaciasaobento.com.br"),
              ("Drogarias Aurora", "drogariasaurora.com.br"), ("Farmácia Amado & Filhos", "farmaciaamado.com.br"),
              ("Drogaria Quental", "drogariaquental.com.br"), ("Farmácia Flor de Lis", "farmaflordelis.com.br")]
LABS = [("Laboratório Prudente de Análises Clínicas", "labprudente.com.br"), ("Vitória Diagnósticos", "vitoriadiag.com.br"),
        ("Biolab Bonfim", "biolabbonfim.com.br"), ("Laboratório Catunda & Sabóia", "catundasaboia.com.br"),
        ("LabCeleste Medicina Diagnóstica", "labceleste.com.br")]
HOMECARE = ["OxiVida Home Care Ltda.", "Respira Aurora Equipamentos Médicos", "Lar & Cuidado Bento Assistência Domiciliar",
            "Medicasa Tenório Home Care"]
GATEWAYS = [("Celeste Pagamentos S.A.", "celestepag.com.br"), ("PagVale Instituição de Pagamento Ltda.", "pagvale.com.br"),
            ("PayAurora IP S.A.", "payaurora.com.br"), ("Rede Prudente Pagamentos", "redeprudente.com.br")]
INSURERS = ["Vitória Seguros S.A.", "Prudente Companhia de Seguros Gerais", "Aurora Seguradora de Cargas S.A.",
            "Seguradora Bonfim de Transportes S.A."]
LAW_FIRMS = [("Bezerril, Tabosa & Lustosa Advogados", "btl.adv.br"), ("Amado Prudente Sociedade de Advogados", "amadoprudente.adv.br"),
             ("Saad Chamas Advogados Associados", "saadchamas.adv.br"), ("Queluz & Gurgel Advocacia", "queluzgurgel.adv.br")]
WORDS = ["a caixa chegou toda amassada, embalagem branca rasgada", "conta de luz no nome da minha mãe",
         "seria prudente reforçar a embalagem", "o caminhão estava com a luz de freio queimada",
         "a nota veio com a etiqueta rosa da transportadora", "vitória do consumidor", "deu luz verde pro reenvio",
         "caixa de papelão branca sem identificação", "a flor do arranjo veio murcha"]
DRUGS_CTRL = ["Clonazepam 2 mg cx 30 cp", "Zolpidem 10 mg cx 20 cp", "Amoxicilina + clavulanato 875 mg cx 14 cp",
              "Sertralina 50 mg cx 30 cp", "Metilfenidato 10 mg cx 30 cp", "Azitromicina 500 mg cx 3 cp",
              "Pregabalina 75 mg cx 30 cp", "Quetiapina 25 mg cx 30 cp"]
DRUGS = ["Losartana 50 mg cx 30 cp", "Metformina 850 mg cx 30 cp", "Insulina NPH 100 UI/mL frasco 10 mL",
         "Dipirona 1 g cx 10 cp", "Omeprazol 20 mg cx 28 cp", "Fralda geriátrica G pct 8", "Sinvastatina 20 mg cx 30 cp",
         "Tiras reagentes glicemia cx 50", "Levotiroxina 50 mcg cx 30 cp", "Soro fisiológico 0,9% 500 mL"]
MOTOS = ["Honda CG 160 Fan", "Honda Biz 125", "Yamaha Factor 150", "Honda Pop 110i", "Yamaha Fazer 250", "Honda NXR 160 Bros"]
VEHICLES = ["VW Delivery 9.170", "Fiat Fiorino", "Renault Master furgão", "Mercedes Accelo 1016", "VUC Iveco Daily 35-150",
            "Hyundai HR", "Fiat Strada", "Scania R450 (cavalo)"]


class Person:
    def __init__(self, given: str, surnames: list[str], female: bool, origin: str = "pt"):
        self.given = given
        self.surnames = surnames
        self.female = female
        self.origin = origin

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def first(self) -> str:
        return self.given.split()[0] if not self.given.startswith(("Maria ", "Raimundo ", "Tereza ", "José ")) else self.given

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
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    def g(self, m: str, f: str) -> str:
        return f if self.female else m

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "capsacc": p.caps_acc, "low": p.low,
            "inverted": p.inverted, "first": p.first, "last": p.last, "nick": p.nick,
            "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(), "lowshort": fold(p.short).lower(),
            "capsfirst": fold(p.first).upper()}[form]


def fd(d: date, fmt: str = "br") -> str:
    return fmt_date(d.day, d.month, d.year, fmt)


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
            "long": f"{dd} de {MONTHS[mm - 1]} de {yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "compact": f"{yy}{mm:02d}{dd:02d}", "dm": f"{dd:02d}/{mm:02d}",
            "caps": f"{dd} DE {MONTHS[mm - 1].upper()} DE {yy}"}[fmt]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def hexs(self, n: int, upper: bool = False) -> str:
        return "".join(self.rng.choice("0123456789ABCDEF" if upper else "0123456789abcdef") for _ in range(n))

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

    def neg_prefixed(self, prefix: str, n: int) -> str:
        """prefix + digits, n digits in all, passing no check of that length."""
        while True:
            v = prefix + self.d(n - len(prefix))
            if n == 11 and (cpf_ok(v) or pis_dv(v[:10]) == v[10] or cnh_dv(v[:9]) == v[9:]):
                continue
            if n == 15 and cns_ok(v):
                continue
            if n == 16 and luhn_dv(v[:15]) == v[15]:
                continue
            if n == 12 and titulo_dv(v[:8], v[8:10]) == v[10:]:
                continue
            return v

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.36:
            return self.pick(RARE_SUR)
        if r < 0.48:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.1:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.42:
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
                if s not in surnames and not any(w in " ".join(surnames).split() for w in s.split()):
                    surnames.append(s)
            pos = rng.randint(0, len(surnames) - 1)
            if rng.random() < 0.3 and " " not in surnames[pos]:
                surnames.insert(pos, particle(surnames[pos]))
            elif len(surnames) >= 2 and rng.random() < 0.06:
                surnames.insert(len(surnames) - 1, "e")
            if not female and rng.random() < 0.07:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn"):
                given = self.pick(PT_F + RARE_F if female else PT_M + RARE_M)
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.4:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female, origin)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female, of.origin)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}", f"{f}.{l}.{self.d(2)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "live.com", "terra.com.br", "hotmail.com"])
        return f"{user}@{domain}"

    def corp(self, p: Person, dom: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{f}@{dom}"])

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
        return {"dot": fmt_cpf(n), "raw": n, "dash": f"{n[:9]}-{n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def masked_cpf(self) -> str:
        n = self.d(11)
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***{n[3:9]}**"])

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.2) if alnum is None else alnum
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def cnpj_num(self) -> str:
        b = self.d(8) + "0001"
        return b + cnpj_dv(b)

    def rg(self, style: str | None = None) -> str:
        b = self.d(8)
        n = b + rg_sp_dv(b)
        style = style or self.pick(["dot", "dot", "dot", "raw", "mg"])
        if style == "mg":
            return f"MG-{n[:2]}.{n[2:5]}.{n[5:8]}"
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

    def cns(self, spaced: bool | None = None) -> str:
        while True:
            b = self.pick("12789") + self.d(13)
            last = -sum(int(c) * w for c, w in zip(b, range(15, 1, -1))) % 11
            if last < 10 and (b[0] in "789" or True):
                n = b + str(last)
                if cns_ok(n):
                    break
        spaced = self.chance(0.5) if spaced is None else spaced
        return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if spaced else n

    def cep(self, style: str | None = None) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        style = style or self.pick(["dash", "dash", "dash", "dash", "raw", "dot"])
        return {"dash": f"{n[:5]}-{n[5:]}", "raw": n, "dot": f"{n[:2]}.{n[2:5]}-{n[5:]}"}[style]

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "nospace": f"({ddd}){h}-{t}", "zero": f"0{ddd} {h}-{t}",
                "wa": f"+55 {ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "4", "5", "5", "6", "3"])
        if b == "3":
            b = self.pick(["36", "38"])
        b += self.d(15 - len(b))
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"{self.pick('4556')}{self.d(5)}******{self.d(4)}", f"**** **** **** {self.d(4)}",
                          f"{self.d(4)} {self.d(2)}** **** {self.d(4)}", f"final {self.d(4)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.35) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.75) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.25) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.8) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168, 181])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos", f"sala {self.ri(101, 910)}",
                          f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}", f"casa {self.ri(1, 4)} fundos", f"ap {self.ri(11, 98)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            abbr = {"Rua": "R", "Avenida": "AV", "Travessa": "TV", "Alameda": "AL", "Estrada": "EST", "Praça": "PC"}
            tt = abbr.get(t, t) if self.chance(0.6) else t
            s = f"{tt} {name}, {num}" + (f", {comp}" if comp else "")
            return fold(s).upper() if self.chance(0.5) else fold(s.replace(",", "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", ", ", nº ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1938, hi: int = 2006) -> str:
        dd, mm, yy = self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def seq_dates(self, n: int, span: int = 120, year: int | None = None) -> list[date]:
        """n dates in increasing order, within `span` days from a random start."""
        y = year or self.pick([2024, 2025, 2025, 2025])
        start = date(y, 1, 1) + timedelta(days=self.ri(0, 364 - min(span, 300)))
        offs = sorted(self.rng.sample(range(span), n))
        return [start + timedelta(days=o) for o in offs]

    def hm(self) -> str:
        return f"{self.ri(6, 22):02d}:{self.ri(0, 59):02d}"

    def times(self, n: int, lo: int = 7 * 3600, hi: int = 22 * 3600, secs: bool = False) -> list[str]:
        xs = sorted(self.rng.sample(range(lo, hi), n))
        if secs:
            return [f"{x // 3600:02d}:{x % 3600 // 60:02d}:{x % 60:02d}" for x in xs]
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in xs]

    def money(self, lo: int = 20, hi: int = 5000) -> str:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, uf: str | None = None, seg: str | None = None) -> str:
        seg = seg or TJ_SEG.get(uf or "SP", "8.26")
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2023, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"SAC-{self.d(7)}", f"ATD{self.d(10)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-TE", f"COREN-{uf} {n}-AE"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}", f"CRF-{uf} nº {dotted}"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 17)}/{n}-F"
        if kind == "CRBM":
            return f"CRBM-{self.ri(1, 6)} {self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} nº {n}"])

    # ----------------------------------------------------------------- logistics ids (never labelled)
    def obj(self, spaced: bool = False) -> str:
        pre = self.pick(["QB", "OB", "AA", "NX", "QC", "LB", "OD", "PW", "JT", "AB", "SS", "OV"])
        body = self.d(8)
        code = body + sro_dv(body)
        return f"{pre} {code[:3]} {code[3:6]} {code[6:]} BR" if spaced else f"{pre}{code}BR"

    def order(self) -> str:
        return self.pick([self.neg_prefixed("2000", 16), f"{self.d(3)}-{self.d(7)}-{self.d(7)}", f"#{self.d(7)}",
                          f"PED-{self.d(8)}", f"{self.d(4)}-{self.d(4)}-{self.d(4)}", f"v{self.d(9)}stor-01",
                          self.neg_prefixed("1", 12)])

    def awb(self) -> str:
        return self.pick([f"JD{self.neg(12)}", f"RV{self.d(10)}", f"AX{self.hexs(10, True)}", f"{self.d(3)}-{self.d(8)}",
                          f"TL{self.d(9)}BR", f"BZ-{self.d(7)}"])

    def chave_nfe(self, cnpj14: str, uf: str, spaced: bool = True, when: date | None = None) -> str:
        aamm = f"{when.year % 100:02d}{when.month:02d}" if when else f"{self.ri(24, 25)}{self.ri(1, 12):02d}"
        body = f"{UF_CODE.get(uf, 35):02d}{aamm}{cnpj14}55{self.ri(1, 3):03d}" \
               f"{self.d(9)}1{self.d(8)}"
        k = body + mod11_nfe(body)
        return " ".join(k[i:i + 4] for i in range(0, 44, 4)) if spaced else k

    def boleto(self) -> str:
        while True:
            s = f"{self.pick(['34191', '23790', '00190', '10499', '03399', '75691'])}.{self.d(5)} {self.d(5)}.{self.d(6)} " \
                f"{self.d(5)}.{self.d(6)} {self.d(1)} {self.d(14)}"
            tail = s.split(" ")[-2] + s.split(" ")[-1]
            if not cns_ok(tail) and luhn_dv(tail[:15]) != tail[15:16]:
                return s


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
        s = s[:width] if label is None else s
        assert len(s) <= width, (s, width)
        pad = " " * (width - len(s))
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


def cpf_t(g: Gen, style: str | None = None):
    return (g.cpf(style), "BR_CPF")


def cnpj_t(g: Gen, style: str = "dot", alnum: bool | None = None):
    return (g.cnpj(style, alnum), "BR_CNPJ")


def rg_t(g: Gen, style: str | None = None):
    return (g.rg(style), "BR_RG")


def cnh_t(g: Gen):
    return (g.cnh(), "BR_CNH")


def pis_t(g: Gen, style: str | None = None):
    return (g.pis(style), "BR_PIS")


def tit_t(g: Gen, spaced: bool | None = None):
    return (g.titulo(spaced), "BR_TITULO_ELEITOR")


def cns_t(g: Gen, spaced: bool | None = None):
    return (g.cns(spaced), "BR_CNS")


def cep_t(g: Gen, style: str | None = None):
    return (g.cep(style), "BR_CEP")


def ph_t(g: Gen, style: str | None = None, mobile: bool = True):
    return (g.phone(style, mobile), "PHONE_NUMBER")


def em_t(g: Gen, p: Person, domain: str | None = None):
    return (g.email(p, domain), "EMAIL_ADDRESS")


def ad_t(g: Gen, style: str = "text"):
    return (g.address(style), "ADDRESS")


def pl_t(g: Gen, old: bool | None = None):
    return (g.plate(old), "LICENSE_PLATE")


def ag_t(g: Gen, dv: bool | None = None):
    return (g.agency(dv), "BANK_ACCOUNT")


def cc_t(g: Gen, dv: bool | None = None):
    return (g.account(dv), "BANK_ACCOUNT")


def pix_t(g: Gen):
    return (g.uuid(), "PIX_KEY")


def card_t(g: Gen, spaced: bool = True):
    return (g.card(spaced), "CREDIT_CARD")


def ip_t(g: Gen):
    return (g.ip(), "IP_ADDRESS")


def dob_t(g: Gen, fmt: str | None = None, lo: int = 1938, hi: int = 2006):
    return (g.dob(fmt, lo, hi), "DATE_OF_BIRTH")


def prof_t(g: Gen, kind: str = "CRM", uf: str | None = None):
    return (g.council(kind, uf), "PROFESSIONAL_ID")


def login(p: Person, g: Gen) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return g.pick([f"{f[0]}{l}", f"{f}.{l}", f"{f}.{l[0]}", f"{f[0]}.{l}{g.d(2)}"])


def mei_name(g: Gen, p: Person) -> tuple[str, str]:
    """MEI legal name: the 8-digit CNPJ root followed by the owner's name (root unlabelled, name PERSON)."""
    n = g.cnpj_num()
    return f"{n[:2]}.{n[2:5]}.{n[5:8]}", n


def uf_of(city: str) -> str:
    return dict(CITIES).get(city, "SP")


def clock(g: Gen, n: int, secs: bool = False) -> list[str]:
    return g.times(n, secs=secs)


def chat_clock(g: Gen, n: int) -> list[str]:
    """Minutes of a live chat: a start time, then gaps of one to nine minutes."""
    t = g.ri(8 * 60, 21 * 60)
    out = []
    for _ in range(n):
        out.append(f"{t // 60:02d}:{t % 60:02d}")
        t += g.ri(1, 9)
    return out


def brl(cents: int) -> str:
    return f"{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d}"


def money_plain(g: Gen, lo: int, hi: int) -> str:
    return g.money(lo, hi).replace(".", "").replace(",", ".")


def csv_row(doc: Doc, cells: list[tuple], sep: str = ";") -> None:
    for k, (v, lab) in enumerate(cells):
        if k:
            doc.t(sep)
        q = sep in v or '"' in v
        if q:
            doc.t('"')
        doc.e(v.replace('"', '""'), lab)
        if q:
            doc.t('"')
    doc.t("\n")


def jv(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


# =========================================================================== atendimento


def at_mediacao(g: Gen) -> Doc:
    """Marketplace mediation thread: buyer, seller's attendant, the carrier's proof of delivery, mediator."""
    doc = Doc()
    mk, mk_short, mk_dom = g.pick(MARKETPLACES)
    seller = g.pick(SELLERS)
    carrier = g.pick(CARRIERS)[1]
    b, att, med = g.person(), g.person(), g.person()
    rec = g.person(origin="pt")
    porteiro = g.person(female=False, origin="pt")
    prod, lo, hi = g.pick(PRODUCTS)
    val = g.money(lo, hi)
    d0, mm = g.ri(2, 18), g.ri(1, 12)
    dd = lambda k: f"{d0 + k:02d}/{mm:02d}"  # noqa: E731
    tt = clock(g, 6)
    city, uf = g.city()
    doc.f("«mk» · Central de Mediação\nReclamação «rc» · Pedido «ped» · aberta em «d»/2025 «h»\nProduto: «prod» — R$ «val»\n"
          "Vendedor: «sel»\nComprador: «b» («em»)\nMotivo: «mot»\n\n",
          mk=mk_short, rc=f"RC-{g.d(8)}", ped=g.order(), d=dd(0), h=tt[0], prod=prod, val=val, sel=seller,
          b=P(name_form(g, b, ["full", "full", "capsacc"])), em=em_t(g, b),
          mot=g.pick(["Produto não recebido", "Não recebi o produto", "Entrega não reconhecida"]))
    obj = g.obj() if g.chance(0.5) else g.awb()
    if g.chance(0.5):
        doc.f("[«d» «h»] Comprador: boa tarde, o rastreio «o» diz entregue dia «d2» mas eu nao recebi nada. moro na «ad», "
              "CEP «cep», aqui tem portaria e o porteiro (seu «pt») falou q nao chegou nada. meu cel «tel»\n",
              d=dd(0), h=tt[0], o=obj, d2=dd(-1), ad=ad_t(g, g.pick(["text", "low"])), cep=cep_t(g),
              pt=P(g.pick([porteiro.first, porteiro.nick])), tel=ph_t(g))
    else:
        doc.f("[«d» «h»] Comprador: Olá. Comprei dia «d2» e até agora nada. No site da «ca» aparece ENTREGUE mas eu "
              "trabalho em casa!!! Endereço: «ad» - «ba» - «ci»/«uf» CEP «cep». Tel «tel» ou «tel2» (falar c/ «rel»)\n",
              d=dd(0), h=tt[0], d2=f"{g.ri(1, 28):02d}/{mm:02d}", ca=carrier, ad=ad_t(g), ba=g.pick(BAIRROS), ci=city, uf=uf,
              cep=cep_t(g), tel=ph_t(g), tel2=ph_t(g, mobile=g.chance(0.5)), rel=P(g.relative(b).first))
    doc.f("[«d» «h»] Vendedor («sel_s» — «att»): Olá «bf»! Verificamos com a «ca» e consta entrega em «d2» às «hh», "
          "recebedor «rec»", d=dd(1), h=tt[1], sel_s=re.sub(r" (Ltda\.|ME|EIRELI)$", "", seller),
          att=P(name_form(g, att, ["first", "short", "full"])), bf=P(b.first), ca=carrier, d2=dd(-1), hh=g.hm(),
          rec=P(name_form(g, rec, ["caps", "caps", "full"])))
    if g.chance(0.7):
        doc.f(", documento «rg»", rg=rg_t(g))
    doc.t(". Poderia verificar com vizinhos ou com a portaria? Qualquer coisa estamos à disposição.\n")
    if g.chance(0.55):
        doc.f("[«d» «h»] Comprador: nao conheço nenhum «r». quero meu dinheiro de volta. se precisar o cpf da nota é «cpf»\n",
              d=dd(1), h=tt[2], r=P(fold(rec.first).lower() if g.chance(0.5) else rec.first), cpf=cpf_t(g))
    else:
        doc.f("[«d» «h»] Comprador: «r»?? não sei quem é. Já registrei boletim de ocorrência, CPF «cpf». "
              "Quero o reembolso, «w».\n", d=dd(1), h=tt[2], r=P(rec.first), cpf=cpf_t(g),
              w=g.pick(["ridículo isso", "absurdo", "péssimo"]))
    if g.chance(0.3):
        doc.f("[«d» «h»] Comprador: paguei no cartão «cc», é só estornar nele\n", d=dd(2), h=tt[3], cc=card_t(g, g.chance(0.7)))
    elif g.chance(0.5):
        doc.f("[«d» «h»] Vendedor: abrimos chamado «pr» com a transportadora para verificar a geolocalização da baixa. "
              "Aguardamos retorno em até 48h.\n", d=dd(2), h=tt[3], pr=g.protocol())
    doc.f("[«d» «h»] Mediação «mk» («med»): Olá, «bf» e «sel». Analisamos o comprovante de entrega enviado pela «ca»: "
          "a assinatura de «rec» não confere com nenhum morador cadastrado e a foto da baixa não mostra a fachada. "
          "Por isso o reembolso de R$ «val» será feito em até 2 dias úteis no cartão final «l4». O vendedor será "
          "ressarcido pela garantia de envios. Atenciosamente, Equipe de Mediação\n\n",
          d=dd(g.ri(2, 4)), h=tt[4], mk=mk_short, med=P(med.full), bf=P(b.first), sel=seller.rstrip("."), ca=carrier,
          rec=P(rec.caps if g.chance(0.5) else rec.short), val=val, l4=g.d(4))
    doc.f("Status: resolvida a favor do comprador · protocolo «p» · atualizado em «d»/2025 «h»\n", p=g.protocol(),
          d=dd(4), h=tt[5])
    return doc


def at_rma(g: Gen) -> Doc:
    """Returns (RMA) record from a retailer's back office, dotted key/value layout and a history log."""
    doc = Doc()
    mk, mk_short, mk_dom = g.pick(MARKETPLACES)
    c = g.person()
    att, att2 = g.person(), g.person()
    drv = g.person(female=g.chance(0.15))
    city, uf = g.city()
    prod, lo, hi = g.pick(PRODUCTS)
    val = g.money(lo, hi)
    carrier = g.pick(CARRIERS)[1]
    doc.f("=== RMA «n» ===   [«mk» · Trocas e Devoluções v4.2]\n", n=f"{g.d(4)}-2025-{g.d(5)}", mk=mk_short)

    def kv(key: str, v, extra: str = "", **kw) -> None:
        doc.f("«key»«v»" + extra + "\n", key=(key + " ").ljust(16, ".") + ": ", v=v, **kw)

    kv("Status", g.pick(["AGUARDANDO COLETA", "EM TRÂNSITO P/ CD", "RECEBIDO NO CD - EM ANÁLISE", "REEMBOLSADO"]))
    kv("Pedido", f"{g.order()}   NF-e {g.d(3)}.{g.d(3)}.{g.d(3)} série {g.ri(1, 3)}")
    kv("Cliente", P(name_form(g, c, ["caps", "caps", "full", "capsacc"])))
    kv("CPF", cpf_t(g))
    if g.chance(0.4):
        kv("Nascimento", dob_t(g, "br"))
    kv("E-mail", em_t(g, c))
    kv("Celular", ph_t(g))
    alt = g.relative(c)
    has_alt = g.chance(0.5)
    if has_alt:
        kv("Tel. recado", ph_t(g, mobile=g.chance(0.5)), " (falar c/ «a»)", a=P(g.pick([alt.first, alt.full])))
    kv("End. coleta", ad_t(g, g.pick(["text", "caps"])))
    kv("Bairro/Cidade", f"{g.pick(BAIRROS)} - {city}/{uf}")
    kv("CEP", cep_t(g))
    kv("Ref.", g.pick(REFS))
    kv("Item", f"{prod} (SKU {g.d(7)}) qtd 1 · R$ {val}")
    kv("Motivo", g.pick(["02 - Produto com defeito (não liga)", "05 - Arrependimento (art. 49 CDC)",
                         "03 - Produto diferente do anunciado", "07 - Avaria no transporte", "04 - Faltam peças"]))
    mod = g.ri(0, 1)
    kv("Modalidade", f"Coleta domiciliar ({carrier})" if mod == 0 else
       f"Postagem em agência Correios (e-ticket {g.d(9)}, validade 10 dias)")
    r = g.ri(0, 2)
    if r == 0:
        kv("Reembolso", f"estorno no cartão {g.masked_card()} (NSU {g.d(9)})")
    elif r == 1:
        kv("Reembolso", "Pix — chave aleatória ", "«k» (titular: «t»)", k=pix_t(g), t=P(name_form(g, c, ["full", "caps"])))
    else:
        bank = g.pick(BANKS)
        kv("Reembolso", f"TED banco {bank[0]} ag ", "«ag» c/c «cc» — titular «t», CPF «cpf»", ag=ag_t(g), cc=cc_t(g),
           t=P(name_form(g, c, ["full", "caps"])), cpf=cpf_t(g))
    tt = clock(g, 5)
    l1, l2 = login(att, g), login(att2, g)
    ds = [fd(x, "dm") for x in g.seq_dates(5, 30)]
    doc.t("\nHistórico:\n")
    doc.f(" «d» «h»  app.cliente     RMA aberta pelo cliente via app (IP «ip»)\n", d=ds[0], h=tt[0], ip=ip_t(g))
    doc.f(" «d» «h»  «l»  Contato c/ cliente, confirmou o motivo. «w» Atend.: «a»\n", d=ds[1], h=tt[1], l=l1.ljust(14),
          w=g.pick(["Cliente pede urgência.", "Orientado a guardar a caixa original.", "Seria prudente enviar caixa nova p/ coleta."]),
          a=P(att.full))
    if mod == 0:
        doc.f(" «d» «h»  integ.transp    Coleta realizada. Motorista «m», veículo «pl». Volume entregue por «c».\n",
              d=ds[2], h=tt[2], m=P(name_form(g, drv, ["caps", "short", "full"])), pl=pl_t(g),
              c=P(alt.first if has_alt else c.first))
    else:
        doc.f(" «d» «h»  integ.correios  Objeto «o» postado na AC «ag»\n", d=ds[2], h=tt[2], o=g.obj(),
              ag=g.pick(["Centro", "Vila Prudente", "Bento Ferreira", "Jardim Aurora", "Rosa Elze"]))
    doc.f(" «d» «h»  «l»  Produto recebido no CD. Laudo: «lau». Analista «a2»\n", d=ds[3], h=tt[3], l=l2.ljust(14),
          lau=g.pick(["defeito confirmado na placa", "sem defeito aparente, uso indevido", "avaria no transporte (caixa branca amassada)",
                      "produto lacrado, ok p/ reestoque"]), a2=P(name_form(g, att2, ["full", "short"])))
    doc.f(" «d» «h»  sistema         Reembolso liberado: R$ «v»\n", d=ds[4], h=tt[4], v=val)
    return doc


def at_rastreio(g: Gen) -> Doc:
    """Carrier tracking log (pipe separated) under the shipment header, with a failed attempt and the receiver."""
    doc = Doc()
    carrier_full, carrier = g.pick(CARRIERS)
    seller = g.pick(SELLERS)
    c = g.person()
    d1, d2, d3 = g.person(female=False), g.person(female=g.chance(0.2)), g.person(origin="pt")
    city, uf = g.city()
    base = f"BASE {fold(city).upper()}"
    doc.f("Consulta de rastreamento — «ca»\nAWB: «awb»   Pedido: «ped»   Remetente: «sel» (CNPJ «cn»)\n"
          "Destinatário: «c»   CPF: «cpf»\nEndereço: «ad» · «ba» · «ci»/«uf» · CEP «cep»\nTelefone(s): «t1»",
          ca=carrier_full, awb=g.awb(), ped=g.order(), sel=seller, cn=cnpj_t(g), c=P(name_form(g, c, ["caps", "full", "caps"])),
          cpf=cpf_t(g, g.pick(["dot", "raw"])), ad=ad_t(g, g.pick(["caps", "text"])), ba=g.pick(BAIRROS), ci=city, uf=uf,
          cep=cep_t(g), t1=ph_t(g))
    if g.chance(0.5):
        doc.f("; «t»", t=ph_t(g, mobile=g.chance(0.4)))
    if g.chance(0.6):
        doc.f("\nE-mail p/ notificações: «e»", e=em_t(g, c))
    doc.f("\nPrevisão de entrega: «p»\n\nDATA_HORA|COD|STATUS|UNIDADE|DETALHE\n", p=g.date("br"))
    day, mm = g.ri(3, 20), g.ri(1, 12)
    ts = lambda k, h: f"2025-{mm:02d}-{day + k:02d} {h}"  # noqa: E731
    hs = g.times(9, secs=True)
    doc.f("«t»|101|COLETADO|CD CAJAMAR-SP|Coleta no remetente, 1 volume, «kg» kg\n", t=ts(0, hs[0]), kg=f"{g.ri(1, 30)},{g.d(1)}")
    doc.f("«t»|205|EM TRANSFERENCIA|HUB «h»|Carreta «pl»\n", t=ts(0, hs[1]),
          h=g.pick(["GUARULHOS", "EXTREMA-MG", "CONTAGEM", "ITAJAI-SC"]), pl=pl_t(g))
    doc.f("«t»|210|RECEBIDO NA BASE|«b»|Conferido por «c»\n", t=ts(1, hs[2]), b=base,
          c=g.pick(["sistema", "coletor 07", "rf-scanner-12"]))
    doc.f("«t»|250|SAIU PARA ENTREGA|«b»|Motorista: «m» - Placa «pl»\n", t=ts(1, hs[3]), b=base,
          m=P(name_form(g, d1, ["caps", "caps", "capsshort"])), pl=pl_t(g))
    motivo = g.pick(["CLIENTE AUSENTE - 1A TENTATIVA", "ENDERECO INCOMPLETO - FALTA NUMERO DO APTO",
                     "CLIENTE AUSENTE, VIZINHO NAO AUTORIZADO A RECEBER", "NUMERO NAO LOCALIZADO",
                     "ESTABELECIMENTO FECHADO", "AREA DE RISCO - ENTREGA NAO REALIZADA"])
    doc.f("«t»|310|INSUCESSO|«b»|«m»", t=ts(1, hs[4]), b=base, m=motivo)
    if g.chance(0.6):
        doc.f(" - TENTADO CONTATO NO «tel» SEM SUCESSO", tel=ph_t(g, g.pick(["raw", "plain", "par"])))
    doc.t("\n")
    doc.f("«t»|260|REAGENDADO|«b»|Cliente solicitou nova tentativa via SAC (protocolo «p»)\n", t=ts(2, hs[5]), b=base, p=g.protocol())
    doc.f("«t»|250|SAIU PARA ENTREGA|«b»|Motorista: «m» - Placa «pl»\n", t=ts(3, hs[6]), b=base,
          m=P(name_form(g, d2, ["caps", "capsshort"])), pl=pl_t(g))
    grau = g.pick(["PROPRIO", "PORTEIRO", "VIZINHO", "FAMILIAR", "FUNCIONARIO"])
    recv = c if grau == "PROPRIO" else (g.relative(c) if grau == "FAMILIAR" else d3)
    doc.f("«t»|001|ENTREGUE|«b»|Recebedor: «r» - Doc: «rg» - Grau: «g» - Geo: -«la»,-«lo»\n", t=ts(3, hs[7]), b=base,
          r=P(name_form(g, recv, ["caps", "caps", "capsshort", "capsfirst"])), rg=rg_t(g), g=grau,
          la=f"{g.ri(3, 30)}.{g.d(5)}", lo=f"{g.ri(35, 60)}.{g.d(5)}")
    k = g.ri(0, 3)
    if k == 0 and grau == "PORTEIRO":
        doc.f("«t»|900|COMPROVANTE|«b»|POD digitalizado; obs. do motorista: deixado c/ porteiro «p»\n", t=ts(3, hs[8]),
              b=base, p=P(fold(d3.first).upper()))
    elif k <= 1:
        doc.f("«t»|900|COMPROVANTE|«b»|POD digitalizado; obs. do motorista: «o»\n", t=ts(3, hs[8]), b=base,
              o=g.pick(["entregue na mao do cliente", "cliente pediu p/ deixar na garagem", "cachorro bravo, entreguei no portao",
                        "caixa com luz de avaria no lacre, cliente recebeu c/ ressalva"]))
    return doc


def at_chat_entregador(g: Gen) -> Doc:
    """Courier app chat (lower case, shorthand) and the support ticket summary below it."""
    doc = Doc()
    drv = g.person(female=g.chance(0.15), origin="pt" if g.chance(0.8) else None)
    cust = g.person()
    sup = g.person()
    zelador = g.person(female=False, origin="pt")
    plate = g.plate(old=g.chance(0.3))
    app = g.pick(["entregas app", "RápidoLog Driver", "Leva&Traz Parceiro", "AuroraGo"])
    ped = g.pick([f"#{g.d(5)}", f"{g.d(4)}-{g.d(3)}", g.order()])
    dfirst = fold(drv.first).lower()
    cfirst = fold(cust.first).lower()
    tt = chat_clock(g, 9)
    doc.f("[«app» · conversa do pedido «p» · «d»]\nentregador: «dn» · «mo» placa «pl»\ncliente: «cn»\n---\n",
          app=app, p=ped, d=g.date("br"), dn=P(g.pick([dfirst, drv.first, fold(drv.short).lower()])), mo=g.pick(MOTOS).lower(),
          pl=(plate.lower() if g.chance(0.3) else plate, "LICENSE_PLATE"), cn=P(g.pick([cust.low, cust.first, cust.low])))
    ad = g.address("low")
    doc.f("«h» «d»: boa noite, to na «ad»? nao achei o numero\n", h=tt[0], d="entregador", ad=(ad, "ADDRESS"))
    doc.f("«h» «c»: é o «r», do lado do mercadinho\n", h=tt[1], c="cliente", r=g.pick(["portão verde", "predio azul", "sobrado de esquina",
                                                                                    "condominio flor de lis"]))
    path = g.ri(0, 2)
    if path == 0:
        doc.f("«h» «d»: cheguei. vc desce ou deixo c/ alguem?\n«h2» «c»: deixa na portaria c/ o seu «z» q ele guarda\n"
              "«h3» «d»: entreguei na portaria, quem recebeu foi o «z2», tirei foto\n«h4» «c»: blz obg\n",
              h=tt[2], d="entregador", h2=tt[3], c="cliente", z=P(fold(zelador.first).lower() if g.chance(0.5) else zelador.nick),
              h3=tt[4], z2=P(g.pick([zelador.first, fold(zelador.first).lower()])), h4=tt[5])
    elif path == 1:
        doc.f("«h» «d»: cliente ausente. liguei 3x no «t» e ngm atende\n", h=tt[2], d="entregador", t=ph_t(g, g.pick(["raw", "plain", "sp"])))
        doc.f("«h» suporte («s»): oi «d», aguarda mais 5 min por favor, vou tentar contato c/ o cliente\n", h=tt[3],
              s=P(sup.first), d=P(dfirst))
        doc.f("«h» suporte: «c» nao atende. pode registrar insucesso e retornar c/ o pedido p/ base\n", h=tt[4],
              c=P(cust.first))
        doc.f("«h» «d»: blz, registrei cliente ausente. amanha 8h passo no cd\n", h=tt[5], d="entregador")
        doc.f("«h» «c»: moço desculpa tava no banho!! ainda da p voltar? meu cpf p/ nota é «cpf»\n", h=tt[6], c="cliente",
              cpf=cpf_t(g, g.pick(["raw", "dot"])))
    else:
        viz = g.person(female=True, origin="pt")
        doc.f("«h» «d»: ninguem em casa. a vizinha do «n» («v») disse q pode receber, pode?\n", h=tt[2], d="entregador",
              n=g.ri(2, 400), v=P(g.pick([f"{fold(viz.first).lower()}", viz.first])))
        doc.f("«h» «c»: pode sim, a «v» é de confiança\n", h=tt[3], c="cliente", v=P(viz.first))
        doc.f("«h» «d»: entreguei na vizinha, doc dela «rg», foto no app\n", h=tt[4], d="entregador", rg=rg_t(g, "raw"))
    doc.f("\n--- ticket suporte «tk» ---\natendente: «s» («l»)\nentregador: «dd» · CPF «cpf» · CNH «cnh» · placa «pl»\n"
          "cliente: «cc» · CPF «cc2» · «t» · «e»\nendereço: «ad», «ba», CEP «cep»\n", cc2=cpf_t(g),
          tk=g.protocol(), s=P(sup.full), l=login(sup, g), dd=P(name_form(g, drv, ["full", "caps"])), cpf=cpf_t(g), cnh=cnh_t(g),
          pl=(plate, "LICENSE_PLATE"), cc=P(name_form(g, cust, ["full", "caps"])), t=ph_t(g), e=em_t(g, cust),
          ad=ad_t(g, "text"), ba=g.pick(BAIRROS), cep=cep_t(g))
    doc.f("resolução: «r»\n", r=g.pick(["reentrega agendada p/ amanhã, janela 14-18h", "entrega confirmada, caso encerrado",
                                         "cliente contestou, aberto procedimento de extravio", "seria prudente exigir foto da fachada nessa região"]))
    return doc


def at_insucesso(g: Gen) -> Doc:
    """Daily delivery-failure report of a last-mile base, fixed-width columns, supervisor's sign-off."""
    doc = Doc()
    city, uf = g.city()
    sup, conf = g.person(), g.person()
    carrier_full, carrier = g.pick(CARRIERS)
    doc.f("«ca»\nRELATORIO DE INSUCESSOS - BASE «b» - «d»                              PAG 1/1\n",
          ca=fold(carrier_full).upper(), b=fold(city).upper(), d=g.date("br"))
    W = [6, 13, 28, 38, 10, 16, 4, 6]
    hdr = ["ROTA", "AWB", "DESTINATARIO", "ENDERECO", "CEP", "TELEFONE", "COD", "MOTOR."]
    doc.t(" ".join(h.ljust(w) for h, w in zip(hdr, W)).rstrip() + "\n" + "-" * (sum(W) + len(W) - 1) + "\n")
    drivers = [(g.person(female=g.chance(0.15), origin="pt"), g.plate()) for _ in range(2)]
    for _ in range(g.ri(4, 6)):
        c = g.person()
        k = g.ri(0, 1)
        nm = c.caps
        while len(nm) > W[2]:
            nm = fold(c.short).upper()
            if len(nm) > W[2]:
                nm = fold(c.first).upper()
        ad = g.address("caps")
        while len(ad) > W[3]:
            ad = g.address("caps")
        tel = g.phone(g.pick(["nospace", "raw", "plain"]))
        doc.cell(f"R-{g.d(3)}", W[0]).t(" ").cell(g.pick([f"JD{g.d(10)}", f"RV{g.d(10)}", f"TL{g.d(9)}BR"]), W[1]).t(" ")
        doc.cell(nm, W[2], "PERSON").t(" ").cell(ad, W[3], "ADDRESS").t(" ").cell(g.cep("dash"), W[4], "BR_CEP").t(" ")
        doc.cell(tel, W[5], "PHONE_NUMBER").t(" ").cell(f"{g.pick([1, 1, 2, 3, 4, 5, 6]):02d}", W[6]).t(" ")
        doc.t(f"M{k + 1:02d}\n")
    doc.t("-" * (sum(W) + len(W) - 1) + "\n")
    doc.t("MOTORISTAS:")
    for k, (dv, pl) in enumerate(drivers):
        doc.f(" M«k» «n» («pl»)«s»", k=f"{k + 1:02d}", n=P(name_form(g, dv, ["caps", "capsshort"])), pl=(pl, "LICENSE_PLATE"),
              s=" ·" if k == 0 else "\n")
    doc.t("MOTIVOS: 01 CLIENTE AUSENTE  02 END. NAO LOCALIZADO  03 RECUSADO  04 AVARIA  05 AREA DE RISCO  06 FALTA COMPLEMENTO\n")
    doc.f("OBS: «o»\n", o=g.pick(["ROTA R-0XX COM LUZ DE INJECAO ACESA, VEICULO RECOLHIDO", "CHUVA FORTE, 3 ENDERECOS ALAGADOS",
                                  "CLIENTES DO COND. ROSA BRANCA PEDEM ENTREGA NA GUARITA", "SEM OCORRENCIAS ADICIONAIS"]))
    doc.f("SUPERVISOR(A): «s»        CONFERIDO POR: «c»   («l»)\n", s=P(name_form(g, sup, ["caps", "capsshort"])),
          c=P(name_form(g, conf, ["caps", "capsshort", "capsfirst"])), l=login(conf, g))
    return doc


def at_extravio(g: Gen) -> Doc:
    """E-mail thread about a lost parcel between a small online seller (a person) and support, with the
    Correios content declaration pasted below (sender and recipient blocks)."""
    doc = Doc()
    snd, rcp, att = g.person(), g.person(), g.person()
    mk, mk_short, mk_dom = g.pick(MARKETPLACES)
    obj = g.obj()
    ci1, uf1 = g.city()
    ci2, uf2 = g.city()
    dd, mm = g.ri(8, 28), g.ri(1, 12)
    d = f"{dd:02d}/{mm:02d}/2025"
    d_prev = f"{dd - g.ri(2, 7):02d}/{mm:02d}/2025"
    snd_mail = g.email(snd)
    doc.f("De: «n» <«e»>\nPara: ajuda@«dom»\nData: «d» «h»\nAssunto: Re: [Chamado «ch»] objeto «o» extraviado??\n\n",
          n=P(snd.full), e=(snd_mail, "EMAIL_ADDRESS"), dom=mk_dom, d=d, h=g.hm(), ch=g.d(8), o=obj)
    doc.f("Oi «a», tudo bem?\n\nSegue a declaração de conteúdo que vcs pediram. O objeto tá parado em «l» faz «k» dias e "
          "«ac» («r») já abriu reclamação no app. Eu vendo artesanato, pra mim esse prejuízo pesa bastante. "
          "Se precisar falar comigo é no «t» (whats).\n\nObrigad«o»,\n«s»\n\n",
          a=P(att.first), l=g.pick(["CTE CAJAMAR", "CDD Vila Prudente", "CTCE Bento Gonçalves", "AC Centro"]), k=g.ri(8, 25),
          ac=rcp.g("o comprador", "a compradora"), r=P(g.pick([rcp.first, rcp.short])), t=ph_t(g), o=snd.o, s=P(g.pick([snd.first, snd.short, snd.nick])))
    doc.f("> Em «d», «a» <«am»> escreveu:\n> Olá! Para abrir o pedido de indenização junto aos Correios precisamos da "
          "declaração de conteúdo\n> assinada e de uma foto do comprovante de postagem. Prazo de análise: até 30 dias.\n\n",
          d=d_prev, a=P(att.full), am=g.pick([f"ajuda@{mk_dom}", f"atendimento@{mk_dom}"]))
    doc.t("---------------------------------------------------------------\n"
          "                  DECLARAÇÃO DE CONTEÚDO\n---------------------------------------------------------------\n")
    for role, p, ci, uf in (("REMETENTE", snd, ci1, uf1), ("DESTINATÁRIO", rcp, ci2, uf2)):
        doc.f("«r»\nNOME: «n»\nENDEREÇO: «ad»\nCIDADE: «ci»  UF: «uf»  CEP: «cep»\nCPF/CNPJ: «doc»\n\n", r=role,
              n=P(name_form(g, p, ["caps", "caps", "full"])), ad=ad_t(g, g.pick(["caps", "text"])), ci=ci, uf=uf,
              cep=cep_t(g, g.pick(["dash", "raw"])), doc=cpf_t(g) if role == "REMETENTE" or g.chance(0.6) else ("", None))
    items = g.pick([["Bolsa de crochê", "Tapete de barbante"], ["Sabonete artesanal (cx 6)", "Vela aromática"],
                    ["Amigurumi", "Porta-guardanapo de crochê", "Toalhinha bordada"], ["Quadro em MDF pintado"]])
    doc.t("IDENTIFICAÇÃO DOS BENS\nITEM  CONTEÚDO                          QUANT.  VALOR\n")
    tot = 0
    for i, it in enumerate(items, 1):
        q, v = g.ri(1, 4), g.ri(25, 180)
        tot += q * v
        doc.t(f"{i:<5} {it:<33} {q:<7} {v},00\n")
    doc.f("TOTAL: R$ «t»,00    PESO TOTAL (kg): «p»\n\nDeclaro que não me enquadro no conceito de contribuinte previsto "
          "no art. 4º da Lei Complementar nº 87/1996 ...\n«ci», «d»\nAssinatura do Declarante/Remetente: «s»\n",
          t=tot, p=f"{g.ri(0, 3)},{g.d(3)}", ci=ci1, d=d, s=P(snd.full))
    return doc


def at_etiqueta(g: Gen) -> Doc:
    """Shipping labels of a pre-posting list (PLP) as text read back from the PDF, three labels in a row."""
    doc = Doc()
    seller = g.pick(SELLERS)
    scity, suf = g.city()
    doc.f("PLP nº «n» — «s» — contrato «c» — cartão de postagem «cp»\n\n", n=g.d(9), s=seller, c=g.d(10), cp=g.d(10))
    s_addr = g.pick(["Rua Barão de Mauá, 1200 galpão 3", "Av. dos Caminhoneiros, 45", "Rod. Anhanguera km 26 módulo 8",
                     "Rua Treze de Maio, 380 loja 2"])
    s_cep = g.cep("dash")
    for k in range(g.ri(2, 3)):
        c = g.person()
        city, uf = g.city()
        svc = g.pick(["SEDEX CONTRATO AG", "PAC CONTRATO AG", "SEDEX 10", "MINI ENVIOS"])
        doc.f("--- etiqueta «k» ---\n«s»\nVolume: 1/1   Peso (g): «p»   NF: «nf»   Pedido: «ped»\n«o»\n"
              "Recebedor: ____________________ Assinatura: ____________ Documento: ____________\n"
              "DESTINATÁRIO\n«n»\n", k=k + 1, s=svc, p=g.ri(120, 9800), nf=g.d(6), ped=g.order(), o=g.obj(spaced=True),
              n=P(name_form(g, c, ["caps", "caps", "full", "capsacc"])))
        t, name, num, comp = g.street_parts()
        if g.chance(0.5):
            doc.f("«a»\n", a=(fold(f"{t} {name}, {num}" + (f" {comp}" if comp else "")).upper(), "ADDRESS"))
        else:
            doc.f("«a»\n", a=(f"{t} {name}, {num}" + (f" - {comp}" if comp else ""), "ADDRESS"))
        doc.f("«b»\n«cep» «ci»/«uf»\n", b=g.pick(BAIRROS), cep=cep_t(g, g.pick(["dash", "raw", "dot"])), ci=city, uf=uf)
        if g.chance(0.8):
            doc.f("Tel.: «t»\n", t=ph_t(g))
        if g.chance(0.5):
            who = g.relative(c)
            txt = g.pick(["entregar a partir das 14h, falar c/ ", "se ausente deixar com ", "portaria 24h - deixar c/ ",
                          "ligar antes, quem recebe é "])
            doc.f("Obs: «x»«o»\n", x=txt, o=P(who.first))
        doc.f("Remetente: «s» — «sa» — «ci»/«uf» — CEP «cep»\n\n", s=seller, sa=s_addr, ci=scity, uf=suf, cep=(s_cep, "BR_CEP"))
    return doc


# =========================================================================== juridico

TRT = {"RJ": 1, "MG": 3, "RS": 4, "BA": 5, "PE": 6, "CE": 7, "PA": 8, "AP": 8, "PR": 9, "DF": 10, "TO": 10, "AM": 11,
       "RR": 11, "SC": 12, "PB": 13, "RO": 14, "AC": 14, "MA": 16, "ES": 17, "GO": 18, "AL": 19, "SE": 20, "RN": 21, "PI": 22,
       "MT": 23, "MS": 24}
NACS = [("brasileiro", "brasileira")] * 6 + [("haitiano", "haitiana"), ("boliviano", "boliviana"), ("venezuelano", "venezuelana")]
CIVIL = [("solteiro", "solteira"), ("casado", "casada"), ("divorciado", "divorciada"), ("viúvo", "viúva"),
         ("convivente em união estável", "convivente em união estável")]
PROFS = [("autônomo", "autônoma"), ("professor", "professora"), ("comerciante", "comerciante"), ("motorista", "motorista"),
         ("auxiliar administrativo", "auxiliar administrativa"), ("aposentado", "aposentada"), ("técnico de enfermagem", "técnica de enfermagem"),
         ("estudante", "estudante"), ("cabeleireiro", "cabeleireira"), ("analista de sistemas", "analista de sistemas")]


def qual(g: Gen, p: Person) -> str:
    nac = g.pick(NACS)
    if p.origin == "ht":
        nac = ("haitiano", "haitiana")
    elif p.origin == "bo":
        nac = ("boliviano", "boliviana")
    elif p.origin == "ve":
        nac = ("venezuelano", "venezuelana")
    return f"{p.g(*nac)}, {p.g(*g.pick(CIVIL))}, {p.g(*g.pick(PROFS))}"


def ju_jec(g: Gen) -> Doc:
    """Small-claims (JEC) petition against a marketplace and its carrier for a parcel "delivered" to a stranger."""
    doc = Doc()
    a = g.person()
    wit = g.person()
    rec = g.person(origin="pt")
    city, uf = g.city()
    mk, mk_short, mk_dom = g.pick(MARKETPLACES)
    carrier_full, carrier = g.pick(CARRIERS)
    prod, lo, hi = g.pick(PRODUCTS)
    val = g.money(lo, hi)
    lawyer = g.chance(0.6)
    dm = g.pick([300000, 500000, 800000, 1000000])
    adv = g.person()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «ci» – «uf»\n\n\n",
          n=g.ri(1, 4), ci=fold(city).upper(), uf=uf)
    rg_style = g.pick(["dot", "dot", "mg"])
    doc.f("«a», «q», portador«ra» do RG nº «rg» «org», inscrit«o» no CPF sob o nº «cpf», ", a=P(a.caps_acc if g.chance(0.6) else a.caps),
          q=qual(g, a), ra="a" if a.female else "", rg=rg_t(g, rg_style),
          org="PC/MG" if rg_style == "mg" else g.pick(["SSP/SP", "SSP/SP", "SESP/PR", "SDS/PE", "SSP/BA"]),
          o=a.o, cpf=cpf_t(g, "dot"))
    if g.chance(0.4):
        doc.f("nascid«o» em «dob», ", o=a.o, dob=dob_t(g, g.pick(["br", "long"])))
    doc.f("residente e domiciliad«o» na «ad», «ba», «ci»/«uf», CEP «cep», endereço eletrônico «em», telefone «t», ",
          o=a.o, ad=ad_t(g), ba=g.pick(BAIRROS), ci=city, uf=uf, cep=cep_t(g), em=em_t(g, a), t=ph_t(g))
    if lawyer:
        doc.t("por seu advogado que esta subscreve (procuração anexa), ")
    else:
        doc.t("sem assistência de advogado (art. 9º da Lei 9.099/1995), ")
    c1, c2 = g.city(), g.city()
    doc.f("vem propor a presente\n\nAÇÃO DE RESTITUIÇÃO DE VALORES C/C INDENIZAÇÃO POR DANOS MORAIS\n\nem face de «m», pessoa jurídica "
          "de direito privado, inscrita no CNPJ sob o nº «cn1», com sede na «sa», «c1», CEP «cep1», e de «t», inscrita no CNPJ "
          "sob o nº «cn2», com endereço na «sb», «c2», CEP «cep2», pelos fatos e fundamentos a seguir expostos.\n\n",
          m=mk.upper(), cn1=cnpj_t(g), sa=g.pick(["Av. Brigadeiro Faria Lima, 3900, 10º andar", "Rua Gomes de Carvalho, 1510, conj. 42",
                                                    "Av. Prudente de Morais, 2100, sala 1204"]), c1=f"{c1[0]}/{c1[1]}", cep1=cep_t(g),
          t=carrier_full.upper(), cn2=cnpj_t(g), sb=g.pick(["Rod. Anhanguera, km 26, galpão 4", "Av. Marginal Tietê, 8800",
                                                             "Rua dos Caminhoneiros, 455"]), c2=f"{c2[0]}/{c2[1]}", cep2=cep_t(g))
    dts = g.seq_dates(4, 90)
    d1, d2, d3, d4 = fd(dts[0]), fd(dts[1]), fd(dts[2]), fd(dts[3], "long")
    doc.f("I – DOS FATOS\n\nEm «d1», «o» Autor«a» adquiriu, no sítio eletrônico da primeira Ré, «p», pelo valor de R$ «v» "
          "(pedido nº «ped»), com previsão de entrega até «d2». O objeto (código de rastreio «obj») foi dado como \"entregue\" "
          "em «d3», constando como recebedor «r» — pessoa que «o» Autor«a» não conhece e que não reside no endereço.\n\n",
          d1=d1, o=a.g("o", "a"), a="" if not a.female else "a", p=prod.lower(), v=val, ped=g.order(), d2=d2,
          obj=g.obj() if g.chance(0.6) else g.awb(), d3=d3, r=P(name_form(g, rec, ["caps", "full"])))
    doc.f("Foram abertas as reclamações de protocolos «p1» e «p2», sem solução. «O» vizinh«wo» «w», residente na «wa», "
          "presenciou que nenhum entregador esteve no local na data indicada.\n\n",
          p1=g.protocol(), p2=g.protocol(), O=wit.g("O", "A"), wo=wit.o, w=P(wit.full), wa=ad_t(g))
    doc.f("II – DO DIREITO\n\nA relação é de consumo (arts. 2º e 3º da Lei 8.078/1990), respondendo as Rés solidariamente "
          "(art. 7º, parágrafo único, e art. 25, § 1º, do CDC) pelo vício do serviço (art. 14). Cabível a inversão do ônus da prova "
          "(art. 6º, VIII).\n\nIII – DOS PEDIDOS\n\na) a citação das Rés; b) a restituição de R$ «v»; c) indenização por danos "
          "morais de R$ «dm»; d) a inversão do ônus da prova.\n\nDá-se à causa o valor de R$ «vc».\n\n",
          v=val, dm=brl(dm), vc=brl(dm + int(val.replace(".", "").replace(",", ""))))
    doc.f("Rol de testemunhas: 1. «w», «q», CPF «cpf», residente no endereço já indicado.\n\n«ci», «d».\n\n", w=P(wit.full),
          q=qual(g, wit), cpf=cpf_t(g), ci=city, d=d4)
    if lawyer:
        firm, fdom = g.pick(LAW_FIRMS)
        doc.f("«adv»\n«oab»\n«f» — «em»\n", adv=P(name_form(g, adv, ["full", "capsacc"])), oab=prof_t(g, "OAB", uf), f=firm,
              em=(g.corp(adv, fdom), "EMAIL_ADDRESS"))
    else:
        doc.f("«a»\n(assinatura)\n", a=P(a.full))
    return doc


def ju_avaria(g: Gen) -> Doc:
    """Freight damage protest letter from a shipper to a road carrier, with the driver and the receiver's reservation."""
    doc = Doc()
    shipper = g.pick(["Cerâmica Jatobá Ltda.", "Indústria de Móveis Ximenes S.A.", "Vinícola Flor da Serra Ltda.",
                      "Distribuidora Galindo de Alimentos Ltda.", "Eletrônica Medrado Indústria e Comércio Ltda."])
    sdom = re.sub(r"[^a-z]", "", fold(shipper.split()[1]).lower()) + ".com.br"
    carrier_full, carrier = g.pick(CARRIERS)
    ins = g.pick(INSURERS)
    contact, reg, drv, rec, signer, adv = g.person(), g.person(), g.person(female=False), g.person(), g.person(), g.person()
    city, uf = g.city()
    dts = g.seq_dates(4, 40)
    cn_s = g.cnpj_num()
    doc.f("«s» · CNPJ «cn»\n«ci», «d»\n\nÀ\n«ca» (CNPJ «cn2»)\nA/C «sr» «c» – Gerência de Sinistros\nc/c «ins» – apólice RCTR-C nº «ap» "
          "– regulador(a): «r» («re»)\n\n",
          s=shipper, cn=(f"{cn_s[:2]}.{cn_s[2:5]}.{cn_s[5:8]}/{cn_s[8:12]}-{cn_s[12:]}", "BR_CNPJ"), ci=city, d=fd(dts[3], "long"),
          ca=carrier_full, cn2=cnpj_t(g), sr=contact.g("Sr.", "Sra."),
          c=P(contact.full), ins=ins, ap=f"{g.d(2)}.{g.d(2)}.{g.d(7)}", r=P(reg.full),
          re=(g.corp(reg, g.pick(["regulasul.com.br", "vistoriacargas.com.br", "aurorareg.com.br"])), "EMAIL_ADDRESS"))
    doc.f("Ref.: PROTESTO POR AVARIA DE CARGA – CT-e nº «cte» – NF-e nº «nf»\nChave de acesso: «ch»\n\nPrezados,\n\n"
          "Nos termos do art. 754 do Código Civil e da Lei 11.442/2007, formalizamos protesto pela avaria da carga abaixo, "
          "coletada em nosso CD de «ci» em «d1» e entregue ao destinatário «dst» em «d2», com ressalva lançada no canhoto pel«o» "
          "recebedor«a» «rec» (RG «rg»): \"«q»\".\n\n",
          cte=g.d(6), nf=g.d(6), ch=g.chave_nfe(cn_s, uf, when=dts[0]), ci=city, d1=fd(dts[0]), d2=fd(dts[1]),
          dst=g.pick(["Supermercados Bonfim Ltda.", "Magazine Amado S.A.", "Atacadão Aragão", "Casa Jatobá Decoração"]),
          o=rec.o, a="a" if rec.female else "", rec=P(name_form(g, rec, ["caps", "full"])), rg=rg_t(g),
          q=g.pick(["12 CX AMASSADAS E MOLHADAS", "RECEBIDO C/ RESSALVA - 3 VOLUMES VIOLADOS", "PALETE TOMBADO, CAIXA BRANCA RASGADA",
                    "FALTA 2 VOL CONFORME NF"]))
    doc.f("Dados do transporte informados no MDF-e «mdfe»:\n  Motorista: «m» – CPF «cpf» – CNH «cnh» (cat. E, validade «v»)\n"
          "  Veículo: cavalo «p1» / carreta «p2» – RNTRC «rn»\n  Contato do motorista: «t»\n\n",
          mdfe=g.d(9), m=P(drv.caps), cpf=cpf_t(g), cnh=cnh_t(g), v=g.date("br", 2027), p1=pl_t(g), p2=pl_t(g), rn=g.d(9), t=ph_t(g))
    doc.f("Prejuízo apurado: R$ «v», conforme laudo de vistoria realizado por «r» em «d». O seguro do embarcador "
          "(«ins») poderá sub-rogar-se nos direitos desta empresa (art. 786 do CC). Solicitamos manifestação no prazo de 10 "
          "(dez) dias.\n\nAtenciosamente,\n\n«s»\n«cg» de Logística – «se» – «st»\n",
          v=g.money(2000, 90000), r=P(reg.short), d=fd(dts[2]), ins=ins, s=P(signer.full),
          cg=signer.g("Coordenador", "Coordenadora"), se=(g.corp(signer, sdom), "EMAIL_ADDRESS"), st=ph_t(g, "par", mobile=False))
    if g.chance(0.6):
        doc.f("\n«a» – «oab» – Departamento Jurídico\n", a=P(adv.full), oab=prof_t(g, "OAB", uf))
    return doc


def ju_procon(g: Gen) -> Doc:
    """Consumer-complaint platform record (consumidor.gov-like): consumer's account, company reply, rating."""
    doc = Doc()
    c, an = g.person(), g.person()
    mk, mk_short, mk_dom = g.pick(MARKETPLACES)
    drv = g.person(origin="pt")
    city, uf = g.city()
    prod, lo, hi = g.pick(PRODUCTS)
    val = g.money(lo, hi)
    dts = g.seq_dates(3, 40)
    doc.f("Reclamação nº «n» | Empresa: «mk» | Área: Comércio eletrônico | Assunto: «a»\nConsumidor(a): «c» | CPF: «cpf» | "
          "E-mail: «em» | Cidade/UF: «ci»/«uf»\nData: «d» | Prazo da empresa: 10 dias\n\nRelato:\n", em=em_t(g, c),
          n=f"{2025}.{g.d(2)}/{g.d(8)}", mk=mk_short, a=g.pick(["Produto não entregue", "Entrega em atraso", "Cobrança de frete indevida"]),
          c=P(c.full), cpf=cpf_t(g), ci=city, uf=uf, d=fd(dts[1]))
    low = g.chance(0.5)
    body = ("comprei um(a) {p} no dia {d} e paguei r$ {v}. o app diz que o entregador tentou entregar e eu estava ausente mas eu "
            "estava em casa o dia inteiro!! o motoboy nem tocou a campainha. ") if low else \
        ("Comprei {p} em {d}, pagamento aprovado (R$ {v}). A entrega foi reagendada 3 vezes e em nenhuma delas o entregador "
         "apareceu. ")
    doc.t(body.format(p=prod.lower(), d=fd(dts[0]), v=val))
    if g.chance(0.3):
        doc.f("paguei no cartão «cc» e já veio na fatura. ", cc=card_t(g, g.chance(0.6)))
    doc.f("meu endereço é «ad», CEP «cep», e meu telefone «t» está correto no cadastro. «x»\n\n",
          ad=ad_t(g, "low" if low else "text"), cep=cep_t(g), t=ph_t(g),
          x=g.pick(["Quero o produto ou o dinheiro.", "tô pensando em ir no juizado.", "Conta de luz eu pago em dia, já pedido na internet é essa novela."]))
    doc.f("Resposta da empresa («d»):\nPrezad«o» «cf», lamentamos o transtorno. Verificamos que o entregador parceiro «dr» "
          "registrou \"cliente ausente\" às «h». Em contato telefônico realizado por nosso analista «an» ao número «t», "
          "ficou acordado o ", d=fd(dts[2]), o=c.o, cf=P(c.first), dr=P(name_form(g, drv, ["short", "first", "full"])), h=g.hm(),
          an=P(name_form(g, an, ["full", "short"])), t=ph_t(g))
    r = g.ri(0, 2)
    if r == 0:
        bank = g.pick(BANKS)
        doc.f("estorno de R$ «v» em conta de sua titularidade (banco «b», agência «ag», conta «cc»), em até 5 dias úteis.\n\n",
              v=val, b=bank[1], ag=ag_t(g), cc=cc_t(g))
    elif r == 1:
        doc.f("reenvio do produto via «ca», com nova previsão para «d».\n\n", ca=g.pick(CARRIERS)[1], d=g.date("br"))
    else:
        doc.f("estorno no cartão de crédito, que aparecerá em até 2 faturas.\n\n")
    res, n, cm = g.pick([("Resolvida", 4, "só resolveram depois que reclamei aqui."),
                         ("Resolvida", 3, "o produto chegou mas a caixa veio toda amassada"),
                         ("Não resolvida", 1, "ninguém me ligou, é mentira"), ("Resolvida", 5, "ok"),
                         ("Não resolvida", 2, "até agora nada do estorno")])
    doc.f("Avaliação do(a) consumidor(a): «res» | Nota: «n»\nComentário: «cm»\n", res=res, n=n, cm=cm)
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Extrajudicial notice from a buyer's lawyer to a seller (an MEI), with the delivery receipt (AR) transcribed."""
    doc = Doc()
    a, owner, adv, rec, carteiro = g.person(), g.person(), g.person(), g.person(), g.person(origin="pt")
    firm, fdom = g.pick(LAW_FIRMS)
    city, uf = g.city()
    root, cn = mei_name(g, owner)
    prod, lo, hi = g.pick(PRODUCTS)
    dts = g.seq_dates(3, 60)
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: «a», «q», CPF «cpf», residente na «ad», «ba», «ci»/«uf», CEP «cep», telefone «t», e-mail «e».\n\n",
          t=ph_t(g), e=em_t(g, a),
          a=P(a.caps), q=qual(g, a), cpf=cpf_t(g), ad=ad_t(g), ba=g.pick(BAIRROS), ci=city, uf=uf, cep=cep_t(g))
    doc.f("NOTIFICADA: «r» «o», microempreendedora individual, CNPJ «cn», estabelecida na «sa» (loja virtual \"«loja»\").\n\n",
          r=root, o=P(owner.caps), cn=(f"{cn[:2]}.{cn[2:5]}.{cn[5:8]}/{cn[8:12]}-{cn[12:]}", "BR_CNPJ"),
          sa=g.pick(["Rua Sete de Setembro, 220, sala 3", "Av. Tiradentes, 1900, box 14", "Rua da Aurora, 55"]),
          loja=g.pick(["Ateliê Rosa Branca", "Cantinho da Flor", "Bento Presentes", "Luz & Cia"]))
    doc.f("Prezad«o» «of»,\n\nA Notificante, por seus advogados, vem NOTIFICÁ-L«O2» de que o produto «p» adquirido em «d» "
          "(pedido «ped», R$ «v») jamais foi entregue, não obstante o código de rastreio «obj» informado por V.Sa. Nos termos "
          "dos arts. 35 e 49 do Código de Defesa do Consumidor, fica V.Sa. notificad«o» a restituir o valor pago no prazo de "
          "5 (cinco) dias, mediante depósito na conta da Notificante (banco «bk», ag. «ag», conta «cc»), sob pena das medidas "
          "judiciais cabíveis.\n\n«ci», «dl».\n\n«adv»\n«oab»\n«f» — «em»\n\n",
          o=owner.o, of=P(owner.first), O2=owner.g("O", "A"), p=prod.lower(), d=fd(dts[0]), ped=g.order(), v=g.money(lo, hi),
          obj=g.obj(), bk=g.pick(BANKS)[1], ag=ag_t(g), cc=cc_t(g), ci=city, dl=fd(dts[1], "long"),
          adv=P(adv.full), oab=prof_t(g, "OAB", uf), f=firm, em=(g.corp(adv, fdom), "EMAIL_ADDRESS"))
    doc.f("---- AR digital (Correios) ----\nObjeto: «obj»   Serviço: Carta registrada c/ AR\nDestinatário: «r» «o»\n"
          "Entregue em: «d» «h»\nRecebido por: «rec»   Documento: «rg»\nCarteiro(a): «ct» (mat. «m»)\n",
          obj=g.obj(), r=root, o=P(owner.caps), d=fd(dts[2]), h=g.hm(), rec=P(name_form(g, rec, ["caps", "capsshort"])),
          rg=rg_t(g), ct=P(name_form(g, carteiro, ["capsshort", "short"])), m=g.d(8))
    return doc


def ju_acordo(g: Gen) -> Doc:
    """Settlement and release after a delivery van hit a motorcyclist: parties, driver, plates, payment, witnesses."""
    doc = Doc()
    carrier_full, carrier = g.pick(CARRIERS)
    rep, vic, drv, w1, w2 = g.person(), g.person(), g.person(female=False), g.person(), g.person()
    city, uf = g.city()
    dts = g.seq_dates(3, 90)
    doc.f("TERMO DE ACORDO E QUITAÇÃO\n\nPelo presente instrumento particular, de um lado «ca», inscrita no CNPJ sob o nº «cn», "
          "neste ato representada por «r», doravante PRIMEIRA ACORDANTE, e, de outro, «v», «q», portador«ra» do RG «rg», CPF «cpf»",
          ca=carrier_full.upper(), cn=cnpj_t(g), r=P(rep.full), v=P(vic.caps), q=qual(g, vic), ra="a" if vic.female else "",
          rg=rg_t(g), cpf=cpf_t(g))
    if g.chance(0.5):
        doc.f(", CNH nº «cnh»", cnh=cnh_t(g))
    doc.f(", telefone «t», residente na «ad», «ci»/«uf», CEP «cep», doravante SEGUND«O» ACORDANTE, têm entre si justo e acordado o que segue:\n\n",
          t=ph_t(g), ad=ad_t(g), ci=city, uf=uf, cep=cep_t(g), O=vic.g("O", "A"))
    doc.f("1. Em «d», por volta das «h», na «lugar», o veículo «vei» placa «p1», da frota da PRIMEIRA ACORDANTE, conduzido pelo "
          "motorista «m» (CNH «cnh»), colidiu com a motocicleta «mo» placa «p2», de propriedade d«o» SEGUND«O» ACORDANTE "
          "(Boletim de Ocorrência nº «bo»).\n\n",
          d=fd(dts[0]), h=g.hm(), lugar=g.pick(["Av. Barão de Mauá, altura do nº 900", "esquina da Rua Marechal Deodoro com a Tiradentes",
                                                     "rotatória da Av. Prudente de Morais", "BR-116, km 412, pista sentido sul",
                                                     "Avenida Bento Gonçalves, em frente ao terminal"]),
          vei=g.pick(VEHICLES), p1=pl_t(g), m=P(drv.full), cnh=cnh_t(g), mo=g.pick(MOTOS), p2=pl_t(g), o=vic.o, O=vic.g("O", "A"),
          bo=f"{g.d(6)}/{dts[0].year}")
    doc.f("2. A PRIMEIRA ACORDANTE pagará a importância de R$ «v» (danos materiais, lucros cessantes e despesas médicas), "
          "em parcela única até «d», mediante ", v=g.money(1500, 25000), d=fd(dts[2]))
    if g.chance(0.55):
        bank = g.pick(BANKS)
        doc.f("transferência para conta de titularidade d«o» SEGUND«O» ACORDANTE: banco «b» («bc»), agência «ag», conta corrente «cc».\n\n",
              o=vic.o, O=vic.g("O", "A"), b=bank[1], bc=bank[0], ag=ag_t(g), cc=cc_t(g))
    else:
        doc.f("Pix para a chave aleatória «k», de titularidade d«o» SEGUND«O» ACORDANTE.\n\n", k=pix_t(g), o=vic.o, O=vic.g("O", "A"))
    doc.f("3. Com o pagamento, «o» SEGUND«O» ACORDANTE dá plena, geral e irrevogável quitação, nada mais tendo a reclamar, "
          "a qualquer título, inclusive quanto ao motorista e à seguradora «ins».\n\n4. Fica eleito o foro da comarca de «ci».\n\n"
          "«ci», «dl».\n\n_______________________________\n«ca»\np.p. «r»\n\n_______________________________\n«v»\n\n"
          "TESTEMUNHAS:\n1. «w1» — CPF «c1»\n2. «w2» — CPF «c2»\n",
          o=vic.g("o", "a"), O=vic.g("O", "A"), ins=g.pick(INSURERS).rstrip("."), ci=city, dl=fd(dts[1], "long"), ca=carrier_full, r=P(rep.full),
          v=P(vic.full), w1=P(w1.full), c1=cpf_t(g), w2=P(w2.full), c2=cpf_t(g))
    return doc


def ju_trabalhista(g: Gen) -> Doc:
    """Labour-court hearing minutes: a courier against a last-mile operator, with the claimant's data from the
    initial petition, witnesses and a settlement paid into the claimant's account."""
    doc = Doc()
    rcl = g.person(female=g.chance(0.15))
    judge, adv1, adv2, prep, wit, sup = (g.person() for _ in range(6))
    carrier_full, carrier = g.pick(CARRIERS)
    city, uf = g.city()
    reg = TRT[uf] if uf != "SP" else g.pick([2, 15])
    dts = g.seq_dates(4, 900, 2022)
    h_in, h_out = g.times(2, lo=8 * 3600, hi=17 * 3600)
    doc.f("PODER JUDICIÁRIO\nJUSTIÇA DO TRABALHO\nTRIBUNAL REGIONAL DO TRABALHO DA «r»ª REGIÃO\n«v»ª Vara do Trabalho de «ci»\n\n"
          "ATA DE AUDIÊNCIA – PROCESSO Nº «cnj» (ATOrd)\nRECLAMANTE: «a»\nRECLAMADA: «ca»\n\n",
          r=reg, v=g.ri(1, 9), ci=city, cnj=f"{g.d(7)}-{g.d(2)}.{dts[2].year}.5.{reg:02d}.{g.d(4)}", a=P(rcl.caps), ca=carrier_full.upper())
    doc.f("Em «d», às «h», na sala de audiências desta Vara, sob a presidência d«o» MM. Juiz«a» do Trabalho «j», foram "
          "apregoados os litigantes.\n\nPresente «rr», acompanhad«ro» de seu advogado, «dr1» «a1», «o1».\nPresente «pp» "
          "da reclamada, «sp» «p», CPF «pc», acompanhad«po» de seu advogado, «dr2» «a2», «o2».\n\n", po=prep.o,
          rr=rcl.g("o reclamante", "a reclamante"), ro=rcl.o, dr1=adv1.g("Dr.", "Dra."), sp=prep.g("Sr.", "Sra."), pp=prep.g("o preposto", "a preposta"), dr2=adv2.g("Dr.", "Dra."),
          d=fd(dts[3], "long"), h=h_in, o=judge.o, a="a" if judge.female else "", j=P(judge.full), a1=P(adv1.full),
          o1=prof_t(g, "OAB", uf), p=P(prep.full), pc=cpf_t(g), a2=P(adv2.full), o2=prof_t(g, "OAB", uf))
    doc.f("Dados d«ro» reclamante conforme a inicial: CPF «cpf»; PIS/PASEP «pis»; CTPS nº «ctps» série «se»; ", ro=rcl.o, cpf=cpf_t(g),
          pis=pis_t(g), ctps=g.d(7), se=f"{g.d(4)}-{uf}")
    if g.chance(0.5):
        doc.f("título de eleitor «t»; ", t=tit_t(g))
    doc.f("nascid«ro» em «dob»; CNH «cnh» cat. A; residente na «ad», CEP «cep».\n\n", ro=rcl.o, dob=dob_t(g, "br", 1970, 2003), cnh=cnh_t(g),
          ad=ad_t(g), cep=cep_t(g))
    doc.f("Depoimento pessoal d«ro» reclamante: que trabalhou como «ent» para a reclamada de «d1» a «d2», em moto própria "
          "placa «pl»; que o supervisor «s» controlava o horário pelo aplicativo e aplicava \"gancho\" quando recusava rota; "
          "que recebia por rota, semanalmente, via Pix; que fazia em média «k» entregas por dia. Nada mais.\n\n",
          ro=rcl.o, ent=rcl.g("entregador", "entregadora"), d1=fd(dts[0]), d2=fd(dts[1]), pl=pl_t(g), s=P(name_form(g, sup, ["first", "short", "full"])), k=g.ri(40, 120))
    doc.f("Testemunha d«ro» reclamante: «w», «q», RG «rg», residente na «wa». Advertid«wo» e compromissad«wo». Disse: que também fazia "
          "entregas pela reclamada; que o «sf» passava as rotas no grupo de WhatsApp «gp»; que quem não cumpria o horário "
          "era desligado do app. Nada mais.\n\n",
          ro=rcl.o, wo=wit.o, w=P(wit.full), q=qual(g, wit), rg=rg_t(g), wa=ad_t(g), sf=P(sup.first),
          gp=g.pick(["\"Rota Norte Aurora\"", "\"Entregadores Base Centro\"", "\"LUZ VERDE - escala\""]))
    bank = g.pick(BANKS)
    doc.f("CONCILIAÇÃO: as partes se conciliam pelo valor líquido de R$ «v», em «n» parcelas, a primeira em «d», mediante "
          "depósito na conta d«ro» reclamante (banco «b», agência «ag», conta «cc»). Custas pela reclamada, no importe de R$ «cu». "
          "Recolhimentos previdenciários na forma da lei.\n\nAudiência encerrada às «h».\n\n«j»\nJuiz«a» do Trabalho\n",
          ro=rcl.o, v=g.money(4000, 60000), n=g.ri(2, 10), d=fd(dts[3] + timedelta(days=30)), b=bank[1], ag=ag_t(g), cc=cc_t(g), cu=g.money(80, 900),
          h=h_out, j=P(judge.full), a="a" if judge.female else "")
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """A customer's LGPD access request and the marketplace's answer with the data held (JSON), devices and IPs."""
    doc = Doc()
    c, dpo = g.person(), g.person()
    mk, mk_short, mk_dom = g.pick(MARKETPLACES)
    em = g.email(c)
    doc.f("De: «n» <«e»>\nPara: privacidade@«dom»\nAssunto: Solicitação LGPD - art. 18\n\n", n=P(c.full), e=(em, "EMAIL_ADDRESS"),
          dom=mk_dom)
    doc.f("Prezados, com base no art. 18, I e II, da Lei 13.709/2018, solicito a confirmação da existência de tratamento e "
          "o acesso aos meus dados pessoais. Meu CPF é «cpf». Quero saber também como a transportadora conseguiu meu celular "
          "«t» e por que recebo SMS de ofertas de «x».\n«s»\n\n",
          cpf=cpf_t(g), t=ph_t(g), x=g.pick(["empréstimo", "seguro", "outras lojas"]), s=P(g.pick([c.first, c.full])))
    doc.f("---\nResposta do Encarregado de Dados («dpo», «de») — protocolo «p»\nOlá, «cf». Seguem os dados tratados pela «mk», "
          "extraídos em «d»:\n\n", dpo=P(dpo.full), de=(g.corp(dpo, mk_dom), "EMAIL_ADDRESS") if g.chance(0.5) else ("dpo@" + mk_dom, None),
          p=g.protocol(), cf=P(c.first), mk=mk_short, d=g.date("br"))
    doc.f('{\n  "titular": {"nome": "«n»", "cpf": "«cpf»", "data_nascimento": "«dob»", "email": "«e»",\n'
          '              "telefones": ["«t1»", "«t2»"]},\n',
          n=P(jv(c.full)), cpf=cpf_t(g, "raw"), dob=dob_t(g, "iso"), e=(em, "EMAIL_ADDRESS"), t1=ph_t(g, "e164"), t2=ph_t(g, "e164"))
    doc.t('  "enderecos_entrega": [\n')
    n_ad = g.ri(1, 2)
    for i in range(n_ad):
        t, name, num, comp = g.street_parts()
        city, uf = g.city()
        doc.f('    {"apelido": "«a»", "logradouro": "«l»", "numero": "«n»", "complemento": "«c»", "bairro": "«b»", '
              '"cidade": "«ci»", "uf": "«uf»", "cep": "«cep»"',
              a=g.pick(["casa", "trabalho", "mãe", "casa praia"]), l=(f"{t} {name}", "ADDRESS"), n=num, c=comp, b=g.pick(BAIRROS),
              ci=city, uf=uf, cep=cep_t(g, "raw"))
        if g.chance(0.4):
            doc.f(', "recebedor_autorizado": "«r»"', r=P(jv(g.relative(c).full)))
        doc.t("}" + ("," if i < n_ad - 1 else "") + "\n")
    doc.t('  ],\n  "dispositivos": [\n')
    n_dev = g.ri(2, 3)
    for i in range(n_dev):
        doc.f('    {"ultimo_acesso": "«d»T«h»Z", "ip": "«ip»", "so": "«so»", "app": "«v»"}«c»\n', d=g.date("iso"),
              h=g.times(1, secs=True)[0], ip=ip_t(g), so=g.pick(["Android 14", "iOS 17.5", "Windows 10 / Chrome 126"]),
              v=f"{g.ri(3, 9)}.{g.ri(0, 40)}.{g.ri(0, 9)}", c="," if i < n_dev - 1 else "")
    doc.f('  ],\n  "pedidos": [{"id": "«o1»", "valor": «v1»}, {"id": "«o2»", "valor": «v2»}],\n'
          '  "compartilhamentos": ["«ca» (CNPJ «cn») - entrega", "«gw» - pagamento", "bureau antifraude - score"]\n}\n\n',
          o1=g.order(), v1=money_plain(g, 30, 3000), o2=g.order(), v2=money_plain(g, 30, 3000), ca=g.pick(CARRIERS)[0],
          cn=cnpj_t(g), gw=g.pick(GATEWAYS)[0])
    doc.f("Sobre o SMS: seu número foi informado à transportadora apenas para a entrega (art. 7º, V). Não compartilhamos dados "
          "com terceiros para ofertas. Para excluir a conta, responda este e-mail.\n«d»\n", d=P(dpo.first))
    return doc


# =========================================================================== saude


def sa_farmacia(g: Gen) -> Doc:
    """Pharmacy delivery order with a controlled-drug prescription: SNGPC buyer data, prescriber, courier."""
    doc = Doc()
    ph, pdom = g.pick(PHARMACIES)
    att, farm, pac, dr, mot = g.person(), g.person(), g.person(), g.person(), g.person(female=g.chance(0.1), origin="pt")
    buyer = pac if g.chance(0.5) else g.relative(pac)
    city, uf = g.city()
    doc.f("«ph» – LOJA «l» – PEDIDO DELIVERY «n»\nCanal: «c»   Atendente: «a»   Farmacêutic«fo» resp.: «f» («crf»)\n",
          ph=fold(ph).upper(), l=g.d(3), n=g.d(7), c=g.pick(["televendas", "WhatsApp", "app", "site"]),
          a=P(name_form(g, att, ["first", "short", "caps"])), fo=farm.o, f=P(farm.full), crf=prof_t(g, "CRF", uf))
    doc.f("Cliente: «c»   Tel: «t»   CPF na nota: «cpf» (fidelidade «pg»)\nEntrega: «ad» – «ba» – «ci» – CEP «cep» – ref.: «r»\n\nItens:\n",
          c=P(name_form(g, buyer, ["caps", "full"])), t=ph_t(g), cpf=cpf_t(g), pg=g.pick(["Mais Saúde", "Clube Aurora", "Viva Bem"]),
          ad=ad_t(g, g.pick(["caps", "text"])), ba=g.pick(BAIRROS), ci=city, cep=cep_t(g), r=g.pick(REFS))
    for drug in g.rng.sample(DRUGS, g.ri(1, 2)):
        doc.f("  1x «d»   R$ «v»\n", d=drug, v=g.money(8, 180))
    ctrl = g.pick(DRUGS_CTRL)
    doc.f("  1x «d»   R$ «v»   *** RECEITA RETIDA — CONFERIR 2 VIAS ***\n\n", d=ctrl, v=g.money(15, 260))
    doc.f("Prescritor: «sd» «dr» – «crm» – receita de «d»\nPaciente: «p»", sd=dr.g("Dr.", "Dra."), dr=P(dr.full),
          crm=prof_t(g, "CRM", uf), d=g.date("br"), p=P(name_form(g, pac, ["full", "caps"])))
    if g.chance(0.5):
        doc.f(" – nasc. «dob»", dob=dob_t(g, "br"))
    doc.f("\nDADOS DO COMPRADOR (SNGPC): «b», RG «rg» «org», «ad», tel. «t»\n\n", b=P(name_form(g, buyer, ["caps", "full"])),
          rg=rg_t(g), org=g.pick(["SSP/SP", "SSP/BA", "PC/MG", "SSP/PR"]), ad=("mesmo endereço", None) if g.chance(0.6) else ad_t(g),
          t=ph_t(g))
    r = g.ri(0, 2)
    if r == 0:
        doc.f("Pagamento: Pix (chave aleatória da loja «k») – comprovante recebido às «h»\n", k=pix_t(g), h=g.hm())
    elif r == 1:
        doc.t("Pagamento: cartão na entrega (levar maquininha), troco não necessário\n")
    else:
        doc.f("Pagamento: dinheiro, troco p/ R$ «v»\n", v=g.pick(["100,00", "50,00", "200,00"]))
    h1, h2 = g.times(2, lo=8 * 3600, hi=21 * 3600)
    doc.f("Entregador: «m» – moto «pl» – saída «h1» – entregue «h2»\nOBS: «o»\n",
          m=P(name_form(g, mot, ["first", "short", "caps"])), pl=pl_t(g), h1=h1, h2=h2,
          o=g.pick(["conferir documento com foto e recolher a 2ª via assinada", "cliente idosa, entregar na mão",
                    "não deixar c/ porteiro (medicamento controlado)", "interfone quebrado, ligar ao chegar"]))
    return doc


def sa_coleta(g: Gen) -> Doc:
    """Home sample-collection route of a lab: phlebotomist, vehicle and the day's patients."""
    doc = Doc()
    lab, ldom = g.pick(LABS)
    col, drv = g.person(), g.person(female=False)
    city, uf = g.city()
    doc.f("«l» — AGENDA DE COLETA DOMICILIAR — «d»\nColetador(a): «c» («cor») · Motorista: «m» · Veículo «v» «pl»\n"
          "Caixa térmica nº «cx» · Temp. saída: «t» °C\n\n",
          l=lab, d=g.date("br"), c=P(name_form(g, col, ["full", "short"])), cor=prof_t(g, "COREN", uf),
          m=P(name_form(g, drv, ["first", "short"])), v=g.pick(["Fiat Mobi", "Renault Kwid", "VW Up"]), pl=pl_t(g), cx=g.d(3),
          t=f"{g.ri(2, 8)},{g.d(1)}")
    t0 = g.ri(6 * 60, 8 * 60)
    for i in range(g.ri(3, 4)):
        h = f"{t0 // 60:02d}:{t0 % 60:02d}"
        t0 += g.ri(35, 80)
        p = g.person()
        dr = g.person()
        doc.f("#«i» «h» — «p» — DN «dob» — ", i=i + 1, h=h, p=P(name_form(g, p, ["caps", "full", "caps"])), dob=dob_t(g, "br", 1925, 2020))
        if g.chance(0.5):
            doc.f("CNS «cns»\n", cns=cns_t(g))
        else:
            doc.f("conv. «c» cart. «n»\n", c=g.pick(["Unimed", "Bradesco Saúde", "SulAmérica", "Prudente Saúde", "Amil"]),
                  n=f"{g.d(3)}.{g.d(4)}.{g.d(6)}-{g.d(1)}")
        doc.f("   End.: «ad» · «ba» · CEP «cep» · Tel «t»\n", ad=ad_t(g, g.pick(["text", "caps"])), ba=g.pick(BAIRROS),
              cep=cep_t(g), t=ph_t(g))
        j = g.pick(["jejum 8h", "sem jejum", "acamado, coleta no leito", "paciente com cão bravo, ligar antes", "acomp"])
        doc.f("   Exames: «e» · CID «cid» · Sol.: «sd» «dr» «crm» · ",
              e=g.pick(["HMG, glicemia, HbA1c", "TSH, T4L", "ureia, creatinina, K, Na", "hemocultura 2 amostras", "TAP/INR",
                        "urina tipo I + urocultura", "ferritina, B12, ácido fólico", "PCR, VHS"]),
              cid=g.pick(ICDS), sd=dr.g("Dr.", "Dra."), dr=P(name_form(g, dr, ["full", "short"])), crm=prof_t(g, "CRM", uf))
        if j == "acomp":
            who = g.relative(p)
            doc.f("acompanha «k» «c»\n", k=who.g(g.pick(["o filho", "o neto", "o cuidador"]), g.pick(["a filha", "a neta", "a cuidadora"])),
                  c=P(who.first))
        else:
            doc.t(j + "\n")
    doc.f("\nRetorno ao NTO previsto «h». Intercorrências: «i»\n", h=g.hm(),
          i=g.pick(["nenhuma", "paciente #2 ausente, remarcado", "veículo com luz do óleo acesa", "chuva, atraso de 30 min"]))
    return doc


def sa_manifesto(g: Gen) -> Doc:
    """Biological-sample transport manifest between a collection unit and the core lab (pipe separated)."""
    doc = Doc()
    lab, ldom = g.pick(LABS)
    cour, tri, bio = g.person(), g.person(), g.person()
    sus = g.chance(0.5)
    hh = g.times(3, lo=12 * 3600, hi=18 * 3600)
    doc.f("MANIFESTO DE TRANSPORTE DE AMOSTRAS BIOLÓGICAS Nº «n»\nOrigem: Posto «o» · Destino: Núcleo Técnico «l»\n"
          "Transportador: «c» · CPF «cpf» · CNH «cnh» · placa «pl» · embalagem UN3373 (Categoria B)\n"
          "Saída: «h1» (T «t1» °C) · Chegada: «h2» (T «t2» °C)\n\nAMOSTRA|PACIENTE|DN«cc»|TUBO|EXAME|COLETA\n", cc="|CNS" if sus else "",
          n=f"{g.d(4)}/{2025}", o=g.pick(["Centro", "Jardim Aurora", "Vila Prudente", "Shopping Flor do Vale", "São Bento"]), l=lab,
          c=P(name_form(g, cour, ["full", "caps"])), cpf=cpf_t(g), cnh=cnh_t(g), pl=pl_t(g), h1=hh[0], t1=f"{g.ri(3, 7)},{g.d(1)}",
          h2=hh[1], t2=f"{g.ri(4, 9)},{g.d(1)}")
    rows = []
    for h in g.times(g.ri(4, 6), lo=6 * 3600, hi=12 * 3600):
        p = g.person()
        code = g.d(10)
        rows.append((code, p))
        doc.f("«c»|«p»|«dob»|", c=code, p=P(name_form(g, p, ["caps", "caps", "inverted"])), dob=dob_t(g, "br", 1930, 2022))
        if sus:
            doc.f("«cns»|", cns=cns_t(g, False) if g.chance(0.85) else ("", None))
        doc.f("«t»|«e»|«h»\n", t=g.pick(["EDTA roxo", "soro amarelo", "citrato azul", "fluoreto cinza", "frasco urina"]),
              e=g.pick(["HMG", "BIOQ", "COAG", "GLIC", "EAS", "SOROL"]), h=h)
    code, p = g.pick(rows)
    doc.f("\nRecebido na triagem por «t» em «d» «h».\nNão conformidade: amostra «c» («p») «nc» – recoleta agendada, contato «tel».\n"
          "Liberado por «b» («crbm»)\n",
          t=P(name_form(g, tri, ["short", "caps", "full"])), d=g.date("br"), h=hh[2], c=code, p=P(g.pick([p.full, p.short])),
          nc=g.pick(["hemolisada", "coagulada", "volume insuficiente", "sem identificação do frasco secundário"]), tel=ph_t(g),
          b=P(bio.full), crbm=(g.council("CRBM"), "PROFESSIONAL_ID"))
    return doc


def sa_whats_farmacia(g: Gen) -> Doc:
    """WhatsApp export between a pharmacy's delivery desk and a customer (prescription photo, who receives, payment)."""
    doc = Doc()
    ph, pdom = g.pick(PHARMACIES)
    c = g.person()
    kid = g.relative(c)
    sp = g.relative(c, female=not c.female)
    farm, mot = g.person(), g.person(female=False, origin="pt")
    cph = g.phone("wa")
    presc = g.person()
    day = g.seq_dates(1)[0]
    d = fd(day, "short")
    tt = g.times(9, secs=True)
    csend = (cph, "PHONE_NUMBER") if g.chance(0.5) else P(c.short)
    doc.f("[«d», «h»] «ph»: Olá! Aqui é do delivery da «ph2» 💊 Como podemos ajudar?\n", d=d, h=tt[0], ph=ph, ph2=ph)
    doc.f("[«d», «h»] «s»: bom dia, preciso do «m» e do «m2», a receita ta na foto. meu cpf pro desconto é «cpf»\n",
          d=d, h=tt[1], s=csend, m=g.pick(DRUGS).split(" cx")[0].lower(), m2=g.pick(DRUGS_CTRL).split(" cx")[0].lower(),
          cpf=cpf_t(g, g.pick(["raw", "dot"])))
    doc.f("[«d», «h»] «s»: <anexo: IMG-«n»-WA«k».jpg>\n", d=d, h=tt[2], s=csend, n=fd(day, "compact"), k=g.d(4))
    doc.f("[«d», «h»] «ph»: Recebido! Receita do «sd» «dr» («crm»), emitida em «de». Total R$ «v» com desconto. "
          "Entregamos na «ad», CEP «cep»?\n", cep=cep_t(g), d=d, h=tt[3], ph=ph, sd=presc.g("Dr.", "Dra."), dr=P(presc.full),
          crm=prof_t(g, "CRM"), de=fd(day - timedelta(days=g.ri(0, 20))), v=g.money(30, 400), ad=ad_t(g))
    doc.f("[«d», «h»] «s»: isso. mas hj quem vai receber é «r» «k», eu to no trabalho\n", d=d, h=tt[4], s=csend,
          r=kid.g("meu filho", "minha filha"), k=P(g.pick([kid.first, fold(kid.first).lower(), kid.full])))
    doc.f("[«d», «h»] «ph»: Certo! Como um dos itens é controlado, o entregador «m» vai pedir documento com foto de quem "
          "receber e recolher a receita. Pagamento pode ser Pix na chave aleatória «k» ou cartão na entrega.\n",
          d=d, h=tt[5], ph=ph, m=P(mot.first), k=pix_t(g))
    if g.chance(0.5):
        doc.f("[«d», «h»] «s»: pode ser no cartão na entrega? o cartão é «r» «sp», «e» autoriza\n", d=d, h=tt[6], s=csend,
              r=sp.g("do meu marido", "da minha esposa"), sp=P(sp.first), e=sp.g("ele", "ela"))
    else:
        doc.f("[«d», «h»] «s»: pix feito! o comprovante saiu no nome «a» «sp» pq a conta é «e»\n", d=d, h=tt[6], s=csend,
              a=sp.g("do", "da"), sp=P(g.pick([sp.full, sp.short])), e=sp.g("dele", "dela"))
    doc.f("[«d», «h»] «ph»: Perfeito. Farmacêutic«fo» responsável: «f» – «crf». Previsão de entrega: 40 min. Qualquer dúvida "
          "ligue «t».\n", d=d, h=tt[7], ph=ph, fo=farm.o, f=P(farm.full), crf=prof_t(g, "CRF"), t=ph_t(g, "par", mobile=False))
    doc.f("[«d», «h»] «s»: obg!! 🙏\n", d=d, h=tt[8], s=csend)
    return doc


def sa_homecare(g: Gen) -> Doc:
    """Home-care equipment installation order (oxygen concentrator / hospital bed): patient, carer, prescriber, team."""
    doc = Doc()
    hc = g.pick(HOMECARE)
    pac = g.person()
    carer = g.relative(pac)
    dr, tec, mot, fis = g.person(), g.person(), g.person(female=False), g.person()
    rec = g.pick([carer, g.person()])
    city, uf = g.city()
    eq, cid, presc = g.pick([("Concentrador de O2 5 L", "J44.1", "O2 2 L/min por 18 h/dia"),
                             ("Concentrador de O2 10 L + cilindro reserva 680 L", "J84.1", "O2 3 L/min contínuo"),
                             ("Cama hospitalar elétrica 3 movimentos + colchão pneumático", "I69.4", "uso contínuo"),
                             ("BiPAP com umidificador", "G47.3", "IPAP 14 / EPAP 8 noturno"),
                             ("Aspirador de secreção portátil", "G12.2", "conforme necessidade")])
    day = g.date("br")
    h_ag, h_rec = g.times(2, lo=8 * 3600, hi=18 * 3600)
    doc.f("«hc»\nORDEM DE SERVIÇO Nº «n» – INSTALAÇÃO – agendada p/ «d» «h»\n\n", hc=hc.upper(), n=g.d(6), d=day, h=h_ag)
    doc.f("Paciente: «p» · DN «dob»", p=P(name_form(g, pac, ["full", "caps"])), dob=dob_t(g, "br", 1928, 1975))
    if g.chance(0.6):
        doc.f(" · CNS «cns»", cns=cns_t(g))
    else:
        doc.f(" · Convênio «c» (cart. «n»)", c=g.pick(["Prudente Saúde", "Unimed Vale da Aurora", "Amil"]), n=g.d(13))
    doc.f("\nDiagnóstico: CID «cid» · Prescrição: «pr» · Médic«mo»: «dr» – «crm»\n", cid=cid, pr=presc, mo=dr.o, dr=P(dr.full),
          crm=prof_t(g, "CRM", uf))
    doc.f("Responsável/cuidador(a): «c» («rel») · CPF «cpf» · Tel «t»", c=P(carer.full),
          rel=carer.g(g.pick(["filho", "neto", "genro", "esposo"]), g.pick(["filha", "neta", "nora", "esposa"])), cpf=cpf_t(g), t=ph_t(g))
    if g.chance(0.6):
        doc.f(" / «t»", t=ph_t(g, mobile=g.chance(0.5)))
    doc.f("\nEndereço: «ad» · «ba» · «ci»/«uf» · CEP «cep»\nRef.: «r»\n\n", ad=ad_t(g), ba=g.pick(BAIRROS), ci=city, uf=uf,
          cep=cep_t(g), r=g.pick(REFS))
    doc.f("Equipamento: «eq» – nº série «sn»\nEquipe: técnic«to» «t» · motorista «m» · van «pl»\n", eq=eq, sn=f"{g.hexs(2, True)}{g.d(8)}",
          to=tec.o, t=P(name_form(g, tec, ["short", "full", "first"])), m=P(name_form(g, mot, ["first", "short"])), pl=pl_t(g))
    doc.f("Orientação de uso: fisioterapeuta «f» («cr») – retorno em 7 dias\n", f=P(fis.full), cr=prof_t(g, "CREFITO"))
    doc.f("Obs.: paciente eletrodependente – cadastro na concessionária (UC «uc») p/ não cortar a conta de luz; «o»\n\n",
          uc=g.d(10), o=g.pick(["casa de 2 andares, instalar no térreo", "tomada 220 V no quarto", "cachorro no quintal",
                                "acesso por escada, sem elevador"]))
    doc.f("Recebido por: «r»   RG «rg»   em «d» às «h»   Assinatura: ____________\n", r=P(name_form(g, rec, ["full", "caps"])),
          rg=rg_t(g), d=day, h=h_rec)
    return doc


def sa_alto_custo(g: Gen) -> Doc:
    """Home delivery route of a public specialised-medicines programme, pipe-separated, with return codes."""
    doc = Doc()
    drv, farm = g.person(origin="pt"), g.person()
    city, uf = g.city()
    doc.f("PROGRAMA «pg» – ROTA «r» – «d»\nFarmácia de Medicamentos Especializados de «ci» · Farm. resp.: «f» («crf»)\n"
          "Entregador: «e» · veículo «pl»\n\n", pg=g.pick(["REMÉDIO EM CASA", "MEDICAMENTO EM CASA", "ENTREGA SUS"]), r=g.d(2),
          d=g.date("br"), ci=city, f=P(farm.full), crf=prof_t(g, "CRF", uf), e=P(name_form(g, drv, ["caps", "short"])), pl=pl_t(g))
    doc.t("CNS|CPF|NOME|DN|ENDERECO|CEP|TELEFONE|CID|MEDICAMENTO|QTD|RETORNO\n")
    meds = [("M05.8", "Adalimumabe 40 mg", "2 SER"), ("G35", "Fingolimode 0,5 mg", "1 CX"), ("E10.9", "Insulina glargina 100 UI/mL", "5 CAN"),
            ("N18.4", "Alfaepoetina 4.000 UI", "8 FA"), ("L40.0", "Secuquinumabe 150 mg", "2 SER"), ("G20", "Pramipexol 1 mg", "3 CX"),
            ("F20.0", "Olanzapina 10 mg", "2 CX"), ("K50.9", "Infliximabe 100 mg", "3 FA")]
    for _ in range(g.ri(3, 4)):
        p = g.person()
        cid, med, q = g.pick(meds)
        ret = g.ri(0, 3)
        doc.f("«cns»|«cpf»|«n»|«dob»|«ad»|«cep»|«t»|«cid»|«m»|«q»|", cns=cns_t(g, False), cpf=cpf_t(g, "raw"), n=P(p.caps),
              dob=dob_t(g, "br"), ad=ad_t(g, "caps"), cep=cep_t(g, "raw"), t=ph_t(g, "raw"), cid=cid, m=fold(med).upper(), q=q)
        if ret == 0:
            who = g.relative(p)
            doc.f("ENTREGUE A «r» («g»)\n", r=P(name_form(g, who, ["capsfirst", "caps"])),
                  g=who.g(g.pick(["FILHO", "ESPOSO", "IRMAO", "PAI", "NETO"]), g.pick(["MAE", "ESPOSA", "IRMA", "CUIDADORA", "FILHA"])))
        elif ret == 1:
            doc.f("ENTREGUE AO PROPRIO\n")
        elif ret == 2:
            doc.t("CLIENTE AUSENTE - AVISO DEIXADO\n")
        else:
            doc.t("END NAO LOCALIZADO - DEVOLVER A FARMACIA\n")
    doc.f("\nDevoluções conferidas por «c» às «h». Termolábeis mantidos em caixa com gelox (2–8 °C) até retorno.\n",
          c=P(farm.first), h=g.hm())
    return doc


def sa_reclamacao(g: Gen) -> Doc:
    """Complaint about a cold-chain break in an online pharmacy delivery and the pharmacist's answer."""
    doc = Doc()
    ph, pdom = g.pick(PHARMACIES)
    c = g.person()
    kid = g.relative(c)
    farm, drv = g.person(), g.person(female=False, origin="pt")
    t0 = g.ri(8 * 60, 15 * 60)
    t1 = t0 + g.ri(120, 300)
    hs = [f"{t0 // 60:02d}:{t0 % 60:02d}", f"{t1 // 60:02d}:{t1 % 60:02d}"]
    doc.f("De: «c» <«e»>\nPara: sac@«dom»\nAssunto: «s»\n\n", c=P(c.full), e=em_t(g, c), dom=pdom,
          s=g.pick(["INSULINA CHEGOU QUENTE!!!", "pedido com medicamento de geladeira entregue sem gelo", "reclamação entrega"]))
    doc.f("Boa noite. Fiz o pedido «p» com «m» para «r» «k» (diabétic«ko» tipo 1, CID E10", p=g.order(),
          m=g.pick(["2 canetas de insulina asparte", "3 frascos de insulina NPH", "insulina glargina"]),
          r=kid.g("meu filho", "minha filha"), k=P(kid.first), ko=kid.o)
    if g.chance(0.6):
        doc.f(", nascid«ko» em «dob»", ko=kid.o, dob=dob_t(g, g.pick(["br", "long"]), 2008, 2020))
    doc.f(") e o motoboy entregou a caixa sem gelo nenhum, tava morna. Ele disse que «x». Não vou aplicar isso «nr» "
          "sem saber se ainda presta. Endereço de entrega: «ad», CEP «cep». Tel «t».\n«s»\n\n",
          nr=kid.g("no meu filho", "na minha filha"), x=g.pick(["ficou 3h rodando", "a caixa térmica da loja tava sem gelox", "não era responsabilidade dele"]),
          ad=ad_t(g), cep=cep_t(g), t=ph_t(g), s=P(g.pick([c.first, c.full])))
    doc.f("---\nResposta — «ph» / Farmacêutic«fo» Responsável Técnic«fo»: «f» («crf»)\n\nPrezad«co» «cf»,\n\n"
          "Lamentamos muito. O lote «l» (val. «v») será recolhido e o caso foi notificado no NOTIVISA (nº «nv»), conforme a "
          "RDC 430/2020. O entregador «d» registrou saída às «h1» e entrega às «h2», acima do tempo máximo de 90 min para "
          "termolábeis. Faremos o reenvio hoje, em caixa validada com data logger, para o mesmo endereço, e o reembolso do frete ",
          ph=ph, fo=farm.o, f=P(farm.full), crf=prof_t(g, "CRF"), co=c.o, cf=P(c.first), l=f"{g.hexs(2, True)}{g.d(5)}",
          v=g.date("dm") + "/2026", nv=g.d(10), d=P(name_form(g, drv, ["first", "short", "full"])), h1=hs[0], h2=hs[1])
    if g.chance(0.5):
        doc.f("via Pix na chave aleatória que consta no seu cadastro («k»).\n\n", k=pix_t(g))
    else:
        doc.t("no mesmo cartão da compra.\n\n")
    doc.f("Atenciosamente,\nEquipe «ph»\n", ph=ph)
    return doc


# =========================================================================== financeiro


def fi_chargeback(g: Gen) -> Doc:
    """Payment-gateway chargeback case: transaction, buyer vs cardholder, IP, delivery proof, analyst's notes."""
    doc = Doc()
    gw, gdom = g.pick(GATEWAYS)
    seller = g.pick(SELLERS)
    buyer = g.person()
    holder = buyer if g.chance(0.4) else g.person()
    an, rec = g.person(), g.person(origin="pt")
    city, uf = g.city()
    rc, desc = g.pick([("4837", "No Cardholder Authorization"), ("10.4", "Other Fraud – Card Absent Environment"),
                       ("13.1", "Merchandise/Services Not Received"), ("4853", "Cardholder Dispute – Not as Described"),
                       ("4855", "Goods or Services Not Provided")])
    prod, lo, hi = g.pick(PRODUCTS)
    val = g.money(lo, hi)
    dts = g.seq_dates(3, 60)
    doc.f("«gw» · Painel de Disputas\nDisputa «id» · reason code «rc» («ds»)\nBandeira: «b» · Cartão: «mc» · Portador: «h»\n"
          "Transação «tid» · «d» «hh» · R$ «v» em «p»x\nEstabelecimento: «s» (CNPJ «cn»)\nPrazo p/ defesa: «pz»\n\n",
          gw=gw, id=f"dp_{g.hexs(14)}", rc=rc, ds=desc, b=g.pick(["Visa", "Mastercard", "Elo", "Hipercard"]), mc=g.masked_card(),
          h=P(holder.caps), tid=f"tr_{g.hexs(16)}", d=fd(dts[0]), hh=g.times(1, secs=True)[0], v=val, p=g.ri(1, 10), s=seller,
          cn=cnpj_t(g), pz=fd(dts[2]))
    doc.f("Pedido «o»\n  Comprador: «b» · CPF «cpf» · «e» · «t»\n", o=g.order(), b=P(buyer.full), cpf=cpf_t(g), e=em_t(g, buyer), t=ph_t(g))
    if g.chance(0.5):
        doc.f("  Nascimento informado: «dob»\n", dob=dob_t(g, "br"))
    doc.f("  IP da compra: «ip» (geo: «gc») · device «dv»\n  Entrega: «ad», «ba», «ci»/«uf», CEP «cep»\n",
          ip=ip_t(g), gc=g.pick([city, "São Paulo", "Rio de Janeiro", "Belo Horizonte"]), dv=g.hexs(20), ad=ad_t(g), ba=g.pick(BAIRROS),
          ci=city, uf=uf, cep=cep_t(g))
    if holder is not buyer and g.chance(0.6):
        doc.f("  Cobrança: «ad» – CEP «cep» (endereço do portador)\n", ad=ad_t(g), cep=cep_t(g))
    doc.f("\nComprovante de entrega («ca», objeto «ob»): entregue em «d» às «h» a «r» (doc. «rg»), grau: «gr»\n\n",
          ca=g.pick(CARRIERS)[1], ob=g.obj(), d=fd(dts[1]), h=g.hm(), r=P(name_form(g, rec, ["caps", "full"])), rg=rg_t(g),
          gr=g.pick(["próprio", "porteiro", "vizinho", "familiar"]))
    doc.f("Notas do analista («a», «ae»):\n- titular do cartão «h» ", a=P(an.full), ae=(g.corp(an, gdom), "EMAIL_ADDRESS"),
          h=P(holder.short))
    doc.t("= comprador (mesmo CPF no bureau).\n" if holder is buyer else "≠ comprador; e-mail do comprador criado há 3 dias.\n")
    if g.chance(0.7):
        doc.f("- carta do portador anexada pelo emissor: \"não reconheço essa compra, meu cartão «cc» estava comigo o tempo todo, "
              "peço o cancelamento\" — «h»\n", cc=card_t(g, g.chance(0.7)), h=P(holder.full))
    doc.f("- «n»\n- Decisão: «dc»\n", n=g.pick(["seria prudente aceitar, assinatura do POD diverge do nome do portador",
                                             "POD com foto da fachada e geolocalização ok", "3 pedidos no mesmo device com cartões diferentes",
                                             "IP em outra UF, entrega em ponto de retirada"]),
          dc=g.pick(["REPRESENTAR com POD e nota fiscal", "ACEITAR chargeback (débito no repasse do seller)", "REPRESENTAR – mercadoria entregue"]))
    return doc


def fi_cod(g: Gen) -> Doc:
    """Cash-on-delivery route close-out of a driver (CSV with ';'), cash, card machine, Pix to the company's key, boleto."""
    doc = Doc()
    drv, conf, sup = g.person(female=g.chance(0.15), origin="pt"), g.person(), g.person()
    city, uf = g.city()
    key = g.uuid()
    rota = f"R{g.d(2)}"
    doc.f("acerto_motorista_«d».csv — Base «b» — conferente «c»\n# motorista: «m» · CPF «cpf» · veículo «pl» · rota «r»\n",
          d=g.date("compact"), b=city, c=P(conf.full), m=P(name_form(g, drv, ["caps", "caps", "capsshort"])), cpf=cpf_t(g, "raw"),
          pl=pl_t(g), r=rota)
    doc.t("rota;pedido;cliente;cpf_cliente;valor;forma_pgto;chave_pix_destino;referencia;status\n")
    for _ in range(g.ri(4, 6)):
        c = g.person()
        forma = g.pick(["DINHEIRO", "PIX", "CARTAO_MAQ", "BOLETO", "PIX", "DINHEIRO"])
        val = money_plain(g, 40, 1500).replace(".", ",")
        status = g.pick(["CONFERIDO", "CONFERIDO", "CONFERIDO", "DIVERGENTE", "PENDENTE"])
        if forma == "PIX":
            chave, ref = (key, "PIX_KEY"), V(f"E{g.d(8)}2025{g.d(8)}{g.hexs(11)}")
        elif forma == "CARTAO_MAQ":
            chave, ref = V(""), V(f"NSU {g.d(6)} AUT {g.d(6)}")
        elif forma == "BOLETO":
            chave, ref = V(""), V(g.boleto())
        else:
            chave, ref = V(""), V("")
        csv_row(doc, [V(rota), V(g.order()), P(name_form(g, c, ["caps", "full", "caps"])),
                      cpf_t(g, "raw") if g.chance(0.8) else V(""), V(val), V(forma), chave, ref, V(status)])
    doc.f("\nDiferença de caixa: R$ «v» — descontada de «d» conforme termo assinado. Aprovado por «s» («l»).\n",
          v=g.money(5, 120), d=P(name_form(g, drv, ["first", "short"])), s=P(name_form(g, sup, ["full", "short"])), l=login(sup, g))
    doc.f("Chave Pix aleatória da empresa p/ COD: «k» (não aceitar Pix para CPF de motorista)\n", k=(key, "PIX_KEY"))
    return doc


def fi_repasse(g: Gen) -> Doc:
    """Marketplace seller payout cycle (CSV): individuals, MEIs (CNPJ root + owner's name), companies, held payouts."""
    doc = Doc()
    mk, mk_short, mk_dom = g.pick(MARKETPLACES)
    an = g.person()
    doc.f("repasses_ciclo_«d».csv — «mk» — gerado por «l»\n", d=g.date("compact"), mk=mk_short, l=login(an, g))
    doc.t("seller_id,razao_social,documento,banco,agencia,conta,chave_pix,valor_bruto,tarifas,retencao_cb,valor_liquido,status\n")
    held = None
    for _ in range(g.ri(4, 5)):
        kind = g.pick(["pf", "mei", "mei", "pj"])
        sid = f"S{g.d(7)}"
        if kind == "pf":
            p = g.person()
            name, docv = P(name_form(g, p, ["caps", "full"])), cpf_t(g, "raw")
            cells = [V(sid), name, docv]
        elif kind == "mei":
            p = g.person()
            root, cn = mei_name(g, p)
            doc.t(sid + ",")
            doc.f('"«r» «n»",«c»,', r=root, n=P(p.caps), c=(cn if g.chance(0.6) else f"{cn[:2]}.{cn[2:5]}.{cn[5:8]}/{cn[8:12]}-{cn[12:]}", "BR_CNPJ"))
            cells = None
        else:
            p = None
            cells = [V(sid), V(g.pick(SELLERS).upper()), cnpj_t(g, g.pick(["raw", "dot"]))]
        bruto = g.ri(300, 40000)
        tar = round(bruto * 0.16, 2)
        ret = g.pick([0, 0, 0, round(bruto * 0.1, 2)])
        pix = g.chance(0.35)
        bank = g.pick(BANKS)
        tail = [V(bank[0]) if not pix else V(""), ag_t(g) if not pix else V(""), cc_t(g) if not pix else V(""),
                pix_t(g) if pix else V(""), V(f"{bruto:.2f}"), V(f"{tar:.2f}"), V(f"{ret:.2f}"), V(f"{bruto - tar - ret:.2f}")]
        st = g.pick(["PAGO", "PAGO", "PAGO", "AGENDADO", "RETIDO"])
        tail.append(V(st))
        if cells is None:
            csv_row(doc, tail, sep=",")
        else:
            csv_row(doc, cells + tail, sep=",")
        if st == "RETIDO" and held is None:
            held = (sid, pix)
    doc.t("\n# notas do financeiro\n")
    if held:
        other = g.person()
        doc.f("# «s»: retido — «k» em nome de terceiro («o», CPF «c»); pedir comprovante de titularidade\n",
              s=held[0], k="chave Pix" if held[1] else "conta bancária", o=P(other.full), c=cpf_t(g))
    doc.f("# retenções de chargeback conforme disputas abertas no gateway; dúvidas com «a» («e»)\n", a=P(an.full),
          e=(g.corp(an, mk_dom), "EMAIL_ADDRESS"))
    return doc


def fi_danfe(g: Gen) -> Doc:
    """DANFE read back as text (pdftotext): issuer, recipient block, carrier block, additional information."""
    doc = Doc()
    emit = g.pick(SELLERS)
    city, uf = g.city()
    dc, duf = g.city()
    c = g.person()
    cn_e = g.cnpj_num()
    d_em = g.seq_dates(1)[0]
    prod, lo, hi = g.pick(PRODUCTS)
    v_prod = g.ri(lo * 100, hi * 100)
    v_frete = g.ri(0, 9000)
    doc.f("DANFE\nDOCUMENTO AUXILIAR DA\nNOTA FISCAL ELETRÔNICA\n0 - ENTRADA\n1 - SAÍDA    1\nNº «n»\nSÉRIE «s»\nFOLHA 1/1\n\n"
          "«e»\n«ea» – «eb»\n«ci» - «uf» – CEP «cep»\nFone: «ft»\n\nCHAVE DE ACESSO\n«ch»\n"
          "Consulta de autenticidade no portal nacional da NF-e www.nfe.fazenda.gov.br/portal ou no site da Sefaz Autorizadora\n\n"
          "NATUREZA DA OPERAÇÃO\nVENDA DE MERCADORIA ADQUIRIDA DE TERCEIROS\nPROTOCOLO DE AUTORIZAÇÃO DE USO\n«pr» «pd»\n"
          "INSCRIÇÃO ESTADUAL\n«ie»\nCNPJ\n«cn»\n\n",
          n=f"{g.d(3)}.{g.d(3)}.{g.d(3)}", s=f"{g.ri(1, 9):03d}", e=fold(emit).upper(),
          ea=g.pick(["RUA DOS FERROVIARIOS, 1020", "AV. BENTO GONCALVES, 8800 GALPAO 2", "ROD. BR-101, KM 214",
                     "RUA BARAO DE MAUA, 455"]), eb=g.pick(["DISTRITO INDUSTRIAL", "CENTRO", "PARQUE INDUSTRIAL"]), ci=fold(city).upper(),
          uf=uf, cep=cep_t(g), ft=ph_t(g, "par", mobile=False), ch=g.chave_nfe(cn_e, uf, when=d_em), pr=g.neg(15),
          pd=f"{fd(d_em)} {g.times(1, secs=True)[0]}", ie=f"{g.d(3)}.{g.d(3)}.{g.d(3)}.{g.d(3)}",
          cn=(f"{cn_e[:2]}.{cn_e[2:5]}.{cn_e[5:8]}/{cn_e[8:12]}-{cn_e[12:]}", "BR_CNPJ"))
    doc.f("DESTINATÁRIO / REMETENTE\nNOME / RAZÃO SOCIAL\n«n»\nCNPJ / CPF\n«cpf»\nDATA DA EMISSÃO\n«d»\nENDEREÇO\n«ad»\n"
          "BAIRRO / DISTRITO\n«ba»\nCEP\n«cep»\nDATA DA SAÍDA/ENTRADA\n«d2»\nMUNICÍPIO\n«ci»\nFONE / FAX\n«t»\nUF\n«uf»\n"
          "INSCRIÇÃO ESTADUAL\n\n\n",
          n=P(c.caps), cpf=cpf_t(g, "dot"), d=fd(d_em), ad=ad_t(g, "caps"), ba=fold(g.pick(BAIRROS)).upper(), cep=cep_t(g),
          d2=fd(d_em + timedelta(days=g.ri(0, 2))), ci=fold(dc).upper(), t=ph_t(g, g.pick(["raw", "nospace", "plain"])), uf=duf)
    doc.f("CÁLCULO DO IMPOSTO\nBASE DE CÁLC. DO ICMS «b»  VALOR DO ICMS «i»  VALOR TOTAL DOS PRODUTOS «v»  VALOR DO FRETE «f»  "
          "VALOR TOTAL DA NOTA «tn»\n\n", b=brl(v_prod), i=brl(v_prod * g.pick([7, 12, 18]) // 100), v=brl(v_prod),
          f=brl(v_frete), tn=brl(v_prod + v_frete))
    doc.t("TRANSPORTADOR / VOLUMES TRANSPORTADOS\nRAZÃO SOCIAL\n")
    if g.chance(0.45):
        tac = g.person(female=False, origin="pt")
        doc.f("«n»\nFRETE POR CONTA\n0-Emitente\nCÓDIGO ANTT\n«a»\nPLACA DO VEÍCULO\n«pl»\nUF\n«u»\nCNPJ / CPF\n«cpf»\n",
              n=P(tac.caps), a=g.d(9), pl=pl_t(g), u=g.pick(UFS), cpf=cpf_t(g, "dot"))
    else:
        doc.f("«n»\nFRETE POR CONTA\n0-Emitente\nCÓDIGO ANTT\n«a»\nPLACA DO VEÍCULO\n«pl»\nUF\n«u»\nCNPJ / CPF\n«cn»\n",
              n=fold(g.pick(CARRIERS)[0]).upper(), a=g.d(9), pl=pl_t(g), u=g.pick(UFS), cn=cnpj_t(g))
    doc.f("QUANTIDADE 1  ESPÉCIE VOLUME  PESO BRUTO «pb»\n\nDADOS DOS PRODUTOS / SERVIÇOS\n«sku» «p» NCM «ncm» CFOP «cf» UN 1,0000 «v»\n\n",
          pb=f"{g.ri(0, 40)},{g.d(3)}", sku=g.d(6), p=fold(prod).upper(), ncm=g.d(8), cf=g.pick(["5102", "6102", "6108"]),
          v=brl(v_prod))
    doc.f("DADOS ADICIONAIS\nINFORMAÇÕES COMPLEMENTARES\nPedido «o». ", o=g.order())
    r = g.ri(0, 2)
    if r == 0:
        who = g.relative(c)
        doc.f("Entregar a «w» (autorizad«wo»). Tel. «t». ", w=P(who.full), wo=who.o, t=ph_t(g))
    elif r == 1:
        doc.f("Ponto de referência: «r». ", r=g.pick(REFS))
    doc.f("DOCUMENTO EMITIDO POR ME OU EPP OPTANTE PELO SIMPLES NACIONAL. Val. aprox. tributos R$ «v» (Lei 12.741/2012). "
          "DIFAL recolhido via GNRE «gn».\n", v=g.money(5, 300), gn=g.neg(12))
    return doc


def fi_frete_tac(g: Gen) -> Doc:
    """Payment receipt (RPA) of an independent truck driver (TAC) for a freight: CIOT, withholdings, account, dependants."""
    doc = Doc()
    carrier_full, carrier = g.pick(CARRIERS)
    drv = g.person(female=g.chance(0.08))
    an, rec = g.person(), g.person()
    city, uf = g.city()
    o, dst = g.city(), g.city()
    frete = g.ri(2500, 18000)
    inss = round(frete * 0.2 * 0.11, 2)
    sest = round(frete * 0.2 * 0.025, 2)
    irrf = g.ri(0, 40000)
    vp = g.ri(8000, 90000)
    doc.f("RECIBO DE PAGAMENTO A AUTÔNOMO – RPA nº «n»\nCIOT «ciot»   Contrato de frete «cf»\n\nCONTRATANTE: «ca» – CNPJ «cn»\n"
          "CONTRATAD«O» (TAC): «d»\nCPF «cpf»   NIT/PIS «pis»   RG «rg»   CNH «cnh» cat. E\n",
          n=g.d(6), ciot=f"{g.neg(12)}/{g.d(4)}", cf=g.d(8), ca=carrier_full.upper(), cn=cnpj_t(g), O=drv.g("O", "A"),
          d=P(drv.caps), cpf=cpf_t(g), pis=pis_t(g), rg=rg_t(g), cnh=cnh_t(g))
    if g.chance(0.4):
        doc.f("Título eleitoral «t» (cadastro de agregado)\n", t=tit_t(g))
    doc.f("RNTRC «rn»   Veículo: «v» placa «p1» / semirreboque «p2»\nEndereço: «ad» – «ci»/«uf» – CEP «cep»   Tel «t»\n\n",
          rn=g.d(9), v=g.pick(["Scania R450", "Volvo FH 540", "Mercedes Actros 2651", "VW Constellation 24.280"]), p1=pl_t(g),
          p2=pl_t(g), ad=ad_t(g), ci=city, uf=uf, cep=cep_t(g), t=ph_t(g))
    doc.f("Rota: «o» → «d»   CT-e(s): «c1», «c2»   MDF-e «m»\n\n", o=f"{o[0]}/{o[1]}", d=f"{dst[0]}/{dst[1]}", c1=g.d(6),
          c2=g.d(6), m=g.d(9))
    doc.f("Valor do frete ............ R$ «f»\n(-) INSS 11% s/ 20% ........ R$ «i»\n(-) SEST/SENAT 2,5% ........ R$ «s»\n"
          "(-) IRRF .................. R$ «ir»\n(+) Vale-pedágio (Lei 10.209/2001, não integra o frete) R$ «vp»\n"
          "(=) Líquido ................ R$ «l»\n\n",
          f=brl(frete * 100), i=brl(round(inss * 100)), s=brl(round(sest * 100)), ir=brl(irrf), vp=brl(vp),
          l=brl(frete * 100 - round(inss * 100) - round(sest * 100) - irrf + vp))
    if g.chance(0.5):
        kid = g.relative(drv)
        doc.f("Dependente p/ IRRF: «k» (nasc. «dob»)\n", k=P(kid.full), dob=dob_t(g, "br", 2008, 2022))
    bank = g.pick(BANKS)
    doc.f("Adiantamento (70%) pago em «d» via Pix na chave aleatória «k»; saldo (30%) em conta «b» ag. «ag» c/c «cc» após "
          "entrega do canhoto assinado por «r» (recebedor no destino).\n\n",
          d=g.date("br"), k=pix_t(g), b=bank[0], ag=ag_t(g), cc=cc_t(g), r=P(name_form(g, rec, ["caps", "full"])))
    doc.f("«ci», «dl».\n\n__________________________\n«d»\n\n__________________________\n«a» – analista de frete – «ca»\n",
          ci=city, dl=g.date("long"), d=P(drv.full), a=P(an.full), ca=carrier)
    return doc


def fi_estornos(g: Gen) -> Doc:
    """Refund batch log of an online store (JSON lines) pasted into an ops ticket: Pix keys of every type, TED, card reversal."""
    doc = Doc()
    an, lead = g.person(), g.person()
    mk, mk_short, mk_dom = g.pick(MARKETPLACES)
    doc.f("[OPS-«n»] Lote de estornos «l» com falhas\nAberto por: «a» · Atribuído a: «b» · Prioridade: alta\n\nSegue o log do job "
          "refund-worker (últimas tentativas). Os FAILED de chave Pix precisam de contato com o cliente.\n```\n",
          n=g.d(4), l=g.date("compact"), a=P(an.full), b=P(lead.full))
    for _ in range(g.ri(4, 5)):
        c = g.person()
        ts = f"{g.date('iso')}T{g.times(1, secs=True)[0]}Z"
        m = g.pick(["pix", "pix", "pix", "ted", "card"])
        doc.f('{"ts":"«ts»","refund_id":"rf_«r»","order":"«o»","customer":{"name":"«n»","document":"«d»","email":"«e»",'
              '"phone":"«t»"},', ts=ts, r=g.hexs(10), o=g.order(), n=P(jv(name_form(g, c, ["full", "caps"]))), d=cpf_t(g, "raw"),
              e=em_t(g, c), t=ph_t(g, "e164"))
        if m == "pix":
            kt = g.pick(["EVP", "EVP", "CPF", "EMAIL", "PHONE"])
            kv = {"EVP": pix_t(g), "CPF": cpf_t(g, "raw"), "EMAIL": em_t(g, c), "PHONE": ph_t(g, "e164")}[kt]
            st = g.pick(["DONE", "FAILED"])
            doc.f('"method":"pix","pix_key_type":"«kt»","pix_key":"«kv»","amount":«v»,"status":"«st»"', kt=kt, kv=kv,
                  v=money_plain(g, 20, 2000), st=st)
            if st == "FAILED":
                doc.t(',"error":"' + g.pick(["DICT: chave não encontrada", "titular da chave diverge do CPF do pedido",
                                             "timeout SPI"]) + '"')
        elif m == "ted":
            bank = g.pick(BANKS)
            doc.f('"method":"ted","bank":"«b»","branch":"«ag»","account":"«cc»","holder":"«h»","amount":«v»,"status":"DONE"',
                  b=bank[0], ag=ag_t(g, False), cc=cc_t(g), h=P(jv(c.full)), v=money_plain(g, 20, 2000))
        else:
            doc.f('"method":"card_reversal","card":"«c»","nsu":"«n»","amount":«v»,"status":"DONE"',
                  c=f"{g.d(6)}******{g.d(4)}", n=g.d(9), v=money_plain(g, 20, 2000))
        doc.t("}\n")
    doc.f("```\n«b»: ok, «a2». Liga pros FAILED pelo discador, o script de contato tá no Confluence. Se o cliente pedir, "
          "dá pra trocar por TED na conta dele. Cuidado com o «w», seria prudente confirmar titularidade antes.\n",
          b=P(lead.first), a2=P(an.first), w=g.pick(["lote da Black Friday", "pedido da loja Flor de Lis", "caso do CPF repetido"]))
    return doc


def fi_antifraude(g: Gen) -> Doc:
    """Manual fraud-review card of an e-commerce order: buyer vs bureau data, device, linked accounts, analyst call."""
    doc = Doc()
    an = g.person()
    b = g.person()
    holder = b if g.chance(0.5) else g.person()
    other = g.person()
    city, uf = g.city()
    mk, mk_short, mk_dom = g.pick(MARKETPLACES)
    prod, lo, hi = g.pick(PRODUCTS)
    doc.f("ANTIFRAUDE · revisão manual · fila «q» · analista: «a» («l»)\nPedido «o» · R$ «v» · «p» · score «s»/100\n"
          "Regras: «r»\n\n", q=g.pick(["ALTO_VALOR", "ELETRONICOS", "NOVOS_CLIENTES"]), a=P(an.full), l=login(an, g), o=g.order(),
          v=g.money(lo, hi), p=prod, s=g.ri(55, 99), r=g.pick(["R12 (IP ≠ UF entrega), R33 (e-mail criado < 7d)",
                                                            "R40 (CEP de risco), R51 (3 cartões no mesmo device)",
                                                            "R07 (nome do titular ≠ comprador), R12"]))
    doc.f("Comprador: «b»\n  CPF «cpf» · nasc. «dob»", b=P(name_form(g, b, ["full", "caps"])), cpf=cpf_t(g), dob=dob_t(g, "br"))
    if g.chance(0.5):
        doc.f(" (bureau: «dob»)", dob=dob_t(g, "br"))
    doc.f("\n  e-mail «e» · cel «t»\n  Titular do cartão: «h» · BIN «bin» · final «f»\n", e=em_t(g, b), t=ph_t(g),
          h=P(name_form(g, holder, ["caps", "full"])), bin=g.pick(["4", "5"]) + g.d(5), f=g.d(4))
    doc.f("Entrega: «ad» · «ba» · «ci»/«uf» · CEP «cep»\n", ad=ad_t(g), ba=g.pick(BAIRROS), ci=city, uf=uf, cep=cep_t(g))
    doc.f("Device: «dv» · IP «ip» (proxy: «px») · contas no mesmo device: «e2», «e3»\n\n", dv=g.hexs(16), ip=ip_t(g),
          px=g.pick(["sim", "não"]), e2=em_t(g, g.person()), e3=em_t(g, g.person()))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("Contato: liguei p/ «t» às «h», atendeu «o», que disse não conhecer «b». «x»\nDecisão: CANCELAR e bloquear device.\n",
              t=ph_t(g), h=g.hm(), o=P(other.full), b=P(b.first),
              x=g.pick(["Número provavelmente trocado no cadastro.", "Endereço de entrega é casa vazia (Street View)."]))
    elif k == 1:
        if holder is b:
            doc.f("Contato: «b» confirmou a compra por telefone e os dados do cartão. Pedi selfie c/ documento (RG «rg») — ok.\n"
                  "Decisão: APROVAR.\n", b=P(b.first), rg=rg_t(g))
        else:
            doc.f("Contato: «b» confirmou a compra por telefone, disse que o cartão é d«o» «r» «h». Pedi selfie c/ documento "
                  "(RG «rg») — ok.\nDecisão: APROVAR.\n", b=P(b.first), o=holder.o, r=holder.g("pai", "mãe"), h=P(holder.first),
                  rg=rg_t(g))
    else:
        doc.f("Contato: sem retorno no «t» e no e-mail. Entrega para ponto de retirada «pr».\nDecisão: CANCELAR (sem resposta em 24h). "
              "Revisão: «rv»\n", t=ph_t(g), pr=g.pick(["Locker Shopping Aurora", "Agência Correios Vila Prudente", "Loja parceira Bento Gonçalves"]),
              rv=P(g.person().short))
    return doc


TEMPLATES = {
    "atendimento": [at_mediacao, at_rma, at_rastreio, at_chat_entregador, at_insucesso, at_extravio, at_etiqueta],
    "juridico": [ju_jec, ju_avaria, ju_procon, ju_notificacao, ju_acordo, ju_trabalhista, ju_lgpd],
    "saude": [sa_farmacia, sa_coleta, sa_manifesto, sa_whats_farmacia, sa_homecare, sa_alto_custo, sa_reclamacao],
    "financeiro": [fi_chargeback, fi_cod, fi_repasse, fi_danfe, fi_frete_tac, fi_estornos, fi_antifraude],
}


# --------------------------------------------------------------------------- checks and output

LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}
ROLE_BOX = re.compile(r"(sac|ajuda|atendimento|privacidade|dpo|juridico|contato)@")
CPF_SHAPES = re.compile(r"(?<![\w.])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2}|\d{9}-\d{2})(?![\w])")
RUNS = re.compile(r"(?<![\w.])\d(?: ?\d)*(?![\w])")


def check(record: dict) -> None:
    text, last = record["text"], 0
    covered = [False] * len(text)
    for s in record["spans"]:
        assert s["label"] in LABELS, (record["id"], s)
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        for i in range(s["start"], s["end"]):
            covered[i] = True
        lab = s["label"]
        digits = re.sub(r"\D", "", v)
        if lab == "BR_CPF":
            assert cpf_ok(digits), (record["id"], v)
        elif lab == "CREDIT_CARD":
            assert len(digits) == 16 and luhn_dv(digits[:-1]) == digits[-1], (record["id"], v)
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
            raw = re.sub(r"[^0-9X]", "", v)
            if v.startswith("MG-"):
                assert re.fullmatch(r"MG-\d{2}\.\d{3}\.\d{3}", v), (record["id"], v)
            else:
                assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            assert str(uuid.UUID(v)) == v, (record["id"], v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13 and not v.startswith("0800"), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z\d]\d{2}", v.upper()), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not ROLE_BOX.match(v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert v.count(".") == 3 and all(0 <= int(x) <= 255 for x in v.split(".")), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRF|CREFITO|CRBM)\b", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d{4}|\d{2}/\d{2}/\d{2}$", v), (record["id"], v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"\d+(-[\dX])?", v), (record["id"], v)
        elif lab == "ADDRESS":
            assert re.match(r"(?i)(r|rua|av|avenida|tv|travessa|al|alameda|est|estr|estrada|praca|pc|rodovia|vila|servidao|largo)\b",
                            fold(v)), (record["id"], v)
    # hard negatives: an unlabelled number shaped like a CPF must fail its check digits
    for m in CPF_SHAPES.finditer(text):
        if not any(covered[m.start():m.end()]):
            assert not cpf_ok(re.sub(r"\D", "", m.group())), (record["id"], "unlabelled CPF-valid number", m.group())
    # other hard negatives: unlabelled digit runs shaped like a título, CNS or card fail their checks
    for m in RUNS.finditer(text):
        if any(covered[m.start():m.end()]):
            continue
        raw = m.group().replace(" ", "")
        if len(raw) == 11:
            assert not cpf_ok(raw), (record["id"], "unlabelled CPF-valid run", m.group())
        elif len(raw) == 12:
            assert titulo_dv(raw[:8], raw[8:10]) != raw[10:], (record["id"], "unlabelled título-valid number", m.group())
        elif len(raw) == 15:
            assert not cns_ok(raw), (record["id"], "unlabelled CNS-valid number", m.group())
        elif len(raw) == 16:
            assert luhn_dv(raw[:15]) != raw[15], (record["id"], "unlabelled card-valid number", m.group())


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
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
    with (HERE / f"{ORD}.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print(ORD, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
