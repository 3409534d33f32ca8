"""Build the eighty-fourth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_eightyfourth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 8484,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: urban public transport — bus companies, metro and BRT
operators, transit-card systems and the offices around them (ombudsman, legal, occupational
health, insurers, treasury, employers buying transport vouchers).
- atendimento: a student half-fare / free-pass registration form with the guardian's block
  (filled at a service post), a WhatsApp service chat of a card system (bot, then a human
  attendant; top-up not credited), a lost-and-found log of a garage or station (ruled table, with
  the claims), an ombudsman ticket e-mail of an elderly passenger and the operator's draft reply,
  a scanned (OCR-ish) disability free-fare application with companions and medical block, a CSV
  extract of failed online top-ups, an account-takeover ticket quoting the card app's log lines.
- juridico: a labour-claim petition of a driver / fare collector (with witnesses), a police
  request for on-board camera footage and the legal department's reply, a fare-evasion notice
  with the passenger's defence, an extrajudicial notice of a civil-liability claim (fall on
  board), the legal department's fixed-width table of labour settlements for payment, an LGPD
  access request about a card's trip history and the DPO's reply, a police report of a bus/car
  collision with injured passengers.
- saude: an occupational health certificate (ASO) of a driver, a work-accident communication
  (CAT) after an assault on staff, a pre-hospital (SAMU) sheet of a bus accident (Markdown
  table), an HR e-mail listing sick notes of operating staff (fixed width, no rulers), a referral
  e-mail to a psychologist after an assault, an emergency-room record of a passenger hurt on
  board with billing to the insurer, a lab's CSV of toxicological tests of professional drivers.
- financeiro: a refund request for the balance of a cancelled card (bank account or random Pix
  key; heir when the holder died), an insurance claim (passenger accident / civil liability) with
  payment data and the adjuster's notes, a payroll remittance CSV of operating staff
  (first name and surname in separate columns), a payment-gateway log in a chargeback dispute (one
  DEBUG line with the full card number), a ruled table of unpaid fare-evasion fines sent to a
  collection agency with a negotiation note, an employer's transport-voucher order (CSV), a
  treasury e-mail approving indemnity payments (bank accounts, random Pix keys, CNJ numbers).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Dra.", "dona",
"seu", "Dr."; particles inside a name are part of it; "SURNAME, Given" and "SURNAME, GIVEN" are
one span; nicknames and first names alone are persons, and so are the names shown as chat
senders; nome/sobrenome columns are one span each. Staff named in the text (attendants, drivers,
fare collectors, inspectors, delegados, lawyers, doctors, nurses, psychologists, analysts) are
persons; logins, system users (sistema_lis, rpa.laudos) and bots ("Bia (assistente virtual)",
"PasseBot") are not. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (ouvidoria@,
sesmt@, encarregado.lgpd@, medicina.trabalho@, police station mailboxes) are not labelled.
ADDRESS is street type + name + number + complement (not bairro, city, state or CEP; CEP is
BR_CEP); a company's seat address is not labelled. Agency and account are separate BANK_ACCOUNT
spans; bank names and codes are not. DATE_OF_BIRTH only for birth dates; dates of trips,
accidents, admissions, exams and notices are not. PROFESSIONAL_ID includes the council acronym
and UF or region (CRM, COREN, OAB, and CRP "CRP 06/12345" for psychologists). PIX_KEY only for
random (UUID) keys used as Pix keys; session ids and other UUIDs are not. Masked card numbers
are not labelled; the full PAN of a card is CREDIT_CARD. Bus plates and car plates are
LICENSE_PLATE (a vehicle's plate, as in the other sets).
Decided here: transit-card numbers (printed number, chip serial, app card id), vehicle
prefixes, employee registration numbers (matrícula), CTPS numbers, health-plan and insurance
policy numbers, claim, CAT, BO and inquiry numbers are internal ids and are not labelled. Bus
stops, stations, terminals and crossings named as places ("ponto da Praça Tiradentes",
"Estação Barão de Mauá", "cruzamento da Av. Tiradentes com a Rua Barão de Mauá") carry no house
number and are not ADDRESS. The OCR-ish scan keeps letter confusions in names and addresses
and digit/letter confusions in identifiers, labelled as they stand (their check digits hold
once the confusion is undone). The mother's name in a CAT or ER record is a PERSON.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Wandeclécia, Maryellen, Ketlyn, Raylan, Ytalo; Italian, German, Japanese/Okinawan, Lebanese,
Korean, Chinese, Bolivian, Haitian, Senegalese, Angolan, Venezuelan, Polish, indigenous,
Jewish), at least a quarter of the name words rare or invented; names that are also words (Rosa,
Branco, Prudente, Bento, Vitória, Leão, Flor, Luz, Aurora, Esperança, Amado, Glória, Severo,
Constante) next to the same words as words ("seria prudente", "tela em branco", "a luz do
validador", "conta de luz") and in places, lines, hospitals, schools and companies (Presidente
Prudente, Bento Gonçalves, Viação Bento Amaral, Expresso Rosa Branca, Terminal Aurora, Hospital
Vitória Régia, Consórcio BRT Esperança, Hospital Leão XIII), which are not persons. Forms: full,
ALL CAPS without accents, lower case, "SURNAME, GIVEN", "SURNAME, Given", first name alone,
nicknames, split into nome/sobrenome columns.

Hard negatives (never labelled): CNJ process numbers, 11-digit protocol and guide numbers that
fail the CPF check (the script asserts that every unlabelled 11-digit number fails it), transit
card numbers (16 digits failing Luhn among them), ICD-10 codes (S/T/F/Y codes), money and
fares, protocol, ticket, order, claim, policy and boleto numbers, vehicle prefixes and bus
lines, hashes and session UUIDs, laws and norms (Lei 13.709/2018, Lei 10.741/2003, Lei
13.103/2015, art. 734 do Código Civil, NR-7), dates that are not birth dates, company names
containing a surname (Viação Nassar Ltda, Khoury, Tabosa e Mamede Advogados, Gadelha
Distribuidora), schools and streets honouring people when named as places.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
import urllib.parse
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 8484

# --------------------------------------------------------------------------- check digits

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
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Renata", "Vanessa", "Carolina", "Bianca", "Daniela", "Eliane", "Silvana", "Márcia", "Kátia",
        "Rosana", "Lúcia", "Helena", "Alice", "Lívia", "Cecília", "Yasmin", "Bruna", "Jéssica", "Thaís",
        "Michele", "Sueli", "Regina", "Vera Lúcia", "Maria Aparecida", "Ana Clara", "Marta", "Teresa",
        "Sônia", "Denise", "Luana", "Pâmela", "Nathália", "Rita de Cássia", "Graziela", "Fabiana", "Adriana",
        "Simone", "Cristiane", "Patrícia", "Juliana", "Aline", "Tatiane"]
RARE_F = ["Josilene", "Aldeci", "Zuleide", "Edvânia", "Gercina", "Marlucia", "Claudineia", "Ozenira",
          "Raimunda Nonata", "Valquíria", "Leidiane", "Daiane Kelly", "Rosimeire", "Jaqueline Suelen",
          "Eronildes", "Sirlene", "Vaneide", "Ednalva", "Maciléia", "Norberta", "Deuzuite", "Alzenir",
          "Kamilly", "Rayssa", "Emanuelly", "Lohany", "Taynná", "Crisleide", "Valmira", "Jozélia",
          "Iolanda", "Lindalva", "Francinete", "Zélia", "Hosana", "Gildete", "Dejanira", "Ivonete",
          "Cleonice", "Eudóxia", "Nadjane", "Rosinalva", "Quitéria", "Sheyla Raquel", "Wandeclécia",
          "Jucileide", "Maryellen", "Ketlyn", "Adenilda", "Lucinéia", "Edineuza", "Tereza Cristina"]
PT_M = ["Marcelo", "Alexandre", "Fernando", "Paulo", "Sérgio", "Luiz Carlos", "Carlos Eduardo", "Wagner",
        "Cláudio", "André", "Renato", "Júlio", "César", "Otávio", "Caio", "Enzo", "Davi", "Samuel",
        "Pedro Henrique", "Felipe", "Marcos", "Jorge", "Nelson", "Valter", "Osvaldo", "Mauro", "Wellington",
        "Alberto", "Domingos", "Manoel", "Joaquim", "Igor", "Leonardo", "Roberto", "Ricardo", "Antônio",
        "José Carlos", "Fábio", "Rogério", "Edson"]
RARE_M = ["Aldemir", "Edilson", "Genival", "Josimar", "Uelinton", "Reginauro", "Zacarias", "Juvenal",
          "Ozéas", "Valdeci", "Cleidson", "Eraldo", "Dorival", "Gilvan", "Ivonaldo", "Erisvaldo", "Jailton",
          "Lindomar", "Nivaldo", "Acácio", "Arlindo", "Hermógenes", "Ismael", "Jerônimo", "Wesley Kauã",
          "Rhuan", "Kayky", "Thalisson", "Wendell", "Abdias", "Elpídio", "Florisvaldo", "Idelfonso",
          "Lourival", "Sinval", "Zózimo", "Deusdete", "Adailton", "Valdomiro", "Cosme Damião", "Edvaldo",
          "Gervásio", "Jucelino", "Nilvan", "Orlandino", "Sebastião Vicente", "Welbert", "Ytalo", "Jhonatan",
          "Raylan", "Maicon Douglas", "Eudes", "Dermeval", "Aristeu"]
PT_SUR = ["Pereira", "Costa", "Rodrigues", "Martins", "Carvalho", "Gomes", "Ribeiro", "Alves", "Araújo",
          "Barbosa", "Cardoso", "Castro", "Correia", "Freitas", "Lopes", "Mendes", "Nunes", "Pinto", "Ramos",
          "Reis", "Teixeira", "Vieira", "Moura", "Nogueira", "Azevedo", "Campos", "Duarte", "Andrade",
          "Cavalcanti", "Marques", "Nascimento", "Santana", "Prado", "Machado", "Amaral", "Silva", "Santos",
          "Oliveira", "Souza", "Ferreira", "Lima", "Conceição"]
RARE_SUR = ["Cavalheiro", "Bulhões", "Faustino", "Anunciação", "Penedo", "Caetité", "Apolinário", "Gadelha",
            "Sobral", "Jacobina", "Landim", "Quixadá", "Belchior", "Perdigão", "Rolim", "Cantanhede",
            "Maciel Rebouças", "Parnaíba", "Queiroga", "Seabra", "Trajano", "Varjão", "Xerez", "Zumba",
            "Alencastro", "Bonfim", "Conrado", "Diniz Lacerda", "Estrela", "Fagundes", "Holanda", "Inojosa",
            "Juruena", "Lucena", "Mendonça Furtado", "Nápoles", "Otoni", "Pimentel", "Brasileiro", "Catunda",
            "Dantas Bezerra", "Esmeraldino", "Farias Brito", "Gurgel", "Itapicuru", "Jatobá", "Lustosa",
            "Mamede", "Nóbrega", "Orico", "Paixão", "Sampaio Corrêa", "Tabosa", "Uchôa", "Vasconcelos Torres"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Esperança", "Glória", "Dores"]
WORD_M = ["Bento", "Prudente", "Leão", "Branco", "Fiel", "Amado", "Severo", "Constante"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Leão", "Flor", "Luz", "Vitória", "Amado", "Pedrosa",
            "Cordeiro", "Raposo", "Pombo", "Sardinha", "Palmeira", "Bastos", "Passos", "Rocha", "Pedreira"]
NICK = {"Luiz Carlos": "Luizinho", "Manoel": "Mané", "Joaquim": "Quinzinho", "Domingos": "Mingo",
        "Raimunda Nonata": "Nonata", "Maria Aparecida": "Cida", "Vera Lúcia": "Verinha", "Teresa": "Tetê",
        "Rita de Cássia": "Ritinha", "Osvaldo": "Vavá", "Zacarias": "Zaca", "Hermógenes": "Mogenes",
        "Florisvaldo": "Flor", "Jerônimo": "Jerô", "Pedro Henrique": "PH", "Carlos Eduardo": "Cadu",
        "Idelfonso": "Fonso", "Alexandre": "Xande", "Francinete": "Net", "Deuzuite": "Zuzu",
        "José Carlos": "Zé Carlos", "Antônio": "Toninho", "Sebastião Vicente": "Tião", "Deusdete": "Dete",
        "Quitéria": "Teca", "Roberto": "Beto", "Edson": "Dinho", "Dejanira": "Janira", "Cosme Damião": "Cosminho"}
FOREIGN = {
    "it": (["Graziella", "Ornella", "Donatella"], ["Lorenzo", "Vittorio", "Ettore"],
           ["Bortolotto", "Zanin", "Gasparetto", "Dalla Costa", "Marcon", "Bianchini", "Fiorese", "Tonello"]),
    "de": (["Waltraud", "Gerda", "Liesel"], ["Helmut", "Ewald", "Armin"],
           ["Schneider", "Hoffmann", "Krüger", "Brandenburg", "Voigt", "Lemke", "Stüpp", "Kuhnen"]),
    "jp": (["Sachiko", "Naomi", "Emiko", "Tomoe"], ["Kenji", "Takeshi", "Hiroshi", "Shigueru"],
           ["Yamashiro", "Tamashiro", "Kinjo", "Oshiro", "Matsumoto", "Ishikawa", "Higa"]),
    "ar": (["Nadia", "Leila", "Soraya"], ["Farid", "Nagib", "Kamal"],
           ["Haddad", "Khoury", "Maluf", "Nassar", "Sfeir", "Abdalla", "Jabour"]),
    "kr": (["Min-ji", "Hye-jin", "Soo-yeon"], ["Sung-ho", "Jae-won", "Dong-hyun"], ["Kim", "Choi", "Jung", "Yoon", "Park"]),
    "cn": (["Xiaoling", "Hui", "Meiying"], ["Hao", "Lei", "Jianguo"], ["Chen", "Wu", "Lin", "Zhou", "Liang"]),
    "bo": (["Ximena", "Rocío", "Wilma"], ["Rolando", "Fidel", "Eusebio"],
           ["Apaza", "Ticona", "Yupanqui", "Colque", "Mamani", "Choque"]),
    "ht": (["Guerline", "Mirlande", "Roseline", "Nadège"], ["Wilner", "Jhonson", "Frantz", "Wisly"],
           ["Joseph", "Dorvil", "Célestin", "Exantus", "Noël", "Pierre-Louis"]),
    "sn": (["Aminata", "Fatou", "Khady"], ["Mamadou", "Ousmane", "Cheikh"],
           ["Diop", "Ndiaye", "Sow", "Fall", "Gueye", "Mbaye"]),
    "ao": (["Luzia Nzinga", "Teresa Ndala", "Isabel Kapinga"], ["Kiluanje", "Domingos Mbala", "Nzuzi"],
           ["Kiala", "Nzau", "Massala", "Tchipa", "Lukoki"]),
    "in": (["Iracema", "Araci", "Jurema", "Potyra"], ["Anhangá", "Tupã", "Cauê", "Raoni"],
           ["Krahô", "Kaingang", "Xavante", "Tukano", "Guajajara", "Terena"]),
    "jw": (["Raquel", "Débora", "Hanna", "Esther"], ["Abraão", "Salomão", "Isaac", "Mordechai"],
           ["Weissmann", "Grinberg", "Blaustein", "Kac", "Zylberstajn"]),
    "ve": (["Yusleidy", "Marbelys", "Yorgelis"], ["Yorman", "Deiby", "Jhoandry"],
           ["Guaramato", "Briceño", "Colmenares", "Urdaneta"]),
    "pl": (["Jadwiga", "Halina"], ["Kazimierz", "Zbigniew"], ["Wiśniewski", "Kowalczyk", "Sobczak"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "ve", "pl", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Penedo", "Estrela", "Conceição", "Paixão", "Rocha", "Glória"}
DO_SUR = {"Nascimento", "Amaral", "Prado", "Bonfim"}
DOS_SUR = {"Reis", "Campos", "Santos", "Passos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "17", "19", "21", "22", "27", "31", "32", "33", "37", "41", "43", "45",
        "46", "47", "51", "53", "54", "61", "62", "64", "65", "67", "69", "71", "74", "75", "79", "81",
        "83", "84", "85", "86", "88", "91", "92", "95", "96", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Rodovia",
                "Praça", "Beco", "Servidão"]
STREET_NAMES = ["Rosa Branca", "Doutor Bento Amaral", "da Aurora", "Leão XIII", "Prudente de Morais",
                "Flor de Lis", "das Palmeiras", "Coronel Lourival Penedo", "Professora Zuleide Gadelha",
                "Vinte e Quatro de Maio", "Dom Pedro II", "Barão do Rio Branco", "Luz Divina", "Esperança",
                "Frei Caneca", "General Osório", "Capitão Abdias Landim", "das Acácias", "Vitória Régia",
                "Maestro Sinval Trajano", "Padre Anchieta", "Beira-Rio", "Quinze de Novembro",
                "Irmãos Bulhões", "Cônego Idelfonso Rolim", "dos Pescadores", "Senador Queiroga",
                "Barão de Mauá", "Juscelino Kubitschek", "Santos Dumont", "Engenheiro Caetité",
                "dos Motoristas", "Marechal Deodoro", "Nossa Senhora da Glória", "Tiradentes",
                "Doutora Quitéria Mamede", "Sargento Deusdete Lustosa", "do Trabalhador", "Bom Pastor"]
CITIES = [("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"), ("Curitiba", "PR"),
          ("Porto Alegre", "RS"), ("Recife", "PE"), ("Salvador", "BA"), ("Fortaleza", "CE"), ("Goiânia", "GO"),
          ("Belém", "PA"), ("Manaus", "AM"), ("Brasília", "DF"), ("Campinas", "SP"), ("Natal", "RN"),
          ("São Luís", "MA"), ("Teresina", "PI"), ("João Pessoa", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"),
          ("Cuiabá", "MT"), ("Campo Grande", "MS"), ("Florianópolis", "SC"), ("Vitória", "ES"),
          ("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Sorocaba", "SP"), ("Uberlândia", "MG"),
          ("Contagem", "MG"), ("Niterói", "RJ"), ("Londrina", "PR"), ("Joinville", "SC"), ("Santo André", "SP"),
          ("Guarulhos", "SP"), ("Jaboatão dos Guararapes", "PE"), ("Feira de Santana", "BA")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Aurora", "Vila Leão", "Centro", "Bela Vista", "Jardim Rosa Branca", "Alto da Luz",
           "Parque Prudente", "Vila Esperança", "Bonfim", "Jardim Bento XVI", "Flor do Vale", "Cidade Nova",
           "Cohab II", "Conjunto Glória", "Vila Operária", "Jardim das Rosas", "Campo Limpo", "Cajazeiras"]
CIDS = ["S52.5", "S06.0", "S42.0", "S82.6", "S93.4", "T14.0", "S01.8", "S32.0", "S13.4", "S60.2", "T14.1",
        "F43.1", "F43.0", "F41.1", "F32.1", "M54.5", "M51.1", "M75.1", "M65.4", "I10", "E11.9", "H52.1",
        "G47.3", "J45.9", "H90.3", "G80.9", "Q90.9", "F84.0", "H54.0", "Z04.1", "V89.2", "Y04"]
LINES = ["8012-10 Term. Bandeira / Jd. Aurora", "175T Vila Leão–Centro", "BRT TransOeste 22", "Linha 4-Amarela",
         "Linha 2-Verde", "856R-10", "4312 Cajazeiras / Estação da Lapa", "T11 Circular Bonfim",
         "508 Campo Limpo / Metrô Vila Operária", "Linha 1-Azul", "L-071 Conjunto Glória", "Expresso Prudente 300",
         "BRT Norte-Sul · Estação Tiradentes", "alimentador 611 Flor do Vale", "Linha 15-Prata (monotrilho)"]
OPERATORS = ["Viação Bento Amaral Ltda", "Expresso Rosa Branca S.A.", "Transportes Coletivos Prudente Ltda",
             "Consórcio Leão do Norte", "Auto Viação Gadelha", "Empresa de Ônibus Vitória Régia S.A.",
             "Metrô Aurora S.A.", "Consórcio BRT Esperança", "Viação Cavalheiro & Filhos", "TransLuz Mobilidade S.A.",
             "Viação Nassar Ltda", "Rápido Bonfim Transportes"]
CARD_SYSTEMS = ["Bilhete Único", "Cartão Bom", "VEM", "Passe Fácil", "RioCard Mais", "Cartão Aurora",
                "SIM Mobilidade", "BHBus", "Cartão Cidadão Esperança", "Passe Livre Metropolitano"]


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
        return self.given.split()[0] if not self.given.startswith(("Flor de", "Maria d", "Thi ")) else self.given

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


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

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
        if r < 0.38:
            return self.pick(RARE_SUR)
        if r < 0.52:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.7 else self.pick(sorted(FOREIGN))
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
                if s not in surnames:
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.05:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn", "vn"):
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
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "live.com", "ig.com.br"])
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
        style = style or self.pick(["dot", "dot", "raw"])
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
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
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"])
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.4) if old is None else old
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

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"sala {self.rng.randint(101, 910)}", f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}"])
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
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1940, hi: int = 2008) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def iso_ts(self) -> str:
        return f"{self.date('iso')}T{self.hms()}.{self.d(3)}Z"

    def hm(self) -> str:
        return f"{self.rng.randint(6, 23):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 6 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "5.04", "5.15", "8.19", "4.03", "8.13", "8.17"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2018, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"SAC-{self.d(7)}"])

    def version(self) -> str:
        return f"{self.rng.randint(0, 4)}.{self.rng.randint(0, 31)}.{self.rng.randint(0, 19)}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRBM":
            return f"CRBM-{self.rng.randint(1, 6)} {self.d(5)}"
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {n}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "en": f"{MONTHS_EN[mm - 1]} {dd}, {yy}", "en_uk": f"{dd} {MONTHS_EN[mm - 1]} {yy}",
            "us": f"{mm:02d}/{dd:02d}/{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]




OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("cl", "d"), ("li", "h"), ("e", "c"), ("í", "i"),
               ("ã", "a"), ("ç", "c"), ("é", "e"), ("I", "l"), ("n", "ri"), ("u", "ii"), ("o", "ó")]
OCR_DIGITS = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I"), ("0", "o")]
OCR_UNDO = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "|": "1"})


def ocr(s: str, g: Gen, rate: float = 0.35, digits: bool = False) -> str:
    """Apply one or two OCR confusions: letters in names and words, digit/letter in identifiers."""
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


def jstr_ascii(s: str) -> str:
    return json.dumps(s)[1:-1]


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

    def add(self, other: "Doc") -> "Doc":
        base = len(self.text)
        self.text += other.text
        self.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in other.spans]
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



# --------------------------------------------------------------------------- tables and shared bits

def V(s) -> tuple:
    return (str(s), None)


def table_psql(doc: Doc, cols: list[str], rows: list[list[tuple]], footer: bool = True) -> None:
    """psql / dbt-show style: ` a | b ` with a dashed rule and "(n rows)"."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t(" " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + "\n")
    doc.t("-" + "-+-".join("-" * w for w in widths) + "-\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            doc.t(" " if k == 0 else " | ")
            doc.cell(v, w, lab)
        doc.t("\n")
    if footer:
        doc.t(f"({len(rows)} {'row' if len(rows) == 1 else 'rows'})\n")


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


def mojibake(s: str) -> str:
    """UTF-8 read as Latin-1 (the one kind of damage this set keeps, in a few records)."""
    return s.encode("utf-8").decode("latin-1")


def score(g: Gen, k: int = 4) -> str:
    return f"0.{g.d(k)}"


def signed(g: Gen) -> str:
    return g.pick(["+", "-"]) + f"0.{g.d(3)}"


def cust_id(g: Gen) -> str:
    return g.pick([f"CLI{g.d(8)}", f"cus_{g.hexs(12)}", g.d(9), f"C-{g.d(6)}"])


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



def brl(g: Gen, lo: int = 5, hi: int = 500) -> str:
    return "R$ " + g.money(lo, hi)


def transit_card(g: Gen) -> str:
    """Transit-card numbers (not labelled): printed number, chip serial or app id."""
    k = g.rng.randint(0, 3)
    if k == 0:
        return f"{g.d(2)}.{g.d(2)}.{g.d(8)}-{g.d(1)}"
    if k == 1:
        return g.neg(16) if g.chance(0.5) else " ".join(g.neg(16)[i:i + 4] for i in range(0, 16, 4))
    if k == 2:
        return g.hexs(14).upper()
    return f"{g.pick(['BU', 'VT', 'ES', 'ID'])}{g.d(9)}"


def prefix(g: Gen) -> str:
    return g.pick([f"{g.rng.randint(10, 99)}.{g.d(3)}", g.d(5), f"{g.rng.randint(1, 9)}{g.d(3)}", f"A{g.d(4)}"])


def matricula(g: Gen) -> str:
    return g.pick([g.d(6), f"{g.d(5)}-{g.d(1)}", f"0{g.d(5)}", f"MT{g.d(5)}"])


def protocol(g: Gen) -> str:
    return g.pick([f"{g.rng.randint(2024, 2025)}{g.d(8)}", g.neg(11), f"OUV-{g.d(6)}/{g.rng.randint(2024, 2025)}",
                   f"#{g.d(9)}", f"SAC{g.d(10)}", f"{g.d(3)}.{g.d(3)}.{g.d(3)}"])


LAWS = ["Lei 13.709/2018", "Lei 10.741/2003 (Estatuto da Pessoa Idosa)", "Lei 12.587/2012", "Lei 13.146/2015",
        "Lei 12.852/2013 (Estatuto da Juventude)", "art. 734 do Código Civil", "Lei 6.194/1974", "Lei 8.213/1991",
        "art. 37, § 6º, da Constituição", "Decreto Municipal 58.639/2019", "art. 14 do CDC (Lei 8.078/1990)",
        "Lei 13.467/2017", "NR-7", "Portaria SMT 117/2023"]
WORD_USES = ["a luz do validador ficou vermelha", "a tela ficou em branco", "seria prudente trocar o cartão",
             "campanha do outubro rosa", "conta de luz como comprovante", "vitória do sindicato na data-base",
             "terminal da Aurora", "o carro estava branco de poeira", "uma flor de pessoa, muito educada",
             "ficou amado pelos passageiros da linha", "foi severo com o cobrador", "a esperança é receber até sexta"]


def uf_rg(g: Gen) -> str:
    return g.pick(["SSP/SP", "SSP-BA", "SDS/PE", "DETRAN/RJ", "SSP/MG", "PC/GO", "SESP/PR", "SSP/CE", "IFP/RJ", "SJS/RS"])


# =========================================================================== atendimento

def at_cadastro(g: Gen) -> Doc:
    """Student free/half-fare registration form with the guardian's block, filled at a service post."""
    doc = Doc()
    st = g.person()
    minor = g.chance(0.6)
    sysname = g.pick(CARD_SYSTEMS)
    city, uf = g.city()
    school = g.pick(["E.E. Professora Zuleide Gadelha", "EMEF Padre Anchieta", "Colégio Estadual Barão de Mauá",
                     "IFSP campus Bento Amaral", "Escola Municipal Aurora", "Faculdade Leão XIII", "ETEC Rosa Branca",
                     "Universidade Federal (campus Tiradentes)", "Colégio Prudente de Morais"])
    doc.f("«sys» — CADASTRO DE ESTUDANTE (meia tarifa / passe livre estudantil)\nPosto de atendimento: «posto»   Protocolo: «pr»\n"
          "=====================================================================\n",
          sys=sysname.upper(), posto=g.pick(["Terminal Bandeira", "Estação Sé", "Poupatempo Centro", "Terminal Aurora",
                                            "Loja Expresso Rosa Branca", "Estação da Lapa"]), pr=protocol(g))
    doc.f("1. DADOS DO ESTUDANTE\nNome completo: «n»\nData de nasc.: «dob»     Sexo: «sx»\nCPF: «cpf»     RG: «rg» «org»\n",
          n=P(g.pick([st.full, st.caps, st.full])), dob=(g.dob(g.pick(["br", "br", "nopad"]), 2005 if minor else 1985, 2016 if minor else 2006), "DATE_OF_BIRTH"),
          sx="F" if st.female else "M", cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), org=uf_rg(g))
    doc.f("Endereço: «a»   Bairro: «b»\nMunicípio/UF: «c»/«uf»   CEP: «cep»\nCelular: «t»   E-mail: «e»\n",
          a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(g.chance(0.8)), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(st), "EMAIL_ADDRESS"))
    doc.f("\n2. VÍNCULO ESCOLAR\nInstituição: «s»   Série/Período: «se»   RA/matrícula: «ra»\nDeclaração de matrícula: «dec»\n",
          s=school, se=g.pick(["8º ano", "1ª série EM", "3º semestre", "noturno", "EJA módulo II", "2º ano"]),
          ra=g.pick([g.neg(11), g.d(9), f"{g.d(6)}-{g.d(1)}"]), dec=g.pick(["anexada (válida até 12/2025)", "pendente", "ok, conferida"]))
    if minor:
        r = g.relative(st)
        doc.f("\n3. RESPONSÁVEL LEGAL (obrigatório p/ menor de 18)\nNome: «n»   Parentesco: «p»\nCPF: «cpf»   RG: «rg»\nTel.: «t»\n",
              n=P(r.full), p=g.pick(["mãe", "pai", "avó", "tia", "tutor(a)"]), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
              t=(g.phone(), "PHONE_NUMBER"))
    else:
        doc.f("Título de eleitor: «te»\n\n3. RESPONSÁVEL LEGAL: não se aplica (maior de idade)\n", te=(g.titulo(), "BR_TITULO_ELEITOR"))
    att = g.person()
    doc.f("\n4. USO INTERNO\nCartão emitido nº «card»  (cota «q» viagens/mês)   Taxa 2ª via: «tx»\nAtendente: «a» (login «lg»)   Data: «d»\n"
          "Obs.: «o»\n",
          card=transit_card(g), q=g.pick(["48", "60", "ilimitada", "96"]), tx=g.pick(["isento", brl(g, 10, 40)]),
          a=P(g.pick([att.full, att.short, att.first])), lg=login(att), d=g.date(),
          o=g.pick(["foto recusada 1x (fundo escuro), refeita no posto", "comprovante de endereço = " + g.pick(WORD_USES[4:5]),
                    "aluno já tinha cadastro antigo bloqueado (cartão " + transit_card(g) + ")", "nada a declarar", "—"]))
    return doc


def at_chat(g: Gen) -> Doc:
    """WhatsApp service chat of a card system: bot, then a human attendant; top-up not credited."""
    doc = Doc()
    c = g.person()
    att = g.person(female=g.chance(0.7))
    bot = g.pick(["Vai&Vem Bot", "Bia (assistente virtual)", "PasseBot", "Assistente Aurora"])
    d = g.date()
    sys_ = g.pick(CARD_SYSTEMS)
    # WhatsApp Business exports often show the business as the sender of the attendant's lines
    att_s = (sys_ + " Atendimento", None) if g.chance(0.6) else (att.first, "PERSON")
    h0 = g.rng.randint(7, 20) * 3600
    hs = g.times(9, h0, h0 + 2700)
    ph = g.phone(g.pick(["plus", "e164"]))
    if g.chance(0.5):
        shown = g.pick([c.full, c.short, c.first, c.low, c.nick])
        doc.f("Conversa exportada — «sys» Atendimento (WhatsApp Business)\nCliente: «n» · «ph»\n\n", sys=sys_,
              n=(shown, "PERSON"), ph=(ph, "PHONE_NUMBER"))
        lab = "PERSON"
    else:
        # contact not saved: WhatsApp shows the number as the sender
        shown = ph
        doc.f("Conversa exportada — «sys» Atendimento (WhatsApp Business)\nCliente: «ph» (contato não salvo)\n\n", sys=sys_,
              ph=(ph, "PHONE_NUMBER"))
        lab = "PHONE_NUMBER"
    doc.f("[«d» «h»] «b»: Olá! Sou a assistente virtual. Digite 1 p/ recarga, 2 p/ cartão perdido, 3 p/ falar com atendente\n"
          "[«d» «h2»] «n»: 3\n[«d» «h3»] «b»: Aguarde, você será transferido(a)\n",
          d=d, h=hs[0], h2=hs[1], h3=hs[2], b=bot, n=(shown, lab))
    doc.f("[«d» «h»] «a»: Boa tarde! Aqui é «af», com quem falo?\n[«d» «h2»] «n»: «full», fiz uma recarga de «v» no pix ontem e nao caiu no cartao\n",
          d=d, h=hs[3], a=att_s, af=P(att.first), h2=hs[4], n=(shown, lab), full=P(g.pick([c.full, c.low])), v=brl(g, 10, 200))
    doc.f("[«d» «h»] «a»: Consigo verificar sim. Me confirma o CPF e a data de nascimento do titular?\n"
          "[«d» «h2»] «n»: «cpf» «dob»\n",
          d=d, h=hs[5], a=att_s, h2=hs[6], n=(shown, lab), cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
          dob=(g.dob(g.pick(["br", "short", "nopad"])), "DATE_OF_BIRTH"))
    k = g.rng.randint(0, 2)
    if k == 0:
        doc.f("[«d» «h»] «a»: Localizei. A recarga ficou pendente de validação: é só passar o cartão num validador que ela cai. "
              "Se a «w», aguarde 48h. Quer o comprovante por e-mail?\n[«d» «h2»] «n»: quero, «e»\n",
              d=d, h=hs[7], a=att_s, w=g.pick(["luz do validador ficar vermelha", "tela ficar em branco"]), h2=hs[8], n=(shown, lab),
              e=(g.email(c), "EMAIL_ADDRESS"))
    elif k == 1:
        m = g.relative(c)
        doc.f("[«d» «h»] «a»: Esse CPF está vinculado a outro cartão, em nome de «m». É da senhora/do senhor?\n"
              "[«d» «h2»] «n»: é da minha mãe, «mf». o dela é o «cpf2»\n",
              d=d, h=hs[7], a=att_s, m=P(m.caps), h2=hs[8], n=(shown, lab), mf=P(m.first), cpf2=(g.cpf(), "BR_CPF"))
    else:
        doc.f("[«d» «h»] «a»: O pedido #«o» foi estornado pelo banco. Pode refazer pelo app ou me passa um e-mail que envio o link\n"
              "[«d» «h2»] «n»: «e» ou liga «t»\n",
              d=d, h=hs[7], a=att_s, o=g.d(8), h2=hs[8], n=(shown, lab), e=(g.email(c), "EMAIL_ADDRESS"),
              t=(g.phone(g.pick(["raw", "plain", "dash"])), "PHONE_NUMBER"))
    doc.f("[«d» «hz»] «b»: Atendimento encerrado. Protocolo «p». Avalie: https://pesquisa.exemplo/«h»\n",
          d=d, hz=g.times(1, h0 + 2800, h0 + 3500)[0], b=bot, p=protocol(g), h=g.hexs(10))
    return doc


def at_achados(g: Gen) -> Doc:
    """Lost-and-found log of a bus garage / metro station (ruled table) and the claims."""
    doc = Doc()
    op = g.pick(OPERATORS)
    resp = g.person()
    doc.f("«op» — ACHADOS E PERDIDOS — «loc»\nLivro de registro, semana de «d»   Responsável: «r»\n",
          op=op.upper(), loc=g.pick(["Garagem Vila Operária", "Estação Tiradentes", "Terminal Bonfim", "Garagem Cajazeiras",
                                     "Estação Barão de Mauá (Linha 2)", "Terminal Aurora"]),
          d=g.date(), r=P(g.pick([resp.full, resp.caps])))
    rows = []
    claims = []
    for _ in range(g.rng.randint(4, 6)):
        owner = g.person()
        finder = g.person()
        k = g.rng.randint(0, 5)
        obj: list[tuple] = []
        if k == 0:
            obj = [V("carteira c/ RG "), (g.rg(), "BR_RG"), V(" em nome de "), P(owner.caps)]
        elif k == 1:
            obj = [V("CNH nº "), (g.cnh(), "BR_CNH"), V(" ("), P(owner.full), V(")")]
        elif k == 2:
            obj = [V("mochila escolar, caderno c/ nome "), P(g.pick([owner.first, owner.low]))]
        elif k == 3:
            obj = [V("guarda-chuva preto")]
            owner = None
        elif k == 4:
            obj = [V("celular Samsung, contato 'mãe' "), (g.phone(), "PHONE_NUMBER")]
            owner = None
        else:
            obj = [V("cartão " + g.pick(CARD_SYSTEMS) + " " + transit_card(g))]
            owner = None
        ln = g.pick(LINES)
        code = next((t for t in ln.split() if any(ch.isdigit() for ch in t)), ln.split()[0])
        line = f"{code} / {prefix(g)}"
        situ = g.pick(["devolvido", "aguardando", "enviado p/ central", "descartado (30 dias)"])
        fk = g.rng.randint(0, 2)
        fnd = [P(finder.short)] if fk == 0 else ([P(finder.first), V(" (mot.)")] if fk == 1 else [P(finder.caps), V(" - cobr.")])
        rows.append((g.date("short"), line, obj, fnd, situ))
        if owner is not None and situ == "devolvido":
            claims.append(owner)
    doc.t("+" + "-" * 10 + "+" + "-" * 24 + "+" + "-" * 40 + "+\n| data     | linha / carro          | objeto / achado por / situação\n"
          + "+" + "-" * 10 + "+" + "-" * 24 + "+" + "-" * 40 + "+\n")
    for dd, line, obj, fnd, situ in rows:
        doc.t(f"| {dd} | {line:<22} | ")
        for v, lab in obj:
            doc.e(v, lab)
        doc.t(" | ")
        for v, lab in fnd:
            doc.e(v, lab)
        doc.t(f" | {situ} |\n")
    doc.t("+" + "-" * 10 + "+" + "-" * 24 + "+" + "-" * 40 + "+\n")
    if claims:
        doc.t("\nRETIRADAS (conferir documento com foto):\n")
        for o in claims:
            doc.f("- «n», CPF «cpf», tel «t», retirou em «d» — ass. ok\n", n=P(o.full), cpf=(g.cpf(), "BR_CPF"),
                  t=(g.phone(), "PHONE_NUMBER"), d=g.date("short"))
    doc.f("\nObjetos sem procura há 30 dias seguem p/ «x» conforme «l».\n",
          x=g.pick(["a Central de Achados (Av. do Estado)", "doação ao Fundo Social", "a Barão de Mauá"]),
          l=g.pick(["Portaria SMT 117/2023", "norma interna NI-08", "o regulamento do " + g.pick(CARD_SYSTEMS)]))
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """Ombudsman ticket e-mail: elderly passenger complains the driver skipped the stop; reply drafted."""
    doc = Doc()
    c = g.person()
    drv = g.person(female=g.chance(0.15))
    an = g.person()
    op = g.pick(OPERATORS)
    pl = g.plate()
    age = g.rng.randint(65, 89)
    doc.f("De: ouvidoria@«dom»\nPara: «an_e»\nAssunto: [Ouvidoria] Manifestação «p» — reclamação — «op»\n\n",
          dom=g.pick(["sptrans.exemplo.gov.br", "mobilidade.exemplo.gov.br", "metroaurora.com.br", "bilhete.exemplo.org"]),
          an_e=(corp_mail(an, "mobilidade.exemplo.gov.br"), "EMAIL_ADDRESS"), p=protocol(g), op=op)
    doc.f("Manifestante: «n»\nCPF: «cpf»   Nasc.: «dob»   («age» anos — cartão Pessoa Idosa)\nEndereço: «a», «c» — CEP «cep»\n"
          "Contato: «t» / «e»\nCanal: «ch»   Data do fato: «d»   Linha: «l»   Carro: «pre»   Placa: «pl»\n\n",
          n=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 2024 - age, 2024 - age), "DATE_OF_BIRTH"),
          age=age, a=(g.address(), "ADDRESS"), c=g.city()[0], cep=(g.cep(), "BR_CEP"),
          t=(g.phone(mobile=g.chance(0.6)), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"),
          ch=g.pick(["156", "site", "app", "presencial"]), d=g.date(), l=g.pick(LINES), pre=prefix(g), pl=(pl, "LICENSE_PLATE"))
    txt = g.pick([
        "Relato: dei sinal no ponto da «pt» e o motorista passou direto, é a terceira vez nessa semana. Quando consegui embarcar no "
        "seguinte ele disse que idoso tem que esperar o de trás. Quero providência. Sou «nf», tenho «age» anos e pago meus impostos.\n",
        "Relato: o motorista fechou a porta no meu braço na «pt», fiquei com hematoma. Uma moça, a «nf», viu tudo e pode confirmar "
        "(ela deixou o telefone «t2»). Peço as imagens da câmera interna.\n",
        "relato: o cobrador nao aceitou meu cartao de idoso falando que a foto tava apagada, tive que pagar «v». mesma coisa na «pt». "
        "quero o reembolso e que ele seja orientado. att «nf»\n",
    ])
    w = g.person()
    doc.f(txt, pt=g.pick(["Praça Tiradentes", "Barão de Mauá", "Estação da Lapa", "esquina da Leão XIII", "Santa Casa", "Terminal Aurora"]),
          nf=P(c.first) if "Sou" in txt or "att" in txt else P(w.full), age=age,
          t2=(g.phone(), "PHONE_NUMBER"), v=brl(g, 4, 6))
    doc.f("\n--- Resposta da operadora (rascunho) ---\nPrezado(a) «n», a «op» identificou o condutor «dr» (matr. «m»), escalado no carro «pre» "
          "naquele dia. «ac» Conforme a «law», o embarque da pessoa idosa é garantido.\nAtenciosamente,\n«an»\nAnalista de Ouvidoria — «an_e»\n",
          n=P(g.pick([c.first, c.full])), op=op, dr=P(g.pick([drv.full, drv.caps, drv.short])), m=matricula(g), pre=prefix(g),
          ac=g.pick(["Ele foi convocado para reciclagem no CFC interno.", "Aplicamos advertência escrita.",
                     "As imagens foram preservadas por 30 dias.", "Não houve falha na operação segundo o GPS (atraso de 4 min)."]),
          law=g.pick(LAWS[1:3]), an=P(an.full), an_e=(corp_mail(an, "mobilidade.exemplo.gov.br"), "EMAIL_ADDRESS"))
    return doc


def at_pcd(g: Gen) -> Doc:
    """Scanned (OCR-ish) disability free-fare application with companion and medical block."""
    doc = Doc()
    c = g.person()
    comp = g.relative(c) if g.chance(0.7) else g.person()
    doc_ = g.person()
    cid = g.pick(["G80.9", "Q90.9", "F84.0", "H54.0", "H90.3", "G35", "F71", "Q05.9", "N18.5", "B20"])
    o = lambda s: ocr(s, g, 0.25)  # noqa: E731
    od = lambda s: ocr(s, g, 0.2, digits=True)  # noqa: E731
    doc.f("«h»\nREQUERIMENTO DE GRATUIDADE - PESSOA COM DEFICIENCIA\n«sys»   Via do requerente   Fls. 1/2\n\n",
          h=g.pick(["PREFElTURA MUNICIPAL — SECRETARIA DE MOBlLIDADE", "CONSÓRCIO METROPOLITANO DE TRANSPORTES", "SEC. MUNIC. DE TRANSPORTES"]),
          sys=g.pick(CARD_SYSTEMS))
    doc.f("NOME: «n»\nDATA NASC.: «dob»   CPF: «cpf»\nRG: «rg»   CNS: «cns»\nENDEREÇO: «a»   CEP «cep»\nFONE: «t»\n",
          n=P(o(c.caps)), dob=(g.dob(g.pick(["br", "dot"]), 1940, 2015), "DATE_OF_BIRTH"), cpf=(od(g.cpf("dot")), "BR_CPF"),
          rg=(od(g.rg()), "BR_RG"), cns=(g.cns(True), "BR_CNS"), a=(o(g.address("caps")), "ADDRESS"), cep=(od(g.cep()), "BR_CEP"),
          t=(g.phone(g.pick(["par", "nospace", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.8):
        doc.f("[X] NECESSITA DE ACOMPANHANTE\nACOMPANHANTE 1: «n1»   CPF «c1»\n",
              n1=P(o(comp.caps)), c1=(g.cpf("dot"), "BR_CPF"))
        if g.chance(0.5):
            c2 = g.person()
            doc.f("ACOMPANHANTE 2: «n2»   RG «r2»\n", n2=P(c2.caps), r2=(g.rg(), "BR_RG"))
    else:
        doc.t("[ ] NECESSITA DE ACOMPANHANTE\n")
    doc.f("\nLAUDO MÉDICO (campo p/ preenchimento do médico)\nCID-10: «cid»   Deficiência: «df»   Caráter: «car»\n"
          "Médico: «m»   «crm»\nUnidade: «u»   Data: «d»\n",
          cid=cid, df=g.pick(["física", "visual", "auditiva", "intelectual", "TEA", "renal crônica"]),
          car=g.pick(["permanente", "temporário (revisão em 2 anos)"]), m=P(o(doc_.caps)), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          u=g.pick(["UBS Vila Esperança", "Hospital Leão XIII", "AME Barão de Mauá", "Policlínica Aurora", "CER IV Bonfim"]),
          d=g.date("br"))
    doc.f("\n— carimbo ilegível — ___________________\nRecebido por: «r»   em «d»   Proc. adm. «pr»\n",
          r=P(g.pick([g.person().short, g.person().first])), d=g.date("short"), pr=f"{g.d(4)}.{g.rng.randint(2024, 2025)}/{g.d(7)}-{g.d(1)}")
    return doc


def at_recarga_csv(g: Gen) -> Doc:
    """CSV extract of online top-up orders from the card system portal, sent to the service desk."""
    doc = Doc()
    an = g.person()
    doc.f("Segue extração pedida no chamado «ch» (pedidos de recarga online c/ falha de crédito, «d»). — «a»\n\n",
          ch=f"INC{g.d(7)}", d=g.date(), a=P(an.first))
    sep = g.pick([";", ","])
    cols = ["id_pedido", "dt_pedido", "nome_titular", "cpf_titular", "email", "telefone", "ip_origem", "nr_cartao",
            "valor", "meio_pgto", "cartao_pgto", "status"]
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        c = g.person()
        pay = g.pick(["pix", "credito", "credito", "debito"])
        cardv = V("") if pay == "pix" else V(f"{g.d(4)}********{g.d(4)}" if g.chance(0.85) else f"{g.d(6)}******{g.d(4)}")
        rows.append([V(g.d(9)), V(f"{g.date('iso')} {g.hms()}"), P(g.pick([c.caps, c.full, c.plain])),
                     (g.cpf("raw" if g.chance(0.6) else "dot"), "BR_CPF"), (g.email(c), "EMAIL_ADDRESS"),
                     (g.phone(g.pick(["raw", "e164", "par"])), "PHONE_NUMBER"), (g.ip(), "IP_ADDRESS"), V(transit_card(g)),
                     V(g.money(5, 300).replace(".", "")), V(pay), cardv, V(g.pick(["PAGO_NAO_CREDITADO", "ESTORNADO", "PENDENTE_VALIDADOR"]))])
    table_csv(doc, cols, rows, sep=sep)
    doc.f("\n(«n» linhas) — cartao_pgto vem mascarado do gateway; nr_cartao é o nº impresso do cartão de transporte.\n", n=len(rows))
    return doc


def at_applog(g: Gen) -> Doc:
    """App log lines of account recovery and logins, pasted in a fraud/security ticket of the card app."""
    doc = Doc()
    c = g.person()
    an = g.person()
    em = g.email(c)
    doc.f("Ticket SEC-«n» · suspeita de tomada de conta (app «sys») · aberto por «a»\n\n```\n",
          n=g.d(4), sys=g.pick(CARD_SYSTEMS), a=P(an.full))
    ts = g.times(6, 8 * 3600, 22 * 3600)
    d = g.date("iso")
    ip1, ip2 = g.ip(), g.ip()
    doc.f("«d»T«t0»:12Z INFO  auth.login      user=«e» ip=«ip1» ua=\"okhttp/4.12\" result=OK\n",
          d=d, t0=ts[0], e=(em, "EMAIL_ADDRESS"), ip1=(ip1, "IP_ADDRESS"))
    doc.f("«d»T«t1»:40Z INFO  profile.view    user=«e» cpf=«cpf» nome=\"«n»\"\n",
          d=d, t1=ts[1], e=(em, "EMAIL_ADDRESS"), cpf=(g.cpf("raw"), "BR_CPF"), n=P(c.caps))
    doc.f("«d»T«t2»:03Z WARN  auth.recovery   channel=sms to=«t» ip=«ip2» geo=«geo»\n",
          d=d, t2=ts[2], t=(g.phone("e164"), "PHONE_NUMBER"), ip2=(ip2, "IP_ADDRESS"), geo=g.pick(["BR-SP", "BR-RJ", "PY-ASU", "BR-PE"]))
    new = g.email(g.person())
    doc.f("«d»T«t3»:58Z INFO  profile.update  field=email old=«e» new=«n» ip=«ip2»\n",
          d=d, t3=ts[3], e=(em, "EMAIL_ADDRESS"), n=(new, "EMAIL_ADDRESS"), ip2=(ip2, "IP_ADDRESS"))
    doc.f("«d»T«t4»:21Z INFO  wallet.transfer amount=«v» from_card=«c1» to_card=«c2» ip=«ip2»\n",
          d=d, t4=ts[4], v=g.money(20, 400), c1=transit_card(g), c2=transit_card(g), ip2=(ip2, "IP_ADDRESS"))
    doc.f("«d»T«t5»:09Z ERROR antifraud.rule  R-17 velocity_exceeded user_id=«u» session=«s»\n```\n\n",
          d=d, t5=ts[5], u=g.d(8), s=g.uuid())
    doc.f("«a»: o titular («n», nasc. «dob») ligou no SAC (retorno no «t») dizendo que não pediu troca de e-mail. "
          "Bloqueei o saldo e revertí a transferência. Falta confirmar com «b» se o IP «ip» já apareceu em outros casos.\n",
          a=P(an.first), n=P(c.full), dob=(g.dob("br"), "DATE_OF_BIRTH"), t=(g.phone(), "PHONE_NUMBER"),
          b=P(g.person().first), ip=(ip2, "IP_ADDRESS"))
    return doc


# =========================================================================== juridico

COURTS = ["Vara do Trabalho de", "ª Vara do Trabalho de", "ª Vara Cível do Foro Regional de", "Juizado Especial Cível de"]


def ju_trabalhista(g: Gen) -> Doc:
    """Labour-claim petition (reclamação trabalhista) of a driver or fare collector against the bus company."""
    doc = Doc()
    w = g.person()
    lw = g.person()
    lw2 = g.person()
    op = g.pick(OPERATORS)
    city, uf = g.city()
    role = g.pick(["motorista de ônibus urbano", "cobradora" if w.female else "cobrador", "motorista do BRT",
                   "agente de estação", "fiscal de linha", "manobrista de garagem"])
    oab1 = g.council("OAB", uf)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «n»ª VARA DO TRABALHO DE «c»/«uf»\n\n", n=g.rng.randint(1, 89), c=fold(city).upper(), uf=uf)
    doc.f("«name», «nat», «civ», «role», portador(a) do RG «rg» «org», inscrito(a) no CPF sob o nº «cpf», PIS «pis», "
          "CTPS nº «ctps» série «ser», título de eleitor «te», nascido(a) em «dob», residente na «a», «b», «c»/«uf», CEP «cep», e-mail «e», "
          "vem, por seus advogados «l1» («o1») e «l2» («o2»), propor\n\nRECLAMAÇÃO TRABALHISTA\n\nem face de «op», CNPJ «cnpj», "
          "com sede na Rua dos Motoristas, 900, Garagem Central, pelos fatos a seguir.\n\n",
          name=P(g.pick([w.caps, w.full])), nat=g.pick(["brasileiro(a)", "brasileira" if w.female else "brasileiro", "haitiano(a) naturalizado(a)"]),
          civ=g.pick(["solteiro(a)", "casado(a)", "divorciado(a)", "em união estável"]), role=role, rg=(g.rg(), "BR_RG"), org=uf_rg(g),
          cpf=(g.cpf(), "BR_CPF"), pis=(g.pis("dot"), "BR_PIS"), ctps=g.d(7), ser=f"{g.d(4)}-{uf}", te=(g.titulo(), "BR_TITULO_ELEITOR"), dob=(g.dob(g.pick(["br", "long"]), 1960, 2000), "DATE_OF_BIRTH"),
          a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), e=(g.email(w), "EMAIL_ADDRESS"),
          l1=P(lw.full), o1=(oab1, "PROFESSIONAL_ID"), l2=P(lw2.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          op=op, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    sup = g.person()
    doc.f("I — DO CONTRATO. Admitido(a) em «adm» como «role», dispensado(a) sem justa causa em «dem», último salário «sal». "
          "Cumpria escala de dupla pegada na linha «l», com intervalo inferior a 1h, sob ordens do encarregado «s».\n\n"
          "II — DAS HORAS EXTRAS E DO INTERVALO. A jornada era anotada pelo validador/ponto eletrônico (matr. «m»), "
          "mas o tempo de «x» não era computado, em afronta à «law».\n\n",
          adm=g.date("br", g.rng.randint(2012, 2020)), role=role, dem=g.date("br", 2024), sal=brl(g, 2800, 5200), l=g.pick(LINES),
          s=P(g.pick([sup.full, sup.short, sup.nick])), m=matricula(g),
          x=g.pick(["troca de turno no terminal", "prestação de contas do caixa", "abastecimento e lavagem", "vistoria do carro"]),
          law=g.pick(["Lei 13.103/2015", "CLT, art. 71", "convenção coletiva 2023/2024", "Súmula 437 do TST"]))
    if g.chance(0.6):
        wit = [g.person() for _ in range(g.rng.randint(2, 3))]
        doc.t("III — DO ROL DE TESTEMUNHAS\n")
        for i, t in enumerate(wit, 1):
            doc.f("«i». «n», «r», CPF «cpf», tel. «t»\n", i=i, n=P(t.full), r=g.pick(["motorista", "cobrador(a)", "despachante", "ex-fiscal"]),
                  cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
        doc.t("\n")
    doc.f("Dá-se à causa o valor de «v».\n«c», «d».\n\n«l1»\n«o1»\n",
          v=brl(g, 40000, 350000), c=city, d=g.date("long", 2025), l1=P(lw.full), o1=(oab1, "PROFESSIONAL_ID"))
    return doc


def ju_imagens(g: Gen) -> Doc:
    """Police request for on-board camera footage, and the operator's legal reply."""
    doc = Doc()
    dl = g.person()
    vic = g.person()
    sus = g.person(female=False)
    lw = g.person()
    op = g.pick(OPERATORS)
    pl = g.plate()
    doc.f("POLÍCIA CIVIL — «dp»\nOfício nº «of»/«y» — IP nº «ip»\n\nÀ «op»\nAo Departamento Jurídico\n\n",
          dp=g.pick(["78º DP (Jardins)", "DELEGACIA DE REPRESSÃO A ROUBOS", "DEAM — Delegacia da Mulher", "2ª DP de Bonfim",
                     "Delegacia de Polícia do Metropolitano (DELPOM)"]),
          of=g.d(3), y=g.rng.randint(2024, 2025), ip=f"{g.d(4)}/{g.rng.randint(2024, 2025)}", op=op.upper())
    doc.f("Senhor(a) Responsável,\n\nPara instruir o inquérito em epígrafe, que apura «crime» ocorrido em «d», por volta das «h», no interior do "
          "veículo prefixo «pre», placa «pl», linha «l», tendo como vítima «v» (RG «rg», nascida em «dob»), REQUISITO, no prazo de 5 dias, "
          "cópia das imagens das câmeras internas do referido veículo entre «h» e «h2», bem como os dados de validação do cartão «card».\n\n",
          crime=g.pick(["importunação sexual (art. 215-A do CP)", "roubo", "lesão corporal", "furto de celular", "injúria racial"]),
          d=g.date(), h=g.hm(), pre=prefix(g), pl=(pl, "LICENSE_PLATE"), l=g.pick(LINES), v=P(vic.full), rg=(g.rg(), "BR_RG"),
          dob=(g.dob("br", 1970, 2007), "DATE_OF_BIRTH"), h2=g.hm(), card=transit_card(g))
    if g.chance(0.6):
        doc.f("O suspeito foi identificado como «s», vulgo «nk», CPF «cpf», residente na «a».\n\n",
              s=P(sus.caps), nk=P(g.pick(["Magrão", "Neguinho do Bonfim", "Tripa", "Galego", "Baiano"])), cpf=(g.cpf(), "BR_CPF"),
              a=(g.address(), "ADDRESS"))
    doc.f("«c», «dd».\n«dl»\nDelegado(a) de Polícia\n«mail»\n\n", c=g.city()[0], dd=g.date(), dl=P(g.pick([dl.full, dl.caps])),
          mail=g.pick(["dp78@policiacivil.exemplo.gov.br", "delpom.cartorio@policiacivil.exemplo.gov.br"]))
    doc.f("--- resposta ---\nSr(a). Delegado(a) «dl», encaminhamos mídia (pendrive lacrado, hash SHA-256 «hh») com as imagens das 4 câmeras do carro «pre». "
          "O cartão informado pertence a «v», CPF «cpf», com validações às «h» e «h2» na catraca. Dados tratados com base no art. 7º, VI, da «law».\n"
          "«lw» — «oab»\nCoordenação Jurídica «op» — «e»\n",
          dl=P(dl.last), hh=g.hexs(24), pre=prefix(g), v=P(g.pick([vic.full, vic.caps])), cpf=(g.cpf(), "BR_CPF"), h=g.hm(), h2=g.hm(),
          law="Lei 13.709/2018", lw=P(lw.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"), op=op, e=(corp_mail(lw, "juridico-transportes.com.br"), "EMAIL_ADDRESS"))
    return doc


def ju_evasao(g: Gen) -> Doc:
    """Fare-evasion notice (BRT/metro), with a contestation written by the passenger."""
    doc = Doc()
    c = g.person()
    ag = g.person()
    ag2 = g.person()
    doc.f("NOTIFICAÇÃO DE EVASÃO TARIFÁRIA Nº «n»\n«op» — Fiscalização de Estações\n---------------------------------------------\n",
          n=f"{g.d(6)}/{g.rng.randint(2024, 2025)}", op=g.pick(["Consórcio BRT Esperança", "Metrô Aurora S.A.", "TransLuz Mobilidade S.A."]))
    doc.f("Estação: «e»   Data/hora: «d» «h»\nConduta: «cond»\nEnquadramento: «law»   Multa: «v»\n\n",
          e=g.pick(["Tiradentes", "Barão de Mauá", "Vitória Régia", "Terminal Aurora", "Bom Pastor", "Marechal Deodoro"]),
          d=g.date(), h=g.hm(), cond=g.pick(["transpor bloqueio sem validação", "uso de cartão de gratuidade de terceiro",
                                              "entrada pela porta de desembarque", "cartão estudante fora do horário"]),
          law=g.pick(["Decreto Municipal 58.639/2019, art. 12", "Regulamento do Serviço, art. 41, III", "Lei Estadual 16.277/2016"]),
          v=brl(g, 100, 600))
    kind = g.pick(["RG", "RG", "CNH"])
    doc.f("AUTUADO(A)\nNome: «n»\nDoc.: «dt» «dn»   CPF: «cpf»\nNasc.: «dob»   Tel.: «t»\nEndereço: «a»   CEP: «cep»\n",
          n=P(g.pick([c.caps, c.full])), dt=kind, dn=(g.rg(), "BR_RG") if kind == "RG" else (g.cnh(), "BR_CNH"), cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob("br", 1960, 2008), "DATE_OF_BIRTH"), t=(g.phone(), "PHONE_NUMBER"), a=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"))
    doc.f("Agente: «a» (mat. «m»)   Testemunha: «w»\nCartão apreendido: «card»\nAssinatura do autuado: «s»\n\n",
          a=P(g.pick([ag.short, ag.caps, ag.full])), m=matricula(g), w=P(g.pick([ag2.short, ag2.first])), card=transit_card(g),
          s=g.pick(["recusou-se a assinar", "(assinado)", "ilegível"]))
    doc.f("DEFESA (recebida por e-mail de «e»):\n", e=(g.email(c), "EMAIL_ADDRESS"))
    k = g.rng.randint(0, 2)
    if k == 0:
        doc.f("o cartão era da minha filha, «f», e eu só estava com ele porque ela esqueceu em casa. nao pulei catraca nenhuma\n",
              f=P(g.relative(c, female=True).first))
    elif k == 1:
        doc.t("o validador estava com a luz apagada e o segurança mandou passar. peço cancelamento\n")
    else:
        doc.f("Sou estudante da «s», o horário do passe escolar foi alterado sem aviso. Anexo declaração. «n»\n",
              s=g.pick(["ETEC Rosa Branca", "Faculdade Leão XIII", "EMEF Padre Anchieta"]), n=P(c.first))
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Extrajudicial notice of a civil-liability claim: passenger fell when the bus braked."""
    doc = Doc()
    v = g.person()
    lw = g.person()
    drv = g.person(female=False)
    op = g.pick(OPERATORS)
    city, uf = g.city()
    oab = g.council("OAB", uf)
    doc.f("«firm»\n«lw» — «oab»\n«lwe» · «lwt»\n\n«c», «d».\n\nÀ\n«op»\nA/C Departamento Jurídico / Seguros\n\n",
          firm=g.pick(["Leão & Queiroga Advogados Associados", "Escritório Amado Prudente Advocacia", "Khoury, Tabosa e Mamede Advogados",
                       "Bonfim Sociedade de Advogados"]),
          lw=P(lw.full), oab=(oab, "PROFESSIONAL_ID"), lwe=(g.email(lw, g.pick(["adv.br", "gmail.com"])), "EMAIL_ADDRESS"),
          lwt=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"), c=city, d=g.date("long", 2025), op=op)
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\n«vn», «nat», CPF «cpf», RG «rg», nascido(a) em «dob», residente na «a», «cc»/«uf», CEP «cep», "
          "por seu advogado, NOTIFICA essa empresa do seguinte:\n\n",
          vn=P(g.pick([v.caps, v.full])), nat=g.pick(["aposentado(a)", "diarista", "estudante", "comerciário(a)", "autônomo(a)"]),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob("br", 1945, 2004), "DATE_OF_BIRTH"), a=(g.address(), "ADDRESS"),
          cc=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.f("1. Em «d», o(a) notificante viajava em pé no veículo prefixo «pre», placa «pl», linha «l», conduzido pelo motorista «drv», quando "
          "uma frenagem brusca o(a) lançou contra a catraca, com «inj» (CID «cid»), conforme prontuário do «hosp».\n"
          "2. A responsabilidade do transportador é objetiva («law»), cabendo a indenização por danos materiais («dm») e morais.\n"
          "3. Requer, em 10 dias, o acionamento do seguro de responsabilidade civil e contato pelo e-mail acima, sob pena de ação.\n\n",
          d=g.date(), pre=prefix(g), pl=(g.plate(), "LICENSE_PLATE"), l=g.pick(LINES), drv=P(g.pick([drv.full, drv.first, drv.caps])),
          inj=g.pick(["fratura de punho", "traumatismo craniano leve", "luxação de ombro", "corte no supercílio", "entorse de tornozelo"]),
          cid=g.pick(["S52.5", "S06.0", "S43.0", "S01.1", "S93.4"]),
          hosp=g.pick(["Hospital Leão XIII", "PS Santa Casa", "Hospital Municipal Vitória", "UPA Bonfim", "Hospital Prudente de Morais"]),
          law=g.pick(["art. 734 do Código Civil", "art. 37, § 6º, da Constituição", "art. 14 do CDC (Lei 8.078/1990)"]), dm=brl(g, 800, 12000))
    if g.chance(0.6):
        wt = g.person()
        doc.f("Testemunha presencial: «w», tel. «t».\n", w=P(wt.full), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\nAtenciosamente,\n\n«lw»\n«oab»\n", lw=P(g.pick([lw.full, lw.caps])), oab=(oab, "PROFESSIONAL_ID"))
    return doc


def ju_acordos(g: Gen) -> Doc:
    """Legal department's monthly table of labour settlements (ruled, fixed width) for payment."""
    doc = Doc()
    op = g.pick(OPERATORS)
    head = g.person()
    doc.f("«op» — Jurídico Trabalhista\nACORDOS HOMOLOGADOS — «m»/«y» (para pagamento pelo Financeiro)\n\n",
          op=op.upper(), m=f"{g.rng.randint(1, 12):02d}", y=g.rng.randint(2024, 2025))
    cols = [("Processo (CNJ)", 25), ("Reclamante", 38), ("CPF", 14), ("Função", 10), ("Valor", 12), ("Ag.", 6), ("Conta", 11)]
    doc.t(" ".join(c.ljust(w) for c, w in cols) + "\n" + " ".join("-" * w for _, w in cols) + "\n")
    total = 0
    for _ in range(g.rng.randint(5, 7)):
        r = g.person()
        name = g.pick([r.full, r.caps, r.inverted_title])
        if len(name) > 38:
            name = r.short
        cpf = g.cpf("dot") if g.chance(0.5) else g.cpf("raw")
        val = g.rng.randint(3000, 90000)
        total += val
        doc.cell(g.cnj(g.pick(["5.02", "5.01", "5.15", "5.04", "5.06"])), 25).t(" ")
        doc.cell(name, 38, "PERSON").t(" ").cell(cpf, 14, "BR_CPF").t(" ")
        doc.cell(g.pick(["motorista", "cobrador", "fiscal", "mecânico", "despach.", "manobr."]), 10).t(" ")
        doc.cell(f"{val:,}".replace(",", ".") + ",00", 12, right=True).t(" ")
        if g.chance(0.85):
            doc.cell(g.agency(False), 6, "BANK_ACCOUNT").t(" ").cell(g.account(), 11, "BANK_ACCOUNT")
        else:
            doc.cell("—", 6).t(" ").cell("judicial", 11)
        doc.t("\n")
    doc.t(" ".join("-" * w for _, w in cols) + "\n")
    doc.f("TOTAL R$ «t»   |   depósitos judiciais: guia via «b»\n\nResp.: «h» — «oab»   Conferido: «c»\n",
          t=f"{total:,}".replace(",", ".") + ",00", b=g.pick(["Banco do Brasil (001)", "CEF (104)"]), h=P(head.full),
          oab=(g.council("OAB"), "PROFESSIONAL_ID"), c=P(g.pick([g.person().short, g.person().first])))
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """Data-subject request (trip history of the transit card) and the DPO's reply with the data held."""
    doc = Doc()
    c = g.person()
    dpo = g.person()
    sys_ = g.pick(CARD_SYSTEMS)
    em = g.email(c)
    cpf = g.cpf()
    doc.f("De: «n» <«e»>\nPara: encarregado.lgpd@«dom»\nAssunto: pedido de acesso aos meus dados\n\n"
          "Bom dia, com base na «law» quero saber todos os dados que vocês têm sobre mim e o histórico de viagens do meu cartão "
          "(«card»), inclusive se foram compartilhados com a polícia ou com a prefeitura. Meu CPF é «cpf».\n«sig»\n\n",
          n=P(g.pick([c.full, c.short, c.low])), e=(em, "EMAIL_ADDRESS"), dom=g.pick(["bilheteunico.exemplo.com.br", "cartaoaurora.com.br", "vem.exemplo.org.br"]),
          law=g.pick(["LGPD", "Lei 13.709/2018", "lei geral de proteção de dados"]), card=transit_card(g), cpf=(cpf, "BR_CPF"),
          sig=P(g.pick([c.first, c.nick, c.full])))
    doc.f("Prezado(a) «n»,\n\nConfirmamos sua identidade (selfie + documento). Seguem os dados pessoais tratados pelo «sys»:\n\n",
          n=P(c.first), sys=sys_)
    items = [("Nome", (c.full, "PERSON")), ("CPF", (cpf if g.chance(0.5) else re.sub(r"\D", "", cpf), "BR_CPF")), ("Data de nascimento", (g.dob("br"), "DATE_OF_BIRTH")),
             ("E-mail", (em, "EMAIL_ADDRESS")), ("Celular", (g.phone(), "PHONE_NUMBER")), ("Endereço de entrega do cartão", (g.address(), "ADDRESS")),
             ("CEP", (g.cep(), "BR_CEP")), ("Tipo de cartão", (g.pick(["Comum", "Estudante", "Pessoa Idosa", "Vale-Transporte"]), None)),
             ("Últimos acessos ao app (IP)", None)]
    for k, v in items:
        if v is None:
            doc.f("• «k»: «a», «b», «c2»\n", k=k, a=(g.ip(), "IP_ADDRESS"), b=(g.ip(), "IP_ADDRESS"), c2=(g.ip(), "IP_ADDRESS"))
        else:
            doc.f("• «k»: «v»\n", k=k, v=v)
    doc.f("• Viagens: «n» validações nos últimos 12 meses (planilha anexa, criptografada; senha enviada por SMS)\n"
          "• Compartilhamentos: «sh»\n\nAtenciosamente,\n«d»\nEncarregado(a) pelo Tratamento de Dados — «de»\n",
          n=g.rng.randint(80, 900), sh=g.pick(["nenhum", "1 requisição judicial (proc. " + g.cnj() + ")", "Secretaria de Transportes (subsídio da gratuidade)",
                                              "Polícia Civil, ofício " + g.d(3) + "/2025"]),
          d=P(dpo.full), de=(corp_mail(dpo, g.pick(["cartaoaurora.com.br", "translu.com.br", "consorciobrt.com.br"])), "EMAIL_ADDRESS"))
    return doc


def ju_bo(g: Gen) -> Doc:
    """Police report (boletim de ocorrência) extract of a collision between a bus and a car, injured passengers."""
    doc = Doc()
    drv = g.person(female=g.chance(0.1))
    car = g.person()
    op = g.pick(OPERATORS)
    doc.f("BOLETIM DE OCORRÊNCIA Nº «n» — «dp»\nNatureza: «nat»\nData/hora do fato: «d» «h»   Local: «loc»\n\n",
          n=f"{g.pick(['AB', 'CE', 'HK', 'JP'])}{g.d(4)}-{g.d(1)}/{g.rng.randint(2024, 2025)}", dp=g.pick(["DEL. ELETRÔNICA", "25º DP", "DELEGACIA DE TRÂNSITO"]),
          nat=g.pick(["Lesão corporal culposa na direção de veículo automotor (art. 303 CTB)", "Acidente de trânsito com vítima"]),
          d=g.date(), h=g.hm(), loc=g.pick(["cruzamento da Av. Tiradentes com a Rua Barão de Mauá", "Corredor Marechal Deodoro, altura da Estação Aurora",
                                           "Rodovia dos Pescadores km 12", "Praça Quinze de Novembro"]))
    doc.f("ENVOLVIDO 1 — condutor do ônibus (empresa «op», CNPJ «cnpj»)\nNome: «n»   CNH: «cnh» cat. D   CPF: «cpf»\nNasc.: «dob»   "
          "Veículo: «mod», placa «pl», prefixo «pre»\n\n",
          op=op, cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), n=P(g.pick([drv.caps, drv.full])), cnh=(g.cnh(), "BR_CNH"),
          cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1960, 1998), "DATE_OF_BIRTH"), mod=g.pick(["M.Benz O-500U", "Volvo B290R articulado", "VW 17.230 OD"]),
          pl=(g.plate(), "LICENSE_PLATE"), pre=prefix(g))
    doc.f("ENVOLVIDO 2 — condutor(a) do automóvel\nNome: «n»   CNH: «cnh»   CPF: «cpf»\nEnd.: «a», CEP «cep»   Tel.: «t»\nVeículo: «mod», placa «pl»\n\n",
          n=P(g.pick([car.caps, car.full])), cnh=(g.cnh(), "BR_CNH"), cpf=(g.cpf(), "BR_CPF"), a=(g.address("caps"), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), mod=g.pick(["Fiat Uno", "HB20 branco", "Onix prata", "Gol G5"]),
          pl=(g.plate(), "LICENSE_PLATE"))
    doc.t("VÍTIMAS (passageiros do ônibus)\n")
    for i in range(g.rng.randint(2, 4)):
        p = g.person()
        doc.f("«i») «n», «age» anos, RG «rg» — «inj»; socorrido(a) pelo SAMU ao «hosp»\n",
              i=i + 1, n=P(g.pick([p.caps, p.full])), age=g.rng.randint(14, 88), rg=(g.rg(), "BR_RG"),
              inj=g.pick(["escoriações", "dor cervical", "fratura de fêmur", "contusão torácica", "sem lesões aparentes"]),
              hosp=g.pick(["Hospital Leão XIII", "PS Bonfim", "Hospital Vitória Régia", "HC"]))
    doc.f("\nHISTÓRICO: segundo o condutor do ônibus, o automóvel avançou o sinal vermelho. Exame de alcoolemia: «al». "
          "Perícia requisitada (laudo «lau»).\nEscrivão(ã): «e»   Autoridade: «a»\n",
          al=g.pick(["negativo para ambos", "recusado pelo envolvido 2", "0,00 mg/L (etilômetro nº " + g.d(6) + ")"]),
          lau=f"{g.d(5)}/{g.rng.randint(2024, 2025)}", e=P(g.person().full), a=P(g.person().caps))
    return doc


# =========================================================================== saude

def sa_aso(g: Gen) -> Doc:
    """Occupational health certificate (ASO) of a bus driver / fare collector, PCMSO of the operator."""
    doc = Doc()
    w = g.person()
    md = g.person()
    op = g.pick(OPERATORS)
    kind = g.pick(["PERIÓDICO", "ADMISSIONAL", "RETORNO AO TRABALHO", "MUDANÇA DE FUNÇÃO", "DEMISSIONAL"])
    doc.f("ATESTADO DE SAÚDE OCUPACIONAL — ASO («k»)\nEmpresa: «op»   CNPJ: «cnpj»\nPCMSO: «pc»   Coordenador(a): «co» («cocrm»)\n"
          "________________________________________________\n",
          k=kind, op=op, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), pc=f"{g.rng.randint(2024, 2025)}/{g.d(2)}",
          co=P(g.person().full), cocrm=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.f("Trabalhador(a): «n»\nCPF: «cpf»   RG: «rg»   Nasc.: «dob»\nNIT/PIS: «pis»   Matrícula: «m»\nFunção: «f»   Setor: «s»\n",
          n=P(g.pick([w.caps, w.full])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob(g.pick(["br", "dot"]), 1962, 2003), "DATE_OF_BIRTH"),
          pis=(g.pis(), "BR_PIS"), m=matricula(g), f=g.pick(["Motorista de ônibus", "Cobrador(a)", "Operador(a) de trem", "Agente de estação",
                                                              "Motorista BRT articulado", "Mecânico(a) de garagem"]),
          s=g.pick(["Operação — Garagem Cajazeiras", "Tráfego — Linha 2", "Manutenção", "Estações — Bloco Norte"]))
    if g.chance(0.6):
        doc.f("CNH: «cnh» cat. «cat»   validade «v»   (EAR: exerce atividade remunerada)\n",
              cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["D", "E", "AD", "AE"]), v=g.date("br", g.rng.randint(2026, 2030)))
    doc.t("\nRiscos ocupacionais: ruído contínuo (82 dB), vibração de corpo inteiro, ergonômico (postura sentada), psicossocial (violência urbana)\n")
    doc.t("Exames: audiometria «a»; acuidade visual «b»; ECG «c»; glicemia «d»; EEG «e».\n".replace("«a»", g.pick(["normal", "PAIR leve OE"]) + " (" + g.date("short") + ")")
          .replace("«b»", g.pick(["20/20", "20/25 c/ correção"])).replace("«c»", g.pick(["normal", "BRD"])).replace("«d»", f"{g.rng.randint(70, 180)} mg/dL")
          .replace("«e»", g.pick(["sem alterações", "n/a"])))
    concl = g.pick(["APTO", "APTO", "APTO COM RESTRIÇÃO (não operar no turno noturno)", "INAPTO TEMPORARIAMENTE"])
    doc.f("CID (se houver): «cid»\nCONCLUSÃO: «c»\n\nMédico(a) examinador(a): «md» — «crm»\n«city», «d»\n",
          cid=g.pick(["—", "—", "H52.1", "I10", "G47.3", "E11.9", "F43.1", "M54.5"]), c=concl, md=P(g.pick([md.full, md.caps])),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"), city=g.city()[0], d=g.date())
    doc.f("Ciente: ________ «n»\n", n=P(g.pick([w.first, w.short])))
    return doc


def sa_cat(g: Gen) -> Doc:
    """Work-accident communication (CAT) after an assault on a fare collector / driver, key: value layout."""
    doc = Doc()
    w = g.person()
    md = g.person()
    op = g.pick(OPERATORS)
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT nº «n»\nTipo: «t»   Iniciativa: empregador\n\n",
          n=f"{g.d(4)}.{g.d(3)}.{g.d(3)}-{g.d(1)}/{g.d(3)}", t=g.pick(["inicial", "reabertura", "comunicação de óbito"]) if g.chance(0.2) else "inicial")
    doc.f("EMITENTE\n  Razão social: «op»\n  CNPJ: «cnpj»\n  CNAE: 4921-3/01 (transporte rodoviário coletivo municipal)\n\n",
          op=op, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    doc.f("ACIDENTADO\n  Nome: «n»\n  Nome da mãe: «m»\n  Data de nascimento: «dob»   Sexo: «sx»\n  CPF: «cpf»   NIT/PIS: «pis»\n"
          "  CTPS: «ctps»   RG: «rg»\n  Endereço: «a»   Bairro: «b»   CEP: «cep»\n  Telefone: «tel»\n  CNS: «cns»\n  Remuneração: «rem»\n\n",
          n=P(g.pick([w.caps, w.full])), m=P(g.relative(w, female=True).caps), dob=(g.dob("br", 1965, 2002), "DATE_OF_BIRTH"), sx="F" if w.female else "M",
          cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), ctps=f"{g.d(7)} série {g.d(4)}", rg=(g.rg(), "BR_RG"), a=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"), cns=(g.cns(), "BR_CNS"), rem=brl(g, 2400, 4800))
    ag = g.pick(["assaltado por dois homens armados na linha " + g.pick(LINES) + ", coronhada na cabeça",
                 "agredido(a) com socos por passageiro que se recusou a pagar a tarifa",
                 "atingido(a) por pedra arremessada contra o para-brisa",
                 "vítima de tentativa de roubo do caixa no terminal, queda da escada do carro"])
    doc.f("ACIDENTE\n  Data: «d»   Hora: «h»   Horas trabalhadas: «ht»\n  Tipo: típico   Local: veículo prefixo «pre», placa «pl»\n"
          "  Descrição: «ag». Registrado BO «bo».\n  Houve afastamento: «af»   Último dia trabalhado: «ud»\n\n",
          d=g.date(), h=g.hm(), ht=f"{g.rng.randint(1, 7):02d}:{g.rng.randint(0, 59):02d}", pre=prefix(g), pl=(g.plate(), "LICENSE_PLATE"),
          ag=ag, bo=f"{g.d(4)}/{g.rng.randint(2024, 2025)}", af=g.pick(["sim", "não"]), ud=g.date())
    doc.f("ATESTADO MÉDICO\n  Unidade: «u»   Data: «d»\n  Lesão: «l»   CID-10: «c1» / «c2»\n  Afastamento: «dd» dias\n"
          "  Médico(a): «md»   «crm»\n",
          u=g.pick(["Hospital Leão XIII", "UPA Vila Esperança", "PS Municipal Bonfim", "Hospital Santa Luzia"]), d=g.date(),
          l=g.pick(["corte contuso no couro cabeludo", "contusão em face", "fratura de nariz", "estresse agudo"]),
          c1=g.pick(["S01.0", "S00.8", "S02.2", "S06.0", "T14.0"]), c2=g.pick(["Y04", "X95", "F43.0", "Y09"]), dd=g.rng.randint(2, 45),
          md=P(g.pick([md.full, md.caps, md.short])), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    tst = g.person()
    doc.f("\nTestemunha: «t», «r», tel. «tt»\nEmitido por (SESMT): «e» — «ee»\n",
          t=P(tst.full), r=g.pick(["passageira", "passageiro", "fiscal da linha", "motorista"]), tt=(g.phone(), "PHONE_NUMBER"),
          e=P(g.person().full), ee=g.pick(["sesmt@garagem-central.com.br", "seg.trabalho@" + g.pick(["viacaogadelha.com.br", "rosabranca.com.br"])]))
    return doc


def sa_samu(g: Gen) -> Doc:
    """Pre-hospital care sheet of a bus accident with several victims (table), regulation centre."""
    doc = Doc()
    reg = g.person()
    doc.f("SAMU 192 — Central de Regulação «c»\nOcorrência «o» · acidente com ônibus coletivo («l», placa «pl»)\nMédico regulador: «r» «crm»\n\n",
          c=g.city()[0], o=g.d(8), l=g.pick(LINES), pl=(g.plate(), "LICENSE_PLATE"), r=P(reg.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    n = g.rng.randint(4, 6)
    rows = []
    for i in range(n):
        p = g.person()
        known = g.chance(0.8)
        rows.append([V(f"V{i + 1}"), P(g.pick([p.caps, p.full, p.short])) if known else V("NÃO IDENTIFICADO(A)"),
                     (g.dob("br", 1940, 2015), "DATE_OF_BIRTH") if known and g.chance(0.7) else V(f"~{g.rng.randint(18, 80)} a"),
                     (g.cns(False), "BR_CNS") if known and g.chance(0.6) else V("-"),
                     V(g.pick(["S06.0", "S22.3", "S72.0", "T14.0", "S13.4", "S52.5", "R55"])),
                     V(g.pick(["vermelho", "amarelo", "verde", "verde"])),
                     V(g.pick(["USA 04 → HC", "USB 11 → UPA Bonfim", "USB 07 → Hosp. Leão XIII", "liberado no local", "USA 02 → Hosp. Vitória Régia"]))])
    table_md(doc, ["#", "vítima", "nasc./idade", "CNS", "CID", "triagem", "destino"], rows)
    doc.f("\nCondutor do coletivo («d», CNH «cnh») avaliado no local, sem lesões. Contato da empresa: «ce» («ct»).\n"
          "Equipe USA 04: «e1» (enf., «coren»), «e2» (cond.)\n",
          d=P(g.person(female=False).full), cnh=(g.cnh(), "BR_CNH"), ce=P(g.person().full), ct=(g.phone(mobile=False), "PHONE_NUMBER"),
          e1=P(g.person().full), coren=(g.council("COREN"), "PROFESSIONAL_ID"), e2=P(g.person().first))
    return doc


def sa_atestados(g: Gen) -> Doc:
    """HR e-mail with the month's sick notes of operating staff, fixed-width table without rulers."""
    doc = Doc()
    hr = g.person()
    dom = "viacao" + g.pick(["gadelha", "nassar", "rosabranca"]) + ".com.br"
    doc.f("De: «n» <«e»>\nPara: medicina.trabalho@«dom»\nAssunto: atestados «m» — tráfego «gar»\n\n«sal», segue a relação p/ lançamento no eSocial (S-2230). "
          "Os de CID F precisam de avaliação do dr. «md» antes do retorno.\n\n",
          n=P(hr.full), e=(corp_mail(hr, dom), "EMAIL_ADDRESS"),
          dom=dom, m=g.pick(["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set"]),
          gar=g.pick(["Garagem Cajazeiras", "Garagem Vila Operária", "Garagem Bonfim"]), sal=g.pick(["Oi pessoal", "Bom dia", "Prezados"]),
          md=P(g.person(female=False).last))
    doc.t(f"{'MATR':8}{'NOME':36}{'FUNÇÃO':10}{'INÍCIO':12}{'DIAS':6}{'CID':8}MÉDICO/CRM\n")
    for _ in range(g.rng.randint(5, 8)):
        p = g.person()
        name = g.pick([p.caps, fold(p.short).upper(), p.inverted])
        if len(name) > 34:
            name = fold(p.short).upper()
        doc.cell(matricula(g), 8).cell(name, 36, "PERSON").cell(g.pick(["MOT", "COBR", "FISC", "MEC", "DESP"]), 10)
        doc.cell(g.date("short"), 12).cell(str(g.rng.randint(1, 30)), 6).cell(g.pick(CIDS), 8)
        if g.chance(0.8):
            d = g.person()
            doc.e(fold(d.short).upper(), "PERSON").t(" ").e(g.council("CRM"), "PROFESSIONAL_ID")
        else:
            doc.t("ilegível")
        doc.t("\n")
    doc.f("\n«x»\n«n»\nDP / RH Operacional — ramal «r»\n",
          x=g.pick(["Obs.: 2 atestados de acompanhante de filho não abonam (CCT cláusula 31).",
                    "Lembrando que atestado de mais de 15 dias vai p/ o INSS.", "Seria prudente cruzar c/ as agressões do mês."]),
          n=P(hr.first), r=g.d(4))
    return doc


def sa_psico(g: Gen) -> Doc:
    """Referral e-mail thread from the SESMT to a psychologist after an assault on board (post-traumatic care)."""
    doc = Doc()
    v = g.person()
    ps = g.person(female=g.chance(0.7))
    ss = g.person()
    uf = g.pick(UFS)
    reg = g.pick(["01", "02", "04", "05", "06", "07", "08", "11", "13"])
    age = g.rng.randint(24, 60)
    crp = g.pick([f"CRP {reg}/{g.d(5)}", f"CRP-{reg} {g.d(6)}", f"CRP {reg}/{g.d(6)}"])
    doc.f("De: «s» <«se»>\nPara: «p» <«pe»>\nCc: sesmt@«dom»\nData: «d»\nAssunto: encaminhamento — «vn» (agressão em serviço)\n\n",
          s=P(ss.full), se=(corp_mail(ss, "consorcioleaodonorte.com.br"), "EMAIL_ADDRESS"), p=P(ps.full),
          pe=(g.email(ps, g.pick(["psicologia.clinic", "gmail.com", "clinicaflordevale.com.br"])), "EMAIL_ADDRESS"),
          dom="consorcioleaodonorte.com.br", d=g.date(), vn=P(g.pick([v.short, v.first])))
    doc.f("Olá «pf»,\n\nConforme conversamos, encaminho «ar» colaborador«fa» «vn», «f», nascid«go» em «dob», «age» anos, vítima de «ev» em «de». "
          "Está afastad«go» pelo INSS (B91, CID «cid»). Relata insônia, flashbacks e medo de voltar a rodar na linha «l».\n\n"
          "Dados p/ agendamento: celular «t», e-mail pessoal «e», CPF «cpf» (para o convênio empresa). Endereço p/ visita domiciliar se preciso: «a».\n\n"
          "O custeio das 12 sessões é da empresa (contrato «ct»). Qualquer coisa, me chama no «st».\n\nAbs,\n«sf»\nTécnic«so» de Segurança do Trabalho\n\n",
          pf=P(ps.first), ar=v.o, fa="a" if v.female else "", go=v.o, vn=P(v.full),
          f=g.pick(["motorista", "cobrador" if not v.female else "cobradora", "operador de trem" if not v.female else "operadora de trem", "agente de estação"]), dob=(g.dob("br", 2024 - age, 2024 - age), "DATE_OF_BIRTH"),
          age=age, ev=g.pick(["assalto à mão armada", "agressão física por passageiro", "sequestro relâmpago do ônibus", "incêndio criminoso no veículo"]),
          de=g.date(), cid=g.pick(["F43.1", "F43.0", "F41.0"]), l=g.pick(LINES), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(v), "EMAIL_ADDRESS"),
          cpf=(g.cpf(), "BR_CPF"), a=(g.address("low"), "ADDRESS"), ct=f"CT-{g.d(4)}/{g.rng.randint(2024, 2025)}", st=(g.phone(), "PHONE_NUMBER"),
          sf=P(ss.first), so="a" if ss.female else "o")
    doc.f("> Resposta de «p» («crp»):\n> Recebido. Consigo «dia» às «h». Peço que «vn» traga o laudo do Dr. «md» («crm»). Atenciosamente.\n",
          p=P(ps.first), crp=(crp, "PROFESSIONAL_ID"), dia=g.pick(["terça", "quinta", "segunda"]), h=g.hm(), vn=P(v.first),
          md=P(g.person(female=False).short), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_ps(g: Gen) -> Doc:
    """Emergency-room record of a passenger hurt on board, with billing to the operator's insurer."""
    doc = Doc()
    p = g.person()
    md = g.person()
    nu = g.person()
    rel = g.relative(p)
    hosp = g.pick(["HOSPITAL LEÃO XIII", "PRONTO-SOCORRO MUNICIPAL BONFIM", "HOSPITAL VITÓRIA RÉGIA", "SANTA CASA DE MISERICÓRDIA"])
    doc.f("«h» — FICHA DE ATENDIMENTO DE EMERGÊNCIA\nFAE «n»   Entrada: «d» «hh»   Classificação: «cl»\n", h=hosp, n=g.d(7), d=g.date(), hh=g.hm(),
          cl=g.pick(["AMARELO", "VERDE", "LARANJA"]))
    doc.f("Paciente: «n»   Nasc.: «dob»   Sexo: «sx»\nCNS: «cns»   CPF: «cpf»\nMãe: «m»\nEnd.: «a»   CEP «cep»\nAcompanhante: «ac» («par») — «t»\n",
          n=P(g.pick([p.caps, p.full])), dob=(g.dob(g.pick(["br", "short"]), 1935, 2018), "DATE_OF_BIRTH"), sx="F" if p.female else "M",
          cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"), m=P(g.relative(p, female=True).caps), a=(g.address(g.pick(["caps", "text"])), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), ac=P(rel.full), par=g.pick(["filha", "esposa", "irmã", "vizinha"] if rel.female else ["filho", "esposo", "irmão", "vizinho"]), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\nQP/HDA: pcte refere queda dentro de ônibus coletivo (linha «l») após frenagem brusca, bateu «parte». «ex»\n"
          "Ao exame: «ae»\nHD: «cid» — «dx»\nConduta: «cd»\n",
          l=g.pick(LINES), parte=g.pick(["a cabeça no balaústre", "o quadril no degrau", "o ombro na catraca", "o rosto no banco"]),
          ex=g.pick(["Nega perda de consciência.", "Refere perda de consciência por ~1 min.", "Nega comorbidades. Alérgica a dipirona."]),
          ae=g.pick(["BEG, corado, hidratado, Glasgow 15", "dor à palpação de punho D, edema ++", "FC 98 PA 150x90, ferimento corto-contuso 3cm frontal"]),
          cid=g.pick(["S06.0", "S52.5", "S72.0", "S01.8", "S43.0", "T14.0"]), dx=g.pick(["TCE leve", "fratura distal de rádio", "fratura colo de fêmur", "FCC frontal", "luxação"]),
          cd=g.pick(["RX, analgesia, imobilização, alta c/ orientações", "TC crânio s/ alterações, observação 6h", "sutura 4 pontos, ATT", "internação ortopedia"]))
    doc.f("Médico(a): «md» «crm»   Enfermagem: «nu» «coren»\n\nFATURAMENTO: atendimento decorrente de acidente em transporte coletivo — cobrar de «ins» "
          "(apólice RC «ap», sinistro «sn»); operadora «op».\n",
          md=P(g.pick([md.full, md.short])), crm=(g.council("CRM"), "PROFESSIONAL_ID"), nu=P(g.pick([nu.full, nu.first])), coren=(g.council("COREN"), "PROFESSIONAL_ID"),
          ins=g.pick(["Vitória Seguros S.A.", "Seguradora Aurora", "Mapfre", "Porto Seguro"]), ap=g.d(10), sn=f"{g.d(3)}.{g.d(6)}",
          op=g.pick(OPERATORS))
    return doc


def sa_tox(g: Gen) -> Doc:
    """Toxicological-test list of professional drivers (CNH C/D/E), CSV sent by the lab to the operator."""
    doc = Doc()
    lab = g.pick(["Laboratório Flor do Vale", "Toxicologia Bento Amaral Ltda", "LabTox Esperança", "Psychemedics parceiro"])
    doc.f("# «lab» — CNPJ «cnpj» — relatório de exames toxicológicos (janela 90 dias, queratina)\n# cliente: «op» · gerado «d» por «u»\n",
          lab=lab, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), op=g.pick(OPERATORS), d=g.date("iso"), u=g.pick(["sistema_lis", "rpa.laudos", "integracao"]))
    cols = ["cod_amostra", "nome", "cpf", "cnh", "cat", "dt_nasc", "dt_coleta", "motivo", "resultado", "mro"]
    rows = []
    mro = g.person()
    mro_crm = g.council("CRM")
    mro_cell = P(fold(mro.short).upper()) if g.chance(0.5) else (mro_crm, "PROFESSIONAL_ID")
    for _ in range(g.rng.randint(5, 7)):
        p = g.person()
        rows.append([V(f"TX{g.d(8)}"), P(g.pick([p.caps, p.full])), (g.cpf("raw"), "BR_CPF"), (g.cnh(), "BR_CNH"),
                     V(g.pick(["D", "E", "AD", "D"])), (g.dob("iso", 1960, 2000), "DATE_OF_BIRTH"), V(g.date("iso")),
                     V(g.pick(["periodico", "admissional", "renovacao_cnh", "desligamento"])),
                     V(g.pick(["NEGATIVO", "NEGATIVO", "NEGATIVO", "POSITIVO_COCAINA", "POSITIVO_ANFETAMINA"])), mro_cell])
    table_csv(doc, cols, rows, sep=g.pick([",", ";"]))
    doc.f("# médico revisor (MRO): «m» «crm»\n# positivo não confirmado: contraprova em 15 dias (Lei 13.103/2015)\n",
          m=P(mro.full), crm=(mro_crm, "PROFESSIONAL_ID"))
    return doc


# =========================================================================== financeiro

BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("260", "Nubank"),
         ("077", "Inter"), ("033", "Santander"), ("756", "Sicoob"), ("748", "Sicredi"), ("323", "Mercado Pago")]


def fi_reembolso(g: Gen) -> Doc:
    """Refund request for the balance of a cancelled transit card, with the analyst's treatment."""
    doc = Doc()
    c = g.person()
    an = g.person()
    code, bank = g.pick(BANKS)
    sys_ = g.pick(CARD_SYSTEMS)
    doc.f("«sys» — SOLICITAÇÃO DE RESTITUIÇÃO DE SALDO\nProtocolo «p»   Motivo: «m»\n\n", sys=sys_.upper(), p=protocol(g),
          m=g.pick(["cancelamento do cartão (mudança de cidade)", "óbito do titular", "cartão danificado — saldo não transferível",
                    "desligamento da empresa (VT)", "cobrança em duplicidade na catraca"]))
    obit = g.chance(0.25)
    if obit:
        h = g.relative(c)
        doc.f("Titular (falecido): «n»   CPF «cpf»   Nasc. «dob»\nRequerente (herdeiro): «h»   CPF «hc»   RG «hr»\n",
              n=P(c.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1930, 1960), "DATE_OF_BIRTH"), h=P(h.full), hc=(g.cpf(), "BR_CPF"),
              hr=(g.rg(), "BR_RG"))
        payee = h
    else:
        doc.f("Titular: «n»   CPF «cpf»   Nasc. «dob»\n", n=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br"), "DATE_OF_BIRTH"))
        payee = c
    doc.f("Cartão: «card»   Saldo apurado: «v»   Último uso: «d»\nContato: «t» · «e»\n\n",
          card=transit_card(g), v=brl(g, 3, 400), d=g.date(), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(payee), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("Forma de restituição: Pix — chave aleatória «k»\n", k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("Forma de restituição: crédito em conta — banco «b» («bn»), ag. «ag», c/c «cc» (titularidade do requerente)\n",
              b=code, bn=bank, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("\n-- tratamento --\n«an» («d»): saldo conferido no SBE, «x». Lote de pagamento «l». «w»\n",
          an=P(g.pick([an.short, an.first, an.full])), d=g.date("short"),
          x=g.pick(["desconto de taxa de cancelamento " + brl(g, 5, 15), "sem descontos", "certidão de óbito conferida" if obit else "RG conferido"]),
          l=f"RST-{g.d(5)}", w=g.pick(["", "", "Seria prudente pedir comprovante bancário.", "Cliente já ligou 3x, prioridade."]))
    return doc


def fi_seguro(g: Gen) -> Doc:
    """Insurance claim (passenger accident / civil liability) of an injured passenger, the claims analyst's notes."""
    doc = Doc()
    v = g.person()
    an = g.person()
    op = g.pick(OPERATORS)
    code, bank = g.pick(BANKS)
    minor = g.chance(0.3)
    doc.f("«ins» — AVISO DE SINISTRO Nº «n»\nRamo: «r»   Segurado: «op» (CNPJ «cnpj»)\nApólice «ap»   Veículo: prefixo «pre», placa «pl»\n\n",
          ins=g.pick(["VITÓRIA SEGUROS S.A.", "SEGURADORA AURORA", "ESPERANÇA CIA DE SEGUROS"]), n=f"{g.d(2)}.{g.d(4)}.{g.d(6)}",
          r=g.pick(["APP — Acidentes Pessoais de Passageiros", "RCF-V (responsabilidade civil facultativa)", "RC Transportador"]),
          op=op, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), ap=g.d(12), pre=prefix(g), pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("VÍTIMA: «n»   CPF: «cpf»   Nasc.: «dob»\nEnd.: «a»   CEP «cep»\nFone: «t»   E-mail: «e»\n",
          n=P(g.pick([v.caps, v.full])), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 2008, 2018) if minor else g.dob("br", 1940, 2005), "DATE_OF_BIRTH"),
          a=(g.address(), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(v), "EMAIL_ADDRESS"))
    if minor:
        r = g.relative(v)
        doc.f("Representante legal (vítima menor): «r», CPF «c»\n", r=P(r.full), c=(g.cpf(), "BR_CPF"))
    doc.f("\nCOBERTURAS PLEITEADAS\n  DAMS (despesas médicas)    «a»   (NF «nf», «h» — CNPJ «hc»)\n  Invalidez parcial          «b»   (laudo IML, «inv»%)\n"
          "  Lucros cessantes           «c»\n\n",
          a=brl(g, 300, 20000), nf=g.d(6), h=g.pick(["Hospital Leão XIII", "Clínica Ortopédica Flor do Vale", "Hospital Vitória Régia"]),
          hc=(g.cnpj(), "BR_CNPJ"), b=brl(g, 0, 40000), inv=g.rng.randint(0, 50), c=brl(g, 0, 9000))
    doc.f("DADOS PARA PAGAMENTO: «bn» («b») ag «ag» conta «cc» — favorecido «f»\n",
          bn=bank, b=code, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), f=P(v.full if not minor else r.full))
    doc.f("\nParecer («an», regulador(a)): BO «bo» e ficha do PS conferidos; cobertura DAMS ok; invalidez aguardando junta (Dr. «md», «crm»). "
          "Valor aprovado: «va». Franquia não se aplica ao APP.\n",
          an=P(an.full), bo=f"{g.d(4)}/{g.rng.randint(2024, 2025)}", md=P(g.person().short), crm=(g.council("CRM"), "PROFESSIONAL_ID"), va=brl(g, 200, 30000))
    return doc


def fi_folha(g: Gen) -> Doc:
    """Payroll extract of the operating staff (drivers, collectors) for the bank credit file, semicolon CSV."""
    doc = Doc()
    op = g.pick(OPERATORS)
    code, bank = g.pick(BANKS)
    doc.f("FOLHA «m»/«y» — «op» — remessa crédito salário «bn» («b») — conv. «cv»\n", m=f"{g.rng.randint(1, 12):02d}", y=g.rng.randint(2024, 2025),
          op=op, bn=bank, b=code, cv=g.d(6))
    rows = []
    for _ in range(g.rng.randint(6, 8)):
        p = g.person()
        fn, ln = first_last(p)
        if g.chance(0.4):
            fn, ln = fold(fn).upper(), fold(ln).upper()
        rows.append([V(matricula(g)), P(fn), P(ln), (g.cpf("raw"), "BR_CPF"), (g.pis("raw"), "BR_PIS"), (g.dob("compact", 1962, 2004), "DATE_OF_BIRTH"),
                     V(g.pick(["MOTORISTA", "COBRADOR", "FISCAL", "MOTORISTA ARTIC."])), (g.agency(False), "BANK_ACCOUNT"),
                     (g.account(), "BANK_ACCOUNT"), V(g.money(2600, 5200).replace(".", "")), V(str(g.rng.randint(0, 60))),
                     V(g.money(0, 900).replace(".", ""))])
    table_csv(doc, ["matr", "nome", "sobrenome", "cpf", "pis", "dt_nasc", "cargo", "agencia", "conta", "salario_base", "he_horas", "desc_vt"], rows, sep=";")
    chk = g.person()
    doc.f("total_registros;«n»\n-- conferido por «a» («e»); liberar até dia 5 úteis. Divergência de CPF com eSocial no matr «m».\n",
          n=len(rows), a=P(chk.full), e=(corp_mail(chk, "grupo" + g.pick(["gadelha", "nassar", "bonfim"]) + ".com.br"), "EMAIL_ADDRESS"),
          m=matricula(g))
    return doc


def fi_gateway(g: Gen) -> Doc:
    """Payment-gateway log of top-ups with a chargeback dispute, one PAN logged in the clear by mistake."""
    doc = Doc()
    an = g.person()
    doc.f("Chargeback CB-«n» — disputa de recargas («sys» app) — analista «a»\n\nlog do gateway (extraído «d»):\n",
          n=g.d(6), sys=g.pick(CARD_SYSTEMS), a=P(an.full), d=g.date("iso"))
    c = g.person()
    em = g.email(c)
    pan = g.card(False)
    ip = g.ip()
    holder = g.chance(0.5)
    brand = {"4": "VISA", "5": "MASTER", "6": "ELO"}[pan[0]]
    for i in range(g.rng.randint(3, 5)):
        leak = i == 1
        doc.f("«ts» tx=«tx» amount=«v» brand=«b» «pan»" + (" holder=\"«h»\"" if holder else "") + " email=«e» ip=«ip» status=«s»\n",
              ts=g.iso_ts(), tx=g.hexs(12), v=g.money(10, 150).replace(".", ""), b=brand,
              pan=f"card={pan[:6]}******{pan[-4:]}", h=P(fold(c.full).upper()), e=(em, "EMAIL_ADDRESS"),
              ip=(ip if g.chance(0.7) else g.ip(), "IP_ADDRESS"), s=g.pick(["APPROVED", "APPROVED", "CAPTURED"]))
        if leak:
            # the line logged by the old SDK version carries the full PAN
            doc.f("«ts» DEBUG sdk=2.3.1 card_number=«pan» exp=«ex» cvv=***\n", ts=g.iso_ts(), pan=(pan, "CREDIT_CARD"),
                  ex=f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 32)}")
    doc.f("\nPortador(a) alega não reconhecer as compras. Cadastro no app: «n», CPF «cpf», nasc. «dob», cel «t». Cartão (mascarado no ERP): «mk».\n",
          n=P(c.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br"), "DATE_OF_BIRTH"), t=(g.phone(), "PHONE_NUMBER"), mk=f"{pan[:6]}******{pan[-4:]}")
    doc.f("Parecer: os IPs batem com o histórico do titular ({}), mesmo device. Contestar com evidências. — «a»\n"
          .replace("{}", "geo BR"), a=P(an.first))
    doc.f("ATENÇÃO «s»: a linha DEBUG expôs PAN completo — abrir incidente de PCI e purgar o log.\n", s=P(g.person().first))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """Collection run for unpaid fare-evasion fines: ruled table sent to the collection agency, and a deal note."""
    doc = Doc()
    op = g.pick(["Consórcio BRT Esperança", "Metrô Aurora S.A.", "TransLuz Mobilidade S.A."])
    doc.f("«op» · Cobrança administrativa de multas por evasão tarifária\nLote «l» enviado a «ag» em «d»\n\n",
          op=op, l=f"EV{g.d(5)}", ag=g.pick(["Prudente Recuperadora de Créditos", "Leão Cobranças Ltda", "Bonfim Assessoria"]), d=g.date())
    cols = [("notif.", 12), ("devedor", 34), ("CPF", 14), ("endereço", 44), ("CEP", 9), ("valor", 10)]
    rule = "+" + "+".join("-" * (w + 2) for _, w in cols) + "+\n"
    doc.t(rule + "|" + "|".join(f" {c:<{w}} " for c, w in cols) + "|\n" + rule)
    for _ in range(g.rng.randint(4, 6)):
        p = g.person()
        name = g.pick([p.caps, p.full])
        if len(name) > 34:
            name = fold(p.short).upper()
        addr = g.address("caps")
        while len(addr) > 44:
            addr = g.address("caps")
        doc.t("| ").cell(f"{g.d(6)}/{g.rng.randint(24, 25)}", 12).t(" | ").cell(name, 34, "PERSON").t(" | ")
        doc.cell(g.cpf("dot"), 14, "BR_CPF").t(" | ").cell(addr, 44, "ADDRESS").t(" | ").cell(g.cep(), 9, "BR_CEP").t(" | ")
        doc.cell(g.money(100, 900), 10, right=True).t(" |\n")
    doc.t(rule)
    p = g.person()
    an = g.person()
    doc.f("\nNEGOCIAÇÃO — «n» ligou («t») e propôs parcelar em «k»x no cartão", n=P(g.pick([p.full, p.first])),
          t=(g.phone(), "PHONE_NUMBER"), k=g.rng.randint(2, 6))
    if g.chance(0.6):
        doc.f(" «c» (val. «v»)", c=(g.card(g.chance(0.7)), "CREDIT_CARD"), v=f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 31)}")
    doc.f("; aceito pelo supervisor «s». Débito total «v» (multa + correção). Boleto/acordo enviado p/ «e». "
          "Nasc. informada p/ validação: «dob».\n— «an»\n",
          s=P(g.person(female=False).short), v=brl(g, 150, 1500), e=(g.email(p), "EMAIL_ADDRESS"),
          dob=(g.dob("br", 1970, 2006), "DATE_OF_BIRTH"), an=P(an.full))
    return doc


def fi_vt(g: Gen) -> Doc:
    """Employer's transport-voucher (vale-transporte) order: card requests for new hires and monthly credit, CSV."""
    doc = Doc()
    emp = g.pick(["Supermercados Prudente Ltda", "Haddad Têxtil S.A.", "Construtora Flor do Vale", "Esperança Móveis",
                  "Farmácia Luz Divina", "Gadelha Distribuidora", "Oshiro Alimentos Ltda"])
    hr = g.person()
    doc.f("Portal Empregador «sys» — pedido VT «n»\nEmpresa: «emp» — CNPJ «cnpj»\nSolicitante: «h» · «he» · «ht»\n\n",
          sys=g.pick(CARD_SYSTEMS), n=g.d(7), emp=emp, cnpj=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"), h=P(hr.full),
          he=(corp_mail(hr, fold(emp.split()[0]).lower() + ".com.br"), "EMAIL_ADDRESS"), ht=(g.phone(mobile=False), "PHONE_NUMBER"))
    rows = []
    for _ in range(g.rng.randint(5, 7)):
        p = g.person()
        new = g.chance(0.4)
        rows.append([P(g.pick([p.caps, p.plain])), (g.cpf("raw"), "BR_CPF"), (g.dob("br", 1965, 2006), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["raw", "raw", "par"])), "PHONE_NUMBER") if g.chance(0.85) else V(""), V("SOLICITAR" if new else transit_card(g)), V(str(g.rng.randint(2, 4))), V(g.money(8, 30)),
                     V(str(g.rng.randint(18, 23))), V("nova emissão" if new else "crédito")])
    table_csv(doc, ["NOME", "CPF", "DT_NASC", "CELULAR", "NR_CARTAO", "VIAGENS_DIA", "TARIFA_MEDIA", "DIAS_UTEIS", "TIPO"], rows, sep=";")
    doc.f("\nBoleto «b» — vencimento «d» — total «v» (taxa adm. 1,5%)\nEntrega dos cartões novos: «x»\n",
          b=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}", d=g.date(), v=brl(g, 800, 40000),
          x=g.pick(["retirar no posto Terminal Bandeira", "sede da empresa (a/c RH)", "Correios — endereço cadastrado"]))
    return doc


def fi_indeniz(g: Gen) -> Doc:
    """Finance approval e-mail for court-ordered and settled indemnities to passengers (civil liability)."""
    doc = Doc()
    fin = g.person()
    boss = g.person()
    lw = g.person()
    doc.f("De: «f» <«fe»>\nPara: «b» <«be»>\nAssunto: Aprovação — pagamentos RC passageiros — semana «w»\n\n«bf», bom dia.\n\n"
          "Seguem para aprovação os pagamentos de indenizações (acordos e condenações) enviados pelo jurídico («lw», «oab»):\n\n",
          f=P(fin.full), fe=(corp_mail(fin, "expressorosabranca.com.br"), "EMAIL_ADDRESS"), b=P(boss.full),
          be=(corp_mail(boss, "expressorosabranca.com.br"), "EMAIL_ADDRESS"), w=g.rng.randint(1, 52), bf=P(boss.first),
          lw=P(lw.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    for i in range(g.rng.randint(3, 5)):
        p = g.person()
        doc.f("«i». «n» — CPF «cpf» — proc. «cnj» — «v»\n", i=i + 1, n=P(g.pick([p.full, p.caps])), cpf=(g.cpf(), "BR_CPF"),
              cnj=g.cnj(g.pick(["8.26", "8.19", "8.13", "8.05"])), v=brl(g, 1500, 60000))
        k = g.rng.randint(0, 2)
        if k == 0:
            code, bank = g.pick(BANKS)
            doc.f("   crédito: «bn» ag. «ag» cc «cc»\n", bn=bank, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
        elif k == 1:
            doc.f("   Pix (chave aleatória): «k»\n", k=(g.uuid(), "PIX_KEY"))
        else:
            doc.f("   depósito judicial (guia «gd»), conta do advogado «a»\n", gd=g.neg(11), a=P(g.person().full))
    doc.f("\nTotal da semana: «t». Já descontada a cota do seguro (sinistros «s1» e «s2»).\n\nAbraço,\n«ff»\nTesouraria\n",
          t=brl(g, 10000, 200000), s1=f"{g.d(3)}.{g.d(6)}", s2=f"{g.d(3)}.{g.d(6)}", ff=P(fin.first))
    return doc


TEMPLATES = {
    "atendimento": [at_cadastro, at_chat, at_achados, at_ouvidoria, at_pcd, at_recarga_csv, at_applog],
    "juridico": [ju_trabalhista, ju_imagens, ju_evasao, ju_notificacao, ju_acordos, ju_lgpd, ju_bo],
    "saude": [sa_aso, sa_cat, sa_samu, sa_atestados, sa_psico, sa_ps, sa_tox],
    "financeiro": [fi_reembolso, fi_seguro, fi_folha, fi_gateway, fi_cobranca, fi_vt, fi_indeniz],
}


# =========================================================================== checks and output

ENCODED = re.compile(r"=[0-9A-F]{2}|%[0-9A-F]{2}|&#\d+;|&[a-z]+;")
ELEVEN = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d\-/]|\.\d)")


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert s["label"] in LABELS, (record["id"], s)
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", v.translate(OCR_UNDO)) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS", "PIX_KEY") else ""
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
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", ENCODED.sub("", v)), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
    # hard negatives: every 11-digit number (bare or CPF-shaped) outside a gold span fails the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in ELEVEN.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], m.group(1))


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
                if w.lower() in PARTICLES or w.lower() == "e":
                    continue
                total += 1
                rare += fold(w).lower() in folded
    return rare / max(total, 1)


def main() -> None:
    records = build()
    with (HERE / "eightyfourth.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("eightyfourth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
