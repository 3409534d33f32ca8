"""Build the twenty-eighth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_twentyeighth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 28,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: insurance, banking back office and collections, the
way personal data sits in claims, KYC and recovery work. Call-centre screens typed in capitals
and shorthand ("SEG INFORMA QUE...", "QDO", "VEIC", "PL"), pipe-separated dispatch logs, CSV
work queues of collection agencies, WhatsApp exports, chats with a virtual assistant, letters
and notices in legal Portuguese, TISS health-plan guides, KYC dossiers with key: value fields,
JSON log lines of Open Finance consents, bank-statement excerpts.
- atendimento: a first notice of loss of an auto claim (aviso de sinistro) typed by the
  attendant (insured, driver, third party, plates); a roadside-assistance (assistência 24h)
  dispatch log (customer waiting at an address or on a highway km, tow driver, taxi home); a
  bank ombudsman case (customer's own words, analyst, ombudsman); a card-dispute
  (contestação/chargeback) chat where the customer types the full card number; a collections
  work-queue export (CSV, sometimes with nome/sobrenome columns) with operators' notes; a
  WhatsApp negotiation between a collections agent and a debtor (creditor's random Pix key,
  boleto line); a consórcio customer record (spouse, insurance beneficiary, FGTS/PIS, refund
  account).
- juridico: a fraud-investigation report (sindicância) of a theft/collision claim with
  witnesses; a subrogation/recovery letter to the third party (art. 786 CC); an extrajudicial
  collection notice to debtor and guarantor with the delivery receipt; a bank's answer to a
  BACEN RDR or PROCON complaint with the access log (IPs); a power of attorney for a claim with
  the notary's stamp or an e-signature log; an internal legal opinion on a disputed
  life-insurance benefit (deceased, ex-spouse, children, partner); a total-loss release and
  salvage-transfer term with witnesses.
- saude: a SP/SADT prior-authorisation guide with the operator's medical audit; a written
  coverage denial (RN 395) to the beneficiary; a reimbursement claim with receipts of
  physicians, psychologists, physiotherapists and dentists; a medical report for a disability
  (invalidez) claim with the insurer's examiner's opinion; a dental treatment guide (GTO) with
  the upload log; a clinic's appeal against billing denials (recurso de glosa, CSV); a
  life-insurance proposal with the health declaration (DPS) and beneficiaries.
- financeiro: a KYC dossier of an individual (document, mother's name, biometrics, device IP,
  PEP relative, Pix key registered); a company due diligence (partners, beneficial owner,
  attorney, bank references); a credit analysis memo (applicant, spouse, guarantor, collateral
  vehicle); an Open Finance consent log (JSON lines); a Pix MED fraud dispute (victim,
  receiving account, the fraudster's random key); a payroll-loan (consignado INSS) contract read
  back in a recorded call; a suspicious-activity note (COAF style) with statement lines.

Conventions (the twentieth set's, with the later sets' decisions where they apply): PERSON
covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.", "d.", "dona", "seu", "SR"; particles
inside a name (de, da, dos, e) are part of it; "SURNAME, Given" is one span; nicknames and
first names alone are persons (also lower case, as typed by customers); nome/sobrenome columns
are one span each. Insured persons, drivers, third parties, debtors, guarantors, spouses,
relatives, beneficiaries, witnesses, notaries' clerks, recipients of registered mail,
fraudsters named as payees, Pix payers in statement lines, and staff named in the text
(attendants, specialists, operators, supervisors, analysts, ombudsmen, investigators, claims
adjusters, lawyers, physicians, dentists, auditors, insurance brokers, tow-truck drivers) are
persons. Logins ("atd.rbezerril", "wcolque"), system accounts ("sistema"), social-media handles
("@bruno_oficial"), speaker roles
(CLIENTE, OPERADORA) and virtual-assistant names ("Aurora", "Luz", "Bia", "Celeste" as the
bank's bot) are not. Companies are not persons even when named after people or with a word
name (Retífica Sobreira & Filhos, Policlínica Dr. Abdias Landim, Distribuidora Arcoverde
Ltda., Aurora Seguros, Banco Celeste, Guincho Rosa dos Ventos, Prudente Saúde), nor are law
firms, places (Presidente Prudente, Bento Gonçalves, Vitória da Conquista) or streets named
alone ("na Praça Marechal Deodoro", "AV PRUDENTE DE MORAIS" in an accident narrative).
Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (sinistro.auto@, ouvidoria@,
cobranca@, autorizacoes@, consignado@) are not labelled. ADDRESS is street type + name +
number + complement (bairro, city, UF and CEP outside) of a person's home or of the street
address where a customer is waiting for roadside assistance; a company's address (a
workshop, a company's head office, a dispatcher's office) is not labelled, nor is a highway
point ("BR-116, km 340") or a street without number where an accident happened. Every CEP is
BR_CEP, a company's too. Phone numbers with an area code are PHONE_NUMBER (a law firm's
landline and the WhatsApp sender header too); 0800 numbers are not. Agency and account are
separate BANK_ACCOUNT spans whoever holds the account (an insurer's account for a refund
too, and the branchCode/number fields of the Open Finance log); bank codes ("banco 756",
"(104)") and names are not. DATE_OF_BIRTH only for birth dates (ISO in KYC fields, "11 de
janeiro de 1956" read out in a call); dates of events, claims, death, issue, signature,
contemplation and due dates are not. PROFESSIONAL_ID includes the council acronym, UF and any
"nº" ("CRM/SP 123456", "CRM/BA nº 136586", "OAB-SP nº 156618", "CRO-MG nº 227854", "CRP
03/82059", "CREFITO-3/123456-F").

Decisions for this register: a dentist's council number (CRO) is PROFESSIONAL_ID; RQE
(specialist registration), SUSEP broker registrations, FEBRABAN/ANEPS certification numbers,
DETRAN dispatcher credentials, CBO codes, ANS registrations, TUSS codes and glosa codes are
not labelled. The INSS benefit number (NB) is not labelled; the NIT of the same person is
BR_PIS, as is a PIS given for FGTS use. Health-plan card numbers (carteira), guide, lot,
policy (apólice), claim (sinistro), contract, CCB, consórcio group/quota, agreement, protocol,
RDR, FA, BO, SISCOAF and AR numbers, RENAVAM, chassis numbers, death-certificate
registrations, notary seals, e-signature hashes, EndToEndIds, Open Finance consent ids and
MED notification ids (UUIDs that are not Pix keys) are not labelled. PIX_KEY only for
random (UUID) keys stated as Pix keys: a creditor bank's, an insurer's, a customer's
registered key, a beneficiary's for reimbursement, the fraudster's key in a MED dispute, the
"proxy" of a Pix payment consent. CREDIT_CARD only for full card numbers (typed by a customer
in a chat or a WhatsApp message, noted by a collections operator); masked cards ("final
6359", "XXXX.XXXX.XXXX.5232") are not labelled. Masked CPFs in statement lines ("***.325.025-**")
are not labelled. LICENSE_PLATE for old (ABC-1234, ABC1234) and Mercosul (ABC1D23) plates of
any vehicle (insured's, third party's, tow truck's, collateral). IP_ADDRESS for every IPv4 in
these records (customers' sessions, e-signatures, uploads, device checks). BR_RG in the SP form
with its check digit or as "MG-12.345.678"; the issuing body is outside the span. The RG
given as a recipient's document on a delivery receipt is BR_RG.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Gilmarcos, Wesklei, Nayhara, Darlúcia, Gleyciane; Italian, German, Japanese/Okinawan,
Lebanese, Korean, Chinese, Ukrainian, Haitian, Venezuelan, Angolan, Senegalese,
Bolivian/Peruvian, indigenous, Jewish), at least a quarter of the name words rare or
invented; names that are also words (Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória,
Aurora, Branco, Graça, Celeste, Justo, Fiel, Constante) next to the same words used as words
("com pouca luz", "sinal verde", "Luz Divina" in a street) and in companies, bots, streets and
places (Aurora Seguros, the bot "Luz", Rua Rosa Branca, Presidente Prudente), which are not
persons. Forms: full names, ALL CAPS with or without accents, lower case, "SURNAME, Given",
first name alone, nicknames quoted in an investigation ("vulgo \"Jurema\"").

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(SAC protocols, RENAVAM), laws and rules ("Lei 13.709/2018", "Resolução BCB nº 1/2020",
"Circular SUSEP 621/2021", "RN 465/2021", "art. 786 do Código Civil", "Súmula 188 do STF"),
ICD-10 codes, TUSS codes, money, protocol, claim, policy, contract and agreement numbers, boleto
lines, company names containing surnames or word names, dates that are not birth dates. The
check below verifies the check digits of every labelled identifier and that no unlabelled
digit run shaped like a CPF (11 digits or dotted), a título (12), a CNS (15) or a card (16)
passes its check.
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
SEED = 28
ORD = "twentyeighth"

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
ORDS = ["primeiro", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze",
        "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte", "vinte e um",
        "vinte e dois", "vinte e três", "vinte e quatro", "vinte e cinco", "vinte e seis", "vinte e sete",
        "vinte e oito"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Renata", "Vanessa", "Carolina", "Bianca", "Daniela", "Eliane", "Márcia", "Kátia", "Rosana", "Lúcia",
        "Helena", "Alice", "Lívia", "Cecília", "Bruna", "Jéssica", "Thaís", "Sueli", "Regina", "Vera Lúcia",
        "Maria Aparecida", "Ana Paula", "Fernanda", "Patrícia", "Juliana", "Camila", "Adriana", "Simone",
        "Luciana", "Tatiane", "Priscila", "Larissa", "Gabriela", "Mariana", "Maria das Dores", "Francisca",
        "Beatriz", "Sandra", "Cristiane", "Roberta", "Marta", "Isabela"]
RARE_F = ["Josilene", "Zuleide", "Edvânia", "Gercina", "Marlucia", "Claudineia", "Ozenira", "Raimunda Nonata",
          "Leidiane", "Rosimeire", "Eronildes", "Vaneide", "Ednalva", "Maciléia", "Deuzuite", "Alzenir", "Kamilly",
          "Gleyciane", "Joyciane", "Taynná", "Crisleide", "Valmira", "Jozélia", "Francinete", "Gildete", "Clebiane",
          "Lauanny", "Dheyse", "Wérica", "Adenilde", "Quitéria", "Joselma", "Rozimar", "Zenóbia", "Nailde",
          "Jeruza", "Aucilene", "Teodolina", "Kethellen", "Ysadora", "Iraildes", "Eurídice", "Lindalva",
          "Maryellen", "Sheyla Rayane", "Edileuza", "Gracilene", "Elisnete", "Rosenilda", "Darlúcia",
          "Nayhara", "Jaquelini", "Luzinete", "Auricélia"]
PT_M = ["Marcelo", "Alexandre", "Fernando", "Paulo", "Sérgio", "Luiz Carlos", "Carlos Eduardo", "Wagner",
        "Cláudio", "André", "Renato", "Júlio César", "Otávio", "Caio", "Enzo", "Davi", "Samuel", "Pedro Henrique",
        "Felipe", "Marcos", "Jorge", "Nelson", "Rodrigo", "Mauro", "Wellington", "Fábio", "Ricardo", "Rafael",
        "Gustavo", "Thiago", "Bruno", "Leandro", "Diego", "João Victor", "Antônio", "José Carlos", "Roberto",
        "Eduardo", "Vinícius", "Francisco", "Luís Fernando"]
RARE_M = ["Aldemir", "Edilson", "Genival", "Josimar", "Uelinton", "Reginauro", "Juvenal", "Ozéas", "Valdeci",
          "Cleidson", "Gilvan", "Ivonaldo", "Erisvaldo", "Jailton", "Lindomar", "Hermógenes", "Rhuan", "Kayky",
          "Thalisson", "Abdias", "Elpídio", "Florisvaldo", "Sinval", "Zózimo", "Raylander", "Welberth", "Dhonatan",
          "Adailton", "Cosme Damião", "Edivaldo", "Jucelino", "Raniere", "Wendson", "Gedeão", "Claudionor",
          "Deoclécio", "Ubiratã", "Jocélio", "Aurivan", "Eufrásio", "Natanael", "Misael", "Wanderlan", "Onofre",
          "Agenor", "Jeovane", "Creusvaldo", "Edmilton", "Josué Dionísio", "Adelmo", "Iranildo",
          "Wesklei", "Tairone", "Gilmarcos"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Martins", "Carvalho", "Gomes",
          "Ribeiro", "Alves", "Araújo", "Barbosa", "Cardoso", "Castro", "Lopes", "Mendes", "Nunes", "Ramos", "Reis",
          "Teixeira", "Vieira", "Moura", "Nogueira", "Azevedo", "Campos", "Duarte", "Andrade", "Marques",
          "Nascimento", "Santana", "Machado", "Ferreira", "Lima", "Rocha", "Dias", "Moreira", "Monteiro", "Pinto",
          "Correia", "Freitas", "Batista"]
RARE_SUR = ["Cavalheiro", "Bulhões", "Faustino", "Anunciação", "Penedo", "Caetité", "Apolinário", "Gadelha",
            "Jacobina", "Landim", "Quixadá", "Belchior", "Perdigão", "Rolim", "Cantanhede", "Parnaíba", "Queiroga",
            "Seabra", "Trajano", "Varjão", "Xerez", "Alencastro", "Conrado", "Inojosa", "Juruena", "Otoni",
            "Tabosa", "Mourão", "Sucupira", "Ximenes", "Frota", "Aragão", "Bessa", "Catunda", "Jatobá", "Pontual",
            "Uchôa", "Wanderley", "Cirino", "Buriti", "Arcoverde", "Baraúna", "Albuquerque Maranhão", "Bezerril",
            "Tavares Bastos", "Leitão", "Capistrano", "Sobreira", "Paranaguá", "Pessoa de Mello", "Cavalcanti Brayner",
            "Manguinho", "Tapajós", "Jurubeba", "Bandeira Cirne", "Guedelha", "Mamede", "Portela Lins"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Graça", "Celeste", "Constância"]
WORD_M = ["Bento", "Prudente", "Amado", "Justo", "Modesto", "Constante", "Fiel", "Celeste"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Flor", "Luz", "Amado", "Graça", "Vitória", "Celeste",
            "Justo", "Fiel", "Constante", "Leão", "Cordeiro", "Raposo", "Pombo", "Sardinha", "Palmeira", "Franco"]
NICK = {"Luiz Carlos": "Luizinho", "Maria Aparecida": "Cida", "Vera Lúcia": "Verinha", "Raimunda Nonata": "Nonata",
        "Maria das Dores": "Dorinha", "Francisca": "Chica", "Pedro Henrique": "PH", "Carlos Eduardo": "Cadu",
        "Alexandre": "Xande", "Francinete": "Net", "Deuzuite": "Zuzu", "Hermógenes": "Mogenes", "José Carlos": "Zeca",
        "Antônio": "Toninho", "Cosme Damião": "Cosminho", "Florisvaldo": "Flor", "Júlio César": "Julinho",
        "Rodrigo": "Digão", "Wellington": "Tom", "Ubiratã": "Bira", "Quitéria": "Teca", "Gildete": "Gil",
        "João Victor": "JV", "Rozimar": "Rô", "Claudionor": "Nonô", "Francisco": "Chico", "Eufrásio": "Fafá",
        "Raylander": "Ray", "Edileuza": "Leu", "Welberth": "Beto", "Onofre": "Nofinho", "Teodolina": "Dona Teo"}
FOREIGN = {
    "it": (["Graziella", "Ornella", "Donatella"], ["Lorenzo", "Vittorio", "Ettore"],
           ["Bortolotto", "Gasparetto", "Dalla Costa", "Marcon", "Bianchini", "Fiorese", "Zanella", "Tomazoni"]),
    "de": (["Waltraud", "Gerda", "Liesel"], ["Helmut", "Ewald", "Armin"],
           ["Schneider", "Hoffmann", "Krüger", "Voigt", "Lemke", "Stüpp", "Tesch", "Ramlow", "Bergmann"]),
    "jp": (["Sachiko", "Naomi", "Emiko"], ["Kenji", "Takeshi", "Hiroshi"],
           ["Yamashiro", "Tamashiro", "Kinjo", "Oshiro", "Matsumoto", "Higa", "Nakandakari"]),
    "ar": (["Nadia", "Leila", "Soraya"], ["Farid", "Nagib", "Kamal"], ["Haddad", "Khoury", "Maluf", "Nassar", "Sfeir"]),
    "ua": (["Oksana", "Natalka"], ["Bohdan", "Taras"], ["Melnyk", "Shevchuk", "Tkachenko", "Koval"]),
    "kr": (["Min-ji", "Hye-jin", "Seo-yeon"], ["Sung-ho", "Jae-won"], ["Kim", "Choi", "Jung", "Yoon", "Cho"]),
    "cn": (["Xiaoling", "Hui"], ["Hao", "Lei"], ["Chen", "Wu", "Lin", "Zhou"]),
    "bo": (["Ximena", "Rocío", "Wilma"], ["Rolando", "Fidel", "Eusebio"], ["Apaza", "Ticona", "Colque", "Mamani"]),
    "pe": (["Yesenia", "Milagros"], ["Wilfredo", "Ulises"], ["Huamán", "Ccahuana", "Quispe"]),
    "ve": (["Yusmary", "Yorgelis", "Daniela Alejandra"], ["Wuilmer", "Deivis", "Yonaiker"],
           ["Rondón", "Briceño", "Guaramato", "Colmenares", "Pérez Yépez"]),
    "ht": (["Guerline", "Mirlande", "Roseline"], ["Wilner", "Jhonson", "Frantz"], ["Joseph", "Dorvil", "Exantus", "Pierre-Louis"]),
    "sn": (["Aminata", "Fatou", "Khady"], ["Mamadou", "Ousmane", "Cheikh"], ["Diop", "Ndiaye", "Sow", "Gueye"]),
    "ao": (["Luzia Nzinga", "Teresa Ndala"], ["Kiluanje", "Domingos Mbala"], ["Kiala", "Nzau", "Massala", "Tchipa"]),
    "in": (["Iracema", "Araci", "Jurema"], ["Anhangá", "Tupã", "Cauê"], ["Krahô", "Kaingang", "Xavante", "Terena"]),
    "jw": (["Raquel", "Débora", "Hanna"], ["Abraão", "Salomão", "Isaac"], ["Weissmann", "Grinberg", "Blaustein", "Kac"]),
}
NATION = {"ht": ("haitiano", "haitiana"), "sn": ("senegalês", "senegalesa"), "ve": ("venezuelano", "venezuelana"),
          "ao": ("angolano", "angolana"), "bo": ("boliviano", "boliviana"), "pe": ("peruano", "peruana"),
          "ua": ("ucraniano", "ucraniana")}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "ua", "bo", "pe", "ve", "jw"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Penedo", "Graça", "Conceição", "Rocha", "Flor"}
DO_SUR = {"Nascimento", "Amaral", "Prado", "Carmo"}
DOS_SUR = {"Reis", "Campos", "Santos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "17", "19", "21", "22", "24", "27", "31", "32", "34", "35", "41", "43",
        "44", "47", "48", "51", "53", "54", "61", "62", "65", "67", "68", "71", "73", "75", "79", "81", "82", "83",
        "84", "85", "86", "88", "91", "92", "95", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça", "Rodovia",
                "Vila", "Servidão", "Largo"]
STREET_NAMES = ["Rosa Branca", "Doutor Bento Amaral", "da Aurora", "Prudente de Morais", "Flor de Lis", "das Palmeiras",
                "Coronel Lourival Penedo", "Professora Zuleide Gadelha", "Dom Pedro II", "Barão do Rio Branco",
                "Luz Divina", "Frei Caneca", "General Osório", "Capitão Abdias Landim", "das Acácias",
                "Vitória Régia", "Padre Anchieta", "Quinze de Novembro", "Irmãos Bulhões", "Nossa Senhora da Graça",
                "Senador Queiroga", "Juscelino Kubitschek", "Santos Dumont", "Marechal Deodoro", "Getúlio Vargas",
                "Amado Batista", "Joaquim Nabuco", "Tiradentes", "Sete de Setembro", "Maria Quitéria",
                "Dona Ozenira Tabosa", "Engenheiro Caetité", "Tenente Justo Sucupira", "dos Ipês", "Carlos Gomes",
                "Desembargador Fiel Capistrano", "Rui Barbosa", "Clóvis Beviláqua", "Ministro Constante Sobreira"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Vitória da Conquista", "BA"),
          ("Rio Branco", "AC"), ("Santa Luzia", "MG"), ("Aurora", "CE"), ("Flores da Cunha", "RS"), ("Londrina", "PR"),
          ("Maringá", "PR"), ("Joinville", "SC"), ("Criciúma", "SC"), ("Pelotas", "RS"), ("Juiz de Fora", "MG"),
          ("Uberlândia", "MG"), ("Ribeirão Preto", "SP"), ("Campinas", "SP"), ("Sorocaba", "SP"), ("São Paulo", "SP"),
          ("Guarulhos", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Petrolina", "PE"), ("Recife", "PE"),
          ("Sobral", "CE"), ("Fortaleza", "CE"), ("Teresina", "PI"), ("Belém", "PA"), ("Manaus", "AM"),
          ("Boa Vista", "RR"), ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Goiânia", "GO"), ("Salvador", "BA"),
          ("Feira de Santana", "BA"), ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"),
          ("Curitiba", "PR"), ("Porto Alegre", "RS"), ("Florianópolis", "SC"), ("Belo Horizonte", "MG"), ("Brasília", "DF")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL"]
TJ_SEG = {"SP": "8.26", "RJ": "8.19", "MG": "8.13", "RS": "8.21", "PR": "8.16", "SC": "8.24", "BA": "8.05",
          "PE": "8.17", "CE": "8.06", "GO": "8.09", "PA": "8.14", "AM": "8.04", "DF": "8.07", "ES": "8.08",
          "RN": "8.20", "PB": "8.15", "MT": "8.11", "MS": "8.12", "PI": "8.18", "SE": "8.25", "AL": "8.02",
          "AC": "8.01", "RR": "8.23", "MA": "8.10"}
BAIRROS = ["Jardim Aurora", "Vila Prudente", "Centro", "Bela Vista", "Jardim Rosa Branca", "Alto da Luz",
           "Parque Bento Ribeiro", "Vila Esperança", "Bonfim", "Graças", "Flor do Vale", "Cidade Nova", "Boa Viagem",
           "Cohab II", "Jardim Celeste", "Setor Bueno", "Padre Eustáquio", "Jardim Amado", "Mangabeira", "Pituba",
           "Vila Constança", "Conjunto Fiel Filho"]
FIRMS = ["Leão & Queiroga Advogados", "Mattos Filho Advogados", "Bessa, Landim e Rolim Sociedade de Advogados",
         "Haddad & Khoury Advocacia", "Amado Prudente Advogados Associados", "Ximenes Frota Advocacia",
         "Cantanhede, Sobreira & Bulhões Advogados", "Rosa Branco Advocacia Empresarial", "Tomazoni Bergmann Advogados"]
FIRM_DOMS = ["leaoqueiroga.adv.br", "bessalandim.com.br", "haddadkhoury.adv.br", "amadoprudente.adv.br",
             "ximenesfrota.com.br", "csb.adv.br", "rosabranco.adv.br", "tbadv.com.br"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa Econômica Federal"), ("237", "Bradesco"), ("341", "Itaú Unibanco"),
         ("033", "Santander"), ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"),
         ("336", "C6 Bank")]
CARS = ["VW Gol 1.0", "Fiat Strada Freedom", "Chevrolet Onix LT", "Toyota Corolla XEi", "Hyundai HB20 Comfort",
        "Honda CG 160 Fan", "Fiat Toro Volcano", "Renault Kwid Zen", "Ford Ka SE", "Jeep Renegade Sport"]
COLOURS = ["branco", "prata", "preto", "vermelho", "cinza", "azul"]
INSURERS = ["Aurora Seguros S.A.", "Prudente Companhia de Seguros Gerais", "Celeste Vida e Previdência S.A.",
            "Vitória Seguradora S.A.", "Seguradora Bento Gonçalves Mútua", "Porto Firme Seguros S.A.",
            "Leitão & Amparo Seguros Ltda."]
INS_DOMS = ["auroraseguros.com.br", "prudenteseguros.com.br", "celestevida.com.br", "vitoriaseg.com.br",
            "bgmutua.com.br", "portofirme.com.br", "leitaoamparo.com.br"]
BANKCOS = ["Banco Aurora S.A.", "Banco Celeste Múltiplo S.A.", "Cooperativa de Crédito Vitória - Sicredi Vitória",
           "Banco Prudente Digital S.A.", "Bento Crédito Financeira S.A.", "Flor de Lis Pagamentos IP Ltda."]
BANK_DOMS = ["bancoaurora.com.br", "bancoceleste.com.br", "sicredivitoria.coop.br", "prudentedigital.com.br",
             "bentocredito.com.br", "flordelispay.com.br"]
COLLECTORS = ["Rosa & Leitão Assessoria de Cobrança Ltda.", "Recupera Brasil Cobranças EIRELI",
              "Amado Recuperação de Crédito S.A.", "Bulhões Gestão de Recebíveis Ltda.", "Justo Prazo Cobranças Ltda."]
OFICINAS = ["Auto Center Irmãos Bulhões", "Funilaria e Pintura Amado", "Oficina do Bento", "Mecânica Flor do Vale",
            "Centro Automotivo Prudente", "Martelinho de Ouro Celeste", "Retífica Sobreira & Filhos"]
TOWS = ["Guincho Rosa dos Ventos", "Reboque Bento 24h", "Auto Socorro Vitória", "Guincho Aurora Express",
        "Remoções Landim Ltda."]
OPERADORAS = ["Saúde Celeste Operadora de Planos Ltda.", "Prudente Saúde S.A.", "Unimed Vale da Aurora Cooperativa Médica",
              "Bento Assistência Médica Ltda.", "Vitória Seguro Saúde S.A.", "Amparo Saúde Suplementar S.A."]
OPER_DOMS = ["saudeceleste.com.br", "prudentesaude.com.br", "unimedaurora.coop.br", "bentoassist.com.br",
             "vitoriasaude.com.br", "amparosaude.com.br"]
DENTALS = ["OdontoPrudente Planos Odontológicos Ltda.", "Sorriso Celeste Odonto S.A.", "Dental Aurora Ltda."]
CLINICS = ["Clínica Santa Rosa de Lima", "Instituto de Ortopedia Prudente", "Clínica Aurora Diagnósticos",
           "Centro Médico São Bento", "Policlínica Dr. Abdias Landim", "Clínica de Fisioterapia Vitória Régia",
           "Núcleo Terapêutico Flor de Lótus", "Hospital Santa Rosa", "Hospital São Bento", "Hospital Aurora"]
ICDS = ["M54.5", "S82.2", "F32.2", "C50.9", "M17.1", "G35", "I63.9", "S72.0", "M75.1", "F41.1", "K80.2", "E11.9",
        "I21.9", "C18.9", "G56.0", "F84.0", "M51.1", "S83.5"]
TUSS = [("30715016", "Artroplastia total de joelho"), ("40901114", "US de abdome total"),
        ("41101014", "RM de joelho"), ("30602246", "Mastectomia radical"), ("20103484", "Reeducação postural global"),
        ("50000470", "Sessão de psicoterapia individual"), ("40808041", "Mamografia digital bilateral"),
        ("31009166", "Colecistectomia videolaparoscópica"), ("20104294", "Terapia ABA - sessão"),
        ("41001010", "TC de crânio"), ("30733038", "Reconstrução de LCA por videoartroscopia")]
CASES = [("M17.1", "gonartrose grave à direita, falha de tratamento conservador por 6 meses", ["30715016", "41101014"]),
         ("M51.1", "lombociatalgia com parestesia em MIE, sem melhora com fisioterapia", ["41101014", "20103484"]),
         ("C50.9", "nódulo BI-RADS 5 em mama esquerda, biópsia positiva", ["30602246", "40808041"]),
         ("S83.5", "ruptura de LCA após entorse em jogo de futebol, instabilidade", ["30733038", "41101014"]),
         ("F84.0", "TEA nível 2, atraso de linguagem, indicação de intervenção intensiva", ["20104294", "50000470"]),
         ("K80.2", "colelitíase sintomática, cólicas de repetição", ["31009166", "40901114"]),
         ("I63.9", "AVC isquêmico há 3 semanas, investigação de nova lesão", ["41001010"])]
TUSS_D = dict(TUSS)
DIAGS = [("esclerose múltipla forma progressiva", "G35", "RM de crânio e medula", "escala EDSS 6,5"),
         ("sequela de AVC isquêmico com hemiparesia à direita", "I69.3", "TC de crânio", "força grau III em MSD"),
         ("neoplasia maligna de cólon com metástase hepática", "C18.9", "TC de abdome", "ECOG 3"),
         ("episódio depressivo grave recorrente, refratário a 3 esquemas", "F33.2", "avaliação neuropsicológica", "PHQ-9 = 24"),
         ("lombociatalgia crônica com radiculopatia L5-S1", "M51.1", "EMG de membros inferiores", "Lasègue positivo a 30°"),
         ("fratura de planalto tibial com artrose pós-traumática", "S82.1", "RX e TC de joelho", "flexão limitada a 60°")]
MERCHANTS = ["PAG*LOJAFLORDELIS", "MERCADOLIVRE*3PRODUTOS", "IFD*AMADO LANCHES", "POSTO AURORA LTDA", "UBER *TRIP",
             "DROGARIA SAO BENTO", "AMAZON MKTPLACE", "EBN*SPOTIFY", "PAYPAL *STEAM", "SHOPEE*CELESTEMODAS",
             "HOTEL VITORIA REGIA", "CASAS BAHIA ONLINE", "APPLE.COM/BILL", "GOL LINHAS AER"]
DENT_PROCS = [("81000065", "Consulta odontológica inicial"), ("82000174", "Restauração em resina - 1 face"),
              ("85100137", "Tratamento endodôntico unirradicular"), ("82000468", "Exodontia simples"),
              ("84000074", "Raspagem supragengival"), ("87000016", "Coroa total metalocerâmica"),
              ("81000421", "Radiografia periapical")]


def ag_t(g: "Gen", dv: bool | None = None):
    return (g.agency(dv), "BANK_ACCOUNT")


def cc_t(g: "Gen"):
    return (g.account(), "BANK_ACCOUNT")


def pl_t(g: "Gen", old: bool | None = None):
    return (g.plate(old), "LICENSE_PLATE")


def cnpj_t(g: "Gen", style: str = "dot", alnum: bool | None = None):
    return (g.cnpj(style, alnum), "BR_CNPJ")


def pix_t(g: "Gen"):
    return (g.uuid(), "PIX_KEY")


def card_t(g: "Gen", spaced: bool = True):
    return (g.card(spaced), "CREDIT_CARD")


def cns_t(g: "Gen", spaced: bool | None = None):
    return (g.cns(spaced), "BR_CNS")


def cnh_t(g: "Gen"):
    return (g.cnh(), "BR_CNH")


def pis_t(g: "Gen", style: str | None = None):
    return (g.pis(style), "BR_PIS")


def tit_t(g: "Gen", spaced: bool | None = None):
    return (g.titulo(spaced), "BR_TITULO_ELEITOR")


def login(p: "Person", g: "Gen") -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return g.pick([f"{f[0]}{l}", f"{f}.{l}", f"{f}{g.d(3)}", f"atd.{f[0]}{l}", f"{l}{f[0]}"])


def ddd_of(phone: str) -> str:
    return re.sub(r"\D", "", phone)[-11:-9] if len(re.sub(r"\D", "", phone)) >= 11 else ""


def card_line(g: "Gen") -> str:
    return g.masked_card()


def clock(g: "Gen", n: int, secs: bool = True) -> list[str]:
    """n increasing times of one day, for logs."""
    t = g.ri(6 * 3600, 15 * 3600)
    out = []
    for _ in range(n):
        t += g.ri(20, 2400)
        h, m, sec = t // 3600 % 24, t // 60 % 60, t % 60
        out.append(f"{h:02d}:{m:02d}:{sec:02d}" if secs else f"{h:02d}:{m:02d}")
    return out


def linha_digitavel(g: "Gen") -> str:
    while True:
        dv, tail = g.d(1), g.d(14)
        if not cns_ok(dv + tail):  # the spaced run "D DDDDDDDDDDDDDD" must not pass as a CNS
            return f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {dv} {tail}"


def apolice(g: "Gen") -> str:
    return g.pick([f"{g.d(2)}.{g.d(2)}.{g.d(7)}", f"{g.d(4)}.{g.d(5)}-{g.d(1)}", f"AP-{g.d(9)}"])


def sinistro_no(g: "Gen") -> str:
    return g.pick([f"{g.d(3)}.{g.ri(2025, 2026)}.{g.d(6)}", f"SIN-{g.d(7)}", f"{g.d(2)}-{g.d(8)}"])


def carteirinha(g: "Gen") -> str:
    return g.pick([f"{g.d(3)}.{g.d(4)}.{g.d(6)}.{g.d(2)}-{g.d(1)}", f"0{g.d(3)} {g.d(4)} {g.d(4)} {g.d(2)}-{g.d(1)}",
                   f"{g.d(5)}.{g.d(8)}"])


def e2e(g: "Gen") -> str:
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789"
    return "E" + g.d(8) + f"{g.ri(2025, 2026)}{g.ri(1, 12):02d}{g.ri(1, 28):02d}{g.ri(7, 22):02d}{g.ri(0, 59):02d}" + \
        "".join(g.pick(chars) for _ in range(11))
class Person:
    def __init__(self, given: str, surnames: list[str], female: bool, origin: str = "pt"):
        self.given = given
        self.surnames = surnames
        self.female = female
        self.origin = origin

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def first(self) -> str:
        return self.given.split()[0] if not self.given.startswith(("Maria d", "Cosme ")) else self.given

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1]

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def caps(self) -> str:
        return self.full.upper()

    @property
    def caps_fold(self) -> str:
        return fold(self.full).upper()

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

    def g(self, m: str, f: str) -> str:
        return f if self.female else m

    @property
    def sr(self) -> str:
        return "Sra." if self.female else "Sr."

    @property
    def dr(self) -> str:
        return "Dra." if self.female else "Dr."


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "capsf": p.caps_fold, "low": p.low,
            "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last,
            "nick": p.nick, "capsshort": p.short.upper()}[form]


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}", "dm": f"{dd:02d}/{mm:02d}",
            "caps": f"{dd} DE {MONTHS[mm - 1].upper()} DE {yy}", "º": f"{'1º' if dd == 1 else dd} de {MONTHS[mm - 1]} de {yy}"}[fmt]


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
        return "".join(self.rng.choice("0123456789ABCDEF") for _ in range(n))

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
        if r < 0.47:
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
            elif len(surnames) >= 2 and rng.random() < 0.06:
                surnames.insert(len(surnames) - 1, "e")
            if not female and rng.random() < 0.07:
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
        return Person(given, surnames, female, origin)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female, of.origin)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "live.com", "terra.com.br"])
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
        style = style or self.pick(["dot", "dot", "dot", "dot", "raw"])
        return {"dot": fmt_cpf(n), "raw": n, "dash": f"{n[:9]}-{n[9:]}"}[style]

    def masked_cpf(self) -> str:
        n = self.d(11)
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"XXX.{n[3:6]}.{n[6:9]}-XX"])

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.25) if alnum is None else alnum
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
        style = style or self.pick(["dot", "dot", "raw", "mg"])
        if style == "mg":
            return f"MG-{self.d(2)}.{self.d(3)}.{self.d(3)}"
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
        dash = self.chance(0.85) if dash is None else dash
        if not dash:
            return n
        return f"{n[:2]}.{n[2:5]}-{n[5:]}" if self.chance(0.15) else f"{n[:5]}-{n[5:]}"

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "par", "plus", "plain", "nospace", "dash"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "nospace": f"({ddd}){h}-{t}", "zero": f"0{ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"final {self.d(4)}", f"**** **** **** {self.d(4)}", f"{self.pick(['5502', '4984', '5162'])} **** **** {self.d(4)}",
                          f"XXXX.XXXX.XXXX.{self.d(4)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.4) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.8) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def chassi(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return "9" + self.pick(["BW", "BD", "BG", "3N", "BH", "C2"]) + "".join(self.pick(chars) for _ in range(14))

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        if dv and self.chance(0.3) and len(body) >= 6:
            body = f"{body[:-3]}.{body[-3:]}"
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168, 181])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')}, apto {self.rng.randint(11, 408)}", "fundos",
                          f"Quadra {self.rng.randint(1, 40)}, Lote {self.rng.randint(1, 30)}",
                          f"apartamento {self.rng.randint(11, 1204)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return f"{t} {name}, {num}".upper() + (f", {comp}".upper() if comp else "")
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        if style == "legal":  # "Rua X, nº 123, apto 4"
            return f"{t} {name}, nº {num}" + (f", {comp}" if comp else "")
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", ", n. ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1945, hi: int = 2005) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(8, 18):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(7, 21):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, uf: str | None = None, seg: str | None = None) -> str:
        seg = seg or TJ_SEG.get(uf or self.pick(UFS), "8.26")
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2018, 2025)}.{seg}.{self.d(4)}"

    def resp(self) -> str:
        n = self.ri(600000, 2199999)
        return f"{n:,}".replace(",", ".") + "/" + self.pick(UFS)

    def council(self, kind: str = "OAB", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 499999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} nº {dotted}", f"OAB-{uf} nº {n}", f"OAB/{uf} {n}",
                              f"OAB/{uf} {dotted}", f"OAB-{uf} {dotted}"])
        if kind == "OABDJE":
            return self.pick([f"OAB {n}/{uf}", f"OAB {n}/{uf}", f"OAB: {dotted}/{uf}", f"OAB {dotted}{self.pick(['', 'N', 'A'])}/{uf}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} nº {n}"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 18)}/{self.d(6)}-F"
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {dotted}", f"CRO-{uf} nº {n}", f"CRO/{uf} {n}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} nº {n}"])


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


def P(s: str):
    return (s, "PERSON")


def cpf_t(g: Gen, style: str | None = None):
    return (g.cpf(style), "BR_CPF")


def ph_t(g: Gen, style: str | None = None, mobile: bool = True):
    return (g.phone(style, mobile), "PHONE_NUMBER")


def em_t(g: Gen, p: Person, domain: str | None = None):
    return (g.email(p, domain), "EMAIL_ADDRESS")


def cep_t(g: Gen, dash: bool | None = None):
    return (g.cep(dash), "BR_CEP")


def ad_t(g: Gen, style: str = "text"):
    return (g.address(style), "ADDRESS")


def dob_t(g: Gen, fmt: str | None = None, lo: int = 1945, hi: int = 2005):
    return (g.dob(fmt, lo, hi), "DATE_OF_BIRTH")


def ip_t(g: Gen):
    return (g.ip(), "IP_ADDRESS")


def oab_t(g: Gen, uf: str | None = None, kind: str = "OAB"):
    return (g.council(kind, uf), "PROFESSIONAL_ID")


def pid(g: Gen, p: Person, kind: str = "OAB", uf: str | None = None):
    """A person's council registration, the same string each time the person is named."""
    if not hasattr(p, "ids"):
        p.ids = {}
    if kind not in p.ids:
        p.ids[kind] = g.council(kind, uf)
    return (p.ids[kind], "PROFESSIONAL_ID")


def rg_t(g: Gen, style: str | None = None):
    return (g.rg(style), "BR_RG")


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def typo(g: Gen, s: str, rate: float = 0.5) -> str:
    """Clients typing: drop accents, lower case, a swapped or doubled letter now and then."""
    s = fold(s).lower() if g.chance(0.8) else s
    words = s.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and w.isalpha() and g.chance(rate * 0.15):
            j = g.ri(1, len(w) - 2)
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:] if g.chance(0.6) else w[:j] + w[j] + w[j:]
            words[i] = w
    return " ".join(words)


PROFS = [("motorista", "motorista"), ("comerciante", "comerciante"), ("professor", "professora"),
         ("autônomo", "autônoma"), ("aposentado", "aposentada"), ("auxiliar administrativo", "auxiliar administrativa"),
         ("pedreiro", "diarista"), ("eletricista", "cabeleireira"), ("vendedor", "vendedora"), ("enfermeiro", "enfermeira"),
         ("servidor público", "servidora pública"), ("empresário", "empresária"), ("estudante", "estudante"),
         ("agricultor", "agricultora"), ("do lar", "do lar"), ("técnico em informática", "técnica de enfermagem")]
CIVIL = [("solteiro", "solteira"), ("casado", "casada"), ("divorciado", "divorciada"), ("viúvo", "viúva"),
         ("em união estável", "em união estável")]


def qual(g: Gen, doc: Doc, p: Person, *, form: str = "caps", rg: bool = True, cpf: bool = True, addr: bool = True,
         email: bool = False, phone: bool = False, dob: bool = False, extra: str | None = None,
         civil: str | None = None, prof: str | None = None, end: str = "") -> None:
    """A party's qualification as courts write it, in one sentence."""
    name = {"caps": p.caps, "full": p.full, "capsf": p.caps_fold}[form]
    if p.origin in NATION and g.chance(0.6):
        nat = NATION[p.origin][1 if p.female else 0]
        foreign = True
    else:
        nat = p.g("brasileiro", "brasileira")
        foreign = False
    civ = civil or g.pick(CIVIL)[1 if p.female else 0]
    pr = prof or g.pick(PROFS)[1 if p.female else 0]
    doc.f("«n», «nat», «c», «pr», ", n=P(name), nat=nat, c=civ, pr=pr)
    if dob:
        doc.f("nascid«o» em «d», ", o=p.o, d=dob_t(g, g.pick(["br", "br", "long"]), 1950, 2002))
    if foreign:
        doc.f("portador«a» do Registro Nacional Migratório (RNM) nº «r», ",
              a=p.g("", "a"), r=f"{g.pick('FGVW')}{g.d(6)}-{g.pick('0123456789X')}")
    elif rg:
        doc.f("portador«a» da cédula de identidade RG nº «r» «o», ", a=p.g("", "a"),
              r=rg_t(g), o=g.pick(["SSP/SP", "SSP/BA", "SESP/PR", "SSP/MG", "DETRAN/RJ", "SDS/PE", "PC/GO", "SSP-CE"]))
    if cpf:
        doc.f("inscrit«o» no «k» sob o nº «c», ", o=p.o, k=g.pick(["CPF", "CPF/MF", "Cadastro de Pessoas Físicas"]),
              c=cpf_t(g))
    if extra is None and not foreign and g.chance(0.12):
        extra = g.pick(["cnh", "titulo"])
    if extra == "cnh":
        doc.f("CNH nº «c», ", c=(g.cnh(), "BR_CNH"))
    elif extra == "titulo":
        doc.f("título de eleitor nº «t», ", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    elif extra == "pis":
        doc.f("PIS/PASEP nº «t», ", t=(g.pis(), "BR_PIS"))
    elif extra == "cns":
        doc.f("Cartão Nacional de Saúde nº «t», ", t=(g.cns(), "BR_CNS"))
    if email:
        doc.f("endereço eletrônico «e», ", e=em_t(g, p))
    if phone:
        doc.f("telefone «t», ", t=ph_t(g))
    if addr:
        city, uf = g.city()
        doc.f("residente e domiciliad«o» na «ad», «b», «city»/«uf», CEP «cep»", o=p.o,
              ad=ad_t(g, "legal"), b=g.pick(BAIRROS), city=city, uf=uf, cep=cep_t(g))
    else:
        doc.text = doc.text.rstrip(", ")
    doc.t(end)



# =========================================================================== atendimento


def at_aviso_sinistro(g: Gen) -> Doc:
    """First notice of loss (auto) typed by the call-centre attendant."""
    doc = Doc()
    i = g.ri(0, len(INSURERS) - 1)
    ins = INSURERS[i]
    seg, att, terc = g.person(), g.person(), g.person()
    own = g.chance(0.45)
    cond = seg if own else g.relative(seg)
    city, uf = g.city()
    car, pl = g.pick(CARS), g.plate()
    doc.f("«ins» | AVISO DE SINISTRO AUTO – 1ª NOTIFICAÇÃO\nProtocolo: «p»   Apólice: «ap»   Item: «it»\n"
          "Canal: central 0800 «c»   Aviso em: «d» «h»\nAtendente: «a» (login «lg»)\n\n",
          ins=ins.upper(), p=f"{g.ri(2025, 2026)}{g.d(3)}.{g.d(6)}", ap=apolice(g), it=g.ri(1, 3),
          c=f"{g.ri(700, 799)} {g.d(4)}", d=g.date(), h=g.hm(), a=P(att.full if g.chance(0.7) else att.short),
          lg=login(att, g))
    doc.f("SEGURADO: «n»\nCPF: «c»   Tel.: «t»   E-mail: «e»\nEnd. pernoite: «ad», «b», «ci»/«uf» – CEP «cep»\n\n",
          n=P(seg.caps), c=cpf_t(g), t=ph_t(g), e=em_t(g, seg), ad=ad_t(g, g.pick(["text", "caps"])),
          b=g.pick(BAIRROS), ci=city, uf=uf, cep=cep_t(g))
    if own:
        doc.t("CONDUTOR: o próprio segurado\n")
    else:
        doc.f("CONDUTOR: «n» («rel»)  CPF «c»  CNH «cnh»  Nasc.: «dob»\n", n=P(cond.caps),
              rel=g.pick(["filho(a)", "cônjuge", "neto(a)", "sobrinho(a)", "genro/nora"]), c=cpf_t(g), cnh=cnh_t(g),
              dob=dob_t(g, "br", 1955, 2006))
    doc.f("VEÍCULO: «car» «y»/«y2» «cor», placa «pl», chassi «ch»\n\n", car=car.upper(), y=g.ri(2012, 2024), y2=g.ri(2013, 2025),
          cor=g.pick(COLOURS).upper(), pl=pl_t(g), ch=g.chassi())
    street = g.pick(["AV GETULIO VARGAS", "R BARAO DO RIO BRANCO", "AV PRUDENTE DE MORAIS", "ROD. BR-116 KM 212",
                     "AV SANTOS DUMONT", "R MARECHAL DEODORO", "ESTRADA DA AURORA"])
    who = "SEG" if own else g.pick(["CONDUTOR", "SEG INFORMA QUE O CONDUTOR"])
    doc.f("RELATO (digitado pelo atendente):\n«w» TRAFEGAVA PELA «st» SENTIDO BAIRRO QDO NO CRUZAMENTO C/ SINAL VERDE FOI ATINGIDO NA "
          "LATERAL DIREITA PELO VEIC «c2» PL «p2» CONDUZIDO PELO SR «t». PISTA MOLHADA E COM POUCA LUZ. SEM VITIMAS. ",
          w=who, st=street, c2=g.pick(CARS).upper(), p2=pl_t(g), t=P(terc.caps_fold))
    if not own:
        doc.f("«f» LIGOU DO LOCAL E REPASSOU P/ O PAI/MAE. ", f=P(cond.first.upper()))
    doc.f("TERC ASSUMIU A CULPA E FORNECEU TEL «tt». BO Nº «bo» REGISTRADO NA DELEGACIA ONLINE. VEIC SEGURADO SEM CONDIÇÕES "
          "DE RODAR, REMOVIDO P/ «of».\n\n",
          tt=ph_t(g, g.pick(["plain", "raw", "par"])), bo=f"{g.d(6)}/{g.ri(2025, 2026)}", of=g.pick(OFICINAS).upper())
    doc.f("TERCEIRO: «n» – seguradora do terceiro: «s» – tel «t»\n", n=P(terc.full if g.chance(0.5) else terc.caps),
          s=g.pick(["não possui", "informou ter seguro mas não sabe a cia", g.pick(INSURERS)]), t=ph_t(g))
    if g.chance(0.5):
        doc.f("Franquia: R$ «v» (reduzida)   Carro reserva: 7 diárias – retirada na loja «lj»\n", v=g.money(1500, 6000),
              lj=g.pick(["Localiza Aurora", "Movida Centro", "Unidas Bento Ribeiro"]))
    doc.f("Orientado a enviar fotos, CNH e BO pelo app ou p/ o e-mail sinistro.auto@«dom». Prazo de regulação: até 30 dias "
          "(Circular SUSEP 621/2021).\n", dom=INS_DOMS[i])
    return doc


def at_assistencia(g: Gen) -> Doc:
    """Roadside assistance (24h) dispatch log, pipe separated."""
    doc = Doc()
    i = g.ri(0, len(INSURERS) - 1)
    ben, a1, a2, mot = g.person(), g.person(), g.person(), g.person(female=False)
    city, uf = g.city()
    svc = g.pick(["reboque", "pane seca", "troca de pneu", "chaveiro", "pane elétrica"])
    d = g.date()
    pl = g.plate()
    tt = iter(clock(g, 9))
    l1, l2 = login(a1, g), login(a2, g)
    doc.f("ASSISTÊNCIA 24H – «ins» – ATENDIMENTO «n» – serviço: «svc»\n", ins=INSURERS[i], n=f"AS{g.d(9)}", svc=svc.upper())
    doc.f("«d» «h» | «l1» | ABERTURA | benef.: «b» | CPF «c» | placa «pl» | «car»\n", d=d, h=next(tt), l1=l1,
          b=P(ben.caps), c=cpf_t(g, g.pick(["dot", "raw"])), pl=(pl, "LICENSE_PLATE"), car=g.pick(CARS))
    if g.chance(0.6):
        doc.f("«d» «h» | «l1» | LOCAL | cliente aguarda na «ad» («ref»), «ba», «ci»/«uf», CEP «cep»\n", d=d, h=next(tt),
              l1=l1, ad=ad_t(g, g.pick(["text", "low"])),
              ref=g.pick(["em frente à padaria Pão da Aurora", "portão da garagem", "ao lado do posto Bento", "na frente de casa"]),
              ba=g.pick(BAIRROS), ci=city, uf=uf, cep=cep_t(g))
    else:
        doc.f("«d» «h» | «l1» | LOCAL | «r», km «km», sentido «s», acostamento. Ref.: «ref»\n", d=d, h=next(tt), l1=l1,
              r=g.pick(["BR-116", "BR-101", "SP-330 Rod. Anhanguera", "BR-381 Fernão Dias", "Rod. Presidente Dutra"]),
              km=g.ri(3, 590), s=g.pick(["norte", "sul", "capital", "interior"]),
              ref=g.pick(["após o pedágio", "próximo ao Graal Bento", "curva da Rosa Branca"]))
    alt = g.relative(ben)
    doc.f("«d» «h» | «l1» | CONTATO | tel. cliente «t» / alternativo «t2» («rel» «a»)\n", d=d, h=next(tt), l1=l1,
          t=ph_t(g), t2=ph_t(g), rel=alt.g(g.pick(["marido", "filho", "irmão", "pai"]), g.pick(["esposa", "filha", "irmã", "mãe"])),
          a=P(g.pick([alt.first, alt.full])))
    tow = g.pick(TOWS)
    doc.f("«d» «h» | sistema | ACIONAMENTO | prestador «tw» (CNPJ «cn») – motorista «m» – tel «t» – placa do guincho «pl» – "
          "previsão «min» min\n", d=d, h=next(tt), tw=tow, cn=cnpj_t(g), m=P(g.pick([mot.full, mot.short, mot.first + " " + mot.last.upper()])),
          t=ph_t(g), pl=pl_t(g), min=g.ri(25, 120))
    if g.chance(0.5):
        doc.f("«d» «h» | «l2» | RETORNO | cliente ligou cobrando, «x». Reforçado prazo c/ prestador\n", d=d, h=next(tt),
              l2=l2, x=g.pick(["está com criança pequena no carro", "está sozinha na via", "celular com pouca bateria",
                                         "diz que já passou 1h"]))
    of = g.pick(OFICINAS)
    doc.f("«d» «h» | prestador | CHEGADA | veículo embarcado; destino «of», «st», «ci»\n", d=d, h=next(tt), of=of,
          st=g.pick(["Av. Bento Gonçalves, 4100", "Rua Sete de Setembro, 88", "Rod. Aurora km 4", "Av. Amado Batista, 1520"]), ci=city)
    if g.chance(0.5):
        doc.f("«d» «h» | «l2» | TÁXI | solicitado táxi p/ «n» passageiros até a residência: «ad», CEP «cep»\n", d=d, h=next(tt),
              l2=l2, n=g.ri(1, 4), ad=ad_t(g), cep=cep_t(g))
    doc.f("«d» «h» | sistema | ENCERRAMENTO | pesquisa NPS enviada p/ «e» e SMS «t»\n\nAtendentes: «a» («l1»); «b» («l2»)\n",
          d=d, h=next(tt), e=em_t(g, ben), t=ph_t(g, "e164"), a=P(a1.full), l1=l1, b=P(a2.short), l2=l2)
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """Bank SAC / ombudsman case record with the customer's account of facts."""
    doc = Doc()
    i = g.ri(0, len(BANKCOS) - 1)
    cli, an, ouv = g.person(), g.person(), g.person()
    ger = g.person(female=False)
    rel = g.relative(cli, female=True)
    doc.f("«bk» – OUVIDORIA\nCaso: OUV-«y»-«n»   Origem: SAC prot. «sac»   RDR Bacen: «rdr»\nAbertura: «d»   Prazo: 10 dias úteis\n\n",
          bk=BANKCOS[i].upper(), y=g.ri(2025, 2026), n=g.d(6), sac=g.neg(11), rdr=f"{g.ri(2025, 2026)}{g.d(7)}", d=g.date())
    doc.f("Cliente: «n»\nCPF: «c»   Nasc.: «dob»\nAgência «ag»  Conta «cc»   Segmento: «seg»\nTel.: «t»   E-mail: «e»\n\n",
          n=P(cli.full), c=cpf_t(g), dob=dob_t(g, "br", 1940, 2000), ag=ag_t(g), cc=cc_t(g),
          seg=g.pick(["Varejo", "Prime", "Universitário", "Aposentado INSS"]), t=ph_t(g), e=em_t(g, cli))
    story = g.pick([
        "fui na agencia pra sacar o dinheiro da aposentadoria e o gerente «g» me empurrou um seguro de vida e um titulo de capitalização "
        "sem eu pedir. desconta todo mes R$ «v». quero cancelar e o dinheiro de volta",
        "minha mae «m» tem 82 anos e fizeram um emprestimo no nome dela pelo app, ela nem tem celular. quem cuida das contas dela sou eu",
        "estou a 3 meses tentando encerrar a conta e continuam cobrando tarifa de pacote de R$ «v». ja falei com o «g» da agencia",
        "meu cartão foi clonado e o banco nao devolveu. liguei umas 10 vezes, falei com a atendente «a» e nada",
    ])
    vals = dict(g=P(g.pick([ger.first, ger.full])), v=g.money(19, 189), m=P(g.pick([rel.full, rel.first + " " + rel.last])),
                a=P(g.pick([an.first, ger.first])))
    doc.t("Relato do cliente (canal digital, sem correção):\n\"")
    used = {k: vals[k] for k in re.findall(r"«(\w+)»", story)}
    doc.f(story, **used)
    doc.f("\"\n\nAnálise («an», «d»): ", an=P(an.full), d=g.date())
    doc.f("«x» Conforme Resolução CMN 3.919/2010 e Resolução BCB 96/2021, «y».\n\n",
          x=g.pick(["Verificada contratação na agência com assinatura eletrônica no terminal, sem gravação de consentimento.",
                    "Log de contratação via app em dispositivo não cadastrado anteriormente.",
                    "Localizadas 3 cobranças de tarifa após o pedido de encerramento registrado em protocolo."]),
          y=g.pick(["procede o pedido de estorno", "procede parcialmente", "encaminhado à área de fraudes"]))
    doc.f("Resposta enviada em «d» para «e», assinada por «o», Ouvidor«a». Valor estornado: R$ «v» na conta «cc».\n"
          "Contato do cliente em «d2» pelo «t»: «ok».\n",
          d=g.date(), e=em_t(g, cli), o=P(ouv.full), a=ouv.g("", "a"), v=g.money(50, 9000), cc=cc_t(g), d2=g.date(),
          t=ph_t(g), ok=g.pick(["cliente satisfeito", "cliente pede indenização por dano moral, orientado", "não atendeu"]))
    return doc


def at_chargeback(g: Gen) -> Doc:
    """Card dispute chat: the bot, then a specialist; the customer types the full card."""
    doc = Doc()
    i = g.ri(0, len(BANKCOS) - 1)
    bk = BANKCOS[i].split(" S.A.")[0].split(" - ")[0]
    cli, esp = g.person(), g.person()
    bot = g.pick(["Aurora", "Luz", "Bia", "Celeste"])
    h, m = g.ri(8, 21), g.ri(0, 40)
    def ts(k):
        return f"[{h:02d}:{(m + k) % 60:02d}]"
    card = g.card(g.chance(0.6))
    doc.f("Transcrição de atendimento – chat «bk» – «d»\n\n", bk=bk, d=g.date())
    doc.f("«t» «bot» (assistente virtual): Oi! Eu sou a «bot», assistente virtual do «bk». Pra começar, me diz seu CPF?\n",
          t=ts(0), bot=bot, bk=bk)
    doc.f("«t» Cliente: «c»\n", t=ts(0), c=cpf_t(g, g.pick(["raw", "dot"])))
    doc.f("«t» «bot» (assistente virtual): Obrigada, «n»! Sobre o que você quer falar?\n", t=ts(1), bot=bot, n=P(cli.first))
    doc.f("«t» Cliente: «x» «cc»\n", t=ts(2), x=g.pick(["tem compra q eu nao fiz no cartao", "quero contestar umas compras do cartão",
                                                      "CLONARAM MEU CARTAO"]), cc=(card, "CREDIT_CARD"))
    doc.f("«t» «bot» (assistente virtual): Por segurança, nunca envie o número completo do cartão 😉 Vou te transferir para um "
          "especialista.\n", t=ts(2), bot=bot)
    doc.f("«t» «e» (Especialista): Olá, «n»! Sou «e2», vou cuidar da sua contestação. Já bloqueei o cartão final «f». Quais "
          "compras você não reconhece?\n", t=ts(4), e=P(esp.short), n=P(cli.first), e2=P(esp.first), f=card[-4:])
    doc.f("«t» Cliente: ", t=ts(6))
    lines = []
    for _ in range(g.ri(2, 4)):
        lines.append(f"{g.date('dm')} {g.pick(MERCHANTS)} {g.money(30, 3500)}")
    doc.t(" / ".join(lines) + "\n")
    if g.chance(0.6):
        add = g.relative(cli, female=False)
        doc.f("«t» Cliente: o adicional do «n» (final «f») é da minha conta tb mas ele ta com o cartao dele\n", t=ts(7),
              n=P(add.first.lower() if g.chance(0.5) else add.first), f=g.d(4))
    doc.f("«t» «e» (Especialista): Certo. Abri a contestação nº CTB«n» (prazo de até 60 dias, com crédito provisório em até "
          "2 faturas). Enviaremos o formulário de contestação para «em», confirma?\n", t=ts(8), e=P(esp.first), n=g.d(10),
          em=em_t(g, cli))
    doc.f("«t» Cliente: sim. e o cartao novo vai pra onde\n", t=ts(9))
    doc.f("«t» «e» (Especialista): Para o endereço cadastrado: «ad», CEP «cep». Ainda é esse?\n", t=ts(10), e=P(esp.first),
          ad=ad_t(g), cep=cep_t(g))
    if g.chance(0.5):
        doc.f("«t» Cliente: nao, mudei. agora é «ad» cep «cep». se precisar liga no «tel»\n", t=ts(11),
              ad=ad_t(g, "low"), cep=cep_t(g, False), tel=ph_t(g, g.pick(["raw", "plain", "nospace"])))
    else:
        doc.f("«t» Cliente: é esse sim. meu cel é «tel»\n", t=ts(11), tel=ph_t(g, g.pick(["raw", "plain", "nospace"])))
    doc.f("«t» «e» (Especialista): Anotado! Protocolo do atendimento: «p». Obrigada por aguardar, «n» 💜\n", t=ts(12),
          e=P(esp.first), p=f"{g.ri(2025, 2026)}{g.d(10)}", n=P(cli.first))
    return doc


def at_cobranca_export(g: Gen) -> Doc:
    """Collections work-queue export (CSV) with operator notes."""
    doc = Doc()
    col = g.pick(COLLECTORS)
    ops = [g.person() for _ in range(3)]
    split = g.chance(0.4)
    by_login = g.chance(0.5)  # some exports show the operator's login instead of the name
    logins = {id(o): login(o, g) for o in ops}
    doc.f("# «c» – carteira «k» – exportado em «d» por «u»\n", c=col, k=g.pick(["Banco Aurora CDC", "Celeste Cartões", "Bento Veículos",
                                                                          "Prudente Consignado"]), d=g.date(), u=login(ops[0], g))
    if split:
        doc.t("contrato;nome;sobrenome;cpf;telefone;dias_atraso;saldo;operador;ult_contato;obs\n")
    else:
        doc.t("contrato;devedor;cpf;telefone;dias_atraso;saldo;operador;ult_contato;obs\n")
    for _ in range(g.ri(4, 6)):
        dv = g.person()
        op = g.pick(ops)
        doc.t(f"{g.d(3)}{g.d(7)}-{g.d(1)};")
        if split:
            doc.f("«a»;«b»;", a=P(dv.given.upper()), b=P(" ".join(dv.surnames).upper()))
        else:
            doc.f("«a»;", a=P(g.pick([dv.caps_fold, dv.caps, dv.inverted])))
        doc.f("«c»;«t»;«dd»;«s»;«o»;«u»;", c=cpf_t(g, g.pick(["raw", "dot", "raw"])), t=ph_t(g, g.pick(["raw", "e164", "par"])),
              dd=g.ri(31, 720), s=g.money(200, 45000).replace(".", ""),
              o=logins[id(op)] if by_login else P(g.pick([op.first + " " + op.last, op.first])),
              u=g.date("br"))
        kind = g.ri(0, 5)
        if kind == 0:
            rel = g.relative(dv, female=not dv.female)
            doc.f("ALÔ C/ «es» «r», DISSE Q «el» TRABALHA DE DIA; RETORNAR APÓS 18H", es=rel.g("ESPOSO", "ESPOSA"),
                  r=P(rel.first.upper()), el=dv.g("ELE", "ELA"))
        elif kind == 1:
            doc.f("CPC - PROMESSA PGTO «d» R$ «v»", d=g.date("dm"), v=g.money(100, 900))
        elif kind == 2:
            doc.f("TEL DE TERCEIRO (vizinha d. «r») - novo tel informado «t»", r=P(g.person(female=True).first), t=ph_t(g, "par"))
        elif kind == 3:
            doc.t(g.pick(["NÃO ATENDE", "CAIXA POSTAL", "NÚMERO INEXISTENTE", "RECADO C/ FILHO"]))
        elif kind == 4:
            doc.f("acordo 12x R$ «v», boleto enviado p/ «e»", v=g.money(80, 600), e=em_t(g, dv))
        elif g.chance(0.5):
            doc.t("cliente alega desemprego; oferecido desconto de 70% à vista (campanha Aurora Limpa Nome)")
        else:
            doc.f("entrada paga no cartão «c» (titular informou dados por tel, operador digitou no POS)", c=card_t(g, g.chance(0.5)))
        doc.t("\n")
    doc.f("\nSupervisão: «s» – metas do dia: 40 CPCs / operador\n", s=P(g.person().full))
    return doc


def at_negociacao(g: Gen) -> Doc:
    """WhatsApp negotiation between a collections agent and a debtor, exported as text."""
    doc = Doc()
    k = g.ri(0, len(BANKCOS) - 1)
    col = g.pick(COLLECTORS).split(" Ltda")[0].split(" EIRELI")[0].split(" S.A.")[0]
    dv, ag = g.person(), g.person()
    ph = g.phone("plus")
    d = g.date("short")
    tl = iter(clock(g, 14, secs=False))

    def ts():
        return f"{d} {next(tl)}"
    doc.f("Conversa do WhatsApp com «p»\n\n", p=(ph, "PHONE_NUMBER"))
    doc.f("«t» - «c»: Olá! Falo com «n»? Aqui é «a», da «c», assessoria autorizada do «b». Temos uma proposta especial para "
          "regularizar o contrato final «f». Responda SIM para conhecer.\n", t=ts(), c=col, n=P(dv.full), a=P(ag.first),
          b=BANKCOS[k], f=g.d(4))
    doc.f("«t» - «p»: quem ta falando\n", t=ts(), p=(ph, "PHONE_NUMBER"))
    doc.f("«t» - «c»: «a» da «c» 😊 Para sua segurança, confirme os 3 primeiros dígitos do seu CPF.\n", t=ts(), c=col, a=P(ag.first))
    doc.f("«t» - «p»: «x» «c»\n", t=ts(), p=(ph, "PHONE_NUMBER"),
          x=g.pick(["vou mandar inteiro logo", "pra que", "ta aqui", "segue"]), c=cpf_t(g, g.pick(["raw", "dot"])))
    doc.f("«t» - «c»: Obrigada! O débito atualizado é de R$ «v». Hoje consigo: à vista R$ «av» (desconto de «pc»%) ou entrada de "
          "R$ «en» + «np»x de R$ «pa».\n", t=ts(), c=col, v=g.money(1500, 30000), av=g.money(300, 4000), pc=g.ri(55, 92),
          en=g.money(100, 500), np=g.ri(4, 24), pa=g.money(80, 700))
    doc.f("«t» - «p»: «x»\n", t=ts(), p=(ph, "PHONE_NUMBER"),
          x=g.pick(["consigo pagar a vista so dia 10 qdo cair o salario", "to desempregado, so consigo o parcelado",
                    "essa divida ja nao caducou? faz mais de 5 anos"]))
    doc.f("«t» - «c»: Entendo. Posso registrar o acordo com vencimento em «dd». O pagamento pode ser por boleto ou Pix. Chave Pix "
          "aleatória do credor: «k» (favorecido «b», CNPJ «cn»).\n", t=ts(), c=col, dd=g.date("dm"), k=pix_t(g),
          b=BANKCOS[k], cn=cnpj_t(g))
    rel = g.relative(dv)
    doc.f("«t» - «p»: manda o boleto no email «e». e se nao me achar fala com «r» no «rt», é meu «rr»\n", t=ts(),
          p=(ph, "PHONE_NUMBER"), e=em_t(g, dv), r=P(rel.first.lower() if g.chance(0.4) else rel.first), rt=ph_t(g, "raw"),
          rr=rel.g("irmao", "irmã") if g.chance(0.5) else rel.g("filho", "filha"))
    if g.chance(0.4):
        doc.f("«t» - «p»: e se eu pagar no cartao de credito? o numero é «cc» validade «v»\n", t=ts(), p=(ph, "PHONE_NUMBER"),
              cc=card_t(g, g.chance(0.4)), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
        doc.f("«t» - «c»: Por segurança, não informe dados do cartão por aqui 🙏 O pagamento com cartão é feito só pelo link oficial.\n",
              t=ts(), c=col)
    doc.f("«t» - «c»: Acordo nº «an» registrado ✅ Linha digitável: «ld». Após o pagamento, a baixa na Serasa ocorre em até 5 dias "
          "úteis (art. 43 do CDC).\n", t=ts(), c=col, an=f"{g.d(8)}", ld=linha_digitavel(g))
    doc.f("«t» - «p»: ok obg «a»\n", t=ts(), p=(ph, "PHONE_NUMBER"), a=P(ag.first.lower()))
    return doc


def at_consorcio(g: Gen) -> Doc:
    """Consórcio customer record: quota, contemplation, spouse, insurance beneficiary, refund account."""
    doc = Doc()
    adm = g.pick(["Consórcio Prudente Administradora Ltda.", "Aurora Consórcios S.A.", "Bento Gonçalves Consórcios Ltda.",
                  "Consórcio Nacional Celeste"])
    cs, sp, att1, att2, ben = g.person(), g.person(), g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("«a» – FICHA DO CONSORCIADO\nGrupo «gr»  Cota «co»  Bem: «bem»  Crédito: R$ «cr»\nSituação: «sit»\n\n",
          a=adm.upper(), gr=f"{g.d(4)}", co=f"{g.ri(1, 450):03d}-{g.d(1)}",
          bem=g.pick(["automóvel", "imóvel", "motocicleta", "serviços"]), cr=g.money(30000, 400000),
          sit=g.pick([f"contemplada por lance livre em {g.date()}", "ativa, em dia", f"contemplada por sorteio em {g.date()}",
                      "excluída – 4 parcelas em atraso"]))
    doc.f("Nome: «n»\nCPF «c» · RG «rg» «oe» · Nasc. «dob»\nEstado civil: «ec»", n=P(g.pick([cs.caps, cs.full])), c=cpf_t(g),
          rg=rg_t(g), oe=g.pick(["SSP/SP", "SSP/MG", "SESP/PR", "SSP/BA"]), dob=dob_t(g), ec=g.pick(["casado(a)", "união estável"]))
    doc.f(" – cônjuge: «s» (CPF «c»)\n", s=P(sp.full), c=cpf_t(g))
    if g.chance(0.3):
        doc.f("Título de eleitor: «t»\n", t=tit_t(g))
    doc.f("Endereço: «ad» – «b» – «ci»/«uf» – CEP «cep»\nCelular: «t»   Fixo: «t2»   E-mail: «e»\n", ad=ad_t(g), b=g.pick(BAIRROS),
          ci=city, uf=uf, cep=cep_t(g), t=ph_t(g), t2=ph_t(g, "par", mobile=False), e=em_t(g, cs))
    doc.f("Seguro prestamista: beneficiário «b» («p»)\n", b=P(ben.full), p=g.pick(["filho(a)", "cônjuge", "mãe", "irmã(o)"]))
    doc.f("Dados p/ restituição: banco «bk», ag. «ag», c/c «cc»\n\nHISTÓRICO\n", bk=g.pick(BANKS)[0], ag=ag_t(g), cc=cc_t(g))
    doc.f("«d» «h» – «a»: consorciado solicita 2ª via do boleto da parcela «p»/«n», enviado por SMS.\n", d=g.date("br"), h=g.hm(),
          a=P(att1.full), p=g.ri(5, 40), n=g.pick([60, 72, 80, 100, 180]))
    doc.f("«d» «h» – «a»: informado lance de «pc»% (R$ «v») p/ assembleia de «m»; cliente quer usar FGTS, orientado sobre "
          "documentação (PIS «pis»).\n", d=g.date("br"), h=g.hm(), a=P(att2.first), pc=g.ri(15, 50), v=g.money(5000, 90000),
          m=g.pick(MONTHS), pis=pis_t(g))
    if g.chance(0.6):
        doc.f("«d» «h» – «a»: faturamento do bem: «car», placa «pl», vendedor «v» (CNPJ «cn»); alienação fiduciária registrada.\n",
              d=g.date("br"), h=g.hm(), a=P(att1.first), car=g.pick(CARS), pl=pl_t(g),
              v=g.pick(["Bento Veículos Ltda.", "Aurora Motors Comércio de Veículos", "Prudente Seminovos"]), cn=cnpj_t(g))
    else:
        doc.f("«d» «h» – «a»: cônjuge «s» ligou do «t» pedindo extrato; dados não repassados (titular é «n»).\n",
              d=g.date("br"), h=g.hm(), a=P(att2.short), s=P(sp.first), t=ph_t(g), n=P(cs.first))
    return doc


# =========================================================================== juridico


def ju_sindicancia(g: Gen) -> Doc:
    """Fraud investigation report (sindicância) of an auto theft/collision claim."""
    doc = Doc()
    i = g.ri(0, len(INSURERS) - 1)
    seg, sind, reg, w1, w2 = g.person(), g.person(), g.person(), g.person(), g.person()
    city, uf = g.city()
    nat = g.pick(["roubo", "furto", "colisão com perda total", "incêndio"])
    doc.f("RELATÓRIO DE SINDICÂNCIA Nº RS-«n»\nContratante: «ins»\nEmpresa sindicante: «emp»\nSindicante: «s»   "
          "Regulador responsável: «r»\nSinistro «sn» – natureza: «nat» – data do evento: «de»\n\n",
          n=f"{g.ri(2025, 2026)}/{g.d(4)}", ins=INSURERS[i], emp=g.pick(["Leão Investigações e Regulação Ltda.",
                                                                          "Queiroga & Tabosa Perícias", "Sindical Aurora Serviços Técnicos"]),
          s=P(sind.full), r=P(reg.full), sn=sinistro_no(g), nat=nat, de=g.date())
    doc.t("1. DO SEGURADO\n")
    qual(g, doc, seg, form="caps", phone=True, extra=g.pick([None, "cnh", "cnh"]), end=".\n\n")
    car, pl = g.pick(CARS), g.plate()
    doc.f("2. DO VEÍCULO\n«car», ano «y», placa «pl», chassi «ch», RENAVAM «rv», adquirido em «da» de ",
          car=car, y=g.ri(2014, 2024), pl=(pl, "LICENSE_PLATE"), ch=g.chassi(), rv=g.neg(11), da=g.date("br", g.ri(2022, 2025)))
    if g.chance(0.5):
        doc.f("«v».\n\n", v=g.pick(["Bento Veículos Ltda.", "Aurora Seminovos", "Prudente Multimarcas"]))
    else:
        doc.f("«v» (particular, pagamento em espécie segundo o segurado).\n\n", v=P(g.person().full))
    doc.f("3. DAS DILIGÊNCIAS\n3.1. Em «d», o segurado foi entrevistado em sua residência. Relatou que «rel». Apresentou "
          "BO nº «bo», lavrado na «dp»ª DP de «ci».\n", d=g.date(), bo=f"{g.d(5)}/{g.ri(2025, 2026)}", dp=g.ri(1, 99), ci=city,
          rel=g.pick(["deixou o veículo estacionado defronte à academia por cerca de uma hora",
                      "foi abordado por dois indivíduos armados ao chegar em casa",
                      "perdeu o controle do veículo numa curva sem sinalização"]))
    doc.f("3.2. Testemunha: «w», «pr», residente na «ad», «ci», tel. «t». Declarou que «dec».\n", w=P(w1.full), pr=g.pick(PROFS)[1 if w1.female else 0],
          ad=ad_t(g, "legal"), ci=city, t=ph_t(g),
          dec=g.pick(["viu o veículo na garagem do segurado na véspera", "ouviu o barulho da colisão e chamou o SAMU",
                      "não presenciou os fatos"]))
    doc.f("3.3. Foi ouvid«o» também «w» (", o=w2.o, w=P(w2.full if g.chance(0.5) else w2.caps))
    ap = g.pick(["vulgo", "vizinho(a)", "frentista do posto Aurora", "ex-sócio do segurado"])
    if ap == "vulgo":
        nick = w2.nick
        pre = "Dona " if nick.startswith("Dona ") else ""
        doc.f("vulgo \"«p»«k»\"", p=pre, k=P(nick[len(pre):]))
    else:
        doc.t(ap)
    doc.f("), «q», CPF «c».\n",
          q=g.pick(["que confirmou a versão", "que apresentou versão divergente quanto ao horário", "que não quis assinar o termo"]),
          c=cpf_t(g))
    doc.f("3.4. Em consulta às redes sociais, o perfil «h» publicou foto do veículo placa «pl» em «ci2» no dia «d» "
          "(acesso registrado a partir do IP «ip»).\n3.5. Consultas: «cs».\n\n",
          h="@" + re.sub(r"[^a-z]", "", fold(seg.first).lower()) + g.pick(["_oficial", g.d(2), "rj", "zl"]), pl=(pl, "LICENSE_PLATE"),
          ci2=g.pick(["Foz do Iguaçu", "Ponta Porã", "Corumbá", "Guaíra", "Bento Gonçalves"]), d=g.date(), ip=ip_t(g),
          cs=g.pick(["Serasa sem restrições", "3 sinistros anteriores em outras seguradoras (CNseg)", "protestos em nome do segurado"]))
    doc.f("4. CONCLUSÃO\n«c» (art. 766 do Código Civil). Processo criminal relacionado: «cnj».\n\n«ci», «d».\n«s»\nSindicante\n«e»\n",
          c=g.pick(["Há indícios de fraude, recomenda-se a negativa", "Não foram encontrados indícios de fraude; sugere-se a indenização",
                    "Inconclusivo; sugere-se perícia no veículo"]),
          cnj=g.cnj(uf), ci=city, d=g.date("long"), s=P(sind.caps), e=em_t(g, sind, g.pick(["leaoinvestiga.com.br", "qtpericias.com.br"])))
    return doc


def ju_regresso(g: Gen) -> Doc:
    """Subrogation / recovery letter from the insurer's lawyers to the third party."""
    doc = Doc()
    i = g.ri(0, len(INSURERS) - 1)
    terc, seg, adv = g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("«ci», «d».\n\n«sr» «n»\n«ad»\n«b»\nCEP «cep» – «ci2»/«uf»\n\n", ci=city, d=g.date("long"),
          sr=terc.g("Ao Sr.", "À Sra."), n=P(terc.full), ad=ad_t(g, g.pick(["text", "legal"])), b=g.pick(BAIRROS), cep=cep_t(g),
          ci2=city, uf=uf)
    doc.f("Ref.: Ressarcimento de danos – Sinistro «sn» – sub-rogação (art. 786 do Código Civil e Súmula 188 do STF)\n\n"
          "Prezad«o» «sr»,\n\n", sn=sinistro_no(g), o=terc.o, sr=terc.g("Senhor", "Senhora"))
    doc.f("A «ins», inscrita no CNPJ sob o nº «cn», por seus advogados, comunica que indenizou «ss» «s» em R$ «v», em "
          "razão do acidente ocorrido em «de», na «st», envolvendo o veículo placa «p1», conduzido por Vossa Senhoria (CNH nº «cnh»), "
          "e o veículo segurado, placa «p2».\n\n", ins=INSURERS[i], cn=cnpj_t(g), ss=seg.g("seu segurado", "sua segurada"), s=P(seg.full), v=g.money(3000, 90000), de=g.date(),
          st=g.pick(["Av. Prudente de Morais", "Rua Rosa Branca", "Av. Barão do Rio Branco", "Rodovia Bento Gonçalves",
                     "Praça Marechal Deodoro"]), p1=pl_t(g), cnh=cnh_t(g), p2=pl_t(g))
    doc.f("Conforme o boletim de ocorrência e o laudo da oficina «of», os danos decorreram de culpa exclusiva de Vossa Senhoria. "
          "Por esse motivo, fica V.Sa. notificad«o» a ressarcir a quantia de R$ «v», em até 15 dias, ", of=g.pick(OFICINAS),
          o=terc.o, v=g.money(3000, 90000))
    if g.chance(0.5):
        doc.f("mediante Pix à chave aleatória «k», ", k=pix_t(g))
    else:
        doc.f("mediante depósito no Banco «bk», agência «ag», conta corrente «cc», de titularidade da seguradora, ",
              bk=g.pick(BANKS)[1], ag=ag_t(g), cc=cc_t(g))
    doc.f("ou propor parcelamento pelo telefone «t» ou e-mail «e».\n\nDecorrido o prazo, será ajuizada ação regressiva, "
          "acrescida de correção, juros (Súmula 54 do STJ) e honorários.\n\nAtenciosamente,\n\n«a»\n«oab»\n«f»\n",
          t=ph_t(g, "par", mobile=g.chance(0.5)), e=(corp_mail(adv, g.pick(FIRM_DOMS)), "EMAIL_ADDRESS"), a=P(adv.full),
          oab=pid(g, adv, "OAB", uf), f=g.pick(FIRMS))
    if g.chance(0.5):
        doc.f("\nAR «ar» – recebido em «d» por «r», RG «rg»\n", ar=f"BR{g.d(9)}BR", d=g.date("br"), r=P(g.person().full.upper()), rg=rg_t(g))
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Extrajudicial collection notice to a debtor and a guarantor."""
    doc = Doc()
    k = g.ri(0, len(BANKCOS) - 1)
    dv, av, adv1, adv2 = g.person(), g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: «b», CNPJ «cn», com sede em «ci»/«uf».\n\nNOTIFICAD«o»S:\n1) ",
          b=BANKCOS[k].upper(), cn=cnpj_t(g), ci=city, uf=uf, o="O" if g.chance(0.5) else "O")
    qual(g, doc, dv, form=g.pick(["caps", "full"]), email=g.chance(0.5), end=", na qualidade de emitente;\n2) ")
    qual(g, doc, av, form=g.pick(["caps", "full"]), end=", na qualidade de avalista.\n\n")
    ccb = f"{g.d(3)}.{g.d(3)}.{g.d(3)}"
    doc.f("Pela presente, a NOTIFICANTE, por seus advogados, vem NOTIFICAR Vossas Senhorias de que a Cédula de Crédito Bancário nº «c», "
          "emitida em «de» no valor de R$ «v», encontra-se vencida desde «dv», com saldo devedor de R$ «s» em «da», "
          "conforme demonstrativo anexo (art. 28 da Lei 10.931/2004).\n\n", c=ccb, de=g.date("br", g.ri(2021, 2024)),
          v=g.money(5000, 250000), dv=g.date("br"), s=g.money(5000, 300000), da=g.date("br"))
    doc.t("Parcelas em aberto:\n")
    for n in range(g.ri(2, 4)):
        doc.t(f"  {g.ri(5, 30):02d}/{g.pick([36, 48, 60])}  venc. {g.date('br')}  R$ {g.money(300, 6000)}\n")
    doc.f("\nFica concedido o prazo de 10 (dez) dias para pagamento ou contato com o escritório (tel. «t», WhatsApp «w»), sob pena "
          "de inclusão nos cadastros de proteção ao crédito (art. 43, § 2º, do CDC) e de execução judicial, inclusive quanto ao "
          "veículo placa «pl», dado em alienação fiduciária.\n\n«ci», «d».\n\n",
          t=ph_t(g, "par", mobile=False), w=ph_t(g), pl=pl_t(g), ci=city, d=g.date("long"))
    doc.f("«a1» – «o1»\n", a1=P(adv1.caps), o1=pid(g, adv1, "OAB", uf))
    if g.chance(0.6):
        doc.f("«a2» – «o2»\n", a2=P(adv2.caps), o2=pid(g, adv2, "OAB", uf))
    doc.f("«f» – cobranca@«dom»\n", f=g.pick(FIRMS), dom=g.pick(FIRM_DOMS))
    if g.chance(0.6):
        rec = g.person()
        doc.f("\nComprovante de entrega: recebido em «d» por «r» («q»), doc. «rg».\n", d=g.date("br"),
              r=P(g.pick([rec.full, rec.caps_fold])), q=g.pick(["porteiro", "própria notificada", "filho(a)", "zelador"]), rg=rg_t(g))
    return doc


def ju_bacen(g: Gen) -> Doc:
    """A bank's answer to a BACEN (RDR) or PROCON complaint, with the access log."""
    doc = Doc()
    k = g.ri(0, len(BANKCOS) - 1)
    cli, ouv, fil = g.person(), g.person(), g.person()
    proc = g.chance(0.5)
    uf = g.pick(UFS)
    ref = (f"Reclamação FA nº {g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)} – PROCON-{uf}" if proc
           else f"Demanda RDR nº {g.ri(2025, 2026)}{g.d(8)} – Banco Central do Brasil")
    doc.f("Ofício OUV/«n»\nRef.: «r»\nReclamante: «c» – CPF «cpf»\nContato informado na reclamação: «t» / «e»\n\nPrezados,\n\n",
          n=f"{g.d(4)}/{g.ri(2025, 2026)}", r=ref, c=P(cli.caps), cpf=cpf_t(g), t=ph_t(g), e=em_t(g, cli))
    doc.f("O «b», em atenção à reclamação em referência, na qual «o» cliente relata que «rel», presta os esclarecimentos abaixo.\n\n",
          b=BANKCOS[k], o=cli.g("o", "a"),
          rel=g.pick(["foram realizadas transferências via Pix que não reconhece", "um empréstimo pessoal foi contratado sem sua autorização",
                      "teve a conta bloqueada sem aviso prévio"]))
    doc.f("1. A conta corrente «cc», agência «ag», é de titularidade d«o» reclamante desde «d». Os registros de acesso do período "
          "são os seguintes:\n\nData/hora | IP | Dispositivo | Operação\n", cc=cc_t(g), ag=ag_t(g), o=cli.g("o", "a"),
          d=g.date("br", g.ri(2012, 2022)))
    for _ in range(g.ri(3, 5)):
        doc.f("«d» «h» | «ip» | «dv» | «op»\n", d=g.date("br"), h=g.hms(), ip=ip_t(g),
              dv=g.pick(["Samsung SM-A515F", "iPhone 13", "Motorola moto g(60)", "Xiaomi Redmi Note 11", "navegador Chrome/Windows"]),
              op=g.pick(["login", "cadastro de novo dispositivo", f"Pix R$ {g.money(100, 9000)}", "contratação CDC", "alteração de limite Pix"]))
    doc.f("\n2. As transferências foram destinadas a «d», CPF «m», titular de conta em outra instituição, que foi notificada via MED "
          "(Resolução BCB nº 103/2021).\n", d=P(g.person().caps_fold), m=g.masked_cpf())
    doc.f("3. Em contato telefônico em «d», pelo número «t», falamos com «f» («p» d«o» cliente), que informou «x».\n",
          d=g.date("br"), t=ph_t(g), f=P(fil.full if g.chance(0.5) else fil.first), p=fil.g(g.pick(["filho", "cônjuge", "neto"]), g.pick(["filha", "cônjuge", "neta"])),
          o=cli.g("o", "a"), x=g.pick(["que o cliente recebeu ligação de falso funcionário", "que o celular foi furtado no dia anterior",
                                      "que o cliente está hospitalizado"]))
    doc.f("4. «dec».\n\nColocamo-nos à disposição pelo 0800 «o» ou ouvidoria@«dom».\n\n«a»\nOuvidoria – «b»\n",
          dec=g.pick(["Em caráter excepcional, foi realizado o ressarcimento de R$ " + g.money(500, 12000) + " na conta do cliente",
                      "Não foi identificada falha na prestação do serviço, razão pela qual a reclamação é improcedente",
                      "O contrato foi cancelado e as parcelas descontadas foram devolvidas"]),
          o=f"{g.ri(700, 799)} {g.d(4)}", dom=BANK_DOMS[k], a=P(ouv.full), b=BANKCOS[k])
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Power of attorney to handle an insurance claim and transfer the vehicle, with notary's stamp or e-signature log."""
    doc = Doc()
    i = g.ri(0, len(INSURERS) - 1)
    out, dsp, esc = g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.t("PROCURAÇÃO PARTICULAR\n\nOUTORGANTE: ")
    qual(g, doc, out, form=g.pick(["caps", "full"]), email=g.chance(0.4), end=".\n\nOUTORGADO: ")
    if g.chance(0.5):
        doc.f("«n», despachante documentalista, CPF «c», credenciado no DETRAN-«uf» sob nº «cr», com escritório na "
              "Av. Bento Gonçalves, 1200, sala 4, «ci».\n\n", n=P(dsp.caps), c=cpf_t(g), uf=uf, cr=g.d(5), ci=city)
    else:
        doc.f("«n», advogad«o», «oab», e-mail «e».\n\n", n=P(dsp.caps), o=dsp.o, oab=pid(g, dsp, "OAB", uf),
              e=(corp_mail(dsp, g.pick(FIRM_DOMS)), "EMAIL_ADDRESS"))
    doc.f("PODERES: para representar o(a) outorgante perante a «ins» no processo de sinistro «sn» relativo ao veículo «car», "
          "placa «pl», chassi «ch», RENAVAM «rv», podendo apresentar documentos, assinar a ATPV-e e o termo de transferência do "
          "salvado, receber a indenização mediante crédito na conta «cc», agência «ag», do «bk», dar quitação e substabelecer.\n\n"
          "«ci», «d».\n\n_____________________________\n«n»\n\n",
          ins=INSURERS[i], sn=sinistro_no(g), car=g.pick(CARS), pl=pl_t(g), ch=g.chassi(), rv=g.neg(11), cc=cc_t(g), ag=ag_t(g),
          bk=g.pick(BANKS)[1], ci=city, d=g.date("long"), n=P(out.caps))
    if g.chance(0.5):
        doc.f("«c»º TABELIÃO DE NOTAS DE «ci»\nReconheço por semelhança a firma de «n». Em testemunho da verdade. «ci2», «d». "
              "Escrevente: «e». Selo digital «s». Valor R$ «v».\n",
              c=g.ri(1, 30), ci=city.upper(), n=P(out.caps_fold), ci2=city, d=g.date("br"), e=P(esc.full),
              s=f"{g.hexs(4)}{g.d(6)}{g.hexs(4)}", v=g.money(5, 15))
    else:
        doc.f("Registro de assinatura eletrônica – documento «h»\nSignatário: «n» – CPF «c» – e-mail «e»\n"
              "Assinado em «d» «t» – IP «ip» – geolocalização aproximada «geo»\n",
              h=g.hexs(16).lower(), n=P(out.full), c=cpf_t(g), e=em_t(g, out), d=g.date("br"), t=g.hms(), ip=ip_t(g),
              geo=f"-{g.ri(3, 30)}.{g.d(4)}, -{g.ri(35, 60)}.{g.d(4)}")
    return doc


def ju_beneficiario(g: Gen) -> Doc:
    """Internal legal opinion on a disputed life-insurance benefit."""
    doc = Doc()
    i = g.ri(0, len(INSURERS) - 1)
    dec = g.person()
    ex = g.person(female=not dec.female)
    comp = g.person(female=not dec.female)
    kids = [g.relative(dec) for _ in range(g.ri(1, 2))]
    adv, an, ger = g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("«ins» – JURÍDICO VIDA\nPARECER INTERNO «n» – Sinistro Vida «sn»\n\n", ins=INSURERS[i].upper(),
          n=f"{g.d(3)}/{g.ri(2025, 2026)}", sn=sinistro_no(g))
    doc.f("Segurad«o»: «n», CPF «c», nascid«o» em «dob», falecid«o» em «do» (certidão de óbito – matrícula «mt»). Capital "
          "segurado: R$ «v». Causa: «cid».\n\n", o=dec.o, n=P(dec.full), c=cpf_t(g), dob=dob_t(g, "br", 1945, 1990),
          do=g.date("br"), mt=f"{g.d(6)} 01 55 {g.ri(2024, 2026)} 4 {g.d(5)} {g.d(3)} {g.d(7)}-{g.d(2)}",
          v=g.money(50000, 900000), cid=g.pick(["CID I21.9", "CID C34.9", "causa externa – CID V89.2", "CID J18.9"]))
    doc.f("Beneficiários indicados (proposta de «y»):\n- «e» («r»), CPF «c» – «p»%\n", y=g.ri(2008, 2018), e=P(ex.full),
          r=ex.g("ex-cônjuge", "ex-cônjuge"), c=cpf_t(g), p=50 if kids else 100)
    for kid in kids:
        doc.f("- «n» (filh«o»), nascid«o» em «dob», CPF «c» – «p»%\n", n=P(kid.full), o=kid.o,
              dob=dob_t(g, "br", 2000, 2016), c=cpf_t(g), p=50 // len(kids))
    doc.f("\nRequerente: «n», que alega união estável com «o» segurad«o» desde «y», representad«a» por «adv» («oab»).\n"
          "Ação: «cnj» – «v»ª Vara Cível de «ci».\n\n", n=P(comp.full), o="o" if not dec.female else "a",
          y=g.ri(2015, 2021), a=comp.o, adv=P(adv.full), oab=pid(g, adv, "OAB", uf), cnj=g.cnj(uf), v=g.ri(1, 12), ci=city)
    doc.f("Análise: à luz do art. 792 do Código Civil e da jurisprudência do STJ, a indicação expressa prevalece, salvo prova de "
          "separação de fato ao tempo do óbito. A ex-cônjuge «e» informou, em contato pelo «t», que «x».\n\n",
          e=P(ex.first), t=ph_t(g), x=g.pick(["estava separada havia 6 anos", "nunca se separou de fato", "não tem interesse no capital"]))
    doc.f("Recomendação: ajuizar consignação em pagamento (art. 335, V, do CC) e depositar em juízo a cota controvertida; pagar a "
          "cota dos filhos na conta «cc», ag. «ag», aberta em nome de «k».\n\n«a» – Analista\n«gg» – Gerente Jurídico, «oab»\n",
          cc=cc_t(g), ag=ag_t(g), k=P(kids[0].first if kids else ex.first), a=P(an.full), gg=P(ger.full),
          oab=pid(g, ger, "OAB", uf))
    return doc


def ju_quitacao(g: Gen) -> Doc:
    """Total-loss indemnity: release and transfer of the salvage, with witnesses."""
    doc = Doc()
    i = g.ri(0, len(INSURERS) - 1)
    seg, w1, w2 = g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.t("TERMO DE QUITAÇÃO, CESSÃO DE DIREITOS E TRANSFERÊNCIA DE SALVADO\n\n")
    qual(g, doc, seg, form=g.pick(["caps", "full"]), phone=g.chance(0.5), email=g.chance(0.5), extra="cnh" if g.chance(0.4) else None,
         end=", doravante CEDENTE, ")
    financed = g.chance(0.5)
    doc.f("proprietári«o» do veículo «car», ano «y», placa «pl», chassi «ch», RENAVAM «rv», declara ter recebido da «ins», CNPJ "
          "«cn», a importância de R$ «v» («pc»% da tabela FIPE), referente à indenização integral do sinistro «sn», ",
          o=seg.o, car=g.pick(CARS), y=g.ri(2015, 2024), pl=pl_t(g), ch=g.chassi(), rv=g.neg(11), ins=INSURERS[i], cn=cnpj_t(g),
          v=g.money(25000, 180000), pc=100, sn=sinistro_no(g))
    if financed:
        doc.f("sendo R$ «v» pagos diretamente ao «b» para quitação do contrato de financiamento nº «c» (baixa do gravame) e o saldo "
              "creditado na conta «cc», agência «ag», do «bk».\n\n", v=g.money(5000, 60000), b=g.pick(BANKCOS), c=f"{g.d(3)}{g.d(7)}-{g.d(1)}",
              cc=cc_t(g), ag=ag_t(g), bk=g.pick(BANKS)[1])
    else:
        doc.f("creditada na conta «cc», agência «ag», do «bk», de sua titularidade.\n\n", cc=cc_t(g), ag=ag_t(g), bk=g.pick(BANKS)[1])
    doc.f("Pelo presente, dá plena, geral e irrevogável quitação, e transfere à seguradora a propriedade do salvado, obrigando-se "
          "a entregar o CRLV, as chaves e o manual no pátio «pt».\n\n«ci», «d».\n\n«n»\nCEDENTE\n\nTestemunhas:\n",
          pt=g.pick(["Bento Leilões", "Pátio Aurora Salvados", "Leiloeiro Amado Sobreira"]), ci=city, d=g.date("long"),
          n=P(seg.caps))
    for k, w in enumerate((w1, w2), 1):
        doc.f("«k». «n» – CPF «c»\n", k=k, n=P(g.pick([w.full, w.caps])), c=cpf_t(g))
    return doc


# =========================================================================== saude


def sa_autorizacao(g: Gen) -> Doc:
    """SP/SADT prior-authorisation request and the operator's audit answer."""
    doc = Doc()
    k = g.ri(0, len(OPERADORAS) - 1)
    ben, med, aud = g.person(), g.person(), g.person()
    uf = g.pick(UFS)
    cid, ind, codes = g.pick(CASES)
    proc = [(c, TUSS_D[c]) for c in codes]
    cl = g.pick(CLINICS)
    doc.f("GUIA DE SOLICITAÇÃO DE SP/SADT\n1-Registro ANS: «ans»   2-Nº guia no prestador: «gp»\n"
          "3-Operadora: «op»\n\nDADOS DO BENEFICIÁRIO\n4-Nº carteira: «cart»   5-Validade: «val»\n6-Nome: «n»\n"
          "7-Cartão Nacional de Saúde: «cns»   8-Data de nascimento: «dob»\n\n",
          ans=g.d(6), gp=g.d(9), op=OPERADORAS[k], cart=carteirinha(g), val=g.date("br", 2027), n=P(ben.caps_fold),
          cns=cns_t(g), dob=dob_t(g, "br", 1940, 2020))
    doc.f("DADOS DO SOLICITANTE\n9-Contratado: «cl»  CNPJ «cn»\n10-Profissional solicitante: «m»\n11-Conselho: «crm»   CBO: «cbo»\n"
          "12-Telefone do consultório: «t»\n\n", cl=cl.upper(), cn=cnpj_t(g), m=P(med.caps_fold), crm=pid(g, med, "CRM", uf),
          cbo=g.pick(["225270", "225125", "225250", "225133"]), t=ph_t(g, "par", mobile=False))
    doc.f("13-Caráter: «car»   14-CID-10: «cid»\n15-Indicação clínica: «ind»\n\nProcedimentos solicitados:\n",
          car=g.pick(["Eletivo", "Eletivo", "Urgência/Emergência"]), cid=cid, ind=ind)
    for code, desc in proc:
        doc.t(f"  {code}  {desc}  qtd {g.ri(1, 20)}\n")
    doc.f("\n--- PARECER DA AUDITORIA MÉDICA («d») ---\nAuditor: «a», «crm»\nResultado: «r»\nJustificativa: «j»\n",
          d=g.date(), a=P(aud.full), crm=pid(g, aud, "CRM", g.pick(UFS)),
          r=g.pick(["AUTORIZADO", "AUTORIZADO PARCIALMENTE", "NEGADO", "EM ANÁLISE – JUNTA MÉDICA"]),
          j=g.pick(["atende à DUT nº 65 do Anexo II da RN 465/2021", "procedimento fora do rol vigente; ver Lei 14.454/2022",
                    "ausência de exame de imagem recente; solicitar RM", "divergência técnica – instaurada junta (RN 424/2017)"]))
    if g.chance(0.6):
        doc.f("Beneficiário comunicado em «d» pelo tel. «t» e por e-mail («e»). Protocolo ANS «p».\n", d=g.date(),
              t=ph_t(g), e=em_t(g, ben), p=g.d(20))
    return doc


def sa_negativa(g: Gen) -> Doc:
    """Written denial of coverage sent to the beneficiary (RN 395/2016)."""
    doc = Doc()
    k = g.ri(0, len(OPERADORAS) - 1)
    ben, tit, med, resp = g.person(), g.person(), g.person(), g.person()
    minor = g.chance(0.4)
    city, uf = g.city()
    doc.f("«op»\n\n«ci», «d»\n\n«a»\n«n»\n«ad»\n«b» – «ci2»/«uf»\nCEP «cep»\n\n", op=OPERADORAS[k].upper(), ci=city, d=g.date("long"),
          a=g.pick(["Ao(À) Sr(a).", "A(o) beneficiário(a)", "Prezado(a)"]), n=P(tit.full if minor else ben.full),
          ad=ad_t(g), b=g.pick(BAIRROS), ci2=city, uf=uf, cep=cep_t(g))
    if minor:
        doc.f("Assunto: Negativa de cobertura – beneficiári«o» «n» (dependente, nascid«o» em «dob»)\n\n", o=ben.o, n=P(ben.full),
              dob=dob_t(g, "br", 2012, 2023))
    else:
        doc.f("Assunto: Negativa de cobertura – protocolo «p»\n\n", p=g.d(20))
    doc.f("Em atenção à solicitação de «proc», encaminhada por «m» («crm») em «ds», informamos que o procedimento NÃO foi "
          "autorizado, pelo seguinte motivo: «mot».\n\n",
          proc=g.pick(["artroplastia total de joelho com prótese importada", "terapia ABA 40h/semana", "PET-CT oncológico",
                       "cirurgia bariátrica por videolaparoscopia", "home care 24h"]),
          m=P(g.pick([med.full, med.caps])), crm=pid(g, med, "CRM", uf), ds=g.date("br"),
          mot=g.pick(["carência contratual de 180 dias não cumprida (cláusula 12.3; contrato assinado em " + g.date("br", 2025) + ")",
                      "doença ou lesão preexistente declarada – cobertura parcial temporária até " + g.date("br", 2026),
                      "procedimento não previsto no Rol de Procedimentos (RN 465/2021) e sem comprovação nos termos da Lei 14.454/2022",
                      "rede credenciada disponível no município – o prestador indicado não é referenciado"]))
    if g.chance(0.5):
        doc.f("CNS do(a) beneficiário(a): «c»\n", c=cns_t(g))
    doc.f("Contrato: «c»   Plano: «pl»   Carteira: «cart»   Titular: «t»\n\n", c=g.d(8), pl=g.pick(["Celeste Essencial", "Aurora Top Nacional",
                                                                                    "Prudente Flex Enfermaria", "Amparo Plus Apto"]),
          cart=carteirinha(g), t=P(tit.caps))
    doc.f("V.Sa. pode solicitar reanálise em até 30 dias pelo e-mail autorizacoes@«dom» ou recorrer à ANS (0800 701 9656). "
          "Responsável pela análise: «r», «crm».\n", dom=OPER_DOMS[k], r=P(resp.full), crm=pid(g, resp, "CRM", uf))
    if g.chance(0.5):
        doc.f("\nRecebido por e-mail em «d» – resposta de «n» («e»): ", d=g.date("br"),
              n=P(tit.first.lower() if g.chance(0.4) else tit.first), e=em_t(g, tit))
        r = g.ri(0, 2)
        if r == 0:
            doc.t("vou entrar na justiça, minha filha nao pode ficar sem a terapia\n")
        elif r == 1:
            doc.t("paguei 14 meses e agora isso??\n")
        else:
            doc.f("favor ligar no «t»\n", t=ph_t(g, "plain"))
    return doc


def sa_reembolso(g: Gen) -> Doc:
    """Reimbursement claim with the receipts typed in by the operator's analyst."""
    doc = Doc()
    k = g.ri(0, len(OPERADORAS) - 1)
    tit, an = g.person(), g.person()
    dep = g.relative(tit)
    doc.f("SOLICITAÇÃO DE REEMBOLSO Nº «n» – «op»\nTitular: «t» – CPF «c» – carteira «cart»\nBeneficiário atendido: «b» "
          "(«rel», nasc. «dob»)\nCanal: «can»\n\n", n=f"RB{g.d(9)}", op=OPERADORAS[k], t=P(tit.full), c=cpf_t(g), cart=carteirinha(g),
          b=P(dep.full), rel=g.pick(["dependente", "cônjuge", "filho(a)"]), dob=dob_t(g, "br", 1950, 2022),
          can=g.pick(["app", "portal", "e-mail", "balcão"]))
    if g.chance(0.4):
        doc.f("CNS do beneficiário: «c»\n", c=cns_t(g))
    doc.t("Recibos apresentados:\n")
    total = 0
    for _ in range(g.ri(2, 4)):
        pr = g.person()
        kind = g.pick(["CRM", "CRM", "CRP", "CREFITO", "CRO"])
        desc = {"CRM": "consulta", "CRP": "sessão de psicoterapia", "CREFITO": "sessão de fisioterapia", "CRO": "procedimento odontológico"}[kind]
        doc.f("- «d» | «desc» | «p» («id») | CPF «c» | R$ «v»\n", d=g.date("br"), desc=desc, p=P(g.pick([pr.full, pr.caps])),
              id=pid(g, pr, kind), c=cpf_t(g), v=g.money(150, 900))
    if g.chance(0.5):
        doc.f("- «d» | nota fiscal «nf» | «cl» CNPJ «cn» | R$ «v»\n", d=g.date("br"), nf=g.d(6), cl=g.pick(CLINICS),
              cn=cnpj_t(g), v=g.money(200, 4000))
    doc.f("\nCrédito: ", )
    if g.chance(0.5):
        doc.f("Pix – chave aleatória «k» (titular «t»)\n", k=pix_t(g), t=P(tit.caps_fold))
    else:
        doc.f("«bk», ag. «ag», c/c «cc» (titular «t»)\n", bk=g.pick(BANKS)[1], ag=ag_t(g), cc=cc_t(g), t=P(tit.caps_fold))
    doc.f("\nAnálise («a», «d»): «x» Valor reembolsado: R$ «v» conforme tabela do plano (limite de reembolso 2x a tabela "
          "CBHPM).\n", a=P(an.first + " " + an.last), d=g.date("br"),
          x=g.pick(["recibo sem CPF do profissional, solicitado ao beneficiário.", "todos os documentos conformes.",
                    "recibo com rasura na data – glosado.", "pedido médico com CID " + g.pick(ICDS) + " anexado."]),
          v=g.money(100, 3000))
    if g.chance(0.5):
        doc.f("Contato com o titular pelo WhatsApp «w» em «d».\n", w=ph_t(g), d=g.date("br"))
    return doc


def sa_laudo(g: Gen) -> Doc:
    """Medical report for a disability (invalidez) insurance claim, with the insurer's medical examiner's opinion."""
    doc = Doc()
    i = g.ri(0, len(INSURERS) - 1)
    seg, med, per = g.person(), g.person(), g.person()
    city, uf = g.city()
    dx, cid, exam, finding = g.pick(DIAGS)
    doc.f("RELATÓRIO MÉDICO PARA FINS DE SEGURO – INVALIDEZ PERMANENTE TOTAL POR DOENÇA (IPD)\n\nPaciente: «n»\n"
          "Data de nascimento: «dob»   CPF: «c»\nCNS: «cns»   NIT/PIS: «pis»\nEndereço: «ad», «ci»/«uf» – CEP «cep»\nEmpregador: «emp»\n\n",
          n=P(g.pick([seg.full, seg.caps])), dob=dob_t(g, g.pick(["br", "nopad"]), 1958, 1990), c=cpf_t(g), cns=cns_t(g),
          pis=pis_t(g), ad=ad_t(g), ci=city,
          uf=uf, cep=cep_t(g), emp=g.pick(["Transportadora Leão do Norte Ltda.", "Frigorífico Bento S.A.", "Rede Aurora Supermercados",
                                          "Construtora Amado Sobreira", "Prefeitura Municipal de " + city]))
    doc.f("Declaro, para os devidos fins, que «o» paciente acima encontra-se sob meus cuidados desde «d», com diagnóstico de «dx» "
          "(CID-10 «cid»), «ev». Exames: «ex». Apresenta incapacidade «inc» para sua atividade habitual de «pr».\n\n"
          "«ci», «d2».\n\n«m»\n«crm»\n«rq»\n\n",
          o=seg.g("o", "a"), d=g.date("br", g.ri(2019, 2024)),
          dx=dx, cid=cid, ev=g.pick(["sem resposta às terapias instituídas", "em evolução desfavorável", "com limitação funcional importante"]),
          ex=f"{exam} de {g.date('br')}; {finding}",
          inc=g.pick(["total e permanente", "parcial e permanente", "total e temporária"]), pr=g.pick(PROFS)[0],
          ci=city, d2=g.date("br"), m=P(med.full), crm=pid(g, med, "CRM", uf), rq=f"RQE {g.d(5)}")
    doc.f("--- PARECER DO MÉDICO PERITO DA SEGURADORA («ins») ---\nExame presencial realizado em «d» na «cl». Perito: «p» («crm»).\n"
          "«con» Grau de invalidez pela tabela SUSEP (Circular 302/2005): «g»%.\n",
          ins=INSURERS[i], d=g.date("br"), cl=g.pick(CLINICS), p=P(per.full), crm=pid(g, per, "CRM", g.pick(UFS)),
          con=g.pick(["Constatada perda funcional compatível com o relatório do médico assistente.",
                      "Não foi constatada invalidez total; o segurado dirige e realiza atividades de vida diária.",
                      "Recomenda-se reavaliação em 6 meses."]), g=g.pick([25, 50, 70, 100]))
    if g.chance(0.5):
        doc.f("Acompanhante no exame: «a» («r»), RG «rg».\n", a=P(g.relative(seg).full), r=g.pick(["esposa", "filho", "filha", "irmão"]),
              rg=rg_t(g))
    return doc


def sa_odonto(g: Gen) -> Doc:
    """Dental plan treatment guide (GTO) with the audit result and the upload log."""
    doc = Doc()
    op = g.pick(DENTALS)
    ben, den, aud = g.person(), g.person(), g.person()
    uf = g.pick(UFS)
    doc.f("GUIA DE TRATAMENTO ODONTOLÓGICO – GTO\nOperadora: «op»   Nº guia: «n»\nBeneficiário: «b»   Carteira: «cart»\n"
          "Nascimento: «dob»   Titular: «t»\n", op=op, n=g.d(10), b=P(ben.caps), cart=carteirinha(g), dob=dob_t(g, "br", 1950, 2019),
          t=P(g.pick([ben.caps, g.relative(ben).caps])))
    if g.chance(0.6):
        doc.f("CNS: «c»\n", c=cns_t(g))
    doc.f("Cirurgiã(o)-dentista: «d» – «cro»\nClínica: «cl» – tel. «t»\n\n", d=P(g.pick([den.full, den.caps])), cro=pid(g, den, "CRO", uf),
          cl=g.pick(["Clínica Odontológica Sorriso Amado", "OdontoCenter Flor de Lis", "Consultório Dr. Bento Sobreira",
                     "Clínica Celeste Odontologia"]), t=ph_t(g, "par", mobile=g.chance(0.5)))
    doc.t("Dente/Região | Face | Código | Procedimento | Status\n")
    for _ in range(g.ri(3, 5)):
        c, desc = g.pick(DENT_PROCS)
        doc.t(f"{g.pick(['11', '16', '21', '26', '36', '37', '46', '47', 'AS', 'AI'])} | {g.pick(['O', 'M', 'D', 'V', 'L', '-', 'MO'])} | "
              f"{c} | {desc} | {g.pick(['autorizado', 'autorizado', 'negado – perícia inicial', 'pendente RX'])}\n")
    doc.f("\nAuditor(a): «a», «cro»\nObs.: «o»\n\n", a=P(aud.full), cro=pid(g, aud, "CRO", g.pick(UFS)),
          o=g.pick(["enviar RX final da endodontia", "coroa negada: cobertura apenas para coroa provisória",
                    "perícia presencial agendada", "sem observações"]))
    doc.f("Log de envio de imagens: «d» «h» – usuário «u» – IP «ip» – 3 arquivos (rx_periapical.jpg, foto_inicial.jpg, gto.pdf)\n",
          d=g.date("br"), h=g.hms(), u=login(den, g), ip=ip_t(g))
    if g.chance(0.5):
        doc.f("Contato do beneficiário: «t» / «e»\n", t=ph_t(g), e=em_t(g, ben))
    return doc


def sa_glosa(g: Gen) -> Doc:
    """A clinic's appeal against billing denials (recurso de glosa), table of patients."""
    doc = Doc()
    k = g.ri(0, len(OPERADORAS) - 1)
    cl = g.pick(CLINICS)
    fat, dt = g.person(), g.person()
    uf = g.pick(UFS)
    doc.f("RECURSO DE GLOSA – LOTE «l» – competência «c»\nPrestador: «cl» – CNPJ «cn» – código na operadora «co»\n"
          "Operadora: «op»\nResponsável: «f» («e») – tel. «t»\nDiretor técnico: «d», «crm»\n\n",
          l=g.d(7), c=f"{g.ri(1, 12):02d}/{g.ri(2025, 2026)}", cl=cl, cn=cnpj_t(g), co=g.d(8), op=OPERADORAS[k], f=P(fat.full),
          e=(corp_mail(fat, g.pick(["clinicasantarosa.com.br", "ortoprudente.med.br", "auroradiag.com.br", "cmsaobento.com.br"])),
             "EMAIL_ADDRESS"), t=ph_t(g, "par", mobile=False), d=P(dt.full), crm=pid(g, dt, "CRM", uf))
    doc.t("Guia;Beneficiário;Carteira;CNS;Atendimento;Cód. glosa;Valor glosado;Justificativa do prestador\n")
    for _ in range(g.ri(3, 6)):
        b = g.person()
        doc.f("«g»;«b»;«ca»;«cns»;«d»;«cg»;«v»;«j»\n", g=g.d(9), b=P(g.pick([b.caps_fold, b.caps, b.full])), ca=carteirinha(g),
              cns=cns_t(g, False) if g.chance(0.6) else "", d=g.date("br"),
              cg=g.pick(["1705", "1801", "2010", "1909", "3052"]), v=g.money(40, 3500),
              j=g.pick(["senha de autorização anexada (foi obtida por telefone)", "assinatura do beneficiário no verso da guia",
                        "procedimento compatível com CID " + g.pick(ICDS), "cobrança em duplicidade não procede: 2 sessões no mesmo dia",
                        "material OPME com nota fiscal"]))
    doc.f("\nValor total recursado: R$ «v». Solicitamos reanálise conforme prazos da RN 503/2022 (padrão TISS).\n", v=g.money(1000, 30000))
    if g.chance(0.5):
        au = g.person()
        doc.f("Resposta da operadora («d»): analista «a»: «r»\n", d=g.date("br"), a=P(au.first + " " + au.last),
              r=g.pick(["mantida glosa de 2 guias", "recurso acatado integralmente", "acatado parcialmente"]))
    return doc


def sa_dps(g: Gen) -> Doc:
    """Life-insurance proposal with the health declaration (DPS) and beneficiaries."""
    doc = Doc()
    i = g.ri(0, len(INSURERS) - 1)
    pr, cor, mex = g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("«ins» – PROPOSTA DE SEGURO DE VIDA INDIVIDUAL Nº «n»\n\nPROPONENTE\nNome: «p»\nCPF: «c»   RG: «rg»   Nascimento: «dob»\n"
          "Profissão: «pr»   Renda mensal: R$ «r»\nEndereço: «ad» – «ci»/«uf» – CEP «cep»\nCelular: «t»   E-mail: «e»\n\n",
          ins=INSURERS[i].upper(), n=g.d(10), p=P(pr.caps), c=cpf_t(g), rg=rg_t(g), dob=dob_t(g, "br", 1960, 2000),
          pr=g.pick(PROFS)[1 if pr.female else 0], r=g.money(2000, 40000), ad=ad_t(g), ci=city, uf=uf, cep=cep_t(g), t=ph_t(g),
          e=em_t(g, pr))
    doc.f("COBERTURAS: Morte R$ «a» | IPA R$ «b» | Doenças graves R$ «c»   Prêmio mensal: R$ «d»\n\n",
          a=g.money(100000, 1000000), b=g.money(50000, 500000), c=g.money(30000, 200000), d=g.money(40, 900))
    doc.t("DECLARAÇÃO PESSOAL DE SAÚDE\n")
    qs = [("Possui ou já teve câncer, doença cardíaca, AVC, diabetes?", ["Não", "Sim – diabetes tipo 2 (CID E11.9) controlada"]),
          ("Esteve internado nos últimos 5 anos?", ["Não", f"Sim – colecistectomia em {g.ri(2019, 2024)}"]),
          ("Pratica esportes de risco?", ["Não", "Sim – motociclismo"]),
          ("Peso / altura", [f"{g.ri(50, 120)} kg / 1,{g.ri(50, 95)} m"]),
          ("É fumante?", ["Não", "Sim, 10 cigarros/dia"])]
    for q, ans in qs:
        doc.t(f"- {q} {g.pick(ans)}\n")
    doc.t("\nBENEFICIÁRIOS\n")
    bens = [g.relative(pr) for _ in range(g.ri(1, 3))]
    shares = [100 // len(bens)] * len(bens)
    shares[0] += 100 - sum(shares)
    for b, s in zip(bens, shares):
        rel = g.pick(["cônjuge", "filho(a)", "filho(a)", "mãe", "pai", "irmã(o)"])
        lo, hi = {"cônjuge": (1960, 2000), "filho(a)": (2002, 2022), "mãe": (1938, 1962), "pai": (1935, 1960)}.get(rel, (1958, 2000))
        doc.f("«n» – «rel» – nasc. «dob» – «s»%\n", n=P(b.full), rel=rel, dob=dob_t(g, "br", lo, hi), s=s)
    doc.f("\nCorretor: «c» – SUSEP «su» – «e»\n", c=P(cor.full), su=f"{g.d(9)}", e=(corp_mail(cor, g.pick(["vidaprudente.com.br", "corretoraflor.com.br", "bentoseguros.com.br"])), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("Exame médico: realizado por «m» («crm») em «d» – PA 13x8, glicemia 98 mg/dL.\n", m=P(mex.full),
              crm=pid(g, mex, "CRM", uf), d=g.date("br"))
    doc.f("Assinatura eletrônica: «n» – «d» «h» – IP «ip»\n", n=P(pr.full), d=g.date("br"), h=g.hms(), ip=ip_t(g))
    return doc


# =========================================================================== financeiro


def fi_kyc_pf(g: Gen) -> Doc:
    """KYC / onboarding dossier of an individual, with document checks and device data."""
    doc = Doc()
    k = g.ri(0, len(BANKCOS) - 1)
    c, mae, an = g.person(), g.person(female=True), g.person()
    mae = Person(mae.given, [s for s in mae.surnames if s not in SUFFIXES][:1] + [c.surnames[0]], True, c.origin) \
        if c.surnames[0] not in PARTICLES else mae
    city, uf = g.city()
    doc.f("DOSSIÊ KYC – PESSOA FÍSICA – «b»\nProposta de abertura de conta nº «n» – canal «can» – «d»\n\n",
          b=BANKCOS[k], n=g.d(10), can=g.pick(["app", "app", "agência", "correspondente"]), d=g.date("br"))
    doc.f("[Dados cadastrais]\nnome_completo: «n»\ncpf: «c»\ndata_nascimento: «dob»\nnome_mae: «m»\n",
          n=P(c.caps_fold), c=cpf_t(g, "raw"), dob=dob_t(g, "iso", 1950, 2006), m=P(mae.caps_fold))
    tipo = g.pick(["CNH", "RG"])
    doc.f("documento: «tipo» «num» – emissão «de»\n", tipo=tipo, num=cnh_t(g) if tipo == "CNH" else rg_t(g),
          de=g.date("br", g.ri(2015, 2024)))
    if g.chance(0.4):
        doc.f("titulo_eleitor: «t»\n", t=tit_t(g))
    doc.f("endereco: «ad» | bairro: «b» | cidade: «ci»/«uf» | cep: «cep»\ncelular: «t» (validado por SMS)\nemail: «e» (validado)\n"
          "renda_declarada: R$ «r» | ocupação: «o»\n", ad=ad_t(g, g.pick(["caps", "text"])), b=g.pick(BAIRROS).upper(), ci=city.upper(),
          uf=uf, cep=cep_t(g, False), t=ph_t(g, "e164"), e=em_t(g, c), r=g.money(1400, 35000), o=g.pick(PROFS)[1 if c.female else 0])
    pep = g.chance(0.3)
    doc.f("\n[Validações]\n- Bureau: CPF regular na Receita Federal; score «s»\n- Listas restritivas (OFAC/ONU/CSNU): nada consta\n"
          "- Biometria facial: liveness «lv»; match com documento «mt»%\n- Dispositivo: «dv» | IP «ip» | geolocalização compatível\n",
          s=g.ri(180, 980), pep="", lv=g.pick(["aprovado", "aprovado", "reprovado (foto de tela)"]), mt=g.ri(62, 99),
          dv=g.pick(["iPhone 14 iOS 17.5", "Samsung SM-S911B Android 14", "Motorola moto e22"]), ip=ip_t(g))
    if pep:
        doc.f("- PEP: sim – «r» de «n», «c»\n", r=g.pick(["cônjuge", "filho(a)", "irmã(o)"]), n=P(g.person().full),
              c=g.pick(["vereador(a) em " + city, "secretário(a) municipal", "deputado(a) estadual"]))
    else:
        doc.t("- PEP: não\n")
    doc.f("\n[Conta aberta]\nagência «ag» conta «cc» – chave Pix aleatória cadastrada: «px»\n\nParecer: «p» – analista «a» («l»)\n",
          ag=ag_t(g, False), cc=cc_t(g), px=pix_t(g),
          p=g.pick(["aprovado", "aprovado com monitoramento reforçado (PEP)", "reprovado – divergência de biometria",
                    "pendente – comprovante de endereço em nome de terceiro"]), a=P(an.full), l=login(an, g))
    return doc


def fi_kyc_pj(g: Gen) -> Doc:
    """KYC of a company: partners, beneficial owners, attorney, bank references."""
    doc = Doc()
    k = g.ri(0, len(BANKCOS) - 1)
    s1, s2, proc, an = g.person(), g.person(), g.person(), g.person()
    city, uf = g.city()
    emp = g.pick([f"{s1.last} & {s2.last} Comércio de Alimentos Ltda.", f"Distribuidora {s1.last} Ltda.",
                  "Flor de Lis Cosméticos Ltda.", "Aurora Transportes e Logística Ltda.", f"Clínica {s1.last} Serviços Médicos Ltda.",
                  "Bento Materiais de Construção EIRELI", "Prudente Tecnologia S.A."])
    doc.f("DUE DILIGENCE CADASTRAL – PESSOA JURÍDICA\n«b» – Comitê de Prevenção à Lavagem de Dinheiro (Circular BCB 3.978/2020)\n\n"
          "Razão social: «e»\nCNPJ: «cn»   Abertura: «da»   CNAE: «cnae»\nSede: «sd», «ci»/«uf», CEP «cep»\nFaturamento 12m: R$ «f»\n\n",
          b=BANKCOS[k], e=emp, cn=cnpj_t(g), da=g.date("br", g.ri(2005, 2024)),
          cnae=g.pick(["4639-7/01", "4930-2/02", "8630-5/03", "4744-0/99", "6201-5/01"]),
          sd=g.pick(["Av. Bento Gonçalves, 3300, galpão 2", "Rua Rosa Branca, 45, sala 1203", "Rod. BR-116, km 14", "Al. Santos Dumont, 900"]),
          ci=city, uf=uf, cep=cep_t(g), f=g.money(300000, 40000000))
    doc.t("Quadro societário:\nNome | CPF | Nascimento | Participação | Cargo\n")
    pcts = g.pick([(50, 50), (70, 30), (90, 10), (60, 40)])
    for p, pc, cargo in ((s1, pcts[0], "sócio-administrador"), (s2, pcts[1], "sócio")):
        doc.f("«n» | «c» | «dob» | «pc»% | «cg»\n", n=P(p.caps), c=cpf_t(g), dob=dob_t(g, "br", 1950, 2000), pc=pc, cg=cargo)
    doc.f("\nBeneficiário final: «n» (participação direta ≥ 25%)\n", n=P(s1.full))
    doc.f("Procurador: «n», CPF «c», procuração pública lavrada no «t»º Tabelionato em «d», e-mail «e», tel. «tt»\n",
          n=P(proc.full), c=cpf_t(g), t=g.ri(1, 20), d=g.date("br"), e=em_t(g, proc), tt=ph_t(g))
    doc.f("Endereço residencial do sócio-administrador: «ad», «ci»/«uf» – CEP «cep»\n", ad=ad_t(g), ci=city, uf=uf, cep=cep_t(g))
    doc.t("\nReferências bancárias:\n")
    for _ in range(g.ri(1, 2)):
        doc.f("- «bk», ag. «ag», c/c «cc», cliente desde «y»\n", bk=g.pick(BANKS)[1], ag=ag_t(g), cc=cc_t(g), y=g.ri(2008, 2023))
    doc.f("\nMídia negativa: «m»\nProcessos: «cnj» (execução fiscal)\nParecer: «p»\nAnalista: «a» – «em»\n",
          m=g.pick(["nada consta", f"matéria de {g.ri(2019, 2024)} sobre operação policial envolvendo empresa homônima"]),
          cnj=g.cnj(uf), p=g.pick(["aprovado – risco médio", "aprovado – risco baixo", "encaminhado à diretoria – risco alto"]),
          a=P(an.full), em=(corp_mail(an, BANK_DOMS[k]), "EMAIL_ADDRESS"))
    return doc


def fi_credito(g: Gen) -> Doc:
    """Credit analysis memo for a personal or vehicle loan with a guarantor."""
    doc = Doc()
    k = g.ri(0, len(BANKCOS) - 1)
    pr, cj, av, an, ap = g.person(), g.person(), g.person(), g.person(), g.person()
    doc.f("MEMORANDO DE ANÁLISE DE CRÉDITO – «b»\nOperação: «op»   Valor: R$ «v»   Prazo: «pz» meses   Taxa: «tx»% a.m.\n\n",
          b=BANKCOS[k], op=g.pick(["CDC Veículo", "Crédito Pessoal", "Capital de Giro PF/MEI", "Refinanciamento de Veículo"]),
          v=g.money(8000, 250000), pz=g.pick([24, 36, 48, 60]), tx=f"{g.ri(1, 4)},{g.d(2)}")
    doc.f("Proponente: «n», CPF «c», nascid«o» em «dob», «ec» com «cj» (CPF «c2»). Renda comprovada R$ «r» (holerite «emp»).\n",
          n=P(pr.full), c=cpf_t(g), o=pr.o, dob=dob_t(g, "br", 1955, 2003), ec=pr.g("casado", "casada"), cj=P(cj.full),
          c2=cpf_t(g), r=g.money(2500, 30000),
          emp=g.pick(["Frigorífico Bento S.A.", "Prefeitura de Aurora", "Hospital Santa Rosa", "autônomo – extratos 6m"]))
    city, uf = g.city()
    doc.f("Residência: «ad», «ci»/«uf», CEP «cep» («tm»). Contato: «t».", ad=ad_t(g), ci=city, uf=uf, cep=cep_t(g),
          tm=g.pick(["própria", "alugada, 3 anos", "com os pais", "cedida"]), t=ph_t(g))
    if g.chance(0.5):
        doc.f(" Título eleitoral «t» (conferido no cadastro).", t=tit_t(g))
    doc.t("\n")
    doc.f("Comprometimento de renda: «p»%. SCR/Bacen: endividamento R$ «e», «scr». Score bureau «s».\n",
          p=g.ri(12, 45), e=g.money(0, 200000), scr=g.pick(["sem atrasos", "atraso de 15-30 dias em cartão", "prejuízo baixado em 2021"]),
          s=g.ri(250, 950))
    if g.chance(0.6):
        doc.f("Garantia: alienação fiduciária do veículo «car», placa «pl», avaliado em R$ «v».\n", car=g.pick(CARS), pl=pl_t(g),
              v=g.money(20000, 150000))
    doc.f("Avalista: «n», CPF «c», RG «rg», residente na «ad», «ci», CEP «cep», tel. «t».\n", n=P(av.full), c=cpf_t(g), rg=rg_t(g),
          ad=ad_t(g), ci=g.city()[0], cep=cep_t(g), t=ph_t(g))
    doc.f("Conta para crédito: ag. «ag» / c/c «cc».\n\nPontos de atenção: «pa»\n\nRecomendação do analista («a»): «r»\n"
          "Alçada: «ap» – «dec» em «d»\n", ag=ag_t(g), cc=cc_t(g),
          pa=g.pick(["proponente com restrição no Serasa por dívida de telefonia (R$ 289,00), já negociada",
                     "renda informal, movimentação incompatível em parte",
                     "cônjuge também proponente de operação em análise", "nenhum"]),
          a=P(an.full), r=g.pick(["aprovar", "aprovar com redução de valor", "reprovar"]), ap=P(ap.full),
          dec=g.pick(["aprovado", "aprovado com ressalva", "negado"]), d=g.date("br"))
    return doc


def fi_openfinance(g: Gen) -> Doc:
    """Open Finance consent log (JSON lines) with the customer's data shared."""
    doc = Doc()
    k = g.ri(0, len(BANKCOS) - 1)
    c = g.person()
    cpf = g.cpf("raw")
    ip = g.ip()
    d = g.date("iso")
    tt = iter(clock(g, 8))
    cid = "urn:" + fold(BANKCOS[k].split()[1]).lower() + ":" + g.uuid()
    doc.t("# openfinance-consents.log – exportado para a equipe de privacidade (pedido do titular, art. 18 da Lei 13.709/2018)\n")
    doc.f('{"ts":"«d»T«h»Z","event":"CONSENT_CREATED","consentId":"«cid»","loggedUser":{"document":{"identification":"«cpf»",'
          '"rel":"CPF"}},"permissions":["ACCOUNTS_READ","ACCOUNTS_BALANCES_READ","CREDIT_CARDS_ACCOUNTS_READ","RESOURCES_READ"],'
          '"expirationDateTime":"«ex»T23:59:59Z","receptor":"«r»"}\n', d=d, h=next(tt), cid=cid, cpf=(cpf, "BR_CPF"),
          ex=g.date("iso", 2027), r=g.pick(["Aurora Gestão Financeira Ltda.", "App Prudente Finanças", "Celeste Crédito Digital"]))
    doc.f('{"ts":"«d»T«h»Z","event":"CONSENT_AUTHORISED","consentId":"«cid»","channel":"app","clientIp":"«ip»","userName":"«n»"}\n',
          d=d, h=next(tt), cid=cid, ip=(ip, "IP_ADDRESS"), n=P(c.caps_fold))
    for _ in range(g.ri(1, 2)):
        doc.f('{"ts":"«d»T«h»Z","event":"RESOURCE_SHARED","consentId":"«cid»","account":{"branchCode":"«ag»","number":"«cc»",'
              '"type":"CONTA_DEPOSITO_A_VISTA"},"holder":"«n»"}\n', d=d, h=next(tt), cid=cid, ag=(g.agency(False), "BANK_ACCOUNT"),
              cc=(g.account(False), "BANK_ACCOUNT"), n=P(g.pick([c.full, c.caps_fold])))
    if g.chance(0.6):
        doc.f('{"ts":"«d»T«h»Z","event":"RESOURCE_SHARED","consentId":"«cid»","creditCard":{"name":"«bn»","number":"«cc»"},'
              '"holder":"«n»"}\n', d=d, h=next(tt), cid=cid, bn=g.pick(["AURORA MASTERCARD GOLD", "CELESTE VISA INFINITE"]),
              cc=g.masked_card(), n=P(c.caps_fold))
    cr = g.person()
    doc.f('{"ts":"«d»T«h»Z","event":"PAYMENT_CONSENT","consentId":"urn:pix:«u»","creditor":{"name":"«cn»","cpfCnpj":"«cc»"},'
          '"payment":{"type":"PIX","amount":"«v»","details":{"localInstrument":"DICT","proxy":"«px»"}},"clientIp":"«ip»"}\n',
          d=d, h=next(tt), u=g.uuid(), cn=P(cr.caps_fold), cc=(g.cpf("raw"), "BR_CPF"),
          v=g.money(10, 5000).replace(".", "").replace(",", "."), px=pix_t(g), ip=(ip, "IP_ADDRESS"))
    doc.f('{"ts":"«d»T«h»Z","event":"CONSENT_REVOKED","consentId":"«cid»","revokedBy":"USER","reason":"«r»"}\n', d=d, h=next(tt),
          cid=cid, r=g.pick(["OTHER", "CUSTOMER_MANUALLY_REVOKED", "EXPIRED"]))
    doc.f("\nTitular solicitante: «n» – e-mail para resposta «e» – atendido por «a» (DPO office)\n", n=P(c.full), e=em_t(g, c),
          a=P(g.person().full))
    return doc


def fi_pix_med(g: Gen) -> Doc:
    """PIX MED (special return mechanism) fraud dispute: victim, receiving account, blocking."""
    doc = Doc()
    k = g.ri(0, len(BANKCOS) - 1)
    vit, rec, an = g.person(), g.person(), g.person()
    doc.f("NOTIFICAÇÃO DE INFRAÇÃO – MED (Resolução BCB nº 1/2020, Regulamento Pix)\nID notificação: «id»\nAbertura: «d» «h»   "
          "Motivo: «m»\n\n", id=g.uuid(), d=g.date("br"), h=g.hms(),
          m=g.pick(["fraude – golpe do falso parente (WhatsApp)", "fraude – falsa central de atendimento", "golpe do falso leilão",
                    "falha operacional"]))
    doc.f("PAGADOR (vítima)\nNome: «n»\nCPF: «c»\nInstituição: «b»   Ag. «ag»   Conta «cc»\nTelefone: «t»   E-mail: «e»\n\n",
          n=P(vit.full), c=cpf_t(g), b=BANKCOS[k], ag=ag_t(g), cc=cc_t(g), t=ph_t(g), e=em_t(g, vit))
    doc.t("TRANSAÇÕES CONTESTADAS\nEndToEndId | Data/hora | Valor | Chave de destino\n")
    key = g.uuid()
    for _ in range(g.ri(1, 3)):
        doc.f("«e» | «d» «h» | R$ «v» | «k»\n", e=e2e(g), d=g.date("br"), h=g.hms(), v=g.money(200, 15000), k=(key, "PIX_KEY"))
    rb = g.pick(BANKS)
    doc.f("\nRECEBEDOR\nNome: «n»\nCPF: «c»\nInstituição: «b» («cod»)   Ag. «ag»   Conta «cc»\nConta aberta em «da»\n\n",
          n=P(rec.caps_fold), c=cpf_t(g), b=rb[1], cod=rb[0], ag=ag_t(g), cc=cc_t(g), da=g.date("br"))
    doc.f("Relato da vítima: \"«r»\"\n\n", r=g.pick([
        "recebi msg de um numero novo dizendo que era minha filha, pediu pra pagar um boleto urgente e mandou essa chave",
        "ligaram dizendo ser do banco, que tinha compra suspeita e que eu precisava transferir pra conta segura",
        "comprei um carro no leilão do site e depois vi que o site era falso"]))
    if "filha" in doc.text[-200:]:
        fil = g.relative(vit, female=True)
        doc.f("Filha verdadeira: «n», tel. «t» (confirmou que não fez o pedido).\n", n=P(fil.full), t=ph_t(g))
    doc.f("BO nº «bo» – Delegacia Eletrônica.\nBloqueio cautelar: R$ «v» bloqueados na conta recebedora em «d».\n"
          "Análise: «a» – «res»\n", bo=f"{g.d(4)}/{g.ri(2025, 2026)}", v=g.money(0, 9000), d=g.date("br"), a=P(an.full),
          res=g.pick(["infração aceita; devolução parcial processada", "infração rejeitada: recursos já transferidos",
                      "aguardando prazo do PSP recebedor (7 dias)"]))
    return doc


def fi_consignado(g: Gen) -> Doc:
    """Payroll-deductible loan (consignado INSS) contract read back in a recorded call, transcribed."""
    doc = Doc()
    k = g.ri(0, len(BANKCOS) - 1)
    c, op, cor = g.person(), g.person(), g.person()
    city, uf = g.city()
    nb = f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}"
    doc.f("TRANSCRIÇÃO DE GRAVAÇÃO – FORMALIZAÇÃO DIGITAL DE CONSIGNADO – «b»\nCorrespondente: «cb» (CNPJ «cn»)   Operador(a): «o»\n"
          "Data: «d»  Duração: «m»min«s»s\n\n",
          b=BANKCOS[k], cb=g.pick(["Flor de Lis Promotora de Crédito Ltda.", "Amado Consig Correspondente", "Prudente Promotora"]),
          cn=cnpj_t(g), o=P(op.full), d=g.date("br"), m=g.ri(6, 14), s=g.ri(10, 59))
    doc.f("OPERADOR«x»: Bom dia, falo com «sr» «n»?\nCLIENTE: sim, sou eu.\n", x="A" if op.female else "", sr=c.g("o senhor", "a senhora"),
          n=P(c.full))
    doc.f("OPERADOR«x»: Para sua segurança, confirme a sua data de nascimento.\nCLIENTE: «dob».\n", x="A" if op.female else "",
          dob=dob_t(g, g.pick(["long", "br"]), 1938, 1965))
    doc.f("OPERADOR«x»: Vou ler as condições da Cédula de Crédito Bancário nº «cc». Emitente: «n», CPF «c», benefício INSS nº «nb», NIT «nit», "
          "residente na «ad», «ci»/«uf», CEP «cep». Valor liberado: R$ «v». «p» parcelas de R$ «pa», taxa de «tx»% ao mês, dentro "
          "do teto do CNPS. Crédito na agência «ag», conta «acc». A senhora/o senhor confirma?\n",
          x="A" if op.female else "", cc=f"{g.d(3)}{g.d(6)}", n=P(c.caps), c=cpf_t(g), nb=nb,
          nit=pis_t(g), ad=ad_t(g, "legal"), ci=city, uf=uf,
          cep=cep_t(g), v=g.money(1000, 40000), p=g.pick([48, 72, 84]), pa=g.money(50, 900), tx=f"1,{g.d(2)}", ag=ag_t(g), acc=cc_t(g))
    doc.f("CLIENTE: «r»\n", r=g.pick(["confirmo", "sim senhora", "é isso mesmo, o dinheiro é pra reformar o banheiro",
                                      "confirmo, mas quem vai cuidar disso é meu filho"]))
    if doc.text.endswith("meu filho\n"):
        f = g.relative(c, female=False)
        doc.f("OPERADOR«x»: Certo. O nome dele?\nCLIENTE: «n», o telefone dele é «t».\n", x="A" if op.female else "",
              n=P(f.first + " " + f.last), t=ph_t(g, "plain"))
    doc.f("OPERADOR«x»: Os valores serão descontados diretamente do benefício. Em caso de dúvida, ligue 0800 «o» ou escreva para "
          "consignado@«dom». O contrato será enviado para o e-mail «e». Tenha um bom dia, «f»!\n",
          x="A" if op.female else "", o=f"{g.ri(700, 799)} {g.d(4)}", dom=BANK_DOMS[k], e=em_t(g, c), f=P(c.first))
    doc.f("\nTestemunhas da formalização: «w1» (CPF «c1»); «w2» (CPF «c2»)\nAgente certificado: «ag» – certificação «cert»\n",
          w1=P(g.person().full), c1=cpf_t(g), w2=P(g.person().full), c2=cpf_t(g), ag=P(cor.full),
          cert=g.pick(["FEBRABAN/ABBC", "ANEPS", "FEBRABAN"]) + f" nº {g.d(7)}")
    return doc


def fi_coaf(g: Gen) -> Doc:
    """Suspicious-activity note (COAF style) with the bank-statement lines behind it."""
    doc = Doc()
    k = g.ri(0, len(BANKCOS) - 1)
    c, an, sup = g.person(), g.person(), g.person()
    doc.f("«b» – PLD/FT – NOTA DE ANÁLISE DE ATIPICIDADE «n» (uso interno, sigilo – art. 11 da Lei 9.613/1998)\n\n",
          b=BANKCOS[k].upper(), n=f"{g.d(5)}/{g.ri(2025, 2026)}")
    doc.f("Cliente: «n» – CPF «c» – ag. «ag» c/c «cc»\nOcupação declarada: «o» – renda R$ «r»\nAlerta: «al»\n\n",
          n=P(c.caps), c=cpf_t(g), ag=ag_t(g), cc=cc_t(g), o=g.pick(PROFS)[1 if c.female else 0], r=g.money(1400, 9000),
          al=g.pick(["fracionamento de depósitos em espécie", "movimentação incompatível com a renda",
                     "recebimento de múltiplos Pix de pessoas distintas", "uso de conta de passagem"]))
    doc.t("Extrato (recorte):\nData       | Histórico                                        | Valor (R$)\n")
    y = g.pick([2025, 2025, 2026])
    days = sorted((g.ri(1, 12), g.ri(1, 28)) for _ in range(g.ri(5, 8)))
    for mm, dd in days:
        kind = g.ri(0, 4)
        d = f"{dd:02d}/{mm:02d}/{y}"
        if kind <= 1:
            p = g.person()
            doc.f("«d» | PIX RECEBIDO «n» «m»   | «v»\n", d=d, n=P(p.caps_fold), m=g.masked_cpf(), v=g.money(100, 4999))
        elif kind == 2:
            doc.f("«d» | DEP DINHEIRO AG «a» TERM «t»                | «v»\n", d=d, a=g.d(4), t=g.d(6), v=g.money(1000, 9999))
        elif kind == 3:
            p = g.person()
            doc.f("«d» | TED ENVIADA «n» AG «ag» CC «cc» | -«v»\n", d=d, n=P(p.caps_fold), ag=ag_t(g, False), cc=cc_t(g),
                  v=g.money(2000, 48000))
        else:
            doc.f("«d» | «h»                          | -«v»\n", d=d, h=g.pick(["PAG BOLETO BENTO MOVEIS", "TAR PACOTE SERV",
                                                                               "SAQUE ATM 24H", "PAG FATURA CARTAO"]),
                  v=g.money(20, 3000))
    doc.f("\nDiligências: contato em «d» com o cliente pelo «t», que declarou «x». Cadastro atualizado: endereço «ad», CEP «cep»; "
          "e-mail «e».\n", d=g.date("br"), t=ph_t(g),
          x=g.pick(["vender roupas pela internet", "receber valores de uma rifa beneficente", "que a conta é usada pelo sobrinho",
                    "não saber a origem dos depósitos"]), ad=ad_t(g), cep=cep_t(g), e=em_t(g, c))
    if "sobrinho" in doc.text[-300:]:
        s = g.relative(c, female=False)
        doc.f("Sobrinho identificado: «n», CPF «c».\n", n=P(s.full), c=cpf_t(g))
    doc.f("\nConclusão: «co». Comunicação ao COAF (SISCOAF) nº «s».\nAnalista: «a»   Supervisor(a): «sp»\n",
          co=g.pick(["comunicar – indícios do art. 39 da Circular BCB 3.978/2020", "arquivar – movimentação justificada",
                     "comunicar e encerrar relacionamento"]), s=g.d(9), a=P(an.full), sp=P(sup.full))
    return doc
# =========================================================================== build and check

TEMPLATES = {
    "atendimento": [at_aviso_sinistro, at_assistencia, at_ouvidoria, at_chargeback, at_cobranca_export, at_negociacao,
                    at_consorcio],
    "juridico": [ju_sindicancia, ju_regresso, ju_notificacao, ju_bacen, ju_procuracao, ju_beneficiario, ju_quitacao],
    "saude": [sa_autorizacao, sa_negativa, sa_reembolso, sa_laudo, sa_odonto, sa_glosa, sa_dps],
    "financeiro": [fi_kyc_pf, fi_kyc_pj, fi_credito, fi_openfinance, fi_pix_med, fi_consignado, fi_coaf],
}

CPF_SHAPES = re.compile(r"(?<![\d.])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2}|\d{9}-\d{2})(?![\d])")
LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}
ROLE_BOX = re.compile(r"(contato|intimacoes|processual|juridico|sac|ouvidoria|cobranca|sinistro\.auto|autorizacoes|consignado)@")


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
            assert 8 <= len(raw) <= 9, (record["id"], v)
            if re.fullmatch(r"\d{2}\.\d{3}\.\d{3}-[\dX]|\d{8}[\dX]", v):
                assert rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            assert str(uuid.UUID(v)) == v, (record["id"], v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13 and not v.startswith("0800"), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z\d]\d{2}", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|min|des|desembargador|juiz|juíza)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not ROLE_BOX.match(v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert v.count(".") == 3 and all(0 <= int(x) <= 255 for x in v.split(".")), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRP|CREFITO|CRO)\b", v) and re.search(r"\b[A-Z]{2}\b|CRP \d{2}|CREFITO-\d", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d{4}|\d{2}/\d{2}/\d{2}$", v), (record["id"], v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\d.]+(-[\dX])?", v), (record["id"], v)
    # hard negatives: an unlabelled number shaped like a CPF must fail its check digits
    for m in CPF_SHAPES.finditer(text):
        if not any(covered[m.start():m.end()]):
            assert not cpf_ok(re.sub(r"\D", "", m.group())), (record["id"], "unlabelled CPF-valid number", m.group())
    # other hard negatives: unlabelled digit runs shaped like a título, CNS or card fail their checks
    for m in re.finditer(r"(?<![\d.])\d(?:[\d ]*\d)?(?![\d])", text):
        if any(covered[m.start():m.end()]):
            continue
        raw = m.group().replace(" ", "")
        if len(raw) == 12:
            assert titulo_dv(raw[:8], raw[8:10]) != raw[10:], (record["id"], "unlabelled título-valid number", m.group())
        elif len(raw) == 15:
            assert not cns_ok(raw), (record["id"], "unlabelled CNS-valid number", m.group())
        elif len(raw) == 16:
            assert luhn_dv(raw[:15]) != raw[15], (record["id"], "unlabelled card-valid number", m.group())
    # UUIDs that are not Pix keys (consent and notification ids) stay unlabelled by design


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
    with (HERE / f"{ORD}.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print(ORD, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
