"""Build the eighty-sixth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_eightysixth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 8686,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: residential real-estate rentals and property
management (imobiliárias) and the offices around them: rental applications with guarantors
(fiadores) and their spouses, credit checks, lease contracts and addenda, move-in and move-out
inspections (vistorias) with photo captions, rent and IPTU statements, repair requests to owners,
extrajudicial notices and eviction suits (ações de despejo), deposit refunds, owners' monthly
statements with transfers to their bank accounts, key handover logs.
- atendimento: a rental application form (ficha cadastral) with applicant, spouse, guarantor,
  guarantor's spouse, the guarantor's property and personal references; a WhatsApp export
  between the agency (a broker's name or the agency's business account) and an applicant
  (visit, CPFs for the doorman, guarantor's contacts, date of birth); a key handover log printed
  with rulers (property address, who took the keys, document, car plate, attendant login); a
  repair request e-mail forwarded to the owner with a provider's quote; a CSV export of CRM
  leads (first_name/last_name columns, corretor_login, signup IP); a move-in/move-out inspection
  report with photo captions, meters and an e-signature trail (IPs); an OCR of a payslip and an
  electricity bill sent as income and address proof (PIS, bank account, voter card in a note).
- juridico: a residential lease contract qualifying owners and spouse (represented by the
  agency), tenant, guarantors and spouse, with clauses and witnesses; an addendum replacing a
  guarantor; an extrajudicial notice for unpaid rent from a law firm with a debt table; the
  initial petition of an eviction suit for non-payment (ação de despejo c/c cobrança); a law
  office tracking sheet of eviction suits (pipe table); a settlement / debt confession / key
  handover term with Pix instalments to the owner's random key or TED to the owner's account;
  a clipping of court publications (DJe) and a bailiff's certificate.
- saude: a tenant's request for accessibility adaptations forwarded to the owner, with the
  medical report (CNS, CID, CRM); a mould and damp complaint with a paediatric report (child's
  date of birth) and the owner's reply (engineer's CREA); a WhatsApp chat where a relative
  explains a hospitalisation that delays the rent, with the hospital's declaration; OCR of a
  medical certificate and CNS card attached to an early-termination request; a technical report
  on home adaptations by an occupational therapist (CREFITO) and an engineer (CREA); a
  condominium list of residents needing help in an evacuation (CSV, CNS, emergency contacts,
  disabled-parking plates); an internal e-mail on a payment extension for a hospitalised tenant
  with the social worker's report (CRESS).
- financeiro: an owner's monthly statement with a ruled table and the transfer to the owner's
  account (sometimes a random Pix key); a rent + IPTU + condo boleto as extracted text (with the
  delivery trail: e-mail, SMS, portal IP); a credit-bureau check of applicant and guarantor
  (mother's name, voter card, address history, phones, debts, company shares); a deposit refund
  calculation after the move-out inspection (Pix random key, Pix CPF key or TED); a CSV batch of
  transfers to owners with Pix keys of several kinds; a log of the automated collection flow
  (SMS, e-mail, WhatsApp bot, boleto views, a card tokenisation error that logged a full card
  number); a rent-guarantee insurance proposal paid by card with the garage vehicle form.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Dra.", "dona",
"seu"; particles inside a name are part of it; "SURNAME, Given" and "SURNAME, GIVEN" are one
span; nicknames and first names alone are persons; first_name and last_name columns are one
span each. Staff named in the text (brokers, attendants, inspectors, lawyers, bailiffs, doctors,
therapists, engineers, social workers, analysts, syndics, doormen) are persons; logins
(corretor_login, "Usuário", approvers such as "aprov_auto"), the WhatsApp business account
of an agency, bots (LuzBot) and job names are not. E-mail addresses of people, corporate ones
included, are EMAIL_ADDRESS; role mailboxes (atendimento@, locacao@, cobranca@, sindico@,
portaria@) are not labelled. ADDRESS is street type + name + number + complement, never
bairro/city/state (the CEP is BR_CEP); the rented unit, the tenant's and guarantor's homes, the
guarantor's property offered as collateral and an owner's correspondence address are
addresses of people and are labelled; a company's address would not be (none is written out).
Agency and account are separate BANK_ACCOUNT spans; bank codes and names are not labelled.
DATE_OF_BIRTH only for birth dates (Brazilian, short, long or ISO; OCR-damaged ones as they
stand); admission, lease, due, hospitalisation, publication and signature dates are not.
PROFESSIONAL_ID includes the council acronym and UF or region: CRM, OAB, CREA, CAU, CREFITO,
CRESS and, new here, CRECI of an individual broker ("CRECI/SP 123456-F", "CRECI-RS 45.678").
Decided here: a firm's CRECI registration (suffix J: "CRECI 12.345-J", "CRECI/PR J-12345") is
the company's, like its address, and is not labelled. Every phone number is PHONE_NUMBER,
switchboards and 0800 lines of agencies included. PIX_KEY only for random (UUID) keys used as
Pix keys; Pix keys that are a CPF, e-mail or phone take those labels. CNPJs (numeric and the
2026 alphanumeric form) are BR_CNPJ wherever they appear (employers, agencies, providers).
OCR damage (O/0, l/1, S/5, rn/m) is kept in a few scanned documents and labelled as it stands.
Masked cards (asterisks), contract, protocol, ticket, boleto (nosso número, linha digitável),
IPTU registration, land registry (matrícula), meter, ART, NB, AR, prontuário and e-signature
envelope numbers, Pix end-to-end ids and internal ids are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Deuzuite, Kayky, Taynná, Thamyres, Waldisney; Italian, German, Japanese/Okinawan, Lebanese,
Ukrainian, Polish, Korean, Chinese, Vietnamese, Bolivian/Peruvian, Venezuelan, Haitian,
Senegalese, Angolan, Cape Verdean, indigenous, Jewish, French, Russian), more than a quarter of
the name words rare or invented; names that are also words (Rosa, Branco, Prudente, Bento,
Vitória, Leão, Flor, Luz, Aurora, Esperança, Amado) next to the same words as words ("parede
rosa claro", "branco gelo", "conta de luz", "seria prudente", "luz verde") and in places,
buildings, streets and companies (Presidente Prudente, Bento Gonçalves, Edifício Aurora,
Residencial Flor de Lis, Rua Rosa Branca, Lar Prudente Imóveis, Leão Administração de Imóveis,
Farmácia Luz Divina, LuzBot), which are not persons. Forms: full, ALL CAPS without accents,
lower case, "SURNAME, Given", first name alone, nicknames, first_name/last_name columns.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(nosso número, IPTU registrations, water meters, protocols), ICD-10 codes, money, protocol,
ticket and order numbers, contract numbers, company names containing a surname (Haddad
Empreendimentos Imobiliários, Queiroga & Landim Advogados, Cavalheiro & Filhos Comércio),
street names honouring people when they stand alone as places ("esquina com a Barão de Mauá",
"Praça Irmã Dulce"), laws ("Lei 8.245/1991", "Lei 13.146/2015", "art. 827 do Código Civil"),
dates that are not birth dates, firms' CRECI-J registrations.
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
SEED = 8686

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

PT_F = ["Renata", "Vanessa", "Carolina", "Bianca", "Daniela", "Eliane", "Silvana", "Márcia", "Kátia",
        "Rosana", "Lúcia", "Helena", "Alice", "Lívia", "Cecília", "Yasmin", "Bruna", "Jéssica", "Thaís",
        "Michele", "Sueli", "Regina", "Vera Lúcia", "Maria Aparecida", "Ana Clara", "Marta", "Teresa",
        "Sônia", "Denise", "Luana", "Pâmela", "Nathália", "Rita de Cássia", "Graziela", "Fabiana", "Priscila",
        "Adriana", "Simone", "Patrícia", "Juliana", "Camila", "Tatiane", "Cristiane", "Elaine"]
RARE_F = ["Josilene", "Aldeci", "Zuleide", "Edvânia", "Gercina", "Marlucia", "Claudineia", "Ozenira",
          "Raimunda Nonata", "Valquíria", "Leidiane", "Daiane Kelly", "Rosimeire", "Jaqueline Suelen",
          "Eronildes", "Sirlene", "Vaneide", "Ednalva", "Maciléia", "Norberta", "Deuzuite", "Alzenir",
          "Kamilly", "Rayssa", "Emanuelly", "Lohany", "Taynná", "Crisleide", "Valmira", "Jozélia",
          "Iolanda", "Lindalva", "Francinete", "Zélia", "Hosana", "Gildete", "Quitéria", "Euzimar", "Dilcéia",
          "Rosilda", "Ivonete", "Maristela", "Nayara Kethlen", "Ketelen", "Jussara", "Clemilda", "Adenilza",
          "Edileuza", "Arlete", "Wanderleia", "Luzinete", "Sheyla", "Ariadyne", "Thamyres"]
PT_M = ["Marcelo", "Alexandre", "Fernando", "Paulo", "Sérgio", "Luiz Carlos", "Carlos Eduardo", "Wagner",
        "Cláudio", "André", "Renato", "Júlio", "César", "Otávio", "Caio", "Enzo", "Davi", "Samuel",
        "Pedro Henrique", "Felipe", "Marcos", "Jorge", "Nelson", "Valter", "Osvaldo", "Mauro", "Wellington",
        "Alberto", "Domingos", "Manoel", "Joaquim", "Igor", "Leonardo", "Rodrigo", "Gustavo", "Rafael", "Thiago",
        "Eduardo", "Fábio", "Anderson", "Ricardo", "Roberto", "Antônio"]
RARE_M = ["Aldemir", "Edilson", "Genival", "Josimar", "Uelinton", "Reginauro", "Zacarias", "Juvenal",
          "Ozéas", "Valdeci", "Cleidson", "Eraldo", "Dorival", "Gilvan", "Ivonaldo", "Erisvaldo", "Jailton",
          "Lindomar", "Nivaldo", "Acácio", "Arlindo", "Hermógenes", "Ismael", "Jerônimo", "Wesley Kauã",
          "Rhuan", "Kayky", "Thalisson", "Wendell", "Abdias", "Elpídio", "Florisvaldo", "Idelfonso",
          "Lourival", "Sinval", "Zózimo", "Gedeão", "Adonias", "Deusdete", "Raniery", "Clebson", "Josué Elias",
          "Waldisney", "Jucelino", "Ubiratã", "Francimar", "Edivaldo", "Natanael", "Crispim", "Olavo Bilac",
          "Dheyson", "Uanderson", "Eliomar"]
PT_SUR = ["Pereira", "Costa", "Rodrigues", "Martins", "Carvalho", "Gomes", "Ribeiro", "Alves", "Araújo",
          "Barbosa", "Cardoso", "Castro", "Correia", "Freitas", "Lopes", "Mendes", "Nunes", "Pinto", "Ramos",
          "Reis", "Teixeira", "Vieira", "Moura", "Nogueira", "Azevedo", "Campos", "Duarte", "Andrade",
          "Cavalcanti", "Marques", "Nascimento", "Santana", "Prado", "Machado", "Amaral"]
RARE_SUR = ["Cavalheiro", "Bulhões", "Faustino", "Anunciação", "Penedo", "Caetité", "Apolinário", "Gadelha",
            "Sobral", "Jacobina", "Landim", "Quixadá", "Belchior", "Perdigão", "Rolim", "Cantanhede",
            "Maciel Rebouças", "Parnaíba", "Queiroga", "Seabra", "Trajano", "Varjão", "Xerez", "Zumba",
            "Alencastro", "Bonfim", "Conrado", "Diniz Lacerda", "Estrela", "Fagundes", "Holanda", "Inojosa",
            "Juruena", "Lucena", "Mendonça Furtado", "Nápoles", "Otoni", "Pimentel", "Brandão Saraiva", "Cerqueira",
            "Dantas Vilar", "Guimarães Rosa", "Tavares Bastos", "Siqueira Campos", "Aragão", "Bezerril",
            "Caribé", "Dourado", "Feitosa", "Goulart", "Jatobá", "Lustosa", "Mourão", "Paranaguá", "Sampaio Corrêa",
            "Timbó", "Urquiza", "Vilaça", "Xavier Tapajós", "Macedo Soares"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Esperança"]
WORD_M = ["Bento", "Prudente", "Leão", "Branco", "Fiel", "Amado"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Leão", "Flor", "Luz", "Vitória", "Amado", "Pedrosa",
            "Cordeiro", "Raposo", "Pombo", "Sardinha", "Palmeira", "Bastos", "Aurora", "Esperança", "Porto", "Serra"]
NICK = {"Luiz Carlos": "Luizinho", "Manoel": "Mané", "Joaquim": "Quinzinho", "Domingos": "Mingo",
        "Raimunda Nonata": "Nonata", "Maria Aparecida": "Cida", "Vera Lúcia": "Verinha", "Teresa": "Tetê",
        "Rita de Cássia": "Ritinha", "Osvaldo": "Vavá", "Zacarias": "Zaca", "Hermógenes": "Mogenes",
        "Florisvaldo": "Flor", "Jerônimo": "Jerô", "Pedro Henrique": "PH", "Carlos Eduardo": "Cadu",
        "Idelfonso": "Fonso", "Alexandre": "Xande", "Francinete": "Net", "Deuzuite": "Zuzu"}
FOREIGN = {
    "it": (["Graziella", "Ornella", "Donatella"], ["Lorenzo", "Vittorio", "Ettore"],
           ["Bortolotto", "Cavalcante Zanin", "Gasparetto", "Dalla Costa", "Marcon", "Bianchini", "Fiorese"]),
    "de": (["Waltraud", "Gerda", "Liesel"], ["Helmut", "Ewald", "Armin"],
           ["Schneider", "Hoffmann", "Krüger", "Brandenburg", "Voigt", "Lemke", "Stüpp"]),
    "jp": (["Sachiko", "Naomi", "Emiko"], ["Kenji", "Takeshi", "Hiroshi"],
           ["Yamashiro", "Tamashiro", "Kinjo", "Oshiro", "Matsumoto", "Ishikawa"]),
    "ar": (["Nadia", "Leila", "Soraya"], ["Farid", "Nagib", "Kamal"],
           ["Haddad", "Khoury", "Maluf", "Nassar", "Sfeir", "Abdalla"]),
    "ua": (["Oksana", "Natalka", "Olena"], ["Bohdan", "Taras", "Yaroslav"],
           ["Melnyk", "Shevchuk", "Tkachenko", "Koval", "Petrenko"]),
    "kr": (["Min-ji", "Hye-jin"], ["Sung-ho", "Jae-won"], ["Kim", "Choi", "Jung", "Yoon"]),
    "cn": (["Xiaoling", "Hui"], ["Hao", "Lei"], ["Chen", "Wu", "Lin", "Zhou"]),
    "bo": (["Ximena", "Rocío", "Wilma"], ["Rolando", "Fidel", "Eusebio"],
           ["Apaza", "Ticona", "Yupanqui", "Colque", "Vargas Llusco"]),
    "ht": (["Guerline", "Mirlande", "Roseline"], ["Wilner", "Jhonson", "Frantz"],
           ["Joseph", "Dorvil", "Célestin", "Exantus", "Noël"]),
    "sn": (["Aminata", "Fatou", "Khady"], ["Mamadou", "Ousmane", "Cheikh"],
           ["Diop", "Ndiaye", "Sow", "Fall", "Gueye"]),
    "ao": (["Luzia Nzinga", "Teresa Ndala"], ["Kiluanje", "Domingos Mbala"], ["Kiala", "Nzau", "Massala", "Tchipa"]),
    "in": (["Iracema", "Araci", "Jurema"], ["Anhangá", "Tupã", "Cauê"], ["Krahô", "Kaingang", "Xavante", "Tukano"]),
    "jw": (["Raquel", "Débora", "Hanna"], ["Abraão", "Salomão", "Isaac"], ["Weissmann", "Grinberg", "Blaustein", "Kac"]),
    "fr": (["Solange", "Margot"], ["Thierry", "Gilles"], ["Dubois", "Lefebvre", "Chevalier"]),
    "pe": (["Yesenia", "Milagros"], ["Wilfredo", "Ulises"], ["Huamán", "Ccahuana", "Quispe Tito"]),
    "ru": (["Svetlana", "Tatiana"], ["Dmitri", "Vladimir"], ["Ivanov", "Sokolova", "Kuznetsov"]),
    "pl": (["Jadwiga", "Halina"], ["Zbigniew", "Kazimierz"], ["Wiśniewski", "Kowalczyk", "Dziedzic", "Grabowski"]),
    "vn": (["Thi Lan", "Mai"], ["Van Minh", "Quang"], ["Nguyen", "Tran", "Pham"]),
    "cv": (["Djamila", "Nha Nha"], ["Adilson Tavares", "Nelito"], ["Semedo", "Fortes", "Furtado Lopes", "Monteiro Évora"]),
    "ve": (["Yorgelis", "Mariángel"], ["Yohandry", "Luisángel"], ["Rengifo", "Guaramato", "Zambrano", "Briceño"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "ua", "bo", "pe", "ru", "jw", "pl", "vn", "cv", "ve"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

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


DDDS = ["11", "12", "13", "14", "17", "19", "21", "22", "27", "31", "32", "33", "37", "41", "43", "45",
        "46", "47", "51", "53", "54", "61", "62", "64", "65", "67", "69", "71", "74", "75", "79", "81",
        "83", "84", "85", "86", "88", "91", "92", "95", "96", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Rodovia",
                "Praça", "Beco", "Servidão"]
STREET_NAMES = ["Barão de Mauá", "Rui Barbosa", "Marechal Deodoro", "Tiradentes", "Dona Flor Amado",
                "Professor Olavo Bilac", "Visconde de Taunay", "Padre Cícero", "Irmã Dulce", "Rosa Branca", "Doutor Bento Amaral", "da Aurora", "Leão XIII", "Prudente de Morais",
                "Flor de Lis", "das Palmeiras", "Coronel Lourival Penedo", "Professora Zuleide Gadelha",
                "Vinte e Quatro de Maio", "Dom Pedro II", "Barão do Rio Branco", "Luz Divina", "Esperança",
                "Frei Caneca", "General Osório", "Capitão Abdias Landim", "das Acácias", "Vitória Régia",
                "Maestro Sinval Trajano", "Padre Anchieta", "Beira-Rio", "Quinze de Novembro",
                "Irmãos Bulhões", "Cônego Idelfonso Rolim", "dos Pescadores", "Senador Queiroga",
                "das Mangabeiras", "Juscelino Kubitschek", "Santos Dumont", "Engenheiro Caetité"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória da Conquista", "BA"),
          ("Rio Branco", "AC"), ("Santa Luzia", "MG"), ("Aurora", "CE"), ("Esperança", "PB"), ("Flores da Cunha", "RS"),
          ("Londrina", "PR"), ("Maringá", "PR"), ("Joinville", "SC"), ("Criciúma", "SC"), ("Pelotas", "RS"),
          ("Juiz de Fora", "MG"), ("Ipatinga", "MG"), ("Ribeirão Preto", "SP"), ("Piracicaba", "SP"),
          ("São José do Rio Preto", "SP"), ("Petrolina", "PE"), ("Juazeiro", "BA"), ("Sobral", "CE"),
          ("Parnaíba", "PI"), ("Marabá", "PA"), ("Parintins", "AM"), ("Boa Vista", "RR"), ("Macapá", "AP"),
          ("Dourados", "MS"), ("Rondonópolis", "MT"), ("Rio Verde", "GO"), ("Palmas", "TO"), ("Itabuna", "BA"),
          ("Cabo Frio", "RJ"), ("Nova Friburgo", "RJ"), ("Linhares", "ES")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Aurora", "Vila Leão", "Centro", "Bela Vista", "Jardim Rosa Branca", "Alto da Luz",
           "Parque Prudente", "Vila Esperança", "Bonfim", "Jardim Bento XVI", "Flor do Vale", "Cidade Nova"]
CIDS = ["E11.9", "I10", "J45.9", "N18.3", "K29.7", "M79.7", "F32.1", "O26.8", "A90", "C50.9", "G40.9", "R10.4",
        "J18.9", "L20.9", "E66.9", "Z34.0", "I50.0", "S52.5", "B34.2", "D64.9", "I63.9", "E78.5"]


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
        if kind == "CRECI":
            return self.pick([f"CRECI/{uf} {n}-F", f"CRECI {uf} {dotted}", f"CRECI-{uf} {n}", f"CRECI/{uf} {dotted}"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {n}/D", f"CREA-{uf} {dotted}"])
        if kind == "CAU":
            return self.pick([f"CAU/{uf} A{self.d(5)}-{self.d(1)}", f"CAU A{n}-{self.d(1)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.rng.randint(1, 17)} {n}-F", f"CREFITO-{self.rng.randint(1, 17)} {n}-TO",
                              f"CREFITO/{uf} {dotted}-F"])
        if kind == "CRP":
            return f"CRP {self.rng.randint(1, 24):02d}/{self.d(5)}"
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


# --------------------------------------------------------------------------- real-estate shared bits

IMOBS = ["Imobiliária Bento & Prado Ltda", "Aurora Negócios Imobiliários", "Gadelha Imóveis", "Rosa Branca Administradora de Bens",
         "Haddad Empreendimentos Imobiliários", "Lar Prudente Imóveis", "Imobiliária Esperança", "Tamashiro & Vilaça Imóveis",
         "Casa Flor Imobiliária", "Leão Administração de Imóveis", "Cantanhede Consultoria Imobiliária", "Morar Bem Bonfim Imóveis"]
CONDOS = ["Residencial Flor de Lis", "Edifício Aurora", "Condomínio Vitória Régia", "Edifício Barão de Mauá", "Residencial Jardim Prudente",
          "Edifício Dona Rosa", "Condomínio Bosque da Esperança", "Residencial Luz do Sol", "Edifício Amado Leão", "Residencial Bento XVI"]
FIRMS = ["Queiroga & Landim Advogados Associados", "Escritório Bulhões Sobral Advocacia", "Haddad, Khoury & Rolim Advogados",
         "Penedo Advocacia Imobiliária", "Vilaça & Tamashiro Sociedade de Advogados", "Amaral Gadelha Advogados"]
EMPLOYERS = ["Supermercados Prudente Ltda", "Transportes Bento Amaral S.A.", "Farmácia Luz Divina", "Hospital Santa Rosa",
             "Oshiro Alimentos Ltda", "Construtora Flor do Vale", "Prefeitura Municipal", "Haddad Têxtil S.A.", "Metalúrgica Krüger",
             "Cavalheiro & Filhos Comércio", "Clínica Esperança", "Escola Estadual Rui Barbosa", "Nassar Automóveis", "Aurora Telecom S.A."]
PROVIDERS = ["Hidráulica Bento", "Desentupidora Leão", "Vidraçaria Aurora", "Elétrica Luz & Força", "Serralheria Prudente",
             "Pinturas Rosa & Branco", "Marido de Aluguel Express", "Chaveiro 24h Bonfim"]
PROFS = ["professora", "motorista de aplicativo", "enfermeira", "analista de sistemas", "autônomo", "comerciante", "vendedor",
         "técnico em eletrônica", "servidora pública", "aposentado", "cabeleireira", "engenheiro civil", "auxiliar administrativo",
         "cozinheiro", "microempreendedora", "bancário", "farmacêutica", "mecânico", "do lar", "porteiro"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("756", "Sicoob"), ("748", "Sicredi"), ("077", "Inter"), ("336", "C6")]
WORDY = ["parede da sala pintada em rosa claro", "tinta acrílica branco gelo", "conta de luz em nome do locatário",
         "seria prudente trocar o registro", "luz do corredor queimada", "vaso de flor quebrado na varanda",
         "a esperança é resolver antes do dia 10", "aurora boreal (nome do papel de parede)", "o bento (marmita) ficou na geladeira",
         "ficou tudo em branco no sistema", "sinal verde (luz verde) do proprietário"]
ESTCIVIL = {True: ["casada", "solteira", "divorciada", "viúva", "em união estável"],
            False: ["casado", "solteiro", "divorciado", "viúvo", "em união estável"]}
NATION = {True: "brasileira", False: "brasileiro"}


def bairro(g: Gen) -> str:
    return g.pick(BAIRROS)


def imovel_code(g: Gen) -> str:
    return g.pick([f"AP-{g.d(4)}", f"CA-{g.d(4)}", f"{g.d(5)}", f"IM{g.d(6)}", f"KIT-{g.d(3)}"])


def contrato_no(g: Gen) -> str:
    return g.pick([f"{g.d(5)}/{g.rng.randint(2019, 2025)}", f"LOC-{g.d(6)}", f"{g.d(4)}.{g.d(3)}", f"CT{g.d(7)}"])


def linha_digitavel(g: Gen) -> str:
    return f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}"


def iptu_insc(g: Gen) -> str:
    return g.pick([f"{g.d(3)}.{g.d(3)}.{g.d(4)}-{g.d(1)}", f"{g.d(2)}.{g.d(2)}.{g.d(3)}.{g.d(4)}.{g.d(3)}", g.neg(11)])


def matricula(g: Gen) -> str:
    return f"{g.rng.randint(1, 250)}.{g.d(3)}"


def rent(g: Gen) -> str:
    return g.money(900, 6500)


def bank(g: Gen) -> tuple[str, str]:
    return g.pick(BANKS)


def imob_mail(g: Gen, imob: str) -> str:
    base = re.sub(r"[^a-z]", "", fold(imob.split()[1] if imob.startswith("Imobiliária") else imob.split()[0]).lower())
    return f"{base}imoveis.com.br"


def staff_mail(p: Person, dom: str) -> str:
    return corp_mail(p, dom)


def role_mail(g: Gen, dom: str) -> str:
    return f"{g.pick(['atendimento', 'locacao', 'financeiro', 'vistoria', 'juridico', 'cobranca', 'contato', 'sac'])}@{dom}"


def creci_j(g: Gen) -> str:
    return g.pick([f"CRECI {g.rng.randint(1000, 39999)}-J", f"CRECI/{g.pick(UFS)} J-{g.d(5)}", f"CRECI nº {g.d(2)}.{g.d(3)}-J"])


def qualify(doc: Doc, g: Gen, p: Person, caps: bool = True, with_addr: bool = True, prof: bool = True, dob: bool = False) -> None:
    """Contract-style qualification of a party."""
    name = p.caps if caps else p.full
    a = "a" if p.female else "o"
    doc.f("«n», «nat», «ec»", n=P(name), nat=NATION[p.female], ec=g.pick(ESTCIVIL[p.female]))
    if prof:
        doc.t(", " + g.pick(PROFS))
    if dob:
        doc.f(", nascid«a» em «d»", a=a, d=(g.dob(g.pick(["br", "long"]), 1950, 2002), "DATE_OF_BIRTH"))
    doc.f(", portador«a» da cédula de identidade RG nº «rg» «org» e inscrit«a2» no CPF/MF sob o nº «cpf»",
          a="a" if p.female else "", rg=(g.rg("dot"), "BR_RG"), org=g.pick(["SSP/SP", "SSP-SP", "SESP/PR", "SSP/BA", "IFP/RJ", "SJS/RS"]),
          a2=a, cpf=(g.cpf("dot"), "BR_CPF"))
    if with_addr:
        c, uf = g.city()
        doc.f(", residente e domiciliad«a» na «ad», «b», «c»/«uf», CEP «cep»", a=a, ad=(g.address(), "ADDRESS"), b=bairro(g),
              c=c, uf=uf, cep=(g.cep(), "BR_CEP"))


# =========================================================================== atendimento


def at_ficha(g: Gen) -> Doc:
    """Rental application form (ficha cadastral) with spouse, guarantor and guarantor's spouse."""
    doc = Doc()
    imob = g.pick(IMOBS)
    c, uf = g.city()
    doc.f("«im» — «cj»\nFICHA CADASTRAL DE PRETENDENTE À LOCAÇÃO RESIDENCIAL — PESSOA FÍSICA\n"
          "Imóvel pretendido: cód. «cod» — «ad» — «b» — «c»/«uf»\nAluguel R$ «al» + condomínio R$ «co» + IPTU R$ «ip»/mês   Garantia: ( ) caução ( ) seguro-fiança (X) fiador\n"
          "------------------------------------------------------------------------\n",
          im=imob.upper(), cj=creci_j(g), cod=imovel_code(g), ad=(g.address(), "ADDRESS"), b=bairro(g), c=c, uf=uf,
          al=rent(g), co=g.money(150, 900), ip=g.money(40, 400))
    pr = g.person()
    sp = g.relative(pr, female=not pr.female)
    fi = g.person()
    fs = g.relative(fi, female=not fi.female)
    caps = g.chance(0.4)
    blocks = [("1. PRETENDENTE", pr, True), ("2. CÔNJUGE / COMPANHEIRO(A)", sp, False), ("3. FIADOR(A)", fi, True),
              ("4. CÔNJUGE DO(A) FIADOR(A)", fs, False)]
    for title, p, main in blocks:
        doc.f("«t»\nNome completo: «n»\n", t=title, n=P(p.caps if caps else p.full))
        doc.f("Data de nascimento: «d»    Naturalidade: «nat»\n", d=(g.dob(g.pick(["br", "br", "nopad", "short"]), 1948, 2003), "DATE_OF_BIRTH"),
              nat="-".join(g.city()) if g.chance(0.8) else g.pick(["Porto Príncipe (Haiti)", "Dakar (Senegal)", "Luanda (Angola)", "Cochabamba (Bolívia)"]))
        doc.f("CPF: «cpf»   RG: «rg» «org»   Estado civil: «ec»\n", cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
              org=g.pick(["SSP/SP", "SSP-MG", "SDS/PE", "DETRAN/RJ", "SSP/GO", ""]), ec=g.pick(ESTCIVIL[p.female]))
        doc.f("Celular/WhatsApp: «t»   E-mail: «e»\n", t=(g.phone(), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"))
        if main:
            cc, cu = g.city()
            doc.f("Endereço residencial atual: «ad» — «b» — CEP «cep» — «c»/«u»   (reside há «n» anos, «tipo»)\n",
                  ad=(g.address(g.pick(["text", "text", "caps"])), "ADDRESS"), b=bairro(g), cep=(g.cep(), "BR_CEP"), c=cc, u=cu,
                  n=g.rng.randint(1, 15), tipo=g.pick(["imóvel alugado", "imóvel próprio", "casa dos pais", "cedido"]))
        emp = g.pick(EMPLOYERS)
        doc.f("Empresa: «emp»   CNPJ: «cnpj»   Cargo: «cg»   Admissão: «adm»   Renda mensal: R$ «r»\n\n",
              emp=emp, cnpj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), cg=g.pick(PROFS), adm=g.date("br", g.rng.randint(2008, 2024)),
              r=g.money(1800, 18000))
        if title.startswith("3"):
            doc.f("Imóvel dado em garantia: matrícula nº «m» do «o»º Registro de Imóveis de «c» — «ad» (quitado, sem ônus)\n\n",
                  m=matricula(g), o=g.rng.randint(1, 5), c=g.city()[0], ad=(g.address(), "ADDRESS"))
    doc.t("5. REFERÊNCIAS PESSOAIS\n")
    for _ in range(2):
        r = g.person()
        doc.f("   «n» — «rel» — tel. «t»\n", n=P(g.pick([r.full, r.short])), rel=g.pick(["amiga", "ex-locador", "colega de trabalho", "tio", "vizinho"]),
              t=(g.phone(), "PHONE_NUMBER"))
    cor = g.person()
    doc.f("\nCorretor(a) responsável: «n» — «cr»    Data da proposta: «d»\nObs.: «w». Protocolo de análise «pr».\n",
          n=P(cor.full), cr=(g.council("CRECI"), "PROFESSIONAL_ID"), d=g.date("br"), w=g.pick(WORDY), pr=g.protocol())
    return doc


def at_chat(g: Gen) -> Doc:
    """WhatsApp export between a broker and an applicant: visit, documents, key pickup."""
    doc = Doc()
    cor, cli = g.person(), g.person()
    imob = g.pick(IMOBS)
    cn = g.pick([cor.first, cor.short, cor.first + " (" + imob.split()[0] + ")", "company", "company", "company"])
    company_head = imob.replace(" Ltda", "") + g.pick([" - Locação", "", " (atendimento)"])
    cl_head = g.pick(["name", "phone", "phone"])
    cl_phone = g.phone("plus")
    ts = g.times(9, 8 * 3600, 20 * 3600)
    day = g.date("short")

    def who(doc: Doc, is_cor: bool, k: int) -> None:
        doc.t(f"[{day} {ts[k]}] ")
        if is_cor:
            if cn == "company":
                doc.t(company_head)
            elif "(" in cn:
                doc.e(cor.first, "PERSON").t(cn[len(cor.first):])
            else:
                doc.e(cn, "PERSON")
        elif cl_head == "name":
            doc.e(cli.short, "PERSON")
        else:
            doc.e(cl_phone, "PHONE_NUMBER")
        doc.t(": ")

    who(doc, True, 0)
    doc.f("Oi «n», tudo bem? Aqui é «c»«sep»da «im». O apê da «ad» ainda está disponível sim 🙂\n", n=P(cli.first),
          c=(cor.first, "PERSON") if cn == "company" else "", sep=", " if cn == "company" else "",
          im=imob, ad=(g.address(), "ADDRESS"))
    who(doc, False, 1)
    sp = g.relative(cli, female=not cli.female)
    doc.f("oi! que bom. da pra visitar amanha depois das 18h? vou com «m» «s»\n",
          m="minha esposa" if sp.female else "meu marido", s=P(sp.first))
    who(doc, True, 2)
    doc.f("Dá sim. Me manda por favor nome completo e CPF de quem vai visitar (portaria do «cd» exige)\n", cd=g.pick(CONDOS))
    who(doc, False, 3)
    doc.f("«n» cpf «c1»\n«s» cpf «c2»\n", n=P(g.pick([cli.full, cli.low])), c1=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
          s=P(g.pick([sp.full, sp.low])), c2=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    who(doc, True, 4)
    doc.f("Anotado! Depois da visita, se gostarem, a ficha é online: «url». Garantia pode ser fiador com imóvel em «c» ou seguro-fiança\n",
          url=f"https://{imob_mail(g, imob).replace('imoveis.com.br', '')}.com.br/ficha?ref={g.hexs(8)}", c=g.city()[0])
    who(doc, False, 5)
    fi = g.person()
    doc.f("«m» vai ser «o» «f», «e2» tem casa propria. o email «e3» é «e» e o zap «t»\n", e3="dela" if fi.female else "dele",
          m="minha fiadora" if fi.female else "meu fiador", o=fi.o, e2="ela" if fi.female else "ele",
          f=P(g.pick([fi.short, fi.first, fi.nick])), e=(g.email(fi), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    who(doc, True, 6)
    doc.f("Perfeito. Vou pedir a análise pro financeiro. Qualquer coisa meu e-mail é «e»\n", e=(staff_mail(cor, imob_mail(g, imob)), "EMAIL_ADDRESS"))
    who(doc, False, 7)
    doc.f("<Mídia oculta>\nRG_frente.jpg (arquivo anexado)\nnasci «d», se precisar\n", d=(g.dob(g.pick(["br", "nopad", "short"]), 1960, 2003), "DATE_OF_BIRTH"))
    who(doc, True, 8)
    doc.f("Recebido ✅ A chave fica na portaria com o zelador, é só falar meu nome. «w»\n",
          w=g.pick(["Boa visita!", "Seria prudente levar trena, a sala é pequena kkk",
                                                                                           "Se chover, a luz da garagem tá queimada, cuidado"]))
    return doc


def at_chaves(g: Gen) -> Doc:
    """Key handover log (controle de chaves) printed with rulers."""
    doc = Doc()
    imob = g.pick(IMOBS)
    doc.f("«im» — CONTROLE DE RETIRADA E DEVOLUÇÃO DE CHAVES — «d»\n", im=imob, d=g.date("br"))
    cols = [("Hora", 5), ("Cód", 8), ("Endereço do imóvel", 44), ("Retirado por", 30), ("Documento", 16), ("Veículo", 8),
            ("Atendente", 16), ("Dev.", 5)]
    ruler = "+" + "+".join("-" * (w + 2) for _, w in cols) + "+\n"
    doc.t(ruler + "|" + "|".join(f" {n.ljust(w)} " for n, w in cols) + "|\n" + ruler)
    hours = g.times(g.rng.randint(4, 6), 8 * 3600, 18 * 3600)
    for h in hours:
        p = g.person()
        cor = g.person()
        while True:
            ad = g.address(g.pick(["text", "caps"]))
            if len(ad) <= 44:
                break
        nm = g.pick([p.full, p.caps, p.short, p.low])
        if len(nm) > 30:
            nm = p.short if len(p.short) <= 30 else p.first
        dk = g.pick(["rg", "cpf", "cnh"])
        dv, dl = {"rg": (g.rg(), "BR_RG"), "cpf": (g.cpf("dot"), "BR_CPF"), "cnh": (g.cnh(), "BR_CNH")}[dk]
        if len(dv) > 16:
            dv = dv[:16]
        pl = (g.plate(), "LICENSE_PLATE") if g.chance(0.5) else ("a pé", None)
        cn = g.pick([login(cor), login(cor), "recepcao", cor.first])
        if len(cn) > 16:
            cn = login(cor)
        doc.t("| ").cell(h, 5).t(" | ").cell(imovel_code(g), 8).t(" | ").cell(ad, 44, "ADDRESS").t(" | ").cell(nm, 30, "PERSON").t(" | ")
        doc.cell(dv, 16, dl).t(" | ").cell(pl[0], 8, pl[1]).t(" | ").cell(cn, 16, "PERSON" if cn == cor.first else None).t(" | ")
        doc.cell(g.pick(["OK", "OK", "  -", "OK*"]), 5).t(" |\n")
    doc.t(ruler)
    doc.f("* devolvida fora do horário, recebida por «r». Chaves do «cd» estão no claviculário nº «n».\n"
          "Atenção: não entregar chave sem documento com foto. Ocorrência de chave perdida: tel. da recepção «t».\n",
          r=P(g.person().first), cd=g.pick(CONDOS), n=g.rng.randint(1, 12), t=(g.phone(mobile=False, style="par"), "PHONE_NUMBER"))
    return doc


def at_reparo(g: Gen) -> Doc:
    """Repair request e-mail from a tenant, forwarded to the owner with a provider's quote."""
    doc = Doc()
    imob = g.pick(IMOBS)
    dom = imob_mail(g, imob)
    ten, own, att = g.person(), g.person(), g.person()
    prov = g.pick(PROVIDERS)
    tec = g.person(female=False)
    ad = g.address()
    doc.f("De: «a» <«ae»>\nPara: «o» <«oe»>\nCc: «rm»\nAssunto: ENC: Vazamento no banheiro — «ad» — chamado «ch»\nData: «d» «h»\n\n",
          a=P(att.full), ae=(staff_mail(att, dom), "EMAIL_ADDRESS"), o=P(own.full), oe=(g.email(own), "EMAIL_ADDRESS"),
          rm=role_mail(g, dom), ad=(ad, "ADDRESS"), ch=g.pick([f"#{g.d(6)}", f"MAN-{g.d(5)}", g.protocol()]), d=g.date("br"), h=g.hm())
    doc.f("«sal» «o1»,\n\nEncaminho abaixo a solicitação d«x» inquilin«x» «t», com o orçamento da «pv» (CNPJ «cnpj»). "
          "Conforme o art. 22 da Lei 8.245/1991, reparos estruturais são do locador; «w». Precisamos do seu de acordo até «dl».\n\n",
          sal=g.pick(["Prezado(a)", "Bom dia", "Olá", "Sr(a)."]), o1=P(g.pick([own.first, own.full, own.short])) if g.chance(0.5) else V("proprietário(a)"),
          x=ten.o, t=P(ten.short), pv=prov, cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), w=g.pick(WORDY), dl=g.date("br"))
    doc.f("Orçamento «n»: troca do registro e do flexível, reparo no forro — R$ «v» (mão de obra) + R$ «m» (material). "
          "Técnico: «tc», cel. «tt», «plc».\n\nAtt.,\n«a»\n«im» | «cj» | «tel»\n\n",
          n=g.d(4), v=g.money(150, 1500), m=g.money(50, 900), tc=P(g.pick([tec.full, tec.first, tec.nick])), tt=(g.phone(), "PHONE_NUMBER"),
          plc=g.pick(["vai de moto", "leva escada própria", "atende sábado"]),
          a=P(att.first), im=imob, cj=creci_j(g), tel=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("-------- Mensagem original --------\nDe: «t» <«te»>\nEnviado: «d»\n\n«body»\n\n«sig»\n«tn»\n",
          t=P(g.pick([ten.full, ten.caps, ten.low])), te=(g.email(ten), "EMAIL_ADDRESS"), d=g.date("long"),
          body=g.pick(["Bom dia, a água está descendo pelo teto do banheiro do apto de baixo, o vizinho reclamou. ",
                       "boa tarde!!! o chuveiro ta dando choque e tem infiltração na parede do box, ",
                       "Olá, desde a chuva de ontem o teto da cozinha está pingando. "]) +
          g.pick(["Podem mandar alguém? Fico em casa depois das 17h.", "minha filha tem alergia e o mofo já começou, preciso de urgencia",
                  "Já mandei fotos pelo whats do corretor."]),
          sig=g.pick(["Obrigada,", "att", "Grato", "--"]), tn=(g.pick([ten.first, ten.full]), "PERSON") if g.chance(0.5) else V("(enviado do meu iPhone)"))
    if g.chance(0.6):
        doc.f("Tel: «tt»\nCPF «cpf» (locatári«x» do contrato «ct»)\n", tt=(g.phone(), "PHONE_NUMBER"), cpf=(g.cpf(), "BR_CPF"),
              x=ten.o, ct=contrato_no(g))
    return doc


def at_crm(g: Gen) -> Doc:
    """CSV export of leads from the agency CRM (first/last name columns)."""
    doc = Doc()
    doc.f("# export leads_locacao_«d».csv — gerado por usuário «u» — filtro: status IN (visita_agendada, proposta)\n",
          d=g.date("compact"), u=g.pick(["crm.bot", "integracao.portais", f"u{g.d(5)}"]))
    cols = ["lead_id", "first_name", "last_name", "email", "celular", "cpf", "data_nasc", "imovel_cod", "origem", "orcamento_max",
            "corretor_login", "ip_cadastro", "obs"]
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        p = g.person()
        cor = g.person()
        fn, ln = first_last(p)
        if g.chance(0.25):
            fn, ln = fold(fn).upper(), fold(ln).upper()
        elif g.chance(0.15):
            fn, ln = fn.lower(), ln.lower()
        has_cpf = g.chance(0.6)
        rows.append([V(g.d(7)), P(fn), P(ln), (g.email(p), "EMAIL_ADDRESS"), (g.phone(g.pick(["raw", "e164", "par", "plain"])), "PHONE_NUMBER"),
                     (g.cpf(g.pick(["raw", "dot"])), "BR_CPF") if has_cpf else V(""),
                     (g.dob("iso", 1955, 2004), "DATE_OF_BIRTH") if g.chance(0.5) else V(""), V(imovel_code(g)),
                     V(g.pick(["ZAP", "VivaReal", "OLX", "site", "placa", "indicação", "Instagram"])), V(g.money(900, 6000)),
                     V(g.pick([login(cor), login(cor) + g.d(2), "corretor.plantao"])),
                     (g.ip(), "IP_ADDRESS") if g.chance(0.8) else V(""),
                     V(g.pick(["", "quer pet", "fiador em outra cidade", "prefere seguro fiança", "visita sábado", "tem 2 carros",
                               "pediu desconto", "ligar após 18h", "trabalha na Aurora Telecom"]))])
    table_csv(doc, cols, rows, sep=g.pick([",", ";"]))
    doc.f("# «n» linhas — LGPD: não reenviar por e-mail fora do domínio\n", n=len(rows))
    return doc


VIST_ROOMS = ["Sala", "Cozinha", "Banheiro social", "Dormitório 1", "Dormitório 2 (suíte)", "Área de serviço", "Varanda", "Garagem", "Hall"]
VIST_NOTES = ["parede com pintura nova cor branco gelo, sem marcas", "piso porcelanato com 2 peças trincadas próximo à porta",
              "tomada sem espelho (falta 1)", "box de vidro com vedação ressecada", "mancha de umidade no canto superior esquerdo (aprox. 30 cm)",
              "armário com porta desalinhada", "luminária tipo plafon funcionando", "janela de alumínio emperrando",
              "forro de gesso com fissura", "rodapé descolado", "pia com sifão novo", "chuveiro Lorenzetti funcionando",
              "parede rosa claro com furos de bucha (6)", "porta com fechadura tetra, 3 chaves entregues", "mofo atrás do guarda-roupa"]


def at_vistoria(g: Gen) -> Doc:
    """Move-in / move-out inspection report with photo captions."""
    doc = Doc()
    kind = g.pick(["ENTRADA", "SAÍDA"])
    imob = g.pick(IMOBS)
    ten = g.person()
    vis = g.person()
    own = g.person()
    c, uf = g.city()
    doc.f("LAUDO DE VISTORIA DE «k» Nº «n»\n«im» — «cj»\n\nImóvel: «ad» — «b» — «c»/«uf» — CEP «cep»\n",
          k=kind, n=f"{g.d(4)}/{g.rng.randint(2024, 2025)}", im=imob, cj=creci_j(g), ad=(g.address(), "ADDRESS"), b=bairro(g), c=c, uf=uf,
          cep=(g.cep(), "BR_CEP"))
    doc.f("Locatári«x»: «t» (CPF «cpf»)    Locador(a): «o»\nVistoriador(a): «v» — «vc»    Data: «d», «h»    Contrato: «ct»\n"
          "Medidores: luz nº «ml» leitura «lr» kWh | água nº «ma» leitura «ar» m³ | gás: n/a\n\n",
          x=ten.o, t=P(g.pick([ten.full, ten.caps])), cpf=(g.cpf(), "BR_CPF"), o=P(g.pick([own.full, own.caps, own.inverted])),
          v=P(vis.full), vc=(g.council(g.pick(["CRECI", "CREA", "CAU"])), "PROFESSIONAL_ID"), d=g.date("br"), h=g.hm(),
          ct=contrato_no(g), ml=g.d(8), lr=g.d(5), ma=g.pick([g.neg(11), f"A{g.d(9)}"]), ar=g.d(4))
    foto = g.rng.randint(1, 9)
    shot = g.date("compact")
    for room in g.rng.sample(VIST_ROOMS, g.rng.randint(4, 6)):
        doc.t(f"{room.upper()}\n")
        for note in g.rng.sample(VIST_NOTES, g.rng.randint(1, 3)):
            doc.t(f"  Foto {foto:02d} (IMG_{shot}_{g.d(6)}.jpg) — {note}\n")
            foto += 1
    if g.chance(0.6):
        doc.f("  Foto {:02d} — chaves e controle do portão do «cd» (3 chaves tetra + 1 tag)\n".format(foto), cd=g.pick(CONDOS))
    doc.f("\nObservações d«x» locatári«x»: «obs»\n", x=ten.o,
          obs=g.pick(["concordo com o laudo, exceto item da varanda", "a mancha do banheiro já existia, vide foto 04 da vistoria de entrada",
                      "sem observações", "solicito reparo da janela antes da mudança"]))
    wit = g.person()
    doc.f("Acompanhou a vistoria: «w» («rel»), RG «rg».\nChaves: «k» unidades entregues para «r» em «d».\n\n"
          "______________________        ______________________\nLocatári«x»                    Vistoriador(a)\n",
          w=P(wit.full), rel=g.pick(["cônjuge", "mãe da locatária", "irmão", "procurador"]), rg=(g.rg(), "BR_RG"), k=g.rng.randint(2, 6),
          r=P(g.pick([ten.first, ten.short, vis.first])) if g.chance(0.5) else V(f"{ten.o} locatári{ten.o}"), d=g.date("br"), x=ten.o)
    doc.f("\n--- trilha de assinatura eletrônica (envelope «env») ---\n«ts1»  enviado para «e» / SMS «tel»\n«ts2»  visualizado — IP «ip»\n"
          "«ts3»  assinado por «n» — IP «ip2» — geoloc. aprox. «c»\n",
          env=g.uuid(), ts1=g.iso_ts(), e=(g.email(ten), "EMAIL_ADDRESS"), tel=(g.phone("e164"), "PHONE_NUMBER"), ts2=g.iso_ts(),
          ip=(g.ip(), "IP_ADDRESS"), ts3=g.iso_ts(), n=P(g.pick([ten.full, ten.low])), ip2=(g.ip(), "IP_ADDRESS"), c=c)
    return doc


def at_holerite(g: Gen) -> Doc:
    """OCR of a payslip sent as income proof for the rental application."""
    doc = Doc()
    emp = g.pick(EMPLOYERS)
    p = g.person()
    rate = 0.5
    b, bn = bank(g)
    c, uf = g.city()
    doc.f("[anexo 3 de 5 — comprovante_renda_«f».pdf — texto extraído por OCR]\n\n", f=g.d(6))
    doc.f("«emp»    CNPJ: «cnpj»\nRECIBO DE PAGAMENTO DE SALÁRIO      Referência: «m»/«y»\n\n",
          emp=ocr(emp.upper(), g, rate), cnpj=(g.cnpj(), "BR_CNPJ"), m=g.pick(MONTHS).upper(), y=g.rng.randint(2024, 2025))
    nm = ocr(p.caps, g, rate)
    doc.f("Código  Nome do Funcionário                     CBO     Admissão\n«c»    «n»   «cbo»  «adm»\n",
          c=g.d(5), n=P(nm), cbo=f"{g.d(4)}-{g.d(2)}", adm=g.date("br", g.rng.randint(2010, 2024)))
    cpf = g.cpf("dot")
    pis = g.pis("dot")
    doc.f("CPF: «cpf»    PIS/PASEP: «pis»    Dt. Nasc.: «dob»\n", cpf=(ocr(cpf, g, 0.25, True), "BR_CPF"),
          pis=(ocr(pis, g, 0.25, True), "BR_PIS"), dob=(g.dob("br", 1960, 2003), "DATE_OF_BIRTH"))
    doc.f("End.: «ad» — «c»/«uf» CEP «cep»\n\n", ad=(ocr(g.address("caps"), g, rate), "ADDRESS"), c=c.upper(), uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.t("Cód. Descrição                 Ref.        Vencimentos   Descontos\n")
    base = g.rng.randint(1800, 14000)
    for code, desc, ref in [("001", "SALARIO BASE", "30,00"), ("250", "HORAS EXTRAS 50%", f"{g.rng.randint(2, 20)},00"),
                            ("903", "INSS", "12,00"), ("904", "IRRF", "7,50"), ("920", "VALE TRANSPORTE", "6,00")]:
        v = g.money(50, base // 6) if code != "001" else f"{base:,}".replace(",", ".") + ",00"
        doc.t(f"{code}  {desc:<24}  {ref:>6}   {v if code in ('001', '250') else '':>12}  {v if code not in ('001', '250') else '':>10}\n")
    doc.f("\nBanco: «b» «bn»  Agência: «ag»  Conta: «cc»\nLíquido a receber: R$ «liq»\n",
          b=b, bn=bn.upper(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(ocr(g.account(), g, 0.2, True), "BANK_ACCOUNT"), liq=g.money(1500, 12000))
    an = g.person()
    doc.f("\n[nota da análise — «a»: renda confere com a declarada (3x o aluguel de R$ «al»). Título de eleitor do pretendente: «te» (pedido pela seguradora)]\n",
          a=P(an.first), al=rent(g), te=(g.titulo(), "BR_TITULO_ELEITOR"))
    if g.chance(0.7):
        doc.f("\n[anexo 4 de 5 — comprovante_residencia.jpg — OCR]\n«dist» — CONTA DE ENERGIA ELÉTRICA\nCliente: «n»\nEndereço: «ad»\n«c» - «uf»  «cep»\n"
              "Instalação: «ins»   Classe: RESIDENCIAL B1   Vencimento: «v»   Total a pagar: R$ «t»\n",
              dist=g.pick(["ENEL", "CEMIG D", "COPEL DIS", "NEOENERGIA COELBA", "CPFL PAULISTA", "EQUATORIAL PA"]),
              n=P(ocr(g.pick([p.caps, g.relative(p).caps]), g, rate)), ad=(ocr(g.address("caps"), g, rate), "ADDRESS"), c=c.upper(), uf=uf,
              cep=(g.cep(g.chance(0.5)), "BR_CEP"), ins=g.d(10), v=g.date("br"), t=g.money(60, 700))
    return doc


# =========================================================================== juridico

VARAS = ["1ª Vara Cível", "2ª Vara Cível", "4ª Vara Cível", "Vara Única", "3ª Vara Cível do Foro Regional de Santana",
         "1º Juizado Especial Cível", "6ª Vara Cível", "2ª Vara de Direito Bancário"]


def oab(g: Gen, uf: str | None = None) -> str:
    uf = uf or g.pick(UFS)
    n = g.rng.randint(10000, 499999)
    return g.pick([f"OAB/{uf} {n:,}".replace(",", "."), f"OAB/{uf} nº {n}", f"OAB-{uf} {n}", f"OAB {n}/{uf}"])


def signature_block(doc: Doc, g: Gen, people: list[tuple[str, Person]]) -> None:
    for role, p in people:
        doc.f("\n_________________________________\n«n»\n«r»\n", n=P(g.pick([p.caps, p.full])), r=role)


def ju_contrato(g: Gen) -> Doc:
    """Residential lease contract: qualification of owners, tenants, guarantors and spouses, key clauses."""
    doc = Doc()
    imob = g.pick(IMOBS)
    lo, ten, fi = g.person(), g.person(), g.person()
    los = g.relative(lo, female=not lo.female)
    fis = g.relative(fi, female=not fi.female)
    c, uf = g.city()
    doc.f("CONTRATO DE LOCAÇÃO RESIDENCIAL Nº «n»\n\nPelo presente instrumento particular, de um lado, como LOCADORES, ", n=contrato_no(g))
    qualify(doc, g, lo, prof=True)
    doc.t(", e seu cônjuge ")
    qualify(doc, g, los, with_addr=False)
    doc.f(", casados sob o regime de «r», neste ato representados por sua procuradora «im», «cj»; de outro lado, como LOCATÁRI«x», ",
          r=g.pick(["comunhão parcial de bens", "comunhão universal de bens", "separação total de bens"]), im=imob.upper(), cj=creci_j(g),
          x="A" if ten.female else "O")
    qualify(doc, g, ten, caps=True, dob=g.chance(0.5))
    doc.f(", com e-mail «e» e telefone «t»; e, como FIADORES e principais pagadores, solidariamente responsáveis, com renúncia ao benefício de ordem (art. 827 do Código Civil), ",
          e=(g.email(ten), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    qualify(doc, g, fi)
    doc.t(", e seu cônjuge ")
    qualify(doc, g, fis, with_addr=False)
    doc.t("; têm entre si justo e contratado o seguinte:\n\n")
    doc.f("CLÁUSULA 1ª — DO OBJETO. O imóvel residencial situado na «ad», «b», «c»/«uf», CEP «cep», matrícula nº «m» do «o»º Oficial de Registro de Imóveis, "
          "inscrição municipal (IPTU) nº «ip», com «vg» vaga(s) de garagem no «cd».\n\n",
          ad=(g.address(), "ADDRESS"), b=bairro(g), c=c, uf=uf, cep=(g.cep(), "BR_CEP"), m=matricula(g), o=g.rng.randint(1, 18), ip=iptu_insc(g),
          vg=g.rng.randint(0, 2), cd=g.pick(CONDOS))
    doc.f("CLÁUSULA 2ª — DO PRAZO. «p» meses, com início em «d1» e término em «d2», nos termos do art. 46 da Lei 8.245/1991.\n\n"
          "CLÁUSULA 3ª — DO ALUGUEL. R$ «al» («ext»), vencível todo dia «dv», pago por boleto emitido pela administradora, reajustado anualmente pelo «idx».\n\n"
          "CLÁUSULA 9ª — DAS BENFEITORIAS. «w».\n\n",
          p=g.pick([12, 30, 30, 36]), d1=g.date("br"), d2=g.date("br", 2027), al=rent(g), ext=g.pick(["dois mil e trezentos reais", "mil e oitocentos reais", "valor por extenso"]),
          dv=g.pick([5, 10, 10, 15]), idx=g.pick(["IGP-M/FGV", "IPCA/IBGE", "IVAR/FGV"]),
          w=g.pick(["Seria prudente registrar por escrito qualquer obra", "A pintura deverá ser devolvida na cor branco neve",
                    "Fica autorizada a troca da luz da varanda por sensor de presença"]))
    doc.f("CLÁUSULA 21ª — DO FORO. Fica eleito o foro da Comarca de «c»/«uf».\n\n«c», «d».\n", c=c, uf=uf, d=g.date("long"))
    doc.t("\n_________________________________\np.p. " + imob.upper() + "\nLOCADORES\n")
    if g.chance(0.5):
        signature_block(doc, g, [("LOCATÁRIO(A)", ten), ("FIADOR(A)", fi), ("FIADOR(A)", fis)])
    else:
        doc.t("\n_______________________   _______________________   _______________________\nLOCATÁRIO(A)              FIADOR(A)                 FIADOR(A)\n")
    doc.t("\nTestemunhas:\n")
    for k in (1, 2):
        w = g.person()
        doc.f("«k». «n» — CPF «cpf»\n", k=k, n=P(g.pick([w.full, w.short])), cpf=(g.cpf(), "BR_CPF"))
    return doc


def ju_aditivo(g: Gen) -> Doc:
    """Addendum replacing a guarantor and restating the rent."""
    doc = Doc()
    lo, ten, old, new = g.person(), g.person(), g.person(), g.person()
    news = g.relative(new, female=not new.female)
    doc.f("TERMO ADITIVO Nº «k» AO CONTRATO DE LOCAÇÃO «ct»\n(substituição de garantia e readequação do valor)\n\n", k=g.rng.randint(1, 4), ct=contrato_no(g))
    doc.f("LOCADOR(A): «lo», CPF «cpf1»\nLOCATÁRIO(A): «te», CPF «cpf2»\nIMÓVEL: «ad»«apt»\n\n",
          lo=P(g.pick([lo.caps, lo.full])), cpf1=(g.cpf(), "BR_CPF"), te=P(g.pick([ten.caps, ten.full])), cpf2=(g.cpf(), "BR_CPF"),
          ad=(g.address(), "ADDRESS"), apt=g.pick(["", " (esquina com a Barão de Mauá)", " — próximo à Praça Irmã Dulce", " — Edifício Aurora"]))
    doc.f("1. Fica exonerad«x» da fiança, a partir da assinatura deste termo, «o» (CPF «cpf»), em razão de «mot».\n",
          x=old.o, o=P(old.full), cpf=(g.cpf(), "BR_CPF"),
          mot=g.pick(["seu falecimento, conforme certidão de óbito apresentada", "pedido de exoneração (art. 40, X, da Lei 8.245/1991)",
                      "divórcio do casal fiador", "venda do imóvel dado em garantia"]))
    doc.f("2. Assume como nov«x» fiador«a», solidariamente, ", x=new.o, a="a" if new.female else "")
    qualify(doc, g, new, caps=g.chance(0.5), dob=g.chance(0.4))
    doc.f(", com anuência de seu cônjuge «s», CPF «cpf», RG «rg», e-mail «e».\n",
          s=P(g.pick([news.full, news.caps])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), e=(g.email(news), "EMAIL_ADDRESS"))
    doc.f("3. O aluguel passa a R$ «v» a partir da competência «m»/«y», já aplicado o reajuste de «pc»% (IGP-M acumulado).\n"
          "4. Permanecem inalteradas as demais cláusulas. Débitos anteriores (boletos «b1» e «b2») continuam exigíveis.\n\n«c», «d».\n",
          v=rent(g), m=f"{g.rng.randint(1, 12):02d}", y=g.rng.randint(2024, 2026), pc=f"{g.rng.uniform(-3, 9):.2f}".replace(".", ","),
          b1=g.d(10), b2=g.d(10), c=g.city()[0], d=g.date("long"))
    doc.t("\n_______________________   _______________________   _______________________   _______________________\n"
          "Locador(a)                Locatário(a)              Fiador(a)                 Cônjuge anuente\n")
    adm = g.person()
    doc.f("\nVisto da administradora: «a» — «cr» — «e»\n", a=P(adm.full), cr=(g.council("CRECI"), "PROFESSIONAL_ID"),
          e=(staff_mail(adm, imob_mail(g, g.pick(IMOBS))), "EMAIL_ADDRESS"))
    return doc


def debt_table(doc: Doc, g: Gen, n: int, ruled: bool = True) -> None:
    if ruled:
        doc.t("+-------------+--------------+------------+------------+--------------+\n| Competência | Aluguel      | IPTU       | Condomínio | Multa/juros  |\n"
              "+-------------+--------------+------------+------------+--------------+\n")
    else:
        doc.t("Competência   Aluguel       IPTU        Condomínio   Multa/juros\n")
    y = g.rng.randint(2024, 2025)
    m0 = g.rng.randint(1, 12 - n)
    for k in range(n):
        row = [f"{m0 + k:02d}/{y}", g.money(900, 5000), g.money(40, 400), g.money(150, 900), g.money(50, 800)]
        if ruled:
            doc.t("| " + " | ".join(v.ljust(w) for v, w in zip(row, [11, 12, 10, 10, 12])) + " |\n")
        else:
            doc.t("   ".join(v.ljust(w) for v, w in zip(row, [11, 12, 10, 10, 12])).rstrip() + "\n")
    if ruled:
        doc.t("+-------------+--------------+------------+------------+--------------+\n")
    doc.t(f"TOTAL ATUALIZADO: R$ {g.money(3000, 40000)}\n")


def ju_notificacao(g: Gen) -> Doc:
    """Extrajudicial notice for unpaid rent (pre-eviction), sent by a law firm."""
    doc = Doc()
    firm = g.pick(FIRMS)
    adv = g.person()
    lo, ten, fi = g.person(), g.person(), g.person()
    c, uf = g.city()
    doc.f("«f»\n«c», «d»\n\nNOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: «lo», CPF «cpf», por seu advogado infra-assinado.\n",
          f=firm, c=c, d=g.date("long"), lo=P(g.pick([lo.caps, lo.full])), cpf=(g.cpf(), "BR_CPF"))
    doc.f("NOTIFICAD«X»: «t», CPF «cpf», residente na «ad», «b», CEP «cep», «c»/«uf»\n",
          X="A" if ten.female else "O", t=P(g.pick([ten.caps, ten.full])), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"),
          b=bairro(g), cep=(g.cep(), "BR_CEP"), c=c, uf=uf)
    doc.f("FIADOR«A»: «f», CPF «cpf», «ad» — tel. «t»\n\n", A="A" if fi.female else "", f=P(g.pick([fi.caps, fi.full])),
          cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("Prezad«x» Senhor«a»,\n\nNa qualidade de procurador do NOTIFICANTE, comunico que se encontram em aberto os seguintes encargos da locação "
          "(contrato «ct», administrado pela «im»):\n\n", x=ten.o, a="a" if ten.female else "", ct=contrato_no(g), im=g.pick(IMOBS))
    debt_table(doc, g, g.rng.randint(2, 5), ruled=g.chance(0.6))
    doc.f("\nFica V. S.ª NOTIFICAD«X» a quitar o débito no prazo de «p» dias, sob pena de ajuizamento de ação de despejo por falta de pagamento "
          "cumulada com cobrança (art. 9º, III, e art. 62 da Lei 8.245/1991), inclusive contra o(a) fiador(a). Eventual acordo: «e» ou WhatsApp «w».\n\n",
          X="A" if ten.female else "O", p=g.pick([10, 15, 30]), e=(staff_mail(adv, re.sub(r'[^a-z]', '', fold(firm.split()[0]).lower()) + ".adv.br"), "EMAIL_ADDRESS"),
          w=(g.phone(), "PHONE_NUMBER"))
    doc.f("Atenciosamente,\n\n«a»\n«o»\n\n", a=P(adv.full), o=(oab(g, uf), "PROFESSIONAL_ID"))
    doc.f("[AR nº «ar» — recebido em «d» por «r» («rel»)]\n", ar=f"{g.pick(['JT', 'YQ', 'OB'])}{g.d(9)}BR", d=g.date("br"),
          r=P(g.pick([g.person().full, g.person().first])) if g.chance(0.5) else V("portaria"), rel=g.pick(["porteiro", "filha", "vizinho", "o próprio"]))
    return doc


def ju_despejo(g: Gen) -> Doc:
    """Initial petition of an eviction suit for non-payment with rent collection."""
    doc = Doc()
    c, uf = g.city()
    lo, ten, fi = g.person(), g.person(), g.person()
    fis = g.relative(fi, female=not fi.female)
    advs = [g.person(), g.person()]
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» DA COMARCA DE «c» — «uf»\n\n"
          "Distribuição por dependência aos autos nº «cnj» (consignação)\n\n" if g.chance(0.4) else
          "EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» DA COMARCA DE «c» — «uf»\n\n",
          v=g.pick(VARAS).upper(), c=fold(c).upper(), uf=uf, cnj=g.cnj())
    qualify(doc, g, lo, caps=True)
    doc.f(", e-mail «e», por seus advogados que esta subscrevem (procuração anexa), vem propor\n\nAÇÃO DE DESPEJO POR FALTA DE PAGAMENTO C/C COBRANÇA DE ALUGUÉIS E ENCARGOS\n\nem face de ",
          e=(g.email(lo), "EMAIL_ADDRESS"))
    qualify(doc, g, ten, caps=True)
    doc.t(", e dos fiadores ")
    qualify(doc, g, fi, caps=True)
    doc.t(", e ")
    qualify(doc, g, fis, caps=True, with_addr=False)
    doc.f(", pelos fatos e fundamentos a seguir.\n\nI — DOS FATOS\n\n1. Em «d», as partes celebraram contrato de locação do imóvel situado na «ad», pelo aluguel mensal de R$ «al». "
          "2. «x» Ré«u» deixou de pagar os aluguéis a partir de «m», acumulando o débito abaixo, atualizado até «d2»:\n\n",
          d=g.date("br", 2023), ad=(g.address(), "ADDRESS"), al=rent(g), x="A" if ten.female else "O", u="" if ten.female else "u",
          m=g.pick(MONTHS) + f" de {g.rng.randint(2024, 2025)}", d2=g.date("br"))
    debt_table(doc, g, g.rng.randint(3, 6), ruled=g.chance(0.4))
    doc.f("\n3. Notificad«x» extrajudicialmente em «d» (AR «ar»), não purgou a mora. A planilha segue os índices do TJ«uf». "
          "Fica ressalvada a hipótese do art. 62, II, da Lei 8.245/1991.\n\nII — DOS PEDIDOS\n\n"
          "a) liminar de desocupação em 15 dias (art. 59, § 1º, IX), mediante caução de três aluguéis;\nb) citação dos réus pelo correio ou por WhatsApp («t»);\n"
          "c) condenação ao pagamento de R$ «tot», acrescido das parcelas vincendas.\n\nDá-se à causa o valor de R$ «vc».\n\n«c», «dd».\n\n",
          x=ten.o, d=g.date("br"), ar=f"JT{g.d(9)}BR", uf=uf, t=(g.phone(), "PHONE_NUMBER"), tot=g.money(5000, 60000), vc=g.money(20000, 80000),
          c=c, dd=g.date("long"))
    for a in advs:
        doc.f("«n»\n«o»\n", n=P(g.pick([a.full, a.caps])), o=(oab(g, uf), "PROFESSIONAL_ID"))
    return doc


def ju_planilha(g: Gen) -> Doc:
    """Law office tracking sheet of eviction suits, exported as a pipe table."""
    doc = Doc()
    firm = g.pick(FIRMS)
    doc.f("«f» — carteira «im» — despejos ativos (atualizado «d» por «u»)\n\n", f=firm, im=g.pick(IMOBS), d=g.date("br"),
          u=login(g.person()))
    cols = ["Processo", "Réu (locatário)", "CPF réu", "Fiador", "Imóvel", "CEP", "Fase", "Usuário", "OAB resp.", "Próx. prazo"]
    rows = []
    uf = g.pick(UFS)
    for _ in range(g.rng.randint(4, 6)):
        r, f, a = g.person(), g.person(), g.person()
        rows.append([V(g.cnj()), P(g.pick([r.full, r.caps, r.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     P(g.pick([f.short, f.caps])) if g.chance(0.45) else V(g.pick(["seguro-fiança", "caução", "título de capitalização"])), (g.address(g.pick(["text", "caps"])), "ADDRESS"),
                     (g.cep(), "BR_CEP"),
                     V(g.pick(["citação pendente", "liminar deferida", "mandado expedido", "acordo homologado", "sentença — apelação",
                               "aguardando caução", "desocupado — cobrança"])), V(login(a)), (oab(g, uf), "PROFESSIONAL_ID"),
                     V(g.date("br"))])
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t("| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n")
    doc.t("|" + "|".join("-" * (w + 2) for w in widths) + "|\n")
    for r in rows:
        doc.t("| ")
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(" | ")
            doc.cell(v, w, lab)
        doc.t(" |\n")
    doc.f("\nObs.: processo «cnj» (ex-locatária «n») arquivado — ver pasta física. Custas pagas pela «im» (reembolso no repasse de «m»).\n",
          cnj=g.cnj(), n=P(g.person(female=True).full), im=g.pick(IMOBS), m=g.pick(MONTHS))
    return doc


def ju_acordo(g: Gen) -> Doc:
    """Settlement and key handover term with debt confession and Pix instalments to the owner."""
    doc = Doc()
    lo, ten, fi, adv = g.person(), g.person(), g.person(), g.person()
    b, bn = bank(g)
    doc.f("TERMO DE ACORDO, CONFISSÃO DE DÍVIDA E ENTREGA DE CHAVES\nAutos nº «cnj» — «v» de «c»\n\n", cnj=g.cnj(), v=g.pick(VARAS), c=g.city()[0])
    doc.f("CREDOR(A)/LOCADOR(A): «lo», CPF «c1»\nDEVEDOR(A)/LOCATÁRIO(A): «te», CPF «c2», RG «rg», nascid«x» em «dob»\n"
          "INTERVENIENTE FIADOR(A): «fi», CPF «c3», CNH «cnh»\nIMÓVEL: «ad» — CEP «cep»\n\n",
          lo=P(g.pick([lo.full, lo.caps])), c1=(g.cpf(), "BR_CPF"), te=P(g.pick([ten.full, ten.caps])), c2=(g.cpf(), "BR_CPF"),
          rg=(g.rg(), "BR_RG"), x=ten.o, dob=(g.dob("br", 1950, 2002), "DATE_OF_BIRTH"), fi=P(g.pick([fi.full, fi.caps])),
          c3=(g.cpf(), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    n = g.rng.randint(3, 10)
    doc.f("1. O(A) DEVEDOR(A) reconhece dívida de R$ «tot» e se compromete a desocupar o imóvel até «d», entregando as chaves na «im» mediante vistoria de saída.\n"
          "2. Pagamento: entrada de R$ «ent» em «de» e «n» parcelas de R$ «p», todo dia «dv», via Pix para a chave aleatória do(a) CREDOR(A) «pix» "
          "ou TED para o «b» («bn»), agência «ag», conta «cc», de titularidade de «lo».\n",
          tot=g.money(4000, 50000), d=g.date("br"), im=g.pick(IMOBS), ent=g.money(500, 5000), de=g.date("br"), n=n, p=g.money(300, 3000),
          dv=g.pick([5, 10, 15, 20]), pix=(g.uuid(), "PIX_KEY"), b=b, bn=bn, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          lo=P(g.pick([lo.short, lo.full])))
    doc.f("3. O inadimplemento de qualquer parcela implica vencimento antecipado e multa de 10%, prosseguindo-se a execução nos autos «cnj2».\n"
          "4. Os honorários (10%) serão pagos diretamente «ao» advogad«x» «adv», «o», Pix «ae».\n5. Requerem a homologação e a suspensão do feito (art. 922 do CPC).\n\n",
          cnj2=g.cnj(), ao="à" if adv.female else "ao", x=adv.o, adv=P(adv.full), o=(oab(g), "PROFESSIONAL_ID"),
          ae=(g.email(adv, g.pick(["gmail.com", "adv.oabsp.org.br", "hotmail.com"])), "EMAIL_ADDRESS"))
    doc.f("«c», «d».\n", c=g.city()[0], d=g.date("long"))
    doc.t("\n____________________    ____________________    ____________________\nCredor(a)               Devedor(a)              Fiador(a)\n")
    return doc


def ju_dje(g: Gen) -> Doc:
    """Clipping of court publications (DJe) and a bailiff certificate in eviction cases."""
    doc = Doc()
    uf = g.pick(["SP", "RJ", "MG", "PR", "RS", "BA", "GO", "PE"])
    doc.f("Recorte de publicações — «f» — DJE «uf» — edição «ed» de «d»\nTermo pesquisado: locação / despejo — «n» ocorrências\n\n",
          f=g.pick(FIRMS), uf=uf, ed=g.d(4), d=g.date("br"), n=2)
    for _ in range(2):
        a, r, adv1, adv2 = g.person(), g.person(), g.person(), g.person()
        one = g.chance(0.5)
        doc.f("Processo «cnj» - Despejo por Falta de Pagamento Cumulado Com Cobrança - Locação de Imóvel - «a» - «r» - ",
              cnj=g.cnj(), a=P(a.caps), r=P(r.caps))
        doc.f("«txt» - ADV: «a1» («o1»)" + ("\n\n" if one else ", «a2» («o2»)\n\n"),
              txt=g.pick(["Vistos. Defiro a liminar de desocupação, no prazo de 15 dias, mediante caução. Expeça-se mandado.",
                          "Manifeste-se o autor sobre a certidão negativa do Oficial de Justiça, em 5 dias.",
                          "Homologo o acordo de fls. 88/90. Suspenda-se o feito até o cumprimento.",
                          "Ante o pagamento noticiado, julgo extinta a execução (art. 924, II, do CPC)."]),
              a1=P(adv1.caps), o1=(f"OAB {g.rng.randint(10000, 499999)}/{uf}", "PROFESSIONAL_ID"),
              a2=P(adv2.caps), o2=(f"OAB {g.rng.randint(10000, 499999)}/{uf}", "PROFESSIONAL_ID"))
    of = g.person()
    r = g.person()
    doc.f("CERTIDÃO — Certifico eu, Oficial de Justiça «of», que em cumprimento ao mandado nº «mn» dirigi-me à «ad», e aí sendo, "
          "«res» Ao ser indagado, «r» declarou trabalhar como «pr» e exibiu o RG «rg». O referido é verdade e dou fé. «d».\n",
          of=P(of.full), mn=g.d(6), ad=(g.address(), "ADDRESS"),
          res=g.pick(["CITEI o requerido, que recebeu a contrafé.", "constatei que o imóvel está desocupado, conforme informação do vizinho.", "INTIMEI a requerida por hora certa, tendo recebido a contrafé o morador."]),
          r=P(r.full), pr=g.pick(PROFS), rg=(g.rg(), "BR_RG"), d=g.date("br"))
    return doc


# =========================================================================== saude

HOSPITALS = ["Hospital Santa Rosa", "Santa Casa de Misericórdia", "Hospital Regional Dr. Bento Amaral", "Hospital São Vicente de Paulo",
             "UPA Jardim Aurora", "Hospital Municipal Irmã Dulce", "Hospital Esperança", "Instituto do Coração"]
DISAB = [("paraplegia (lesão medular T10), cadeirante", "G82.2"), ("amputação transfemoral esquerda, usa prótese e muletas", "Z89.6"),
         ("esclerose múltipla com marcha instável", "G35"), ("sequela de AVC com hemiparesia direita", "I69.3"),
         ("baixa visão bilateral (glaucoma avançado)", "H54.2"), ("artrite reumatoide com deformidade em mãos", "M05.8"),
         ("distrofia muscular, usa cadeira motorizada", "G71.0"), ("Parkinson em estágio moderado", "G20")]


def sa_adaptacao(g: Gen) -> Doc:
    """Tenant's request for accessibility adaptations with the attached medical report, forwarded to the owner."""
    doc = Doc()
    imob = g.pick(IMOBS)
    dom = imob_mail(g, imob)
    ten, own, att, med = g.person(), g.person(), g.person(), g.person()
    cond, cid = g.pick(DISAB)
    ad = g.address()
    doc.f("De: «a» <«ae»>\nPara: «o» <«oe»>\nAssunto: Pedido de adaptação de acessibilidade — «ad» — contrato «ct»\n\n",
          a=P(att.full), ae=(staff_mail(att, dom), "EMAIL_ADDRESS"), o=P(own.full), oe=(g.email(own), "EMAIL_ADDRESS"),
          ad=(ad, "ADDRESS"), ct=contrato_no(g))
    doc.f("«sal» «o»,\n\n«X» locatári«x» «t» nos enviou o pedido abaixo, com laudo médico, para instalação de barras de apoio no banheiro, "
          "rampa no degrau da entrada e troca da porta do banheiro por uma de 80 cm. Pela Lei 13.146/2015 (Estatuto da Pessoa com Deficiência) «w». "
          "«E» se propõe a custear metade. Aguardamos sua posição.\n\n«a»\n«im»\n\n",
          sal=g.pick(["Prezado(a)", "Olá", "Bom dia"]), o=g.pick(["proprietário(a)", "Sr(a). proprietário(a)"]) if g.chance(0.5) else P(g.pick([own.first, own.short])), X="A" if ten.female else "O", x=ten.o,
          E="Ela" if ten.female else "Ele",
          t=P(ten.short), w=g.pick(["seria prudente autorizar", "não há obrigação expressa do locador, mas o pedido é razoável",
                                   "a adaptação pode ser compensada no aluguel"]), a=P(att.first), im=imob)
    doc.f(">>> Mensagem recebida de «te» («tel»):\n> Boa tarde. Desde «quando» tenho «cond». Preciso das adaptações para continuar morando no apto. "
          "Segue o laudo. Meu CNS é «cns», caso a prefeitura peça para o programa de reforma.\n\n",
          te=(g.email(ten), "EMAIL_ADDRESS"), tel=(g.phone(), "PHONE_NUMBER"),
          quando=g.pick(["o acidente de moto", "a cirurgia de março", "o diagnóstico", "o AVC"]), cond=cond.split(",")[0], cns=(g.cns(), "BR_CNS"))
    hosp = g.pick(HOSPITALS)
    doc.f("[anexo: laudo_medico.pdf]\n«h» — Ambulatório de «esp»\nLAUDO MÉDICO\nPaciente: «p»   DN: «dn»   CNS: «cns»\n"
          "Atesto que «o» paciente acima apresenta «cond» (CID-10 «cid»), necessitando de adaptações domiciliares para mobilidade segura. "
          "Não há previsão de melhora funcional.\n«c», «d».\n«tit»«m»\n«crm»\n", tit=("Dra. " if med.female else "Dr. ") if g.chance(0.6) else "",
          h=hosp, esp=g.pick(["Neurologia", "Ortopedia", "Fisiatria", "Reumatologia", "Oftalmologia"]), p=P(g.pick([ten.caps, ten.full])),
          dn=(g.dob("br", 1945, 1998), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), o=ten.o, cond=cond, cid=cid, c=g.city()[0],
          d=g.date("br"), m=P(med.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


def sa_mofo(g: Gen) -> Doc:
    """Mould and damp complaint with a paediatric report, and the owner's reply."""
    doc = Doc()
    imob = g.pick(IMOBS)
    dom = imob_mail(g, imob)
    mom, kid, own, ped, att = g.person(), None, g.person(), g.person(), g.person()
    kid = g.relative(mom)
    doc.f("Chamado «ch» — categoria: infiltração/umidade — prioridade: ALTA\nAberto por: «m» (locatári«x») via portal — IP «ip»\nImóvel: «ad», «cd»\n\n",
          ch=f"#{g.d(6)}", m=P(g.pick([mom.full, mom.low])), x=mom.o, ip=(g.ip(), "IP_ADDRESS"), ad=(g.address(), "ADDRESS"), cd=g.pick(CONDOS))
    doc.f("Descrição: o quarto «q» está com bolor preto na parede e no teto, o cheiro é forte. «k», «idd», já teve «n» crises de bronquite desde «m». "
          "A pediatra pediu para tirar a criança do quarto. Anexo relatório médico e 4 fotos. Meu cel «tel».\n\n",
          q=g.pick(["das crianças", "do meu filho", "dos fundos", "pequeno"]), k=P(g.pick([kid.first, kid.full])),
          idd=g.pick(["5 anos", "de 3 anos", "meu caçula", "que tem 7 anos"]), n=g.rng.randint(2, 5), m=g.pick(MONTHS), tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("  Foto 1 — canto do teto sobre a janela (IMG_{0}.jpg)\n  Foto 2 — atrás do guarda-roupa, mofo até o rodapé\n"
          "  Foto 3 — parede rosa bebê com manchas verdes\n  Foto 4 — colchão da criança encostado na parede\n\n".format(g.d(4)))
    doc.f("RELATÓRIO MÉDICO — «cl»\nPaciente: «k»   Data de nascimento: «dn»   Resp.: «m»\n"
          "Criança em acompanhamento por asma (CID «cid») com piora importante nos últimos meses, coincidente com exposição a umidade e fungos no domicílio. "
          "Recomendo afastamento do ambiente até correção. Prescritos budesonida e salbutamol.\n«p» — Pediatra — «crm» — RQE «rqe»\n\n",
          cl=g.pick(["Clínica Esperança", "UBS Vila Leão", "Consultório Pediátrico Flor de Lis", "Hospital Santa Rosa"]),
          k=P(g.pick([kid.full, kid.caps])), dn=(g.dob("br", 2014, 2022), "DATE_OF_BIRTH"), m=P(mom.full) if g.chance(0.4) else V("mãe"), cid=g.pick(["J45.9", "J45.0", "J45.1"]),
          p=P(ped.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), rqe=g.d(5))
    eng = g.person()
    doc.f("— Resposta do proprietário («o», encaminhada por «a» em «d»): «resp» A vistoria técnica será feita pel«x» eng. «e» («crea») na «dia».\n",
          o=P(g.pick([own.full, own.inverted_title])), a=P(att.first), d=g.date("br"),
          resp=g.pick(["Autorizo a impermeabilização, mas acho que falta ventilação, a janela vive fechada.",
                       "Vou mandar o pedreiro, mas peço que a inquilina abra as janelas.", "Ok, podem fazer, desconta do aluguel de " + g.pick(MONTHS) + "."]),
          x=eng.o, e=P(eng.short), crea=(g.council("CREA"), "PROFESSIONAL_ID"), dia=g.pick(["segunda", "terça", "quarta", "quinta", "sexta"]))
    return doc


def sa_internacao(g: Gen) -> Doc:
    """WhatsApp chat: a tenant's relative explains a hospitalisation and asks to postpone the rent."""
    doc = Doc()
    ten = g.person()
    rel = g.relative(ten)
    att = g.person()
    imob = g.pick(IMOBS)
    ts = g.times(8, 8 * 3600, 21 * 3600)
    day = g.date("br")
    rel_head = g.pick([rel.short, rel.first + " (filh" + rel.o + " " + ten.first + ")", "phone", "phone"])
    rel_phone = g.phone("plus")
    biz = g.chance(0.6)
    hosp = g.pick(HOSPITALS)

    def who(k: int, is_att: bool) -> None:
        doc.t(f"{day} {ts[k]} - ")
        if is_att and biz:
            doc.t(f"{imob}: ")
        elif is_att:
            doc.e(att.first, "PERSON").t(f" | {imob.split()[0]}: ")
        elif rel_head == "phone":
            doc.e(rel_phone, "PHONE_NUMBER").t(": ")
        elif "(" in rel_head:
            doc.e(rel.first, "PERSON").t(" (filh" + rel.o + " ").e(ten.first, "PERSON").t("): ")
        else:
            doc.e(rel_head, "PERSON").t(": ")

    who(0, False)
    doc.f("bom dia, sou «fh» d«x» «t», inquilin«x» do imóvel da «ad». «ela» foi internad«x» às pressas no «h» «d», ta na UTI\n",
          fh="filha" if rel.female else "filho", x=ten.o, t=P(g.pick([ten.full, ten.short])), ad=(g.address(), "ADDRESS"),
          ela="Ela" if ten.female else "Ele", h=hosp, d=g.pick(["ontem à noite", "no domingo", "sexta passada", "anteontem"]))
    who(1, True)
    doc.f("Bom dia «r», aqui é «a», do setor de locação. Sinto muito. Em que posso ajudar?\n", r=P(rel.first), a=P(att.first))
    who(2, False)
    doc.f("o aluguel vence dia «dv» e a conta tá no nome del«x», não consigo mexer. da pra segurar a multa? pago até o dia «dp»\n",
          dv=g.pick([5, 10, 10]), x="a" if ten.female else "e", dp=g.rng.randint(15, 28))
    who(3, True)
    doc.f("Consigo pedir ao proprietário. Preciso de uma declaração do hospital e seus dados pra registrar: nome, CPF e telefone\n")
    who(4, False)
    doc.f("«n»\n«cpf»\n«tel»\n<anexo: declaracao_internacao.pdf>\n", n=P(g.pick([rel.full, rel.low])), cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
          tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("[texto do anexo] DECLARAÇÃO — Declaramos que «p», DN «dn», CNS «cns», encontra-se internad«x» nesta instituição desde «di» (entrada pelo pronto-socorro), "
          "prontuário «pr», sem previsão de alta. «m», «crm», médico(a) plantonista.\n",
          p=P(ten.caps), dn=(g.dob("br", 1938, 1975), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), x=ten.o, di=day,
          pr=g.d(7), m=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    who(5, True)
    doc.f("Recebido. Registrei no protocolo «pr». O proprietário costuma ser compreensivo. «mel»\n",
          pr=g.protocol(), mel=g.pick(["Melhoras!", "Estimo melhoras.", "Melhoras pro seu pai!" if not ten.female else "Melhoras pra sua mãe!"]))
    who(6, False)
    doc.f("obrigad«x» 🙏 se precisar pago via pix, minha chave é meu cpf mesmo ou «e»\n", x=rel.o, e=(g.email(rel), "EMAIL_ADDRESS"))
    who(7, True)
    doc.f("Sem problema. «w»\n", w=g.pick(["O boleto novo sai sem multa, te mando por aqui.", "Vou deixar anotado também que o hospital é o " + hosp + ".",
                                          "Força aí, qualquer coisa é só chamar."]))
    return doc


def sa_atestado(g: Gen) -> Doc:
    """OCR of a medical certificate attached to an early-termination request for health reasons."""
    doc = Doc()
    ten, med = g.person(), g.person()
    imob = g.pick(IMOBS)
    rate = 0.45
    doc.f("Protocolo «pr» — Pedido de rescisão antecipada sem multa (art. 4º, Lei 8.245/1991) — anexos digitalizados\n"
          "Solicitante: «t» — CPF «cpf» — contrato «ct» — «im»\n\n", pr=g.protocol(), t=P(ten.full), cpf=(g.cpf(), "BR_CPF"),
          ct=contrato_no(g), im=imob)
    hosp = g.pick(HOSPITALS)
    tr, cid = g.pick([("oncológico", "C50.9"), ("oncológico", "C61"), ("de hemodiálise", "N18.5"), ("psiquiátrico", "F32.2"),
                      ("cardiológico", "I50.0"), ("oncológico", "C34.1"), ("neurológico", "G35"), ("infectológico", "B20")])
    dob = g.dob("br", 1950, 1995)
    doc.f("=== pág. 1/2 (OCR, confiança 0,8«c») ===\n«h»\nATESTADO MÉDICO\n\nAtesto para os devidos fins que «o» Sr«a». «n», portador«a2» do RG «rg», "
          "nascid«x» em «dn», está em tratamento «tr» (CID «cid») na unidade «cen», em «cidade», necessitando residir próximo ao centro de tratamento "
          "pelo período mínimo de «m» meses, a partir de «d».\n\n«cidade», «d2»\n\n«md»\n«crm»\n",
          c=g.d(1), h=ocr(g.pick(HOSPITALS).upper(), g, rate), o=ten.o, a="a" if ten.female else "", n=P(ocr(ten.caps, g, rate)),
          a2="a" if ten.female else "", rg=(ocr(g.rg("dot"), g, 0.3, True), "BR_RG"), x=ten.o,
          dn=(ocr(dob, g, 0.3, True), "DATE_OF_BIRTH"), tr=tr,
          cid=cid, cen=g.pick(["Instituto do Coração", "Hospital Esperança", "Santa Casa de Misericórdia", "Hospital Regional Dr. Bento Amaral"]),
          cidade=g.city()[0], m=g.rng.randint(6, 24), d=g.date("br"), d2=g.date("br"), md=P(ocr(med.full, g, rate)),
          crm=(ocr(g.council("CRM"), g, 0.3, True), "PROFESSIONAL_ID"))
    doc.f("\n=== pág. 2/2 ===\nCARTÃO NACIONAL DE SAÚDE\n«n»\n«cns»\nData Nasc.: «dn»   Sexo: «sx»\nMunicípio: «mun»\n",
          n=P(ocr(ten.caps, g, rate)), cns=(g.cns(True), "BR_CNS"), dn=(dob, "DATE_OF_BIRTH"), sx="F" if ten.female else "M",
          mun=fold(g.city()[0]).upper())
    an = g.person()
    doc.f("\n[parecer interno — «a», «d»] Documentação ok. Multa rescisória dispensada pelo proprietário «o» por e-mail («oe»). "
          "Vistoria de saída agendada; devolver chaves na «im». Endereço novo informado: «ad», «c».\n",
          a=P(an.short), d=g.date("br"), o=P(g.person().full), oe=(g.email(g.person()), "EMAIL_ADDRESS"), im=imob,
          ad=(g.address(), "ADDRESS"), c=g.city()[0])
    return doc


def sa_acessibilidade(g: Gen) -> Doc:
    """Technical report on accessibility works by an occupational therapist and an engineer."""
    doc = Doc()
    ten, to, eng, own = g.person(), g.person(), g.person(), g.person()
    cond, cid = g.pick(DISAB)
    c, uf = g.city()
    doc.f("RELATÓRIO TÉCNICO DE ADAPTAÇÃO DOMICILIAR — imóvel locado\n\n1. IDENTIFICAÇÃO\nMorador(a): «t»  | Data nasc.: «dn» | CPF: «cpf»\n"
          "Condição: «cond» (CID «cid»)\nEndereço: «ad» — «b» — «c»/«uf» — CEP «cep»\nProprietário(a): «o» | Administradora: «im»\n\n",
          t=P(g.pick([ten.full, ten.caps])), dn=(g.dob(g.pick(["br", "iso"]), 1940, 2000), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"),
          cond=cond, cid=cid, ad=(g.address(), "ADDRESS"), b=bairro(g), c=c, uf=uf, cep=(g.cep(), "BR_CEP"), o=P(own.full), im=g.pick(IMOBS))
    doc.f("2. AVALIAÇÃO FUNCIONAL (T.O. «to», «cref»)\n", to=P(to.full), cref=(g.council("CREFITO"), "PROFESSIONAL_ID"))
    items = [("Banheiro", "instalar 2 barras de apoio 80 cm junto ao vaso e 1 no box; banco articulado"),
             ("Entrada", "rampa com inclinação máx. 8,33% (NBR 9050), corrimão dos dois lados"),
             ("Portas", "ampliar vão da porta do banheiro para 80 cm livres"),
             ("Cozinha", "rebaixar bancada da pia para 80 cm"), ("Iluminação", "luz de vigília no corredor, interruptores a 1,00 m"),
             ("Quarto", "retirar tapetes; cama a 46 cm do piso")]
    rule = "   +" + "-" * 14 + "+" + "-" * 78 + "+\n"
    doc.t(rule)
    for room, it in g.rng.sample(items, g.rng.randint(3, 5)):
        doc.t(f"   | {room:<12} | {it:<76} |\n")
    doc.t(rule + "\n")
    doc.f("3. PARECER DE ENGENHARIA («e», «crea», ART nº «art»)\nAs intervenções não afetam a estrutura. Orçamento estimado R$ «v». «w».\n\n",
          e=P(eng.full), crea=(g.council("CREA"), "PROFESSIONAL_ID"), art=g.d(13), v=g.money(1500, 18000),
          w=g.pick(["A troca da porta exige remoção de batente", "Seria prudente trocar também o piso por antiderrapante", "Prazo de obra: 10 dias úteis"]))
    doc.f("4. CONTATOS\nMorador(a): «tel» / «e»\nCuidador(a): «cu» — «tel2»\nT.O.: «toe»\n\nAutorização do(a) proprietário(a): «sim» — «o» em «d».\n",
          tel=(g.phone(), "PHONE_NUMBER"), e=(g.email(ten), "EMAIL_ADDRESS"), cu=P(g.relative(ten).full), tel2=(g.phone(), "PHONE_NUMBER"),
          toe=(g.email(to, g.pick(["gmail.com", "terapiaocupacional.com.br", "hotmail.com"])), "EMAIL_ADDRESS"),
          sim=g.pick(["SIM, com devolução no estado original dispensada", "SIM, às custas do locatário", "PARCIAL (sem rebaixar a pia)"]),
          o=P(g.pick([own.first, own.caps])), d=g.date("br"))
    return doc


def sa_pcd(g: Gen) -> Doc:
    """Condominium list of residents needing assistance in an evacuation, kept by the property manager (CSV)."""
    doc = Doc()
    cd = g.pick(CONDOS)
    sind = g.person()
    doc.f("«cd» — cadastro de moradores com mobilidade reduzida / necessidades especiais (plano de abandono, brigada)\n"
          "Responsável: síndic«x» «s» — administradora «im» — revisado em «d»\n\n",
          cd=cd, x=sind.o, s=P(sind.full), im=g.pick(IMOBS), d=g.date("br"))
    cols = ["unidade", "morador", "nascimento", "situacao", "condicao", "cns", "contato_emergencia", "tel_emergencia", "vaga_pcd_placa"]
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        p = g.person()
        cond, cid = g.pick(DISAB + [("idosa acamada, oxigênio domiciliar", "J96.1"), ("gestante de alto risco", "O26.8"),
                                    ("autismo nível 2, criança", "F84.0"), ("obesidade grau III, dificuldade em escadas", "E66.9")])
        ce = g.relative(p)
        rows.append([V(f"{g.pick('ABCD')}-{g.rng.randint(1, 20)}{g.rng.randint(1, 4):02d}"), P(g.pick([p.full, p.caps, p.short])),
                     (g.dob(g.pick(["br", "iso"]), 1930, 2020), "DATE_OF_BIRTH"), V(g.pick(["proprietária", "inquilina", "inquilina", "locatária"] if p.female else ["proprietário", "inquilino", "inquilino", "locatário"])),
                     V(f"{cond} ({cid})"), (g.cns(False), "BR_CNS") if g.chance(0.5) else V(""), P(g.pick([ce.full, ce.first])) if g.chance(0.6) else V(g.pick(["filha", "esposo", "esposa", "filho", "vizinha do 3º", "cuidadora"])),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), (g.plate(), "LICENSE_PLATE") if g.chance(0.45) else V("-")])
    table_csv(doc, cols, rows, sep=";")
    doc.f("\n# Dados sensíveis (art. 11, LGPD). Cópia impressa somente na portaria. Dúvidas: «e» («z», zelador)\n",
          e=g.pick(["portaria@", "sindico@", "brigada@"]) + re.sub(r"[^a-z]", "", fold(cd.split()[-1]).lower()) + ".com.br", z=P(g.person(female=False).first))
    return doc


def sa_prorrogacao(g: Gen) -> Doc:
    """Internal e-mail on a payment extension for a hospitalised tenant, with a social worker's report."""
    doc = Doc()
    imob = g.pick(IMOBS)
    dom = imob_mail(g, imob)
    ten, fin, ger, ass, own = g.person(), g.person(), g.person(), g.person(), g.person()
    nb = g.rng.randint(2, 3)
    doc.f("De: «f» <«fe»>\nPara: «g» <«ge»>; «cob»\nAssunto: Prorrogação — locatári«x» internad«x» — «t»\n\n",
          f=P(fin.full), fe=(staff_mail(fin, dom), "EMAIL_ADDRESS"), g=P(ger.full), ge=(staff_mail(ger, dom), "EMAIL_ADDRESS"),
          cob=role_mail(g, dom), x=ten.o, t=P(ten.caps))
    doc.f("«gf», tudo bem?\n\nSegue o caso d«x» «t» (CPF «cpf», nasc. «dn»), do imóvel «ad». Está internad«x» desde «di» no «h» "
          "(CID «cid» informado pela família). Tem «n» boletos em aberto:\n\n", gf=P(ger.first) if g.chance(0.5) else V(g.pick(["Oi", "Bom dia", "Pessoal"])), x=ten.o, t=P(ten.short),
          cpf=(g.cpf(), "BR_CPF"), dn=(g.dob("br", 1935, 1980), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), di=g.date("br"),
          h=g.pick(HOSPITALS), cid=g.pick(["I21.9", "J18.9", "C18.9", "N17.9", "I63.9", "A41.9"]), n=nb)
    doc.t("venc.        nosso número      valor       situação\n")
    for _ in range(nb):
        doc.t(f"{g.date('br')}   {g.neg(11)}      {g.money(900, 5000):>9}   {g.pick(['vencido', 'a vencer', 'vencido (multa 10%)'])}\n")
    doc.f("\n«A» assistente social do hospital, «a» («cress»), mandou relatório: paciente sem previsão de alta, renda do benefício INSS (NB «nb») "
          "bloqueada até a procuração sair. Filh«y» «r» (tel. «tel») se ofereceu para pagar em «m».\n\n",
          A="A" if ass.female else "O", a=P(ass.full), cress=(f"CRESS {g.rng.randint(1, 25)}ª Região nº {g.d(5)}", "PROFESSIONAL_ID"), nb=f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}",
          y="a" if g.chance(0.5) else "o", r=P(g.relative(ten).full), tel=(g.phone(), "PHONE_NUMBER"), m=g.pick(MONTHS))
    doc.f("Proposta: suspender a régua de cobrança por 60 dias e isentar multa. O proprietário «o» já concordou por telefone («otel»). "
          "O repasse dele é na conta «b», ag. «ag», c/c «cc» — vamos adiantar com fundo de reserva? «w»\n\nabs,\nFinanceiro — «im»\n",
          o=P(own.short), otel=(g.phone(), "PHONE_NUMBER"), b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          w=g.pick(["Acho prudente.", "Só falta o teu ok.", "A esperança é ele sair até o fim do mês."]), im=imob)
    return doc


# =========================================================================== financeiro


def fi_demonstrativo(g: Gen) -> Doc:
    """Owner's monthly statement (demonstrativo do proprietário) with the transfer to the owner's account."""
    doc = Doc()
    imob = g.pick(IMOBS)
    own = g.person()
    b, bn = bank(g)
    c, uf = g.city()
    mes = g.pick(MONTHS).upper()
    y = g.rng.randint(2024, 2025)
    doc.f("«im» — «cj» — CNPJ «cnpj»\nDEMONSTRATIVO DO PROPRIETÁRIO — «m»/«y»\n\n", im=imob.upper(), cj=creci_j(g),
          cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), m=mes, y=y)
    doc.f("Proprietário(a): «o»    CPF: «cpf»\nCorrespondência: «ad» — «c»/«uf» — CEP «cep»\nE-mail: «e»\n\n",
          o=P(g.pick([own.caps, own.full])), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), c=c, uf=uf, cep=(g.cep(), "BR_CEP"),
          e=(g.email(own), "EMAIL_ADDRESS"))
    W = [40, 26, 10, 10, 10, 11]
    sep = "+" + "+".join("-" * (w + 2) for w in W) + "+\n"
    doc.t(sep + "| " + " | ".join(h.ljust(w) for h, w in zip(["Imóvel", "Locatário", "Aluguel", "Taxa adm", "IPTU", "Repasse"], W)) + " |\n" + sep)
    for _ in range(g.rng.randint(2, 4)):
        while True:
            ad = g.address()
            if len(ad) <= 40:
                break
        t = g.person()
        nm = g.pick([t.short, t.caps, t.full])
        if len(nm) > 26:
            nm = t.short if len(t.short) <= 26 else t.first
        doc.t("| ").cell(ad, 40, "ADDRESS").t(" | ").cell(nm, 26, "PERSON").t(" | ")
        for w in W[2:]:
            doc.cell(g.money(30, 6000), w, right=True).t(" | ")
        doc.text = doc.text[:-1]
        doc.t("\n")
    doc.t(sep)
    doc.f("Débitos do mês: manutenção «pv» R$ «v» (NF «nf»); «w».\n\nTOTAL A REPASSAR: R$ «tot»\nCrédito em «d»: «b» («bn») — agência «ag» — conta corrente «cc» — titular «ti»\n",
          pv=g.pick(PROVIDERS), v=g.money(80, 1200), nf=g.d(6), w=g.pick(["taxa de renovação contratual", "segunda via de boleto",
                                                                       "honorários da ação de despejo (parcela 2/3)", "nenhum"]),
          tot=g.money(1000, 20000), d=g.date("br"), b=b, bn=bn, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          ti=P(g.pick([own.full, own.caps, own.short])) if g.chance(0.5) else V("o(a) próprio(a)"))
    if g.chance(0.5):
        doc.f("Obs.: a partir do próximo mês o repasse será via Pix (chave aleatória cadastrada: «pix»), conforme solicitado em «d».\n",
              pix=(g.uuid(), "PIX_KEY"), d=g.date("br"))
    doc.f("Informe para IR (DIMOB «y») disponível no portal. Dúvidas: «rm» ou com «a» («ae»).\n", y=y, rm=role_mail(g, imob_mail(g, imob)),
          a=P(g.person().full), ae=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"))
    return doc


def fi_boleto(g: Gen) -> Doc:
    """Rent + IPTU + condo statement (boleto) for a tenant, as extracted text."""
    doc = Doc()
    imob = g.pick(IMOBS)
    t = g.person()
    c, uf = g.city()
    b, bn = bank(g)
    doc.f("«bn» | «b»-«x» | «ld»\n\nBeneficiário: «im» — CNPJ «cnpj»\nPagador: «p» — CPF «cpf»\n«ad» — «br» — «c»/«uf» — CEP «cep»\n\n",
          bn=bn, b=b, x=g.d(1), ld=linha_digitavel(g), im=imob, cnpj=(g.cnpj(), "BR_CNPJ"), p=P(g.pick([t.caps, t.full])),
          cpf=(g.cpf(), "BR_CPF"), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), br=bairro(g), c=c, uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.f("Vencimento: «v»   Nosso número: «nn»   Nº documento: «nd»   Valor: R$ «tot»\n\nDISCRIMINAÇÃO\n", v=g.date("br"),
          nn=g.neg(11), nd=contrato_no(g), tot=g.money(1200, 8000))
    items = [("Aluguel ref. " + g.pick(MONTHS) + "/" + str(g.rng.randint(2024, 2025)), g.money(900, 5000)),
             (f"IPTU parcela {g.rng.randint(1, 10):02d}/10 — inscrição {iptu_insc(g)}", g.money(40, 500)),
             ("Condomínio " + g.pick(CONDOS), g.money(150, 1200)), ("Seguro incêndio (Vitória Seguros S.A.)", g.money(10, 60)),
             ("Fundo de obras", g.money(20, 200)), ("Desconto pontualidade", "-" + g.money(20, 200))]
    for desc, v in g.rng.sample(items, g.rng.randint(3, 6)):
        doc.t(f"  {desc:<64} {v:>10}\n")
    doc.f("\nInstruções: após o vencimento, multa de 10% e juros de 1% a.m. Não receber após 30 dias. "
          "Locatário(a) «pn» — contrato «ct». Pagamento por Pix: QR code acima.\nSAC «im2»: «tel» | Ouvidoria: «ov»\n",
          pn=P(g.pick([t.first, t.short])), ct=contrato_no(g), im2=imob.split()[0], tel=(g.phone(mobile=False, style="par"), "PHONE_NUMBER"),
          ov=("0800 " + g.d(3) + " " + g.d(4), "PHONE_NUMBER") if g.chance(0.5) else role_mail(g, imob_mail(g, imob)))
    doc.f("\nEnviado para «e» e por SMS para «tel» em «d» «h». 2ª via emitida pelo portal do inquilino — IP «ip» — «ua»\n",
          e=(g.email(t), "EMAIL_ADDRESS"), tel=(g.phone(g.pick(["raw", "e164", "par"])), "PHONE_NUMBER"), d=g.date("br"), h=g.hm(),
          ip=(g.ip(), "IP_ADDRESS"), ua=g.pick(["Android 14 / Chrome 126", "iPhone iOS 17.5", "Windows 10 / Edge"]))
    if g.chance(0.5):
        doc.f("\n[pago em «d» — autenticação «a» — pagador efetivo: «pe», CPF «cpf»]\n", d=g.date("br"), a=g.hexs(20).upper(),
              pe=P(g.relative(t).full), cpf=(g.cpf(), "BR_CPF"))
    return doc


CREDITORS = ["Aurora Telecom S.A.", "Banco Leão Dourado S.A.", "Lojas Esperança", "Financeira Bento Crédito", "Energisa",
             "Supermercados Prudente Ltda", "Claro S.A.", "Cartões Flor S.A.", "Haddad Têxtil S.A."]


def fi_credito(g: Gen) -> Doc:
    """Credit bureau check of an applicant and a guarantor (bureau-style report pasted into the analysis)."""
    doc = Doc()
    an = g.person()
    doc.f("ANÁLISE CADASTRAL — proposta «pr» — analista: «a»\n", pr=g.protocol(), a=P(an.full))
    for role in ("PROPONENTE", "FIADOR"):
        p = g.person()
        mom = g.person(female=True)
        doc.f("\n==================== «r» ====================\nCONSULTA PF  «ts»  (consulta nº «n»)\n", r=role, ts=f"{g.date('br')} {g.hms()}",
              n=g.d(10))
        doc.f("Nome: «n»\nCPF: «cpf»   Situação RF: REGULAR   Nascimento: «dob»\nNome da mãe: «m»\nTítulo eleitoral: «te»\n",
              n=P(p.caps), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1945, 2003), "DATE_OF_BIRTH"),
              m=P(fold(mom.given + " " + " ".join([x for x in mom.surnames if x not in PARTICLES][:1] + [p.last])).upper()), te=(g.titulo(), "BR_TITULO_ELEITOR"))
        doc.f("SCORE: «s» (faixa «f») — probabilidade de inadimplência «pi»%\n", s=g.rng.randint(150, 990), f=g.pick("ABCDE"),
              pi=f"{g.rng.uniform(1, 40):.1f}".replace(".", ","))
        doc.t("ENDEREÇOS (mais recente primeiro):\n")
        for _ in range(g.rng.randint(1, 3)):
            cc, uu = g.city()
            doc.f("  «ad» — «c»/«u» — «cep» — desde «d»\n", ad=(g.address(g.pick(["caps", "caps", "text"])), "ADDRESS"),
                  c=fold(cc).upper(), u=uu, cep=(g.cep(g.chance(0.5)), "BR_CEP"), d=f"{g.rng.randint(1, 12):02d}/{g.rng.randint(2008, 2024)}")
        doc.t("TELEFONES:\n")
        for _ in range(g.rng.randint(1, 3)):
            doc.f("  «t» («k»)\n", t=(g.phone(g.pick(["par", "raw", "plain"]), mobile=g.chance(0.7)), "PHONE_NUMBER"),
                  k=g.pick(["celular", "residencial", "comercial", "recado"]))
        if g.chance(0.5):
            doc.t("PENDÊNCIAS FINANCEIRAS:\n")
            for _ in range(g.rng.randint(1, 3)):
                doc.t(f"  {g.date('br')}  {g.pick(CREDITORS):<28} contrato {g.d(12)}  R$ {g.money(80, 9000):>10}\n")
        else:
            doc.t("PENDÊNCIAS FINANCEIRAS: nada consta\n")
        if g.chance(0.4):
            doc.f("PROTESTOS: 1 — «cart»º Tabelionato de «c» — R$ «v» — «d»\n", cart=g.rng.randint(1, 10), c=g.city()[0], v=g.money(200, 9000), d=g.date("br"))
        if g.chance(0.5):
            doc.f("PARTICIPAÇÃO SOCIETÁRIA: «emp» — CNPJ «cnpj» — sócio(a) desde «y»\n", emp=g.pick(EMPLOYERS), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
                  y=g.rng.randint(1998, 2024))
    doc.f("\nPARECER: «par». Renda comprovada/aluguel = «r». Validade da análise: 30 dias. «a»\n",
          par=g.pick(["APROVADO", "APROVADO COM RESSALVA (exigir 2º fiador)", "REPROVADO — fiador com protesto", "PENDENTE — renda do cônjuge"]),
          r=f"{g.rng.uniform(1.5, 5):.2f}".replace(".", ","), a=P(an.first))
    return doc


def fi_caucao(g: Gen) -> Doc:
    """Deposit refund calculation after the move-out inspection."""
    doc = Doc()
    imob = g.pick(IMOBS)
    t, own, an = g.person(), g.person(), g.person()
    mode = g.pick(["pix", "pixcpf", "ted"])
    doc.f("DEVOLUÇÃO DE CAUÇÃO — contrato «ct»\n«im»\n\nLocatári«x»: «t» — CPF «cpf» — tel. «tel»\nImóvel: «ad»\nProprietário(a): «o»\n"
          "Entrega das chaves: «d1»   Vistoria de saída nº «vs» (vistoriador «v»)\n\n",
          ct=contrato_no(g), im=imob, x=t.o, t=P(g.pick([t.full, t.caps])), cpf=(g.cpf(), "BR_CPF"), tel=(g.phone(), "PHONE_NUMBER"),
          ad=(g.address(), "ADDRESS"), o=P(own.full), d1=g.date("br"), vs=f"{g.d(4)}/{g.rng.randint(2024, 2025)}", v=P(g.person().short))
    dep = g.rng.randint(2000, 15000)
    doc.f("Caução depositada (3 aluguéis) em «d» na poupança vinculada nº «pp»:   R$ «v»\n+ rendimentos no período:                                  R$ «r»\n",
          d=g.date("br", g.rng.randint(2019, 2023)), pp=g.neg(11), v=f"{dep:,}".replace(",", ".") + ",00", r=g.money(50, 1500))
    for desc in g.rng.sample(["(-) pintura parede sala e quarto (cor branco neve)", "(-) conta de luz final (proporcional)", "(-) troca de 2 vidros da janela",
                              "(-) limpeza pós-obra", "(-) aluguel proporcional 12 dias", "(-) conserto de fechadura", "(-) condomínio de " + g.pick(MONTHS)],
                             g.rng.randint(2, 4)):
        doc.t(f"{desc:<58} R$ {g.money(50, 1500):>9}\n")
    doc.f("= SALDO A DEVOLVER:                                        R$ «s»\n\n", s=g.money(200, dep))
    if mode == "pix":
        doc.f("Forma: Pix para a chave aleatória informada pel«x» locatári«x»: «k»\n", x=t.o, k=(g.uuid(), "PIX_KEY"))
    elif mode == "pixcpf":
        doc.f("Forma: Pix — chave CPF «k» (titularidade conferida: «n»)\n", k=(g.cpf("raw"), "BR_CPF"), n=P(t.caps))
    else:
        b, bn = bank(g)
        doc.f("Forma: TED — «bn» (banco «b»), ag. «ag», conta «cc», titular «n»\n", bn=bn, b=b, ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), n=P(t.full))
    doc.f("Prazo: até «d». Ciente d«x» locatári«x» por e-mail («e») em «d2».\nConferido: «a» / Aprovado: «b»\n",
          d=g.date("br"), x=t.o, e=(g.email(t), "EMAIL_ADDRESS"), d2=g.date("br"), a=P(an.first), b=V(g.pick(["gerência", login(g.person()), "coord. locação"])))
    return doc


def fi_remessa(g: Gen) -> Doc:
    """CSV extract of the batch of transfers to owners (repasses), with Pix keys of several kinds."""
    doc = Doc()
    imob = g.pick(IMOBS)
    doc.f("# remessa_repasses_«d»_lote«l».csv — «im» — gerado por job repasse-batch v«v» — aprovado por «a»\n",
          d=g.date("compact"), l=g.d(3), im=imob, v=g.version(), a=g.pick(["financeiro.master", login(g.person()), "aprov_auto"]))
    cols = ["favorecido", "cpf_cnpj", "forma", "banco", "agencia", "conta", "chave_pix", "valor", "imoveis", "e2e_id", "email_aviso"]
    rows = []
    for _ in range(g.rng.randint(5, 7)):
        p = g.person()
        pj = g.chance(0.15)
        name = (V(g.pick(["Haddad Empreendimentos Ltda", "Bortolotto Participações Ltda", "Prudente Administração de Bens Ltda"])) if pj and g.chance(0.5)
                else P(g.pick([p.caps, p.full, p.plain])))
        doc_id = (g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ") if pj else (g.cpf(g.pick(["raw", "dot"])), "BR_CPF")
        forma = g.pick(["PIX", "PIX", "PIX", "TED"])
        if forma == "TED":
            b = bank(g)[0]
            bk, ag, cc, key = V(b), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V("")
        else:
            kind = g.pick(["uuid", "uuid", "email", "phone", "cpf"])
            key = {"uuid": (g.uuid(), "PIX_KEY"), "email": (g.email(p), "EMAIL_ADDRESS"), "phone": (g.phone("e164"), "PHONE_NUMBER"),
                   "cpf": (g.cpf("raw"), "BR_CPF")}[kind]
            bk, ag, cc = V(""), V(""), V("")
        rows.append([name, doc_id, V(forma), bk, ag, cc, key, V(g.money(300, 25000).replace(".", "")), V(str(g.rng.randint(1, 6))),
                     V(f"E{g.d(8)}{g.date('compact')}{g.hexs(11).upper()}" if forma == "PIX" else ""),
                     (g.email(p), "EMAIL_ADDRESS") if not (pj and name[1] is None) else V(role_mail(g, "bortolotto.com.br"))])
    table_csv(doc, cols, rows, sep=g.pick([";", ","]))
    doc.f("# total «n» registros; repasse do imóvel «cod» retido até alvará do espólio (processo «cnj»)\n", n=len(rows), cod=imovel_code(g), cnj=g.cnj())
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """Log of the automated collection flow (régua de cobrança) for late rents."""
    doc = Doc()
    day = g.date("iso")
    imob = g.pick(IMOBS)
    doc.f("== regua-cobranca-locacao | «im» | worker «w» | «d» ==\n", im=imob, w=g.pick(["cob-01", "cob-02", "bill-runner-3"]), d=day)
    times = g.times(14, 7 * 3600, 22 * 3600)
    k = 0

    def ts() -> str:
        nonlocal k
        k += 1
        return f"{day}T{times[k - 1]}:{g.rng.randint(0, 59):02d}-03:00"

    for _ in range(g.rng.randint(3, 4)):
        t = g.person()
        ct = contrato_no(g)
        dias = g.rng.randint(1, 60)
        doc.f("«ts» INFO  contrato=«ct» locatario=\"«n»\" dias_atraso=«dd» valor=«v» etapa=«e»\n", ts=ts(), ct=ct,
              n=P(g.pick([t.caps, t.full, t.low])), dd=dias, v=g.money(900, 6000).replace(".", "").replace(",", "."),
              e=g.pick(["D+1_sms", "D+5_email", "D+10_whatsapp", "D+30_notif_juridico"]))
        step = g.pick(["sms", "email", "wa"])
        if step == "sms":
            doc.f("«ts» INFO  sms.send to=«tel» template=lembrete_aluguel status=DELIVERED provider_id=«pid»\n", ts=ts(),
                  tel=(g.phone("e164"), "PHONE_NUMBER"), pid=g.hexs(24))
        elif step == "email":
            doc.f("«ts» INFO  mail.send to=«e» cc=«cc» subject=\"Aluguel em atraso — «im»\" msg_id=<«mid»@mail>\n", ts=ts(),
                  e=(g.email(t), "EMAIL_ADDRESS"), cc=role_mail(g, imob_mail(g, imob)), im=imob, mid=g.hexs(16))
        else:
            doc.f("«ts» INFO  wa.send to=«tel» bot=LuzBot flow=negociacao_v2 status=read\n", ts=ts(), tel=(g.phone("cc"), "PHONE_NUMBER"))
        r = g.rng.random()
        if r < 0.35:
            doc.f("«ts» INFO  boleto.view nosso_numero=«nn» ip=«ip» ua=\"«ua»\"\n", ts=ts(), nn=g.neg(11), ip=(g.ip(), "IP_ADDRESS"),
                  ua=g.pick(["Mozilla/5.0 (Linux; Android 13)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)", "okhttp/4.9"]))
        elif r < 0.6:
            doc.f("«ts» WARN  card.charge FAILED contrato=«ct» pan=«pan» reason=insufficient_funds\n", ts=ts(), ct=ct,
                  pan=f"{g.d(4)}********{g.d(4)}")
        elif r < 0.75:
            doc.f("«ts» ERROR card.tokenize payload={\"number\":\"«pan»\",\"exp\":\"«ex»\",\"name\":\"«h»\"} -> 422 (log sem máscara, ver INC-«i»)\n",
                  ts=ts(), pan=(g.card(False), "CREDIT_CARD"), ex=f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 31)}", h=P(fold(t.short).upper()),
                  i=g.d(4))
        else:
            doc.f("«ts» INFO  acordo.proposto parcelas=«p» operador=«op» (login «lg»)\n", ts=ts(), p=g.rng.randint(2, 6),
                  op=P(g.person().short), lg=f"op{g.d(4)}")
    doc.f("«ts» INFO  batch done: processed=«n» errors=«e» next_run=«nx»\n", ts=ts(), n=g.rng.randint(80, 900), e=g.rng.randint(0, 4),
          nx=g.date("iso"))
    return doc


def fi_seguro(g: Gen) -> Doc:
    """Rent-guarantee insurance proposal (seguro-fiança) paid by card, with the garage vehicle form."""
    doc = Doc()
    t = g.person()
    sp = g.relative(t, female=not t.female)
    cor = g.person()
    doc.f("PROPOSTA DE SEGURO-FIANÇA LOCATÍCIA Nº «n» — «seg»\nCorretora/imobiliária: «im» — corretor(a) «c» («cr»)\n\n",
          n=g.d(10), seg=g.pick(["Vitória Seguros S.A.", "Porto Esperança Seguros", "Seguradora Leão Dourado"]), im=g.pick(IMOBS),
          c=P(cor.full), cr=(g.council("CRECI"), "PROFESSIONAL_ID"))
    doc.f("PROPONENTE (locatário): «n»\nCPF «cpf» · CNH «cnh» (cat. «cat») · PIS «pis» · nasc. «dob»\nCelular «tel» · e-mail «e»\n"
          "Cônjuge/coobrigado: «s» · CPF «cpf2» · nasc. «dob2»\n\n",
          n=P(g.pick([t.full, t.caps])), cpf=(g.cpf(), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["B", "AB", "D"]), pis=(g.pis(), "BR_PIS"),
          dob=(g.dob(g.pick(["br", "iso"]), 1955, 2004), "DATE_OF_BIRTH"), tel=(g.phone(), "PHONE_NUMBER"), e=(g.email(t), "EMAIL_ADDRESS"),
          s=P(sp.full), cpf2=(g.cpf(), "BR_CPF"), dob2=(g.dob("br", 1955, 2004), "DATE_OF_BIRTH"))
    doc.f("RISCO: «ad» — CEP «cep» — aluguel R$ «al» + encargos R$ «enc» — coberturas: aluguel, IPTU, condomínio, danos ao imóvel, pintura\n"
          "Prêmio anual: R$ «pr» em «p»x no cartão\n\n", ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), al=rent(g), enc=g.money(100, 1500),
          pr=g.money(600, 6000), p=g.rng.randint(1, 12))
    doc.f("PAGAMENTO — cartão de crédito\nNúmero: «pan»   Validade: «val»   Titular (como impresso): «h»\nAutorização nº «au» · NSU «nsu»\n\n",
          pan=(g.card(True), "CREDIT_CARD"), val=f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 32)}", h=P(fold(t.short).upper()),
          au=g.d(6), nsu=g.d(9))
    doc.f("ANEXO — CADASTRO DE VEÍCULOS PARA A GARAGEM DO «cd»\n", cd=fold(g.pick(CONDOS)).upper())
    for _ in range(g.rng.randint(1, 2)):
        doc.f("  Placa «pl» · «mod» · «cor» · condutor: «c»\n", pl=(g.plate(), "LICENSE_PLATE"),
              mod=g.pick(["VW Gol 1.0", "Fiat Argo", "Honda CG 160", "Chevrolet Onix", "Toyota Corolla", "Renault Kwid", "Hyundai HB20"]),
              cor=g.pick(["branco", "prata", "preto", "vermelho", "cinza"]), c=P(g.pick([t.first, sp.first, t.short])))
    doc.f("\nDeclaro que as informações são verdadeiras. Assinado eletronicamente em «d» — IP «ip» — «n»\n", d=g.date("br"),
          ip=(g.ip(), "IP_ADDRESS"), n=P(t.full))
    return doc


TEMPLATES = {
    "atendimento": [at_ficha, at_chat, at_chaves, at_reparo, at_crm, at_vistoria, at_holerite],
    "juridico": [ju_contrato, ju_aditivo, ju_notificacao, ju_despejo, ju_planilha, ju_acordo, ju_dje],
    "saude": [sa_adaptacao, sa_mofo, sa_internacao, sa_atestado, sa_acessibilidade, sa_pcd, sa_prorrogacao],
    "financeiro": [fi_demonstrativo, fi_boleto, fi_credito, fi_caucao, fi_remessa, fi_cobranca, fi_seguro],
}


ENCODED = re.compile(r"=[0-9A-F]{2}|%[0-9A-F]{2}|&#\d+;|&[a-z]+;")
ELEVEN = re.compile(r"(?<![\w.-])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\w-])")


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert s["label"] in LABELS, (record["id"], s)
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
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
            assert 10 <= len(digits) <= 13, (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9]", ENCODED.sub("", v)), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert all(0 <= int(x) <= 255 for x in v.split(".")), (record["id"], v)
    # hard negatives: an 11-digit number outside the gold spans never passes the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in ELEVEN.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], m.group(1))


LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP", "EMAIL_ADDRESS",
          "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS", "DATE_OF_BIRTH", "IP_ADDRESS",
          "PROFESSIONAL_ID"}


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
            for w in re.findall(r"[\w'-]+", r["text"][s["start"]:s["end"]].translate(str.maketrans("", "", ","))):
                if w.lower() in PARTICLES or w.lower() == "e":
                    continue
                total += 1
                rare += fold(w).lower() in folded
    return rare / max(total, 1)


def main() -> None:
    records = build()
    with (HERE / "eightysixth.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("eightysixth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
