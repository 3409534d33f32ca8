"""Build the forty-ninth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fortyninth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 4949,
280 records: 7 templates per domain, 10 copies each.

Register: ports, shipping, foreign trade and customs. Customs brokers (despachantes
aduaneiros) and their importers, Receita Federal paperwork, Siscomex/Portal Único, terminals
and their gates, casual port workers (OGMO, avulsos), ship agents, crews, forwarders,
couriers' cross-border parcels of individuals (Remessa Conforme), port clinics.
- atendimento: an e-mail thread of a customs broker asking an individual importer for the DI
  data (with the importer's quoted reply naming the relative who will collect the cargo), a
  courier chat on the import tax of a parcel (half the chats print roles "Cliente"/"Atendente"
  instead of names; a bot named with a word-name is not a person), a terminal gate log of one
  shift (psql-like table: tractor and trailer plates, drivers, CPF, CNH, mobile, containers), a
  ship agent's e-mail to the Federal Police with a crew-list extract ("SURNAME, GIVEN" names,
  "12-MAR-1985" birth dates, passports) and a shore-pass request, a freight forwarder's quote
  and the importer's booking reply, a Radar/Siscomex habilitação support ticket with the
  portal access log and the legal representative's data, a WhatsApp export between the
  broker's assistant and an importer while the DI is in the red channel (an unsaved contact is
  shown by its phone number, labelled PHONE_NUMBER).
- juridico: a Receita Federal seizure notice (auto de infração e termo de apreensão, pena de
  perdimento) with the seized vehicle and its driver, a writ of mandamus (mandado de
  segurança) against the retention of goods, a notice of claim (carta protesto) for damaged
  household goods with the joint survey, a casual port worker's labour claim against the OGMO
  and a terminal, a power of attorney to a customs broker with notary recognition, a truck
  driver's LGPD request to a terminal and the DPO's answer, a tax summons in an
  interposição-fraudulenta audit (partners' table, bank accounts, DIs).
- saude: an occupational health certificate (ASO, NR-7/NR-29) of a port worker, the daily
  log of a port clinic (workers, drivers and crew; CPF, CNS, plate or passport in one
  column), a work-accident report (CAT) of a stevedore hurt in a ship's hold, a ship agent's
  MEDEVAC e-mail for a crew member at anchorage, a hearing-conservation (PCA) CSV of OGMO
  workers, a vaccination campaign list on the quay (CNS, birth dates), a union social worker's
  e-mail about a worker's sick leave (INSS benefit, psychologist, payment account).
- financeiro: a ship agent's final disbursement account with payment instructions, a DI/DUIMP
  extract of an individual importer with the tax-debit account, an OGMO payroll by shift
  (psql-like: CPF, NIT, agency, account), a refund batch CSV of double-charged parcel taxes
  (Pix random keys, full card numbers from an old gateway, agency/account, purchase IP), a
  demurrage collection e-mail with the guarantor's data, a Radar financial-capacity worksheet
  (partners, voter cards, accounts), freight payments to autonomous truck drivers (CIOT,
  RNTRC, plates, Pix random keys or mobile numbers as payment keys).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Dra.", "dona",
"seu", "Mr.", "comandante"; particles inside a name are part of it; "SURNAME, Given" and
"SURNAME, GIVEN" are one span; nicknames and first names alone are persons. Staff named in the
text (brokers, attendants, auditors-fiscais, doctors, nurses, lawyers, surveyors, DPOs, ship
agents, masters, notary clerks) are persons; logins (jmarques), service accounts
(svc_refund_bot) and bot names are not. WhatsApp sender names are persons; a role word saved
with the contact ("Marta Despachos", "Samuel importador") stays outside the span. Corporate
e-mails of people are EMAIL_ADDRESS; role mailboxes (operacional@, privacidade@, nepom.sts@,
pvpaf.*@, plantao@) are not labelled. ADDRESS is street type + name + number + complement
(not bairro, city, state; CEP is BR_CEP); a company's address (head office, broker's office)
is not labelled, a person's home is, also when it receives a delivery. Agency and account are
separate BANK_ACCOUNT spans, for companies as well as people; bank codes, SWIFT and IBAN are
not labelled. DATE_OF_BIRTH only for birth dates (Brazilian, ISO or "19-FEB-1990" crew-list
format); arrival, exam, accident, due and signature dates are not. PROFESSIONAL_ID includes
the council acronym and UF or region (CRM, COREN, OAB, CREA, CRFa, CRP, CRESS). PIX_KEY only
for random (UUID) keys used as Pix keys, of people or companies; a Pix key that is a phone
number is PHONE_NUMBER. Decided here: the customs broker's RFB registration ("Registro RFB nº
8A.95.430"), OGMO registration numbers, SIAPE registrations of auditors, passports,
seaman's books, CIR and CTPS numbers are not labelled (no label fits; they are hard negatives);
names of ships, terminals, tugboats and launches are not persons even when they carry a
word-name (CMA CGM AURORA, Terminal Vitória Norte, lancha Prático Bento).

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Kethellyn, Thaynara, Uendel, Deusimar; Italian, German, Japanese/Okinawan, Lebanese, Korean,
Chinese, Bolivian, Haitian, Senegalese, Angolan, indigenous, Jewish; Filipino, Greek and
Portuguese crew), at least a quarter of the name words rare or invented; names that are also
words (Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória, Aurora, Branco, Estrela, Marina,
Porto, Âncora) next to the same words as words ("seria prudente", "deu luz verde", "uma
vitória") and in places, streets, ships and companies (Presidente Prudente, Bento Gonçalves,
Aurora/CE, Rua Rosa Branca, Terminal Aurora Contêineres, COSCO ROSA, Flor de Lis Cosméticos),
which are not persons. Forms: full, ALL CAPS without accents, lower case, "SURNAME, GIVEN",
first name alone, nicknames (Zezé, Chico, Dinho).

Hard negatives (never labelled): container numbers (MSCU1234567), B/L numbers, DI, DUIMP and
CE-Mercante numbers, IMO numbers, NCM codes, tracking codes of parcels, RFB process numbers
(11128.720345/2025-17), TDPF and FDA numbers, RENAVAM, GNRE/GPS numbers and other 11-digit
numbers failing the CPF check, CIOT and RNTRC, boleto digitable lines, INSS benefit numbers,
CAT numbers, CNJ process numbers, ICD-10 codes, money in BRL and USD, PTAX rates, masked
values ("****2351", "333.***.***-**"), laws and decrees (Lei 14.902/2024, Decreto-Lei nº
1.455/1976, IN RFB nº 1.984/2020), company names with surnames (Haddad Importação e Comércio,
Rolim & Gadelha Comissaria, Marinho & Landim Advogados), streets honouring people outside an
address ("o galpão na Barão de Mauá"). A little running text carries keyboard slips ("nao
acrediot"), never inside a span.
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
SEED = 4949
OUT_NAME = "fortyninth.jsonl"

MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

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

PT_F = ["Renata", "Vanessa", "Carolina", "Bianca", "Daniela", "Eliane", "Simone", "Márcia", "Kátia", "Adriana",
        "Rosana", "Lúcia", "Helena", "Alice", "Lívia", "Cecília", "Larissa", "Bruna", "Jéssica", "Thaís",
        "Patrícia", "Sueli", "Regina", "Vera Lúcia", "Maria José", "Ana Paula", "Marta", "Cláudia",
        "Sônia", "Fabiana", "Luana", "Priscila", "Juliana", "Maria das Graças", "Tatiane", "Camila"]
RARE_F = ["Joseneide", "Aldenora", "Zulmira", "Edineia", "Gecilda", "Marineide", "Cleonice", "Ozana",
          "Maria Eunice", "Valdirene", "Leidjane", "Dayane Kelly", "Rosenilda", "Jaqueline Rayane",
          "Erotildes", "Sirleide", "Vanusa", "Edinalva", "Marileide", "Nazinha", "Deusimar", "Alzeni",
          "Kethellyn", "Raíssa Vitória", "Emilly", "Lorrany", "Thaynara", "Creusa", "Valmirene", "Josefa",
          "Ivanilde", "Lucineide", "Francisca Dalva", "Zenaide", "Hozana", "Gildásia", "Iranilda", "Djanira"]
PT_M = ["Marcelo", "Alexandre", "Fernando", "Paulo", "Sérgio", "Luiz Carlos", "José Carlos", "Wagner",
        "Cláudio", "André", "Renato", "Júlio", "Rogério", "Otávio", "Rafael", "Gustavo", "Davi", "Samuel",
        "João Pedro", "Felipe", "Marcos", "Jorge", "Antônio", "Valter", "Roberto", "Mauro", "Wellington",
        "Ricardo", "Francisco", "Manoel", "Joaquim", "Rodrigo", "Leandro", "Fábio", "Edson", "Luciano"]
RARE_M = ["Adenilson", "Edivaldo", "Genésio", "Josivan", "Uendel", "Raimundinho", "Zoroastro", "Jurandir",
          "Ozias", "Valdomiro", "Cleiton", "Erivaldo", "Durval", "Gilmar", "Ivanildo", "Eronides", "Jadiel",
          "Lindoval", "Nivaldo", "Arcanjo", "Aristeu", "Hermenegildo", "Isaías", "Jeremias", "Weverton",
          "Ryan Kauê", "Kauã", "Thallys", "Wanderson", "Abelardo", "Epaminondas", "Floriano", "Idalécio",
          "Leovegildo", "Sinésio", "Zaqueu", "Deusdete", "Onofre", "Tibúrcio", "Gedeão"]
PT_SUR = ["Pereira", "Costa", "Rodrigues", "Martins", "Carvalho", "Gomes", "Ribeiro", "Alves", "Araújo",
          "Barbosa", "Cardoso", "Castro", "Correia", "Freitas", "Lopes", "Mendes", "Nunes", "Pinto", "Ramos",
          "Reis", "Teixeira", "Vieira", "Moura", "Nogueira", "Azevedo", "Campos", "Duarte", "Andrade",
          "Cavalcanti", "Marques", "Nascimento", "Santos", "Oliveira", "Souza", "Silva", "Ferreira", "Lima"]
RARE_SUR = ["Calheiros", "Bezerril", "Faustino", "Anunciação", "Arcoverde", "Itaparica", "Apolônio", "Gadelha",
            "Ximenes", "Jacinto", "Landim", "Quixeramobim", "Belmonte", "Perdigão", "Rolim", "Cantuária",
            "Maciel Bandeira", "Paraguaçu", "Queirós Mattoso", "Seixas", "Tavares Bastos", "Varjão", "Zuzarte",
            "Alencar Moraes", "Bonfim", "Cunegundes", "Estrela", "Furtado Leal", "Holanda", "Inojosa",
            "Juruá", "Lucena", "Mergulhão", "Nápoles", "Otaviano", "Pimentel", "Coutinho Brandão", "Ubatuba",
            "Sampaio Corrêa", "Guaraná", "Maranhão", "Tapajós", "Aguiar Cordovil"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Esperança", "Marina", "Estrela"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Constante", "Vicente", "Severo", "Clemente"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Flor", "Luz", "Vitória", "Porto", "Barcelos",
            "Cordeiro", "Raposo", "Peixe", "Sardinha", "Marinho", "Bastos", "Pinheiro", "Navarro", "Âncora"]
NICK = {"Luiz Carlos": "Luizão", "Manoel": "Mané", "Joaquim": "Quinzinho", "José Carlos": "Zé Carlos",
        "Maria Eunice": "Nicinha", "Maria José": "Zezé", "Vera Lúcia": "Verinha", "Francisco": "Chico",
        "Antônio": "Toninho", "Raimundinho": "Dinho", "Zoroastro": "Zorô", "Hermenegildo": "Gildo",
        "Floriano": "Flô", "Epaminondas": "Pami", "João Pedro": "JP", "Roberto": "Betão",
        "Idalécio": "Dadá", "Alexandre": "Xandão", "Francisca Dalva": "Dalvinha", "Deusimar": "Dedé",
        "Valdomiro": "Miro", "Edivaldo": "Diva", "Sinésio": "Sina", "Josefa": "Zefa"}
FOREIGN = {
    "it": (["Graziella", "Loredana", "Pierina"], ["Lorenzo", "Vittorio", "Aldo"],
           ["Bortolini", "Zanetti", "Gasparini", "Dal Pozzo", "Marcon", "Righetto", "Fiorin"]),
    "de": (["Waltraud", "Hildegard", "Elke"], ["Helmut", "Reinaldo", "Egon"],
           ["Schmitz", "Hoffmann", "Krüger", "Blumenschein", "Voigt", "Lemke", "Brüggemann"]),
    "jp": (["Sachiko", "Kazue", "Emiko"], ["Kenji", "Tadashi", "Hiroshi"],
           ["Nakandakari", "Tamashiro", "Kinjo", "Higa", "Matsumoto", "Uehara"]),
    "ar": (["Nadia", "Samira", "Jamile"], ["Farid", "Nagib", "Jamil"],
           ["Haddad", "Khoury", "Maluf", "Nassar", "Chaib", "Abdalla", "Zogbi"]),
    "kr": (["Min-ji", "Eun-ha"], ["Sung-ho", "Dong-hyun"], ["Kim", "Choi", "Park", "Yoon"]),
    "cn": (["Xiaoling", "Mei"], ["Hao", "Wei"], ["Chen", "Wu", "Lin", "Zhou"]),
    "bo": (["Ximena", "Rocío", "Wilma"], ["Rolando", "Fidel", "Eusebio"],
           ["Mamani", "Ticona", "Quispe", "Choque", "Condori Vargas"]),
    "ht": (["Guerline", "Mirlande", "Nadège"], ["Wilner", "Jean-Robert", "Frantz"],
           ["Joseph", "Dorvil", "Pierre-Louis", "Exantus", "Saint-Fleur"]),
    "sn": (["Aminata", "Fatou", "Khady"], ["Mamadou", "Ousmane", "Cheikh"],
           ["Diop", "Ndiaye", "Sow", "Fall", "Gueye"]),
    "ao": (["Luzia Nzinga", "Teresa Ndala"], ["Kiluanje", "Domingos Mbala"], ["Kiala", "Nzau", "Cassoma", "Tchipa"]),
    "in": (["Iracema", "Moema", "Jaciara"], ["Ubiratã", "Tupã", "Cauê"], ["Guajajara", "Pataxó", "Terena", "Baniwa"]),
    "jw": (["Raquel", "Sara", "Ester"], ["Abraão", "Mordechai", "Isaac"], ["Feldman", "Rosenthal", "Szwarc", "Klabin"]),
    "ph": (["Maricel", "Jocelyn"], ["Rodel", "Jericho", "Arnel"], ["Dela Cruz", "Bautista", "Magbanua", "Villanueva"]),
    "gr": (["Eleni", "Katerina"], ["Stavros", "Nikolaos"], ["Papadopoulos", "Karagiannis", "Vlachos"]),
    "pt": (["Filipa", "Inês"], ["Rui", "Nuno"], ["Gouveia", "Amorim", "Sequeira"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "ph", "gr"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
FOREIGN["lu"] = FOREIGN.pop("pt")  # Portuguese nationals (from Portugal), not the "pt" Brazilian pool

PARTICLES = ["da", "de", "do", "das", "dos"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Penedo", "Estrela", "Conceição"}
DO_SUR = {"Nascimento", "Amaral", "Prado", "Bonfim"}
DOS_SUR = {"Reis", "Campos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "13", "13", "13", "12", "19", "21", "21", "22", "24", "27", "27", "31", "41", "41", "47", "47",
        "48", "51", "53", "53", "61", "71", "71", "73", "79", "81", "81", "82", "84", "85", "85", "86", "91",
        "91", "92", "96", "98", "98", "67", "45", "55"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Rodovia",
                "Praça", "Beco", "Servidão", "Largo", "Vila"]
STREET_NAMES = ["Rosa Branca", "Conselheiro Nébias", "da Aurora", "Almirante Tamandaré", "Prudente de Morais",
                "Flor de Maio", "das Gaivotas", "Capitão-Tenente Abelardo Rolim", "Professora Zulmira Gadelha",
                "Sete de Setembro", "Dom Pedro I", "Barão de Mauá", "Estrela do Mar", "Esperança",
                "Visconde de São Leopoldo", "General Câmara", "Marechal Deodoro", "dos Estivadores",
                "Vitória Régia", "Comandante Sinésio Calheiros", "Padre Anchieta", "Beira-Mar", "Quinze de Novembro",
                "Irmãos Landim", "Cônego Idalécio Rolim", "dos Pescadores", "Senador Feijó", "do Porto",
                "Bento Amaral", "Martim Afonso", "João Pessoa", "Ana Costa", "Pinheiro Machado", "dos Portuários",
                "Tenente Rosa", "Luz do Sol", "Amado Nervo"]
CITIES = [("Santos", "SP"), ("Guarujá", "SP"), ("Cubatão", "SP"), ("São Vicente", "SP"), ("Praia Grande", "SP"),
          ("Paranaguá", "PR"), ("Antonina", "PR"), ("Itajaí", "SC"), ("Navegantes", "SC"), ("São Francisco do Sul", "SC"),
          ("Imbituba", "SC"), ("Rio Grande", "RS"), ("Pelotas", "RS"), ("Uruguaiana", "RS"), ("Ipojuca", "PE"),
          ("Cabo de Santo Agostinho", "PE"), ("São Gonçalo do Amarante", "CE"), ("Fortaleza", "CE"),
          ("Vitória", "ES"), ("Vila Velha", "ES"), ("Serra", "ES"), ("Itaguaí", "RJ"), ("Rio de Janeiro", "RJ"),
          ("Niterói", "RJ"), ("Salvador", "BA"), ("Candeias", "BA"), ("Manaus", "AM"), ("Barcarena", "PA"),
          ("Belém", "PA"), ("São Luís", "MA"), ("Santana", "AP"), ("Maceió", "AL"), ("Natal", "RN"),
          ("Corumbá", "MS"), ("Foz do Iguaçu", "PR"), ("Campinas", "SP"), ("Guarulhos", "SP"), ("Bento Gonçalves", "RS"),
          ("Presidente Prudente", "SP"), ("Aurora", "CE")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "AP"]
BAIRROS = ["Macuco", "Ponta da Praia", "Vila Mathias", "Paquetá", "Estuário", "Vicente de Carvalho", "Centro",
           "Rocio", "Costeira", "Cordeiro", "Jardim Esperança", "Vila Aurora", "Porto Seco", "Valongo", "Caju"]
CIDS = ["S62.6", "S82.1", "S93.4", "M54.5", "M75.1", "H83.3", "T67.0", "J45.9", "I10", "E11.9", "S60.2",
        "T75.2", "Z57.0", "Z10.0", "W23", "M65.4", "S39.0", "A90", "J06.9", "B01.9", "R51", "F43.2"]
PORTS = ["Porto de Santos", "Porto de Paranaguá", "Porto de Itajaí", "Porto do Rio Grande", "Porto de Suape",
         "Porto do Pecém", "Porto de Vitória", "Porto de Itaguaí", "Porto de Salvador", "Porto de Manaus",
         "Porto de Vila do Conde", "Porto de São Francisco do Sul", "Porto de Imbituba", "Porto do Itaqui"]
TERMINALS = ["Terminal Aurora Contêineres", "TECON Estrela do Sul", "Terminal Marinho Granéis", "Porto Bento Logística",
             "TCP Flor do Mar", "Terminal Vitória Norte", "Armazém Prudente Alfandegado", "Cais Rosa dos Ventos",
             "EADI Porto Seco Amado", "Terminal Branco & Barcelos"]
SHIPS = ["MSC ALINA", "MAERSK SALVADOR", "CMA CGM AURORA", "LOG-IN JACARANDÁ", "HAMBURG SÜD ESPERANÇA",
         "NORTHERN VITÓRIA", "ONE MARINA", "EVER LOTUS", "COSCO ROSA", "STAR PRUDENTE", "MV FLOR DE LIS", "ZIM LUZ"]
COMPANIES = ["Haddad Importação e Comércio Ltda", "Rolim & Gadelha Comissaria de Despachos", "Nassar Têxtil S.A.",
             "Comercial Bento Amaral Ltda", "Schmitz Máquinas Agrícolas", "Luz do Norte Distribuidora", "Vitória Pescados Ltda",
             "Prudente Autopeças EIRELI", "Flor de Lis Cosméticos", "Calheiros Transportes", "Kinjo Eletrônicos Ltda",
             "Marinho & Landim Advogados", "Aurora Trading S.A.", "Zanetti Vinhos Importados", "Rosa Náutica Ltda"]
CARRIERS = ["MSC", "Maersk", "CMA CGM", "Hapag-Lloyd", "ONE", "Evergreen", "COSCO", "ZIM", "Log-In"]
NCMS = ["8471.30.12", "8517.13.00", "6404.11.00", "3304.99.90", "8708.29.99", "9503.00.99", "6110.20.00",
        "2204.21.00", "8543.70.99", "8413.70.80", "0303.89.00", "4011.10.00", "8528.72.00", "8433.59.90"]
GOODS = ["tênis esportivos", "peças de reposição para colheitadeira", "vinho tinto", "brinquedos", "cosméticos",
         "notebooks", "celulares", "bombas centrífugas", "pescado congelado", "pneus", "máquinas de costura",
         "luminárias LED", "malhas de algodão", "drones"]
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
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {n}/D"])
        if kind == "CRFa":
            return self.pick([f"CRFa-{uf} {n}", f"CRFa {self.rng.randint(1, 9)}-{self.d(5)}/{uf}"])
        if kind == "CREFITO":
            return f"CREFITO-{self.rng.randint(1, 18)} {self.d(6)}-F"
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
            "us": f"{mm:02d}/{dd:02d}/{yy}", "mon": f"{dd:02d}-{MON_EN[mm - 1]}-{yy}", "mon_sp": f"{dd:02d} {MON_EN[mm - 1]} {yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]



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
            elif isinstance(v, Doc):
                self.add(v)
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



# --------------------------------------------------------------------------- register-specific non-PII bits
# (all of them hard negatives: never labelled)

def container(g: Gen) -> str:
    owner = g.pick(["MSCU", "MSKU", "CMAU", "HLXU", "TGHU", "TCNU", "SEGU", "BMOU", "FSCU", "GESU", "MRKU", "TLLU"])
    return g.pick([f"{owner}{g.d(7)}", f"{owner} {g.d(6)}-{g.d(1)}", f"{owner}{g.d(6)}-{g.d(1)}"])


def bl_no(g: Gen) -> str:
    return g.pick([f"MEDU{g.pick('SKV')}{g.d(6)}", f"{g.pick(['SSZ', 'NGB', 'SHA', 'HAM', 'RTM', 'VLC'])}{g.d(7)}",
                   f"HLCU{g.pick(['SHA', 'HAM', 'NBO'])}{g.d(9)}", f"{g.d(9)}", f"MAEU{g.d(9)}", f"ONEY{g.pick(['NB', 'SH'])}{g.hexs(8).upper()}"])


def di_no(g: Gen) -> str:
    return g.pick([f"{g.pick(['24', '25'])}/{g.d(7)}-{g.d(1)}", f"{g.pick(['24', '25'])}{g.d(8)}"])


def duimp_no(g: Gen) -> str:
    return f"{g.pick(['24', '25'])}BR{g.d(10)}-{g.d(1)}"


def imo_no(g: Gen) -> str:
    return f"IMO {g.rng.randint(9100000, 9990000)}"


def passport(g: Gen) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return g.pick([f"P{g.pick(L)}{g.d(7)}", f"{g.pick(L)}{g.pick(L)}{g.d(6)}", f"P{g.d(7)}", f"{g.pick(L)}{g.d(8)}"])


def seaman_book(g: Gen) -> str:
    return g.pick([f"SB{g.d(6)}", f"C{g.d(7)}", f"{g.d(2)}-{g.d(5)}"])


def tracking(g: Gen) -> str:
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return g.pick([f"{g.pick(['LB', 'LP', 'NX', 'RB', 'UY'])}{g.d(9)}{g.pick(['CN', 'CN', 'HK', 'SG', 'US'])}",
                   f"{g.pick(L)}{g.pick(L)}{g.d(9)}BR", f"BR{g.d(13)}{g.pick(['A', 'D'])}"])


def rfb_process(g: Gen) -> str:
    return f"{g.pick(['11128', '10907', '12266', '10314', '15771', '10711'])}.{g.pick(['72', '73', '74'])}{g.d(4)}/{g.rng.randint(2023, 2025)}-{g.d(2)}"


def boleto_line(g: Gen) -> str:
    return f"{g.pick(['001', '237', '341', '104', '033'])}9{g.d(1)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}"


def ogmo_reg(g: Gen) -> str:
    return g.pick([f"{g.d(2)}.{g.d(3)}", g.d(5), f"TPA-{g.d(5)}", f"{g.d(4)}-{g.d(1)}"])


def plate_trailer(g: Gen) -> str:
    return g.plate(old=g.chance(0.5))


def doc_person(g: Gen, p: Person, forms: list[str] | None = None) -> tuple[str, str]:
    return (name_form(g, p, forms), "PERSON")


def corp_email(g: Gen, p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return g.pick([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{f}@{dom}", f"{f}.{l[0]}@{dom}"])


def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold(s).lower())


def money_usd(g: Gen, lo: int = 100, hi: int = 90000) -> str:
    v = g.rng.randint(lo * 100, hi * 100)
    r, c = divmod(v, 100)
    return f"{r:,}".replace(",", ".") + f",{c:02d}" if g.chance(0.6) else f"{r:,}.{c:02d}"


def typo(g: Gen, s: str, p: float = 0.25) -> str:
    """A keyboard slip in running text (never inside a span)."""
    if not g.chance(p) or len(s) < 8:
        return s
    i = g.rng.randint(2, len(s) - 3)
    if not s[i].isalpha() or not s[i + 1].isalpha():
        return s
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


WORD_USES = ["seria prudente esperar a presença de carga", "o campo ficou em branco no Portal Único",
             "a carga de flor de corte está em câmara fria", "deu luz verde o fiscal", "conta de luz no nome do sócio",
             "uma vitória, saiu em canal verde", "a aurora da nova DUIMP, segundo o sindicato", "caixa de rosa do deserto",
             "foi um bento de marmita que a equipe pediu", "o importador ficou amado pelo fiscal, só que não"]


# --------------------------------------------------------------------------- atendimento

def at_broker_email(g: Gen) -> Doc:
    """E-mail thread between a customs broker and an individual importer asking for DI data."""
    doc = Doc()
    dsp = g.person()
    cli = g.person()
    com = g.pick(["Rolim & Gadelha Comissaria de Despachos", "Comissária Porto Bento", "Despachos Aurora Ltda",
                  "Nápoles Assessoria Aduaneira", "Calheiros Comex"])
    dom = slug(com.split()[0]) + g.pick([".com.br", "comex.com.br", ".adv.br", "despachos.com.br"])
    city, uf = g.city()
    cemail = g.email(cli)
    di = di_no(g)
    doc.f("De: «dn» <«de»>\nPara: «ce»\nCc: operacional@«dom»\nAssunto: RES: «sub» – «goods» – cntr «cn»\nData: «dt» «hm»\n\n",
          dn=P(dsp.full), de=(corp_email(g, dsp, dom), "EMAIL_ADDRESS"), ce=(cemail, "EMAIL_ADDRESS"), dom=dom,
          sub=g.pick([f"DI {di}", "Registro de DI", f"Presença de carga CE {g.neg(15)}"]), goods=g.pick(GOODS), cn=container(g),
          dt=g.date("br"), hm=g.hm())
    doc.f("«sal» «nm»,\n\n", sal=g.pick(["Prezado(a)", "Bom dia", "Olá", "Boa tarde, sr(a)."]),
          nm=P(g.pick([cli.first, cli.short, cli.first])))
    doc.f(typo(g, "Conforme falamos por telefone, para registrar a declaração de importação (BL «bl», navio «ship», "
               "atracação prevista «at» no «port») preciso que confirme os dados abaixo, que vão exatamente assim no Siscomex:\n\n"),
          bl=bl_no(g), ship=g.pick(SHIPS), at=g.date("br"), port=g.pick(PORTS))
    doc.f("Nome completo: «n»\nCPF: «cpf»\nRG: «rg» «org»\nData de nascimento: «dob»\nEndereço: «ad» – «b» – «c»/«u» – CEP «cep»\n"
          "Celular: «ph»\n\n",
          n=P(g.pick([cli.full, cli.caps])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP", "SESP/PR", "IFP/RJ"]),
          dob=(g.dob(g.pick(["br", "br", "long"])), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city, u=uf,
          cep=(g.cep(), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"))
    doc.f("Valor aduaneiro estimado US$ «v» (NCM «ncm»); II «ii»%, IPI «ipi»%, PIS/COFINS-importação e ICMS ficam em torno de R$ «t». "
          "Taxa Siscomex R$ 154,23. Nossos honorários (R$ «h») podem ser pagos por Pix, chave «pix» (CNPJ da comissária «cnpj»).\n\n",
          v=money_usd(g, 800, 40000), ncm=g.pick(NCMS), ii=g.pick([14, 16, 18, 20, 35]), ipi=g.pick([0, 5, 10, 15]), t=g.money(900, 30000),
          h=g.money(600, 2500), pix=(g.uuid(), "PIX_KEY"), cnpj=(g.cnpj(), "BR_CNPJ"))
    doc.f("Att.,\n«dn»\nDespachante Aduaneiro – Registro RFB nº «reg»\n«com»\nTel. «t1» | «t2»\n\n",
          dn=P(g.pick([dsp.full, dsp.short])), reg=f"{g.d(1)}A.{g.d(2)}.{g.d(3)}", com=com, t1=(g.phone("par", mobile=False), "PHONE_NUMBER"),
          t2=(g.phone("par"), "PHONE_NUMBER"))
    rel = g.relative(cli)
    doc.f("Em «dt», «cn» <«ce»> escreveu:\n> Bom dia «tr» «df», segue em anexo a invoice e o packing list. Quem vai retirar no "
          "terminal é meu «k» «rn», caminhão placa «pl», CNH dele «cnh». O depósito é na «dep» (é o galpão na Barão de Mauá, perto do "
          "«term»).\n> Obrigad«o»\n",
          dt=g.date("br"), cn=P(g.pick([cli.caps, cli.full, cli.low])), ce=(cemail, "EMAIL_ADDRESS"), tr=g.pick(["seu", "sr.", "", "dr."]).strip() or "caro",
          df=P(dsp.first), k="cunhado" if not rel.female else "cunhada", rn=P(g.pick([rel.full, rel.short])), pl=(g.plate(), "LICENSE_PLATE"),
          cnh=(g.cnh(), "BR_CNH"), dep=g.pick(COMPANIES), term=g.pick(TERMINALS), o=cli.o)
    return doc


def at_remessa(g: Gen) -> Doc:
    """Courier/marketplace chat about the import tax of an individual's parcel (Remessa Conforme)."""
    doc = Doc()
    c = g.person()
    att = g.person()
    mom = g.relative(c, female=True)
    bot = g.pick(["Lia", "Bia", "Cora", "Rosa"])  # a bot named with a word-name: not a person
    trk = tracking(g)
    doc.f("Atendimento #«pr» · canal: chat · fila Importação/Tributos\nCliente: «n» · CPF «cpf» · «e»\n"
          "Objeto «trk» — «st» — tributos R$ «tx» (II 20% + ICMS 17%, Lei 14.902/2024)\n\n",
          pr=g.protocol(), n=P(c.full), cpf=(g.cpf(), "BR_CPF"), e=(g.email(c), "EMAIL_ADDRESS"), trk=trk,
          st=g.pick(["Aguardando pagamento", "Fiscalização aduaneira finalizada", "Retido para conferência"]), tx=g.money(15, 400))
    ts = g.times(9)
    doc.f("[«t»] «b» (assistente virtual): Olá! Sou a «b», assistente virtual. Digite o código de rastreio.\n", t=ts[0], b=bot)
    if g.chance(0.5):  # this chat tool prints roles, not names, before each message
        cli_tag, att_tag = ("Cliente", None), ("Atendente", None)
    else:
        cli_tag, att_tag = P(c.first), P(att.first)
    doc.f("[«t»] «cn»: «trk»\n[«t2»] «cn»: «msg»\n", t=ts[1], t2=ts[2], cn=cli_tag, trk=trk,
          msg=typo(g, g.pick([f"comprei {g.pick(GOODS)} de US$ {g.rng.randint(15, 49)} no site que é do remessa conforme, nao era pra ser isento de II?",
                              "ja paguei o imposto no checkout e agora ta cobrando de novo, isso é bitributação??",
                              "o pacote ta parado em Curitiba faz 20 dias, quero cancelar"]), 0.6))
    doc.f("[«t»] «an»: Boa tarde, «cf»! Meu nome é «af» e vou te ajudar. Compras até US$ 50 em plataforma certificada pagam 20% de II "
          "desde agosto/2024, além do ICMS. Pode me confirmar o endereço de entrega?\n",
          t=ts[3], an=(P(att.short) if att_tag[1] else att_tag), cf=P(c.first), af=P(att.first))
    doc.f("[«t»] «cn»: «ad», «b», CEP «cep». Mas o pedido tá no nome da minha mãe, «mn», CPF dela «mc», eu só paguei\n",
          t=ts[4], cn=cli_tag, ad=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(g.chance(0.8)), "BR_CEP"),
          mn=P(g.pick([mom.full, mom.low])), mc=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("[«t»] «cn»: paguei no cartão «cc» e apareceu duas vezes na fatura\n[«t2»] «an»: «cf», por segurança não envie o número "
              "completo do cartão aqui. Vejo no sistema o final «fim» (****«fim»).\n",
              t=ts[5], t2=ts[6], cn=cli_tag, cc=(g.card(g.chance(0.6)), "CREDIT_CARD"), an=att_tag, cf=P(c.first), fim=g.d(4))
    else:
        doc.f("[«t»] «an»: Certo. Se a cobrança em duplicidade for confirmada o estorno é feito por Pix. Qual chave?\n"
              "[«t2»] «cn»: chave aleatória «pix»\n", t=ts[5], t2=ts[6], an=att_tag, cn=cli_tag, pix=(g.uuid(), "PIX_KEY"))
    doc.f("[«t»] «an»: Abri a contestação «pr2». Prazo de resposta de até 10 dias úteis; aviso pelo «ph» (WhatsApp).\n"
          "[«t2»] «cn»: ok obg\n\n-- nota interna («an2»): cliente recorrente, 3º chamado do mês. Pedido «ped». Nada de devolução ao "
          "remetente antes de falar com «sup».\n",
          t=ts[7], t2=ts[8], an=att_tag, pr2=f"CTT-{g.d(8)}", ph=(g.phone(), "PHONE_NUMBER"), cn=cli_tag,
          an2=(login(att), None), ped=f"{g.d(3)}-{g.d(7)}-{g.d(7)}", sup=P(g.person().short))
    return doc


def at_gate_log(g: Gen) -> Doc:
    """Terminal gate log of a shift: trucks, trailers, drivers, containers."""
    doc = Doc()
    term = g.pick(TERMINALS)
    op = g.person()
    doc.f("«term» — GATE «gt» — RELATÓRIO DE MOVIMENTAÇÃO — «d» — turno «tn»\nOperador(a): «op» (login «lg») · conferente: «cf»\n\n",
          term=term.upper(), gt=g.rng.randint(1, 6), d=g.date("br"), tn=g.pick(["A (07-13h)", "B (13-19h)", "C (19-01h)", "D (01-07h)"]),
          op=P(g.pick([op.full, op.caps])), lg=login(op), cf=P(g.person().short))
    cols = ["hora", "transação", "placa cavalo", "placa carreta", "motorista", "CPF", "CNH", "celular", "contêiner", "doc", "status"]
    rows = []
    for t in g.times(g.rng.randint(4, 6)):
        m = g.person(female=g.chance(0.12))
        rows.append([V(t), V(f"G{g.d(9)}"), (g.plate(), "LICENSE_PLATE"), (plate_trailer(g), "LICENSE_PLATE"),
                     P(g.pick([m.caps, m.caps, fold(m.short).upper(), m.full])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.cnh(), "BR_CNH"), (g.phone(g.pick(["raw", "plain", "dash"])), "PHONE_NUMBER") if g.chance(0.8) else V("-"), V(container(g)), V(g.pick([f"DI {di_no(g)}", f"BKG {g.d(9)}", f"DUIMP {duimp_no(g)}", f"DTA {g.d(10)}"])),
                     V(g.pick(["ENTRADA OK", "SAÍDA OK", "RETIDO - lacre divergente", "ENTRADA OK", "SAÍDA OK", "AGUARD. CANAL"]))])
    table_psql(doc, cols, rows, footer=False)
    doc.t("\nOcorrências:\n")
    m = g.person()
    doc.f("- «t» motorista «mn» apresentou CNH «cnh» vencida; liberado após conferência do supervisor «sv». Transportadora «tr», "
          "fone «ph».\n", t=g.hm(), mn=P(g.pick([m.full, m.caps])), cnh=(g.cnh(), "BR_CNH"), sv=P(g.person().full),
          tr=g.pick(["Calheiros Transportes", "Transportadora Vitória Régia", "TransBento Logística", "Expresso Marinho"]),
          ph=(g.phone(), "PHONE_NUMBER"))
    doc.f("- «t» placa «pl» sem agendamento (janela «j»); motorista «mn» orientado a aguardar no pátio regulador da «av».\n",
          t=g.hm(), pl=(g.plate(), "LICENSE_PLATE"), j=f"AGD{g.d(8)}", mn=P(g.pick([m.first, g.person().nick])),
          av=g.pick(["Av. Perimetral", "Rod. Anchieta", "BR-277", "Via Anchieta", "Av. Portuária"]))
    if g.chance(0.6):
        doc.f("- «t» contêiner «cn» com avaria na porta, fotos no chamado «ch». Ajudante «aj» (CPF «cpf») sem crachá, barrado.\n",
              t=g.hm(), cn=container(g), ch=g.protocol(), aj=P(g.person().full), cpf=(g.cpf(), "BR_CPF"))
    doc.f("Total: «n» movimentos; fila máx. «f» min. Próximo turno: «nx».\n", n=g.rng.randint(80, 400), f=g.rng.randint(10, 140),
          nx=P(g.person().short))
    return doc


def at_shore_pass(g: Gen) -> Doc:
    """Ship agent's e-mail to the Federal Police with a crew-list extract and shore-pass requests."""
    doc = Doc()
    ag = g.person()
    agency = g.pick(["Williams Bento Agência Marítima", "Aurora Shipping Agency", "Cordeiro Maritime", "Agência Marítima Flor do Porto"])
    dom = slug(agency.split()[0]) + "ship.com.br"
    ship = g.pick(SHIPS)
    doc.f("To: nepom.«p»@pf.gov.br\nCc: ops@«dom»; master.«sh»@fleetmail.com\nFrom: «an» <«ae»>\nSubject: CREW LIST / SHORE PASS – «ship» – «imo» – ETB «eta»\n\n"
          "Prezados,\n\nEm nome do armador, solicitamos a emissão de shore pass para os tripulantes abaixo do «ship» (bandeira «fl»), "
          "atracado no «term», berço «br». Segue extrato da crew list (FAL 5):\n\n",
          p=g.pick(["sts", "pgua", "itj", "rgr", "sua"]), dom=dom, sh=slug(ship)[:8], an=P(ag.full), ae=(corp_email(g, ag, dom), "EMAIL_ADDRESS"),
          ship=ship, imo=imo_no(g), eta=g.date("br"), fl=g.pick(["Libéria", "Panamá", "Malta", "Ilhas Marshall", "Portugal (MAR)"]),
          term=g.pick(TERMINALS), br=g.rng.randint(1, 40))
    cols = ["No", "Surname, Given names", "Rank", "Nationality", "Date of birth", "Passport", "Seaman book"]
    nats = {"ph": "PHILIPPINES", "gr": "GREECE", "lu": "PORTUGAL", "ht": "HAITI", "sn": "SENEGAL", "kr": "KOREA", "cn": "CHINA",
            "pt": "BRAZIL", "jw": "BRAZIL", "jp": "BRAZIL", "ao": "ANGOLA"}
    rows = []
    ranks = g.rng.sample(["MASTER", "CH/OFF", "2/OFF", "3/OFF", "CH/ENG", "2/ENG", "BOSUN", "AB", "AB", "OS", "OILER", "COOK", "FITTER", "ELECTRICIAN"], 6)
    for k, rk in enumerate(ranks):
        o = g.pick(["ph", "ph", "ph", "gr", "lu", "ht", "sn", "kr", "cn", "pt", "ao"])
        c = g.person(origin=o)
        rows.append([V(str(k + 1)), P(g.pick([c.inverted, c.inverted_title, c.inverted])), V(rk), V(nats[o]),
                     (g.dob(g.pick(["mon", "br", "iso"]), 1962, 2003), "DATE_OF_BIRTH"), V(passport(g)), V(seaman_book(g))])
    table_md(doc, cols, rows)
    b = g.person(origin="pt")
    doc.f("\nO tripulante brasileiro «bn» (CPF «cpf», CIR «cir») desembarca para férias; passagem «vo» de «d». Contato da família: «fm», «fp».\n"
          "Os nºs 2 e 5 precisam de atendimento médico em terra (ver e-mail separado para a Anvisa).\n\n",
          bn=P(b.full), cpf=(g.cpf(), "BR_CPF"), cir=f"{g.pick(['341', '221', '481'])}-{g.d(6)}", vo=f"{g.pick(['G3', 'LA', 'AD'])} {g.d(4)}",
          d=g.date("br"), fm=P(g.relative(b).full), fp=(g.phone(), "PHONE_NUMBER"))
    doc.f("Atenciosamente,\n«an»\nBoarding agent · «ag» · 24h «p1» · «p2»\n",
          an=P(g.pick([ag.full, ag.short])), ag=agency, p1=(g.phone("plus"), "PHONE_NUMBER"), p2=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


def at_quote(g: Gen) -> Doc:
    """Freight forwarder's FCL/LCL quote to a small importer and the importer's reply to book."""
    doc = Doc()
    fw = g.person()
    cli = g.person()
    fwc = g.pick(["Âncora Cargo Logistics", "Marinho Freight", "Seixas & Porto Agenciamento", "Aurora Log Intl."])
    dom = slug(fwc.split()[0]) + g.pick(["cargo.com", "log.com.br", ".com.br"])
    orig = g.pick(["Ningbo", "Shanghai", "Shenzhen (Yantian)", "Busan", "Hamburg", "Valencia", "Qingdao", "Ho Chi Minh"])
    doc.f("Olá «cf», tudo bem?\n\nSegue cotação «mod» «orig» → «port»:\n\n", cf=P(cli.first),
          mod=g.pick(["FCL 1x40'HC", "FCL 1x20'DV", "LCL 4,2 cbm / 1.150 kg", "FCL 2x40'HC"]), orig=orig, port=g.pick(PORTS))
    doc.f("  Frete marítimo ........ USD «f1»\n  BAF/LSS ................ USD «f2»\n  THC destino ........... R$ «f3»\n"
          "  Desconsolidação/BL fee . R$ «f4»\n  Armazenagem (1º período) 0,35% CIF, mín. R$ «f5»\n\n"
          "Transit time «tt» dias, via «cr», saída «sd». Validade: «v». Free time «ft» dias no destino.\n\n",
          f1=money_usd(g, 900, 7000), f2=money_usd(g, 80, 600), f3=g.money(800, 2500), f4=g.money(150, 600), f5=g.money(400, 1200),
          tt=g.rng.randint(24, 45), cr=g.pick(CARRIERS), sd=g.date("br"), v=g.date("br"), ft=g.pick([7, 10, 14, 21]))
    doc.f("Qualquer dúvida estou à disposição.\n\n«fn»\n«role» | «fwc»\n«fe» | «fp»\n\n",
          fn=P(fw.full), role=g.pick(["Pricing", "Comercial", "Customer Service Import", "Key Account"]), fwc=fwc,
          fe=(corp_email(g, fw, dom), "EMAIL_ADDRESS"), fp=(g.phone(g.pick(["plus", "par"])), "PHONE_NUMBER"))
    comp = g.pick(COMPANIES)
    nt = g.person()
    doc.f("---------- Resposta ----------\nDe: «cn» <«ce»>\n\n«ff», fechado. Dados para o booking:\n"
          "Consignee: «comp» – CNPJ «cnpj»\nNotify: «nn» – «ne»\nContato: «cn2» – fone «cp»\n"
          "A entrega final é na minha casa mesmo (a empresa é pequena): «ad», CEP «cep», «city». Pode cotar o rodoviário até lá?\n"
          "Obs: o «sup» da fábrica é o Mr. «sn», e-mail «se».\n",
          cn=P(g.pick([cli.full, cli.caps])), ce=(g.email(cli), "EMAIL_ADDRESS"), ff=P(fw.first), comp=comp, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          nn=P(nt.full), ne=(g.email(nt), "EMAIL_ADDRESS"), cn2=P(cli.short), cp=(g.phone(), "PHONE_NUMBER"),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), city="/".join(g.city()),
          sup=g.pick(["vendedor", "supplier"]), sn=P(g.person(origin=g.pick(["cn", "kr", "de", "it"])).full),
          se=(g.email(g.person(origin="cn"), g.pick(["163.com", "qq.com", "alibaba-trade.cn"])), "EMAIL_ADDRESS"))
    return doc


def at_radar(g: Gen) -> Doc:
    """Support ticket of a Radar/Siscomex habilitação, with access log and the legal representative's data."""
    doc = Doc()
    sol = g.person()
    rep = g.person()
    an = g.person()
    doc.f("Chamado «ch» — Habilitação Radar (Siscomex) — modalidade «mod»\nAberto por: «sn» · CPF «sc» · «se» · «sp»\nPrioridade: «pri»\n\n",
          ch=f"#{g.d(6)}", mod=g.pick(["expressa", "limitada (até US$ 50 mil)", "ilimitada", "pessoa física"]), sn=P(sol.full),
          sc=(g.cpf(), "BR_CPF"), se=(g.email(sol), "EMAIL_ADDRESS"), sp=(g.phone(), "PHONE_NUMBER"), pri=g.pick(["alta", "média"]))
    doc.f("Descrição do cliente:\n\"«msg»\"\n\n", msg=typo(g, g.pick([
        "Entrei no Portal Único com a conta gov.br prata, mas o sistema diz que o responsável legal não está vinculado ao CNPJ",
        "Fiz o pedido de habilitação faz 15 dias e a RFB pediu documentos de capacidade financeira, não sei o que mandar",
        "O Radar foi suspenso por inatividade e agora preciso importar com urgência, a carga já chegou"]), 0.7))
    doc.t("Log de acesso (portal):\n")
    masked = g.d(3) + ".***.***-**"
    day = g.date("iso")
    for h in sorted(g.hms() for _ in range(g.rng.randint(2, 3))):
        doc.f("  «d» «h»  ip=«ip»  user=«u»  evento=«ev»\n", d=day, h=h, ip=(g.ip(), "IP_ADDRESS"), u=masked,
              ev=g.pick(["LOGIN_GOVBR", "ENVIO_DOSSIE", "CONSULTA_SITUACAO", "ERRO_VINCULO_RL"]))
    doc.f("\nResponsável legal (conforme QSA):\n  Nome: «rn»\n  CPF: «rc»  RG: «rg»\n  Nascimento: «rd»\n  Residência: «ra» — CEP «rcep»\n"
          "  e-mail: «re»\n", rn=P(g.pick([rep.full, rep.caps])), rc=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          rd=(g.dob(g.pick(["br", "iso", "nopad"])), "DATE_OF_BIRTH"), ra=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
          rcep=(g.cep(), "BR_CEP"), re=(g.email(rep), "EMAIL_ADDRESS"))
    doc.f("Empresa: «co» — CNPJ «cnpj» — capital social R$ «cap»\n\n", co=g.pick(COMPANIES), cnpj=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"),
          cap=g.money(10000, 900000))
    doc.f("Resposta («an», analista comex, login «lg»):\n«s», o vínculo do responsável é feito pelo CNPJ no cadastro da RFB; "
          "depois o pedido segue a IN RFB nº 1.984/2020 e o prazo é de 10 dias. Enviar extratos dos últimos 3 meses e o "
          "DARF do Simples. O processo digital é o «proc». Se preferir, falo com o contador de vocês («ct», «cte»).\n",
          an=P(g.pick([an.full, an.short])), lg=login(an), s=P(sol.first), proc=rfb_process(g), ct=P(g.person().full),
          cte=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp export between an importer and the broker's assistant while the DI is in the red channel."""
    doc = Doc()
    a = g.person(female=True)
    c = g.person()
    an = g.pick([a.first + " Despachos", a.nick, a.short, a.first])
    cn = g.pick([c.first + " importador", c.nick, c.short, c.first])
    a_lab = an.split(" Despachos")[0] if an.endswith(" Despachos") else an
    c_lab = cn[:-len(" importador")] if cn.endswith(" importador") else cn
    c_label = "PERSON"
    if g.chance(0.5):  # contact not saved on the broker's phone: the export shows the number
        cn = c_lab = g.phone(g.pick(["plus", "plus", "par"]))
        c_label = "PHONE_NUMBER"
    d = g.date("short")
    ts = g.times(12)
    k = 0

    def line(who: str, who_lab: str, msg_tpl: str, **vals) -> None:
        nonlocal k
        doc.f("[«d» «t»] ", d=d, t=ts[k])
        k += 1
        doc.e(who_lab, c_label if who == cn else "PERSON")
        doc.t(who[len(who_lab):] + ": ")
        doc.f(msg_tpl + "\n", **vals)

    line(an, a_lab, "Bom dia «c»! A DI «di» caiu no canal vermelho 😕 vai ter conferência física", c=P(c.first), di=di_no(g))
    line(cn, c_lab, typo(g, "nao acredito. e agora? quanto tempo demora isso", 0.7))
    line(an, a_lab, "Depende do fiscal, geralmente 3 a 5 dias úteis. O contêiner «cn» já está posicionado no «t»", cn=container(g),
         t=g.pick(TERMINALS))
    line(an, a_lab, "Vou precisar de uma procuração atualizada, preenche com seu RG «rg» mesmo?", rg=(g.rg(), "BR_RG"))
    line(cn, c_lab, "isso. meu cpf é «cpf» caso precise", cpf=(g.cpf(g.pick(["raw", "dot", "sp"])), "BR_CPF"))
    line(cn, c_lab, "manda a conta dos honorários que eu faço o pix agora")
    line(an, a_lab, "Chave aleatória: «pix»\nValor R$ «v» (honorários + armazenagem do 1º período)", pix=(g.uuid(), "PIX_KEY"), v=g.money(900, 6000))
    r = g.person()
    dl = "dele" if not r.female else "dela"
    line(cn, c_lab, "feito. quem vai acompanhar a vistoria? posso mandar «a» «rn»?", a="a" if r.female else "o", rn=P(g.pick([r.first, r.nick])))
    line(an, a_lab, f"Pode sim, manda nome completo e CPF {dl} pro cadastro no terminal")
    line(cn, c_lab, f"«rn» «rc»\ncelular {dl} «rp»", rn=P(g.pick([r.full, r.low])), rc=(g.cpf(), "BR_CPF"), rp=(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"))
    line(an, a_lab, "Anotado. «w». Qualquer coisa liga no escritório «tel» ou fala com a «b»", w=g.pick(WORD_USES).capitalize(),
         tel=(g.phone("par", mobile=False), "PHONE_NUMBER"), b=P(g.person(female=True).first))
    line(cn, c_lab, g.pick(["👍", "obrigado!!", "blz", "valeu, fico no aguardo"]))
    return doc


# --------------------------------------------------------------------------- financeiro

BANKS = [("001", "Banco do Brasil"), ("104", "Caixa Econômica Federal"), ("237", "Bradesco"), ("341", "Itaú Unibanco"),
         ("033", "Santander"), ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("748", "Sicredi"), ("756", "Sicoob")]


def fi_da(g: Gen) -> Doc:
    """Ship agent's final disbursement account (FDA) for a port call, with payment instructions."""
    doc = Doc()
    ag = g.pick(["Williams Bento Agência Marítima Ltda", "Aurora Shipping Agency Ltda", "Cordeiro Maritime Serviços Ltda",
                 "Agência Marítima Flor do Porto"])
    dom = slug(ag.split()[0]) + g.pick(["ship.com.br", ".com.br"])
    pic = g.person()
    ship = g.pick(SHIPS)
    doc.f("«ag» — CNPJ «cnpj»\nFINAL DISBURSEMENT ACCOUNT (FDA) Nº «n»\nVessel: «ship» («imo»)   Voy: «voy»   Port: «port»   ATA «ata» / ATD «atd»\n"
          "Principal: «pr» — attn. «pn»\n\n",
          ag=ag, cnpj=(g.cnpj(), "BR_CNPJ"), n=f"FDA-{g.d(6)}", ship=ship, imo=imo_no(g), voy=f"{g.d(3)}{g.pick('NSEW')}", port=g.pick(PORTS),
          ata=g.date("br"), atd=g.date("br"), pr=g.pick(["Star Shipping AS", "Marina Bulk Carriers Inc.", "Navarro Tankers SA", "Âncora Navegação"]),
          pn=P(g.person(origin=g.pick(["gr", "de", "lu", "it", "kr"])).full))
    items = [("Light dues / TUP (Tarifa de Utilização de Infraestrutura)", 3000, 60000), ("Pilotage (praticagem) in/out", 20000, 180000),
             ("Towage (2 tugs x 2)", 15000, 90000), ("Mooring / unmooring", 2000, 9000), ("Launch hire", 1500, 8000),
             ("Anvisa / livre prática", 300, 1500), ("Crew change — transport & hotel", 2000, 30000), ("Agency fee", 3000, 12000)]
    tot = 0
    for desc, lo, hi in g.rng.sample(items, g.rng.randint(5, 8)):
        v = g.rng.randint(lo * 100, hi * 100)
        tot += v
        doc.f("  «d» «v»\n", d=(desc + " ").ljust(62, "."), v=f"R$ {f'{v // 100:,}'.replace(',', '.')},{v % 100:02d}".rjust(16))
    doc.f("  «d» «v»\n  Advance received (USD «adv» @ PTAX «ptax») ............ (R$ «advr»)\n\n",
          d="TOTAL ".ljust(62, "."), v=f"R$ {f'{tot // 100:,}'.replace(',', '.')},{tot % 100:02d}".rjust(16),
          adv=money_usd(g, 5000, 60000), ptax=f"5,{g.d(4)}", advr=g.money(20000, 300000))
    b1, b2 = g.pick(BANKS), g.pick(BANKS)
    doc.f("PAYMENT INSTRUCTIONS\nBeneficiary: «ag»\nBank: «b1» («c1») — Branch «a1» — Account «k1»\n"
          "Alternatively Pix (BRL only), random key: «pix»\nUSD: «b2» — SWIFT «sw» — IBAN «iban»\n\n",
          ag=ag, b1=b1[1], c1=b1[0], a1=(g.agency(), "BANK_ACCOUNT"), k1=(g.account(), "BANK_ACCOUNT"), pix=(g.uuid(), "PIX_KEY"),
          b2=g.pick(["Banco do Brasil New York", "Itaú BBA Nassau", "Bradesco Grand Cayman"]), sw=g.pick(["BRASUS33", "ITAUKYKY", "BBDEKYKY"]),
          iban=f"BR{g.d(2)}{g.d(8)}{g.d(5)}{g.d(10)}C{g.d(1)}")
    acc = g.person()
    doc.f("Queries: «pic» («pe», «pp») · accounts: «an» («ae»)\n«nt»\n",
          pic=P(pic.full), pe=(corp_email(g, pic, dom), "EMAIL_ADDRESS"), pp=(g.phone("plus"), "PHONE_NUMBER"), an=P(acc.short),
          ae=(corp_email(g, acc, dom), "EMAIL_ADDRESS"),
          nt=g.pick(["Note: praticagem invoiced by Praticagem Rosa dos Ventos — NF-e attached.", "Crew change costs as per master's request (3 off / 3 on).",
                     "Demurrage/detention not included.", "Bank charges OUR."]))
    return doc


def fi_duimp(g: Gen) -> Doc:
    """Extract of a DUIMP/DI of an individual importer (vehicle, boat or machinery) with tax debit account."""
    doc = Doc()
    imp = g.person()
    dsp = g.person()
    city, uf = g.city()
    b = g.pick(BANKS)
    kind = g.pick(["DUIMP", "DI"])
    num = duimp_no(g) if kind == "DUIMP" else di_no(g)
    doc.f("EXTRATO DA «k» Nº «num» — versão «v» — situação: «st»\nUnidade de despacho: «ud»   Recinto: «rc»\n\n",
          k=kind, num=num, v=g.rng.randint(1, 4), st=g.pick(["DESEMBARAÇADA", "EM ANÁLISE FISCAL", "REGISTRADA - CANAL AMARELO", "AGUARDANDO DISTRIBUIÇÃO"]),
          ud=g.pick(["0817600 - ALF PORTO DE SANTOS", "0917800 - ALF PARANAGUÁ", "0927800 - ALF ITAJAÍ", "1017700 - ALF RIO GRANDE"]),
          rc=f"{g.d(7)} - {g.pick(TERMINALS).upper()}")
    doc.f("IMPORTADOR\n  Tipo: pessoa física   CPF: «cpf»\n  Nome: «n»\n  Endereço: «ad»   CEP: «cep»   «c»/«u»\n  Telefone: «ph»   E-mail: «e»\n"
          "REPRESENTANTE LEGAL / DESPACHANTE\n  CPF: «dc»   Nome: «dn»\n\n",
          cpf=(g.cpf(), "BR_CPF"), n=P(imp.caps), ad=(g.address("caps"), "ADDRESS"), cep=(g.cep(g.chance(0.5)), "BR_CEP"), c=fold(city).upper(), u=uf,
          ph=(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"), e=(g.email(imp), "EMAIL_ADDRESS"), dc=(g.cpf(), "BR_CPF"), dn=P(dsp.caps))
    goods = g.pick([("8703.23.10", "AUTOMÓVEL PARA COLECIONADOR, ANO 1968"), ("8903.33.00", "LANCHA DE RECREIO, 32 PÉS"),
                    ("8433.59.90", "COLHEITADEIRA USADA (ex-tarifário)"), ("9201.20.00", "PIANO DE CAUDA"), ("8711.50.00", "MOTOCICLETA 1.200 CC")])
    vmle = g.rng.randint(20000, 400000)
    doc.f("ADIÇÃO 001\n  NCM: «ncm» — «desc»\n  Exportador: «ex» («pais»)\n  VMLE: USD «vmle»   Frete: USD «fr»   Seguro: USD «sg»\n"
          "  Taxa de câmbio: «tx»   Valor aduaneiro: R$ «va»\n\n",
          ncm=goods[0], desc=goods[1], ex=g.pick(["Schmitz Oldtimer GmbH", "Nassar Boats LLC", "Zanetti Macchine S.r.l.", "Kinjo Trading Co."]),
          pais=g.pick(["ALEMANHA", "ESTADOS UNIDOS", "ITÁLIA", "JAPÃO"]), vmle=f"{vmle:,}.00", fr=f"{g.rng.randint(1500, 9000):,}.00",
          sg=f"{g.rng.randint(100, 2000)}.00", tx=f"5,{g.d(4)}", va=g.money(100000, 2000000))
    doc.t("TRIBUTOS (débito automático)\n")
    for t in ["II", "IPI", "PIS-Importação", "COFINS-Importação", "Taxa Siscomex"]:
        doc.f("  «t» R$ «v»\n", t=t.ljust(20), v=g.money(100, 400000).rjust(12))
    doc.f("  Banco: «bn» («bc»)   Agência: «ag»   Conta: «cc»   Titular: «tn»\n\nICMS: GNRE/GARE nº «gn» — comprovante anexado (R$ «icms»)\n"
          "Parametrizado em «d» — AFRFB responsável: «af»\n",
          bn=b[1], bc=b[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), tn=P(g.pick([imp.caps, imp.full])),
          gn=g.neg(11), icms=g.money(5000, 200000), d=g.date("br"), af=P(g.person().caps))
    return doc


def fi_ogmo_folha(g: Gen) -> Doc:
    """OGMO payroll of casual workers for one shift (remuneração por escalação), with bank data."""
    doc = Doc()
    port = g.pick(PORTS)
    doc.f("OGMO — «p»\nFOLHA DE PAGAMENTO POR ESCALAÇÃO — competência «c» — período «d1» a «d2»\nOperador portuário: «op» — navio «sh» — terno «tn»\n\n",
          p=fold(port).upper(), c=f"{g.rng.randint(1, 12):02d}/{g.rng.randint(2024, 2025)}", d1=g.date("br"), d2=g.date("br"),
          op=g.pick(TERMINALS), sh=g.pick(SHIPS), tn=g.d(3))
    cols = ["matr.", "trabalhador", "CPF", "NIT", "banco", "ag.", "conta", "bruto", "INSS", "IRRF", "líquido"]
    rows = []
    for _ in range(g.rng.randint(5, 7)):
        w = g.person(female=g.chance(0.1))
        bruto = g.rng.randint(30000, 250000)
        inss = bruto * 9 // 100
        ir = max(0, bruto * g.pick([0, 0, 7, 15]) // 100)
        fmt = lambda c: f"{c // 100:,}".replace(",", ".") + f",{c % 100:02d}"
        rows.append([V(ogmo_reg(g)), P(g.pick([w.caps, w.caps, fold(w.short).upper()])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.pis(), "BR_PIS"), V(g.pick(BANKS)[0]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"),
                     V(fmt(bruto)), V(fmt(inss)), V(fmt(ir)), V(fmt(bruto - inss - ir))])
    table_psql(doc, cols, rows)
    doc.f("\nRetenções repassadas: FGTS, INSS (GPS «gps»), contribuição sindical conforme CCT. Férias e 13º provisionados (Lei 9.719/1998).\n"
          "Conferido por «cf» — «d». Dúvidas: setor financeiro, ramal «r».\n",
          gps=g.neg(11), cf=P(g.person().full), d=g.date("br"), r=g.d(4))
    return doc


def fi_remessa(g: Gen) -> Doc:
    """Refund batch of double-charged import taxes on cross-border parcels (Remessa Conforme), CSV."""
    doc = Doc()
    an = g.person()
    doc.f("lote_reembolso_II_ICMS_«d».csv — gerado por «lg» — aprovação: «ap»\n", d=g.date("compact"), lg=f"svc_{g.pick(['refund', 'tax', 'crossborder'])}_bot",
          ap=P(an.full))
    rows = []
    for _ in range(g.rng.randint(5, 6)):
        c = g.person()
        via = g.pick(["pix", "pix", "cartao", "conta"])
        if via == "pix":
            dest = [(g.uuid(), "PIX_KEY"), V(""), V("")]
        elif via == "cartao":
            dest = [(g.card(False), "CREDIT_CARD"), V(""), V("")]
        else:
            dest = [V(""), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        rows.append([V(f"{g.d(3)}-{g.d(7)}"), V(tracking(g)), P(g.pick([c.full, c.low, c.caps])), (g.cpf("raw"), "BR_CPF"),
                     (g.email(c), "EMAIL_ADDRESS"), V(g.money(10, 300).replace(".", "")), V(via)] + dest + [(g.ip(), "IP_ADDRESS")])
    table_csv(doc, ["pedido", "objeto", "nome", "cpf", "email", "valor", "via", "destino", "agencia", "conta", "ip_compra"], rows)
    if any(r[6][0] == "cartao" for r in rows):
        doc.f("# «a»: linhas via=cartao vieram com PAN completo do gateway antigo — mascarar antes de mandar pro financeiro (Lei 13.709/2018)\n",
              a=P(an.first))
    else:
        doc.f("# «a»: conferir chaves Pix aleatórias antes de liberar; valores com ICMS já estornado pela SEFAZ não entram\n", a=P(an.first))
    return doc


def fi_demurrage(g: Gen) -> Doc:
    """Demurrage/detention invoice and collection e-mail to a small importer, with guarantor data."""
    doc = Doc()
    col = g.person()
    imp = g.person()
    av = g.person()
    car = g.pick(CARRIERS)
    cns = [container(g) for _ in range(g.rng.randint(1, 3))]
    doc.f("De: «cn» <«ce»>\nPara: «ie»\nAssunto: Cobrança demurrage — BL «bl» — «cns» — fatura «ft»\n\n",
          cn=P(col.full), ce=(corp_email(g, col, slug(car) + ".com.br"), "EMAIL_ADDRESS"), ie=(g.email(imp), "EMAIL_ADDRESS"), bl=bl_no(g),
          cns=", ".join(cns), ft=f"DM{g.d(8)}")
    free = g.pick([7, 10, 14])
    days = g.rng.randint(free + 3, free + 60)
    doc.f("Prezado(a) «in»,\n\nOs contêineres acima foram devolvidos vazios em «dv», «days» dias após a descarga (free time: «free» dias). "
          "Sobreestadia de «ex» dias x USD «rate»/dia/cntr = USD «tot», convertidos pela PTAX de «px» (R$ 5,«pt»).\n\n",
          **{"in": P(g.pick([imp.first, imp.short]))}, dv=g.date("br"), days=days, free=free, ex=days - free, rate=g.pick([95, 120, 150, 180]),
          tot=money_usd(g, 1000, 40000), px=g.date("br"), pt=g.d(4))
    doc.f("Pagamento até «venc»:\n  Boleto: «bol»\n  ou Pix (chave aleatória): «pix»\n  ou TED: «bn», ag. «ag», c/c «cc» — «car» Brasil — CNPJ «cnpj»\n\n",
          venc=g.date("br"), bol=boleto_line(g), pix=(g.uuid(), "PIX_KEY"), bn=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), car=car, cnpj=(g.cnpj(), "BR_CNPJ"))
    doc.f("Lembramos que o Termo de Responsabilidade pela devolução de contêiner foi assinado pelo avalista «an», CPF «ac», RG «ar», residente "
          "na «aa», CEP «acep», que responde solidariamente. Sem pagamento, o débito será protestado e o CNPJ «ic» bloqueado para novos "
          "bookings.\n\n«cf»\nCredit & Collections | «car» | «cp»\n",
          an=P(g.pick([av.full, av.caps])), ac=(g.cpf(), "BR_CPF"), ar=(g.rg(), "BR_RG"), aa=(g.address(), "ADDRESS"), acep=(g.cep(), "BR_CEP"),
          ic=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"), cf=P(col.short), car=car, cp=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


def fi_radar_cap(g: Gen) -> Doc:
    """Worksheet estimating the financial capacity of a company for Radar (IN RFB 1.984/2020): partners and accounts."""
    doc = Doc()
    comp = g.pick(COMPANIES)
    an = g.person()
    doc.f("ESTIMATIVA DE CAPACIDADE FINANCEIRA — RADAR\nEmpresa: «c»   CNPJ: «cnpj»\nPreparado por: «an» («ae»)   Data: «d»\n\n",
          c=comp, cnpj=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"), an=P(an.full),
          ae=(corp_email(g, an, g.pick(["calheiroscomex.com.br", "contabilidadeaurora.com.br", "rolimgadelha.com.br"])), "EMAIL_ADDRESS"), d=g.date("br"))
    doc.t("1. Sócios\n")
    socios = [g.person() for _ in range(g.rng.randint(2, 3))]
    rows = []
    for s in socios:
        rows.append([P(s.full), (g.cpf(), "BR_CPF"), (g.dob(g.pick(["br", "iso"]), 1950, 2000), "DATE_OF_BIRTH"),
                     (g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.4) else V("—"), V(g.money(5000, 2000000)), V(f"{g.d(2)}.{g.d(2)}.{g.d(2)}.{g.d(2)}.{g.d(2)}-{g.d(2)}")])
    table_md(doc, ["Sócio", "CPF", "Nascimento", "Título eleitor", "Patrimônio IRPF (R$)", "Recibo DIRPF"], rows)
    doc.t("\n2. Disponibilidades (extratos dos últimos 3 meses)\n")
    for _ in range(g.rng.randint(2, 4)):
        b = g.pick(BANKS)
        doc.f("   «bn» («bc») ag. «ag» c/c «cc» — titular «tt» — saldo médio R$ «sm»\n",
              bn=b[1], bc=b[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
              tt=g.pick([("a empresa", None), P(g.pick(socios).short)]), sm=g.money(5000, 900000))
    doc.f("\n3. Resultado: capacidade estimada de R$ «cap» por semestre → submodalidade «sub».\nObs.: «obs»\n",
          cap=g.money(50000, 5000000), sub=g.pick(["limitada (até US$ 50.000)", "limitada (até US$ 150.000)", "ilimitada"]),
          obs=g.pick(["aporte de capital do sócio comprovado por TED de 12/03", "conta de luz do galpão em nome do sócio, pedir contrato de locação",
                      "seria prudente juntar a DEFIS de 2024", "empréstimo de mútuo com a Aurora Trading S.A. não aceito como origem"]))
    return doc


def fi_frete_tac(g: Gen) -> Doc:
    """Freight payments to autonomous truck drivers (TAC) for port hauls, with CIOT and payment data."""
    doc = Doc()
    tr = g.pick(["Calheiros Transportes", "Expresso Marinho", "TransBento Logística", "Rodoviário Flor do Vale"])
    doc.f("«tr» — Pagamento de fretes TAC — lote «l» — «d»\nOrigem: «o» → Destino: «de»\n\n",
          tr=tr, l=g.d(5), d=g.date("br"), o=g.pick(TERMINALS), de=g.pick(["CLIA Campinas", "EADI Porto Seco Amado", "Maringá/PR", "Cuiabá/MT", "Rio Verde/GO"]))
    cols = ["CIOT", "motorista", "CPF", "RNTRC", "placa", "frete", "adiant.", "saldo", "pagamento"]
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        m = g.person(female=g.chance(0.08))
        fr = g.rng.randint(2000, 15000)
        ad = fr * g.pick([0, 30, 40, 50]) // 100
        if g.chance(0.5):
            pay = (g.uuid(), "PIX_KEY")
        else:
            pay = (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER")
        rows.append([V(g.d(12)), P(g.pick([m.caps, m.full, fold(m.short).upper()])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), V(g.d(9)),
                     (g.plate(), "LICENSE_PLATE"), V(f"{fr:,}".replace(",", ".") + ",00"), V(f"{ad:,}".replace(",", ".") + ",00"),
                     V(f"{fr - ad:,}".replace(",", ".") + ",00"), pay])
    table_psql(doc, cols, rows)
    m = g.person()
    doc.f("\nPix do saldo na coluna pagamento (chave aleatória ou celular cadastrado). Exceção: «mn» pediu depósito em conta de terceiro "
          "(«tn», «bn» ag. «ag» conta «cc»), só com autorização assinada. CNH del«x» («cnh») vence em «v».\nResponsável: «r»\n", x="a" if m.female else "e",
          mn=P(m.short), tn=P(g.relative(m).full), bn=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          cnh=(g.cnh(), "BR_CNH"), v=g.date("br", 2026), r=P(g.person().full))
    return doc


# --------------------------------------------------------------------------- juridico

ESTADO_CIVIL = ["solteiro(a)", "casado(a)", "divorciado(a)", "viúvo(a)", "em união estável"]
NATIONAL = ["brasileiro(a)", "brasileiro(a)", "brasileiro(a)", "haitiano(a)", "português(a)", "boliviano(a)", "brasileiro(a) naturalizado(a)"]


def g_adj(p: Person, s: str) -> str:
    """Resolve "(a)" endings of a qualification to the person's gender."""
    return re.sub(r"o\(a\)|\(a\)", lambda m: ("a" if m.group(0) == "o(a)" else "a") if p.female else ("o" if m.group(0) == "o(a)" else ""), s)


def siape(g: Gen) -> str:
    return g.pick([g.d(7), f"{g.d(2)}.{g.d(3)}-{g.d(1)}", f"{g.d(6)}-{g.d(1)}"])


def ju_perdimento(g: Gen) -> Doc:
    """Receita Federal's seizure notice (auto de infração e termo de apreensão, pena de perdimento)."""
    doc = Doc()
    a = g.person()
    port = g.pick(PORTS)
    city, uf = g.city()
    doc.f("MINISTÉRIO DA FAZENDA\nSECRETARIA ESPECIAL DA RECEITA FEDERAL DO BRASIL\nALFÂNDEGA DA RECEITA FEDERAL DO BRASIL NO «pt»\n\n"
          "AUTO DE INFRAÇÃO E TERMO DE APREENSÃO E GUARDA FISCAL\nProcesso nº «pr»        FMP nº «fmp»        Folha 1/«fl»\n\n",
          pt=fold(port.replace("Porto de ", "Porto de ").upper()), pr=rfb_process(g), fmp=f"{g.d(7)}{g.rng.randint(2024, 2025)}{g.d(5)}"[:17],
          fl=g.rng.randint(2, 4))
    doc.f("01 — AUTUADO\nNome: «n»\nCPF: «cpf»          RG: «rg» «org»\nData de nascimento: «dob»     Nacionalidade: «nac»\n"
          "Endereço: «ad», «b», «c»/«u», CEP «cep»\nTelefone: «ph»     E-mail: «e»\n\n",
          n=P(a.caps), cpf=(g.cpf("dot"), "BR_CPF"), rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP-PR", "SESP/SC", "DETRAN/RJ"]),
          dob=(g.dob("br", 1950, 2002), "DATE_OF_BIRTH"), nac=g.pick(["BRASILEIRA", "BRASILEIRA", "PARAGUAIA", "BOLIVIANA"]),
          ad=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), c=fold(city).upper(), u=uf, cep=(g.cep(), "BR_CEP"),
          ph=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), e=(g.email(a), "EMAIL_ADDRESS"))
    pl = g.plate()
    driver = g.person() if g.chance(0.5) else a
    doc.f("02 — DESCRIÇÃO DOS FATOS\nEm «d», durante «ctx», foram encontrad«x» «goods» sem cobertura documental de importação regular, "
          "acondicionad«x» em fundo falso do veículo «mod», placa «pl», RENAVAM «rv», conduzido por «dn», CNH nº «cnh». "
          "A conduta caracteriza dano ao Erário, punível com a pena de perdimento nos termos do art. 105, X, do Decreto-Lei nº 37/1966 "
          "e do art. 23, IV, do Decreto-Lei nº 1.455/1976, c/c art. 689 do Decreto nº 6.759/2009 (Regulamento Aduaneiro). "
          "Valor atribuído às mercadorias: R$ «v» (tabela de preços, nota técnica «nt»).\n\n",
          d=g.date("br"), ctx=g.pick(["verificação física na zona primária", "operação de vigilância e repressão na Ponte da Amizade",
                                       "conferência de bagagem desacompanhada", "fiscalização de rotina no pátio do terminal"]),
          x="os", goods=g.pick(["produtos eletrônicos (celulares e tablets)", "cigarros de procedência estrangeira", "perfumes", "medicamentos e anabolizantes", "peças de vestuário"]),
          mod=g.pick(["VW/Saveiro", "Fiat/Strada", "GM/Onix", "Toyota/Hilux", "Scania R440 com semirreboque"]), pl=(pl, "LICENSE_PLATE"),
          rv=g.neg(11), dn=P(g.pick([driver.caps, driver.full])), cnh=(g.cnh(), "BR_CNH"), v=g.money(3000, 400000), nt=f"{g.d(3)}/{g.rng.randint(2023, 2025)}")
    af = g.person()
    t = g.person()
    doc.f("03 — INTIMAÇÃO\nFica o autuado INTIMADO a recolher o crédito ou apresentar impugnação no prazo de 20 (vinte) dias, na forma do "
          "art. 27 do Decreto-Lei nº 1.455/1976. O veículo placa «pl» permanece retido no «dep».\n\n"
          "Auditor-Fiscal da Receita Federal do Brasil: «af» — matrícula «mt»\nCiência do autuado: «an», em «d» às «h»\n"
          "Testemunha: «tn», CPF «tc»\n",
          pl=(pl, "LICENSE_PLATE"), dep=g.pick(["depósito da Ferreira & Bento Leilões", "pátio da EADI Porto Seco Amado", "Armazém Prudente Alfandegado"]),
          af=P(g.pick([af.full, af.caps])), mt=siape(g), an=P(g.pick([a.caps, a.full])),
          d=g.date("br"), h=g.hm(), tn=P(t.full), tc=(g.cpf(), "BR_CPF"))
    return doc


def ju_ms(g: Gen) -> Doc:
    """Writ of mandamus (mandado de segurança) against the retention of imported goods."""
    doc = Doc()
    s = g.person()
    l1, l2 = g.person(), g.person()
    city, uf = g.city()
    firm = g.pick(["Marinho & Landim Advogados", "Bezerril, Seixas e Porto Sociedade de Advogados", "Haddad Nápoles Advocacia Aduaneira",
                   "Prudente & Branco Advogados Associados"])
    dom = slug(firm.split()[0]) + ".adv.br"
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) FEDERAL DA «n»ª VARA FEDERAL DE «C»/«U»\n\n",
          n=g.rng.randint(1, 9), C=fold(city).upper(), U=uf)
    if g.chance(0.5):
        doc.f("Distribuição por dependência aos autos nº «cnj»\n\n", cnj=g.cnj(g.pick(["4.03", "4.04", "4.05", "4.02"])))
    comp = g.pick(COMPANIES)
    doc.f("«comp», pessoa jurídica de direito privado inscrita no CNPJ sob o nº «cnpj», com sede na «cad», neste ato representada por "
          "seu sócio-administrador «sn», «nac», «ec», empresári«o», portador«a» do RG nº «rg» e inscrit«o» no CPF sob o nº «cpf», "
          "residente e domiciliad«o» na «ad», CEP «cep», por seus advogados (procuração anexa), com endereço eletrônico «le», "
          "vem, respeitosamente, impetrar\n\nMANDADO DE SEGURANÇA COM PEDIDO LIMINAR\n\ncontra ato do INSPETOR-CHEFE DA ALFÂNDEGA DA "
          "RECEITA FEDERAL DO BRASIL NO «pt», pelos fatos e fundamentos a seguir.\n\n",
          comp=comp.upper() if g.chance(0.5) else comp, cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"),
          cad=f"{g.pick(['Avenida Portuária', 'Rua do Comércio', 'Av. Ana Costa', 'Rodovia BR-101, km'])} {g.rng.randint(10, 900)}, {g.pick(['sala', 'galpão', 'conj.'])} {g.rng.randint(1, 30)}",
          sn=P(s.full), nac=g_adj(s, g.pick(NATIONAL)), ec=g_adj(s, g.pick(ESTADO_CIVIL)), o=s.o, a="a" if s.female else "",
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          le=(corp_email(g, l1, dom), "EMAIL_ADDRESS"), pt=fold(g.pick(PORTS)).upper())
    doc.f("I — DOS FATOS\n\nA impetrante registrou a DI nº «di» («goods», NCM «ncm»), parametrizada em canal «can» em «d». Desde então a "
          "mercadoria permanece retida sem lavratura de auto de infração, há mais de «dd» dias, o que afronta a Súmula 323 do STF e o "
          "art. 7º, § 2º, da Lei 12.016/2009 interpretado a contrario sensu. A armazenagem já soma R$ «arm» e o demurrage do contêiner "
          "«cn» corre à razão de US$ «dem»/dia.\n\n",
          di=di_no(g), goods=g.pick(GOODS), ncm=g.pick(NCMS), can=g.pick(["cinza", "vermelho", "amarelo"]), d=g.date("br"),
          dd=g.rng.randint(60, 240), arm=g.money(8000, 120000), cn=container(g), dem=g.rng.randint(80, 250))
    doc.f("II — DO PEDIDO\n\n(...) a concessão de liminar para determinar o imediato desembaraço, mediante caução, se necessário.\n\n"
          "Dá-se à causa o valor de R$ «vc».\n\n«c», «d».\n\n«n1»\n«o1»\n\n«n2»\n«o2»\n\n«firm»\n",
          vc=g.money(50000, 2000000), c=city, d=g.date("long"), n1=P(g.pick([l1.full, l1.caps])), u=g.pick(UFS),
          o1=(f"OAB/{g.pick(UFS)} {g.rng.randint(10, 480)}.{g.d(3)}", "PROFESSIONAL_ID"), n2=P(l2.full), o2=(g.council("OAB"), "PROFESSIONAL_ID"), firm=firm)
    return doc


def ju_claim(g: Gen) -> Doc:
    """Notice of claim (carta protesto) for damaged household goods of a returning family, with the joint survey."""
    doc = Doc()
    c = g.person()
    law = g.person()
    sv = g.person(origin=g.pick(["pt", "pt", "de", "lu", "gr"]))
    rep = g.person()
    carrier = g.pick(CARRIERS)
    bl = bl_no(g)
    doc.f("«city», «d»\n\nÀ\n«car» Brasil Ltda. — Departamento de Claims\nc/c: «ins» Seguros S.A.\n\n"
          "Ref.: NOTICE OF CLAIM / CARTA PROTESTO — B/L «bl» — M/V «ship» v. «voy» — contêiner «cn» — mudança (bagagem desacompanhada)\n\n",
          city=g.city()[0], d=g.date("long"), car=carrier, ins=g.pick(["Vitória", "Bonfim", "Tokio Marine", "Aurora"]), bl=bl, ship=g.pick(SHIPS),
          voy=f"{g.d(3)}{g.pick('NSEW')}", cn=container(g))
    doc.f("Prezados,\n\nNa qualidade de procurador«a» de «cn», «nac», portador«a» do passaporte «pp» e do CPF «cpf», residente na «ad», "
          "«city» — CEP «cep», consignatári«o» da carga em epígrafe, vimos PROTESTAR formalmente pelas avarias constatadas na desova, "
          "responsabilizando o transportador nos termos dos arts. 749 e 754 do Código Civil e do Decreto-Lei nº 116/1967.\n\n",
          a="a" if law.female else "", cn=P(g.pick([c.full, c.caps])), nac=g_adj(c, g.pick(NATIONAL)), pp=passport(g), cpf=(g.cpf(), "BR_CPF"),
          ad=(g.address(), "ADDRESS"), city="/".join(g.city()), cep=(g.cep(), "BR_CEP"), o=c.o)
    doc.f("A vistoria conjunta foi realizada em «d» no «term», com a presença do vistoriador «svn» («svc», relatório «rel»), do "
          "representante do armador «rn» e do próprio consignatário. Constatou-se: lacre «lac» íntegro, porém «dano». "
          "Prejuízo estimado em R$ «v» (lista de bens anexa, valores de reposição).\n\n",
          d=g.date("br"), term=g.pick(TERMINALS), svn=P(sv.full), svc=g.pick(["Seixas Surveyors", "Bureau Marítimo Âncora", "Cordeiro Vistorias Navais"]),
          rel=f"SV-{g.d(5)}/{g.rng.randint(24, 25)}", rn=P(g.pick([rep.full, rep.short])), lac=f"{g.pick(['ML', 'EU', 'CN'])}{g.d(7)}",
          dano=g.pick(["com infiltração de água salgada e mofo em 60% dos volumes", "com o piano e dois móveis quebrados por peação deficiente",
                       "com falta de 14 volumes em relação ao packing list"]), v=g.money(15000, 250000))
    if g.chance(0.5):
        doc.f("Caso não haja composição amigável em 30 dias, a seguradora sub-rogada ajuizará ação regressiva (cf. precedente nos autos nº «cnj»).\n\n",
              cnj=g.cnj())
    doc.f("Contato do consignatário para agendamento: «cp» / «ce».\n\nAtenciosamente,\n\n«ln»\n«oab»\n«le» · «lp»\n",
          cp=(g.phone(), "PHONE_NUMBER"), ce=(g.email(c), "EMAIL_ADDRESS"), ln=P(law.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"),
          le=(corp_email(g, law, g.pick(["marinholandim.adv.br", "seixasporto.com.br", "ancoralegal.com"])), "EMAIL_ADDRESS"),
          lp=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


def ju_avulso(g: Gen) -> Doc:
    """Labour claim of a casual port worker (trabalhador portuário avulso) against the OGMO and a port operator."""
    doc = Doc()
    r = g.person(female=g.chance(0.15))
    law = g.person()
    city, uf = g.city()
    func = g.pick(["estivador", "conferente de carga", "bloquista", "consertador", "vigia portuário", "trabalhador de capatazia"])
    doc.f("EXMO(A). SR(A). DR(A). JUIZ(A) DA «n»ª VARA DO TRABALHO DE «C»/«U»\n\n", n=g.rng.randint(1, 7), C=fold(city).upper(), U=uf)
    if g.chance(0.5):
        doc.f("Processo nº «cnj» (redistribuído)\n\n", cnj=g.cnj(g.pick(["5.02", "5.09", "5.12", "5.04", "5.06"])))
    doc.f("«rn», «nac», «ec», trabalhador«a» portuári«o» avuls«o» («func»), registrad«o» no OGMO sob o nº «og», CTPS nº «ctps» série «se», "
          "PIS «pis», CPF «cpf», nascid«o» em «dob», residente na «ad», «b», «c»/«u», CEP «cep», telefone «ph», e-mail «e», por seu advogado "
          "infra-assinado, vem propor\n\nRECLAMAÇÃO TRABALHISTA\n\nem face do ÓRGÃO DE GESTÃO DE MÃO DE OBRA DO TRABALHO PORTUÁRIO AVULSO "
          "DO «po» — OGMO, CNPJ «c1», e de «op», CNPJ «c2», pelos motivos que passa a expor.\n\n",
          rn=P(r.caps), nac=g_adj(r, "brasileiro(a)"), ec=g_adj(r, g.pick(ESTADO_CIVIL)), a="a" if r.female else "", o=r.o, func=func,
          og=ogmo_reg(g), ctps=g.d(7), se=f"{g.d(4)}-{uf}", pis=(g.pis(), "BR_PIS"), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1955, 1998), "DATE_OF_BIRTH"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city, u=uf, cep=(g.cep(), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(r), "EMAIL_ADDRESS"), po=fold(g.pick(PORTS)).upper().replace("PORTO DE ", "PORTO ORGANIZADO DE ").replace("PORTO DO ", "PORTO ORGANIZADO DO "),
          c1=(g.cnpj(), "BR_CNPJ"), op=g.pick(TERMINALS).upper(), c2=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    doc.f("1. DOS FATOS. O reclamante é escalado pelo sistema de rodízio desde «ano», em ternos de «tn» homens, nos termos da Lei "
          "12.815/2013. Nunca recebeu o adicional de risco (art. 14 da Lei 4.860/1965) nem teve respeitado o intervalo de 11 horas entre "
          "escalações (escalas «e1» e «e2» de «d»). No acidente de «da» («cid»), o terminal não emitiu CAT.\n\n",
          ano=g.rng.randint(1996, 2018), tn=g.rng.randint(4, 12), e1=f"E{g.d(6)}", e2=f"E{g.d(6)}", d=g.date("br"), da=g.date("br", 2024),
          cid=f"CID {g.pick(CIDS)}")
    w1, w2 = g.person(), g.person()
    doc.f("2. TESTEMUNHAS: «w1» (OGMO «r1») e «w2»«nk», «f2».\n\n3. DADOS BANCÁRIOS PARA ALVARÁ: Banco «bk», agência «ag», "
          "conta corrente «cc», de titularidade do reclamante.\n\nDá-se à causa o valor de R$ «vc».\n\nNestes termos, pede deferimento.\n"
          "«c», «d».\n\n«ln»\n«oab»\n",
          w1=P(w1.full), r1=ogmo_reg(g), w2=P(w2.short), nk=(Doc().t(", conhecid" + w2.o + " como ").e(w2.nick, "PERSON") if w2.nick != w2.first else Doc()), f2=g.pick(["conferente", "estivador", "arrumador"]),
          bk=g.pick(["do Brasil (001)", "Caixa (104)", "Bradesco (237)", "Itaú (341)", "Santander (033)"]), ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), vc=g.money(40000, 600000), c=city, d=g.date("long"), ln=P(law.full),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Power of attorney from an individual to a customs broker (unaccompanied baggage / vehicle import)."""
    doc = Doc()
    o = g.person()
    d1, d2 = g.person(), g.person()
    city, uf = g.city()
    doc.f("PROCURAÇÃO «tp»\n\nOUTORGANTE: «on», «nac», «ec», «prof», nascid«o» em «dob», portador«a» da Cédula de Identidade RG nº «rg» «org», "
          "inscrit«o» no CPF/MF sob o nº «cpf», ",
          tp=g.pick(["AD NEGOTIA", "PARTICULAR", "— REPRESENTAÇÃO ADUANEIRA"]), on=P(o.caps), nac=g_adj(o, g.pick(NATIONAL)),
          ec=g_adj(o, g.pick(ESTADO_CIVIL)), prof=g.pick(["engenheira naval", "professora", "comerciante", "médica", "aposentada", "marítima"] if o.female else
                      ["engenheiro naval", "professor", "comerciante", "médico", "aposentado", "marítimo"]),
          o=o.o, a="a" if o.female else "", dob=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"),
          org=g.pick(["SSP/SP", "SSP/BA", "IFP/RJ", "SDS/PE"]), cpf=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("título de eleitor nº «t», ", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("residente e domiciliad«o» à «ad», «b», «c»/«u», CEP «cep», e-mail «e».\n\n", o=o.o,
          ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), c=city, u=uf, cep=(g.cep(), "BR_CEP"), e=(g.email(o), "EMAIL_ADDRESS"))
    doc.f("OUTORGADOS: «d1», despachante aduaneir«x1», CPF «c1», registro RFB nº «r1», e «d2», ajudante de despachante, CPF «c2», ambos com "
          "escritório na Rua Frei Gaspar, 22, conj. 41, Centro, Santos/SP.\n\n",
          d1=P(d1.full), x1=d1.o, c1=(g.cpf(), "BR_CPF"), r1=f"{g.d(1)}A.{g.d(2)}.{g.d(3)}", d2=P(d2.full), c2=(g.cpf(), "BR_CPF"))
    doc.f("PODERES: para representar o(a) outorgante perante a Secretaria Especial da Receita Federal do Brasil, Alfândegas, Inspetorias, "
          "recintos alfandegados, Ministério da Agricultura (VIGIAGRO) e Anvisa, podendo registrar DUIMP/DI e DSI, inclusive de bagagem "
          "desacompanhada (IN RFB nº 1.059/2010), acompanhar conferência física, retirar mercadorias e o veículo placa «pl», "
          "assinar termos e receber intimações, vedado substabelecer.\n\nValidade: até «v».\n\n«c», «d».\n\n__________________________\n«sig»\n\n",
          pl=(g.plate(), "LICENSE_PLATE"), v=g.date("br", 2026), c=city, d=g.date("long"), sig=P(g.pick([o.caps, o.full])))
    tab = g.person()
    doc.f("Reconheço por semelhança a firma de «sig». Dou fé. «c», «d». «tn», escrevente autorizad«x». Selo «selo». Emolumentos R$ «em».\n",
          sig=P(g.pick([o.caps, o.full])), c=city, d=g.date("br"), tn=P(tab.full), x=tab.o, selo=f"{g.hexs(4).upper()}{g.d(6)}", em=g.money(5, 15))
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """A truck driver's data-subject request (LGPD art. 18) to a terminal and the DPO's answer."""
    doc = Doc()
    d = g.person(female=g.chance(0.15))
    dpo = g.person()
    term = g.pick(TERMINALS)
    dom = slug(term.split()[1] if term.split()[0] in ("Terminal", "TECON", "TCP", "EADI", "Cais", "Armazém") else term.split()[0]) + ".com.br"
    pl1 = g.plate()
    doc.f("De: «dn» <«de»>\nPara: privacidade@«dom»\nAssunto: Requisição LGPD – art. 18 da Lei 13.709/2018\n\n"
          "Boa noite. Sou motorista autônom«o» (TAC) e passo no gate de vocês quase toda semana com o cavalo «pl». "
          "Quero saber quais dados meus vocês guardam: imagens das câmeras, leitura de placa (OCR), foto do rosto na biometria e o "
          "cadastro do app de agendamento. Meu nome completo é «dnf», CPF «cpf».\n«sig»\n\n",
          dn=P(g.pick([d.full, d.short])), de=(g.email(d), "EMAIL_ADDRESS"), dom=dom, o=d.o, pl=(pl1, "LICENSE_PLATE"),
          dnf=P(d.full), cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), sig=P(g.pick([d.first, d.nick, d.short])))
    doc.f("---\nDe: Encarregado de Dados – «term» <privacidade@«dom»>\n\nPrezad«o» «fn»,\n\nEm atenção à sua requisição (protocolo «pr»), "
          "localizamos os seguintes registros vinculados ao seu CPF:\n\n",
          term=term, dom=dom, o=d.o, fn=P(d.first), pr=g.protocol())
    doc.f("• Cadastro de motorista: nome, CPF, CNH «cnh» (cat. E, validade «vd»), data de nascimento «dob», celular «ph», "
          "endereço «ad», CEP «cep»;\n", cnh=(g.cnh(), "BR_CNH"), vd=g.date("br", 2028), dob=(g.dob("br", 1958, 2000), "DATE_OF_BIRTH"),
          ph=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("• Passagens no gate: «n» entre «d1» e «d2», veículos «p1» e «p2» (carreta), com imagens retidas por 90 dias;\n",
          n=g.rng.randint(12, 140), d1=g.date("br", 2024), d2=g.date("br", 2025), p1=(pl1, "LICENSE_PLATE"), p2=(g.plate(), "LICENSE_PLATE"))
    doc.f("• App de agendamento: acessos a partir dos IPs «i1» e «i2»; token de dispositivo (não identificável isoladamente);\n"
          "• Biometria facial: template criptografado, sem armazenamento da imagem original (art. 11, II, «a»).\n\n",
          i1=(g.ip(), "IP_ADDRESS"), i2=(g.ip(), "IP_ADDRESS"), a="g")
    doc.f("Os dados são tratados para cumprimento de obrigação legal (controle de acesso a recinto alfandegado, Portaria RFB nº 143/2022) "
          "e não são compartilhados além da Receita Federal e da Autoridade Portuária. «w».\n\nAtenciosamente,\n«dp»\n"
          "Encarregad«x» pelo Tratamento de Dados Pessoais · «de»\n",
          w=g.pick(["Seria prudente atualizar seu celular no app", "Caso discorde, pode recorrer à ANPD",
                    "Os registros anteriores a 2023 foram eliminados"]), dp=P(dpo.full), x=dpo.o,
          de=(corp_email(g, dpo, dom), "EMAIL_ADDRESS"))
    return doc


def ju_intimacao(g: Gen) -> Doc:
    """Tax summons in a customs fraud audit (interposição fraudulenta): partners, bank accounts and DIs."""
    doc = Doc()
    port = g.pick(PORTS)
    comp = g.pick(COMPANIES)
    af = g.person()
    doc.f("TERMO DE INTIMAÇÃO FISCAL Nº «n»/«y» — EQUIPE DE REPRESSÃO ADUANEIRA — ALF/«p»\nProcesso: «pr»   TDPF nº «td»\n\n"
          "Contribuinte: «c» — CNPJ «cnpj»\n\nQuadro societário e responsáveis:\n",
          n=g.d(3), y=g.rng.randint(2024, 2025), p=g.pick(["STS", "PGA", "ITJ", "RGE", "SUA", "VIT", "ITG", "SSA", "MAO", "SFS"]), pr=rfb_process(g), td=f"{g.d(7)}.{g.rng.randint(2024, 2025)}.{g.d(5)}",
          c=comp.upper(), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    rows = []
    socios = [g.person() for _ in range(g.rng.randint(2, 3))]
    for k, s in enumerate(socios):
        rows.append([P(g.pick([s.caps, s.full])), (g.cpf("dot"), "BR_CPF"), (g.dob("br", 1945, 2003), "DATE_OF_BIRTH"),
                     V(g.pick(["sócio-administrador", "sócio", "sócia quotista", "procurador"]) if k else "sócio-administrador"), V(f"{g.rng.randint(1, 99)}%")])
    table_md(doc, ["Nome", "CPF", "Nascimento", "Qualificação", "Capital"], rows)
    dis = ", ".join(di_no(g) for _ in range(g.rng.randint(2, 4)))
    doc.f("\nFica o contribuinte INTIMADO a apresentar, no prazo de 20 (vinte) dias:\n"
          "a) extratos bancários da conta «bk» agência «ag», conta «cc», e da conta «bk2» agência «ag2», conta «cc2» (titular: «tn»), "
          "de «d1» a «d2»;\nb) comprovação da origem, disponibilidade e transferência dos recursos empregados nas DIs «dis»;\n"
          "c) contratos de câmbio nº «cb» e correspondência com o exportador «ex»;\n\n",
          bk=g.pick(["Banco do Brasil", "Itaú", "Bradesco", "Caixa", "Sicredi"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          bk2=g.pick(["Nubank (260)", "Inter (077)", "C6 (336)"]), ag2=(g.agency(False), "BANK_ACCOUNT"), cc2=(g.account(), "BANK_ACCOUNT"),
          tn=P(socios[-1].full), d1=g.date("br", 2023), d2=g.date("br", 2025), dis=dis, cb=f"{g.d(9)}", ex=g.pick(["Ningbo Rosa Trading Co.", "Shenzhen Lucky Star Ltd.", "Haddad Export FZE"]))
    pr_ = g.person()
    doc.f("O não atendimento poderá caracterizar a presunção de interposição fraudulenta de que trata o art. 23, V e § 2º, do "
          "Decreto-Lei nº 1.455/1976, com a pena de perdimento ou multa equivalente ao valor aduaneiro (art. 33 da Lei nº 11.488/2007).\n\n"
          "Ciência via DTE/e-CAC; procurador cadastrado: «pn», CPF «pc», e-mail «pe».\n\n«af»\nAuditor«x»-Fiscal da Receita Federal do Brasil — matrícula «mt»\n",
          pn=P(pr_.full), pc=(g.cpf(), "BR_CPF"), pe=(g.email(pr_), "EMAIL_ADDRESS"), af=P(af.full), x="a" if af.female else "", mt=siape(g))
    return doc


# --------------------------------------------------------------------------- saude

FUNCOES = ["estivador", "conferente de carga e descarga", "bloquista", "consertador", "vigia portuário", "operador de portêiner",
           "operador de empilhadeira (reach stacker)", "trabalhador de capatazia", "amarrador", "arrumador"]
HOSPITALS = ["Santa Casa de Misericórdia", "Hospital dos Estivadores", "Hospital Ana Costa", "Hospital Vitória Régia",
             "UPA Zona Noroeste", "Hospital Portuário Bom Jesus", "Pronto-Socorro Central"]


def sa_aso(g: Gen) -> Doc:
    """Occupational health certificate (ASO, NR-7/NR-29) of a casual port worker."""
    doc = Doc()
    w = g.person(female=g.chance(0.15))
    m1, m2 = g.person(), g.person()
    port = g.pick(PORTS)
    doc.f("ATESTADO DE SAÚDE OCUPACIONAL — ASO        Nº «n»\n(NR-7 / NR-29)\n\nTomador: OGMO — «p» — CNPJ «cnpj»\n\n"
          "Trabalhador(a): «wn»\nCPF: «cpf»    PIS/NIT: «pis»    Data de nascimento: «dob»\nMatrícula OGMO: «og»    Função: «f»\n\n",
          n=f"{g.d(5)}/{g.rng.randint(2024, 2025)}", p=port.replace("Porto", "Porto Organizado"), cnpj=(g.cnpj(), "BR_CNPJ"),
          wn=P(g.pick([w.caps, w.full])), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), dob=(g.dob(g.pick(["br", "nopad"]), 1958, 2003), "DATE_OF_BIRTH"),
          og=ogmo_reg(g), f=g.pick(FUNCOES))
    tipo = g.pick(["admissional (registro)", "periódico", "periódico", "retorno ao trabalho", "mudança de risco"])
    doc.f("Tipo de exame: «t»\nRiscos: «r»\nExames complementares: audiometria tonal («d1»), espirometria («d2»), acuidade visual, glicemia de jejum«x».\n\n",
          t=tipo, r=", ".join(g.rng.sample(["ruído contínuo (88 dB(A))", "poeira de grãos (soja/milho)", "trabalho em altura", "calor (IBUTG 29,4)",
                                            "vibração de corpo inteiro", "fumigantes (fosfina)", "levantamento manual de cargas", "trabalho noturno"], 3)),
          d1=g.date("br"), d2=g.date("br"), x=g.pick(["", ", ECG", ", EEG (trabalho em altura)", ", hemograma"]))
    concl = g.pick(["APTO", "APTO", "APTO", "APTO COM RESTRIÇÃO — não operar em altura por 90 dias", "INAPTO TEMPORARIAMENTE"])
    doc.f("CONCLUSÃO: «c»\n\nMédico(a) examinador(a): «m1» — «c1»\nMédico(a) coordenador(a) do PCMSO: «m2» — «c2»\n",
          c=concl, m1=P(g.pick([m1.full, m1.caps])), c1=(g.council("CRM"), "PROFESSIONAL_ID"), m2=P(m2.full), c2=(g.council("CRM"), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        e = g.relative(w)
        doc.f("Contato de emergência: «en» («k») — «ep»\n", en=P(g.pick([e.full, e.first, e.nick])), k=g.pick(["esposa", "mãe", "irmão", "filha", "marido"]),
              ep=(g.phone(), "PHONE_NUMBER"))
    doc.f("\nDeclaro ter recebido cópia deste ASO.\n«sig»\n«city», «d»\n",
          sig=P(g.pick([w.caps, w.low, w.full])), city=g.city()[0], d=g.date("long"))
    return doc


def sa_ambulatorio(g: Gen) -> Doc:
    """Daily log of a port clinic (ambulatório do porto): dock workers, drivers and crew."""
    doc = Doc()
    enf = g.person(female=g.chance(0.7))
    med = g.person()
    term = g.pick(TERMINALS)
    doc.f("AMBULATÓRIO — «t» — REGISTRO DIÁRIO DE ATENDIMENTOS — «d»\nPlantão: enf. «en» («ec») · médic«o» «mn» («mc»)\n\n",
          t=term, d=g.date("br"), en=P(enf.full), ec=(g.council("COREN"), "PROFESSIONAL_ID"), o=med.o, mn=P(g.pick([med.full, med.short])),
          mc=(g.council("CRM"), "PROFESSIONAL_ID"))
    rows = []
    for t in g.times(g.rng.randint(4, 6), 6 * 3600, 22 * 3600):
        p = g.person()
        kind = g.rng.randint(0, 2)
        if kind == 0:
            vin, ident = (f"avulso OGMO {ogmo_reg(g)}", None), (g.cpf(), "BR_CPF")
        elif kind == 1:
            vin, ident = (g.plate(), "LICENSE_PLATE"), (g.cns(), "BR_CNS")
        else:
            vin, ident = (f"trip. {g.pick(SHIPS)}", None), (passport(g), None)
        q, cid = g.pick([("corte em mão direita", "S61.0"), ("dor lombar ao levantar sacaria", "M54.5"), ("PA 180x110", "I10"),
                         ("corpo estranho em olho E", "T15.0"), ("entorse de tornozelo na escada do porão", "S93.4"),
                         ("cefaleia e febre", "R50.9"), ("crise de ansiedade após acidente no berço", "F41.0"),
                         ("queimadura por cabo de aço", "T23.2"), ("picada de inseto, prurido", "T63.4"), ("tosse, coriza", "J06.9")])
        rows.append([V(t), P(g.pick([p.full, p.caps, p.short])), vin, ident,
                     V(q), V(g.pick(["curativo + AT", "analgesia, liberado", "encaminhado UPA", "removido SAMU", "observação 2h", "afastado do turno"])),
                     V(cid)])
    table_md(doc, ["hora", "paciente", "vínculo/placa", "CPF/CNS/passaporte", "queixa", "conduta", "CID"], rows)
    f = g.person()
    rem = g.person()
    doc.f("\nIntercorrências: «pn» removid«o» para «h» às «hm»; familiar («fn») avisad«fo» pelo «fp». Ambulância placa «ap». "
          "Comunicado à segurança do trabalho («st», «crea»).\n",
          pn=P(rem.short), o=rem.o, h=g.pick(HOSPITALS), hm=g.hm(), fn=P(f.full), fo=f.o, fp=(g.phone(), "PHONE_NUMBER"),
          ap=(g.plate(), "LICENSE_PLATE"), st=P(g.person().full), crea=(g.council("CREA"), "PROFESSIONAL_ID"))
    return doc


def sa_cat(g: Gen) -> Doc:
    """Work-accident report (CAT) of a stevedore injured in a ship's hold."""
    doc = Doc()
    a = g.person(female=g.chance(0.1))
    mom = g.person(female=True)
    term = g.pick(TERMINALS)
    city, uf = g.city()
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT\nEmitente: 1 - Empregador   Tipo: 1 - Inicial   Recibo eSocial: «rec»\n\n"
          "EMPREGADOR\nRazão social: «t»   CNPJ: «cnpj»   CNAE: 5231-1/02\n\n",
          rec=f"1.1.{g.d(19)}", t=term.upper(), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    doc.f("ACIDENTADO\nNome: «n»\nNome da mãe: «mn»\nData de nascimento: «dob»   Sexo: «sx»   Estado civil: «ec»\nCPF: «cpf»   NIT/PIS: «pis»   "
          "RG: «rg»\nEndereço: «ad»   Bairro: «b»   CEP: «cep»\nMunicípio: «c»   UF: «u»   Telefone: «ph»\nCBO: «cbo»   Filiação à Previdência: "
          "«fil»\n\n",
          n=P(a.caps), mn=P(g.pick([mom.caps, fold(mom.given).upper() + " " + fold(a.last).upper()])), dob=(g.dob("br", 1960, 2004), "DATE_OF_BIRTH"),
          sx="F" if a.female else "M", ec=g.pick(["1-solteiro", "2-casado", "5-divorciado"]), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"),
          rg=(g.rg(), "BR_RG"), ad=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), cep=(g.cep(), "BR_CEP"), c=fold(city).upper(), u=uf,
          ph=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"), cbo=g.pick(["7832-05", "7832-10", "4141-45", "7822-20"]),
          fil=g.pick(["1-empregado", "7-trabalhador avulso"]))
    doc.f("ACIDENTE\nData: «d»  Hora: «h»  Horas trabalhadas: «ht»\nLocal: berço «be», porão «po» do navio «sh» («imo»)\nParte do corpo atingida: «pc»\n"
          "Agente causador: «ag»\nDescrição: «ds»\nHouve afastamento: «af»   Registro policial: não   Óbito: não\n\n",
          d=g.date("br"), h=g.hm(), ht=f"0{g.rng.randint(1, 5)}:{g.rng.randint(0, 59):02d}", be=g.rng.randint(1, 38), po=g.rng.randint(1, 7),
          sh=g.pick(SHIPS), imo=imo_no(g), pc=g.pick(["mão esquerda (dedos)", "perna direita", "coluna lombar", "tornozelo esquerdo", "olho direito"]),
          ag=g.pick(["lingada de bobinas de aço", "escada de acesso ao porão", "spreader do portêiner", "twistlock", "sacaria de açúcar"]),
          ds=typo(g, g.pick(["durante a peação o trabalhador teve a mão prensada entre a lingada e a antepara",
                             "escorregou na escada de acesso ao porão molhada e caiu de aprox. 2 m",
                             "foi atingido por twistlock que caiu do convés durante a desconexão"]), 0.5),
          af=g.pick(["sim", "sim", "não"]))
    w = g.person()
    med = g.person()
    doc.f("TESTEMUNHA\nNome: «wn»   Endereço: «wa»   Telefone: «wp»\n\nATESTADO MÉDICO\nUnidade: «hs» de «c»   Data: «d»   Hora: «h»\n"
          "Internação: «i»   Duração provável do tratamento: «dt» dias\nDiagnóstico provável: «dg»   CID-10: «cid»\nMédico: «mn» — «mc»\n",
          wn=P(w.caps), wa=(g.address("caps"), "ADDRESS"), wp=(g.phone(), "PHONE_NUMBER"), hs=g.pick(HOSPITALS), c=city, d=g.date("br"), h=g.hm(),
          i=g.pick(["sim", "não"]), dt=g.rng.randint(3, 90), dg=g.pick(["fratura de falange", "fratura de tíbia", "lombalgia traumática", "entorse grau II", "contusão ocular"]),
          cid=g.pick(["S62.6", "S82.1", "S39.0", "S93.4", "S05.1"]), mn=P(med.full), mc=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_medevac(g: Gen) -> Doc:
    """Ship agent's e-mail arranging the medical evacuation of a crew member at anchorage."""
    doc = Doc()
    c = g.person(origin=g.pick(["ph", "ph", "gr", "lu", "cn", "kr", "ht", "sn"]))
    ag = g.person()
    mst = g.person(origin=g.pick(["gr", "lu", "de", "it", "ph"]))
    med = g.person()
    ship = g.pick(SHIPS)
    dom = g.pick(["aurorashipping.com.br", "cordeiromaritime.com", "williamsbento.com.br"])
    doc.f("From: «an» <«ae»>\nTo: pvpaf.«p»@anvisa.gov.br; «h1»\nSubject: URGENT – MEDEVAC – «ship» – anchorage «anc» – crew «cn»\n\n",
          an=P(ag.full), ae=(corp_email(g, ag, dom), "EMAIL_ADDRESS"), p=g.pick(["santos", "paranagua", "itajai", "riogrande"]),
          h1=g.pick(["central.regulacao@saude.sp.gov.br", "plantao@hospitalestivadores.org.br"]), ship=ship, anc=f"{g.rng.randint(1, 8)}",
          cn=P(c.inverted))
    doc.f("Prezados,\n\nO comandante «mst» informa que o tripulante abaixo apresenta «sy» desde «d».\n\n"
          "  Nome: «cn»\n  Função: «rk»\n  Nascimento: «dob»\n  Passaporte: «pp»\n  Sinais vitais (bordo): PA «pa», FC «fc», Tax «tx» °C\n\n",
          mst=P(g.pick([mst.full, mst.inverted_title])), sy=g.pick(["dor abdominal intensa em FID, suspeita de apendicite",
                                                                    "dor torácica e sudorese", "fratura exposta em antebraço após queda",
                                                                    "febre alta e icterícia (procedente de Lagos)"]),
          d=g.date("br"), cn=P(g.pick([c.full, c.inverted])), rk=g.pick(["AB", "Oiler", "2nd Officer", "Cook", "Fitter"]),
          dob=(g.dob(g.pick(["mon", "mon_sp", "br"]), 1965, 2002), "DATE_OF_BIRTH"), pp=passport(g), pa=g.pick(["9x6", "10x7", "12x8", "13x9", "15x10", "17x11", "19x12"]),
          fc=g.rng.randint(55, 130), tx=f"{g.rng.randint(36, 40)},{g.d(1)}")
    doc.f("A lancha «l» sai da praticagem às «h». Vaga confirmada em «hs»; médico plantonista «mn» («mc»), contato «mp». "
          "Carta de garantia do P&I («pi») enviada, limite US$ «gl». Solicitamos livre prática para o desembarque e "
          "dispensa do CIVP, que o tripulante não possui.\n\n",
          l=g.pick(["Flor do Mar II", "Estrela", "Prático Bento", "Aurora"]), h=g.hm(), hs=g.pick(HOSPITALS), mn=P(med.full),
          mc=(g.council("CRM"), "PROFESSIONAL_ID"), mp=(g.phone(), "PHONE_NUMBER"), pi=g.pick(["Gard", "Skuld", "UK P&I", "Britannia"]),
          gl=money_usd(g, 5000, 50000))
    doc.f("Agente de plantão: «an» — «p1» (24h)\n«ag»\n", an=P(g.pick([ag.first, ag.short])), p1=(g.phone("plus"), "PHONE_NUMBER"),
          ag=g.pick(["Aurora Shipping Agency", "Cordeiro Maritime", "Williams Bento Agência Marítima"]))
    if g.chance(0.6):
        doc.f("\n> De: «r»\n> Ok, autorizado. A equipe do posto vai acompanhar no cais «cc». Informar desfecho.\n",
              r=P(g.person().full), cc=g.pick(["do Valongo", "da Marinha", "do Armazém 12", "Rosa dos Ventos"]))
    return doc


def sa_audiometria(g: Gen) -> Doc:
    """Hearing-conservation programme (PCA) spreadsheet of OGMO workers, exported to CSV."""
    doc = Doc()
    fono = g.person(female=g.chance(0.8))
    fid = g.council("CRFa")
    doc.f("PCA_OGMO_«p»_audiometrias_«d».csv  (responsável técnic«x»: «fn», «fc»)\n", x="a" if fono.female else "o", p=g.pick(["STS", "PNG", "ITJ", "RIG", "SUAPE"]), d=g.date("compact"),
          fn=P(fono.full), fc=(fid, "PROFESSIONAL_ID"))
    rows = []
    fono_cell = P(fono.short) if g.chance(0.4) else (fid, "PROFESSIONAL_ID")
    for _ in range(g.rng.randint(4, 6)):
        w = g.person(female=g.chance(0.12))
        res = g.pick(["normal", "normal", "normal", "PAIR sugestiva", "desencadeamento", "agravamento"])
        rows.append([V(ogmo_reg(g)), P(g.pick([w.caps, w.full, w.caps])), (g.cpf("raw"), "BR_CPF"), (g.dob("iso", 1958, 2003), "DATE_OF_BIRTH"),
                     V(g.pick(FUNCOES)), V(g.date("iso")), V(str(g.pick([10, 15, 20, 25, 30, 40, 45, 55, 60]))), V(str(g.pick([10, 15, 20, 25, 35, 40, 50, 65]))),
                     V(res), fono_cell])
    table_csv(doc, ["matricula", "nome", "cpf", "nascimento", "funcao", "data_exame", "OD_4kHz", "OE_4kHz", "resultado", "fono"], rows, sep=";")
    wn = rows[g.rng.randint(0, len(rows) - 1)][1][0]
    orl = g.person()
    doc.f("# revisar: «wn» com PAIR sugestiva (H83.3), encaminhar ao otorrino «on» («oc») e reavaliar EPI (plug tipo «plug»)\n"
          "# «fn»: os dados de quem faltou estão na aba 2; NÃO mandar a planilha por WhatsApp\n",
          wn=P(wn), on=P(orl.full), oc=(g.council("CRM"), "PROFESSIONAL_ID"), plug=g.pick(["espuma", "silicone", "concha"]), fn=P(fono.first))
    return doc


def sa_vacina(g: Gen) -> Doc:
    """Vaccination campaign at the port (influenza / yellow fever) for dock workers and crew, for the SI-PNI."""
    doc = Doc()
    vac = g.person(female=g.chance(0.75))
    vc = g.pick(["Influenza trivalente 2025", "Febre amarela (dose única)", "dT (reforço)", "Hepatite B (2ª dose)", "Covid-19 XBB"])
    doc.f("Campanha de vacinação no cais — «loc» — «d»\nVacina: «v»   Lote: «l»   Validade: «vl»\nVacinador(a): «vn» «vc»\nUBS de referência: «ubs» (CNES «cnes»)\n\n",
          loc=g.pick(["Armazém 21", "portaria do OGMO", "Terminal de Passageiros", "Cais do Valongo", "sede do Sindicato dos Estivadores"]),
          d=g.date("br"), v=vc, l=f"{g.hexs(3).upper()}{g.d(4)}", vl=g.date("br", 2026), vn=P(vac.full), vc=(g.council("COREN"), "PROFESSIONAL_ID"),
          ubs=g.pick(["UBS Macuco", "USF Rocio", "UBS Vila Aurora", "Policlínica do Porto"]), cnes=g.d(7))
    rows = []
    for k in range(g.rng.randint(5, 7)):
        p = g.person()
        cat = g.pick(["portuário avulso", "portuário avulso", "caminhoneiro", "tripulante", "empregado terminal"])
        rows.append([V(str(k + 1)), P(g.pick([p.caps, p.full])), (g.cns(), "BR_CNS") if cat != "tripulante" or g.chance(0.3) else V("—"),
                     (g.dob("br", 1950, 2005), "DATE_OF_BIRTH"), V(cat), V(g.pick(["D1", "DU", "REF", "D2"]))])
    table_md(doc, ["#", "Nome", "CNS", "Nascimento", "Grupo", "Dose"], rows)
    doc.f("\nObs.: «n» referiu reação local na dose anterior. Tripulante sem CNS registrado com passaporte «pp». "
          "Digitação no SI-PNI por «dg» até «dd».\n", n=P(g.person().short), pp=passport(g), dg=P(g.person().first), dd=g.date("br"))
    return doc


def sa_afastamento(g: Gen) -> Doc:
    """Union social worker's e-mail about a dock worker's sick leave, INSS benefit and psychological follow-up."""
    doc = Doc()
    w = g.person(female=g.chance(0.15))
    sw = g.person(female=True)
    psi = g.person()
    esp = g.relative(w, female=not w.female)
    dom = g.pick(["sindestiva.org.br", "sintraport.org.br", "conferentes.org.br"])
    doc.f("De: «sn» <«se»>\nPara: «ee»\nAssunto: «wf» – perícia do INSS e acompanhamento\n\n",
          sn=P(sw.full), se=(corp_email(g, sw, dom), "EMAIL_ADDRESS"), ee=(g.email(esp), "EMAIL_ADDRESS"), wf=P(g.pick([w.first, w.short, w.nick])))
    doc.f("Olá, «ef»!\n\nConforme conversamos, seguem as informações sobre o afastamento do «wn»:\n\n"
          "- Benefício: auxílio por incapacidade temporária, NB «nb», DIB «dib»; perícia marcada para «per» às «h» na APS «aps».\n"
          "- Levar: laudo do psiquiatra (CID «cid»), CAT nº «cat», documento com foto, CNS «cns» e comprovante de residência "
          "(«ad», CEP «cep»).\n- O pagamento cai na conta informada: agência «ag», conta «cc» («bk»).\n\n",
          ef=P(esp.first), wn=P(g.pick([w.full, w.first])), nb=f"{g.pick(['31', '91'])}/{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", dib=g.date("br"),
          per=g.date("br"), h=g.hm(), aps=g.pick(["Santos - Centro", "Paranaguá", "Itajaí", "Vitória - Jucutuquara"]),
          cid=g.pick(["F43.1", "F32.1", "F41.1", "F43.2"]), cat=f"{g.d(4)}.{g.d(6)}.{g.rng.randint(2024, 2025)}", cns=(g.cns(), "BR_CNS"),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          bk=g.pick(["Caixa", "Banco do Brasil", "Bradesco", "Banco Rosa dos Ventos", "Sicoob Portuário"]))
    doc.f("O acompanhamento psicológico continua com «pn» («pc»), às «d», no ambulatório do sindicato. Se precisar remarcar, o "
          "telefone «x» é «pp».\n\nO «wf2» pode ligar para mim a qualquer hora no «sp». Sei que o momento é difícil, mas é uma "
          "vitória ele ter aceitado o tratamento.\n\nAbraço,\n«sf»\nAssistente social — «cress»\n",
          pn=P(psi.full), pc=(f"CRP {g.rng.randint(1, 23):02d}/{g.d(6)}", "PROFESSIONAL_ID"), d=g.pick(["terças", "quintas", "sextas de manhã"]),
          x="dela" if psi.female else "dele", pp=(g.phone("par"), "PHONE_NUMBER"), wf2=P(w.first), sp=(g.phone(), "PHONE_NUMBER"), sf=P(sw.first),
          cress=(f"CRESS {g.pick(UFS)} {g.d(5)}", "PROFESSIONAL_ID"))
    return doc


# --------------------------------------------------------------------------- checks and output

TEMPLATES = {
    "atendimento": [at_broker_email, at_remessa, at_gate_log, at_shore_pass, at_quote, at_radar, at_whatsapp],
    "juridico": [ju_perdimento, ju_ms, ju_claim, ju_avulso, ju_procuracao, ju_lgpd, ju_intimacao],
    "saude": [sa_aso, sa_ambulatorio, sa_cat, sa_medevac, sa_audiometria, sa_vacina, sa_afastamento],
    "financeiro": [fi_da, fi_duimp, fi_ogmo_folha, fi_remessa, fi_demurrage, fi_radar_cap, fi_frete_tac],
}

ENCODED = re.compile(r"=[0-9A-F]{2}|%[0-9A-F]{2}|&#\d+;|&[a-z]+;")
CPF_LIKE = re.compile(r"(?<![\d.])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\d])")


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        assert lab in LABELS, (record["id"], lab)
        digits = re.sub(r"\D", "", v) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS") else ""
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
            assert not re.search(r"[0-9]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
    # hard negatives: every unlabelled CPF-shaped number must fail the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in CPF_LIKE.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], "unlabelled valid CPF", m.group(1))


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
    folded |= {fold(w).lower() for nick in NICK.values() for w in re.findall(r"[\w'-]+", nick)}
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
    with (HERE / OUT_NAME).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print(OUT_NAME.split(".")[0], len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
