"""Build the seventy-ninth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_seventyninth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, no Faker, no import from afinar or from other generators),
seed 7979, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: libraries, museums, archives and cultural funding, as a
cultural institution and the offices around it (secretariat of culture, friends' association,
occupational-health provider, counsel, treasury) produce them.
- atendimento: a reader membership form of a public library (typed, or a scan with OCR damage;
  minors with a guardian), a loan statement printed by the circulation module (ruled, pipe or
  space-aligned table; catalogue authors as "SURNAME, Given"; next reader in the reservation
  queue), an overdue-fine notice e-mail with the reader's reply on top, a museum group-visit
  booking from a web form (school, accompanying teachers with CPF, chartered bus, driver's CNH,
  accessibility needs of named children), a WhatsApp chat of the visitor service (bot, then a
  shared business account whose attendant gives a first name; half-price and senior tickets,
  a card number typed into the chat), an archive reading-room consultation log as CSV plus the
  remote-repository access log, an ombudsman ticket about a lost or damaged book.
- juridico: a deed of gift of a private collection (notarial qualification of donor, spouse,
  inventory naming authors, witnesses, counsel, e-signature with IP), an image-use and copyright
  licence of an oral-history interviewee (guardian for minors, electronic acceptance with IP),
  an extrajudicial notice over a work lent and not returned or damaged, a small-claims judgment
  (JEC) over a damaged sculpture or a fine, an exhibition loan agreement with a private lender
  (works table with authors and insured values, fine-art transport, courier, indemnity account),
  an LGPD access request answered by the DPO (field: value listing, catalogue login IPs), a legal
  opinion on a Lei Paulo Gustavo / PNAB / Rouanet proposal (conflict of interest, team list).
- saude: an occupational health certificate (ASO) of a conservator-restorer, a PCMSO
  biological-monitoring table of the conservation lab (CPF or NIT column), an incident report of
  a visitor taken ill or injured in the museum (first aid, nurse, SAMU), a work-accident
  communication (CAT) of a restorer, occupational clinic SOAP notes on mould-related asthma with a
  referral, an HR e-mail with the OCR of a medical certificate pasted in, a staff vaccination
  campaign CSV from the health unit.
- financeiro: a payment batch of cultural grants (agency/account, Pix keys of every kind), a
  Rouanet accountability report (suppliers' CNPJ, freelancers' CPF under RPA, accountant's CRC),
  a funding-call registration form exported from the culture map platform (IP, título de
  eleitor, team list, bank data, random Pix key), a receivables report of readers' fines, a
  chargeback dispute of online museum tickets (full card number quoted from the customer's
  e-mail), a CSV of donations to the friends' association with a refund to a random Pix key, a
  receipt for self-employed services (RPA) with taxes and bank data.

Conventions (the twentieth set's; decisions new to this register are marked *):
PERSON covers the name only, never "Sr.", "Dra.", "dona", "seu"; particles inside a name (de,
da, dos, e) are part of it; "SURNAME, Given" and "SURNAME, GIVEN" are one span; nicknames, artistic
names and first names alone are persons. Staff named in the text (librarians, attendants,
archivists, nurses, doctors, lawyers, judges, analysts, vaccinators) are persons; logins
("anobrega" in the atendente column), bots (Musa, Clio, Lume) and shared business accounts
("Atendimento Museu") are not. * Authors and artists named in catalogues, inventories and works
tables are persons (all invented here). * Institutions, prizes and laws named after people are
not persons: "Biblioteca Municipal Monteiro Lobato", "Museu Histórico Prudente de Morais", "Lei
Paulo Gustavo", "Prêmio Aldir Blanc", "Lei Rouanet"; neither are archival fonds named after a
family ("Fundo Família Jatobá", "Coleção Família Bortoluzzi", and a lender's "família Lorenzen"
credit line) nor photo studios ("Estúdio Luz"). Corporate e-mails of people are EMAIL_ADDRESS;
role mailboxes (emprestimo@, dp@, encarregado.lgpd@, contato@) are not labelled. ADDRESS is
street type + name + number + complement, never city/state/CEP (CEP is BR_CEP); institutions'
and companies' addresses do not occur. Streets honouring people inside an address are part of
the ADDRESS; "a Barão de Mauá" alone as a place and institution names are not labelled. Agency
and account are separate BANK_ACCOUNT spans; bank names and codes are not labelled. DATE_OF_BIRTH
only for birth dates (also of minors and of a visitor's mother when given as a birth date);
loan, due, exam, accident, signature and payment dates are not. PROFESSIONAL_ID includes the
council acronym and UF or region: CRM, COREN, OAB, * CRB (librarians: "CRB-8/10234", "CRB 11ª
Região nº 11.516") and * CRC (accountants: "CRC-SP 123456/O-8"). PIX_KEY only for random (UUID)
keys used as Pix keys; Pix keys that are a CPF, e-mail or phone take those labels. CNPJs (numeric
and the 2026 alphanumeric form) are labelled wherever they occur, institutions' included. Masked
values (card "final 1234", "**** **** **** 1234", CPF "***.123.456-**"), reader card numbers,
tombo/call numbers, barcodes, PRONAC, CAT, CNES, CTPS, order, ticket, protocol, process and
contract numbers, GRU lines, Renavam, hashes and verification codes are not labelled. OCR damage
(scanned forms and medical certificates: rn/m, l/I, O/0 confusions) is labelled as it stands.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Neidivânia, Kethlen, Lorrayne, Jadielson, Maxsuel; Italian, German, Japanese/Okinawan, Lebanese,
Korean, Chinese, Haitian, Angolan, Senegalese, Bolivian, indigenous, Jewish, Polish), about half
of the name words rare or invented (main() prints the share); names that are also words (Rosa,
Luz, Flor, Aurora, Vitória, Esperança, Celeste, Bento, Prudente, Amado, Branco, Leão, Severo,
Modesto) next to the same words as words ("conta de luz", "luz natural", "branco de chumbo",
"rosa-dos-ventos", "seria prudente") and in places, streets, institutions and companies
(Presidente Prudente, Bento Gonçalves, Rua Rosa Branca, Biblioteca Comunitária Aurora, Gráfica
Aurora Ltda), which are not persons. Forms: full, ALL CAPS with and without accents, lower case,
"SURNAME, GIVEN", "SURNAME, Given", first name alone, nicknames.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(barcodes, Renavam, protocol numbers, CPF-formatted collection-document numbers; the script
checks that every unlabelled 11-digit number fails it), ICD-10 codes, money, tombo and reader
card numbers, PRONAC, order/ticket numbers, laws and decrees (Lei 13.709/2018, Lei 9.610/1998,
LC 195/2022, Lei 8.313/1991), dates that are not birth dates, company and institution names with
surnames (Leão & Pessanha Restauro Ltda, Jabbour Seguros de Arte, Museu Casa de Bento Leão).
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
SEED = 7979
OUT_NAME = "seventyninth.jsonl"

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


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]

# --------------------------------------------------------------------------- name pools
# RARE_* and the rarer foreign pools hold uncommon, regional or coined names; main() prints
# their share of the words inside PERSON spans.

PT_F = ["Adriana", "Patrícia", "Fernanda", "Juliana", "Camila", "Simone", "Cristiane", "Luciana", "Tatiane",
        "Beatriz", "Mariana", "Gabriela", "Larissa", "Letícia", "Isabela", "Sofia", "Manuela", "Valentina",
        "Heloísa", "Marli", "Neusa", "Cláudia", "Ângela", "Rosângela", "Maria José", "Ana Paula", "Maria Eduarda",
        "Conceição", "Lúcia Helena", "Débora", "Raquel", "Priscila", "Elaine", "Vitória Maria"]
RARE_F = ["Dalvanira", "Erenice", "Gedalva", "Iraci", "Jucilene", "Lucinéia", "Marinalva", "Neidivânia",
          "Odete", "Quitéria", "Rosilda", "Sebastiana", "Terezinha", "Uilma", "Valdirene", "Zenaide",
          "Adalgisa", "Benedita", "Creuza", "Doralice", "Eulália", "Filomena", "Glaucilene", "Hildete",
          "Ivaneide", "Joselita", "Kethlen", "Lorrayne", "Myrella", "Nayara Kemilly", "Orlandina",
          "Perpétua", "Rivânia", "Sulamita", "Thaynara", "Wanderléia", "Ysla", "Zilmara", "Cleonice",
          "Edinalva", "Franscisca"]
PT_M = ["Rafael", "Gustavo", "Rodrigo", "Ricardo", "Eduardo", "Roberto", "Antônio", "Francisco", "José Carlos",
        "João Pedro", "Luiz Fernando", "Matheus", "Gabriel", "Lucas", "Thiago", "Daniel", "Bruno", "Vinícius",
        "Henrique", "Miguel", "Arthur", "Heitor", "Benedito", "Sebastião", "Raimundo", "Geraldo", "Edson",
        "Anderson", "Márcio", "Rogério", "Fábio", "Luciano", "Vicente"]
RARE_M = ["Adelmo", "Belarmino", "Crispim", "Deusdete", "Edimilson", "Felisberto", "Gerôncio", "Hamilton Jr",
          "Irineu", "Jeová", "Leônidas", "Manassés", "Nicanor", "Odorico", "Policarpo", "Quirino", "Rubião",
          "Sinfrônio", "Teotônio", "Ubirajara", "Valdomiro", "Wanderlan", "Zenóbio", "Alcebíades", "Claudemir",
          "Djalma", "Eliseu", "Gildásio", "Jadielson", "Kauê Ryan", "Maxsuel", "Pedro Lucca", "Ruan Pablo",
          "Weverton", "Jhonatan", "Erivelton", "Agenor", "Cosme", "Damião", "Raniery"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Rocha", "Dias", "Monteiro", "Moreira",
          "Batista", "Barros", "Fernandes", "Medeiros", "Soares", "Farias", "Melo", "Cunha", "Borges", "Pires",
          "Xavier", "Brito", "Sales", "Tavares", "Aguiar", "Guimarães", "Miranda", "Siqueira", "Conceição",
          "Nascimento", "Paiva", "Coelho"]
RARE_SUR = ["Brandão Timbó", "Cajazeira", "Damasceno", "Escobar Lins", "Figueiredo Neto", "Gurgel", "Itapary",
            "Jatobá", "Lustosa", "Mourão", "Nóbrega", "Ornelas", "Pessanha", "Quaresma", "Rebouças", "Sampaio Corrêa",
            "Tabosa", "Uchôa", "Valadares", "Wanderley", "Ximenes", "Zanetti Boaventura", "Arruda Câmara",
            "Bezerra de Menezes", "Camurça", "Dantas", "Espínola", "Frazão", "Goiana", "Holanda Cavalcanti", "Igreja",
            "Jucá", "Leitão", "Maranhão", "Novaes", "Palhano", "Queluz", "Sucupira", "Torquato", "Viégas", "Catunda",
            "Benevides", "Coutinho Baraúna"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Esperança", "Celeste"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Leão", "Severo", "Modesto"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Flor", "Luz", "Vitória", "Leão", "Aurora", "Pereira Luz",
            "Cordeiro", "Raposo", "Carneiro", "Pinheiro", "Fontes", "Sardinha", "Paixão", "Bastos"]
NICK = {"Sebastiana": "Tiana", "Benedita": "Dita", "Terezinha": "Teca", "Maria José": "Zezé",
        "Conceição": "Ceiça", "Francisco": "Chico", "José Carlos": "Zeca", "Antônio": "Toninho",
        "Raimundo": "Mundinho", "Sebastião": "Tião", "Benedito": "Dito", "Policarpo": "Poli",
        "Felisberto": "Beto", "Valdomiro": "Miro", "João Pedro": "JP", "Luiz Fernando": "Nando",
        "Quitéria": "Quita", "Filomena": "Filó", "Doralice": "Dora", "Adalgisa": "Gisa", "Leônidas": "Léo",
        "Teotônio": "Teó", "Perpétua": "Pepê", "Eulália": "Lalá"}
FOREIGN = {
    "it": (["Giuliana", "Rosalba", "Pierina"], ["Gianluca", "Orlando", "Tarcísio"],
           ["Zanetti", "Lazzarini", "Bortoluzzi", "De Marchi", "Scapin", "Pavan", "Menegotto", "Dal Pozzo"]),
    "de": (["Irmgard", "Hildegard", "Ute"], ["Egon", "Reinholdt", "Wilfried"],
           ["Baumgartner", "Schwerz", "Lorenzen", "Wachholz", "Hübner", "Ramthun", "Zimmermann"]),
    "jp": (["Keiko", "Harumi", "Yukie"], ["Massao", "Tetsuo", "Shigueru"],
           ["Nakamura", "Higa", "Kanashiro", "Shimabukuro", "Okuyama", "Watanabe", "Miyagi"]),
    "lb": (["Samira", "Jamile", "Rania"], ["Jamil", "Elias", "Salim"],
           ["Jabbour", "Haddad", "Chaib", "Karam", "Sarkis", "Mattar", "Bechara"]),
    "kr": (["Soo-yeon", "Eun-ji"], ["Dong-hyun", "Min-ho"], ["Park", "Lee", "Kang", "Han"]),
    "cn": (["Meiling", "Yan"], ["Wei", "Jun"], ["Wang", "Zhang", "Liu", "Huang"]),
    "ht": (["Nadège", "Wideline", "Fabiola"], ["Jean-Robert", "Wesner", "Dieuseul"],
           ["Pierre-Louis", "Desrosiers", "Jean-Baptiste", "Saintil", "Augustin", "Fils-Aimé"]),
    "ao": (["Ngueve", "Isabel Nzinga"], ["Kalunga", "Manuel Ndongala"], ["Kiluange", "Mabiala", "Cassoma", "Sapalo"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Abdoulaye", "Moussa", "Ibrahima"], ["Diallo", "Faye", "Mbaye", "Seck", "Cissé"]),
    "bo": (["Eulogia", "Nelly", "Jhenny"], ["Evo Ramiro", "Limbert", "Grover"],
           ["Mamani", "Condori", "Choque", "Quispe", "Huanca"]),
    "in": (["Potyra", "Jaciara", "Moema"], ["Raoni", "Kaiapó Tuíre", "Ubiratã"], ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaxinawá"]),
    "jw": (["Sarah", "Ester", "Miriam"], ["Moisés", "Natan", "Jacó"], ["Feldman", "Rosenthal", "Goldfarb", "Szajnbok", "Lerner"]),
    "pl": (["Jadwiga", "Halina"], ["Stanisław", "Kazimierz"], ["Nowak", "Zieliński", "Dudek", "Wójcik"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "ao", "sn", "bo", "in", "jw", "pl", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Schwerz", "Ramthun", "Wachholz", "Shimabukuro", "Kanashiro", "Okuyama", "Menegotto", "Bortoluzzi",
             "Scapin", "Chaib", "Bechara", "Irmgard", "Reinholdt", "Shigueru", "Pierina", "Rosalba"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Vitória", "Silva", "Conceição", "Paixão", "Aurora", "Cunha", "Rocha"}
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


DDDS = ["11", "12", "13", "15", "16", "18", "19", "21", "24", "27", "28", "31", "34", "35", "38", "41", "42", "44",
        "47", "48", "49", "51", "54", "55", "61", "62", "63", "65", "66", "67", "68", "71", "73", "77", "79", "81",
        "82", "83", "84", "85", "86", "87", "89", "91", "92", "93", "94", "95", "96", "97", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Largo",
                "Estrada", "Ladeira", "Vila", "Beco"]
STREET_NAMES = ["Barão de Mauá", "Rosa Branca", "da Aurora", "Prudente de Morais", "Bento Gonçalves", "Flor de Maio",
                "Visconde de Taunay", "Professora Odete Jatobá", "Machado de Assis", "Cecília Meireles",
                "dos Bibliotecários", "Conselheiro Nébias", "Marechal Deodoro", "Dom Bosco", "das Magnólias",
                "Luz do Sol", "Senador Pompeu", "Padre Policarpo Torquato", "Maestro Villa-Lobos", "Castro Alves",
                "Monteiro Lobato", "Coronel Nicanor Uchôa", "Sete de Setembro", "Treze de Maio", "Tiradentes",
                "Irmã Dulce", "Engenheiro Rebouças", "do Rosário", "Amado Batista", "da Esperança", "Leão Coroado",
                "São Bento", "Cândido Portinari", "Doutor Teotônio Leitão", "Vitória Régia", "dos Tropeiros"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Rio Branco", "AC"),
          ("Aurora", "CE"), ("Esperança", "PB"), ("Flores da Cunha", "RS"), ("Ouro Preto", "MG"), ("Diamantina", "MG"),
          ("São João del-Rei", "MG"), ("Paraty", "RJ"), ("Petrópolis", "RJ"), ("Olinda", "PE"), ("Cachoeira", "BA"),
          ("Goiás", "GO"), ("Pirenópolis", "GO"), ("São Luís", "MA"), ("Belém", "PA"), ("Manaus", "AM"),
          ("Blumenau", "SC"), ("Pelotas", "RS"), ("Curitiba", "PR"), ("Campinas", "SP"), ("Santos", "SP"),
          ("Recife", "PE"), ("João Pessoa", "PB"), ("Natal", "RN"), ("Teresina", "PI"), ("Cuiabá", "MT"),
          ("Campo Grande", "MS"), ("Porto Velho", "RO"), ("Macapá", "AP"), ("Laranjeiras", "SE"), ("Penedo", "AL"),
          ("Juazeiro do Norte", "CE"), ("Montes Claros", "MG"), ("Londrina", "PR"), ("Joinville", "SC")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Centro Histórico", "Jardim Aurora", "Vila Rosa", "Bela Vista", "Alto da Luz", "Bom Retiro", "Liberdade",
           "Vila Esperança", "Santa Tereza", "Bonfim", "Jardim Bento Ribeiro", "Varjota", "Cidade Velha", "Carmo"]
CIDS = ["J45.9", "J30.3", "L23.5", "T52.8", "Z57.5", "H83.3", "M54.5", "M65.4", "G56.0", "T65.8", "B44.1", "J31.0",
        "L24.2", "H10.3", "Z10.0", "S93.4", "S52.5", "R55", "W01", "T78.4", "F43.2", "M75.1", "Z00.0", "Z57.8"]

# Institutions: their names honour people or contain name-like words; never labelled.
LIBS = ["Biblioteca Pública Municipal Cecília Meireles", "Biblioteca Comunitária Aurora", "Biblioteca Estadual Barão de Mauá",
        "Biblioteca Municipal Monteiro Lobato", "Biblioteca Parque Flor do Vale", "Biblioteca Infantil Rosa dos Ventos",
        "Biblioteca Pública Luz do Saber"]
MUSEUMS = ["Museu Casa de Bento Leão", "Museu Histórico Prudente de Morais", "Museu de Arte Sacra do Carmo",
           "Museu da Imagem e do Som Esperança", "Pinacoteca Municipal Amado Vitória", "Museu Regional Castro Alves",
           "Memorial Irmã Dulce", "Museu do Tropeiro"]
ARCHIVES = ["Arquivo Público Municipal", "Arquivo Histórico Visconde de Taunay", "Centro de Documentação e Memória (CEDOM)",
            "Arquivo da Cúria Metropolitana", "Arquivo Público do Estado"]
FUNDS = ["Fundo Câmara Municipal (1832-1930)", "Fundo Família Jatobá", "Coleção Família Bortoluzzi",
         "Fundo Santa Casa de Misericórdia", "Fundo Cartório do 2º Ofício", "Fundo Companhia Fiação Aurora",
         "Fundo Secretaria de Obras", "Coleção Jornal O Prudente", "Fundo Irmandade do Rosário", "Fundo Família Kanashiro",
         "Coleção Fotográfica Estúdio Luz", "Fundo Delegacia de Polícia (1890-1960)"]
COMPANIES = ["Leão & Pessanha Restauro Ltda", "Transportes Bento Cargas Especiais", "Gráfica Aurora Ltda",
             "Zanetti Molduras ME", "Studio Luz Fotografia", "Jabbour Seguros de Arte", "Editora Rosa Branca",
             "Higa Climatização", "Papelaria Prudente", "Conservare Nóbrega Ltda", "Mourão & Filhos Marcenaria",
             "Vitória Eventos Culturais", "Amado Produções Artísticas", "Baumgartner Logística de Arte"]


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
        return self.given.split()[0]

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1].split()[-1]

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
    def inv_title(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES and s not in SUFFIXES]
        return f"{sur[-1].upper()}, {self.given}"

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def a(self) -> str:
        return "a" if self.female else "o"


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
            if n == 12 and any(titulo_dv(v[:8], v[8:10]) == v[10:] for _ in [0]):
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

    def nf(self, p: Person, forms: list[str] | None = None) -> str:
        form = self.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
        return {"full": p.full, "short": p.short, "caps": p.caps, "capsacc": p.caps_acc, "low": p.low,
                "plain": fold(p.full), "inverted": p.inverted, "inv_title": p.inv_title, "first": p.first,
                "last": p.last, "nick": p.nick, "lowfirst": fold(p.first).lower(),
                "capsshort": fold(p.short).upper(), "lowshort": fold(p.short).lower()}[form]

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.ri(60, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}", f"{f}.{l[:3]}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br", "live.com"])
        return f"{user}@{domain}"

    def work_email(self, p: Person, domain: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return f"{self.pick([f'{f}.{l}', f'{f[0]}{l}', f'{f}'])}@{domain}"

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

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.2) if alnum is None else alnum
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0C01"])
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

    def phone(self, style: str | None = None, mobile: bool | None = None) -> str:
        ddd = self.pick(DDDS)
        mobile = self.chance(0.8) if mobile is None else mobile
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "par", "plus", "plain", "raw", "dash", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "nospace": f"({ddd}){h}-{t}", "zero": f"0{ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6", "4"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"**** **** **** {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}", f"final {self.d(4)}",
                          f"{self.d(6)}******{self.d(4)}"])

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
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def bank(self) -> str:
        return self.pick(["Banco do Brasil (001)", "Caixa (104)", "Bradesco (237)", "Itaú (341)", "Santander (033)",
                          "Nubank (260)", "Banco Inter (077)", "Sicredi (748)", "Sicoob (756)", "BNB (004)"])

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos",
                          f"sala {self.ri(101, 910)}", f"lote {self.ri(1, 30)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Praça": "Pça."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", ", n. ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1942, hi: int = 2006) -> str:
        dd, mm, yy = self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def dates(self, n: int, fmt: str = "br", year: int | None = None, span: int = 120) -> list[str]:
        """n increasing dates within `span` days."""
        y = year or self.pick([2024, 2025, 2025, 2026])
        start = datetime.date(y, 1, 1) + datetime.timedelta(days=self.ri(0, 364 - span))
        offs = sorted(self.rng.sample(range(span), n))
        out = []
        for o in offs:
            d = start + datetime.timedelta(days=o)
            out.append(fmt_date(d.day, d.month, d.year, fmt))
        return out

    def hm(self) -> str:
        return f"{self.ri(8, 19):02d}:{self.ri(0, 59):02d}"

    def money(self, lo: int = 5, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.13", "8.19", "8.17", "4.03", "4.01", "8.09"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2019, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", f"ATD-{self.d(6)}", f"{self.d(5)}/{self.ri(2024, 2026)}"])

    def pronac(self) -> str:
        return f"{self.ri(22, 26)}{self.d(4)}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRB":
            r = self.ri(1, 15)
            m = self.ri(800, 15999)
            dm = f"{m:,}".replace(",", ".")
            return self.pick([f"CRB-{r}/{m}", f"CRB-{r} nº {m}", f"CRB {r}ª Região nº {dm}", f"CRB-{r}/{dm}"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {self.d(6)}/O-{self.d(1)}", f"CRC/{uf} {self.d(6)}/O", f"CRC {uf}-{self.d(6)}"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 17)} {self.d(6)}-F"
        if kind == "CRP":
            return f"CRP {self.d(2)}/{self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("li", "h"), ("e", "c"), ("í", "i"),
               ("ã", "a"), ("ç", "c"), ("é", "e"), ("I", "l"), ("n", "ri"), ("u", "ii"), ("o", "ó")]
OCR_DIGITS = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I")]
OCR_UNDO = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "|": "1"})


def ocr(s: str, g: Gen, rate: float = 0.35, digits: bool = False) -> str:
    """One or two OCR confusions: letters in names and words, digit/letter in identifiers."""
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
        if label is None or s == "":
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


def P(s: str):
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """+----+ grids ("plus"), pipe tables without outer rules ("pipe"), or space-aligned columns ("space")."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    if style == "plus":
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
    elif style == "pipe":
        doc.t(" | ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        doc.t("-+-".join("-" * w for w in widths) + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                if k:
                    doc.t(" | ")
                doc.cell(v, w if k < len(r) - 1 else 0, lab)
            doc.t("\n")
    else:
        doc.t("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        doc.t("  ".join("-" * w for w in widths) + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                if k:
                    doc.t("  ")
                doc.cell(v, w if k < len(r) - 1 else 0, lab)
            doc.t("\n")


def table_csv(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ",") -> None:
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


def lib_login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def acervo(g: Gen) -> tuple[str, str]:
    """(title with author, tombo): the authors are invented people but only the title travels."""
    title = g.pick(["Vidas secas (ed. 1938)", "Memórias póstumas de Brás Cubas", "O cortiço", "Grande sertão: veredas",
                    "Atlas do Brasil colonial", "Manual de conservação preventiva", "Iracema", "A hora da estrela",
                    "História da encadernação", "Quarto de despejo", "Os sertões (2 v.)", "Dom Casmurro",
                    "O tempo e o vento v.1", "Capitães da areia", "Contos gauchescos", "Fotografia no Império",
                    "A rosa do povo", "Luz em agosto", "Mapas da Capitania", "Revista da Semana, 1922 (enc.)"])
    return title, f"{g.ri(10, 99)}.{g.d(3)}"


# =========================================================================== atendimento


def author(g: Gen) -> tuple:
    """A catalogue author heading, SURNAME, Given (a person)."""
    p = g.person()
    return P(g.pick([p.inv_title, f"{p.last.upper()}, {p.given}", p.full]))


def at_ficha(g: Gen) -> Doc:
    """Reader membership form of a public library, typed or scanned (OCR-ish), minors with a guardian."""
    doc = Doc()
    scan = g.chance(0.4)
    p = g.person()
    minor = g.chance(0.35)
    city, uf = g.city()
    lib = g.pick(LIBS)
    O = (lambda s: ocr(s, g)) if scan else (lambda s: s)
    Od = (lambda s: ocr(s, g, 0.25, True)) if scan else (lambda s: s)
    head = fold(lib).upper() if scan else lib.upper()
    doc.f("«h»\n«c»\nFICHA DE INSCRIÇÃO DE LEITOR" + (" (2ª via)" if g.chance(0.2) else "") + "      Cartão nº «n»\n\n",
          h=head, c=f"Prefeitura Municipal de {city} — Secretaria de Cultura", n=f"{g.d(4)}.{g.d(3)}")
    nm = O(g.nf(p, ["full", "caps", "caps", "capsacc"]))
    doc.f("Nome completo: «n»\n", n=P(nm))
    doc.f("Data de nasc.: «d»     Sexo: «s»     Naturalidade: «nat»\n",
          d=(Od(g.dob(g.pick(["br", "br", "nopad", "short"]), 2009, 2018) if minor else Od(g.dob("br"))), "DATE_OF_BIRTH"),
          s="F" if p.female else "M", nat=g.pick([f"{c}/{u}" for c, u in CITIES[:12]] + ["Porto Príncipe/Haiti", "Luanda/Angola", "La Paz/Bolívia"]))
    if not minor or g.chance(0.5):
        doc.f("RG: «rg» «o»     CPF: «cpf»\n", rg=(Od(g.rg()), "BR_RG"), o=g.pick(["SSP/SP", "SSP", "SESP/PR", "SDS/PE", "IFP/RJ"]),
              cpf=(Od(g.cpf()), "BR_CPF"))
    else:
        doc.f("Documento: certidão de nascimento matr. «m» (menor s/ RG)\n", m=f"{g.d(6)} 01 55 {g.ri(2009, 2018)} 1 {g.d(5)} {g.d(3)} {g.d(7)}-{g.d(2)}")
    doc.f("Endereço: «a»     Bairro: «b»\nCEP: «cep»     Cidade/UF: «c»/«u»\n", a=(O(g.address(g.pick(["text", "caps"]))), "ADDRESS"),
          b=g.pick(BAIRROS), cep=(Od(g.cep()), "BR_CEP"), c=city, u=uf)
    doc.f("Telefone(s): «t»" + (" / «t2» (recado)" if g.chance(0.4) else "«t2»") + "\n", t=(g.phone(), "PHONE_NUMBER"),
          t2=(g.phone(mobile=False), "PHONE_NUMBER") if g.chance(0.4) else "")
    if g.chance(0.8):
        doc.f("E-mail: «e»\n", e=(g.email(p), "EMAIL_ADDRESS"))
    else:
        doc.t("E-mail: não possui\n")
    doc.f("Escolaridade: «esc»     Ocupação: «oc»\n", esc=g.pick(["fundamental incompleto", "médio completo", "superior", "pós-graduação"]),
          oc=g.pick(["estudante", "aposentad" + p.a, "professor" + ("a" if p.female else ""), "pedreiro", "do lar", "vendedor" + ("a" if p.female else "")]))
    if minor:
        r = g.relative(p)
        doc.f("\n[X] MENOR DE 18 ANOS — responsável legal: «r»  CPF «c»  fone «t»\n", r=P(O(g.nf(r, ["full", "caps"]))),
              c=(Od(g.cpf()), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
        doc.t("Assinatura do responsável: ______________________\n")
    else:
        doc.t("\n[ ] MENOR DE 18 ANOS\n")
    if g.chance(0.5):
        ref = g.person()
        doc.f("Leitor(a) de referência: «r» (cartão «n»)\n", r=P(g.nf(ref, ["full", "short"])), n=f"{g.d(4)}.{g.d(3)}")
    doc.f("Comprovante de residência apresentado: «cr»\n", cr=g.pick(["conta de luz", "conta de água (SANEAGO)", "fatura de telefone",
                                                                    "declaração do síndico", "contrato de aluguel"]))
    doc.t("Declaro conhecer o Regulamento de Empréstimo (Decreto Municipal nº " + f"{g.ri(1000, 9999)}/{g.ri(2005, 2022)}" + ").\n")
    at = g.person()
    doc.f("Cadastrado por: «a» — mat. «m»     em «d»\n", a=P(O(g.nf(at, ["full", "short", "first"]))), m=g.d(5), d=g.date("br"))
    if g.chance(0.5):
        doc.f("Obs: «o»\n", o=g.pick(["foto 3x4 pendente", "cartão entregue na hora", "leitor(a) deficiente visual — cadastrar no acervo em braile",
                                      "trouxe conta de luz em nome da mãe", "isento de taxa (CadÚnico)", "renovação — endereço antigo apagado"]))
    return doc


def at_emprestimos(g: Gen) -> Doc:
    """Loan statement of a reader printed by the circulation module, with catalogue authors and the next reservation."""
    doc = Doc()
    p = g.person()
    lib = g.pick(LIBS)
    sysn = g.pick(["Biblivre 6", "Koha 23.05", "Pergamum", "SophiA Biblioteca"])
    doc.f("«s» — Circulação › Extrato do leitor                  impresso em «d» «h»\n«l»\n\n", s=sysn, d=g.date("br"), h=g.hm(), l=lib)
    doc.f("Leitor....: «n»  (matrícula «m», categoria «c»)\n", n=P(g.nf(p, ["caps", "full", "inverted"])), m=g.d(6),
          c=g.pick(["comunidade", "estudante", "servidor", "pesquisador externo", "idoso"]))
    doc.f("CPF.......: «cpf»\nNascimento: «d»\nContato...: «t» | «e»\n", cpf=(g.cpf(), "BR_CPF"), d=(g.dob("br"), "DATE_OF_BIRTH"),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("Endereço..: «a» - CEP «c»\n", a=(g.address(), "ADDRESS"), c=(g.cep(), "BR_CEP"))
    doc.t("\n")
    rows = []
    with_author = g.chance(0.35)
    for _ in range(g.ri(3, 5)):
        title, tombo = acervo(g)
        late = g.ri(0, 40)
        ret, dev = g.dates(2, "short", span=30)
        rows.append([V(tombo), V(title[:34]), author(g) if with_author else V(g.pick(["livro", "periódico", "DVD", "obra rara"])), V(ret), V(dev),
                     V(f"{late}d" if late else "—"), V(f"R$ {late * 0.5:.2f}".replace(".", ",") if late else "")])
    table_ruled(doc, ["Tombo", "Título", "Autor" if with_author else "Tipo", "Retirada", "Prev. dev.", "Atraso", "Multa"], rows, g.pick(["plus", "pipe", "space"]))
    nxt = g.person()
    doc.f("Cód. de barras do 1º exemplar: «b» · doc. de cobrança nº «nn»\n", b=g.neg(11), nn=g.bad_cpf("dot") if g.chance(0.3) else g.neg(11))
    doc.f("\nReserva ativa sobre o tombo «t»: próximo da fila «n» (aviso por SMS ao «f»)\n", t=rows[0][0][0],
          n=P(g.nf(nxt, ["full", "short", "caps"])), f=(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"))
    at = g.person()
    doc.f("Operador: «lg» («a»)   Situação: «s»\n", lg=lib_login(at), a=P(at.short),
          s=g.pick(["BLOQUEADO p/ novos empréstimos até quitação", "regular", "suspenso 15 dias (art. 12 do Regulamento)"]))
    return doc


def at_aviso_multa(g: Gen) -> Doc:
    """Overdue-fine notice e-mail to a reader and the reader's reply quoted above it."""
    doc = Doc()
    p = g.person()
    lib = g.pick(LIBS)
    at = g.person(female=g.chance(0.7))
    em = g.email(p)
    doc.f("De: «n» <«e»>\nPara: Biblioteca - Empréstimo <emprestimo@biblioteca.«c».sp.gov.br>\nData: «d» «h»\nAssunto: RE: Aviso de atraso - cartão «k»\n\n",
          n=P(g.nf(p, ["full", "short", "low"])), e=(em, "EMAIL_ADDRESS"), c=g.pick(["prudente", "campinas", "santos", "bauru"]), d=g.date("br"),
          h=g.hm(), k=f"{g.d(4)}.{g.d(3)}")
    k = g.ri(0, 2)
    if k == 0:
        doc.f("boa tarde, eu devolvi o livro na caixa de devolução da «pl» faz umas 2 semanas!! nao é justo pagar multa. "
              "meu cpf é «cpf» se quiserem conferir. att «n»\n\n",
              pl=g.pick(["Praça Rosa Branca", "a Barão de Mauá", "Estação da Luz", "unidade Aurora", "praça da Vitória"]),
              cpf=(g.cpf(), "BR_CPF"), n=P(g.nf(p, ["first", "lowfirst", "nick"])))
    elif k == 1:
        doc.f("Prezados, estive internad«a» e não consegui renovar. Posso pagar em duas vezes? Meu celular é «t». Grat«a», «n».\n\n",
              a=p.a, t=(g.phone(), "PHONE_NUMBER"), n=P(p.short))
    else:
        doc.f("Oi. O livro quem pegou foi meu filho «f», no meu cartão. Ele perdeu. Como faço pra repor? «n»\n\n",
              f=P(g.relative(p, female=False).first), n=P(g.nf(p, ["first", "full"])))
    doc.f("-------- Mensagem original --------\nDe: Biblioteca - Empréstimo\nPara: «e»\n\nPrezad«a» «n» (CPF «m»),\n\n", e=(em, "EMAIL_ADDRESS"), a=p.a,
          n=P(g.nf(p, ["full", "first", "short"])), m=f"***.{g.d(3)}.{g.d(3)}-**")
    rows = []
    for _ in range(g.ri(1, 3)):
        title, tombo = acervo(g)
        rows.append(f"  - {title} (tombo {tombo}) — devolução prevista {g.date('br')}")
    doc.f("Telefone cadastrado: «t» (SMS sem resposta)\n\n", t=(g.phone(), "PHONE_NUMBER"))
    doc.t("Consta em nosso sistema o(s) seguinte(s) item(ns) em atraso:\n" + "\n".join(rows) + "\n\n")
    doc.f("Multa acumulada até hoje: R$ «m» (R$ 0,50 por dia/item, Decreto nº «dec»). O pagamento pode ser feito por GRU "
          "(linha digitável «ld») ou no balcão. Enquanto houver pendência, o cartão fica bloqueado.\n\n",
          m=g.money(2, 60), dec=f"{g.ri(1000, 9999)}/{g.ri(2010, 2023)}", ld=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}")
    doc.f("Atenciosamente,\n«a»\nBibliotecári«x» — «crb»\n«l»\n", a=P(at.full), x=at.a, crb=(g.council("CRB"), "PROFESSIONAL_ID"), l=lib)
    if g.chance(0.5):
        doc.f("«w»\n", w=(g.work_email(at, "cultura.sp.gov.br"), "EMAIL_ADDRESS"))
    return doc


def at_grupo(g: Gen) -> Doc:
    """Group visit booking submitted through the museum's web form (e-mail notification) with accessibility requests."""
    doc = Doc()
    mus = g.pick(MUSEUMS)
    prof = g.person()
    city, uf = g.city()
    doc.f("[Agendamento de grupos] Nova solicitação nº «n»\nformulário: agendamento-educativo · enviado em «d» às «h» · IP «ip»\n\n",
          n=f"AG-{g.ri(2025, 2026)}-{g.d(4)}", d=g.date("br"), h=g.hm(), ip=(g.ip(), "IP_ADDRESS"))
    escola = g.pick(["E.E. Professora Odete Jatobá", "EMEF Monteiro Lobato", "Colégio Aurora", "Escola Municipal Leão Coroado",
                     "CEI Flor de Maio", "Instituto Federal - campus " + city, "APAE de " + city, "Centro Dia do Idoso Vitória"])
    doc.f("Museu: «m»\nInstituição: «e»  (CNPJ «c»)\nResponsável: «p»\nCPF do responsável: «cpf»\nCelular/WhatsApp: «t»\nE-mail: «em»\n",
          m=mus, e=escola, c=(g.cnpj(), "BR_CNPJ"), p=P(g.nf(prof, ["full", "full", "caps", "low"])), cpf=(g.cpf(), "BR_CPF"),
          t=(g.phone(), "PHONE_NUMBER"), em=(g.email(prof), "EMAIL_ADDRESS"))
    doc.f("Data pretendida: «d»  turno: «t»   nº de visitantes: «n» + «a» acompanhantes\n", d=g.date("br"),
          t=g.pick(["manhã", "tarde"]), n=g.ri(12, 45), a=g.ri(2, 5))
    doc.t("Acompanhantes (nome / CPF, para o seguro):\n")
    for _ in range(g.ri(2, 4)):
        a = g.person()
        doc.f("  «n» - «c»\n", n=P(g.nf(a, ["full", "caps", "low"])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    doc.f("Transporte: ônibus fretado «emp» (CNPJ «ec»), placa «pl», motorista «mo» (CNH «cnh», cel. «mt»)\n", ec=(g.cnpj(), "BR_CNPJ"),
          mt=(g.phone(), "PHONE_NUMBER"),
          emp=g.pick(["Viação Aurora", "Bento Turismo", "Expresso Prudente", "Transportes Jatobá"]), pl=(g.plate(), "LICENSE_PLATE"),
          mo=P(g.nf(g.person(female=False), ["full", "short", "first"])), cnh=(g.cnh(), "BR_CNH"))
    doc.t("Necessidades de acessibilidade:\n")
    for _ in range(g.ri(1, 2)):
        kid = g.person()
        doc.f("  [x] «x» — «n», «i» anos\n", x=g.pick(["cadeira de rodas", "audiodescrição", "intérprete de Libras", "maquete tátil",
                                                        "abafador de ruído (TEA)", "rampa / elevador", "material em braile"]),
              n=P(g.nf(kid, ["first", "first", "short"])), i=g.ri(6, 17))
    doc.f("Observações: «o»\n", o=g.pick(["a turma vai estudar a exposição da Rosa dos Ventos", "gostaríamos de ver a sala da luz (fotografia)",
                                          "dois alunos usam cadeira de rodas motorizada", "precisamos sair às 11h30 por causa da merenda",
                                          "grupo de idosos, muitos com baixa visão"]))
    doc.f("\n— encaminhado ao Educativo («ed») e à recepção\n", ed=P(g.person().short) if g.chance(0.5) else "educativo@")
    return doc


def at_chat(g: Gen) -> Doc:
    """WhatsApp chat of a museum's visitor service (bot then attendant): half-price ticket, senior and accessibility."""
    doc = Doc()
    v = g.person()
    at = g.person()
    bot = g.pick(["Musa", "Clio", "Assistente Virtual", "Lume"])
    d = g.date("short")
    ts = sorted(g.hm() for _ in range(9))
    vp = g.phone("plus")
    doc.f("[«d» «t0»] «b»: Olá! Sou «b», assistente do «m». Digite 1 ingressos, 2 acessibilidade, 3 falar com atendente\n",
          d=d, t0=ts[0], b=bot, m=g.pick(MUSEUMS))
    doc.f("[«d» «t1»] «v»: 3\n", d=d, t1=ts[1], v=(vp, "PHONE_NUMBER"))
    biz = g.pick(["Atendimento Museu", "Educativo", "Museu - Bilheteria"])
    doc.f("[«d» «t2»] «b»: Aguarde, vou te transferir.\n[«d» «t3»] «z»: Boa tarde! Aqui é «af», em que posso ajudar?\n",
          d=d, t2=ts[2], t3=ts[3], b=bot, z=biz, af=P(g.pick([at.first, at.short])))
    k = g.ri(0, 2)
    vn = g.nf(v, ["low", "full", "first", "lowshort"])
    if k == 0:
        doc.f("[«d» «t»] «v»: oi, quero comprar meia entrada pra mim e pra minha mãe que é idosa, ela nasceu em «dob». o nome dela é «m»\n",
              d=d, t=ts[4], v=(vp, "PHONE_NUMBER"), dob=(g.dob(g.pick(["br", "nopad", "long"]), 1935, 1962), "DATE_OF_BIRTH"),
              m=P(g.nf(g.relative(v, True), ["full", "low"])))
    elif k == 1:
        doc.f("[«d» «t»] «v»: Boa tarde. Sou cadeirante e vou com meu acompanhante «c». Tem elevador na ala da Luz? sou «n»\n",
              d=d, t=ts[4], v=(vp, "PHONE_NUMBER"), c=P(g.nf(g.person(), ["first", "full"])), n=P(vn))
    else:
        doc.f("[«d» «t»] «v»: preciso de audiodescrição para minha filha «c», ela tem baixa visão. meu nome é «n»\n",
              d=d, t=ts[4], v=(vp, "PHONE_NUMBER"), c=P(g.nf(g.relative(v, True), ["first", "nick"])), n=P(vn))
    doc.f("[«d» «t»] «z»: Claro! Para o cadastro, me passa CPF e data de nascimento de quem vai usar o benefício?\n", d=d, t=ts[5], z=biz)
    doc.f("[«d» «t»] «v»: «cpf» , «dob»\n", d=d, t=ts[6], v=(vp, "PHONE_NUMBER"),
          cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), dob=(g.dob(g.pick(["br", "short", "nopad"])), "DATE_OF_BIRTH"))
    if g.chance(0.35):
        doc.f("[«d» «t»] «z»: Pronto, reserva «r» para «dia». Pode pagar pelo link ou me passar o cartão aqui mesmo\n", d=d, t=ts[7], z=biz,
              r=f"#{g.d(7)}", dia=g.date("br"))
        doc.f("[«d» «t»] «v»: «cc» venc «vv» cvv «cv»\n", d=d, t=ts[7], v=(vp, "PHONE_NUMBER"), cc=(g.card(g.chance(0.7)), "CREDIT_CARD"),
              vv=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", cv=g.d(3))
        doc.f("[«d» «t»] «z»: Por segurança não envie dados do cartão por aqui! Vou apagar a mensagem. O ingresso vai por e-mail, qual é?\n",
              d=d, t=ts[7], z=biz)
    else:
        doc.f("[«d» «t»] «z»: Pronto, reserva «r» para «dia». O link do ingresso vai para o e-mail, qual é?\n", d=d, t=ts[7], z=biz,
              r=f"#{g.d(7)}", dia=g.date("br"))
    doc.f("[«d» «t»] «v»: «e»  obrigad«x» «af»!!\n", d=d, t=ts[8], v=(vp, "PHONE_NUMBER"), e=(g.email(v), "EMAIL_ADDRESS"),
          x=v.a, af=P(g.pick([at.first, fold(at.first).lower()])))
    return doc


def at_consultas(g: Gen) -> Doc:
    """Researchers' consultation log of an archive's reading room, exported as CSV (semicolon), plus the remote-access log."""
    doc = Doc()
    arq = g.pick(ARCHIVES)
    doc.f("# «a» — Sala de Consulta — registro de consulentes — exportado «d»\n", a=arq, d=g.date("iso"))
    cols = ["data", "entrada", "consulente", "doc_tipo", "doc_numero", "email", "vinculo", "fundo_colecao", "caixa", "atendente"]
    staff = [g.person() for _ in range(2)]
    rows = []
    for _ in range(g.ri(5, 7)):
        r = g.person()
        kind = g.pick(["CPF", "CPF", "RG", "RG", "PASSAPORTE", "CPF"])
        if kind == "CPF":
            dv = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        elif kind == "RG":
            dv = (g.rg(), "BR_RG")
        else:
            dv = V(g.pick(["FX", "YB", "AA", "GK"]) + g.d(6))
        st = g.pick(staff)
        rows.append([V(g.date("br")), V(g.hm()), P(g.nf(r, ["full", "caps", "full", "low"])), V(kind), dv,
                     (g.email(r), "EMAIL_ADDRESS") if g.chance(0.85) else V(""),
                     V(g.pick(["UFMG/Hist.", "USP - mestrado", "genealogia (particular)", "jornalista", "UFPE/doutorado", "advogad" + r.a,
                               "Univ. de Coimbra", "IHGB"])), V(g.pick(FUNDS)), V(f"cx. {g.ri(1, 412)}"),
                     V(lib_login(st))])
    table_csv(doc, cols, rows, sep=";")
    doc.f("# atendentes: «a» = «an»; «b» = «bn»\n", a=lib_login(staff[0]), an=P(staff[0].full), b=lib_login(staff[1]), bn=P(g.nf(staff[1], ["full", "short"])))
    doc.t("\n# acesso remoto (repositório digital) — mesmo período\n")
    for _ in range(g.ri(3, 5)):
        r = g.person()
        doc.f("«d»T«h»:«s» «ip» user=«u» item=«it» action=download_pdf\n", d=g.date("iso"), h=g.hm(), s=f"{g.ri(0, 59):02d}",
              ip=(g.ip(), "IP_ADDRESS"), u=(g.email(r), "EMAIL_ADDRESS"), it=f"BR-{g.pick(UFS)}-APM-{g.d(4)}-{g.d(3)}")
    return doc


def at_perda(g: Gen) -> Doc:
    """Service-desk ticket about a lost or damaged library book, with the replies of the staff."""
    doc = Doc()
    p = g.person()
    at1, at2 = g.person(), g.person()
    title, tombo = acervo(g)
    city, uf = g.city()
    doc.f("Chamado «n» · Ouvidoria / SAC Cultura · status: «s»\nAberto por: «p» (CPF «c»)  canal: «ch»\n",
          n=g.protocol(), s=g.pick(["EM ANÁLISE", "AGUARDANDO CIDADÃO", "ENCERRADO"]), p=P(g.nf(p, ["full", "caps"])),
          c=(g.cpf(), "BR_CPF"), ch=g.pick(["Fala.BR", "e-mail", "telefone 156", "presencial"]))
    doc.f("Endereço p/ correspondência: «a», «b», «ci»/«u», CEP «cep»\nTelefone: «t»   E-mail: «em»\n\n", em=(g.email(p), "EMAIL_ADDRESS"), a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          ci=city, u=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    ds = g.dates(3)
    k = g.ri(0, 1)
    if k == 0:
        doc.f(">> «d» — cidadão:\nPeguei o livro \"«t»\" e ele molhou na enchente aqui do bairro. A biblioteca quer cobrar R$ «m» "
              "que é o preço de um exemplar novo, mas essa edição nem existe mais. Acho um absurdo.\n\n",
              d=ds[0], t=title, m=g.money(60, 480))
    else:
        doc.f(">> «d» — cidadão:\nNunca peguei o livro \"«t»\", quem usou meu cartão foi «o». Não aceito o bloqueio.\n\n",
              d=ds[0], t=title, o=P(g.nf(g.person(), ["full", "first"])))
    doc.f(">> «d» — «a» (Biblioteca):\nPrezad«x» «n», conforme o Regulamento, item extraviado ou danificado deve ser reposto por exemplar "
          "igual ou equivalente indicado pela bibliotecária responsável. O tombo «tb» foi avaliado por «r» («crb»).\n\n",
          d=ds[1], a=P(at1.full), x=p.a, n=P(g.nf(p, ["first", "full"])), tb=tombo, r=P(at2.full), crb=(g.council("CRB"), "PROFESSIONAL_ID"))
    doc.f(">> «d» — «a» (Ouvidoria):\nEncaminhado à coordenação. Protocolo interno «pi». Prazo de resposta: 20 dias (Lei 13.460/2017).\n",
          d=ds[2], a=P(g.nf(g.person(), ["full", "short"])) if g.chance(0.5) else "equipe", pi=f"{g.d(5)}.{g.d(6)}/{g.ri(2024, 2026)}-{g.d(2)}")
    if g.chance(0.5):
        doc.f("\nAnexos: foto_livro_{0}.jpg, comprovante_residencia.pdf (conta de luz)\n".replace("{0}", g.d(4)))
    return doc


# =========================================================================== juridico


def qualif(g: Gen, p: Person, doc: Doc, caps: bool = True, dob: bool = False) -> None:
    """Notarial 'qualificação' of a party: name, nationality, civil status, job, RG, CPF, address."""
    city, uf = g.city()
    nat = g.pick(["brasileir" + p.a] * 4 + ["haitian" + p.a, "angolan" + p.a, "boliviano" if not p.female else "boliviana",
                                             "portugues" + ("a" if p.female else ""), "naturalizad" + p.a])
    doc.f("«n», «nat», «ec», «pr»", n=P(p.caps if caps else p.full), nat=nat,
          ec=g.pick(["solteir" + p.a, "casad" + p.a, "viúv" + p.a, "divorciad" + p.a, "em união estável"]),
          pr=g.pick(["aposentad" + p.a, "professor" + ("a" if p.female else ""), "artista visual", "fotógraf" + p.a,
                     "músic" + p.a, "comerciante", "historiador" + ("a" if p.female else ""), "engenheir" + p.a]))
    if dob:
        doc.f(", nascid«a» em «d»", a=p.a, d=(g.dob(g.pick(["br", "long"]), 1938, 1990), "DATE_OF_BIRTH"))
    doc.f(", portador«a» da cédula de identidade RG nº «rg» e inscrit«b» no CPF sob o nº «cpf», residente e domiciliad«b» em «ad», "
          "«ci»/«u», CEP «cep»", a="a" if p.female else "", b=p.a, rg=(g.rg("dot"), "BR_RG"), cpf=(g.cpf("dot"), "BR_CPF"),
          ad=(g.address(), "ADDRESS"), ci=city, u=uf, cep=(g.cep(), "BR_CEP"))


def ju_doacao(g: Gen) -> Doc:
    """Deed of gift of a private collection to a museum or archive, with inventory, witnesses and counsel."""
    doc = Doc()
    inst = g.pick(MUSEUMS + ARCHIVES)
    donor = g.person()
    dirc = g.person()
    doc.f("TERMO DE DOAÇÃO DE ACERVO Nº «n»\n\n", n=f"{g.d(3)}/{g.ri(2024, 2026)}")
    doc.t("DOADOR(A): ")
    qualif(g, donor, doc, caps=g.chance(0.7), dob=g.chance(0.4))
    doc.f(", telefone «t», e-mail «e».\n", t=(g.phone(), "PHONE_NUMBER"), e=(g.email(donor), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        sp = g.relative(donor, not donor.female)
        doc.f("Com a anuência do cônjuge «s», CPF «c».\n", s=P(g.nf(sp, ["caps", "full"])), c=(g.cpf(), "BR_CPF"))
    doc.f("\nDONATÁRIO: «i», inscrito no CNPJ sob o nº «cnpj», neste ato representado por seu diretor(a), «d», CPF «dc».\n\n",
          i=inst, cnpj=(g.cnpj(), "BR_CNPJ"), d=P(g.nf(dirc, ["full", "caps"])), dc=(g.cpf(), "BR_CPF"))
    doc.t("CLÁUSULA PRIMEIRA — O(A) DOADOR(A) transfere ao DONATÁRIO, em caráter gratuito, irrevogável e irretratável (art. 538 "
          "do Código Civil), a propriedade dos bens relacionados no Anexo I, que passam a integrar o acervo nos termos da Lei "
          "11.904/2009 (Estatuto de Museus).\n")
    doc.t("CLÁUSULA SEGUNDA — Ficam cedidos os direitos patrimoniais de autor de que o(a) DOADOR(A) seja titular (Lei 9.610/1998, "
          "art. 49), ressalvados os direitos morais.\n\nANEXO I — INVENTÁRIO SUMÁRIO\n")
    for i in range(g.ri(3, 5)):
        k = g.ri(0, 3)
        if k == 0:
            a = g.person()
            doc.f("«i». Correspondência de «a» com editores e galerias («y1»-«y2»), «n» cartas\n", i=i + 1, a=P(g.nf(a, ["full", "short"])),
                  y1=g.ri(1920, 1960), y2=g.ri(1961, 1990), n=g.ri(20, 400))
        elif k == 1:
            a = g.person()
            doc.f("«i». Óleo sobre tela, «x» x «y» cm, ass. c.i.d. «a», «yy» — valor de avaliação R$ «m»\n", i=i + 1, x=g.ri(30, 120),
                  y=g.ri(30, 120), a=P(g.nf(a, ["full", "inv_title"])), yy=g.ri(1930, 1995), m=g.money(2000, 90000))
        elif k == 2:
            doc.f("«i». Álbum fotográfico do «e», «y» fotos em papel albuminado\n", i=i + 1,
                  e=g.pick(["Estúdio Luz", "Photo Aurora", "Foto Bento", "Studio Leão"]), y=g.ri(12, 140))
        else:
            a = g.person()
            doc.f("«i». Diários e cadernos de campo de «a» («n» volumes), incluindo recortes de jornal\n", i=i + 1,
                  a=P(g.nf(a, ["full", "full", "caps"])), n=g.ri(2, 30))
    city, uf = g.city()
    doc.f("\n«c», «d».\n\n__________________________\n«dn»\n\n__________________________\nDireção do DONATÁRIO\n\nTestemunhas:\n",
          c=city, d=g.date("long"), dn=P(donor.caps))
    for _ in range(2):
        w = g.person()
        doc.f("«n» — CPF «c»\n", n=P(g.nf(w, ["full", "caps"])), c=(g.cpf(), "BR_CPF"))
    adv = g.person()
    doc.f("\nVisto da assessoria jurídica: «a», «o»\n", a=P(adv.full), o=(g.council("OAB"), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        doc.f("Documento assinado eletronicamente (gov.br) pelo DOADOR em «d» às «h», IP «ip», código verificador «cv».\n",
              d=g.date("br"), h=g.hm(), ip=(g.ip(), "IP_ADDRESS"), cv=g.hexs(8).upper())
    return doc


def ju_cessao(g: Gen) -> Doc:
    """Image-use and copyright licence signed by an oral-history interviewee or a photographer (minors by a guardian)."""
    doc = Doc()
    p = g.person()
    minor = g.chance(0.25)
    proj = g.pick(["Memória Oral do Bairro da Luz", "Vozes do Rosário", "Inventário da Festa do Divino", "Ateliês da Vila Esperança",
                   "Mestres da Cultura Popular", "Fotógrafos Lambe-Lambe de " + g.city()[0]])
    doc.f("TERMO DE AUTORIZAÇÃO DE USO DE IMAGEM, VOZ E CESSÃO DE DIREITOS AUTORAIS\nProjeto \"«pj»\" — PRONAC «pr»\n\n", pj=proj, pr=g.pronac())
    if minor:
        r = g.relative(p)
        doc.t("Eu, ")
        qualif(g, r, doc, caps=g.chance(0.5))
        doc.f(", na qualidade de responsável legal pel«a» menor «m», nascid«a» em «d», ", a=p.a, m=P(g.nf(p, ["full", "caps"])),
              d=(g.dob("br", 2009, 2017), "DATE_OF_BIRTH"))
    else:
        doc.t("Eu, ")
        qualif(g, p, doc, caps=g.chance(0.5), dob=g.chance(0.5))
        doc.t(", ")
    doc.f("telefone «t», e-mail «e», AUTORIZO, a título gratuito, o uso da imagem e da voz captadas em «d» pela equipe do projeto, "
          "e CEDO os direitos patrimoniais sobre as fotografias e o depoimento, para fins de exposição, catálogo, site e redes "
          "sociais, pelo prazo de «y» anos, em todo o território nacional e no exterior (Lei 9.610/1998, arts. 29 e 49).\n\n",
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"), d=g.date("br"), y=g.pick([5, 10, 20]))
    doc.t("Os dados pessoais acima serão tratados conforme a Lei 13.709/2018 (LGPD), exclusivamente para esta finalidade.\n\n")
    ent = g.person()
    doc.f("Entrevistador(a): «e»     Fotógrafo(a): «f» («fe»)\n", e=P(g.nf(ent, ["full", "short"])), f=P(g.person().full),
          fe=g.pick(["DRT " + g.d(5) + "/" + g.pick(UFS), "MEI " + g.cnpj(), "freelancer"]))
    doc.f("«c», «d»\n\nAssinatura: ______________________  («n»)\n", c=g.city()[0], d=g.date("long"), n=P(g.nf(p, ["first", "full", "caps"])))
    if g.chance(0.6):
        doc.f("Aceite eletrônico registrado: «d» «h» — IP «ip» — hash «hs»\n", d=g.date("br"), h=g.hm(), ip=(g.ip(), "IP_ADDRESS"), hs=g.hexs(16))
    if g.chance(0.5):
        doc.f("Impressão digital (analfabeto/a): [   ]   A rogo: «a», CPF «c»\n", a=P(g.person().full), c=(g.cpf(), "BR_CPF"))
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Extrajudicial notice from the institution's counsel about a work or book lost or damaged on loan."""
    doc = Doc()
    p = g.person()
    adv1, adv2 = g.person(), g.person()
    inst = g.pick(MUSEUMS + LIBS)
    firm = g.pick(["Leão & Quaresma Advogados Associados", "Escritório Bento Mourão", "Jucá, Sampaio Corrêa e Rosa Advogados",
                   "Procuradoria Jurídica da Fundação Cultural"])
    city, uf = g.city()
    doc.f("«firm»\n«c», «d»\n\nNOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: «i»\nNOTIFICAD«A»: «n», CPF «cpf», «ad», «ci»/«u», CEP «cep»\n\n",
          firm=firm, c=city, d=g.date("long"), i=inst, A=p.a.upper(), n=P(g.nf(p, ["caps", "full"])), cpf=(g.cpf(), "BR_CPF"),
          ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), ci=g.city()[0], u=uf, cep=(g.cep(), "BR_CEP"))
    item = g.pick(["a obra \"Paisagem com rosa-dos-ventos\" (gravura, tombo MH-" + g.d(4) + ")",
                   "o exemplar raro de \"" + acervo(g)[0] + "\" (tombo " + acervo(g)[1] + ")",
                   "a fotografia original em vidro (negativo nº " + g.d(5) + ")",
                   "o mapa manuscrito da Capitania (cód. CART-" + g.d(3) + ")"])
    doc.f("Prezad«a» Senhor«b»,\n\nNa qualidade de procuradores do NOTIFICANTE, vimos NOTIFICÁ-L«A» de que «it», retirado(a) em «d1» "
          "mediante termo de empréstimo/comodato («tc»), não foi devolvido no prazo ou foi restituído com danos, conforme laudo do "
          "restaurador «r» datado de «d2».\n\n",
          a=p.a, b="a" if p.female else "", A=p.a.upper(), it=item, d1=g.date("br"), tc=f"termo nº {g.d(4)}/{g.ri(2022, 2025)}",
          r=P(g.nf(g.person(), ["full", "short"])), d2=g.date("br"))
    doc.f("O valor de reposição/restauro foi estimado em R$ «m» («ext»), acrescido de correção pelo IPCA. Fica V. Sa. notificad«a» a, no "
          "prazo de 15 (quinze) dias, devolver o bem ou ressarcir o valor, sob pena de adoção das medidas judiciais cabíveis "
          "(arts. 186, 582 e 927 do Código Civil).\n\n", m=g.money(800, 60000), ext="valor por extenso conforme laudo", a=p.a)
    if g.chance(0.5):
        doc.f("Registre-se que tramita ação anterior entre as partes (autos nº «cnj»), sem relação com o presente fato.\n\n", cnj=g.cnj())
    doc.f("Cópia desta notificação enviada ao e-mail «e» e ao WhatsApp «w» cadastrados no termo.\n\n", e=(g.email(p), "EMAIL_ADDRESS"),
          w=(g.phone(), "PHONE_NUMBER"))
    doc.f("Contato para composição amigável: «a1» — «t» — «e»\n\nAtenciosamente,\n\n«a1b»\n«o1»\n«a2»\n«o2»\n",
          a1=P(adv1.short), t=(g.phone(mobile=False), "PHONE_NUMBER"), e=(g.work_email(adv1, g.pick(["leaoquaresma.adv.br", "fundacaocultural.org.br"])), "EMAIL_ADDRESS"),
          a1b=P(adv1.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"), a2=P(adv2.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_sentenca(g: Gen) -> Doc:
    """Small-claims judgment (JEC) in a dispute over a damaged work or a fine for a lost book."""
    doc = Doc()
    aut, re_ = g.person(), g.person()
    juiz = g.person()
    inst = g.pick(MUSEUMS + LIBS + ["Associação de Amigos do " + g.pick(MUSEUMS)])
    city, uf = g.city()
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA — TJ«u»\n«v»ª Vara do Juizado Especial Cível de «c»\n\nProcesso nº «cnj»\n"
          "Requerente: «a» (CPF «ac»)\nAdvogad«x»: «adv» - «oab»\nRequerido: «i» (CNPJ «cnpj»)\nProcurador: «pr» - «oab2»\n\nSENTENÇA\n\n",
          u=uf, v=g.ri(1, 5), c=city, cnj=g.cnj(), a=P(aut.caps), ac=(g.cpf(), "BR_CPF"), x=g.pick(["o", "a"]), adv=P(g.person().caps),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), i=inst.upper(), cnpj=(g.cnpj(), "BR_CNPJ"), pr=P(g.person().caps),
          oab2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.t("Dispensado o relatório (art. 38 da Lei 9.099/95). Decido.\n\n")
    ds = g.dates(2, span=90)
    k = g.ri(0, 1)
    if k == 0:
        doc.f("Alega «a» que emprestou ao requerido a escultura de sua autoria para a exposição coletiva realizada entre «d1» e «d2», e que a "
              "peça lhe foi devolvida com fratura na base. O laudo de fls. «fl», subscrito pela conservadora-restauradora «r», confirma o dano. "
              "A prova oral confirmou que a montagem foi feita sem caixa climatizada.\n\n",
              a=P(g.nf(aut, ["short", "full"])), d1=ds[0], d2=ds[1], fl=g.ri(40, 300), r=P(g.person().full))
        doc.f("Ante o exposto, JULGO PROCEDENTE o pedido para condenar o requerido ao pagamento de R$ «m» a título de danos materiais "
              "e R$ «m2» por danos morais, com correção monetária e juros de 1% a.m. desde a citação.\n\n", m=g.money(1500, 20000), m2=g.money(2000, 10000))
    else:
        doc.f("Sustenta «a» que foi indevidamente cobrad«x» por livro extraviado e teve seu nome lançado na dívida ativa municipal "
              "(CDA nº «cda»). O requerido comprovou, pelo extrato de circulação, que o empréstimo foi feito com senha pessoal da autora "
              "em «d1». Ouvida a informante «t», filha da requerente.\n\n",
              a=P(g.nf(aut, ["short", "full"])), x=aut.a, cda=f"{g.d(5)}/{g.ri(2021, 2025)}", d1=g.date("br"),
              t=P(g.nf(g.relative(aut, True), ["full", "first"])))
        doc.f("Ante o exposto, JULGO IMPROCEDENTE o pedido. Sem custas e honorários nesta instância (art. 55 da Lei 9.099/95).\n\n")
    doc.f("P.R.I.\n«c», «d».\n\n«j»\nJuiz«z» de Direito\n(assinado digitalmente — Lei 11.419/2006)\n",
          c=city, d=g.date("br"), j=P(g.nf(juiz, ["caps", "full"])), z="a" if juiz.female else "")
    return doc


def ju_comodato(g: Gen) -> Doc:
    """Loan agreement for an exhibition with a private lender: works list with authors and insured values, courier and transport."""
    doc = Doc()
    lender = g.person()
    cur = g.person()
    mus = g.pick(MUSEUMS)
    doc.f("CONTRATO DE COMODATO DE OBRAS DE ARTE PARA EXPOSIÇÃO TEMPORÁRIA\nExposição: \"«ex»\" — «m»\n\n",
          ex=g.pick(["Luz e Sombra no Modernismo", "Rosa, Vermelho, Branco", "Aurora: 100 anos de gravura", "Esperança em papel",
                     "O Amado Sertão", "Retratos de família"]), m=mus)
    doc.t("COMODANTE: ")
    qualif(g, lender, doc, caps=g.chance(0.6))
    doc.f(", telefone «t», e-mail «e».\n", t=(g.phone(), "PHONE_NUMBER"), e=(g.email(lender), "EMAIL_ADDRESS"))
    doc.f("COMODATÁRIO: «m», CNPJ «c».\n\nCLÁUSULA 1ª — Objeto: as obras abaixo, com valor declarado para seguro «pa» (apólice nº «ap»):\n\n",
          m=mus, c=(g.cnpj(), "BR_CNPJ"), pa="prego a prego (nail to nail)", ap=f"{g.d(2)}.{g.d(3)}.{g.d(7)}")
    rows = []
    for i in range(g.ri(2, 4)):
        a = g.person()
        rows.append([V(str(i + 1)), V(g.pick(["Sem título", "Rosa", "Menino com pipa", "Paisagem de Aurora", "Estudo nº " + str(g.ri(2, 30)),
                                               "Natureza-morta", "Vitória-régia", "Cais do Porto"])),
                     P(g.nf(a, ["full", "inv_title", "caps"])), V(g.pick(["óleo s/ tela", "xilogravura", "aquarela", "técnica mista", "fotografia PB"])),
                     V(str(g.ri(1940, 2020))), V("R$ " + g.money(5000, 400000))])
    table_ruled(doc, ["#", "Título", "Autor(a)", "Técnica", "Ano", "Valor seguro"], rows, g.pick(["plus", "pipe"]))
    doc.f("\nCLÁUSULA 2ª — Transporte por «tr» (CNPJ «tc»), caminhão climatizado placa «pl» (Renavam «rv»), motorista «mo» (CNH «cnh»), com "
          "acompanhamento (courier) de «cu», CPF «cc».\n",
          tr=g.pick(["Baumgartner Logística de Arte", "Transportes Bento Cargas Especiais", "Higa Climatização e Transporte"]),
          tc=(g.cnpj(), "BR_CNPJ"), pl=(g.plate(), "LICENSE_PLATE"), rv=g.neg(11), mo=P(g.nf(g.person(female=False), ["full", "caps"])),
          cnh=(g.cnh(), "BR_CNH"), cu=P(cur.full), cc=(g.cpf(), "BR_CPF"))
    doc.f("CLÁUSULA 2ª-A — Em caso de sinistro, a indenização será creditada ao COMODANTE no «b», agência «ag», conta «cc».\n",
          b=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.t("CLÁUSULA 3ª — Condições ambientais: 50% ± 5% UR, 20 °C ± 2 °C, iluminância máxima de 50 lux para obras sobre papel "
          "(sem luz natural direta). Vedado o uso de flash.\n")
    doc.f("CLÁUSULA 4ª — Créditos: \"Coleção particular de «cn»\"" + (" ou \"Coleção particular\" se o COMODANTE preferir anonimato" if g.chance(0.5) else "") + ".\n\n",
          cn=P(g.nf(lender, ["full", "short"])) if g.chance(0.6) else "família " + lender.last)
    dr = g.person()
    doc.f("«c», «d».\n\n________________ «l»\n________________ «dir» (Diretor«x» do «m»)\n",
          c=g.city()[0], d=g.date("long"), l=P(lender.caps), dir=P(dr.full), x="a" if dr.female else "", m=mus)
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """LGPD access request of a library user and the DPO's answer listing the data held (field: value)."""
    doc = Doc()
    p = g.person()
    dpo = g.person()
    inst = g.pick(LIBS)
    doc.f("Protocolo LGPD «pr» — Requerimento de acesso (art. 18, II, Lei 13.709/2018)\nTitular: «n»   Recebido em: «d»\n\n",
          pr=f"{g.d(4)}/{g.ri(2024, 2026)}", n=P(g.nf(p, ["full", "caps"])), d=g.date("br"))
    doc.f("> Solicito cópia de todos os dados pessoais que a «i» mantém sobre mim, inclusive histórico de leitura. «n»\n\n",
          i=inst, n=P(g.nf(p, ["first", "full", "low"])))
    doc.f("Prezad«a» «n»,\n\nEm atendimento ao seu pedido, seguem os dados encontrados no sistema de gestão do acervo e no catálogo online:\n\n",
          a=p.a, n=P(g.nf(p, ["first", "full"])) if g.chance(0.5) else "titular")
    fields = [("nome", P(p.full)), ("cpf", (g.cpf(), "BR_CPF")), ("rg", (g.rg(), "BR_RG")),
              ("data_nascimento", (g.dob("iso"), "DATE_OF_BIRTH")), ("email", (g.email(p), "EMAIL_ADDRESS")),
              ("telefone", (g.phone(), "PHONE_NUMBER")), ("endereco", (g.address(), "ADDRESS")), ("cep", (g.cep(), "BR_CEP")),
              ("data_cadastro", V(g.date("iso", 2019))), ("categoria", V("comunidade")), ("emprestimos_total", V(g.ri(3, 240)))]
    w = max(len(k) for k, _ in fields)
    for k, v in fields:
        doc.t(f"  {k.ljust(w)} : ")
        doc.e(v[0], v[1])
        doc.t("\n")
    doc.t("\nÚltimos acessos ao catálogo online (login):\n")
    for _ in range(g.ri(2, 4)):
        doc.f("  «d» «h»  «ip»  «ua»\n", d=g.date("br"), h=g.hm(), ip=(g.ip(), "IP_ADDRESS"),
              ua=g.pick(["Android 14 / Chrome", "iPhone / Safari", "Windows / Firefox", "app Biblioteca Digital 2.3"]))
    doc.f("\nO histórico de leitura é eliminado 12 meses após a devolução (política de retenção, Portaria nº «po»). Dados de "
          "terceiros (ex.: responsável «r», CPF «rc», que autorizou seu cadastro quando menor) foram omitidos apenas em parte.\n\n",
          po=f"{g.ri(10, 99)}/{g.ri(2020, 2024)}", r=P(g.relative(p).full), rc=(g.cpf(), "BR_CPF"))
    doc.f("Encarregad«a» pelo Tratamento de Dados: «d» — «e»\nCanal oficial: encarregado.lgpd@cultura.gov.br\n", a=dpo.a,
          d=P(dpo.full), e=(g.work_email(dpo, "cultura.gov.br"), "EMAIL_ADDRESS"))
    return doc


def ju_parecer(g: Gen) -> Doc:
    """Legal opinion on a cultural-incentive proposal (Lei Rouanet / Lei Paulo Gustavo / PNAB): eligibility and conflicts."""
    doc = Doc()
    prop = g.person()
    pj = g.chance(0.5)
    par = g.person()
    comp = g.pick(COMPANIES)
    doc.f("PARECER JURÍDICO Nº «n»/«y» — «o»\nInteressad«a»: «i»\nAssunto: habilitação de proposta — Edital «ed»\n\n",
          n=g.d(3), y=g.ri(2024, 2026), o=g.pick(["PGM/Procuradoria Administrativa", "Assessoria Jurídica da SECULT", "AJ/Fundação Cultural"]),
          a="a" if pj else prop.a, i=comp if pj else P(g.nf(prop, ["caps", "full"])),
          ed=g.pick(["LPG nº 03/2023 — Audiovisual", "PNAB nº 07/2024 (Lei 14.399/2022)", "Rouanet — PRONAC " + g.pronac(),
                     "Prêmio Aldir Blanc de Culturas Populares"]))
    doc.t("1. RELATÓRIO\n")
    if pj:
        doc.f("Trata-se de proposta apresentada por «c», CNPJ «cn», representada por «r» (CPF «rc»), ", c=comp,
              cn=(g.cnpj(), "BR_CNPJ"), r=P(prop.full), rc=(g.cpf(), "BR_CPF"))
    else:
        doc.f("Trata-se de proposta apresentada pel«a» agente cultural «n», CPF «c», ", a=prop.a, n=P(prop.full), c=(g.cpf(), "BR_CPF"))
    mem = g.person()
    doc.f("com valor solicitado de R$ «m». A Comissão de Seleção apontou que «mem», membro da comissão, seria «rel» de integrante "
          "da ficha técnica (fls. «fl»).\n\n", m=g.money(20000, 300000), mem=P(mem.full),
          rel=g.pick(["cônjuge", "irmão/irmã", "sócio(a)", "ex-companheiro(a)"]), fl=g.ri(10, 90))
    doc.f("2. FUNDAMENTAÇÃO\nA Lei Complementar 195/2022 (Lei Paulo Gustavo) e o Decreto 11.525/2023 vedam a participação de membros "
          "da comissão e de seus parentes até o 3º grau (art. «ar»). No caso da Lei 8.313/1991 (Lei Rouanet), aplica-se a IN MinC nº «in». "
          "Verificamos no SALIC/Mapa da Cultura que o(a) integrante «x» (CPF «xc») consta como «fn».\n\n",
          ar=g.ri(5, 30), in_="", **{"in": f"{g.ri(1, 23)}/{g.ri(2019, 2024)}"}, x=P(g.nf(g.person(), ["full", "caps"])), xc=(g.cpf(), "BR_CPF"),
          fn=g.pick(["diretor de fotografia", "produtor executivo", "oficineiro", "intérprete de Libras"]))
    doc.t("Ficha técnica da proposta (fls. 12-14):\n")
    for _ in range(g.ri(2, 4)):
        m = g.person()
        doc.f("  - «n», «fn», CPF «c»", n=P(g.nf(m, ["full", "caps", "full"])), c=(g.cpf(), "BR_CPF"),
              fn=g.pick(["direção", "produção executiva", "cenografia", "iluminação", "arte-educação", "fotografia", "contrarregra"]))
        if g.chance(0.3):
            doc.f(" — título de eleitor «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
        doc.t("\n")
    doc.t("\n")
    doc.f("3. CONCLUSÃO\nOpina-se pela «c», devendo a proponente ser intimada pelo e-mail «e» (ou pelo telefone «t») para, em 5 dias, substituir o integrante.\n\n",
          t=(g.phone(), "PHONE_NUMBER"),
          c=g.pick(["habilitação com ressalva", "inabilitação", "diligência"]),
          e=(g.email(prop), "EMAIL_ADDRESS") if not pj else V(g.pick(["contato@", "producao@"]) + "amadoproducoes.art.br"))
    doc.f("É o parecer, s.m.j.\n«c», «d».\n\n«p»\nProcurador«x» — «o»\n", c=g.city()[0], d=g.date("br"), p=P(g.nf(par, ["full", "caps"])),
          x="a" if par.female else "", o=(g.council("OAB"), "PROFESSIONAL_ID"))
    return doc


# =========================================================================== saude

RISKS = ["químico: tolueno, xileno (solventes de limpeza de pintura)", "químico: formaldeído / timol (câmara de fumigação)",
         "biológico: fungos filamentosos (Aspergillus spp.) em acervo úmido", "físico: radiação UV (luz ultravioleta de inspeção)",
         "químico: chumbo (pigmentos antigos, branco de chumbo)", "ergonômico: postura em bancada / movimentação de caixas",
         "químico: poeira de papel e traças (inseticidas piretroides)", "biológico: excrementos de pombos (forro do casarão)"]
EXAMS = ["hemograma completo", "audiometria tonal", "espirometria", "ác. hipúrico urinário", "metil-hipúrico urinário",
         "plumbemia", "avaliação dermatológica", "acuidade visual", "TGO/TGP", "RX tórax PA (OIT)"]
FUNCS = ["conservador(a)-restaurador(a)", "técnico(a) em restauro", "arquivista", "auxiliar de acervo", "bibliotecário(a)",
         "museólogo(a)", "encadernador(a)", "montador(a) de exposição", "higienizador(a) de documentos", "fotógrafo(a) de acervo"]


def sa_aso(g: Gen) -> Doc:
    """Occupational health certificate (ASO) of a conservation worker, printed by an occupational medicine provider."""
    doc = Doc()
    p = g.person()
    inst = g.pick(MUSEUMS + ARCHIVES + ["Fundação Cultural de " + g.city()[0]])
    med, coord = g.person(), g.person()
    kind = g.pick(["ADMISSIONAL", "PERIÓDICO", "PERIÓDICO", "RETORNO AO TRABALHO", "MUDANÇA DE RISCO", "DEMISSIONAL"])
    doc.f("ATESTADO DE SAÚDE OCUPACIONAL — ASO («k»)\n«clin» · PCMSO «y»\n\n", k=kind,
          clin=g.pick(["Clínica Vitória Medicina do Trabalho", "SESMT / Medicina Ocupacional", "OcupaMed Rosa & Leitão Ltda"]), y=g.ri(2024, 2026))
    doc.f("Empregador: «i»   CNPJ: «c»\n", i=inst, c=(g.cnpj(), "BR_CNPJ"))
    doc.f("Trabalhador(a): «n»\nCPF: «cpf»   RG: «rg»   NIT/PIS: «pis»\nData de nascimento: «d»   Sexo: «s»\nFunção: «f»   Setor: «st»\n",
          n=P(g.nf(p, ["caps", "full", "capsacc"])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), pis=(g.pis(), "BR_PIS"),
          d=(g.dob("br", 1960, 2004), "DATE_OF_BIRTH"), s="F" if p.female else "M", f=g.pick(FUNCS),
          st=g.pick(["Laboratório de Conservação e Restauro", "Reserva Técnica", "Arquivo Permanente", "Oficina de Encadernação"]))
    doc.t("\nRiscos ocupacionais:\n")
    for r in g.rng.sample(RISKS, g.ri(2, 4)):
        doc.t(f"  - {r}\n")
    doc.t("\nExames complementares:\n")
    for e in g.rng.sample(EXAMS, g.ri(2, 4)):
        doc.t(f"  {e.ljust(28, '.')} {g.date('br')}  {g.pick(['normal', 'normal', 'sem alterações', 'alterado — ver prontuário', 'dentro do IBMP'])}\n")
    doc.f("\nConclusão: «c»\n\nMédico(a) examinador(a): «m» — «crm»\nCoordenador(a) do PCMSO: «co» — «crm2»\n",
          c=g.pick(["APTO(A)", "APTO(A)", "APTO(A) com restrição: uso obrigatório de máscara PFF2 e luvas nitrílicas", "INAPTO(A) temporariamente"]),
          m=P(g.nf(med, ["full", "caps"])), crm=(g.council("CRM"), "PROFESSIONAL_ID"), co=P(coord.full), crm2=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.f("«c», «d».     Ciente: ________________ («n»)\n", c=g.city()[0], d=g.date("br"), n=P(g.nf(p, ["first", "short", "full"])))
    return doc


def sa_pcmso(g: Gen) -> Doc:
    """PCMSO biological-monitoring table of the conservation staff, pasted into the annual report."""
    doc = Doc()
    inst = g.pick(MUSEUMS + ARCHIVES)
    doc.f("RELATÓRIO ANUAL DO PCMSO — «i» — ano-base «y»\nQuadro 3. Monitoramento biológico (NR-7, Anexo I) — equipe do laboratório\n\n",
          i=inst, y=g.ri(2024, 2025))
    rows = []
    nit = g.chance(0.4)
    for _ in range(g.ri(5, 7)):
        w = g.person()
        ex = g.pick(["ác. hipúrico", "plumbemia", "espirometria", "audiometria", "metil-hipúrico"])
        res = {"ác. hipúrico": f"{g.rng.uniform(0.1, 2.2):.2f} g/g creat.", "plumbemia": f"{g.ri(2, 45)} µg/dL",
               "espirometria": f"VEF1/CVF {g.ri(62, 88)}%", "audiometria": g.pick(["normal", "PAIR leve OD"]),
               "metil-hipúrico": f"{g.rng.uniform(0.1, 1.9):.2f} g/g creat."}[ex]
        rows.append([P(g.nf(w, ["full", "caps", "inverted", "full"])), (g.pis(), "BR_PIS") if nit else (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.dob(g.pick(["br", "short"]), 1958, 2003), "DATE_OF_BIRTH"), V(g.pick(FUNCS)[:22]), V(ex), V(res),
                     V(g.pick(["—", CIDS[g.ri(0, len(CIDS) - 1)], "—"])), V(g.date("short"))])
    table_ruled(doc, ["Nome", "NIT" if nit else "CPF", "Nasc.", "Função", "Exame", "Resultado", "CID", "Próximo"], rows, g.pick(["plus", "pipe", "space"]))
    doc.f("\nIBMP = índice biológico máximo permitido. Valores acima do IBMP foram reconvocados pela enfermeira «e» («co»).\n"
          "Responsável técnico: «m», «crm» — médico do trabalho.\n",
          e=P(g.person(female=True).full), co=(g.council("COREN"), "PROFESSIONAL_ID"), m=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Obs.: «n» foi remanejad«a»(a) da câmara de fumigação após resultado alterado (ver Lei 6.514/1977 e NR-15).\n",
              n=P(rows[0][0][0]) if "," not in rows[0][0][0] else P(g.person().short), a="o")
    return doc


def sa_visitante(g: Gen) -> Doc:
    """Incident report of a visitor who fell or felt ill in the museum, with first aid and SAMU."""
    doc = Doc()
    v = g.person()
    brig = g.person()
    enf = g.person(female=True)
    mus = g.pick(MUSEUMS)
    doc.f("RELATÓRIO DE OCORRÊNCIA COM VISITANTE nº «n»\n«m» — Brigada de Incêndio / Segurança\n\n", n=f"{g.d(3)}/{g.ri(2024, 2026)}", m=mus)
    doc.f("Data/hora: «d» «h»   Local: «l»\n", d=g.date("br"), h=g.hm(),
          l=g.pick(["escadaria da Ala Luz", "sala 4 (Rosa dos Ventos)", "banheiro térreo", "jardim de esculturas", "auditório Aurora"]))
    doc.f("Visitante: «n»   Nasc.: «dob»   Tel.: «t»\nCPF: «cpf»   Cartão SUS: «cns»\nEndereço: «ad», CEP «cep»\nAcompanhante: «a» («par»)\n",
          cpf=(g.cpf(), "BR_CPF") if g.chance(0.8) else V("não portava"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          n=P(g.nf(v, ["full", "caps", "low"])), dob=(g.dob(g.pick(["br", "nopad"]), 1935, 2015), "DATE_OF_BIRTH"),
          t=(g.phone(), "PHONE_NUMBER"), cns=(g.cns(), "BR_CNS"), a=P(g.nf(g.relative(v), ["full", "first"])),
          par=g.pick(["filha", "esposo", "neto", "cuidadora", "amiga"]))
    ev = g.pick(["queda da própria altura ao descer degrau molhado, escoriação em joelho e dor em tornozelo (suspeita S93.4)",
                 "mal-estar súbito, sudorese e lipotimia (R55) na sala climatizada",
                 "crise convulsiva (G40.9?) no auditório, duração ~2 min",
                 "reação alérgica (T78.4) após contato com planta do jardim"])
    doc.f("\nDescrição: «e».\n\nAtendimento: brigadista «b» prestou primeiros socorros às «h»; enfermeira de plantão «en» («co») aferiu PA «pa» mmHg, "
          "FC «fc» bpm, SatO2 «sat»%.\n",
          e=ev, b=P(g.nf(brig, ["full", "short"])), h=g.hm(), en=P(enf.full), co=(g.council("COREN"), "PROFESSIONAL_ID"),
          pa=f"{g.ri(90, 170)}x{g.ri(55, 100)}", fc=g.ri(55, 120), sat=g.ri(91, 99))
    if g.chance(0.6):
        rg_ = g.person()
        doc.f("Acionado SAMU 192 — viatura «vt», placa «pl», médic«x» regulador«y» «r» — removido(a) à UPA «u».\n",
              vt=g.pick(["USA-03", "USB-12", "USB-07"]), pl=(g.plate(), "LICENSE_PLATE"), x=rg_.a, y="a" if rg_.female else "",
              r=P(g.nf(rg_, ["full", "short"])),
              u=g.pick(["Centro", "Zona Norte", "Bento Ribeiro", "Vila Esperança"]))
    else:
        doc.t("Visitante recusou remoção; assinou termo de recusa.\n")
    doc.f("\nRegistro CFTV: câmera «c», «h». Piso sinalizado? «s».\nRelator: «r» (vigilante, mat. «m»)   Ciência: Coordenação de Segurança\n",
          c=f"CAM-{g.d(2)}", h=g.hm(), s=g.pick(["sim", "não", "parcialmente"]), r=P(g.nf(g.person(), ["full", "caps"])), m=g.d(5))
    return doc


def sa_cat(g: Gen) -> Doc:
    """Work-accident communication (CAT) of a restorer exposed to a solvent or injured while mounting an exhibition."""
    doc = Doc()
    p = g.person()
    med = g.person()
    inst = g.pick(MUSEUMS + ARCHIVES)
    city, uf = g.city()
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT nº «n»   Tipo: «t»\n\nI - EMITENTE\nEmpregador: «i»\nCNPJ: «c»   CNAE: 9102-3/01\n\n",
          n=f"{g.d(4)}.{g.d(3)}.{g.d(3)}-{g.d(1)}/{g.d(3)}", t=g.pick(["inicial", "inicial", "reabertura"]), i=inst, c=(g.cnpj(), "BR_CNPJ"))
    mother = g.person(female=True)
    doc.f("II - ACIDENTADO\nNome: «n»\nNome da mãe: «m»\nData de nascimento: «d»   Sexo: «s»   Estado civil: «ec»\n",
          n=P(g.nf(p, ["caps", "caps", "full"])), m=P(g.nf(mother, ["caps", "full"])), d=(g.dob("br", 1962, 2004), "DATE_OF_BIRTH"),
          s="F" if p.female else "M", ec=g.pick(["solteiro(a)", "casado(a)", "divorciado(a)"]))
    doc.f("CTPS: «ct» série «se»/«u»   NIT: «pis»   CPF: «cpf»\nEndereço: «ad»  Bairro: «b»  CEP: «cep»  Município: «ci»/«u»\nTelefone: «tel»\n"
          "CBO: «cbo»   Remuneração: R$ «r»\n\n",
          ct=g.d(7), se=g.d(4), u=uf, pis=(g.pis(), "BR_PIS"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
          b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), ci=city, tel=(g.phone(), "PHONE_NUMBER"), cbo=g.pick(["2613-05", "3951-05", "2613-10", "7686-05"]),
          r=g.money(1800, 9000))
    ag = g.pick([("vapor de solvente (tolueno) durante remoção de verniz", "T52.8", "intoxicação por solvente orgânico"),
                 ("queda de escada durante montagem de exposição", "S52.5", "fratura de rádio distal"),
                 ("corte com bisturi na limpeza de moldura", "S61.0", "ferimento de dedo"),
                 ("inalação de esporos em acervo contaminado", "J67.9", "pneumonite de hipersensibilidade")])
    doc.f("III - ACIDENTE\nData: «d»  Hora: «h»  Horas trabalhadas: «ht»\nLocal: «l»\nAgente causador: «a»\nHouve afastamento? «af»   "
          "Registro policial? não\nTestemunha: «w», «wa»\n\n",
          d=g.date("br"), h=g.hm(), ht=f"{g.ri(0, 8):02d}:{g.ri(0, 59):02d}", l=g.pick(["Laboratório de Conservação (subsolo)", "Sala de exposição 2",
                                                                                     "Reserva técnica", "Oficina de molduras"]),
          a=ag[0], af=g.pick(["sim", "não"]), w=P(g.nf(g.person(), ["full", "caps"])), wa=(g.address(), "ADDRESS"))
    doc.f("IV - ATESTADO MÉDICO\nUnidade: «un» (CNES «cn»)\nCartão SUS do acidentado: «cns»\nDiagnóstico provável: «dg»   CID-10: «cid»\n"
          "Duração provável do tratamento: «dur» dias\nMédico: «m» — «crm»\n",
          un=g.pick(["Hospital Municipal Aurora", "UPA Vila Esperança", "Santa Casa de Misericórdia", "Hospital São Bento"]), cn=g.d(7),
          cns=(g.cns(), "BR_CNS"), dg=ag[2], cid=ag[1], dur=g.ri(1, 60), m=P(g.nf(med, ["full", "caps"])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_evolucao(g: Gen) -> Doc:
    """Occupational clinic notes (SOAP) for an archive worker with mould-related respiratory symptoms, with referral."""
    doc = Doc()
    p = g.person()
    med = g.person()
    enf = g.person()
    doc.f("PRONTUÁRIO — Ambulatório de Saúde do Trabalhador\nPaciente: «n»   DN: «d»   CNS: «cns»\nOcupação: «o»   Contato: «t»\n"
          "Endereço: «ad» — CEP «cep»\n\n", ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          n=P(g.nf(p, ["full", "caps", "inverted"])), d=(g.dob(g.pick(["br", "short", "iso"]), 1958, 2002), "DATE_OF_BIRTH"),
          cns=(g.cns(), "BR_CNS"), o=g.pick(FUNCS), t=(g.phone(), "PHONE_NUMBER"))
    ds = g.dates(3, "br", span=90)
    doc.f("«d» «h» — ENFERMAGEM («e», «co»)\nAcolhimento. Refere tosse seca e coriza há 3 semanas, piora nos dias de higienização do fundo "
          "«fu». Nega tabagismo. Usa máscara cirúrgica (não PFF2). PA «pa». Encaminhad«a» à consulta médica.\n\n",
          d=ds[0], h=g.hm(), e=P(g.nf(enf, ["full", "short"])), co=(g.council("COREN"), "PROFESSIONAL_ID"), fu=g.pick(FUNDS),
          pa=f"{g.ri(100, 150)}x{g.ri(60, 95)}", a=p.a)
    doc.f("«d» «h» — MÉDICO («m», «crm»)\nS: conforme acolhimento; piora ao fim do expediente, melhora nos fins de semana.\n"
          "O: sibilos esparsos; pico de fluxo «pf» L/min. Espirometria: VEF1 «vef»% do previsto, resposta ao BD positiva.\n"
          "A: rinite alérgica (J30.3) e asma relacionada ao trabalho (J45.9)? exposição a fungos (Z57.8).\n"
          "P: afastar do acervo contaminado por 15 dias; PFF2; solicito IgE específica p/ Aspergillus; encaminho à pneumologia.\n\n",
          d=ds[1], h=g.hm(), m=P(g.nf(med, ["full", "short"])), crm=(g.council("CRM"), "PROFESSIONAL_ID"), pf=g.ri(250, 480), vef=g.ri(58, 95))
    pn = g.person()
    doc.f("«d» — Retorno. Parecer da pneumologista «pn» («crm») anexado: «par». Mantido afastamento. Emitida CAT? «cat».\n",
          d=ds[2], pn=P(g.nf(pn, ["full", "short"])), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          par=g.pick(["IgE positiva, recomenda readaptação", "sem critério de doença ocupacional", "aspergilose broncopulmonar descartada (B44.1)"]),
          cat=g.pick(["sim, nº " + g.d(9), "não"]))
    if g.chance(0.5):
        doc.f("Nota: paciente pediu que comunicações sejam enviadas a «e» e não ao e-mail funcional.\n", e=(g.email(p), "EMAIL_ADDRESS"))
    return doc


def sa_afastamento(g: Gen) -> Doc:
    """HR e-mail thread about a staff member's medical certificate, with the OCR of the certificate pasted in."""
    doc = Doc()
    p = g.person()
    rh, chefe = g.person(), g.person()
    med = g.person()
    dom = g.pick(["fundacaocultural.org.br", "museuprudente.org.br", "cultura.pe.gov.br"])
    doc.f("De: «rh» <«rhe»>\nPara: «ch» <«che»>\nCc: dp@«dom»\nAssunto: Atestado — «n» (mat. «m», CPF «cpf»)\n\n", cpf=(g.cpf(), "BR_CPF"),
          rh=P(rh.full), rhe=(g.work_email(rh, dom), "EMAIL_ADDRESS"), ch=P(chefe.full), che=(g.work_email(chefe, dom), "EMAIL_ADDRESS"),
          dom=dom, n=P(g.nf(p, ["full", "short"])), m=g.d(6))
    if g.chance(0.5):
        doc.f("Oi «c», ", c=P(chefe.first))
    else:
        doc.t("Olá, ")
    doc.f("tudo bem?\nRecebemos o atestado d«x» «n» (seu setor: «s»). Segue a transcrição do scan, porque a foto veio ruim. "
          "Como passa de 15 dias, vamos encaminhar ao INSS (B31). Favor não divulgar o CID na escala.\n\n",
          x=p.a, n=P(g.nf(p, ["first", "short"])) if g.chance(0.5) else ("a servidora" if p.female else "o servidor")[2:],
          s=g.pick(["Biblioteca Infantil", "Reserva Técnica", "Educativo", "Arquivo Intermediário", "Recepção/Bilheteria"]))
    cert = Doc()
    cert.f("ATESTADO MÉDICO\n\nAtesto para os devidos fins que «n», CPF «c», nasc. «d», esteve sob meus cuidados nesta data, "
           "necessitando de «dias» dias de afastamento de suas atividades a partir de «dt».\nCID: «cid»\n\n«m»\n«crm»\nCNS do paciente: «cns»\n",
           n=P(ocr(p.caps, g, 0.5)), c=(ocr(g.cpf("dot"), g, 0.3, True), "BR_CPF"), d=(ocr(g.dob("br", 1960, 2003), g, 0.3, True), "DATE_OF_BIRTH"),
           dias=g.pick(["05 (cinco)", "15 (quinze)", "30 (trinta)", "60 (sessenta)", "03 (três)"]), dt=g.date("br"),
           cid=g.pick(CIDS), m=P(ocr(med.full, g, 0.4)),
           crm=(g.council("CRM"), "PROFESSIONAL_ID"), cns=(g.cns(), "BR_CNS"))
    doc.t("----- texto extraído (OCR) -----\n")
    base = len(doc.text)
    doc.text += cert.text
    doc.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in cert.spans]
    doc.t("----- fim -----\n\n")
    doc.f("Para o requerimento no INSS precisamos do NIT «pis» conferido com a CTPS digital.\n", pis=(g.pis(), "BR_PIS"))
    doc.f("«E» pediu contato pelo celular «t» enquanto estiver afastad«x».\n\nAbs,\n«r»\nGestão de Pessoas — ramal «ra»\n",
          E="Ela" if p.female else "Ele", t=(g.phone(), "PHONE_NUMBER"), x=p.a, r=P(rh.first), ra=g.d(4))
    return doc


def sa_vacinas(g: Gen) -> Doc:
    """Vaccination campaign sheet for staff handling old collections (tetanus, hepatitis B, influenza) as CSV."""
    doc = Doc()
    inst = g.pick(MUSEUMS + ARCHIVES + LIBS)
    doc.f("campanha_vacinacao_«y»_«s».csv  — «i» (enviado pela UBS «u»)\n", y=g.ri(2024, 2026), s=g.pick(["acervo", "servidores", "terceirizados"]),
          i=inst, u=g.pick(["Vila Rosa", "Centro", "Bonfim", "Jardim Aurora"]))
    cols = ["nome", "cpf", "cns", "data_nasc", "setor", "vacina", "dose", "lote", "data_aplic", "vacinador", "registro"]
    vacs = [(g.person(), g.council("COREN")) for _ in range(2)]
    named = g.chance(0.4)
    rows = []
    for _ in range(g.ri(5, 7)):
        w = g.person()
        vc = g.pick(vacs)
        rows.append([P(g.nf(w, ["full", "caps", "low"])), (g.cpf("raw"), "BR_CPF") if g.chance(0.8) else V(""), (g.cns(False), "BR_CNS"),
                     (g.dob("br", 1955, 2004), "DATE_OF_BIRTH"), V(g.pick(["Restauro", "Reserva Técnica", "Biblioteca", "Arquivo", "Limpeza"])),
                     V(g.pick(["dT", "Hepatite B", "Influenza", "Febre amarela", "COVID-19 XBB"])), V(g.pick(["D1", "D2", "D3", "REF", "DU"])),
                     V(g.pick(["FA", "HB", "IN", "DT"]) + g.d(5)), V(g.date("br")), P(vc[0].short) if named else V(""), (vc[1], "PROFESSIONAL_ID")])
    table_csv(doc, cols, rows, sep=g.pick([";", ","]))
    doc.f("# conferido por «c» em «d»; faltaram «n» servidores (férias)\n", c=P(g.nf(g.person(), ["first", "full"])), d=g.date("br"), n=g.ri(1, 6))
    return doc


# =========================================================================== financeiro


def pix_col(g: Gen, p: Person) -> tuple:
    """A Pix key of a person: random key (PIX_KEY), CPF, e-mail or phone (their own labels)."""
    k = g.pick(["uuid", "uuid", "uuid", "cpf", "email", "phone"])
    if k == "uuid":
        return (g.uuid(), "PIX_KEY")
    if k == "cpf":
        return (g.cpf(), "BR_CPF")
    if k == "email":
        return (g.email(p), "EMAIL_ADDRESS")
    return (g.phone(g.pick(["e164", "plus", "raw"])), "PHONE_NUMBER")


def fi_pagamentos(g: Gen) -> Doc:
    """Payment batch of cultural grants (Lei Paulo Gustavo / PNAB) sent from the culture department to the treasury."""
    doc = Doc()
    city, uf = g.city()
    an, ok = g.person(), g.person()
    ed = g.pick(["LPG 02/2023 — Demais Áreas", "PNAB 04/2024 — Prêmio Mestres da Cultura", "LPG 01/2023 — Audiovisual", "PNAB 09/2025 — Bolsas de Criação"])
    doc.f("SECRETARIA MUNICIPAL DE CULTURA DE «c» — «u»\nLote de pagamento nº «n» — Edital «ed»\nFonte: «fo»   Empenho: «em»\n\n",
          c=fold(city).upper(), u=uf, n=f"{g.d(3)}/{g.ri(2024, 2026)}", ed=ed, fo=g.pick(["LC 195/2022", "Lei 14.399/2022 (PNAB)"]),
          em=f"{g.ri(2024, 2026)}NE{g.d(6)}")
    rows = []
    tot = 0
    for i in range(g.ri(5, 7)):
        p = g.person()
        pj = g.chance(0.2)
        v = g.pick([3000, 5000, 8000, 10000, 15000, 20000, 30000, 50000])
        tot += v
        doc_ = (g.cnpj(), "BR_CNPJ") if pj else (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        name = P(g.nf(p, ["caps", "caps", "full"])) if not pj else V(g.pick(COMPANIES))
        rows.append([V(f"{i + 1:02d}"), name, doc_, V(g.bank().split(" (")[1][:-1]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"),
                     pix_col(g, p) if g.chance(0.7) else V("—"), V(f"{v:,}".replace(",", ".") + ",00"), V(g.pick(["isento", "27,5%", "—", "15%"]))])
    table_ruled(doc, ["#", "Beneficiário", "CPF/CNPJ", "Bco", "Ag.", "Conta", "Chave Pix", "Valor (R$)", "IRRF"], rows, g.pick(["plus", "pipe", "space"]))
    doc.f("\nTotal do lote: R$ «t»\nPrioridade: pagar via Pix quando houver chave; caso contrário TED. Beneficiário nº «x» informou conta "
          "poupança (variação 51 — CAIXA), conferir.\n\n", t=f"{tot:,}".replace(",", ".") + ",00", x=f"{g.ri(1, len(rows)):02d}")
    doc.f("Conferido: «a» (analista, mat. «m»)   Autorizo: «o» — Ordenador(a) de Despesa\n", a=P(an.full), m=g.d(6), o=P(g.nf(ok, ["full", "caps"])))
    if g.chance(0.5):
        p = g.person()
        doc.f("PS: «n» ligou (tel. «t») dizendo que a chave Pix antiga «k» foi excluída; nova chave aleatória: «k2».\n",
              n=P(g.nf(p, ["first", "full"])), t=(g.phone(), "PHONE_NUMBER"), k=(g.uuid(), "PIX_KEY"), k2=(g.uuid(), "PIX_KEY"))
    return doc


def fi_prestacao(g: Gen) -> Doc:
    """Accountability report (execution of the financial object) of a Lei Rouanet project: expenses with suppliers and freelancers."""
    doc = Doc()
    prop = g.person()
    cont = g.person()
    pr = g.pronac()
    doc.f("PRESTAÇÃO DE CONTAS — RELATÓRIO DE EXECUÇÃO FINANCEIRA\nPRONAC «p» · Projeto \"«n»\" · Proponente: «pp» (CPF «c»)\n"
          "Conta vinculada: Banco do Brasil ag. «ag» c/c «cc» (captação)\n\n",
          p=pr, n=g.pick(["Restauro do Acervo Fotográfico Estúdio Luz", "Festival de Leitura da Aurora", "Catálogo Raisonné de Policarpo Jucá",
                          "Museu de Portas Abertas", "Digitalização do Fundo Família Jatobá", "Circuito Rosa dos Ventos de Teatro"]),
          pp=P(g.nf(prop, ["full", "caps"])), c=(g.cpf(), "BR_CPF"), ag=(g.agency(True), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    rows = []
    for _ in range(g.ri(6, 9)):
        if g.chance(0.45):
            p = g.person()
            rows.append([V(g.date("br")), P(g.nf(p, ["caps", "full"])), (g.cpf(), "BR_CPF"), V("RPA " + g.d(3)),
                         V(g.pick(["cachê", "restauradora", "oficineiro", "fotógrafo", "revisão de texto", "monitoria", "produção"])),
                         V(g.money(400, 12000))])
        else:
            rows.append([V(g.date("br")), V(g.pick(COMPANIES)), (g.cnpj(), "BR_CNPJ"), V("NF-e " + g.d(6)),
                         V(g.pick(["material de consumo", "transporte de obras", "impressão", "locação de equipamento", "seguro", "molduras"])),
                         V(g.money(300, 40000))])
    rows.sort(key=lambda r: (r[0][0][6:], r[0][0][3:5], r[0][0][:2]))
    table_ruled(doc, ["Data", "Favorecido", "CPF/CNPJ", "Documento", "Item orçamentário", "Valor R$"], rows, g.pick(["plus", "pipe", "space"]))
    doc.f("\nGlosa sugerida pela área técnica («a»): pagamento de R$ «m» a «n» sem comprovação de execução.\n"
          "Rendimentos de aplicação: R$ «r». Saldo devolvido por GRU em «d».\n\n",
          a=P(g.person().short), m=g.money(500, 5000), n=P(g.nf(g.person(), ["full", "short"])), r=g.money(10, 900), d=g.date("br"))
    doc.f("Declaro, sob as penas da Lei 8.313/1991 e do Decreto 11.453/2023, que as informações são verdadeiras.\n«pp»\n"
          "Contador(a) responsável: «c» — «crc»\n", pp=P(prop.full), c=P(cont.full), crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    return doc


def fi_proposta(g: Gen) -> Doc:
    """Registration form of an individual agent in a cultural-funding call, as exported from the online platform."""
    doc = Doc()
    p = g.person()
    city, uf = g.city()
    doc.f("Mapa Cultural «c» — Inscrição on-«n»\nOportunidade: «op»\nEnviada em: «d» «h» (IP «ip»)\n\n",
          c=g.pick(["SP", "do Ceará", "de Pernambuco", "BH", "POA", "de Goiás"]), n=g.d(9),
          op=g.pick(["Edital LPG Demais Áreas 2024", "PNAB — Fomento a Bibliotecas Comunitárias", "Prêmio Aldir Blanc Culturas Populares",
                     "Bolsa de Pesquisa em Acervos"]), d=g.date("br"), h=g.hm(), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("1. AGENTE RESPONSÁVEL\nNome completo: «n»\nNome artístico/social: «na»\nCPF: «cpf»   RG: «rg»   Data de nascimento: «dob»\n",
          n=P(p.full), na=P(g.pick([p.nick, p.first + " " + g.pick(["do Rosário", "da Luz", "Griô", "MC"]), fold(p.short)])) if g.chance(0.6) else "—",
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob("br", 1950, 2006), "DATE_OF_BIRTH"))
    if g.chance(0.6):
        doc.f("Título de eleitor: «t» (comprovação de domicílio eleitoral no município)\n", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("Endereço: «a»   CEP: «cep»   «c»/«u»\nCelular: «t»   E-mail: «e»\n",
          a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), c=city, u=uf, t=(g.phone(), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("Autodeclaração (cotas): «co»   Pessoa com deficiência: «pcd»\n\n", co=g.pick(["pessoa negra", "pessoa indígena", "não optante", "pessoa negra"]),
          pcd=g.pick(["não", "sim — baixa visão", "não"]))
    doc.f("2. PROJETO\nTítulo: «t»\nValor solicitado: R$ «v»\nResumo: «r»\n\n",
          t=g.pick(["Sarau Flor de Maio", "Biblioteca na Praça", "Oficinas de restauro de livros", "Memórias do Rosário", "Cine Aurora Itinerante"]),
          v=g.money(5000, 80000), r=g.pick(["oficinas gratuitas para jovens da periferia, com mediação de leitura",
                                            "levantamento fotográfico e história oral dos moradores antigos",
                                            "restauração de encadernações do acervo comunitário, com luz natural controlada"]))
    doc.t("3. FICHA TÉCNICA\n")
    for _ in range(g.ri(3, 5)):
        m = g.person()
        doc.f("- «n» | «f» | CPF «c»\n", n=P(g.nf(m, ["full", "full", "low", "caps"])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
              f=g.pick(["coordenação", "oficineira", "arte-educador", "produção", "fotografia", "mediação de leitura", "acessibilidade (Libras)"]))
    doc.f("\n4. DADOS BANCÁRIOS (conta em nome do proponente)\nBanco: «b»   Agência: «ag»   Conta: «cc»\n",
          b=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.8):
        doc.f("Chave Pix: «k»\n", k=(g.uuid(), "PIX_KEY"))
    doc.t("\n[x] Declaro não ser membro da Comissão de Seleção nem servidor da Secretaria (art. 8º, Decreto 11.525/2023).\n")
    return doc


def fi_multas(g: Gen) -> Doc:
    """Receivables of overdue fines and replacement charges of a library network, with contact data for collection."""
    doc = Doc()
    doc.f("REDE MUNICIPAL DE BIBLIOTECAS — Relatório de débitos de leitores (multas e reposição) — posição «d»\n"
          "Filtro: débito > R$ «f» e atraso > 60 dias · ordenado por valor\n\n", d=g.date("br"), f=g.pick(["10,00", "20,00", "5,00"]))
    rows = []
    for _ in range(g.ri(6, 9)):
        p = g.person()
        rows.append([V(f"{g.d(4)}.{g.d(3)}"), P(g.nf(p, ["inverted", "caps", "full"])), (g.cpf(), "BR_CPF") if g.chance(0.8) else V("não inf."),
                     (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
                     (g.email(p), "EMAIL_ADDRESS") if g.chance(0.75) else V("—"), V(g.pick(LIBS).replace("Biblioteca ", "B. ")[:26]),
                     V(g.money(10, 420)), V(g.pick(["aberto", "parcelado 2x", "enviado p/ dívida ativa", "acordo", "aberto"]))])
    rows.sort(key=lambda r: -float(r[6][0].replace(".", "").replace(",", ".")))
    table_ruled(doc, ["Cartão", "Leitor", "CPF", "Telefone", "E-mail", "Unidade", "Débito R$", "Situação"], rows, g.pick(["plus", "pipe", "space"]))
    doc.f("\nPagamentos com cartão no balcão aparecem mascarados (ex.: «mc»). Conciliação de «m» feita por «a».\n",
          mc=g.masked_card(), m=g.pick(MONTHS), a=P(g.person().full))
    doc.f("Observação da coordenação («c», «crb»): leitores com débito de livro extraviado recebem carta com AR no endereço cadastrado; "
          "ex.: «n», «ad», CEP «cep».\n", c=P(g.person().short), crb=(g.council("CRB"), "PROFESSIONAL_ID"),
          n=P(rows[0][1][0] if "," not in rows[0][1][0] else g.person().full), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """Chargeback dispute of online museum tickets/shop order: acquirer notice, customer e-mail and analyst notes."""
    doc = Doc()
    p = g.person()
    an = g.person()
    order = f"{g.pick(['ING', 'LOJA', 'PED'])}-{g.d(7)}"
    card = g.card()
    doc.f("[Adquirente] Aviso de contestação — motivo «m» — pedido «o»\nValor: R$ «v»   Data da venda: «d»   Cartão: «mc»\nPortador: «n»\n\n",
          m=g.pick(["4837 (fraude — sem autorização)", "13.1 (mercadoria não recebida)", "4853 (não conforme descrito)"]), o=order,
          v=g.money(40, 900), d=g.date("br"), mc=g.masked_card(), n=P(g.nf(p, ["caps", "capsshort"])))
    doc.f("Dados do pedido na loja virtual do «mu»:\n  comprador: «n»\n  cpf: «c»\n  e-mail: «e»\n  telefone: «t»\n  ip: «ip»\n  entrega: «a» — CEP «cep»\n"
          "  itens: «it»\n\n",
          mu=g.pick(MUSEUMS), n=P(p.full), c=(g.cpf(), "BR_CPF"), e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"),
          ip=(g.ip(), "IP_ADDRESS"), a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          it=g.pick(["2x ingresso inteira + 1 meia (exposição Aurora)", "catálogo \"Rosa, Vermelho, Branco\" + pôster",
                     "réplica em resina — coleção Amado", "visita guiada p/ 4 pessoas"]))
    doc.f("E-mail do cliente (anexado):\n> Não reconheço essa compra. Meu cartão «cc» validade «vl» foi clonado, já pedi o cancelamento. "
          "«n»\n\n", cc=(card, "CREDIT_CARD"), vl=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}", n=P(g.nf(p, ["first", "full", "low"])))
    doc.f("Análise («a»): IP de «ci» (geolocalização diferente do endereço); login anterior do mesmo CPF veio de «ip2»; 3 tentativas recusadas antes com outros cartões; "
          "ingresso foi validado na catraca em «d» às «h». «dec».\n",
          a=P(g.nf(an, ["full", "short"])), ci=g.city()[0], ip2=(g.ip(), "IP_ADDRESS"), d=g.date("br"), h=g.hm(),
          dec=g.pick(["Aceitar chargeback", "Contestar com comprovante de uso", "Reembolsar e bloquear o e-mail",
                      "Seria prudente contestar: o portador já comprou outras vezes do mesmo IP"]))
    if g.chance(0.5):
        doc.f("Nota: o número completo do cartão não deveria estar no ticket — mascarar antes de arquivar (PCI). «a»\n", a=P(an.first))
    return doc


def fi_doacoes(g: Gen) -> Doc:
    """Monthly donations to the museum's friends association (CSV from the payment gateway) with refund requests."""
    doc = Doc()
    assoc = "Associação de Amigos do " + g.pick(MUSEUMS).replace("Museu ", "Museu ")
    doc.f("# «a» — doações recorrentes — «m»/«y»\n# CNPJ da associação: «c»\n", a=assoc, m=f"{g.ri(1, 12):02d}", y=g.ri(2024, 2026),
          c=(g.cnpj(), "BR_CNPJ"))
    cols = ["data", "doador", "cpf", "email", "telefone", "cep", "forma", "valor", "recibo_ir"]
    rows = []
    for _ in range(g.ri(5, 8)):
        p = g.person()
        forma = g.pick(["pix", "pix", "cartao", "boleto"])
        rows.append([V(g.date("iso")), P(g.nf(p, ["full", "caps", "low"])), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
                     (g.email(p), "EMAIL_ADDRESS"), (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER") if g.chance(0.6) else V(""),
                     (g.cep(g.chance(0.5)), "BR_CEP"),
                     V(forma if forma != "cartao" else "cartao " + g.masked_card()), V(g.money(20, 2000).replace(".", "")), V(f"R{g.d(6)}")])
    table_csv(doc, cols, rows, sep=",")
    p = g.person()
    doc.f("\n# estorno solicitado: «n» pediu devolução da doação duplicada para a chave aleatória «k» (ag. «ag» conta «cc» como alternativa)\n",
          n=P(g.nf(p, ["full", "first"])), k=(g.uuid(), "PIX_KEY"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("# conferência: «t» · recibos emitidos conforme art. 18 da Lei 8.313/1991 (Rouanet, doação a projeto PRONAC «pr»)\n",
          t=P(g.person().short), pr=g.pronac())
    return doc


def fi_rpa(g: Gen) -> Doc:
    """Receipt for self-employed services (RPA) of a guide, restorer or workshop instructor, with taxes and bank data."""
    doc = Doc()
    p = g.person()
    inst = g.pick(MUSEUMS + LIBS + ["Fundação Cultural de " + g.city()[0]])
    city, uf = g.city()
    bruto = g.ri(800, 9000)
    inss = round(bruto * 0.11, 2)
    iss = round(bruto * 0.05, 2)
    irrf = round(max(0, (bruto - inss) * 0.075 - 169.44), 2)
    fm = lambda x: f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    doc.f("RECIBO DE PAGAMENTO A AUTÔNOMO — RPA nº «n»\nFonte pagadora: «i» — CNPJ «c»\n\n", n=g.d(4), i=inst, c=(g.cnpj(), "BR_CNPJ"))
    doc.f("Prestador(a): «n»\nCPF: «cpf»   NIT/PIS/PASEP: «pis»   RG: «rg»\nNascimento: «d»   CBO: «cbo»\nEndereço: «a» — «ci»/«u» — CEP «cep»\nFone: «fo»   E-mail: «em»\n",
          fo=(g.phone(), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"),
          n=P(g.nf(p, ["caps", "full", "capsacc"])), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"),
          d=(g.dob("br", 1955, 2004), "DATE_OF_BIRTH"), cbo=g.pick(["2613-15 (restaurador)", "5114-05 (guia)", "2625-05 (ator)", "3331-05 (oficineiro)"]),
          a=(g.address(), "ADDRESS"), ci=city, u=uf, cep=(g.cep(), "BR_CEP"))
    doc.f("\nServiço: «s» — período «p»\n\n", s=g.pick(["mediação da exposição Aurora (40h)", "restauro de 12 encadernações do séc. XIX",
                                                      "oficina de xilogravura (4 encontros)", "higienização do Fundo Família Jatobá",
                                                      "contação de histórias na Biblioteca Infantil"]),
          p=" a ".join(g.dates(2)))
    lines = [("Valor bruto", bruto), ("(-) INSS 11% (teto)", inss), ("(-) ISS 5%", iss), ("(-) IRRF", irrf),
             ("Valor líquido", bruto - inss - iss - irrf)]
    for k, v in lines:
        doc.t(f"{k:.<30} R$ {fm(v):>10}\n")
    doc.f("\nCrédito em conta: «b» ag. «ag» c/c «cc»\n", b=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("Recebi a importância líquida acima. «c», «d».\n\n_____________________\n«n»\n\nAtesto a execução: «r» (coordenação)   Lançado por: «l», «crc»\n",
          c=city, d=g.date("br"), n=P(g.nf(p, ["full", "caps"])), r=P(g.person().full), l=P(g.person().short), crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    return doc


TEMPLATES = {
    "atendimento": [at_ficha, at_emprestimos, at_aviso_multa, at_grupo, at_chat, at_consultas, at_perda],
    "juridico": [ju_doacao, ju_cessao, ju_notificacao, ju_sentenca, ju_comodato, ju_lgpd, ju_parecer],
    "saude": [sa_aso, sa_pcmso, sa_visitante, sa_cat, sa_evolucao, sa_afastamento, sa_vacinas],
    "financeiro": [fi_pagamentos, fi_prestacao, fi_proposta, fi_multas, fi_chargeback, fi_doacoes, fi_rpa],
}

LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}
ELEVEN = re.compile(r"(?<![\w.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\w\-/]|\.\d)")


def check(record: dict) -> int:
    """Validate one record; return how many unlabelled 11-digit numbers (hard negatives) it holds."""
    text, last = record["text"], 0
    for s in record["spans"]:
        assert s["label"] in LABELS, (record["id"], s)
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
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
        elif lab == "IP_ADDRESS":
            assert all(0 <= int(x) <= 255 for x in v.split(".")) and v.count(".") == 3, (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
    # every unlabelled 11-digit number (plain or CPF-formatted) is a hard negative and must fail the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    negatives = 0
    for m in ELEVEN.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        n = re.sub(r"\D", "", m.group(1))
        assert not cpf_ok(n), (record["id"], m.group(1))
        negatives += 1
    return negatives


def build() -> tuple[list[dict], int]:
    g = Gen(SEED)
    records = []
    negatives = 0
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: s["start"])
                record = {"id": f"{domain}-{index}-{copy}", "domain": domain, "text": doc.text, "spans": spans}
                negatives += check(record)
                records.append(record)
    return records, negatives


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
    records, negatives = build()
    assert len(records) == 280
    with (HERE / OUT_NAME).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("seventyninth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  unlabelled 11-digit numbers (all fail the CPF check): {negatives}")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
