"""Build the twenty-fifth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_twentyfifth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 25,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: hospital and clinic records as they leave an
electronic health record system (MV Soul / Tasy / AGHU-like). Terse clinical shorthand
("pcte", "HDA", "MV+ s/ RA", "BRNF 2T s/ sopros", "PA 120x80 mmHg", "LOTE", "AVP em MSE"),
templates with fields, narrative paragraphs naming relatives and staff, ALL CAPS system
headers and patient names, pipe-separated logs, CSV exports, patients typing in the portal
without accents.
- saude: an admission note (anamnese) with the EHR identification block (mother's name,
  responsible relative, health-plan card), a multiprofessional progress note of one day
  (physician, nursing, physiotherapy, nutrition), a nursing shift handover of a ward (beds,
  companions, pending tasks), a discharge summary, a surgical description with the team,
  a lab / imaging / culture report (multi-resistant cultures add the automatic CCIH
  infection-control notification), an electronic prescription with the pharmacy dispensing
  log and the controlled-drug buyer's identification.
- atendimento: a patient-portal message thread (patient or a relative writing for her
  mother; a card number pasted by a patient), an outpatient agenda printed from the
  scheduling module, a hospital ombudsman (ouvidoria) record, a telemedicine transcript
  (identity check, CPF read out, e-mail for the prescription, home-delivery address), a
  referral / counter-referral guide (UBS to specialist), a companion/visitor registration at
  the front desk (document, parking plate, authorised visitors), a WhatsApp appointment-
  confirmation log export.
- juridico: a lawyer's request for a copy of the medical record with the SAME's dispatch, a
  court letter (ofício) with the technical director's answer, an informed-consent form
  (TCLE) with legal representative and witness, an adverse-event notification (NSP)
  forwarded to the legal team, an EHR audit-trail export for an LGPD complaint (logins,
  workstation IPs, a VPN IP), draft data for the death certificate (DO) with the release of
  the body, an extrajudicial notice from a patient's lawyer and the hospital lawyer's
  internal opinion.
- financeiro: a private-patient bill with TUSS codes, a TISS claim-denial appeal (recurso de
  glosa), a debt acknowledgement and payment plan, a billing export of open accounts (CSV),
  a health-plan reimbursement request with doctors' receipts, the monthly payout of medical
  fees to physicians (PF with CPF and NIT/PIS, PJ with CNPJ), a financial-responsibility term
  with a guarantee (card pre-authorisation or cheque) at a private admission.

Conventions (the twentieth set's, with the twenty-fourth's decisions where they apply):
PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.", "Enf.", "d.", "dona",
"seu"; particles inside a name (de, da, das, do, dos, e) are part of it; "SURNAME, Given" and
"SURNAME SURNAME, GIVEN" are one span; nicknames and first names alone are persons. Patients,
their mothers and fathers, relatives, companions, visitors, buyers of controlled drugs,
deceased persons and declarants are persons; so are staff named in the text (physicians,
residents, nurses, nursing technicians, physiotherapists, nutritionists, pharmacists,
biomedical scientists, receptionists, clerks, billing staff, ombudsman and quality staff,
DPOs, judges, court clerks, lawyers, health-plan auditors, funeral agents). EHR logins
("wlima", "samuel655"), system accounts ("integracao_whatsapp") and units are not. Speaker
labels of the telemedicine transcript (MÉDICO, PACIENTE) are not labelled. Corporate e-mails
of people (nome.sobrenome@hospital...) are EMAIL_ADDRESS; role mailboxes (ccih@,
juridico@, faturamento@, ouvidoria@) are not labelled. ADDRESS is street type + name +
number + complement (bairro, city, UF and CEP outside); a hospital's, law firm's or
company's address is not labelled (the law firm is named without an address). Every CEP is
BR_CEP. Phone numbers with an area code are PHONE_NUMBER; 0800 numbers and extensions
("ramal 3785") are not. Agency and account are separate BANK_ACCOUNT spans; bank codes and
cheque numbers are not. DATE_OF_BIRTH only for birth dates (DN, nasc., "nasci em 12 de
fevereiro de 1988", ISO dates in export columns); admission, discharge, event, collection,
death, signature and appointment dates are not. PROFESSIONAL_ID includes the council acronym,
the region/UF and suffixes ("CRM/SP 123456", "CRM-MA 31.603", "COREN-RJ 123.456-ENF",
"COREN-MA 224099-TE", "CREFITO-3 123456-F", "CREFITO 16/298718-F", "CRF-MG 12345", "CRBM-3
12345", "CRN-3 12345/P", "CRP 06/12345", "OAB/PE 120414"). PIX_KEY only for random (UUID)
keys used as Pix keys (the creditor hospital's random key in a payment plan, a doctor's key
for the fee payout, a beneficiary's key for a reimbursement); a Pix key that is a CNPJ takes
BR_CNPJ; session UUIDs are not labelled. BR_CNPJ covers the numeric and the 2026
alphanumeric form (hospitals, operators, doctors' companies). CREDIT_CARD only for full card
numbers; masked cards ("final 4821") are not labelled. LICENSE_PLATE for old and Mercosul
plates of companions' and payers' cars. The RG comes in the SP form with its check digit or
as "MG-12.345.678" (no check); the issuing body ("SSP/BA") is outside the span.

Decisions for this register: every IPv4 address in these records is a person's session or
workstation address (portal last access, telemedicine patient, EHR audit trail, digitised
consent) and is IP_ADDRESS, private workstation addresses (10.x, 172.16-31.x, 192.168.x)
included; no server addresses are written. The CNS (Cartão Nacional de Saúde) is BR_CNS;
a field "CNS/CPF" holds one or the other and takes that label. The NIT/PIS of a physician
paid by RPA and of a deceased person is BR_PIS. Not labelled: medical record numbers
(prontuário), attendance and account numbers, health-plan card numbers (carteirinha, 15-17
digits, never passing the CNS or Luhn check), TISS guide, lot and authorisation numbers,
prescription numbers, SISREG regulation numbers, CNES codes, ANS registrations, drug lot
numbers, NF-e numbers, certificate hashes, protocol numbers, chart-printing logins.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Uóchinton, Waldisney, Deuzuite, Raylane, Keyla Suellen; Italian, German, Japanese/Okinawan,
Lebanese, Korean, Chinese, Ukrainian, Haitian, Venezuelan, Angolan, Senegalese,
Bolivian/Peruvian, indigenous, Jewish), at least a quarter of the name words rare or
invented; names that are also words (Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória,
Aurora, Branco, Graça, Socorro, Dores, Celeste, Modesto, Chagas) next to the same words used
as words or in hospitals, wards, places and companies ("Hospital São Bento", "Hospital do
Socorro", "Maternidade Nossa Senhora das Graças", "Hospital Prudente de Morais", "Ala Flor de
Lis", "Pronto-Socorro Adulto", "dores lombares", "doença de Chagas", "Vitória/ES", "Pax
Aurora", "Cirurgia Bento ME"), which are not persons. Forms: full names, ALL CAPS without
accents (EHR headers, exports, handover), "SURNAME, Given" (audit trail, handover), lower
case (patients typing), first name alone, nicknames.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(attendance numbers, TISS guides, protocols), ICD-10 codes, TUSS and SIGTAP procedure codes,
glosa reason codes, drug names, doses and lot numbers, lab values ("Leuco 14.300", "Plaq
198.000"), vital signs, money, boleto lines, eponymous diseases, signs and manoeuvres
("doença de Chagas", "síndrome de Down", "doença de Alzheimer", "sinal de Murphy", "manobra
de Valsalva", "manobra de Pringle", "incisão de Pfannenstiel", "ponto de McBurney", "escala
de Morse/Braden", "Apgar", "coloração de Gram"), hospitals and wards named after people
("Hospital Estadual Dr. Carlos Chagas", "Ala Irmã Dulce", "Ala Dr. Wanderley Seabra",
"Policlínica Dr. Amado Cavalheiro", "UBS Dr. Abdias Landim"), streets honouring people
inside an ADDRESS span, law firms and doctors' companies with surnames ("Amado & Cavalheiro
Advogados", "Pombo Serviços Médicos S/S"), laws ("Lei 13.709/2018", "CDC, art. 14"),
dates that are not birth dates, masked cards, 0800 numbers. The check below verifies the
check digits of every labelled identifier and that no unlabelled digit run shaped like a
CPF (11 digits or dotted), a título (12), a CNS (15) or a card (16, grouped or not) passes
its check.
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
SEED = 25
ORD = "twentyfifth"

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
WEEKDAYS = ["2a", "3a", "4a", "5a", "6a", "sáb", "seg", "qua", "sexta"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Renata", "Vanessa", "Carolina", "Bianca", "Daniela", "Eliane", "Márcia", "Kátia", "Rosana", "Lúcia",
        "Helena", "Alice", "Lívia", "Cecília", "Bruna", "Jéssica", "Thaís", "Sueli", "Regina", "Vera Lúcia",
        "Maria Aparecida", "Ana Paula", "Fernanda", "Patrícia", "Juliana", "Camila", "Adriana", "Simone",
        "Luciana", "Tatiane", "Priscila", "Larissa", "Gabriela", "Mariana", "Maria do Socorro", "Francisca",
        "Maria das Dores", "Maria da Graça", "Sandra", "Cristiane", "Aline"]
RARE_F = ["Josilene", "Zuleide", "Edvânia", "Gercina", "Marlucia", "Claudineia", "Ozenira", "Raimunda Nonata",
          "Leidiane", "Rosimeire", "Eronildes", "Vaneide", "Ednalva", "Maciléia", "Deuzuite", "Alzenir", "Kamilly",
          "Rayssa", "Lohany", "Taynná", "Crisleide", "Valmira", "Jozélia", "Francinete", "Gildete", "Clebiane",
          "Lauanny", "Dheyse", "Wérica", "Adenilde", "Quitéria", "Joselma", "Rozimar", "Valdirene", "Nailde",
          "Jeruza", "Aucilene", "Thaynara", "Kethellen", "Ysadora", "Iraildes", "Maristela Dayane", "Edileusa",
          "Luzinete", "Cleonice", "Marinalva", "Zenaide", "Jucileide", "Rivânia", "Elisângela", "Keyla Suellen",
          "Dulcinéia", "Raylane", "Geórgia Kelly", "Anatália", "Irenilda"]
PT_M = ["Marcelo", "Alexandre", "Fernando", "Paulo", "Sérgio", "Luiz Carlos", "Carlos Eduardo", "Wagner",
        "Cláudio", "André", "Renato", "Júlio César", "Otávio", "Caio", "Enzo", "Davi", "Samuel", "Pedro Henrique",
        "Felipe", "Marcos", "Jorge", "Nelson", "Rodrigo", "Mauro", "Wellington", "Fábio", "Ricardo", "Rafael",
        "Gustavo", "Thiago", "Bruno", "Leandro", "Diego", "João Victor", "Antônio", "José Carlos"]
RARE_M = ["Aldemir", "Edilson", "Genival", "Josimar", "Uelinton", "Reginauro", "Juvenal", "Ozéas", "Valdeci",
          "Cleidson", "Gilvan", "Ivonaldo", "Erisvaldo", "Jailton", "Lindomar", "Hermógenes", "Rhuan", "Kayky",
          "Thalisson", "Abdias", "Elpídio", "Florisvaldo", "Sinval", "Zózimo", "Waldisney", "Uóchinton", "Dhonatan",
          "Adailton", "Cosme Damião", "Edivaldo", "Jucelino", "Raniere", "Wendson", "Gedeão", "Claudionor",
          "Deoclécio", "Ubiratã", "Jocélio", "Kauã Emanuel", "Natanael", "Genésio", "Osmarino", "Valdomiro",
          "Gerivaldo", "Jeová", "Eudes", "Tibúrcio", "Anacleto", "Rivaldo", "Welber", "Joelson", "Sebastião Hermínio"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Martins", "Carvalho", "Gomes",
          "Ribeiro", "Alves", "Araújo", "Barbosa", "Cardoso", "Castro", "Lopes", "Mendes", "Nunes", "Ramos", "Reis",
          "Teixeira", "Vieira", "Moura", "Nogueira", "Azevedo", "Campos", "Duarte", "Andrade", "Marques",
          "Nascimento", "Santana", "Machado", "Ferreira", "Lima", "Rocha", "Dias", "Moreira", "Monteiro"]
RARE_SUR = ["Cavalheiro", "Bulhões", "Faustino", "Anunciação", "Penedo", "Caetité", "Apolinário", "Gadelha",
            "Jacobina", "Landim", "Quixadá", "Belchior", "Perdigão", "Rolim", "Cantanhede", "Parnaíba", "Queiroga",
            "Seabra", "Trajano", "Varjão", "Xerez", "Alencastro", "Conrado", "Inojosa", "Juruena", "Otoni",
            "Tabosa", "Mourão", "Sucupira", "Ximenes", "Frota", "Aragão", "Bessa", "Catunda", "Jatobá", "Pontual",
            "Uchôa", "Wanderley", "Cirino", "Buriti", "Arcoverde", "Baraúna", "Maranhão", "Holanda", "Bezerril",
            "Custódio", "Sampaio Corrêa", "Peixoto", "Valadares", "Brasileiro", "Camelo", "Timbó", "Mangueira"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Graça", "Socorro", "Dores", "Celeste"]
WORD_M = ["Bento", "Prudente", "Amado", "Justo", "Modesto", "Celeste"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Flor", "Luz", "Amado", "Graça", "Vitória", "Celeste",
            "Cordeiro", "Raposo", "Pombo", "Sardinha", "Palmeira", "Franco", "Socorro", "Dores", "Chagas"]
NICK = {"Luiz Carlos": "Luizinho", "Maria Aparecida": "Cida", "Vera Lúcia": "Verinha", "Raimunda Nonata": "Nonata",
        "Maria do Socorro": "Socorro", "Francisca": "Chica", "Pedro Henrique": "PH", "Carlos Eduardo": "Cadu",
        "Alexandre": "Xande", "Francinete": "Net", "Deuzuite": "Zuzu", "Hermógenes": "Mogenes", "José Carlos": "Zeca",
        "Antônio": "Toninho", "Cosme Damião": "Cosminho", "Florisvaldo": "Flor", "Júlio César": "Julinho",
        "Rodrigo": "Digão", "Wellington": "Tom", "Ubiratã": "Bira", "Quitéria": "Teca", "Gildete": "Gil",
        "João Victor": "JV", "Rozimar": "Rô", "Claudionor": "Nonô",
        "Maria das Dores": "Dores", "Maria da Graça": "Graça", "Sebastião Hermínio": "Tião", "Edileusa": "Leusa",
        "Marinalva": "Nalva", "Valdomiro": "Miro", "Genésio": "Gena"}
FOREIGN = {
    "it": (["Graziella", "Ornella", "Donatella"], ["Lorenzo", "Vittorio", "Ettore"],
           ["Bortolotto", "Gasparetto", "Dalla Costa", "Marcon", "Bianchini", "Fiorese", "Zanella"]),
    "de": (["Waltraud", "Gerda", "Liesel"], ["Helmut", "Ewald", "Armin"],
           ["Schneider", "Hoffmann", "Krüger", "Voigt", "Lemke", "Stüpp", "Tesch", "Ramlow"]),
    "jp": (["Sachiko", "Naomi", "Emiko"], ["Kenji", "Takeshi", "Hiroshi"],
           ["Yamashiro", "Tamashiro", "Kinjo", "Oshiro", "Matsumoto", "Higa"]),
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
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "ua", "bo", "pe", "ve", "jw"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Penedo", "Graça", "Conceição", "Rocha"}
DAS_SUR = {"Dores", "Chagas", "Neves"}
DO_SUR = {"Nascimento", "Amaral", "Prado", "Carmo", "Socorro"}
DOS_SUR = {"Reis", "Campos", "Santos"}


def particle(surname: str) -> str:
    if surname in DAS_SUR:
        return "das"
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
                "Vila", "Servidão"]
STREET_NAMES = ["Rosa Branca", "Doutor Bento Amaral", "da Aurora", "Prudente de Morais", "Flor de Lis", "das Palmeiras",
                "Coronel Lourival Penedo", "Professora Zuleide Gadelha", "Dom Pedro II", "Barão do Rio Branco",
                "Luz Divina", "Frei Caneca", "General Osório", "Capitão Abdias Landim", "das Acácias",
                "Vitória Régia", "Padre Anchieta", "Quinze de Novembro", "Irmãos Bulhões", "Nossa Senhora da Graça",
                "Senador Queiroga", "Juscelino Kubitschek", "Santos Dumont", "Marechal Deodoro", "Céu Celeste",
                "Amado Batista", "Joaquim Nabuco", "Tiradentes", "Sete de Setembro", "Maria Quitéria",
                "Dona Ozenira Tabosa", "Engenheiro Caetité", "Tenente Justo Sucupira", "dos Ipês", "Carlos Gomes"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Vitória da Conquista", "BA"),
          ("Rio Branco", "AC"), ("Santa Luzia", "MG"), ("Aurora", "CE"), ("Flores da Cunha", "RS"), ("Londrina", "PR"),
          ("Maringá", "PR"), ("Joinville", "SC"), ("Criciúma", "SC"), ("Pelotas", "RS"), ("Juiz de Fora", "MG"),
          ("Uberlândia", "MG"), ("Ribeirão Preto", "SP"), ("Campinas", "SP"), ("Sorocaba", "SP"), ("São Paulo", "SP"),
          ("Osasco", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Petrolina", "PE"), ("Recife", "PE"),
          ("Sobral", "CE"), ("Fortaleza", "CE"), ("Teresina", "PI"), ("Belém", "PA"), ("Manaus", "AM"),
          ("Boa Vista", "RR"), ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Goiânia", "GO"), ("Salvador", "BA"),
          ("Feira de Santana", "BA"), ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"),
          ("Curitiba", "PR"), ("Porto Alegre", "RS"), ("Florianópolis", "SC"), ("Belo Horizonte", "MG"), ("Brasília", "DF")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL"]
BAIRROS = ["Jardim Aurora", "Vila Prudente", "Centro", "Bela Vista", "Jardim Rosa Branca", "Alto da Luz",
           "Parque Bento Ribeiro", "Vila Esperança", "Bonfim", "Graças", "Flor do Vale", "Cidade Nova", "Boa Viagem",
           "Cohab II", "Jardim Celeste", "Setor Bueno", "Padre Eustáquio", "Jardim Amado", "Mangabeira", "Pituba"]
CIDS = ["E11.9", "I10", "J45.9", "N18.3", "K29.7", "M54.5", "F32.1", "O26.8", "C50.9", "G40.9", "E66.9", "Z34.0",
        "I25.1", "E03.9", "M17.1", "K80.2", "F41.1", "H40.1", "N40", "E78.5"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank")]


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
        return self.given.split()[0] if not self.given.startswith(("Maria d", "Cosme ")) else self.given

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

    @property
    def sr(self) -> str:
        return "Sra." if self.female else "Sr."


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "plain", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
            "lowshort": fold(p.short).lower(), "capsfirst": fold(p.first).upper()}[form]


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "dm": f"{dd:02d}/{mm:02d}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


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
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}",
                          f"{f}.{l}.{self.pick(['adv', 'rh', 'contato', 'oficial'])}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "live.com", "terra.com.br"])
        return f"{user}@{domain}"

    def masked_email(self, p: Person) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        return f"{f[0]}{'*' * self.ri(3, 6)}@{self.pick(['gmail.com', 'hotmail.com', 'outlook.com'])}"

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
        n = self.d(11)
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***.***.{n[6:9]}-{n[9:]}"])

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
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "zero": f"0{ddd} {h}-{t}"}[style]

    def tollfree(self) -> str:
        return self.pick([f"0800 {self.d(3)} {self.d(4)}", f"0800-{self.d(3)}-{self.d(4)}", f"4004-{self.d(4)}",
                          f"3003 {self.d(4)}", f"4003-{self.d(4)}"])

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"final {self.d(4)}", f"**** **** **** {self.d(4)}", f"{self.pick(['5502', '4984', '5162'])} **** **** {self.d(4)}",
                          f"XXXX XXXX XXXX {self.d(4)}", f"terminado em {self.d(4)}"])

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
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168, 181])
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

    def dob(self, fmt: str | None = None, lo: int = 1940, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2025, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(7, 21):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(7, 21):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 8 * 3600, hi: int = 20 * 3600, secs: bool = False) -> list[str]:
        xs = sorted(self.rng.sample(range(lo, hi), n))
        if secs:
            return [f"{x // 3600:02d}:{x % 3600 // 60:02d}:{x % 60:02d}" for x in xs]
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in xs]

    def clock(self, n: int, secs: bool = True, gap: tuple[int, int] = (4, 150)) -> list[str]:
        """n increasing clock times a few seconds or minutes apart (a chat session)."""
        x = self.rng.randint(7 * 3600, 21 * 3600)
        out = []
        for _ in range(n):
            out.append(f"{x // 3600 % 24:02d}:{x % 3600 // 60:02d}" + (f":{x % 60:02d}" if secs else ""))
            x += self.rng.randint(*gap)
        return out

    def offsets(self, n: int, total: int = 600) -> list[str]:
        xs = sorted(self.rng.sample(range(2, total), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}:{x % 60:02d}" for x in xs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.13", "8.19", "8.17", "8.06", "8.21"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([self.year_proto(), self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"SAC-{self.d(7)}", f"{self.d(6)}{self.neg(11)}"])

    def year_proto(self) -> str:
        """A 12-digit protocol starting with the year that is no valid título."""
        while True:
            v = f"{self.rng.randint(2025, 2026)}{self.d(8)}"
            if titulo_dv(v[:8], v[8:10]) != v[10:]:
                return v

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {dotted}-ENF",
                              f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}-AE"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {self.ri(1000, 69999)}", f"CRF/{uf} {self.ri(1000, 69999)}", f"CRF-{uf} nº {self.ri(1000, 69999)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 17)} {self.d(6)}-F", f"CREFITO {self.ri(1, 17)}/{self.ri(10000, 399999)}-F"])
        if kind == "CRBM":
            return f"CRBM-{self.ri(1, 6)} {self.ri(1000, 49999)}"
        if kind == "CRN":
            return self.pick([f"CRN-{self.ri(1, 10)} {self.ri(1000, 59999)}", f"CRN-{self.ri(1, 10)} {self.ri(1000, 59999)}/P"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {self.ri(1000, 99999)}", f"CRO/{uf} {self.ri(1000, 99999)}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} {n}", f"CRM-{uf} {dotted}"])

    def lan_ip(self) -> str:
        return self.pick([f"10.{self.ri(0, 40)}.{self.ri(0, 255)}.{self.ri(2, 254)}",
                          f"192.168.{self.ri(0, 30)}.{self.ri(2, 254)}", f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(2, 254)}"])

    def pront(self) -> str:
        return self.pick([self.d(7), f"{self.d(6)}-{self.d(1)}", f"00{self.d(6)}", f"{self.d(3)}.{self.d(3)}"])

    def plan_card(self) -> str:
        """A health-plan card number (never labelled): 17 digits, or 15/16 that fail CNS and Luhn."""
        n16 = self.neg(16)
        return self.pick([f"{self.d(1)} {self.d(3)} {self.d(12)} {self.d(1)}", self.d(17), self.neg(15),
                          " ".join(n16[i:i + 4] for i in (0, 4, 8, 12)), f"{self.d(3)}.{self.d(4)}.{self.d(6)}.{self.d(2)}-{self.d(1)}"])


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


def V(s) -> tuple:
    return (str(s), None)


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


def dob_t(g: Gen, fmt: str | None = None, lo: int = 1940, hi: int = 2006):
    return (g.dob(fmt, lo, hi), "DATE_OF_BIRTH")


def ip_t(g: Gen):
    return (g.ip(), "IP_ADDRESS")


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


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


def typo(g: Gen, s: str, rate: float = 0.5) -> str:
    """Customers typing: drop accents, lower case, a swapped or doubled letter now and then."""
    s = fold(s).lower() if g.chance(0.8) else s
    words = s.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and w.isalpha() and g.chance(rate * 0.15):
            j = g.ri(1, len(w) - 2)
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:] if g.chance(0.6) else w[:j] + w[j] + w[j:]
            words[i] = w
    return " ".join(words)


def sched(g: Gen, n: int) -> list[str]:
    """n increasing dd/mm dates within a few weeks (activity timelines)."""
    day0 = g.ri(1, 200)
    days = sorted(g.rng.sample(range(day0, day0 + 40), n))
    out = []
    for x in days:
        mm, dd = divmod(x % 336, 28)
        out.append(f"{dd + 1:02d}/{mm + 1:02d}")
    return out




# =========================================================================== hospital pools

HOSPITALS = [("Hospital São Bento", "hsaobento.org.br"), ("Hospital Estadual Dr. Carlos Chagas", "hecc.saude.gov.br"),
             ("Santa Casa de Misericórdia", "santacasa.org.br"), ("Hospital Municipal Dr. Ozéas Bulhões", "hmob.org.br"),
             ("Hospital Santa Rosa de Lima", "hsrosadelima.com.br"), ("Hospital Vitória", "hospitalvitoria.com.br"),
             ("Hospital Regional Justino Luz", "hrjl.org.br"), ("Maternidade Nossa Senhora das Graças", "mnsg.org.br"),
             ("Hospital Aurora", "hospitalaurora.com.br"), ("Hospital Prudente de Morais", "hpm.org.br"),
             ("Policlínica Dr. Amado Cavalheiro", "policlinicaamado.com.br"),
             ("Hospital Universitário Prof. Alencastro Frota", "huaf.ufx.br"), ("Hospital do Socorro", "hsocorro.org.br"),
             ("Hospital Bom Jesus dos Passos", "hbjp.org.br")]
UNITS = ["UTI Adulto II", "Ala Irmã Dulce", "Enfermaria São Bento", "Pronto-Socorro Adulto", "Clínica Médica 3º andar",
         "Posto 4B", "Unidade Coronariana", "Ala Dr. Wanderley Seabra", "Clínica Cirúrgica", "Unidade de AVC",
         "Pediatria - Ala Flor de Lis", "Semi-intensiva", "Clínica Médica 2 (Posto Santa Luzia)"]
EHRS = ["MV Soul", "Tasy", "AGHU", "PEP Aurora 4.2", "SIGH", "Philips Tasy", "MV PEP"]
PLANS = ["Unimed", "Bradesco Saúde", "SulAmérica", "Amil", "Hapvida", "Cassi", "GEAP", "Aurora Saúde", "Particular",
         "SUS", "SUS", "IPSEMG", "Plano Vitória Saúde"]
DX = [("I10", "HAS"), ("E11.9", "DM2"), ("J44.1", "DPOC exacerbada"), ("N39.0", "ITU"), ("J18.9", "pneumonia adquirida na comunidade"),
      ("K80.0", "colelitíase com colecistite aguda"), ("K35.8", "apendicite aguda"), ("I63.9", "AVC isquêmico"),
      ("I21.9", "IAM sem supra"), ("A41.9", "sepse de foco urinário"), ("M54.5", "dores lombares"), ("S72.0", "fratura de colo de fêmur D"),
      ("I50.0", "ICC descompensada"), ("N18.5", "DRC dialítica"), ("A90", "dengue com sinais de alarme"), ("B57.2", "doença de Chagas (forma cardíaca)"),
      ("G20", "doença de Parkinson"), ("G30.9", "doença de Alzheimer"), ("K50.9", "doença de Crohn"), ("G61.0", "síndrome de Guillain-Barré"),
      ("E06.3", "tireoidite de Hashimoto"), ("C81.9", "linfoma de Hodgkin"), ("Q90.9", "síndrome de Down"), ("L89.1", "LPP sacral estágio 2"),
      ("E87.1", "hiponatremia"), ("K92.2", "HDA a esclarecer"), ("J96.0", "IRpA"), ("U07.1", "COVID-19"), ("O14.1", "pré-eclâmpsia grave"),
      ("E24.9", "síndrome de Cushing"), ("I26.9", "TEP"), ("K85.1", "pancreatite aguda biliar")]
DRUGS = ["Dipirona 1 g EV 6/6h", "Ceftriaxona 1 g EV 12/12h", "Omeprazol 40 mg EV 1x/dia", "Enoxaparina 40 mg SC 1x/dia",
         "Losartana 50 mg VO 12/12h", "Metformina 850 mg VO 2x/dia", "Insulina NPH 10 UI SC pela manhã", "Ondansetrona 4 mg EV 8/8h SN",
         "Morfina 2 mg EV SN dor forte", "Piperacilina + Tazobactam 4,5 g EV 6/6h", "Vancomicina 1 g EV 12/12h",
         "Furosemida 40 mg EV 12/12h", "SF 0,9% 1000 mL EV 12/12h", "Tramadol 100 mg EV 8/8h SN", "AAS 100 mg VO 1x/dia",
         "Sinvastatina 40 mg VO à noite", "Clopidogrel 75 mg VO 1x/dia", "Levotiroxina 75 mcg VO em jejum", "Haloperidol 2,5 mg IM SN agitação",
         "Meropenem 1 g EV 8/8h", "Hidrocortisona 100 mg EV 8/8h", "Bromoprida 10 mg EV 8/8h SN", "Clonazepam 2 mg VO à noite",
         "Metoclopramida 10 mg EV SN", "Levodopa + Benserazida 200/50 mg VO 8/8h", "Carvedilol 6,25 mg VO 12/12h"]
SIGNS = ["sinal de Murphy positivo", "sinal de Blumberg negativo", "Giordano negativo bilateralmente", "Lasègue positivo à E",
         "sinal de Babinski ausente", "Romberg negativo", "sinal de Homans negativo", "sinal de Rovsing positivo",
         "manobra de Valsalva sem alterações", "Glasgow 15", "Glasgow 14 (O4V4M6)", "pupilas isocóricas e fotorreagentes",
         "sinal de Kernig negativo", "sinal de Chvostek ausente", "sinal de Godet 2+/4+ em MMII"]
TUSS = [("10101012", "Consulta em consultório"), ("10102019", "Visita hospitalar (paciente internado)"),
        ("10101039", "Consulta em pronto-socorro"), ("40304361", "Hemograma com contagem de plaquetas"),
        ("40301630", "Creatinina"), ("40302580", "Proteína C reativa, quantitativa"), ("40302318", "Potássio"),
        ("41001079", "TC de abdome total"), ("40805018", "RX de tórax PA e perfil"), ("40901114", "US de abdome total"),
        ("31005497", "Colecistectomia com colangiografia por videolaparoscopia"), ("31003079", "Apendicectomia"),
        ("30724040", "Artroplastia parcial de quadril"), ("20104103", "Sessão de fisioterapia respiratória"),
        ("60023015", "Diária de apartamento"), ("60023082", "Diária de UTI adulto"), ("90000010", "Materiais descartáveis"),
        ("40808033", "Ecocardiograma transtorácico"), ("40202615", "Endoscopia digestiva alta")]
SIGTAP = [("04.07.03.003-4", "colecistectomia videolaparoscópica"), ("04.07.02.002-7", "apendicectomia"),
          ("04.08.04.009-2", "artroplastia parcial de quadril"), ("04.11.01.003-4", "parto cesariano"),
          ("04.15.01.001-2", "tratamento c/ cirurgias múltiplas"), ("03.03.07.010-0", "tratamento de doenças do aparelho digestivo"),
          ("04.06.02.056-6", "implante de marcapasso"), ("04.07.04.012-9", "herniorrafia inguinal unilateral")]


def vitals(g: Gen) -> str:
    return (f"PA {g.ri(90, 180)}x{g.ri(50, 110)} mmHg, FC {g.ri(52, 128)} bpm, FR {g.ri(12, 30)} irpm, "
            f"SatO2 {g.ri(86, 99)}% {g.pick(['aa', 'em ar ambiente', 'c/ O2 2L/min', 'em CN 3 L/min'])}, "
            f"Tax {g.ri(35, 38)},{g.ri(0, 9)}°C" + (f", HGT {g.ri(70, 380)} mg/dL" if g.chance(0.5) else ""))


def exam(g: Gen) -> str:
    parts = [g.pick(["BEG", "REG", "MEG"]) + ", " + g.pick(["LOTE", "lúcido e orientado", "sonolento, desperta ao chamado", "confuso"]),
             g.pick(["corado", "hipocorado +/4+", "descorado 2+/4+"]) + ", " + g.pick(["hidratado", "desidratado +/4+"]) + ", "
             + g.pick(["anictérico", "ictérico 1+/4+"]) + ", " + g.pick(["afebril", "febril ao toque"]),
             "AR: " + g.pick(["MV+ s/ RA", "MV+ c/ crepitações em base D", "MV diminuído em base E, sibilos difusos", "MV+ bilat, roncos esparsos"]),
             "ACV: " + g.pick(["BRNF 2T s/ sopros", "BRNF 2T, sopro sistólico 2+/6+ em foco mitral", "BCRI, FC irregular"]),
             "ABD: " + g.pick(["flácido, RHA+, indolor à palpação", "globoso, RHA+, doloroso em HCD, " + g.pick(SIGNS[:2]),
                               "plano, doloroso em FID, " + g.pick(["sinal de Rovsing positivo", "sinal de Blumberg positivo"]),
                               "distendido, timpânico, RHA diminuídos"]),
             "MMII: " + g.pick(["s/ edema, panturrilhas livres", "edema 2+/4+ bilat, " + "sinal de Homans negativo", "s/ edema, pulsos presentes"])]
    if g.chance(0.5):
        parts.append("NEURO: " + g.pick(SIGNS[4:]))
    return "\n".join(parts)


def labs(g: Gen) -> str:
    return (f"Hb {g.ri(7, 15)},{g.d(1)} | Ht {g.ri(22, 46)}% | Leuco {g.ri(3, 24)}.{g.d(1)}00 (bast {g.ri(0, 12)}%) | "
            f"Plaq {g.ri(60, 450)}.000 | Cr {g.ri(0, 4)},{g.d(1)} | Ur {g.ri(18, 180)} | Na {g.ri(124, 146)} | K {g.ri(2, 6)},{g.d(1)} | "
            f"PCR {g.ri(0, 32)},{g.d(1)} mg/dL" + (f" | Lactato {g.ri(0, 5)},{g.d(1)}" if g.chance(0.4) else "")
            + (f" | INR {g.ri(1, 3)},{g.d(1)}" if g.chance(0.3) else ""))


def age_of(dob: str) -> int:
    m = re.search(r"(19|20)\d\d", dob)
    return 2025 - int(m.group()) if m else 60


def staff(g: Gen, kind: str = "CRM", female: bool | None = None, uf: str | None = None) -> tuple[Person, str]:
    return g.person(female=female), g.council(kind, uf)


def dr(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def enf(p: Person) -> str:
    return "Enf.ª" if p.female else "Enf."


def hosp(g: Gen) -> tuple[str, str]:
    return g.pick(HOSPITALS)


def hmail(p: Person, dom: str, g: Gen) -> tuple[str, str]:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return (g.pick([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{f}{l[0]}@{dom}"]), "EMAIL_ADDRESS")


def pr_t(g: Gen, kind: str = "CRM", uf: str | None = None):
    return (g.council(kind, uf), "PROFESSIONAL_ID")


def cns_t(g: Gen, spaced: bool | None = None):
    return (g.cns(spaced), "BR_CNS")


def rg_t(g: Gen, style: str | None = None):
    return (g.rg(style), "BR_RG")


def user_login(g: Gen, p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return g.pick([f"{f[0]}{l}", f"{f}.{l}", f"{l}{f[0]}", f"{f}{g.d(3)}", f"{f[0]}{l[:6]}{g.d(2)}"])


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]], sep: str = " | ") -> None:
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t(sep.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    doc.t("-+-".join("-" * w for w in widths) + "\n" if "|" in sep else "-" * (sum(widths) + len(sep) * (len(cols) - 1)) + "\n")
    for r in rows:
        line = []
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(sep)
            doc.e(v, lab) if v else None
            pad = w - len(v) if k < len(r) - 1 else 0
            doc.t(" " * pad)
        doc.t("\n")


FEM_KIN = ("filha", "esposa", "neta", "irmã", "nora", "mãe", "sogra", "avó", "tia", "cuidadora", "companheira", "sobrinha")


def kin_of(g: Gen, of: Person, kins: list[str]) -> tuple[str, Person]:
    """A relative whose gender agrees with the kinship word picked."""
    k = g.pick(kins)
    female = k.split()[0] in FEM_KIN if "(a)" not in k else None
    return k, g.relative(of, female=female)


# =========================================================================== atendimento


def at_portal(g: Gen) -> Doc:
    """Patient-portal message thread between a patient (or a relative) and hospital staff."""
    doc = Doc()
    h, dom = hosp(g)
    u = g.person()
    on_behalf = g.chance(0.5)
    pt = g.relative(u, female=True) if on_behalf else u
    st1, st2 = g.person(), g.person()
    ts = sched(g, 4)
    doc.f("Portal do Paciente · «h» · Mensagens\nUsuário logado: «n» («e») · CPF «cpf» · último acesso «d» IP «ip»\n"
          "Cadastro: cel. «t» · CEP «cep»\n\n", h=h, n=P(u.full), e=em_t(g, u), cpf=cpf_t(g), d=g.date() + " " + g.hm(), ip=ip_t(g),
          t=ph_t(g), cep=cep_t(g))
    doc.f("Assunto: «s»\n\n", s=g.pick(["Resultado de exame", "Segunda via de laudo", "Atualização de cadastro", "Dúvida sobre internação",
                                       "Relatório médico para perícia"]))
    doc.f("[«d» «h»] «n» escreveu:\n", d=ts[0], h=g.hm(), n=P(u.first))
    if on_behalf:
        doc.f("«m» «k» «pn», cpf «cpf», nascida em «dob». «m2»\n\n",
              m=typo(g, "boa tarde, estou escrevendo em nome da minha"), k=g.pick(["mae", "sogra", "avó", "tia"]), pn=P(g.pick([pt.full, pt.low])),
              cpf=cpf_t(g, g.pick(["dot", "raw"])), dob=dob_t(g, g.pick(["br", "nopad", "long"]), 1930, 1965),
              m2=typo(g, g.pick(["ela fez o exame de sangue dia 12 e ate agora nao saiu no portal. ela nao tem email, pode mandar no meu?",
                                 "preciso do relatorio medico da internacao pro INSS, a pericia é semana que vem.",
                                 "ela recebeu alta mas a receita ficou no hospital, como faço pra pegar?"])))
    else:
        if g.chance(0.4):
            doc.f("«m»«t», endereço «ad» cep «cep»\n\n", m=typo(g, "ola, mudei de telefone e endereço. novo celular "),
                  t=ph_t(g, g.pick(["raw", "plain", "par"])), ad=ad_t(g, "low"), cep=cep_t(g))
        else:
            doc.f("«m»\n\n", m=typo(g, g.pick(["bom dia nao consigo ver meu laudo da tomografia.",
                                                "oi preciso da segunda via do laudo, meu medico pediu."])))
    doc.f("[«d» «h»] «n» respondeu:\n", d=ts[1], h=g.hm(), n=g.pick(["Central de Relacionamento", "Atendimento Digital"]))
    doc.f("Olá! «m»\nAtenciosamente,\nCentral de Relacionamento«s»\n\n",
          m=g.pick(["Por segurança, o laudo de outro titular só pode ser liberado mediante termo de autorização assinado pela paciente ou procuração. "
                    "Envie o documento digitalizado por este canal.",
                    "Seu cadastro foi atualizado. Lembramos que resultados críticos são comunicados também por telefone.",
                    "Encaminhamos sua solicitação ao SAME (prazo de até 5 dias úteis). Para retirada presencial, traga documento com foto.",
                    "O exame ainda está em análise pelo laboratório. Assim que liberado, você receberá uma notificação."]),
          s="")
    if g.chance(0.3):
        doc.f("[«d» «h»] «n» escreveu:\n«m» «cc» «m2»\n\n", d=ts[2], h=g.hm(), n=P(u.first),
              m=typo(g, "da pra pagar a coparticipação no cartao? o numero é"), cc=(g.card(g.chance(0.5)), "CREDIT_CARD"),
              m2=typo(g, f"validade {g.ri(1, 12):02d}/{g.ri(26, 31)}"))
        doc.t("[sistema] Mensagem com possível dado de cartão — ocultada para a equipe. Oriente o pagamento pelo link seguro.\n\n")
    elif g.chance(0.7):
        doc.f("[«d» «h»] «n» escreveu:\n«m»", d=ts[2], h=g.hm(), n=P(u.first),
              m=typo(g, g.pick(["segue o documento. qualquer coisa meu zap é ", "ok obrigada. se precisar me liga no ", "nao recebi nada ainda. meu numero "])))
        doc.f("«t»\n\n", t=ph_t(g, g.pick(["raw", "plain", "par"])))
    if g.chance(0.6):
        doc.f("[«d» «h»] «n» (SAME) respondeu:\nDocumento recebido. Laudo disponibilizado na aba Exames. «x»\n«s» — SAME\n", d=ts[3], h=g.hm(),
              n=P(st2.full), x=g.pick(["Senha de acesso enviada por SMS.", "Qualquer dúvida, estamos à disposição.", "Protocolo " + g.protocol() + "."]),
              s="Equipe")
    return doc


def at_scheduling(g: Gen) -> Doc:
    """Outpatient agenda of one physician exported from the scheduling module."""
    doc = Doc()
    md, crm = staff(g)
    rec = g.person(female=True)
    esp = g.pick(["Cardiologia", "Endocrinologia", "Ortopedia", "Neurologia", "Clínica Médica", "Ginecologia", "Gastroenterologia"])
    doc.f("AGENDA DO PROFISSIONAL — AMBULATÓRIO DE «e»\nProfissional: «n» («crm») · Data: «d» · Sala «s»\nImpresso por: «r» em «d2»\n\n",
          e=fold(esp).upper(), n=P(g.pick([md.caps, md.full])), crm=(crm, "PROFESSIONAL_ID"), d=g.date(), s=g.ri(1, 30),
          r=P(rec.short) if g.chance(0.4) else user_login(g, rec), d2=g.date() + " " + g.hm())
    rows = []
    for t in g.times(g.ri(6, 8)):
        p = g.person()
        plan = g.pick(PLANS)
        obs = g.pick(["1ª vez", "retorno", "retorno c/ exames", "encaixe", "", "", "trazer laudos", "cadeirante", "acompanhante: filha",
                      "confirmado via WhatsApp", "faltou última consulta"])
        if obs == "encaixe" and g.chance(0.6):
            x = g.person()
            obs = f"encaixe a pedido de {dr(x)} "
            rows.append([V(t), P(g.pick([p.caps, p.full])), dob_t(g, "br", 1935, 2020), idc(g, plan), ph_t(g, g.pick(["par", "raw"])), V(plan),
                         V(obs), P(x.short)])
            continue
        rows.append([V(t), P(g.pick([p.caps, p.full])), dob_t(g, "br", 1935, 2020), idc(g, plan), ph_t(g, g.pick(["par", "raw"])), V(plan), V(obs), V("")])
    doc.t("Hora  | Paciente | Nasc. | CNS/CPF | Telefone | Convênio | Obs.\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if 0 < k < 7:
                doc.t(" | ")
            doc.e(v, lab) if v else None
        doc.t("\n")
    doc.f("\nTotal: «n» agendamentos · Cancelados no dia: «c»\n", n=len(rows), c=g.ri(0, 3))
    if g.chance(0.5):
        p = g.person()
        doc.f("Lista de espera: «n» — «t» — CNS «cns»\n", n=P(p.caps), t=ph_t(g, "raw"), cns=cns_t(g))
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """Hospital ombudsman record: complaint, staff named, answer from the area."""
    doc = Doc()
    h, dom = hosp(g)
    m = g.person()
    pt = g.relative(m) if g.chance(0.6) else m
    tech, nurse, doc_p, coord, ouv = g.person(), g.person(), g.person(), g.person(), g.person()
    doc.f("OUVIDORIA — «h»\nManifestação nº «p» · Tipo: «t» · Canal: «c» · Recebida em «d»\n\n",
          h=fold(h).upper(), p=g.protocol(), t=g.pick(["Reclamação", "Reclamação", "Denúncia", "Elogio", "Solicitação"]),
          c=g.pick(["formulário web", "telefone", "presencial", "e-mail ouvidoria@" + dom]), d=g.date())
    doc.f("Manifestante: «n» · CPF «cpf» · E-mail «e» · Tel «t»\nEndereço para resposta: «ad» · CEP «cep»\n", n=P(m.full), cpf=cpf_t(g),
          e=em_t(g, m), t=ph_t(g), ad=ad_t(g), cep=cep_t(g))
    if pt is not m:
        doc.f("Paciente: «n» (pront. «p», DN «dob») · vínculo: «k»\n", n=P(pt.full), p=g.pront(), dob=dob_t(g, "br", 1930, 2015), k=g.pick(["filho(a)", "cônjuge", "neto(a)", "irmão(ã)"]))
    doc.f("\nRELATO\n«a» ", a=typo(g, g.pick(["Meu pai ficou 9 horas no pronto-socorro numa cadeira sem ser atendido.",
                                              "Minha mãe internou na Ala Irmã Dulce e ficou dois dias sem banho.",
                                              "Fui muito mal tratada na recepção do pronto socorro.",
                                              "A medicação da minha esposa atrasou 4 horas e ninguém explicou."]), 0.3))
    doc.f("A técnica de enfermagem «t» disse que «x». ", t=P(g.pick([tech.first, tech.nick])), x=g.pick(["não era problema dela", "estava sem material",
                                                                                                         "o médico ainda não tinha prescrito"]))
    doc.f("Só quando falei com «n», a enfermeira do plantão, que resolveram. O «dr» «dn» «y».\n",
          n=P(g.pick([nurse.first, nurse.short])), dr="Dr." if not doc_p.female else "a Dra.", dn=P(g.pick([doc_p.last, doc_p.short])),
          y=g.pick(["foi atencioso", "nem olhou pra ela", "explicou tudo direitinho, esse merece elogio"]))
    doc.f("\nENCAMINHAMENTO: Coordenação de Enfermagem («c») · prazo 10 dias\n", c=P(coord.full))
    doc.f("\nRESPOSTA DA ÁREA («d»)\nApuramos o ocorrido com a equipe do plantão. ", d=g.date())
    if g.chance(0.5):
        doc.f("«A» colaborador«a» «t» foi orientad«o» ", A="A" if tech.female else "O", a="a" if tech.female else "", t=P(tech.full), o=tech.o)
    else:
        doc.t("O(a) colaborador(a) envolvido(a) foi orientado(a) ")
    doc.f("«o». «x»\nCoordenação de «c»\n",
          o=g.pick(["quanto ao acolhimento", "e fará nova capacitação em humanização"]),
          x=g.pick(["Pedimos desculpas pelo transtorno.", "O tempo de espera foi decorrente da superlotação (classificação de risco verde).",
                    "Agradecemos o elogio, repassado à equipe."]), c="Enfermagem")
    doc.f("\nResposta final enviada ao manifestante por «ou» em «d». Status: «s».\n", ou=P(ouv.full) if g.chance(0.4) else "e-mail (Ouvidoria)", d=g.date(),
          s=g.pick(["concluída", "concluída — manifestante satisfeito", "reaberta"]))
    return doc


def at_telemed(g: Gen) -> Doc:
    """Telemedicine consultation: session header and the transcript of the call."""
    doc = Doc()
    pt = g.person()
    md, crm = staff(g)
    dob = g.dob("long", 1945, 2005)
    offs = iter(g.offsets(18, 900))
    doc.f("TELECONSULTA — sessão «id»\nPlataforma: «pl» · Profissional: «m» («crm») · Paciente: «p»\n"
          "CNS «cns» · tel. cadastro «tc»\nIP paciente: «ip» · dispositivo: «dv» · consentimento TCLE telemedicina: aceito em «d»\n\n",
          id=g.uuid(), pl=g.pick(["Aurora Telessaúde", "TeleVitória", "PEP Aurora — módulo Tele"]), m=P(md.full), crm=(crm, "PROFESSIONAL_ID"),
          p=P(pt.caps), cns=cns_t(g), tc=ph_t(g), ip=ip_t(g), dv=g.pick(["Android 13 / Chrome", "iPhone / Safari", "Windows / Edge"]), d=g.date() + " " + g.hms())
    doc.f("[«t»] MÉDICO: Boa tarde, aqui é «o» «dr» «n». Para confirmar sua identidade: nome completo e data de nascimento?\n",
          t=next(offs), o="a" if md.female else "o", dr=dr(md), n=P(md.short))
    doc.f("[«t»] PACIENTE: «n», nasci em «dob».\n", t=next(offs), n=P(g.pick([pt.full, pt.plain])), dob=(dob, "DATE_OF_BIRTH"))
    doc.f("[«t»] MÉDICO: E o CPF, por favor?\n[«t2»] PACIENTE: «cpf»\n", t=next(offs), t2=next(offs), cpf=cpf_t(g, g.pick(["dot", "raw", "sp"])))
    doc.f("[«t»] MÉDICO: Obrigado. O que está sentindo?\n[«t2»] PACIENTE: «q»\n", t=next(offs), t2=next(offs),
          q=g.pick(["Desde ontem estou com dor de garganta e febre de 38 e meio.", "A pressão ficou 160 por 100 hoje de manhã.",
                    "Estou com dores lombares fortes, não consigo nem levantar.", "Vim mostrar os exames que o senhor pediu."]))
    if g.chance(0.6):
        rel = g.relative(pt, female=True)
        doc.f("[«t»] PACIENTE: Minha «k» «r» está aqui do lado, ela que me ajuda com os remédios.\n", t=next(offs),
              k=g.pick(["esposa", "filha", "neta", "irmã"]), r=P(rel.first))
    doc.f("[«t»] MÉDICO: Entendi. «c»\n", t=next(offs), c=g.pick(["Vou solicitar hemograma e PCR.", "Vamos ajustar a losartana para 50 mg de 12 em 12 horas.",
                                                                 "Pelo quadro não há sinal de alarme, mas se piorar procure o pronto-socorro.",
                                                                 "A manobra de Valsalva não é necessária agora; vamos pedir um Holter."]))
    doc.f("[«t»] MÉDICO: A receita digital vai para o seu e-mail. Qual é?\n[«t2»] PACIENTE: «e»\n", t=next(offs), t2=next(offs), e=em_t(g, pt))
    if g.chance(0.5):
        doc.f("[«t»] MÉDICO: Vou mandar os medicamentos pela farmácia domiciliar. O endereço continua «ad», CEP «cep»?\n[«t2»] PACIENTE: Isso.\n",
              t=next(offs), ad=ad_t(g), cep=cep_t(g), t2=next(offs))
    if g.chance(0.5):
        doc.f("[«t»] PACIENTE: E o atestado, doutor? É pra entregar na firma, a «c».\n", t=next(offs),
              c=g.pick(["Bento Transportes", "Metalúrgica Prudente", "Supermercado Aurora", "Construtora Luz & Rosa"]))
    doc.f("[«t»] MÉDICO: Enviado. Qualquer coisa ligue no «tf». Até logo.\n\n— fim da transcrição · duração «m» min · CID registrado «c» —\n",
          t=next(offs), tf=g.tollfree(), m=g.ri(6, 25), c=g.pick(["J02.9", "I10", "M54.5", "Z09"]))
    return doc


def at_referral(g: Gen) -> Doc:
    """Referral letter (encaminhamento) and the counter-referral from the specialist."""
    doc = Doc()
    pt = g.person()
    m1, c1 = staff(g)
    m2, c2 = staff(g)
    city, uf = g.city()
    esp = g.pick(["Cardiologia", "Nefrologia", "Reumatologia", "Hematologia", "Neurologia", "Cirurgia Vascular"])
    unit = g.pick(["UBS Jardim Aurora", "UBS Vila Prudente", "ESF Rosa Branca", "Centro de Saúde Bento Ribeiro", "UBS Dr. Abdias Landim"])
    doc.f("«u» — Secretaria Municipal de Saúde de «c»/«uf»\nGUIA DE REFERÊNCIA E CONTRARREFERÊNCIA\nRegulação (SISREG) nº «r» · Prioridade: «pr»\n\n",
          u=unit, c=city, uf=uf, r=g.d(9), pr=g.pick(["vermelho", "amarelo", "verde", "azul"]))
    doc.f("Paciente: «n»\nData de nasc.: «dob» · CNS: «cns» · CPF: «cpf»\nEndereço: «ad», «b» · CEP «cep» · Tel.: «t»\n\n",
          n=P(g.pick([pt.full, pt.caps])), dob=dob_t(g, "br", 1935, 2018), cns=cns_t(g), cpf=cpf_t(g), ad=ad_t(g), b=g.pick(BAIRROS), cep=cep_t(g), t=ph_t(g))
    doc.f("REFERÊNCIA — ao serviço de «e»\nPrezado(a) colega,\nEncaminho «a» paciente acima, «x». «y»\nAtenciosamente,\n«n» — «c»\n\n",
          e=esp, a="a" if pt.female else "o",
          x=g.pick(["com doença de Chagas e ECG com BRD + BDAS, para avaliação", "com Cr 2,3 e proteinúria, para seguimento",
                    "com poliartralgia e FAN 1:640 pontilhado fino", "com anemia (Hb 8,1) sem causa definida", "com claudicação em MID e ITB 0,6"]),
          y=g.pick(["Em uso de losartana e AAS.", "Exames em anexo.", "Já avaliado no Hospital São Bento em 2023 (sem relatório).", ""]),
          n=P(g.pick([m1.full, m1.caps])), c=(c1, "PROFESSIONAL_ID"))
    doc.f("CONTRARREFERÊNCIA («d»)\n«x» Conduta: «y». Retorno ao especialista em «k» meses; segue na APS com «z».\n«n» — «c»\n",
          d=g.date(), x=g.pick(["Avaliado(a) no ambulatório.", "Paciente compareceu com a filha.", "Realizado ecocardiograma: FE 38%."]),
          y=g.pick(["iniciado carvedilol 3,125 mg 12/12h", "solicitada biópsia", "mantido tratamento, ajuste de dose", "encaminhado p/ cirurgia eletiva"]),
          k=g.pick([3, 6, 12]), z=g.pick(["a equipe de ESF", "o médico de família", "a enfermeira da UBS"]),
          n=P(m2.full), c=(c2, "PROFESSIONAL_ID"))
    if g.chance(0.5):
        ac = g.person(female=True)
        doc.f("Agente comunitária responsável: «n» — tel. «t»\n", n=P(g.pick([ac.first, ac.full])), t=ph_t(g, "raw"))
    return doc


def at_companion(g: Gen) -> Doc:
    """Companion/visitor registration at the front desk (documents, parking plate, authorised visitors)."""
    doc = Doc()
    pt = g.person()
    ac = g.relative(pt)
    clerk = g.person()
    doc.f("CADASTRO DE ACOMPANHANTE / VISITANTE\nPaciente: «n» · «u» · Leito «l» · Pront. «p»\n\n", n=P(pt.caps), u=g.pick(UNITS),
          l=f"{g.ri(1, 40):02d}", p=g.pront())
    kind = g.pick(["rg", "cnh", "titulo"])
    docval = {"rg": (g.rg(), "BR_RG"), "cnh": (g.cnh(), "BR_CNH"), "titulo": (g.titulo(), "BR_TITULO_ELEITOR")}[kind]
    doc.f("ACOMPANHANTE\nNome: «n»\nDocumento: «k» «d»\nCPF: «cpf»\nNascimento: «dob»\nParentesco: «pa»\nCelular: «t»\n"
          "Endereço: «ad» — CEP «cep»\n", ad=ad_t(g, g.pick(["text", "caps"])), cep=cep_t(g),
          n=P(ac.full), k={"rg": "RG", "cnh": "CNH", "titulo": "Título de eleitor"}[kind], d=docval, cpf=cpf_t(g),
          dob=dob_t(g, "br", 1945, 2006), pa=g.pick(["filho(a)", "cônjuge", "irmão(ã)", "neto(a)", "cuidador(a)"]), t=ph_t(g))
    if g.chance(0.85):
        doc.f("Veículo (estacionamento conveniado): «m» placa «p»\n", m=g.pick(["Fiat Uno branco", "Onix prata", "HB20 preto", "Gol vermelho", "moto CG 160"]),
              p=(g.plate(), "LICENSE_PLATE"))
    doc.f("Pernoite: «p» · Crachá nº «c»\n\nVISITANTES AUTORIZADOS (máx. 2 por horário)\n", p=g.pick(["sim", "não"]), c=g.d(4))
    for _ in range(g.ri(2, 4)):
        v = g.person()
        doc.f("- «n» — RG «rg» — tel «t»«x»\n", n=P(g.pick([v.full, v.caps])), rg=rg_t(g), t=ph_t(g, g.pick(["raw", "par", "plain"])),
              x=g.pick(["", "", " — menor, acompanhado"]))
    doc.f("\nRestrição: «r»\nCadastrado por «c» (recepção) em «d» «h»\n",
          r=g.pick(["nenhuma", "visitas suspensas — isolamento respiratório", f"não autorizar visita de {g.person().full} (pedido da família)"]),
          c=P(clerk.short), d=g.date(), h=g.hm())
    if "não autorizar" in doc.text:
        i = doc.text.index("não autorizar visita de ") + len("não autorizar visita de ")
        j = doc.text.index(" (pedido da família)")
        doc.spans.append({"start": i, "end": j, "label": "PERSON"})
    return doc


def prof(g: Gen, p: Person, agenda: bool) -> tuple:
    if agenda:
        return V(g.pick(["CARDIO-AMB2", "ORTOP-SALA4", "CLINICA-GERAL", "GINECO-1", "ENDO-TARDE", "USG-01"]))
    return P(p.short)


def idc(g: Gen, plan: str) -> tuple:
    return cns_t(g, False) if plan == "SUS" or g.chance(0.4) else cpf_t(g, g.pick(["dot", "raw"]))


def sent_appt(g: Gen) -> tuple[str, str]:
    """The reminder goes out the day before the appointment (both on the same calendar for simplicity)."""
    y, m, d = g.pick([2025, 2026]), g.ri(1, 12), g.ri(2, 28)
    return f"{y}-{m:02d}-{d - 1:02d} {g.ri(7, 9):02d}:{g.ri(0, 59):02d}", f"{d:02d}/{m:02d}/{y} {g.hm()}"


def at_reminders(g: Gen) -> Doc:
    """Export of the WhatsApp appointment-confirmation log, with patients' free-text replies."""
    doc = Doc()
    h, dom = hosp(g)
    doc.f("exportacao_confirmacoes_«d».csv — «h» — gerado por integracao_whatsapp\n", d=g.date("compact"), h=h)
    cols = ["id_envio", "enviado_em", "telefone", "paciente", "nascimento", "consulta", "profissional", "status", "resposta"]
    by_agenda = g.chance(0.5)
    if by_agenda:
        cols[6] = "agenda"
    with_cpf = g.chance(0.7)
    if with_cpf:
        cols.insert(4, "cpf")
    rows = []
    pros = [g.person() for _ in range(3)]
    for _ in range(g.ri(6, 8)):
        p = g.person()
        pr = g.pick(pros)
        st = g.pick(["CONFIRMADO", "CONFIRMADO", "CANCELADO", "SEM_RESPOSTA", "REMARCAR"])
        if st == "SEM_RESPOSTA":
            resp = V("")
        elif st == "CANCELADO" and g.chance(0.5):
            r = g.relative(p, female=True)
            sent, appt = sent_appt(g)
            rows.append([V(g.d(9)), V(sent), ph_t(g, g.pick(["cc", "e164"])), P(p.caps), dob_t(g, "iso", 1930, 2020),
                         V(appt), prof(g, pr, by_agenda), V(st),
                         V(typo(g, "ela faleceu semana passada, aqui é a filha ") + fold(r.first).lower())])
            if with_cpf:
                rows[-1].insert(4, cpf_t(g, "raw"))
            continue
        else:
            resp = V(typo(g, g.pick(["sim", "confirmo", "vou sim obrigado", "1", "não vou poder, remarca pf", "2",
                                     "quem vai levar é meu filho", "pode ser mais cedo?", "ok"])))
        sent, appt = sent_appt(g)
        rows.append([V(g.d(9)), V(sent), ph_t(g, g.pick(["cc", "e164"])), P(p.caps), dob_t(g, "iso", 1930, 2020),
                     V(appt), prof(g, pr, by_agenda), V(st), resp])
        if with_cpf:
            rows[-1].insert(4, cpf_t(g, "raw") if g.chance(0.9) else V(""))
    doc.t(";".join(cols) + "\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(";")
            if k == len(r) - 1 and v.startswith("ela faleceu"):
                head, name = v.rsplit(" ", 1)
                doc.t(head + " ")
                doc.e(name, "PERSON")
            else:
                doc.e(v, lab) if v else None
        doc.t("\n")
    doc.f("-- «n» linhas · template: lembrete_consulta_v3 · remetente: «h» (número oficial)\n", n=len(rows), h=h)
    return doc


# =========================================================================== juridico

FIRMS = ["Queiroga & Bessa Advogados", "Rosa Branco Sociedade de Advogados", "Haddad, Prudente e Associados",
         "Landim Advocacia em Saúde", "Amado & Cavalheiro Advogados", "Escritório Seabra Wanderley"]


def ju_record_request(g: Gen) -> Doc:
    """Lawyer's request for a copy of the medical record and the SAME's answer."""
    doc = Doc()
    h, dom = hosp(g)
    adv, oab = staff(g, "OAB")
    cl = g.person()
    same = g.person()
    city, uf = g.city()
    doc.f("À «h»\nServiço de Arquivo Médico e Estatística (SAME)\n\nREQUERIMENTO DE CÓPIA INTEGRAL DE PRONTUÁRIO\n\n",
          h=h)
    doc.f("«a», advogad«o» inscrit«o» na «oab», com escritório à «f» (e-mail «e»), na qualidade de procurador«x» de «n», "
          "«na», portador«y» do CPF «cpf» e do RG «rg», nascid«z» em «dob», residente na «ad», «c»/«uf», CEP «cep», vem requerer ",
          a=P(adv.full), o=adv.o, oab=(oab, "PROFESSIONAL_ID"), f=g.pick(FIRMS), e=em_t(g, adv, g.pick(["adv.br", "gmail.com", "queirogabessa.adv.br"])),
          x="a" if adv.female else "", n=P(cl.caps), na=g.pick(["brasileira", "brasileiro", "aposentado(a)", "do lar", "motorista"]),
          y="a" if cl.female else "", cpf=cpf_t(g), rg=rg_t(g), z=cl.o, dob=dob_t(g, g.pick(["br", "long"]), 1940, 2003),
          ad=ad_t(g), c=city, uf=uf, cep=cep_t(g))
    doc.f("cópia integral do prontuário (contato do titular: «t» / «em») referente às internações de «d1» a «d2», incluindo prescrições, evoluções, exames, descrições "
          "cirúrgicas e registros de enfermagem, com fundamento no art. 88 do Código de Ética Médica e no art. 18 da Lei 13.709/2018.\n",
          d1=g.date(year=2024), d2=g.date(year=2025), t=ph_t(g), em=em_t(g, cl))
    if g.chance(0.5):
        doc.f("Os documentos instruirão a ação nº «cnj», em trâmite na «v».\n", cnj=g.cnj(), v=g.pick(["2ª Vara Cível", "1º JEC", "3ª Vara da Fazenda Pública"]))
    doc.f("Procuração com poderes específicos em anexo.\n«c», «d».\n«a» — «oab»\n\n", c=city, d=g.date("long"), a=P(adv.full),
          oab=(oab, "PROFESSIONAL_ID"))
    doc.f("---- despacho SAME («d») ----\nRecebido por «s». Conferida procuração (firma reconhecida). Pront. «p» — «n» páginas. "
          "Cópia liberada mediante recibo; retirada por «r»«rg». Protocolo «pt».\n",
          d=g.date(), s=P(g.pick([same.full, same.short])), p=g.pront(), n=g.ri(40, 900),
          r=P(g.pick([adv.full, g.person().full])), rg="", pt=g.protocol())
    if g.chance(0.5):
        doc.f("Encaminhado cópia digital para «e» (arquivo protegido por senha: CPF do paciente).\n", e=em_t(g, adv, "adv.br"))
    return doc


def ju_court(g: Gen) -> Doc:
    """Court letter (ofício) ordering the hospital, and the technical director's answer."""
    doc = Doc()
    h, dom = hosp(g)
    judge = g.person()
    pt = g.person()
    dirt, crm = staff(g)
    city, uf = g.city()
    op = g.pick(["Aurora Saúde S.A.", "Plano Vitória Saúde Ltda.", "Operadora Bento Assistência Médica", "Celeste Seguros Saúde"])
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO\n«v» da Comarca de «c»\n\nOFÍCIO nº «o»/«y»\nProcesso nº «cnj»\n",
          v=g.pick(["1ª Vara Cível", "2ª Vara da Fazenda Pública", "Juizado Especial Cível", "Vara da Infância e Juventude"]),
          c=city, o=g.ri(10, 3999), y=g.pick([2025, 2026]), cnj=g.cnj())
    doc.f("Autor(a): «a», CPF «cpf», RG «rg», residente na «ad», CEP «cep»\nRé: «op», CNPJ «cn»\n\n", a=P(pt.caps), cpf=cpf_t(g),
          rg=rg_t(g), ad=ad_t(g, g.pick(["text", "caps"])), cep=cep_t(g), op=op,
          cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    doc.f("Ilmo(a). Sr(a). Diretor(a) Clínico(a) — «h»,\n\nDe ordem d«o» MM. «jz» de Direito, «j», «x»\n",
          h=h, o="a" if judge.female else "o", jz="Juíza" if judge.female else "Juiz", j=P(judge.full),
          x=g.pick([f"requisito, no prazo de 5 (cinco) dias, cópia integral do prontuário d{pt.o} autor{'a' if pt.female else ''}, nascid{pt.o} em «dob», "
                    "bem como informações sobre a disponibilidade de leito de UTI.",
                    "comunico o deferimento de tutela de urgência para realização do procedimento cirúrgico indicado (artroplastia de quadril), "
                    "sob pena de multa diária de R$ 5.000,00. Paciente nascid" + pt.o + " em «dob».",
                    "determino a transferência imediata d" + pt.o + " paciente, nascid" + pt.o + " em «dob», para leito com suporte de hemodiálise."]))
    # the template above carries a «dob» marker in the chosen sentence
    text = doc.text
    i = text.index("«dob»")
    dob = g.dob("br", 1940, 2015)
    doc.text = text[:i] + dob + text[i + 5:]
    doc.spans.append({"start": i, "end": i + len(dob), "label": "DATE_OF_BIRTH"})
    doc.f("Cumpra-se.\n«c», «d».\n«s» — Escrivã(o) / Diretor(a) de Secretaria\n\n", c=city, d=g.date("long"), s=P(g.person().full) if g.chance(0.5) else "(assinado digitalmente)")
    doc.f("---- RESPOSTA (Diretoria Técnica) ----\nEm atenção ao ofício, informamos que «x». O prontuário nº «p» segue em mídia digital.\n"
          "«n» — Diretor(a) Técnico(a) — «crm»\n",
          x=g.pick(["a cirurgia foi agendada para " + g.date() + " com a equipe do Dr. " + g.person().short,
                    "não há leito de UTI disponível no momento, estando o paciente inscrito na Central de Regulação",
                    "o paciente recebeu alta em " + g.date()]), p=g.pront(), n=P(dirt.full), crm=(crm, "PROFESSIONAL_ID"))
    m = re.search(r"equipe do Dr\. ([^\n.]+?)\. O prontuário", doc.text)
    if m:
        doc.spans.append({"start": m.start(1), "end": m.end(1), "label": "PERSON"})
    return doc


def ju_consent(g: Gen) -> Doc:
    """Informed consent form (TCLE) filled in, with legal representative and witness."""
    doc = Doc()
    h, dom = hosp(g)
    pt = g.person()
    md, crm = staff(g)
    wit, cw = staff(g, "COREN")
    proc = g.pick([("anestesia geral e colecistectomia videolaparoscópica", "lesão de via biliar, conversão para cirurgia aberta, sangramento"),
                   ("transfusão de hemocomponentes", "reação febril, sobrecarga volêmica, infecções transmissíveis (raras)"),
                   ("cateterismo cardíaco e angioplastia", "sangramento no local de punção, arritmias, nefropatia por contraste"),
                   ("artroplastia parcial de quadril", "luxação, trombose venosa profunda, infecção de prótese"),
                   ("punção lombar", "cefaleia pós-punção, dor lombar, infecção")])
    minor_or_inc = g.chance(0.5)
    doc.f("«h»\nTERMO DE CONSENTIMENTO LIVRE E ESCLARECIDO\n\n", h=h)
    doc.f("Eu, «n», nascid«o» em «dob», portador«a» do RG «d» e do CPF «cpf», telefone «t», prontuário «p», ", n=P(g.pick([pt.full, pt.caps])),
          o=pt.o, dob=dob_t(g, "br", 1940, 2022), a="a" if pt.female else "", d=rg_t(g), cpf=cpf_t(g), t=ph_t(g), p=g.pront())
    if minor_or_inc:
        k, rep = kin_of(g, pt, ["mãe", "pai", "curador(a)", "filho(a) — paciente com doença de Alzheimer", "responsável legal"])
        doc.f("neste ato representad«o» por «r» («k»), CPF «cpf», ", o=pt.o, r=P(rep.full), k=k, cpf=cpf_t(g))
    doc.f("declaro que fui informad«o» pel«a» «t» «m» («crm») sobre o procedimento de «p», seus benefícios e riscos, "
          "entre eles: «r». Tive oportunidade de fazer perguntas, que foram respondidas.\n\n",
          o=pt.o, a="a" if md.female else "o", t=dr(md), m=P(md.full), crm=(crm, "PROFESSIONAL_ID"), p=proc[0], r=proc[1])
    doc.f("Autorizo ( «x» ) a utilização de imagens para fins didáticos, preservada a identidade.\n", x=g.pick(["X", " "]))
    doc.f("Recusa de transfusão por motivo religioso: «x»\n\n", x=g.pick(["não", "não", "sim — ver termo específico"]))
    doc.f("«c», «d».\n\n____________________ Paciente/Responsável\n____________________ «t» «m» — «crm»\n"
          "Testemunha: «w» — «cw»\n", c=g.city()[0], d=g.date("long"), t=dr(md), m=P(md.short), crm=(crm, "PROFESSIONAL_ID"),
          w=P(wit.full), cw=(cw, "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("\n[PEP] Termo digitalizado por «l» em «d» «h» — estação «ip»\n", l=user_login(g, g.person()), d=g.date(), h=g.hms(), ip=(g.lan_ip(), "IP_ADDRESS"))
    return doc


def ju_incident(g: Gen) -> Doc:
    """Adverse-event notification (NSP), forwarded to the legal team for a possible claim."""
    doc = Doc()
    h, dom = hosp(g)
    pt = g.person()
    t1, c1 = staff(g, "COREN")
    n1, c2 = staff(g, "COREN", female=True)
    md = g.person()
    akin, acomp = kin_of(g, pt, ["filha", "esposa", "filho", "neta"])
    qual = g.person(female=True)
    adv, oab = staff(g, "OAB")
    kind = g.pick(["queda", "medicação", "lesão", "identificação"])
    doc.f("NOTIFICAÇÃO DE INCIDENTE / EVENTO ADVERSO — Núcleo de Segurança do Paciente\nNº «n» · «h»\n\n", n=g.protocol(), h=h)
    doc.f("Paciente: «p» · DN «dob» · CNS «cns» · Pront. «pr» · «u», leito «l»\nData/hora do evento: «d» «hm»\nTipo: «k»\nGrau do dano: «gd»\n\n",
          p=P(pt.caps), dob=dob_t(g, "br", 1930, 2010), cns=cns_t(g), pr=g.pront(), u=g.pick(UNITS), l=g.ri(1, 40), d=g.date(), hm=g.hm(),
          k={"queda": "queda do leito", "medicação": "erro de medicação (dose)", "lesão": "lesão por pressão adquirida",
             "identificação": "falha na identificação do paciente"}[kind], gd=g.pick(["leve", "moderado", "grave", "sem dano"]))
    doc.f("DESCRIÇÃO\n«x» ", x={
        "queda": f"Paciente (Morse 65) encontrado no chão ao lado do leito pel{'a técnica' if t1.female else 'o técnico'} {t1.first}, grades abaixadas. Referia dor em quadril E.",
        "medicação": f"Administrada Enoxaparina 80 mg SC em vez de 40 mg prescritos. Técnic{'a' if t1.female else 'o'} responsável: {t1.first}.",
        "lesão": f"Identificada LPP estágio 3 em região sacral; Braden 10 na admissão, sem registro de mudança de decúbito no turno de {t1.first}.",
        "identificação": f"Pulseira com nome de outro paciente; coleta de exames realizada em paciente errado pel{'a técnica' if t1.female else 'o técnico'} {t1.first}."}[kind])
    m = re.compile(re.escape(t1.first) + r"(?=[.,])").search(doc.text, doc.text.index("DESCRIÇÃO"))
    doc.spans.append({"start": m.start(), "end": m.end(), "label": "PERSON"})
    doc.f("Acompanhante presente: «a» («k»), tel. «t», que «y».\n", a=P(acomp.full), k=akin, t=ph_t(g),
          y=g.pick(["afirma ter chamado a enfermagem 3 vezes", "registrou o ocorrido em vídeo", "ameaçou procurar advogado", "não presenciou"]))
    doc.f("\nENVOLVIDOS: «a» («ca»); «b», enfermeira do setor («cb»); plantonista «t» «m».\n", a=P(t1.full), ca=(c1, "PROFESSIONAL_ID"),
          b=P(n1.full), cb=(c2, "PROFESSIONAL_ID"), t=dr(md), m=P(md.short))
    doc.f("Conduta: «c»\nNotificado no NOTIVISA em «d» por «q» (qualidade).\n\n", c={"queda": "RX de quadril: sem fratura.", "medicação": "antídoto não indicado; coagulograma seriado.",
                                                                                          "lesão": "curativo com hidrocoloide, avaliação da comissão de pele.", "identificação": "recoleta; notificação ao laboratório."}[kind],
          d=g.date(), q=P(qual.full))
    doc.f("---- encaminhamento ao Jurídico ----\nPara: «e» · Cc: juridico@«dom»\nFamília solicitou cópia do prontuário e da notificação. "
          "Sugiro preservar imagens do CFTV do corredor («cam») e prontuário. — Gestão da Qualidade\n", e=hmail(adv, dom, g), dom=dom,
          cam=g.pick(["câmera 4B-03", "câmera UTI-02", "DVR 2, canal 7"]))
    doc.f("Parecer preliminar: risco «r». Responsável: «a», «oab».\n", r=g.pick(["baixo", "moderado", "alto"]), a=P(adv.full), oab=(oab, "PROFESSIONAL_ID"))
    return doc


def ju_audit(g: Gen) -> Doc:
    """EHR audit-trail export answering a patient's LGPD complaint of improper access."""
    doc = Doc()
    h, dom = hosp(g)
    pt = g.person()
    dpo = g.person()
    users = []
    for role in ["Médico(a)", "Enfermeiro(a)", "Téc. Enfermagem", "Recepção", "Faturamento", "Téc. Enfermagem", "Farmacêutico(a)"]:
        p = g.person()
        users.append((p, user_login(g, p), role, g.lan_ip()))
    intruder = g.pick(users[3:])
    doc.f("RELATÓRIO DE TRILHA DE AUDITORIA — «sys»\nSolicitação LGPD nº «p» · Titular: «n» · CPF «cpf» · Pront. «pr»\n"
          "Contato do titular: «tt» · Período: «d1» a «d2» · Gerado por «dpo» (Encarregado de Dados) em «d3»\n\n",
          sys=g.pick(EHRS), p=g.protocol(), n=P(pt.full), cpf=cpf_t(g), tt=ph_t(g), pr=g.pront(), d1=g.date(), d2=g.date(), dpo=P(dpo.full), d3=g.date())
    rows = []
    with_names = g.chance(0.5)
    n = g.ri(7, 10)
    yr = g.pick([2025, 2026])
    days = sorted(g.date("iso", yr) for _ in range(n))
    for i, t in enumerate(g.times(n, secs=True)):
        u = g.pick(users[:3]) if g.chance(0.6) else g.pick(users)
        if i == n - 2:
            u = intruder
        p, lg, role, ip = u
        row = [V(days[i] + " " + t), V(lg), P(g.pick([p.caps, p.inverted])), V(role), (ip, "IP_ADDRESS"),
               V(g.pick(["VISUALIZAR", "VISUALIZAR", "EDITAR EVOLUÇÃO", "IMPRIMIR", "EXPORTAR PDF", "VISUALIZAR RESULTADO"])),
               V(g.pick(["Evolução", "Resultados Lab", "Prescrição", "Sumário", "Cadastro", "Anexos"]))]
        rows.append(row if with_names else row[:2] + row[3:])
    cols = ["data_hora", "login", "usuario", "perfil", "ip_estacao", "acao", "modulo"]
    table_fixed(doc, cols if with_names else cols[:2] + cols[3:], rows)
    ip_i = g.ip()
    doc.f("\nAcesso externo (VPN) registrado a partir de «ip» pelo login «l».\n", ip=(ip_i, "IP_ADDRESS"), l=intruder[1])
    doc.f("\nANÁLISE: o acesso de «n» («r», login «l») não tem vínculo assistencial com o titular. «x» "
          "Encaminhado ao RH e ao Comitê de Privacidade. Titular comunicado em «d» pelo e-mail «e».\n",
          n=P(intruder[0].full), r=intruder[2], l=intruder[1],
          x=g.pick(["Colaborador(a) é vizinho(a) do titular, conforme relato.", "Consulta ocorreu fora do horário de trabalho.",
                    "Impressão do resultado de exame (sorologia) sem justificativa."]), d=g.date(), e=em_t(g, pt))
    return doc


def ju_death(g: Gen) -> Doc:
    """Draft data for the death certificate (DO) and the release of the body to the family."""
    doc = Doc()
    h, dom = hosp(g)
    dec = g.person()
    md, crm = staff(g)
    mom, dad = g.person(female=True), g.person(female=False)
    ikin, informant = kin_of(g, dec, ["filha", "filho", "cônjuge (a)", "irmã", "neto"])
    city, uf = g.city()
    dob = g.dob("br", 1928, 1990)
    doc.f("RASCUNHO — DADOS PARA PREENCHIMENTO DA DECLARAÇÃO DE ÓBITO (uso interno, não substitui o formulário oficial)\n«h»\n\n", h=h)
    doc.f("I. IDENTIFICAÇÃO\nNome do falecido: «n»\nData de nascimento: «dob» · Idade: «a» anos · Sexo: «s»\nRaça/cor: «r» · Estado civil: «e»\n"
          "CPF: «cpf» · CNS: «cns»\nNome da mãe: «m»\nNome do pai: «p»\n",
          n=P(dec.caps), dob=(dob, "DATE_OF_BIRTH"), a=age_of(dob), s="F" if dec.female else "M",
          r=g.pick(["parda", "branca", "preta", "amarela", "indígena"]), e=g.pick(["casado(a)", "viúvo(a)", "solteiro(a)", "união estável"]),
          cpf=cpf_t(g), cns=cns_t(g), m=P(mom.caps), p=P(dad.caps) if g.chance(0.85) else V("IGNORADO"))
    if g.chance(0.5):
        doc.f("NIT/PIS: «pis»\n", pis=(g.pis(), "BR_PIS"))
    doc.f("Residência: «ad» — «b» — «c»/«uf» — CEP «cep»\n\n", ad=ad_t(g, g.pick(["caps", "text"])), b=g.pick(BAIRROS), c=city, uf=uf, cep=cep_t(g))
    c1, c2, c3 = g.rng.sample(DX, 3)
    doc.f("II. OCORRÊNCIA\nData/hora: «d» «hm» · Local: hospital («u»)\n\nIII. CAUSAS\na) «a» («ca») — «t1»\nb) «b» («cb»)\nc) «c» («cc»)\n"
          "Parte II: «x»\n\n", d=g.date(), hm=g.hm(), u=g.pick(UNITS), a=g.pick(["choque séptico", "parada cardiorrespiratória — NÃO USAR", "insuficiência respiratória aguda", "choque cardiogênico"]),
          ca=g.pick(["R57.2", "J96.0", "R57.0", "I46.9"]), t1=g.pick(["horas", "2 dias", "minutos"]), b=c1[1], cb=c1[0], c=c2[1], cc=c2[0],
          x=c3[1] + f" ({c3[0]})")
    doc.f("Médico atestante: «m» — «crm» · assistiu o paciente: sim\n\n", m=P(md.full), crm=(crm, "PROFESSIONAL_ID"))
    dk = g.pick(["rg", "titulo", "cnh"])
    dv = {"rg": (g.rg(), "BR_RG"), "titulo": (g.titulo(), "BR_TITULO_ELEITOR"), "cnh": (g.cnh(), "BR_CNH")}[dk]
    doc.f("IV. DECLARANTE / LIBERAÇÃO DO CORPO\nRecebido por: «n» («k») · «dk» «dv» · CPF «cpf» · Tel. «t»\nEndereço do declarante: «ad»\n",
          ad=ad_t(g) if g.chance(0.6) else V("o mesmo do falecido"),
          n=P(informant.full), k=ikin.replace(" (a)", ""),
          dk={"rg": "RG", "titulo": "Título eleitoral", "cnh": "CNH"}[dk], dv=dv, cpf=cpf_t(g), t=ph_t(g))
    doc.f("Funerária: «f» · agente «a» · saída «d» «hm»\nCartório indicado: «c»\n", f=g.pick(["Funerária Bom Pastor", "Funerária São Bento", "Pax Aurora", "Funerária Rosa de Saron"]),
          a=P(g.person().short) if g.chance(0.5) else "de plantão", d=g.date(), hm=g.hm(), c=g.pick(["Cartório do 1º Ofício", "Cartório de Registro Civil do 2º Subdistrito"]))
    if g.chance(0.5):
        doc.t("Obs.: óbito por doença de notificação compulsória? não. Necropsia: não (morte natural, causa definida).\n")
    return doc


def ju_extrajudicial(g: Gen) -> Doc:
    """Extrajudicial notice from a patient's lawyer and the hospital lawyer's internal opinion."""
    doc = Doc()
    h, dom = hosp(g)
    a1, o1 = staff(g, "OAB")
    a2, o2 = staff(g, "OAB")
    pt = g.person()
    md, crm = staff(g)
    nu = g.person()
    city, uf = g.city()
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNotificante: «n», CPF «cpf», nascido(a) em «dob», residente à «ad», «c»/«uf», CEP «cep», "
          "tel. «t»\nNotificado: «h»\n\n", n=P(pt.full), cpf=cpf_t(g), dob=dob_t(g, "br", 1950, 2004), ad=ad_t(g), c=city, uf=uf,
          cep=cep_t(g), t=ph_t(g), h=h)
    doc.f("Por meio de seu advogado, «a» («o»), o notificante vem informar que, em «d», foi submetido a «p» pelo «t» «m» («crm»), "
          "tendo evoluído com «x». Requer, no prazo de 10 dias, cópia do prontuário e proposta de composição, sob pena de ajuizamento "
          "de ação indenizatória (CDC, art. 14).\n«a2» — «o2»\n«e»\n\n",
          a=P(a1.full), o=(o1, "PROFESSIONAL_ID"), d=g.date(), p=g.pick(["herniorrafia inguinal", "colecistectomia", "cesariana", "artroscopia de joelho"]),
          t=dr(md), m=P(md.full), crm=(crm, "PROFESSIONAL_ID"),
          x=g.pick(["infecção de sítio cirúrgico", "lesão de via biliar", "síndrome compartimental", "retenção de compressa"]),
          a2=P(a1.short), o2=(o1, "PROFESSIONAL_ID"), e=em_t(g, a1, g.pick(["adv.br", "gmail.com"])))
    doc.f("---- PARECER INTERNO (confidencial) ----\nDe: «a» («o») · Para: Diretoria Técnica · «d»\n", a=P(a2.full), o=(o2, "PROFESSIONAL_ID"), d=g.date())
    doc.f("Revisado o prontuário «p». Linha do tempo: «d1» admissão; «d2» cirurgia (equipe «t» «m»); «d3» febre 38,9°C registrada por "
          "«n» às «h», médico comunicado; «d4» alta. Não houve registro de orientação de retorno. ",
          p=g.pront(), d1=g.date("dm"), d2=g.date("dm"), t=dr(md), m=P(md.short), d3=g.date("dm"), n=P(g.pick([nu.full, nu.short])), h=g.hm(), d4=g.date("dm"))
    doc.f("Há ação anterior do mesmo paciente (proc. «cnj», extinto). Recomendo acionar o seguro de responsabilidade civil (apólice «ap») "
          "e propor reunião com a família.\n", cnj=g.cnj(), ap=g.year_proto())
    return doc


# =========================================================================== saude


def sa_anamnese(g: Gen) -> Doc:
    """Admission note (anamnese) with the identification block of the EHR."""
    doc = Doc()
    pt = g.person()
    h, dom = hosp(g)
    city, uf = g.city()
    dob = g.dob("br", 1932, 2004)
    age = age_of(dob)
    mom = g.person(female=True)
    md, crm = staff(g, uf=uf)
    kin, rel = kin_of(g, pt, ["filha", "filho", "esposa", "marido", "neta", "irmã", "sobrinho", "nora"])
    plan = g.pick(PLANS)
    doc.f("«h» — «sys»\n«u» · Leito «l» · Atendimento «at»\n", h=fold(h).upper(), sys=g.pick(EHRS), u=g.pick(UNITS),
          l=f"{g.ri(1, 40):02d}{g.pick('ABC')}", at=g.neg(11) if g.chance(0.4) else f"{g.d(4)}/{g.d(6)}")
    doc.t("=" * 62 + "\nIDENTIFICAÇÃO DO PACIENTE\n")
    doc.f("Nome: «n»   Pront.: «p»\nDN: «dob» («a» anos)   Sexo: «s»   Raça/cor: «r»\nCPF: «cpf»   RG: «rg»   CNS: «cns»\n",
          n=P(pt.caps), p=g.pront(), dob=(dob, "DATE_OF_BIRTH"), a=age, s="F" if pt.female else "M",
          r=g.pick(["parda", "branca", "preta", "amarela", "indígena", "não declarada"]),
          cpf=cpf_t(g) if g.chance(0.85) else V("não informado"), rg=rg_t(g) if g.chance(0.75) else V("—"), cns=cns_t(g))
    doc.f("Nome da mãe: «m»\nE-mail: «em»\nEndereço: «ad» — «b» — «c»/«uf» — CEP «cep»\nTelefone(s): «t1»«t2»\n",
          m=P(mom.caps) if g.chance(0.92) else V("IGNORADA"), em=em_t(g, pt) if g.chance(0.6) else V("não possui"), ad=ad_t(g, "caps"),
          b=fold(g.pick(BAIRROS)).upper(), c=fold(city).upper(), uf=uf, cep=cep_t(g), t1=ph_t(g, "par"),
          t2="" if g.chance(0.5) else " / recado c/ vizinha")
    doc.f("Responsável: «r» («k») — tel «t»\nConvênio: «pl»«card»\n", r=P(rel.caps), k=kin.upper(), t=ph_t(g, g.pick(["par", "raw", "plain"])),
          pl=plan.upper(), card="" if plan in ("SUS", "Particular") else f" — carteirinha {g.plan_card()}")
    doc.t("=" * 62 + "\n\n")
    dx = g.rng.sample(DX, 2)
    doc.f("ANAMNESE — «d» «hm»\n", d=g.date(), hm=g.hm())
    doc.f("QP: «q»\n", q=g.pick(["\"falta de ar\"", "\"dor na barriga há 2 dias\"", "\"fraqueza do lado direito\"", "febre e calafrios",
                               "dor torácica", "\"caiu em casa e não consegue andar\"", "vômitos com sangue"]))
    doc.f("HDA: Pcte «a»a, «s», trazid«o» pel«oo» «k» «rn», que refere «hx». Nega «neg». ",
          a=age, s="fem" if pt.female else "masc", o=pt.o, oo="a" if kin in ("filha", "esposa", "neta", "irmã", "nora") else "o",
          k=kin, rn=P(g.pick([rel.first, rel.full, rel.nick])),
          hx=g.pick([f"início há {g.ri(1, 7)} dias de dispneia progressiva aos pequenos esforços, ortopneia e edema de MMII",
                     f"dor em HCD há {g.ri(1, 4)}d, em cólica, pior após refeição gordurosa, c/ náuseas e vômitos",
                     "hemiparesia D e afasia de expressão percebidas ao acordar (último momento visto bem às 22h)",
                     f"febre aferida de 39°C há {g.ri(2, 5)}d, disúria e dor lombar à E",
                     "queda da própria altura no banheiro, dor em quadril D e incapacidade de deambular"]),
          neg=g.pick(["trauma", "síncope", "dor torácica", "perda de consciência", "sangramentos"]))
    if g.chance(0.6):
        nb = g.person()
        w = g.pick(["cuid", "ps", "dores", "viz"])
        if w == "cuid":
            doc.f("Informa ainda que a cuidadora («n») percebeu piora da confusão à noite. ", n=P(nb.first))
        elif w == "viz":
            doc.f("Foi a vizinha, d. «n», quem chamou o SAMU. ", n=P(g.pick([nb.first, nb.short])))
        elif w == "ps":
            doc.t("Vinha em acompanhamento no Pronto-Socorro municipal sem melhora. ")
        else:
            doc.t("Já teve dores lombares semelhantes no ano passado. ")
    doc.f("\nHPP: «a», «b». «c». Cirurgias: «s».\nMUC: «m1»; «m2».\nAlergias: «al».\nHábitos: «hb».\n",
          a=dx[0][1], b=dx[1][1], c=g.pick(["Nega internações prévias", f"Internação prévia no Hospital São Bento em {g.ri(2015, 2024)}",
                                        "Acompanha no ambulatório da Santa Casa", "Sorologia p/ doença de Chagas reagente (2019)"]),
          s=g.pick(["nega", "colecistectomia (2012)", "histerectomia", "RTU de próstata", "cesárea x2"]),
          m1=g.pick(DRUGS).split(" EV")[0].split(" SC")[0], m2=g.pick(["Losartana 50 mg 12/12h", "Metformina 850 mg 2x/dia", "AAS 100 mg/dia", "Levotiroxina 50 mcg"]),
          al=g.pick(["nega", "dipirona (urticária)", "penicilina", "NKDA", "sulfa", "iodo?"]),
          hb=g.pick(["tabagista 30 maços-ano", "ex-tabagista", "etilista social", "nega tabagismo e etilismo", "sedentário"]))
    doc.f("\nEXAME FÍSICO\n«v»\n«e»\n\nHD: 1) «d1» (CID «c1»)  2) «d2» (CID «c2»)\n", v=vitals(g), e=exam(g),
          d1=dx[0][1], c1=dx[0][0], d2=dx[1][1], c2=dx[1][0])
    doc.f("CONDUTA: internação em «u»; «r1»; «r2»; labs («lb»); «x».\n", u=g.pick(["enfermaria", "UTI", "semi-intensiva"]),
          r1=g.pick(DRUGS), r2=g.pick(DRUGS), lb="hemograma, função renal, eletrólitos, PCR", x=g.pick(["RX tórax", "TC crânio s/ contraste", "US abdome", "ECG seriado"]))
    if g.chance(0.6):
        md2 = g.person()
        doc.f("Caso discutido c/ «t» «n» (staff «sp»).\n", t=dr(md2), n=P(g.pick([md2.short, md2.full])),
              sp=g.pick(["clínica médica", "cirurgia geral", "neurologia", "cardiologia"]))
    doc.f("\n«t» «n»\n«crm»\n", t=dr(md), n=P(g.pick([md.full, md.caps])), crm=(crm, "PROFESSIONAL_ID"))
    return doc


def sa_evolucao(g: Gen) -> Doc:
    """Multiprofessional progress notes (médico, enfermagem, fisio, nutrição) of one day."""
    doc = Doc()
    pt = g.person()
    d = g.date()
    dx = g.pick(DX)
    kin, rel = kin_of(g, pt, ["esposa", "filha", "filho", "irmão", "mãe", "companheiro"])
    doc.f("EVOLUÇÃO MULTIPROFISSIONAL · «d»\nPaciente: «n» · Pront. «p» · «u» leito «l» · DIH «dih»«dn»\n\n",
          d=d, n=P(g.pick([pt.caps, pt.inverted])), p=g.pront(), u=g.pick(UNITS), l=g.ri(1, 30), dih=g.ri(1, 25), dn="")
    doc.f("DN: «dob» · CNS «cns» · CPF «cpf»\n\n", dob=dob_t(g, "br", 1935, 2000), cns=cns_t(g), cpf=cpf_t(g) if g.chance(0.7) else V("—"))
    ts = g.times(4)
    md, crm = staff(g)
    doc.f("[«t»] EVOLUÇÃO MÉDICA — «dr» «n»\n#«dx» — D«k» de «atb».\nS: «s»\nO: «v». «e»\nLabs: «lb»\nA/P: «ap»\n«crm»\n\n",
          t=ts[0], dr=dr(md), n=P(md.full), dx=dx[1].upper(), k=g.ri(1, 10), atb=g.pick(["ceftriaxona", "pip-tazo", "meropenem", "amoxi-clav"]),
          s=g.pick(["refere melhora da dispneia", "nega dor, aceitando dieta", "queixa-se de dores lombares e insônia", "sonolento, familiares referem confusão à noite"]),
          v=vitals(g), e=g.pick(["MV+ s/ RA", "MV+ c/ crepitantes em base D", "abd flácido, RHA+", "BRNF 2T s/ sopros", g.pick(SIGNS)]),
          lb=labs(g), ap=g.pick(["mantenho ATB, solicito culturas", "programo alta p/ amanhã se estável", "ajusto diurético, BH negativo",
                                 "aguardo parecer da cirurgia", "discuto c/ família sobre cuidados paliativos"]),
          crm=(crm, "PROFESSIONAL_ID"))
    nu, coren = staff(g, "COREN", female=g.chance(0.7))
    doc.f("[«t»] ENFERMAGEM — «n» «c»\nPcte «st», «av». Dieta «dt». Diurese «dr». Evacuação «ev». Braden «br», Morse «mo». ",
          t=ts[1], n=P(g.pick([nu.full, nu.short])),
          c=(coren, "PROFESSIONAL_ID"), st=g.pick(["LOTE", "sonolento", "calmo", "agitado no período noturno"]),
          av=g.pick(["AVP em MSE pérvio", "CVC em VJID s/ sinais flogísticos", "AVP em MSD, trocado hoje"]),
          dt=g.pick(["VO livre, boa aceitação", "por SNE 60 mL/h", "zero (jejum p/ exame)", "pastosa, aceitação parcial"]),
          dr=g.pick(["presente, espontânea", "por SVD, 1.200 mL/12h, colúria", "em fralda"]),
          ev=g.pick(["ausente há 2 dias", "presente", "presente, pastosa"]), br=g.ri(9, 20), mo=g.ri(15, 85))
    doc.f("Acompanhad«o» pel«a» «k» «r»«x».\n\n", o=pt.o, a="a" if kin in ("esposa", "filha", "mãe") else "o", k=kin,
          r=P(g.pick([rel.first, rel.full, rel.nick])),
          x=g.pick(["", ", orientada sobre mudança de decúbito", ", que solicitou boletim médico", ", que pernoitará"]))
    if g.chance(0.5):
        doc.f("Obs: «k» pede contato pelo «t» (não atende número fixo).\n\n", k=kin, t=ph_t(g, g.pick(["par", "raw", "plain"])))
    ft, cref = staff(g, "CREFITO")
    doc.f("[«t»] FISIOTERAPIA — «n» («c»)\n«tx»\n\n", t=ts[2], n=P(g.pick([ft.full, ft.short])), c=(cref, "PROFESSIONAL_ID"),
          tx=g.pick([f"Pcte em {g.pick(['ar ambiente', 'CN 2 L/min', 'VNI intermitente'])}, padrão ventilatório misto. Realizada higiene brônquica e EPAP. Sedestação à beira-leito por 20 min.",
                     "Cinesioterapia ativo-assistida de MMSS e MMII, treino de marcha com andador, tolerou bem.",
                     "Ausculta com roncos difusos; tosse eficaz após manobras. Mantida conduta."]))
    if g.chance(0.6):
        nt, crn = staff(g, "CRN", female=True)
        doc.f("[«t»] NUTRIÇÃO — «n», «c»: «x»\n", t=ts[3], n=P(nt.full), c=(crn, "PROFESSIONAL_ID"),
              x=g.pick(["aceitação <50%, inicio suplemento hiperproteico 2x/dia.", "dieta hipossódica e para diabético, orientado acompanhante.",
                        "progressão de dieta por SNE até 60 mL/h, meta 1.800 kcal."]))
    return doc


def sa_handover(g: Gen) -> Doc:
    """Nursing shift handover (passagem de plantão) for a ward."""
    doc = Doc()
    out_n, c1 = staff(g, "COREN", female=g.chance(0.7))
    in_n, c2 = staff(g, "COREN", female=g.chance(0.7))
    u = g.pick(UNITS)
    doc.f("PASSAGEM DE PLANTÃO — ENFERMAGEM — «u»\n«d» · «sh»\nSai: «a» («ca») · Assume: «b» («cb»)\n",
          u=fold(u).upper(), d=g.date(), sh=g.pick(["SN → SD (07h)", "SD → SN (19h)", "plantão 12x36 noturno"]),
          a=P(out_n.full), ca=(c1, "PROFESSIONAL_ID"), b=P(in_n.full), cb=(c2, "PROFESSIONAL_ID"))
    techs = [g.person() for _ in range(g.ri(2, 3))] if g.chance(0.5) else []
    if techs:
        doc.t("Técnicos: ")
    for i, t in enumerate(techs):
        if i:
            doc.t(", ")
        doc.e(g.pick([t.first, t.short, t.nick]), "PERSON")
    doc.t(("\n" if techs else "") + "-" * 58 + "\n")
    for _ in range(g.ri(3, 5)):
        p = g.person()
        dob = g.dob("br", 1930, 2004)
        dx = g.pick(DX)
        doc.f("L«l» «n», «a»a", l=f"{g.ri(1, 30):02d}{g.pick('AB')}", n=P(g.pick([p.caps, p.caps, p.inverted])), a=age_of(dob))
        if g.chance(0.7):
            doc.f(" (DN «d»)", d=(dob, "DATE_OF_BIRTH"))
        doc.f(" | «dx» («c») | «x»", dx=dx[1], c=dx[0], x=g.pick(["LOTE", "sonolento", "agitado à noite, contido no leito c/ prescrição",
                                                                 "acordado, calmo", "em VNI", "em isolamento de contato (KPC)"]))
        doc.f(" | «a»", a=g.pick(["AVP MSE", "CVC VSCD D3", "PICC", "AVP MSD + SVD", "sem acesso"]))
        if g.chance(0.4):
            k, r = kin_of(g, p, ["filha", "esposa", "filho", "nora", "neto", "cuidadora"])
            doc.f(" | acomp.: «k» «r»", k=k,
                  r=P(g.pick([r.first, r.nick, fold(r.first).upper()])))
            if g.chance(0.6):
                doc.f(" («t»)", t=ph_t(g, g.pick(["raw", "plain", "par"])))
        doc.f("\n   Pend.: «x»\n", x=g.pick(["coletar hemocultura 2ª amostra", "TC às 10h — jejum desde 0h", "curativo LPP sacral",
                                              "glicemia 6/6h (HGT 22h = 287, feito 4 UI de insulina regular)", "aguarda vaga de UTI",
                                              "alta prevista, aguardando transporte", "família pediu falar c/ médico",
                                              "banho no leito, mudança de decúbito 2/2h (Braden 11)"]))
    doc.t("-" * 58 + "\n")
    oc = g.person()
    doc.f("Intercorrências: «x»\n", x=g.pick([f"queda do L{g.ri(1, 30):02d} às {g.hm()}, sem lesão aparente, notificado (NSP)",
                                               "sem intercorrências", f"PCR revertida no L{g.ri(1, 30):02d}, transferido p/ UTI",
                                               "falta de Dipirona 1 g na farmácia satélite — reposto às 03h"]))
    doc.f("Médico plantonista: «t» «n» · ramal «r»\n", t=dr(oc), n=P(g.pick([oc.short, oc.first, oc.full])), r=g.d(4))
    return doc


def sa_discharge(g: Gen) -> Doc:
    """Discharge summary (sumário de alta)."""
    doc = Doc()
    pt = g.person()
    h, dom = hosp(g)
    md, crm = staff(g)
    res = g.person()
    dx = g.pick(DX)
    dx2 = g.pick(DX)
    doc.f("«h»\nSUMÁRIO DE ALTA HOSPITALAR\n\n", h=h)
    doc.f("Paciente: «n»\nData de nascimento: «dob»   Prontuário: «p»   CNS: «cns»\n", n=P(g.pick([pt.full, pt.caps])),
          dob=dob_t(g, g.pick(["br", "br", "nopad"]), 1935, 2020), p=g.pront(), cns=cns_t(g))
    doc.f("CPF: «cpf»   Convênio: «pl»\nEndereço: «ad» — CEP «cep» — Tel. «t»\n", cpf=cpf_t(g), pl=g.pick(PLANS), ad=ad_t(g), cep=cep_t(g), t=ph_t(g))
    doc.f("Internação: «a» · Alta: «b» · Tipo de alta: «t»\n\n", a=g.date(), b=g.date(),
          t=g.pick(["melhorada", "a pedido (termo assinado)", "transferência", "melhorada — alta p/ domicílio c/ home care"]))
    sg = g.pick(SIGTAP)
    doc.f("Diagnóstico principal: «d» (CID-10 «c»)\nDiagnóstico secundário: «d2» («c2»)\nProcedimento: «sg» — «sd»\n\n",
          d=dx[1], c=dx[0], d2=dx2[1], c2=dx2[0], sg=sg[0], sd=sg[1])
    doc.f("Resumo: «x» Evoluiu «e». Exames relevantes: «lb».\n\n",
          x=g.pick(["Admitido via PS com quadro de dispneia e febre.", "Paciente transferido do Hospital Estadual Dr. Carlos Chagas para tratamento cirúrgico.",
                    "Internado para investigação de dores lombares refratárias.", "Admitida com dor em HCD, sinal de Murphy positivo."]),
          e=g.pick(["bem, com melhora clínica e laboratorial", "com IRA pré-renal, revertida com hidratação", "sem intercorrências"]), lb=labs(g))
    doc.t("Prescrição de alta:\n")
    for i in range(g.ri(2, 4)):
        doc.f("  «i». «m»\n", i=i + 1, m=g.pick(["Losartana 50 mg — 1 cp 12/12h", "Amoxicilina + Clavulanato 875 mg — 1 cp 12/12h por 7 dias",
                                                "Dipirona 500 mg — 2 cp se dor ou febre", "Furosemida 40 mg — 1 cp pela manhã",
                                                "Enoxaparina 40 mg SC 1x/dia por 28 dias", "Omeprazol 20 mg — 1 cp em jejum",
                                                "Tramadol 50 mg — 1 cp 8/8h se dor forte (receita de controle especial)"]))
    fu = g.person()
    doc.f("\nOrientações: retornar ao Pronto-Socorro se «s». Retorno ambulatorial com «t» «f» em «k» dias (agendar pelo ramal «r»).\n",
          s=g.pick(["febre", "falta de ar", "sangramento", "piora da dor"]), t=dr(fu), f=P(g.pick([fu.short, fu.full])), k=g.pick([7, 15, 30]), r=g.d(4))
    if g.chance(0.5):
        rel = g.relative(pt, female=True)
        doc.f("Orientações entregues e explicadas à «k» «r», que assina o recebimento. Contato: «t».\n",
              k=g.pick(["filha", "cuidadora", "esposa", "nora"]), r=P(rel.full), t=ph_t(g))
    doc.f("\n«rt» «rn» (residente R«k»)\n«t» «n» — «crm» — médico(a) assistente\n", rt=dr(res), rn=P(res.full), k=g.ri(1, 3),
          t=dr(md), n=P(md.full), crm=(crm, "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f("Cópia enviada por e-mail para «e»\n", e=em_t(g, pt))
    return doc


def sa_surgery(g: Gen) -> Doc:
    """Surgical description (descrição cirúrgica) with the team."""
    doc = Doc()
    pt = g.person()
    uf = g.pick(UFS)
    team = [("Cirurgião", "CRM"), ("1º auxiliar", "CRM"), ("Anestesista", "CRM"), ("Instrumentador(a)", "COREN"), ("Circulante", "COREN")]
    k = g.ri(0, 4)
    sg = [SIGTAP[0], SIGTAP[1], SIGTAP[3], SIGTAP[2], SIGTAP[4]][k]
    tt = g.times(3, 7 * 3600, 19 * 3600)
    doc.f("DESCRIÇÃO CIRÚRGICA\nPaciente: «n» · Pront. «p» · DN «dob» · CNS «cns» · CPF «cpf» · Sala «s» · «d»\n", n=P(pt.caps), p=g.pront(),
          dob=dob_t(g, "br", 1940, 2010), cns=cns_t(g), cpf=cpf_t(g), s=g.ri(1, 12), d=g.date())
    doc.f("Início anestesia «a» · Incisão «b» · Término «c»\nProcedimento: «sd» (SIGTAP «sg»)\nAnestesia: «an»\n\nEQUIPE\n",
          a=tt[0], b=tt[1], c=tt[2], sd=sg[1], sg=sg[0], an=g.pick(["geral balanceada", "raquianestesia", "bloqueio + sedação"]))
    surgeon = None
    for role, kind in team:
        if role == "1º auxiliar" and g.chance(0.3):
            p = g.person()
            doc.f("  «r»: «n» (residente)\n", r=role, n=P(p.full))
            continue
        p, c = staff(g, kind, uf=uf)
        if surgeon is None:
            surgeon = p
        if kind == "COREN" and g.chance(0.2):
            doc.f("  «r»: «n»\n", r=role, n=P(p.full))
        else:
            doc.f("  «r»: «n» — «c»\n", r=role, n=P(p.full), c=(c, "PROFESSIONAL_ID"))
    doc.f("\nDESCRIÇÃO\n«x»\n", x=([
        "Paciente em DDH, assepsia e antissepsia, colocação de campos estéreis. Pneumoperitônio pela técnica aberta (Hasson), "
        "inventário da cavidade: vesícula distendida, paredes espessadas. Dissecção do triângulo de Calot, visão crítica de segurança. "
        "Clipagem e secção de ducto e artéria císticos. Colecistectomia retrógrada. Revisão da hemostasia. Retirada pelo portal umbilical.",
        "Incisão no ponto de McBurney, abertura por planos. Apêndice cecal retrocecal, perfurado em ponta, com secreção purulenta "
        "em FID. Apendicectomia com ligadura do coto. Lavagem com SF 0,9% 2.000 mL. Fechamento por planos.",
        "Incisão de Pfannenstiel, abertura por planos. Histerotomia segmentar transversa (Fuchs-Marshall?), extração fetal "
        "sem dificuldade, RN com Apgar 8/9. Dequitação manual. Histerorrafia em 2 planos.",
        "Posicionado em decúbito lateral E. Via de acesso posterolateral (Moore). Osteotomia do colo femoral, extração da cabeça, "
        "implante de prótese parcial cimentada (lote OPME " + g.d(8) + "). Teste de estabilidade satisfatório.",
        "Laparotomia mediana supraumbilical; manobra de Pringle por 12 min. Hepatorrafia de lesão em segmento VI. "
        "Drenagem da cavidade com dreno de Blake 19 Fr."])[k])
    doc.f("Sangramento estimado: «s» mL · Intercorrências: «i» · Material p/ AP: «a»\nDestino: «d»\n",
          s=g.ri(20, 900), i=g.pick(["nenhuma", "hipotensão transitória revertida c/ efedrina", "broncoespasmo leve"]),
          a=g.pick(["sim", "não"]), d=g.pick(["SRPA", "UTI", "enfermaria"]))
    if g.chance(0.5):
        k, rel = kin_of(g, pt, ["filha", "esposo", "esposa", "mãe", "irmão"])
        doc.f("Família («n», «k») informada pelo cirurgião na sala de espera às «h».\n", n=P(g.pick([rel.first, rel.full])), k=k, h=g.hm())
    doc.f("\nAssinado eletronicamente por «n» em «d» — cert. ICP-Brasil «h»\n", n=P(fold(surgeon.full).upper()), d=g.date(), h=g.hexs(16))
    return doc


def sa_lab(g: Gen) -> Doc:
    """Lab or imaging report; multi-resistant cultures add a CCIH notification."""
    doc = Doc()
    pt = g.person()
    h, dom = hosp(g)
    req, crm = staff(g)
    kind = g.pick(["lab", "img", "cult", "cult"])
    doc.f("«h» — «u»\n", h=h, u="Laboratório de Análises Clínicas" if kind != "img" else "Serviço de Diagnóstico por Imagem")
    doc.f("Paciente: «n»   Sexo: «s»   Nasc.: «dob»   CPF: «cpf»   Tel.: «tl»\nAtendimento: «a»   Origem: «o»   CNS: «cns»\nSolicitante: «t» «r» — «crm»\n",
          n=P(g.pick([pt.caps, pt.full])), s="F" if pt.female else "M", dob=dob_t(g, "br", 1935, 2015), cpf=cpf_t(g), tl=ph_t(g), a=g.neg(11),
          o=g.pick(UNITS), cns=cns_t(g), t=dr(req), r=P(req.full), crm=(crm, "PROFESSIONAL_ID"))
    doc.f("Coleta/realização: «d» «h» · Liberado: «d2» «h2»\n\n", d=g.date(), h=g.hm(), d2=g.date(), h2=g.hm())
    if kind == "lab":
        doc.f("HEMOGRAMA COMPLETO\nHemoglobina ....... «hb» g/dL   (12,0 a 16,0)\nLeucócitos ........ «le» /mm³   (4.000 a 11.000)\n"
              "Plaquetas ......... «pl» /mm³\nBIOQUÍMICA\nCreatinina ........ «cr» mg/dL\nUreia ............. «ur» mg/dL\n"
              "Sódio ............. «na» mEq/L\nPotássio .......... «k» mEq/L\nTSH ............... «tsh» µUI/mL\n",
              hb=f"{g.ri(6, 16)},{g.d(1)}", le=f"{g.ri(2, 28)}.{g.d(3)}", pl=f"{g.ri(40, 500)}.000", cr=f"{g.ri(0, 6)},{g.d(2)}",
              ur=g.ri(15, 210), na=g.ri(120, 150), k=f"{g.ri(2, 6)},{g.d(1)}", tsh=f"{g.ri(0, 12)},{g.d(2)}")
        if g.chance(0.5):
            doc.f("\n*** VALOR CRÍTICO comunicado a «n» («r») às «h» por telefone — lido de volta.\n", n=P(g.pick([g.person().full, g.person().short])),
                  r=g.pick(["enfermeira do setor", "médico plantonista", "técnico de enfermagem"]), h=g.hm())
        rt, c = staff(g, "CRBM")
    elif kind == "img":
        doc.f("«ex»\nTécnica: «t»\nAchados: «a»\nImpressão: «i»\n", ex=g.pick(["TOMOGRAFIA COMPUTADORIZADA DE CRÂNIO", "RX DE TÓRAX PA E PERFIL",
                                                                            "ULTRASSONOGRAFIA DE ABDOME TOTAL", "ANGIOTOMOGRAFIA DE TÓRAX"]),
              t=g.pick(["aquisição helicoidal sem contraste", "incidências PA e perfil", "exame realizado com transdutor convexo"]),
              a=g.pick(["hipodensidade córtico-subcortical em território de ACM E", "opacidade em base D com broncograma aéreo",
                        "vesícula com cálculos, parede espessada (5 mm), sinal de Murphy ultrassonográfico positivo",
                        "falha de enchimento em ramos segmentares do lobo inferior D"]),
              i=g.pick(["achados compatíveis com AVC isquêmico agudo", "consolidação — correlacionar com clínica",
                        "colecistite aguda calculosa", "TEP segmentar"]))
        rt, c = staff(g, "CRM")
    else:
        org = g.pick(["Klebsiella pneumoniae produtora de KPC", "Acinetobacter baumannii resistente a carbapenêmicos",
                      "Staphylococcus aureus resistente à meticilina (MRSA)", "Enterococcus faecium resistente à vancomicina (VRE)"])
        doc.f("CULTURA DE «m»\nResultado: «o»\nContagem: >100.000 UFC/mL\nAntibiograma: «ab»\nColoração de Gram: «gr»\n",
              m=g.pick(["URINA (JATO MÉDIO)", "SECREÇÃO TRAQUEAL", "HEMOCULTURA — 2 AMOSTRAS", "PONTA DE CATETER"]), o=org,
              ab=g.pick(["R: meropenem, ceftriaxona · S: polimixina B, amicacina", "R: oxacilina · S: vancomicina, linezolida",
                         "R: vancomicina, ampicilina · S: linezolida"]),
              gr=g.pick(["bacilos Gram-negativos", "cocos Gram-positivos em cachos", "cocos Gram-positivos aos pares"]))
        rt, c = staff(g, "CRBM")
    doc.f("\nResponsável técnico: «n» — «c»\n", n=P(rt.full), c=(c, "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f("Resultado também enviado ao e-mail cadastrado: «e»\n", e=em_t(g, pt))
    if kind == "cult":
        ci, cc = staff(g, "COREN", female=True)
        doc.f("\n---- NOTIFICAÇÃO AUTOMÁTICA CCIH ----\nPara: ccih@«dom»; «e»\nMicrorganismo multirresistente em «n» (pront. «p»), leito «l». "
              "Instituir precaução de contato imediatamente. Responsável pela vigilância: «ci» («cc»). Ramal «r».\n",
              dom=dom, e=hmail(ci, dom, g), n=P(pt.caps), p=g.pront(), l=f"{g.ri(1, 30):02d}{g.pick('AB')}", ci=P(ci.full),
              cc=(cc, "PROFESSIONAL_ID"), r=g.d(4))
        if g.chance(0.5):
            doc.f("Contactantes do mesmo quarto: «a» e «b» — swab de vigilância.\n", a=P(g.person().caps), b=P(g.person().caps))
    return doc


def sa_dispensing(g: Gen) -> Doc:
    """Electronic prescription and the pharmacy dispensing log; controlled drugs record the buyer."""
    doc = Doc()
    pt = g.person()
    md, crm = staff(g)
    ph, crf = staff(g, "CRF")
    doc.f("PRESCRIÇÃO ELETRÔNICA Nº «n» — «d»\nPaciente: «p» · DN «dob» · CNS «cns» · Pront. «pr» · Peso «w» kg · Alergias: «a»\nPrescritor: «md» («crm»)\n\n",
          n=g.d(8), d=g.date(), p=P(pt.caps), dob=dob_t(g, "br", 1930, 2020), cns=cns_t(g), pr=g.pront(), w=g.ri(40, 120), a=g.pick(["NKDA", "dipirona", "penicilina", "nega"]),
          md=P(md.full), crm=(crm, "PROFESSIONAL_ID"))
    items = g.rng.sample(DRUGS, g.ri(4, 6))
    for i, it in enumerate(items):
        doc.f("«i». «m»\n", i=i + 1, m=it)
    doc.t("\nLOG DE DISPENSAÇÃO — FARMÁCIA SATÉLITE\n")
    techs = [g.person() for _ in range(2)]
    named = g.chance(0.5)
    for t in g.times(g.ri(3, 5), secs=True):
        tech = g.pick(techs)
        doc.f("«t» | «lg» | «n»«a» | «it» | lote «lt» val «v»\n", t=t, lg=user_login(g, tech), n=P(tech.caps) if named else "",
              a=(" | " if named else "") + g.pick(["DISPENSADO", "DISPENSADO", "DEVOLVIDO", "SUSPENSO PELO PRESCRITOR"]),
              it=g.pick(items).split(" ")[0].upper(), lt=g.pick("ABCDEFGHJK") + g.d(5), v=f"{g.ri(1, 12):02d}/{g.ri(26, 28)}")
    doc.f("Conferência: «n» — «c»\n", n=P(g.pick([ph.full, ph.short])), c=(crf, "PROFESSIONAL_ID"))
    if g.chance(0.7):
        bk, buyer = kin_of(g, pt, ["filha", "filho", "esposa", "neto", "cuidadora"])
        city, uf = g.city()
        doc.f("\nRECEITA DE CONTROLE ESPECIAL (alta) — «m»\nIdentificação do comprador: «n» · RG «rg» «o» · "
              "CPF «cpf» · Endereço: «ad», «c»/«uf», CEP «cep» · Tel. «t»\nParentesco com o paciente: «k» · Dispensado por «f» («crf»)\n",
              m=g.pick(["Clonazepam 2 mg, 30 cp", "Tramadol 50 mg, 20 cp", "Morfina 10 mg, 30 cp", "Metilfenidato 10 mg, 60 cp"]),
              n=P(g.pick([buyer.full, buyer.caps])), rg=rg_t(g), o=g.pick(["SSP/SP", "SSP/BA", "SESP/PR", "PC/MG", "SSP"]),
              cpf=cpf_t(g), ad=ad_t(g), c=city, uf=uf, cep=cep_t(g), t=ph_t(g), k=bk,
              f=user_login(g, ph), crf=(crf, "PROFESSIONAL_ID"))
    return doc


# =========================================================================== financeiro


def hosp_cnpj(g: Gen) -> tuple[str, str]:
    return (g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ")


def fi_invoice(g: Gen) -> Doc:
    """Private-patient hospital bill (conta particular) with the payer's data."""
    doc = Doc()
    h, dom = hosp(g)
    pt = g.person()
    payer = pt if g.chance(0.4) else g.relative(pt)
    city, uf = g.city()
    clerk = g.person()
    doc.f("«h»\nCNPJ «cn» · CNES «cnes»\nDEMONSTRATIVO DE CONTA HOSPITALAR — PARTICULAR\nConta nº «c» · Emissão «d»\n\n",
          h=fold(h).upper(), cn=hosp_cnpj(g), cnes=g.d(7), c=g.d(8), d=g.date())
    doc.f("Paciente: «p» · CPF «pc» · DN «dob» · Pront. «pr» · Internação «a» a «b»\nResponsável financeiro: «r» · CPF «cpf»\nEndereço: «ad» · «c»/«uf» · CEP «cep»\n"
          "E-mail: «e» · Tel. «t»\n\n", p=P(pt.full), pc=cpf_t(g), dob=dob_t(g, "br", 1935, 2024), pr=g.pront(), a=g.date("dm"), b=g.date("dm"), r=P(g.pick([payer.full, payer.caps])),
          cpf=cpf_t(g), ad=ad_t(g), c=city, uf=uf, cep=cep_t(g), e=em_t(g, payer), t=ph_t(g))
    doc.t("Código   | Descrição                                  | Qtd | Valor (R$)\n")
    total = 0
    for code, desc in g.rng.sample(TUSS, g.ri(5, 8)):
        q = g.ri(1, 6)
        v = g.ri(40, 9000)
        total += v * q
        doc.f("«c» | «d» | «q» | «v»\n", c=code, d=desc[:42].ljust(42), q=str(q).rjust(3), v=f"{v * q:,}".replace(",", ".") + ",00")
    doc.f("Honorários médicos (equipe «m»): cobrados à parte\nTOTAL: R$ «t»\n\n", m=P(g.person().short), t=f"{total:,}".replace(",", ".") + ",00")
    pay = g.pick(["pix", "boleto", "card"])
    if pay == "pix":
        doc.f("Pagamento via Pix — chave CNPJ «k» (favorecido: «h»)\n", k=hosp_cnpj(g), h=h)
    elif pay == "card":
        doc.f("Pagamento: cartão «mc» em «x»x — autorização «a»\n", mc=g.masked_card(), x=g.ri(1, 10), a=g.d(6))
    else:
        doc.f("Pagamento: boleto — linha digitável «l»\n", l=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}")
    doc.f("Atendente: «c» · Dúvidas: faturamento@«dom»\n", c=P(clerk.full), dom=dom)
    return doc


def fi_glosa(g: Gen) -> Doc:
    """TISS claim denial appeal (recurso de glosa) from the hospital to the health plan."""
    doc = Doc()
    h, dom = hosp(g)
    op = g.pick([("Aurora Saúde S.A.", "41.234-5"), ("Plano Vitória Saúde", "33.987-1"), ("Unimed Vale do Bento", "35.012-0"),
                 ("Celeste Seguros Saúde", "00.567-8")])
    fat = g.person()
    pt = g.person()
    md, crm = staff(g)
    aud = g.person()
    doc.f("RECURSO DE GLOSA — Padrão TISS 4.01.00\nOperadora: «o» · Registro ANS «ans» · CNPJ «cno»\nPrestador: «h» · CNPJ «cnp» · CNES «cnes»\n"
          "Lote «l» · Protocolo «p» · Competência «c»\n\n", o=op[0], ans=op[1], cno=hosp_cnpj(g), h=h, cnp=hosp_cnpj(g), cnes=g.d(7),
          l=g.d(6), p=g.protocol(), c=f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}")
    doc.f("Guia «gi» (internação) · Senha «s»\nBeneficiário: «b» · Carteira «ca» · CNS/CPF «cns» · Nasc. «dob»\nMédico executante: «m» — «crm»\n\n",
          gi=g.neg(11), s=g.d(9), b=P(g.pick([pt.caps, pt.full])), ca=g.plan_card(), cns=cns_t(g) if g.chance(0.5) else cpf_t(g), dob=dob_t(g, "br", 1935, 2024), m=P(md.full), crm=(crm, "PROFESSIONAL_ID"))
    for code, desc in g.rng.sample(TUSS, g.ri(2, 4)):
        gl = g.pick([("1705", "cobrança em duplicidade"), ("1801", "procedimento sem autorização prévia"), ("3052", "quantidade acima do permitido"),
                     ("1909", "item incluso na diária"), ("2010", "falta de justificativa clínica")])
        doc.f("Item «c» — «d» · glosado R$ «v» · motivo «g» («gd»)\nJustificativa: «j»\n\n", c=code, d=desc, v=g.money(30, 8000), g=gl[0], gd=gl[1],
              j=g.pick([f"procedimento de urgência, autorização solicitada em até 24h conforme RN 259 (senha {g.d(9)}).",
                        f"conforme evolução de {g.date('dm')} assinada pel{'a' if md.female else 'o'} {dr(md)} {md.short}, paciente evoluiu com sepse, justificando meropenem.",
                        "a diária não inclui fisioterapia respiratória motora (contrato, anexo III).",
                        "não há duplicidade: foram duas coletas (06h e 18h), ver laudo."]))
    # the physician named inside a justification is a person
    for m in re.finditer(re.escape(f"{dr(md)} {md.short}, paciente"), doc.text):
        st = m.start() + len(dr(md)) + 1
        doc.spans.append({"start": st, "end": st + len(md.short), "label": "PERSON"})
    doc.f("Auditor(a) da operadora na glosa: «a» («crm»)\nResponsável pelo recurso: «f» — «e» — ramal «r»\n",
          a=P(aud.full), crm=(g.council(g.pick(["CRM", "COREN"])), "PROFESSIONAL_ID"), f=P(fat.full), e=hmail(fat, dom, g), r=g.d(4))
    return doc


def fi_payment_plan(g: Gen) -> Doc:
    """Debt acknowledgement and payment plan for a hospital bill."""
    doc = Doc()
    h, dom = hosp(g)
    dev = g.person()
    pt = g.relative(dev)
    city, uf = g.city()
    w1, w2 = g.person(), g.person()
    doc.f("TERMO DE CONFISSÃO DE DÍVIDA E PARCELAMENTO Nº «n»\n\nCREDOR: «h», CNPJ «cn».\n", n=g.d(6), h=h, cn=hosp_cnpj(g))
    doc.f("DEVEDOR: «d», «nac», CPF «cpf», RG «rg», nascido(a) em «dob», residente na «ad», «c»/«uf», CEP «cep», tel. «t», e-mail «e».\n\n",
          d=P(dev.caps), nac=g.pick(["brasileiro(a)", "comerciante", "aposentado(a)", "autônomo(a)"]), cpf=cpf_t(g), rg=rg_t(g),
          dob=dob_t(g, "br", 1950, 2003), ad=ad_t(g), c=city, uf=uf, cep=cep_t(g), t=ph_t(g), e=em_t(g, dev))
    total = g.money(3000, 90000)
    doc.f("Cláusula 1ª — O DEVEDOR reconhece a dívida de R$ «v», referente à conta hospitalar nº «c» do(a) paciente «p» (internação de «a» a «b»).\n",
          v=total, c=g.d(8), p=P(pt.full), a=g.date(), b=g.date())
    ent = g.pick(["card", "pix", "conta"])
    if ent == "card":
        doc.f("Cláusula 2ª — Entrada de R$ «v» no cartão de crédito nº «cc», validade «val», titular «t».\n", v=g.money(300, 5000),
              cc=(g.card(g.chance(0.7)), "CREDIT_CARD"), val=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}", t=P(dev.caps))
    elif ent == "pix":
        doc.f("Cláusula 2ª — Entrada de R$ «v» via Pix para a chave aleatória do CREDOR «k».\n", v=g.money(300, 5000), k=(g.uuid(), "PIX_KEY"))
    else:
        bk = g.pick(BANKS)
        doc.f("Cláusula 2ª — Entrada de R$ «v» por débito na conta do DEVEDOR: banco «b» («bn»), agência «ag», conta «cc».\n", v=g.money(300, 5000),
              b=bk[0], bn=bk[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("Cláusula 3ª — Saldo em «n» parcelas mensais de R$ «p», por boleto, vencendo a primeira em «d». Atraso: multa de 2% e juros de 1% a.m.\n"
          "Cláusula 4ª — O inadimplemento de 2 parcelas implica o vencimento antecipado (CPC, art. 784, III).\n\n",
          n=g.ri(3, 24), p=g.money(100, 3000), d=g.date())
    doc.f("«c», «d».\n\n_______________ «dv»\n_______________ «h» — p/p «r»\nTestemunhas:\n1. «w1» — CPF «c1»\n2. «w2» — CPF «c2»\n",
          c=city, d=g.date("long"), dv=P(dev.full), h=h, r=P(g.person().full), w1=P(w1.full), c1=cpf_t(g), w2=P(w2.full), c2=cpf_t(g))
    return doc


def fi_billing_export(g: Gen) -> Doc:
    """Billing export (contas em aberto) from the hospital's financial module."""
    doc = Doc()
    h, dom = hosp(g)
    fats = [g.person() for _ in range(3)]
    doc.f("# «h» — contas_abertas_«d».csv\n# filtro: convênio=«c»; status in (ABERTA, EM AUDITORIA, GLOSADA)\n", h=h, d=g.date("compact"),
          c=g.pick(["TODOS", "PARTICULAR", "SUS", "Aurora Saúde"]))
    cols = ["conta", "paciente", "cpf", "dt_nasc", "telefone", "convenio", "carteira", "dt_internacao", "dt_alta", "valor", "status", "faturista"]
    rows = []
    for _ in range(g.ri(5, 7)):
        p = g.person()
        plan = g.pick(PLANS)
        f = g.pick(fats)
        rows.append([V(g.d(8)), P(g.pick([p.caps, p.caps, p.inverted])), cpf_t(g, g.pick(["raw", "dot"])) if g.chance(0.85) else V(""),
                     dob_t(g, g.pick(["br", "iso"]), 1930, 2024), ph_t(g, "raw") if g.chance(0.85) else V(""), V(plan.upper()), V("" if plan in ("SUS", "Particular") else g.plan_card().replace(" ", "")),
                     V(g.date("br")), V(g.date("br") if g.chance(0.8) else ""), V(g.money(300, 250000)),
                     V(g.pick(["ABERTA", "EM AUDITORIA", "GLOSADA"])), V(user_login(g, f))])
    table_csv(doc, cols, rows, sep=";")
    if g.chance(0.4):
        doc.f("# faturistas: «a», «b», «c» — supervisão «s»\n", a=P(fats[0].full), b=P(fats[1].full), c=P(fats[2].full), s=P(g.person().short))
    else:
        doc.f("# gerado por «l» em «d»\n", l=user_login(g, fats[0]), d=g.date() + " " + g.hms())
    return doc


def fi_refund(g: Gen) -> Doc:
    """Reimbursement request from a beneficiary to the health plan, with doctors' receipts."""
    doc = Doc()
    tit = g.person()
    dep = g.relative(tit)
    op = g.pick(["Aurora Saúde", "Plano Vitória Saúde", "Celeste Seguros Saúde", "Bento Assistência Médica"])
    doc.f("SOLICITAÇÃO DE REEMBOLSO — «o»\nProtocolo «p» · enviada pelo app em «d»\n\nTitular: «t» · CPF «cpf» · Carteira «c»\n"
          "E-mail «e» · Celular «ph»\nPaciente (dependente): «dp» · nascimento «dob» · CPF «dc»\n\n", o=op, p=g.protocol(), d=g.date() + " " + g.hm(),
          t=P(tit.full), cpf=cpf_t(g), c=g.plan_card(), e=em_t(g, tit), ph=ph_t(g), dp=P(dep.full), dob=dob_t(g, "br", 1950, 2024), dc=cpf_t(g))
    doc.t("RECIBOS\n")
    for i in range(g.ri(2, 3)):
        md, crm = staff(g, g.pick(["CRM", "CRM", "CRP", "CREFITO", "CRN"]))
        doc.f("«i») «m» — «crm» — CPF «cpf» — «s» em «d» — R$ «v»\n", i=i + 1, m=P(g.pick([md.full, md.caps])), crm=(crm, "PROFESSIONAL_ID"),
              cpf=cpf_t(g), s=g.pick(["consulta", "sessão", "consulta + retorno", "visita hospitalar"]),
              d=g.date(), v=g.money(150, 1500))
    doc.t("\nCRÉDITO DO REEMBOLSO\n")
    if g.chance(0.5):
        bk = g.pick(BANKS)
        doc.f("Banco «b» — agência «ag» — conta corrente «cc» — titular «t»\n", b=f"{bk[0]} {bk[1]}", ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), t=P(tit.caps))
    else:
        doc.f("Pix — chave aleatória «k» (titular «t»)\n", k=(g.uuid(), "PIX_KEY"), t=P(tit.first))
    doc.f("\nAnálise: «a» · analista «n» · previsão de crédito «d»\n", a=g.pick(["aprovado parcialmente (tabela)", "pendente — recibo sem CPF do profissional", "aprovado"]),
          n=P(g.person().full), d=g.date())
    return doc


def fi_honorarios(g: Gen) -> Doc:
    """Monthly payout of medical fees (repasse de honorários) to physicians: PF and PJ."""
    doc = Doc()
    h, dom = hosp(g)
    doc.f("«h» — REPASSE DE HONORÁRIOS MÉDICOS — competência «c»\nEmitido por «n» (Contas Médicas) em «d»\n\n", h=fold(h).upper(),
          c=f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}", n=P(g.person().full), d=g.date())
    for _ in range(g.ri(3, 5)):
        md, crm = staff(g)
        doc.f("«m» · «crm» · «e» · «t»\n", m=P(md.caps), crm=(crm, "PROFESSIONAL_ID"), e=em_t(g, md), t=ph_t(g))
        if g.chance(0.5):
            doc.f("  PF — CPF «cpf» · NIT/PIS «pis» · RPA: INSS 11% + IRRF\n", cpf=cpf_t(g), pis=(g.pis(), "BR_PIS"))
        else:
            doc.f("  PJ — «r» · CNPJ «cn» · NF-e «nf»\n", r=g.pick(["Clínica " + md.last + " Ltda.", md.last + " Serviços Médicos S/S", "Cirurgia " + g.pick(["Aurora", "Vitória", "Bento"]) + " ME"]),
                  cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), nf=g.d(6))
        bruto, glosa = g.ri(200000, 8000000), g.ri(0, 300000)
        liq = (bruto - glosa) * g.pick([100, 100, 89, 85]) // 100

        def brl(c: int) -> str:
            return f"{c // 100:,}".replace(",", ".") + f",{c % 100:02d}"
        doc.f("  Produção: «p» procedimentos · bruto R$ «b» · glosas R$ «gl» · líquido R$ «l»\n", p=g.ri(3, 60), b=brl(bruto),
              gl=brl(glosa), l=brl(liq))
        if g.chance(0.6):
            bk = g.pick(BANKS)
            doc.f("  Crédito: banco «b» ag. «ag» c/c «cc»\n\n", b=bk[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
        else:
            doc.f("  Crédito: Pix chave aleatória «k»\n\n", k=(g.uuid(), "PIX_KEY"))
    doc.f("Conferido por «a» · Aprovado por «b» (Diretoria Financeira)\n", a=user_login(g, g.person()), b=P(g.person().full))
    return doc


def fi_caucao(g: Gen) -> Doc:
    """Financial responsibility term at a private admission, with guarantee (card pre-authorisation or cheque)."""
    doc = Doc()
    h, dom = hosp(g)
    pt = g.person()
    resp = g.relative(pt)
    clerk = g.person()
    city, uf = g.city()
    doc.f("«h» — Setor de Internação\nTERMO DE RESPONSABILIDADE FINANCEIRA E AUTORIZAÇÃO DE CAUÇÃO\n\n", h=h)
    doc.f("Paciente: «p» · DN «dob» · Atendimento «a»\n", p=P(pt.full), dob=dob_t(g, "br", 1935, 2024), a=g.neg(11))
    dk = g.pick(["rg", "cnh"])
    doc.f("Responsável: «r» · «k» «d» · CPF «cpf»\nEndereço: «ad» — «c»/«uf» — CEP «cep»\nTelefones: «t1» / «t2» · E-mail «e»\n\n",
          r=P(resp.full), k="RG" if dk == "rg" else "CNH", d=rg_t(g) if dk == "rg" else (g.cnh(), "BR_CNH"), cpf=cpf_t(g),
          ad=ad_t(g), c=city, uf=uf, cep=cep_t(g), t1=ph_t(g), t2=ph_t(g, mobile=False), e=em_t(g, resp))
    doc.f("Declaro-me responsável pelo pagamento das despesas hospitalares não cobertas pelo convênio «c», incluindo materiais, "
          "medicamentos, diárias e honorários, conforme tabela vigente.\n\n", c=g.pick(PLANS))
    if g.chance(0.6):
        doc.f("Caução: pré-autorização de R$ «v» no cartão «cc» (val. «val», CVV informado por telefone e não armazenado).\n",
              v=g.money(2000, 30000), cc=(g.card(g.chance(0.6)), "CREDIT_CARD"), val=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}")
    else:
        bk = g.pick(BANKS)
        doc.f("Caução: cheque nº «n», banco «b», agência «ag», conta «cc», valor R$ «v», emitido por «r».\n", n=g.d(6), b=bk[0],
              ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), v=g.money(2000, 30000), r=P(resp.caps))
    if g.chance(0.6):
        doc.f("Veículo do responsável no estacionamento: placa «p» (isento durante internação).\n", p=(g.plate(), "LICENSE_PLATE"))
    doc.f("\n«c», «d».\nAssinatura do responsável: ______________\nAtendente: «a» — mat. «m»\n", c=city, d=g.date("long"), a=P(clerk.full), m=g.d(6))
    return doc


# =========================================================================== build and check

TEMPLATES = {
    "atendimento": [at_portal, at_scheduling, at_ouvidoria, at_telemed, at_referral, at_companion, at_reminders],
    "juridico": [ju_record_request, ju_court, ju_consent, ju_incident, ju_audit, ju_death, ju_extrajudicial],
    "saude": [sa_anamnese, sa_evolucao, sa_handover, sa_discharge, sa_surgery, sa_lab, sa_dispensing],
    "financeiro": [fi_invoice, fi_glosa, fi_payment_plan, fi_billing_export, fi_refund, fi_honorarios, fi_caucao],
}

CPF_SHAPES = re.compile(r"(?<![\d.])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2}|\d{9}-\d{2}|\d{3} \d{3} \d{3} \d{2})(?![\d])")
LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}
ROLE_BOXES = ("sac@", "faturamento@", "ouvidoria@", "ccih@", "juridico@", "same@", "agendamento@", "dpo@", "contato@")


def check(record: dict) -> None:
    text, last = record["text"], 0
    covered = [False] * len(text)
    assert "«" not in text and "»" not in text, (record["id"], "unfilled marker")
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
            assert 8 <= len(raw) <= 9, (record["id"], v)
            if re.fullmatch(r"\d{2}\.\d{3}\.\d{3}-[\dX]|\d{8}[\dX]", v):
                assert rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            assert str(uuid.UUID(v)) == v, (record["id"], v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13 and not v.startswith(("0800", "4004", "3003", "4003")), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z\d]\d{2}", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|senhora?|enf)\.?ª?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@_]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not v.startswith(ROLE_BOXES), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert v.count(".") == 3 and all(0 <= int(x) <= 255 for x in v.split(".")), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|CRF|CREFITO|CRBM|CRN|CRP|CRO|OAB)\b", v), (record["id"], v)
            assert re.search(r"\d", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d{4}|\d{2}/\d{2}/\d{2}$", v), (record["id"], v)
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
    # speaker labels of transcripts are never persons
    for s in record["spans"]:
        if s["label"] == "PERSON":
            assert text[s["start"]:s["end"]] not in ("MÉDICO", "PACIENTE", "SISTEMA"), (record["id"], s)


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
