"""Build the sixty-ninth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_sixtyninth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from
other generators), seed 6969, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets: personal income tax (IRPF) and small accounting
offices, the papers such an office keeps and produces during the declaration season and the
rest of the year: intake forms, declaration drafts with dependants and alimony recipients,
informes de rendimentos from employers, banks and health plans, medical-expense receipts for
deductions (with the provider's CPF/CNPJ and council number), carnê-leão worksheets of
self-employed professionals, malha fina notices and the accountant's replies, MEI
registrations and DAS guides, clients' WhatsApp exchanges sending documents, the office's
client and billing CSV exports, and e-mail threads with Receita Federal e-CAC mailbox messages
and access logs. Layouts vary: letters, forms with and without rulers, fixed-width tables, a
Markdown table, CSV/TSV extracts, pipe-delimited files, WhatsApp exports, e-mails with quoted
replies and signatures, OCR-ish scans (light letter confusions in names), system logs.

- atendimento: a WhatsApp export between a client (saved contact or unsaved number) and the
  office's business account (dependants' CPF and birth date, dentist's CRO, refund account,
  the office's random Pix key, a card number typed in the chat, a relative writing from an
  unknown number); the office's intake form (ficha cadastral, rulers, dependants table,
  refund account, vehicle with RENAVAM); the client list exported from the practice software
  (CSV, name in one column or first_name/last_name, "SURNAME, GIVEN" rows, previous-year
  receipt numbers); an e-mail thread on pending documents with the accountant's signature
  and a quoted reply; a help-desk ticket on gov.br/e-CAC access with the pasted access list
  (user, CPF, IP); the reception's typed phone-message notebook; a web-form submission to
  open a MEI (IP of the submission, mother's name, residential address).
- juridico: a Notificação de Lançamento (malha fina) as OCR'd by the office; the accountant's
  answer to a Termo de Intimação Fiscal listing receipts and alimony; an alimony agreement
  (termo de acordo) with the children, the representative, lawyers and judge; a private power
  of attorney to the accountant with the notary's recognition; an engagement contract with a
  MEI client (witnesses, an employee's PIS); an internal memo on a final estate declaration
  (heirs table, assets); a lawyer's e-mail on identity fraud with the e-CAC event log.
- saude: medical-expense receipts (self-employed professionals and clinics); the office's
  ruled worksheet of deductible health payments; a health plan's annual statement for tax
  (family members, card numbers); an official medical report for the serious-illness tax
  exemption (CNS, ICD-10); an e-mail exchange with a clinic confirming payments under review
  (Markdown table); a psychologist's livro-caixa for carnê-leão (payer and beneficiary CPFs,
  TSV); a clinic's DMED file (pipe-delimited) checked before transmission.
- financeiro: an employer's Comprovante de Rendimentos Pagos e de IRRF (fixed width, alimony
  and health-plan dependants); a bank's informe de rendimentos (joint holder, accounts); a
  PGMEI extract of DAS guides with the accountant's WhatsApp note; a self-employed person's
  carnê-leão worksheet (lawyer, architect, app driver, tutor, engineer); the declaration
  draft (rascunho) with identification, dependants, alimony recipients, assets and refund;
  the office's billing export (Pix, boleto, card); an e-mail forwarding e-CAC mailbox
  messages and the access log, with the accountant's signature.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.",
"Dra.", "dona", "seu"; particles inside a name (de, da, dos, e) are part of it; "SURNAME,
Given" is one span; nicknames and first names alone are persons; first_name and last_name
columns are one span each. Clients, dependants, alimony recipients and their representatives,
heirs, providers, accountants, receptionists, lawyers, judges, notaries' clerks, tax auditors,
witnesses and managers named in the text are persons; logins and system users ("recepcao01",
"usr_cobranca"), WhatsApp business-account names and company names are not. Corporate e-mails
of people are EMAIL_ADDRESS; role mailboxes (irpf@, mei@, fiscal@, financeiro@, ouvidoria@) are
not labelled, even when a person's name is the display name (the name is PERSON). ADDRESS is
street type + name + number + complement, never bairro, city, state or CEP (CEP is BR_CEP); an
office's, company's or clinic's address is not labelled. Agency and account are separate
BANK_ACCOUNT spans; bank codes and names are not. DATE_OF_BIRTH only for birth dates;
death, judgment, receipt, due, payment, access and diagnosis dates are not. PROFESSIONAL_ID
includes the council acronym and UF or region ("CRC-SP 123456/O-7", "CRM/SP 123456",
"CRO-MG 12345", "CRP 06/12345", "CREFITO-3/123456-F", "CRN-3 12345", "CRFa 2-12345",
"OAB/RJ 98.765"). PIX_KEY only for random (UUID) keys used as Pix keys; a Pix key that is a
CPF takes BR_CPF. Masked values, internal ids, protocol and contract numbers are not labelled.
New decisions for this register:
- a Pix random key is PIX_KEY whoever holds it (the office's key for its fees too); a CNPJ is
  BR_CNPJ whoever holds it (employers, banks, plans, clinics, the office, a MEI);
- a MEI's nome empresarial is "CNPJ root + owner's civil name" ("12.345.678 MARIA DA SILVA"):
  the name is PERSON, the 8-digit root is not labelled; the MEI's establishment address is a
  company address, not labelled; the owner's residential address is ADDRESS;
- a self-employed professional's own office address printed on a receipt or livro-caixa
  (pessoa física, required on the receipt) is ADDRESS; a clinic's (CNPJ) is not;
- a taxpayer's property in "Bens e direitos" and an estate's residence are ADDRESS (a person's
  address);
- phone numbers are PHONE_NUMBER whoever holds them (the office's landline, a bank's or
  plan's 0800 line); in the DMED file DDD and number are separate fields, and only the number
  field is a PHONE_NUMBER span; an unsaved WhatsApp sender shown as a number is PHONE_NUMBER;
- a card number printed in full is CREDIT_CARD; masked ones are not;
- receipt numbers of declarations ("12.34.56.78.90-12"), Notificação/Termo numbers, processo
  administrativo numbers ("10880.123456/2025-12"), RENAVAM, CNES, ANS registry, health-plan
  card numbers, DAS numbers and linha digitável, certidão matrícula, NB of a pension, Pix txids,
  boletim de ocorrência numbers, CNAE codes, DARF codes and occupation codes are not labelled;
- the ICD-10 codes of a medical report are not labelled; nor are laws and decrees;
- OCR damage (scanned notices and reports) is light, touches letters of names only ("VALERlA"),
  and the span is labelled as it stands; fixed-width columns may truncate a long name, and
  the truncated name is labelled as printed.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Franciscleudo, Uanderson, Maryelle, Kethlyn, Ruthiele; Italian, German, Japanese/Okinawan,
Lebanese, Korean, Chinese, Vietnamese, Polish, Bolivian, Haitian, Senegalese, Angolan,
indigenous, Jewish), at least a quarter of the name words rare or invented; names that are
also words (Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória, Aurora, Branco, Glória, Graça)
next to the same words as words ("a declaração pro leão", "campo em branco", "conta de luz",
"seria prudente", "a glória é não cair na malha"), places (Presidente Prudente, Bento
Gonçalves, Vitória de Santo Antão, Amado Bahia) and companies (Prudente Assessoria Contábil,
Fisio Leão Reabilitação, Contabilidade Aurora, Doces da Aurora), which are not persons. Forms:
full, ALL CAPS without accents, lower case, "SURNAME, GIVEN", first name alone, nicknames,
split first_name/last_name.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(previous-year receipt numbers, RENAVAM, plan contract numbers), ICD-10 codes, money, protocol
and ticket numbers, processo administrativo numbers, DAS lines, company names with surnames
(Zanella & Kalil Consultoria Tributária, Tenório Calado Contadores Associados, Hallal Têxtil
S.A.), street names honouring people outside an address (Rua Bento Gonçalves of a company),
laws ("Lei nº 9.250/1995", "Lei 13.709/2018"), dates that are not birth dates.
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
SEED = 6969

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

PT_F = ["Adriana", "Fabiana", "Patrícia", "Juliana", "Cristiane", "Simone", "Luciana", "Tatiane", "Priscila",
        "Camila", "Larissa", "Beatriz", "Mariana", "Gabriela", "Letícia", "Sandra", "Cláudia", "Fernanda",
        "Maria José", "Ana Paula", "Maria de Fátima", "Heloísa", "Manuela", "Isabela", "Sabrina", "Elaine",
        "Rosângela", "Aparecida", "Joana", "Tereza Cristina", "Débora", "Marina", "Valéria", "Lorena"]
RARE_F = ["Gildevânia", "Ivoneide", "Raimunda", "Dalvanira", "Edjane", "Lucicleide", "Marinalva", "Josefa Rita",
          "Cleonice", "Nivalda", "Erenilde", "Creuza", "Edileusa", "Joelma Cristina", "Anália", "Zenaide",
          "Waldirene", "Kethlyn", "Maryelle", "Thayla", "Ruthiele", "Kauany", "Eduarda Nayara", "Dorinha",
          "Jucimara", "Genilda", "Lenilda", "Irani", "Odete", "Arlinda", "Socorro", "Divina", "Ozana",
          "Welida", "Fabrícia", "Janaína", "Quitéria"]
PT_M = ["Rodrigo", "Fábio", "Gustavo", "Ricardo", "Eduardo", "Roberto", "Antônio", "Francisco", "José Carlos",
        "João Paulo", "Luís Fernando", "Vinícius", "Thiago", "Diego", "Bruno", "Rafael", "Gabriel", "Lucas",
        "Matheus", "Heitor", "Miguel", "Arthur", "Daniel", "Henrique", "Sebastião", "Raimundo", "Benedito",
        "Geraldo", "Vicente", "Ronaldo", "Adriano", "Luciano", "Everton"]
RARE_M = ["Edivaldo", "Gilmário", "Josenildo", "Valdir", "Jucelino", "Erivelton", "Adenilson", "Cosme",
          "Damião", "Genésio", "Otoniel", "Reinaldo Jânio", "Washington Luís", "Wanderlei", "Deusdete",
          "Elizeu", "Franciscleudo", "Gedeão", "Hildebrando", "Irineu", "Jovelino", "Laércio", "Maurílio",
          "Nerivaldo", "Orlando Zeca", "Pompeu", "Rubenildo", "Sivaldo", "Tarcísio", "Uanderson",
          "Wallisson", "Kaio Ryan", "Jhonatan", "Adailton", "Benvindo", "Crispim", "Dejair"]
PT_SUR = ["Silva", "Souza", "Oliveira", "Santos", "Lima", "Ferreira", "Pereira", "Almeida", "Rocha", "Dias",
          "Monteiro", "Moreira", "Cunha", "Fonseca", "Batista", "Barros", "Farias", "Sales", "Miranda",
          "Tavares", "Brito", "Borges", "Medeiros", "Xavier", "Sampaio", "Coelho", "Cruz", "Guimarães",
          "Conceição", "Siqueira", "Aguiar", "Macedo"]
RARE_SUR = ["Bezerra de Menezes", "Arruda Câmara", "Cavalcante Wanderley", "Tenório", "Sucupira", "Pequeno",
            "Gurgel", "Jatobá", "Valadares", "Brandão", "Carneiro Leão", "Calado", "Maranhão", "Lins",
            "Pessoa", "Ximenes", "Timbó", "Sarmento", "Aragão", "Quintela", "Uchôa", "Figueiredo Neto",
            "Leitão", "Peixoto", "Mourão", "Frota", "Benevides", "Catunda", "Damasceno", "Espíndola",
            "Feitosa", "Girão", "Holanda Cavalcanti", "Ibiapina", "Jereissati", "Lustosa", "Magalhães Pinto",
            "Norões", "Orsini", "Pontes", "Queirós", "Rebouças"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Esperança", "Graça", "Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Salvador", "Moisés"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Leão", "Flores", "Vitória", "Pinheiro",
            "Coelho", "Carneiro", "Bezerra", "Cordeiro", "Leal", "Franco", "Porto"]
NICK = {"José Carlos": "Zé Carlos", "Francisco": "Chico", "Antônio": "Toninho", "Sebastião": "Tião",
        "Raimunda": "Mundinha", "Maria José": "Zezé", "Maria de Fátima": "Fafá", "Aparecida": "Cida",
        "Benedito": "Dito", "Geraldo": "Gegê", "Socorro": "Corrinha", "Tereza Cristina": "Teca",
        "Luís Fernando": "Nando", "Vicente": "Tinho", "Cosme": "Cosminho", "Dorinha": "Dora",
        "Franciscleudo": "Cleudo", "Rubenildo": "Rubinho", "Josefa Rita": "Zefa", "Quitéria": "Teté",
        "Eduardo": "Dudu", "Heloísa": "Helô"}
FOREIGN = {
    "it": (["Giovanna", "Fiorella", "Loredana"], ["Giuseppe", "Enrico", "Aldo"],
           ["Zanella", "Pizzolatto", "Dall'Agnol", "Tomasi", "Carraro", "De Bortoli", "Scopel"]),
    "de": (["Hildegard", "Irmgard", "Frieda"], ["Egon", "Reinhold", "Siegfried"],
           ["Kohlrausch", "Wendt", "Schmitt", "Bauermann", "Rauber", "Klein", "Diefenthäler"]),
    "jp": (["Keiko", "Tomoko", "Yumi"], ["Satoshi", "Noboru", "Akira"],
           ["Nakamura", "Higa", "Kaneshiro", "Shimabukuro", "Watanabe", "Tsuruda"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Elias", "Jamil", "Munir"],
           ["Abib", "Saad", "Daher", "Hallal", "Kalil", "Jorge Tannus"]),
    "kr": (["Eun-ji", "So-yeon"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Han", "Kang"]),
    "cn": (["Mei", "Yan"], ["Jun", "Wei"], ["Zhang", "Liu", "Huang", "Xu"]),
    "bo": (["Marisol", "Nélida", "Gladys"], ["Edwin", "Nelson Rubén", "Germán"],
           ["Mamani", "Choque", "Condori", "Quispe", "Huanca"]),
    "ht": (["Nadège", "Wisline", "Fabiola"], ["Jean-Robert", "Wesner", "Clerveaux"],
           ["Pierre-Louis", "Saint-Fleur", "Jean-Baptiste", "Toussaint", "Desir"]),
    "sn": (["Mariama", "Awa", "Ndeye"], ["Abdoulaye", "Moustapha", "Ibrahima"],
           ["Sarr", "Mbaye", "Faye", "Cissé", "Thiam"]),
    "ao": (["Esperança Nzinga", "Domingas"], ["Mbemba", "Kialanda"], ["Mavinga", "Lukamba", "Cassoma", "Ngola"]),
    "in": (["Potyra", "Jandira", "Moema"], ["Ubiratã", "Kauê", "Raoni"], ["Guajajara", "Terena", "Pataxó", "Baniwa"]),
    "jw": (["Sara", "Ester", "Miriam"], ["Jacó", "Benjamin", "Nathan"], ["Goldstein", "Feldman", "Rozenblit", "Szajnbok"]),
    "pl": (["Jadwiga", "Halina"], ["Kazimierz", "Stanisław"], ["Wisniewski", "Kowalczyk", "Zielinski"]),
    "vn": (["Thi Lan", "Thi Hoa"], ["Van Minh", "Quang"], ["Nguyen", "Tran", "Pham"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "pl", "vn", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Silva", "Cunha", "Rosa", "Luz", "Vitória", "Conceição", "Cruz", "Fonseca", "Rocha"}
DO_SUR = {"Nascimento", "Porto", "Carmo"}
DOS_SUR = {"Santos", "Reis", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "24", "27", "28", "31", "34", "35", "38",
        "41", "42", "44", "47", "48", "49", "51", "54", "55", "61", "62", "63", "65", "66", "67", "68", "71",
        "73", "77", "79", "81", "82", "84", "85", "87", "89", "91", "93", "94", "96", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Rodovia", "Largo"]
STREET_NAMES = ["Barão de Mauá", "Visconde de Taunay", "Prudente de Morais", "Bento Gonçalves", "da Glória",
                "Flor de Maio", "Rosa e Silva", "Amado Bahia", "Desembargador Otoniel Sucupira",
                "Professora Genilda Jatobá", "Sete de Setembro", "Marechal Deodoro", "Tiradentes",
                "das Laranjeiras", "dos Ipês", "Padre Cícero", "Dom Bosco", "Coronel Tenório Calado",
                "Vereador Jovelino Brandão", "Aurora Boreal", "Luz do Sol", "Esperança Nova", "Doze de Outubro",
                "Conselheiro Aguiar", "Irmã Dulce", "Castro Alves", "Nossa Senhora da Penha", "João Pessoa",
                "General Câmara", "dos Expedicionários", "Getúlio Vargas", "Santos Dumont", "Osvaldo Cruz"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Vitória de Santo Antão", "PE"),
          ("Amado Bahia", "BA"), ("Porto Seguro", "BA"), ("Campina Grande", "PB"), ("Caruaru", "PE"),
          ("Mossoró", "RN"), ("Juazeiro do Norte", "CE"), ("Imperatriz", "MA"), ("Santarém", "PA"),
          ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Governador Valadares", "MG"), ("Sorocaba", "SP"),
          ("Bauru", "SP"), ("Franca", "SP"), ("Campinas", "SP"), ("Cascavel", "PR"), ("Ponta Grossa", "PR"),
          ("Chapecó", "SC"), ("Blumenau", "SC"), ("Caxias do Sul", "RS"), ("Santa Maria", "RS"),
          ("Anápolis", "GO"), ("Cuiabá", "MT"), ("Campo Grande", "MS"), ("Feira de Santana", "BA"),
          ("Niterói", "RJ"), ("Petrópolis", "RJ"), ("Vila Velha", "ES"), ("Aracaju", "SE"), ("Maceió", "AL")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Glória", "Vila Prudente", "Centro", "Boa Vista", "Jardim das Flores", "Alto da Boa Vista",
           "Parque Bento Ribeiro", "Vila Esperança", "Aurora", "Bairro da Luz", "Rosarinho", "Cidade Jardim"]
CIDS = ["F41.1", "F32.2", "C50.9", "C61", "G35", "M54.5", "K02.1", "G20", "B20", "N18.5", "C18.9", "I25.1",
        "F84.0", "Q90.0", "H54.0", "M06.9", "E10.9", "G80.9", "S82.2", "K08.1"]
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
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {n}", f"CRO-{uf} nº {n}"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {n:06d}/O-{self.d(1)}", f"CRC/{uf} {n:06d}/O-{self.d(1)}",
                              f"CRC {uf}-{n:06d}/O", f"CRC-{uf} {dotted}"])
        if kind == "CRP":
            return self.pick([f"CRP {self.rng.randint(1, 23):02d}/{self.d(5)}", f"CRP-{self.rng.randint(1, 23):02d}/{self.d(6)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.rng.randint(1, 18)}/{self.d(6)}-F", f"CREFITO {self.rng.randint(1, 18)} {self.d(5)}-F"])
        if kind == "CRN":
            return f"CRN-{self.rng.randint(1, 11)} {self.d(5)}"
        if kind == "CRFa":
            return f"CRFa {self.rng.randint(1, 8)}-{self.d(5)}"
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
        self.negs: list[str] = []  # hard-negative numbers put in the text (checked to fail the CPF check)

    def t(self, s: str) -> "Doc":
        self.text += s
        return self

    def e(self, s: str, label: str | None) -> "Doc":
        if label is None:
            return self.t(s)
        if label == "NEG":
            self.negs.append(s)
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
            if isinstance(v, tuple) and v[1] == "NEG":
                self.negs.append(v[0])
                self.t(v[0])
            elif isinstance(v, tuple):
                self.e(v[0], v[1])
            else:
                self.t(str(v))
            cursor = m.end()
        self.t(template[cursor:])
        return self

    def add(self, other: "Doc") -> "Doc":
        self.negs += other.negs
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




# --------------------------------------------------------------------------- register-specific bits

def N(s: str) -> tuple:
    """A hard negative kept in the text (11-digit ones are checked to fail the CPF check)."""
    return (s, "NEG")


OFFICES = [("Sucupira & Feitosa Contabilidade", "sucupiracontabil.com.br"),
           ("Escritório Contábil Bezerra Leão", "bezerraleao.cnt.br"),
           ("Prudente Assessoria Contábil Ltda", "prudentecontabil.com.br"),
           ("Organização Contábil Flor de Lis", "flordelis.cnt.br"),
           ("Tenório Calado Contadores Associados", "tenoriocalado.com.br"),
           ("Contabilidade Aurora ME", "contabaurora.com.br"),
           ("Zanella & Kalil Consultoria Tributária", "zanellakalil.adv.br"),
           ("Luz Amado Contábil S/S", "luzamado.com.br")]
EMPLOYERS = ["Metalúrgica Zanella Ltda", "Supermercados Bom Preço Aurora Ltda", "Prefeitura Municipal de Presidente Prudente",
             "Hospital São Bento S.A.", "Transportadora Bento Gonçalves Ltda", "Colégio Rosa Mística", "Cerâmica Sucupira Ltda",
             "Kalil & Daher Engenharia Ltda", "Cooperativa Agroindustrial Vitória", "Indústria de Calçados Franco Leal S.A.",
             "Secretaria de Estado da Educação", "Nakamura Comércio de Frutas Ltda", "Hallal Têxtil S.A."]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa Econômica Federal"), ("237", "Bradesco"), ("341", "Itaú Unibanco"),
         ("033", "Santander"), ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"),
         ("336", "C6 Bank"), ("212", "Banco Original")]
CLINICS = ["Clínica Odontológica Sorriso da Glória Ltda", "Laboratório São Bento de Análises", "Clínica Aurora de Psicologia",
           "Fisio Leão Reabilitação Ltda", "Hospital Amado Pessoa S.A.", "Centro de Imagem Bezerra Lins", "Oftalmo Vitória Ltda",
           "Unimed Vale do Prudente", "Clínica Flor de Lótus Terapias", "Instituto Sarmento de Ortopedia"]
PLANS = ["Unimed", "Bradesco Saúde", "SulAmérica", "Hapvida", "Amil", "Cassi", "Geap", "São Francisco Saúde", "NotreDame Intermédica"]
OCCUP = [("225", "Médico"), ("241", "Advogado"), ("252", "Contador"), ("410", "Auxiliar de escritório"), ("320", "Técnico de enfermagem"),
         ("231", "Professor de ensino fundamental"), ("520", "Vendedor"), ("718", "Motorista de aplicativo"), ("214", "Engenheiro"),
         ("251", "Psicólogo"), ("223", "Dentista"), ("715", "Pedreiro"), ("883", "Aposentado"), ("517", "Cabeleireiro")]
RELS = [("11", "Filho(a) ou enteado(a) até 21 anos"), ("21", "Filho(a) ou enteado(a) universitário até 24 anos"),
        ("22", "Filho(a) ou enteado(a) incapaz"), ("31", "Pais, avós e bisavós"), ("24", "Cônjuge"),
        ("41", "Irmão(ã), neto(a) ou bisneto(a)"), ("51", "Menor pobre que crie e eduque")]
WORDS = ["a declaração pro leão", "a mordida do leão esse ano", "deixar o campo em branco", "conta de luz no nome dele",
         "seria prudente retificar antes da malha", "o carnê-leão de março", "a vitória na impugnação", "água, luz e telefone",
         "imposto de renda não é bicho de sete cabeças", "fechar o mês com a graça de Deus", "entrega no último dia é arriscado",
         "a glória é não cair na malha", "ficou tudo em branco no PGD", "a rosa dos ventos do contribuinte"]


def cut(s: str, n: int) -> str:
    """Truncate to a fixed-width column, as the printing programme does."""
    return s[:n].rstrip()


def office(g: Gen):
    return g.pick(OFFICES)


def recibo_irpf(g: Gen) -> str:
    d = g.d(12)
    return g.pick([f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:8]}.{d[8:10]}-{d[10:]}", d])


def processo_adm(g: Gen) -> str:
    return f"{g.pick(['10880', '10166', '13805', '10283', '11080', '15504'])}.{g.d(6)}/{g.rng.randint(2023, 2025)}-{g.d(2)}"


def darf_code(g: Gen) -> str:
    return g.pick(["0190", "0211", "4600", "8045", "0246", "2089"])


def linha_das(g: Gen) -> str:
    return f"8{g.d(10)} {g.d(12)} {g.d(12)} {g.d(12)}"


def uf_of(g: Gen) -> str:
    return g.pick(UFS)


def sig_office(g: Gen, acc: Person, dom: str, name: str) -> Doc:
    """An accountant's e-mail signature; the office's address is not labelled."""
    doc = Doc()
    t, nm_, num, _ = g.street_parts()
    city, uf = g.city()
    doc.f("\n--\n«n»\nContador(a) · «crc»\n«nmof»\n«t» «nm», «num» — «city»/«uf»\nTel. «tel» | «mail»\n",
          n=P(acc.full), crc=(g.council("CRC", uf), "PROFESSIONAL_ID"), nmof=name, t=t, nm=nm_, num=num, city=city, uf=uf,
          tel=(g.phone(mobile=False), "PHONE_NUMBER"), mail=(corp_mail(acc, dom), "EMAIL_ADDRESS"))
    return doc


def wa_line(g: Gen, ts: str, who, msg: str, **vals) -> Doc:
    doc = Doc()
    doc.f("[«ts»] ", ts=ts)
    if isinstance(who, tuple):
        doc.f("«w»: ", w=who)
    else:
        doc.t(f"{who}: ")
    doc.f(msg + "\n", **vals)
    return doc


def wa_times(g: Gen, n: int) -> list[str]:
    d = g.date("br", 2025)
    return [f"{d[:6]}{d[6:]} {t}" for t in g.times(n, 8 * 3600, 22 * 3600)]


# =========================================================================== atendimento

def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp export: a client sends documents for the declaration to the office's business account."""
    doc = Doc()
    c = g.person()
    sp = g.person(female=not c.female)
    kid = g.relative(c)
    st = g.person(female=True)
    of, _dom = office(g)
    ts = wa_times(g, 14)
    if g.chance(0.5):
        doc.f("Conversa do WhatsApp com «c»\n", c=P(g.pick([c.short, c.full, c.nick])))
    else:
        doc.f("Conversa do WhatsApp com «c» «s»\n", c=P(c.first), s=g.pick(["IRPF", "cliente 2025", "(indicação)"]))
    doc.t("As mensagens e ligações são protegidas com a criptografia de ponta a ponta.\n")
    who_c = (g.phone("plus"), "PHONE_NUMBER") if g.chance(0.45) else P(c.short)
    doc.add(wa_line(g, ts[0], who_c, "boa tarde! segue os documentos do imposto de renda, to mandando aos poucos <anexado: informe_«b».pdf>",
                    b=g.pick(["itau", "bb", "nubank", "caixa", "empresa"])))
    doc.add(wa_line(g, ts[2], of, "Olá, «c»! Aqui é a «s» do escritório 😊 Recebi sim. Para incluir dependentes preciso do CPF "
                    "e da data de nascimento de cada um, ok?", c=P(c.first), s=P(st.first)))
    doc.add(wa_line(g, ts[3], who_c, "«k» cpf «cpf» nasceu «dob»", k=P(g.pick([kid.full, kid.first, kid.low])),
                    cpf=(g.cpf(g.pick(["dot", "raw", "sp"])), "BR_CPF"), dob=(g.dob(g.pick(["br", "nopad", "short"]), 2004, 2022), "DATE_OF_BIRTH")))
    if g.chance(0.6):
        doc.add(wa_line(g, ts[4], who_c, "e a «sp» vai junto como dependente? o cpf dela é «cpf»" if not sp.female
                        else "e a «sp» vai junto como dependente? o cpf dela é «cpf»", sp=P(g.pick([sp.first, sp.full])),
                        cpf=(g.cpf(), "BR_CPF")))
    else:
        doc.add(wa_line(g, ts[4], who_c, "meu ex paga pensão pr«o» «k», precisa declarar? a conta que cai é ag «ag» conta «cc»",
                        o=kid.o, k=P(kid.first), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT")))
    doc.add(wa_line(g, ts[5], of, "Precisa sim. Me manda também os recibos médicos e o informe do plano. Se tiver dentista, "
                    "o recibo tem que ter CPF e o CRO do profissional."))
    dent = g.person()
    doc.add(wa_line(g, ts[6], who_c, "«o» dentista é «o» «d», «cro». cpf del«e» ta no recibo: «cpf»", o=dent.o, e="a" if dent.female else "e",
                    d=P(g.pick([dent.short, dent.first])),
                    cro=(g.council("CRO"), "PROFESSIONAL_ID"), cpf=(g.cpf(), "BR_CPF")))
    k = g.rng.randint(0, 3)
    if k == 3:
        doc.add(wa_line(g, ts[7], who_c, "posso pagar vcs no cartão? «cc» val «v» (o cvv te falo por ligação)", cc=(g.card(g.chance(0.7)), "CREDIT_CARD"),
                        v=f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 31)}"))
        k = g.rng.randint(0, 2)
    if k == 0:
        doc.add(wa_line(g, ts[8], who_c, "<anexado: IMG-2025«n»-WA00«j».jpg> a foto da minha cnh ficou ruim, o número é «cnh»", n=g.d(4), j=g.d(2),
                        cnh=(g.cnh(), "BR_CNH")))
    elif k == 1:
        doc.add(wa_line(g, ts[8], who_c, "meu título é «t» se precisar", t=(g.titulo(), "BR_TITULO_ELEITOR")))
    else:
        doc.add(wa_line(g, ts[8], who_c, "o número do recibo do ano passado é «r», serve?", r=N(recibo_irpf(g))))
    doc.add(wa_line(g, ts[9], of, "Perfeito. A restituição cai em qual conta? Lembrando que só pode ser conta sua."))
    bk = g.pick(BANKS)
    doc.add(wa_line(g, ts[10], who_c, "«bk» ag «ag» cc «cc». ou pode ser pix no meu cpf «cpf» né",
                    bk=bk[1].lower() if g.chance(0.5) else bk[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
                    cpf=(g.cpf("raw"), "BR_CPF")))
    doc.add(wa_line(g, ts[11], of, "Pode sim 👍 Os honorários ficaram em R$ «v». Chave pix (aleatória) do escritório: «k»",
                    v=g.money(180, 900), k=(g.uuid(), "PIX_KEY")))
    if g.chance(0.5):
        doc.add(wa_line(g, ts[12], (g.phone("plus"), "PHONE_NUMBER"), "oi aqui é a «n», filha d«o» «c». ela pediu pra avisar que o endereço mudou: «ad», cep «cep»",
                        n=P(g.person(female=True).first), o=c.o, c=P(c.first), ad=(g.address(g.pick(["text", "low"])), "ADDRESS"),
                        cep=(g.cep(g.chance(0.7)), "BR_CEP")))
    if g.chance(0.5):
        doc.add(wa_line(g, ts[13], who_c, "fechado. só não quero «w» kkk", w=g.pick(WORDS[:2] + ["cair na malha de novo"])))
    return doc


def at_ficha(g: Gen) -> Doc:
    """The office's intake form (ficha cadastral) for a declaration, filled in and typed up; rulers and blanks."""
    doc = Doc()
    c = g.person()
    sp = g.person(female=not c.female)
    of, dom = office(g)
    city, uf = g.city()
    occ = g.pick(OCCUP)
    rule = g.pick(["=" * 72, "-" * 72, "_" * 60])
    caps = g.chance(0.35)
    nm = (lambda p: p.caps) if caps else (lambda p: p.full)
    doc.f("«of»\nFICHA CADASTRAL — DECLARAÇÃO IRPF «ex» (ano-calendário «ac»)\n«r»\n", of=of.upper(), ex=2025, ac=2024, r=rule)
    rg_or_cnh = g.chance(0.75)
    doc.f("Nome completo: «n»\nCPF: «cpf»        «rl»: «rg» «org»\nData de nascimento: «dob»     Título de eleitor: «tit»\n",
          rl="RG" if rg_or_cnh else "CNH", n=P(nm(c)), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG") if rg_or_cnh else (g.cnh(), "BR_CNH"),
          org=g.pick(["SSP/SP", "SSP-SP", "SSP/" + uf, "DETRAN/" + uf, "SDS/PE"]),
          dob=(g.dob(g.pick(["br", "nopad", "long"]), 1945, 2000), "DATE_OF_BIRTH"), tit=(g.titulo(), "BR_TITULO_ELEITOR"))
    if g.chance(0.5):
        doc.f("NIT/PIS: «p»\n", p=(g.pis(), "BR_PIS"))
    ad = g.address("caps" if caps else g.pick(["text", "text", "low"]))
    doc.f("Endereço: «ad»\nBairro: «b»   Cidade/UF: «c»/«uf»   CEP: «cep»\nCelular/WhatsApp: «tel»   Fixo: «fx»\nE-mail: «e»\n",
          ad=(ad, "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"),
          fx=g.pick(["—", "não tem", "________"]), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("Ocupação principal: «oc» (cód. «cd»)   Natureza: «nt»\n«r»\n", oc=occ[1], cd=occ[0],
          nt=g.pick(["12 - Empregado de empresa do setor privado", "11 - Empregado público", "61 - Aposentado", "21 - Autônomo"]), r=rule)
    doc.f("CÔNJUGE/COMPANHEIR«o»: «s»   CPF: «cpf»   Nasc.: «dob»\nDeclaração: «dj»\n«r»\n", o="O" if not sp.female else "A",
          s=P(nm(sp)), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1945, 2000), "DATE_OF_BIRTH"),
          dj=g.pick(["em conjunto (como dependente)", "separada", "separada — recibo nº " + recibo_irpf(g)]), r=rule)
    doc.t("DEPENDENTES\nNome                                      | CPF            | Nascimento | Relação\n")
    for _ in range(g.rng.randint(1, 3)):
        d = g.relative(c)
        rel = g.pick(RELS[:3])
        n = nm(d)
        doc.cell(n, max(42, len(n) + 1), "PERSON").t("| ").cell(g.cpf("dot"), 15, "BR_CPF").t("| ").cell(g.dob("br", 2002, 2023), 11, "DATE_OF_BIRTH") \
            .t("| " + rel[0] + "\n")
    bk = g.pick(BANKS)
    doc.f("«r»\nRestituição/débito automático: Banco «b» («bn»)  Agência «ag»  Conta «cc» («tp»)\n", r=rule, b=bk[0], bn=bk[1],
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), tp=g.pick(["corrente", "poupança", "pagamento"]))
    doc.f("Possui: [«a»] imóvel  [«b»] veículo  [«c»] aplicações  [«d»] bolsa/cripto\n", a=g.pick("X "), b=g.pick("X "), c=g.pick("X "), d=g.pick("X "))
    if g.chance(0.6):
        doc.f("Veículo: «m» placa «pl» — RENAVAM «rv»\n", m=g.pick(["Onix 2019", "HB20 1.0", "Strada Freedom", "Gol G5", "Hilux SRV", "CG 160 Fan"]),
              pl=(g.plate(), "LICENSE_PLATE"), rv=N(g.neg(11)))
    st = g.person()
    doc.f("Atendido por: «a»   Data: «d»   Honorários: R$ «v»\n", a=P(g.pick([st.first, st.short])), d=g.date("br", 2025),
          v=g.money(200, 1200))
    if g.chance(0.4):
        ind = g.person()
        doc.f("Obs.: cliente indicad«o» pel«i» «x»\n", o=c.o, i=ind.o, x=P(g.pick([ind.first, ind.nick, ind.short])))
    else:
        doc.f("Obs.: «o»\n", o=g.pick(WORDS))
    return doc


def at_csv(g: Gen) -> Doc:
    """The office's client list exported from its practice software (CSV, ';' or ',')."""
    doc = Doc()
    of, dom = office(g)
    split = g.chance(0.3)
    sep = g.pick([";", ";", ","])
    st = [g.person() for _ in range(3)]
    doc.f("-- exportado do sistema do escritório em «d» por «w» (filtro: IRPF «y», status <> 'ENTREGUE')\n",
          d=g.date("br", 2025) + " " + g.hm(), w=g.pick(["admin", "recepcao01", login(st[0])]), y=2025)
    cols = (["cod", "first_name", "last_name"] if split else ["cod", "nome"]) + \
        ["cpf", "dt_nasc", "celular", "email", "cep", "status", "responsavel", "honorario", "recibo_ant"]
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        c = g.person(word=g.chance(0.15))
        if split:
            fn, ln = first_last(c)
            if g.chance(0.3):
                fn, ln = fold(fn).upper(), fold(ln).upper()
            nmcols = [P(fn), P(ln)]
        else:
            nmcols = [P(g.pick([c.full, c.caps, c.caps, c.inverted]))]
        rows.append([V(g.d(5))] + nmcols + [(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                                            (g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH") if g.chance(0.85) else V(""),
                                            (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
                                            (g.email(c), "EMAIL_ADDRESS") if g.chance(0.8) else V(""),
                                            (g.cep(g.chance(0.6)), "BR_CEP"),
                                            V(g.pick(["AGUARD. DOCS", "EM DIGITAÇÃO", "CONFERÊNCIA", "PEND. PGTO", "MALHA"])),
                                            P(g.pick(st).first) if g.chance(0.5) else V(g.pick(["-", "recepcao01", "admin", login(st[1])])),
                                            V(g.money(150, 1500)),
                                            N(g.neg(11)) if g.chance(0.4) else V("")])
    table_csv(doc, cols, rows, sep=sep)
    doc.f("-- «n» registros; recibo_ant = nº do recibo da declaração do ano anterior (não é CPF)\n", n=len(rows))
    return doc


def at_email(g: Gen) -> Doc:
    """An e-mail thread between a client and the office about pending documents, with a quoted reply."""
    doc = Doc()
    c = g.person()
    acc = g.person()
    of, dom = office(g)
    cm = g.email(c)
    role = g.pick(["irpf", "atendimento", "contato", "documentos"])
    d1, d2 = g.date("br", 2025), g.date("br", 2025)
    doc.f("De: «a» <«am»>\nPara: «c» <«cm»>\nCc: «role»@«dom»\nAssunto: RE: Pendências IRPF 2025 - «cs»\nData: «d»\n\n",
          a=P(acc.full), am=(corp_mail(acc, dom), "EMAIL_ADDRESS"), c=P(c.full), cm=(cm, "EMAIL_ADDRESS"), role=role, dom=dom,
          cs=P(c.caps if g.chance(0.5) else c.short), d=d2)
    kid = g.relative(c)
    doc.f("Bom dia, «c»,\n\nObrigad«o» pelo envio. Conferindo a documentação, ainda faltam:\n", c=P(g.pick([c.first, c.full])), o=acc.o)
    items = [("- informe de rendimentos da «e» (o que veio é de 2023);\n", dict(e=g.pick(EMPLOYERS))),
             ("- CPF d«o» «k» (nascid«o» em «dob»), que entra como dependente — sem CPF o PGD não aceita;\n",
              dict(o=kid.o, k=P(kid.first), dob=(g.dob("br", 2005, 2023), "DATE_OF_BIRTH"))),
             ("- recibo da fisioterapeuta «f» («cr»), com o CPF dela;\n",
              dict(f=P(g.person(female=True).full), cr=(g.council("CREFITO"), "PROFESSIONAL_ID"))),
             ("- comprovante dos aluguéis recebidos do inquilino «i» (CPF «cpf»);\n", dict(i=P(g.person().full), cpf=(g.cpf(), "BR_CPF"))),
             ("- extrato do consórcio (contrato «ct»);\n", dict(ct=N(g.d(9)))),
             ("- escritura do imóvel da «ad» (matrícula «m»).\n", dict(ad=(g.address(), "ADDRESS"), m=g.d(5)))]
    for tpl, vals in g.rng.sample(items, 4):
        doc.f(tpl, **vals)
    doc.f("\nO prazo da Receita termina em 30/05. «w».\n", w=g.pick(["Seria prudente não deixar pra última semana",
                                                                  "Quanto antes, menos risco com a malha", "Qualquer dúvida estou à disposição"]))
    doc.add(sig_office(g, acc, dom, of))
    doc.f("\nEm «d», «c» <«cm»> escreveu:\n> Oi «a», mandei tudo que achei. Meu celular novo é «tel». O endereço continua «ad»\n"
          "> «rest»\n> Att, «cf»\n", d=d1, c=P(c.full), cm=(cm, "EMAIL_ADDRESS"), a=P(acc.first), tel=(g.phone(), "PHONE_NUMBER"),
          ad=(g.address(), "ADDRESS"), rest=g.pick(["o informe do banco eu peço na agência amanhã.", "a fatura do plano vai em anexo.",
                                                   "o leão esse ano vai me pegar, ne?", "tem uns recibos do psicólogo que estão em branco no CPF."]),
          cf=P(g.pick([c.first, c.nick])))
    return doc


def at_ecac_ticket(g: Gen) -> Doc:
    """Internal help-desk ticket: a client without gov.br access; the procuração and the e-CAC access list."""
    doc = Doc()
    c = g.person()
    acc, st = g.person(), g.person()
    of, dom = office(g)
    ccpf, acpf = g.cpf("dot"), g.cpf("dot")
    doc.f("Chamado #«n» · Categoria: Acesso e-CAC / gov.br · Aberto por «s» («sl») em «d»\n\nCliente: «c» — CPF «cpf»\n",
          n=g.d(5), s=P(st.full), sl=login(st), d=g.date("br", 2025), c=P(g.pick([c.full, c.caps])), cpf=(ccpf, "BR_CPF"))
    doc.f("Descrição: cliente tem conta gov.br nível «nv», não consegue cadastrar a procuração eletrônica pro escritório. "
          "Tentou pelo celular «tel» e recebeu \"código inválido\". Procurador(a) a cadastrar: «a», CPF «acpf», «crc».\n\n",
          nv=g.pick(["bronze", "prata"]), tel=(g.phone(), "PHONE_NUMBER"), a=P(acc.full), acpf=(acpf, "BR_CPF"),
          crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    doc.t("Consulta de acessos (e-CAC › Meus Dados › Acessos ao e-CAC), colada da tela:\nData/Hora            | Usuário          | CPF do usuário  | Endereço IP      | Serviço\n")
    for _ in range(g.rng.randint(3, 5)):
        who = g.pick([c, c, acc])
        doc.f("«dt» | ", dt=g.date("br", 2025) + " " + g.hms())
        nmx = cut(fold(who.short).upper(), 16)
        doc.cell(nmx, 16, "PERSON").t(" | ").cell(ccpf if who is c else acpf, 15, "BR_CPF").t(" | ").cell(g.ip(), 16, "IP_ADDRESS") \
            .t(" | " + g.pick(["Consulta Pendências - Situação Fiscal", "Meu Imposto de Renda", "Caixa Postal",
                                "Pagamentos e Parcelamentos", "Procuração Eletrônica", "Cópia de Declaração"]) + "\n")
    doc.f("\nObs. «s»: as linhas com o CPF do procurador são acessos pelo certificado do escritório "
          "(A1 CNPJ «cnpj»). Protocolo gov.br: «p».\n\nResposta («a2», «d»): orientei a cliente a fazer a prova de vida facial pelo app; "
          "nível subiu pra prata. Procuração cadastrada com validade até «v». Fechar.\n",
          s=P(st.first), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), p=N(g.protocol()), a2=P(acc.first), d=g.date("br", 2025),
          v=g.date("br", 2027))
    return doc


def at_recados(g: Gen) -> Doc:
    """Reception's typed phone-message notebook for the IRPF season."""
    doc = Doc()
    st = g.person(female=True)
    if g.chance(0.5):
        doc.f("RECADOS — «d» (recepção: «s»)\n\n", d=g.date("br", 2025), s=P(g.pick([st.first, st.nick, st.full])))
    else:
        doc.f("RECADOS — «d» — recepção\n\n", d=g.date("br", 2025))
    times = g.times(g.rng.randint(5, 7), 8 * 3600, 18 * 3600)
    accs = [g.person() for _ in range(2)]
    for t in times:
        c = g.person()
        k = g.rng.randint(0, 5)
        pre = g.pick(["dona ", "sra. ", "", ""] if c.female else ["seu ", "sr. ", "", ""])
        if k == 0:
            doc.f("«t» - ligou «p»«c» («tel»), quer saber se a restituição saiu. Consultei: ", t=t, p=pre,
                  c=P(g.pick([c.full, c.first, c.short])), tel=(g.phone(), "PHONE_NUMBER"))
            if g.chance(0.3):
                doc.f("malha — ver com «o» «a». Retornar.\n", o=accs[0].o, a=P(accs[0].first))
            else:
                doc.f("«lote». Retornar.\n", lote=g.pick(["3º lote, crédito em 31/07", "em fila de restituição", "em processamento"]))
        elif k == 1:
            doc.f("«t» - «p»«c» passou e deixou envelope com recibos médicos e o informe da «e». CPF anotado no envelope: «cpf». "
                  "Guardado na pasta do «a».\n", t=t, p=pre, c=P(g.pick([c.full, c.low, c.nick])), e=g.pick(EMPLOYERS),
                  cpf=(g.cpf(), "BR_CPF"), a=P(accs[1].first))
        elif k == 2:
            doc.f("«t» - «c» (CPF «cpf») pediu 2ª via do DARF do carnê-leão, cód. «dc», vencto «v». E-mail: «e»\n", t=t,
                  c=P(c.caps), cpf=(g.cpf(), "BR_CPF"), dc=darf_code(g), v=g.date("br", 2025), e=(g.email(c), "EMAIL_ADDRESS"))
        elif k == 3:
            doc.f("«t» - filho da «p»«c» ligou do «tel»: ela faleceu em «d». Querem saber do espólio. Passei pro «a».\n", t=t,
                  p=g.pick(["dona ", "sra. ", ""]), c=P(g.person(female=True).full), tel=(g.phone(), "PHONE_NUMBER"),
                  d=g.date("br", 2025), a=P(accs[0].short))
        elif k == 4:
            doc.f("«t» - ligação da Receita? número «tel» — disse que era sobre «c», desconfio de golpe, NÃO passei dados.\n",
                  t=t, tel=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"), c=P(c.full))
        else:
            doc.f("«t» - «c» quer abrir MEI pra «atv». Agendado c/ «a» dia «d» às «h». Tel «tel».\n", t=t, c=P(g.pick([c.short, c.first])),
                  atv=g.pick(["vender bolo", "fazer unha", "instalar ar-condicionado", "fazer frete", "vender roupa no Instagram"]),
                  a=P(accs[1].first), d=g.date("nopad", 2025)[:5].rstrip("/"), h=g.hm(), tel=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.3):
        doc.f("\nObs: Dra. «r» do 3º andar pediu a sala de reunião amanhã.\n", r=P(g.pick(["Rosa", "Glória", "Luz", "Aurora"])))
    else:
        doc.f("\nObs: «w».\n", w=g.pick(["luz da sala de reunião queimou", "a impressora tá imprimindo em branco",
                                         "lembrar todos: prazo 30/05", "café acabou, pedir no Supermercado Prudente"]))
    return doc


def at_mei_form(g: Gen) -> Doc:
    """A web form submission asking the office to open a MEI, as stored by the site's form plugin."""
    doc = Doc()
    c = g.person()
    doc.f("Nova submissão — Formulário \"Quero abrir meu MEI\" (#«n»)\nEnviado em: «d» «h» · IP: «ip» · Página: /mei-gratis\n\n",
          n=g.d(4), d=g.date("br", 2025), h=g.hms(), ip=(g.ip(), "IP_ADDRESS"))
    fants = ["Doces da Aurora", "Flor de Lis Confeitaria", "Bento Fretes", "Salão Rosa Chá", "Luz Elétrica e Reparos",
             "Glória Costura", "Prudente Entregas", "Ateliê Vitória Régia"]
    city, uf = g.city()
    rows = [("Nome completo", P(g.pick([c.full, c.full, c.low, c.caps]))), ("CPF", (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")),
            ("Data de nascimento", (g.dob(g.pick(["br", "iso"]), 1960, 2006), "DATE_OF_BIRTH")),
            ("RG ou CNH", (g.rg(), "BR_RG") if g.chance(0.6) else (g.cnh(), "BR_CNH")), ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")),
            ("Nome da mãe", P(g.person(female=True).full)),
            ("Endereço residencial", (g.address(g.pick(["text", "low"])), "ADDRESS")), ("CEP", (g.cep(g.chance(0.7)), "BR_CEP")),
            ("Cidade", V(f"{city} - {uf}")), ("WhatsApp", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(c), "EMAIL_ADDRESS")),
            ("Atividade", V(g.pick(["Confeitaria (4721-1/02)", "Cabeleireiro (9602-5/01)", "Transporte de cargas (4930-2/01)",
                                    "Instalação elétrica (4321-5/00)", "Comércio varejista de roupas (4781-4/00)"]))),
            ("Nome fantasia desejado", V(g.pick(fants))),
            ("Local do negócio", V(g.pick(["em casa (mesmo endereço)", "loja alugada no centro", "ambulante", "online"]))),
            ("Já teve CNPJ?", V(g.pick(["não", "sim, baixado em 2021", "não sei"]))),
            ("Recebe Bolsa Família/BPC?", V(g.pick(["não", "sim", "Bolsa Família"])))]
    if g.chance(0.5):
        rows.insert(5, ("NIT/PIS", (g.pis(), "BR_PIS")))
    for k, v in rows:
        doc.f("«k»: «v»\n", k=k, v=v)
    doc.f("Mensagem: ")
    if g.chance(0.25):
        doc.f("tenho uma dívida de DAS antiga no CNPJ «x», da pra aproveitar?\n", x=(g.cnpj(g.pick(["dot", "raw"])), "BR_CNPJ"))
    else:
        doc.f("«m»\n", m=g.pick(["quero emitir nota pras empresas", "meu cunhado disse que MEI não paga imposto de renda, é verdade?",
                                 "urgente pfv", "trabalho de dia na loja, quero fazer bolo de noite"]))
    ac = g.person()
    dom = office(g)[1]
    doc.f("\n--\nEnviado para: mei@«dom» · Encaminhado automaticamente para «a» <«am»>\n",
          dom=dom, a=P(ac.full), am=(corp_mail(ac, dom), "EMAIL_ADDRESS"))
    return doc


# =========================================================================== juridico

def ocr_name(g: Gen, s: str) -> str:
    return ocr(s, g, rate=0.25)


def ju_malha(g: Gen) -> Doc:
    """A Notificação de Lançamento (malha fina) scanned and OCR'd by the office, light damage on names."""
    doc = Doc()
    c = g.person()
    scan = g.chance(0.5)
    nmc = ocr_name(g, c.caps) if scan else c.caps
    doc.f("MINISTÉRIO DA FAZENDA\nSECRETARIA ESPECIAL DA RECEITA FEDERAL DO BRASIL\n«pg»\nNOTIFICAÇÃO DE LANÇAMENTO\n"
          "IMPOSTO SOBRE A RENDA DA PESSOA FÍSICA — EXERCÍCIO «ex»  ANO-CALENDÁRIO «ac»\nNº «nl»\n\n",
          pg="Pág. 1/3" if scan else "", ex=2024, ac=2023, nl=f"{2024}/{g.d(12)}")
    doc.f("SUJEITO PASSIVO\nNome: «n»\nCPF: «cpf»\nEndereço: «ad»\n«b» — «city»/«uf»  CEP «cep»\n\n", n=P(nmc), cpf=(g.cpf(), "BR_CPF"),
          ad=(g.address("caps"), "ADDRESS"), b=g.pick(BAIRROS).upper(), city=(cu := g.city())[0].upper(), uf=cu[1], cep=(g.cep(), "BR_CEP"))
    doc.t("DESCRIÇÃO DOS FATOS E ENQUADRAMENTO LEGAL\n")
    k = g.rng.randint(2, 3)
    kinds = g.rng.sample(["med", "dep", "pens", "omis"], k)
    total = 0
    for kd in kinds:
        if kd == "med":
            pr = g.person()
            doc.f("Dedução Indevida de Despesas Médicas. Glosa do valor de R$ «v», pago a «p», CPF «cpf», por falta de comprovação. "
                  "Enquadramento legal: art. 8º, inciso II, alínea \"a\", e §§ 2º e 3º, da Lei nº 9.250, de 1995.\n",
                  v=g.money(800, 18000), p=P(ocr_name(g, pr.caps) if scan else pr.caps), cpf=(g.cpf(), "BR_CPF"))
        elif kd == "dep":
            d = g.relative(c)
            doc.f("Dedução Indevida de Dependente. «d» (CPF «cpf», nasc. «dob») consta como dependente em outra declaração "
                  "do exercício. Arts. 35 da Lei nº 9.250/1995.\n", d=P(d.caps), cpf=(g.cpf(), "BR_CPF"),
                  dob=(g.dob("br", 1998, 2022), "DATE_OF_BIRTH"))
        elif kd == "pens":
            a = g.person()
            doc.f("Dedução Indevida de Pensão Alimentícia Judicial. Valor de R$ «v» pago a «a» sem comprovação de decisão judicial "
                  "ou escritura pública (processo informado «cnj» não localizado).\n", v=g.money(3000, 40000), a=P(a.caps),
                  cnj=g.cnj())
        else:
            fp = g.pick(EMPLOYERS)
            doc.f("Omissão de Rendimentos do Trabalho com Vínculo. Fonte pagadora: «fp» — CNPJ «cnpj». Valor omitido R$ «v»; "
                  "IRRF R$ «r». Dependente beneficiário: «d».\n", fp=fp.upper(), cnpj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"),
                  v=g.money(5000, 60000), r=g.money(100, 5000), d=g.pick(["não se aplica", "titular"]))
    doc.f("\nDEMONSTRATIVO: imposto suplementar R$ «a»; multa de ofício (75%) R$ «b»; juros de mora (Selic) R$ «c».\n"
          "Vencimento: «v». Processo nº «pr».\n\nAUDITOR-FISCAL DA RECEITA FEDERAL DO BRASIL\n«af» — Matrícula «m»\n"
          "Documento assinado digitalmente conforme MP nº 2.200-2 de 24/08/2001. Código de verificação «cv».\n",
          a=g.money(500, 9000), b=g.money(300, 7000), c=g.money(50, 900), v=g.date("br", 2025), pr=processo_adm(g),
          af=P(fold(g.person().full).upper()), m=g.d(7), cv=f"{g.hexs(4).upper()}.{g.hexs(4).upper()}.{g.hexs(4).upper()}")
    if scan:
        doc.f("\n[carimbo: RECEBIDO em «d» — recepção]\n", d=g.date("br", 2025))
    return doc


def ju_resposta(g: Gen) -> Doc:
    """The accountant's answer (esclarecimentos) to a Termo de Intimação Fiscal, listing the receipts."""
    doc = Doc()
    c = g.person()
    acc = g.person()
    city, uf = g.city()
    doc.f("ILMO(A). SR(A). DELEGADO(A) DA RECEITA FEDERAL DO BRASIL EM «city»/«uf»\n\nRef.: Termo de Intimação Fiscal nº «ti» — "
          "DIRPF «ex»\n\n«c», brasileir«o», «ec», inscrit«o» no CPF sob o nº «cpf», residente na «ad», CEP «cep», por seu procurador "
          "«a», contador, «crc», CPF «acpf», vem apresentar os esclarecimentos e documentos solicitados:\n\n",
          city=city.upper(), uf=uf, ti=f"{g.rng.randint(2024, 2025)}/{g.d(12)}", ex=g.pick([2023, 2024]), c=P(c.caps), o=c.o,
          ec=g.pick(["casad" + c.o, "solteir" + c.o, "divorciad" + c.o, "viúv" + c.o]), cpf=(g.cpf(), "BR_CPF"),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), a=P(acc.full), crc=(g.council("CRC", uf), "PROFESSIONAL_ID"),
          acpf=(g.cpf(), "BR_CPF"))
    doc.t("1. DESPESAS MÉDICAS\n")
    for i in range(g.rng.randint(2, 3)):
        if g.chance(0.6):
            pr = g.person()
            kind = g.pick(["CRP", "CRO", "CRM", "CREFITO", "CRN", "CRFa"])
            doc.f("   «i») «p» («k») — CPF «cpf» — R$ «v» — paciente: «pa»\n", i="abc"[i], p=P(pr.full), k=(g.council(kind), "PROFESSIONAL_ID"),
                  cpf=(g.cpf(), "BR_CPF"), v=g.money(400, 12000), pa=P(g.pick([c.first, g.relative(c).first])) if g.chance(0.7) else "o próprio titular")
        else:
            doc.f("   «i») «p» — CNPJ «cnpj» — R$ «v» (nota fiscal nº «nf»)\n", i="abc"[i], p=g.pick(CLINICS), cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"),
                  v=g.money(200, 9000), nf=g.d(6))
    if g.chance(0.6):
        al = g.relative(c)
        doc.f("\n2. PENSÃO ALIMENTÍCIA\n   Paga a «al», CPF «cpf», nascid«o» em «dob», conforme sentença homologatória proferida nos autos nº «cnj» "
              "(«vara»), depósitos mensais na conta de sua genitora, ag. «ag», c/c «cc».\n",
              al=P(al.full), cpf=(g.cpf(), "BR_CPF"), o=al.o, dob=(g.dob("long", 2006, 2020), "DATE_OF_BIRTH"), cnj=g.cnj(),
              vara=g.pick(["2ª Vara de Família", "1ª Vara Cível", "Vara Única", "3ª Vara de Família e Sucessões"]),
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("\nAs despesas observam o art. 8º da Lei nº 9.250/1995 e o art. 73 do Decreto nº 9.580/2018 (RIR/2018). Requer o cancelamento "
          "da glosa.\n\n«city», «d».\n\n_____________________________\n«a»\n«crc»\n«am»\n",
          city=city, d=g.date("long", 2025), a=P(acc.caps if g.chance(0.5) else acc.full), crc=(g.council("CRC", uf), "PROFESSIONAL_ID"),
          am=(g.email(acc, office(g)[1]), "EMAIL_ADDRESS"))
    return doc


def ju_pensao(g: Gen) -> Doc:
    """An alimony agreement (termo de acordo) kept in the client's folder to support the deduction."""
    doc = Doc()
    al = g.person(female=False) if g.chance(0.7) else g.person(female=True)
    rep = g.person(female=not al.female)
    kids = [g.relative(al) for _ in range(g.rng.randint(1, 2))]
    city, uf = g.city()
    doc.f("TERMO DE ACORDO DE ALIMENTOS\n\nProcesso nº «cnj»\n\nALIMENTANTE: «a», «nac», «prof», portador do RG nº «rg» e CPF nº «cpf», "
          "residente e domiciliado na «ad», «city»/«uf», CEP «cep», telefone «tel».\n\n",
          cnj=g.cnj(), a=P(al.caps), nac=g.pick(["brasileir" + al.o, "haitian" + al.o, "bolivian" + al.o]), prof=g.pick(["motorista", "comerciante", "servidor(a) público(a)", "autônom" + al.o, "vendedor(a)"]),
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), city=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          tel=(g.phone(), "PHONE_NUMBER"))
    doc.t("ALIMENTANDO(S): ")
    for i, k in enumerate(kids):
        doc.f("«s»«k», nascid«o» em «dob», CPF «cpf»", s="; " if i else "", k=P(k.caps), o=k.o, dob=(g.dob("br", 2008, 2023), "DATE_OF_BIRTH"),
              cpf=(g.cpf(), "BR_CPF"))
    doc.f(", neste ato representad«o»(s) por sua genitora/genitor «r», CPF «cpf».\n\n", o="o" if len(kids) > 1 else kids[0].o,
          r=P(rep.caps), cpf=(g.cpf(), "BR_CPF"))
    pct = g.pick(["30%", "25%", "20%", "1/3"])
    doc.f("CLÁUSULA 1ª — O alimentante pagará «p» de seus rendimentos líquidos, descontados em folha pela empregadora «e», ou, "
          "desempregado, «sm» do salário mínimo, até o dia 10 de cada mês.\n", p=pct, e=g.pick(EMPLOYERS), sm=g.pick(["40%", "50%", "meio"]))
    if g.chance(0.5):
        bk = g.pick(BANKS)
        doc.f("CLÁUSULA 2ª — Os valores serão depositados na conta de titularidade da representante, Banco «b» («bc»), agência «ag», "
              "conta «cc».\n", b=bk[1], bc=bk[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("CLÁUSULA 2ª — Os valores serão transferidos via Pix para a chave aleatória «k», de titularidade da representante.\n",
              k=(g.uuid(), "PIX_KEY"))
    doc.f("CLÁUSULA 3ª — As despesas extraordinárias de saúde e educação serão divididas na proporção de 50%.\n\n"
          "«city», «d».\n\n«adv1» — «o1»\n«adv2» — «o2»\n\nHOMOLOGO o acordo (art. 487, III, b, CPC). «j», Juiz(a) de Direito.\n",
          city=city, d=g.date("long", g.pick([2019, 2021, 2022, 2023])), adv1=P(g.person().full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          adv2=P(g.person().full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"), j=P(g.person().full))
    doc.f("\n[nota do escritório, «d»: usar código 30/31 na ficha de pagamentos; valores pagos em «y»: R$ «v»]\n",
          d=g.date("br", 2025), y=2024, v=g.money(4000, 30000))
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """A private power of attorney from a client to the accountant, with the notary's stamp."""
    doc = Doc()
    c = g.person()
    acc = g.person()
    of, dom = office(g)
    city, uf = g.city()
    idt = g.rng.randint(0, 2)
    docid = {0: ("RG nº «x» «o»", (g.rg(), "BR_RG")), 1: ("CNH nº «x»", (g.cnh(), "BR_CNH")), 2: ("RG «x»", (g.rg("raw"), "BR_RG"))}[idt]
    doc.f("PROCURAÇÃO\n\nOUTORGANTE: «c», «nac», «ec», «prof», ", c=P(g.pick([c.caps, c.full])), nac=g.pick(["brasileir" + c.o, "natural de " + city]),
          ec=g.pick(["casad" + c.o, "solteir" + c.o, "em união estável"]), prof=g.pick(["aposentad" + c.o, "professor" + ("a" if c.female else ""), "empresári" + c.o, "autônom" + c.o]))
    doc.f(docid[0], x=docid[1], o=g.pick(["SSP/" + uf, "SESP/" + uf, "SSP"]))
    doc.f(", CPF nº «cpf», nascid«o» em «dob», residente na «ad», «city»/«uf», CEP «cep», telefone «tel», e-mail «e».\n\n", tel=(g.phone(), "PHONE_NUMBER"),
          cpf=(g.cpf(), "BR_CPF"), o=c.o, dob=(g.dob("br", 1940, 1995), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), city=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("OUTORGAD«O»: «a», contador«x», inscrit«o» no «crc», CPF «acpf», com escritório em «of» (CNPJ «cnpj»).\n\n",
          O=acc.o.upper(), o=acc.o, a=P(acc.caps), x="a" if acc.female else "", crc=(g.council("CRC", uf), "PROFESSIONAL_ID"), acpf=(g.cpf(), "BR_CPF"),
          of=of, cnpj=(g.cnpj(), "BR_CNPJ"))
    doc.f("PODERES: para representar o(a) outorgante perante a Secretaria Especial da Receita Federal do Brasil, podendo elaborar, "
          "transmitir e retificar declarações do IRPF, consultar a Caixa Postal do e-CAC, solicitar cópia de declarações, parcelar "
          "débitos, apresentar impugnação e acompanhar o processo nº «p», assinar requerimentos e receber intimações.\n"
          "Validade: «v».\n\n«city», «d».\n\n______________________\n«c»\n\n", p=processo_adm(g), v=g.pick(["1 (um) ano", "até 31/12/2026", "indeterminada"]),
          city=city, d=g.date("long", 2025), c=P(c.full))
    doc.f("RECONHEÇO por semelhança a firma de «c». Selo digital «s». «cart» — «t», escrevente.\n",
          c=P(c.caps), s=f"{g.hexs(6).upper()}-{g.d(6)}", cart=g.pick(["2º Tabelião de Notas de " + city, "Cartório do 1º Ofício", "Tabelionato Amado"]),
          t=P(g.person().full))
    return doc


def ju_contrato(g: Gen) -> Doc:
    """An engagement contract between the office and a MEI client (the MEI's trade name carries its owner's name)."""
    doc = Doc()
    of, dom = office(g)
    so = g.person()
    c = g.person()
    cnpj = g.cnpj(alnum=g.chance(0.2))
    root = cnpj[:10]
    city, uf = g.city()
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS CONTÁBEIS Nº «n»/«y»\n\nCONTRATADA: «of», CNPJ «ocnpj», com sede na Rua «rs», «num», "
          "«city»/«uf», neste ato representada por «sx» «s», «crc».\n\n",
          n=g.d(3), y=2025, of=of.upper(), ocnpj=(g.cnpj(), "BR_CNPJ"), rs=g.pick(["Quinze de Novembro", "Bento Gonçalves", "Barão de Mauá", "da Aurora"]),
          num=g.rng.randint(10, 2000), city=city, uf=uf, sx="sua sócia" if so.female else "seu sócio", s=P(so.full), crc=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    doc.f("CONTRATANTE: «rootn» «nm», MEI, CNPJ «cnpj», representada por «c», CPF «cpf», RG «rg», residente na «ad», CEP «cep», "
          "celular «tel», e-mail «e».\n\n", rootn=root, nm=P(fold(c.full).upper()), cnpj=(cnpj, "BR_CNPJ"), c=P(c.full),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("CLÁUSULA 1ª — OBJETO: emissão mensal do DAS-MEI, entrega da DASN-SIMEI, elaboração da DIRPF do titular e de "
          "«dep» dependente(s), e folha de pagamento de até 1 (um) empregado.\nCLÁUSULA 2ª — HONORÁRIOS: R$ «h» mensais, vencimento dia «dv», "
          "via boleto ou Pix (chave CNPJ da contratada). IRPF anual: R$ «i».\nCLÁUSULA 3ª — A CONTRATANTE se obriga a entregar os "
          "documentos até o dia 5; a omissão de informações é de sua responsabilidade (Lei 10.406/2002, art. 1.177).\n"
          "CLÁUSULA 4ª — Os dados pessoais serão tratados nos termos da Lei 13.709/2018 (LGPD).\nCLÁUSULA 5ª — Foro da comarca de «city».\n\n",
          dep=g.rng.randint(0, 3), h=g.money(90, 400), dv=g.pick([5, 10, 15, 20]), i=g.money(250, 900), city=city)
    if g.chance(0.5):
        emp = g.person()
        doc.f("ANEXO I — Empregado: «e», PIS «pis», admissão «ad», salário R$ «s».\n\n", e=P(emp.full), pis=(g.pis(), "BR_PIS"),
              ad=g.date("br", 2024), s=g.money(1412, 2500))
    doc.f("«city», «d».\n\nTESTEMUNHAS:\n1. «t1» — CPF «c1»\n2. «t2» — CPF «c2»\n", city=city, d=g.date("long", 2025),
          t1=P(g.person().full), c1=(g.cpf(), "BR_CPF"), t2=P(g.person().full), c2=(g.cpf(), "BR_CPF"))
    return doc


def ju_espolio(g: Gen) -> Doc:
    """An internal memo on the final estate declaration (declaração final de espólio) with the heirs."""
    doc = Doc()
    de = g.person()
    inv = g.relative(de)
    acc = g.person()
    adv = g.person()
    uf = g.pick(UFS)
    icpf = g.cpf("dot")
    doc.f("MEMO INTERNO — «of»\nAssunto: Declaração Final de Espólio — «d»\nResponsável: «a» · Advogad«o» do inventário: «adv» («oab»)\n\n",
          of=office(g)[0], d=P(de.caps), a=P(acc.short), o=adv.o, adv=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("Falecid«o»: «d», CPF «cpf», nascid«o» em «dob», óbito em «ob» (certidão matrícula «m»).\nInventário judicial nº «cnj» — "
          "partilha homologada em «ph».\nInventariante: «i», CPF «icpf», tel. «tel».\n\n",
          o=de.o, d=P(de.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1925, 1960), "DATE_OF_BIRTH"), ob=g.date("br", g.pick([2022, 2023, 2024])),
          m=f"{g.d(6)} {g.d(2)} {g.d(2)} {g.d(4)} {g.d(1)} {g.d(5)} {g.d(3)} {g.d(7)} {g.d(2)}", cnj=g.cnj(), ph=g.date("br", 2024),
          i=P(inv.full), icpf=(icpf, "BR_CPF"), tel=(g.phone(), "PHONE_NUMBER"))
    doc.t("HERDEIROS                              CPF              NASCIMENTO  QUINHÃO\n" + "-" * 78 + "\n")
    n = g.rng.randint(2, 4)
    for i in range(n):
        h = inv if i == 0 else g.relative(de)
        doc.cell(cut(fold(h.full).upper(), 38), 39, "PERSON").cell(icpf if i == 0 else g.cpf("dot"), 17, "BR_CPF").cell(g.dob("br", 1962, 2000), 12, "DATE_OF_BIRTH").t(f"{100 / n:.2f}%\n")
    doc.f("«r»\nBENS A PARTILHAR\n- Imóvel residencial na «ad», CEP «cep» — matrícula «mt» do CRI; valor declarado R$ «v»\n"
          "- Veículo «car», placa «pl», RENAVAM «rv»\n- Saldo em conta no «bk», ag. «ag», conta «cc»: R$ «s»\n\n"
          "Pendências: ITCMD guia nº «gi»; «w».\n", r="-" * 78, ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), mt=g.d(5),
          v=g.money(90000, 900000), car=g.pick(["Corolla 2015", "Fiat Uno 2008", "Fusca 1978", "S10 2012"]), pl=(g.plate(old=True), "LICENSE_PLATE"),
          rv=N(g.neg(11)), bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), s=g.money(500, 90000),
          gi=g.d(10), w=g.pick(["a herdeira mais nova mora em Portugal, precisa de CPF ativo", "aguardar avaliação do imóvel",
                                "ganho de capital na transferência a valor de mercado", "a conta de luz ainda está no nome do falecido"]))
    return doc


def ju_fraude(g: Gen) -> Doc:
    """A lawyer's e-mail on identity fraud: a retificadora sent from an unknown IP redirected the refund."""
    doc = Doc()
    c = g.person()
    adv = g.person()
    acc = g.person()
    of, dom = office(g)
    doc.f("De: «a» <«am»>\nPara: «c» <«cm»>; fiscal@«dom»\nAssunto: Fraude na DIRPF — retificadora não reconhecida\n\n",
          a=P(adv.full), am=(g.email(adv, "advocacia" + g.pick(["kalil", "sarmento", "brandao"]) + ".adv.br"), "EMAIL_ADDRESS"),
          c=P(acc.full), cm=(corp_mail(acc, dom), "EMAIL_ADDRESS"), dom=dom)
    doc.f("Prezad«o» «c2»,\n\nRepresento «cl» (CPF «cpf», nascid«o2» em «dob»). Conforme o extrato do e-CAC que vocês baixaram, "
          "uma declaração retificadora foi transmitida em «d» a partir de IP desconhecido, alterando a conta de restituição para "
          "ag. «ag» conta «cc» (banco «bk»), que «ele» nunca teve:\n\n",
          o=acc.o, ele="ela" if c.female else "ele", c2=P(acc.first), cl=P(c.full), cpf=(g.cpf(), "BR_CPF"), o2=c.o, dob=(g.dob("br", 1950, 1990), "DATE_OF_BIRTH"),
          d=g.date("br", 2025), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), bk=g.pick(["336", "260", "077", "323"]))
    doc.t("  data/hora            evento                         IP origem         recibo\n")
    for _ in range(g.rng.randint(3, 4)):
        doc.f("  «dt»  «ev»  «ip»  «r»\n", dt=g.date("br", 2025) + " " + g.hms(),
              ev=g.pick(["TRANSMISSAO_RETIFICADORA     ", "ALTERACAO_CONTA_RESTITUICAO  ", "LOGIN_GOVBR_PRATA            ",
                         "CONSULTA_EXTRATO_DIRPF       ", "TRANSMISSAO_ORIGINAL         "]),
              ip=(g.ip(), "IP_ADDRESS"), r=N(recibo_irpf(g)))
    doc.f("\nO IP «ip» é o do escritório (transmissão original). Registramos o Boletim de Ocorrência nº «bo» e vamos pedir à Receita "
          "o bloqueio da restituição (processo «p»). Favor não confundir com o homônimo «h», que também é cliente de vocês.\n\n"
          "Att.,\n«a»\n«oab»\n«tel»\n", ip=(g.ip(), "IP_ADDRESS"), bo=f"{g.d(4)}/{2025}", p=processo_adm(g), h=P(fold(c.full).upper()),
          a=P(adv.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"), tel=(g.phone(), "PHONE_NUMBER"))
    return doc


# =========================================================================== saude

def extenso(g: Gen) -> tuple[str, str]:
    return g.pick([("350,00", "trezentos e cinquenta reais"), ("2.400,00", "dois mil e quatrocentos reais"), ("800,00", "oitocentos reais"),
                   ("1.200,00", "mil e duzentos reais"), ("4.000,00", "quatro mil reais"), ("620,00", "seiscentos e vinte reais"),
                   ("1.850,00", "mil, oitocentos e cinquenta reais"), ("3.150,00", "três mil, cento e cinquenta reais")])


def sa_recibo(g: Gen) -> Doc:
    """Receipts for medical expenses, as photographed and typed into the client's folder (PF and clinic)."""
    doc = Doc()
    c = g.person()
    city, uf = g.city()
    doc.f("Pasta «c» — recibos médicos «y» (digitados pela recepção)\n\n", c=P(c.short), y=2024)
    ccpf = g.cpf()
    for i in range(g.rng.randint(2, 3)):
        pat = g.pick([c, g.relative(c)])
        if g.chance(0.65):
            pr = g.person()
            kind, what = g.pick([("CRP", "sessões de psicoterapia"), ("CRO", "tratamento odontológico (canal e coroa)"),
                                 ("CREFITO", "sessões de fisioterapia"), ("CRM", "consultas médicas"), ("CRN", "consultas de nutrição"),
                                 ("CRFa", "sessões de fonoaudiologia")])
            doc.f("RECIBO Nº «n»\n\nRecebi de «c», CPF «cpf», a importância de R$ «v» («ext»), referente a «w» realizadas em «per», "
                  "em favor de «pa».\n\n«city», «d».\n\n«pr»\n«k» · CPF «pcpf»\n«ad» — «city»/«uf» · tel. «tel»\n\n", tel=(g.phone(), "PHONE_NUMBER"),
                  n=g.d(3), c=P(g.pick([c.full, c.caps])), cpf=(ccpf, "BR_CPF"), v=(ex := extenso(g))[0], ext=ex[1], w=what,
                  per=g.pick(["janeiro a junho de 2024", "03/2024", "agosto/2024", "2024"]), pa=P(pat.full) if pat is not c else "si própri" + c.o,
                  city=city, d=g.date("long", 2024), pr=P(pr.full), k=(g.council(kind, uf), "PROFESSIONAL_ID"), pcpf=(g.cpf(), "BR_CPF"),
                  ad=(g.address(), "ADDRESS"), uf=uf)
        else:
            doc.f("«cl»\nCNPJ «cnpj» · CNES «cnes»\nRECIBO — Recebemos de «c» (CPF «cpf») o valor de R$ «v» referente a «w», paciente «pa».\n"
                  "Responsável técnico: «rt» — «k»\n\n", cl=g.pick(CLINICS).upper(), cnpj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"),
                  cnes=g.d(7), c=P(c.full), cpf=(ccpf, "BR_CPF"), v=g.money(150, 9000),
                  w=g.pick(["exames laboratoriais", "ressonância magnética", "cirurgia de catarata", "internação"]),
                  pa=P(g.pick([pat.full, pat.caps])), rt=P(g.person().full), k=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("Obs.: «o»\n", o=g.pick(["recibo do dentista sem CPF, pedir 2ª via", "farmácia não é dedutível",
                                                              "academia não entra", "o do psicólogo está em nome da mãe, ok",
                                                              "plano de saúde vem no informe da operadora"]))
    return doc


def sa_planilha(g: Gen) -> Doc:
    """The office's worksheet of deductible health payments (ficha Pagamentos Efetuados), ruled table."""
    doc = Doc()
    c = g.person()
    deps = [g.relative(c) for _ in range(g.rng.randint(1, 2))]
    doc.f("DIRPF «ex» · «c» · CPF «cpf» · Planilha de pagamentos (saúde)\n", ex=2025, c=P(c.caps), cpf=(g.cpf(), "BR_CPF"))
    w = [4, 26, 20, 36, 12]
    rule = "+" + "+".join("-" * (x + 2) for x in w) + "+\n"
    doc.t(rule + "| " + " | ".join(h.ljust(x) for h, x in zip(["Cód", "Beneficiário", "CPF/CNPJ prestador", "Prestador", "Valor (R$)"], w)) + " |\n" + rule)
    for _ in range(g.rng.randint(4, 6)):
        ben = g.pick([c] + deps)
        bn = "Titular" if ben is c else (ben.first if g.chance(0.5) else f"Dep. {deps.index(ben) + 1}")
        pf = g.chance(0.55)
        if pf:
            pr = g.person()
            code, pid, pname = g.pick(["10", "11", "14", "15", "21"]), (g.cpf(), "BR_CPF"), P(cut(fold(pr.short).upper(), 36))
        else:
            code, pid, pname = g.pick(["26", "12", "13"]), (g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), V(g.pick(CLINICS + PLANS)[:36])
        doc.t("| ").cell(code, w[0]).t(" | ").cell(cut(bn, 26), w[1], None if bn == "Titular" or bn.startswith("Dep.") else "PERSON").t(" | ").cell(pid[0], w[2], pid[1]) \
            .t(" | ").cell(pname[0], w[3], pname[1]).t(" | ").cell(g.money(100, 9000), w[4], right=True).t(" |\n")
    doc.t(rule)
    doc.t("Dependentes: ")
    for i, x in enumerate(deps):
        doc.f("«s»«n»", s=", " if i else "", n=P(fold(x.first).upper()))
    doc.f("\nCID do laudo d«o» «k» para dedução de instrução especial: «cid» (não lançar o CID na declaração).\n",
          o=deps[0].o, k=P(deps[0].first), cid=g.pick(CIDS))
    return doc


def sa_plano(g: Gen) -> Doc:
    """A health plan's annual statement for income tax (demonstrativo para IR) of a family contract."""
    doc = Doc()
    c = g.person()
    plan = g.pick(PLANS)
    ccpf = g.cpf("dot")
    doc.f("«pl» — DEMONSTRATIVO DE PAGAMENTOS PARA FINS DE IMPOSTO DE RENDA — ANO-BASE «y»\nOperadora: «pl» (CNPJ «cnpj») · Registro ANS «ans»\n\n"
          "Titular do contrato: «c»\nCPF: «cpf»   CNS: «cns»\nEndereço: «ad» — CEP «cep»\nContrato: «ct»   Plano: «tp»\n\n",
          pl=plan.upper(), y=2024, cnpj=(g.cnpj(), "BR_CNPJ"), ans=g.d(6), c=P(c.caps), cpf=(ccpf, "BR_CPF"), cns=(g.cns(), "BR_CNS"),
          ad=(g.address("caps"), "ADDRESS"), cep=(g.cep(), "BR_CEP"), ct=N(g.neg(11)), tp=g.pick(["Enfermaria Familiar", "Apartamento Plus", "Coletivo por Adesão"]))
    doc.t("Beneficiário                         CPF             Nascimento  Carteirinha            Valor pago\n")
    for i in range(g.rng.randint(2, 4)):
        b = c if i == 0 else g.relative(c)
        doc.cell(cut(fold(b.full).upper(), 36), 37, "PERSON").cell(ccpf if i == 0 else g.cpf("dot"), 16, "BR_CPF").cell(g.dob("br", 1940, 1995) if i == 0 else g.dob("br", 1960, 2023), 10, "DATE_OF_BIRTH") \
            .t("  ").cell(f"{g.d(1)} {g.d(3)} {g.d(12)} {g.d(1)}", 23).cell(g.money(800, 16000), 11, right=True).t("\n")
    doc.f("\nReembolsos no ano: R$ «r» (a deduzir do valor pago). Coparticipação incluída.\nSAC «sac» · Ouvidoria ouvidoria@«d»\n"
          "Emitido em «e» — documento válido sem assinatura.\n", r=g.money(0, 3000), sac=("0800 " + g.d(3) + " " + g.d(4), "PHONE_NUMBER"),
          d=re.sub(r"[^a-z]", "", fold(plan).lower()) + ".com.br", e=g.date("br", 2025))
    return doc


def sa_molestia(g: Gen) -> Doc:
    """An official medical report (laudo pericial) for the income-tax exemption for serious illness."""
    doc = Doc()
    c = g.person()
    dr = g.person()
    uf = g.pick(UFS)
    scan = g.chance(0.4)
    nm = ocr_name(g, c.full) if scan else c.full
    doc.f("«h»\nSERVIÇO MÉDICO OFICIAL — «u»\n\nLAUDO PERICIAL\n(Isenção do IR — art. 6º, XIV, da Lei nº 7.713/1988; art. 35 do Decreto nº 9.580/2018)\n\n"
          "Nome: «n»\nData de nascimento: «dob»     Sexo: «sx»\nCPF: «cpf»    RG: «rg»\nCartão SUS: «cns»\nEndereço: «ad», CEP «cep»\nTelefone: «tel»\n\n", tel=(g.phone(), "PHONE_NUMBER"),
          h=g.pick(["PREFEITURA MUNICIPAL DE " + g.city()[0].upper(), "GOVERNO DO ESTADO — INSTITUTO DE PREVIDÊNCIA", "INSS — APS " + g.city()[0].upper()]),
          u=g.pick(["Junta Médica Municipal", "Perícia Médica", "Hospital Universitário"]), n=P(nm),
          dob=(g.dob(g.pick(["br", "long"]), 1935, 1975), "DATE_OF_BIRTH"), sx="F" if c.female else "M", cpf=(g.cpf(), "BR_CPF"),
          rg=(g.rg(), "BR_RG"), cns=(g.cns(), "BR_CNS"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    cid = g.pick(["C50.9", "C61", "G35", "G20", "B20", "N18.5", "C18.9", "H54.0", "I25.1"])
    doc.f("Conclusão: o(a) periciado(a) é portador(a) de «mol» (CID-10 «cid»), doença especificada no art. 6º, XIV, da Lei 7.713/88, "
          "com diagnóstico fixado em «dd». «tp».\n\n«city», «d».\n\n«dr1» — «k1»\n«dr2» — «k2»\n",
          mol=g.pick(["neoplasia maligna", "esclerose múltipla", "doença de Parkinson", "cardiopatia grave", "nefropatia grave", "cegueira"]),
          cid=cid, dd=g.date("br", g.pick([2019, 2021, 2023])), tp=g.pick(["Condição permanente", "Reavaliar em 5 anos", "Sem prazo de validade"]),
          city=g.city()[0], d=g.date("br", 2025), dr1=P(dr.full), k1=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          dr2=P(g.person().full), k2=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("\n[anotação do contador: protocolar no INSS pra parar a retenção; restituir 5 anos via retificadora — aposentadoria NB «nb»]\n",
          nb=f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}")
    return doc


def sa_glosa(g: Gen) -> Doc:
    """An e-mail exchange with a clinic asking it to confirm payments under review (malha on medical expenses)."""
    doc = Doc()
    acc = g.person()
    rec = g.person(female=True)
    of, dom = office(g)
    cl = g.pick(CLINICS)
    c = g.person()
    doc.f("De: «r» <financeiro@«cd»>\nPara: «a» <«am»>\nAssunto: RES: Declaração de atendimentos — «c»\n\n"
          "Boa tarde! Segue a declaração solicitada. Confirmamos os atendimentos e pagamentos abaixo, todos com NF emitida "
          "pelo CNPJ «cnpj»:\n\n", r=P(rec.full), cd=fold(cl.split()[1]).lower() + ".com.br", a=P(acc.full), am=(corp_mail(acc, dom), "EMAIL_ADDRESS"),
          c=P(c.caps), cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"))
    rows = []
    fam = [(c, g.cpf(), g.dob("br", 1950, 1995))] + [(d, g.cpf(), g.dob("br", 1950, 2020)) for d in (g.relative(c), g.relative(c))]
    for _ in range(g.rng.randint(3, 5)):
        pat, pcpf, pdob = g.pick(fam)
        rows.append([V(g.date("br", 2023)), P(g.pick([pat.full, pat.caps])), (pcpf, "BR_CPF"), (pdob, "DATE_OF_BIRTH"),
                     V(g.pick(["Consulta", "Sessão fisioterapia", "Ressonância", "Procedimento", "Retorno"])),
                     V(f"NF {g.d(5)}"), V(g.money(150, 5000)), (g.council(g.pick(["CRM", "CREFITO", "CRO"])), "PROFESSIONAL_ID")])
    table_md(doc, ["Data", "Paciente", "CPF", "Nascimento", "Atendimento", "Documento", "Valor", "Profissional"], rows)
    doc.f("\nAtenciosamente,\n«r»\nRecepção/Financeiro — «cl»\n\n> Em «d», «a» escreveu:\n> Prezados, nosso cliente «c» (CPF «cpf», nasc. «dob») "
          "caiu em malha por despesas médicas (Termo de Intimação «ti», DIRPF «ex»). Poderiam emitir declaração dos pagamentos de «y»? "
          "Pode ser enviada para este e-mail ou WhatsApp «tel».\n",
          r=P(rec.short), cl=cl, d=g.date("br", 2025), a=P(acc.short), c=P(c.full), cpf=(fam[0][1], "BR_CPF"),
          dob=(fam[0][2], "DATE_OF_BIRTH"), ti=f"{2025}/{g.d(12)}", ex=2024, y=2023, tel=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_carne_psi(g: Gen) -> Doc:
    """A psychologist's livro-caixa for carnê-leão: payer and beneficiary CPFs per receipt, expenses, DARF."""
    doc = Doc()
    ps = g.person(female=g.chance(0.7))
    mes = g.rng.randint(1, 12)
    doc.f("LIVRO-CAIXA / CARNÊ-LEÃO — «m»/«y»\nProfissional: «p» — «crp» — CPF «cpf»\nCód. ocupação 251 · Atendimento em consultório próprio: «ad»\n\n",
          m=MONTHS[mes - 1].upper(), y=2025, p=P(ps.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"), cpf=(g.cpf(), "BR_CPF"),
          ad=(g.address(), "ADDRESS"))
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        pa = g.person()
        if g.chance(0.35):
            mom = g.relative(pa, female=True)
            rows.append([V(f"{g.rng.randint(1, 28):02d}/{mes:02d}"), P(mom.short), (g.cpf("raw"), "BR_CPF"), P(pa.first),
                         (g.cpf("raw"), "BR_CPF"), V(g.money(150, 1200))])
        else:
            rows.append([V(f"{g.rng.randint(1, 28):02d}/{mes:02d}"), P(g.pick([pa.short, pa.full])), (g.cpf("raw"), "BR_CPF"),
                         V("o próprio"), V("="), V(g.money(150, 1200))])
    table_csv(doc, ["data", "pagador", "cpf_pagador", "beneficiario", "cpf_beneficiario", "valor"], rows, sep="\t")
    ld = g.person()
    doc.f("\nDESPESAS (livro-caixa)\naluguel sala — locador «l» (CPF «lcpf») — R$ «a»\ncondomínio — R$ «c»\nsupervisão clínica — «s» — R$ «sv»\n"
          "conta de luz da sala — R$ «lz»\n\nDARF código «dc» — vencimento último dia útil do mês seguinte — valor R$ «v»\n"
          "Obs.: paciente com CID «cid» não vai no carnê (nunca colocar CID em documento fiscal).\n",
          l=P(ld.full), lcpf=(g.cpf(), "BR_CPF"), a=g.money(800, 3000), c=g.money(200, 700), s=P(g.person().full), sv=g.money(200, 800),
          lz=g.money(60, 300), dc="0190", v=g.money(50, 3000), cid=g.pick(CIDS))
    return doc


def sa_dmed(g: Gen) -> Doc:
    """A clinic's DMED file (pipe-delimited) checked by the office before transmission."""
    doc = Doc()
    resp = g.person()
    cl = g.pick(CLINICS)
    doc.f("conferência DMED «y» — arquivo «fn» (validado no PGD: «ok»)\n\n", y=2025, fn=f"DMED{2025}_{g.d(8)}.txt",
          ok=g.pick(["sem erros", "2 avisos", "OK"]))
    doc.f("Dmed|2025|2024|N||«id»|\nRESPO|«cpf»|«n»|«ddd»|«tel»||||«e»|\nDECPJ|«cnpj»|«cl»|2||«cnes»|«cpf2»|N||N|\nPSS|\n",
          id=g.hexs(8).upper(), cpf=(g.cpf("raw"), "BR_CPF"), n=P(fold(resp.full).upper()), ddd=(ph := g.phone("raw"))[:2], tel=(ph[2:], "PHONE_NUMBER"),
          e=(g.email(resp), "EMAIL_ADDRESS"), cnpj=(g.cnpj("raw"), "BR_CNPJ"), cl=fold(cl).upper(), cnes=g.d(7), cpf2=(g.cpf("raw"), "BR_CPF"))
    for _ in range(g.rng.randint(2, 3)):
        t = g.person()
        doc.f("TOP|«cpf»|«n»|«v»|\n", cpf=(g.cpf("raw"), "BR_CPF"), n=P(fold(t.full).upper()), v=g.d(5))
        if g.chance(0.6):
            d = g.relative(t)
            doc.f("DTOP|«cpf»|«dob»|«n»|«r»|«v»|\n", cpf=(g.cpf("raw"), "BR_CPF") if g.chance(0.7) else V(""),
                  dob=(g.dob("compact", 1990, 2023), "DATE_OF_BIRTH"), n=P(fold(d.full).upper()), r=g.pick(["03", "04", "06", "08"]), v=g.d(5))
    doc.t("FIMDmed|\n")
    doc.f("\nnotas («a»): no DTOP sem CPF o dependente tem menos de 8 anos (dispensado até 2024); valores em centavos sem separador; "
          "o campo depois do nome da clínica é o tipo (2 = prestador de serviço de saúde), não CPF.\n", a=g.pick(["conferido", "revisão 2", "ok p/ transmitir"]))
    return doc


# =========================================================================== financeiro

def fi_informe_empregador(g: Gen) -> Doc:
    """An employer's Comprovante de Rendimentos Pagos e de IRRF, fixed-width with rulers."""
    doc = Doc()
    c = g.person()
    emp = g.pick(EMPLOYERS)
    R = "=" * 78
    r = "-" * 78
    doc.f("«R»\nMINISTÉRIO DA FAZENDA — Secretaria Especial da Receita Federal do Brasil\nCOMPROVANTE DE RENDIMENTOS PAGOS E DE IMPOSTO SOBRE A "
          "RENDA RETIDO NA FONTE\nAno-calendário de «y»\n«R»\n1. FONTE PAGADORA PESSOA JURÍDICA\n   CNPJ: «cnpj»   Nome empresarial: «emp»\n«r»\n"
          "2. PESSOA FÍSICA BENEFICIÁRIA DOS RENDIMENTOS\n   CPF: «cpf»   Nome completo: «n»\n   Natureza do rendimento: Rendimento do trabalho "
          "assalariado\n«r»\n", R=R, r=r, y=2024, cnpj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), emp=emp.upper(), cpf=(g.cpf(), "BR_CPF"),
          n=P(c.caps))
    vals = [("Total dos rendimentos (inclusive férias)", g.money(30000, 250000)), ("Contribuição previdenciária oficial", g.money(3000, 11000)),
            ("Contribuição a entidades de previdência complementar", "0,00"), ("Pensão alimentícia", g.money(0, 30000)),
            ("Imposto sobre a renda retido na fonte", g.money(0, 40000))]
    doc.t("3. RENDIMENTOS TRIBUTÁVEIS, DEDUÇÕES E IMPOSTO RETIDO NA FONTE                  VALORES EM REAIS\n")
    for i, (k, v) in enumerate(vals):
        doc.t(f"   {i + 1:02d}. {k.ljust(56)}{v.rjust(14)}\n")
    doc.f("«r»\n4. RENDIMENTOS ISENTOS E NÃO TRIBUTÁVEIS\n   Parcela isenta 65 anos ......................................... 0,00\n"
          "   Indenizações por rescisão ...................................... «ind»\n«r»\n5. RENDIMENTOS SUJEITOS À TRIBUTAÇÃO EXCLUSIVA\n"
          "   13º salário ...................................................... «d13»\n«r»\n7. INFORMAÇÕES COMPLEMENTARES\n", r=r,
          ind=g.money(0, 20000), d13=g.money(2000, 20000))
    if g.chance(0.6):
        al = g.relative(c)
        doc.f("   Pensão alimentícia paga a «a» — CPF «cpf» — nasc. «dob» — valor R$ «v»\n", a=P(al.caps), cpf=(g.cpf(), "BR_CPF"),
              dob=(g.dob("br", 2006, 2022), "DATE_OF_BIRTH"), v=g.money(3000, 30000))
    doc.f("   Plano de saúde coletivo — operadora «op» (CNPJ «ocnpj»):\n", op=g.pick(PLANS).upper(), ocnpj=(g.cnpj(), "BR_CNPJ"))
    doc.f("     Titular: R$ «v»\n", v=g.money(500, 9000))
    for _ in range(g.rng.randint(1, 3)):
        d = g.relative(c)
        doc.f("     Dependente: «cpf» «dob» «n» — R$ «v»\n", cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1960, 2023), "DATE_OF_BIRTH"),
              n=P(fold(d.full).upper()), v=g.money(300, 6000))
    rp = g.person()
    doc.f("«r»\n8. RESPONSÁVEL PELAS INFORMAÇÕES\n   Nome: «n»   Data: «d»   Assinatura: ____________\n«R»\n"
          "Aprovado pela IN RFB nº 2.060, de 13 de dezembro de 2021.\n", r=r, R=R, n=P(g.pick([rp.full, rp.caps])), d=g.date("br", 2025))
    return doc


def fi_informe_banco(g: Gen) -> Doc:
    """A bank's informe de rendimentos financeiros (joint account, savings, CDB), as extracted to text."""
    doc = Doc()
    c = g.person()
    co = g.person() if g.chance(0.5) else None
    bk = g.pick(BANKS)
    doc.f("«b»\nINFORME DE RENDIMENTOS FINANCEIROS — ANO-CALENDÁRIO «y»\nCNPJ da instituição: «cnpj»\n\nCliente: «c»\nCPF: «cpf»\n",
          b=bk[1].upper(), y=2024, cnpj=(g.cnpj(), "BR_CNPJ"), c=P(c.caps), cpf=(g.cpf(), "BR_CPF"))
    if co:
        doc.f("Cotitular: «c» — CPF «cpf»\n", c=P(co.caps), cpf=(g.cpf(), "BR_CPF"))
    doc.f("Endereço de correspondência: «ad» · CEP «cep»\nAgência: «ag»   Conta: «cc»\n\n", ad=(g.address("caps"), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.t("1 - SALDOS EM CONTA                         31/12/2023        31/12/2024\n")
    for k in ("Conta corrente", "Poupança (var. 51)", "CDB DI liquidez diária", "LCI 90 dias"):
        doc.t(f"    {k.ljust(36)}{g.money(0, 90000).rjust(14)}{g.money(0, 90000).rjust(18)}\n")
    doc.f("\n2 - RENDIMENTOS ISENTOS (código 12 — poupança): R$ «a»\n3 - TRIBUTAÇÃO EXCLUSIVA (código 06 — aplicações): bruto R$ «b», IRRF R$ «c»\n"
          "4 - JUROS SOBRE CAPITAL PRÓPRIO: R$ 0,00\n\nPoupança vinculada: ag. «ag» conta «cc»\n", a=g.money(10, 4000), b=g.money(10, 9000),
          c=g.money(0, 1500), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    ger = g.person()
    doc.f("\nSeu gerente: «g» — «tel» · SAC «sac» · Deficiente auditivo «da»\nEste informe não substitui o extrato. Emitido em «d».\n",
          g=P(ger.full), tel=(g.phone(mobile=False), "PHONE_NUMBER"), sac=("0800 " + g.d(3) + " " + g.d(4), "PHONE_NUMBER"),
          da=("0800 " + g.d(3) + " " + g.d(4), "PHONE_NUMBER"), d=g.date("br", 2025))
    return doc


def fi_das(g: Gen) -> Doc:
    """PGMEI extract of a MEI's DAS guides, with the accountant's WhatsApp note below."""
    doc = Doc()
    c = g.person()
    cnpj = g.cnpj(alnum=g.chance(0.2))
    acc = g.person()
    doc.f("PGMEI — Programa Gerador do DAS para o MEI\nCNPJ: «cnpj»\nNome empresarial: «root» «n»\nSituação no SIMEI: «sit»\n"
          "Endereço do estabelecimento: «st», «num» — «city»\nCPF do empresário (conferência do escritório): «cpf»\n\n",
          cnpj=(cnpj, "BR_CNPJ"), root=cnpj[:10], n=P(fold(c.full).upper()), sit=g.pick(["Optante desde 01/03/2021", "Optante", "Excluído em 31/12/2024"]),
          st=g.pick(["Rua Bento Gonçalves", "Av. Prudente de Morais", "Rua da Glória", "Travessa Amado Bahia"]), num=g.rng.randint(1, 999),
          city="/".join(g.city()), cpf=(g.cpf(), "BR_CPF"))
    doc.t("Período de Apuração | Apurado | Benefício INSS | Resumo do DAS a ser gerado        | Situação\n"
          "--------------------|---------|----------------|-----------------------------------|----------------\n")
    for m in g.rng.sample(range(1, 13), g.rng.randint(4, 6)):
        doc.t(f"{MONTHS[m - 1].capitalize()}/2025".ljust(20) + "| " + g.pick(["Sim", "Não"]).ljust(8) + "| " + g.pick(["Sim", "Não"]).ljust(15)
              + f"| R$ {g.money(70, 85):>8} (INSS {g.money(70, 76)} + ISS 5,00) | " + g.pick(["Liquidado", "Devedor", "A vencer"]) + "\n")
    doc.f("\nDAS nº «nd» · vencimento «v» · valor R$ «vl»\nLinha digitável: «l»\n\n", nd=f"07.{g.d(2)}.{g.d(5)}.{g.d(7)}-{g.d(1)}",
          v=g.date("br", 2025), vl=g.money(70, 85), l=linha_das(g))
    doc.f("[WhatsApp de «a» para «c», «d»]\nOi «cf»! Segue o DAS de «m». Tem 2 meses em aberto, se passar de 12 o CNPJ pode ser "
          "cancelado. A DASN-SIMEI («y») tem que declarar faturamento; o seu deu R$ «fat», perto do teto de R$ 81 mil. "
          "Pro IRPF eu preciso do lucro evidenciado, então manda as notas do ano. Qualquer coisa me liga no «tel».\n",
          a=P(acc.short), c=P(g.pick([c.full, c.short])), d=g.date("br", 2025), cf=P(g.pick([c.first, c.nick])), m=g.pick(MONTHS),
          y=2024, fat=g.money(20000, 80000), tel=(g.phone(), "PHONE_NUMBER"))
    k = g.rng.randint(0, 3)
    if k == 3:
        doc.f("Resposta: pode debitar da minha conta «ag» / «cc»?\n", ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    elif k:
        doc.f("Resposta: «r»\n", r=g.pick(["blz, pago amanhã no pix", "vou pagar só o de agosto, tô sem dinheiro", "👍"]))
    return doc


HIST = {"advogad": ["honorários", "acordo trabalhista - êxito", "consultoria", "parecer"],
        "arquitet": ["projeto reforma", "RRT + projeto", "acompanhamento de obra"],
        "motorist": ["corridas (repasse)", "frete particular", "corridas"],
        "professo": ["aulas", "aulas de reforço", "preparatório ENEM"],
        "engenheir": ["laudo técnico", "ART + vistoria", "consultoria"]}


def fi_carne_leao(g: Gen) -> Doc:
    """A self-employed professional's monthly carnê-leão worksheet (lawyer, architect, driver, tutor)."""
    doc = Doc()
    pr = g.person()
    prof, council = g.pick([("advogad" + pr.o, "OAB"), ("arquitet" + pr.o, None), ("motorista de aplicativo", None), ("professor" + ("a" if pr.female else "") + " particular", None),
                             ("engenheir" + pr.o, None)])
    doc.f("CARNÊ-LEÃO «y» — «n» («prof»", y=2025, n=P(pr.full), prof=prof)
    if council:
        doc.f(", «k»", k=(g.council("OAB"), "PROFESSIONAL_ID"))
    doc.f(") — CPF «cpf»\nNIT «nit» (contribui como individual, 20%)\n\n", cpf=(g.cpf(), "BR_CPF"), nit=(g.pis(), "BR_PIS"))
    doc.t("Mês | Recebido de (PF)                    | CPF            | Valor     | Histórico\n" + "-" * 84 + "\n")
    for m in sorted(g.rng.sample(range(1, 7), g.rng.randint(3, 5))):
        cl = g.person()
        doc.t(f"{m:02d}  | ").cell(cut(g.pick([cl.full, cl.caps, cl.short]), 35), 36, "PERSON").t("| ").cell(g.cpf("dot"), 15, "BR_CPF") \
            .t("| " + g.money(300, 9000).rjust(9) + " | " + g.pick(next(v for k, v in HIST.items() if prof.startswith(k))) + "\n")
    doc.f("\nExterior: R$ «ex» recebidos de cliente nos EUA (câmbio PTAX), convertido.\nLivro-caixa: «lc»\n", ex=g.money(0, 20000),
          lc=g.pick(["aluguel do escritório R$ 1.800,00; secretária (eSocial) R$ 1.600,00", "combustível NÃO dedutível p/ motorista app",
                     "anuidade do conselho, material de escritório", "sem despesas"]))
    if "motorista" in prof:
        doc.f("CNH «cnh» (EAR) · Veículo usado: «m», placa «pl» (alugado de «loc»)\n", cnh=(g.cnh(), "BR_CNH"), m=g.pick(["Onix Plus", "HB20S", "Logan", "Cronos"]),
              pl=(g.plate(), "LICENSE_PLATE"), loc=g.pick(["Localiza", "Movida", "Unidas", "um particular"]))
    if g.chance(0.5):
        s = g.person()
        doc.f("Empregada: «s» — PIS «pis» — CPF «cpf» — salário R$ «v»\n", s=P(s.full), pis=(g.pis(), "BR_PIS"), cpf=(g.cpf(), "BR_CPF"),
              v=g.money(1412, 2200))
    doc.f("DARF 0190 — PA «pa» — R$ «v» — pago via Pix em «d» (comprovante na pasta)\n", pa=f"{g.rng.randint(1, 6):02d}/2025",
          v=g.money(50, 4000), d=g.date("br", 2025))
    return doc


def fi_declaracao(g: Gen) -> Doc:
    """A printout of the declaration draft (rascunho) summary sent to the client for approval."""
    doc = Doc()
    c = g.person()
    occ = g.pick(OCCUP)
    city, uf = g.city()
    doc.f("RASCUNHO — DIRPF «ex» — CONFERIR E DEVOLVER ASSINADO\n\nIDENTIFICAÇÃO DO CONTRIBUINTE\nNome: «n»\nCPF: «cpf»   Data de nascimento: «dob»\n"
          "Título eleitoral: «tit»   Possui cônjuge: «cj»\nEndereço: «ad»   Bairro: «b»\nMunicípio: «city»   UF: «uf»   CEP: «cep»\n"
          "Celular: «tel»   E-mail: «e»\nNatureza da ocupação: «nt»   Ocupação principal: «oc»\n\n",
          ex=2025, n=P(c.caps), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1940, 2003), "DATE_OF_BIRTH"), tit=(g.titulo(), "BR_TITULO_ELEITOR"),
          cj=g.pick(["Sim", "Não"]), ad=(g.address("caps"), "ADDRESS"), b=g.pick(BAIRROS).upper(), city=fold(city).upper(), uf=uf,
          cep=(g.cep(), "BR_CEP"), tel=(g.phone("par"), "PHONE_NUMBER"), e=(g.email(c).upper() if g.chance(0.3) else g.email(c), "EMAIL_ADDRESS"),
          nt=g.pick(["11", "12", "21", "61"]), oc=f"{occ[0]} - {occ[1]}")
    deps = [g.relative(c) for _ in range(g.rng.randint(0, 2))]
    if deps:
        doc.t("DEPENDENTES\n")
        for d in deps:
            rel = g.pick(RELS[:3])
            doc.f("  «r» «n» — CPF «cpf» — nasc. «dob»\n", r=rel[0], n=P(fold(d.full).upper()), cpf=(g.cpf(), "BR_CPF"),
                  dob=(g.dob("br", 2003, 2023), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        a = g.relative(c)
        doc.f("ALIMENTANDOS\n  «n» — CPF «cpf» — nasc. «dob» — decisão judicial nº «cnj»\n", n=P(fold(a.full).upper()), cpf=(g.cpf(), "BR_CPF"),
              dob=(g.dob("br", 2005, 2022), "DATE_OF_BIRTH"), cnj=g.cnj())
    doc.f("\nBENS E DIREITOS\n  01 Apartamento na «ad», matrícula «m» — R$ «v1»\n  02 Veículo «car», placa «pl», RENAVAM «rv» — R$ «v2»\n"
          "  06 Conta corrente no banco «bk», agência «ag», conta «cc» — R$ «v3»\n",
          ad=(g.address(), "ADDRESS"), m=g.d(5), v1=g.money(80000, 700000), car=g.pick(["VW Polo 2021", "Honda Biz 2018", "Toyota Yaris 2022", "Fiat Toro 2020"]),
          pl=(g.plate(), "LICENSE_PLATE"), rv=N(g.neg(11)), v2=g.money(8000, 150000), bk=g.pick(BANKS)[0], ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), v3=g.money(0, 40000))
    if g.chance(0.4):
        doc.f("  99 Crédito com «p» (CPF «cpf»), empréstimo pessoal — R$ «v»\n", p=P(g.person().full), cpf=(g.cpf(), "BR_CPF"), v=g.money(1000, 30000))
    res = g.chance(0.6)
    doc.f("\nRESUMO: opção pelas deduções «op»; imposto devido R$ «d»; imposto retido R$ «r»; «rp» R$ «v»\n",
          op=g.pick(["legais", "simplificadas"]), d=g.money(0, 30000), r=g.money(0, 30000), rp="imposto a restituir" if res else "saldo de imposto a pagar",
          v=g.money(100, 9000))
    if res:
        doc.f("Restituição: crédito em conta — chave Pix CPF «cpf»\n", cpf=(g.cpf(), "BR_CPF"))
    else:
        doc.f("Pagamento: «q» quotas, débito automático a partir da 2ª quota\n", q=g.rng.randint(1, 8))
    doc.f("Preparado por «a» em «d».\nObs.: «w»\n", a=P(g.person().short), d=g.date("br", 2025), w=g.pick(WORDS))
    return doc


def fi_honorarios(g: Gen) -> Doc:
    """The office's billing export for the IRPF season (CSV), with payment method columns."""
    doc = Doc()
    of, dom = office(g)
    doc.f("cobranca_irpf_«y».csv — gerado por «w» em «d»\n", y=2025, w=g.pick(["financeiro01", "admin", "usr_cobranca"]), d=g.date("br", 2025))
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        c = g.person()
        pf = g.chance(0.75)
        fp = g.pick(["pix", "pix", "boleto", "cartao", "cartao"])
        if fp == "cartao":
            card = (g.card(g.chance(0.5)), "CREDIT_CARD") if g.chance(0.7) else V(f"{g.d(4)} **** **** {g.d(4)}")
        else:
            card = V("")
        key = (g.uuid(), "PIX_KEY") if fp == "pix" and g.chance(0.6) else V("")
        who = P(g.pick([c.full, c.caps])) if pf else V(g.pick(["Salão Rosa Chá ME", "Padaria Flor do Trigo Ltda", "Bento Fretes e Mudanças",
                                                                 "Ateliê Vitória Régia", "Mercadinho da Glória", "Luz Elétrica e Reparos ME"]))
        rows.append([V(g.d(6)), who, (g.cpf("raw"), "BR_CPF") if pf else (g.cnpj("raw"), "BR_CNPJ"),
                     (g.email(c), "EMAIL_ADDRESS") if g.chance(0.8) else V(""), (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER"),
                     V(g.money(150, 1500)), V(g.date("br", 2025)), V(fp),
                     key, card, V(g.pick(["PAGO", "ABERTO", "VENCIDO", "ESTORNADO"])), V(f"txid{g.hexs(20)}" if fp == "pix" else "")])
    table_csv(doc, ["id", "cliente", "documento", "email", "celular", "valor", "vencimento", "forma", "chave_pix_devolucao", "cartao", "status", "txid"],
              rows, sep=g.pick([",", ";"]))
    doc.f("# chave_pix_devolucao = chave aleatória informada pelo cliente p/ estorno; txid é do PSP, não é chave\n"
          "# «a»: o cartão completo não deveria estar aqui — exportação antiga do gateway, apagar a coluna\n", a=P(g.person().short))
    return doc


def fi_caixa_postal(g: Gen) -> Doc:
    """The accountant forwards e-CAC mailbox messages (malha, refund credited) to the client, with the access log."""
    doc = Doc()
    c = g.person()
    acc = g.person()
    of, dom = office(g)
    ccpf, pcpf = g.cpf(), g.cpf("raw")
    doc.f("De: «a» <«am»>\nPara: «c»\nAssunto: ENC: Mensagens da Caixa Postal e-CAC — «cn»\n\nOlá «cf», encaminho o que chegou na sua caixa postal "
          "(acessamos com a procuração eletrônica):\n\n", a=P(acc.full), am=(corp_mail(acc, dom), "EMAIL_ADDRESS"), c=(g.email(c), "EMAIL_ADDRESS"),
          cn=P(c.caps), cf=P(c.first))
    for _ in range(g.rng.randint(2, 3)):
        k = g.rng.randint(0, 2)
        doc.f("---- Mensagem «id» · «d» · Remetente: Receita Federal ----\n", id=g.d(9), d=g.date("br", 2025))
        if k == 0:
            d = g.relative(c)
            doc.f("Sua Declaração de Ajuste Anual do exercício «ex» está retida em malha. Pendência: omissão de rendimentos do dependente "
                  "«dn» (CPF «cpf»). Para autorregularizar, envie declaração retificadora.\n", ex=2024, dn=P(fold(d.full).upper()), cpf=(g.cpf(), "BR_CPF"))
        elif k == 1:
            doc.f("Sua restituição do IRPF «ex» no valor de R$ «v» foi creditada no banco «b», agência «ag», conta «cc», em «d».\n",
                  ex=2025, v=g.money(100, 9000), b=g.pick(BANKS)[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
                  d=g.date("br", 2025))
        else:
            doc.f("Foi emitido o Termo de Intimação Fiscal nº «t». Prazo de 30 dias. Contribuinte: «n», CPF «cpf».\n", t=f"2025/{g.d(12)}",
                  n=P(c.caps), cpf=(ccpf, "BR_CPF"))
    doc.t("\nLog de acessos (Meus Dados):\n")
    for _ in range(g.rng.randint(2, 4)):
        via = g.pick(["gov.br (prata)", "certificado digital e-CPF", "procurador"])
        doc.f("«d» «h»  IP «ip»  via «v»  CPF «cpf»\n", d=g.date("iso", 2025), h=g.hms(), ip=(g.ip(), "IP_ADDRESS"),
              v=via, cpf=(pcpf if via == "procurador" else re.sub(r"\D", "", ccpf), "BR_CPF"))
    doc.f("\nSe não foi você em algum desses acessos, me avisa. «w»\n", w=g.pick(["Abs", "Att", "Seria prudente trocar a senha do gov.br."]))
    doc.add(sig_office(g, acc, dom, of))
    return doc


TEMPLATES = {
    "atendimento": [at_whatsapp, at_ficha, at_csv, at_email, at_ecac_ticket, at_recados, at_mei_form],
    "juridico": [ju_malha, ju_resposta, ju_pensao, ju_procuracao, ju_contrato, ju_espolio, ju_fraude],
    "saude": [sa_recibo, sa_planilha, sa_plano, sa_molestia, sa_glosa, sa_carne_psi, sa_dmed],
    "financeiro": [fi_informe_empregador, fi_informe_banco, fi_das, fi_carne_leao, fi_declaracao, fi_honorarios, fi_caixa_postal],
}

ENCODED = re.compile(r"=[0-9A-F]{2}|%[0-9A-F]{2}|&#\d+;|&[a-z]+;")


def check(record: dict, negs: list[str]) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        assert lab in LABELS, (record["id"], lab)
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
            assert 8 <= len(digits) <= 13, (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
    for n in negs:
        assert n in text, (record["id"], n)
        digits = re.sub(r"\D", "", n)
        if len(digits) == 11:
            assert not cpf_ok(digits), (record["id"], n)


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
                check(record, doc.negs)
                records.append(record)
    return records


def rare_share(records: list[dict]) -> float:
    total = rare = 0
    folded = {fold(w).lower() for name in RARE for w in re.findall(r"[\w'-]+", name)}
    folded -= {fold(p) for p in PARTICLES}
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
    with (HERE / "sixtyninth.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("sixtyninth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
