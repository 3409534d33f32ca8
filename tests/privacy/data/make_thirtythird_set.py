"""Build the thirty-third labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_thirtythird_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 33,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: travel, tourism and hospitality, the way personal
data sits in hotels, pousadas, airlines, travel agencies, bus companies and event organisers:
the ALL CAPS and slashes of airline systems (manifests, PNR-like records, PIR files), the
semicolon/JSON exports of booking engines, front-desk logs written in a hurry, reservation
e-mails, consumer complaints and small-claims (JEC) lawsuits over cancelled flights, travel
insurance and first-aid records, chargebacks, instalment plans, commissions and refunds.
- atendimento: 0 hotel guest registration (FNRH) with the front-desk log; 1 booking-engine
  export (semicolon CSV in even copies, JSON in odd copies) with the revenue analyst's note;
  2 reservation e-mail thread with a date change (guest, reservations agent, manager);
  3 airline passenger manifest and PNR-like record (SSR DOCS/CTCM/CTCE lines); 4 lost
  luggage report (PIR) with the delivery address and the follow-up; 5 tour roster of a
  receptive agency (CADASTUR guides, van, driver, passengers, emergency contacts);
  6 event attendee list and badge/check-in log (CSV with the registration IPs).
- juridico: 0 consumidor.gov.br / Procon complaint about a cancelled flight with the
  airline's reply; 1 JEC initial petition (passenger against airline, lawyer, ANAC rule);
  2 JEC conciliation hearing record (settlement paid to an account or random Pix key);
  3 power of attorney and fee agreement of a family against a travel agency (minor children
  with birth dates); 4 extrajudicial notice over a car damaged in a hotel's valet (plate,
  CNH); 5 tourist police report (DEATUR) on stolen documents at a hotel or beach; 6 a law
  firm's spreadsheet of airline cases (semicolon CSV) with the covering e-mail.
- saude: 0 travel insurance claim for medical care abroad (reimbursement account);
  1 hotel first-aid log (livro de ocorrências da enfermaria / recepção); 2 MEDIF (fitness to
  fly) form with the attending physician; 3 in-flight medical incident report (crew,
  volunteer doctor on board); 4 health form of a school / church excursion (minors, CNS,
  guardians); 5 medical certificate sent to cancel a package, with the agency's e-mail;
  6 medical post log of a festival or congress (ambulance plate, COREN, CRM).
- financeiro: 0 chargeback dispute at a hotel (acquirer letter, card authorisation form,
  booking IP); 1 instalment plan (carnê) of a travel package with a guarantor; 2 agency
  commission statement of freelance agents (NIT/PIS, accounts, Pix); 3 refund request of a
  cancelled package; 4 corporate travel invoice (travellers, e-tickets, cost centres);
  5 seasonal staff payroll of a resort (folha de temporada); 6 bus company passenger list
  (ANTT) and refund log (bus plate, driver's CNH).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.",
"Dra.", "dona", "seu", "MR", "MRS", "MSTR", "CHD"; particles inside a name are part of it;
"SURNAME, GIVEN" is one span; first names alone, nicknames, lower-case and ALL CAPS forms are
persons. New here: the airline form "SURNAME/GIVEN" (manifests, PNR, PIR, SSR DOCS) is one
PERSON span, the title after it (MR/MRS/MSTR/MISS/CHD/INF) stays outside; badge names
("Tati", "Zeca") are persons. Guests, passengers, attendants, receptionists, managers,
guides, drivers, crew members, lawyers, judges, doctors, nurses and analysts named in the
text are persons; logins (recep.jsouza, ag_mlima), system users, chatbots ("Lia", the
virtual assistant, written as "assistente virtual LIA") are not.
People's e-mails, corporate ones included, are EMAIL_ADDRESS; role mailboxes (reservas@,
sac@, juridico@, financeiro@, eventos@, contato@) are not labelled. ADDRESS is street type +
name + number + complement in one span (the guest's or passenger's home, or a private
delivery address); hotels', airlines', agencies', courts' and event venues' addresses are not
labelled, nor a street named after a person used as a place or a street named without a number ("em frente à Barão
de Mauá", "não parar na Rua Castro Alves (obra)"). City, UF and country stay outside; CEP is BR_CEP. Agency and
account are separate BANK_ACCOUNT spans; bank codes are not. DATE_OF_BIRTH only for people's
birth dates (the PNR form "12MAR85" included); check-in, flight, issue and due dates are not.
PROFESSIONAL_ID includes the council acronym and UF (CRM, COREN, OAB); CADASTUR numbers of
guides and agencies, ANAC licence numbers of crew, IATA agency codes and ANTT registrations
are not labelled. A CNPJ is BR_CNPJ wherever it appears (airlines, hotels and agencies
included), numeric or alphanumeric. Passport numbers have no label in this scheme and stay
unlabelled (they are written as they stand: "FX482913"). Car, van and bus plates are
LICENSE_PLATE; aircraft registrations (PR-XMA) and flight numbers are not. IPv4 addresses of
bookings, registrations and e-signatures are IP_ADDRESS. PIX_KEY only for random (UUID)
keys; a Pix key that is a CPF, e-mail or phone takes that label. NIT/NIS are BR_PIS. Masked
values (**** 4821, ***.482.***-**), reservation, locator (PNR), e-ticket, bag tag, PIR file,
loyalty-programme, policy, claim, order, NSU/authorisation, protocol, ticket and contract
numbers, CNJ process numbers and boletim numbers are not labelled.

Names: Brazilian names of many origins (Portuguese common and north-eastern / coined ones
such as Deusdete, Josenildo, Maricleide, Kétlin, Thaynara, Wandeska; Italian, German,
Japanese, Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese, Bolivian, Argentine,
indigenous, Jewish), at least a quarter of the name words rare or invented; names that are
everyday words (Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória, Aurora, Branco, Estrela,
Sereno) next to the same words as words and in places and companies (Hotel Vitória Palace,
Pousada Flor do Mar, Aurora Eventos, Rosa dos Ventos Turismo, Bento Gonçalves, Presidente
Prudente, "vinho branco", "luz do quarto", "mar sereno"), which are not persons.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(loyalty numbers, NSU, reservation ids), ICD-10 codes, money, PNR locators, e-ticket numbers,
bag tags, flight numbers, aircraft registrations, protocol, order and policy numbers, laws and
rules (Lei 8.078/1990, Resolução ANAC 400/2016, Lei 11.771/2008, Lei 14.046/2020,
Lei 13.709/2018), dates that are not birth dates, company names holding surnames, streets
named after people used as places.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 33
OUT = "thirtythird"

LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}

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
        return None
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


def up(s: str) -> str:
    return fold(s).upper()


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Ana Paula", "Maria Eduarda", "Juliana", "Fernanda", "Camila", "Patrícia", "Aline", "Letícia", "Beatriz",
        "Mariana", "Gabriela", "Renata", "Cláudia", "Sônia", "Vera Lúcia", "Luciana", "Débora", "Priscila",
        "Tatiane", "Carla", "Helena", "Isabela", "Raquel", "Adriana", "Sandra", "Maria José"]
RARE_F = ["Kétlin", "Rayssa", "Josilene", "Maricleide", "Cleonice", "Deuzuíte", "Ivonete", "Lucinéia", "Valquíria",
          "Gleiciane", "Euzilene", "Jardelina", "Quitéria", "Albanisa", "Dagmar", "Zilá", "Ednalva", "Hosana",
          "Elizonete", "Thaynara", "Kemilly", "Wandeska", "Rozilda", "Adalgisa", "Berenice", "Jociele", "Nayane",
          "Luedja", "Iraci", "Marinalva", "Dalvanira", "Sheyla Kássia", "Joscelaine", "Edileusa"]
PT_M = ["João Pedro", "Carlos Eduardo", "Marcelo", "Rafael", "Bruno", "Gustavo", "Felipe", "Thiago", "André",
        "Rodrigo", "Luiz Fernando", "Paulo", "Roberto", "Fábio", "Diego", "Leonardo", "Ricardo", "Vinícius",
        "Eduardo", "Alexandre", "Sérgio", "José", "Antônio", "Francisco"]
RARE_M = ["Deusdete", "Josenildo", "Edvaldo", "Gildásio", "Aldemir", "Jailson", "Cleiton", "Raelson", "Erisvaldo",
          "Ubirajara", "Nivaldo", "Ozéias", "Zacarias", "Heráclito", "Epaminondas", "Rosivaldo", "Genivaldo",
          "Alcebíades", "Dejair", "Jusciê", "Kauã", "Irineu", "Hermógenes", "Tertuliano", "Valdivino", "Wesley Kauan",
          "Adenilson", "Clébio", "Jeová", "Ridalvo", "Osvaldino", "Cosme Damião", "Elinaldo"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Lima", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Ribeiro", "Martins", "Alves", "Gomes", "Barbosa", "Rocha", "Cardoso", "Nascimento", "Araújo", "Carvalho",
          "Mendes", "Nunes", "Teixeira", "Vieira", "Lopes", "Soares", "Dias", "Cavalcanti", "Moura", "Barros"]
RARE_SUR = ["Quaresma", "Cunegundes", "Alencastro", "Venâncio", "Damasceno", "Figueiró", "Rebouças", "Camelo",
            "Sardinha", "Jatobá", "Valadares", "Sarmento", "Bezerril", "Cruvinel", "Ximenes", "Queiroga", "Wanderley",
            "Maranhão", "Nóbrega", "Bandeira de Melo", "Furtado", "Aragão", "Bittencourt", "Pimentel", "Sobreira",
            "Arcoverde", "Guimarães Rosa", "Tabosa", "Caldas", "Jurema", "Leite Chaves", "Mascarenhas", "Pompeu",
            "Teles", "Anunciação", "Pitombo", "Lustosa", "Coqueiro"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Estrela"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Sereno", "Justo"]
WORD_SUR = ["Rosa", "Branco", "Amado", "Prudente", "Bento", "Luz", "Flor", "Pinheiro", "Leão", "Campos", "Prado",
            "Fontes", "Monte", "Vitória", "Serra", "Mar"]
NICK = {"José": "Zé", "Antônio": "Tonho", "Francisco": "Chico", "Deusdete": "Dedé", "Josenildo": "Nildo",
        "Maricleide": "Cleide", "Gildásio": "Gil", "Epaminondas": "Nonô", "Zacarias": "Zaca", "Rosivaldo": "Rosi",
        "Elizonete": "Zete", "Quitéria": "Teca", "Adalgisa": "Gisa", "Tatiane": "Tati", "Maria Eduarda": "Duda",
        "João Pedro": "JP", "Carlos Eduardo": "Cadu", "Luiz Fernando": "Nando", "Valdivino": "Divino",
        "Hermógenes": "Mogi", "Marinalva": "Nalva", "Edileusa": "Leusa", "Gabriela": "Gabi", "Beatriz": "Bia",
        "Rafael": "Rafa", "Alexandre": "Xande", "Vinícius": "Vini", "Fernanda": "Nanda", "Bento": "Bentinho",
        "Amado": "Amadinho", "Jailson": "Jajá"}
FOREIGN = {
    "it": (["Graziela", "Giovana", "Loredana"], ["Angelo", "Domenico", "Bruno"], ["Zanella", "Bertolucci", "Fontana", "Mazzaropi", "Rinaldi"]),
    "de": (["Hilda", "Ingrid", "Gerlinde"], ["Egon", "Gunther", "Helmut"], ["Schneider", "Brandt", "Wolff", "Hoffmeister", "Kuhnen"]),
    "jp": (["Satiko", "Emiko", "Harumi"], ["Massao", "Hideo", "Takeshi"], ["Nakamura", "Yamashiro", "Higa", "Shimabukuro", "Kinjo"]),
    "lb": (["Jamile", "Samira", "Nagla"], ["Salim", "Farid", "Jorge Elias"], ["Haddad", "Maluf", "Jabour", "Khouri", "Sfeir"]),
    "kr": (["Min-ji", "Soo-ah"], ["Jae-won", "Dong-hyun"], ["Kim", "Park", "Lee", "Choi"]),
    "cn": (["Mei", "Xiaoling"], ["Wei", "Jianguo"], ["Chen", "Wang", "Zhou", "Lin"]),
    "ht": (["Nadège", "Wislande", "Guerda"], ["Jean-Robert", "Frantzy", "Wilner"], ["Pierre-Louis", "Joseph", "Charlestin", "Desir"]),
    "ao": (["Kiesse", "Nzinga", "Luzolo"], ["Ngola", "Bumba", "Kiluanji"], ["Mabiala", "Nsingui", "Kassoma", "Tchipilica"]),
    "sn": (["Awa", "Ndeye", "Mariama"], ["Cheikh", "Mamadou", "Babacar"], ["Ndiaye", "Diop", "Fall", "Seck"]),
    "bo": (["Wilma", "Filomena", "Nayra"], ["Evaristo", "Wilber", "Nemesio"], ["Choque", "Huanca", "Mamani", "Ticona"]),
    "ar": (["Florencia", "Agustina", "Milagros"], ["Facundo", "Santiago", "Nahuel"], ["Giménez", "Etcheverry", "Ruiz Díaz", "Pereyra"]),
    "ind": (["Iracema", "Yakecan", "Potyra"], ["Kaiapó", "Raoni", "Awaju"], ["Guajajara", "Tikuna", "Pataxó", "Xavante", "Baniwa"]),
    "jw": (["Sarah", "Débora Ruth", "Miriam"], ["Samuel", "David", "Benjamin"], ["Goldberg", "Rosenthal", "Szajnbrum", "Klabin", "Feldman"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "ao", "sn", "bo", "ind", "jw", "kr", "cn", "ar"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Loredana", "Gerlinde", "Mazzaropi", "Hoffmeister", "Kuhnen", "Shimabukuro", "Kinjo", "Yamashiro", "Higa",
             "Harumi", "Nagla", "Jabour", "Sfeir", "Khouri"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto"]


def particle(s: str) -> str:
    return "da" if s in ("Rosa", "Luz", "Silva", "Costa", "Serra", "Flor", "Rocha", "Vitória") else (
        "do" if s in ("Prado", "Monte", "Mar") else ("dos" if s in ("Santos", "Campos") else "de"))


CITIES = [("Gramado", "RS"), ("Bento Gonçalves", "RS"), ("Foz do Iguaçu", "PR"), ("Curitiba", "PR"),
          ("Balneário Camboriú", "SC"), ("Florianópolis", "SC"), ("Bonito", "MS"), ("Campo Grande", "MS"),
          ("Porto Seguro", "BA"), ("Salvador", "BA"), ("Lençóis", "BA"), ("Maceió", "AL"), ("Maragogi", "AL"),
          ("Natal", "RN"), ("Fortaleza", "CE"), ("Jijoca de Jericoacoara", "CE"), ("Recife", "PE"), ("Ipojuca", "PE"),
          ("Fernando de Noronha", "PE"), ("São Luís", "MA"), ("Barreirinhas", "MA"), ("Manaus", "AM"),
          ("Paraty", "RJ"), ("Armação dos Búzios", "RJ"), ("Rio de Janeiro", "RJ"), ("Ouro Preto", "MG"),
          ("Tiradentes", "MG"), ("Belo Horizonte", "MG"), ("Campos do Jordão", "SP"), ("São Paulo", "SP"),
          ("Presidente Prudente", "SP"), ("Caldas Novas", "GO"), ("Pirenópolis", "GO"), ("Brasília", "DF"),
          ("João Pessoa", "PB"), ("Vitória", "ES"), ("Guarapari", "ES"), ("Cuiabá", "MT")]
UF_DDD = {"RS": ["51", "54"], "PR": ["41", "45"], "SC": ["47", "48"], "MS": ["67"], "BA": ["71", "73", "75"],
          "AL": ["82"], "RN": ["84"], "CE": ["85", "88"], "PE": ["81", "87"], "MA": ["98"], "AM": ["92"],
          "RJ": ["21", "22", "24"], "MG": ["31", "32"], "SP": ["11", "12", "18", "19"], "GO": ["62", "64"],
          "DF": ["61"], "PB": ["83"], "ES": ["27"], "MT": ["65"]}
ALL_DDD = sorted({d for v in UF_DDD.values() for d in v})
UFS = sorted(UF_DDD)
TR = {"AL": 2, "AM": 4, "BA": 5, "CE": 6, "DF": 7, "ES": 8, "GO": 9, "MA": 10, "MT": 11, "MS": 12, "MG": 13,
      "PB": 15, "PR": 16, "PE": 17, "RJ": 19, "RN": 20, "RS": 21, "SC": 24, "SP": 26}
STREET_TYPES = ["Rua"] * 8 + ["Avenida"] * 3 + ["Travessa", "Alameda", "Praça", "Estrada"]
STREET_NAMES = ["das Gaivotas", "Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "dos Navegantes",
                "Sete de Setembro", "Tiradentes", "Marechal Deodoro", "Duque de Caxias", "Visconde de Pirajá",
                "Padre Cícero", "Coronel Aurélio Quaresma", "Dona Aurora Jatobá", "Irmã Dulce", "Santos Dumont",
                "Castro Alves", "das Palmeiras", "dos Coqueiros", "Beira-Rio", "Rosa e Silva", "Luz Branca",
                "Vitória Régia", "Joaquim Nabuco", "Rui Barbosa", "Getúlio Vargas", "das Acácias", "Quinze de Novembro",
                "Engenheiro Amado Figueiró", "São Bento", "Conselheiro Lafayette", "Princesa Isabel", "Anita Garibaldi"]
HOTELS = ["Hotel Vitória Palace", "Pousada Flor do Mar", "Resort Aurora Beach", "Hotel Bento Serrano",
          "Pousada Luz da Lagoa", "Grand Hotel Prudente", "Hotel Rosa dos Ventos", "Pousada Mar Sereno",
          "Hotel Fazenda Estrela do Vale", "Hotel Quaresma Plaza", "Pousada Recanto do Amado", "Hotel Branco Mar"]
HOTEL_ADDR = ["Av. Beira-Mar, 2100", "Rua Coberta, 45", "Av. das Cataratas, 8.250", "Rodovia BA-001, km 32",
              "Av. Atlântica, 1702", "Estrada do Pontal, 1.500", "Rua Borges de Medeiros, 3120", "Av. Mucuripe, 600"]
AIRLINES = [("Aerovia Brasil Linhas Aéreas S.A.", "AB"), ("Céu Azul Transportes Aéreos Ltda.", "CZ"),
            ("Voar Bem Linhas Aéreas S.A.", "VB"), ("Andorinha Regional Aérea S.A.", "AR")]
AGENCIES = ["Rosa dos Ventos Turismo Ltda", "Luz Viagens e Turismo EIRELI", "Amado Tour Operadora Ltda",
            "Agência Bittencourt & Filhos Viagens", "Estrela Guia Turismo Receptivo", "Prado Travel Ltda",
            "Aurora Eventos e Turismo Ltda", "Viaje Mais Nakamura Turismo"]
BUSCOS = ["Viação Vitória Régia", "Expresso Prudente", "Rápido Luz do Sertão", "Viação Campos Gerais"]
AIRPORTS = ["GRU", "CGH", "GIG", "SDU", "BSB", "CNF", "SSA", "REC", "FOR", "POA", "CWB", "FLN", "IGU", "BPS", "MCZ",
            "NAT", "FEN", "MAO", "SLZ", "CGR", "VIX", "NVT", "JPA", "CGB"]
BANKS = ["001", "104", "237", "341", "033", "260", "077", "756", "748", "336"]
CIDS = [("T78.4", "reação alérgica"), ("A09", "gastroenterite"), ("R55", "síncope"), ("S93.4", "entorse de tornozelo"),
        ("T63.4", "picada de inseto/água-viva"), ("J06.9", "IVAS"), ("T67.0", "insolação"), ("L55.1", "queimadura solar"),
        ("R07.4", "dor torácica"), ("T75.3", "cinetose"), ("S61.0", "corte em dedo"), ("K52.9", "diarreia"),
        ("S01.8", "ferimento no couro cabeludo"), ("E16.2", "hipoglicemia"), ("J45.9", "crise asmática"), ("I10", "hipertensão")]


class Person:
    def __init__(self, given: str, surnames: list[str], female: bool):
        self.given, self.surnames, self.female = given, surnames, female
        self.cpfd: str | None = None

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def first(self) -> str:
        if self.given.startswith(("Maria ", "Ana ", "João ", "Carlos ", "Luiz ", "Jorge ", "Cosme ", "Débora ",
                                  "Jean-", "Min-", "Soo-", "Jae-", "Dong-")):
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
        return up(self.full)

    @property
    def low(self) -> str:
        return fold(self.full).lower()

    @property
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return up(f"{' '.join(sur)}, {self.given}")

    @property
    def slash(self) -> str:
        """Airline form SURNAME/GIVEN, spaces and apostrophes dropped in the surname."""
        return re.sub(r"[^A-Z]", "", up(self.last)) + "/" + re.sub(r"[^A-Z ]", "", up(self.given))

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    def title(self, air: bool = False) -> str:
        return ("MRS" if self.female else "MR") if air else ("Sra." if self.female else "Sr.")


def nf(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "inverted": p.inverted, "first": p.first,
            "last": p.last, "nick": p.nick, "slash": p.slash, "capsshort": up(p.short), "lowfirst": fold(p.first).lower(),
            "lownick": fold(p.nick).lower()}[form]


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(d: dt.date, fmt: str = "br") -> str:
    dd, mm, yy = d.day, d.month, d.year
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
            "long": f"{dd} de {MONTHS[mm - 1]} de {yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}",
            "pnr": f"{dd:02d}{MON[mm - 1]}{yy % 100:02d}", "dot": f"{dd:02d}.{mm:02d}.{yy}"}[fmt]


def brl(c: int) -> str:
    return f"{c // 100:,}".replace(",", ".") + f",{c % 100:02d}"


def age(b: dt.date, on: dt.date) -> int:
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


def mailuser(p: Person) -> tuple[str, str]:
    return re.sub(r"[^a-z]", "", fold(p.first).lower()), re.sub(r"[^a-z]", "", fold(p.last).lower())


def corp_mail(p: Person, dom: str) -> str:
    f, l = mailuser(p)
    return f"{f}.{l}@{dom}"


def login(p: Person, pre: str = "") -> str:
    f, l = mailuser(p)
    return f"{pre}{f[0]}{l}"


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.uf = "SP"

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def day(self, lo: str = "2025-01-05", hi: str = "2025-11-25") -> dt.date:
        a, b = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
        return a + dt.timedelta(days=self.ri(0, (b - a).days))

    def plus(self, d: dt.date, lo: int, hi: int) -> dt.date:
        return d + dt.timedelta(days=self.ri(lo, hi))

    def born(self, lo: int = 1945, hi: int = 2004) -> dt.date:
        return dt.date(self.ri(lo, hi), self.ri(1, 12), self.ri(1, 28))

    def hm(self) -> str:
        return f"{self.ri(0, 23):02d}:{self.ri(0, 59):02d}"

    def money(self, lo: int = 50, hi: int = 8000) -> str:
        return brl(self.ri(lo * 100, hi * 100))

    def neg(self, n: int = 11) -> str:
        while True:
            v = str(self.ri(1, 9)) + self.d(n - 1)
            if n == 11 and (cpf_ok(v) or pis_dv(v[:10]) == v[10] or cnh_dv(v[:9]) == v[9:]):
                continue
            return v

    # people
    def surname(self) -> str:
        r = self.rng.random()
        return self.pick(RARE_SUR) if r < 0.42 else (self.pick(WORD_SUR) if r < 0.55 else self.pick(PT_SUR))

    def person(self, female: bool | None = None, origin: str | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        origin = origin or ("pt" if self.chance(0.68) else self.pick(sorted(FOREIGN)))
        if origin == "pt":
            r = self.rng.random()
            given = self.pick(WORD_F if female else WORD_M) if r < 0.1 else (
                self.pick(RARE_F if female else RARE_M) if r < 0.52 else self.pick(PT_F if female else PT_M))
            sur: list[str] = []
            for _ in range(self.pick([1, 2, 2, 2, 3])):
                s = self.surname()
                if s not in sur and s != given:
                    sur.append(s)
            if len(sur) > 1 and self.chance(0.3):
                i = self.ri(1, len(sur) - 1)
                sur.insert(i, particle(sur[i]))
            if not female and self.chance(0.06):
                sur.append(self.pick(SUFFIXES))
        else:
            fs, ms, ss = FOREIGN[origin]
            given = self.pick(PT_F + RARE_F if female else PT_M + RARE_M) if (self.chance(0.3) and origin not in ("kr", "cn")) \
                else self.pick(fs if female else ms)
            sur = [self.pick(ss)]
            if self.chance(0.3):
                sur.insert(0, self.surname())
        return Person(given, sur, female)

    def kin(self, of: Person, female: bool | None = None, child: bool = False) -> Person:
        female = self.chance(0.5) if female is None else female
        if child:
            given = self.pick((RARE_F + PT_F + WORD_F) if female else (RARE_M + PT_M + WORD_M))
            return Person(given, [s for s in of.surnames if s not in SUFFIXES][-2:], female)
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, dom: str | None = None) -> str:
        f, l = mailuser(p)
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}", f"{l}.{f}",
                          f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:4]}", f"{f}.viaja", f"{f}{self.ri(1965, 2005)}"])
        dom = dom or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                "icloud.com", "uol.com.br", "bol.com.br", "terra.com.br"])
        return f"{user}@{dom}"

    # identifiers
    def pcpf(self, p: Person, raw: bool | None = None) -> str:
        if p.cpfd is None:
            p.cpfd = self.cpf_digits()
        raw = self.chance(0.25) if raw is None else raw
        return p.cpfd if raw else fmt_cpf(p.cpfd)

    def cpf_digits(self) -> str:
        while True:
            b = self.d(9)
            n = b + cpf_dv(b)
            if len(set(n)) > 1:
                return n

    def cpf(self, raw: bool | None = None) -> str:
        n = self.cpf_digits()
        raw = self.chance(0.25) if raw is None else raw
        return n if raw else fmt_cpf(n)

    def bad_cpf(self) -> str:
        n = self.neg()
        return fmt_cpf(n) if self.chance(0.7) else n

    def cnpj(self, alnum: bool | None = None, raw: bool = False) -> str:
        alnum = self.chance(0.25) if alnum is None else alnum
        if alnum:
            ch = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(ch) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0C02"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0005", "0012"])
        n = b + cnpj_dv(b)
        return n if raw else f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}"

    def rg(self) -> str:
        k = self.ri(0, 4)
        if k < 2:
            b = self.d(8)
            n = b + rg_sp_dv(b)
            return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if k == 0 else n
        if k == 2:
            return f"{self.ri(1, 9)}.{self.d(3)}.{self.d(3)}"
        if k == 3:
            return f"{self.d(7)}-{self.d(1)}"
        return str(self.ri(1, 9)) + self.d(9)

    def cnh(self) -> str:
        while True:
            b = str(self.ri(0, 9)) + self.d(8)
            dv = cnh_dv(b)
            if dv:
                return b + dv

    def pis(self) -> str:
        b = self.pick(["1", "1", "2"]) + self.d(9)
        n = b + pis_dv(b)
        return f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}" if self.chance(0.6) else n

    def titulo(self) -> str:
        b = self.d(8)
        uf = f"{self.ri(1, 28):02d}"
        n = b + uf + titulo_dv(b, uf)
        return f"{n[:4]} {n[4:8]} {n[8:]}" if self.chance(0.5) else n

    def cns(self) -> str:
        while True:
            b = self.pick("789") + self.d(13)
            last = -sum(int(c) * w for c, w in zip(b, range(15, 1, -1))) % 11
            if last < 10:
                n = b + str(last)
                return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if self.chance(0.5) else n

    def cep(self) -> str:
        n = str(self.ri(1, 9)) + self.d(7)
        return f"{n[:5]}-{n[5:]}" if self.chance(0.85) else n

    def phone(self, style: str | None = None, mobile: bool = True, ddd: str | None = None) -> str:
        ddd = ddd or (self.pick(UF_DDD[self.uf]) if self.chance(0.7) else self.pick(ALL_DDD))
        loc = ("9" + str(self.ri(6, 9)) + self.d(7)) if mobile else (str(self.ri(2, 3)) + self.d(7))
        h, t = loc[:-4], loc[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{loc}", "raw": f"{ddd}{loc}", "dash": f"{ddd}-{h}-{t}", "nospace": f"({ddd}){h}-{t}",
                "sp": f"+55 {ddd} {h} {t}", "cc": f"55{ddd}{loc}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "3", "6"])
        if b == "3":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        if self.chance(0.35) if old is None else old:
            return f"{a}-{self.d(4)}" if self.chance(0.7) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def agency(self) -> str:
        return f"{self.d(4)}-{self.d(1)}" if self.chance(0.3) else self.d(4)

    def account(self) -> str:
        body = str(self.ri(1, 9)) + self.d(self.ri(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if self.chance(0.75) else body

    def ip(self) -> str:
        return f"{self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 170, 45, 152, 143])}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def street(self, caps: bool = False) -> str:
        t, nm = self.pick(STREET_TYPES), self.pick(STREET_NAMES)
        num = str(self.ri(2, 3999)) if self.chance(0.93) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.ri(11, 1204)}", f"ap. {self.ri(11, 304)} bl. {self.pick('ABC')}",
                          f"casa {self.ri(1, 12)}", "fundos", f"sala {self.ri(1, 30)}", f"cond. Jardim Aurora, casa {self.ri(1, 90)}"])
        if caps:
            ab = {"Rua": "R", "Avenida": "AV", "Travessa": "TV", "Alameda": "AL", "Praça": "PCA", "Estrada": "EST"}
            return up(f"{ab[t]} {nm} {num}" + (f" {comp}" if comp else ""))
        if t in ("Rua", "Avenida") and self.chance(0.3):
            t = {"Rua": "R.", "Avenida": "Av."}[t]
        sep = self.pick([", ", ", ", ", nº ", " "]) if num != "s/n" else ", "
        return f"{t} {nm}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self, home: bool = True) -> tuple[str, str]:
        c = self.pick(CITIES)
        if home:
            self.uf = c[1]
        return c

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 199999)
        dot = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dot}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dot}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dot}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dot}", f"CRM/{uf} {dot}"])

    def cnj(self, uf: str | None = None) -> str:
        uf = uf or self.pick(sorted(TR))
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2023, 2025)}.8.{TR[uf]:02d}.{self.d(4)}"

    def pnr(self) -> str:
        return "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

    def eticket(self) -> str:
        return f"{self.pick(['957', '127', '047', '577'])}{self.d(10)}" if self.chance(0.6) else f"{self.pick(['957', '127'])}-{self.d(10)}"

    def passport(self) -> str:
        return self.pick("FGYBC") + self.pick("ABCDEFGHJKLMNPRSTVXZ") + self.d(6)

    def flight(self, al: str) -> str:
        return f"{al}{self.ri(1000, 9899) if self.chance(0.5) else self.ri(100, 999)}"

    def proto(self) -> str:
        return self.pick([f"{self.ri(2024, 2025)}{self.d(8)}", f"{self.d(3)}.{self.d(3)}.{self.d(3)}", f"#{self.d(6)}", self.d(9)])


MARK = re.compile(r"«(\w+)»")


class Doc:
    def __init__(self):
        self.text = ""
        self.spans: list[dict] = []
        self.negs: list[str] = []

    def t(self, s: str) -> "Doc":
        self.text += s
        return self

    def e(self, s: str, label: str | None) -> "Doc":
        if label is None:
            return self.t(s)
        if label == "NEG":
            self.negs.append(s)
            return self.t(s)
        assert label in LABELS, label
        self.spans.append({"start": len(self.text), "end": len(self.text) + len(s), "label": label})
        self.text += s
        return self

    def f(self, template: str, **vals) -> "Doc":
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span,
        (value, "NEG") a recorded hard negative, a plain value is text."""
        cur = 0
        for m in MARK.finditer(template):
            self.t(template[cur:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, tuple):
                self.e(v[0], v[1])
            else:
                self.t(str(v))
            cur = m.end()
        self.t(template[cur:])
        return self


def P(s: str) -> tuple:
    return (s, "PERSON")


def N(s: str) -> tuple:
    return (s, "NEG")


def csv_rows(doc: Doc, cols: list[str], rows: list[list], sep: str = ";") -> None:
    doc.t(sep.join(cols) + "\n")
    for r in rows:
        for k, v in enumerate(r):
            if k:
                doc.t(sep)
            val, lab = v if isinstance(v, tuple) else (str(v), None)
            q = sep in val or '"' in val
            doc.t('"' if q else "")
            if val:
                doc.e(val.replace('"', '""'), lab)
            doc.t('"' if q else "")
        doc.t("\n")


COPY = 0


def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold(s).lower().replace("hotel", "").replace("pousada", "").replace("ltda", ""))[:16]


def dob_str(g: Gen, b: dt.date, fmts: list[str] | None = None) -> tuple:
    return (fmt_date(b, g.pick(fmts or ["br", "br", "br", "iso", "short", "long"])), "DATE_OF_BIRTH")


# =========================================================================== atendimento


def at_fnrh(g: Gen) -> Doc:
    """Hotel guest registration (FNRH) with companions and the front-desk log."""
    doc = Doc()
    hotel = g.pick(HOTELS)
    hc, huf = g.city(home=False)
    city, uf = g.city()
    p = g.person()
    b = g.born(1950, 2003)
    ci = g.day()
    co = g.plus(ci, 1, 9)
    caps = COPY % 2 == 1
    nm = p.caps if caps else p.full
    doc.f("«h» — «hc»/«hu»   CNPJ «cn»\nFICHA NACIONAL DE REGISTRO DE HÓSPEDES (FNRH) — Lei 11.771/2008\nReserva: «rs»   Apto: «ap»   "
          "Entrada: «ci»   Saída prevista: «co»\n\nNome completo: «n»\nData de nascimento: «b»   Sexo: «sx»   Nacionalidade: «na»\n"
          "Documento: «dt» «dn»   Órgão: «oe»\nCPF: «cpf»\nProfissão: «pr»\nResidência: «ad» — «ci2»/«uf»   CEP «cep»\n"
          "Celular: «tel»   E-mail: «em»\nMotivo da viagem: «mv»   Meio de transporte: «mt»\n",
          h=hotel, hc=hc, hu=huf, cn=(g.cnpj(), "BR_CNPJ"), rs=N(g.neg()) if g.chance(0.5) else g.pnr(), ap=g.ri(101, 812),
          ci=fmt_date(ci), co=fmt_date(co), n=P(nm), b=dob_str(g, b, ["br", "br", "nopad"]), sx="F" if p.female else "M",
          na="brasileira", dt="RG", dn=(g.rg(), "BR_RG"), oe=g.pick(["SSP/" + uf, "SDS", "DETRAN", "PC/" + uf]),
          cpf=(g.pcpf(p), "BR_CPF"), pr=g.pick(["professora", "engenheiro", "autônomo", "servidora pública", "aposentado", "comerciante"]),
          ad=(g.street(caps), "ADDRESS"), ci2=city, uf=uf, cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"),
          em=(g.email(p), "EMAIL_ADDRESS"), mv=g.pick(["lazer/férias", "negócios", "congresso", "visita a parentes"]),
          mt=g.pick(["automóvel", "avião", "ônibus"]))
    if g.chance(0.6):
        doc.f("Veículo: «mo» placa «pl»\n", mo=g.pick(["HB20 prata", "Onix branco", "Compass preto", "Kwid vermelho"]), pl=(g.plate(), "LICENSE_PLATE"))
    doc.t("Acompanhantes:\n")
    for k in range(g.ri(1, 2)):
        kid = k > 0 or g.chance(0.4)
        c = g.kin(p, child=kid)
        cb = g.born(2010, 2022) if kid else g.born(1950, 2003)
        doc.f("  «i». «n» — nasc. «b» — «doc»\n", i=k + 1, n=P(c.caps if caps else c.full), b=dob_str(g, cb, ["br"]),
              doc=("certidão de nascimento", None) if kid and g.chance(0.5) else (g.cpf(), "BR_CPF"))
    att = g.person()
    doc.f("\nAssinatura do hóspede: ______________   Recepcionista: «a» (login «lg»)\n\n--- LOG RECEPÇÃO ---\n",
          a=P(nf(g, att, ["full", "first", "short"])), lg=login(att, "recep."))
    doc.f("«d» «h» «lg»: check-in feito, hóspede pediu «pd». ficou de pagar o saldo de R$ «v» no check-out.\n",
          d=fmt_date(ci, "short"), h=g.hm(), lg=login(att, "recep."),
          pd=g.pick(["travesseiro extra", "berço no quarto", "vista mar, mas só tinha vista jardim", "trocar a luz do banheiro que tá piscando"]),
          v=g.money(300, 4000))
    o = g.person()
    doc.f("«d» «h» «a»: «nn» ligou do «t» avisando que chega tarde, deixar a chave com o porteiro da noite.\n",
          d=fmt_date(g.plus(ci, 0, 1), "short"), h=g.hm(), a=login(o, "recep."), nn=P(nf(g, p, ["first", "short", "nick"])),
          t=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"))
    return doc


def at_booking(g: Gen) -> Doc:
    """Booking-engine export: semicolon CSV (even copies) or JSON (odd copies), and the analyst's note."""
    doc = Doc()
    hotel = g.pick(HOTELS)
    g.city()
    cols = ["reservation_id", "first_name", "last_name", "email", "phone", "document", "birth_date", "checkin", "checkout",
            "room_type", "total_brl", "channel", "ip"]
    people = [g.person() for _ in range(g.ri(3, 5))]
    rows = []
    for p in people:
        ci = g.day()
        rid = N(g.neg()) if g.chance(0.4) else g.pnr() + g.d(3)
        given, sur = (p.given, " ".join(p.surnames))
        if g.chance(0.25):
            given, sur = up(given), up(sur)
        doc_v = (g.pcpf(p), "BR_CPF") if g.chance(0.75) else (g.passport(), None)
        bd = ("", None) if g.chance(0.3) else (fmt_date(g.born(), "iso"), "DATE_OF_BIRTH")
        rows.append([rid, P(given), P(sur), (g.email(p), "EMAIL_ADDRESS"), (g.phone(g.pick(["e164", "plus", "raw"])), "PHONE_NUMBER"),
                     doc_v, bd, fmt_date(ci, "iso"), fmt_date(g.plus(ci, 1, 7), "iso"),
                     g.pick(["STD-CASAL", "LUXO VISTA MAR", "SUITE MASTER", "TRIPLO", "CHALE"]), g.money(380, 9800).replace(".", ""),
                     g.pick(["booking", "expedia", "site", "decolar", "balcao", "whatsapp"]),
                     (g.ip(), "IP_ADDRESS") if g.chance(0.7) else ("", None)])
    doc.f("# export motor de reservas — «h» — gerado «d» «hh» por «u»\n", h=hotel, d=fmt_date(g.day(), "iso"), hh=g.hm(),
          u=g.pick(["integracao_api", "rm_revenue", "sistema"]))
    if COPY % 2 == 0:
        csv_rows(doc, cols, rows)
    else:
        doc.t("[\n")
        for i, r in enumerate(rows):
            doc.t("  {")
            for k, (c, v) in enumerate(zip(cols, r)):
                val, lab = v if isinstance(v, tuple) else (str(v), None)
                doc.t(("" if k == 0 else ", ") + f'"{c}": ')
                if c == "total_brl":
                    doc.t(val.replace(",", "."))
                elif val == "":
                    doc.t("null")
                else:
                    doc.t('"').e(val, lab).t('"')
            doc.t("}" + ("," if i < len(rows) - 1 else "") + "\n")
        doc.t("]\n")
    an = g.person()
    x = g.pick(people)
    doc.f("\nObs. («a», revenue): a reserva de «n» veio duplicada do canal, cancelar a segunda sem multa. "
          "Outra hóspede pediu nota fiscal no CNPJ «cn» da empresa.\n",
          a=P(an.short), n=P(nf(g, x, ["caps", "full", "inverted"])), cn=(g.cnpj(), "BR_CNPJ"))
    return doc


def at_email_reserva(g: Gen) -> Doc:
    """Reservation e-mail thread with a date change."""
    doc = Doc()
    hotel = g.pick(HOTELS)
    dom = slug(hotel) + ".com.br"
    g.city()
    p, ag, mg = g.person(), g.person(female=g.chance(0.7)), g.person()
    ci = g.day()
    ci2 = g.plus(ci, 7, 40)
    em = g.email(p)
    doc.f("De: «n» <«em»>\nPara: reservas@«dom»\nAssunto: Alteração de datas — reserva «rs»\n\n"
          "Boa tarde!\nTenho reserva de «nn» diárias a partir de «ci» mas meu voo mudou. Consigo passar para «c2»? "
          "Somos eu e «cp» («ida» anos). Se tiver diferença pode cobrar no mesmo cartão final «fin».\n\n«sg»\n«tel»\n\n",
          n=P(p.full), em=(em, "EMAIL_ADDRESS"), dom=dom, rs=g.pnr() + g.d(4), nn=g.ri(2, 7), ci=fmt_date(ci), c2=fmt_date(ci2),
          cp=P(nf(g, g.kin(p), ["first", "full"])), ida=g.ri(6, 70), fin=g.d(4),
          sg=P(g.pick([p.first, p.short, p.nick])), tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("-----\nDe: «a» <«ae»>\nPara: «em»\nCc: «mn» <«me»>\n\nOlá, «pf»! Alteração feita para «c2» a «c3». Como a tarifa "
          "de alta temporada é maior, ficou uma diferença de R$ «v». ",
          a=P(ag.full), ae=(corp_mail(ag, dom), "EMAIL_ADDRESS"), em=(em, "EMAIL_ADDRESS"), mn=P(mg.short),
          me=(corp_mail(mg, dom), "EMAIL_ADDRESS"), pf=P(p.first), c2=fmt_date(ci2), c3=fmt_date(g.plus(ci2, 2, 7)), v=g.money(90, 1400))
    if COPY % 3 == 0:
        doc.f("O cartão da garantia foi recusado; se preferir, pague por Pix na chave aleatória do hotel "
              "(CNPJ «cn») ou nos envie outro cartão por telefone.\n", cn=(g.cnpj(), "BR_CNPJ"))
    else:
        doc.t("Cobramos no cartão informado (**** " + g.d(4) + "), NSU ").e(g.neg(), "NEG").t(".\n")
    doc.f("Para o check-in precisamos do documento de todos os hóspedes maiores (Lei 11.771/2008). Café colonial "
          "servido das 7h às 10h30.\n\nAtt.,\n«a»\nCentral de Reservas | «h»\nWhatsApp «wt»\n",
          a=P(g.pick([ag.full, ag.first])), h=hotel, wt=(g.phone(ddd=g.pick(ALL_DDD)), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f("\n-----\nDe: «n» <«em»>\nSó confirmando: o CPF da nota é «cpf» e o endereço «ad», CEP «cep». Obrigad«o»!\n",
              n=P(p.caps), em=(em, "EMAIL_ADDRESS"), cpf=(g.pcpf(p), "BR_CPF"), ad=(g.street(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
              o="a" if p.female else "o")
    return doc


def at_manifesto(g: Gen) -> Doc:
    """Airline passenger manifest and a PNR-like record with SSR DOCS / CTCM / CTCE."""
    doc = Doc()
    al, code = g.pick(AIRLINES)
    fl = g.flight(code)
    o, de = g.pick(AIRPORTS), g.pick(AIRPORTS)
    day = g.day()
    g.city()
    doc.f("«al» — CNPJ «cn»\nPASSENGER MANIFEST  FLT «fl»  «dd»  «o»-«de»  ACFT PR-«ac»\n"
          "SEQ  NAME                          SEAT  PNR     DOC              BAG\n",
          al=up(al), cn=(g.cnpj(), "BR_CNPJ"), fl=fl, dd=fmt_date(day, "pnr"), o=o, de=de, ac="".join(g.pick("ABCDEFGHXYZ") for _ in range(3)))
    pax = []
    for i in range(g.ri(3, 5)):
        p = g.person()
        pax.append(p)
        t = "CHD" if g.chance(0.12) else p.title(True)
        name = p.slash
        doc.f("«i»  ", i=f"{i + 1:03d}")
        doc.e(name, "PERSON").t(" " + t + " " * max(1, 29 - len(name) - len(t)))
        doc.t(f"{g.ri(1, 32)}{g.pick('ABCDEF')}".ljust(6) + g.pnr() + "  ")
        if g.chance(0.6):
            v = g.pcpf(p, raw=True)
            doc.t("CPF ").e(v, "BR_CPF").t("   ")
        else:
            doc.t("PSPT " + g.passport() + "    ")
        doc.t(f"{g.ri(0, 2)}PC\n")
    p = g.pick(pax)
    b = g.born(1950, 2004)
    loc = g.pnr()
    doc.f("\n--- RT «loc» ---\n 1.«n» «tt»\n 2  «fl» Y «dd» «o»«de» HK1  «h1» «h2»\n"
          " 3 SSR DOCS «c» HK1 P/BRA/«pp»/BRA/«b»/«sx»/«ex»/«n2»\n 4 SSR CTCM «c» HK1/«ph»\n 5 SSR CTCE «c» HK1/«em»\n"
          " 6 SSR FOID «c» HK1/NI«cpf»\n 7 OSI «c» CTCT «oth» «op»\n 8 TKT/TIME LIMIT «tk»\n 9 FF «c» «ff»\n"
          "10 RM CONTATO EMERGENCIA «ce» «cf»\n11 RM «rm»\n",
          loc=loc, n=P(p.slash), tt=p.title(True), fl=fl, dd=fmt_date(day, "pnr")[:5], o=o, de=de, h1=g.hm().replace(":", ""),
          h2=g.hm().replace(":", ""), c=code, pp=g.passport(), b=(fmt_date(b, "pnr"), "DATE_OF_BIRTH"), sx="F" if p.female else "M",
          ex=fmt_date(g.plus(day, 300, 3000), "pnr"), n2=P(p.slash), ph=(g.phone("cc"), "PHONE_NUMBER"),
          em=(up(g.email(p)), "EMAIL_ADDRESS"), cpf=(g.pcpf(p, raw=True), "BR_CPF"), oth=g.pick(["BSB", "SAO", "RIO", "POA"]),
          op=(g.phone("raw"), "PHONE_NUMBER"), tk=g.eticket(), ff=N(g.neg()),
          ce=P(up(g.kin(p).full)), cf=(g.phone("raw"), "PHONE_NUMBER"),
          rm=g.pick(["PAX CADEIRANTE SOLICITA WCHR", "MENOR DESACOMP VER FORM UM", "REACOMODADO DE VOO CANCELADO", "PAX VIP LOUNGE"]))
    gate = g.person()
    doc.f("\nBoarding closed «h» — agente «a» («lg»). No-show: «ns».\n", h=g.hm(), a=P(up(gate.short)), lg=login(gate, "gru"),
          ns=g.pick(["0", "1 (ver SSR)", "NIL"]))
    return doc


def at_pir(g: Gen) -> Doc:
    """Lost luggage report (PIR) and the follow-up log."""
    doc = Doc()
    al, code = g.pick(AIRLINES)
    st = g.pick(AIRPORTS)
    city, uf = g.city()
    p = g.person()
    day = g.day()
    ref = f"{st}{code}{g.d(5)}"
    hotel = g.pick(HOTELS)
    doc.f("PROPERTY IRREGULARITY REPORT — RELATÓRIO DE IRREGULARIDADE DE BAGAGEM\nArquivo: «rf»   Data: «d»   Voo: «fl»/«dd»\n"
          "Passageiro: «n»  «tt»\nBilhete: «tk»   Etiqueta: «tg»\nTipo: «tp»   Cor/marca: «cm»\nConteúdo: «ct»\n"
          "Endereço permanente: «ad», «c» - «uf», CEP «cep»\n",
          rf=ref, d=fmt_date(day), fl=g.flight(code), dd=fmt_date(day, "pnr")[:5], n=P(p.slash), tt=p.title(True), tk=g.eticket(),
          tg=f"{code}{g.d(6)}", tp=g.pick(["22 mala rígida", "25 mochila", "02 mala flexível", "71 caixa"]),
          cm=g.pick(["preta Samsonite", "vermelha sem marca", "azul marinho com fita rosa no puxador", "cinza, etiqueta com nome"]),
          ct=g.pick(["roupas, remédios de uso contínuo", "equipamento de mergulho", "presentes e vinho branco", "roupas de frio e notebook"]),
          ad=(g.street(True), "ADDRESS"), c=up(city), uf=uf, cep=(g.cep(), "BR_CEP"))
    if g.chance(0.5):
        hc, huf = g.city(home=False)
        doc.f("Endereço temporário: «h», «ha» — «hc» até «ate»\n", h=up(hotel), ha=up(g.pick(HOTEL_ADDR)), hc=up(hc), ate=fmt_date(g.plus(day, 2, 9), "pnr"))
    else:
        kin = g.kin(p)
        doc.f("Endereço temporário: casa de «k», «ad»\n", k=P(up(kin.full)), ad=(g.street(True), "ADDRESS"))
    ag = g.person()
    doc.f("Telefone: «t»   Alt: «t2»\nE-mail: «em»\nCPF: «cpf»\nAgente: «a»   Estação: «st»\n\n--- follow-up ---\n",
          t=(g.phone("cc"), "PHONE_NUMBER"), t2=(g.phone("raw"), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"),
          cpf=(g.pcpf(p), "BR_CPF"), a=P(up(ag.short)), st=st)
    d2 = g.plus(day, 1, 3)
    doc.f("«d» - bagagem localizada em «x», embarcada no voo «fl».\n«d2» - entrega via courier «cr», veículo «pl». "
          "Recebido por «rb».\n«d3» - pax abriu reclamação pedindo R$ «v» de despesas emergenciais (Resolução ANAC 400/2016, art. 32).\n",
          d=fmt_date(d2, "short"), x=g.pick(AIRPORTS), fl=g.flight(code), d2=fmt_date(g.plus(d2, 1, 2), "short"),
          cr=g.pick(["Luz Express", "Bagagem Já", "Rota Prudente Entregas"]), pl=(g.plate(), "LICENSE_PLATE"),
          rb=P(g.pick([p.first, g.kin(p).first, p.caps])), d3=fmt_date(g.plus(d2, 3, 6), "short"), v=g.money(150, 1500))
    return doc


def at_roteiro(g: Gen) -> Doc:
    """Tour roster of a receptive agency: guides (CADASTUR), van, driver, passengers, emergency contacts."""
    doc = Doc()
    city, uf = g.city()
    ag = g.pick(AGENCIES)
    day = g.day()
    guide, drv = g.person(), g.person(female=g.chance(0.2))
    tour = g.pick(["Passeio de buggy às dunas", "Flutuação no Rio da Prata", "City tour histórico", "Trilha da Cachoeira da Fumaça",
                   "Passeio de escuna às piscinas naturais", "Tour de vinícolas (Vale dos Vinhedos)"])
    doc.f("«ag» — CNPJ «cn» — CADASTUR «cd»\nROTEIRO OPERACIONAL «d» — «to»\nGuia: «gn» (CADASTUR «cg», CPF «gc») — cel «gt»\n"
          "Motorista: «dn» — CNH «cnh» — Van «vm» placa «pl»\nSaída: «hh» — hotéis: «h1» / «h2»\n\n",
          ag=ag, cn=(g.cnpj(), "BR_CNPJ"), cd=f"{g.d(2)}.{g.d(6)}.{g.d(2)}-{g.d(1)}", d=fmt_date(day), to=tour,
          gn=P(nf(g, guide, ["full", "caps", "short"])), cg=g.d(11) if g.chance(0.3) else f"{g.d(2)}.{g.d(6)}.{g.d(2)}-{g.d(1)}",
          gc=(g.pcpf(guide), "BR_CPF"), gt=(g.phone(), "PHONE_NUMBER"), dn=P(nf(g, drv, ["full", "short", "nick"])), cnh=(g.cnh(), "BR_CNH"),
          vm=g.pick(["Sprinter 416", "Master 16L", "Ducato Minibus"]), pl=(g.plate(), "LICENSE_PLATE"), hh=g.hm(),
          h1=g.pick(HOTELS), h2=g.pick(HOTELS))
    doc.t("PAX | NOME | NASC. | DOC | CONTATO EMERGÊNCIA | TEL\n")
    for i in range(g.ri(4, 6)):
        p = g.person()
        k = g.kin(p)
        doc.f("«i» | «n» | «b» | «dc» | «k» | «t»\n", i=i + 1, n=P(nf(g, p, ["caps", "full", "inverted"])),
              b=dob_str(g, g.born(1945, 2015), ["br", "short"]),
              dc=(g.pcpf(p), "BR_CPF") if g.chance(0.7) else (g.rg(), "BR_RG"),
              k=P(nf(g, k, ["first", "full", "short"])) if g.chance(0.5) else g.pick(["mãe", "esposo", "filha", "irmão", "hotel"]), t=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"))
    doc.f("\nObs.: «x» é alérgica a camarão; seguro viagem apólice «ap». Não parar na Rua «st» (obra). Check-list assinado pelo guia «g».\n",
          x=P(g.person(female=True).first), ap=g.d(10), st=g.pick(["Barão de Mauá", "Padre Cícero", "Castro Alves"]),
          g=P(guide.first))
    return doc


def at_evento(g: Gen) -> Doc:
    """Event attendee list (CSV) with badges and the check-in / registration log."""
    doc = Doc()
    city, uf = g.city()
    ev = g.pick(["Congresso Brasileiro de Turismo Rural", "Festival Luz & Som", "Encontro Nacional de Agentes de Viagem",
                 "Feira Aurora de Gastronomia", "Simpósio de Hotelaria Sustentável"])
    dom = g.pick(["eventosaurora.com.br", "luzesom.art.br", "enav.org.br"])
    doc.f("Inscritos — «ev» — «c»/«uf» — exportado «d»\n", ev=ev, c=city, uf=uf, d=fmt_date(g.day(), "iso"))
    cols = ["inscricao", "nome", "nome_cracha", "cpf", "email", "celular", "empresa", "categoria", "ip_inscricao"]
    rows = []
    ppl = []
    for _ in range(g.ri(4, 5)):
        p = g.person()
        ppl.append(p)
        rows.append([g.d(6), P(p.full if g.chance(0.7) else p.caps), P(g.pick([p.nick, p.first, up(p.first)])),
                     (g.pcpf(p), "BR_CPF"), (g.email(p), "EMAIL_ADDRESS"), (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"),
                     g.pick(AGENCIES + HOTELS + ["autônomo", "Prefeitura de " + g.pick(CITIES)[0]]),
                     g.pick(["congressista", "palestrante", "expositor", "estudante"]), (g.ip(), "IP_ADDRESS")])
    csv_rows(doc, cols, rows, g.pick([";", ","]))
    st = g.person()
    doc.f("\nlog credenciamento:\n«h» totem-02 check-in «n» (cpf «cpf») crachá impresso\n«h2» balcão «a»: reimpressão do crachá de «m», "
          "nome estava errado\n«h3» «b»: cortesia liberada para «x» (convite da organização)\n",
          h=g.hm(), n=P(up(ppl[0].full)), cpf=(g.pcpf(ppl[0], True), "BR_CPF"), h2=g.hm(), a=P(st.first.lower()),
          m=P(nf(g, ppl[1], ["full", "short"])), h3=g.hm(), b=P(st.first), x=P(g.person().full))
    return doc


# =========================================================================== juridico

ESTCIV = [("solteiro", "solteira"), ("casado", "casada"), ("divorciado", "divorciada"), ("viúvo", "viúva")]
PROFS = [("professor", "professora"), ("engenheiro", "engenheira"), ("comerciante", "comerciante"), ("motorista", "motorista"),
         ("aposentado", "aposentada"), ("analista de sistemas", "analista de sistemas"), ("enfermeiro", "enfermeira")]


def qual(g: Gen, doc: Doc, p: Person, caps: bool = True, dob: bool = False) -> None:
    """Qualification of a party: name, nationality, civil status, profession, RG, CPF, address, CEP, e-mail."""
    i = 1 if p.female else 0
    c, uf = g.city()
    doc.f("«n», brasileir«o», «ec», «pr», ", n=P(p.caps if caps else p.full), o="a" if p.female else "o",
          ec=g.pick(ESTCIV)[i], pr=g.pick(PROFS)[i])
    if dob:
        doc.f("nascid«o» em «b», ", o="a" if p.female else "o", b=dob_str(g, g.born(), ["br", "long"]))
    doc.f("portador«a» do RG nº «rg» e inscrit«o» no CPF sob o nº «cpf», residente e domiciliad«o» na «ad», «c»/«uf», CEP «cep», "
          "e-mail «em»", a="a" if p.female else "", o="a" if p.female else "o", rg=(g.rg(), "BR_RG"), cpf=(g.pcpf(p, False), "BR_CPF"),
          ad=(g.street(), "ADDRESS"), c=c, uf=uf, cep=(g.cep(), "BR_CEP"), em=(g.email(p), "EMAIL_ADDRESS"))


def ju_reclamacao(g: Gen) -> Doc:
    """consumidor.gov.br / Procon complaint about a cancelled flight, with the airline's reply."""
    doc = Doc()
    al, code = g.pick(AIRLINES)
    c, uf = g.city()
    p = g.person()
    day = g.day()
    doc.f("Reclamação nº «pr» — Plataforma consumidor.gov.br\nEmpresa: «al» (CNPJ «cn»)\nConsumidor: «n»   CPF: «cpf»\n"
          "Telefone: «t»   E-mail: «em»\nEndereço: «ad» — CEP «cep»\nUF: «uf»   Cidade: «c»\nData: «d»\nAssunto: Transporte aéreo — cancelamento de voo\n\nRelato:\n",
          pr=g.proto(), al=al, cn=(g.cnpj(), "BR_CNPJ"), n=P(p.full), cpf=(g.pcpf(p), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"),
          em=(g.email(p), "EMAIL_ADDRESS"), ad=(g.street(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), uf=uf, c=c,
          d=fmt_date(g.plus(day, 1, 10)))
    kids = [g.kin(p, child=True) for _ in range(g.ri(0, 1))]
    doc.f("comprei passagens (localizador «lc») para mim", lc=g.pnr())
    for k in kids:
        doc.f(", «k»", k=P(k.first))
    doc.f(" e «s», voo «fl» de «d», e fui avisad«o» do cancelamento no próprio aeroporto. Fomos realocados só no dia seguinte, "
          "sem hotel nem alimentação. Perdi a diária já paga no «h» (R$ «v») e o transfer. O atendente «a» disse que não tinha o que fazer. "
          "Quero reembolso integral e indenização. Meu número fidelidade é «ff».\n\n",
          s=P(nf(g, g.kin(p), ["first", "full"])), fl=g.flight(code), d=fmt_date(day), o="a" if p.female else "o",
          h=g.pick(HOTELS), v=g.money(300, 2500), a=P(g.pick([g.person().first, g.person().full])), ff=N(g.neg()))
    r = g.person()
    doc.f("Resposta da empresa («dr»):\nPrezad«o» «n», lamentamos o ocorrido. O voo foi cancelado por readequação de malha, conforme "
          "Resolução ANAC nº 400/2016. Informamos que o reembolso de R$ «v» foi solicitado ao cartão, e um voucher de R$ «v2» "
          "foi enviado ao e-mail cadastrado. Atenciosamente, «r» — Ouvidoria.\n\nAvaliação do consumidor: «av»\n",
          dr=fmt_date(g.plus(day, 8, 20)), o="a" if p.female else "o", n=P(p.first), v=g.money(400, 4000), v2=g.money(200, 800),
          r=P(r.short), av=g.pick(["Não resolvida. Nota 1. Vou entrar no juizado.", "Resolvida. Nota 4.", "Não resolvida. Nota 2."]))
    return doc


def ju_inicial(g: Gen) -> Doc:
    """JEC initial petition: passenger v. airline."""
    doc = Doc()
    al, code = g.pick(AIRLINES)
    p, adv = g.person(), g.person()
    c, uf = g.city()
    day = g.day("2024-11-01", "2025-08-30")
    oab = g.council("OAB", uf)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «cm»/«uf»\n\n",
          n=g.ri(1, 9), cm=up(c), uf=uf)
    qual(g, doc, p, caps=COPY % 2 == 0, dob=g.chance(0.3))
    doc.f(", por seu advogado que esta subscreve («oab», «ae»), vem propor\n\nAÇÃO DE INDENIZAÇÃO POR DANOS MORAIS E MATERIAIS\n\n"
          "em face de «al», pessoa jurídica inscrita no CNPJ sob o nº «cn», com sede na «sed», pelos fatos a seguir.\n\n"
          "1. A parte autora adquiriu bilhete «tk» (localizador «lc») para o voo «fl», em «d», de «o» para «de». O voo foi "
          "cancelado sem aviso prévio e a reacomodação ocorreu apenas 26 horas depois, em afronta aos arts. 12 e 28 da Resolução ANAC "
          "400/2016 e ao art. 14 da Lei 8.078/1990.\n2. A parte autora viajava para o casamento de sua irmã, «ir», em «cd», e perdeu a cerimônia.\n"
          "3. Pede-se: a) danos materiais de R$ «vm»; b) danos morais de R$ «vd»; c) inversão do ônus da prova.\n\n"
          "Dá-se à causa o valor de R$ «vc».\n\n«cm2», «dd».\n\n«adv»\n«oab2»\n",
          oab=(oab, "PROFESSIONAL_ID"), ae=(g.pick([corp_mail(adv, slug(adv.last) + "adv.com.br"), g.email(adv)]), "EMAIL_ADDRESS"),
          al=up(al), cn=(g.cnpj(), "BR_CNPJ"), sed=g.pick(["Praça Comandante Linneu Gomes, s/n, São Paulo/SP", "Av. Jurandir, 856, São Paulo/SP",
                                                              "Rua Ática, 673, São Paulo/SP"]),
          tk=g.eticket(), lc=g.pnr(), fl=g.flight(code), d=fmt_date(day), o=g.pick(AIRPORTS), de=g.pick(AIRPORTS),
          ir=P(nf(g, g.kin(p, female=True), ["full", "first"])), cd=g.pick(CITIES)[0], vm=g.money(400, 5000), vd=g.money(5000, 15000),
          vc=g.money(6000, 20000), cm2=c, dd=fmt_date(g.plus(day, 20, 90), "long"), adv=P(up(adv.full)),
          oab2=(oab, "PROFESSIONAL_ID"))
    return doc


def ju_audiencia(g: Gen) -> Doc:
    """JEC conciliation hearing record with the settlement."""
    doc = Doc()
    al, code = g.pick(AIRLINES)
    c, uf = g.city()
    p, conc, prep, a1, a2 = g.person(), g.person(), g.person(), g.person(), g.person()
    day = g.day()
    doc.f("PODER JUDICIÁRIO DO ESTADO — «uf»\nJuizado Especial Cível de «c»\nProcesso nº «pr»\n\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO\n\n"
          "Aos «d», às «h», por videoconferência, presente o conciliador «cn», compareceram: a parte autora «au», CPF «cpf», "
          "acompanhada de «sx» advogad«ao» «a1» («o1»); a ré «al», representada pela preposta «pp» (carta de preposição), "
          "e por seu advogado «a2» («o2»).\n\n",
          uf=uf, c=c, pr=g.cnj(uf if uf in TR else None), d=fmt_date(day, "long"), h=g.hm(), cn=P(conc.full), au=P(p.caps),
          cpf=(g.pcpf(p), "BR_CPF"), sx="sua" if a1.female else "seu", ao="a" if a1.female else "o", a1=P(a1.full),
          o1=(g.council("OAB", uf), "PROFESSIONAL_ID"), al=up(al), pp=P(prep.full), a2=P(a2.short), o2=(g.council("OAB"), "PROFESSIONAL_ID"))
    v = g.money(1500, 9000)
    doc.f("Proposta a conciliação, as partes celebraram ACORDO: a ré pagará à parte autora R$ «v», em parcela única, até «dv», ",
          v=v, dv=fmt_date(g.plus(day, 10, 20)))
    if COPY % 2 == 0:
        doc.f("mediante depósito na conta de titularidade d«o» autor«a», Banco «bk», agência «ag», conta corrente «cc»",
              o="a" if p.female else "o", a="a" if p.female else "", bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("por Pix para a chave aleatória «px», de titularidade do advogado «a1», com poderes para receber e dar quitação",
              px=(g.uuid(), "PIX_KEY"), a1=P(a1.short))
    doc.f(", sob pena de multa de 20%. Com o cumprimento, a autora dá plena quitação. Homologo o acordo (art. 22, Lei 9.099/1995).\n\n"
          "Juíza Leiga: «jl»\nHomologação pelo Juiz de Direito (assinatura digital).\n", jl=P(g.person(female=True).full))
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Power of attorney and fee agreement of a family against a travel agency."""
    doc = Doc()
    ag = g.pick(AGENCIES)
    p = g.person()
    sp = g.kin(p, female=not p.female)
    kids = [g.kin(p, child=True) for _ in range(g.ri(1, 3))]
    adv = g.person()
    c, uf = g.city()
    doc.t("PROCURAÇÃO AD JUDICIA ET EXTRA\n\nOUTORGANTES: ")
    qual(g, doc, p, caps=True)
    if g.chance(0.6):
        doc.f(", título de eleitor «te»", te=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.t("; e ")
    qual(g, doc, sp, caps=True)
    doc.t(", por si e representando seus filhos menores ")
    for i, k in enumerate(kids):
        doc.f("«s»«k», nascid«o» em «b»", s="" if i == 0 else (" e " if i == len(kids) - 1 else ", "), k=P(k.caps),
              o="a" if k.female else "o", b=dob_str(g, g.born(2009, 2022), ["br", "long"]))
    doc.f(".\nOUTORGADO: «a», advogad«o», «oab», com escritório na «ea», e-mail «em», tel. «t».\n"
          "PODERES: para o foro em geral, especialmente para propor ação em face de «ag» (CNPJ «cn») em razão do cancelamento do "
          "pacote «pk» (Porto Seguro, «ini» a «fim»), podendo receber e dar quitação.\n\n«c», «d».\n\n",
          a=P(adv.full), o="a" if adv.female else "o", oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          ea=g.pick(["Av. Paulista, 1.048, conj. 82", "Rua da Assembleia, 10, sala 3201", "Av. Tancredo Neves, 620, sala 1105"]),
          em=(corp_mail(adv, slug(adv.last) + ".adv.br"), "EMAIL_ADDRESS"), t=(g.phone(mobile=False), "PHONE_NUMBER"), ag=ag,
          cn=(g.cnpj(), "BR_CNPJ"), pk=f"PCT-{g.d(5)}", ini=fmt_date(g.day()), fim=fmt_date(g.day()), c=c, d=fmt_date(g.day(), "long"))
    doc.f("CONTRATO DE HONORÁRIOS (resumo): 30% do proveito econômico; pagamento via Pix chave «px» ou conta ag. «ag» c/c «cc». "
          "Assinam: «n1» e «n2». Testemunha: «w» (CPF «wc»).\n",
          px=(g.uuid(), "PIX_KEY"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), n1=P(p.full), n2=P(sp.full),
          w=P(g.person().full), wc=(g.cpf(), "BR_CPF"))
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Extrajudicial notice over a car damaged in a hotel's valet."""
    doc = Doc()
    hotel = g.pick(HOTELS)
    c, uf = g.city()
    p = g.person()
    val = g.person(female=False)
    day = g.day()
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: ", )
    qual(g, doc, p, caps=False)
    doc.f(", CNH nº «cnh», telefone «t».\nNOTIFICADA: «h», CNPJ «cn», situado na «ha».\n\n"
          "Em «d», o notificante hospedou-se no hotel e entregou seu veículo «mo», placa «pl», ao manobrista identificado como «v» "
          "(crachá «cr»). Na retirada, o veículo apresentava o para-choque traseiro amassado, conforme fotos e o vídeo da câmera da "
          "garagem, que o gerente «g» se recusou a fornecer. Orçamento da Funilaria Prado & Filhos: R$ «o».\n\n"
          "Fica a notificada constituída em mora para, em 10 dias, ressarcir o valor (arts. 14 e 20 da Lei 8.078/1990 e art. 649 do "
          "Código Civil), mediante depósito na conta ag. «ag» c/c «cc», sob pena de medidas judiciais.\n\n«cd», «dd».\n«n»\n",
          cnh=(g.cnh(), "BR_CNH"), t=(g.phone(), "PHONE_NUMBER"), h=hotel, cn=(g.cnpj(), "BR_CNPJ"), ha=g.pick(HOTEL_ADDR),
          d=fmt_date(day), mo=g.pick(["Toyota Corolla prata", "Jeep Renegade branco", "VW T-Cross cinza", "Fiat Toro vermelha"]),
          pl=(g.plate(), "LICENSE_PLATE"), v=P(g.pick([val.first, val.nick, val.short])), cr=g.d(3), g=P(g.person().short),
          o=g.money(1800, 9000), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), cd=c, dd=fmt_date(g.plus(day, 3, 15), "long"),
          n=P(p.caps))
    return doc


def ju_bo(g: Gen) -> Doc:
    """Tourist police report (DEATUR) on stolen documents."""
    doc = Doc()
    c, uf = g.city()
    p = g.person()
    hc, huf = g.city(home=False)
    day = g.day()
    b = g.born(1955, 2004)
    doc.f("SECRETARIA DE SEGURANÇA PÚBLICA — DELEGACIA ESPECIAL DE ATENDIMENTO AO TURISTA (DEATUR) — «hc»/«hu»\n"
          "BOLETIM DE OCORRÊNCIA Nº «bo»/«y»\nNatureza: FURTO (art. 155 CP)   Data/hora do fato: «d» «h»\n"
          "Local: «loc»\n\nVÍTIMA: «n»   Nasc.: «b» («id» anos)   Natural de: «c»/«uf»\nRG: «rg»   CPF: «cpf»\nEndereço: «ad», CEP «cep»\n"
          "Telefone: «t»\n\nHISTÓRICO: Relata a vítima que ",
          hc=up(hc), hu=huf, bo=g.d(5), y=day.year, d=fmt_date(day), h=g.hm(),
          loc=g.pick(["orla, próximo ao quiosque Flor de Lis", "quarto do " + g.pick(HOTELS), "Praia do Amado, barraca do Bento",
                      "Terminal Rodoviário, plataforma 4", "Av. Beira-Mar, em frente à Barão de Mauá"]),
          n=P(p.caps), b=dob_str(g, b, ["br"]), id=age(b, day), c=c, uf=uf, rg=(g.rg(), "BR_RG"), cpf=(g.pcpf(p), "BR_CPF"),
          ad=(g.street(True), "ADDRESS"), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("deixou a bolsa na cadeira enquanto estava no mar com «k» e, ao retornar, notou a falta da carteira contendo: "
          "CNH nº «cnh», título de eleitor «te», cartão «cd» e R$ «v» em espécie. Um vendedor ambulante conhecido como «nk» "
          "teria visto um rapaz de boné vermelho correndo em direção à «rua». A vítima bloqueou o cartão pelo telefone.\n",
          k=P(nf(g, g.kin(p), ["first", "full", "nick"])), cnh=(g.cnh(), "BR_CNH"), te=(g.titulo(), "BR_TITULO_ELEITOR"),
          cd=(g.card(), "CREDIT_CARD"), v=g.money(50, 900), nk=P(g.pick(["Galego", "Baiano", "Pretinho", "Tiquinho"])),
          rua=g.pick(["Castro Alves", "Barão de Mauá", "Rosa e Silva", "Santos Dumont"]))
    w = g.person()
    doc.f("TESTEMUNHA: «w», CPF «wc», tel. «wt».\nDelegado(a): «dl»\n", w=P(w.full), wc=(g.pcpf(w), "BR_CPF"), wt=(g.phone(), "PHONE_NUMBER"),
          dl=P(g.person().full))
    return doc


def ju_planilha(g: Gen) -> Doc:
    """Law firm's spreadsheet of airline cases with the covering e-mail."""
    doc = Doc()
    adv, est = g.person(), g.person()
    dom = slug(adv.last) + "advogados.com.br"
    uf = g.pick(sorted(TR))
    doc.f("De: «a» <«ae»>\nPara: «e» <«ee»>; juridico@«dom»\nAssunto: carteira aérea — pauta da semana\n\n«ef», segue a planilha. "
          "Atenção ao caso da «x», audiência remarcada. Os de Lei 14.046/2020 (pandemia) separar.\n\n",
          a=P(adv.full), ae=(corp_mail(adv, dom), "EMAIL_ADDRESS"), e=P(est.full), ee=(corp_mail(est, dom), "EMAIL_ADDRESS"), dom=dom,
          ef=P(est.first), x=P(g.person(female=True).short))
    cols = ["cliente", "cpf", "processo", "cia", "voo", "fato", "pedido", "status", "adv_resp"]
    rows = []
    advs = [adv, est, g.person()]
    for _ in range(g.ri(4, 5)):
        p = g.person()
        al, code = g.pick(AIRLINES)
        r = g.pick(advs)
        rows.append([P(nf(g, p, ["caps", "full", "inverted"])), (g.pcpf(p), "BR_CPF") if g.chance(0.8) else (g.bad_cpf(), "NEG"),
                     g.cnj(uf), al.split()[0], g.flight(code), g.pick(["cancelamento", "atraso 9h", "overbooking", "extravio bagagem"]),
                     g.money(3000, 20000), g.pick(["aguardando audiência", "sentença procedente", "acordo", "recurso inominado"]),
                     (g.council("OAB", uf), "PROFESSIONAL_ID") if g.chance(0.5) else login(r, "adv_")])
    csv_rows(doc, cols, rows)
    doc.f("\nObs: CPF da linha marcada em amarelo está errado no sistema do cliente, conferir com o cliente.\n«a»\n«o»\n",
          a=P(adv.first), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


# =========================================================================== saude

ABROAD = [("Buenos Aires", "Hospital Alemán"), ("Santiago", "Clínica Las Condes"), ("Lisboa", "Hospital da Luz"),
          ("Orlando", "AdventHealth Celebration"), ("Paris", "Hôpital Américain"), ("Cancún", "Hospiten Cancún"),
          ("Roma", "Policlinico Gemelli"), ("Bariloche", "Hospital Privado Regional")]


def sa_seguro(g: Gen) -> Doc:
    """Travel insurance claim for medical care abroad."""
    doc = Doc()
    p = g.person()
    c, uf = g.city()
    b = g.born(1945, 2004)
    day = g.day()
    ci, hosp = g.pick(ABROAD)
    cid, desc = g.pick(CIDS)
    doc.f("SOLICITAÇÃO DE REEMBOLSO — SEGURO VIAGEM\nApólice/voucher: «ap»   Sinistro: «si»\n\nSegurad«o»: «n»\nData de nascimento: «b»\n"
          "CPF: «cpf»   Passaporte: «pp»\nEndereço no Brasil: «ad» — «c»/«uf» — CEP «cep»\nCelular/WhatsApp: «t»   E-mail: «em»\n\n"
          "Ocorrência: em «d», em «ci», atendimento em «h» por «ds» (CID «cid»). Médico assistente: Dr(a). «dr».\n"
          "Despesas: consulta USD «u1»; medicamentos USD «u2»; táxi USD «u3».\n",
          ap=f"{g.pick(['GTA', 'ASV', 'TRV'])}-{g.d(7)}", si=g.d(8), o="a" if p.female else "o", n=P(p.full if COPY % 2 else p.caps),
          b=dob_str(g, b), cpf=(g.pcpf(p), "BR_CPF"), pp=g.passport(), ad=(g.street(), "ADDRESS"), c=c, uf=uf, cep=(g.cep(), "BR_CEP"),
          t=(g.phone(g.pick(["plus", "e164", "par"])), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"), d=fmt_date(day), ci=ci, h=hosp,
          ds=desc, cid=cid, dr=P(g.pick(["Martín Echeverría", "Ana Luísa Sequeira", "John T. Whitaker", "Giulia Ferrante", "Claire Dubois"])),
          u1=g.ri(150, 900), u2=g.ri(20, 300), u3=g.ri(15, 120))
    doc.f("\nCentral de assistência (24h) — operador «op», protocolo «pr». Acompanhante: «ac», tel. «at».\n"
          "Dados para reembolso (titular: segurado): Banco «bk» ag. «ag» conta «cc»",
          op=g.pick(["ATD0" + g.d(3), "Lia (assistente virtual)", "op. " + g.d(4)]), pr=g.proto(), ac=P(nf(g, g.kin(p), ["full", "first"])),
          at=(g.phone(), "PHONE_NUMBER"), bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.5):
        doc.f(" ou Pix «px»", px=(g.pick([g.uuid(), g.uuid()]), "PIX_KEY"))
    reg = g.person()
    doc.f(".\n\nParecer médico da seguradora: atendimento compatível com «ds», sem doença preexistente. Reembolso aprovado. "
          "— «r», «crm»\n", ds=desc, r=P(reg.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


def sa_primeiros(g: Gen) -> Doc:
    """Hotel first-aid log."""
    doc = Doc()
    hotel = g.pick(HOTELS)
    g.city()
    doc.f("«h» — LIVRO DE OCORRÊNCIAS / ENFERMARIA — «m»\n\n", h=up(hotel), m=g.pick(["JANEIRO", "JULHO", "DEZEMBRO", "FEVEREIRO"]))
    nurse = g.person(female=g.chance(0.7))
    for _ in range(g.ri(3, 4)):
        p = g.person()
        b = g.born(1940, 2020)
        day = g.day()
        cid, desc = g.pick(CIDS)
        doc.f("«d» «hh» — Apto «ap» — hóspede «n», «id» anos (nasc. «b»), «ds». Conduta: «cd». CID «cid». ",
              d=fmt_date(day, "short"), hh=g.hm(), ap=g.ri(101, 720), n=P(nf(g, p, ["full", "caps", "low", "short"])), id=age(b, day),
              b=dob_str(g, b, ["br", "short"]), ds=desc,
              cd=g.pick(["compressa fria e repouso", "soro oral, orientado", "curativo simples", "encaminhado UPA", "SAMU acionado"]),
              cid=cid)
        if g.chance(0.5):
            doc.f("Responsável: «r», cel «t». ", r=P(nf(g, g.kin(p), ["first", "full"])), t=(g.phone(), "PHONE_NUMBER"))
        if g.chance(0.4):
            doc.f("Removido pela ambulância «pl» ao Hospital «hp». ", pl=(g.plate(), "LICENSE_PLATE"),
                  hp=g.pick(["São Bento", "Aurora", "Santa Rosa", "Municipal Prudente"]))
        doc.f("Atendido por «e» («co»).\n", e=P(g.pick([nurse.first, nurse.full])), co=(g.council("COREN", g.uf), "PROFESSIONAL_ID"))
    doc.f("\nVisto gerência: «g»\n", g=g.pick(["ok", "ciente", "—"]))
    return doc


def sa_medif(g: Gen) -> Doc:
    """MEDIF (fitness to fly) form."""
    doc = Doc()
    al, code = g.pick(AIRLINES)
    p = g.person()
    g.city()
    b = g.born(1935, 1990)
    day = g.day()
    med = g.person()
    cid, desc = g.pick(CIDS[:4] + [("I50.0", "insuficiência cardíaca"), ("J44.9", "DPOC"), ("S72.0", "fratura de colo de fêmur")])
    doc.f("MEDIF — FORMULÁRIO DE INFORMAÇÕES MÉDICAS PARA VIAGEM AÉREA — «al»\nParte 1 (passageiro)\nA) Nome: «n»  «tt»\n"
          "B) Nasc.: «b»   CPF: «cpf»\nC) Localizador: «lc»   Voo(s): «f1» «o»-«de» «d»\nD) Necessidades: «nd»\n"
          "E) Acompanhante: «ac» (CPF «ac2»)\nF) Contato: «t» / «em»\nG) Endereço: «ad», CEP «cep»\n\nParte 2 (médico assistente)\nMédico: «m»   «crm»\n"
          "Tel. consultório: «tm»\nDiagnóstico: «ds» (CID-10 «cid»), data do diagnóstico «dd»\nPrognóstico para a viagem: «pg»\n"
          "Oxigênio a bordo: «ox»\n\nAssinatura e carimbo — «m2»\n",
          al=up(al), n=P(p.slash), tt=p.title(True), b=dob_str(g, b, ["pnr", "br"]), cpf=(g.pcpf(p), "BR_CPF"), lc=g.pnr(),
          f1=g.flight(code), o=g.pick(AIRPORTS), de=g.pick(AIRPORTS), d=fmt_date(day, "pnr"),
          nd=g.pick(["WCHR", "WCHS", "STCR", "MEDA"]), ac=P(up(g.kin(p).full)), ac2=(g.cpf(), "BR_CPF"),
          t=(g.phone(), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"), ad=(g.street(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          m=P(med.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          tm=(g.phone(mobile=False), "PHONE_NUMBER"), ds=desc, cid=cid, dd=fmt_date(g.plus(day, -90, -5)),
          pg=g.pick(["bom", "estável", "reservado"]), ox=g.pick(["não", "sim, 2 L/min"]), m2=P(up(med.short)))
    doc.f("\nParecer MEDA «al2» («dt»): liberado com restrição. Médico examinador: «mx».\n", al2=code, dt=fmt_date(g.plus(day, -4, -1)),
          mx=P(g.person().full))
    return doc


def sa_bordo(g: Gen) -> Doc:
    """In-flight medical incident report."""
    doc = Doc()
    al, code = g.pick(AIRLINES)
    p = g.person()
    g.city()
    b = g.born(1940, 2010)
    day = g.day()
    cmd, chf, fa, doc_v = g.person(female=False), g.person(), g.person(), g.person()
    cid, desc = g.pick(CIDS)
    doc.f("RELATÓRIO DE OCORRÊNCIA MÉDICA A BORDO — «al»\nVoo «fl» «o»-«de» «d»  ACFT PR-«ac»\nComandante: «cm»   Chefe de cabine: «cc»\n\n"
          "Passageiro: «n» (assento «st») — nasc. «b», CPF «cpf»\nSintomas: «ds», iniciados ~«h» após a decolagem. CID provável «cid».\n"
          "Comissária «fa» solicitou médico a bordo pelo PA. Apresentou-se Dr(a). «dv», «crm», que ",
          al=up(al), fl=g.flight(code), o=g.pick(AIRPORTS), de=g.pick(AIRPORTS), d=fmt_date(day), ac="".join(g.pick("XYZABC") for _ in range(3)),
          cm=P(up(cmd.short)), cc=P(chf.full), n=P(g.pick([p.slash, p.caps, p.full])), st=f"{g.ri(1, 32)}{g.pick('ABCDEF')}",
          b=dob_str(g, b, ["br", "pnr"]), cpf=(g.pcpf(p), "BR_CPF"), ds=desc, h=f"{g.ri(10, 90)} min", cid=cid, fa=P(fa.first),
          dv=P(doc_v.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.f("«ac». Utilizado kit médico (lacre «lc»). «dv» declara: «tel», e-mail «em».\nAcompanhante: «k» («kt»).\n"
          "Desfecho: «ds2»\nReportado pela chefe de cabine — matrícula ANAC «an»\n",
          ac=g.pick(["administrou soro oral e monitorou", "aferiu PA 180x110 e orientou", "aplicou adrenalina do kit", "manteve oxigênio"]),
          lc=g.d(7), dv=P(doc_v.first), tel=(g.phone(), "PHONE_NUMBER"), em=(g.email(doc_v), "EMAIL_ADDRESS"),
          k=P(nf(g, g.kin(p), ["full", "first"])), kt=(g.phone(), "PHONE_NUMBER"),
          ds2=g.pick(["pouso normal, atendido pelo SAMU no portão", "sem necessidade de desvio", "desvio para " + g.pick(AIRPORTS)]),
          an=g.d(6))
    return doc


def sa_excursao(g: Gen) -> Doc:
    """Health form of a school / church excursion."""
    doc = Doc()
    c, uf = g.city()
    dest = g.pick(CITIES)[0]
    resp = g.person()
    doc.f("EXCURSÃO «ex» — «de» — «d»\nResponsável: «r» — CPF «rc» — cel «rt»\nFICHA DE SAÚDE DOS PARTICIPANTES\n\n",
          ex=g.pick(["3º ano Colégio Aurora", "Grupo de Jovens Paróquia São Bento", "Escola Estadual Prudente de Morais", "Terceira Idade Flor de Lis"]),
          de=dest, d=fmt_date(g.day()), r=P(resp.full), rc=(g.pcpf(resp), "BR_CPF"), rt=(g.phone(), "PHONE_NUMBER"))
    for _ in range(g.ri(3, 4)):
        k = g.person()
        pa = g.kin(k)
        doc.f("Nome: «n»   Nasc.: «b»   CNS: «cns»\nEndereço: «ad»\nAlergias/medicações: «al»\nPlano: «pl»\n«rl»: «pa» — «pt» — CPF «pc»\n\n", rl="Responsável legal" if COPY % 2 else "Contato de emergência",
              n=P(nf(g, k, ["full", "caps"])), b=dob_str(g, g.born(2008, 2016) if COPY % 2 else g.born(1945, 1962), ["br"]),
              cns=(g.cns(), "BR_CNS"), ad=(g.street(), "ADDRESS"), al=g.pick(["nenhuma", "dipirona", "amendoim; usa bombinha (J45.9)", "insulina NPH, diabetes (E10.9)", "frutos do mar"]),
              pl=g.pick(["SUS", "Unimed — cart. " + g.d(16), "Amil"]), pa=P(nf(g, pa, ["full", "short"])),
              pt=(g.phone(), "PHONE_NUMBER"), pc=(g.pcpf(pa), "BR_CPF"))
    doc.f("Enfermeira voluntária: «e», «co». Ônibus «bu» placa «pl».\n", e=P(g.person(female=True).full),
          co=(g.council("COREN", uf), "PROFESSIONAL_ID"), bu=g.pick(BUSCOS), pl=(g.plate(), "LICENSE_PLATE"))
    return doc


def sa_atestado(g: Gen) -> Doc:
    """Medical certificate to cancel a package, with the agency's e-mail."""
    doc = Doc()
    ag = g.pick(AGENCIES)
    p = g.person()
    c, uf = g.city()
    med = g.person()
    day = g.day()
    cid, desc = g.pick([("M54.5", "lombalgia"), ("C50.9", "neoplasia de mama"), ("O26.9", "gestação de risco"), ("S82.0", "fratura de patela"),
                        ("F41.1", "ansiedade generalizada"), ("I21.9", "infarto agudo")])
    doc.f("ATESTADO MÉDICO\n\nAtesto, para fins de cancelamento de viagem, que «n», CNS «cns», CPF «cpf», nascid«o» em «b», "
          "encontra-se sob meus cuidados por «ds» (CID «cid»), sem condições de viajar no período de «d1» a «d2».\n\n«c», «d».\n«m»\n«crm»\n"
          "Clínica Santa Luz — Rua das Acácias, 400\n\n",
          n=P(p.full), cns=(g.cns(), "BR_CNS"), cpf=(g.pcpf(p), "BR_CPF"), o="a" if p.female else "o", b=dob_str(g, g.born()),
          ds=desc, cid=cid, d1=fmt_date(day), d2=fmt_date(g.plus(day, 5, 30)), c=c, d=fmt_date(g.plus(day, -10, -1), "long"),
          m=P(g.pick([med.full, up(med.full)])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    at = g.person()
    doc.f("-----\nDe: «a» <«ae»>\nPara: «em»\nAssunto: Cancelamento pacote «pk»\n\n«pf», recebemos o atestado do Dr. «ms». Pela "
          "política, a multa de 20% fica isenta com atestado; a operadora devolve R$ «v» em até 30 dias na conta informada "
          "(ag. «ag», cc «cc»). Qualquer dúvida, meu celular é «t».\n\n«a2»\n«ag2»\n",
          a=P(at.full), ae=(corp_mail(at, slug(ag) + ".tur.br"), "EMAIL_ADDRESS"), em=(g.email(p), "EMAIL_ADDRESS"), pk=g.d(6),
          pf=P(g.pick([p.first, p.nick])), ms=P(med.last), v=g.money(2000, 18000), ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), t=(g.phone(), "PHONE_NUMBER"), a2=P(at.first), ag2=ag)
    return doc


def sa_posto(g: Gen) -> Doc:
    """Medical post log of a festival or congress."""
    doc = Doc()
    c, uf = g.city()
    ev = g.pick(["Festival de Inverno", "Réveillon na Praia", "Carnaval — circuito Barra-Ondina", "Oktoberfest", "Festa do Peão"])
    medico, enf = g.person(), g.person(female=g.chance(0.7))
    doc.f("POSTO MÉDICO — «ev» «y» — «c»/«uf»\nMédico plantonista: «m» («crm»)   Enfermagem: «e» («co»)\nUSA de apoio: placa «pl»\n\n"
          "HORA | PACIENTE | IDADE | DOC | QUEIXA | CID | DESTINO\n",
          ev=ev, y=2025, c=c, uf=uf, m=P(medico.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), e=P(enf.full),
          co=(g.council("COREN", uf), "PROFESSIONAL_ID"), pl=(g.plate(), "LICENSE_PLATE"))
    for _ in range(g.ri(4, 5)):
        p = g.person()
        cid, desc = g.pick(CIDS + [("F10.0", "intoxicação alcoólica"), ("T40.7", "uso de cannabis")])
        dv = g.pick([("CPF " + "", "cpf"), ("CNS ", "cns"), ("", "none")])
        doc.f("«h» | «n» | «i» | ", h=g.hm(), n=P(nf(g, p, ["caps", "full", "low", "first", "nick"])), i=g.ri(16, 78))
        if dv[1] == "cpf":
            doc.t("CPF ").e(g.pcpf(p), "BR_CPF")
        elif dv[1] == "cns":
            doc.t("CNS ").e(g.cns(), "BR_CNS")
        else:
            doc.t("s/ doc")
        doc.f(" | «ds» | «cid» | «de»\n", ds=desc, cid=cid, de=g.pick(["alta", "alta", "removido UPA", "orientado", "evadiu"]))
    doc.f("\nOcorrência: paciente «x» sem documento, amigo informou nascimento em «b» e telefone «t».\n",
          x=P(g.person().first), b=dob_str(g, g.born(1995, 2007), ["br", "nopad"]), t=(g.phone(), "PHONE_NUMBER"))
    return doc


# =========================================================================== financeiro


def fi_chargeback(g: Gen) -> Doc:
    """Chargeback dispute at a hotel: acquirer letter, card authorisation form, booking IP."""
    doc = Doc()
    hotel = g.pick(HOTELS)
    g.city()
    p = g.person()
    day = g.day()
    card = g.card(g.chance(0.6))
    an = g.person()
    doc.f("ADQUIRENTE — AVISO DE CHARGEBACK\nEstabelecimento: «h» — CNPJ «cn» — EC «ec»\nCartão: «mk»   Valor: R$ «v»   Data venda: «d»\n"
          "Motivo: «mo»\nNSU: «nsu»   Autorização: «au»\nPrazo para defesa: «pz»\n\n",
          h=up(hotel), cn=(g.cnpj(), "BR_CNPJ"), ec=g.d(10), mk=f"{card[:4]} **** **** {card[-4:]}", v=g.money(600, 12000), d=fmt_date(day),
          mo=g.pick(["4837 — transação não reconhecida", "13.1 — serviço não prestado", "4853 — mercadoria/serviço em desacordo"]),
          nsu=N(g.neg()), au=g.d(6), pz=fmt_date(g.plus(day, 30, 45)))
    doc.f("DEFESA (anexo 1 — ficha de autorização de débito preenchida pelo titular)\nTitular: «n»   CPF: «cpf»\nCartão: «cd»   Validade: «vl»\n"
          "Telefone: «t»   E-mail: «em»\nEndereço de cobrança: «ad», CEP «cep»\nAutorizo o débito das diárias e consumos da reserva «rs».\n\n",
          n=P(p.caps), cpf=(g.pcpf(p), "BR_CPF"), cd=(card, "CREDIT_CARD"), vl=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}",
          t=(g.phone(), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"), ad=(g.street(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          rs=g.pnr())
    doc.f("Anexo 2 — log do motor de reservas: reserva criada em «d» «h» do IP «ip» (navegador Chrome/Android), e-mail de confirmação "
          "aberto em «d2» do IP «ip2». Check-in realizado com documento original, assinatura da FNRH conferida na recepção. "
          "Hóspede consumiu frigobar e jantar no restaurante Bento's.\n\nAnalista: «a» — «ae»\n",
          d=fmt_date(g.plus(day, -30, -2)), h=g.hm(), ip=(g.ip(), "IP_ADDRESS"), d2=fmt_date(g.plus(day, -20, -1)), ip2=(g.ip(), "IP_ADDRESS"),
          a=P(an.full), ae=(corp_mail(an, slug(hotel) + ".com.br"), "EMAIL_ADDRESS"))
    return doc


def fi_carne(g: Gen) -> Doc:
    """Instalment plan (carnê) of a travel package with a guarantor."""
    doc = Doc()
    ag = g.pick(AGENCIES)
    c, uf = g.city()
    p, fi = g.person(), g.person()
    day = g.day("2025-01-05", "2025-06-30")
    n = g.ri(4, 10)
    total = g.ri(3000, 25000)
    doc.f("«ag» — CNPJ «cn»\nCONTRATO DE PARCELAMENTO — PACOTE «pk» («de»)\n\nContratante: «n»\nCPF «cpf»   RG «rg»   Nasc. «b»\n"
          "End.: «ad», «c»/«uf», CEP «cep»\nFone: «t»   E-mail: «em»\n\nFiador(a): «f», CPF «fc», tel. «ft», «fa»\n\n"
          "Valor total R$ «v», entrada R$ «e» (cartão «cd»), saldo em «n2» parcelas:\n",
          ag=up(ag), cn=(g.cnpj(), "BR_CNPJ"), pk=g.d(5), de=g.pick(["Cancún 7 noites", "Gramado Natal Luz", "Jericoacoara", "Bonito aventura", "Orlando parques"]),
          n=P(p.full), cpf=(g.pcpf(p), "BR_CPF"), rg=(g.rg(), "BR_RG"), b=dob_str(g, g.born()), ad=(g.street(), "ADDRESS"), c=c, uf=uf,
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"), f=P(fi.full), fc=(g.pcpf(fi), "BR_CPF"),
          ft=(g.phone(), "PHONE_NUMBER"), fa=(g.street(), "ADDRESS"), v=brl(total * 100), e=brl(total * 20), cd=(g.card(), "CREDIT_CARD"), n2=n)
    for i in range(min(n, 6)):
        doc.f("  «i»/«n» venc. «d» R$ «v» boleto «b»\n", i=i + 1, n=n, d=fmt_date(g.plus(day, 30 * (i + 1), 30 * (i + 1))),
              v=brl(total * 80 // n), b=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)}")
    if n > 6:
        doc.t("  (...)\n")
    s = g.person()
    doc.f("Vendedor(a): «s» — comissão 8%\nObs.: cliente pediu para parcelas vencerem dia «dv» (dia do pagamento).\n",
          s=P(g.pick([s.full, s.short])), dv=g.ri(5, 20))
    return doc


def fi_comissao(g: Gen) -> Doc:
    """Commission statement of freelance agents (CSV)."""
    doc = Doc()
    ag = g.pick(AGENCIES)
    g.city()
    doc.f("«ag» — CNPJ «cn» — Comissões de agentes autônomos — competência «m»\n", ag=ag, cn=(g.cnpj(), "BR_CNPJ"),
          m=g.pick(["03/2025", "07/2025", "10/2025", "12/2024"]))
    cols = ["agente", "cpf", "nit", "vendas", "comissao", "banco", "agencia", "conta", "pix"]
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        px = g.pick([(g.uuid(), "PIX_KEY"), (g.uuid(), "PIX_KEY"), (g.pcpf(p), "BR_CPF"), (g.email(p), "EMAIL_ADDRESS"), (g.phone("e164"), "PHONE_NUMBER")])
        rows.append([P(nf(g, p, ["full", "caps", "inverted"])), (g.pcpf(p), "BR_CPF"), (g.pis(), "BR_PIS"), g.money(5000, 90000),
                     g.money(300, 9000), g.pick(BANKS), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), px])
    csv_rows(doc, cols, rows)
    fin = g.person()
    doc.f("\nRPA emitido com retenção de INSS 11% e ISS. Conferido por «f» («fe»). Pedido nº «pd» da «x» estornado (chargeback) — "
          "descontar R$ «v» no mês seguinte.\n", f=P(fin.full), fe=(corp_mail(fin, slug(ag) + ".com.br"), "EMAIL_ADDRESS"),
          pd=N(g.neg()), x=P(rows[0][0][0]), v=g.money(100, 1500))
    return doc


def fi_reembolso(g: Gen) -> Doc:
    """Refund request of a cancelled package."""
    doc = Doc()
    ag = g.pick(AGENCIES)
    c, uf = g.city()
    p = g.person()
    day = g.day()
    doc.f("SOLICITAÇÃO DE REEMBOLSO\nAgência: «ag» — CNPJ «cn»\nOperadora: «op» — CNPJ «co»\nReserva: «rs»   Pedido: «pd»\n\n"
          "Passageiros:\n", ag=ag, cn=(g.cnpj(), "BR_CNPJ"), op=g.pick(["Luz Operadora", "Aurora Travel Operadora", "Trend Prado Turismo"]),
          co=(g.cnpj(alnum=True), "BR_CNPJ"), rs=g.pnr(), pd=N(g.neg()))
    pax = [p] + [g.kin(p, child=g.chance(0.5)) for _ in range(g.ri(1, 3))]
    for x in pax:
        doc.f(" - «n» — CPF «cpf» — nasc. «b»\n", n=P(nf(g, x, ["full", "caps", "slash"])), cpf=(g.pcpf(x), "BR_CPF"),
              b=dob_str(g, g.born(1950, 2020), ["br"]))
    doc.f("\nMotivo: «mo»\nValor pago: R$ «v» (cartão «cd», 10x)\nMulta contratual: R$ «m»\n\nDADOS PARA CRÉDITO (titular «n»)\n"
          "Banco «bk» — Agência «ag» — Conta «cc»\nChave Pix (aleatória): «px»\n\nDeclaro que as informações são verdadeiras. «c», «d».\n"
          "Assinado eletronicamente por «n2» (IP «ip», «ts»)\n",
          mo=g.pick(["cancelamento do voo pela cia", "doença na família", "alteração de data não aceita pelo hotel", "Lei 14.046/2020"]),
          v=g.money(3000, 20000), cd=(g.card(), "CREDIT_CARD"), m=g.money(100, 2000), n=P(p.caps), bk=g.pick(BANKS),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), px=(g.uuid(), "PIX_KEY"), c=c, d=fmt_date(day, "long"),
          n2=P(p.full), ip=(g.ip(), "IP_ADDRESS"), ts=f"{fmt_date(day, 'iso')}T{g.hm()}:{g.ri(10, 59)}")
    doc.t("\nParecer financeiro: estorno no cartão, não em conta. Prazo 2 faturas.\n")
    return doc


def fi_fatura(g: Gen) -> Doc:
    """Corporate travel invoice."""
    doc = Doc()
    ag = g.pick(AGENCIES)
    cli = g.pick(["Construtora Amado & Branco S.A.", "Laboratório Quaresma Ltda", "Metalúrgica Rosa Ltda", "Banco Prudente S.A.",
                  "Cooperativa Vitória", "Grupo Bittencourt Participações"])
    dom = slug(cli) + ".com.br"
    doc.f("«ag» — Viagens Corporativas\nFATURA «ft» — Cliente: «cl» — CNPJ «cn»\nPeríodo: «p»   Vencimento: «v»\n\n"
          "VIAJANTE | CPF | E-MAIL | CC | SERVIÇO | BILHETE/VOUCHER | VALOR\n",
          ag=up(ag), ft=g.d(6), cl=cli, cn=(g.cnpj(), "BR_CNPJ"), p=g.pick(["01-15/09/2025", "16-31/10/2025", "03/2025"]),
          v=fmt_date(g.day()))
    tot = 0
    for _ in range(g.ri(4, 5)):
        p = g.person()
        v = g.ri(300, 6000)
        tot += v
        doc.f("«n» | «cpf» | «em» | «cc» | «sv» | «tk» | «v»\n", n=P(nf(g, p, ["caps", "slash", "full"])), cpf=(g.pcpf(p), "BR_CPF"),
              em=(corp_mail(p, dom), "EMAIL_ADDRESS"), cc=g.pick(["ADM-01", "COM-22", "ENG-07", "DIR"]),
              sv=g.pick(["Aéreo GRU-REC", "Hotel 3 diárias", "Locação carro", "Aéreo CNF-BSB", "Seguro viagem"]),
              tk=g.eticket() if g.chance(0.6) else g.d(8), v=brl(v * 100))
    ap = g.person()
    doc.f("\nTOTAL R$ «t»\nAprovador: «a» («ae»)\nPagamento: boleto ou TED Banco «bk» ag. 3412 c/c 55231-0 (conta da agência)\n",
          t=brl(tot * 100), a=P(ap.full), ae=(corp_mail(ap, dom), "EMAIL_ADDRESS"), bk=g.pick(BANKS))
    return doc


def fi_folha(g: Gen) -> Doc:
    """Seasonal staff payroll of a resort."""
    doc = Doc()
    hotel = g.pick(HOTELS)
    g.city()
    doc.f("«h» — CNPJ «cn»\nFOLHA DE PAGAMENTO — CONTRATOS DE TEMPORADA — «m»\n", h=up(hotel), cn=(g.cnpj(), "BR_CNPJ"),
          m=g.pick(["DEZEMBRO/2024", "JANEIRO/2025", "JULHO/2025"]))
    cols = ["NOME", "CPF", "PIS", "NASC", "FUNCAO", "ADMISSAO", "LIQUIDO", "AG", "CONTA", "PIX"]
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        rows.append([P(up(p.full)), (g.pcpf(p), "BR_CPF"), (g.pis(), "BR_PIS"), (fmt_date(g.born(1970, 2006)), "DATE_OF_BIRTH"),
                     g.pick(["CAMAREIRA", "GARCOM", "RECREADOR", "COZINHEIRO", "SALVA-VIDAS", "MENSAGEIRO"]), fmt_date(g.day("2024-11-20", "2025-01-10")),
                     g.money(1500, 4200), (g.agency(), "BANK_ACCOUNT") if g.chance(0.6) else "", (g.account(), "BANK_ACCOUNT") if g.chance(0.6) else "",
                     (g.uuid(), "PIX_KEY") if g.chance(0.5) else ""])
    csv_rows(doc, cols, rows, g.pick([";", "\t"]))
    rh = g.person()
    doc.f("\nRH: «r» — «re»\nPendências: «x» sem conta (pagar em espécie, recibo).\n",
          r=P(rh.full), re=(corp_mail(rh, slug(hotel) + ".com.br"), "EMAIL_ADDRESS"), x=P(rows[0][0][0]))
    return doc


def fi_onibus(g: Gen) -> Doc:
    """Bus company passenger list (ANTT) and refund log."""
    doc = Doc()
    bc = g.pick(BUSCOS)
    c, uf = g.city()
    dc, duf = g.city(home=False)
    drv, drv2 = g.person(female=False), g.person(female=False)
    doc.f("«bc» — CNPJ «cn»\nLISTA DE PASSAGEIROS (ANTT) — Linha «c»/«uf» x «dc»/«du» — Serviço «sv» — «d» «h»\nÔnibus prefixo «pf» placa «pl»\n"
          "Motoristas: «m1» (CNH «cnh1») / «m2» (CNH «cnh2»)\n\nPOLT | NOME | DOCUMENTO | FONE\n",
          bc=up(bc), cn=(g.cnpj(), "BR_CNPJ"), c=up(c), uf=uf, dc=up(dc), du=duf, sv=g.d(4), d=fmt_date(g.day()), h=g.hm(), pf=g.d(5),
          pl=(g.plate(), "LICENSE_PLATE"), m1=P(up(drv.full)), cnh1=(g.cnh(), "BR_CNH"), m2=P(up(drv2.short)), cnh2=(g.cnh(), "BR_CNH"))
    pax = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        pax.append(p)
        doc.f("«po» | «n» | ", po=f"{g.ri(1, 46):02d}", n=P(up(p.full)))
        k = g.ri(0, 2)
        if k == 0:
            doc.t("RG ").e(g.rg(), "BR_RG")
        elif k == 1:
            doc.t("CPF ").e(g.pcpf(p), "BR_CPF")
        else:
            doc.t("CERT. NASC. (menor, acomp. mãe)")
        doc.f(" | «t»\n", t=(g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER"))
    x = g.pick(pax)
    doc.f("\nREEMBOLSOS\n«d» bilhete «b» — «n» desistiu com 3h de antecedência (Res. ANTT 978/2023), reembolso 95% = R$ «v» "
          "via Pix «px». Atendente «a».\n",
          d=fmt_date(g.day(), "short"), b=g.d(9), n=P(nf(g, x, ["full", "first", "caps"])), v=g.money(60, 420),
          px=(g.uuid(), "PIX_KEY") if g.chance(0.6) else (g.pcpf(x), "BR_CPF"), a=P(g.person().first))
    return doc


TEMPLATES = {
    "atendimento": [at_fnrh, at_booking, at_email_reserva, at_manifesto, at_pir, at_roteiro, at_evento],
    "juridico": [ju_reclamacao, ju_inicial, ju_audiencia, ju_procuracao, ju_notificacao, ju_bo, ju_planilha],
    "saude": [sa_seguro, sa_primeiros, sa_medif, sa_bordo, sa_excursao, sa_atestado, sa_posto],
    "financeiro": [fi_chargeback, fi_carne, fi_comissao, fi_reembolso, fi_fatura, fi_folha, fi_onibus],
}


# =========================================================================== checks and output


def check(record: dict, negs: list[str]) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        assert lab in LABELS, lab
        digits = re.sub(r"\D", "", v)
        if lab == "BR_CPF":
            assert cpf_ok(digits) and re.fullmatch(r"[\d.-]+", v), (record["id"], v)
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
            if re.fullmatch(r"\d{2}\.\d{3}\.\d{3}-[\dX]|\d{8}[\dX]", v):
                assert rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
            else:
                assert 7 <= len(raw) <= 10, (record["id"], v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v) and all(int(x) < 256 for x in v.split(".")), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|mr|mrs)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@()]", v) and not re.search(r"\s(MR|MRS|CHD)$", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(?i)(sac|juridico|financeiro|reservas|eventos|contato)@", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB)\b", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2}", v), (record["id"], v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"\d+(-[\dX])?", v), (record["id"], v)
    assert "«" not in text and "»" not in text, record["id"]
    for n in negs:
        assert n in text, (record["id"], n)
        dn = re.sub(r"\D", "", n)
        assert len(dn) == 11 and not cpf_ok(dn), (record["id"], n)
        for m in re.finditer(re.escape(n), text):
            assert not any(s["start"] < m.end() and m.start() < s["end"] for s in record["spans"]), (record["id"], n)


def build() -> list[dict]:
    global COPY
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                COPY = copy
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: s["start"])
                record = {"id": f"{domain}-{index}-{copy}", "domain": domain, "text": doc.text, "spans": spans}
                check(record, doc.negs)
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
    with (HERE / f"{OUT}.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print(OUT, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
