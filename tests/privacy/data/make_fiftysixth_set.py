"""Build the fifty-sixth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fiftysixth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 5656, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: temporary-work and staffing agencies (empresas de
trabalho temporário, Lei 6.019/1974) — the paperwork an agency, its client firms (tomadoras:
meat plants, distribution centres, supermarkets, call centres, factories), the occupational
clinics and labs they use, labour courts and the labour inspectorate produce: candidate
registrations and CVs, interview schedules, temp contracts, timesheets and overtime, placement
at client firms, admission exams, VT/VR benefit cards, end-of-contract settlements, labour suits
against agency and client, pay slips and payment batches. Layouts vary: letters and petitions,
label....: value forms, fixed-width tables with and without rulers, boxed tables, CSV / TSV /
pipe extracts, a WhatsApp export, e-mail threads, app logs, OCR'd scans.
- atendimento: a candidate registration from the agency's job portal (label....: value, with
  the LGPD consent IP), a CV pasted into the applicant tracking system, the week's interview
  schedule of a branch (fixed-width table, notes with an invalid CPF), a WhatsApp export of a
  "vagas" group (recruiter saved under her name + a role word, or under the agency's name;
  candidates by name, nickname or bare number; CPF, address, bus plate, Pix key, agency and
  account, PIS, CNH), an e-mail thread with the SAC about an unloaded VR card and the VT,
  a service-desk ticket over a missing clock-in with the clock app's log lines, an employee
  registration sheet (ficha de registro) scanned with OCR confusions.
- juridico: a temp work contract (qualification of the worker, client firm, e-signature log),
  a labour claim against agency and client (subsidiary liability), minutes of a hearing
  (settlement with account or Pix key, or instruction with witnesses), an e-mail between the
  client's legal team and the agency asking for the documents of the temps in a suit, the CSV
  export of the agency's litigation portfolio, a joint petition for approval of an out-of-court
  settlement (art. 855-B CLT), a labour-inspection notice (NAD) and the agency's reply listing
  the temps over 180 days.
- saude: an ASO (admission, dismissal, return, change of risk), a clinic's CSV schedule of
  admission exams sent to the agency, the DP's e-mail transcribing a temp's medical certificate
  (sometimes with a pregnancy), a long-window toxicology report of a temp truck driver (CNH,
  MRO doctor) with the agency's release note, a CAT of a temp injured at the client's plant, a
  health / dental plan movement file (titulars and dependants, mother's name, CNS), the client
  plant's infirmary log book (printed and OCR'd; ambulance plates).
- financeiro: a temp's pay slip (fixed width; some OCR'd, some with the envelope address), a
  weekly payment batch (CSV; TED or Pix; Pix keys that are random keys, e-mails, phones or the
  worker's CPF; optional e-mail column for receipts), a time sheet (espelho de ponto), the
  termination statement (TRCT, numbered fields), the agency's monthly invoice to the client
  (temps' names, CPFs and hours; agency's bank details), an order of VR/VA benefit cards and VT
  recharges, an e-mail approving an advance with the Pix receipt pasted from the bank app.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Dra.", "dona",
"seu", "Juíza do Trabalho"; particles inside a name (de, da, do, dos, e) are part of it;
"SURNAME, Given" is one span; nicknames (Tião, Chico, Nildo, Biu) and first names alone are
persons, also lower-cased in chats ("bom dia jurema"); a WhatsApp contact saved as name + role
word ("Jurema Vagas Multiplus") has only the name labelled; a contact saved under the agency's
name ("Multiplus Vagas", "Ágil Staff RH") is not a person. Staff named in the text (recruiters,
attendants, DP and benefit analysts, supervisors at the client, doctors, nurses, lawyers,
judges, labour inspectors, prepostos, witnesses) are persons; logins ("pbaniwa", "sschmitt.sup",
"rpa_bot_03", "svc_sib_upload"), role labels ("Departamento Pessoal", "equipe benefícios") and
company names are not. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (sac@,
dp@, juridico@, contencioso@, beneficios@) are not labelled. ADDRESS is street type + name +
number + complement (full, abbreviated, ALL CAPS, lower case, spoken "sem número"); not the
bairro, city, state or CEP (CEP is BR_CEP); a company's address (agency seat, client's
establishment "situado na Rua Prudente de Morais, 2172", the employer block of the TRCT) is not
labelled. Agency and account are separate BANK_ACCOUNT spans; bank codes and names are not.
DATE_OF_BIRTH only for birth dates (nasc., DN, DT_NASC, "nascida em"), also of dependants;
admission, end of contract, exam, hearing, payment, DUM and accident dates are not.
PROFESSIONAL_ID includes the council acronym and UF or region ("CRM/SP 123456", "OAB/RJ 98.765",
"COREN-MT 158779-TE", "CRP 06/12345", "CRA-SP 129702"). PIX_KEY only for random (UUID) keys
used as Pix keys; a Pix key that is a CPF, e-mail or phone takes that label. Masked values
("***.108.742-**", "5067********2725", "cartão final 7296"), internal ids, protocol, ticket,
contract, laudo, CAT, NAD, order (PO), OS, NSU, envelope and transaction ids are not labelled.
Decided here: bank accounts are BANK_ACCOUNT whoever holds them (the worker, the agency on its
invoice and in the Pix receipt, the law firm receiving fees). Meal / food benefit cards (VR, VA:
Pluxee, Alelo, Ticket...) are payment cards: their full 16-digit numbers are CREDIT_CARD;
transport cards (Bilhete Único, RioCard, VEM) are not payment cards and are not labelled. The
RNM / CRNM of migrants, CTPS number and series, CBO and CNAE codes, CNES, eSocial
receipts, plan card numbers (carteirinha), electoral zone and section are not labelled; PIS,
NIT and NIS are BR_PIS. CNPJs are BR_CNPJ whether of the agency, client, clinic, lab or law
firm (numeric and 2026 alphanumeric; raw or formatted). Vehicle plates are LICENSE_PLATE
whoever owns the vehicle (a candidate's motorcycle, the chartered bus, the client's truck, an
ambulance). A street named as a place without a number (the bus "passou direto na Barão de
Mauá", "unidade da Prudente de Morais", the school "E.E. Professora Cremilda Tabosa") is neither
ADDRESS nor PERSON. Names and identifiers damaged by OCR in scanned pages (l for I, O for 0,
S for 5, rn for m) are labelled as they stand.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Gilberlândio, Waldisney, Kethellyn, Dhonatan, Ryquelme, Wyllyane; Italian, German, Japanese /
Okinawan, Lebanese, Korean, Chinese, Haitian, Venezuelan, Senegalese, Angolan, Bolivian,
Paraguayan, indigenous, Jewish), well over a quarter of the name words rare or invented; names
that are also words (Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória, Aurora, Glória, Leão,
Constante; surnames Branco, Leite, Pinheiro, Coelho) next to the same words as words ("conta
de luz", "seria prudente", "ok, vitória!") and in places, streets and companies (Presidente
Prudente, Bento Gonçalves, Santa Luz, Aurora/CE, Rua Flor de Lis, Supermercados Bento,
Frigorífico Aurora do Vale, Prudente Recursos Humanos, Luz Trabalho Temporário, Vitória Staffing,
Amado & Bastos Mão de Obra Temporária, Hospital Santa Luz), which are not persons. Forms: full,
ALL CAPS without accents, lower case, first name alone, nicknames, OCR-damaged.

Hard negatives (never labelled): CNJ process numbers (also the TST IAC number), 11-digit numbers
failing the CPF check (PJe protocols, remittance ids, ticket numbers, a CPF typed wrong; the
script checks every 11-digit run outside a gold span), ICD-10 codes (M54.5, S61.0, O21.0),
money, hours and hour banks, NSR, NSU, hashes and envelope UUIDs, Pix end-to-end ids, boleto
lines, company names with surnames (Atacadão Saad & Kalil, Metalúrgica Pizzolatto, Cerâmica
Valadares & Filhos, Bastos, Lustosa e Amado Sociedade de Advogados), laws and rules ("Lei
6.019/1974", "Lei 13.429/2017", "Súmula 331, IV, do TST", "art. 855-B da CLT", "Lei
13.709/2018", "Portaria MTP 671/2021"), dates that are not birth dates.
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
SEED = 5656
OUT_NAME = "fiftysixth.jsonl"

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
MES3 = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]

# --------------------------------------------------------------------------- name pools
# RARE_* and the rarer foreign pools hold uncommon, regional or coined names; main() prints
# their share of PERSON name words.

PT_F = ["Ana Paula", "Juliana", "Fernanda", "Patrícia", "Adriana", "Camila", "Amanda", "Letícia", "Gabriela",
        "Larissa", "Priscila", "Aline", "Simone", "Cristiane", "Tatiane", "Viviane", "Sandra", "Cláudia",
        "Mariana", "Beatriz", "Isabela", "Luciana", "Elaine", "Roberta", "Natália", "Francisca", "Antônia",
        "Maria José", "Sebastiana", "Maria das Graças", "Jéssica", "Vanessa", "Kelly", "Edilene"]
RARE_F = ["Lucicleide", "Joselma", "Edineusa", "Gleiciane", "Rosilda", "Marinalva", "Cleonice", "Deusdete",
          "Zenaide", "Maricleide", "Valdirene", "Adenilda", "Ivoneide", "Ozana", "Jeovana", "Sthefany",
          "Quéren", "Ranielly", "Juciara", "Edjane", "Gerlane", "Ilzete", "Laudicéia", "Cremilda", "Elzimar",
          "Ketlen", "Aldeneide", "Kethellyn", "Thamyres", "Dayanny", "Wyllyane", "Rozilene", "Nailde",
          "Josefa Lucinete", "Cleidiane", "Eudóxia", "Jurema Itacira", "Benvinda", "Maristela Jaci"]
PT_M = ["José Carlos", "Antônio", "Francisco", "João Paulo", "Rafael", "Rodrigo", "Thiago", "Lucas",
        "Gustavo", "Bruno", "Diego", "Fábio", "Ricardo", "Roberto", "Eduardo", "Márcio", "Luciano",
        "Anderson", "Leandro", "Vinícius", "Matheus", "Gabriel", "Daniel", "Sebastião", "Raimundo",
        "Benedito", "Severino", "Geraldo", "Edson", "Marcos Antônio", "Paulo Roberto", "Cícero"]
RARE_M = ["Josenildo", "Adenilson", "Gledson", "Jucelino", "Claudemir", "Edivaldo", "Deivid", "Uedson",
          "Maicon Douglas", "Wanderlei", "Valdemir", "Ozires", "Jackson Wesley", "Natanael", "Joelson",
          "Evanildo", "Sidcley", "Ronivon", "Elenilson", "Adailton", "Edinaldo", "Laércio", "Waldisney",
          "Ryquelme", "Dhonatan", "Jhemerson", "Abimael", "Cosmo Damião", "Zenóbio", "Ariosvaldo",
          "Gilberlândio", "Irineu", "Juscelino", "Elizeu", "Tarcísio", "Valdisnei", "Ednaldo", "Ubiratan"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Rocha", "Dias", "Monteiro",
          "Mendes", "Barros", "Soares", "Fernandes", "Batista", "Moreira", "Cunha", "Melo", "Pires", "Lopes",
          "Gonçalves", "Ribeiro", "Carvalho", "Araújo", "Gomes", "Nascimento", "Castro", "Rezende", "Moraes"]
RARE_SUR = ["Bezerril", "Cajazeiras", "Damasceno", "Evangelista", "Frota", "Gurgel", "Honorato", "Ibiapina",
            "Jatobá", "Lapenda", "Malheiros", "Orlandino", "Quintela", "Rabelo", "Sucupira", "Tabosa",
            "Uchoa", "Valadares", "Wanderley", "Ximenes", "Aragão", "Benevides", "Catunda", "Fontenele",
            "Guedelha", "Arruda Câmara", "Lustosa", "Pacheco Leal", "Mourato", "Serejo", "Tapajós",
            "Vasconcelos Brayner", "Cotegipe", "Bandeira Gadelha", "Sardenberg", "Pitombeira", "Alcoforado"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Leão", "Constante"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Flor", "Luz", "Leite", "Pinheiro",
            "Carneiro", "Raposo", "Cordeiro", "Bastos", "Coelho", "Aurora", "Vitória"]
NICK = {"José Carlos": "Zé Carlos", "Antônio": "Toninho", "Francisco": "Chico", "Sebastião": "Tião",
        "Raimundo": "Mundinho", "Benedito": "Dito", "Severino": "Biu", "Maria José": "Zezé",
        "Maria das Graças": "Gracinha", "Francisca": "Chica", "Antônia": "Toinha", "Edivaldo": "Vado",
        "Josenildo": "Nildo", "Natanael": "Natan", "Cícero": "Ciço", "Cleonice": "Nice", "Lucicleide": "Cleide",
        "Marinalva": "Nalva", "Gabriela": "Gabi", "Juliana": "Ju", "João Paulo": "JP", "Wanderlei": "Vandeco",
        "Valdemir": "Mirinho", "Adenilda": "Dedé", "Deusdete": "Dete", "Ubiratan": "Bira"}
FOREIGN = {
    "it": (["Graziella", "Luisa Pia"], ["Gianluca", "Ottavio"], ["Pizzolatto", "Dal Molin", "Tonietto", "Sgarbossa", "Lazzarotto"]),
    "de": (["Hildegard", "Ilse"], ["Egon", "Siegfried"], ["Schmitt", "Kreutzfeld", "Hübner", "Wachholz", "Pommerening"]),
    "jp": (["Keiko", "Harumi"], ["Tadashi", "Shigeru"], ["Higa", "Nakamura", "Miyagi", "Shimabukuro", "Hirata"]),
    "ar": (["Samira", "Jamile"], ["Jamil", "Habib"], ["Saad", "Chamoun", "Jabour", "Kalil", "Tuma"]),
    "kr": (["Eun-ji", "So-yeon"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Kang"]),
    "cn": (["Meiling", "Yan"], ["Wei", "Jun"], ["Zhang", "Liu", "Huang"]),
    "ht": (["Nadège", "Wislande", "Fabiola"], ["Jean Robert", "Wisly", "Fritznel"], ["Pierre-Louis", "Jean-Baptiste", "Dorsainvil", "Saintil", "Metellus"]),
    "ve": (["Yusmary", "Dayerlin", "Oriana"], ["Yorvis", "Deiker", "Jhonaiker"], ["Rondón", "Guaicaipuro", "Briceño", "Urdaneta", "Colmenares"]),
    "sn": (["Mariama", "Ndeye"], ["Abdoulaye", "Modou"], ["Faye", "Mbaye", "Sarr", "Thiam"]),
    "ao": (["Ngueza", "Wanda Kiluange"], ["Nzinga", "Mbemba"], ["Kapitango", "Lussaty", "Bumba", "Tchimbali"]),
    "bo": (["Reyna", "Filomena"], ["Edwin", "Wilber"], ["Mamani", "Choque", "Condori", "Huanca"]),
    "in": (["Potyra", "Jaciara"], ["Kauê", "Raoni"], ["Guajajara", "Terena", "Pataxó", "Baniwa"]),
    "jw": (["Esther", "Miriam"], ["Mordechai", "Elias"], ["Zylberstajn", "Feldman", "Szuster"]),
    "py": (["Nidia", "Liz"], ["Aníbal", "Derlis"], ["Benítez", "Ayala", "Ortiz Cáceres"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "ve", "sn", "ao", "bo", "in", "jw", "py", "de", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Zé Carlos", "Tião", "Biu", "Mundinho", "Dito", "Zezé", "Gracinha", "Chica", "Toinha", "Vado",
             "Nildo", "Ciço", "Vandeco", "Mirinho", "Dedé", "Dete", "Bira", "Nalva"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Silva", "Cunha", "Frota", "Aurora", "Vitória", "Glória"}
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


DDDS = ["11", "11", "12", "13", "15", "16", "19", "21", "24", "27", "31", "34", "35", "41", "42", "44",
        "47", "48", "49", "51", "54", "55", "61", "62", "63", "65", "66", "67", "68", "71", "73", "77",
        "79", "81", "82", "83", "84", "85", "86", "87", "91", "92", "94", "95", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Viela", "Largo"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Rosa e Silva", "Bento Gonçalves", "Flor de Lis",
                "das Orquídeas", "Coronel Ozires Damasceno", "Professora Cremilda Tabosa", "Sete de Setembro",
                "Dom Pedro I", "Aurora Boreal", "Luz do Sol", "Vitória Régia", "Amado Nervo", "Padre Cícero",
                "Tiradentes", "Marechal Deodoro", "José Bonifácio", "Irmã Dulce", "dos Operários",
                "do Trabalhador", "Antônio Carlos Jobim", "Chico Mendes", "Zumbi dos Palmares",
                "Engenheiro Sucupira", "Vereador Adailton Frota", "Getúlio Vargas", "XV de Novembro",
                "Treze de Maio", "Presidente Kennedy", "das Indústrias", "Nossa Senhora da Glória"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Rio Branco", "AC"),
          ("Santa Luz", "BA"), ("Aurora", "CE"), ("Glória de Dourados", "MS"), ("Campinas", "SP"),
          ("Guarulhos", "SP"), ("Sorocaba", "SP"), ("Jundiaí", "SP"), ("São Bernardo do Campo", "SP"),
          ("Caxias do Sul", "RS"), ("Chapecó", "SC"), ("Blumenau", "SC"), ("Itajaí", "SC"), ("Cascavel", "PR"),
          ("Toledo", "PR"), ("Contagem", "MG"), ("Betim", "MG"), ("Uberlândia", "MG"), ("Camaçari", "BA"),
          ("Feira de Santana", "BA"), ("Jaboatão dos Guararapes", "PE"), ("Caucaia", "CE"), ("Manaus", "AM"),
          ("Boa Vista", "RR"), ("Anápolis", "GO"), ("Sinop", "MT"), ("Cuiabá", "MT"), ("Serra", "ES"),
          ("Duque de Caxias", "RJ"), ("Volta Redonda", "RJ"), ("São Luís", "MA"), ("Teresina", "PI")]
UFS = ["SP", "SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "AM", "DF", "ES", "MT", "MS", "RR", "MA"]
BAIRROS = ["Jardim Aurora", "Vila Rosa", "Centro", "Parque Industrial", "Jardim Primavera", "Vila Operária",
           "Conjunto Habitacional Luz", "Bairro Bento", "Cidade Nova", "Jardim Glória", "Vila Nova Esperança",
           "Morada do Sol", "Distrito Industrial", "Bela Vista", "São Cristóvão"]
CIDS = ["M54.5", "J06.9", "A09", "S61.0", "S93.4", "M75.1", "F41.1", "Z32.1", "O20.0", "R51", "K52.9",
        "H10.9", "M65.9", "T14.1", "S60.2", "J11.1", "N39.0", "B34.9", "Z34.9", "M77.1", "G56.0", "W26"]

AGENCIAS = ["Multiplus RH Trabalho Temporário Ltda", "Ágil Staff Serviços Temporários Ltda",
            "Prudente Recursos Humanos Eireli", "Rosa dos Ventos Terceirização e Temporários Ltda",
            "Luz Trabalho Temporário S/A", "Amado & Bastos Mão de Obra Temporária Ltda",
            "Vitória Staffing Brasil Ltda", "Tabosa Gestão de Pessoas Ltda", "Aurora Temp RH Ltda"]
TOMADORAS = ["Frigorífico Aurora do Vale S/A", "Metalúrgica Pizzolatto Ltda", "Atacadão Saad & Kalil",
             "Supermercados Bento Ltda", "Têxtil Hübner S/A", "Logística Rabelo Transportes Ltda",
             "Indústria de Calçados Flor de Lis", "Conservas Higa Alimentos", "Hospital Santa Luz",
             "Centro de Distribuição Prudente Log", "Cerâmica Valadares & Filhos", "Vinícola Dal Molin",
             "Call Center Luz Atende Ltda", "Montadora Kreutzfeld Sistemas Automotivos", "Shopping Vitória Park"]
FUNCOES = ["auxiliar de produção", "operador de empilhadeira", "repositor", "operador de caixa",
           "auxiliar de logística", "conferente", "embalador", "ajudante geral", "promotor de vendas",
           "recepcionista", "atendente de telemarketing", "desossador", "motorista entregador",
           "auxiliar de limpeza", "separador de pedidos", "costureira", "soldador", "auxiliar de cozinha"]
MOTIVOS = ["acréscimo extraordinário de serviços (Black Friday / Natal)", "substituição transitória de pessoal permanente (licença-maternidade)",
           "acréscimo extraordinário de serviços (safra)", "substituição transitória de pessoal permanente (férias coletivas)",
           "demanda complementar sazonal (Páscoa)"]


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
        if self.given.startswith(("Maria d", "Jean ", "Cosmo ", "Cícero ")):
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
            "capsshort": fold(p.short).upper(), "lowshort": fold(p.short).lower(),
            "lowfirst": fold(p.first).lower(), "plain": fold(p.full)}[form]


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
        if r < 0.36:
            return self.pick(RARE_SUR)
        if r < 0.5:
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
                second = self.pick(RARE_F + WORD_F if female else RARE_M + PT_M).split()[0]
                if second != given:
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames) else self.surname()
                if s not in surnames and not (s in given):
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.05:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.25 and origin not in ("kr", "cn", "ht", "sn", "ve"):
                given = self.pick(PT_F + RARE_F if female else PT_M + RARE_M)
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.35 and origin not in ("ht", "sn", "ve", "kr", "cn"):
                surnames.insert(0, self.surname())
            elif origin in ("ve", "bo", "py") and rng.random() < 0.5:
                other = self.pick(sur)
                if other != surnames[0]:
                    surnames.append(other)
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
                          f"{l}.{f}", f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}", f"{f}.{l}.rh"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "live.com"])
        return f"{user}@{domain}"

    def work_email(self, p: Person, domain: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}"]) + "@" + domain

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

    def masked_cpf(self) -> str:
        n = self.cpf_digits()
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***.***.{n[6:9]}-**"])

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
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
        if not dash:
            return n
        return f"{n[:5]}-{n[5:]}" if self.chance(0.85) else f"{n[:2]}.{n[2:5]}-{n[5:]}"

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.ri(6, 9)) + self.d(7)) if mobile else (str(self.ri(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "par", "raw", "dash", "par", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "nospace": f"({ddd}){h}-{t}", "wa": f"+55 {ddd} {h[:-4] if len(h) > 4 else ''}{h[-4:]}-{t}"}[style]

    def card(self, spaced: bool = True, prefix: str | None = None) -> str:
        b = prefix or self.pick(["4", "5", "5", "6"])
        b += self.d(15 - len(b))
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

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

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos",
                          f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}", f"casa {self.pick('AB')}"])
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
        sep = self.pick([", ", ", nº ", " ", ", n. "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1962, hi: int = 2006) -> str:
        dd, mm, yy = self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def period(self, fmt: str = "br", lo: int = 60, hi: int = 270) -> tuple[str, str]:
        """Start and end of a temp contract (end after start)."""
        start = datetime.date(self.pick([2023, 2024, 2024, 2025]), self.ri(1, 12), self.ri(1, 28))
        end = start + datetime.timedelta(days=self.ri(lo, hi))
        return fmt_date(start.day, start.month, start.year, fmt), fmt_date(end.day, end.month, end.year, fmt)

    def hm(self) -> str:
        return f"{self.ri(6, 22):02d}:{self.ri(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["5.02", "5.15", "5.04", "5.03", "5.01", "5.09", "5.12", "5.05", "5.06"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2019, 2025)}.{seg}.{self.d(4)}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRP":
            return self.pick([f"CRP {self.ri(1, 23):02d}/{self.d(5)}", f"CRP-{self.ri(1, 23):02d}/{self.d(6)}"])
        if kind == "CRC":
            return self.pick([f"CRC/{uf} {self.ri(100000, 399999)}/O-{self.ri(0, 9)}", f"CRC {uf}-{self.ri(10000, 99999)}/O"])
        if kind == "CRA":
            return f"CRA-{uf} {self.ri(10000, 199999)}"
        if kind == "CRFa":
            return f"CRFa {self.ri(1, 9)}-{self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} {dotted}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "mes": f"{dd:02d}/{MES3[mm - 1]}/{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("n", "ri"), ("o", "ó"), ("l", "I")]
OCR_DIGITS = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I")]
OCR_UNDO = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "|": "1"})


def ocr(s: str, g: Gen, rate: float = 0.35, digits: bool = False) -> str:
    """Apply one or two OCR confusions: letters in names and words, digit/letter in identifiers."""
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
            elif isinstance(v, Doc):
                self.add(v)
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
        if len(s) > width:
            s = s[:width]
            if label:
                s = s.rstrip()
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


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]], ruler: str | None = "-", sep: str = "  ",
                widths: list[int] | None = None) -> None:
    widths = widths or [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t(sep.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    if ruler:
        doc.t(sep.join(ruler * w for w in widths) + "\n")
    for r in rows:
        line = Doc()
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                line.t(sep)
            if k == len(r) - 1:
                line.e(v, lab)
            else:
                line.cell(v, w, lab)
        doc.add_line(line)


def table_pipe(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    bar = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    doc.t(bar + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + bar)
    for r in rows:
        doc.t("|")
        for (v, lab), w in zip(r, widths):
            doc.t(" ")
            doc.cell(v, w, lab)
            doc.t(" |")
        doc.t("\n")
    doc.t(bar)


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


def _add_line(self: Doc, other: Doc) -> None:
    base = len(self.text)
    text = other.text.rstrip()
    self.text += text + "\n"
    for s in other.spans:
        self.spans.append({"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]})


def _add(self: Doc, other: Doc) -> Doc:
    base = len(self.text)
    self.text += other.text
    self.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in other.spans]
    self.negs += other.negs
    return self


Doc.add_line = _add_line
Doc.add = _add


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def agency_domain(name: str) -> str:
    w = re.sub(r"[^a-z]", "", fold(name.split()[0]).lower())
    return f"{w}rh.com.br" if len(w) < 8 else f"{w}.com.br"


def tom_domain(name: str) -> str:
    words = [re.sub(r"[^a-z]", "", fold(w).lower()) for w in name.split()]
    words = [w for w in words if len(w) > 3 and w not in ("ltda", "alimentos", "industria", "centro", "distribuicao",
                                                          "sistemas", "automotivos", "transportes", "atende")]
    return (words[-1] if len(words) < 3 else words[1]) + ".com.br"


def money_s(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + g.money(lo, hi)


# --------------------------------------------------------------------------- atendimento


def at_cadastro(g: Gen) -> Doc:
    """Candidate registration from the agency's job portal, printed as label....: value."""
    doc = Doc()
    ag = g.pick(AGENCIAS)
    c = g.person()
    rec = g.person(female=g.chance(0.7))
    city, uf = g.city()
    sent = g.date()
    doc.f("PORTAL DE VAGAS — «ag»\nCadastro de candidato nº «n»   Origem: «o»   Enviado em «dt» às «hm»\n",
          ag=ag, n=f"{sent[-4:]}-{g.d(7)}", o=g.pick(["site", "app Android", "app iOS", "totem da unidade", "indicação"]),
          dt=sent, hm=g.hm())
    doc.t("=" * g.pick([48, 56, 62]) + "\n")
    dots = g.pick([".", " ", "_"])

    def row(label: str, val, lab=None, tail: str = "") -> None:
        doc.t(f"{label}{dots * (22 - len(label))}: ")
        if isinstance(val, Doc):
            doc.add(val)
        else:
            doc.e(val, lab)
        doc.t(tail + "\n")

    doc.t("DADOS PESSOAIS\n")
    row("Nome completo", name_form(g, c, ["full", "full", "caps", "low"]), "PERSON")
    if c.nick != c.first and g.chance(0.4):
        row("Apelido", c.nick, "PERSON")
    row("Data de nascimento", g.dob(g.pick(["br", "br", "iso", "nopad"])), "DATE_OF_BIRTH")
    row("CPF", g.cpf(), "BR_CPF")
    if c.surnames[-1] in sum((FOREIGN[o][2] for o in ("ht", "ve", "sn", "ao", "bo", "py")), []):
        row("RNM / CRNM", f"{g.pick('FGVW')}{g.d(6)}-{g.pick('0123456789X')}", None, " (migrante — não é RG)")
    else:
        row("RG / órgão", g.rg(), "BR_RG", f" {g.pick(['SSP/SP', 'SSP', 'SESP', 'SDS/PE', 'SSP-SP'])}")
    row("PIS/NIS", g.pis(), "BR_PIS")
    if g.chance(0.5):
        row("CNH", g.cnh(), "BR_CNH", f" cat. {g.pick(['B', 'AB', 'D', 'E', 'A'])} val. {g.date('br', g.ri(2026, 2033))}")
    else:
        row("CNH", "não possui")
    if g.chance(0.35):
        row("Título de eleitor", g.titulo(), "BR_TITULO_ELEITOR", f" zona {g.ri(1, 420):03d} seção {g.ri(1, 900):04d}")
    row("Estado civil", g.pick(["solteir" + c.o, "casad" + c.o, "união estável", "divorciad" + c.o]),
        None, f", {g.ri(0, 4)} filho(s)")
    doc.t("\nCONTATO\n")
    row("Celular / WhatsApp", g.phone(), "PHONE_NUMBER")
    if g.chance(0.6):
        r = g.relative(c)
        d = Doc()
        d.f("«p» (falar c/ «r»)", p=(g.phone(), "PHONE_NUMBER"), r=P(r.first))
        row("Telefone p/ recado", d)
    row("E-mail", g.email(c), "EMAIL_ADDRESS")
    doc.t("\nENDEREÇO\n")
    row("Logradouro", g.address(g.pick(["text", "text", "caps", "low"])), "ADDRESS")
    row("Bairro", g.pick(BAIRROS))
    row("Cidade/UF", f"{city}/{uf}")
    row("CEP", g.cep(), "BR_CEP")
    doc.t("\nINTERESSES\n")
    row("Cargos", ", ".join(g.rng.sample(FUNCOES, 3)))
    row("Disponibilidade", g.pick(["todos os turnos", "só noturno", "2º turno e fins de semana", "imediata, inclusive feriados"]))
    row("Pretensão salarial", money_s(g, 1518, 3200))
    if g.chance(0.5):
        d = Doc()
        d.f("sim — «v» placa «pl»", v=g.pick(["moto", "carro", "moto Honda CG", "Gol"]), pl=(g.plate(), "LICENSE_PLATE"))
        row("Veículo próprio", d)
    else:
        row("Veículo próprio", "não (usa fretado / ônibus)")
    ind = g.person()
    d = Doc()
    d.f("«i» (temporári«o» na «t»)", i=P(name_form(g, ind, ["full", "short", "first"])), o=ind.o, t=g.pick(TOMADORAS))
    row("Indicação", d)
    doc.f("\nObs. recrutadora («r»): «obs»\n", r=P(rec.first),
          obs=g.pick(["tem experiência em câmara fria, seria prudente já agendar o ASO",
                      "candidat" + c.o + " já trabalhou conosco em 2023 (contrato encerrado no prazo), recontratar OK",
                      "não tem disponibilidade p/ noturno; ver vaga de repositor no Supermercados Bento",
                      "perfil ok p/ Black Friday; conferir CPF na Receita antes de gerar contrato",
                      "pediu p/ não ligar antes das 10h"]))
    doc.f("Aceite LGPD (Lei 13.709/2018) v«v» em «d» «h» — IP «ip» — user-agent «ua»\n",
          v=f"{g.ri(1, 4)}.{g.ri(0, 9)}", d=sent, h=g.hms(), ip=(g.ip(), "IP_ADDRESS"),
          ua=g.pick(["Mozilla/5.0 (Linux; Android 13; SM-A145M)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)", "okhttp/4.12.0"]))
    return doc


def at_cv(g: Gen) -> Doc:
    """A CV pasted into the applicant tracking system (plain text, several styles)."""
    doc = Doc()
    c = g.person()
    city, uf = g.city()
    style = g.ri(0, 2)
    if style == 0:
        doc.f("CURRÍCULO\n\n«n»\n", n=P(c.caps))
    elif style == 1:
        doc.f("«n»\n«f»\n", n=P(c.full), f=g.pick(FUNCOES).capitalize())
    else:
        doc.f("Curriculum Vitae — «n»\n\n", n=P(c.full))
    doc.f("«a» – «b» – «c»/«u» – CEP «cep»\n", a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city, u=uf, cep=(g.cep(), "BR_CEP"))
    doc.f("Tel.: «p1»  •  E-mail: «e»\n", p1=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("Tel. recado: «p» («r», «k»)\n", p=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"),
              r=P(g.relative(c).first), k=g.pick(["mãe", "irmã", "esposo", "vizinha", "tia"]))
    nat = g.pick(["Brasileir" + c.o, "Brasileir" + c.o, "Haitian" + c.o + " (residente desde 2016)", "Venezuelan" + c.o + " (visto de residência)"])
    doc.f("«nat», «ec», nascid«o» em «dn» • «cnh»\n", nat=nat, ec=g.pick(["solteir" + c.o, "casad" + c.o]), o=c.o,
          dn=(g.dob(g.pick(["br", "long", "br"])), "DATE_OF_BIRTH"),
          cnh=g.pick(["CNH cat. AB", "Habilitação categoria D (EAR)", "sem CNH", "CNH B"]))
    if g.chance(0.4):
        doc.f("CNH nº «c» · CPF «cpf»\n", c=(g.cnh(), "BR_CNH"), cpf=(g.cpf(), "BR_CPF"))
    doc.f("\nOBJETIVO\nAtuar como «f» (temporário ou efetivo). «x»\n", f=g.pick(FUNCOES),
          x=g.pick(["Disponibilidade para turnos.", "Moro perto do Distrito Industrial.", "", "Tenho curso de NR-11 e NR-35."]))
    doc.t("\nEXPERIÊNCIA PROFISSIONAL\n")
    for _ in range(g.ri(2, 3)):
        y = g.ri(2017, 2024)
        m1, m2 = g.ri(1, 6), g.ri(7, 12)
        emp = g.pick(TOMADORAS + [f"Mercadinho {g.pick(RARE_SUR)} & Filhos", f"Padaria {g.pick(WORD_SUR)} Ltda",
                                   f"Transportadora {g.pick(PT_SUR)} ME", f"Confecções {g.pick(FOREIGN['ar'][2])}"])
        via = f" (temporário via {g.pick(AGENCIAS).split(' ')[0]})" if g.chance(0.5) else ""
        doc.f("• «e»«v» — «f» — «a» a «b»\n  «d»\n", e=emp, v=via, f=g.pick(FUNCOES),
              a=f"{MES3[m1 - 1].lower()}/{y}", b=f"{MES3[m2 - 1].lower()}/{y}",
              d=g.pick(["Separação e conferência de pedidos, inventário rotativo.", "Operação de caixa e fechamento.",
                        "Abastecimento de linha, embalagem, 5S.", "Atendimento receptivo, média de 90 ligações/dia.",
                        "Desossa de dianteiro, meta de 1.200 kg/turno."]))
    doc.t("\nFORMAÇÃO\n")
    doc.f("Ensino médio completo — E.E. «esc» («y»)\n", esc=g.pick(["Professora Cremilda Tabosa", "Padre Cícero",
                                                                   "Dom Pedro I", "Irmã Dulce", "Rosa e Silva", "Prudente de Morais"]),
          y=g.ri(2005, 2022))
    doc.f("Cursos: «c»\n", c=g.pick(["NR-11 (SENAI, 40h)", "Excel básico; Atendimento ao cliente (SEBRAE)", "Empilhadeira e NR-12",
                                     "Informática (Escola Técnica Aurora, 2019)"]))
    doc.t("\nREFERÊNCIAS\n")
    for _ in range(g.ri(1, 2)):
        r = g.person()
        doc.f("«r» – «c» – «p»\n", r=P(name_form(g, r, ["full", "short", "full"])),
              c=g.pick(["ex-supervisor", "líder de turno na " + g.pick(TOMADORAS), "encarregada de loja", "gerente"]),
              p=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f("\n[ATS] importado por «l» em «d» · vaga REQ-«q» · score de aderência «s»%\n", l=login(g.person()) + "@ats",
              d=g.date(), q=g.d(5), s=g.ri(40, 98))
    return doc


def at_agenda(g: Gen) -> Doc:
    """Week's interview schedule of a branch, a fixed-width table with notes."""
    doc = Doc()
    city, uf = g.city()
    rec = g.person(female=g.chance(0.7))
    tom = g.pick(TOMADORAS)
    doc.f("AGENDA DE ENTREVISTAS — unidade «c» — semana «w»\nRecrutadora responsável: «r» («crp»)\nRequisição «q»: «n» vagas de «f» p/ «t»\n\n",
          c=city, w=f"{g.ri(1, 52):02d}/2025", r=P(rec.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"),
          q=f"REQ-{g.d(5)}", n=g.ri(5, 80), f=g.pick(FUNCOES), t=tom)
    staff = [g.person() for _ in range(2)]
    rows = []
    with_cpf = g.chance(0.85)
    for _ in range(g.ri(6, 8)):
        c = g.person()
        row = [V(f"{g.ri(1, 28):02d}/{g.ri(1, 12):02d}"), V(g.pick(["08:00", "08:30", "09:15", "10:00", "13:30", "14:00", "15:45"])),
               P(name_form(g, c, ["caps", "caps", "full", "capsshort"]))]
        if with_cpf:
            row.append((g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.85) else V("pendente"))
        row += [(g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"), V(g.pick(["presencial", "vídeo", "grupo", "presencial"])),
                V(g.pick(["sala 1", "sala 2", "sala 3", "Meet", "auditório"])),
                V(g.pick(["CONFIRMADO", "NO-SHOW", "APROVADO", "REPROVADO", "REAGENDAR", "AGUARD. DOC"]))]
        rows.append(row)
    table_fixed(doc, ["DATA", "HORA", "CANDIDATO"] + (["CPF"] if with_cpf else []) + ["CELULAR", "TIPO", "LOCAL", "STATUS"], rows,
                ruler=g.pick(["-", "=", None]), sep=g.pick(["  ", " | ", "   "]))
    doc.t("\nObs.:\n")
    c = g.person()
    doc.f("- «n» informou CPF «bad» no formulário, não bate na Receita; pedir documento na entrevista\n",
          n=P(c.short), bad=doc.n11(g, dotted=g.chance(0.5)))
    c2 = g.person()
    doc.f("- «n» reagendou (filha com febre). Novo contato: «p»\n", n=P(c2.first), p=(g.phone(), "PHONE_NUMBER"))
    doc.f("- sala 2 ocupada pela integração da «t» das 13h às 15h\n", t=tom)
    if g.chance(0.5):
        doc.f("- Dinâmica de grupo na unidade da «rua» (não na matriz)\n", rua=g.pick(["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Rosa e Silva"]))
    doc.f("- ticket de suporte do sistema de agendamento: «tk»\n", tk=g.pick([lambda: f"#{g.d(6)}", lambda: f"INC{g.d(7)}", lambda: doc.n11(g)])())
    return doc


def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp export between the agency's recruiting number and temps (a 'vagas' group)."""
    doc = Doc()
    rec = g.person(female=True)
    role = g.pick(["RH", "Recrutamento", "Vagas Multiplus", "Agência"])
    c1, c2, c3 = g.person(), g.person(), g.person()
    unknown = g.phone("plus")
    day = f"{g.ri(1, 28):02d}/{g.ri(1, 12):02d}/25"
    times = sorted(g.rng.sample(range(6 * 60, 22 * 60), 14))
    it = iter(f"{x // 60:02d}:{x % 60:02d}" for x in times)
    doc.f("Conversa do WhatsApp com «grp»\n\n", grp=g.pick(["VAGAS TEMPORÁRIAS 🔔 " + g.pick(CITIES)[0], "Turma Black Friday CD", "Safra 2025 - aviso"]))

    def msg(who, who_lab, body_fn):
        doc.t(f"[{day} {next(it)}] ")
        doc.e(who, who_lab)
        if who is rec_label and who_lab:
            doc.t(" " + role)
        doc.t(": ")
        body_fn()
        doc.t("\n")

    if g.chance(0.3):
        rec_label, rec_lab = (rec.nick if g.chance(0.5) else rec.first), "PERSON"
    else:
        rec_label, rec_lab = g.pick(["Multiplus Vagas", "Ágil Staff RH", "Prudente RH Temporários", "Aurora Temp - Recrutamento"]), None
    msg(rec_label, rec_lab,
        lambda: doc.f("Bom dia pessoal! aqui é a «r» do RH. Amanhã integração na «t» às 7h. Levar RG, CPF e carteira de trabalho digital",
                      r=P(rec.first), t=g.pick(TOMADORAS)))
    msg(c1.nick, "PERSON", lambda: doc.f("bom dia «r» vou sim. meu cpf é «cpf» pq ontem vcs falaram q tava errado", r=P(rec.first.lower()),
                                        cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF")))
    msg(unknown, "PHONE_NUMBER", lambda: doc.t("<Mídia oculta>"))
    msg(unknown, "PHONE_NUMBER", lambda: doc.f("esse é o meu rg frente e verso, «n»", n=P(name_form(g, c2, ["full", "low", "caps"]))))
    msg(rec_label, rec_lab, lambda: doc.f("Obrigada! «n», manda tb o comprovante de endereço, pode ser conta de luz", n=P(c2.first)))
    msg(unknown, "PHONE_NUMBER", lambda: doc.f("mudei faz pouco, agora é «a» cep «cep»", a=(g.address(g.pick(["low", "spoken", "text"])), "ADDRESS"),
                                                cep=(g.cep(g.chance(0.6)), "BR_CEP")))
    c3_label, c3_lab = (c3.first, "PERSON") if g.chance(0.5) else (g.phone("plus"), "PHONE_NUMBER")
    msg(c3_label, c3_lab, lambda: doc.f("o fretado sai de onde? ontem o ônibus placa «pl» passou direto na Barão de Mauá", pl=(g.plate(), "LICENSE_PLATE")))
    msg(rec_label, rec_lab, lambda: doc.f("Sai do ponto em frente ao Supermercados Bento às 5h40. Motorista é o «m», cel «p»",
                                          m=P(g.person(female=False).nick), p=(g.phone(), "PHONE_NUMBER")))
    msg(c1.nick, "PERSON", lambda: doc.f("e a ajuda de custo da semana? minha chave pix é «k»", k=(g.uuid(), "PIX_KEY")))
    msg(rec_label, rec_lab, lambda: doc.f("«n» o financeiro paga na sexta. Quem não tem chave aleatória manda agência e conta: «x»",
                                          n=P(c1.first), x=g.pick(["Caixa ag 1234 op 013", "banco, ag, conta e CPF", "só agência e conta"])))
    msg(c3_label, c3_lab, lambda: doc.f("ag «a» conta «c» Nubank", a=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(True), "BANK_ACCOUNT")))
    msg(rec_label, rec_lab, lambda: doc.t(g.pick(["👍", "anotado", "ok, vitória! 🎉 todo mundo confirmado", "ok"])))
    if g.chance(0.6):
        msg(unknown, "PHONE_NUMBER", lambda: doc.f("esqueci, meu pis é «p» e email «e»", p=(g.pis(), "BR_PIS"), e=(g.email(c2), "EMAIL_ADDRESS")))
    else:
        msg(unknown, "PHONE_NUMBER", lambda: doc.f("vou de moto, cnh «c» categoria A, placa «pl»", c=(g.cnh(), "BR_CNH"), pl=(g.plate(), "LICENSE_PLATE")))
    return doc


def at_email_vr(g: Gen) -> Doc:
    """E-mail thread: a temp asks the SAC about an unloaded VR card and the VT; the attendant replies."""
    doc = Doc()
    ag = g.pick(AGENCIAS)
    dom = agency_domain(ag)
    c = g.person()
    at = g.person()
    tom = g.pick(TOMADORAS)
    email = g.email(c)
    doc.f("De: «n» <«e»>\nPara: sac@«dom»\nData: «d» «h»\nAssunto: «s»\n\n", n=P(name_form(g, c, ["full", "caps", "low"])),
          e=(email, "EMAIL_ADDRESS"), dom=dom, d=g.date(), h=g.hm(),
          s=g.pick(["VR NAO CAIU", "Re: cartao vale refeição", "vale transporte e VR do mes", "URGENTE cartão"]))
    card = g.card(g.chance(0.7), prefix=g.pick(["5067", "6062", "5", "4"]))
    doc.f("boa tarde, sou temporári«o» na «t» desde «ad» e o vale refeição nao caiu esse mes. o numero do cartao é «cc», "
          "no app aparece saldo zero. tambem o VT ta descontando 6% e eu nao recebi o bilhete (o numero do meu BU é «bu»).\n"
          "meu cpf «cpf». se precisar meu zap é «p»\n\n«sig»\n\n", o=c.o, t=tom, ad=g.date(), cc=(card, "CREDIT_CARD"),
          bu=f"{g.d(2)}.{g.d(2)}.{g.d(8)}-{g.d(1)}", cpf=(g.cpf(), "BR_CPF"), p=(g.phone(), "PHONE_NUMBER"),
          sig=g.pick(["att", "obrigad" + c.o, "Enviado do meu Galaxy"]))
    doc.f("---\nDe: «a» <«ae»>\nPara: «e»\nCc: beneficios@«dom»\nAssunto: RE: chamado «tk»\n\n", a=P(at.full),
          ae=(g.work_email(at, dom), "EMAIL_ADDRESS"), e=(email, "EMAIL_ADDRESS"), dom=dom, tk=f"SAC-{g.d(7)}")
    doc.f("Olá, «n»! Tudo bem?\n\nVerificamos: o pedido de VR da competência «m» foi feito em «d», mas o cartão final «f» está "
          "bloqueado por endereço de entrega divergente. Confirma se o endereço correto é «addr», CEP «cep»?\n"
          "Sobre o VT: o desconto de 6% é previsto em lei (Lei 7.418/1985) e o crédito do bilhete sai em até 5 dias úteis.\n\n"
          "Qualquer coisa estamos à disposição.\n«a»\nCentral de Atendimento ao Temporário — «ag»\n",
          n=P(c.first), m=f"{g.ri(1, 12):02d}/2025", d=g.date(), f=card.replace(" ", "")[-4:],
          addr=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), a=P(at.first), ag=ag)
    return doc


def at_ponto(g: Gen) -> Doc:
    """Service-desk ticket over a missing clock-in, with the clock app log lines."""
    doc = Doc()
    c = g.person()
    an = g.person()
    sup = g.person()
    tom = g.pick(TOMADORAS)
    tdom = tom_domain(tom)
    mat = f"T{g.d(5)}"
    doc.f("Chamado «tk» · Categoria: Ponto / Banco de horas · Prioridade: média\nSolicitante: «n» (matr. «m», temporári«o» alocad«o» na «t»)\n"
          "Atendente: «a»\n\n", tk=f"#{g.d(6)}", n=P(name_form(g, c, ["full", "caps"])), m=mat, o=c.o, t=tom, a=P(an.full))
    doc.f("Contato: «p» · «e»\n", p=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("Descrição: «x»\n\n", x=g.pick(["meu ponto do dia 11 nao entrou, bati as 7h02 pelo app e deu erro",
                                        "fiz 2h extras no sábado e nao apareceu no espelho",
                                        "o app nao deixa bater fora da cerca, eu tava no CD 2"]))
    doc.t("Log do app (extraído por suporte):\n")
    ip1 = g.ip()
    day = g.date("iso")
    for h in sorted(g.hms() for _ in range(g.ri(3, 5))):
        doc.f("«d»T«h»-03:00 «lv» ponto-app matricula=«m» evento=«ev» origem=app ip=«ip» device=«dv» geo=«lat»,«lon»\n",
              d=day, h=h, lv=g.pick(["INFO ", "WARN ", "ERROR"]), m=mat, ev=g.pick(["ENTRADA", "SAIDA_INTERVALO", "RETORNO", "SAIDA"]),
              ip=(g.pick([ip1, g.ip()]), "IP_ADDRESS"), dv=g.pick(["SM-A145M", "moto g54", "iPhone12,1", "Redmi Note 12"]),
              lat=f"-{g.ri(3, 29)}.{g.d(4)}", lon=f"-{g.ri(35, 60)}.{g.d(4)}")
    doc.f("\nInteração 1 (atendente): validei com o supervisor da tomadora, «s» («se»), que confirmou presença. Ajuste manual lançado "
          "(REP-P, Portaria MTP 671/2021). NSR «nsr».\n", a=P(an.first), s=P(name_form(g, sup, ["full", "short"])),
          se=(g.work_email(sup, tdom), "EMAIL_ADDRESS"), nsr=g.d(9))
    doc.f("Interação 2 (solicitante): obrigad«o», mas e o sábado? fiz das «h1» às «h2». quem liberou foi o «l»\n",
          n=P(c.first), o=c.o, h1=f"{g.ri(6, 9):02d}:{g.pick(['00', '15', '30', '45'])}", h2=f"{g.ri(12, 17):02d}:{g.pick(['00', '10', '30', '50'])}",
          l=P(g.person(female=False).nick))
    doc.f("Interação 3 (sistema): usuário «u» alterou status para RESOLVIDO. CPF do solicitante «mc» (mascarado)\n",
          u=login(an), mc=g.masked_cpf())
    return doc


def at_ficha_ocr(g: Gen) -> Doc:
    """Employee registration sheet of a temp worker, scanned and OCR'd (confusions kept)."""
    doc = Doc()
    ag = g.pick(AGENCIAS)
    c = g.person()
    mae = g.relative(c, True)
    pai = g.relative(c, False)
    city, uf = g.city()
    o = lambda s: ocr(s, g, 0.35)
    od = lambda s: ocr(s, g, 0.25, digits=True)
    doc.f("«ag»\nFlCHA DE REGlSTRO DE EMPREGADO - TRABALHO TEMPORARlO (Lei 6.019/74)\nN° registro: «n»      Folha: «f»\n\n",
          ag=o(ag.upper()), n=g.d(5), f=g.ri(1, 400))
    doc.f("Nome: «nm»\nFiliação: Pai: «pai»   Mãe: «mae»\n", nm=P(o(c.caps)), pai=P(o(pai.caps)) if g.chance(0.8) else "NAO CONSTA",
          mae=P(o(mae.caps)))
    doc.f("Data Nasc.: «dn»   Naturalidade: «nat»   Nacionalidade: BRASlLEIRA\n", dn=(od(g.dob("br")), "DATE_OF_BIRTH"),
          nat=o(fold(g.city()[0]).upper()))
    cpf = g.cpf("dot")
    doc.f("CPF: «cpf»   RG: «rg» «org»   PIS: «pis»\n", cpf=(od(cpf), "BR_CPF"), rg=(od(g.rg()), "BR_RG"),
          org=g.pick(["SSP/SP", "SSP SP", "SSP-SP"]), pis=(od(g.pis("dot")), "BR_PIS"))
    doc.f("CTPS: «ct» Série: «se»   Titulo Eleitor: «te»  Zona: «z»  Seção: «s»\n", ct=g.d(7), se=g.d(4),
          te=(od(g.titulo(True)), "BR_TITULO_ELEITOR"), z=g.d(3), s=g.d(4))
    if g.chance(0.4):
        doc.f("CNH: «cnh»   Cat.: «k»\n", cnh=(od(g.cnh()), "BR_CNH"), k=g.pick(["B", "AB", "D"]))
    if g.chance(0.6):
        doc.f("E-mail: «e»\n", e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("Endereço: «a»   Bairro: «b»\nCidade: «c»   UF: «u»   CEP: «cep»   Fone: «p»\n",
          a=(o(g.address("caps")), "ADDRESS"), b=o(fold(g.pick(BAIRROS)).upper()), c=o(fold(city).upper()), u=uf,
          cep=(od(g.cep()), "BR_CEP"), p=(od(g.phone(g.pick(["par", "plain"]))), "PHONE_NUMBER"))
    ad, tp = g.period()
    doc.f("\nAdmissão: «ad»   Término previsto: «tp»   Função: «fn»   CBO: «cbo»\nSalário: R$ «sal» por «per»   Tomadora: «t»\n",
          ad=ad, tp=tp, fn=o(g.pick(FUNCOES).upper()), cbo=g.d(6), **dict(zip(("sal", "per"), g.pick([(g.money(1518, 2900), "mês"), (g.money(7, 14), "hora")]))),
          t=o(g.pick(TOMADORAS).upper()))
    doc.f("Motivo: «m»\n\nDEPENDENTES (IRRF / sal. família)\n", m=g.pick(MOTIVOS).upper())
    for _ in range(g.ri(0, 2)):
        dpn = g.relative(c)
        doc.f("  «n»   «k»   nasc. «d»\n", n=P(o(dpn.caps)), k=g.pick(["FILHA", "FILHO(A)"] if dpn.female else ["FILHO", "FILHO(A)"]),
              d=(g.dob("br", 2005, 2024), "DATE_OF_BIRTH"))
    resp = g.person()
    doc.f("\nAssinatura do empregado: ____________________   Responsável DP: «r»\n[pág. 1/1 — digitalizado em «d» — scanner ADF-«s»]\n",
          r=P(o(resp.full)), d=g.date(), s=g.d(3))
    return doc


# --------------------------------------------------------------------------- juridico


def qualif(g: Gen, doc: Doc, p: Person, *, caps: bool = True, dob: bool | None = None, pis: bool = True,
           rg: bool = True, email: bool = False, phone: bool = False, titulo: bool = False) -> None:
    """', brasileiro, solteiro, portador do RG..., CPF..., residente...' (name written by the caller)."""
    doc.f(", «nac», «ec», «f»", nac="brasileir" + p.o, ec=g.pick(["solteir" + p.o, "casad" + p.o, "convivente em união estável"]),
          f=g.pick(FUNCOES))
    if rg:
        doc.f(", portador{a} da cédula de identidade RG nº «rg» SSP/SP".replace("{a}", "a" if p.female else ""), rg=(g.rg(), "BR_RG"))
    doc.f(", inscrit«o» no CPF sob o nº «cpf»", o=p.o, cpf=(g.cpf("dot"), "BR_CPF"))
    if titulo:
        doc.f(", título de eleitor «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    if pis:
        doc.f(", PIS/PASEP «pis»", pis=(g.pis(), "BR_PIS"))
    if dob if dob is not None else g.chance(0.5):
        doc.f(", nascid«o» em «dn»", o=p.o, dn=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"))
    city, uf = g.city()
    addr = g.address()
    doc.f(", residente e domiciliad«o» «na» «a», «b», «c»/«u», CEP «cep»", o=p.o, na="no" if addr.startswith(("Largo", "Beco")) else "na",
          a=(addr, "ADDRESS"), b=g.pick(BAIRROS),
          c=city, u=uf, cep=(g.cep(), "BR_CEP"))
    if email:
        doc.f(", e-mail «e»", e=(g.email(p), "EMAIL_ADDRESS"))
    if phone:
        doc.f(", telefone «t»", t=(g.phone(), "PHONE_NUMBER"))


def ju_contrato(g: Gen) -> Doc:
    """Temp work contract under Lei 6.019/1974 with e-signature log."""
    doc = Doc()
    ag = g.pick(AGENCIAS)
    tom = g.pick(TOMADORAS)
    rep = g.person()
    w = g.person()
    ini, fim = g.period(lo=90, hi=180)
    doc.f("CONTRATO DE TRABALHO TEMPORÁRIO Nº «n»\n(Lei nº 6.019/1974, com as alterações da Lei nº 13.429/2017, e Decreto nº 10.060/2019)\n\n",
          n=f"{g.d(4)}/{g.ri(2024, 2025)}")
    doc.f("EMPRESA DE TRABALHO TEMPORÁRIO: «ag», inscrita no CNPJ sob o nº «cnpj», registrada no Ministério do Trabalho, com sede na "
          "Avenida «sede», «sn», neste ato representada por su«a» sóci«o»-administrador«ra» «rep», CPF «rcpf», doravante CONTRATANTE.\n\n",
          ag=ag, cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), sede=g.pick(["Paulista", "Getúlio Vargas", "das Indústrias", "Bento Gonçalves"]),
          sn=g.ri(10, 3000), a="a" if rep.female else "eu", o=rep.o, ra="a" if rep.female else "", rep=P(rep.full), rcpf=(g.cpf(), "BR_CPF"))
    doc.t("TRABALHADOR(A) TEMPORÁRIO(A): ")
    doc.e(w.caps, "PERSON")
    qualif(g, doc, w, dob=True, email=g.chance(0.7), phone=g.chance(0.7), titulo=g.chance(0.3))
    doc.t(", doravante CONTRATADO(A).\n\n")
    doc.f("CLÁUSULA 1ª — O(A) CONTRATADO(A) prestará serviços como «f» à empresa tomadora «tom», CNPJ «tc», em seu estabelecimento "
          "situado na Rua «ru», «rn», motivo: «mot».\n", f=g.pick(FUNCOES), tom=tom, tc=(g.cnpj(), "BR_CNPJ"),
          ru=g.pick(["Barão de Mauá", "Prudente de Morais", "das Indústrias"]), rn=g.ri(10, 4000), mot=g.pick(MOTIVOS))
    doc.f("CLÁUSULA 2ª — O prazo é de «d» dias, de «i» a «fim», prorrogável por até 90 dias (art. 10, §§ 1º e 2º). Vedada nova "
          "contratação do mesmo trabalhador pela mesma tomadora antes de 90 dias do término (art. 10, § 5º).\n", d=g.pick([90, 120, 180]),
          i=ini, fim=fim)
    doc.f("CLÁUSULA 3ª — Remuneração equivalente à dos empregados da mesma categoria da tomadora (art. 12, a): R$ «s» mensais, jornada de "
          "«j», com horas extras a «he»%.\n", s=g.money(1518, 3900), j=g.pick(["44h semanais", "12x36", "6x1, 7h20 diárias"]),
          he=g.pick([50, 60, 100]))
    doc.f("CLÁUSULA 4ª — Os dados pessoais do(a) CONTRATADO(A) serão tratados nos termos da Lei 13.709/2018 para execução deste contrato.\n"
          "CLÁUSULA 5ª — Fica eleito o foro da Vara do Trabalho de «c».\n\n«c», «dt».\n\n", c=g.city()[0], dt=g.date("long"))
    t1, t2 = g.person(), g.person()
    doc.f("_______________________________\n«ag»\n\n_______________________________\n«w»\n\nTestemunhas:\n1. «t1» — CPF «c1»\n2. «t2» — CPF «c2»\n\n",
          ag=ag, w=P(w.full), t1=P(t1.full), c1=(g.cpf(), "BR_CPF"), t2=P(t2.full), c2=(g.cpf(), "BR_CPF"))
    dom = agency_domain(ag)
    doc.f("— Registro de assinaturas eletrônicas — envelope «env» —\n", env=g.uuid())
    signers = [(rep, g.work_email(rep, dom)), (w, g.email(w))] + ([(t1, g.work_email(t1, dom))] if g.chance(0.4) else [])
    for who, em in signers:
        doc.f("Assinado por «n» («e») em «d» «h» BRT · IP «ip» · autenticação: «a»\n", n=P(who.full), e=(em, "EMAIL_ADDRESS"),
              d=g.date(), h=g.hms(), ip=(g.ip(), "IP_ADDRESS"), a=g.pick(["token SMS", "e-mail", "selfie + documento", "certificado ICP-Brasil"]))
    doc.f("Hash SHA-256 do documento: «h»\n", h=g.hexs(64))
    return doc


def ju_peticao(g: Gen) -> Doc:
    """Labour claim of a temp worker against the agency and, subsidiarily, the client firm."""
    doc = Doc()
    city, uf = g.city()
    w = g.person()
    adv = g.person()
    adv_oab = g.council("OAB", uf)
    ag, tom = g.pick(AGENCIAS), g.pick(TOMADORAS)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «v»ª VARA DO TRABALHO DE «c»/«u»\n\n\n", v=g.ri(1, 9), c=fold(city).upper(), u=uf)
    doc.e(w.caps, "PERSON")
    qualif(g, doc, w, dob=g.chance(0.6), email=g.chance(0.8), phone=g.chance(0.8))
    doc.f(", filh«o» de «m», por «seu» «a» («oab»), com escritório na Rua «r», «rn», e-mail «ae», onde recebe intimações, vem propor\n\n"
          "RECLAMAÇÃO TRABALHISTA — RITO ORDINÁRIO\n\nem face de «ag», CNPJ «c1», 1ª reclamada, e «tom», CNPJ «c2», 2ª reclamada "
          "(responsabilidade subsidiária — art. 10, § 7º, da Lei 6.019/1974 e Súmula 331, IV, do TST), pelos fatos a seguir.\n\n",
          o=w.o, m=P(g.relative(w, True).full), seu="sua advogada" if adv.female else "seu advogado", a=P(adv.full), oab=(adv_oab, "PROFESSIONAL_ID"),
          r=g.pick(["Quinze de Novembro", "Marechal Deodoro", "Sete de Setembro"]), rn=g.ri(10, 999),
          ae=(g.email(adv, g.pick(["adv.br", "gmail.com", "advocacia" + fold(adv.last).lower().replace(" ", "") + ".com.br"])), "EMAIL_ADDRESS"),
          ag=ag, c1=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), tom=tom, c2=(g.cnpj(), "BR_CNPJ"))
    ini, fim = g.period(lo=200, hi=420)
    sup = g.person()
    doc.f("I — DOS FATOS\nO(A) reclamante foi contratad«o» pela 1ª reclamada em «i» como trabalhador(a) temporári«o» para prestar serviços à 2ª "
          "reclamada, e lá permaneceu até «f», ultrapassando o limite de 270 dias do art. 10 da Lei 6.019/1974, o que atrai a "
          "nulidade do contrato temporário e o reconhecimento do vínculo por prazo indeterminado. Cumpria jornada das «h1» às «h2», "
          "sob ordens diretas d«so» encarregad«so» «s», sem a correta anotação no cartão de ponto.\n", o=w.o, i=ini, f=fim, h1=g.hm(), h2=g.hm(),
          so=sup.o, s=P(name_form(g, sup, ["full", "short", "first", "nick"])))
    if g.chance(0.5):
        doc.f("Em «d» sofreu acidente (CAT nº «cat»), CID «cid», e foi dispensad«o» ainda sob atestado.\n", d=g.date(), cat=f"{g.d(4)}.{g.d(3)}.{g.d(3)}-{g.d(1)}/01",
              cid=g.pick(CIDS), o=w.o)
    doc.f("Tramita ainda, com as mesmas reclamadas, a ação nº «p» (prevenção inexistente, pedidos distintos).\n\n", p=g.cnj())
    doc.t("II — DOS PEDIDOS\n")
    for k, ped in enumerate(g.rng.sample(["nulidade do contrato temporário e vínculo com a 2ª reclamada", "horas extras e reflexos",
                                          "adicional noturno", "multa do art. 477 da CLT", "indenização por danos morais",
                                          "diferenças de equiparação salarial (art. 12, a, Lei 6.019/74)", "FGTS + 40%",
                                          "vale-transporte não fornecido"], 5)):
        doc.f("«l») «p» — R$ «v»;\n", l="abcde"[k], p=ped, v=g.money(800, 60000))
    doc.f("\nDá-se à causa o valor de R$ «v».\n\nRol de testemunhas: ", v=g.money(30000, 250000))
    for k in range(g.ri(1, 2)):
        if k:
            doc.t("; ")
        doc.e(name_form(g, g.person(), ["full", "caps"]), "PERSON")
    doc.f(".\n\nNestes termos, pede deferimento.\n«c», «d».\n\n«a»\n«oab»\n", c=city, d=g.date("long"), a=P(adv.full.upper() if g.chance(0.5) else adv.full),
          oab=(adv_oab, "PROFESSIONAL_ID"))
    doc.f("\nDocumento assinado eletronicamente, protocolo PJe «pr».\n", pr=doc.n11(g))
    return doc


def ju_ata(g: Gen) -> Doc:
    """Minutes of a hearing at a labour court (settlement or instruction), temp worker vs agency + client."""
    doc = Doc()
    city, uf = g.city()
    w, juiz, advw, prep, advr = (g.person() for _ in range(5))
    ag, tom = g.pick(AGENCIAS), g.pick(TOMADORAS)
    doc.f("PODER JUDICIÁRIO\nJUSTIÇA DO TRABALHO — TRT DA «r»ª REGIÃO\n«v»ª Vara do Trabalho de «c»\n\nATA DE AUDIÊNCIA\nProcesso: ATOrd «p»\n",
          r=g.ri(1, 24), v=g.ri(1, 12), c=city, p=g.cnj())
    doc.f("Em «d», às «h», na sala de audiências, sob a presidência d«ja» «jz» do Trabalho «j», foram apregoados os litigantes:\n",
          d=g.date("long"), h=g.hm(), ja="a" if juiz.female else "o", jz="Juíza" if juiz.female else "Juiz", j=P(juiz.full))
    doc.f("Reclamante: «w», CPF «cpf», presente, acompanhad«o» d«ao» advogad«ao» «a» («oab»).\n", w=P(w.caps), o=w.o, ao=advw.o, a=P(advw.full),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), cpf=(g.cpf(), "BR_CPF"))
    doc.f("1ª Reclamada: «ag», representada pel«po» prepost«po» «pp», CPF «pc», e pel«ro» advogad«ro» «ar» («ro2»).\n", ag=ag, po=prep.o, pp=P(prep.full),
          pc=(g.cpf(), "BR_CPF"), ro=advr.o, ar=P(advr.full), ro2=(g.council("OAB"), "PROFESSIONAL_ID"))
    doc.f("2ª Reclamada: «t», ausente, embora regularmente notificada (id «id»). Aplica-se a revelia.\n\n", t=tom, id=g.hexs(7))
    if g.chance(0.55):
        parc = g.ri(1, 5)
        doc.f("CONCILIAÇÃO: as partes se conciliam pelo valor líquido de R$ «v», em «n» parcela(s) mensal(is), vencendo a primeira em «d», "
              "mediante ", v=g.money(2500, 45000), n=parc, d=g.date())
        if g.chance(0.5):
            doc.f("depósito na conta do(a) reclamante: Banco «b», agência «ag», conta corrente «cc»", b=g.pick(["do Brasil (001)", "Caixa (104)", "Itaú (341)", "Bradesco (237)", "Inter (077)"]),
                  ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
        else:
            doc.f("Pix para a chave aleatória «k», de titularidade do(a) reclamante", k=(g.uuid(), "PIX_KEY"))
        doc.f(". Honorários de «hp»% ao patrono do reclamante. Natureza indenizatória das verbas conforme discriminação (art. 832, § 3º, CLT). "
              "Multa de 50% em caso de inadimplemento.\nHOMOLOGO.\n\n", hp=g.pick([10, 15, 20]))
    else:
        doc.t("Rejeitada a conciliação. Passou-se à instrução.\nDepoimento pessoal do reclamante: \"trabalhava na desossa; o ")
        doc.e(g.person(female=False).nick, "PERSON")
        doc.t(" era o líder; batia o ponto e voltava pra linha\".\n")
        for _ in range(g.ri(1, 2)):
            t = g.person()
            doc.f("Testemunha do reclamante: «n», «nac», «doc», residente na «a», compromissad«o». Disse que \"«q»\".\n",
                  n=P(t.full), nac="brasileir" + t.o, doc=Doc().f("RG «r», CPF «c»", r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF")) if g.chance(0.5) else Doc().f("RG «r»", r=(g.rg(), "BR_RG")), a=(g.address(), "ADDRESS"), o=t.o,
                  q=g.pick(["ficava até 22h quase todo dia", "o contrato dela passou de um ano", "o encarregado mandava não bater o ponto na saída",
                            "a gente almoçava em 30 minutos"]))
        doc.f("Encerrada a instrução. Razões finais remissivas. Julgamento designado para «d».\n\n", d=g.date())
    doc.f("Nada mais. Cientes as partes. Encerrada às «h».\n\n«j»\n«jz» do Trabalho\n", h=g.hm(), j=P(juiz.full), jz="Juíza" if juiz.female else "Juiz")
    return doc


def ju_email(g: Gen) -> Doc:
    """E-mail thread between the client firm's legal team and the agency about a suit (documents for the defence)."""
    doc = Doc()
    ag, tom = g.pick(AGENCIAS), g.pick(TOMADORAS)
    dom = agency_domain(ag)
    tdom = tom_domain(tom)
    a, b, c = g.person(), g.person(), g.person()
    proc = g.cnj()
    doc.f("De: «a» <«ae»>\nPara: juridico@«dom»; «be»\nCc: contencioso@«td»\nAssunto: Proc. «p» — documentos temporários (urgente)\n\n",
          a=P(a.full), ae=(g.work_email(a, tdom), "EMAIL_ADDRESS"), dom=dom, be=(g.work_email(b, dom), "EMAIL_ADDRESS"), td=tdom, p=proc)
    doc.f("Prezados,\n\nRecebemos a notificação da ação acima, em que figuramos como 2ª reclamada. Conforme a cláusula 9ª do contrato de "
          "prestação de serviços (responsabilidade da ETT pela defesa), solicitamos até «d» os contratos temporários, recibos, espelhos "
          "de ponto e comprovantes de depósito de FGTS dos trabalhadores abaixo, todos alocados na unidade da «rua»:\n\n",
          d=g.date(), rua=g.pick(["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Rosa e Silva"]))
    rows = []
    for _ in range(g.ri(3, 5)):
        w = g.person()
        i, f = g.period()
        rows.append([P(name_form(g, w, ["full", "caps"])), (g.cpf(), "BR_CPF"), (g.pis(), "BR_PIS"), V(i), V(f)])
    table_fixed(doc, ["Nome", "CPF", "PIS", "Início", "Término"], rows, ruler=g.pick(["-", None]), sep=g.pick(["  ", " | "]))
    doc.f("\nLembro que o art. 16 da Lei 6.019/1974 prevê responsabilidade solidária em caso de falência da ETT, e que a Súmula 331 "
          "trata da subsidiária. Seria prudente reforçarmos a tese de que não houve subordinação direta.\n\nAtt.,\n«a»\n«cargo» — «tom»\n«tel»\n\n",
          a=P(a.first if g.chance(0.5) else a.full), cargo=g.pick(["Advogada Trabalhista", "Coordenadora Jurídica", "Analista Jurídica Sênior"] if a.female else ["Advogado Trabalhista", "Coordenador Jurídico", "Analista Jurídico Sênior"]),
          tom=tom, tel=(g.phone(g.pick(["par", "plus"]), mobile=False), "PHONE_NUMBER"))
    doc.f("---------- resposta ----------\nDe: «b» <«be»>\nData: «d»\n\nSegue a pasta compartilhada (link expira em 7 dias). "
          "Falta o espelho de ponto do primeiro da lista, que estava afastad«o» (CID «cid») — pedimos à clínica. Preposto(a) indicado(a): «c» («cc»). "
          "Nosso advogado correspondente é «adv», «oab».\n\n-- \nJurídico Trabalhista\n", b=P(b.full), be=(g.work_email(b, dom), "EMAIL_ADDRESS"), d=g.date(),
          o=g.pick(["o", "a"]), cid=g.pick(CIDS), c=P(c.full), cc=(g.phone(), "PHONE_NUMBER"), adv=P(g.person().full),
          oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    return doc


def ju_carteira(g: Gen) -> Doc:
    """CSV export of the agency's labour-litigation portfolio (contencioso)."""
    doc = Doc()
    doc.f("# export_contencioso_trabalhista_«d».csv — gerado por «u» — «n» processos ativos (amostra)\n", d=g.date("compact"),
          u=g.pick(["sys_juridico", "bi.legal", "rpa_bot_03"]), n=g.ri(80, 900))
    rows = []
    for _ in range(g.ri(5, 7)):
        w = g.person()
        adv = g.person()
        resp = g.person()
        rows.append([V(g.cnj()), P(name_form(g, w, ["caps", "caps", "full"])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     V(g.pick(TOMADORAS)), (g.cnpj(g.pick(["dot", "raw"]), alnum=g.chance(0.2)), "BR_CNPJ"), V(f"{g.ri(1, 90)}ª VT {g.city()[0]}"), *([P(name_form(g, adv, ["full", "caps"])), (g.council("OAB"), "PROFESSIONAL_ID")] if g.chance(0.8) else
                       [V(g.pick(["jus postulandi", "Defensoria Pública da União", "sindicato (assist. judiciária)"])), V("")]), V(g.money(5000, 300000)),
                     V(g.pick(["provável", "possível", "remoto"])), V(g.money(0, 80000)),
                     V(g.pick(["conhecimento", "instrução", "recurso ordinário", "execução", "acordo em cumprimento"])),
                     V(g.date("br", 2025)), V(login(resp))])
    table_csv(doc, ["processo", "reclamante", "cpf_reclamante", "tomadora", "cnpj_tomadora", "vara", "adv_adverso", "oab_adverso", "valor_causa",
                    "risco", "provisao", "fase", "prox_audiencia", "resp_login"], rows, sep=g.pick([";", ","]))
    doc.f("# totais: valor_causa R$ «a» · provisão R$ «b» · processos com CPF inválido na origem: «c» («bad»)\n",
          a=g.money(500000, 5000000), b=g.money(100000, 900000), c=1, bad=doc.n11(g))
    return doc


def ju_acordo(g: Gen) -> Doc:
    """Joint petition for approval of an out-of-court settlement (art. 855-B CLT)."""
    doc = Doc()
    city, uf = g.city()
    w = g.person()
    aw, aa = g.person(), g.person()
    oab_a, oab_w = g.council("OAB", uf), g.council("OAB", uf)
    ag = g.pick(AGENCIAS)
    firm = g.pick([f"{aa.last} & {g.pick(RARE_SUR)} Advogados Associados", f"Bastos, Lustosa e Amado Sociedade de Advogados",
                   f"Escritório {g.pick(FOREIGN['ar'][2])} Advocacia Trabalhista"])
    doc.f("EXMO(A). SR(A). JUIZ(A) DA VARA DO TRABALHO DE «c»/«u»\n\nHOMOLOGAÇÃO DE ACORDO EXTRAJUDICIAL (arts. 855-B a 855-E da CLT)\n\n",
          c=fold(city).upper(), u=uf)
    doc.f("«ag», CNPJ «cnpj», por «seu» «aa» («oa»), integrante de «firm» (CNPJ «fc»), e ", ag=ag, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          seu="sua advogada" if aa.female else "seu advogado", aa=P(aa.full), oa=(oab_a, "PROFESSIONAL_ID"), firm=firm, fc=(g.cnpj(), "BR_CNPJ"))
    doc.e(w.full if g.chance(0.5) else w.caps, "PERSON")
    qualif(g, doc, w, dob=g.chance(0.3), rg=g.chance(0.5), email=g.chance(0.7), phone=g.chance(0.6))
    doc.f(", por «sua» própri«ao» «aw» («ow»), vêm requerer a homologação do acordo abaixo, relativo ao contrato temporário "
          "encerrado em «d»:\n\n", sua="sua advogada" if aw.female else "seu advogado", ao=aw.o, aw=P(aw.full), ow=(oab_w, "PROFESSIONAL_ID"), d=g.date())
    doc.f("1. A requerente pagará R$ «v» a título de «t», em parcela única até «d».\n", v=g.money(3000, 40000),
          t=g.pick(["horas extras e reflexos", "indenização do art. 479 da CLT", "diferenças salariais e multa do art. 477"]), d=g.date())
    if g.chance(0.5):
        doc.f("2. O pagamento será feito na conta do(a) trabalhador(a): banco «b», agência «ag», conta «cc».\n",
              b=g.pick(["001", "104", "237", "341", "260", "336"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("2. O pagamento será feito via Pix, chave aleatória «k» (titular: «n»).\n", k=(g.uuid(), "PIX_KEY"), n=P(w.short))
    doc.f("3. Honorários de R$ «v» serão depositados em favor de «firm», Banco «b», ag. «ag», c/c «cc».\n", v=g.money(500, 6000), firm=firm,
          b=g.pick(["Itaú", "Santander", "Sicredi", "BTG"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("4. Quitação restrita às parcelas discriminadas (Súmula 330 do TST), sem reconhecimento de vínculo com a tomadora «t».\n\n"
          "«c», «d».\n\n«aa» — «oa»\n«aw» — «ow»\n", t=g.pick(TOMADORAS), c=city, d=g.date("long"), aa=P(aa.full), oa=(oab_a, "PROFESSIONAL_ID"),
          aw=P(aw.full), ow=(oab_w, "PROFESSIONAL_ID"))
    return doc


def ju_fiscal(g: Gen) -> Doc:
    """Labour-inspection notice (NAD) and the agency's reply listing temps over the legal term."""
    doc = Doc()
    ag = g.pick(AGENCIAS)
    aud = g.person()
    resp = g.person()
    dom = agency_domain(ag)
    doc.f("MINISTÉRIO DO TRABALHO E EMPREGO — Superintendência Regional no «uf»\nNOTIFICAÇÃO PARA APRESENTAÇÃO DE DOCUMENTOS — NAD nº «n»\n\n",
          uf=g.pick(["Estado de São Paulo", "Rio Grande do Sul", "Paraná", "Estado da Bahia", "Ceará"]), n=f"{g.d(6)}/{g.d(4)}/{g.ri(2024, 2025)}")
    doc.f("Empregador: «ag» — CNPJ «c»\nFica o empregador notificado a apresentar, em «d», às «h», os contratos de trabalho temporário "
          "celebrados nos últimos 24 meses com duração superior a 180 dias, com os respectivos termos de prorrogação (art. 10 da Lei "
          "6.019/1974), além do registro no SIRETT.\n\nAuditor(a)-Fiscal do Trabalho: «a» — CIF «cif»\n\n", ag=ag,
          c=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), d=g.date(), h=g.hm(), a=P(aud.full), cif=g.d(5) + "-" + g.d(1))
    doc.t("========== RESPOSTA DA EMPRESA ==========\nÀ Auditoria-Fiscal do Trabalho\n\nEm atenção à NAD, apresentamos a relação solicitada:\n\n")
    rows = []
    for _ in range(g.ri(4, 7)):
        w = g.person()
        i, f = g.period(lo=150, hi=270)
        rows.append([P(name_form(g, w, ["caps", "capsshort", "full"])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.pis("dot"), "BR_PIS"), V(i), V(f), V(g.pick(TOMADORAS)[:26]), V(g.pick(["S", "N"]))])
    table_pipe(doc, ["TRABALHADOR", "CPF", "PIS", "INÍCIO", "FIM", "TOMADORA", "PRORROG."], rows)
    doc.f("\nRegistro no SIRETT nº «s». Os recibos e espelhos seguem em mídia (pen drive lacrado, «n» arquivos).\n"
          "Ficamos à disposição pelo e-mail «e» ou telefone «t».\n\n«r»\nGerente de RH — «cra»\n", s=g.d(8), n=g.ri(40, 800),
          e=(g.work_email(resp, dom), "EMAIL_ADDRESS"), t=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"), r=P(resp.full),
          cra=(g.council("CRA"), "PROFESSIONAL_ID"))
    return doc


# --------------------------------------------------------------------------- saude

CLINICAS = ["Clínica Ocupacional Bem Viver Ltda", "MedTrab Saúde Ocupacional", "Clínica São Bento de Medicina do Trabalho",
            "Ocupacional Vitória Exames", "Instituto Aurora de Saúde do Trabalhador", "Clínica Luz & Vida Ocupacional",
            "SESMT Integrado Gurgel & Frota"]


ACIDENTES = [("dedos da mão esquerda", "faca de desossa", "ao retirar a peça da esteira teve corte no 2º quirodáctilo",
              "ferimento de dedo sem lesão da unha", "S61.0"),
             ("tornozelo direito", "piso molhado", "escorregou no piso molhado da expedição e torceu o tornozelo",
              "entorse e distensão do tornozelo", "S93.4"),
             ("pé esquerdo", "palete", "palete caiu sobre o pé ao ser movimentado pelo colega com a paleteira", "contusão do pé", "S90.3"),
             ("coluna lombar", "caixa de 25 kg", "sentiu dor lombar ao levantar caixa do chão para a esteira", "lumbago", "M54.5"),
             ("olho direito", "fragmento metálico", "fagulha do esmeril atingiu o olho, estava sem óculos", "corpo estranho na córnea", "T15.0"),
             ("mão direita", "esteira transportadora", "mão prensada entre a esteira e o rolete ao desenroscar caixa", "esmagamento da mão", "S67.8")]


def sa_aso(g: Gen) -> Doc:
    """Admission (or dismissal) occupational health certificate (ASO) of a temp worker."""
    doc = Doc()
    ag, tom = g.pick(AGENCIAS), g.pick(TOMADORAS)
    cli = g.pick(CLINICAS)
    w = g.person()
    ex, co = g.person(), g.person()
    kind = g.pick(["ADMISSIONAL", "ADMISSIONAL", "DEMISSIONAL", "RETORNO AO TRABALHO", "MUDANÇA DE RISCO"])
    bar = g.pick(["-" * 72, "=" * 72, "_" * 72])
    doc.f("«cli» — CNPJ «cc»\n«bar»\nATESTADO DE SAÚDE OCUPACIONAL (ASO) — «k»          Nº «n»\n(NR-7, item 7.5.19)\n«bar»\n",
          cli=cli, cc=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), bar=bar, k=kind, n=g.d(7))
    doc.f("Empregador: «ag»   CNPJ: «ac»\nLocal de trabalho (tomadora): «t»\n", ag=ag, ac=(g.cnpj(), "BR_CNPJ"), t=tom)
    doc.f("Trabalhador(a): «n»\nCPF: «cpf»   RG: «rg»   NIS: «nis»   Data de nasc.: «dn»   Sexo: «s»\nFunção: «f»   Setor: «st»\n", n=P(name_form(g, w, ["caps", "full"])),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), nis=(g.pis(), "BR_PIS"), dn=(g.dob("br"), "DATE_OF_BIRTH"), s="F" if w.female else "M", f=g.pick(FUNCOES),
          st=g.pick(["câmara fria", "expedição", "linha 3", "loja 12", "desossa", "almoxarifado"]))
    doc.f("Riscos ocupacionais: «r»\n", r=", ".join(g.rng.sample(["ruído contínuo 87 dB(A)", "frio (câmara -18 °C)", "postura em pé prolongada",
                                                                  "levantamento de cargas", "agentes biológicos", "nenhum risco específico",
                                                                  "movimentos repetitivos", "poeira de algodão"], 2)))
    doc.t("Exames complementares:\n")
    for e in g.rng.sample(["audiometria tonal", "acuidade visual", "hemograma completo", "glicemia de jejum", "espirometria",
                           "eletrocardiograma", "raio-X de tórax OIT", "avaliação psicossocial (NR-35)"], 3):
        doc.f("  [x] «e» — «d»\n", e=e, d=g.date())
    apto = g.chance(0.85)
    doc.f("\nCONCLUSÃO: «c»\n", c="APTO(A) para a função" if apto else "INAPTO(A) — reavaliar após tratamento")
    doc.f("Médico(a) examinador(a): «m» — «mc»\nMédico(a) responsável pelo PCMSO: «p» — «pc»\n", m=P(ex.full), mc=(g.council("CRM"), "PROFESSIONAL_ID"),
          p=P(co.full), pc=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.f("«c», «d».\n\nCiente: ______________________ (assinatura do trabalhador)\n", c=g.city()[0], d=g.date("long"))
    if g.chance(0.5):
        doc.f("\n[obs. interna agência: ASO recebido por «r» em «d»; liberar crachá — contrato «ct»]\n", r=P(g.person().first), d=g.date(),
              ct=f"CT-{g.d(6)}")
    return doc


def sa_agenda(g: Gen) -> Doc:
    """The clinic's schedule of admission exams for a batch of temps (CSV + e-mail)."""
    doc = Doc()
    cli = g.pick(CLINICAS)
    sch = g.person(female=g.chance(0.8))
    an = g.person()
    ag = g.pick(AGENCIAS)
    cdom = re.sub(r"[^a-z]", "", fold(cli.split()[1]).lower()) + "ocupacional.com.br"
    doc.f("De: «s» <«se»>\nPara: «a» <«ae»>\nAssunto: Agenda admissionais lote «l» — «t»\n\nBom dia, segue agenda confirmada. "
          "Chegar 15 min antes, com documento com foto. Jejum de 8h p/ quem faz glicemia.\n\n",
          s=P(sch.full), se=(g.work_email(sch, cdom), "EMAIL_ADDRESS"), a=P(an.full), ae=(g.work_email(an, agency_domain(ag)), "EMAIL_ADDRESS"),
          l=g.d(4), t=g.pick(TOMADORAS))
    rows = []
    for _ in range(g.ri(6, 9)):
        w = g.person()
        rows.append([P(name_form(g, w, ["caps", "caps", "full", "low"])), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
                     (g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH"), (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"),
                     V(g.pick(["ASO+AUDIO", "ASO", "ASO+AUDIO+ACUIDADE", "ASO+GLICEMIA", "ASO+ECG+PSICO"])), V(g.date("br", 2025)),
                     V(g.pick(["07:00", "07:20", "07:40", "08:00", "08:20", "13:00", "13:30"])),
                     V(g.pick(["", "", "jejum", "trazer óculos", "gestante? confirmar", "remarcado"]))])
    table_csv(doc, ["nome", "cpf", "data_nasc", "celular", "exames", "data", "hora", "obs"], rows, sep=g.pick([";", ","]))
    doc.f("\nOS nº «o» · valor do lote R$ «v» (faturar p/ «ag») · NF sai em nome da agência.\n\n«s»\nAgendamento — «cli»\n«tel»\n",
          o=g.d(6), v=g.money(400, 4000), ag=ag, s=P(sch.first), cli=cli, tel=(g.phone(mobile=False), "PHONE_NUMBER"))
    return doc


def sa_atestado(g: Gen) -> Doc:
    """DP analyst's e-mail about a temp's medical certificate (sometimes pregnancy), with the certificate transcribed."""
    doc = Doc()
    ag, tom = g.pick(AGENCIAS), g.pick(TOMADORAS)
    dom = agency_domain(ag)
    an = g.person()
    w = g.person(female=g.chance(0.6))
    med = g.person()
    sup = g.person()
    doc.f("De: «a» <«ae»>\nPara: «s» <«se»>\nCc: dp@«dom»\nAssunto: Atestado — matr. «w» («t»)\n\n", a=P(an.full), ae=(g.work_email(an, dom), "EMAIL_ADDRESS"),
          s=P(sup.full), se=(g.work_email(sup, tom_domain(tom)), "EMAIL_ADDRESS"), dom=dom, w=f"T{g.d(5)}", t=tom)
    dias = g.ri(1, 20)
    doc.f("Olá«s», «tt» abaixo enviou atestado hoje pelo app. Transcrevo:\n\n> ATESTADO MÉDICO\n> Atesto para os devidos fins "
          "que «w», CPF «cpf», CNS «cns», foi atendid«o» nesta unidade em «d» e necessita de «n» («ne») dia(s) de afastamento de suas atividades. "
          "CID: «cid»\n> «m» — «mc»\n> «u»\n\n", tt="a temporária" if w.female else "o temporário", s=Doc().t(" ").e(sup.first, "PERSON") if g.chance(0.4) else "", cpf=(g.cpf(), "BR_CPF"), w=P(w.full), cns=(g.cns(), "BR_CNS"), o=w.o, d=g.date(), n=dias,
          ne=["um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze", "catorze", "quinze",
              "dezesseis", "dezessete", "dezoito", "dezenove", "vinte"][dias - 1],
          cid=g.pick(CIDS), m=P(("Dra. " if False else "") + med.full), mc=(g.council("CRM"), "PROFESSIONAL_ID"),
          u=g.pick(["UPA 24h Jardim Aurora", "UBS Vila Rosa", "Hospital Municipal São Bento", "Pronto Atendimento Santa Luz"]))
    if dias > 15:
        doc.t("Como passa de 15 dias, a partir do 16º dia é com o INSS (B31) — vamos orientar o agendamento da perícia pelo Meu INSS.\n")
    if w.female and g.chance(0.5):
        doc.f("Ela também informou gestação (DUM «dum», USG em «usg»). Lembrando que, pelo IAC 5639-31.2013.5.12.0051 do TST, a garantia do "
              "art. 10, II, b, do ADCT não se aplica ao contrato temporário da Lei 6.019/74, mas o jurídico pediu cautela; "
              "seria prudente não encerrar antes de falarmos com «j».\n", dum=g.date(), usg=g.date(), j=P(g.person().full))
    doc.f("\nFavor não descontar os dias no espelho de ponto. Contato: «p»\n\nObrigad«ao»,\nDepartamento Pessoal — «ag»\n",
          o=w.o, p=(g.phone(), "PHONE_NUMBER"), ao=an.o, ag=ag)
    return doc


def sa_toxicologico(g: Gen) -> Doc:
    """Long-window toxicology report for a temp truck driver (Lei 13.103/2015) and the agency's release note."""
    doc = Doc()
    lab = g.pick(["Laboratório Toxicológico Aurora S/A", "ToxLab Brasil Análises Ltda", "Psychemedics Brasil", "Labtox Valadares Diagnósticos"])
    w = g.person(female=g.chance(0.15))
    mro = g.person()
    doc.f("«lab» — CNPJ «c»\nLAUDO DE EXAME TOXICOLÓGICO DE LARGA JANELA DE DETECÇÃO\n(Lei 13.103/2015; Resolução CONTRAN 923/2022)\n\n",
          lab=lab, c=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    doc.f("Laudo nº «l»   Código da amostra: «a»\nDoador(a): «n»\nCPF: «cpf»   RG: «rg»   Data de nascimento: «dn»\nE-mail p/ envio: «em»   Tel.: «tel»\nCNH nº «cnh»   Categoria: «k»   UF: «u»\n"
          "Finalidade: «fi»\nColeta: «d», posto «p»   Material: «m»   Janela: 90 dias\n\n", l=g.d(10), a=f"{g.pick('ABCDEFGHJK')}{g.d(8)}",
          n=P(name_form(g, w, ["caps", "full"])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), em=(g.email(w), "EMAIL_ADDRESS"),
          tel=(g.phone(), "PHONE_NUMBER"), dn=(g.dob(g.pick(["br", "dot"]), 1965, 2000), "DATE_OF_BIRTH"),
          cnh=(g.cnh(), "BR_CNH"), k=g.pick(["C", "D", "E", "AD", "AE"]), u=g.pick(UFS),
          fi=g.pick(["admissão (CLT art. 168, § 6º)", "renovação de CNH", "demissão"]), d=g.date(), p=g.pick(["Centro", "Rodoviária", "Posto Aurora BR-101", "Shopping Vitória Park"]),
          m=g.pick(["cabelo", "pelo corporal", "cabelo"]))
    doc.t("SUBSTÂNCIA                 RESULTADO    CUT-OFF\n")
    for sub, co in (("Anfetaminas", "0,2 ng/mg"), ("Cocaína e metabólitos", "0,5 ng/mg"), ("Maconha (THC)", "0,05 pg/mg"), ("Opiáceos", "0,2 ng/mg"),
                    ("MDMA / MDA", "0,2 ng/mg")):
        doc.f("«s»«r»«c»\n", s=sub.ljust(27), r=g.pick(["NEGATIVO", "NEGATIVO", "NEGATIVO", "NEGATIVO", "POSITIVO"]).ljust(13), c=co)
    doc.f("\nMédico revisor (MRO): «m» — «mc»\nLaudo liberado em «d» · verificação em www.toxlab.com.br/validar (código «v»)\n\n", m=P(mro.full),
          mc=(g.council("CRM"), "PROFESSIONAL_ID"), d=g.date(), v=g.hexs(8).upper())
    rec = g.person()
    doc.f("--- nota da agência ---\n«r»: motorista «n» liberad«o» p/ «t»; vai rodar no caminhão placa «pl» (frota da tomadora). "
          "Avisar a portaria no «tel».\n", r=P(rec.first), n=P(w.first), o=w.o, t=g.pick(TOMADORAS), pl=(g.plate(), "LICENSE_PLATE"),
          tel=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"))
    return doc


def sa_cat(g: Gen) -> Doc:
    """Work-accident notice (CAT) of a temp injured at the client's plant, as transcribed from eSocial."""
    doc = Doc()
    ag, tom = g.pick(AGENCIAS), g.pick(TOMADORAS)
    w = g.person()
    mae = g.relative(w, True)
    city, uf = g.city()
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT   Tipo: «tp»   Nº «n»\nEmitente: empregador   Recibo eSocial S-2210: «r»\n\n",
          tp=g.pick(["inicial", "inicial", "reabertura"]), n=f"{g.d(10)}/{g.pick(['01', '02'])}", r=f"1.{g.d(1)}.{g.d(19)}")
    doc.f("I — EMPREGADOR\nRazão social: «ag»   CNPJ: «c»\nTipo: empresa de trabalho temporário (acidente ocorrido no estabelecimento da tomadora «t», CNPJ «tc»)\n\n",
          ag=ag, c=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), t=tom, tc=(g.cnpj(), "BR_CNPJ"))
    addr = g.address(g.pick(["text", "caps"]))
    doc.f("II — ACIDENTADO\nNome: «n»\nNome da mãe: «m»\nData de nascimento: «dn»   Sexo: «s»   Estado civil: «ec»\nCPF: «cpf»   NIT/PIS: «pis»\n"
          "Identidade: «rg»   Órgão: SSP/«u»\nEndereço: «a»   Bairro: «b»\nCEP: «cep»   Município: «mu»   UF: «u2»   Telefone: «tel»\n"
          "Remuneração mensal: R$ «rem»   CBO: «cbo»\n\n", n=P(w.caps), m=P(mae.caps), dn=(g.dob("br"), "DATE_OF_BIRTH"), s="F" if w.female else "M",
          ec=g.pick(["solteiro", "casado", "outros"]), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"), u=uf,
          a=(addr, "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), mu=city, u2=uf, tel=(g.phone(), "PHONE_NUMBER"),
          rem=g.money(1518, 3200), cbo=g.d(6))
    acc = g.pick(ACIDENTES)
    doc.f("III — ACIDENTE\nData: «d»   Hora: «h»   Após «hh» horas de trabalho   Tipo: «ti»\nLocal: «lo»\nParte do corpo: «pc»   Agente causador: «ac»\n"
          "Descrição: «de»\nHouve afastamento: «af»   Registro policial: não   Óbito: não\n\n", d=g.date(), h=g.hm(), hh=f"{g.ri(0, 9):02d}:{g.ri(0, 59):02d}",
          ti=g.pick(["típico", "típico", "trajeto"]), lo=g.pick(["estabelecimento da tomadora — linha 2", "via pública (trajeto, fretado)", "câmara fria 3"]),
          pc=acc[0], ac=acc[1], de=acc[2], af=g.pick(["sim", "não"]))
    doc.t("Testemunhas:\n")
    for _ in range(g.ri(1, 2)):
        t = g.person()
        doc.f("  «n» — «a» — «p»\n", n=P(t.full), a=(g.address(), "ADDRESS"), p=(g.phone(), "PHONE_NUMBER"))
    med = g.person()
    doc.f("\nIV — ATESTADO MÉDICO\nUnidade: «u»   CNES «cnes»   Data: «d»   Hora: «h»\nCNS do acidentado: «cns»\nDiagnóstico provável: «dx»   CID-10: «cid»\n"
          "Duração provável do tratamento: «dt» dias\nMédico(a): «m»   «mc»\n", u=g.pick(["Hospital Municipal", "UPA Jardim Aurora", "Santa Casa de Misericórdia"]),
          cnes=g.d(7), d=g.date(), h=g.hm(), cns=(g.cns(), "BR_CNS"), dx=acc[3], cid=acc[4], dt=g.ri(2, 30), m=P(med.full), mc=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


def sa_plano(g: Gen) -> Doc:
    """Health/dental plan movement file for temps and dependants (inclusions and exclusions)."""
    doc = Doc()
    ag = g.pick(AGENCIAS)
    op = g.pick(["Unimed", "Hapvida NotreDame", "SulAmérica Odonto", "Amil Dental", "Bradesco Saúde"])
    doc.f("MOVIMENTAÇÃO CADASTRAL — «op» — contrato «c» — estipulante «ag»\ncompetência «m»/2025 · arquivo layout ANS/SIB v«v»\n\n",
          op=op, c=g.d(8), ag=ag, m=f"{g.ri(1, 12):02d}", v=g.pick(["2.1", "3.0"]))
    rows = []
    for _ in range(g.ri(2, 3)):
        t = g.person()
        mae = g.relative(t, True)
        mv = g.pick(["I", "I", "E"])
        rows.append([V(mv), V("T"), P(name_form(g, t, ["caps", "caps", "full"])), (g.cpf("raw"), "BR_CPF"), (g.dob("br"), "DATE_OF_BIRTH"),
                     V("F" if t.female else "M"), P(fold(mae.full).upper()), (g.cns(False), "BR_CNS") if g.chance(0.9) else V(""),
                     V("titular"), V(g.pick(["ENF", "APT", "ODONTO"])), V(g.d(16) if mv == "E" else "")])
        for _ in range(g.pick([0, 0, 1, 1, 2])):
            d = g.relative(t)
            rows.append([V(mv), V("D"), P(fold(d.full).upper()), (g.cpf("raw"), "BR_CPF") if g.chance(0.7) else V(""),
                         (g.dob("br", 2008, 2024), "DATE_OF_BIRTH"), V("F" if d.female else "M"), P(fold(t.full).upper() if t.female else fold(g.relative(t, True).full).upper()),
                         (g.cns(False), "BR_CNS") if g.chance(0.85) else V(""), V(g.pick(["filho(a)", "filho(a)", "enteado(a)"])),
                         V(g.pick(["ENF", "APT", "ODONTO"])), V("")])
    table_csv(doc, ["MOV", "TIPO", "NOME", "CPF", "DT_NASC", "SEXO", "NOME_MAE", "CNS", "PARENTESCO", "PLANO", "CARTEIRINHA"], rows, sep="|")
    doc.f("\n# exclusões por término de contrato temporário (Lei 6.019/74) — carteirinhas canceladas a partir de «d»\n# conferido por «p» / «l»\n",
          d=g.date(), p=P(g.person().full) if g.chance(0.5) else "equipe benefícios", l=g.pick(["benef_rh", "svc_sib_upload"]))
    return doc


def sa_ambulatorio(g: Gen) -> Doc:
    """The client plant's infirmary log (nursing), printed and scanned, listing temps attended."""
    doc = Doc()
    tom = g.pick(TOMADORAS)
    nurse = g.person(female=g.chance(0.75))
    o = lambda s: ocr(s, g, 0.3)
    doc.f("«t» — AMBULATÓRIO / ENFERMAGEM DO TRABALHO\nLivro de registro de atendimentos — «d»   Turno «tu»\nResponsável: «n» «co»\n\n",
          t=o(fold(tom).upper()), d=g.date(), tu=g.pick(["A", "B", "C"]), n=P(o(nurse.full)), co=(g.council("COREN"), "PROFESSIONAL_ID"))
    for hm in sorted(g.hm() for _ in range(g.ri(4, 6))):
        w = g.person()
        ag = g.pick(AGENCIAS).split()[0]
        q = g.pick([("cefaleia", "R51", "dipirona 500mg VO, retorno ao posto"), ("corte superficial em dedo", "S61.0", "curativo, orientado uso de luva anticorte"),
                    ("dor lombar", "M54.5", "compressa, encaminhado p/ UPA"), ("mal-estar / hipoglicemia", "R55", "lanche, glicemia 62 mg/dL → 98"),
                    ("crise de ansiedade", "F41.1", "escuta, acionado supervisor"), ("conjuntivite", "H10.9", "afastado, atestado externo"),
                    ("náusea (gestante)", "O21.0", "repouso 30 min, retorno")])
        doc.f("«h»  «n»  DN «dn»  matr. «m» («ag» — temporári«o»)  queixa: «q»  CID «c»  conduta: «cd»\n", h=hm, n=P(o(name_form(g, w, ["caps", "full", "capsshort"]))), dn=(g.dob("br"), "DATE_OF_BIRTH"),
              m=f"{g.pick('TE')}{g.d(5)}", ag=ag, o=w.o, q=q[0], c=q[1], cd=q[2])
        if "encaminhado" in q[2] or (q[1] == "S61.0" and g.chance(0.3)):
            doc.f("       remoção: ambulância «pl» («q»), acompanhad«o» pelo técnico de segurança do turno\n", pl=(g.plate(), "LICENSE_PLATE"),
                  q=g.pick(["SAMU 192", "frota própria", "conveniada"]), o=w.o)
    doc.f("\nVisto do médico do trabalho: «m» «mc»   [digitalizado — pág. «p»]\n", m=P(o(g.person().full)), mc=(g.council("CRM"), "PROFESSIONAL_ID"),
          p=g.ri(1, 200))
    return doc


# --------------------------------------------------------------------------- financeiro

BANCOS = [("001", "Banco do Brasil"), ("104", "Caixa Econômica Federal"), ("237", "Bradesco"), ("341", "Itaú Unibanco"),
          ("033", "Santander"), ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("748", "Sicredi"), ("756", "Sicoob"),
          ("336", "C6 Bank"), ("380", "PicPay")]


def brl(v: float) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def fi_holerite(g: Gen) -> Doc:
    """A temp's pay slip (recibo de pagamento), fixed width, sometimes OCR'd."""
    doc = Doc()
    ag, tom = g.pick(AGENCIAS), g.pick(TOMADORAS)
    w = g.person()
    scan = g.chance(0.3)
    o = (lambda s: ocr(s, g, 0.3)) if scan else (lambda s: s)
    od = (lambda s: ocr(s, g, 0.25, digits=True)) if scan else (lambda s: s)
    W = 78
    ref = f"{fold(MONTHS[g.ri(0, 11)]).upper()}/{g.pick([2024, 2025])}"
    doc.f("«ag»«sp»RECIBO DE PAGAMENTO\nCNPJ: «c»«sp2»Ref.: «r»\n", ag=o(fold(ag).upper()[:44]), sp=" " * (W - len(fold(ag).upper()[:44]) - 20),
          c=(g.cnpj(), "BR_CNPJ"), sp2=" " * 31, r=ref)
    doc.t("-" * W + "\n")
    doc.f("Cód.  Nome do funcionário                         CBO     Admissão\n«m»  «n»«pad»«cbo»  «ad»\n", m=g.d(5),
          n=P(o(w.caps)[:42].rstrip()), pad=" " * (44 - len(o(w.caps)[:42].rstrip())), cbo=g.d(6), ad=g.date("br", int(ref[-4:]) - 1))
    doc.f("CPF: «cpf»   PIS: «pis»   Tomadora: «t»\n", cpf=(od(g.cpf()), "BR_CPF"), pis=(od(g.pis()), "BR_PIS"), t=o(tom))
    if g.chance(0.5):
        city, uf = g.city()
        doc.f("Endereço p/ envelope: «a» — «c»/«u» — CEP «cep»\n", a=(o(g.address("caps")), "ADDRESS"), c=fold(city).upper(), u=uf,
              cep=(od(g.cep()), "BR_CEP"))
    doc.t("-" * W + "\n")
    doc.t("Cód  Descrição                      Referência     Vencimentos      Descontos\n")
    base = g.ri(1518, 3400) + g.ri(0, 99) / 100
    lines = [("001", "SALÁRIO TEMPORÁRIO", "30,00", base, 0)]
    he = round(base / 220 * 1.5 * g.ri(4, 30), 2)
    lines.append(("150", "HORAS EXTRAS 50%", f"{g.ri(4, 30)}:00", he, 0))
    if g.chance(0.5):
        lines.append(("151", "HORAS EXTRAS 100% (DOM/FER)", f"{g.ri(4, 16)}:00", round(base / 220 * 2 * 8, 2), 0))
    if g.chance(0.5):
        lines.append(("180", "ADICIONAL NOTURNO 20%", f"{g.ri(20, 120)}:00", round(base * 0.2 * g.ri(2, 6) / 10, 2), 0))
    lines.append(("190", "DSR S/ HORAS EXTRAS", "", round(he / 6, 2), 0))
    bruto = sum(x[3] for x in lines)
    lines += [("901", "INSS", "9,00", 0, round(bruto * 0.09, 2)), ("920", "VALE-TRANSPORTE 6%", "6,00", 0, round(base * 0.06, 2)),
              ("925", "VALE-REFEIÇÃO (COPART.)", "", 0, round(g.ri(10, 60) + 0.0, 2))]
    if g.chance(0.4):
        lines.append(("940", "ADIANTAMENTO QUINZENAL", "40,00", 0, round(base * 0.4, 2)))
    for c, dsc, rf, v, dsct in lines:
        doc.t(f"{c}  {dsc:<30} {rf:>10}  {brl(v) if v else '':>14}  {brl(dsct) if dsct else '':>13}\n")
    venc = sum(x[3] for x in lines)
    desc = sum(x[4] for x in lines)
    doc.t("-" * W + "\n")
    bk = g.pick(BANCOS)
    doc.f("Banco: «b»  Agência: «a»  Conta: «c»     Total venc.: «tv»  Total desc.: «td»\n", b=bk[0], a=(od(g.agency()), "BANK_ACCOUNT"),
          c=(od(g.account()), "BANK_ACCOUNT"), tv=brl(venc), td=brl(desc))
    doc.f("                                                         LÍQUIDO A RECEBER: «l»\n", l=brl(venc - desc))
    doc.f("Sal. base «a» · Sal. contr. INSS «b» · Base FGTS «c» · FGTS do mês «d» · Base IRRF «e» · Faixa IRRF isento\n",
          a=brl(base), b=brl(bruto), c=brl(bruto), d=brl(bruto * 0.08), e=brl(bruto - bruto * 0.09))
    doc.f("\nDeclaro ter recebido a importância líquida discriminada neste recibo.\n____/____/______   ________________________ «n»\n",
          n=P(o(w.short)))
    if not scan and g.chance(0.5):
        doc.f("[enviado por e-mail para «e» em «d» — portal do temporário]\n", e=(g.email(w), "EMAIL_ADDRESS"), d=g.date())
    if g.chance(0.5):
        doc.f("Mensagem: «m»\n", m=g.pick(["Feliz aniversário! 🎂 Equipe DP", "Contrato temporário — Lei 6.019/74. Dúvidas: dp@" + agency_domain(ag),
                                          "Lembrete: o banco de horas vence no fim do contrato", "Seu 13º proporcional sai na rescisão"]))
    return doc


def fi_lote(g: Gen) -> Doc:
    """Weekly payment batch of temps (salary, daily rates), as the bank-transfer preview CSV with Pix keys."""
    doc = Doc()
    ag = g.pick(AGENCIAS)
    ap1, ap2 = g.person(), g.person()
    doc.f("LOTE DE PAGAMENTO «l» — «ag» — «t» — data de crédito «d»\nConvênio «cv» · origem ERP folha_temp · aprovadores: «a1» (1º nível), «a2» (2º nível)\n\n",
          l=g.d(7), ag=ag, t=g.pick(["diárias safra", "folha quinzenal temporários", "rescisões da semana", "ajuda de custo"]), d=g.date(),
          cv=g.d(9), a1=P(ap1.full), a2=P(ap2.full))
    rows = []
    total = 0
    notify = g.chance(0.5)
    for k in range(g.ri(6, 9)):
        w = g.person()
        bk = g.pick(BANCOS)
        val = g.ri(150, 3800) + g.ri(0, 99) / 100
        total += val
        forma = g.pick(["TED", "PIX", "PIX", "PIX", "CC"])
        wcpf = g.cpf("raw")
        if forma == "PIX":
            kt = g.pick(["aleatoria", "aleatoria", "email", "celular", "cpf"])
            key = {"aleatoria": (g.uuid(), "PIX_KEY"), "email": (g.email(w), "EMAIL_ADDRESS"), "celular": (g.phone("e164"), "PHONE_NUMBER"),
                   "cpf": (wcpf, "BR_CPF")}[kt]
            rows.append([V(f"{k + 1:03d}"), P(name_form(g, w, ["caps", "caps", "plain"])), (wcpf, "BR_CPF"), V(""), V(""), V(""),
                         V("PIX"), V(kt), key, V(brl(val))])
        else:
            rows.append([V(f"{k + 1:03d}"), P(name_form(g, w, ["caps", "caps", "plain"])), (wcpf, "BR_CPF"), V(bk[0]),
                         (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V(forma), V(""), V(""), V(brl(val))])
        if notify:
            rows[-1].append((g.email(w), "EMAIL_ADDRESS") if g.chance(0.8) else V(""))
    table_csv(doc, ["seq", "favorecido", "cpf", "banco", "agencia", "conta", "forma", "tipo_chave", "chave", "valor"] +
              (["email_comprovante"] if notify else []), rows, sep=";")
    doc.f("\nTotal: «n» favorecidos · R$ «t»\nRetorno parcial do banco (arquivo RET«r»):\n", n=len(rows), t=brl(total), r=g.d(6))
    bad = rows[g.ri(0, len(rows) - 1)]
    doc.f("  seq «s» — «n» — rejeitado: «m» — reenviar após contato (tel. «p»)\n", s=bad[0][0], n=P(bad[1][0]),
          m=g.pick(["chave Pix não encontrada no DICT", "conta encerrada", "CPF do favorecido diverge da titularidade", "agência inválida"]),
          p=(g.phone(), "PHONE_NUMBER"))
    doc.f("  autenticação lote: «h» · NSU «n» · id remessa «r»\n", h=g.hexs(32).upper(), n=g.d(12), r=doc.n11(g))
    return doc


def fi_ponto(g: Gen) -> Doc:
    """Time sheet (espelho de ponto) of a temp with overtime and hour bank, approved at the client."""
    doc = Doc()
    ag, tom = g.pick(AGENCIAS), g.pick(TOMADORAS)
    w = g.person()
    sup = g.person()
    m = g.ri(1, 12)
    doc.f("ESPELHO DE PONTO — período 01/«m»/2025 a «u»/«m»/2025\nEmpregador: «ag» · CNPJ «c»\nTomadora: «t» · CNPJ «tc»\n",
          m=f"{m:02d}", u=g.pick([28, 30, 31]) if m != 2 else 28, ag=ag, c=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), t=tom, tc=(g.cnpj(), "BR_CNPJ"))
    doc.f("Empregado: «n»   PIS: «pis»   CPF: «cpf»\nFunção: «f»   Jornada: «j»   Matrícula: «mt»\n\n", n=P(name_form(g, w, ["caps", "full"])),
          pis=(g.pis(), "BR_PIS"), cpf=(g.cpf(), "BR_CPF"), f=g.pick(FUNCOES), j=g.pick(["07:00-11:00 12:00-16:20", "14:00-18:00 19:00-22:20", "22:00-02:00 03:00-06:00"]),
          mt=f"T{g.d(5)}")
    ruler = g.pick(["-", "=", None])
    doc.t("DIA        ENT1   SAI1   ENT2   SAI2   NORMAIS  EXTRA50  EXTRA100  NOT.   OBS\n")
    if ruler:
        doc.t(ruler * 82 + "\n")
    tot50 = 0
    for d in sorted(g.rng.sample(range(1, 28), g.ri(7, 10))):
        wd = ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"][d % 7]
        e1 = f"{g.ri(6, 7):02d}:{g.ri(0, 59):02d}"
        s2h = g.ri(16, 19)
        ex = max(0, s2h - 16)
        tot50 += ex
        obs = g.pick(["", "", "", "", "ajuste manual", "atestado", "falta just.", "folga BH", "marcação via app"])
        doc.t(f"{d:02d}/{m:02d} {wd}  {e1}  11:{g.ri(0, 9):02d}  12:{g.ri(0, 9):02d}  {s2h:02d}:{g.ri(0, 59):02d}  "
              f"{'08:48':>7}  {f'{ex:02d}:00':>7}  {'00:00' if wd != 'dom' else '08:00':>8}  {'00:00':>5}  {obs}\n".rstrip() + "\n")
    if ruler:
        doc.t(ruler * 82 + "\n")
    doc.f("Totais: extras 50% «a»:00 · banco de horas saldo «b» · faltas «c»\nOrigem das marcações: REP-P (app), IP de registro «ip»; "
          "ajustes feitos por «u» (login de sistema).\n\n", a=f"{tot50:02d}", b=f"{g.pick(['+', '-'])}{g.ri(0, 30):02d}:{g.ri(0, 59):02d}",
          c=g.ri(0, 2), ip=(g.ip(), "IP_ADDRESS"), u=login(sup) + ".sup")
    doc.f("Aprovado por supervisor(a) da tomadora: «s» em «d»\nCiente do empregado: ______________________\n", s=P(sup.full), d=g.date())
    return doc


def fi_trct(g: Gen) -> Doc:
    """Termination statement (TRCT) at the end of a temp contract, numbered fields."""
    doc = Doc()
    ag = g.pick(AGENCIAS)
    w = g.person()
    mae = g.relative(w, True)
    city, uf = g.city()
    ini, fim = g.period()
    doc.t("TERMO DE RESCISÃO DO CONTRATO DE TRABALHO\n\nIDENTIFICAÇÃO DO EMPREGADOR\n")
    doc.f("01 CNPJ/CEI: «c»   02 Razão Social: «ag»\n03 Endereço: Avenida «r», «n»   04 Bairro: Centro\n05 Município: «m»   06 UF: «u»   "
          "08 CNAE: 7820-5/00\n\n", c=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), ag=ag, r=g.pick(["Paulista", "Bento Gonçalves", "Rio Branco", "Sete de Setembro"]),
          n=g.ri(10, 3999), m=g.city()[0], u=uf)
    doc.t("IDENTIFICAÇÃO DO TRABALHADOR\n")
    doc.f("10 PIS/PASEP: «pis»   11 Nome: «n»\n12 Endereço: «a»   13 Bairro: «b»\n14 Município: «m»   15 UF: «u»   16 CEP: «cep»\n"
          "17 CTPS (nº, série, UF): «ct»   18 CPF: «cpf»\n19 Data de nascimento: «dn»   20 Nome da mãe: «mae»\n\n",
          pis=(g.pis(), "BR_PIS"), n=P(w.caps), a=(g.address(g.pick(["caps", "text"])), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), m=fold(city).upper(),
          u=uf, cep=(g.cep(), "BR_CEP"), ct=f"{g.d(7)} {g.d(4)}-{uf}", cpf=(g.cpf(), "BR_CPF"), dn=(g.dob("br"), "DATE_OF_BIRTH"), mae=P(mae.caps))
    doc.f("DADOS DO CONTRATO\n21 Tipo de contrato: trabalho temporário (Lei 6.019/1974)   22 Causa do afastamento: «ca»\n24 Data de admissão: «i»   "
          "25 Data do aviso prévio: —   26 Data de afastamento: «f»\n27 Cód. afastamento: «cod»   29 Pensão alim.: 0,00%   30 Categoria: «cat»\n\n",
          ca=g.pick(["término do contrato temporário", "rescisão antecipada pelo empregador", "pedido de desligamento"]), i=ini, f=fim,
          cod=g.pick(["04", "01", "02", "I2"]), cat=g.pick(["106", "101"]))
    doc.t("DISCRIMINAÇÃO DAS VERBAS RESCISÓRIAS\n")
    verbas = [("50", "Saldo de salário", g.ri(200, 2500)), ("65", "13º salário proporcional", g.ri(200, 1800)),
              ("69", "Férias proporcionais", g.ri(200, 2000)), ("71", "1/3 constitucional de férias", g.ri(60, 700)),
              ("95", "Horas extras", g.ri(0, 900)), ("112.1", "Previdência social", -g.ri(80, 400)), ("115.2", "Vale-transporte", -g.ri(10, 120))]
    if g.chance(0.4):
        verbas.append(("103", "Indenização art. 479 CLT", g.ri(300, 3000)))
    for c, d, v in verbas:
        doc.t(f"{c:<6} {d:<35} {brl(abs(v)) + (' (-)' if v < 0 else ''):>16}\n")
    tot = sum(v for _, _, v in verbas)
    doc.f("TOTAL LÍQUIDO: R$ «t»\n\n", t=brl(tot))
    if g.chance(0.6):
        doc.f("Pagamento por depósito: banco «b», ag. «a», conta «c», em «d».\n", b=g.pick(BANCOS)[1], a=(g.agency(), "BANK_ACCOUNT"),
              c=(g.account(), "BANK_ACCOUNT"), d=g.date())
    else:
        doc.f("Pagamento via Pix (chave aleatória «k») em «d».\n", k=(g.uuid(), "PIX_KEY"), d=g.date())
    pr = g.person()
    doc.f("\n«c», «d»\n\n__________________________\n«pr» — preposto do empregador\n\n__________________________\n«w»\n",
          c=city, d=g.date(), pr=P(pr.full), w=P(w.full))
    return doc


def fi_fatura(g: Gen) -> Doc:
    """The agency's monthly invoice (fatura de serviços) to the client firm with the temps' hours."""
    doc = Doc()
    ag, tom = g.pick(AGENCIAS), g.pick(TOMADORAS)
    dom, tdom = agency_domain(ag), tom_domain(tom)
    an = g.person()
    apr = g.person()
    doc.f("FATURA DE PRESTAÇÃO DE SERVIÇOS DE TRABALHO TEMPORÁRIO Nº «n»\nEmitente: «ag» — CNPJ «c»\nCliente (tomadora): «t» — CNPJ «tc»\n"
          "Competência: «m»/2025   Vencimento: «v»   Pedido de compra: «pc»\n\n", n=f"{g.d(6)}", ag=ag, c=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          t=tom, tc=(g.cnpj(), "BR_CNPJ"), m=f"{g.ri(1, 12):02d}", v=g.date(), pc=f"PO-{g.d(8)}")
    rows = []
    tot = 0
    for _ in range(g.ri(5, 8)):
        w = g.person()
        hn, h50, h100 = g.ri(120, 220), g.ri(0, 30), g.ri(0, 16)
        rate = g.ri(9, 19) + g.ri(0, 99) / 100
        v = hn * rate + h50 * rate * 1.5 + h100 * rate * 2
        tot += v
        rows.append([P(name_form(g, w, ["caps", "capsshort", "full", "short"])), (g.cpf(), "BR_CPF"), V(g.pick(FUNCOES)[:20]), V(str(hn)), V(str(h50)), V(str(h100)),
                     V(brl(rate)), V(brl(v))])
    table_fixed(doc, ["TEMPORÁRIO", "CPF", "FUNÇÃO", "H.NORM", "HE50", "HE100", "R$/H", "TOTAL R$"], rows, ruler=g.pick(["-", "─", None]))
    taxa = tot * g.ri(12, 35) / 100
    doc.f("\nSubtotal remuneração + encargos: R$ «a»\nTaxa de administração («p»%): R$ «b»\nISS retido (5%): R$ «c»\nTOTAL DA FATURA: R$ «d»\n\n",
          a=brl(tot), p=g.ri(12, 35), b=brl(taxa), c=brl(taxa * 0.05), d=brl(tot + taxa))
    bk = g.pick(BANCOS)
    doc.f("Dados para depósito: «b» («bc»), agência «ag», conta corrente «cc», favorecido «fav»\nou boleto anexo (linha digitável «ld»)\n\n",
          b=bk[1], bc=bk[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), fav=ag,
          ld=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}")
    doc.f("Emitido por «a» («ae») · aprovação na tomadora: «p» («pe») em «d»\n", a=P(an.full), ae=(g.work_email(an, dom), "EMAIL_ADDRESS"),
          p=P(apr.full), pe=(g.work_email(apr, tdom), "EMAIL_ADDRESS"), d=g.date())
    doc.t("Retenção de 11% de INSS conforme art. 31 da Lei 8.212/1991 e IN RFB 2.110/2022; comprovação de recolhimentos exigível nos termos do art. 5º-A, § 5º, da Lei 6.019/74.\n")
    return doc


def fi_beneficios(g: Gen) -> Doc:
    """Order of meal/food (VR/VA) cards and transport vouchers (VT) for newly hired temps."""
    doc = Doc()
    ag = g.pick(AGENCIAS)
    op = g.pick(["Pluxee", "Alelo", "VR Benefícios", "Ticket", "Flash", "Caju"])
    resp = g.person()
    doc.f("PEDIDO DE BENEFÍCIOS Nº «n» — «op» — «ag»\nTipo: «tp» · Crédito em «d» · Entrega dos cartões: «ent»\nSolicitado por «r» («re»)\n\n",
          n=g.d(8), op=op, ag=ag, tp=g.pick(["1ª via + crédito", "crédito mensal", "2ª via"]), d=g.date(),
          ent=g.pick(["no endereço do colaborador", "na unidade da tomadora", "na filial"]), r=P(resp.full),
          re=(g.work_email(resp, agency_domain(ag)), "EMAIL_ADDRESS"))
    home = g.chance(0.5)
    cols = ["CPF", "NOME", "DT_NASC", "MATRICULA", "VR_DIA", "DIAS", "VA_MES", "CARTAO"] + (["END_ENTREGA", "CEP"] if home else [])
    rows = []
    for _ in range(g.ri(5, 8)):
        w = g.person()
        full = g.chance(0.6)
        card = g.card(False, prefix=g.pick(["5067", "6062", "5", "4", "6363"]))
        r = [(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), P(name_form(g, w, ["caps", "caps", "full"])), (g.dob("br"), "DATE_OF_BIRTH"), V(f"T{g.d(5)}"),
             V(brl(g.pick([25, 28, 32.5, 35, 40]))), V(str(g.ri(15, 26))), V(brl(g.pick([150, 200, 250, 300]))),
             (card, "CREDIT_CARD") if full else V(card[:4] + "********" + card[-4:])]
        if home:
            r += [(g.address("caps"), "ADDRESS"), (g.cep(), "BR_CEP")]
        rows.append(r)
    table_csv(doc, cols, rows, sep=g.pick([";", "\t"]))
    doc.t("\nVALE-TRANSPORTE (recarga)\n")
    for _ in range(g.ri(2, 4)):
        w = g.person()
        doc.f("  «n» — CPF «cpf» — cartão «op2» nº «bu» — «q» passagens/dia × «d» dias — R$ «v» (desconto 6% em folha)\n", n=P(name_form(g, w, ["full", "caps"])), cpf=(g.cpf(), "BR_CPF"),
              op2=g.pick(["Bilhete Único", "RioCard", "BHBus", "Cartão Cidadão", "VEM"]), bu=f"{g.d(2)}.{g.d(2)}.{g.d(8)}-{g.d(1)}",
              q=g.pick([2, 4]), d=g.ri(18, 26), v=g.money(80, 400))
    doc.f("\nObs.: «o»\n", o=g.pick(["cartões com número mascarado já estavam ativos (só crédito)", "a conta de luz não serve de comprovante p/ 2ª via, só RG",
                                      "pedido aprovado pela diretoria (vitória! prazo apertado)", "Lei 6.321/1976 (PAT) — não incide encargos"]))
    return doc


def fi_pix(g: Gen) -> Doc:
    """E-mail approving an advance to a temp, with the Pix receipt pasted from the bank app."""
    doc = Doc()
    ag = g.pick(AGENCIAS)
    dom = agency_domain(ag)
    a, b = g.person(), g.person()
    w = g.person()
    val = g.money(150, 2500)
    doc.f("De: «a» <«ae»>\nPara: «be»\nAssunto: «s»\n\n«bf», aprovado o «t» de «w» (matr. T«m», tomadora «tom»), R$ «v». Pode pagar hoje?\n«a1»\n\n",
          a=P(a.full), ae=(g.work_email(a, dom), "EMAIL_ADDRESS"), be=(g.work_email(b, dom), "EMAIL_ADDRESS"),
          s=g.pick(["adiantamento salarial", "ajuda de custo — transferência", "pgto rescisão complementar", "reembolso exame"]),
          bf=P(b.first), t=g.pick(["adiantamento", "reembolso", "complemento da rescisão"]), w=P(name_form(g, w, ["full", "short"])), m=g.d(5),
          tom=g.pick(TOMADORAS), v=val, a1=P(a.first) if g.chance(0.5) else "")
    use_key = g.chance(0.6)
    doc.f("----- Resposta -----\nFeito, segue comprovante. «x»«b»\n\n", x=g.pick(["", "A chave que passaram era aleatória."] if use_key else
                                                                              ["", "Tive que pegar os dados bancários no cadastro."]), b="")
    bk = g.pick(BANCOS)
    doc.f("Comprovante de transferência\nPix enviado\nR$ «v»\n«d» - «h»\n\nDestino\nNome  «n»\nCPF  «mc»\nInstituição  «i»\n",
          v=val, d=g.date("mes"), h=g.hms(), n=P(name_form(g, w, ["caps", "full"])), mc=g.masked_cpf(), i=bk[1].upper())
    if use_key:
        doc.f("Chave Pix  «k»\n", k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("Agência  «a»\nConta  «c»\nTipo de conta  Conta corrente\n", a=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.f("\nOrigem\nNome  «ag»\nCNPJ  «c»\nInstituição  «i»\nAgência  «a»\nConta  «cc»\n\nID da transação\nE«e»\n",
          ag=ag.upper(), c=(g.cnpj(), "BR_CNPJ"), i=g.pick(BANCOS)[1].upper(), a=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          e=f"{g.d(8)}{g.date('compact')}{g.d(4)}{g.hexs(11)}")
    return doc


TEMPLATES = {
    "atendimento": [at_cadastro, at_cv, at_agenda, at_whatsapp, at_email_vr, at_ponto, at_ficha_ocr],
    "juridico": [ju_contrato, ju_peticao, ju_ata, ju_email, ju_carteira, ju_acordo, ju_fiscal],
    "saude": [sa_aso, sa_agenda, sa_atestado, sa_toxicologico, sa_cat, sa_plano, sa_ambulatorio],
    "financeiro": [fi_holerite, fi_lote, fi_ponto, fi_trct, fi_fatura, fi_beneficios, fi_pix],
}

LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP", "EMAIL_ADDRESS",
          "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS", "DATE_OF_BIRTH", "IP_ADDRESS",
          "PROFESSIONAL_ID"}
ROLE_BOXES = re.compile(r"(sac|rh|dp|juridico|contencioso|beneficios|financeiro|contato|vagas)@")


def check(record: dict, negs: list[str]) -> None:
    text, last = record["text"], 0
    rid = record["id"]
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (rid, s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (rid, s, v)
        last = s["end"]
        lab = s["label"]
        assert lab in LABELS, (rid, lab)
        digits = re.sub(r"\D", "", v.translate(OCR_UNDO)) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS") else ""
        if lab == "BR_CPF":
            assert cpf_ok(digits), (rid, v)
        elif lab == "CREDIT_CARD":
            assert len(digits) in (15, 16) and luhn_dv(digits[:-1]) == digits[-1], (rid, v)
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
            raw = re.sub(r"[^0-9X]", "", v.translate(OCR_UNDO))
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (rid, v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (rid, v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (rid, v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (rid, v)
            assert not re.search(r"[0-9@]", v), (rid, v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_BOXES.match(v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|OAB|COREN|CRP|CRC|CRA|CRFa)\b", v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"(19[4-9]\d|20[0-2]\d)|/\d\d$", v.translate(OCR_UNDO)), (rid, v)
        elif lab == "IP_ADDRESS":
            assert all(0 <= int(x) <= 255 for x in v.split(".")) and v.count(".") == 3, (rid, v)
    labelled = [(s["start"], s["end"]) for s in record["spans"]]
    for n in negs:
        assert not cpf_ok(n), (rid, n)
        assert n in text or fmt_cpf(n) in text, (rid, n)
        for m in re.finditer(re.escape(n) + "|" + re.escape(fmt_cpf(n)), text):
            assert not any(a <= m.start() < b for a, b in labelled), (rid, n)
    # every 11-digit run in the text that is not inside a gold span must fail the CPF check
    for m in re.finditer(r"(?<![\d.-])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\d-])", text):
        if not any(a <= m.start() < b for a, b in labelled):
            assert not cpf_ok(re.sub(r"\D", "", m.group())), (rid, m.group())


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
    folded_ocr = {ocr_norm(w) for w in folded}
    for r in records:
        for s in r["spans"]:
            if s["label"] != "PERSON":
                continue
            for w in re.findall(r"[\w'-]+", r["text"][s["start"]:s["end"]]):
                if w.lower() in PARTICLES:
                    continue
                total += 1
                fw = fold(w).lower()
                rare += fw in folded or ocr_norm(fw) in folded_ocr
    return rare / max(total, 1)


def ocr_norm(w: str) -> str:
    """Undo the letter confusions of ocr() well enough to count a damaged rare name as rare."""
    return w.replace("rn", "m").replace("cl", "d").replace("ri", "n").replace("l", "i").replace("c", "e")


def main() -> None:
    records = build()
    assert len(records) == 280 and len({r["id"] for r in records}) == 280
    with (HERE / OUT_NAME).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("fiftysixth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")
    print(f"  11-digit hard negatives placed (all fail the CPF check): {NEG_COUNT[0]}")


if __name__ == "__main__":
    sys.exit(main())
