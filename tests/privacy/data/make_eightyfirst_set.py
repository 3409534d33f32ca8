"""Build the eighty-first labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_eightyfirst_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 8181, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: fitness gyms, personal trainers, martial-arts schools and
amateur sports leagues, as they and the offices around them (Procon, the small-claims court, the
acquirer, the league's medical coordination, the club's accountant) write things down.
- atendimento: a personal trainer's WhatsApp class group (bookings, CPFs for the new turnstile app,
  monthly fee by random Pix key, parking plates; unsaved senders show as phone numbers), a gym
  chain's web chat to cancel a 12-month plan (bot, then an attendant tagged by name, by login or as
  "Atendente"; loyalty fine, refund to card or account), a front-desk ticket with the access-
  turnstile log (key=value log lines or CSV, "SURNAME, GIVEN" and truncated ALL CAPS names, masked
  and open CPFs), an enrolment form (adult or minor with guardian, RG or CNH, recurring card,
  emergency contact, parking plate), a member's e-mail on charges after cancelling and the SAC
  reply, a youth-league team registration (ruled table or CSV: athletes, birth dates, guardians,
  coach with CREF), an OCR-read martial-arts federation registration form.
- juridico: a Procon complaint form on a loyalty fine, a small-claims petition against a gym
  network (plaintiff's qualification, sometimes with voter title; doctor's report; CNJ precedent),
  a membership contract with recurring-billing, fidelity, LGPD/biometrics and personal-trainer
  clauses and witnesses, an amateur athlete transfer form between clubs (club presidents, voter
  title of one, training compensation to the club's account), a tournament waiver and image
  authorisation for a minor (CNS, health-plan card), the minutes of a conciliation hearing (Pix
  or account settlement), an HR/lawyer e-mail thread on a personal trainer's labour claim.
- saude: a PAR-Q questionnaire with the trainer's note and a doctor's clearance, a physical
  assessment e-mail (bioimpedance table, evaluator's CREF, partner nutritionist's CRN), an injury
  /incident report (first aid by trainer and nursing technician, SAMU vehicle plate, hospital,
  witnesses), an OCR-read sports medical certificate, physiotherapy evolution notes (CREFITO,
  CNS, referral), a tournament weigh-in and medical triage CSV, a league medical coordinator's
  e-mail on the concussion protocol (minors, guardians, ambulance plate in free text).
- financeiro: a recurring-billing gateway log in JSON lines with a DEBUG line leaking a full card
  number, a chargeback defence dossier (cardholder, sign-up IP, turnstile evidence, account for
  the credit), an amateur club's payroll / ajuda de custo CSV (CPF, PIS, bank, Pix keys of every
  kind), the personal trainers' monthly commission statement (CREF, CPF or MEI CNPJ, Pix key), a
  martial-arts school's bank statement CSV, a collections worksheet in Markdown (street and number
  in separate columns), a tournament registration payment reconciliation (payers, e2e ids,
  boleto lines, refunds, sponsor's CNPJ, suspicious form IP).

Conventions (the twentieth set's, as the eightieth applies them): PERSON covers the name only,
never "Sr.", "Dra.", "Dr(a).", "dona", "seu", "Prof"; particles inside a name are part of it;
"SURNAME, GIVEN" is one span; nicknames (Toninho, Digão, Manu) and first names alone are persons,
also in lower case. Staff named in the text (trainers, senseis, receptionists, attendants,
managers, doctors, physiotherapists, nurses, nutritionists, lawyers, conciliators, analysts,
club officers) are persons; logins ("jzogbi", "atd_giovanna"), bots ("Fitbot", "Maxi") and role
labels ("Atendente", "{sistema}") are not. Corporate e-mails of people are EMAIL_ADDRESS; role
mailboxes (sac@, ouvidoria@, rh@, dpo@, diretoria@) are not labelled. ADDRESS is street type +
name + number + complement, or a highway + km; bairro, city, UF and CEP stay out (CEP is BR_CEP);
where a table splits street and number, only the street cell is ADDRESS; addresses of companies
and clinics (the gym's seat on "Rua Barão de Mauá", "Av. Presidente Vargas, 88 — 3º andar") are
not labelled, nor streets named as meeting points ("esquina da Barão de Mauá com a Sete de
Setembro", "pracinha da Prudente de Morais"). Agency and account are separate BANK_ACCOUNT spans
(also a company's or club's own account); bank names and codes are not. DATE_OF_BIRTH only for
birth dates (adults and minors; ISO, Brazilian, short-year and long forms); enrolment, exam,
assessment, accident, payment and hearing dates are not. PROFESSIONAL_ID includes the council
acronym and UF or region: CREF in its several written forms ("CREF 012345-G/SP",
"CREF4/SP 012345-G", "CREF-SP 012345-G", "CREF 12345-G/SP"), CREFITO ("CREFITO-3 123456-F"), CRM,
COREN, CRN, OAB. PIX_KEY only for random (UUID) keys used as Pix keys; Pix keys that are a CPF,
e-mail or phone take those labels, a MEI's CNPJ takes BR_CNPJ. Every CNPJ is BR_CNPJ (numeric and
the 2026 alphanumeric form, dotted or raw). Decided here: a WhatsApp sender shown as a phone
number is PHONE_NUMBER; a clinic's phone in its letterhead is PHONE_NUMBER too (a phone number is
labelled whoever answers it); names truncated by a log or statement field are labelled as they
stand; OCR-damaged names, addresses and words are labelled as they stand (identifiers are never
damaged); the holder's name in a card-tokenisation debug line is a person; a turnstile
terminal's private IP (192.168.x.x) is IP_ADDRESS like any other.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Kethellyn, Rhayssa, Jhemerson, Walisson, Thauany; Italian, German, Japanese/Okinawan, Lebanese,
Korean, Chinese, Haitian, Angolan, Senegalese, Bolivian, indigenous, Jewish, Polish), with at
least a quarter of the name words rare or invented; names that are also words (Rosa, Luz, Flor,
Vitória, Aurora, Esperança, Bento, Prudente, Amado, Branco, Leão) next to the same words as
words ("faixa branca", "vitória por pontos", "conta de luz", "seria prudente", "o leão da
mascote"), in places (Presidente Prudente, Bento Gonçalves, Vitória, Aurora/CE, Esperança/PB,
Santa Rosa) and in gyms, clubs, leagues and sponsors (Academia Aurora Fitness, Leão Fight Team,
Esperança F.C., Copa Leão de Futebol Society, Supermercados Prudente), which are not persons.
Forms: full, ALL CAPS without accents, lower case, "SURNAME, GIVEN", first name alone, nicknames.

Hard negatives (never labelled): CNJ process numbers (civil and labour), Procon F.A. numbers,
contract, order, protocol, ticket, incident and receipt numbers (some 11-digit ones, all failing
the CPF check), ARN, NSU, merchant ids, Pix end-to-end ids, boleto lines, enrolment numbers
(matrícula), federation registry numbers, health-plan card numbers, masked CPFs and cards,
card BINs and last four digits, ICD-10 codes (S83.5, Z02.5, M51.1), money, laws (Lei 8.078/1990,
Lei 9.099/95, Lei 13.709/2018, Lei 9.615/1998, ECA), device, subscription and terminal ids,
dates that are not birth dates, company names containing surnames (Zampieri Academia de Natação Ltda, Sakamoto
Judô Clube Ltda, Guedelha Artes Marciais ME, Contabilidade Girão & Novais).
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
SEED = 8181
OUT_NAME = "eightyfirst.jsonl"

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
WEEKDAYS = ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Ana Luíza", "Juliana", "Fernanda", "Patrícia", "Camila", "Aline", "Larissa", "Beatriz", "Gabriela",
        "Mariana", "Adriana", "Cristiane", "Simone", "Priscila", "Tatiane", "Letícia", "Isabela", "Sandra",
        "Luciana", "Viviane", "Manuela", "Sofia", "Heloísa", "Maria Eduarda", "Maria Clara", "Francisca",
        "Antônia", "Joana", "Carla", "Paula", "Natália", "Amanda", "Raquel", "Valentina", "Lorena", "Débora"]
RARE_F = ["Kethellyn", "Ysadora", "Rhayssa", "Deuslene", "Jussimara", "Edinalva", "Gleidiane", "Ivonete",
          "Marineide", "Cleudenice", "Adalgisa", "Zilda Maria", "Raquelly", "Anaclécia", "Kemilly", "Thauany",
          "Wandercleia", "Geisiane", "Ozelita", "Lucimeire", "Edneia", "Joseane", "Yngrid", "Mirian Kelly",
          "Zulmira", "Dulcilene", "Benedita", "Gesiane", "Elisângela", "Rosilda", "Lindaura", "Sthephanie",
          "Nayelle", "Ruthe", "Iranilde", "Valdirene", "Shayenne", "Hellen Cristiny", "Ketlen", "Jamylle"]
PT_M = ["José Roberto", "Antônio", "Francisco", "João Vitor", "Lucas", "Gabriel", "Rafael", "Rodrigo", "Thiago",
        "Bruno", "Diego", "Gustavo", "Ricardo", "Eduardo", "Fábio", "Roberto", "Daniel", "Vinícius", "Matheus",
        "Miguel", "Arthur", "Heitor", "Luiz Henrique", "Sebastião", "Raimundo", "Benedito", "Anderson", "Leandro",
        "Márcio", "Hugo", "Marcos", "Pedro", "Caio", "Enzo", "Davi", "Samuel"]
RARE_M = ["Ueslei", "Maycon", "Wanderson", "Jhonathan", "Cleiton", "Adelmo", "Gildásio", "Uilian",
          "Deoclides", "Zenildo", "Otacílio", "Edvaldo", "Rosivan", "Gercílio", "Eliseu", "Nilson Kleber", "Valdomiro",
          "Derisvaldo", "Jucimar", "Ryan Kauã", "Ednilson", "Joelson", "Luciclécio", "Eudásio", "Claudionor",
          "Francinaldo", "Walisson", "Elenildo", "Tayrone", "Kauê", "Wemerson", "Dejalma", "Agripino",
          "Josivaldo", "Ivaldo", "Sidnei Carlos", "Romildo", "Crisógono", "Lindemberg", "Hildebrando", "Jhemerson",
          "Kelvyn"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Batista", "Moreira", "Rocha",
          "Dias", "Monteiro", "Mendes", "Barros", "Freitas", "Cunha", "Pires", "Farias", "Cardoso", "Melo",
          "Fernandes", "Xavier", "Tavares", "Siqueira", "Brito", "Aguiar", "Medeiros", "Sales", "Gonçalves",
          "Ribeiro", "Costa", "Nascimento", "Conceição", "Pereira", "Martins", "Carvalho", "Gomes"]
RARE_SUR = ["Guedelha", "Cajueiro", "Bezerril", "Calado", "Fontoura", "Jacarandá", "Canindé", "Sucuri", "Arruda Câmara",
            "Beltrão", "Esmeraldino", "Ibiapaba", "Juruá", "Leitoguinho", "Norberto", "Quinderé", "Rabello",
            "Sarmento", "Torquato", "Umbelino", "Valadão", "Wanderlei", "Zampieri", "Ximenes", "Benevenuto",
            "Feitosa", "Girão", "Imbiriba", "Mata Roma", "Arcanjo", "Bandeira de Melo", "Dantas", "Eleutério",
            "Florentino", "Gusmão", "Jacinto", "Lobato", "Mangueira", "Novais", "Pedrosa", "Sampaio Corrêa",
            "Tabajara", "Soeiro", "Carapicuíba", "Pitanga", "Muniz Freire", "Querino", "Bandeira", "Cerqueira Lima"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Esperança"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Leão"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Bento", "Luz", "Flor", "Aurora", "Vitória", "Leão",
            "Cordeiro", "Coelho", "Palmeira", "Pinheiro", "Carneiro", "Raposo", "Falcão"]
NICK = {"José Roberto": "Zé Beto", "Antônio": "Toninho", "Francisco": "Chicão", "Francisca": "Chiquinha",
        "João Vitor": "JV", "Raimundo": "Mundinho", "Sebastião": "Tião", "Benedito": "Dito", "Benedita": "Dita",
        "Luiz Henrique": "Luizão", "Eduardo": "Dudu", "Gabriela": "Gabi", "Isabela": "Isa", "Heloísa": "Helô",
        "Manuela": "Manu", "Beatriz": "Bia", "Fernanda": "Nanda", "Juliana": "Ju", "Rafael": "Rafinha",
        "Rodrigo": "Digão", "Gustavo": "Guga", "Marcos": "Marquinhos", "Samuel": "Samuca", "Wanderson": "Wandinho",
        "Maycon": "Mayquinho", "Edvaldo": "Vadinho", "Josivaldo": "Vavá", "Claudionor": "Nonô", "Francinaldo": "Naldo",
        "Valdomiro": "Miro", "Hildebrando": "Brando", "Zulmira": "Mira", "Lindaura": "Dadá", "Marineide": "Neide",
        "Aurora": "Rorinha", "Bento": "Bentinho", "Leão": "Leãozinho", "Valentina": "Tina", "Lucas": "Luquinha",
        "Antônia": "Tonha", "Adalgisa": "Gisa", "Pedro": "Pedrinho", "Thiago": "Thiaguinho", "Heitor": "Tó"}
FOREIGN = {
    "it": (["Giovanna", "Rafaella", "Lucrezia"], ["Giacomo", "Enrico", "Vittorio"],
           ["Bortolini", "Zanatta", "Pegoraro", "Tonial", "Dal Pozzo", "Bertuol", "Menegotto"]),
    "de": (["Hilda", "Irmgard", "Frieda"], ["Egon", "Reinaldo", "Werner"],
           ["Schulz", "Wendt", "Hoepfner", "Kretzer", "Radtke", "Pommer", "Hellmann"]),
    "jp": (["Harumi", "Mayumi", "Sayuri"], ["Tetsuo", "Kenta", "Minoru"],
           ["Sakamoto", "Oshiro", "Uehara", "Kanashiro", "Yoshimura", "Hokama"]),
    "ar": (["Jamila", "Nour", "Yasmin"], ["Munir", "Khalil", "Rachid"],
           ["Zogbi", "Helou", "Abib", "Cury", "Daher", "Simão Tannous"]),
    "kr": (["Soo-ah", "Eun-ji"], ["Ji-hoon", "Hyun-woo"], ["Kang", "Cho", "Baek", "Seo"]),
    "cn": (["Ling", "Xiu"], ["Bo", "Tao"], ["Wang", "Zhao", "Ma", "Guo"]),
    "ht": (["Mirlande", "Nerline", "Guerda"], ["Jean-Rony", "Wilguens", "Fritznel"],
           ["Saint-Fleur", "Petit-Frère", "Jean-Louis", "Dorméus", "Valcourt"]),
    "ao": (["Ngueve", "Kiesse", "Yolanda Nzinga"], ["Kiame", "Ndombele", "Manuel Lutonda"],
           ["Mavinga", "Kiangebeni", "Capemba", "Lukoki", "Sungu"]),
    "sn": (["Coumba", "Astou", "Sokhna"], ["Serigne", "Modou", "Babacar"], ["Ndiaye", "Mbengue", "Sarr", "Thiam"]),
    "bo": (["Feliza", "Wara", "Janeth"], ["Limber", "Wilfredo", "Edwin"], ["Mamani", "Huanca", "Flores Chura", "Copa"]),
    "in": (["Yara", "Potira", "Kerexu"], ["Kaiapó", "Tawá", "Aruã"], ["Kaingang", "Guarani Mbya", "Xukuru", "Tikuna"]),
    "jw": (["Rivka", "Tova", "Dalia"], ["Mordechai", "Natan", "Ariel"], ["Rosenbaum", "Tenenbaum", "Wajnberg", "Kleiman"]),
    "pl": (["Wanda", "Bozena"], ["Stanislau", "Tadeu"], ["Kaminski", "Wozniak", "Przybylski"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "pl", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Conceição", "Mata Roma", "Aurora"}
DO_SUR = {"Nascimento", "Carmo", "Amaral"}
DOS_SUR = {"Santos", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "17", "19", "21", "22", "24", "27", "31", "32", "34", "35", "41", "43",
        "44", "47", "48", "51", "53", "54", "61", "62", "63", "65", "67", "68", "69", "71", "73", "75", "79",
        "81", "82", "83", "84", "85", "86", "88", "91", "92", "95", "96", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Rodovia", "Ladeira", "Vila"]
STREET_NAMES = ["Barão de Mauá", "Presidente Vargas", "das Rosas", "Flor de Liz", "Aurora", "Doutor Amado Beltrão",
                "Bento Gonçalves", "Prudente de Morais", "Luz Falcão", "Vitória Régia", "Marechal Rondon",
                "Dona Zulmira Cajueiro", "dos Atletas", "Sete de Setembro", "Padre Cícero", "Tiradentes",
                "Coronel Otacílio Tabajara", "Professora Adalgisa Girão", "das Orquídeas", "Engenheiro Fontoura",
                "Princesa Isabel", "do Estádio", "Maestro Gercílio Lobato", "Castro Alves", "Irmã Dulce", "Ayrton Senna",
                "Getúlio Vargas", "Almirante Barroso", "dos Ipês", "Leão XIII", "Monsenhor Ibiapaba", "Treze de Maio",
                "Ana Nery", "Garrincha", "Joaquim Nabuco", "Ademar Ferreira da Silva", "Pelé"]
CITIES = [("Campinas", "SP"), ("Sorocaba", "SP"), ("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"),
          ("Caxias do Sul", "RS"), ("Vitória", "ES"), ("Serra", "ES"), ("Feira de Santana", "BA"),
          ("Vitória da Conquista", "BA"), ("Campina Grande", "PB"), ("Caruaru", "PE"), ("Mossoró", "RN"),
          ("Crato", "CE"), ("Imperatriz", "MA"), ("Santarém", "PA"), ("Manaus", "AM"), ("Uberaba", "MG"),
          ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Betim", "MG"), ("Blumenau", "SC"), ("Itajaí", "SC"),
          ("Cascavel", "PR"), ("Londrina", "PR"), ("Foz do Iguaçu", "PR"), ("Anápolis", "GO"), ("Cuiabá", "MT"),
          ("Campo Grande", "MS"), ("Aracaju", "SE"), ("Arapiraca", "AL"), ("Teresina", "PI"), ("Niterói", "RJ"),
          ("Volta Redonda", "RJ"), ("Brasília", "DF"), ("Rio Branco", "AC"), ("Aurora", "CE"), ("Santa Rosa", "RS"),
          ("Esperança", "PB"), ("Leão", "PE")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim das Rosas", "Vila Aurora", "Centro", "Santa Rosa", "Jardim Prudente", "Bela Vista", "Boa Vista",
           "Vila Amado", "Parque das Flores", "Cidade Luz", "Jardim Vitória", "São Bento", "Alto Branco",
           "Jardim Esperança", "Vila Olímpica", "Morada do Sol", "Vila Leão"]
GYMS = ["Academia Aurora Fitness", "Leão Fight Team", "Studio Flor de Lótus Pilates", "Smart Bento Academia",
        "CT Prudente Jiu-Jitsu", "Vitória Performance", "Academia Luz do Corpo", "Esperança Crossfit Box",
        "Amado Muay Thai", "Branco & Rosa Funcional", "Academia Sakamoto Judô", "Rede BodyMax",
        "Zampieri Academia de Natação", "Academia Força Livre", "Box 027 Cross Training", "Dojô Kanashiro Karatê",
        "Studio Helou Pilates", "Team Guedelha BJJ", "Fitlife Academias", "Atlética Pitanga Fitness"]
LEAGUES = ["Liga Amadora de Futsal do Vale", "Copa Esperança Sub-15", "Liga Desportiva Municipal", "Taça Aurora de Várzea",
           "Copa Leão de Futebol Society", "Campeonato Estadual de Jiu-Jitsu", "Circuito Vitória de Corrida",
           "Liga Escolar de Vôlei", "Copa Prudente de Futsal Feminino", "Open Bento de Judô"]
CLUBS = ["E.C. Rosa Branca", "Grêmio Recreativo Aurora", "Esperança F.C.", "Associação Atlética Bento",
         "Clube Amado Batista de Futsal", "União Leão do Norte", "S.E. Vitória do Bairro", "Juventude Tabajara",
         "Real Cajueiro F.C.", "Atlético Pedrosa", "Estrela da Luz E.C.", "Associação Zampieri de Judô"]
CIDS_SPORT = ["S83.5", "S93.4", "S43.0", "S06.0", "S52.5", "M23.2", "S42.0", "S82.6", "M75.1", "T67.0", "S63.6",
              "M76.6", "S72.0", "S02.2", "R55", "I49.9", "S39.0", "S13.4"]
CIDS_OTHER = ["I10", "E11.9", "J45.9", "E66.9", "M54.5", "F41.1", "Z00.0", "Z02.5", "E78.5", "M17.1", "G43.9"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6"), ("290", "PagBank")]
WORD_USES = ["a faixa branca do aluno novo", "seria prudente repetir o eletro", "a luz do vestiário queimou",
             "vitória por pontos na final", "aula às 6h, antes da aurora", "tapete rosa da sala de pilates",
             "a esperança é voltar antes do estadual", "o leão da mascote do clube", "prudente esperar 48h",
             "flor de sal no pós-treino (nutri)", "camisa branca no dia da graduação", "conta de luz do CT atrasada",
             "foi uma vitória de virada", "o quimono branco e o azul", "muay thai com prajied rosa"]
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
        if self.given.startswith(("Maria ", "Ana Luíza", "Zilda", "Mirian", "Hellen", "Nilson", "Ryan", "Sidnei", "Yolanda", "Manuel", "José Roberto", "João Vitor", "Luiz Henrique")):
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
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES and s not in SUFFIXES]
        return fold(f"{sur[-1]}, {self.given}").upper()

    @property
    def inverted_title(self) -> str:
        return f"{self.last.upper()}, {self.given}"

    @property
    def airline(self) -> str:
        return fold(f"{self.last}/{self.given.replace(' ', '')}").upper()

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def a(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": fold(p.full),
            "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
            "lowshort": fold(p.short).lower(), "airline": p.airline, "capsfirst": fold(p.first).upper()}[form]


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
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length (hard negatives)."""
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
            if rng.random() < 0.08 and " " not in given:
                second = self.pick(WORD_F + RARE_F if female else PT_M + RARE_M).split()[0]
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

    def child(self, of: Person) -> Person:
        female = self.chance(0.5)
        given = self.pick((PT_F + RARE_F[:20] + ["Aurora", "Luz", "Flor", "Vitória", "Helena", "Maitê", "Ayla"]) if female
                          else (PT_M + RARE_M[20:] + ["Bento", "Theo", "Gael", "Ravi", "Benício"]))
        return Person(given, [of.last], female)

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
                          f"{f}.fit{self.d(2)}" if p.female else f"{f}{l}.treino"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br"])
        return f"{user}@{domain}"

    def corp_mail(self, p: Person, dom: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}@{dom}", f"{f}@{dom}", f"{f[0]}{l}@{dom}"])

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
                "half": f"{n[:3]}.{n[3:6]}.{n[6:9]}{n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def masked_cpf(self) -> str:
        n = self.cpf_digits()
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***{n[3:9]}**"])

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.22) if alnum is None else alnum
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002"])
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
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "wa"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "wa": f"+55 ({ddd}) {h}-{t}", "sp": f"{ddd} {h} {t}", "nospace": f"({ddd}){h}-{t}"}[style]

    def card(self, spaced: bool = True, amex: bool = False) -> str:
        if amex:
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        b = self.pick(["4", "5", "5", "6", "4"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"**** **** **** {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}", f"final {self.d(4)}",
                          f"{self.d(6)}******{self.d(4)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def e2e(self) -> str:
        return f"E{self.d(8)}{self.date('compact')}{self.d(4)}{self.alnum(11).lower()}"

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

    def ip(self, v6: bool = False) -> str:
        if v6:
            return f"2804:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}::{self.hexs(3)}"
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"ap. {self.rng.randint(101, 910)}", f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}",
                          f"lote {self.rng.randint(1, 60)}"])
        if t == "Rodovia":
            name = self.pick(["SP-340", "BR-116", "RS-122", "BA-099", "GO-060"])
            num = f"km {self.rng.randint(2, 300)}"
            comp = ""
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
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = ", " if t == "Rodovia" else self.pick([", ", ", nº ", " ", ", n. "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1950, hi: int = 2003) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(7, 23):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 7 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 50, hi: int = 60000, cents: bool = True) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        if not cents:
            return f"{r:,}".replace(",", ".")
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.19", "8.13", "8.17", "8.06", "8.21", "8.24", "5.02"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2023, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"ATD-{self.d(7)}", f"PROC-{self.d(6)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}",
                              f"OAB/{uf} nº {dotted}"])
        if kind == "CREF":
            c = f"{self.rng.randint(1, 160000):06d}"
            reg = self.rng.randint(1, 20)
            return self.pick([f"CREF {c}-G/{uf}", f"CREF {c}-G/{uf}", f"CREF{reg}/{uf} {c}-G", f"CREF {c}-P/{uf}",
                              f"CREF-{uf} {c}-G", f"CREF {c.lstrip('0')}-G/{uf}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.rng.randint(1, 18)} {self.rng.randint(10000, 399999)}-F",
                              f"CREFITO {self.rng.randint(1, 18)}/{self.rng.randint(10000, 399999)}-F",
                              f"CREFITO-{self.rng.randint(1, 18)}/{uf} {self.rng.randint(10000, 399999)}-F"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRN":
            return self.pick([f"CRN-{self.rng.randint(1, 11)} {self.d(5)}", f"CRN{self.rng.randint(1, 11)} {self.d(5)}/P"])
        if kind == "CRP":
            return f"CRP {self.rng.randint(1, 24):02d}/{self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}", "dm": f"{dd:02d}/{mm:02d}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("n", "ri"), ("o", "0"), ("a", "á")]


def ocr(s: str, g: Gen, rate: float = 0.35) -> str:
    """One or two OCR confusions in a word or name (identifiers are left intact in this set)."""
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


def jstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


class Doc:
    def __init__(self):
        self.text = ""
        self.spans: list[dict] = []
        self.negs: list[str] = []  # hard-negative numbers that must fail the CPF check

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


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """A table with rulers: `+---+` boxes (style plus) or a dashed rule under the header (style dash)."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    if style == "plus":
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
        doc.t("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        doc.t("  ".join("-" * w for w in widths) + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                if k:
                    doc.t("  ")
                if k == len(r) - 1:
                    doc.e(v, lab) if v else None
                else:
                    doc.cell(v, w, lab) if v else doc.t(" " * w)
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


def table_csv(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ",") -> None:
    if cols:
        doc.t(sep.join(cols) + "\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(sep)
            q = sep in v or '"' in v or "\n" in v
            if q:
                doc.t('"')
            doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


def who(g: Gen, p: Person, forms: list[str] | None = None):
    return P(name_form(g, p, forms))


def pix_any(g: Gen, p: Person) -> tuple[str, str]:
    """A Pix key as people write it: CPF, e-mail, phone or a random (UUID) key; labelled by what it is."""
    k = g.pick(["cpf", "email", "phone", "uuid", "uuid"])
    if k == "cpf":
        return (g.cpf(), "BR_CPF")
    if k == "email":
        return (g.email(p), "EMAIL_ADDRESS")
    if k == "phone":
        return (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER")
    return (g.uuid(), "PIX_KEY")


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def gym(g: Gen) -> str:
    return g.pick(GYMS)


def plan(g: Gen) -> str:
    return g.pick(["Plano Anual Recorrente", "Plano Black", "Plano Semestral", "Plano Família", "Plano Fit Anual 12x",
                   "Plano Mensal Livre", "Plano Smart Fidelidade 12 meses", "Plano Kids (judô + natação)", "Plano Luta Livre 3x/sem"])


def matricula(g: Gen) -> str:
    return g.pick([g.d(6), f"MAT-{g.d(5)}", f"{g.d(4)}-{g.d(1)}", f"A{g.d(7)}"])


# =========================================================================== atendimento


def at_whats_turma(g: Gen) -> Doc:
    """WhatsApp group export of a personal trainer's early-morning class: bookings, payment, parking."""
    doc = Doc()
    pt = g.person()
    al = [g.person() for _ in range(4)]
    ds = g.date("short", g.pick([2025, 2026]))
    ts = g.times(11, 5 * 3600, 22 * 3600)
    turma = g.pick(["Funcional 6h", "Treino Parque ☀️", "Corrida Orla", "Cross 19h", "Pilates Terça/Quinta", "Muay Thai Iniciante"])
    tname = P(name_form(g, pt, ["first", "short", "nick"])) if g.chance(0.55) else (g.phone("wa"), "PHONE_NUMBER")
    snd = [P(name_form(g, a, ["first", "short", "nick", "full"])) if g.chance(0.55) else (g.phone("wa"), "PHONE_NUMBER") for a in al]
    h = lambda i: f"[{ds} {ts[i]}] "
    doc.f("Conversa do WhatsApp com Turma «t»\n", t=turma)
    doc.f("«h»«n»: Bom diaaa time 💪 agenda da semana abriu. Quem vai amanhã responde com nome. Máx 8 por horário«x»\n",
          h=h(0), n=tname, x=g.pick(["", "", ". Ponto de encontro: esquina da Barão de Mauá com a Sete de Setembro",
                                    ". Amanhã é na pracinha da Prudente de Morais, a academia vai estar fechada"]))
    if g.chance(0.4):
        doc.f("«h»«n»: eu + «x»\n", h=h(1), n=snd[0], x=P(al[1].first))
    else:
        doc.f("«h»«n»: eu e minha «x» (ela trouxe atestado, o email dela pro app é «e»)\n", h=h(1), n=snd[0],
              x=g.pick(["irmã", "prima", "vizinha", "cunhada"]), e=(g.email(g.person(female=True)), "EMAIL_ADDRESS"))
    kid = g.child(al[2])
    doc.f("«h»«n»: Eu vou, mas chego 6h10 pq deixo «o» «k» na escola\n", h=h(2), n=snd[2], o=kid.a, k=P(kid.first))
    doc.f("«h»«n»: Pessoal, o app novo da «gy» pede CPF pra liberar a catraca. Quem não mandou ainda me manda no privado ou aqui mesmo\n",
          h=h(3), n=tname, gy=gym(g))
    doc.f("«h»«n»: «c» «nm»\n", h=h(4), n=snd[1], c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), nm=P(name_form(g, al[1], ["full", "low"])))
    doc.f("«h»«n»: o meu é «c» e o do meu marido «m» é «c2» (ele vai começar em «mes»)\n", h=h(5), n=snd[3], c=(g.cpf(), "BR_CPF"),
          m=P(g.relative(al[3], female=False).first), c2=(g.cpf(), "BR_CPF"), mes=g.pick(MONTHS))
    doc.f("«h»«n»: Mensalidade de «mes» já pode pagar: R$ «v». Pix chave aleatória «k» (no nome de «tn») ou cartão no link. "
          "Quem pagar no cartão me avisa.\n", h=h(6), n=tname, mes=g.pick(MONTHS), v=g.money(180, 450), k=(g.uuid(), "PIX_KEY"),
          tn=P(pt.caps))
    if g.chance(0.5):
        doc.f("«h»«n»: paguei ✅ <Mídia oculta> (id «e2e»)\n", h=h(7), n=snd[0], e2e=g.e2e())
    else:
        doc.f("«h»«n»: Prof passa o pix normal, cpf mesmo? minha chave aleatória não funciona no app do «b»\n", h=h(7), n=snd[0],
              b=g.pick(BANKS)[1])
        doc.f("«h»«n»: pode ser o CPF «c» 👍\n", h=h(7), n=tname, c=(g.cpf(), "BR_CPF"))
    doc.f("«h»«n»: Avisando q o estacionamento do parque agora cadastra placa. Mandem a de vcs: a minha é «p»\n",
          h=h(8), n=tname, p=(g.plate(), "LICENSE_PLATE"))
    doc.f("«h»«n»: «p1» (carro da «m»)\n«h»«n2»: «p2»\n", h=h(9), n=snd[2], p1=(g.plate(), "LICENSE_PLATE"), m=g.pick(["minha mãe", "minha sogra", "firma"]),
          n2=snd[3], p2=(g.plate(), "LICENSE_PLATE"))
    doc.f("«h»«n»: Lembrando: quem tem atestado pendente entrega pr«ro» «r» na recepção. «w» 🙏\n«pt» · «cref» · «tel»\n",
          h=h(10), n=tname, ro=(rc := g.person()).a, r=P(rc.first), w=g.pick(WORD_USES), pt=P(pt.full), cref=(g.council("CREF"), "PROFESSIONAL_ID"),
          tel=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_chat_cancel(g: Gen) -> Doc:
    """Web-chat of a gym chain: a member wants to cancel a 12-month plan; bot, then attendant; loyalty fine."""
    doc = Doc()
    c = g.person()
    att = g.person()
    bot = g.pick(["Maxi", "Fitbot", "Ana Virtual", "Assistente BodyMax", "Leo"])
    ts = g.times(12)
    doc.f("--- Atendimento Online «gy» · ticket «tk» · origem: app Android · IP «ip» ---\n",
          gy=g.pick(["Rede BodyMax", "Fitlife Academias", "Smart Bento Academia", "Academia Força Livre"]), tk=g.protocol(),
          ip=(g.ip(v6=g.chance(0.2)), "IP_ADDRESS"))
    doc.f("«t» {«b»}: Oi! Eu sou o «b» 🤖. Pra começar, me diz seu CPF ou número de matrícula\n", t=ts[0], b=bot)
    doc.f("«t» {cliente}: «c»\n", t=ts[1], c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF") if g.chance(0.8) else V(matricula(g)))
    doc.f("«t» {«b»}: Achei: «n», «pl», unidade «u». Data de nascimento pra confirmar?\n", t=ts[2], b=bot,
          n=P(name_form(g, c, ["caps", "full"])), pl=plan(g), u=g.pick(["Centro", "Shopping Aurora", "Vila Leão", "Bela Vista", "Jardim Esperança"]))
    doc.f("«t» {cliente}: «d»\n", t=ts[3], d=(g.dob(g.pick(["br", "nopad", "short"]), 1965, 2006), "DATE_OF_BIRTH"))
    doc.f("«t» {«b»}: Obrigado! Escolha: 1 Trancar plano · 2 Trocar unidade · 3 Cancelar · 4 Falar com atendente\n«t2» {cliente}: 3\n",
          t=ts[4], t2=ts[5], b=bot)
    tag = g.pick([(att.first, "PERSON"), (att.short, "PERSON"), ("atd_" + re.sub(r"[^a-z]", "", fold(att.first).lower()), None), ("Atendente", None)])
    doc.f("«t» {sistema}: «a» entrou na conversa\n", t=ts[6], a=P(att.short))
    doc.f("«t» {«a»}: Oi «n»! Vi aqui que seu plano tem fidelidade até «d». Posso perguntar o motivo?\n", t=ts[7], a=tag,
          n=P(g.pick([c.first, fold(c.first).lower()])), d=g.date("br", 2026))
    doc.f("«t» {cliente}: «m»\n", t=ts[8], m=g.pick([
        "me mudei pra " + g.city()[0] + ", não tem unidade aqui",
        "to com hérnia, o médico mandou parar (CID M51.1). tenho atestado",
        "perdi o emprego, não consigo pagar",
        "a academia vive lotada e o ar condicionado não funciona, cansei",
        "vcs cobraram 2x no cartão esse mês e ninguém resolve"]))
    doc.f("«t» {«a»}: Entendo. Pelo contrato (cláusula «cl»), o cancelamento antes do fim da fidelidade tem multa de «p»% das parcelas "
          "restantes: R$ «v». Com atestado médico a multa é isenta, conforme a Lei estadual «lei».\n", t=ts[9], a=tag,
          cl=g.pick(["8.2", "11ª", "7, §2º", "IX"]), p=g.pick(["10", "20", "30", "50"]), v=g.money(90, 900),
          lei=g.pick(["17.554/2021", "8.633/2019", "7.874/2018"]))
    if g.chance(0.5):
        doc.f("«t» {cliente}: ok manda o termo pro meu email «e». e o estorno da cobrança dupla cai no cartão «cc»?\n", t=ts[10],
              e=(g.email(c), "EMAIL_ADDRESS"), cc=(g.card(), "CREDIT_CARD") if g.chance(0.5) else V(g.masked_card()))
    else:
        doc.f("«t» {cliente}: prefiro receber por transferência: «bk» ag «ag» conta «cc», e meu cel é «tel»\n", t=ts[10],
              bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("«t» {«a»}: Prontinho, solicitação «p» registrada. O acesso na catraca fica liberado até «d». Algo mais?\n"
          "--- encerrado pelo atendente · nota «r»/5 ---\n", t=ts[11], a=tag, p=g.protocol(), d=g.date("br"), r=g.ri(1, 5))
    return doc


def at_catraca(g: Gen) -> Doc:
    """Turnstile access log export of a unit, pasted into a front-desk incident ticket."""
    doc = Doc()
    rec = g.person(female=g.chance(0.6))
    u = gym(g)
    doc.f("Chamado #«n» — «u» — Recepção\nAberto por: «r» («rl»)   Categoria: Controle de acesso / catraca\n"
          "Descrição: aluno bloqueado por inadimplência entrou usando a biometria de outra pessoa? Segue log do terminal «term» (IP «ip»):\n\n",
          n=g.d(5), u=u, r=P(name_form(g, rec, ["full", "short"])), rl=login(rec), term=f"CAT-{g.ri(1, 4):02d}",
          ip=(f"192.168.{g.ri(0, 20)}.{g.ri(2, 250)}", "IP_ADDRESS") if g.chance(0.5) else (g.ip(), "IP_ADDRESS"))
    members = [g.person() for _ in range(g.ri(3, 6))]
    times = g.times(len(members) + 2, 5 * 3600, 23 * 3600)
    d = g.date("iso")
    style = g.pick(["log", "csv"])
    if style == "csv":
        doc.t("data_hora;terminal;evento;matricula;nome;cpf;metodo;status\n")
    for i, m in enumerate(members):
        status = g.pick(["LIBERADO", "LIBERADO", "LIBERADO", "NEGADO-INADIMPLENTE", "NEGADO-FORA_HORARIO", "LIBERADO"])
        nm = g.pick([m.inverted, m.caps, m.caps[:24].rstrip()])
        cpf = (g.cpf("raw"), "BR_CPF") if g.chance(0.7) else V(g.masked_cpf())
        met = g.pick(["BIOMETRIA", "QRCODE", "CARTAO-RFID", "FACIAL"])
        if style == "csv":
            doc.f("«d» «t»:«s»;CAT-0«k»;«ev»;«m»;«n»;«c»;«me»;«st»\n", d=d, t=times[i], s=f"{g.ri(0, 59):02d}", k=g.ri(1, 4),
                  ev=g.pick(["ENTRADA", "ENTRADA", "SAIDA"]), m=matricula(g), n=P(nm), c=cpf, me=met, st=status)
        else:
            doc.f("«d»T«t»:«s» [CAT-0«k»] «ev» mat=«m» nome=\"«n»\" cpf=«c» via=«me» -> «st»\n", d=d, t=times[i], s=f"{g.ri(0, 59):02d}",
                  k=g.ri(1, 4), ev=g.pick(["IN", "IN", "OUT"]), m=matricula(g), n=P(nm), c=cpf, me=met, st=status)
    bad, owner = g.person(), g.person()
    doc.f("\nObs da recepção: «oa» «b» (mat. «m») está com 3 mensalidades em aberto e às «h» passou na CAT-02 com a digital cadastrada no nome de «o». "
          "Conferi na câmera, placa do carro «pl» no estacionamento. Telefone no cadastro: «t».\n",
          oa=bad.a, b=P(name_form(g, bad, ["short", "first", "caps"])), m=matricula(g), h=times[-1], o=P(name_form(g, owner, ["full", "inverted", "caps"])),
          pl=(g.plate(), "LICENSE_PLATE"), t=(g.phone(), "PHONE_NUMBER"))
    mgr = g.person()
    doc.f("\n-- resposta de «g» (gerente) em «d»: Bloqueei as duas biometrias. Liga pro aluno e pede pra passar na recepção com RG. "
          "Não expor nome no grupo dos professores. «w»\n", g=P(name_form(g, mgr, ["first", "short"])), d=g.date("br"),
          w=g.pick(["Se ele pagar hoje, libera.", "Seria prudente registrar B.O.? acho que não.", "Abri chamado com o fornecedor da catraca (ticket " + g.neg(11) + ")."]))
    return doc


def at_ficha_matricula(g: Gen) -> Doc:
    """Enrolment form (ficha de matrícula), key: value, adult or minor with guardian, recurring card."""
    doc = Doc()
    minor = g.chance(0.45)
    a = g.person()
    resp = g.relative(a) if minor else None
    cons = g.person()
    caps = g.chance(0.35)
    nm = (lambda p: p.caps) if caps else (lambda p: p.full)
    city, uf = g.city()
    gy = gym(g)
    doc.f("«gy»\nCNPJ «cnpj»\n\nFICHA DE MATRÍCULA    nº «n»    data «d»\n================================================\n",
          gy=gy.upper() if g.chance(0.5) else gy, cnpj=(g.cnpj(), "BR_CNPJ"), n=matricula(g), d=g.date("br"))
    dk = "RG" if minor or g.chance(0.5) else "CNH"
    doc.f("Aluno(a): «n»\nNascimento: «dob»   Sexo: «s»\nCPF: «cpf»   «dk»: «rg»\n", n=P(nm(a)), dk=dk,
          dob=(g.dob(g.pick(["br", "short", "nopad"]), 2008 if minor else 1955, 2019 if minor else 2006), "DATE_OF_BIRTH"),
          s="F" if a.female else "M", cpf=(g.cpf(), "BR_CPF") if (not minor or g.chance(0.5)) else V("não possui"),
          rg=(g.cnh(), "BR_CNH") if dk == "CNH" else ((g.rg(), "BR_RG") if g.chance(0.7) else V("")))
    doc.f("Endereço: «ad»   Bairro: «ba»\nCidade/UF: «c»/«u»   CEP: «cep»\nCelular: «t»   E-mail: «e»\n",
          ad=(g.address("caps" if caps else g.pick(["text", "text", "low"])), "ADDRESS"), ba=g.pick(BAIRROS), c=city, u=uf,
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(resp if minor else a), "EMAIL_ADDRESS"))
    if minor:
        doc.f("\nRESPONSÁVEL LEGAL: «n» («par»)\nCPF do responsável: «cpf»   Tel.: «t»\n", n=P(nm(resp)),
              par="mãe" if resp.female else "pai", cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    em = g.person()
    doc.f("Contato de emergência: «n» — «t»\nPlano: «pl»   Modalidade: «m»   Valor: R$ «v»/mês\n", n=P(name_form(g, em, ["full", "first", "short"])),
          t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), pl=plan(g),
          m=g.pick(["Musculação", "Natação infantil", "Judô", "Jiu-jitsu", "Pilates", "Muay Thai", "Funcional", "Ballet fitness"]),
          v=g.money(89, 390))
    doc.f("\nCOBRANÇA RECORRENTE (cartão de crédito)\nTitular do cartão: «tit»\nNº do cartão: «cc»   Validade: «val»\n",
          tit=P(nm(resp if minor else a)), cc=(g.card(), "CREDIT_CARD") if g.chance(0.6) else V(g.masked_card()),
          val=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}")
    if g.chance(0.5):
        doc.f("Estacionamento conveniado: veículo «p»\n", p=(g.plate(), "LICENSE_PLATE"))
    doc.f("\nPAR-Q entregue: «pq»   Atestado médico: «at»\nConsultor(a): «co»\nDeclaro ter lido o contrato (fidelidade de «f» meses).\n"
          "Assinatura: ________________   «who»\n",
          pq=g.pick(["sim", "não", "sim (respostas SIM na 2 e 6)"]), at=g.pick(["dispensado", "pendente", "entregue em " + g.date("br")]),
          co=P(name_form(g, cons, ["first", "short", "full"])), f=g.pick([6, 12, 12, 3]), who=P(name_form(g, resp if minor else a, ["short", "full"])) if g.chance(0.5) else V("(assinado digitalmente)"))
    return doc


def at_email_cobranca(g: Gen) -> Doc:
    """Member's e-mail about being charged after cancelling, and the SAC attendant's reply."""
    doc = Doc()
    c = g.person()
    att = g.person(female=g.chance(0.6))
    dom = g.pick(["bodymax.com.br", "fitlifeacademias.com", "academiaaurora.com.br", "smartbento.fit"])
    doc.f("De: «n» <«e»>\nPara: sac@«dom»\nCc: ouvidoria@«dom»\nData: «d» «h»\nAssunto: «s»\n\n",
          n=P(g.pick([c.full, c.low, c.short])), e=(g.email(c), "EMAIL_ADDRESS"), dom=dom, d=g.date("br"), h=g.hm(),
          s=g.pick(["COBRANÇA INDEVIDA APÓS CANCELAMENTO", "Cancelei e continuam cobrando!!!", "Estorno - matrícula " + matricula(g)]))
    doc.f("Bom dia,\n\nCancelei minha matrícula em «dc» na unidade «u» (protocolo «p», atendida pela «a») e mesmo assim vieram mais «k» cobranças "
          "de R$ «v» no meu cartão final «f». Já paguei a multa de fidelidade na época.\n\n"
          "Meus dados: «n2», CPF «cpf», nascid«o» em «dob». Celular «t».\n"
          "Se não estornarem em 5 dias vou abrir reclamação no Procon e no consumidor.gov, conforme o art. 42 do CDC (Lei 8.078/1990).\n\n«sig»\n\n",
          dc=g.date("br"), u=g.pick(["Centro", "Vila Aurora", "Shopping Prudente", "Av. Bento Gonçalves"]), p=g.protocol(),
          a=P(g.person(female=True).first), k=g.ri(2, 5), v=g.money(99, 249), f=g.d(4), n2=P(c.full), cpf=(g.cpf(), "BR_CPF"),
          o=c.a, dob=(g.dob(g.pick(["br", "long"]), 1960, 2004), "DATE_OF_BIRTH"), t=(g.phone(), "PHONE_NUMBER"),
          sig=g.pick([V("Att."), P(c.first), V("Enviado do meu Android"), P(c.nick)]))
    doc.f("-----Mensagem respondida-----\nDe: «a» <«ae»>\nPara: «e»\n\nOlá, «n»! Sinto muito pelo transtorno. Localizei o cancelamento "
          "(ordem «o»). As cobranças de «m1» e «m2» foram geradas por falha na integração com a adquirente e o estorno de R$ «tot» foi solicitado "
          "hoje (ARN «arn»); pode levar até 2 faturas.\n\n«w»\n\n«a2»\nCentral de Relacionamento\n",
          a=P(att.full), ae=(g.corp_mail(att, dom), "EMAIL_ADDRESS"), e=(g.email(c), "EMAIL_ADDRESS"), n=P(c.first), o=g.neg(11),
          m1=g.pick(MONTHS), m2=g.pick(MONTHS), tot=g.money(200, 800), arn=g.d(23),
          w=g.pick(["Qualquer dúvida estou à disposição.", "Pedimos desculpas, foi uma vitória nossa identificar o erro rápido.", ""]),
          a2=P(g.pick([att.first, att.short])))
    return doc


def at_inscricao_liga(g: Gen) -> Doc:
    """Youth league registration list sent by a club: athletes, birth dates, guardians (ruled table or CSV)."""
    doc = Doc()
    coach = g.person(female=g.chance(0.3))
    lg = g.pick(LEAGUES)
    cl = g.pick(CLUBS)
    doc.f("«lg» «y» — FICHA DE INSCRIÇÃO DE EQUIPE\nClube: «cl»   CNPJ: «cnpj»\nCategoria: «cat»\n"
          "Técnico responsável: «co» — «cref» — cel. «t»\nE-mail para contato: «e»\n\n",
          lg=lg.upper(), y=g.pick([2025, 2026]), cl=cl, cnpj=(g.cnpj(), "BR_CNPJ"), cat=g.pick(["Sub-11", "Sub-13", "Sub-15", "Sub-17"]),
          co=P(name_form(g, coach, ["full", "caps"])), cref=(g.council("CREF"), "PROFESSIONAL_ID"), t=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(coach), "EMAIL_ADDRESS"))
    rows = []
    for i in range(g.ri(4, 6)):
        p = g.person(origin=g.pick(["pt", "pt", "pt", None]))
        kid = g.child(p)
        if g.chance(0.3):
            kid = Person(kid.given, [s for s in p.surnames if s not in PARTICLES][:1] + [p.last] if len(p.surnames) > 1 else [p.last], kid.female)
        rows.append([V(f"{i + 1:02d}"), P(g.pick([kid.caps, kid.full])), (g.dob(g.pick(["br", "short"]), 2010, 2017), "DATE_OF_BIRTH"),
                     (g.rg(), "BR_RG") if g.chance(0.5) else (g.cpf(), "BR_CPF"), P(g.pick([p.full, p.caps, p.short])),
                     (g.cpf(), "BR_CPF") if g.chance(0.8) else V(""), (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
                     V(str(g.ri(1, 99)))])
    cols = ["Nº", "ATLETA", "NASC.", "DOC ATLETA", "RESPONSÁVEL", "CPF RESP.", "TEL. RESP.", "CAMISA"]
    if g.chance(0.6):
        table_ruled(doc, cols, rows, g.pick(["plus", "dash"]))
    else:
        table_csv(doc, cols, rows, g.pick([";", ","]))
    doc.f("\nTaxa de inscrição R$ «v» paga em «d» (comprovante «p»). Atletas nascidos antes de 2010 não podem jogar o «cat».\n"
          "Declaro que todos os atletas possuem autorização dos responsáveis e atestado médico.\n«co»\n",
          v=g.money(150, 900), d=g.date("br"), p=g.protocol(), cat=g.pick(["Sub-15", "torneio", "campeonato"]), co=P(name_form(g, coach, ["short", "full"])))
    return doc


def at_ocr_federacao(g: Gen) -> Doc:
    """OCR of a martial-arts federation registration form (scan), a few letters misread."""
    doc = Doc()
    a = g.person()
    minor = g.chance(0.5)
    sensei = g.person(origin=g.pick(["jp", "pt", "jp", None]))
    o = lambda s: ocr(s, g, 0.3)
    fed = g.pick(["FEDERAÇÃO PAULISTA DE JUDÔ", "FEDERAÇÃO DE JIU-JITSU DO PARANÁ", "FEDERAÇÃO MINEIRA DE KARATÊ", "LIGA CEARENSE DE TAEKWONDO",
                  "FEDERAÇÃO GAÚCHA DE JUDÔ"])
    doc.f("«f»\n«t»  Nº «n»\n\n", f=o(fed), t=o("FICHA DE FILIAÇÃO / RENOVAÇÃO DE ATLETA"), n=g.d(6))
    doc.f(o("Nome do atleta") + ": «n»\n" + o("Data de nascimento") + ": «dob»   " + o("Naturalidade") + ": «c»\n"
          "CPF: «cpf»   RG: «rg»\n", n=P(o(a.caps)), dob=(g.dob("br", 2008 if minor else 1970, 2018 if minor else 2006), "DATE_OF_BIRTH"),
          c=o(g.city()[0]), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG") if g.chance(0.8) else V("-"))
    pai, mae = g.relative(a, female=False), g.relative(a, female=True)
    doc.f(o("Filiação") + ": «p» " + o("e") + " «m»\n" + o("Endereço") + ": «ad»   CEP «cep»\n" + o("Telefone") + ": «t»\n",
          p=P(o(pai.caps)), m=P(o(mae.caps)), ad=(o(g.address("caps")), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          t=(g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER"))
    doc.f(o("Graduação atual") + ": «gr»   " + o("Exame de faixa em") + " «d»\n" + o("Academia") + ": «ac»\n"
          + o("Professor responsável") + ": «s» — «cref»\n", gr=o(g.pick(["faixa branca", "faixa cinza", "faixa azul", "faixa roxa", "faixa marrom",
                                                                          "faixa verde", "faixa laranja", "faixa preta 1º dan"])),
          d=g.date("br"), ac=o(gym(g).upper()), s=P(o(name_form(g, sensei, ["caps", "full"]))), cref=(g.council("CREF"), "PROFESSIONAL_ID"))
    doc.f(o("Anuidade") + ": R$ «v» — " + o("pago") + " «d»\n" + o("Atestado médico") + ": ", v=g.money(80, 320), d=g.date("br"))
    if g.chance(0.5):
        md = g.person()
        doc.f("apto (Dr«a». «n» «crm»)\n", a="a" if md.female else "", n=P(o(md.short)), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    else:
        doc.t(o(g.pick(["apto", "pendente", "apto p/ competição"])) + "\n")
    doc.f("\n" + o("Assinatura do atleta ou responsável") + ": «r»\n", r=P(o((mae if minor else a).short)))
    return doc
# =========================================================================== juridico

COMPANIES = ["Zampieri Academia de Natação Ltda", "BodyMax Fitness S.A.", "Fitlife Academias Ltda", "Aurora Fitness Eireli",
             "Guedelha Artes Marciais ME", "Sakamoto Judô Clube Ltda", "Smart Bento Academias Ltda", "Helou Pilates Studio Ltda",
             "Força Livre Academia de Ginástica Ltda", "Pitanga Wellness Participações S.A.", "Leão Fight Team Treinamentos Ltda"]


def ju_procon(g: Gen) -> Doc:
    """Procon complaint form (F.A.) about a loyalty fine and charges after a gym cancellation."""
    doc = Doc()
    c = g.person()
    att = g.person()
    city, uf = g.city()
    doc.f("PROCON «c»/«u» — FICHA DE ATENDIMENTO\nF.A. nº «fa»   Data: «d»   Atendente: «a» (mat. «m»)\nAssunto: Serviços — Academia / Fidelidade\n\n",
          c=fold(city).upper(), u=uf, fa=f"{g.d(2)}.{g.pick(['24', '25', '26'])}.{g.d(3)}.{g.d(3)}-{g.d(1)}", d=g.date("br"),
          a=P(name_form(g, att, ["full", "caps", "short"])), m=g.d(6))
    doc.f("CONSUMIDOR\nNome: «n»\nCPF: «cpf»   RG: «rg»   Nascimento: «dob»\nEndereço: «ad» — «ba» — «c»/«u» — CEP «cep»\n"
          "Fones: «t1» / «t2»   E-mail: «e»\n\n",
          n=P(g.pick([c.caps, c.full])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob(g.pick(["br", "short"]), 1955, 2005), "DATE_OF_BIRTH"),
          ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), ba=g.pick(BAIRROS), c=city, u=uf, cep=(g.cep(), "BR_CEP"),
          t1=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(mobile=False, style="par"), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("FORNECEDOR\nRazão social: «rs»   Nome fantasia: «nf»\nCNPJ: «cnpj»   End.: Av. «st», «num» — «c»/«u»\n\n",
          rs=g.pick(COMPANIES), nf=gym(g), cnpj=(g.cnpj(), "BR_CNPJ"), st=g.pick(["Presidente Vargas", "Bento Gonçalves", "Getúlio Vargas"]),
          num=g.ri(10, 3000), c=city, u=uf)
    reason = g.pick(["mudou de cidade e a academia exige multa de 30% sobre as 9 parcelas restantes do plano anual",
                     "a unidade fechou a piscina por 4 meses e ainda assim cobra a mensalidade cheia",
                     "apresentou atestado médico (CID " + g.pick(CIDS_SPORT) + ") e mesmo assim foi cobrada a multa rescisória",
                     "cancelou pelo app em " + g.date("br") + " e continuou sendo debitado no cartão de crédito"])
    doc.f("RELATO\nO consumidor informa que aderiu ao «pl» em «da» (contrato «ct») com débito recorrente no cartão final «f», e que «r». "
          "Tentou resolver com a gerente «x» (tel. «tx»), protocolo «p», sem sucesso. Fundamento: arts. 39, V e 51, IV do CDC (Lei 8.078/1990).\n\n",
          pl=plan(g), da=g.date("br", 2024), ct=g.pick([g.d(6), g.neg(11), f"{g.d(4)}/{g.ri(2023, 2025)}"]), f=g.d(4), r=reason,
          x=P(g.person(female=True).short), tx=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"), p=g.protocol())
    doc.f("PEDIDO\nCancelamento sem multa e devolução de R$ «v» em conta: «bk», agência «ag», conta «cc» (titular o próprio consumidor).\n\n"
          "Encaminhada CIP ao fornecedor em «d». Audiência designada: «d2» às «h».\nAssinatura: ______ «n»\n",
          v=g.money(100, 3000), bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          d=g.date("br"), d2=g.date("br"), h=g.hm(), n=P(c.short))
    return doc


def ju_jec_inicial(g: Gen) -> Doc:
    """Small-claims petition against a gym network: loyalty fine, double charges, moral damages."""
    doc = Doc()
    c = g.person()
    adv = g.person()
    city, uf = g.city()
    co = g.pick(COMPANIES)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DO «n» JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«u»\n\n",
          n=g.pick(["1º", "2º", "3º", "4º"]), c=fold(city).upper(), u=uf)
    tit = g.chance(0.35)
    doc.f("«n», «nac», «ec», «pr», portador«a» do RG nº «rg»" + (", do título de eleitor nº «te»," if tit else "") + " e inscrit«o» no CPF sob o nº «cpf», nascid«o» em «dob», residente e domiciliad«o» "
          "na «ad», «ba», «c»/«u», CEP «cep», e-mail «e», telefone «t», vem, por seu advogado (procuração anexa), propor\n\n"
          "AÇÃO DE OBRIGAÇÃO DE FAZER C/C REPETIÇÃO DE INDÉBITO E INDENIZAÇÃO POR DANOS MORAIS\n\n"
          "em face de «co», inscrita no CNPJ sob o nº «cnpj», com sede na Rua «sede», nº «sn», pelos fatos e fundamentos a seguir.\n\n",
          n=P(c.caps), nac=g.pick(["brasileira" if c.female else "brasileiro", "brasileira" if c.female else "brasileiro", "haitiana" if c.female else "haitiano"]),
          ec=g.pick(["solteir" + c.a, "casad" + c.a, "divorciad" + c.a, "em união estável"]),
          pr=g.pick(["professora" if c.female else "professor", "autônom" + c.a, "enfermeira" if c.female else "enfermeiro", "estudante", "motorista de aplicativo"]),
          a="a" if c.female else "", o=c.a, rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("long", 1960, 2004), "DATE_OF_BIRTH"),
          te=(g.titulo(), "BR_TITULO_ELEITOR"),
          ad=(g.address(), "ADDRESS"), ba=g.pick(BAIRROS), c=city, u=uf, cep=(g.cep(), "BR_CEP"), e=(g.email(c), "EMAIL_ADDRESS"),
          t=(g.phone(), "PHONE_NUMBER"), co=co.upper(), cnpj=(g.cnpj(), "BR_CNPJ"), sede=g.pick(["Barão de Mauá", "Sete de Setembro", "Marechal Rondon"]),
          sn=g.ri(10, 2000))
    doc.f("I — DOS FATOS\n\n1. A parte autora matriculou-se em «d» na unidade «u» da ré, no «pl», com pagamento recorrente no cartão de crédito "
          "«cc». Em «d2», após lesão no joelho (CID «cid»), solicitou o cancelamento, apresentando relatório do ortopedista «m» («crm»).\n"
          "2. A ré negou o pedido, exigiu multa de R$ «mu» e seguiu debitando R$ «v» por mês, totalizando R$ «tot» (faturas anexas, pedido nº «ped»).\n"
          "3. A parte autora chegou a contestar as cobranças junto ao emissor (chargeback, protocolo «pc»), mas a ré reapresentou as transações.\n\n",
          d=g.date("br", 2024), u=g.pick(["Centro", "Vila Aurora", "Shopping", "Jardim Esperança"]), pl=plan(g),
          cc=(g.card(), "CREDIT_CARD") if g.chance(0.4) else V(g.masked_card()), d2=g.date("br", 2025), cid=g.pick(CIDS_SPORT),
          m=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), mu=g.money(200, 1500), v=g.money(99, 300), tot=g.money(400, 4000),
          ped=g.neg(11), pc=g.protocol())
    doc.f("II — DO DIREITO\n\nAplica-se o Código de Defesa do Consumidor (Lei 8.078/1990), art. 42, parágrafo único, e a Lei 9.099/95. "
          "A cláusula de fidelidade que impede o cancelamento por motivo de saúde é abusiva (art. 51, IV). «w».\n\n"
          "III — DOS PEDIDOS\n\na) a declaração de inexigibilidade da multa; b) a restituição em dobro de R$ «dob2»; c) danos morais de R$ «dm»; "
          "d) a exclusão do nome da parte autora dos cadastros de inadimplentes.\n\nDá-se à causa o valor de R$ «vc».\n\n«c», «dd».\n\n«adv»\n«oab»\n«ae»\n",
          w=g.pick(["Nesse sentido, o processo " + g.cnj() + " (TJ)", "Seria prudente a ré ter oferecido o trancamento do plano",
                    "Cf. Recurso Inominado " + g.cnj()]),
          dob2=g.money(800, 8000), dm=g.money(3000, 15000), vc=g.money(5000, 30000), c=city, dd=g.date("long"),
          adv=P(name_form(g, adv, ["caps", "full"])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          ae=(g.corp_mail(adv, g.pick(["tabajaraadvogados.com.br", "leitoguinho.adv.br", "arrudacamara.adv.br"])), "EMAIL_ADDRESS"))
    return doc


def ju_contrato_plano(g: Gen) -> Doc:
    """Membership contract of a gym: parties, recurring billing, fidelity, biometric data clause, witnesses."""
    doc = Doc()
    c = g.person()
    city, uf = g.city()
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE ATIVIDADE FÍSICA Nº «n»\n\n", n=g.pick([f"{g.d(5)}/{g.ri(2024, 2026)}", g.neg(11), g.d(8)]))
    doc.f("CONTRATADA: «co», CNPJ «cnpj», nome fantasia «gy».\nCONTRATANTE: «n», CPF «cpf», RG «rg», nascid«o» em «dob», residente na «ad», "
          "«c»/«u», CEP «cep», celular «t», e-mail «e».\n\n",
          co=g.pick(COMPANIES), cnpj=(g.cnpj(), "BR_CNPJ"), gy=gym(g), n=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          o=c.a, dob=(g.dob(g.pick(["br", "long"]), 1958, 2006), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), c=city, u=uf,
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("CLÁUSULA 1ª — Objeto: acesso às áreas de musculação, aulas coletivas e «x» conforme o «pl».\n"
          "CLÁUSULA 2ª — Preço: R$ «v» mensais, cobrados por recorrência no cartão «cc» (titular: «tit»), todo dia «dia».\n"
          "CLÁUSULA 3ª — Fidelidade: 12 (doze) meses. Rescisão antecipada implica multa de «m»% sobre o saldo, salvo doença comprovada por atestado.\n"
          "CLÁUSULA 4ª — Dados pessoais: a CONTRATADA trata dados biométricos (digital/facial) apenas para controle de acesso, nos termos da Lei 13.709/2018 (LGPD). "
          "Encarregado(a): «dpo» («dpoe»).\n",
          x=g.pick(["piscina", "sala de lutas", "avaliação física trimestral", "área kids"]), pl=plan(g), v=g.money(99, 399),
          cc=(g.card(), "CREDIT_CARD") if g.chance(0.45) else V(g.masked_card()), tit=P(g.pick([c.caps, c.full, g.relative(c).full])),
          dia=g.ri(1, 28), m=g.pick(["10", "20", "30"]), dpo=P((dp := g.person()).full), dpoe=(g.corp_mail(dp, "bodymax.com.br"), "EMAIL_ADDRESS") if g.chance(0.5) else V("dpo@bodymax.com.br"))
    if g.chance(0.5):
        pt = g.person()
        doc.f("CLÁUSULA 5ª — Personal trainer: o CONTRATANTE indica «p» («cref»), profissional autônomo, responsável por seu próprio treino.\n",
              p=P(pt.full), cref=(g.council("CREF", uf), "PROFESSIONAL_ID"))
    doc.f("\n«c», «d».\n\n______________________\n«n»\n\nTestemunhas:\n1. «t1» — CPF «c1»\n2. «t2» — CPF «c2»\n",
          c=city, d=g.date("long"), n=P(c.caps), t1=P(g.person().full), c1=(g.cpf(), "BR_CPF"), t2=P(g.person().full),
          c2=(g.cpf(), "BR_CPF") if g.chance(0.8) else V(g.masked_cpf()))
    return doc


def ju_transferencia(g: Gen) -> Doc:
    """Athlete transfer form between amateur clubs, with guardian, club presidents and training compensation."""
    doc = Doc()
    a = g.person(female=g.chance(0.3))
    minor = g.chance(0.6)
    resp = g.relative(a)
    c1, c2 = g.rng.sample(CLUBS, 2)
    p1, p2 = g.person(), g.person()
    fed = g.pick(["Federação Paulista de Futsal", "Federação Gaúcha de Futebol 7", "Liga Desportiva Municipal", "Federação Cearense de Futebol Amador"])
    doc.f("«f»\nTERMO DE TRANSFERÊNCIA DE ATLETA AMADOR — nº «n»/«y»\n\n", f=fed.upper(), n=g.d(4), y=g.ri(2025, 2026))
    doc.f("ATLETA: «n»   Registro federativo: «reg»\nData de nascimento: «dob»   CPF: «cpf»   RG: «rg»\nEndereço: «ad», CEP «cep»\n",
          n=P(a.caps), reg=g.d(7), dob=(g.dob("br", 2007 if minor else 1990, 2013 if minor else 2006), "DATE_OF_BIRTH"),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG") if g.chance(0.7) else V("—"), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"))
    if minor:
        doc.f("Responsável legal: «r» («par»), CPF «cpf», tel. «t»\n", r=P(resp.full), par="mãe" if resp.female else "pai",
              cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    tit = g.chance(0.6)
    doc.f("\nCLUBE CEDENTE: «c1» — CNPJ «k1» — Presidente: «p1», CPF «q1»" + (", título de eleitor «te»" if tit else "") + "\nCLUBE CESSIONÁRIO: «c2» — CNPJ «k2» — Presidente: «p2», CPF «q2»\n\n",
          c1=c1, k1=(g.cnpj(), "BR_CNPJ"), p1=P(g.pick([p1.full, p1.caps])), q1=(g.cpf(), "BR_CPF"), te=(g.titulo(), "BR_TITULO_ELEITOR"),
          c2=c2, k2=(g.cnpj(), "BR_CNPJ"), p2=P(g.pick([p2.full, p2.caps])), q2=(g.cpf(), "BR_CPF") if g.chance(0.7) else V(g.masked_cpf()))
    doc.f("Compensação por formação: R$ «v», a ser depositada na conta do clube cedente — «bk» («bc»), ag. «ag», c/c «cc» — até «d».\n"
          "O atleta declara não possuir contrato profissional vigente (Lei 9.615/1998, art. 29).\n«o»\n\n",
          v=g.money(500, 15000), bk=(b := g.pick(BANKS))[1], bc=b[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), d=g.date("br"),
          o=g.pick(["Sem pendências disciplinares.", "Atleta cumpriu suspensão de 2 jogos (súmula " + g.d(5) + ").", "Exame médico: apto — Dr. «m»."]))
    if "«m»" in doc.text:
        md = g.person(female=False)
        i = doc.text.index("«m»")
        doc.text = doc.text[:i] + md.short + doc.text[i + 3:]
        doc.spans.append({"start": i, "end": i + len(md.short), "label": "PERSON"})
    doc.f("Assinaturas:\n_____________ «a» (atleta)\n", a=P(a.short))
    if minor:
        doc.f("_____________ «r» (responsável)\n", r=P(resp.short))
    doc.f("_____________ pelo cedente\n_____________ pelo cessionário\nHomologado em «d» pela secretaria da federação (protocolo «p»).\n",
          d=g.date("br"), p=g.protocol())
    return doc


def ju_termo_imagem(g: Gen) -> Doc:
    """Liability waiver and image authorisation for a minor in a tournament, filled by the guardian."""
    doc = Doc()
    kid = g.person()
    resp = g.relative(kid)
    lg = g.pick(LEAGUES)
    doc.f("«lg» — TERMO DE RESPONSABILIDADE E AUTORIZAÇÃO DE USO DE IMAGEM (menores de 18 anos)\n\n", lg=lg)
    doc.f("Eu, «r», CPF «cpf», RG «rg», residente na «ad», CEP «cep», telefone «t», e-mail «e», na qualidade de «par» "
          "d«o» atleta «k», nascid«o» em «dob», inscrit«o» pela equipe «eq», AUTORIZO sua participação no evento a realizar-se entre «d1» e «d2» "
          "no «loc».\n\n",
          r=P(g.pick([resp.full, resp.caps, resp.low])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), ad=(g.address(g.pick(["text", "low"])), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(resp), "EMAIL_ADDRESS"), par="mãe" if resp.female else "pai",
          o=kid.a, k=P(g.pick([kid.full, kid.caps])), dob=(g.dob("br", 2009, 2018), "DATE_OF_BIRTH"), eq=g.pick(CLUBS + GYMS),
          d1=g.date("br"), d2=g.date("br"), loc=g.pick(["Ginásio Poliesportivo Prudente de Morais", "Ginásio Aurora", "Complexo Esportivo Bento Freitas",
                                                         "Estádio Municipal Leão do Vale", "Centro Olímpico Vitória"]))
    doc.f("Declaro que «o» atleta está apt«o» à prática esportiva e que as informações de saúde abaixo são verdadeiras:\n"
          "Cartão SUS (CNS): «cns»   Plano de saúde: «pl» carteirinha «cart»\nAlergias/medicamentos: «al»\n"
          "Em emergência avisar: «em» — «et»\n\n",
          o=kid.a, cns=(g.cns(), "BR_CNS"), pl=g.pick(["Unimed", "Hapvida", "não possui", "SulAmérica"]), cart=g.d(17),
          al=g.pick(["nenhuma", "dipirona", "asma leve (bombinha)", "amendoim", "lactose"]), em=P(g.relative(kid).full),
          et=(g.phone(), "PHONE_NUMBER"))
    doc.f("Autorizo, a título gratuito, o uso da imagem e voz d«o» atleta em fotos e vídeos de divulgação, conforme a Lei 13.709/2018 e o ECA (Lei 8.069/1990).\n\n"
          "«c», «d».\n\nAssinatura do responsável: __________ «r»\nTécnico/organizador que recebeu: «tc» («cref»)\n",
          o=kid.a, c=g.city()[0], d=g.date("br"), r=P(resp.short), tc=P(g.person().full), cref=(g.council("CREF"), "PROFESSIONAL_ID"))
    return doc


def ju_ata_audiencia(g: Gen) -> Doc:
    """Minutes of a conciliation hearing in the small-claims court: settlement over a loyalty fine / chargeback."""
    doc = Doc()
    c = g.person()
    adv, prep, conc = g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("PODER JUDICIÁRIO\nJUIZADO ESPECIAL CÍVEL DE «c»/«u»\n\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nProcesso nº «cnj»\n"
          "Data: «d», «h»   Sala virtual (link enviado às partes)\n\n",
          c=fold(city).upper(), u=uf, cnj=g.cnj(), d=g.date("br"), h=g.hm())
    doc.f("Conciliador(a): «co»\nReclamante: «n», CPF «cpf», presente pessoalmente (tel. «t»)\nAdvogado(a): «adv» — «oab»\n"
          "Reclamada: «rs», CNPJ «cnpj», representada por «pr» (preposto, CPF «pcpf»), e por «pa» («poab»)\n\n",
          co=P(name_form(g, conc, ["full", "caps"])), n=P(c.caps), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"),
          adv=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), rs=g.pick(COMPANIES), cnpj=(g.cnpj(), "BR_CNPJ"),
          pr=P(prep.full), pcpf=(g.cpf(), "BR_CPF"), pa=P(g.person().full), poab=(g.council("OAB"), "PROFESSIONAL_ID"))
    doc.f("Aberta a audiência, as partes celebraram ACORDO nos seguintes termos:\n"
          "1) A reclamada cancela o contrato «ct» sem multa e desiste da contestação do chargeback (ARN «arn»);\n"
          "2) A reclamada pagará à reclamante R$ «v» em «k» parcela(s), a primeira em «d1», ",
          ct=g.pick([g.neg(11), g.d(7), f"{g.d(4)}/{g.ri(2023, 2025)}"]), arn=g.d(23), v=g.money(300, 6000), k=g.ri(1, 3), d1=g.date("br"))
    if g.chance(0.5):
        doc.f("via Pix para a chave aleatória «k» (titular «n»);\n", k=(g.uuid(), "PIX_KEY"), n=P(c.full))
    else:
        doc.f("mediante depósito no «b», agência «ag», conta «cc», de titularidade d«o» reclamante;\n", b=g.pick(BANKS)[1],
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), o=c.a)
    doc.f("3) Em caso de atraso, multa de 50% sobre o saldo (art. 52 da Lei 9.099/95);\n4) A reclamada retira o CPF «cpf» dos cadastros de "
          "proteção ao crédito em 5 dias úteis.\n\nHomologo o acordo. «w»\n\n«co»\nConciliador(a)\n",
          cpf=(g.cpf(), "BR_CPF"), w=g.pick(["Nada mais.", "Partes cientes. Nada mais.", "Os autos vão conclusos para sentença."]),
          co=P(conc.short))
    return doc


def ju_email_trabalhista(g: Gen) -> Doc:
    """E-mail thread between the gym's HR and its lawyer about a personal trainer's labour claim."""
    doc = Doc()
    rh, adv, pt = g.person(female=g.chance(0.7)), g.person(), g.person()
    dom = g.pick(["bodymax.com.br", "academiaaurora.com.br", "fitlifeacademias.com", "zampierinatacao.com.br"])
    ldom = g.pick(["tabajaraadvogados.com.br", "soeiro.adv.br", "girao-novais.adv.br"])
    doc.f("De: «a» <«ae»>\nPara: «b» <«be»>\nCc: rh@«dom»\nAssunto: RES: Reclamação trabalhista — «p» x «co»\n\n",
          a=P(adv.full), ae=(g.corp_mail(adv, ldom), "EMAIL_ADDRESS"), b=P(rh.full), be=(g.corp_mail(rh, dom), "EMAIL_ADDRESS"), dom=dom,
          p=P(pt.caps), co=g.pick(COMPANIES).upper())
    doc.f("«b», boa tarde.\n\nRecebemos a notificação do processo «cnj» (TRT). «O» reclamante alega vínculo de emprego de «d1» a «d2», "
          "jornada das 5h30 às 14h e pede horas extras, adicional de insalubridade (piscina) e FGTS. Preciso, até «d3»:\n"
          "- ficha de cadastro del«e» (CPF, PIS, CREF) e os RPAs pagos;\n- escala dos professores de «m» a «m2»;\n"
          "- nomes de 2 testemunhas (de preferência quem não tenha ação contra a academia).\n\nAtt.,\n«a»\n«oab»\n\n",
          O="A" if pt.female else "O", e="a" if pt.female else "e", b=P(rh.first), cnj=g.cnj("5.15"), d1=g.date("br", 2022), d2=g.date("br", 2025), d3=g.date("br"), m=g.pick(MONTHS), m2=g.pick(MONTHS),
          a=P(adv.short), oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    doc.f("> Em «d», «b» escreveu:\n> Dr«ra». «a», segue o que achei no sistema:\n> Nome: «n»\n> CPF: «cpf» | PIS: «pis» | «cref»\n"
          "> Nascimento: «dob» | End.: «ad», CEP «cep»\n> Recebia por RPA, Pix na chave «k»; antes de 2024 era na conta «bk» ag «ag» cc «cc».\n"
          "> Testemunhas possíveis: «t1» («c1») e «t2» («c2»), os dois ainda dão aula aqui.\n> A recepção confirmou que «el» usava a catraca com a digital "
          "todo dia às 5h20 — o log da catraca confirma. «w»\n",
          d=g.date("br"), b=P(rh.short), ra="a" if adv.female else "", a=P(adv.last), n=P(pt.full), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"),
          cref=(g.council("CREF"), "PROFESSIONAL_ID"), dob=(g.dob("br", 1975, 2000), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), k=(g.uuid(), "PIX_KEY") if g.chance(0.6) else (g.email(pt), "EMAIL_ADDRESS"), bk=g.pick(BANKS)[1],
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), t1=P(g.person().short), c1=(g.council("CREF"), "PROFESSIONAL_ID"),
          t2=P(g.person().short), c2=(g.council("CREF"), "PROFESSIONAL_ID"),
          el="ela" if pt.female else "ele", w=g.pick(["Não sei se isso ajuda ou atrapalha.", "Seria prudente não chamar o gerente como testemunha.", ""]))
    return doc
# =========================================================================== saude

PARQ = ["Algum médico já disse que você possui algum problema de coração ou pressão arterial, e que somente deveria realizar atividade física supervisionado?",
        "Você sente dores no peito quando pratica atividade física?",
        "No último mês, você sentiu dores no peito ao praticar atividade física?",
        "Você apresenta desequilíbrio devido à tontura e/ou perda de consciência?",
        "Você possui algum problema ósseo ou articular que pode ser piorado pela atividade física?",
        "Você toma atualmente algum tipo de medicamento de uso contínuo?",
        "Você realiza algum tipo de tratamento médico para pressão arterial ou problemas cardíacos?",
        "Você já se submeteu a algum tipo de cirurgia que comprometa de alguma forma a atividade física?",
        "Sabe de alguma outra razão pela qual a atividade física possa eventualmente comprometer sua saúde?"]


def sa_parq(g: Gen) -> Doc:
    """PAR-Q questionnaire filled at enrolment, with the trainer's note and, when needed, the doctor's clearance."""
    doc = Doc()
    a = g.person()
    pt = g.person()
    doc.f("«gy» — QUESTIONÁRIO DE PRONTIDÃO PARA ATIVIDADE FÍSICA (PAR-Q)\nLei estadual «lei» · preencher antes do início das atividades\n\n",
          gy=gym(g).upper(), lei=g.pick(["16.724/2018", "6.765/2014", "10.848/2019"]))
    doc.f("Nome: «n»   Data de nascimento: «dob»   Idade: «i»\nCPF: «cpf»   Celular: «t»   E-mail: «e»\n\n",
          n=P(g.pick([a.full, a.caps, a.low])), dob=(g.dob(g.pick(["br", "short", "iso"]), 1950, 2007), "DATE_OF_BIRTH"), i=g.ri(17, 75),
          cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(a), "EMAIL_ADDRESS"))
    yes = 0
    for k, q in enumerate(g.rng.sample(PARQ, g.ri(6, 9))):
        ans = "SIM" if g.chance(0.2) else "NÃO"
        yes += ans == "SIM"
        doc.f("«k». «q»  ( «x» ) SIM  ( «y» ) NÃO\n", k=k + 1, q=q, x="X" if ans == "SIM" else " ", y="X" if ans == "NÃO" else " ")
    doc.f("\nObservações do aluno: «o»\n", o=g.pick(["tomo losartana 50mg (hipertensão, CID I10)", "operei o menisco em 2021", "nenhuma",
                                                   "asma na infância", "uso metformina", "tive covid 2x, canso fácil", "sem obs"]))
    doc.f("Avaliado por: «p» — «cref» — em «d»\n", p=P(name_form(g, pt, ["full", "short"])), cref=(g.council("CREF"), "PROFESSIONAL_ID"), d=g.date("br"))
    if yes or g.chance(0.4):
        md = g.person()
        doc.f("\nRespostas positivas: encaminhado para avaliação médica.\n-- ATESTADO --\nAtesto que «n», RG «rg», foi examinad«o» nesta data e está "
              "«apt» para a prática de atividade física «tipo». «c»\n«m»\n«crm»\nCNS do profissional: «cns»\n",
              n=P(a.full), rg=(g.rg(), "BR_RG"), o=a.a, apt=g.pick(["apt" + a.a, "apt" + a.a + " com restrições", "apt" + a.a]),
              tipo=g.pick(["de moderada intensidade", "sem restrições", "— evitar cargas axiais", "— liberado para natação"]),
              c=g.pick(["CID Z02.5", "CID Z00.0", ""]), m=P(md.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), cns=(g.cns(), "BR_CNS"))
    doc.f("\nDeclaro que as informações acima são verdadeiras. Assinatura: «n»\n", n=P(a.short))
    return doc


def sa_avaliacao(g: Gen) -> Doc:
    """Physical assessment report (bioimpedance and perimeters) sent to the student by e-mail."""
    doc = Doc()
    a = g.person()
    av = g.person()
    dom = g.pick(["academiaaurora.com.br", "vitoriaperformance.com", "bodymax.com.br", "smartbento.fit"])
    doc.f("De: «av» <«ave»>\nPara: «e»\nAssunto: Sua avaliação física de «mes» 📊\n\n", av=P(av.full), ave=(g.corp_mail(av, dom), "EMAIL_ADDRESS"),
          e=(g.email(a), "EMAIL_ADDRESS"), mes=g.pick(MONTHS))
    doc.f("Oi, «n»! Segue o resultado da reavaliação. Qualquer dúvida me chama no «t».\n\n", n=P(g.pick([a.first, a.nick])), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("RELATÓRIO DE AVALIAÇÃO FÍSICA\nAluno(a): «n»   Matrícula: «m»\nNascimento: «dob»   Sexo: «s»   CPF: «cpf»\nAvaliador(a): «av» («cref»)\n"
          "Data: «d»   Avaliação anterior: «d0»   Protocolo: «pr»\n\n",
          n=P(g.pick([a.caps, a.full])), m=matricula(g), dob=(g.dob(g.pick(["br", "nopad"]), 1955, 2007), "DATE_OF_BIRTH"), s="F" if a.female else "M",
          cpf=(g.cpf(), "BR_CPF") if g.chance(0.7) else V(g.masked_cpf()), av=P(av.short), cref=(g.council("CREF"), "PROFESSIONAL_ID"),
          d=g.date("br"), d0=g.date("br", 2024), pr=g.pick(["Pollock 7 dobras", "Bioimpedância InBody", "Jackson & Pollock 3 dobras"]))
    w0 = g.rng.uniform(52, 118)
    rows = [("Peso (kg)", w0, w0 + g.rng.uniform(-6, 3)), ("% Gordura", g.rng.uniform(14, 40), g.rng.uniform(12, 38)),
            ("Massa magra (kg)", g.rng.uniform(35, 70), g.rng.uniform(35, 72)), ("IMC", w0 / 2.9, w0 / 2.95),
            ("Cintura (cm)", g.rng.uniform(65, 115), g.rng.uniform(64, 112)), ("FC repouso (bpm)", g.ri(55, 95), g.ri(52, 92)),
            ("PA (mmHg)", None, None)]
    doc.t("Medida               Anterior   Atual\n-------------------  ---------  -------\n")
    for nm, x, y in rows:
        if x is None:
            doc.t(f"{nm:<19}  {g.ri(110, 150)}/{g.ri(70, 95):<5}  {g.ri(105, 145)}/{g.ri(65, 92)}\n")
        else:
            doc.t(f"{nm:<19}  {x:>9.1f}  {y:>7.1f}\n".replace(".", ","))
    doc.f("\nObjetivo: «ob». «w»\nPróxima avaliação: «d». Seu treino novo já está no app (usuário «u»).\n\n",
          ob=g.pick(["hipertrofia", "emagrecimento", "condicionamento para corrida de 10 km", "reabilitação pós-lesão (liberado pelo fisio)"]),
          w=g.pick(["Ótima evolução!", "Foi uma vitória baixar a PA sem remédio.", "Seria prudente rever a dieta com a nutri.", "Faltou constância em " + g.pick(MONTHS) + "."]),
          d=g.date("br"), u=re.sub(r"[^a-z]", "", fold(a.first).lower()) + g.d(3))
    if g.chance(0.6):
        nu = g.person(female=True)
        doc.f("Encaminhei seus dados pra nutricionista parceira, «nu» («crn»), ela vai te chamar no WhatsApp.\n", nu=P(nu.full),
              crn=(g.council("CRN"), "PROFESSIONAL_ID"))
    doc.f("Abs,\n«a»\n«cref»\n", a=P(av.first), cref=(g.council("CREF"), "PROFESSIONAL_ID"))
    return doc


def sa_incidente(g: Gen) -> Doc:
    """Injury/incident report at the gym or tournament: first aid, ambulance, hospital, witnesses."""
    doc = Doc()
    v = g.person()
    pt, enf = g.person(), g.person(female=g.chance(0.7))
    place = g.pick(GYMS + ["Ginásio Municipal Prudente de Morais", "Campo do Esperança F.C.", "Arena Leão do Vale"])
    doc.f("RELATÓRIO DE OCORRÊNCIA / ACIDENTE Nº «n»\nLocal: «pl»   Data: «d»   Hora: «h»\n\n", n=g.pick([g.d(4), f"RO-{g.d(5)}", g.neg(11)]),
          pl=place, d=g.date("br"), h=g.hm())
    minor = g.chance(0.35)
    doc.f("Vítima: «n»   Nasc.: «dob»   CPF: «cpf»\nCNS: «cns»   Endereço: «ad» — CEP «cep»\nContato: «t»\n",
          n=P(g.pick([v.caps, v.full])), dob=(g.dob("br", 2008 if minor else 1960, 2015 if minor else 2006), "DATE_OF_BIRTH"),
          cpf=(g.cpf(), "BR_CPF") if g.chance(0.8) else V("não informado"), cns=(g.cns(), "BR_CNS") if g.chance(0.7) else V("—"),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    if minor:
        r = g.relative(v)
        doc.f("Responsável: «r» — avisad«o» às «h» pelo tel. «t»\n", r=P(r.full), o=r.a, h=g.hm(), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\nDescrição: «desc»\n\nPrimeiro atendimento: «p» («cref»), seguido pel«o» «tec» de enfermagem do evento «e» («coren»).\n",
          desc=g.pick(["durante o treino de agachamento livre a vítima perdeu o equilíbrio e a barra caiu sobre o ombro esquerdo",
                       "no segundo tempo do jogo, após choque de cabeça com adversário, a atleta ficou desorientada por cerca de 1 minuto",
                       "na esteira, em ritmo forte, o aluno relatou dor no peito e sudorese, e desmaiou (síncope)",
                       "ao executar uma queda (ukemi) o atleta sentiu estalo no joelho direito, sem conseguir apoiar o pé",
                       "escorregou no piso molhado do vestiário (a luz do corredor estava apagada) e bateu o queixo"]),
          p=P(name_form(g, pt, ["full", "short"])), cref=(g.council("CREF"), "PROFESSIONAL_ID"), e=P(name_form(g, enf, ["full", "short"])),
          o=enf.a, tec="técnica" if enf.female else "técnico",
          coren=(g.council("COREN"), "PROFESSIONAL_ID"))
    doc.f("Acionado SAMU 192 às «h» — viatura placa «pl» — removid«o» ao «hosp». Diagnóstico informado pelo hospital: «cid».\n"
          "Médico plantonista: «md» («crm»).\n\n",
          h=g.hm(), pl=(g.plate(), "LICENSE_PLATE"), o=v.a, hosp=g.pick(["Hospital Santa Rosa", "Hospital São Bento", "UPA Aurora", "Hospital Regional Leão XIII"]),
          cid=g.pick(CIDS_SPORT), md=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.t("Testemunhas:\n")
    for _ in range(g.ri(1, 3)):
        w = g.person()
        doc.f("- «n», «t»«x»\n", n=P(name_form(g, w, ["full", "caps", "short"])), t=(g.phone(), "PHONE_NUMBER"),
              x=g.pick(["", "", " (aluno)", " (árbitro)", " (recepcionista)"]))
    doc.f("\nProvidências: «pr»\nRegistrado por: «r»   Ciente da gerência: «gr»\n", pr=g.pick([
        "área isolada, equipamento enviado para manutenção", "comunicado à seguradora do evento (apólice " + g.d(10) + ")",
        "atleta afastado até liberação médica", "revisar protocolo de piso molhado"]), r=P(g.person().short), gr=g.pick(["sim", "ok, " + g.date("br"), "aguardando"]))
    return doc


def sa_atestado_ocr(g: Gen) -> Doc:
    """OCR of a sports medical certificate (aptidão) attached to a membership or federation file."""
    doc = Doc()
    a = g.person()
    md = g.person()
    o = lambda s: ocr(s, g, 0.35)
    if g.chance(0.3):
        doc.f("«c» DR«a». «n»\n", c=o("CONSULTÓRIO"), a="A" if md.female else "", n=P(o(fold(md.short).upper())))
    else:
        doc.t(o(g.pick(["CLÍNICA DE MEDICINA ESPORTIVA AURORA", "INSTITUTO DO ESPORTE LEÃO XIII", "ORTOCENTER BENTO GONÇALVES"])) + "\n")
    doc.f("«e»«t»\n\n", e=o(g.pick(["Rua Barão de Mauá, 1200 — sala 404", "Av. Presidente Vargas, 88 — 3º andar", "Rua Garrincha, 15 — térreo"])
                                + " — fone "), t=(g.phone(mobile=False, style="par"), "PHONE_NUMBER"))
    doc.f(o("ATESTADO MÉDICO DE APTIDÃO FÍSICA") + "\n\n" + o("Atesto para os devidos fins que") + " «n», " + o("portador(a) do RG") + " «rg», "
          + o("nascido(a) em") + " «dob», " + o("foi por mim examinado(a) nesta data, não apresentando contraindicações para a prática de") + " «mod». «c»\n\n",
          n=P(o(g.pick([a.caps, a.full]))), rg=(g.rg(), "BR_RG"), dob=(g.dob("br", 1958, 2016), "DATE_OF_BIRTH"),
          mod=o(g.pick(["natação", "musculação", "judô", "jiu-jitsu e luta olímpica", "corrida de rua", "futsal", "atividades físicas em geral"])),
          c=o(g.pick(["CID 10: Z02.5", "CID Z00.0", "Validade: 12 meses", ""])))
    if g.chance(0.5):
        doc.f(o("Exame dermatológico (piscina)") + ": " + o("sem micoses") + ". " + o("ECG em") + " «d»: " + o("ritmo sinusal") + ".\n", d=g.date("br"))
    doc.f("«c», «d»\n\n«m»\n«crm»   RQE «rqe»\n", c=o(g.city()[0]), d=g.date("br"), m=P(o(md.full)), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          rqe=g.d(5))
    doc.f("\n[carimbo ilegível]  " + o("Recebido na recepção por") + " «r» " + o("em") + " «d»\n", r=P(o(g.person().first)), d=g.date("br"))
    return doc


def sa_fisio(g: Gen) -> Doc:
    """Physiotherapy evolution notes of an injured athlete, referred by the sports physician."""
    doc = Doc()
    a = g.person()
    ft, md = g.person(), g.person()
    doc.f("«cl» — PRONTUÁRIO DE FISIOTERAPIA\nPaciente: «n»   DN: «dob»   CNS: «cns»\nConvênio: «cv»   Carteirinha: «ct»\n"
          "Telefone: «t»   Clube/academia: «club»\nEncaminhado por: «md» («crm») — Hipótese: «cid»\n\n",
          cl=g.pick(["Clínica Movimento Aurora", "FisioLeão Reabilitação", "Centro de Reabilitação Esportiva Esperança"]), n=P(g.pick([a.full, a.caps])),
          dob=(g.dob(g.pick(["br", "iso"]), 1965, 2011), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), cv=g.pick(["Unimed", "SUS", "particular", "Amil"]),
          ct=g.d(16) if g.chance(0.5) else "—", t=(g.phone(), "PHONE_NUMBER"), club=g.pick(CLUBS + GYMS), md=P(md.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          cid=g.pick(CIDS_SPORT))
    for k in range(g.ri(3, 5)):
        doc.f("«d» — Sessão «k»/«tot». «txt» «ass»\n", d=g.date("dm"), k=k + 1, tot=10, txt=g.pick([
            "Dor EVA 6/10, edema +. Crioterapia, TENS, isometria de quadríceps.", "EVA 4/10. ADM flexão 110°. Bicicleta 10 min, fortalecimento CCF.",
            "Paciente relata melhora. Propriocepção em cama elástica, agachamento 60°.", "Faltou (avisou pela mãe).",
            "Retorno gradual ao treino liberado pelo ortopedista. Treino de corte e aceleração.", "Queixa de dor após jogo no fim de semana. Seria prudente reduzir carga."]),
              ass=P(g.pick([ft.short, ft.first, fold(ft.first).upper()])) if k == 0 or g.chance(0.25) else V(""))
    doc.f("\nFisioterapeuta responsável: «f» — «cref»\nContato do preparador físico do clube: «pf» («pfc»), «pt»\n",
          f=P(ft.full), cref=(g.council("CREFITO"), "PROFESSIONAL_ID"), pf=P(g.person().short), pfc=(g.council("CREF"), "PROFESSIONAL_ID"),
          pt=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_pesagem(g: Gen) -> Doc:
    """Tournament weigh-in and pre-participation medical check, CSV exported by the organiser."""
    doc = Doc()
    md = g.person()
    ev = g.pick(["Open Bento de Judô", "Campeonato Estadual de Jiu-Jitsu", "Copa Aurora de Taekwondo", "Circuito Leão de Muay Thai Amador"])
    doc.f("# «ev» — pesagem oficial e triagem médica — «d» — arquivo «f»\n", ev=ev, d=g.date("br"), f=f"pesagem_{g.d(4)}.csv")
    cols = ["inscricao", "atleta", "nascimento", "documento", "cns", "categoria", "peso_kg", "pa", "fc", "apto", "obs"]
    rows = []
    for _ in range(g.ri(5, 8)):
        p = g.person()
        rows.append([V(g.d(5)), P(g.pick([p.caps, p.caps, p.full, p.inverted])), (g.dob(g.pick(["br", "iso"]), 1985, 2012), "DATE_OF_BIRTH"),
                     (g.cpf("raw"), "BR_CPF") if g.chance(0.6) else (g.rg("raw"), "BR_RG"), (g.cns(False), "BR_CNS") if g.chance(0.5) else V(""),
                     V(g.pick(["-60kg", "-66kg", "-73kg", "-81kg", "Pena", "Leve", "Médio", "Pesadíssimo", "Galo"])),
                     V(f"{g.rng.uniform(45, 110):.1f}".replace(".", ",")), V(f"{g.ri(100, 150)}x{g.ri(60, 95)}"), V(str(g.ri(50, 110))),
                     V(g.pick(["SIM", "SIM", "SIM", "NAO"])), V(g.pick(["", "", "", "acima do peso, reclassificado", "PA elevada, reavaliar",
                                                                      "resp. " + g.person().short + " assinou termo", "faixa branca estreante"]))])
    table_csv(doc, cols, rows, g.pick([";", ","]))
    # the guardian's name in an "obs" cell is a person
    for m in re.finditer(r"resp\. ([^;,\n]+?) assinou", doc.text):
        doc.spans.append({"start": m.start(1), "end": m.end(1), "label": "PERSON"})
    doc.f("# médico responsável: «m» «crm» · tel. plantão «t» · mesa: «a»\n", m=P(md.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          t=(g.phone(), "PHONE_NUMBER"), a=P(g.person().first))
    return doc


def sa_concussao(g: Gen) -> Doc:
    """League medical coordinator's e-mail on the concussion protocol after a match round."""
    doc = Doc()
    coord = g.person()
    lg = g.pick([x for x in LEAGUES if x.startswith(("Liga", "Copa", "Taça")) and "Vôlei" not in x])
    dom = g.pick(["ligadesportiva.org.br", "copaesperanca.com.br", "ligaamadoravale.org"])
    doc.f("De: «c» <«ce»>\nPara: diretoria@«dom»; «tec»\nAssunto: Protocolo de concussão — rodada «r» — afastamentos\n\n",
          c=P(coord.full), ce=(g.corp_mail(coord, dom), "EMAIL_ADDRESS"), dom=dom, tec=(g.email(g.person()), "EMAIL_ADDRESS"), r=g.ri(2, 14))
    doc.f("Prezados,\n\nConforme o protocolo da «lg», os atletas abaixo saíram de campo com suspeita de concussão (CID S06.0) e só voltam "
          "após avaliação médica e retorno gradual (6 etapas):\n\n", lg=lg)
    for _ in range(g.ri(2, 4)):
        p = g.person()
        r = g.relative(p)
        doc.f("• «n» («club»), nasc. «dob» — responsável «r», «t». «x»\n", n=P(g.pick([p.full, p.short, p.caps])), club=g.pick(CLUBS),
              dob=(g.dob("br", 2006, 2014), "DATE_OF_BIRTH"), r=P(r.short), t=(g.phone(), "PHONE_NUMBER"),
              x=g.pick(["Encaminhad" + p.a + " ao neuro (TC normal).", "Vomitou no vestiário, foi ao PS.", "Sem perda de consciência.",
                        "Atendid" + p.a + " pela ambulância placa " + g.plate() + "."]))
    # the ambulance plate inside the free-text note is a licence plate
    for m in re.finditer(r"ambulância placa ([A-Z]{3}-?\d[A-Z0-9]\d{2})", doc.text):
        doc.spans.append({"start": m.start(1), "end": m.end(1), "label": "LICENSE_PLATE"})
    doc.f("\nA liberação deve vir em atestado com CRM legível. Dúvidas com a Dra. «n» («crm»), neurologista parceira, no «t».\n"
          "Lembro que súmulas e boletins médicos não podem circular no grupo de WhatsApp dos técnicos (Lei 13.709/2018).\n\nAtt.,\n«c»\n«cr»\n"
          "Coordenação Médica — «lg»\n",
          n=P(g.person(female=True).short), crm=(g.council("CRM"), "PROFESSIONAL_ID"), t=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"),
          c=P(coord.short), cr=(g.council("CRM"), "PROFESSIONAL_ID"), lg=lg)
    return doc
# =========================================================================== financeiro


def fi_gateway_log(g: Gen) -> Doc:
    """JSON-lines log of the recurring-billing gateway of a gym chain; a debug line leaks a full card number."""
    doc = Doc()
    merchant = g.pick(["BODYMAX FITNESS SA", "FITLIFE ACADEMIAS LTDA", "AURORA FITNESS EIRELI", "SMART BENTO ACADEMIAS"])
    mid = g.d(15)
    doc.f("# recorrencia-worker «v» · merchant_id «mid» · «m» · cnpj «cnpj»\n", v=f"v{g.ri(1, 4)}.{g.ri(0, 20)}.{g.ri(0, 9)}", mid=mid,
          m=merchant, cnpj=(g.cnpj("raw"), "BR_CNPJ"))
    ts = g.times(g.ri(4, 6), 0, 6 * 3600)
    d = g.date("iso")
    leaked = g.ri(0, len(ts) - 1)
    for i, t in enumerate(ts):
        c = g.person()
        st = g.pick(["approved", "approved", "declined", "declined", "retry_scheduled"])
        code = {"approved": "00", "declined": g.pick(["51", "05", "54", "57"]), "retry_scheduled": "91"}[st]
        doc.f('{"ts":"«d»T«t»:«s».«ms»Z","lvl":"«lvl»","sub_id":"sub_«sid»","customer":{"name":"«n»","doc":"«cpf»","email":"«e»"},'
              '"amount":«a»,"card":{"brand":"«br»","last4":"«l4»","bin":"«bin»"},"status":"«st»","rc":"«rc»","ip":"«ip»"}\n',
              d=d, t=t, s=f"{g.ri(0, 59):02d}", ms=g.d(3), lvl="INFO" if st == "approved" else "WARN", sid=g.hexs(10),
              n=P(jstr(g.pick([c.caps, c.full]))), cpf=(g.cpf("raw"), "BR_CPF"), e=(g.email(c), "EMAIL_ADDRESS"),
              a=f"{g.ri(89, 399)}.{g.d(2)}", br=g.pick(["visa", "master", "elo"]), l4=g.d(4), bin=g.d(6), st=st, rc=code,
              ip=(g.ip(v6=g.chance(0.15)), "IP_ADDRESS"))
        if i == leaked:
            doc.f('{"ts":"«d»T«t»:«s».«ms»Z","lvl":"DEBUG","msg":"tokenize retry payload","pan":"«pan»","exp":"«ex»","holder":"«h»"}\n',
                  d=d, t=t, s=f"{g.ri(0, 59):02d}", ms=g.d(3), pan=(g.card(False), "CREDIT_CARD"), ex=f"{g.ri(1, 12):02d}{g.ri(26, 33)}",
                  h=P(fold(c.short).upper()))
    dev = g.person()
    doc.f("\n-- «a» («al»): o DEBUG tá gravando PAN aberto em produção de novo. Abri INC-«i», alguém roda o expurgo do bucket? tx de «d» com rc 51 vão pra retentativa D+3\n",
          a=P(dev.short), al=login(dev), i=g.d(5), d=g.date("br"))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """Chargeback defence dossier sent by a gym to the acquirer, with access-log and sign-up evidence."""
    doc = Doc()
    c = g.person()
    an = g.person()
    doc.f("DEFESA DE CHARGEBACK — «acq»\nCaso: «cs»   Motivo: «mo»   Estabelecimento: «est» (CNPJ «cnpj»)\nARN: «arn»   NSU: «nsu»   Valor: R$ «v»\n\n",
          acq=g.pick(["Cielo", "Rede", "Stone", "GetNet", "PagSeguro"]), cs=g.d(10), mo=g.pick(["4837 — fraude/não reconhece", "4853 — serviço não prestado",
                                                                                                  "13.1 — mercadoria/serviço não recebido", "10.4 — fraude cartão não presente"]),
          est=gym(g), cnpj=(g.cnpj(), "BR_CNPJ"), arn=g.d(23), nsu=g.d(9), v=g.money(89, 1200))
    doc.f("1. PORTADOR E CONTRATO\nTitular: «n»   CPF: «cpf»   Nasc.: «dob»\nCartão: «cc»   Autorização: «au»\nEndereço de cobrança: «ad», «cid» — CEP «cep»\n"
          "Documento apresentado na matrícula: «dk» «dc»\nCadastro feito pelo app em «d» às «h», IP «ip», aceite eletrônico do contrato «ct» e biometria facial na 1ª visita.\n\n",
          n=P(g.pick([c.caps, c.full])), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "iso"]), 1960, 2005), "DATE_OF_BIRTH"),
          cc=(g.card(), "CREDIT_CARD") if g.chance(0.55) else V(g.masked_card()), au=g.alnum(6), ad=(g.address(), "ADDRESS"),
          cid="/".join(g.city()), cep=(g.cep(), "BR_CEP"), dk=(dkc := g.pick(["CNH", "RG", "CNH digital"])), dc=(g.cnh(), "BR_CNH") if dkc.startswith("CNH") else (g.rg(), "BR_RG"), d=g.date("br"), h=g.hms(), ip=(g.ip(), "IP_ADDRESS"),
          ct=g.pick([g.neg(11), f"{g.d(6)}-{g.ri(2024, 2026)}"]))
    doc.t("2. USO DO SERVIÇO (log da catraca, período contestado)\n")
    cols = ["data", "hora", "terminal", "método", "resultado"]
    mm, yy = g.ri(1, 12), g.pick([2025, 2026])
    days = sorted(g.rng.sample(range(1, 29), g.ri(4, 7)))
    rows = [[V(f"{d:02d}/{mm:02d}/{yy}"), V(g.hm()), V(f"CAT-0{g.ri(1, 4)}"), V(g.pick(["FACIAL", "BIOMETRIA", "QRCODE"])), V("LIBERADO")] for d in days]
    table_ruled(doc, cols, rows, g.pick(["plus", "dash"]))
    doc.f("\nTambém houve aulas agendadas com personal («pt», «cref») e e-mails de lembrete enviados para «e». Telefone confirmado por SMS: «t».\n\n",
          pt=P(g.person().short), cref=(g.council("CREF"), "PROFESSIONAL_ID"), e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("3. CONCLUSÃO\nO serviço foi efetivamente utilizado pelo portador; pedimos a reversão do débito (Lei 8.078/1990 não ampara a contestação). "
          "Caso mantido, creditar a diferença na conta do estabelecimento: «b», ag «ag», cc «cc».\n\nAnalista: «a» — «ae»\n",
          b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), a=P(an.full),
          ae=(g.corp_mail(an, g.pick(["bodymax.com.br", "fitlifeacademias.com"])), "EMAIL_ADDRESS"))
    return doc


def fi_folha_clube(g: Gen) -> Doc:
    """Monthly payroll / ajuda de custo of an amateur club: athletes and staff, CSV from the accounting office."""
    doc = Doc()
    club = g.pick(CLUBS)
    cont = g.person()
    doc.f("«cl» — CNPJ «cnpj» — FOLHA/AJUDA DE CUSTO «m»/«y» (gerado por «o»)\n", cl=club.upper(), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          m=f"{g.ri(1, 12):02d}", y=g.ri(2025, 2026), o=g.pick(["Contabilidade Girão & Novais", "Escritório Cajueiro Contábil", "Tabajara Assessoria"]))
    cols = ["nome", "funcao", "cpf", "pis", "nascimento", "banco", "agencia", "conta", "pix", "valor"]
    rows = []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        b = g.pick(BANKS)
        pk = g.pick(["uuid", "cpf", "phone", "none", "email"])
        pix = {"uuid": (g.uuid(), "PIX_KEY"), "cpf": (g.cpf("raw"), "BR_CPF"), "phone": (g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER"),
               "none": V(""), "email": (g.email(p), "EMAIL_ADDRESS")}[pk]
        rows.append([P(g.pick([p.caps, p.full, p.caps])), V(g.pick(["atleta", "atleta", "atleta", "preparador físico", "massagista", "roupeiro", "técnico", "fisioterapeuta"])),
                     (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.6) else V(""),
                     (g.dob("br", 1975, 2007), "DATE_OF_BIRTH"), V(b[0]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), pix,
                     V(g.money(300, 4500))])
    table_csv(doc, cols, rows, ";")
    doc.f("\nTotal: R$ «t» · débito na conta do clube «ag»/«cc» em «d» · aprovado por «p» (presidente) e «q» (tesoureiro)\n",
          t=g.money(3000, 25000), ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), d=g.date("br"),
          p=P(g.person().short), q=P(g.person().short))
    return doc


def fi_repasse_personal(g: Gen) -> Doc:
    """Monthly commission statement of personal trainers working inside a gym (ruled table)."""
    doc = Doc()
    fin = g.person()
    doc.f("«gy» — REPASSE PERSONAL TRAINERS — competência «m»/«y»\nRegra: 70% do valor pago pelo aluno; taxa de uso do espaço R$ «tx»/mês. "
          "NFS-e obrigatória para MEI.\n\n", gy=gym(g), m=f"{g.ri(1, 12):02d}", y=g.ri(2025, 2026), tx=g.money(150, 600))
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        k = g.pick(["uuid", "uuid", "cpf", "email", "phone", "cnpj"])
        pix = {"uuid": (g.uuid(), "PIX_KEY"), "cpf": (g.cpf(), "BR_CPF"), "email": (g.email(p), "EMAIL_ADDRESS"),
               "phone": (g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"), "cnpj": (g.cnpj(), "BR_CNPJ")}[k]
        rows.append([P(g.pick([p.short, p.full, fold(p.short).upper()])), (g.council("CREF"), "PROFESSIONAL_ID"),
                     (g.cnpj(), "BR_CNPJ") if g.chance(0.5) else (g.cpf(), "BR_CPF"), V(str(g.ri(3, 25))), V(g.money(800, 9000)), pix])
    cols = ["Personal", "CREF", "CPF/CNPJ (MEI)", "Alunos", "Repasse R$", "Chave Pix"]
    table_ruled(doc, cols, rows, g.pick(["plus", "dash"]))
    doc.f("\nObs.: «o»\nPagamento em «d». Dúvidas: «f» («fe», ramal «r»).\n",
          o=g.pick(["2 alunos pagaram em dinheiro na recepção, descontado.", "faltou NFS-e do mês anterior de um dos profissionais — repasse retido.",
                    (lambda q: "alun" + q.a + " " + q.short)(g.person()) + " contestou cobrança no cartão, valor bloqueado até resolver o chargeback.",
                    "seria prudente conferir os CREF vencidos antes de pagar."]),
          d=g.date("br"), f=P(fin.short), fe=(g.corp_mail(fin, g.pick(["bodymax.com.br", "academiaaurora.com.br", "leaofightteam.com.br"])), "EMAIL_ADDRESS"),
          r=g.ri(200, 299))
    for m in re.finditer(r"alun[oa] ([^\n]+?) contestou", doc.text):
        doc.spans.append({"start": m.start(1), "end": m.end(1), "label": "PERSON"})
    return doc


def fi_extrato(g: Gen) -> Doc:
    """Bank statement of a martial-arts school (CSV): Pix from students, card settlements, payments."""
    doc = Doc()
    b = g.pick(BANKS)
    mm, yy = g.ri(1, 12), g.pick([2025, 2026])
    doc.f("Extrato conta corrente PJ — «b» («bc»)\nTitular: «gy» — CNPJ «cnpj»\nAgência: «ag»   Conta: «cc»   Período: «d1» a «d2»\n\n",
          b=b[1], bc=b[0], gy=fold(gym(g)).upper(), cnpj=(g.cnpj(), "BR_CNPJ"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          d1=f"01/{mm:02d}/{yy}", d2=f"28/{mm:02d}/{yy}")
    doc.t("data;historico;documento;valor;saldo\n")
    n_lines = g.ri(7, 10)
    days = sorted(g.ri(1, 28) for _ in range(n_lines))
    saldo = g.ri(2000, 40000)
    for day in days:
        k = g.pick(["pixin", "pixin", "pixin", "card", "pixout", "ted", "tarifa", "boleto"])
        v = g.ri(80, 2500) if k != "tarifa" else g.ri(5, 60)
        sign = -1 if k in ("pixout", "ted", "tarifa", "boleto") else 1
        saldo += sign * v
        doc.f("«d»;", d=f"{day:02d}/{mm:02d}/{yy}")
        p = g.person()
        if k == "pixin":
            doc.f("PIX RECEBIDO «n» «c»;«e»;", n=P(fold(p.caps)[:30].rstrip()), c=V(g.masked_cpf()) if g.chance(0.6) else (g.cpf(), "BR_CPF"), e=g.e2e())
        elif k == "card":
            doc.f("CRED ANTECIP «a» «br»;«nsu»;", a=g.pick(["CIELO", "STONE", "REDE"]), br=g.pick(["VISA", "MASTER", "ELO"]), nsu=g.d(9))
        elif k == "pixout":
            doc.f("PIX ENVIADO «n» chave «k»;«e»;", n=P(fold(p.caps)[:30].rstrip()),
                  k=g.pick([(g.uuid(), "PIX_KEY"), (g.phone("e164"), "PHONE_NUMBER"), (g.email(p), "EMAIL_ADDRESS")]), e=g.e2e())
        elif k == "ted":
            doc.f("TED «n» «bk» AG «ag» CC «cc»;«doc»;", n=P(fold(p.caps)[:28].rstrip()), bk=g.pick(BANKS)[0], ag=(g.agency(), "BANK_ACCOUNT"),
                  cc=(g.account(), "BANK_ACCOUNT"), doc=g.d(6))
        elif k == "boleto":
            doc.f("PAG BOLETO «x»;«doc»;", x=g.pick(["CONTA DE LUZ", "ALUGUEL SALA", "FEDERACAO ANUIDADE", "KIMONOS ROSA BRANCA LTDA", "ENERGISA"]), doc=g.d(12))
        else:
            doc.f("TARIFA PACOTE SERVICOS;«doc»;", doc=g.d(6))
        doc.t(f"{sign * v:.2f}".replace(".", ",") + ";" + f"{saldo:.2f}".replace(".", ",") + "\n")
    doc.f("\nconferido por «p» em «d» — «o»\n", p=P(g.person().first), d=g.date("br"),
          o=g.pick(["3 alunos do judô kids ainda não pagaram", "pix do «x» veio duplicado, devolver", "ok"]))
    if "«x»" in doc.text:
        i = doc.text.index("«x»")
        nm = g.person().first
        doc.text = doc.text[:i] + nm + doc.text[i + 3:]
        doc.spans.append({"start": i, "end": i + len(nm), "label": "PERSON"})
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """Collections worksheet of defaulting members (Markdown), with the collector's notes."""
    doc = Doc()
    col = g.person()
    doc.f("## Inadimplência «m» — «gy»\nResponsável: «c» · exportado do sistema em «d» · NÃO encaminhar fora do financeiro\n\n",
          m=g.pick(MONTHS), gy=gym(g), c=P(col.full), d=g.date("br"))
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        st, nm, num, comp = g.street_parts()
        rows.append([V(matricula(g)), P(g.pick([p.full, p.caps, p.inverted])), (g.cpf(), "BR_CPF"), (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
                     (f"{st} {nm}", "ADDRESS"), V(num), (g.cep(), "BR_CEP"), V(plan(g).replace("Plano ", "")), V(str(g.ri(1, 8))), V(g.money(89, 2400)),
                     V(g.pick(["promessa de pgto " + g.date("dm"), "não atende", "pediu boleto", "negativar", "acordo 3x", "caixa postal"]))])
    table_md(doc, ["mat", "aluno", "cpf", "telefone", "logradouro", "nº", "cep", "plano", "meses", "débito R$", "status"], rows)
    doc.f("\nNotas «c»:\n- enviar carta de cobrança (AR) antes de negativar, conforme art. 43, §2º do CDC;\n- «n»: mandou print do Pix mas o id «e» não bate com nenhum crédito;\n"
          "- acordo parcelado só no cartão «cc» ou boleto; multa 2% + juros 1% a.m.\n",
          c=P(col.first), n=P(g.person().short), e=g.e2e(), cc=g.pick([(g.card(), "CREDIT_CARD"), V("de crédito"), V(g.masked_card())]))
    return doc


def fi_conciliacao_inscricoes(g: Gen) -> Doc:
    """Tournament registration payments reconciliation: who paid for which athlete, Pix and card, refunds."""
    doc = Doc()
    org = g.person()
    lg = g.pick(LEAGUES)
    doc.f("Conciliação de inscrições — «lg» — lote «l»\nOrganizador: «o» · «oe»\n\n", lg=lg, l=g.ri(1, 5), o=P(org.full),
          oe=(g.email(org), "EMAIL_ADDRESS"))
    cols = ["#", "atleta", "pagador", "doc pagador", "e-mail pagador", "meio", "identificador", "valor", "situação"]
    rows = []
    for i in range(g.ri(4, 6)):
        a = g.person()
        pay = g.relative(a) if g.chance(0.6) else a
        meio = g.pick(["PIX", "PIX", "CARTAO", "BOLETO"])
        ident = {"PIX": V(g.e2e()), "CARTAO": (g.card(False), "CREDIT_CARD") if g.chance(0.3) else V(g.masked_card()),
                 "BOLETO": V(f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)}")}[meio]
        rows.append([V(str(i + 1)), P(g.pick([a.short, a.caps])), P(g.pick([pay.full, pay.caps])) if pay is not a else V(g.pick(["o próprio", "idem", "atleta"])), (g.cpf(), "BR_CPF"),
                     (g.email(pay), "EMAIL_ADDRESS") if g.chance(0.85) else V("-"), V(meio), ident,
                     V(g.money(60, 350)), V(g.pick(["OK", "OK", "OK", "duplicado", "estornar", "pendente"]))])
    table_ruled(doc, cols, rows, g.pick(["plus", "dash"]))
    doc.f("\nEstornos: devolver para a chave aleatória «k» ou para «b» ag «ag» cc «cc» (informados pelo pagador por e-mail).\n"
          "Patrocínio recebido de «pat» (CNPJ «cnpj»): R$ «v».\nIP do formulário de inscrição suspeito (5 inscrições iguais): «ip».\n",
          k=(g.uuid(), "PIX_KEY"), b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          pat=g.pick(["Supermercados Prudente", "Farmácia Luz Divina", "Auto Peças Leão", "Padaria Flor do Trigo", "Haddad Materiais Esportivos"]),
          cnpj=(g.cnpj(), "BR_CNPJ"), v=g.money(500, 8000), ip=(g.ip(), "IP_ADDRESS"))
    return doc


TEMPLATES = {
    "atendimento": [at_whats_turma, at_chat_cancel, at_catraca, at_ficha_matricula, at_email_cobranca, at_inscricao_liga, at_ocr_federacao],
    "juridico": [ju_procon, ju_jec_inicial, ju_contrato_plano, ju_transferencia, ju_termo_imagem, ju_ata_audiencia, ju_email_trabalhista],
    "saude": [sa_parq, sa_avaliacao, sa_incidente, sa_atestado_ocr, sa_fisio, sa_pesagem, sa_concussao],
    "financeiro": [fi_gateway_log, fi_chargeback, fi_folha_clube, fi_repasse_personal, fi_extrato, fi_cobranca, fi_conciliacao_inscricoes],
}


def check(record: dict) -> None:
    text, last = record["text"], 0
    covered = [False] * len(text)
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        for k in range(s["start"], s["end"]):
            covered[k] = True
        lab = s["label"]
        assert lab in LABELS, lab
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
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9]", v) or re.search(r"[^\W\d_]0|0[^\W\d_]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
    # hard negatives: every unlabelled 11-digit number (plain or dotted like a CPF) fails the CPF check
    for m in re.finditer(r"(?<![\d.\-/])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2})(?![\d\-/]|\.\d)", text):
        if any(covered[m.start():m.end()]):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group())), (record["id"], m.group())


LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}


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
    with (HERE / OUT_NAME).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print(OUT_NAME.split(".")[0], len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
