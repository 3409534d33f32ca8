"""Build the eighty-second labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_eightysecond_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 8282, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: investment brokerage and private pension plans
(corretoras de valores, DTVMs, asset managers, PGBL/VGBL pension funds) and the offices around
them: advisers (assessores de investimento), compliance and PLD teams, back office and treasury,
claims departments, law firms, notaries, courts, hospitals that run corporate plans, the CVM
and consumer bodies.
- atendimento: an adviser's WhatsApp export with a client (the client's contact shown as a
  phone number or a name, the adviser as a person or as the office's WhatsApp Business name;
  bank data for a TED, a son's account opening, a new address), an account-opening KYC form
  (ficha cadastral PF, "key ....: value" with filiação, RG/CNH, título, declared wealth, vehicle
  plate, own bank account, acceptance IP), a compliance e-mail on suitability mismatches (ruled
  or aligned table) with one client's questionnaire, a pension fund web chat (bot, then a human
  attendant shown by name or as "Atendente"; returned credit, random Pix key, address update),
  an ombudsman e-mail thread about a late portability, a speech-to-text call transcript (lower
  case, security questions: CPF, birth date, mother's name), a consumidor.gov.br complaint.
- juridico: a law firm's death-claim letter for a VGBL with beneficiaries (minors, genitora,
  bank accounts or random Pix keys), an OCR-damaged judicial alvará for the heirs, a complaint
  to the CVM's SAC with the broker's internal forwarding note, a PLD/COAF dossier (related
  parties table, vehicles, login IPs, e-mail/phone changes), a private power of attorney with
  notarial qualification paragraphs, a beneficiary-designation change form, an e-mail thread on
  an out-of-court probate with the heirs pasted as CSV.
- saude: the attending physician's report of a disability-income claim, a personal health
  statement (DPS), a request of income-tax exemption for serious disease with the SUS medical
  report (Lei 7.713/1988), a hospital's payroll export of a corporate PGBL (staff with CPF, PIS,
  título, council registrations, a driver's CNH), a physician investing her clinic's surplus
  (e-mails with adviser and secretary, CRM signature, card for contributions), an OCR-read
  death certificate (DO) with the claims checklist, a daughter asking to block her demented
  father's account (neurologist, curatela, compliance note).
- financeiro: the annual income report for the tax return (Informe de Rendimentos), a monthly
  custody statement (ruled positions table, movements with TEDs), a brokerage note (SINACOR
  fixed width), a redemption batch CSV (bank accounts or Pix keys), JSON-lines logs of the
  portability API, a card-payment gateway log of pension contributions that leaks a PAN in a
  DEBUG line and the chargeback ticket, a treasury e-mail on returned TEDs with a bank-details
  update form.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Dra.", "Dr.",
"dona", "seu"; particles inside a name are part of it; "SURNAME, Given" is one span; nicknames
and first names alone are persons, in any case (lower-case transcripts, ALL CAPS forms).
Staff named in the text (advisers, attendants, analysts, ombudsmen, lawyers, judges,
physicians, HR and treasury clerks, the desk colleague) are persons; logins ("atd.mmoreira",
"agente jsilva"), bots ("Lis", "PrevBot", "Aurora" as the assistant's name), batch jobs and
business names used as chat senders ("Prudente Corretora Assessoria") are not. Corporate e-mails
of people are EMAIL_ADDRESS; role mailboxes (ouvidoria@, juridico@, compliance@, previdencia@,
backoffice@, atendimento@) are not labelled. ADDRESS is street type + name + number +
complement, or highway + km; bairro, city, UF and CEP stay out (CEP is BR_CEP); companies'
addresses are not labelled (none is written out here) and a street name used as a place
("Agência Barão de Mauá", "Tabelionato Prudente de Morais") is not an ADDRESS nor a PERSON.
Agency and account are separate BANK_ACCOUNT spans whoever holds them (also the receiving
pension fund's account in the portability log); bank names and codes are not labelled.
Decided here: brokerage client codes ("Conta: 8572389", "código 70486"), pension certificate
numbers, SUSEP process numbers, proposal, order, note, ticket, dossier and protocol numbers,
registry (matrícula) and seal numbers, CNES, RQE and SUSEP broker codes are internal or
institutional numbers and are not labelled; the ANCORD/adviser code "A12345" is not labelled.
DATE_OF_BIRTH only for birth dates (of clients, heirs, minors, staff, the deceased); dates of
death, diagnosis, opening, acceptance, payment and trading are not. PROFESSIONAL_ID includes the
council acronym and UF (CRM/SP 123456, OAB/RJ 98.765, COREN-PB 69527-TE, CRF-RS 10948,
CRP 06/12345, CRC-SP 123456/O-8). PIX_KEY only for random (UUID) keys used as Pix keys; Pix
keys that are an e-mail take EMAIL_ADDRESS; UUIDs that are request ids are not labelled. Every
CNPJ is BR_CNPJ (numeric and the 2026 alphanumeric form), funds', brokers' and employers'
alike. Masked cards ("************2887", "cartão final 2455") are not labelled; the full PAN is
CREDIT_CARD. OCR-damaged names and addresses are labelled as they stand (identifiers are never
damaged). A CPF typed with a dash only ("402809561-18") or spaced ("611 800 448 00") is BR_CPF.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Kethlyn, Raylane, Waldisney, Kleberson, Sthefany; Italian, German, Japanese/Okinawan, Lebanese,
Korean, Chinese, Haitian, Senegalese, Angolan, Bolivian, indigenous, Jewish, Polish), with at
least a quarter of the name words rare or invented; names that are also words (Rosa, Luz,
Flor, Vitória, Aurora, Esperança, Glória, Serena, Bento, Prudente, Amado, Leão, Justo, Branco)
next to the same words as words ("seria prudente esperar o vencimento", "carta branca", "deu luz
verde", "a declaração pro leão", "conta de luz"), in places (Presidente Prudente, Bento
Gonçalves, Vitória, Santa Rosa, Boa Esperança) and in companies and products (Aurora
Investimentos, Prudente Corretora, Vitória Previdência, Bento & Amado Assessoria, Flor de Lis
Previdência, VGBL Leão Conservador, CDB Banco Amado, Clínica Rosa Branca), which are not persons.
Forms: full, ALL CAPS without accents, lower case, first name alone, nicknames (Toninho, Nalva,
Zezé, Tião), "Dr(a). Surname" (the surname alone is the span).

Hard negatives (never labelled): CNJ process numbers, SUSEP process numbers, certificate,
proposal, order, note, protocol, ticket and dossier numbers (some 11-digit ones, all failing
the CPF check, and CPFs quoted as wrong in the text, also failing it), masked CPFs and cards,
tickers and asset names, ICD-10 codes, money, laws and rules (Lei 9.613/1998, Lei 11.053/2004,
Lei 7.713/1988, Lei 13.709/2018, Resolução CVM 30/2021, Resolução CVM 35/2021, Circular SUSEP
563/2017, Res. CNSP 463/2022, IN RFB 1.500/2014), Pix end-to-end ids, request ids, NSUs, dates
that are not birth dates, company names containing surnames (Haddad Capital DTVM, Tenório &
Saldanha Advogados, Rahal Comércio de Grãos, Higa Asset).
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
SEED = 8282
OUT_NAME = "eightysecond.jsonl"

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
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Adriana", "Fernanda", "Patrícia", "Luciana", "Cristina", "Simone", "Juliana", "Camila", "Larissa",
        "Gabriela", "Beatriz", "Mariana", "Isabela", "Letícia", "Priscila", "Tatiane", "Elaine", "Rosângela",
        "Fátima", "Ana Paula", "Maria José", "Maria das Graças", "Heloísa", "Sandra", "Cláudia", "Aline",
        "Viviane", "Marlene", "Terezinha", "Neusa"]
RARE_F = ["Josenilda", "Erivânia", "Cleonice", "Ivoneide", "Marinalva", "Edileusa", "Quitéria", "Rosilda",
          "Dulcinéia", "Gleiciane", "Valdirene", "Adenilza", "Luzinete", "Jucilene", "Kethlyn", "Thayná",
          "Sthefany", "Kauane", "Waldirene", "Genésia", "Nubiane", "Raylane", "Elisângela", "Creuza",
          "Dejanira", "Laudicéia", "Zenaide", "Ozana", "Arlinda", "Djanira", "Eulália", "Ivaneide",
          "Maristela", "Leonídia", "Jussara", "Francisquinha", "Deolinda", "Edivânia"]
PT_M = ["Rodrigo", "Gustavo", "Ricardo", "Eduardo", "Roberto", "Antônio", "Francisco", "José Carlos",
        "João Paulo", "Luís Fernando", "Rafael", "Thiago", "Bruno", "Diego", "Márcio", "Fábio", "Vinícius",
        "Matheus", "Lucas", "Gabriel", "Henrique", "Sebastião", "Benedito", "Raimundo", "Geraldo", "Hélio",
        "Mário", "Luiz Antônio", "José Roberto"]
RARE_M = ["Edvaldo", "Genésio", "Claudionor", "Deusdete", "Valdomiro", "Ubiratan", "Jucelino", "Arivaldo",
          "Orlandino", "Cosme", "Eliseu", "Gedeão", "Ozires", "Raniery", "Weverton", "Kauan", "Jhonatan",
          "Wanderson", "Adelmo", "Expedito", "Belarmino", "Otaviano", "Crispim", "Nazareno", "Tertuliano",
          "Anísio", "Leovigildo", "Aristeu", "Galdino", "Euclides", "Josué", "Ednaldo", "Rivaldo", "Tibúrcio",
          "Deoclécio", "Jadson", "Kleberson", "Waldisney"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Rocha", "Dias", "Moreira",
          "Monteiro", "Batista", "Barros", "Farias", "Melo", "Cunha", "Fonseca", "Guimarães", "Sampaio",
          "Tavares", "Medeiros", "Coelho", "Brito", "Siqueira", "Xavier", "Aguiar", "Borges", "Macedo",
          "Pacheco", "Leite", "Conceição", "Nascimento"]
RARE_SUR = ["Maranhão", "Valadares", "Sucupira", "Aragão", "Cisneiros", "Tabosa", "Jatobá", "Quaresma", "Gondim",
            "Saldanha", "Ximenes", "Urquiza", "Wanderley", "Tenório", "Feitosa", "Pontual", "Sá Barreto",
            "Furquim", "Junqueira", "Meireles", "Portela", "Torquato", "Alcântara", "Borba", "Evangelista",
            "Pitombo", "Uchôa", "Ventura", "Mourão", "Bandeira", "Cabral de Melo", "Arcoverde", "Bulcão",
            "Ribamar", "Serrano", "Tapajós", "Vilaça", "Rebouças", "Catunda", "Aciolly"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Esperança", "Glória", "Serena"]
WORD_M = ["Bento", "Prudente", "Amado", "Leão", "Fiel", "Justo", "Constantino", "Branco"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Leão", "Amado", "Luz", "Flor", "Cordeiro", "Raposo",
            "Carneiro", "Pinheiro", "Paz", "Aurora", "Vitória", "Sardinha"]
NICK = {"José Carlos": "Zé Carlos", "Francisco": "Chico", "Antônio": "Toninho", "Maria das Graças": "Gracinha",
        "Maria José": "Zezé", "Sebastião": "Tião", "Raimundo": "Mundinho", "Benedito": "Dito",
        "Terezinha": "Tetê", "Francisquinha": "Quinha", "Leovigildo": "Léo", "Expedito": "Pedito",
        "Luzinete": "Nete", "Marinalva": "Nalva", "Deusdete": "Dete", "Ubiratan": "Bira", "Cleonice": "Nice",
        "Gabriela": "Gabi", "Eduardo": "Dudu", "Jucelino": "Juca", "Constantino": "Tino", "Eulália": "Lalá"}
FOREIGN = {
    "it": (["Graziella", "Antonella", "Rosalba"], ["Giuseppe", "Ettore", "Battista"],
           ["Zanella", "Bortolini", "Tomasi", "Dal Pozzo", "Marcon", "Ceccato", "Piovesan"]),
    "de": (["Ingrid", "Hildegard", "Elke"], ["Helmut", "Egon", "Reinaldo"],
           ["Schmitt", "Weber", "Klein", "Brandt", "Hasse", "Wolff", "Stüber"]),
    "jp": (["Keiko", "Yumi", "Harumi"], ["Katsuo", "Tadashi", "Minoru"],
           ["Higa", "Nakamura", "Shimabukuro", "Yonamine", "Okuda", "Miyazaki"]),
    "ar": (["Samira", "Jamile", "Raja"], ["Jamil", "Salim", "Habib"],
           ["Haddad", "Chamma", "Saad", "Rahal", "Jafet", "Abrahão"]),
    "kr": (["Eun-ji", "So-yeon"], ["Dong-hyun", "Min-ho"], ["Park", "Lee", "Kang", "Shin"]),
    "cn": (["Meiling", "Yan"], ["Wei", "Jun"], ["Zhang", "Liu", "Huang", "Tang"]),
    "ht": (["Nadège", "Wideline", "Marie Carmel"], ["Jean Robert", "Wisly", "Fritznel"],
           ["Pierre", "Louis-Jean", "Jean-Baptiste", "Saintil", "Desrosiers"]),
    "sn": (["Awa", "Ndeye", "Coumba"], ["Abdoulaye", "Moustapha", "Babacar"], ["Sarr", "Faye", "Mbaye", "Cissé", "Niang"]),
    "ao": (["Isabel Nzinga", "Luena"], ["Kiame", "Ngola"], ["Mbemba", "Kalunga", "Tchissola", "Sambo"]),
    "bo": (["Maribel", "Roxana", "Nélida"], ["Édgar", "Wilber", "Teófilo"], ["Mamani", "Quispe", "Choque", "Condori"]),
    "in": (["Potira", "Moema", "Jaciara"], ["Raoni", "Kauê", "Ubirajara"], ["Guarani", "Pataxó", "Terena", "Baniwa"]),
    "jw": (["Sara", "Ester", "Miriam"], ["Moisés", "Natan", "Jacó"], ["Klabin", "Feldman", "Rosenberg", "Szajnbok"]),
    "pl": (["Jadwiga", "Halina"], ["Kazimierz", "Stanisław"], ["Kowalski", "Wiśniewski", "Zielinski", "Wojcik"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "pl", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Conceição", "Paz", "Aurora", "Ventura"}
DO_SUR = {"Nascimento", "Amado"}
DOS_SUR = {"Santos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "19", "21", "24", "27", "31", "34", "35", "38", "41", "42", "44",
        "47", "48", "51", "54", "55", "61", "62", "63", "65", "67", "68", "71", "73", "77", "79", "81", "82",
        "83", "84", "85", "86", "87", "91", "92", "94", "95", "96", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça", "Largo",
                "Rodovia", "Vila"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Rosa e Silva", "Bento Gonçalves", "da Aurora",
                "Flor de Maio", "Conselheiro Aguiar", "Visconde de Pirajá", "Padre Cícero", "das Hortênsias",
                "Dona Leonídia Pitombo", "Professor Anísio Teixeira", "Coronel Deoclécio Catunda", "Sete de Setembro",
                "Treze de Maio", "Marechal Deodoro", "Tiradentes", "dos Andradas", "Luz do Sol", "Vitória Régia",
                "Amado Nervo", "Leão Coroado", "Doutor Galdino Tabosa", "Maestro Tertuliano Quaresma", "das Orquídeas",
                "Getúlio Vargas", "Castelo Branco", "Santa Rosa de Lima", "Irmã Dulce", "do Bosque", "Sucupira",
                "Itapuã", "Ministro Rocha Azevedo", "Jornalista Ozires Valadares"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Rio Branco", "AC"),
          ("Santa Rosa", "RS"), ("Aurora do Pará", "PA"), ("Boa Esperança", "MG"), ("Campinas", "SP"),
          ("São José dos Campos", "SP"), ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Cascavel", "PR"),
          ("Blumenau", "SC"), ("Chapecó", "SC"), ("Caxias do Sul", "RS"), ("Santa Maria", "RS"), ("Anápolis", "GO"),
          ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Feira de Santana", "BA"), ("Vitória da Conquista", "BA"),
          ("Caruaru", "PE"), ("Garanhuns", "PE"), ("Campina Grande", "PB"), ("Mossoró", "RN"), ("Juazeiro do Norte", "CE"),
          ("Imperatriz", "MA"), ("Santarém", "PA"), ("Manaus", "AM"), ("Porto Velho", "RO"), ("Niterói", "RJ"),
          ("Petrópolis", "RJ"), ("Vila Velha", "ES"), ("Arapiraca", "AL"), ("Aracaju", "SE"), ("Teresina", "PI")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "Boa Vista", "Jardim Prudente", "Parque Bento Ribeiro",
           "Vila Amado", "Cidade Alta", "Alto da Glória", "Jardim Esperança", "Flor do Campo", "Luz"]
CIDS = ["C34.9", "C50.9", "C61", "G30.9", "G35", "G12.2", "I63.9", "I21.9", "F20.0", "F32.2", "N18.5", "B20",
        "C18.9", "G20", "I50.9", "E11.9", "M54.5", "F41.1", "S06.2", "C91.0", "K74.6", "J44.9"]
LAWS = ["Lei 13.709/2018", "Lei 11.053/2004", "Lei 9.613/1998", "Resolução CVM 30/2021", "Resolução CVM 35/2021",
        "Lei 7.713/1988", "Circular SUSEP 563/2017", "Resolução CNSP 463/2022", "IN RFB 1.500/2014",
        "Lei 8.078/1990", "Lei 11.441/2007", "Res. CVM 178/2023"]
BROKERS = ["Aurora Investimentos CTVM S.A.", "Prudente Corretora de Valores Ltda", "Vitória Previdência S.A.",
           "Bento & Amado Assessoria de Investimentos", "Haddad Capital DTVM", "Higa Asset Management",
           "Flor de Lis Previdência Privada", "Luz Verde Seguros S.A.", "Corretora Rosa dos Ventos S.A.",
           "Tenório & Saldanha Investimentos", "Branco Serrano CTVM"]
FUNDS = ["PGBL Aurora RF Ativo FIC FIE", "VGBL Prudente Multimercado Previdência", "PGBL Vitória Ações 30 FIE",
         "VGBL Flor de Lis Inflação Longa", "VGBL Leão Conservador RF", "PGBL Rosa dos Ventos Moderado 20",
         "VGBL Branco Crédito Privado FIC"]
ASSETS = ["PETR4", "VALE3", "ITUB4", "BBAS3", "WEGE3", "BOVA11", "HGLG11", "KNRI11", "TAEE11", "EGIE3", "ITSA4",
          "MXRF11", "IVVB11", "B3SA3", "SUZB3"]
FIXED = ["CDB Banco Amado 110% CDI 2027", "LCI Rosa 94% CDI", "LCA Agro Bento 92% CDI", "Tesouro IPCA+ 2035",
         "Tesouro Selic 2029", "Tesouro Prefixado 2027", "Debênture TAEE17 IPCA+6,1%", "CRA Sucupira Agro 2028",
         "CDB Prudente Pré 13,2% a.a."]
WORD_USES = ["seria prudente esperar o vencimento", "o campo ficou em branco no formulário", "deu luz verde pro resgate",
             "foi uma vitória da família", "a declaração pro leão", "carta branca pra alocar", "aurora do mercado",
             "mandou flores no velório", "o cliente ficou com a flor da pele", "é preciso ter esperança"]


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
        if self.given.startswith(("Maria d", "Marie ", "Jean ", "Ana ", "Isabel ")):
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

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def child(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        given = self.pick((PT_F + RARE_F[:18] + ["Aurora", "Luz", "Flor", "Vitória", "Maitê", "Ayla", "Esperança"]) if female
                          else (PT_M + RARE_M[14:] + ["Bento", "Theo", "Gael", "Ravi", "Benício", "Amado"]))
        return Person(given, [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.ri(50, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
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
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***.***.{n[6:9]}-{n[9:]}"])

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.2) if alnum is None else alnum
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0C01"])
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
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "nospace": f"({ddd}){h}-{t}", "wa": f"+55 {ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"]) + self.d(14)
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

    def bank(self) -> tuple[str, str]:
        return self.pick([("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"),
                          ("033", "Santander"), ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"),
                          ("748", "Sicredi"), ("336", "C6 Bank"), ("041", "Banrisul"), ("004", "BNB")])

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def ipv6(self) -> str:
        return "2804:" + ":".join(self.hexs(4).lstrip("0") or "0" for _ in range(3)) + "::" + self.hexs(3).lstrip("0")

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        if t == "Rodovia":
            name = self.pick(["SP-340", "BR-116", "PE-015", "RS-122", "BA-099", "MG-050"])
            num = "km " + str(self.ri(2, 390))
        else:
            num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.ri(11, 1804)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos",
                          f"sala {self.ri(101, 910)}", f"lote {self.ri(1, 30)} quadra {self.ri(1, 40)}", "cobertura 2"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Rodovia": "Rod."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = ", " if num.startswith("km") else self.pick([", ", ", nº ", " ", ", n. "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1938, hi: int = 2004) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def dseq(self, n: int, fmt: str = "br", year: int | None = None) -> list[str]:
        """n distinct dates in increasing order within one year (for coherent timelines)."""
        y = year or self.pick([2024, 2025, 2025, 2026])
        days = sorted(self.rng.sample(range(0, 360), n))
        return [fmt_date(x % 30 + 1 if x % 30 < 28 else 28, x // 30 + 1, y, fmt) for x in days]

    def hm(self) -> str:
        return f"{self.rng.randint(7, 23):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 7 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi, 60), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.19", "8.13", "8.17", "8.21", "8.06", "4.03", "8.09"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2019, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(8)}", self.neg(12), f"OUV-{self.d(7)}", f"PRT{self.d(9)}"])

    def susep(self) -> str:
        return f"15414.{self.d(6)}/{self.ri(2005, 2024)}-{self.d(2)}"

    def certificate(self) -> str:
        return self.pick([f"{self.d(3)}.{self.d(6)}-{self.d(1)}", f"CERT {self.d(9)}", self.d(10), f"PR-{self.d(8)}"])

    def client_code(self) -> str:
        return self.pick([self.d(6), self.d(7), f"{self.d(6)}-{self.d(1)}", f"{self.d(5)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}",
                              f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {n}/O-{self.ri(1, 9)}", f"CRC {uf}-{n}/O", f"CRC/{uf} {dotted}"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CORECON":
            return f"CORECON-{uf} {self.d(4)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}", "dm": f"{dd:02d}/{mm:02d}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("n", "ri"), ("a", "á"), ("u", "ii")]


def ocr(s: str, g: Gen, rate: float = 0.35) -> str:
    """One or two OCR letter confusions in names and words (identifiers are never damaged)."""
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

    def fill(self, marker: str, value: str, label: str | None) -> "Doc":
        """Replace the one `marker` left in the text by a (labelled) value, shifting later spans."""
        i = self.text.index(marker)
        delta = len(value) - len(marker)
        self.text = self.text[:i] + value + self.text[i + len(marker):]
        for s in self.spans:
            if s["start"] >= i + len(marker):
                s["start"] += delta
                s["end"] += delta
        if label:
            self.spans.append({"start": i, "end": i + len(value), "label": label})
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


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], edge: str = "+") -> None:
    """Box table with +---+ rulers."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    rule = edge + edge.join("-" * (w + 2) for w in widths) + edge + "\n"
    doc.t(rule + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule)
    for r in rows:
        doc.t("|")
        for (v, lab), w in zip(r, widths):
            doc.t(" ")
            doc.cell(v, w, lab)
            doc.t(" |")
        doc.t("\n")
    doc.t(rule)


def table_plain(doc: Doc, cols: list[str], rows: list[list[tuple]], gap: int = 2, rule: str = "-") -> None:
    """Whitespace-aligned columns, optional dashed rule under the header."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t((" " * gap).join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    if rule:
        doc.t((" " * gap).join(rule * w for w in widths) + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(" " * gap)
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


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


def broker_dom(g: Gen) -> tuple[str, str]:
    """(company name, e-mail domain) of the broker / pension fund of a record."""
    return g.pick([("Aurora Investimentos", "aurorainvest.com.br"), ("Prudente Corretora", "prudentecorretora.com.br"),
                   ("Vitória Previdência", "vitoriaprev.com.br"), ("Haddad Capital", "haddadcapital.com.br"),
                   ("Flor de Lis Previdência", "flordelisprev.com.br"), ("Rosa dos Ventos CTVM", "rosadosventos.com.br"),
                   ("Branco Serrano CTVM", "brancoserrano.com.br"), ("Higa Asset", "higaasset.com.br")])


def brl(g: Gen, lo: int = 100, hi: int = 900000) -> str:
    return "R$ " + g.money(lo, hi)


# =========================================================================== atendimento

def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp export of an investment adviser (assessor) and a client: redemption, bank data,
    a son's account opening, a colleague from the fixed-income desk."""
    doc = Doc()
    adv, cli = g.person(), g.person()
    son = g.child(cli)
    desk = g.person()
    comp, dom = broker_dom(g)
    day = g.date("br")
    ts = g.times(12, 8 * 3600, 20 * 3600)
    adv_name = g.pick([adv.short, f"{adv.first} - {comp}", adv.full])
    cli_is_number = g.chance(0.3)
    cli_phone = g.phone("wa")
    cli_tag = (cli_phone, "PHONE_NUMBER") if cli_is_number else P(g.pick([cli.short, cli.first, cli.full, cli.nick]))
    adv_tag = (adv_name.split(" - ")[0], "PERSON")
    adv_suffix = "" if " - " not in adv_name else " - " + comp
    if g.chance(0.45):  # WhatsApp Business account: the sender is the office, not a person
        adv_tag, adv_suffix = (g.pick([comp, comp + " Assessoria", "Mesa " + comp.split()[0]]), None), ""
    doc.f("«d» «t» - As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta.\n", d=day, t=ts[0])

    def line(k: int, who: tuple, suffix: str, msg: str, **vals) -> None:
        doc.f("«dd» «tt» - «who»" + suffix + ": " + msg + "\n", dd=day, tt=ts[k], who=who, **vals)

    line(1, adv_tag, adv_suffix, "Bom dia, «c»! Tudo bem? Vi aqui que o «p» venceu ontem, «v» caíram na conta da corretora",
         c=P(cli.first if not cli_is_number else cli.nick), p=g.pick(FIXED), v=brl(g, 5000, 300000))
    line(2, cli_tag, "", "bom dia «a». quero resgatar uma parte e mandar pro meu banco, «b»",
         a=P(g.pick([adv.first, fold(adv.first).lower()])), b=g.pick(["pode ser?", "da pra hoje?", "antes das 16h"]))
    bcode, bname = g.bank()
    line(3, cli_tag, "", "«bn» ag «ag» cc «cc» titularidade minha msm",
         bn=g.pick([bname, bcode + " " + bname, bname.lower()]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    line(4, adv_tag, adv_suffix, "Perfeito. Só confirma pra mim seu CPF que o sistema pede na boleta de TED: ")
    line(5, cli_tag, "", "«c»", c=(g.cpf(g.pick(["dot", "raw", "dash"])), "BR_CPF"))
    k = g.ri(0, 2)
    if k == 0:
        line(6, cli_tag, "", "outra coisa, meu filho «s» quer abrir conta ai, ele nasceu em «b», ja pode?",
             s=P(son.first), b=(g.dob(g.pick(["br", "nopad", "short"]), 2005, 2008), "DATE_OF_BIRTH"))
        line(7, adv_tag, adv_suffix, "Pode sim! Manda o e-mail dele que eu disparo o link de cadastro")
        line(8, cli_tag, "", "«e»", e=(g.email(son), "EMAIL_ADDRESS"))
    elif k == 1:
        line(6, cli_tag, "", "mudei de email tb, agora é «e». o antigo «o» nao uso mais",
             e=(g.email(cli), "EMAIL_ADDRESS"), o=(g.email(cli), "EMAIL_ADDRESS"))
        line(7, adv_tag, adv_suffix, "Anotado, atualizo no cadastro. Vai chegar um código no seu celular «p» pra confirmar",
             p=(cli_phone if not cli_is_number else g.phone("par"), "PHONE_NUMBER"))
        line(8, cli_tag, "", "ok")
    else:
        line(6, cli_tag, "", "e o PGBL? a «w» do RH falou que a empresa vai começar a descontar em folha",
             w=P(g.person(female=True).first))
        line(7, adv_tag, adv_suffix, "Isso é o plano instituído, é separado do seu PGBL individual, cert. «n». Depois te explico com calma",
             n=g.certificate())
        line(8, cli_tag, "", "blz")
    if g.chance(0.5):
        line(8, cli_tag, "", "ah e manda a carta do informe pro endereço novo: «a» «cp»«c»", a=(g.address(g.pick(["low", "text"])), "ADDRESS"),
             cp=g.pick(["cep ", "CEP ", ""]), c=(g.cep(), "BR_CEP"))
    line(9, adv_tag, adv_suffix, "Falei com o «x» da mesa de renda fixa, «w». Sugestão: deixa «v» no «p» e resgata o resto",
         x=P(g.pick([desk.first, desk.short])), w=g.pick(WORD_USES[:3] + ["a taxa do pré tá boa"]), v=brl(g, 2000, 80000),
         p=g.pick(FIXED))
    line(10, cli_tag, "", g.pick(["fechado 👍", "pode ser, confio em vc", "vou pensar e te falo", "ok faz assim"]))
    line(11, adv_tag, adv_suffix, "Boleta enviada (ordem «o»). TED cai até D+1. Qualquer coisa me liga no «t»",
         o=g.pick([g.d(9), g.neg(11), f"TED-{g.d(6)}"]), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def at_kyc(g: Gen) -> Doc:
    """Account-opening form (ficha cadastral PF) of a brokerage, key: value, as exported to PDF."""
    doc = Doc()
    c = g.person()
    mom, dad = g.relative(c, True), g.relative(c, False)
    comp, dom = broker_dom(g)
    city, uf = g.city()
    caps = g.chance(0.35)
    nm = (lambda p: p.caps) if caps else (lambda p: p.full)
    married = g.chance(0.5)
    doc.f("«co» — FICHA CADASTRAL PESSOA FÍSICA (Res. CVM 35/2021)                 pág. 1/3\n"
          "Código do cliente: «cc»      Data de abertura: «da»      Canal: «ch»\n\n"
          "1. IDENTIFICAÇÃO\n"
          "Nome completo ............: «n»\n"
          "Data de nascimento .......: «b»\n"
          "Naturalidade/UF ..........: «nat»\n"
          "Nacionalidade ............: «nac»\n"
          "Estado civil .............: «ec»\n",
          co=comp.upper(), cc=g.client_code(), da=g.date("br"), ch=g.pick(["App", "Assessor", "Web"]), n=P(nm(c)),
          b=(g.dob(g.pick(["br", "br", "iso", "dot"])), "DATE_OF_BIRTH"), nat="/".join(g.city()),
          nac=g.pick(["brasileira", "Brasileira", "BRASILEIRA", "brasileira (naturalizada)"]),
          ec=g.pick(["Casado(a) - comunhão parcial", "Casado(a) - separação total"]) if married else g.pick(["Solteiro(a)", "Divorciado(a)", "Viúvo(a)", "União estável"]))
    if married:
        sp = g.person(female=not c.female)
        doc.f("Cônjuge ..................: «s»   CPF: «sc»\n", s=P(nm(sp)), sc=(g.cpf(), "BR_CPF"))
    doc.f("Filiação (mãe) ...........: «m»\nFiliação (pai) ...........: «p»\n"
          "CPF ......................: «cpf»\n"
          "Documento ................: «dt» «dn»   Órgão emissor: «oe»   Emissão: «de»\n",
          m=P(nm(mom)), p=P(nm(dad)) if g.chance(0.85) else V("NÃO DECLARADO"), cpf=(g.cpf(), "BR_CPF"),
          dt=(dtype := g.pick(["RG", "RG", "CNH", "CNH"])), dn=(g.rg(), "BR_RG") if dtype == "RG" else (g.cnh(), "BR_CNH"),
          oe="SSP/" + uf if dtype == "RG" else "DETRAN/" + uf, de=g.date("br", g.ri(2005, 2023)))
    if g.chance(0.45):
        doc.f("Título de eleitor .........: «te»   Zona «z»  Seção «se»\n", te=(g.titulo(), "BR_TITULO_ELEITOR"), z=g.d(3), se=g.d(4))
    if dtype == "RG" and g.chance(0.4):
        doc.f("CNH (opcional) ...........: «cnh»   validade «v»\n", cnh=(g.cnh(), "BR_CNH"), v=g.date("br", g.ri(2026, 2033)))
    doc.f("\n2. ENDEREÇO E CONTATO\n"
          "Endereço residencial .....: «a»\n"
          "Bairro ...................: «ba»\n"
          "Cidade/UF ................: «ci»/«uf»        CEP: «cep»\n"
          "Celular ..................: «cel»\n"
          "Tel. residencial .........: «tel»\n"
          "E-mail ...................: «em»\n",
          a=(g.address("caps" if caps else "text"), "ADDRESS"), ba=g.pick(BAIRROS), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          cel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          tel=(g.phone("par", mobile=False), "PHONE_NUMBER") if g.chance(0.5) else V("—"), em=(g.email(c), "EMAIL_ADDRESS"))
    emp = g.pick(["Transportadora Bento Amaral Ltda", "Supermercados Prudente", "Clínica Rosa Branca", "Haddad Têxtil S.A.",
                  "Prefeitura Municipal de " + g.city()[0], "Cooperativa Aurora Agro", "autônomo"])
    doc.f("\n3. SITUAÇÃO FINANCEIRA E PROFISSIONAL\n"
          "Profissão ................: «pr»\nEmpresa ..................: «em»",
          pr=g.pick(["Engenheiro(a) civil", "Comerciante", "Servidor(a) público(a)", "Médico(a)", "Produtor(a) rural",
                     "Aposentado(a)", "Analista de sistemas", "Advogado(a)", "Professor(a)"]), em=emp)
    if emp != "autônomo" and g.chance(0.6):
        doc.f("   CNPJ: «cn»", cn=(g.cnpj(), "BR_CNPJ"))
    im, ap = g.ri(0, 3000) * 1000, g.ri(10, 2000) * 1000
    doc.f("\nRenda mensal .............: «r»\nPatrimônio declarado .....: R$ «pt» (imóveis R$ «im», aplicações R$ «ap»",
          r=brl(g, 3000, 60000), pt=f"{im + ap + g.ri(0, 200) * 1000:,}".replace(",", ".") + ",00",
          im=f"{im:,}".replace(",", ".") + ",00", ap=f"{ap:,}".replace(",", ".") + ",00")
    if g.chance(0.6):
        doc.f("; veículo placa «pl»", pl=(g.plate(), "LICENSE_PLATE"))
    doc.f(")\nPessoa politicamente exposta (PEP): «pep»\n",
          pep=g.pick(["Não", "NÃO", "Não (declarado em " + g.date("br") + ")"]))
    bcode, bname = g.bank()
    doc.f("\n4. CONTA CORRENTE DE TITULARIDADE (para resgates)\n"
          "Banco: «bc» - «bn»   Agência: «ag»   Conta: «ac»\n\n"
          "5. DECLARAÇÕES\n"
          "[X] Declaro que as informações acima são verdadeiras (Lei 9.613/1998).\n"
          "[X] Li e aceito o Termo de Adesão e a Política de Privacidade (Lei 13.709/2018).\n"
          "Aceite eletrônico em «ad» «at» — IP «ip» — dispositivo «dv»\n"
          "Assessor vinculado: «asr» (cód. A«ac2»)\n",
          bc=bcode, bn=bname, ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), ad=g.date("br"), at=g.hms(),
          ip=(g.ip(), "IP_ADDRESS"), dv=g.pick(["iPhone 13", "Samsung SM-A546E", "Chrome/Windows", "Motorola g54"]),
          ac2=g.d(5), asr=P(g.person().full) if g.chance(0.8) else V("sem assessor (cliente direto)"))
    return doc


def at_suitability(g: Gen) -> Doc:
    """Compliance e-mail to advisers on suitability mismatches (ruled table), with one client's
    questionnaire answers pasted below."""
    doc = Doc()
    comp, dom = broker_dom(g)
    cp, adv = g.person(), g.person()
    doc.f("De: «f» <«fe»>\nPara: «a» <«ae»>\nCc: compliance@«d»\nAssunto: [Suitability] «k» clientes desenquadrados — "
          "regularizar até «dl»\n\n«ag»,\n\nNa rodada mensal da Resolução CVM 30/2021 apareceram os clientes abaixo na sua carteira com "
          "produto acima do perfil. Preciso do termo de ciência assinado ou do rebalanceamento.\n\n",
          f=P(cp.full), fe=(corp_mail(cp, dom), "EMAIL_ADDRESS"), a=P(adv.full), ae=(corp_mail(adv, dom), "EMAIL_ADDRESS"), d=dom,
          k=(k := g.ri(3, 5)), dl=g.date("br"), ag=P(adv.first))
    rows = []
    clients = []
    for _ in range(k):
        c = g.person()
        clients.append(c)
        rows.append([P(g.pick([c.full, c.caps, c.short])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.email(c), "EMAIL_ADDRESS"),
                     V(g.pick(["Conservador", "Moderado", "Conservador", "Arrojado"])),
                     V(g.pick(["COE Autocall", "Fundo Multimercado", "Ações", "Debêntures HY", "Cripto ETF", "Opções"])),
                     V(f"{g.ri(5, 60)}%"), V(g.pick(["vencido", "a vencer " + g.date("dm"), "vencido"]))])
    if g.chance(0.5):
        table_ruled(doc, ["Cliente", "CPF", "E-mail", "Perfil API", "Produto", "% carteira", "Questionário"], rows)
    else:
        table_plain(doc, ["CLIENTE", "CPF", "EMAIL", "PERFIL", "PRODUTO", "%CART", "API"], rows)
    c = clients[0]
    doc.f("\nRespostas do questionário de «n» (preenchido pelo app em «d», IP «ip»):\n"
          "1. Objetivo: «o»\n2. Prazo: «pz»\n3. Se a carteira caísse 15%: «r»\n4. Renda mensal: «rd»\n"
          "5. Patrimônio financeiro: «pf»\n6. Formação: «fo»\n7. Experiência com renda variável: «ex»\n"
          "Pontuação: «pt» → «pe»\n\nObs.: «w».\n\nAbs,\n«s»\nCompliance — «co»\n",
          n=P(c.first if g.chance(0.4) else c.full), d=g.date("br"), ip=(g.ip(), "IP_ADDRESS"),
          o=g.pick(["preservar capital", "aposentadoria", "crescimento do patrimônio", "comprar imóvel"]),
          pz=g.pick(["até 1 ano", "1 a 5 anos", "mais de 5 anos"]),
          r=g.pick(["resgataria tudo", "manteria", "aplicaria mais"]), rd=g.pick(["até R$ 5 mil", "R$ 5 a 20 mil", "acima de R$ 20 mil"]),
          pf=g.pick(["até R$ 100 mil", "R$ 100 mil a 1 mi", "acima de R$ 1 mi"]),
          fo=g.pick(["superior completo", "médio", "pós-graduação"]), ex=g.pick(["nenhuma", "pouca", "opera há 10 anos"]),
          pt=g.ri(8, 40), pe=g.pick(["Conservador", "Moderado", "Arrojado"]),
          w=g.pick(["o cliente deu carta branca pro assessor, mas isso não substitui o termo",
                    "seria prudente refazer a API por telefone gravado", "o campo profissão está em branco",
                    f"o CPF {g.bad_cpf('dot')} que veio na planilha antiga está errado, usei o do cadastro"]),
          s=P(cp.first), co=comp)
    return doc


def at_chat(g: Gen) -> Doc:
    """Web chat of a pension fund: bot triage, then a human attendant, about a VGBL redemption
    that did not arrive; Pix refund to a random key."""
    doc = Doc()
    comp, dom = broker_dom(g)
    c = g.person()
    att = g.person()
    bot = g.pick(["Lis", "Aurora", "PrevBot", "Vic"])
    ts = g.times(14)
    cname = g.pick([c.full, c.low, c.first, c.caps])
    doc.f("Transcrição do atendimento #«n» — «co» — canal: chat web — «d»\n\n", n=g.d(8), co=comp, d=g.date("br"))
    doc.f("[«t»] «b» (assistente virtual): Olá! Eu sou a «b», assistente virtual da «co». Para começar, informe seu CPF.\n"
          "[«t1»] Cliente: «cpf»\n"
          "[«t2»] «b» (assistente virtual): Obrigada. Agora sua data de nascimento, por favor.\n"
          "[«t3»] Cliente: «dob»\n"
          "[«t4»] «b» (assistente virtual): Identifiquei o(a) titular «nm». Sobre o que você quer falar? 1) Resgate 2) Portabilidade 3) Informe de rendimentos\n"
          "[«t5»] Cliente: 1\n[«t6»] Cliente: quero falar com atendente humano\n"
          "[«t7»] Sistema: Você está sendo transferido. Posição na fila: «q»\n",
          t=ts[0], b=bot, co=comp, cpf=(g.cpf(g.pick(["dot", "raw", "raw"])), "BR_CPF"), t1=ts[1], t2=ts[1], t3=ts[2],
          dob=(g.dob(g.pick(["br", "nopad", "short", "dash"])), "DATE_OF_BIRTH"), t4=ts[2], nm=P(cname), t5=ts[3], t6=ts[3], t7=ts[4],
          q=g.ri(2, 19))
    atn = g.pick([att.first, f"{att.first} {att.last[0]}.", att.short])
    spk = P(atn) if g.chance(0.5) else V("Atendente")
    doc.f("[«t»] Sistema: «a» entrou na conversa.\n[«t»] «a»: Boa tarde, «c», me chamo «a2», como posso ajudar?\n"
          "[«t1»] Cliente: pedi resgate do «p» dia «dr» e até agora nada. valor «v»\n",
          t=ts[5], a=P(atn), c=P(c.first), a2=P(att.first), t1=ts[6], p=g.pick(FUNDS), dr=g.date("dm"), v=brl(g, 1000, 90000))
    k = g.ri(0, 1)
    if k == 0:
        doc.f("[«t»] «a»: Verifiquei aqui: o crédito voltou porque a conta «ac» da agência «ag» está encerrada. "
              "Pode me passar outra conta ou uma chave Pix?\n"
              "[«t1»] Cliente: pode mandar na chave aleatória «k»\n",
              t=ts[7], a=spk, ac=(g.account(), "BANK_ACCOUNT"), ag=(g.agency(), "BANK_ACCOUNT"), t1=ts[8], k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("[«t»] «a»: O resgate está retido porque o cadastro está desatualizado (endereço antigo «ad»). Qual o endereço atual?\n"
              "[«t1»] Cliente: «na» cep «cep»\n",
              t=ts[7], a=spk, ad=(g.address(), "ADDRESS"), t1=ts[8], na=(g.address("low"), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("[«t»] «a»: Certo. Abri a solicitação «pr» e o prazo é de até 5 dias úteis. O comprovante vai para «e», correto?\n",
          t=ts[9], a=spk, pr=g.protocol(), e=(g.email(c), "EMAIL_ADDRESS"))
    if g.chance(0.4):
        doc.f("[«t»] Cliente: nao, manda pro «e» que é o que eu uso\n", t=ts[10], e=(g.email(c), "EMAIL_ADDRESS"))
    else:
        doc.f("[«t»] Cliente: «r»\n", t=ts[10], r=g.pick(["isso", "sim", "correto obg"]))
    doc.f("[«t2»] «a»: «w»\n[«t3»] Sistema: atendimento encerrado por «l». Avaliação: «s»/5\n",
          a=spk, t2=ts[11], w=g.pick(["Perfeito! Mais alguma dúvida?", "Obrigada pela paciência 🙂", "Anotado. Tenha uma ótima tarde!"]),
          t3=ts[12], l=g.pick(["atd." + login(att), login(att) + "_sac", "agente " + login(att)]), s=g.ri(1, 5))
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """E-mail thread: a client's complaint to the ombudsman (ouvidoria) about a portability that
    took months, the ombudsman's reply quoting the first-level protocol."""
    doc = Doc()
    comp, dom = broker_dom(g)
    c, ouv = g.person(), g.person()
    rel = g.relative(c)
    p1, p2 = g.protocol(), f"OUV-{g.ri(2024, 2026)}-{g.d(5)}"
    ds = g.dseq(4)
    sig_caps = g.chance(0.3)
    doc.f("Em «d», às «h», «cn» <«ce»> escreveu:\n"
          "> Prezados, registro reclamação na Ouvidoria pois o SAC (protocolo «p1») não resolve.\n"
          "> Solicitei em «d0» a portabilidade do meu «pl» (certificado «cert») para a «dest», CNPJ «cnpj», e até hoje\n"
          "> o valor de «v» não foi transferido. Já liguei «k» vezes, falei com «a1» e depois com «a2», ninguém sabe informar.\n"
          "> «w»\n"
          "> Se não resolverem em 10 dias vou registrar na SUSEP e no consumidor.gov.br.\n>\n"
          "> «sig»\n> CPF «cpf»\n> «tel»\n",
          d=ds[1], h=g.hm(), cn=P(c.full), ce=(g.email(c), "EMAIL_ADDRESS"), p1=p1, d0=ds[0],
          pl=g.pick(["PGBL", "VGBL", "plano PGBL", "Vgbl"]), cert=g.certificate(),
          dest=g.pick(["Vitória Previdência S.A.", "Flor de Lis Previdência Privada", "Luz Verde Seguros S.A.", "Brasilprev"]),
          cnpj=(g.cnpj(), "BR_CNPJ"), v=brl(g, 20000, 900000), k=g.ri(3, 12), a1=P(g.person().first),
          a2=P(g.pick([g.person().first, g.person().short])),
          w=g.pick([f"Minha mãe, {{R}}, tem o mesmo problema com o plano dela.", "É um descaso, o dinheiro é da minha aposentadoria.",
                    "Seria prudente vocês revisarem esse processo.", "Até a conta de luz tá atrasando por causa disso."]),
          sig=P(c.caps if sig_caps else c.full), cpf=(g.cpf(), "BR_CPF"), tel=(g.phone(), "PHONE_NUMBER"))
    if "{R}" in doc.text:
        doc.fill("{R}", rel.full, "PERSON")
    doc.t("\n")
    top = Doc()
    top.f("De: Ouvidoria «co» <ouvidoria@«dom»>\nPara: «ce»\nAssunto: RE: Reclamação — protocolo Ouvidoria «p2»\n\n"
          "Prezad«o» «n»,\n\nRecebemos sua manifestação sob o nº «p2» (prazo regulamentar de 10 dias úteis, Res. CNSP 463/2022).\n"
          "Verificamos que a entidade cessionária devolveu a solicitação em «dv» por divergência no CPF informado "
          "(constava «bad»). Reenviamos o pedido com os dados corretos e o valor de «v» foi transferido em «dt».\n\n"
          "Caso deseje, podemos enviar o extrato de portabilidade para o endereço cadastrado («ad», CEP «cep»).\n\n"
          "Atenciosamente,\n«o1»\nOuvidor«oa» — «co»\n«oe»\n",
          co=comp, dom=dom, ce=(g.email(c), "EMAIL_ADDRESS"), p2=p2, o=c.o, n=P(g.pick([c.first, c.full, c.short])), dv=ds[2],
          bad=g.bad_cpf(g.pick(["dot", "raw"])), v=brl(g, 20000, 900000), dt=ds[3], ad=(g.address(), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), o1=P(ouv.full), oa="a" if ouv.female else "", oe=(corp_mail(ouv, dom), "EMAIL_ADDRESS"))
    base = len(top.text)
    top.text += doc.text
    top.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in doc.spans]
    return top


def at_call(g: Gen) -> Doc:
    """Speech-to-text transcript of a phone call asking for a PGBL portability, lower case,
    little punctuation; security questions (mother's name, birth date, CEP)."""
    doc = Doc()
    comp, dom = broker_dom(g)
    c, att, adv = g.person(), g.person(), g.person()
    mom = g.relative(c, True)
    n = g.cpf_digits()
    spoken = g.pick([fmt_cpf(n), n, f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"])
    doc.f("gravacao_«id».wav | duração «m»m«s»s | fila PREV_PORTAB | transcrição automática (confiança «cf»)\n\n",
          id=g.hexs(12), m=g.ri(4, 19), s=g.ri(10, 59), cf=f"0,{g.d(2)}")
    doc.f("URA: para sua segurança esta ligação está sendo gravada\n"
          "ATENDENTE: «co» previdência boa tarde meu nome é «a» com quem eu falo\n"
          "CLIENTE: «cn» eu queria fazer a portabilidade do meu pgbl\n"
          "ATENDENTE: pois não senhor«x» «c1» pode me confirmar o cpf do titular\n"
          "CLIENTE: «cpf»\n"
          "ATENDENTE: e a data de nascimento\n"
          "CLIENTE: «dob»\n"
          "ATENDENTE: o nome completo da sua mãe por favor\n"
          "CLIENTE: «mom»\n",
          co=fold(comp.split()[0]).lower(), a=P(g.pick([att.low, fold(att.first).lower()])), cn=P(g.pick([c.low, fold(c.short).lower()])),
          x="a" if c.female else "", c1=P(fold(c.first).lower()), cpf=(spoken, "BR_CPF"),
          dob=(g.dob(g.pick(["long", "br", "nopad"])).lower(), "DATE_OF_BIRTH"), mom=P(mom.low))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("ATENDENTE: obrigada e o cep do endereço de cadastro\nCLIENTE: «cep» mas eu mudei tá é «ad»\n",
              cep=(g.cep(g.chance(0.5)), "BR_CEP"), ad=(g.address("low"), "ADDRESS"))
    elif k == 1:
        doc.f("ATENDENTE: obrigada e um telefone pra contato\nCLIENTE: «t» ou o da minha esposa «t2»\n",
              t=(g.phone(g.pick(["plain", "raw", "sp"])), "PHONE_NUMBER"), t2=(g.phone(g.pick(["plain", "sp"])), "PHONE_NUMBER"))
    else:
        doc.f("ATENDENTE: obrigada e o e-mail\nCLIENTE: «e» tudo minúsculo\n", e=(g.email(c), "EMAIL_ADDRESS"))
    if k != 1:
        doc.f("ATENDENTE: e um celular com whatsapp\nCLIENTE: «t»\n", t=(g.phone(g.pick(["plain", "raw", "sp"])), "PHONE_NUMBER"))
    doc.f("ATENDENTE: perfeito a portabilidade vai pra qual entidade\n"
          "CLIENTE: «dest» o cnpj eu tenho aqui «cnpj»\n"
          "ATENDENTE: certo «x» sabe que do pgbl pra vgbl não pode né tem que ser pgbl pra pgbl\n"
          "CLIENTE: sim sim «am» «adv» lá já explicou\n"
          "ATENDENTE: ok registrei a solicitação número «pr» o prazo é de até cinco dias úteis\n"
          "CLIENTE: «w»\nATENDENTE: a «co» agradece «c1» tenha uma boa tarde\n",
          dest=g.pick(["flor de lis previdencia", "a vitória previdência", "luz verde seguros", "a icatu", "rosa dos ventos"]),
          cnpj=(g.cnpj(), "BR_CNPJ"), x="a senhora" if c.female else "o senhor", adv=P(g.pick([fold(adv.first).lower(), adv.low])),
          am="a minha assessora" if adv.female else "o meu assessor",
          pr=g.pick([g.neg(11), g.d(9), f"{g.d(4)} {g.d(4)}"]), w=g.pick(["tá bom obrigad" + c.o, "beleza", "ótimo, deus abençoe"]),
          co=fold(comp.split()[0]).lower(), c1=P(fold(c.first).lower()))
    return doc


def at_consumidor(g: Gen) -> Doc:
    """consumidor.gov.br complaint as exported by the company's back office (fields + texts),
    with the company's public answer."""
    doc = Doc()
    comp, dom = broker_dom(g)
    c, resp = g.person(), g.person()
    city, uf = g.city()
    doc.f("Reclamação nº «n» · Consumidor.gov.br · Fornecedor: «co»\n"
          "Status: «st» · Data de abertura: «d» · Prazo de resposta: «dp»\n\n"
          "Consumidor: «cn»\nCPF: «cpf»\nData de nascimento: «dob»\nE-mail: «e»\nTelefone: «t»\nUF/Município: «uf» / «ci»\n"
          "Área: Serviços Financeiros › Investimentos › «ar»\n\nRelato:\n«r1»",
          n=g.pick([g.neg(11), f"{g.ri(2024, 2026)}.{g.d(2)}/{g.d(8)}"]), co=comp, st=g.pick(["Respondida", "Em análise", "Finalizada avaliada"]),
          d=(ds := g.dseq(4))[0], dp=ds[3], cn=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob("br"), "DATE_OF_BIRTH"), e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), uf=uf, ci=city,
          ar=g.pick(["Corretagem", "Previdência privada", "Custódia"]),
          r1=g.pick(["Fiz uma transferência de custódia (STVM) das minhas ações ", "Pedi o resgate total do meu VGBL ",
                     "Encerrei minha conta na corretora "]))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("em «d» e a corretora cobrou taxa de «v» sem avisar. O assessor «a» disse que era isento. "
              "Quero o estorno na minha conta do «b», agência «ag», conta «ac».\n",
              d=g.date("br"), v=brl(g, 30, 900), a=P(g.pick([g.person().full, g.person().first])), b=g.bank()[1],
              ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    elif k == 1:
        doc.f("e o dinheiro foi para uma conta que não é minha. Meu endereço é «ad», CEP «cep», e nunca recebi carta. "
              "Desconfio de fraude, alguém acessou pelo IP «ip» segundo o próprio app.\n",
              ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), ip=(g.ip(), "IP_ADDRESS"))
    else:
        doc.f("e ficaram retidos «v» de IR na tabela progressiva sendo que escolhi a regressiva (Lei 11.053/2004). "
              "A gerente «a» confirmou o erro por e-mail («ae») mas nada foi feito.\n",
              v=brl(g, 300, 30000), a=P(resp.full), ae=(corp_mail(resp, dom), "EMAIL_ADDRESS"))
    doc.f("\nPedido: «pd»\n\nResposta do fornecedor («dr»):\nOlá, «n»! Lamentamos o transtorno. Após análise, «ans» "
          "Permanecemos à disposição pelo canal ouvidoria@«dom».\n«sg»\n\nAvaliação do consumidor: «av»\n",
          pd=g.pick(["estorno do valor", "devolução do dinheiro e explicação", "correção do informe de rendimentos"]),
          dr=ds[2], n=P(c.first), dom=dom,
          ans=g.pick(["o estorno foi realizado na conta de titularidade informada.", "verificamos que a operação seguiu as regras do regulamento.",
                      "emitimos novo informe de rendimentos corrigido."]),
          sg=g.pick(["Equipe " + comp, f"{{S}}"]), av=g.pick(["Resolvida, nota 4", "Não resolvida, nota 1", "—"]))
    if "{S}" in doc.text:
        doc.fill("{S}", resp.first + " " + resp.last + " — Relacionamento " + comp, None)
        i = doc.text.index(resp.first + " " + resp.last + " — Relacionamento")
        doc.spans.append({"start": i, "end": i + len(resp.first + " " + resp.last), "label": "PERSON"})
    return doc


# =========================================================================== juridico

def qualif(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, titulo: bool = False,
           addr: bool = True) -> None:
    """Notarial qualification paragraph of a party: nationality, civil status, job, documents, address."""
    city, uf = g.city()
    doc.f("«n», «nac», «ec», «pr», ", n=P(p.caps if caps else p.full), nac="brasileira" if p.female else "brasileiro",
          ec=g.pick(["casad" + p.o, "solteir" + p.o, "viúv" + p.o, "divorciad" + p.o, "convivente em união estável"]),
          pr=g.pick(["aposentad" + p.o, "comerciante", "engenheir" + p.o, "professor" + ("a" if p.female else ""), "do lar",
                     "servidor" + ("a" if p.female else "") + " públic" + p.o, "estudante", "agricultor" + ("a" if p.female else "")]))
    if g.chance(0.35):
        doc.f("nascid«o» em «b», ", o=p.o, b=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"))
    if rg:
        doc.f("portador«a» da cédula de identidade RG nº «rg» «oe», ", a="a" if p.female else "",
              rg=(g.rg(), "BR_RG"), oe=g.pick(["SSP/SP", "SSP/" + uf, "SESP/" + uf]))
    doc.f("inscrit«o» no CPF sob o nº «c»", o=p.o, c=(g.cpf(), "BR_CPF"))
    if titulo:
        doc.f(", título de eleitor «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    if addr:
        doc.f(", residente e domiciliad«o» na «a», «ba», «ci»/«uf», CEP «cep»", o=p.o, a=(g.address(), "ADDRESS"),
              ba=g.pick(BAIRROS), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"))


def ju_sinistro(g: Gen) -> Doc:
    """Law firm's letter claiming a VGBL death benefit for the beneficiaries, with their bank data."""
    doc = Doc()
    comp, dom = broker_dom(g)
    dead = g.person()
    law = g.person()
    firm = g.pick(["Tenório & Saldanha Advogados", "Leão Prudente Sociedade de Advogados", "Escritório Bento Amado",
                   "Haddad, Rahal & Aragão Advogados", "Vitória Advocacia"])
    ds = g.dseq(3)
    doc.f("«fi»\n«ci», «d».\n\nÀ\n«co» — Departamento de Sinistros\nRef.: Comunicação de sinistro — morte do participante — "
          "certificado «ce»\n\nPrezados Senhores,\n\n", fi=firm, ci=g.city()[0], d=ds[2], co=comp, ce=g.certificate())
    doc.f("Na qualidade de advogad«o» dos beneficiários abaixo, comunicamos o falecimento de «n», CPF «c», nascid«o2» em «b», "
          "ocorrido em «do» (certidão de óbito matrícula «mt»), titular do plano «pl».\n\n",
          o="a" if law.female else "o", n=P(g.pick([dead.full, dead.caps])), c=(g.cpf(), "BR_CPF"), o2=dead.o,
          b=(g.dob("br", 1935, 1975), "DATE_OF_BIRTH"), do=ds[0], mt=f"{g.d(6)} 01 55 {g.ri(2024, 2026)} 4 {g.d(5)} {g.d(3)} {g.d(7)}-{g.d(2)}",
          pl=g.pick(FUNDS))
    doc.t("Beneficiários indicados na proposta de adesão e respectivos dados para crédito:\n\n")
    k = g.ri(2, 4)
    for i in range(k):
        b = g.child(dead) if g.chance(0.6) else g.relative(dead)
        bc, bn = g.bank()
        doc.f("«i») «n» — «par» — «pc»% — CPF «c»", i=i + 1, n=P(b.full), par=g.pick(["filh" + b.o, "cônjuge", "net" + b.o, "irm" + ("ã" if b.female else "ão")]),
              pc=(100 // k if i < k - 1 else 100 - (100 // k) * (k - 1)), c=(g.cpf(), "BR_CPF"))
        minor = g.chance(0.35)
        if not minor and g.chance(0.5):
            doc.f(", nasc. «b»", b=(g.dob("br", 1945, 2004), "DATE_OF_BIRTH"))
        if minor:
            doc.f(", menor, nascid«o» em «b» (representad«o» pela genitora «m»)", o=b.o, b=(g.dob("br", 2009, 2020), "DATE_OF_BIRTH"),
                  m=P(g.person(female=True).full))
        if g.chance(0.5):
            doc.f(" — «bn» (bco «bc»), ag. «ag», c/c «ac»\n", bn=bn, bc=bc, ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
        else:
            doc.f(" — Pix (chave aleatória) «k»\n", k=(g.uuid(), "PIX_KEY"))
    doc.f("\nSeguem anexos: certidão de óbito, documentos dos beneficiários, declaração de únicos herdeiros e "
          "comprovantes de residência. Ressaltamos que, nos termos do art. 794 do Código Civil e da Circular SUSEP 563/2017, "
          "o capital do VGBL não integra a herança e independe de inventário (proc. «cnj» em curso apenas para os demais bens).\n\n"
          "Contato: «le» | «lt»\n\nAtenciosamente,\n\n«ln»\n«oab»\n",
          cnj=g.cnj(), le=(g.email(law, g.pick([None, "tenoriosaldanha.adv.br", "bentoamado.adv.br"])), "EMAIL_ADDRESS"),
          lt=(g.phone(), "PHONE_NUMBER"), ln=P(law.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    return doc


def ju_alvara(g: Gen) -> Doc:
    """OCR of a judicial order (alvará) authorising a broker to transfer a deceased investor's
    custody to the heirs; OCR confusions in words and names, identifiers intact."""
    doc = Doc()
    comp, dom = broker_dom(g)
    dead, judge = g.person(), g.person()
    heirs = [g.child(dead) for _ in range(g.ri(2, 3))]
    O = lambda s: ocr(s, g, 0.3)
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA «uf»\n«v»ª Vara de Família e Sucessões da Comarca de «ci»\n\n"
          "ALVARÁ JUDICIAL Nº «na»\nProcesso nº «cnj»\nClasse: Inventário\nInventariante: «inv»\nAutor da herança: «de»\n\n",
          uf=g.pick(["DO ESTADO DE SÃO PAULO", "DO ESTADO DE MINAS GERAIS", "DO ESTADO DE PERNAMBUCO", "DO ESTADO DO RIO GRANDE DO SUL",
                   "DO ESTADO DA BAHIA", "DO ESTADO DO PARANÁ", "DO ESTADO DO CEARÁ"]), v=g.ri(1, 9),
          ci=g.city()[0], na=f"{g.d(3)}/{g.ri(2024, 2026)}", cnj=g.cnj(), inv=P(O(heirs[0].caps)), de=P(O(dead.caps)))
    doc.f(O("O(A) Doutor(a) ") + "«j»" + O(", MM. Juiz(a) de Direito, na forma da lei, AUTORIZA a ") + "«co»" +
          O(", inscrita no CNPJ sob o nº ") + "«cn»" + O(", a transferir a totalidade dos ativos custodiados em nome do falecido ") +
          "«d»" + ", CPF «c», " + O("conforme posição na data do óbito (") + "«do»" + O("), aos herdeiros abaixo, na proporção de seus quinhões:") + "\n\n",
          j=P(O(judge.full)), co=comp.upper(), cn=(g.cnpj(), "BR_CNPJ"), d=P(O(dead.full)), c=(g.cpf(), "BR_CPF"), do=g.date("br"))
    for h in heirs:
        doc.f("- «n», CPF «c», RG «rg», conta de custódia a ser aberta na «dest»", n=P(O(h.caps)), c=(g.cpf(), "BR_CPF"),
              rg=(g.rg(), "BR_RG"), dest=g.pick(["mesma instituição", "Rosa dos Ventos CTVM", "corretora de sua escolha"]))
        if g.chance(0.4):
            doc.f(" ou, em dinheiro, ag. «ag» c/c «ac»", ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
        doc.t(";\n")
    doc.f("\n" + O("Ativos: ") + "«at»" + O(". Fica vedado o resgate do PGBL sem nova ordem. Prazo de validade: 90 dias.") +
          "\n«ci», «d».\n\n«j»\n" + O("Juiz(a) de Direito") + "\n[documento assinado digitalmente — código de verificação «cv»]\n",
          at=", ".join(g.rng.sample(ASSETS, 3) + [g.pick(FIXED)]), ci=g.city()[0], d=g.date("long"), j=P(O(judge.caps)),
          cv=f"{g.alnum(4)}.{g.alnum(4)}.{g.alnum(4)}")
    return doc


def ju_cvm(g: Gen) -> Doc:
    """Complaint to the CVM (Serviço de Atendimento ao Cidadão form) about unauthorised trades by an
    adviser, followed by the broker's internal forwarding note to the legal team."""
    doc = Doc()
    comp, dom = broker_dom(g)
    c, adv, leg = g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("CVM — Serviço de Atendimento ao Cidadão (SAC)\nReclamação nº «n»   Recebida em «d»\n\n"
          "DADOS DO RECLAMANTE\nNome: «cn»\nCPF/CNPJ: «cpf»\nData de nascimento: «dob»\nEndereço: «ad»\nCidade: «ci»  UF: «uf»  CEP: «cep»\n"
          "Telefone: «t»\nE-mail: «e»\n\nDADOS DO RECLAMADO\nInstituição: «co»   CNPJ: «cnpj»\nPessoa envolvida: «a» (assessor de investimentos)\n\n",
          n=f"RC {g.ri(2024, 2026)}/{g.d(6)}", d=g.date("br"), cn=P(c.full), cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob(), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"), co=comp, cnpj=(g.cnpj(), "BR_CNPJ"),
          a=P(g.pick([adv.full, adv.short])))
    doc.f("DESCRIÇÃO\nO assessor «a» fez operações de «op» na minha conta sem minha autorização entre «d1» e «d2», com prejuízo "
          "de «v». Ele me ligava do número «t» dizendo que era «w». Nunca assinei ordem. Tenho os prints do WhatsApp. "
          "Peço apuração nos termos da Resolução CVM 35/2021 e ressarcimento pelo MRP da B3.\n\n",
          a=P(adv.first), op=g.pick(["opções de PETR4", "day trade de mini índice", "COE e debêntures", "BOVA11 alavancado"]),
          d1=g.date("br"), d2=g.date("br"), v=brl(g, 5000, 400000), t=(g.phone(), "PHONE_NUMBER"),
          w=g.pick(["oportunidade única", "ordem da mesa", "rebalanceamento obrigatório"]))
    doc.f("-----\n[uso interno — «co»]\nEncaminhado por «f» (Relacionamento com Reguladores) em «d» para «l» (Jurídico Contencioso), «le».\n"
          "Ofício CVM/SMI/GME nº «of». Prazo para resposta: 15 dias. Assessor vinculado ao escritório «esc», contrato de "
          "agente autônomo nº «ct». Gravações do ramal «r» solicitadas à TI. Verificar se há ação cível (nenhuma no CNJ até o momento). «w»\n",
          co=comp, f=P(g.person().full), d=g.date("br"), l=P(leg.full), le=(corp_mail(leg, dom), "EMAIL_ADDRESS"),
          of=f"{g.ri(100, 999)}/{g.ri(2024, 2026)}", esc=g.pick(["Bento & Amado Assessoria", "Luz Invest AAI", "Prudente Partners AAI"]),
          ct=g.neg(11), r=g.d(4), w=g.pick(["", "Seria prudente suspender o código do assessor.", "Cliente idoso; ver Estatuto da Pessoa Idosa."]))
    return doc


def ju_coaf(g: Gen) -> Doc:
    """Internal suspicious-transaction dossier before a COAF report (Lei 9.613/1998): the
    investigated client, related parties, transfers and login IPs."""
    doc = Doc()
    comp, dom = broker_dom(g)
    c, an = g.person(), g.person()
    firm = g.pick(["Rahal Comércio de Grãos Ltda", "Transportes Prudente ME", "Aurora Fomento Mercantil", "Sucupira Agropecuária S.A."])
    doc.f("CONFIDENCIAL — PLD/FT — NÃO COMPARTILHAR COM O CLIENTE (art. 11, II, Lei 9.613/1998)\n"
          "Dossiê «n» · «co» · analista: «a» · aberto em «d»\n\n"
          "1. Cliente investigado\n   Nome: «cn»\n   CPF: «cpf»   Nasc.: «dob»   Profissão declarada: «pr»\n   Renda declarada: «r»/mês\n"
          "   Endereço: «ad», CEP «cep»\n   Sócio de «fi» (CNPJ «cnpj»)\n\n",
          n=f"PLD-{g.ri(2024, 2026)}-{g.d(4)}", co=comp, a=P(an.full), d=g.date("br"), cn=P(c.caps),
          cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH"),
          pr=g.pick(["motorista de aplicativo", "estudante", "autônomo", "aposentado"]), r=brl(g, 1500, 6000),
          ad=(g.address("caps"), "ADDRESS"), cep=(g.cep(), "BR_CEP"), fi=firm, cnpj=(g.cnpj(), "BR_CNPJ"))
    if g.chance(0.7):
        doc.f("   Veículos em nome do cliente (consulta RENAVAM): «p1» («m1»), «p2» («m2»)\n\n", p1=(g.plate(), "LICENSE_PLATE"),
              m1=g.pick(["Hilux SRV 2024", "Corolla Cross 2025", "BMW X1 2023"]), p2=(g.plate(), "LICENSE_PLATE"),
              m2=g.pick(["CB 500F", "Compass Limited", "Amarok V6"]))
    doc.t("2. Movimentações atípicas (últimos 90 dias)\n")
    rows = []
    for _ in range(g.ri(3, 5)):
        o = g.person()
        kind = g.pick(["TED entrada", "TED saída", "Pix entrada", "Pix saída"])
        rows.append([V(g.date("br")), V(kind), V(g.money(9000, 49999)), P(g.pick([o.caps, o.full])),
                     (g.cpf("raw"), "BR_CPF") if g.chance(0.7) else (g.cnpj(), "BR_CNPJ"),
                     (g.uuid(), "PIX_KEY") if kind.startswith("Pix") and g.chance(0.5) else (g.account(), "BANK_ACCOUNT")])
    table_plain(doc, ["data", "tipo", "valor R$", "contraparte", "CPF/CNPJ", "conta/chave"], rows)
    doc.f("\n3. Acessos\n   «t1»  login app  IP «ip1»  (geo: «g1»)\n   «t2»  login app  IP «ip2»  (geo: «g2»)\n"
          "   «t3»  troca de e-mail para «e»\n   «t4»  troca de celular para «ph»\n\n",
          t1=g.date("iso") + " " + g.hms(), ip1=(g.ip(), "IP_ADDRESS"), g1=g.pick(["São Paulo", "Assunção/PY", "Foz do Iguaçu"]),
          t2=g.date("iso") + " " + g.hms(), ip2=(g.ip(), "IP_ADDRESS"), g2=g.pick(["Ciudad del Este/PY", "Miami/US", "Ponta Porã"]),
          t3=g.date("iso") + " " + g.hms(), e=(g.email(c), "EMAIL_ADDRESS"), t4=g.date("iso") + " " + g.hms(),
          ph=(g.phone(g.pick(["e164", "par"])), "PHONE_NUMBER"))
    doc.f("4. Conclusão\nIncompatibilidade entre renda e movimentação (fracionamento abaixo de R$ 50 mil). Recomenda-se comunicação "
          "ao COAF via SISCOAF e bloqueio preventivo. Decisão do comitê em «d»: «dc». Relator: «r»; votos de «v1» e «v2».\n",
          d=g.date("br"), dc=g.pick(["comunicar", "comunicar e encerrar relacionamento", "monitorar 60 dias"]),
          r=P(an.first), v1=P(g.person().short), v2=P(g.person().short))
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Private power of attorney for an elderly investor's son to operate her brokerage and pension
    accounts, with the broker's back-office checklist stamped below."""
    doc = Doc()
    comp, dom = broker_dom(g)
    out = g.person(female=g.chance(0.6))
    kid = g.child(out)
    caps = g.chance(0.3)
    doc.t("INSTRUMENTO PARTICULAR DE PROCURAÇÃO\n\nOUTORGANTE: ")
    qualif(g, doc, out, caps=caps, titulo=g.chance(0.5))
    doc.t(".\n\nOUTORGAD" + kid.o.upper() + ": ")
    qualif(g, doc, kid, caps=caps, rg=g.chance(0.5), titulo=g.chance(0.3), addr=g.chance(0.6))
    doc.f(".\n\nPODERES: para representar «o» outorgante perante a «co», CNPJ «cn», e demais instituições financeiras, podendo "
          "abrir e movimentar contas de investimento, emitir ordens de compra e venda de «at», solicitar resgates e portabilidade do "
          "plano «pl», receber e dar quitação, transferir valores exclusivamente para a conta de titularidade d«o» outorgante "
          "(«bn», ag. «ag», c/c «ac»), assinar termos de adesão e questionários de suitability, e substabelecer com reserva.\n"
          "Validade: «val».\n\n«ci», «d».\n\n__________________________\n«sn»\n"
          "(firma reconhecida por autenticidade no «cart» — selo «se»)\n\n",
          o="a" if out.female else "o", co=comp, cn=(g.cnpj(), "BR_CNPJ"), at=", ".join(g.rng.sample(ASSETS, 2)) + " e títulos públicos",
          pl=g.pick(FUNDS), bn=g.bank()[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          val=g.pick(["1 (um) ano", "indeterminada", "até " + g.date("br", 2027)]), ci=g.city()[0], d=g.date("long"),
          sn=P(out.caps if caps else out.full),
          cart=g.pick(["2º Tabelião de Notas de " + g.city()[0], "Cartório Amado Bastos", "Tabelionato Rosa e Silva"]),
          se=f"{g.alnum(3)}{g.d(5)}-{g.alnum(2)}")
    an = g.person()
    doc.f("[carimbo back-office «co»] conferido por «a» em «d» — checklist: (x) firma reconhecida (x) doc. com foto "
          "(x) comprovante de endereço (  ) laudo de capacidade — «obs»\n",
          co=comp.split()[0], a=P(g.pick([an.short, an.full, an.first])),
          d=g.date("br"), obs=g.pick(["outorgante tem " + str(g.ri(78, 96)) + " anos, pedir laudo médico",
                                     "ok", "cadastrar procurador no Sinacor", "deu luz verde o jurídico"]))
    return doc


def ju_beneficiarios(g: Gen) -> Doc:
    """Beneficiary designation change form of a PGBL/VGBL certificate (ruled or plain table)."""
    doc = Doc()
    comp, dom = broker_dom(g)
    c = g.person()
    doc.f("«co»\nALTERAÇÃO DE BENEFICIÁRIOS — PLANO DE PREVIDÊNCIA COMPLEMENTAR ABERTA\n"
          "Processo SUSEP nº «sp»   Certificado: «ce»   Plano: «pl»\n\n"
          "PARTICIPANTE\nNome: «n»   CPF: «cpf»   Data de nasc.: «b»\nE-mail: «e»   Celular: «t»\n\n",
          co=comp.upper(), sp=g.susep(), ce=g.certificate(), pl=g.pick(FUNDS), n=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"),
          b=(g.dob(g.pick(["br", "dot"])), "DATE_OF_BIRTH"), e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    rows = []
    k = g.ri(2, 5)
    left = 100
    for i in range(k):
        b = g.child(c) if g.chance(0.5) else (g.relative(c) if g.chance(0.6) else g.person())
        share = left if i == k - 1 else g.pick([10, 20, 25, 30])
        share = min(share, left - (k - 1 - i) * 5) if i < k - 1 else share
        left -= share
        rel = g.pick(["Filha", "Cônjuge", "Companheira", "Neta", "Mãe", "Sobrinha", "Afilhada", "Irmã"] if b.female else
                     ["Filho", "Cônjuge", "Companheiro", "Neto", "Pai", "Sobrinho", "Afilhado", "Irmão"])
        rows.append([P(g.pick([b.full, b.caps])), V(rel),
                     (g.cpf(), "BR_CPF") if g.chance(0.85) else V("não possui"), (g.dob("br", 1950, 2022), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.6) else V("—"), V(f"{share},00%")])
    if g.chance(0.5):
        table_ruled(doc, ["Beneficiário", "Parentesco", "CPF", "Nascimento", "Telefone", "%"], rows)
    else:
        doc.t("NOVOS BENEFICIÁRIOS\n")
        table_plain(doc, ["Nome", "Parentesco", "CPF", "Nasc.", "Contato", "Percentual"], rows, gap=3, rule="=")
    doc.f("\nBeneficiários anteriores ficam EXCLUÍDOS (inclusive «ex»). A indicação pode ser livre, não precisando seguir "
          "a ordem de vocação hereditária (Código Civil, art. 792). Em caso de ausência de indicação, metade ao cônjuge e o "
          "restante aos herdeiros.\n\nLocal e data: «ci», «d»\nAssinatura do participante: ______________________\n"
          "Testemunhas: 1) «w1» CPF «c1»   2) «w2» CPF «c2»\n\nRecebido por: «r» — matrícula «m»\n",
          ex=P(g.person().full), ci=g.city()[0], d=g.date("br"), w1=P(g.person().full), c1=(g.cpf(), "BR_CPF"),
          w2=P(g.person().full), c2=(g.cpf(), "BR_CPF"), r=P(g.person().short), m=g.d(6))
    return doc


def ju_inventario(g: Gen) -> Doc:
    """E-mail thread between a notary-office lawyer and the broker's legal team on an out-of-court
    probate (inventário extrajudicial): position on the date of death, heirs CSV attached."""
    doc = Doc()
    comp, dom = broker_dom(g)
    dead, law, leg, ccp = g.person(), g.person(), g.person(), g.person()
    ds = g.dseq(4)
    doc.f("From: «l» <«le»>\nTo: juridico@«dom»\nCc: «cc» <«cce»>\nDate: «d» «h»\nSubject: Inventário extrajudicial — «dn» — "
          "posição na data do óbito\n\nBoa tarde,\n\nSou advogad«o» do espólio de «dn2» (CPF «dc», falecid«o2» em «do»). A escritura de "
          "inventário será lavrada no «ca» (Lei 11.441/2007) e o tabelião exige declaração da posição de custódia e dos planos de "
          "previdência na data do óbito, para cálculo do ITCMD.\n\nSeguem os herdeiros (planilha anexa, colada abaixo):\n\n",
          l=P(law.full), le=(g.email(law, g.pick([None, "advocaciaaragao.com.br", "saldanhaadv.com.br"])), "EMAIL_ADDRESS"), dom=dom,
          cc=P(ccp.full), cce=(g.email(ccp), "EMAIL_ADDRESS"), d=ds[2], h=g.hm(), dn=P(dead.caps),
          o="a" if law.female else "o", dn2=P(dead.full), dc=(g.cpf(), "BR_CPF"), o2=dead.o, do=ds[0],
          ca=g.pick(["1º Tabelionato de Notas de " + g.city()[0], "Cartório do 3º Ofício", "Tabelionato Prudente de Morais"]))
    rows = []
    for _ in range(g.ri(2, 4)):
        h = g.child(dead) if g.chance(0.7) else g.relative(dead)
        rows.append([P(g.pick([h.full, h.caps])), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), (g.dob("br", 1950, 2005), "DATE_OF_BIRTH"),
                     (g.rg("raw"), "BR_RG") if g.chance(0.6) else V(""),
                     (g.email(h), "EMAIL_ADDRESS") if g.chance(0.6) else V(""), V(g.pick(["filho(a)", "cônjuge meeiro(a)", "neto(a) por representação"]))])
    table_csv(doc, ["nome", "cpf", "nascimento", "rg", "email", "qualidade"], rows, sep=g.pick([";", ","]))
    doc.f("\nProcuração e certidão de óbito em anexo. Fico à disposição: «t».\n\n«l»\n«oab»\n\n", t=(g.phone(), "PHONE_NUMBER"),
          l=P(law.short), oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    doc.f("---------- resposta ----------\nFrom: «r» <«re»>\nDate: «d»\n\nDr(a). «l», boa tarde.\n\n"
          "Localizamos em nome d«o» falecid«o» a conta «cc» com «n» ativos (posição de «do»: «v») e o certificado «ce» do «pl». "
          "O VGBL será pago diretamente aos beneficiários indicados e não entra no inventário; o PGBL idem, com IR na fonte. "
          "Enviaremos a declaração assinada por «s» até «dl». Não conseguimos validar o CPF «bad» informado para um dos herdeiros, "
          "favor conferir.\n\n«r2»\nJurídico Consultivo — «co»\n",
          r=P(leg.full), re=(corp_mail(leg, dom), "EMAIL_ADDRESS"), d=ds[3], l=P(law.last), o=dead.o, cc=g.client_code(),
          n=g.ri(3, 14), do=ds[0], v=brl(g, 30000, 5000000), ce=g.certificate(), pl=g.pick(FUNDS), s=P(g.person().full),
          dl=g.date("br"), bad=g.bad_cpf(g.pick(["dot", "raw"])), r2=P(leg.first), co=comp)
    return doc


# =========================================================================== saude

HOSPITALS = ["Hospital Santa Rosa", "Hospital Bento Gonçalves", "Santa Casa de Presidente Prudente", "Hospital Aurora",
             "Hospital São Vicente de Paulo", "Clínica Luz do Vale", "Hospital Prudente de Morais", "Instituto do Câncer Flor de Lótus"]


def sa_invalidez(g: Gen) -> Doc:
    """Attending physician's report for a disability-income claim (renda por invalidez) of a
    pension plan's risk cover: a form filled in by hand, typed by the claims team."""
    doc = Doc()
    comp, dom = broker_dom(g)
    c, dr = g.person(), g.person()
    ds = g.dseq(4)
    doc.f("«co» — SINISTRO DE INVALIDEZ PERMANENTE POR DOENÇA\nAviso nº «n» · Certificado «ce» · Regulador: «r»\n\n"
          "RELATÓRIO DO MÉDICO ASSISTENTE (preencher em letra de forma)\n"
          "Paciente: «p»\nData de nascimento: «b»    Sexo: «sx»\nCPF: «cpf»    Cartão SUS: «cns»\n"
          "Endereço: «ad»  CEP «cep»\nTelefone: «t»\n\n",
          co=comp.upper(), n=f"SIN-{g.ri(2024, 2026)}-{g.d(6)}", ce=g.certificate(), r=P(g.person().full),
          p=P(g.pick([c.caps, c.full])), b=(g.dob(g.pick(["br", "short", "dot"]), 1955, 1990), "DATE_OF_BIRTH"), sx="F" if c.female else "M",
          cpf=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    cids = g.rng.sample(CIDS, 2)
    doc.f("1. Diagnóstico principal (CID-10): «c1»   Secundário: «c2»\n2. Data do início dos sintomas: «d0»   Data do diagnóstico: «d1»\n"
          "3. Tratamentos realizados: «tr»\n4. Internações: «it»\n5. O paciente está total e permanentemente incapaz para qualquer "
          "atividade laborativa? (X) Sim ( ) Não\n6. Prognóstico: «pg»\n\n",
          c1=cids[0], c2=cids[1], d0=ds[0], d1=ds[1],
          tr=g.pick(["quimioterapia 6 ciclos + radioterapia", "hemodiálise 3x/semana", "fisioterapia motora, baclofeno", "antipsicóticos, CAPS"]),
          it=g.pick(["não", f"{g.pick(HOSPITALS)}, de {ds[1]} a {ds[2]}"]),
          pg=g.pick(["reservado", "desfavorável", "doença progressiva, sem perspectiva de retorno ao trabalho"]))
    doc.f("Médico assistente: «m»   «crm»\nRQE «rqe» · «h»\nE-mail: «e»   Tel. consultório: «tc»\n«ci», «d»\n\n",
          m=P(dr.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), rqe=g.d(5), h=g.pick(HOSPITALS),
          e=(g.email(dr), "EMAIL_ADDRESS"), tc=(g.phone(mobile=False), "PHONE_NUMBER"), ci=g.city()[0], d=ds[3])
    doc.f("[anotação da regulação — «a»] perícia agendada com «pm» («pcrm») para «dp». Benefício mensal previsto «v». "
          "Conta para crédito informada pelo segurado: ag. «ag» c/c «ac».\n",
          a=P(g.person().first), pm=P(g.person().full), pcrm=(g.council("CRM"), "PROFESSIONAL_ID"), dp=g.date("br"), v=brl(g, 1500, 25000),
          ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    return doc


def sa_dps(g: Gen) -> Doc:
    """Personal health statement (DPS) attached to a pension plan with risk cover, sold by an
    adviser; yes/no answers with details."""
    doc = Doc()
    comp, dom = broker_dom(g)
    c, adv = g.person(), g.person()
    doc.f("DECLARAÇÃO PESSOAL DE SAÚDE E ATIVIDADE (DPS)\nProposta nº «pr» — «co» — Pecúlio por morte + «pl»\n\n"
          "Proponente: «n»\nCPF: «cpf»   Nascimento: «b»   Altura: 1,«al» m   Peso: «pe» kg\nProfissão: «pf»\n\n",
          pr=g.pick([g.neg(11), g.d(10), f"PRP-{g.d(7)}"]), co=comp, pl=g.pick(FUNDS), n=P(g.pick([c.full, c.caps, c.plain])),
          cpf=(g.cpf(), "BR_CPF"), b=(g.dob(g.pick(["br", "iso", "nopad"])), "DATE_OF_BIRTH"), al=g.ri(50, 92), pe=g.ri(48, 130),
          pf=g.pick(["motorista de caminhão", "piloto agrícola", "médica", "bancário", "mergulhador profissional", "professora"]))
    qs = [("Está em tratamento médico ou toma medicamento contínuo?", ["Sim — losartana 50 mg (hipertensão, CID I10)", "Não",
                                                                       "Sim — metformina, CID E11.9", "Sim — sertralina, CID F41.1"]),
          ("Já foi internado ou operado nos últimos 5 anos?", ["Não", "Sim — colecistectomia em " + g.date("br", 2022) + " no " + g.pick(HOSPITALS),
                                                               "Sim — angioplastia (CID I21.9), " + g.pick(HOSPITALS)]),
          ("Possui doença crônica, câncer, HIV, doença renal ou cardíaca?", ["Não", "Sim — CID C50.9 em remissão desde 2019", "Não sabe"]),
          ("Pratica esporte ou atividade de risco?", ["Não", "Sim — motociclismo (placa {PL})", "Sim — paraquedismo"]),
          ("É fumante?", ["Não", "Sim, 10 cigarros/dia", "Ex-fumante"])]
    for i, (q, ans) in enumerate(qs):
        a = g.pick(ans)
        if "{PL}" in a:
            pre, post = a.split("{PL}")
            doc.f("«i». «q»\n   R: " + pre + "«p»" + post + "\n", i=i + 1, q=q, p=(g.plate(), "LICENSE_PLATE"))
        else:
            doc.f("«i». «q»\n   R: «a»\n", i=i + 1, q=q, a=a)
    doc.f("\nMédico que acompanha o proponente: «m» «crm», tel. «t»\n"
          "Declaro que as informações são completas e verdadeiras, ciente do art. 766 do Código Civil.\n«ci», «d»\n"
          "Assinatura: «sig» (assinatura eletrônica, IP «ip»)\nCorretor/assessor: «a» — «ae» — SUSEP «su»\n",
          m=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), t=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"),
          ci=g.city()[0], d=g.date("br"), sig=P(c.full), ip=(g.ip(), "IP_ADDRESS"), a=P(adv.full),
          ae=(corp_mail(adv, dom), "EMAIL_ADDRESS"), su=g.d(9))
    return doc


def sa_molestia(g: Gen) -> Doc:
    """Request of income-tax exemption on pension benefits for a serious disease (Lei 7.713/1988,
    art. 6, XIV): client's e-mail, the SUS official medical report, the tax team's note."""
    doc = Doc()
    comp, dom = broker_dom(g)
    c, dr, tx = g.person(), g.person(), g.person()
    kid = g.child(c)
    who = g.chance(0.5)
    doc.f("Para: previdencia@«dom»\nDe: «fe»\nAssunto: isenção de IR — «n» — moléstia grave\n\n"
          "Bom dia. Sou «w» e estou enviando o laudo pericial do SUS para pedir a isenção do imposto de renda sobre a renda mensal "
          "do plano «pl». CPF «cpf». Favor parar o desconto a partir de «d» e devolver o que foi retido desde o diagnóstico.\n"
          "Telefone p/ contato «t».\n\n",
          dom=dom, fe=(g.email(kid if who else c), "EMAIL_ADDRESS"), n=P(c.caps),
          w=(f"{{K}}, filh{kid.o} d{c.o} titular {{C}}" if who else "o próprio titular"), pl=g.pick(FUNDS),
          cpf=(g.cpf(), "BR_CPF"), d=g.date("br"), t=(g.phone(), "PHONE_NUMBER"))
    if who:
        doc.fill("{K}", kid.full, "PERSON")
        doc.fill("{C}", c.full, "PERSON")
    cid = g.pick(["C61", "C50.9", "G30.9", "G35", "G20", "B20", "N18.5", "C34.9", "G12.2"])
    doc.f("--- anexo: laudo_pericial.pdf (texto extraído) ---\nSISTEMA ÚNICO DE SAÚDE — SECRETARIA MUNICIPAL DE SAÚDE DE «ci»\n"
          "LAUDO MÉDICO PERICIAL (Lei 7.713/1988, art. 6º, XIV)\n"
          "Nome: «n»   Nascimento: «b»\nCNS: «cns»   CPF: «cpf»\nNome da mãe: «m»\n"
          "Diagnóstico: «cid» desde «dd». Doença «tp».\n"
          "Médico perito: «dr» — «crm»\nUnidade: «u» (CNES «cnes»)\n\n",
          ci=g.city()[0].upper(), n=P(c.full), b=(g.dob("br", 1935, 1965), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"),
          cpf=(g.cpf(), "BR_CPF"), m=P(g.relative(c, True).full), cid=cid, dd=g.date("br", g.ri(2018, 2024)),
          tp=g.pick(["passível de controle", "sem sinais de recidiva", "progressiva"]), dr=P(dr.full),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"), u=g.pick(["Policlínica " + g.city()[0], "Ambulatório de Especialidades Vila Rosa",
                                                            "CEM Bento Ribeiro"]), cnes=g.d(7))
    doc.f("--- nota interna (tributos) ---\n«tx»: laudo ok (órgão oficial, CID «cid» está no rol). Parar retenção a partir da folha de «mm». "
          "Restituição do retido em «y»: fazer via DIRF retificadora; cliente deve retificar a DIRPF. Conferir se o CPF «bad» "
          "que veio no sistema legado é de outro participante. «w»\n",
          tx=P(g.pick([tx.first, tx.short])), cid=cid, mm=g.pick(MONTHS), y=g.ri(2022, 2025), bad=g.bad_cpf("dot"),
          w=g.pick(["", "Seria prudente pedir o laudo com data de início da doença.", "Ok do leão? Sim, RFB aceita laudo do SUS."]))
    return doc


def sa_folha_hospital(g: Gen) -> Doc:
    """Hospital HR export of the corporate PGBL (plano instituído) payroll deductions: staff with
    CPF, PIS, council registration, birth date and contributions (CSV)."""
    doc = Doc()
    hosp = g.pick(HOSPITALS)
    hr = g.person()
    doc.f("# export_folha_prev_«m»«y».csv — «h» (CNPJ «cn») → «co»\n# gerado por «hr» em «d»; contribuição do participante + "
          "contrapartida da empresa (matching 50% até 5% do salário)\n",
          m=g.pick(["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]), y=g.ri(2024, 2026), h=hosp,
          cn=(g.cnpj(), "BR_CNPJ"), co=broker_dom(g)[0], hr=P(hr.full), d=g.date("br"))
    cols = ["matricula", "nome", "cpf", "pis", "titulo_eleitor", "dt_nasc", "cargo", "registro", "salario", "contrib_part", "contrib_emp"]
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        role = g.pick(["Enfermeira(o)", "Técnico(a) de enfermagem", "Médico(a) plantonista", "Farmacêutico(a)", "Recepcionista",
                       "Psicólogo(a)", "Motorista de ambulância"])
        reg = {"Enfermeira(o)": "COREN", "Técnico(a) de enfermagem": "COREN", "Médico(a) plantonista": "CRM", "Farmacêutico(a)": "CRF",
               "Psicólogo(a)": "CRP"}.get(role)
        sal = g.ri(2200, 28000)
        if role == "Motorista de ambulância":
            regv = (g.cnh(), "BR_CNH")
        elif reg == "CRF":
            regv = (f"CRF-{g.pick(UFS)} {g.ri(1000, 99999)}", "PROFESSIONAL_ID")
        elif reg:
            regv = (g.council(reg), "PROFESSIONAL_ID")
        else:
            regv = V("")
        rows.append([V(g.d(6)), P(g.pick([p.caps, p.full, p.caps])), (g.cpf("raw"), "BR_CPF"), (g.pis(), "BR_PIS"),
                     (g.titulo(False), "BR_TITULO_ELEITOR") if g.chance(0.5) else V(""),
                     (g.dob(g.pick(["br", "iso"]), 1960, 2003), "DATE_OF_BIRTH"), V(role), regv, V(f"{sal}.00"),
                     V(f"{sal * 0.05:.2f}"), V(f"{sal * 0.025:.2f}")])
    table_csv(doc, cols, rows, sep=g.pick([";", ","]))
    doc.f("# total de participantes: «k» · crédito via TED para «co» até o 5º dia útil · dúvidas: «q» (ramal «r»)\n",
          k=len(rows), co=broker_dom(g)[0], q=P(g.pick([hr.first, hr.short])), r=g.d(4))
    return doc


def sa_medico(g: Gen) -> Doc:
    """E-mails between an adviser and a physician who invests her clinic's surplus (PJ account),
    the clinic's secretary in copy; the physician's signature carries the CRM."""
    doc = Doc()
    comp, dom = broker_dom(g)
    dr, adv, sec = g.person(), g.person(), g.person(female=True)
    clinic = g.pick(["Clínica Rosa Branca de Oncologia", "Clínica Bento de Cardiologia Ltda", "Instituto Aurora de Oftalmologia",
                     "Policlínica Prudente S/S", "Clínica Luz & Vida"])
    doc.f("De: «a» <«ae»>\nPara: «d» <«de»>\nCc: «s» <«se»>\nAssunto: Re: aplicação do caixa da clínica + PGBL\n\n"
          "«dra» «d1», tudo bem?\n\nConforme conversamos, a conta PJ da «cl» (CNPJ «cn») já está aberta, código «cc». "
          "Sugiro deixar «v» em «fx» e o restante no «pl», que na pessoa física é dedutível até 12% da renda tributável.\n"
          "Para o PGBL preciso da sua data de nascimento e do seu e-mail pessoal (não o da clínica). "
          "A «s1» me passou o RG «rg», mas o cadastro pede CPF também.\n\nAbs,\n«a1»\n«co» · «at»\n\n",
          a=P(adv.full), ae=(corp_mail(adv, dom), "EMAIL_ADDRESS"), d=P(dr.full), de=(g.email(dr, g.pick(["clinicarosabranca.com.br", "bentocardio.med.br", "auroraoftalmo.com.br"])), "EMAIL_ADDRESS"),
          s=P(sec.full), se=(g.email(sec, g.pick(["clinicarosabranca.com.br", "bentocardio.med.br", "auroraoftalmo.com.br"])), "EMAIL_ADDRESS"),
          dra="Dra." if dr.female else "Dr.", d1=P(dr.first), cl=clinic, cn=(g.cnpj(), "BR_CNPJ"), cc=g.client_code(), v=brl(g, 50000, 900000), fx=g.pick(FIXED),
          pl=g.pick(FUNDS), s1=P(g.pick([sec.first, sec.nick])), rg=(g.rg(), "BR_RG"), a1=P(adv.first), co=comp,
          at=(g.phone(), "PHONE_NUMBER"))
    doc.f("> Em «dt», «d» escreveu:\n> «a1», segue: nasci em «b», CPF «cpf», e-mail «pe». Celular «t» (só WhatsApp, "
          "atendo paciente o dia todo). Pode debitar a contribuição mensal de «v» no cartão «card» que é o da PF.\n"
          "> Não quero nada em renda variável, «w».\n>\n> «dra» «d2»\n> «crm» | RQE «rqe»\n> «cl»\n",
          dt=g.date("br"), d=P(dr.short), a1=P(adv.first), b=(g.dob(g.pick(["br", "long", "nopad"]), 1960, 1992), "DATE_OF_BIRTH"),
          cpf=(g.cpf(), "BR_CPF"), pe=(g.email(dr), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), v=brl(g, 500, 8000),
          card=(g.card(g.chance(0.7)), "CREDIT_CARD"), w=g.pick(WORD_USES[:1] + ["tenho esperança de aposentar aos 55", "a vitória é não perder"]),
          dra="Dra." if dr.female else "Dr.", d2=P(dr.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), rqe=g.d(5), cl=clinic)
    return doc


def sa_obito(g: Gen) -> Doc:
    """OCR of the death certificate (Declaração de Óbito) attached to a death claim of a VGBL,
    with the claims team's checklist; names damaged by OCR, identifiers intact."""
    doc = Doc()
    comp, dom = broker_dom(g)
    dead, dr = g.person(), g.person()
    mom, dad = g.relative(dead, True), g.relative(dead, False)
    O = lambda s: ocr(s, g, 0.35)
    city, uf = g.city()
    cids = g.rng.sample(CIDS, 3)
    doc.f("[OCR — DO_digitalizada_«n».pdf — confiança média «cf»%]\n\nREPÚBLICA FEDERATIVA DO BRASIL\nMINISTÉRIO DA SAÚDE\n"
          "DECLARAÇÃO DE ÓBITO Nº «do»\n\nI - IDENTIFICAÇÃO\n1 Nome do falecido: «nm»\n2 Nome do pai: «pa»\n3 Nome da mãe: «ma»\n"
          "4 Data de nascimento: «b»   5 Idade: «id» anos   6 Sexo: «sx»\n7 Cartão SUS: «cns»   8 CPF: «cpf»\n"
          "9 Estado civil: «ec»   10 Ocupação: «oc»\n\nII - RESIDÊNCIA\n11 Logradouro: «ad»\n12 Bairro: «ba»  13 Município: «ci»  14 UF: «uf»  CEP: «cep»\n\n",
          n=g.hexs(8), cf=g.ri(71, 96), do=f"{g.d(2)}-{g.d(6)}-{g.d(1)}", nm=P(O(dead.caps)), pa=P(O(dad.caps)) if g.chance(0.8) else V("IGNORADO"),
          ma=P(O(mom.caps)), b=(bd := g.dob("br", 1930, 1975), "DATE_OF_BIRTH"), id=g.ri(2024, 2025) - int(bd[-4:]), sx="F" if dead.female else "M",
          cns=(g.cns(True), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"), ec=g.pick(["CASADO(A)", "VIÚVO(A)", "SOLTEIRO(A)"]),
          oc=O(g.pick(["APOSENTADO", "COMERCIANTE", "PROFESSORA", "AGRICULTOR"])), ad=(O(g.address("caps")), "ADDRESS"),
          ba=fold(g.pick(BAIRROS)).upper(), ci=fold(city).upper(), uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.f("III - CONDIÇÕES E CAUSAS DO ÓBITO\nParte I  a) «a» («ca»)  b) «b» («cb»)\nParte II  «c»\nData do óbito: «dt»   Hora: «h»\n"
          "Local: «l»\n\nIV - MÉDICO\nNome: «m»   «crm»\nAtestante: (X) assistente ( ) substituto ( ) SVO\n\n",
          a=O(g.pick(["CHOQUE SEPTICO", "INSUFICIENCIA RESPIRATORIA AGUDA", "PARADA CARDIORRESPIRATORIA"])), ca=cids[0],
          b=O(g.pick(["PNEUMONIA", "NEOPLASIA MALIGNA", "INFARTO AGUDO DO MIOCARDIO"])), cb=cids[1], c=cids[2], dt=g.date("br"),
          h=g.hm(), l=O(g.pick(HOSPITALS).upper()), m=P(O(dr.caps)), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    an = g.person()
    doc.f("--- checklist sinistro (preenchido por «a») ---\n[x] DO legível  [x] CPF do falecido confere com o certificado «ce»\n"
          "[ ] nome da mãe confere (cadastro: «mc»)  [x] causa não excluída (suicídio < 2 anos? não)\n"
          "Obs.: OCR trocou letras no nome, valer o cadastro («dn»). Beneficiário principal «bn», celular «bt».\n",
          a=P(an.short), ce=g.certificate(), mc=P(mom.full), dn=P(dead.full), bn=P(g.child(dead).full), bt=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_curatela(g: Gen) -> Doc:
    """A daughter's e-mail asking the broker to block the account of her father with dementia,
    the neurologist's report and the court's provisional guardianship; compliance's note."""
    doc = Doc()
    comp, dom = broker_dom(g)
    c = g.person(female=g.chance(0.4))
    kid = g.child(c, female=True)
    neuro, cmp, adv = g.person(), g.person(), g.person()
    doc.f("Assunto: URGENTE bloquear conta d«o» «meu» «pai» — «n»\nDe: «k» <«ke»>\nPara: «av» <«ave»>\n\n"
          "«a1», boa noite. «Meu» «pai» tem Alzheimer (laudo «dd» «dr», «crm», CID G30.1) e essa semana fez «x» pelo app "
          "depois de receber ligação de golpista. Temos curatela provisória deferida no processo «cnj». "
          "Peço que bloqueiem qualquer resgate e TED da conta «cc». Dados del«e»: CPF «cpf», nascid«o» em «b», "
          "endereço «ad». Meu celular «t».\n\n«ks»\n\n",
          Meu="Minha" if c.female else "Meu", o=c.o, meu="minha" if c.female else "meu", pai="pai" if not c.female else "mãe", n=P(c.caps), k=P(kid.full), ke=(g.email(kid), "EMAIL_ADDRESS"),
          av=P(adv.full), ave=(corp_mail(adv, dom), "EMAIL_ADDRESS"), a1=P(adv.first), dr=P(neuro.full),
          dd="da Dra." if neuro.female else g.pick(["do Dr.", "do neurologista"]),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"), x=g.pick(["3 TEDs de R$ 9.900,00", "um Pix de " + brl(g, 5000, 90000), "resgate total do VGBL"]),
          cnj=g.cnj(), cc=g.client_code(), e="a" if c.female else "e", cpf=(g.cpf(), "BR_CPF"),
          b=(g.dob(g.pick(["br", "long"]), 1930, 1955), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), t=(g.phone(), "PHONE_NUMBER"),
          ks=P(kid.first))
    doc.f("[nota de compliance — «cp», «d»]\nBloqueio cautelar aplicado. Destinatários dos Pix recentes: «d1» (CPF «c1», chave aleatória «k1») "
          "e «d2» (conta «ac», ag. «ag»). Acessos do IP «ip» em horário atípico. Termo de curatela pendente de registro; "
          "falar com «cu» (curador«a» nomead«o2») pelo «ct». Comunicar PLD. «w»\n",
          cp=P(cmp.short), d=g.date("br"), d1=P(g.person().caps), c1=(g.cpf(), "BR_CPF"), k1=(g.uuid(), "PIX_KEY"),
          d2=P(g.person().caps), ac=(g.account(), "BANK_ACCOUNT"), ag=(g.agency(), "BANK_ACCOUNT"), ip=(g.ip(), "IP_ADDRESS"),
          cu=P(kid.full), a="a", o2="a", ct=(g.phone(), "PHONE_NUMBER"),
          w=g.pick(["", "Estatuto da Pessoa Idosa, art. 102.", "Seria prudente ligar também para o filho.", "Lei 13.146/2015."]))
    return doc


# =========================================================================== financeiro

def fi_informe(g: Gen) -> Doc:
    """Annual income report for the tax return (Informe de Rendimentos Financeiros), text layout of
    the PDF: paying source, beneficiary, products and values; PGBL contributions."""
    doc = Doc()
    comp, dom = broker_dom(g)
    c, resp = g.person(), g.person()
    y = g.ri(2023, 2025)
    city, uf = g.city()
    doc.f("MINISTÉRIO DA FAZENDA — Secretaria da Receita Federal do Brasil\nINFORME DE RENDIMENTOS FINANCEIROS — ANO-CALENDÁRIO «y»\n"
          "(IN RFB 1.500/2014)\n\n1. FONTE PAGADORA\n   Nome empresarial: «co»\n   CNPJ: «cn»\n\n"
          "2. PESSOA FÍSICA BENEFICIÁRIA\n   Nome: «n»\n   CPF: «cpf»\n   Endereço: «ad» — «ci»/«uf» — CEP «cep»\n\n",
          y=y, co=g.pick(BROKERS).upper(), cn=(g.cnpj(), "BR_CNPJ"), n=P(c.caps), cpf=(g.cpf(), "BR_CPF"),
          ad=(g.address("caps"), "ADDRESS"), ci=fold(city).upper(), uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.t("3. RENDIMENTOS SUJEITOS À TRIBUTAÇÃO EXCLUSIVA (R$)\n")
    rows = []
    for prod in g.rng.sample(FIXED, g.ri(2, 4)):
        rows.append([V(prod), V(g.money(100, 60000)), V(g.money(10, 9000))])
    table_plain(doc, ["Produto", "Rendimento", "IRRF"], rows, gap=4)
    doc.f("\n4. RENDIMENTOS ISENTOS (LCI/LCA, dividendos): «v1»\n5. SALDO EM 31/12/«y0»: «v2»    SALDO EM 31/12/«y»: «v3»\n"
          "6. PREVIDÊNCIA COMPLEMENTAR — «pl»\n   Certificado «ce» · contribuições do participante: «v4» (dedutíveis até 12%, Lei 9.250/1995)\n"
          "   Contribuições pagas pelo empregador «emp» (CNPJ «ec»): «v5»\n\n",
          v1=brl(g, 100, 20000), y0=y - 1, v2=brl(g, 10000, 900000), y=y, v3=brl(g, 10000, 900000), pl=g.pick(FUNDS), ce=g.certificate(),
          v4=brl(g, 1000, 40000), emp=g.pick(["Haddad Têxtil S.A.", "Cooperativa Aurora Agro", "Supermercados Prudente", "Transportes Bento Amaral"]),
          ec=(g.cnpj(), "BR_CNPJ"), v5=brl(g, 500, 20000))
    bank = g.bank()
    doc.f("7. CONTA CORRENTE VINCULADA: banco «b» agência «ag» conta «ac»\n\n8. RESPONSÁVEL PELAS INFORMAÇÕES\n   «r» — «rc» — «d»\n"
          "   Dúvidas: atendimento@«dom» (não responda este e-mail)\n",
          b=bank[0], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), r=P(resp.caps),
          rc=(g.council("CRC"), "PROFESSIONAL_ID") if g.chance(0.6) else V("Diretor(a) de Controladoria"), d=g.date("br", y + 1), dom=dom)
    return doc


def fi_extrato(g: Gen) -> Doc:
    """Monthly custody and account statement: header with client data, positions (ruled table),
    movements with TEDs to the client's bank account."""
    doc = Doc()
    comp, dom = broker_dom(g)
    c, adv = g.person(), g.person()
    city, uf = g.city()
    doc.f("«co»\nEXTRATO MENSAL — «m»/«y»\n\nCliente: «n»    Conta: «cc»\nCPF: «cpf»\n«ad»\n«ci» - «uf»   «cep»\n"
          "E-mail: «ce»   Celular: «ct»\nAssessor: «a» («ae» · «at»)\n\nPOSIÇÃO EM CUSTÓDIA\n",
          ce=(g.email(c), "EMAIL_ADDRESS"), ct=(g.phone(), "PHONE_NUMBER"),
          co=comp.upper(), m=g.pick(MONTHS).upper(), y=g.ri(2024, 2026), n=P(g.pick([c.caps, c.full])), cc=g.client_code(),
          cpf=(g.cpf(), "BR_CPF"), ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          a=P(adv.full), ae=(corp_mail(adv, dom), "EMAIL_ADDRESS"), at=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    rows = []
    for a in g.rng.sample(ASSETS, g.ri(3, 5)):
        q = g.ri(10, 4000)
        rows.append([V(a), V(str(q)), V(f"{g.rng.uniform(5, 120):.2f}".replace(".", ",")), V(g.money(500, 200000))])
    for f in g.rng.sample(FIXED, 2):
        rows.append([V(f), V("1"), V("—"), V(g.money(1000, 300000))])
    table_ruled(doc, ["Ativo", "Qtde", "Preço R$", "Valor R$"], rows)
    doc.t("\nMOVIMENTAÇÃO\n")
    bname = g.bank()[1]
    ag, ac = g.agency(), g.account()
    for d in sorted((g.date("dm") for _ in range(g.ri(3, 5))), key=lambda x: (x[3:], x[:2])):
        k = g.ri(0, 3)
        if k == 0:
            doc.f("«d»  TED enviada — «b» ag «ag» cc «ac»   -«v»\n", d=d, b=bname, ag=(ag, "BANK_ACCOUNT"), ac=(ac, "BANK_ACCOUNT"),
                  v=g.money(100, 90000))
        elif k == 1:
            doc.f("«d»  Dividendos «a»   «v»\n", d=d, a=g.pick(ASSETS), v=g.money(5, 3000))
        elif k == 2:
            doc.f("«d»  TED recebida de «o»   «v»\n", d=d, o=g.pick(["mesma titularidade", "C6 Bank", "Banco Amado"]), v=g.money(100, 50000))
        else:
            doc.f("«d»  Liquidação B3 nota «n»   «v»\n", d=d, n=g.d(7), v=g.money(100, 90000))
    doc.f("\nAs informações deste extrato são protegidas pela Lei 13.709/2018. Reclamações: SAC ou Ouvidoria. "
          "«w»\n", w=g.pick(["", "Garantia FGC de até R$ 250 mil por CPF e instituição para CDB/LCI/LCA.", "Agência Barão de Mauá encerrada em " + g.date("br") + "."]))
    return doc


def fi_nota(g: Gen) -> Doc:
    """Brokerage note (nota de negociação, SINACOR-like) in fixed-width text."""
    doc = Doc()
    comp, dom = broker_dom(g)
    c = g.person()
    city, uf = g.city()
    nn, dp = g.d(7), g.date("br")
    doc.f("NOTA DE NEGOCIAÇÃO                                  Nr. nota «nn»   Folha 1   Data pregão «dp»\n"
          "«co»\nCNPJ: «cn»   Carta Patente «cp»\n"
          "------------------------------------------------------------------------------------------\n"
          "Cliente                                              Código cliente   C.P.F./C.N.P.J\n"
          "«n»", nn=nn, dp=dp, co=g.pick(BROKERS).upper(), cn=(g.cnpj(), "BR_CNPJ"), cp=g.d(5), n=P(c.caps))
    pad = max(1, 53 - len(c.caps))
    code = g.client_code()
    doc.f(" " * pad + "«cc»" + " " * max(1, 17 - len(code)) + "«cpf»\n«ad»   «ba»   «cep»   «ci» - «uf»\nTel. «t»\n"
          "Banco «b»   Agência «ag»   Conta corrente «ac»   Acionista «acn»\n"
          "------------------------------------------------------------------------------------------\n"
          "Negócios realizados\nQ Negociação   C/V  Tipo mercado   Prazo   Especificação do título        Quantidade   Preço   Valor   D/C\n",
          cc=code, cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), ad=(g.address("caps"), "ADDRESS"), ba=fold(g.pick(BAIRROS)).upper(),
          cep=(g.cep(), "BR_CEP"), ci=fold(city).upper(), uf=uf, t=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"), b=g.bank()[0],
          ag=(g.agency(False), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), acn=g.pick(["Sim", "Não"]))
    for _ in range(g.ri(2, 5)):
        a = g.pick(ASSETS)
        cv = g.pick(["C", "V"])
        q = g.ri(1, 30) * 100
        p = g.rng.uniform(5, 90)
        doc.t(f"1-BOVESPA      {cv}    VISTA                  {a:<8s} {g.pick(['ON NM', 'PN N1', 'CI', 'ON']):<6s}        {q:>6d}   "
              f"{p:6.2f}   {q * p:10.2f}   {'D' if cv == 'C' else 'C'}\n".replace(".", ","))
    doc.f("------------------------------------------------------------------------------------------\n"
          "Taxa de liquidação «tl»   Emolumentos «em»   Corretagem «co»   ISS «iss»   I.R.R.F. s/ operações, base «bs» valor «ir»\n"
          "Líquido para «dl»   «lq» «dc»\n\n"
          "Operador: «op»   Assessor: «asr»   Ordem nº «on»\n"
          "* Ouvidoria: ouvidoria@«dom»\n",
          tl=g.money(0, 30), em=g.money(0, 10), co=g.money(0, 20), iss=g.money(0, 2), bs=g.money(1000, 90000), ir=g.money(0, 5),
          dl=g.date("br"), lq=g.money(1000, 90000), dc=g.pick(["C", "D"]), op=g.pick(["DMA", "HB", "MESA"]) + g.d(3),
          asr=P(g.person().short) if g.chance(0.7) else V("A" + g.d(5)), on=g.neg(11), dom=dom)
    return doc


def fi_resgates(g: Gen) -> Doc:
    """Back-office batch of pension redemptions and benefit payments (CSV), with the treasury's
    note; bank accounts or random Pix keys."""
    doc = Doc()
    comp, dom = broker_dom(g)
    op = g.person()
    doc.f("# lote_resgates_«d».csv — «co» — operador «o» — «n» linhas — regime tributário: P=progressiva R=regressiva\n",
          d=g.date("compact"), co=comp, o=P(op.full), n=(k := g.ri(4, 6)))
    cols = ["certificado", "participante", "cpf", "dt_nasc", "tipo", "regime", "banco", "agencia", "conta", "chave_pix", "valor_bruto", "irrf"]
    rows = []
    for _ in range(k):
        p = g.person()
        pix = g.chance(0.35)
        b = g.bank()[0]
        vb = g.ri(1000, 300000)
        rows.append([V(g.certificate()), P(g.pick([p.caps, p.full, p.low])), (g.cpf("raw"), "BR_CPF"),
                     (g.dob("iso"), "DATE_OF_BIRTH") if g.chance(0.8) else V(""), V(g.pick(["RESGATE_PARCIAL", "RESGATE_TOTAL", "RENDA_MENSAL", "PECULIO"])),
                     V(g.pick(["P", "R"])), V("" if pix else b), V("") if pix else (g.agency(), "BANK_ACCOUNT"),
                     V("") if pix else (g.account(), "BANK_ACCOUNT"), (g.uuid(), "PIX_KEY") if pix else V(""),
                     V(f"{vb}.{g.d(2)}"), V(f"{vb * 0.1:.2f}")])
    table_csv(doc, cols, rows, sep=g.pick([";", ",", "|"]))
    doc.f("# obs «o»: linha «l» devolvida ontem (CPF divergente «bad» no arquivo do banco); reenviar. «w»\n",
          o=P(op.first), l=g.ri(1, k), bad=g.bad_cpf("raw"),
          w=g.pick(["", "Conferir IR regressivo de quem tem menos de 2 anos.", "Aprovação do gestor pendente."]))
    return doc


def fi_portab_log(g: Gen) -> Doc:
    """JSON-lines log of the pension portability integration between two entities (cedente and
    cessionária): participant data in request bodies, IPs, request ids that are not Pix keys."""
    doc = Doc()
    c = g.person()
    cpf = g.cpf("raw")
    ip = g.ip()
    sus = g.susep()
    ced, ces = g.cnpj(), g.cnpj()
    t0 = g.date("iso")
    hours = sorted(g.hms() for _ in range(5))
    for k, ev in enumerate(["portability.requested", "participant.validated", "reserve.calculated", "transfer.sent", "transfer.confirmed"]):
        doc.f('{"ts":"«ts»T«h».«ms»Z","level":"«lv»","svc":"portab-api","event":"«ev»","request_id":"«rq»"',
              ts=t0, h=hours[k], ms=g.d(3), lv=g.pick(["INFO", "INFO", "DEBUG"]), ev=ev, rq=g.uuid())
        if k == 0:
            doc.f(',"client_ip":"«ip»","body":{"participante":{"nome":"«n»","cpf":"«cpf»","dt_nascimento":"«b»","email":"«e»",'
                  '"celular":"«t»"},"cedente_cnpj":"«c1»","cessionaria_cnpj":"«c2»","processo_susep":"«sp»","certificado":"«ce»"}}\n',
                  ip=(ip, "IP_ADDRESS"), n=P(jstr(g.pick([c.full, c.caps]))), cpf=(cpf, "BR_CPF"), b=(g.dob("iso"), "DATE_OF_BIRTH"),
                  e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone("e164"), "PHONE_NUMBER"), c1=(ced, "BR_CNPJ"), c2=(ces, "BR_CNPJ"),
                  sp=sus, ce=g.certificate())
        elif k == 1:
            doc.f(',"cpf":"«cpf»","receita_status":"REGULAR","nome_receita":"«n»","match_score":0.«s»}\n',
                  cpf=(cpf, "BR_CPF"), n=P(jstr(c.caps)), s=g.d(2))
        elif k == 2:
            doc.f(',"reserva_pgbl":«r»,"reserva_vgbl":0.00,"tabela":"«tb»","analista":"«a»"}\n',
                  r=f"{g.ri(10000, 900000)}.{g.d(2)}", tb=g.pick(["regressiva", "progressiva"]),
                  a=P(g.person().short) if g.chance(0.5) else V("job-batch-03"))
        elif k == 3:
            doc.f(',"ted":{"banco":"«b»","agencia":"«ag»","conta":"«ac»","favorecido_cnpj":"«c2»"},"valor":«v»}\n',
                  b=g.bank()[0], ag=(g.d(4), "BANK_ACCOUNT"), ac=(f"{g.d(6)}-{g.d(1)}", "BANK_ACCOUNT"), c2=(ces, "BR_CNPJ"), v=f"{g.ri(10000, 900000)}.{g.d(2)}")
        else:
            doc.f(',"e2e":"E«e2e»","status":"CONFIRMED","notify":"«e»"}\n', e2e=g.d(8) + g.d(12) + g.alnum(11),
                  e=(g.email(c), "EMAIL_ADDRESS"))
    return doc


def fi_cartao(g: Gen) -> Doc:
    """Payment-gateway log of monthly pension contributions charged to credit cards, with a debug
    line that leaks a full card number, and the chargeback ticket that followed."""
    doc = Doc()
    comp, dom = broker_dom(g)
    c, an = g.person(), g.person()
    card = g.card(False)
    day = g.date("iso")
    hours = sorted(g.hms() for _ in range(5))
    for i in range(g.ri(2, 3)):
        o = g.person()
        doc.f("«ts» INFO  [recorrencia] charge ok cert=«ce» holder=\"«h»\" card=«m» amount=«v» nsu=«ns»\n",
              ts=day + " " + hours[i], ce=g.certificate(), h=P(fold(o.short).upper()),
              m=g.pick(["4*** **** **** ", "5162 92** **** ", "************"]) + g.d(4), v=g.money(100, 3000).replace(".", ""), ns=g.d(9))
    doc.f("«ts» ERROR [recorrencia] charge declined code=51 cert=«ce» holder=\"«h»\" cpf=«cpf»\n"
          "«ts2» DEBUG [acquirer-client] payload={\"pan\":\"«pan»\",\"exp\":\"«ex»\",\"holder\":\"«h2»\",\"ip\":\"«ip»\"}\n\n",
          ts=day + " " + hours[3], ce=g.certificate(), h=P(fold(c.short).upper()), cpf=(g.cpf("raw"), "BR_CPF"),
          ts2=day + " " + hours[4], pan=(card, "CREDIT_CARD"), ex=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}", h2=P(fold(c.full).upper()),
          ip=(g.ip(), "IP_ADDRESS"))
    doc.f("Ticket «tk» — Contestação de cobrança (chargeback) — aberto por «a»\n"
          "Participante «n» contestou no emissor as contribuições de «m1» e «m2» («v» cada) no cartão final «f». Diz que cancelou a "
          "contribuição mensal pelo telefone em «dc» com a atendente «at». Não achamos a gravação. Contato: «e» / «t».\n"
          "Ação: estornar e trocar a forma de pagamento para débito em conta (ag. «ag» c/c «ac»). "
          "ATENÇÃO: o log do acquirer-client está gravando PAN aberto (linha DEBUG acima) — incidente de segurança aberto para a TI, "
          "avisar o DPO (Lei 13.709/2018).\n",
          tk=g.pick([f"CHB-{g.d(6)}", g.neg(11), f"#{g.d(7)}"]), a=P(an.full), n=P(c.full), m1=g.pick(MONTHS[:6]), m2=g.pick(MONTHS[6:]),
          v=brl(g, 100, 3000), f=card[-4:], dc=g.date("br"), at=P(g.person().first), e=(g.email(c), "EMAIL_ADDRESS"),
          t=(g.phone(), "PHONE_NUMBER"), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    return doc


def fi_devolvidas(g: Gen) -> Doc:
    """Treasury e-mail listing returned TEDs of redemptions (ruled table, reasons), and one client's
    bank-details update form submitted through the portal."""
    doc = Doc()
    comp, dom = broker_dom(g)
    tr, bo = g.person(), g.person()
    doc.f("De: «t» <«te»>\nPara: backoffice@«dom»\nCc: «b» <«be»>\nAssunto: TEDs devolvidas «d» — «k» casos\n\nPessoal,\n\n"
          "Seguem as devoluções do dia (arquivo de retorno do banco liquidante). Preciso dos dados corrigidos até 14h para reenvio.\n\n",
          t=P(tr.full), te=(corp_mail(tr, dom), "EMAIL_ADDRESS"), dom=dom, b=P(bo.full), be=(corp_mail(bo, dom), "EMAIL_ADDRESS"),
          d=g.date("br"), k=(k := g.ri(3, 5)))
    rows = []
    for _ in range(k):
        p = g.person()
        b = g.bank()
        rows.append([P(g.pick([p.caps, p.full])), (g.cpf(), "BR_CPF"), V(b[0]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"),
                     V(g.money(100, 200000)), V(g.pick(["01 conta encerrada", "03 CPF divergente", "02 conta inexistente", "31 conta bloqueada"]))])
    if g.chance(0.6):
        table_ruled(doc, ["Favorecido", "CPF", "Bco", "Ag", "Conta", "Valor", "Motivo"], rows)
    else:
        table_plain(doc, ["FAVORECIDO", "CPF", "BCO", "AG", "CONTA", "VALOR", "MOTIVO"], rows)
    c = g.person()
    bank = g.bank()
    doc.f("\nUm deles já atualizou pelo portal, segue o formulário:\n\n"
          "=== Atualização de dados bancários ===\nTitular: «n»\nCPF: «cpf»\nNovo banco: «bc» «bn»\nAgência: «ag»\nConta: «ac»\n"
          "Chave Pix (opcional): «pk»\nDeclaro ser titular da conta indicada.\nEnviado em «dt» · IP «ip» · token SMS para «ph»\n\n"
          "Obrigad«o»,\n«t1»\nTesouraria — «co»\n",
          n=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), bc=bank[0], bn=bank[1], ag=(g.agency(), "BANK_ACCOUNT"),
          ac=(g.account(), "BANK_ACCOUNT"), pk=(g.uuid(), "PIX_KEY") if g.chance(0.6) else (g.email(c), "EMAIL_ADDRESS"),
          dt=g.date("br") + " " + g.hm(), ip=(g.ip(), "IP_ADDRESS"), ph=(g.phone("par"), "PHONE_NUMBER"), o=tr.o, t1=P(tr.first), co=comp)
    return doc


TEMPLATES = {
    "atendimento": [at_whatsapp, at_kyc, at_suitability, at_chat, at_ouvidoria, at_call, at_consumidor],
    "juridico": [ju_sinistro, ju_alvara, ju_cvm, ju_coaf, ju_procuracao, ju_beneficiarios, ju_inventario],
    "saude": [sa_invalidez, sa_dps, sa_molestia, sa_folha_hospital, sa_medico, sa_obito, sa_curatela],
    "financeiro": [fi_informe, fi_extrato, fi_nota, fi_resgates, fi_portab_log, fi_cartao, fi_devolvidas],
}


# =========================================================================== checks and output

LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}


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
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"[\d.]+|[0-9a-f:]+", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(sac|juridico|ouvidoria|compliance|backoffice|previdencia|rh|cadastro|noreply|no-reply)@", v), v
    # hard negatives: every unlabelled 11-digit number (plain or dotted like a CPF) fails the CPF check
    for m in re.finditer(r"(?<![\d.\-/])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2})(?![\d\-/]|\.\d)", text):
        if any(covered[m.start():m.end()]):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group())), (record["id"], m.group())


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
