"""Build the fiftieth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fiftieth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 5050, 280 records: 4 domains x 7 templates x 10 copies.

Register: consumer credit and over-indebtedness (superendividamento) -- retail store credit
(crediário, carnês, private-label store cards), renegotiation campaigns and fairs (mutirões,
feirão Limpa Nome, Desenrola), credit-bureau listings and disputes (negativação indevida),
Procon and court over-indebtedness proceedings (Lei 14.181/2021, arts. 104-A/104-B CDC,
repactuação, plano de pagamento), financial-education counselling, fintech personal loans,
collection agencies' scripts and letters, judicial collection and garnishment (SISBAJUD,
penhora de salário, RENAJUD), guarantors (fiadores, avalistas), payroll loans (consignado,
RMC) and the health side of debt (hospital bills, health-plan arrears, medical reports for
hardship claims, mental-health referrals).
- atendimento: a store's credit-analysis form (ficha de crediário: personal data, spouse,
  mother, address, references with phones, bureau check, analyst and seller); a WhatsApp
  chat export asking for a second copy of a carnê (bot, then a human attendant; the
  customer's lines show either the saved contact name or the bare phone number); a
  renegotiation platform's offer e-mail with the acceptance log (IP, phone, birth date);
  the attendance list of a Procon renegotiation fair (fixed-width columns); a public
  complaint about a wrongful listing with the company's reply and the consumer's rejoinder;
  a collection call-centre script with the filled call log (identity check by birth date
  and mother's name, address confirmation); a financial-education counselling note with
  household table, budget worksheet and declared debts.
- juridico: an initial petition for debt renegotiation (qualification with RG/CPF/título,
  creditors with numeric and alphanumeric CNPJs, payment-plan proposal with the author's
  agency/account, lawyer's signature with OAB); Procon/CEJUSC minutes of a global
  conciliation hearing (representatives, OAB, plan table); a SISBAJUD block report with a
  salary-garnishment ruling (bank agencies/accounts, employer CNPJ, plate); an
  extrajudicial notice to guarantors and spouse (leased property's address, the law firm's
  Pix key and account); a small-claims judgment on a wrongful bureau listing (IP, phones,
  witness); a collection law firm's letter with a debt table and the negotiator's contact;
  an e-mail thread between lawyers on an execution (debtor's CNH, guarantor's birth date,
  plates, a mistyped CPF).
- saude: a hospital billing letter on an unpaid private stay (patient's CNS, financial
  guarantor); a medical report attached to a hardship claim (CRM, CNS, ICD-10 pairs); a
  health plan's 60-day arrears notice with the beneficiaries' table (card numbers, CNS,
  birth dates); a RAPS referral of an over-indebted consumer from Procon to the CAPS
  (CRP, CRESS, COREN, CRM); a hospital social-service study (NIS, título, family network,
  CadÚnico code); a psychiatric outpatient note (gambling and fintech debts); a debt
  confession and instalment agreement for a hospital bill (card or account debit,
  witnesses with CPFs).
- financeiro: a fintech loan-origination log with the request JSON (CNH, address line,
  employer CNPJ, plate as collateral, EVP Pix key, branch/account, device IP); a current-
  account statement with Pix traffic and SISBAJUD blocks; a private-label store-card
  invoice with the holder's dispute form (full card number); a Desenrola batch CSV; a
  court administrator's compulsory payment-plan worksheet (PIS, título, creditors' CNPJs,
  CORECON/CRC); a debt-portfolio assignment annex (debtors, guarantors, vehicles); an INSS
  payroll-loan statement and the family's fraud complaint (RMC card number, IP).

Conventions (the twentieth set's; decisions new to this set are marked *): PERSON covers the
name only, never "Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu"; particles inside a name (de,
da, do, dos, e) are part of it; "SURNAME, Given" is one span; nicknames and first names
alone, also in lower case, are persons. Staff named in the text (attendants, negotiators,
analysts, sellers, conciliators, judges, lawyers, doctors, psychologists, social workers,
nurses, bank managers) are persons; logins (op12345, ana.r), system accounts, batch users
and bots (the store's virtual assistant "Rosa", "Aurora", "Lu") are not. Corporate e-mails of
people are EMAIL_ADDRESS; role mailboxes (juridico@, ouvidoria@, nao-responda@) are not
labelled. ADDRESS is street type + name + number + complement (also in capitals, lower
case, abbreviated or spoken: "estr são sebastião 1016 apto 954"); bairro, city, UF stay
outside; CEP is BR_CEP. A company's address (a clinic's letterhead) is not labelled; the
address of a leased home is. Agency and account are separate BANK_ACCOUNT spans, whoever
holds them (* a law firm's or a court deposit account too); bank codes ("237 - BRADESCO")
are not. PIX_KEY only for random (EVP/UUID) keys used as Pix keys (* a law firm's random
key too); a CNPJ used as Pix key is BR_CNPJ, a phone PHONE_NUMBER. Companies' CNPJs are
BR_CNPJ (numeric and 2026 alphanumeric, dotted or raw). DATE_OF_BIRTH only for birth dates
(also "nascid* em 27 de julho de 1977", ISO in JSON/CSV, nopad "6/3/1997"); admission,
discharge, due, hearing and listing dates are not. PROFESSIONAL_ID includes the council and
UF or region ("OAB/AM 88.476", "OAB/AP nº 84.344", "CRM GO 9.606", "CRP 06/77438", "CRESS 4ª
Região nº 17782", "COREN-PR 150343", * "CORECON/SE nº 3165", * "CRC-SP 123456/O-1"); an RQE
number is not. RG is labelled without its issuer ("SSP/SP" outside). The NIS of a patient
is BR_PIS. * A WhatsApp export line whose sender is a bare phone number labels that number
on every line, as a saved contact name is labelled on every line. Masked values
("***.***.280-50", "1463 **** **** 4315", "final 4052", "****2958"), health-plan card
numbers, INSS benefit numbers (NB), RENAVAM, CadÚnico family codes, order, protocol,
contract, carnê, AR and process numbers, boleto lines, device fingerprints, request ids and
companies' 0800 numbers are not labelled.

Names: Brazilian names of many origins -- Portuguese common and regional, coined names
(Deuzanir, Joselândia, Dhiennifer, Kethlen, Ronielson, Waldisney, Uanderson, Ryquelme),
Italian, German, Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian, Angolan,
Senegalese, Bolivian, indigenous, Jewish, Polish -- with at least a quarter of the name
words rare or invented (main() prints the share). Name-words (Rosa, Luz, Flor, Vitória,
Aurora, Esperança, Graça, Socorro, Bento, Prudente, Amado, Branco, Clemente, Leão,
Fortunato) appear as persons and, elsewhere, as words ("conta de luz", "cheque em branco")
and in stores, companies, places, streets and bots (Lojas Bento Móveis, Magazine Rosa
Branca, Eletro Aurora, Casas Amado, Ótica Luz, Financeira Prudente, Banco Amado, Presidente
Prudente, Bento Gonçalves, Ginásio Bento Amaral, Rua Prudente de Morais, CAPS Aurora),
none labelled. Forms: full, ALL CAPS without accents, lower case, first name alone,
nicknames.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF
check (RENAVAM, CadÚnico codes, protocols, mistyped CPFs -- the script asserts that every
unlabelled CPF-shaped number fails the check), ICD-10 codes, money, protocol, order,
contract and carnê numbers, boleto lines, laws and precedents (Lei 14.181/2021, Súmula 385
STJ, art. 833, IV, CPC), dates that are not birth dates, company names with surnames
(Zanella & Macambira Advogados Associados, Haddad & Saad Comércio), streets honouring
people named as places ("a loja é a da Barão de Mauá").
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
SEED = 5050
ORDINAL = "fiftieth"

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
# RARE_* and the rarer foreign pools hold uncommon, regional or coined names; main() prints
# their share of the words inside PERSON spans.

PT_F = ["Adriana", "Fernanda", "Patrícia", "Juliana", "Camila", "Tatiane", "Simone", "Cristina", "Luciana",
        "Aline", "Sandra", "Cláudia", "Mariana", "Beatriz", "Larissa", "Gabriela", "Priscila", "Viviane",
        "Maria José", "Ana Paula", "Maria das Graças", "Francisca", "Antônia", "Rosângela", "Elaine", "Isabela",
        "Manuela", "Heloísa", "Sofia", "Valéria", "Cíntia", "Roberta", "Débora", "Conceição"]
RARE_F = ["Deuzanir", "Joselândia", "Valdirene", "Clebiana", "Edjane", "Dhiennifer", "Kethlen", "Erivânia",
          "Gleiciane", "Wanderléia", "Lucivânia", "Zenaide", "Marinalva", "Aurismar", "Ivaneide", "Rozimar",
          "Cleonice", "Josefa Nilda", "Maria Zilda", "Antonieta", "Elizângela", "Nazinha", "Dulcinéia", "Lindinalva",
          "Suellen Kaylane", "Ysadora", "Thuanny", "Myrella", "Edineuza", "Quitéria", "Hildete", "Otacília",
          "Gessivânia", "Rosiclér", "Laudicéia", "Benedita", "Creusa", "Eudóxia"]
PT_M = ["Rodrigo", "Anderson", "Ricardo", "Roberto", "Fábio", "Eduardo", "Luciano", "Márcio", "Gustavo",
        "Rafael", "Thiago", "Bruno", "Vinícius", "Matheus", "Lucas", "Gabriel", "Miguel", "Arthur", "Heitor",
        "José Carlos", "Antônio Marcos", "João Paulo", "Francisco", "Raimundo", "Sebastião", "Edson", "Adilson",
        "Reinaldo", "Geraldo", "Benedito", "Luís Fernando", "Daniel"]
RARE_M = ["Ueslei", "Ronielson", "Maykon", "Railson", "Josenildo", "Francimar", "Deusdete", "Ozires",
          "Leodegário", "Gedeão", "Cosme Damião", "Jucelino", "Waldisney", "Edivaldo", "Rivanildo", "Zenóbio",
          "Anacleto", "Belarmino", "Catulino", "Deoclécio", "Evilásio", "Genésio", "Heronides", "Isaltino",
          "Jurandir", "Lindolfo", "Misael", "Nilton César", "Odilon", "Pompeu", "Quirino", "Sebastião Rufino",
          "Tertuliano", "Uanderson", "Welison", "Kawan", "Ryquelme", "Djalma"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Rocha", "Dias", "Monteiro",
          "Moreira", "Soares", "Fernandes", "Batista", "Melo", "Barros", "Pires", "Cunha", "Miranda", "Moraes",
          "Borges", "Xavier", "Tavares", "Farias", "Sampaio", "Vasconcelos", "Guimarães", "Rezende", "Brito",
          "Coelho", "Macedo", "Conceição", "Neves", "Siqueira"]
RARE_SUR = ["Catunda", "Bezerril", "Canuto", "Damasceno", "Eufrásio", "Jatobá", "Macambira", "Orrico",
            "Sucupira", "Timbó", "Vilarinho", "Boaventura", "Mourão Tenório", "Quintela", "Arruda Pessoa",
            "Gurgel", "Ximenes", "Pitombeira", "Carneiro Leão", "Frota", "Aragão", "Bandeira de Melo",
            "Cajazeiras", "Dantas Paiva", "Escóssia", "Figueiredo Lins", "Grangeiro", "Ibiapina", "Jucá",
            "Lustosa", "Mangabeira", "Nóbrega", "Olinto", "Parente", "Rabelo Sucupira", "Sombra", "Tabosa",
            "Uchôa", "Varela", "Wanderley"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Esperança", "Graça", "Socorro"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Clemente", "Leão", "Fortunato"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Flor", "Leão", "Vitória", "Aurora",
            "Cordeiro", "Coelho", "Pinheiro", "Carvalho", "Seixas", "Paz"]
NICK = {"Francisca": "Chica", "Maria José": "Zezé", "Antônia": "Toinha", "Maria das Graças": "Gracinha",
        "Conceição": "Ceiça", "Sebastião": "Tião", "Raimundo": "Mundinho", "Francisco": "Chico",
        "José Carlos": "Zé Carlos", "Benedito": "Dito", "Geraldo": "Gera", "Deusdete": "Dete",
        "Josenildo": "Nildo", "Benedita": "Dita", "Quitéria": "Quita", "Antônio Marcos": "Toninho",
        "Leodegário": "Léo", "Nazinha": "Nazinha", "Jurandir": "Jura", "Adilson": "Dil"}
FOREIGN = {
    "it": (["Giuliana", "Carla Maria", "Rosalba"], ["Giancarlo", "Angelo", "Primo"],
           ["Zanella", "Tomasi", "Bortoluzzi", "Pasqualotto", "De Carli", "Scarpari", "Ferrarese"]),
    "de": (["Ilse", "Hildegard", "Elfriede"], ["Egon", "Siegfried", "Werner"],
           ["Schmitz", "Heinzen", "Wolff", "Kuhnen", "Boettcher", "Rauber", "Stein"]),
    "jp": (["Harumi", "Yoko", "Keiko"], ["Massao", "Tadashi", "Yukio"],
           ["Nakamura", "Higa", "Shimabukuro", "Uehara", "Sakamoto", "Tanaka"]),
    "ar": (["Samira", "Jamile", "Najla"], ["Jorge Elias", "Salim", "Habib"],
           ["Saad", "Jabour", "Hallak", "Zogbi", "Atallah", "Chedid"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Kang", "Shin"]),
    "cn": (["Meiling", "Yan"], ["Wei", "Jun"], ["Wang", "Zhang", "Liu", "Huang"]),
    "ht": (["Nadège", "Widline", "Marie-Carmelle"], ["Wesner", "Jean-Robert", "Fritznel"],
           ["Pierre-Louis", "Saint-Fleur", "Jean-Baptiste", "Desrosiers", "Louissaint"]),
    "ao": (["Nzinga", "Esperança Ndongala"], ["Kiluange", "Manuel Kanda"], ["Mbemba", "Lutonadio", "Ngunza", "Kapinga"]),
    "sn": (["Awa", "Ndeye Fatou", "Mariama"], ["Abdoulaye", "Modou", "Babacar"], ["Diallo", "Mbaye", "Faye", "Seck", "Cissé"]),
    "bo": (["Lidia", "Eulogia", "Marisol"], ["Wilber", "Filemón", "Edwin"], ["Mamani", "Choque", "Condori", "Quispe", "Huanca"]),
    "in": (["Jaciara", "Potira", "Moema"], ["Raoni", "Kauã Tupinambá", "Ubiratã"], ["Guajajara", "Pataxó", "Terena", "Baniwa"]),
    "jw": (["Ester", "Miriam", "Sara"], ["Moisés", "Jacob", "Elias"], ["Goldenberg", "Rosenfeld", "Szajman", "Feldman"]),
    "pl": (["Jadwiga", "Halina"], ["Kazimierz", "Stanislau"], ["Kowalski", "Wiśniewski", "Dombrowski"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "ao", "sn", "bo", "in", "jw", "pl", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
for _o in ("it", "de", "jp", "ar"):
    RARE.update(FOREIGN[_o][2])  # surnames uncommon in Brazilian lists; given names there are mixed

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Silva", "Rosa", "Luz", "Paz", "Conceição", "Cunha", "Rocha", "Costa"}
DO_SUR = {"Amado", "Carmo"}
DOS_SUR = {"Santos", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "11", "12", "13", "15", "16", "18", "19", "21", "24", "27", "31", "34", "35", "38", "41",
        "42", "44", "47", "48", "51", "53", "55", "61", "62", "63", "65", "66", "68", "71", "73", "77", "79",
        "81", "82", "84", "85", "86", "87", "88", "89", "91", "93", "94", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Vila", "Largo", "Rodovia"]
STREET_NAMES = ["Barão de Mauá", "Flor de Maio", "Rosa Amado", "Prudente de Morais", "Bento Gonçalves",
                "da Esperança", "Aurora Boreal", "Coronel Deoclécio Catunda", "Dona Otacília Sombra",
                "Treze de Maio", "Marechal Deodoro", "Tiradentes", "das Violetas", "Sete de Setembro",
                "Padre Cícero", "Professor Isaltino Frota", "Luz do Sol", "Dom Bosco", "Vereador Anacleto Jucá",
                "Castro Alves", "São Sebastião", "dos Ferroviários", "Nossa Senhora da Graça", "Quintino Bocaiúva",
                "Rui Barbosa", "Getúlio Vargas", "Leão Coroado", "Irmã Dulce", "Chico Mendes", "Vitória Régia",
                "Santa Rita", "Doutor Heronides Wanderley", "Joaquim Nabuco", "Amazonas", "Mangabeira"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Aurora", "CE"),
          ("Santa Luzia", "MG"), ("Rio Branco", "AC"), ("Campina Grande", "PB"), ("Caruaru", "PE"),
          ("Feira de Santana", "BA"), ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Sorocaba", "SP"),
          ("Bauru", "SP"), ("Guarulhos", "SP"), ("Osasco", "SP"), ("Duque de Caxias", "RJ"), ("Niterói", "RJ"),
          ("Cascavel", "PR"), ("Ponta Grossa", "PR"), ("Blumenau", "SC"), ("Chapecó", "SC"), ("Caxias do Sul", "RS"),
          ("Santa Maria", "RS"), ("Anápolis", "GO"), ("Cuiabá", "MT"), ("Campo Grande", "MS"), ("Teresina", "PI"),
          ("Imperatriz", "MA"), ("Mossoró", "RN"), ("Arapiraca", "AL"), ("Santarém", "PA"), ("Manaus", "AM"),
          ("Porto Velho", "RO"), ("Juazeiro do Norte", "CE"), ("Vitória da Conquista", "BA")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Centro", "Jardim Bela Vista", "Vila Rosa", "Parque das Flores", "Conjunto Esperança", "Jardim Aurora",
           "Vila Prudente", "Santa Luzia", "Cohab II", "Bairro da Luz", "São Bento", "Jardim Amado", "Cidade Alta",
           "Vila Operária", "Boa Vista"]
CIDS = ["F41.1", "F32.2", "F43.2", "F41.2", "I10", "E11.9", "C50.9", "N18.5", "I21.9", "M54.5", "G35",
        "C18.9", "I64", "Z59.6", "Z56.0", "J44.9", "F10.2", "F33.1", "K74.6", "S72.0"]
STORES = ["Lojas Bento Móveis", "Magazine Rosa Branca", "Eletro Aurora", "Casas Amado", "Lojas Prudente Calçados",
          "Móveis Vitória", "Ótica Luz", "Armarinho Flor de Lis", "Casa Leão Materiais", "Magazine Esperança"]
CREDITORS = [("Banco Pan", "59.285.411/0001-13"), ("Crefisa", None), ("Nubank", None), ("Banco do Brasil", None),
             ("Caixa Econômica Federal", None), ("Itaú Unibanco", None), ("Bradesco Financiamentos", None),
             ("Santander", None), ("Vivo", None), ("Claro", None), ("Enel", None), ("Sabesp", None),
             ("Casas Bahia", None), ("Riachuelo", None), ("Banco BMG", None), ("PicPay", None),
             ("Will Bank", None), ("Cemig", None), ("Light", None), ("Renner", None)]
FINTECHS = ["CrediJá Fintech", "Nuvem Crédito SCD", "Empresta Mais SEP", "Grana Fácil Digital", "PagueBem SCD S.A."]
COLLECTORS = ["Recupera Cobranças Ltda", "Atlântico Assessoria de Cobrança", "Paschoalotto-like Cobranças",
              "Zanella & Macambira Advogados Associados", "Ativos Recuperação de Crédito", "Cobrafácil Contact Center"]
COURTS = ["1º Juizado Especial Cível", "2ª Vara Cível", "Vara Única", "3ª Vara Cível", "CEJUSC Superendividamento",
          "5ª Vara Cível", "Juizado Especial Cível e Criminal"]


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
        if self.given in ("Maria José", "Maria das Graças", "Maria Zilda", "Josefa Nilda", "Cosme Damião", "Jorge Elias"):
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
        return NICK.get(self.given, self.first)

    @property
    def o(self) -> str:
        return "a" if self.female else "o"

    @property
    def sr(self) -> str:
        return "Sra." if self.female else "Sr."


def nf(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "plain", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "inv_title": p.inv_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": p.first.lower(), "capsshort": fold(p.short).upper(),
            "lowshort": p.short.lower(), "capsfirst": fold(p.first).upper()}[form]


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
        if r < 0.48:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.55 if female is None else female
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
                if s not in surnames and s.split()[0] not in given.split():
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            if len(surnames) >= 2 and surnames[-2] not in PARTICLES and rng.random() < 0.08:
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
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}",
                          f"{f}.{self.d(2)}{l[:3]}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br"])
        return f"{user}@{domain}"

    def corp_mail(self, p: Person, dom: str) -> str:
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
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}",
                "dash": f"{n[:9]}-{n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def masked_cpf(self) -> str:
        n = self.cpf_digits()
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***.***.{n[6:9]}-{n[9:]}"])

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0C01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0015"])
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
        style = style or self.pick(["par", "par", "par", "plus", "plain", "e164", "raw", "dash", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "zero": f"0{ddd} {h}-{t}", "local": f"{h}-{t}"}[style]

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        b = brand or self.pick(["4", "5", "5", "6"])
        if b == "6":
            b = self.pick(["6062", "6363", "5067"])  # Hipercard / Elo-like prefixes
        b += self.d(15 - len(b))
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

    def ip(self, v6: bool | None = None) -> str:
        v6 = self.chance(0.15) if v6 is None else v6
        if v6:
            return f"2804:{self.hexs(3)}:{self.hexs(4)}:{self.hexs(4)}::{self.hexs(2)}"
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos", "casa 2",
                          f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}", f"ap. {self.ri(101, 804)}"])
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
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Praça": "Pç."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "]) if num != "s/n" else self.pick([", ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1945, hi: int = 2005) -> str:
        dd, mm, yy = self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def date_pair(self, fmt: str = "br") -> tuple[str, str]:
        """Two dates a few days apart (admission and discharge, start and end)."""
        a = datetime.date(self.pick([2024, 2025]), self.ri(1, 12), self.ri(1, 28))
        b = a + datetime.timedelta(days=self.ri(2, 40))
        return fmt_date(a.day, a.month, a.year, fmt), fmt_date(b.day, b.month, b.year, fmt)

    def hm(self) -> str:
        return f"{self.ri(7, 21):02d}:{self.ri(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.13", "8.19", "8.06", "8.17", "8.21", "8.24", "4.03"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2019, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"ATD-{self.d(7)}", f"{self.d(4)}/{self.ri(2024, 2025)}"])

    def contract(self) -> str:
        return self.pick([f"{self.d(3)}.{self.d(6)}-{self.d(1)}", f"CT{self.d(9)}", self.d(10), f"{self.d(2)}/{self.d(7)}",
                          f"{self.d(4)}{self.d(8)}", f"CDC-{self.d(8)}"])

    def boleto(self) -> str:
        return f"{self.d(5)}.{self.d(5)} {self.d(5)}.{self.d(6)} {self.d(5)}.{self.d(6)} {self.d(1)} {self.d(14)}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "CRP":
            return self.pick([f"CRP {self.ri(1, 23):02d}/{self.d(5)}", f"CRP-{self.ri(1, 23):02d}/{self.d(6)}"])
        if kind == "CRESS":
            return self.pick([f"CRESS/{uf} {self.d(5)}", f"CRESS {self.ri(1, 25)}ª Região nº {self.d(5)}"])
        if kind == "CORECON":
            return self.pick([f"CORECON-{uf} {self.d(5)}", f"CORECON/{uf} nº {self.d(4)}"])
        if kind == "CRC":
            return f"CRC-{uf} {self.d(6)}/O-{self.d(1)}"
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


def brl(g: Gen, lo: int = 20, hi: int = 50000) -> str:
    return "R$ " + g.money(lo, hi)


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

    def cell(self, s: str, width: int, label: str | None = None) -> "Doc":
        self.e(s, label)
        self.t(" " * max(width - len(s), 1))
        return self


def P(s: str):
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


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


def table_md(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    for r in rows:
        doc.t("|")
        for v, lab in r:
            doc.t(" ")
            doc.e(v, lab)
            doc.t(" |")
        doc.t("\n")


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    """Plain-text report columns, as printed by legacy systems."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) + 2 for k, c in enumerate(cols)]
    doc.t("".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    doc.t("".join("-" * (w - 1) + " " for w in widths).rstrip() + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k == len(r) - 1:
                doc.e(v, lab)
            else:
                doc.cell(v, w, lab)
        doc.t("\n")


def typo(g: Gen, s: str, p: float = 0.25) -> str:
    """Everyday typing slips in the surrounding text (never inside a span)."""
    if not g.chance(p):
        return s
    swaps = [("ç", "c"), ("ã", "a"), ("é", "e"), ("ê", "e"), ("ó", "o"), ("á", "a"), ("você", "vc"),
             ("porque", "pq"), ("também", "tb"), ("não", "nao"), ("está", "ta"), ("para", "pra")]
    opts = [(a, b) for a, b in swaps if a in s]
    if not opts:
        return s
    a, b = g.pick(opts)
    return s.replace(a, b, 1)


# =========================================================================== atendimento

WORD_USES = ["a conta de luz veio dobrada", "assinou um cheque em branco", "carnê rosa da loja", "uma vitória pequena",
             "seria prudente não parcelar de novo", "as flores do quintal", "ficou tudo às claras, tudo na luz",
             "a esperança é negociar", "o leão da Receita levou a restituição", "amado por todos no bairro"]


def at_crediario(g: Gen) -> Doc:
    """Retail store's credit-analysis form (ficha de crediário) with references and bureau check."""
    doc = Doc()
    c = g.person()
    store = g.pick(STORES)
    city, uf = g.city()
    caps = g.chance(0.4)
    nm = c.caps if caps else c.full
    doc.f("«s» — FICHA CADASTRAL / ANÁLISE DE CREDIÁRIO\nFilial «f» - «ci»/«uf»     Pedido nº «pe»     Emissão: «de» «h»\n\n",
          s=store.upper(), f=g.d(3), ci=city, uf=uf, pe=g.d(9), de=g.date("br"), h=g.hm())
    doc.f("[DADOS PESSOAIS]\nNome: «n»\nCPF: «cpf»     RG: «rg» «org»     Nasc.: «dob»\n",
          n=P(nm), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/" + uf, "SSP-" + uf, "SDS/" + uf, "DETRAN/" + uf]),
          dob=(g.dob(g.pick(["br", "br", "short"]), 1950, 2004), "DATE_OF_BIRTH"))
    civ = g.pick(["casada" if c.female else "casado", "solteir" + c.o, "união estável", "divorciad" + c.o, "viúv" + c.o])
    doc.f("Estado civil: «e»", e=civ)
    if civ in ("casada", "casado", "união estável"):
        sp = g.relative(c, female=not c.female)
        doc.f("     Cônjuge: «sp»  CPF cônj.: «sc»", sp=P(sp.caps if caps else sp.full), sc=(g.cpf(), "BR_CPF"))
    doc.f("\nMãe: «m»\n", m=P(g.relative(c, True).caps if caps else g.relative(c, True).full))
    addr = g.address("caps" if caps else "text")
    doc.f("[ENDEREÇO]\n«a»   Bairro: «b»   CEP: «cep»\nCidade: «ci»/«uf»   Residência: «r» há «y» anos\n",
          a=(addr, "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), ci=city, uf=uf,
          r=g.pick(["própria", "alugada", "cedida (mora c/ a sogra)", "financiada"]), y=g.ri(1, 25))
    doc.f("[CONTATO]\nCel/WhatsApp: «t1»   Recado: «t2»   E-mail: «em»\n",
          t1=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"),
          em=(g.email(c), "EMAIL_ADDRESS") if g.chance(0.75) else "não possui")
    doc.f("[PROFISSIONAL]\nOcupação: «o»   Empresa: «emp»   Admissão: «ad»   Renda: «r»\n",
          o=g.pick(["auxiliar de produção", "diarista", "motorista de app", "vendedora", "pedreiro", "aposentad" + c.o,
                    "cabeleireira", "operador de caixa", "autônom" + c.o, "técnica de enfermagem"]),
          emp=g.pick(["Panificadora Rosa Branca Ltda", "Transportadora Bento Amaral", "autônomo", "INSS",
                      "Frigorífico Prudente S.A.", "Supermercado Esperança", "Confecções Ximenes"]),
          ad=g.date("br", g.ri(2010, 2024)), r=brl(g, 1412, 6500))
    doc.t("[REFERÊNCIAS PESSOAIS]\n")
    for i in range(g.ri(2, 3)):
        r = g.person() if g.chance(0.5) else g.relative(c)
        doc.f("«i») «n» («rel») - «t»\n", i=i + 1, n=P(nf(g, r, ["full", "short", "caps", "first"])),
              rel=g.pick(["irmã", "vizinha", "cunhada", "colega de trabalho", "madrinha", "ex-patroa"] if r.female else
                         ["irmão", "vizinho", "cunhado", "colega de trabalho", "tio", "ex-patrão"]),
              t=(g.phone(), "PHONE_NUMBER"))
    n_reg = g.ri(0, 3)
    doc.f("[CONSULTA BIRÔ]\nSPC/Serasa em «d»: «k» registro(s)", d=g.date("br"), k=n_reg)
    for _ in range(n_reg):
        cred = g.pick(CREDITORS)[0]
        doc.f("; «c» contr. «ct» «v» (inclusão «di»)", c=cred, ct=g.contract(), v=brl(g, 80, 4000), di=g.date("short"))
    doc.f(". Score: «sc».\n", sc=g.ri(180, 890))
    an, vd = g.person(), g.person()
    doc.f("\n[PARECER]\nLimite aprovado: «l» | Plano: «p» | Entrada: «en»\nObs.: «obs»\nAnalista: «an»      Vendedor(a): «vd» (matr. «m»)\n",
          l=brl(g, 300, 5000), p=g.pick(["10x carnê", "crediário 12x c/ juros 5,99% a.m.", "8x sem entrada", "cartão da loja 15x"]),
          en=g.pick(["sem entrada", brl(g, 50, 400)]),
          obs=typo(g, g.pick(["cliente antiga, pagava em dia até 2022", "pediu pra não ligar no trabalho",
                              "renda comprovada por extrato, não tem holerite", "restrição baixada, apresentou carta de anuência",
                              "comprou geladeira e guarda-roupa, entrega na casa da mãe"])),
          an=P(nf(g, an, ["full", "short", "caps"])), vd=P(nf(g, vd, ["short", "first", "caps"])), m=g.d(4))
    return doc


def at_whats_carne(g: Gen) -> Doc:
    """WhatsApp chat export: second copy of a store carnê, bot then human attendant."""
    doc = Doc()
    c = g.person()
    at = g.person()
    store = g.pick(STORES)
    bot = g.pick(["Aurora", "Bia", "Rosa", "Assistente Virtual", "Lu"])
    y = g.pick([24, 25])
    d = f"{g.ri(1, 28):02d}/{g.ri(1, 12):02d}/{y}"
    ts = sorted(f"{g.ri(8, 20):02d}:{g.ri(0, 59):02d}" for _ in range(16))
    it = iter(ts)
    saved = g.chance(0.5)
    cust = nf(g, c, ["first", "nick", "full", "lowfirst"]) if saved else g.phone("plus")
    ulab = "PERSON" if saved else "PHONE_NUMBER"
    doc.f("Conversa do WhatsApp com «s» Crediário\n", s=store)
    def line(who, msg, **kw):
        doc.f(f"[{d} {next(it)}] {who}: " + msg + "\n", **kw)
    line(f"{store}", "Olá! Eu sou a «b», assistente virtual da «s». Digite o número da opção: 1- 2ª via do carnê 2- Negociar parcelas em atraso 3- Falar com atendente",
         b=bot, s=store)
    line("«u»", "2", u=(cust, ulab))
    line(f"{store}", "Para continuar, informe o CPF do titular do crediário (só números).")
    line("«u»", "«cpf»", u=(cust, ulab), cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    line(f"{store}", "Obrigada! Agora confirme sua data de nascimento (DD/MM/AAAA).")
    line("«u»", "«dob»", u=(cust, ulab), dob=(g.dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"))
    line(f"{store}", "Encontrei «k» parcela(s) em atraso do carnê «cn», total atualizado de «v». Um momento, vou transferir para um atendente.",
         k=g.ri(2, 7), cn=g.d(8), v=brl(g, 150, 2400))
    line(f"{store}", "Você está falando com «a» 😊", a=P(nf(g, at, ["first", "short", "full"])))
    line("«u»", typo(g, "oi, «a». eu tava desempregad" + c.o + " e atrasei, queria ver se tem desconto nos juros. a loja é a da «loc»", 0.8),
         u=(cust, ulab), a=P(at.first), loc=g.pick(["Barão de Mauá", "Rua Direita", "praça do Bento", "Avenida Brasil", "rodoviária"]))
    line("«a»", "Entendo, «u». Consigo tirar «p»% dos juros se pagar à vista até «dv». Posso mandar o boleto por e-mail?",
         a=P(at.first), u=P(c.first), p=g.pick([40, 50, 60, 70, 80]), dv=g.date("br", 2000 + y))
    em = g.email(c)
    line("«u»", "pode sim manda no «em». e manda tb pro meu marido q ele que vai pagar, «m2»" if c.female else
         "pode sim, «em». se nao achar liga no fixo «m2»",
         u=(cust, ulab), em=(em, "EMAIL_ADDRESS"),
         m2=(g.email(g.relative(c, False)), "EMAIL_ADDRESS") if c.female else (g.phone(mobile=False), "PHONE_NUMBER"))
    line("«a»", "Enviado ✅ Linha digitável: «bl» — vencimento «dv». Protocolo «pr».",
         a=P(at.first), bl=g.boleto(), dv=g.date("br", 2000 + y), pr=g.protocol())
    line("«u»", typo(g, g.pick(["obrigada, deus te abençoe", "valeu, vou pagar na lotérica amanhã", "ok. meu nome sai do spc quando?",
                                "blz. e se eu pagar no pix?"]), 0.6), u=(cust, ulab))
    line("«a»", "O nome sai dos órgãos de proteção em até 5 dias úteis após a compensação. Pix: chave CNPJ «cn». Qualquer coisa é só chamar!",
         a=P(at.first), cn=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"))
    line(f"{store}", "Atendimento encerrado. Avalie de 1 a 5.")
    return doc


def at_limpanome(g: Gen) -> Doc:
    """Debt-renegotiation platform notice (Limpa Nome / feirão online) and the acceptance log."""
    doc = Doc()
    c = g.person()
    nm = nf(g, c, ["first", "first", "full"])
    doc.f("De: Feirão Limpa Nome <nao-responda@ofertas.limpanome.com.br>\nPara: «em»\nAssunto: «n», você tem «k» ofertas com até «p»% de desconto\n\n",
          em=(g.email(c), "EMAIL_ADDRESS"), n=P(nm), k=(k := g.ri(2, 4)), p=g.pick([80, 90, 95, 99]))
    doc.f("Olá, «n»!\nEncontramos dívidas no seu CPF «m» que podem ser negociadas até «d»:\n\n", n=P(c.first), m=g.masked_cpf(),
          d=g.date("br", 2025))
    rows = []
    for _ in range(k):
        cred = g.pick(CREDITORS)[0]
        orig = g.ri(150, 9000)
        rows.append([V(cred), V("****" + g.d(4)), V(f"R$ {orig},00"), V(f"R$ {orig * g.ri(5, 40) // 100},00"), V(g.date("br", g.ri(2017, 2023)))])
    table_md(doc, ["Empresa", "Contrato", "Valor original", "Oferta à vista", "Desde"], rows)
    doc.t("\nNão perca: a campanha do Desenrola termina em breve. Acesse pelo app ou ligue 0800 " + g.d(3) + " " + g.d(4) + ".\n")
    doc.t("\n----- registro de aceite (anexado ao chamado) -----\n")
    doc.f("acordo_id=«a» status=ACEITO canal=«ch» ts=«ts»\ntitular=«n» cpf=«cpf» nascimento=«dob»\n",
          a=g.d(10), ch=g.pick(["app_android", "app_ios", "web"]), ts=g.date("iso") + "T" + g.hms() + "-03:00",
          n=P(nf(g, c, ["caps", "full", "plain"])), cpf=(g.cpf("raw"), "BR_CPF"), dob=(g.dob("iso"), "DATE_OF_BIRTH"))
    doc.f("ip=«ip» user_agent=\"Mozilla/5.0 (Linux; Android «av»)\" celular=«t»\n", ip=(g.ip(), "IP_ADDRESS"), av=g.ri(10, 15),
          t=(g.phone(g.pick(["e164", "raw", "plus"])), "PHONE_NUMBER"))
    doc.f("forma_pagto=«f» parcelas=«p» entrada=«e»\n", f=g.pick(["pix", "boleto", "cartao"]), p=g.ri(1, 12), e=brl(g, 30, 600))
    if g.chance(0.5):
        doc.f("obs_atendente(«a»): cliente ligou dizendo que a dívida da «c» já tinha sido paga em «d»; orientado a abrir contestação.\n",
              a=P(g.person().short), c=g.pick(CREDITORS)[0], d=g.date("br", 2024))
    else:
        doc.f("obs: tentativa anterior recusada em «d» (cartão final «f»), protocolo «pr»\n", d=g.date("br"), f=g.d(4), pr=g.protocol())
    return doc


def at_mutirao(g: Gen) -> Doc:
    """Attendance list of a debt-renegotiation fair (mutirão) run by Procon and creditors."""
    doc = Doc()
    city, uf = g.city()
    local = g.pick(["Ginásio Bento Amaral", "Praça Prudente de Morais", "Shopping Aurora", "Centro de Convenções Flor de Maio",
                    "Escola Estadual Rosa Amado", "Ginásio da Barão de Mauá"])
    doc.f("MUTIRÃO DE RENEGOCIAÇÃO DE DÍVIDAS — PROCON «c»/«uf»\nLocal: «l»   Data: «d»   Turno: «t»\nCoordenação: «co» · Mesa «m»: atendente «a»\n\n",
          c=city.upper(), uf=uf, l=local, d=g.date("br"), t=g.pick(["manhã", "tarde"]), co=P(g.person().full),
          m=g.ri(1, 12), a=P(nf(g, g.person(), ["full", "short"])))
    rows = []
    for i in range(g.ri(5, 7)):
        p = g.person()
        nm = nf(g, p, ["caps", "caps", "full", "capsshort"])
        cred = g.pick(CREDITORS)[0]
        rows.append([V(f"{g.pick('ABCP')}{g.ri(1, 250):03d}"), P(nm), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), V(cred),
                     V(g.pick(["acordo à vista", "parcelado 10x", "sem proposta", "retorno", "quitado", "encam. superendiv."])),
                     V(brl(g, 90, 12000))])
    table_fixed(doc, ["Senha", "Nome", "CPF", "Telefone", "Credor", "Resultado", "Valor acordado"], rows)
    doc.f("\nObs.: «o»\nResponsável pelo preenchimento: «r» (estagiária de direito)\n",
          o=typo(g, g.pick(["senha B041 saiu sem atendimento, voltar amanhã", "2 consumidores encaminhados ao núcleo de superendividamento (Lei 14.181/2021)",
                            "faltou luz às 15h, sistema do credor ficou fora 40 min", "credor Enel só negociou contas acima de R$ 500,00"])),
          r=P(nf(g, g.person(True), ["full", "short", "first"])))
    return doc


def at_reclamacao(g: Gen) -> Doc:
    """Public complaint about a wrongful bureau listing (negativação indevida) and the company's reply."""
    doc = Doc()
    c = g.person()
    comp = g.pick(["Telefonia Vivaz", "Banco Amado S.A.", "Loja Magazine Rosa Branca", "Financeira Prudente", "Cartões Aurora",
                   "Energia Esperança Distribuidora"])
    city, uf = g.city()
    doc.f("«cp» - Negativação indevida mesmo após pagamento\n«ci» - «uf»   ID: «id»   «d»\n\n", cp=comp, ci=city, uf=uf,
          id=g.d(9), d=g.date("br"))
    body = g.pick([
        "Paguei o acordo em «dp» (comprovante anexo) e até hoje meu CPF «cpf» continua no Serasa e no SPC por uma dívida de «v». "
        "Já liguei 4 vezes, protocolos «p1» e «p2», e ninguém resolve. Fui comprar uma geladeira no crediário e foi negado. "
        "Quero a baixa imediata e vou entrar no juizado. «nm»",
        "Nunca tive contrato com essa empresa e fui negativad" + c.o + " no valor de «v». Descobri quando tentei financiar uma moto. "
        "Meu CPF é «cpf», abri protocolo «p1» em «dp» e outro «p2». Alguém usou meus dados! Contato: «tel». «nm»",
        "bom dia. fiz a portabilidade e cancelei tudo em «dp}, mesmo assim colocaram meu nome no spc. cpf «cpf». valor «v}. protocolos «p1» / «p2». "
        "to desesperad" + c.o + " pq meu nome ta sujo. «nm»",
    ]).replace("}", "»")
    doc.f(body + "\n\n", dp=g.date("br"), cpf=(g.cpf(), "BR_CPF"), v=brl(g, 60, 3000), p1=g.protocol(), p2=g.protocol(),
          nm=P(nf(g, c, ["full", "first", "low"])), tel=(g.phone(), "PHONE_NUMBER"))
    at = g.person()
    doc.f("Resposta da empresa («d»):\nOlá, «n»! Aqui é «a», da equipe de Relacionamento da «cp». Localizamos o registro vinculado ao contrato «ct» "
          "e solicitamos a exclusão junto aos birôs em «d2». O prazo de atualização é de até 5 dias úteis. "
          "Caso precise, fale comigo pelo «tel» (WhatsApp corporativo) ou «em». Lamentamos o transtorno.\n\n",
          d=g.date("br"), n=P(nf(g, c, ["first", "full"])), a=P(nf(g, at, ["first", "short"])), cp=comp, ct=g.contract(), d2=g.date("br"),
          tel=(g.phone(), "PHONE_NUMBER"), em=(g.corp_mail(at, g.pick(["vivaz.com.br", "bancoamado.com.br", "rosabranca.com.br"])), "EMAIL_ADDRESS"))
    doc.f("Réplica do consumidor:\n" + typo(g, g.pick(["Até agora nada. Vou procurar o Procon.", "Baixaram, mas só depois de 12 dias. O dano já foi feito.",
                            "Resolvido. Obrigado à «a», única que atendeu direito.",
                            "A negativação saiu mas agora aparece outra dívida de 2019 que eu nem conheço."]), 0.5)
          + "\nAvaliação: «nota»/10 · Voltaria a fazer negócio? «s»\n",
          a=P(at.first), nota=g.ri(0, 10), s=g.pick(["Não", "Sim"]))
    return doc


def at_cobranca_call(g: Gen) -> Doc:
    """Collection call-centre script with the filled call log (identity check, promise to pay)."""
    doc = Doc()
    op = g.person()
    c = g.person()
    agency = g.pick(COLLECTORS)
    cred = g.pick(CREDITORS)[0]
    doc.f("«ag» — Carteira «cr» (faixa 91-180 dias)\nRoteiro padrão v«v» + registro de ligação\nOperador(a): «op» (login «lg»)   "
          "Ramal «r»   Data «d» «h»\n\n",
          ag=agency, cr=cred, v=f"{g.ri(2, 9)}.{g.ri(0, 9)}", op=P(op.full), lg=f"op{g.d(5)}", r=g.d(4), d=g.date("br"), h=g.hm())
    dob = g.dob(g.pick(["br", "long", "nopad"]))
    addr = g.address(g.pick(["text", "spoken", "low"]))
    mom = g.relative(c, True)
    doc.f("OP: Bom dia, por favor, eu poderia falar com «sr» «n»?\n", sr=g.pick(["o senhor" if not c.female else "a senhora", c.sr, "seu" if not c.female else "dona"]),
          n=P(nf(g, c, ["full", "short", "caps" if False else "full"])))
    doc.f("CL: «r»\n", r=g.pick(["Sou eu.", "É ele mesmo." if not c.female else "É ela mesma.", "Quem quer saber?", "pode falar"]))
    doc.f("OP: Meu nome é «o», falo da «ag» em nome do «cr». Por segurança, confirme sua data de nascimento.\nCL: «dob»\n",
          o=P(op.first), ag=agency, cr=cred, dob=(dob, "DATE_OF_BIRTH"))
    doc.f("OP: E o nome completo da sua mãe?\nCL: «m»\n", m=P(nf(g, mom, ["full", "low"])))
    doc.f("OP: Obrigad" + op.o + ". O endereço continua «a», CEP «cep»?\nCL: "
          + g.pick(["Isso.", "Não, mudei. Agora é «na».", "Continua, mas manda carta não que minha mulher abre."]) + "\n",
          a=(addr, "ADDRESS"), cep=(g.cep(), "BR_CEP"), na=(g.address("spoken"), "ADDRESS"))
    doc.f("OP: Consta em aberto o contrato «ct», com saldo atualizado de «v». Hoje consigo «p»% de desconto para pagamento até «dv».\n",
          ct=g.contract(), v=brl(g, 400, 25000), p=g.pick([30, 45, 60, 75]), dv=g.date("br"))
    doc.f("CL: " + typo(g, g.pick(["Eu tô afogad" + c.o + " em dívida, moço, tenho crédito consignado, cartão, tudo. Só consigo 200 por mês.",
                                       "Essa dívida não é minha, eu era fiador do meu cunhado «f».",
                                       "Pode mandar o boleto no zap «z».", "Tá, anota aí meu outro número: «z»."]), 0.5) + "\n",
          f=P(g.person(False).full), z=(g.phone(), "PHONE_NUMBER"))
    doc.f("\n--- REGISTRO ---\nCPF devedor: «cpf» | tel. discado: «t» | resultado: «res» | promessa: «pm» | próximo contato: «px»\n"
          "Obs.: «obs»\nMonitoria (qualidade): «mq» — nota «n»\n",
          cpf=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"),
          res=g.pick(["CPC - promessa", "CPC - recusa", "CPC - alega pagamento", "CPC - superendividado"]),
          pm=g.pick(["—", g.date("br") + " " + brl(g, 100, 1500)]), px=g.date("br"),
          obs=g.pick(["não citar valores para terceiros (LGPD / art. 42 CDC)", "cliente pediu contato só após as 18h",
                      "citou Lei 14.181/2021 e disse que vai pedir repactuação no Procon", "chorou na ligação; ofertar parcelamento longo"]),
          mq=P(g.person().short), n=g.ri(60, 100))
    return doc


def at_educacao(g: Gen) -> Doc:
    """Financial-education counselling session note with the family budget worksheet."""
    doc = Doc()
    ori = g.person()
    c = g.person()
    sp = g.relative(c, not c.female)
    doc.f("NÚCLEO DE EDUCAÇÃO FINANCEIRA E APOIO AO SUPERENDIVIDADO\nSessão «k» de 4 · «d» · orientador«oa»: «o» («cc»)\n\n",
          k=g.ri(1, 4), d=g.date("br"), oa="a" if ori.female else "", o=P(ori.full), cc=(g.council("CORECON"), "PROFESSIONAL_ID"))
    doc.f("Atendid«a»: «n»   Nasc.: «dob»   CPF: «cpf»\nContato: «t» / «em»\nEndereço: «ad», «b» — CEP «cep»\n\n",
          a=c.o, n=P(c.full), dob=(g.dob(), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"),
          em=(g.email(c), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"))
    doc.t("COMPOSIÇÃO FAMILIAR\n")
    age = g.ri(30, 68)
    rows = [[P(c.first), V("titular"), V(str(age)), V(brl(g, 0, 4500))],
            [P(sp.short), V("cônjuge"), V(str(age + g.ri(-6, 6))), V(brl(g, 0, 4500))]]
    for _ in range(g.ri(1, 3)):
        k = g.relative(c)
        rel, lo, hi = g.pick([("filho(a)", 1, age - 18), ("neto(a)", 1, max(2, age - 40)), ("sogra", age + 18, age + 30), ("enteado(a)", 2, 20)])
        rows.append([P(nf(g, k, ["first", "short"])), V(rel), V(str(g.ri(lo, max(lo, hi)))),
                     V(g.pick(["—", "BPC " + brl(g, 1412, 1412), "pensão " + brl(g, 300, 900)]))])
    table_md(doc, ["Nome", "Parentesco", "Idade", "Renda"], rows)
    doc.t("\nORÇAMENTO MENSAL (planilha preenchida junto)\n")
    items = [("Aluguel", 500, 1500), ("Conta de luz", 90, 400), ("Água", 40, 180), ("Gás", 100, 130), ("Mercado", 500, 1800),
             ("Transporte", 100, 450), ("Internet/celular", 60, 200), ("Remédios", 50, 600), ("Escola/creche", 0, 600)]
    for it, lo, hi in g.rng.sample(items, 6):
        doc.f("  «i»: «v»\n", i=it, v=brl(g, lo, hi))
    doc.t("\nDÍVIDAS DECLARADAS\n")
    for _ in range(g.ri(3, 5)):
        cr = g.pick(CREDITORS)[0]
        doc.f("  - «c» · «m» · saldo «s» · parcela «p»«x»\n", c=cr,
              m=g.pick(["cartão rotativo", "consignado", "empréstimo pessoal", "cheque especial", "crediário", "conta atrasada"]),
              s=brl(g, 200, 30000), p=brl(g, 50, 1200), x=g.pick(["", " · em atraso desde " + g.date("br", 2024), " · negativado"]))
    doc.f("\nMínimo existencial estimado: «m». Comprometimento da renda: «p»%.\n", m=brl(g, 600, 600), p=g.ri(45, 130))
    doc.f("Encaminhamentos: «e»\nPróxima sessão: «d» às «h». Tarefa: «w».\n",
          e=g.pick([f"Procon (repactuação, Lei 14.181/2021) e CAPS para acolhimento", "Defensoria Pública — plano de pagamento judicial",
                    "feirão de renegociação do dia " + g.date("br"), "CRAS para atualização do CadÚnico"]),
          d=g.date("br"), h=g.hm(), w=g.pick(["anotar todos os gastos do mês num caderno", "trazer a fatura da conta de luz e do cartão Aurora",
                                            "cancelar o cartão da Magazine Rosa Branca", "levar os carnês das Casas Amado",
                                            "separar os extratos do consignado", "conversar com a família sobre o orçamento"]))
    if g.chance(0.5):
        doc.f("Fala d«o» «n»: «q»\n", o=c.o, n=P(c.nick if g.chance(0.5) else c.first.lower()),
              q=g.pick(["\"a gente vive apagando incêndio\"", "\"a moça da Magazine Rosa Branca disse que dava pra parcelar em 24x\"",
                        "\"meu filho usou meu cartão sem eu saber\"", "\"desde que a fábrica de Bento Gonçalves fechou ficou difícil\""]))
    return doc


# =========================================================================== juridico

BANKS = [("001", "Banco do Brasil"), ("104", "Caixa Econômica Federal"), ("237", "Bradesco"), ("341", "Itaú Unibanco"),
         ("033", "Santander"), ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"),
         ("336", "C6 Bank"), ("380", "PicPay"), ("323", "Mercado Pago")]


def qualif(g: Gen, doc: Doc, p: Person, caps: bool = True, rg: bool = True, email: bool = True, titulo: bool = False) -> None:
    """Petition-style qualification paragraph of a party."""
    civ = g.pick(["casad" + p.o, "solteir" + p.o, "divorciad" + p.o, "viúv" + p.o, "em união estável"])
    prof = g.pick(["auxiliar de limpeza", "professor" + ("a" if p.female else ""), "motorista", "costureira" if p.female else "pedreiro",
                   "aposentad" + p.o, "vendedor" + ("a" if p.female else ""), "técnic" + p.o + " de enfermagem", "do lar" if p.female else "vigilante"])
    city, uf = g.city()
    doc.f("«n», brasileir«o», «c», «pr», nascid«o» em «dob», ", n=P(p.caps if caps else p.full), o=p.o, c=civ, pr=prof,
          dob=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"))
    if rg:
        doc.f("portador«a» do RG nº «rg» «org», ", a="a" if p.female else "", rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/" + uf, "SSP-" + uf, "IIRGD"]))
    doc.f("inscrit«o» no CPF sob o nº «cpf», ", o=p.o, cpf=(g.cpf(), "BR_CPF"))
    if titulo:
        doc.f("título de eleitor nº «t», ", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("residente e domiciliad«o» na «a», «b», «ci»/«uf», CEP «cep»", o=p.o, a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          ci=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    if email:
        doc.f(", e-mail «em», telefone «t»", em=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))


def ju_repactuacao(g: Gen) -> Doc:
    """Initial petition for debt renegotiation (repactuação, Lei 14.181/2021) with creditors and plan."""
    doc = Doc()
    city, uf = g.city()
    a = g.person()
    adv = g.person()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» DA COMARCA DE «c»/«uf»\n\n",
          v=g.pick(COURTS).upper(), c=fold(city).upper(), uf=uf)
    doc.t("Distribuição por dependência — não há. Prioridade de tramitação (idoso/doença grave): " + g.pick(["sim", "não"]) + "\n\n")
    qualif(g, doc, a, titulo=g.chance(0.3))
    doc.f(", por intermédio de «sua» advogad«o» que esta subscreve, vem propor\n\nAÇÃO DE REPACTUAÇÃO DE DÍVIDAS (SUPERENDIVIDAMENTO)\n\n"
          "com fundamento nos arts. 104-A e seguintes do CDC, incluídos pela Lei 14.181/2021, em face dos credores abaixo:\n\n",
          sua="sua" if adv.female else "seu", o=adv.o)
    for i in range(g.ri(3, 5)):
        cr = g.pick(["Banco Amado S.A.", "Crefisa S.A. Crédito, Financiamento e Investimentos", "Nu Financeira S.A.",
                     "Banco Prudente Múltiplo S.A.", "Aurora Promotora de Vendas Ltda", "Magazine Rosa Branca S.A.",
                     "Cooperativa de Crédito Esperança", "Banco Bento S.A.", "Eletro Aurora Comércio Ltda", "Casas Amado Varejo S.A."])
        doc.f("«i») «cr», CNPJ «cn», contrato(s) «ct» — saldo «v»;\n", i=i + 1, cr=cr,
              cn=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), ct=g.contract(), v=brl(g, 800, 60000))
    inc = g.ri(1800, 6500)
    doc.f("\nI — DOS FATOS\n«A» percebe renda líquida de R$ «r»,00 (holerite anexo, PIS «pis»), dos quais «p»% estão comprometidos com "
          "parcelas. " + g.pick(["", "Reside com o cônjuge, «sp», e dois filhos menores. ", "É arrimo de família; a mãe, «sp», depende de seus cuidados. "])
          + "Após o «ev», passou a contrair empréstimos para pagar outros empréstimos. O nome consta negativado no "
          "SPC e na Serasa desde «dn».\n",
          A=g.pick(["A parte autora", "O(a) requerente", p_first(a)]), r=f"{inc:,}".replace(",", "."), pis=(g.pis(), "BR_PIS"),
          p=g.ri(55, 140),
          ev=g.pick(["diagnóstico de câncer do cônjuge", "desemprego em 2023", "falecimento do marido", "corte de horas na fábrica"]),
          dn=g.date("br", g.ri(2022, 2024)), sp=P(g.relative(a).full))
    doc.f("\nII — DA PROPOSTA DE PLANO DE PAGAMENTO\nPreservado o mínimo existencial (Decreto 11.150/2022), propõe-se o pagamento em «n» parcelas "
          "mensais de «v», iniciando-se 180 dias após a homologação, com depósito na conta de titularidade d«o» autor«a» — agência «ag», "
          "conta «cc» (Banco «b») — para controle.\n",
          n=g.pick([48, 60, 60]), v=brl(g, 300, 1500), o=a.o, a="a" if a.female else "", ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), b=g.pick(BANKS)[1])
    doc.f("\nIII — DOS PEDIDOS\na) a designação de audiência conciliatória global; b) a suspensão das cobranças e dos descontos; c) a gratuidade "
          "da justiça (declaração anexa); d) a exclusão do nome dos cadastros de inadimplentes.\n\nDá-se à causa o valor de «v».\n\n«c», «d».\n\n"
          "«adv»\n«oab»\n«em»\n",
          v=brl(g, 20000, 150000), c=city, d=g.date("long", 2025), adv=P(nf(g, adv, ["full", "caps"])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          em=(g.corp_mail(adv, g.pick(["adv.br", "jusbrasilmail.com.br", "gmail.com"])), "EMAIL_ADDRESS"))
    return doc


def p_first(p: Person) -> str:
    return "A autora" if p.female else "O autor"


def ju_procon_ata(g: Gen) -> Doc:
    """Procon/CEJUSC minutes of a global conciliation hearing (superendividamento), with the agreed plan."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    conc = g.person(True)
    doc.f("PROCON «c» — NÚCLEO DE TRATAMENTO DO SUPERENDIVIDAMENTO\nATA DE AUDIÊNCIA DE CONCILIAÇÃO EM BLOCO\nProcesso administrativo nº «pa»   "
          "Processo judicial vinculado: «cnj»\n\n",
          c=fold(city).upper(), pa=f"{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}/{g.ri(2024, 2025)}", cnj=g.cnj())
    adv = g.person()
    oab = g.council("OAB", uf)
    doc.f("Aos «d», às «h», na sala de conciliação «s», presentes a conciliadora «cc» e o(a) consumidor(a) «n», CPF «cpf», "
          "acompanhad«o» de «rep» «adv», «oab», compareceram os credores:\n",
          d=g.date("long"), h=g.hm(), s=g.ri(1, 6), cc=P(conc.full), n=P(c.caps), cpf=(g.cpf(), "BR_CPF"), o=c.o,
          rep=("sua advogada" if adv.female else "seu advogado") if g.chance(0.6) else "Defensor(a) Público(a)",
          adv=P(adv.full), oab=(oab, "PROFESSIONAL_ID"))
    for i in range(g.ri(3, 4)):
        pp = g.person()
        cr = g.pick(CREDITORS)[0]
        kind = g.ri(0, 2)
        if kind == 0:
            doc.f("- «cr», CNPJ «cn», representado pelo preposto «pp», RG «rg»;\n", cr=cr, cn=(g.cnpj(), "BR_CNPJ"),
                  pp=P(pp.full), rg=(g.rg(), "BR_RG"))
        elif kind == 1:
            doc.f("- «cr», por sua advogada/advogado «pp» («oab»), com carta de preposição;\n", cr=cr, pp=P(pp.full),
                  oab=(g.council("OAB"), "PROFESSIONAL_ID"))
        else:
            doc.f("- «cr»: AUSENTE, embora notificado em «d» (AR nº «ar») — aplica-se o art. 104-A, §2º, do CDC;\n",
                  cr=cr, d=g.date("br"), ar=f"{g.pick(['JT', 'YA', 'OV'])}{g.d(9)}BR")
    doc.f("\nRenda líquida declarada: «r». Mínimo existencial: «m». Valor disponível para o plano: «v»/mês.\n\nPLANO ACORDADO\n",
          r=brl(g, 1800, 7000), m=brl(g, 600, 600), v=brl(g, 200, 1600))
    rows = []
    for _ in range(g.ri(3, 4)):
        rows.append([V(g.pick(CREDITORS)[0]), V(brl(g, 900, 40000)), V(brl(g, 500, 20000)), V(f"{g.ri(12, 60)}x"), V(g.date("br", 2026))])
    table_md(doc, ["Credor", "Saldo apresentado", "Valor repactuado", "Parcelas", "1º vencimento"], rows)
    doc.f("\nO consumidor compromete-se a não contrair novas dívidas durante o plano. Pagamentos por boleto enviado ao e-mail «em» "
          "e aviso por WhatsApp «t».\nNada mais havendo, encerrou-se a presente ata, que vai assinada por todos.\n\n"
          "«cc2» — Conciliadora\n«n2» — Consumidor(a)\n«adv2» — «oab2»\n",
          em=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), cc2=P(nf(g, conc, ["full", "caps"])),
          n2=P(nf(g, c, ["full", "caps"])), adv2=P(adv.full), oab2=(oab, "PROFESSIONAL_ID"))
    return doc


def ju_sisbajud(g: Gen) -> Doc:
    """Enforcement decision with a SISBAJUD block report and a salary-garnishment ruling."""
    doc = Doc()
    city, uf = g.city()
    ex = g.person()
    juiz = g.person()
    credor = g.pick(["Banco Amado S.A.", "Fundo de Investimento em Direitos Creditórios Aurora NP", "Cooperativa de Crédito Esperança",
                     "Casas Amado Varejo S.A.", "Financeira Prudente S.A."])
    doc.f("Processo nº «cnj»\nClasse: Execução de Título Extrajudicial\nExequente: «cr» (CNPJ «cn»)\nExecutad«o»: «n» (CPF «cpf»)\n\n",
          cnj=g.cnj(), cr=credor, cn=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), o=ex.o, n=P(ex.caps), cpf=(g.cpf(), "BR_CPF"))
    doc.f("DETALHAMENTO DA ORDEM JUDICIAL DE BLOQUEIO DE VALORES — SISBAJUD\nProtocolo: «p»   Data da ordem: «d»   Valor: «v»\n"
          "Juiz solicitante: «j»\n\n",
          p=f"{g.ri(2024, 2025)}{g.d(10)}", d=g.date("br"), v=brl(g, 2000, 80000), j=P(juiz.caps))
    rows = []
    for _ in range(g.ri(2, 4)):
        code, bank = g.pick(BANKS)
        rows.append([V(f"{code} - {bank.upper()}"), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"),
                     V(brl(g, 0, 3000)), V(g.pick(["Cumprida parcialmente", "Cumprida integralmente", "Resposta negativa: sem saldo",
                                                  "Resposta negativa: conta inexistente"]))])
    table_fixed(doc, ["Instituição", "Agência", "Conta", "Valor bloqueado", "Resposta"], rows)
    doc.f("\nDECISÃO\nVistos. A parte executada alega, às fls. «f», que os valores bloqueados na conta «cc» provêm de salário "
          "(CTPS e holerites de «emp», CNPJ «ce») e que está superendividad«o», com «k» execuções em curso. "
          "A impenhorabilidade do art. 833, IV, do CPC não é absoluta (STJ, EREsp 1.874.222/DF). "
          "Assim, MANTENHO a penhora de 30% dos vencimentos líquidos e determino o desbloqueio do excedente. "
          "Indefiro a pesquisa RENAJUD quanto ao veículo placa «pl», já alienado fiduciariamente. "
          "Intime-se a patrona do executado, «adv» («oab»).\n\n«c», «d».\n«j» — «a» de Direito\n",
          f=g.ri(80, 420), cc=(g.account(), "BANK_ACCOUNT"),
          emp=g.pick(["Supermercado Esperança Ltda", "Transportadora Bento Amaral", "Prefeitura Municipal de " + city, "Hospital Santa Rosa"]),
          ce=(g.cnpj(), "BR_CNPJ"), o=ex.o, k=g.ri(2, 6), pl=(g.plate(), "LICENSE_PLATE"), adv=P(g.person(True).full),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), c=city, d=g.date("long", 2025), j=P(juiz.full), a="Juíza" if juiz.female else "Juiz")
    return doc


def ju_fiador(g: Gen) -> Doc:
    """Extrajudicial notice to a guarantor (fiador) and spouse for a debtor's unpaid loan/lease."""
    doc = Doc()
    f = g.person()
    sp = g.relative(f, not f.female)
    dev = g.person()
    adv = g.person()
    city, uf = g.city()
    kind = g.pick(["locação", "crédito"])
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\n«c», «d».\n\nNOTIFICADOS:\n«n», CPF «c1», RG «rg», e seu cônjuge «s», CPF «c2»\n«a»\n«b» — «ci»/«uf» — CEP «cep»\n\n",
          c=city, d=g.date("long"), n=P(f.caps), c1=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), s=P(sp.caps), c2=(g.cpf(), "BR_CPF"),
          a=(g.address("caps"), "ADDRESS"), b=g.pick(BAIRROS).upper(), ci=fold(city).upper(), uf=uf, cep=(g.cep(), "BR_CEP"))
    if kind == "locação":
        doc.f("Prezados,\nNa qualidade de FIADORES do contrato de locação do imóvel situado na «im», firmado em «df» pel«o» locatári«o» «dv», "
              "CPF «cd», vimos NOTIFICÁ-LOS de que há «k» aluguéis e encargos em atraso, totalizando «v» (planilha anexa), "
              "nos termos dos arts. 818 e seguintes do Código Civil e da Lei 8.245/91.\n",
              im=(g.address(), "ADDRESS"), df=g.date("br", g.ri(2019, 2023)), o=dev.o, dv=P(dev.full), cd=(g.cpf(), "BR_CPF"),
              k=g.ri(3, 9), v=brl(g, 4000, 40000))
    else:
        doc.f("Prezados,\nNa qualidade de DEVEDORES SOLIDÁRIOS/AVALISTAS da Cédula de Crédito Bancário nº «ccb», emitida em «df» por «dv» "
              "(CPF «cd»), vimos NOTIFICÁ-LOS do vencimento antecipado da dívida, no valor atualizado de «v», conforme cláusula «cl».\n",
              ccb=g.contract(), df=g.date("br", g.ri(2020, 2024)), dv=P(dev.full), cd=(g.cpf(), "BR_CPF"), v=brl(g, 4000, 90000), cl=g.ri(8, 22))
    doc.f("Concede-se o prazo de 10 (dez) dias para pagamento ou apresentação de proposta, sob pena de inclusão nos cadastros de "
          "proteção ao crédito (após comunicação prévia, art. 43, §2º, do CDC) e ajuizamento de ação de cobrança/execução, "
          "com pedido de penhora «pp».\n\nPagamento por Pix (chave aleatória do escritório): «pix» — ou depósito na agência «ag», conta «cc».\n\n",
          pp=g.pick(["do imóvel dado em garantia", "de salário até 30%", "de bens"]),
          pix=(g.uuid(), "PIX_KEY"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("Atenciosamente,\n\n«adv»\n«oab»\n«ofc» — «em» — «t»\n",
          adv=P(nf(g, adv, ["full", "caps"])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          ofc=g.pick(["Zanella & Macambira Advogados Associados", "Escritório Leão Prudente Advocacia", "Rosa & Bento Sociedade de Advogados"]),
          em=(g.corp_mail(adv, "advocaciaxyz.adv.br"), "EMAIL_ADDRESS"), t=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"))
    doc.f("\nRecebi a 1ª via em ___/___/____: ______________________ («n»)\n", n=P(nf(g, f, ["full", "short"])))
    return doc


def ju_sentenca(g: Gen) -> Doc:
    """Judgment in a small-claims action on wrongful credit-bureau listing (negativação indevida)."""
    doc = Doc()
    a = g.person()
    juiz = g.person()
    city, uf = g.city()
    reu = g.pick(["Telefonia Vivaz S.A.", "Banco Amado S.A.", "Magazine Rosa Branca S.A.", "Energia Esperança Distribuidora S.A.",
                  "Ativos Recuperação de Crédito S.A.", "Financeira Prudente S.A."])
    doc.f("PODER JUDICIÁRIO DO ESTADO — «v» DE «c»\nAutos nº «cnj»\nAutor«a»: «n»\nRéu: «r»\n\nSENTENÇA\n\n",
          v=g.pick(COURTS).upper(), c=fold(city).upper(), cnj=g.cnj(), a="a" if a.female else "", n=P(a.full), r=reu)
    doc.f("Dispensado o relatório (art. 38 da Lei 9.099/95). Trata-se de ação declaratória de inexistência de débito cumulada com "
          "indenização por danos morais, em que «n» (CPF «cpf») afirma ter sido inscrit«o» no SPC/Serasa pela ré em «di», "
          "pelo valor de «v», referente ao contrato «ct», que desconhece. A ré, citada, alega regularidade da contratação "
          "por meio digital, juntando \"selfie\" e registro de IP «ip», e aponta como telefone cadastrado «t», que a parte autora nega ser seu "
          "(o seu é «t2»).\n\n",
          n=P(nf(g, a, ["full", "short"])), cpf=(g.cpf(), "BR_CPF"), o=a.o, di=g.date("br"), v=brl(g, 80, 5000), ct=g.contract(),
          ip=(g.ip(), "IP_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(), "PHONE_NUMBER"))
    doc.f("O endereço informado no contrato («ad», CEP «cep») diverge do comprovante de residência d«o» autor«a». A assinatura eletrônica "
          "não foi validada por ICP-Brasil. Não se aplica a Súmula 385 do STJ, pois as demais anotações (Crefisa, Enel) foram "
          "excluídas antes do ajuizamento. Testemunha ouvida: «w», vizinh«wo», confirmou que «n» nunca residiu no endereço.\n\n",
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), o=a.o, a="a" if a.female else "",
          w=P(nf(g, (wp := g.person()), ["full", "short"])), wo=wp.o, n=P(a.first))
    doc.f("Ante o exposto, JULGO PROCEDENTES os pedidos para: a) declarar inexistente o débito de «v»; b) determinar a exclusão "
          "definitiva da anotação em 5 dias, sob pena de multa diária de R$ 200,00; c) condenar a ré ao pagamento de «dm» a título "
          "de danos morais, corrigidos desde esta data e com juros desde o evento danoso (Súmula 54 STJ).\n"
          "Sem custas e honorários (art. 55 da Lei 9.099/95). P.R.I.\n\n«c», «d».\n\n«j»\n«ja» de Direito\n",
          v=brl(g, 80, 5000), dm=brl(g, 3000, 15000), c=city, d=g.date("br", 2025), j=P(nf(g, juiz, ["full", "caps"])),
          ja="Juíza" if juiz.female else "Juiz")
    return doc


def ju_carta_cobranca(g: Gen) -> Doc:
    """Extrajudicial collection letter from a collection law firm, with a debt table and negotiator contact."""
    doc = Doc()
    c = g.person()
    neg = g.person()
    adv = g.person()
    city, uf = g.city()
    firm = g.pick(COLLECTORS)
    doc.f("«fm»\n«c», «d»\n\nA(o) Sr(a).\n«n»\n«a»\n«b»\n«cep» «ci» - «uf»\n\nRef.: Débito em atraso — «cr» — CPF «cpf»\n\n",
          fm=firm.upper(), c=city, d=g.date("br"), n=P(c.caps), a=(g.address("caps"), "ADDRESS"), b=g.pick(BAIRROS).upper(),
          cep=(g.cep(), "BR_CEP"), ci=fold(city).upper(), uf=uf, cr=g.pick(CREDITORS)[0], cpf=(g.cpf(), "BR_CPF"))
    doc.f("Prezad«o» «n»,\n\nEste escritório foi contratado para a cobrança amigável dos débitos abaixo, vinculados ao seu CPF:\n\n",
          o=c.o, n=P(nf(g, c, ["first", "full", "short"])))
    rows = []
    for _ in range(g.ri(2, 4)):
        rows.append([V(g.contract()), V(g.date("br", g.ri(2021, 2024))), V(brl(g, 100, 6000)), V(brl(g, 150, 9000))])
    table_fixed(doc, ["Contrato", "Vencimento", "Valor original", "Valor atualizado"], rows)
    doc.f("\nPara quitação com até «p»% de desconto, entre em contato até «dl» com «ng», sua negociador«na», pelo WhatsApp «t» ou e-mail «em» "
          "(horário comercial), ou pela central 0800 «z». Caso já tenha efetuado o pagamento, desconsidere este aviso.\n\n"
          "Informamos que a cobrança observa o art. 42 do CDC: você não será exposto a ridículo nem a constrangimento. "
          "Não ligaremos para seu local de trabalho nem para parentes, salvo o fiador indicado no contrato («fd»).\n\n"
          "«adv»\n«oab»\n\nCódigo de barras: «bl»\n",
          p=g.pick([50, 70, 85, 90]), dl=g.date("br"), ng=P(nf(g, neg, ["first", "short", "full"])), na="a" if neg.female else "",
          t=(g.phone(), "PHONE_NUMBER"), em=(g.corp_mail(neg, "recupera.com.br"), "EMAIL_ADDRESS"), z=f"{g.d(3)} {g.d(4)}",
          fd=P(g.person().full), adv=P(adv.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"), bl=g.boleto())
    return doc


def ju_email_calculo(g: Gen) -> Doc:
    """E-mail thread between lawyers on an execution: debtor, guarantor, vehicle, CNH suspension request."""
    doc = Doc()
    a1, a2 = g.person(), g.person()
    ex, av = g.person(), g.person()
    dom1, dom2 = "macambira.adv.br", g.pick(["bentoeleao.com.br", "prudenteadvocacia.com.br", "aurora-juridico.com.br"])
    e1, e2 = g.corp_mail(a1, dom1), g.corp_mail(a2, dom2)
    doc.f("De: «a1» <«e1»>\nPara: «a2» <«e2»>\nCc: juridico@«d1»\nData: «d» «h»\nAssunto: RES: Execução «cnj» — cálculo atualizado e pedidos\n\n",
          a1=P(a1.full), e1=(e1, "EMAIL_ADDRESS"), a2=P(a2.full), e2=(e2, "EMAIL_ADDRESS"), d1=dom1, d=g.date("br"), h=g.hm(), cnj=g.cnj())
    doc.f("«x»,\n\nSegue a planilha atualizada até «dt» (INPC + 1% a.m.), total de «v». Sobre os pedidos:\n\n"
          "1. Executad«o»: «n» — CPF «cpf», CNH «cnh». Como o SISBAJUD voltou negativo, vamos pedir a suspensão da CNH e do passaporte "
          "(art. 139, IV, CPC), sabendo que a 3ª Turma tem sido restritiva.\n"
          "2. Avalista: «av», CPF «cpfa», nascid«ao» em «dob» — tem 70+, o que pode pesar no pedido de penhora do imóvel da «rua».\n"
          "3. RENAJUD: dois veículos em nome do executado, placas «p1» e «p2»; o segundo tem alienação fiduciária (RENAVAM «ren»).\n"
          "4. O CPF «bad» que consta na inicial está errado (digitação), vou retificar.\n\n"
          "Abs.,\n«a1f»\n«oab1»\n\n",
          x=P(a2.first), dt=g.date("br"), v=brl(g, 10000, 300000), o=ex.o, n=P(ex.full), cpf=(g.cpf(), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"),
          av=P(av.full), cpfa=(g.cpf(), "BR_CPF"), ao=av.o, dob=(g.dob(g.pick(["br", "long"]), 1940, 1955), "DATE_OF_BIRTH"),
          rua=g.pick(["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Rui Barbosa"]), p1=(g.plate(), "LICENSE_PLATE"),
          p2=(g.plate(), "LICENSE_PLATE"), ren=g.neg(11), bad=g.bad_cpf("dot"), a1f=P(a1.first), oab1=(g.council("OAB"), "PROFESSIONAL_ID"))
    doc.f("-----Mensagem original-----\nDe: «a2» <«e2»>\nEnviada em: «d»\n\n«x», a cliente quer tentar acordo antes. O executado me ligou do "
          "«t» dizendo que está superendividado e que procurou o Procon. Ele indicou a irmã, «ir», como possível garantidora.\n"
          "Att., «a2f» — «oab2»\n",
          a2=P(nf(g, a2, ["full", "caps"])), e2=(e2, "EMAIL_ADDRESS"), d=g.date("br"), x=P(a1.first), t=(g.phone(), "PHONE_NUMBER"),
          ir=P(g.relative(ex, True).full), a2f=P(a2.first), oab2=(g.council("OAB"), "PROFESSIONAL_ID"))
    return doc


# =========================================================================== saude

HOSPITALS = ["Hospital Santa Rosa", "Santa Casa de Misericórdia", "Hospital Bento de Abreu", "Hospital São Bento",
             "Maternidade Aurora", "Hospital Prudente de Morais", "Clínica Vitória", "Hospital da Luz"]
PLANS = ["Amado Saúde", "Vitória Assistência Médica", "UniEsperança Cooperativa Médica", "Aurora Saúde Planos", "Prudente Med"]


def sa_conta_hospitalar(g: Gen) -> Doc:
    """Hospital billing department's letter on an unpaid private stay, with patient and guarantor data."""
    doc = Doc()
    pac = g.person()
    resp = g.relative(pac)
    fat = g.person()
    hosp = g.pick(HOSPITALS)
    city, uf = g.city()
    doc.f("«h» — SETOR DE FATURAMENTO E COBRANÇA\n«c»/«uf», «d»\n\nCOMUNICADO DE DÉBITO — CONTA HOSPITALAR PARTICULAR\n\n",
          h=hosp.upper(), c=city, uf=uf, d=g.date("br"))
    doc.f("Paciente: «p»   Prontuário: «pr»   Nasc.: «dob»\nCNS: «cns»   Atendimento nº «at»   Internação: «di» a «da»\nCID principal: «cid»\n\n",
          p=P(pac.caps), pr=g.d(7), dob=(g.dob(g.pick(["br", "short"])), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), at=g.d(9),
          di=(dd := g.date_pair())[0], da=dd[1], cid=g.pick(CIDS))
    doc.f("Responsável financeiro (termo assinado na admissão): «r», CPF «cpf», RG «rg»\nEndereço: «a» — «b» — CEP «cep»\nTelefones: «t1» / «t2»\n"
          "E-mail: «em»\n\n",
          r=P(resp.full), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"),
          t1=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(mobile=False), "PHONE_NUMBER"), em=(g.email(resp), "EMAIL_ADDRESS"))
    doc.t("Demonstrativo resumido:\n")
    tot = 0
    for item in g.rng.sample(["Diárias de enfermaria", "Diárias de UTI adulto", "Materiais e medicamentos", "Honorários médicos",
                              "Exames de imagem", "Hemocomponentes", "Taxa de sala cirúrgica", "OPME (prótese)"], 4):
        v = g.ri(800, 40000)
        tot += v
        doc.f("  «i» .......... R$ «v»,00\n", i=item, v=f"{v:,}".replace(",", "."))
    doc.f("  TOTAL ............ R$ «t»,00 (vencido em «dv»)\n\n", t=f"{tot:,}".replace(",", "."), dv=g.date("br"))
    doc.f("O plano «pl» negou cobertura por carência (negativa nº «ng»), e por isso a conta foi convertida em particular. "
          "Oferecemos parcelamento em até «n»x no boleto ou no cartão de crédito, sem juros. Caso não haja manifestação em 15 dias, "
          "o débito será encaminhado à «co» e poderá haver inclusão em cadastro de inadimplentes.\n\n"
          "Atenciosamente,\n«f» — Analista de faturamento — ramal «r»\n«fe»\n",
          pl=g.pick(PLANS), ng=g.protocol(), n=g.pick([10, 12, 18, 24]), co=g.pick(COLLECTORS), f=P(fat.full), r=g.d(4),
          fe=(g.corp_mail(fat, "santarosa.org.br"), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("\n[anotação manuscrita digitalizada] ligou a filha «fi» pedindo parcelar em 24x, disse que «pai» «pp» está "
              "com o nome sujo e sem cartão — retorno «t»\n", fi=P(g.relative(pac, True).first), pai="a mãe" if pac.female else "o pai", pp=P(pac.first.lower() if g.chance(0.3) else pac.first),
              t=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_laudo(g: Gen) -> Doc:
    """Medical report attached to a hardship claim (superendividamento / suspension of payroll deductions)."""
    doc = Doc()
    pac = g.person()
    med = g.person()
    uf = g.pick(UFS)
    crm = g.council("CRM", uf)
    cid1, cid2 = g.rng.sample(CIDS, 2)
    doc.f("«clin»\n«end_clin» — Tel. 0800 «z»\n\nLAUDO MÉDICO\n\nPaciente: «p»\nData de nascimento: «dob»     RG: «rg»     CPF: «cpf»\nCartão SUS: «cns»\n\n",
          clin=g.pick(["Clínica Vitória de Oncologia", "Centro Médico Aurora", "Ambulatório de Especialidades Dr. Bento Amaral",
                       "Policlínica Rosa dos Ventos", "Instituto de Cardiologia da Luz"]),
          end_clin=g.pick(["Av. Getúlio Vargas, 1200 — 3º andar", "Rua Treze de Maio, 455 — sala 12", "Praça da Esperança, 80"]),
          z=f"{g.d(3)} {g.d(4)}", p=P(nf(g, pac, ["full", "caps"])), dob=(g.dob(g.pick(["br", "long", "dot"])), "DATE_OF_BIRTH"),
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"))
    doc.f("Atesto, para fins de instrução de pedido de repactuação de dívidas / revisão de descontos em folha, que «o» paciente acima "
          "encontra-se em acompanhamento neste serviço desde «ds», com diagnóstico de «dx» (CID-10 «c1»), associado a «dx2» (CID-10 «c2»). "
          "Em razão do tratamento («tr»), está «inc» desde «di», com redução significativa da renda familiar e gastos mensais "
          "com medicamentos não fornecidos pelo SUS estimados em «v».\n\n",
          o="a" if pac.female else "o", ds=g.date("br", g.ri(2021, 2024)),
          dx=(x1 := g.pick([("neoplasia maligna de mama", "C50.9"), ("doença renal crônica em hemodiálise", "N18.5"),
                            ("insuficiência cardíaca", "I50.0"), ("esclerose múltipla", "G35"), ("sequela de AVC", "I69.4"),
                            ("neoplasia maligna do cólon", "C18.9")]))[0], c1=x1[1],
          dx2=(x2 := g.pick([("transtorno depressivo", "F32.2"), ("quadro ansioso grave", "F41.1"), ("reação aguda ao estresse", "F43.0"),
                             ("dependência de álcool", "F10.2")]))[0], c2=x2[1],
          tr=g.pick(["quimioterapia semanal", "hemodiálise 3x/semana", "reabilitação motora", "internações recorrentes"]),
          inc=g.pick(["incapacitad" + pac.o + " para o trabalho", "afastad" + pac.o + " pelo INSS (B31)", "em licença médica"]),
          di=g.date("br", 2024), v=brl(g, 300, 3500))
    doc.f("Acompanhante/cuidador(a) principal: «cu» («rel»), telefone «t».\nPrognóstico: «pg». Sugere-se avaliação psicológica e "
          "encaminhamento ao serviço social.\n\n«c», «d».\n\n«m»\n«crm»   RQE «rqe»\n",
          cu=P(g.relative(pac).full), rel=g.pick(["cônjuge", "filha", "irmão", "mãe"]), t=(g.phone(), "PHONE_NUMBER"),
          pg=g.pick(["reservado", "favorável com tratamento", "incapacidade prolongada, reavaliação em 6 meses"]),
          c=g.city()[0], d=g.date("long", 2025), m=P(nf(g, med, ["full", "caps"])), crm=(crm, "PROFESSIONAL_ID"), rqe=g.d(5))
    return doc


def sa_plano_atraso(g: Gen) -> Doc:
    """Health-plan arrears notice (60 days, Lei 9.656/98) to the holder, listing dependants."""
    doc = Doc()
    tit = g.person()
    plan = g.pick(PLANS)
    city, uf = g.city()
    dd, mm, yy = g.ri(1, 28), g.ri(1, 12), g.ri(1955, 1990)
    doc.f("«pl» — Registro ANS nº «ans»\nNOTIFICAÇÃO DE INADIMPLÊNCIA (art. 13, parágrafo único, II, da Lei 9.656/98)\n\n"
          "Ao(À) titular: «n»\nCPF: «cpf»   Nasc.: «dob»\n«a», «ci»/«uf», CEP «cep»\nE-mail cadastrado: «em»   Celular: «t»\n\n",
          pl=plan.upper(), ans=g.d(6), n=P(tit.caps), cpf=(g.cpf(), "BR_CPF"), dob=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"),
          a=(g.address(), "ADDRESS"), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"), em=(g.email(tit), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("Contrato nº «ct» — Plano «pp» — Beneficiários vinculados:\n", ct=g.contract(),
          pp=g.pick(["Enfermaria Regional", "Apartamento Nacional", "Essencial Coparticipativo"]))
    rows = [[P(nf(g, tit, ["full", "caps"])), V("titular"), V(g.d(3) + " " + g.d(4) + " " + g.d(6) + " " + g.d(2)),
             (fmt_date(dd, mm, yy, g.pick(["br", "iso"])), "DATE_OF_BIRTH"), (g.cns(True), "BR_CNS")]]
    for vin in ["cônjuge", "filho(a)", "filho(a)"][:g.ri(1, 3)]:
        dep = g.relative(tit)
        lo, hi = (yy - 6, yy + 6) if vin == "cônjuge" else (yy + 20, min(yy + 40, 2022))
        rows.append([P(nf(g, dep, ["full", "caps"])), V(vin), V(g.d(3) + " " + g.d(4) + " " + g.d(6) + " " + g.d(2)),
                     (g.dob(g.pick(["br", "iso"]), lo, hi), "DATE_OF_BIRTH"), (g.cns(True), "BR_CNS")])
    table_fixed(doc, ["Beneficiário", "Vínculo", "Carteirinha", "Nascimento", "CNS"], rows)
    doc.f("\nConstam em aberto as mensalidades de «m1» e «m2», no total de «v» (com multa de 2% e juros de 1% a.m.). O não pagamento até "
          "«dl» — 60º dia de inadimplência — autoriza a rescisão unilateral do contrato, exceto para beneficiário internado. "
          "Para renegociar (feirão de regularização «ano»), ligue 0800 «z» ou responda a esta notificação.\n"
          "Se o pagamento foi feito por débito automático na agência «ag», conta «cc», favor desconsiderar.\n\n"
          "«at» — Núcleo de Cobrança · «ate»\n",
          m1=MONTHS[(mi := g.ri(0, 9))] + "/2025", m2=MONTHS[mi + 1] + "/2025", v=brl(g, 400, 6000), dl=g.date("br", 2025), ano=2025,
          z=f"{g.d(3)} {g.d(4)}", ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          at=P((atp := g.person()).full), ate=(g.corp_mail(atp, "amadosaude.com.br"), "EMAIL_ADDRESS"))
    doc.f("\nAR digital: entregue em «de» a «rec» (documento «rd»)\n", de=g.date("br"), rec=P(nf(g, g.relative(tit), ["caps", "full"])),
          rd=(g.rg(), "BR_RG"))
    return doc


def sa_caps(g: Gen) -> Doc:
    """Referral of an over-indebted consumer to the CAPS (mental-health service) by the Procon psychologist."""
    doc = Doc()
    u = g.person()
    psi = g.person()
    ass = g.person(True)
    city, uf = g.city()
    doc.f("FICHA DE REFERÊNCIA / CONTRARREFERÊNCIA — RAPS «c»\nOrigem: Procon «c» — Núcleo de Superendividamento   Destino: CAPS II «cp»\n"
          "Data: «d»   Prioridade: «pr»\n\n",
          c=fold(city).upper(), cp=g.pick(["Aurora", "Esperança", "Nise da Silveira", "Vila Prudente", "Luz do Sol"]), d=g.date("br"),
          pr=g.pick(["urgente", "alta", "rotina"]))
    doc.f("IDENTIFICAÇÃO\nNome: «n»   Nome social: «ns»\nNascimento: «dob»   Sexo: «s»   CNS: «cns»\nMãe: «m»\nEndereço: «a», «b»   CEP: «cep»\n"
          "Telefone: «t»   Contato de referência: «cr» («rel») «t2»\n\n",
          n=P(u.full), ns="—", dob=(g.dob(), "DATE_OF_BIRTH"), s="F" if u.female else "M", cns=(g.cns(), "BR_CNS"),
          m=P(g.relative(u, True).full), a=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"), cr=P(nf(g, g.relative(u), ["full", "first"])), rel=g.pick(["esposa", "filho", "irmã", "vizinha"]),
          t2=(g.phone(), "PHONE_NUMBER"))
    doc.f("MOTIVO DO ENCAMINHAMENTO\nUsuári«o» atendid«o» em «da» para repactuação de dívidas (Lei 14.181/2021), com dívidas de «v» em «k» credores. "
          "Durante o atendimento relatou «sx». Hipótese: «cid». «fam»\n\n",
          o=u.o, da=g.date("br"), v=brl(g, 8000, 180000), k=g.ri(3, 11),
          sx=g.pick(["ideação suicida sem plano, insônia e choro frequente", "crises de pânico ao receber ligações de cobrança",
                     "uso abusivo de álcool desde que perdeu o emprego", "compulsão por apostas online (bets) e compras no cartão"]),
          cid="CID " + g.pick(["F32.2", "F41.0", "F10.2", "F63.0", "F43.2", "Z59.6"]),
          fam=g.pick(["", "Refere que a esposa também foi negativada por ser avalista.", "Mora sozinh" + u.o + "; filhos em outro estado."]))
    doc.f("Profissionais:\n«ps», psicólog«po» — «crp»\n«as», assistente social — «cress»\n\n",
          ps=P(psi.full), po=psi.o, crp=(g.council("CRP"), "PROFESSIONAL_ID"), **{"as": P(ass.full)},
          cress=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    doc.f("CONTRARREFERÊNCIA (preenchido pelo CAPS em «d»):\nAcolhid«o» por «tr» («coren»). Inserid«o» no grupo terapêutico de terça e "
          "consulta psiquiátrica com «md» («crm») em «dc».\n",
          d=g.date("br"), o=u.o, tr=P(g.person().short), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          md=P(g.person().full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), dc=g.date("br"))
    return doc


def sa_servico_social(g: Gen) -> Doc:
    """Hospital social-service record: family of a long-stay patient, debts, benefits and documents checklist."""
    doc = Doc()
    pac = g.person()
    ass = g.person(True)
    hosp = g.pick(HOSPITALS)
    doc.f("«h» — SERVIÇO SOCIAL\nEVOLUÇÃO / ESTUDO SOCIOECONÔMICO\nLeito «l»   Registro «r»   Data «d»\n\n",
          h=hosp.upper(), l=f"{g.ri(1, 6)}{g.ri(0, 3)}{g.ri(1, 9)}-{g.pick('AB')}", r=g.d(8), d=g.date("br"))
    by = g.ri(1940, 1985)
    doc.f("Paciente: «p», «i» anos, nasc. «dob», CNS «cns», NIS «nis»\nDocumentos conferidos: RG «rg», CPF «cpf», título «te»\n\n",
          p=P(pac.full), i=2025 - by - g.ri(0, 1), dob=(g.dob("br", by, by), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), nis=(g.pis("raw"), "BR_PIS"),
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), te=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.t("Rede familiar:\n")
    for _ in range(g.ri(2, 3)):
        r = g.relative(pac)
        doc.f("- «n» («rel»), «t»«x»\n", n=P(nf(g, r, ["full", "short", "first"])),
              rel=g.pick(["filha", "irmã", "nora", "neta"] + (["esposa"] if not pac.female else [])) if r.female else
              g.pick(["filho", "irmão", "genro", "neto"] + (["marido"] if pac.female else [])),
              t=(g.phone(), "PHONE_NUMBER"),
              x=g.pick(["", ", mora no mesmo endereço", ", trabalha de dia, visita à noite", ", CPF " ]))
        if doc.text.endswith("CPF "):
            doc.e(g.cpf(), "BR_CPF")
            doc.t("\n")
    doc.f("Endereço da família: «a» — CEP «cep»\n\n", a=(g.address(g.pick(["text", "low"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("Situação: renda familiar de «r» (BPC + bicos). A família relata dívidas com «c1», «c2» e empréstimo consignado feito "
          "pelo paciente «y»; o cartão de crédito foi usado para comprar a cadeira de rodas. Há desconto de RMC no benefício que o "
          "paciente não reconhece. Código familiar CadÚnico «cad».\n\nConduta: orientada sobre isenção de tarifa de energia (Tarifa Social), "
          "encaminhada ao Procon e à Defensoria para revisão do consignado; solicitado relatório médico à «md» («crm»).\n\n"
          "«as» — Assistente Social — «cress»\n",
          r=brl(g, 1412, 3000), c1=g.pick(CREDITORS)[0], c2=g.pick(CREDITORS)[0], y=g.pick(["em 2023", "há dois anos", "por telefone, sem entender"]),
          cad=g.neg(11), md=P(g.person(True).full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), **{"as": P(ass.full)},
          cress=(g.council("CRESS"), "PROFESSIONAL_ID"))
    return doc


def sa_psiq(g: Gen) -> Doc:
    """Psychiatric outpatient note of a patient in debt crisis (gambling, payday loans), with family contacts."""
    doc = Doc()
    pac = g.person()
    md = g.person()
    doc.f("AMBULATÓRIO DE SAÚDE MENTAL — EVOLUÇÃO\n«d» «h» | Médic«mo»: «m» («crm»)\nPaciente: «p» | DN «dob» | CNS «cns» | Tel. «t»\n\n",
          d=g.date("br"), h=g.hm(), mo="a" if md.female else "o", m=P(md.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          p=P(nf(g, pac, ["full", "caps"])), dob=(g.dob("br"), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("S: «q» Refere «k» empréstimos em fintechs (\"empréstimo na hora pelo app\"), cartões estourados e agiota. "
          "Diz que a cobrança liga até 15x por dia, inclusive para a mãe, «mae». «x»\n",
          q=g.pick(["\"Doutor, eu não durmo mais.\"", "\"Perdi tudo nas bets.\"", "\"Minha vida virou boleto.\"", "Vem acompanhad" + pac.o + " da esposa."]),
          k=g.ri(3, 9), mae=P(g.relative(pac, True).full),
          x=g.pick(["", "Nega ideação suicida no momento.", "Relata ideação passiva, sem plano."]))
    doc.f("O: vigil, orientad«o», humor deprimido, afeto congruente, ansiedade importante. PA «pa».\n", o=pac.o, pa=f"{g.ri(100, 160)}x{g.ri(60, 100)}")
    doc.f("A: «c1» + «c2» (jogo patológico / endividamento).\nP: «med»; manter psicoterapia com «psi» («crp»); orientado a procurar "
          "o Procon/Defensoria para plano de pagamento; contato de apoio: «ct» («rel») «t2». Retorno em «r» dias.\n",
          c1=g.pick(["F32.1", "F33.1", "F41.1"]), c2=g.pick(["F63.0", "Z59.6", "F10.1"]),
          med=g.pick(["sertralina 50 mg 1x/dia", "escitalopram 10 mg", "naltrexona 50 mg + sertralina 100 mg", "mirtazapina 15 mg à noite"]),
          psi=P(g.person().full), crp=(g.council("CRP"), "PROFESSIONAL_ID"), ct=P(nf(g, g.relative(pac), ["first", "full"])),
          rel=g.pick(["irmã", "esposa", "filho", "cunhado"]), t2=(g.phone(), "PHONE_NUMBER"), r=g.pick([15, 30, 45]))
    if g.chance(0.6):
        doc.f("Obs.: paciente pediu declaração de comparecimento para o RH da «emp» e cópia deste relatório para o advogado «adv» («oab»).\n",
              emp=g.pick(["Frigorífico Prudente", "Supermercado Esperança", "Prefeitura", "Transportadora Bento Amaral"]),
              adv=P(g.person().full), oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    return doc


def sa_acordo_hospital(g: Gen) -> Doc:
    """Debt confession and instalment agreement for a hospital bill, with card and debit authorisation and witnesses."""
    doc = Doc()
    dev = g.person()
    hosp = g.pick(HOSPITALS)
    pac = g.relative(dev)
    doc.f("TERMO DE CONFISSÃO DE DÍVIDA E ACORDO DE PARCELAMENTO nº «n»\n\nCREDOR: «h» (mantida por Associação Beneficente «hb»), CNPJ «cn».\n"
          "DEVEDOR(A): «d», CPF «cpf», RG «rg», nascid«o» em «dob», residente na «a», CEP «cep», celular «t», e-mail «em».\n"
          "PACIENTE: «p» (CNS «cns»), atendimento de «da».\n\n",
          n=f"{g.d(4)}/{g.ri(2024, 2025)}", h=hosp, hb=g.pick(["Santa Rosa", "Bento de Abreu", "Aurora"]), cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          d=P(dev.full), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), o=dev.o, dob=(g.dob("br"), "DATE_OF_BIRTH"),
          a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), em=(g.email(dev), "EMAIL_ADDRESS"),
          p=P(pac.full), cns=(g.cns(), "BR_CNS"), da=g.date("br"))
    n = g.pick([6, 10, 12, 18])
    doc.f("Cláusula 1ª — O(A) DEVEDOR(A) reconhece dever «v», que será pago em «k» parcelas de «pv», vencendo a primeira em «d1».\n"
          "Cláusula 2ª — Forma de pagamento: «fp»\n",
          v=brl(g, 3000, 60000), k=n, pv=brl(g, 200, 3000), d1=g.date("br"),
          fp=g.pick(["cartão", "débito"]))
    if doc.text.endswith("cartão\n"):
        doc.text = doc.text[:-len("cartão\n")]
        doc.f("cobrança recorrente no cartão de crédito «cc», validade «val», titular «tt».\n", cc=(g.card(g.chance(0.7)), "CREDIT_CARD"),
              val=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", tt=P(dev.caps))
    else:
        doc.text = doc.text[:-len("débito\n")]
        bk = g.pick(BANKS)
        doc.f("débito automático no banco «b» («bc»), agência «ag», conta corrente «cc».\n", b=bk[1], bc=bk[0], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("Cláusula 3ª — O atraso superior a 30 dias acarreta o vencimento antecipado e a inclusão do nome nos cadastros de proteção ao crédito.\n"
          "Cláusula 4ª — Fica eleito o foro da comarca de «c».\n\n«c», «dt».\n\n_______________________ «d»\n_______________________ p/ credor: «rc»\n\n"
          "Testemunhas:\n1. «w1» — CPF «c1»\n2. «w2» — CPF «c2»\n",
          c=g.city()[0], dt=g.date("br"), d=P(nf(g, dev, ["full", "caps"])), rc=P(g.person().full),
          w1=P(g.person().full), c1=(g.cpf(), "BR_CPF"), w2=P(g.person().full), c2=(g.cpf(), "BR_CPF"))
    return doc


# =========================================================================== financeiro


def fi_fintech_api(g: Gen) -> Doc:
    """Personal-loan application log of a fintech (request JSON and decision), with KYC and disbursement data."""
    doc = Doc()
    c = g.person()
    ref = g.person()
    fin = g.pick(FINTECHS)
    city, uf = g.city()
    day = g.date("iso")
    doc.f("[«ts»] INFO  loan-origination  POST /v2/applications 201 req_id=«rq» partner=«p»\n", ts=day + " " + g.hms(),
          rq=g.hexs(24), p=fin)
    doc.t("{\n")
    doc.f('  "application_id": "«a»",\n  "product": "«pr»",\n  "amount_requested": «v»,\n  "installments": «n»,\n',
          a=g.uuid(), pr=g.pick(["emprestimo_pessoal", "antecipacao_fgts", "credito_com_garantia_veiculo", "consignado_privado"]),
          v=g.ri(300, 15000), n=g.pick([3, 6, 12, 18, 24]))
    doc.f('  "applicant": {\n    "full_name": "«n»",\n    "cpf": "«cpf»",\n    "birth_date": "«dob»",\n    "mother_name": "«m»",\n'
          '    "email": "«em»",\n    "phone": "«t»",\n',
          n=P(jstr(nf(g, c, ["full", "caps", "low"]))), cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), dob=(g.dob("iso", 1960, 2005), "DATE_OF_BIRTH"),
          m=P(jstr(g.relative(c, True).caps)), em=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone("e164"), "PHONE_NUMBER"))
    doc.f('    "document": {"type": "CNH", "number": "«cnh»", "uf": "«uf»"},\n', cnh=(g.cnh(), "BR_CNH"), uf=uf)
    doc.f('    "address": {"line": "«a»", "district": "«b»", "city": "«c»", "state": "«uf»", "zip": "«z»"},\n',
          a=(jstr(g.address()), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf, z=(g.cep(g.chance(0.3)), "BR_CEP"))
    doc.f('    "employer": {"name": "«e»", "cnpj": "«cn»"},\n    "monthly_income": «i»\n  },\n',
          e=g.pick(["Supermercado Esperança Ltda", "Haddad & Saad Comércio", "Transportadora Bento Amaral", "MEI"]),
          cn=(g.cnpj(g.pick(["dot", "raw"]), alnum=g.chance(0.3)), "BR_CNPJ"), i=g.ri(1412, 9000))
    if g.chance(0.5):
        doc.f('  "collateral": {"vehicle_plate": "«pl»", "renavam": "«rv»", "fipe": «fp»},\n', pl=(g.plate(), "LICENSE_PLATE"), rv=g.neg(11),
              fp=g.ri(15000, 90000))
    doc.f('  "reference_contact": {"name": "«r»", "relation": "«rl»", "phone": "«rt»"},\n',
          r=P(nf(g, ref, ["full", "first"])), rl=g.pick(["amiga", "irmã", "colega", "mãe"] if ref.female else ["amigo", "irmão", "colega", "pai"]), rt=(g.phone("raw"), "PHONE_NUMBER"))
    doc.f('  "disbursement": {"method": "pix", "pix_key_type": "EVP", "pix_key": "«pk»", "bank": "«b»", "branch": "«ag»", "account": "«cc»"},\n',
          pk=(g.uuid(), "PIX_KEY"), b=g.pick(BANKS)[0], ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f('  "device": {"ip": "«ip»", "fingerprint": "«fp»", "geo": "«geo»"}\n}\n', ip=(g.ip(), "IP_ADDRESS"), fp=g.hexs(32),
          geo=f"-{g.ri(1, 30)}.{g.d(4)},-{g.ri(35, 60)}.{g.d(4)}")
    doc.f("[«ts»] WARN  bureau-check  score=«s» restricoes=«k» valor_total_restricoes=«v» cet_aa=«cet»% decision=«d»\n",
          ts=day + " " + g.hms(), s=g.ri(150, 900), k=g.ri(0, 8), v=g.money(0, 20000), cet=g.ri(90, 900),
          d=g.pick(["APPROVED", "DECLINED", "MANUAL_REVIEW"]))
    if g.chance(0.5):
        doc.f("[«ts»] INFO  manual-review  analyst=«an» note=\"«nt»\"\n", ts=day + " " + g.hms(), an=g.pick(["ana.r", "svc-antifraude", "bot-kyc"]),
              nt=g.pick(["selfie ok, CNH confere", "mais de 5 empréstimos ativos em outras SCDs — possível superendividamento",
                         "telefone de referência não atende", "CPF com 3 consultas em 24h"]))
    return doc


def fi_extrato_bloqueio(g: Gen) -> Doc:
    """Bank account statement with Pix traffic and a SISBAJUD judicial block on the salary."""
    doc = Doc()
    c = g.person()
    code, bank = g.pick(BANKS)
    month = g.ri(1, 12)
    doc.f("«b» — EXTRATO DE CONTA CORRENTE\nCliente: «n»   CPF: «cpf»\nAgência: «ag»   Conta: «cc»   Período: «p»\n\n",
          b=bank.upper(), n=P(c.caps), cpf=(g.cpf(), "BR_CPF"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          p=f"01/{month:02d}/2025 a 28/{month:02d}/2025")
    bal = g.ri(-800, 400)
    doc.t("Data   Histórico                                                         Valor         Saldo\n")
    day = 1
    for _ in range(g.ri(7, 10)):
        day += g.ri(0, 4)
        k = g.ri(0, 8)
        v = g.ri(10, 2500)
        sign = -1
        if k == 0:
            hist, kw = "PIX RECEBIDO «n»", {"n": P(nf(g, g.person(), ["caps", "capsshort"]))}
            sign = 1
        elif k == 1:
            hist, kw = "PIX ENVIADO chave «pk»", {"pk": (g.uuid(), "PIX_KEY")}
        elif k == 2:
            hist, kw = "PIX ENVIADO «n» CPF «cpf»", {"n": P(nf(g, g.person(), ["caps", "capsshort"])), "cpf": (g.masked_cpf(), None)}
        elif k == 3:
            hist, kw = "CRED SALARIO «e»", {"e": g.pick(["SUPERMERC ESPERANCA", "PREF MUN", "TRANSP BENTO AMARAL", "HOSP STA ROSA"])}
            v, sign = g.ri(1800, 5000), 1
        elif k == 4:
            hist, kw = "BLOQ JUDICIAL SISBAJUD PROC «cnj»", {"cnj": g.cnj()}
        elif k == 5:
            hist, kw = "PGTO FATURA CARTAO «s»", {"s": g.pick(["MAGAZINE ROSA BRANCA", "ELETRO AURORA", "CASAS AMADO"])}
        elif k == 6:
            hist, kw = "TED RECEBIDA «n» AG «ag» CC «cc»", {"n": P(nf(g, g.person(), ["caps"])), "ag": (g.agency(False), "BANK_ACCOUNT"),
                                                            "cc": (g.account(), "BANK_ACCOUNT")}
            sign = 1
        elif k == 7:
            hist, kw = "DEB PARC EMPREST «ct»", {"ct": g.contract()}
        else:
            hist, kw = "PIX ENVIADO CELULAR «t»", {"t": (g.phone(g.pick(["e164", "par"])), "PHONE_NUMBER")}
        bal += sign * v
        d = Doc()
        d.f(hist, **kw)
        doc.f(f"{min(day, 28):02d}/{month:02d}  ")
        base = len(doc.text)
        doc.text += d.text
        doc.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in d.spans]
        doc.t(" " * max(2, 66 - len(d.text)) + f"{sign * v:>10},00  {bal:>10},00\n")
    doc.f("\nTOTAL BLOQUEADO JUDICIALMENTE NO PERÍODO: «v». Para informações sobre o bloqueio, consulte o juízo do processo. "
          "Gerente: «gr» — «ge»\n", v=brl(g, 300, 6000), gr=P((gp := g.person()).full), ge=(g.corp_mail(gp, "banco.com.br"), "EMAIL_ADDRESS"))
    return doc


def fi_fatura_loja(g: Gen) -> Doc:
    """Private-label store card invoice, with revolving interest, and the holder's dispute of purchases."""
    doc = Doc()
    c = g.person()
    store = g.pick(STORES)
    city, uf = g.city()
    doc.f("CARTÃO «s» — FATURA «m»/2025\n«n»\n«a»\n«b» — «ci»/«uf» — CEP «cep»\n\n",
          s=store.upper(), m=g.pick(MONTHS).upper(), n=P(c.caps), a=(g.address("caps"), "ADDRESS"), b=g.pick(BAIRROS).upper(),
          ci=fold(city).upper(), uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.f("Cartão: «mk»   Vencimento: «dv»   Total: «tot»   Pagamento mínimo: «mn»\nLimite total: «lt»   Disponível: «ld»\n\n",
          mk=f"{g.d(4)} **** **** {g.d(4)}", dv=g.date("br", 2025), tot=brl(g, 200, 5000), mn=brl(g, 30, 600), lt=brl(g, 500, 6000),
          ld=brl(g, 0, 300))
    doc.t("LANÇAMENTOS\n")
    ad = g.relative(c)
    for _ in range(g.ri(4, 6)):
        doc.f("«d»  «l»  «v»\n", d=f"{g.ri(1, 28):02d}/{g.ri(1, 12):02d}",
              l=g.pick(["PARC 03/10 GELADEIRA FROST FREE", "FARMACIA LUZ DIVINA", "SUPERMERCADO PRUDENTE", "ENCARGOS ROTATIVO",
                        "IOF ADICIONAL", "SEGURO PRESTAMISTA", "PARC 07/12 SOFA 3 LUGARES", "POSTO BENTO GONCALVES", "ANUIDADE 1/12",
                        "SAQUE EMERGENCIAL 1/6", "OTICA AURORA"]), v=brl(g, 5, 900))
    doc.f("Cartão adicional «mk» — «ad»\n  «d»  RIACHUELO MODA  «v»\n\n", mk=f"final {g.d(4)}", ad=P(ad.caps), d=f"{g.ri(1, 28):02d}/{g.ri(1, 12):02d}",
          v=brl(g, 30, 500))
    doc.f("Juros do rotativo: «j»% a.m. (CET «cet»% a.a.). Atenção: a Lei 14.690/2023 limita juros e encargos do rotativo a 100% do valor "
          "original da dívida. Parcelamento da fatura disponível no app ou pelo 0800 «z».\nLinha digitável: «bl»\n\n",
          j=f"{g.ri(9, 17)},{g.d(2)}", cet=g.ri(200, 700), z=f"{g.d(3)} {g.d(4)}", bl=g.boleto())
    doc.f("--- formulário de contestação (preenchido pelo cliente no site, «d», IP «ip») ---\nNome: «n»\nCPF: «cpf»\nNº do cartão: «cc»\n"
          "Telefone: «t»   E-mail: «em»\nDescrição: «ds»\n",
          d=g.date("br"), ip=(g.ip(), "IP_ADDRESS"), n=P(nf(g, c, ["full", "low"])), cpf=(g.cpf(), "BR_CPF"), cc=(g.card(g.chance(0.6)), "CREDIT_CARD"),
          t=(g.phone(), "PHONE_NUMBER"), em=(g.email(c), "EMAIL_ADDRESS"),
          ds=typo(g, g.pick(["não reconheço o seguro prestamista, nunca autorizei", "o saque emergencial foi feito sem minha autorização",
                             "paguei a fatura anterior e cobraram de novo", "o cartão adicional é " + ("da minha filha" if ad.female else "do meu filho") + " e foi cancelado"]), 0.6))
    return doc


def fi_desenrola_lote(g: Gen) -> Doc:
    """Batch file (CSV) of a creditor's renegotiations under the federal programme, with a header comment."""
    doc = Doc()
    cred = g.pick(["BANCO AMADO SA", "FINANCEIRA PRUDENTE", "COOP CRED ESPERANCA", "MAGAZINE ROSA BRANCA SA", "ENERGIA ESPERANCA DISTRIB"])
    ccnpj = g.cnpj("raw")
    doc.f("# lote_desenrola_faixa1_«d».csv — credor «c» (CNPJ «cn») — gerado por «u» em «ts»\n# encoding=utf-8; sep=;\n",
          d=g.date("iso").replace("-", ""), c=cred, cn=(ccnpj, "BR_CNPJ"), u=g.pick(["etl_renegociacao", "svc-desenrola", "jobs@batch01"]),
          ts=g.date("iso") + " " + g.hms())
    rows = []
    for _ in range(g.ri(5, 7)):
        p = g.person()
        orig = g.ri(200, 20000)
        rows.append([(g.cpf("raw"), "BR_CPF"), P(fold(p.full).upper()), (g.dob("iso"), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["raw", "cc"])), "PHONE_NUMBER"), (g.email(p), "EMAIL_ADDRESS") if g.chance(0.75) else V(""),
                     V(g.contract()), V(f"{orig}.{g.d(2)}"), V(f"{orig * g.ri(4, 30) // 100}.{g.d(2)}"), V(str(g.pick([1, 12, 24, 60]))),
                     V(g.pick(["ATIVO", "QUITADO", "CANCELADO", "AGUARDANDO_PGTO"])), (ccnpj, "BR_CNPJ")])
    table_csv(doc, ["cpf", "nome", "dt_nasc", "celular", "email", "nr_contrato", "vl_original", "vl_negociado", "qt_parcelas",
                    "status", "cnpj_credor"], rows)
    doc.f("# total_registros=«n»; rejeitados=1 (cpf «bad» com DV inválido, linha «l»)\n", n=len(rows), bad=g.bad_cpf(), l=g.ri(2, 900))
    return doc


def fi_plano_pagamento(g: Gen) -> Doc:
    """Court-appointed administrator's payment-plan worksheet (art. 104-B CDC), debtor data and schedule."""
    doc = Doc()
    c = g.person()
    adm = g.person()
    doc.f("PLANO JUDICIAL COMPULSÓRIO — ART. 104-B DO CDC\nAutos: «cnj»\nAdministrador(a): «a» — «cc»\n\n",
          cnj=g.cnj(), a=P(adm.full), cc=(g.council(g.pick(["CORECON", "CRC"])), "PROFESSIONAL_ID"))
    doc.f("1. DADOS DO CONSUMIDOR\nNome: «n»\nCPF «cpf» | PIS/PASEP «pis» | Título «te» | Nasc. «dob»\nEmpregador: «e» (CNPJ «ec»)\n"
          "Conta para depósito judicial vinculada: Banco do Brasil, ag. «ag», conta «acc»\n\n",
          n=P(c.full), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), te=(g.titulo(), "BR_TITULO_ELEITOR"),
          dob=(g.dob(g.pick(["br", "dot"])), "DATE_OF_BIRTH"),
          e=g.pick(["Prefeitura Municipal", "Frigorífico Prudente S.A.", "Hospital Santa Rosa", "Casas Amado Varejo S.A."]),
          ec=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), ag=(g.agency(True), "BANK_ACCOUNT"), acc=(g.account(), "BANK_ACCOUNT"))
    inc = g.ri(2000, 7000)
    mn = 600
    disp = g.ri(150, max(200, (inc - 1800) // 2))
    doc.f("2. CAPACIDADE DE PAGAMENTO\nRenda líquida: R$ «i»,00 | Mínimo existencial: R$ «m»,00 | Despesas essenciais: R$ «de»,00 | "
          "Disponível: R$ «d»,00/mês\n\n3. CREDORES E RATEIO\n",
          i=f"{inc:,}".replace(",", "."), m=mn, de=f"{inc - disp - mn:,}".replace(",", "."), d=disp)
    rows = []
    for _ in range(g.ri(3, 5)):
        rows.append([V(g.pick(["Banco Amado S.A.", "Crefisa S.A.", "Nu Financeira", "Magazine Rosa Branca", "Banco Pan", "Aurora Promotora"])),
                     (g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), V(brl(g, 1000, 50000)), V(f"{g.ri(5, 45)}%"), V(brl(g, 30, 600))])
    table_md(doc, ["Credor", "CNPJ", "Saldo corrigido (IPCA)", "Rateio", "Parcela"], rows)
    doc.f("\nPrazo: «p» meses, 1ª parcela em «d1». Avalista no contrato Crefisa: «av» (CPF «ac»), que não integra o plano.\n"
          "Contato do consumidor para intimações: «em» / «t». Cônjuge: «sp», CPF «scpf».\n\n«a2», «cc2»\n",
          p=g.pick([48, 60]), d1=g.date("br", 2026), av=P(g.person().full), ac=(g.cpf(), "BR_CPF"), em=(g.email(c), "EMAIL_ADDRESS"),
          t=(g.phone(), "PHONE_NUMBER"), sp=P(g.relative(c, not c.female).full), scpf=(g.cpf(), "BR_CPF"),
          a2=P(nf(g, adm, ["full", "caps"])), cc2=(doc.text.split("Administrador(a): ")[1].split(" — ")[1].split("\n")[0], "PROFESSIONAL_ID"))
    return doc


def fi_cessao(g: Gen) -> Doc:
    """Debt-portfolio assignment file (cessão de carteira) sent to a collection agency: debtors, guarantors, vehicles."""
    doc = Doc()
    ced = g.pick(["Financeira Prudente S.A.", "Banco Amado S.A.", "Aurora Promotora de Vendas"])
    doc.f("TERMO DE CESSÃO Nº «n» — ANEXO I (relação de créditos cedidos)\nCedente: «c» (CNPJ «cn»)   Cessionária: «cs» (CNPJ «csn»)\n"
          "Data-base: «d»   Deságio: «ds»%\n\n",
          n=f"{g.d(3)}/{g.ri(2024, 2025)}", c=ced, cn=(g.cnpj(), "BR_CNPJ"), cs=g.pick(["FIDC Recupera NP", "Ativos Recuperação de Crédito S.A."]),
          csn=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"), d=g.date("br"), ds=g.ri(80, 97))
    for i in range(g.ri(3, 4)):
        p = g.person()
        doc.f("[«i»] «n» | CPF «cpf» | «a» | CEP «cep» | «t» | contrato «ct» | saldo «v» | atraso «at» dias\n",
              i=i + 1, n=P(nf(g, p, ["caps", "caps", "full"])), cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
              a=(g.address(g.pick(["caps", "text"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"),
              ct=g.contract(), v=brl(g, 500, 60000), at=g.ri(90, 1800))
        k = g.ri(0, 2)
        if k == 0:
            f = g.person()
            doc.f("    fiador: «f» | CPF «fc» | tel «ft»\n", f=P(nf(g, f, ["caps", "full"])), fc=(g.cpf(), "BR_CPF"), ft=(g.phone(), "PHONE_NUMBER"))
        elif k == 1:
            doc.f("    garantia: veículo placa «pl», RENAVAM «rv», «m» — busca e apreensão (DL 911/69) «st»\n",
                  pl=(g.plate(), "LICENSE_PLATE"), rv=g.neg(11), m=g.pick(["Fiat Uno 2014", "Honda CG 160 2021", "VW Gol 2016", "Chevrolet Onix 2019"]),
                  st=g.pick(["ajuizada", "a ajuizar", "liminar cumprida"]))
        else:
            doc.f("    obs: devedor informou superendividamento (Lei 14.181/2021); processo «cnj»\n", cnj=g.cnj())
    doc.f("\nTotal de contratos: «n» | Valor de face: «v» | Preço de cessão: «p»\nResponsável cedente: «r» («re»)\n",
          n=g.ri(900, 40000), v=brl(g, 1000000, 90000000), p=brl(g, 50000, 2000000), r=P((rp := g.person()).full),
          re=(g.corp_mail(rp, "prudentefin.com.br"), "EMAIL_ADDRESS"))
    return doc


def fi_consignado(g: Gen) -> Doc:
    """INSS payroll-loan statement (consignado and RMC card) and the beneficiary's fraud complaint e-mail."""
    doc = Doc()
    c = g.person()
    code, bank = g.pick(BANKS)
    nb = f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}"
    cpfn = g.cpf_digits()
    doc.f("HISTÓRICO DE EMPRÉSTIMO CONSIGNADO — Meu INSS\nBeneficiário: «n»\nCPF: «cpf»   Nascimento: «dob»\nBenefício: «nb» — Espécie «es»\n"
          "Banco pagador: «b» ag. «ag» conta «cc»\nMargem consignável: «m1» | Margem RMC: «m2» | Margem cartão benefício: «m3»\n\n",
          n=P(c.caps), cpf=(cpfn, "BR_CPF"), dob=(g.dob("br", 1940, 1965), "DATE_OF_BIRTH"), nb=nb,
          es=g.pick(["41 - Aposentadoria por idade", "32 - Aposentadoria por invalidez", "21 - Pensão por morte", "87 - BPC/LOAS"]),
          b=f"{code} - {bank}", ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          m1=brl(g, 0, 400), m2=brl(g, 0, 80), m3=brl(g, 0, 80))
    rows = []
    for _ in range(g.ri(3, 5)):
        rows.append([V(g.contract()), V(g.pick(BANKS)[1]), V(g.pick(["ATIVO", "ATIVO", "EXCLUÍDO", "SUSPENSO"])), V(g.date("br", g.ri(2019, 2025))),
                     V(f"{g.ri(12, 84)}"), V(brl(g, 30, 600)), V(brl(g, 1000, 30000))])
    table_fixed(doc, ["Contrato", "Banco", "Situação", "Inclusão", "Parc.", "Valor parcela", "Emprestado"], rows)
    fil = g.relative(c)
    doc.f("\n-----\nDe: «fi» <«fe»>\nPara: ouvidoria@«dom»\nAssunto: Empréstimo não reconhecido — benefício de «pa» «pn»\n\n"
          "Boa tarde. Sou «fil» de «pn2» (CPF «cpf2»), aposentad«o» de «i» anos. Apareceu um consignado de «v» que «el» não fez; "
          "o contrato diz que foi assinado pelo app com IP «ip» e selfie, mas «pn3» nem tem celular com internet. Também "
          "veio um cartão RMC nº «card» que nunca foi desbloqueado. Peço o cancelamento e a devolução em dobro (art. 42 do CDC). "
          "Meu telefone: «t».\n«fi2»\n",
          fi=P(fil.full), fe=(g.email(fil), "EMAIL_ADDRESS"), dom=g.pick(["bancoamado.com.br", "prudentefin.com.br"]),
          pa="minha mãe" if c.female else "meu pai", pn=P(c.first), fil=("filha" if fil.female else "filho"), pn2=P(c.full),
          cpf2=(fmt_cpf(cpfn), "BR_CPF"), o=c.o, i=g.ri(62, 88), v=brl(g, 2000, 20000), el="ela" if c.female else "ele",
          ip=(g.ip(), "IP_ADDRESS"), pn3=P(nf(g, c, ["first", "nick"])), card=(g.card(True, g.pick(["4", "5"])), "CREDIT_CARD"),
          t=(g.phone(), "PHONE_NUMBER"), fi2=P(fil.first))
    return doc



# =========================================================================== registry and checks

TEMPLATES = {
    "atendimento": [at_crediario, at_whats_carne, at_limpanome, at_mutirao, at_reclamacao, at_cobranca_call, at_educacao],
    "juridico": [ju_repactuacao, ju_procon_ata, ju_sisbajud, ju_fiador, ju_sentenca, ju_carta_cobranca, ju_email_calculo],
    "saude": [sa_conta_hospitalar, sa_laudo, sa_plano_atraso, sa_caps, sa_servico_social, sa_psiq, sa_acordo_hospital],
    "financeiro": [fi_fintech_api, fi_extrato_bloqueio, fi_fatura_loja, fi_desenrola_lote, fi_plano_pagamento, fi_cessao, fi_consignado],
}

CPF_LIKE = re.compile(r"(?<![\w.\-/*])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\w\-/*]|\.\d)")


def check(record: dict) -> None:
    text, last = record["text"], 0
    covered = [False] * len(text)
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        for i in range(s["start"], s["end"]):
            covered[i] = True
        lab = s["label"]
        digits = re.sub(r"\D", "", v) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS", "IP_ADDRESS", "PIX_KEY") else ""
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
            assert 8 <= len(digits) <= 13, (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|sn|sem número", v), (record["id"], v)
    # hard negatives: every unlabelled CPF-shaped number must fail the CPF check
    for m in CPF_LIKE.finditer(text):
        if not any(covered[m.start():m.end()]):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], "unlabelled valid CPF", m.group(1))


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
    with (HERE / f"{ORDINAL}.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print(ORDINAL, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
