"""Build the sixty-first labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_sixtyfirst_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), stdlib only, seed 6161, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: agribusiness and rural producers — cooperatives' member
files and grain reception, family-farming (CAF) and Pronaf rural-credit files, CAR/CCIR/ITR land
registrations, cattle transit permits (GTA) and veterinary inspections, agronomists' pesticide
prescriptions (CREA), harvest contracts (CPR) and grain settlements, rural workers' payroll,
accidents and poisonings, land and lease disputes, spread over the four domains the way a
cooperative, a rural union, a rural health post, an agrarian-law office or a rural accountant
would produce them.
- atendimento: a cooperative member file printed from the ERP (dotted leaders; spouse, properties
  with CAR/CCIR/NIRF, account and random Pix key for production payments); a WhatsApp export
  between a producer and the grain reception desk (truck and trailer plates, driver's CNH, a
  mistyped CPF); an e-mail thread asking the animal-health desk for a GTA (vet with CRMV, cattle
  truck, driver, SISBOV tags); the members' portal application log pasted in a support ticket
  (CPF as login, IPs, e-mail/phone change, EVP Pix key registered by an intruder); an OCR-scanned
  CAF (family-farming registration) with the family composition table; a ruled delivery schedule
  of a receiving unit (producer CPF or CNPJ, driver, CNH, plates); an extensionist's (ATER) visit
  report e-mailed to the producer.
- juridico: a petition of reintegração de posse over a rural plot (parties qualified, OAB, CNJ
  number, matrícula/CCIR/CAR); a Cédula de Produto Rural with spouse, guarantor and witnesses; a
  rural worker's labour claim after a machine accident (PIS, doctor with CRM, CAT number); an
  extrajudicial notice ending a rural lease (Estatuto da Terra); the minutes of a conciliation
  hearing in a boundary dispute (surveyor with CREA, witnesses with RG and address); a public deed
  of extrajudicial probate of a farm (heirs, spouse, vehicle, account); a CSV export of the
  agrarian-law office's case list.
- saude: a SINAN exogenous-poisoning (pesticide) notification; a ruled or plain list of
  occupational health certificates (ASO) of a harvest crew; a CAT of a rural worker (snakebite,
  fall from a horse, machine injury); a veterinary vaccination/inspection certificate of a herd; an
  agronomic prescription (receituário agronômico) with light OCR noise; a WhatsApp between a
  community health agent and the rural health post (CNS, pregnant worker, poisoning); a CSV extract
  of a vaccination campaign held at a cooperative's unit.
- financeiro: a Pronaf credit proposal (NIS, CAF, título, project technician with CREA, guarantor);
  a CSV statement of grain deliveries (romaneios, plates, drivers, payment by TED or Pix); a ruled
  payroll of harvest workers (PIS, Pix random key or agency/account); an e-mail renegotiating an
  overdue input account (card number typed in the e-mail, masked card in the internal note); a
  rural accountant's DITR/CCIR summary for a condominium of heirs (CRC); a cattle auction
  settlement (buyers with CPF or CNPJ, commission, account and random Pix key); the bank
  reconciliation of a cooperative's farm store (Pix and TED counterparts, chargeback card).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Dra.", "dona",
"seu"; particles inside a name (de, da, dos, e, van der) are part of it; "SURNAME, Given" and
"SURNAME, GIVEN" are one span; nicknames (Zé, Tião, Dito, Néia, "Alemão", "Baiano" as what a
person is called) and first names alone are persons. Staff named in the text (attendants,
extensionists, analysts, nurses, doctors, vets, agronomists, lawyers, accountants, clerks,
auctioneers) are persons; system logins (mbenevides), reception desks and units shown as WhatsApp
senders ("Recebimento Unid. Toledo", "UBS Rural São Bento") are not. Corporate e-mails of people are
EMAIL_ADDRESS; role mailboxes (sanidade.animal@, cobranca@) are not labelled. ADDRESS is street type
+ name + number + complement (not bairro, city, state; CEP is BR_CEP); a company's or a court's
address is not labelled. Agency and account are separate BANK_ACCOUNT spans; bank codes and bank
names are not. DATE_OF_BIRTH only for birth dates (of the living and of a deceased person alike);
death, admission, accident, vaccination, delivery and due dates are not. PROFESSIONAL_ID includes
the council acronym and its UF (CRM, COREN, CRMV, CREA, CRC, OAB), with "nº" or a "/D" suffix
when written. PIX_KEY only for random (UUID) keys used as Pix keys.
New decisions of this set:
- Rural addresses of a person count as ADDRESS when written as a way plus a number or kilometre:
  "Estrada Vicinal VCL-040, km 12, Lote 37", "Linha Sete de Setembro, s/n", "Rodovia BR-163, km
  712 - Gleba A". The name of a farm ("Fazenda Santa Rosa", "Sítio Flor do Campo"), a gleba, a
  locality, "Zona Rural" and GPS coordinates are not labelled; nor is an employer's farm given
  as the place of an accident or of a property.
- Identifiers are labelled whoever holds them: the CNPJ of a buyer, a revenda or the cooperative,
  the cooperative's own agency and account in its bank reconciliation, a transport company's
  truck plate (LICENSE_PLATE, truck and trailer separately). A branch where a proposal is filed
  ("PA 12") is not a bank account.
- NIS numbers (same algorithm as PIS) are BR_PIS. A WhatsApp sender shown as a number is
  PHONE_NUMBER. OCR-damaged values (CPF with "S" for "5", names with "l" for "I") are labelled as
  they stand.
- Not labelled (agricultural and registry numbers): CAR codes, CCIR/SNCR codes, NIRF/CIB, matrícula
  of a property, inscrição estadual de produtor, CAEPF, CAF/DAP numbers, GTA numbers, SISBOV ear
  tags (15 digits, checked to fail the CNS check), romaneio and NF numbers, RENAVAM, CTPS, CAT
  numbers, ART numbers, SIGEF certifications, CPR registration codes, protocol and ticket numbers,
  masked cards (asterisks).

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Kellyane, Sidnalva, Ivonei, Vandeir, Claudiomiro; Italian and German of the South, Pomeranian of
Espírito Santo, Dutch of Holambra/Carambeí, Japanese, Lebanese, Korean, Chinese, Polish/Ukrainian
of Paraná, Haitian, Angolan, Senegalese, Bolivian, indigenous, Jewish), at least a quarter of the
name words rare or invented (the script prints the share); names that are also words (Rosa, Luz,
Flor, Vitória, Aurora, Esperança, Glória, Bento, Prudente, Amado, Justo, Leão, Severo; surnames
Branco, Bezerra, Carneiro, Leitão, Cordeiro, Coelho, Pinheiro, Pastor) next to the same words as
words ("bezerras", "carneiro com ectima", "seria prudente", "conta de luz do pivô", "a flor do
café", "campo em branco") and in places, farms, streams and companies (Presidente Prudente, Bento
Gonçalves, Santa Rosa, Fazenda Boa Esperança, Sanga do Leão, Leilões Carneiro & Pastor, Agroquímica
Rosa Branca), which are not persons. Forms: full, ALL CAPS without accents, lower case, first name
alone, short (first + last), nickname, "SURNAME, Given".

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(romaneios, RENAVAM, CAT and ITCMD guide numbers, mistyped CPFs), ICD-10 codes (T60.0, X48, S61.0),
money, sacas, hectares and weights, protocol/ticket/order numbers, company names containing a
surname (Agropecuária Bortolini Ltda, Cerealista Haddad & Filhos, Transportes Kinjo), street names
honouring people outside an address, laws ("Lei 7.802/1989", "Lei 5.889/1973", "Decreto
59.566/1966", "NR-31"), dates that are not birth dates. The script checks every span (non-empty,
stripped, in range, no overlap, check digits of CPF/CNPJ/PIS/CNS/título/CNH/RG/cards) and that every
unlabelled CPF-shaped number and every generated 11-digit hard negative fails the CPF check.
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
SEED = 6161
OUT = "sixtyfirst.jsonl"

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
MONTHS_AB = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Maria", "Ana Paula", "Juliana", "Fernanda", "Patrícia", "Adriana", "Sandra", "Cláudia", "Luciana",
        "Simone", "Márcia", "Camila", "Tatiane", "Eliane", "Cristina", "Rosângela", "Aparecida", "Larissa",
        "Gabriela", "Letícia", "Beatriz", "Marlene", "Neusa", "Terezinha", "Lurdes", "Jaqueline", "Maria José",
        "Francisca", "Vanderléia", "Roseli", "Sueli", "Elisângela"]
RARE_F = ["Lucinéia", "Ivanilde", "Zenaide", "Dejanira", "Oneide", "Gessi", "Nelci", "Marinês", "Dilceia",
          "Elenir", "Loreci", "Nadir", "Iracy", "Clenir", "Valdirene", "Kellyane", "Ilzemar", "Eunildes",
          "Sidnalva", "Ariclene", "Tauane", "Cleusimar", "Joceli", "Lindaura", "Valdecira", "Zilmar", "Anízia",
          "Ereni", "Nelsi", "Dirlei", "Jussara Ivone", "Edinéia", "Marizete", "Odete Lúcia", "Gecilda", "Rozilda"]
PT_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Rafael",
        "Daniel", "Rodrigo", "Eduardo", "Márcio", "Gustavo", "Roberto", "Sebastião", "Valdir", "Gilberto", "Adão",
        "Ademir", "Jair", "Vilmar", "Osmar", "Benedito", "João Batista", "José Carlos", "Luiz Antônio", "Mateus"]
RARE_M = ["Olímpio", "Valdomiro", "Ernani", "Irineu", "Ivanor", "Darci", "Nercy", "Lauri", "Jucelino", "Deoclides",
          "Ilton", "Delmar", "Valmor", "Genésio", "Leomar", "Clodoaldo", "Adenilson", "Zenóbio", "Otacílio",
          "Deusdete", "Gumercindo", "Jandir", "Elizeu", "Sirineu", "Ladislau", "Valdecir", "Edegar", "Idalino",
          "Ezequias", "Vandeir", "Dirceu Jhonatan", "Aurélio Tito", "Juvêncio", "Ivonei", "Neuri", "Gilmar Idevan",
          "Claudiomiro", "Arlei", "Orestes"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Lima", "Ferreira", "Almeida", "Costa", "Gomes",
          "Ribeiro", "Martins", "Rocha", "Carvalho", "Moreira", "Mendes", "Barbosa", "Cardoso", "Teixeira", "Nunes",
          "Freitas", "Moraes", "Dias", "Machado", "Batista", "Vieira", "Rodrigues", "Alves", "Araújo", "Lopes"]
RARE_SUR = ["Canabarro", "Quevedo", "Brum", "Paim", "Fialho", "Sarmento", "Ximenes", "Benevides", "Cerqueira",
            "Aragão", "Bitencourt", "Lustosa", "Tavares Bastos", "Mourão", "Valadares", "Bezerril", "Jatobá",
            "Urbano", "Trindade Sá", "Gusmão", "Cotrim", "Araripe", "Sampaio Correa", "Feitosa", "Junqueira",
            "Rabelo", "Falcão", "Meireles", "Garcez", "Chagas", "Caldeira", "Assunção", "Viana Borba"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Esperança", "Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Justo", "Leão", "Severo"]
WORD_SUR = ["Branco", "Rosa", "Bezerra", "Carneiro", "Leitão", "Cordeiro", "Coelho", "Pinheiro", "Campos",
            "Pastor", "Amado", "Prudente", "Bento", "Raposo", "Lobo", "Fontes", "Vitória", "Luz"]
NICK = {"José": "Zé", "Antônio": "Tonho", "Francisco": "Chico", "Sebastião": "Tião", "Benedito": "Dito",
        "João Batista": "Batista", "Maria José": "Zezé", "Aparecida": "Cida", "Terezinha": "Teca", "Valdomiro": "Miro",
        "Gumercindo": "Gume", "Deusdete": "Dete", "Luiz": "Lula", "Ademir": "Mimi", "Lucinéia": "Néia",
        "Valdecira": "Cira", "Edegar": "Gá", "Ladislau": "Lau", "Zenaide": "Naide", "Otacílio": "Tatá",
        "Jucelino": "Juca", "Idalino": "Dalino"}
# (female given names, male given names, surnames) by origin
FOREIGN = {
    "it": (["Giustina", "Nives", "Ornela", "Ivete Maria"], ["Primo", "Angelo", "Dorvalino", "Gelson"],
           ["Bortolini", "Zanella", "Tonial", "Dal Molin", "Pasqualotto", "Ceolin", "Fracaro", "Basso", "Zanatta"]),
    "de": (["Edeltraud", "Irmgard", "Hildegard", "Elli"], ["Arno", "Egon", "Helmuth", "Nelso"],
           ["Gehlen", "Schmitt", "Kist", "Wollmeister", "Hammes", "Boettcher", "Raddatz", "Kuster"]),
    "pom": (["Ilse", "Erna", "Selvina"], ["Ervino", "Adelino", "Hilário"],
            ["Tesch", "Krüger", "Buss", "Ramlow", "Plaster", "Laeber"]),
    "nl": (["Anneke", "Geertje", "Willemijn"], ["Hendrik", "Jan Willem", "Pieter"],
           ["van der Meer", "Kok", "de Geus", "Verschoor", "Dijkstra", "Rabbers"]),
    "jp": (["Keiko", "Harumi", "Yukie", "Midori"], ["Tadashi", "Minoru", "Shigeru", "Issao"],
           ["Hayashi", "Nakamura", "Uehara", "Miyazaki", "Taniguchi", "Kawamoto"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Salim", "Habib", "Nagib"],
           ["Jabour", "Saad", "Haddad", "Rahal", "Bechara", "Chaim"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Kang", "Cho"]),
    "cn": (["Mei", "Li Na"], ["Wei", "Jian"], ["Zhang", "Liu", "Huang", "Guo"]),
    "ht": (["Marie-Ange", "Nadège", "Wideline"], ["Jean-Robert", "Fritznel", "Wilguens", "Dieunel"],
           ["Pierre", "Jean-Baptiste", "Saint-Fleur", "Dorcelus", "Exantus"]),
    "ao": (["Nzinga", "Ngueve", "Luzolo"], ["Kiluanje", "Mbaxi", "Ndonga"], ["Kiala", "Lukeny", "Mavinga", "Tchissola"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Moustapha", "Abdoulaye", "Babacar"], ["Diallo", "Mbaye", "Seck", "Faye", "Thiam"]),
    "bo": (["Juana", "Eulalia", "Nilda"], ["Freddy", "Wilber", "Teodoro"], ["Mamani", "Quispe", "Choque", "Condori"]),
    "in": (["Potyra", "Jaciara", "Araí"], ["Ubiraci", "Kauê", "Arakén", "Tainã"],
           ["Terena", "Guarani", "Kaiowá", "Pataxó", "Kaingang", "Xokleng", "Kadiwéu"]),
    "jw": (["Sara", "Ester", "Rivka"], ["Moisés", "Davi", "Benjamin"], ["Zylberstajn", "Goldfarb", "Wainer", "Feldman"]),
    "pl": (["Jadwiga", "Halina", "Olga"], ["Stanislau", "Casimiro", "Wladimir"],
           ["Kowalski", "Wisniewski", "Dombrowski", "Kulka", "Sloboda", "Hreczuk"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("pom", "nl", "ht", "ao", "sn", "bo", "in", "jw", "pl", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Wollmeister", "Raddatz", "Dorvalino", "Pasqualotto", "Tonial", "Fracaro", "Giustina", "Nives", "Gelson",
             "Kist", "Gehlen", "Hammes", "Edeltraud", "Irmgard", "Uehara", "Taniguchi", "Issao", "Jabour", "Rahal",
             "Zé", "Tonho", "Tião", "Dito", "Zezé", "Teca", "Miro", "Gume", "Dete", "Mimi", "Néia", "Cira", "Gá",
             "Lau", "Naide", "Tatá", "Juca", "Dalino"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Rocha", "Cunha", "Assunção", "Trindade Sá"}
DO_SUR = {"Nascimento", "Carmo", "Prado"}
DOS_SUR = {"Santos", "Campos", "Reis"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["65", "66", "67", "64", "62", "61", "63", "69", "68", "45", "46", "42", "43", "44", "49", "54", "55",
        "53", "51", "34", "38", "35", "16", "17", "18", "14", "77", "75", "89", "99", "94", "93", "27", "28"]
CITIES = [("Sorriso", "MT"), ("Lucas do Rio Verde", "MT"), ("Sinop", "MT"), ("Primavera do Leste", "MT"),
          ("Rondonópolis", "MT"), ("Rio Verde", "GO"), ("Jataí", "GO"), ("Cristalina", "GO"), ("Dourados", "MS"),
          ("Maracaju", "MS"), ("Chapadão do Sul", "MS"), ("Cascavel", "PR"), ("Toledo", "PR"), ("Castro", "PR"),
          ("Guarapuava", "PR"), ("Chapecó", "SC"), ("Concórdia", "SC"), ("Passo Fundo", "RS"), ("Cruz Alta", "RS"),
          ("Bento Gonçalves", "RS"), ("Santa Rosa", "RS"), ("Uberaba", "MG"), ("Patos de Minas", "MG"),
          ("Unaí", "MG"), ("Presidente Prudente", "SP"), ("Ribeirão Preto", "SP"), ("Barreiras", "BA"),
          ("Luís Eduardo Magalhães", "BA"), ("Balsas", "MA"), ("Uruçuí", "PI"), ("Paragominas", "PA"),
          ("Ji-Paraná", "RO"), ("Vilhena", "RO"), ("Santa Maria de Jetibá", "ES"), ("Holambra", "SP"),
          ("Carambeí", "PR"), ("Aurora", "CE"), ("Esperança", "PB"), ("Vitória da Conquista", "BA")]
UFS = ["MT", "GO", "MS", "PR", "SC", "RS", "MG", "SP", "BA", "MA", "PI", "PA", "RO", "TO", "ES"]
UF_IBGE = {"MT": "51", "GO": "52", "MS": "50", "PR": "41", "SC": "42", "RS": "43", "MG": "31", "SP": "35",
           "BA": "29", "MA": "21", "PI": "22", "PA": "15", "RO": "11", "TO": "17", "ES": "32", "CE": "23", "PB": "25"}
URBAN_NAMES = ["Barão de Mauá", "Presidente Prudente", "Coronel Bento Amado", "Irmã Dulce", "Getúlio Vargas",
               "Tiradentes", "Osvaldo Cruz", "das Flores", "Rosa Branca", "Aurora", "dos Pioneiros", "Mato Grosso",
               "Sete de Setembro", "Dom Pedro II", "Marechal Rondon", "Padre Anchieta", "dos Imigrantes",
               "Frei Caneca", "das Paineiras", "Tancredo Neves", "Jacob Tesch", "Luz Divina", "Bruno Gehlen",
               "Issao Uehara", "Armando Dal Molin", "Vitória Régia", "João Pessoa", "Santos Dumont"]
RURAL_ROADS = ["Estrada Municipal da Esperança", "Estrada Vicinal VCL-040", "Estrada do Cerne", "Estrada Geral Linha Aurora",
               "Estrada Boiadeira", "Estrada da Prata", "Estrada Velha de Castro"]
LINHAS = ["Linha Sete de Setembro", "Linha São Bento", "Linha Bonita", "Linha Santa Rosa", "Linha Tesch", "Linha Pinhal"]
RODOVIAS = ["Rodovia BR-163", "Rodovia MT-130", "Rodovia BR-364", "Rodovia GO-174", "Rodovia PR-151", "Rodovia MS-162",
            "Rodovia BR-020", "Rodovia BA-458"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Esperança", "Parque dos Ipês", "Jardim Primavera", "São Cristóvão",
           "Bela Vista", "Zona Rural", "Distrito de Boa Esperança", "Vila Nova"]
FARMS = ["Fazenda Santa Rosa", "Fazenda Boa Esperança", "Sítio Flor do Campo", "Fazenda São Bento", "Sítio Três Irmãos",
         "Fazenda Aurora", "Chácara Luz do Sol", "Fazenda Vitória", "Sítio do Amado", "Fazenda Recanto Prudente",
         "Fazenda Água Branca", "Sítio Bela Vista", "Fazenda Paineiras", "Fazenda Rio Claro", "Sítio Pinhal",
         "Fazenda Cachoeira", "Estância Leão Dourado", "Fazenda Barão de Mauá", "Sítio Santa Luzia"]
GLEBAS = ["Gleba Santa Luzia", "Gleba Rio Ferro", "Gleba Celeste", "Gleba Cristalino", "Gleba Mercedes", "Gleba Aurora"]
COOPS = ["Coopervale do Rio Verde", "Cooperativa Agroindustrial Aurora do Cerrado", "Cooagri Planalto",
         "Cooperativa Mista Santa Rosa", "Coopertesch — Cooperativa dos Produtores de Jetibá", "Cocamar-Sul Cooperativa",
         "Cooperleite Esperança", "Cooperativa Agrícola Holambra Sul"]
COMPANIES = ["Agropecuária Bortolini Ltda", "Cerealista Haddad & Filhos", "Transportes Kinjo Ltda", "Armazéns Gerais Schmitt",
             "Sementes Pasqualotto S.A.", "Agroquímica Rosa Branca", "Nutrição Animal Bento Amado Ltda",
             "Frigorífico Campos Gerais", "Tradings Rahal Grãos S.A.", "Fertilizantes Luz do Campo", "Leilões Carneiro & Pastor",
             "Máquinas Kuster Agrícola", "Cafés Uehara Exportadora", "Laticínios Vitória do Oeste"]
CROPS = ["soja", "milho safrinha", "café arábica", "algodão", "feijão", "trigo", "arroz irrigado", "cana", "sorgo"]
CIDS_AGRO = ["T60.0", "T60.3", "X48", "T63.0", "X20", "W23.0", "S61.0", "S82.1", "T67.0", "L23.5", "J68.0", "A27.9",
             "Z57.4", "M54.5", "S92.3", "W55.2", "T15.1", "A82.9"]
CROPS_PRODUCTS = [("Glifosato 480 SL", "soja", "2,5 L/ha"), ("Mancozebe 800 WP", "batata", "3,0 kg/ha"),
                  ("Atrazina 500 SC", "milho safrinha", "4,0 L/ha"), ("Tiametoxam 250 WG", "feijão", "0,2 kg/ha"),
                  ("Azoxistrobina + Ciproconazol", "soja", "0,3 L/ha"), ("Clorpirifós 480 EC", "café arábica", "1,5 L/ha"),
                  ("2,4-D Amina 806", "pastagem", "1,5 L/ha"), ("Fipronil 800 WG", "cana", "0,25 kg/ha"),
                  ("Acefato 750 SP", "algodão", "1,0 kg/ha"), ("Tebuconazol 200 EC", "trigo", "0,75 L/ha")]
LAWS = ["Lei 7.802/1989", "Lei 12.651/2012", "Lei 5.889/1973", "Lei 8.929/1994", "Lei 4.504/1964", "Decreto 59.566/1966",
        "Lei 13.709/2018", "Lei 14.515/2022", "Lei 8.171/1991", "Lei 11.326/2006", "Decreto 4.074/2002", "NR-31"]
WORD_USES = ["campanha do outubro rosa na unidade", "seria prudente esperar a chuva firmar", "conta de luz do pivô",
             "deu luz verde pro embarque", "a flor do café abriu cedo este ano", "bezerra desmamada", "carneiro reprodutor",
             "vitória no pregão de ontem", "campo em branco no formulário", "o leitão refugo vai pro descarte",
             "aurora boreal? não, queimada no vizinho", "pasto sujo de amendoim-bravo"]


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
        return self.given.split()[0] if " " in self.given and not self.given.startswith(("Jan ", "Li ", "Maria J", "João B", "José C", "Luiz A")) else self.given

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
        return self.full.lower()

    @property
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return fold(f"{' '.join(sur)}, {self.given}").upper()

    @property
    def inv_title(self) -> str:
        return f"{self.last.upper()}, {self.given}"

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "inverted": p.inverted,
            "inv_title": p.inv_title, "first": p.first, "last": p.last, "nick": p.nick,
            "capsshort": fold(p.short).upper(), "lowfirst": p.first.lower(), "plain": fold(p.full)}[form]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.neg11: list[str] = []  # 11-digit hard negatives, checked in main()

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def hexs(self, n: int, upper: bool = False) -> str:
        s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

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
            if n == 11:
                self.neg11.append(v)
            return v

    def bad_cpf(self, dotted: bool = False) -> str:
        n = self.neg(11)
        return fmt_cpf(n) if dotted else n

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.3:
            return self.pick(RARE_SUR)
        if r < 0.52:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.45 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.62 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.1:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.38:
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
                if s not in surnames and s != given:
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
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
                other = self.surname() if rng.random() < 0.6 else self.pick(sur)
                if other != surnames[0]:
                    surnames.insert(0, other)
        return Person(given, surnames, female)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
        l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.ri(60, 99)}", f"{f}{l[:4]}", f"{f}.agro", f"sitio{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br"])
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
                "half": f"{n[:9]}-{n[9:]}"}[style]

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.2) if alnum is None else alnum
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self, style: str | None = None) -> str:
        b = self.d(8)
        n = b + rg_sp_dv(b)
        style = style or self.pick(["dot", "dot", "raw", "dash"])
        return {"dot": f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}", "raw": n, "dash": f"{n[:8]}-{n[8]}"}[style]

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
            b = self.pick("789") + self.d(13)
            last = -sum(int(c) * w for c, w in zip(b, range(15, 1, -1))) % 11
            if last < 10:
                n = b + str(last)
                break
        spaced = self.chance(0.5) if spaced is None else spaced
        return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if spaced else n

    def cep(self, dash: bool = True) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        if self.chance(0.15) and dash:
            return f"{n[:2]}.{n[2:5]}-{n[5:]}"
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(3, 3)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "raw", "dash", "par", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "wa": f"+55 {ddd} {h}-{t}", "nospace": f"({ddd}){h}-{t}", "zero": f"0{ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"{self.d(4)} **** **** {self.d(4)}", f"{self.d(6)}******{self.d(4)}", f"**** {self.d(4)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.4) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.75) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.35) if dv is None else dv
        return f"{self.d(4)}-{self.pick('0123456789X')}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.8) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        if dv and self.chance(0.2) and len(body) > 5:
            body = f"{body[:-3]}.{body[-3:]}"
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def address(self, style: str | None = None, rural: float = 0.45) -> str:
        """A person's home or correspondence address: street type + name + number + complement."""
        if self.chance(rural):
            k = self.ri(0, 2)
            if k == 0:
                s = f"{self.pick(RURAL_ROADS)}, km {self.ri(2, 48)}" + self.pick(["", "", f", Lote {self.ri(1, 90)}",
                                                                                 f" - lote {self.ri(1, 90)}"])
            elif k == 1:
                s = f"{self.pick(LINHAS)}, " + self.pick(["s/n", "s/nº", f"nº {self.ri(10, 900)}"])
            else:
                s = f"{self.pick(RODOVIAS)}, km {self.ri(3, 780)}" + self.pick(["", f", Lote {self.ri(1, 60)}", f" - Gleba {self.pick(['A', 'B', 'C'])}"])
        else:
            t = self.pick(["Rua", "Rua", "Rua", "Avenida", "Av.", "R.", "Travessa", "Alameda"])
            num = str(self.ri(12, 3800)) if self.chance(0.92) else "s/n"
            comp = self.pick(["", "", "", f"apto {self.ri(11, 804)}", f"casa {self.ri(1, 6)}", "fundos",
                              f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}", f"sala {self.ri(1, 20)}"])
            s = f"{t} {self.pick(URBAN_NAMES)}{self.pick([', ', ', nº ', ' ', ', n. '])}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")
        style = style or self.pick(["text", "text", "text", "caps", "low"])
        if style == "caps":
            return fold(s).upper()
        if style == "low":
            return s.lower()
        return s

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1945, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(5, 22):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 5 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi, 60), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.11", "8.09", "8.12", "8.16", "8.21", "8.24", "5.23", "5.24", "5.09", "4.01", "8.13"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2017, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(6)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", f"ATD-{self.d(6)}", f"OS {self.d(5)}/{self.ri(24, 26)}"])

    # ----------------------------------------------------------------- agro identifiers (never labelled)
    def car(self, uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        return f"{uf}-{UF_IBGE.get(uf, '51')}{self.d(5)}-{self.hexs(32, True)}"

    def ccir(self) -> str:
        return f"{self.d(3)}.{self.d(3)}.{self.d(3)}.{self.d(3)}-{self.d(1)}"

    def nirf(self) -> str:
        return f"{self.d(1)}.{self.d(3)}.{self.d(3)}-{self.d(1)}"

    def gta(self) -> str:
        return self.pick([f"{self.pick(UFS)}-{self.d(6)}", f"Série {self.pick('ABCDE')} nº {self.d(6)}", f"{self.d(3)}.{self.d(3)}"])

    def sisbov(self) -> str:
        n = self.neg(15)
        return self.pick([n, f"{n[:3]} {n[3:5]} {n[5:]}"])

    def nfe(self) -> str:
        k = self.d(44)
        return " ".join(k[i:i + 4] for i in range(0, 44, 4))

    def ie(self) -> str:
        return self.pick([f"{self.d(2)}.{self.d(3)}.{self.d(3)}-{self.d(1)}", f"{self.d(3)}.{self.d(3)}.{self.d(3)}.{self.d(3)}", self.d(10)])

    def coords(self) -> str:
        return self.pick([f"-{self.ri(8, 29)}.{self.d(5)}, -{self.ri(44, 60)}.{self.d(5)}",
                          f"{self.ri(8, 29)}°{self.ri(0, 59):02d}'{self.ri(0, 59):02d}\"S {self.ri(44, 60)}°{self.ri(0, 59):02d}'{self.ri(0, 59):02d}\"O"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}", f"OAB/{uf} nº {dotted}"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {n}/D", f"CREA/{uf} {n}", f"CREA-{uf} nº {n}", f"CREA {uf} {self.d(10)}"])
        if kind == "CRMV":
            return self.pick([f"CRMV-{uf} {self.ri(800, 19999)}", f"CRMV/{uf} nº {self.ri(800, 19999)}", f"CRMV {uf} {self.ri(800, 19999)}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {self.ri(10000, 99999)}/O-{self.ri(1, 9)}", f"CRC/{uf} {n}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "ab": f"{dd:02d}/{MONTHS_AB[mm - 1]}/{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("n", "ri"), ("o", "ó"), ("l", "1")]
OCR_DIGITS = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I")]
OCR_UNDO = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "|": "1"})


def ocr(s: str, g: Gen, rate: float = 0.35, digits: bool = False) -> str:
    """Apply up to two OCR confusions: letters in names and words, digit/letter in identifiers."""
    table = OCR_DIGITS if digits else OCR_LETTERS
    for _ in range(2):
        if not g.chance(rate):
            continue
        opts = [(a, b) for a, b in table if a in s]
        if not opts:
            continue
        a, b = g.pick(opts)
        idx = [m.start() for m in re.finditer(re.escape(a), s)]
        i = g.pick(idx)
        s = s[:i] + b + s[i + len(a):]
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


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], ch: str = "-", bar: str = "|") -> None:
    """A fixed-width table with rulers, the way a report writer prints it."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    rule = "+" + "+".join(ch * (w + 2) for w in widths) + "+\n" if bar == "|" else ch * (sum(widths) + 3 * len(widths)) + "\n"
    doc.t(rule)
    doc.t((bar + " " if bar else "") + f" {bar} ".join(c.ljust(w) for c, w in zip(cols, widths)) + (f" {bar}" if bar else "") + "\n")
    doc.t(rule)
    for r in rows:
        if bar:
            doc.t(bar + " ")
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(f" {bar} " if bar else "   ")
            doc.cell(v, w, lab)
        doc.t((f" {bar}" if bar else "") + "\n")
    doc.t(rule)


def table_plain(doc: Doc, cols: list[str], rows: list[list[tuple]], gap: int = 2) -> None:
    """Columns aligned with spaces, no rulers (a pasted spreadsheet)."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t((" " * gap).join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    for r in rows:
        line = Doc()
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                line.t(" " * gap)
            line.cell(v, w, lab) if k < len(r) - 1 else line.e(v, lab)
        base = len(doc.text)
        doc.text += line.text + "\n"
        doc.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in line.spans]


def table_md(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    for r in rows:
        doc.t("|")
        for v, lab in r:
            doc.t(" ")
            doc.e(v, lab)
            doc.t(" |")
        doc.t("\n")


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


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


def AD(s: str) -> tuple:
    return (s, "ADDRESS")


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
    l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
    return f"{f[0]}{l}"


def staff_mail(g: Gen, p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
    l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
    return g.pick([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{f}@{dom}"])


COOP_DOMS = ["coopervale.coop.br", "auroracerrado.coop.br", "cooagri.com.br", "mistasantarosa.coop.br", "coopertesch.coop.br"]


# =========================================================================== atendimento


def at_ficha(g: Gen) -> Doc:
    """Cooperative member file (ficha de matrícula de cooperado) printed from the ERP, dotted leaders."""
    doc = Doc()
    coop = g.pick(COOPS)
    c = g.person(female=g.chance(0.35))
    sp = g.relative(c, female=not c.female)
    city, uf = g.city()
    at = g.person()
    doc.f("«coop»\nFICHA DE MATRÍCULA DE COOPERADO          Matrícula nº «mat»   Unidade: «city»/«uf»\n"
          "------------------------------------------------------------------------------\n",
          coop=coop, mat=g.d(6), city=city, uf=uf)
    form = g.pick(["full", "caps", "caps"])
    doc.f("Nome ......................: «n»\nCPF .......................: «cpf»        RG: «rg» «org»\n"
          "Data de nascimento ........: «dob»        Estado civil: «ec»\n",
          n=P(name_form(g, c, [form])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          org=g.pick(["SSP/" + uf, "SESP/" + uf, "SSP-" + uf, "PC/" + uf]), dob=(g.dob(lo=1948, hi=1999), "DATE_OF_BIRTH"),
          ec=g.pick(["casado(a)", "casado", "união estável", "solteiro", "viúvo(a)"]))
    if g.chance(0.6):
        doc.f("Título de eleitor .........: «t»\n", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("Cônjuge ...................: «sp»   CPF cônj.: «scpf»\n", sp=P(name_form(g, sp, [form])), scpf=(g.cpf(), "BR_CPF"))
    doc.f("Endereço p/ correspondência: «ad»\n                            «bai» — «city»/«uf» — CEP «cep»\n"
          "Telefones .................: «t1» / «t2» (recado c/ «rec»)\n",
          ad=AD(g.address(rural=0.6)), bai=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          t1=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"), rec=P(g.relative(c).first))
    if g.chance(0.75):
        doc.f("E-mail ....................: «e»\n", e=(g.email(c), "EMAIL_ADDRESS"))
    else:
        doc.t("E-mail ....................: não possui\n")
    doc.t("\nPROPRIEDADE(S)\n")
    for _ in range(g.ri(1, 2)):
        doc.f("  «farm» — «gl», «ha» ha — Insc. Est. Produtor «ie»\n  CAR: «car»   CCIR: «ccir»   NIRF: «nirf»\n",
              farm=g.pick(FARMS), gl=g.pick(GLEBAS + ["Linha Tesch", "Bairro Rural dos Pinheiros", "Córrego da Onça"]),
              ha=f"{g.ri(8, 2400)},{g.d(2)}", ie=g.ie(), car=g.car(uf), ccir=g.ccir(), nirf=g.nirf())
    doc.f("\nDADOS P/ CRÉDITO DE PRODUÇÃO\n  Banco «b»  Agência «ag»  Conta «cc»  (titular: o próprio)\n",
          b=g.pick(["748 Sicredi", "756 Sicoob", "001 Banco do Brasil", "104 Caixa", "237 Bradesco"]),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.5):
        doc.f("  Chave Pix aleatória: «pix»\n", pix=(g.uuid(), "PIX_KEY"))
    doc.f("  Cota-capital integralizada: R$ «m»   Atividade principal: «act»\n\n"
          "Cadastrado por: «at» («lg») em «d» — Conferido: «cf»\nObs.: «obs»\n",
          m=g.money(500, 40000), act=g.pick(["grãos (soja/milho)", "leite", "suinocultura integrada", "café", "avicultura de corte", "fumo"]),
          at=P(at.full if g.chance(0.6) else at.short), lg=login(at), d=g.date(), cf=P(g.person().first),
          obs=g.pick(["cooperado antigo, transferido da unidade de " + g.pick(CITIES)[0],
                      f"documentação do arrendamento com {g.pick(['o sogro', 'a sogra', 'o irmão'])} pendente",
                      "pediu para não receber SMS de promoção da loja agropecuária",
                      "esposa também é cooperada (ver matrícula " + g.d(6) + ")",
                      "campo em branco no formulário antigo — confirmado por telefone"]))
    return doc


def at_whats(g: Gen) -> Doc:
    """WhatsApp export between a producer and the grain reception desk of the cooperative."""
    doc = Doc()
    c = g.person(female=g.chance(0.3))
    mot = g.person(female=False)
    at = g.person()
    unit = g.pick(["Recebimento Unid. " + g.pick(CITIES)[0], "Balança Coop " + g.pick(["Sorriso", "Cruz Alta", "Toledo"]), "Armazém 3"])
    d = g.date("br")
    ts = g.times(12)
    cn = name_form(g, c, ["full", "short", "first", "nick"])
    cnum = g.phone("wa")
    sender_c = P(cn) if g.chance(0.5) else (cnum, "PHONE_NUMBER")
    sender_a = V(unit) if g.chance(0.65) else P(at.first)
    lines = [
        (sender_c, "bom dia, «x» vai descarregar hoje? o caminhão tá saindo agora da «farm»"),
        (sender_a, "Bom dia! Pode mandar sim. Precisa da placa do cavalo e da carreta e nome do motorista"),
        (sender_c, "placa «p1» carreta «p2» motorista «m» cnh «cnh»"),
        (sender_a, "Ok. E o CPF «sr» pra vincular o romaneio? no sistema aparece «bad» e tá dando inválido"),
        (sender_c, "é «cpf» o outro é o do meu «rel», «rn»"),
        (sender_a, "Perfeito, corrigido. Romaneio «rom» aberto, umidade na chegada a gente passa"),
        (sender_c, "blz. Se precisar liga no fixo «fix» ou fala com a «wife» no «tw»"),
        (sender_a, "Chegou. Umidade «u»%, impureza «i»%, peso líquido «kg» kg. Desconto de secagem conforme tabela"),
        (sender_c, "👍 manda o extrato no email «e»"),
        (sender_a, "Enviado. Qualquer coisa fala com o «an» do comercial, «am»"),
    ]
    if g.chance(0.4):
        lines.insert(7, (sender_c, "o «mf» tá com o celular sem bateria, o número dele é «mt»"))
    wife = g.relative(c, female=True)
    an = g.person(female=False)
    vals = dict(sr="da senhora" if c.female else "do senhor", x=g.pick(["milho", "soja", "trigo", "café"]), farm=g.pick(FARMS), p1=(g.plate(), "LICENSE_PLATE"),
                p2=(g.plate(), "LICENSE_PLATE"), m=P(name_form(g, mot, ["full", "caps", "short"])), cnh=(g.cnh(), "BR_CNH"),
                bad=g.bad_cpf(True), cpf=(g.cpf(), "BR_CPF"), rel=g.pick(["pai", "filho", "irmão", "sogro"]),
                rn=P(g.relative(c, female=False).full), rom=g.neg(11), fix=(g.phone(mobile=False), "PHONE_NUMBER"),
                wife=P(wife.first), tw=(g.phone(), "PHONE_NUMBER"), u=f"{g.ri(12, 26)},{g.d(1)}", i=f"{g.ri(0, 3)},{g.d(1)}",
                kg=f"{g.ri(18, 52)}.{g.d(3)}", e=(g.email(c), "EMAIL_ADDRESS"), an=P(an.first), am=(g.phone(), "PHONE_NUMBER"),
                mf=P(mot.first), mt=(g.phone(), "PHONE_NUMBER"))
    fmt = g.pick(["android", "ios"])
    for (who, msg), tm in zip(lines, ts):
        if fmt == "android":
            doc.t(f"{d} {tm} - ")
        else:
            doc.t(f"[{d}, {tm}:{g.ri(0, 59):02d}] ")
        doc.e(who[0], who[1])
        doc.t(": ")
        doc.f(msg, **vals)
        doc.t("\n")
    return doc


def at_gta(g: Gen) -> Doc:
    """E-mail thread with the cooperative's animal-health desk about a cattle transit permit (GTA)."""
    doc = Doc()
    c = g.person(female=g.chance(0.3))
    vet = g.person()
    at = g.person(female=True)
    uf = g.pick(UFS)
    city = g.pick([x for x in CITIES if x[1] == uf] or CITIES)[0]
    dest = g.person()
    drv = g.person(female=False)
    doc.f("De: «cn» <«ce»>\nPara: sanidade.animal@«dom»\nCc: «vn» <«ve»>\nAssunto: GTA p/ «q» «esp» — «farm» → «dfarm»\n\n",
          cn=P(c.full if g.chance(0.6) else c.caps), ce=(g.email(c), "EMAIL_ADDRESS"), dom=g.pick(COOP_DOMS),
          vn=P(vet.full), ve=(staff_mail(g, vet, g.pick(["vetcampo.com.br", "gmail.com", "clinicaboisaude.vet.br"])), "EMAIL_ADDRESS"),
          q=g.ri(12, 240), esp=g.pick(["bezerras", "garrotes", "vacas de descarte", "novilhas", "bois magros"]),
          farm=g.pick(FARMS), dfarm=g.pick(FARMS))
    doc.f("Boa tarde,\n\npreciso emitir a GTA para transportar os animais para a propriedade do «dn» (CPF «dcpf»), em «city». "
          "A vacinação de aftosa/brucelose está em dia, atestado assinado pel«ao» «vt» «vn2», «crmv».\n\n"
          "Dados do transporte:\n- caminhão boiadeiro placa «p» (Transportes «tr»)\n- motorista: «dr», CNH «cnh», fone «dt»\n"
          "- saída prevista: «sd»\n\nMeu CPF é «cpf» e a inscrição estadual «ie». Se precisar de mais algo me liga «ct».\n\n"
          "Att,\n«cs»\n\n",
          dn=P(name_form(g, dest, ["full", "caps", "short"])), dcpf=(g.cpf(), "BR_CPF"), city=city,
          vt="Dra." if vet.female else "Dr.", ao=vet.o, vn2=P(vet.short), crmv=(g.council("CRMV", uf), "PROFESSIONAL_ID"),
          p=(g.plate(), "LICENSE_PLATE"), tr=g.pick(["Kinjo", "Boiadeira Rosa Branca", "Leão Cargas", "Bortolini & Filhos"]),
          dr=P(name_form(g, drv)), cnh=(g.cnh(), "BR_CNH"), dt=(g.phone(), "PHONE_NUMBER"), sd=g.date(),
          cpf=(g.cpf(), "BR_CPF"), ie=g.ie(), ct=(g.phone(), "PHONE_NUMBER"), cs=P(c.first if g.chance(0.5) else c.nick))
    doc.f("---- resposta ----\nDe: Sanidade Animal <sanidade.animal@«dom»>\n\nOlá «cf», tudo bem?\n\n"
          "GTA «gta» emitida no sistema da agência (e-«ag»). Atenção: «n» animais estão com brinco SISBOV «sb» e «sb2» sem leitura; "
          "regularize antes do embarque. O saldo da ficha sanitária ficou em «sal» cabeças. Taxa: R$ «tx».\n\n"
          "«at»\nAtendimento Sanidade — «coop»\nRamal «r» | «atp»\n",
          dom=g.pick(COOP_DOMS), cf=P(c.first), gta=g.gta(), ag=g.pick(["SIAPEC", "SIDAGRO", "GTA Online", "SIGEAGRO"]),
          n=2, sb=g.sisbov(), sb2=g.sisbov(), sal=g.ri(40, 900), tx=g.money(8, 90),
          at=P(at.full), coop=g.pick(COOPS), r=g.d(4), atp=(g.phone(mobile=False), "PHONE_NUMBER"))
    return doc


def at_log(g: Gen) -> Doc:
    """Application log of the members' portal pasted in a support ticket."""
    doc = Doc()
    c = g.person()
    an = g.person()
    tk = g.d(6)
    doc.f("Chamado #«tk» — «coop» — Portal do Cooperado/App\nSolicitante: «cn» (matrícula «mat»)  Canal: telefone  Atendente: «an»\n"
          "Relato: cooperado diz que não consegue ver o extrato de entregas e que recebeu e-mail de troca de senha que não pediu.\n\n"
          "--- trecho do log (app-portal, prod) ---\n",
          tk=tk, coop=g.pick(COOPS), cn=P(name_form(g, c, ["full", "caps"])), mat=g.d(6), an=P(an.full))
    cpf = g.cpf("raw")
    ts = g.times(7, 6 * 3600, 22 * 3600)
    d = g.date("iso")
    ips = [g.ip(), g.ip(), g.ip()]
    ev = [
        ("INFO", "auth.login.success user={cpf} ip={ip0} ua=\"Android 13; Cooperado/4.{v}\""),
        ("WARN", "auth.login.fail user={cpf} ip={ip1} reason=BAD_PASSWORD attempt=3"),
        ("INFO", "profile.update user={cpf} field=email old={e0} new={e1} ip={ip1}"),
        ("INFO", "profile.update user={cpf} field=phone new={ph} ip={ip1}"),
        ("INFO", "pix.key.register user={cpf} type=EVP key={pix} ip={ip1}"),
        ("ERROR", "extrato.entregas user={cpf} romaneio={rom} err=TIMEOUT upstream=erp-graos"),
        ("INFO", "auth.logout user={cpf} ip={ip2} session={sess}"),
    ]
    vals = {"cpf": (cpf, "BR_CPF"), "ip0": (ips[0], "IP_ADDRESS"), "ip1": (ips[1], "IP_ADDRESS"), "ip2": (ips[2], "IP_ADDRESS"),
            "v": g.ri(1, 9), "e0": (g.email(c), "EMAIL_ADDRESS"), "e1": (g.email(g.person()), "EMAIL_ADDRESS"),
            "ph": (g.phone("e164"), "PHONE_NUMBER"), "pix": (g.uuid(), "PIX_KEY"), "rom": g.neg(11), "sess": g.hexs(24)}
    for (lvl, msg), tm in zip(ev, ts):
        doc.t(f"{d}T{tm}:{g.ri(10, 59)}.{g.d(3)}-03:00 {lvl:5s} [{g.pick(['http-nio-8080-exec-', 'worker-'])}{g.ri(1, 40)}] ")
        doc.f(msg.replace("{", "«").replace("}", "»"), **vals)
        doc.t("\n")
    doc.f("--- fim ---\n\nAnálise («an2», N2): o IP «ipx» não é da região (provedor de outro estado). Bloqueamos a chave Pix «pix» "
          "cadastrada às «tm» e revertemos o e-mail para «e0». Cooperado orientado a trocar a senha; retorno pelo «ph2». "
          "Escalado p/ segurança da informação (incidente SI-«si»), não é caso de ANPD por ora.\n",
          an2=P(g.person().full), ipx=(ips[1], "IP_ADDRESS"), pix=(vals["pix"][0], "PIX_KEY"), tm=ts[4],
          e0=vals["e0"], ph2=(g.phone(), "PHONE_NUMBER"), si=g.d(4))
    return doc


def at_caf(g: Gen) -> Doc:
    """OCR of a family-farming registration (CAF, ex-DAP) scanned at the union desk, with OCR damage."""
    doc = Doc()
    t = g.person(female=g.chance(0.5))
    sp = g.relative(t, female=not t.female)
    city, uf = g.city()
    doc.f("MINISTÉRIO DO DESENVOLVIMENTO AGRÁRIO E AGRICULTURA FAMILIAR\nCADASTRO NACIONAL DA AGRICULTURA FAMILIAR - CAF\n"
          "UFPA nº «uf»«n1».«n2».«n3»   Emissor: «em»\n\n",
          uf=uf, n1=g.d(6), n2=g.d(6), n3=g.d(4), em=g.pick(["STR de " + city, "Emater-" + uf, "Sindicato dos Trab. Rurais de " + city]))
    doc.f("1. IDENTIFICAÇÃO DO(A) TITULAR\nNome: «n»\nCPF: «cpf»    NIS: «nis»\nData nasc.: «dob»   Sexo: «s»\n"
          "Endereço: «ad», «bai», «city»-«uf»   CEP: «cep»\nTelefone: «tel»\n\n",
          n=P(ocr(t.caps, g)), cpf=(ocr(g.cpf(), g, 0.3, True), "BR_CPF"), nis=(g.pis(), "BR_PIS"),
          dob=(g.dob(g.pick(["br", "nopad"]), 1950, 2000), "DATE_OF_BIRTH"), s="F" if t.female else "M",
          ad=AD(ocr(g.address("caps", rural=0.8), g, 0.25)), bai=g.pick(["ZONA RURAL", "INTERIOR", "DISTRITO DE BOA ESPERANCA"]),
          city=fold(city).upper(), uf=uf, cep=(g.cep(), "BR_CEP"), tel=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    doc.t("2. COMPOSIÇÃO DA UNIDADE FAMILIAR\n")
    doc.t("Nome                                      Parentesco   CPF               Nasc.\n")
    members = [(sp, "CÔNJUGE")] + [(g.relative(t), g.pick(["FILHO(A)", "FILHO(A)", "ENTEADO(A)", "NETO(A)"])) for _ in range(g.ri(1, 3))]
    for p, rel in members:
        nm = ocr(p.caps, g, 0.2)
        doc.cell(nm, 42, "PERSON")
        doc.t(f" {rel:12s} ")
        if g.chance(0.85):
            doc.cell(g.cpf(), 17, "BR_CPF")
        else:
            doc.t("—                ")
        doc.t(" ")
        doc.e(g.dob("br", 1955 if rel == "CÔNJUGE" else 1990, 1999 if rel == "CÔNJUGE" else 2020), "DATE_OF_BIRTH")
        doc.t("\n")
    doc.f("\n3. ESTABELECIMENTO\nDenominação: «farm»   Área: «ha» ha («mf» módulos fiscais)   Condição: «cond»\n"
          "Localização: «gl», a «km» km da sede   Coord.: «co»\nCAR: «car»\nRenda bruta anual estimada: R$ «r»  (fora do estab.: R$ «r2»)\n\n",
          farm=fold(g.pick(FARMS)).upper(), ha=f"{g.ri(2, 90)},{g.d(1)}", mf=f"{g.ri(0, 3)},{g.d(1)}",
          cond=g.pick(["PROPRIETÁRIO", "ARRENDATÁRIO", "PARCEIRO", "ASSENTADO PNRA"]), gl=g.pick(GLEBAS + LINHAS),
          km=g.ri(4, 60), co=g.coords(), car=g.car(uf), r=g.money(20000, 480000), r2=g.money(0, 30000))
    ag = g.person()
    doc.f("Declaro serem verdadeiras as informações. «city», «d».\n\n___________________________    ___________________________\n"
          "«tn»                 «an»\nTitular                            Agente emissor — «cr»\n",
          city=city, d=g.date("long"), tn=P(ocr(t.full, g, 0.2)), an=P(ag.full),
          cr=(g.council("CREA", uf), "PROFESSIONAL_ID") if g.chance(0.5) else V("mat. " + g.d(5)))
    return doc


def at_agenda(g: Gen) -> Doc:
    """Ruled schedule of grain deliveries at a receiving unit (trucks, drivers, producers)."""
    doc = Doc()
    unit = g.pick(CITIES)
    d = g.date()
    sup = g.person()
    doc.f("AGENDA DE DESCARGA — Unidade «u»/«uf» — «d» — safra «s»\nResponsável pela balança: «sup» (ramal «r»)\n",
          u=unit[0], uf=unit[1], d=d, s=g.pick(["2025/26", "24/25", "2026"]), sup=P(sup.full), r=g.d(4))
    rows = []
    for _ in range(g.ri(4, 5)):
        pr = g.person()
        mo = g.person(female=g.chance(0.1))
        prod_id = (g.cpf(), "BR_CPF") if g.chance(0.75) else (g.cnpj(), "BR_CNPJ")
        pr_name = P(g.pick([pr.caps, pr.caps, pr.full, pr.inverted]))
        if prod_id[1] == "BR_CNPJ" and g.chance(0.6):
            pr_name = V(g.pick(["AGROPECUARIA " + fold(pr.last).upper() + " LTDA", "FAZENDAS " + fold(pr.last).upper() + " S/A",
                                "CONDOMINIO AGRICOLA " + fold(pr.last).upper()]))
        rows.append([V(g.hm()), pr_name, prod_id, P(name_form(g, mo, ["caps", "short", "full", "nick"])), (g.cnh(), "BR_CNH"),
                     (g.plate(), "LICENSE_PLATE"), (g.plate(), "LICENSE_PLATE"), (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"),
                     V(g.pick(["SOJA", "MILHO", "SOJA", "TRIGO", "SORGO"])), V(f"{g.ri(25, 52)}.{g.d(3)}")])
    rows.sort(key=lambda r: r[0][0])
    cols = ["hora", "produtor", "CPF/CNPJ", "motorista", "CNH mot.", "cavalo", "carreta", "fone mot.", "prod", "peso est."]
    if g.chance(0.6):
        table_ruled(doc, cols, rows)
    else:
        table_ruled(doc, cols, rows, ch="=", bar="")
    doc.f("Obs: «o»\n", o=g.pick([f"caminhão da «{'x'}» sem GTA vegetal não descarrega",
                                 "fila na BR, prioridade p/ quem tem agendamento",
                                 f"ticket {g.neg(11)} ficou preso na balança 2, reimprimir",
                                 "seria prudente avisar os motoristas da chuva"]).replace("«x»", g.pick(["Cerealista Haddad", "Agropecuária Bortolini"])))
    return doc


def at_ater(g: Gen) -> Doc:
    """Technical assistance (ATER) visit report mailed by the field extensionist to the producer."""
    doc = Doc()
    ext = g.person()
    c = g.person()
    uf = g.pick(UFS)
    sup = g.person()
    dom = g.pick(COOP_DOMS)
    doc.f("Assunto: Relatório de visita técnica — «farm» — «d»\nDe: «en» <«ee»>\nPara: «cn» <«ce»>\n\n",
          farm=g.pick(FARMS), d=g.date(), en=P(ext.full), ee=(staff_mail(g, ext, dom), "EMAIL_ADDRESS"),
          cn=P(c.full), ce=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("«sal» «cf»,\n\nsegue o resumo da visita de hoje. Presentes: você, «fam» e o funcionário «fu» (tratorista).\n\n"
          "1) Lavoura de «crop», talhões 3 e 4: ferrugem asiática no baixeiro, nível de ação atingido. «w».\n"
          "2) Pulverizador com bico entupido — o «fu2» ficou de trocar antes da aplicação.\n"
          "3) Cadastro: o CPF no contrato de integração está «bad» (digitação errada); o correto é «cpf». "
          "Confirma também seu RG «rg» pro seguro agrícola (Proagro).\n"
          "4) Área de reserva legal: ver CAR «car» — pendência de «pend» ha de APP às margens do córrego.\n\n"
          "Próxima visita: «pv». Qualquer dúvida, meu celular é «tel».\n\n«es»\n«cr»\nAssistência Técnica — «coop»\n",
          sal=g.pick(["Olá", "Bom dia", "Prezado(a)", "Oi"]), cf=P(c.first), fam=P(g.relative(c).full),
          fu=P(g.person(female=False).full), fu2=P(g.person(female=False).first), crop=g.pick(["soja", "feijão", "soja RR"]),
          w=g.pick(WORD_USES), bad=g.bad_cpf(True), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), car=g.car(uf),
          pend=f"{g.ri(0, 9)},{g.d(2)}", pv=g.date(), tel=(g.phone(), "PHONE_NUMBER"), es=P(ext.short),
          cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), coop=g.pick(COOPS))
    if g.chance(0.5):
        doc.f("\nCc: «sn» (coordenação regional)\n", sn=P(sup.full))
    return doc


# =========================================================================== juridico

PROFS = ["agricultor", "agricultora", "produtor rural", "pecuarista", "lavrador", "trabalhador rural", "aposentado",
         "técnico agrícola", "do lar", "comerciante"]
CIVIL = ["casado", "solteiro", "divorciado", "viúvo", "convivente em união estável"]


def qualify(doc: Doc, g: Gen, p: Person, caps: bool = True, dob: bool = False, rg: bool = True, addr: bool = True,
            civ: str | None = None) -> None:
    """The 'qualificação' of a party in a Brazilian pleading."""
    nat = "brasileira" if p.female else "brasileiro"
    if p.surnames[-1] in ("Diallo", "Mbaye", "Seck", "Faye", "Thiam", "Pierre", "Dorcelus", "Exantus", "Saint-Fleur", "Jean-Baptiste"):
        nat = g.pick(["senegalês" if not p.female else "senegalesa", "haitiano" if not p.female else "haitiana"])
    civ = civ or g.pick(CIVIL)
    if p.female:
        civ = civ.replace("casado", "casada").replace("solteiro", "solteira").replace("divorciado", "divorciada").replace("viúvo", "viúva")
    prof = g.pick(PROFS)
    if p.female:
        prof = {"agricultor": "agricultora", "lavrador": "lavradora", "aposentado": "aposentada", "técnico agrícola": "técnica agrícola",
                "trabalhador rural": "trabalhadora rural"}.get(prof, prof)
    elif prof in ("agricultora", "do lar"):
        prof = "agricultor"
    doc.e(p.caps if caps else p.full, "PERSON")
    doc.t(f", {nat}, {civ}, {prof}")
    if dob:
        doc.t(", nascid" + p.o + " em ")
        doc.e(g.dob(g.pick(["br", "long"]), 1945, 1995), "DATE_OF_BIRTH")
    if rg:
        doc.t(", portador" + ("a" if p.female else "") + " do RG nº ")
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(["SSP/", "SESP/", "SSP-"]) + g.pick(UFS))
    doc.t(g.pick([", inscrit" + p.o + " no CPF sob o nº ", ", CPF ", ", CPF/MF nº "]))
    doc.e(g.cpf(), "BR_CPF")
    if addr:
        city, uf = g.city()
        doc.t(", residente e domiciliad" + p.o + " na ")
        doc.e(g.address("text", rural=0.5), "ADDRESS")
        doc.t(f", {g.pick(BAIRROS)}, {city}/{uf}, CEP ")
        doc.e(g.cep(), "BR_CEP")
        if g.chance(0.35):
            doc.t(", e-mail ")
            doc.e(g.email(p), "EMAIL_ADDRESS")


def ju_posse(g: Gen) -> Doc:
    """Initial petition of a possessory action (reintegração de posse) over a rural plot."""
    doc = Doc()
    a = g.person()
    a2 = g.relative(a, female=not a.female)
    r = g.person()
    adv = g.person()
    uf = g.pick(UFS)
    city = g.pick([c for c in CITIES if c[1] == uf] or CITIES)[0]
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA VARA «v» DA COMARCA DE «c» — «uf»\n\n"
          "Distribuição por dependência ao processo nº «cnj»\n\n",
          v=g.pick(["AGRÁRIA", "CÍVEL", "ÚNICA", "2ª CÍVEL"]), c=fold(city).upper(), uf=uf, cnj=g.cnj())
    qualify(doc, g, a, civ="casado")
    doc.t(", e sua esposa " if not a.female else ", e seu esposo ")
    qualify(doc, g, a2, addr=False, civ="casado")
    doc.t(", por seu advogado infra-assinado (procuração anexa), vêm propor\n\nAÇÃO DE REINTEGRAÇÃO DE POSSE COM PEDIDO LIMINAR\n\nem face de ")
    qualify(doc, g, r, rg=g.chance(0.4))
    doc.f(", pelos fatos e fundamentos a seguir.\n\nI — DOS FATOS\n\n1. Os autores são legítimos possuidores do imóvel rural denominado «farm», "
          "com «ha» hectares, matrícula nº «mat» do CRI de «c», CCIR «ccir», CAR «car», situado na «gl».\n"
          "2. Em «d», o réu, com auxílio de «x» e de pessoa conhecida por «apel», rompeu a cerca da divisa e introduziu cerca de «q» cabeças "
          "de gado na área de pastagem, conforme boletim de ocorrência nº «bo» e fotografias com coordenadas «co».\n"
          "3. A testemunha «t1», vizinha lindeira, presenciou os fatos (tel. «tt»).\n\nII — DO DIREITO\n\n"
          "Aplicam-se os arts. 560 e seguintes do CPC, o art. 1.210 do Código Civil e, no que couber, o Estatuto da Terra (Lei 4.504/1964). "
          "«w».\n\nIII — DOS PEDIDOS\n\na) a concessão de liminar de reintegração; b) a citação do réu; c) a condenação em perdas e danos, "
          "estimados em R$ «m».\n\nDá-se à causa o valor de R$ «vc».\n\n«c2», «dd».\n\n«an»\n«oab»\n«ae»\n",
          farm=g.pick(FARMS), ha=f"{g.ri(12, 900)},{g.d(2)}", mat=f"{g.d(2)}.{g.d(3)}", c=city, ccir=g.ccir(), car=g.car(uf),
          gl=g.pick(GLEBAS), d=g.date("long"), x=P(g.person(female=False).full), apel=P(g.pick(["Alemão", "Baiano", "Gaúcho", "Tonhão", "Zé do Trator", "Neguinho"])),
          q=g.ri(20, 300), bo=f"{g.d(5)}/{g.ri(2024, 2026)}", co=g.coords(), t1=P(g.person(female=True).full),
          tt=(g.phone(), "PHONE_NUMBER"), w=g.pick(["A posse velha prevalece", "Seria prudente, desde logo, a realização de audiência de justificação",
                                                   "O esbulho data de menos de ano e dia"]),
          m=g.money(20000, 900000), vc=g.money(50000, 2000000), c2=city, dd=g.date("long"), an=P(adv.caps),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          ae=(staff_mail(g, adv, g.pick(["advocaciaagraria.adv.br", "kuster.adv.br", "gmail.com"])), "EMAIL_ADDRESS"))
    return doc


def ju_cpr(g: Gen) -> Doc:
    """Cédula de Produto Rural (CPR) / forward sale of a crop, with guarantors and witnesses."""
    doc = Doc()
    em = g.person()
    sp = g.relative(em, female=not em.female)
    buyer = g.pick(COMPANIES)
    crop = g.pick(["soja em grãos", "milho em grãos", "café arábica tipo 6", "algodão em pluma", "trigo pão"])
    uf = g.pick(UFS)
    doc.f("CÉDULA DE PRODUTO RURAL — CPR «k» Nº «n»\n(Lei 8.929/1994, com as alterações da Lei 14.421/2022)\n\n"
          "EMITENTE: «en», CPF «cpf», RG «rg», nascid«o» em «dob», residente na «ad», CEP «cep», telefone «tel»«mail».\n"
          "CÔNJUGE ANUENTE: «sn», CPF «scpf».\n"
          "CREDOR: «buyer», CNPJ «cnpj», com sede em «bc».\n\n",
          k=g.pick(["FÍSICA", "FINANCEIRA"]), n=f"{g.d(4)}/{g.ri(2024, 2026)}", en=P(g.pick([em.caps, em.full])), cpf=(g.cpf(), "BR_CPF"),
          rg=(g.rg(), "BR_RG"), o=em.o, dob=(g.dob(), "DATE_OF_BIRTH"), ad=AD(g.address("text", 0.6)), cep=(g.cep(), "BR_CEP"),
          tel=(g.phone(), "PHONE_NUMBER"), mail="",
          sn=P(g.pick([sp.caps, sp.full])), scpf=(g.cpf(), "BR_CPF"), buyer=buyer, cnpj=(g.cnpj(), "BR_CNPJ"), bc=g.pick(CITIES)[0])
    doc.f("1. PRODUTO: «q» («qx») sacas de 60 kg de «crop», safra «s», padrão MAPA.\n2. LOCAL DE ENTREGA: armazém do credor em «loc», até «de».\n"
          "3. LAVOURA VINCULADA: «farm», «ha» ha, CAR «car», coordenadas «co».\n"
          "4. GARANTIA: penhor cedular de 1º grau da safra e alienação fiduciária do veículo «veh», placa «pl», RENAVAM «ren».\n"
          "5. PREÇO (CPR financeira): R$ «pr» por saca, creditado na conta do emitente, banco «bk», agência «ag», conta «cc».\n\n",
          q=f"{g.ri(2, 40)}.{g.d(3)}", qx=g.pick(["por extenso no original", "conforme aditivo"]), crop=crop, s=g.pick(["2025/2026", "2026/2027"]),
          loc=g.pick(CITIES)[0], de=g.date(), farm=g.pick(FARMS), ha=g.ri(50, 3000), car=g.car(uf), co=g.coords(),
          veh=g.pick(["caminhonete Hilux CD", "caminhão Volvo FH 540", "trator Valtra BH194 (sem placa)", "Amarok V6"]),
          pl=(g.plate(), "LICENSE_PLATE"), ren=g.neg(11), pr=g.money(90, 260), bk=g.pick(["Sicredi (748)", "BB (001)", "Sicoob (756)"]),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    av = g.person()
    doc.f("AVALISTA: «av», CPF «acpf», «aad».\n\n", av=P(av.full), acpf=(g.cpf(), "BR_CPF"), aad=g.pick(["mesmo endereço do emitente", "residente em " + g.pick(CITIES)[0]]))
    doc.f("«city», «d».\n\n______________________ Emitente\n______________________ Cônjuge\n______________________ Avalista\n\n"
          "Testemunhas:\n1. «t1» — CPF «c1»\n2. «t2» — CPF «c2»\n\nRegistro: Cartório de Registro de Imóveis de «city», protocolo «prot». "
          "Registro em entidade registradora autorizada pelo Bacen: «reg».\n",
          city=g.pick(CITIES)[0], d=g.date("long"), t1=P(g.person().full), c1=(g.cpf(), "BR_CPF"), t2=P(g.person().full),
          c2=(g.cpf(), "BR_CPF"), prot=g.protocol(), reg=f"CPR{g.d(12)}")
    return doc


def ju_trab(g: Gen) -> Doc:
    """Labour claim of a rural worker (reclamação trabalhista) after an accident with a machine."""
    doc = Doc()
    w = g.person(female=g.chance(0.25))
    emp = g.person()
    adv = g.person()
    med = g.person()
    uf = g.pick(UFS)
    city = g.pick([c for c in CITIES if c[1] == uf] or CITIES)[0]
    doc.f("EXMO. SR. JUIZ DO TRABALHO DA «v» VARA DO TRABALHO DE «c»/«uf»\n\n",
          v=g.pick(["1ª", "2ª", "ÚNICA"]), c=fold(city).upper(), uf=uf)
    qualify(doc, g, w, dob=True)
    doc.f(", CTPS nº «ctps» série «ser», PIS «pis», vem propor RECLAMAÇÃO TRABALHISTA pelo rito ordinário em face de «en», "
          "empregador rural pessoa física, CPF «ecpf», CAEPF «caepf», proprietári«eo» do imóvel «farm», pelos motivos seguintes.\n\n",
          ctps=g.d(7), ser=g.d(4), pis=(g.pis(), "BR_PIS"), en=P(emp.caps), eo=emp.o, ecpf=(g.cpf(), "BR_CPF"),
          caepf=f"{g.d(3)}.{g.d(3)}.{g.d(3)}/{g.d(3)}-{g.d(2)}", farm=g.pick(FARMS))
    doc.f("1. DO CONTRATO. Admitid«o» em «adm» como «fn», salário de R$ «sal», sem registro até «reg». Jornada das 5h às 18h na safra, "
          "sem intervalo, em desacordo com a Lei 5.889/1973 e a NR-31.\n"
          "2. DO ACIDENTE. Em «da», ao operar a «maq» sem proteção da tomada de força, sofreu «les» (CID «cid»), "
          "atendid«o» no Hospital Municipal de «city» pel«mo» «mt» «med» («crm»). CAT nº «cat» emitida pelo sindicato. "
          "O encarregado «enc» mandou voltar ao serviço no dia seguinte.\n"
          "3. Testemunhas: «t1» (tel. «tt1») e «t2», que trabalhavam na mesma turma.\n\n"
          "PEDIDOS: reconhecimento de vínculo, horas extras, adicional de insalubridade pela aplicação de agrotóxicos (Lei 7.802/1989), "
          "indenização por danos morais e estéticos (R$ «dm») e pensão mensal. Valor da causa: R$ «vc».\n\n"
          "Pagamentos eventualmente devidos ao reclamante devem ser feitos «bk», agência «ag», conta «cc», ou Pix «pix».\n\n"
          "«city», «d».\n«an» — «oab»\n",
          o=w.o, adm=g.date("br", g.ri(2018, 2023)), fn=g.pick(["tratorista", "operador de colheitadeira", "serviços gerais", "retireiro", "aplicador de defensivos"]),
          sal=g.money(1500, 3500), reg=g.date("br", 2024), da=g.date("long"), maq=g.pick(["roçadeira", "ensiladeira", "colheitadeira", "picadeira de cana"]),
          les=g.pick(["amputação parcial do 3º dedo da mão direita", "fratura exposta da tíbia", "esmagamento do antebraço"]),
          cid=g.pick(["S68.1", "S82.2", "S57.8", "T92.6"]), city=city, mo=med.o, mt="Dra." if med.female else "Dr.", med=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          cat=g.neg(11) if g.chance(0.5) else f"{g.ri(2024, 2026)}.{g.d(6)}.{g.d(3)}", enc=P(g.pick([g.person(False).nick, g.person(False).full])),
          t1=P(g.person().full), tt1=(g.phone(), "PHONE_NUMBER"), t2=P(g.person().short), dm=g.money(20000, 300000),
          vc=g.money(60000, 900000), bk=g.pick(["na Caixa Econômica Federal", "na Cresol", "no Banco do Brasil", "no Sicredi"]), ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), pix=(g.uuid(), "PIX_KEY"), d=g.date("long"), an=P(adv.full),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_notif(g: Gen) -> Doc:
    """Extrajudicial notice ending a rural lease (arrendamento), sent by e-mail and registered mail."""
    doc = Doc()
    lo = g.person()
    le = g.person()
    adv = g.person()
    uf = g.pick(UFS)
    firm = g.pick(["Kuster & Paim Advogados Associados", "Escritório Bortolini Advocacia Agrária", "Haddad, Saad & Rahal Advogados",
                   "Advocacia Canabarro", "Pastor & Bezerra Sociedade de Advogados"])
    doc.f("«firm»\n\nNOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: «lon», CPF «lcpf»\nNOTIFICAD«lo»: «len», CPF «lecpf», "
          "residente na «ad», «city», CEP «cep»\n\nRef.: Contrato de arrendamento rural de «dc» — «farm» (matrícula «mat»)\n\n",
          firm=firm, lon=P(lo.caps), lcpf=(g.cpf(), "BR_CPF"), lo="A" if le.female else "O", len=P(le.caps), lecpf=(g.cpf(), "BR_CPF"),
          ad=AD(g.address("text", 0.5)), city="/".join(g.city()), cep=(g.cep(), "BR_CEP"), dc=g.date("br", g.ri(2016, 2022)),
          farm=g.pick(FARMS), mat=g.d(5))
    doc.f("Prezad«o» Sr«a». «lef»,\n\nna qualidade de procurador«pa» de «lof», e nos termos do art. 95, IV e V, do Estatuto da Terra "
          "(Lei 4.504/1964) e do art. 22 do Decreto 59.566/1966, NOTIFICO V.Sa. de que o arrendamento não será renovado ao término da safra "
          "«s», devendo a área ser desocupada até «dd». «w».\n\nO notificante tem interesse em retomar a área para exploração direta "
          "pelo filho, «son», conforme declaração anexa. Valores em aberto: R$ «m» (equivalente a «sc» sacas de soja).\n\n"
          "Contato: «tel» / «ae»\n\n«city», «d».\n\n«an»\n«oab»\n\n"
          "AR nº «ar» — Enviado também por WhatsApp para «wa» e por e-mail para «le_e».\n",
          o=le.o, a="a" if le.female else "", lef=P(le.short), pa="a" if adv.female else "", lof=P(lo.full), s=g.pick(["2025/2026", "2026/27"]),
          dd=g.date(), w=g.pick(["Seria prudente que a colheita fosse antecipada", "Eventuais benfeitorias úteis serão indenizadas",
                                 "O direito de preferência foi oferecido e não exercido"]),
          son=P(g.relative(lo, female=False).full), m=g.money(5000, 400000), sc=g.ri(200, 9000), tel=(g.phone(), "PHONE_NUMBER"),
          ae=(staff_mail(g, adv, g.pick(["kusterpaim.adv.br", "bortolini.adv.br", "hsr.adv.br"])), "EMAIL_ADDRESS"),
          city=g.pick(CITIES)[0], d=g.date("long"), an=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          ar=f"{g.pick(['JO', 'BR', 'OD'])}{g.d(9)}BR", wa=(g.phone("wa"), "PHONE_NUMBER"), le_e=(g.email(le), "EMAIL_ADDRESS"))
    return doc


def ju_ata(g: Gen) -> Doc:
    """Minutes of a conciliation hearing in a boundary dispute (ação demarcatória) between neighbours."""
    doc = Doc()
    a, r = g.person(), g.person()
    ja, jr = g.person(), g.person()
    uf = g.pick(UFS)
    city = g.pick([c for c in CITIES if c[1] == uf] or CITIES)[0]
    juiz = g.person()
    per = g.person()
    doc.f("PODER JUDICIÁRIO DO ESTADO — COMARCA DE «c»\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO\n\nProcesso: «cnj»\nClasse: Ação Demarcatória\n"
          "Autor: «an» (CPF «ac»)\nRéu: «rn» (CPF «rc»)\n\nAos «d», às «h», na sala de audiências, presente «jt» «jn», conciliador«jc», comparecem: "
          "o autor, acompanhado de «aav» («aoab»); o réu, acompanhado de «rav» («roab»); e «pt» agrimensor«pa» «per», «crea».\n\n",
          c=fold(city).upper(), cnj=g.cnj(), an=P(a.caps), ac=(g.cpf(), "BR_CPF"), rn=P(r.caps), rc=(g.cpf(), "BR_CPF"), d=g.date("long"), h=g.hm(),
          jt="a" if juiz.female else "o", jn=P(juiz.full), jc="a" if juiz.female else "",
          aav=P(ja.full), aoab=(g.council("OAB", uf), "PROFESSIONAL_ID"), rav=P(jr.full), roab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          pt="a perita" if per.female else "o perito", pa="a" if per.female else "", per=P(per.full), crea=(g.council("CREA", uf), "PROFESSIONAL_ID"))
    doc.t("Qualificação das testemunhas:\n")
    for _ in range(g.ri(2, 3)):
        t = g.person()
        doc.t("- ")
        doc.e(t.full if g.chance(0.6) else t.caps, "PERSON")
        doc.t(f", {g.ri(28, 81)} anos, {g.pick(PROFS)}, RG ")
        doc.e(g.rg(), "BR_RG")
        doc.t(", residente na ")
        doc.e(g.address(rural=0.6), "ADDRESS")
        doc.t(f", {g.pick(['vizinho confrontante', 'ex-empregado do autor', 'arrendatário da área vizinha', 'sem parentesco'])}.\n")
    doc.f("\nAberta a audiência, «pt» apresentou o levantamento georreferenciado (SIGEF, certificação «sig»), indicando sobreposição "
          "de «ha» ha entre os imóveis «f1» e «f2», na divisa do córrego conhecido como «cor». O réu, por seu procurador, alegou que o marco foi colocado "
          "pelo antigo dono, «old», falecido em «dobit», e que a cerca existe há mais de 20 anos.\n\n"
          "CONCILIAÇÃO: as partes acordam em dividir a área controvertida ao meio, com nova cerca às expensas do autor, no prazo de 90 dias. "
          "O réu pagará R$ «m» em 3 parcelas via Pix para a chave aleatória do autor «pix». Custas pro rata.\n\n"
          "Nada mais. Eu, «esc», escrevente, digitei.\n\nCONCILIADOR: ____________   AUTOR: ____________   RÉU: ____________\n",
          pt="a perita" if per.female else "o perito", sig=g.uuid(), ha=f"{g.ri(0, 40)},{g.d(4)}", f1=g.pick(FARMS), f2=g.pick(FARMS),
          cor=g.pick(["Sanga do Leão", "Córrego da Rosa", "Arroio do Bento", "Ribeirão Aurora", "Córrego do Prudente"]),
          old=P(g.person().full), dobit=g.date("br", g.ri(2005, 2020)), m=g.money(3000, 90000), pix=(g.uuid(), "PIX_KEY"),
          esc=P(g.person().full))
    return doc


def ju_inv(g: Gen) -> Doc:
    """Public deed of extrajudicial probate (inventário e partilha) of a farm, heirs qualified briefly."""
    doc = Doc()
    de = g.person()
    wid = g.relative(de, female=not de.female)
    uf = g.pick(UFS)
    city = g.pick([c for c in CITIES if c[1] == uf] or CITIES)[0]
    tab = g.person()
    advp = g.person()
    doc.f("TABELIONATO DE NOTAS DE «c» — Livro «l», folhas «fl»\nESCRITURA PÚBLICA DE INVENTÁRIO E PARTILHA\n\n"
          "AUTOR«da» DA HERANÇA: «dn», CPF «dc», nascid«do» em «ddob», falecid«do» em «dd», certidão de óbito matrícula «mo».\n"
          "CÔNJUGE MEEIR«wo»: «wn», CPF «wc», RG «wrg», nascid«wo2» em «wdob».\n\nHERDEIROS:\n",
          c=fold(city).upper(), l=g.ri(100, 900), fl=f"{g.ri(1, 399)}/{g.ri(1, 399)}", da="A" if de.female else "", do=de.o, dn=P(de.caps), dc=(g.cpf(), "BR_CPF"),
          ddob=(g.dob("br", 1930, 1960), "DATE_OF_BIRTH"), dd=g.date("br", 2024), mo=" ".join([g.d(6), g.d(2), g.d(2), g.d(4), g.d(1), g.d(5), g.d(3), g.d(7), g.d(2)]),
          wo="A" if wid.female else "O", wn=P(wid.caps), wc=(g.cpf(), "BR_CPF"), wrg=(g.rg(), "BR_RG"), wo2=wid.o,
          wdob=(g.dob("br", 1935, 1965), "DATE_OF_BIRTH"))
    heirs = [g.relative(de) for _ in range(g.ri(2, 4))]
    for i, h in enumerate(heirs, 1):
        married = g.chance(0.5)
        hastel = g.chance(0.5)
        doc.f("«i») «hn», CPF «hc», nascid«o» em «hd», «civ»«sp», residente na «ad», «cy»«tp»«tl»«em»;\n",
              i=i, hn=P(h.caps), hc=(g.cpf(), "BR_CPF"), o=h.o, hd=(g.dob("br", 1960, 1995), "DATE_OF_BIRTH"),
              civ=("casad" + h.o + " com ") if married else "solteir" + h.o,
              sp=P(g.person(female=not h.female).full) if married else "",
              ad=AD(g.address(rural=0.3)), cy=g.pick(CITIES)[0],
              tp=", tel. " if hastel else "", tl=(g.phone(), "PHONE_NUMBER") if hastel else "", em=", e-mail " if g.chance(0.5) else "")
        if doc.text.endswith(", e-mail ;\n"):
            doc.text = doc.text[:-2]
            doc.e(g.email(h), "EMAIL_ADDRESS")
            doc.t(";\n")
    doc.f("\nBENS: (i) imóvel rural «farm», matrícula «mat», CCIR «ccir», NIRF/CIB «nirf», CAR «car», área «ha» ha; "
          "(ii) «sem» cabeças de gado nelore (ficha IAGRO/Adapar «fic»); (iii) caminhonete placa «pl»; (iv) saldo em conta no Sicredi, "
          "agência «ag», conta «cc», R$ «m».\nITCMD recolhido: R$ «it» (guia «gu»). Avaliação: R$ «av».\n\n"
          "Assistidos pel«ao» advogad«ao» «adv», «oab». Lavrada por «tn», tabeli«tt» substitut«ao2». Emolumentos: R$ «em».\n",
          farm=g.pick(FARMS), mat=g.d(5), ccir=g.ccir(), nirf=g.nirf(), car=g.car(uf), ha=f"{g.ri(20, 2500)},{g.d(2)}",
          sem=g.ri(30, 900), fic=g.d(8), pl=(g.plate(), "LICENSE_PLATE"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          m=g.money(5000, 500000), it=g.money(2000, 90000), gu=g.neg(11), av=g.money(300000, 9000000),
          ao=advp.o, adv=P(advp.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          tn=P(tab.full), tt="ã" if tab.female else "ão", ao2=tab.o, em=g.money(800, 9000))
    return doc


def ju_csv(g: Gen) -> Doc:
    """CSV export of the agrarian-law practice's case list (ERP jurídico), some rows with companies."""
    doc = Doc()
    who = g.person()
    doc.f("# export processos_agrarios_«d».csv — gerado por «u» (usuário «lg») — filtro: área=agrário, status=ativo\n",
          d=g.date("iso").replace("-", ""), u=P(who.full), lg=login(who))
    cols = ["cnj", "tipo", "cliente", "doc_cliente", "parte_contraria", "doc_contraria", "adv_responsavel", "oab", "ult_mov", "valor_causa"]
    rows = []
    for _ in range(g.ri(4, 5)):
        cl = g.person()
        pc = g.person()
        adv = g.person()
        if g.chance(0.3):
            cli = V(g.pick(COMPANIES))
            cld = (g.cnpj(), "BR_CNPJ")
        else:
            cli = P(g.pick([cl.caps, cl.full, cl.inverted]))
            cld = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        if g.chance(0.25):
            pcn, pcd = V(g.pick(["INCRA", "Ibama", "Banco do Brasil S.A.", g.pick(COOPS)])), V("")
        else:
            pcn, pcd = P(g.pick([pc.caps, pc.full])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        rows.append([V(g.cnj()), V(g.pick(["Usucapião rural", "Reintegração de posse", "Embargos à execução (CPR)", "Demarcatória",
                                           "Desapropriação (INCRA)", "Ação de cobrança — arrendamento", "Anulatória de auto Ibama"])),
                     cli, cld, pcn, pcd, P(g.pick([adv.short, adv.full])), (g.council("OAB", g.pick(UFS)), "PROFESSIONAL_ID"),
                     V(g.date("iso")), V(g.money(10000, 5000000))])
    table_csv(doc, cols, rows, sep=g.pick([";", ","]))
    doc.f("# «n» linhas. Atenção «p»: os CPFs da parte contrária vieram do PJe, conferir antes de peticionar.\n",
          n=len(rows), p=P(g.person().first))
    return doc


# =========================================================================== saude

AGENTS = ["glifosato", "paraquate (uso irregular)", "clorpirifós", "carbofurano", "2,4-D", "mancozebe", "abamectina",
          "organofosforado não identificado", "fipronil", "raticida (chumbinho)"]


def sa_sinan(g: Gen) -> Doc:
    """SINAN notification of exogenous poisoning by pesticide, typed from the paper form."""
    doc = Doc()
    p = g.person(female=g.chance(0.3))
    mae = g.person(female=True)
    uf = g.pick(UFS)
    city = g.pick([c for c in CITIES if c[1] == uf] or CITIES)[0]
    noti = g.person()
    by = g.ri(1955, 2007)
    doc.f("SINAN — FICHA DE INVESTIGAÇÃO — INTOXICAÇÃO EXÓGENA          Nº «n»\nData da notificação: «dn»   UF: «uf»   Município: «c»\n"
          "Unidade notificadora: Hospital Regional de «c» (CNES «cnes»)\n\n"
          "Nome do paciente: «pn»\nData de nascimento: «dob»   Idade: «age» anos   Sexo: «s»   Gestante: «gest»\n"
          "Nº do Cartão SUS: «cns»    CPF: «cpf»\nNome da mãe: «mae»\n"
          "Endereço: «ad»   Bairro/Localidade: «loc»   CEP: «cep»\nTelefone: «tel»\n\n",
          n=g.d(7), dn=g.date(), uf=uf, c=city, cnes=g.d(7), pn=P(g.pick([p.caps, p.full])), dob=(g.dob(lo=by, hi=by), "DATE_OF_BIRTH"),
          age=2025 - by, s="F" if p.female else "M", gest="não se aplica" if not p.female else g.pick(["não", "ignorado"]),
          cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF") if g.chance(0.7) else V("não informado"), mae=P(g.pick([mae.caps, mae.full])),
          ad=AD(g.address(rural=0.6)), loc=g.pick(["ZONA RURAL", "Assentamento Boa Esperança", "Distrito de Aurora", "Vila Rural"]),
          cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("Ocupação: «oc»   Local de exposição: «le»   Empregador: «emp»\nAgente tóxico: «ag»   Via: «via»   Circunstância: «ci»\n"
          "Exposição: «de» às «h»   Atendimento: «da»   Hospitalização: «hos»\nDiagnóstico final (CID-10): «cid»   Evolução: «ev»\n"
          "Exposição relacionada ao trabalho? «rt»   CAT emitida? «cat»\n\n",
          oc=g.pick(["trabalhador agropecuário em geral", "aplicador de agrotóxico", "tratorista agrícola", "produtor de hortaliças"]),
          le=g.pick(["lavoura", "depósito da propriedade", "domicílio", "pulverização aérea vizinha"]),
          emp=V(g.pick(COMPANIES)) if g.chance(0.4) else P(g.person().full), ag=g.pick(AGENTS), via=g.pick(["respiratória", "cutânea", "oral", "cutânea e respiratória"]),
          ci=g.pick(["uso habitual", "acidental", "tentativa de suicídio", "ambiental"]), de=g.date(), h=g.hm(), da=g.date(),
          hos=g.pick(["sim", "não"]), cid=g.pick(["T60.0", "T60.3", "T60.1", "T60.9", "X48", "X68"]),
          ev=g.pick(["cura sem sequela", "cura com sequela", "em acompanhamento"]), rt=g.pick(["sim", "sim", "não", "ignorado"]),
          cat=g.pick(["sim", "não", "ignorado"]))
    doc.f("Observações: «obs»\n\nInvestigador: «inv» — «cr»   Telefone do serviço: «ts»\nDigitado por: «dig» em «dd»\n",
          obs=g.pick([f"paciente relata que o vizinho aplicou por drone com vento forte; irmão ({g.pick(['José', 'Tião', 'Nelci', 'Ereni'])}) também com sintomas",
                      "trazido pelo encarregado; EPI não fornecido", "segundo episódio em 2 anos; encaminhado ao CEREST",
                      "colinesterase solicitada; resultado em 5 dias"]),
          inv=P(noti.full), cr=(g.council(g.pick(["COREN", "CRM"]), uf), "PROFESSIONAL_ID"), ts=(g.phone(mobile=False), "PHONE_NUMBER"),
          dig=V(login(g.person())), dd=g.date())
    return doc


def sa_aso(g: Gen) -> Doc:
    """Batch of occupational health certificates (ASO) for a harvest crew, ruled or plain table."""
    doc = Doc()
    med = g.person()
    uf = g.pick(UFS)
    farm = g.pick(FARMS)
    emp = g.person()
    doc.f("CLÍNICA DE MEDICINA DO TRABALHO «cl»\nRELAÇÃO DE ASOs — «tp» — Empregador: «en» (CPF «ec») — «farm»\n"
          "Médico examinador: «mn» — «crm»   Data: «d»   Riscos: ruído, poeira vegetal, agrotóxicos (NR-31), radiação solar\n\n",
          cl=g.pick(["Saúde no Campo", "Rural Med", "OcupaVida", "Bom Pastor Ocupacional"]), tp=g.pick(["ADMISSIONAIS", "PERIÓDICOS", "ADMISSIONAL SAFRA"]),
          en=P(emp.caps), ec=(g.cpf(), "BR_CPF"), farm=farm, mn=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), d=g.date())
    rows = []
    for _ in range(g.ri(4, 6)):
        w = g.person(female=g.chance(0.2))
        rows.append([P(g.pick([w.caps, w.caps, w.full])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.dob("br", 1960, 2006), "DATE_OF_BIRTH"),
                     V(g.pick(["safrista", "tratorista", "aplicador", "operador colhedora", "serv. gerais", "bituqueiro"])),
                     V(g.pick(["APTO", "APTO", "APTO", "INAPTO", "APTO c/ restrição"])), V(g.pick(["audiometria", "colinesterase", "—", "acuidade visual"]))])
    cols = ["Trabalhador", "CPF", "Nasc.", "Função", "Resultado", "Exames compl."]
    if g.chance(0.5):
        table_ruled(doc, cols, rows)
    else:
        table_plain(doc, cols, rows)
    doc.f("\n«nt»\nResponsável pelo PCMSO: «rp» «rc»\n",
          nt=g.pick(["Inapto: retorno em 30 dias com parecer do cardiologista.", "Colinesterase abaixo de 70% do basal: afastar da aplicação.",
                     "Seria prudente repetir audiometria após a safra."]),
          rp=P(g.person().full), rc=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_cat(g: Gen) -> Doc:
    """CAT (work accident report) of a rural worker — snakebite, fall from a horse or machine injury."""
    doc = Doc()
    w = g.person(female=g.chance(0.2))
    emp = g.person()
    uf = g.pick(UFS)
    med = g.person()
    cause, cid = g.pick([("picada de cobra (jararaca) no pé esquerdo durante a colheita manual", "T63.0"),
                         ("queda de cavalo no manejo do gado", "S42.0"), ("corte na mão com facão na limpeza de cerca", "S61.0"),
                         ("esmagamento do pé pelo pneu do trator", "S97.1"), ("ataque de abelhas africanizadas no pasto", "T63.4")])
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT   Tipo: «tp»   Emitente: «em»\n\n"
          "I. EMITENTE / EMPREGADOR\nRazão social/nome: «en»\nCPF/CAEPF: «ec»   Endereço: «ea» (zona rural)\n\n",
          tp=g.pick(["Inicial", "Inicial", "Reabertura"]), em=g.pick(["empregador", "sindicato", "médico"]),
          en=P(emp.caps) if g.chance(0.7) else V(g.pick(COMPANIES)), ec=(g.cpf(), "BR_CPF"), ea=g.pick(FARMS) + ", " + g.pick(GLEBAS))
    doc.f("II. ACIDENTADO\nNome: «wn»\nNome da mãe: «mae»\nData de nascimento: «dob»   Sexo: «s»   Estado civil: «ec»\n"
          "CTPS: «ctps»   NIT/PIS: «pis»   RG: «rg»   CPF: «cpf»\nEndereço: «ad»   CEP: «cep»   Telefone: «tel»\n"
          "Remuneração: R$ «sal»   CBO: «cbo»\n\n",
          wn=P(w.caps), mae=P(g.person(female=True).caps), dob=(g.dob("br", 1960, 2005), "DATE_OF_BIRTH"), s="F" if w.female else "M",
          ec=g.pick(["solteiro(a)", "casado(a)", "outros"]), ctps=f"{g.d(7)}/{g.d(3)}-{uf}", pis=(g.pis(), "BR_PIS"),
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), ad=AD(g.address(rural=0.5)), cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"),
          sal=g.money(1400, 3500), cbo=g.pick(["6210-05", "6410-15", "6220-20", "6231-10"]))
    doc.f("III. ACIDENTE\nData: «da»  Hora: «h»  Horas trabalhadas: «ht»  Tipo: típico\nLocal: talhão «tl» da «farm»\n"
          "Descrição: «cause».\nTestemunha: «tn», «tad», tel. «tt»\nHouve afastamento? sim   Óbito? não\n\n"
          "IV. ATESTADO MÉDICO\nUnidade: «un»   Data: «da2»   Duração provável: «dur» dias\nDiagnóstico provável: «diag»   CID-10: «cid»\n"
          "Médico: «mn» «crm»\n",
          da=g.date(), h=g.hm(), ht=f"{g.ri(1, 9):02d}:{g.ri(0, 59):02d}", tl=g.ri(1, 40), farm=g.pick(FARMS), cause=cause,
          tn=P(g.person().full), tad=g.pick(["mesmo endereço", "colega de turma", "encarregado"]), tt=(g.phone(), "PHONE_NUMBER"),
          un=g.pick(["UPA " + g.pick(CITIES)[0], "Hospital São Bento", "Santa Casa de Misericórdia", "Hospital Municipal Aurora"]),
          da2=g.date(), dur=g.ri(3, 120), diag=g.pick(["acidente ofídico botrópico moderado", "fratura", "ferimento corto-contuso", "contusão"]),
          cid=cid, mn=P(g.pick([med.full, med.caps])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_vet(g: Gen) -> Doc:
    """Veterinary inspection / vaccination certificate (brucellosis, rabies) of a herd."""
    doc = Doc()
    vet = g.person()
    pr = g.person()
    cy, uf = g.city()
    doc.f("«hdr»\n\nPROPRIEDADE: «farm»   Código «cod»   Município: «c»/«uf»\nPRODUTOR: «pn»   CPF «cpf»   Tel. «tel»\n"
          "Endereço do produtor: «ad»   CEP «cep»\n\n",
          hdr=g.pick(["ATESTADO DE VACINAÇÃO CONTRA BRUCELOSE (B19/RB51)", "TERMO DE FISCALIZAÇÃO SANITÁRIA — BOVINOS",
                      "LAUDO DE INSPEÇÃO VETERINÁRIA — ANIMAIS DE PRODUÇÃO"]),
          farm=g.pick(FARMS), cod=g.d(9), c=cy, uf=uf, pn=P(g.pick([pr.caps, pr.full])), cpf=(g.cpf(), "BR_CPF"),
          tel=(g.phone(), "PHONE_NUMBER"), ad=AD(g.address(rural=0.7)), cep=(g.cep(), "BR_CEP"))
    doc.t("Animal/lote        Espécie   Categoria        Qtde   Brinco/SISBOV\n")
    for _ in range(g.ri(3, 5)):
        sp, cat = g.pick([("bovino", "bezerra 3-8m"), ("bovino", "novilha"), ("bovino", "vaca"), ("bovino", "garrote"),
                          ("ovino", "carneiro"), ("ovino", "borrega"), ("bubalino", "búfala"), ("bovino", "touro")])
        doc.t(f"{'Lote ' + str(g.ri(1, 30)):18s} {sp:9s} {cat:16s} {g.ri(1, 120):>4}   {g.sisbov()}\n")
    doc.f("\nVacina: «vac», partida «pt», validade «val», fabricante «fab»\nData da vacinação: «dv»\n"
          "Observações: «obs»\n\nMédic«vo» veterinári«vo»: «vn» — «crmv»   e-mail «ve»\nHabilitad«vo» junto ao MAPA/«ag» — portaria «por»\n"
          "Acompanhou: «ac» («acf»)\n",
          vac=g.pick(["B19", "RB51", "antirrábica", "aftosa bivalente"]), pt=f"{g.d(3)}/{g.ri(24, 26)}", val=g.date("br", 2026),
          fab=g.pick(["Ourofino", "Ceva", "Vallée", "Hertape"]), dv=g.date(),
          obs=g.pick(["duas bezerras sem marcação a ferro — marcar com V no lado esquerdo da cara", "carneiro com ectima contagioso isolado",
                      "animais em bom estado; cocho sem sal mineral", "vaca com sinais de aborto recente: coletado soro p/ exame"]),
          vo=vet.o, vn=P(vet.full), crmv=(g.council("CRMV", uf), "PROFESSIONAL_ID"),
          ve=(g.email(vet, g.pick(["gmail.com", "vetcampo.com.br", "hotmail.com"])), "EMAIL_ADDRESS"),
          ag=g.pick(["IAGRO", "Adapar", "INDEA", "IMA", "CIDASC", "Agrodefesa"]), por=f"{g.d(3)}/{g.ri(2019, 2025)}",
          ac=P(g.person().full), acf=g.pick(["capataz", "vaqueiro", "filho do produtor", "retireiro"]))
    return doc


def sa_receita(g: Gen) -> Doc:
    """Agronomic prescription (receituário agronômico) for a pesticide, CREA-signed, scanned (light OCR noise)."""
    doc = Doc()
    ag = g.person()
    pr = g.person()
    cy, uf = g.city()
    prod, crop, dose = g.pick(CROPS_PRODUCTS)
    rev = g.pick(["Agropecuária Bortolini Ltda", "Agroquímica Rosa Branca", "Casa do Produtor Leão", "Fertilizantes Luz do Campo"])
    scan = g.chance(0.4)
    o = (lambda s: ocr(s, g, 0.3)) if scan else (lambda s: s)
    doc.f("RECEITUÁRIO AGRONÔMICO Nº «n»   (Lei 7.802/1989 e Decreto 4.074/2002)\nRevenda: «rev» — CNPJ «cnpj»\n\n"
          "Usuário/produtor: «pn»\nCPF: «cpf»   Propriedade: «farm»   Município: «c»/«uf»\nEndereço p/ contato: «ad»   Fone: «tel»\n\n",
          n=f"{g.d(6)}/{g.ri(2024, 2026)}", rev=rev, cnpj=(g.cnpj(), "BR_CNPJ"), pn=P(o(g.pick([pr.caps, pr.full]))),
          cpf=(g.cpf(), "BR_CPF"), farm=g.pick(FARMS), c=cy, uf=uf, ad=AD(o(g.address(rural=0.7))),
          tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("Cultura: «crop»   Área: «ha» ha   Diagnóstico: «diag»\nProduto: «prod»   Classe tox.: «cls»   Registro MAPA nº «reg»\n"
          "Dose: «dose»   Volume de calda: «vc» L/ha   Nº de aplicações: «na»   Intervalo de segurança: «is» dias\n"
          "Época: «ep»   Quantidade adquirida: «q»\n\nPrecauções: usar EPI completo; não reentrar na área antes de 24 h; "
          "tríplice lavagem e devolução das embalagens na central (Lei 14.785/2023).\nPrimeiros socorros: CEATOX 0800 722 6001. Em caso de intoxicação, CID «cid».\n\n"
          "Responsável técnic«ao»: «an» — «crea»   ART nº «art»\n«c2», «d»\n",
          crop=crop, ha=g.ri(5, 800), diag=g.pick(["ferrugem asiática", "plantas daninhas (buva, capim-amargoso)", "lagarta-do-cartucho",
                                                 "bicho-mineiro", "percevejo-marrom", "requeima"]),
          prod=prod, cls=g.pick(["4 — pouco tóxico", "3 — moderadamente tóxico", "5 — improvável de causar dano agudo"]), reg=g.d(5),
          dose=dose, vc=g.ri(80, 300), na=g.ri(1, 3), is_=None, ep=g.pick(["pós-emergência", "pré-plantio", "ao atingir nível de dano"]),
          q=f"{g.ri(5, 400)} {g.pick(['L', 'kg'])}", cid=g.pick(["T60.0", "T60.1", "T60.3"]), ao=ag.o, an=P(o(ag.full)),
          crea=(g.council("CREA", uf), "PROFESSIONAL_ID"), art=f"{uf}{g.d(11)}", c2=g.pick(CITIES)[0], d=g.date(), **{"is": g.ri(7, 60)})
    return doc


def sa_whats(g: Gen) -> Doc:
    """WhatsApp between a community health agent (ACS) on the farms' route and the nurse of the rural health post."""
    doc = Doc()
    acs = g.person(female=g.chance(0.7))
    enf = g.person(female=g.chance(0.8))
    p1 = g.person(female=False)
    p2 = g.person(female=True)
    pat = g.person(female=False)
    d = g.date()
    ts = g.times(10)
    a_name = P(g.pick([acs.first, acs.short, acs.full])) if g.chance(0.5) else (g.phone("wa"), "PHONE_NUMBER")
    e_name = P(g.pick([enf.first, enf.short])) if g.chance(0.4) else V(g.pick(["UBS Rural " + g.pick(["Linha Aurora", "São Bento", "Boa Esperança"]),
                                                                          "ESF Rural", "Posto de Saúde Distrito"]))
    msgs = [
        (a_name, "«en» bom dia, to na «farm». O «p1» (safrista) tá com tontura, vômito e suor desde ontem, mexeu com veneno na soja"),
        (e_name, "Manda ele vir agora. Tem o cartão do SUS dele?"),
        (a_name, "cns «cns» nasc «dob» cpf «cpf»"),
        (e_name, "Achei. O endereço no cadastro tá «ad», ainda é esse?"),
        (a_name, "não, agora mora no alojamento da fazenda. O patrão é o «pat» fone «pt»"),
        (e_name, "Ok. Vou ligar pro SAMU, se for intoxicação é notificação obrigatória. CID provável T60.0"),
        (a_name, "outra coisa: a «p2» grávida de 7 meses, cns «cns2», faltou o pré-natal de novo. mora na «ad2»"),
        (e_name, "Marca pra quinta com o Dr. «med». Pede pro marido dela, «p2h», levar"),
        (a_name, "ok. o celular dela é «c2»"),
        (e_name, "Anotado 🙏 obrigad«eo» «af»"),
    ]
    vals = dict(en=P(enf.first), farm=g.pick(FARMS), p1=P(g.pick([p1.first, p1.short, p1.nick])), cns=(g.cns(), "BR_CNS"),
                dob=(g.dob("br", 1975, 2006), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), ad=AD(g.address("low", 0.4)),
                pat=P(g.pick([pat.nick, pat.short])), pt=(g.phone(), "PHONE_NUMBER"), p2=P(g.pick([p2.first, p2.full])),
                cns2=(g.cns(), "BR_CNS"), ad2=AD(g.address("low", 0.5)), med=P(g.person().last), p2h=P(g.person(female=False).first),
                c2=(g.phone(g.pick(["raw", "plain", "dash"])), "PHONE_NUMBER"), eo=enf.o, af=P(acs.first))
    for (who, msg), tm in zip(msgs, ts):
        doc.t(f"{d} {tm} - ")
        doc.e(who[0], who[1])
        doc.t(": ")
        doc.f(msg, **vals)
        doc.t("\n")
    return doc


def sa_csv(g: Gen) -> Doc:
    """CSV extract of a vaccination campaign held at a cooperative's unit (e-SUS-like), mixed quality."""
    doc = Doc()
    resp = g.person()
    doc.f("-- extrato campanha «camp» — ponto de vacinação: «unit» — «d» — exportado por «u»\n",
          camp=g.pick(["Influenza 2025 trabalhadores rurais", "Febre amarela — área rural", "Antitetânica (dT) safra", "Hepatite B — aplicadores"]),
          unit=g.pick(["Cooperativa Mista Santa Rosa — Unid. Linha Aurora", "Armazém Coopervale", "Salão da Comunidade São Bento", "Sindicato Rural"]),
          d=g.date(), u=P(resp.full))
    cols = ["nome", "cns", "cpf", "dt_nasc", "sexo", "telefone", "vacina", "dose", "lote", "vacinador", "conselho"]
    rows = []
    vac = [g.person(female=True) for _ in range(2)]
    vcr = [g.council("COREN", g.pick(UFS)) for _ in vac]
    for _ in range(g.ri(4, 5)):
        p = g.person()
        k = g.ri(0, 1)
        rows.append([P(g.pick([p.caps, p.full, p.low])), (g.cns(False), "BR_CNS") if g.chance(0.85) else V(""),
                     (g.cpf("raw"), "BR_CPF") if g.chance(0.6) else V(""), (g.dob(g.pick(["iso", "br"]), 1950, 2006), "DATE_OF_BIRTH"),
                     V("F" if p.female else "M"), (g.phone("raw"), "PHONE_NUMBER") if g.chance(0.7) else V(""),
                     V(g.pick(["INF", "FA", "dT", "HB"])), V(g.pick(["D1", "D2", "REF", "DU"])), V(f"{g.hexs(2, True)}{g.d(4)}"),
                     P(vac[k].short), (vcr[k], "PROFESSIONAL_ID")])
    table_csv(doc, cols, rows, sep=g.pick([";", ","]))
    doc.f("-- «n» registros; sem CNS: busca no CADSUS pendente. Dúvidas: «r» («rt»)\n", n=len(rows), r=P(resp.first), rt=(g.phone(), "PHONE_NUMBER"))
    return doc


# =========================================================================== financeiro


def fi_pronaf(g: Gen) -> Doc:
    """Pronaf rural-credit proposal filled in at a credit union, with project technician and guarantee."""
    doc = Doc()
    p = g.person()
    sp = g.relative(p, female=not p.female)
    tec = g.person()
    ger = g.person()
    cy, uf = g.city()
    doc.f("«bank» — PROPOSTA DE CRÉDITO RURAL — PRONAF «lin»\nPosto de atendimento: PA «ag»   Nº proposta: «np»   Data: «d»\n\n"
          "1. PROPONENTE\nNome: «pn»   CPF: «cpf»   Nasc.: «dob»\nRG: «rg»   NIS: «nis»   CAF: «caf»\n"
          "Cônjuge: «sn»   CPF: «scpf»\nEndereço: «ad» — «cy»/«uf» — CEP «cep»\nCelular: «tel»   E-mail: «em»\n\n",
          bank=g.pick(["SICREDI", "SICOOB", "CRESOL", "BANCO DO BRASIL", "BANCO DO NORDESTE"]), lin=g.pick(["MAIS ALIMENTOS", "CUSTEIO", "MULHER", "AGROECOLOGIA", "JOVEM"]),
          ag=g.ri(1, 60), np=f"{g.d(4)}.{g.d(6)}", d=g.date(), pn=P(g.pick([p.caps, p.full])), cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob(lo=1950, hi=2004), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"), nis=(g.pis(), "BR_PIS"),
          caf=f"{uf}{g.d(6)}.{g.d(6)}.{g.d(4)}", sn=P(g.pick([sp.caps, sp.full])), scpf=(g.cpf(), "BR_CPF"), ad=AD(g.address(rural=0.7)),
          cy=cy, uf=uf, cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"),
          em=(g.email(p), "EMAIL_ADDRESS") if g.chance(0.6) else V("—"))
    item = g.pick([("Trator 75 cv 4x4 + grade aradora", 180000), ("Ordenhadeira + resfriador 1.000 L", 65000),
                   ("Custeio milho safrinha 18 ha", 42000), ("Estufa para hortaliças 2 módulos", 38000),
                   ("Aquisição de 12 novilhas leiteiras", 96000), ("Correção de solo (calcário) 25 ha", 21000)])
    doc.f("2. FINANCIAMENTO\nFinalidade: «it»\nValor solicitado: R$ «v»   Taxa: «tx»% a.a.   Prazo: «pz» anos (carência «ca»)\n"
          "Renda bruta anual (CAF): R$ «rb»\nConta para liberação: agência «ag2», conta «cc»\n\n"
          "3. GARANTIAS\n«gar»\n\n4. PROJETO TÉCNICO\nElaborado por: «tn» — «crea»   Empresa: «emp»\n"
          "Imóvel: «farm», «ha» ha, CAR «car», matrícula «mat»\n\n5. PARECER\n«par» — «gn», gerente de relacionamento\n",
          it=item[0], v=g.money(item[1] // 2, item[1]), tx=g.pick(["0,5", "3", "4", "6", "8"]), pz=g.ri(2, 10), ca=g.pick(["6 meses", "1 ano", "3 anos"]),
          rb=g.money(40000, 500000), ag2=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          gar=g.pick([f"Alienação fiduciária do bem financiado + aval de {{AV}}", "Penhor cedular da safra", f"Hipoteca cedular de 1º grau do imóvel + aval de {{AV}}"]),
          tn=P(tec.full), crea=(g.council("CREA", uf), "PROFESSIONAL_ID"), emp=g.pick(["Emater", "Agrotec Planejamento Rural", "Kist & Hammes Consultoria"]),
          farm=g.pick(FARMS), ha=f"{g.ri(3, 90)},{g.d(1)}", car=g.car(uf), mat=g.d(5),
          par=g.pick(["Favorável. Cadastro aprovado, sem restrições no SCR", "Favorável com ressalva: regularizar ITR 2024",
                      "Pendente: seria prudente aguardar o laudo de avaliação"]), gn=P(ger.full))
    if g.chance(0.6):
        i = doc.text.index("\nCônjuge: ")
        tail_spans = [s for s in doc.spans if s["start"] > i]
        ins = "   Título: "
        tv = g.titulo()
        shift = len(ins) + len(tv)
        doc.text = doc.text[:i] + ins + tv + doc.text[i:]
        for s in tail_spans:
            s["start"] += shift
            s["end"] += shift
        doc.spans.append({"start": i + len(ins), "end": i + len(ins) + len(tv), "label": "BR_TITULO_ELEITOR"})
    # the guarantor's name is written into "gar" above as a placeholder; spell it out as its own span
    if "{AV}" in doc.text:
        i = doc.text.index("{AV}")
        av = g.person().full
        shift = len(av) - 4
        doc.text = doc.text[:i] + av + doc.text[i + 4:]
        for s in doc.spans:
            if s["start"] > i:
                s["start"] += shift
                s["end"] += shift
        doc.spans.append({"start": i, "end": i + len(av), "label": "PERSON"})
    return doc


def fi_romaneio(g: Gen) -> Doc:
    """Grain delivery settlement (extrato de romaneios) as CSV from the cooperative's ERP, with deductions and payment."""
    doc = Doc()
    p = g.person()
    hasco = g.chance(0.25)
    doc.f("# extrato_entregas_«m».csv — produtor: «pn» — «id» — matrícula «mat»\n",
          m=g.date("iso")[:7].replace("-", ""), pn=P(g.pick([p.caps, p.full])), id=(g.cpf("raw"), "BR_CPF") if not hasco else (g.cnpj(), "BR_CNPJ"),
          mat=g.d(6))
    cols = ["romaneio", "data", "produto", "placa", "motorista", "peso_bruto", "umid%", "desc_kg", "liquido_kg", "nf_produtor"]
    rows = []
    for _ in range(g.ri(3, 5)):
        mo = g.person(female=False)
        rows.append([V(g.neg(11)), V(g.date()), V(g.pick(["SOJA", "MILHO", "SOJA"])), (g.plate(), "LICENSE_PLATE"),
                     P(g.pick([mo.caps, mo.short, mo.nick])) if g.chance(0.7) else V(""), V(f"{g.ri(20, 52)}{g.d(3)}"), V(f"{g.ri(11, 24)},{g.d(1)}"),
                     V(g.d(3)), V(f"{g.ri(18, 49)}{g.d(3)}"), V(f"{g.d(3)}.{g.d(3)}")])
    table_csv(doc, cols, rows, sep=";")
    doc.f("\n# fixação: «sc» sc x R$ «pr» = R$ «tot»  (FUNRURAL 1,5% e SENAR 0,2% retidos)\n"
          "# pagamento: TED «bk» ag «ag» cc «cc» favorecido «fav»  | ou Pix «pix»\n# liquidado por «an» em «d»\n",
          sc=g.ri(300, 9000), pr=g.money(95, 150), tot=g.money(30000, 900000), bk=g.pick(["748", "756", "001", "104", "237"]),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), fav=P(p.caps) if g.chance(0.7) else V("o próprio"),
          pix=(g.uuid(), "PIX_KEY"), an=V(login(g.person())) if g.chance(0.5) else P(g.person().short), d=g.date())
    return doc


def fi_folha(g: Gen) -> Doc:
    """Payroll of harvest workers (safristas) with rulers, payment by Pix or bank account."""
    doc = Doc()
    emp = g.person()
    cont = g.person()
    uf = g.pick(UFS)
    doc.f("FOLHA DE PAGAMENTO — SAFRISTAS — competência «comp»\nEmpregador: «en» — CAEPF «caepf» — «farm»\n\n",
          comp=g.pick(["03/2025", "04/2025", "05/2025", "06/2025", "02/2026"]), en=P(emp.caps), caepf=f"{g.d(3)}.{g.d(3)}.{g.d(3)}/{g.d(3)}-{g.d(2)}",
          farm=g.pick(FARMS))
    rows = []
    for _ in range(g.ri(4, 6)):
        w = g.person(female=g.chance(0.2))
        k = g.ri(0, 2)
        pay = {0: [(g.uuid(), "PIX_KEY")], 1: [V("Pix CPF")], 2: [(g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]}[k]
        cells = [P(g.pick([w.caps, w.caps, w.full])), (g.cpf(), "BR_CPF"), (g.pis("raw"), "BR_PIS"),
                 V(g.pick(["colhedor café", "safrista", "tratorista", "bituqueiro", "bandeirinha"])), V(str(g.ri(8, 26))),
                 V(g.money(1500, 4800))]
        if k == 2:
            cells += [V("Conta"), (pay[0][0] + " / " + pay[1][0], None)]
            rows.append((cells, pay))
        elif k == 0:
            cells += [V("Pix aleat."), pay[0]]
            rows.append((cells, None))
        else:
            cells += [V("Pix CPF"), V("(mesmo CPF)")]
            rows.append((cells, None))
    cols = ["Nome", "CPF", "PIS/NIT", "Função", "Dias", "Líquido R$", "Forma", "Dados p/ pagto"]
    widths = [max([len(c)] + [len(r[0][k][0]) for r in rows]) for k, c in enumerate(cols)]
    rule = "-" * (sum(widths) + 2 * len(widths)) + "\n"
    doc.t(rule + "  ".join(c.ljust(w) for c, w in zip(cols, widths)) + "\n" + rule)
    for cells, acc in rows:
        for k, ((v, lab), w) in enumerate(zip(cells, widths)):
            if k:
                doc.t("  ")
            if acc and k == len(cells) - 1:
                doc.e(acc[0][0], "BANK_ACCOUNT")
                doc.t(" / ")
                doc.e(acc[1][0], "BANK_ACCOUNT")
                doc.t(" " * (w - len(v)))
            else:
                doc.cell(v, w, lab)
        doc.text = doc.text.rstrip(" ")
        doc.t("\n")
    doc.t(rule)
    doc.f("Total líquido: R$ «t»   FGTS: R$ «f»   INSS/FUNRURAL: R$ «i»\nContador responsável: «cn» — «crc»\n"
          "Obs.: «obs»\n",
          t=g.money(9000, 40000), f=g.money(800, 4000), i=g.money(500, 5000), cn=P(cont.full), crc=(g.council("CRC", uf), "PROFESSIONAL_ID"),
          obs=g.pick(["Pix CPF: chave é o próprio CPF do trabalhador", "2 trabalhadores sem conta — pagos em espécie com recibo",
                      "diária de colheita por lata: R$ 16,00", "vale-transporte não se aplica (alojamento na fazenda)"]))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """E-mail thread: overdue input purchase (safra account) at the cooperative store, renegotiation and card payment."""
    doc = Doc()
    p = g.person()
    an = g.person()
    dom = g.pick(COOP_DOMS)
    doc.f("De: «pn» <«pe»>\nPara: cobranca@«dom»\nAssunto: Re: Aviso de débito — conta safra «cs» — insumos «safra»\n\n",
          pn=P(g.pick([p.full, p.caps, p.short])), pe=(g.email(p), "EMAIL_ADDRESS"), dom=dom, cs=g.d(7), safra=g.pick(["24/25", "25/26"]))
    doc.f("Boa tarde «af»,\n\nrecebi o aviso mas a quebra de safra foi grande, a estiagem pegou o milho em cheio (laudo do Proagro em anexo, "
          "comunicação de perdas nº «cp»). Consigo pagar uma parte agora no cartão e o resto na entrega da soja.\n\n"
          "Cartão: «card» validade «val»\nTitular: «tn»\nCPF: «cpf»\n\nSe preferir, débito na minha conta do «bk», ag «ag» c/c «cc».\n"
          "Telefone pra contato: «tel»\n\n«sig»\n\n",
          af=P(an.first), cp=g.neg(11) if g.chance(0.5) else f"{g.d(4)}/{g.ri(2024, 2026)}", card=(g.card(g.chance(0.7)), "CREDIT_CARD"),
          val=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", tn=P(fold(p.short).upper()), cpf=(g.cpf(), "BR_CPF"),
          bk=g.pick(["Sicredi", "Sicoob", "BB", "Cresol"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          tel=(g.phone(), "PHONE_NUMBER"), sig=P(g.pick([p.first, p.nick, p.short])))
    doc.f("> Em «d», Cobrança «coop» escreveu:\n> Prezado(a) cooperado(a), consta em aberto o valor de R$ «v» referente às notas «nf1» e «nf2» "
          "(fertilizante 04-14-08, semente «sem», defensivos). Juros de 1% a.m. a partir de «venc». Pedido de venda «ped».\n> Atenciosamente, «an» — «ae»\n\n",
          d=g.date(), coop=g.pick(COOPS), v=g.money(8000, 600000), nf1=f"{g.d(3)}.{g.d(3)}", nf2=f"{g.d(3)}.{g.d(3)}",
          sem=g.pick(["soja TMG 7063", "milho DKB 290", "feijão BRS Estilo"]), venc=g.date(), ped=f"PV-{g.d(7)}",
          an=P(an.full), ae=(staff_mail(g, an, dom), "EMAIL_ADDRESS"))
    doc.f("---- nota interna (não enviar ao cooperado) ----\n«an2»: NÃO lançar cartão digitado por e-mail, pedir pra passar na maquininha da loja. "
          "Cartão registrado só como «mk». Renegociação aprovada pelo comitê: entrada R$ «ent» + saldo para «sv».\n",
          an2=P(g.person().short), mk=g.masked_card(), ent=g.money(2000, 50000), sv=g.date())
    return doc


def fi_itr(g: Gen) -> Doc:
    """Summary of a rural land tax return (DITR) and CCIR prepared by the accountant for a condominium of heirs."""
    doc = Doc()
    cont = g.person()
    cy, uf = g.city()
    at_ = g.ri(50, 3000)
    doc.f("«esc» — RESUMO DITR «ex» / CCIR\n\nImóvel: «farm»   NIRF/CIB: «nirf»   Código INCRA/SNCR: «ccir»\n"
          "Município: «cy»/«uf»   Área total: «at» ha   Área tributável: «atb» ha   Grau de utilização: «gu»%\nCAR: «car»\n\n"
          "CONDÔMINOS:\n",
          esc=g.pick(["PAIM & BRUM CONTADORES", "CONTABILIDADE RURAL AURORA", "KIST CONTÁBIL", "ESCRITÓRIO CONTÁBIL DAL MOLIN"]), ex=g.pick(["2025", "2024"]),
          farm=g.pick(FARMS), nirf=g.nirf(), ccir=g.ccir(), cy=cy, uf=uf, at=f"{at_:,}".replace(",", ".") + f",{g.d(2)}", atb=f"{int(at_ * g.rng.uniform(0.5, 0.9)):,}".replace(",", ".") + f",{g.d(2)}",
          gu=g.ri(60, 100), car=g.car(uf))
    cond = [g.person() for _ in range(g.ri(2, 4))]
    base = g.person().last
    for c in cond:
        c.surnames = [s for s in c.surnames[:1]] + [base]
    for i, c in enumerate(cond):
        pct = 100 // len(cond)
        doc.t(f"  {i + 1}. ")
        doc.e(g.pick([c.caps, c.full]), "PERSON")
        doc.t(" — CPF ")
        doc.e(g.cpf(), "BR_CPF")
        doc.t(f" — {pct}%" + (" (declarante)" if i == 0 else "") + " — end. ")
        doc.e(g.address(rural=0.3), "ADDRESS")
        doc.t(", CEP ")
        doc.e(g.cep(), "BR_CEP")
        doc.t("\n")
    doc.f("\nVTN declarado: R$ «vtn»   ITR devido: R$ «itr»   Quotas: «q»\nDARF cód. 1070 — vencimento «venc»\n"
          "Débito automático: banco «bk», agência «ag», conta «cc» (conta do declarante)\n\n"
          "Pendências: «pend»\nResponsável: «cn» — «crc» — «ce» — «ct»\n",
          vtn=g.money(200000, 20000000), itr=g.money(100, 90000), q=g.ri(1, 8), venc=g.date(), bk=g.pick(["001", "748", "756", "104"]),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          pend=g.pick(["ADA do Ibama não entregue (área de reserva legal)", "CCIR 2023/2024/2025 não quitado", "divergência de área CAR x SIGEF",
                       "nenhuma"]),
          cn=P(cont.full), crc=(g.council("CRC", uf), "PROFESSIONAL_ID"), ce=(staff_mail(g, cont, g.pick(["gmail.com", "contabilrural.com.br"])), "EMAIL_ADDRESS"),
          ct=(g.phone(mobile=False), "PHONE_NUMBER"))
    return doc


def fi_leilao(g: Gen) -> Doc:
    """Cattle auction settlement (nota de leilão): seller, buyers, lots, commission, payment data."""
    doc = Doc()
    sel = g.person()
    leil = g.person(female=False)
    doc.f("«lc» — LEILÃO «tipo» — «d» — Recinto «rec»\nNOTA DE LIQUIDAÇÃO — VENDEDOR\n\n"
          "Vendedor: «sn»  CPF «scpf»  IE «ie»\nPropriedade de origem: «farm»  GTA(s): «g1», «g2»\n\n",
          lc=g.pick(["Leilões Carneiro & Pastor", "Canal Rural Leilões", "Leiloeira Rosa Branca", "Estância Leão Dourado Remates"]),
          tipo=g.pick(["DE GADO DE CORTE", "VIRTUAL DE MATRIZES NELORE", "DE BEZERROS DESMAMADOS", "DE GADO LEITEIRO"]),
          d=g.date(), rec=g.pick(["Parque de Exposições " + g.pick(CITIES)[0], "Sindicato Rural", "online"]), sn=P(g.pick([sel.caps, sel.full])),
          scpf=(g.cpf(), "BR_CPF"), ie=g.ie(), farm=g.pick(FARMS), g1=g.gta(), g2=g.gta())
    doc.t("Lote  Qtde  Categoria               Comprador                              CPF/CNPJ             R$/cab      Total\n")
    for _ in range(g.ri(3, 4)):
        b = g.person()
        bn = g.pick([b.caps, b.full, b.inverted]) if g.chance(0.8) else g.pick(COMPANIES).upper()
        q = g.ri(5, 60)
        doc.t(f"{g.ri(1, 80):>4}  {q:>4}  {g.pick(['bezerros 8-10@', 'novilhas prenhes', 'vacas boiadeiras', 'garrotes', 'bezerras desmamadas']):22s}  ")
        company = bn in [c.upper() for c in COMPANIES]
        doc.cell(bn, 38, None if company else "PERSON")
        doc.t(" ")
        doc.cell(g.cnpj() if company else g.cpf(), 20, "BR_CNPJ" if company else "BR_CPF")
        doc.t(f" {g.money(1500, 9000):>10}  {g.money(10000, 400000):>10}\n")
    doc.f("\nComissão leiloeiro («cm»%): R$ «com»   FUNRURAL: R$ «fun»   Frete: R$ «fr»\nLíquido ao vendedor: R$ «liq»\n"
          "Crédito em «dc»: «bk» ag. «ag» conta «cc» — titular «tit»\nChave Pix alternativa (aleatória): «pix»\n\n"
          "Leiloeiro: «ln»   Assessor comercial: «as», tel «at»\n",
          cm=g.pick(["3", "4", "5"]), com=g.money(1000, 40000), fun=g.money(200, 9000), fr=g.money(0, 8000), liq=g.money(20000, 900000),
          dc=g.date(), bk=g.pick(["Sicredi", "BB", "Bradesco", "Sicoob"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          tit=P(sel.caps), pix=(g.uuid(), "PIX_KEY"), ln=P(leil.full), uf=g.pick(UFS), jc=g.d(3), as_=None,
          at=(g.phone(), "PHONE_NUMBER"), **{"as": P(g.person().short)})
    return doc


def fi_extrato(g: Gen) -> Doc:
    """Bank reconciliation of the cooperative's store account: Pix in, card sales, TEDs, with the analyst's notes."""
    doc = Doc()
    an = g.person()
    coop = g.pick(COOPS)
    doc.f("CONCILIAÇÃO BANCÁRIA — «coop» — Loja Agropecuária Unid. «u» — «d»\nConta: ag. «ag» c/c «cc» (Sicredi)   CNPJ «cnpj»\n"
          "Analista: «an»\n\n",
          coop=coop, u=g.pick(CITIES)[0], d=g.date(), ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          cnpj=(g.cnpj(), "BR_CNPJ"), an=P(an.full))
    lines = []
    for _ in range(g.ri(5, 7)):
        k = g.ri(0, 4)
        p = g.person()
        if k == 0:
            nm = fold(p.full).upper()[:g.ri(18, 26)].rstrip()
            lines.append([V(g.date("short")), V("PIX RECEBIDO"), P(nm) if not nm.endswith((" DE", " DA", " DO", " DOS")) else P(nm.rsplit(" ", 1)[0]), (g.cpf(), "BR_CPF") if g.chance(0.5) else V(f"***.{g.d(3)}.{g.d(3)}-**"), V(g.money(100, 90000))])
        elif k == 1:
            lines.append([V(g.date("short")), V("TED RECEBIDA"), P(p.caps), (g.cpf(), "BR_CPF"), V(g.money(1000, 200000))])
        elif k == 2:
            lines.append([V(g.date("short")), V("VENDAS CARTÃO"), V(g.pick(["CIELO", "STONE", "REDE", "SICREDI MAQ"])), V(f"lote {g.d(6)}"), V(g.money(500, 60000))])
        elif k == 3:
            lines.append([V(g.date("short")), V("PIX ENVIADO"), P(p.caps), (g.uuid(), "PIX_KEY"), V("-" + g.money(100, 20000))])
        else:
            lines.append([V(g.date("short")), V("TARIFA"), V("PACOTE PJ"), V(""), V("-" + g.money(10, 300))])
    cols = ["data", "histórico", "contraparte", "doc/chave", "valor"]
    table_ruled(doc, cols, lines, ch="-", bar="|")
    cb = g.person()
    doc.f("\nPendências («an2»):\n- Chargeback da venda no cartão «card» (cliente «cbn», CPF «cbc») — cliente não reconhece compra de R$ «v». "
          "Cartão apareceu completo no comprovante da maquininha antiga, pedir troca do POS.\n- Pix de «pn» sem identificação de nota: ligar «tel».\n"
          "- Diferença de R$ «dif» no fechamento do caixa de «dd»: o caixa «cx» vai justificar.\n",
          an2=P(an.first), card=(g.card(), "CREDIT_CARD"), cbn=P(cb.full), cbc=(g.cpf(), "BR_CPF"), v=g.money(200, 9000),
          pn=P(g.person().short), tel=(g.phone(), "PHONE_NUMBER"), dif=g.money(1, 900), dd=g.date(), cx=P(g.person().first))
    return doc

TEMPLATES = {
    "atendimento": [at_ficha, at_whats, at_gta, at_log, at_caf, at_agenda, at_ater],
    "juridico": [ju_posse, ju_cpr, ju_trab, ju_notif, ju_ata, ju_inv, ju_csv],
    "saude": [sa_sinan, sa_aso, sa_cat, sa_vet, sa_receita, sa_whats, sa_csv],
    "financeiro": [fi_pronaf, fi_romaneio, fi_folha, fi_cobranca, fi_itr, fi_leilao, fi_extrato],
}


CPF_SHAPED = re.compile(r"(?<![\w.\-/])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\w\-/])")


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", v.translate(OCR_UNDO)) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS", "ADDRESS") else ""
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
            assert not re.search(r"[0-9]", v.translate(str.maketrans("", "", "1"))), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v), (record["id"], v)
    # every CPF-shaped number outside a gold span must fail the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    negs = 0
    for m in CPF_SHAPED.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        n = re.sub(r"\D", "", m.group(1))
        assert not cpf_ok(n), (record["id"], "unlabelled valid CPF", m.group(1))
        negs += 1
    record["_negs"] = negs


def build() -> tuple[list[dict], Gen]:
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
    return records, g


def rare_share(records: list[dict]) -> float:
    total = rare = 0
    folded = {fold(w).lower() for name in RARE for w in re.findall(r"[\w'-]+", name)}
    for r in records:
        for s in r["spans"]:
            if s["label"] != "PERSON":
                continue
            for w in re.findall(r"[\w'-]+", r["text"][s["start"]:s["end"]]):
                if w.lower() in PARTICLES or w.lower() in ("van", "der"):
                    continue
                total += 1
                rare += fold(w).lower() in folded
    return rare / max(total, 1)


def main() -> None:
    records, g = build()
    for n in g.neg11:
        assert not cpf_ok(n), n
    negs = sum(r.pop("_negs") for r in records)
    assert len({r["id"] for r in records}) == len(records)
    with (HERE / OUT).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print(OUT.split(".")[0], len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")
    print(f"  unlabelled CPF-shaped numbers (all fail the CPF check): {negs}; 11-digit hard negatives generated: {len(g.neg11)}")


if __name__ == "__main__":
    sys.exit(main())
