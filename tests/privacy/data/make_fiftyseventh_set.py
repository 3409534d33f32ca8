"""Build the fifty-seventh labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fiftyseventh_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 5757, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: crypto-asset exchanges and investment fintechs (VASPs under
Lei 14.478/2022) — what their support desks, compliance / PLD teams, legal departments, outside
counsel, treasury and tax helpers, HR and the clinics and courts they deal with produce: KYC
onboarding (selfie / liveness, document OCR), support chats about withdrawals and deposits, P2P
trades and their appeals, account takeovers, fake-support and romance / investment scams,
suspicious-activity reports to COAF, police and court requests (asset freezes), consumer
complaints, income-tax reports of crypto gains, the monthly IN RFB 1.888/2019 file, withdrawal
batches, OTC desk confirmations, source-of-funds reviews. Layouts vary: label....: value forms,
letters and petitions, fixed-width tables with and without rulers, boxed tables, CSV / TSV / pipe
files, JSON, chat transcripts, a WhatsApp export (or a hand-copied conversation), e-mail threads,
audit logs and OCR'd scans.
- atendimento: a back-office KYC onboarding record (label: value, selfie/liveness scores, the
  analyst's history notes), a support chat transcript (bot + human agent; withdrawal returned for
  third-party ownership, deposit to a wrong address, e-mail change, card refused), an
  account-takeover incident note with the audit log (IPs, 2FA reset, e-mail change, a card number
  logged unmasked, withdrawal to an external wallet), a P2P trade appeal (order chat between
  handles, OCR of the Pix receipt with masked CPFs, arbitrator's note), a scam victim's e-mail
  forwarding the WhatsApp conversation with the fake support, the raw OCR of a CNH photo with the
  parsed JSON, a CSV export of the manual KYC review queue.
- juridico: a court order (ofício) to freeze crypto assets and the exchange's reply (balances,
  registered data, RENAJUD plates), a COAF suspicious-activity communication (SISCOAF), a scam
  victim's initial petition against the exchange, a police requisition and the compliance reply
  with the access log, a consumidor.gov.br complaint and answer, the CSV of the litigation
  portfolio, an e-mail thread with outside counsel (alimony release, estate of a dead customer).
- saude: a relative asking an emergency withdrawal for ICU costs (medical report transcribed), a
  psychiatric expert report in a guardianship case of an elderly customer scammed, an occupational
  clinic's CSV of ASOs of the fintech's staff, a health-plan movement file (pipe layout, titulars
  and dependants), the OCR of a death certificate sent by heirs with the estate checklist, the
  tax-helper chat with the accountant listing medical receipts for the IRPF, a Pix MED (special
  return) request after paying a fake clinic (JSON record).
- financeiro: the annual tax report of crypto holdings and gains (IRPF identification block with
  título eleitoral), a treasury CSV of BRL withdrawals (Pix / TED, key types), the IN RFB 1.888
  monthly file (pipe records) with the validator's log, a monthly investment-account statement,
  a dispute form of the crypto-cashback card (full PAN in the back-office view), a source-of-funds
  review (pay slip, vehicle sale, property sale, inheritance), an OTC desk trade confirmation.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Dra.", "Dr.",
"dona", "seu", "Juiz(a) de Direito", "Delegada de Polícia"; particles inside a name (de, da, do,
dos, e) are part of it; "SURNAME, Given" is one span; nicknames and first names alone are persons.
Staff named in the text (support agents, KYC analysts, arbitrators, compliance and PLD officers,
traders, accountants, doctors, experts, judges, police chiefs, lawyers) are persons; logins
("dnascimento", "svc_backoffice", "kyc-export"), bots ("Tuca", "Cajuzinho", "Aurora (assistente
virtual)"), role labels printed instead of a name ("Cliente", "Atendente", "Você", "Contador(a)",
"Eu", "Golpista") and company names are not. Corporate e-mails of people are EMAIL_ADDRESS; role
mailboxes (suporte@, juridico@, oficios@, kyc@, ouvidoria@, otc@, chargeback@) are not labelled.
ADDRESS is street type + name + number + complement; not bairro, city, state or CEP (CEP is
BR_CEP); where a file splits street and number (the IN 1.888 pipe records) only the street field
is an ADDRESS span; a company's seat ("com sede na Rua Funchal, 418") is not labelled. Agency and
account are separate BANK_ACCOUNT spans; bank codes and names are not. DATE_OF_BIRTH only for
birth dates (also of dependants, and "ddmmyyyy" in the pipe file); admission, death, hearing,
exam, payment and document dates are not. PROFESSIONAL_ID includes the council acronym and UF or
region ("CRM/SP 123456", "OAB/RJ 98.765", "CRC-SP 123456/O-5", "CRP 06/12345", "CREFITO-3
123456-F", "CRO-DF 236442"). PIX_KEY only for random (EVP / UUID) keys used as Pix keys; a Pix key
that is a CPF, e-mail or phone takes that label. Masked values ("***.453.742-**", "4123 ****
**** 1234"), internal ids, UIDs, protocol, ticket, case, order (P2P), contract, OTC, MED and
incident numbers, e2e ids, RENAVAM, certidão matrícula, prontuário, plan registration and
electoral zone are not labelled.
Decided here: crypto wallet addresses (bc1..., 0x..., T..., Solana base58) and transaction hashes
are not personal data by themselves and are never labelled, nor are API key ids, device ids and
hashes. P2P / Telegram handles ("CriptoRapidoSP", "mariana_hodl98") are logins, not persons,
while the KYC name shown next to them is a PERSON. The phone number shown as the sender of an
unsaved WhatsApp contact is PHONE_NUMBER on every line. Bank accounts are BANK_ACCOUNT whoever
holds them (customers, "laranjas", companies, the exchange's own settlement account). CNPJs are
BR_CNPJ whoever holds them (exchange, clinic, hospital, client company; numeric and 2026
alphanumeric, raw or formatted); vehicle plates are LICENSE_PLATE; payment-card PANs are
CREDIT_CARD wherever they appear in full (chat, log, form). A RNM number of a migrant has no
label and is not labelled. Names and identifiers damaged by OCR (l for I, B for 8, rn for m) are
labelled as they stand; an upper-cased e-mail in the plan file is still EMAIL_ADDRESS.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Neidivânia, Kethullyn, Wanderclei, Franciwaldo, Udinéia; Italian, German, Japanese / Okinawan,
Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese, Bolivian, indigenous, Jewish, Polish,
Venezuelan), about half of the name words rare or invented; names that are also words (Rosa,
Luz, Flor, Vitória, Aurora, Glória, Serena, Estrela, Bento, Prudente, Amado, Leão, Justo, Franco;
surnames Branco, Prata, Nobre, Flores, Pinheiro) next to the same words as words ("conta de luz",
"prudente pedir extrato", "seria prudente") and in places, streets and companies (Presidente
Prudente, Bento Gonçalves, Vitória/ES, Aurora/CE, Hospital Santa Luz, Luz Pagamentos S.A.,
Prudente Capital DTVM, Amado & Prata Advogados, Glória Seguros, Rua Flor de Lis, Avenida Prudente
de Morais), which are not persons. Forms: full, ALL CAPS without accents, lower case, "SURNAME,
Given", first name alone, nicknames, OCR-damaged.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check (a
CPF typed wrong, RENAVAM, protocols, rejected CPFs in validator logs; the script checks every
11-digit run outside a gold span), ICD-10 codes (F03, G30.1, I63.9, J96.0), money and crypto
quantities and prices, wallet addresses, tx hashes, Pix e2e ids, protocol / ticket / order /
incident numbers, company names with surnames (Kfouri & Zogbi Importadora, Transportes Catunda,
Menescal Sociedade de Advogados, Nakandakari Hortifruti), streets named after people used as a
company seat, laws and rules ("Lei 14.478/2022", "Lei 9.613/1998", "Circular BCB 3.978/2020",
"IN RFB 1.888/2019", "Súmula 479 do STJ", "Lei 13.709/2018", "art. 854 do CPC"), dates that are
not birth dates.
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
SEED = 5757
OUT_NAME = "fiftyseventh.jsonl"

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
MON3 = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Ana Paula", "Juliana", "Fernanda", "Patrícia", "Camila", "Letícia", "Gabriela", "Mariana", "Beatriz",
        "Larissa", "Tatiane", "Priscila", "Renata", "Cristiane", "Débora", "Eduarda", "Isabela", "Manuela",
        "Sabrina", "Viviane", "Simone", "Luciana", "Raquel", "Heloísa", "Valéria", "Rafaela", "Maria José",
        "Maria Eduarda", "Ana Luíza", "Sandra", "Adriana", "Carla"]
RARE_F = ["Dalvanira", "Eucléia", "Rosicléia", "Edineuza", "Ivaneide", "Luzinete", "Adenilza", "Gesilda",
          "Jucileide", "Nauzira", "Orlandina", "Quitéria", "Railda", "Suelma", "Yandra", "Wellyne", "Ysadora",
          "Zenaide", "Lauane", "Heloysa", "Kellyane", "Dinalva", "Erivânia", "Francimar", "Genilda", "Iranilde",
          "Joselita", "Kethullyn", "Lucivânia", "Maricleide", "Neidivânia", "Otília", "Poliana Kerolayne",
          "Rayanne", "Sheilane", "Tainá", "Udinéia", "Vandeleide", "Wérica", "Zilmar"]
PT_M = ["Rodrigo", "Thiago", "Lucas", "Gustavo", "Rafael", "Bruno", "Diego", "Eduardo", "Fábio", "Gabriel",
        "Henrique", "Leandro", "Matheus", "Ricardo", "Vinícius", "João Paulo", "José Carlos", "Antônio",
        "Francisco", "Roberto", "Daniel", "Márcio", "Fernando", "Guilherme", "Arthur", "Miguel", "Heitor",
        "Luiz Fernando", "Sebastião", "Raimundo"]
RARE_M = ["Adelmário", "Cledivaldo", "Deusdete", "Edmilton", "Franciwaldo", "Gildásio", "Hélcio", "Jocimar",
          "Kaic", "Lindberg", "Marivaldo", "Orisvaldo", "Petrúcio", "Reinivaldo", "Uziel", "Valdelino",
          "Wanderclei", "Ycaro", "Zenóbio", "Ronivon", "Djalma", "Edivan", "Fagner", "Gedeão", "Hildebrando",
          "Irapuan", "Jeovane", "Kleberson", "Lucivaldo", "Maxsuel", "Nerivaldo", "Oziel", "Rhyan", "Sidclei",
          "Tiberio", "Ubiratã", "Waldiney", "Xisto", "Yuri Kauan", "Zoroastro"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Pereira", "Costa", "Rodrigues",
          "Gomes", "Ribeiro", "Carvalho", "Araújo", "Martins", "Barbosa", "Rocha", "Dias", "Monteiro", "Moreira",
          "Cardoso", "Mendes", "Nunes", "Teixeira", "Vieira", "Freitas", "Correia", "Machado", "Nascimento",
          "Azevedo"]
RARE_SUR = ["Cajazeira", "Aragão", "Borborema", "Catunda", "Espinheira", "Falcão Brito", "Honório", "Ibiapina",
            "Jucá", "Mourão", "Nóbrega", "Onofre", "Paiva Cortez", "Quintanilha", "Rabelo", "Tabosa", "Uchôa",
            "Wanderley", "Arruda Botelho", "Camurça", "Feitosa", "Gurgel", "Jatobá", "Lobato", "Orrico",
            "Torquato", "Urquiza", "Valadão", "Bezerril", "Cantuária", "Dorneles", "Esmeraldino", "Frazão",
            "Guedelha", "Iglesias Tupinambá", "Juvêncio", "Lustosa", "Menescal", "Pitombeira", "Sucupira",
            "Tapajós", "Vilarim", "Xavantina", "Zanfirov"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Glória", "Serena", "Estrela"]
WORD_M = ["Bento", "Prudente", "Amado", "Leão", "Justo", "Franco"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Flores", "Luz", "Leão", "Prata", "Franco",
            "Nobre", "Coelho", "Pinheiro", "Cordeiro", "Carneiro", "Aurora"]
NICK = {"José Carlos": "Zé Carlos", "Antônio": "Toninho", "Francisco": "Chico", "Sebastião": "Tião",
        "Raimundo": "Mundinho", "Maria José": "Zezé", "Maria Eduarda": "Duda", "Ana Luíza": "Analu",
        "Luiz Fernando": "Nando", "Deusdete": "Dete", "Franciwaldo": "Wal", "Zoroastro": "Zorô",
        "Lucivaldo": "Lu", "Gildásio": "Gil", "Hildebrando": "Brando", "Ubiratã": "Bira", "Rodrigo": "Digão",
        "Gabriela": "Gabi", "Eduarda": "Duda", "Marivaldo": "Vado", "Wanderclei": "Wander",
        "Quitéria": "Teca", "Joselita": "Zita", "Genilda": "Nida", "Heloísa": "Helô"}
FOREIGN = {
    "it": (["Giuliana", "Franca", "Loredana"], ["Giancarlo", "Paolo", "Raffaele"],
           ["Zanotelli", "Bortoluzzi", "De Marchi", "Pellizzari", "Tomasoni", "Rigotti", "Del Fiol"]),
    "de": (["Hilde", "Irmgard", "Anneliese"], ["Gunther", "Reinhold", "Egon"],
           ["Wiedemann", "Kuhnen", "Schwertner", "Blumenau Grütz", "Hackbarth", "Ruschel"]),
    "jp": (["Akemi", "Yumiko", "Harumi"], ["Tadashi", "Noboru", "Shigueru"],
           ["Nakandakari", "Higa", "Uehara", "Kanashiro", "Tokeshi", "Sakuma"]),
    "lb": (["Samira", "Jamile", "Nawal"], ["Jamil", "Rachid", "Tufik"],
           ["Jabour", "Salomão Hajjar", "Kfouri", "Zogbi", "Bittar", "Chedid"]),
    "kr": (["Eun-ji", "Seo-yeon", "Ji-woo"], ["Dong-hyun", "Min-seok", "Hyun-woo"], ["Park", "Lee", "Kang", "Shin"]),
    "cn": (["Meiling", "Xiu", "Yan"], ["Jianguo", "Wei", "Zhiqiang"], ["Wang", "Liu", "Huang", "Zheng"]),
    "ht": (["Nadège", "Wideline", "Marie-Ange"], ["Jean-Robert", "Wisly", "Frantzy"],
           ["Pierre-Louis", "Jean-Baptiste", "Saintil", "Fénelon", "Désir"]),
    "ao": (["Ndapewa", "Esperança Kamia", "Teodora Lukeny"], ["Nzinga Kiala", "Manuel Kitumba", "Mbemba"],
           ["Kilamba", "Mbala", "Ngola", "Kassoma", "Chipenda"]),
    "sn": (["Mariama", "Ndèye", "Coumba"], ["Abdoulaye", "Modou", "Babacar"], ["Faye", "Mbaye", "Thiam", "Cissé", "Seck"]),
    "bo": (["Wara", "Nayeli", "Rosmery"], ["Limbert", "Edwin", "Wilber"],
           ["Mamani", "Condori", "Choque", "Quispe Huanca", "Flores Copa"]),
    "in": (["Jaciara", "Potyra", "Yacira"], ["Kaiapó", "Raoni", "Ubirajara"], ["Guajajara", "Terena", "Pataxó", "Fulni-ô"]),
    "jw": (["Sarah", "Miriam", "Esther"], ["Moisés", "Jacob", "Benjamin"], ["Goldfarb", "Szajnbrum", "Rosenthal", "Feldman"]),
    "pl": (["Jadwiga", "Halina"], ["Stanisław", "Zbigniew"], ["Wiśniewski", "Kowalczyk", "Nowakowski"]),
    "ve": (["Yusmary", "Daniela Alejandra"], ["Yorman", "Jhoan"], ["Briceño", "Mendoza Rivas", "Guaidó Pérez"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "ao", "sn", "bo", "in", "jw", "pl", "ve", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Nakandakari", "Tokeshi", "Kanashiro", "Uehara", "Sakuma", "Shigueru", "Noboru", "Harumi",
             "Kfouri", "Zogbi", "Chedid", "Jabour", "Hajjar", "Nawal", "Rachid", "Tufik",
             "Wiedemann", "Kuhnen", "Schwertner", "Hackbarth", "Ruschel", "Grütz", "Irmgard", "Egon",
             "Zanotelli", "Bortoluzzi", "Pellizzari", "Tomasoni", "Rigotti", "Fiol"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Silva", "Costa", "Aurora", "Prata", "Cunha"}
DO_SUR = {"Nascimento", "Amaral", "Carmo"}
DOS_SUR = {"Santos", "Reis", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "11", "11", "12", "13", "15", "16", "17", "19", "21", "21", "22", "24", "27", "31", "31", "34",
        "35", "41", "43", "44", "47", "48", "51", "54", "61", "62", "63", "65", "67", "68", "71", "73", "79",
        "81", "82", "83", "85", "86", "91", "92", "94", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Rodovia", "Largo", "Vila"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "Aurora Boreal",
                "Doutor Amado Batista Leão", "Rosa e Silva", "Luz do Sol", "Coronel Gildásio Catunda",
                "Professora Zenaide Borborema", "Sete de Setembro", "Tiradentes", "das Bromélias",
                "Visconde de Ouro Preto", "Marechal Deodoro", "Padre Cícero", "Irmã Dulce", "Dom Hélder Câmara",
                "dos Bandeirantes", "Estrela Dalva", "Governador Valadares", "Vereador Petrúcio Tabosa",
                "Engenheiro Kanashiro", "Tufik Zogbi", "Pastor Wisly Désir", "Nossa Senhora da Glória",
                "Quintino Bocaiúva", "São Bento", "Vitória Régia", "Prata", "das Moedas", "Castro Alves"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Rio Branco", "AC"),
          ("Santa Luzia", "MG"), ("Aurora", "CE"), ("Serra da Prata", "MG"), ("Glória de Dourados", "MS"),
          ("Campinas", "SP"), ("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"),
          ("Curitiba", "PR"), ("Porto Alegre", "RS"), ("Florianópolis", "SC"), ("Blumenau", "SC"),
          ("Goiânia", "GO"), ("Brasília", "DF"), ("Salvador", "BA"), ("Recife", "PE"), ("Fortaleza", "CE"),
          ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"), ("Teresina", "PI"),
          ("São Luís", "MA"), ("Belém", "PA"), ("Manaus", "AM"), ("Cuiabá", "MT"), ("Campo Grande", "MS"),
          ("Uberlândia", "MG"), ("Londrina", "PR"), ("Cascavel", "PR"), ("Chapecó", "SC"), ("Santarém", "PA"),
          ("Petrolina", "PE"), ("Caruaru", "PE"), ("Mossoró", "RN"), ("Imperatriz", "MA"), ("Sinop", "MT")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Prudente", "Bela Vista", "Jardim das Flores", "Alto da Glória",
           "Parque São Bento", "Vila Rosa", "Cidade Nova", "Boa Viagem", "Pituba", "Moinhos de Vento", "Savassi",
           "Batel", "Jardim Leão", "Conjunto Estrela"]
CIDS = ["F03", "F00.1", "G30.1", "I63.9", "F32.2", "F41.1", "I21.9", "C34.9", "J96.0", "N17.9", "E11.9",
        "I10", "Z76.0", "M54.5", "F43.1", "R41.0", "G20", "C50.9", "J18.9", "K70.3", "S06.5", "F10.2"]
EXCHANGES = [("Tucano Exchange", "tucanoex.com.br"), ("BitAurora", "bitaurora.com.br"),
             ("Ipê Cripto", "ipecripto.com"), ("Vértice Digital Assets", "vertice.digital"),
             ("Caju Invest", "cajuinvest.com.br"), ("Mandacaru Bits", "mandacarubits.com.br")]
EXCH_LEGAL = {"Tucano Exchange": "Tucano Intermediação de Ativos Virtuais Ltda.",
              "BitAurora": "BitAurora Serviços de Ativos Virtuais S.A.",
              "Ipê Cripto": "Ipê Cripto Tecnologia e Pagamentos Ltda.",
              "Vértice Digital Assets": "Vértice Digital Assets Ltda.",
              "Caju Invest": "Caju Invest Distribuidora de Títulos e Valores Mobiliários S.A.",
              "Mandacaru Bits": "Mandacaru Bits Intermediação Ltda."}
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú Unibanco"), ("104", "Caixa Econômica Federal"),
         ("033", "Santander"), ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("336", "C6 Bank"),
         ("756", "Sicoob"), ("748", "Sicredi"), ("290", "PagSeguro"), ("380", "PicPay"), ("323", "Mercado Pago"),
         ("208", "BTG Pactual"), ("212", "Banco Original"), ("403", "Cora SCD")]
COINS = ["BTC", "ETH", "USDT", "USDC", "SOL", "BNB", "XRP", "ADA", "MATIC", "LTC", "DOGE", "TRX"]
WORD_COMPANIES = ["Aurora Investimentos", "Prudente Capital DTVM", "Luz Pagamentos S.A.", "Rosa dos Ventos Asset",
                  "Leão de Ouro Câmbio", "Amado & Prata Advogados", "Hospital Santa Luz", "Flor do Cerrado Agro",
                  "Bento Mineração de Dados Ltda.", "Glória Seguros", "Estrela Guia Consultoria Tributária",
                  "Branco & Nobre Contabilidade", "Construtora Franco Coelho", "Farmácia Vitória Popular"]
SURNAME_COMPANIES = ["Kfouri & Zogbi Importadora", "Transportes Catunda", "Supermercados Borborema",
                     "Nakandakari Hortifruti Ltda.", "Padaria Wiedemann", "Mourão Frazão Engenharia",
                     "Clínica Tabosa de Psiquiatria", "Laboratório Pitombeira", "Auto Peças Jatobá",
                     "Mamani Confecções ME", "Zanotelli Vinhos", "Menescal Sociedade de Advogados"]


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
        return self.given.split()[0] if not self.given.startswith(("Maria ", "Ana ", "Jean-", "Marie-")) else self.given

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
    def inv_title(self) -> str:
        return f"{self.last.upper()}, {self.given}"

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "plain", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "inv_title": p.inv_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
            "lowshort": fold(p.short).lower()}[form]


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "ddmmyyyy": f"{dd:02d}{mm:02d}{yy}", "mon": f"{dd:02d}/{MON3[mm - 1]}/{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


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
            if n == 12 and titulo_dv(v[:8], v[8:10]) == v[10:]:
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
        return Person(p.given, [s for s in own if s != of.last] + [of.surnames[-1] if of.surnames[-1] not in SUFFIXES else of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
        l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}", f"{f}.btc",
                          f"{f}{l}.invest"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "proton.me",
                                      "protonmail.com", "terra.com.br"])
        return f"{user}@{domain}"

    def work_email(self, p: Person, domain: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
        l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
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
                "dash": f"{n[:9]}-{n[9:]}"}[style]

    def masked_cpf(self) -> str:
        n = self.cpf_digits()
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***{n[3:9]}**"])

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
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
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.ri(6, 9)) + self.d(7)) if mobile else (str(self.ri(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "wa": f"+55 {ddd} {local[:-4]}-{t}"}[style]

    def card(self, spaced: bool = True, prefix: str | None = None) -> str:
        b = prefix or self.pick(["4", "4", "5", "5", "6"])
        b += self.d(15 - len(b))
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"{self.pick('45')}{self.d(3)} **** **** {self.d(4)}", f"**** {self.d(4)}",
                          f"{self.pick('45')}{self.d(5)}******{self.d(4)}"])

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
        dv = self.chance(0.25) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.pick(["0001", self.d(4), self.d(4)])

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.8) if dv is None else dv
        body = str(self.ri(1, 9)) + self.d(self.ri(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def bank(self) -> tuple[str, str]:
        return self.pick(BANKS)

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168, 181, 191])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.ri(11, 1804)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos",
                          f"sala {self.ri(101, 910)}", f"lote {self.ri(1, 30)} quadra {self.ri(1, 40)}"])
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
        sep = self.pick([", ", ", nº ", " ", ", n. "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1940, hi: int = 2006) -> str:
        dd, mm, yy = self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def ts(self) -> str:
        return f"{self.date('iso')}T{self.hms()}.{self.d(3)}Z"

    def hm(self) -> str:
        return f"{self.ri(0, 23):02d}:{self.ri(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def qty(self, coin: str) -> str:
        if coin in ("BTC",):
            return f"{self.rng.uniform(0.0005, 2.5):.8f}"
        if coin in ("ETH", "BNB", "SOL", "LTC"):
            return f"{self.rng.uniform(0.01, 40):.6f}"
        return f"{self.rng.uniform(10, 90000):.2f}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.19", "8.13", "8.17", "4.03", "4.01", "8.06", "8.21"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2019, 2026)}.{seg}.{self.d(4)}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {n}/O-{self.d(1)}", f"CRC/{uf} {dotted}", f"CRC {uf}-{n}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {dotted}"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 17)} {self.d(6)}-F"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} {dotted}"])

    # ----------------------------------------------------------------- crypto (never labelled)
    def wallet(self, coin: str | None = None) -> str:
        coin = coin or self.pick(["BTC", "ETH", "TRX", "SOL"])
        if coin == "BTC":
            return "bc1q" + "".join(self.pick(BECH32) for _ in range(38))
        if coin == "TRX":
            return "T" + "".join(self.pick(B58) for _ in range(33))
        if coin == "SOL":
            return "".join(self.pick(B58) for _ in range(44))
        return "0x" + "".join(self.pick("0123456789abcdefABCDEF") for _ in range(40))

    def txid(self) -> str:
        return self.pick(["0x", ""]) + self.hexs(64)

    def e2e(self) -> str:
        return f"E{self.d(8)}{self.date('compact')}{self.d(4)}{''.join(self.pick('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(11))}"

    def uid(self) -> str:
        return self.pick([self.d(9), self.d(8), f"U{self.d(10)}"])

    def version(self) -> str:
        return f"{self.ri(0, 4)}.{self.ri(0, 31)}.{self.ri(0, 19)}"

    def ticket(self) -> str:
        return self.pick([f"#{self.d(6)}", f"SUP-{self.d(6)}", f"TK{self.d(8)}", f"{self.ri(2024, 2026)}{self.d(7)}",
                          f"ATD-{self.d(4)}-{self.d(4)}"])

    def order(self) -> str:
        return self.pick([f"P2P-{self.d(19)}", f"{self.d(19)}", f"ORD{self.d(12)}", f"#{self.d(10)}"])


def ocr(s: str, g: Gen, rate: float = 0.35, digits: bool = False) -> str:
    table = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I")] if digits else \
        [("m", "rn"), ("rn", "m"), ("d", "cl"), ("li", "h"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
         ("é", "e"), ("I", "l"), ("n", "ri"), ("o", "ó")]
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


OCR_UNDO = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "|": "1"})


def jstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


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

    def add(self, other: "Doc") -> "Doc":
        base = len(self.text)
        self.text += other.text
        self.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in other.spans]
        self.negs += other.negs
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


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]], ruler: str | None = "-", sep: str = "  ") -> None:
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t(sep.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    if ruler:
        doc.t(sep.join(ruler * w for w in widths) + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(sep)
            if k == len(r) - 1:
                doc.e(v, lab)
            else:
                doc.cell(v, w, lab)
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


def table_csv(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ";", quote_all: bool = False) -> None:
    if cols:
        doc.t(sep.join((f'"{c}"' if quote_all else c) for c in cols) + "\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(sep)
            q = quote_all or sep in v or '"' in v or "\n" in v
            if q:
                doc.t('"')
            if v:
                doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
    l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
    return f"{f[0]}{l}"


def handle(g: Gen, p: Person | None = None) -> str:
    """A P2P / Telegram nickname: a login-like handle, never a PERSON span."""
    base = g.pick(["Cripto", "BTC", "Trader", "P2P", "Satoshi", "Hodl", "Moon", "Bull", "Whale", "Pix"])
    tail = g.pick(["Rapido", "BR", "Express", "Confiavel", "SP", "Nordeste", "24h", "Oficial", "Store"])
    if p is not None and g.chance(0.4):
        return f"{fold(p.first).lower()}_{base.lower()}{g.d(2)}"
    return f"{base}{tail}{g.d(g.ri(0, 3))}"


def exch(g: Gen) -> tuple[str, str]:
    return g.pick(EXCHANGES)


def staff(g: Gen) -> Person:
    return g.person()


# =========================================================================== atendimento


def at_kyc(g: Gen) -> Doc:
    """Back-office KYC onboarding record (label: value), selfie/liveness results and the analyst's decision."""
    doc = Doc()
    ex, dom = exch(g)
    c = g.person()
    mae = g.relative(c, female=True)
    an = staff(g)
    city, uf = g.city()
    doc.f("{ex} · Backoffice › Onboarding › Cadastro PF\nCaso KYC-«k»   Status: «st»   Nível pretendido: «nv»\n"
          "------------------------------------------------------------\n".replace("{ex}", ex),
          k=g.d(7), st=g.pick(["EM ANÁLISE MANUAL", "PENDENTE DOC", "APROVADO C/ RESSALVA", "REPROVADO"]),
          nv=g.pick(["2 (limite R$ 50 mil/mês)", "3 (OTC)", "1"]))
    sep = g.pick([": ", ".......: ", " = ", ":\t"])
    rows = [("Nome completo", (c.full if g.chance(0.7) else c.caps, "PERSON")),
            ("CPF", (g.cpf(), "BR_CPF")),
            ("Data de nascimento", (g.dob(g.pick(["br", "br", "iso"]), 1942, 2007), "DATE_OF_BIRTH")),
            ("Nome da mãe", (g.pick([mae.full, mae.caps]), "PERSON"))]
    if g.chance(0.7):
        rows.append(("Documento", V("CNH")))
        rows.append(("Nº registro CNH", (g.cnh(), "BR_CNH")))
    else:
        rows.append(("Documento", V("RG")))
        rows.append(("RG / órgão", (g.rg(), "BR_RG")))
        doc_extra = g.pick(["SSP/" + uf, "SESP/" + uf, "DETRAN/" + uf])
        rows.append(("Órgão emissor", V(doc_extra)))
    rows += [("Endereço", (g.address(), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS))), ("CEP", (g.cep(g.chance(0.8)), "BR_CEP")),
             ("Cidade/UF", V(f"{city}/{uf}")), ("Celular", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(c), "EMAIL_ADDRESS")),
             ("Profissão", V(g.pick(["Autônomo", "Motorista de aplicativo", "Servidor público", "Empresário", "Estudante",
                                    "Produtor rural", "Aposentado(a)", "Dev. de software"]))),
             ("Renda mensal declarada", V("R$ " + g.money(1200, 60000))), ("PEP", V(g.pick(["Não", "Não", "Sim - parente (1º grau)"]))),
             ("IP do cadastro", (g.ip(), "IP_ADDRESS")),
             ("Título de eleitor (opcional)", (g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.35) else V("—")), ("Device ID", V(g.hexs(16))),
             ("Selfie - liveness", V(f"0.{g.d(3)} ({g.pick(['PASS', 'PASS', 'FAIL'])})")), ("Face match doc x selfie", V(f"{g.ri(61, 99)}%"))]
    if any(k == "Profissão" and v[0] == "Motorista de aplicativo" for k, v in rows) or g.chance(0.2):
        rows.append(("Veículo declarado", (g.plate(), "LICENSE_PLATE")))
    for k, v in rows:
        doc.f("«k»«s»«v»\n", k=k, s=sep, v=v)
    note = g.ri(0, 3)
    doc.f("\nHistórico:\n«d» «h» — «a» (analista KYC): ", d=g.date("br"), h=g.hm(), a=P(an.full))
    if note == 0:
        doc.f("selfie com boné e baixa luz, pedi nova captura pelo app. CPF digitado antes (no 1º envio) foi «n», não passa no dígito, "
              "cliente corrigiu.\n", n=doc.n11(g, g.chance(0.5)))
    elif note == 1:
        doc.f("comprovante de residência em nome de terceiro («t», cônjuge). Aceito com declaração assinada; "
              "conta de luz da «cia» ref. «m»/2025.\n", t=P(g.relative(c).full), cia=g.pick(["Enel", "Cemig", "Coelba", "Copel", "Equatorial"]),
              m=f"{g.ri(1, 12):02d}")
    elif note == 2:
        doc.f("match na lista PEP por homonímia com «h» (ex-vereador em «cid»). Data de nascimento diferente, descartado.\n",
              h=P(g.person().full), cid=g.pick(["Presidente Prudente", "Bento Gonçalves", "Santa Luzia", "Vitória"]))
    else:
        doc.f("renda incompatível com o depósito inicial (R$ «v»). Encaminhado p/ PLD, ticket «t».\n", v=g.money(40000, 400000), t=g.ticket())
    if g.chance(0.6):
        sup = staff(g)
        doc.f("«d» «h» — «s» (coord. onboarding): «x»\n", d=g.date("br"), h=g.hm(), s=P(g.pick([sup.full, sup.short])),
              x=g.pick(["ok, aprovar nível 2.", "manter pendente até o novo doc.", "de acordo com a analista.",
                        "prudente pedir extrato dos 3 últimos meses antes de liberar OTC."]))
    return doc


def at_chat(g: Gen) -> Doc:
    """Support chat transcript (help-desk export) about a withdrawal stuck or a deposit not credited."""
    doc = Doc()
    ex, dom = exch(g)
    c = g.person()
    ag = staff(g)
    bot = g.pick(["Tuca", "Aurora (assistente virtual)", "IpêBot", "Cajuzinho"])
    tk = g.ticket()
    doc.f("Conversa «tk» · canal: «ch» · «d»\nParticipantes: «c» (cliente, UID «u»), «b», «a» (Suporte N1)\n\n",
          tk=tk, ch=g.pick(["chat in-app", "web chat", "WhatsApp Business"]), d=g.date("br"),
          c=P(c.full), u=g.uid(), b=bot, a=P(ag.full))
    times = sorted(g.hm() for _ in range(16))
    i = iter(times)
    cn = g.pick([c.first, c.first, c.nick])
    spk = V("Cliente") if g.chance(0.5) else P(cn)  # some help desks print the role, not the name, on each line
    asp = V("Atendente") if g.chance(0.4) else P(ag.first)
    ccpf = g.cpf_digits()
    doc.f("[«t»] «b»: Olá! Sou «b2», assistente virtual da «ex». Como posso ajudar?\n", t=next(i), b=bot, b2=bot.split()[0], ex=ex)
    doc.f("[«t»] «b»: Para localizar seu cadastro, digite o CPF do titular.\n[«t2»] «c»: «cpf»\n", t=next(i), b=bot, t2=next(i), c=spk,
          cpf=(g.pick([ccpf, fmt_cpf(ccpf), f"{ccpf[:9]}-{ccpf[9:]}"]), "BR_CPF"))
    kind = g.ri(0, 3)
    if kind == 3:
        doc.f("[«t»] «c»: tentei comprar USDT no cartão e recusou 3x. o cartão é «cc» val «v»\n", t=next(i), c=spk,
              cc=(g.card(g.chance(0.6)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
        doc.f("[«t»] «a»: Oi! Aqui é «a2». Por segurança, não envie o número completo do cartão no chat, vou mascarar a mensagem. "
              "A recusa foi do emissor (código 51). Pode tentar via Pix — a chave da «ex» é o CNPJ «cn».\n", t=next(i), a=asp,
              a2=P(ag.full), ex=ex, cn=(g.cnpj(), "BR_CNPJ"))
        doc.f("[«t»] «c»: ok, o pix vai sair da conta da minha esposa, «w», tem problema?\n[«t2»] «a»: Tem sim: depósitos de terceiros são "
              "devolvidos. Precisa ser de conta de mesma titularidade.\n", t=next(i), c=spk, w=P(g.relative(c, True).full), t2=next(i), a=asp)
    elif kind == 0:
        bk = g.bank()
        rel = g.relative(c)
        rel_word = g.pick(["minha esposa", "minha mãe", "minha filha"]) if rel.female else g.pick(["meu marido", "meu pai", "meu filho"])
        doc.f("[«t»] «c»: fiz um saque de R$ «v» ontem pra minha conta no «bn» e até agora nada\n", t=next(i), c=spk, v=g.money(300, 30000), bn=bk[1])
        doc.f("[«t»] «b»: Vou transferir você para um atendente humano.\n", t=next(i), b=bot)
        doc.f("[«t»] «a»: Oi «c», aqui é «a2», tudo bem? Pode confirmar o CPF do titular e os dados bancários cadastrados?\n",
              t=next(i), a=asp, c=P(cn), a2=P(ag.first))
        doc.f("[«t»] «c»: «cpf» ag «ag» cc «cc»\n", t=next(i), c=spk, cpf=(fmt_cpf(ccpf), "BR_CPF"), ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"))
        doc.f("[«t»] «a»: Obrigad«o». O saque caiu em devolução: a conta informada não é de mesma titularidade. O titular retornado pelo banco foi "
              "«t2». É parente seu?\n", t=next(i), a=asp, o=ag.o, t2=P(rel.caps))
        doc.f("[«t»] «c»: é «rel» kkk, eu errei. pode mandar por pix? minha chave é aleatória «pk»\n", t=next(i), c=spk,
              rel=rel_word, pk=(g.uuid(), "PIX_KEY"))
    elif kind == 1:
        coin = g.pick(["USDT", "USDC", "ETH", "BTC"])
        doc.f("[«t»] «c»: depositei «q» «co» pela rede «r» e não creditou. hash «h»\n", t=next(i), c=spk,
              q=g.qty(coin), co=coin, r=g.pick(["TRC20", "ERC20", "BEP20", "Polygon"]), h=g.txid())
        doc.f("[«t»] «b»: Encontrei seu cadastro. Um momento.\n[«t2»] «a»: Olá, sou «a1». Vi aqui que o envio foi para o endereço «w», "
              "que não é o da sua carteira de depósito.\n", t=next(i), b=bot, t2=next(i), a=asp, a1=P(ag.full), w=g.wallet())
        doc.f("[«t»] «c»: mas foi o endereço que o app mostrou!! vcs vão me devolver?\n", t=next(i), c=spk)
        doc.f("[«t»] «a»: Vou abrir análise com a tesouraria. Confirma pra mim um telefone pra contato? O cadastrado é final «f».\n",
              t=next(i), a=asp, f=g.d(4))
        doc.f("[«t»] «c»: «p» ou o fixo «p2»\n", t=next(i), c=spk, p=(g.phone(), "PHONE_NUMBER"), p2=(g.phone(mobile=False), "PHONE_NUMBER"))
    else:
        doc.f("[«t»] «c»: quero alterar meu e-mail, o antigo «e1» foi hackeado\n", t=next(i), c=spk, e1=(g.email(c), "EMAIL_ADDRESS"))
        doc.f("[«t»] «a»: Olá, «c»! Meu nome é «a2». Para troca de e-mail pedimos nova selfie com o documento. O novo seria qual?\n",
              t=next(i), c=P(cn), a=asp, a2=P(ag.first))
        doc.f("[«t»] «c»: «e2» . e meu nascimento é «dob», se precisar\n", t=next(i), c=spk, e2=(g.email(c), "EMAIL_ADDRESS"),
              dob=(g.dob(g.pick(["br", "short", "nopad"])), "DATE_OF_BIRTH"))
        doc.f("[«t»] «a»: Certo. Enviei o link de verificação por SMS para o «p».\n", t=next(i), a=asp, p=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("[«t»] «a»: Seu protocolo é «tk». Prazo de retorno: até 2 dias úteis.\n", t=next(i), a=asp, tk=tk)
    doc.f("[«t»] «c»: «x»\n", t=next(i), c=spk, x=g.pick(["ok obg", "valeu!!", "tá bom, aguardo", "vou esperar mas se não resolver vou no procon"]))
    doc.f("[«t»] «b»: Avalie este atendimento de 1 a 5.\n", t=next(i), b=bot)
    return doc


def at_ato(g: Gen) -> Doc:
    """Account-takeover incident note with the access log (IPs, 2FA/e-mail changes, withdrawal to an external wallet)."""
    doc = Doc()
    ex, dom = exch(g)
    c = g.person()
    an = staff(g)
    an2 = staff(g)
    inc = f"INC-{g.d(5)}"
    doc.f("«inc» | Suspeita de account takeover | Sev «s»\nAberto por: «a» <«ae»>   Time: Fraude & Segurança\n"
          "Cliente: «c» | UID «u» | CPF «cpf»\nContato cadastrado: «e» / «p»\n\n",
          inc=inc, s=g.ri(1, 3), a=P(an.full), ae=(g.work_email(an, dom), "EMAIL_ADDRESS"), c=P(g.pick([c.full, c.caps])),
          u=g.uid(), cpf=(g.cpf(), "BR_CPF"), e=(g.email(c), "EMAIL_ADDRESS"), p=(g.phone(), "PHONE_NUMBER"))
    doc.t("Linha do tempo (UTC-3), extraída do audit log:\n")
    ip_home = g.ip()
    ip_bad = g.ip()
    d = g.date("iso")
    evs = [("LOGIN_OK", ip_home, f"device={g.pick(['iPhone 13', 'Moto G84', 'Galaxy A54', 'Redmi Note 12'])}"),
           ("LOGIN_OK", ip_bad, f"device=Windows/Chrome ua_hash={g.hexs(8)}"),
           ("2FA_RESET_REQUEST", ip_bad, "via=email"),
           ("EMAIL_CHANGED", ip_bad, None),
           ("API_KEY_CREATED", ip_bad, f"key_id={g.hexs(10)} perms=withdraw"),
           ("CARD_ADDED", ip_bad, None),
           ("WITHDRAW_CRYPTO", ip_bad, None)]
    hs = sorted(g.hms() for _ in evs)
    for (ev, ip, extra), hh in zip(evs, hs):
        doc.f("«d» «h» «ev» ip=«ip» ", d=d, h=hh, ev=ev.ljust(18), ip=(ip, "IP_ADDRESS"))
        if ev == "EMAIL_CHANGED":
            att = g.person()
            doc.f("new=«e»\n", e=(g.email(att, g.pick(["proton.me", "tutanota.com", "gmail.com"])), "EMAIL_ADDRESS"))
        elif ev == "CARD_ADDED":
            doc.f("pan=«p» exp=«x» (log legado sem mascaramento, ver DPO-«n»)\n", p=(g.card(False), "CREDIT_CARD"),
                  x=f"{g.ri(1, 12):02d}{g.ri(27, 32)}", n=g.d(4))
        elif ev == "WITHDRAW_CRYPTO":
            coin = g.pick(["USDT", "BTC", "ETH"])
            doc.f("asset=«co» qty=«q» to=«w»\n", co=coin, q=g.qty(coin), w=g.wallet("TRX" if coin == "USDT" else ("BTC" if coin == "BTC" else "ETH")))
        else:
            doc.t(f"{extra}\n")
    doc.f("\nAnálise («a»): o IP «ip» é de VPS ({g}) e já apareceu em «n» outros casos. O cliente relata ter recebido SMS falso "
          "«q»Sua conta «ex» foi bloqueada, regularize«q2» e informado código no site falso. Saldo subtraído: R$ «v».\n".replace("{g}", g.pick(["Hetzner", "OVH", "Contabo", "DigitalOcean"])),
          a=P(an.first), ip=(ip_bad, "IP_ADDRESS"), n=g.ri(2, 14), q="“", q2="”", ex=ex, v=g.money(2000, 90000))
    if g.chance(0.6):
        doc.f("Cliente ligou do «p2» às «h». Atendido por «b». Orientado a registrar B.O. (nº «bo»).\n",
              p2=(g.phone(), "PHONE_NUMBER"), h=g.hm(), b=P(an2.full), bo=f"{g.d(4)}/{g.ri(2024, 2026)}")
    doc.f("Ações: bloqueio preventivo, revogação de API keys, restauração do e-mail original após selfie (score «s»). "
          "Endereço de destino reportado à «t» e adicionado à blocklist interna.\n", s=f"0.{g.d(2)}",
          t=g.pick(["Tether", "Chainalysis", "TRM Labs"]))
    doc.f("cc: «b» — «be»\n", b=P(an2.short), be=(g.work_email(an2, dom), "EMAIL_ADDRESS"))
    return doc


def at_p2p(g: Gen) -> Doc:
    """P2P trade appeal: order summary, the order chat between handles and the arbitrator's note."""
    doc = Doc()
    ex, dom = exch(g)
    buyer = g.person()
    seller = g.person()
    arb = staff(g)
    hb, hs = handle(g, buyer), handle(g, seller)
    coin = g.pick(["USDT", "USDT", "BTC"])
    order = g.order()
    bk = g.bank()
    doc.f("APELAÇÃO P2P — pedido «o»\nAnúncio: venda de «co» · preço R$ «pr» · valor R$ «v»\nComprador: «hb» (KYC: «bn»)\n"
          "Vendedor: «hs» (KYC: «sn»)\nMotivo: «m»\n\n",
          o=order, co=coin, pr=f"{g.rng.uniform(5.1, 6.2):.3f}".replace(".", ",") if coin == "USDT" else g.money(300000, 600000),
          v=g.money(500, 45000), hb=hb, bn=P(buyer.caps), hs=hs, sn=P(seller.caps),
          m=g.pick(["pagamento efetuado, vendedor não liberou", "vendedor alega não ter recebido", "pagamento de terceiro"]))
    doc.f("Dados de pagamento do anúncio: «bn» · ag. «ag» · conta «cc» · chave Pix «k»\n\n", bn=g.bank()[1], ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), k=g.pick([(g.cpf("raw"), "BR_CPF"), (g.email(seller), "EMAIL_ADDRESS"), (g.uuid(), "PIX_KEY")]))
    doc.f("Contato verificado do comprador: «p» · e-mail «e»\n\n", p=(g.phone(), "PHONE_NUMBER"), e=(g.email(buyer), "EMAIL_ADDRESS"))
    doc.t("Chat do pedido:\n")
    doc.f("«t» «hb»: paguei, segue comprovante\n«t2» «hb»: [imagem] comprovante_pix.jpg\n", t=g.hm(), hb=hb, t2=g.hm())
    doc.f("«t» «hs»: não caiu nada aqui. manda pro meu pix «k» de novo q eu confiro\n", t=g.hm(), hs=hs,
          k=(g.uuid(), "PIX_KEY") if g.chance(0.6) else (g.phone("raw"), "PHONE_NUMBER"))
    doc.f("«t» «hb»: irmão o pix foi pra conta «bn2» ag «ag» cc «cc» que tá no anúncio, titular «tn»\n", t=g.hm(), hb=hb,
          bn2=bk[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), tn=P(g.pick([seller.full, seller.low])))
    if g.chance(0.5):
        doc.f("«t» «hs»: essa conta é da minha mãe, «m». tá tudo certo, vou liberar\n", t=g.hm(), hs=hs, m=P(g.relative(seller, True).full))
    else:
        doc.f("«t» «hs»: vou abrir disputa, o nome no pix é «p» e não o seu\n", t=g.hm(), hs=hs, p=P(g.person().caps))
    doc.t("\nComprovante (OCR do anexo):\n")
    payer = g.pick([buyer, g.person()])
    doc.f("  Pagador: «p»\n  CPF: «mc»\n  Instituição: «ib»\n  Recebedor: «r»\n  CPF: «mc2»\n  ID: «e2e»\n  Valor: R$ «v»\n",
          p=P(ocr(payer.caps, g, 0.3)), mc=g.masked_cpf(), ib=g.bank()[1], r=P(seller.caps), mc2=g.masked_cpf(), e2e=g.e2e(), v=g.money(500, 45000))
    doc.f("\nNota do árbitro («a», «ae»): ", a=P(arb.full), ae=(g.work_email(arb, dom), "EMAIL_ADDRESS"))
    doc.t(g.pick(["pagador é terceiro, pedido cancelado e valor devolvido ao pagador; comprador advertido (2ª ocorrência).",
                  "crédito confirmado pelo extrato enviado pelo vendedor, cripto liberada. Caso encerrado.",
                  "vendedor não respondeu em 60 min, liberado o ativo ao comprador conforme regra 4.2 dos Termos P2P."]) + "\n")
    return doc


def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp export forwarded by a scam victim (fake support / fake investment manager) to the real support."""
    doc = Doc()
    ex, dom = exch(g)
    v = g.person()
    scam_name = g.pick([f"Suporte {ex}", f"{ex} Oficial", "Gerente de Investimentos", "Consultor Binance Brasil"])
    scam_phone = g.phone("wa") if g.chance(0.55) else None  # an unsaved contact is shown by its number
    vcpf = g.cpf_digits()
    lar = g.person()
    d = g.date("br")
    ag = staff(g)
    doc.f("De: «ve»\nPara: suporte@«dom»\nAssunto: Fw: GOLPE!!! conversa com o falso suporte\n\n"
          "Boa noite, caí num golpe, segue a conversa exportada. Meu nome é «vn», CPF «cpf». Me ajudem por favor\n\n"
          "--- Conversa do WhatsApp com «sn».txt ---\n",
          ve=(g.email(v), "EMAIL_ADDRESS"), dom=dom, vn=P(v.full), cpf=(fmt_cpf(vcpf), "BR_CPF"),
          sn=(scam_phone, "PHONE_NUMBER") if scam_phone else scam_name)
    vt = g.pick([v.first, v.full, v.short])
    lines = [(scam_name, f"Olá {'{VN}'}, identificamos uma movimentação suspeita na sua conta {ex}."),
             ("ME", "oi? como assim"),
             (scam_name, "Para proteger seus ativos precisamos migrar para a carteira de segurança. Confirme seu CPF e data de nascimento"),
             ("ME", "{CPF} {DOB}"),
             (scam_name, "Perfeito. Agora envie os USDT para a carteira segura: {W}"),
             ("ME", "enviei"),
             (scam_name, "Para liberar o seguro do fundo é necessário pagar a taxa de R$ {V} no pix abaixo"),
             (scam_name, "{PIX}"),
             (scam_name, "favorecido: {LAR} - {BANK}"),
             ("ME", "paguei. quando volta?"),
             (scam_name, "em até 24h. não comente com ninguém, é procedimento sigiloso")]
    scam_tag = g.pick(["Golpista", "Ele", "Suporte falso", "Fake"])
    copied = g.chance(0.45)  # pasted by hand from the phone instead of exported: "Eu" / "Golpista"
    if copied:
        doc.t("(copiei do celular, não consegui exportar)\n")
    for (who, msg), hh in zip(lines, sorted(g.hm() for _ in lines)):
        if copied:
            doc.f("«h» ", h=hh)
        else:
            doc.f("«d» «h» - ", d=d, h=hh)
        if who == "ME":
            if copied:
                doc.t("Eu: ")
            else:
                doc.f("«n»: ", n=P(vt))
        elif copied:
            doc.t(scam_tag + ": ")
        elif scam_phone:
            doc.f("«p»: ", p=(scam_phone, "PHONE_NUMBER"))
        else:
            doc.t(f"{who}: ")
        parts = re.split(r"(\{\w+\})", msg)
        for p in parts:
            if p == "{VN}":
                doc.e(v.first, "PERSON")
            elif p == "{CPF}":
                doc.e(vcpf, "BR_CPF")
            elif p == "{DOB}":
                doc.e(g.dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH")
            elif p == "{W}":
                doc.t(g.wallet("TRX"))
            elif p == "{V}":
                doc.t(g.money(150, 4000))
            elif p == "{PIX}":
                doc.e(g.uuid(), "PIX_KEY")
            elif p == "{LAR}":
                doc.e(lar.caps, "PERSON")
            elif p == "{BANK}":
                doc.t(g.pick(["Nubank", "PicPay", "Mercado Pago", "Banco Inter", "PagBank"]))
            else:
                doc.t(p)
        doc.t("\n")
    doc.f("\n--- Resposta ---\nOlá, «vf». Sou «a», do time de Prevenção a Fraudes. A «ex» nunca pede envio de criptoativos para "
          "\"carteira segura\". Registramos o caso «tk» e acionamos o MED junto à instituição do recebedor. O recebedor «l» "
          "(CPF «lc») já consta na nossa base de contas de passagem. Recomendamos registrar B.O. Entraremos em contato pelo «vp».\n",
          vf=P(v.first), a=P(ag.full), ex=ex, tk=g.ticket(), l=P(lar.full), lc=(g.cpf(), "BR_CPF"), vp=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_ocr(g: Gen) -> Doc:
    """Raw OCR of a CNH photo from the KYC pipeline, then the parsed fields (JSON) and the validation flags."""
    doc = Doc()
    c = g.person()
    pai = g.relative(c, False)
    mae = g.person(True)
    uf = g.pick(UFS)
    city, cuf = g.city()
    cnh = g.cnh()
    rg = g.rg("raw")
    cpf = g.cpf_digits()
    dob = g.dob("br", 1950, 2006)
    doc.f("[ocr-worker-«w»] job=«j» doc_type=CNH_FRENTE engine=«e» conf=0.«cf»\n----- raw text -----\n",
          w=g.ri(1, 9), j=g.hexs(12), e=g.pick(["tesseract-5.3", "textract", "vision-v2"]), cf=g.d(2))
    doc.t("REPUBLICA FEDERATIVA DO BRASIL\nMINISTERIO DA INFRAESTRUTURA\nDEPARTAMENTO NACIONAL DE TRANSITO\nCARTEIRA NACIONAL DE HABILITACAO\n")
    doc.f("NOME\n«n»\n", n=P(ocr(c.caps, g, 0.4)))
    doc.f("DOC. IDENTIDADE / ORG. EMISSOR / UF\n«rg» SSP «uf»\n", rg=(rg, "BR_RG"), uf=uf)
    doc.f("CPF                DATA NASCIMENTO\n«cpf»     «dob»\n", cpf=(fmt_cpf(cpf), "BR_CPF"), dob=(dob, "DATE_OF_BIRTH"))
    doc.f("FILIACAO\n«p»\n«m»\n", p=P(ocr(pai.caps, g, 0.3)), m=P(mae.caps))
    doc.f("PERMISSAO  ACC  CAT. HAB.\n            «cat»\nN° REGISTRO     VALIDADE     1a HABILITACAO\n«cnh»     «val»   «h1»\n",
          cat=g.pick(["B", "AB", "D", "AE"]), cnh=(cnh, "BR_CNH"), val=g.date("br", g.ri(2026, 2034)), h1=g.date("br", g.ri(1975, 2024)))
    doc.f("OBSERVACOES\n«ob»\nLOCAL            DATA EMISSAO\n«ci», «cu»   «de»\n", ob=g.pick(["EAR", "", "A", "EAR D"]),
          ci=fold(city).upper(), cu=cuf, de=g.date("br", g.ri(2018, 2025)))
    doc.f("----- parsed -----\n{\"nome\": \"«n»\", \"cpf\": \"«cpf»\", \"rg\": \"«rg»\", \"dt_nasc\": \"«dob»\", "
          "\"nome_mae\": \"«m»\", \"nome_pai\": \"«p»\", \"registro_cnh\": \"«cnh»\", \"categoria\": \"«cat»\"}\n",
          n=P(c.caps), cpf=(cpf, "BR_CPF"), rg=(rg, "BR_RG"), dob=(fmt_date(int(dob[:2]), int(dob[3:5]), int(dob[6:]), "iso"), "DATE_OF_BIRTH"),
          m=P(mae.caps), p=P(pai.caps), cnh=(cnh, "BR_CNH"), cat=g.pick(["B", "AB"]))
    doc.f("----- checks -----\ncpf_dv=OK  cnh_dv=OK  nome_x_receita=«nr»  validade=OK  selfie_match=0.«sm»\n",
          nr=g.pick(["OK", "DIVERGENTE", "OK", "OK (abreviado)"]), sm=g.d(2))
    if g.chance(0.5):
        doc.f("warn: campo 'N° REGISTRO' lido como «b» na 1ª passada (dígito inválido), relido com crop.\n", b=doc.n11(g))
    return doc


def at_queue(g: Gen) -> Doc:
    """CSV export of the KYC manual-review queue (help desk view), with the reviewer per case."""
    doc = Doc()
    ex, dom = exch(g)
    doc.f("# export fila_kyc_manual «d» «h» — gerado por «u»\n", d=g.date("iso"), h=g.hm(), u=g.pick(["svc_backoffice", "relatorios_bot", "kyc-export"]))
    sep = g.pick([";", ",", ";"])
    cols = ["caso", "aberto_em", "nome", "cpf", "dt_nasc", "celular", "doc_tipo", "doc_numero", "motivo", "revisor", "status", "ip_cadastro"]
    revs = [staff(g) for _ in range(3)]
    rows = []
    for _ in range(g.ri(4, 6)):
        c = g.person()
        nm = g.pick([c.full, c.caps, c.caps, c.low])
        rv = g.pick(revs)
        rows.append([V(f"KYC-{g.d(7)}"), V(g.date("iso") + " " + g.hm()), P(nm), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH"), (g.phone(g.pick(["raw", "e164", "par"])), "PHONE_NUMBER"),
                     *g.pick([[V("CNH"), (g.cnh(), "BR_CNH")], [V("RG"), (g.rg(), "BR_RG")], [V("CNH"), (g.cnh(), "BR_CNH")],
                              [V("RNM"), V(f"{g.pick('FGV')}{g.d(6)}-{g.d(1)}")]]),
                     V(g.pick(["selfie divergente", "doc vencido", "PEP - homonimo", "menor de idade?", "CPF suspenso na RFB",
                               "comprovante ilegivel", "prova de vida falhou 3x", "renda x patrimonio"])),
                     V(login(rv)) if g.chance(0.5) else P(g.pick([rv.short, rv.first])),
                     V(g.pick(["aberto", "pendente_cliente", "aprovado", "reprovado", "escalado_pld"])), (g.ip(), "IP_ADDRESS")])
    table_csv(doc, cols, rows, sep=sep)
    doc.f("# total: «n» casos; SLA estourado: «s». Dúvidas: «r» (coord. KYC) ou kyc@«dom»\n", n=len(rows), s=g.ri(0, 3),
          r=P(g.person().full), dom=dom)
    return doc


# =========================================================================== juridico

VARAS = ["1ª Vara Cível", "3ª Vara Cível", "2ª Vara de Execuções Fiscais", "5ª Vara Federal Criminal", "Vara do Trabalho",
         "12ª Vara Cível", "2ª Vara de Família e Sucessões", "Vara Única", "4ª Vara Empresarial"]


def qualif(g: Gen, doc: Doc, p: Person, caps: bool = True, with_addr: bool = True) -> None:
    """Qualification of a party in a petition: name, nationality, civil state, profession, RG, CPF, address."""
    city, uf = g.city()
    doc.f("«n», brasileir«o», «ec», «pr», portador«a» do RG nº «rg» «org» e inscrit«o» no CPF sob o nº «cpf»",
          n=P(p.caps if caps else p.full), o=p.o, a="a" if p.female else "", ec=g.pick(["solteir" + p.o, "casad" + p.o, "divorciad" + p.o, "em união estável"]),
          pr=g.pick(["empresári" + p.o, "engenheir" + p.o, "aposentad" + p.o, "comerciante", "motorista", "analista de sistemas",
                     "professor" + ("a" if p.female else ""), "médic" + p.o, "autônom" + p.o]),
          rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP/" + uf, "SESP/" + uf, "DETRAN/RJ"]), cpf=(g.cpf(), "BR_CPF"))
    if g.chance(0.3):
        doc.f(", CNH nº «c»", c=(g.cnh(), "BR_CNH"))
    elif g.chance(0.2):
        doc.f(", título de eleitor nº «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    if with_addr:
        doc.f(", residente e domiciliad«o» na «ad», «b», «ci»/«uf», CEP «cep»", o=p.o, ad=(g.address(), "ADDRESS"),
              b=g.pick(BAIRROS), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"))
        if g.chance(0.6):
            doc.f(", endereço eletrônico «e»", e=(g.email(p), "EMAIL_ADDRESS"))


def ju_oficio(g: Gen) -> Doc:
    """Court order (ofício) to freeze crypto assets and the exchange's reply with balances and registered data."""
    doc = Doc()
    ex, dom = exch(g)
    exq = g.person()
    exd = g.person()
    jz = g.person()
    city, uf = g.city()
    proc = g.cnj()
    vara = g.pick(VARAS)
    cls = g.pick(["Cumprimento de Sentença", "Execução de Título Extrajudicial", "Alimentos", "Tutela Cautelar Antecedente"])
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO\nComarca de «ci» — «va»\n\nOfício nº «n»/«y»\nProcesso nº «pr»\n"
          "Classe: «cl»\nExequente: «eq»\nExecutad«o»: «ed» — CPF «cpf»\n\n",
          ci=city, va=vara, n=g.ri(12, 2400), y=g.ri(2024, 2026), pr=proc, cl=cls,
          eq=P(exq.caps) if (cls == "Alimentos" or g.chance(0.7)) else V(g.pick(SURNAME_COMPANIES + WORD_COMPANIES)), o=exd.o, ed=P(exd.caps), cpf=(g.cpf(), "BR_CPF"))
    doc.f("Ilmo(a). Sr(a). Responsável pelo Departamento Jurídico da «lg»\n\nDe ordem do(a) MM(ª). Juiz(a) de Direito, «j», "
          "DETERMINO o BLOQUEIO de criptoativos, saldos em reais e quaisquer valores mantidos em nome d«o» executad«o» acima "
          "qualificad«o», até o limite de R$ «v», nos termos do art. 854 do CPC e da Lei 14.478/2022, devendo essa "
          "instituição informar, em 10 (dez) dias, os saldos existentes, endereços de carteira vinculados e extratos dos últimos 12 meses.\n\n"
          "«ci», «dt».\n«j2»\nJuiz(a) de Direito\n(assinado digitalmente — art. 1º, § 2º, III, a, da Lei 11.419/2006)\n\n",
          lg=EXCH_LEGAL[ex], j=P(jz.full), o=exd.o, v=g.money(5000, 900000), ci=city, dt=g.date("long"), j2=P(jz.caps))
    an = staff(g)
    lw = staff(g)
    doc.f("=====================  RESPOSTA  =====================\n«lg», CNPJ «cn», em atenção ao Ofício em referência, informa:\n\n"
          "1. Dados cadastrais d«o» titular\n   Nome: «n»\n   CPF: «cpf»\n   Data de nascimento: «dob»\n   Endereço: «ad» — CEP «cep»\n"
          "   Telefone: «p»\n   E-mail: «e»\n   Cliente desde: «ds»\n\n2. Saldos bloqueados em «db» às «h»:\n",
          lg=EXCH_LEGAL[ex], cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), o=exd.o, n=P(exd.full), cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob("br"), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), p=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(exd), "EMAIL_ADDRESS"), ds=g.date("br", g.ri(2018, 2024)), db=g.date("br"), h=g.hm())
    rows = []
    for coin in g.rng.sample(COINS, g.ri(2, 4)) + ["BRL"]:
        rows.append([V(coin), V(g.qty(coin) if coin != "BRL" else g.money(10, 40000)), V(g.money(50, 200000)),
                     V(g.wallet({"BTC": "BTC", "TRX": "TRX", "SOL": "SOL"}.get(coin, "ETH")) if coin != "BRL" else "—")])
    if g.chance(0.5):
        table_fixed(doc, ["Ativo", "Quantidade", "Valor ref. (R$)", "Endereço de depósito"], rows, ruler=g.pick(["-", "="]))
    else:
        table_box(doc, ["Ativo", "Quantidade", "Valor ref. (R$)", "Endereço de depósito"], rows)
    if g.chance(0.6):
        doc.f("\nObs.: constam no RENAJUD, em nome d«o» executad«o», os veículos de placas «p1» e «p2», já restritos por este juízo.\n",
              o=exd.o, p1=(g.plate(), "LICENSE_PLATE"), p2=(g.plate(), "LICENSE_PLATE"))
    bk = g.bank()
    doc.f("\n3. Conta bancária cadastrada para saques: «b» («bc»), agência «ag», conta «cc».\n"
          "4. Não há chaves de API ativas. IPs dos últimos acessos: «i1», «i2».\n\n"
          "Atenciosamente,\n«a» — Analista de Compliance\n«l» — «oab»\n",
          b=bk[1], bc=bk[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), i1=(g.ip(), "IP_ADDRESS"),
          i2=(g.ip(), "IP_ADDRESS"), a=P(an.full), l=P(lw.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    return doc


def ju_coaf(g: Gen) -> Doc:
    """Suspicious-activity communication to COAF (SISCOAF form) with the narrative of the case."""
    doc = Doc()
    ex, dom = exch(g)
    t = g.person()
    ofc = staff(g)
    n_pix = g.ri(18, 140)
    tc = g.city()
    doc.f("SISCOAF — Comunicação de Operação Suspeita (COS)\nNº de controle interno: PLD-«c»/«y»\nComunicante: «lg» — CNPJ «cn»\n"
          "Segmento: prestadora de serviços de ativos virtuais (Lei 14.478/2022; Resolução BCB nº 520/2025)\n"
          "Enquadramento: Lei 9.613/1998, art. 11, II; Circular BCB 3.978/2020, art. 39\n\n",
          c=g.d(5), y=g.ri(2024, 2026), lg=EXCH_LEGAL[ex], cn=(g.cnpj(), "BR_CNPJ"))
    doc.f("ENVOLVIDOS\n[1] Titular: «n» | CPF «cpf» | nasc. «dob» | «pr» | renda declarada R$ «r»\n    End.: «ad», «ci»/«uf» | CEP «cep» | tel. «p»\n",
          n=P(t.caps), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH"),
          pr=g.pick(["estudante", "motoboy", "do lar", "autônomo", "vendedor"]), r=g.money(1300, 4000),
          ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), ci=tc[0], uf=tc[1], cep=(g.cep(), "BR_CEP"), p=(g.phone(), "PHONE_NUMBER"))
    k = 2
    cps = []
    for _ in range(g.ri(2, 4)):
        cp = g.person()
        cps.append(cp)
        bk = g.bank()
        if g.chance(0.2):
            doc.f("[«k»] Contraparte (PJ): «co» | CNPJ «cn» | «bn» ag. «ag» c/c «cc»\n", k=k, co=g.pick(SURNAME_COMPANIES),
                  cn=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"), bn=bk[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
        else:
            doc.f("[«k»] Remetente Pix: «n» | CPF «cpf» | «bn» ag. «ag» c/c «cc»\n", k=k, n=P(g.pick([cp.caps, cp.full])),
                  cpf=(g.cpf(), "BR_CPF"), bn=bk[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
        k += 1
    doc.f("\nDESCRIÇÃO DA OPERAÇÃO\nEntre «d1» e «d2», «o» titular, com renda declarada incompatível, recebeu «np» transferências Pix de «nr» "
          "remetentes distintos, totalizando R$ «v», convertidas em USDT (rede TRC20) em até 15 minutos após cada crédito e "
          "sacadas para o endereço «w». O endereço tem exposição indireta (2 saltos) a serviço de mixing segundo a ferramenta de "
          "análise on-chain. Entre os remetentes, «c1» declarou, em contato com o suporte, ter pago por um \"investimento garantido\" "
          "divulgado no Instagram. O login ocorreu a partir do IP «ip», compartilhado com outras «nc» contas abertas na mesma semana. "
          "Protocolos de atendimento: «p1», «p2».\n\n",
          d1=g.date("br"), d2=g.date("br"), o="a" if t.female else "o", np=n_pix, nr=g.ri(10, n_pix), v=g.money(60000, 2500000),
          w=g.wallet("TRX"), c1=P(g.pick([cps[0].full, cps[0].short])), ip=(g.ip(), "IP_ADDRESS"), nc=g.ri(2, 9),
          p1=g.ticket(), p2=doc.n11(g))
    doc.f("Providências: conta bloqueada cautelarmente em «d»; comunicação sem ciência do cliente (art. 11, II). "
          "Responsável: «r» (Diretor(a) de PLD/FT) — «re»\n", d=g.date("br"), r=P(ofc.full), re=(g.work_email(ofc, dom), "EMAIL_ADDRESS"))
    return doc


def ju_peticao(g: Gen) -> Doc:
    """Initial petition of a scam victim against the exchange (consumer law), lawyer's signature with OAB."""
    doc = Doc()
    ex, dom = exch(g)
    a = g.person()
    adv = g.person()
    adv2 = g.person()
    city, uf = g.city()
    office = g.pick(["Amado & Prata Advogados", "Menescal Sociedade de Advogados", f"{adv.last} & {adv2.last} Advogados Associados",
                     "Branco & Nobre Advocacia"])
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «j» JUIZADO ESPECIAL CÍVEL DA COMARCA DE «ci»/«uf»\n\n\n",
          j=g.pick(["1º", "2º", "3º"]), ci=fold(city).upper(), uf=uf)
    qualif(g, doc, a, caps=True)
    doc.f(", por seus advogados infra-assinados («of»), vem, respeitosamente, propor\n\nAÇÃO DE RESTITUIÇÃO C/C INDENIZAÇÃO POR DANOS "
          "MORAIS\n\nem face de «lg», inscrita no CNPJ sob o nº «cn», com sede na «sede», pelos fatos e fundamentos a seguir.\n\n"
          "I — DOS FATOS\n\n", of=office, lg=EXCH_LEGAL[ex].upper(), cn=(g.cnpj(), "BR_CNPJ"),
          sede=g.pick(["Avenida Brigadeiro Faria Lima, 3477, 14º andar, São Paulo/SP", "Rua Funchal, 418, São Paulo/SP",
                       "Avenida Prudente de Morais, 1200, Natal/RN", "Rua Bento Gonçalves, 55, Porto Alegre/RS"]))
    lar = g.person()
    doc.f("1. O(A) Autor(a) é cliente da Ré desde «ds» (UID «u»). Em «df», teve sua conta invadida após receber ligação do número «pf», "
          "em que o interlocutor, identificando-se como «fk», \"do setor de segurança\", conhecia seu nome completo, CPF e data de "
          "nascimento («dob»).\n\n", ds=g.date("br", g.ri(2020, 2023)), u=g.uid(), df=g.date("long"), pf=(g.phone(), "PHONE_NUMBER"),
          fk=g.pick(["Carlos", "Amanda", "Rafael", "Bruna"]), dob=(g.dob("br"), "DATE_OF_BIRTH"))
    doc.f("2. Em menos de 40 minutos, foram realizados «n» saques que somaram R$ «v», sendo parte em criptoativos para endereço externo "
          "(«w») e parte via Pix para conta de terceiro, «l», CPF «lc», agência «ag», conta «cc», sem qualquer bloqueio pela Ré, "
          "apesar do padrão manifestamente atípico (doc. 7). O protocolo de reclamação nº «pt» não foi respondido.\n\n",
          n=g.ri(3, 9), v=g.money(8000, 250000), w=g.wallet(), l=P(lar.caps), lc=(g.cpf(), "BR_CPF"), ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), pt=doc.n11(g))
    doc.f("II — DO DIREITO\n\nA responsabilidade da Ré é objetiva (art. 14 do CDC), e o fortuito interno relativo a fraudes praticadas por "
          "terceiros não a exime (Súmula 479 do STJ). Aplica-se ainda a Lei 13.709/2018 (LGPD), arts. 46 e 44, quanto ao vazamento "
          "de dados que possibilitou o golpe.\n\nIII — DOS PEDIDOS\n\na) a restituição de R$ «v»; b) indenização por danos morais de "
          "R$ «m»; c) a inversão do ônus da prova (art. 6º, VIII, CDC).\n\nDá-se à causa o valor de R$ «vc».\n\n«ci», «dt».\n\n",
          v=g.money(8000, 250000), m=g.money(5000, 20000), vc=g.money(20000, 280000), ci=city, dt=g.date("long"))
    doc.f("«a1»\n«o1»\n\n«a2»\n«o2»\n", a1=P(adv.caps if g.chance(0.4) else adv.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          a2=P(adv2.full), o2=(g.council("OAB", g.pick([uf, "SP"])), "PROFESSIONAL_ID"))
    return doc


def ju_policia(g: Gen) -> Doc:
    """Police request for data on an investigated account and the compliance reply (KYC data, login IPs)."""
    doc = Doc()
    ex, dom = exch(g)
    dl = g.person()
    inv = g.person()
    vit = g.person()
    city, uf = g.city()
    doc.f("POLÍCIA CIVIL DO ESTADO — «dp»\nInquérito Policial nº «ip»\nOfício nº «of»/«y»-«sg»\n\nÀ «lg»\nA/C Departamento Jurídico / "
          "oficios@«dom»\n\nSenhor(a) Responsável,\n\nNos autos do inquérito em epígrafe, que apura crime de estelionato "
          "(art. 171, § 2º-A, do Código Penal) praticado contra «v», requisito, com fundamento no art. 15 da Lei 12.850/2013 "
          "e no art. 10, § 3º, da Lei 12.965/2014, os dados cadastrais e registros de acesso da conta vinculada ao CPF «cpf».\n\n"
          "«d»\n«dl»\nDelegad«o» de Polícia\n\n",
          dp=g.pick(["DRCC — Delegacia de Repressão a Crimes Cibernéticos", "4ª DIG — DEIC", "Delegacia de Defraudações"]),
          ip=f"{g.d(4)}/{g.ri(2024, 2026)}", of=g.ri(100, 3000), y=g.ri(2024, 2026), sg=g.pick(["DRCC", "DEIC", "DP"]),
          lg=EXCH_LEGAL[ex], dom=dom, v=P(vit.full), cpf=(g.cpf(), "BR_CPF"), d=f"{city}, {g.date('long')}",
          dl=P(g.pick([dl.full, dl.caps])), o=dl.o)
    an = staff(g)
    ic = g.city()
    doc.f("--- RESPOSTA (envio via e-mail institucional em «d») ---\nTitular: «n»\nCPF: «cpf» | RG: «rg»\nNascimento: «dob»\nMãe: «m»\n"
          "Documento de cadastro: CNH «cnh»\nEndereço declarado: «ad», «ci»/«uf», CEP «cep»\nCelular: «p» | E-mail: «e»\nAbertura da conta: «ab» (IP «ipa», porta «pa»)\n\n"
          "Registros de acesso (últimos 30 dias, horário de Brasília):\n",
          d=g.date("br"), n=P(inv.caps), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob(), "DATE_OF_BIRTH"),
          m=P(g.relative(inv, True).caps), cnh=(g.cnh(), "BR_CNH"), ad=(g.address(), "ADDRESS"), ci=ic[0], uf=ic[1], cep=(g.cep(g.chance(0.7)), "BR_CEP"),
          p=(g.phone(), "PHONE_NUMBER"), e=(g.email(inv), "EMAIL_ADDRESS"), ab=g.date("br"), ipa=(g.ip(), "IP_ADDRESS"), pa=g.ri(1024, 65000))
    rows = []
    for _ in range(g.ri(3, 6)):
        rows.append([V(g.date("br") + " " + g.hms()), (g.ip(), "IP_ADDRESS"), V(str(g.ri(1024, 65000))),
                     V(g.pick(["LOGIN", "LOGIN", "SAQUE_PIX", "SAQUE_CRIPTO", "ALTERACAO_SENHA"])), V(g.pick(["Android 14", "iOS 17.5", "Windows 10"]))])
    table_fixed(doc, ["Data/hora", "IP", "Porta", "Evento", "Dispositivo"], rows, ruler=g.pick(["-", None]))
    doc.f("\nSaques Pix para: «b» — «bn» ag. «ag» c/c «cc» (mesma titularidade).\nResponsável pela resposta: «a» — Compliance — «ae»\n",
          b=P(inv.full), bn=g.bank()[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), a=P(an.full),
          ae=(g.work_email(an, dom), "EMAIL_ADDRESS"))
    return doc


def ju_procon(g: Gen) -> Doc:
    """consumidor.gov.br complaint (consumer's text, with typos) and the company's answer."""
    doc = Doc()
    ex, dom = exch(g)
    c = g.person()
    rep = staff(g)
    pc = g.city()
    doc.f("consumidor.gov.br — Reclamação «n»\nEmpresa: «ex»\nAssunto: «as»\nData: «d»\nConsumidor(a): «c» — «ci»/«uf»\n\nRelato:\n",
          n=f"{g.ri(2024, 2026)}.{g.ri(1, 12):02d}/{g.d(8)}", ex=ex, d=g.date("br"), c=P(c.full), ci=pc[0], uf=pc[1],
          **{"as": g.pick(["Saque não recebido", "Conta bloqueada sem justificativa", "Cobrança indevida de taxa", "Fraude / golpe"])})
    bk = g.bank()
    doc.f("«x» minha conta foi bloqueada dia «d» e tem R$ «v» parado la. ja mandei selfie 3 vezes, ja mandei rg e comprovante. "
          "meu cpf é «cpf», meu telefone «p». o atendente «at» disse q era so esperar 48h e ja faz «dd» dias. quero o dinheiro na minha conta "
          "«bn» agencia «ag» conta «cc» urgente pq preciso pagar o tratamento da minha mae. «y»\n\n",
          x=g.pick(["Boa tarde,", "Bom dia.", "", "Venho por meio desta reclamar que"]), d=g.date("br"), v=g.money(500, 60000),
          cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), p=(g.phone(), "PHONE_NUMBER"), at=P(g.person().first),
          dd=g.ri(5, 40), bn=bk[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          y=g.pick(["absurdo", "vou entrar na justiça", "descaso total!!!", "Att."]))
    if g.chance(0.5):
        doc.f("Obs: ainda cobraram a anuidade do cartão cripto no meu cartão «cc», que eu nem pedi.\n\n", cc=(g.card(g.chance(0.5)), "CREDIT_CARD"))
    doc.f("Resposta da empresa («dr»):\nPrezad«o» «cf», lamentamos o transtorno. Após análise, identificamos que o bloqueio decorreu de "
          "validação cadastral pendente (divergência entre a data de nascimento informada, «dob», e a da base da Receita Federal). "
          "A pendência foi regularizada e o saldo foi transferido para a conta de mesma titularidade em «dt». Permanecemos à disposição "
          "pelo e-mail ouvidoria@«dom».\n«r» — Ouvidoria «ex»\n\nAvaliação do consumidor: «av»\n",
          dr=g.date("br"), o=c.o, cf=P(c.first), dob=(g.dob("br"), "DATE_OF_BIRTH"), dt=g.date("br"), dom=dom, r=P(rep.full), ex=ex,
          av=g.pick(["Resolvida — nota 4", "Não resolvida — nota 1", "Resolvida — nota 5", "Não avaliada"]))
    return doc


def ju_csv(g: Gen) -> Doc:
    """CSV export of the litigation portfolio (legal-ops tool) of the exchange."""
    doc = Doc()
    ex, dom = exch(g)
    doc.f("Relatório: carteira_contencioso_«ex»_«d».csv — filtro: polo passivo, status ativo\n", ex=fold(ex).lower().replace(" ", "_"), d=g.date("compact"))
    cols = ["pasta", "processo", "autor", "cpf_cnpj_autor", "adv_adverso", "oab_adverso", "objeto", "valor_causa", "risco", "resp_interno", "prox_prazo"]
    owners = [staff(g) for _ in range(2)]
    rows = []
    for _ in range(g.ri(4, 7)):
        a = g.person()
        adv = g.person()
        pj = g.chance(0.15)
        rows.append([V(f"CT-{g.d(5)}"), V(g.cnj()), V(g.pick(SURNAME_COMPANIES)) if pj else P(g.pick([a.caps, a.full, a.inverted])),
                     (g.cnpj("dot", g.chance(0.5)), "BR_CNPJ") if pj else (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     P(g.pick([adv.full, adv.caps, adv.short])), (g.council("OAB"), "PROFESSIONAL_ID"),
                     V(g.pick(["saque não creditado", "golpe/ATO", "bloqueio judicial", "danos morais - conta encerrada", "IR - informe errado",
                               "P2P - disputa", "repetição de indébito"])), V(g.money(3000, 300000)),
                     V(g.pick(["provável", "possível", "remoto"])), V(login(g.pick(owners))) if g.chance(0.6) else P(g.pick(owners).short), V(g.date("iso"))])
    table_csv(doc, cols, rows, sep=g.pick([";", ","]), quote_all=g.chance(0.3))
    doc.f("-- exportado por «u» em «d»; não encaminhar fora do jurídico (dados pessoais — LGPD art. 46)\n", u=login(g.pick(owners)), d=g.date("br"))
    return doc


def ju_email(g: Gen) -> Doc:
    """E-mail thread between outside counsel and in-house legal on a freeze order (partial release of alimony funds, heirs)."""
    doc = Doc()
    ex, dom = exch(g)
    ext = g.person()
    inh = g.person()
    cl = g.person()
    firm = g.pick([("Kfouri & Zogbi Advogados", "kzadv.com.br"), ("Amado & Prata Advogados", "amadoprata.adv.br"),
                   ("Menescal Sociedade de Advogados", "menescal.adv.br"), ("Rosa dos Ventos Jurídico", "rvjuridico.com.br")])
    proc = g.cnj()
    doc.f("De: «a» <«ae»>\nPara: «b» <«be»>\nCc: juridico@«dom»\nData: «d» «h»\nAssunto: RE: Proc. «pr» — desbloqueio parcial («c»)\n\n",
          a=P(inh.full), ae=(g.work_email(inh, dom), "EMAIL_ADDRESS"), b=P(ext.full), be=(g.work_email(ext, firm[1]), "EMAIL_ADDRESS"),
          dom=dom, d=g.date("br"), h=g.hm(), pr=proc, c=P(cl.caps))
    bk = g.bank()
    kind = g.ri(0, 1)
    if kind == 0:
        doc.f("«bf», bom dia.\n\nO juízo deferiu a liberação de R$ «v» (verba alimentar). A beneficiária indicada é «al», CPF «cpf», "
              "nascida em «dob», representada pela genitora «m». Conta para TED: «bn» ag. «ag» c/c «cc». Como a conta não é de cliente nosso, "
              "a transferência sai da conta de liquidação. Pode confirmar se o alvará menciona a conta ou só o CPF?\n\n",
              bf=P(ext.first), v=g.money(1000, 20000), al=P(g.relative(cl).full), cpf=(g.cpf(), "BR_CPF"),
              dob=(g.dob("br", 2008, 2020), "DATE_OF_BIRTH"), m=P(g.person(True).full), bn=bk[1], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"))
    else:
        h1, h2 = g.relative(cl), g.relative(cl)
        doc.f("«bf», tudo bem?\n\nSobre o espólio de «c2» (falecid«o» em «df»): a inventariante «iv» pediu a transferência dos ativos "
              "(«q» BTC e R$ «v» em reais). Herdeiros conforme formal de partilha: «h1» (CPF «c1») e «h2» (CPF «cc2»). Pediremos a chave Pix "
              "de cada um; a inventariante mandou uma chave aleatória, «pk», sem informar o titular — prudente não usar até confirmar.\n\n",
              bf=P(ext.first), c2=P(cl.full), o=cl.o, df=g.date("br"), iv=P(g.person(True).full), q=g.qty("BTC"), v=g.money(100, 90000),
              h1=P(h1.full), c1=(g.cpf(), "BR_CPF"), h2=P(h2.full), cc2=(g.cpf(), "BR_CPF"), pk=(g.uuid(), "PIX_KEY"))
    doc.f("Abs,\n«a»\nJurídico Contencioso | «ex»\n«p»\n\n> Em «d», «bq» escreveu:\n> «a1», segue a decisão. Precisamos cumprir em 48h "
          "sob pena de multa diária (art. 536 CPC). Prazo começa a correr da intimação de «di».\n> --\n> «b»\n> «oab» | «fn»\n> «bp»\n",
          a=P(inh.short), ex=ex, p=(g.phone("plus", mobile=g.chance(0.5)), "PHONE_NUMBER"), d=g.date("br"), b=P(ext.full), a1=P(inh.first),
          bq=(g.work_email(ext, firm[1]), "EMAIL_ADDRESS") if g.chance(0.5) else P(ext.full),
          di=g.date("br"), oab=(g.council("OAB"), "PROFESSIONAL_ID"), fn=firm[0], bp=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


# =========================================================================== saude

ADMIT = [("AVC isquêmico", "I63.9"), ("infarto agudo do miocárdio", "I21.9"), ("pneumonia grave", "J18.9"),
         ("politrauma", "T07"), ("hemorragia subaracnoide", "I60.9"), ("cetoacidose diabética", "E10.1")]
COMPLIC = [("insuficiência respiratória aguda", "J96.0"), ("lesão renal aguda", "N17.9"), ("choque séptico", "R57.2"),
           ("sepse", "A41.9"), ("encefalopatia hipóxica", "G93.1")]
HOSPITALS = ["Hospital Santa Luz", "Hospital São Bento", "Santa Casa de Misericórdia", "Hospital Aurora", "Hospital Regional",
             "Hospital Vitória", "UPA 24h Zona Norte", "Hospital Estrela do Norte"]


def sa_uti(g: Gen) -> Doc:
    """Relative asks for an emergency withdrawal to pay hospital costs; medical report attached; the exchange's answer."""
    doc = Doc()
    ex, dom = exch(g)
    pt = g.person()
    rel = g.relative(pt)
    med = g.person()
    ag = staff(g)
    hosp = g.pick(HOSPITALS)
    kin = g.pick(["filha", "esposa", "irmã"]) if rel.female else g.pick(["filho", "marido", "irmão"])
    back = {"filha": ("pai", "mãe"), "filho": ("pai", "mãe"), "esposa": ("marido", "esposa"), "marido": ("marido", "esposa"),
            "irmã": ("irmão", "irmã"), "irmão": ("irmão", "irmã")}[kin][1 if pt.female else 0]
    doc.f("De: «re»\nPara: suporte@«dom»\nAssunto: URGENTE - saque da conta «dm» «k» internad«o»\n\n",
          re=(g.email(rel), "EMAIL_ADDRESS"), dom=dom, dm="da minha" if pt.female else "do meu", k=back, o=pt.o)
    doc.f("Boa tarde. Sou «r», «k» d«o» titular «p» (CPF «cpf»), que está internad«o» na UTI do «h» desde «d» e não tem condições "
          "de acessar o app. O hospital está cobrando caução de R$ «v». Preciso sacar o saldo dele(a) para a minha conta ou pagar direto. "
          "Meus dados: CPF «rc», cel «rp». Chave pix aleatória: «pk».\nSegue o relatório médico em anexo (transcrevo abaixo).\n\n",
          r=P(rel.full), k=kin, o=pt.o, p=P(pt.full), cpf=(g.cpf(), "BR_CPF"), h=hosp, d=g.date("br"), v=g.money(5000, 80000),
          rc=(g.cpf(), "BR_CPF"), rp=(g.phone(), "PHONE_NUMBER"), pk=(g.uuid(), "PIX_KEY"))
    dob = g.dob("br", 1935, 1970)
    doc.f("------------------------------------------------\n«H» — RELATÓRIO MÉDICO\nPaciente: «pn»\nData de nasc.: «dob»   Idade: «id» anos\n"
          "Cartão SUS: «cns»   Prontuário: «pr»\nAtendimento: «at»\n\n", H=hosp.upper(), pn=P(pt.caps), dob=(dob, "DATE_OF_BIRTH"),
          id=2025 - int(dob[-4:]), cns=(g.cns(), "BR_CNS"), pr=g.d(7), at=g.d(9))
    (q1, cid1), (q2, cid2) = g.pick(ADMIT), g.pick(COMPLIC)
    doc.f("Paciente admitid«o» em «d» por «q» (CID «c1»), evoluindo com «q2» (CID «c2»). Encontra-se sedad«o», em ventilação mecânica, "
          "sem condições de praticar atos da vida civil por tempo indeterminado. Sem previsão de alta.\n\n«dt»\n«m»\n«crm»\n"
          "------------------------------------------------\n\n", o=pt.o, d=g.date("br"), q=q1, c1=cid1, q2=q2, c2=cid2,
          dt=g.date("br"), m=P(g.pick([med.full, med.caps])), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.f("Resposta (atendimento «tk»):\nOlá, «rf». Sentimos muito pela situação d«o» «p». Por segurança, só podemos movimentar a conta com "
          "autorização do titular ou decisão judicial (curatela provisória, art. 749 do CPC) ou procuração pública. Se preferir, o hospital "
          "pode nos enviar a cobrança em nome do paciente, com o CNPJ do «h» («cn»), para pagamento mediante alvará. Qualquer dúvida, estou à "
          "disposição.\n«a» — Atendimento Especializado\n", tk=g.ticket(), rf=P(rel.first), o=pt.o, p=P(pt.first), h=hosp,
          cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), a=P(ag.full))
    return doc


def sa_curatela(g: Gen) -> Doc:
    """Psychiatric expert report in a guardianship (curatela) case of an elderly customer who fell for a romance/investment scam."""
    doc = Doc()
    ex, dom = exch(g)
    pt = g.person()
    cur = g.relative(pt)
    per = g.person()
    city, uf = g.city()
    pcrm = g.council("CRM", uf)
    doc.f("LAUDO PERICIAL PSIQUIÁTRICO\nProcesso: «pr» — Ação de Interdição/Curatela\nInterditand«o»: «n»\nRequerente: «c» («k»)\n"
          "Perit«o2» do juízo: «p», «crm»\n\n", pr=g.cnj(), o=pt.o, n=P(pt.caps), c=P(cur.caps), k=g.pick(["filha", "filho", "sobrinha", "neto"]),
          o2="a" if per.female else "o", p=P(per.full), crm=(pcrm, "PROFESSIONAL_ID"))
    doc.f("1. IDENTIFICAÇÃO\n«n», nascid«o» em «dob», natural de «nat», viúv«o», aposentad«o» («ap»), CPF «cpf», RG «rg», CNS «cns», "
          "residente na «ad», «ci»/«uf», CEP «cep».\n\n",
          n=P(pt.full), o=pt.o, dob=(g.dob(g.pick(["br", "long"]), 1930, 1955), "DATE_OF_BIRTH"), nat=g.city()[0],
          ap=g.pick(["ex-bancári" + pt.o, "ex-professor" + ("a" if pt.female else ""), "ex-comerciante", "servidor" + ("a" if pt.female else "") + " públic" + pt.o]),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), cns=(g.cns(), "BR_CNS"), ad=(g.address(), "ADDRESS"), ci=city, uf=uf,
          cep=(g.cep(), "BR_CEP"))
    doc.f("2. HISTÓRICO\nSegundo a requerente, a partir de «d», «o2» periciand«o» passou a manter contato diário por aplicativo com pessoa que se "
          "apresentava como \"«fk»\", militar norte-americano, e transferiu, em «n» operações, cerca de R$ «v» para conta na «ex», "
          "convertidos em USDT e enviados ao endereço «w». A família só percebeu quando a conta de luz e o IPTU deixaram de ser pagos. "
          "Extratos da exchange juntados às fls. «fl».\n\n",
          d=g.date("br", 2024), o2="a" if pt.female else "o", o=pt.o, fk=g.pick(["Cap. Daniel Morgan", "Sgt. Williams", "Dr. Steven Park"]),
          n=g.ri(6, 40), v=g.money(40000, 900000), ex=ex, w=g.wallet("TRX"), fl=f"{g.ri(40, 300)}/{g.ri(301, 600)}")
    doc.f("3. EXAME DO ESTADO MENTAL\nVigil, desorientad«o» no tempo, memória recente prejudicada. MEEM «m»/30 (escolaridade «e» anos). "
          "CDR «cdr». Tomografia de crânio («dt»): atrofia cortical difusa.\n\n4. DIAGNÓSTICO\n«c1» — «q» ; «c2» (comorbidade).\n\n"
          "5. CONCLUSÃO\nO(a) periciando(a) não reúne capacidade para a prática de atos de natureza patrimonial e negocial "
          "(art. 85 da Lei 13.146/2015), sendo recomendável a curatela, preferencialmente exercida por «c».\n\n«ci», «dl».\n«p»\n«crm»\n",
          o=pt.o, m=g.ri(9, 21), e=g.ri(4, 16), cdr=g.pick(["1", "2", "0,5"]), dt=g.date("br"),
          c1=g.pick(["F00.1", "G30.1", "F03", "F01.3"]), q=g.pick(["demência na doença de Alzheimer de início tardio", "demência vascular mista",
                                                             "demência não especificada"]), c2=g.pick(["I10", "E11.9", "F32.1"]),
          c=P(cur.full), ci=city, dl=g.date("long"), p=P(per.caps), crm=(pcrm, "PROFESSIONAL_ID"))
    doc.f("\n[nota interna «ex» — «a»: anexado ao caso PLD-«n»; conta do titular em modo somente-leitura até a nomeação; contato da curadora: «cp»]\n",
          ex=ex, a=P(staff(g).short), n=g.d(5), cp=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_aso(g: Gen) -> Doc:
    """Occupational clinic's CSV of periodic / admission exams (ASO) of the fintech's employees."""
    doc = Doc()
    ex, dom = exch(g)
    clin = g.pick(["Clínica Tabosa Saúde Ocupacional", "MedTrab Prudente", "Ocupacional Vitória", "SESMT Aurora Serviços Médicos"])
    doc.f("«cl» — CNPJ «cn»\nEmpresa: «lg»\nRelação de ASOs emitidos — competência «m»/«y»\n", cl=clin, cn=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"),
          lg=EXCH_LEGAL[ex], m=f"{g.ri(1, 12):02d}", y=g.ri(2024, 2026))
    meds = [(g.person(), g.council("CRM")) for _ in range(2)]
    cols = ["nome", "cpf", "nit", "dt_nasc", "funcao", "tipo", "dt_exame", "exames_compl", "resultado", "medico", "crm"]
    named = g.chance(0.5)  # some clinics print only the examiner's CRM
    if not named:
        cols.remove("medico")
    rows = []
    for _ in range(g.ri(4, 6)):
        e = g.person()
        md, crm = g.pick(meds)
        rows.append([P(g.pick([e.caps, e.full])), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), (g.pis(), "BR_PIS"),
                     (g.dob(g.pick(["br", "iso"]), 1965, 2005), "DATE_OF_BIRTH"),
                     V(g.pick(["Analista de Compliance", "Trader OTC", "Eng. de Software", "Atendente N1", "Analista KYC", "Tesouraria"])),
                     V(g.pick(["admissional", "periódico", "periódico", "demissional", "retorno ao trabalho", "mudança de risco"])),
                     V(g.date("br")), V(g.pick(["acuidade visual", "audiometria", "-", "hemograma; glicemia", "ECG"])),
                     V(g.pick(["APTO", "APTO", "APTO", "APTO C/ RESTRIÇÃO", "INAPTO TEMP."]))] + ([P(md.short)] if named else []) +
                    [(crm, "PROFESSIONAL_ID")])
    table_csv(doc, cols, rows, sep=g.pick([";", ",", "\t"]))
    af = g.person()
    doc.f("Obs.: «o» (CID «c») afastad«x» 15 dias — atestado encaminhado ao DP; retorno previsto «d». Responsável técnico: «rt», «rc».\n",
          o=P(af.first), c=g.pick(["M54.5", "F41.1", "F43.2", "J11.1", "S93.4", "M75.1"]), x=af.o, d=g.date("br"), rt=P(g.person().full), rc=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


def sa_plano(g: Gen) -> Doc:
    """Health-plan movement file (pipe-delimited) of the fintech's employees and dependants."""
    doc = Doc()
    ex, dom = exch(g)
    op = g.pick(["Glória Seguros Saúde", "Unimed", "Amil", "SulAmérica", "Bradesco Saúde"])
    doc.f("HDR|MOVCAD|«op»|«lg»|«cn»|«d»|V3.1\n", op=fold(op).upper(), lg=fold(EXCH_LEGAL[ex]).upper(), cn=(g.cnpj("raw"), "BR_CNPJ"), d=g.date("compact"))
    n = 0
    for _ in range(g.ri(2, 3)):
        t = g.person()
        tcpf = g.cpf("raw")
        mae = g.person(True)
        mov = g.pick(["I", "I", "A", "E"])
        doc.f("«m»|T|«mat»|«n»|«cpf»|«dob»|«sx»|«mae»|«cns»|00|«pl»|«dt»|«cel»|«em»\n", m=mov, mat=g.d(8), n=P(t.caps), cpf=(tcpf, "BR_CPF"),
              dob=(g.dob("ddmmyyyy", 1960, 2002), "DATE_OF_BIRTH"), sx="F" if t.female else "M", mae=P(mae.caps),
              cns=(g.cns(False), "BR_CNS"), pl=g.pick(["ENF", "APT", "APT-NAC"]), dt=g.date("ddmmyyyy"),
              cel=(g.phone("raw"), "PHONE_NUMBER"), em=(g.email(t).upper(), "EMAIL_ADDRESS") if g.chance(0.7) else "")
        n += 1
        for _ in range(g.ri(0, 2)):
            dep = g.relative(t)
            par = g.pick(["03", "04", "04", "02"])
            doc.f("«m»|D|«mat»|«n»|«cpf»|«dob»|«sx»|«mae»|«cns»|«par»|«pl»|«dt»|TIT:«tc»\n", m=mov, mat=g.d(8), n=P(dep.caps),
                  cpf=(g.cpf("raw"), "BR_CPF") if g.chance(0.8) else V(""), dob=(g.dob("ddmmyyyy", 1975, 2024), "DATE_OF_BIRTH"),
                  sx="F" if dep.female else "M", mae=P(g.pick([mae.caps, g.person(True).caps])), cns=(g.cns(False), "BR_CNS"), par=par,
                  pl=g.pick(["ENF", "APT"]), dt=g.date("ddmmyyyy"), tc=(tcpf, "BR_CPF"))
            n += 1
    doc.f("TRL|«n»\n", n=n)
    doc.f("\n-- retorno da operadora («d»): linha «l» rejeitada — CPF «b» inválido (DV). Corrigir e reenviar. Analista: «a»\n",
          d=g.date("br"), l=g.ri(2, 5), b=doc.n11(g), a=P(g.person().full))
    return doc


def sa_obito(g: Gen) -> Doc:
    """OCR of a death certificate sent by heirs, and the exchange's checklist for the estate (espólio)."""
    doc = Doc()
    ex, dom = exch(g)
    f = g.person()
    dec = g.relative(f)
    med = g.person()
    city, uf = g.city()
    (q1, c1), (q2, c2) = g.pick(COMPLIC + [("choque cardiogênico", "R57.0"), ("traumatismo cranioencefálico", "S06.9")]), g.pick(ADMIT)
    fdob = g.dob(g.pick(["br", "caps"]), 1932, 1986)
    fy = int(fdob[-4:])
    doc.f("[anexo 2/4 — certidao_obito.pdf — texto extraído por OCR]\n\nREPÚBLICA FEDERATIVA DO BRASIL\nREGISTRO CIVIL DAS PESSOAS NATURAIS\n"
          "CERTIDÃO DE ÓBITO\nNOME: «n»\nCPF: «cpf»   RG: «rg»   TÍTULO DE ELEITOR: «te»\nMATRÍCULA: «mt»\nSEXO: «sx»   COR: «cor»   ESTADO CIVIL: «ec»   IDADE: «id» anos\n"
          "DATA DE NASCIMENTO: «dob»   NATURALIDADE: «nat»\nFILIAÇÃO: «pai» e «mae»\n",
          n=P(ocr(f.caps, g, 0.4)), cpf=(ocr(fmt_cpf(g.cpf_digits()), g, 0.25, True), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          te=(g.titulo(True), "BR_TITULO_ELEITOR") if g.chance(0.7) else V("NÃO CONSTA"),
          mt=f"{g.d(6)} {g.d(2)} {g.d(2)} {g.ri(2024, 2026)} {g.d(1)} {g.d(5)} {g.d(3)} {g.d(7)} {g.d(2)}",
          sx="FEMININO" if f.female else "MASCULINO", cor=g.pick(["PARDA", "BRANCA", "PRETA", "AMARELA"]),
          ec=g.pick(["CASADO(A)", "VIÚVO(A)", "SOLTEIRO(A)", "DIVORCIADO(A)"]), id=2025 - fy,
          dob=(fdob, "DATE_OF_BIRTH"), nat=f"{fold(g.city()[0]).upper()}",
          pai=P(ocr(g.person(False).caps, g, 0.3)), mae=P(g.person(True).caps))
    doc.f("DATA E HORA DO FALECIMENTO: «d» ÀS «h»\nLOCAL: «lo»\nCAUSA DA MORTE: «q1» (CID «c1»); «q2» (CID «c2»)\nMÉDICO: «m» — «crm»\n"
          "DECLARANTE: «de» — CPF «dc»\nSEPULTAMENTO: CEMITÉRIO «ce»\nOBSERVAÇÕES: deixou bens a inventariar; deixou «k» filho(s).\n\n",
          d=g.date("br", 2025), h=g.hm(), lo=g.pick(HOSPITALS).upper() + f", {fold(city).upper()}/{uf}",
          q1=q1.upper(), c1=c1, q2=q2.upper(), c2=c2,
          m=P(ocr(med.caps, g, 0.3)), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), de=P(dec.caps), dc=(g.cpf(), "BR_CPF"),
          ce=g.pick(["DA SAUDADE", "SÃO BENTO", "JARDIM DA PAZ", "DO CAMPO SANTO"]), k=g.ri(1, 4))
    an = staff(g)
    doc.f("Checklist espólio — «ex» (analista «a»):\n[x] certidão de óbito legível (OCR com falhas no nome; conferido manualmente)\n"
          "[x] CPF do falecido confere com o cadastro (UID «u»)\n[ ] nomeação de inventariante / alvará judicial\n"
          "[ ] dados bancários do espólio\n[x] contato do declarante: «de» — «p» — «e»\nSaldo congelado: «q» BTC + R$ «v»\n",
          ex=ex, a=P(an.full), u=g.uid(), de=P(dec.full), p=(g.phone(), "PHONE_NUMBER"), e=(g.email(dec), "EMAIL_ADDRESS"),
          q=g.qty("BTC"), v=g.money(10, 50000))
    return doc


def sa_recibo(g: Gen) -> Doc:
    """Tax-helper chat of the investment app: medical receipts the user uploads for the IRPF deductions, read back by the accountant."""
    doc = Doc()
    ex, dom = exch(g)
    c = g.person()
    cont = g.person()
    dep = g.relative(c)
    kin = g.pick(["filha", "esposa"]) if dep.female else g.pick(["filho", "marido"])
    doc.f("«ex» · Declara Fácil (IRPF «y») · conversa com contador(a)\nCliente: «c» · CPF «cpf» · nasc. «dob» · título «te»\n"
          "Contador(a): «ct» — «crc»\n\n", ex=ex, y=g.ri(2025, 2026), c=P(c.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1950, 1995), "DATE_OF_BIRTH"),
          te=(g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.8) else "não informado", ct=P(cont.full), crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    csp = V("Você") if g.chance(0.5) else P(c.first)
    tsp = V("Contador(a)") if g.chance(0.5) else P(cont.first)
    doc.f("«c»: oi, subi os recibos médicos do ano. tem o do dentista, da psicóloga e da fisio da minha «k»\n",
          c=csp, k=kin)
    doc.f("«ct»: Oi, «c»! Recebi. Conferi e montei a ficha de Pagamentos Efetuados:\n\n", ct=tsp, c=P(c.first))
    rows = []
    for kind in g.rng.sample(["CRO", "CRP", "CREFITO", "CRM", "CRM", "LAB"], g.ri(3, 5)):
        if kind == "LAB":
            rows.append([V("26"), V(g.pick(["Laboratório Pitombeira", "Hospital Santa Luz", "Clínica Tabosa de Psiquiatria"])),
                         (g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), V("—"), V("Titular") if g.chance(0.5) else P(dep.short), V(g.money(80, 3000))])
            continue
        pr = g.person()
        code = {"CRO": "10", "CRP": "11", "CREFITO": "12", "CRM": "09"}[kind]
        rows.append([V(code), P(g.pick([pr.full, pr.caps])), (g.cpf(), "BR_CPF"), (g.council(kind), "PROFESSIONAL_ID"),
                     V("Titular") if g.chance(0.5) else P(g.pick([c.short, dep.short, dep.first])), V(g.money(150, 12000))])
    table_fixed(doc, ["Cód", "Prestador", "CPF/CNPJ", "Registro", "Paciente", "Valor pago"], rows, ruler=g.pick(["-", "─", None]))
    doc.f("\nDependente incluído: «d» — CPF «dc» — nasc. «dob» («rel»).\n", d=P(dep.full), dc=(g.cpf(), "BR_CPF"),
          dob=(g.dob("br", 2002, 2022) if kin in ("filha", "filho") else g.dob("br", 1960, 1995), "DATE_OF_BIRTH"),
          rel=kin if kin in ("filha", "filho") else "cônjuge")
    doc.f("«ct»: Atenção: o recibo de «p» veio sem o CPF do profissional, só com o «x». A Receita cruza com a DMED/Receita Saúde; sem o CPF "
          "pode cair na malha. Consegue pedir um novo? Quanto às criptos: suas vendas em «m» passaram de R$ 35 mil, então tem GCAP e DARF "
          "código 4600 — já está no relatório de ganhos.\n«c»: vou pedir sim. meu telefone mudou, agora é «tel»\n",
          ct=tsp, p=P(g.person().first), x=g.pick(["nome e o CRM", "carimbo", "endereço"]), m=g.pick(MONTHS),
          c=csp, tel=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_med(g: Gen) -> Doc:
    """Pix special return mechanism (MED) request of a customer who paid a fake clinic / fake doctor; fraud analyst's record (JSON)."""
    doc = Doc()
    ex, dom = exch(g)
    c = g.person()
    doctor = g.person()
    rec = g.person()
    an = staff(g)
    val = g.money(180, 6000)
    doc.f("Relato do cliente (formulário de contestação Pix, «d»):\n\"", d=g.date("br"))
    doc.f("Vi um anúncio de consulta com «dd» «dr» («crm», endocrinologista) com desconto pra «pr». A «sec» que atendeu no whats «wp» "
          "mandou o pix e pediu adiantado. Paguei R$ «v» e depois descobri que o consultório verdadeiro nunca ouviu falar. "
          "O recebedor aparece como «rn». Quero meu dinheiro de volta.\"\n\n",
          dd="a Dra." if doctor.female else "o Dr.", dr=P(doctor.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), pr=g.pick(["tratamento de emagrecimento", "receita de Ozempic",
          "consulta + bioimpedância", "cirurgia bariátrica"]), sec=g.pick(["secretária", "atendente", "moça"]), wp=(g.phone(g.pick(["wa", "par", "raw"])), "PHONE_NUMBER"),
          v=val, rn=P(rec.caps))
    pjrec = g.chance(0.35)
    doc.f("{\n  \"med_id\": \"«mid»\",\n  \"tipo\": \"fraude\",\n  \"e2e_id\": \"«e2e»\",\n  \"valor\": «vv»,\n  \"pagador\": {\"nome\": \"«pn»\", "
          "\"cpf\": \"«pc»\", \"agencia\": \"«pa»\", \"conta\": \"«pk»\", \"email\": \"«pe»\"},\n",
          mid=g.hexs(8) + "-" + g.hexs(4), e2e=g.e2e(), vv=val.replace(".", "").replace(",", "."), pn=P(c.full),
          pc=(g.cpf("raw"), "BR_CPF"), pa=(g.agency(False), "BANK_ACCOUNT"), pk=(g.account(), "BANK_ACCOUNT"), pe=(g.email(c), "EMAIL_ADDRESS"))
    if pjrec:
        doc.f("  \"recebedor\": {\"nome\": \"«rn»\", \"cnpj\": \"«rc»\", \"ispb\": \"«isp»\", \"chave\": \"«ch»\", \"tipo_chave\": \"EVP\"},\n",
              rn=g.pick(["CLINICA VIDA LEVE ME", "CONSULTORIO SAUDE PRIME LTDA", "MAMANI CONFECCOES ME"]),
              rc=(g.cnpj("raw", alnum=g.chance(0.5)), "BR_CNPJ"), isp=g.d(8), ch=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("  \"recebedor\": {\"nome\": \"«rn»\", \"cpf\": \"«rc»\", \"ispb\": \"«isp»\", \"chave\": \"«ch»\", \"tipo_chave\": \"«tk»\"},\n",
              rn=P(rec.caps), rc=(g.cpf("raw"), "BR_CPF"), isp=g.d(8), **dict(zip(("ch", "tk"), g.pick([
                  ((g.uuid(), "PIX_KEY"), "EVP"), ((g.email(rec), "EMAIL_ADDRESS"), "EMAIL"), ((g.phone("e164"), "PHONE_NUMBER"), "PHONE")]))))
    doc.f("  \"ip_pagador\": \"«ip»\",\n  \"analista\": \"«a»\",\n  \"status\": \"«st»\",\n  \"obs\": \"recebedor com «n» notificações MED em 30 dias; "
          "conta aberta em «da»\"\n}\n",
          ip=(g.ip(), "IP_ADDRESS"), a=P(an.full), st=g.pick(["ENVIADO_PSP_RECEBEDOR", "DEVOLVIDO_PARCIAL", "NEGADO_SEM_SALDO"]),
          n=g.ri(2, 30), da=g.date("br"))
    doc.f("Nota: o CRM citado é de médic«o» real («dr2»), que confirmou por e-mail não ter relação com o anúncio. Caso «c» encaminhado à "
          "Polícia Civil (Lei 14.155/2021).\n", o=doctor.o, dr2=P(doctor.short), c=g.ticket())
    return doc


# =========================================================================== financeiro


def fi_informe(g: Gen) -> Doc:
    """Annual tax report of crypto holdings and gains (for the IRPF), with the identification block as the app prints it."""
    doc = Doc()
    ex, dom = exch(g)
    c = g.person()
    y = g.ri(2024, 2025)
    city, uf = g.city()
    doc.f("«lg»\nCNPJ «cn»\nRELATÓRIO AUXILIAR PARA DECLARAÇÃO DE IMPOSTO DE RENDA — ANO-CALENDÁRIO «y»\n"
          "(documento informativo; não substitui o Informe de Rendimentos das instituições custodiantes)\n\n",
          lg=EXCH_LEGAL[ex].upper(), cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), y=y)
    w = 26
    items = [("Nome", (c.caps, "PERSON")), ("CPF", (g.cpf(), "BR_CPF")), ("Data de nascimento", (g.dob("br"), "DATE_OF_BIRTH")),
             ("Título eleitoral", (g.titulo(), "BR_TITULO_ELEITOR")), ("Endereço", (g.address(g.pick(["text", "caps"])), "ADDRESS")),
             ("Bairro / Município / UF", V(f"{g.pick(BAIRROS)} / {city} / {uf}")), ("CEP", (g.cep(), "BR_CEP")),
             ("Celular", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(c), "EMAIL_ADDRESS"))]
    if g.chance(0.5):
        items.insert(3, ("Ocupação principal", V(g.pick(["Médico", "Engenheiro", "Servidor público federal", "Empresário", "Analista de TI"]))))
    for k, v in items:
        doc.f("«k»«v»\n", k=(k + " ").ljust(w, "."), v=v)
    doc.t("\nFICHA BENS E DIREITOS (grupo 08 — Criptoativos)\n")
    rows = []
    for coin in g.rng.sample(COINS, g.ri(2, 4)):
        code = {"BTC": "01", "USDT": "03", "USDC": "03"}.get(coin, "02")
        rows.append([V(f"08-{code}"), V(f"{g.qty(coin)} {coin} custodiados na {ex} (CNPJ {'raiz ' if g.chance(0.3) else ''}informado acima)"),
                     V(g.money(0, 90000)), V(g.money(100, 300000))])
    table_fixed(doc, ["Cód.", "Discriminação", f"31/12/{y - 1}", f"31/12/{y}"], rows, ruler=g.pick(["-", "=", None]))
    doc.t("\nALIENAÇÕES NO MÊS (art. 21 da Lei 8.981/1995; isenção para vendas até R$ 35.000,00/mês)\n")
    for m in sorted(g.rng.sample(range(12), g.ri(2, 4))):
        sale = g.ri(100000, 15000000)
        cost = g.ri(sale // 3, sale)
        brl = lambda c: f"{c // 100:,}".replace(",", ".") + f",{c % 100:02d}"
        doc.f("  «m»/«y»  vendas R$ «v»  custo R$ «c»  ganho R$ «gg»  «s»\n", m=f"{m + 1:02d}", y=y, v=brl(sale), c=brl(cost),
              gg=brl(sale - cost), s="ISENTO" if sale <= 3500000 else "TRIBUTÁVEL — DARF 4600 até o último dia útil do mês seguinte")
    doc.f("\nDependentes vinculados à conta: «d»\n", d=g.pick(["nenhum", "1"]))
    if doc.text.endswith("1\n"):
        dep = g.relative(c)
        doc.f("  «n» — CPF «cpf» — nasc. «dob»\n", n=P(dep.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 2005, 2020), "DATE_OF_BIRTH"))
    doc.f("\nEmitido em «d» para «e». Endereços de carteira de saque usados no ano: «w»\n", d=fmt_date(g.ri(1, 28), g.ri(1, 3), y + 1, "br"), e=(g.email(c), "EMAIL_ADDRESS"),
          w=", ".join(g.wallet() for _ in range(g.ri(1, 2))))
    return doc


def fi_saques(g: Gen) -> Doc:
    """Treasury's CSV batch of BRL withdrawals (Pix / TED) with the payout bank data and the key type."""
    doc = Doc()
    ex, dom = exch(g)
    doc.f("lote_saques_brl_«d»_«n».csv | gerado por treasury-payouts@«v» | aprovador: «a»\n", d=g.date("compact"), n=g.ri(1, 6),
          v=g.version(), a=P(staff(g).full))
    cols = ["id_saque", "uid", "favorecido", "doc", "banco", "agencia", "conta", "tipo", "tipo_chave", "chave", "valor", "status", "end_to_end",
            "email_comprovante"]
    rows = []
    for _ in range(g.ri(5, 8)):
        c = g.person()
        bk = g.bank()
        kind = g.pick(["PIX", "PIX", "PIX", "TED"])
        if kind == "TED":
            key = [V(""), V("")]
            ag, cc = (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")
        else:
            t = g.pick(["EVP", "EVP", "CPF", "EMAIL", "CELULAR"])
            key = [V(t), {"EVP": (g.uuid(), "PIX_KEY"), "CPF": (g.cpf("raw"), "BR_CPF"), "EMAIL": (g.email(c), "EMAIL_ADDRESS"),
                          "CELULAR": (g.phone("e164"), "PHONE_NUMBER")}[t]]
            ag, cc = (g.agency(False), "BANK_ACCOUNT") if g.chance(0.5) else V(""), (g.account(), "BANK_ACCOUNT") if g.chance(0.5) else V("")
        pj = g.chance(0.12)
        rows.append([V(g.d(10)), V(g.uid()), V(g.pick(SURNAME_COMPANIES).upper()) if pj else P(c.caps),
                     (g.cnpj("raw", g.chance(0.4)), "BR_CNPJ") if pj else (g.cpf("raw"), "BR_CPF"), V(bk[0]), ag, cc, V(kind)] + key +
                    [V(g.money(50, 50000).replace(".", "")), V(g.pick(["LIQUIDADO", "LIQUIDADO", "DEVOLVIDO", "EM_PROCESSAMENTO", "REJEITADO_TITULARIDADE"])),
                     V(g.e2e() if kind == "PIX" else ""), (g.email(c), "EMAIL_ADDRESS") if g.chance(0.6) and not pj else V("")])
    table_csv(doc, cols, rows, sep=g.pick([",", ";"]))
    doc.f("# devolvidos: reprocessar após validação de titularidade (Res. BCB 1/2020, regulamento Pix). Conciliação: «c»\n", c=P(staff(g).short))
    return doc


def fi_in1888(g: Gen) -> Doc:
    """Monthly file of crypto operations to the Receita Federal (IN RFB 1.888/2019), pipe layout, with the validator's log."""
    doc = Doc()
    ex, dom = exch(g)
    y, m = g.ri(2024, 2025), g.ri(1, 12)
    doc.f("0000|IN1888|«cn»|«lg»|«y»«m»|ORIGINAL\n", cn=(g.cnpj("raw"), "BR_CNPJ"), lg=fold(EXCH_LEGAL[ex]).upper(), y=y, m=f"{m:02d}")
    n = 1
    for _ in range(g.ri(3, 5)):
        c = g.person()
        t, name, num, comp = g.street_parts()
        city, uf = g.city()
        coin = g.pick(COINS)
        op = g.pick(["I", "II", "III", "IV", "V"])
        doc.f("0110|«d»|«op»|«co»|«q»|«v»|«tx»\n", d=fmt_date(g.ri(1, 28), m, y, "ddmmyyyy"), op=op, co=coin, q=g.qty(coin),
              v=g.money(100, 80000).replace(".", ""), tx=g.money(0, 300).replace(".", ""))
        doc.f("0120|1|«cpf»|«n»|«lg»|«nu»|«cp»|«ba»|«ci»|«uf»|«cep»|BR\n", cpf=(g.cpf("raw"), "BR_CPF"), n=P(fold(c.full).upper()),
              lg=(fold(f"{t} {name}").upper(), "ADDRESS"), nu=V(num), cp=V(fold(comp).upper()),
              ba=fold(g.pick(BAIRROS)).upper(), ci=fold(city).upper(), uf=uf, cep=(g.cep(False), "BR_CEP"))
        n += 2
        if op in ("III", "IV") and g.chance(0.7):
            c2 = g.person()
            doc.f("0120|2|«cpf»|«n»|||||||EX\n", cpf=(g.cpf("raw"), "BR_CPF"), n=P(fold(c2.full).upper()))
            n += 1
    doc.f("9999|«n»\n", n=n + 1)
    doc.f("\n>> validador-receita v«v»: 1 aviso — registro 0120 linha «l»: CEP «cep» não localizado na base dos Correios "
          "(mantido). Transmitido por «a» em «d», recibo «r».\n", v=g.version(), l=g.ri(3, n), cep=(g.cep(), "BR_CEP"),
          a=P(staff(g).full), d=g.date("br"), r=".".join(g.d(2) for _ in range(5)))
    return doc


def fi_extrato(g: Gen) -> Doc:
    """Monthly statement of an investment account (fintech), with named Pix counterparts and the client header."""
    doc = Doc()
    ex, dom = exch(g)
    c = g.person()
    city, uf = g.city()
    pm = g.ri(1, 12)
    doc.f("«ex» — EXTRATO DE CONTA DE INVESTIMENTOS\nCliente: «n»    CPF: «cpf»\n«ad»\n«b» — «ci»/«uf» — CEP «cep»\n"
          "Agência «ag»   Conta «cc»   Período: «m»/«y»\n\n",
          ex=ex.upper(), n=P(g.pick([c.caps, c.full])), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"),
          b=g.pick(BAIRROS), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"), ag=(g.pick(["0001", "0001-9"]), "BANK_ACCOUNT"),
          cc=(g.account(True), "BANK_ACCOUNT"), m=f"{pm:02d}", y=g.ri(2024, 2026))
    rows = []
    saldo = g.ri(100, 50000)
    for _ in range(g.ri(5, 9)):
        k = g.ri(0, 7)
        dt = V(f"{g.ri(1, 28):02d}/{pm:02d}")
        if k <= 1:
            p = g.person()
            rows.append([dt, V("PIX RECEBIDO"), P(g.pick([p.caps, fold(p.short).upper()])), V(g.money(50, 9000)), V("C")])
        elif k == 2:
            p = g.relative(c)
            rows.append([dt, V("PIX ENVIADO"), P(p.caps), V(g.money(50, 3000)), V("D")])
        elif k == 3:
            rows.append([dt, V("APLICAÇÃO"), V(g.pick(["CDB LIQ. DIÁRIA 102% CDI", "TESOURO IPCA+ 2035", "FII XPLG11", "FUNDO CRIPTO 100"])),
                         V(g.money(100, 20000)), V("D")])
        elif k == 4:
            rows.append([dt, V("COMPRA CRIPTO"), V(f"{g.pick(COINS)} via {ex}"), V(g.money(50, 10000)), V("D")])
        elif k == 5:
            rows.append([dt, V("RESGATE"), V("CDB BANCO " + g.pick(["AURORA", "PRUDENTE", "LUZ", "ROSA"]) + " S.A."), V(g.money(100, 20000)), V("C")])
        elif k == 6:
            rows.append([dt, V("TED RECEBIDA"), V(g.pick(WORD_COMPANIES + SURNAME_COMPANIES).upper()[:30]), V(g.money(1000, 30000)), V("C")])
        else:
            rows.append([dt, V("IR S/ RESGATE"), V("RETENÇÃO NA FONTE"), V(g.money(1, 500)), V("D")])
    rows.sort(key=lambda r: r[0][0][:2])
    table_fixed(doc, ["Data", "Histórico", "Contraparte / Ativo", "Valor (R$)", "D/C"], rows, ruler=g.pick(["-", "·", None]), sep=g.pick(["  ", " | "]))
    doc.f("\nSaldo em conta: R$ «s»    Rendimentos do mês: R$ «r»\nOuvidoria: 0800 «o» — ouvidoria@«dom»\n",
          s=g.money(0, saldo), r=g.money(1, 900), o=f"{g.d(3)} {g.d(4)}", dom=dom)
    return doc


def fi_cartao(g: Gen) -> Doc:
    """Dispute (chargeback) form of the exchange's crypto-cashback card, internal back-office view with the full PAN."""
    doc = Doc()
    ex, dom = exch(g)
    c = g.person()
    an = staff(g)
    city, uf = g.city()
    pan = g.card(g.chance(0.7), prefix=g.pick(["4", "5"]))
    doc.f("CONTESTAÇÃO DE COMPRA — Cartão «ex» (cashback em BTC)\nProtocolo: «pt»   Aberto em: «d»\n\nPortador: «n»\nCPF: «cpf»   "
          "Nasc.: «dob»\nCartão: «pan»   Validade: «val»\nEndereço de fatura: «ad» — CEP «cep» — «ci»/«uf»\nTelefone: «p»\n\n"
          "Transações contestadas:\n", ex=ex, pt=g.ticket(), d=g.date("br"), n=P(c.full), cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob("br"), "DATE_OF_BIRTH"), pan=(pan, "CREDIT_CARD"), val=f"{g.ri(1, 12):02d}/{g.ri(27, 33)}",
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), ci=city, uf=uf, p=(g.phone(), "PHONE_NUMBER"))
    rows = []
    for _ in range(g.ri(2, 4)):
        rows.append([V(g.date("br")), V(g.pick(["AMAZON MKTP", "SHOPEE*VENDEDOR", "UBER* TRIP", "STEAMGAMES.COM", "POSTO LEAO DE OURO",
                                                "FARMACIA VITORIA POPULAR", "ALIEXPRESS", "PADARIA WIEDEMANN", "APPLE.COM/BILL"])),
                     V(g.money(20, 4000)), V(g.pick(["não reconhecida", "duplicada", "produto não entregue", "valor divergente"]))])
    table_box(doc, ["Data", "Estabelecimento", "Valor (R$)", "Motivo"], rows)
    doc.f("\nRelato do portador: \"«r»\"\n\n", r=g.pick([
        "perdi o cartão no ônibus dia 12, bloqueei pelo app mas já tinham usado",
        "nunca comprei nesse site, meu cartão tava comigo", "comprei uma vez só e cobraram duas",
        f"meu filho {g.person(False).first} usou sem eu saber, mas a compra da farmácia é minha"]))
    doc.f("Análise («a»): 3DS «s»; device do app «dv»; IP da compra online «ip». ", a=P(an.full), s=g.pick(["não autenticado", "autenticado"]),
          dv=g.pick(["confere", "não confere"]), ip=(g.ip(), "IP_ADDRESS"))
    if g.chance(0.5):
        doc.f("Cartão substituto emitido: «n2» (final «f»), entrega no mesmo endereço.\n", n2=(g.card(True, prefix=pan[0]), "CREDIT_CARD"), f=g.d(4))
    else:
        doc.f("Cartão anterior «m» cancelado; cashback de «q» BTC estornado.\n", m=g.masked_card(), q=g.qty("BTC"))
    doc.f("Cópia enviada ao portador em «e» e ao time de chargeback (chargeback@«dom»).\n", e=(g.email(c), "EMAIL_ADDRESS"), dom=dom)
    return doc


def fi_origem(g: Gen) -> Doc:
    """Source-of-funds review (origem de recursos) for a large deposit: pay slip, vehicle sale, property sale, inheritance."""
    doc = Doc()
    ex, dom = exch(g)
    c = g.person()
    an = staff(g)
    emp = g.pick(SURNAME_COMPANIES + WORD_COMPANIES)
    doc.f("ANÁLISE DE ORIGEM DE RECURSOS — PLD/FT\nCliente: «n» | CPF «cpf» | UID «u»\nDepósito analisado: R$ «v» em «d» (TED de conta própria)\n"
          "Analista: «a» | Revisor(a): «r»\n\n", n=P(c.full), cpf=(g.cpf(), "BR_CPF"), u=g.uid(), v=g.money(80000, 2000000), d=g.date("br"),
          a=P(an.full), r=P(staff(g).short))
    doc.t("Documentos apresentados:\n")
    for k in g.rng.sample(range(4), g.ri(2, 3)):
        if k == 0:
            doc.f("• Holerite «m»: empregador «e» (CNPJ «cn»), cargo «cg», PIS «pis», salário bruto R$ «s». Conta-salário «bn» ag. «ag» c/c «cc».\n",
                  m=g.pick(MON3) + "/" + str(g.ri(2024, 2025)), e=emp, cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
                  cg=g.pick(["gerente comercial", "médico plantonista", "engenheiro de produção", "piloto"]), pis=(g.pis(), "BR_PIS"),
                  s=g.money(8000, 60000), bn=g.bank()[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
        elif k == 1:
            buyer = g.person()
            doc.f("• Venda de veículo «mv», placa «pl», RENAVAM «rv», ao comprador «b» (CPF «bc»), por R$ «v» — recibo CRV assinado em «d».\n",
                  mv=g.pick(["Toyota Hilux SRV 2021", "Jeep Compass 2022", "Honda CB 500X", "VW Amarok V6"]), pl=(g.plate(), "LICENSE_PLATE"),
                  rv=doc.n11(g), b=P(buyer.full), bc=(g.cpf(), "BR_CPF"), v=g.money(40000, 300000), d=g.date("br"))
        elif k == 2:
            doc.f("• Escritura de venda do imóvel na «ad», CEP «cep» (matrícula «mt» do «ri» CRI), lavrada em «d», valor R$ «v».\n",
                  ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), mt=g.d(5), ri=g.pick(["1º", "2º", "3º"]), d=g.date("br"), v=g.money(200000, 3000000))
        else:
            de = g.relative(c)
            doc.f("• Formal de partilha do inventário de «de» (proc. «pr»), cabendo ao cliente R$ «v»; advogado do inventário: «adv», «oab».\n",
                  de=P(de.full), pr=g.cnj(), v=g.money(50000, 900000), adv=P(g.person().full), oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    doc.f("\nConclusão: «cc». Patrimônio declarado compatível? «s». Próxima revisão: «d».\n",
          cc=g.pick(["origem comprovada, liberar limite OTC", "documentação parcial — solicitar DIRPF com recibo", "encaminhar ao comitê de PLD"]),
          s=g.pick(["sim", "não", "parcialmente"]), d=g.date("br"))
    return doc


def fi_otc(g: Gen) -> Doc:
    """OTC desk trade confirmation (boleta) for a corporate client, with representative and settlement accounts."""
    doc = Doc()
    ex, dom = exch(g)
    rep = g.person()
    tr = staff(g)
    comp = g.pick(SURNAME_COMPANIES + WORD_COMPANIES)
    coin = g.pick(["USDT", "BTC", "USDC", "ETH"])
    side = g.pick(["COMPRA", "VENDA"])
    doc.f("CONFIRMAÇÃO DE OPERAÇÃO OTC Nº «n»\nData/hora: «d» «h» (gravação linha «ln»)\n\nCliente: «co»\nCNPJ: «cn»\nRepresentante: «r» — CPF «rc» — «re» — «rp»\n\n",
          n=f"OTC-{g.ri(2024, 2026)}-{g.d(5)}", d=g.date("br"), h=g.hms(), ln=g.pick(["mesa 3", "ramal 4412", "gravador 02"]), co=comp.upper(),
          cn=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"), r=P(rep.full), rc=(g.cpf(), "BR_CPF"), re=(g.email(rep), "EMAIL_ADDRESS"),
          rp=(g.phone(), "PHONE_NUMBER"))
    px = f"{g.rng.uniform(5.2, 6.1):.4f}".replace(".", ",") if coin.startswith("USD") else g.money(8000, 600000)
    doc.f("Operação: «s» de «q» «co» @ R$ «px» | Total: R$ «t» | Spread: «sp» bps\n", s=side, q=g.qty(coin), co=coin, px=px,
          t=g.money(200000, 20000000), sp=g.ri(8, 60))
    bk, bk2 = g.bank(), g.bank()
    doc.f("Liquidação BRL: conta do cliente «b» ag. «ag» c/c «cc»; conta «ex» «b2» ag. «ag2» c/c «cc2»\n",
          b=bk[0] + " " + bk[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), ex=ex, b2=bk2[0],
          ag2=(g.agency(), "BANK_ACCOUNT"), cc2=(g.account(), "BANK_ACCOUNT"))
    doc.f("Liquidação cripto: «w» (whitelist validada em «d», teste de «tq» «co» ok)\n", w=g.wallet("ETH" if coin != "BTC" else "BTC"),
          d=g.date("br"), tq=g.pick(["1", "10", "0.0001"]), co=coin)
    doc.f("Trader: «t» («te») | Middle office: «m»\n\nEsta confirmação segue a cotação aceita por telefone. Divergências em até 2h para "
          "otc@«dom». «x»\n", t=P(tr.full), te=(g.work_email(tr, dom), "EMAIL_ADDRESS"), m=P(staff(g).first), dom=dom,
          x=g.pick(["", "Seria prudente confirmar o limite de crédito intradiário antes da próxima.", "Operação dentro da política de KYB (revisão anual em dia)."]))
    return doc


TEMPLATES = {
    "atendimento": [at_kyc, at_chat, at_ato, at_p2p, at_whatsapp, at_ocr, at_queue],
    "juridico": [ju_oficio, ju_coaf, ju_peticao, ju_policia, ju_procon, ju_csv, ju_email],
    "saude": [sa_uti, sa_curatela, sa_aso, sa_plano, sa_obito, sa_recibo, sa_med],
    "financeiro": [fi_informe, fi_saques, fi_in1888, fi_extrato, fi_cartao, fi_origem, fi_otc],
}


# =========================================================================== checks and main

LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP", "EMAIL_ADDRESS",
          "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS", "DATE_OF_BIRTH", "IP_ADDRESS",
          "PROFESSIONAL_ID"}
ROLE_BOXES = re.compile(r"(sac|suporte|juridico|compliance|kyc|dpo|oficios|pld|financeiro|contato|rh|ouvidoria|fraude|ir|"
                        r"atendimento|beneficios|no-reply|noreply)@")


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
            assert not re.search(r"[0-9@_]", v), (rid, v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_BOXES.match(v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|OAB|COREN|CRP|CRC|CRO|CREFITO)\b", v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"(19[0-9]\d|20[0-2]\d)|/\d\d$", v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert all(0 <= int(x) <= 255 for x in v.split(".")) and v.count(".") == 3, (rid, v)
        elif lab == "ADDRESS":
            assert re.match(r"(?i)(r\.?|rua|av\.?|avenida|tv\.?|travessa|al\.?|alameda|estr\.?|estrada|pra[çc]a|rodovia|largo|vila)\b", v), (rid, v)
    labelled = [(s["start"], s["end"]) for s in record["spans"]]
    for n in negs:
        assert not cpf_ok(n), (rid, n)
        assert n in text or fmt_cpf(n) in text, (rid, n)
        for m in re.finditer(re.escape(n) + "|" + re.escape(fmt_cpf(n)), text):
            assert not any(a <= m.start() < b for a, b in labelled), (rid, n)
    # every 11-digit run in the text that is not inside a gold span must fail the CPF check
    for m in re.finditer(r"(?<![\w.-])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\w-])", text):
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
    return w.replace("rn", "m").replace("cl", "d").replace("ri", "n").replace("l", "i").replace("c", "e").replace("ó", "o")


def main() -> None:
    records = build()
    expected = 10 * sum(len(v) for v in TEMPLATES.values())
    assert len(records) == expected and len({r["id"] for r in records}) == expected
    with (HERE / OUT_NAME).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("fiftyseventh", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")
    print(f"  11-digit hard negatives placed (all fail the CPF check): {NEG_COUNT[0]}")


if __name__ == "__main__":
    sys.exit(main())
