"""Build the eighty-seventh labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_eightyseventh_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 8787,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: app-based delivery couriers (entregadores de
aplicativo: motoboys, bike couriers, the operators and unions around them), as the platforms,
restaurants, customers, hospitals, insurers, lawyers, accountants and unions write about them.
Six invented platforms (Pedix, LevaAí, Rotta, Vapt Entregas, Motofly, Zupi).
- atendimento: an in-app support chat about an order marked undelivered and a missing tip
  (virtual assistant + human agent; speakers tagged by name or by role), a back-office sign-up
  record with documents, vehicle, MEI, payout account and background check (dotted key: value
  layout), a restaurant's e-mail complaining about a courier and the partner desk's answer, a
  customer's public complaint on a complaints site with the customer data block the company
  sees, a deactivation-appeal form written in lower case with typos and the analyst's internal
  opinion (sessions and IPs), a risk-engine JSON-lines extract pasted in a JIRA ticket about
  account sharing, the WhatsApp export of a couriers' association group (accident, collection
  for a colleague, stolen motorcycle, data for membership cards).
- juridico: the opening of a labour suit claiming an employment relationship, the minutes of
  the hearing (testimony of a courier and a restaurant manager), an OCR-ish scan of a power of
  attorney plus declaration of poverty with a notary stamp, a union's roster of members joining
  a collective action (ruled table: +---+, pipes or plain columns), an LGPD access request and
  the DPO's JSON answer, an internal fraud-investigation report on fake deliveries through
  linked accounts (shared Pix key, device and IP), a settlement agreement with payment data.
- saude: an emergency-room record after a motorcycle crash, an OCR-ish SAMU pre-hospital sheet
  in capitals, a court expert's medical report, a union-issued CAT with the medical
  certificate, physiotherapy evolution notes, a FHIR-like JSON bundle (Patient, Encounter,
  Practitioner) sent to the insurer, a personal-accident insurance claim (expenses table,
  reimbursement account, e-mails).
- financeiro: a weekly earnings statement (daily table, payout by TED or Pix, referral bonuses,
  alimony deduction), a CSV payout batch (account or Pix key per row), an accountant's e-mail
  with the MEI certificate (CCMEI) data and the DAS, a card chargeback case about an undelivered
  order, a motorcycle rental contract with guarantor and recurring card, a payout webhook
  payload and worker logs in an incident ticket, an annual income report forwarded to the
  accountant with his answer.

Conventions (the twentieth set's; the new decisions are marked *): PERSON covers the name only,
never "Sr.", "Dr.", "dra", "dona", "seu"; particles inside a name are part of it; "SURNAME,
Given" is one span; nicknames (Chico, Tião, Zezé, Naldo) and first names alone, also in lower
case, are persons; FHIR "family" and "given" fields are one span each. Staff named in the text
(support agents, analysts, doctors, nurses, physiotherapists, experts, judges, lawyers, clerks,
accountants, incident commanders) are persons; logins (@jhuang), system accounts and *bot names
(the virtual assistants Bia, Lia, Duda, Rafa, Zeca) are not, nor *speaker tags by role
("Entregador", "Parceiro", "Suporte", "Agente"). *WhatsApp senders shown as a phone number are
PHONE_NUMBER. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (parceiros@,
privacidade@, dpo@, sinistros@, controladoria@) are not labelled. ADDRESS is street type + name
+ number + complement, in any case (also "r coronel bezerril 1517 casa 9"); bairro, city and UF
stay outside, CEP is BR_CEP; a company's address (a platform's seat, a rental company, a union's
office) is not labelled. *Accident sites (a crossing, a roundabout, a highway km, the
"Marginal") carry no house number and are not ADDRESS; streets named after people used as
places ("o ponto de apoio da Barão de Mauá", "blitz na Prudente de Morais") are not labelled.
*An MEI's business address is the holder's home and is ADDRESS; an MEI's nome empresarial is
the CNPJ root followed by the holder's name: the name is PERSON, the root is not labelled.
Identifiers are labelled whoever holds them: CNPJs of platforms, restaurants and rental firms
are BR_CNPJ (numeric and 2026 alphanumeric). Agency and account are separate BANK_ACCOUNT spans
(also JSON "branch"/"account" fields and CSV columns); bank codes and names are not.
DATE_OF_BIRTH only for birth dates (also a dependant's); admission, accident, cycle, validity
and filing dates are not. PROFESSIONAL_ID includes the council acronym and UF or region:
CRM, OAB, COREN, *CREFITO ("CREFITO-3 123456-F") and *CRC ("CRC-SE 699608/O-9"). PIX_KEY only
for random (UUID, "EVP") keys; Pix keys that are a CPF, e-mail or phone take those labels.
LICENSE_PLATE in the old (ABC-1234, ABC1234) and Mercosul (ABC1D23) forms, also lower case in
chats. Masked CPFs (***.456.789-**) and cards ("final 4821", "**** **** **** 5986") are not
labelled. OCR-damaged names and addresses in scans are labelled as they stand (identifiers in
scans are kept clean).

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Kethellyn, Wellisson, Jadielson, Thawan, Gleiciane; Italian, German, Japanese/Okinawan,
Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese, Bolivian, Venezuelan, indigenous,
Jewish, Polish), at least a quarter of the name words rare or invented (main() prints the
share); names that are also words (Rosa, Vitória, Flor, Luz, Aurora, Esperança, Graça, Celeste,
Bento, Prudente, Amado, Branco, Leão, Justo, Sereno) next to the same words used as words
("seria prudente", "tela em branco", "conta de luz", "luz verde", "o leão não perdoa") and in
places, streets, hospitals and companies (Presidente Prudente, Bento Gonçalves, Rua Aurora
Boreal, Hospital São Bento, Açaí Aurora, Prudente Seguros, Moto Aluguel Bento Ltda), which
are not persons. Forms: full, ALL CAPS with and without accents, lower case, first name alone,
nicknames, OCR-damaged capitals.

Hard negatives (never labelled): CNJ process numbers, 11-digit order and protocol numbers and
RENAVAM numbers that fail the CPF check, chassis numbers, courier ids, device ids, payout and
end-to-end ids, ticket keys shaped like plates (INC-5415), police report (B.O.) numbers,
insurance policy and claim numbers, CNES codes, DAS barcode digits, ICD-10 codes (S82.2,
V29.9), money, hours, laws (Lei 13.709/2018, Lei 12.009/2009, Lei 7.115/1983), CNAE codes,
dates that are not birth dates, 0800 numbers, company names containing surnames or name-words
(Pizzaria Bertolazzi, Esfiharia Hallal, Gadelha Logística ME, Tabosa & Filhos Log, Espíndola &
Santos Advogados).
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
SEED = 8787
OUT = "eightyseventh.jsonl"

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
MONTHS_AB = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]

# --------------------------------------------------------------------------- name pools
# RARE_* and the foreign pools marked rare hold uncommon, regional or coined names;
# main() prints their share of PERSON name words.

PT_F = ["Ana Paula", "Juliana", "Patrícia", "Fernanda", "Camila", "Aline", "Larissa", "Gabriela", "Tatiane",
        "Simone", "Adriana", "Cristiane", "Roberta", "Priscila", "Beatriz", "Manuela", "Sabrina", "Letícia",
        "Natália", "Isabela", "Maria José", "Maria Eduarda", "Francisca", "Antônia", "Luciana", "Elaine",
        "Viviane", "Raquel", "Mariana", "Sandra", "Joana", "Débora"]
RARE_F = ["Gleiciane", "Eudóxia", "Rosilda", "Jucileide", "Marinalva", "Edineia", "Valdirene", "Cleonice",
          "Dheyse", "Kethellyn", "Yasmym", "Thayná", "Wanderléia", "Adenilde", "Zenaide", "Orlandina",
          "Maricélia", "Genilda", "Ivaneide", "Socorrinha", "Lucivânia", "Eurides", "Hozana", "Quitéria",
          "Nailde", "Jaciara", "Kailane", "Myrella", "Sthefany", "Evanilde", "Rosiclei", "Deusdete",
          "Irisneide", "Tauane"]
PT_M = ["João Pedro", "Lucas", "Gabriel", "Matheus", "Rafael", "Bruno", "Thiago", "Diego", "Rodrigo",
        "Anderson", "Leandro", "Fábio", "Ricardo", "Eduardo", "Gustavo", "Vinícius", "Márcio", "Roberto",
        "Antônio", "Francisco", "José Carlos", "João Victor", "Miguel", "Arthur", "Guilherme", "Daniel",
        "Henrique", "Luan", "Douglas", "Everton", "Jefferson", "Robson", "Alex"]
RARE_M = ["Adeildo", "Gildásio", "Josenildo", "Cledson", "Wellisson", "Rivaldo", "Jadielson", "Ueliton",
          "Erivelto", "Deusimar", "Cosme", "Damião", "Edivan", "Genésio", "Ozório", "Raniere", "Tailson",
          "Kauê", "Ryan Kaik", "Wesclei", "Jhonatan", "Maykon", "Welder", "Natanael", "Valdomiro",
          "Aristides", "Sebastião", "Hildebrando", "Epaminondas", "Juscelino", "Adailton", "Ednaldo",
          "Deyvid", "Thawan", "Kleberson", "Iranildo", "Zenildo"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Pereira", "Almeida", "Costa", "Rodrigues",
          "Gomes", "Ribeiro", "Carvalho", "Araújo", "Barbosa", "Rocha", "Dias", "Monteiro", "Mendes", "Batista",
          "Moreira", "Cunha", "Fernandes", "Soares", "Vieira", "Nascimento", "Freitas", "Cardoso", "Pinheiro",
          "Conceição", "Brito", "Farias", "Miranda", "Lopes", "Xavier"]
RARE_SUR = ["Sucupira", "Arruda Câmara", "Tabosa", "Quirino", "Guedelha", "Bezerril", "Catunda", "Paiva Lins",
            "Marinho Bastos", "Jatobá", "Mourão", "Cajazeira", "Bandeirante", "Serrão", "Lustosa", "Mangueira",
            "Carneiro Leão", "Espíndola", "Tenório", "Vasconcelos Brandão", "Gurgel", "Aguiar Ximenes",
            "Bacurau", "Coutinho Neves", "Feitosa", "Ibiapina", "Ponciano", "Rabelo", "Sampaio Dória",
            "Tavares Bastos", "Uchôa", "Valadão", "Wanderley", "Zaidan", "Mamede", "Canuto", "Barreto Lyra"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Esperança", "Graça", "Celeste"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Leão", "Justo", "Sereno"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Leão", "Amado", "Luz", "Vitória", "Aurora", "Flor",
            "Cordeiro", "Coelho", "Raposo", "Pombo", "Seixas", "Pedreira"]
NICK = {"Francisco": "Chico", "José Carlos": "Zé Carlos", "Antônio": "Toninho", "Sebastião": "Tião",
        "Ednaldo": "Naldo", "Josenildo": "Nildo", "Cosme": "Cosminho", "Maria José": "Zezé", "Francisca": "Chica",
        "Socorrinha": "Socorro", "Gildásio": "Gil", "Valdomiro": "Miro", "Adeildo": "Deda", "Epaminondas": "Mina",
        "Raniere": "Rani", "João Pedro": "JP", "Hildebrando": "Brándio", "Ana Paula": "Paulinha",
        "Jhonatan": "Jhon", "Maykon": "Mayk", "Roberto": "Betão", "Douglas": "Doug", "Kauê": "Kaká",
        "Deusimar": "Deusi", "Luciana": "Lu", "Quitéria": "Teca"}
FOREIGN = {  # (female given, male given, surnames, rare?)
    "it": (["Giovanna", "Rafaella", "Ornella"], ["Giuseppe", "Enrico", "Nicola"],
           ["Bertolazzi", "Zanotto", "Pasqualini", "De Marchi", "Lunardelli", "Tomasoni"], False),
    "de": (["Hildegard", "Ingrid", "Frieda"], ["Günther", "Reinaldo", "Egon"],
           ["Wendhausen", "Kretschmer", "Schmitt", "Boettcher", "Hering", "Zimmermann"], False),
    "jp": (["Mayumi", "Keiko", "Akemi"], ["Yukio", "Massao", "Tadashi"],
           ["Higa", "Nakamura", "Shimabukuro", "Kaneshiro", "Uehara", "Fujimoto"], False),
    "ar": (["Samira", "Jamile", "Rania"], ["Jamil", "Habib", "Salim"],
           ["Hallal", "Chamoun", "Saad", "Bittar", "Jabur", "Karam"], False),
    "kr": (["Soo-ah", "Eun-hye"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Han", "Seo"], True),
    "cn": (["Meiling", "Yan"], ["Wei", "Jun"], ["Zhang", "Liu", "Huang", "Xu"], True),
    "ht": (["Nadège", "Wideline", "Micheline"], ["Jean-Robert", "Wisler", "Fritznel"],
           ["Pierre-Louis", "Jean-Baptiste", "Desir", "Charles", "Saintil", "Alexis"], True),
    "ao": (["Isabel Nzinga", "Marcelina"], ["Kalunga", "Adão Mbemba"], ["Ngola", "Kapinga", "Muondo", "Mbala"], True),
    "sn": (["Mariama", "Awa", "Ndeye"], ["Abdoulaye", "Modou", "Babacar"], ["Diallo", "Seck", "Mbaye", "Faye"], True),
    "bo": (["Guadalupe", "Rosmery", "Maribel"], ["Édgar", "Wilber", "Freddy"],
           ["Mamani", "Choque", "Condori", "Quispe", "Huanca"], True),
    "ve": (["Yoselin", "Mariángel", "Daniela"], ["Yonaiker", "Jesús Alberto", "Luisángel"],
           ["Rondón", "Guanipa", "Briceño", "Carrasquel", "Urdaneta"], True),
    "in": (["Potira", "Yara", "Moema"], ["Raoni", "Ubiratã", "Kuarup"], ["Terena", "Pataxó", "Guajajara", "Baniwa"], True),
    "jw": (["Sara", "Ester", "Miriam"], ["Moisés", "Jacó", "Davi"], ["Szajnbok", "Feldman", "Rozenbaum", "Goldfarb"], True),
    "pl": (["Jadwiga", "Halina"], ["Kazimierz", "Stanisław"], ["Wisniewski", "Kowalczyk", "Dembinski"], True),
}
RARE: set[str] = set(RARE_F + RARE_M + RARE_SUR)
for _k, (_f, _m, _s, _r) in FOREIGN.items():
    if _r:
        RARE.update(_f + _m + _s)

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Conceição", "Cunha", "Rocha", "Mata"}
DO_SUR = {"Nascimento", "Carmo", "Prado"}
DOS_SUR = {"Santos", "Anjos", "Reis"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "11", "11", "12", "13", "15", "16", "19", "21", "21", "22", "24", "27", "31", "31", "34", "35",
        "41", "43", "44", "47", "48", "51", "54", "61", "62", "63", "65", "67", "68", "71", "73", "77", "79",
        "81", "82", "83", "84", "85", "86", "87", "91", "92", "95", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Viela",
                "Rodovia", "Largo", "Passagem", "Vila"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Rosa e Silva", "Bento Gonçalves", "Dona Flor Amado",
                "das Orquídeas", "Sargento Genésio Tabosa", "Doutor Arnaldo", "Marechal Deodoro", "Tiradentes",
                "Padre Cícero", "Irmã Dulce", "Maria Quitéria", "Aurora Boreal", "Leão Coroado", "Luz do Sol",
                "José Bonifácio", "Vereador Adeildo Sucupira", "Professora Eurides Catunda", "Sete de Setembro",
                "Castro Alves", "Chico Mendes", "da Esperança", "dos Motoboys", "do Comércio", "Antônio Raposo",
                "Getúlio Vargas", "Costa e Silva", "Anita Garibaldi", "Zumbi dos Palmares", "Nossa Senhora da Penha",
                "Brigadeiro Faria Lima", "Rebouças", "Joaquim Nabuco", "Coronel Bezerril", "Santo Amaro"]
CITIES = [("São Paulo", "SP"), ("São Paulo", "SP"), ("Guarulhos", "SP"), ("Osasco", "SP"), ("Campinas", "SP"),
          ("Santo André", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Duque de Caxias", "RJ"),
          ("Belo Horizonte", "MG"), ("Contagem", "MG"), ("Uberlândia", "MG"), ("Curitiba", "PR"), ("Londrina", "PR"),
          ("Porto Alegre", "RS"), ("Caxias do Sul", "RS"), ("Bento Gonçalves", "RS"), ("Florianópolis", "SC"),
          ("Joinville", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Recife", "PE"),
          ("Jaboatão dos Guararapes", "PE"), ("Fortaleza", "CE"), ("Natal", "RN"), ("João Pessoa", "PB"),
          ("Maceió", "AL"), ("Aracaju", "SE"), ("Teresina", "PI"), ("São Luís", "MA"), ("Belém", "PA"),
          ("Manaus", "AM"), ("Boa Vista", "RR"), ("Goiânia", "GO"), ("Brasília", "DF"), ("Cuiabá", "MT"),
          ("Campo Grande", "MS"), ("Vitória", "ES"), ("Presidente Prudente", "SP"), ("Rio Branco", "AC")]
BAIRROS = ["Centro", "Vila Mariana", "Capão Redondo", "Jardim Ângela", "Brasilândia", "Cidade Tiradentes",
           "Boa Viagem", "Madureira", "Bangu", "Pinheiros", "Itaquera", "Savassi", "Barreiro", "Cajuru",
           "Restinga", "Pirambu", "Liberdade", "Jardim Aurora", "Vila Esperança", "Parque São Rafael",
           "Cohab II", "Vila Rosa", "Nova Brasília", "Jardim Leão"]
CIDS = ["S82.2", "S42.0", "S52.5", "S83.5", "S62.6", "S06.0", "S72.0", "S92.3", "T14.1", "S00.8", "S43.4",
        "S80.0", "S93.4", "M54.5", "M75.1", "F43.1", "S32.0", "S22.3", "T07", "S61.0", "V29.9", "V23.4",
        "V28.4", "Y04", "S50.1", "S30.0"]
PLATFORMS = ["Pedix", "LevaAí", "Rotta", "Vapt Entregas", "Motofly", "Zupi"]
PLATFORM_CO = {"Pedix": "Pedix Tecnologia e Intermediação Ltda", "LevaAí": "LevaAí Serviços Digitais S.A.",
               "Rotta": "Rotta Logística Urbana Ltda", "Vapt Entregas": "Vapt Plataformas de Entrega Ltda",
               "Motofly": "Motofly Brasil Intermediação de Negócios Ltda", "Zupi": "Zupi Delivery Tecnologia S.A."}
PLATFORM_DOM = {"Pedix": "pedix.com.br", "LevaAí": "levaai.app", "Rotta": "rotta.com.br",
                "Vapt Entregas": "vaptentregas.com.br", "Motofly": "motofly.com", "Zupi": "zupi.delivery"}
RESTAURANTS = ["Pizzaria Bertolazzi", "Yamashiro Sushi Bar", "Esfiharia Hallal", "Hamburgueria Prudente",
               "Padaria Flor do Trigo", "Marmitaria da Vó Rosa", "Espetinho do Bento", "Açaí Aurora",
               "Cantina Zanotto", "Restaurante Sabor do Sertão", "Pastelaria Liu", "Lanchonete Leão Dourado",
               "Churrascaria Gaúcha Wendhausen", "Tapiocaria Luz do Nordeste", "Poke Nakamura", "Bar do Justo"]
OLS = ["Gadelha Logística ME", "Expresso Catunda Entregas Ltda", "Moto Rápida Sucupira EIRELI", "Tabosa & Filhos Log"]
INSURERS = ["Vitória Seguros S.A.", "Seguradora Aurora Vida", "Prudente Seguros", "Amparo Mútuo Seguros"]
HOSPITALS = ["Hospital Municipal Dr. Adeildo Catunda", "Hospital Estadual Leão XIII", "Pronto-Socorro Santa Luzia",
             "Hospital das Clínicas", "UPA 24h Vila Esperança", "Hospital São Bento", "Santa Casa de Misericórdia",
             "Hospital Geral Rosa Amado"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("336", "C6 Bank"), ("290", "PagSeguro"), ("323", "Mercado Pago")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL"]
MOTOS = ["Honda CG 160 Fan", "Honda CG 160 Titan", "Yamaha Factor 150", "Honda Biz 125", "Honda Pop 110i",
         "Yamaha Fazer 250", "Honda NXR 160 Bros", "Shineray Jet 50", "Yamaha Crosser 150", "Haojue DK 150"]
WORD_USES = ["seria prudente esperar a perícia", "a tela do app ficou em branco", "a conta de luz venceu",
             "caiu a luz no bairro todo", "deu luz verde pro repasse", "uma vitória pequena mas importante",
             "está tudo cor-de-rosa no painel", "o leão já mordeu a restituição", "bento de frango (marmita japonesa)",
             "é um amado cliente da casa", "entrega na Barão de Mauá sempre atrasa", "o ponto de apoio da Prudente de Morais",
             "ficou em branco o campo de placa", "a aurora pegou a gente no corredor", "a flor da idade, dizem"]


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
    def capsacc(self) -> str:
        return self.full.upper()

    @property
    def low(self) -> str:
        return fold(self.full).lower()

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
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "capsacc": p.capsacc, "low": p.low,
            "plain": fold(p.full), "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first,
            "last": p.last, "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
            "lowshort": fold(p.short).lower(), "lownick": fold(p.nick).lower()}[form]


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
        if r < 0.48:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.45 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.68 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.09:
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
            if not female and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur, _ = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn"):
                given = self.pick(PT_F + RARE_F if female else PT_M + RARE_M)
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.4 and origin not in ("kr", "cn"):
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
        l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.ri(70, 99)}", f"{f}motoboy{self.d(2)}", f"{f}{l[:4]}",
                          f"{f}.entregas", f"{f[0]}.{l}", f"{f}{l}{self.ri(1985, 2006)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "icloud.com", "live.com", "uol.com.br"])
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
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***.***.{n[6:9]}-**"])

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.25) if alnum is None else alnum
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001"])
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

    def cep(self, dash: bool | None = None) -> str:
        n = str(self.ri(1, 9)) + self.d(7)
        dash = self.chance(0.8) if dash is None else dash
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.ri(6, 9)) + self.d(7)) if mobile else (str(self.ri(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "local": f"{h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"**** **** **** {self.d(4)}", f"final {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}",
                          f"XXXX-XXXX-XXXX-{self.d(4)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None, dash: bool = True) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.35) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if dash and self.chance(0.8) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.25) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.8) if dv is None else dv
        body = str(self.ri(1, 9)) + self.d(self.ri(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def bank(self) -> tuple[str, str]:
        return self.pick(BANKS)

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def ipv6(self) -> str:
        return f"2804:{self.hexs(4).lstrip('0') or '0'}:{self.hexs(4).lstrip('0') or '0'}::{self.hexs(3)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos",
                          f"casa {self.pick('AB')}", f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}", "térreo",
                          f"kitnet {self.ri(1, 12)}"])
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
        if self.chance(0.35) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1962, hi: int = 2006) -> str:
        dd, mm, yy = self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def date_pair(self, fmt: str = "br") -> tuple[str, str]:
        a = (self.ri(2023, 2025), self.ri(1, 12), self.ri(1, 28))
        b = (self.ri(2023, 2025), self.ri(1, 12), self.ri(1, 28))
        a, b = sorted([a, b])
        return fmt_date(a[2], a[1], a[0], fmt), fmt_date(b[2], b[1], b[0], fmt)

    def hm(self) -> str:
        return f"{self.ri(6, 23):02d}:{self.ri(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}"

    def times(self, n: int, lo: int = 7 * 3600, hi: int = 23 * 3600 + 3000) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: float = 5, hi: float = 5000) -> str:
        v = self.ri(int(lo * 100), int(hi * 100))
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["5.02", "5.01", "5.03", "5.04", "5.15", "5.06", "5.05", "5.09", "5.10", "5.11"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2022, 2026)}.{seg}.{self.d(4)}"

    def order(self) -> str:
        return self.pick([f"#{self.d(4)}", f"#{self.d(6)}", f"PD-{self.d(8)}", f"{self.d(4)}-{self.hexs(4).upper()}",
                          self.neg(11), f"#{self.hexs(6).upper()}", f"{self.d(12)}"])

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", f"SUP-{self.d(7)}", f"ATD{self.d(10)}"])

    def courier_id(self) -> str:
        return self.pick([f"ENT-{self.d(6)}", f"drv_{self.hexs(10)}", f"{self.d(7)}", f"MB{self.d(5)}",
                          f"courier/{self.hexs(8)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}",
                              f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.ri(10000, 399999)}-F", f"CREFITO {uf} {n}-F"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} {dotted}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "ab": f"{dd:02d}/{MONTHS_AB[mm - 1]}/{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("n", "ri"), ("o", "ó"), ("a", "á")]


def ocr(s: str, g: Gen, rate: float = 0.3) -> str:
    """One or two letter confusions of a scan (names and words only; identifiers stay clean)."""
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


def L(s: str, label: str | None) -> tuple:
    return (s, label)


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """A table with rulers: `+----+` grid, `|` pipes with a dashed rule, or a plain fixed-width one."""
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
        doc.t(" " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + "\n")
        doc.t("-" + "-+-".join("-" * w for w in widths) + "-\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                doc.t(" " if k == 0 else " | ")
                doc.cell(v, w, lab)
            doc.t("\n")
    else:  # fixed-width without rulers, two spaces between columns
        doc.t("  ".join(c.upper().ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
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


def opt_id(g: Gen, p: float, choices: list[tuple[str, str, str]], after: str) -> dict:
    """Placeholders xa/xb/xc for an optional identifier: prefix text, the labelled value, suffix text."""
    if not g.chance(p):
        return {"xa": "", "xb": "", "xc": ""}
    pre, value, label = g.pick(choices)
    return {"xa": pre, "xb": (value, label), "xc": after}


def brl(g: Gen, lo: float = 5, hi: float = 3000) -> str:
    return "R$ " + g.money(lo, hi)


# =========================================================================== atendimento

def at_chat(g: Gen) -> Doc:
    """In-app support chat of a courier about a lost order and a tip that was not credited."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    c, ag, cu = g.person(female=g.chance(0.15)), g.person(), g.person()
    bot = g.pick(["Bia", "Lia", "Duda", "Rafa", "Zeca"])
    ts = g.times(12, 19 * 3600, 23 * 3600 + 3000)
    plate = g.plate()
    doc.f(plat + " · Central do Entregador — transcrição do chat «p»\nCanal: app (Android «v») · fila: Pedido/Gorjeta · "
          "entregador «id» · atendente humano: «ag»\n" + "=" * 62 + "\n",
          p=g.protocol(), v=f"{g.ri(10, 15)}", id=g.courier_id(), ag=P(ag.full))
    doc.f("[«t»] {bot} (assistente virtual): Oi! Eu sou {bot}, a assistente do {plat}. Sobre o que você quer falar?\n"
          .replace("{bot}", bot).replace("{plat}", plat), t=ts[0])
    roles = g.chance(0.75)  # many transcripts tag the speakers by role, not by name
    CT = V(g.pick(["Entregador", "Parceiro", "Você"])) if roles else P(c.first)
    AT = V(g.pick(["Suporte", "Agente", "Atendimento"])) if roles else P(ag.first)
    doc.f("[«t»] «c»: pedido sumiu e a gorjeta nao caiu\n", t=ts[1], c=P(name_form(g, c, ["first", "lowfirst", "nick", "short"])))
    doc.f("[«t»] {bot} (assistente virtual): Vou te transferir para um atendente. Tempo estimado: «m» min.\n".replace("{bot}", bot),
          t=ts[2], m=g.ri(3, 25))
    order = g.order()
    doc.f("[«t»] «ag»: Boa noite, «c»! Aqui é «ag2». Pra confirmar sua identidade: me passa os 3 primeiros dígitos do seu CPF "
          "e a placa cadastrada?\n", t=ts[3], ag=AT, c=P(c.first), ag2=P(ag.first))
    cpf = g.cpf_digits()
    if g.chance(0.5):
        doc.f("[«t»] «c»: {a} e a placa «pl»\n".replace("{a}", cpf[:3]), t=ts[4], c=CT, pl=(plate, "LICENSE_PLATE"))
    else:
        doc.f("[«t»] «c»: meu cpf todo é «cpf» pode ver ai, placa «pl»\n", t=ts[4], c=CT,
              cpf=(g.pick([fmt_cpf(cpf), cpf]), "BR_CPF"), pl=(plate.lower() if g.chance(0.3) else plate, "LICENSE_PLATE"))
    doc.f("[«t»] «c»: o pedido «o» eu entreguei sim, {o} cliente «cu» desceu e pegou na portaria da «ad», "
          "tenho até a foto. agora o app fala que nao foi entregue e me tirou «v» do repasse\n".replace("{o}", cu.o),
          t=ts[5], c=CT, o=order, cu=P(name_form(g, cu, ["full", "first", "short"])) if g.chance(0.6) else V("mesmo"), ad=(g.address(g.pick(["text", "low"])), "ADDRESS"),
          v=brl(g, 8, 95))
    doc.f("[«t»] «ag»: Entendi. Localizei aqui o pedido «o» do «rest», valor «v». O cliente abriu contestação às «h» dizendo que "
          "não recebeu. Vou anexar sua foto de comprovação.\n", t=ts[6], ag=AT, o=order, rest=g.pick(RESTAURANTS),
          v=brl(g, 25, 260), h=g.hm())
    if g.chance(0.5):
        doc.f("[«t»] «c»: e meu email de cadastro é «em» se precisar mandar o protocolo\n", t=ts[6], c=CT, em=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("[«t»] «c»: e a gorjeta de «gj» que ele deu? nao apareceu no extrato da semana\n", t=ts[7], c=CT, gj=brl(g, 2, 20))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("[«t»] «c»: se for devolver manda no meu pix «px» que é chave aleatoria\n", t=ts[8], c=CT, px=(g.uuid(), "PIX_KEY"))
    elif k == 1:
        doc.f("[«t»] «c»: pode mandar pro meu pix que é o email «em»\n", t=ts[8], c=CT, em=(g.email(c), "EMAIL_ADDRESS"))
    else:
        doc.f("[«t»] «c»: meu pix é o celular «ph»\n", t=ts[8], c=CT, ph=(g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"))
    doc.f("[«t»] «ag»: Gorjetas entram no ciclo seguinte (segunda a domingo) e o repasse cai na conta cadastrada, não via chat, tá? "
          "Abri o protocolo «pr» para o financeiro revisar o estorno de «v». Prazo: até 5 dias úteis.\n",
          t=ts[9], ag=AT, pr=g.protocol(), v=brl(g, 8, 95))
    doc.f("[«t»] «c»: blz. {w}\n".replace("{w}", g.pick(["valeu", "obg", "ta bom ne fazer oq", "vlw mano", "espero q resolva"])),
          t=ts[10], c=CT)
    doc.f("[«t»] Sistema: atendimento encerrado por «ag» · CSAT solicitado\n", t=ts[11], ag=P(ag.short))
    return doc


def at_cadastro(g: Gen) -> Doc:
    """Back-office view of a courier's sign-up: documents, vehicle, MEI, payout data and background check."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    c = g.person()
    bike = g.chance(0.3)
    city, uf = g.city()
    an = g.person()
    caps = g.chance(0.4)
    doc.f("{plat} :: Onboarding de Parceiros :: ficha «id»\nStatus: «st»    Analista: «an»    Atualizado: «d» «h»\n"
          .replace("{plat}", plat), id=g.courier_id(), st=g.pick(["EM ANÁLISE", "PENDENTE DOCUMENTO", "APROVADO", "REPROVADO - ANTECEDENTES"]),
          an=P(an.full), d=g.date("br"), h=g.hm())
    doc.t("-" * 64 + "\n")
    rows: list[tuple[str, tuple]] = [
        ("Nome completo", P(c.caps if caps else c.full)),
        ("CPF", (g.cpf(), "BR_CPF")),
        ("RG / órgão", (g.rg(), "BR_RG")),
        ("Data de nascimento", (g.dob(g.pick(["br", "br", "iso"]), 1970, 2006), "DATE_OF_BIRTH")),
    ]
    if g.chance(0.3):
        mae = g.relative(c, True)
        rows.append(("Nome da mãe", P(mae.caps if caps else mae.full)))
    if not bike:
        rows.append(("CNH (nº registro)", (g.cnh(), "BR_CNH")))
        rows.append(("CNH categoria / validade", V(f"{g.pick(['A', 'AB', 'A', 'AC'])} / {g.date('br', g.ri(2026, 2034))}")))
    rows += [
        ("E-mail", (g.email(c), "EMAIL_ADDRESS")),
        ("Celular (WhatsApp)", (g.phone(), "PHONE_NUMBER")),
        ("Endereço", (g.address("caps" if caps else "text"), "ADDRESS")),
        ("Bairro / cidade", V(f"{g.pick(BAIRROS)} — {city}/{uf}")),
        ("CEP", (g.cep(), "BR_CEP")),
    ]
    if bike:
        rows.append(("Modal", V(g.pick(["Bicicleta própria", "Bike elétrica alugada (Tembici)", "Patinete"]))))
    else:
        rows.append(("Modal / veículo", V(f"Moto — {g.pick(MOTOS)} {g.ri(2009, 2025)}")))
        rows.append(("Placa", (g.plate(), "LICENSE_PLATE")))
        rows.append(("RENAVAM", V(g.neg(11))))
    if g.chance(0.7):
        rows.append(("MEI (CNPJ)", (g.cnpj(), "BR_CNPJ")))
        rows.append(("CNAE principal", V("5320-2/02 Serviços de entrega rápida")))
    code, bname = g.bank()
    rows.append(("Banco p/ repasse", V(f"{code} - {bname}")))
    rows.append(("Agência", (g.agency(), "BANK_ACCOUNT")))
    rows.append(("Conta", (g.account(), "BANK_ACCOUNT")))
    if g.chance(0.5):
        rows.append(("Chave Pix (aleatória)", (g.uuid(), "PIX_KEY")))
    e = g.relative(c)
    rows.append(("Contato de emergência", None))
    w = max(len(k) for k, _ in rows) + 2
    for k, v in rows:
        if v is None:
            doc.t(f"{k} ".ljust(w, ".") + ": ")
            doc.e(name_form(g, e, ["full", "first", "short"]), "PERSON")
            doc.t(f" ({g.pick(['mãe', 'esposa', 'irmão', 'pai', 'companheira', 'tia'])}) ")
            doc.e(g.phone(), "PHONE_NUMBER")
            doc.t("\n")
            continue
        doc.t(f"{k} ".ljust(w, ".") + ": ")
        doc.e(v[0], v[1])
        doc.t("\n")
    doc.t("-" * 64 + "\n")
    doc.f("Cadastro enviado do IP «ip» (app «v») em «d»\n", ip=(g.ip(), "IP_ADDRESS"), v=f"{g.ri(5, 7)}.{g.ri(0, 40)}.{g.ri(0, 9)}",
          d=g.date("br"))
    doc.f("Verificação facial: «fs» (score «sc») · Antecedentes criminais (TJ{uf}/PF): «ac» · consulta feita por «an» em «d»\n"
          .replace("{uf}", uf), fs=g.pick(["OK", "DIVERGENTE", "OK"]), sc=f"0.{g.d(3)}", ac=g.pick(["nada consta", "nada consta", "pendente certidão"]),
          an=P(an.first), d=g.date("br"))
    doc.f("Obs: «o»\n", o=g.pick(["foto da CNH cortada, pedi reenvio pelo app", "selfie com capacete, reprovar e orientar",
                                  "comprovante de endereço em nome de terceiro (conta de luz da mãe) — aceito",
                                  "CRLV vencido, aguardando licenciamento 2025", "tudo ok, liberar para a praça " + city]))
    return doc


def at_restaurante(g: Gen) -> Doc:
    """E-mail from a restaurant to the platform's partner desk complaining about a courier, and the reply."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    rest = g.pick(RESTAURANTS)
    m, c, an, cu = g.person(), g.person(female=False), g.person(), g.person(female=True)
    dom = PLATFORM_DOM[plat]
    doc.f("De: «m» <«me»>\nPara: parceiros@{dom}\nCc: «m2»\nData: «d» «h»\nX-Originating-IP: [«ip»]\nAssunto: RES: entregador {w} pedidos de ontem - «rest»\n\n"
          .replace("{dom}", dom).replace("{w}", g.pick(["grosseiro", "sumiu com", "abriu a embalagem dos", "atrasou"])),
          m=P(m.full), me=(g.email(m), "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"), m2=(g.email(g.person()), "EMAIL_ADDRESS"), d=g.date("br"), h=g.hm(), rest=rest)
    o1, o2 = g.order(), g.order()
    doc.f("Boa tarde,\n\nMe chamo «m», sou «r» do «rest» (CNPJ «cn»). Ontem por volta das «h» o entregador «c», moto «pl», "
          "retirou os pedidos «o1» e «o2» e «x».\n", m=P(m.first), r=g.pick(["gerente", "sócia" if m.female else "sócio", "dona" if m.female else "dono", "responsável pelo delivery"]),
          rest=rest, cn=(g.cnpj(), "BR_CNPJ"), h=g.hm(), c=P(name_form(g, c, ["full", "short", "first", "caps"])),
          pl=(g.plate(), "LICENSE_PLATE"), o1=o1, o2=o2,
          x=g.pick(["o cliente ligou dizendo que o lacre veio rasgado", "discutiu com a atendente no balcão por causa da demora",
                    "só entregou um deles, o outro aparece como entregue sem ter chegado", "ficou 40 min parado na esquina com a bag aberta"]))
    doc.f("A cliente do «o2», «cu», mora na «ad» e nos mandou áudio reclamando (tel dela «tel»). Tivemos que refazer o pedido, "
          "prejuízo de «v».\nNão quero mais esse rapaz coletando aqui. {w}\n\nAtt.\n«m»\n«rest» · «tr»\n\n"
          .replace("{w}", g.pick(["Já é a terceira vez.", "Seria prudente vocês olharem as câmeras.", "Temos as imagens da câmera."])),
          o2=o2, cu=P(name_form(g, cu, ["full", "first"])), ad=(g.address(), "ADDRESS"), tel=(g.phone(), "PHONE_NUMBER"),
          v=brl(g, 30, 240), m=P(m.short), rest=rest, tr="loja " + g.d(6))
    doc.f("----- Resposta -----\nOlá, «m»! Aqui é «an», do time de Qualidade de Parceiros do {plat}.\n"
          "Registramos a ocorrência «pr» vinculada ao cadastro do entregador (ID «cid») e aplicamos bloqueio preventivo para coleta no "
          "seu estabelecimento. O reembolso de «v» entra no próximo repasse da loja. Qualquer dúvida: «ae».\n"
          "Qualidade de Parceiros\n".replace("{plat}", plat),
          m=P(m.first), an=P(an.full), pr=g.protocol(), cid=g.courier_id(), v=brl(g, 30, 240),
          ae=(corp_mail(an, dom), "EMAIL_ADDRESS"))
    return doc


def at_cliente(g: Gen) -> Doc:
    """A customer's public complaint about a courier on a complaints site, with the company's answer."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    cu, c, an = g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("ReclameJá › {plat} › «tit»\n«city» - «uf» · ID: «id» · «d» às «h»\nStatus: «st»\n\n"
          .replace("{plat}", plat), tit=g.pick(["Entregador foi grosso e levou meu troco", "Pedido marcado como entregue e não recebi",
                                               "Motoboy exigiu pix por fora", "Entregador comeu parte do meu pedido"]),
          city=city, uf=uf, id=g.d(9), d=g.date("br"), h=g.hm(), st=g.pick(["Respondida", "Não respondida", "Resolvido"]))
    low = g.chance(0.4)
    cname = name_form(g, c, ["first", "first", "full", "lowfirst"])
    doc.f(("fiz" if low else "Fiz") + " o pedido «o» pelo app no cartão «mc» e " + ("a entregadora" if c.female else "o entregador")
          + " «c» (placa «pl») chegou aqui na «ad» "
          "e «x». liguei pro numero dele «tel» e nada. ".replace("dele", "dela" if c.female else "dele"), o=g.order(), mc=g.masked_card(), c=P(cname),
          pl=(g.plate(), "LICENSE_PLATE"), ad=(g.address("low" if low else "text"), "ADDRESS"), tel=(g.phone(), "PHONE_NUMBER"),
          x=g.pick(["disse que não tinha troco pra 50 e foi embora", "pediu um pix de 10 reais 'pela gasolina'",
                    "me entregou a sacola aberta", "marcou como entregue sem subir"]))
    doc.f("{w} quero meu dinheiro de volta, «v». «n», «cpf»\n\n".replace("{w}", g.pick(["Um absurdo.", "Nunca mais.", "Pessimo!!"])),
          v=brl(g, 30, 300), n=P(cu.full if not low else cu.low), cpf=(g.cpf(), "BR_CPF") if g.chance(0.5) else V("CPF no cadastro"))
    if g.chance(0.7):
        doc.f("[Dados do consumidor — visíveis apenas para a empresa]\nNome: «n» · CPF: «cpf» · Tel: «tel» · E-mail: «em» · IP: «ip»\n\n", ip=(g.ip(), "IP_ADDRESS"),
              n=P(cu.full), cpf=(g.cpf(), "BR_CPF"), tel=(g.phone(), "PHONE_NUMBER"), em=(g.email(cu), "EMAIL_ADDRESS"))
    doc.f("Resposta da empresa («d»):\nOlá, «cf»! Sentimos muito. O parceiro de entrega foi orientado e o valor de «v» foi estornado no "
          "cartão final «f». Para acompanhar, responda o e-mail enviado para «em». — «an», Time de Relacionamento {plat}\n"
          .replace("{plat}", plat), d=g.date("br"), cf=P(cu.first), v=brl(g, 30, 300), f=g.d(4),
          em=(g.email(cu), "EMAIL_ADDRESS"), an=P(g.pick([an.first, an.short])))
    if g.chance(0.6):
        doc.f("\nConsideração final do consumidor: «w». Nota «n»/10.\n",
              w=g.pick(["resolveram mas demorou", "o dinheiro voltou, vitória depois de 3 semanas",
                        "seria prudente treinar melhor esse pessoal", "o estorno caiu, nota baixa pelo atendimento"]), n=g.ri(0, 8))
    return doc


def at_desativacao(g: Gen) -> Doc:
    """A deactivation appeal form filled by the courier (lower case, typos) and the analyst's decision."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    c, an, other = g.person(female=g.chance(0.15)), g.person(), g.person()
    dom = PLATFORM_DOM[plat]
    motivo = g.pick(["compartilhamento de conta", "taxa de cancelamento acima do limite", "suspeita de fraude em entregas",
                     "divergência na verificação facial", "denúncia de cliente"])
    doc.f("Formulário: Revisão de desativação de conta — {plat}\nEnviado em «d» «h» · IP de envio «ip» · protocolo «pr»\n\n"
          .replace("{plat}", plat), d=g.date("br"), h=g.hm(), ip=(g.ip(), "IP_ADDRESS"), pr=g.protocol())
    doc.f("1. Nome completo: «n»\n2. CPF: «cpf»\n3. E-mail cadastrado: «em»\n4. Telefone: «tel»\n5. Cidade de atuação: «ci»\n"
          "6. Placa do veículo (se moto): «pl»\n7. Motivo informado pela plataforma: «m»\n8. Explique o que aconteceu:\n",
          pl=(g.plate(), "LICENSE_PLATE") if g.chance(0.75) else V("vou de bike"),
          n=P(g.pick([c.low, c.full, c.caps])), cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), em=(g.email(c), "EMAIL_ADDRESS"),
          tel=(g.phone(), "PHONE_NUMBER"), ci=g.city()[0], m=motivo)
    k = g.ri(0, 2)
    if k == 0:
        doc.f("   boa tarde trabalho a {a} anos no app nunca tive problema. nesse dia minha moto «pl» tava na oficina do «o» e eu fiz as "
              "entrega de bike emprestada, por isso o gps ficou estranho. nao passei minha conta pra ninguem. tenho filha pequena "
              "preciso trabalhar pfv revejam\n".replace("{a}", str(g.ri(2, 6))),
              pl=(g.plate(), "LICENSE_PLATE"), o=P(g.pick([other.nick, other.first])))
    elif k == 1:
        doc.f("   " + ("a minha prima" if other.female else "o meu primo") + " «o» usou meu celular uma vez pq o dele quebrou mas foi so pra ver o app, nao fez entrega. ja troquei a "
              "senha. o cadastro " + ("dela" if other.female else "dele") + " é outro, cpf «cpf2». peço que reativem\n",
              o=P(g.pick([other.full, other.first])), cpf2=(g.cpf(), "BR_CPF"))
    else:
        doc.f("   recebi msg que fui desativad" + c.o + " por denuncia mas " + ("a" if other.female else "o") + " cliente «o» da «ad» que me xingou, tenho o audio. "
              "meu numero é o mesmo «tel» podem ligar\n",
              o=P(g.pick([other.first, other.full])), ad=(g.address("low"), "ADDRESS"), tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("9. Anexos: «f1», «f2»\n\n", f1=f"IMG-{g.date('compact')}-WA{g.d(4)}.jpg", f2=g.pick(["print_extrato.png", "audio_cliente.opus", "bo_online.pdf"]))
    doc.f("--- parecer interno (não visível ao entregador) ---\nAnalista: «an» («ae») · Decisão: «dec»\n",
          an=P(an.full), ae=(corp_mail(an, dom), "EMAIL_ADDRESS"), dec=g.pick(["MANTER DESATIVAÇÃO", "REATIVAR", "REATIVAR COM ADVERTÊNCIA"]))
    ips = [g.ip() for _ in range(g.ri(2, 3))]
    doc.t("Sessões nos 7 dias anteriores:")
    for ip in ips:
        doc.f(" «ip» («dv», «h»);", ip=(ip, "IP_ADDRESS"), dv=g.pick(["Moto G54", "Galaxy A15", "Redmi 13C", "iPhone 11", "Galaxy A05s"]), h=g.hm())
    doc.f("\nDevice id: «dv» · Score de risco: «sc» · {w}\n".replace("{w}", g.pick([
        "dois aparelhos simultâneos em bairros distantes, padrão de conta compartilhada",
        "sem evidência de terceiros; cancelamentos concentrados num restaurante só", "selfie reenviada confere com a CNH",
        "histórico limpo, a tela em branco na verificação foi bug da versão"])), dv=g.hexs(16), sc=f"0.{g.d(2)}")
    return doc


def at_logs(g: Gen) -> Doc:
    """JSON-lines extract of the risk engine's login and payout events, pasted in a fraud-support ticket."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    a, b, an = g.person(), g.person(), g.person()
    doc.f("JIRA RISK-«n» · possível compartilhamento de conta · reporter: «r» · assignee: «as»\n"
          "Extrato do motor de risco (kibana, índice courier-events-*), ordenado por ts:\n```\n",
          n=g.d(4), r=P(an.full), **{"as": P(g.person().short)})
    ts0 = g.date("iso")
    cida = g.courier_id()
    times = g.times(6, 8 * 3600, 23 * 3600)
    pix = g.uuid()
    for i, t in enumerate(times):
        who = a if i % 3 != 2 else b
        ev = g.pick(["login", "login", "selfie_check", "delivery_done", "payout_request"])
        doc.f('{"ts":"«ts»T«t»:«s»-03:00","event":"«ev»","courier_id":"«cid»",', ts=ts0, t=t, s=f"{g.ri(0, 59):02d}", ev=ev, cid=cida)
        if ev in ("login", "payout_request") and g.chance(0.5):
            doc.f('"name":"«nm»",', nm=P(jstr(a.full if i % 2 == 0 else a.caps)))
        doc.f('"ip":"«ip»","device":"«dv»","app":"«v»"', ip=(g.ip(), "IP_ADDRESS"), dv=g.hexs(12), v=f"{g.ri(5, 7)}.{g.ri(0, 40)}.{g.ri(0, 9)}")
        if ev == "payout_request":
            doc.f(',"pix_key":"«px»","amount":«am»', px=(pix, "PIX_KEY"), am=f"{g.ri(80, 1400)}.{g.d(2)}")
        if ev == "selfie_check":
            doc.f(',"face_match":«fm»', fm=f"0.{g.d(2)}")
        doc.t("}\n")
    doc.f("```\nNota («an»): os eventos das «t» saíram de outro aparelho e o face_match caiu. Pelo cadastro vinculado ao mesmo "
          "device, a conta estaria sendo usada por «b» (CPF «cpf», tel «tel»), que teve o próprio cadastro reprovado em «d». "
          "O pedido «o» foi finalizado a «km» km do ponto de entrega.\n",
          an=P(an.first), t=times[2], b=P(b.full), cpf=(g.cpf(), "BR_CPF"), tel=(g.phone(), "PHONE_NUMBER"), d=g.date("br"),
          o=g.order(), km=g.ri(2, 14))
    doc.f("Titular da conta: «a», nasc. «dob», CNH «cnh». Recomendo bloqueio cautelar e chamar para revalidação presencial no "
          "ponto de apoio da «pt».\n", a=P(a.full), dob=(g.dob(), "DATE_OF_BIRTH"), cnh=(g.cnh(), "BR_CNH"),
          pt=g.pick(["Barão de Mauá", "Rebouças", "Prudente de Morais", "Sete de Setembro"]))
    return doc


def at_grupo(g: Gen) -> Doc:
    """Export of the WhatsApp group of a couriers' association (chat .txt)."""
    doc = Doc()
    assoc = g.pick(["AMAE - Assoc. Motoboys e Entregadores", "Entregadores Unidos Zona Leste", "Bike Entregas Coletivo",
                    "SindiMoto Regional - Base", "Associação dos Entregadores de App do Vale"])
    members = [g.person(female=g.chance(0.2)) for _ in range(5)]
    dt = g.date("short")
    ts = g.times(13, 6 * 3600, 23 * 3600)
    ts.insert(12, ts[11])
    doc.f("Conversa do WhatsApp com «a»\n\n", a=assoc)

    shown = [(g.phone("plus"), "PHONE_NUMBER") if g.chance(0.55) else P(g.pick([p.nick, p.first, p.short, p.full]))
             for p in members]

    def sender(i: int) -> tuple:
        return shown[i]

    def line(k: int, i: int, msg: str, **vals) -> None:
        doc.f("[«d» «t»] «s»: " + msg + "\n", d=dt, t=ts[k], s=sender(i), **vals)

    line(0, 0, "bom dia guerreiros 🏍️ reunião da associação sábado 9h no ponto da «pt»", pt=g.pick(["Barão de Mauá", "praça do Bento", "Rosa e Silva"]))
    hurt = members[3]
    line(1, 1, "alguém sabe do «h»? tomou uma fechada ontem na «r» e foi pro «hos»",
         h=P(g.pick([hurt.nick, hurt.first])), r=g.pick(["marginal", "Av. Brasil", "BR-116", "descida da Rebouças"]), hos=g.pick(HOSPITALS))
    line(2, 2, "tô aqui com ele, quebrou a clavícula. a moto dele «pl» ficou no pátio", pl=(g.plate(), "LICENSE_PLATE"))
    line(3, 0, "vamos fazer vaquinha. pix do irmão dele «ir»: «px»", ir=P(g.relative(hurt, False).full), px=(g.uuid(), "PIX_KEY"))
    line(4, 4, "mandei 20. «w»", w=g.pick(["força irmão", "ninguém solta a mão de ninguém", "Deus é fiel"]))
    line(5, 1, "pra quem for no hospital ele tá no leito «l». o telefone da esposa «es» é «tel»",
         l=g.ri(2, 40), es=P(g.pick([g.relative(hurt, True).full, g.person(True).first])), tel=(g.phone(), "PHONE_NUMBER"))
    line(6, 2, "<Mídia oculta>")
    line(7, 0, "adm aqui: quem ainda não mandou os dados pra carteirinha da associação manda no privado, precisa do CPF e data de nascimento")
    nw = g.person()
    line(8, 4, "«n» «cpf» nasc «dob» 🙏", n=P(nw.low if g.chance(0.5) else nw.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"))
    line(9, 0, "@«m» isso é no PRIVADO kkkkk apaga aí", m=(g.phone("plain"), "PHONE_NUMBER"))
    line(10, 4, "cuidado hj na «rua», blitz pegando quem tá com licenciamento atrasado",
         rua=g.pick(["Prudente de Morais", "Av. Bento Gonçalves", "Getúlio Vargas", "Barão de Mauá"]))
    line(11, 1, "o app tá pagando 6,50 a corrida curta, uma vergonha. {w}".replace("{w}", g.pick([
        "conta de luz subiu e a taxa nada", "seria prudente a gente parar 1 dia", "a gasolina tá 6,29"])))
    adv = g.person()
    line(11, 3, "galera, a moto «pl» foi roubada ontem na saída do {r}, se virem avisem no «tel»".replace("{r}", g.pick(RESTAURANTS)),
         pl=(g.plate(), "LICENSE_PLATE"), tel=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"))
    line(12, 2, ("a advogada da associação, dra" if adv.female else "o advogado da associação, dr") + " «adv», vai atender quarta. «oab»",
         adv=P(adv.short), oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    return doc


# =========================================================================== juridico

def civil(p: Person, g: Gen) -> str:
    return g.pick(["solteir" + p.o, "casad" + p.o, "divorciad" + p.o, "em união estável"])


def ju_peticao(g: Gen) -> Doc:
    """Opening of a labour suit claiming an employment relationship with a delivery platform."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    c = g.person(female=g.chance(0.15))
    adv, adv2 = g.person(), g.person()
    city, uf = g.city()
    vara = g.ri(1, 89)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DA «v»ª VARA DO TRABALHO DE «ci» – {uf}\n\n"
          .replace("{uf}", uf), v=vara, ci=fold(city).upper())
    doc.f("Distribuição por dependência ao processo nº «cnj»? Não.\n\n", cnj=g.cnj())
    nat = g.pick(["brasileir" + c.o, "brasileir" + c.o, "venezuelan" + c.o, "haitian" + c.o, "angolan" + c.o])
    doc.f("«n», «nat», «ec», entregador, portador do RG nº «rg» SSP/{uf} e inscrito no CPF sob o nº «cpf», PIS «pis», «xa»«xb»«xc»"
          "CTPS digital, nascido em «dob», residente e domiciliado na «ad», «ba», «ci»/{uf}, CEP «cep», e-mail «em», "
          "telefone «tel», vem, por seus advogados que esta subscrevem (procuração anexa), propor\n\n"
          .replace("{uf}", uf).replace("nascido", "nascid" + c.o),
          n=P(c.caps), nat=nat, ec=civil(c, g), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"),
          **opt_id(g, 0.6, [("CNH nº ", g.cnh(), "BR_CNH"), ("título de eleitor ", g.titulo(), "BR_TITULO_ELEITOR")], ", "),
          dob=(g.dob(g.pick(["br", "long"]), 1975, 2004), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), ba=g.pick(BAIRROS),
          ci=city, cep=(g.cep(), "BR_CEP"), em=(g.email(c), "EMAIL_ADDRESS"), tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("RECLAMAÇÃO TRABALHISTA pelo rito ordinário\n\nem face de «co», pessoa jurídica de direito privado, inscrita no CNPJ sob o nº "
          "«cn», com sede na Avenida Brigadeiro Faria Lima, «num», «andar», São Paulo/SP, pelos fatos e "
          "fundamentos a seguir.\n\n", co=PLATFORM_CO[plat].upper(), cn=(g.cnpj(alnum=False), "BR_CNPJ"), num=g.ri(1000, 4500),
          andar=f"{g.ri(3, 22)}º andar")
    doc.f("I – DOS FATOS\n\n1. O Reclamante prestou serviços de entrega à Reclamada, com exclusividade de fato, de «d1» a «d2», "
          "utilizando motocicleta própria placa «pl», em jornada média de «j» horas diárias, seis dias por semana.\n"
          "2. Era remunerado por entrega (média semanal de «ms»), com repasses na conta «ag»/«cc» do Banco «b», e sujeito a "
          "bloqueios unilaterais, ranking e metas de aceitação, o que evidencia subordinação algorítmica.\n"
          "3. Em «d3» foi desativado sem aviso, sob a alegação genérica de «mot», conforme protocolo «pr».\n"
          "4. A testemunha «t1» (também entregador) e «t2», gerente do {rest}, presenciaram a rotina descrita.\n\n"
          .replace("{rest}", g.pick(RESTAURANTS)),
          d1=g.date("br", g.ri(2019, 2022)), d2=g.date("br", g.ri(2023, 2025)), pl=(g.plate(), "LICENSE_PLATE"), j=g.ri(9, 13),
          ms=brl(g, 600, 1900), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), b=g.bank()[1],
          d3=g.date("br"), mot=g.pick(["uso indevido", "violação dos termos", "fraude"]), pr=g.protocol(),
          t1=P(g.person(female=False).full), t2=P(g.person().full))
    doc.f("II – DO DIREITO\n\nInvoca-se o art. 3º da CLT, a Lei 12.009/2009 (motofrete), a Lei 13.709/2018 quanto aos dados "
          "de geolocalização e o Tema 1291 do STF. Valor da causa: «vc».\n\n", vc=brl(g, 40000, 250000))
    doc.f("Termos em que pede deferimento.\n«ci», «d».\n\n«a1»\n«o1»\n\n«a2»\n«o2»\n",
          ci=city, d=g.date("long"), a1=P(adv.caps if g.chance(0.5) else adv.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          a2=P(adv2.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_ata(g: Gen) -> Doc:
    """Minutes of a labour-court hearing with testimony of couriers and a restaurant manager."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    c = g.person(female=g.chance(0.15))
    juiz, adv_r, adv_p, prep = g.person(), g.person(), g.person(), g.person()
    t1, t2 = g.person(female=False), g.person()
    city, uf = g.city()
    doc.f("PODER JUDICIÁRIO\nJUSTIÇA DO TRABALHO\nTRIBUNAL REGIONAL DO TRABALHO DA «r»ª REGIÃO\n\nATA DE AUDIÊNCIA — PROCESSO: ATOrd «cnj»\n"
          "RECLAMANTE: «c»\nRECLAMADO: «co»\n\n", r=g.ri(1, 24), cnj=g.cnj(), c=P(c.caps), co=PLATFORM_CO[plat].upper())
    doc.f("Em «d», às «h», na sala de audiências da «v»ª Vara do Trabalho de «ci», sob a presidência d{a} Exm{a}. Juiz{z} «j», "
          "foram apregoados os litigantes.\n".replace("{a}", juiz.o).replace("{z}", "a" if juiz.female else ""),
          d=g.date("long"), h=g.hm(), v=g.ri(1, 80), ci=city, j=P(juiz.full))
    doc.f("Presente o reclamante, acompanhado d{x} advogad{x} «ap», «oap».\nPresente a reclamada, representada pel{y} preposto{q} «pp», "
          "CPF «ppc», acompanhad{y} d{w} advogad{w} «ar», «oar».\n\n"
          .replace("{x}", adv_p.o).replace("{y}", prep.o).replace("preposto{q}", "preposta" if prep.female else "preposto").replace("{w}", adv_r.o),
          ap=P(adv_p.full), oap=(g.council("OAB", uf), "PROFESSIONAL_ID"), pp=P(prep.full), ppc=(g.cpf(), "BR_CPF"),
          ar=P(adv_r.full), oar=(g.council("OAB", g.pick(["SP", uf])), "PROFESSIONAL_ID"))
    doc.f("Conciliação recusada. A reclamada juntou relatório de entregas do período e extrato de repasses do reclamante "
          "(conta «cc», agência «ag»).\n\n", cc=(g.account(), "BANK_ACCOUNT"), ag=(g.agency(), "BANK_ACCOUNT"))
    named_sup = g.chance(0.5)
    doc.f("Depoimento pessoal do reclamante: \"que trabalhava das «h1» às «h2»; que o app mandava mensagem quando ficava "
          "offline; que o supervisor da OL" + (", «sup», " if named_sup else " ") + "cobrava pelo WhatsApp «st»; que a moto «pl» é dele\".\n\n",
          h1=g.hm(), h2=g.hm(), sup=P(g.pick([g.person(female=False).first, g.person(female=False).nick])) if named_sup else V(""), st=(g.phone(), "PHONE_NUMBER"),
          pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("Primeira testemunha do reclamante: «t1», «nat», entregador, RG «rg», CPF «cpf», residente na «ad», «ci». "
          "Advertido e compromissado. Disse \"que conhece o reclamante do ponto de apoio da «pt»; que «tn» fazia o mesmo "
          "horário; que o bloqueio vinha sem explicação\".\n\n",
          t1=P(t1.full), nat=g.pick(["brasileiro", "solteiro", "casado"]), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), ci=city,
          pt=g.pick(["Barão de Mauá", "Rosa e Silva", "Prudente de Morais", "praça Irmã Dulce"]), tn=P(c.first))
    doc.f("Segunda testemunha (reclamada): «t2», CPF «cpf», gerente de loja parceira, residente na «ad». "
          "Disse \"que os entregadores escolhem as corridas; que não sabe dizer se o reclamante era bloqueado\".\n\n",
          t2=P(t2.full), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"))
    doc.f("Encerrada a instrução. Razões finais remissivas. Julgamento em «d». Cientes as partes.\n\n«j»\nJuiz{z} do Trabalho\n"
          .replace("{z}", "a" if juiz.female else ""), d=g.date("br"), j=P(juiz.caps))
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """OCR of a scanned power of attorney and declaration of poverty signed at a couriers' union."""
    doc = Doc()
    c = g.person(female=g.chance(0.2))
    advs = [g.person() for _ in range(g.ri(2, 3))]
    city, uf = g.city()
    doc.f("PROCURAÇÃO «ad» JUDICIA ET EXTRA\n\n", ad=g.pick(["AD", "AD", "A D"]))
    doc.f("OUTORGANTE: «n», «ec», motofretista, RG «rg» «o», CPF «cpf», tit. eleitor «te», residente à «ad» - «ci»/{uf} CEP «cep», "
          "tel. «tel», e-mail «em».\n\n".replace("{uf}", uf), em=(g.email(c), "EMAIL_ADDRESS"),
          n=P(ocr(c.caps, g)), ec=civil(c, g), rg=(g.rg(), "BR_RG"), o=g.pick(["SSP/" + uf, "SESP", "DETRAN/" + uf]), cpf=(g.cpf(), "BR_CPF"),
          te=(g.titulo(), "BR_TITULO_ELEITOR"), ad=(ocr(g.address("caps"), g, 0.15), "ADDRESS"), ci=city.upper(), cep=(g.cep(), "BR_CEP"),
          tel=(g.phone(), "PHONE_NUMBER"))
    doc.t("OUTORGADOS: ")
    for i, a in enumerate(advs):
        doc.f("«a», «o»" + (", " if i < len(advs) - 1 else ", "), a=P(ocr(a.caps, g, 0.15)), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("advogados integrantes do Departamento Jurídico do «s», com endereço profissional na «sa».\n\n",
          s=g.pick(["SINDIMOTO-" + uf, "Sindicato dos Mensageiros, Motociclistas e Ciclistas de " + city, "SINTRAPP-" + uf]),
          sa=f"Rua {g.pick(STREET_NAMES)}, {g.ri(10, 999)}, {g.ri(1, 12)}º andar")
    doc.f("PODERES: os da cláusula ad judicia, e especialmente para propor reclamação trabalhista em face de «co» e/ou "
          "«ol», transigir, firmar acordos, receber e dar quitação, inclusive levantar alvarás.\n\n",
          co=PLATFORM_CO[g.pick(PLATFORMS)], ol=g.pick(OLS))
    doc.f("«ci», «d».\n\n_______________________________\n«n»\n\n", ci=city, d=g.date(g.pick(["long", "br"])), n=P(ocr(c.full, g)))
    doc.f("DECLARAÇÃO DE HIPOSSUFICIÊNCIA\n\nEu, «n», CPF «cpf», nascid{o} em «dob}, declaro, sob as penas da lei (art. 99 do CPC "
          "e Lei 7.115/1983), não possuir condições de arcar com as custas do processo sem prejuízo do sustento próprio e de "
          "minha família, composta por «k» pessoas. Renda média: «r» por semana, conforme extratos do app.\n"
          .replace("{o}", c.o).replace("«dob}", "«dob»"),
          n=P(c.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(), "DATE_OF_BIRTH"), k=g.ri(2, 6), r=brl(g, 250, 1200))
    if g.chance(0.6):
        doc.f("\n[carimbo] RECONHEÇO POR SEMELHANÇA a firma de «n». «ci», «d». Escrevente: «e»\n",
              n=P(c.caps), ci=city.upper(), d=g.date("br"), e=P(ocr(g.person().full, g)))
    return doc


def ju_sindicato(g: Gen) -> Doc:
    """A union's membership roster (ruled table) attached to a collective action, with a note from the board."""
    doc = Doc()
    city, uf = g.city()
    sind = g.pick([f"SINDIMOTO-{uf}", f"Sindicato dos Motoboys de {city}", f"Associação dos Entregadores por App de {city}"])
    pres, sec = g.person(), g.person()
    doc.f("«s» — relação de filiados que aderiram à ação coletiva (anexo III)\nref.: ACC «cnj» · emitido em «d» por «sec»\n\n",
          s=sind, cnj=g.cnj(), d=g.date("br"), sec=P(sec.full))
    rows, people = [], []
    for i in range(g.ri(4, 6)):
        p = g.person(female=g.chance(0.2))
        people.append(p)
        bike = g.chance(0.2)
        rows.append([V(f"{i + 1:02d}"), P(p.caps if g.chance(0.6) else p.full), (g.cpf(), "BR_CPF"),
                     (g.dob("br"), "DATE_OF_BIRTH"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
                     (g.email(p), "EMAIL_ADDRESS") if g.chance(0.75) else V("-"),
                     V("bike") if bike else (g.plate(), "LICENSE_PLATE"), V(g.pick(PLATFORMS)),
                     V(g.pick(["em dia", "em dia", "atrasada", "isento"]))])
    table_ruled(doc, ["nº", "nome", "cpf", "nascimento", "celular", "e-mail", "placa", "app principal", "mensalidade"], rows,
                g.pick(["plus", "pipe", "plain"]))
    doc.f("\nTotal: «n» filiados. Mensalidade «m» (desconto em folha não se aplica — pagamento por boleto ou pix do sindicato).\n",
          n=len(rows), m=brl(g, 15, 45))
    k = g.pick([1, len(rows) - 1])
    doc.f("Obs. da secretaria: " + ("a filiada" if people[k].female else "o filiado") + " «x» pediu exclusão da lista em «d» (mensagem no WhatsApp da sede). "
          "Conferir com «p» antes de protocolar.\n\n«p2»\nPresident{e} — «s»\n".replace("{e}", "a" if pres.female else "e"),
          x=P(rows[k][1][0]), d=g.date("br"), p=P(pres.first), p2=P(pres.full), s=sind)
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """A courier's LGPD access request (art. 18) and the platform's DPO answer with the data held."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    dom = PLATFORM_DOM[plat]
    c = g.person(female=g.chance(0.2))
    dpo = g.person()
    doc.f("De: «n» <«em»>\nPara: privacidade@{dom}\nAssunto: pedido de acesso aos meus dados (LGPD art. 18)\n\n"
          "Prezados, com base na Lei 13.709/2018 solicito cópia de todos os dados pessoais que vocês têm sobre mim, inclusive "
          "geolocalização, notas e o motivo do meu bloqueio. Sou «n2», CPF «cpf», cadastrado com o celular «tel».\n"
          "Meu advogado é o dr. «adv» («oab»).\n\n".replace("{dom}", dom).replace("cadastrado", "cadastrad" + c.o),
          n=P(c.full), em=(g.email(c), "EMAIL_ADDRESS"), n2=P(c.full if g.chance(0.5) else c.short), cpf=(g.cpf(), "BR_CPF"),
          tel=(g.phone(), "PHONE_NUMBER"), adv=P(g.person(female=False).full), oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    doc.f("---\nDe: Encarregado de Dados — {plat} <dpo@{dom}>\nData: «d»\n\nOlá, «n». Seguem os dados tratados, em formato "
          "estruturado (art. 19, II):\n\n".replace("{plat}", plat).replace("{dom}", dom), d=g.date("br"), n=P(c.first))
    bike = g.chance(0.25)
    fields = [("nome", P(jstr(c.full))), ("cpf", (g.cpf("raw"), "BR_CPF")), ("rg", (g.rg("raw"), "BR_RG")), ("data_nascimento", (g.dob("iso"), "DATE_OF_BIRTH")),
              ("email", (g.email(c), "EMAIL_ADDRESS")), ("telefone", (g.phone("e164"), "PHONE_NUMBER")),
              ("endereco", (jstr(g.address()), "ADDRESS")), ("cep", (g.cep(False), "BR_CEP"))]
    if not bike:
        fields += [("cnh", (g.cnh(), "BR_CNH")), ("placa", (g.plate(dash=False), "LICENSE_PLATE"))]
    fields += [("modal", V("bike" if bike else "moto")), ("cadastro_em", V(g.date("iso", g.ri(2020, 2023)))),
               ("conta_repasse", None), ("ultimos_ips", None), ("status", V("DESATIVADO")),
               ("motivo", V(g.pick(["multiplos_dispositivos", "cancelamentos", "denuncia_cliente", "doc_divergente"]))),
               ("nota_media", V(f"4.{g.d(2)}"))]
    doc.t("{\n")
    for k, (name, v) in enumerate(fields):
        doc.t(f'  "{name}": ')
        if name == "conta_repasse":
            code, _ = g.bank()
            doc.f('{"banco": "«b»", "agencia": "«ag»", "conta": "«cc»", "pix": «px»}', b=code, ag=(g.agency(False), "BANK_ACCOUNT"),
                  cc=(g.account(), "BANK_ACCOUNT"), px="null")
        elif name == "ultimos_ips":
            doc.t("[")
            for j in range(g.ri(2, 3)):
                doc.f('«q»"«ip»"', q=", " if j else "", ip=(g.ip(), "IP_ADDRESS"))
            doc.t("]")
        else:
            doc.t('"')
            doc.e(v[0], v[1])
            doc.t('"')
        doc.t(",\n" if k < len(fields) - 1 else "\n")
    doc.t("}\n\n")
    doc.f("Dados de geolocalização ficam retidos por 6 meses (Marco Civil, Lei 12.965/2014) e podem ser fornecidos mediante ordem "
          "judicial. Atenciosamente,\n«dpo»\nEncarregad{o} pelo Tratamento de Dados Pessoais\n".replace("{o}", dpo.o), dpo=P(dpo.full))
    return doc


def ju_fraude(g: Gen) -> Doc:
    """Internal fraud-investigation report on fake deliveries through linked courier accounts."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    inv, rev = g.person(), g.person()
    city, uf = g.city()
    doc.f("CONFIDENCIAL — Relatório de Investigação «n»/«y»\n{plat} · Prevenção a Fraudes · Praça: «ci»/{uf}\n"
          "Investigador(a): «inv» · Revisão jurídica: «rev» («oab»)\n\n".replace("{plat}", plat).replace("{uf}", uf),
          n=g.d(3), y=g.ri(2024, 2026), ci=city, inv=P(inv.full), rev=P(rev.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    dp = g.date_pair()
    doc.f("1. Resumo\nEntre «d1» e «d2» identificamos «k» pedidos marcados como entregues sem deslocamento compatível (GPS parado) "
          "em lojas do mesmo bairro, com prejuízo estimado de «v» em reembolsos a clientes.\n\n2. Contas vinculadas\n",
          d1=dp[0], d2=dp[1], k=g.ri(18, 240), v=brl(g, 2000, 40000))
    rows = []
    pix = g.uuid()
    shared_ip = g.ip()
    for i in range(g.ri(3, 5)):
        p = g.person(female=g.chance(0.15))
        rows.append([V(g.courier_id()), P(p.full if g.chance(0.6) else p.caps), (g.cpf(), "BR_CPF"),
                     (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"), (shared_ip if i % 2 == 0 else g.ip(), "IP_ADDRESS"),
                     (pix, "PIX_KEY") if i < 2 else (g.uuid(), "PIX_KEY"), V(str(g.ri(3, 80)))])
    table_ruled(doc, ["conta", "titular", "CPF", "celular", "IP mais frequente", "chave Pix de saque", "pedidos susp."], rows, g.pick(["plus", "pipe"]))
    doc.f("\n3. Achados\n- As contas «a» e «b» sacaram para a mesma chave aleatória «px», registrada no «bk» em nome de «t» "
          "(CPF «cpf»).\n- O mesmo aparelho («dv») autenticou «n» contas diferentes; IP residencial «ip» em comum.\n"
          "- O restaurante «rest» (CNPJ «cn») confirmou por e-mail que nenhum dos pedidos «o1», «o2» foi retirado.\n\n",
          a=rows[0][0][0], b=rows[1][0][0], px=(pix, "PIX_KEY"), bk=g.bank()[1], t=P(g.person().full), cpf=(g.cpf(), "BR_CPF"),
          dv=g.hexs(16), n=len(rows), ip=(shared_ip, "IP_ADDRESS"), rest=g.pick(RESTAURANTS), cn=(g.cnpj(), "BR_CNPJ"),
          o1=g.order(), o2=g.order())
    doc.f("4. Encaminhamento\nBloqueio definitivo das contas; notitia criminis (art. 171 CP) a ser apresentada na delegacia de «ci"
          "» — B.O. anterior nº «bo». Contato do titular principal para notificação: «tel», «ad».\n\n«inv»\n",
          ci=city, bo=f"{g.d(4)}/{g.ri(2024, 2026)}", tel=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), inv=P(inv.short))
    return doc


def ju_acordo(g: Gen) -> Doc:
    """Settlement agreement in a labour suit, with payment to the courier's account or Pix."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    c = g.person(female=g.chance(0.15))
    adv_c, adv_r = g.person(), g.person()
    city, uf = g.city()
    oac, oar = g.council("OAB", uf), g.council("OAB", "SP")
    doc.f("TERMO DE ACORDO\n\nProcesso nº «cnj»\n«v»ª Vara do Trabalho de «ci»\n\n", cnj=g.cnj(), v=g.ri(1, 60), ci=city)
    doc.f("«c», inscrit{o} no CPF «cpf», residente na «ad», doravante RECLAMANTE, e «co», CNPJ «cn», doravante RECLAMADA, por seus advogados "
          "«ac» («oac») e «ar» («oar»), celebram o presente acordo, nos seguintes termos:\n\n".replace("{o}", c.o),
          c=P(c.full), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), co=PLATFORM_CO[plat], cn=(g.cnpj(), "BR_CNPJ"),
          ac=P(adv_c.full), oac=(oac, "PROFESSIONAL_ID"), ar=P(adv_r.full), oar=(oar, "PROFESSIONAL_ID"))
    n = g.ri(1, 6)
    total = g.money(3000, 60000)
    doc.f("1. A RECLAMADA pagará ao RECLAMANTE a importância líquida de R$ «t», em «n» parcela(s), vencendo-se a primeira em «d», "
          "sem reconhecimento de vínculo empregatício.\n", t=total, n=n, d=g.date("br"))
    code, bname = g.bank()
    if g.chance(0.5):
        doc.f("2. Os pagamentos serão feitos na conta de titularidade do RECLAMANTE: Banco «bn» («bc»), agência «ag», conta "
              "corrente «cc».\n", bn=bname, bc=code, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("2. Os pagamentos serão feitos via Pix, chave aleatória «px», de titularidade do RECLAMANTE, valendo o comprovante "
              "como recibo.\n", px=(g.uuid(), "PIX_KEY"))
    doc.f("3. Honorários de «p»% em favor d{x} patron{y} do RECLAMANTE, a serem pagos diretamente ao escritório «esc», "
          "mediante nota fiscal.\n".replace("{x}", adv_c.o).replace("{y}", "a" if adv_c.female else "o"),
          p=g.pick([15, 20, 25, 30]), esc=g.pick([f"{adv_c.last} & {adv_r.last} Advogados", f"{adv_c.last} Advocacia"]))
    doc.f("4. Multa de «m»% sobre o saldo em caso de atraso. Cumprido o acordo, o RECLAMANTE dá plena quitação do objeto da "
          "inicial e do extinto contrato de intermediação (ID «id»), inclusive quanto à desativação ocorrida em «dd».\n"
          "5. As partes autorizam o tratamento dos dados deste termo para fins de cumprimento (Lei 13.709/2018).\n\n",
          m=g.pick([30, 50, 100]), id=g.courier_id(), dd=g.date("br"))
    doc.f("«ci», «d».\n\n«c»\n«ac» — «oac»\n«ar» — «oar»\n", ci=city, d=g.date("long"), c=P(c.caps),
          ac=P(adv_c.caps), oac=(oac, "PROFESSIONAL_ID"), ar=P(adv_r.caps), oar=(oar, "PROFESSIONAL_ID"))
    return doc


# =========================================================================== saude

def crossing(g: Gen) -> str:
    """An accident site: a crossing or a highway km, never a house number (not labelled)."""
    a, b = g.rng.sample(STREET_NAMES, 2)
    return g.pick([f"cruzamento da Av. {a} com a Rua {b}", f"Rodovia BR-{g.pick(['116', '101', '381', '040', '153'])}, km {g.ri(2, 480)}",
                   f"Marginal, sentido {g.pick(['centro', 'bairro', 'Castelo', 'Ayrton Senna'])}", f"rotatória da Av. {a}",
                   f"esquina da {a} com a {b}"])


def sa_ps(g: Gen) -> Doc:
    """Emergency-room record (ficha de atendimento) of a courier after a motorcycle crash."""
    doc = Doc()
    hosp = g.pick(HOSPITALS)
    pt = g.person(female=g.chance(0.15))
    med, enf = g.person(), g.person()
    city, uf = g.city()
    acomp = g.relative(pt)
    doc.f("«h»\nFICHA DE ATENDIMENTO — PRONTO-SOCORRO · BE nº «be»\nEntrada: «d» «t» · Classificação de risco: «cr» (Manchester)\n\n",
          h=hosp.upper(), be=g.neg(11) if g.chance(0.4) else g.d(8), d=g.date("br"), t=g.hm(),
          cr=g.pick(["AMARELO", "LARANJA", "VERMELHO", "VERDE"]))
    doc.f("Paciente: «n»    Sexo: «s»    Nasc.: «dob»\nCNS: «cns»    CPF: «cpf»\nMãe: «m»\nEndereço: «ad» — «ba» — «ci»/{uf}  CEP «cep»\n"
          "Telefone: «tel»    Acompanhante: «a» («par») «at»\n\n".replace("{uf}", uf),
          n=P(pt.caps), s="F" if pt.female else "M", dob=(g.dob("br"), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"),
          cpf=(g.cpf(), "BR_CPF") if g.chance(0.7) else V("não informado"), m=P(g.relative(pt, True).caps),
          ad=(g.address("caps"), "ADDRESS"), ba=g.pick(BAIRROS).upper(), ci=city.upper(), cep=(g.cep(), "BR_CEP"),
          tel=(g.phone(), "PHONE_NUMBER"), a=P(acomp.full), par=g.pick(["esposa", "irmão", "mãe", "colega de trabalho", "primo"]),
          at=(g.phone(), "PHONE_NUMBER"))
    doc.f("HDA: Pcte trazido pelo «sv», vítima de queda de moto durante entrega (app «ap»); local: «lc», há ~«hh» min. Colisão com "
          "«col». Moto «pl». Capacete: «cap». Nega perda de consciência. Refere dor em «dor».\n",
          sv=g.pick(["SAMU (USB 12)", "Corpo de Bombeiros", "colega (veículo próprio)", "SAMU (USA 03)"]), ap=g.pick(PLATFORMS),
          lc=crossing(g), hh=g.ri(20, 90), pl=(g.plate(), "LICENSE_PLATE"), col=g.pick(["automóvel (porta aberta)", "ônibus", "outra moto", "buraco na via"]),
          cap=g.pick(["sim", "sim", "sim, com viseira quebrada"]), dor=g.pick(["punho D", "perna E", "ombro D", "joelho E e tornozelo"]))
    doc.f("EF: PA «pa» mmHg, FC «fc» bpm, SatO2 «sat»%. Glasgow 15. Escoriações em MMSS. Deformidade em «def».\n"
          "RX: «rx».\nHD: «c1» + «c2» (causa externa «c3»)\nConduta: imobilização, analgesia (dipirona 1 g EV, tramadol 50 mg), "
          "avaliação da ortopedia, vacina antitetânica. «cd».\n\n",
          pa=f"{g.ri(10, 16)}0x{g.ri(6, 10)}0", fc=g.ri(70, 118), sat=g.ri(94, 99), def_=None, rx=g.pick(["fratura de rádio distal", "fratura de tíbia",
          "sem fraturas", "luxação acromioclavicular"]), c1=g.pick(CIDS[:12]), c2=g.pick(CIDS[12:20]), c3=g.pick(["V29.9", "V23.4", "V28.4"]),
          cd=g.pick(["Internação para cirurgia", "Alta com tala gessada e retorno no ambulatório", "Observação por 6 h"]),
          **{"def": g.pick(["antebraço D", "perna E", "clavícula D", "sem deformidades"])})
    doc.f("Médico: «md» — «crm»\nEnfermagem: «en» — «co»\n", md=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          en=P(g.pick([enf.full, enf.short])), co=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Obs. serviço social: pcte sem vínculo empregatício, orientado sobre seguro de acidentes pessoais do app e "
              "INSS como contribuinte individual (MEI «cn»). Contato: «as», assistente social.\n",
              cn=(g.cnpj(), "BR_CNPJ"), as_=None, **{"as": P(g.person(True).full)})
    return doc


def sa_samu(g: Gen) -> Doc:
    """OCR of a SAMU pre-hospital care sheet (ficha de atendimento pré-hospitalar)."""
    doc = Doc()
    v = g.person(female=g.chance(0.15))
    med, tec = g.person(), g.person()
    city, uf = g.city()
    doc.f("SAMU 192 — «ci»/{uf}   FICHA DE ATENDIMENTO PRÉ-HOSPITALAR   Nº OCORR. «oc»\n".replace("{uf}", uf),
          ci=ocr(city.upper(), g, 0.2), oc=g.d(7))
    ey = g.pick([2024, 2025, 2026])
    tt = g.times(3, 6 * 3600, 23 * 3600)
    doc.f("DATA «d»  CHAMADO «t1»  SAÍDA «t2»  CHEGADA LOCAL «t3»  VTR USA-{n}\n".replace("{n}", g.d(2)),
          d=g.date("br", ey), t1=tt[0], t2=tt[1], t3=tt[2])
    doc.f("LOCAL: «lc»\nSOLICITANTE: «so» TEL «st»\n", lc=ocr(crossing(g).upper(), g, 0.2),
          so=P(ocr(g.person().caps, g)) if g.chance(0.5) else V(g.pick(["TRANSEUNTE", "PM (190)", "PRÓPRIA VÍTIMA"])), st=(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"))
    by = g.ri(1967, 2005)
    doc.f("VÍTIMA: «n»   IDADE «id»   SEXO «s»   DN «dob»\nDOC: RG «rg»  CPF «cpf»«xa»«xb»«xc»\n",
          **opt_id(g, 0.5, [("  CNS ", g.cns(), "BR_CNS")], ""),
          n=P(ocr(v.caps, g)), id=ey - by - 1, s="F" if v.female else "M", dob=(fmt_date(g.ri(1, 28), g.ri(1, 12), by, "short"), "DATE_OF_BIRTH"),
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"))
    doc.f("NATUREZA: TRAUMA — ACIDENTE MOTO x «x»   MOTO PLACA «p1»   «x2» PLACA «p2»\n",
          x=g.pick(["CARRO", "CAMINHÃO", "MOTO", "ÔNIBUS"]), p1=(g.plate(), "LICENSE_PLATE"), x2=g.pick(["CARRO", "VEÍCULO"]),
          p2=(g.plate(), "LICENSE_PLATE"))
    doc.f("AVALIAÇÃO: A- via aérea pérvia  B- MV+ s/RA  C- PA «pa»  FC «fc»  D- GCS «gcs»  E- «e»\n",
          pa=f"{g.ri(9, 15)}x{g.ri(6, 9)}", fc=g.ri(60, 130), gcs=g.ri(11, 15),
          e=g.pick(["ESCORIAÇÕES MMII, DEFORMIDADE FÊMUR E", "FX EXPOSTA PERNA D", "DOR CERVICAL, COLAR APLICADO", "TCE LEVE"]))
    doc.f("PROCEDIMENTOS: COLAR CERVICAL, PRANCHA, AVP, SF 0,9% 500 ML\nDESTINO: «h»   RECEBIDO POR «rb»\n",
          h=ocr(g.pick(HOSPITALS).upper(), g, 0.2), rb=P(ocr(g.person().caps, g)))
    doc.f("PERTENCES: BAG TÉRMICA «ap», CELULAR, CARTEIRA C/ CNH «cnh» — ENTREGUES A «fam» («par») TEL «ft»\n",
          ap=g.pick(PLATFORMS).upper(), cnh=(g.cnh(), "BR_CNH"), fam=P(ocr(g.relative(v).caps, g)),
          par=g.pick(["IRMÃ", "ESPOSA", "PAI", "COLEGA"]), ft=(g.phone(), "PHONE_NUMBER"))
    doc.f("MÉDICO REGULADOR: «mr» «crm1»   MÉDICO INTERVENC.: «md» «crm2»   TÉC. ENF.: «te» «co»\n",
          mr=P(ocr(g.person().caps, g)), crm1=(g.council("CRM", uf), "PROFESSIONAL_ID"), md=P(ocr(med.caps, g)),
          crm2=(g.council("CRM", uf), "PROFESSIONAL_ID"), te=P(ocr(tec.caps, g)), co=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_laudo(g: Gen) -> Doc:
    """Court expert's medical report (laudo pericial) in a courier's labour suit."""
    doc = Doc()
    c = g.person(female=g.chance(0.15))
    perito = g.person()
    at_r, at_p = g.person(), g.person()
    city, uf = g.city()
    crm_pe = g.council("CRM", uf)
    doc.f("LAUDO MÉDICO PERICIAL\n\nProcesso: «cnj»\nReclamante: «c»\nReclamada: «co»\nPerito do Juízo: «pe», «crm» · «pem»\n\n",
          pem=(g.email(perito, g.pick(["gmail.com", "pericias.med.br", "uol.com.br"])), "EMAIL_ADDRESS"),
          cnj=g.cnj(), c=P(c.full), co=PLATFORM_CO[g.pick(PLATFORMS)], pe=P(perito.full), crm=(crm_pe, "PROFESSIONAL_ID"))
    doc.f("1. IDENTIFICAÇÃO\nNome: «c» · Data de nascimento: «dob» · CPF «cpf» · CNH «cnh» (cat. A) · Escolaridade: «esc» · "
          "Função declarada: entregador por aplicativo (motocicleta) desde «ds».\n"
          "Compareceu acompanhad{o} de «ac», portador{a} do RG «rg».\n\n"
          .replace("{o}", c.o).replace("{a}", ""),
          c=P(c.full if g.chance(0.5) else c.caps), dob=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"),
          cnh=(g.cnh(), "BR_CNH"), esc=g.pick(["médio completo", "fundamental incompleto", "superior incompleto"]),
          ds=g.ri(2018, 2023), ac=P(g.relative(c).full), rg=(g.rg(), "BR_RG"))
    doc.f("2. HISTÓRICO\nRelata acidente em «da», às «h» («lc»), quando realizava entrega do pedido «o». Atendido no «hos», "
          "onde foi diagnosticado «dx» («cid»). Submetido a «cir» pelo dr. «cirurg» («crm2»). Afastado por «dias» dias, "
          "sem receber benefício (não contribuía ao INSS na época; MEI aberto apenas em «mei»).\n\n",
          da=g.date("br"), h=g.hm(), lc=crossing(g), o=g.order(), hos=g.pick(HOSPITALS),
          dx=g.pick(["fratura de planalto tibial", "fratura do escafoide", "lesão ligamentar do joelho", "fratura de clavícula"]),
          cid=g.pick(CIDS[:12]), cir=g.pick(["osteossíntese", "artroscopia", "tratamento conservador"]),
          cirurg=P(g.person(female=False).full), crm2=(g.council("CRM", uf), "PROFESSIONAL_ID"), dias=g.ri(30, 180), mei=g.date("br"))
    doc.f("3. EXAME FÍSICO\nBEG, marcha «m». Cicatriz cirúrgica de «cm» cm. Força grau «f». Amplitude reduzida em «pc»%.\n\n"
          "4. CONCLUSÃO\nHá nexo causal entre o acidente e a atividade de entrega. Incapacidade «inc», com redução estimada da "
          "capacidade laborativa de «red»% (tabela SUSEP). «w».\n\n",
          m=g.pick(["claudicante", "normal", "com apoio de muleta"]), cm=g.ri(4, 22), f=g.ri(3, 5), pc=g.ri(10, 60),
          inc=g.pick(["parcial e permanente", "total e temporária", "parcial e temporária"]), red=g.pick([10, 12.5, 25, 30, 50]),
          w=g.pick(["Seria prudente reavaliar em 6 meses", "Não há como precisar a data de consolidação", "Sem outras considerações"]))
    doc.f("Assistentes técnicos presentes: «a1» («c1»), pela reclamada; «a2» («c2»), pelo reclamante.\n\n«ci», «d».\n«pe»\n«crm»\n",
          a1=P(at_r.full), c1=(g.council("CRM", "SP"), "PROFESSIONAL_ID"), a2=P(at_p.full), c2=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          ci=city, d=g.date("long"), pe=P(perito.caps), crm=(crm_pe, "PROFESSIONAL_ID"))
    return doc


def sa_cat(g: Gen) -> Doc:
    """A union-issued CAT (accident report) form filled for a courier, with the medical certificate attached."""
    doc = Doc()
    c = g.person(female=g.chance(0.15))
    med = g.person()
    city, uf = g.city()
    sind = g.pick([f"SINDIMOTO-{uf}", f"Sindicato dos Motociclistas Profissionais de {city}"])
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT\nEmitente: 3 - Sindicato ({s})    Tipo: 1 - Inicial\n\n".replace("{s}", sind))
    doc.f("ACIDENTADO\nNome: «n»\nData de nascimento: «dob»    Sexo: «sx»    Estado civil: «ec»\nCPF: «cpf}    NIT/PIS: «pis»\n"
          "Título de eleitor: «te»\nCTPS: digital    Remuneração mensal: «rm»\nEndereço: «ad»    CEP: «cep»    Município: «ci»/{uf}\n"
          "Telefone: «tel»\n\n".replace("«cpf}", "«cpf»").replace("{uf}", uf),
          n=P(c.caps if g.chance(0.5) else c.full), dob=(g.dob("br"), "DATE_OF_BIRTH"), sx="F" if c.female else "M", ec=civil(c, g),
          cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), te=(g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.6) else V("—"),
          rm=brl(g, 1400, 4800), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), ci=city, tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("ACIDENTE\nData: «d»    Hora: «h»    Após quantas horas de trabalho: «ht»\nTipo: típico    Local: via pública — «lc»\n"
          "Parte do corpo atingida: «pc»    Agente causador: motocicleta\nDescrição: durante entrega para a plataforma «ap», "
          "colisão com veículo placa «pl», que evadiu-se. Registro policial: «bo».\nTestemunha: «tt», tel. «ttel»\n\n",
          d=g.date("br"), h=g.hm(), ht=f"{g.ri(2, 11)}h", lc=crossing(g), pc=g.pick(["membros inferiores", "ombro", "mão", "joelho"]),
          ap=g.pick(PLATFORMS), pl=(g.plate(), "LICENSE_PLATE"), bo=f"BO {g.d(5)}/{g.ri(2024, 2026)}",
          tt=P(g.person().full), ttel=(g.phone(), "PHONE_NUMBER"))
    doc.f("ATESTADO MÉDICO\nUnidade: «u»    Data: «d»\nAtesto que o(a) paciente «n» necessita de «dd» dias de afastamento. "
          "CID: «cid»    Internação: «int»\n«md»\n«crm»\n", u=g.pick(HOSPITALS), d=g.date("br"), n=P(c.full), dd=g.ri(5, 90),
          cid=g.pick(CIDS), int_=None, md=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          **{"int": g.pick(["não", "sim, 3 dias", "sim, 1 dia"])})
    resp = g.person()
    doc.f("\nResponsável pelo preenchimento: «r» — «s» — «re»\n", r=P(resp.full), s=sind, re=(g.email(resp), "EMAIL_ADDRESS"))
    return doc


def sa_fisio(g: Gen) -> Doc:
    """Physiotherapy evolution notes of a courier recovering from a fracture."""
    doc = Doc()
    c = g.person(female=g.chance(0.2))
    ft = [g.person(), g.person()]
    crefito = [g.council("CREFITO"), g.council("CREFITO")]
    clin = g.pick(["Clínica Reabilita Aurora", "Fisio Leão Ltda", "Centro de Reabilitação Bento Amado", "CER III Vila Esperança"])
    doc.f("«cl» — Prontuário de Fisioterapia\nPaciente: «n» · DN «dob» · CPF «cpf» · CNS «cns» · tel «tel»\nEncaminhado por: dr{a}. «md» («crm») · "
          "CID «cid»\nConvênio: «cv»\n\n".replace("{a}", ""), cl=clin, n=P(c.full), dob=(g.dob(), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"),
          cns=(g.cns(), "BR_CNS"), tel=(g.phone(), "PHONE_NUMBER"), md=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          cid=g.pick(CIDS), cv=g.pick(["SUS", "particular (pago pelo seguro do app)", "SUS — regulação municipal"]))
    ts = g.times(5, 7 * 3600, 19 * 3600)
    dates = sorted(g.rng.sample(range(1, 28), g.ri(3, 5)))
    mm, yy = g.ri(1, 12), g.pick([2025, 2026])
    for k, dd in enumerate(dates):
        fi = k % 2 if g.chance(0.8) else 0
        f = ft[fi]
        doc.f("«d» «t» — «ev» «f» «co»\n", d=f"{dd:02d}/{mm:02d}/{yy}", t=ts[k % len(ts)],
              ev=g.pick(["Avaliação: edema ++, dor 8/10, marcha com muleta." if k == 0 else "Sessão de rotina, sem intercorrências.","Pcte refere dor 6/10 ao subir escada. Cinesioterapia + crioterapia.",
                         "Evolui bem, ADM de flexão 95°. Orientado a não voltar a pilotar ainda.",
                         "Faltou (avisou por WhatsApp, sem dinheiro para o ônibus).",
                         "Relata que voltou a fazer entregas de bike, contra orientação. Reforçado repouso.",
                         "Marcha sem muleta. Fortalecimento de quadríceps 3x12. Alta prevista em 4 sessões."]),
              f=P(g.pick([f.short, f.full])), co=(crefito[fi], "PROFESSIONAL_ID"))
    doc.f("\nContato de emergência: «e» «et» · Endereço do paciente: «ad», CEP «cep»\n",
          e=P(g.relative(c).full), et=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    return doc


def sa_fhir(g: Gen) -> Doc:
    """A FHIR-like JSON bundle (Patient, Encounter, Practitioner) exported by a hospital for the insurer."""
    doc = Doc()
    c = g.person(female=g.chance(0.15))
    med = g.person()
    city, uf = g.city()
    t, name, num, comp = g.street_parts()
    line = f"{t} {name}, {num}" + (f", {comp}" if comp else "")
    fam = [s for s in c.surnames if s not in PARTICLES and s not in SUFFIXES]
    doc.t('{\n  "resourceType": "Bundle",\n  "type": "collection",\n  "timestamp": "')
    doc.t(g.date("iso") + "T" + g.hms() + '-03:00",\n  "entry": [\n    {"resource": {\n      "resourceType": "Patient",\n')
    doc.f('      "id": "«id»",\n      "identifier": [\n        {"system": "https://saude.gov.br/fhir/sid/cpf", "value": "«cpf»"},\n'
          '        {"system": "https://saude.gov.br/fhir/sid/cns", "value": "«cns»"},\n        {"system": "urn:hosp:prontuario", "value": "«pr»"}«xa»«xb»«xc»\n      ],\n',
          **opt_id(g, 0.5, [(',\n        {"system": "urn:detran:cnh", "value": "', g.cnh(), "BR_CNH")], '"}'),
          id=g.hexs(8), cpf=(g.cpf("raw"), "BR_CPF"), cns=(g.cns(False), "BR_CNS"), pr=g.d(8))
    doc.f('      "name": [{"use": "official", "text": "«tx»", "family": "«fa»", "given": ["«gi»"]}],\n',
          tx=P(c.full), fa=P(" ".join(fam)), gi=P(c.given))
    doc.f('      "telecom": [{"system": "phone", "value": "«tel»"}, {"system": "email", "value": "«em»"}],\n',
          tel=(g.phone("e164"), "PHONE_NUMBER"), em=(g.email(c), "EMAIL_ADDRESS"))
    doc.f('      "gender": "«gd»",\n      "birthDate": "«dob»",\n', gd="female" if c.female else "male", dob=(g.dob("iso"), "DATE_OF_BIRTH"))
    doc.f('      "address": [{"line": ["«ln»"], "city": "«ci»", "state": "«uf»", "postalCode": "«cep»"}],\n',
          ln=(line, "ADDRESS"), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.f('      "contact": [{"relationship": [{"text": "«rel»"}], "name": {"text": "«cn»"}, "telecom": [{"value": "«ct»"}]}]\n    }},\n',
          rel=g.pick(["cônjuge", "mãe", "irmão", "pai", "companheiro(a)"]), cn=P(g.relative(c).full), ct=(g.phone(), "PHONE_NUMBER"))
    doc.f('    {"resource": {\n      "resourceType": "Encounter",\n      "status": "finished",\n      "class": {"code": "EMER"},\n'
          '      "period": {"start": "«s»", "end": "«e»"},\n      "reasonCode": [{"coding": [{"system": "CID10", "code": "«c1»"}, '
          '{"system": "CID10", "code": "«c2»"}]}],\n      "extension": [{"url": "urn:hosp:veiculo-envolvido", "valueString": "«pl»"}]\n    }},\n',
          s=(d0 := g.date("iso")) + "T" + f"{g.ri(0, 11):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}",
          e=d0 + "T" + f"{g.ri(12, 23):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}", c1=g.pick(CIDS[:14]), c2=g.pick(["V29.9", "V23.4", "V28.4"]),
          pl=(g.plate(), "LICENSE_PLATE"))
    doc.f('    {"resource": {\n      "resourceType": "Practitioner",\n      "name": [{"text": "«md»"}],\n'
          '      "identifier": [{"system": "urn:cfm:crm", "value": "«crm»"}]\n    }}\n  ]\n}\n',
          md=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_sinistro(g: Gen) -> Doc:
    """Personal-accident insurance claim (the platform's group policy): claims-system note, expenses and e-mails."""
    doc = Doc()
    ins = g.pick(INSURERS)
    plat = g.pick(PLATFORMS)
    c = g.person(female=g.chance(0.15))
    an = g.person()
    dom = {"Vitória Seguros S.A.": "vitoriaseguros.com.br", "Seguradora Aurora Vida": "auroravida.com.br",
           "Prudente Seguros": "prudenteseguros.com.br", "Amparo Mútuo Seguros": "amparomutuo.com.br"}[ins]
    de, da = g.date_pair()
    city, uf = g.city()
    doc.f("{ins} — Sinistro «sn» · Apólice coletiva APP «ap» (estipulante: {co})\nSegurado: «n» · CPF «cpf» · nasc. «dob»\n"
          "Cobertura: DMHO (despesas médicas) + IPA · Data do evento: «de» · Aviso: «da» · Regulador: «an»\n\n"
          .replace("{ins}", ins).replace("{co}", PLATFORM_CO[plat]),
          sn=g.d(10), ap=f"{g.d(2)}.{g.d(4)}.{g.d(5)}", n=P(c.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH"),
          de=de, da=da, an=P(an.full))
    rows = []
    for _ in range(g.ri(3, 5)):
        prof = g.person()
        kind = g.pick(["consulta ortopedia", "raio-X punho", "sessões fisioterapia (10)", "órtese", "medicamentos", "ressonância joelho",
                       "cirurgia (honorários)"])
        council = g.council("CREFITO") if "fisio" in kind else g.council("CRM", uf)
        if g.chance(0.35) and "medic" not in kind and "órtese" not in kind:
            rows.append([V(g.date("br")), V(kind), V(g.pick(["Clínica Ortopédica Bento", "Laboratório Luz", "Imagem Aurora"])),
                         V("CNES " + g.d(7)), V(g.money(40, 4200)), V(g.pick(["aprovado", "glosado", "em análise"]))])
            continue
        rows.append([V(g.date("br")), V(kind), P(prof.full) if "medic" not in kind and "órtese" not in kind else V("—"),
                     (council, "PROFESSIONAL_ID") if "medic" not in kind and "órtese" not in kind else V("—"),
                     V(g.money(40, 4200)), V(g.pick(["aprovado", "aprovado", "glosado", "em análise"]))])
    table_ruled(doc, ["data", "despesa", "profissional", "registro", "valor R$", "situação"], rows, g.pick(["plus", "plain"]))
    doc.f("\nConta para reembolso informada pelo segurado: «bn», ag. «ag», c/c «cc» (titular: o próprio).\n",
          bn=g.bank()[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("\n--- e-mail ---\nDe: «n» <«em»>\nPara: sinistros@{dom}\n\nboa tarde, segue as notas que faltavam. o hospital só deu o "
          "relatório com o CID «cid» e a assinatura do dr «md», «crm». meu telefone novo é «tel». "
          "a moto («pl») ficou com perda total, isso é no seguro do carro do outro motorista né?\n\n".replace("{dom}", dom),
          n=P(c.low if g.chance(0.4) else c.full), em=(g.email(c), "EMAIL_ADDRESS"), cid=g.pick(CIDS), md=P(g.person(female=False).short),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), tel=(g.phone(), "PHONE_NUMBER"), pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("--- resposta ---\nOlá, «n». Recebido. Danos materiais à motocicleta não são cobertos pela apólice APP; orientamos "
          "acionar o seguro do terceiro ou o «w». Despesas aprovadas serão pagas em até 30 dias.\n«an»\nRegulação de Sinistros · «ae»\n",
          n=P(c.first), w=g.pick(["Juizado Especial Cível", "seguro do condutor, se houver"]), an=P(an.short),
          ae=(corp_mail(an, dom), "EMAIL_ADDRESS"))
    return doc


# =========================================================================== financeiro

def fi_extrato(g: Gen) -> Doc:
    """Weekly earnings statement of a courier, as shown in the app's web portal and e-mailed as text."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    c = g.person(female=g.chance(0.15))
    city, uf = g.city()
    d0 = g.ri(1, 20)
    mm, yy = g.ri(1, 12), g.pick([2025, 2026])
    doc.f("{plat} Entregador · Extrato semanal\n«n» · CPF «cpf» · ID «id» · praça «ci»\nCiclo: {a} a {b}\n\n"
          .replace("{plat}", plat).replace("{a}", f"{d0:02d}/{mm:02d}/{yy}").replace("{b}", f"{d0 + 6:02d}/{mm:02d}/{yy}"),
          n=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF") if g.chance(0.7) else V(g.masked_cpf()), id=g.courier_id(), ci=city)
    rows = []
    tot = 0
    for k in range(7):
        n = g.ri(0, 22)
        v = n * g.ri(550, 1100)
        gj = g.ri(0, 3) * g.ri(200, 1500)
        tot += v + gj
        rows.append([V(f"{d0 + k:02d}/{mm:02d}"), V(str(n)), V(f"{v // 100},{v % 100:02d}"), V(f"{gj // 100},{gj % 100:02d}"),
                     V(f"{g.ri(0, 9)}h{g.ri(0, 59):02d}"), V(f"{g.ri(0, 140)} km")])
    table_ruled(doc, ["dia", "entregas", "ganhos R$", "gorjetas R$", "online", "rodado"], rows, g.pick(["plus", "pipe", "plain"]))
    taxa = g.ri(0, 2) * 199
    doc.f("\nTotal bruto: R$ {t}  ·  Taxa de antecipação: R$ {x}  ·  Ajustes: «aj»\n"
          .replace("{t}", f"{tot // 100},{tot % 100:02d}").replace("{x}", f"{taxa // 100},{taxa % 100:02d}"),
          aj=g.pick(["estorno pedido " + g.order() + " (-R$ " + g.money(10, 80) + ")", "nenhum", "bônus chuva +R$ 25,00"]))
    k = g.ri(0, 3)
    pay = f"{d0 + 6 + g.ri(1, 3):02d}/{mm:02d}/{yy}"
    if k == 0:
        code, bn = g.bank()
        doc.f("Repasse: TED para «bn» ({code}), agência «ag», conta «cc», previsto para «d».\n".replace("{code}", code),
              bn=bn, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), d=pay)
    elif k == 1:
        doc.f("Repasse: Pix para a chave aleatória «px» em «d».\n", px=(g.uuid(), "PIX_KEY"), d=pay)
    elif k == 2:
        doc.f("Repasse: Pix para a chave CPF «cpf» em «d».\n", cpf=(g.cpf(), "BR_CPF"), d=pay)
    else:
        doc.f("Repasse: Pix para a chave e-mail «em» em «d».\n", em=(g.email(c), "EMAIL_ADDRESS"), d=pay)
    doc.f("Dúvidas? Fale com o suporte pelo app. Este extrato foi enviado para «em» a pedido do titular em «d» (IP «ip»).\n",
          em=(g.email(c), "EMAIL_ADDRESS"), d=g.date("br"), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("Veículo cadastrado: «v» «pl»\n", v=g.pick(MOTOS), pl=(g.plate(), "LICENSE_PLATE"))
    if g.chance(0.45):
        doc.t("\nBônus de indicação (creditados neste ciclo):\n")
        for _ in range(g.ri(1, 3)):
            r = g.person(female=g.chance(0.2))
            doc.f("  • «n» — CPF «m» — 50 entregas concluídas em «d» — R$ 100,00\n",
                  n=P(g.pick([r.full, r.short, r.caps])), m=g.masked_cpf(), d=g.date("br"))
    if g.chance(0.4):
        b = g.relative(c, True)
        code, bn = g.bank()
        doc.f("\nDesconto judicial (pensão alimentícia, ofício do processo «cnj»): «pc»% do líquido, favorecida «b», «bn», "
              "ag. «ag», conta «cc».\n", cnj=g.cnj("8.26"), pc=g.pick([15, 20, 25, 30]), b=P(b.full), bn=bn,
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    return doc


def fi_lote(g: Gen) -> Doc:
    """CSV extract of a weekly payout batch sent to the payment provider, with the finance analyst's note."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    an = g.person()
    doc.f("# lote_repasse_{p}_«d».csv · gerado por «an» · «k» linhas (amostra) · provedor: «pv»\n".replace("{p}", fold(plat).lower().replace(" ", "")),
          d=g.date("compact"), an=P(an.full), k=(n := g.ri(5, 7)), pv=g.pick(["Banco Parceiro S.A.", "PagaFácil IP", "Transfeera"]))
    rows = []
    for _ in range(n):
        c = g.person(female=g.chance(0.18))
        code, _ = g.bank()
        kind = g.pick(["conta", "conta", "pix_aleatoria", "pix_cpf", "pix_email", "pix_tel"])
        cpf = g.cpf(g.pick(["raw", "dot"]))
        row = [V(g.courier_id()), P(g.pick([c.full, c.caps, fold(c.full)])), (cpf, "BR_CPF")]
        if kind == "conta":
            row += [V(code), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V("")]
        else:
            key = {"pix_aleatoria": (g.uuid(), "PIX_KEY"), "pix_cpf": (cpf, "BR_CPF"), "pix_email": (g.email(c), "EMAIL_ADDRESS"),
                   "pix_tel": (g.phone("e164"), "PHONE_NUMBER")}[kind]
            row += [V(""), V(""), V(""), key]
        row += [V(kind), (g.email(c), "EMAIL_ADDRESS"), V(f"{g.ri(90, 2400)}.{g.d(2)}"), V(g.pick(["OK", "OK", "OK", "RETIDO_KYC", "DEVOLVIDO"]))]
        rows.append(row)
    table_csv(doc, ["courier_id", "nome_favorecido", "cpf", "banco", "agencia", "conta", "chave_pix", "tipo", "email_notificacao", "valor", "status"],
              rows, sep=g.pick([",", ";"]))
    dv = [r for r in rows if r[-1][0] != "OK"]
    if dv:
        doc.f("\n# nota «a»: «n» voltou «st»; reenviar no lote de «d» depois de falar com o suporte. Titular confirmou por "
              "telefone («tel»).\n", a=P(an.first), n=P(dv[0][1][0]), st=dv[0][-1][0], d=g.date("br"), tel=(g.phone(), "PHONE_NUMBER"))
    else:
        doc.f("\n# nota «a»: lote fechado sem devoluções. Total «t».\n", a=P(an.first), t=brl(g, 5000, 90000))
    return doc


def fi_mei(g: Gen) -> Doc:
    """An accountant's e-mail to a courier with the MEI certificate (CCMEI) data and the DAS due."""
    doc = Doc()
    c = g.person(female=g.chance(0.15))
    ct = g.person()
    city, uf = g.city()
    firm = g.pick(["Contabilidade Luz & Prudente", "Escritório Contábil Bento", "Tabosa Contadores Associados", "Contábil Aurora"])
    doc.f("De: «ct» <«cte»>\nPara: «ce»\nAssunto: seu MEI saiu + DAS de «m»\n\nOi «cf», tudo bem?\n\nSegue o resumo do Certificado "
          "da Condição de Microempreendedor Individual:\n\n",
          ct=P(ct.full), cte=(g.email(ct), "EMAIL_ADDRESS"), ce=(g.email(c), "EMAIL_ADDRESS"), m=g.pick(MONTHS), cf=P(c.first))
    alnum = g.chance(0.35)
    cnpj = g.cnpj(alnum=alnum)
    doc.f("  Nome empresarial ........ «root» «ne»\n  Nome do empresário ...... «n»\n  CNPJ .................... «cn»\n"
          "  CPF ..................... «cpf»\n  Identidade .............. «rg» «org»\n  Data de nascimento ...... «dob»\n"
          "  Nome fantasia ........... «nf»\n  Início de atividade ..... «ia»\n  CNAE principal .......... 5320-2/02 - Serviços de entrega rápida\n"
          "  CNAE secundário ......... 4930-2/01 - Transporte rodoviário de carga, exceto produtos perigosos e mudanças, municipal\n"
          "  Endereço comercial ...... «ad» — «ba» — «ci»/{uf} — CEP «cep»\n\n".replace("{uf}", uf),
          root=cnpj[:10], ne=P(c.caps),
          n=P(c.caps), cn=(cnpj, "BR_CNPJ"), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/" + uf, "SDS/" + uf, "DETRAN"]),
          dob=(g.dob("br"), "DATE_OF_BIRTH"), nf=g.pick([f"{c.first.upper()} ENTREGAS", f"{c.nick.upper()} MOTOBOY", "RAPIDINHO EXPRESS",
                                                            "LEÃO ENTREGAS RÁPIDAS", "FLOR DE LIZ DELIVERY"]),
          ia=g.date("br"), ad=(g.address(), "ADDRESS"), ba=g.pick(BAIRROS), ci=city, cep=(g.cep(), "BR_CEP"))
    doc.f("Obs.: como MEI o endereço comercial é o da sua casa mesmo, não tem problema.\n\nO DAS de «m» é «v» (INSS + ISS), vence dia 20. "
          "Código de barras no anexo. Se preferir, paga pelo app do banco com o código «cb».\n\n"
          "Também cadastrei o CNPJ no {plat} como você pediu; a conta PJ no «bk» ficou agência «ag», conta «cc». "
          "{w}\n\nAbraço,\n«ct»\n«fm» · «crc»\n"
          .replace("{plat}", g.pick(PLATFORMS)).replace("{uf}", uf).replace("{w}", g.pick([
              "Ano que vem tem a declaração anual (DASN-SIMEI) até 31/05, e o leão não perdoa.",
              "Qualquer dúvida me chama no zap.", "Seria prudente guardar todos os extratos semanais do app."])),
          m=g.pick(MONTHS), v=brl(g, 75, 82), cb=" ".join(g.d(12) for _ in range(4)), bk=g.bank()[1], ag=(g.agency(False), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), ct=P(ct.short), fm=firm, crc=(f"CRC-{uf} {g.d(6)}/O-{g.d(1)}", "PROFESSIONAL_ID"))
    return doc


def fi_contestacao(g: Gen) -> Doc:
    """A card issuer's chargeback case: the customer says the order never arrived; the platform's defence."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    cu = g.person()
    c = g.person(female=g.chance(0.15))
    an, op = g.person(), g.person()
    issuer = g.pick(["Banco Leão do Norte", "Cartões Aurora", "Bento Financeira", "BancoPop"])
    doc.f("{iss} — Central de Disputas · Caso CB-«n»\nMotivo: 13.1 Mercadoria/serviço não recebido · Valor: «v» · Data da compra: «dc»\n\n"
          .replace("{iss}", issuer), n=g.d(9), v=brl(g, 30, 420), dc=g.date("br"))
    full = g.chance(0.7)
    doc.f("FORMULÁRIO DO PORTADOR\nNome: «n»\nCPF: «cpf»\nCartão: «ca»\nTelefone: «tel»\nE-mail: «em»\nEndereço de entrega: «ad»\n"
          "Relato: «r»\nAssinatura eletrônica registrada do IP «ip» em «d»\n\n",
          n=P(cu.full), cpf=(g.cpf(), "BR_CPF"), ca=(g.card(), "CREDIT_CARD") if full else V(g.masked_card()),  # noqa
          tel=(g.phone(), "PHONE_NUMBER"), em=(g.email(cu), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"),
          r=g.pick(["o pedido nunca chegou, o app mostra entregue às 21h mas eu estava em casa",
                    "o entregador ligou dizendo que estava na portaria e sumiu", "recebi a sacola de outra pessoa, com nome de outro cliente"]),
          ip=(g.ip(), "IP_ADDRESS"), d=g.date("br"))
    tt = g.times(3, 11 * 3600, 23 * 3600)
    doc.f("DEFESA DO ESTABELECIMENTO ({plat}, CNPJ «cn»)\nPedido «o» · restaurante «rest» · entregador «e» (placa «pl») · "
          "código de confirmação informado na entrega: «cod»\nLog de entrega: aceito «t1», coletado «t2», finalizado «t3» a «m» m do endereço.\n"
          "Anexos: foto da entrega, trilha de GPS. Responsável: «an» («ae»).\n\n".replace("{plat}", plat),
          cn=(g.cnpj(), "BR_CNPJ"), o=g.order(), rest=g.pick(RESTAURANTS), e=P(g.pick([c.first, c.full, c.short])),
          pl=(g.plate(), "LICENSE_PLATE"), cod=g.d(4), t1=tt[0], t2=tt[1], t3=tt[2], m=g.ri(3, 900), an=P(an.full),
          ae=(corp_mail(an, PLATFORM_DOM[plat]), "EMAIL_ADDRESS"))
    doc.f("PARECER DO ANALISTA ({iss}): «op» — «dec». Cartão «mc» «blq».\n".replace("{iss}", issuer),
          op=P(op.short), dec=g.pick(["procedente, crédito definitivo ao portador", "improcedente, código de confirmação válido",
                                      "aguardando representação"]), mc=g.masked_card(),
          blq=g.pick(["mantido ativo", "reemitido por precaução", "sem alteração"]))
    if full:
        doc.t("(obs.: número completo do cartão digitado pelo portador no campo de relato; mascarar antes de enviar à bandeira)\n")
    return doc


def fi_locacao(g: Gen) -> Doc:
    """Motorcycle rental contract for couriers (weekly rent, deposit, recurring card charge, guarantor)."""
    doc = Doc()
    loc = g.pick(["Moto Aluguel Bento Ltda", "LocaMoto Prudente", "Aurora Rent Motos", "Zanotto Locadora de Veículos"])
    c = g.person(female=g.chance(0.15))
    fi = g.relative(c)
    ven = g.person()
    city, uf = g.city()
    doc.f("CONTRATO DE LOCAÇÃO DE MOTOCICLETA Nº «n»\n\nLOCADORA: «loc», CNPJ «cn», com sede na Rua «st», «num», «ci»/{uf}.\n"
          .replace("{uf}", uf), n=f"{g.d(4)}/{g.ri(2024, 2026)}", loc=loc, cn=(g.cnpj(), "BR_CNPJ"), st=g.pick(STREET_NAMES),
          num=g.ri(10, 3000), ci=city)
    doc.f("LOCATÁRIO: «c», CPF «cpf», RG «rg», CNH «cnh» (categoria A, validade «vc»), nascido em «dob», residente na «ad», "
          "CEP «cep», celular «tel», e-mail «em».\n".replace("nascido", "nascid" + c.o),
          c=P(c.caps), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), cnh=(g.cnh(), "BR_CNH"), vc=g.date("br", g.ri(2026, 2033)),
          dob=(g.dob("br"), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"),
          em=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("FIADOR(A): «f», CPF «fc», telefone «ft», residente na «fa», CEP «fcep».\n\n", f=P(fi.caps), fc=(g.cpf(), "BR_CPF"),
          ft=(g.phone(), "PHONE_NUMBER"), fa=(g.address(), "ADDRESS"), fcep=(g.cep(), "BR_CEP"))
    doc.f("CLÁUSULA 1ª – OBJETO: motocicleta «m», ano «a», cor «cor», placa «pl», RENAVAM «rn», chassi «ch», com baú e "
          "rastreador, destinada exclusivamente a entregas por aplicativo.\n",
          m=g.pick(MOTOS), a=g.ri(2020, 2025), cor=g.pick(["vermelha", "preta", "branca", "prata"]), pl=(g.plate(old=False), "LICENSE_PLATE"),
          rn=g.neg(11), ch="9C2" + "".join(g.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14)))
    doc.f("CLÁUSULA 2ª – PREÇO: «v» por semana, cobrados toda segunda-feira no cartão de crédito «ca» (titular: «tt»), "
          "mais caução de «cau» devolvida ao fim do contrato.\n",
          v=brl(g, 220, 420), ca=(g.card(), "CREDIT_CARD") if g.chance(0.75) else V(g.masked_card()),
          tt=P(g.pick([c.full, fi.full])), cau=brl(g, 500, 1500))
    doc.f("CLÁUSULA 3ª – Multas de trânsito, franquia do seguro (R$ 3.000,00) e danos por mau uso correm por conta do LOCATÁRIO. "
          "Atraso superior a 3 dias autoriza o bloqueio remoto do veículo.\n"
          "CLÁUSULA 4ª – Foro da comarca de «ci».\n\n«ci», «d».\n\n«c2»\n«f2»\nVendedor: «ve» · WhatsApp da loja «wl»\n",
          ci=city, d=g.date("long"), c2=P(c.full), f2=P(fi.full), ve=P(g.pick([ven.first, ven.short])), wl=f"0800 {g.d(3)} {g.d(4)}")
    return doc


def fi_api(g: Gen) -> Doc:
    """A payout webhook payload and its log lines, pasted in an engineering incident about duplicated payouts."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    c = g.person(female=g.chance(0.15))
    eng, oncall = g.person(), g.person()
    doc.f("INC-«n» · repasses duplicados no ciclo «cy» · severidade SEV-2\nIncident commander: «ic» · on-call: «oc» (@«lg»)\n\n"
          "Payload que chegou duas vezes no webhook (POST /v2/payouts/callback), com 41 s de diferença:\n```json\n",
          n=g.d(4), cy=f"{g.ri(2025, 2026)}-W{g.ri(1, 52):02d}", ic=P(eng.full), oc=P(oncall.full), lg=login(oncall))
    pix = g.chance(0.5)
    code, _ = g.bank()
    doc.f('{\n  "payout_id": "po_«pid»",\n  "courier": {\n    "id": "«cid»",\n    "legal_name": "«ln»",\n    "document": "«cpf»",\n'
          '    "birth_date": "«dob»",\n    "email": "«em»",\n    "phone": "«tel»",\n    "mei_cnpj": «mq»«mei»«mq»\n  },\n',
          pid=g.hexs(14), cid=g.courier_id(), ln=P(jstr(c.full)), cpf=(g.cpf("raw"), "BR_CPF"), dob=(g.dob("iso"), "DATE_OF_BIRTH"),
          em=(g.email(c), "EMAIL_ADDRESS"), tel=(g.phone("e164"), "PHONE_NUMBER"),
          **({"mq": '"', "mei": (g.cnpj("raw"), "BR_CNPJ")} if g.chance(0.6) else {"mq": "", "mei": "null"}))
    if pix:
        doc.f('  "destination": {"type": "pix", "key_type": "EVP", "key": "«px»"},\n', px=(g.uuid(), "PIX_KEY"))
    else:
        doc.f('  "destination": {"type": "bank_account", "bank": "«bk»", "branch": "«ag»", "account": "«cc»", "account_type": "checking"},\n',
              bk=code, ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f('  "amount": {"value": «am», "currency": "BRL"},\n  "period": {"start": "«p1»", "end": "«p2»"},\n'
          '  "end_to_end_id": "E«e2e»",\n  "client_ip": "«ip»"\n}\n```\n\n',
          am=g.ri(15000, 290000), p1=(pp := g.date_pair("iso"))[0], p2=pp[1], e2e=g.d(8) + g.date("compact") + g.hm().replace(":", "") + g.hexs(11),
          ip=(g.ip(), "IP_ADDRESS"))
    doc.t("Logs do worker:\n")
    wid = g.courier_id()
    day = g.date("iso")
    nlog = g.ri(3, 4)
    for k, hm in enumerate(g.times(nlog, 1 * 3600, 6 * 3600)):
        doc.f("«ts» INFO payout.worker courier=«cid» ", ts=f"{day}T{hm}:{g.ri(0, 59):02d}", cid=wid)
        if not k:
            doc.f('name="«nm»" ', nm=P(fold(c.full).upper()))
        doc.f("status=«st» retry=«r» latency_ms=«l»\n", st=g.pick(["SENT", "ACK_TIMEOUT", "SENT"]), r=k, l=g.ri(80, 41000))
    doc.f("\nImpacto: «k» entregadores receberam em dobro. «w» Contato feito com «n» pelo «tel» para devolução voluntária via Pix.\n"
          "Postmortem: «pm».\n", k=g.ri(3, 300), w=g.pick(["Seria prudente pausar os retries até o fix.", "Luz verde do jurídico para cobrar.",
                                                         "Tela do backoffice ficou em branco durante o incidente."]),
          n=P(c.first), tel=(g.phone(), "PHONE_NUMBER"), pm=P(eng.short))
    return doc


def fi_informe(g: Gen) -> Doc:
    """Annual income report (informe de rendimentos) issued by the platform, forwarded to the courier's accountant."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    c = g.person(female=g.chance(0.15))
    ct = g.person()
    y = g.pick([2024, 2025])
    doc.f("---------- Mensagem encaminhada ----------\nDe: «c» <«ce»>\nPara: «ct» <«cte»>\nAssunto: Fwd: Informe de rendimentos {y}\n\n"
          "«cf» segue o informe do app pra declaração. tem também uns pix que recebi de cliente de gorjeta fora do app, "
          "uns 300 reais, precisa por? abs\n\n".replace("{y}", str(y)),
          c=P(c.full), ce=(g.email(c), "EMAIL_ADDRESS"), ct=P(ct.full), cte=(g.email(ct), "EMAIL_ADDRESS"), cf=P(ct.first))
    doc.f("COMPROVANTE ANUAL DE RENDIMENTOS PAGOS — ANO-CALENDÁRIO {y}\n\n1. FONTE PAGADORA\n   Nome empresarial: «co»\n"
          "   CNPJ: «cn»\n\n2. BENEFICIÁRIO\n   Nome: «n»\n   CPF: «cpf»\n   NIT/PIS: «pis»\n   Natureza: serviços de entrega "
          "(intermediação), contribuinte individual\n\n".replace("{y}", str(y)),
          co=PLATFORM_CO[plat].upper(), cn=(g.cnpj(alnum=False), "BR_CNPJ"), n=P(c.caps), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"))
    rows = []
    for m in range(12):
        if g.chance(0.15):
            rows.append([V(MONTHS_AB[m]), V("0,00"), V("0,00"), V("0,00")])
            continue
        b = g.ri(80000, 520000)
        inss = b * 20 // 1000
        rows.append([V(MONTHS_AB[m]), V(f"{b // 100:,}".replace(",", ".") + f",{b % 100:02d}"),
                     V(f"{inss // 100},{inss % 100:02d}"), V("0,00")])
    table_ruled(doc, ["mês", "rendimento bruto", "INSS retido", "IRRF"], rows, g.pick(["pipe", "plain"]))
    doc.f("\n3. INFORMAÇÕES COMPLEMENTARES\n   Repasses creditados em: «bn», agência «ag», conta «cc».\n   Responsável pelas informações: "
          "Controladoria (controladoria@" + PLATFORM_DOM[plat] + ")\n\n", bn=g.bank()[1], ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("---\nResposta de «ct»:\n«cf», pix de gorjeta é rendimento tb, mas 300 não muda nada (o leão não vai atrás disso). "
          "Me manda o recibo do aluguel da moto (CNPJ da locadora «lc») e o comprovante do plano de saúde da sua dependente «dp», "
          "nascida em «dn», CPF «dc». Te ligo no «tel».\n«ct2» · «crc»\n",
          ct=P(ct.short), cf=P(c.first), lc=(g.cnpj(), "BR_CNPJ"), dp=P(g.relative(c, True).full), dn=(g.dob("br", 2008, 2022), "DATE_OF_BIRTH"),
          dc=(g.cpf(), "BR_CPF"), tel=(g.phone(), "PHONE_NUMBER"), ct2=P(ct.first), crc=(f"CRC-{g.pick(UFS)} {g.d(6)}/O-{g.d(1)}", "PROFESSIONAL_ID"))
    return doc


TEMPLATES = {
    "atendimento": [at_chat, at_cadastro, at_restaurante, at_cliente, at_desativacao, at_logs, at_grupo],
    "juridico": [ju_peticao, ju_ata, ju_procuracao, ju_sindicato, ju_lgpd, ju_fraude, ju_acordo],
    "saude": [sa_ps, sa_samu, sa_laudo, sa_cat, sa_fisio, sa_fhir, sa_sinistro],
    "financeiro": [fi_extrato, fi_lote, fi_mei, fi_contestacao, fi_locacao, fi_api, fi_informe],
}
LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}
ELEVEN = re.compile(r"(?<![\w.\-/])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\w\-/])")


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert s["label"] in LABELS, (record["id"], s)
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", v)
        if lab == "BR_CPF":
            assert cpf_ok(digits), (record["id"], v)
        elif lab == "CREDIT_CARD":
            assert len(digits) == 16 and luhn_dv(digits[:-1]) == digits[-1], (record["id"], v)
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
            assert all(0 <= int(x) <= 255 for x in v.split(".")) and v.count(".") == 3, (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|OAB|COREN|CREFITO|CRC|CRP)\b", v), (record["id"], v)
    # hard negatives: every 11-digit number (bare or CPF-formatted) outside a gold span fails the CPF check
    for m in ELEVEN.finditer(text):
        if any(s["start"] < m.end() and m.start() < s["end"] for s in record["spans"]):
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
    assert len(records) == 280
    with (HERE / OUT).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("eightyseventh", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
