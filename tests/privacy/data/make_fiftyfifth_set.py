"""Build the fifty-fifth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fiftyfifth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 5555, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: telecom retail and mobile / broadband plans — the
paperwork of an operator, its own stores and authorised dealers, its call centre, its field
technicians, its legal and fraud teams, and of the companies and offices around it: phone sales
in instalments, SIM swaps and number portability, coverage complaints to Anatel, fibre
installation orders, prepaid top-ups, device-insurance claims (theft, breakage), collection of
unpaid bills, number-cloning / SIM-swap fraud, retention chats. Layouts vary: letters, forms,
fixed-width tables with and without rulers, boxed and Markdown tables, CSV extracts (; , |),
a WhatsApp export, a chat transcript, e-mails and threads, an OCR'd police report, logs.
- atendimento: a store sales order (pedido de venda: customer block with CPF, RG, birth date,
  contacts, address; IMEI and ICCID of the items; the new or ported line; card masked or a
  carnê), a retention chat transcript (a bot, then a human agent; CPF, birth date and e-mail
  typed by the customer; a dependent's line), a SIM-swap / portability request form (in a store
  with the attendant's terminal IP, or in the app with the origin IP and an SMS token to an
  alternative number; RG or CNH; sometimes a proxy), a fibre installation work order (boxed
  table or ALL CAPS inline; ONT serial, MAC, PPPoE login, WAN IP, the technician's van plate, who
  received it), a prepaid top-up gateway log pasted in an incident ticket (MSISDNs, a PAN logged
  in the clear, Pix payers with CPF, IPs), a coverage complaint registered at Anatel with the
  operator's ombudsman answer, a WhatsApp export between a store seller and a customer buying a
  phone on the carnê (contact saved as a bare number or as a first name / nickname + word).
- juridico: a consumer claim (JEC) after a fraudulent SIM swap (qualification, Pix transfers to
  mule accounts or random keys, the plaintiff's own account, lawyer with OAB), a police report
  of WhatsApp number cloning scanned with OCR confusions, minutes of a conciliation hearing
  (settlement paid to an account or a Pix key, or failed with a witness), an extrajudicial
  notice asking for preservation of connection logs (table of IPs and ports) with the DPO's
  answer, the operator's reply to a court order listing subscriber data per line (fixed-width
  or boxed table; individuals and companies), an authorised-dealer agreement with the partner's
  data, the commission account, witnesses and the e-signature log (e-mails, IPs), an insurer's
  denial of a device-insurance claim and the customer's appeal e-mail.
- saude: a call-centre medical-leave log (atestados, with or without CPF and supervisor
  columns; issuing doctors with CRM or speech therapists with CRFa; ICD-10 codes), an accident
  notice (CAT) of a fibre installer who fell from a ladder (PIS, CPF, RG, mother's name, witnesses,
  ER note with CNS and CRM, company van plate), a hospital's corporate plan listing which doctor
  or nurse holds which line (CRM, COREN, CREFITO, CRP, corporate e-mails, IMEIs), a home-care
  clinic's e-mail about a patient's telemonitoring device whose M2M chip lost signal (CNS, birth
  date, caregiver), an occupational voice assessment of a call-centre operator (CRFa, CRM), a
  municipal health department's CSV of community health agents and their tablet chips (CPF, CNS,
  lines, ICCID, IMEI), a teleassistance ("Alerta Sênior") registration form of an elderly person
  (conditions, doctor, emergency contacts).
- financeiro: a collection letter for unpaid bills (invoice table, boleto line, Pix random key of
  the collection agency), a collection-queue CSV with street and number in separate columns, a
  device-insurance indemnity payment authorisation (bank account or Pix random key of the
  insured), a chargeback report of the online store (boxed table with full or masked PANs, IPs,
  delivery CEPs; analyst notes), a sellers' commission CSV (CPF, PIS, agency/account, Pix keys of
  several kinds), a credit analysis for a phone on the crediário (employer CNPJ, references,
  vehicle plate, CNH or título as extra document), a fraud team's SIM-swap report (CRM/HLR log
  lines, mule accounts, the dealer's seller).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.",
"Dra.", "dona", "seu"; particles inside a name (de, da, do, dos, e) are part of it; "SURNAME,
Given" is one span; nicknames (Juju, Tião, Zé Carlos, Gracinha) and first names alone are
persons; a WhatsApp contact saved as name + word ("Waldirene Vendas", "Juju - iPhone") has only
the name labelled. Staff named in the text (sellers, attendants, retention agents, technicians
and their helpers, analysts, negotiators, DPOs, doctors, nurses, speech therapists, lawyers,
judges, police officers, conciliators, prepostos) are persons; logins ("kkapamba", "aa0231.jose",
"T478348"), PPPoE users, bot names ("Lia", "Aurora", "Bia": the virtual assistants are not
persons even when the word is a name) and role words ("Atendente", "Especialista") are not.
Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (sac@, cobranca@, dpo@, ouvidoria@,
suporte.b2b@, sinistros@, rh@, ti@) are not labelled. ADDRESS is street type + name + number +
complement, in full, abbreviated, ALL CAPS or lower case; not the neighbourhood, city, state or
CEP (CEP is BR_CEP); where a CSV splits street and number, only the street field is an ADDRESS
span; a company's seat ("com sede na Avenida das Nações Unidas, nº ...") is not labelled.
Agency and account are separate BANK_ACCOUNT spans; bank codes and names are not. DATE_OF_BIRTH
only for birth dates; sale, activation, due, accident, hearing, admission and log dates are not.
PROFESSIONAL_ID includes the council acronym and UF or region ("CRM/SP 123456", "OAB/RJ 98.765",
"COREN-RS 125867-TE", "CRFa 2-12345", "CREFITO-3 123456-F", "CRP 05/42068"). PIX_KEY only for
random (UUID) keys used as Pix keys (of people, stores, collection agencies or fraudsters); a Pix
key that is an e-mail, a phone or a CPF takes that label. Masked values (cards with asterisks,
"final 1234", "XXXX-XXXX-XXXX-1234"), internal ids, protocol, order, contract, claim, policy and
invoice numbers are not labelled.
Decided here: every phone number of a subscriber line is PHONE_NUMBER whoever holds it (a
customer, a staff member, a relative, a doctor's office, a company whose mobile line appears in
a court reply), in any format, including MSISDNs in logs ("5511987654321") and a WhatsApp
sender shown as a bare number; companies' toll-free and shared-cost numbers (0800, 4004) and
short codes (*144, 1052, bank SMS senders) are not labelled, nor is the 13-digit number of an
M2M/IoT line. Device and network identifiers — IMEI (15 digits, Luhn-valid, never a valid CNS),
ICCID (19 digits from 8955), IMSI, MAC address, ONT serial, PPPoE login, VLAN, cell-site names,
portability ticket and Anatel protocol numbers, NSU, txid, device fingerprints, envelope UUIDs,
firmware versions — are not labelled. Every IP address of a host or device is IP_ADDRESS,
public, CGNAT (100.64/10), private (192.168.x, 10.x) or IPv6. Vehicle plates are LICENSE_PLATE
whoever owns the vehicle (a technician's van, a motoboy's bike, an applicant's car). CNPJs are
BR_CNPJ whether of an operator, store, dealer, collection agency, contractor or employer
(numeric and 2026 alphanumeric). A health-plan card number is not labelled; a CNS is BR_CNS.
Names damaged by OCR in the scanned police report (l for I, rn for m, c for e) are labelled as
they stand.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Raylane, Kethellen, Ysabelly, Layslla, Davysson, Ryquelme, Uélber; Italian, German, Japanese /
Okinawan, Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese, Bolivian, indigenous, Jewish,
Polish, Venezuelan), well over a quarter of the name words rare or invented; names that are
also words (Rosa, Luz, Flor, Vitória, Aurora, Glória, Estrela, Celeste, Graça, Bento, Prudente,
Amado, Branco, Justo, Modesto, Leão, Clemente, Sereno; surnames Pessoa, Bandeira, Paz, Neves,
Lobo, Torres) next to the same words as words ("capinha cor rosa", "a conta de luz", "seria
prudente", "foi uma vitória", "azul celeste", "o chip veio de graça", "um desconto modesto",
"é justo pagar...") and in places, plans, streets, stores and companies (Presidente Prudente,
Bento Gonçalves, Estrela d'Oeste, Glória de Dourados, Plano Aurora Família, Controle Luz 15GB,
LuzNet Fibra, Aurora Fibra, Loja Shopping Estrela, Quiosque Vitória Park, Amado Celulares Ltda,
Cobrança Amado & Neves, Seguros Bandeira Branca S.A., Hospital São Bento, torre da Glória, the
bot "Aurora"), which are not persons. Forms: full, ALL CAPS without accents, lower case,
"SURNAME, GIVEN", first name alone, nicknames, "First L.".

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(contracts, proposals, CNAB batches, acquirer tickets, lines in stock; the script also checks
every 11-digit run outside a gold span), IMEIs, ICCIDs, IMSIs, MACs, ICD-10 codes (R49.0, J38.2,
S82.0, W11), money and percentages, protocol, ticket, order, invoice, claim, certificate and
BO numbers, boleto lines, eSocial receipts, company names with surnames or word-names (Bandeira &
Feitosa Advogados, Neves, Tenório e Lobo Advocacia, Transportadora Bento & Lobo), streets named
after people as places without a number ("esquina c/ a Barão de Mauá", "Escola Estadual Prudente
de Morais"), laws and rules ("Lei 13.709/2018", "Lei 8.078/1990", "Resolução Anatel nº
765/2023", "Súmula 479 do STJ", "NR-17, Anexo II"), dates that are not birth dates.
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
SEED = 5555
OUT_NAME = "fiftyfifth.jsonl"

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


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names (and the rarer origins below); main() prints
# their share of the words inside PERSON spans.

PT_F = ["Ana Paula", "Fernanda", "Juliana", "Patrícia", "Camila", "Aline", "Letícia", "Larissa", "Beatriz",
        "Gabriela", "Mariana", "Tatiane", "Cláudia", "Simone", "Adriana", "Priscila", "Natália", "Sandra",
        "Luciana", "Maria José", "Ana Beatriz", "Isabela", "Sofia", "Valentina", "Heloísa", "Manuela",
        "Rafaela", "Francisca", "Antônia", "Maria das Graças", "Kelly", "Jaqueline", "Cristiane"]
RARE_F = ["Gisleide", "Edineia", "Jucilene", "Marinalva", "Lucineide", "Rosilda", "Valdirene", "Cleonice",
          "Ivanilde", "Waldirene", "Deusdete", "Joselma", "Raylane", "Kethellen", "Ysabelly", "Thayane",
          "Layslla", "Dayene", "Edivânia", "Gleiciane", "Maxsuele", "Rosenilda", "Zilmara", "Adeilza",
          "Quitéria", "Eulália", "Honorina", "Jacira", "Zenaide", "Damiana", "Ercília", "Luzinete",
          "Nadjla", "Sheyla Raissa", "Elizangela Mayara", "Analice", "Josefa Nailde", "Ruthiele"]
PT_M = ["João Pedro", "Lucas", "Gabriel", "Matheus", "Rafael", "Rodrigo", "Thiago", "Bruno", "Diego",
        "Gustavo", "Ricardo", "Eduardo", "Fábio", "Leandro", "Anderson", "Roberto", "Antônio", "José Carlos",
        "Francisco", "Luís Fernando", "Vinícius", "Guilherme", "Daniel", "Márcio", "Rogério", "Heitor",
        "Arthur", "Miguel", "Sebastião", "Raimundo", "José", "Paulo Roberto"]
RARE_M = ["Joelson", "Gedeão", "Valdomiro", "Adenilson", "Edivaldo", "Claudionor", "Jurandir", "Aderbal",
          "Deoclécio", "Eliomar", "Francimar", "Gildásio", "Uélber", "Wanderson", "Deivid", "Jhonatan",
          "Crislan", "Ronielson", "Otacílio", "Belarmino", "Epaminondas", "Tibúrcio", "Zaqueu", "Laércio",
          "Nairton", "Esdras", "Jociel", "Weverton Kauan", "Ryquelme", "Davysson", "Alcebíades", "Genésio",
          "Manassés", "Reinaldo Jhony", "Arivaldo", "Ozires"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Rocha", "Dias", "Monteiro",
          "Barros", "Fernandes", "Moreira", "Cunha", "Batista", "Soares", "Melo", "Farias", "Vasconcelos",
          "Tavares", "Medeiros", "Brito", "Pires", "Sampaio", "Gonçalves", "Ribeiro", "Carvalho", "Gomes"]
RARE_SUR = ["Bittencourt", "Quaresma", "Arcoverde", "Tenório", "Valadares", "Mourão", "Cajazeiras", "Sobreira",
            "Jatobá", "Umbelino", "Catunda", "Macambira", "Alcântara", "Ximenes", "Girão", "Feitosa",
            "Paraguassu", "Cruvinel", "Nóbrega", "Pestana", "Canuto", "Esmeraldo", "Mamede", "Torquato",
            "Aragão", "Bezerril", "Sucupira", "Lustosa", "Vilanova", "Magalhães Pinto", "Ibiapina",
            "Carapeba", "Seixas", "Taumaturgo", "Corrêa de Sá", "Assunção", "Jucá", "Maranhão"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Glória", "Estrela", "Celeste", "Graça"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Justo", "Modesto", "Leão", "Clemente", "Sereno"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Pessoa", "Bandeira", "Paz", "Neves",
            "Lobo", "Carneiro", "Cordeiro", "Fontes", "Estrela", "Torres"]
NICK = {"José": "Zé", "José Carlos": "Zé Carlos", "Sebastião": "Tião", "Francisco": "Chico", "Eduardo": "Dudu",
        "Fernanda": "Nanda", "Juliana": "Juju", "Beatriz": "Bia", "Luciana": "Lu", "Gustavo": "Guto",
        "Antônio": "Tonho", "Raimundo": "Mundinho", "Joelson": "Jó", "Francisca": "Chiquinha", "Antônia": "Toninha",
        "Maria das Graças": "Gracinha", "Valdomiro": "Miro", "Deoclécio": "Cleco", "Epaminondas": "Pami",
        "Tibúrcio": "Bubu", "Gedeão": "Gedé", "Jurandir": "Jura", "Rodrigo": "Digo", "Jacira": "Cira",
        "Quitéria": "Quita", "Damiana": "Dami", "Paulo Roberto": "Paulão", "Bento": "Bentinho", "Rafael": "Rafa",
        "Ana Paula": "Aninha", "Maria José": "Zezé", "Fábio": "Fabinho", "Genésio": "Nesinho"}
FOREIGN = {
    "it": (["Giuliana", "Loredana", "Fiorella"], ["Massimo", "Gianluca", "Bruno"],
           ["Zanetti", "Ceccon", "Pegoraro", "Bortolini", "Dal Molin", "Tomasi", "Spagnolo"]),
    "de": (["Irmgard", "Heidi", "Hildegard"], ["Ingo", "Udo", "Reinhold"],
           ["Kuhnen", "Schmitz", "Wachholz", "Boettcher", "Zimmermann", "Heinzen", "Klitzke"]),
    "jp": (["Mayumi", "Keiko", "Harumi"], ["Katsuo", "Yoshio", "Minoru"],
           ["Higa", "Nakasone", "Shimabukuro", "Kawano", "Fujimoto", "Sakamoto"]),
    "ar": (["Samira", "Jamile", "Nagla"], ["Jorge Elias", "Munir", "Salim"],
           ["Jafet", "Chaib", "Daher", "Bitar", "Saad", "Tannus"]),
    "kr": (["Ji-yeon", "Eun-hee"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Han", "Kang"]),
    "cn": (["Mei", "Yuxin"], ["Wei", "Jun"], ["Zhang", "Liu", "Huang", "Xu"]),
    "ht": (["Nadège", "Wislande", "Marie-Ange"], ["Jean-Robert", "Wesnel", "Dieuseul"],
           ["Pierre-Louis", "Jean-Baptiste", "Sainvil", "Alexis", "Toussaint"]),
    "ao": (["Ngueza", "Wandi"], ["Kialanda", "Manuel Tchissola"], ["Mbumba", "Kapamba", "Sebastião Nkosi", "Lumingu"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Abdoulaye", "Modou", "Pape"], ["Mbaye", "Faye", "Cissé", "Seck"]),
    "bo": (["Jhovana", "Rosmery", "Nelly"], ["Edwin", "Freddy", "Teodoro"], ["Mamani", "Condori", "Choque", "Huanca"]),
    "in": (["Potira", "Jaciara", "Kauane"], ["Raoni", "Ubiratã", "Kaiky Guarani"], ["Terena", "Pataxó", "Guajajara", "Baniwa"]),
    "jw": (["Ester", "Miriam", "Sara"], ["Moisés", "Davi", "Jacó"], ["Rosenberg", "Schwartzman", "Feldman", "Wajnberg"]),
    "pl": (["Halina", "Jadwiga"], ["Kazimierz", "Zbigniew"], ["Kowalski", "Wisniewski", "Zielinski"]),
    "ve": (["Yoselin", "Mariángel"], ["Yorman", "Jesús Alberto"], ["Briceño", "Guaidó", "Salazar Ochoa"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "ao", "sn", "bo", "in", "jw", "pl", "ve", "kr", "de"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(n for n in NICK.values() if n not in ("Zé", "Bia", "Lu", "Rafa", "Dudu"))

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Silva", "Rosa", "Luz", "Cunha", "Rocha", "Paz", "Costa", "Assunção", "Estrela"}
DO_SUR = {"Nascimento", "Amaral"}
DOS_SUR = {"Santos", "Reis"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "24", "27", "28", "31", "32", "33", "34",
        "35", "38", "41", "42", "43", "44", "47", "48", "51", "53", "54", "55", "61", "62", "63", "65", "66", "67",
        "68", "69", "71", "73", "75", "77", "79", "81", "82", "83", "84", "85", "86", "87", "88", "89", "91", "92",
        "93", "94", "95", "96", "97", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Rodovia",
                "Praça", "Vila", "Largo", "Conjunto"]
STREET_NAMES = ["Barão de Mauá", "Rosa Branca", "Prudente de Morais", "Bento Gonçalves", "da Aurora", "Estrela d'Alva",
                "Dom Pedro I", "Sete de Setembro", "Marechal Deodoro", "Coronel Otacílio Sobreira", "das Antenas",
                "Professora Jacira Umbelino", "Luz do Sol", "Flor de Maio", "Getúlio Vargas", "Tiradentes",
                "Desembargador Torquato Girão", "Santa Clara", "Frei Damião", "José Bonifácio", "dos Ipês",
                "Doutor Clemente Ximenes", "Vereador Gedeão Macambira", "Padre Cícero", "Treze de Maio",
                "Glória Celeste", "Princesa Isabel", "das Orquídeas", "Senador Paraguassu", "Quintino Bocaiúva",
                "Duque de Caxias", "Pedro Álvares Cabral", "Irmã Dulce", "Chico Mendes", "Raimundo Catunda"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória da Conquista", "BA"), ("Rio Branco", "AC"),
          ("Estrela d'Oeste", "SP"), ("Santa Luz", "BA"), ("Aurora do Pará", "PA"), ("Glória de Dourados", "MS"),
          ("Campina Grande", "PB"), ("Caruaru", "PE"), ("Mossoró", "RN"), ("Imperatriz", "MA"), ("Teresina", "PI"),
          ("Feira de Santana", "BA"), ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Governador Valadares", "MG"),
          ("Cascavel", "PR"), ("Ponta Grossa", "PR"), ("Chapecó", "SC"), ("Blumenau", "SC"), ("Santa Maria", "RS"),
          ("Passo Fundo", "RS"), ("Anápolis", "GO"), ("Sinop", "MT"), ("Campo Grande", "MS"), ("Porto Velho", "RO"),
          ("Santarém", "PA"), ("Manaus", "AM"), ("Juazeiro do Norte", "CE"), ("Bauru", "SP"), ("Campinas", "SP"),
          ("Guarulhos", "SP"), ("Niterói", "RJ"), ("Volta Redonda", "RJ"), ("Serra", "ES"), ("Aracaju", "SE"),
          ("Maceió", "AL"), ("Palmas", "TO"), ("Boa Vista", "RR")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "Parque Bento", "Alto da Glória", "Conjunto Estrela",
           "Cohab II", "Jardim das Flores", "Vila Luz", "Bela Vista", "São José", "Cidade Nova", "Jardim Celeste",
           "Morada do Sol", "Vila Prudente", "Santa Rita", "Boa Esperança", "Residencial Paz"]
OPERADORAS = ["Vértice Móvel", "Conecta+ Telecom", "Onda Celular", "Aurora Fibra", "LuzNet Fibra", "Prisma Telecom",
              "Alô Brasil Móvel", "Sinal Forte Telecom"]
DONORS = ["Claro", "Vivo", "TIM", "Oi", "Algar", "Sercomtel", "Surf Telecom", "Brisanet"]
STORES = ["Loja Shopping Estrela", "Loja Centro (Rua Sete)", "Quiosque Vitória Park", "Loja Shopping Bento",
          "Agente Autorizado Amado Celulares", "Loja Flor do Vale Mall", "Quiosque Rodoviária", "Loja Av. Prudente"]
PHONES = [("Galaxy A55 5G 256GB", 2299), ("Galaxy S24 FE 128GB", 3899), ("iPhone 15 128GB", 5499),
          ("iPhone 13 128GB", 3599), ("Moto G85 5G 256GB", 1799), ("Moto Edge 50 Fusion", 2499),
          ("Redmi Note 13 Pro", 1999), ("Galaxy A15 128GB", 999), ("Poco X6 Pro", 2399), ("Moto G24", 899),
          ("Galaxy Z Flip6", 6999), ("iPhone 16 Pro 256GB", 9299)]
COLORS = ["preto", "branco", "rosa", "azul celeste", "grafite", "verde", "lilás", "dourado", "prata"]
PLANS = ["Controle 25GB", "Pós 50GB Família", "Pré Turbo Semanal", "Fibra 500 Mega", "Fibra 1 Giga + Móvel 30GB",
         "Plano Aurora Família 4 linhas", "Controle Luz 15GB", "Pós Black 120GB", "Fibra 300 Mega Combo"]
LAWS = ["Lei 8.078/1990 (CDC)", "Lei 13.709/2018 (LGPD)", "Lei 12.965/2014 (Marco Civil)", "Resolução Anatel nº 765/2023 (RGC)",
        "art. 14 do CDC", "Súmula 385 do STJ", "Resolução Anatel nº 460/2007", "art. 42, parágrafo único, do CDC",
        "Lei 9.472/1997 (LGT)", "Resolução Anatel nº 740/2020"]
CIDS = ["R49.0", "J38.2", "M65.4", "M54.2", "F43.2", "H93.1", "S82.0", "S42.2", "T14.0", "W11", "S32.0", "I10",
        "E11.9", "J44.9", "I50.9", "G30.9", "F41.1", "M75.1", "Z99.1", "I48", "H91.9", "G56.0"]
CELL_SITES = ["ERB Aurora-03", "site Vila Rosa 2", "torre Morro da Glória", "ERB Estrela-Norte", "site Bento Centro",
              "ERB Celeste-01", "torre Serra da Luz", "site Jardim das Flores"]


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
        if self.given.startswith(("Maria d", "Jorge Elias", "Jean-", "Marie-", "Jesús")):
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
    def low(self) -> str:
        return fold(self.full).lower()

    @property
    def plain(self) -> str:
        return fold(self.full)

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
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "plain", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
            "lowshort": fold(p.short).lower()}[form]


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


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

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

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
        if r < 0.4:
            return self.pick(RARE_SUR)
        if r < 0.52:
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
            if len(surnames) >= 2 and surnames[-2] not in PARTICLES and rng.random() < 0.06:
                surnames.insert(len(surnames) - 1, "e")
            if not female and rng.random() < 0.06:
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
                          f"{l}.{f}", f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}", f"{f}.{l}.{self.d(2)}"])
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
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", "nodash": f"{n[:3]}.{n[3:6]}.{n[6:9]}{n[9:]}"}[style]

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.25) if alnum is None else alnum
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01", "0002"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self, style: str | None = None) -> str:
        b = self.d(8)
        n = b + rg_sp_dv(b)
        style = style or self.pick(["dot", "dot", "raw"])
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n

    def cnh(self) -> str:
        while True:
            b = str(self.ri(0, 9)) + self.d(8)
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

    def phone(self, style: str | None = None, mobile: bool = True, ddd: str | None = None) -> str:
        ddd = ddd or self.pick(DDDS)
        local = ("9" + str(self.ri(6, 9)) + self.d(7)) if mobile else (str(self.ri(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "raw", "dash", "nospace", "sp"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "local": f"{h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6", "3"])
        if b == "3":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"**** **** **** {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}", f"final {self.d(4)}",
                          f"{self.d(6)}******{self.d(4)}", f"XXXX-XXXX-XXXX-{self.d(4)}"])

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

    def ip(self, kind: str | None = None) -> str:
        kind = kind or self.pick(["pub", "pub", "pub", "pub", "cgnat", "v6"])
        if kind == "cgnat":
            return f"100.{self.ri(64, 127)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
        if kind == "priv":
            return self.pick([f"192.168.{self.ri(0, 15)}.{self.ri(2, 254)}", f"10.{self.ri(0, 60)}.{self.ri(0, 255)}.{self.ri(2, 254)}"])
        if kind == "v6":
            return f"2804:{self.hexs(3)}:{self.hexs(4)}:{self.hexs(4)}::{self.hexs(3).lstrip('0') or '1'}"
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos", f"loja {self.ri(1, 30)}",
                          f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}", f"casa {self.pick('AB')}", "sobrado"])
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
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Est."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1940, hi: int = 2007) -> str:
        dd, mm, yy = self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.ri(7, 22):02d}:{self.ri(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}"

    def times(self, n: int, lo: int = 7 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: float = 20, hi: float = 5000) -> str:
        return brl(self.rng.uniform(lo, hi))

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.19", "8.13", "8.17", "8.06", "8.09", "8.15", "8.24"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2019, 2026)}.{seg}.{self.d(4)}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"Coren-{uf} {n}"])
        if kind == "CRFa":
            return self.pick([f"CRFa {self.ri(1, 8)}-{self.d(5)}", f"CRFa-{self.ri(1, 8)} {self.d(5)}"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 12)} {self.d(6)}-F"
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {n}/D"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {dotted}"])

    # ----------------------------------------------------------------- telecom ids (never labelled)
    def imei(self) -> str:
        while True:
            b = self.pick(["35", "35", "86", "35", "01", "49"]) + self.d(12)
            n = b + luhn_dv(b)
            if not cns_ok(n):
                return n

    def iccid(self) -> str:
        b = "8955" + self.pick(["10", "02", "05", "31", "11", "06"]) + self.d(12)
        return b + luhn_dv(b)

    def imsi(self) -> str:
        return "724" + self.pick(["05", "06", "10", "11", "02", "31"]) + self.d(10)

    def mac(self, sep: str = ":") -> str:
        return sep.join(self.hexs(2).upper() for _ in range(6))

    def ont_sn(self) -> str:
        return self.pick(["ZTEG", "HWTC", "FHTT", "ALCL", "TPLG"]) + self.hexs(8).upper()

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(9)}", f"{self.d(3)}.{self.d(3)}.{self.d(4)}",
                          f"#{self.d(9)}", self.neg(12), f"SAC-{self.d(8)}", f"{self.d(15)}"])

    def boleto(self) -> str:
        return f"{self.d(5)}.{self.d(5)} {self.d(5)}.{self.d(6)} {self.d(5)}.{self.d(6)} {self.d(1)} {self.d(14)}"


def brl(v: float) -> str:
    r, c = divmod(round(v * 100), 100)
    return f"{r:,}".replace(",", ".") + f",{c:02d}"


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("u", "ii"), ("ó", "o"), ("h", "li")]


def ocr(s: str, g: Gen, rate: float = 0.3) -> str:
    """Apply at most one or two letter confusions of a scanned page to a name or a word."""
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


def typo(s: str, g: Gen, rate: float = 0.25) -> str:
    """Casual-writing damage for chat and hand-typed notes: dropped accents, swapped or doubled letters."""
    if g.chance(rate):
        s = fold(s)
    if g.chance(rate) and len(s) > 6:
        i = g.ri(1, len(s) - 3)
        inside = any(m.start() <= i + 1 and i <= m.end() for m in re.finditer(r"«\w+»", s))  # never touch a «marker»
        if s[i].isalpha() and s[i + 1].isalpha() and not inside:
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


class Doc:
    def __init__(self):
        self.text = ""
        self.spans: list[dict] = []
        self.negs: list[str] = []  # 11-digit hard negatives placed in the text

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

    def n11(self, g: Gen, dotted: bool = False) -> str:
        """An 11-digit number that fails the CPF check (registered, checked in main)."""
        v = g.neg(11)
        self.negs.append(v)
        return fmt_cpf(v) if dotted else v

    def cell(self, s: str, width: int, label: str | None = None, right: bool = False) -> "Doc":
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


def L(s: str, label: str) -> tuple:
    return (s, label)


def table_csv(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ";") -> None:
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


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]], gap: str = "  ", rule: str = "-") -> None:
    """Fixed-width columns, a ruler under the header (rule="" for none)."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t(gap.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    if rule:
        doc.t(gap.join(rule * w for w in widths) + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(gap)
            if k == len(r) - 1:
                doc.e(v, lab)
            else:
                doc.cell(v, w, lab)
        doc.t("\n")


def table_box(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    """+----+ boxed table as printed by a report tool."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    doc.t(line + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + line)
    for r in rows:
        doc.t("|")
        for (v, lab), w in zip(r, widths):
            doc.t(" ")
            doc.cell(v, w, lab)
            doc.t(" |")
        doc.t("\n")
    doc.t(line)


def table_md(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    for r in rows:
        doc.t("|")
        for v, lab in r:
            doc.t(" ")
            doc.e(v, lab)
            doc.t(" |")
        doc.t("\n")


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def op_dom(op: str) -> str:
    w = [x for x in re.findall(r"[a-z]+", fold(op).lower()) if x not in ("telecom", "movel", "celular")]
    return f"{''.join(w[:2])}.com.br"


def jstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def phone_model(g: Gen) -> tuple[str, int]:
    return g.pick(PHONES)


# =========================================================================== shared bits

PROFS = ["auxiliar administrativo", "motorista de aplicativo", "professora", "autônomo", "vendedora", "pedreiro",
         "técnica de enfermagem", "aposentado", "estudante", "comerciante", "eletricista", "cabeleireira",
         "agricultor", "diarista", "analista de sistemas", "motoboy", "servidora pública", "feirante"]
CIVIL = ["solteir{o}", "casad{o}", "divorciad{o}", "viúv{o}", "em união estável"]


def civil(g: Gen, p: Person) -> str:
    return g.pick(CIVIL).format(o=p.o)


def clock(g: Gen, n: int, lo: int = 8 * 3600, hi: int = 20 * 3600, step: tuple[int, int] = (15, 240),
          secs: bool = False) -> list[str]:
    """n increasing times of one conversation, starting somewhere between lo and hi."""
    t = g.ri(lo, hi)
    out = []
    for _ in range(n):
        t = min(t + g.ri(*step), 86399)
        out.append(f"{t // 3600:02d}:{t % 3600 // 60:02d}" + (f":{t % 60:02d}" if secs else ""))
    return out


def bairro(g: Gen) -> str:
    return g.pick(BAIRROS)


def city_uf(g: Gen, sep: str | None = None) -> str:
    c, uf = g.city()
    return f"{c}{sep or g.pick(['/', ' - ', '-', ', '])}{uf}"


def staff_login(g: Gen, p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return g.pick([f"{f[0]}{l}", f"{f}.{l}", f"{l}{f[0]}", f"aa{g.d(4)}.{f}", f"T{g.d(6)}", f"{f}{g.d(2)}"])


WORD_USES = ["seria prudente trocar o aparelho", "a tela ficou toda branca", "a conta de luz veio alta também",
             "capinha cor rosa", "foi uma vitória conseguir falar com alguém", "a luz do modem fica piscando vermelho",
             "o sinal some perto da torre da Glória", "o chip veio de graça no combo", "a aurora do plano novo",
             "é justo pagar por um serviço que não funciona?", "um desconto modesto de 10%", "desconto amado por todos (sic)",
             "a estrela do app (avaliação 1 estrela)", "luz vermelha LOS acesa"]


# =========================================================================== atendimento

def at_venda(g: Gen) -> Doc:
    """Store sales order of a phone with instalments, a new or migrated line, and the chip."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    store = g.pick(STORES)
    seller = g.person()
    c = g.person()
    model, price = phone_model(g)
    c_city, c_uf = g.city()
    ped = f"{g.d(4)}-{g.d(6)}"
    caps = g.chance(0.3)
    doc.f("«op» — «st»\nCNPJ «cnpj»   IE «ie»\n", op=op.upper() if caps else op, st=store, cnpj=L(g.cnpj(), "BR_CNPJ"),
          ie=f"{g.d(3)}.{g.d(3)}.{g.d(3)}.{g.d(3)}")
    doc.f("PEDIDO DE VENDA Nº «ped»      Emissão: «dt» «hm»\nVendedor(a): «sv» (mat. «mat»)  usuário: «lg»\n",
          ped=ped, dt=g.date(), hm=g.hm(), sv=P(g.pick([seller.full, seller.short, seller.caps])), mat=g.d(5), lg=staff_login(g, seller))
    doc.t("=" * 64 + "\nDADOS DO CLIENTE\n")
    nm = c.caps if caps else c.full
    doc.f("Nome/Razão: «n»\nCPF: «cpf»     RG: «rg» «org»\nData nasc.: «dob»     Sexo: «sx»\n",
          n=P(nm), cpf=L(g.cpf(), "BR_CPF"), rg=L(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP-" + c_uf, "SDS/PE", "DETRAN/RJ", "SESP/PR"]),
          dob=L(g.dob(g.pick(["br", "br", "short"]), 1945, 2006), "DATE_OF_BIRTH"), sx="F" if c.female else "M")
    doc.f("Celular contato: «ph»     Tel. recado: «ph2»\nE-mail: «em»\n", ph=L(g.phone(), "PHONE_NUMBER"),
          ph2=L(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER") if g.chance(0.6) else "—", em=L(g.email(c), "EMAIL_ADDRESS"))
    addr = g.address("caps" if caps else "text")
    doc.f("Endereço: «a»\nBairro: «b»   Cidade: «ci»/«uf»   CEP: «cep»\n", a=L(addr, "ADDRESS"), b=bairro(g), ci=c_city, uf=c_uf,
          cep=L(g.cep(g.chance(0.8)), "BR_CEP"))
    doc.t("=" * 64 + "\nITENS\n")
    doc.f("01  «m» cor «cor»  IMEI «imei»   R$ «pr»\n02  Chip «chip» ICCID «icc»   R$ «cv»\n",
          m=model, cor=g.pick(COLORS), imei=g.imei(), pr=brl(price), chip=g.pick(["5G triplo corte", "eSIM (QR code)", "4G nano"]),
          icc=g.iccid(), cv=g.pick(["0,00", "10,00", "15,00"]))
    if g.chance(0.5):
        doc.f("03  Seguro «sg» (12 meses) — certificado «cert»   R$ «sv»\n", sg=g.pick(["Roubo e Furto Qualificado", "Quebra Acidental + Roubo"]),
              cert=g.d(12), sv=g.money(15, 45) + "/mês")
    kind = g.pick(["nova", "porta", "migra"])
    linha = g.phone(g.pick(["par", "plain", "raw"]), ddd=None)
    doc.f("PLANO: «pl» — «k» «ln»\n", pl=g.pick(PLANS), k={"nova": "linha nova", "porta": "portabilidade da linha",
                                                                "migra": "migração pré→pós da linha"}[kind], ln=L(linha, "PHONE_NUMBER"))
    if kind == "porta":
        doc.f("  doadora: «d» / bilhete de portabilidade «bp» / janela «dj»\n", d=g.pick(DONORS), bp=g.d(12), dj=g.date())
    doc.t("=" * 64 + "\nPAGAMENTO\n")
    n_inst = g.pick([6, 10, 12, 18, 21])
    if g.chance(0.6):
        doc.f("Cartão de crédito «br» «mk» — «n»x de R$ «v» s/ juros — NSU «nsu» — Aut. «aut»\n",
              br=g.pick(["VISA", "MASTERCARD", "ELO", "HIPERCARD"]), mk=g.masked_card(), n=n_inst, v=brl(price / n_inst),
              nsu=g.d(9), aut=g.d(6))
    else:
        doc.f("Entrada via Pix R$ «e» + carnê/crediário «n»x R$ «v» (contrato «ct»)\n", e=brl(price * 0.2), n=n_inst,
              v=brl(price * 0.8 * 1.3 / n_inst), ct=doc.n11(g))
    if g.chance(0.45):
        ind = g.person()
        doc.f("Indicação (programa Indique e Ganhe): «n» — linha «ph»\n", n=P(g.pick([ind.full, ind.short, ind.first])),
              ph=L(g.phone(), "PHONE_NUMBER"))
    doc.f("\nDeclaro ter recebido o aparelho em perfeito estado e cópia do contrato de permanência (12 meses, multa proporcional).\n\n"
          "______________________________\n«n»\n", n=P(g.pick([c.caps, c.full, c.plain])))
    if g.chance(0.4):
        doc.f("Obs. vendedor: «o»\n", o=g.pick(["cliente pediu película + capinha cor rosa, não tinha", "retirada pela esposa, autorizada por telefone",
                                               "biometria facial ok na 2ª tentativa", "cliente veio pela campanha Aurora Família"]))
    return doc


def at_chat(g: Gen) -> Doc:
    """Retention chat transcript of the call centre (bot, then a human retention agent)."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    bot = g.pick(["Lia", "Vivi", "Aurora", "Tina", "Bia"])  # bot names: never labelled
    c = g.person()
    ag = g.person()
    i = iter(clock(g, 14, step=(8, 200), secs=g.chance(0.5)))
    doc.f("Transcrição chat #«id» | canal: «ch» | fila: RETENÇÃO | «d»\nCliente identificado: «n» | linha «ln»\n\n",
          id=g.d(9), ch=g.pick(["app", "WhatsApp oficial", "site"]), d=g.date(), n=P(g.pick([c.caps, c.full])),
          ln=L(g.phone("raw"), "PHONE_NUMBER"))
    doc.f("[«t»] «b» (assistente virtual): Oi! Eu sou a «b», assistente da «op». Como posso ajudar?\n", t=next(i), b=bot, op=op)
    doc.f("[«t»] Cliente: «m»\n", t=next(i), m=g.pick(["quero cancelar", "cancelar plano", "quero cancelar a linha e a fibra",
                                                       "CANCELAMENTO", "quero falar com atendente p cancelar"]))
    doc.f("[«t»] «b»: Poxa, que pena! Para sua segurança, me informa o CPF do titular?\n", t=next(i), b=bot)
    doc.f("[«t»] Cliente: «cpf»\n", t=next(i), cpf=L(g.cpf(g.pick(["dot", "raw", "raw", "nodash"])), "BR_CPF"))
    doc.f("[«t»] Sistema: você está sendo transferido para um especialista. Tempo estimado: «m» min.\n", t=next(i), m=g.ri(2, 19))
    agn = g.pick([ag.first, ag.short, f"{ag.first} {ag.last[0]}."]) if g.chance(0.8) else ag.first
    lab_agn = agn
    doc.f("[«t»] «a» (ret): Oi, «cn»! Aqui é «art» «a2», do time de relacionamento. Vi que você quer cancelar, posso entender o motivo?\n",
          t=next(i), a=P(lab_agn), cn=P(g.pick([c.first, c.first, fold(c.first).upper()])), art="a" if ag.female else "o", a2=P(ag.first))
    why = g.pick([f"o sinal aqui é pessimo, moro na «addr» e dentro de casa nao pega nada",
                  f"a fatura veio R$ «v» e eu contratei por 79,90. ja reclamei 3x",
                  f"a internet cai toda noite, o tecnico ja veio 2 vezes, «w»",
                  f"achei plano mais barato na «don», vou portar"])
    doc.f("[«t»] Cliente: " + why + "\n", t=next(i), addr=L(g.address(g.pick(["low", "text"])), "ADDRESS"),
          v=g.money(120, 480), w=g.pick(WORD_USES), don=g.pick(DONORS))
    spk = P(ag.first) if g.chance(0.5) else V(g.pick(["Atendente", "Agente", "Especialista"]))
    doc.f("[«t»] «a»: Entendo demais. Antes de seguir preciso confirmar: qual sua data de nascimento e o e-mail do cadastro?\n",
          t=next(i), a=spk)
    doc.f("[«t»] Cliente: «dob» e «em»\n", t=next(i), dob=L(g.dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"),
          em=L(g.email(c), "EMAIL_ADDRESS"))
    pct = g.pick([30, 40, 50])
    doc.f("[«t»] «a»: Obrigad«o»! Consigo aplicar «p»% de desconto por 6 meses e «gb»GB de bônus. Assim sua mensalidade fica R$ «v». Topa?\n",
          t=next(i), a=spk, o=ag.o, p=pct, gb=g.pick([10, 20, 30]), v=g.money(49, 129))
    if g.chance(0.6):
        dep = g.relative(c)
        doc.f("[«t»] Cliente: e a linha «r» «dn» entra? o numero «dl» é «ph»\n", t=next(i),
              r=g.pick(["da minha filha", "da minha esposa", "da minha mãe"]) if dep.female else g.pick(["do meu filho", "do meu marido"]),
              dn=P(g.pick([dep.first, dep.full, fold(dep.first).lower()])), dl="dela" if dep.female else "dele",
              ph=L(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    else:
        doc.f("[«t»] Cliente: ok, pode ser. mas quero isso por escrito\n", t=next(i))
    doc.f("[«t»] «a»: Feito! Enviei o resumo por SMS e e-mail. Protocolo «pr». Mais alguma coisa?\n", t=next(i), a=spk, pr=g.protocol())
    doc.f("[«t»] Cliente: «m»\n[«t2»] Sistema: atendimento encerrado. Pesquisa NPS enviada.\n", t=next(i),
          m=g.pick(["so isso obg", "nao. obrigado", "blz", "vlw"]), t2=next(i))
    doc.f("-- tabulação: RET_ACEITE_DESC{p} | agente: «lg» | oferta OFR-«o»\n".replace("{p}", str(pct)), lg=staff_login(g, ag), o=g.d(4))
    return doc


def at_porta(g: Gen) -> Doc:
    """SIM swap / portability request form filled in a store or in the app."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    c = g.person()
    att = g.person()
    online = g.chance(0.35)
    kind = g.pick(["TROCA DE CHIP (SIM CARD)", "PORTABILIDADE NUMÉRICA", "TROCA DE CHIP POR PERDA/ROUBO"])
    porta = kind.startswith("PORT")
    doc.f("«op» | TERMO DE SOLICITAÇÃO — «k»\nNº solicitação: «n»   Canal: «ch»\n",
          op=op.upper(), k=kind,
          n=f"SOL{g.d(10)}", ch="App (autoatendimento)" if online else g.pick(STORES))
    doc.t("-" * 60 + "\n1. TITULAR\n")
    doc.f("Nome completo: «n»\nCPF: «cpf»          Data de nascimento: «dob»\n", n=P(g.pick([c.full, c.caps])),
          cpf=L(g.cpf(), "BR_CPF"), dob=L(g.dob(), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        doc.f("Documento apresentado: CNH nº «cnh» (validade «v»)\n", cnh=L(g.cnh(), "BR_CNH"), v=g.date(year=g.ri(2026, 2033)))
    else:
        doc.f("Documento apresentado: RG «rg» «o»\n", rg=L(g.rg(), "BR_RG"), o=g.pick(["SSP/SP", "SSP/BA", "PC/MG", "IFP/RJ", "SSP/GO"]))
    doc.f("E-mail p/ envio do termo: «em»\n", em=L(g.email(c), "EMAIL_ADDRESS"))
    doc.t("2. LINHA\n")
    doc.f("Número: «ln»      Operadora doadora: «d»\nICCID anterior: «i1» (bloqueado)\nICCID novo:     «i2»\nMotivo: «m»\n",
          ln=L(g.phone(g.pick(["par", "plain", "dash"])), "PHONE_NUMBER"), d=g.pick(DONORS) if porta else "— (mesma operadora)",
          i1=g.iccid(), i2=g.iccid(), m="migração de operadora" if porta else (
              "roubo (BO nº " + f"{g.d(4)}/{g.ri(2024, 2026)}" + ")" if "ROUBO" in kind else g.pick(["perda do aparelho", "chip danificado", "troca p/ eSIM"])))
    if g.chance(0.4):
        pr = g.person()
        doc.f("Procurador(a): «n», CPF «cpf», procuração pública lavrada no «cart» em «d»\n", n=P(pr.full), cpf=L(g.cpf(), "BR_CPF"),
              cart=g.pick(["2º Tabelionato de Notas", "Cartório do 1º Ofício", "Cartório Bento Amado (3º Ofício)"]), d=g.date())
    doc.t("3. VALIDAÇÃO\n")
    if online:
        doc.f("Biometria facial: score «s» (aprovado)  | IP de origem: «ip» | device: «dv» | geoloc aprox. «ci»\n",
              s=f"0.{g.d(3)}", ip=L(g.ip(), "IP_ADDRESS"), dv=g.pick(["SM-A556E Android 14", "iPhone14,7 iOS 17.5", "moto g84 Android 14"]),
              ci=city_uf(g))
        doc.f("Token SMS enviado para contato alternativo «ph»: validado às «h»\n", ph=L(g.phone(), "PHONE_NUMBER"), h=g.hms())
    else:
        doc.f("Conferência documental por: «a» (login «lg») — terminal «ip» — «d» «h»\n", a=P(g.pick([att.full, att.short])),
              lg=staff_login(g, att), ip=L(g.ip("priv"), "IP_ADDRESS"), d=g.date(), h=g.hm())
        doc.f("Perguntas de segurança: 3/3 corretas | última recarga informada pelo cliente: R$ «v»\n", v=g.pick(["15,00", "20,00", "30,00", "50,00"]))
    doc.f("\nDeclaro que as informações são verdadeiras (art. 299 do Código Penal).\n«city», «d».\nAssinatura: «n»\n",
          city=g.city()[0], d=g.date("long"), n=P(g.pick([c.full, c.caps, c.short])))
    if g.chance(0.5):
        doc.f("[uso interno] alerta antifraude: «a» | fila revisão: ", a=g.pick(["nenhum", "troca de chip < 30 dias", "CPF com 4 linhas ativas"]))
        if g.chance(0.5):
            doc.f("sim — revisado por «rv»\n", rv=P(g.person().short))
        else:
            doc.t("não\n")
    return doc


def at_os(g: Gen) -> Doc:
    """Fibre installation work order (OS) closed by the field technician."""
    doc = Doc()
    op = g.pick(["Aurora Fibra", "LuzNet Fibra", "Prisma Telecom", "Conecta+ Telecom"])
    c = g.person()
    tec = g.person(female=g.chance(0.15))
    aux = g.person(female=False)
    ci, uf = g.city()
    doc.f("«op» — ORDEM DE SERVIÇO «os»\nTipo: «tp»   Agendada: «d» («per»)   Contrato: «ct»\n",
          op=op.upper(), os=f"OS-{g.d(8)}", tp=g.pick(["INSTALAÇÃO FTTH", "MUDANÇA DE ENDEREÇO", "REPARO — SEM SINAL (LOS)"]),
          d=g.date(), per=g.pick(["manhã", "tarde", "08h-12h", "13h-18h"]), ct=doc.n11(g))
    box = g.chance(0.5)
    if box:
        rows = [[V("Cliente"), P(g.pick([c.caps, c.full]))], [V("CPF"), L(g.cpf(), "BR_CPF")],
                [V("Tel. 1"), L(g.phone(), "PHONE_NUMBER")], [V("Tel. 2"), L(g.phone(), "PHONE_NUMBER")],
                [V("Endereço"), L(g.address(g.pick(["caps", "text"])), "ADDRESS")], [V("Bairro"), V(bairro(g))],
                [V("Cidade/UF"), V(f"{ci}/{uf}")], [V("CEP"), L(g.cep(), "BR_CEP")]]
        table_box(doc, ["Campo", "Valor"], rows)
    else:
        doc.f("CLIENTE: «n»   CPF «cpf»\nFONES: «p1» / «p2»\nEND.: «a» - «b» - «ci»/«uf» - CEP «cep»\n",
              n=P(c.caps), cpf=L(g.cpf(), "BR_CPF"), p1=L(g.phone(), "PHONE_NUMBER"), p2=L(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"),
              a=L(g.address("caps"), "ADDRESS"), b=fold(bairro(g)).upper(), ci=fold(ci).upper(), uf=uf, cep=L(g.cep(), "BR_CEP"))
    if g.chance(0.5):
        doc.f("E-mail p/ fatura digital: «em»\n", em=L(g.email(c), "EMAIL_ADDRESS"))
    doc.f("Ref.: «r»\nPlano: «pl»\n", r=g.pick(["ao lado da Farmácia Bento", "casa de muro rosa, portão branco", "em frente à Escola Estadual Prudente de Morais",
                                                "próximo ao Mercadinho Estrela", "fundos da Igreja Nossa Senhora da Glória", "esquina c/ a Barão de Mauá"]),
          pl=g.pick(PLANS))
    doc.f("\nEXECUÇÃO\nTécnico: «t» (mat. «m»)  Aux.: «a»\nViatura: «pl» — saída base «h1» / chegada «h2»\n",
          t=P(g.pick([tec.full, tec.short])), m=g.d(6), a=P(g.pick([aux.first, aux.short, aux.nick])), pl=L(g.plate(), "LICENSE_PLATE"),
          h1=g.hm(), h2=g.hm())
    doc.f("CTO: «cto» porta «pt» | ONT «sn» | MAC «mac» | PPPoE: «pp» | VLAN «vl»\n"
          "Potência RX: -«rx» dBm | IP WAN atribuído: «ip» | firmware «fw»\n",
          cto=f"CTO-{g.pick(['AUR', 'VRS', 'GLO', 'CEN'])}-{g.d(3)}", pt=g.ri(1, 16), sn=g.ont_sn(), mac=g.mac(), pp=f"{fold(c.first).lower()}{g.d(5)}@{op_dom(op)[:-7]}",
          vl=g.ri(100, 999), rx=f"{g.ri(15, 26)}.{g.d(1)}", ip=L(g.ip(g.pick(["cgnat", "pub", "v6"])), "IP_ADDRESS"),
          fw=f"V{g.ri(1, 9)}.{g.ri(0, 9)}.{g.ri(0, 30)}")
    notes = g.pick(["drop lançado pela lateral, cliente pediu p/ nao furar a parede da sala",
                    "cx de emenda do poste estava sem tampa, avisado sup.", "cliente ausente na 1a visita, retorno agendado",
                    "troca de conector APC, sinal ok", "a luz do modem fica piscando vermelho antes da troca"])
    doc.f("Obs. técnico: «o»\n", o=typo(notes, g))
    rec = g.relative(c) if g.chance(0.4) else c
    doc.f("Recebido por: «n» («gr») — doc. «doc»\n", n=P(g.pick([rec.full, rec.first, rec.caps])),
          gr="titular" if rec is c else (g.pick(["filha", "cônjuge", "sobrinha", "mãe"]) if rec.female else g.pick(["filho", "cônjuge", "sobrinho", "pai"])),
          doc=L(g.rg(), "BR_RG") if g.chance(0.6) else L(g.cpf(), "BR_CPF"))
    doc.f("Nota NPS técnico: «n»/10 — «w»\n", n=g.ri(6, 10), w=g.pick(["nenhum comentário", "atendimento nota 10", "foi uma vitória, finalmente funciona",
                                                                        "técnico educado, deixou tudo limpo"]))
    return doc


def at_recarga(g: Gen) -> Doc:
    """Prepaid top-up gateway log pasted in an incident ticket (a PAN logged in the clear)."""
    doc = Doc()
    an = g.person()
    doc.f("INC«n» — «tt»\nAberto por: «a» <«em»>  Severidade: «s»\n\nTrecho de recarga-gw.log («d»):\n",
          n=g.d(7), tt=g.pick(["PAN em claro no log do gateway de recarga", "Recargas duplicadas no app — análise", "Divergência de NSU x adquirente"]),
          a=P(an.full), em=L(corp_mail(an, op_dom(g.pick(OPERADORAS))), "EMAIL_ADDRESS"), s=g.pick(["S2", "S3"]), d=(day := g.date("iso")))
    nlines = g.ri(5, 7)
    for h in clock(g, nlines, 0, 20 * 3600, step=(1, 900), secs=True):
        meio = g.pick(["CARTAO", "CARTAO", "PIX", "BOLETO", "SALDO_CARTEIRA"])
        doc.f("«day»T«h»-03:00 INFO recarga.svc msisdn=«ms» canal=«ch» valor=«v» meio=«m»", day=day, h=h,
              ms=L(g.phone("cc"), "PHONE_NUMBER"), ch=g.pick(["APP", "USSD", "SITE", "URA", "PDV"]), v=g.pick(["15.00", "20.00", "30.00", "50.00", "100.00"]),
              m=meio)
        if meio == "CARTAO":
            if g.chance(0.6):
                doc.f(" pan=«pan»", pan=L(g.card(False), "CREDIT_CARD"))
            else:
                doc.f(" pan=«pan»", pan=f"{g.d(6)}******{g.d(4)}")
            p = g.person()
            doc.f(" holder=\"«h»\"", h=P(fold(p.full).upper() if g.chance(0.7) else fold(p.short).upper()))
        elif meio == "PIX":
            p = g.person()
            doc.f(" txid=«tx» pagador=\"«n»\" doc_pagador=«cpf»", tx=g.hexs(26), n=P(p.caps), cpf=L(g.cpf("raw"), "BR_CPF"))
        if g.chance(0.6):
            doc.f(" ip=«ip»", ip=L(g.ip(), "IP_ADDRESS"))
        doc.f(" nsu=«nsu» status=«st»\n", nsu=g.d(12), st=g.pick(["APROVADA", "APROVADA", "NEGADA_51", "TIMEOUT", "DUPLICADA"]))
    doc.f("\nAção: mascarar campo pan no logger (PCI DSS 3.4), expurgar retenção. Responsável: «r»; revisão «rv».\n",
          r=P(g.person().short), rv=P(g.person().first))
    doc.f("Obs.: o número do ticket do adquirente («aq») não é documento de cliente.\n", aq=doc.n11(g))
    return doc


def at_anatel(g: Gen) -> Doc:
    """Coverage complaint registered at Anatel and the operator's ombudsman answer."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    c = g.person()
    an = g.person()
    tec = g.person()
    ci, uf = g.city()
    site = g.pick(CELL_SITES)
    doc.f("ANATEL — Anatel Consumidor\nProtocolo Anatel: «pa»    Registrada em: «d»\nPrestadora: «op»    Serviço: «sv»\n"
          "Motivo: «mo»\n\n", pa=f"{g.ri(2024, 2026)}{g.d(9)}", d=g.date(), op=op, sv=g.pick(["SMP — Telefonia Móvel", "SCM — Banda Larga Fixa"]),
          mo=g.pick(["Qualidade — Ausência de sinal/cobertura", "Qualidade — Queda de conexão", "Qualidade — Velocidade abaixo do contratado"]))
    doc.f("Consumidor(a): «n»\nCPF: «cpf»   Telefone para contato: «ph»   E-mail: «em»\nLinha/Acesso reclamado: «ln»\n"
          "Local do problema: «a», «b», «ci»/«uf», CEP «cep»\n\n", n=P(c.full), cpf=L(g.cpf(), "BR_CPF"), ph=L(g.phone(), "PHONE_NUMBER"),
          em=L(g.email(c), "EMAIL_ADDRESS"), ln=L(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"), a=L(g.address(), "ADDRESS"), b=bairro(g),
          ci=ci, uf=uf, cep=L(g.cep(), "BR_CEP"))
    neigh = g.person(female=True)
    relato = g.pick([
        "Desde «d1» não tenho sinal dentro de casa, só consigo falar na rua. «vp»«v» tem o mesmo problema. Já liguei no *144 e 1052 "
        "e abri os protocolos «p1» e «p2», ninguém resolve. Pago o plano em dia, «w».",
        "A internet fica caindo todo dia depois das 19h. O técnico veio em «d1» e disse que o problema é na antena («site»). Preciso da linha para "
        "trabalhar (sou «prof»). Protocolos anteriores: «p1», «p2».",
        "Moro há 2 anos aqui e o sinal 4G sumiu depois que mexeram na antena («site»). Minha mãe é idosa e depende do celular. Protocolo «p1». "
        "Quero desconto proporcional conforme «law»."])
    doc.f("Relato do consumidor:\n\"" + relato + "\"\n\n", d1=g.date(), vp=(vp := g.pick(["Minha vizinha ", "A vizinha da frente, ", "A vizinhança toda"])), v=V("") if vp.endswith("toda") else P(g.pick([neigh.first, neigh.full])), p1=g.protocol(),
          p2=g.protocol(), w=g.pick(["seria prudente a empresa rever essa torre", "é justo pagar por um serviço que não funciona?",
                                     "a conta de luz eu pago e funciona, a de vocês não", "foi uma vitória conseguir falar com alguém"]), site=site, prof=g.pick(PROFS), law=g.pick(LAWS))
    doc.f("Resposta da prestadora («dr»):\nPrezad«o» Sr«a». «n»,\nEm atenção à sua reclamação, informamos que «r» Em «d2» «nt» «t» "
          "realizou vistoria no endereço e «x». Permanecemos à disposição pelo 0800 «z».\n\n«an»\nOuvidoria «op» — «em2»\n",
          dr=g.date(), o="a" if c.female else "o", a="a" if c.female else "", n=P(g.pick([c.short, c.full, c.first])),
          r=g.pick([f"o equipamento {site} passou por manutenção preventiva e voltou a operar em {g.date()}.",
                    "foi identificada sobrecarga no setor e a ampliação de capacidade está prevista para o próximo trimestre.",
                    "não foram identificadas falhas na rede da região."]),
          d2=g.date(), nt="nossa técnica" if tec.female else "nosso técnico", t=P(g.pick([tec.short, tec.full])), x=g.pick(["instalou repetidor de sinal sem custo", "constatou nível de sinal -109 dBm",
                                                                    "concedeu crédito de R$ " + g.money(10, 60) + " na próxima fatura"]),
          z=f"{g.d(3)} {g.d(4)}", an=P(g.pick([an.full, an.short])), op=op,
          em2=L(corp_mail(an, op_dom(op)), "EMAIL_ADDRESS") if g.chance(0.5) else f"ouvidoria@{op_dom(op)}")
    doc.f("Avaliação do consumidor: «av» — nota «nt»\n", av=g.pick(["Não resolvida", "Resolvida", "Parcialmente resolvida"]), nt=g.ri(1, 5))
    return doc


def at_whats(g: Gen) -> Doc:
    """WhatsApp export between a store seller and a customer buying a phone in instalments."""
    doc = Doc()
    seller = g.person()
    c = g.person()
    mom = g.relative(c, female=True)
    moto = g.person(female=False)
    model, price = phone_model(g)
    d = g.date()
    ts = iter(clock(g, 16, 9 * 3600, 15 * 3600, step=(30, 1500)))
    sname = f"{seller.first} {g.pick(['Vendas', 'Loja', 'Onda Celular'])}"
    cname_bare = g.chance(0.55)
    cph = g.phone("plus")
    doc.t(f"Conversa do WhatsApp com ")
    if cname_bare:
        doc.e(cph, "PHONE_NUMBER")
        cn = None
    else:
        cn = g.pick([c.first, c.short, c.nick])
        doc.e(cn, "PERSON")
        doc.t(" " + g.pick(["cliente iphone", "(cliente)", "loja", "- " + model.split()[0]]))
    doc.t("\n\n")

    def line(who_person: str | None, who_label: str | None, text: str, **kw):
        doc.f(f"{d} «t» - ", t=next(ts))
        if who_label == "PHONE_NUMBER":
            doc.e(who_person, "PHONE_NUMBER")
        elif who_label == "SELLER":
            doc.e(seller.first, "PERSON")
            doc.t(sname[len(seller.first):])
        elif who_person:
            doc.e(who_person, "PERSON")
        doc.t(": ")
        doc.f(text + "\n", **kw)

    cust = (cph, "PHONE_NUMBER") if cname_bare else (cn, "PERSON")
    line(None, "SELLER", "Bom dia! Aqui é «n» — «st». O «m» chegou, tá R$ «p» em até 12x sem juros no cartão ou no carnê com entrada",
         n=P(seller.first), st=g.pick(STORES), m=model, p=brl(price))
    line(cust[0], cust[1], typo("oi bom dia. no carne quanto fica? meu nome ta limpo ja", g))
    line(None, "SELLER", "Faço a análise agora, me passa o CPF e a data de nascimento por favor")
    line(cust[0], cust[1], "«cpf» «dob»", cpf=L(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), dob=L(g.dob(g.pick(["br", "nopad", "short"]), 1960, 2005), "DATE_OF_BIRTH"))
    line(None, "SELLER", "Aprovado! Entrada de R$ «e» + 10x de R$ «v». Preciso foto do RG frente e verso e comprovante de endereço",
         e=brl(price * 0.2), v=brl(price * 0.8 * 1.25 / 10))
    line(cust[0], cust[1], "IMG-«i»-WA00«k».jpg (arquivo anexado)", i=d[6:] + d[3:5] + d[:2], k=g.d(2))
    line(cust[0], cust[1], typo("o comprovante ta no nome da minha mae, «m». endereço é «a», cep «cep»", g),
         m=P(g.pick([mom.full, mom.short, mom.first])), a=L(g.address(g.pick(["low", "text"])), "ADDRESS"), cep=L(g.cep(g.chance(0.6)), "BR_CEP"))
    line(None, "SELLER", "Sem problema. A entrada pode ser no Pix, chave aleatória da loja: «k»", k=L(g.uuid(), "PIX_KEY"))
    line(cust[0], cust[1], g.pick(["feito, segue o comprovante", "Comprovante_pix.pdf (arquivo anexado)", "pronto, paguei"]))
    line(None, "SELLER", "Recebido ✅ vou mandar o termo p/ assinar no seu e-mail, qual é?")
    line(cust[0], cust[1], "«em»", em=L(g.email(c), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        line(None, "SELLER", "Entrega hoje à tarde com o motoboy «mb», moto placa «pl». Ele vai pedir o código «cd»",
             mb=P(g.pick([moto.first, moto.nick, moto.short])), pl=L(g.plate(), "LICENSE_PLATE"), cd=g.d(4))
    else:
        line(None, "SELLER", "Pode retirar na loja a partir das 14h, é só trazer o documento. Se não puder vir, autoriza alguém por aqui")
        q = g.person()
        line(cust[0], cust[1], typo("vai «ir» «q», rg «rg»", g), ir="minha irma" if q.female else "meu irmao", q=P(g.pick([q.first, q.full])),
             rg=L(g.rg(), "BR_RG"))
    if g.chance(0.5):
        line(cust[0], cust[1], g.pick(["obrigada!!", "valeu 👍", "show", "obg"]))
    return doc


# =========================================================================== juridico

OP_LEGAL = {"Vértice Móvel": "VÉRTICE MÓVEL S.A.", "Conecta+ Telecom": "CONECTA MAIS TELECOMUNICAÇÕES LTDA",
            "Onda Celular": "ONDA CELULAR S.A.", "Aurora Fibra": "AURORA FIBRA PROVEDOR DE INTERNET LTDA",
            "LuzNet Fibra": "LUZNET FIBRA ÓPTICA LTDA", "Prisma Telecom": "PRISMA TELECOMUNICAÇÕES S.A.",
            "Alô Brasil Móvel": "ALÔ BRASIL SERVIÇOS MÓVEIS S.A.", "Sinal Forte Telecom": "SINAL FORTE TELECOM EIRELI"}
LAW_FIRMS = ["Bandeira & Feitosa Advogados Associados", "Escritório Prudente Arcoverde", "Neves, Tenório e Lobo Advocacia",
             "Amado & Ximenes Sociedade de Advogados", "Rosa Bittencourt Advocacia do Consumidor", "Girão Pessoa Advogados"]


def qualif(g: Gen, doc: Doc, p: Person, dob: bool = False, email: bool = True, caps: bool = True) -> None:
    """Qualification of a party in a petition: name, nationality, civil state, job, RG, CPF, address, CEP."""
    ci, uf = g.city()
    doc.f("«n», brasileir«o», «cv», «pr», ", n=P(p.caps if caps else p.full), o=p.o, cv=civil(g, p), pr=g.pick(PROFS))
    if dob:
        doc.f("nascid«o» em «d», ", o=p.o, d=L(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"))
    if g.chance(0.2):
        doc.f("eleitor«a» inscrit«o» sob o título nº «te», ", a="a" if p.female else "", o=p.o, te=L(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("portador«a» da cédula de identidade RG nº «rg» «org», inscrit«o» no CPF sob o nº «cpf», residente e domiciliad«o» na ",
          a="a" if p.female else "", rg=L(g.rg(), "BR_RG"), org=g.pick(["SSP/" + uf, "SSP/SP", "SDS/PE", "SESP/PR"]), o=p.o,
          cpf=L(g.cpf(), "BR_CPF"))
    doc.f("«ad», bairro «b», «ci»/«uf», CEP «cep»", ad=L(g.address(), "ADDRESS"), b=bairro(g), ci=ci, uf=uf, cep=L(g.cep(), "BR_CEP"))
    if email:
        doc.f(", endereço eletrônico «em»", em=L(g.email(p), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f(", telefone «ph»", ph=L(g.phone(), "PHONE_NUMBER"))


def ju_peticao(g: Gen) -> Doc:
    """Consumer claim (JEC) after a fraudulent SIM swap: qualification, facts, Pix transfers, lawyer."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    a = g.person()
    adv = g.person()
    ci, uf = g.city()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «ci» - «uf»\n\n\n",
          n=g.ri(1, 5), ci=fold(ci).upper(), uf=uf)
    qualif(g, doc, a, dob=g.chance(0.3))
    doc.f(", por seu advogado que esta subscreve (procuração anexa), vem, respeitosamente, à presença de Vossa Excelência propor a presente\n\n"
          "AÇÃO DECLARATÓRIA DE INEXISTÊNCIA DE DÉBITO C/C INDENIZAÇÃO POR DANOS MATERIAIS E MORAIS, COM PEDIDO DE TUTELA DE URGÊNCIA\n\n"
          "em face de «op», pessoa jurídica de direito privado, inscrita no CNPJ sob o nº «cnpj», com sede na Avenida das Nações Unidas, "
          "nº «sn», São Paulo/SP, pelos fatos e fundamentos a seguir.\n\nI — DOS FATOS\n\n",
          op=OP_LEGAL[op], cnpj=L(g.cnpj(), "BR_CNPJ"), sn=g.ri(1000, 14000))
    d1 = g.date()
    doc.f("1. O(A) autor(a) é titular da linha «ln», vinculada ao plano «pl», há mais de «y» anos. Em «d1», por volta das «h», "
          "a linha deixou de funcionar. Ao procurar a loja da ré, descobriu que foi realizada troca de chip (SIM swap) em loja de agente "
          "autorizado em «ci2», sem sua presença e mediante documento falso.\n\n",
          ln=L(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), pl=g.pick(PLANS), y=g.ri(2, 12), d1=d1, h=g.hm(), ci2=g.city()[0])
    n_tr = g.ri(2, 3)
    doc.t(f"2. De posse da linha, terceiros acessaram o aplicativo bancário do(a) autor(a) e realizaram {n_tr} transferências via Pix:\n\n")
    total = 0.0
    for k in range(n_tr):
        mule = g.person()
        v = g.rng.uniform(400, 9000)
        total += v
        if g.chance(0.5):
            doc.f("   «k») R$ «v» para «n», CPF «cpf», agência «ag», conta «cc» (Banco «bk»);\n", k="abc"[k], v=brl(v), n=P(mule.caps),
                  cpf=L(g.cpf(), "BR_CPF"), ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"),
                  bk=g.pick(["260", "077", "290", "323", "380", "336"]))
        else:
            doc.f("   «k») R$ «v» para a chave aleatória «px», em nome de «n»;\n", k="abc"[k], v=brl(v), px=L(g.uuid(), "PIX_KEY"),
                  n=P(g.pick([mule.full, mule.caps])))
    doc.f("\nTodas as transferências partiram da conta do(a) autor(a) no Banco «bk», agência «ag», conta «cc», em intervalo de «m» minutos.\n",
          bk=g.pick(["Bradesco", "Itaú", "Caixa", "Santander", "Sicredi"]), ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"),
          m=g.ri(8, 40))
    doc.f("\n3. O prejuízo soma R$ «t». Foram registrados o Boletim de Ocorrência nº «bo» e as reclamações de protocolos «p1» (ré) e «p2» "
          "(Procon). Além disso, a ré passou a cobrar R$ «f» referentes a um aparelho «m» adquirido no mesmo dia, em 21 parcelas, com "
          "inscrição do nome do(a) autor(a) nos cadastros de inadimplentes (contrato «ct»).\n\n",
          t=brl(total), bo=f"{g.d(4)}/{g.ri(2024, 2026)}", p1=g.protocol(), p2=g.protocol(), f=g.money(1500, 9000), m=phone_model(g)[0],
          ct=doc.n11(g))
    doc.f("II — DO DIREITO\n\nA responsabilidade da ré é objetiva («l1»), e a falha na conferência documental configura fortuito interno "
          "(Súmula 479 do STJ, aplicada por analogia). Incide ainda a «l2» quanto ao tratamento indevido de dados pessoais. Veja-se o precedente "
          "do TJ«uf» no processo «cnj».\n\n", l1=g.pick(["art. 14 do CDC", "Lei 8.078/1990, art. 14"]), l2="Lei 13.709/2018 (LGPD)",
          uf=uf, cnj=g.cnj())
    doc.f("III — DOS PEDIDOS\n\na) tutela de urgência para exclusão do nome do(a) autor(a) dos órgãos de proteção ao crédito;\n"
          "b) declaração de inexistência do débito de R$ «f»;\nc) restituição de R$ «t»;\nd) indenização por danos morais de R$ «dm».\n\n"
          "Dá-se à causa o valor de R$ «vc».\n\nTermos em que pede deferimento.\n«ci», «d».\n\n", f=g.money(1500, 9000), t=brl(total),
          dm=g.pick(["10.000,00", "15.000,00", "8.000,00"]), vc=g.money(15000, 40000), ci=ci, d=g.date("long"))
    doc.f("«adv»\n«oab»\n«esc»", adv=P(g.pick([adv.full, adv.caps])), oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"), esc=g.pick(LAW_FIRMS))
    if g.chance(0.5):
        doc.f(" — «em»", em=L(corp_mail(adv, "adv.br"), "EMAIL_ADDRESS"))
    doc.t("\n")
    return doc


def ju_bo(g: Gen) -> Doc:
    """Police report of a number-cloning (WhatsApp) fraud, scanned with OCR confusions in words and names."""
    doc = Doc()
    v = g.person()
    ci, uf = g.city()
    dl = g.person()
    es = g.person()
    o = lambda s: ocr(s, g, 0.25)
    doc.f("«h1»\n«h2»\n«dp»\n\nBOLETIM DE OCORRÊNCIA N° «n»/«y»    Emissão: «d» «h»\n", h1=o("SECRETARIA DA SEGURANÇA PÚBLICA"),
          h2=o("POLÍCIA CIVIL DO ESTADO"), dp=g.pick(["Delegacia de Repressão a Crimes Cibernéticos", "1º Distrito Policial",
                                                    "Delegacia Eletrônica", "Delegacia de Defraudações"]),
          n=g.d(5), y=g.ri(2024, 2026), d=g.date(), h=g.hm())
    doc.f("Natureza: Estelionato — fraude eletrônica (art. 171, § 2º-A, do Código Penal)\nLocal: via internet / aplicativo de mensagens\n"
          "Data do fato: «d»\n\n", d=g.date())
    doc.f("VÍTIMA\nNome: «n»\nRG: «rg»   CPF: «cpf»   Nasc.: «dob»\nProfissão: «pr»   Estado civil: «cv»\n"
          "Endereço: «a» — «b» — «ci»/«uf» — CEP «cep»\nTelefone: «ph»\n\n",
          n=P(o(g.pick([v.caps, v.full]))), rg=L(g.rg(), "BR_RG"), cpf=L(g.cpf(), "BR_CPF"),
          dob=L(g.dob("br"), "DATE_OF_BIRTH"),
          pr=g.pick(PROFS), cv=civil(g, v), a=L(g.address(g.pick(["caps", "text"])), "ADDRESS"), b=bairro(g), ci=ci, uf=uf,
          cep=L(g.cep(), "BR_CEP"), ph=L(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.text = doc.text[:-1]
        doc.f("Título eleitoral: «te»\n\n", te=L(g.titulo(), "BR_TITULO_ELEITOR"))
    rel = g.relative(v)
    fake = g.person()
    doc.f("HISTÓRICO\n«t1» a vítima compareceu e relata que na data dos fatos seu aparelho perdeu o sinal e apareceu a mensagem \"sem serviço\". "
          "Contatos de sua agenda receberam mensagens pelo WhatsApp, enviadas de um número clonado («cl»), pedindo transferência urgente. "
          "«pr2» «rn» transferiu R$ «v» para a chave Pix aleatória «px», cujo recebedor aparece como «fk». ",
          t1=o(g.pick(["Segundo consta,", "Consta que", "Segundo o relato,"])), cl=L(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), pr2=g.pick(["Sua irmã", "Sua mãe", "Sua tia", "Sua sogra"]) if rel.female else g.pick(["Seu cunhado", "Seu pai", "Seu irmão"]),
          rn=P(o(g.pick([rel.full, rel.short]))), v=g.money(300, 4000), px=L(g.uuid(), "PIX_KEY"), fk=P(g.pick([fake.caps, fake.full])))
    if g.chance(0.6):
        fk2 = g.person()
        doc.f("Um segundo contato, «n», depositou R$ «v» na conta «cc», agência «ag» do banco «bk», de titularidade de «t». ",
              n=P(g.pick([g.person().first, g.person().full])), v=g.money(200, 3000), cc=L(g.account(), "BANK_ACCOUNT"),
              ag=L(g.agency(), "BANK_ACCOUNT"), bk=g.pick(["Nu Pagamentos", "PicPay", "Banco Inter", "Mercado Pago", "C6"]), t=P(fk2.caps))
    doc.f("A vítima informa que a operadora «op» confirmou troca de chip em «d» (protocolo «p»), realizada em loja que desconhece. "
          "Apresenta prints das conversas. Nada mais.\n\n", op=g.pick(OPERADORAS), d=g.date(), p=g.protocol())
    doc.f("«dl»\n«dlt»\n\n«es»\nEscrivã(o) de Polícia — matr. «m»\n", dl=P(o(g.pick([dl.full, dl.caps]))),
          dlt="Delegada de Polícia" if dl.female else "Delegado de Polícia", es=P(o(es.full)), m=f"{g.d(3)}.{g.d(3)}-{g.d(1)}")
    doc.f("\nValidação: https://www.ssp.«u».gov.br/bo/«hx»   pág. 1/1\n", u=uf.lower(), hx=g.hexs(20).upper())
    return doc


def ju_audiencia(g: Gen) -> Doc:
    """Minutes of a conciliation hearing (JEC) between a consumer and an operator."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    a = g.person()
    adv_a = g.person()
    prep = g.person()
    adv_r = g.person()
    conc = g.person()
    ci, uf = g.city()
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO — «ci»/«uf»\n«n»º Juizado Especial Cível\n\n"
          "TERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nProcesso nº «cnj»\n", ci=ci, uf=uf, n=g.ri(1, 4), cnj=g.cnj())
    doc.f("Reclamante: «a» (CPF «cpf»)\nReclamada: «r» (CNPJ «cnpj»)\n\n", a=P(a.caps), cpf=L(g.cpf(), "BR_CPF"), r=OP_LEGAL[op],
          cnpj=L(g.cnpj(), "BR_CNPJ"))
    doc.f("Aos «d», às «h», na sala de audiências virtual, presentes o(a) conciliador(a) «c», o(a) reclamante, acompanhad«o» de seu "
          "advogado(a) «aa» («oa»), e a reclamada, representada pelo(a) preposto(a) «p», RG «rg», e pelo(a) advogado(a) «ar» («orr»). ",
          d=g.date("long"), h=g.hm(), c=P(conc.full), o=a.o, aa=P(adv_a.full), oa=L(g.council("OAB", uf), "PROFESSIONAL_ID"),
          p=P(prep.full), rg=L(g.rg(), "BR_RG"), ar=P(adv_r.full), orr=L(g.council("OAB", g.pick(["SP", "RJ", uf])), "PROFESSIONAL_ID"))
    ok = g.chance(0.65)
    if ok:
        doc.f("Aberta a audiência, as partes celebraram ACORDO nos seguintes termos: a reclamada pagará ao(à) reclamante R$ «v», em parcela "
              "única, até «d», mediante depósito na conta «cc», agência «ag», Banco «bk», de titularidade «t»; cancelará a fatura «fat» "
              "(R$ «fv») e retirará a negativação em 5 dias úteis, sob pena de multa diária de R$ 200,00. ",
              v=g.money(1500, 8000), d=g.date(), cc=L(g.account(), "BANK_ACCOUNT"), ag=L(g.agency(), "BANK_ACCOUNT"),
              bk=g.pick(["001 - Banco do Brasil", "104 - Caixa", "237 - Bradesco", "341 - Itaú", "756 - Sicoob"]),
              t=g.pick(["do(a) reclamante", "do patrono " + "(sociedade de advogados)"]), fat=f"{g.d(10)}", fv=g.money(90, 900))
        if g.chance(0.5):
            doc.f("Alternativamente, via Pix para a chave «k». ", k=L(g.uuid(), "PIX_KEY") if g.chance(0.6) else L(g.email(adv_a), "EMAIL_ADDRESS"))
        doc.t("Homologação pelo(a) juiz(a) togado(a) em seguida.\n\n")
    else:
        doc.f("Proposta a conciliação, restou infrutífera. A reclamada ofereceu R$ «v», recusado. Designada audiência de instrução para «d». "
              "O(A) reclamante arrolou como testemunha «t», telefone «ph». A reclamada juntou telas sistêmicas com o IMEI «im» e ICCID «ic».\n\n",
              v=g.money(500, 2500), d=g.date(), t=P(g.person().full), ph=L(g.phone(), "PHONE_NUMBER"), im=g.imei(), ic=g.iccid())
    doc.f("Nada mais. Eu, «c», conciliador(a), digitei.\n\n", c=P(conc.short))
    if g.chance(0.5):
        doc.f("«a»\n«aa»\n«p»\n«ar»\n", a=P(a.caps), aa=P(adv_a.caps), p=P(prep.caps), ar=P(adv_r.caps))
    else:
        doc.t("Reclamante: (assinado eletronicamente)\nAdvogado(a) do reclamante: (assinado eletronicamente)\n"
              "Preposto(a): (assinado eletronicamente)\nAdvogado(a) da reclamada: (assinado eletronicamente)\n")
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Extrajudicial notice asking for preservation of connection logs, and the operator's DPO answer."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    n = g.person()
    adv = g.person()
    dpo = g.person()
    ci, uf = g.city()
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNotificante: «n», CPF «cpf», residente na «a», «ci»/«uf», CEP «cep», por «sa» «adv» («oab»).\n"
          "Notificada: «r», CNPJ «cnpj».\n\n", n=P(n.full), cpf=L(g.cpf(), "BR_CPF"), a=L(g.address(), "ADDRESS"), ci=ci, uf=uf,
          cep=L(g.cep(), "BR_CEP"), sa="sua advogada" if adv.female else "seu advogado", adv=P(adv.full), oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"), r=OP_LEGAL[op], cnpj=L(g.cnpj(), "BR_CNPJ"))
    doc.f("Com fundamento no art. 13 da Lei 12.965/2014 (Marco Civil da Internet) e nos arts. 18 e 19 da Lei 13.709/2018, o(a) notificante "
          "requer a PRESERVAÇÃO, por prazo superior ao legal, dos registros de conexão relativos aos endereços IP abaixo, utilizados para "
          "acessar sua conta de e-mail «em» e o aplicativo da notificada sem autorização:\n\n", em=L(g.email(n), "EMAIL_ADDRESS"))
    rows = []
    for _ in range(g.ri(3, 5)):
        rows.append([L(g.ip(g.pick(["pub", "pub", "cgnat", "v6"])), "IP_ADDRESS"), V(str(g.ri(1024, 65535))),
                     V(f"{g.date('br')} {g.hms()}"), V(g.pick(["GMT-3", "UTC"]))])
    table_fixed(doc, ["IP", "Porta lógica", "Data/hora", "Fuso"], rows, gap="   ", rule=g.pick(["-", "=", ""]))
    doc.f("\nRequer, ainda, cópia dos dados pessoais tratados (art. 18, II, LGPD), inclusive a linha «ln» e o histórico de trocas de chip. "
          "Prazo: 15 dias.\n«ci», «d».\n\n«adv»\n\n", ln=L(g.phone(), "PHONE_NUMBER"), ci=ci, d=g.date("long"), adv=P(adv.caps))
    doc.f("--- resposta recebida por e-mail em «d» ---\nDe: «dn» <«de»>\nPara: «ae»\nAssunto: Re: Notificação extrajudicial — titular «tn»\n\n",
          d=g.date(), dn=P(dpo.full), de=L(corp_mail(dpo, op_dom(op)), "EMAIL_ADDRESS"), ae=L(g.email(adv, "adv.br"), "EMAIL_ADDRESS"),
          tn=P(n.short))
    doc.f("Prezad«oa» Dr«ra». «a»,\n\nConfirmamos a preservação dos registros por 12 meses a partir de «d». Os dados cadastrais do(s) responsável(is) "
          "pelos IPs somente serão fornecidos mediante ordem judicial (art. 10, § 1º, do Marco Civil). Seguem em anexo os dados pessoais "
          "do titular (requisição LGPD nº «rq»). Dúvidas: dpo@«dm».\n\nAtenciosamente,\n«dn2»\nEncarregad«o» de Proteção de Dados — «op»\n",
          oa="a" if adv.female else "o", ra="a" if adv.female else "", a=P(adv.last), d=g.date(), rq=f"LGPD-{g.d(6)}", dm=op_dom(op), dn2=P(dpo.short), o=dpo.o, op=op)
    return doc


def ju_oficio(g: Gen) -> Doc:
    """Operator's answer to a court order for subscriber data of listed lines (fixed-width table)."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    juiz = g.person()
    an = g.person()
    ci, uf = g.city()
    doc.f("«op» — Gerência de Atendimento a Demandas Judiciais\n«ci», «d»\n\nOfício GADJ nº «n»/«y»\nRef.: Ofício nº «o» — Processo nº «cnj»\n"
          "Ao Exmo(a). Sr(a). Dr(a). «jz»\nJuiz(a) de Direito da «v»ª Vara Criminal de «ci2»/«uf»\n\n",
          op=OP_LEGAL[op], ci="São Paulo", d=g.date("long"), n=g.d(5), y=g.ri(2024, 2026), o=f"{g.d(3)}/{g.ri(2024, 2026)}",
          cnj=g.cnj(), jz=P(juiz.full), v=g.ri(1, 6), ci2=ci, uf=uf)
    doc.t("Em cumprimento à determinação judicial, informamos os dados cadastrais das linhas solicitadas, conforme sistemas em " + g.date() + ":\n\n")
    rows = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        corp = g.chance(0.2)
        rows.append([L(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"),
                     V(fold(g.pick(["Amado Celulares Ltda", "Transportes Bento & Filhos", "Padaria Estrela do Sul ME"])).upper()) if corp else P(p.caps),
                     L(g.cnpj(), "BR_CNPJ") if corp else L(g.cpf(), "BR_CPF"),
                     V("—") if corp else L(g.address("caps"), "ADDRESS"),
                     V("—") if corp else L(g.cep(), "BR_CEP"),
                     V(g.date(year=g.ri(2015, 2025))), V(g.pick(["ATIVA", "CANCELADA", "SUSPENSA", "ATIVA"]))])
    if g.chance(0.5):
        table_fixed(doc, ["LINHA", "TITULAR", "CPF/CNPJ", "ENDEREÇO", "CEP", "ATIVAÇÃO", "SITUAÇÃO"], rows, rule=g.pick(["-", "="]))
    else:
        table_box(doc, ["LINHA", "TITULAR", "CPF/CNPJ", "ENDEREÇO", "CEP", "ATIVAÇÃO", "SITUAÇÃO"], rows)
    doc.f("\nIMEIs vinculados no período: «i1», «i2». Extrato de ERBs (ex.: «s») segue em mídia anexa, hash SHA-256 «h».\n"
          "Os dados são sigilosos (Lei 9.296/1996). Endereço corporativo da empresa não deve ser confundido com o do titular.\n\n"
          "«an»\nAnalista de Demandas Judiciais — mat. «m»\n", i1=g.imei(), i2=g.imei(), s=g.pick(CELL_SITES), h=g.hexs(32),
          an=P(g.pick([an.full, an.caps])), m=g.d(6))
    return doc


def ju_contrato(g: Gen) -> Doc:
    """Authorised-dealer agreement (agente autorizado) with the partner's data and the e-signature log."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    soc = g.person()
    t1, t2 = g.person(), g.person()
    gr = g.person()
    dealer = g.pick(["Amado Celulares Ltda", "Bento Cell Comércio de Eletrônicos ME", "Luz & Flor Telefonia Ltda",
                     "Celular Prudente Comércio Ltda", "Estrela Conecta Eireli", f"{soc.last} Telecom ME"])
    ci, uf = g.city()
    doc.f("CONTRATO DE AGENTE AUTORIZADO Nº «n»\n\nCONTRATANTE: «op», CNPJ «c1».\nAGENTE: «dl», CNPJ «c2», com sede em «ci»/«uf», "
          "neste ato representada por «sa» «s», «cv», «em», RG «rg», CPF «cpf», residente na «a», CEP «cep».\n\n",
          n=f"AA-{g.d(5)}/{g.ri(2024, 2026)}", op=OP_LEGAL[op], c1=L(g.cnpj(alnum=False), "BR_CNPJ"), dl=dealer.upper(), c2=L(g.cnpj(), "BR_CNPJ"),
          ci=ci, uf=uf, sa="sua sócia-administradora" if soc.female else "seu sócio-administrador", em="empresária" if soc.female else "empresário", s=P(soc.caps), cv=civil(g, soc), rg=L(g.rg(), "BR_RG"), cpf=L(g.cpf(), "BR_CPF"), a=L(g.address(), "ADDRESS"),
          cep=L(g.cep(), "BR_CEP"))
    doc.f("CLÁUSULA 5ª — COMISSÕES. As comissões sobre ativações pós-pago (R$ «c») e portabilidades (R$ «p») serão creditadas até o dia 20 "
          "na conta de titularidade do AGENTE: Banco «bk», agência «ag», conta corrente «cc».\n\n"
          "CLÁUSULA 9ª — PREVENÇÃO A FRAUDES. O AGENTE responde por trocas de chip realizadas sem conferência biométrica, e deverá manter "
          "registro dos vendedores com CPF e login. Multa de R$ «m» por ocorrência, sem prejuízo da «l».\n\n",
          c=g.money(30, 90), p=g.money(20, 60), bk=g.pick(["341", "237", "001", "033", "756"]), ag=L(g.agency(), "BANK_ACCOUNT"),
          cc=L(g.account(), "BANK_ACCOUNT"), m=g.pick(["5.000,00", "10.000,00"]), l="Lei 13.709/2018")
    doc.f("Gestor(a) do canal pela CONTRATANTE: «gn» (telefone «gp»).\n\nTESTEMUNHAS:\n1. «t1» — CPF «c1»\n2. «t2» — CPF «c2»\n\n",
          gn=P(gr.full), gp=L(g.phone(), "PHONE_NUMBER"), t1=P(t1.full), c1=L(g.cpf(), "BR_CPF"), t2=P(t2.full), c2=L(g.cpf(), "BR_CPF"))
    doc.f("--- Log de assinatura eletrônica (envelope «env») ---\n", env=g.uuid())
    day = g.date("iso")
    for who, h in zip((soc, gr, t1, t2), clock(g, 4, 8 * 3600, 12 * 3600, step=(60, 5400), secs=True)):
        em = g.email(who) if who is soc or g.chance(0.3) else corp_mail(who, op_dom(op))
        doc.f("«d» «h»  «n» <«em»>  assinou  IP «ip»  «dv»\n", d=day, h=h, n=P(who.full),
              em=L(em, "EMAIL_ADDRESS"), ip=L(g.ip(), "IP_ADDRESS"), dv=g.pick(["Chrome/Windows", "Safari/iOS", "Android WebView"]))
    return doc


INS_DOM = {"Seguradora Fiel Proteção S.A.": "fielprotecao.com.br", "Amparo Seguros de Bens": "amparoseguros.com.br",
           "Seguros Bandeira Branca S.A.": "bandeirabranca.com.br"}


def ju_sinistro(g: Gen) -> Doc:
    """Insurer's denial of a device-insurance claim and the customer's appeal e-mail."""
    doc = Doc()
    s = g.person()
    an = g.person()
    model, price = phone_model(g)
    ins = g.pick(["Seguradora Fiel Proteção S.A.", "Amparo Seguros de Bens", "Seguros Bandeira Branca S.A."])
    doc.f("«ins»\nDepartamento de Sinistros — Equipamentos Portáteis\n\n«ci», «d»\n\nA(o) Sr(a). «n»\n«a»\nCEP «cep» — «cu»\n\n",
          ins=ins, ci=g.city()[0], d=g.date("long"), n=P(s.full), a=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"), cu=city_uf(g))
    k = g.ri(0, 2)
    motivo = (["furto simples (sem vestígios de violência ou arrombamento) não está coberto pela cobertura contratada (Roubo e Furto Qualificado)",
                     "o Boletim de Ocorrência foi lavrado mais de 30 dias após o evento, em desacordo com a cláusula 12.3 das Condições Gerais",
                     "a perícia constatou oxidação por líquido, risco excluído da cobertura de Quebra Acidental"])[k]
    sn = g.d(10)
    doc.f("Ref.: Sinistro nº «sn» — Certificado «ce» — Aparelho «m», IMEI «im»\n\nPrezado(a) Segurado(a),\n\nApós análise da documentação "
          "(BO nº «bo», nota fiscal «nf»), informamos que o sinistro foi NEGADO, pois «mt». Cabe recurso em até 30 dias.\n\n«an»\nAnalista de Sinistros\n\n",
          sn=sn, ce=g.d(12), m=model, im=g.imei(), bo=f"{g.d(6)}/{g.ri(2024, 2026)}", nf=g.d(9), mt=motivo, an=P(an.short))
    adv = g.person() if g.chance(0.4) else None
    doc.f("---------- Mensagem encaminhada ----------\nDe: «n» <«em»>\nPara: sinistros@«d»\n", n=P(s.first + " " + s.last), em=L(g.email(s), "EMAIL_ADDRESS"),
          d=INS_DOM[ins])
    if adv:
        doc.f("Cc: «a»\n", a=L(g.email(adv, "adv.br"), "EMAIL_ADDRESS"))
    doc.f("Assunto: RECURSO sinistro «sn»\n\n«b»\n\n", sn=sn, b=typo(([
        "Boa tarde, nao concordo com a negativa. O celular foi levado da minha mao no ponto de onibus, isso é roubo e nao furto",
        "Prezados, o BO demorou pq eu estava internado, tenho atestado. Peço reanalise",
        "Ola, o aparelho caiu no chao, nao teve liquido nenhum. Quero a contra perícia"])[k], g))
    doc.f("Meu telefone é «ph» e o CPF «cpf». Testemunha do ocorrido: «t», «tp».\n", ph=L(g.phone(), "PHONE_NUMBER"), cpf=L(g.cpf(), "BR_CPF"),
          t=P(g.pick([g.person().full, g.person().first])), tp=L(g.phone(), "PHONE_NUMBER"))
    if adv:
        doc.f("Em cópia meu advogado, «a» («o»).\n", a=P(adv.full), o=L(g.council("OAB"), "PROFESSIONAL_ID"))
    doc.f("\n--\n«n»\n", n=P(g.pick([s.first, s.full, s.nick])))
    return doc


# =========================================================================== saude

HOSPITALS = ["Hospital São Bento", "Santa Casa de Misericórdia", "Hospital Regional Aurora", "Policlínica Vitória",
             "UPA 24h Jardim das Flores", "Hospital Municipal Prudente de Morais", "Pronto-Socorro Santa Luz"]
DOCTOR_SPECS = ["otorrinolaringologista", "clínico geral", "ortopedista", "psiquiatra", "médico do trabalho", "pneumologista"]


def sa_atestados(g: Gen) -> Doc:
    """Medical-leave (atestados) log of a call-centre site, kept by HR/occupational health."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    resp = g.person()
    ci, uf = g.city()
    doc.f("CENTRAL DE RELACIONAMENTO «op» — SITE «ci»\nControle de atestados médicos — competência «m»/«y»\nResponsável: «r» («em»)\n\n",
          op=fold(op).upper(), ci=fold(ci).upper(), m=f"{g.ri(1, 12):02d}", y=g.ri(2024, 2026), r=P(resp.full),
          em=L(corp_mail(resp, op_dom(op)), "EMAIL_ADDRESS"))
    rows = []
    sups = [g.person() for _ in range(2)]
    with_sup = g.chance(0.4)
    with_cpf = g.chance(0.5)
    for _ in range(g.ri(5, 7)):
        p = g.person()
        dr = g.person()
        sup = g.pick(sups)
        cid = g.pick(CIDS)
        rows.append([V(g.d(6)), P(g.pick([p.caps, p.inverted, p.full]))] + ([L(g.cpf(g.pick(["raw", "dot"])), "BR_CPF")] if with_cpf else []) + [
                     P(g.pick([sup.first, sup.short])) if with_sup else V(g.pick(["RET", "COB", "SUP-FIBRA", "PORT", "SAC"])), V(g.date("short")),
                     V(str(g.pick([1, 1, 2, 3, 5, 7, 15]))), V(cid if g.chance(0.8) else "—"),
                     P(g.pick([dr.caps, dr.short])) if g.chance(0.7) else V(g.pick(["ilegível", "(carimbo)", "—"])),
                     L(g.council("CRM", uf) if g.chance(0.85) else g.council("CRFa", uf), "PROFESSIONAL_ID")])
    style = g.pick(["fixed", "fixed", "csv"])
    cols = ["MATR", "OPERADOR(A)"] + (["CPF"] if with_cpf else []) + ["SUPERV." if with_sup else "CÉLULA", "INÍCIO", "DIAS", "CID", "EMITENTE", "REGISTRO"]
    if style == "fixed":
        table_fixed(doc, cols, rows, gap=" ", rule=g.pick(["-", ""]))
    else:
        table_csv(doc, [c.lower() for c in cols], rows, sep=";")
    doc.f("\nObs.: «o»\nAtestados acima de 15 dias: encaminhar ao INSS (B31). CIDs R49.0/J38.2 (disfonia) → avaliação fono — «f».\n",
          o=g.pick(["2 atestados sem CRM legível, devolvidos ao supervisor", "Abono conforme acordo coletivo, cláusula 31",
                    "operadora relatou rouquidão recorrente, PA com pausa 10 min NR-17 Anexo II"]),
          f=P(g.person(female=True).short))
    return doc


def sa_acidente(g: Gen) -> Doc:
    """Accident notice (CAT) of a fibre installer who fell from a ladder, with the ER note."""
    doc = Doc()
    emp = g.pick(["Fibra Leão Instalações Ltda", "Redes Bandeira Serviços de Telecom ME", "Estrela Cabeamento e Fusão Ltda",
                  "Prudente Infra Telecom Eireli"])
    v = g.person(female=g.chance(0.1))
    mae = g.relative(v, female=True)
    dr = g.person()
    t1, t2 = g.person(), g.person()
    ci, uf = g.city()
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT\nTipo: Inicial   Emitente: Empregador   Nº recibo eSocial: «rc»\n\n"
          "EMPREGADOR\nRazão social: «e»   CNPJ: «cnpj»   CNAE: «cn»\n\n",
          rc=f"1.2.{g.d(19)}", e=emp, cnpj=L(g.cnpj(), "BR_CNPJ"), cn=g.pick(["4221-9/04", "6110-8/01", "4321-5/00"]))
    doc.f("ACIDENTADO\nNome: «n»\nNome da mãe: «m»\nData de nascimento: «dob»   Sexo: «sx»   Estado civil: «cv»\n"
          "CPF: «cpf»   NIT/PIS: «pis»   RG: «rg»\nCTPS: «ct» série «se»   CBO: 7313-05 (instalador de linhas)\n"
          "Endereço: «a» — «b» — «ci»/«uf» — CEP «cep»\nTelefone: «ph»\n\n",
          n=P(v.caps), m=P(mae.caps), dob=L(g.dob("br", 1970, 2004), "DATE_OF_BIRTH"), sx="F" if v.female else "M", cv=civil(g, v),
          cpf=L(g.cpf(), "BR_CPF"), pis=L(g.pis(), "BR_PIS"), rg=L(g.rg(), "BR_RG"), ct=g.d(7), se=g.d(4),
          a=L(g.address(g.pick(["caps", "text"])), "ADDRESS"), b=bairro(g), ci=ci, uf=uf, cep=L(g.cep(), "BR_CEP"), ph=L(g.phone(), "PHONE_NUMBER"))
    doc.f("ACIDENTE\nData: «d»   Hora: «h»   Após «hh» h de trabalho   Tipo: típico   Houve afastamento: sim\n"
          "Local: via pública — poste em frente à «lc», «ci»/«uf»\nParte atingida: «pa»   Agente causador: escada extensível de fibra\n"
          "Situação geradora: queda de altura (≈ «alt» m) durante lançamento de drop para a OS «os»\nCID-10: «cid»\n\n",
          d=g.date(), h=g.hm(), hh=g.ri(1, 8), lc=g.pick(["Escola Estadual Prudente de Morais", "Padaria Rosa de Ouro",
                                                          "Igreja Nossa Senhora da Glória", "Praça Bento XVI", "Mercado Luz do Dia"]),
          ci=ci, uf=uf, pa=g.pick(["perna direita", "punho esquerdo", "coluna lombar", "ombro direito"]), alt=g.ri(3, 6),
          os=f"OS-{g.d(8)}", cid=g.pick(["S82.0", "S62.5", "S32.0", "S42.2", "T14.0"]) + " / " + g.pick(["W11", "W17"]))
    doc.f("TESTEMUNHAS\n1. «t1» — «p1»\n2. «t2» — «a2», «p2»\n\n", t1=P(t1.full), p1=L(g.phone(), "PHONE_NUMBER"),
          t2=P(g.pick([t2.full, t2.short])), a2=L(g.address(), "ADDRESS"), p2=L(g.phone(), "PHONE_NUMBER"))
    doc.f("ATESTADO MÉDICO\nUnidade: «u»   Atendimento: «d» «h»   CNS do paciente: «cns»\nDiagnóstico provável: «dg»\n"
          "Afastamento: «dias» dias.   Médico(a): «m» — «crm»\n", u=g.pick(HOSPITALS), d=g.date(), h=g.hm(), cns=L(g.cns(), "BR_CNS"),
          dg=g.pick(["fratura de diáfise da tíbia", "fratura de rádio distal", "contusão lombar", "luxação de ombro"]),
          dias=g.pick([15, 30, 45, 60, 90]), m=P(dr.full), crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        doc.f("Transporte: viatura da empresa placa «pl», conduzida pelo encarregado «enc».\n", pl=L(g.plate(), "LICENSE_PLATE"),
              enc=P(g.pick([g.person(female=False).nick, g.person().full])))
    doc.f("\nEmitido por: «e» — SESMT — «d»\n", e=P(g.person().full), d=g.date())
    return doc


def sa_linhas(g: Gen) -> Doc:
    """Corporate plan of a hospital: lines assigned to doctors and nurses (who holds which line)."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    hosp = g.pick(HOSPITALS)
    dom = re.sub(r"[^a-z]", "", fold(hosp.split()[-1]).lower()) + g.pick([".org.br", ".com.br", ".saude.br"])
    gest = g.person()
    uf = g.pick(UFS)
    doc.f("«h» — Contrato corporativo «op» nº «ct»\nRelação de linhas por usuário (atualização «d»)\nGestor(a) do contrato: «gn» — «ge»\n\n",
          h=hosp, op=op, ct=f"CORP-{g.d(7)}", d=g.date(), gn=P(gest.full), ge=L(corp_mail(gest, dom), "EMAIL_ADDRESS"))
    rows = []
    for _ in range(g.ri(5, 7)):
        p = g.person()
        role = g.pick(["Médico(a) plantonista", "Coordenador(a) UTI", "Enfermeiro(a) chefe", "Técnico(a) de enfermagem", "Médico(a) regulador(a)",
                       "Farmacêutico(a)", "Fisioterapeuta", "Recepção PS", "Psicólogo(a)"])
        if role.startswith("Médico") or role.startswith("Coordenador"):
            reg = L(g.council("CRM", uf), "PROFESSIONAL_ID")
        elif role.startswith(("Enfermeiro", "Técnico")):
            reg = L(g.council("COREN", uf), "PROFESSIONAL_ID")
        elif role.startswith("Fisio"):
            reg = L(g.council("CREFITO"), "PROFESSIONAL_ID")
        elif role.startswith("Psic"):
            reg = L(g.council("CRP"), "PROFESSIONAL_ID")
        else:
            reg = V("—")
        rows.append([L(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), P(g.pick([p.full, p.short, p.caps])), V(role), reg,
                     L(corp_mail(p, dom), "EMAIL_ADDRESS") if g.chance(0.7) else V("—"), V(phone_model(g)[0]), V(g.imei())])
    cols = ["Linha", "Usuário", "Função", "Conselho", "E-mail", "Aparelho", "IMEI"]
    k = g.pick(["md", "box", "csv"])
    if k == "md":
        table_md(doc, cols, rows)
    elif k == "box":
        table_box(doc, cols, rows)
    else:
        table_csv(doc, [c.lower() for c in cols], rows, sep=",")
    doc.f("\nLinhas «a» e «b» estão em estoque (sem usuário). Franquia compartilhada «gb» GB; excedente R$ «v».\n"
          "Solicitações de troca de aparelho somente via «r» ou pelo e-mail ti@«dm».\n",
          a=doc.n11(g), b=doc.n11(g), gb=g.pick([200, 500, 1000]), v=g.money(0, 900), r=P(g.person().short), dm=dom)
    return doc


def sa_telemonitor(g: Gen) -> Doc:
    """E-mail thread: a home-care clinic reports that a patient's monitoring device (M2M chip) lost signal."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    nurse = g.person(female=g.chance(0.8))
    pat = g.person()
    cg = g.relative(pat)
    dr = g.person()
    an = g.person()
    clin = g.pick(["Vida em Casa Home Care", "Clínica Aurora de Atenção Domiciliar", "Cuidar+ Internação Domiciliar", "Home Care Bento Amado"])
    dom = re.sub(r"[^a-z]", "", fold(clin.split()[0] + clin.split()[1]).lower()) + ".com.br"
    uf = g.pick(UFS)
    doc.f("De: «nn» <«ne»>\nPara: suporte.b2b@«od»\nData: «d» «h»\nAssunto: URGENTE - oxímetro/concentrador sem comunicação - ",
          nn=P(nurse.full), ne=L(corp_mail(nurse, dom), "EMAIL_ADDRESS"), od=op_dom(op), d=g.date(), h=g.hm())
    if g.chance(0.4):
        doc.f("paciente «pn»\n\n", pn=P(pat.short))
    else:
        doc.f("conta corporativa «cc»\n\n", cc=g.d(9))
    doc.f("Boa tarde,\n\nO equipamento de telemonitoramento do paciente abaixo está sem transmitir desde «d1». O chip é da conta corporativa "
          "«cc» (linha M2M «m2m», ICCID «ic»).\n\nPaciente: «p»\nDN: «dob»   CNS: «cns»\nEndereço: «a», «b» — CEP «cep»\n"
          "Diagnóstico: «cid»; em O2 domiciliar 2 L/min.\nCuidador(a): «cg» («gr») — «cp»\nMédico(a) assistente: «dr» («crm»)\n\n",
          d1=g.date(), cc=g.d(9), m2m=g.neg(13), ic=g.iccid(), p=P(g.pick([pat.full, pat.caps])), dob=L(g.dob(g.pick(["br", "short"]), 1928, 1960), "DATE_OF_BIRTH"),
          cns=L(g.cns(), "BR_CNS"), a=L(g.address(), "ADDRESS"), b=bairro(g), cep=L(g.cep(), "BR_CEP"),
          cid=g.pick(["J44.9 (DPOC)", "I50.9 (ICC)", "G12.2 (ELA)", "J84.1"]), cg=P(g.pick([cg.full, cg.first])),
          gr="filha" if cg.female else "filho", cp=L(g.phone(), "PHONE_NUMBER"), dr=P(dr.full), crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("Sem os dados de saturação não conseguimos acompanhar à distância. Precisamos de técnico no local ou troca do chip hoje.\n\n"
          "Att.,\n«nn»\nEnfermeira coordenadora — «cr»\n«cl»\n\n", nn=P(nurse.short), cr=L(g.council("COREN", uf), "PROFESSIONAL_ID"), cl=clin)
    doc.f("--- resposta ---\nDe: «an» <«ae»>\nData: «d» «h»\n\nOlá, «nf»! Chamado B2B-«tk» aberto. O equipamento «site», que atende a região, estava em manutenção; "
          "o chip já voltou a registrar (último attach «ts», IP «ip»). Se persistir, o técnico «tc» vai ao endereço amanhã; contato dele: «tp».\n\n«an2»\n",
          an=P(an.full), ae=L(corp_mail(an, op_dom(op)), "EMAIL_ADDRESS"), d=g.date(), h=g.hm(), nf=P(nurse.first), tk=g.d(7),
          site=g.pick(CELL_SITES), ts=g.hms(), ip=L(g.ip(g.pick(["priv", "cgnat"])), "IP_ADDRESS"), tc=P(g.person(female=False).short),
          tp=L(g.phone(), "PHONE_NUMBER"), an2=P(an.first))
    return doc


def sa_fono(g: Gen) -> Doc:
    """Occupational voice assessment of a call-centre operator (speech therapist and company doctor)."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    p = g.person(female=g.chance(0.7))
    fono = g.person(female=g.chance(0.85))
    mt = g.person()
    sup = g.person()
    uf = g.pick(UFS)
    doc.f("AVALIAÇÃO FONOAUDIOLÓGICA OCUPACIONAL — PROGRAMA DE SAÚDE VOCAL\n«op» — Central de Relacionamento\n\n"
          "Nome: «n»   DN: «dob»   CPF: «cpf»\nMatrícula: «m»   Função: Operador(a) de teleatendimento (NR-17, Anexo II)   "
          "Tempo na função: «t» anos\nSupervisor(a): «s»   Célula: «cel»\n\n",
          op=op, n=P(p.full), dob=L(g.dob(g.pick(["br", "short", "iso"]), 1975, 2005), "DATE_OF_BIRTH"), cpf=L(g.cpf(), "BR_CPF"),
          m=g.d(6), t=g.ri(1, 9), s=P(g.pick([sup.full, sup.short])), cel=g.pick(["Retenção", "Cobrança", "Suporte Fibra", "Portabilidade", "SAC Pós"]))
    doc.f("Queixa: «q»\nHábitos: «hb»\nAvaliação perceptivo-auditiva (GRBASI): G«a» R«b» B«c» A0 S«d» I0\nTMF /a/: «tmf» s   s/z: «sz»\n"
          "Hipótese: «cid»\n\nConduta: «co»\n\n",
          q=g.pick(["rouquidão no fim do turno", "dor ao falar e pigarro", "falhas na voz após 4h de atendimento", "perda de voz às sextas"]),
          hb=g.pick(["ingesta hídrica baixa, tabagista", "boa hidratação, canta em coral", "uso de headset monoauricular, fala alto"]),
          a=g.ri(0, 3), b=g.ri(0, 3), c=g.ri(0, 2), d=g.ri(0, 2), tmf=g.ri(6, 22), sz=f"{g.ri(8, 14) / 10:.1f}",
          cid=g.pick(["R49.0 — disfonia", "J38.2 — nódulos de pregas vocais (a confirmar por videolaringoscopia)", "R49.0 / F43.2"]),
          co=g.pick(["fonoterapia 8 sessões; pausas conforme NR-17; reavaliar em 60 dias",
                     "encaminhar ao otorrino para videolaringoestroboscopia; afastamento de 3 dias da fila", "orientação de higiene vocal; troca de headset"]))
    doc.f("«f»\nFonoaudióloga — «cr»\n\nCiente, médico(a) do trabalho: «mt» — «crm»\n", f=P(fono.full), cr=L(g.council("CRFa"), "PROFESSIONAL_ID"),
          mt=P(g.pick([mt.full, mt.caps])), crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Contato do(a) colaborador(a) para agendamento: «ph» / «em»\n", ph=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(p), "EMAIL_ADDRESS"))
    return doc


def sa_acs(g: Gen) -> Doc:
    """Municipal health department's CSV of community health agents (ACS) and the tablet chips assigned to them."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    ci, uf = g.city()
    coord = g.person()
    doc.f("# SMS «ci»/«uf» — Atenção Primária — chips dos tablets e-SUS APS — pregão «pg» («op»)\n# exportado por «cn» em «d»\n",
          ci=ci, uf=uf, pg=f"{g.d(3)}/{g.ri(2024, 2026)}", op=op, cn=P(coord.full), d=g.date())
    rows = []
    for _ in range(g.ri(5, 7)):
        p = g.person()
        rows.append([P(g.pick([p.caps, p.full, p.plain])), L(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), L(g.cns(False), "BR_CNS"),
                     V(f"ESF {g.pick(['Aurora', 'Vila Rosa', 'Glória', 'Centro', 'Bento'])} {g.ri(1, 4)}"), V(f"{g.ri(1, 12):02d}"),
                     L(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"), V(g.iccid()), V(g.imei()),
                     L(g.email(p), "EMAIL_ADDRESS") if g.chance(0.6) else V("")])
    table_csv(doc, ["nome", "cpf", "cns", "equipe", "microarea", "linha", "iccid", "imei_tablet", "email"], rows, sep=g.pick([";", ","]))
    doc.f("# observação: microárea 07 descoberta desde «d»; chip reserva ICCID «ic»\n", d=g.date(), ic=g.iccid())
    return doc


def sa_senior(g: Gen) -> Doc:
    """Registration form of a teleassistance (panic button with SIM) service for an elderly person."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    p = g.person()
    dr = g.person()
    inst = g.person(female=False)
    ci, uf = g.city()
    doc.f("«op» | ALERTA SÊNIOR — Ficha de cadastro do usuário\nContrato: «ct»   Equipamento: pulseira SOS + base 4G (série «sn»)\n"
          "Instalação: «d»   Técnico: «t»\n\n", op=op, ct=doc.n11(g), sn=g.ont_sn(), d=g.date(), t=P(g.pick([inst.short, inst.full])))
    by = g.ri(1928, 1955)
    doc.f("1) USUÁRIO\nNome: «n»\nData de nasc.: «dob» («age» anos)   CPF: «cpf»\nCNS: «cns»   Plano de saúde: «pl» carteirinha «cart»\n"
          "Endereço: «a»\nBairro: «b»   Cidade: «ci»/«uf»   CEP: «cep»\nTelefone fixo: «tf»\n",
          n=P(p.full), dob=L(g.dob("br", by, by), "DATE_OF_BIRTH"), age=2025 - by, cpf=L(g.cpf(), "BR_CPF"),
          cns=L(g.cns(), "BR_CNS"), pl=g.pick(["Unimed", "Hapvida", "SUS", "Bradesco Saúde", "Cassi"]), cart=f"{g.d(3)} {g.d(4)} {g.d(6)} {g.d(2)}",
          a=L(g.address(), "ADDRESS"), b=bairro(g), ci=ci, uf=uf, cep=L(g.cep(), "BR_CEP"), tf=L(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("\n2) SAÚDE\nCondições: «c»\nMedicamentos em uso: «m»\nAlergias: «al»\nMédico(a) de referência: «dr» — «crm» — consultório «dp»\n",
          c=", ".join(g.rng.sample(["I10 (hipertensão)", "E11.9 (diabetes tipo 2)", "G30.9 (Alzheimer inicial)", "I48 (fibrilação atrial)",
                                    "M81.0 (osteoporose)", "H91.9 (perda auditiva)", "Z99.1"], 3)),
          m=g.pick(["losartana 50 mg, metformina 850 mg", "varfarina 5 mg, AAS", "donepezila 10 mg, sinvastatina 20 mg"]),
          al=g.pick(["dipirona", "nega", "penicilina", "frutos do mar"]), dr=P(dr.full), crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"),
          dp=L(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.t("\n3) CONTATOS DE EMERGÊNCIA (ordem de acionamento)\n")
    for k in range(1, g.ri(3, 4) + 1):
        r = g.relative(p) if k < 3 else g.person()
        if k < 3:
            rel = g.pick(["filha", "neta", "nora", "sobrinha"]) if r.female else g.pick(["filho", "neto", "genro"])
        else:
            rel = g.pick(["vizinha (tem a chave)", "síndica", "cuidadora"]) if r.female else g.pick(["vizinho (tem a chave)", "síndico", "cuidador"])
        doc.f("«k». «n» — «r» — «ph»", k=k, n=P(g.pick([r.full, r.short, r.nick]) if k < 3 else g.pick([r.first, r.short])), r=rel,
              ph=L(g.phone(), "PHONE_NUMBER"))
        if g.chance(0.35):
            doc.f(" — «em»", em=L(g.email(r), "EMAIL_ADDRESS"))
        doc.t("\n")
    doc.f("\nObs. instalação: «o»\nTeste de acionamento: «h» — atendido pela central em «s» s.\n",
          o=typo(g.pick(["base instalada na sala, sinal 4G fraco no quarto (torre da Glória)", "usuária não usa a pulseira à noite, orientada",
                         "chave com a vizinha, portão azul", "cachorro bravo no quintal, tocar a campainha"]), g),
          h=g.hm(), s=g.ri(8, 40))
    return doc


# =========================================================================== financeiro

COLLECTORS = ["Assessoria Prudente Cobranças Ltda", "Recupera Bandeira Gestão de Crédito", "Cobrança Amado & Neves",
              "Estrela Recuperação de Ativos S.A."]


def fi_carta(g: Gen) -> Doc:
    """Collection letter for unpaid phone/broadband bills, with a settlement offer (boleto or Pix)."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    col = g.pick(COLLECTORS)
    c = g.person()
    neg = g.person()
    ci, uf = g.city()
    doc.f("«col»\nCNPJ «cnpj» — em nome de «op»\n\n«ci», «d»\n\nA(o) Sr(a).\n«n»\n«a»\n«b» — «ci2»/«uf»\nCEP «cep»\n\n",
          col=col, cnpj=L(g.cnpj(), "BR_CNPJ"), op=op, ci=g.city()[0], d=g.date("long"), n=P(g.pick([c.caps, c.full])),
          a=L(g.address(g.pick(["caps", "text"])), "ADDRESS"), b=bairro(g), ci2=ci, uf=uf, cep=L(g.cep(), "BR_CEP"))
    if g.chance(0.6):
        doc.f("(enviada também por e-mail para «em»)\n\n", em=L(g.email(c), "EMAIL_ADDRESS"))
    doc.f("Ref.: débitos em aberto — CPF «cpf» — cliente «cli»\n\nPrezado(a) cliente,\n\nConsta em nossos registros o não pagamento das "
          "faturas abaixo, referentes à linha «ln» e ao plano «pl»:\n\n", cpf=L(g.cpf(), "BR_CPF"), cli=g.d(10),
          ln=L(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), pl=g.pick(PLANS))
    rows = []
    tot = 0.0
    for _ in range(g.ri(2, 4)):
        v = g.rng.uniform(60, 420)
        tot += v
        rows.append([V(g.d(12)), V(g.date()), V("R$ " + brl(v)), V(g.pick(["vencida", "vencida", "vencida + multa 2%"]))])
    table_fixed(doc, ["Fatura", "Vencimento", "Valor", "Situação"], rows, gap="    ", rule=g.pick(["-", ""]))
    if g.chance(0.5):
        model, price = phone_model(g)
        doc.f("Parcelas do aparelho «m» (IMEI «im»): «n» x R$ «v»\n", m=model, im=g.imei(), n=g.ri(2, 9), v=brl(price / 12))
    doc.f("\nTotal atualizado: R$ «t» (juros de 1% a.m. e correção, conforme art. 52 do CDC).\n\nPROPOSTA DE ACORDO: pagamento à vista de R$ «a» "
          "(desconto de «p»%) até «d».\n\n", t=brl(tot * 1.12), a=brl(tot * 0.6), p=40, d=g.date())
    if g.chance(0.55):
        doc.f("Pague pelo Pix (chave aleatória «k», favorecido «col») ou pela linha digitável:\n«bl»\n\n", k=L(g.uuid(), "PIX_KEY"), col=col,
              bl=g.boleto())
    else:
        doc.f("Linha digitável: «bl»\n\n", bl=g.boleto())
    doc.f("Caso já tenha pago, desconsidere. O não pagamento poderá levar à inclusão do CPF nos órgãos de proteção ao crédito (art. 43 do CDC). "
          "Dúvidas: 0800 «z» ou cobranca@«dm».\n\nAtenciosamente,\n«ng»\nNegociador(a) — matrícula «m»\n",
          z=f"{g.d(3)} {g.d(4)}", dm=re.sub(r"[^a-z]", "", fold(col.split()[1]).lower()) + ".com.br", ng=P(g.pick([neg.full, neg.short])), m=g.d(5))
    if g.chance(0.4):
        doc.f("\n[anotação manuscrita digitalizada] cliente ligou «d», pediu p/ falar c/ «o» depois das 18h no «ph»\n", d=g.date("short"),
              o=P(g.pick([c.first, c.nick, g.relative(c).first])), ph=L(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_regua(g: Gen) -> Doc:
    """Collection-queue CSV (régua de cobrança) with street and number in separate columns."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    an = g.person()
    doc.f("fila_cobranca_«f»_d«dd».csv — gerado pelo motor de régua às «h» — dono: «a»\n", f=fold(op.split()[0]).lower(), dd=g.pick([15, 30, 45, 60, 90]),
          h=g.hms(), a=P(an.full))
    rows = []
    for _ in range(g.ri(5, 7)):
        c = g.person()
        t, nm, num, comp = g.street_parts()
        ci, uf = g.city()
        rows.append([V(g.d(9)), P(g.pick([c.caps, c.caps, c.full, c.plain])), L(g.cpf(g.pick(["raw", "raw", "dot"])), "BR_CPF"),
                     L(g.phone("cc"), "PHONE_NUMBER"), L(g.email(c), "EMAIL_ADDRESS") if g.chance(0.6) else V(""),
                     L(f"{t} {nm}".upper(), "ADDRESS"), V(num.upper()), V(comp.upper()), V(fold(bairro(g)).upper()), V(fold(ci).upper()), V(uf),
                     L(g.cep(False), "BR_CEP"), V(str(g.ri(5, 180))), V(brl(g.rng.uniform(49, 2400)).replace(".", "")), V(g.pick(["SMS", "URA", "WPP", "EMAIL", "HUMANO"]))])
    table_csv(doc, ["id_cliente", "nome", "cpf", "msisdn", "email", "logradouro", "numero", "complemento", "bairro", "cidade", "uf", "cep",
                    "dias_atraso", "valor_aberto", "canal_prox_acao"], rows, sep=g.pick([";", ",", "|"]))
    doc.f("# total «n» registros; excluídos «x» por ordem judicial (processo «cnj») e «y» com acordo vigente\n", n=len(rows), x=g.ri(1, 3),
          cnj=g.cnj(), y=g.ri(0, 4))
    return doc


def fi_indeniza(g: Gen) -> Doc:
    """Device-insurance indemnity payment authorisation (theft claim) with bank data of the insured."""
    doc = Doc()
    s = g.person()
    an = g.person()
    ap = g.person()
    model, price = phone_model(g)
    ins = g.pick(["Seguradora Fiel Proteção S.A.", "Amparo Seguros de Bens", "Seguros Bandeira Branca S.A."])
    dom = INS_DOM[ins]
    doc.f("«ins» — AUTORIZAÇÃO DE PAGAMENTO DE INDENIZAÇÃO\nSinistro: «sn»   Ramo: 0171 (Riscos Diversos — Equipamentos)   Evento: «ev» em «d»\n\n",
          ins=ins.upper(), sn=g.d(10), ev=g.pick(["roubo", "furto qualificado", "quebra acidental"]), d=g.date())
    doc.f("SEGURADO\nNome: «n»\nCPF: «cpf»   Nasc.: «dob»\nTelefone: «ph»   E-mail: «em»\n\n", n=P(s.full), cpf=L(g.cpf(), "BR_CPF"),
          dob=L(g.dob(), "DATE_OF_BIRTH"), ph=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(s), "EMAIL_ADDRESS"))
    doc.f("BEM SINISTRADO\n«m» — IMEI «im» — NF «nf» de «dn» — valor de nota R$ «v»\nBO nº «bo» — bloqueio do IMEI na Anatel (CEMI) em «db»\n\n",
          m=model, im=g.imei(), nf=g.d(9), dn=g.date(), v=brl(price), bo=f"{g.d(5)}/{g.ri(2024, 2026)}", db=g.date())
    fr = price * g.pick([0.2, 0.25, 0.3])
    doc.f("CÁLCULO\nLimite máximo de indenização: R$ «lmi»\n(-) Franquia («p»%): R$ «fr»\n(-) Parcelas em aberto do prêmio: R$ «pa»\n"
          "= Valor líquido: R$ «vl»\n\n", lmi=brl(price), p=round(fr / price * 100), fr=brl(fr), pa=g.money(0, 80), vl=brl(price - fr))
    doc.t("DADOS PARA CRÉDITO\n")
    if g.chance(0.6):
        doc.f("Banco: «bk»   Agência: «ag»   Conta: «cc» («tp»)   Titular: «t»\n", bk=g.pick(["001 Banco do Brasil", "104 CEF", "237 Bradesco",
                                                                                            "341 Itaú", "260 Nu Pagamentos", "077 Inter"]),
              ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), tp=g.pick(["corrente", "poupança"]), t=P(s.caps))
    else:
        doc.f("Pix — chave «tk»: «k»   Titular: «t»\n", tk="aleatória", k=L(g.uuid(), "PIX_KEY"), t=P(s.caps))
    doc.f("\nAnalista regulador(a): «an» («ae»)\nAprovação (alçada até R$ 10.000): «ap»   Data: «d»\nCentro de custo «cc» — lote CNAB «lt»\n",
          an=P(an.full), ae=L(corp_mail(an, dom), "EMAIL_ADDRESS"), ap=P(g.pick([ap.short, ap.caps])), d=g.date(), cc=g.d(6), lt=doc.n11(g))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """Chargeback report of the online store (phones bought with stolen cards), boxed table and analyst notes."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    an = g.person()
    doc.f("Loja Online «op» — Relatório de chargebacks — semana «w»/«y»\nAnalista de prevenção: «a»\nAdquirente: «aq»\n\n",
          op=op, w=g.ri(1, 52), y=g.ri(2024, 2026), a=P(an.full), aq=g.pick(["Cielo", "Rede", "Stone", "Getnet"]))
    rows = []
    notes = []
    for _ in range(g.ri(4, 5)):
        p = g.person()
        masked = g.chance(0.25)
        rows.append([V(f"{g.d(7)}-{g.pick(['LO', 'MK', 'AP'])}"), V(g.date("short")), P(fold(p.short).upper()),
                     V(g.masked_card()[:19]) if masked else L(g.card(), "CREDIT_CARD"), L(g.ip(g.pick(["pub", "cgnat"])), "IP_ADDRESS"),
                     L(g.cep(), "BR_CEP"), V(g.pick(["4837", "4863", "10.4", "13.1"])), V(brl(g.rng.uniform(900, 9000)))])
        if g.chance(0.45):
            notes.append((p, g.email(p)))
    table_box(doc, ["Pedido", "Data", "Portador", "Cartão", "IP compra", "CEP entrega", "Motivo", "Valor R$"], rows)
    doc.t("\nNotas:\n")
    for p, em in notes:
        doc.f("- pedido de «n»: e-mail «em» criado 2 dias antes; entrega em «a», recebida por «r»\n", n=P(p.first),
              em=L(em, "EMAIL_ADDRESS"), a=L(g.address("low"), "ADDRESS"), r=P(g.pick([g.person().first, g.person().full])))
    doc.f("- mesmo device fingerprint «fp» em 3 pedidos; retirada na «st» por «q» (CPF «cpf»)\n", fp=g.hexs(16), st=g.pick(STORES),
          q=P(g.person().full), cpf=L(g.cpf(), "BR_CPF"))
    doc.f("- CPF «x» informado no checkout é inválido (falha no DV)\n", x=doc.n11(g, dotted=True))
    doc.f("Ação: bloquear CEPs na regra R-«r»; contestar 2 (representment). Revisão: «rv».\n", r=g.d(3), rv=P(g.person().short))
    return doc


def fi_comissao(g: Gen) -> Doc:
    """Monthly commission payout of store sellers: CSV with CPF, PIS, bank data and Pix keys of several kinds."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    resp = g.person()
    doc.f("comissoes_vendedores_«m».csv — Remuneração Variável «op» — aprovado por «r» em «d»\n", m=f"{g.ri(2024, 2026)}{g.ri(1, 12):02d}",
          op=op, r=P(resp.full), d=g.date())
    rows = []
    for _ in range(g.ri(5, 7)):
        p = g.person()
        kind = g.pick(["aleatoria", "aleatoria", "email", "celular", "cpf", "conta"])
        cpf = g.cpf("raw")
        if kind == "aleatoria":
            key = L(g.uuid(), "PIX_KEY")
        elif kind == "email":
            key = L(g.email(p), "EMAIL_ADDRESS")
        elif kind == "celular":
            key = L(g.phone("e164"), "PHONE_NUMBER")
        elif kind == "cpf":
            key = L(g.cpf("raw"), "BR_CPF")
        else:
            key = V("")
        rows.append([P(g.pick([p.full, p.caps])), L(cpf, "BR_CPF"), L(g.pis(), "BR_PIS"), V(g.pick(STORES)),
                     V(g.pick(["001", "104", "237", "341", "260", "336"])), L(g.agency(), "BANK_ACCOUNT"), L(g.account(), "BANK_ACCOUNT"),
                     V(kind), key, V(str(g.ri(8, 60))), V(brl(g.rng.uniform(300, 4800)))])
    table_csv(doc, ["vendedor", "cpf", "pis", "loja", "banco", "agencia", "conta", "tipo_chave", "chave_pix", "ativacoes", "comissao"], rows, sep=";")
    doc.f("# estornos de «n» ativações canceladas em 7 dias (política CV-«p»); contestação pelo e-mail rh@«dm» até «d»\n",
          n=g.ri(1, 9), p=g.d(2), dm=op_dom(op), d=g.date())
    return doc


def fi_crediario(g: Gen) -> Doc:
    """Credit analysis for buying a phone in instalments (crediário): applicant, employer, references, decision."""
    doc = Doc()
    c = g.person()
    an = g.person()
    model, price = phone_model(g)
    emp = g.pick(["Supermercados Prudente Ltda", "Transportadora Bento & Lobo", "Clínica Odontológica Sorriso da Aurora",
                  "Padaria Flor do Trigo ME", "Prefeitura Municipal", "Construtora Neves Torres S.A."])
    doc.f("ANÁLISE DE CRÉDITO — CREDIÁRIO «st»\nProposta «pr»   Data «d»   Operador(a): «a» (usuário «lg»)\n\n",
          st=g.pick(STORES), pr=doc.n11(g), d=g.date(), a=P(an.short), lg=staff_login(g, an))
    doc.f("Proponente: «n»\nCPF «cpf»   RG «rg»   Nasc. «dob»   Estado civil: «cv»\nEndereço: «a», «b», «ci» — CEP «cep»   Reside há «y» anos (imóvel «im»)\n"
          "Celular «ph»   E-mail «em»\n",
          n=P(g.pick([c.full, c.caps])), cpf=L(g.cpf(), "BR_CPF"), rg=L(g.rg(), "BR_RG"), dob=L(g.dob(), "DATE_OF_BIRTH"), cv=civil(g, c),
          a=L(g.address(), "ADDRESS"), b=bairro(g), ci=city_uf(g), cep=L(g.cep(), "BR_CEP"), y=g.ri(1, 20), im=g.pick(["próprio", "alugado", "cedido"]),
          ph=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(c), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("CNH «cnh» apresentada como documento com foto\n", cnh=L(g.cnh(), "BR_CNH"))
    elif g.chance(0.5):
        doc.f("Documento complementar: título de eleitor «te» (zona «z»)\n", te=L(g.titulo(), "BR_TITULO_ELEITOR"), z=g.d(3))
    doc.f("\nRENDA\nEmpregador: «e» — CNPJ «cnpj» — admissão «ad»\nRenda declarada: R$ «r»   Comprovada: «cp»\n",
          e=emp, cnpj=L(g.cnpj(), "BR_CNPJ"), ad=g.date(year=g.ri(2010, 2024)), r=g.money(1412, 7000),
          cp=g.pick(["holerite", "extrato bancário 3 meses", "não comprovada"]))
    if g.chance(0.5):
        doc.f("Patrimônio: veículo «vm» placa «pl» (quitado)\n", vm=g.pick(["Onix 2019", "HB20 2021", "moto CG 160 2022", "Strada 2018"]),
              pl=L(g.plate(), "LICENSE_PLATE"))
    doc.t("\nREFERÊNCIAS PESSOAIS\n")
    for _ in range(2):
        r = g.person()
        doc.f("- «n» («rl») «ph»\n", n=P(g.pick([r.full, r.short, r.first + " " + g.pick(["(vizinha)", "(colega)", ""]).strip()]) .strip()),
              rl=g.pick(["amigo(a)", "parente", "colega de trabalho"]), ph=L(g.phone(), "PHONE_NUMBER"))
    sc = g.ri(180, 980)
    ok = sc >= 450
    doc.f("\nBUREAU: score «s» | «neg» | consultas 90d: «q»\nProduto: «m» — R$ «p» — entrada R$ «e» — «n»x R$ «v» (CET «cet»% a.a.)\n"
          "DECISÃO: «dc»\n", s=sc, neg=g.pick(["sem restrições", "1 restrição (R$ " + g.money(80, 900) + ", Onda Celular)", "protesto baixado"]),
          q=g.ri(0, 9), m=model, p=brl(price), e=brl(price * 0.1), n=g.pick([10, 12, 18]), v=brl(price * 1.3 / 12),
          cet=f"{g.ri(60, 180)},{g.d(2)}", dc="APROVADO" if ok else g.pick(["REPROVADO — política P-07", "PENDENTE — mesa de crédito"]))
    if not ok and g.chance(0.6):
        av = g.relative(c)
        doc.f("Sugestão: incluir avalista. Cliente indicou «n», CPF «cpf», tel. «ph».\n", n=P(av.full), cpf=L(g.cpf(), "BR_CPF"),
              ph=L(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_simswap(g: Gen) -> Doc:
    """Fraud team report on a SIM-swap: event log, the victim's losses, mule accounts, the dealer seller involved."""
    doc = Doc()
    op = g.pick(OPERADORAS)
    v = g.person()
    sel = g.person()
    an = g.person()
    dealer = g.pick(["Amado Celulares Ltda", "Luz & Flor Telefonia Ltda", "Celular Prudente Comércio Ltda", "Bento Cell ME"])
    doc.f("RELATÓRIO DE PREVENÇÃO À FRAUDE — RPF «n»\nAssunto: troca de chip fraudulenta seguida de transações bancárias\nAnalista: «a» — «ae»\n\n",
          n=f"{g.ri(2024, 2026)}/{g.d(4)}", a=P(an.full), ae=L(corp_mail(an, op_dom(op)), "EMAIL_ADDRESS"))
    ddd, local = g.pick(DDDS), "9" + str(g.ri(6, 9)) + g.d(7)
    doc.f("1. Vítima: «n», CPF «cpf», linha «ln», cliente desde «d», «pl».\n", n=P(v.full), cpf=L(g.cpf(), "BR_CPF"),
          ln=L(g.pick([f"({ddd}) {local[:5]}-{local[5:]}", f"{ddd}{local}", f"{ddd} {local[:5]}-{local[5:]}"]), "PHONE_NUMBER"),
          d=g.date(year=g.ri(2012, 2022)), pl=g.pick(PLANS))
    doc.t("\n2. Linha do tempo (logs HLR/CRM):\n")
    day = g.date("iso")
    ts = clock(g, 5, 14 * 3600, 20 * 3600, step=(60, 2400), secs=True)
    imsi = g.imsi()
    doc.f("«d» «t» CRM  SIMSWAP msisdn=«ms» iccid_old=«i1» iccid_new=«i2» pdv=AA-«p» user=«u» ip=«ip»\n", d=day, t=ts[0],
          ms=L(f"55{ddd}{local}", "PHONE_NUMBER"), i1=g.iccid(), i2=g.iccid(), p=g.d(4), u=staff_login(g, sel), ip=L(g.ip("priv"), "IP_ADDRESS"))
    doc.f("«d» «t» HLR  UPDATE_LOCATION imsi=«im» vlr=«vl» cell=«c»\n", d=day, t=ts[1], im=imsi, vl=g.d(10), c=g.pick(CELL_SITES).replace(" ", "_"))
    doc.f("«d» «t» SMS  MT from=«bk» text=\"Seu código de acesso é ******\"\n", d=day, t=ts[2], bk=g.pick(["BANCOXYZ", "29104", "NUBANK", "27888"]))
    doc.f("«d» «t» APP  login_bank_app device=novo ip_pub=«ip» (fonte: banco parceiro)\n", d=day, t=ts[3], ip=L(g.ip("pub"), "IP_ADDRESS"))
    doc.f("«d» «t» CRM  reclamação da vítima na loja — protocolo «pr»\n\n", d=day, t=ts[4], pr=g.protocol())
    doc.f("3. Prejuízo informado pelo banco da vítima (agência «ag», conta «cc»): R$ «t», em transferências para:\n",
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), t=g.money(3000, 30000))
    for _ in range(g.ri(2, 3)):
        m = g.person()
        if g.chance(0.5):
            doc.f("   • «n» — CPF «cpf» — chave Pix aleatória «k»\n", n=P(m.caps), cpf=L(g.cpf(), "BR_CPF"), k=L(g.uuid(), "PIX_KEY"))
        else:
            doc.f("   • «n» — ag. «ag» c/c «cc» (banco «b»)\n", n=P(m.caps), ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"),
                  b=g.pick(["260", "380", "323", "290"]))
    doc.f("\n4. PDV: «dl» (CNPJ «cnpj»). Vendedor(a) logado(a): «s», CPF «scpf», admissão «ad». Documento usado: RG «rg» em nome da vítima, "
          "com foto divergente (biometria não realizada — «bio»).\n", dl=dealer, cnpj=L(g.cnpj(), "BR_CNPJ"), s=P(sel.full), scpf=L(g.cpf(), "BR_CPF"),
          ad=g.date(year=2024), rg=L(g.rg(), "BR_RG"), bio=g.pick(["contingência manual", "falha de câmera alegada", "override do gerente"]))
    doc.f("5. Medidas: ressarcimento de R$ «r» (tarifas e aparelho), bloqueio do login, notificação ao AA (cláusula 9ª), comunicação ao banco e "
          "BO nº «bo». Encaminhado a «j» (Jurídico) e «c» (Canais).\n", r=g.money(200, 3000), bo=f"{g.d(5)}/{g.ri(2024, 2026)}",
          j=P(g.person().short), c=P(g.person().first))
    return doc


# =========================================================================== build and self-check

TEMPLATES = {
    "atendimento": [at_venda, at_chat, at_porta, at_os, at_recarga, at_anatel, at_whats],
    "juridico": [ju_peticao, ju_bo, ju_audiencia, ju_notificacao, ju_oficio, ju_contrato, ju_sinistro],
    "saude": [sa_atestados, sa_acidente, sa_linhas, sa_telemonitor, sa_fono, sa_acs, sa_senior],
    "financeiro": [fi_carta, fi_regua, fi_indeniza, fi_chargeback, fi_comissao, fi_crediario, fi_simswap],
}

ROLE_BOXES = ("sac", "rh", "dp", "juridico", "contato", "ouvidoria", "financeiro", "cobranca", "privacidade", "dpo",
              "suporte", "suporte.b2b", "ti", "noreply", "no-reply", "atendimento", "b2b", "sinistros", "fraude", "secretaria", "oficios")


def check(record: dict, negs: list[str]) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", v)
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
            raw = re.sub(r"[^0-9X]", "", v)
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8 and re.fullmatch(r"\d{5}-?\d{3}|\d{2}\.\d{3}-\d{3}", v), (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 8 <= len(digits) <= 13, (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+", v), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z0-9]\d{2}", v), (record["id"], v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\d.]+(-[\dXx])?", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|d)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@_]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not v.split("@")[0] in ROLE_BOXES, (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|CREA|OAB|COREN|Coren|CRFa|CREFITO|CRP)\b", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"(19[2-9]\d|200\d|\b\d\d$)", v), (record["id"], v)
        elif lab == "ADDRESS":
            assert re.match(r"(?i)(rua|r\.?|avenida|av\.?|travessa|tv\.?|alameda|al\.?|estrada|est\.?|estr|rodovia|praça|pra[cç]a|vila|largo|conjunto)\s", fold(v)), (record["id"], v)
    labelled = [(s["start"], s["end"]) for s in record["spans"]]
    for n in negs:
        assert not cpf_ok(n), (record["id"], n)
        assert n in text or fmt_cpf(n) in text, (record["id"], n)
        for m in re.finditer(re.escape(n) + "|" + re.escape(fmt_cpf(n)), text):
            assert not any(a <= m.start() < b for a, b in labelled), (record["id"], n)
    # every 11-digit run in the text that is not inside a gold span must fail the CPF check
    for m in re.finditer(r"(?<![\d.-])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\d-])", text):
        if not any(a <= m.start() < b for a, b in labelled):
            assert not cpf_ok(re.sub(r"\D", "", m.group())), (record["id"], m.group())
    # every e-mail in the text is labelled unless it is a role mailbox
    for m in re.finditer(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", text):
        if not any(a <= m.start() < b for a, b in labelled):
            assert m.group().split("@")[0] in ROLE_BOXES, (record["id"], m.group())


NEG_COUNT = [0]


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: s["start"])
                record = {"id": f"{domain}-{index}-{copy}", "domain": domain, "text": doc.text, "spans": spans}
                check(record, doc.negs)
                NEG_COUNT[0] += len(doc.negs)
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
    print("fiftyfifth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")
    print(f"  11-digit hard negatives placed (all fail the CPF check): {NEG_COUNT[0]}")


if __name__ == "__main__":
    sys.exit(main())
