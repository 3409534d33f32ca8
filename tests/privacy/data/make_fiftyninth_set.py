"""Build the fifty-ninth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fiftyninth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 5959, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: urban mobility — the paperwork that ride-hailing and
delivery platforms, their drivers and couriers, fleet and car-rental companies for app drivers,
public-transport fare-card operators and municipal mobility departments, bike/scooter sharing
companies, traffic authorities and the JARI (appeal boards for traffic fines), the insurers,
lawyers, police, SAMU, clinics and hospitals around them produce: driver onboarding and document
checks, deactivations and their appeals, passenger complaints, lost items, accident reports,
earnings statements and payouts, fare-card gratuities (elderly, students, people with
disabilities) and card blocking, traffic fines, driver identification (FICI) and appeals,
scooter incidents. Layouts vary: letters and petitions, label: value forms with dot leaders, a
fixed-width table with or without a ruler (sometimes " | " separated), a boxed table, CSV
extracts (comma, semicolon or pipe, with "#" comment lines), a chat transcript, a WhatsApp export,
e-mail threads, application logs, an OCR'd scanned form, a SAMU regulation log.
Templates (index in the record id = position in the list):
- atendimento: 0 a ride-hailing driver onboarding record (dot-leader form: personal data, CNH,
  vehicle, bank and random Pix key, MEI CNPJ and título for some; analyst signs), 1 an in-app
  chat transcript of a passenger complaint (virtual assistant first, then a human agent; lost
  item, driver conduct or fare dispute), 2 an e-mail thread of a driver/courier appealing a
  deactivation (the reviewer's answer with a table of occurrences and login IPs), 3 a fare-card
  gratuity request form at a municipal counter (elderly, student or PcD; guardian/companion),
  4 a CSV extract of the fare-card blocking queue, 5 a help-desk ticket of a bike/scooter
  sharing incident (app session data, third party, refund data), 6 a WhatsApp export between a
  delivery company's support number and a courier (customer's address, Pix key, CPF, plate).
- juridico: 0 an appeal to the JARI against a traffic fine (by the driver or a lawyer), 1 a
  driver identification form (FICI) scanned with OCR noise, 2 a small-claims (JEC) petition of a
  driver against the platform over a deactivation, 3 a traffic-accident police report (app car
  x delivery motorcycle; both drivers, a passenger, the officer), 4 the platform's answer to a
  court order (Marco Civil: registration data and access logs with IPs), 5 an out-of-court
  settlement between an injured passenger, the driver and the APP insurer (witnesses), 6 the
  legal department's CSV of its traffic-fine and lawsuit portfolio.
- saude: 0 an emergency-room record of a scooter, bike or courier-motorcycle accident, 1 a
  DETRAN-accredited clinic's medical and psychological fitness report for a CNH renewal with
  EAR, 2 a medical report for a disability fare gratuity (companions), 3 a physiotherapy
  evaluation of a courier after a crash with a leave certificate, 4 a clinic's day agenda
  (fixed width), 5 a SAMU regulation log, 6 a bus company's occupational-health roster (CSV of
  drivers and conductors: CPF, PIS, CNH, restrictions).
- financeiro: 0 a fleet partner's weekly earnings statement (drivers, CPFs, plates, ruled
  table), 1 a courier payout batch (CSV, Pix keys of several kinds), 2 a rental company's bill
  for traffic fines (card on file, full or masked), 3 a fare-card recharge refund (customer
  e-mail and back-office record), 4 weekly rental billing of cars rented to app drivers
  (delinquency, collection message), 5 a passenger personal-accident (APP) insurance claim,
  6 a fraud-team investigation log of fake trips and promo abuse.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dra.",
"dona", "seu", nor a rank or title ("Sd PM", "Del. Pol."); particles inside a name (de, da, dos,
e) are part of it; "SURNAME, Given" and "SURNAME, GIVEN" are one span; nicknames and first names
alone are persons; first-name / surname columns are one span each. Staff named in the text
(support agents, analysts, reviewers, lawyers, judges, doctors, nurses, physiotherapists,
psychologists, police officers, SAMU operators and regulating doctors, collectors) are persons;
logins (ralmeida7), system users (regulacao01, svc_digitaliza), bot names (Vivi, Bip) and
"Passageiro" / "Suporte <company>" chat senders are not. Corporate e-mails of people are
EMAIL_ADDRESS; role mailboxes (recursos@, atendimento@, multas@, financeiro@,
ordens.judiciais@) are not labelled. ADDRESS is street type + name + number + complement (not
neighbourhood, city, state; CEP is BR_CEP); a company's address is not labelled (the platform's
seat in a petition). Agency and account are separate BANK_ACCOUNT spans; bank codes and names
are not. DATE_OF_BIRTH only for birth dates; infraction, accident, admission, exam, CNH expiry
and payment dates are not. PROFESSIONAL_ID includes the council acronym and UF or region (OAB,
CRM, COREN, CRP, CREFITO); RQE numbers, police registration numbers (matrícula) and DETRAN
accreditation numbers are not labelled. PIX_KEY only for random (UUID) keys used as Pix keys;
Pix keys that are a CPF, e-mail or phone take those labels; UUIDs that are trip ids are not
labelled. CNPJs are BR_CNPJ wherever they appear (platforms, rental companies, insurers, a
driver's MEI), numeric or the 2026 alphanumeric form. Masked values (asterisks, "final 1234"),
internal ids, protocol, ticket, order, contract, policy and claim numbers are not labelled.
Decided here for this register: vehicle plates (old "ABC-1234" / "ABC1234" and Mercosul
"ABC1D23", also in lower case as typed in chats) are LICENSE_PLATE wherever they appear; RENAVAM
numbers, chassis, auto-de-infração (AIT) numbers, RENACH numbers, fare-card numbers,
shared-vehicle ids and health-plan card numbers are not labelled (RENAVAMs and 11-digit
protocols are drawn to fail the CPF check). The place of an infraction or accident given as a
crossing, a highway km, a street "near the terminal" or "sentido bairro" is not an ADDRESS;
the home addresses of the people involved, and a delivery address, are. Every IP address is
IP_ADDRESS (IPv4 and IPv6). A WhatsApp sender saved as "Name motoboy" labels only the name; an
unsaved sender shown as a phone number is PHONE_NUMBER. Damage is kept to one template: the
scanned FICI carries OCR confusions (letters in names and addresses, digit/letter in CPF, CNH,
CEP: "0O246702435"), labelled as they stand.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Ysabelly, Raylanne, Kemilly, Thayllan, Ryquelme, Waldisney; Italian, German, Japanese/Okinawan,
Lebanese, Korean, Chinese, Haitian, Senegalese, Angolan, Bolivian, Venezuelan, indigenous,
Jewish, Polish), at least a quarter of the name words rare or invented; names that are also
words (Rosa, Luz, Flor, Aurora, Vitória, Esperança, Glória, Bento, Prudente, Amado, Leão,
Branco) next to the same words as words ("luz alta", "seria prudente", "tela em branco", "o leão
da Receita", "faixa branca", "uma vitória") and in places, streets, companies and platforms
(Presidente Prudente, Bento Gonçalves, Rua Rosa e Silva, Locadora Prudente Veículos, Pedala
Aurora, BikeLuz, Vitória Seguros, Viação Vitória Régia), which are not persons. Forms: full,
ALL CAPS without accents, lower case, "SURNAME, GIVEN", first name alone, nicknames (Tião,
Zezé), split into first-name / surname columns.

Hard negatives (never labelled): CNJ process numbers (with valid check digits), 11-digit
numbers failing the CPF check (RENAVAM, protocols, trip ids, invalid CPFs in fraud logs and a
portfolio), ICD-10 codes (S52.5, V28.5, F43.1), infraction codes (7455-0) and CTB articles,
money, AIT numbers, fare-card numbers, order and ticket numbers, policy and claim numbers,
health-plan card numbers, masked cards, device hashes, laws (Lei 9.503/1997, Lei 13.640/2018,
Lei 12.965/2014, Lei 8.078/1990, Resolução CONTRAN nº 918/2022), dates that are not birth
dates, company names with surnames (Viação Gurgel & Filhos, Prudente & Saboia Advogados
Associados, Escritório Távora Gondim Advocacia), streets honouring people named as places
("avançou o sinal na Barão de Mauá", "Estação Barão de Mauá").
"""
from __future__ import annotations

import datetime
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 5959
OUT_NAME = "fiftyninth.jsonl"

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


def cnj_dv(seq: str, year: str, seg: str, origin: str) -> str:
    """Check digits of a CNJ process number (Res. 65/2008, ISO 7064 mod 97-10)."""
    n = int(f"{seq}{year}{seg}{origin}00")
    return f"{98 - n % 97:02d}"


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MON3 = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Ana Paula", "Juliana", "Fernanda", "Patrícia", "Aline", "Camila", "Amanda", "Larissa", "Beatriz",
        "Gabriela", "Mariana", "Letícia", "Tatiane", "Adriana", "Cristiane", "Simone", "Sandra", "Luciana",
        "Priscila", "Elaine", "Natália", "Sabrina", "Viviane", "Kelly", "Maria José", "Maria de Fátima",
        "Ana Beatriz", "Júlia", "Carla", "Roberta", "Cláudia", "Fabiana", "Isabela", "Manuela"]
RARE_F = ["Edineide", "Lucivânia", "Ivoneide", "Maricléia", "Rosilda", "Joselma", "Genilda", "Adenilza",
          "Quitéria", "Erundina", "Lucélia", "Nadjane", "Jucilene", "Ketlyn", "Ysabelly", "Kauany", "Myrella",
          "Sthefany", "Rafaelly", "Tainara", "Edjane", "Clemilda", "Valdirene", "Zenaide", "Irismar", "Gedalva",
          "Adalgisa", "Marinalva", "Cleonice", "Ivanusa", "Eulália", "Dasdores", "Luzinete", "Raylanne",
          "Kemilly", "Thauany", "Jeovana", "Arlete Suely", "Nilzete", "Elidiane"]
PT_M = ["João Pedro", "Lucas", "Gabriel", "Rafael", "Rodrigo", "Thiago", "Bruno", "Diego", "Gustavo", "Eduardo",
        "Ricardo", "Roberto", "Antônio", "Francisco", "José Carlos", "Luiz Fernando", "Anderson", "Fábio",
        "Leandro", "Márcio", "Daniel", "Vinícius", "Matheus", "Guilherme", "Heitor", "Arthur", "Miguel",
        "Sebastião", "Raimundo", "Paulo Sérgio", "Jorge Luiz", "Marcos Vinícius"]
RARE_M = ["Adailton", "Genésio", "Deoclécio", "Ubiratan", "Edvaldo", "Gildásio", "Jucelino", "Erivelton",
          "Waldisney", "Wanderlan", "Edimilson", "Claudiomiro", "Laércio", "Arisvaldo", "Rosivaldo", "Damião",
          "Epaminondas", "Otacílio", "Tertuliano", "Crispim", "Adelmo", "Kawan", "Ryquelme", "Davyd", "Jhonatan",
          "Thayllan", "Ruan Pablo", "Gleidson", "Aderbal", "Zenilson", "Josenildo", "Cosme", "Valdomiro",
          "Ednaldo", "Isaías Kauê", "Wemerson", "Maykon", "Juscelino", "Ozimar", "Djalma"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Pereira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Gomes", "Ribeiro", "Carvalho", "Araújo", "Barbosa", "Rocha", "Dias", "Moreira", "Cunha",
          "Monteiro", "Batista", "Fonseca", "Cruz", "Farias", "Moraes", "Medeiros", "Sales", "Mendes", "Freitas"]
RARE_SUR = ["Quintela", "Paranaguá", "Távora", "Cordovil", "Bezerril", "Jatobá", "Aroeira", "Gurgel", "Mascarenhas",
            "Tourinho", "Ximenes", "Saboia", "Canuto", "Piancó", "Arcoverde", "Bacelar", "Sarmento", "Vilanova",
            "Quaresma", "Patriota", "Cajazeiras", "Itapicuru", "Tapajós", "Boaventura", "Sampaio Corrêa",
            "Mourão", "Aragão Neri", "Castelo Branco", "Florentino", "Gondim", "Holanda Cavalcanti", "Juvêncio",
            "Lacerda Pinto", "Marinho Falcão", "Nóbrega", "Pedrosa Lins", "Rabelo", "Sucupira", "Tenório", "Uchoa"]
WORD_F = ["Rosa", "Luz", "Flor", "Aurora", "Vitória", "Esperança", "Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Leão", "Branco", "Constante"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Bento", "Leão", "Flor", "Luz", "Vitória", "Pinheiro",
            "Coelho", "Carneiro", "Lobo", "Raposo", "Sardinha", "Cordeiro"]
NICK = {"João Pedro": "Jão", "Francisco": "Chico", "Sebastião": "Tião", "Raimundo": "Mundinho",
        "José Carlos": "Zé Carlos", "Antônio": "Toninho", "Maria José": "Zezé", "Maria de Fátima": "Fafá",
        "Edvaldo": "Val", "Damião": "Mião", "Epaminondas": "Mina", "Genésio": "Nezinho", "Luzinete": "Neta",
        "Quitéria": "Teca", "Dasdores": "Dorinha", "Adalgisa": "Gisa", "Luiz Fernando": "Nando",
        "Gildásio": "Gil", "Cleonice": "Nice", "Zenaide": "Naide", "Marinalva": "Nalva", "Roberto": "Beto"}
FOREIGN = {
    "it": (["Graziella", "Loredana", "Pierina"], ["Gianluca", "Ottavio", "Primo"],
           ["Bortoluzzi", "Zanella", "Dal Pozzo", "Fontanella", "Tomasi", "Benedetti"]),
    "de": (["Hildegard", "Ingrid", "Brunhilde"], ["Gunther", "Reinaldo", "Egon"],
           ["Hasse", "Kuhnen", "Böhm", "Schmitt", "Dreher", "Wachholz"]),
    "jp": (["Kazue", "Michiko", "Harumi"], ["Tadashi", "Noboru", "Yoshio"],
           ["Higa", "Nakandakari", "Shimabukuro", "Tanaka", "Watanabe", "Arakaki"]),
    "ar": (["Samira", "Jamile", "Nawal"], ["Munir", "Habib", "Jorge Elias"],
           ["Saad", "Daher", "Jabour", "Chaccur", "Zogbi", "Rahal"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Kang", "Han"]),
    "cn": (["Meiling", "Yuqin"], ["Zhiwei", "Jun"], ["Wang", "Liu", "Huang", "Zhang"]),
    "ht": (["Nadège", "Widelande", "Fabiola"], ["Jean-Robert", "Wisly", "Fritznel"],
           ["Pierre-Louis", "Saint-Fleur", "Jean-Baptiste", "Dorsainvil", "Louissaint"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Moustapha", "Ibrahima", "Abdoulaye"], ["Sarr", "Mbaye", "Faye", "Cissé"]),
    "ao": (["Nzinga", "Luzolo", "Ndalu"], ["Kiamba", "Mankenda", "Nsimba"], ["Kiluange", "Mbemba", "Kiesse", "Lutonadio"]),
    "bo": (["Nélida", "Justina", "Marisol"], ["Evo Ramiro", "Wálter", "Nemesio"], ["Mamani", "Choque", "Condori", "Quispe"]),
    "ve": (["Yusleidy", "Mariángel", "Dayerlin"], ["Yorbis", "Wuilmer", "Jhoandry"], ["Briceño", "Rondón", "Guanipa", "Urdaneta"]),
    "in": (["Potyra", "Yaci", "Arani"], ["Kaiuby", "Ubiraci", "Tainã"], ["Guajajara", "Pataxó", "Terena", "Baniwa"]),
    "jw": (["Sarita", "Ester", "Miriam"], ["Moisés", "Elias", "Jacó"], ["Rozenblit", "Szajnbok", "Feldman", "Klabin"]),
    "pl": (["Jadwiga", "Halina"], ["Kazimierz", "Zbigniew"], ["Wisniewski", "Kowalczyk", "Dudek"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "bo", "ve", "in", "jw", "pl", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Cruz", "Fonseca", "Rocha", "Cunha", "Glória"}
DO_SUR = {"Nascimento", "Carmo", "Amaral"}
DOS_SUR = {"Santos", "Reis", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "11", "11", "12", "13", "15", "16", "19", "21", "21", "24", "27", "31", "31", "34", "35", "41",
        "43", "44", "47", "48", "51", "51", "54", "61", "62", "63", "65", "67", "68", "71", "73", "77", "79",
        "81", "82", "83", "84", "85", "86", "87", "91", "92", "93", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Viela", "Largo"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Rosa e Silva", "da Aurora",
                "Flor de Maio", "Luz do Sol", "Vitória Régia", "Amado Batista", "Coronel Genésio Távora",
                "Doutora Quitéria Gondim", "Maestro Ubiratan Canuto", "Sete de Setembro", "Marechal Deodoro",
                "Padre Cícero", "Dom Hélder Câmara", "das Mangueiras", "dos Ipês", "Treze de Maio",
                "Professor Epaminondas Sucupira", "Irmã Dulce", "Tiradentes", "Chico Mendes", "Getúlio Vargas",
                "Leão XIII", "Pinheiro Machado", "Castelo Branco", "Princesa Isabel", "Nossa Senhora da Glória",
                "Dona Adalgisa Rabelo", "Engenheiro Tourinho", "Itapicuru", "do Contorno", "Paraíso"]
CITIES = [("São Paulo", "SP"), ("Guarulhos", "SP"), ("Campinas", "SP"), ("Presidente Prudente", "SP"),
          ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Duque de Caxias", "RJ"), ("Belo Horizonte", "MG"),
          ("Contagem", "MG"), ("Uberlândia", "MG"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Porto Alegre", "RS"),
          ("Bento Gonçalves", "RS"), ("Florianópolis", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"),
          ("Recife", "PE"), ("Jaboatão dos Guararapes", "PE"), ("Fortaleza", "CE"), ("Natal", "RN"),
          ("João Pessoa", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"), ("Teresina", "PI"), ("São Luís", "MA"),
          ("Belém", "PA"), ("Manaus", "AM"), ("Goiânia", "GO"), ("Brasília", "DF"), ("Cuiabá", "MT"),
          ("Campo Grande", "MS"), ("Vitória", "ES"), ("Vila Velha", "ES"), ("Rio Branco", "AC"), ("Palmas", "TO")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Prudente", "Bela Vista", "Boa Viagem", "Vila Luz", "Rosa dos Ventos",
           "Parque São Bento", "Jardim Vitória", "Cidade Nova", "Liberdade", "Pituba", "Cajazeiras", "Messejana",
           "Campo Grande", "Santa Cruz", "Bom Retiro", "Sarandi", "Boqueirão", "Flores"]
CIDS_TRAUMA = ["S52.5", "S82.2", "S06.0", "S42.0", "S83.5", "S93.4", "S62.6", "S00.8", "S22.3", "T14.0",
               "S72.0", "S13.4", "S80.0", "S60.2"]
CIDS_OTHER = ["F43.1", "F41.0", "F43.2", "M54.5", "H52.1", "G47.3", "E11.9", "I10", "H54.4", "F84.0", "G80.9",
              "Q90.9", "H90.3", "M17.1", "F20.0", "G35"]
CIDS_EXT = ["V23.4", "V28.5", "V43.5", "V03.1", "V19.4", "V89.2"]
PLATFORMS = ["Vrum", "LevaAí", "Pé na Tábua", "Rota99+", "ChamaJá"]
DELIVERY = ["PraJá Entregas", "Ligeirinho Delivery", "Sacola Cheia", "Motobag"]
SHARING = ["Pedala Aurora", "Zapt Patinetes", "BikeLuz", "Girô Scooters"]
BUS_COS = ["Auto Viação Cajazeiras Ltda", "Viação Vitória Régia S.A.", "Transportes Bento Amaral Ltda",
           "Expresso Flor do Vale", "Viação Gurgel & Filhos", "Consórcio Prudente de Transportes"]
CARDS = ["Bilhete Único", "cartão Riocard Mais", "cartão BHBus", "VEM", "cartão Passe Fácil", "SalvadorCard",
         "cartão Bilhete Fácil", "TRI"]
WORD_USES = ["o farol estava em luz alta", "seria prudente trocar a pastilha de freio", "a tela do app ficou em branco",
             "deu sinal verde e o ônibus arrancou", "o patinete rosa estava sem trava", "uma vitória, finalmente",
             "a faixa branca estava apagada", "passou de madrugada, sem luz nenhuma no poste",
             "na esquina da floricultura, tinha flor caída na pista", "o motorista foi amado pelos passageiros, nota 5",
             "parou no ponto em frente à Padaria Aurora", "o leão da Receita pega a gente no fim do ano"]


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
        if self.given.startswith(("Maria de", "Jorge Elias", "Jean-")):
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
        return self.full.lower()

    @property
    def plain(self) -> str:
        return fold(self.full)

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
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "plain"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "inv_title": p.inv_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
            "lowshort": fold(p.short).lower()}[form]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.base = datetime.date(2025, 6, 1)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def pick(self, seq):
        return self.rng.choice(seq)

    def sample(self, seq, k: int):
        return self.rng.sample(seq, k)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

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
        if r < 0.36:
            return self.pick(RARE_SUR)
        if r < 0.50:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.68 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.09:
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
                if s not in surnames:
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            elif len(surnames) == 3 and rng.random() < 0.2:
                surnames.insert(2, "e")
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

    def email(self, p: Person, domain: str | None = None, worker: bool = False) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        users = [f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                 f"{l}.{f}", f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:4]}"]
        if worker:
            users += [f"{f}.motorista{self.d(2)}", f"{f}{l}.entregas", f"{f}motoboy{self.d(2)}", f"{f}.uber{self.d(2)}"]
        user = self.pick(users)
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "live.com"])
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
                "nodash": f"{n[:3]}.{n[3:6]}.{n[6:9]}{n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.25) if alnum is None else alnum
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0C01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0014"])
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

    def cep(self, dash: bool | None = None) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        dash = self.chance(0.8) if dash is None else dash
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "sp"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "wa": f"+55 {ddd} {local[:5]}-{local[5:]}" if mobile else f"+55 {ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "4", "5", "5", "6"])
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        b = self.pick("455")
        return self.pick([f"**** **** **** {self.d(4)}", f"{b}{self.d(3)} **** **** {self.d(4)}",
                          f"{b}{self.d(5)}******{self.d(4)}", f"final {self.d(4)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.35) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.75) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick('ABCDEFGHJKLMNPRSTUVWXYZ')}{self.d(2)}"

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def bank(self) -> str:
        return self.pick(["001 - Banco do Brasil", "104 - Caixa", "237 - Bradesco", "341 - Itaú", "260 - Nu Pagamentos",
                          "077 - Banco Inter", "033 - Santander", "290 - PagSeguro", "323 - Mercado Pago",
                          "336 - C6 Bank", "748 - Sicredi", "756 - Sicoob"])

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def ipv6(self) -> str:
        return "2804:" + ":".join(self.hexs(4).lstrip("0") or "0" for _ in range(3)) + "::" + self.hexs(4).lstrip("0")

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos",
                          f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}", f"casa {self.ri(1, 4)} fundos"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return s.lower()
        if style == "spoken":
            s = f"{t} {name} " + ("sem número" if num == "s/n" else f"número {num}") + (f" {comp}" if comp else "")
            return s.lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " "] if num != "s/n" else [", ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def street_only(self) -> str:
        t, name, _, _ = self.street_parts()
        return f"{t} {name}"

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1950, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def new_base(self) -> None:
        """Each document's dates cluster around its own base date (2025 to mid-2026)."""
        self.base = datetime.date(2025, 1, 1) + datetime.timedelta(days=self.rng.randint(0, 540))

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        if year is None:
            d = self.base + datetime.timedelta(days=self.rng.randint(-75, 20))
            return fmt_date(d.day, d.month, d.year, fmt)
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), year, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 6 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 5000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.19", "8.13", "8.16", "8.05", "8.17", "8.06", "5.02", "4.03", "8.21"])
        seq, year, origin = self.d(7), str(self.rng.randint(2021, 2026)), self.d(4)
        return f"{seq}-{cnj_dv(seq, year, seg.replace('.', ''), origin)}.{year}.{seg}.{origin}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"ATD-{self.d(7)}"])

    def ait(self) -> str:
        """Auto de infração de trânsito number (not labelled)."""
        return self.pick([f"{self.pick('ABCDERST')}{self.d(9)}", f"{self.pick(['1E', '5A', '2R', 'T0'])}{self.d(7)}",
                          f"{self.pick(['SP', 'RJ', 'AA'])}{self.d(8)}", f"R{self.d(3)}.{self.d(3)}.{self.d(3)}"])

    def renavam(self) -> str:
        return self.neg(11)

    def trip(self) -> str:
        return self.pick([self.uuid(), f"TRP-{self.alnum(10)}", f"{self.hexs(8)}-{self.hexs(4)}", self.neg(11)])

    def fare_card(self) -> str:
        """Transit fare card number (not labelled)."""
        return self.pick([f"{self.d(2)}.{self.d(2)}.{self.d(8)}-{self.d(1)}", f"{self.d(3)} {self.d(5)} {self.d(2)}",
                          f"{self.d(10)}", f"{self.d(4)}.{self.d(4)}.{self.d(4)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        reg = {"SP": "06", "RJ": "05", "MG": "04", "RS": "07", "PR": "08", "BA": "03", "PE": "02", "CE": "11",
               "DF": "01", "SC": "12", "GO": "09", "PA": "10"}.get(uf, "13")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "CRP":
            return self.pick([f"CRP {reg}/{n % 100000:05d}", f"CRP-{reg}/{n}", f"CRP {reg}/{n % 100000}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{int(reg)} {n}-F", f"CREFITO {int(reg)}/{n}-F", f"Crefito-{int(reg)} nº {n}-F"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}", f"CRM/{uf} nº {dotted}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "mon": f"{dd:02d}/{MON3[mm - 1]}/{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("li", "h"), ("e", "c"), ("í", "i"),
               ("ã", "a"), ("ç", "c"), ("é", "e"), ("I", "l"), ("u", "ii"), ("o", "ó")]
OCR_DIGITS = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I")]
OCR_UNDO = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "|": "1"})


def ocr(s: str, g: Gen, rate: float = 0.3, digits: bool = False) -> str:
    """Apply at most one or two OCR confusions: letters in names and words, digit/letter in identifiers."""
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


def P(s: str) -> tuple:
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def L(s: str, label: str) -> tuple:
    return (s, label)


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]], ruler: str | None = "-", sep: str = "  ") -> None:
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t(sep.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    if ruler:
        doc.t(sep.join(ruler * w for w in widths) + "\n")
    for r in rows:
        line = Doc()
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                line.t(sep)
            line.cell(v, w if k < len(r) - 1 else 0, lab)
        base = len(doc.text)
        doc.text += line.text.rstrip()
        doc.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in line.spans]
        doc.t("\n")


def table_box(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    doc.t(rule + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule.replace("-", "="))
    for r in rows:
        doc.t("|")
        for (v, lab), w in zip(r, widths):
            doc.t(" ")
            doc.cell(v, w, lab)
            doc.t(" |")
        doc.t("\n")
    doc.t(rule)


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
        doc.t(sep.join(cols) + "\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(sep)
            q = quote_all or sep in v or '"' in v
            if q:
                doc.t('"')
            doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}{len(l) % 10}"


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


def car(g: Gen) -> str:
    return g.pick(["Chevrolet Onix 1.0 2020", "Fiat Mobi 2021", "HB20 1.0 2019", "VW Gol 1.6 2018", "Renault Kwid 2022",
                   "Fiat Argo 2023", "Toyota Etios 2017", "Nissan Versa 2020", "Chevrolet Spin 2019 (7 lug.)",
                   "VW Voyage 2016", "BYD Dolphin 2024", "Renault Logan 2018"])


def moto(g: Gen) -> str:
    return g.pick(["Honda CG 160 Fan 2021", "Honda Biz 125 2019", "Yamaha Factor 150 2020", "Honda Pop 110i 2022",
                   "Yamaha Fazer 250 2018", "Shineray Jet 50 2023", "Honda NXR Bros 160 2020"])


def color(g: Gen) -> str:
    return g.pick(["prata", "branco", "preto", "cinza", "vermelho", "azul", "branca", "prata metálico"])


# =========================================================================== atendimento

def at_onboarding(g: Gen) -> Doc:
    """Driver onboarding record of a ride-hailing platform: form with dot leaders, document check, reviewer."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    d = g.person()
    rev = g.person()
    city, uf = g.city()
    mei = g.chance(0.4)
    doc.f("«plat» Motorista · Central de Cadastro\nCADASTRO DE PARCEIRO — nº «n» — status: «st»\n"
          "----------------------------------------------------------------\n"
          "Nome completo ................ «nm»\nNome social .................. «ns»\nCPF .......................... «cpf»\n"
          "RG / órgão emissor ........... «rg» «org»\nData de nascimento ........... «dob»\n"
          "CNH nº registro .............. «cnh»  cat. «cat»  validade «val»  EAR: «ear»\n"
          "Celular (login) .............. «tel»\nE-mail ....................... «em»\n"
          "Endereço ..................... «ad»\nBairro / cidade .............. «b» — «city»/«uf»\nCEP .......................... «cep»\n",
          plat=plat, n=g.d(8), st=g.pick(["EM ANÁLISE", "PENDENTE DOC", "APROVADO", "REPROVADO"]),
          nm=P(name_form(g, d, ["full", "full", "caps"])), ns="—" if g.chance(0.85) else "(não informado)",
          cpf=L(g.cpf(), "BR_CPF"), rg=L(g.rg(), "BR_RG"), org=g.pick(["SSP/" + uf, "SSP-" + uf, "DETRAN/" + uf, "SESP/" + uf]),
          dob=L(g.dob(g.pick(["br", "br", "iso"]), 1958, 2004), "DATE_OF_BIRTH"), cnh=L(g.cnh(), "BR_CNH"),
          cat=g.pick(["B", "AB", "B", "AB", "D"]), val=g.date("br", g.pick([2026, 2027, 2028, 2031])),
          ear=g.pick(["SIM", "NÃO (exigir renovação c/ observação EAR)", "sim"]), tel=L(g.phone(), "PHONE_NUMBER"),
          em=L(g.email(d, worker=True), "EMAIL_ADDRESS"), ad=L(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf,
          cep=L(g.cep(), "BR_CEP"))
    doc.f("\nVEÍCULO\nPlaca «pl» · «car» · cor «cor» · RENAVAM «ren» · CRLV «crlv»\nProprietário do veículo: «own»\n",
          pl=L(g.plate(), "LICENSE_PLATE"), car=car(g), cor=color(g), ren=g.renavam(), crlv=g.date("br"),
          own=g.pick([("o próprio", None), ("locado — " + g.pick(["Locadora Prudente Veículos", "Movida", "Localiza", "Unidas"]), None),
                      P(g.relative(d).full)]))
    doc.f("\nREPASSE\nBanco «bk» · Ag. «ag» · C/C «cc»\nChave Pix (aleatória): «pix»\n",
          bk=g.bank(), ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), pix=L(g.uuid(), "PIX_KEY"))
    if mei:
        doc.f("MEI: CNPJ «cnpj» (transporte de passageiros por aplicativo — CNAE 4923-0/01) · título de eleitor «tit»\n",
              cnpj=L(g.cnpj(), "BR_CNPJ"), tit=L(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("\nVERIFICAÇÕES\n[«a»] selfie x foto da CNH (score «sc»)\n[«b»] antecedentes criminais (certidão TJ«uf» emitida em «dc»)\n"
          "[«c»] vistoria do veículo — «v»\n[x] curso «curso»\n",
          a=g.pick(["x", "x", " "]), sc=f"0.{g.d(3)}", b=g.pick(["x", "x", "!"]), uf=uf, dc=g.date("br"), c=g.pick(["x", " "]),
          v=g.pick(["ok", "para-choque traseiro amassado, aceito", "pneu careca, reprovar", "farol queimado (sem luz baixa do lado esquerdo)"]),
          curso=g.pick(["Direção Segura (EAD)", "Atendimento ao passageiro PcD", "Segurança viária"]))
    doc.f("\nParecer: «par»\nAnalista: «an» («al») — «dt» «hm»\n",
          par=g.pick(["documentação conferida, liberar para viagens após vistoria.",
                      "CNH sem EAR; orientado a incluir a observação no DETRAN. Reenviar em 30 dias.",
                      "foto da CNH cortada, pedido reenvio pelo app.",
                      "nome no CRLV diverge; pedido contrato de locação ou autorização do proprietário."]),
          an=P(name_form(g, rev, ["full", "short"])), al=login(rev), dt=g.date("br"), hm=g.hm())
    return doc


def at_chat_complaint(g: Gen) -> Doc:
    """Passenger complaint chat transcript: bot first, then a human agent; lost item / conduct."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    pas = g.person()
    drv = g.person()
    ag = g.person()
    bot = g.pick(["Vivi", "Rô", "Tina", "Bip"])
    ts = g.times(10, 8 * 3600, 22 * 3600)
    trip = g.trip()
    doc.f("Transcrição do atendimento · «plat» · canal: chat in-app · protocolo «pr»\nData: «dt»\n\n"
          "[«t0»] «bot» (assistente virtual): Oi! Sou a «bot», assistente da «plat». Sobre qual viagem você quer falar?\n"
          "[«t1»] Passageiro: a de ontem a noite, viagem «trip»\n"
          "[«t2»] «bot» (assistente virtual): Entendi. Para confirmar sua identidade, informe o e-mail da conta.\n"
          "[«t3»] Passageiro: «em»\n"
          "[«t4»] «bot» (assistente virtual): Obrigada! Vou te transferir para um atendente humano. 🙂\n"
          "[«t5»] «ag» (Atendimento): «hi», «pf», aqui é «agf». Li o resumo da viagem: motorista «dr», «car» placa «pl». O que aconteceu?\n",
          hi="Bom dia" if ts[5] < "12" else ("Boa tarde" if ts[5] < "18" else "Boa noite"),
          plat=plat, pr=g.protocol(), dt=g.date("br"), t0=ts[0], t1=ts[1], t2=ts[2], t3=ts[3], t4=ts[4], t5=ts[5], bot=bot,
          trip=trip, em=L(g.email(pas), "EMAIL_ADDRESS"), ag=P(ag.short), pf=P(pas.first), agf=P(ag.first),
          dr=P(g.pick([drv.first, drv.short])), car=car(g).rsplit(" ", 1)[0], pl=L(g.plate(), "LICENSE_PLATE"))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("[«t6»] Passageiro: esqueci minha mochila no banco de trás, tem notebook e o crachá da empresa com meu nome «pn». "
              "o motorista nao atende. meu outro numero é «tel»\n"
              "[«t7»] «ag» (Atendimento): Sinto muito! Vou acionar o fluxo de objeto esquecido. O parceiro recebe sua mensagem e pode devolver "
              "no endereço cadastrado («ad») mediante taxa de devolução de R$ «v».\n",
              t6=ts[6], t7=ts[7], pn=P(pas.caps), tel=L(g.phone(), "PHONE_NUMBER"), ag=P(ag.first), ad=L(g.address(), "ADDRESS"),
              v=g.money(15, 40))
    elif k == 1:
        doc.f("[«t6»] Passageiro: ele dirigiu falando no celular o tempo todo, avançou o sinal vermelho na «rua» e quando reclamei me "
              "xingou. minha filha «kid» de 9 anos tava junto, ficou apavorada. «w».\n"
              "[«t7»] «ag» (Atendimento): «pf», lamento muito. Registrei o relato e o caso vai para o time de Segurança. Você gostaria de "
              "receber retorno por telefone? Se sim confirme o número.\n[«t8»] Passageiro: sim «tel»\n",
              t6=ts[6], t7=ts[7], t8=ts[8], rua=g.pick(["Barão de Mauá", "Bento Gonçalves", "Prudente de Morais", "Av. Sete de Setembro"]),
              kid=P(g.relative(pas).first), w=g.pick(["não tinha luz nenhuma dentro do carro", "seria prudente vocês verem as câmeras",
                                                       "aquilo não é jeito de tratar ninguém"]),
              ag=P(ag.first), pf=P(pas.first), tel=L(g.phone(), "PHONE_NUMBER"))
    else:
        full = g.chance(0.4)
        doc.f("[«t6»] Passageiro: fui cobrado R$ «v1» e no app dizia R$ «v2». o cara fez uma volta enorme pela «rua». quero estorno no "
              "cartão, «pre»«fin»\n"
              "[«t7»] «ag» (Atendimento): Verifiquei o trajeto: houve desvio de «km» km. Vou estornar a diferença de R$ «dif» em até 2 faturas.\n"
              "[«t8»] Passageiro: ok. e manda o comprovante pro «em2» por favor, esse é o do trabalho\n",
              t6=ts[6], t7=ts[7], t8=ts[8], v1=g.money(30, 90), v2=g.money(10, 29), rua=g.pick(["Marginal", "Av. Brasil", "Linha Amarela", "BR-116"]),
              pre="é esse aqui " if full else "", fin=(g.card(g.chance(0.6)), "CREDIT_CARD") if full else f"é o mesmo de sempre final {g.d(4)}",
              ag=P(ag.first), km=g.ri(3, 17), dif=g.money(8, 50), em2=L(g.email(pas, g.pick(["empresa.com.br", "prefeitura.sp.gov.br", "ufpe.br"])), "EMAIL_ADDRESS"))
    doc.f("[«t9»] «ag» (Atendimento): Mais alguma coisa, «pf»? Se não, encerro por aqui. Avalie o atendimento! ⭐\n"
          "--- fim da transcrição --- tags: «tags» · agente: «al» · NPS pendente\n",
          t9=ts[9], ag=P(ag.first), pf=P(name_form(g, pas, ["first", "first", "nick"])),
          tags=["objeto_esquecido", "conduta_parceiro;seguranca", "tarifa;desvio_rota"][k], al=login(ag))
    return doc


def at_deactivation_email(g: Gen) -> Doc:
    """E-mail thread: a courier or driver appeals a deactivation; the reviewer answers with the trip table."""
    doc = Doc()
    plat = g.pick(PLATFORMS + DELIVERY)
    d = g.person()
    rev = g.person()
    sup = g.person()
    dom = fold(plat).lower().replace(" ", "").replace("+", "").replace("í", "i") + ".com.br"
    dom = re.sub(r"[^a-z0-9.]", "", dom)
    courier = plat in DELIVERY
    email = g.email(d, worker=True)
    dt = g.date("br")
    o = d.o
    if courier:
        bodies = [f"Boa tarde, faço entregas com vcs faz 3 anos e hoje de manhã minha conta foi desativada dizendo fraude. Nunca fiz nada de errado,",
                  f"Olá. Minha conta de entregador{'a' if d.female else ''} foi bloqueada por \"compartilhamento de conta\", mas quem usa a moto é só eu,",
                  f"prezados, fui desativad{o} por \"comportamento inadequado\" mas o cliente que reclamou desceu sem máscara e me xingou na portaria,"]
    else:
        bodies = [f"Boa tarde, trabalho com vcs faz 3 anos e hoje de manhã minha conta foi desativada dizendo fraude. Nunca fiz nada de errado,",
                  f"prezados, fui desativad{o} por \"comportamento inadequado\" mas a passageira que reclamou estava alcoolizada e vomitou no carro,",
                  f"Olá. Minha conta foi bloqueada por \"selfie divergente\", mas sou eu mesm{o}, só cortei o cabelo,"]
    doc.f("De: «nm» <«em»>\nPara: recursos@«dom»\nAssunto: «subj»\nData: «dt» «hm»\n\n«body»\n\n",
          nm=P(name_form(g, d, ["full", "caps", "low"])), em=L(email, "EMAIL_ADDRESS"), dom=dom,
          subj=g.pick(["CONTA DESATIVADA SEM MOTIVO", "Recurso desativação", "Re: sua conta foi desativada", "pq bloquearam minha conta??"]),
          dt=dt, hm=g.hm(), body=g.pick(bodies))
    doc.f("segue meus dados: CPF «cpf», placa «pl», celular «tel». Dependo disso pra pagar o aluguel. Aguardo.\n«sig»\n\n",
          cpf=L(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), pl=L(g.plate().lower() if g.chance(0.3) else g.plate(), "LICENSE_PLATE"),
          tel=L(g.phone(), "PHONE_NUMBER"), sig=P(name_form(g, d, ["first", "nick", "short"])))
    doc.f("---------- Resposta ----------\nDe: «rv» <«rve»>\nPara: «em»\nCc: «sp» <«spe»>\nData: «dt2»\n\nOlá, «df»,\n\n"
          "Revisamos a desativação (caso «cs»). Abaixo as ocorrências que motivaram a análise:\n\n",
          rv=P(rev.full), rve=L(corp_mail(rev, dom), "EMAIL_ADDRESS"), em=L(email, "EMAIL_ADDRESS"), sp=P(sup.full),
          spe=L(corp_mail(sup, dom), "EMAIL_ADDRESS"), dt2=f"{dt} {g.hm()}" if g.chance(0.5) else g.pick(["ontem", "hoje"]) + f" às {g.hm()}",
          df=P(d.first), cs=g.protocol())
    rows = []
    for _ in range(g.ri(3, 5)):
        rows.append([V(g.date("br")), V(g.hm()), V(g.trip()[:13]), V(g.pick(BAIRROS)), V(g.pick(["login em 2 aparelhos", "GPS falso (mock location)",
                    "reclamação cliente" if courier else "reclamação passageiro", "cancelamento após coleta" if courier else "cancelamento após embarque",
                    "rota divergente", "foto de selfie divergente"])),
                     L(g.ip(), "IP_ADDRESS") if g.chance(0.6) else V("—")])
    table_fixed(doc, ["data", "hora", "pedido" if courier else "viagem", "bairro", "ocorrência", "IP do login"], rows, ruler=g.pick(["-", "=", None]))
    doc.f("\n«dec»\n\nAtenciosamente,\n«rv»\nAnálise de Recursos — Time de Confiança e Segurança\n«plat» · «cnpj»\n",
          dec=g.pick(["Após revisão manual, a conta foi REATIVADA. Pedimos atenção aos logins em outro aparelho.",
                      "A decisão foi mantida. Você pode pedir nova revisão em 30 dias, anexando documento com foto.",
                      "Solicitamos selfie ao vivo para concluir a análise; ela deve ser enviada pelo app em até 7 dias."]),
          rv=P(rev.first if g.chance(0.5) else rev.short), plat=plat, cnpj=L(g.cnpj(), "BR_CNPJ"))
    return doc


def at_farecard_gratuity(g: Gen) -> Doc:
    """Counter request form for a fare-card gratuity (elderly, student, PcD), OCR'd intake sheet."""
    doc = Doc()
    kind = g.pick(["IDOSO 60+", "ESTUDANTE", "PcD", "ESTUDANTE", "IDOSO 60+"])
    city, uf = g.city()
    card = g.pick(CARDS)
    b = g.person()
    lo, hi = (1940, 1965) if kind.startswith("IDOSO") else ((2005, 2012) if kind == "ESTUDANTE" else (1960, 2015))
    att = g.person()
    doc.f("SECRETARIA MUNICIPAL DE MOBILIDADE — «city»/«uf»\nREQUERIMENTO DE GRATUIDADE / MEIA TARIFA — «card»\n"
          "Modalidade: [«k»]     Posto de atendimento: «posto»     Senha «senha»\n\n"
          "1. DADOS DO BENEFICIÁRIO\nNome: «nm»\nData nasc.: «dob»     Sexo: «sx»\nRG: «rg»     CPF: «cpf»\n",
          city=city.upper(), uf=uf, card=card, k=kind, posto=g.pick(["Terminal Central", "Poupatempo", "Estação da Luz", "Terminal Vila Prudente", "Shopping Aurora"]),
          senha=f"{g.pick('ABCP')}{g.d(3)}", nm=P(name_form(g, b, ["caps", "caps", "full"])),
          dob=L(g.dob("br", lo, hi), "DATE_OF_BIRTH"), sx="F" if b.female else "M", rg=L(g.rg(), "BR_RG"),
          cpf=L(g.cpf(), "BR_CPF"))
    if kind != "ESTUDANTE" and g.chance(0.5):
        doc.f("Título eleitoral: «tit»\n", tit=L(g.titulo(), "BR_TITULO_ELEITOR"))
    if kind == "PcD":
        doc.f("Cartão SUS: «cns»     CID informado no laudo: «cid»\n", cns=L(g.cns(), "BR_CNS"), cid=g.pick(CIDS_OTHER))
    doc.f("Endereço: «ad»\nBairro: «b»     CEP: «cep»\nTelefone: «t1»  /  recado: «t2»\n",
          ad=L(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), cep=L(g.cep(), "BR_CEP"),
          t1=L(g.phone(), "PHONE_NUMBER"), t2=L(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"))
    if kind == "ESTUDANTE":
        doc.f("Instituição: «esc»     Matrícula: «mat»     Turno: «tu»\n", esc=g.pick(["E.E. Prof. Genésio Távora", "IFPE Campus Recife",
              "Colégio Estadual Castelo Branco", "UFBA", "Escola Municipal Rosa e Silva", "ETEC Bento Quirino"]),
              mat=g.d(9), tu=g.pick(["manhã", "tarde", "noite", "integral"]))
    if kind != "IDOSO 60+" or g.chance(0.4):
        r = g.relative(b)
        doc.f("\n2. RESPONSÁVEL / ACOMPANHANTE\nNome: «rn»   Parentesco: «par»   CPF: «rc»   Tel: «rt»\n",
              rn=P(name_form(g, r, ["caps", "full"])), par=g.pick(["mãe", "pai", "avó"] if kind == "ESTUDANTE" else ["filha", "filho", "irmã", "mãe", "curador(a)", "esposo", "esposa"]),
              rc=L(g.cpf(), "BR_CPF"), rt=L(g.phone(), "PHONE_NUMBER"))
    doc.f("\n3. USO INTERNO\nCartão emitido nº «fc» (lote «lote»)   Foto: [x] capturada   Biometria facial: [«bio»]\n"
          "Documentos conferidos: [x] RG  [«c1»] comprov. residência  [«c2»] «doc3»\n"
          "Observação: «obs»\nAtendente: «at»   Mat. «mat»   Data: «dt»\n",
          fc=g.fare_card(), lote=g.d(5), bio=g.pick(["x", " "]), c1=g.pick(["x", " "]), c2=g.pick(["x", " "]),
          doc3=g.pick(["declaração escolar", "laudo médico", "comprov. de renda", "certidão de nascimento"]),
          obs=g.pick(["comprovante em nome do cônjuge, aceito com certidão de casamento", "conta de luz de 3 meses atrás, aceita",
                      "2ª via por perda — cobrar taxa R$ " + g.money(10, 30), "sem pendências", "foto refeita, a 1ª saiu com luz estourada"]),
          at=P(name_form(g, att, ["short", "full", "caps"])), mat=g.d(6), dt=g.date("br"))
    return doc


def at_card_block_csv(g: Gen) -> Doc:
    """CSV extract of the fare-card blocking queue (lost/stolen cards, fraud suspicion), call-centre log."""
    doc = Doc()
    card = g.pick(CARDS)
    an = g.person()
    sep = g.pick([";", ","])
    doc.f("# export bloqueios_«card»_«dt».csv — gerado por «who» em «dt2»\n# motivo: 01=perda 02=roubo/furto 03=uso indevido 04=óbito 05=fraude gratuidade\n",
          card=re.sub(r"\W", "", fold(card).lower())[:12], dt=g.date("compact"), who=login(an), dt2=g.date("br") + " " + g.hm())
    rows = []
    for _ in range(g.ri(5, 7)):
        c = g.person()
        mot = g.pick(["01", "01", "02", "02", "03", "04", "05"])
        nm = g.pick([c.caps, c.caps, c.full, c.plain])
        rows.append([V(g.d(7)), V(g.fare_card()), P(nm), L(g.cpf("raw") if g.chance(0.6) else g.cpf(), "BR_CPF"),
                     L(g.dob("br", 1940, 2010), "DATE_OF_BIRTH"), L(g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"),
                     V(mot), V(g.money(0, 180)), V(g.pick(["0800", "app", "posto", "site", "0800"])),
                     V(g.pick({"01": ["", "transf. saldo p/ novo cartão", "perdeu no ônibus"],
                               "02": ["BO " + g.d(6) + "/" + str(g.pick([2025, 2026])), "", "furto no terminal"],
                               "03": ["uso por terceiro flagrado na catraca", "reincidente"],
                               "04": ["titular faleceu, filha ligou", "certidão de óbito anexada"],
                               "05": ["gratuidade estudante c/ matrícula vencida", "biometria divergente", "reincidente"]}[mot]))])
    table_csv(doc, ["id_solic", "nr_cartao", "nome_titular", "cpf", "dt_nasc", "fone_contato", "motivo", "saldo_rs", "canal", "obs"], rows, sep=sep)
    doc.f("# total «n» linhas · revisão «an» · «w»\n", n=len(rows), an=P(an.short),
          w=g.pick(["os casos 05 vão para a fiscalização", "saldo transferido em D+2", "não reemitir sem biometria"]))
    return doc


def at_scooter_incident(g: Gen) -> Doc:
    """Bike/scooter sharing incident ticket (help-desk), with app session data and a third party."""
    doc = Doc()
    brand = g.pick(SHARING)
    u = g.person()
    third = g.person()
    ag = g.person()
    city, uf = g.city()
    k = g.ri(0, 2)
    msg = ["o freio do patinete não funcionou na descida e eu caí, ralei o braço inteiro e quebrei o celular. quero ressarcimento.",
           "a bike travou no meio da ciclovia e o app continuou cobrando por 2 horas!!! e eu ainda bati num rapaz que vinha a pé.",
           "estacionei o patinete na estação certa mas o app diz que deixei fora da zona e me multou R$ 50. tenho foto."][k]
    doc.f("Ticket #«tk» · «brand» · Prioridade: «pr» · Categoria: Incidente com veículo\nSolicitante: «un» <«ue»>\n"
          "Criado: «dt» · Canal: «ch»\n\n«un2» escreveu:\n«msg»\n\n",
          tk=g.d(6), brand=brand, pr=g.pick(["Alta", "Urgente", "Normal"]), un=P(u.full), ue=L(g.email(u), "EMAIL_ADDRESS"),
          dt=g.date("br") + " " + g.hm(), ch=g.pick(["app", "e-mail", "formulário web"]), un2=P(u.first), msg=msg)
    start = g.ri(6 * 60, 22 * 60)
    dur = g.ri(125, 140) if k == 1 else g.ri(4, 45)
    end = (start + dur) % (24 * 60)
    doc.f("--- Dados da sessão (preenchido automaticamente) ---\nconta: «ue»\ntelefone: «tel»\nveículo: «veh»\n"
          "início: «t1» · fim: «t2» · duração «dur» min · valor R$ «val»\nIP do app: «ip»   device: «dev»\nlocal de retirada: «est»\n\n",
          ue=L(g.email(u), "EMAIL_ADDRESS"), tel=L(g.phone("e164"), "PHONE_NUMBER"),
          veh=("BK-" if k == 1 else "SC-") + g.alnum(6), t1=f"{start // 60:02d}:{start % 60:02d}", t2=f"{end // 60:02d}:{end % 60:02d}", dur=dur,
          val=f"{dur * 0.59 + 3:.2f}".replace(".", ","),
          ip=L(g.ip() if g.chance(0.75) else g.ipv6(), "IP_ADDRESS"), dev=g.pick(["iPhone 12", "Moto G84", "Galaxy A15", "Redmi Note 13"]),
          est=g.pick(["Estação Praça da Luz", "Estação Barão de Mauá", "Estação Parque Aurora", "Estação Bento Gonçalves",
                      "Estação Flor de Maio"]))
    doc.f("Nota interna («ag»): «n1»\n", ag=P(ag.short),
          n1=["telemetria mostra frenagem normal até a queda; pedir fotos e BO.",
              "trava do cadeado com falha conhecida no lote " + g.d(3) + "; estornar corridas acima de 60 min.",
              "GPS indica devolução 40 m fora da zona; dentro da tolerância, anular a multa."][k])
    if k < 2 and g.chance(0.8):
        doc.f("Terceiro envolvido (informado pelo usuário): «tn», tel. «tt»",
              tn=P(name_form(g, third, ["full", "low", "first"])), tt=L(g.phone(), "PHONE_NUMBER"))
        if g.chance(0.4):
            doc.f(", CPF «c»", c=L(g.cpf(), "BR_CPF"))
        doc.t("\n")
    doc.f("\nResposta enviada por «ag» em «dt»:\nOlá, «uf»! «resp» Para o reembolso precisamos dos dados bancários do titular da conta.\n\n"
          "Resposta do cliente:\nBanco «bk», agência «agc», conta «cc»«pixpart»\n",
          ag=P(ag.first), dt=g.date("br"), uf=P(u.first),
          resp=["Sentimos muito pela queda.", "Verificamos a cobrança indevida.", "Revisamos a multa de estacionamento."][k],
          bk=g.bank().split(" - ")[1], agc=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), pixpart="")
    if g.chance(0.5):
        doc.f("ou se preferir pix: «pix»\n", pix=L(g.uuid(), "PIX_KEY"))
    return doc


def at_courier_whatsapp(g: Gen) -> Doc:
    """WhatsApp export of a delivery company's courier support number with a courier."""
    doc = Doc()
    comp = g.pick(DELIVERY)
    c = g.person(female=g.chance(0.2))
    sup = g.person()
    cust = g.person()
    dt = g.date("br")
    ts = g.times(9, 9 * 3600, 23 * 3600)
    saved = g.pick([c.short, c.first + " motoboy", g.phone("wa")])
    sender = P(saved) if not saved.endswith("motoboy") and not saved.startswith("+") else None
    def who(i: int, courier: bool) -> None:
        doc.t(f"{dt} {ts[i]} - ")
        if courier:
            if saved.endswith(" motoboy"):
                doc.e(c.first, "PERSON")
                doc.t(" motoboy")
            elif sender:
                doc.e(saved, "PERSON")
            else:
                doc.e(saved, "PHONE_NUMBER")
        else:
            doc.t(f"Suporte {comp}")
        doc.t(": ")
    who(0, True)
    hello = "bom dia" if ts[0] < "12" else ("boa tarde" if ts[0] < "18" else "boa noite")
    doc.f("«hi», to no endereço do pedido «ped» e «oa» cliente não atende\n", hi=hello, ped=g.pick(["#", "nº ", ""]) + g.d(6),
          oa="a" if cust.female else "o")
    who(1, False)
    doc.f("Oi «cf», aqui é «sf» do suporte. O endereço que consta é «ad», «b». Cliente: «cn», tel «ct»\n",
          cf=P(c.first), sf=P(sup.first), ad=L(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cn=P(name_form(g, cust, ["full", "short", "first"])),
          ct=L(g.phone(), "PHONE_NUMBER"))
    who(2, True)
    doc.f("liguei 3x, caixa postal. o porteiro falou que «ela» mudou pra «ad2»\n", ela="ela" if cust.female else "ele",
          ad2=L(g.address("low"), "ADDRESS"))
    who(3, False)
    doc.t("Não podemos entregar em outro endereço sem confirmação. Aguarde 10 min e finalize como \"cliente ausente\" com foto da fachada.\n")
    who(4, True)
    doc.t("<Mídia oculta>\n")
    who(5, True)
    doc.f("outra coisa, o repasse da semana passada não caiu. cadastrei a chave pix nova «pix»\n", pix=L(g.uuid(), "PIX_KEY"))
    who(6, False)
    doc.f("Vou abrir chamado pro financeiro («ch»). Confirma seu CPF e a placa da moto?\n", ch=g.protocol())
    who(7, True)
    doc.f("«cpf» placa «pl» «moto»\n", cpf=L(g.cpf(g.pick(["raw", "dot", "nodash"])), "BR_CPF"),
          pl=L(g.plate().lower() if g.chance(0.4) else g.plate(), "LICENSE_PLATE"), moto=moto(g).lower())
    who(8, False)
    doc.f("Obrigad«o»! Prazo de retorno 2 dias úteis. «w»\n", o=sup.o,
          w=g.pick(["Bom trabalho e cuidado na chuva 🙏", "Qualquer coisa chama aqui.", "Lembrando: não aceitar pagamento por fora.",
                    "E anda com o farol aceso, o farol estava em luz alta na foto da blitz 😅"]))
    return doc


# =========================================================================== juridico

INFRACOES = [("7455-0", "art. 218, I", "transitar em velocidade superior à máxima permitida em até 20%"),
             ("7463-0", "art. 218, II", "transitar em velocidade superior à máxima permitida em mais de 20% até 50%"),
             ("6050-1", "art. 208", "avançar o sinal vermelho do semáforo"),
             ("7366-2", "art. 252, VI", "dirigir o veículo utilizando-se de telefone celular"),
             ("5185-1", "art. 181, XVII", "estacionar em desacordo com a regulamentação (zona azul)"),
             ("5452-0", "art. 230, V", "conduzir veículo não licenciado"),
             ("5169-1", "art. 167", "deixar o condutor de usar o cinto de segurança"),
             ("7579-0", "art. 165-A", "recusar-se a ser submetido a teste de etilômetro"),
             ("5568-1", "art. 187, I", "transitar em local/horário não permitido (rodízio)")]
LAWS = ["Lei 9.503/1997 (CTB)", "Resolução CONTRAN nº 918/2022", "Lei 13.640/2018", "Lei 12.587/2012",
        "Lei 14.071/2020", "Lei 13.709/2018", "Lei 8.078/1990", "Lei 12.965/2014", "Lei 9.099/1995"]
FIRMS = ["Prudente & Saboia Advogados Associados", "Escritório Távora Gondim Advocacia", "Amado, Leão e Quintela Advogados",
         "Rabelo & Mascarenhas Sociedade de Advogados", "Nóbrega Tourinho Advocacia de Trânsito", "Vitória Despachos e Recursos Ltda"]


def loc_infracao(g: Gen) -> str:
    """Place of an infraction or accident: a crossing, a highway km or 'altura' without number -- not an ADDRESS."""
    a, b = g.street_only(), g.street_only()
    return g.pick([f"{a} x {b}", f"{a} esquina com {b}", f"Rod. {g.pick(['BR-116', 'BR-101', 'SP-270', 'BR-381', 'RJ-106', 'BR-040'])}, km {g.ri(2, 480)}",
                   f"{a}, sentido bairro-centro", f"{a} (próx. ao Terminal {g.pick(['Aurora', 'Central', 'Barão de Mauá', 'Vila Prudente'])})"])


def ju_jari_appeal(g: Gen) -> Doc:
    """Appeal to the JARI against a traffic fine, filed by an app driver through a lawyer (or by the driver alone)."""
    doc = Doc()
    city, uf = g.city()
    d = g.person()
    adv = g.person()
    lawyer = g.chance(0.65)
    code, art, desc = g.pick(INFRACOES)
    has_tit = g.chance(0.35)
    org = g.pick([f"DETRAN/{uf}", f"da Secretaria Municipal de Mobilidade e Trânsito de {city}", f"do DER/{uf}", "da PRF"])
    doc.f("ILUSTRÍSSIMO(A) SENHOR(A) PRESIDENTE DA JUNTA ADMINISTRATIVA DE RECURSOS DE INFRAÇÕES — JARI «org»\n\n"
          "Auto de Infração nº «ait»\nPlaca: «pl»     RENAVAM: «ren»\nInfração: «code» — «desc» («art» do CTB)\n"
          "Data/hora: «dt» às «hm»     Local: «loc»\n\n",
          org=org.upper() if org.startswith("DETRAN") else org, ait=g.ait(), pl=L(g.plate(), "LICENSE_PLATE"), ren=g.renavam(),
          code=code, desc=desc, art=art, dt=g.date("br"), hm=g.hm(), loc=loc_infracao(g))
    doc.f("«nm», brasileir«o», «ec», motorista de aplicativo, portador«a» da CNH nº «cnh», inscrit«o» no CPF sob o nº «cpf», "
          "RG «rg», «tp»«tit»«ts»nascid«o» em «dob», residente e domiciliad«o» na «ad», «b», «city»/«uf», CEP «cep», telefone «tel», e-mail «em», ",
          nm=P(name_form(g, d, ["caps", "caps", "full"])), o=d.o, a="a" if d.female else "", ec=g.pick(["solteir" + d.o, "casad" + d.o, "divorciad" + d.o, "em união estável"]),
          cnh=L(g.cnh(), "BR_CNH"), cpf=L(g.cpf(), "BR_CPF"), rg=L(g.rg(), "BR_RG"), dob=L(g.dob(g.pick(["br", "long"]), 1960, 2003), "DATE_OF_BIRTH"),
          tp="título de eleitor nº " if has_tit else "", tit=L(g.titulo(), "BR_TITULO_ELEITOR") if has_tit else "", ts=", " if has_tit else "",
          ad=L(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf, cep=L(g.cep(), "BR_CEP"), tel=L(g.phone(), "PHONE_NUMBER"),
          em=L(g.email(d), "EMAIL_ADDRESS"))
    if lawyer:
        doc.f("por seu advogado que esta subscreve («oab», e-mail «aem», com escritório na «firm»), ",
              oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"), aem=L(g.email(adv, g.pick(["adv.br", "gmail.com", "advocacia.com.br"])), "EMAIL_ADDRESS"),
              firm=g.pick(FIRMS))
    doc.t("vem, respeitosamente, interpor o presente\n\nRECURSO ADMINISTRATIVO\n\npelas razões a seguir.\n\nI — DOS FATOS\n")
    doc.f("O recorrente trabalha como motorista parceiro da plataforma «plat» e, na data da autuação, «fato» "
          "A Notificação de Autuação foi recebida apenas em «dn», «prazo»\n\n",
          plat=g.pick(PLATFORMS),
          fato=g.pick(["transportava passageira gestante em trabalho de parto ao hospital, conforme declaração anexa.",
                       "o veículo encontrava-se na oficina, conforme nota de serviço anexa, sendo impossível o cometimento da infração.",
                       "o radar não possuía aferição válida do INMETRO, conforme consulta ao portal.",
                       "a sinalização de velocidade estava encoberta por vegetação, conforme fotos anexas."]),
          dn=g.date("br"), prazo=g.pick(["fora do prazo de 30 dias do art. 281, parágrafo único, II, do CTB.",
                                         "sem a identificação do agente autuador.", "dentro do prazo."]))
    doc.f("II — DO DIREITO\nNos termos da «l1» e da «l2», «dir» O recorrente depende da CNH para o sustento da família; a pontuação "
          "acarretaria «pts» pontos e possível suspensão do direito de dirigir.\n\n",
          l1=LAWS[0], l2=g.pick(LAWS[1:5]), pts=g.pick([4, 5, 7]),
          dir=g.pick(["o auto de infração deve conter todos os requisitos do art. 280, sob pena de nulidade.",
                      "é cabível o arquivamento quando não houver notificação no prazo legal.",
                      "a ausência de aferição do equipamento medidor invalida a autuação."]))
    if g.chance(0.5):
        c2 = g.person()
        doc.f("Subsidiariamente, caso não seja acolhido o recurso, requer seja considerado como condutor «cn», CNH «cnh2», "
              "que dirigia o veículo na ocasião (FICI anexa).\n\n", cn=P(name_form(g, c2, ["full", "caps"])), cnh2=L(g.cnh(), "BR_CNH"))
    doc.f("III — DO PEDIDO\nAnte o exposto, requer o cancelamento do auto «ait» e o arquivamento do processo administrativo, com efeito suspensivo.\n\n"
          "Termos em que pede deferimento.\n«city», «dt».\n\n_______________________________\n«sig»\n«sub»\n",
          ait=g.ait(), city=city, dt=g.date("long"),
          sig=P(name_form(g, adv if lawyer else d, ["full", "caps"])),
          sub=("Advogado — " if not adv.female else "Advogada — ", None) if lawyer else ("Recorrente", None))
    if lawyer:
        doc.e(g.council("OAB", uf), "PROFESSIONAL_ID")
        doc.t("\n")
    doc.t("Anexos: cópia da CNH, CRLV, notificação de autuação, procuração, comprovante de residência.\n")
    return doc


def ju_fici_ocr(g: Gen) -> Doc:
    """Driver identification form (FICI) for a fleet vehicle, scanned with OCR noise."""
    doc = Doc()
    city, uf = g.city()
    owner_co = g.chance(0.6)
    cond = g.person()
    doc.f("«org»\nFORMULÁRIO DE IDENTIFICAÇÃO DO CONDUTOR INFRATOR\n(Art. 257, §7º do CTB — Res. CONTRAN 918/2022)\n"
          "......................................................................\n"
          "AIT: «ait»      PLACA: «pl»      DATA INFRAÇÃO: «dt»      COD: «code»\n\n",
          org=g.pick([f"DETRAN-{uf}", f"PREFEITURA MUNICIPAL DE {fold(city).upper()} - DEPTO DE TRANSITO", f"DER/{uf}"]),
          ait=g.ait(), pl=L(g.plate(old=g.chance(0.3)), "LICENSE_PLATE"), dt=g.date("br"), code=g.pick(INFRACOES)[0])
    if owner_co:
        doc.f("PROPRIETARIO DO VEICULO\nRazao social: «rs»\nCNPJ: «cnpj»\nRepresentante: «rep»  CPF «rc»\n\n",
              rs=g.pick(["LOCADORA PRUDENTE VEICULOS LTDA", "AURORA LOCACAO DE FROTAS S.A.", "MOVE BENTO RENT A CAR LTDA",
                         "TAVORA LOGISTICA E ENTREGAS LTDA", "GURGEL FROTAS ME"]),
              cnpj=L(g.cnpj(), "BR_CNPJ"), rep=P(ocr(g.person().caps, g)), rc=L(ocr(g.cpf(), g, 0.25, True), "BR_CPF"))
    else:
        o = g.person()
        doc.f("PROPRIETARIO DO VEICULO\nNome: «on»\nCPF: «oc»   RG: «orr»\n\n", on=P(ocr(o.caps, g)),
              oc=L(ocr(g.cpf(), g, 0.3, True), "BR_CPF"), orr=L(g.rg(), "BR_RG"))
    doc.f("CONDUTOR INFRATOR\nNome: «cn»\nN° registro CNH: «cnh»   UF: «uf»   Categoria: «cat»\nCPF: «cpf»   Data nasc.: «dob»\n"
          "Endereco: «ad»\nBairro: «b»   Municipio: «city»   CEP: «cep»\nTelefone: «tel»\n\n",
          cn=P(ocr(cond.caps, g, 0.4)), cnh=L(ocr(g.cnh(), g, 0.3, True), "BR_CNH"), uf=uf, cat=g.pick(["B", "AB", "AD"]),
          cpf=L(ocr(g.cpf(), g, 0.3, True), "BR_CPF"), dob=L(g.dob("br", 1955, 2004), "DATE_OF_BIRTH"),
          ad=L(ocr(g.address("caps"), g, 0.35), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), city=fold(city).upper(),
          cep=L(ocr(g.cep(), g, 0.2, True), "BR_CEP"), tel=L(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("Declaro, sob as penas da lei, que as informacoes acima sao verdadeiras.\n\n"
          "Ass. proprietario/representante: ___«a1»___      Ass. condutor: ___«a2»___\n«city», «dt»\n"
          "[carimbo ilegivel]  Anexar copia da CNH do condutor e documento do proprietario.\n"
          "-- pag 1/1 -- digitalizado em «dd» por «op» --\n",
          a1=g.pick(["(assinado)", "rubrica", "ilegível"]), a2=g.pick(["(assinado)", "ilegível"]), city=fold(city).upper(),
          dt=g.date("br"), dd=g.date("br") + " " + g.hm(), op=g.pick(["scanner02", "protocolo.geral", "svc_digitaliza"]))
    return doc


def ju_jec_petition(g: Gen) -> Doc:
    """Small-claims petition (JEC) of a driver or courier against the platform over a deactivation."""
    doc = Doc()
    city, uf = g.city()
    a = g.person()
    adv = g.person()
    plat = g.pick(PLATFORMS + DELIVERY)
    doc.f("EXCELENTÍSSIMO SENHOR DOUTOR JUIZ DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «city»/«uf»\n\n\n"
          "«nm», brasileir«o», «est», «prof», inscrit«o» no CPF sob nº «cpf», RG nº «rg», título de eleitor «tit», "
          "residente na «ad», «b», CEP «cep», «city2»/«uf», e-mail «em», celular «tel», por sua advogada infra-assinada, "
          "vem propor a presente\n\nAÇÃO DE OBRIGAÇÃO DE FAZER C/C INDENIZAÇÃO POR DANOS MATERIAIS E MORAIS\n\nem face de "
          "«plat» TECNOLOGIA LTDA., inscrita no CNPJ sob nº «cnpj», com sede na Av. Brigadeiro Faria Lima, nº «sede», "
          "São Paulo/SP, pelos fatos e fundamentos a seguir.\n\n",
          n=g.ri(1, 9), city=fold(city).upper(), uf=uf, nm=P(name_form(g, a, ["caps", "caps", "full"])), o=a.o,
          est=g.pick(["solteir" + a.o, "casad" + a.o, "em união estável"]),
          prof=g.pick(["motorista de aplicativo", "entregador" if not a.female else "entregadora", "motorista autônom" + a.o]),
          cpf=L(g.cpf(), "BR_CPF"), rg=L(g.rg(), "BR_RG"), tit=L(g.titulo(), "BR_TITULO_ELEITOR"), ad=L(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), cep=L(g.cep(), "BR_CEP"), city2=city, em=L(g.email(a), "EMAIL_ADDRESS"), tel=L(g.phone(), "PHONE_NUMBER"),
          plat=plat.upper(), cnpj=L(g.cnpj(), "BR_CNPJ"), sede=f"{g.ri(1, 4)}.{g.d(3)}")
    months = g.sample(MONTHS, 3)
    doc.f("1. DOS FATOS\nO(A) autor(a) é cadastrad«o» na plataforma desde «since», com avaliação média «av» e mais de «nv» viagens/entregas. "
          "Em «dd», teve sua conta desativada sem aviso prévio, sob a justificativa genérica de \"violação dos termos de uso\" "
          "(protocolo «pr»). Os ganhos médios, conforme extratos anexos, eram:\n\n"
          "    «m0»: R$ «v0»\n    «m1»: R$ «v1»\n    «m2»: R$ «v2»\n\n"
          "O veículo utilizado (placa «pl») é financiado, com parcela mensal de R$ «parc». Notificada extrajudicialmente, a ré não respondeu.\n\n",
          o=a.o, since=g.ri(2017, 2023), av=f"4,{g.d(2)}", nv=f"{g.ri(1, 12)}.{g.d(3)}", dd=g.date("long"), pr=g.protocol(),
          m0=months[0], m1=months[1], m2=months[2], v0=g.money(2500, 7000), v1=g.money(2500, 7000), v2=g.money(2500, 7000),
          pl=L(g.plate(), "LICENSE_PLATE"), parc=g.money(700, 1600))
    doc.f("2. DO DIREITO\nAplica-se o «l1» (art. 6º, III) e o «l2»; a jurisprudência tem reconhecido o dever de motivação da desativação "
          "(v. TJ«uf», Recurso Inominado nº «cnj1»). «w»\n\n",
          l1=g.pick(["Código de Defesa do Consumidor (Lei 8.078/1990)", "CDC (Lei 8.078/1990)"]),
          l2=g.pick(["Marco Civil da Internet (Lei 12.965/2014)", "art. 421 do Código Civil", "a Lei 13.640/2018"]),
          uf=uf, cnj1=g.cnj(), w=g.pick(["Seria prudente, ao menos, a oitiva do parceiro antes do bloqueio.",
                                         "A vitória da tese em casos análogos é expressiva.", ""]))
    doc.f("3. DOS PEDIDOS\na) tutela de urgência para reativação da conta em 48h, sob pena de multa diária de R$ «md»;\n"
          "b) lucros cessantes de R$ «lc»;\nc) danos morais de R$ «dm».\n\nDá-se à causa o valor de R$ «vc».\n\n"
          "«city», «dt».\n\n«adv»\n«oab»\n«aem»\n",
          md=g.money(200, 1000), lc=g.money(3000, 15000), dm=g.money(5000, 15000), vc=g.money(10000, 40000), city=city,
          dt=g.date("br"), adv=P(adv.full), oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"),
          aem=L(corp_mail(adv, g.pick(["adv.br", "advocaciatrabalhista.com.br", "tourinhoadv.com.br"])), "EMAIL_ADDRESS"))
    return doc


def ju_accident_bo(g: Gen) -> Doc:
    """Traffic-accident police report (BOAT/REDS) between an app car and a delivery motorcycle."""
    doc = Doc()
    city, uf = g.city()
    c1, c2 = g.person(), g.person(female=g.chance(0.25))
    pas = g.person()
    pm = g.person()
    kind = g.ri(0, 2)
    org = [f"Polícia Militar de {uf} — BPTran", f"Polícia Civil/{uf} — Delegacia de Delitos de Trânsito", "Polícia Rodoviária Federal"][kind]
    unit = [f"{g.ri(1, 6)}ª Cia", f"{g.ri(1, 99)}º DP", f"UOP {g.d(2)}"][kind]
    rank = g.pick([["Sd PM", "Cb PM", "3º Sgt PM", "1º Ten PM"], ["Escrivã de Polícia" if pm.female else "Escrivão de Polícia", "Investigador(a)"],
                   ["PRF", "Agente PRF"]][kind])
    doc.f("BOLETIM DE OCORRÊNCIA DE ACIDENTE DE TRÂNSITO — Nº «bo»/«yy»\nÓrgão: «org»   Unidade: «un»\n"
          "Natureza: ACIDENTE DE TRÂNSITO COM VÍTIMA (colisão transversal)\nData/hora do fato: «dt» «hm»   Comunicação: «dt» «hm2»\n"
          "Local: «loc» — «city»/«uf»\nCondições: «cond»\n\n",
          bo=g.d(6), yy=g.base.year, org=org, un=unit, dt=g.date("br"), hm=(hh := g.times(2))[0], hm2=hh[1], loc=loc_infracao(g),
          city=city, uf=uf, cond=g.pick(["pista molhada, noite, sem luz na via (poste apagado)", "dia claro, asfalto seco",
                                          "chuva fina, sinalização horizontal apagada (faixa branca pouco visível)"]))

    def envolvido(k: int, p: Person, veic: str, plate: str, role: str) -> None:
        doc.f("ENVOLVIDO «k» — «role»\nNome: «nm»\nCPF: «cpf»   RG: «rg»   Nasc.: «dob»\nCNH: «cnh» cat. «cat» val. «val»\n"
              "Endereço: «ad» — «b» — CEP «cep»\nTelefone: «tel»\nVeículo: «veic» placa «pl»\nEstado: «st»\n\n",
              k=k, role=role, nm=P(p.caps), cpf=L(g.cpf(), "BR_CPF"), rg=L(g.rg(), "BR_RG"), dob=L(g.dob("br", 1960, 2005), "DATE_OF_BIRTH"),
              cnh=L(g.cnh(), "BR_CNH"), cat=g.pick(["B", "A", "AB"]), val=g.date("br", 2027), ad=L(g.address("caps"), "ADDRESS"),
              b=fold(g.pick(BAIRROS)).upper(), cep=L(g.cep(), "BR_CEP"), tel=L(g.phone(), "PHONE_NUMBER"), veic=veic, pl=L(plate, "LICENSE_PLATE"),
              st=g.pick(["ileso", "lesões leves", "encaminhado ao HPS pelo SAMU", "consciente, escoriações"]))

    envolvido(1, c1, car(g) + " (app " + g.pick(PLATFORMS) + ")", g.plate(), "CONDUTOR V1")
    envolvido(2, c2, moto(g) + " c/ baú " + g.pick(DELIVERY), g.plate(), "CONDUTOR V2")
    doc.f("ENVOLVIDO 3 — PASSAGEIRO V1\nNome: «pn»   Nasc.: «pd»   Tel.: «pt»\nEstado: «st»\n\n",
          pn=P(pas.caps), pd=L(g.dob("br", 1950, 2006), "DATE_OF_BIRTH"), pt=L(g.phone(), "PHONE_NUMBER"),
          st=g.pick(["ileso", "dor cervical, recusou atendimento", "conduzido ao Hospital Aurora"]))
    doc.f("HISTÓRICO\nSegundo o condutor V1, «h1» O condutor V2 declarou que «h2» O passageiro «pf» confirmou a versão de «who». "
          "Teste de etilômetro: V1 «e1» mg/L, V2 «e2» mg/L. «w»\n\n",
          h1=g.pick(["trafegava com sinal verde quando foi atingido pela motocicleta.", "parou para desembarque e a motocicleta colidiu na porta traseira.",
                     "realizava conversão à esquerda quando a moto o ultrapassou pela direita."]),
          h2=g.pick(["o carro avançou o sinal.", "o veículo parou em local proibido, sem sinalizar.", "estava em velocidade compatível."]),
          pf=P(name_form(g, pas, ["first", "short"])), who=g.pick(["V1", "V2"]), e1="0,00", e2=g.pick(["0,00", "0,00", "0,12"]),
          w=g.pick(["Veículos removidos ao pátio.", "Sem danos a terceiros.", "Câmera da Farmácia Bento Amaral pode ter registrado o fato.",
                    "Testemunha relatou que " + g.pick(WORD_USES) + "."]))
    doc.f("Responsável pelo registro: «rank» «pm», matrícula «mat»\n«extra»",
          rank=rank,
          pm=P(name_form(g, pm, ["caps", "full", "short"])), mat=f"{g.d(6)}-{g.d(1)}",
          extra=g.pick(["", "Cópia entregue às partes. Documento emitido eletronicamente.\n"] + (["Autoridade: Del. Pol. "] if kind == 1 else [])))
    if doc.text.endswith("Del. Pol. "):
        doc.e(g.person().full, "PERSON")
        doc.t("\n")
    return doc


def ju_court_order_reply(g: Gen) -> Doc:
    """The platform's legal department answers a court order with a user's registration data and access logs."""
    doc = Doc()
    plat = g.pick(PLATFORMS + SHARING)
    city, uf = g.city()
    u = g.person()
    sig = g.person()
    judge = g.person()
    driver = plat not in SHARING and g.chance(0.6)
    doc.f("«city», «dt»\n\nOfício nº «of»/«yy» — «plat» Jurídico\nRef.: Processo nº «cnj» — «vara»\nOfício judicial nº «oj» (recebido em «dr»)\n\n"
          "Excelentíssim«jo» Senhor«ja» «jz»«jn»,\n\n«plat2», inscrita no CNPJ «cnpj», em atenção à ordem judicial em epígrafe, "
          "nos termos dos arts. 10, 15 e 22 da Lei 12.965/2014, apresenta os dados cadastrais e registros de acesso vinculados "
          "à conta indicada, limitados ao período determinado por Vossa Excelência.\n\n",
          city=city, dt=g.date("long"), of=g.d(4), yy=g.base.year, plat=plat, cnj=g.cnj(),
          vara=g.pick([f"{g.ri(1, 5)}ª Vara Criminal de {city}", f"{g.ri(1, 3)}ª Vara de Violência Doméstica de {city}",
                       f"Juizado Especial Criminal de {city}", f"{g.ri(1, 30)}ª Vara Cível do Foro Central"]),
          oj=g.d(5) + "/" + str(g.pick([2025, 2026])), dr=g.date("br"), jo="a" if judge.female else "o", ja="a" if judge.female else "",
          jz="Juíza " if judge.female else "Juiz ", jn=P(judge.full if g.chance(0.7) else judge.caps), plat2=plat.upper() + " SERVIÇOS DIGITAIS LTDA.",
          cnpj=L(g.cnpj(), "BR_CNPJ"))
    doc.f("1. DADOS CADASTRAIS («tipo»)\n  nome cadastrado ......: «nm»\n  CPF ..................: «cpf»\n  data de nascimento ...: «dob»\n"
          "  e-mail ...............: «em»\n  telefone .............: «tel»\n  conta criada em ......: «cr»\n",
          tipo="parceiro motorista" if driver else "usuário", nm=P(name_form(g, u, ["full", "caps"])), cpf=L(g.cpf(), "BR_CPF"),
          dob=L(g.dob("iso"), "DATE_OF_BIRTH"), em=L(g.email(u), "EMAIL_ADDRESS"), tel=L(g.phone("e164"), "PHONE_NUMBER"),
          cr=g.date("br", g.ri(2016, 2024)))
    if driver:
        doc.f("  CNH ..................: «cnh»\n  veículos vinculados ..: «p1» («c1»), «p2» («c2», desvinculado em «dd»)\n"
              "  conta de repasse .....: ag. «ag» c/c «cc»\n",
              cnh=L(g.cnh(), "BR_CNH"), p1=L(g.plate(), "LICENSE_PLATE"), c1=car(g), p2=L(g.plate(), "LICENSE_PLATE"), c2=car(g), dd=g.date("br"),
              ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("  meio de pagamento ....: cartão «mc» (dados completos não armazenados)\n  endereço salvo «casa» ..: «ad» — CEP «cep»\n",
              mc=g.masked_card(), casa=g.pick(["\"Casa\"", "\"Mãe\"", "\"Trab\""]), ad=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"))
    doc.t("\n2. REGISTROS DE ACESSO À APLICAÇÃO (horário UTC)\n")
    rows = []
    for _ in range(g.ri(4, 7)):
        ip = g.ip() if g.chance(0.75) else g.ipv6()
        rows.append([V(g.date("iso") + " " + g.hms()), L(ip, "IP_ADDRESS"), V(str(g.ri(1024, 65535))),
                     V(g.pick(["login", "viagem solicitada", "viagem aceita", "alteração de e-mail", "logout", "desbloqueio veículo"]))])
    rows.sort(key=lambda r: r[0][0])
    table_fixed(doc, ["data/hora (UTC)", "IP de origem", "porta", "evento"], rows, ruler=g.pick(["-", "="]))
    doc.f("\n3. A «plat» esclarece que não dispõe do conteúdo de comunicações privadas nem de geolocalização além de «dias» dias. "
          "Dúvidas podem ser encaminhadas a ordens.judiciais@«dom».\n\nRespeitosamente,\n\n«sn»\n«cargo» — «oab»\n",
          plat=plat, dias=g.pick([90, 180, 365]), dom=re.sub(r"[^a-z0-9]", "", fold(plat).lower()) + ".com.br",
          sn=P(sig.full), cargo=g.pick(["Coordenadora Jurídica" if sig.female else "Coordenador Jurídico", "Gerente de Privacidade (DPO)",
                                        "Advogada" if sig.female else "Advogado"]), oab=L(g.council("OAB", "SP"), "PROFESSIONAL_ID"))
    return doc


def ju_settlement(g: Gen) -> Doc:
    """Out-of-court settlement between an injured passenger/pedestrian, a driver and the platform's insurer."""
    doc = Doc()
    city, uf = g.city()
    v = g.person()
    d = g.person()
    adv = g.person()
    ws = [g.person(), g.person()]
    pay_pix = g.chance(0.45)
    has_tit = g.chance(0.35)
    doc.f("TERMO DE ACORDO EXTRAJUDICIAL E QUITAÇÃO\n\nPelo presente instrumento particular, de um lado «vn», «vnac», portador«va» do RG «vrg» "
          "e do CPF «vcpf», «tp»«tit»«ts»nascid«vo» em «vdob», residente na «vad», CEP «vcep», «city»/«uf», doravante VÍTIMA; e, de outro, «dn», "
          "motorista parceiro, CPF «dcpf», CNH «dcnh», condutor do veículo placa «pl», doravante CONDUTOR; com a interveniência de "
          "«seg», CNPJ «cnpj», seguradora da apólice de Acidentes Pessoais de Passageiros nº «apol», têm entre si justo e acordado o seguinte:\n\n",
          vn=P(name_form(g, v, ["caps", "full"])), vnac=g.pick(["brasileira" if v.female else "brasileiro", "haitiana" if v.female else "haitiano",
                                                                "venezuelana" if v.female else "venezuelano"]),
          tp="título eleitoral " if has_tit else "", tit=L(g.titulo(), "BR_TITULO_ELEITOR") if has_tit else "", ts=", " if has_tit else "",
          va="a" if v.female else "", vrg=L(g.rg(), "BR_RG"), vcpf=L(g.cpf(), "BR_CPF"), vo=v.o, vdob=L(g.dob("br"), "DATE_OF_BIRTH"),
          vad=L(g.address(), "ADDRESS"), vcep=L(g.cep(), "BR_CEP"), city=city, uf=uf, dn=P(name_form(g, d, ["caps", "full"])),
          dcpf=L(g.cpf(), "BR_CPF"), dcnh=L(g.cnh(), "BR_CNH"), pl=L(g.plate(), "LICENSE_PLATE"),
          seg=g.pick(["Vitória Seguros S.A.", "Aurora Companhia de Seguros", "Seguradora Leão do Norte S.A."]), cnpj=L(g.cnpj(), "BR_CNPJ"),
          apol=g.d(10))
    doc.f("CLÁUSULA 1ª — A VÍTIMA sofreu «les» em «dt», durante viagem/travessia em «loc», conforme BO nº «bo» e laudo do IML.\n"
          "CLÁUSULA 2ª — A título de indenização por danos materiais, morais e estéticos, será pago o valor total de R$ «val» («ext»), "
          "sendo R$ «v1» pela SEGURADORA e R$ «v2» pelo CONDUTOR, em «par» parcelas.\n",
          les=g.pick(["fratura do rádio distal", "lesões leves (escoriações)", "entorse de tornozelo", "traumatismo craniano leve"]),
          dt=g.date("br"), loc=loc_infracao(g), bo=f"{g.d(5)}/{g.pick([2025, 2026])}", val=g.money(3000, 40000),
          ext=g.pick(["valor por extenso conforme recibo", "quantia certa e ajustada"]), v1=g.money(2000, 20000), v2=g.money(500, 8000),
          par=g.ri(1, 6))
    if pay_pix:
        doc.f("CLÁUSULA 3ª — Os pagamentos serão feitos via Pix para a chave aleatória da VÍTIMA «pix», servindo o comprovante como recibo.\n",
              pix=L(g.uuid(), "PIX_KEY"))
    else:
        doc.f("CLÁUSULA 3ª — Os pagamentos serão depositados em conta de titularidade da VÍTIMA: banco «bk», agência «ag», conta «cc».\n",
              bk=g.bank(), ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"))
    doc.f("CLÁUSULA 4ª — Com o pagamento, a VÍTIMA dá plena e geral quitação, renunciando a ações cíveis (ressalvada a ação penal, nos termos da «lei»).\n"
          "CLÁUSULA 5ª — Fica eleito o foro de «city»/«uf».\n\n«city», «dt».\n\n",
          lei=g.pick(["Lei 9.099/1995", "Lei 9.503/1997"]), city=city, uf=uf, dt=g.date("long"))
    doc.f("___________________ VÍTIMA: «vn»\n___________________ CONDUTOR: «dn»\n___________________ p/ SEGURADORA: «sr»\n"
          "Advogad«ao» da vítima: «an», «oab»\n\nTESTEMUNHAS:\n1. «w1» — CPF «w1c»\n2. «w2» — CPF «w2c»\n",
          vn=P(v.full), dn=P(d.full), sr=P(g.person().full), ao=adv.o, an=P(adv.full), oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"),
          w1=P(name_form(g, ws[0], ["full", "caps"])), w1c=L(g.cpf(), "BR_CPF"), w2=P(name_form(g, ws[1], ["full", "caps"])),
          w2c=L(g.cpf(), "BR_CPF"))
    return doc


def ju_portfolio_csv(g: Gen) -> Doc:
    """Legal department's CSV export of traffic-fine appeals and lawsuits of the fleet/platform."""
    doc = Doc()
    owner = g.person()
    sep = g.pick([";", ",", "|"])
    doc.f("carteira_contencioso_mobilidade_«dt».csv — exportado do sistema jurídico por «o» («ol»)\n",
          dt=g.date("compact"), o=P(owner.short), ol=login(owner))
    rows = []
    advs = [g.person() for _ in range(3)]
    oabs = [g.council("OAB", g.pick(UFS)) for _ in range(3)]
    for _ in range(g.ri(6, 8)):
        p = g.person()
        k = g.ri(0, 2)
        num = g.cnj() if k else g.ait()
        tipo = ["Recurso JARI", "JEC - desativação", "Ação indenizatória - acidente"][k]
        cpart = g.pick([p.caps, p.full, p.inverted])
        cpf = L(g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.8) else V(g.bad_cpf() + " (CPF inválido, conferir)")
        ai = g.ri(0, 2)
        rows.append([V(f"P-{g.d(5)}"), V(num), V(tipo), P(cpart), cpf, L(g.plate(), "LICENSE_PLATE") if k != 1 or g.chance(0.5) else V(""),
                     V(g.money(100, 30000)), P(advs[ai].short), L(oabs[ai], "PROFESSIONAL_ID"),
                     V(g.pick(["aguardando julgamento", "deferido", "indeferido - 2ª instância CETRAN", "acordo homologado",
                               "audiência designada", "sentença procedente", "arquivado"])), V(g.date("br"))])
    table_csv(doc, ["pasta", "processo_ou_ait", "tipo", "parte_contraria", "cpf_parte", "placa", "valor_risco", "adv_responsavel",
                    "oab", "status", "prox_prazo"], rows, sep=sep)
    doc.f("# «n» registros; valores em R$; «w»\n", n=len(rows),
          w=g.pick(["classificação de risco conforme política de provisões 2025", "placa vazia = processo sem veículo vinculado",
                    "conferir com a planilha da Vitória Despachos"]))
    return doc


# =========================================================================== saude

INJURIES = [("Edema e deformidade em punho D.", "punho D: fratura de rádio distal", "S52.5",
             "redução incruenta e imobilização gessada, analgesia, retorno ao ambulatório de ortopedia em 7 dias."),
            ("Dor à palpação de clavícula E, sem crepitação.", "clavícula E: fratura terço médio", "S42.0",
             "tipoia, analgesia, retorno à ortopedia em 10 dias."),
            ("Escoriações em MMSS e face; ferimento corto-contuso em supercílio E.", "crânio e face sem fraturas", "S01.1",
             "sutura (4 pontos), profilaxia antitetânica, alta com orientações."),
            ("Dor e edema em tornozelo D, sem deformidade.", "tornozelo D: sem fraturas", "S93.4",
             "imobilizador, gelo, elevação; alta."),
            ("Deformidade em perna E, pulsos distais presentes.", "perna E: fratura de tíbia e fíbula", "S82.2",
             "internação para osteossíntese; avisada a família.")]
HOSPITALS = ["Hospital Municipal Dr. Genésio Távora", "HPS Aurora", "Hospital Santa Luzia", "UPA 24h Vila Prudente",
             "Hospital do Trauma Bento Amaral", "Pronto-Socorro Central", "Hospital Regional Vitória Régia"]


def sa_er_record(g: Gen) -> Doc:
    """Emergency-room record of a scooter, bike or motorcycle-courier accident."""
    doc = Doc()
    p = g.person()
    mom = g.relative(p, female=True)
    comp = g.relative(p)
    doc_ = g.person()
    nurse = g.person(female=g.chance(0.7))
    mech = g.ri(0, 2)
    hosp = g.pick(HOSPITALS)
    yob = g.ri(1960, 2008)
    dob = g.dob("br", yob, yob)
    age = g.base.year - yob - g.ri(0, 1)
    doc.f("«hosp» — FICHA DE ATENDIMENTO DE URGÊNCIA (FAU) nº «fau»\nEntrada: «dt» «hm»   Classificação de risco: «cr»\n\n"
          "Paciente: «nm»\nNasc.: «dob»   Idade: «age»a   Sexo: «sx»\nCNS: «cns»   CPF: «cpf»\nMãe: «mae»\n"
          "Endereço: «ad» — «b» — CEP «cep»\nTelefone: «tel»\nAcompanhante: «acn» («par») — «act»\nTrazido por: «por»\n\n",
          hosp=hosp, fau=g.d(7), dt=g.date("br"), hm=g.hm(), cr=g.pick(["AMARELO", "LARANJA", "VERDE", "VERMELHO"]),
          nm=P(name_form(g, p, ["caps", "caps", "full"])), dob=L(dob, "DATE_OF_BIRTH"), age=age,
          sx="F" if p.female else "M", cns=L(g.cns(), "BR_CNS"), cpf=L(g.cpf(), "BR_CPF") if g.chance(0.7) else "não informado",
          mae=P(name_form(g, mom, ["caps", "full"])), ad=L(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS),
          cep=L(g.cep(), "BR_CEP"), tel=L(g.phone(), "PHONE_NUMBER"), acn=P(name_form(g, comp, ["full", "first", "caps"])),
          par=g.pick(["esposa", "irmã", "mãe", "amiga", "colega de trabalho", "namorada"] if comp.female else
                     ["esposo", "irmão", "pai", "amigo", "colega de trabalho", "namorado"]), act=L(g.phone(), "PHONE_NUMBER"),
          por=g.pick(["SAMU (USA)", "SAMU (USB)", "meios próprios", "Corpo de Bombeiros", "motorista de aplicativo"]))
    hist = ["Queda de patinete elétrico compartilhado em descida, sem capacete, há cerca de 1h. Nega perda de consciência.",
            "Motociclista (entregador em serviço) vítima de colisão moto x carro. Uso de capacete. Refere dor intensa em punho D.",
            "Ciclista de bicicleta compartilhada atingido por porta de carro aberta (\"dooring\"). Queda ao solo, trauma em ombro E."][mech]
    ex, rx, cid, cd = g.pick(INJURIES)
    ext = ["V28.5", "V23.4", "V19.4"][mech]
    doc.f("ANAMNESE: «h» «w»\nEXAME FÍSICO: PA «pa» mmHg, FC «fc» bpm, SpO2 «sat»%, Glasgow «gl». «ex»\n"
          "EXAMES: RX «rx»; «lab»\nHIPÓTESE DIAGNÓSTICA: CID «cid» (causa externa «ext»)\n"
          "CONDUTA: «cd»\n\n",
          h=hist, w=g.pick(["Etilismo negado.", "Relata ingestão de 2 latas de cerveja.", "HAS em uso de losartana.", ""]),
          pa=f"{g.ri(100, 160)}x{g.ri(60, 100)}", fc=g.ri(60, 120), sat=g.ri(94, 99), gl=g.pick([15, 15, 15, 14]), ex=ex, rx=rx,
          lab=g.pick(["hemograma sem alterações", "beta-HCG negativo" if p.female else "hemograma sem alterações",
                      "alcoolemia não realizada", "TC crânio sem lesões agudas"]), cid=cid, ext=ext, cd=cd)
    if mech == 1:
        doc.f("Notificação: acidente de trabalho (SINAN) — empresa/plataforma informada pelo paciente: «plat».\n", plat=g.pick(DELIVERY))
    doc.f("\nMédic«o»: «dn» — «crm»\nEnfermagem: «nn» — «coren»\n",
          o=doc_.o, dn=P(name_form(g, doc_, ["full", "short", "caps"])), crm=L(g.council("CRM"), "PROFESSIONAL_ID"),
          nn=P(name_form(g, nurse, ["full", "short", "first"])), coren=L(g.council("COREN"), "PROFESSIONAL_ID"))
    return doc


def sa_detran_exam(g: Gen) -> Doc:
    """DETRAN-accredited clinic: physical/mental and psychological exams for a CNH renewal with EAR (app drivers)."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    med = g.person()
    psi = g.person(female=g.chance(0.75))
    clin = g.pick(["Clínica de Trânsito Prudente", "Clínica Aurora Medicina do Tráfego", "MedTrânsito Vitória", "Clínica Flor de Lis Exames"])
    doc.f("«clin» — credenciada DETRAN/«uf» nº «cred»\nLAUDO DO EXAME DE APTIDÃO FÍSICA E MENTAL / AVALIAÇÃO PSICOLÓGICA\n\n"
          "Candidato(a) ....: «nm»\nCPF ............: «cpf»    RG: «rg»\nNascimento .....: «dob»\nRENACH .........: «ren»\n"
          "CNH atual ......: «cnh» (cat. «cat», venc. «venc»)\nProcesso .......: «proc»\nContato ........: «tel» / «em»\n\n",
          clin=clin, uf=uf, cred=g.d(4), nm=P(name_form(g, c, ["caps", "full"])), cpf=L(g.cpf(), "BR_CPF"), rg=L(g.rg(), "BR_RG"),
          dob=L(g.dob(g.pick(["br", "dot", "iso"]), 1950, 2004), "DATE_OF_BIRTH"), ren=f"{uf}{g.d(9)}", cnh=L(g.cnh(), "BR_CNH"),
          cat=g.pick(["B", "AB", "D", "AD"]), venc=g.date("br"), proc=g.pick(["renovação + inclusão EAR", "renovação", "mudança de categoria B→D",
                                                                              "adição de categoria A"]),
          tel=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(c), "EMAIL_ADDRESS"))
    rows = [["Acuidade visual", f"OD 20/{g.pick([20, 25, 30])} OE 20/{g.pick([20, 25, 30, 40])}", "normal c/ correção" if g.chance(0.4) else "normal"],
            ["Campo visual", f"{g.ri(120, 160)}° horizontal", "normal"], ["Visão cromática", "Ishihara", g.pick(["normal", "discromatopsia leve"])],
            ["Audiometria (vocal)", "—", g.pick(["normal", "normal", "hipoacusia leve OE"])],
            ["Ofuscamento/visão noturna", "teste com luz", g.pick(["normal", "recuperação lenta"])],
            ["PA / glicemia capilar", f"{g.ri(110, 150)}x{g.ri(70, 95)} / {g.ri(80, 180)} mg/dL", g.pick(["normal", "alterada — encaminhado"])]]
    doc.t("Exame                       Método/valor                      Resultado\n")
    for a, b, r in rows:
        doc.t(f"{a:<28}{b:<34}{r}\n")
    res = g.pick(["APTO", "APTO COM RESTRIÇÃO (A — uso de lentes corretivas)", "APTO TEMPORARIAMENTE (1 ano)", "INAPTO TEMPORÁRIO"])
    doc.f("\nCID observado: «cid»\nResultado médico: «res»\nMédico perito examinador: «mn» — «crm» — título de especialista ABRAMET\n\n"
          "AVALIAÇÃO PSICOLÓGICA (Res. CFP 01/2019): atenção concentrada «a1», memória «a2», personalidade «a3».\n"
          "Resultado psicológico: «rp»\nPsicólog«o»: «pn» — «crp»\n\n«obs»\n",
          cid=g.pick(["H52.1", "H52.0", "I10", "E11.9", "G47.3", "nenhum", "nenhum"]), res=res, mn=P(name_form(g, med, ["full", "caps"])),
          crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"), a1=g.pick(["médio", "médio superior", "inferior"]), a2=g.pick(["médio", "superior"]),
          a3=g.pick(["adequada", "sem indicadores impeditivos"]), rp=g.pick(["APTO", "APTO", "INAPTO TEMPORÁRIO — reavaliar em 30 dias"]),
          o=psi.o, pn=P(name_form(g, psi, ["full", "short"])), crp=L(g.council("CRP", uf), "PROFESSIONAL_ID"),
          obs=g.pick(["Candidato declara exercer atividade remunerada como motorista de aplicativo (EAR).",
                      "Apneia do sono relatada; solicitada polissonografia antes do próximo exame.",
                      "Orientado sobre direção noturna; seria prudente evitar jornadas acima de 10h."]))
    return doc


PCD = [("G80.9", "paralisia cerebral, paraparesia espástica, deambula com auxílio de andador", "f"),
       ("H54.4", "cegueira em um olho e baixa visão no outro", "v"),
       ("H90.3", "perda auditiva neurossensorial bilateral profunda", "a"),
       ("F84.0", "transtorno do espectro autista, nível de suporte 2", "t"),
       ("Q90.9", "síndrome de Down com déficit intelectual moderado", "i"),
       ("I69.4", "hemiparesia à esquerda sequelar a AVC", "f"),
       ("G35", "esclerose múltipla com comprometimento da marcha", "f"),
       ("T93.6", "amputação transfemoral D após acidente de moto, usa prótese", "f")]


def sa_pcd_report(g: Gen) -> Doc:
    """Medical report for a disability fare gratuity (passe livre) with a companion."""
    doc = Doc()
    p = g.person()
    medic = g.person()
    comps = [g.relative(p) for _ in range(g.ri(1, 2))]
    city, uf = g.city()
    cid, desc, kind = g.pick(PCD)
    doc.f("LAUDO MÉDICO PARA CONCESSÃO DE GRATUIDADE NO TRANSPORTE COLETIVO — PESSOA COM DEFICIÊNCIA\n"
          "(«prog»)\n\nUnidade de saúde: «us» — CNES «cnes»\n\n"
          "Nome do(a) paciente: «nm»\nData de nascimento: «dob»\nCartão Nacional de Saúde: «cns»\nCPF: «cpf»    RG: «rg»\n"
          "Endereço: «ad», «city»/«uf» — CEP «cep»\nTelefone para contato: «tel»\n\n",
          prog=g.pick(["Passe Livre Interestadual — Lei 8.899/1994", f"Bilhete Especial PcD — {city}", "Cartão Acesso Livre — Decreto municipal"]),
          us=g.pick(["UBS Jardim Aurora", "Policlínica Bento Ribeiro", "CER IV Vitória Régia", "Ambulatório do Hospital Santa Luzia"]),
          cnes=g.d(7), nm=P(name_form(g, p, ["full", "caps"])), dob=L(g.dob("br", 1945, 2020), "DATE_OF_BIRTH"), cns=L(g.cns(), "BR_CNS"),
          cpf=L(g.cpf(), "BR_CPF"), rg=L(g.rg(), "BR_RG"), ad=L(g.address(), "ADDRESS"), city=city, uf=uf, cep=L(g.cep(), "BR_CEP"),
          tel=L(g.phone(), "PHONE_NUMBER"))
    doc.f("Deficiência: [«f»] física  [«a»] auditiva  [«v»] visual  [«i»] intelectual  [«t»] TEA\nCID-10: «cid»«cid2»\n"
          "Descrição: «desc»\nCaráter: «car»\nNecessita de acompanhante: «ac»\n",
          f="x" if kind == "f" else " ", a="x" if kind == "a" else " ", v="x" if kind == "v" else " ",
          i="x" if kind == "i" else " ", t="x" if kind == "t" else " ", cid=cid,
          cid2=g.pick(["", "", " / " + g.pick(["I10", "E11.9", "F41.0", "M54.5"])]), desc=desc,
          car=g.pick(["permanente", "permanente", "temporário (reavaliar em 2 anos)"]), ac="SIM" if comps else "NÃO")
    for i, c in enumerate(comps, 1):
        doc.f("  Acompanhante «i»: «cn» — CPF «cc» — «par»\n", i=i, cn=P(name_form(g, c, ["full", "caps"])), cc=L(g.cpf(), "BR_CPF"),
              par=g.pick(["mãe", "pai", "irmã", "filho", "filha", "cônjuge"]))
    doc.f("\nDeclaro, sob as penas da lei, que as informações acima são verdadeiras.\n«city», «dt».\n\n"
          "«mn»\n«crm»   RQE «rqe»\n«esp»\n",
          city=city, dt=g.date("br"), mn=P(name_form(g, medic, ["full", "caps"])),
          crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"), rqe=g.d(5),
          esp=g.pick(["Neurologia", "Oftalmologia", "Otorrinolaringologia", "Psiquiatria", "Medicina de Família e Comunidade"]))
    return doc


def sa_physio_courier(g: Gen) -> Doc:
    """Physiotherapy evaluation of a delivery courier after a crash, with a leave certificate."""
    doc = Doc()
    p = g.person(female=g.chance(0.2))
    ft = g.person(female=g.chance(0.6))
    ref = g.person()
    dx, cid, mv = g.pick([("fratura de rádio distal D (S52.5) — pós-op 4 sem", "S52.5", ["flexão punho", "extensão punho", "desvio ulnar"]),
                          ("lesão de LCA joelho E (S83.5)", "S83.5", ["flexão joelho", "extensão joelho"]),
                          ("entorse grau II tornozelo D (S93.4)", "S93.4", ["dorsiflexão", "plantiflexão", "inversão"]),
                          ("fratura de clavícula E (S42.0) — conservador", "S42.0", ["flexão ombro", "abdução ombro", "rotação externa"])])
    doc.f("AVALIAÇÃO FISIOTERAPÊUTICA — ORTOPEDIA/TRAUMATO\nClínica «cl» · «dt»\n\n"
          "Paciente: «nm»   DN: «dob»   Profissão: «prof»\nCNS «cns»   NIT/PIS «pis»\nFone «tel»   E-mail «em»\n"
          "Encaminhado por: «ref» («crm»)   Diagnóstico médico: «dx»\n\n",
          cl=g.pick(["Reabilita Aurora", "FisioVida Leão", "Clínica Escola UniBento", "Movimento Prudente Fisioterapia"]), dt=g.date("br"),
          nm=P(name_form(g, p, ["full", "caps", "plain"])), dob=L(g.dob("br", 1975, 2005), "DATE_OF_BIRTH"),
          prof=g.pick(["entregador por aplicativo (moto)", "motofretista", "entregador de bike", "motorista de app"]),
          cns=L(g.cns(), "BR_CNS"), pis=L(g.pis(), "BR_PIS"), tel=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(p, worker=True), "EMAIL_ADDRESS"),
          ref=P(name_form(g, ref, ["full", "short"])), crm=L(g.council("CRM"), "PROFESSIONAL_ID"),
          dx=dx)
    doc.f("HMA: «h»\nEVA dor: «eva»/10   Edema: «ed»   Força (Kendall): «fk»\n\nGoniometria\n",
          h=g.pick(["queda de moto durante entrega (pedido " + g.pick(["#", "nº "]) + g.d(8) + "), pista molhada; sem CAT por ser autônomo.",
                    "colisão com carro de aplicativo que abriu a porta; atendido no HPS; cirurgia há 30 dias.",
                    "caiu ao desviar de buraco na ciclofaixa; trabalha 10-12h/dia."]),
          eva=g.ri(2, 9), ed=g.pick(["+", "++", "ausente"]), fk=g.pick(["3/5", "4/5", "4-/5"]))
    doc.t("movimento          lado afetado   contralateral\n")
    for m in mv:
        doc.t(f"{m:<19}{str(g.ri(10, 60)) + '°':<15}{g.ri(60, 140)}°\n")
    doc.f("\nPlano: «pl»\nPrognóstico de retorno ao trabalho: «pr»\n\n",
          pl=g.pick(["cinesioterapia 3x/sem, crioterapia, fortalecimento progressivo, orientação sobre postura na moto",
                     "TENS, mobilização articular, propriocepção; 20 sessões"]), pr=g.pick(["6 semanas", "8 a 10 semanas", "3 meses"]))
    doc.f("ATESTADO — Atesto para os devidos fins que «nm2» encontra-se em tratamento fisioterapêutico e deve permanecer afastad«o» "
          "de atividades com moto/bicicleta por «dias» dias a partir de «dt». CID «cid».\n\n«fn»\nFisioterapeuta — «cref»\n",
          nm2=P(name_form(g, p, ["full", "short"])), o=p.o, dias=g.pick([15, 30, 45, 60]), dt=g.date("br"), cid=cid,
          fn=P(name_form(g, ft, ["full", "caps"])), cref=L(g.council("CREFITO"), "PROFESSIONAL_ID"))
    return doc


def sa_clinic_agenda(g: Gen) -> Doc:
    """Day agenda of a traffic-medicine / orthopaedics clinic (fixed-width, with or without rulers)."""
    doc = Doc()
    med = g.person()
    sec = g.person(female=True)
    doc.f("AGENDA DO DIA — «dt» — «cl»\nProfissional: «mn» («crm»)   Sala «sala»   Impresso por «sec» às «hm»\n\n",
          dt=g.date("br"), cl=g.pick(["Clínica de Trânsito Prudente", "Ortopedia Luz & Movimento", "Centro Médico Bento XVI", "Clínica Aurora"]),
          mn=P(name_form(g, med, ["full", "short", "caps"])), crm=L(g.council("CRM"), "PROFESSIONAL_ID"), sala=g.ri(1, 12),
          sec=P(name_form(g, sec, ["first", "short"])), hm=g.hm())
    rows = []
    times = g.times(g.ri(8, 10), 7 * 3600, 18 * 3600)
    for t in times:
        p = g.person()
        kind = g.pick(["SUS", "SUS", "part.", "conv."])
        rows.append([V(t), P(g.pick([p.caps, p.full, p.inverted])), L(g.dob("br", 1940, 2008), "DATE_OF_BIRTH"),
                     L(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
                     L(g.cns(False), "BR_CNS") if kind == "SUS" else V(g.pick(["Unimed ", "Amil ", "Bradesco Saúde ", "SulAmérica "]) + g.neg(g.pick([13, 15, 16, 17])) if kind == "conv." else "particular"),
                     V(g.pick(["renovação CNH", "exame EAR", "retorno pós-acidente", "1ª consulta — trauma moto", "adição cat. A",
                               "reavaliação psicológica", "retorno gesso", "laudo PcD"])),
                     V(g.pick(["", "", "confirmado", "faltou", "remarcar", "chegou"]))])
    table_fixed(doc, ["hora", "paciente", "nasc.", "telefone", "CNS/convênio", "motivo", "sit."], rows, ruler=g.pick(["-", "=", None]))
    doc.f("\nEncaixes: «enc»\n«w»\n",
          enc=g.pick(["nenhum", "manter 11:40 livre", "sem encaixe"]),
          w=g.pick(["Obs.: impressora sem toner, agenda conferida na tela.", "Lembrar: sala 3 sem luz desde ontem.", ""]))
    return doc


def sa_samu_log(g: Gen) -> Doc:
    """SAMU regulation log of an occurrence involving an app ride, a courier or a shared scooter."""
    doc = Doc()
    caller = g.person()
    vic = g.person()
    reg = g.person()
    tarm = g.person()
    city, uf = g.city()
    base = g.ri(0, 22 * 3600)
    offs = sorted(g.sample(range(30, 100 * 60), 9))
    ts = [f"{(base + o) // 3600 % 24:02d}:{(base + o) % 3600 // 60:02d}:{(base + o) % 60:02d}" for o in offs]
    doc.f("SAMU 192 — CENTRAL DE REGULAÇÃO «city»/«uf» — OCORRÊNCIA «oc»\n", city=fold(city).upper(), uf=uf, oc=f"{g.d(4)}/{g.date('compact')[:4]}")
    lines = [
        ("«t» [TARM «tm»] chamada recebida de «cn», tel «ct», informa «inf».",
         dict(tm=P(tarm.short), cn=P(name_form(g, caller, ["full", "first", "caps"])), ct=L(g.phone(), "PHONE_NUMBER"),
              inf=g.pick(["moto caída com entregador no chão", "pessoa caiu de patinete e bateu a cabeça", "atropelamento por carro de app"]))),
        ("«t» [TARM] local: «loc». ponto de referência: «ref».",
         dict(loc=loc_infracao(g), ref=g.pick(["em frente à Padaria Aurora", "ao lado do posto Bento", "ponto de ônibus da Luz", "estação de bikes"]))),
        ("«t» [MR «mr»] regulação: vítima «vs», consciente, «q». Enviar «u».",
         dict(mr=P(name_form(g, reg, ["short", "full"])), vs="fem." if vic.female else "masc.", q=g.pick(["sangramento em couro cabeludo", "dor em fêmur", "escoriações"]),
              u=g.pick(["USB 04", "USA 02", "motolância 07", "USB 11"]))),
        ("«t» [EQUIPE] chegada ao local. vítima identificada pelo documento: «vn», RG «rg», nasc. «dob».",
         dict(vn=P(name_form(g, vic, ["caps", "full"])), rg=L(g.rg(), "BR_RG"), dob=L(g.dob("br", 1960, 2007), "DATE_OF_BIRTH"))),
        ("«t» [EQUIPE] glasgow «gl», PA «pa», FC «fc». capacete: «cap». «w»",
         dict(gl=g.ri(12, 15), pa=f"{g.ri(90, 150)}x{g.ri(60, 90)}", fc=g.ri(70, 130), cap=g.pick(["sim", "não", "sim, quebrado"]),
              w=g.pick(["motorista do app (placa «pl») permaneceu no local.", "patinete removido pela empresa.", ""]))),
        ("«t» [EQUIPE] familiar contatado: «fn» («fp»).",
         dict(fn=P(name_form(g, g.relative(vic), ["first", "full"])), fp=L(g.phone(), "PHONE_NUMBER"))),
        ("«t» [MR «mr2»] destino: «h», vaga zero autorizada.", dict(mr2=P(reg.first), h=g.pick(HOSPITALS))),
        ("«t» [EQUIPE] chegada ao hospital. entregue a «rec» («coren»).",
         dict(rec=P(g.person(female=True).short), coren=L(g.council("COREN", uf), "PROFESSIONAL_ID"))),
        ("«t» [SIST] ocorrência encerrada por «usr». CID provável «cid».", dict(usr=g.pick(["regulacao01", "sist.samu", "mrcentral"]),
                                                                             cid=g.pick(CIDS_TRAUMA))),
    ]
    for (tpl, vals), t in zip(lines, ts):
        vals = dict(vals)
        vals["t"] = t
        if "«pl»" in str(vals.get("w", "")):
            w = vals.pop("w")
            pre, post = w.split("«pl»")
            tpl = tpl.replace("«w»", pre + "«pl»" + post)
            vals["pl"] = L(g.plate(), "LICENSE_PLATE")
        if vals.get("w") == "":
            tpl = tpl.replace(" «w»", "")
        doc.f(tpl + "\n", **vals)
    doc.f("-- médico regulador responsável: «mn» «crm»\n", mn=P(reg.full), crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_bus_occupational(g: Gen) -> Doc:
    """Occupational-health roster of a bus company's drivers (CSV), with CNH validity and restrictions."""
    doc = Doc()
    co = g.pick(BUS_COS)
    med = g.person()
    doc.f("# «co» — SESMT — controle ASO/CNH motoristas e cobradores — garagem «gar»\n# gerado «dt» — médico coordenador PCMSO: «mn» «crm»\n",
          co=co, gar=g.pick(["Aurora", "Vila Prudente", "Centro", "Bento Ribeiro", "Cajazeiras"]), dt=g.date("br"),
          mn=P(med.full), crm=L(g.council("CRM"), "PROFESSIONAL_ID"))
    rows = []
    for _ in range(g.ri(5, 7)):
        p = g.person(female=g.chance(0.2))
        fn, ln = first_last(p)
        if g.chance(0.4):
            fn, ln = fold(fn).upper(), fold(ln).upper()
        motorista = g.chance(0.75)
        restr = g.pick(["", "", "", "lentes corretivas", "não dirigir noturno", "readaptado - " + g.pick(CIDS_OTHER), "afastado INSS " + g.pick(CIDS_TRAUMA + CIDS_OTHER)])
        rows.append([V(g.d(5)), P(fn), P(ln), L(g.cpf("raw"), "BR_CPF"), L(g.pis("raw"), "BR_PIS"), L(g.dob("br", 1962, 2000), "DATE_OF_BIRTH"),
                     V("motorista" if motorista else "cobrador(a)"), L(g.cnh(), "BR_CNH") if motorista else V(""),
                     V(g.pick(["D", "E", "D"]) if motorista else ""), V(g.date("br", g.pick([2026, 2027, 2028])) if motorista else ""),
                     V(g.date("br")), V(g.pick(["apto", "apto", "apto c/ restrição", "inapto temp."])), V(restr)])
    table_csv(doc, ["matricula", "nome", "sobrenome", "cpf", "pis", "dt_nasc", "funcao", "cnh", "cat", "venc_cnh", "ultimo_aso",
                    "resultado", "restricao"], rows, sep=g.pick([";", ","]))
    doc.f("# toxicológico periódico (Lei 13.103/2015): «n» pendentes. «w»\n", n=g.ri(0, 5),
          w=g.pick(["Ver com o RH da linha 8012 (Terminal Luz).", "Exames no Laboratório Bento Amaral.", "Curso de direção defensiva em " + g.date("br") + "."]))
    return doc


# =========================================================================== financeiro

def fi_earnings(g: Gen) -> Doc:
    """Weekly earnings statement of a fleet partner (frota) with its drivers, ruled table."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    owner = g.person()
    wk = g.ri(2, 50)
    yr = g.pick([2025, 2026])
    monday = datetime.date.fromisocalendar(yr, wk, 1)
    sunday = monday + datetime.timedelta(days=6)
    doc.f("«plat» · EXTRATO SEMANAL DE GANHOS — PARCEIRO FROTA\nSemana «wk»/«yr» («d1» a «d2»)\n\n"
          "Titular da frota: «on»\nCPF «ocpf»«cnpjpart»\nE-mail: «oem»\n\n",
          plat=plat.upper(), wk=wk, yr=yr, d1=monday.strftime("%d/%m/%Y"), d2=sunday.strftime("%d/%m/%Y"), on=P(name_form(g, owner, ["full", "caps"])),
          ocpf=L(g.cpf(), "BR_CPF"), cnpjpart="", oem=L(g.email(owner, worker=True), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("CNPJ da frota: «cnpj» (ME)\n\n", cnpj=L(g.cnpj(), "BR_CNPJ"))
    rows = []
    tot = 0
    for _ in range(g.ri(3, 5)):
        p = g.person(female=g.chance(0.25))
        gross = g.ri(900, 3800)
        fee = int(gross * g.pick([0.2, 0.25, 0.22]))
        tot += gross - fee
        rows.append([P(g.pick([p.full, p.short, p.caps])), L(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), L(g.plate(), "LICENSE_PLATE"),
                     V(str(g.ri(30, 160))), V(f"{g.ri(20, 70)}h{g.ri(0, 59):02d}"), V(f"{gross:,}".replace(",", ".") + ",00"),
                     V(f"-{fee:,}".replace(",", ".") + ",00"), V(g.money(0, 120)), V(f"{gross - fee:,}".replace(",", ".") + ",00")])
    ruler = g.pick(["-", "=", None])
    table_fixed(doc, ["motorista", "CPF", "placa", "viagens", "online", "bruto (R$)", "taxa (R$)", "gorjetas", "líquido (R$)"], rows, ruler=ruler)
    doc.f("\nAjustes: «aj»\nTotal a repassar: R$ «tot»\n\nDados de repasse: «bk» · agência «ag» · conta «cc»\n",
          aj=g.pick(["estorno viagem " + g.trip()[:8] + " (passageiro contestou) R$ -" + g.money(10, 60), "incentivo \"Rota da Madrugada\" R$ " + g.money(50, 300),
                     "nenhum", "pedágio reembolsado R$ " + g.money(5, 40)]),
          tot=f"{tot:,}".replace(",", ".") + ",00", bk=g.bank(), ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.5):
        doc.f("Chave Pix cadastrada (aleatória): «pix»\n", pix=L(g.uuid(), "PIX_KEY"))
    doc.f("\nDúvidas: central do parceiro no app. Informe de rendimentos anual disponível em fevereiro. «w»\n",
          w=g.pick(["Lembre-se: o leão não perdoa, guarde seus comprovantes.", "Valores sujeitos a retenção conforme legislação.", ""]))
    return doc


def fi_payout_csv(g: Gen) -> Doc:
    """Courier payout batch (CSV) of a delivery platform: bank data and Pix keys of several kinds."""
    doc = Doc()
    comp = g.pick(DELIVERY)
    fin = g.person()
    sep = g.pick([";", ","])
    rows = []
    for _ in range(g.ri(6, 8)):
        p = g.person(female=g.chance(0.25))
        kind = g.pick(["aleatoria", "aleatoria", "cpf", "email", "telefone", "aleatoria"])
        cpf = g.cpf("raw")
        key = {"aleatoria": L(g.uuid(), "PIX_KEY"), "cpf": L(cpf, "BR_CPF"), "email": L(g.email(p, worker=True), "EMAIL_ADDRESS"),
               "telefone": L(g.phone("e164"), "PHONE_NUMBER")}[kind]
        nm = g.pick([p.caps, p.full, p.plain])
        rows.append([V(g.d(6)), P(nm), L(cpf, "BR_CPF"), L(g.pis("raw"), "BR_PIS") if g.chance(0.6) else V(""), V(g.bank().split(" - ")[0]),
                     L(g.agency(False), "BANK_ACCOUNT"), L(g.account(), "BANK_ACCOUNT"), V(kind), key,
                     V(g.money(80, 2500).replace(".", "")), V(g.pick(["PAGO", "PAGO", "PAGO", "DEVOLVIDO", "PENDENTE"]))])
    doc.f("# lote_repasse_«c»_«dt».csv · «n» entregadores · aprovado por «fn» em «da»\n",
          c=re.sub(r"\W", "", fold(comp).lower()), dt=g.date("compact"), n=len(rows), fn=P(fin.short), da=g.date("br") + " " + g.hm())
    table_csv(doc, ["id_entregador", "nome", "cpf", "nit_pis", "banco", "agencia", "conta", "tipo_chave", "chave_pix", "valor", "status"], rows, sep=sep)
    doc.f("# DEVOLVIDO = chave inexistente ou conta encerrada; reprocessar em D+1. contato: financeiro@«dom»\n",
          dom=re.sub(r"\W", "", fold(comp).lower()) + ".com.br")
    return doc


def fi_fleet_fines(g: Gen) -> Doc:
    """A rental company's bill to an app driver for traffic fines on the rented car."""
    doc = Doc()
    city, uf = g.city()
    d = g.person()
    at = g.person()
    loc = g.pick(["Locadora Prudente Veículos Ltda", "Aurora Locação de Frotas S.A.", "Move Bento Rent a Car", "Gurgel Frotas para Aplicativos"])
    plate = g.plate()
    doc.f("«loc» — CNPJ «cnpj»\n«city»/«uf», «dt»\n\nA«o» Sr«a». «nm»\nCPF «cpf» · CNH «cnh»\n«ad» — CEP «cep»\n«em»\n\n"
          "Ref.: Contrato de locação nº «ct» — veículo placa «pl» — COBRANÇA DE MULTAS DE TRÂNSITO\n\nPrezad«o» «fn»,\n\n"
          "Conforme cláusula «cl» do contrato, as infrações cometidas durante a locação foram indicadas em seu nome junto ao órgão autuador "
          "e os valores serão cobrados conforme abaixo:\n\n",
          loc=loc, cnpj=L(g.cnpj(), "BR_CNPJ"), city=city, uf=uf, dt=g.date("long"), o="à" if d.female else "o", a="a" if d.female else "",
          nm=P(name_form(g, d, ["full", "caps"])), cpf=L(g.cpf(), "BR_CPF"), cnh=L(g.cnh(), "BR_CNH"), ad=L(g.address(), "ADDRESS"),
          cep=L(g.cep(), "BR_CEP"), em=L(g.email(d), "EMAIL_ADDRESS"), ct=f"LOC-{g.d(6)}", pl=L(plate, "LICENSE_PLATE"),
          fn=P(d.first), cl=g.pick(["7.3", "9ª", "12.1"]))
    rows = []
    for _ in range(g.ri(2, 4)):
        code, art, desc = g.pick(INFRACOES)
        rows.append([V(g.ait()), L(plate, "LICENSE_PLATE"), V(g.date("br")), V(code), V(desc[:38]), V(g.money(88, 880))])
    if g.chance(0.4):
        table_box(doc, ["AIT", "placa", "data", "cód.", "descrição", "valor R$"], rows)
    else:
        table_fixed(doc, ["AIT", "placa", "data", "cód.", "descrição", "valor R$"], rows, ruler="-")
    doc.f("\nTaxa administrativa de indicação: R$ «tx» por auto.\nTotal: R$ «tot»\n\n", tx=g.money(20, 60), tot=g.money(300, 2500))
    if g.chance(0.45):
        doc.f("O valor será debitado no cartão de crédito cadastrado como caução («card», val. «val»), conforme autorização assinada em «da».\n",
              card=L(g.card(g.chance(0.7)), "CREDIT_CARD"), val=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}", da=g.date("br"))
    else:
        doc.f("O valor será debitado no cartão de crédito cadastrado («mc»). Caso prefira, pague por boleto até «dv».\n",
              mc=g.masked_card(), dv=g.date("br"))
    doc.f("Contestação ou recurso à JARI: envie em até 10 dias para multas@«dom».\n\nAtenciosamente,\n«at»\nNúcleo de Multas · ramal «r»\n",
          dom=re.sub(r"\W", "", fold(loc.split()[0] + loc.split()[1]).lower()) + ".com.br", at=P(name_form(g, at, ["full", "short"])), r=g.d(4))
    return doc


def fi_recharge_refund(g: Gen) -> Doc:
    """Fare-card online recharge not credited: customer e-mail and the back-office refund record."""
    doc = Doc()
    card, dom = g.pick([("Bilhete Único", "bilheteunico.sp.gov.br"), ("cartão Riocard Mais", "riocardmais.com.br"),
                        ("cartão BHBus", "bhbus.com.br"), ("VEM", "vemrecife.com.br"), ("cartão Passe Fácil", "passefacil.com.br"),
                        ("SalvadorCard", "salvadorcard.com.br"), ("TRI", "tripoa.com.br")])
    c = g.person()
    an = g.person()
    typed = g.chance(0.5)
    pan = g.card(g.chance(0.6))
    digits = pan.replace(" ", "")
    doc.f("De: «nm» <«em»>\nPara: atendimento@«dom»\nAssunto: recarga nao caiu no «card»\n\n«body» Recarreguei R$ «val» no dia «dt» pelo site, "
          "pagou no cartão mas o saldo não entrou no «card» nº «fc». ",
          nm=P(name_form(g, c, ["full", "low", "first"])), em=L(g.email(c), "EMAIL_ADDRESS"),
          dom=dom, card=card,
          body=g.pick(["Boa tarde.", "Olá!!", "bom dia, pela 3a vez,"]), val=g.money(20, 200), dt=g.date("br"), fc=g.fare_card())
    if typed:
        doc.f("O cartão de crédito foi o «cc» («bnd»). ", cc=L(pan, "CREDIT_CARD"), bnd={"4": "visa", "5": "master", "6": "elo"}[digits[0]])
    doc.f("Meu CPF é «cpf» e meu telefone «tel». Quero o dinheiro de volta ou o crédito no cartão, tenho que ir trabalhar.\n«sig»\n\n",
          cpf=L(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), tel=L(g.phone(), "PHONE_NUMBER"), sig=P(name_form(g, c, ["first", "full"])))
    doc.f("=== BACKOFFICE · Registro de estorno «rid» ===\ntransação .......: «tx»\ngateway .........: «gw»\ncartão ..........: «mc»\n"
          "IP da compra ....: «ip»\nstatus ..........: «st»\ncliente .........: «cn» / CPF «cpf2»\n",
          rid=g.d(7), tx=g.hexs(8).upper() + "-" + g.d(6), gw=g.pick(["Cielo", "GetNet", "PagSeguro", "Stone"]), mc=f"{digits[:6]}******{digits[-4:]}",
          ip=L(g.ip(), "IP_ADDRESS"), st=g.pick(["capturada, não creditada (falha no validador)", "capturada em duplicidade"]),
          cn=P(c.caps), cpf2=V("(conferido)"))
    if g.chance(0.5):
        doc.f("forma de devolução: TED para ag. «ag» c/c «cc» («bk»)\n", ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"),
              bk=g.bank())
    else:
        doc.f("forma de devolução: Pix, chave aleatória informada pelo cliente «pix»\n", pix=L(g.uuid(), "PIX_KEY"))
    doc.f("analista: «an» · «dt»\nobs.: «obs»\n", an=P(name_form(g, an, ["short", "full"])), dt=g.date("br"),
          obs=g.pick(["orientado a não enviar número completo do cartão por e-mail" if typed else "sem observações",
                      "crédito liberado no próximo uso do validador (CRT-" + g.d(5) + ")", "estorno em até 2 faturas"]))
    return doc


def fi_rental_billing(g: Gen) -> Doc:
    """Weekly rental billing of cars rented to app drivers; delinquency list and a collection message."""
    doc = Doc()
    loc = g.pick(["Locadora Prudente Veículos", "Aurora Locação", "Move Bento Rent a Car", "Gurgel Frotas"])
    cob = g.person()
    doc.f("«loc» · FATURAMENTO SEMANAL MOTORISTAS APP · «dt»\nResponsável cobrança: «cn»\n\n",
          loc=loc.upper(), dt=g.date("br"), cn=P(name_form(g, cob, ["short", "full"])))
    rows = []
    late = []
    for _ in range(g.ri(5, 7)):
        p = g.person(female=g.chance(0.2))
        st = g.pick(["pago", "pago", "pago", "atraso 3d", "atraso 9d", "bloqueio remoto"])
        rows.append([P(g.pick([p.caps, p.full, p.inv_title])), L(g.cpf(), "BR_CPF"), L(g.plate(), "LICENSE_PLATE"), V(car(g).rsplit(" ", 1)[0]),
                     V(g.money(450, 900)), V(g.money(500, 1500)), L(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), V(st)])
        if st != "pago":
            late.append((p, rows[-1][2][0]))
    table_fixed(doc, ["locatário", "CPF", "placa", "modelo", "semanal R$", "caução R$", "celular", "situação"], rows,
                ruler=g.pick(["-", "=", None]), sep=g.pick(["  ", " | "]))
    if late:
        p, pl = late[0]
        doc.f("\nMensagem enviada (WhatsApp) a «pf»: \"Olá «pf2», a semana do «pl» está em aberto. Regularize até amanhã para evitar o "
              "bloqueio do veículo. Pix: chave aleatória «pix». «cn»\"\n",
              pf=P(p.short), pf2=P(p.first), pl=L(pl, "LICENSE_PLATE"), pix=L(g.uuid(), "PIX_KEY"), cn=P(cob.first))
    else:
        doc.t("\nSem inadimplentes nesta semana.\n")
    doc.f("Total faturado: R$ «t» · caução retida em «k» contratos · «w»\n", t=g.money(3000, 9000), k=g.ri(0, 3),
          w=g.pick(["seria prudente rever o valor do Kwid", "manutenção preventiva sexta", "GPS do Onix sem sinal",
                    "vistoria: " + g.pick(WORD_USES[:3] + WORD_USES[6:7])]))
    return doc


def fi_app_insurance(g: Gen) -> Doc:
    """Passenger personal-accident (APP) insurance claim of a ride-hailing trip."""
    doc = Doc()
    city, uf = g.city()
    b = g.person()
    drv = g.person()
    medic = g.person()
    an = g.person()
    seg, segdom = g.pick([("Vitória Seguros S.A.", "vitoriaseguros.com.br"), ("Aurora Cia. de Seguros", "auroraseguros.com.br"),
                          ("Seguradora Leão do Norte", "leaodonorte.com.br")])
    doc.f("AVISO DE SINISTRO — SEGURO APP (ACIDENTES PESSOAIS DE PASSAGEIROS)\nSeguradora: «seg»   Estipulante: «plat»   Apólice «ap»\n"
          "Sinistro nº «sn»   Aberto em «da»\n\n"
          "1. SEGURADO (PASSAGEIRO)\nNome: «nm»\nCPF: «cpf»   RG: «rg»   Data de nascimento: «dob»\nEndereço: «ad», «city»/«uf», CEP «cep»\n"
          "Telefone: «tel»   E-mail: «em»\n\n",
          seg=seg, plat=g.pick(PLATFORMS), ap=g.d(12),
          sn=f"{g.d(4)}.{g.d(6)}", da=g.date("br"), nm=P(name_form(g, b, ["full", "caps"])), cpf=L(g.cpf(), "BR_CPF"), rg=L(g.rg(), "BR_RG"),
          dob=L(g.dob(g.pick(["br", "iso", "long"])), "DATE_OF_BIRTH"), ad=L(g.address(), "ADDRESS"), city=city, uf=uf,
          cep=L(g.cep(), "BR_CEP"), tel=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(b), "EMAIL_ADDRESS"))
    doc.f("2. EVENTO\nData/hora: «dt» «hm»   Viagem: «tr»\nMotorista: «dn»   Veículo: «car» placa «pl»\nLocal: «loc»\n"
          "Descrição: «desc»\n\n",
          dt=g.date("br"), hm=g.hm(), tr=g.trip(), dn=P(name_form(g, drv, ["full", "short"])), car=car(g), pl=L(g.plate(), "LICENSE_PLATE"),
          loc=loc_infracao(g), desc=g.pick(["colisão traseira em semáforo; passageira sem cinto bateu o rosto no banco.",
                                            "capotamento após o motorista desviar de um cavalo na pista.",
                                            "freada brusca; " + ("a passageira" if b.female else "o passageiro") + " caiu ao desembarcar."]))
    doc.f("3. DESPESAS MÉDICAS (DMHO)\nRelatório médico: «mn», «crm» — CID «cid»\n", mn=P(name_form(g, medic, ["full", "caps"])),
          crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"), cid=g.pick(CIDS_TRAUMA))
    for it in g.sample(["consulta ortopédica", "raio-X", "fisioterapia (10 sessões)", "medicamentos", "tomografia", "imobilizador"], g.ri(2, 4)):
        doc.f("  - «it» ........ R$ «v»\n", it=it, v=g.money(60, 1800))
    doc.f("\n4. PAGAMENTO DA INDENIZAÇÃO\nTitular da conta: «tn»   Banco: «bk»   Agência: «ag»   Conta: «cc»\n\n"
          "Analista de sinistros: «an» («ae»)\nParecer: «par»\n",
          tn=P(name_form(g, b, ["full", "caps"])), bk=g.bank(), ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"),
          an=P(an.full), ae=L(corp_mail(an, segdom), "EMAIL_ADDRESS"),
          par=g.pick(["cobertura confirmada, aguardando nota fiscal da fisioterapia.", "negado: evento fora da viagem (passageiro já havia desembarcado).",
                      "aprovado parcialmente; DMHO limitado a R$ " + g.money(2000, 10000) + "."]))
    return doc


def fi_fraud_log(g: Gen) -> Doc:
    """Fraud-team investigation log: fake trips and promo abuse between a driver and cloned passenger accounts."""
    doc = Doc()
    plat = g.pick(PLATFORMS + DELIVERY)
    an1, an2 = g.person(), g.person()
    drv = g.person()
    doc.f("## Caso FRD-«n» · «plat» · abuso de promoção / viagens fantasma\nAberto por «a1» · revisão «a2» · status: «st»\n\n```\n",
          n=g.d(5), plat=plat, a1=P(an1.short), a2=P(an2.full), st=g.pick(["em análise", "confirmado", "encaminhado ao jurídico"]))
    ip_shared = g.ip()
    ts = g.times(8, 0, 23 * 3600)
    day = g.date("iso")
    doc.f("«d» «t0» INFO  driver_id=«did» nome=\"«dn»\" cpf=«dc» placa=«pl» ip=«ip»\n",
          d=day, t0=ts[0], did=g.hexs(10), dn=P(drv.caps), dc=L(g.cpf("raw"), "BR_CPF"), pl=L(g.plate(), "LICENSE_PLATE"),
          ip=L(ip_shared, "IP_ADDRESS"))
    for i in range(1, 6):
        p = g.person()
        valid = g.chance(0.7)
        doc.f("«d» «t» WARN  rider_signup email=«em» tel=«tel» cpf=«cpf» ip=«ip» device=«dev» cupom=«cup»\n",
              d=day, t=ts[i], em=L(g.email(p), "EMAIL_ADDRESS"), tel=L(g.phone("e164"), "PHONE_NUMBER"),
              cpf=L(g.cpf("raw"), "BR_CPF") if valid else V(g.bad_cpf()), ip=L(ip_shared if g.chance(0.6) else g.ip(), "IP_ADDRESS"),
              dev=g.hexs(16), cup=g.pick(["BEMVINDO30", "PRIMEIRA50", "VOLTA20", "ROSA15"]))
    if g.chance(0.5):
        doc.f("«d» «t» INFO  chargeback_file adquirente=«acq» pan=«pan» motivo=«mot» valor=«v»\n", d=day, t=ts[6],
              acq=g.pick(["cielo", "rede", "getnet", "stone"]), pan=L(g.card(False), "CREDIT_CARD"), mot=g.pick(["4837", "10.4", "4863", "83"]),
              v=g.money(20, 300).replace(".", "").replace(",", "."))
    doc.f("«d» «t» ALERT rule=same_ip_driver_rider trips=«k» valor_promo=R$ «v» cartão=«mc»\n```\n\n",
          d=day, t=ts[7], k=g.ri(8, 60), v=g.money(200, 4000), mc=g.masked_card())
    doc.f("Notas («a1f»): os CPFs que não passam no dígito foram gerados em site de \"gerador de CPF\"; os válidos pertencem a terceiros "
          "(vazamento). Um deles é de «vit», que confirmou por telefone («vt») não ter conta.\n"
          "Conta bancária de repasse do motorista: ag. «ag» c/c «cc». «conc»\n",
          a1f=P(an1.first), vit=P(name_form(g, g.person(), ["full", "caps"])), vt=L(g.phone(), "PHONE_NUMBER"),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"),
          conc=g.pick(["Bloqueio cautelar do repasse e BO eletrônico.", "Sugerido desativar e reter saldo de R$ " + g.money(500, 5000) + ".",
                       "Seria prudente ouvir o parceiro antes (histórico limpo de 4 anos)."]))
    return doc


TEMPLATES = {
    "atendimento": [at_onboarding, at_chat_complaint, at_deactivation_email, at_farecard_gratuity, at_card_block_csv,
                    at_scooter_incident, at_courier_whatsapp],
    "juridico": [ju_jari_appeal, ju_fici_ocr, ju_jec_petition, ju_accident_bo, ju_court_order_reply, ju_settlement,
                 ju_portfolio_csv],
    "saude": [sa_er_record, sa_detran_exam, sa_pcd_report, sa_physio_courier, sa_clinic_agenda, sa_samu_log,
              sa_bus_occupational],
    "financeiro": [fi_earnings, fi_payout_csv, fi_fleet_fines, fi_recharge_refund, fi_rental_billing, fi_app_insurance,
                   fi_fraud_log],
}

CPF_SHAPE = re.compile(r"(?<![\w.-])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\w-]|\.\d)")


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        before = text[s["start"] - 1] if s["start"] else " "
        after = text[s["end"]] if s["end"] < len(text) else " "
        assert not (before.isalnum() and v[0].isalnum()), (record["id"], "span starts inside a word", v)
        assert not (after.isalnum() and v[-1].isalnum()), (record["id"], "span ends inside a word", v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", v.translate(OCR_UNDO)) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS") else ""
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
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Za-z]{3}-?\d[A-Za-z0-9]\d{2}", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"[\d.]+|[0-9a-f:]+", v), (record["id"], v)
    # hard negatives: every unlabelled 11-digit number (raw or CPF-shaped) fails the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in CPF_SHAPE.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], "unlabelled valid CPF", m.group(1))


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                g.new_base()
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
    assert len(records) == 280
    with (HERE / OUT_NAME).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    per_domain: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
            per_domain[r["domain"]] = per_domain.get(r["domain"], 0) + 1
    n = sum(counts.values())
    print("fiftyninth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print("  per domain:", ", ".join(f"{k} {v}" for k, v in per_domain.items()))
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
