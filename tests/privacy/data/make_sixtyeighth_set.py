"""Build the sixty-eighth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_sixtyeighth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from
other generators), seed 6868, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets: clinical research and trials at Brazilian research
sites, the papers a site, a CRO or a sponsor produces around a study: screening and enrolment,
informed consent (TCLE), ethics submissions (CEP/CONEP via Plataforma Brasil), monitoring,
safety reporting (SAE/SUSAR to sponsor and ANVISA), participant reimbursement (ressarcimento),
investigator CVs and delegation logs, data-protection requests, lab sample shipments.
Layouts vary: letters, forms with and without rulers, fixed-width tables, CSV/TSV extracts,
WhatsApp chats, e-mails with quoted replies, OCR-ish scans of signed pages, system logs.

- atendimento: a site screening log (fixed-width table with rulers, screen-failure reasons with
  ICD-10 codes), a WhatsApp chat between the study coordinator and a participant (visit
  scheduling, ride, reimbursement Pix), a participant's LGPD request to the site DPO and the
  reply thread, a recruitment call-centre pre-screening export (web form, IP of submission),
  a participant registration form (ficha cadastral, OCR-ish scan), an EDC/IWRS help-desk
  ticket opened by site staff (logins not labelled), a visit-reminder SMS/e-mail send log (CSV).
- juridico: the TCLE signature page (participant, legal representative, impartial witness,
  investigator), a Plataforma Brasil "folha de rosto"/submission summary, the qualification
  clause of a clinical trial agreement (sponsor, CRO, institution, investigator as an individual
  party), a court summons in a lawsuit for post-trial access to the study drug, a delegation
  of authority log, a CONEP letter forwarding a participant's complaint, an investigator CV
  (short form required by the sponsor, with GCP training).
- saude: an SAE report form (CIOMS-like) with narrative, a SUSAR notification e-mail to
  ANVISA, a CRA monitoring-visit report (attendees, findings, action items), a sample shipment
  manifest to the central lab (UN3373, courier pick-up with vehicle plate), a source-document
  visit note from the medical record, a referral e-mail from an outside physician with
  candidate patients, an investigational-product dispensing/accountability log.
- financeiro: a Pix reimbursement batch (CSV) of participants, a signed reimbursement receipt
  (transport and meals), an RPA (recibo de pagamento autônomo) for an investigator's fee, a
  travel booking for a participant and companion (bus/flight, taxi receipt with plate), a
  CRA's expense report (corporate card, rental car), a prepaid reimbursement card issuance
  log, a bank return (TED/Pix devolvida) e-mail listing rejected payments.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.",
"Dra.", "dona", "seu", "Prof."; particles inside a name (de, da, dos, e) are part of it;
"SURNAME, Given" is one span; nicknames and first names alone are persons; first_name and
last_name columns are one span each. Participants, relatives, witnesses, investigators,
coordinators, nurses, pharmacists, CRAs, monitors, drivers, analysts and lawyers named in the
text are persons; logins, system users, bot names ("RecrutaBot"), sponsor and CRO names are
not. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (cep@, farmacovigilancia@,
dpo@, pesquisa.clinica@) are not labelled. ADDRESS is street type + name + number +
complement, never city/state/CEP (CEP is BR_CEP); an institution's or company's address is not
labelled. Agency and account are separate BANK_ACCOUNT spans; bank codes and bank names are
not. DATE_OF_BIRTH only for birth dates; screening, consent, visit, event, shipment and
signature dates are not. PROFESSIONAL_ID includes the council acronym and UF ("CRM/SP 123456",
"COREN-BA 456789", "CRF-PR 12345", "OAB/RJ 98.765", "CRBM-3 12345"). PIX_KEY only for random
(UUID) keys used as Pix keys; Pix keys that are a CPF, e-mail or phone take those labels.
New decisions for this register:
- phone numbers are PHONE_NUMBER whoever holds them (an ethics committee, a sponsor's fax, an
  0800 support line); a WhatsApp export line whose sender is an unsaved contact shows the
  number, labelled PHONE_NUMBER; WhatsApp business-account names ("Pesquisa Clínica HSR") and
  system users ("sistema_lembretes", "RecrutaBot") are not persons;
- participant and staff initials ("M.A.S.", "MAS", a pharmacist's rubrica column, "resp.: AMC")
  and subject, screening, randomisation, kit and sample ids are not labelled (the trial's
  pseudonyms); a screening log sent to the sponsor carries initials only;
- CAAE numbers, Plataforma Brasil parecer numbers, protocol codes, lot numbers, AWB and courier
  tracking numbers, ANVISA expediente/DEEC numbers, CIOMS/Argus case numbers, CNAB file names,
  "nosso número", flight locators and Pix end-to-end ids are not labelled; ORCID iDs and Lattes
  links are not labelled (research ids, not one of the labels);
- a research institution's, CRO's or sponsor's CNPJ is BR_CNPJ (the label is for the number,
  whoever holds it), but their street addresses are not ADDRESS;
- the IP address in an e-TCLE audit trail, and in EDC login audit lines, is IP_ADDRESS (IPv4
  and, in web-form leads, IPv6); a corporate card number printed in full is CREDIT_CARD,
  masked ones ("cartão final 1234", "5412 **** **** 9876") are not;
- ages, visit, consent, event, collection, shipment and payment dates are not DATE_OF_BIRTH;
- OCR damage (scanned forms) is kept light, touches letters of names only, and the span is
  labelled as it stands.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Keyrrane, Waldisney, Rubismar, Maxsuelly; Italian, German, Japanese, Lebanese, Korean, Chinese,
Haitian, Angolan, Senegalese, Bolivian, indigenous, Jewish, Polish), at least a quarter of the
name words rare or invented; names that are also words (Rosa, Luz, Flor, Bento, Prudente,
Amado, Vitória, Aurora, Branco) next to the same words as words ("campo em branco", "tubo
de tampa rosa", "proteger da luz", "seria prudente"), places (Presidente Prudente, Bento
Gonçalves, Vitória/ES, Santa Rosa/RS), streets and companies (Aurora Pesquisa Clínica Ltda,
Hospital Santa Rosa, Laboratório Flor de Lótus), which are not persons. Forms: full names,
ALL CAPS, lower case, "SURNAME, Given", first name alone, nicknames.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(ANVISA/expediente and order numbers, "nosso número"), ICD-10 codes, money, protocol/ticket
numbers, order numbers, CAAE and parecer numbers, subject/kit/lot ids, company names with a
surname (Bortolotto Logística, Haddad & Nassar Advogados), streets honouring people standing
alone as places ("o prédio da Barão de Mauá"), laws and resolutions (Res. CNS 466/2012,
Lei 13.709/2018, RDC 945/2024), visit and event dates.
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
SEED = 6868
OUT_NAME = "sixtyeighth.jsonl"

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
MON3_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Adriana", "Fernanda", "Patrícia", "Juliana", "Camila", "Luciana", "Cristina", "Simone", "Tatiane",
        "Priscila", "Aline", "Larissa", "Gabriela", "Mariana", "Beatriz", "Isabela", "Letícia", "Sandra",
        "Rosângela", "Cláudia", "Maria José", "Ana Paula", "Maria das Graças", "Francisca", "Antônia",
        "Luíza", "Manuela", "Sophia", "Valentina", "Heloísa", "Elaine", "Fabiana", "Roberta"]
RARE_F = ["Jucileide", "Adenilda", "Edineusa", "Rozilda", "Genilda", "Eurídice", "Valdirene", "Cleonice",
          "Dalvanir", "Orminda", "Zenaide", "Laudicéia", "Keyrrane", "Thaylla", "Kethellyn", "Ruthiely",
          "Maxsuelly", "Anatércia", "Benedita", "Iraci", "Marizete", "Noêmia", "Otília", "Sebastiana",
          "Joelma Cristiane", "Dinalva", "Euzamar", "Francilene", "Gessiane", "Irismar", "Lucivânia",
          "Mirtes", "Nilzete", "Ozana", "Railane", "Suelânia", "Wilma Lúcia", "Yaranna"]
PT_M = ["Rodrigo", "Gustavo", "Eduardo", "Rafael", "Thiago", "Bruno", "Diego", "Vinícius", "Lucas", "Gabriel",
        "Mateus", "Ricardo", "Roberto", "Antônio", "José Carlos", "João Pedro", "Francisco", "Sebastião",
        "Raimundo", "Luís Fernando", "Fábio", "Márcio", "Daniel", "Henrique", "Miguel", "Heitor", "Arthur",
        "Bernardo", "Paulo Roberto", "José"]
RARE_M = ["Adenor", "Gedeão", "Rosivaldo", "Cleberson", "Waldisney", "Edivaldo", "Jucelino", "Tibúrcio",
          "Olegário", "Anacleto", "Belarmino", "Crispim", "Deusdedit", "Francimar", "Gilmário", "Hozanan",
          "Ivanildo", "Jeovan", "Kaléu", "Misael", "Nataniel", "Onofre", "Petrúcio", "Rubismar", "Sinésio",
          "Teotônio", "Ubiratan", "Zaqueu", "Elizeu", "Wanderson Kaíque", "Jonathas", "Raylan", "Adeilton",
          "Cosme Damião", "Expedito", "Galdino"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Ribeiro", "Moreira", "Rocha",
          "Dias", "Monteiro", "Batista", "Soares", "Fernandes", "Gonçalves", "Barros", "Pires", "Moraes",
          "Farias", "Cunha", "Melo", "Miranda", "Tavares", "Guimarães", "Borges", "Fonseca", "Sales",
          "Xavier", "Medeiros", "Brito", "Siqueira", "Conceição", "Nascimento"]
RARE_SUR = ["Cajazeira", "Tabosa", "Ximenes", "Jatobá", "Mororó", "Araripe", "Benevides", "Quixaba",
            "Pitombeira", "Carapeba", "Cisneiros", "Lins Wanderley", "Pontual", "Gurgel", "Camurça",
            "Saboia", "Torquato", "Uchoa", "Valadares", "Aguiar Bitencourt", "Bezerril", "Coutinho Dantas",
            "Esmeraldino", "Furquim", "Goulart Peçanha", "Itapicuru", "Jacaúna", "Lustosa", "Mangabeira",
            "Nepomuceno", "Olinto", "Parente", "Remígio", "Sucupira", "Tenório", "Vasconcelos Brayner"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora"]
WORD_M = ["Bento", "Prudente", "Amado"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Flor", "Vitória", "Aurora"]
NICK = {"José Carlos": "Zeca", "Francisco": "Chico", "Sebastião": "Tião", "Antônia": "Toinha",
        "Maria das Graças": "Gracinha", "Raimundo": "Mundinho", "Benedita": "Dita", "Francisca": "Chiquinha",
        "Expedito": "Pedito", "Cosme Damião": "Cosminho", "Roberto": "Beto", "Gedeão": "Deão",
        "Sebastiana": "Tiana", "Maria José": "Zezé", "Paulo Roberto": "Paulinho", "José": "Zé",
        "Eduardo": "Dudu", "Waldisney": "Disney", "Rubismar": "Rubi", "Otília": "Tita", "Luíza": "Lulu"}
FOREIGN = {
    "it": (["Giuliana", "Mirella", "Rosalba"], ["Luigi", "Giancarlo", "Pasquale"],
           ["Zanella", "Bertolini", "Pagnoncelli", "De Marchi", "Scarpelli", "Tomasi", "Bortolotto"]),
    "de": (["Hilde", "Ingrid", "Erna"], ["Gunther", "Reinaldo", "Egon"],
           ["Schmitt", "Bauer", "Wessler", "Kuhnen", "Zimmermann", "Boettcher", "Hering"]),
    "jp": (["Akemi", "Yumiko", "Harumi"], ["Tadashi", "Masao", "Shigeru"],
           ["Nakamura", "Higa", "Miyashiro", "Sakamoto", "Fujita", "Kobayashi"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Jamil", "Salim", "Munir"],
           ["Saad", "Jorge Khalil", "Tannus", "Mattar", "Zogbi", "Feres"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Min-ho", "Dong-hyun"], ["Park", "Lee", "Kang", "Han"]),
    "cn": (["Mei", "Lihua"], ["Wei", "Jun"], ["Wang", "Liu", "Zhang", "Huang"]),
    "ht": (["Nadège", "Widline", "Myrlande"], ["Jean-Robert", "Wisner", "Fritznel"],
           ["Pierre-Louis", "Jean-Baptiste", "Saintil", "Désir", "Augustin"]),
    "sn": (["Ndeye", "Awa", "Mariama"], ["Abdoulaye", "Moustapha", "Babacar"],
           ["Mbaye", "Faye", "Sarr", "Cissé", "Diallo"]),
    "ao": (["Nzinga", "Kiesse", "Nsimba"], ["Lukeny", "Nkosi", "Kalunga"], ["Mbemba", "Kiluange", "Tchissola", "Cassule"]),
    "bo": (["Marisol", "Nelly", "Jhovana"], ["Freddy", "Wilber", "Jhonny"],
           ["Mamani", "Choque", "Condori", "Quispe", "Limachi"]),
    "in": (["Yara", "Potira", "Jaciara"], ["Raoni", "Kauê", "Ubirajara"], ["Guajajara", "Terena", "Pataxó", "Baniwa", "Potiguara"]),
    "jw": (["Sara", "Miriam", "Ester"], ["Moisés", "Davi", "Jacó"], ["Goldenberg", "Rosenthal", "Szajnbok", "Feldman"]),
    "pl": (["Jadwiga", "Bronislawa"], ["Stanislau", "Casimiro"], ["Wisniewski", "Kowalczyk", "Dembinski", "Sobczak"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "pl", "kr"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Vitória", "Silva", "Conceição", "Cunha", "Fonseca", "Aurora", "Flor"}
DO_SUR = {"Nascimento", "Amaral", "Prado"}
DOS_SUR = {"Santos", "Reis", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "17", "19", "21", "24", "27", "31", "34", "35", "38", "41", "42",
        "44", "47", "48", "51", "54", "55", "61", "62", "63", "65", "67", "68", "71", "73", "77", "79", "81",
        "82", "83", "84", "85", "86", "87", "91", "92", "93", "94", "96", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Rodovia", "Vila", "Largo"]
STREET_NAMES = ["Barão de Mauá", "Jorge Amado", "Rosa e Silva", "Doutor Prudente de Moraes", "Flor de Lis",
                "Aurora Boreal", "Bento Ribeiro", "Vitória Régia", "da Luz", "Mãe Menininha do Gantois",
                "Professora Jucileide Tabosa", "Coronel Onofre Cajazeira", "dos Jangadeiros", "Sete de Setembro",
                "Tiradentes", "Marechal Deodoro", "Castro Alves", "Irmã Dulce", "Frei Damião", "das Mangueiras",
                "Cândido Portinari", "Padre Cícero", "Visconde de Taunay", "Treze de Maio", "Engenheiro Pitombeira",
                "Monsenhor Tabosa", "Dona Benedita Mororó", "Chico Mendes", "Zumbi dos Palmares", "dos Ipês",
                "Anita Garibaldi", "Osvaldo Cruz", "Carlos Chagas", "Ana Néri"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Santa Rosa", "RS"),
          ("Ribeirão Preto", "SP"), ("Botucatu", "SP"), ("Barretos", "SP"), ("Campinas", "SP"), ("Sorocaba", "SP"),
          ("Porto Alegre", "RS"), ("Passo Fundo", "RS"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Cascavel", "PR"),
          ("Florianópolis", "SC"), ("Blumenau", "SC"), ("Belo Horizonte", "MG"), ("Uberlândia", "MG"),
          ("Montes Claros", "MG"), ("Salvador", "BA"), ("Feira de Santana", "BA"), ("Recife", "PE"),
          ("Caruaru", "PE"), ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Teresina", "PI"),
          ("São Luís", "MA"), ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"),
          ("Belém", "PA"), ("Manaus", "AM"), ("Goiânia", "GO"), ("Cuiabá", "MT"), ("Campo Grande", "MS"),
          ("Brasília", "DF"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Aurora", "CE")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "Boa Vista", "Santa Luzia", "Parque Bento", "Cidade Nova",
           "Jardim das Flores", "Vila Prudente", "Aldeota", "Benfica", "Jardim América", "Cohab", "São Cristóvão"]
CIDS = ["E11.9", "I10", "J45.9", "N18.3", "C50.9", "C34.1", "C61", "C18.7", "I48.0", "I50.9", "E78.0", "M05.9",
        "L40.0", "K50.9", "G35", "F32.2", "B20", "B18.2", "J44.1", "D69.3", "E10.9", "I21.4", "N04.1", "G30.1"]
SPONSORS = ["Novartis Biociências S.A.", "Roche Farmacêutica Química Ltda", "AstraZeneca do Brasil Ltda",
            "MSD Farmacêutica Ltda", "Boehringer Ingelheim do Brasil", "Eurofarma Laboratórios S.A.",
            "Aché Laboratórios Farmacêuticos S.A.", "Libbs Farmacêutica Ltda", "Bayer S.A.", "Sanofi Medley"]
CROS = ["IQVIA Brasil", "Syneos Health Brasil", "PPD do Brasil", "ICON Pesquisas Clínicas Ltda",
        "Parexel Brasil", "Aurora Pesquisa Clínica Ltda", "Bortolotto Pesquisa & Dados", "LAT Research CRO",
        "Fortrea Brasil", "Medpace Brasil"]
SITES = ["Hospital Santa Rosa", "Hospital de Clínicas de Porto Alegre", "Instituto do Câncer do Ceará",
         "Hospital Amaral Carvalho", "Centro de Pesquisa Clínica Vitória", "Hospital São Lucas da PUCRS",
         "Instituto de Pesquisa Clínica Aurora", "Hospital das Clínicas de Ribeirão Preto",
         "Hospital Universitário Walter Cantídio", "CPClin Bento Gonçalves", "Hospital Moinhos de Vento",
         "Santa Casa de Misericórdia de Barretos", "Hospital Evangélico de Londrina", "Núcleo de Pesquisa Flor de Lótus"]
DRUGS = ["tirzepatida", "pembrolizumabe", "dapagliflozina", "semaglutida", "IMP-4471 (vs placebo)", "BIA-028",
         "nivolumabe + ipilimumabe", "inclisirana", "ABX-221 oral", "upadacitinibe", "ozanimode", "lecanemabe"]
STUDY_CODES = ["D5180C00012", "MK-3475-B21", "I8F-MC-GPHK", "CLNP023B12302", "BO44111", "EFC17559", "M23-714",
               "ACH-PSO-301", "BI 1358894", "LIB-HAS-07", "EURO-DM2-03", "AUR-ONC-2201"]


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
        return self.full.lower()

    @property
    def plain(self) -> str:
        return fold(self.full)

    @property
    def inverted(self) -> str:
        return f"{self.last.upper()}, {self.given}"

    @property
    def inv_caps(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return fold(f"{' '.join(sur)}, {self.given}").upper()

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def initials(self) -> str:
        return "".join(w[0] for w in self.full.replace("-", " ").split() if w not in PARTICLES).upper()

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "inv_caps": p.inv_caps, "first": p.first, "last": p.last,
            "nick": p.nick, "capsshort": fold(p.short).upper(), "lowfirst": fold(p.first).lower(),
            "lowshort": p.short.lower()}[form]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

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
        if r < 0.40:
            return self.pick(RARE_SUR)
        if r < 0.50:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.68 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.08:
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
            elif len(surnames) == 3 and rng.random() < 0.3:
                surnames.insert(2, "e")
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
        surnames = [s for s in surnames if s != given.split()[0]] or [self.pick(PT_SUR)]
        if surnames[0] in PARTICLES and len(surnames) == 1:
            surnames.append(self.pick(PT_SUR))
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
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br"])
        return f"{user}@{domain}"

    def corp(self, p: Person, dom: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{f}.{l[0]}@{dom}"])

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
                "nodash": f"{n[:3]}.{n[3:6]}.{n[6:9]}{n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def masked_cpf(self) -> str:
        n = self.cpf_digits()
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***.***.{n[6:9]}-**"])

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
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
        dash = self.chance(0.8) if dash is None else dash
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "sp"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "zero": f"0{ddd} {h}-{t}", "dots": f"{ddd}.{h}.{t}"}[style]

    def card(self, spaced: bool | None = None, amex: bool = False) -> str:
        if amex:
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        b = self.pick(["4", "5", "5", "6", "2"]) + self.d(14)
        n = b + luhn_dv(b)
        spaced = self.chance(0.6) if spaced is None else spaced
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
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def ip6(self) -> str:
        return "2804:" + ":".join(self.hexs(4).lstrip("0") or "0" for _ in range(3)) + "::" + self.hexs(4).lstrip("0")

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}", "térreo"])
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
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Praça": "Pça."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1938, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(6, 22):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 7 * 3600, hi: int = 22 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.06", "8.21", "8.19", "4.03", "4.01", "8.13", "8.17", "4.04"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"LGPD-{self.d(6)}"])

    def version(self) -> str:
        return f"{self.rng.randint(1, 4)}.{self.rng.randint(0, 19)}.{self.rng.randint(0, 9)}"

    def caae(self) -> str:
        return f"{self.d(8)}.{self.d(1)}.{self.d(4)}.{self.d(4)}"

    def parecer(self) -> str:
        return f"{self.n(5, 7)}.{self.d(3)}.{self.d(3)}"

    def subject(self, site: str | None = None) -> str:
        site = site or self.d(3)
        return self.pick([f"{site}-{self.d(4)}", f"BR{site}{self.d(3)}", f"{site}{self.d(3)}", f"S{site}-{self.d(3)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}", f"COREN-{uf} {n}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRBM":
            return f"CRBM-{self.rng.randint(1, 6)} {self.d(5)}"
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}", f"CRF-{uf} nº {n}"])
        if kind == "CRN":
            return f"CRN-{self.rng.randint(1, 10)} {self.d(5)}"
        if kind == "CREFITO":
            return f"CREFITO-{self.rng.randint(1, 15)} {self.d(6)}-F"
        if kind == "CRP":
            return f"CRP {self.rng.randint(1, 23):02d}/{self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}", f"CRM/{uf} {dotted}"])

    def staff_council(self, role: str) -> str:
        return {"Investigador Principal": "CRM", "Subinvestigador": "CRM", "Subinvestigadora": "CRM",
                "Enfermeira de pesquisa": "COREN", "Enfermeiro de pesquisa": "COREN", "Farmacêutico": "CRF",
                "Farmacêutica": "CRF", "Biomédica": "CRBM", "Nutricionista": "CRN", "Fisioterapeuta": "CREFITO",
                "Psicóloga": "CRP"}.get(role, "CRM")


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "en": f"{MONTHS_EN[mm - 1]} {dd}, {yy}", "ich": f"{dd:02d}-{MON3_EN[mm - 1]}-{yy}",
            "ich2": f"{dd:02d}/{MON3_EN[mm - 1]}/{yy}",
            "us": f"{mm:02d}/{dd:02d}/{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("li", "h"), ("e", "c"), ("í", "i"),
               ("ã", "a"), ("ç", "c"), ("é", "e"), ("I", "l"), ("u", "ii"), ("o", "ó")]


def ocr(s: str, g: Gen, rate: float = 0.35) -> str:
    """One or two OCR letter confusions in names and words (identifiers are left intact)."""
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


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]], sep: str = " | ", rule: str = "-",
                frame: bool = False) -> None:
    """Fixed-width table; `rule` draws the line under the header ('' for none), `frame` adds +---+ borders."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    edge = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    if frame:
        doc.t(edge)
        doc.t("| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n")
        doc.t(edge)
    else:
        doc.t(sep.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        if rule:
            doc.t(sep.replace("|", "+").replace(" ", rule).join(rule * w for w in widths) + "\n")
    for r in rows:
        if frame:
            doc.t("| ")
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(" | " if frame else sep)
            last = k == len(r) - 1
            if last and not frame:
                doc.e(v, lab)
            else:
                doc.cell(v, w, lab)
        doc.t(" |\n" if frame else "\n")
    if frame:
        doc.t(edge)


def table_md(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    for r in rows:
        doc.t("|")
        for v, lab in r:
            doc.t(" ")
            doc.e(v, lab)
            doc.t(" |")
        doc.t("\n")


def table_csv(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ",", quote_all: bool = False) -> None:
    if cols:
        doc.t(sep.join(cols) + "\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(sep)
            q = quote_all or sep in v or '"' in v or "\n" in v
            if q:
                doc.t('"')
            doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


def dr(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def kin(p: Person) -> str:
    return ["filho", "marido", "irmão", "neto", "genro", "sobrinho"][sum(map(ord, p.given)) % 6] if not p.female else \
        ["filha", "esposa", "irmã", "neta", "nora", "sobrinha"][sum(map(ord, p.given)) % 6]


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def site_no(g: Gen) -> str:
    return g.pick(["1001", "0412", "5503", "2207", "3310", "0089", "7716", "BR012", "BR027"])


ROLES = [("Investigador Principal", "CRM"), ("Subinvestigador", "CRM"), ("Subinvestigadora", "CRM"),
         ("Coordenadora de estudos", None), ("Coordenador de estudos", None), ("Enfermeira de pesquisa", "COREN"),
         ("Enfermeiro de pesquisa", "COREN"), ("Farmacêutica", "CRF"), ("Farmacêutico", "CRF"),
         ("Biomédica", "CRBM"), ("Nutricionista", "CRN"), ("Fisioterapeuta", "CREFITO"), ("Psicóloga", "CRP"),
         ("Data entry", None)]
WORD_USES = ["tubo de tampa rosa (EDTA)", "proteger da luz", "campo deixado em branco", "seria prudente repetir a coleta",
             "a flor da pele ficou com hiperemia no local da aplicação", "ação do Outubro Rosa", "luz verde do patrocinador",
             "chá de flor de camomila", "vitória do grupo tratado na análise interina", "aurora boreal (nome do protocolo de extensão)"]
LAWS = ["Res. CNS 466/2012", "Resolução CNS nº 466/12", "Res. CNS 510/2016", "Lei 13.709/2018 (LGPD)", "RDC 945/2024",
        "Lei nº 14.874/2024", "Res. CNS 738/2024", "RDC 9/2015", "Norma Operacional 001/2013", "Lei 14.874/24"]


# =========================================================================== atendimento

SCREEN_FAIL = ["HbA1c fora da faixa (critério I3)", "TFGe < 30 (E7)", "uso de corticoide sistêmico (E12)",
               "retirou consentimento antes da randomização", "ECG com QTcF > 470 ms", "não compareceu à V1",
               "neoplasia prévia < 5 anos", "gestação (beta-hCG +)", "hepatite B ativa", "IMC < 27",
               "doença autoimune não controlada", "dificuldade de transporte"]


def at_screening(g: Gen) -> Doc:
    """Site screening log (fixed-width, rulers), kept by the study coordinator."""
    doc = Doc()
    pi, co = g.person(), g.person(female=g.chance(0.8))
    st = g.pick(STUDY_CODES)
    uf = g.pick(UFS)
    doc.f("LOG DE TRIAGEM / SCREENING LOG — Protocolo «st» — Centro «c» («s»)\nInvestigador principal: «pi» («crm»)   "
          "Coordenação: «co»\nPeríodo: «d1» a «d2»   Página «p» de «pp»\n\n",
          st=st, c=site_no(g), s=g.pick(SITES), pi=P(name_form(g, pi, ["full", "caps", "short"])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          co=P(co.full), d1=g.date("br", 2025), d2=g.date("br", 2026), p=g.n(1, 4), pp=g.n(4, 9))
    ini = g.chance(0.3)  # the version sent to the sponsor carries initials only
    cols = ["Nº triag.", "Data TCLE", "Iniciais" if ini else "Nome do paciente", "Dt nasc.", "CPF", "Contato", "Status", "Motivo / obs."]
    rows = []
    for i in range(g.n(5, 7)):
        c = g.person()
        status = g.pick(["RANDOMIZADO", "FALHA TRIAGEM", "FALHA TRIAGEM", "EM TRIAGEM", "RANDOMIZADO"])
        reason = g.pick(SCREEN_FAIL) if status == "FALHA TRIAGEM" else g.pick(["", f"CID {g.pick(CIDS)}", "V2 agendada", "aguarda lab central"])
        if status == "FALHA TRIAGEM" and g.chance(0.4):
            reason += f"; CID {g.pick(CIDS)}"
        rows.append([V(f"S{g.d(3)}-{i + 1:03d}"), V(g.date("br", 2025)), V(g.pick([c.initials, "-".join(c.initials)])) if ini else P(g.pick([c.full, c.caps, c.caps, c.inv_caps])),
                     (g.dob("br", 1945, 2003), "DATE_OF_BIRTH"),
                     (g.cpf("dot"), "BR_CPF") if g.chance(0.75) else V(g.masked_cpf()),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), V(status), V(reason)])
    table_fixed(doc, cols, rows, sep=g.pick([" | ", "  "]), rule=g.pick(["-", "=", "-"]))
    doc.f("\nTotal triados: «n» | randomizados: «r» | taxa de falha: «tx»%\nObs.: pacientes encaminhados pela UBS «u»; "
          "«w». Nº do pedido de kits ao IWRS: «ped».\nPreenchido por: «co2» em «d»   Revisado (CRA): «cra»\n",
          n=len(rows), r=sum(1 for r in rows if r[6][0] == "RANDOMIZADO"), tx=g.n(20, 60), u=g.pick(["Vila Rosa", "Jardim Aurora", "Bento Ribeiro", "Santa Luzia"]),
          w=g.pick(WORD_USES), ped=g.neg(11), co2=P(g.pick([co.first, co.short, co.full])), d=g.date("br"), cra=P(g.person().full))
    return doc


def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp export between the study coordinator and a participant (or the caregiver)."""
    doc = Doc()
    co, pt = g.person(female=True), g.person()
    cg = g.relative(pt)
    day = g.date("br", 2025)
    ts = g.times(12)
    co_lbl = g.pick([("", co.first, " Pesquisa Clínica"), ("", co.first, " - Coord. Estudo"), ("", co.short, ""),
                     ("Coord ", co.first, " 🩺")])
    if g.chance(0.7):
        co_lbl = (g.pick(["Pesquisa Clínica HSR", "CPC Aurora - Estudos", "Centro de Pesquisa (recepção)", "Estudo DM2 - Coordenação",
                          "Núcleo de Pesquisa"]), "", "")
    pt_lbl = g.pick([("", pt.short, ""), ("", pt.first, ""), ("", pt.low, ""), ("", pt.nick + " " + pt.last, "")])
    if g.chance(0.3):
        pt_lbl = ("", cg.first, f" (filh{'a' if cg.female else 'o'} d{pt.o} ")
    elif g.chance(0.55):
        pt_lbl = ("", g.phone("plus"), "")  # contact not saved: the export shows the number
    who = [co_lbl, pt_lbl]

    def line(who_k: int, body: str, **vals) -> None:
        doc.f("[«d» «t»] ", d=day[:6] + day[8:], t=ts.pop(0) if ts else g.hm())
        pre, name, post = who[who_k]
        doc.t(pre)
        if name:
            doc.e(name, "PHONE_NUMBER" if name.startswith("+55") else "PERSON")
        doc.t(post)
        if post.startswith(" (filh"):
            doc.e(pt.first, "PERSON").t(")")
        doc.t(": ")
        doc.f(body + "\n", **vals)

    line(0, "Bom dia! Aqui é a «c» da pesquisa do «s». Confirmando a visita «v» d«o» «p» amanhã às «h», jejum de 8h 🙏",
         c=P(co.first), s=g.pick(SITES), v=g.pick(["V3", "V4 (semana 12)", "de randomização", "V7"]), o="a" if pt.female else "o",
         p=P(g.pick([pt.first, pt.nick, pt.full])), h=g.hm())
    line(1, "bom dia. confirmado sim. o carro vai buscar no mesmo endereço? mudamos pra «a», cep «cep»",
         a=(g.address(g.pick(["low", "spoken", "text"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    line(0, "Vai sim, motorista «m», carro placa «pl». Qualquer coisa liga no «tel»",
         m=P(g.person().first), pl=(g.plate(), "LICENSE_PLATE"), tel=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        line(0, "Preciso atualizar o cadastro pro patrocinador: me manda o nº do cartão do SUS e a data de nascimento?")
        line(1, "cns «cns» nasci em «dob»", cns=(g.cns(), "BR_CNS"), dob=(g.dob(g.pick(["br", "nopad", "long"])), "DATE_OF_BIRTH"))
    line(1, "ok. e o ressarcimento da visita passada? não caiu ainda")
    if g.chance(0.5):
        line(0, "O financeiro pediu a chave pix de novo, a aleatória que vc mandou veio cortada")
        line(1, "«k»", k=(g.uuid(), "PIX_KEY"))
    else:
        line(0, "Pode mandar a chave pix? Se for CPF precisa ser o d«o» titular", o="a" if pt.female else "o")
        line(1, "é o cpf «cpf» mesmo, no nome de «n»", cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), n=P(g.pick([pt.low, pt.full, pt.first])))
    line(0, "Anotado. Valor R$ «v» (transporte + lanche). Sai no lote de sexta. Traz a caixinha do medicamento e o diário 📒", v=g.money(40, 280))
    k = g.n(0, 3)
    if k == 0:
        line(1, "tá bom obrigad«o»", o=pt.o)
    elif k == 1:
        line(1, "ok vou levar. a caixa tá guardada longe da luz como vc falou")
    elif k == 2:
        line(1, "blz. quem vai comigo é «cg», pode pôr o nome na portaria?", cg=P(g.pick([cg.first, cg.full])))
    else:
        line(1, "👍")
    if g.chance(0.6):
        line(0, "Lembrando: se tiver febre ou qualquer sintoma diferente liga na hora no plantão do estudo «p2» (24h). "
                "«dr» «d» está de sobreaviso esse fds", p2=(g.phone(), "PHONE_NUMBER"), dr=dr(doc_p := g.person()), d=P(doc_p.short))
    return doc


def at_dpo(g: Gen) -> Doc:
    """Participant's data-protection (LGPD) request to the site DPO, with the DPO's reply quoted."""
    doc = Doc()
    pt, dpo = g.person(), g.person()
    dom = g.pick(["hsantarosa.org.br", "ipcaurora.com.br", "cpclin.com.br", "hcrp.usp.br", "icc.org.br"])
    pe = g.email(pt)
    subj = g.subject()
    doc.f("De: «dn» <«de»>\nPara: «pn» <«pe»>\nCc: dpo@«dom»; pesquisa.clinica@«dom»\nData: «d»\nAssunto: RE: Solicitação LGPD — revogação de consentimento / acesso aos dados\n\n",
          dn=P(dpo.full), de=(g.corp(dpo, dom), "EMAIL_ADDRESS"), pn=P(pt.full), pe=(pe, "EMAIL_ADDRESS"), dom=dom, d=g.date("long"))
    doc.f("Prezad«o» «p»,\n\nRecebemos sua solicitação (protocolo «prot») com base no art. 18 da «lei». Informamos que:\n"
          "1) a retirada do consentimento no estudo «st» foi registrada em «d1»; nenhum novo dado será coletado;\n"
          "2) conforme «res» e as regras do patrocinador, os dados já coletados até a retirada, identificados apenas pelo código «subj», "
          "permanecem na base do estudo;\n3) segue em anexo cópia do seu cadastro (nome, CPF «cpf», data de nascimento, endereço) e "
          "do TCLE assinado.\n\nAtenciosamente,\n«dn2»\nEncarregad«od» de Proteção de Dados — «site»\n«tel»\n\n",
          o="a" if pt.female else "o", p=P(g.pick([pt.first, pt.full, pt.short])), prot=g.protocol(),
          lei=g.pick(["Lei 13.709/2018", "LGPD (Lei nº 13.709/18)"]), st=g.pick(STUDY_CODES), d1=g.date("br"),
          res=g.pick(LAWS[:3]), subj=subj, cpf=(g.masked_cpf(), None) if g.chance(0.5) else (g.cpf(), "BR_CPF"),
          dn2=P(dpo.full), od="a" if dpo.female else "o", site=g.pick(SITES), tel=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("-----Mensagem original-----\nDe: «pe»\nEnviada em: «d»\n\n«body»\n\n«sig»\nCPF «cpf»  nasc. «dob»\n«a» - «b», «city»/«uf»\ncel «cel»\n",
          pe=(pe, "EMAIL_ADDRESS"), d=g.date("br"),
          body=g.pick(["Boa tarde, participei do estudo de diabetes e não quero mais continuar. Quero saber quais dados meus vocês têm e pra quem foram enviados (laboratório de fora?). Também quero que apaguem meu telefone da lista de lembretes.",
                       "olá, sou participante do estudo do coração ai do hospital. queria pedir que vcs nao passem meus dados pra farmaceutica, e quero uma copia do termo que eu assinei pq perdi",
                       "Prezados, solicito, nos termos da LGPD, acesso a todos os meus dados pessoais tratados no âmbito da pesquisa clínica, inclusive amostras biológicas armazenadas no biorrepositório."]),
          sig=P(g.pick([pt.full, pt.caps, pt.low])), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(), "DATE_OF_BIRTH"),
          a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=g.city()[0], uf=g.pick(UFS), cel=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_leads(g: Gen) -> Doc:
    """Recruitment call-centre export of pre-screening web-form leads (CSV) with the analyst's note."""
    doc = Doc()
    an = g.person()
    doc.f("# export leads_pre_triagem_«c»_«d».csv — campanha «camp» — gerado por «u» (RecrutaBot v«v»)\n",
          c=g.pick(["obesidade", "psoriase", "ic_fe_reduzida", "alzheimer_inicial", "dm2"]), d=g.date("compact"),
          camp=g.pick(["Meta Ads SP/RJ", "Google Ads Nordeste", "parceria UBS", "rádio Aurora FM"]), u=login(an), v=g.version())
    sep = g.pick([",", ";"])
    cols = ["lead_id", "enviado_em", "first_name", "last_name", "data_nascimento", "cep", "email", "celular", "ip", "cidade", "elegivel_auto", "centro"]
    rows = []
    for _ in range(g.n(4, 6)):
        c = g.person()
        fn, ln = first_last(c)
        if g.chance(0.25):
            fn, ln = fn.lower(), ln.lower()
        city, uf = g.city()
        rows.append([V(g.d(6)), V(f"{g.date('iso')} {g.hms()}"), P(fn), P(ln),
                     (g.dob(g.pick(["br", "iso", "nopad"]), 1950, 2004), "DATE_OF_BIRTH"), (g.cep(), "BR_CEP"),
                     (g.email(c), "EMAIL_ADDRESS"), (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER"),
                     (g.ip(), "IP_ADDRESS") if g.chance(0.85) else (g.ip6(), "IP_ADDRESS"), V(city), V(g.pick(["sim", "não", "revisar"])), V(site_no(g))])
    table_csv(doc, cols, rows, sep=sep)
    doc.f("\nNota («a», call center): liguei para «l1» e «l2»; «l1» já participa de outro estudo (wash-out até «d»). "
          "Lead «id» duplicado (mesmo IP, nomes diferentes) — provável familiar preenchendo. Ligações da fila: «q» de «qq». "
          "Retorno pelo «o».\n",
          a=P(an.full), l1=P(rows[0][2][0]), l2=P(rows[1][2][0] + " " + rows[1][3][0]), d=g.date("br"), id=rows[-1][0][0],
          q=g.n(20, 80), qq=g.n(81, 200), o=(f"0800 {g.d(3)} {g.d(4)}", "PHONE_NUMBER"))
    return doc


def at_ficha(g: Gen) -> Doc:
    """Participant registration form (ficha cadastral) of the research centre, OCR of a scan."""
    doc = Doc()
    pt = g.person()
    cg = g.relative(pt)
    city, uf = g.city()
    doc.f("«site»\nCENTRO DE PESQUISA CLÍNICA — FICHA CADASTRAL DO PARTICIPANTE\nEstudo: «st»     Nº participante: «subj»     Iniciais: «ini»\n"
          "________________________________________________________________\n",
          site=g.pick(SITES).upper(), st=g.pick(STUDY_CODES), subj=g.subject(), ini=pt.initials)
    nm = g.pick([pt.caps, pt.full, ocr(pt.caps, g)])
    doc.f("Nome completo: «n»\nNome social: «ns»\nData de nasc.: «dob»    Sexo: «sx»    Estado civil: «ec»\n",
          n=P(nm), ns=g.pick(["—", "", "n/a"]), dob=(g.dob(g.pick(["br", "nopad", "dot", "short"])), "DATE_OF_BIRTH"),
          sx="F" if pt.female else "M", ec=g.pick(["casad" + pt.o, "solteir" + pt.o, "viúv" + pt.o, "união estável"]))
    doc.f("RG: «rg»  Órgão exp.: «oe»     CPF: «cpf»\nCartão SUS (CNS): «cns»\n",
          rg=(g.rg(), "BR_RG"), oe=g.pick(["SSP/SP", "SSP-BA", "SESP/PR", "DETRAN/RJ", "SDS/PE"]), cpf=(g.cpf(), "BR_CPF"),
          cns=(g.cns(), "BR_CNS"))
    if g.chance(0.5):
        doc.f("CNH: «cnh»   Título de eleitor: «te»\n", cnh=(g.cnh(), "BR_CNH"), te=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("Endereço: «a»\nBairro: «b»   Cidade/UF: «c»/«uf»   CEP: «cep»\nTel. resid.: «t1»   Celular/WhatsApp: «t2»\nE-mail: «e»\n",
          a=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          t1=(g.phone(mobile=False), "PHONE_NUMBER") if g.chance(0.6) else "não tem", t2=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(pt), "EMAIL_ADDRESS") if g.chance(0.8) else g.pick(["não possui", "—"]))
    doc.f("Contato de emergência: «cg» (parentesco: «par»)  fone «t»\nMédico assistente: «dr» «m» — «crm»\n",
          cg=P(g.pick([cg.full, cg.first, cg.nick])), par=kin(cg),
          t=(g.phone(), "PHONE_NUMBER"), dr=dr(md := g.person()), m=P(md.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("Como soube do estudo: «how»\nObs.: «obs»\nPreenchido por: «by»     Data: «d»\n",
          how=g.pick(["indicação médica", "rádio", "Instagram", "cartaz na UBS", "vizinho"]),
          obs=g.pick(["campo 'profissão' deixado em branco", "não sabe ler, assinou a rogo", "prefere contato à tarde", "CPF conferido c/ documento"]),
          by=P(g.person(female=True).short), d=g.date("br"))
    return doc


def at_helpdesk(g: Gen) -> Doc:
    """EDC/IWRS help-desk ticket opened by site staff, with the service-desk answer and an audit excerpt."""
    doc = Doc()
    req, agent, pi = g.person(), g.person(), g.person()
    dom = g.pick(["hsantarosa.org.br", "ipcaurora.com.br", "cpclin.com.br", "hcpa.edu.br"])
    uf = g.pick(UFS)
    lg = login(req) + "_" + site_no(g).lower()
    doc.f("Ticket #«n» | Sistema: «sys» | Categoria: Acesso de usuário | Prioridade: Alta\nAberto por: «r» («lg») <«re»> — tel «t»\n"
          "Centro: «s» | PI: «pi», «crm»\n\nDescrição:\n«body»\n\n",
          n=g.d(7), sys=g.pick(["Medidata Rave EDC", "IWRS (Suvoda)", "Veeva SiteVault", "Oracle InForm", "REDCap do centro"]),
          r=P(req.full), lg=lg, re=(g.corp(req, dom), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), s=site_no(g),
          pi=P(g.pick([pi.full, pi.short])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          body=g.pick(["Meu usuário bloqueou após 3 tentativas. Preciso randomizar o participante hoje antes das 14h, a medicação já foi separada.",
                       "Não consigo assinar eletronicamente os CRFs da visita 5, aparece 'role não atribuída'. Meu registro profissional é o mesmo de antes.",
                       "Nova subinvestigadora no centro precisa de acesso com perfil de investigador (treinamento já concluído)."]))
    if g.chance(0.6):
        nu = g.person(female=True)
        doc.f("Novo usuário: «nu» — «cr» — e-mail «ne» — CPF «cpf»\n\n", nu=P(nu.full), cr=(g.council(g.pick(["CRM", "COREN"]), uf), "PROFESSIONAL_ID"),
              ne=(g.corp(nu, dom), "EMAIL_ADDRESS"), cpf=(g.cpf(), "BR_CPF"))
    doc.t("Log de auditoria (últimas tentativas):\n")
    for _ in range(g.n(3, 5)):
        doc.f("«ts»  user=«lg»  ip=«ip»  result=«res»\n", ts=f"{g.date('iso')}T{g.hms()}Z", lg=lg, ip=(g.ip(), "IP_ADDRESS"),
              res=g.pick(["FAILED_PASSWORD", "LOCKED", "FAILED_MFA", "OK"]))
    doc.f("\nResposta (Service Desk — «ag»):\nOlá «r1», conta desbloqueada e senha provisória enviada ao e-mail cadastrado. "
          "O acesso do novo usuário depende da aprovação do CRA («cra»). Não compartilhe senha com outros membros da equipe. "
          "Chamado vinculado ao incidente «inc».\n",
          ag=P(agent.full), r1=P(req.first), cra=P(g.person().full), inc=f"INC{g.d(7)}")
    return doc


def at_reminders(g: Gen) -> Doc:
    """Send log of the visit-reminder system (CSV), with failures to be called by hand."""
    doc = Doc()
    doc.f("lembretes_visitas_«d».csv  (sistema: Lembra+ / usuário: sistema_lembretes)\n", d=g.date("compact"))
    cols = ["enviado_em", "canal", "destinatario", "participante", "visita", "data_visita", "status"]
    rows = []
    pseudo = g.chance(0.5)
    for _ in range(g.n(6, 8)):
        c = g.person()
        ch = g.pick(["sms", "whatsapp", "email", "whatsapp"])
        dest = (g.email(c), "EMAIL_ADDRESS") if ch == "email" else (g.phone(g.pick(["e164", "cc", "raw"])), "PHONE_NUMBER")
        rows.append([V(f"{g.date('iso')} {g.hm()}"), V(ch), dest, V(g.subject()) if pseudo else P(g.pick([c.full, c.short, c.caps, c.first + " " + c.last])),
                     V(g.pick(["V2", "V3", "V4", "V5 (sem 24)", "FU telefone", "EOT"])), V(g.date("br")),
                     V(g.pick(["entregue", "entregue", "lido", "falha: número inválido", "bounce", "entregue"]))])
    table_csv(doc, cols, rows, sep=g.pick([",", ";", "\t"]))
    fails = [r for r in rows if r[6][0].startswith(("falha", "bounce"))] or rows[:1]
    doc.f("\n>> «n» falha(s). «co», favor ligar para «p» e atualizar o cadastro. Tel alternativo informado na V1: «t».\n",
          n=len(fails), co=P(g.person(female=True).first), p=fails[0][3], t=(g.phone(), "PHONE_NUMBER"))
    return doc


# =========================================================================== juridico

def ju_tcle(g: Gen) -> Doc:
    """TCLE signature page: participant, legal representative, impartial witness, investigator."""
    doc = Doc()
    pt, inv = g.person(), g.person()
    uf = g.pick(UFS)
    rep = g.relative(pt) if g.chance(0.45) else None
    wit = g.person() if g.chance(0.6) else None
    st = g.pick(STUDY_CODES)
    doc.f("TERMO DE CONSENTIMENTO LIVRE E ESCLARECIDO — Estudo «st» — versão «v» de «dv»\nCAAE «caae» — Página «p» de «p»\n\n"
          "Declaro que li (ou que foi lido para mim) este termo, que tive oportunidade de fazer perguntas e que concordo "
          "voluntariamente em participar. Recebi uma via deste documento, rubricada em todas as páginas, conforme a «res». "
          "«w»\n\n",
          st=st, v=g.pick(["3.0", "4.1", "2.2 BR", "5.0_PT-BR"]), dv=g.date("br", 2024), caae=g.caae(), p=g.n(11, 19),
          res=g.pick(LAWS[:3]), w=g.pick(["Fui informado de que posso me retirar a qualquer momento sem prejuízo do meu tratamento.",
                                          "Sei que a medicação do estudo deve ser guardada em local protegido da luz e do calor.",
                                          "Autorizo o armazenamento de amostras em biobanco (opcional): [X] sim [ ] não"]))
    nm = g.pick([pt.full, pt.caps, ocr(pt.caps, g, 0.5)])
    doc.f("Nome do participante: «n»\nRG: «rg»   CPF: «cpf»   Data de nascimento: «dob»\nAssinatura: ______________________  Data: «d» Hora: «h»\n\n",
          n=P(nm), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"),
          d=g.date("br"), h=g.hm())
    if rep:
        doc.f("Representante legal (quando aplicável): «n»  Grau de parentesco: «k»  CPF: «cpf»\nTel.: «t»\nAssinatura: ______________________\n\n",
              n=P(g.pick([rep.full, rep.caps])), k=kin(rep), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    if wit:
        doc.f("Testemunha imparcial (participante não alfabetizado / impressão digital): «n»\nRG «rg»  CPF «cpf»\n"
              "Assinatura: ______________________\n\n",
              n=P(g.pick([wit.full, wit.low])), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    if g.chance(0.45):
        doc.f("Trilha de auditoria (e-TCLE): assinado eletronicamente por «n» (e-mail «e», SMS «t») em «d» «h» — IP «ip» — hash «hs»\n\n",
              n=P(pt.full), e=(g.email(pt), "EMAIL_ADDRESS"), t=(g.phone("e164"), "PHONE_NUMBER"), d=g.date("iso"), h=g.hms(),
              ip=(g.ip(), "IP_ADDRESS"), hs=g.hexs(24))
    doc.f("Pesquisador que aplicou o TCLE: «n»  «crm»\nAssinatura: ______________________  Data: «d»\n\n",
          n=P(g.pick([inv.full, inv.short])), crm=(g.council(g.pick(["CRM", "CRM", "COREN"]), uf), "PROFESSIONAL_ID"), d=g.date("br"))
    doc.f("Em caso de dúvidas: Investigador «pi», tel. «t1» (24h) | CEP «site»: «t2», cep@«dom», seg a sex 8h–17h, "
          "«end». CONEP: conep@saude.gov.br.\n",
          pi=P(inv.short), t1=(g.phone(), "PHONE_NUMBER"), site=g.pick(SITES), t2=(g.phone(mobile=False), "PHONE_NUMBER"),
          dom=g.pick(["hsantarosa.org.br", "hcrp.usp.br", "icc.org.br", "ipcaurora.com.br"]),
          end=g.pick(["Rua Barão de Mauá, 1400, 2º andar (prédio administrativo)", "Av. Bento Gonçalves, 9500, bloco C",
                      "Praça Prudente de Moraes, 45, sala 12"]))
    return doc


def ju_pb(g: Gen) -> Doc:
    """Plataforma Brasil: folha de rosto / project summary of a CEP submission."""
    doc = Doc()
    pr, dr_ = g.person(), g.person()
    uf = g.pick(UFS)
    sp = g.pick(SPONSORS)
    doc.f("MINISTÉRIO DA SAÚDE - Conselho Nacional de Saúde - Comissão Nacional de Ética em Pesquisa - CONEP\n"
          "FOLHA DE ROSTO PARA PESQUISA ENVOLVENDO SERES HUMANOS\n\n1. Projeto de Pesquisa: Estudo fase «f», randomizado, duplo-cego, de «dr» em "
          "«pop»\n2. Número de Participantes da Pesquisa: «n»\n3. Área Temática: «at»\n4. Área do Conhecimento: Grande Área 4. Ciências da Saúde\n"
          "CAAE: «caae»   Número do Parecer: «par»\n\nPESQUISADOR RESPONSÁVEL\n",
          f=g.pick(["II", "III", "IIIb", "I/II"]), dr=g.pick(DRUGS), pop=g.pick(["adultos com DM2", "pacientes com psoríase em placas",
                                                                           "insuficiência cardíaca", "CPNPC avançado", "doença de Alzheimer inicial"]),
          n=g.n(8, 60), at=g.pick(["Novos fármacos, vacinas e testes diagnósticos", "Pesquisas com cooperação estrangeira"]),
          caae=g.caae(), par=g.parecer())
    doc.f("5. Nome: «n»\n6. CPF: «cpf»\n7. Endereço (Rua, n.º): «a»\n8. Nacionalidade: brasileir«o»  9. Telefone: «t1»  10. Outro Telefone: «t2»\n"
          "11. Email: «e»\n12. Registro profissional: «crm»\n",
          n=P(g.pick([pr.caps, pr.full])), cpf=(g.cpf(), "BR_CPF"), a=(g.address(g.pick(["caps", "text"])), "ADDRESS"), o=pr.o,
          t1=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"), t2=(g.phone(mobile=False), "PHONE_NUMBER") if g.chance(0.6) else "",
          e=(g.email(pr), "EMAIL_ADDRESS"), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("\nTermo de Compromisso: Declaro que conheço e cumprirei os requisitos da «res» e suas complementares.\n"
          "Data: «d»   Assinatura: ____________\n\nINSTITUIÇÃO PROPONENTE\n13. Nome: «site»  14. CNPJ: «cnpj»  15. Unidade/Órgão: Centro de Pesquisa Clínica\n"
          "16. Telefone: «t»\nResponsável: «rn»  CPF: «rc»  Cargo/Função: Diretor«a» Clínic«o»\n\nPATROCINADOR PRINCIPAL\n17. Nome: «sp»  18. CNPJ: «spc»\n"
          "Endereço: «spa» (sede)\nResponsável: «sr»\n",
          res=g.pick(LAWS[:2]), d=g.date("br"), site=g.pick(SITES), cnpj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), t=(g.phone(mobile=False), "PHONE_NUMBER"),
          rn=P(dr_.full), rc=(g.cpf(), "BR_CPF"), a="a" if dr_.female else "", o=dr_.o, sp=sp,
          spc=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), spa=g.pick(["Av. das Nações Unidas, 14171, São Paulo/SP", "Rua Jorge Amado, 200, Itapevi/SP",
                                                                  "Estrada dos Romeiros, km 38,5, Santana de Parnaíba/SP"]),
          sr=P(g.person().full))
    doc.f("\nHistórico: «h1» — Submetido ao CEP; «h2» — Pendência (adequar TCLE à «lei»); «h3» — Aprovado. Relator(a) do CEP não identificado(a).\n",
          h1=g.date("br"), h2=g.date("br"), lei=g.pick(["Lei 14.874/2024", "Res. CNS 738/2024", "Lei 13.709/2018"]), h3=g.date("br"))
    return doc


def ju_cta(g: Gen) -> Doc:
    """Qualification clause and signature block of a clinical trial agreement (CTA)."""
    doc = Doc()
    sp, cro, site = g.pick(SPONSORS), g.pick(CROS), g.pick(SITES)
    rep1, rep2, rep3, inv = g.person(), g.person(), g.person(), g.person()
    uf = g.pick(UFS)
    city, cuf = g.city()
    doc.f("CONTRATO DE ENSAIO CLÍNICO — Protocolo «st»\n\nPelo presente instrumento particular, de um lado:\n\n"
          "(i) «sp», sociedade inscrita no CNPJ sob o nº «c1», com sede na «sa», neste ato representada por «r1», "
          "portador«a1» do RG nº «rg1» e inscrit«o1» no CPF sob o nº «cpf1» («sp_short», \"PATROCINADOR\");\n",
          st=g.pick(STUDY_CODES), sp=sp, c1=(g.cnpj(), "BR_CNPJ"), sa=g.pick(["Rua Barão de Mauá, 1200, 8º andar, São Paulo/SP",
                                                                          "Av. Presidente Prudente, 77, Rio de Janeiro/RJ", "Rodovia Régis Bittencourt, km 286, Taboão da Serra/SP"]),
          r1=P(rep1.full), a1="a" if rep1.female else "", o1=rep1.o, rg1=(g.rg(), "BR_RG"), cpf1=(g.cpf(), "BR_CPF"), sp_short=sp.split()[0])
    doc.f("(ii) «cro», CNPJ «c2», representada por «sua» procurador«a2» «r2», CPF «cpf2» (\"CRO\");\n"
          "(iii) «site», associação civil sem fins lucrativos, CNPJ «c3», com sede na «ia» (\"INSTITUIÇÃO\"), representada por seu superintendente, «r3»;\n",
          cro=cro, c2=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"), a2="a" if rep2.female else "", sua="sua" if rep2.female else "seu", r2=P(rep2.full), cpf2=(g.cpf(), "BR_CPF"),
          site=site, c3=(g.cnpj(), "BR_CNPJ"), ia=g.pick(["Av. Bento Gonçalves, 6670", "Rua Vitória Régia, 1000", "Av. Rosa e Silva, 1200"]),
          r3=P(g.pick([rep3.full, rep3.caps])))
    doc.f("(iv) «inv», «nac», «ec», médic«o», inscrit«o» no «crm», portador«a» da CNH nº «cnh» e do CPF nº «cpf», residente e domiciliad«o» na "
          "«addr», «bairro», «city»/«uf», CEP «cep», e-mail «e» (\"INVESTIGADOR\").\n\n",
          inv=P(fold(inv.full).upper() if g.chance(0.5) else inv.full), nac=g.pick(["brasileir" + inv.o, "brasileir" + inv.o, "naturalizad" + inv.o + " brasileir" + inv.o]),
          ec=g.pick(["casad" + inv.o, "solteir" + inv.o, "divorciad" + inv.o]), o=inv.o, a="a" if inv.female else "",
          crm=(g.council("CRM", cuf), "PROFESSIONAL_ID"), cnh=(g.cnh(), "BR_CNH"), cpf=(g.cpf(), "BR_CPF"), addr=(g.address(), "ADDRESS"),
          bairro=g.pick(BAIRROS), city=city, uf=cuf, cep=(g.cep(), "BR_CEP"), e=(g.email(inv), "EMAIL_ADDRESS"))
    doc.f("CLÁUSULA 7ª — O orçamento por participante é de R$ «v» (Anexo II). Pagamentos ao INVESTIGADOR serão feitos por "
          "TED ao Banco «bank», agência «ag», conta corrente «cc», de sua titularidade. Os participantes serão ressarcidos "
          "nos termos do item II.21 da «res» e indenizados conforme a «lei».\n\n",
          v=g.money(8000, 60000), bank=g.pick(["001", "237", "341", "104", "033", "756"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          res=g.pick(LAWS[:2]), lei=g.pick(["Lei nº 14.874/2024", "Lei 14.874/24"]))
    w1, w2 = g.person(), g.person()
    if g.chance(0.5):
        r1, r2, ivv = ("PATROCINADOR", None), ("CRO", None), ("INVESTIGADOR", None)
    else:
        r1, r2, ivv = P(rep1.full), P(rep2.full), P(inv.full)
    doc.f("«city2», «d».\n\n_____________________ «r1»\n_____________________ «r2»\n_____________________ «inv»\n\nTestemunhas:\n1. «w1» CPF «wc1»\n2. «w2» CPF «wc2»\n"
          "Visto jurídico: «adv» («oab») — «firm»\n",
          city2=g.pick(["São Paulo", "Porto Alegre", "Barretos", "Vitória", "Presidente Prudente"]), d=g.date("long"),
          r1=r1, r2=r2, inv=ivv, w1=P(w1.full), wc1=(g.cpf(), "BR_CPF"), w2=P(w2.short), wc2=(g.cpf(), "BR_CPF"),
          adv=P(g.person().full), oab=(g.council("OAB"), "PROFESSIONAL_ID"),
          firm=g.pick(["Haddad & Nassar Advogados", "Bortolotto, Zanella e Tomasi Sociedade de Advogados", "Mattar Advocacia", "Cajazeira & Tabosa Advogados"]))
    return doc


def ju_lawsuit(g: Gen) -> Doc:
    """Court decision in a lawsuit for post-trial access to the investigational drug."""
    doc = Doc()
    au, adv, juiz, md = g.person(), g.person(), g.person(), g.person()
    sp = g.pick(SPONSORS)
    city, uf = g.city()
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO «est»\n«vara» Vara Cível da Comarca de «city»\n\n"
          "Processo nº «cnj»\nClasse: Procedimento Comum Cível — Assunto: Fornecimento de medicamentos / Pesquisa clínica\n"
          "Autor(a): «au», RG «rg», CPF «cpf», residente na «a», CEP «cep»\nRéus: «sp» (CNPJ «cnpj») e «cro» (CNPJ «cnpj2»)\n"
          "Advogad«o» do(a) autor(a): «adv» — «oab» — «ae» — «at»\n\n"
          "DECISÃO\n\n",
          est=g.pick(["DE SÃO PAULO", "DO RIO GRANDE DO SUL", "DO CEARÁ", "DA BAHIA", "DE MINAS GERAIS", "DO PARANÁ"]),
          vara=g.pick(["1ª", "2ª", "4ª", "7ª", "12ª"]), city=city, cnj=g.cnj(), au=P(g.pick([au.caps, au.full])), cpf=(g.cpf(), "BR_CPF"),
          a=(g.address(g.pick(["text", "caps"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"), sp=sp.upper(), cnpj=(g.cnpj(), "BR_CNPJ"),
          rg=(g.rg(), "BR_RG"), cro=g.pick(CROS).upper(), cnpj2=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"),
          ae=(g.email(adv, g.pick(["adv.br", "gmail.com", "mattaradvocacia.com.br"])), "EMAIL_ADDRESS"), at=(g.phone(), "PHONE_NUMBER"),
          o=adv.o, adv=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("Vistos. Trata-se de ação em que «au» («dob»), ex-participante do estudo «st», alega que, encerrado o ensaio em «fim», "
          "deixou de receber «dr», do qual vinha obtendo benefício, conforme relatório d«dro» médic«dro» assistente, «dr_t» «md» («crm»), "
          "que atesta CID «cid» e risco de progressão. O item III.3.d da Res. CNS 466/2012 e o art. 32 da Lei nº 14.874/2024 asseguram acesso "
          "gratuito pós-estudo. Presentes a probabilidade do direito e o perigo de dano, DEFIRO a tutela de urgência para determinar que "
          "a ré forneça o medicamento em 10 dias, sob pena de multa diária de R$ «multa». Valor da causa: R$ «vc». Cite-se. "
          "Intime-se o centro de pesquisa na pessoa do(a) investigador(a) «inv».\n\n«city», «d».\n«juiz»\nJuiz«a» de Direito\n",
          au=P(g.pick([au.first, au.short, au.full])), dob=g.pick([f"{g.n(34, 79)} anos", "aposentad" + au.o, "representad" + au.o + " por sua curadora"]),
          st=g.pick(STUDY_CODES), fim=g.date("br", 2024), dr=g.pick(DRUGS), dro="a" if md.female else "o", dr_t=dr(md), md=P(md.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), cid=g.pick(CIDS), multa=g.money(500, 5000), vc=g.money(50000, 900000),
          inv=P(g.person().full), city=city, d=g.date("long"), juiz=P(juiz.full), a="a" if juiz.female else "")
    return doc


def ju_delegation(g: Gen) -> Doc:
    """Delegation of authority log (site signature & delegation log)."""
    doc = Doc()
    pi = g.person()
    uf = g.pick(UFS)
    doc.f("SITE SIGNATURE & DELEGATION LOG / REGISTRO DE DELEGAÇÃO DE FUNÇÕES\nProtocolo: «st»   Centro: «c» — «site»\n"
          "Investigador Principal: «pi» — «crm»\nCódigos de tarefa: 1 TCLE | 2 elegibilidade | 3 exame físico | 4 EA/EAG | 5 coleta | "
          "6 dispensação PI | 7 CRF/EDC | 8 contabilidade do PI | 9 randomização IWRS\n\n",
          st=g.pick(STUDY_CODES), c=site_no(g), site=g.pick(SITES), pi=P(g.pick([pi.full, pi.caps, pi.inverted])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    mail = g.chance(0.6)
    dom = g.pick(["hsantarosa.org.br", "icc.org.br", "cpclin.com.br", "hcrp.usp.br"])
    cols = ["Nome", "Função", "Registro", "Iniciais", "Tarefas", "Início", "Término", "Rubrica PI"] + (["E-mail"] if mail else [])
    rows = []
    for _ in range(g.n(5, 8)):
        role, kind = g.pick(ROLES[1:])
        w0 = role.split()[0]
        p = g.person(female=True if w0.endswith("a") else (False if w0.endswith(("or", "o")) else None))
        reg = (g.council(kind, uf), "PROFESSIONAL_ID") if kind else V("—")
        rows.append([P(g.pick([p.full, p.full, p.caps, p.inverted])), V(role), reg, V(p.initials), V(",".join(sorted(g.rng.sample("123456789", g.n(2, 5))))),
                     V(g.date(g.pick(["br", "ich"]), 2025)), V(g.pick(["", "", g.date("br", 2026), "em andamento"])), V(pi.initials)]
                    + ([(g.corp(p, dom), "EMAIL_ADDRESS")] if mail else []))
    table_fixed(doc, cols, rows, frame=g.chance(0.5), sep=" | ")
    doc.f("\nObs.: «o1» saiu do centro em «d» (acessos EDC revogados). Tarefa 6 só pode ser delegada a farmacêutico. "
          "Verificado pelo CRA «cra» (<«ce»>) na visita de monitoria de «d2».\n",
          o1=P(rows[-1][0][0]), d=g.date("br"), cra=P((cr := g.person()).full), ce=(g.corp(cr, g.pick(["iqvia.com", "syneoshealth.com", "auroraclinica.com.br", "lat-research.com.br"])), "EMAIL_ADDRESS"),
          d2=g.date("br"))
    return doc


def ju_conep(g: Gen) -> Doc:
    """CONEP letter forwarding a participant's complaint to the site CEP, with the complaint transcribed."""
    doc = Doc()
    pt, coord, pi = g.person(), g.person(), g.person()
    doc.f("Ofício nº «n»/2025/CONEP/SECNS/MS\nBrasília, «d».\n\nAo(À) Coordenador(a) do Comitê de Ética em Pesquisa — «site»\n"
          "Sr(a). «coord» — «ce» — tel. «ct»\n\nAssunto: Denúncia de participante de pesquisa — CAAE «caae»\n\n"
          "Senhor(a) Coordenador(a),\n\nEncaminhamos, para apuração no prazo de 30 dias, manifestação recebida pela Ouvidoria (protocolo «prot»), "
          "transcrita abaixo com os dados fornecidos pel«o» manifestante:\n\n",
          n=g.n(100, 2999), d=g.date("long"), site=g.pick(SITES), coord=P(coord.full),
          ce=(g.corp(coord, g.pick(["hcrp.usp.br", "icc.org.br", "ufc.br", "pucrs.br"])), "EMAIL_ADDRESS"), ct=(g.phone(mobile=False), "PHONE_NUMBER"), caae=g.caae(), prot=g.neg(11), o=pt.o)
    doc.f("  Nome: «n»\n  CPF: «cpf»   Data de nascimento: «dob»\n  Telefone: «t»   E-mail: «e»\n  Endereço: «a» — CEP «cep»\n\n",
          n=P(pt.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(), "DATE_OF_BIRTH"), t=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(pt), "EMAIL_ADDRESS"), a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    body = g.pick([
        "  \"Participo do estudo desde «d1». Na última visita a «x» me disse que eu seria retirad«o» do estudo porque faltei uma consulta, "
        "mas eu estava internad«o». Ninguém me explicou sobre o ressarcimento e o Dr. «y» nunca mais me atendeu.\"\n",
        "  \"Assinei o termo sem ninguém ler comigo, não sei ler direito. A enfermeira «x» assinou como testemunha mas nem estava na sala. "
        "Quero saber se meus exames foram mandados pra fora do país. Meu médico, Dr. «y», disse que não sabia.\"\n",
        "  \"O transporte combinado não veio buscar e eu paguei R$ «v» de táxi. Mandei o recibo para «x» e até hoje nada. "
        "Também recebi ligação de uma empresa oferecendo outro estudo, acho que passaram meu telefone.\"\n"])
    xp = g.person(female=True)
    doc.f(body, d1=g.date("br", 2024), x=P(g.pick([xp.first, xp.full])), o=pt.o, y=P(g.pick([pi.last, pi.short])), v=g.money(60, 400))
    doc.f("\nSolicitamos manifestação do pesquisador responsável, «pi», e cópia do TCLE assinado. A resposta deve ser enviada pela "
          "Plataforma Brasil (não por e-mail). Fundamentação: «res» e Norma Operacional 001/2013.\n\nAtenciosamente,\n\n«sig»\n"
          "Coordenação da CONEP\n",
          pi=P(pi.full), res=g.pick(LAWS[:3]), sig=P(g.person().full))
    return doc


def ju_cv(g: Gen) -> Doc:
    """Investigator CV in the sponsor's short format (with GCP training)."""
    doc = Doc()
    p = g.person()
    uf = g.pick(UFS)
    kind = g.pick(["CRM", "CRM", "CRM", "COREN", "CRF"])
    doc.f("CURRICULUM VITAE — «role»\n(formato exigido pelo patrocinador; assinar e datar a cada 2 anos)\n\n"
          "Nome: «n»\nData de nascimento: «dob»     Naturalidade: «nat»\nCPF: «cpf»     RG: «rg»«tl»«te»\nRegistro profissional: «crm»\n",
          role=g.pick(["Investigador(a) Principal", "Subinvestigador(a)", "Equipe do estudo"]), n=P(g.pick([p.full, p.caps])),
          dob=(g.dob(g.pick(["br", "long", "ich"]), 1955, 1995), "DATE_OF_BIRTH"), nat=g.pick(["Presidente Prudente/SP", "Vitória/ES", "Bento Gonçalves/RS", "Sobral/CE", "Aurora/CE"]),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), crm=(g.council(kind, uf), "PROFESSIONAL_ID"),
          **(dict(tl="", te="") if g.chance(0.6) else dict(tl="     Título de eleitor: ", te=(g.titulo(), "BR_TITULO_ELEITOR"))))
    doc.f("Endereço residencial: «a», «b» — CEP «cep»\nTelefones: «t1» / «t2»\nE-mail: «e»\nLattes: http://lattes.cnpq.br/«lat»   ORCID: 0000-000«o1»-«o2»-«o3»\n\n",
          a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), t1=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(mobile=False), "PHONE_NUMBER"),
          e=(g.email(p), "EMAIL_ADDRESS"), lat=g.d(16), o1=g.d(1), o2=g.d(4), o3=g.d(4))
    doc.f("FORMAÇÃO\n- «f1»\n- Residência em «esp» — «site» («y1»–«y2»)\n\nEXPERIÊNCIA EM PESQUISA CLÍNICA\n- «ne» estudos fase II/III como subinvestigador(a) "
          "(oncologia, cardiologia); «nd» como IP. Patrocinadores: «s1», «s2».\n\nTREINAMENTOS\n- ICH-GCP E6(R3) — «gcp» (certificado nº «cert»)\n"
          "- IATA / transporte de substâncias biológicas categoria B — «iata»\n\n",
          f1=g.pick(["Medicina — UFC", "Medicina — UFRGS", "Enfermagem — USP", "Farmácia — UFPR", "Medicina — UFBA"]),
          esp=g.pick(["Clínica Médica", "Oncologia Clínica", "Cardiologia", "Reumatologia", "Endocrinologia"]), site=g.pick(SITES),
          y1=g.n(2000, 2012), y2=g.n(2013, 2018), ne=g.n(3, 25), nd=g.n(0, 8), s1=g.pick(SPONSORS), s2=g.pick(SPONSORS),
          gcp=g.date(g.pick(["br", "ich", "en"])), cert=g.pick([g.neg(11), g.d(8), f"TS-{g.d(6)}"]), iata=g.date("br"))
    doc.f("REFERÊNCIAS\n")
    for _ in range(g.n(1, 2)):
        r = g.person()
        doc.f("- «dr» «n» («crm») — «t» — «e»\n", dr=dr(r), n=P(r.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), t=(g.phone(), "PHONE_NUMBER"),
              e=(g.corp(r, g.pick(["hcpa.edu.br", "hc.fm.usp.br", "icc.org.br", "unifesp.br"])), "EMAIL_ADDRESS"))
    doc.f("\nDeclaro que as informações acima são verdadeiras. «city», «d».\nAssinatura: ______  «n»\n",
          city=g.city()[0], d=g.date("br"), n=P(p.short))
    return doc


JU_TEMPLATES = [ju_tcle, ju_pb, ju_cta, ju_lawsuit, ju_delegation, ju_conep, ju_cv]


# =========================================================================== saude

EVENTS = [("Pneumonia", "J18.9"), ("Infarto agudo do miocárdio", "I21.4"), ("Pancreatite aguda", "K85.9"),
          ("Neutropenia febril", "D70"), ("Insuficiência renal aguda", "N17.9"), ("Fibrilação atrial", "I48.0"),
          ("Cetoacidose diabética", "E10.1"), ("Pneumonite imunomediada", "J70.4"), ("Hepatite medicamentosa", "K71.6"),
          ("AVC isquêmico", "I63.9"), ("Trombose venosa profunda", "I80.2"), ("Síncope", "R55")]


def sa_sae(g: Gen) -> Doc:
    """Serious adverse event report form (CIOMS-like) sent by the site to the sponsor's pharmacovigilance."""
    doc = Doc()
    rep, rel = g.person(), None
    pt = g.person()
    uf = g.pick(UFS)
    ev, cid = g.pick(EVENTS)
    dom = g.pick(["hsantarosa.org.br", "icc.org.br", "hcrp.usp.br", "cpclin.com.br"])
    doc.f("SERIOUS ADVERSE EVENT REPORT / RELATO DE EVENTO ADVERSO GRAVE   [ ] Inicial [«fu»] Follow-up nº «nfu»\n"
          "Protocolo: «st»   Centro: «c»   Nº participante: «subj»   Iniciais: «ini»\nEnviar em até 24h para farmacovigilancia@«sd» / fax «fax»\n\n"
          "1. DADOS DO PARTICIPANTE\nData de nascimento: «dob»   Idade: «age»   Sexo: «sx»   Peso: «kg» kg   Altura: «cm» cm\n\n",
          fu=g.pick(["X", " "]), nfu=g.n(1, 4), st=g.pick(STUDY_CODES), c=site_no(g), subj=g.subject(), ini=pt.initials,
          sd=g.pick(["iqvia.com", "sponsor-pv.com", "auroraclinica.com.br"]), fax=(f"+55 11 {g.n(2, 5)}{g.d(3)}-{g.d(4)}", "PHONE_NUMBER"),
          dob=(dv := g.dob(g.pick(["ich", "br", "iso", "ich2"]), 1940, 1990), "DATE_OF_BIRTH"),
          age=2025 - int(re.search(r"\d{4}", dv).group()), sx="F" if pt.female else "M",
          kg=g.n(48, 130), cm=g.n(148, 195))
    doc.f("2. EVENTO\nTermo (MedDRA): «ev»   CID-10: «cid»   Início: «d1»   Desfecho: «out»\nCritério de gravidade: «crit»\n"
          "Relação com o PI (investigador): «rel»   Ação com o PI: «act»\n\n3. NARRATIVA\n",
          ev=ev, cid=cid, d1=g.date("ich"), out=g.pick(["recuperado", "em recuperação", "recuperado com sequela", "óbito", "desconhecido"]),
          crit=g.pick(["hospitalização", "risco de vida", "hospitalização prolongada", "clinicamente significativo"]),
          rel=g.pick(["possivelmente relacionado", "não relacionado", "provavelmente relacionado"]),
          act=g.pick(["interrompido temporariamente", "descontinuado", "dose mantida"]))
    rel = g.relative(pt)
    hosp = g.pick(["Hospital Municipal de Aurora", "UPA Vila Rosa", "Hospital Santa Luzia", "Santa Casa de Vitória"])
    narr = g.pick([
        "Participante de «age» anos, em uso do PI desde «d2», procurou o «h» em «d3» com «sint». Segundo relato d«ko» «k», «rel» "
        "(tel. «t»), ficou internad«o» por «dias» dias. Exames: PCR «pcr» mg/L, creatinina «cr» mg/dL. ",
        "Em «d3», «oa» participante (iniciais «ini») foi levada por «rel» («k») ao «h» com «sint». O prontuário externo, que chegou ao centro "
        "com o nome completo «full» e o CNS «cns», registra internação de «dias» dias. ",
        "«rel», «k» do participante, ligou para o centro em «d3» relatando «sint» e atendimento no «h». "
        "Contato para follow-up: «t». Internação de «dias» dias; PCR «pcr» mg/L. "])
    vals = dict(age=g.n(35, 85), d2=g.date("br"), h=hosp, d3=g.date("br"), sint=g.pick(["dispneia e febre", "dor torácica", "dor abdominal intensa", "rebaixamento do nível de consciência"]),
                ko="a" if rel.female else "o", k=kin(rel), rel=P(g.pick([rel.full, rel.first, rel.short])), t=(g.phone(), "PHONE_NUMBER"),
                o=pt.o, oa=pt.o, dias=g.n(2, 20), pcr=g.n(5, 300), cr=f"{g.n(0, 4)},{g.d(1)}", ini=pt.initials, full=P(pt.full), cns=(g.cns(), "BR_CNS"))
    doc.f(narr, **vals)
    doc.f("«w»\n\n4. NOTIFICADOR\nNome: «n»   «crm»\nE-mail: «e»   Tel.: «t»\nAssinatura do investigador: ________  Data: «d»\n"
          "-- uso do patrocinador -- Caso Argus nº «case»   recebido em «d4» por «pv»\n",
          w=g.pick(["Medicação concomitante: metformina, losartana.", "Sem história prévia de evento semelhante.", "Seria prudente reavaliar a dose após alta."]),
          n=P(g.pick([rep.full, rep.caps])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), e=(g.corp(rep, dom), "EMAIL_ADDRESS"),
          t=(g.phone(mobile=False), "PHONE_NUMBER"), d=g.date("br"), case=f"{g.n(2024, 2026)}BR{g.d(6)}", d4=g.date("ich"), pv=P(g.person().full))
    return doc


def sa_anvisa(g: Gen) -> Doc:
    """E-mail to ANVISA (role mailbox) with SUSAR notifications, case table and signature."""
    doc = Doc()
    snd = g.person()
    sp = g.pick(SPONSORS)
    dom = g.pick(["novartis.com", "roche.com", "astrazeneca.com", "eurofarma.com.br", "ache.com.br", "libbs.com.br"])
    doc.f("De: «sn» <«se»>\nPara: pesquisaclinica@anvisa.gov.br\nCc: farmacovigilancia@«dom»\nAssunto: Notificação de SUSAR — DEEC «deec» — «st»\n\n"
          "Prezados(as),\n\nEm atendimento à RDC 945/2024, a «sp» (CNPJ «cnpj») notifica os eventos adversos graves inesperados "
          "possivelmente relacionados abaixo, ocorridos em centros brasileiros. Expediente de referência: «exp».\n\n",
          sn=P(snd.full), se=(g.corp(snd, dom), "EMAIL_ADDRESS"), dom=dom, deec=g.neg(11) if g.chance(0.5) else f"{g.d(5)}.{g.d(6)}/{g.n(2023, 2025)}-{g.d(2)}",
          st=g.pick(STUDY_CODES), sp=sp, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), exp=f"{g.d(7)}/{g.n(24, 26)}-{g.d(1)}")
    cols = ["Caso", "Centro", "Investigador", "Registro", "Evento", "CID", "Data início", "Nasc. participante"]
    rows = []
    for _ in range(g.n(3, 5)):
        inv = g.person()
        ev, cid = g.pick(EVENTS)
        rows.append([V(f"{g.n(2024, 2026)}BR{g.d(6)}"), V(g.pick(SITES)[:26]), P(g.pick([inv.full, inv.short, inv.inverted])),
                     (g.council("CRM"), "PROFESSIONAL_ID"), V(ev), V(cid), V(g.date("br")), (g.dob("br", 1940, 1995), "DATE_OF_BIRTH")])
    if g.chance(0.5):
        table_md(doc, cols, rows)
    else:
        table_fixed(doc, cols, rows, sep="  ", rule="-")
    doc.f("\nOs relatórios CIOMS I seguem anexos (participantes identificados apenas por código e iniciais). Informamos ainda que o centro "
          "«c» comunicou o CEP em «d».\n\nAtenciosamente,\n«sn»\n«cargo» — «sp2»\n«t1» | «t2»\n«addr»\n",
          c=g.pick(SITES), d=g.date("br"), sn=P(g.pick([snd.full, snd.short])), cargo=g.pick(["Gerente de Farmacovigilância", "Especialista em Assuntos Regulatórios", "Drug Safety Associate"]),
          sp2=sp, t1=(g.phone(mobile=False, style="plus"), "PHONE_NUMBER"), t2=(g.phone(), "PHONE_NUMBER"),
          addr=g.pick(["Av. Nações Unidas, 14171 — Torre Marble, São Paulo/SP", "Rua Jorge Amado, 200 — Itapevi/SP", "Estrada dos Romeiros, km 38,5"]))
    return doc


def sa_mvr(g: Gen) -> Doc:
    """CRA monitoring-visit report: attendees, findings, action items."""
    doc = Doc()
    cra, pi = g.person(), g.person()
    uf = g.pick(UFS)
    cdom = g.pick(["iqvia.com", "syneoshealth.com", "ppd.com", "auroraclinica.com.br", "lat-research.com.br"])
    doc.f("RELATÓRIO DE VISITA DE MONITORIA (IMV nº «n»)\nProtocolo: «st»   Centro «c» — «site»\nData da visita: «d»   Tipo: «tp»\n"
          "Monitor(a) (CRA): «cra» — «ce» — «ct»\nInvestigador principal: «pi» («crm»)\n\nPARTICIPANTES DA VISITA\n",
          n=g.n(3, 24), st=g.pick(STUDY_CODES), c=site_no(g), site=g.pick(SITES), d=g.date("br"), tp=g.pick(["presencial", "remota (SDV remoto)", "presencial + farmácia"]),
          cra=P(cra.full), ce=(g.corp(cra, cdom), "EMAIL_ADDRESS"), ct=(g.phone(), "PHONE_NUMBER"), pi=P(g.pick([pi.full, pi.short])),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    staff = []
    for _ in range(g.n(3, 4)):
        role, kind = g.pick(ROLES[1:])
        w0 = role.split()[0]
        p = g.person(female=True if w0.endswith("a") else (False if w0.endswith(("or", "o")) else None))
        staff.append(p)
        doc.f("- «n» («r»«sep»«reg»)\n", n=P(g.pick([p.full, p.short])), r=role.lower(),
              **(dict(sep=", ", reg=(g.council(kind, uf), "PROFESSIONAL_ID")) if kind and g.chance(0.7) else dict(sep="", reg="")))
    if g.chance(0.6):
        doc.f("Contatos do centro: «a» / «b»\n", a=(g.corp(staff[0], "hsantarosa.org.br"), "EMAIL_ADDRESS"), b=(g.phone(), "PHONE_NUMBER"))
    doc.t("\nACHADOS\n")
    subj = g.subject()
    w = g.person()
    doc.f("1. Participante «s1»: TCLE v«v» assinado pela testemunha imparcial «w» sem data; o nome d«o» participante («pn») "
          "aparece por extenso no cabeçalho do formulário de coleta enviado ao laboratório central — orientar uso só de código.\n"
          "2. Participante «s2»: EAG (CID «cid») notificado com «h»h de atraso.\n3. Log de temperatura da farmácia com excursão em «dt» "
          "(«temp» °C por «min» min); medicação em quarentena, «w2»\n4. «w3»\n",
          s1=subj, v=g.pick(["3.0", "4.1", "2.0"]), w=P(g.pick([w.full, w.caps])), o=g.pick(["o", "a"]), pn=P((pn := g.person()).full),
          s2=g.subject(), cid=g.pick(CIDS), h=g.n(26, 120), dt=g.date("br"), temp=g.n(9, 14), min=g.n(20, 300),
          w2=g.pick(["aguardando parecer do patrocinador.", "frascos mantidos protegidos da luz.", "seria prudente trocar o data logger."]),
          w3=g.pick(["Sala de monitoria transferida para o prédio da Barão de Mauá (anexo B).",
                     "Arquivo do investigador completo; CV do subinvestigador desatualizado (> 2 anos).",
                     "Equipe relata dificuldade de transporte de participantes de Bento Gonçalves."]))
    doc.t("\nPENDÊNCIAS / AÇÕES\n")
    for i in range(g.n(2, 4)):
        resp = g.pick(staff + [pi])
        doc.f("- [«i»] «a» — resp.: «r» — prazo «d»\n", i=i + 1,
              a=g.pick(["reconsentir participante no TCLE v4.1", "corrigir data no log de delegação", "enviar CV assinado",
                        "atualizar endereço no cadastro: «x»", "queries abertas no EDC (12)", "arquivar comprovante do ressarcimento"]).replace("«x»", "ver ficha"),
              r=P(g.pick([resp.first, resp.short, resp.full])) if g.chance(0.5) else resp.initials, d=g.date("br"))
    doc.f("\nPróxima visita prevista: «d». Relatório revisado por «lead» (Lead CRA).\n", d=g.date("br"), lead=P(g.person().full))
    return doc


def sa_manifest(g: Gen) -> Doc:
    """Sample shipment manifest to the central lab (UN3373), with the courier pick-up receipt."""
    doc = Doc()
    sh, drv = g.person(female=g.chance(0.7)), g.person(female=False)
    lab = g.pick(["Q² Solutions", "Covance Central Labs", "Lab Central Aurora", "LabCorp Brasil", "Laboratório Flor de Lótus"])
    doc.f("MANIFESTO DE ENVIO DE AMOSTRAS — «lab»\nUN3373 Substância Biológica Categoria B   AWB/Conhecimento: «awb»\n"
          "Remetente: Centro «c» — «site»\nResponsável pelo envio: «sh»   Tel.: «t»   E-mail: «e»\nData da coleta/envio: «d»   Temperatura: «temp»\n\n",
          lab=lab, awb=g.pick([g.neg(11), f"{g.d(3)}-{g.d(8)}", f"JD{g.d(18)}"]), c=site_no(g), site=g.pick(SITES),
          sh=P(g.pick([sh.full, sh.short])), t=(g.phone(), "PHONE_NUMBER"), e=(g.corp(sh, g.pick(["hsantarosa.org.br", "icc.org.br", "cpclin.com.br"])), "EMAIL_ADDRESS"),
          d=g.date("br"), temp=g.pick(["ambiente", "refrigerada (2–8 °C)", "congelada (gelo seco, 5 kg)"]))
    cols = ["Kit/Accession", "Participante", "Visita", "Dt nasc.", "Coleta", "Tubo", "Obs."]
    rows = []
    for _ in range(g.n(4, 7)):
        rows.append([V(f"{g.pick(['K', 'ACC', 'Q'])}{g.d(8)}"), V(g.subject()), V(g.pick(["SCR", "V2", "V4", "V6", "EOT", "UNS"])),
                     (g.dob(g.pick(["ich", "br", "iso"]), 1940, 2004), "DATE_OF_BIRTH"), V(f"{g.date('br')} {g.hm()}"),
                     V(g.pick(["EDTA (tampa roxa)", "soro (tampa amarela)", "citrato (tampa azul)", "tubo tampa rosa", "urina"])),
                     V(g.pick(["", "", "hemolisada", "volume insuficiente", "proteger da luz", "2 alíquotas"]))])
    table_fixed(doc, cols, rows, sep=g.pick([" | ", "  ", "\t"]), rule=g.pick(["-", "", "="]))
    doc.f("\nRECIBO DE COLETA (transportadora «tr»)\nMotorista: «dn»   CNH: «cnh»   Veículo placa: «pl»\nColetado em «d» às «h» — assinatura: ______\n"
          "Conferido por: «cf»\n",
          tr=g.pick(["Bortolotto Logística", "Marken", "World Courier", "Transportes Vitória Expresso", "Biocair"]),
          dn=P(g.pick([drv.full, drv.caps, drv.short])), cnh=(g.cnh(), "BR_CNH"), pl=(g.plate(), "LICENSE_PLATE"), d=g.date("br"), h=g.hm(),
          cf=P(g.pick([sh.first, g.person().full])))
    if g.chance(0.5):
        doc.f("Obs.: amostra do participante «s» enviada com etiqueta manuscrita com o nome «n» — laboratório solicitou reetiquetagem.\n",
              s=rows[0][1][0], n=P(g.person().caps))
    return doc


def sa_source(g: Gen) -> Doc:
    """Source document: visit note in the hospital record for a trial visit."""
    doc = Doc()
    pt, md, nu = g.person(), g.person(), g.person(female=g.chance(0.8))
    uf = g.pick(UFS)
    cg = g.relative(pt)
    doc.f("«site» — Prontuário Eletrônico\nPaciente: «n»   Prontuário: «pr»   CNS: «cns»\nDN: «dob»   Mãe: «mae»\n"
          "Convênio: «conv»   Atendimento: «at»\n\n",
          site=g.pick(SITES), n=P(g.pick([pt.caps, pt.full])), pr=g.d(7), cns=(g.cns(), "BR_CNS"), dob=(g.dob(g.pick(["br", "short", "nopad"])), "DATE_OF_BIRTH"),
          mae=P(g.person(female=True).caps) if g.chance(0.7) else "NÃO DECLARADO", conv=g.pick(["SUS", "Pesquisa clínica (custeio patrocinador)", "Unimed"]),
          at=g.neg(11) if g.chance(0.5) else g.d(9))
    doc.f("EVOLUÇÃO — PESQUISA CLÍNICA — «d» «h»\nEstudo «st» — Visita «v». Participante «subj». Comparece acompanhad«o» de «cg» («k»). "
          "Refere «q». Nega «neg». PA «pa» mmHg, FC «fc» bpm, peso «kg» kg.\nEA: «ea» (CID «cid»), grau «gr», «rel».\n"
          "Dispensado kit «kit» (lote «lot»). Orientad«o» a manter o medicamento protegido da luz e a retornar em «ret».\n"
          "Ressarcimento da visita (R$ «rs») pago via Pix.\n\n",
          d=g.date("br"), h=g.hm(), st=g.pick(STUDY_CODES), v=g.pick(["4", "6", "8", "12 (EOT)"]), subj=g.subject(), o=pt.o,
          cg=P(g.pick([cg.first, cg.full, cg.nick])), k=kin(cg), q=g.pick(["náusea leve nos 3 primeiros dias", "melhora da dispneia", "cefaleia ocasional", "sem queixas"]),
          neg=g.pick(["febre", "dor torácica", "sangramentos"]), pa=f"{g.n(100, 160)}x{g.n(60, 100)}", fc=g.n(55, 110), kg=g.n(50, 120),
          ea=g.pick(["náusea", "diarreia", "rash cutâneo", "hipoglicemia", "cefaleia"]), cid=g.pick(CIDS), gr=g.n(1, 3),
          rel=g.pick(["relacionado ao PI", "não relacionado", "possivelmente relacionado"]), kit=g.d(6), lot=f"{g.pick('ABCLMX')}{g.d(5)}",
          ret=g.date("br"), rs=g.money(50, 250))
    doc.f("«dr» «md» — «crm» (subinvestigador«a»)\nColeta e sinais vitais: «nu» — «coren»\n",
          dr=dr(md), md=P(g.pick([md.full, md.short])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), a="a" if md.female else "",
          nu=P(g.pick([nu.full, nu.short])), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Adendo «d»: telefone de contato atualizado para «t»; novo endereço «a», CEP «cep».\n",
              d=g.date("br"), t=(g.phone(), "PHONE_NUMBER"), a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    return doc


def sa_referral(g: Gen) -> Doc:
    """Referral e-mail from an outside physician sending candidate patients to the research site."""
    doc = Doc()
    md, co = g.person(), g.person(female=True)
    uf = g.pick(UFS)
    doc.f("From: «mn» <«me»>\nTo: «cn» <«ce»>\nSubject: Pacientes para o estudo de «area»\n\n«greet» «c1»,\n\nconforme conversamos no congresso, "
          "seguem «k» pacientes do meu ambulatório que parecem preencher os critérios. Já expliquei que é pesquisa e que podem recusar.\n\n",
          mn=P(md.full), me=(g.email(md), "EMAIL_ADDRESS"), cn=P(co.full), ce=(g.corp(co, g.pick(["hsantarosa.org.br", "icc.org.br", "cpclin.com.br", "ipcaurora.com.br"])), "EMAIL_ADDRESS"),
          area=g.pick(["psoríase", "DM2 com obesidade", "IC", "artrite reumatoide", "DPOC"]), greet=g.pick(["Oi", "Cara", "Prezada"]),
          c1=P(co.first), k=(npat := g.n(2, 4)))
    for i in range(npat):
        p = g.person()
        style = g.n(0, 2)
        if style == 0:
            doc.f("«i») «n», «age» anos (DN «dob»), CID «cid». CPF «cpf», cel «t». HbA1c «hb»%.\n", i=i + 1, n=P(p.full), age=g.n(30, 80),
                  dob=(g.dob("br", 1945, 1995), "DATE_OF_BIRTH"), cid=g.pick(CIDS), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"),
                  hb=f"{g.n(6, 11)},{g.d(1)}")
        elif style == 1:
            doc.f("«i») «n» — nasc. «dob» — CNS «cns» — «cid» — mora em «city», fone «t» (falar com «cg»)\n", i=i + 1, n=P(p.caps),
                  dob=(g.dob(g.pick(["br", "short"]), 1945, 1995), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), cid=g.pick(CIDS),
                  city=g.pick(["Presidente Prudente", "Santa Rosa", "Vitória", "Bento Gonçalves", "Aurora"]), t=(g.phone(), "PHONE_NUMBER"),
                  cg=P(g.relative(p).first))
        else:
            doc.f("«i») «n» (prontuário «pr»), «cid», «dob», e-mail «e». Sem plano de saúde; endereço «a», CEP «cep».\n", i=i + 1,
                  n=P(g.pick([p.short, p.low])), pr=g.d(6), cid=g.pick(CIDS), dob=(g.dob("iso", 1945, 1995), "DATE_OF_BIRTH"),
                  e=(g.email(p), "EMAIL_ADDRESS"), a=(g.address(g.pick(["text", "low"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("\nSe precisar dos exames me liga no «t». «w»\n\nAbs,\n«mn»\n«crm»\n«clin»\n",
          t=(g.phone(), "PHONE_NUMBER"), w=g.pick(["Seria prudente ver a terceira antes das férias.", "Obrigado!", "Qualquer coisa fala com a minha secretária, " + "«sec»."]),
          mn=P(g.pick([md.short, md.full])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          clin=g.pick(["Clínica Amado & Branco", "Consultório — Ed. Aurora, sala 904", "Ambulatório de Reumatologia — UBS Vila Rosa"]))
    if "«sec»" in doc.text:
        i = doc.text.index("«sec»")
        s = g.person(female=True).first
        doc.text = doc.text[:i] + s + doc.text[i + 5:]
        shift = len(s) - 5
        for sp in doc.spans:
            if sp["start"] > i:
                sp["start"] += shift
                sp["end"] += shift
        doc.spans.append({"start": i, "end": i + len(s), "label": "PERSON"})
    return doc


def sa_pharmacy(g: Gen) -> Doc:
    """Investigational product dispensing / accountability log of the site pharmacy."""
    doc = Doc()
    ph = g.person()
    uf = g.pick(UFS)
    doc.f("FARMÁCIA DE PESQUISA — CONTROLE DE DISPENSAÇÃO E DEVOLUÇÃO DO PRODUTO SOB INVESTIGAÇÃO\nProtocolo «st» | Centro «c» | "
          "Farmacêutic«o» responsável: «ph» («crf»)\nArmazenamento: 2–8 °C, proteger da luz\n\n",
          st=g.pick(STUDY_CODES), c=site_no(g), o=ph.o, ph=P(g.pick([ph.full, ph.caps])), crf=(crf0 := g.council("CRF", uf), "PROFESSIONAL_ID"))
    disp = [g.person() for _ in range(2)]
    crfs = {id(p): g.council("CRF", uf) for p in disp}
    crfs[id(ph)] = crf0
    rub = g.chance(0.6)
    cols = ["Data", "Participante", "Kit", "Lote", "Qtd", "Rubrica farm." if rub else "Dispensado por", "Registro", "Retirado por", "Doc. retirante", "Devolução"]
    rows = []
    for _ in range(g.n(4, 7)):
        d = g.pick(disp + [ph])
        pt = g.person()
        rows.append([V(g.date("br")), V(g.subject()), V(g.d(6)), V(f"{g.pick('ABLMX')}{g.d(5)}"), V(str(g.n(1, 4))),
                     P(g.pick([d.short, d.first + " " + d.last[0] + "."])) if g.chance(0.3) else P(d.short), (crfs[id(d)], "PROFESSIONAL_ID"),
                     P(g.pick([pt.full, pt.caps, pt.short, g.relative(pt).full])) if g.chance(0.6) else V(g.pick(["o próprio", "próprio", "participante", "a própria"])),
                     g.pick([(g.rg(), "BR_RG"), (g.cpf(), "BR_CPF"), V("—")]),
                     V(g.pick(["—", f"{g.n(0, 20)} cp", "frasco vazio", "não devolveu"]))])
    for r in rows:
        if r[5][0].endswith("."):
            r[5] = P(r[5][0].split()[0])
        if rub:
            r[5] = V("".join(w[0] for w in r[5][0].split()).upper())
    table_fixed(doc, cols, rows, frame=g.chance(0.4), sep=g.pick([" | ", " ; "]))
    doc.f("\nNota: excursão de temperatura em «d» (máx «t» °C) registrada por «n»; notificado «cra» (CRA). Kits «k1» e «k2» em quarentena.\n"
          "Conferência mensal: «n2» / «d2»\n",
          d=g.date("br"), t=g.n(9, 15), n=P(g.pick(disp).full), cra=P(g.person().full), k1=g.d(6), k2=g.d(6), n2=P(ph.short), d2=g.date("br"))
    return doc


SA_TEMPLATES = [sa_sae, sa_anvisa, sa_mvr, sa_manifest, sa_source, sa_referral, sa_pharmacy]


# =========================================================================== financeiro

BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6")]


def fi_pixbatch(g: Gen) -> Doc:
    """Pix reimbursement batch (CSV) of participants, prepared by the site's finance and approved by the coordinator."""
    doc = Doc()
    ap, pr = g.person(), g.person()
    doc.f("lote_ressarcimento_«st»_«d».csv — preparado por «pr» — aprovado por «ap» em «d2»\n",
          st=g.pick(STUDY_CODES).lower(), d=g.date("compact"), pr=P(pr.short), ap=P(g.pick([ap.full, ap.short])), d2=g.date("br"))
    sep = g.pick([";", ","])
    cols = ["participante_id", "nome_favorecido", "cpf_favorecido", "tipo_chave", "chave_pix", "valor", "visita", "descricao", "status"]
    tel = g.chance(0.5)
    if tel:
        cols.append("tel_contato")
    rows = []
    for _ in range(g.n(5, 8)):
        c = g.person()
        kt = g.pick(["aleatoria", "aleatoria", "cpf", "email", "celular", "aleatoria"])
        cpf = g.cpf_digits()
        cpf_s = g.pick([fmt_cpf(cpf), cpf])
        key = {"aleatoria": (g.uuid(), "PIX_KEY"), "cpf": (cpf_s, "BR_CPF"), "email": (g.email(c), "EMAIL_ADDRESS"),
               "celular": (g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER")}[kt]
        rows.append([V(g.subject()), P(g.pick([c.caps, c.full, c.caps])), (cpf_s, "BR_CPF"), V(kt), key,
                     V(g.money(35, 420).replace(".", "")), V(g.pick(["V2", "V3", "V4", "V5", "V6", "UNS"])),
                     V(g.pick(["transporte", "transporte+alimentacao", "acompanhante", "alimentacao"])),
                     V(g.pick(["PENDENTE", "PAGO", "PAGO", "REJEITADO"]))] + ([(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER")] if tel else []))
    table_csv(doc, cols, rows, sep=sep)
    doc.f("\n# total: R$ «t» | «n» favorecidos | E2E dos pagos: ver extrato (ex.: E«e2e»)\n# «ob»\n",
          t=g.money(400, 3000), n=len(rows), e2e=f"{g.d(8)}{g.date('compact')}{g.d(4)}{g.hexs(7)}".upper(),
          ob=g.pick(["chave aleatória conferida com o participante por telefone", "REJEITADO = chave não encontrada no DICT, pedir nova chave",
                     "pagar acompanhante no CPF do próprio acompanhante, não do participante"]))
    return doc


def fi_recibo(g: Gen) -> Doc:
    """Signed reimbursement receipt (transport and meals) filled in by hand and typed by the site."""
    doc = Doc()
    pt = g.person()
    bank = g.pick(BANKS)
    city, uf = g.city()
    comp = g.relative(pt) if g.chance(0.5) else None
    c1, c2, c3 = g.n(2000, 30000), g.n(1500, 8000), g.n(2000, 20000) if comp else 0
    brl = lambda c: f"{c // 100:,}".replace(",", ".") + f",{c % 100:02d}"
    doc.f("RECIBO DE RESSARCIMENTO DE DESPESAS — PARTICIPANTE DE PESQUISA\n(«res», item II.21)\n\n"
          "Eu, «n», RG «rg», CPF «cpf», residente na «a», bairro «b», «city»/«uf», CEP «cep», telefone «t», participante do estudo «st» "
          "(nº «subj»), declaro ter recebido do «site» a quantia de R$ «v», referente a:\n",
          res=g.pick(LAWS[:2]), n=P(g.pick([pt.full, pt.caps])), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"),
          a=(g.address(g.pick(["text", "text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"), st=g.pick(STUDY_CODES), subj=g.subject(), site=g.pick(SITES), v=brl(c1 + c2 + c3))
    doc.f("  [X] transporte ida e volta («mode»)  R$ «a1»\n  [X] alimentação  R$ «a2»\n  [«x»] acompanhante«comp»  R$ «a3»\n",
          mode=g.pick(["ônibus intermunicipal", "aplicativo", "táxi", "carro próprio — «km» km".replace("«km»", str(g.n(20, 300)))]),
          a1=brl(c1), a2=brl(c2), x="X" if comp else " ", comp="", a3=brl(c3))
    if comp:
        doc.text = doc.text.rstrip("\n")
        idx = doc.text.rfind("  R$")
        tail = doc.text[idx:]
        doc.text = doc.text[:idx]
        doc.t(": ").e(g.pick([comp.full, comp.first]), "PERSON").t(", CPF ").e(g.cpf(), "BR_CPF").t(tail + "\n")
    pay = g.pick(["pix", "ted", "especie"])
    if pay == "pix":
        doc.f("Forma de pagamento: Pix — chave «k»\n", k=g.pick([(g.uuid(), "PIX_KEY"), (g.uuid(), "PIX_KEY"), (g.email(pt), "EMAIL_ADDRESS")]))
    elif pay == "ted":
        doc.f("Forma de pagamento: transferência — Banco «bc» («bn»), ag. «ag», c/c «cc», titular: o(a) próprio(a) participante\n",
              bc=bank[0], bn=bank[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.t("Forma de pagamento: em espécie, no balcão da recepção (comprovante da tesouraria nº " + g.d(6) + ")\n")
    doc.f("\nO ressarcimento não constitui remuneração pela participação. «city», «d».\n\n___________________________\n«n2»\n\n"
          "Recebido/conferido por: «cf» — «role»\n",
          city=city, d=g.date("long"), n2=P(g.pick([pt.full, pt.caps])), cf=P(g.person().full),
          role=g.pick(["Coordenação de estudos", "Tesouraria", "Secretaria do centro"]))
    return doc


def fi_rpa(g: Gen) -> Doc:
    """RPA (recibo de pagamento a autônomo) for a physician's fee paid by the CRO."""
    doc = Doc()
    p = g.person()
    cro = g.pick(CROS)
    bank = g.pick(BANKS)
    city, uf = g.city()
    bruto = g.n(1500, 18000)
    inss = round(bruto * 0.11, 2)
    irrf = round(max(0, bruto * 0.275 - 896), 2)
    doc.f("RECIBO DE PAGAMENTO A AUTÔNOMO — RPA nº «n»\nFONTE PAGADORA: «cro» — CNPJ «cnpj»\n\n"
          "PRESTADOR: «nm»\nCPF: «cpf»   NIT/PIS: «pis»   RG: «rg»«tl»«te»\nData de nascimento: «dob»   «crm»\nEndereço: «a» — «city»/«uf» — CEP «cep»\n\n",
          n=g.d(5), cro=cro, cnpj=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"), nm=P(g.pick([p.caps, p.full])), cpf=(g.cpf(), "BR_CPF"),
          pis=(g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"),
          **(dict(tl="", te="") if g.chance(0.6) else dict(tl="   Título eleitoral: ", te=(g.titulo(), "BR_TITULO_ELEITOR"))), dob=(g.dob(g.pick(["br", "dot", "iso"]), 1950, 1995), "DATE_OF_BIRTH"),
          crm=(g.council(g.pick(["CRM", "CRM", "CRF", "CRN", "CREFITO"]), uf), "PROFESSIONAL_ID"), a=(g.address(), "ADDRESS"), city=city, uf=uf,
          cep=(g.cep(), "BR_CEP"))
    fmt = lambda v: f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    doc.f("SERVIÇO: «srv» — estudo «st», período «m»\n\nValor bruto ........... R$ «b»\n(-) INSS 11% .......... R$ «i»\n(-) IRRF .............. R$ «ir»\n"
          "(-) ISS «iss»% ........... R$ «is»\nValor líquido ......... R$ «l»\n\nCrédito em conta: Banco «bc» — agência «ag» — conta «cc»\n",
          srv=g.pick(["avaliação de elegibilidade (adjudicação)", "leitura central de ECG", "consultoria médica — comitê de adjudicação",
                      "aulas de treinamento GCP para equipe"]), st=g.pick(STUDY_CODES), m=f"{MONTHS[g.n(0, 11)]}/{g.n(2024, 2026)}",
          b=fmt(bruto), i=fmt(inss), ir=fmt(irrf), iss=g.pick(["2", "5"]), is_=None, l=fmt(bruto - inss - irrf), bc=f"{bank[0]} ({bank[1]})",
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), **{"is": fmt(bruto * 0.02)})
    doc.f("\nDeclaro ter recebido a importância líquida acima. «city2», «d».\n\nAssinatura: ________  «nm»\nAprovado: «ap» (Finance) | Centro de custo «cc»\n",
          city2=g.pick(["São Paulo", "Porto Alegre", "Barueri"]), d=g.date("br"), nm=P(g.pick([p.full, p.short])), ap=P(g.person().full), cc=g.d(6))
    return doc


def fi_travel(g: Gen) -> Doc:
    """Travel booking for a participant and companion, with the ride receipt attached (e-mail from the travel agency)."""
    doc = Doc()
    ag_p, pt = g.person(), g.person()
    comp = g.relative(pt)
    doc.f("De: «an» — Viagens Rosa dos Ventos Turismo <«ae»>\nPara: viagens.estudos@«dom»\nAssunto: Emissão — «pn» + acompanhante — estudo «st»\n\n"
          "Olá, segue emissão solicitada pela coordenação:\n\n",
          an=P(ag_p.full), ae=(g.corp(ag_p, "rosadosventos.tur.br"), "EMAIL_ADDRESS"), dom=g.pick(["ipcaurora.com.br", "auroraclinica.com.br", "lat-research.com.br"]),
          pn=P(pt.short), st=g.pick(STUDY_CODES))
    for who, rel in ((pt, "participante"), (comp, "acompanhante")):
        doc_kind = g.pick(["RG", "CNH", "RG"])
        docv = (g.rg(), "BR_RG") if doc_kind == "RG" else (g.cnh(), "BR_CNH")
        doc.f("PAX «i» («rel»): «n»\n  Nasc.: «dob»  Doc.: «dk» «dv»  CPF: «cpf»\n  Cel.: «t»  E-mail: «e»\n",
              i=1 if rel == "participante" else 2, rel=rel, n=P(g.pick([who.caps, who.full])),
              dob=(g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH"), dk=doc_kind, dv=docv, cpf=(g.cpf(), "BR_CPF"),
              t=(g.phone(), "PHONE_NUMBER"), e=(g.email(who), "EMAIL_ADDRESS") if g.chance(0.7) else "não informado")
    doc.f("\nTrecho: «o» → «d» em «dt» («mode»), volta «dt2». Localizador «loc». Tarifa total R$ «v».\n"
          "Pagamento: cartão corporativo «card» (titular «ct»), fatura «fat».\n\n",
          o=g.pick(["Juazeiro do Norte", "Santa Rosa", "Aurora", "Montes Claros", "Caruaru"]), d=g.pick(["Fortaleza", "Porto Alegre", "Barretos", "Belo Horizonte", "Recife"]),
          dt=g.date("br"), mode=g.pick(["ônibus leito", "voo AD 4471", "voo G3 1902", "ônibus executivo"]), dt2=g.date("br"),
          loc=g.pick(["XQ7T2M", "KJ8PLA", "QWE4RT", "B7HH2N"]), v=g.money(300, 3500), card=(g.card(), "CREDIT_CARD"), ct=P(g.person().full),
          fat=g.neg(11))
    drv = g.person(female=g.chance(0.2))
    doc.f("Recibo de transporte (aplicativo/táxi) anexado pelo participante:\n  Motorista: «dn»   Veículo: «car» placa «pl»\n  Origem: «a»  →  «site»\n"
          "  Valor: R$ «v»   Corrida nº «c»\n\nQualquer alteração, me chame no «t».\n«an2»\n",
          dn=P(g.pick([drv.short, drv.first, drv.first + " " + drv.last[0] + "."]).replace(".", "").rstrip()), car=g.pick(["Onix prata", "HB20 branco", "Spin", "Corolla preto", "Logan"]),
          pl=(g.plate(), "LICENSE_PLATE"), a=(g.address(g.pick(["text", "low"])), "ADDRESS"), site=g.pick(SITES), v=g.money(15, 180), c=g.hexs(10).upper(),
          t=(g.phone(), "PHONE_NUMBER"), an2=P(ag_p.first))
    return doc


def fi_expense(g: Gen) -> Doc:
    """CRA expense report of a monitoring trip (corporate card, rental car, per diem) exported from the expense tool."""
    doc = Doc()
    cra, ap = g.person(), g.person()
    bank = g.pick(BANKS)
    doc.f("RELATÓRIO DE DESPESAS — «n»\nColaborador(a): «c»   CPF: «cpf»   PIS: «pis»   Matrícula: «mat»   Centro de custo: CLIN-OPS-«cc»\n"
          "Viagem: visita de monitoria ao centro «site» («city»), protocolo «st»\nPeríodo: «d1» a «d2»\n\n",
          n=f"EXP-{g.d(7)}", c=P(g.pick([cra.full, cra.inverted])), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), mat=g.d(6), cc=g.d(3), site=site_no(g),
          city=g.pick(["Presidente Prudente", "Bento Gonçalves", "Vitória", "Santa Rosa", "Barretos"]), st=g.pick(STUDY_CODES),
          d1=g.date("br"), d2=g.date("br"))
    cols = ["Data", "Categoria", "Fornecedor", "Valor R$", "Pagamento", "Obs."]
    card = g.card(False)
    rows = []
    for _ in range(g.n(4, 7)):
        cat = g.pick(["Hospedagem", "Alimentação", "Locação veículo", "Combustível", "Táxi/app", "Estacionamento"])
        vend = {"Hospedagem": g.pick(["Hotel Aurora Palace", "Ibis Vitória", "Pousada Flor do Campo"]),
                "Alimentação": g.pick(["Restaurante Bento Grill", "Padaria Rosa de Ouro", "Churrascaria Prudente"]),
                "Locação veículo": g.pick(["Localiza", "Movida", "Unidas"]), "Combustível": g.pick(["Posto Branco", "Posto Ipiranga BR-116"]),
                "Táxi/app": "99/Uber", "Estacionamento": "Estapar"}[cat]
        pay = (card, "CREDIT_CARD") if g.chance(0.45) else V(g.pick([f"cartão final {card[-4:]}", f"{card[:4]} **** **** {card[-4:]}", "reembolso (pessoal)"]))
        obs = V("")
        if cat == "Locação veículo":
            obs = (g.plate(), "LICENSE_PLATE")
        elif cat == "Combustível":
            obs = (g.plate(), "LICENSE_PLATE") if g.chance(0.5) else V("nota fiscal ilegível")
        rows.append([V(g.date("br")), V(cat), V(vend), V(g.money(15, 900)), pay, obs])
    table_fixed(doc, cols, rows, frame=g.chance(0.5), sep=" | ")
    doc.f("\nReembolso (itens pessoais) em conta: «bn» ag. «ag» cc «cc»\nAprovação gestor: «ap» em «d»   |   Auditoria: «au»\n"
          "Comentário de «ap1»: «cm»\n",
          bn=bank[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), ap=P(ap.full), d=g.date("br"), au=P(g.person().short),
          ap1=P(ap.first), cm=g.pick(["diária de alimentação acima da política, aprovado por exceção", "anexar comprovante do estacionamento",
                                     "ok", "a locação foi feita no CPF do colaborador, não no corporativo — corrigir"]))
    return doc


def fi_prepaid(g: Gen) -> Doc:
    """Issuance log of prepaid reimbursement cards for participants (CSV from the card vendor's portal)."""
    doc = Doc()
    op = g.person()
    doc.f("Portal ClinPay — Relatório de emissão de cartões pré-pagos de ressarcimento\nCliente: «sp» | Estudo «st» | Gerado por «op» em «d» «h»\n\n",
          sp=g.pick(SPONSORS), st=g.pick(STUDY_CODES), op=P(op.full), d=g.date("br"), h=g.hm())
    cols = ["id_participante", "nome_portador", "cpf", "dt_nasc", "numero_cartao", "celular", "endereco_entrega", "cep", "uf", "status"]
    rows = []
    for _ in range(g.n(3, 5)):
        c = g.person()
        rows.append([V(g.subject()), P(g.pick([c.caps, c.full])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.dob(g.pick(["iso", "br"])), "DATE_OF_BIRTH"), (g.card(), "CREDIT_CARD"), (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"),
                     (g.address(g.pick(["caps", "text"])), "ADDRESS"), (g.cep(), "BR_CEP"), V(g.pick(UFS)),
                     V(g.pick(["ATIVO", "ENVIADO", "BLOQUEADO", "AGUARD. ATIVAÇÃO"]))])
    table_csv(doc, cols, rows, sep=g.pick([";", ","]))
    doc.f("\nRecargas do mês: «n» | total R$ «t». Cartão «mk» cancelado a pedido («mot»). Suporte ao portador: «tel».\n",
          n=g.n(5, 40), t=g.money(500, 9000), mk=f"{g.d(4)} **** **** {g.d(4)}", mot=g.pick(["perda", "óbito do participante", "retirada do TCLE"]),
          tel=(g.pick([f"0800 {g.d(3)} {g.d(4)}", g.phone(mobile=False)]), "PHONE_NUMBER"))
    return doc


def fi_return(g: Gen) -> Doc:
    """Bank return e-mail (TED/Pix devolvidos) listing rejected participant payments."""
    doc = Doc()
    an, fin = g.person(), g.person()
    doc.f("De: «an» <«ae»>\nPara: «fn» <«fe»>\nAssunto: Devoluções lote «lote» — ressarcimento participantes\n\n«fn1», boa tarde.\n\n"
          "O banco devolveu os créditos abaixo do lote «lote» (arquivo CNAB «arq»). Preciso dos dados corrigidos até «d» para reprocessar:\n\n",
          an=P(an.full), ae=(g.corp(an, "auroraclinica.com.br"), "EMAIL_ADDRESS"), fn=P(fin.full), fe=(g.corp(fin, g.pick(["icc.org.br", "hsantarosa.org.br", "cpclin.com.br"])), "EMAIL_ADDRESS"),
          fn1=P(fin.first), lote=g.d(6), arq=f"REM{g.d(8)}.REM", d=g.date("br"))
    cols = ["Favorecido", "CPF", "Banco", "Agência", "Conta", "Valor", "Nosso número", "Motivo"]
    rows = []
    for _ in range(g.n(3, 6)):
        c = g.person()
        bank = g.pick(BANKS)
        rows.append([P(g.pick([c.caps, c.inv_caps, c.full])), (g.cpf(), "BR_CPF"), V(bank[0]), (g.agency(), "BANK_ACCOUNT"),
                     (g.account(), "BANK_ACCOUNT"), V(g.money(40, 400)), V(g.neg(11)),
                     V(g.pick(["AG/CONTA INVÁLIDA", "CPF DIVERGENTE DO TITULAR", "CONTA ENCERRADA", "CHAVE PIX INEXISTENTE", "CONTA POUPANÇA/TIPO INCORRETO"]))])
    table_fixed(doc, cols, rows, sep=g.pick(["  ", " | "]), rule=g.pick(["-", ""]))
    c0 = rows[0][0][0]
    doc.f("\nNo caso de «c0», a conta informada é da filha («fl»), por isso o CPF não bate — pode pagar via Pix na chave «k»? "
          "«w»\n\n«an1»\nTesouraria — Aurora Pesquisa Clínica Ltda (CNPJ «cnpj»)\n«t»\n",
          c0=P(c0), fl=P(g.person(female=True).first), k=(g.uuid(), "PIX_KEY"),
          w=g.pick(["Os demais já foram corrigidos na planilha.", "Seria prudente pedir comprovante de titularidade.", "O resto vai no próximo lote de sexta."]),
          an1=P(an.first), cnpj=(g.cnpj(), "BR_CNPJ"), t=(g.phone(mobile=False), "PHONE_NUMBER"))
    return doc


FI_TEMPLATES = [fi_pixbatch, fi_recibo, fi_rpa, fi_travel, fi_expense, fi_prepaid, fi_return]


# =========================================================================== build and checks

TEMPLATES = {
    "atendimento": [at_screening, at_whatsapp, at_dpo, at_leads, at_ficha, at_helpdesk, at_reminders],
    "juridico": JU_TEMPLATES,
    "saude": SA_TEMPLATES,
    "financeiro": FI_TEMPLATES,
}

CPF_LIKE = re.compile(r"(?<![\w.\-/])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\w\-/]|\.\d)")


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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|prof|profa)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(dpo|cep|sac|pesquisa\.clinica|farmacovigilancia|juridico)@", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|CRF|OAB|CRBM|CRN|CREFITO|CRP|CRO)\b", v), (record["id"], v)
    # hard negatives: every unlabelled CPF-shaped number (11 digits, bare or dotted) fails the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in CPF_LIKE.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
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
    print("sixtyeighth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
