"""Build the twenty-third labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_twentythird_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 23,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: public-sector and social-services casework, as typed
by overworked civil servants (CRAS/CREAS teams, Defensoria Pública, Conselho Tutelar, police
clerks, SUS regulation, INSS, CadÚnico staff): abbreviations (resp., RF, comp. familiar,
DN, pcte, HDA, c/, p/), inconsistent case (system printouts in ALL CAPS without accents,
citizens' messages in lower case), family composition tables, narrative paragraphs that
mix many people, dates everywhere, some paragraphs hard-wrapped.
- atendimento: an ombudsman complaint (portal, 156 or front desk) with the agency's answer
  and its routing log; a CRAS front desk's daily attendance sheet (table, CSV or numbered
  list); a CRAS/PAIF home-visit report (identification, family table, narrative, referrals,
  signatures); a school social worker's referral of a pupil to CRAS / Conselho Tutelar /
  CAPSi (absence table); a SUAS record intake sheet (ficha de acolhida) field after field;
  an e-mail thread between CRAS and CREAS with the quoted original ("> "); a spreadsheet
  export (CSV) of the waiting list for eventual benefits.
- juridico: the Defensoria's first-attendance (triagem) form; a defender's interview notes
  (alimony, ex-partner, Pix payments, deposit account); a Conselho Tutelar report to the
  prosecutor (art. 101 ECA); a police occurrence report (boletim de ocorrência: victim with
  parents' names, author and nickname, witness, vehicles, narrative in caps); a request for
  urgent protective measures (Lei 11.340/2006) with the risk-form answers; a witness
  statement at a police station ("QUE ..."); an out-of-court alimony and custody agreement.
- saude: a SISREG regulation request printout (requesting doctor, patient, CNS, risk colour,
  history with the regulator); a CAPS multiprofessional progress record; an INSS medical-
  expert report with the BPC social assessment; a referral / counter-referral form in
  clinicians' shorthand; an out-of-town treatment (TFD) request (companion, car and driver,
  bank data for the daily allowance); an e-SUS household registration by the community
  health agent; a SINAN violence notification form (numbered fields).
- financeiro: a CadÚnico registration extract (folha resumo) with the household table; a
  BPC/LOAS application (representative, attorney, household, account for payment, Meu INSS
  log); a Bolsa Família blocked/suspended benefits report (Sibec-like table or CSV) with
  follow-up notes; a rent-aid (aluguel social) concession with the landlord's data and
  payment; a CadÚnico cross-check against CNIS/RAIS, RENAVAM and SIRC with a summons letter;
  a funeral-aid application (deceased, funeral home, payment); a retiree's complaint about
  unrecognised payroll loans and an RMC card (extract, digital-contract IP, Pix to a
  fraudster's random key).

Conventions (the twentieth set's, as restated by the twenty-second): PERSON covers the name
only, never "Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu" ("dona Beatriz" is "Beatriz");
particles inside a name are part of it; "SURNAME, Given" is one span; nicknames and first
names alone are persons, also street nicknames after "vulgo" / "conhecido como" ("vulgo
DEDÉ", "conhecido como Baiano"). Decided here: a household named by its surname in a case
title ("Caso família CALON") is a PERSON span; a social name (nome social) is a PERSON.
Staff named in the documents (social workers, psychologists, counsellors, clerks, police
officers and chiefs, public defenders and interns, mediators, doctors, nurses, regulators,
community health agents, CadÚnico interviewers, ombudsmen) are persons; system logins
("sisreg.reg03", "ct.plantao") are not. Civil servants' personal corporate e-mails
(nome.sobrenome@cidade.uf.gov.br) are EMAIL_ADDRESS; role mailboxes (ouvidoria@, creas@,
conselhotutelar@, secretaria.escolar@, vigilancia.socioassistencial@) are not labelled.
ADDRESS is street type + name + number + complement in one span (bairro, city, UF outside;
CEP is BR_CEP); the address of a public body is not labelled, nor a place without a number
("CRUZAMENTO DA AV. BENTO GONÇALVES C/ R. TIRADENTES", "PRAÇA DA GLÓRIA"), nor an
"ponto de referência". Phone numbers with an area code are PHONE_NUMBER, an agency's
landline too; "Ramal 2320" is not. Agency and account are separate BANK_ACCOUNT spans; bank
codes are not. DATE_OF_BIRTH only for birth dates (DN, nasc., "nascida em"); dates of
visits, facts, death, DER, DII, entry and expiry are not, nor ages ("11 anos", "34a").
PROFESSIONAL_ID includes the council acronym and UF or region ("CRESS 12ª Região nº 4567",
"CRESS/SP 45678", "CRP 06/123456", "COREN-BA 123456-ENF", "CRM/PE 12345", "CRF-MG 3456",
"OAB/RJ 98.765"); a matrícula, SIAPE number or CRECI is not labelled. NIS and NIT numbers are
BR_PIS (same check digits). PIX_KEY only for random (UUID) keys; a CPF used as Pix key is
BR_CPF. CREDIT_CARD only for a full card number (the RMC card in the loan extract).
LICENSE_PLATE for both the old (ABC-1234) and the Mercosul (ABC1D23) forms.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such
as Deuzuite, Kemilly, Thalisson, Riquelme; Italian, German/Pomeranian, Japanese, Lebanese,
Korean, Chinese, Haitian, Angolan, Senegalese, Bolivian, Venezuelan, indigenous, Roma/Calon),
with at least a quarter of the name words rare or invented; names that are also words
(Rosa, Luz, Flor, Aurora, Vitória, Graça, Glória, Esperança, Bento, Prudente, Amado, Branco,
Justo, Leão) next to the same words as words ("a luz foi cortada", "graças a Deus", "cor
BRANCO") and in places, streets, units and companies (Presidente Prudente, Bento Gonçalves,
CRAS Bento Rosa, CAPS AD Luz do Amanhã, Rua da Aurora, Supermercados Leão Ltda, Bar do
Branco), which are not persons. Forms: full names, ALL CAPS without accents, lower case,
first name alone, nicknames.

PERSON is about 37% of the spans, a little above the usual share: casework names many
people per page (households, neighbours, staff); the templates were thinned where a name
was repeated without need.

Hard negatives (never labelled): CadÚnico family codes (código familiar, 11 digits failing
the CPF and NIS checks), NIS numbers the system did not find (failing the check), INSS
benefit numbers (NB), BO and inquiry numbers, CNJ process numbers, Disque 100 and ombudsman
protocols, SISREG request codes and confirmation keys, CNES and INE codes, RA school numbers,
RENAVAM (11 digits failing the CPF check), loan contract numbers, death-certificate numbers,
NF-e numbers, budget lines, ICD-10 codes, money, laws ("Lei 8.742/1993", "art. 101, II,
do ECA", "Lei 11.340/2006"), dates that are not birth dates, public bodies and streets
named after people ("CRAS Dom Hélder Câmara", "Escola Estadual Padre Anchieta", "UBS Dr.
Carlos Chagas", "CAPS II Nise da Silveira", "Rua Frei Damião, 12" inside an ADDRESS),
Instagram handles, system logins.
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
SEED = 23
ORD = "twentythird"

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
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.
# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Ana Paula", "Maria José", "Juliana", "Fernanda", "Patrícia", "Adriana", "Simone", "Cristiane",
        "Luciana", "Tatiane", "Camila", "Aline", "Priscila", "Larissa", "Gabriela", "Beatriz", "Manuela",
        "Sophia", "Valentina", "Heloísa", "Laura", "Isabela", "Lorena", "Sandra", "Rosângela", "Cláudia",
        "Elaine", "Fabiana", "Viviane", "Mariana", "Letícia", "Raquel", "Jéssica", "Francisca", "Antônia",
        "Maria Aparecida", "Ana Clara", "Vanessa", "Daiane", "Joana", "Marcela", "Alice", "Helena"]
RARE_F = ["Adenilza", "Clebiane", "Ivaneide", "Nilzete", "Rosenilda", "Lindaura", "Quitéria", "Zenilda",
          "Edileusa", "Maricleide", "Thauany", "Kethlen", "Lauanny", "Myrella", "Rhayane", "Sthefany", "Kauany",
          "Hermelinda", "Doralice", "Gessyca", "Dheyse", "Nadjane", "Aldenora", "Cremilda", "Joventina",
          "Lucivânia", "Deuzuite", "Josefa Ivonete", "Raylane", "Anny Gabrielly", "Kemilly", "Maelly", "Yasmim",
          "Ednalva", "Valdirene", "Gildete", "Claudineia", "Eliene", "Jucilene", "Arlinda", "Erundina",
          "Tamires", "Adjane", "Naylla", "Zilmar", "Rizalva", "Iracilda", "Domitila", "Jussara", "Emilly Vitória"]
PT_M = ["José Carlos", "João Pedro", "Antônio", "Francisco", "Luiz Fernando", "Rafael", "Rodrigo", "Gustavo",
        "Thiago", "Bruno", "Diego", "Fábio", "Márcio", "Roberto", "Ricardo", "Eduardo", "Vinícius", "Guilherme",
        "Lucas", "Matheus", "Gabriel", "Miguel", "Arthur", "Heitor", "Bernardo", "Daniel", "Everton", "Robson",
        "Adriano", "Sebastião", "Benedito", "Raimundo", "Geraldo", "Paulo Sérgio", "Carlos Eduardo", "Davi",
        "Pedro Henrique", "Marcos", "Alessandro", "Wellington"]
RARE_M = ["Josenildo", "Adailton", "Genésio", "Gumercindo", "Olegário", "Claudenor", "Jucelino", "Sinésio",
          "Ubiratan", "Waldisney", "Uóchinton", "Ryquelme", "Deividson", "Aurelino", "Belarmino", "Crispim",
          "Edivaldo", "Expedito", "Felisberto", "Gedeão", "Laudelino", "Onofre", "Quirino", "Rosalvo", "Valdomiro",
          "Wescley", "Dhonatan", "Jhemerson", "Erivan", "Kelvin Ryan", "Maicon Douglas", "Thalisson", "Kayky",
          "Enzo Gabriel", "Cauã", "Luan Victor", "Djalma", "Ednaldo", "Jailson", "Cícero", "Valdeci", "Gilvan",
          "Zenildo", "Elenilson", "Antenor", "Adelmo", "Jocimar", "Wendel", "Riquelme", "Abdias", "Nivaldo"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Rocha", "Dias", "Monteiro",
          "Moreira", "Batista", "Cunha", "Pires", "Fonseca", "Farias", "Melo", "Barros", "Siqueira", "Tavares",
          "Brito", "Medeiros", "Xavier", "Lacerda", "Leite", "Coelho", "Viana", "Aguiar", "Borges", "Moraes",
          "Conceição", "Nascimento", "Ramos", "Pereira", "Gomes", "Ribeiro", "Carvalho", "Costa", "Araújo"]
RARE_SUR = ["Tenório", "Cordovil", "Filgueira", "Wanderley", "Quintela", "Cajazeira", "Gondim", "Frota",
            "Ximenes", "Jatobá", "Mourão", "Sarmento", "Uchôa", "Aragão", "Colaço", "Espíndola", "Lustosa",
            "Pitombo", "Tapajós", "Valadares", "Bulcão", "Feitosa", "Malheiros", "Nazário", "Orrico", "Rabelo",
            "Sucupira", "Tinoco", "Vilaça", "Gadelha", "Penedo", "Landim", "Bulhões", "Cavalcanti", "Bezerra",
            "Brandão", "Sampaio", "Benevides", "Arruda", "Macedo", "Sobral", "Tabosa", "Quixadá", "Alencar",
            "Jucá", "Arcoverde", "Bandeira", "Maciel", "Paiva", "Godinho", "Ribamar"]
WORD_F = ["Rosa", "Luz", "Flor", "Aurora", "Vitória", "Graça", "Glória", "Celeste", "Maria das Dores",
          "Maria do Socorro", "Maria da Glória", "Maria da Paz", "Maria das Graças", "Esperança", "Alegria"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Modesto", "Justo", "Leão", "Fiel", "Franco", "Vital",
          "Severino", "Pacífico", "Constante"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Leão", "Flor", "Luz", "Amado", "Paz", "Cruz", "Franco",
            "Bonfim", "Fiel", "Vital", "Cordeiro", "Carneiro", "Graça", "Glória", "Pedrosa", "Pinheiro"]
NICK = {"José Carlos": "Zé Carlos", "Francisco": "Chico", "Sebastião": "Tião", "Benedito": "Dito",
        "Antônio": "Tonho", "Raimundo": "Mundinho", "Maria José": "Zezé", "Maria das Dores": "Dorinha",
        "Maria do Socorro": "Socorrinho", "Francisca": "Chiquinha", "Expedito": "Pedito", "Gumercindo": "Cindo",
        "Quitéria": "Teca", "Hermelinda": "Linda", "Valdomiro": "Miro", "Luiz Fernando": "Nando",
        "Geraldo": "Gegê", "Antônia": "Toinha", "Genésio": "Gena", "Olegário": "Lego", "Rosenilda": "Nilda",
        "Maria das Graças": "Gracinha", "Maria Aparecida": "Cida", "Valdeci": "Deci", "Cícero": "Ciço",
        "Josefa Ivonete": "Zefinha", "Edivaldo": "Dida", "Severino": "Biu", "Jailson": "Jaja"}
# Street nicknames of the police and casework register ("vulgo", "conhecido como").
VULGOS = ["Baiano", "Galego", "Magrão", "Neguinho", "Pernambuco", "Tiquinho", "Careca", "Cabeça", "Paraíba",
          "Buiú", "Dedé", "Pretinha", "Loirinha", "Xuxa", "Nego Bam", "Gordo", "Russo", "Mineiro", "Boy", "Cearense"]
FOREIGN = {
    "it": (["Giuseppina", "Antonella", "Loredana"], ["Giácomo", "Pasquale", "Orlando"],
           ["Zanella", "Tomazoni", "Bernardi", "Piccinini", "Dal Molin", "De Carli", "Scapin", "Bortolotto"]),
    "de": (["Edelgard", "Hilda", "Irmgard", "Elfrida"], ["Erwino", "Arno", "Udo", "Ervin"],
           ["Pagung", "Tesch", "Ramlow", "Krause", "Berger", "Schaeffer", "Boldt", "Wutke", "Holz"]),
    "jp": (["Teruko", "Yoshie", "Mitsue", "Kazue"], ["Kazuo", "Tadashi", "Shigueo", "Massao"],
           ["Higa", "Miyagi", "Nakamura", "Uehara", "Shimabukuro", "Sakamoto", "Hayashi"]),
    "ar": (["Samira", "Jamile", "Latife"], ["Nagib", "Salim", "Abrão"], ["Saad", "Nasser", "Abib", "Jafet", "Daher", "Zogbi"]),
    "kr": (["Seo-yeon", "Eun-ji"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Cho", "Kang"]),
    "cn": (["Mei", "Jing", "Xiaoling"], ["Wei", "Jun", "Hao"], ["Wang", "Liang", "Zhang", "Huang", "Chen"]),
    "ht": (["Wideline", "Nadège", "Fabiola", "Mirlande", "Guerline"], ["Fritznel", "Jean-Robert", "Wesner", "Jocelyn", "Wilner"],
           ["Jean-Baptiste", "Pierre-Louis", "Saintil", "Dorcely", "Augustin", "Joseph", "Exantus", "Louissaint"]),
    "ao": (["Nzinga", "Ngueve", "Luzolo"], ["Kalunga", "Ngola", "Mbemba"], ["Kassoma", "Kiangebeni", "Lutonadio", "Tchissola"]),
    "sn": (["Coumba", "Awa", "Ndeye"], ["Babacar", "Modou", "Abdoulaye"], ["Mbaye", "Seck", "Diallo", "Thiam", "Niang"]),
    "bo": (["Rosmery", "Fidelia", "Yessica", "Wilma"], ["Wilber", "Edwin", "Freddy", "Nicanor"],
           ["Mamani", "Condori", "Choque", "Huanca", "Limachi", "Quispe", "Apaza"]),
    "ve": (["Yusleidy", "Yorgelis", "Maryelis", "Yuleisy"], ["Deivis", "Yonaiker", "Jhoan", "Yeferson"],
           ["Rondón", "Urdaneta", "Guanipa", "Marcano", "Villalobos", "Briceño"]),
    "in": (["Potyra", "Tainá", "Jaciara", "Kerexu"], ["Kauã", "Ubiraci", "Poty", "Tupã"],
           ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaiowá", "Xukuru", "Kaingang"]),
    "rm": (["Esmeralda", "Sarita", "Dolores", "Yara"], ["Yanko", "Djelmo", "Nicolau", "Vlado"],
           ["Stanevich", "Nicolitch", "Mirovich", "Iovanovich", "Calon"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR + VULGOS)
for _o in ("ht", "ao", "sn", "bo", "ve", "in", "rm", "kr"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Paz", "Cruz", "Silva", "Conceição", "Penedo", "Frota", "Fonseca", "Cunha"}
DO_SUR = {"Nascimento", "Bonfim", "Carmo"}
DOS_SUR = {"Santos", "Ramos", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "24", "27", "28", "31", "32", "34",
        "35", "38", "41", "42", "43", "44", "47", "48", "49", "51", "53", "54", "55", "61", "62", "63", "65",
        "66", "67", "68", "69", "71", "73", "75", "77", "79", "81", "82", "83", "84", "85", "86", "87", "88",
        "89", "91", "92", "93", "94", "95", "96", "97", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Travessa", "Beco",
                "Estrada", "Praça", "Viela", "Alameda", "Vila"]
STREET_NAMES = ["da Aurora", "Prudente de Morais", "Bento Gonçalves", "Rosa e Silva", "Flor de Maio",
                "das Graças", "Coronel Belarmino Lustosa", "Professora Ilzamar Feitosa", "Sete de Setembro",
                "Treze de Maio", "Dom Pedro I", "Barão de Mauá", "Luz do Sol", "Nossa Senhora das Dores",
                "Tiradentes", "Marechal Deodoro", "Capitão Onofre Tinoco", "dos Ipês", "Vitória Régia",
                "Padre Cícero", "Irmã Dulce", "Frei Damião", "Chico Mendes", "Zumbi dos Palmares", "Jorge Amado",
                "Vereador Adelmo Tabosa", "Dona Flor", "Projetada 4", "Projetada B", "Quinze de Novembro",
                "Santos Dumont", "Engenheiro Gondim", "Duque de Caxias", "Leão XIII", "do Amado", "da Glória",
                "Senador Pitombo", "das Mangueiras", "Getúlio Vargas", "Beira Rio", "Dom Hélder Câmara",
                "Marielle Franco", "Josué de Castro", "Boa Esperança"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Santa Maria de Jetibá", "ES"),
          ("Aurora", "CE"), ("Graça", "CE"), ("Nossa Senhora do Socorro", "SE"), ("Rio Branco", "AC"),
          ("Campinas", "SP"), ("Sorocaba", "SP"), ("Bauru", "SP"), ("Marília", "SP"), ("Registro", "SP"),
          ("Londrina", "PR"), ("Ponta Grossa", "PR"), ("Prudentópolis", "PR"), ("Blumenau", "SC"), ("Chapecó", "SC"),
          ("Caxias do Sul", "RS"), ("Santa Cruz do Sul", "RS"), ("Uberlândia", "MG"), ("Montes Claros", "MG"),
          ("Divinópolis", "MG"), ("Volta Redonda", "RJ"), ("Petrópolis", "RJ"), ("Feira de Santana", "BA"),
          ("Vitória da Conquista", "BA"), ("Caruaru", "PE"), ("Campina Grande", "PB"), ("Mossoró", "RN"),
          ("Imperatriz", "MA"), ("Santarém", "PA"), ("Anápolis", "GO"), ("Cuiabá", "MT"), ("Corumbá", "MS"),
          ("Teresina", "PI"), ("Arapiraca", "AL"), ("Porto Velho", "RO"), ("Manaus", "AM"), ("Brasília", "DF")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Aurora", "Vila Prudente", "Centro", "Bela Vista", "Jardim das Rosas", "Alto da Luz",
           "Parque São Bento", "Vila Esperança", "Bonfim", "Jardim Celeste", "Cidade Nova", "Vila Amado",
           "Conjunto Habitacional Dom Hélder", "Ocupação Nova Esperança", "Loteamento Glória", "Vila Rosa",
           "Morro da Luz", "Cohab II", "Jardim Primavera", "Boa Vista", "Residencial Minha Casa Flor do Campo",
           "Assentamento Chico Mendes", "Vila da Paz", "Zona Rural — Sítio Lagoa Seca"]
CIDS = ["F20.0", "F32.2", "F33.1", "F10.2", "F19.2", "F84.0", "F90.0", "F41.1", "F70.1", "G80.9", "Q90.9",
        "G40.9", "I69.4", "M54.4", "E10.9", "E11.9", "I10", "C50.9", "H54.0", "N18.5", "M17.1", "G30.1",
        "T74.1", "Z59.0", "B20", "J44.9", "S82.2", "Z63.8"]
CAR_MODELS = ["Fiat Uno Mille", "VW Gol 1.0", "Chevrolet Onix LT", "Hyundai HB20", "Fiat Strada", "Renault Kwid",
              "Toyota Corolla XEi", "Honda Civic", "VW Fox", "Fiat Argo Drive", "Ford Ka SE", "Chevrolet Prisma",
              "Jeep Renegade", "Nissan Kicks", "VW Saveiro", "Fiat Palio Weekend", "Honda CG 160 Fan",
              "Yamaha Fazer 250", "Honda Biz 125", "Chevrolet Celta"]
COLORS = ["BRANCO", "BRANCA", "PRATA", "PRETO", "CINZA", "VERMELHO", "AZUL", "BRANCO", "VERDE", "BEGE", "ROSA"]


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
        if self.given.startswith("Maria d") or "-" in self.given.split()[0]:
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
        return fold(self.full).upper()

    @property
    def low(self) -> str:
        return fold(self.full).lower()

    @property
    def inverted(self) -> str:
        """Class-list and roll form: "SOBRENOMES, Prenome"."""
        sur = [s for s in self.surnames if s not in PARTICLES]
        return f"{' '.join(sur).upper()}, {self.given}"

    @property
    def inv_caps(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return fold(f"{' '.join(sur)}, {self.given}").upper()

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "first": p.first, "last": p.last,
            "inverted": p.inverted, "inv_caps": p.inv_caps, "nick": p.nick, "capsshort": fold(p.short).upper(),
            "lowfirst": fold(p.first).lower()}[form]


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
        if r < 0.36:
            return self.pick(RARE_SUR)
        if r < 0.48:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.1:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.42:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(PT_F if female else PT_M)
            if rng.random() < 0.1 and " " not in given:
                second = self.pick(RARE_F + ["Rosa", "Luz", "Aurora"] if female else RARE_M + PT_M).split()[0]
                if second != given:
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames) else self.surname()
                if s not in surnames:
                    surnames.append(s)
            if rng.random() < 0.35:
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

    def relative(self, of: Person, female: bool | None = None, origin: str = "pt") -> Person:
        """Someone of the same family: own given name and first surname, the family's last surname."""
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin=origin)
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def child(self, mother: Person, father: Person | None, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        given = self.person(female=female, origin="pt").given
        sur = [mother.last]
        if father is not None and father.last != mother.last:
            sur.append(father.last)
        if self.chance(0.3):
            sur.insert(len(sur) - 1, particle(sur[-1]))
        return Person(given, sur, female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.ri(60, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}", f"{f}.{l[:3]}"])
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
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", "dash": f"{n[:9]}-{n[9:]}"}[style]

    def pcpf(self, p: Person, style: str | None = None) -> str:
        """The person's own CPF (the same one wherever the person appears in a document)."""
        if not getattr(p, "cpf_digits", None):
            p.cpf_digits = self.cpf_digits()
        n = p.cpf_digits
        style = style or self.pick(["dot", "dot", "dot", "raw"])
        return {"dot": fmt_cpf(n), "raw": n}[style]

    def card_brand(self) -> tuple[str, str]:
        kind = self.pick(["Visa", "Visa", "Mastercard", "Mastercard", "Elo", "Amex"])
        if kind == "Amex":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return (f"{n[:4]} {n[4:10]} {n[10:]}" if self.chance(0.8) else n), kind
        b = {"Visa": "4", "Mastercard": self.pick(["51", "53", "55", "22"]), "Elo": self.pick(["636368", "504175", "650"])}[kind]
        b += self.d(15 - len(b))
        n = b + luhn_dv(b)
        return (" ".join(n[i:i + 4] for i in range(0, 16, 4)) if self.chance(0.8) else n), kind

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

    def rg(self) -> tuple[str, str]:
        """(number, issuer): São Paulo style with its check digit most often, other states' shapes too."""
        k = self.rng.random()
        if k < 0.55:
            b = self.d(8)
            n = b + rg_sp_dv(b)
            return (f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if self.chance(0.8) else n), self.pick(["SSP/SP", "SSP-SP", "SSP/SP"])
        if k < 0.7:
            return f"MG-{self.d(2)}.{self.d(3)}.{self.d(3)}", "SSP/MG"
        uf = self.pick(["PE", "CE", "BA", "PR", "RS", "GO", "ES", "SC", "PA"])
        n = str(self.ri(1, 9)) + self.d(self.pick([6, 7, 8, 9]))
        return (n if self.chance(0.6) else f"{n[:-1]}-{n[-1]}"), self.pick([f"SSP/{uf}", f"SDS/{uf}", f"SESP/{uf}", f"PC/{uf}"])

    def cnh(self) -> str:
        while True:
            b = str(self.rng.randint(0, 9)) + self.d(8)
            dv = cnh_dv(b)
            if dv:
                return b + dv

    def pis(self, style: str | None = None) -> str:
        b = self.pick(["1", "1", "2"]) + self.d(9)
        n = b + pis_dv(b)
        style = style or self.pick(["dot", "dot", "raw"])
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

    def cep(self, dash: bool = True) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        return f"{n[:5]}-{n[5:]}" if dash else (n if self.chance(0.6) else f"{n[:2]}.{n[2:5]}-{n[5:]}")

    def phone(self, style: str | None = None, mobile: bool = True, ddd: str | None = None) -> str:
        ddd = ddd or self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "par", "plain", "nospace", "dash", "plus", "raw"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}", "nospace": f"({ddd}){h}-{t}",
                "sp": f"{ddd} {h} {t}", "zero": f"(0{ddd}) {h}-{t}", "nodash": f"({ddd}) {local}"}[style]

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
        dv = self.chance(0.8) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.93) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos", "casa dos fundos",
                          f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}", f"ap. {self.ri(11, 804)}", f"cs {self.ri(1, 6):02d}",
                          f"lote {self.ri(1, 40)} quadra {self.pick('ABCDEFGH')}", f"bl {self.ri(1, 12)} ap {self.ri(101, 404)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            abbr = {"Rua": "R", "Avenida": "AV", "Travessa": "TV", "Alameda": "AL"}
            t2 = abbr.get(t, t) if self.chance(0.4) else t
            return fold(f"{t2} {name}, {num}" + (f" {comp}" if comp else "")).upper()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", ", ", nº ", " nº ", " "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " ", ", "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1940, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "short", "long", "nopad", "dot", "dash"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(6, 22):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "5.02", "5.15", "8.19", "4.03", "8.13", "8.08"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2017, 2025)}.{seg}.{self.d(4)}"

    def renavam(self) -> str:
        return self.neg(11)

    def chassis(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick(["9BW", "9BG", "93H", "9BD", "8AP", "9C2", "94D"]) + "".join(self.pick(chars) for _ in range(14))

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN-{uf} {n}-AE"])
        if kind == "CRBM":
            return self.pick([f"CRBM-{self.ri(1, 6)} {self.d(5)}", f"CRBM {self.ri(1, 6)}ª Região nº {self.d(5)}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}", f"CRF-{uf} nº {dotted}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {n}"])
        if kind == "CRP":
            return self.pick([f"CRP {self.ri(1, 23):02d}/{self.d(5)}", f"CRP-{self.ri(1, 23):02d}/{self.d(6)}"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {self.d(6)}/O-{self.d(1)}", f"CRC/{uf} 1{uf}{self.d(6)}/O-{self.d(1)}",
                              f"CRC {uf}-{self.d(6)}/O"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 17)} {self.d(6)}-F"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} nº {n}"])


def brl(cents: int, dots: bool = True) -> str:
    r, c = divmod(cents, 100)
    return (f"{r:,}".replace(",", ".") if dots else str(r)) + f",{c:02d}"


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}", "ab": f"{dd:02d}/{MONTHS_AB[mm - 1]}/{yy}"}[fmt]


# Only the plate check uses it (a Mercosul plate has a letter where a digit may be).
OCR_UNDO = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "|": "1"})




# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


class Doc:
    def __init__(self, text: str = ""):
        self.text = text
        self.spans: list[dict] = []

    def t(self, s: str) -> "Doc":
        self.text += s
        return self

    def e(self, s: str, label: str | None) -> "Doc":
        if label is None or not s:
            return self.t(s)
        self.spans.append({"start": len(self.text), "end": len(self.text) + len(s), "label": label})
        self.text += s
        return self

    def f(self, template: str, **vals) -> "Doc":
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span,
        a (value, None) tuple or a plain value is text, a Doc is appended with its spans."""
        cursor = 0
        for m in MARK.finditer(template):
            self.t(template[cursor:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, Doc):
                self.add(v)
            elif isinstance(v, tuple):
                self.e(v[0], v[1])
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

    def pad(self, width: int) -> "Doc":
        """Pad the current line to `width` columns (at least one blank)."""
        col = len(self.text) - (self.text.rfind("\n") + 1)
        return self.t(" " * max(1, width - col))


def P(s: str) -> tuple:
    return (s, "PERSON")


def L(s: str, label: str | None) -> tuple:
    return (s, label)


def D(template: str, **vals) -> Doc:
    return Doc().f(template, **vals)


def vdoc(v) -> Doc:
    """A field value as a Doc: a Doc, a (text, LABEL) tuple, a list of those and strings, or text."""
    if isinstance(v, Doc):
        return v
    d = Doc()
    if isinstance(v, tuple):
        d.e(v[0], v[1])
    elif isinstance(v, list):
        for p in v:
            if isinstance(p, Doc):
                d.add(p)
            elif isinstance(p, tuple):
                d.e(p[0], p[1])
            else:
                d.t(str(p))
    else:
        d.t(str(v))
    return d






def reflow(doc: Doc, width: int) -> Doc:
    """Hard-wrap long lines at `width` by turning blanks into line breaks (offsets are kept, so a
    name or an address may end up cut by a line break inside its span)."""
    chars = list(doc.text)
    col, last_space = 0, None
    for i, ch in enumerate(chars):
        if ch == "\n":
            col, last_space = 0, None
            continue
        col += 1
        if ch == " ":
            last_space = i
        if col > width and last_space is not None:
            chars[last_space] = "\n"
            col = i - last_space
            last_space = None
    doc.text = "".join(chars)
    return doc




def form(doc: Doc, g: Gen, rows: list[list[tuple]], mode: str | None = None) -> str:
    """A form's fields (rows of (label, value)) the way extraction returns them:
    inline   "Label: value   Label: value" (one row a line)
    below    the label on one line, the value on the next
    grid     a row of labels, then the row of values under them (boxed forms, -layout)
    blocks   all labels of a row, then all its values, one a line (text boxes read in order)."""
    mode = mode or g.pick(["inline", "below", "grid", "blocks"])
    sep = g.pick(["   ", "    ", "  ", "     "])
    colon = g.pick([":", ":", ""]) if mode != "inline" else ":"
    for row in rows:
        vals = [vdoc(v) for _, v in row]
        labs = [lab for lab, _ in row]
        if mode == "inline":
            for k, (lab, vd) in enumerate(zip(labs, vals)):
                if k:
                    doc.t(sep)
                doc.t(f"{lab}: ")
                doc.add(vd)
            doc.t("\n")
        elif mode == "below":
            for lab, vd in zip(labs, vals):
                doc.t(lab + colon + "\n")
                doc.add(vd)
                doc.t("\n")
        elif mode == "grid":
            widths = [max(len(lab), len(vd.text)) + g.ri(2, 6) for lab, vd in zip(labs, vals)]
            line = "".join(lab.ljust(w) for lab, w in zip(labs, widths)).rstrip()
            doc.t(line + "\n")
            for k, vd in enumerate(vals):
                if k:
                    doc.pad(sum(widths[:k]))
                doc.add(vd)
            doc.t("\n")
        else:
            for lab in labs:
                doc.t(lab + colon + "\n")
            for vd in vals:
                doc.add(vd)
                doc.t("\n")
    return mode


def table_layout(doc: Doc, cols: list[str], rows: list[list], gap: int = 2, rule: str | None = None) -> None:
    """A printed table flattened by pdftotext -layout: cells padded into columns."""
    rows = [[vdoc(c) for c in r] for r in rows]
    widths = [max([len(c)] + [len(r[k].text) for r in rows]) + gap for k, c in enumerate(cols)]
    doc.t("".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    if rule:
        doc.t(rule * (sum(widths) - gap) + "\n")
    for r in rows:
        for k, c in enumerate(r):
            if k and c.text:
                doc.pad(sum(widths[:k]))
            doc.add(c)
        doc.text = doc.text.rstrip(" ")
        doc.t("\n")


def table_cells(doc: Doc, cols: list[str] | None, rows: list[list], blank: bool = True) -> None:
    """A printed table read cell by cell (pdftotext without -layout): one cell a line."""
    if cols:
        doc.t("\n".join(cols) + "\n")
        if blank:
            doc.t("\n")
    for r in rows:
        for c in r:
            doc.add(vdoc(c))
            doc.t("\n")
        if blank:
            doc.t("\n")


def signature(doc: Doc, name: tuple, below: list | None = None, line: str | None = None) -> None:
    doc.t((line or "_" * 38) + "\n")
    doc.e(*name)
    doc.t("\n")
    for b in below or []:
        doc.add(vdoc(b))
        doc.t("\n")


def cpf_t(g: Gen, style: str | None = None) -> tuple:
    return (g.cpf(style), "BR_CPF")


def rg_t(g: Gen) -> tuple[tuple, str]:
    n, iss = g.rg()
    return (n, "BR_RG"), iss


def ph(g: Gen, style: str | None = None, mobile: bool = True) -> tuple:
    return (g.phone(style, mobile), "PHONE_NUMBER")


def addr(g: Gen, style: str = "text") -> tuple:
    return (g.address(style), "ADDRESS")


def cep_t(g: Gen, dash: bool = True) -> tuple:
    return (g.cep(dash), "BR_CEP")


BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("756", "Sicoob"), ("748", "Sicredi"), ("260", "Nu Pagamentos"), ("077", "Inter")]
LOGINS = ["sisreg.reg03", "cad.entrevistador2", "ouv.setorial", "recepcao.cras", "pc_escrivao14", "sinan.vigep",
          "adm.sibec", "tfd.agendamento", "ct.plantao", "dpe.triagem1"]


def company_street(g: Gen) -> str:
    """A company's own street address (never labelled)."""
    t, name, num, _ = g.street_parts()
    return f"{t} {name}, {num if num != 's/n' else 's/nº'}"




# =========================================================================== atendimento
PROFS = [("catadora de recicláveis", "catador de recicláveis"), ("desempregada", "desempregado"),
         ("trabalhadora rural", "trabalhador rural"), ("doméstica", "ajudante de pedreiro"), ("manicure", "chapa"),
         ("ambulante", "ambulante"), ("auxiliar de serviços gerais", "vigilante"), ("do lar", "motorista de aplicativo"),
         ("diarista", "servente de obras"), ("cozinheira", "pedreiro"), ("aposentada", "aposentado"),
         ("costureira", "mototaxista"), ("cuidadora de idosos", "pintor"), ("estudante", "estudante"),
         ("vendedora", "repositor")]


def prof(g: Gen, p: Person) -> str:
    f, m = g.pick(PROFS)
    return f if p.female else m


def civil(g: Gen, p: Person) -> str:
    return g.pick(["solteir" + p.o, "casad" + p.o, "casad" + p.o, "divorciad" + p.o, "viúv" + p.o, "convivente em união estável"])


def qualify(g: Gen, p: Person, name: str | None = None, dob: bool = False, contact: bool = False, cnh: bool = False,
            titulo: bool = False, cpf: str | None = None) -> Doc:
    """A party qualified in full, the way contracts and minutes write it."""
    city, uf = g.city()
    rg, iss = rg_t(g)
    d = Doc()
    d.f("«n», «na», «ec», «pr», portador«a» da cédula de identidade RG nº «rg» «iss», inscrit«o» no CPF sob o nº «cpf»",
        n=P(name or p.caps), na="brasileir" + p.o, ec=civil(g, p), pr=prof(g, p), a="a" if p.female else "", rg=rg, iss=iss, o=p.o,
        cpf=(cpf or g.pcpf(p), "BR_CPF"))
    if cnh:
        d.f(", CNH nº «c»", c=(g.cnh(), "BR_CNH"))
    if titulo:
        d.f(", título de eleitor nº «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    if dob:
        d.f(", nascid«o» em «d»", o=p.o, d=(g.dob(g.pick(["br", "long", "br"]), 1950, 2001), "DATE_OF_BIRTH"))
    d.f(", residente e domiciliad«o» na «a», bairro «b», «c»/«uf», CEP «cep»", o=p.o, a=addr(g), b=g.pick(BAIRROS), c=city, uf=uf,
        cep=cep_t(g))
    if contact:
        d.f(", e-mail «e», telefone «t»", e=(g.email(p), "EMAIL_ADDRESS"), t=ph(g))
    return d







# =========================================================================== register helpers

YEAR = 2025
CRAS = ["CRAS Dom Hélder Câmara", "CRAS Vila Aurora", "CRAS Zilda Arns", "CRAS Irmã Dulce", "CRAS Padre Ezequiel Ramin",
        "CRAS Bento Rosa", "CRAS Centro", "CRAS Nossa Senhora da Glória", "CRAS Chico Mendes", "CRAS Prudente de Morais",
        "CRAS Esperança", "CRAS Flor do Campo"]
CREAS = ["CREAS Maria da Penha", "CREAS Dorothy Stang", "CREAS Regional Leste", "CREAS Betinho", "CREAS Dom Luciano Mendes"]
ESCOLAS = ["Escola Estadual Padre Anchieta", "EMEF Professora Cleonice Tinoco", "Escola Municipal Monteiro Lobato",
           "E.E. Dom Pedro II", "Escola Estadual Prudente de Morais", "EMEIEF Cecília Meireles", "Colégio Estadual Rui Barbosa",
           "Escola Municipal Irmã Dulce", "CMEI Tia Flor de Lis", "EMEF Vereador Adelmo Tabosa", "Escola Estadual Aurora Leão",
           "EM Professor Paulo Freire"]
UBS = ["UBS Dr. Carlos Chagas", "UBS Vila Prudente", "USF Nossa Senhora da Glória", "UBS Dona Aurora Gadelha",
       "USF Bento Rosa", "UBS Jardim das Rosas", "USF Dr. Zerbini", "UBS Oswaldo Cruz", "ESF Vila da Paz",
       "UBS Dr. Adib Jatene"]
HOSPS = ["Hospital Regional Dr. Aurelino Parente", "Santa Casa de Misericórdia", "Hospital Municipal São Bento",
         "Hospital das Clínicas", "Hospital Estadual Dom Luiz Amado", "Policlínica Dr. Gumercindo Tinoco",
         "AME Presidente Prudente", "Hospital de Base Dr. Ary Pinheiro", "Hospital Materno-Infantil Luz de Maria",
         "Hospital do Câncer Dona Glória Tabosa"]
CAPS_U = ["CAPS II Nise da Silveira", "CAPS AD Luz do Amanhã", "CAPSi Aurora", "CAPS III Franco Basaglia",
          "CAPS I Esperança", "CAPS AD III Dr. Bezerra de Menezes"]
DELEGACIAS = ["1º Distrito Policial", "DEAM — Delegacia Especializada de Atendimento à Mulher", "Delegacia de Polícia Civil",
              "2ª Delegacia Regional", "Central de Flagrantes", "DPCA — Delegacia de Proteção à Criança e ao Adolescente",
              "Delegacia de Polícia de Plantão"]
FUNERARIAS = ["Funerária Bom Pastor Ltda", "Funerária São Bento", "Organização Social de Luto Prudente", "Funerária Paz Eterna ME",
              "Funerária e Floricultura Flor de Lis", "Plano Funeral Vitória Ltda"]
EMPLOYERS = ["Frigorífico Bonfim S.A.", "Supermercados Leão Ltda", "Cerâmica Santa Graça Ltda", "Usina Açucareira Aurora",
             "Construtora Prudente Engenharia Ltda", "Limpa Bem Serviços Terceirizados Eireli", "Avícola Branco & Filhos",
             "Confecções Flor de Maio ME", "Transportadora Glória Ltda", "Padaria Pão da Luz"]


def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold(s).lower())


def gov(city: str, uf: str, sub: str | None = None) -> str:
    d = f"{slug(city)}.{uf.lower()}.gov.br"
    return f"{sub}.{d}" if sub else d


def staff_mail(g: Gen, p: Person, domain: str) -> str:
    f, l = slug(p.first), slug(p.last)
    return g.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}", f"{f}.{l}{g.ri(1, 9)}", f"{l}.{f}"]) + "@" + domain


def cress(g: Gen, uf: str | None = None) -> str:
    r, n, uf = g.ri(1, 25), g.ri(1000, 69999), uf or g.pick(UFS)
    return g.pick([f"CRESS {r}ª Região nº {n}", f"CRESS/{uf} {n}", f"CRESS-{uf} nº " + f"{n:,}".replace(",", "."),
                   f"CRESS {r}ª R. {n}", f"CRESS {r}ª Região/{uf} {n}", f"CRESS {n}/{r}ª Região"])


def pnis(g: Gen, p: Person, style: str | None = None) -> str:
    """The person's own NIS/NIT (BR_PIS), the same wherever the person appears."""
    if not getattr(p, "nis_digits", None):
        p.nis_digits = g.pis("raw")
    n = p.nis_digits
    style = style or g.pick(["raw", "raw", "dot", "dash"])
    return {"raw": n, "dot": f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}", "dash": f"{n[:10]}-{n[10]}",
            "sp": f"{n[:3]} {n[3:8]} {n[8:10]} {n[10]}"}[style]


def pcns(g: Gen, p: Person, spaced: bool | None = None) -> str:
    if not getattr(p, "cns_raw", None):
        p.cns_raw = re.sub(r"\D", "", g.cns(False))
    n = p.cns_raw
    spaced = g.chance(0.5) if spaced is None else spaced
    return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if spaced else n


def pdob(g: Gen, p: Person, lo: int, hi: int) -> tuple[int, int, int]:
    if not getattr(p, "born", None):
        p.born = (g.ri(1, 28), g.ri(1, 12), g.ri(lo, hi))
    return p.born


def dob_s(g: Gen, p: Person, fmt: str = "br", lo: int = 1950, hi: int = 2004) -> str:
    dd, mm, yy = pdob(g, p, lo, hi)
    return fmt_date(dd, mm, yy, fmt)


def age(p: Person) -> int:
    return YEAR - p.born[2] - 1 if p.born[1] > 6 else YEAR - p.born[2]


def vulgo(g: Gen, p: Person) -> str:
    if not getattr(p, "vulgo", None):
        p.vulgo = p.nick if p.nick != p.first and g.chance(0.3) else g.pick(VULGOS)
    return p.vulgo


def bad_nis(g: Gen, style: str = "raw") -> str:
    n = g.neg(11)
    return f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}" if style == "dot" else n


def cod_familiar(g: Gen) -> str:
    n = g.neg(11)
    return g.pick([n, f"{n[:9]}-{n[9:]}", n])


def nb(g: Gen) -> str:
    """An INSS benefit number (NB), never labelled."""
    n = g.d(10)
    return g.pick([f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9]}", n, f"{g.pick(['87', '88'])}/{n}"])


def bo_num(g: Gen) -> str:
    return g.pick([f"{g.ri(100, 9999)}/{YEAR}", f"{YEAR}-{g.d(6)}", f"{g.pick(['BO', 'RO'])}-{g.d(5)}/{YEAR % 100}",
                   f"{g.d(3)}.{g.d(3)}/{YEAR}", f"DN{g.d(4)}-1/{YEAR}"])


def sisreg_code(g: Gen) -> str:
    return g.d(9)


def protocolo(g: Gen) -> str:
    return g.pick([f"{YEAR}{g.d(6)}", f"{g.d(4)}.{g.d(3)}/{YEAR}", f"OUV-{YEAR}-{g.d(5)}", f"{g.d(2)}.{g.d(4)}.{g.d(4)}"])


def member_rel(g: Gen, p: Person, kind: str) -> str:
    o = p.o
    return {"rf": "Responsável Familiar", "comp": g.pick(["Cônjuge/companheir" + o, "companheir" + o, "Cônjuge ou companheiro(a)"]),
            "child": g.pick(["Filh" + o, "filh" + o, "Filho(a)"]), "step": "Enteado(a)" if g.chance(0.5) else "enteado" + ("a" if p.female else ""),
            "grand": g.pick(["Net" + o, "Neto(a) ou bisneto(a)"]), "parent": g.pick(["Pai ou mãe", "mãe da RF" if p.female else "pai da RF"]),
            "sib": g.pick(["Irmão ou irmã", "irm" + ("ã" if p.female else "ão")]), "other": g.pick(["Outro parente", "sobrinh" + o])}[kind]


class Member:
    def __init__(self, p: Person, kind: str, lo: int, hi: int, g: Gen):
        self.p, self.kind = p, kind
        pdob(g, p, lo, hi)
        self.renda = 0 if kind in ("child", "step", "grand") or g.chance(0.45) else g.ri(150, 1400) * 100


def family(g: Gen, rf: Person | None = None, size: int | None = None) -> list[Member]:
    """A household as CadÚnico and casework write it: the RF (mostly a woman), maybe a partner, children, maybe a grandparent."""
    rf = rf or g.person(female=g.chance(0.82))
    out = [Member(rf, "rf", 1962, 2004, g)]
    partner = None
    if g.chance(0.45):
        partner = g.person(female=not rf.female)
        out.append(Member(partner, "comp", 1958, 2003, g))
    mother = rf if rf.female else (partner or g.person(True))
    father = partner if rf.female else rf
    size = size or g.pick([2, 2, 3, 3, 3, 4, 5])
    lo = max(rf.born[2] + 16, 2004)
    while len(out) < size:
        k = g.rng.random()
        if k < 0.75:
            c = g.child(mother, father if g.chance(0.7) else None)
            out.append(Member(c, "child", lo, 2024, g))
        elif k < 0.85:
            out.append(Member(g.relative(rf, True), "parent", 1938, 1966, g))
        elif k < 0.93:
            out.append(Member(g.child(g.person(True), None), "grand", 2012, 2024, g))
        else:
            out.append(Member(g.relative(rf), "other", 1990, 2020, g))
    return out


def renda_pc(fam: list[Member]) -> str:
    return brl(sum(m.renda for m in fam) // len(fam))


# =========================================================================== atendimento


def at_ouvidoria(g: Gen) -> Doc:
    """An ombudsman complaint registered by a citizen (portal, phone 156, front desk) and the agency's answer."""
    city, uf = g.city()
    dom = gov(city, uf)
    proto = protocolo(g)
    canal = g.pick(["Portal (formulário web)", "Telefone 156", "Presencial", "WhatsApp", "Portal (formulário web)"])
    m = g.person(female=g.chance(0.7))
    topic = g.ri(0, 3)
    att = g.person(female=g.chance(0.8))
    tec = g.person(female=g.chance(0.85))
    ouv = g.person()
    cras = g.pick(CRAS)
    d = Doc()
    d.f("OUVIDORIA-GERAL DO MUNICÍPIO DE «c»\nSistema Municipal de Ouvidoria — Manifestação nº «p»\n\n", c=city.upper(), p=proto)
    d.f("Tipo: «t»     Canal: «cn»\nRegistrada em: «dt» às «hm»\n", t=g.pick(["Reclamação", "Reclamação", "Denúncia", "Solicitação"]),
        cn=canal, dt=g.date(), hm=g.hm())
    if canal.startswith("Portal"):
        d.f("IP de origem: «ip»   Navegador: «b»\n", ip=(g.ip(), "IP_ADDRESS"), b=g.pick(["Chrome Mobile 124", "Safari iOS 17", "Firefox 126"]))
    d.f("Sigilo de identidade: «s»\nÓrgão destinatário: «o»\n\nDADOS DO(A) MANIFESTANTE\n", s=g.pick(["Não", "Não", "Sim (art. 10, §7º, Lei 13.460/2017)"]),
        o=["Secretaria Municipal de Assistência Social — SEMAS", "Secretaria Municipal de Saúde", "Conselho Tutelar", "Secretaria Municipal de Saúde — Regulação"][topic])
    form(d, g, [[("Nome", P(name_form(g, m, ["full", "caps", "full"]))), ("CPF", (g.pcpf(m), "BR_CPF")),
                 ("Data de nascimento", (dob_s(g, m, "br", 1950, 2004), "DATE_OF_BIRTH") if g.chance(0.6) else "não informada")],
                [("Telefone", ph(g)), ("E-mail", (g.email(m), "EMAIL_ADDRESS") if g.chance(0.75) else "não informado")],
                [("Endereço", addr(g)), ("Bairro", g.pick(BAIRROS)), ("CEP", cep_t(g))]], g.pick(["inline", "below"]))
    d.t("\nRELATO DO(A) MANIFESTANTE\n")
    rel = g.relative(m, female=g.chance(0.6))
    if topic == 0:
        d.f("bom dia. fui no «cras» no dia «dt» pra atualizar o cadastro unico da minha «r» «n» (nis «nis») e fiquei esperando "
            "das 7 ate as 11 e a moça da recepção, acho que chama «a», disse que o sistema tava fora e que era pra voltar outro dia. "
            "ja é a terceira vez. o bolsa familia dela foi bloqueado em «mes» e ela mora sozinha na «ad» sem renda nenhuma, a luz "
            "ja foi cortada. quero uma resposta de verdade e nao o mesmo papel de sempre\n",
            cras=fold(cras).lower() if g.chance(0.5) else cras, dt=g.date("short"), r="mae" if rel.female else "pai",
            n=P(name_form(g, rel, ["low", "full", "low"])), nis=(pnis(g, rel, "raw"), "BR_PIS"), a=P(att.first),
            mes=g.pick(MONTHS), ad=(g.address(), "ADDRESS"))
    elif topic == 1:
        kid = g.child(m if m.female else g.person(True), m if not m.female else None)
        d.f("Minha filha «k» («i» anos) faz uso continuo de «med» e na farmácia da «u» falam que está em falta desde «mes». "
            "O cartão do SUS dela é «cns». A farmacêutica «f» disse que não tem previsão e me mandou comprar, mas recebo só o "
            "bolsa família. Já reclamei com a enfermeira «e» e nada. Peço providências!!\n",
            k=P(kid.first if g.chance(0.5) else kid.full), i=g.ri(3, 14), med=g.pick(["risperidona 1mg", "ácido valproico", "carbamazepina 200mg", "metilfenidato"]),
            u=g.pick(UBS), mes=g.pick(MONTHS), cns=(pcns(g, kid), "BR_CNS"), f=P(att.first), e=P(g.person(True).first))
    elif topic == 2:
        nb_ = g.person(female=False)
        d.f("DENUNCIA: na casa ao lado da minha, do «n» conhecido como «v», as crianças ficam sozinhas o dia todo, a menor "
            "tem uns 4 anos. a mãe «mae» sai cedo e volta de madrugada. ja vi o «v» bater no menino mais velho. o endereço é «ad», "
            "portão verde. liguei pro conselho tutelar dia «dt» e ninguem apareceu.\n",
            n=P(name_form(g, nb_, ["full", "short", "first"])), v=P(vulgo(g, nb_)), mae=P(g.person(True).first),
            ad=(g.address(), "ADDRESS"), dt=g.date("short"))
    else:
        d.f("Meu «r» «n», CPF «c», nascido em «dob», aguarda pelo SISREG desde «dt» uma consulta com «esp». Já foi na «u» "
            "umas cinco vezes e a atendente «a» só fala que está na fila. Ele tem «i» anos e está piorando. Cartão SUS «cns».\n",
            r="pai" if not rel.female else "mãe", n=P(rel.full), c=(g.pcpf(rel), "BR_CPF"),
            dob=(dob_s(g, rel, g.pick(["br", "short"]), 1935, 1960), "DATE_OF_BIRTH"), dt=g.date(year=2024),
            esp=g.pick(["ortopedista", "cardiologista", "neurologista", "oftalmologista"]), u=g.pick(UBS), a=P(att.first),
            i=age(rel), cns=(pcns(g, rel), "BR_CNS"))
    d.t("\nTRAMITAÇÃO\n")
    for step in range(g.ri(2, 4)):
        d.f("«dt» «hm»  «s»  («l»)\n", dt=g.date("short"), hm=g.hm(), l=g.pick(LOGINS),
            s=g.pick(["Encaminhada à unidade responsável", "Recebida pela ouvidoria setorial", "Prazo prorrogado (art. 16)",
                      "Resposta intermediária enviada", "Aguardando retorno do órgão"]))
    d.f("\nRESPOSTA AO(À) MANIFESTANTE\n\nPrezad«o» «n»,\n\n", o=m.o, n=P(m.first if g.chance(0.5) else m.full))
    if topic == 0:
        d.f("Em atenção à manifestação nº «p», a SEMAS informa que a família de «n» foi atendida em «dt» pela técnica de "
            "referência do «cras», «t», assistente social («ci»), ocasião em que o cadastro foi atualizado e solicitada a "
            "reversão do bloqueio do benefício junto à gestão municipal do PBF. Quanto ao atendimento na recepção, a "
            "coordenadora «co» conversou com a servidora. Lamentamos o transtorno.\n",
            p=proto, n=P(rel.full), dt=g.date(), cras=cras, t=P(tec.full), ci=(cress(g, uf), "PROFESSIONAL_ID"), co=P(g.person(True).short))
    elif topic == 1:
        d.f("A Assistência Farmacêutica informa que o medicamento foi reabastecido em «dt» e está disponível na unidade. "
            "A responsável técnica, farmacêutica «f» («crf»), fica à disposição pelo telefone da unidade.\n",
            dt=g.date(), f=P(g.person(True).full), crf=(g.council("CRF", uf), "PROFESSIONAL_ID"))
    elif topic == 2:
        d.f("O Conselho Tutelar informa que realizou visita ao endereço indicado em «dt», sendo a situação acompanhada pela "
            "conselheira «t». Por se tratar de denúncia envolvendo crianças, detalhes não podem ser informados (art. 17 e 100 "
            "do ECA).\n", dt=g.date(), t=P(tec.first + " " + tec.last))
    else:
        d.f("A Central de Regulação informa que a solicitação de «n» foi reclassificada após avaliação do médico regulador "
            "«r» («crm») e o agendamento está previsto para «mes». Orientamos manter o telefone atualizado na UBS.\n",
            n=P(rel.first), r=P(g.person().full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), mes=g.pick(MONTHS))
    d.f("\nAtenciosamente,\n«o»\nOuvidor«a» Setorial\nouvidoria«s»@«dom» | 156\n", o=P(ouv.full), a="a" if ouv.female else "",
        s=g.pick(["", ".semas", ".saude"]), dom=dom)
    d.f("\nAvalie este atendimento: a resposta foi satisfatória? ( ) Sim ( ) Não\n")
    return d


def at_cras_livro(g: Gen) -> Doc:
    """The CRAS front desk's daily attendance sheet: time, name, NIS/CPF, demand, referred to."""
    city, uf = g.city()
    cras = g.pick(CRAS)
    techs = [g.person(female=g.chance(0.85)) for _ in range(3)]
    tech_lbl = [t.first + g.pick([" (AS)", " (psi)", "", " - AS"]) for t in techs]
    d = Doc()
    d.f("PREFEITURA MUNICIPAL DE «c» — SEMAS\n«cr»\nREGISTRO DIÁRIO DE ATENDIMENTOS — RECEPÇÃO\nData: «dt»   Usuário: «r»\n\n",
        c=city.upper(), cr=cras.upper() if g.chance(0.5) else cras, dt=g.date(), r=g.pick(LOGINS))
    demands = ["Atualização CadÚnico", "Inclusão CadÚnico", "Cesta básica", "BPC - orientação", "Bolsa Família bloqueado",
               "2ª via NIS", "Tarifa social energia", "Aux. natalidade", "Carteira do idoso", "Passe livre", "Acomp. PAIF",
               "Aluguel social", "Auxílio funeral", "Encaminhamento CREAS"]
    rows = []
    times = sorted(g.hm() for _ in range(g.ri(5, 8)))
    for hm in times:
        p = g.person(female=g.chance(0.75))
        k = g.rng.random()
        if k < 0.55:
            doc = (pnis(g, p), "BR_PIS")
        elif k < 0.8:
            doc = (g.pcpf(p), "BR_CPF")
        elif k < 0.9:
            doc = g.pick(["não trouxe", "s/ doc", "---", "esqueceu"])
        else:
            doc = f"{bad_nis(g)} (não localiz.)"
        nm = name_form(g, p, ["caps", "caps", "full", "low", "short"])
        dem = g.pick(demands)
        enc = g.pick(tech_lbl[:1] + ["CREAS", "agendado " + g.date("short")[:5], "Cad", "-", "orientada", "Cad", "retorno c/ doc"])
        enc = P(enc) if enc in tech_lbl else enc
        tel = ph(g, g.pick(["par", "plain", "raw", "nospace"])) if g.chance(0.7) else g.pick(["s/ tel", "-", "recado"])
        rows.append([hm, P(nm), doc, tel, dem, enc])
    mode = g.ri(0, 2)
    if mode == 0:
        table_layout(d, ["Hora", "Nome", "NIS/CPF", "Tel", "Demanda", "Encam."], rows, gap=2)
    elif mode == 1:
        d.t("hora;nome;nis_cpf;telefone;demanda;encaminhamento\n")
        for r in rows:
            d.add(vdoc([r[0], ";", r[1], ";", r[2], ";", r[3], ";", r[4], ";", r[5]]))
            d.t("\n")
    else:
        for i, r in enumerate(rows, 1):
            d.add(vdoc([f"{i:02d}) ", r[0], " - ", r[1], " - ", r[2], " - ", r[3], " - ", r[4], " >> ", r[5]]))
            d.t("\n")
    obs_p = g.person(female=True)
    d.f("\nOBS: «n» (NIS «nis») veio acompanhada de uma vizinha, que pediu ajuda pra ela porque não sabe ler. "
        "Agendada visita domiciliar p/ «dt» no endereço «ad».\n", n=P(name_form(g, obs_p, ["first", "short", "caps"])),
        nis=(pnis(g, obs_p), "BR_PIS"), dt=g.date("short"), ad=(g.address(), "ADDRESS"))
    if g.chance(0.6):
        d.f("Falta de senha p/ Cad às 10h — sistema caiu de novo. Reclamação registrada na ouvidoria (prot. «p»).\n", p=protocolo(g))
    d.f("Total de atendimentos: «n»   Técnica de plantão: «a»\n", n=len(rows), a=P(techs[0].short))
    return d


def comp_table(d: Doc, g: Gen, fam: list[Member], cols: list[str], style: int | None = None, fmt: str = "br") -> None:
    """A family composition table (comp. familiar) in one of the layouts casework uses."""
    style = g.ri(0, 2) if style is None else style
    rows = []
    for m in fam:
        cells = []
        for c in cols:
            if c == "nome":
                cells.append(P(name_form(g, m.p, ["full", "full", "caps"]) if m.kind != "child" or g.chance(0.7) else m.p.first))
            elif c == "parentesco":
                cells.append(member_rel(g, m.p, m.kind))
            elif c == "dn":
                cells.append((dob_s(g, m.p, fmt), "DATE_OF_BIRTH"))
            elif c == "idade":
                cells.append(f"{age(m.p)}a")
            elif c == "nis":
                cells.append((pnis(g, m.p), "BR_PIS") if g.chance(0.8) else g.pick(["s/ NIS", "-", "aguard."]))
            elif c == "cpf":
                cells.append((g.pcpf(m.p), "BR_CPF") if age(m.p) >= 12 or g.chance(0.4) else "-")
            elif c == "renda":
                cells.append(brl(m.renda) if m.renda else g.pick(["0,00", "—", "s/ renda"]))
            elif c == "esc":
                cells.append(g.pick(["EF incompl.", "EM compl.", "cursando 5º ano", "não alfabetizado(a)", "EJA", "creche", "EM incompl.", "-"]))
            elif c == "ocup":
                cells.append(prof(g, m.p) if age(m.p) > 17 else g.pick(["estudante", "-", "criança"]))
        rows.append(cells)
    heads = {"nome": "Nome", "parentesco": "Parentesco", "dn": "DN", "idade": "Idade", "nis": "NIS", "cpf": "CPF",
             "renda": "Renda (R$)", "esc": "Escolaridade", "ocup": "Ocupação"}
    if style == 0:
        table_layout(d, [heads[c] for c in cols], rows, gap=2)
    elif style == 1:
        for i, r in enumerate(rows, 1):
            parts: list = [f"{i}. "]
            for k, (c, cell) in enumerate(zip(cols, r)):
                if k:
                    parts.append(" | " if c != "dn" else " | DN ")
                parts.append(cell)
            d.add(vdoc(parts))
            d.t("\n")
    else:
        for r in rows:
            parts = []
            for k, cell in enumerate(r):
                if k:
                    parts.append(g.pick([", ", " - ", ", "]))
                parts.append(cell)
            d.add(vdoc(["- "] + parts + [";"]))
            d.t("\n")


def at_visita(g: Gen) -> Doc:
    """A CRAS/PAIF home-visit report: identification, family table, narrative mixing relatives and neighbours, referrals."""
    city, uf = g.city()
    cras = g.pick(CRAS)
    fam = family(g)
    rf = fam[0].p
    as_, psi = g.person(female=g.chance(0.85)), g.person(female=g.chance(0.7))
    d = Doc()
    d.f("«c» — PROTEÇÃO SOCIAL BÁSICA\nRELATÓRIO DE VISITA DOMICILIAR\n\nData da visita: «dt»   Horário: «hm»\n"
        "Equipe: assistente social e psicóloga do PAIF (ver assinaturas)\nMotivo: «m»\n\n1. IDENTIFICAÇÃO\n",
        c=cras.upper(), dt=g.date(), hm=g.hm(), 
        m=g.pick(["descumprimento de condicionalidades (frequência escolar)", "solicitação de aluguel social",
                  "acompanhamento PAIF", "averiguação cadastral", "encaminhamento do Conselho Tutelar (ofício nº " + str(g.ri(10, 400)) + f"/{YEAR})"]))
    form(d, g, [[("Resp. familiar", P(rf.caps if g.chance(0.5) else rf.full)), ("NIS", (pnis(g, rf), "BR_PIS"))],
                [("CPF", (g.pcpf(rf), "BR_CPF")), ("DN", (dob_s(g, rf, "br"), "DATE_OF_BIRTH"))],
                [("End.", addr(g)), ("Bairro", g.pick(BAIRROS)), ("CEP", cep_t(g))],
                [("Ponto de ref.", g.pick(["próximo ao Bar do Branco", "atrás da Igreja Rosa de Saron", "em frente à Mercearia Bento",
                                           "depois da caixa d'água", "rua da escola Padre Anchieta"])), ("Tel", ph(g))]], "inline")
    d.t("\n2. COMPOSIÇÃO FAMILIAR\n")
    comp_table(d, g, fam, g.pick([["nome", "parentesco", "dn", "nis", "renda"], ["nome", "parentesco", "idade", "esc", "renda"],
                                  ["nome", "dn", "parentesco", "ocup"]]))
    d.t("\n3. RELATO DA VISITA\n")
    nb_ = g.person(female=True)
    ex = g.person(female=not rf.female)
    kid = next((m.p for m in fam if m.kind == "child"), None)
    para = Doc()
    para.f("Chegamos à residência às «hm» e fomos recebidas pel«o» própri«ri» responsável familiar, que nos convidou a entrar. A casa é de "
           "alvenaria, «c» cômodos, sem reboco, telhado com goteiras. A família está com a conta de luz atrasada há três meses e "
           "relata que graças a Deus a vizinha da frente tem ajudado com alimentação. ",
           hm=g.hm(), o="a" if rf.female else "o", ri="a" if rf.female else "o", c=g.ri(2, 5))
    para.f("Informa que se separou de «e» há cerca de «a» anos e que ele não paga pensão; «ele» estaria morando em «ci» "
           "com outra companheira. ", e=P(ex.full) if g.chance(0.6) else "o pai das crianças", a=g.ri(1, 6), ele="ele" if not ex.female else "ela",
           ci=g.pick([c for c, _ in CITIES]))
    if kid is not None:
        para.f("Sobre «k», a escola («s») informou «f» faltas no bimestre; a mãe diz que «o» menin«o» não quer ir porque sofre "
               "bullying e que a professora regente já conversou com ela. ", k=P(kid.first), s=g.pick(ESCOLAS), f=g.ri(8, 30), o="a" if kid.female else "o")
    if g.chance(0.3):
        ir = g.relative(rf, female=False)
        para.f("O irmão de «n», «i», conhecido como «v», frequenta a casa e segundo a vizinhança faz uso abusivo de álcool; "
               "a família nega conflitos. ", n=P(rf.first), i=P(ir.full), v=P(vulgo(g, ir)))
    para.t("Foram verificados os documentos de todos os membros, exceto a certidão de nascimento do caçula.")
    reflow(para, g.pick([90, 100, 110, 2000]))
    d.add(para)
    d.t("\n\n4. ENCAMINHAMENTOS\n")
    d.f("- atualização do CadÚnico (agendada p/ «dt»);\n- inclusão na Tarifa Social de Energia Elétrica;\n"
        "- encaminhamento à «u» para consulta «k»;\n- concessão de cesta básica (benefício eventual, Lei 8.742/1993, art. 22).\n\n",
        dt=g.date("short"), u=g.pick(UBS), k=g.pick(["de rotina", "das crianças", "pediátrica"]))
    signature(d, P(as_.full), ["Assistente Social", (cress(g, uf), "PROFESSIONAL_ID"), (staff_mail(g, as_, gov(city, uf)), "EMAIL_ADDRESS") if g.chance(0.6) else "PAIF"])
    signature(d, P(psi.full), ["Psicóloga" if psi.female else "Psicólogo", (g.council("CRP", uf), "PROFESSIONAL_ID")])
    return d


def at_escola(g: Gen) -> Doc:
    """A school social worker's referral of a pupil (absences, suspected neglect) to CRAS or the Conselho Tutelar."""
    city, uf = g.city()
    school = g.pick(ESCOLAS)
    mae = g.person(True)
    pai = g.person(False) if g.chance(0.6) else None
    al = g.child(mae, pai)
    pdob(g, al, 2010, 2019)
    av = g.relative(mae, True)
    aso = g.person(female=g.chance(0.8))
    prof_ = g.person(female=g.chance(0.7))
    dire = g.person()
    dest = g.pick(["CRAS " + g.pick(CRAS)[5:], "Conselho Tutelar — Região " + g.pick(["Norte", "Sul", "Leste", "Oeste", "Centro"]),
                   g.pick(CAPS_U)])
    d = Doc()
    d.f("«s»\nNúcleo de Apoio Psicossocial Escolar — NAPE\n\nFICHA DE ENCAMINHAMENTO Nº «n»/«y»\n\nPara: «dst»\n\n",
        s=school.upper(), n=g.ri(1, 150), y=YEAR, dst=dest)
    d.t("DADOS DO(A) ESTUDANTE\n")
    form(d, g, [[("Nome", P(al.full)), ("DN", (dob_s(g, al, g.pick(["br", "short"])), "DATE_OF_BIRTH"))],
                [("Ano/turma", g.pick(["3º ano B", "5º A", "7º ano C", "8ºB", "1ª série EM"])), ("RA", f"{g.d(9)}-{g.d(1)}/{uf}"),
                 ("NIS", (pnis(g, al), "BR_PIS") if g.chance(0.6) else "não consta")],
                [("Mãe", P(mae.full)), ("CPF", (g.pcpf(mae), "BR_CPF") if g.chance(0.6) else "não informado"), ("Tel", ph(g))],
                [("Pai", P(pai.full) if pai else "não declarado"), ("Tel", ph(g) if pai and g.chance(0.6) else "—")],
                [("Responsável que convive", [P(av.full), " (avó materna)"]),
                 ("Tel", ph(g))],
                [("Endereço", addr(g)), ("CEP", cep_t(g))]], g.pick(["inline", "below", "grid"]))
    d.t("\nFREQUÊNCIA (faltas por mês)\n")
    months = g.rng.sample(range(1, 11), 4)
    table_layout(d, ["Mês"] + [MONTHS_AB[m].capitalize() for m in sorted(months)], [["Faltas"] + [str(g.ri(2, 15)) for _ in months]], gap=4)
    d.t("\nMOTIVO DO ENCAMINHAMENTO\n")
    mot = Doc()
    mot.f("«A» estudante apresenta faltas reiteradas e chega à escola sem alimentação. A professora regente relata que "
          "«o» alun«o» dorme em sala e apresentou «m». Em «dt» a avó, «av», compareceu e informou que a mãe, «ma», está "
          "trabalhando em «ci» e que as crianças ficam aos cuidados dela, que tem «i» anos e problemas de saúde. ",
          A="A" if al.female else "O", o="a" if al.female else "o",
          m=g.pick(["hematoma no braço esquerdo", "piolhos e ferida no couro cabeludo", "choro frequente", "comportamento agressivo"]),
          dt=g.date("short"), av=D("«t»«n»", t=g.pick(["", "dona "]), n=P(av.first)), ma=P(mae.first), ci=g.pick([c for c, _ in CITIES]),
          i=g.ri(62, 81))
    if g.chance(0.5):
        col = g.child(g.person(True), None)
        mot.f("Um colega de turma contou à coordenação que «n» disse que apanha do padrasto. ", n=P(al.first))
    mot.t("A família recebe Bolsa Família e há risco de descumprimento de condicionalidade de educação (frequência mínima de 75%). "
          "Solicitamos acompanhamento da família.")
    reflow(mot, g.pick([95, 105, 3000]))
    d.add(mot)
    d.f("\n\n«c», «dt».\n\n", c=city, dt=g.date("long"))
    signature(d, P(aso.full), ["Assistente social escolar", (cress(g, uf), "PROFESSIONAL_ID"),
                                (staff_mail(g, aso, gov(city, uf, "educacao")), "EMAIL_ADDRESS")])
    signature(d, P(dire.full), ["Diretor" + ("a" if dire.female else "") + " — matr. " + g.d(6)])
    d.f("\nc/c: secretaria.escolar@«dom» (arquivo)\n", dom=gov(city, uf, "educacao"))
    return d


def at_acolhida(g: Gen) -> Doc:
    """The SUAS record's intake sheet (ficha de acolhida / prontuário SUAS), field after field."""
    city, uf = g.city()
    p = g.person(female=g.chance(0.75))
    pdob(g, p, 1950, 2004)
    tec = g.person(female=g.chance(0.85))
    rg, iss = rg_t(g)
    d = Doc()
    d.f("PRONTUÁRIO SUAS — FICHA DE ACOLHIDA\nUnidade: «u»   Prontuário nº «n»   Cód. familiar: «cf»\nData: «dt»\n\n",
        u=g.pick(CRAS + CREAS), n=f"{g.ri(1, 9999):04d}/{YEAR}", cf=cod_familiar(g), dt=g.date())
    mode = g.pick(["inline", "below", "grid", "blocks"])
    rows = [[("Nome civil", P(p.caps if g.chance(0.5) else p.full)),
             ("Nome social", P(g.person(female=not p.female).first) if g.chance(0.12) else "—")],
            [("Data nasc.", (dob_s(g, p, g.pick(["br", "br", "nopad"])), "DATE_OF_BIRTH")), ("Sexo", "F" if p.female else "M"),
             ("Cor/raça", g.pick(["parda", "preta", "branca", "indígena", "amarela"]))],
            [("Naturalidade", f"{g.pick([c for c, _ in CITIES])}/{g.pick(UFS)}"), ("Mãe", P(g.relative(p, True).full))],
            [("RG", rg), ("Órgão", iss), ("CPF", (g.pcpf(p), "BR_CPF"))],
            [("NIS", (pnis(g, p), "BR_PIS")), ("Título", (g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.7) else "não possui"),
             ("CTPS", f"{g.d(7)} série {g.d(4)}-{uf}" if g.chance(0.5) else "não possui")],
            [("Cartão SUS", (pcns(g, p), "BR_CNS"))],
            [("Endereço", addr(g)), ("Bairro", g.pick(BAIRROS)), ("CEP", cep_t(g))],
            [("Tel. 1", ph(g)), ("Tel. 2 (recado)", [ph(g), " (", P(g.person().first), ")"] if g.chance(0.6) else "—")],
            [("E-mail", (g.email(p), "EMAIL_ADDRESS") if g.chance(0.45) else "não tem")],
            [("Benefícios", g.pick(["PBF R$ " + g.money(600, 1100), "BPC (NB " + nb(g) + ")", "nenhum", "PBF + BPC idoso"])),
             ("Renda per capita", "R$ " + g.money(0, 700))]]
    form(d, g, rows, mode)
    if g.chance(0.5):
        d.f("Documentos apresentados: RG, CPF, «x»\n", x=g.pick([D("CNH nº «c»", c=(g.cnh(), "BR_CNH")), "certidão de casamento",
                                                                 "comprovante de residência (conta de luz)"]))
    d.t("\nDEMANDA / ESCUTA QUALIFICADA\n")
    esc = Doc()
    esc.f("Usuári«o» chega «e» relatando «r». Refere rede de apoio frágil; cita apenas «a», «q», que mora no «b». ",
          o="a" if p.female else "o", e=g.pick(["chorosa" if p.female else "choroso", "sozinha" if p.female else "sozinho",
                                                 "acompanhada da filha" if p.female else "acompanhado da filha"]),
          r=g.pick(["violência doméstica praticada pelo ex-companheiro", "despejo iminente por falta de pagamento do aluguel",
                    "insegurança alimentar", "cancelamento do BPC do filho", "dificuldade de acesso ao tratamento de saúde"]),
          a=P(g.person().first), q=g.pick(["comadre", "irmã", "vizinha", "amiga da igreja"]), b=g.pick(BAIRROS))
    esc.f("Orientad«o» e encaminhad«o» conforme abaixo. Próximo atendimento com «t» em «dt».", o=p.o, t=P(tec.first), dt=g.date("short"))
    reflow(esc, g.pick([100, 4000]))
    d.add(esc)
    d.f("\n\nTécnic«o» de referência: «t» — «c»\n", o=tec.o, t=P(tec.full), c=(cress(g, uf), "PROFESSIONAL_ID") if g.chance(0.7) else "Psicólog" + tec.o)
    return d


def at_email(g: Gen) -> Doc:
    """An e-mail thread between CRAS, CREAS and health staff about a shared case (quoted replies, signatures)."""
    city, uf = g.city()
    dom = gov(city, uf)
    a = g.person(female=g.chance(0.85))
    b = g.person(female=g.chance(0.7))
    fam = family(g, size=g.ri(2, 4))
    rf = fam[0].p
    ag = g.person(female=False)
    cras, creas = g.pick(CRAS), g.pick(CREAS)
    amail, bmail = staff_mail(g, a, dom), staff_mail(g, b, dom)
    d = Doc()
    d.f("De: «bn» <«bm»>\nEnviado: «dt» «hm»\nPara: «am»\nCc: creas@«dom»; «x»\nAssunto: RES: Caso família «sn» — «cr»\n\n",
        bn=P(b.full), bm=(bmail, "EMAIL_ADDRESS"), dt=g.date(), hm=g.hm(), am=(amail, "EMAIL_ADDRESS"), dom=dom,
        x=g.pick(["conselhotutelar@" + dom, "vigilancia.socioassistencial@" + dom]), sn=P(rf.last.upper()), cr=cras)
    d.f("Oi, bom dia!\n\nRecebemos sim o relatório. A usuária compareceu aqui no «c» ontem acompanhada da filha e "
        "foi atendida por mim e pelo psicólogo da equipe. Ela confirmou que o ex-companheiro voltou a rondar a casa e que tem medida protetiva "
        "(proc. «cnj»). Sugiro reunião de rede dia «dt» às «hm», pode ser aí no CRAS?\n\nAtt,\n",
        c=creas, 
        cnj=g.cnj(), dt=g.date("short")[:5], hm=g.hm())
    d.f("Assistente Social — «cr»\n«ci»\n«ph»\n\n", cr=creas, ci=(cress(g, uf), "PROFESSIONAL_ID"),
        ph=g.pick(["Ramal " + g.d(4), D("(«t» — institucional)", t=ph(g, "par", False))]))
    d.f("-----Mensagem original-----\nDe: «an» <«am»>\nEnviada em: «dt»\nPara: creas.«s»@«dom»\nAssunto: Caso família «sn» — «cr»\n\n",
        an=P(a.full), am=(amail, "EMAIL_ADDRESS"), dt=g.date("long"), s=slug(creas.split()[-1]), dom=dom, sn=P(rf.last.upper()), cr=cras)
    q = Doc()
    q.f("Prezada equipe do CREAS,\n\nEncaminho em anexo relatório da família de «rf» (NIS «nis», CPF «cpf»), residente na «ad», "
        "referenciada no «cr». Composição: ", rf=P(rf.full), nis=(pnis(g, rf), "BR_PIS"), cpf=(g.pcpf(rf), "BR_CPF"),
        ad=(g.address(), "ADDRESS"), cr=cras)
    for i, m in enumerate(fam[1:3]):
        q.f("«s»«n» («r», «dn»)", s=", " if i else "", n=P(m.p.first if g.chance(0.5) else m.p.full), r=member_rel(g, m.p, m.kind).lower(),
            dn=(dob_s(g, m.p, "br"), "DATE_OF_BIRTH") if g.chance(0.7) else f"{age(m.p)} anos")
    q.f(". A usuária relatou episódios de agressão pelo ex-companheiro «ag», vulgo «v», CPF «c», telefone «t», que segundo ela "
        "trabalha de «j».\nSolicito acompanhamento pelo PAEFI.\n\nObrigada,\n«an»\nCoordenação «cr» — «tel»\n",
        ag=P(ag.full), v=P(vulgo(g, ag)), c=cpf_t(g) if g.chance(0.5) else "não informado", t=ph(g), j=g.pick(["mototaxista", "servente de obras", "segurança"]),
        an=P(a.short), cr=cras, tel=ph(g, "par", False))
    d.add(Doc("".join("> " + ln + "\n" if ln else ">\n" for ln in q.text.split("\n")[:-1])))
    shift_quoted(d, q)
    if g.chance(0.5):
        d.f("\nAVISO: esta mensagem pode conter informações sigilosas protegidas pela LGPD (Lei 13.709/2018). Se você a recebeu "
            "por engano, apague-a e avise o remetente.\n")
    return d


def shift_quoted(d: Doc, q: Doc) -> None:
    """Add the spans of `q`, quoted with '> ' at the start of every line, to the end of `d` (the text is already there)."""
    lines = q.text.split("\n")[:-1]
    quoted = "".join("> " + ln + "\n" if ln else ">\n" for ln in lines)
    start = len(d.text) - len(quoted)
    assert d.text[start:] == quoted
    pos, qpos = start, 0
    line_starts = []
    for ln in lines:
        line_starts.append((qpos, pos + (2 if ln else 1)))
        qpos += len(ln) + 1
        pos += len(ln) + (3 if ln else 2)
    for s in q.spans:
        for (qs, ds), ln in zip(line_starts, lines):
            if qs <= s["start"] <= qs + len(ln):
                assert s["end"] <= qs + len(ln), "quoted span across a line"
                d.spans.append({"start": ds + s["start"] - qs, "end": ds + s["end"] - qs, "label": s["label"]})
                break


def at_lista(g: Gen) -> Doc:
    """A spreadsheet export (CSV) of the waiting list for eventual benefits (food baskets, rent aid, funeral aid)."""
    city, uf = g.city()
    sep = g.pick([";", ";", ","])
    d = Doc()
    d.f("# SEMAS «c» — Benefícios Eventuais — lista de espera «b» — exportado em «dt» por «l»\n", c=city.upper(),
        b=g.pick(["CESTA BÁSICA", "ALUGUEL SOCIAL", "AUX. NATALIDADE", "KIT ENXOVAL"]), dt=g.date(), l=g.pick(LOGINS))
    with_tec = g.chance(0.35)
    cols = ["seq", "nome_resp", "cpf", "nis", "dt_nasc", "telefone", "endereco", "bairro", "cep", "membros", "prioridade"] + (["tecnico"] if with_tec else []) + ["obs"]
    d.t(sep.join(cols) + "\n")
    techs = [g.person(True) for _ in range(3)]
    for i in range(g.ri(4, 6)):
        p = g.person(female=g.chance(0.8))
        rowv = [str(i + 1), P(name_form(g, p, ["caps", "caps", "full", "low"])),
                (g.pcpf(p, g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.85) else "",
                (pnis(g, p, "raw"), "BR_PIS") if g.chance(0.75) else g.pick(["", bad_nis(g)]),
                (dob_s(g, p, g.pick(["br", "iso"])), "DATE_OF_BIRTH"),
                ph(g, g.pick(["raw", "par", "plain"])) if g.chance(0.9) else "",
                (g.address(g.pick(["caps", "text"])), "ADDRESS"), g.pick(BAIRROS), (g.cep(g.chance(0.5)), "BR_CEP") if g.chance(0.7) else "",
                str(g.ri(1, 8)), g.pick(["ALTA", "média", "MEDIA", "baixa", "gestante", "idoso", "PcD"])] + ([P(g.pick(techs).first)] if with_tec else []) + [
                g.pick(["", "", "aguarda visita", "ja recebeu em " + g.pick(MONTHS_AB), "dados desatualizados CadU",
                        "mora de favor c/ " + g.person().first + " (irmã)", "situação de rua", "conta de luz em atraso"])]
        for k, cell in enumerate(rowv):
            if k:
                d.t(sep)
            if isinstance(cell, tuple) and sep in cell[0]:
                d.t('"').e(cell[0], cell[1]).t('"')
            elif isinstance(cell, str) and sep in cell:
                d.t(f'"{cell}"')
            elif isinstance(cell, str) and cell.startswith("mora de favor"):
                nm = cell.split(" c/ ")[1].split(" (")[0]
                d.t("mora de favor c/ ").e(nm, "PERSON").t(" (irmã)")
            else:
                d.add(vdoc(cell))
        d.t("\n")
    return d


# =========================================================================== juridico


def defensor(g: Gen) -> Person:
    return g.person(female=g.chance(0.55))


def ju_triagem(g: Gen) -> Doc:
    """The Defensoria Pública's first-attendance (triagem) form: assisted person, household income, opposing party, children."""
    city, uf = g.city()
    a = g.person(female=g.chance(0.7))
    pdob(g, a, 1960, 2004)
    c = g.person(female=not a.female)
    kids = [g.child(a if a.female else c, c if a.female else a) for _ in range(g.pick([0, 1, 1, 2, 3]))]
    est = g.person(female=g.chance(0.6))
    dp = defensor(g)
    area = g.pick(["Família — alimentos", "Família — guarda e convivência", "Família — divórcio litigioso", "Cível — despejo",
                   "Família — investigação de paternidade", "Saúde — fornecimento de medicamento"])
    d = Doc()
    d.f("DEFENSORIA PÚBLICA DO ESTADO — «uf»\nNúcleo de «n» de «c»\nFICHA DE ATENDIMENTO INICIAL (TRIAGEM)\n"
        "Atendimento nº «at»   Data: «dt»   Área: «ar»\n\n", uf=uf, n=g.pick(["Família", "Atendimento Inicial", "Defesa da Mulher (NUDEM)"]),
        c=city, at=f"{YEAR}.{g.d(6)}", dt=g.date(), ar=area)
    rg, iss = rg_t(g)
    d.t("I — ASSISTIDO(A)\n")
    form(d, g, [[("Nome", P(a.caps)), ("Nome social", "—")],
                [("DN", (dob_s(g, a, "br"), "DATE_OF_BIRTH")), ("Est. civil", civil(g, a)), ("Profissão", prof(g, a))],
                [("RG", rg), ("Órgão exp.", iss), ("CPF", (g.pcpf(a), "BR_CPF"))],
                [("Título eleitor", (g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.5) else "—"), ("NIS", (pnis(g, a), "BR_PIS") if g.chance(0.6) else "—")],
                [("Endereço", addr(g)), ("Bairro", g.pick(BAIRROS)), ("CEP", cep_t(g))],
                [("Celular/WhatsApp", ph(g)), ("E-mail", (g.email(a), "EMAIL_ADDRESS") if g.chance(0.6) else "não possui")]],
         g.pick(["inline", "below", "grid"]))
    d.t("\nII — HIPOSSUFICIÊNCIA (comp. familiar e renda)\n")
    rows = [[P(a.first), "assistid" + a.o, prof(g, a), "R$ " + g.money(0, 2500)]]
    for k in kids:
        pdob(g, k, 2008, 2023)
    if kids:
        rows.append([f"{len(kids)} filho(s) menor(es)", "filhos", "—", "—"])
    table_layout(d, ["Nome", "Vínculo", "Ocupação", "Renda"], rows)
    d.f("Renda familiar total: R$ «r»   Bens: «b»\n\n", r=g.money(600, 4000),
        b=g.pick(["nenhum", D("moto «m» placa «p»", m=g.pick(CAR_MODELS[-4:]), p=(g.plate(), "LICENSE_PLATE")), "casa própria (posse)"]))
    d.t("III — PARTE CONTRÁRIA\n")
    form(d, g, [[("Nome", P(c.full)), ("CPF", (g.pcpf(c), "BR_CPF") if g.chance(0.5) else "não sabe")],
                [("Endereço", addr(g) if g.chance(0.6) else "desconhecido"), ("Tel", ph(g) if g.chance(0.6) else "não sabe")],
                [("Local de trabalho", g.pick(EMPLOYERS + ["autônomo", "não sabe"]))]], "inline")
    if kids:
        d.t("\nIV — FILHOS\n")
        for k in kids:
            d.f("«n» — nasc. «dn» — «s»\n", n=P(k.full), dn=(dob_s(g, k, "br"), "DATE_OF_BIRTH"),
                s=g.pick(["mora com a assistida", "mora com o pai", "mora com a avó paterna", "acolhimento institucional"]))
    d.f("\nV — PROCESSOS RELACIONADOS: «p»\n", p=g.pick(["nada consta", g.cnj(), f"{g.cnj()} (MPU, Lei 11.340/2006)"]))
    d.f("\nVI — PROVIDÊNCIA: «pv»\n\nAtendido(a) por: «e» (estagiári«o» de Direito, matr. «m»)\nDefensor«a» Públic«o2»: «dp»\n",
        pv=g.pick(["ajuizar ação de alimentos c/ pedido de fixação provisória", "agendar sessão de mediação", "orientação jurídica; retorno c/ documentos",
                   "ofício à Secretaria de Saúde (art. 196 CF)"]), e=P(est.full), o=est.o, m=g.d(5), a="a" if dp.female else "",
        o2="a" if dp.female else "o", dp=P(dp.full))
    d.f("Declaro, sob as penas da lei, não ter condições de arcar com custas e honorários (Lei 1.060/1950 e art. 98 do CPC).\n\n")
    d.t("_" * 38 + "\nAssinatura do(a) assistido(a)\n")
    return d


def ju_relato(g: Gen) -> Doc:
    """Interview notes of a public defender: narrative naming ex-partner, children, relatives, witnesses, bank and Pix data."""
    city, uf = g.city()
    a = g.person(female=True)
    ex = g.person(female=False)
    kids = [g.child(a, ex) for _ in range(g.pick([1, 2, 2, 3]))]
    for k in kids:
        pdob(g, k, 2009, 2023)
    sogra = g.relative(ex, True)
    test = g.person()
    nova = g.person(True)
    dp = defensor(g)
    bank, bname = g.pick(BANKS)
    d = Doc()
    d.f("DPE/«uf» — «c» — Núcleo de Família\nANOTAÇÕES DE ATENDIMENTO (uso interno)\nAssistida: «a»   CPF «cpf»\n"
        "Tel.: «tel»   End.: «ad» — CEP «cep»\nData: «dt»   Atendente: «dp»\n\n", uf=uf, c=city, a=P(a.caps), cpf=(g.pcpf(a), "BR_CPF"),
        tel=ph(g), ad=(g.address(), "ADDRESS"), cep=cep_t(g), dt=g.date(), dp=P(dp.short))
    t = Doc()
    t.f("Assistida relata que conviveu com «ex» («v») por aprox. «n» anos, união da qual nasceram ", ex=D("«n» (CPF «c»)", n=P(ex.full), c=(g.pcpf(ex), "BR_CPF")) if g.chance(0.6) else P(ex.full),
        v=D("vulgo «v»", v=P(vulgo(g, ex))) if g.chance(0.6) else "motorista de app", n=g.ri(3, 15))
    for i, k in enumerate(kids):
        sep = "" if i == 0 else (" e " if i == len(kids) - 1 else ", ")
        t.f("«s»«k» (nasc. «dn»)", s=sep, k=P(k.full if g.chance(0.5) else k.first), dn=(dob_s(g, k, g.pick(["br", "short"])), "DATE_OF_BIRTH"))
    t.f(". Separaram-se em «m»/«y» e desde então o requerido paga pensão de forma irregular, valores entre R$ «v1» e R$ «v2», "
        "às vezes por Pix. ", m=g.pick(MONTHS_AB), y=g.ri(2019, 2024), v1=g.money(100, 250), v2=g.money(300, 700))
    if g.chance(0.6):
        t.f("Os últimos pagamentos vieram da chave aleatória «k», em nome da atual companheira dele. ",
            k=(g.uuid(), "PIX_KEY"))
    t.f("Informa que «ex» trabalha «w» e recebe em torno de R$ «s». A mãe dele reside na «ad», «b», e "
        "frequentemente fica com as crianças nos finais de semana. ", ex=P(ex.first), w=g.pick(["registrado no " + g.pick(EMPLOYERS),
                                                                                               "como pedreiro por conta própria",
                                                                                               "como entregador de aplicativo"]),
        s=g.money(1500, 4000), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS))
    t.f("Em «dt» houve discussão na porta da escola «e» e a testemunha «ts», «tel», presenciou ameaças. ",
        dt=g.date("short"), e=g.pick(ESCOLAS), ts=P(test.full), tel=ph(g))
    t.f("Assistida deseja fixação de alimentos em «p»% dos rendimentos do requerido e regulamentação de convivência. "
        "Conta para depósito da pensão: «bn», ag. «ag», conta «cc» («tp»), titular a própria assistida.",
        p=g.pick([20, 25, 30, 33]), bn=bname, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
        tp=g.pick(["poupança", "corrente", "poupança social digital", "conta salário"]))
    reflow(t, g.pick([88, 96, 110, 5000]))
    d.add(t)
    d.f("\n\nDocumentos faltantes: certidão de nascimento de «k»; comprovante de renda.\nRetorno agendado: «dt» às «hm».\n"
        "Obs.: atendimento feito com a presença da irmã (tel. «t»), por solicitação da assistida.\n",
        k=P(kids[-1].first), dt=g.date("short"), hm=g.hm(), t=ph(g))
    return d


def ju_conselho(g: Gen) -> Doc:
    """A Conselho Tutelar report to the Public Prosecutor: child, guardians, neighbours heard, measures applied (art. 101 ECA)."""
    city, uf = g.city()
    mae = g.person(True)
    pad = g.person(False)
    kids = [g.child(mae, g.person(False) if g.chance(0.5) else None) for _ in range(g.pick([1, 1, 2]))]
    for k in kids:
        pdob(g, k, 2010, 2022)
    cons = [g.person(female=g.chance(0.7)) for _ in range(2)]
    viz = g.person(True)
    d = Doc()
    d.f("CONSELHO TUTELAR DE «c» — «r»\n«ad»\n\nOFÍCIO Nº «n»/«y» — CT\n\nAo Excelentíssimo(a) Senhor(a) Promotor(a) de Justiça da "
        "Infância e Juventude da Comarca de «c»\n\nAssunto: Relatório de atendimento — «a» (Notícia de fato nº «nf»)\n\n",
        c=city.upper(), r=g.pick(["REGIÃO NORTE", "REGIÃO SUL", "UNIDADE I", "SEDE"]), ad=company_street(g) + f" — {city}/{uf}",
        n=g.ri(10, 900), y=YEAR, a=g.pick(["suspeita de negligência", "evasão escolar", "violência física", "abandono de incapaz",
                                            "trabalho infantil"]), nf=f"{g.d(2)}.{g.d(4)}.{g.d(7)}/{YEAR}-{g.d(2)}")
    d.t("CRIANÇA(S)/ADOLESCENTE(S):\n")
    for k in kids:
        d.f("«n», nascid«o» em «dn», «e»«ns»\n", n=P(k.caps if g.chance(0.5) else k.full), o=k.o, dn=(dob_s(g, k, "br"), "DATE_OF_BIRTH"),
            e=g.pick(ESCOLAS) + f", {g.ri(1, 9)}º ano" if age(k) >= 6 else "fora da escola",
            ns=D(", NIS «x»", x=(pnis(g, k), "BR_PIS")) if g.chance(0.4) else "")
    d.f("\nGENITORA/RESPONSÁVEL: «m», CPF «cpf», DN «dn», tel. «t»\nCOMPANHEIRO DA GENITORA: «p» («v»)\nENDEREÇO: «ad», «b»\n\n",
        m=P(mae.full), cpf=(g.pcpf(mae), "BR_CPF"), dn=(dob_s(g, mae, "br", 1975, 2004), "DATE_OF_BIRTH"), t=ph(g), p=P(pad.full), v=D("conhecido como «v»", v=P(vulgo(g, pad))),
        ad=(g.address(), "ADDRESS"), b=D("«b», CEP «c»", b=g.pick(BAIRROS), c=cep_t(g)))
    t = Doc()
    t.f("Em «dt», este Conselho recebeu denúncia anônima via Disque 100 (protocolo «p») relatando que «k» estaria sendo "
        "deixad«o» sozinh«o» e sofrendo agressões. Em «dt2» os conselheiros signatários realizaram visita ao endereço, sendo "
        "recebidos pela vizinha «v», «vi» anos (tel. «vt»), que informou que a genitora trabalha à noite e que o padrasto faz uso "
        "de drogas. A genitora, contatada por telefone, compareceu à sede em «dt3» e negou os fatos, alegando que as crianças "
        "ficam com a avó materna. ", dt=g.date("short"), p=g.d(7), k=P(kids[0].first), o=kids[0].o, dt2=g.date("short"), v=P(viz.short),
        vi=g.ri(40, 80), vt=ph(g), dt3=g.date("short"))
    t.f("A escola informou «f» faltas no semestre e a «u» registra vacinação em atraso (cartão SUS «cns»). ",
        f=g.ri(10, 40), u=g.pick(UBS), cns=(pcns(g, kids[0]), "BR_CNS"))
    t.t("Foram aplicadas as medidas do art. 101, incisos II e IV, e art. 129, IV, do ECA (Lei 8.069/1990), com encaminhamento "
        "da família ao CRAS de referência e ao CAPS AD.")
    reflow(t, g.pick([92, 104, 4000]))
    d.add(t)
    d.f("\n\nSolicitamos as providências cabíveis.\n\n«c», «dt».\n\n", c=city, dt=g.date("long"))
    for p in cons:
        signature(d, P(p.full), ["Conselheir" + p.o + " Tutelar"], "_" * 30)
    if g.chance(0.5):
        d.f("\nTel. plantão: «t» — conselhotutelar@«dom»\n", t=ph(g, "par"), dom=gov(city, uf))
    return d


def ju_bo(g: Gen) -> Doc:
    """A police occurrence report (boletim de ocorrência): nature, place, parties qualified, vehicles, narrative in caps."""
    city, uf = g.city()
    kind = g.ri(0, 3)
    nat = ["FURTO (ART. 155 CP)", "LESÃO CORPORAL — VIOLÊNCIA DOMÉSTICA (ART. 129, §13, CP)", "AMEAÇA (ART. 147 CP)",
           "ACIDENTE DE TRÂNSITO COM VÍTIMA (ART. 303 CTB)"][kind]
    v = g.person(female=kind in (1, 2) or g.chance(0.4))
    pdob(g, v, 1955, 2005)
    au = g.person(female=False)
    esc, dlg = g.person(female=g.chance(0.5)), g.person(female=g.chance(0.4))
    pm = g.person(female=False)
    rg, iss = rg_t(g)
    d = Doc()
    d.f("SECRETARIA DA SEGURANÇA PÚBLICA — POLÍCIA CIVIL DO ESTADO «uf»\n«dl» — «c»\nBOLETIM DE OCORRÊNCIA Nº «n»\n\n",
        uf=uf, dl=g.pick(DELEGACIAS).upper(), c=city.upper(), n=bo_num(g))
    d.f("NATUREZA: «na»\nDATA/HORA DO FATO: «dt» «hm»   COMUNICAÇÃO: «dt2» «hm2»\nLOCAL: «lo»\nTIPO DE LOCAL: «tl»\n\n",
        na=nat, dt=g.date(), hm=g.hm(), dt2=g.date(), hm2=g.hm(),
        lo=(g.address("caps"), "ADDRESS") if kind in (1, 2) else "VIA PÚBLICA — " + g.pick(
            ["CRUZAMENTO DA AV. BENTO GONÇALVES C/ R. TIRADENTES", "EM FRENTE AO MERCADO LEÃO", "PRAÇA DA GLÓRIA",
             "TERMINAL RODOVIÁRIO", "ESTACIONAMENTO DA UBS DR. CARLOS CHAGAS", "RODOVIA SP-270, KM " + str(g.ri(10, 600))]),
        tl=["VIA PÚBLICA", "RESIDÊNCIA", "RESIDÊNCIA", "VIA PÚBLICA"][kind])
    d.f("VÍTIMA: «n»\n  RG «rg» «iss» — CPF «cpf» — NASC. «dn» — «pr»\n  FILIAÇÃO: «m» E «p»\n  END.: «ad» — «b» — CEP «cep»\n  TEL.: «t»«em»\n",
        n=P(v.caps), rg=rg, iss=iss, cpf=(g.pcpf(v), "BR_CPF"), dn=(dob_s(g, v, "br"), "DATE_OF_BIRTH"), pr=fold(prof(g, v)).upper(),
        m=P(g.relative(v, True).caps), p=P(g.relative(v, False).caps) if g.chance(0.4) else "NÃO DECLARADO",
        ad=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), cep=cep_t(g), t=ph(g), em=D("   E-MAIL: «e»", e=(g.email(v).upper() if g.chance(0.5) else g.email(v), "EMAIL_ADDRESS")) if g.chance(0.4) else "")
    if kind == 0:
        d.f("AUTOR: DESCONHECIDO\n")
    else:
        d.f("AUTOR«a»: «n»«vg»\n", a="/INDICIADO" if g.chance(0.3) else "", n=P(au.caps),
            vg=D(" (VULGO «v»)", v=P(fold(vulgo(g, au)).upper())) if g.chance(0.6) else "")
        if g.chance(0.6):
            d.f("  CPF «c» — TEL. «t»\n", c=(g.pcpf(au), "BR_CPF"), t=ph(g))
    if g.chance(0.7):
        w = g.person()
        d.f("TESTEMUNHA: «n» — TEL. «t»\n", n=P(w.caps), t=ph(g))
    if kind in (0, 3) or g.chance(0.3):
        d.t("\nVEÍCULO(S):\n")
        for i in range(1 if kind == 0 else 2):
            own = v if i == 0 else au
            d.f("  «mo» «co» — PLACA «pl» — RENAVAM «r» — PROPRIETÁRIO: «o»\n", mo=fold(g.pick(CAR_MODELS)).upper(), co=g.pick(COLORS),
                pl=(g.plate(), "LICENSE_PLATE"), r=g.renavam(), o=P(own.caps))
            if kind == 3:
                d.f("  CONDUTOR: «n» — CNH «c» (CAT. «k», VAL. «val»)\n", n=P(own.caps), c=(g.cnh(), "BR_CNH"), k=g.pick(["B", "AB", "D", "A"]),
                    val=g.date("br", g.ri(2026, 2033)))
    d.t("\nHISTÓRICO:\n")
    h = Doc()
    if kind == 0:
        h.f("COMPARECE NESTA UNIDADE POLICIAL A VÍTIMA ACIMA QUALIFICADA NOTICIANDO QUE DEIXOU SEU VEÍCULO ESTACIONADO NO LOCAL DOS FATOS "
            "E, AO RETORNAR, CONSTATOU A SUBTRAÇÃO DO MESMO. NÃO HÁ CÂMERAS NO LOCAL. INFORMA QUE O VIGIA DA RUA, CONHECIDO COMO «vg», "
            "VIU DOIS INDIVÍDUOS EM UMA MOTO «m» DE PLACA «pl» RONDANDO O LOCAL. NADA MAIS.", vg=P(fold(g.pick(VULGOS)).upper()),
            m=g.pick(COLORS), pl=(g.plate(), "LICENSE_PLATE"))
    elif kind == 3:
        h.f("GUARNIÇÃO DA PM (VTR «vt», SD PM «pm») ACIONADA VIA 190 CONSTATOU COLISÃO ENTRE OS VEÍCULOS ACIMA. A VÍTIMA FOI SOCORRIDA PELO "
            "SAMU AO «h». O CONDUTOR «a» SUBMETEU-SE AO TESTE DO ETILÔMETRO, RESULTADO «r» MG/L. AS PARTES FORAM ORIENTADAS QUANTO AO "
            "PRAZO DE REPRESENTAÇÃO.", vt=f"{g.ri(1, 9)}-{g.d(4)}", pm=P(fold(pm.short).upper()), h=g.pick(HOSPS).upper(),
            a=P(fold(au.first).upper()), r=f"0,{g.d(2)}")
    else:
        h.f("COMPARECE A VÍTIMA INFORMANDO QUE CONVIVEU COM O AUTOR POR «n» ANOS E QUE NA DATA DOS FATOS, APÓS DISCUSSÃO MOTIVADA POR "
            "CIÚMES, O MESMO «x». A VÍTIMA DESEJA REPRESENTAR CRIMINALMENTE E SOLICITA MEDIDAS PROTETIVAS DE URGÊNCIA (LEI 11.340/2006). "
            "FOI ENCAMINHADA AO IML E ORIENTADA A PROCURAR O «cr». OS FILHOS DO CASAL PRESENCIARAM OS FATOS.",
            n=g.ri(1, 12), x=["", "A AGREDIU COM SOCOS E CHUTES", "AMEAÇOU MATÁ-LA DIZENDO QUE 'SE NÃO FOR MINHA NÃO SERÁ DE MAIS NINGUÉM'"][kind],
            cr=fold(g.pick(CREAS)).upper())
    reflow(h, g.pick([100, 120, 6000]))
    d.add(h)
    d.f("\n\nESCRIVÃ«o»: «e» — MATR. «m»\nDELEGAD«a» DE POLÍCIA: «dl»\n", o="O" if not esc.female else "", e=P(fold(esc.full).upper()),
        m=g.d(6), a="A" if dlg.female else "O", dl=P(fold(dlg.full).upper()))
    d.f("Documento emitido em «dt» às «hm» — «lg»\n", dt=g.date(), hm=g.hms(), lg=g.pick(LOGINS))
    return d


def ju_mpu(g: Gen) -> Doc:
    """A request for urgent protective measures (Lei Maria da Penha) with the risk-assessment form (FONAR) answers."""
    city, uf = g.city()
    v = g.person(True)
    pdob(g, v, 1965, 2005)
    a = g.person(False)
    pdob(g, a, 1960, 2003)
    kids = [g.child(v, a) for _ in range(g.pick([0, 1, 2]))]
    serv = g.person(female=g.chance(0.7))
    d = Doc()
    d.f("PODER JUDICIÁRIO — TRIBUNAL DE JUSTIÇA DO ESTADO «uf»\nJuizado de Violência Doméstica e Familiar contra a Mulher — «c»\n"
        "Processo nº «cnj» — Medidas Protetivas de Urgência (Lei 11.340/2006)\n\nREQUERENTE: «v»\n", uf=uf, c=city, cnj=g.cnj(),
        v=P(v.caps))
    form(d, g, [[("CPF", (g.pcpf(v), "BR_CPF")), ("Nasc.", (dob_s(g, v, "br"), "DATE_OF_BIRTH"))],
                [("Endereço", [addr(g), " — CEP ", cep_t(g)] if g.chance(0.7) else "SIGILOSO (abrigo)"), ("Tel.", ph(g))]], "inline")
    d.f("\nREQUERIDO: «a» («vg»)\n", a=P(a.caps), vg=D("vulgo «x»", x=P(vulgo(g, a))) if g.chance(0.5) else fold(prof(g, a)))
    form(d, g, [[("CPF", (g.pcpf(a), "BR_CPF") if g.chance(0.7) else "ignorado"), ("Nasc.", (dob_s(g, a, "br"), "DATE_OF_BIRTH") if g.chance(0.6) else "—")],
                [("Endereço", addr(g)), ("Tel.", ph(g))],
                [("Veículo", D("«m» placa «p»", m=g.pick(CAR_MODELS), p=(g.plate(), "LICENSE_PLATE")) if g.chance(0.5) else "não possui"),
                 ("CNH", (g.cnh(), "BR_CNH") if g.chance(0.3) else "—")]], "inline")
    if kids:
        d.t("Filhos em comum: ")
        for i, k in enumerate(kids):
            pdob(g, k, 2010, 2024)
            d.f("«s»«n» («i» anos)", s=", " if i else "", n=P(k.full), i=age(k))
        d.t("\n")
    d.t("\nFORMULÁRIO NACIONAL DE AVALIAÇÃO DE RISCO — respostas\n")
    qs = ["1. O agressor já ameaçou você ou algum familiar com arma de fogo ou faca?", "2. O agressor já a agrediu fisicamente?",
          "5. O agressor faz uso abusivo de álcool ou drogas?", "9. Você se separou recentemente do agressor?",
          "13. O agressor descumpriu medida protetiva anteriormente?", "17. Você possui filhos com o agressor?"]
    for q in qs:
        d.f("«q» «r»\n", q=q, r=g.pick(["( X ) Sim", "( X ) Não", "( X ) Sim", "( X ) Não sei"]))
    d.f("\nObs. da requerente: «o»\n", o=D("«x» disse que vai «y». A sogra, «s», sabe de tudo e pode confirmar (tel. «t»).",
                                            x=P(a.first), y=g.pick(["tomar as crianças", "me matar", "queimar a casa"]),
                                            s=P(g.relative(a, True).full), t=ph(g)))
    d.f("\nMEDIDAS REQUERIDAS: afastamento do lar; proibição de aproximação (mín. «m» metros) e de contato por qualquer meio, "
        "inclusive WhatsApp e Instagram (@«ig»); suspensão da posse de arma (art. 22, I).\n\n", m=g.pick([100, 200, 300, 500]),
        ig=slug(a.first) + "_" + slug(a.last) + g.d(2))
    d.f("Termo lavrado por «s», «f», em «dt».\n", s=P(serv.full), f=g.pick(["escrivã de polícia" if serv.female else "escrivão de polícia",
                                                                          "servidor(a) da DEAM", "técnica judiciária" if serv.female else "técnico judiciário"]),
        dt=g.date())
    return d


def ju_declaracoes(g: Gen) -> Doc:
    """A witness statement at a police station (termo de declarações): qualification, QUE ... answers, lawyer present."""
    city, uf = g.city()
    w = g.person(female=g.chance(0.5))
    pdob(g, w, 1958, 2005)
    dlg = g.person(female=g.chance(0.4))
    esc = g.person(female=g.chance(0.6))
    sus = g.person(female=False)
    vit = g.person(female=g.chance(0.5))
    rg, iss = rg_t(g)
    adv = g.person()
    d = Doc()
    d.f("POLÍCIA CIVIL — «dl» DE «c»/«uf»\nInquérito Policial nº «ip» — BO «bo»\n\nTERMO DE DECLARAÇÕES\n\n", dl=g.pick(DELEGACIAS).upper(),
        c=city.upper(), uf=uf, ip=f"{g.ri(100, 2999)}/{YEAR}", bo=bo_num(g))
    t = Doc()
    t.f("Às «hm» do dia «dt», nesta cidade de «c», na sede desta Unidade Policial, onde presente se encontrava «o» Delegad«o» de "
        "Polícia «dl», comigo, Escriv«ao», ao final assinad«o2», compareceu «n», brasileir«w», «ec», «pr», nascid«w» aos «dn», "
        "natural de «nat», filh«w» de «m»«p», portador«a» do RG nº «rg» «iss», CPF «cpf», residente na «ad», «b», nesta, "
        "telefone «t». ", hm=g.hm(), dt=g.date("long"), c=city, o="a" if dlg.female else "o", dl=P(dlg.full),
        ao="ã" if esc.female else "ão", o2="a" if esc.female else "o", n=P(w.caps), w=w.o, ec=civil(g, w), pr=prof(g, w),
        dn=(dob_s(g, w, g.pick(["br", "long"])), "DATE_OF_BIRTH"), nat=g.pick([c for c, _ in CITIES]), m=P(g.relative(w, True).full),
        p=D(" e de «x»", x=P(g.relative(w, False).full)) if g.chance(0.5) else " e de pai não declarado", a="a" if w.female else "", rg=rg, iss=iss, cpf=(g.pcpf(w), "BR_CPF"),
        ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), t=ph(g))
    if g.chance(0.5):
        t.f("Acompanhad«o» de seu advogado, «ad», «oab». ", o=w.o, ad=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    t.f("Inquirid«o» pela Autoridade Policial acerca dos fatos, RESPONDEU: QUE conhece o vulgo «v» há cerca de «n» anos, do bairro; "
        "QUE na noite dos fatos estava no bar «bb» quando viu «s2» chegar em um «car» de cor «cor», placa «pl»; QUE ele discutiu com "
        "«vi» por causa de uma dívida; QUE ouviu disparos mas não viu quem atirou; QUE a vítima foi socorrida por populares e levada ao "
        "«h»; QUE o telefone de «s2» é «ts», que ele usa no WhatsApp; QUE o telefone da vítima é «tv»; QUE não tem mais nada a declarar. ",
        o=w.o, v=P(vulgo(g, sus)), n=g.ri(2, 20), bb=g.pick(["da esquina", "do Branco", "Ponto da Luz", "da praça"]), s2=P(sus.first),
        car=g.pick(CAR_MODELS), cor=g.pick(COLORS).lower(), pl=(g.plate(), "LICENSE_PLATE"), vi=P(vit.short),
        h=g.pick(HOSPS), ts=ph(g), tv=ph(g))
    t.t("Nada mais disse nem lhe foi perguntado. Lido e achado conforme, vai devidamente assinado.")
    reflow(t, g.pick([90, 100, 112, 6000]))
    d.add(t)
    d.t("\n\n")
    d.t("_" * 38 + "\nDelegad" + dlg.o + " de Polícia\n")
    signature(d, P(w.full), ["Declarante"])
    d.t("_" * 38 + "\nEscriv" + ("ã" if esc.female else "ão") + " de Polícia — matr. " + g.d(5) + "\n")
    return d


def ju_acordo(g: Gen) -> Doc:
    """An out-of-court alimony and custody agreement drawn up at the Defensoria (parties qualified, children, deposit account, Pix)."""
    city, uf = g.city()
    m = g.person(True)
    p = g.person(False)
    kids = [g.child(m, p) for _ in range(g.pick([1, 1, 2, 3]))]
    dp = defensor(g)
    med = g.person(female=g.chance(0.7))
    bank, bname = g.pick(BANKS)
    d = Doc()
    d.f("DEFENSORIA PÚBLICA DO ESTADO «uf» — «c»\nCentro de Solução de Conflitos\n\nTERMO DE ACORDO EXTRAJUDICIAL Nº «n»/«y»\n"
        "(alimentos, guarda e convivência — art. 4º, II, da LC 80/1994)\n\n", uf=uf, c=city.upper(), n=g.ri(10, 999), y=YEAR)
    d.t("1ª PARTE: ")
    d.add(qualify(g, m, name=m.caps, dob=g.chance(0.5), contact=g.chance(0.5), titulo=g.chance(0.2)))
    d.t(".\n\n2ª PARTE: ")
    d.add(qualify(g, p, name=p.caps, dob=g.chance(0.5), contact=g.chance(0.4), cnh=g.chance(0.3)))
    d.t(".\n\nFILHOS: ")
    for i, k in enumerate(kids):
        pdob(g, k, 2008, 2024)
        d.f("«s»«n», nascid«o» em «dn»", s="; " if i else "", n=P(k.full), o=k.o, dn=(dob_s(g, k, "br"), "DATE_OF_BIRTH"))
    t = Doc()
    t.f(".\n\nCLÁUSULA 1ª — A guarda será compartilhada, com residência fixa na casa materna. O genitor terá convivência em fins de "
        "semana alternados, buscando «o» filh«o» às 18h de sexta-feira na casa da avó materna, «av».\n", o=kids[0].o if len(kids) == 1 else "os",
        av=P(g.relative(m, True).full))
    cents = g.ri(250, 900) * 100
    if g.chance(0.5):
        pay = D("por Pix para a chave aleatória «k» de titularidade da genitora", k=(g.uuid(), "PIX_KEY"))
    else:
        pay = D("mediante depósito na conta da genitora no «b», agência «ag», conta «cc»", b=bname, ag=(g.agency(), "BANK_ACCOUNT"),
                cc=(g.account(), "BANK_ACCOUNT"))
    t.f("CLÁUSULA 2ª — O genitor pagará alimentos de R$ «v» («pc»% do salário mínimo) até o dia «dd» de cada mês, «pay».\n"
        "CLÁUSULA 3ª — As despesas extraordinárias (material escolar, medicamentos) serão divididas igualmente.\n"
        "CLÁUSULA 4ª — O presente termo, referendado pela Defensoria Pública, é título executivo extrajudicial (art. 784, IV, CPC).\n\n",
        v=brl(cents), pc=g.pick([20, 25, 30, 35]), dd=g.pick([5, 10, 15]), pay=pay)
    reflow(t, g.pick([95, 5000]))
    d.add(t)
    d.f("«c», «dt».\n\n", c=city, dt=g.date("long"))
    d.t("_" * 38 + "\n1ª parte\n\n")
    d.t("_" * 38 + "\n2ª parte\n\n")
    signature(d, P(med.full), ["Mediador" + ("a" if med.female else "") + " — " + g.pick(["servidor(a)", "voluntári" + med.o])])
    signature(d, P(dp.full), ["Defensor" + ("a" if dp.female else "") + " Públic" + ("a" if dp.female else "o")])
    return d


# =========================================================================== saude

PROCS = ["CONSULTA EM ORTOPEDIA - GERAL", "CONSULTA EM CARDIOLOGIA", "CONSULTA EM NEUROLOGIA PEDIÁTRICA",
         "CONSULTA EM PSIQUIATRIA", "RESSONÂNCIA MAGNÉTICA DE COLUNA LOMBO-SACRA", "ECOCARDIOGRAMA TRANSTORÁCICO",
         "CONSULTA EM OFTALMOLOGIA - RETINA", "MAMOGRAFIA BILATERAL PARA RASTREAMENTO", "CONSULTA EM NEFROLOGIA",
         "CONSULTA EM ONCOLOGIA CLÍNICA", "AVALIAÇÃO EM FONOAUDIOLOGIA (TEA)", "COLONOSCOPIA"]


def sa_sisreg(g: Gen) -> Doc:
    """A SISREG ambulatory regulation request printout: requesting unit and doctor, patient, procedure, risk, status history."""
    city, uf = g.city()
    p = g.person(female=g.chance(0.6))
    pdob(g, p, 1938, 2022)
    med = g.person()
    reg = g.person()
    d = Doc()
    d.f("SISREG III — Central de Regulação Ambulatorial de «c»/«uf»\nSOLICITAÇÃO Nº «n»   Situação: «st»\n\n", c=city.upper(), uf=uf,
        n=sisreg_code(g), st=g.pick(["PENDENTE", "DEVOLVIDA", "AUTORIZADA", "REENVIADA", "AGENDADA"]))
    d.f("Unidade solicitante: «u» — CNES «cn»\nProfissional solicitante: «m» — «crm» — CPF «cpf»\nOperador: «op»\n\n",
        u=g.pick(UBS).upper(), cn=g.d(7), m=P(fold(med.full).upper()), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
        cpf=(g.pcpf(med), "BR_CPF") if g.chance(0.5) else "***.***.***-**", op=g.pick(LOGINS))
    d.t("DADOS DO PACIENTE\n")
    form(d, g, [[("CNS", (pcns(g, p), "BR_CNS")), ("Nome", P(p.caps)), ("CPF", (g.pcpf(p), "BR_CPF") if g.chance(0.7) else "")],
                [("Data de nascimento", (dob_s(g, p, "br"), "DATE_OF_BIRTH")), ("Sexo", "FEMININO" if p.female else "MASCULINO"),
                 ("Idade", f"{age(p)} anos")],
                [("Nome da mãe", P(g.relative(p, True).caps))],
                [("Município de residência", f"{city.upper()} - {uf}"), ("Endereço", (g.address("caps"), "ADDRESS")), ("CEP", cep_t(g))],
                [("Telefone", ph(g)), ("Telefone 2", ph(g) if g.chance(0.5) else "")]], g.pick(["inline", "below", "grid"]))
    d.f("\nPROCEDIMENTO: «pr»\nCID: «cid»   Classificação de risco: «cr»\nJUSTIFICATIVA: «j»\n\n", pr=g.pick(PROCS), cid=g.pick(CIDS),
        cr=g.pick(["VERMELHO - EMERGÊNCIA", "AMARELO - URGÊNCIA", "VERDE - NÃO URGENTE", "AZUL - ELETIVO"]),
        j=D("Pcte «n», «i»a, «h». «x» Solicito avaliação. Acompanhante: «ac» (filh«o»), tel «t».", n=P(p.first if g.chance(0.6) else fold(p.first).upper()),
            i=age(p), h=g.pick(["HAS + DM2 há 10 anos", "lombalgia crônica c/ irradiação p/ MIE", "nódulo palpável mama D", "crises convulsivas refratárias",
                                "atraso de fala, suspeita de TEA", "baixa acuidade visual progressiva"]),
            x=g.pick(["Já fez tto conservador sem melhora.", "Exames anexos.", "Paciente acamado.", "Gestante 2º tri."]),
            ac=P(g.relative(p).first), o=g.pick(["a", "o"]), t=ph(g)))
    d.t("HISTÓRICO\n")
    hist = [["Data/hora", "Ação", "Responsável"]]
    rows = [[f"{g.date('short')} {g.hm()}", "SOLICITADA", g.pick(LOGINS)],
            [f"{g.date('short')} {g.hm()}", "DEVOLVIDA: anexar exame de imagem recente", P(fold(reg.full).upper())],
            [f"{g.date('short')} {g.hm()}", "REENVIADA", g.pick(LOGINS)]]
    if g.chance(0.6):
        rows.append([f"{g.date('short')} {g.hm()}", D("AUTORIZADA — médico regulador «r» «crm»", r=P(reg.short),
                                                       crm=(g.council("CRM", uf), "PROFESSIONAL_ID")), "regulador"])
        rows.append([f"{g.date('short')} {g.hm()}", f"AGENDADA p/ {g.date('short')} {g.hm()} — {g.pick(HOSPS)}", g.pick(LOGINS)])
    table_layout(d, hist[0], rows, gap=3)
    d.f("\nChave de confirmação: «k»\nImpresso em «dt» por «l»\n", k=g.d(10), dt=g.date(), l=g.pick(LOGINS))
    return d


def sa_caps(g: Gen) -> Doc:
    """A CAPS multiprofessional progress record (evoluções) with the singular therapeutic plan's reference team."""
    city, uf = g.city()
    p = g.person(female=g.chance(0.45))
    pdob(g, p, 1960, 2010)
    caps = g.pick(CAPS_U)
    team = [(g.person(female=g.chance(0.7)), k) for k in ["CRP", "COREN", "CRESS", "CRM", "CRP"]]
    ir = g.relative(p, female=True)
    d = Doc()
    d.f("«c» — «ci»\nPRONTUÁRIO Nº «n» — EVOLUÇÃO MULTIPROFISSIONAL\nUsuári«o»: «u»   DN «dn»   CNS «cns»   CPF «cpf»\nCID-10: «cid»   "
        "Técnic«t» de referência: «tr»\nEnd.: «ad» — CEP «cep» — tel. «tel»\n\n", ad=(g.address(), "ADDRESS"), cep=cep_t(g), tel=ph(g), c=caps.upper(), cpf=(g.pcpf(p), "BR_CPF"), ci=city, n=g.d(5), o=p.o, u=P(p.full),
        dn=(dob_s(g, p, "br"), "DATE_OF_BIRTH"), cns=(pcns(g, p), "BR_CNS"), cid=g.pick([c for c in CIDS if c.startswith("F")]),
        t=team[0][0].o, tr=P(team[0][0].full))
    dates = sorted((g.date("short") for _ in range(g.ri(2, 4))), key=lambda x: x[6:] + x[3:5] + x[:2])
    notes = [
        lambda pr: D("Atendimento individual. «u» refere melhora do sono, nega ideação suicida. Relata conflito com o irmão «x», "
                     "que «ac». Mantido PTS.", u=P(p.first), x=P(g.relative(p, False).first), ac=g.pick(["a chama de louca", "pega o dinheiro do BPC", "bebe todo dia"])),
        lambda pr: D("Administrado «m» IM conforme prescrição. PA «pa» mmHg. Usuári«o» veio acompanhad«o» da irmã «i» (tel. «t»).",
                     m=g.pick(["haloperidol decanoato 50mg", "flufenazina 25mg"]), pa=f"{g.ri(10, 15)}x{g.ri(6, 9)}", o=p.o, i=P(ir.first), t=ph(g)),
        lambda pr: D("Visita domiciliar com a ACS da microárea. Casa em condições precárias, geladeira vazia. Vizinho «v», conhecido como «vg», "
                     "relata que «u» passa noites na rua. Encaminhado ao «cr» p/ atualização CadÚnico (NIS «nis»).",
                     v=P(g.person(False).first), vg=P(g.pick(VULGOS)), u=P(p.first), cr=g.pick(CRAS),
                     nis=(pnis(g, p), "BR_PIS")),
        lambda pr: D("Consulta psiquiátrica. Ajustada dose de «m». Retorno 30d. Solicitado laudo p/ perícia do INSS (BPC).",
                     m=g.pick(["risperidona", "quetiapina", "carbonato de lítio", "sertralina"])),
        lambda pr: D("Grupo de convivência. Usuári«u» participou da oficina de «o». Boa interação.", u=p.o,
                     o=g.pick(["horta", "música", "artesanato"])),
    ]
    order = g.rng.sample(range(len(notes)), len(dates))
    for dt, k in zip(dates, order):
        pr, kind = team[k]
        d.f("«dt» «hm» — ", dt=dt, hm=g.hm())
        d.add(notes[k](pr))
        d.f("\n  «n» — «c»\n\n", n=P(pr.full if g.chance(0.6) else pr.short), c=(g.council(kind, uf) if kind != "CRESS" else cress(g, uf), "PROFESSIONAL_ID"))
    d.f("Contato de referência familiar: «i» («r») — «t» — «ad»\n", i=P(ir.full), r="irmã", t=ph(g), ad=(g.address(), "ADDRESS"))
    return d


def sa_laudo(g: Gen) -> Doc:
    """An INSS medical-expert report with the social assessment for BPC/LOAS (requester, legal guardian, expert, social worker)."""
    city, uf = g.city()
    r = g.person(female=g.chance(0.5))
    pdob(g, r, 1950, 2020)
    minor = age(r) < 18
    rep_ = g.relative(r, True) if (minor or g.chance(0.4)) else None
    per = g.person()
    ass = g.person(female=g.chance(0.85))
    d = Doc()
    d.f("INSTITUTO NACIONAL DO SEGURO SOCIAL — APS «c»\nLAUDO MÉDICO PERICIAL — BENEFÍCIO ASSISTENCIAL À PESSOA COM DEFICIÊNCIA (B87)\n\n",
        c=city.upper())
    form(d, g, [[("NB", nb(g)), ("DER", g.date("br", 2024)), ("Data do exame", g.date())],
                [("Requerente", P(r.caps)), ("NIT", (pnis(g, r), "BR_PIS"))],
                [("CPF", (g.pcpf(r), "BR_CPF")), ("Data de nascimento", (dob_s(g, r, "br"), "DATE_OF_BIRTH"))],
                [("Endereço", addr(g)), ("CEP", cep_t(g)), ("Telefone", ph(g))],
                [("Representante legal", P(rep_.caps) if rep_ else "—"), ("CPF rep.", (g.pcpf(rep_), "BR_CPF") if rep_ else "—")]],
         g.pick(["inline", "below"]))
    t = Doc()
    t.f("\nHISTÓRIA CLÍNICA: «n», «i» anos, «h». Apresenta relatórios do(a) «m» («crm»), datado de «dt», e de «cp». "
        "Refere dependência para atividades de vida diária; acompanhad«o» pel«a» «rep» no exame.\n",
        n=P(r.first), i=age(r), h=g.pick(["portador(a) de paralisia cerebral", "com diagnóstico de TEA nível 2", "com sequela de AVC",
                                          "com insuficiência renal crônica em hemodiálise", "com cegueira bilateral", "com esquizofrenia"]),
        m=P(g.person().full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), dt=g.date("br", 2024), cp=g.pick(CAPS_U + HOSPS),
        o=r.o, a="a" if not rep_ or rep_.female else "o", rep=P(rep_.first) if rep_ else "filha")
    t.f("EXAME FÍSICO: «e»\nCID PRINCIPAL: «c1»   CID SECUNDÁRIO: «c2»\n", e=g.pick(["lúcido(a), orientado(a), marcha atípica.",
                                                                             "pouco contactuante, estereotipias motoras.",
                                                                             "hemiparesia à direita, afasia de expressão."]),
        c1=g.pick(CIDS), c2=g.pick(CIDS))
    t.f("CONCLUSÃO: há impedimento de longo prazo (art. 20, §2º, da Lei 8.742/1993). DII fixada em «dt».\n\n", dt=g.date("br", 2023))
    reflow(t, g.pick([100, 5000]))
    d.add(t)
    d.f("Perito Médico Federal: «p» — «crm» — matr. SIAPE «s»\n\n", p=P(per.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), s=g.d(7))
    d.t("AVALIAÇÃO SOCIAL\n")
    s = Doc()
    s.f("Grupo familiar: «r» (requerente), «a» («q»)", r=P(r.first), a=P(rep_.full if rep_ else g.relative(r).full), q=g.pick(["mãe", "cônjuge", "filho(a)"]))
    for _ in range(g.ri(0, 2)):
        o = g.relative(r)
        s.f(", «n» («i» anos)", n=P(o.first), i=g.ri(2, 70))
    s.f(". Renda bruta familiar declarada R$ «v», per capita inferior a 1/4 do salário mínimo. Residência alugada na «ad», "
        "acesso por rua sem pavimentação, distante «k» km da «u». Barreiras: transporte, comunicação.\n",
        v=g.money(0, 900), ad=(g.address(), "ADDRESS"), k=g.ri(1, 12), u=g.pick(UBS))
    reflow(s, g.pick([100, 5000]))
    d.add(s)
    d.f("Assistente social: «a» — «c»\n", a=P(ass.full), c=(cress(g, uf), "PROFESSIONAL_ID"))
    return d


def sa_referencia(g: Gen) -> Doc:
    """A referral and counter-referral form (guia de referência e contrarreferência), written in clinicians' shorthand."""
    city, uf = g.city()
    p = g.person(female=g.chance(0.6))
    pdob(g, p, 1945, 2021)
    m1, m2 = g.person(), g.person()
    acs = g.person(female=g.chance(0.8))
    d = Doc()
    d.f("SECRETARIA MUNICIPAL DE SAÚDE DE «c»\nGUIA DE REFERÊNCIA E CONTRARREFERÊNCIA\n\nDe: «u»   Para: «h»\n\n", c=city.upper(),
        u=g.pick(UBS), h=g.pick(HOSPS + CAPS_U))
    form(d, g, [[("Nome", P(p.full if g.chance(0.5) else p.caps)), ("DN", (dob_s(g, p, g.pick(["br", "short", "nopad"])), "DATE_OF_BIRTH"))],
                [("CNS", (pcns(g, p), "BR_CNS")), ("CPF", (g.pcpf(p), "BR_CPF") if g.chance(0.6) else "—"), ("Prontuário", g.d(6))],
                [("Mãe/resp.", P(g.relative(p, True).full)), ("Tel", ph(g))],
                [("End.", addr(g)), ("CEP", cep_t(g)), ("Microárea", [f"{g.ri(1, 12):02d} — ACS ", P(acs.first)])]], "inline")
    d.f("\nREFERÊNCIA\nMotivo: «m»\nHDA: «h»\nHPP: «hp»\nCID: «cid»\nConduta até o momento: «c»\n\n",
        m=g.pick(["Encaminho pcte p/ avaliação especializada", "Solicito avaliação e conduta", "Encaminho p/ acompanhamento"]),
        h=D("«n» refere «q» há «t» meses, piora progressiva. Nega febre.", n=P(p.first), q=g.pick(["dor torácica aos esforços", "cefaleia diária",
                                                                                                 "perda de peso e tosse", "tristeza, insônia e choro fácil"]),
            t=g.ri(2, 18)),
        hp=g.pick(["HAS, DM2", "nega comorbidades", "tabagista 20 maços/ano", "etilista", "G3P2A1"]), cid=g.pick(CIDS),
        c=g.pick(["losartana 50mg 12/12h", "sertralina 50mg", "dipirona SN", "sem medicação"]))
    d.f("«dt»\n", dt=g.date())
    signature(d, P(m1.full), [(g.council("CRM", uf), "PROFESSIONAL_ID")], "_" * 26)
    d.f("\nCONTRARREFERÊNCIA (preenchido pela unidade de destino)\n«t»\n«dt»\n", dt=g.date(),
        t=D("Pcte avaliad«o» em «dt». «x» Retorna à UBS p/ seguimento. Retorno aqui em «n» meses.", o=p.o, dt=g.date("short"),
            x=g.pick(["Exames normais.", "Iniciado tto.", "Solicitada biópsia.", "Sem indicação cirúrgica."]), n=g.ri(2, 12)))
    signature(d, P(m2.full), [(g.council(g.pick(["CRM", "CRM", "CRP"]), uf), "PROFESSIONAL_ID")], "_" * 26)
    return d


def sa_tfd(g: Gen) -> Doc:
    """An out-of-town treatment (TFD) request: patient, companion, medical report, travel with the council's car and driver, bank data."""
    city, uf = g.city()
    p = g.person(female=g.chance(0.55))
    pdob(g, p, 1940, 2020)
    ac = g.relative(p)
    med = g.person()
    mot = g.person(female=False)
    bank, bname = g.pick(BANKS)
    d = Doc()
    d.f("SECRETARIA MUNICIPAL DE SAÚDE — SETOR DE TRATAMENTO FORA DO DOMICÍLIO (TFD)\nPedido de TFD nº «n»   Data: «dt»\n\n",
        n=f"{g.ri(1, 999):03d}/{YEAR}", dt=g.date())
    d.t("1. PACIENTE\n")
    rg, iss = rg_t(g)
    form(d, g, [[("Nome", P(p.caps)), ("DN", (dob_s(g, p, "br"), "DATE_OF_BIRTH"))],
                [("CPF", (g.pcpf(p), "BR_CPF")), ("RG", rg), ("Órgão", iss)],
                [("CNS", (pcns(g, p), "BR_CNS")), ("Tel", ph(g))],
                [("Endereço", addr(g)), ("CEP", cep_t(g))]], g.pick(["inline", "below", "grid"]))
    d.t("\n2. ACOMPANHANTE\n")
    rg2, iss2 = rg_t(g)
    form(d, g, [[("Nome", P(ac.caps)), ("Parentesco", g.pick(["filha", "filho", "esposa", "marido", "mãe", "irmã"]))],
                [("CPF", (g.pcpf(ac), "BR_CPF")), ("RG", rg2), ("Tel", ph(g))]], g.pick(["inline", "below"]))
    d.f("\n3. LAUDO MÉDICO\nDiagnóstico: «cid» — «dg»\nTratamento solicitado: «tr» no «h» («ci»)\nJustificativa: procedimento não "
        "disponível no município. Paciente «x» acompanhante.\nMédico assistente: «m» — «crm»\n\n", cid=g.pick(CIDS),
        dg=g.pick(["neoplasia maligna", "IRC dialítica", "cardiopatia congênita", "catarata bilateral"]),
        tr=g.pick(["quimioterapia", "hemodiálise", "consulta em cirurgia cardíaca pediátrica", "facectomia"]), h=g.pick(HOSPS),
        ci=g.pick([c for c, _ in CITIES]), x=g.pick(["necessita de", "necessita de", "dispensa"]), m=P(med.full),
        crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    d.t("4. TRANSPORTE E AJUDA DE CUSTO\n")
    d.f("Transporte: «t»\n", t=g.pick([D("veículo oficial «m» placa «pl», motorista «mo» (CNH «cnh»)", m=g.pick(["Spin", "Doblò", "Van Ducato", "Sprinter"]),
                                          pl=(g.plate(), "LICENSE_PLATE"), mo=P(mot.short), cnh=(g.cnh(), "BR_CNH")),
                                        "passagem rodoviária (2 trechos)", D("ônibus da saúde placa «pl» — saída 3h30 da praça da Matriz",
                                                                             pl=(g.plate(), "LICENSE_PLATE"))]))
    who = p if g.chance(0.5) else ac
    d.f("Ajuda de custo: R$ «v» (diária Portaria SAS 55/1999) — crédito em conta de «n»: «b», ag «ag», conta «cc»\n\n", v=g.money(24, 300),
        n=P(who.short), b=bname, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    d.f("Parecer da regulação: «p»\nAutorizado por: «a»\n", p=g.pick(["DEFERIDO", "DEFERIDO — agendar com 48h", "PENDENTE — falta exame"]),
        a=P(g.person().full))
    return d


def sa_esus(g: Gen) -> Doc:
    """A community health agent's household and individual registration (e-SUS APS), printed as a family sheet."""
    city, uf = g.city()
    fam = family(g)
    acs = g.person(female=g.chance(0.8))
    d = Doc()
    d.f("e-SUS APS — CADASTRO DOMICILIAR E TERRITORIAL\nUnidade: «u»   Equipe: «eq»   Microárea: «ma»\nACS: «a»   Data: «dt»\n\n",
        u=g.pick(UBS), eq=f"ESF {g.ri(1, 30):02d} - INE {g.d(10)}", ma=f"{g.ri(1, 12):02d}", a=P(acs.full), dt=g.date())
    form(d, g, [[("Tipo de logradouro", g.pick(["RUA", "TRAVESSA", "BECO"])), ("Endereço", (g.address("caps"), "ADDRESS"))],
                [("Bairro", g.pick(BAIRROS)), ("CEP", cep_t(g)), ("Município", f"{city}/{uf}")],
                [("Tel. residencial", ph(g, None, False) if g.chance(0.3) else "—"), ("Tel. contato", ph(g))],
                [("Situação de moradia", g.pick(["Próprio", "Alugado", "Cedido", "Ocupação"])),
                 ("Abastecimento de água", g.pick(["Rede encanada", "Poço/nascente", "Cisterna", "Carro-pipa"]))],
                [("Energia elétrica", g.pick(["Sim", "Sim", "Não (ligação irregular)"])), ("Animais", g.pick(["cachorro (2)", "gato", "não", "galinhas"]))]], "inline")
    d.t("\nFAMÍLIA — responsável: ")
    d.e(fam[0].p.full, "PERSON").t(f"   Renda familiar: {g.pick(['até 1/4 SM', '1/4 a 1/2 SM', '1/2 a 1 SM', '1 a 2 SM'])}   Prontuário familiar: {g.d(5)}\n\n")
    rows = []
    for m in fam:
        rows.append([P(fold(m.p.full).upper() if g.chance(0.7) else m.p.full),
                     (pcns(g, m.p, False), "BR_CNS") if g.chance(0.75) else (g.pcpf(m.p, "raw"), "BR_CPF"),
                     (dob_s(g, m.p, "br"), "DATE_OF_BIRTH"), "F" if m.p.female else "M",
                     member_rel(g, m.p, m.kind).split("/")[0],
                     g.pick(["—", "HAS", "DM", "gestante", "acamado(a)", "fumante", "deficiência física", "—", "—"])])
    if g.chance(0.5):
        table_layout(d, ["Nome", "CNS/CPF", "DN", "Sexo", "Parentesco", "Condições"], rows, gap=2)
    else:
        table_cells(d, ["Nome", "CNS/CPF", "DN", "Sexo", "Parentesco", "Condições"], rows)
    d.f("\nObs. ACS: «o»\n", o=g.pick([D("«n» faz hemodiálise 3x/sem, transporte pela prefeitura.", n=P(fam[-1].p.first)),
                                       D("família recusou visita da equipe em «dt».", dt=g.date("short")),
                                       D("a filha de «n» está grávida, não fez pré-natal.", n=P(fam[0].p.first)),
                                       "imóvel com risco de desabamento, informado à Defesa Civil."]))
    return d


def sa_sinan(g: Gen) -> Doc:
    """The SINAN interpersonal/self-inflicted violence notification form, numbered fields, notifier at the end."""
    city, uf = g.city()
    v = g.person(female=g.chance(0.75))
    pdob(g, v, 1950, 2020)
    au = g.person(female=False)
    nt = g.person(female=g.chance(0.8))
    d = Doc()
    d.f("República Federativa do Brasil — Ministério da Saúde\nSINAN — SISTEMA DE INFORMAÇÃO DE AGRAVOS DE NOTIFICAÇÃO   Nº «n»\n"
        "FICHA DE NOTIFICAÇÃO INDIVIDUAL — VIOLÊNCIA INTERPESSOAL/AUTOPROVOCADA\n\n", n=g.d(7))
    d.f("1 Tipo de notificação: 2 - Individual\n4 Data da notificação: «dt»\n5 UF: «uf»   6 Município de notificação: «c»\n"
        "7 Unidade notificadora: «u»   Código (CNES): «cn»\n8 Data da ocorrência da violência: «dv»\n\n",
        dt=g.date(), uf=uf, c=city, u=g.pick(UBS + HOSPS), cn=g.d(7), dv=g.date())
    d.f("Notificação individual\n9 Nome do paciente: «n»\n10 Data de nascimento: «dn»   11 Idade: «i»   12 Sexo: «s»\n"
        "13 Gestante: «ge»   14 Raça/cor: «r»\n16 Número do cartão SUS: «cns»\n17 Nome da mãe: «m»\n\n",
        n=P(v.caps), dn=(dob_s(g, v, "br"), "DATE_OF_BIRTH"), i=f"{age(v)} A", s="F" if v.female else "M",
        ge=g.pick(["5 - Não", "6 - Não se aplica", "2 - 2º trimestre"]) if v.female else "6 - Não se aplica",
        r=g.pick(["1 - Branca", "2 - Preta", "4 - Parda", "5 - Indígena"]), cns=(pcns(g, v), "BR_CNS"), m=P(g.relative(v, True).caps))
    d.f("Dados de residência\n18 UF: «uf»   19 Município: «c»\n22 Bairro: «b»   23 Logradouro: «ad»\n29 CEP: «cep»\n30 (DDD) Telefone: «t»\n\n",
        uf=uf, c=city, b=g.pick(BAIRROS), ad=(g.address("caps"), "ADDRESS"), cep=cep_t(g), t=ph(g, "par"))
    d.f("Dados da ocorrência\n«oc»\n55 Tipo de violência: «tv»\n61 Número de envolvidos: «ne»\n62 Vínculo/grau de parentesco com a pessoa atendida: «vi»\n"
        "63 Sexo do provável autor: 1 - Masculino\n64 Suspeita de uso de álcool: «al»\n\n",
        oc=D("Local de ocorrência: «lo»", lo=g.pick(["01 - Residência", "03 - Escola", "06 - Via pública"])),
        tv=g.pick(["Física", "Psicológica/moral", "Sexual", "Negligência/abandono", "Física; Psicológica/moral"]), ne="1 - Um",
        vi=g.pick(["Ex-cônjuge", "Cônjuge", "Padrasto", "Pai", "Namorado", "Conhecido"]), al=g.pick(["1 - Sim", "2 - Não", "9 - Ignorado"]))
    d.f("Informações complementares e observações\nNome do provável autor (se informado pela vítima): «a»\nObs.: «o»\n\n",
        a=P(au.full) if g.chance(0.6) else "não informado",
        o=D("paciente trazid«o» pelo SAMU, acompanhad«o» da vizinha «v». Encaminhad«o» ao «cr» e à «dl». Conselho Tutelar comunicado "
            "(conselheira «ct»).", o=v.o, v=P(g.person(True).first), cr=g.pick(CREAS), dl=g.pick(DELEGACIAS).split(" — ")[0],
            ct=P(g.person(True).first)) if age(v) < 18 else
        D("paciente trazid«o» pelo SAMU. Encaminhad«o» ao «cr».", o=v.o, cr=g.pick(CREAS)))
    fn, kind = g.pick([("Enfermeir" + nt.o, "COREN"), ("Assistente social", "CRESS"), ("Médic" + nt.o, "CRM"), ("Psicólog" + nt.o, "CRP")])
    d.f("Notificador\nNome: «n»   Função: «f»\n«c»   Assinatura: ____________\n", n=P(nt.full), f=fn,
        c=(cress(g, uf) if kind == "CRESS" else g.council(kind, uf), "PROFESSIONAL_ID"))
    return d


# =========================================================================== financeiro


def fi_cadunico(g: Gen) -> Doc:
    """A CadÚnico registration extract (folha resumo / comprovante de cadastramento) with the household's members."""
    city, uf = g.city()
    fam = family(g)
    rf = fam[0].p
    ent = g.person(female=g.chance(0.7))
    d = Doc()
    d.f("CADASTRO ÚNICO PARA PROGRAMAS SOCIAIS DO GOVERNO FEDERAL\nCOMPROVANTE DE CADASTRAMENTO / FOLHA RESUMO\n\n"
        "Código familiar: «cf»   Data da entrevista: «de»   Data da última atualização: «da»\nMunicípio: «c»/«uf»   "
        "Forma de coleta: «fc»\n\n", cf=cod_familiar(g), de=g.date(), da=g.date(), c=city.upper(), uf=uf,
        fc=g.pick(["Com visita domiciliar", "Sem visita domiciliar"]))
    d.t("ENDEREÇO\n")
    form(d, g, [[("Logradouro", (g.address("caps"), "ADDRESS")), ("Bairro", fold(g.pick(BAIRROS)).upper())],
                [("CEP", cep_t(g)), ("Referência", g.pick(["PROX. BAR DO BRANCO", "ATRAS DA ESCOLA", "VIELA 3", "-"]))],
                [("Telefone 1", ph(g, g.pick(["par", "raw"]))), ("Telefone 2", ph(g) if g.chance(0.5) else "-")]], "inline")
    d.t("\nRESPONSÁVEL FAMILIAR (RF)\n")
    rg, iss = rg_t(g)
    form(d, g, [[("Nome", P(rf.caps)), ("NIS", (pnis(g, rf), "BR_PIS"))],
                [("CPF", (g.pcpf(rf), "BR_CPF")), ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.7) else "-")],
                [("RG", rg if g.chance(0.6) else "-"), ("Data de nascimento", (dob_s(g, rf, "br"), "DATE_OF_BIRTH"))],
                [("Nome da mãe", P(g.relative(rf, True).caps))]], g.pick(["inline", "grid"]))
    d.t("\nCOMPOSIÇÃO FAMILIAR\n")
    comp_table(d, g, fam, ["nome", "nis", "cpf", "dn", "parentesco", "renda"], style=g.pick([0, 0, 1]))
    d.f("\nRenda familiar per capita: R$ «r»   Faixa: «f»\nPrograma Bolsa Família: «pbf»\n\n", r=renda_pc(fam),
        f=g.pick(["Extrema pobreza", "Pobreza", "Baixa renda"]), pbf=g.pick(["Família beneficiária", "Não beneficiária", "Em regra de proteção"]))
    d.f("Declaro que as informações prestadas são verdadeiras (art. 299 do Código Penal).\n\n«c», «dt».\n\n", c=city, dt=g.date("long"))
    d.t("_" * 38 + "\nAssinatura do(a) responsável familiar\n")
    signature(d, P(ent.full), ["Entrevistador" + ("a" if ent.female else "") + " — matrícula " + g.d(6)])
    if g.chance(0.5):
        d.f("Responsável pelo cadastramento no município: «n» — «c»\n", n=P(g.person(True).full), c=(cress(g, uf), "PROFESSIONAL_ID"))
    return d


def fi_bpc(g: Gen) -> Doc:
    """A BPC/LOAS application form to the INSS: applicant, legal representative or attorney, household, account for payment."""
    city, uf = g.city()
    fam = family(g, size=g.ri(2, 4))
    r = g.person(female=g.chance(0.5))
    pdob(g, r, 1935, 1959) if g.chance(0.5) else pdob(g, r, 1970, 2020)
    idoso = r.born[2] < 1960
    bank, bname = g.pick(BANKS[:5])
    proc = g.person() if g.chance(0.4) else None
    d = Doc()
    d.f("INSS — REQUERIMENTO DE BENEFÍCIO ASSISTENCIAL AO «t» (LOAS)\nProtocolo Meu INSS: «p»   DER: «der»\nCanal: «cn»\n\n",
        t="IDOSO (B88)" if idoso else "DEFICIENTE (B87)", p=g.d(10), der=g.date(), cn=D("Meu INSS (app) — IP «ip» — «h»", ip=(g.ip(), "IP_ADDRESS"), h=g.hms()) if g.chance(0.6) else "Central 135 / agência")
    d.t("QUADRO 1 — REQUERENTE\n")
    rg, iss = rg_t(g)
    form(d, g, [[("Nome", P(r.full)), ("CPF", (g.pcpf(r), "BR_CPF"))],
                [("NIT", (pnis(g, r), "BR_PIS")), ("Data nasc.", (dob_s(g, r, "br"), "DATE_OF_BIRTH")), ("RG", rg)],
                [("Endereço", addr(g)), ("CEP", cep_t(g))],
                [("Telefone", ph(g)), ("E-mail", (g.email(r), "EMAIL_ADDRESS") if g.chance(0.4) else "")]],
         g.pick(["inline", "below", "grid", "blocks"]))
    if not idoso or g.chance(0.4):
        rep_ = fam[0].p
        d.f("\nQUADRO 2 — REPRESENTANTE LEGAL («t»)\nNome: «n»   CPF: «c»   Tel: «ph»\n", t=g.pick(["curador(a)", "tutor(a)", "genitor(a)", "administrador provisório"]),
            n=P(rep_.full), c=(g.pcpf(rep_), "BR_CPF"), ph=ph(g))
    if proc is not None:
        d.f("PROCURADOR(A): «n», «o», e-mail «e»\n", n=P(proc.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"),
            e=(g.email(proc, g.pick(["adv.br", "gmail.com", "advocacia" + slug(proc.last) + ".com.br"])), "EMAIL_ADDRESS"))
    d.t("\nQUADRO 3 — GRUPO FAMILIAR (art. 20, §1º, Lei 8.742/1993)\n")
    rows = []
    for m in fam:
        rows.append([P(m.p.full if g.chance(0.7) else m.p.caps), (g.pcpf(m.p), "BR_CPF") if age(m.p) >= 14 else "—",
                     (dob_s(g, m.p, "br"), "DATE_OF_BIRTH"), g.pick(["mãe", "pai", "irmã(o)", "cônjuge", "filho(a)", "companheira"]),
                     brl(m.renda) if m.renda else "0,00"])
    table_layout(d, ["Nome", "CPF", "Nascimento", "Parentesco", "Renda"], rows, gap=2)
    d.f("\nQUADRO 4 — FORMA DE RECEBIMENTO\n«f»\n\n", f=g.pick([
        D("Conta corrente/poupança em nome do requerente: banco «b» («bn»), agência «ag», conta «cc»", b=bank, bn=bname,
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT")),
        "Cartão magnético (conta benefício) — agência mais próxima da residência",
        D("Conta em nome do representante legal — «bn» ag «ag» c/c «cc»", bn=bname, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))]))
    d.f("Declaro estar ciente de que a inscrição no CadÚnico (código familiar «cf») é requisito (Decreto 6.214/2007).\n«c», «dt».\n\n",
        cf=cod_familiar(g), c=city, dt=g.date())
    signature(d, P(r.full if g.chance(0.5) else fam[0].p.full), ["Assinatura / impressão digital"])
    d.f("Atendimento: «a» — Técnico do Seguro Social — matr. «m»\n", a=P(g.person().short), m=g.d(7))
    return d


def fi_sibec(g: Gen) -> Doc:
    """A municipal Bolsa Família management report of blocked and suspended benefits (Sibec-like export) with follow-up notes."""
    city, uf = g.city()
    d = Doc()
    d.f("MDS — SIBEC | Gestão Municipal do Programa Bolsa Família — «c»/«uf»\nRELATÓRIO DE BENEFÍCIOS BLOQUEADOS/SUSPENSOS — "
        "REFERÊNCIA «m»/«y»\nGerado em «dt» por «l»\n\n", c=city.upper(), uf=uf, m=f"{g.ri(1, 12):02d}", y=YEAR, dt=g.date(), l=g.pick(LOGINS))
    motivos = ["Averiguação cadastral", "Revisão cadastral — cadastro desatualizado há +24 meses", "Descumprimento condicionalidade educação",
               "Renda per capita acima do limite (regra de proteção)", "Indício de óbito (SIRC)", "Multiplicidade cadastral", "Não saque 3 parcelas"]
    rows = []
    people = []
    for i in range(g.ri(4, 7)):
        p = g.person(female=g.chance(0.85))
        people.append(p)
        rows.append([cod_familiar(g), (pnis(g, p, "raw"), "BR_PIS"), P(p.caps),
                     (g.pcpf(p, "raw"), "BR_CPF") if g.chance(0.6) else "",
                     g.pick(["BLOQ", "SUSP", "BLOQ", "CANC"]), g.pick(motivos), g.money(142, 1100), ph(g, "raw") if g.chance(0.7) else ""])
    if g.chance(0.5):
        table_layout(d, ["Cód. familiar", "NIS RF", "Nome RF", "CPF", "Sit.", "Motivo", "Valor (R$)", "Tel. contato"], rows, gap=2)
    else:
        d.t("COD_FAMILIAR;NIS_RF;NOME_RF;CPF_RF;SITUACAO;MOTIVO;VALOR;TEL\n")
        for r in rows:
            d.add(vdoc([r[0], ";", r[1], ";", r[2], ";", r[3], ";", r[4], ";", r[5], ";", r[6].replace(".", ""), ";", r[7]]))
            d.t("\n")
    d.t("\nACOMPANHAMENTO (anotações da gestão)\n")
    for p in g.rng.sample(people, 2):
        d.f("- «n»: «x»\n", n=P(g.pick([p.first, p.short, p.full])), x=g.pick([
            D("compareceu em «dt», atualizou cadastro. Desbloqueio solicitado.", dt=g.date("short")),
            D("não localizada no endereço; vizinhos informaram que mudou para «c».", c=g.pick([c for c, _ in CITIES])),
            D("filho voltou a frequentar a «e» — recurso de condicionalidade deferido.", e=g.pick(ESCOLAS)),
            D("tel. «t» não atende. Enviada carta.", t=ph(g)),
            "óbito confirmado; orientar inclusão de novo RF."]))
    d.f("\nTotal de famílias: «n» — valor bloqueado: R$ «v»\nResponsável: «r», gestor«a» municipal do PBF\n", n=len(rows),
        v=g.money(3000, 15000), r=P((gp := g.person()).full), a="a" if gp.female else "")
    return d


def fi_aluguel(g: Gen) -> Doc:
    """A rent-aid concession (aluguel social): technical opinion, landlord's data, lease, monthly payment by transfer or Pix."""
    city, uf = g.city()
    b = g.person(female=g.chance(0.8))
    pdob(g, b, 1960, 2004)
    loc = g.person()
    as_ = g.person(female=g.chance(0.85))
    sec = g.person()
    bank, bname = g.pick(BANKS)
    corp = g.chance(0.25)
    d = Doc()
    d.f("PREFEITURA MUNICIPAL DE «c» — SECRETARIA DE ASSISTÊNCIA SOCIAL\nPROCESSO ADMINISTRATIVO Nº «p»\n"
        "CONCESSÃO DE BENEFÍCIO EVENTUAL — ALUGUEL SOCIAL (Lei Municipal nº «l»)\n\n", c=city.upper(), p=f"{g.d(5)}/{YEAR}",
        l=f"{g.ri(1000, 4999)}/{g.ri(2009, 2023)}")
    d.t("PARECER TÉCNICO\n")
    t = Doc()
    t.f("Trata-se de solicitação de «n», CPF «c», NIS «nis», nascida em «dn», residente até «dt» na «ad», imóvel «m». A família é "
        "composta pela requerente e «k» filhos, o mais novo, «kk», com «i» anos. Contato: «t». ",
        n=P(b.full), c=(g.pcpf(b), "BR_CPF"), nis=(pnis(g, b), "BR_PIS"), dn=(dob_s(g, b, "br"), "DATE_OF_BIRTH"), dt=g.date("short"),
        ad=(g.address(), "ADDRESS"), m=g.pick(["interditado pela Defesa Civil após deslizamento", "atingido pela enchente de " + g.pick(MONTHS),
                                                "do qual foi despejada", "em área de risco"]),
        k=g.ri(1, 4), kk=P(g.child(b, None).first), i=g.ri(1, 12), t=ph(g))
    t.f("Considerando a renda per capita de R$ «r» e a situação de vulnerabilidade temporária, esta técnica é de parecer FAVORÁVEL "
        "à concessão por «m» meses, no valor mensal de R$ «v».", r=g.money(0, 400), m=g.pick([3, 6, 6, 12]), v=g.money(300, 700))
    reflow(t, g.pick([96, 5000]))
    d.add(t)
    d.f("\n\n«a»\nAssistente Social — «c»\n\nDADOS DO IMÓVEL E DO LOCADOR\n", a=P(as_.full), c=(cress(g, uf), "PROFESSIONAL_ID"))
    if corp:
        form(d, g, [[("Locador", g.pick(["Imobiliária Bento Imóveis Ltda", "Prudente Negócios Imobiliários", "Aurora Administradora de Bens"])),
                     ("CNPJ", (g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"))],
                    [("Corretor responsável", P(loc.full)), ("CRECI", f"CRECI/{uf} {g.d(5)}")]], "inline")
    else:
        form(d, g, [[("Locador(a)", P(loc.full)), ("CPF", (g.pcpf(loc), "BR_CPF"))],
                    [("Tel", ph(g)), ("E-mail", (g.email(loc), "EMAIL_ADDRESS") if g.chance(0.5) else "—")]], "inline")
    d.f("Imóvel locado: «ad» — CEP «cep»\nVigência do contrato: «d1» a «d2»\n", ad=(g.address(), "ADDRESS"), cep=cep_t(g),
        d1=g.date("short"), d2=g.date("short", 2026))
    d.f("Pagamento: «p»\n\n", p=g.pick([
        D("depósito na conta do locador — «bn», ag. «ag», c/c «cc»", bn=bname, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT")),
        D("Pix para a chave aleatória «k»", k=(g.uuid(), "PIX_KEY")),
        D("crédito na conta da beneficiária («bn» ag «ag» conta «cc»), que repassará ao locador mediante recibo", bn=bname,
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))]))
    d.f("DESPACHO: Defiro. Encaminhe-se ao Fundo Municipal de Assistência Social para empenho (dotação «dot»).\n«c», «dt».\n\n",
        dot=f"{g.d(2)}.{g.d(3)}.{g.d(4)}.{g.d(4)} 3.3.90.48", c=city, dt=g.date())
    signature(d, P(sec.full), ["Secretári" + sec.o + " Municipal de Assistência Social"])
    return d


def fi_averiguacao(g: Gen) -> Doc:
    """A cross-check of CadÚnico against RAIS/CNIS, vehicle and death registries, with a summons letter to one family."""
    city, uf = g.city()
    d = Doc()
    d.f("AVERIGUAÇÃO CADASTRAL «y» — Cruzamento CadÚnico × CNIS/RAIS × RENAVAM × SIRC\nMunicípio: «c»/«uf» — lista de famílias "
        "convocadas (uso restrito da gestão)\n\n", y=YEAR, c=city, uf=uf)
    fams = []
    for i in range(g.ri(3, 5)):
        p = g.person(female=g.chance(0.8))
        fams.append(p)
        src = g.ri(0, 2)
        d.f("«i») RF: «n» — NIS «nis» — CPF «cpf» — cód. fam. «cf»«t»\n", i=i + 1, n=P(p.caps), nis=(pnis(g, p), "BR_PIS"),
            cpf=(g.pcpf(p), "BR_CPF"), cf=cod_familiar(g), t=D(" — tel. «t»", t=ph(g)) if g.chance(0.5) else "")
        if g.chance(0.5):
            d.f("   end. cadastrado: «a» — CEP «c»\n", a=(g.address("caps"), "ADDRESS"), c=cep_t(g))
        if src == 0:
            m = g.relative(p)
            d.f("   vínculo CNIS: «m» («r») — empregador «e» CNPJ «j» — remuneração R$ «v» (comp. «cp»)\n", m=P(m.full) if g.chance(0.5) else "membro",
                r=g.pick(["companheiro", "filho", "filha", "a própria RF"]), e=g.pick(EMPLOYERS), j=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
                v=g.money(1412, 5200), cp=f"{g.ri(1, 12):02d}/{YEAR - 1}")
        elif src == 1:
            d.f("   veículo em nome de membro: «mo» placa «pl» (RENAVAM «r»), ano «a»\n", mo=g.pick(CAR_MODELS), pl=(g.plate(), "LICENSE_PLATE"),
                r=g.renavam(), a=g.ri(2005, 2023))
        else:
            m = g.relative(p)
            pdob(g, m, 1930, 1990)
            d.f("   óbito de membro (SIRC): «m», nascid«o» em «dn», falecid«o» em «df»\n", m=P(m.full), o=m.o,
                dn=(dob_s(g, m, "br"), "DATE_OF_BIRTH"), df=g.date("br", 2024))
    target = g.pick(fams)
    ent = g.person(female=g.chance(0.7))
    d.t("\n" + "-" * 60 + "\n")
    d.f("\nCONVOCAÇÃO\n\nÀ Sra./Sr. «n»\n«ad»\n«b» — CEP «cep» — «c»/«uf»\n\nPrezad«o» responsável familiar,\n\n", n=P(target.full),
        ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=cep_t(g), c=city, uf=uf, o=target.o)
    t = Doc()
    t.f("Sua família foi selecionada no processo de Averiguação Cadastral do Governo Federal. Compareça ao «cr» até «dt», "
        "das 8h às 16h, com documentos de todos os membros e comprovante de renda, para atualizar o Cadastro Único. O não "
        "comparecimento poderá causar o bloqueio do benefício. Dúvidas: «t» (WhatsApp do Cadastro Único).",
        cr=g.pick(CRAS), dt=g.date("short"), t=ph(g, "par"))
    reflow(t, g.pick([90, 5000]))
    d.add(t)
    d.f("\n\nAtenciosamente,\n«e»\nEntrevistador«a» do Cadastro Único\n", e=P(ent.full), a="a" if ent.female else "")
    return d


def fi_funeral(g: Gen) -> Doc:
    """An eventual-benefit application for funeral aid: applicant, deceased, funeral home invoice, payment data."""
    city, uf = g.city()
    r = g.person(female=g.chance(0.75))
    f = g.relative(r)
    pdob(g, f, 1930, 2000)
    tec = g.person(female=g.chance(0.85))
    fun = g.pick(FUNERARIAS)
    bank, bname = g.pick(BANKS)
    d = Doc()
    d.f("«c» — SEMAS — BENEFÍCIO EVENTUAL POR MORTE (AUXÍLIO FUNERAL)\nRequerimento nº «n»   Data: «dt»   Unidade: «u»\n\n",
        c=city.upper(), n=f"{g.d(4)}/{YEAR}", dt=g.date(), u=g.pick(CRAS))
    form(d, g, [[("Requerente", P(r.full)), ("CPF", (g.pcpf(r), "BR_CPF")), ("NIS", (pnis(g, r), "BR_PIS") if g.chance(0.7) else "—")],
                [("Nascimento", (dob_s(g, r, "br", 1950, 2004), "DATE_OF_BIRTH")), ("RG", rg_t(g)[0])],
                [("Endereço", addr(g)), ("CEP", cep_t(g)), ("Tel", ph(g))],
                [("Falecid" + f.o, P(f.caps)), ("Parentesco", g.pick(["mãe", "pai", "filho(a)", "cônjuge", "irmã(o)", "avó"]))],
                [("CPF d" + f.o + " falecid" + f.o, (g.pcpf(f), "BR_CPF")), ("Nascimento", (dob_s(g, f, "br"), "DATE_OF_BIRTH")),
                 ("Óbito", g.date("br"))],
                [("Declaração de óbito nº", g.d(9)), ("Causa (DO)", g.pick(CIDS)), ("Local", g.pick(HOSPS + ["residência"]))]],
         g.pick(["inline", "below", "grid"]))
    d.f("\nSERVIÇOS FUNERÁRIOS\nEmpresa: «f» — CNPJ «j»\nNF-e nº «nf»   Valor: R$ «v»\nServiços: urna «u», translado, preparação, taxa de sepultamento "
        "no Cemitério «cm»\n\n", f=fun, j=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), nf=g.d(6), v=g.money(1200, 4500),
        u=g.pick(["sextavada simples", "padrão social"]), cm=g.pick(["Municipal São Bento", "da Saudade", "Parque da Glória", "Jardim da Paz"]))
    d.f("PAGAMENTO: «p»\n\n", p=g.pick([
        D("diretamente à funerária (ordem de pagamento à «f»)", f=fun),
        D("ressarcimento à requerente por Pix — chave «k»", k=g.pick([(g.uuid(), "PIX_KEY"), (g.pcpf(r), "BR_CPF")])),
        D("crédito em conta da requerente: «bn» ag «ag» conta «cc»", bn=bname, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))]))
    d.f("Parecer: família com renda per capita de R$ «r», sem condições de arcar com as despesas (Lei 8.742/1993, art. 22; "
        "Resolução CNAS 212/2006). «x»\n\n", r=g.money(0, 500),
        x=g.pick([D("O filho «k» também compareceu e confirmou a situação.", k=P(g.relative(r).first)), "", "DEFERIDO."]))
    signature(d, P(tec.full), ["Técnic" + tec.o + " de referência", (cress(g, uf), "PROFESSIONAL_ID") if g.chance(0.7) else "Psicólog" + tec.o])
    return d


def fi_consignado(g: Gen) -> Doc:
    """A retiree's complaint about unrecognised payroll loans and an RMC card on her benefit, taken down at CRAS/Procon."""
    city, uf = g.city()
    r = g.person(female=g.chance(0.65))
    pdob(g, r, 1935, 1962)
    fil = g.relative(r)
    corr = g.person()
    at = g.person(female=g.chance(0.7))
    bank, bname = g.pick(BANKS[:5])
    d = Doc()
    d.f("«o»\nTERMO DE RECLAMAÇÃO — EMPRÉSTIMO CONSIGNADO NÃO RECONHECIDO\nFA nº «n»   Data: «dt»\n\n",
        o=g.pick(["PROCON MUNICIPAL DE " + city.upper(), "DEFENSORIA PÚBLICA — NÚCLEO DO CONSUMIDOR", f"CRAS {g.pick(CRAS)[5:]} — ORIENTAÇÃO"]),
        n=f"{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", dt=g.date())
    form(d, g, [[("Consumidor(a)", P(r.full)), ("CPF", (g.pcpf(r), "BR_CPF"))],
                [("Nascimento", (dob_s(g, r, "br"), "DATE_OF_BIRTH")), ("Benefício", f"NB {nb(g)} — {g.pick(['aposentadoria por idade', 'pensão por morte', 'BPC idoso'])}")],
                [("Banco pagador", bname), ("Agência", (g.agency(), "BANK_ACCOUNT")), ("Conta", (g.account(), "BANK_ACCOUNT"))],
                [("RG", rg_t(g)[0]), ("Endereço", addr(g)), ("CEP", cep_t(g)), ("Telefone", ph(g))]], g.pick(["inline", "below"]))
    d.t("\nEXTRATO DE EMPRÉSTIMOS CONSIGNADOS (Meu INSS) — anexado\n")
    rows = []
    for _ in range(g.ri(2, 4)):
        rows.append([g.pick(["Banco Pan", "BMG", "Banco Daycoval", "Crefisa", "Banco Olé", "Agibank", "C6 Consignado"]),
                     f"{g.d(3)}{g.d(6)}-{g.d(1)}", g.date("short", g.pick([2023, 2024])), g.money(800, 15000), f"{g.ri(12, 84)}x {g.money(40, 400)}",
                     g.pick(["ATIVO", "ATIVO", "SUSPENSO"])])
    table_layout(d, ["Banco", "Contrato", "Inclusão", "Valor (R$)", "Parcelas", "Situação"], rows, gap=2)
    card, brand = g.card_brand()
    d.f("RMC — Reserva de Margem Consignável: cartão «b» nº «c» (emissor «e»), desconto mensal R$ «v»\n\n", b=brand,
        c=(card, "CREDIT_CARD"), e=g.pick(["BMG", "Banco Pan", "Banco Olé"]), v=g.money(50, 180))
    t = Doc()
    t.f("RELATO: «a» consumidor«x» informa que em «dt» recebeu ligação do «n», que se apresentou como «c» do «bk» e ofereceu "
        "«o». Ele pediu foto do documento e uma selfie, e depois disso apareceram os descontos acima. O contrato digital "
        "traz assinatura eletrônica com IP «ip» e geolocalização em «gl», cidade onde nunca esteve. Parte do valor creditado "
        "(R$ «v») foi transferida no mesmo dia por Pix para a chave aleatória «k», que não reconhece. Sua filha, «f», "
        "percebeu o problema ao conferir o extrato. ",
        a=g.pick(["A", "O(A)"]), x="a" if r.female else "", dt=g.date("short"), n=P(corr.full if g.chance(0.5) else corr.first),
        c=g.pick(["correspondente", "gerente", "representante do INSS"]), bk=g.pick(["INSS", bname, "banco"]),
        o=g.pick(["redução de juros", "portabilidade", "um cartão benefício sem anuidade"]), ip=(g.ip(), "IP_ADDRESS"),
        gl=g.pick([c for c, _ in CITIES]), v=g.money(500, 8000), k=(g.uuid(), "PIX_KEY"),
        f=P(fil.full if g.chance(0.5) else fil.first))
    t.f("O telefone usado pelo golpista foi «t». Pede cancelamento dos contratos, devolução em dobro (art. 42, parágrafo único, CDC) "
        "e bloqueio do benefício para novas averbações.", t=ph(g))
    reflow(t, g.pick([94, 108, 5000]))
    d.add(t)
    d.f("\n\nAtendente: «a»   Contato da filha: «t»«e»\n", a=P(at.full), t=ph(g),
        e=D(" / «m»", m=(g.email(fil), "EMAIL_ADDRESS")) if g.chance(0.6) else "")
    signature(d, P(r.full), ["Consumidor" + ("a" if r.female else "")])
    return d


# =========================================================================== build and check

TEMPLATES = {
    "atendimento": [at_ouvidoria, at_cras_livro, at_visita, at_escola, at_acolhida, at_email, at_lista],
    "juridico": [ju_triagem, ju_relato, ju_conselho, ju_bo, ju_mpu, ju_declaracoes, ju_acordo],
    "saude": [sa_sisreg, sa_caps, sa_laudo, sa_referencia, sa_tfd, sa_esus, sa_sinan],
    "financeiro": [fi_cadunico, fi_bpc, fi_sibec, fi_aluguel, fi_averiguacao, fi_funeral, fi_consignado],
}

CPF_SHAPES = re.compile(r"(?<![\d.])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2}|\d{9}-\d{2})(?![\d])")


def check(record: dict) -> None:
    text, last = record["text"], 0
    covered = [False] * len(text)
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        for i in range(s["start"], s["end"]):
            covered[i] = True
        lab = s["label"]
        digits = re.sub(r"\D", "", v.translate(OCR_UNDO)) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS", "BR_RG") else ""
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
            assert 7 <= len(raw) <= 10, (record["id"], v)
            if re.fullmatch(r"\d{2}\.\d{3}\.\d{3}-[\dX]", v):
                assert rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z\d]\d{2}", v[:3] + v[3:].translate(OCR_UNDO)), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|prof|pr)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert all(0 <= int(x) <= 255 for x in v.split(".")) and v.count(".") == 3, (record["id"], v)
    # hard negatives: an unlabelled number shaped like a CPF must fail its check digits
    for m in CPF_SHAPES.finditer(text):
        if not any(covered[m.start():m.end()]):
            assert not cpf_ok(re.sub(r"\D", "", m.group())), (record["id"], "unlabelled CPF-valid number", m.group())


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
