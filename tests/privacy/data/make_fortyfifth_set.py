"""Build the forty-fifth labelled evaluation set (run once; the JSONL file is committed).

    python3 tests/privacy/data/make_fortyfifth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 4545, 280 records: 7 templates per domain, 10 copies each.

Register: elections and political life, the paperwork of voters, poll workers, candidates,
campaigns, parties, electoral courts and city councils (câmaras municipais).
- atendimento: an RAE form typed at the cartório eleitoral (alistamento / transferência /
  revisão, parents' names, biometrics, proof of address in a relative's name), a WhatsApp
  conversation with the TRE (chatbot "Tina", then a numbered human attendant; second copy of
  the título, a son's or daughter's first título), an e-mail thread between a citizen and a
  vereador's office (chief of staff's answer with an "Indicação"), a manifestation exported from
  the câmara's ombudsman system (IP of origin, routing, answer), a public hearing's attendance
  list and speaker list (Markdown or fixed-width), a cartório e-mail carrying the semicolon CSV
  of the "Mesário Voluntário" sign-ups, a transcribed call to the voter help line (Disque 148:
  justificativa, multa, GRU; título read out in groups, CPF spoken with spaces).
- juridico: a Pardal complaint turned into a Notícia de Fato (carro de som, painted wall,
  santinhos, live in a school), a judgment on vote buying (art. 41-A; witnesses, Pix to a phone
  key, bank account), a candidate registration (RRC) with declared assets (house, vehicles,
  bank balances, company shares) and certidões, a Federal Police witness statement (random Pix
  key, vehicle plate), a double party-membership notice from the Filia system with a voter's
  reply, an election-day arrest report (boca de urna / transporte de eleitores; CNH of the
  car's owner), a platform's answer to a content-removal order (account data, IPv4/IPv6 logs).
- saude: a poll worker's request to be excused with the medical certificate and the judge's
  order, a post-election justificativa for hospitalisation (hospital statement, social worker),
  a request to move to an accessible polling station (companion, physiotherapist's/doctor's/
  psychologist's report), a SAMU record of an incident at a polling place with the section's
  minutes, a party's request to replace a gravely ill candidate (medical summary, new candidate),
  minutes of a public health hearing of the câmara, a WhatsApp group of a vereador's office
  forwarding constituents' SISREG requests.
- financeiro: SPCE report of campaign donations (donors' CPFs, origin agency/account, recibos
  eleitorais), campaign staff payments as CSV (CPF, PIS, Pix key of any kind), a Pix receipt of a
  donation (random key of the campaign, masked CPF of the payer) and the donor's reply, a
  technical report on a campaign's accounts (invalid CPF, inapt suppliers, undeclared vehicle),
  a vehicle-loan term (RG, CNH, plate, RENAVAM), a crowdfunding platform's chargeback report
  (full card numbers, IPs), the payroll of a vereador's office with the transparency-portal
  excerpt (masked CPFs).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Dra.", "dona",
"seu", "Ver.", "vereador"; particles inside a name (de, da, dos, e) are part of it; "SURNAME,
Given" is one span; nicknames ("vulgo Quinzinho", "Nonata") and first names alone are persons.
Staff named in the text (attendants, analysts, clerks, judges, prosecutors, delegados,
escrivães, doctors, nurses, lawyers, chiefs of staff) are persons; the TRE chatbot ("Tina"),
attendants shown by number and system names are not. Decided here: a nome de urna is a PERSON
when it is a name or nickname ("NALVA", "Simone"); an epithet glued to it ("do Povo", "da
Saúde", "Professor") is left outside the span. The candidate's name inside a campaign's
registered name ("ELEICAO 2024 ACRISIO ZUMBA MOURA PREFEITO") is a PERSON span; the rest of the
registered name is not. Streets, schools, plenaries and companies honouring people (Rua Prudente
de Morais, EE Professora Zenaide Gadelha, Plenário Dr. Ulysses Guimarães, Auto Posto Bento
Amaral, Praça Barão de Mauá without a number) are not persons. Corporate e-mails of people
(servidor@tre-xx.jus.br, chefe@cidade.uf.leg.br) are EMAIL_ADDRESS; role mailboxes (gabinete.x@,
ouvidoria@) are not labelled. Institutional numbers (0800, ramal, 148, 190, 192) are not labelled;
people's phones, also as WhatsApp senders and as Pix keys, are PHONE_NUMBER. ADDRESS is street
type + name + number + complement (not neighbourhood, city, state; CEP is BR_CEP); a
cartório's, court's or company's address is not labelled, a house declared as an asset or a
residence where propaganda was painted is. Agency and account are separate BANK_ACCOUNT spans;
bank codes are not. DATE_OF_BIRTH only for birth dates (ISO, Brazilian, short and long form);
election, filiação, admission, donation and hospitalisation dates are not. PROFESSIONAL_ID
includes the council acronym and UF or region (CRM, OAB, COREN, CREFITO, CRP, CRC, CRESS).
BR_TITULO_ELEITOR for every título whose UF code and check digits are valid (bare, grouped in
4-4-4, or read out as "1530, 5260, 0701"). PIX_KEY only for random (UUID) keys; Pix keys that
are a CPF, e-mail or phone take those labels. CNPJs of campaigns, parties and suppliers are
BR_CNPJ (numeric and the 2026 alphanumeric form). Masked values (***.123.456-**, cards with
asterisks), zone and section numbers, candidate numbers, sequenciais, recibos eleitorais,
protocol, IPL, BO, ofício, ID and Notícia de Fato numbers, RENAVAM, chassis, Pix end-to-end ids
and device ids are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Kethellyn, Lohanny, Uelington, Deuzimar; Italian, German, Japanese/Okinawan, Lebanese, Korean,
Chinese, Bolivian, Haitian, Senegalese, Angolan, indigenous, Jewish), at least a quarter of the
name words rare or invented (main() prints the share); names that are also words (Rosa, Luz,
Flor, Glória, Dores, Bento, Prudente, Amado, Justo, Severo, Branco, Vitória, Aurora, Esperança)
next to the same words as words ("voto em branco", "conta de luz", "seria prudente", "Outubro
Rosa", "vitória apertada", "a esperança é a última que morre") and in places and companies
(Presidente Prudente, Bento Gonçalves, Vitória da Conquista, Gráfica Rosa Branca,
Hospital da Luz, Jardim Aurora), which are not persons. A Chinese given name "Lei" sits next to
"Lei 9.504/97". Forms: full, ALL CAPS without accents, lower case, short (first + last), first
name alone, nicknames.

Hard negatives (never labelled): CNJ process numbers (electoral segment 6 and others), 11-digit
numbers failing the CPF check (typos in logs, invalid donor CPFs, protocols, RENAVAM), 12-digit
numbers failing the título check (sequenciais, protocols), ICD-10 codes, money, UFIR, zone and
section numbers, laws and resolutions (Lei 9.504/1997, Res. TSE 23.607/2019), dates that are not
birth dates, coordinates, masked CPFs and cards.
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
SEED = 4545
OUT_NAME = "fortyfifth.jsonl"

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


def titulo_ok(n: str) -> bool:
    return len(n) == 12 and n.isdigit() and 1 <= int(n[8:10]) <= 28 and titulo_dv(n[:8], n[8:10]) == n[10:]


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

PT_F = ["Renata", "Vanessa", "Carolina", "Bianca", "Daniela", "Eliane", "Silvana", "Márcia", "Kátia",
        "Rosana", "Lúcia", "Helena", "Alice", "Lívia", "Cecília", "Yasmin", "Bruna", "Jéssica", "Thaís",
        "Michele", "Sueli", "Regina", "Vera Lúcia", "Maria Aparecida", "Ana Paula", "Marta", "Teresa",
        "Sônia", "Denise", "Luana", "Fabiana", "Adriana", "Rita de Cássia", "Patrícia", "Simone", "Cláudia"]
RARE_F = ["Josilene", "Aldenora", "Zuleica", "Edinalva", "Gercilene", "Marinalva", "Cleonice", "Ozelita",
          "Raimunda Nonata", "Valdelice", "Leidiane", "Daiane Kelly", "Rosilda", "Jaqueline Suelen",
          "Eronilde", "Sirlei", "Vanusa", "Ednéia", "Maciléia", "Dioclécia", "Deuzimar", "Alzenira",
          "Kethellyn", "Rayane", "Emilly Vitória", "Lohanny", "Tayná", "Crislane", "Valmirene", "Joselma",
          "Ivaneide", "Lindaura", "Francisca Dalva", "Zenaide", "Hosana", "Gildeci", "Arlete", "Clemilda",
          "Aucilene", "Juciara", "Mirtes", "Neuzeli"]
PT_M = ["Marcelo", "Alexandre", "Fernando", "Paulo", "Sérgio", "Luiz Carlos", "Carlos Eduardo", "Wagner",
        "Cláudio", "André", "Renato", "Júlio", "César", "Otávio", "Rafael", "Gustavo", "Davi", "Samuel",
        "Pedro Henrique", "Felipe", "Marcos", "Jorge", "Nelson", "Valter", "Osvaldo", "Mauro", "Roberto",
        "Alberto", "Antônio", "José Carlos", "Joaquim", "Rodrigo", "Leonardo", "Ricardo", "Fábio"]
RARE_M = ["Aldenor", "Edivaldo", "Genivaldo", "Josenildo", "Uelington", "Reginaldo Nonato", "Zacarias", "Jucelino",
          "Ozires", "Valdemiro", "Cleidimar", "Eraldino", "Dorivaldo", "Gilmário", "Ivanildo", "Erivelton",
          "Jailson", "Lindoval", "Nivaldino", "Acrísio", "Arlindo", "Hermínio", "Isaías", "Jeremias",
          "Wesley Kauã", "Ryan Lucas", "Kauê", "Thallys", "Wendel", "Abdoral", "Epaminondas", "Florêncio",
          "Idalécio", "Lourivaldo", "Sinésio", "Zózimo", "Cosme Damião", "Tertuliano", "Raimundo Nonato"]
PT_SUR = ["Pereira", "Costa", "Rodrigues", "Martins", "Carvalho", "Gomes", "Ribeiro", "Alves", "Araújo",
          "Barbosa", "Cardoso", "Castro", "Correia", "Freitas", "Lopes", "Mendes", "Nunes", "Pinto", "Ramos",
          "Reis", "Teixeira", "Vieira", "Moura", "Nogueira", "Azevedo", "Campos", "Duarte", "Andrade",
          "Cavalcanti", "Marques", "Nascimento", "Santana", "Prado", "Machado", "Amaral", "Silva", "Souza",
          "Oliveira", "Ferreira", "Lima"]
RARE_SUR = ["Cavalheiro", "Bulhões", "Faustino", "Anunciação", "Penedo", "Caetité", "Apolinário", "Gadelha",
            "Jacobina", "Landim", "Quixabá", "Belchior", "Perdigão", "Rolim", "Cantanhede", "Tabosa",
            "Rebouças", "Queiroga", "Seabra", "Trajano", "Varjão", "Xerez", "Zumba", "Alencastro", "Conrado",
            "Fagundes", "Inojosa", "Juruena", "Lucena", "Nápoles", "Otoni", "Bezerril", "Arcoverde", "Muniz Falcão",
            "Sucupira", "Torquato", "Brandão Vilela", "Mascarenhas", "Quaresma", "Sampaio Dória", "Umbelino",
            "Jatobá", "Coutinho Bulcão"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Esperança", "Glória", "Dores"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Fiel", "Justo", "Severo", "Constante"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Flor", "Luz", "Vitória", "Leão", "Pedrosa",
            "Cordeiro", "Raposo", "Pombo", "Palmeira", "Bastos", "Aurora", "Franco", "Cruz"]
NICK = {"Luiz Carlos": "Luizão", "Joaquim": "Quinzinho", "Raimunda Nonata": "Nonata", "Maria Aparecida": "Cida",
        "Vera Lúcia": "Verinha", "Teresa": "Tetê", "Rita de Cássia": "Ritinha", "Osvaldo": "Vavá",
        "Zacarias": "Zaca", "Hermínio": "Mimi", "Florêncio": "Flor", "Jeremias": "Jerê", "Pedro Henrique": "PH",
        "Carlos Eduardo": "Cadu", "Idalécio": "Dadá", "Alexandre": "Xande", "Francisca Dalva": "Dalvinha",
        "Deuzimar": "Deuza", "Raimundo Nonato": "Nonatinho", "José Carlos": "Zé Carlos", "Antônio": "Toninho",
        "Epaminondas": "Mino", "Cosme Damião": "Cosminho", "Josenildo": "Nildo", "Genivaldo": "Gena",
        "Edinalva": "Nalva", "Marinalva": "Nalvinha", "Tertuliano": "Tuti", "Valdemiro": "Miro"}
FOREIGN = {
    "it": (["Graziella", "Ornella", "Donatella"], ["Lorenzo", "Vittorio", "Ettore"],
           ["Bortolotto", "Zanin", "Gasparetto", "Dalla Costa", "Marcon", "Bianchini", "Fiorese", "Tonello"]),
    "de": (["Waltraud", "Gerda", "Liesel"], ["Helmut", "Ewald", "Armin"],
           ["Schneider", "Hoffmann", "Krüger", "Brandenburg", "Voigt", "Lemke", "Stüpp", "Kuhnen"]),
    "jp": (["Sachiko", "Naomi", "Emiko", "Harumi"], ["Kenji", "Takeshi", "Hiroshi", "Massao"],
           ["Yamashiro", "Tamashiro", "Kinjo", "Oshiro", "Matsumoto", "Ishikawa", "Higa"]),
    "ar": (["Nadia", "Leila", "Soraya"], ["Farid", "Nagib", "Kamal", "Jamil"],
           ["Haddad", "Khoury", "Maluf", "Nassar", "Sfeir", "Abdalla", "Jereissati"]),
    "kr": (["Min-ji", "Hye-jin", "Soo-ah"], ["Sung-ho", "Jae-won"], ["Kim", "Choi", "Jung", "Yoon"]),
    "cn": (["Xiaoling", "Hui", "Meiling"], ["Hao", "Lei", "Wenjie"], ["Chen", "Wu", "Lin", "Zhou"]),
    "bo": (["Ximena", "Rocío", "Wilma"], ["Rolando", "Fidel", "Eusebio"],
           ["Apaza", "Ticona", "Mamani", "Colque", "Choque Condori"]),
    "ht": (["Guerline", "Mirlande", "Roseline", "Nadège"], ["Wilner", "Jhonson", "Frantz", "Jean-Robert"],
           ["Joseph", "Dorvil", "Célestin", "Exantus", "Pierre-Louis"]),
    "sn": (["Aminata", "Fatou", "Khady"], ["Mamadou", "Ousmane", "Cheikh"],
           ["Diop", "Ndiaye", "Sow", "Fall", "Gueye"]),
    "ao": (["Luzia Nzinga", "Teresa Ndala", "Eufrásia"], ["Kiluanje", "Domingos Mbala", "Nzinga"],
           ["Kiala", "Nzau", "Massala", "Tchipa", "Kalunga"]),
    "in": (["Iracema", "Araci", "Jurema", "Potira"], ["Anhangá", "Tupã", "Cauê", "Raoni"],
           ["Krahô", "Kaingang", "Xavante", "Tukano", "Guajajara", "Terena"]),
    "jw": (["Raquel", "Débora", "Hanna", "Esther"], ["Abraão", "Salomão", "Isaac"],
           ["Weissmann", "Grinberg", "Blaustein", "Kac", "Szajnbok"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Szajnbok", "Kuhnen", "Tonello", "Higa", "Jereissati"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Penedo", "Cruz", "Aurora", "Anunciação"}
DO_SUR = {"Nascimento", "Amaral", "Prado"}
DOS_SUR = {"Reis", "Campos", "Santos"}


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
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada",
                "Praça", "Beco", "Vila", "Rodovia"]
STREET_NAMES = ["Rosa Branca", "Doutor Bento Amaral", "da Aurora", "Barão de Mauá", "Prudente de Morais",
                "Flor de Maio", "das Palmeiras", "Coronel Lourivaldo Penedo", "Professora Zenaide Gadelha",
                "Sete de Setembro", "Dom Pedro II", "Barão do Rio Branco", "Luz do Sol", "Esperança",
                "Frei Caneca", "Marechal Deodoro", "Capitão Abdoral Landim", "das Acácias", "Vitória Régia",
                "Maestro Sinésio Trajano", "Padre Cícero", "Beira-Rio", "Quinze de Novembro", "Tiradentes",
                "Irmãos Bulhões", "Cônego Idalécio Rolim", "dos Pescadores", "Senador Queiroga",
                "Ulysses Guimarães", "Juscelino Kubitschek", "Santos Dumont", "Vereador Amado Tabosa",
                "Deputado Epaminondas Jatobá", "Eleitor Desconhecido", "da Democracia", "Zumbi dos Palmares"]
# (city, UF)
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória da Conquista", "BA"),
          ("Rio Branco", "AC"), ("Santa Luzia", "MG"), ("Aurora", "CE"), ("Esperança", "PB"),
          ("Flores da Cunha", "RS"), ("Londrina", "PR"), ("Maringá", "PR"), ("Joinville", "SC"),
          ("Chapecó", "SC"), ("Pelotas", "RS"), ("Juiz de Fora", "MG"), ("Montes Claros", "MG"),
          ("Ribeirão Preto", "SP"), ("Bauru", "SP"), ("Sorocaba", "SP"), ("Caruaru", "PE"), ("Juazeiro do Norte", "CE"),
          ("Sobral", "CE"), ("Parnaíba", "PI"), ("Marabá", "PA"), ("Parintins", "AM"), ("Boa Vista", "RR"),
          ("Macapá", "AP"), ("Dourados", "MS"), ("Rondonópolis", "MT"), ("Anápolis", "GO"), ("Palmas", "TO"),
          ("Itabuna", "BA"), ("Campos dos Goytacazes", "RJ"), ("Nova Friburgo", "RJ"), ("Linhares", "ES"),
          ("Mossoró", "RN"), ("Arapiraca", "AL"), ("Lagarto", "SE"), ("Imperatriz", "MA"), ("Ji-Paraná", "RO"),
          ("Campina Grande", "PB"), ("Gama", "DF")]
TIT_UF = {"SP": "01", "MG": "02", "RJ": "03", "RS": "04", "BA": "05", "PR": "06", "CE": "07", "PE": "08",
          "SC": "09", "GO": "10", "MA": "11", "PB": "12", "PA": "13", "ES": "14", "PI": "15", "RN": "16",
          "AL": "17", "MT": "18", "MS": "19", "DF": "20", "SE": "21", "AM": "22", "RO": "23", "AC": "24",
          "AP": "25", "RR": "26", "TO": "27"}
UFS = list(TIT_UF)
BAIRROS = ["Jardim Aurora", "Vila Leão", "Centro", "Bela Vista", "Jardim Rosa Branca", "Alto da Luz",
           "Parque Prudente", "Vila Esperança", "Bonfim", "Conjunto Bento XVI", "Flor do Vale", "Cidade Nova",
           "Jardim Democracia", "Vila Operária", "São Cristóvão", "Planalto", "COHAB II"]
PARTIES = ["MDB", "PT", "PL", "PSD", "PP", "União Brasil", "Republicanos", "PSB", "PDT", "PSDB", "Podemos",
           "PSOL", "Avante", "Solidariedade", "PCdoB", "Cidadania", "PV", "Novo", "Mobiliza", "DC", "Agir", "PRD"]
CIDS = ["E11.9", "I10", "J45.9", "N18.3", "K29.7", "M54.5", "F32.1", "O26.8", "A90", "C50.9", "G40.9", "R55",
        "J18.9", "S82.2", "E66.9", "I50.0", "S52.5", "B34.2", "M17.1", "I63.9", "H25.9", "F41.1", "U07.1"]
ESCOLAS = ["EE Professora Zenaide Gadelha", "EMEF Bento Amaral", "Escola Estadual Rosa Branca",
           "EM Vitória Régia", "Colégio Estadual Prudente de Morais", "EMEI Flor do Vale",
           "Escola Municipal Aurora Boreal", "Ginásio Municipal Esperança", "UNIP Campus Luz", "EE Barão de Mauá"]
COMPANIES = ["Gráfica Rosa Branca Ltda", "Som & Luz Eventos", "Gadelha Comunicação Visual ME",
             "Auto Posto Bento Amaral", "Haddad Impressos Ltda", "Prudente Locadora de Veículos",
             "Aurora Marketing Político", "Transportes Queiroga & Filhos", "Esperança Produções",
             "Vitória Carros Ltda", "Leão Brindes EIRELI", "Oshiro Serviços Gráficos", "Flor de Lis Buffet"]


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
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "plain"])
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

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length."""
        while True:
            v = str(self.rng.randint(1, 9)) + self.d(n - 1)
            if n == 11 and (cpf_ok(v) or pis_dv(v[:10]) == v[10] or cnh_dv(v[:9]) == v[9:]):
                continue
            if n == 12 and titulo_ok(v):
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
            origin = "pt" if rng.random() < 0.7 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.1:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.45:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(PT_F if female else PT_M)
            if rng.random() < 0.12 and " " not in given:
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
            elif len(surnames) >= 2 and rng.random() < 0.06:
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
                          f"{l}.{f}", f"{f}.{l}{self.ri(60, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}", f"{f}.{l}.adv"])
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
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def masked_cpf(self, n: str | None = None) -> str:
        n = re.sub(r"\D", "", n) if n else self.cpf_digits()
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***{n[3:9]}**"])

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

    def titulo(self, uf: str | None = None, spaced: bool | None = None) -> str:
        b = f"{self.ri(1, 99999999):08d}"
        code = TIT_UF[uf] if uf else f"{self.rng.randint(1, 27):02d}"
        n = b + code + titulo_dv(b, code)
        spaced = self.chance(0.45) if spaced is None else spaced
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

    def cep(self, dash: bool | None = None) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        dash = self.chance(0.85) if dash is None else dash
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "raw", "dash", "par", "par", "nospace"])
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

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def ipv6(self) -> str:
        return "2804:" + ":".join(self.hexs(4).lstrip("0") or "0" for _ in range(3)) + "::" + self.hexs(4).lstrip("0")

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}", "casa 2"])
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
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Praça": "Pç."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1940, hi: int = 2007) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2024, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def campaign_date(self, fmt: str = "br") -> str:
        """A day of the 2024 municipal campaign (16 August to 5 October)."""
        k = self.ri(0, 50)
        dd, mm = (16 + k, 8) if k < 16 else ((k - 15, 9) if k < 46 else (k - 45, 10))
        return fmt_date(dd, mm, 2024, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(7, 18):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 7 * 3600, hi: int = 18 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        tr = f"{self.ri(1, 27):02d}"
        seg = seg or self.pick([f"6.{tr}", f"6.{tr}", "8.26", "4.03", "8.13"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2020, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"PAE {self.d(6)}/{self.ri(2024, 2026)}"])

    def zona(self) -> str:
        return f"{self.ri(1, 420):03d}"

    def secao(self) -> str:
        return f"{self.ri(1, 980):04d}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F"
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CRC":
            return self.pick([f"CRC/{uf} {self.d(6)}/O-{self.ri(1, 9)}", f"CRC-{uf} {n}"])
        if kind == "CRESS":
            return f"CRESS/{uf} {self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


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


def P(s: str):
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def table_md(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    for r in rows:
        doc.t("|")
        for v, lab in r:
            doc.t(" ")
            doc.e(v, lab)
            doc.t(" |")
        doc.t("\n")


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]], gap: str = "  ") -> None:
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t(gap.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    doc.t(gap.join("-" * w for w in widths) + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(gap)
            if k == len(r) - 1:
                doc.e(v, lab)
            else:
                doc.cell(v, w, lab)
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


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def leg_domain(city: str, uf: str) -> str:
    return f"{re.sub(r'[^a-z]', '', fold(city).lower())}.{uf.lower()}.leg.br"


def ordinal_zone(z: str) -> str:
    return f"{int(z)}ª"


WORD_USES = ["a conta de luz está no nome do meu sogro", "seria prudente chegar cedo", "folha em branco",
             "campanha do Outubro Rosa", "dar à luz", "a esperança é a última que morre", "vitória apertada",
             "um amado do bairro", "flor da idade", "a aurora da democracia", "voto em branco"]


# =========================================================================== atendimento

OCCUPATIONS = ["diarista", "professora", "motorista de aplicativo", "estudante", "agricultor", "pedreiro",
               "técnica de enfermagem", "vendedor ambulante", "aposentada", "auxiliar administrativo",
               "pescador", "cabeleireira", "vigilante", "do lar", "servidor público municipal"]


def at_rae(g: Gen) -> Doc:
    """Cartório eleitoral: RAE form (alistamento / transferência / revisão) typed at the counter."""
    doc = Doc()
    city, uf = g.city()
    z = g.zona()
    op = g.pick(["1 - ALISTAMENTO", "3 - TRANSFERÊNCIA", "3 - TRANSFERÊNCIA", "5 - REVISÃO"])
    p = g.person()
    mother = g.relative(p, female=True)
    father = g.relative(p, female=False)
    caps = g.chance(0.6)
    nm = (lambda x: x.caps) if caps else (lambda x: x.full)
    att = g.person()
    nat = g.city()
    doc.f("TRIBUNAL REGIONAL ELEITORAL DE «uf» — «z»ª ZONA ELEITORAL ({c}/«uf»)\n".replace("{c}", fold(city).upper() if caps else city),
          uf=uf, z=int(z))
    doc.f("REQUERIMENTO DE ALISTAMENTO ELEITORAL — RAE   Operação: «op»   Protocolo nº «pr»\n\n", op=op, pr=g.protocol())
    doc.f("Nome: «n»\nNome social: ---\nSexo: «s»   Data de nascimento: «dob»   Naturalidade: «nat»/«nuf»\n",
          n=P(nm(p)), s="F" if p.female else "M", dob=(g.dob(g.pick(["br", "br", "nopad"]), 1950, 2008), "DATE_OF_BIRTH"),
          nat=nat[0], nuf=nat[1])
    doc.f("Filiação: «m» e «f»\n", m=P(nm(mother)),
          f=P(nm(father)) if g.chance(0.75) else V("NÃO CONSTA"))
    doc.f("Documento apresentado: «dt» «rg» «org»/«uf» — CPF «cpf»\n",
          dt=g.pick(["RG", "Cédula de identidade", "Carteira de identidade"]), rg=(g.rg(), "BR_RG"),
          org=g.pick(["SSP", "SESP", "PC", "IIRGD"]), uf=uf, cpf=(g.cpf(), "BR_CPF"))
    if op.startswith("1"):
        doc.t("Inscrição anterior: não possui (primeiro título)\n")
        new_t = g.titulo(uf, spaced=g.chance(0.3))
    else:
        ouf = uf if op.startswith("5") else g.pick(UFS)
        new_t = g.titulo(ouf)
        doc.f("Inscrição anterior: «t» — Zona «oz» / Seção «os» — «oc»\n",
              t=(new_t, "BR_TITULO_ELEITOR"), oz=g.zona(), os=g.secao(), oc=ouf)
        new_t = new_t.replace(" ", "") if g.chance(0.5) else new_t
    doc.f("Endereço: «a» — Bairro «b» — «c» — CEP «cep»\n", a=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
          b=g.pick(BAIRROS), c=city, cep=(g.cep(), "BR_CEP"))
    rel = g.person(origin="pt")
    doc.f("Comprovante de residência: «comp» em nome de «r» («par»), emitida em «de»\n",
          comp=g.pick(["conta de luz", "fatura de água", "conta de luz (Equatorial)", "contrato de aluguel"]),
          r=P(name_form(g, rel, ["full", "caps"])), par=g.pick(["sogra", "locador", "companheiro", "tia", "mãe"]),
          de=g.date())
    doc.f("Telefone: «ph»   E-mail: «em»\nOcupação: «oc»   Grau de instrução: «gi»\n",
          ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS") if g.chance(0.8) else V("não informado"),
          oc=g.pick(OCCUPATIONS), gi=g.pick(["médio completo", "fundamental incompleto", "superior completo", "lê e escreve"]))
    doc.f("Biometria: «bio»\nTempo de residência declarado: «tr»\n",
          bio=g.pick(["coletada (10 dedos) + foto + assinatura", "coletada (8 dedos — 2 amputados)", "coleta dispensada (impossibilidade)"]),
          tr=g.pick(["1 ano e 2 meses", "mais de 3 meses", "5 anos", "7 meses"]))
    doc.f("Inscrição após a operação: «ti» (nº mantido em transferência/revisão)\n", ti=(new_t, "BR_TITULO_ELEITOR"))
    doc.f("\nAtendente: «a» (matr. «m»)   Data/hora: «d» «h»\n", a=P(name_form(g, att, ["full", "short", "caps"])),
          m=g.d(6), d=g.date(year=g.pick([2024, 2026])), h=g.hm())
    obs = g.pick([f"Eleitor(a) pediu para sair na seção da {g.pick(ESCOLAS)}, perto de casa.",
                  f"Débito de multa (R$ {g.pick(['3,51', '35,13', '5,27'])}) quitado via GRU antes do atendimento.",
                  "Apresentou certidão de quitação do serviço militar.",
                  f"Título anterior cancelado por ausência em 3 eleições; regularizado. {WORD_USES[0].capitalize()}."])
    doc.f("Obs.: «o»\n", o=obs)
    return doc


def at_chat_tre(g: Gen) -> Doc:
    """WhatsApp of the TRE: chatbot, then a human attendant, about segunda via / biometria."""
    doc = Doc()
    city, uf = g.city()
    p = g.person()
    mother = g.relative(p, female=True)
    att = g.person()
    kid = g.relative(p)
    day = g.date()
    ts = g.times(16)
    k = iter(ts)
    num = g.phone("wa")
    who = g.pick(["Cidadão", "Eleitor(a)", num, num, p.first if g.chance(0.3) else num])
    doc.f("Conversa do WhatsApp com TRE-«uf» Atendimento Eleitoral\n\n", uf=uf)
    doc.f("[«d» «t»] TRE-«uf»: Olá! Sou a Tina 🤖, assistente virtual da Justiça Eleitoral. Escolha: 1-Segunda via do título "
          "2-Biometria 3-Justificativa 4-Local de votação 5-Falar com atendente\n", d=day, t=next(k), uf=uf)
    sender = (num, "PHONE_NUMBER") if who == num else P(who) if who == p.first else V(who)
    doc.f("[«d» «t»] «s»: «o»\n", d=day, t=next(k), s=sender, o=g.pick(["1", "2", "oi boa tarde", "segunda via"]))
    doc.f("[«d» «t»] TRE-«uf»: Para localizar sua inscrição, informe seu nome completo.\n", d=day, t=next(k), uf=uf)
    doc.f("[«d» «t»] «s»: «n»\n", d=day, t=next(k), s=sender, n=P(name_form(g, p, ["low", "full", "caps", "plain"])))
    doc.f("[«d» «t»] TRE-«uf»: Agora o CPF ou o número do título (somente números).\n", d=day, t=next(k), uf=uf)
    if g.chance(0.5):
        doc.f("[«d» «t»] «s»: «c»\n", d=day, t=next(k), s=sender, c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    else:
        doc.f("[«d» «t»] «s»: «c»\n", d=day, t=next(k), s=sender, c=(g.titulo(uf, spaced=g.chance(0.3)), "BR_TITULO_ELEITOR"))
    doc.f("[«d» «t»] TRE-«uf»: Data de nascimento (dd/mm/aaaa) e nome da mãe, por favor.\n", d=day, t=next(k), uf=uf)
    doc.f("[«d» «t»] «s»: «dob» «m»\n", d=day, t=next(k), s=sender,
          dob=(g.dob(g.pick(["br", "nopad", "short"]), 1955, 2006), "DATE_OF_BIRTH"),
          m=P(name_form(g, mother, ["low", "full", "plain"])))
    doc.f("[«d» «t»] TRE-«uf»: Não consegui validar seus dados. Vou te transferir para um(a) atendente. Protocolo «pr».\n",
          d=day, t=next(k), uf=uf, pr=g.protocol())
    doc.f("[«d» «t»] Atendente «a»: Boa tarde«n»! Aqui é «ao» «af», da Central do Eleitor. ", d=day, t=next(k),
          a=V(f"#{g.d(3)}"), n=g.pick(["", ", " + p.first]), ao="a" if att.female else "o", af=P(att.first))
    tit = g.titulo(uf)
    sit = g.pick(["REGULAR", "CANCELADA (ausência às urnas)", "SUSPENSA", "REGULAR, sem biometria"])
    doc.f("Localizei a inscrição «ti», situação «si», zona «z» seção «s». ", ti=(tit, "BR_TITULO_ELEITOR"), si=sit, z=g.zona(), s=g.secao())
    doc.t(g.pick(["O nome da mãe estava abreviado no cadastro, por isso a Tina não achou.",
                  "Sua data de nascimento estava invertida no cadastro antigo, já pedi correção.",
                  "Você pode baixar o e-Título, mas a biometria precisa ser feita presencialmente."]) + "\n")
    doc.f("[«d» «t»] «s»: ok obg. e «mf» «kn» vai tirar o primeiro titulo, «el» nasceu em «kd», pode agendar pra «el» tb? o email del«e» é «ke»\n",
          d=day, t=next(k), s=sender, mf="minha filha" if kid.female else "meu filho", el="ela" if kid.female else "ele",
          e="a" if kid.female else "e", kn=P(g.pick([kid.first, kid.full, fold(kid.full).lower()])),
          kd=(g.dob(g.pick(["br", "nopad", "long"]), 2007, 2010), "DATE_OF_BIRTH"), ke=(g.email(kid), "EMAIL_ADDRESS"))
    doc.f("[«d» «t»] Atendente «af»: Pode sim! Agendei para «ad» às «h» no cartório da «z»ª ZE («end»). Levar RG, comprovante de "
          "residência e, se for rapaz de 18 anos, quitação militar. Se preferir, faça pelo Autoatendimento Eleitoral.\n",
          d=day, t=next(k), af=V(f"#{g.d(3)}"), ad=g.date(), h=g.hm(), z=int(g.zona()),
          end=g.pick(["Fórum Eleitoral, Av. Tiradentes, 1200", "ao lado da Câmara Municipal", "Rua Barão de Mauá, 455 - térreo",
                      "Praça da Democracia, s/n"]))
    doc.f("[«d» «t»] «s»: «bye»\n", d=day, t=next(k), s=sender, bye=g.pick(["👍 valeu", "obrigada!!", "ok", "Deus abençoe"]))
    return doc


def at_gabinete_email(g: Gen) -> Doc:
    """E-mail thread: citizen asks a vereador's office for help; chief of staff answers."""
    doc = Doc()
    city, uf = g.city()
    dom = leg_domain(city, uf)
    cit = g.person()
    ver = g.person()
    chief = g.person()
    aide = g.person()
    nb = g.person(origin="pt", female=True)
    cmail = g.email(cit)
    addr = g.address()
    issue = g.pick(["poste sem luz há três semanas", "buraco enorme na frente de casa", "esgoto a céu aberto",
                    "ônibus que não passa mais no bairro", "terreno baldio com lixo e escorpião"])
    doc.f("De: «cn» <«cm»>\nPara: gabinete.«gl»@«dom»\nAssunto: «subj»\nData: «d»\n\n",
          cn=P(name_form(g, cit, ["full", "short", "first"])), cm=(cmail, "EMAIL_ADDRESS"),
          gl=re.sub(r"[^a-z]", "", fold(ver.last).lower()), dom=dom,
          subj=g.pick([f"Pedido de ajuda - {issue}", "URGENTE!!! bairro abandonado", f"solicitação ao vereador {fold(ver.first)}"]),
          d=g.date())
    doc.f("Bom dia, vereador«a»«vn»,\n\nMeu nome é «cf», moro na «ad», bairro «b», há «y» anos e votei no senhor«a2» na última eleição. "
          "Estamos com «i». Já abri protocolo na prefeitura (nº «pr») e nada. ",
          a="a" if ver.female else "", vn="", cf=P(cit.full),
          ad=(addr, "ADDRESS"), b=g.pick(BAIRROS), y=g.ri(2, 30), a2="a" if ver.female else "", i=issue, pr=g.protocol())
    doc.f("A minha vizinha, dona «nb», que tem «ni» anos, caiu semana passada por causa disso. "
          "«w». Meu telefone é «ph» e o CPF pra cadastro é «cpf».\n\nAtt,\n«cs»\n\n",
          nb=P(g.pick([nb.first, nb.short])), ni=g.ri(66, 91), w=g.pick(WORD_USES).capitalize(),
          ph=(g.phone(), "PHONE_NUMBER"), cpf=(g.cpf(), "BR_CPF"), cs=g.pick(["(enviado do meu celular)", "--", "Deus abençoe"]))
    doc.t("-----\n")
    cm2 = corp_mail(chief, dom)
    doc.f("De: «ch» <«cm»>\nPara: «em»\nCc: gabinete.«gl»@«dom»\nAssunto: RE: «subj»\n\n",
          ch=P(chief.full), cm=(cm2, "EMAIL_ADDRESS"), em=(cmail, "EMAIL_ADDRESS"), subj=issue,
          gl=re.sub(r"[^a-z]", "", fold(ver.last).lower()), dom=dom)
    doc.f("Prezad«o» «cf», boa tarde.\n\nEm nome d«vo» vereador«a» «vs», agradecemos o contato. Protocolamos a Indicação nº «ind»/«yy» "
          "pedindo providências à Secretaria de Obras para a «st», e «asr» «as» vai até o local na «dw» para fotografar. "
          "Sobre a sua vizinha, se precisar de atendimento na UBS, nos avise.\n\n",
          o=cit.o, cf=P(cit.first), vo="a" if ver.female else "o", a="a" if ver.female else "", vs=P(ver.short),
          ind=g.ri(100, 2999), yy=g.pick([2025, 2026]), st=(addr, "ADDRESS"),
          **{"as": P(aide.short)}, asr="a assessora" if aide.female else "o assessor", dw=g.pick(["segunda", "quarta-feira", "próxima sexta"]))
    doc.f("Atenciosamente,\n«ch»\nChefe de Gabinete («pt»)\nCâmara Municipal de «c»\nTel. «tel» | WhatsApp «wa»\n",
          ch=P(g.pick([chief.full, chief.short])) if g.chance(0.5) else V("Equipe do Gabinete"), pt=g.pick(PARTIES), c=city,
          tel=g.pick([f"0800 {g.d(3)} {g.d(4)}", f"ramal {g.d(4)}", "PABX ramal 2231"]), wa=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """Câmara municipal ombudsman: a manifestation exported from the e-Ouv system, with routing and answer."""
    doc = Doc()
    city, uf = g.city()
    dom = leg_domain(city, uf)
    p = g.person()
    ouv = g.person()
    ver = g.person()
    serv = g.person()
    kind = g.pick(["Reclamação", "Denúncia", "Solicitação", "Sugestão", "Elogio"])
    yy = g.pick([2025, 2026])
    doc.f("CÂMARA MUNICIPAL DE «c» — OUVIDORIA PARLAMENTAR\nManifestação nº «n»/«yy»   Tipo: «k»   Canal: «ch»\n"
          "Recebida em: «d» «h»   IP de origem: «ip»   Sigilo de identidade: «sg»\n\n",
          c=fold(city).upper(), n=f"{g.ri(1, 1999):05d}", yy=yy, k=kind,
          ch=g.pick(["formulário web", "app Câmara Aberta", "e-mail", "presencial"]), d=g.date(year=yy), h=g.hm(),
          ip=(g.ip() if g.chance(0.85) else g.ipv6(), "IP_ADDRESS"), sg=g.pick(["SIM", "NÃO"]))
    doc.f("DADOS DO(A) MANIFESTANTE\nNome: «n»\nCPF: «cpf»   RG: «rg»\nData de nascimento: «dob»\nE-mail: «em»\nTelefone: «ph»\n"
          "Endereço: «ad», «b», CEP «cep»\n\n",
          n=P(name_form(g, p, ["full", "caps", "full"])), cpf=(g.cpf(), "BR_CPF"),
          rg=(g.rg(), "BR_RG") if g.chance(0.6) else V("não informado"),
          dob=(g.dob(), "DATE_OF_BIRTH"), em=(g.email(p), "EMAIL_ADDRESS"), ph=(g.phone(), "PHONE_NUMBER"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"))
    doc.t("RELATO\n")
    topic = g.pick([
        ("o servidor «s» da recepção se recusou a protocolar meu pedido de cópia da ata da sessão de «ds» e disse que só com "
         "autorização do gabinete d«vo» vereador«va» «v»", True),
        ("a audiência pública sobre o Plano Diretor foi marcada às 14h de uma terça e ninguém do bairro conseguiu ir. "
         "Pedi a palavra e o presidente da mesa, vereador«va» «v», cortou o microfone. O servidor «s» anotou meu nome e nada", True),
        ("o painel de votação da sessão de «ds» mostrou voto errado d«vo» vereador«va» «v» e a correção não saiu no Diário Oficial. "
         "Quero saber quem é o responsável (falei com «s», que não soube dizer)", True),
        ("quero elogiar «s», da Escola do Legislativo, pelo curso de cidadania. Também peço que o gabinete d«vo» vereador«va» «v» "
         "responda meus e-mails", True),
    ])[0]
    doc.f(topic + ". «w».\n\n", s=P(g.pick([serv.full, serv.first, serv.short])), ds=g.date(year=yy),
          vo="a" if ver.female else "o", va="a" if ver.female else "", v=P(g.pick([ver.short, ver.full])),
          w=g.pick(["Seria prudente a Câmara rever isso", "Fico no aguardo", "Isso é um desrespeito com o eleitor",
                    "Obrigada pela atenção", "Lei 12.527/2011 (acesso à informação) garante meu direito"]))
    doc.f("ENCAMINHAMENTO\n«d1» — Ouvidoria → «dest» (prazo 20 dias, Resolução «res»/«ry»)\n«d2» — resposta recebida (memorando «rs»)\n\n",
          d1=g.date(year=yy), dest=g.pick(["Diretoria Legislativa", "Gabinete da Presidência", "Diretoria de RH", "Escola do Legislativo"]),
          res=g.ri(10, 400), ry=g.ri(2015, 2023), d2=g.date(year=yy), rs=f"{g.ri(1, 300)}/{yy}")
    doc.f("RESPOSTA AO(À) MANIFESTANTE\nPrezad«o» «pn», informamos que «r». Esta Ouvidoria permanece à disposição.\n\n"
          "«ou»\nOuvidor«oa» Parlamentar — «om»\n",
          o=p.o, pn=P(g.pick([p.first, p.full])), r=g.pick(["a cópia da ata foi enviada ao seu e-mail", "o caso foi apurado pela Corregedoria",
                                                          "a próxima audiência será às 19h", "o elogio foi registrado na ficha funcional do servidor"]),
          ou=P(ouv.full), oa="a" if ouv.female else "", om=(corp_mail(ouv, dom), "EMAIL_ADDRESS") if g.chance(0.6) else V(f"ouvidoria@{dom}"))
    return doc


ENTIDADES = ["Associação de Moradores do Jardim Aurora", "Conselho Tutelar", "Sindicato dos Comerciários",
             "Pastoral da Criança", "Coletivo Flor do Cerrado", "Igreja Batista Esperança", "morador", "moradora",
             "Clube de Mães Vitória", "Colônia de Pescadores Z-12", "OAB Subseção", "APAE", "Padaria Rosa Branca",
             "Cooperativa Bento Amaral", "Movimento Luz para Todos", "estudante UEPB", "Associação Comercial"]


def at_lista_presenca(g: Gen) -> Doc:
    """Public hearing at the câmara: attendance list and speakers' list, typed from the paper sheet."""
    doc = Doc()
    city, uf = g.city()
    pres = g.person()
    theme = g.pick(["Revisão do Plano Diretor", "LDO 2026", "Transporte coletivo e tarifa", "Regularização fundiária do bairro Vila Esperança",
                    "Concessão do serviço de água", "Segurança nas escolas municipais", "Nome de rua: Rua Prudente de Morais → Rua Bento Amaral"])
    doc.f("CÂMARA MUNICIPAL DE «c»/«uf»\nAUDIÊNCIA PÚBLICA — «th»\nData: «d» às «h» — Plenário «pl»\nPresidência: Ver. «pr»\n\n"
          "LISTA DE PRESENÇA (transcrita da folha assinada)\n",
          c=fold(city).upper(), uf=uf, th=theme, d=g.date(), h=g.pick(["19h", "18h30", "9h", "14h"]),
          pl=g.pick(["Vereador Amado Tabosa", "Dr. Ulysses Guimarães", "Principal", "Rosa Branca"]), pr=P(pres.short))
    rows = []
    people = []
    for i in range(g.ri(5, 7)):
        p = g.person()
        people.append(p)
        doc_id = g.pick([("rg", g.rg()), ("cpf", g.cpf()), ("rg", g.rg("raw")), ("none", "")])
        name = name_form(g, p, ["full", "caps", "full", "short", "low"])
        row = [V(str(i + 1)), P(name)]
        if doc_id[0] == "rg":
            row.append((doc_id[1], "BR_RG"))
        elif doc_id[0] == "cpf":
            row.append((doc_id[1], "BR_CPF"))
        else:
            row.append(V("—"))
        row.append(V(g.pick(ENTIDADES)))
        row.append((g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if g.chance(0.8) else V(""))
        row.append((g.email(p), "EMAIL_ADDRESS") if g.chance(0.5) else V(""))
        rows.append(row)
    if g.chance(0.5):
        table_md(doc, ["Nº", "Nome", "RG/CPF", "Entidade/Bairro", "Telefone", "E-mail"], rows)
    else:
        table_fixed(doc, ["Nº", "NOME", "DOC", "ENTIDADE", "FONE", "EMAIL"], rows)
    doc.t("\nINSCRITOS PARA FALA (3 min cada)\n")
    speakers = g.rng.sample(people, 1)
    for i, (sp, tm) in enumerate(zip(speakers, g.times(1, 19 * 3600, 21 * 3600))):
        doc.f("«i». «n» — «tm»«x»\n", i=i + 1, n=P(g.pick([sp.full, sp.short, sp.nick])),
              tm=tm, x=g.pick(["", " (cedeu o tempo)", " — pediu cópia da apresentação", " — ausente na chamada"]))
    doc.f("\nObs. da secretaria: «o» Lista conferida pela Diretoria Legislativa.\n",
          o=g.pick(["Assinatura ilegível na linha 4, não transcrita.", "Dois presentes não quiseram informar documento.",
                    "O microfone 2 falhou; falas gravadas no canal TV Câmara.", "Houve vitória da proposta de nova audiência no bairro."]))
    return doc


def at_mesario_voluntario(g: Gen) -> Doc:
    """Cartório e-mail with the export of the 'Mesário Voluntário' sign-ups (semicolon CSV)."""
    doc = Doc()
    city, uf = g.city()
    z = g.zona()
    chief = g.person()
    dest = g.person()
    doc.f("De: «c» <«cm»>\nPara: «dn» <«dm»>\nAssunto: Inscritos Mesário Voluntário — «z»ª ZE — «ct»\n\n",
          c=P(chief.full), cm=(corp_mail(chief, f"tre-{uf.lower()}.jus.br"), "EMAIL_ADDRESS"), dn=P(dest.full),
          dm=(corp_mail(dest, f"tre-{uf.lower()}.jus.br"), "EMAIL_ADDRESS"), z=int(z), ct=city)
    doc.f("«dn», segue a extração do sistema (filtro zona «z», inscrições desde «d»). Os que já foram mesários em 2024 "
          "estão marcados. Favor não reencaminhar fora do cartório (LGPD).\n\n", dn=P(dest.first), z=z, d=g.date(year=2026))
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        nm = g.pick([p.caps, p.caps, p.full])
        rows.append([P(nm), (g.titulo(uf, spaced=False), "BR_TITULO_ELEITOR"), V(z), V(g.secao()),
                     (g.dob(g.pick(["br", "iso"]), 1960, 2007), "DATE_OF_BIRTH"),
                     (g.email(p), "EMAIL_ADDRESS") if g.chance(0.85) else V(""),
                     (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"),
                     V(g.pick(["Médio completo", "Superior completo", "Superior incompleto", "Pós-graduação"])),
                     V(g.pick(["S", "N", "N"]))])
    doc.t("```\n")
    table_csv(doc, ["NOME_ELEITOR", "NR_TITULO", "ZONA", "SECAO", "DT_NASCIMENTO", "EMAIL", "CELULAR", "ESCOLARIDADE", "MESARIO_2024"], rows)
    doc.t("```\n")
    doc.f("\nObs.: uma inscrição veio com o e-mail trocado, liguei e a pessoa confirmou. O CPF «bad» que aparece no log de "
          "erro não é de ninguém (digitação). Treinamento EAD até «d».\n\nAbs,\n«c»Chefe de Cartório — «z»ª ZE\n",
          bad=g.bad_cpf(g.pick(["raw", "dot"])), d=g.date(year=2026),
          c=g.pick(["", "--\n"]), z=int(z))
    return doc


def at_disque_eleitor(g: Gen) -> Doc:
    """Transcript of a call to the voter help line (justificativa, multa, quitação)."""
    doc = Doc()
    city, uf = g.city()
    p = g.person()
    op = g.person()
    mother = g.relative(p, female=True)
    tit = g.titulo(uf, spaced=True)
    spoken_t = tit.replace(" ", ", ")
    doc.f("Central de Atendimento ao Eleitor — Disque 148 — transcrição automática (revisada)\nLigação «pr» | «d» «h» | "
          "origem «ph» | duração «m»min\n\n",
          pr=g.protocol(), d=g.date(), h=g.hm(), ph=(g.phone(g.pick(["raw", "e164"])), "PHONE_NUMBER"), m=g.ri(4, 19))
    doc.f("ATENDENTE: Justiça Eleitoral, «o» falando, bom dia.\n", o=P(op.first))
    doc.f("ELEITOR: bom dia, é que eu não votei no segundo turno, eu tava «why», e agora disseram que meu título vai ser cancelado.\n",
          why=g.pick(["viajando a trabalho", "internada", "em outro estado", "de plantão no hospital", "com o carro quebrado na estrada"]))
    doc.f("ATENDENTE: Vamos ver. O nome completo do senhor«a»?\nELEITOR: «n»\n", a="a" if p.female else "",
          n=P(name_form(g, p, ["full", "low", "plain"])))
    doc.f("ATENDENTE: Número do título?\nELEITOR: «t»\n", t=(spoken_t if g.chance(0.4) else tit.replace(" ", ""), "BR_TITULO_ELEITOR"))
    doc.f("ATENDENTE: Data de nascimento e nome da mãe.\nELEITOR: «dob», minha mãe é «m»\n",
          dob=(g.dob(g.pick(["long", "br", "nopad"]), 1945, 2005), "DATE_OF_BIRTH"), m=P(name_form(g, mother, ["full", "low"])))
    doc.f("ATENDENTE: Obrigad«oo». A inscrição está regular, mas consta ausência em «el». O prazo de justificativa "
          "é de 60 dias; passado isso, a multa é de R$ «mu» por turno, paga por GRU. O senhor«a» tem CPF cadastrado?\n",
          oo=op.o, el=g.pick(["27/10/2024", "06/10/2024", "duas eleições", "2022 e 2024"]), mu=g.pick(["3,51", "3,51", "35,13"]),
          a="a" if p.female else "")
    doc.f("ELEITOR: tenho, é «cpf». e o endereço mudou, agora é «ad», CEP «cep»\n",
          cpf=(g.cpf(g.pick(["dot", "raw", "sp"])), "BR_CPF"), ad=(g.address(g.pick(["spoken", "text"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("ATENDENTE: Endereço a gente só altera no cartório ou no Autoatendimento, com comprovante. Posso mandar a GRU no e-mail?\n"
          "ELEITOR: pode, «em»\n", em=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("ATENDENTE: Enviado. Protocolo «pr». «x»\nELEITOR: brigad«e». tchau\n", pr=g.protocol(),
          x=g.pick(["Mais alguma dúvida?", "Depois de pagar, a certidão de quitação sai na hora pelo site.",
                    "Se estava internado, pode justificar com a declaração do hospital, sem multa."]),
          e=p.o)
    doc.f("[nota do revisor (operador «r»): trecho 02:14–02:31 inaudível; CPF conferido na base]\n", r=g.d(4))
    return doc



# =========================================================================== juridico

CARS = ["Fiat Strada", "VW Gol", "Chevrolet Onix", "Toyota Hilux", "Fiat Uno", "Honda CG 160", "Ford Ranger",
        "Renault Kwid", "Hyundai HB20", "VW Saveiro", "Fiat Toro", "Yamaha Fazer 250"]


def ju_pardal(g: Gen) -> Doc:
    """Complaint from the Pardal app turned into a Notícia de Fato at the electoral prosecution office."""
    doc = Doc()
    city, uf = g.city()
    den = g.person()
    cand = g.person()
    prom = g.person()
    owner = g.person()
    urna = g.pick([cand.nick, cand.first, cand.last])
    num = f"{g.ri(10, 90)}{g.d(3)}"
    yy = g.pick([2024, 2026])
    doc.f("MINISTÉRIO PÚBLICO ELEITORAL — Promotoria da «z»ª Zona Eleitoral de «c»/«uf»\nNOTÍCIA DE FATO nº «nf» — origem: "
          "aplicativo Pardal (denúncia «pd»)\n\n", z=int(g.zona()), c=city, uf=uf,
          nf=f"{g.d(2)}.{g.d(4)}.{g.d(7)}/{yy}-{g.d(2)}", pd=f"PRD-{yy}-{g.d(6)}")
    doc.f("1. NOTICIANTE (dados sob sigilo — art. 5º, Res. TSE «r»)\nNome: «n» | CPF «cpf» | e-mail «em» | tel. «ph» | "
          "IP do envio «ip»\nEndereço: «ad» — CEP «cep»\n\n", ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), r=g.pick(["23.608/2019", "23.610/2019"]), n=P(name_form(g, den, ["full", "caps"])),
          cpf=(g.cpf(), "BR_CPF"), em=(g.email(den), "EMAIL_ADDRESS"), ph=(g.phone(), "PHONE_NUMBER"), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("2. NOTICIADO\n«cn», nome de urna \"«u»\", candidat«o» a vereador«a» pelo «pt», nº «nu».\n\n",
          cn=P(cand.caps), u=P(urna), o=cand.o, a="a" if cand.female else "", pt=g.pick(PARTIES), nu=num)
    kind = g.pick(["som", "muro", "santinhos", "live"])
    doc.t("3. FATOS (relato do noticiante, transcrito)\n")
    if kind == "som":
        doc.f("\"Carro de som «car» placa «pl» passando às «h» da noite na frente do hospital tocando o jingle de «u», "
              "volume altíssimo. O dono do carro é o «on», mora na «ad».\"\n",
              car=g.pick(CARS), pl=(g.plate(), "LICENSE_PLATE"), h=g.pick(["22h", "23h30", "6h da manhã"]), u=P(urna),
              on=P(g.pick([owner.nick, owner.full])), ad=(g.address(g.pick(["text", "low"])), "ADDRESS"))
    elif kind == "muro":
        doc.f("\"Pintura de propaganda do «u» em muro de residência na «ad», área maior que 0,5 m², sem autorização do "
              "morador (seu «on»). Tem também um cavalete na Praça Barão de Mauá.\"\n",
              u=P(urna), ad=(g.address(), "ADDRESS"), on=P(owner.first))
    elif kind == "santinhos":
        doc.f("\"Derramamento de santinhos do «u» na porta da «esc» na madrugada da eleição. Vi o cabo eleitoral «on» "
              "jogando do carro «pl».\"\n", u=P(urna), esc=g.pick(ESCOLAS), on=P(g.pick([owner.nick, owner.full])),
              pl=(g.plate(), "LICENSE_PLATE"))
    else:
        doc.f("\"Live no Instagram do «u» dentro da escola municipal em horário de aula, com a diretora «on» pedindo voto.\"\n",
              u=P(urna), on=P(owner.full))
    doc.f("Anexos: «k» fotos, «v» vídeo(s), geolocalização «lat», «lon».\n\n", k=g.ri(1, 8), v=g.ri(0, 3),
          lat=f"-{g.ri(2, 30)}.{g.d(5)}", lon=f"-{g.ri(35, 60)}.{g.d(5)}")
    doc.f("4. DESPACHO\nRegistre-se. Oficie-se à fiscalização de propaganda do Cartório Eleitoral para constatação in loco "
          "e notifique-se o noticiado para retirada em 48h (art. 37 da Lei 9.504/97). Havendo reincidência, instaure-se "
          "procedimento preparatório eleitoral. Cópia à «pr» para eventual representação (processo «cnj»).\n\n«c», «d».\n\n«pm»\nPromotor«a» Eleitoral\n",
          pr=g.pick(["Procuradoria Regional Eleitoral", "coligação noticiante"]), cnj=g.cnj(), c=city, d=g.date(year=yy),
          pm=P(prom.full), a="a" if prom.female else "")
    return doc


def ju_sentenca_41a(g: Gen) -> Doc:
    """Judgment in a vote-buying case (captação ilícita de sufrágio, art. 41-A)."""
    doc = Doc()
    city, uf = g.city()
    rep = g.person()
    adv1 = g.person()
    adv2 = g.person()
    judge = g.person()
    w1, w2, w3 = g.person(), g.person(), g.person()
    doc.f("JUSTIÇA ELEITORAL\n«z»ª ZONA ELEITORAL DE «c» — «uf»\n\nREPRESENTAÇÃO (11541) Nº «cnj»\nREPRESENTANTE: «rep» "
          "(CNPJ «cnpj»)\nADVOGADO: «a1» — «o1»\nREPRESENTADO: «r» (CPF «rcpf»)\nADVOGADO: «a2» — «o2»\n\nSENTENÇA\n\n",
          z=int(g.zona()), c=fold(city).upper(), uf=uf, cnj=g.cnj(f"6.{g.ri(1, 27):02d}"),
          rep=g.pick(["COLIGAÇÃO " + g.pick(["A FORÇA DO POVO", "AURORA DE UM NOVO TEMPO", "ESPERANÇA E TRABALHO", "FRENTE AMPLA"]),
                      "PARTIDO " + g.pick(PARTIES).upper() + " - COMISSÃO MUNICIPAL"]),
          cnpj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), a1=P(adv1.caps), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          r=P(rep.caps), rcpf=(g.cpf(), "BR_CPF"), a2=P(adv2.caps), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("Vistos etc.\n\nTrata-se de representação por captação ilícita de sufrágio (art. 41-A da Lei 9.504/1997) ajuizada em face "
          "do representado, candidat«o» eleit«o» ao cargo de vereador«a» no pleito de «yy». Narra a inicial que, em «d», o representado "
          "teria entregue a eleitora «w1», residente na «ad1», a quantia de R$ «m1» e uma cesta básica em troca de voto, "
          "fato presenciado por «w2».\n\n",
          o=rep.o, a="a" if rep.female else "", yy=g.pick([2024, 2020]), d=g.date(year=2024),
          w1=P(w1.full), ad1=(g.address(), "ADDRESS"), m1=g.pick(["100,00", "150,00", "50,00", "200,00"]), w2=P(w2.full))
    doc.f("Em audiência (ID «id»), a eleitora referida (RG «rg», CPF «cpf») confirmou ter recebido o dinheiro «por». A testemunha "
          "«w3», ouvida como informante por ser cunhad«o3» do representado, disse não ter visto nada. O extrato juntado pelo "
          "Ministério Público mostra transferência Pix de R$ «m2» em «d2», da conta do representado (ag. «ag», c/c «cc») "
          "para a chave «ch», de titularidade da segunda testemunha (CPF «w2c»).\n\n", w2c=(g.cpf(), "BR_CPF"),
          id=g.d(9), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"),
          por=g.pick(["na porta de casa", "das mãos do próprio candidato", "por meio do cabo eleitoral conhecido como " + g.person().nick]),
          w3=P(w3.full), o3=w3.o, m2=g.money(50, 900), d2=g.date(year=2024), ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), ch=(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("Rejeito a preliminar de ilicitude da prova: o número «neg» que consta da quebra de sigilo é o protocolo da "
              "operadora, não CPF de terceiro. ", neg=g.bad_cpf())
    res = g.pick(["JULGO PROCEDENTE o pedido para cassar o diploma de «r» e aplicar-lhe multa de 10.000 UFIR",
                  "JULGO IMPROCEDENTE a representação em face de «r», por fragilidade probatória",
                  "JULGO PARCIALMENTE PROCEDENTE o pedido, para aplicar a «r» multa de R$ 53.205,00"])
    doc.f("Ante o exposto, " + res + ", nos termos do art. 41-A da Lei 9.504/97. "
          "Remetam-se cópias ao Ministério Público Eleitoral para apuração do crime do art. 299 do Código Eleitoral.\n\n"
          "P.R.I.\n«c», «d».\n\n«j»\nJuiz«a» Eleitoral\n",
          r=P(rep.short), c=city, d=g.date(year=2025), j=P(judge.full), a="a" if judge.female else "")
    return doc


def ju_rrc(g: Gen) -> Doc:
    """Candidate registration file (RRC) printed from the CANDex system, with declared assets and certidões."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    adv = g.person()
    urna = g.pick([c.nick, c.first + " " + g.pick(["do Povo", "da Saúde", "Professor", "do Sindicato", "da Feira"]), c.short])
    urna_span = urna.split(" ")[0] if urna.startswith(c.first + " ") and urna != c.short else urna
    doc.f("REQUERIMENTO DE REGISTRO DE CANDIDATURA — RRC — ELEIÇÕES MUNICIPAIS «yy»\nMunicípio: «ct»/«uf»   Cargo: «cg»   "
          "Partido: «pt»   Nº: «n»\nSequencial: «sq»   Protocolo CANDex: «pc»\n\n",
          yy=g.pick([2024, 2028]), ct=fold(city).upper(), uf=uf, cg=g.pick(["VEREADOR", "VEREADOR", "PREFEITO", "VICE-PREFEITO"]),
          pt=g.pick(PARTIES), n=f"{g.ri(10, 90)}{g.d(3)}", sq=g.neg(12), pc=g.protocol())
    doc.f("DADOS PESSOAIS\nNome completo: «n»\n", n=P(c.caps))
    if urna_span == urna:
        doc.f("Nome para urna: «u»\n", u=P(fold(urna).upper()))
    else:
        doc.f("Nome para urna: «u»«rest»\n", u=P(fold(urna_span).upper()), rest=fold(urna[len(urna_span):]).upper())
    doc.f("Data de nascimento: «dob»   Sexo: «s»   Cor/raça: «cr»\nCPF: «cpf»   Título: «t» (Zona «z» Seção «se»)\n"
          "RG: «rg» «org»/«uf»   Ocupação: «oc»\n",
          dob=(g.dob("br", 1950, 2002), "DATE_OF_BIRTH"), s="FEMININO" if c.female else "MASCULINO",
          cr=g.pick(["PARDA", "BRANCA", "PRETA", "INDÍGENA", "AMARELA"]), cpf=(g.cpf(), "BR_CPF"),
          t=(g.titulo(uf), "BR_TITULO_ELEITOR"), z=g.zona(), se=g.secao(), rg=(g.rg(), "BR_RG"),
          org=g.pick(["SSP", "SDS", "SESP"]), uf=uf, oc=g.pick(["COMERCIANTE", "PROFESSOR DE ENSINO FUNDAMENTAL", "ADVOGADO",
                                                                  "AGRICULTOR", "POLICIAL MILITAR REFORMADO", "EMPRESÁRIO", "ENFERMEIRO"]))
    doc.f("Endereço p/ notificações: «ad», CEP «cep»\nTelefone: «ph»   E-mail: «em»\nCNPJ de campanha: «cnpj»\n\n",
          ad=(g.address("caps"), "ADDRESS"), cep=(g.cep(), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"),
          em=(g.email(c), "EMAIL_ADDRESS"), cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"))
    doc.t("DECLARAÇÃO DE BENS\n")
    rows = []
    items = g.rng.sample(["casa", "carro", "moto", "conta", "terreno", "cotas", "poupanca", "gado"], g.ri(4, 6))
    for it in items:
        if it == "casa":
            desc = [V("Casa residencial situada na "), (g.address(), "ADDRESS")]
        elif it in ("carro", "moto"):
            desc = [V(f"Veículo {g.pick(CARS)} {g.ri(2008, 2024)}, placa "), (g.plate(), "LICENSE_PLATE")]
        elif it == "conta":
            desc = [V(f"Saldo em conta corrente {g.pick(['Banco do Brasil', 'Caixa', 'Sicredi', 'Bradesco', 'Nubank'])} ag. "),
                    (g.agency(), "BANK_ACCOUNT"), V(" c/c "), (g.account(), "BANK_ACCOUNT")]
        elif it == "terreno":
            desc = [V(f"Terreno urbano, lote {g.ri(1, 40)} quadra {g.pick('ABCDEFG')}, matrícula {g.d(5)} do CRI")]
        elif it == "cotas":
            desc = [V(f"Cotas de capital da {g.pick(COMPANIES)} (CNPJ "), (g.cnpj(), "BR_CNPJ"), V(")")]
        elif it == "poupanca":
            desc = [V("Caderneta de poupança, ag. "), (g.agency(False), "BANK_ACCOUNT"), V(" conta "), (g.account(), "BANK_ACCOUNT")]
        else:
            desc = [V(f"{g.ri(5, 80)} cabeças de gado nelore")]
        rows.append((desc, g.money(800, 450000)))
    for i, (desc, val) in enumerate(rows):
        doc.t(f"{i + 1:02d} ")
        for v, lab in desc:
            doc.e(v, lab)
        doc.t(f" ..... R$ {val}\n")
    doc.t("\nCERTIDÕES ANEXADAS\n")
    for cert in g.rng.sample(["Certidão criminal da Justiça Estadual de 1º grau", "Certidão criminal da Justiça Federal (TRF)",
                              "Certidão criminal da Justiça Eleitoral", "Certidão de objeto e pé (processo {cnj})",
                              "Comprovante de escolaridade", "Prova de desincompatibilização", "Fotografia 5x7"], 4):
        doc.f("- «x» — emitida em «d»\n", x=cert.replace("{cnj}", g.cnj("8." + f"{g.ri(1, 27):02d}")), d=g.date(year=2024))
    doc.f("\nDeclaro, sob as penas da lei, que as informações acima são verdadeiras.\nAdvogad«o» responsável pelo RRC: «a» («oab»)\n",
          o=adv.o, a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_depoimento(g: Gen) -> Doc:
    """Federal Police witness statement in an electoral investigation (vote buying, transport of voters)."""
    doc = Doc()
    city, uf = g.city()
    w = g.person()
    mother, father = g.relative(w, True), g.relative(w, False)
    cabo = g.person(female=False)
    cand = g.person()
    dele = g.person()
    escr = g.person()
    adv = g.person()
    doc.f("POLÍCIA FEDERAL — SUPERINTENDÊNCIA REGIONAL EM «uf»\nIPL nº «ipl» — TERMO DE DEPOIMENTO DE TESTEMUNHA\n\n",
          uf=uf, ipl=f"{g.ri(2024, 2026)}.{g.d(7)}-SR/PF/{uf}")
    doc.f("Às «h» do dia «d», nesta Delegacia, presente «do» Delegad«da» de Polícia Federal «de», comigo, escriv«e», compareceu "
          "«n», «nac», «ec», «prof», filh«o» de «m» e de «f», nascid«o» em «dob», natural de «nat», portador«a» do RG «rg» e do "
          "CPF «cpf», residente na «ad», «b», «ct»/«uf», CEP «cep», telefone «ph». ",
          h=g.hm(), d=g.date(year=2024), de=P(dele.caps), e="ã" if escr.female else "ão", do="a" if dele.female else "o",
          da=dele.o,
          n=P(w.caps), nac=g.pick(["brasileir" + w.o, "brasileir" + w.o, "naturalizad" + w.o + " brasileir" + w.o]),
          ec=g.pick(["solteir" + w.o, "casad" + w.o, "em união estável", "viúv" + w.o, "divorciad" + w.o]), prof=g.pick(OCCUPATIONS),
          o=w.o, m=P(mother.caps), f=P(father.caps) if g.chance(0.8) else V("PAI NÃO DECLARADO"),
          dob=(g.dob(g.pick(["br", "long", "caps"]), 1950, 2004), "DATE_OF_BIRTH"), nat=g.city()[0],
          a="a" if w.female else "", rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address("caps"), "ADDRESS"),
          b=g.pick(BAIRROS), ct=city, uf=uf, cep=(g.cep(), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"))
    doc.f("Acompanhad«o» de seu advogado, «a» («oab»). Compromissad«o» na forma da lei, às perguntas RESPONDEU: ",
          o=w.o, a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("QUE conhece «cb», vulgo «nk», há uns «y» anos, da vizinhança; QUE na semana anterior ao pleito este lhe ofereceu "
          "R$ «m» para votar em «cn» e conseguir mais «k» votos na família; QUE o pagamento seria feito por Pix, para a chave "
          "aleatória «pix» que o próprio aliciador cadastrou no celular do depoente; ",
          cb=P(cabo.full), nk=P(cabo.nick if cabo.nick != cabo.first else g.pick(["Galego", "Baixinho", "Neguinho do Som", "Tatu"])),
          y=g.ri(2, 15), m=g.pick(["100,00", "200,00", "50,00", "300,00"]), cn=P(g.pick([cand.full, cand.short])),
          k=g.ri(3, 9), pix=(g.uuid(), "PIX_KEY"))
    doc.f("QUE no dia da eleição foi buscado em casa num «car» placa «pl», junto com outros eleitores, e levado até a «esc»; "
          "QUE recebeu apenas R$ «m2»; QUE entregou espontaneamente o celular, cujo conteúdo autoriza seja extraído; QUE nada mais "
          "disse nem lhe foi perguntado.\n\n",
          car=g.pick(CARS), pl=(g.plate(), "LICENSE_PLATE"), esc=g.pick(ESCOLAS), m2=g.pick(["50,00", "80,00", "100,00"]))
    doc.f("Lido e achado conforme, vai assinado por todos. Escriv«e»: «es». Certidão de ciência ao advogado por e-mail («em»).\n",
          es=P(escr.full), e="ã" if escr.female else "ão", em=(g.email(adv, g.pick(["adv.br", "gmail.com", "outlook.com"])), "EMAIL_ADDRESS"))
    return doc


def ju_filiacao(g: Gen) -> Doc:
    """Notice of double party membership from the Filia system, plus one voter's reply."""
    doc = Doc()
    city, uf = g.city()
    z = g.zona()
    an = g.person()
    judge = g.person()
    doc.f("JUSTIÇA ELEITORAL — «zz»ª ZONA — «c»/«uf»\nINTIMAÇÃO — DUPLICIDADE DE FILIAÇÃO PARTIDÁRIA (art. 22, parágrafo único, "
          "Lei 9.096/1995)\nProcesso de Filiação Partidária nº «cnj»\nRelação processada em «d» (Sistema Filia — lista "
          "oficial de «mes»)\n\n", zz=int(z), c=city, uf=uf, cnj=g.cnj(), d=g.date(year=2025),
          mes=g.pick(["abril", "outubro"]) + "/" + str(g.pick([2025, 2026])))
    rows = []
    voters = []
    for _ in range(g.ri(2, 4)):
        p = g.person()
        tit = g.titulo(uf, spaced=False)
        voters.append((p, tit))
        nm = p.caps
        parties = g.rng.sample(PARTIES, 2)
        for pt in parties:
            rows.append([(tit, "BR_TITULO_ELEITOR"), P(nm), V(pt), V(g.date(year=g.pick([2019, 2021, 2023, 2025]))), V(z),
                         V(g.pick(["SUB JUDICE", "REGULAR", "CANCELADO"]))])
    table_fixed(doc, ["INSCRIÇÃO", "NOME DO ELEITOR", "PARTIDO", "DT FILIAÇÃO", "ZONA", "SITUAÇÃO"], rows)
    doc.f("\nFicam os eleitores acima e os partidos intimados para manifestação em 5 dias. Certifico que «a», analista "
          "judiciári«o», conferiu a relação.\n«j», Juiz«ja» Eleitoral\n\n---\n", a=P(an.full), o=an.o, j=P(judge.full),
          ja="a" if judge.female else "")
    p, tit = g.pick(voters)
    doc.f("Excelentíssim«o» Senhor«a» Juiz«a» Eleitoral,\n\nEu, «n», título «t», CPF «cpf», nascid«oo» em «dob», residente na «ad», "
          "CEP «cep», venho informar que me desfiliei do «pt» em «d» por carta entregue ao presidente municipal, sr. «pr», e que minha "
          "filiação válida é a mais recente. Anexo o protocolo. Contato: «ph» / «em».\n\n«c», «d2».\n",
          o="a" if judge.female else "o", a="a" if judge.female else "", n=P(p.full),
          t=(g.pick([tit, f"{tit[:4]} {tit[4:8]} {tit[8:]}"]), "BR_TITULO_ELEITOR"), cpf=(g.cpf(), "BR_CPF"), oo=p.o,
          dob=(g.dob(), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), pt=g.pick(PARTIES), d=g.date(year=2024),
          pr=P(g.person(female=False).full), ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"),
          c=city, d2=g.date(year=2025))
    return doc


def ju_flagrante(g: Gen) -> Doc:
    """Election-day arrest report (boca de urna, transporte de eleitores) at the police station."""
    doc = Doc()
    city, uf = g.city()
    dele = g.person()
    pm = g.person()
    cand = g.person()
    doc.f("POLÍCIA CIVIL DO ESTADO — «dp» — «c»/«uf»\nBOLETIM DE OCORRÊNCIA nº «bo» — Natureza: «nat»\nData do fato: «d» "
          "(dia da eleição), «h» — Local: em frente ao local de votação «esc» (Zona «z», Seções «s1» a «s2»)\n\n",
          dp=g.pick(["1º DP", "Delegacia de Plantão", "DEPOL", "2ª Delegacia Regional"]), c=city, uf=uf, bo=f"{g.d(5)}/{g.pick([2024, 2026])}",
          nat=g.pick(["Crime eleitoral — boca de urna (art. 39, §5º, II, Lei 9.504/97)", "Transporte irregular de eleitores (Lei 6.091/74)",
                      "Corrupção eleitoral (art. 299 CE)"]),
          d=g.pick(["06/10/2024", "27/10/2024", "04/10/2026"]), h=g.hm(), esc=g.pick(ESCOLAS), z=g.zona(), s1=g.secao(), s2=g.secao())
    doc.f("CONDUTOR: SD PM «pm», matr. «mt», «bt»º BPM\n\nCONDUZIDOS:\n", pm=P(pm.caps), mt=g.d(7), bt=g.ri(1, 40))
    for i in range(g.ri(2, 3)):
        p = g.person()
        doc.f("«i») «n» (vulgo «nk»), nascid«o» em «dob», RG «rg», CPF «cpf», «prof», residente na «ad», CEP «cep», fone «ph».\n", cep=(g.cep(), "BR_CEP"),
              i=i + 1, n=P(p.caps), nk=P(p.nick if p.nick != p.first else g.pick(["Bigode", "Careca", "Magrão", "Pretinha", "Loira"]))
              if g.chance(0.6) else V("sem alcunha"),
              o=p.o, dob=(g.dob(g.pick(["br", "short"]), 1960, 2005), "DATE_OF_BIRTH"),
              rg=(g.rg(), "BR_RG") if g.chance(0.8) else V("não apresentou"), cpf=(g.cpf(), "BR_CPF"),
              prof=g.pick(OCCUPATIONS), ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"),
              ph=(g.phone(), "PHONE_NUMBER") if g.chance(0.7) else V("não possui"))
    doc.f("\nVEÍCULO: «car», cor «cor», placa «pl», em nome de «ow» (CNH «cnh»).\n",
          car=g.pick(CARS), cor=g.pick(["prata", "branca", "preta", "vermelha"]), pl=(g.plate(), "LICENSE_PLATE"),
          ow=P(g.person().caps), cnh=(g.cnh(), "BR_CNH"))
    doc.f("APREENDIDOS: R$ «m» em espécie; «k» santinhos do candidato «cn» (nº «nu»); 1 celular; lista manuscrita com nomes e "
          "números de título (ex.: «t», seção «sx»).\n\n",
          m=g.money(150, 4000), k=g.ri(20, 900), cn=P(cand.short), nu=f"{g.ri(10, 90)}{g.d(3)}",
          t=(g.titulo(uf, spaced=False), "BR_TITULO_ELEITOR"), sx=g.secao())
    doc.f("HISTÓRICO: A guarnição foi acionada via 190 por eleitora que relatou abordagem na fila. «w». Os conduzidos "
          "foram apresentados à autoridade, que lavrou TCO e liberou mediante compromisso. Delegad«o» de plantão: «de».\n",
          w=g.pick(["Seria prudente registrar que os conduzidos não resistiram", "Dois eleitores se negaram a depor",
                    "Havia fila de 40 pessoas na seção", "Os santinhos estavam num saco de lixo em branco"]),
          o=dele.o, de=P(dele.full))
    return doc


def ju_remocao(g: Gen) -> Doc:
    """Provider's answer to an order to remove fake-news content: account data and access logs."""
    doc = Doc()
    city, uf = g.city()
    holder = g.person()
    cand = g.person()
    adv = g.person()
    judge = g.person()
    plat = g.pick(["Meta Platforms (Facebook/Instagram)", "Google (YouTube)", "X Corp.", "Kwai", "TikTok"])
    doc.f("Ao Juízo da «z»ª Zona Eleitoral de «c»/«uf»\nRef.: Representação nº «cnj» — «rq» x desconhecido\n"
          "Ofício «of»\n\n«pl», por seus advogados, em cumprimento à decisão de «d» (URL «url»), informa:\n\n",
          z=int(g.zona()), c=city, uf=uf, cnj=g.cnj(), rq=P(cand.caps), of=f"{g.d(4)}/{g.pick([2024, 2026])}-GAB",
          pl=plat, d=g.date(year=2024), url=f"https://www.{g.pick(['instagram.com/p', 'youtube.com/watch?v=', 'x.com/i/status'])}/{g.hexs(11)}")
    doc.f("1. O conteúdo foi removido em «d» às «h». \n2. Dados cadastrais da conta @«u»:\n   Nome informado: «n»\n"
          "   E-mail: «em»\n   Telefone verificado: «ph»\n   Data de nascimento declarada: «dob»\n",
          d=g.date(year=2024), h=g.hm(), u=re.sub(r"[^a-z0-9_]", "", fold(holder.first).lower()) + "_" + g.pick(["verdade", "news", "oficial", "patriota", "doPovo"]).lower() + g.d(2),
          n=P(name_form(g, holder, ["full", "low", "caps"])), em=(g.email(holder), "EMAIL_ADDRESS"),
          ph=(g.phone("e164"), "PHONE_NUMBER"), dob=(g.dob("iso", 1960, 2004), "DATE_OF_BIRTH"))
    doc.f("   CPF (informado para verificação): «cpf»\n", cpf=(g.cpf("raw"), "BR_CPF"))
    doc.t("3. Registros de acesso (Marco Civil, art. 15), UTC-3:\n")
    rows = []
    days = sorted(g.date("iso", 2024) for _ in range(3))
    for ts in g.times(g.ri(4, 7), 0, 24 * 3600 - 1):
        ip = g.ip() if g.chance(0.7) else g.ipv6()
        rows.append([V(g.pick(days) + " " + ts + f":{g.ri(0, 59):02d}"), (ip, "IP_ADDRESS"), V(str(g.ri(1024, 65535))),
                     V(g.pick(["login", "publicação", "login", "edição de perfil", "live"]))])
    table_fixed(doc, ["data/hora", "IP", "porta", "evento"], rows, gap="   ")
    doc.f("\n4. Não há conta bancária ou meio de pagamento vinculado.\n\nSão Paulo, «d».\n«a» — «oab»\n\n"
          "[Despacho: Intime-se o representante («rq») para ajuizar ação de identificação do usuário. Dra. «j», Juíza Auxiliar de Propaganda.]\n",
          d=g.date(year=2024), a=P(adv.full), oab=(g.council("OAB", "SP"), "PROFESSIONAL_ID"), rq=P(cand.short), j=P(judge.short))
    return doc



# =========================================================================== saude

HOSPITAIS = ["Hospital Regional Vitória", "Santa Casa de Misericórdia", "Hospital Municipal Bento Amaral",
             "UPA 24h Jardim Aurora", "Hospital São Lucas", "Hospital da Luz", "Policlínica Esperança",
             "Hospital Universitário", "Maternidade Flor do Vale"]


def sa_dispensa_mesario(g: Gen) -> Doc:
    """Poll worker asks to be excused for health reasons; medical certificate and the judge's order."""
    doc = Doc()
    city, uf = g.city()
    z = g.zona()
    p = g.person()
    doc_ = g.person()
    sub = g.person()
    judge = g.person()
    tit = g.titulo(uf)
    doc.f("Exm«o» Sr«a». Juiz«a» da «z»ª Zona Eleitoral de «c»/«uf»\n\n", o="a" if judge.female else "o",
          a="a" if judge.female else "", z=int(z), c=city, uf=uf)
    doc.f("«n», inscrição eleitoral nº «t», nomead«o» «fn» da Seção «s» («esc»), CPF «cpf», telefone «ph», e-mail «em», vem requerer "
          "DISPENSA dos trabalhos eleitorais de «d», por motivo de saúde, nos termos do art. 120, §4º, do Código Eleitoral, "
          "conforme atestado anexo.\n\n«c», «d2».\n(assinado eletronicamente)\n\n",
          n=P(g.pick([p.full, p.caps])), t=(tit, "BR_TITULO_ELEITOR"), o=p.o,
          fn=g.pick(["Presidente de Mesa", "1º Mesário", "2º Mesário", "Secretári" + p.o]), s=g.secao(), esc=g.pick(ESCOLAS),
          cpf=(g.cpf(), "BR_CPF"), ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"), d=g.pick(["06/10/2024", "04/10/2026", "25/10/2026"]),
          c=city, d2=g.date(year=g.pick([2024, 2026])))
    cid = g.pick(CIDS)
    doc.f("--- ATESTADO MÉDICO ---\n«h»\nAtesto, para fins de justificativa junto à Justiça Eleitoral, que «n» (nasc. «dob»; "
          "CNS «cns») está sob meus cuidados, «mot», necessitando de afastamento de suas atividades por «k» dias a partir "
          "de «d». CID-10: «cid».\n«md» — «crm»\n\n",
          h=g.pick(HOSPITAIS), n=P(p.full), dob=(g.dob(g.pick(["br", "nopad"]), 1950, 2004), "DATE_OF_BIRTH"),
          cns=(g.cns(), "BR_CNS"),
          mot=g.pick(["em pós-operatório de cirurgia ortopédica", "em tratamento quimioterápico", "gestante de alto risco (32 semanas)",
                      "em crise depressiva moderada", "em recuperação de dengue com sinais de alarme", "com lombalgia incapacitante"]),
          k=g.ri(5, 60), d=g.date(year=g.pick([2024, 2026])), cid=cid if g.chance(0.7) else "(não informado, a pedido do paciente)",
          md=P(doc_.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("DESPACHO: Defiro. Substitua-se pel«o» eleitor«a» «sn», título «st», «se». Intimem-se. «j», Juiz«ja» Eleitoral.\n"
          "Certidão: intimação do substituto por «via» em «di».\n",
          o=sub.o, a="a" if sub.female else "", sn=P(sub.caps), st=(g.titulo(uf, spaced=False), "BR_TITULO_ELEITOR"),
          se=g.pick(["mesário voluntário", "mesma seção", "reserva técnica"]), j=P(judge.short), ja="a" if judge.female else "",
          via=g.pick(["WhatsApp", "e-mail", "oficial de justiça"]), di=g.date(year=2026))
    return doc


def sa_justificativa(g: Gen) -> Doc:
    """Post-election excuse (Sistema Justifica) for a voter who was in hospital, with the hospital statement."""
    doc = Doc()
    city, uf = g.city()
    p = g.person()
    mother = g.relative(p, True)
    med = g.person()
    ass = g.person()
    doc.f("SISTEMA JUSTIFICA — Requerimento de Justificativa Eleitoral (pós-eleição)\nNº do requerimento: «n»   Situação: «st»\n"
          "Enviado em «d» «h» pelo e-Título (IP «ip»)\n\n",
          n=f"{g.d(4)}.{g.d(4)}.{g.d(4)}", st=g.pick(["EM ANÁLISE", "DEFERIDO", "PENDENTE DE DOCUMENTO"]), d=g.date(year=2024),
          h=g.hm(), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("Eleitor(a): «n»\nInscrição: «t»   CPF: «cpf»\nData de nascimento: «dob»   Nome da mãe: «m»\nE-mail: «em»   Celular: «ph»\n"
          "Eleição/turno: «el»\nMotivo: «mot»\n\n",
          n=P(p.caps), t=(g.titulo(uf), "BR_TITULO_ELEITOR"), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1940, 2005), "DATE_OF_BIRTH"),
          m=P(mother.caps), em=(g.email(p), "EMAIL_ADDRESS"), ph=(g.phone(), "PHONE_NUMBER"),
          el=g.pick(["Municipais 2024 — 1º turno (06/10/2024)", "Municipais 2024 — 2º turno (27/10/2024)"]),
          mot=g.pick(["Internação hospitalar", "Acompanhante de paciente internado", "Doença / impossibilidade de locomoção",
                      "Parto / pós-parto"]))
    doc.f("DOCUMENTO ANEXO (declaração.pdf, 2 págs.)\n«h» — Serviço de Arquivo Médico\nDECLARAÇÃO\nDeclaramos que «n», "
          "CNS «cns», prontuário «pr», esteve internad«o» nesta unidade de «d1» a «d2», «mot». ",
          h=g.pick(HOSPITAIS), n=P(p.full), cns=(g.cns(), "BR_CNS"), pr=g.d(7), o=p.o, d1=g.pick(["03/10/2024", "24/10/2024", "01/10/2024"]),
          d2=g.pick(["09/10/2024", "30/10/2024", "11/10/2024"]),
          mot=g.pick([f"com diagnóstico CID {g.pick(CIDS)}", "em leito de enfermaria clínica", "em UTI adulto", "em alojamento conjunto (puérpera)"]))
    if g.chance(0.5):
        comp = g.relative(p)
        doc.f("Acompanhante: «a» (RG «rg»). ", a=P(comp.full), rg=(g.rg(), "BR_RG"))
    doc.f("Médic«o» assistente: «md», «crm». Emitido por «as», assistente social, «cr».\n\n",
          o=med.o, md=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), as_=None, **{"as": P(ass.full)},
          cr=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    doc.f("ANÁLISE DO CARTÓRIO («z»ª ZE): «an» Responsável: matr. «r».\n",
          z=int(g.zona()), an=g.pick(["Documento legível, período abrange a data do pleito. Pelo deferimento.",
                                       "Declaração sem assinatura; solicitar reenvio ao eleitor por e-mail.",
                                       "Deferido. Sem multa. Ausência não conta para cancelamento."]), r=g.d(6))
    return doc


def sa_secao_acessivel(g: Gen) -> Doc:
    """Request to move to an accessible polling station, with the health professional's report and the answer."""
    doc = Doc()
    city, uf = g.city()
    p = g.person()
    comp = g.relative(p)
    prof = g.person()
    serv = g.person()
    defi = g.pick(["deficiência física — usuári" + p.o + " de cadeira de rodas", "baixa visão (cegueira legal)",
                   "mobilidade reduzida pós-AVC", "deficiência auditiva bilateral (surdez profunda), usuári" + p.o + " de Libras",
                   "Transtorno do Espectro Autista (nível 2 de suporte)", "amputação transfemoral, usa muletas"])
    doc.f("REQUERIMENTO — TRANSFERÊNCIA PARA SEÇÃO ESPECIAL / ACESSÍVEL (Res. TSE 23.381/2012)\n«z»ª Zona Eleitoral — «c»/«uf»\n\n",
          z=int(g.zona()), c=city, uf=uf)
    doc.f("Eleitor(a): «n»\nData de nascimento: «dob»\nTítulo: «t»   Seção atual: «s» («esc» — sala no 2º andar, sem elevador)\n"
          "CPF: «cpf»   Cartão SUS: «cns»\nEndereço: «ad» — CEP «cep»\nTelefone p/ contato: «ph» («quem»)\n"
          "Tipo de deficiência/necessidade: «def»\n",
          n=P(name_form(g, p, ["full", "caps"])), dob=(g.dob(), "DATE_OF_BIRTH"), t=(g.titulo(uf), "BR_TITULO_ELEITOR"),
          s=g.secao(), esc=g.pick(ESCOLAS), cpf=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"), ad=(g.address(), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"), quem=g.pick(["próprio", "filha", "cuidador", "irmão"]), def_=None,
          **{"def": defi})
    doc.f("Acompanhante de confiança no dia da votação: «a», RG «rg», «par».\n\n",
          a=P(comp.full), rg=(g.rg(), "BR_RG"), par=g.pick(["filh" + comp.o, "cônjuge", "irm" + ("ã" if comp.female else "ão"), "sobrinh" + comp.o]))
    kind = g.pick(["CREFITO", "CRM", "CRP"])
    doc.f("RELATÓRIO DO PROFISSIONAL DE SAÚDE\nDeclaro que «n» apresenta «def», com limitação para subir escadas e permanecer em "
          "fila por longo período. Recomendo seção térrea, com rampa e banheiro adaptado.\n«pf» — «cr»\n\n",
          n=P(p.first if g.chance(0.3) else p.full), def_=None, **{"def": defi.split(" — ")[0].split(",")[0]},
          pf=P(prof.full), cr=(g.council(kind, uf), "PROFESSIONAL_ID"))
    doc.f("RESPOSTA DO CARTÓRIO («d»): Deferido. Transferido(a) para a Seção «ns» — «esc2» (acesso pela Rua «r», térreo). "
          "Comunicado ao requerente por «via». Servidor«sa»: «sv».\n",
          d=g.date(year=2026), ns=g.secao(), esc2=g.pick(ESCOLAS), r=g.pick(["Barão de Mauá", "Prudente de Morais", "Sete de Setembro"]),
          via=g.pick(["telefone", "carta", "WhatsApp"]), sa="a" if serv.female else "", sv=P(serv.full))
    return doc


def sa_ocorrencia_secao(g: Gen) -> Doc:
    """Election-day medical incident at a polling place: SAMU / first-aid record and note in the section's minutes."""
    doc = Doc()
    city, uf = g.city()
    p = g.person()
    enf = g.person()
    reg = g.person()
    pres = g.person()
    role = g.pick(["mesári" + p.o + " (2º mesário)", "eleitor" + ("a" if p.female else ""), "presidente de mesa", "fiscal do " + g.pick(PARTIES)])
    doc.f("SAMU 192 — «c»/«uf» — FICHA DE ATENDIMENTO PRÉ-HOSPITALAR nº «n»\nData: «d»   Acionamento: «h»   Viatura: USB-«v»\n"
          "Local: «esc», Zona «z» Seção «s»\n\n",
          c=city, uf=uf, n=g.d(8), d=g.pick(["06/10/2024", "27/10/2024", "04/10/2026"]), h=g.hm(), v=g.d(2),
          esc=g.pick(ESCOLAS), z=g.zona(), s=g.secao())
    doc.f("PACIENTE: «n»   Idade: «i»a   DN: «dob»\nCNS: «cns»   CPF: «cpf»\nEnd.: «ad», «b», CEP «cep»   Tel. familiar: «ph» («fam»)\n"
          "Condição no local: «role»\n",
          n=P(g.pick([p.caps, p.full])), i=g.ri(18, 79), dob=(g.dob(g.pick(["br", "short"]), 1945, 2006), "DATE_OF_BIRTH"),
          cns=(g.cns(), "BR_CNS") if g.chance(0.8) else V("não portava"), cpf=(g.cpf(), "BR_CPF"),
          ad=(g.address(g.pick(["text", "caps", "low"])), "ADDRESS"), b=g.pick(BAIRROS),
          cep=(g.cep(), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"), fam=g.pick(["esposa", "filho", "mãe", "irmã", "marido"]), role=role)
    doc.f("Queixa: «q». PA «pa» mmHg, FC «fc» bpm, SatO2 «sat»%, HGT «hgt» mg/dL. Hipótese: «cid».\nConduta: «con»\n",
          q=g.pick(["síncope na fila, sob sol", "dor torácica em aperto", "crise convulsiva", "hipoglicemia (em jejum desde 5h)",
                    "crise de ansiedade após discussão com fiscal", "queda da escada da escola"]),
          pa=f"{g.ri(80, 190)}x{g.ri(50, 110)}", fc=g.ri(48, 140), sat=g.ri(88, 99), hgt=g.ri(45, 320),
          cid=g.pick(["R55", "R07.4", "G40.9", "E16.2", "F41.0", "S09.9"]),
          con=g.pick(["removido ao " + g.pick(HOSPITAIS), "liberado no local após hidratação oral", "recusou remoção; termo assinado"]))
    doc.f("Equipe: Enf. «e» («co») — Médico regulador: «r» («crm»)\n\n",
          e=P(enf.full), co=(g.council("COREN", uf), "PROFESSIONAL_ID"), r=P(g.pick([reg.full, reg.short])),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("--- trecho da Ata da Mesa Receptora ---\nÀs «h», «o» «n» passou mal e foi atendid«oo» pelo SAMU. «res» Nada mais. "
          "Presidente: «pr». Título do substituto: «ts».\n",
          h=g.hm(), o="a" if p.female else "o", oo=p.o, n=P(g.pick([p.short, p.first])),
          res=g.pick(["A votação não foi interrompida.", "Assumiu o mesário suplente.", "Os trabalhos ficaram suspensos por 20 minutos."]),
          pr=P(pres.full), ts=(g.titulo(uf, spaced=False), "BR_TITULO_ELEITOR"))
    return doc


def sa_substituicao(g: Gen) -> Doc:
    """Party asks to replace a candidate who fell gravely ill (art. 13, Lei 9.504/97), with the medical report."""
    doc = Doc()
    city, uf = g.city()
    old = g.person()
    new = g.person()
    pres = g.person()
    med = g.person()
    adv = g.person()
    pt = g.pick(PARTIES)
    oab = g.council("OAB", uf)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «z»ª ZONA ELEITORAL DE «c»/«uf»\n\nProcesso: «cnj» (RRC)\n\n"
          "O «pt» — COMISSÃO PROVISÓRIA MUNICIPAL (CNPJ «cnpj»), por seu presidente «pr» e advogad«ao» «a» («oab»), "
          "vem requerer a SUBSTITUIÇÃO da candidata/candidato «o» (CPF «ocpf»), pelos motivos a seguir.\n\n",
          z=int(g.zona()), c=fold(city).upper(), uf=uf, cnj=g.cnj(f"6.{g.ri(1, 27):02d}"), pt=pt, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          pr=P(pres.full), ao=adv.o, a=P(adv.full), oab=(oab, "PROFESSIONAL_ID"), o=P(old.caps),
          ocpf=(g.cpf(), "BR_CPF"))
    doc.f("1. «on» foi internad«o» em «d» no «h» e, conforme relatório médico anexo, «cond». Em «dr», apresentou carta de renúncia "
          "(firma reconhecida) por impossibilidade de fazer campanha.\n\n",
          on=g.pick(["O(A) candidato(a)", "O(A) substituído(a)"]), o=old.o, d=g.date(year=2026), h=g.pick(HOSPITAIS),
          cond=g.pick(["encontra-se em coma induzido", "foi submetid" + old.o + " a cirurgia cardíaca de urgência, com previsão de 90 dias de recuperação",
                       "recebeu diagnóstico de neoplasia em estágio avançado (CID C34.9)", "sofreu AVC isquêmico com sequelas motoras"]),
          dr=g.date(year=2026))
    doc.f("RELATÓRIO MÉDICO (resumo): Paciente «pn», «i» anos, CNS «cns». «ev» Sem condições de atividades laborais por tempo "
          "indeterminado. — «md», «crm», «d».\n\n",
          pn=P(old.full), i=g.ri(28, 76), cns=(g.cns(), "BR_CNS"),
          ev=g.pick(["Evolui estável, em UTI.", "Hipertens" + old.o + " e diabétic" + old.o + " (I10, E11.9).", "Aguarda vaga em reabilitação."]),
          md=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), d=g.date(year=2026))
    doc.f("2. Indica-se em substituição «n», nascid«o» em «dob», RG «rg», CPF «cpf», título «t», filiad«o» desde «df», residente na «ad», "
          "telefone «ph», e-mail «em», que firma a declaração de bens e as certidões anexas.\n\n"
          "Pede deferimento.\n«c», «d».\n«a» — «oab»\n",
          n=P(new.caps), o=new.o, dob=(g.dob("br", 1955, 2004), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"),
          t=(g.titulo(uf), "BR_TITULO_ELEITOR"), df=g.date(year=2025), ad=(g.address(), "ADDRESS"), ph=(g.phone(), "PHONE_NUMBER"),
          em=(g.email(new), "EMAIL_ADDRESS"), c=city, d=g.date(year=2026), a=P(adv.short), oab=(oab, "PROFESSIONAL_ID"))
    return doc


def sa_audiencia_saude(g: Gen) -> Doc:
    """Minutes of a public health hearing of the câmara's health committee."""
    doc = Doc()
    city, uf = g.city()
    pres = g.person()
    sec = g.person()
    cons = g.person()
    med = g.person()
    cit = g.person()
    dad = g.relative(cit, False)
    cit2 = g.person()
    doc.f("CÂMARA MUNICIPAL DE «c» — COMISSÃO DE SAÚDE E ASSISTÊNCIA SOCIAL\nATA DA AUDIÊNCIA PÚBLICA — «th»\n\n",
          c=fold(city).upper(), th=g.pick(["Filas de cirurgias eletivas", "Prestação de contas da Saúde — 2º quadrimestre",
                                             "Fechamento da UBS Vila Esperança", "Campanha Outubro Rosa e mamógrafo parado",
                                             "Saúde mental e CAPS"]))
    doc.f("Aos «d», às «h», no Plenário, reuniu-se a Comissão sob a presidência d«a» vereador«aa» «p», presentes o Secretário "
          "Municipal de Saúde, «s», e representante do Conselho Municipal de Saúde«cs». ",
          d=g.date("long", 2025), h=g.pick(["19h", "14h", "9h30"]), a="a" if pres.female else "o", aa="a" if pres.female else "",
          p=P(pres.full), s=P(sec.full), cs="")
    doc.f("O secretário informou que a fila do SISREG tem «k» pacientes e que o «hp» retomará as cirurgias em «m». "
          "«dr» «md» («crm»), diretor«a» clínic«o», explicou que «ex».\n\n",
          k=g.ri(800, 9000), hp=g.pick(HOSPITAIS), m=g.pick(MONTHS), md=P(med.full), dr="A Dra." if med.female else "O Dr.",
          a="a" if med.female else "", o=med.o, crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          ex=g.pick(["faltam anestesistas", "o contrato com a OS venceu", "o mamógrafo aguarda peça desde março", "a Lei 8.080/1990 impõe a regulação"]))
    doc.f("Tribuna livre. A senhora «c», moradora da «ad», relatou que seu pai, «dd», «i» anos, CNS «cns», aguarda «proc» "
          "desde «dq» e pediu que o caso fosse olhado («ph»). ",
          c=P(cit.full), ad=(g.address(), "ADDRESS") if g.chance(0.5) else V("Vila Esperança"), dd=P(dad.full), i=g.ri(60, 92),
          cns=(g.cns(), "BR_CNS"), proc=g.pick(["cirurgia de catarata", "consulta com cardiologista", "prótese de quadril", "cateterismo"]),
          dq=g.date(year=2024), ph=(g.phone(), "PHONE_NUMBER"))
    doc.f("O senhor «c2» falou em nome da Associação de Moradores do Jardim Aurora e entregou abaixo-assinado com «n» assinaturas. "
          "«w». A presidência encaminhou os casos à Secretaria, com prazo de 15 dias.\n\n",
          c2=P(cit2.short) if not cit2.female else P(cit2.short), n=g.ri(90, 2500),
          w=g.pick(["Disse que, para a comunidade, seria uma vitória reabrir a UBS", "Lembrou que a esperança é a última que morre",
                    "Reclamou da conta de luz do posto, que estaria em atraso"]))
    sc = g.person()
    doc.f("Nada mais havendo, eu, «sc», secretári«o» da Comissão, lavrei a presente ata.\n", sc=P(sc.full), o=sc.o)
    return doc


def sa_gabinete_regulacao(g: Gen) -> Doc:
    """WhatsApp group of a vereador's office: health requests from constituents forwarded to the health department."""
    doc = Doc()
    city, uf = g.city()
    ver = g.person()
    ass = g.person()
    ass2 = g.person()
    day = g.date(year=2025)
    ts = iter(g.times(14))
    ass2_saved, ass2_num = g.chance(0.5), g.phone("wa")
    doc.f("Conversa do WhatsApp: \"Gab. Ver. «v» — Demandas SAÚDE\"\n", v=P(g.pick([ver.short, ver.nick])))
    for _ in range(g.ri(2, 3)):
        p = g.person()
        mother = g.relative(p, True)
        doc.f("[«d», «t»] «a»: Demanda nova 👇\n*Paciente:* «n»\n*DN:* «dob»\n*CNS:* «cns»\n*CPF:* «cpf»\n*Mãe:* «m»\n*Tel:* «ph»\n"
              "*Endereço:* «ad» — «b»\n*Pedido:* «pe» (CID «cid»), na fila desde «dq»\n",
              d=day, t=next(ts), a=P(ass.first), n=P(name_form(g, p, ["caps", "full", "full"])),
              dob=(g.dob(g.pick(["br", "nopad", "short"]), 1935, 2020), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"),
              cpf=(g.cpf(), "BR_CPF") if g.chance(0.7) else V("não tem"),
              m=P(name_form(g, mother, ["caps", "full"])) if g.chance(0.5) else V("(ver RG anexo)"),
              ph=(g.phone(), "PHONE_NUMBER"), ad=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=g.pick(BAIRROS),
              pe=g.pick(["cirurgia de catarata", "ressonância de joelho", "consulta neuropediatra", "hemodiálise mais perto de casa",
                         "fralda geriátrica pelo CER", "colonoscopia"]),
              cid=g.pick(CIDS), dq=g.date(year=g.pick([2023, 2024])))
        doc.f("[«d», «t»] «b»: «r»\n", d=day, t=next(ts), b=P(ass2.first) if ass2_saved else (ass2_num, "PHONE_NUMBER"),
              r=g.pick(["mandei pro regulador, ele disse que ta na posição " + str(g.ri(3, 400)), "esse já foi marcado, avisa a família",
                        "precisa do laudo atualizado, o de 2023 venceu", "falei com a Dra. " + g.person(female=True).last + " do CER"]))
    doc.f("[«d», «t»] «v»: Pessoal, cuidado com dado de paciente em grupo, LGPD. Mandem pro e-mail «em» e apaguem daqui. "
          "Obrigad«o», equipe!\n",
          d=day, t=next(ts), v=P(ver.first), em=(corp_mail(ass, leg_domain(city, uf)), "EMAIL_ADDRESS"), o=ver.o)
    return doc



# =========================================================================== financeiro

BANKS = [("001", "Banco do Brasil"), ("104", "Caixa Econômica Federal"), ("237", "Bradesco"), ("341", "Itaú Unibanco"),
         ("748", "Sicredi"), ("756", "Sicoob"), ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("033", "Santander"),
         ("336", "C6 Bank"), ("085", "Ailos")]


def fi_doacoes(g: Gen) -> Doc:
    """SPCE export: donations received by a campaign, with the campaign bank account."""
    doc = Doc()
    city, uf = g.city()
    cand = g.person()
    tes = g.person()
    cont = g.person()
    bc, bn = g.pick(BANKS[:6])
    doc.f("SPCE — Sistema de Prestação de Contas Eleitorais — RELATÓRIO DE RECEITAS\nCandidat«o»: «c» — «cg» — «ct»/«uf»\n"
          "CNPJ: «cnpj»   Conta Doações p/ Campanha: Banco «bc» («bn») Ag. «ag» C/C «cc»\nPeríodo: «d1» a «d2»   Emitido em «d3»\n\n",
          o=cand.o, c=P(cand.caps), cg=g.pick(["Vereador", "Prefeito", "Vice-prefeito"]), ct=city, uf=uf,
          cnpj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), bc=bc, bn=bn, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          d1="16/08/2024", d2=g.pick(["06/10/2024", "27/10/2024"]), d3=g.pick(["04/11/2024", "26/11/2024", "12/12/2024"]))
    rows = []
    total = 0
    for _ in range(g.ri(5, 8)):
        kind = g.pick(["Pix", "Pix", "Transferência", "Estimável", "Cartão (vaquinha)", "Depósito identificado"])
        if g.chance(0.12):
            donor = [V(g.pick(["FUNDO ESPECIAL DE FINANCIAMENTO DE CAMPANHA", "DIREÇÃO ESTADUAL " + g.pick(PARTIES).upper()])), (g.cnpj(), "BR_CNPJ")]
        else:
            dp = g.person()
            donor = [P(g.pick([dp.caps, dp.caps, dp.full])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")]
        v = g.ri(20, 8000)
        total += v
        origin = [(g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")] if kind in ("Transferência", "Pix") and g.chance(0.7) else [V("-"), V("-")]
        rows.append([V(g.campaign_date()), donor[0], donor[1], V(kind), V(g.pick(BANKS)[0]) if origin[0][1] else V("-"),
                     origin[0], origin[1], V(f"{g.d(12)}{uf}{g.d(6)}"), V(f"{v:,}".replace(",", ".") + ",00")])
    table_fixed(doc, ["DATA", "DOADOR", "CPF/CNPJ", "ESPÉCIE", "BCO", "AG", "CONTA", "RECIBO ELEITORAL", "VALOR (R$)"], rows)
    doc.f("\nTOTAL: R$ «t»,00\n\nResponsáveis: «tes» (administrador financeiro, CPF «cpf») e «ct» (contador«a», «crc»).\n"
          "Obs.: doação de «dn» devolvida por ultrapassar 10% dos rendimentos brutos (Lei 9.504/97, art. 23).\n",
          t=f"{total:,}".replace(",", "."), tes=P(tes.full), cpf=(g.cpf(), "BR_CPF"), ct=P(cont.full),
          a="a" if cont.female else "", crc=(g.council("CRC", uf), "PROFESSIONAL_ID"),
          dn=P(rows[g.ri(0, len(rows) - 1)][1][0]) if any(r[1][1] for r in rows) else V("doador não identificado"))
    return doc


def fi_despesas_pessoal(g: Gen) -> Doc:
    """Campaign staff (militância) payments: contracts listed with CPF, PIS and Pix keys."""
    doc = Doc()
    city, uf = g.city()
    cand = g.person()
    doc.f("RELAÇÃO DE DESPESAS COM PESSOAL — ATIVIDADE DE MILITÂNCIA E MOBILIZAÇÃO DE RUA (art. 35, Res. TSE 23.607/2019)\n"
          "Campanha: «c» — Nº «n» — «ct»/«uf»\n\n", c=P(cand.full), n=f"{g.ri(10, 90)}{g.d(3)}", ct=city, uf=uf)
    doc.t("nome;cpf;pis_nit;funcao;periodo;horas;valor;chave_pix\n")
    for _ in range(g.ri(4, 7)):
        p = g.person()
        kt = g.pick(["cpf", "phone", "email", "uuid", "uuid"])
        cpf = g.cpf(g.pick(["dot", "raw"]))
        key = {"cpf": (g.pick([cpf, re.sub(r"\D", "", cpf)]), "BR_CPF"), "phone": (g.phone(g.pick(["raw", "e164"])), "PHONE_NUMBER"),
               "email": (g.email(p), "EMAIL_ADDRESS"), "uuid": (g.uuid(), "PIX_KEY")}[kt]
        row = [P(g.pick([p.caps, p.full, p.low])), (cpf, "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.85) else V(""),
               V(g.pick(["cabo eleitoral", "bandeiraço", "motorista", "coordenador de rua", "panfletagem", "agitador"])),
               V(f"{g.campaign_date()} a {g.pick(['05/10/2024', '26/10/2024'])}"), V(str(g.ri(40, 240))),
               V(g.money(300, 4500)), key]
        table_csv(doc, None, [row])
    doc.f("\nTodos os contratos assinados e arquivados. «w» Dúvidas: «r» («ph»).\n",
          w=g.pick(["O CPF 12345678900 de um dos contratados foi corrigido (estava digitado errado).",
                    "Pagamentos via Pix a partir da conta de campanha, nunca em espécie.",
                    f"Falta recibo de {g.person().first}; pendência registrada."]).replace("12345678900", g.bad_cpf()),
          r=P(g.person().short), ph=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_comprovante_pix(g: Gen) -> Doc:
    """Pix receipt of a donation pasted in an e-mail from the campaign treasurer to the donor."""
    doc = Doc()
    city, uf = g.city()
    donor = g.person()
    cand = g.person()
    tes = g.person()
    key = g.uuid()
    dcpf = g.cpf()
    bc, bn = g.pick(BANKS)
    doc.f("De: «tn» <«tm»>\nPara: «dm»\nAssunto: Recibo eleitoral da sua doação\n\n«dn», boa noite! Muito obrigad«o» pelo apoio à "
          "campanha d«co» «cn». Recebemos o Pix abaixo, mas o comprovante veio com o CPF mascarado e o recibo eleitoral exige o "
          "número completo. Pode responder com seu CPF e endereço? Segue o comprovante que você mandou:\n\n",
          tn=P(tes.full), tm=(g.email(tes), "EMAIL_ADDRESS"), dm=(g.email(donor), "EMAIL_ADDRESS"), dn=P(donor.first),
          o="a" if tes.female else "o", co="a" if cand.female else "o", cn=P(cand.short))
    doc.f(">> Comprovante de transferência Pix\n>> «d» - «h»\n>> Valor: R$ «v»\n>> Tipo: Pix - chave aleatória\n"
          ">> ID da transação: E«e2e»\n>>\n>> DESTINO\n>> Nome: ELEICAO «yy» «cn» «cg»\n>> CNPJ: «cnpj»\n>> Chave: «k»\n"
          ">> Instituição: «bd»\n>> Agência: «ag»   Conta: «cc»\n>>\n>> ORIGEM\n>> Nome: «dc»\n>> CPF: «mask»\n>> Instituição: «bn»\n\n",
          d=g.campaign_date(), h=g.hm(), v=g.money(20, 1064), e2e=f"{g.d(8)}{g.d(12)}{g.hexs(11)}".upper(), yy=2024,
          cn=P(fold(cand.full).upper()), cg=g.pick(["VEREADOR", "VEREADORA", "PREFEITO"]), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          k=(key, "PIX_KEY"), bd=g.pick(BANKS[:6])[1], ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          dc=P(donor.caps), mask=g.masked_cpf(dcpf), bn=bn)
    doc.f("--- resposta ---\n«r» CPF «cpf», moro na «ad», CEP «cep». «x»\n«s»\n",
          r=g.pick(["Oi! Segue:", "Boa noite, claro.", "segue os dados"]), cpf=(dcpf, "BR_CPF"), ad=(g.address(), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"),
          x=g.pick(["Se precisar do meu título é " + "{T}", "Fiz outro Pix de R$ 50 ontem pra mesma chave " + "{K}" + ", considera junto.",
                    "Minha esposa também doou, depois ela manda.", "Boa sorte na eleição!"]),
          s=P(g.pick([donor.first, donor.short, donor.nick])) if g.chance(0.5) else V("Enviado do meu iPhone"))
    # expand the placeholders left in x by hand (labelled values)
    txt = doc.text
    for ph_, val, lab in (("{T}", g.titulo(uf), "BR_TITULO_ELEITOR"), ("{K}", key, "PIX_KEY")):
        i = txt.find(ph_)
        if i >= 0:
            shift = len(val) - len(ph_)
            for sp in doc.spans:
                if sp["start"] > i:
                    sp["start"] += shift
                    sp["end"] += shift
            doc.spans.append({"start": i, "end": i + len(val), "label": lab})
            txt = txt[:i] + val + txt[i + len(ph_):]
    doc.text = txt
    return doc


def fi_diligencia(g: Gen) -> Doc:
    """Technical report on a campaign's accounts: irregular donors, prohibited sources, invalid CPFs."""
    doc = Doc()
    city, uf = g.city()
    cand = g.person()
    an = g.person()
    doc.f("TRIBUNAL REGIONAL ELEITORAL — «uf»\nPrestação de Contas Eleitorais nº «cnj»\nInteressad«o»: «c» (CPF «cpf»)\n"
          "RELATÓRIO PRELIMINAR PARA EXPEDIÇÃO DE DILIGÊNCIAS\n\n",
          uf=uf, cnj=g.cnj(f"6.{g.ri(1, 27):02d}"), o=cand.o, c=P(cand.caps), cpf=(g.cpf(), "BR_CPF"))
    doc.t("1. Doações de pessoas físicas com indícios de ausência de capacidade econômica (cruzamento com CadÚnico / RAIS):\n")
    rows = []
    for _ in range(g.ri(2, 5)):
        p = g.person()
        rows.append([P(p.caps), (g.cpf(), "BR_CPF"), V(g.pick(["beneficiário Bolsa Família", "sem vínculo RAIS", "servidor comissionado",
                                                             "permissionário de serviço público"])), V(g.money(500, 9000))])
    table_md(doc, ["Doador", "CPF", "Indício", "Valor (R$)"], rows)
    doc.f("\n2. Doação registrada com CPF «bad», que não passa na validação da Receita Federal; o extrato bancário indica como "
          "depositante pessoa diversa (CPF «cpf»).\n",
          bad=g.bad_cpf(g.pick(["dot", "raw"])), cpf=(g.cpf(), "BR_CPF"))
    doc.f("3. Despesas com fornecedores em situação irregular: «co» (CNPJ «cnpj», situação INAPTA) — NF «nf», R$ «v»; «co2» "
          "(CNPJ «cnpj2») sem emissão de nota.\n",
          co=g.pick(COMPANIES), cnpj=(g.cnpj(), "BR_CNPJ"), nf=g.d(6), v=g.money(900, 60000), co2=g.pick(COMPANIES),
          cnpj2=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"))
    doc.f("4. Combustível sem registro de veículo: abastecimentos de «k» litros no Auto Posto Bento Amaral para o veículo placa «pl», "
          "não declarado como cessão, pertencente a «ow» (CNH «cnh»).\n",
          k=g.ri(200, 2000), pl=(g.plate(), "LICENSE_PLATE"), ow=P(g.person().full), cnh=(g.cnh(), "BR_CNH"))
    doc.f("5. Recursos do FEFC transferidos a candidat«o2» de outro partido: R$ «v» para «oc» (ag. «ag» conta «cc»).\n\n"
          "Fundamentação: Lei 9.504/1997, arts. 23, 24 e 28; Res. TSE 23.607/2019, art. 17.\nAnalista: «an» — «d»\n",
          o2=g.pick(["a", "o"]), v=g.money(2000, 40000), oc=P(g.person().full), ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), an=P(an.full), d=g.date(year=2025))
    return doc


def fi_cessao_veiculo(g: Gen) -> Doc:
    """Vehicle loan (cessão) to a campaign, with the owner's documents and the estimated value."""
    doc = Doc()
    city, uf = g.city()
    ow = g.person()
    cand = g.person()
    tes = g.person()
    doc.f("TERMO DE CESSÃO DE USO DE VEÍCULO — DOAÇÃO ESTIMÁVEL EM DINHEIRO\n\nCEDENTE: «n», «ec», «prof», nascid«o» em «dob», "
          "RG «rg», CPF «cpf», CNH nº «cnh», residente na «ad», «b», «ct»/«uf», CEP «cep», telefone «ph».\n",
          n=P(ow.caps), ec=g.pick(["casad" + ow.o, "solteir" + ow.o, "viúv" + ow.o]), prof=g.pick(OCCUPATIONS), o=ow.o,
          dob=(g.dob(g.pick(["br", "long"]), 1950, 2000), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"),
          cnh=(g.cnh(), "BR_CNH"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), ct=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          ph=(g.phone(), "PHONE_NUMBER"))
    doc.f("CESSIONÁRI«o»: ELEIÇÃO «yy» «c» — «cg», CNPJ «cnpj».\n\n", o=cand.o.upper(), yy=g.pick([2024, 2026]),
          c=P(fold(cand.full).upper()), cg=g.pick(["VEREADOR", "PREFEITO", "DEPUTADO ESTADUAL"]), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    doc.f("OBJETO: «car», ano «a», cor «cor», placa «pl», RENAVAM «rn», chassi «ch», cedido de «d1» a «d2» para «uso».\n",
          car=g.pick(CARS), a=g.ri(2010, 2024), cor=g.pick(["branca", "prata", "preta", "vermelha"]), pl=(g.plate(), "LICENSE_PLATE"),
          rn=g.neg(11), ch="9BW" + "".join(g.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14)),
          d1=g.date(year=2024), d2=g.pick(["06/10/2024", "27/10/2024"]),
          uso=g.pick(["transporte de material de campanha", "carreata e agenda do candidato", "som automotivo (carro de som)"]))
    doc.f("VALOR ESTIMADO: R$ «v» (média de três orçamentos: Prudente Locadora de Veículos, Vitória Carros Ltda e locadora local).\n"
          "O combustível corre por conta da campanha. O cedente declara que o bem integra seu patrimônio há mais de um ano.\n\n"
          "«ct», «d».\n\n_______________ «n» (cedente)\n_______________ «t» (administrador«a» financeir«o»)\n",
          v=g.money(800, 9000), ct=city, d=g.date(year=2024), n=P(ow.full), t=P(tes.full), a="a" if tes.female else "", o=tes.o)
    if g.chance(0.5):
        doc.f("Anexos: CRLV-e; CNH digital (validade «dv»); comprovante de residência em nome do cedente.\n",
              dv=g.date(year=g.ri(2027, 2033)))
    return doc


def fi_vaquinha(g: Gen) -> Doc:
    """Crowdfunding platform's chargeback / anti-fraud report on campaign donations made with stolen cards."""
    doc = Doc()
    city, uf = g.city()
    cand = g.person()
    an = g.person()
    doc.f("«pl» — Financiamento Coletivo Eleitoral (cadastro TSE nº «n»)\nRELATÓRIO DE CONTESTAÇÕES (CHARGEBACK) — campanha «c» "
          "(CNPJ «cnpj»)\nGerado em «d» por «an» (Prevenção à Fraude, «am»)\n\n",
          pl=g.pick(["VotoSim Arrecadações", "Apoia Já Política", "Vaquinha Cidadã"]), n=g.d(4), c=P(cand.full),
          cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), d=g.pick(["15/10/2024", "02/11/2024", "19/11/2024"]), an=P(an.full),
          am=(corp_mail(an, g.pick(["votosim.com.br", "apoiaja.com", "vaquinhacidada.org"])), "EMAIL_ADDRESS"))
    for i in range(g.ri(2, 4)):
        p = g.person()
        holder = p if g.chance(0.6) else g.person()
        card = g.card(g.chance(0.6))
        doc.f("#«i» doação «id» — R$ «v» — «d» «h»\n   Doador declarado: «n» | CPF «cpf» | «em» | tel «ph»\n"
              "   Cartão: «card» («br», titular no emissor: «hn») | IP «ip» | device «dev»\n   Motivo: «mo»\n",
              i=i + 1, id=f"DOA-{g.d(7)}", v=g.money(10, 1064), d=g.campaign_date(), h=g.hm(), n=P(p.caps),
              cpf=(g.cpf(), "BR_CPF"), em=(g.email(p), "EMAIL_ADDRESS"), ph=(g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"),
              card=(card, "CREDIT_CARD"), br={"4": "Visa", "5": "Mastercard", "6": "Elo"}[card[0]],
              hn=P(holder.caps) if holder is not p else V("confere"), ip=(g.ip(), "IP_ADDRESS"), dev=g.hexs(12),
              mo=g.pick(["4837 — fraude, titular não reconhece", "10.4 — transação fraudulenta (card-not-present)",
                         "mesmo IP usado em 7 doações com CPFs diferentes", "CPF do doador pertence a pessoa falecida"]))
    doc.f("\nMascarados no painel: «m1», «m2». Total contestado: R$ «t». Valores estornados ao FEFC? Não — estorno ao titular do cartão; "
          "recibos eleitorais cancelados. Campanha notificada em «d».\n",
          m1=f"{g.pick('4556')}{g.d(3)} **** **** {g.d(4)}", m2=f"**** **** **** {g.d(4)}", t=g.money(100, 5000), d=g.pick(["20/11/2024", "03/12/2024"]))
    return doc


def fi_folha_gabinete(g: Gen) -> Doc:
    """Payroll of a vereador's office (internal HR file) and the public transparency-portal excerpt."""
    doc = Doc()
    city, uf = g.city()
    ver = g.person()
    rh = g.person()
    gab = f"{g.ri(1, 21):02d}"
    doc.f("CÂMARA MUNICIPAL DE «c» — DIRETORIA DE GESTÃO DE PESSOAS\nFolha de «m»/«y» — Gabinete «g» (Ver. «v»)\nUSO INTERNO — "
          "contém dados pessoais (LGPD)\n\n", c=fold(city).upper(), m=g.pick(MONTHS), y=g.pick([2025, 2026]),
          g=gab, v=P(ver.short))
    rows = []
    staff = []
    for k in range(g.ri(3, 6)):
        p = g.person()
        cpf = g.cpf("raw")
        staff.append((p, cpf))
        bc, bn = g.pick(BANKS)
        rows.append([P(p.caps), (cpf, "BR_CPF"), (g.pis("raw"), "BR_PIS"), (g.dob("br", 1960, 2003), "DATE_OF_BIRTH"),
                     V("Chefe de Gabinete CC-1" if k == 0 else g.pick(["Assessor Parlamentar CC-3", "Assessor de Comunicação CC-4",
                                                                      "Assessor Comunitário CC-5", "Motorista CC-6"])),
                     V(bc), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V(g.money(2100, 14500))])
    table_fixed(doc, ["NOME", "CPF", "PIS/PASEP", "DT NASC", "CARGO", "BCO", "AG", "CONTA", "LÍQUIDO"], rows)
    doc.f("\nPORTAL DA TRANSPARÊNCIA (versão publicada):\n")
    for p, cpf in staff[:2]:
        doc.f("«n» | CPF «m» | lotação GAB «g» | remuneração bruta R$ «v»\n", n=P(p.caps), m=g.masked_cpf(cpf), g=gab,
              v=g.money(2500, 18000))
    doc.f("\nObs. RH: «o»\n",
          o=g.pick(["exoneração de um assessor a pedido em " + g.date(year=2026) + "; acerto na próxima folha.",
                    "conta salário do motorista mudou para o Sicredi; confirmar com ele.",
                    "PIS do chefe de gabinete conferido no CNIS.", "consignado do Banco do Brasil averbado (contrato " + g.d(9) + ")."]))
    return doc


# =========================================================================== build and checks

TEMPLATES = {
    "atendimento": [at_rae, at_chat_tre, at_gabinete_email, at_ouvidoria, at_lista_presenca,
                    at_mesario_voluntario, at_disque_eleitor],
    "juridico": [ju_pardal, ju_sentenca_41a, ju_rrc, ju_depoimento, ju_filiacao, ju_flagrante, ju_remocao],
    "saude": [sa_dispensa_mesario, sa_justificativa, sa_secao_acessivel, sa_ocorrencia_secao, sa_substituicao,
              sa_audiencia_saude, sa_gabinete_regulacao],
    "financeiro": [fi_doacoes, fi_despesas_pessoal, fi_comprovante_pix, fi_diligencia, fi_cessao_veiculo, fi_vaquinha,
                   fi_folha_gabinete],
}

PERSON_PREFIX = re.compile(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|ver|vereadora?)\.?\s")


def check(record: dict) -> None:
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
            assert titulo_ok(digits), (record["id"], v)
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
            assert not PERSON_PREFIX.match(v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|OAB|COREN|CREFITO|CRP|CRC|CRESS|CRO|CRF)", v), (record["id"], v)
    # hard negatives: every unlabelled run of exactly 11 digits (bare or CPF-punctuated) must fail the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in re.finditer(r"(?<![\w.])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\w])", text):
        if any(a <= m.start() and m.end() <= b for a, b in covered):
            continue
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
    with (HERE / OUT_NAME).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("fortyfifth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
