"""Build the thirty-fifth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_thirtyfifth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 35,
280 records: 7 templates per domain, 10 copies each. The helpers (Gen, Doc, check digits,
CSV writer, self-check) follow the shape of the thirty-fourth set's generator; the name
pools, places and everything register-specific are new. (Before the rules reached the writer,
the repository's `git log --oneline` subjects and a `git show --stat` / `git diff --stat` file
list were seen; no detector code, list, context, score or privacy doc was read.)

Register, not used by the earlier sets: pharmacy retail, the pharmaceutical industry and
clinical research — the way personal data sits in drugstore chains (loyalty sign-ups, till
screens, PBM / Farmácia Popular dispensing with the prescriber's CRM, controlled-drug books
under Portaria 344 and the SNGPC, WhatsApp delivery orders, pharmacists' attendance notes,
vaccination rooms), in pharmacovigilance (a manufacturer's SAC ticket, CIOMS-like forms,
follow-up e-mails) and in clinical trials (recruitment lists, screening / identification
logs, informed-consent signature pages with witnesses, EDC screens, monitoring visit reports,
participants' reimbursements, site payments, CEP/CONEP correspondence), plus lawsuits over
high-cost drugs and post-trial access.
- atendimento: 0 loyalty-programme sign-up (three layouts by copy: labelled tablet form with a
  dependant; app API log with JSON payload and the client's IP; ALL CAPS till screen); 1 WhatsApp
  delivery order (prescription photo, address, a relative's CPF, card typed in the chat or a
  random Pix key of the store, the motoboy's plate; Android or iOS export lines); 2 manufacturer's
  SAC ticket of a technical complaint + adverse event (notifier, patient, birth date, product lot,
  prescriber, sample pick-up address); 3 e-mail thread with a chain's ombudsman about a dispensing
  error (customer, child, pharmacist in charge with CRF, pediatrician); 4 pre-screening list of a
  trial's recruitment line (comma CSV with names, mobiles, e-mails, birth dates, CEPs); 5
  pharmacist's attendance notes, terse (blood pressure, capillary glucose with CNS, injections
  with the prescriber, ear piercing of a child authorised by the mother's RG, rapid tests); 6 ALL
  CAPS till screen of a customer look-up with a company agreement and last purchases (EAN codes,
  salespeople's first names).
- juridico: 0 decision granting an injunction for a high-cost drug (child represented by the
  mother, or an adult; Defensoria or lawyer; NatJus note; documents with a título de eleitor;
  delivery address); 1 petition of a former trial participant for post-trial access (Res. CNS
  466/2012, Lei 14.874/2024; PI with CRM, TCLE witness, CAAE); 2 sanitary inspection report at a
  drugstore (SNGPC divergence, pharmacist in charge with CRF, employees with CPF/PIS, inspectors);
  3 e-mail thread: a participant's complaint through the CEP web form, the CEP secretary, the
  investigator's answer (account, agency, a CPF used as Pix key); 4 TCLE signature page
  (participant, legal representative / impartial witness / institutional witnesses, investigator
  with CRM, COREN or CRF; sometimes an eConsent trail with IPs); 5 police request for a store's
  dispensing records of forged prescriptions and the store's CSV reply (buyer's CPF, RG or CNH,
  prescriber, CRM; the dispensing user is a login); 6 Procon complaint about data sharing in a
  loyalty programme (sometimes a card number typed in the complaint) and the DPO's reply.
- saude: 0 controlled-drug book (even copies: SNGPC CSV export; odd copies: typed ALL CAPS page of
  the Portaria 344 register with buyer's address and phone; "PACIENTE: O MESMO"); 1 CIOMS-like
  form (patient initials, birth date as "12 MAR 1961", MedDRA codes, reporter); 2
  pharmacovigilance follow-up thread in which the physician overshares the patient's identity
  (name, birth date, CPF, CNS, mother); 3 site's subject identification log (CSV with name, CPF,
  birth date, phone); 4 monitoring visit report (PI, sub-I, coordinator, research pharmacist; a
  source document leaked with name, CPF and address); 5 ALL CAPS EDC screen of a serious adverse
  event with the coordinator's note and an audit trail with IPs; 6 pharmacy vaccination record
  (even copies: one application with the mother's RG; odd copies: the day's CSV).
- financeiro: 0 Farmácia Popular / PBM dispensing export for reconciliation (CPF, prescriber CRM,
  EAN, a proxy who picked up the drug); 1 participants' reimbursement batch (CPF, mobile, account,
  or a Pix key that is a random key, a CPF, a phone or an e-mail; companions); 2 e-mail thread CRO
  finance ↔ investigator (foundation CNPJ, sub-investigator's CPF and NIT for an RPA, the PI
  asking to be paid into his company's or his own account); 3 ALL CAPS anti-fraud review of an
  online pharmacy order (IP, masked card, sometimes the full card dictated to the analyst, CNH); 4
  delivery riders' weekly payment (CSV: CPF, MEI CNPJ or NIT, CNH, plate, random Pix key or
  agency/account); 5 a small-town drugstore's credit notebook (fiado), terse; 6 state health
  secretariat's accounts of court-seized funds for a drug (beneficiary, legal representative with
  título, supplier, accounts, pharmacist, lawyer).

Conventions (the twentieth set's, as restated by the thirty-fourth): PERSON covers the name only,
never "Sr.", "Sra.", "Dr.", "Dra.", "Dr(a).", "d.", "dona", "seu", "farm."; particles inside a
name are part of it; "SURNAME, GIVEN" is one span; nicknames and first names alone, capitalised,
lower case or in capitals, are persons. Customers, patients, relatives, participants, witnesses,
legal representatives, pharmacists, attendants, motoboys, doctors, nurses, CRAs, coordinators,
investigators, analysts, inspectors, police officers, lawyers and judges named in the text are
persons; logins (system users in audit trails, operators' codes) are not. A WhatsApp export shows
a member by profile name (PERSON; the store's name before an attendant's first name stays outside)
or by number (PHONE_NUMBER). People's e-mail addresses, corporate and public-body ones included,
are EMAIL_ADDRESS, also when typed in capitals; role mailboxes (sac@, ouvidoria@, farmacovigilancia@,
cep@, dpo@, contasapagar@, pesquisa@, loja@, naj@, protocolo@, noreply@) are not labelled.
ADDRESS is street type + name + number + complement of a natural person (customer, patient,
participant, buyer of a controlled drug), also a Brasília address (QNM 12 Conjunto B Casa 5,
SQS 308 Bloco C apto 402); bairro, city, UF stay outside and CEP is BR_CEP; companies', stores' and
hospitals' addresses are not written. Agency and account are separate BANK_ACCOUNT spans, whoever
holds the account; bank codes are not. DATE_OF_BIRTH only for people's birth dates (also in the
CIOMS form "12 MAR 1961" and ISO in JSON/CSV); visit, onset, dispensing, consent and due dates are
not. PROFESSIONAL_ID includes the council acronym and UF: CRM, COREN, OAB and, new here, CRF
(pharmacists: "CRF-SP 12345", "CRF/MG-8123", "CRF BA 12.345") and CRO (dentists who prescribe).
PIX_KEY only for random (UUID) keys; a Pix key that is a CPF, a phone or an e-mail takes that
label (BR_CPF, PHONE_NUMBER, EMAIL_ADDRESS). A CNPJ is BR_CNPJ wherever it appears (stores, labs,
CROs, foundations, MEI riders; numeric and alphanumeric). NIT numbers are BR_PIS.
Not labelled: participant initials ("M.A.S.") and participant / screening / randomisation
numbers, protocol codes, CAAE numbers, Notivisa / VigiMed / case numbers, MedDRA codes,
ANVISA registration numbers, EAN barcodes, lots, notification (receita) numbers, AFE and
sanitary-licence numbers, PBM authorisations, loyalty-card and company-agreement numbers
(11 digits that fail the CPF check), medical-record numbers, SEI / NatJus / alvará numbers,
masked CPFs and masked cards, device ids, boleto / guia numbers, NF numbers.

Names: Brazilian names of many origins (Portuguese common and north-eastern, coined names such as
Kaylane, Raylson, Thayrone, Lohanny, devotional names such as Maria das Dores, Maria do Socorro,
Maria das Graças, Italian, German, Japanese, Lebanese, Armenian, Greek, Polish, Korean, Chinese,
Haitian, Angolan, Senegalese, Bolivian, Peruvian, Venezuelan, indigenous, Jewish), at least a
quarter of the name words rare or invented; names that are everyday words (Rosa, Luz, Flor,
Bento, Prudente, Amado, Vitória, Aurora, Branco, Celeste, Glória, Esperança, Graça, Socorro,
Clemente, Cândido, Salvador, Sereno; surnames Pimenta, Cravo, Paz, Coelho, Salgado) next to the
same words in chains, labs, programmes, hospitals, streets and text (Drogaria Rosa Amado, Farmácias
Prudente, Farma Aurora, Laboratório Celeste, Biolab Clemente, Drogarias Pimenta & Cravo, Hospital
São Salvador, Rua Nossa Senhora das Dores, "conservar ao abrigo da luz", "de graça pelo
Popular", "pronto-socorro", Presidente Prudente, Salvador, Bento Gonçalves), which are not persons.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(loyalty cards, company-agreement registrations), EAN-13 codes, ANVISA registrations, CAAE
numbers, MedDRA codes, ICD-10 codes (E11.9, G12.1, F41.1...), money, lots, notification numbers,
laws and rules (Lei 13.709/2018, Lei 13.021/2014, Lei 6.437/1977, Lei 14.874/2024, Lei
12.846/2013, Lei 8.212/1991, Portaria SVS/MS 344/1998, RDC 44/2009, RDC 22/2014, RDC 197/2017,
Res. CNS 466/2012, Res. CNS 251/1997, Norma Operacional CNS 001/2013, Tema 6 do STF), dates that
are not birth dates, company names containing surnames (Haddad Laboratórios, Tanaka Genéricos,
"<PI's surname> Serviços Médicos Ltda", Kasparian Clinical Services).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 35
OUT = "thirtyfifth"

LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}

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


def up(s: str) -> str:
    return fold(s).upper()


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MES = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]
EXT_DAY = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
           "quatorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte", "vinte e um", "vinte e dois",
           "vinte e três", "vinte e quatro", "vinte e cinco", "vinte e seis", "vinte e sete", "vinte e oito", "vinte e nove",
           "trinta", "trinta e um"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Ana Paula", "Maria de Fátima", "Maria Aparecida", "Cláudia", "Sônia", "Regina", "Vera Lúcia", "Lúcia", "Rita",
        "Helena", "Beatriz", "Carolina", "Mariana", "Letícia", "Amanda", "Priscila", "Renata", "Cristiane", "Débora",
        "Luciana", "Kátia", "Viviane", "Sueli", "Rosana", "Célia", "Irene", "Joana", "Isabela", "Júlia", "Sofia",
        "Francisca", "Raimunda", "Josefa", "Edna", "Elaine", "Michele"]
RARE_F = ["Claudinéia", "Lucivânia", "Eurídice", "Maricleide", "Josélia", "Rutinéia", "Valdirene", "Ozenir", "Iolanda",
          "Kaylane", "Daysiane", "Lohanny", "Rayssa Vitória", "Jeovana", "Edilene", "Marivalda", "Cleonice", "Gercina",
          "Zenaide", "Luzinete", "Benedita", "Dalvanira", "Ivaneide", "Ednalva", "Neidiane", "Ariadna", "Suyane",
          "Thaynara", "Wanderléia", "Gleiciane", "Orlandina", "Adalgisa", "Elizete", "Nilzete", "Cremilda", "Anália",
          "Jessiane", "Kelly Cristina", "Ruthe", "Hosana"]
PT_M = ["João Pedro", "José", "Antônio", "Carlos Eduardo", "Paulo", "Luiz", "Pedro", "Marcos", "Roberto", "Sérgio",
        "Ricardo", "Rafael", "Eduardo", "Fernando", "Márcio", "André", "Leonardo", "Rodrigo", "Daniel", "Gustavo",
        "Thiago", "Bruno", "Felipe", "Gabriel", "Francisco", "Sebastião", "Luiz Carlos", "Mateus", "Lucas", "Vinícius",
        "Alexandre", "Wagner"]
RARE_M = ["Genésio", "Orozimbo", "Jurandir", "Edvan", "Valdemiro", "Raylson", "Weverton", "Thayrone", "Jeferson Luan",
          "Ozéias", "Eliezer", "Gedeão", "Josué Natan", "Aristeu", "Ubirajara", "Domingos Sávio", "Lindolfo", "Clidenor",
          "Ezequias", "Romualdo", "Deusdete", "Manoelito", "Juvenal", "Abdias", "Arlindo", "Eustáquio", "Zacarias",
          "Cleidson", "Edilberto", "Rosivaldo", "Ivanildo", "Wanderlino", "Erasmo", "Isaías", "Natanael", "Gumercindo",
          "Valfredo", "Honorato", "Kauan Davi", "Ryan Lucas", "Adejair", "Orlando Bento", "Ismael", "Ataíde"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Lima", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Ribeiro", "Martins", "Alves", "Gomes", "Barbosa", "Rocha", "Moreira", "Cardoso", "Araújo", "Fernandes",
          "Mendes", "Nunes", "Teixeira", "Vieira", "Lopes", "Soares", "Dias", "Freitas", "Nascimento", "Melo"]
RARE_SUR = ["Carvalhal", "Figueiró", "Queiroga", "Nóbrega", "Torquato", "Valadares", "Junqueira", "Uchôa", "Wanderley",
            "Meirelles", "Bragança", "Falcão", "Brandão", "Assunção", "Guedes Pinto", "Sampaio Corrêa", "Lacerda",
            "Bittencourt", "Tavares Bastos", "Albuquerque", "Cavalcanti", "Maranhão", "Furtado", "Holanda", "Pimentel",
            "Arruda", "Mascarenhas", "Camelo", "Rebouças", "Bezerra", "Siqueira", "Medrado", "Quintela", "Sardinha",
            "Gouveia", "Alencar", "Peixoto", "Magalhães", "Toledo Piza", "Dantas"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Glória", "Esperança", "Graça", "Socorro"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Clemente", "Cândido", "Salvador", "Sereno"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Flor", "Vitória", "Pimenta", "Cravo", "Pinheiro",
            "Cordeiro", "Carneiro", "Coelho", "Leitão", "Raposo", "Salgado", "Fonseca", "Paz", "Prado"]
NICK = {"José": "Zé", "Antônio": "Tonho", "Francisco": "Chico", "Sebastião": "Tião", "Raimunda": "Mundinha",
        "Josefa": "Zefa", "Francisca": "Chica", "Benedita": "Dita", "Luzinete": "Nete", "Orozimbo": "Zimbo",
        "Jurandir": "Jura", "Valdemiro": "Miro", "Gumercindo": "Cindo", "Eustáquio": "Taquinho", "Zacarias": "Zaca",
        "Manoelito": "Lito", "Domingos Sávio": "Mingo", "Socorro": "Corrinha", "Graça": "Gracinha", "Marivalda": "Valdinha",
        "Luiz Carlos": "Luizinho", "Carlos Eduardo": "Cadu", "João Pedro": "JP", "Rodrigo": "Digão", "Pedro": "Pedrinho",
        "Gabriel": "Biel", "Edilene": "Leninha", "Adalgisa": "Gisa", "Bento": "Bentinho", "Cândido": "Candinho",
        "Glória": "Glorinha", "Vera Lúcia": "Verinha", "Maria Aparecida": "Cida", "Maria de Fátima": "Fafá",
        "Orlandina": "Dina", "Abdias": "Dias", "Clemente": "Clé", "Sônia": "Soninha", "Maria das Dores": "Dorinha",
        "Maria do Socorro": "Socorro", "Maria das Graças": "Gracinha", "Maria da Glória": "Glorinha", "Maria da Luz": "Luzinha",
        "Honorato": "Nonô", "Deusdete": "Dete"}
FOREIGN = {
    "it": (["Giovanna", "Rosalia", "Concetta", "Marisa"], ["Vittorio", "Giuseppe", "Luigi", "Enzo"],
           ["Salvatori", "Bianchini", "Caputo", "Di Lorenzo", "Tartaglia", "Mancuso", "Lombardi"]),
    "de": (["Gertrud", "Hannelore", "Brunhilde"], ["Helmut", "Otto", "Dieter", "Gunther"],
           ["Hoffmann", "Krüger", "Schulze", "Wendt", "Vogel", "Baumgarten"]),
    "jp": (["Harumi", "Keiko", "Emiko", "Sayuri"], ["Hiroshi", "Takeshi", "Minoru", "Kenji"],
           ["Tanaka", "Watanabe", "Hayashi", "Morimoto", "Kawaguchi", "Ishikawa", "Tsuchiya"]),
    "lb": (["Samira", "Leila", "Mouna", "Rania"], ["Elias", "Jamil", "Tufic", "Habib"],
           ["Haddad", "Maluf", "Khoury", "Abdalla", "Farah", "Mansur", "Jafet"]),
    "ar": (["Anahid", "Siranush", "Lusine"], ["Garabed", "Ohannes", "Krikor", "Vartan"],
           ["Sarkissian", "Kasparian", "Boghossian", "Manoukian", "Der Haroutiounian"]),
    "gr": (["Eleni", "Despina", "Vasiliki"], ["Stavros", "Konstantinos", "Spyros"],
           ["Papadopoulos", "Kyriakidis", "Economides", "Lambrakis"]),
    "pl": (["Wanda", "Bronislawa", "Irena"], ["Tadeusz", "Zbigniew", "Bogdan"],
           ["Nowak", "Lewandowski", "Kaminski", "Wojcik", "Sobczak", "Pawlak"]),
    "kr": (["Min-ji", "Soo-jin", "Hye-won"], ["Dong-hyun", "Jae-sung", "Min-ho"], ["Lee", "Choi", "Jung", "Kang", "Yoon"]),
    "cn": (["Lanying", "Xiaoyan", "Mei"], ["Wei", "Jun", "Hao"], ["Wang", "Li", "Zhou", "Xu", "Lin"]),
    "ht": (["Guerline", "Nadège", "Esther Rose"], ["Jean-Robert", "Wisler", "Frantzy", "Jacques-Édouard"],
           ["Pierre-Louis", "Joseph", "Exantus", "Bellegarde", "Charlotin"]),
    "ao": (["Luzia Ndala", "Teresa Muanza", "Kiesse"], ["Nzuzi", "Bumba", "Lukeny"], ["Mavungo", "Kiala", "Tchissola", "Sambo"]),
    "sn": (["Mariama", "Ndeye", "Astou"], ["Mamadou", "Cheikh", "Babacar"], ["Ndiaye", "Fall", "Mbaye", "Gueye", "Seck"]),
    "bo": (["Rosmery", "Filomena", "Saturnina"], ["Evaristo", "Nicanor", "Faustino"], ["Choque", "Huanca", "Ticona", "Chambi"]),
    "pe": (["Yesenia", "Maribel"], ["Percy", "Edgar Wilfredo"], ["Huamán", "Quispe Ccama", "Paucar", "Ccori"]),
    "ve": (["Yenny", "Mariángel", "Yuliannys"], ["Jhonny", "Yeferson", "Wilmer"], ["Castillo", "Rangel", "Useche", "Mijares"]),
    "ind": (["Iracema", "Jaciara", "Moema", "Ywyrá"], ["Kauã", "Raoni", "Tabajara", "Aritana"],
            ["Guajajara", "Pataxó", "Tukano", "Baniwa", "Potiguara", "Xavante", "Munduruku"]),
    "jw": (["Sara", "Débora", "Miriam"], ["Samuel", "Benjamin", "Natan"], ["Goldberg", "Zylbersztajn", "Rosenfeld", "Kupferman", "Blay"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ar", "gr", "pl", "ht", "ao", "sn", "bo", "pe", "ve", "ind", "jw"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Rosalia", "Concetta", "Tartaglia", "Mancuso", "Caputo", "Hannelore", "Brunhilde", "Baumgarten", "Harumi",
             "Sayuri", "Minoru", "Morimoto", "Kawaguchi", "Tsuchiya", "Mouna", "Tufic", "Jafet", "Khoury", "Min-ji", "Soo-jin",
             "Hye-won", "Dong-hyun", "Jae-sung", "Lanying", "Xiaoyan"])

PARTICLES = ["da", "de", "do", "das", "dos", "e", "der"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Vitória", "Silva", "Costa", "Flor", "Rocha", "Paz", "Fonseca", "Assunção"}
DO_SUR = {"Prado", "Nascimento"}
DOS_SUR = {"Santos"}
def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"




DDDS = ["11", "12", "19", "21", "22", "24", "27", "31", "32", "34", "35", "41", "43", "47", "48", "51", "54", "61", "62",
        "65", "67", "71", "73", "75", "79", "81", "82", "83", "84", "85", "86", "91", "92", "98"]
STREET_TYPES = ["Rua"] * 10 + ["Avenida"] * 4 + ["Travessa", "Alameda", "Praça", "Estrada", "Beco", "Quadra"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "das Acácias", "Sete de Setembro",
                "Tiradentes", "Marechal Deodoro", "Duque de Caxias", "Getúlio Vargas", "Padre Cícero", "Dom Pedro II",
                "Nossa Senhora das Dores", "dos Farmacêuticos", "Oswaldo Cruz", "Vital Brazil", "Carlos Chagas",
                "Adolfo Lutz", "Frei Caneca", "Irmã Dulce", "Aurora", "Rosa e Silva", "Conselheiro Aguiar",
                "São Bento", "Quinze de Novembro", "Primavera", "das Mangueiras", "dos Ipês", "Castelo Branco",
                "Vitória Régia", "Dona Glória Salgado", "João Pessoa", "Santos Dumont", "Amazonas", "Goiás",
                "Professora Celeste Amado", "Doutor Cândido Pimenta", "Engenheiro Luz Brandão", "Jornalista Orozimbo Nóbrega",
                "Farmacêutico Genésio Valadares", "do Socorro", "Esperança"]
LINHAS = ["Três Barras", "Bonita", "São Roque", "Cascata", "Santa Lúcia"]
ESTRADAS = ["Municipal do Quilombo", "da Serrinha", "Velha do Mar", "Vicinal SPA-141", "do Cafundó", "dos Romeiros"]
RAMAIS = ["do Pau Rosa", "Bom Jesus", "Esperança", "do Tarumã"]
RODOVIAS = ["BR-316", "BR-101", "BR-232", "AM-010", "PE-060", "BA-099", "SP-340", "MG-050", "GO-060", "RJ-106"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Ribeirão Preto", "SP"), ("Presidente Prudente", "SP"), ("Santos", "SP"),
          ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Duque de Caxias", "RJ"), ("Belo Horizonte", "MG"), ("Juiz de Fora", "MG"),
          ("Uberaba", "MG"), ("Vitória", "ES"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"),
          ("Florianópolis", "SC"), ("Blumenau", "SC"), ("Brasília", "DF"), ("Goiânia", "GO"), ("Campo Grande", "MS"), ("Cuiabá", "MT"),
          ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Aracaju", "SE"), ("Maceió", "AL"), ("Recife", "PE"), ("João Pessoa", "PB"),
          ("Natal", "RN"), ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Teresina", "PI"), ("São Luís", "MA"), ("Belém", "PA"),
          ("Manaus", "AM")]
TR = {"AC": 1, "AL": 2, "AP": 3, "AM": 4, "BA": 5, "CE": 6, "DF": 7, "ES": 8, "GO": 9, "MA": 10, "MT": 11, "MS": 12,
      "MG": 13, "PA": 14, "PB": 15, "PR": 16, "PE": 17, "PI": 18, "RJ": 19, "RN": 20, "RS": 21, "RO": 22, "RR": 23,
      "SC": 24, "SE": 25, "SP": 26, "TO": 27}
UF_DDD = {"SP": ["11", "12", "13", "16", "18", "19"], "RJ": ["21", "22", "24"], "ES": ["27", "28"],
          "MG": ["31", "32", "34", "35", "37"], "PR": ["41", "43", "44"], "SC": ["47", "48"], "RS": ["51", "54"],
          "DF": ["61"], "GO": ["62", "64"], "MS": ["67"], "MT": ["65"], "BA": ["71", "73", "75", "77"], "SE": ["79"],
          "AL": ["82"], "PE": ["81", "87"], "PB": ["83"], "RN": ["84"], "CE": ["85", "88"], "PI": ["86", "89"],
          "MA": ["98", "99"], "PA": ["91", "93"], "AM": ["92", "97"]}
CAPITAL = {"SP": "São Paulo", "RJ": "Rio de Janeiro", "ES": "Vitória", "MG": "Belo Horizonte", "PR": "Curitiba",
           "SC": "Florianópolis", "RS": "Porto Alegre", "DF": "Brasília", "GO": "Goiânia", "MS": "Campo Grande", "MT": "Cuiabá",
           "BA": "Salvador", "SE": "Aracaju", "AL": "Maceió", "PE": "Recife", "PB": "João Pessoa", "RN": "Natal",
           "CE": "Fortaleza", "PI": "Teresina", "MA": "São Luís", "PA": "Belém", "AM": "Manaus"}
BR_ROADS = ["BR-116", "BR-101", "BR-040", "BR-230", "BR-316"]
IBGE = {"SP": "35", "RJ": "33", "ES": "32", "MG": "31", "PR": "41", "SC": "42", "RS": "43", "DF": "53", "GO": "52",
        "MS": "50", "MT": "51", "BA": "29", "SE": "28", "AL": "27", "PE": "26", "PB": "25", "RN": "24", "CE": "23",
        "PI": "22", "MA": "21", "PA": "15", "AM": "13"}
BANKS = ["001", "104", "237", "341", "033", "260", "077", "756", "748", "336", "290"]
class Person:
    def __init__(self, given: str, surnames: list[str], female: bool):
        self.given = given
        self.surnames = surnames
        self.female = female
        self.cpfd: str | None = None
        self.mail: str | None = None
        self.addr: str | None = None

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def first(self) -> str:
        if self.given.startswith(("Maria d", "Maria A", "Ana P", "Vera L", "Kelly C", "Luzia N", "Teresa M", "Esther R",
                                  "Domingos S", "João P", "Carlos E", "Edgar W", "Rayssa V")):
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
        return up(self.full)

    @property
    def low(self) -> str:
        return fold(self.full).lower()

    @property
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return up(f"{' '.join(sur)}, {self.given}")

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "inverted": p.inverted,
            "first": p.first, "last": p.last, "nick": p.nick, "lowfirst": fold(p.first).lower(),
            "capsshort": up(p.short), "lowshort": fold(p.short).lower(), "capsfirst": up(p.first),
            "lownick": fold(p.nick).lower()}[form]


def near_city(g: "Gen", uf: str) -> str:
    same = [c for c, u in CITIES if u == uf]
    return g.pick(same + [CAPITAL.get(uf, "Curitiba")])


def em_prop(prop: str) -> str:
    """'na Fazenda X' / 'no Sítio X'."""
    return ("na " if prop.split()[0] in ("Fazenda", "Estância", "Chácara") else "no ") + prop


def de_prop(prop: str) -> str:
    return ("da " if prop.split()[0] in ("Fazenda", "Estância", "Chácara") else "do ") + prop


def ds(d: dt.date, fmt: str = "br") -> str:
    return fmt_date(d.day, d.month, d.year, fmt)


def age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.uf: str | None = None

    def day(self, lo: str = "2025-01-02", hi: str = "2025-11-28") -> dt.date:
        a, b = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
        return a + dt.timedelta(days=self.rng.randint(0, (b - a).days))

    def plus(self, d: dt.date, lo: int, hi: int) -> dt.date:
        return d + dt.timedelta(days=self.rng.randint(lo, hi))

    def born(self, lo: int = 1940, hi: int = 2005) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def pcpf(self, p: "Person", style: str | None = None) -> str:
        """The person's own CPF (the same digits wherever the document repeats it)."""
        if p.cpfd is None:
            p.cpfd = self.cpf_digits()
        n = p.cpfd
        style = style or self.pick(["dot", "dot", "dot", "raw"])
        return fmt_cpf(n) if style == "dot" else n

    def pemail(self, p: "Person", domain: str | None = None) -> str:
        if p.mail is None:
            p.mail = self.email(p, domain)
        return p.mail

    def paddr(self, p: "Person") -> str:
        """The person's own address (the same wherever the document repeats it)."""
        if p.addr is None:
            p.addr = self.address()
        return p.addr

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
        if r < 0.40:
            return self.pick(RARE_SUR)
        if r < 0.54:
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
                if s not in surnames and s != given:
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
            if rng.random() < 0.3:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def spouse(self, of: Person) -> Person:
        """A spouse: the wife usually adds the husband's last surname."""
        p = self.person(female=not of.female)
        if p.female and self.chance(0.7):
            keep = [s for s in p.surnames if s not in SUFFIXES][:2]
            return Person(p.given, [s for s in keep if s != of.last] + [of.last], True)
        return p

    def child(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        given = self.pick((RARE_F + PT_F + WORD_F) if female else (RARE_M + PT_M + WORD_M))
        sur = [s for s in of.surnames if s not in SUFFIXES]
        return Person(given, sur[-2:] if len(sur) > 1 and self.chance(0.5) else sur[-1:], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(60, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}",
                          f"{f}{self.rng.randint(1960, 2005)}", f"{f}.{l}.{self.d(3)}", f"{l}{f[0]}", f"{f}_{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "live.com"])
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
                "semi": f"{n[:3]}.{n[3:6]}.{n[6:9]}{n[9:]}", "dash": f"{n[:9]}-{n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003", "0014", "0027"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self, style: str | None = None) -> str:
        """SP-like RG with its check digit, or the shapes of the southern states (RS, PR, SC, MT)."""
        style = style or self.pick(["dot", "dot", "raw", "rs", "pr", "sc", "mt"])
        if style in ("dot", "raw"):
            b = self.d(8)
            n = b + rg_sp_dv(b)
            return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n
        if style == "rs":
            return str(self.ri(1, 9)) + self.d(9)
        if style == "pr":
            return f"{self.ri(1, 9)}.{self.d(3)}.{self.d(3)}-{self.d(1)}"
        if style == "sc":
            return f"{self.ri(1, 7)}.{self.d(3)}.{self.d(3)}"
        return f"{self.d(7)}-{self.d(1)}"

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

    def cep(self, dash: bool | None = True) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        if dash is None:
            return f"{n[:2]}.{n[2:5]}-{n[5:]}"
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True, ddd: str | None = None) -> str:
        if ddd is None:
            ddd = self.pick(UF_DDD[self.uf]) if self.uf in UF_DDD and self.chance(0.75) else self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 3)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "zero": f"0{ddd} {h}-{t}", "local": f"{h}-{t}", "dot": f"{ddd}.{h}.{t}"}[style]

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
            return f"{a}-{self.d(4)}" if self.chance(0.75) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self, private: bool = False) -> str:
        if private:
            return self.pick([f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(2, 254)}",
                              f"192.168.{self.ri(0, 20)}.{self.ri(2, 254)}"])
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 170, 45, 131, 143, 152])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    # ----------------------------------------------------------------- places
    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 804)}", f"casa {self.ri(1, 9)}", "fundos",
                          f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}", f"bloco {self.ri(1, 9)} apto {self.ri(11, 504)}", "casa 2",
                          f"ap {self.ri(101, 1204)}"])
        return t, name, num, comp

    def urban(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            ab = {"Rua": "R", "Avenida": "AV", "Travessa": "TV", "Alameda": "AL", "Praça": "PC", "Estrada": "EST", "Beco": "BC"}
            return up(f"{ab.get(t, t)} {name} " + ("S/N" if num == "s/n" else num) + (f" {comp}" if comp else ""))
        if style == "low":
            ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv"}
            return fold(f"{ab.get(t, t)} {name} " + ("sn" if num == "s/n" else num) + (f" {comp}" if comp else "")).lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al."}
        if self.chance(0.25) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", ", ", nº ", " "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def rural(self, style: str = "text") -> str:
        """A peri-urban / rural road address: road type + name + km or number + lot."""
        k = self.ri(0, 3)
        if k == 0:
            s = f"Estrada {self.pick(ESTRADAS)}, " + self.pick([f"km {self.ri(1, 40)}", "s/n", f"nº {self.ri(100, 9000)}"])
        elif k == 1:
            road = self.pick(RODOVIAS)
            s = f"Rodovia {road}, km {self.ri(2, 780)}" + self.pick(["", f", lote {self.ri(1, 60)}"])
        elif k == 2:
            s = f"Ramal {self.pick(RAMAIS)}, km {self.ri(1, 60)}"
        else:
            s = f"Linha {self.pick(LINHAS)}, lote {self.ri(1, 140)}"
        if style == "caps":
            return up(s).replace(",", "").replace("Nº ", "")
        if style == "low":
            return fold(s).lower().replace(",", "")
        return s

    def df(self, style: str = "text") -> str:
        """A Brasília address: sector, block, set, house or flat."""
        s = self.pick([f"QNM {self.ri(1, 42)} Conjunto {self.pick('ABCDEFGHIJ')} Casa {self.ri(1, 40)}",
                       f"SQS {self.pick(['102', '108', '208', '308', '314', '410'])} Bloco {self.pick('ABCDEFGHIJK')} apto {self.ri(1, 6)}0{self.ri(1, 6)}",
                       f"QS {self.ri(1, 12)} Rua {self.ri(100, 899)} Lote {self.ri(1, 40)} apto {self.ri(1, 20)}0{self.ri(1, 4)}",
                       f"SHIN QI {self.ri(1, 14)} Conjunto {self.ri(1, 9)} Casa {self.ri(1, 20)}",
                       f"QR {self.ri(100, 600)} Conjunto {self.ri(1, 20)} Casa {self.ri(1, 30)}"])
        if style == "caps":
            return up(s)
        if style == "low":
            return s.lower()
        return s

    def address(self, style: str = "text", rural: float = 0.05) -> str:
        if self.uf == "DF" and self.chance(0.7):
            return self.df(style)
        return self.rural(style) if self.chance(rural) else self.urban(style)

    def city(self) -> tuple[str, str]:
        c = self.pick(CITIES)
        self.uf = c[1]
        return c

    def dob(self, fmt: str | None = None, lo: int = 1938, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(5, 22):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 5000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        return brl(v)

    def cnj(self, uf: str | None = None, justice: str = "8") -> str:
        uf = uf or self.pick(sorted(TR))
        if justice == "5":
            seg = f"5.{self.ri(1, 24):02d}"
        elif justice == "4":
            seg = f"4.{self.ri(1, 6):02d}"
        else:
            seg = f"8.{TR[uf]:02d}"
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2018, 2025)}.{seg}.{self.d(4)}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(sorted(IBGE))
        n = self.rng.randint(1000, 199999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {n}/D", f"CREA/{uf} {n}", f"CREA-{uf} {dotted}", f"CREA {uf} {self.d(10)}"])
        if kind == "CRMV":
            return self.pick([f"CRMV-{uf} {self.ri(100, 19999):05d}", f"CRMV/{uf} {self.ri(1000, 19999)}",
                              f"CRMV-{uf} nº {self.ri(1000, 19999)}", f"CRMV/{uf} {self.ri(1000, 9999)}/VP"])
        if kind == "CRC":
            return self.pick([f"CRC/{uf} {self.d(6)}/O-{self.d(1)}", f"CRC-{uf} {self.d(6)}/O", f"CRC {uf}-{self.d(6)}/O-{self.d(1)}"])
        if kind == "CRF":
            m = self.rng.randint(800, 59999)
            return self.pick([f"CRF-{uf} {m}", f"CRF/{uf} {m}", f"CRF-{uf} nº {m}", f"CRF {uf} {m:,}".replace(",", "."), f"CRF/{uf}-{m}"])
        if kind == "CRO":
            m = self.rng.randint(1000, 99999)
            return self.pick([f"CRO-{uf} {m}", f"CRO/{uf} {m}", f"CRO {uf} {m}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} {dotted}", f"CRM-{uf} nº {n}"])



def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "ddmmyyyy": f"{dd:02d}{mm:02d}{yy}", "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
            "long": f"{dd} de {MONTHS[mm - 1]} de {yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}",
            "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {up(MONTHS[mm - 1])} DE {yy}", "cioms": f"{dd:02d} {MES[mm - 1]} {yy}",
            "mesabr": f"{dd:02d}/{MES[mm - 1].lower()}/{yy}", "dotshort": f"{dd:02d}.{mm:02d}.{yy % 100:02d}"}[fmt]


def brl(cents: int) -> str:
    return f"{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d}"


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def law_mail(g: Gen, p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return g.pick([f"{f}@{l}.adv.br", f"{f}.{l}@{l}advocacia.com.br", f"contato.{f}{l}@gmail.com", f"{f[0]}{l}.adv@gmail.com",
                   f"{f}.{l}.adv@hotmail.com"])


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"



# --------------------------------------------------------------------------- document builder


MARK = re.compile(r"«(\w+)»")


class Doc:
    def __init__(self):
        self.text = ""
        self.spans: list[dict] = []
        self.negs: list[str] = []

    def t(self, s: str) -> "Doc":
        self.text += s
        return self

    def e(self, s: str, label: str | None) -> "Doc":
        if label is None:
            return self.t(s)
        if label == "NEG":
            self.negs.append(s)
            return self.t(s)
        assert label in LABELS, label
        if label == "ADDRESS" and fold(s.split()[0]).lower() in ("ramal", "travessao", "corredor"):
            # masculine road types: "na Linha ..." but "no Ramal ..."
            for fem, masc in ((" na ", " no "), (" da ", " do "), (" NA ", " NO "), (" DA ", " DO ")):
                if self.text.endswith(fem):
                    self.text = self.text[:-len(fem)] + masc
        self.spans.append({"start": len(self.text), "end": len(self.text) + len(s), "label": label})
        self.text += s
        return self

    def f(self, template: str, **vals) -> "Doc":
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span,
        (value, "NEG") a recorded hard negative, (value, None) or a plain value is text."""
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

    def parts(self, pieces: list) -> "Doc":
        for p in pieces:
            if isinstance(p, tuple):
                self.e(p[0], p[1])
            else:
                self.t(p)
        return self

    def cell(self, s: str, width: int, label: str | None = None, right: bool = False) -> "Doc":
        s = s[:width].rstrip()
        pad = " " * (width - len(s))
        if right:
            self.t(pad)
        if s:
            self.e(s, label)
        if not right:
            self.t(pad)
        return self


def P(s: str):
    return (s, "PERSON")


def N(s: str) -> tuple:
    return (s, "NEG")


def csv_rows(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ";") -> None:
    if cols:
        doc.t(sep.join(cols) + "\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(sep)
            q = sep in v or '"' in v
            if q:
                doc.t('"')
            if v:
                doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


COPY = 0  # copy index of the record being built (set by build())

# =========================================================================== pharmacy / pharma / clinical-research register

CHAINS = [("Drogaria Rosa Amado", "drogariarosaamado.com.br"), ("Farmácias Prudente", "farmaciasprudente.com.br"),
          ("Rede Vitória Popular Drogarias", "vitoriapopular.com.br"), ("Drogaria São Bento", "drogasaobento.com.br"),
          ("Farmácia Flor de Lis", "farmaciaflordelis.com.br"), ("Drogarias Pimenta & Cravo", "pimentacravo.com.br"),
          ("Farma Aurora", "farmaaurora.com.br"), ("Drogaria Cândido Salgado", "candidosalgado.com.br"),
          ("Farmácia Esperança do Povo", "esperancadopovo.com.br"), ("Drogaria Coelho & Paz", "coelhoepaz.com.br")]
PROGRAMS = ["Clube Rosa+", "Prudente Vantagens", "Amigo Vitória", "Bento Fidelidade", "Clube Aurora Saúde", "Flor de Lis Mais",
            "Cliente Esperança", "Coelho Pontos"]
LABS = [("Laboratório Celeste Farmacêutica S.A.", "celestefarma.com.br"), ("Aurora Biofármacos Ltda", "aurorabio.com.br"),
        ("Prado Pharma do Brasil Ltda", "pradopharma.com"), ("Meirelles & Bento Indústria Farmacêutica Ltda", "meirellesbento.com.br"),
        ("Haddad Laboratórios S.A.", "haddadlab.com.br"), ("Tanaka Genéricos do Brasil Ltda", "tanakagen.com.br"),
        ("Biolab Clemente Ltda", "biolabclemente.com.br")]
CROS = [("Lumen Pesquisa Clínica Ltda", "lumencro.com.br"), ("TrialBridge Brasil CRO Ltda", "trialbridge.com"),
        ("Vitória Research Organization", "vro.com.br"), ("Kasparian Clinical Services do Brasil", "kasparianclinical.com")]
SPONSORS = ["Celeste Farmacêutica S.A.", "Norbridge Therapeutics Inc.", "Helvetia Biologics AG", "Aurora Biofármacos Ltda",
            "Okamura Pharmaceutical Co., Ltd.", "Prado Pharma do Brasil Ltda"]
SITES = ["Centro de Pesquisa Clínica do Hospital Santa Rosa", "CPC do Instituto Amado de Oncologia", "Unidade de Pesquisa Clínica do HU",
         "Clínica de Estudos Aurora", "Núcleo de Pesquisa do Hospital São Salvador", "Centro Integrado de Pesquisa Glória",
         "Instituto de Pesquisa Cândido Fontoura", "CEPEC Bento Ribeiro"]
PROTOCOLS = ["CEL-2231-301", "NBT-114-BR02", "HB-0457/III", "AUR-DM2-017", "OKM-882-3001", "PPB-ONC-09", "CEL-4410-202"]
STUDY_DRUGS = ["zilotamabe", "velprafenibe", "CEL-2231", "brenatinibe", "obrisentana oral", "NBT-114", "HB-0457"]
INDICATIONS = ["diabetes tipo 2", "psoríase em placas moderada a grave", "insuficiência cardíaca", "asma grave eosinofílica",
               "câncer de mama HER2+", "doença renal crônica", "artrite reumatoide", "obesidade", "hipertensão resistente"]
HIGH_COST = ["nusinersena (Spinraza®) 12 mg", "risdiplam 0,75 mg/mL", "eculizumabe 300 mg", "elexacaftor/tezacaftor/ivacaftor",
             "trastuzumabe entansina 160 mg", "pembrolizumabe 100 mg", "canabidiol 200 mg/mL", "insulina degludeca",
             "adalimumabe 40 mg", "alfa-agalsidase 3,5 mg", "dupilumabe 300 mg", "burosumabe 20 mg"]
CONTROLLED = [("clonazepam 2 mg", "B1"), ("alprazolam 0,5 mg", "B1"), ("zolpidem 10 mg", "B1"), ("metilfenidato 10 mg", "A3"),
              ("lisdexanfetamina 50 mg", "A3"), ("morfina 10 mg", "A1"), ("oxicodona 20 mg", "A1"), ("tramadol 50 mg", "A2"),
              ("codeína 30 mg + paracetamol", "A2"), ("isotretinoína 20 mg", "C2"), ("sertralina 50 mg", "C1"),
              ("escitalopram 10 mg", "C1"), ("quetiapina 25 mg", "C1"), ("pregabalina 75 mg", "C1"), ("sibutramina 15 mg", "B2"),
              ("amitriptilina 25 mg", "C1"), ("carbamazepina 200 mg", "C1"), ("fenobarbital 100 mg", "B1"), ("diazepam 10 mg", "B1")]
POPULAR = ["losartana potássica 50 mg", "metformina 850 mg", "glibenclamida 5 mg", "atenolol 25 mg", "hidroclorotiazida 25 mg",
           "insulina humana NPH 100 UI/mL", "salbutamol 100 mcg spray", "sinvastatina 20 mg", "captopril 25 mg",
           "fralda geriátrica G", "alendronato de sódio 70 mg", "dapagliflozina 10 mg", "propranolol 40 mg", "budesonida 32 mcg"]
OTC = ["dipirona 1 g", "protetor solar FPS 50", "fralda infantil XG", "vitamina D 2.000 UI", "omeprazol 20 mg", "soro fisiológico 500 mL",
       "ibuprofeno 400 mg", "termômetro digital", "shampoo anticaspa", "amoxicilina 500 mg", "azitromicina 500 mg",
       "loratadina 10 mg", "dermocosmético antiacne", "teste de gravidez", "fita de glicemia (50 un)", "sabonete íntimo"]
CIDS = ["E11.9", "I10", "F41.1", "F32.1", "G40.3", "G12.1", "E84.0", "J45.5", "C50.9", "L40.0", "M05.9", "N18.4", "D59.5", "E75.2"]
MEDDRA = [("urticária", "10046735"), ("angioedema", "10002424"), ("hipoglicemia", "10020993"), ("náusea", "10028813"),
          ("síndrome de Stevens-Johnson", "10042033"), ("hepatotoxicidade", "10019851"), ("reação no local de injeção", "10022095"),
          ("pancreatite aguda", "10033647"), ("cefaleia", "10019211"), ("falta de eficácia", "10013709")]
VACINAS = ["Influenza tetravalente", "HPV9", "Meningocócica ACWY", "Hepatite B (adulto)", "Herpes zóster recombinante",
           "Pneumocócica 20-valente", "dTpa", "Febre amarela", "Covid-19 XBB", "Dengue (Qdenga)"]
ROLE_BOXES = ("sac", "juridico", "financeiro", "ouvidoria", "farmacovigilancia", "fv", "cep", "conep", "pedidos", "delivery", "dpo",
              "privacidade", "pesquisa", "contasapagar", "nfe", "atendimento", "vacinas", "faturamento", "naj", "protocolo",
              "visa", "sngpc", "loja", "cadastro")


STATE_NAME = {"SP": "de São Paulo", "RJ": "do Rio de Janeiro", "ES": "do Espírito Santo", "MG": "de Minas Gerais", "PR": "do Paraná",
              "SC": "de Santa Catarina", "RS": "do Rio Grande do Sul", "DF": "do Distrito Federal", "GO": "de Goiás", "MS": "de Mato Grosso do Sul",
              "MT": "de Mato Grosso", "BA": "da Bahia", "SE": "de Sergipe", "AL": "de Alagoas", "PE": "de Pernambuco", "PB": "da Paraíba",
              "RN": "do Rio Grande do Norte", "CE": "do Ceará", "PI": "do Piauí", "MA": "do Maranhão", "PA": "do Pará", "AM": "do Amazonas"}
DISEASES = [("atrofia muscular espinhal tipo 2", "G12.1"), ("fibrose cística", "E84.0"), ("hemoglobinúria paroxística noturna", "D59.5"),
            ("neoplasia maligna de mama", "C50.9"), ("epilepsia refratária", "G40.3"), ("doença de Fabry", "E75.2"),
            ("dermatite atópica grave", "L20.8"), ("artrite reumatoide", "M05.9"), ("raquitismo hipofosfatêmico ligado ao X", "E83.3")]


def role_box(name: str, dom: str) -> str:
    assert name in ROLE_BOXES
    return f"{name}@{dom}"


def store(g: Gen) -> str:
    return g.pick(["loja", "filial", "Loja", "LJ", "unidade"]) + " " + f"{g.ri(1, 412):03d}"


def ean(g: Gen) -> str:
    return "789" + g.d(10)


def anvisa_reg(g: Gen) -> str:
    return f"1.{g.d(4)}.{g.d(4)}.{g.d(3)}-{g.d(1)}"


def lote(g: Gen) -> str:
    return g.pick([f"L{g.d(7)}", f"{g.pick('ABCDEFGHK')}{g.d(5)}", f"{g.d(2)}{g.pick('ABCDEF')}{g.d(4)}", f"BR{g.d(6)}"])


def caae(g: Gen) -> str:
    return f"{g.d(8)}.{g.d(1)}.{g.d(4)}.{g.d(4)}"


def subj(g: Gen, site: str | None = None) -> str:
    return f"{site or g.d(3)}-{g.d(4)}"


def dr(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def initials(p: Person) -> str:
    ws = [w for w in (p.given.split() + p.surnames) if w not in PARTICLES and w not in SUFFIXES]
    return ".".join(up(w)[0] for w in ws) + "."


def presc(g: Gen, uf: str) -> str:
    """A prescriber's council number: mostly a physician, sometimes a dentist."""
    return g.council("CRO" if g.chance(0.12) else "CRM", uf)


def qual(g: Gen, doc: Doc, p: Person, uf: str, job: str | None = None, dob: bool | None = None, rg: bool = True,
         titulo: bool = False) -> None:
    """Qualification of a party in a petition or a decision."""
    doc.e(g.pick([p.full, p.caps, p.caps]), "PERSON")
    doc.t(", " + ("brasileira" if p.female else "brasileiro") + ", "
          + g.pick(["casad" + p.o, "solteir" + p.o, "divorciad" + p.o, "viúv" + p.o, "em união estável"]) + ", "
          + (job or g.pick(["aposentad" + p.o, "do lar", "auxiliar administrativ" + p.o, "professor" + ("a" if p.female else ""),
                            "motorista", "costureira" if p.female else "pedreiro", "desempregad" + p.o, "comerciante"])))
    if dob if dob is not None else g.chance(0.35):
        doc.t(", nascid" + p.o + " em ")
        doc.e(g.dob(g.pick(["br", "long"]), lo=1945, hi=2004), "DATE_OF_BIRTH")
    if rg:
        doc.t(", " + g.pick(["portador" + ("a" if p.female else "") + " do RG nº ", "RG ", "cédula de identidade nº "]))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(["SSP/", "SDS/", "SSP-", "IFP/", "PC/"]) + uf)
    doc.t(", " + g.pick(["inscrit" + p.o + " no CPF sob o nº ", "CPF nº ", "CPF/MF ", "inscrit" + p.o + " no CPF/MF sob nº "]))
    doc.e(g.pcpf(p), "BR_CPF")
    if titulo:
        doc.t(", título de eleitor ")
        doc.e(g.titulo(), "BR_TITULO_ELEITOR")
    doc.t(", " + g.pick(["residente e domiciliad" + p.o + " na ", "com endereço na ", "residente na "]))
    doc.e(g.paddr(p), "ADDRESS")
    doc.t(", " + g.pick(["Centro", "bairro Boa Esperança", "Vila Nova", "bairro São José", "Jardim das Flores", "Cidade Nova"]))
    if g.chance(0.6):
        doc.t(", CEP ")
        doc.e(g.cep(), "BR_CEP")


def esign_log(g: Gen, doc: Doc, people: list[Person], base: dt.date, title: str = "Trilha de auditoria") -> None:
    doc.f("\n--- «tt» («pl») — envelope «id» ---\n", tt=title, pl=g.pick(["Clicksign", "D4Sign", "DocuSign", "ZapSign", "Adobe Sign"]),
          id=g.uuid() if g.chance(0.5) else g.hexs(24))
    for p in people:
        doc.parts([P(g.pick([p.full, p.caps])), " — "])
        if g.chance(0.5):
            c = re.sub(r"\D", "", g.pcpf(p))
            doc.t(f"CPF ***.{c[3:6]}.{c[6:9]}-** — ")
        doc.e(g.pemail(p), "EMAIL_ADDRESS")
        doc.f(" — assinou em «d» «h» — IP «ip»\n", d=ds(g.plus(base, 0, 3)), h=g.hms(), ip=(g.ip(g.chance(0.1)), "IP_ADDRESS"))


def patient(g: Gen, female: bool | None = None) -> Person:
    return g.person(female=female)


def pharmacist(g: Gen, female: bool | None = None) -> Person:
    return g.person(female=female, origin=g.pick(["pt"] * 8 + ["jp", "lb", "it", "kr", "de"]))


def old_person(g: Gen) -> Person:
    """Older customers: more traditional and regional given names."""
    female = g.chance(0.55)
    p = g.person(female=female, origin="pt")
    if g.chance(0.35):
        p.given = g.pick(["Maria das Dores", "Maria do Socorro", "Maria das Graças", "Maria da Glória", "Maria da Luz", "Benedita",
                          "Raimunda", "Josefa", "Orlandina", "Gercina", "Cremilda"] if female else
                         ["Sebastião", "Orozimbo", "Gumercindo", "Juvenal", "Abdias", "Deusdete", "Arlindo", "Honorato", "Cândido"])
    return p


# =========================================================================== atendimento

def at_fidelidade(g: Gen) -> Doc:
    """Loyalty-programme sign-up: a labelled tablet form, an app payload or an ALL CAPS till screen."""
    doc = Doc()
    city, uf = g.city()
    chain, dom = g.pick(CHAINS)
    prog = g.pick(PROGRAMS)
    c = g.person()
    op = g.person()
    born = g.born(1940, 2006)
    k = COPY % 3
    if k == 0:
        doc.f("«ch» — «st» («cy»/«uf»)\nCADASTRO «pg»\n\nNome completo*: «n»\nCPF*: «cpf»\nData de nascimento*: «dob»\nSexo: «sx»\n"
              "Celular (WhatsApp)*: «t»\nE-mail: «e»\nCEP: «cep»\nEndereço: «ad»\nBairro: «b»   Cidade: «cy»/«uf»\n",
              ch=chain, st=store(g), cy=city, uf=uf, pg=up(prog), n=P(g.pick([c.full, c.caps, c.low])), cpf=(g.pcpf(c), "BR_CPF"),
              dob=(ds(born, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"), sx=g.pick(["F" if c.female else "M", "prefiro não informar"]),
              t=(g.phone(), "PHONE_NUMBER"), e=(g.pemail(c), "EMAIL_ADDRESS"), cep=(g.cep(g.pick([True, False])), "BR_CEP"),
              ad=(g.address(), "ADDRESS"), b=g.pick(["Centro", "Jardim Aurora", "Vila Esperança", "Boa Vista", "Rosa dos Ventos"]))
        doc.f("Medicamentos de uso contínuo (opcional): «m»\n", m=g.pick(["losartana 50 mg e AAS", "metformina 850", "não", "levotiroxina 75 mcg",
                                                                           "sertralina — não quero informar a dose", "insulina, uso caneta"]))
        if g.chance(0.6):
            ch = g.child(c)
            doc.f("Dependente: «d» — nasc. «dd» (filh«o»)\n", d=P(ch.full), dd=(g.dob(g.pick(["br", "nopad"]), lo=2010, hi=2024), "DATE_OF_BIRTH"),
                  o="a" if ch.female else "o")
        doc.f("[«x»] Aceito receber ofertas por SMS/WhatsApp   [X] Li a Política de Privacidade (Lei 13.709/2018)\n"
              "Cartão «pg» nº «cn»\nAtendente: «a» — «h» «d»\n", x=g.pick(["X", " "]), pg=prog, cn=N(g.neg(11)), a=P(g.pick([op.first, op.short])),
              h=g.hm(), d=g.date(year=2025))
    elif k == 1:
        d = g.day()
        doc.f("POST /api/v2/fidelidade/clientes  200 OK  «ts»\norigem: app «pg» (Android «av»)  ip_cliente: «ip»\n{\n"
              "  \"nome\": \"«n»\",\n  \"cpf\": \"«cpf»\",\n  \"dataNascimento\": \"«dob»\",\n  \"celular\": \"«t»\",\n  \"email\": \"«e»\",\n"
              "  \"cep\": \"«cep»\",\n  \"logradouro\": \"«ad»\",\n  \"cidade\": \"«cy»\", \"uf\": \"«uf»\",\n  \"optinMarketing\": «o»,\n"
              "  \"lojaPreferida\": «lj»,\n  \"indicadoPor\": ",
              ts=f"{d.isoformat()}T{g.hms()}-03:00", pg=prog, av=f"{g.ri(9, 15)}", ip=(g.ip(), "IP_ADDRESS"), n=P(c.full),
              cpf=(g.pcpf(c, "raw"), "BR_CPF"), dob=(ds(born, "iso"), "DATE_OF_BIRTH"), t=(g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER"),
              e=(g.pemail(c), "EMAIL_ADDRESS"), cep=(g.cep(False), "BR_CEP"), ad=(g.address(), "ADDRESS"), cy=city, uf=uf,
              o=g.pick(["true", "false"]), lj=g.ri(1, 412))
        if g.chance(0.4):
            doc.parts(['"', (g.cpf("raw"), "BR_CPF"), '"'])
        else:
            doc.t("null")
        doc.t("\n}\n")
        doc.f("validação SMS: código enviado p/ «t» — confirmado\nbônus boas-vindas: 500 pts\n", t=(g.phone("par"), "PHONE_NUMBER"))
    else:
        doc.f("«ch»  PDV «p»   OPERADOR: «lg»                    «d» «h»\n==============================================================\n"
              "F4 - CADASTRO RAPIDO «pg»\n--------------------------------------------------------------\n"
              "CPF.........: «cpf»\nNOME........: «n»\nDT NASC.....: «dob»\nCELULAR.....: «t»\nEMAIL.......: «e»\nCEP.........: «cep»\n"
              "ENDERECO....: «ad»\nCIDADE/UF...: «cy»/«uf»\nCONSENTIMENTO LGPD: S   OPT-IN SMS: «o»\n"
              "--------------------------------------------------------------\nDESCONTO APLICADO NA VENDA: R$ «v»  CUPOM «cp»\n"
              "ATENDIDO POR: «a»\n",
              ch=up(chain), p=f"{g.ri(1, 9):02d}", lg=up(login(op)), d=g.date("br", 2025), h=g.hm(), pg=up(prog), cpf=(g.pcpf(c), "BR_CPF"),
              n=P(c.caps), dob=(ds(born), "DATE_OF_BIRTH"), t=(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"),
              e=(up(g.pemail(c)), "EMAIL_ADDRESS"), cep=(g.cep(), "BR_CEP"), ad=(g.address("caps"), "ADDRESS"), cy=up(city), uf=uf,
              o=g.pick(["S", "N"]), v=g.money(2, 60), cp=g.d(6), a=P(op.caps))
    return doc


def at_delivery(g: Gen) -> Doc:
    """WhatsApp order of a drugstore's delivery line: prescription photo, address, payment, the motoboy."""
    doc = Doc()
    city, uf = g.city()
    chain, dom = g.pick(CHAINS)
    c = g.person()
    att = g.person(female=g.chance(0.7))
    moto = g.person(female=False)
    d = g.day()
    ios = g.chance(0.5)
    cname = [P(g.pick([c.first, c.short, c.full]))] if g.chance(0.4) else [(g.phone("plus"), "PHONE_NUMBER")]
    if g.chance(0.3):
        aname = [g.pick([up(chain) + " ", chain + " Delivery ", "Delivery " + store(g) + " - "]), P(att.first)]
    else:
        aname = [g.pick([chain + " Delivery", up(chain), "Delivery " + store(g), chain + " ✅"])]
    t = [g.ri(8, 19), g.ri(0, 20)]
    med, cls = g.pick(CONTROLLED)
    items = g.rng.sample(POPULAR + OTC, 2)
    pay = g.ri(0, 2)
    msgs = [
        (cname, ["boa tarde, vcs entregam no ", g.pick(["Jardim Aurora", "Vila Esperança", "centro", "Parque São Bento", "bairro da Luz"]), "?"]),
        (aname, ["Olá! Aqui é a ", P(att.first), " 😊 Entregamos sim. Pode mandar a lista ou foto da receita"]),
        (cname, ["IMG-", g.d(8), "-WA00", g.d(2), ".jpg (arquivo anexado)"]),
        (cname, ["é o ", items[0], " e o ", items[1], " e o ", med, " da minha mãe"]),
        (aname, [med.split()[0], " é controlado (", cls, "), o motoboy precisa recolher a receita original na entrega. Nome completo e endereço por favor"]),
        (cname, ["", P(g.pick([c.full, c.caps, c.low])), " — ", (g.address(g.pick(["text", "text", "low"])), "ADDRESS"), ", ",
                 g.pick(["portão azul", "perto da igreja", "em frente ao posto", "bloco dos fundos"]), ", cep ", (g.cep(g.chance(0.7)), "BR_CEP")]),
        (cname, ["a receita tá no nome dela, ", P(g.relative(c, True).full), ", CPF ", (g.cpf(), "BR_CPF"), " se precisar"]),
        (aname, ["Total R$ ", g.money(40, 380), ". CPF na nota?"]),
        (cname, ["sim ", (g.pcpf(c), "BR_CPF")] if g.chance(0.6) else ["não precisa"]),
        (aname, ["Forma de pagamento?"]),
    ]
    if pay == 0:
        msgs += [(cname, ["cartão, pode passar ", (g.card(g.chance(0.7)), "CREDIT_CARD"), " val ", f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", " cvv ", g.d(3)]),
                 (aname, ["Por segurança não envie dados de cartão aqui 🙏 vou apagar. O motoboy leva a maquininha"])]
    elif pay == 1:
        msgs += [(cname, ["pix"]), (aname, ["Chave aleatória da loja: ", (g.uuid(), "PIX_KEY"), " — mande o comprovante"])]
    else:
        msgs += [(cname, ["dinheiro, troco pra 200"])]
    msgs += [(aname, ["Saiu para entrega com o ", P(g.pick([moto.first, moto.nick, moto.short])), ", moto placa ", (g.plate(), "LICENSE_PLATE"),
                      ". Previsão 40 min"]),
             (cname, ["pode deixar com o porteiro, o ", P(g.person(female=False).first)] if g.chance(0.3) else
              [g.pick(["obrigada!", "show", "👍", "ok", "blz, to esperando"])]),
             ]
    if g.chance(0.5):
        msgs.append((cname, ["se não me achar liga no fixo ", (g.phone(mobile=False), "PHONE_NUMBER")]))
    for w, m in msgs:
        t[1] += g.ri(0, 9)
        t[0] += t[1] // 60
        t[1] %= 60
        if ios:
            doc.t(f"[{ds(d)} {t[0]:02d}:{t[1]:02d}:{g.ri(0, 59):02d}] ")
        else:
            doc.t(f"{ds(d, 'short')} {t[0]:02d}:{t[1]:02d} - ")
        doc.parts(w)
        doc.t(": ")
        doc.parts(m)
        doc.t("\n")
    return doc


def at_sac_fv(g: Gen) -> Doc:
    """Manufacturer's SAC ticket: technical complaint and adverse event reported by a consumer."""
    doc = Doc()
    city, uf = g.city()
    lab, dom = g.pick(LABS)
    rep = g.person()
    pt = g.relative(rep) if g.chance(0.6) else rep
    att = g.person()
    doc_ = g.person()
    ev, pt_code = g.pick(MEDDRA)
    d = g.day()
    if pt is rep:
        rel = "a própria paciente" if rep.female else "o próprio paciente"
    else:
        rel = g.pick(["filha", "sobrinha", "neta", "cuidadora"] if rep.female else ["filho", "sobrinho", "neto", "genro"])
    doc.f("SAC «lb» — Protocolo «pr»\nAbertura: «d» «h»  Canal: «cn»  Atendente: «a»\nTipo: QUEIXA TÉCNICA + EVENTO ADVERSO → encaminhado à Farmacovigilância\n\n"
          "NOTIFICADOR: «r» («rel»)\nTel.: «t»   E-mail: «e»\n\nPACIENTE: «p»   Nasc.: «dob»   Sexo: «sx»   Peso: «kg» kg\n",
          lb=up(lab.split()[0] + " " + lab.split()[1]), pr=f"{d.year}{g.d(8)}", d=ds(d), h=g.hm(), cn=g.pick(["0800", "chat", "e-mail", "Reclame Aqui"]),
          a=P(g.pick([att.full, att.first])), r=P(rep.full), rel=rel, t=(g.phone(), "PHONE_NUMBER"), e=(g.pemail(rep), "EMAIL_ADDRESS"),
          p=P(g.pick([pt.full, pt.caps])), dob=(g.dob(lo=1935, hi=2018), "DATE_OF_BIRTH"), sx="F" if pt.female else "M", kg=g.ri(48, 110))
    prod = g.pick(POPULAR + ["amoxicilina + clavulanato 875 mg", "levotiroxina 50 mcg", "insulina glargina caneta", "colírio timolol 0,5%"])
    doc.f("\nPRODUTO: «pd»   Lote: «lt»   Val.: «vl»   Reg. MS «rg»\nComprado em: «ch», «cy»/«uf»\n\nRELATO (transcrição): «rl»\n"
          "Evento: «ev» (MedDRA PT «code»)   Gravidade: «gv»\n", pd=prod, lt=lote(g), vl=f"{g.ri(1, 12):02d}/{g.ri(2026, 2028)}", rg=anvisa_reg(g),
          ch=g.pick([c for c, _ in CHAINS]), cy=city, uf=uf,
          rl=g.pick(["disse que depois do lote novo o comprimido veio de cor diferente e " + ("ela" if pt.female else "ele") + " teve " + ev + " dois dias depois",
                     "a caneta travou e a dose não saiu, depois teve " + ev + " e foi ao pronto-socorro",
                     "comprimido esfarelando no blister; " + ("ela" if pt.female else "ele") + " começou com " + ev + " e suspendeu por conta própria",
                     "ficou com " + ev + " na primeira semana, o médico mandou parar e notificar"]),
          ev=ev, code=pt_code, gv=g.pick(["não grave", "grave — hospitalização", "não grave", "a confirmar"]))
    doc.f("\nMÉDICO ASSISTENTE: «m» — «crm» — consultório «tc»\nAutoriza contato com o médico: «ok»\n", m=P(doc_.full),
          crm=(presc(g, uf), "PROFESSIONAL_ID"), tc=(g.phone(mobile=False), "PHONE_NUMBER"), ok=g.pick(["SIM", "SIM", "NÃO"]))
    if g.chance(0.7):
        doc.f("\nCOLETA DA AMOSTRA (transportadora): retirar na «ad», «b», CEP «cep», «cy»/«uf», com «q» — janela «j»\n",
              ad=(g.address(), "ADDRESS"), b=g.pick(["Centro", "Jardim Glória", "Vila Clemente", "Bela Vista"]), cep=(g.cep(), "BR_CEP"), cy=city,
              uf=uf, q=P(g.pick([rep.first, rep.full])), j=g.pick(["manhã", "tarde", "comercial"]))
    doc.f("\nObs. atendente: «o»\nEncaminhado para farmacovigilancia@«dom» e CQ em «d2»\n",
          o=g.pick(["cliente muito nervosa, pediu reembolso", "ofertado reembolso do produto via Pix", "orientado a procurar o médico",
                    "notificador é profissional de saúde? não"]), dom=dom, d2=ds(g.plus(d, 0, 1)))
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """E-mail thread with a chain's ombudsman about a dispensing error; the pharmacist in charge answers."""
    doc = Doc()
    city, uf = g.city()
    chain, dom = g.pick(CHAINS)
    c = g.person()
    son = g.child(c, female=False)
    rt, ouv, ped = pharmacist(g, female=True), g.person(), g.person()
    idade = g.ri(4, 17)
    born_kid = dt.date(2024 - idade, g.ri(1, 12), g.ri(1, 28))
    pair = g.pick([("lamotrigina 100 mg", "lamivudina 150 mg"), ("clonidina 0,1 mg", "clonazepam 2 mg"), ("losartana 50 mg", "lorazepam 2 mg"),
                   ("metformina 850 mg", "metronidazol 400 mg"), ("prednisona 20 mg", "prednisolona gotas"), ("carbamazepina 200 mg", "carvedilol 25 mg")])
    d = g.day()
    doc.f("De: «c» <«ce»>\nPara: ouvidoria@«dom»\nData: «d» «h»\nAssunto: ERRO NA ENTREGA DE REMÉDIO - URGENTE\n\n"
          "Boa noite. No dia «d0» comprei na «ch» («st», «cy») o «a» receitado para o meu filho «s» («idade» anos), e o balconista me entregou «b». "
          "Ele tomou 3 dias e foi parar no pronto-socorro. Tenho a nota fiscal nº «nf» e a caixa. Quero falar com o farmacêutico responsável.\n"
          "Meu telefone é «t».\n«cf»\n\n",
          c=P(c.full), ce=(g.pemail(c), "EMAIL_ADDRESS"), dom=dom, d=ds(d), h=g.hm(), d0=ds(g.plus(d, -8, -3)), ch=chain, st=store(g), cy=city,
          a=pair[0], s=P(g.pick([son.first, son.full])), idade=idade, b=pair[1], nf=g.d(9), t=(g.phone(), "PHONE_NUMBER"),
          cf=P(g.pick([c.first, c.short])) if g.chance(0.6) else "")
    doc.f("---\nDe: «o» <«oe»>\nPara: «c»\nCc: «re»; «gr»\nData: «d»\n\nPrezada Sra. «cl», lamentamos profundamente. Registramos o caso sob o "
          "protocolo OUV-«pr» e notificamos o erro de dispensação internamente. A farmacêutica responsável pela loja, Dra. «rn» («crf»), "
          "entrará em contato. A gerência da loja já separou as imagens do caixa.\n\nAtenciosamente,\n«o2»\nOuvidoria «ch»\n\n",
          o=P(ouv.full), oe=(corp_mail(ouv, dom), "EMAIL_ADDRESS"), c=(g.pemail(c), "EMAIL_ADDRESS"), re=(corp_mail(rt, dom), "EMAIL_ADDRESS"),
          gr=(role_box("loja", dom), None), d=ds(g.plus(d, 1, 2)), cl=P(c.last), pr=g.d(7), rn=P(rt.short), crf=(g.council("CRF", uf), "PROFESSIONAL_ID"),
          o2=P(ouv.short), ch=chain)
    doc.f("---\nDe: «ce»\nData: «d»\n\nFalei com a Dra. «rf» por telefone. O «s» teve alta do «hp», «pt» «pdt» «pd» («crm») fez relatório. "
          "Nasceu em «dob», pesa «kg» kg, se precisar pro seguro. Endereço pra mandar o ressarcimento dos gastos: «ad», CEP «cep».\n",
          ce=(g.pemail(c), "EMAIL_ADDRESS"), d=ds(g.plus(d, 3, 6)), rf=P(rt.first), s=P(son.first),
          hp=g.pick(["Hospital da Criança Santa Glória", "Pronto-Socorro Infantil Sabará", "HU", "Hospital São Salvador"]),
          pt="a pediatra" if ped.female else "o pediatra", pdt=dr(ped), pd=P(ped.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          dob=(ds(born_kid, g.pick(["br", "long"])), "DATE_OF_BIRTH"),
          kg=g.ri(15, 60), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    return doc


def at_recrutamento(g: Gen) -> Doc:
    """Pre-screening contact list of a clinical trial's recruitment line (comma CSV)."""
    doc = Doc()
    city, uf = g.city()
    site = g.pick(SITES)
    coord = g.person(female=g.chance(0.7))
    ind = g.pick(INDICATIONS)
    doc.f("# Pré-triagem — estudo «pt» («ind») — «s»\n# Central de recrutamento — responsável: «c» — atualizado «d»\n"
          "# CONFIDENCIAL — não enviar ao patrocinador (Res. CNS 466/2012; LGPD)\n",
          pt=g.pick(PROTOCOLS), ind=ind, s=site, c=P(coord.full), d=g.date(year=2025))
    rows = []
    for _ in range(g.ri(5, 8)):
        p = g.person()
        em = g.pemail(p) if g.chance(0.7) else ""
        rows.append([(g.date("br", 2025), None), (g.pick([p.full, p.caps, p.low, p.short]), "PERSON"),
                     (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"), (em, "EMAIL_ADDRESS"),
                     (g.dob(g.pick(["br", "short", "nopad"]), lo=1945, hi=2005), "DATE_OF_BIRTH"),
                     (g.pick([city, city, g.pick(CITIES)[0]]), None), (g.cep(g.chance(0.6)) if g.chance(0.8) else "", "BR_CEP"), (g.pick(["anúncio Instagram", "indicação médica", "rádio", "cartaz UBS", "site"]), None),
                     (g.pick(["elegível — agendar V1", "não elegível (idade)", "não elegível: usa insulina", "sem retorno 3x",
                              "recusou (medo de placebo)", "agendado V1 " + g.date("br", 2025), "HbA1c 8,2% (exame trazido)",
                              "mora longe — oferecer ressarcimento de transporte"]), None)])
    csv_rows(doc, ["data_contato", "nome", "celular", "email", "dt_nasc", "cidade", "cep", "origem", "status"], rows, sep=",")
    v = g.person()
    doc.f("# obs: «v» ligou de novo pedindo p/ falar com o médico do estudo — passar recado. Contato do «r»: «t»\n",
          v=P(g.pick([v.first, v.full])), r=g.pick(["marido", "filho", "vizinho"]) if v.female else g.pick(["esposa", "filha", "irmão"]),
          t=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_farmaceutico(g: Gen) -> Doc:
    """Pharmacist's attendance notes (serviços farmacêuticos): blood pressure, glucose, injections, ear piercing. Terse."""
    doc = Doc()
    city, uf = g.city()
    chain, dom = g.pick(CHAINS)
    f = pharmacist(g)
    d = g.day()
    doc.f("«ch» «st» — SERVIÇOS FARMACÊUTICOS (RDC 44/09) — farm. «f» «crf»\n«d»\n\n", ch=chain, st=store(g),
          f=P(g.pick([f.full, f.short])), crf=(g.council("CRF", uf), "PROFESSIONAL_ID"), d=ds(d))
    for _ in range(g.ri(4, 6)):
        k = g.ri(0, 4)
        p = old_person(g) if g.chance(0.6) else g.person()
        doc.t(g.hm() + " ")
        if k == 0:
            doc.parts([P(g.pick([p.caps, p.full, p.short])), ", ", str(g.ri(45, 88)), "a — PA ", f"{g.ri(12, 19)}x{g.ri(7, 11)}",
                       " (2ª aferição ", f"{g.ri(12, 17)}x{g.ri(7, 10)}", "). usa ", g.pick(POPULAR[:5]), ", esquece dose da noite. orientad" + p.o,
                       ". encam. UBS. cel ", (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER")])
            if g.chance(0.5):
                doc.parts([". pega pelo Popular, CPF ", (g.pcpf(p), "BR_CPF")])
        elif k == 1:
            doc.parts(["glicemia capilar ", str(g.ri(68, 390)), " mg/dL pós-prandial — ", P(g.pick([p.full, p.low])), " nasc ",
                       (g.dob(g.pick(["br", "short"]), lo=1940, hi=1995), "DATE_OF_BIRTH"), " CNS ", (g.cns(), "BR_CNS"),
                       g.pick([" — acima de 300, mandei p/ UPA", " — ok", " — não sabia que era diabétic" + p.o + ", orientad" + p.o + " a marcar médico"])])
        elif k == 2:
            med = g.pick(["benzetacil 1.200.000 UI", "Noripurum EV? NÃO (só IM)", "vit B12 IM", "dexametasona IM", "medroxiprogesterona 150 mg IM"])
            doc.parts(["aplicação injetável: ", med, " — pcte ", P(g.pick([p.full, p.caps])), ", rec. Dr(a). ", P(g.person().full), " ",
                       (presc(g, uf), "PROFESSIONAL_ID"), ", lote ", lote(g), ", glúteo ", g.pick(["D", "E"]), ". sem intercorrência"])
        elif k == 3:
            ch = g.child(p)
            doc.parts(["perfuração lóbulo (brinco) — criança ", P(ch.full), ", nasc. ", (g.dob("br", lo=2016, hi=2024), "DATE_OF_BIRTH"),
                       ", autorizado pela mãe/resp. ", P(p.full), " RG ", (g.rg(), "BR_RG"), ", tel ", (g.phone(), "PHONE_NUMBER")])
        else:
            doc.parts(["teste rápido covid/influenza — ", P(g.pick([p.short, p.first, p.low])), " — ",
                       g.pick(["NEGATIVO", "POSITIVO influenza A — encaminhado", "NEGATIVO, sintomas leves"]), ". laudo enviado p/ ",
                       (g.pemail(p), "EMAIL_ADDRESS")])
        doc.t("\n")
    doc.f("\nconferido «f2»\n", f2=P(f.first.lower() if g.chance(0.3) else f.first))
    return doc


def at_pdv(g: Gen) -> Doc:
    """ALL CAPS till screen: customer look-up with company agreement (convênio) and last purchases."""
    doc = Doc()
    city, uf = g.city()
    chain, dom = g.pick(CHAINS)
    c = g.person()
    op = g.person()
    emp = g.pick(["METALURGICA BRANCO LTDA", "PREFEITURA MUNICIPAL DE " + up(city), "HOSPITAL SAO SALVADOR", "TRANSPORTES PRUDENTE S/A",
                  "SUPERMERCADOS BENTO LTDA", "COOPERATIVA AURORA"])
    doc.f("«ch»          SISFARMA v«v»          «d» «h»\nCONSULTA CLIENTE [F2]                         PDV «p»  OPER «op»\n"
          "+-------------------------------------------------------------+\n"
          "CPF: «cpf»    COD.CLIENTE: «cc»\nNOME: «n»\nNASC: «dob»   SEXO: «sx»   FONE: «t»\nEND: «ad»\nBAIRRO: «b»   CEP: «cep»   «cy»-«uf»\n"
          "CONVENIO: «emp»   MATR: «mt»   LIMITE: R$ «lm»   SALDO: R$ «sd»\n",
          ch=up(chain), v=f"{g.ri(3, 9)}.{g.ri(0, 9)}.{g.ri(0, 40)}", d=g.date("br", 2025), h=g.hm(), p=f"{g.ri(1, 12):02d}", op=up(login(op)),
          cpf=(g.pcpf(c), "BR_CPF"), cc=g.d(7), n=P(c.caps), dob=(g.dob("br", lo=1940, hi=2004), "DATE_OF_BIRTH"), sx="F" if c.female else "M",
          t=(g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"), ad=(g.address("caps"), "ADDRESS"),
          b=g.pick(["CENTRO", "JD AURORA", "VL ESPERANCA", "STA ROSA", "SAO BENTO"]), cep=(g.cep(g.pick([True, False])), "BR_CEP"),
          cy=up(city), uf=uf, emp=emp, mt=N(g.neg(11)), lm=g.money(100, 900), sd=g.money(0, 400))
    if g.chance(0.5):
        dep = g.relative(c)
        doc.f("DEPENDENTE AUTORIZADO: «dp»  CPF «dc»\n", dp=P(dep.caps), dc=(g.cpf(), "BR_CPF"))
    doc.t("+-------------------------------------------------------------+\nULTIMAS COMPRAS\nDATA       EAN            PRODUTO                      VALOR  VEND\n")
    for _ in range(g.ri(3, 5)):
        prod = up(g.pick(POPULAR + OTC))[:27]
        doc.t(f"{g.date('br', 2025)} {ean(g)}  {prod:<27}  {g.money(5, 190):>7}  ")
        if g.chance(0.5):
            doc.e(up(g.person().first), "PERSON")
        else:
            doc.t(f"{g.ri(100, 999)}")
        doc.t("\n")
    doc.f("MSG: «m»\n[ENTER] CONFIRMA  [ESC] VOLTA  [F9] PBM\n",
          m=g.pick(["CLIENTE COM RECEITA RETIDA PENDENTE", "BLOQUEADO P/ CONVENIO - FALAR C/ GERENTE", "ATUALIZAR CELULAR",
                    "AVISAR QUANDO CHEGAR INSULINA"]))
    return doc


# =========================================================================== juridico

def ju_liminar(g: Gen) -> Doc:
    """Decision granting an injunction for a high-cost drug against the State and the municipality."""
    doc = Doc()
    city, uf = g.city()
    mae = g.person(female=True)
    kid = g.child(mae)
    adult = g.chance(0.4)
    a = g.person() if adult else kid
    drug = g.pick(HIGH_COST)
    med, dfp = g.person(), g.person()
    d = g.day()
    est = STATE_NAME[uf]
    dis, cid = g.pick(DISEASES)
    doc.f("PODER JUDICIÁRIO DO ESTADO «E»\n«v»ª Vara da Fazenda Pública da Comarca de «cy»\n\nProcesso nº «cnj»\nClasse: Procedimento Comum — Fornecimento de medicamentos\n"
          "Autor: «an»\n", E=up(est), v=g.ri(1, 16), cy=city, cnj=g.cnj(uf), an=P(g.pick([a.caps, a.full])))
    if not adult:
        doc.f("Representante: «m» (genitora)\n", m=P(g.pick([mae.caps, mae.full])))
    doc.f("Réus: Estado «e» e Município de «cy»\n\nDECISÃO\n\nVistos.\n\nTrata-se de ação com pedido de tutela de urgência ajuizada por ", e=est, cy=city)
    if adult:
        qual(g, doc, a, uf, dob=True, rg=g.chance(0.6), titulo=g.chance(0.5))
        o = a.o
    else:
        doc.parts([P(a.full), ", nascid" + a.o + " em ", (g.dob(g.pick(["br", "long"]), lo=2015, hi=2024), "DATE_OF_BIRTH"), ", CNS ",
                   (g.cns(), "BR_CNS"), ", representad" + a.o + " por sua mãe, "])
        qual(g, doc, mae, uf, dob=False, rg=True)
        o = "a"
    if g.chance(0.5):
        doc.parts([", assistid" + o + " pela Defensoria Pública, pel" + ("a Defensora " if dfp.female else "o Defensor "), P(dfp.full)])
    else:
        doc.parts([", por " + ("sua advogada, " if dfp.female else "seu advogado, "), P(dfp.full), " (", (g.council("OAB", uf), "PROFESSIONAL_ID"), ")"])
    doc.f(", objetivando o fornecimento de «dr», conforme prescrição d«o» «dt» «md» («crm»), que atesta diagnóstico de «cid_t» (CID-10 «cid»). "
          "A Nota Técnica nº «nt» do NatJus-«uf» concluiu haver evidência de benefício. O medicamento tem registro na ANVISA (reg. «reg») e não está incorporado "
          "ao SUS para esta indicação (Tema 6 do STF; Tema 106 do STJ).\n\n",
          dr=drug, o="a" if med.female else "o", dt=dr(med), md=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          cid_t=dis, cid=cid, nt=f"{g.ri(100, 9999)}/{d.year}",
          uf=uf, reg=anvisa_reg(g))
    doc.f("Instruem a inicial: documento de identidade, CPF, título de eleitor nº «te» («q»), comprovante de residência, relatório médico e três "
          "orçamentos (o menor de R$ «v»).\n\n", te=(g.titulo(), "BR_TITULO_ELEITOR"), q="da representante" if not adult else ("da autora" if a.female else "do autor"),
          v=g.money(8000, 400000))
    doc.f("Presentes a probabilidade do direito e o perigo de dano, DEFIRO a tutela de urgência para determinar que os réus forneçam o medicamento "
          "no prazo de 15 dias, sob pena de bloqueio de verbas públicas. A dispensação será feita na Farmácia de Medicamentos Especiais de «cy» "
          "ou entregue no endereço «w», «ad». Contato da família: «t».\n\nOficie-se a Secretaria de Saúde («sm»). "
          "Intimem-se.\n\n«cy», «dd».\n\n«j»\nJuiz(a) de Direito\n",
          cy=city, w="da autora" if a.female else "do autor", ad=(g.paddr(a if adult else mae), "ADDRESS"), t=(g.phone(), "PHONE_NUMBER"),
          sm=g.pick(["naj@saude." + uf.lower() + ".gov.br", "protocolo@saude." + uf.lower() + ".gov.br"]), dd=ds(d, "long"), j=P(g.person().full))
    return doc


def ju_pos_estudo(g: Gen) -> Doc:
    """Petition of a former trial participant for post-trial access to the study drug."""
    doc = Doc()
    city, uf = g.city()
    a = g.person()
    adv = g.person()
    pi = g.person()
    sponsor = g.pick(SPONSORS)
    cro, cdom = g.pick(CROS)
    drug = g.pick(STUDY_DRUGS)
    doc.f("EXCELENTÍSSIMO SENHOR DOUTOR JUIZ DE DIREITO DA «v»ª VARA CÍVEL DA COMARCA DE «cy»/«uf»\n\nTutela de urgência — acesso pós-estudo\n\n",
          v=g.ri(1, 40), cy=up(city), uf=uf)
    qual(g, doc, a, uf, dob=g.chance(0.7), titulo=g.chance(0.5))
    doc.f(", telefone «t», e-mail «e», por seu advogado (procuração anexa), vem propor AÇÃO DE OBRIGAÇÃO DE FAZER em face de «sp», «cro» (CNPJ «cnpj») "
          "e «site», pelos fatos a seguir.\n\n", t=(g.phone(), "PHONE_NUMBER"), e=(g.pemail(a), "EMAIL_ADDRESS"), sp=up(sponsor), cro=up(cro),
          cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), site=g.pick(SITES))
    doc.f("1. «A» participou do estudo clínico «pr» («drg» para «ind»), aprovado pelo CEP local e pela CONEP (CAAE «caae»), sob a responsabilidade do "
          "investigador principal «dt» «pi» («crm»), entre «d1» e «d2», como participante nº «sn».\n2. Houve resposta clínica expressiva. Ao término do estudo, "
          "a medicação foi suspensa, em afronta ao item III.3.d da Resolução CNS 466/2012, à Resolução CNS 251/1997 e à Lei 14.874/2024, que garantem "
          "o fornecimento gratuito pós-estudo enquanto houver benefício.\n3. O próprio TCLE (versão «vs»), assinado na presença da testemunha «tw», "
          "dispõe: 'o patrocinador garantirá acesso ao medicamento após o término do estudo'.\n4. A coordenadora do estudo, «cc», informou por e-mail "
          "(«ce») que 'o programa de acesso pós-estudo ainda não foi aprovado'.\n\n",
          A="A autora" if a.female else "O autor", pr=g.pick(PROTOCOLS), drg=drug, ind=g.pick(INDICATIONS), caae=caae(g), dt=dr(pi), pi=P(pi.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          d1=g.date(year=2022), d2=g.date(year=2024), sn=subj(g), vs=f"{g.ri(2, 6)}.0", tw=P(g.person().full), cc=P(g.person(female=True).full),
          ce=(role_box("pesquisa", g.pick(["hsantarosa.org.br", "cpc.org.br", "iao.org.br"])), None))
    doc.f("Requer: a) tutela de urgência para fornecimento de «drg» em 5 dias, sob multa diária de R$ «m»; b) a confirmação ao final. "
          "Valor da causa: R$ «vc».\n\n«cy», «d».\n\n«ad»\n«oab»\n«ae»\n",
          drg=drug, m=g.money(1000, 10000), vc=g.money(100000, 900000), cy=city, d=g.date("long", 2025), ad=P(adv.full),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), ae=(law_mail(g, adv), "EMAIL_ADDRESS"))
    return doc


def ju_visa(g: Gen) -> Doc:
    """Sanitary inspection report at a drugstore: SNGPC stock divergence, pharmacist in charge absent."""
    doc = Doc()
    city, uf = g.city()
    chain, dom = g.pick(CHAINS)
    rt = pharmacist(g)
    fis = [g.person(), g.person()]
    d = g.day()
    med, cls = g.pick([m for m in CONTROLLED if m[1] in ("B1", "A1", "A3", "C1")])
    doc.f("VIGILÂNCIA SANITÁRIA MUNICIPAL DE «cy»\nAUTO DE INFRAÇÃO SANITÁRIA nº «ai»/«y»\n\nEstabelecimento: «ch» — «st»\nCNPJ: «cnpj»   AFE/ANVISA: «afe»   "
          "Licença sanitária nº «ls»\nResponsável técnico: «rt» — «crf»\n\nAos «d», às «h», em inspeção de rotina, constatou-se:\n",
          cy=up(city), ai=g.d(5), y=d.year, ch=up(chain), st=store(g), cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), afe=f"{g.d(1)}.{g.d(5)}-{g.d(1)}",
          ls=g.d(6), rt=P(g.pick([rt.full, rt.caps])), crf=(g.council("CRF", uf), "PROFESSIONAL_ID"), d=ds(d, "long"), h=g.hm())
    doc.f("1) ausência do farmacêutico responsável técnico durante o horário de funcionamento declarado (Lei 13.021/2014, art. 6º, I);\n"
          "2) divergência entre o estoque físico de «m» («c») e o escriturado no SNGPC: «q» unidades a menos (Portaria SVS/MS 344/1998; RDC 22/2014);\n"
          "3) «n» notificações de receita «c» retidas com prescritor de CRM não localizado no cadastro do conselho, entre elas a do paciente «pa» "
          "(prescritor declarado: «pr», «crm»);\n4) medicamentos termolábeis fora da faixa (geladeira a 11 °C).\n\n",
          m=med, c=cls, q=g.ri(3, 60), n=g.ri(2, 9), pa=P(g.person().full), pr=P(g.person().full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.t("Presentes no momento da inspeção:\n")
    for _ in range(g.ri(1, 3)):
        e = g.person()
        doc.parts(["- ", P(g.pick([e.full, e.caps])), ", ", g.pick(["balconista", "gerente", "caixa", "estoquista", "farmacêutica substituta"]),
                   ", CPF ", (g.pcpf(e), "BR_CPF")])
        if g.chance(0.5):
            doc.parts([", PIS ", (g.pis(), "BR_PIS")])
        doc.t("\n")
    doc.f("\nInfração: art. 10, IV e XXIX, da Lei 6.437/1977. Prazo para defesa: 15 dias. Interdição cautelar do armário de controlados.\n\n"
          "Fiscais: «f1» (mat. «m1») e «f2» (mat. «m2»)\nCiente: «ci» — «cd»\n",
          f1=P(fis[0].full), m1=g.d(6), f2=P(fis[1].full), m2=g.d(6), ci=P(g.person().full),
          cd=g.pick(["recusou-se a assinar", "assinou", "assinou sob protesto"]))
    return doc


def ju_cep(g: Gen) -> Doc:
    """E-mail thread: a participant complains to the research ethics committee (CEP); the CEP asks the investigator."""
    doc = Doc()
    city, uf = g.city()
    p = g.person()
    coord, pi, sec = g.person(), g.person(), g.person(female=True)
    site = g.pick(SITES)
    hdom = g.pick(["hsantarosa.org.br", "iao.org.br", "hu.ufxx.br".replace("xx", uf.lower()), "hsalvador.com.br"])
    d = g.day()
    pr = g.pick(PROTOCOLS)
    doc.f("De: Formulário do site <noreply@«hd»>\nPara: cep@«hd»\nData: «d»\nAssunto: [Fale com o CEP] reclamação de participante\n\n"
          "Nome: «n»\nCPF: «cpf»\nTelefone: «t»\nE-mail: «e»\nEstudo: «pr»\nMensagem: «msg»\n\n",
          hd=hdom, d=ds(d), n=P(g.pick([p.full, p.low, p.caps])), cpf=(g.pcpf(p), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"),
          e=(g.pemail(p), "EMAIL_ADDRESS"), pr=pr,
          msg=g.pick(["participo do estudo há 8 meses e não recebo o ressarcimento do ônibus desde março. liguei pro centro e ninguém resolve",
                      "tive uma reação forte depois da última aplicação e não consegui falar com o médico do estudo no fim de semana",
                      "quero sair do estudo e pedi pra destruírem minhas amostras, mas disseram que já foram pro exterior",
                      "me ligaram de uma empresa oferecendo outro estudo, quem passou meu telefone?"]))
    doc.f("---\nDe: «s» <«se»>\nPara: «pie»\nCc: «cce»\nData: «d»\nAssunto: RES: CAAE «caae» — manifestação de participante\n\n"
          "Prezad«o» «dt» «pl»,\n\nO CEP recebeu a manifestação abaixo do(a) participante «n» referente ao protocolo «pr». Solicitamos resposta em 10 dias, "
          "conforme a Norma Operacional CNS 001/2013. Lembramos que o ressarcimento é direito do participante (Res. CNS 466/2012, item II.21).\n\n"
          "Secretaria do CEP — ramal «r»\n\n",
          s=P(sec.full), se=(corp_mail(sec, hdom), "EMAIL_ADDRESS"), pie=(corp_mail(pi, hdom), "EMAIL_ADDRESS"),
          cce=(corp_mail(coord, hdom), "EMAIL_ADDRESS"), d=ds(g.plus(d, 1, 3)), caae=caae(g), o="a" if pi.female else "o", dt=dr(pi), pl=P(pi.last),
          n=P(p.short), pr=pr,
          r=g.d(4))
    doc.f("---\nDe: «pi» <«pie»>\nData: «d»\n\nPrezada «sf», a coordenadora «c» verificou que o ressarcimento d«o» participante (nº «sn») estava retido porque a conta "
          "informada (ag. «ag» c/c «cc») foi encerrada. A CRO regularizou o pagamento via Pix (chave CPF «pk») nesta data. Quanto ao contato telefônico, "
          "o número «t» é o do plantão do estudo.\n\n«pn»\n«crm»\nInvestigador(a) principal — «site»\n",
          pi=P(pi.full), pie=(corp_mail(pi, hdom), "EMAIL_ADDRESS"), d=ds(g.plus(d, 5, 9)), sf=P(sec.first), c=P(coord.first),
          o="a" if p.female else "o", sn=subj(g),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), pk=(g.pcpf(p), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"),
          pn=P(pi.short), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), site=site)
    return doc


def ju_tcle(g: Gen) -> Doc:
    """Signature page of an informed-consent form (TCLE) with a legal representative or an impartial witness."""
    doc = Doc()
    city, uf = g.city()
    p = g.person()
    inv = g.person()
    d = g.day()
    doc.f("«s»\nTERMO DE CONSENTIMENTO LIVRE E ESCLARECIDO — Protocolo «pr» — versão «v» de «dv»\nCAAE «caae»\n\n"
          "…\n12. CONTATOS: em caso de dúvidas, ligue para «dt» «inv» no «t1» (24 h) ou para o CEP, «t2», cep@«hd», "
          "de segunda a sexta, das 8h às 17h.\n\nDECLARAÇÃO DE CONSENTIMENTO\n\n",
          s=up(g.pick(SITES)), pr=g.pick(PROTOCOLS), v=f"{g.ri(2, 7)}.{g.ri(0, 2)}", dv=g.date(year=2024), caae=caae(g),
          dt=g.pick(["o(a) pesquisador(a)", dr(inv)]), inv=P(inv.full),
          t1=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(mobile=False), "PHONE_NUMBER"), hd=g.pick(["hsantarosa.org.br", "iao.org.br", "cpcgloria.org.br"]))
    mode = COPY % 3
    doc.f("Nome do participante: «n»\nData de nascimento: «dob»   Documento: ", n=P(g.pick([p.caps, p.full])),
          dob=(g.dob(g.pick(["br", "nopad"]), lo=2009 if mode == 1 else 1940, hi=2016 if mode == 1 else 2007), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        doc.parts(["RG ", (g.rg(), "BR_RG")])
    else:
        doc.parts(["CPF ", (g.pcpf(p), "BR_CPF")])
    doc.f("\nAssinatura: «a»   Data: «d»   Hora: «h»\n\n", a=g.pick(["________________", "(assinado)", "[impressão digital]"]), d=ds(d), h=g.hm())
    if mode == 1:
        lar = g.relative(p)
        doc.f("REPRESENTANTE LEGAL (participante menor de idade / incapaz)\nNome: «n»   Parentesco: «pr»\nCPF: «cpf»   Tel.: «t»\nAssinatura: ________  "
              "Data: «d»\n\nASSENTIMENTO (TALE) obtido verbalmente de «ch», na presença do(a) representante.\n\n",
              n=P(lar.full), pr=g.pick(["mãe", "avó", "tutora legal"] if lar.female else ["pai", "avô", "tutor legal"]), cpf=(g.pcpf(lar), "BR_CPF"),
              t=(g.phone(), "PHONE_NUMBER"), d=ds(d), ch=P(p.first))
    elif mode == 2:
        w = g.person()
        doc.f("TESTEMUNHA IMPARCIAL (participante não alfabetizado)\nDeclaro que estive presente durante toda a leitura do termo e que o participante "
              "consentiu livremente.\nNome: «n»   RG: «rg»   Tel.: «t»\nAssinatura: ________  Data: «d»\n\n",
              n=P(w.full), rg=(g.rg(), "BR_RG"), t=(g.phone(), "PHONE_NUMBER"), d=ds(d))
    else:
        w1, w2 = g.person(), g.person()
        doc.f("Testemunhas (exigência institucional):\n1) «a» — RG «ra»\n2) «b» — CPF «cb»\n\n", a=P(w1.full), ra=(g.rg(), "BR_RG"), b=P(w2.full),
              cb=(g.pcpf(w2), "BR_CPF"))
    doc.f("PESQUISADOR QUE OBTEVE O CONSENTIMENTO\nNome: «n»   «crm»\nAssinatura: ________  Data: «d»   Hora: «h»\n",
          n=P(g.pick([inv.full, g.person().full])), crm=(g.council(g.pick(["CRM", "CRM", "COREN", "CRF"]), uf), "PROFESSIONAL_ID"), d=ds(d), h=g.hm())
    if g.chance(0.4):
        esign_log(g, doc, [p, inv], d, "eConsent — trilha")
    doc.t("Uma via deste termo foi entregue ao participante (Res. CNS 466/2012, IV.5.d).\n")
    return doc


def ju_oficio(g: Gen) -> Doc:
    """Police request for a drugstore's dispensing records (forged prescriptions) and the store's reply with a CSV."""
    doc = Doc()
    city, uf = g.city()
    chain, dom = g.pick(CHAINS)
    dl = g.person()
    rt = pharmacist(g)
    suspect = g.person()
    docv = g.person()
    crm_v = g.council("CRM", uf)
    d = g.day()
    doc.f("POLÍCIA CIVIL DO ESTADO — «dp»ª DELEGACIA DE POLÍCIA DE «cy»\nOfício nº «of»/«y» — IP nº «ip»\n\nÀ «ch» — «st»\n\n"
          "Senhor(a) Responsável,\n\nPara instruir o inquérito em epígrafe, que apura o uso de receituários falsificados em nome d«o» médic«o» «dv» («crm»), "
          "requisito, no prazo de 10 dias, cópia das notificações de receita e da escrituração no SNGPC das dispensações realizadas a «su», "
          "CPF «cpf», RG «rg», ou a quem se apresentou como tal, no período de «d1» a «d2».\n\n«dl»\nDelegado(a) de Polícia\n"
          "Cartório: «te»\n\n",
          dp=g.ri(1, 99), cy=up(city), of=g.d(4), y=d.year, ip=f"{g.d(4)}/{d.year}", ch=chain, st=store(g), o="a" if docv.female else "o", dv=P(docv.full), crm=(crm_v, "PROFESSIONAL_ID"),
          su=P(g.pick([suspect.full, suspect.caps])), cpf=(g.pcpf(suspect), "BR_CPF"), rg=(g.rg(), "BR_RG"), d1=g.date(year=2024), d2=g.date(year=2025),
          dl=P(dl.full), te=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("--- RESPOSTA (anexo CSV gerado do sistema) ---\nEm atenção ao ofício «of», segue a relação. Em todas as compras foi apresentado documento "
          "com foto (RG ou CNH), conferido no balcão.\n\n", of=g.d(4))
    rows = []
    for _ in range(g.ri(3, 4)):
        med, cls = g.pick(CONTROLLED)
        buyer = suspect if g.chance(0.6) else g.person()
        doc_id = (g.cnh(), "BR_CNH") if g.chance(0.3) else (g.rg(), "BR_RG")
        pv = docv if g.chance(0.7) else g.person()
        rows.append([(g.date("br", 2025), None), (f"{g.pick('AB')}{g.d(8)}" if cls[0] in "AB" else g.d(6), None), (med, None), (str(g.ri(1, 3)), None),
                     (g.pick([buyer.caps, buyer.full]), "PERSON"), (g.pcpf(buyer, "raw") if g.chance(0.8) else "", "BR_CPF"), doc_id,
                     (g.pick([pv.caps, pv.full]), "PERSON"),
                     (crm_v if pv is docv else g.council("CRM", uf), "PROFESSIONAL_ID"), (g.pick(["farm01", "farm02", "rt", "subst"]), None)])
    csv_rows(doc, ["data", "notificacao", "medicamento", "qtd", "comprador", "cpf_comprador", "doc_comprador", "prescritor", "conselho", "usuario_dispensacao"], rows)
    doc.f("\nAtenciosamente,\n«rt» — farmacêutic«f» responsável — «crf»\n«e»\n", f="a" if rt.female else "o", rt=P(rt.full), crf=(g.council("CRF", uf), "PROFESSIONAL_ID"),
          e=(corp_mail(rt, dom), "EMAIL_ADDRESS"))
    return doc


def ju_procon(g: Gen) -> Doc:
    """Consumer complaint (Procon / ANPD) about CPF-for-discount data sharing, and the chain's DPO reply."""
    doc = Doc()
    city, uf = g.city()
    chain, dom = g.pick(CHAINS)
    c = g.person()
    dpo = g.person()
    at = g.person()
    d = g.day()
    doc.f("PROCON «cy» — FICHA DE ATENDIMENTO nº «n»\nData: «d»   Atendente: «at»\n\nCONSUMIDOR\nNome: «c»\nCPF: «cpf»   Nasc.: «dob»\n"
          "Endereço: «ad» — CEP «cep»\nTelefone: «t»   E-mail: «e»\n\nFORNECEDOR: «ch» — CNPJ «cnpj»\n\nRELATO: ",
          cy=up(city), n=f"{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", d=ds(d), at=P(at.short), c=P(g.pick([c.full, c.caps])), cpf=(g.pcpf(c), "BR_CPF"),
          dob=(g.dob(lo=1950, hi=2004), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          e=(g.pemail(c), "EMAIL_ADDRESS"), ch=up(chain), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    k = g.ri(0, 4)
    if k == 4:
        doc.parts(["comprei pelo app e cobraram duas vezes no cartão ", (g.card(g.chance(0.6)), "CREDIT_CARD"),
                   ", o atendimento pediu o número completo por e-mail e depois disse que o problema era o meu cadastro"])
    else:
        doc.t(["o desconto só é dado se informar o CPF; depois passei a receber propaganda de plano de saúde e de um laboratório citando o remédio que eu uso",
               "pedi a exclusão dos meus dados do programa de fidelidade há 60 dias e não fui atendido (Lei 13.709/2018, art. 18)",
               "a balconista falou alto o nome do meu remédio (antirretroviral) na fila e depois ligaram no meu trabalho",
               "meu cadastro tem compras que não fiz, alguém usa meu CPF pra ganhar desconto"][k])
    doc.t("\n\n")
    doc.f("RESPOSTA DO FORNECEDOR (via plataforma, «d»)\nPrezado(a) «c», o tratamento de dados de saúde ocorre com base no art. 11, II, 'f', da LGPD. "
          "Localizamos o cadastro vinculado ao CPF informado, com «k» compras nos últimos 12 meses (relatório anexo, CPF ***.«m1».«m2»-**). "
          "Os dados não são vendidos a terceiros. A exclusão foi concluída. Dúvidas: dpo@«dom».\n\n«dp»\nEncarregada(o) de Dados — «de»\n",
          d=ds(g.plus(d, 5, 20)), c=P(c.first), k=g.ri(4, 40), m1=g.d(3), m2=g.d(3), dom=dom, dp=P(dpo.full), de=(corp_mail(dpo, dom), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("\nRÉPLICA DO CONSUMIDOR: não aceito. Continuo recebendo SMS no «t». Peço que informem com quem compartilharam.\n",
              t=(g.phone(), "PHONE_NUMBER"))
    return doc


# =========================================================================== saude

def sa_sngpc(g: Gen) -> Doc:
    """Controlled-drug book: SNGPC dispensing export (CSV) or a typed page of the special register book (fixed width, caps)."""
    doc = Doc()
    city, uf = g.city()
    chain, dom = g.pick(CHAINS)
    rt = pharmacist(g)
    crf = g.council("CRF", uf)
    if COPY % 2 == 0:
        doc.f("SNGPC — Relatório de saídas (dispensação) — «ch» «st»\nCNPJ «cnpj»   RT: «rt» («crf»)   Período: «p»\n", ch=chain, st=store(g),
              cnpj=(g.cnpj(), "BR_CNPJ"), rt=P(rt.full), crf=(crf, "PROFESSIONAL_ID"), p=f"{g.pick(MES)}/2025")
        rows = []
        for _ in range(g.ri(5, 7)):
            med, cls = g.pick(CONTROLLED)
            buyer = g.person()
            pat = buyer if g.chance(0.6) else g.relative(buyer)
            doc_ = g.pick(["RG", "RG", "CNH", "RG"])
            rows.append([(g.date("br", 2025), None), (cls, None), (f"{g.pick('AB')}{g.d(8)}" if cls[0] in "AB" else "", None), (med, None),
                         (lote(g), None), (str(g.ri(1, 6)), None), (g.pick([buyer.caps, buyer.full]), "PERSON"), (doc_, None),
                         (g.rg() if doc_ == "RG" else g.cnh(), "BR_RG" if doc_ == "RG" else "BR_CNH"), (g.pick(["SSP", "SDS", "DETRAN"]) + "/" + uf, None),
                         ("" if pat is buyer else g.pick([pat.caps, pat.full]), "PERSON"), (g.pick([g.person().caps, g.person().full]), "PERSON"),
                         (presc(g, uf), "PROFESSIONAL_ID")])
        csv_rows(doc, ["data_venda", "lista", "num_notificacao", "medicamento", "lote", "qtd", "comprador", "tipo_doc", "num_doc", "orgao_uf",
                       "paciente", "prescritor", "conselho_prescritor"], rows)
        doc.f("\nTransmitido ao SNGPC em «d» por «lg». Inventário conferido.\n", d=g.date(year=2025), lg=login(rt))
    else:
        sub = g.pick([("metilfenidato", "A3"), ("morfina", "A1"), ("oxicodona", "A1"), ("lisdexanfetamina", "A3"), ("codeína", "A2"),
                      ("metadona", "A1"), ("fentanila adesivo", "A1")])
        doc.f("LIVRO DE REGISTRO ESPECÍFICO — PORTARIA 344/98 — «ch»\nFOLHA «fl»   SUBSTÂNCIA: «sb»   LISTA «ls»\n"
              "--------------------------------------------------------------------------------\n", ch=up(chain), fl=g.ri(12, 200),
              sb=up(sub[0]), ls=sub[1])
        for _ in range(g.ri(2, 4)):
            b = g.person()
            doc.f("DATA: «d»  NOTIF. RECEITA A Nº «n»  SAÍDA: «q» CX  SALDO: «s»\nCOMPRADOR: «c»  RG: «rg»\nENDEREÇO: «ad»  «cy»/«uf»  FONE: «t»\n"
                  "PACIENTE: «pt»  IDADE: «id»\nPRESCRITOR: «pr»  «crm»\n"
                  "--------------------------------------------------------------------------------\n",
                  d=g.date("br", 2025), n=f"{uf}{g.d(7)}", q=g.ri(1, 3), s=g.ri(0, 40), c=P(b.caps), rg=(g.rg(), "BR_RG"),
                  ad=(g.address("caps"), "ADDRESS"), cy=up(city), uf=uf, t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
                  pt=g.pick(["O MESMO", "O MESMO", P(g.relative(b).caps), P(g.child(b).caps)]), id=f"{g.ri(6, 90)}A", pr=P(g.person().caps),
                  crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
        doc.f("VISTO DO FARMACÊUTICO RESPONSÁVEL: «rt»  «crf»\n", rt=P(rt.caps), crf=(crf, "PROFESSIONAL_ID"))
    return doc


def sa_cioms(g: Gen) -> Doc:
    """CIOMS-like suspect adverse reaction report (bilingual headings), sent by the manufacturer."""
    doc = Doc()
    city, uf = g.city()
    lab, dom = g.pick(LABS)
    pt = g.person()
    rep = g.person()
    pv = g.person()
    ev, code = g.pick(MEDDRA)
    born = g.born(1935, 2010)
    onset = g.day("2025-01-10", "2025-10-30")
    doc.f("SUSPECT ADVERSE REACTION REPORT (CIOMS FORM) — relato de suspeita de reação adversa\nMfr control no. / nº caso: BR-«lb»-«y»-«cn»\n\n"
          "I. REACTION INFORMATION\n1. PATIENT INITIALS (iniciais): «ini»   1a. COUNTRY: BRASIL   2. DATE OF BIRTH (nasc.): «dob»   2a. AGE: «ag»   3. SEX: «sx»\n"
          "4-6. REACTION ONSET: «on»\n7+13. DESCRIBE REACTION(S): «ev» (PT «code») após «dose». «ds»\n8-12. SERIOUSNESS: «sr»\n\n",
          lb=up(lab.split()[1][:4]), y=onset.year, cn=g.d(6), ini=initials(pt), dob=(ds(born, g.pick(["cioms", "cioms", "br"])), "DATE_OF_BIRTH"),
          ag=age(born, onset), sx="F" if pt.female else "M", on=ds(onset, "cioms"), ev=ev.upper() if g.chance(0.3) else ev, code=code,
          dose=g.pick(["a 2ª dose", "3 dias de uso", "troca de lote", "aumento de dose"]),
          ds=g.pick(["Atendido no pronto-socorro, recebeu anti-histamínico e corticoide. Recuperado.", "Internado por 4 dias; alta com melhora.",
                     "Em recuperação no momento do relato.", "Desfecho desconhecido; seguimento solicitado."]),
          sr=g.pick(["hospitalização", "nenhum (não grave)", "clinicamente significativo", "risco de morte"]))
    doc.f("II. SUSPECT DRUG(S)\n14. «dr»   Lote/Batch: «lt»   Reg. MS «rg»\n15. DAILY DOSE: «dd»   16. ROUTE: «via»\n17. INDICATION: «ind» (CID «cid»)\n"
          "18. THERAPY DATES: «t0» — «t1»\n\nIII. CONCOMITANT DRUGS AND HISTORY\n22. «cc»\n23. OTHER RELEVANT HISTORY: «hx»\n\n",
          dr=g.pick(POPULAR + ["insulina glargina 100 UI/mL", "amoxicilina + clavulanato", "vacina influenza"]), lt=lote(g), rg=anvisa_reg(g),
          dd=g.pick(["1 cp/dia", "10 UI à noite", "500 mg 8/8 h", "2 jatos 12/12 h"]), via=g.pick(["oral", "SC", "inalatória", "IM"]),
          ind=g.pick(INDICATIONS), cid=g.pick(CIDS), t0=ds(g.plus(onset, -90, -2), "cioms"), t1=g.pick(["ongoing", ds(g.plus(onset, 0, 5), "cioms")]),
          cc=g.pick(["losartana, AAS", "nenhum", "metformina 850 mg", "levotiroxina"]),
          hx=g.pick(["alergia a dipirona", "HAS, DM2", "gestante 20 semanas", "nada digno de nota"]))
    doc.f("IV. MANUFACTURER INFORMATION\n24a. «lab», farmacovigilancia@«dom»\n24b. MFR CONTROL NO.: «mc»\n24c. DATE RECEIVED BY MANUFACTURER: «dr»\n"
          "24d. REPORT SOURCE: «src»\n\nREPORTER (notificador): «rp», «crm», tel. «t», «e»\n",
          lab=lab, dom=dom, mc=f"{g.d(4)}{g.pick('ABCDEF')}{g.d(5)}", dr=ds(g.plus(onset, 1, 10), "cioms"),
          src=g.pick(["health professional", "consumer / consumidor", "literature", "study"]), rp=P(rep.full),
          crm=(g.council(g.pick(["CRM", "CRM", "CRF", "COREN"]), uf), "PROFESSIONAL_ID"), t=(g.phone(), "PHONE_NUMBER"), e=(g.pemail(rep), "EMAIL_ADDRESS"))
    doc.f("Preparado por: «pv» — Farmacovigilância — «pe»   Notivisa nº «nv»\n", pv=P(pv.full), pe=(corp_mail(pv, dom), "EMAIL_ADDRESS"),
          nv=f"{g.ri(2024, 2025)}.{g.d(2)}.{g.d(6)}")
    return doc


def sa_fv_followup(g: Gen) -> Doc:
    """Pharmacovigilance follow-up thread: the analyst asks the physician; the physician overshares patient data."""
    doc = Doc()
    city, uf = g.city()
    lab, dom = g.pick(LABS)
    an = g.person()
    md = g.person()
    pt = g.person()
    ev, code = g.pick(MEDDRA)
    d = g.day()
    case = f"BR-{g.d(4)}-{g.d(6)}"
    doc.f("De: «a» <«ae»>\nPara: «m» <«me»>\nData: «d»\nAssunto: Seguimento — caso «cs» — «ev»\n\nPrezado(a) Dr(a). «ml»,\n\n"
          "Agradecemos a notificação recebida pelo nosso SAC sobre o(a) paciente de iniciais «ini», «ag» anos, que apresentou «ev» em uso de «dr». "
          "Para completar a avaliação de causalidade, poderia informar: data de início e término do uso, desfecho, exames, outros medicamentos?\n"
          "Por favor NÃO envie o nome completo do paciente.\n\nAtenciosamente,\n«a2»\nFarmacovigilância — «lab»\n«tl»\n\n",
          a=P(an.full), ae=(corp_mail(an, dom), "EMAIL_ADDRESS"), m=P(md.full), me=(g.pemail(md), "EMAIL_ADDRESS"), d=ds(d), cs=case, ev=ev,
          ml=P(md.last), ini=initials(pt), ag=g.ri(18, 89), dr=g.pick(POPULAR + ["insulina glargina", "vacina HPV9", "isotretinoína 20 mg"]),
          a2=P(an.short), lab=lab, tl=(g.phone(mobile=False), "PHONE_NUMBER"))
    d0 = g.day("2025-01-02", "2025-08-30")
    doc.f("---\nDe: «m» <«me»>\nData: «d»\n\n«ag»egue. Paciente «pn», nasc. «dob», CPF «cpf», prontuário «pr», CNS «cns». Iniciou em «d0», suspendeu em «d1». "
          "«evo». Foi atendid«o» no «hp» pelo plantão. Mãe/acompanhante: «mae», tel. «t». "
          "Se precisarem de mais alguma coisa falem com minha secretária no «ts».\n\n«mdt» «ms» — «crm2»\n\n",
          m=P(md.full), me=(g.pemail(md), "EMAIL_ADDRESS"), d=ds(g.plus(d, 2, 8)), ag=(lambda: g.pick(["S", "Ok, s"]))(), pn=P(g.pick([pt.full, pt.caps])),
          dob=(g.dob(lo=1936, hi=2007), "DATE_OF_BIRTH"), cpf=(g.pcpf(pt), "BR_CPF"), pr=g.d(7), cns=(g.cns(), "BR_CNS"), d0=ds(d0), d1=ds(g.plus(d0, 5, 60)), o=pt.o,
          evo=g.pick(["Evoluiu bem após suspensão", "Reintroduzido sem recorrência", "Ainda com lesões de pele", "TGO/TGP 5x o normal, normalizou em 3 semanas"]),
          hp=g.pick(["Hospital São Salvador", "Pronto-Socorro Municipal", "UPA Jardim Esperança", "Hospital Santa Rosa"]),
          mae=P(g.relative(pt, True).full), t=(g.phone(), "PHONE_NUMBER"),
          ts=(g.phone(mobile=False), "PHONE_NUMBER"), mdt=dr(md), ms=P(md.short), crm2=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("---\nDe: «a» <«ae»>\nData: «d»\n\nDoutor(a), obrigado. Registramos as informações; os identificadores diretos foram excluídos da base de "
          "farmacovigilância (LGPD, art. 13). O caso foi notificado no VigiMed.\n", a=P(an.first), ae=(corp_mail(an, dom), "EMAIL_ADDRESS"),
          d=ds(g.plus(d, 9, 12)))
    return doc


def sa_screening(g: Gen) -> Doc:
    """Site's confidential subject identification / screening log (semicolon CSV)."""
    doc = Doc()
    city, uf = g.city()
    site = g.pick(SITES)
    pi, coord = g.person(), g.person(female=g.chance(0.7))
    sn = g.d(3)
    doc.f("SUBJECT IDENTIFICATION LOG / LOG DE IDENTIFICAÇÃO DE PARTICIPANTES — CONFIDENCIAL (manter no centro)\nProtocolo «pr» — Centro «sn» — «s»\n"
          "IP: «pi» «crm»   Coordenação: «c»\n", pr=g.pick(PROTOCOLS), sn=sn, s=site, pi=P(pi.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          c=P(coord.full))
    rows = []
    for i in range(g.ri(5, 8)):
        p = g.person()
        st = g.pick(["randomizado", "randomizado", "falha de triagem", "em triagem", "retirou consentimento", "randomizado"])
        rows.append([(f"S{sn}-{i + 1:03d}", None), (f"R{sn}{g.d(3)}" if st == "randomizado" else "", None), (g.pick([p.full, p.caps]), "PERSON"),
                     (g.pcpf(p, g.pick(["dot", "raw"])) if g.chance(0.85) else "", "BR_CPF"),
                     (g.dob(g.pick(["br", "iso"]), lo=1940, hi=2006), "DATE_OF_BIRTH"), (g.d(g.pick([6, 7, 8])), None),
                     (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"), (g.date("br", 2025), None), (f"v{g.ri(2, 5)}.0", None), (st, None),
                     (g.pick(["", "", "HbA1c fora", "TFG < 30", "ECG QTc 480", "mudou de cidade", "critério 7 (uso de biológico)"]) if st != "randomizado" else "", None)])
    csv_rows(doc, ["screening", "randomizacao", "nome", "cpf", "nascimento", "prontuario", "telefone", "data_tcle", "versao_tcle", "status", "motivo"], rows)
    doc.f("\nÚltima revisão: «c» em «d». Conferido pelo monitor na visita (sem cópia).\n", c=P(coord.first), d=g.date(year=2025))
    return doc


def sa_monitoria(g: Gen) -> Doc:
    """Monitoring visit report (relatório de visita de monitoramento) written by the CRA."""
    doc = Doc()
    city, uf = g.city()
    cro, cdom = g.pick(CROS)
    site = g.pick(SITES)
    cra, pi, subi, coord, farm = g.person(), g.person(), g.person(), g.person(female=True), pharmacist(g)
    d = g.day()
    sid = g.d(3)
    doc.f("«cro» — MONITORING VISIT REPORT (IMV)\nProtocolo: «pr»   Centro: «sid» — «s»\nData da visita: «d»   Tipo: «tp»\nCRA: «cra» («ce»)\n\n"
          "Presentes: «pi» (IP, «c1»); «sb» (sub-I, «c2»); «co» (coordenadora); «fa» (farmácia de pesquisa, «c3»)\n\n",
          cro=cro, pr=g.pick(PROTOCOLS), sid=sid, s=site, d=ds(d), tp=g.pick(["monitoria de rotina", "visita de fechamento", "for-cause"]),
          cra=P(cra.full), ce=(corp_mail(cra, cdom), "EMAIL_ADDRESS"), pi=P(pi.full), c1=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          sb=P(subi.full), c2=(g.council("CRM", uf), "PROFESSIONAL_ID"), co=P(coord.full), fa=P(farm.full), c3=(g.council("CRF", uf), "PROFESSIONAL_ID"))
    doc.t("ACHADOS\n")
    pts = [g.person() for _ in range(3)]
    doc.f("1. Participante «s1» («i1»): TCLE v«v» assinado em «dt»; testemunha imparcial «tw» (RG «rg») — ok. Assinatura do pesquisador datada um dia depois — "
          "nota ao arquivo solicitada.\n", s1=f"{sid}-{g.d(4)}", i1=initials(pts[0]), v=g.ri(3, 6), dt=g.date(year=2025), tw=P(g.person().full),
          rg=(g.rg(), "BR_RG"))
    doc.f("2. Participante «s2»: a cópia do documento-fonte enviada ao patrocinador (laudo de tomografia) traz o nome «pn», o CPF «cpf» e o endereço "
          "«ad» sem tarja. Desvio de confidencialidade — reportado ao CEP; coordenação orientada a tarjar antes do upload.\n",
          s2=f"{sid}-{g.d(4)}", pn=P(pts[1].caps), cpf=(g.pcpf(pts[1]), "BR_CPF"), ad=(g.address(), "ADDRESS"))
    doc.f("3. Participante «s3»: EAG (internação por «ev») notificado em 36 h (prazo 24 h). Resumo de alta do Hospital «hp» assinado pelo médico assistente («crm»).\n",
          s3=f"{sid}-{g.d(4)}", ev=g.pick(["pneumonia", "hipoglicemia grave", "fratura de fêmur", "pancreatite", "celulite"]),
          hp=g.pick(["São Salvador", "Santa Rosa", "da Glória", "Prudente de Morais"]), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("4. Farmácia: registro de temperatura com lacuna de «h» h (fim de semana); 2 kits do lote «lt» em quarentena. Contabilidade do PI conferida "
          "(conservar ao abrigo da luz e da umidade — ok).\n5. Ressarcimentos: planilha sem comprovantes de «n» visitas; participante «pp» informou ao "
          "telefone «t» que não recebeu.\n\n", h=g.ri(6, 60), lt=lote(g), n=g.ri(1, 5), pp=P(pts[2].short), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("AÇÕES: «a1» — tarjar documentos até «d1»; IP — nota ao arquivo; coordenação — revisar reembolsos.\nPróxima visita: «d2».\n\n«cra»\n",
          a1=P(coord.first), d1=ds(g.plus(d, 5, 15)), d2=ds(g.plus(d, 30, 60)), cra=P(cra.short))
    return doc


def sa_crf(g: Gen) -> Doc:
    """ALL CAPS EDC screen: serious adverse event form with audit trail."""
    doc = Doc()
    city, uf = g.city()
    pt = g.person()
    inv, crc = g.person(), g.person(female=True)
    sid = f"{g.d(3)}-{g.d(4)}"
    onset = g.day()
    doc.f("EDC «sys» — ESTUDO «pr» — SITE «st»\nSUJEITO: «sid»   VISITA: «vs»   FORM: EAG/SAE (v3)\n"
          "==========================================================================\n"
          "DATA NASC.: «dob»   SEXO: «sx»   RAÇA: «r»\nTERMO DO EVENTO: «ev»\nINÍCIO: «on»   TÉRMINO: «en»   GRAVIDADE: «gv»\n"
          "CRITÉRIO: «cr»   RELAÇÃO C/ PRODUTO: «rel»\nAÇÃO C/ PRODUTO: «ac»\n",
          sys=g.pick(["MEDIDATA RAVE", "VIEDOC", "REDCAP", "OPENCLINICA"]), pr=g.pick(PROTOCOLS), st=sid[:3], sid=sid,
          vs=g.pick(["V4 SEMANA 12", "V6 SEMANA 24", "NÃO PROGRAMADA", "V2 BASAL"]), dob=(g.dob(g.pick(["br", "iso", "cioms"]), lo=1940, hi=2005), "DATE_OF_BIRTH"),
          sx="F" if pt.female else "M", r=g.pick(["PARDA", "BRANCA", "PRETA", "AMARELA", "INDÍGENA"]),
          ev=up(g.pick(["pneumonia comunitária", "infarto agudo do miocárdio", "hipoglicemia grave", "colecistite aguda", "crise hipertensiva"])),
          on=ds(onset), en=g.pick(["EM CURSO", ds(g.plus(onset, 3, 20))]), gv=g.pick(["GRAU 2", "GRAU 3", "GRAU 4"]),
          cr=g.pick(["HOSPITALIZAÇÃO", "RISCO DE MORTE", "CLINICAMENTE SIGNIFICATIVO"]), rel=g.pick(["NÃO RELACIONADO", "POSSIVELMENTE", "PROVAVELMENTE"]),
          ac=g.pick(["INTERROMPIDO TEMPORARIAMENTE", "NENHUMA", "DESCONTINUADO"]))
    doc.f("NARRATIVA: «nr»\n", nr=up(g.pick(["participante procurou o PS do hospital local com febre e dispneia, internado em enfermaria, tratado com ceftriaxona",
                                             "participante apresentou dor torácica em casa, levado pelo SAMU, cateterismo com stent",
                                             "glicemia 38 mg/dl aferida pela esposa, recebeu glicose 50% pelo SAMU, observação 24 h"])))
    if g.chance(0.7):
        doc.f("  OBS. COORD.: INFORMAÇÕES OBTIDAS COM A FILHA «fi» («ft») E COM O MÉDICO ASSISTENTE «ma» («crm») DO HOSPITAL «hp». "
              "PACIENTE «pn» AINDA INTERNAD«o».\n", fi=P(g.relative(pt, True).caps), ft=(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"),
              ma=P(g.person().caps), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), hp=g.pick(["SAO SALVADOR", "STA ROSA", "MUNICIPAL", "DA LUZ"]),
              pn=P(g.pick([pt.caps, up(pt.first)])), o="A" if pt.female else "O")
    doc.t("==========================================================================\nAUDIT TRAIL\nDATA/HORA              USUÁRIO          IP               AÇÃO\n")
    for who, act in ((crc, "CRIOU FORMULÁRIO"), (crc, "ALTEROU CAMPO TÉRMINO"), (inv, "ASSINATURA ELETRÔNICA"), (None, "QUERY ABERTA: CONFIRMAR DATA NASC.")):
        doc.t(f"{g.date('br', 2025)} {g.hms()}    ")
        if who is None:
            doc.t(f"{'monitor.' + g.pick(['ana', 'cra03', 'lumen7']):<17}")
        else:
            doc.t(f"{login(who):<17}")
        ip = g.ip(g.chance(0.3))
        doc.e(ip, "IP_ADDRESS")
        doc.t(" " * (17 - len(ip)) + act + "\n")
    doc.f("ASSINADO POR: «i» — INVESTIGADOR PRINCIPAL — «crm»\n", i=P(up(inv.full)), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_vacina(g: Gen) -> Doc:
    """Pharmacy vaccination room: a labelled record of one application, or a day's list (CSV)."""
    doc = Doc()
    city, uf = g.city()
    chain, dom = g.pick(CHAINS)
    f = pharmacist(g)
    crf = g.council("CRF", uf)
    if COPY % 2 == 0:
        kid = g.chance(0.5)
        mae = g.person(female=True)
        p = g.child(mae) if kid else g.person()
        vac = g.pick(VACINAS)
        doc.f("«ch» — SALA DE VACINAÇÃO (RDC 197/2017) — «st»\nREGISTRO DE APLICAÇÃO\n\nPaciente: «n»\nData de nascimento: «dob»\nCPF: «cpf»   CNS: «cns»\n",
              ch=chain, st=store(g), n=P(g.pick([p.full, p.caps])), dob=(g.dob(g.pick(["br", "nopad"]), lo=2012 if kid else 1940, hi=2024 if kid else 2006), "DATE_OF_BIRTH"),
              cpf=(g.pcpf(p), "BR_CPF"), cns=(g.cns(g.chance(0.6)), "BR_CNS"))
        if kid:
            doc.f("Responsável: «m» (mãe)   RG «rg»   Tel.: «t»\n", m=P(mae.full), rg=(g.rg(), "BR_RG"), t=(g.phone(), "PHONE_NUMBER"))
        else:
            doc.f("Tel.: «t»   E-mail: «e»\n", t=(g.phone(), "PHONE_NUMBER"), e=(g.pemail(p), "EMAIL_ADDRESS"))
        doc.f("Endereço: «ad» — CEP «cep»\n\nVacina: «v»   Fabricante: «fb»   Lote: «lt»   Val.: «vl»\nDose: «ds»   Via: «via»   Local: «lc»\n"
              "Prescrição médica: ",
              ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), v=vac, fb=g.pick([l.split()[0] + " " + l.split()[1] for l, _ in LABS]),
              lt=lote(g), vl=f"{g.ri(1, 12):02d}/{g.ri(2026, 2027)}", ds=g.pick(["1ª dose", "2ª dose", "reforço", "dose única"]),
              via=g.pick(["IM", "SC"]), lc=g.pick(["deltoide D", "deltoide E", "vasto lateral D"]))
        if g.chance(0.5):
            doc.parts([g.pick(["Dr. ", "Dra. ", "Dr(a). "]), P(g.person().full), " (", (g.council("CRM", uf), "PROFESSIONAL_ID"), ")"])
        else:
            doc.t("não se aplica")
        doc.f("\nTriagem: «tr»\nAplicador(a): «ap» — «crf»\nEnvio RNDS: «rn»\n",
              tr=g.pick(["sem febre, sem alergias", "alergia a ovo (leve) — liberado", "gestante? não"]), ap=P(f.full), crf=(crf, "PROFESSIONAL_ID"),
              rn=g.pick(["OK", "OK", "pendente (erro CNS)"]))
    else:
        doc.f("«ch» «st» — vacinas aplicadas em «d» — aplicador(a) «ap» «crf»\n", ch=chain, st=store(g), d=g.date(year=2025), ap=P(f.short),
              crf=(crf, "PROFESSIONAL_ID"))
        rows = []
        for _ in range(g.ri(5, 8)):
            p = g.person()
            rows.append([(g.hm(), None), (g.pick([p.full, p.caps, p.low]), "PERSON"), (g.dob("br", lo=1940, hi=2023), "DATE_OF_BIRTH"),
                         (g.cns(False), "BR_CNS") if g.chance(0.7) else (g.pcpf(p, "raw"), "BR_CPF"), (g.pick(VACINAS), None), (lote(g), None),
                         (g.pick(["1ª", "2ª", "ref", "DU"]), None), (g.money(90, 980), None), (g.pick(["cartão", "pix", "convênio empresa", "cartão"]), None)])
        csv_rows(doc, ["hora", "paciente", "nasc", "cns_ou_cpf", "vacina", "lote", "dose", "valor", "pagto"], rows)
        doc.f("Obs.: «n» teve lipotimia após HPV, observada 30 min, liberada com a mãe. Temperatura da câmara 2–8 °C ok.\n",
              n=P(g.person(female=True).first))
    return doc


# =========================================================================== financeiro

def fi_popular(g: Gen) -> Doc:
    """Farmácia Popular / PBM dispensing export for reconciliation of the transfer (CSV)."""
    doc = Doc()
    city, uf = g.city()
    chain, dom = g.pick(CHAINS)
    comp = f"{g.pick(MES)}/2025"
    resp = g.person()
    pbm = g.pick(["PROGRAMA FARMÁCIA POPULAR DO BRASIL", "PBM SaúdeMais (convênio laboratório)", "PFPB — Gratuidade", "PBM Vida Leve"])
    doc.f("«ch» — CNPJ «cnpj» — «st»\nConferência de repasse — «pbm» — competência «c»\nGerado por «lg» em «d»\n\n", ch=chain, cnpj=(g.cnpj(), "BR_CNPJ"),
          st=store(g), pbm=pbm, c=comp, lg=g.pick(["sistema", "fin." + g.pick(["ana", "rpaz", "jbento"]), "batch_pfpb"]), d=g.date(year=2025))
    rows = []
    total = 0
    for _ in range(g.ri(5, 8)):
        b = old_person(g) if g.chance(0.5) else g.person()
        proc = g.chance(0.25)
        v = g.ri(300, 9800)
        total += v
        rows.append([(g.date("br", 2025), None), (g.d(12), None), (g.pcpf(b, g.pick(["raw", "dot"])), "BR_CPF"),
                     (g.pick([b.caps, b.full]), "PERSON"), (g.council(g.pick(["CRM"] * 6 + ["CRO"]), uf), "PROFESSIONAL_ID"),
                     (g.date("br", 2025), None), (ean(g), None), (up(g.pick(POPULAR))[:30], None), (str(g.pick([30, 60, 90, 120, 1])), None),
                     (brl(v), None), (g.pick(["0,00", "0,00", brl(g.ri(100, 900))]), None),
                     (g.pick([g.relative(b).caps, g.child(b).full]) if proc else "", "PERSON"),
                     (g.cpf("raw") if proc else "", "BR_CPF")])
    csv_rows(doc, ["data", "autorizacao", "cpf_beneficiario", "nome", "crm_prescritor", "data_receita", "ean", "produto", "qtd", "valor_ms",
                   "copagamento", "procurador", "cpf_procurador"], rows)
    doc.f("\nTotal MS: R$ «t»   Glosas previstas: «gl»\nResponsável financeiro: «r» — «re»\n", t=brl(total), gl=g.pick(["nenhuma", "2 (receita vencida)", "1 (CRM inválido)"]),
          r=P(resp.full), re=(corp_mail(resp, dom), "EMAIL_ADDRESS"))
    return doc


def fi_ressarcimento(g: Gen) -> Doc:
    """Trial participants' reimbursement batch (transport, meals, companion), paid by account or Pix."""
    doc = Doc()
    city, uf = g.city()
    cro, cdom = g.pick(CROS)
    coord, fin = g.person(female=True), g.person()
    sid = g.d(3)
    doc.f("«cro» — Lote de ressarcimento a participantes nº «n»\nProtocolo «pr» — Centro «sid» («cy»/«uf») — visitas de «m»\n"
          "Base: Res. CNS 466/2012, II.21 (ressarcimento não é remuneração)\n\n", cro=cro, n=g.d(5), pr=g.pick(PROTOCOLS), sid=sid, cy=city, uf=uf,
          m=g.pick(MONTHS) + "/2025")
    rows = []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        acomp = g.relative(p) if g.chance(0.25) else None
        k = g.ri(0, 4)
        bank = (g.pick(BANKS), None) if k == 0 else ("", None)
        ag = (g.agency(), "BANK_ACCOUNT") if k == 0 else ("", None)
        cc = (g.account(), "BANK_ACCOUNT") if k == 0 else ("", None)
        if k == 1:
            key = (g.uuid(), "PIX_KEY")
        elif k == 2:
            key = (g.pcpf(p, "dot"), "BR_CPF")
        elif k == 3:
            key = (g.phone(g.pick(["e164", "par"])), "PHONE_NUMBER")
        elif k == 4:
            key = (g.pemail(p), "EMAIL_ADDRESS")
        else:
            key = ("", None)
        rows.append([(f"{sid}-{g.d(4)}", None), (g.pick([p.full, p.caps]), "PERSON"), (g.pcpf(p, "raw"), "BR_CPF"),
                     (g.phone(g.pick(["raw", "par"])) if g.chance(0.8) else "", "PHONE_NUMBER"), bank, ag, cc, key,
                     (g.pick(["V3", "V4", "V5+V6", "NP"]), None), (g.money(20, 180), None), (g.money(0, 60), None),
                     (acomp.full if acomp else "", "PERSON"), (g.pick(["pago", "pago", "devolvido — conta encerrada", "aguardando recibo"]), None)])
    csv_rows(doc, ["participante", "nome", "cpf", "celular", "banco", "agencia", "conta", "chave_pix", "visitas", "transporte", "alimentacao", "acompanhante", "status"], rows)
    doc.f("\nAprovado no centro: «c» («cc»)\nFinanceiro CRO: «fe»\nObs.: identificar só pelo nº do participante nos e-mails ao patrocinador.\n",
          c=P(coord.full), cc=(g.pemail(coord, g.pick(["hsantarosa.org.br", "cpc.org.br", "gmail.com"])), "EMAIL_ADDRESS"),
          fe=(corp_mail(fin, cdom), "EMAIL_ADDRESS"))
    return doc


def fi_site_payment(g: Gen) -> Doc:
    """E-mail thread CRO finance ↔ site: investigator grant, a sub-investigator paid by RPA, a request to change the account."""
    doc = Doc()
    city, uf = g.city()
    cro, cdom = g.pick(CROS)
    an, pi, sub = g.person(), g.person(), g.person()
    fund = g.pick(["Fundação de Apoio à Pesquisa Santa Rosa", "Instituto Amado de Ensino e Pesquisa", "Fundação Glória de Apoio ao HU"])
    pj = g.pick([f"Clínica {pi.last} & Associados Ltda", f"{pi.last} Serviços Médicos Ltda", f"Instituto {pi.last} de Pesquisa S/S"])
    cmp = g.person(female=True)
    d = g.day()
    doc.f("De: «a» <«ae»>\nPara: «p» <«pe»>\nCc: contasapagar@«cd»\nData: «d»\nAssunto: Pagamento grant — protocolo «pr» — 3º trimestre\n\n"
          "«dt» «pl», boa tarde. Conforme o contrato de centro (CTA), os valores de visitas concluídas no trimestre (R$ «v») serão pagos à «fd», "
          "CNPJ «c1», mediante NF. O overhead de 20% já está descontado. Para «sbt» «sb», sub-investigador(a), precisamos de RPA com CPF «scpf» e NIT «nit».\n\n"
          "Clinical Finance — «cro»\n\n",
          a=P(an.full), ae=(corp_mail(an, cdom), "EMAIL_ADDRESS"), p=P(pi.full), pe=(g.pemail(pi), "EMAIL_ADDRESS"), cd=cdom, d=ds(d),
          dt=dr(pi), pr=g.pick(PROTOCOLS), pl=P(pi.last), v=g.money(20000, 180000), fd=fund, c1=(g.cnpj(), "BR_CNPJ"), sbt=dr(sub), sb=P(sub.full),
          scpf=(g.pcpf(sub), "BR_CPF"), nit=(g.pis(), "BR_PIS"), cro=cro)
    doc.f("---\nDe: «p» <«pe»>\nData: «d»\n\nOi, a fundação está com problema na certidão. Pode pagar desta vez na minha PJ, «pj», CNPJ «c2», "
          "banco «bk» ag. «ag» c/c «cc»? Ou então na minha conta pessoal, ag «ag2» conta «cc2».\n\n«ps»\n«crm»\n\n",
          p=P(pi.full), pe=(g.pemail(pi), "EMAIL_ADDRESS"), d=ds(g.plus(d, 1, 4)), pj=pj, c2=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), ag2=(g.agency(), "BANK_ACCOUNT"),
          cc2=(g.account(), "BANK_ACCOUNT"), ps=P(g.pick([pi.short, pi.first])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("---\nDe: «a» <«ae»>\nData: «d»\n\n«dt» «pl», infelizmente não podemos: o pagamento precisa ir para a parte contratante (compliance anticorrupção, "
          "Lei 12.846/2013). Copio a área de compliance («ce»).\n",
          a=P(an.full), ae=(corp_mail(an, cdom), "EMAIL_ADDRESS"), d=ds(g.plus(d, 5, 7)), dt=dr(pi), pl=P(pi.last),
          ce=(corp_mail(cmp, cdom), "EMAIL_ADDRESS"))
    return doc


def fi_fraude(g: Gen) -> Doc:
    """ALL CAPS anti-fraud review screen of an online pharmacy order."""
    doc = Doc()
    city, uf = g.city()
    chain, dom = g.pick(CHAINS)
    c = g.person()
    rec = g.person() if g.chance(0.5) else c
    an = g.person()
    d = g.day()
    doc.f("«ch» E-COMMERCE — ANTIFRAUDE — REVISÃO MANUAL\n====================================================================\n"
          "PEDIDO: «pd»   DATA: «d» «h»   CANAL: «cn»   SCORE: «sc»/1000\n--------------------------------------------------------------------\n"
          "CLIENTE: «n»\nCPF: «cpf»   NASC: «dob»\nEMAIL: «e»\nFONE: «t»\nIP: «ip»   DEVICE: «dv»   GEO IP: «geo»\n",
          ch=up(chain), pd=f"{g.d(9)}-{g.ri(1, 9)}", d=ds(d), h=g.hms(), cn=g.pick(["APP IOS", "APP ANDROID", "SITE", "MARKETPLACE"]),
          sc=g.ri(420, 990), n=P(c.caps), cpf=(g.pcpf(c), "BR_CPF"), dob=(g.dob("br", lo=1950, hi=2006), "DATE_OF_BIRTH"),
          e=(up(g.pemail(c)) if g.chance(0.5) else g.pemail(c), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER"),
          ip=(g.ip(), "IP_ADDRESS"), dv=g.hexs(16).upper(), geo=g.pick([up(city) + "-" + uf, "SAO PAULO-SP", "PROXY/VPN", "ASUNCION-PY"]))
    doc.f("PAGAMENTO: CARTÃO «br» «msk»  TITULAR: «tt»   PARC: «pc»x\nENTREGA: «ad»  «cep»  «cy»-«uf»\nRECEBEDOR: «rc»\n",
          br=g.pick(["VISA", "MASTER", "ELO"]), msk=f"{g.d(4)} {g.d(2)}** **** {g.d(4)}", tt=P(g.pick([c.caps, g.person().caps])), pc=g.ri(1, 6),
          ad=(g.address("caps"), "ADDRESS"), cep=(g.cep(g.pick([True, False])), "BR_CEP"), cy=up(city), uf=uf, rc=P(rec.caps))
    doc.t("ITENS:\n")
    for _ in range(g.ri(2, 4)):
        doc.t(f"  {up(g.pick(OTC + ['SEMAGLUTIDA 1 MG CANETA (RECEITA ANEXA)', 'TIRZEPATIDA 5 MG', 'MINOXIDIL 5% 60 ML', 'TADALAFILA 20 MG'])):<40} "
              f"{g.ri(1, 6)} UN  R$ {g.money(15, 1400)}\n")
    doc.f("--------------------------------------------------------------------\nHISTÓRICO: «hx»\n", hx=g.pick(["3 PEDIDOS NEGADOS C/ MESMO DEVICE",
                                                                                                      "CPF COM 2 CADASTROS", "CLIENTE DESDE 2019, SEM CHARGEBACK",
                                                                                                      "CEP DE ENTREGA DIFERENTE DO CADASTRO"]))
    doc.f("NOTA DO ANALISTA («an»): «nt»", an=P(an.caps), nt="")
    k = g.ri(0, 2)
    if k == 0:
        doc.parts(["LIGUEI P/ ", (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"), ", ATENDEU ", P(up(rec.first)),
                   " QUE CONFIRMOU A COMPRA. CLIENTE DITOU O CARTÃO P/ CONFERÊNCIA: ", (g.card(), "CREDIT_CARD"), " (APAGAR DEPOIS!)"])
    elif k == 1:
        doc.parts(["SELFIE + CNH ", (g.cnh(), "BR_CNH"), " CONFEREM COM O TITULAR. APROVADO."])
    else:
        doc.parts(["E-MAIL DESCARTÁVEL, IP ", (g.ip(), "IP_ADDRESS"), " JÁ USADO EM FRAUDE. NEGADO, ESTORNO AUTOMÁTICO."])
    doc.t("\nDECISÃO: " + g.pick(["APROVAR", "NEGAR", "APROVAR C/ RETIRADA NA LOJA"]) + "\n")
    return doc


def fi_motoboy(g: Gen) -> Doc:
    """Weekly payment sheet of delivery riders (semicolon CSV), MEI or autonomous."""
    doc = Doc()
    city, uf = g.city()
    chain, dom = g.pick(CHAINS)
    doc.f("«ch» — «st» — Fechamento semanal de entregadores — «p»\n", ch=chain, st=store(g),
          p=(lambda d0: f"{ds(d0)} a {ds(g.plus(d0, 6, 6))}")(g.day()))
    rows = []
    for _ in range(g.ri(4, 7)):
        m = g.person(female=g.chance(0.15))
        mei = g.chance(0.5)
        pay = g.ri(0, 2)
        ent = g.ri(20, 140)
        rows.append([(g.pick([m.full, m.caps, m.short]), "PERSON"), (g.pcpf(m, g.pick(["raw", "dot"])), "BR_CPF"),
                     (g.cnpj("raw") if mei else "", "BR_CNPJ"), ("" if mei else g.pis("raw"), "BR_PIS"), (g.cnh(), "BR_CNH"), (g.plate(), "LICENSE_PLATE"),
                     (str(ent), None), (brl(ent * g.ri(600, 900)), None),
                     (g.uuid() if pay == 0 else "", "PIX_KEY"), (g.agency(False) if pay == 1 else "", "BANK_ACCOUNT"),
                     (g.account() if pay == 1 else "", "BANK_ACCOUNT"), (g.pick(["", "", "adiantou R$ 100", "multa: atraso 2x", "moto emprestada do irmão"]), None)])
    csv_rows(doc, ["entregador", "cpf", "cnpj_mei", "nit", "cnh", "placa", "entregas", "valor", "pix_aleatoria", "agencia", "conta", "obs"], rows)
    g1 = g.person()
    doc.f("\nConferido: «g» (gerente)   Pago em «d»\nLembrete: entregador sem MEI recolhe INSS 11% (RPA) — Lei 8.212/1991.\n", g=P(g1.short), d=g.date(year=2025))
    return doc


def fi_fiado(g: Gen) -> Doc:
    """A small-town drugstore's credit notebook (caderneta do fiado), typed terse."""
    doc = Doc()
    city, uf = g.city()
    dono = g.person()
    name = g.pick([("Farmácia da " if dono.female else "Farmácia do ") + dono.first, "Drogaria Nossa Senhora das Dores", "Farmácia Bom Jesus", "Drogaria Esperança"])
    doc.f("«n» — caderneta «m»\n(chave pix da farmácia: «px» — «dn»)\n\n", n=name, m=g.pick(MONTHS) + "/25", px=(g.uuid(), "PIX_KEY"),
          dn=P(g.pick([dono.full, dono.short])))
    for _ in range(g.ri(4, 7)):
        p = old_person(g)
        k = g.ri(0, 5)
        head = g.pick(["d. ", "dona ", "", ""] if p.female else ["seu ", "sr. ", "", ""])
        who = g.pick([p.first, p.nick, p.short, fold(p.first).lower()])
        doc.t(f"{g.ri(1, 28):02d}/{g.ri(1, 12):02d} - {head}")
        doc.e(who, "PERSON")
        if k == 0:
            doc.parts([" - ", g.pick(POPULAR)[:18], " + ", g.pick(OTC)[:14], " - ", g.money(10, 140), " - pagou ",
                       g.money(5, 50), " no pix"])
        elif k == 1:
            doc.parts([" - ", g.pick(OTC), " - ", g.money(8, 90), " - mora na ", (g.address(g.pick(["low", "text"])), "ADDRESS"), " ",
                       g.pick(["perto da igreja", "casa amarela", "atrás do posto", "do lado da padaria"])])
        elif k == 2:
            doc.parts([" - insulina + fita - ", g.money(60, 220), " - filho ", P(g.child(p).first), " paga dia 10 - zap ", (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER")])
        elif k == 3:
            doc.parts([" - ", g.pick(POPULAR), " (de graça pelo Popular, só a fralda paga) - ", g.money(30, 90), " - CPF ", (g.pcpf(p), "BR_CPF")])
        elif k == 4:
            doc.parts([" - ", g.pick(OTC), " - ", g.money(10, 60), " - QUITOU ", g.pick(["(pix)", "(dinheiro)", "- tel novo ", "- cel "])])
            if doc.text.endswith(" "):
                doc.e(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER")
        else:
            doc.parts([" - antibiótico c/ receita Dr. ", P(g.person().last), " - ", g.money(20, 80), " - deve desde ", g.pick(MONTHS)])
        doc.t("\n")
    deb = g.person()
    doc.f("\ntotal a receber: «t»\ncobrar «o» «c» — cel «cl» — já são 3 meses\n", t=g.money(300, 3000), o="a" if deb.female else "o",
          c=P(g.pick([deb.nick, deb.first])),
          cl=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_judicial(g: Gen) -> Doc:
    """State health secretariat: accounts of court-seized funds for a drug (sequestro de verbas)."""
    doc = Doc()
    city, uf = g.city()
    p = g.person()
    rep = g.relative(p, True) if g.chance(0.5) else None
    an, farm = g.person(), pharmacist(g)
    drug = g.pick(HIGH_COST)
    d = g.day()
    doc.f("SECRETARIA DE ESTADO DA SAÚDE — NÚCLEO DE AÇÕES JUDICIAIS (NAJ)\nPRESTAÇÃO DE CONTAS — VALORES BLOQUEADOS (SEQUESTRO)\n\n"
          "Processo: «cnj»\nSEI nº «sei»\nBeneficiário(a): «b»   CPF «cpf»   CNS «cns»\n", cnj=g.cnj(uf), sei=f"{g.d(5)}.{g.d(6)}/{d.year}-{g.d(2)}",
          b=P(g.pick([p.full, p.caps])), cpf=(g.pcpf(p), "BR_CPF"), cns=(g.cns(), "BR_CNS"))
    if rep:
        doc.f("Representante legal: «r»   CPF «rc»   título de eleitor «te»   Tel. «t»\n", r=P(rep.full), rc=(g.pcpf(rep), "BR_CPF"),
              te=(g.titulo(), "BR_TITULO_ELEITOR"), t=(g.phone(), "PHONE_NUMBER"))
    else:
        doc.f("Tel. «t»   Endereço: «ad», CEP «cep»\n", t=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    v = g.ri(30000, 900000)
    doc.f("Medicamento: «dr» — «q» unidades (tratamento de «m» meses)\n\nValor bloqueado (SISBAJUD): R$ «v» em «d»\nAlvará de levantamento nº «al»\n\n"
          "DESTINAÇÃO:\n", dr=drug, q=g.ri(1, 12), m=g.ri(3, 12), v=brl(v * 100), d=ds(d), al=f"{g.d(6)}/{d.year}")
    k = g.ri(0, 1)
    if k == 0:
        doc.f("- pago ao fornecedor «f», CNPJ «c», NF nº «nf», R$ «vv», depositado no banco «bk», ag. «ag», c/c «cc»\n",
              f=g.pick(["Distribuidora Prudente de Medicamentos Ltda", "Raposo & Salgado Comércio Farmacêutico", "Cravo Distribuição Hospitalar Ltda"]),
              c=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), nf=g.d(7), vv=brl(v * 97), bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("- transferido à conta do(a) beneficiário(a) (compra direta autorizada pelo juízo): banco «bk», ag. «ag», conta «cc»; "
              "recibo e NF de compra juntados pelo(a) advogado(a) «adv» («oab»)\n", bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), adv=P(g.person().full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("- saldo remanescente R$ «s» a devolver ao Estado (guia «gu»)\n\nDispensação conferida pel«o» farmacêutic«o» «f» («crf») em «dd».\n"
          "Analista: «a» — «ae»\n", s=brl(v * 3), gu=g.d(10), o="a" if farm.female else "o", f=P(farm.full), crf=(g.council("CRF", uf), "PROFESSIONAL_ID"), dd=ds(g.plus(d, 5, 30)),
          a=P(an.full), ae=(corp_mail(an, "saude." + uf.lower() + ".gov.br"), "EMAIL_ADDRESS"))
    return doc


TEMPLATES = {
    "atendimento": [at_fidelidade, at_delivery, at_sac_fv, at_ouvidoria, at_recrutamento, at_farmaceutico, at_pdv],
    "juridico": [ju_liminar, ju_pos_estudo, ju_visa, ju_cep, ju_tcle, ju_oficio, ju_procon],
    "saude": [sa_sngpc, sa_cioms, sa_fv_followup, sa_screening, sa_monitoria, sa_crf, sa_vacina],
    "financeiro": [fi_popular, fi_ressarcimento, fi_site_payment, fi_fraude, fi_motoboy, fi_fiado, fi_judicial],
}


def check(record: dict, negs: list[str]) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        assert lab in LABELS, lab
        digits = re.sub(r"\D", "", v)
        if lab == "BR_CPF":
            assert cpf_ok(digits) and re.fullmatch(r"[\d. -]+", v), (record["id"], v)
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
            if re.fullmatch(r"\d{2}\.\d{3}\.\d{3}-[\dX]|\d{8}[\dX]", v):
                assert rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
            else:
                assert 7 <= len(raw) <= 10, (record["id"], v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v) and all(int(x) < 256 for x in v.split(".")), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|d|dona|seu|farm|prof|profa|enf)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@()]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert v.split("@")[0].lower() not in ROLE_BOXES, (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|OAB|COREN|CRF|CRO)\b", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2}", v), (record["id"], v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\d]+(-[\dX])?", v), (record["id"], v)
    assert "«" not in text and "»" not in text, (record["id"], text[max(0, text.find("«") - 40):text.find("«") + 40])
    for n in negs:
        assert n in text, (record["id"], n)
        dn = re.sub(r"\D", "", n)
        assert len(dn) == 11 and not cpf_ok(dn), (record["id"], n)
        # a hard negative must not sit inside a gold span
        for m in re.finditer(re.escape(n), text):
            assert not any(s["start"] < m.end() and m.start() < s["end"] for s in record["spans"]), (record["id"], n)


def build() -> list[dict]:
    global COPY
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                COPY = copy
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: s["start"])
                record = {"id": f"{domain}-{index}-{copy}", "domain": domain, "text": doc.text, "spans": spans}
                check(record, doc.negs)
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
    with (HERE / f"{OUT}.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print(OUT, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
