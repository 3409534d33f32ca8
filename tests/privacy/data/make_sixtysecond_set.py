"""Build the sixty-second labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_sixtysecond_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), stdlib only, seed 6262, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: hotels, tourism and events — guest registration forms
(FNRH), channel-manager exports of booking platforms, travel-agency packages and sales sheets,
tour guides with their Cadastur registration, event ticketing and accreditation, lost-and-found
and security incident logs, guest complaints, refunds and chargebacks, hotel staff payroll and
occupational health records, and a food-poisoning outbreak after a hotel event, spread over the
four domains the way a hotel, a travel agency, an event producer or their lawyers would produce
them. Layouts: OCR-ish scanned forms, CSV extracts (comma and semicolon), tables with rulers and
without, Markdown tables, e-mails and threads, WhatsApp exports, helpdesk tickets, key: value
printouts, lock and e-signature logs, letters and petitions.
- atendimento: a scanned FNRH (guest, companions with birth dates, document, home address, CEP,
  vehicle plate, receptionist), a channel-manager CSV of OTA bookings (first_name/last_name
  columns, OTA relay e-mails), a WhatsApp chat of a late arrival with the reception (sender shown
  as a number or a name), a lost-and-found book of the housekeeping (ruled or plain; who found,
  who collected and the document shown), a guest complaint e-mail and the guest-relations reply,
  an event accreditation list (ruled, plain or CSV), a travel-agency service voucher (passengers,
  transfer driver and plate, local guide with Cadastur).
- juridico: a small-claims petition of a guest against the hotel and the booking platform, a
  labour claim of a former housekeeper/cook/waiter (CTPS, PIS, sometimes título), the agency's
  defence at Procon over a cancelled package, a security incident report with the electronic
  lock log and CCTV notes, a venue rental contract for a private event with the e-signature
  certificate (e-mail and IP of each signer), an LGPD access/deletion request and the DPO's
  Markdown inventory, an extrajudicial settlement after a food-poisoning episode.
- saude: an outbreak (DTA) investigation of the municipal surveillance (case list with address,
  CNS and phone; food handlers; nutritionist and nurse), a resort medical-post attendance record,
  an occupational health certificate (ASO, OCR-ish), a workplace accident report (CAT, key: value
  printout), a CSV of food handlers' exams, an event medical team's e-mail report, an HR e-mail
  forwarding an OCR-scanned sick note.
- financeiro: the hotel payroll with service-charge split and payment accounts (new hire with
  título and, for drivers, CNH), a refund/chargeback ticket (card, random Pix key, IP), a
  travel-agency sales sheet (passengers, card taken by phone, billing address), a ticketing
  platform order export with the fraud analyst's notes, an RPA payment batch to freelance guides
  and event staff (Pix keys of every kind, TED), the hotel's bank reconciliation (payer names
  truncated by the bank, OTA CNPJ), a corporate city-ledger invoice with the rooming list.

Conventions (the twentieth set's, and the sixtieth's where it decided): PERSON covers the name
only, never "Sr.", "Sr(a).", "Dra.", "dona", "seu", "Dr."; particles inside a name (de, da, dos) are
part of it; "SURNAME, Given" and "SURNAME, GIVEN" (rooming lists) are one span; nicknames, first
names alone and surnames alone ("Sr(a). Tapajós, o check-in foi realizado") are persons;
first_name/last_name and nome/sobrenome columns are one span each. Staff named in the text
(receptionists, housekeepers, security guards, guest-relations and events managers, guides,
drivers, doctors, nurses, nutritionists, lawyers, analysts, DPOs) are persons; system logins
(EHOFFMANN, dsokolova), integration users (api_omnibees, sync-bot), operator stations (totem-3,
balcao.norte), master keys and role signatures ("Coordenação médica", "Recepção" in a WhatsApp
sender name such as "Hotel Estrela do Mar Recepção") are not. Payer names truncated by the bank
statement ("CARLOS EDUARDO POM") are labelled as they stand; OCR-damaged names and CPFs ("O" for
"0", "rn" for "m") are labelled as they stand. Corporate e-mails of people are EMAIL_ADDRESS, and
so are the per-guest relay addresses of booking platforms (name.hash@guest.booking.com), which
reach one person; role mailboxes (reservas@, ouvidoria@, juridico@, privacidade@, dpo@, dp@,
producao@, seguranca@) are not labelled. ADDRESS is street type + name + number + complement
(not bairro, city, state; CEP is BR_CEP); the seat of a company (petitions, contracts, clinic
stamp) is not labelled, and street names used as names of halls, hospitals and UPAs ("Salão
Prudente de Morais", "UPA Dr. Leão Amado") are not persons. New decisions of this set: the
number of a tour guide's Cadastur registration is PROFESSIONAL_ID (the guide's federal
professional registration, Lei 8.623/1993), the span including the word "Cadastur" (and "nº")
when it precedes the number, as council acronyms are included; the Cadastur of an agency (a
company) is not labelled. CRN numbers of nutritionists carry the region number ("CRN-9 15329").
Identifiers are labelled whoever holds them (sixtieth set): the hotel's own CNPJ, agency and
account, random Pix key and landline, the OTA's CNPJ, the transfer van's and the ambulances'
plates are labelled like a person's. NIT numbers (PIS algorithm) are BR_PIS. A WhatsApp sender
shown as a number is PHONE_NUMBER. DATE_OF_BIRTH only for birth dates (of guests, companions,
children, employees, patients, ticket buyers on half-price tickets); check-in/check-out, event,
admission, accident, purchase, payment and signature dates are not. PROFESSIONAL_ID includes the
council acronym and its UF or region (CRM, COREN, CRN, OAB). PIX_KEY only for random (UUID) keys
used as Pix keys; Pix keys that are a CPF, e-mail or phone take those labels. Not labelled:
masked cards ("292570******8942", "6129 **** **** 5045"), CVV asterisks, passport numbers of
foreign guests, reservation codes, voucher, order, ticket, protocol, Procon FA, RO, BO, SINAN,
CNES, CTPS, CAT receipt, LACEN sample, NSU, TID, e2e and lock-card numbers, health-plan card
numbers, e-signature document UUIDs and hashes, airline locators.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Jociclécia, Creuzimar, Raelson, Juscelito, Nayhara, Wélida, Deuzuite, Kayky; Italian, German,
Japanese/Okinawan, Lebanese, Ukrainian, Korean, Chinese, Bolivian, Peruvian, Venezuelan,
Argentine, Haitian, Senegalese, Angolan, indigenous, Jewish, French, Russian), at least a quarter
of the name words rare or invented (the script prints the share); names that are also words
(Rosa, Vitória, Flor, Luz, Aurora, Esperança, Bento, Prudente, Leão, Branco, Fiel, Amado) next to
the same words as words ("a piscina ficou sem luz", "seria prudente reforçar a equipe", "o lençol
não estava branco", "flor de sal", "decoração de rosa e lavanda") and in hotels, halls, events,
streets, cities and companies (Pousada Recanto da Luz, Resort Aurora Praia, Hotel Prudente Palace,
Salão Vitória Régia, Rosa Fest, Festival Luz do Sertão, Presidente Prudente, Bento Gonçalves,
Hospital São Bento), which are not persons. Forms: full, ALL CAPS without accents, lower case,
"SURNAME, Given", first name alone, short (first + last), nickname, signatures in lower case.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(protocols, DARF guides; the script asserts that every unlabelled 11-digit number, plain or
dotted, fails the CPF check), ICD-10 codes (A05.9, T22.2, M54.5), CNAE and CBO codes, money,
reservation/order/ticket/protocol numbers, company names containing a surname (Leão & Queiroga
Advogados, Gadelha & Filhos Turismo, Haddad Plaza Hotel, Cavalheiro & Filhos Hortifruti, Oshiro
Turismo Receptivo), laws and rules ("Lei 14.046/2020", "Lei 13.709/2018", "RDC 216/2004", "CFM
1.821/2007"), dates that are not birth dates, masked cards.
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
SEED = 6262

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
        "Sônia", "Denise", "Luana", "Pâmela", "Nathália", "Rita de Cássia", "Graziela"]
RARE_F = ["Josilene", "Aldeci", "Zuleide", "Edvânia", "Gercina", "Marlucia", "Claudineia", "Ozenira",
          "Raimunda Nonata", "Valquíria", "Leidiane", "Daiane Kelly", "Rosimeire", "Jaqueline Suelen",
          "Eronildes", "Sirlene", "Vaneide", "Ednalva", "Maciléia", "Norberta", "Deuzuite", "Alzenir",
          "Kamilly", "Rayssa", "Emanuelly", "Lohany", "Taynná", "Crisleide", "Valmira", "Jozélia",
          "Iolanda", "Lindalva", "Francinete", "Zélia", "Hosana", "Gildete", "Quitéria", "Edineusa",
          "Jociclécia", "Marinalva", "Nayhara", "Wélida", "Ivanuza", "Geórgia Kelly", "Luzinete", "Dulcinéia"]
PT_M = ["Marcelo", "Alexandre", "Fernando", "Paulo", "Sérgio", "Luiz Carlos", "Carlos Eduardo", "Wagner",
        "Cláudio", "André", "Renato", "Júlio", "César", "Otávio", "Caio", "Enzo", "Davi", "Samuel",
        "Pedro Henrique", "Felipe", "Marcos", "Jorge", "Nelson", "Valter", "Osvaldo", "Mauro", "Wellington",
        "Alberto", "Domingos", "Manoel", "Joaquim", "Igor", "Leonardo"]
RARE_M = ["Aldemir", "Edilson", "Genival", "Josimar", "Uelinton", "Reginauro", "Zacarias", "Juvenal",
          "Ozéas", "Valdeci", "Cleidson", "Eraldo", "Dorival", "Gilvan", "Ivonaldo", "Erisvaldo", "Jailton",
          "Lindomar", "Nivaldo", "Acácio", "Arlindo", "Hermógenes", "Ismael", "Jerônimo", "Wesley Kauã",
          "Rhuan", "Kayky", "Thalisson", "Wendell", "Abdias", "Elpídio", "Florisvaldo", "Idelfonso",
          "Lourival", "Sinval", "Zózimo", "Deusdete", "Jucelino", "Edvaldo", "Creuzimar", "Ytalo",
          "Gleidson", "Tarcísio", "Adelino", "Raelson", "Juscelito"]
PT_SUR = ["Pereira", "Costa", "Rodrigues", "Martins", "Carvalho", "Gomes", "Ribeiro", "Alves", "Araújo",
          "Barbosa", "Cardoso", "Castro", "Correia", "Freitas", "Lopes", "Mendes", "Nunes", "Pinto", "Ramos",
          "Reis", "Teixeira", "Vieira", "Moura", "Nogueira", "Azevedo", "Campos", "Duarte", "Andrade",
          "Cavalcanti", "Marques", "Nascimento", "Santana", "Prado", "Machado", "Amaral"]
RARE_SUR = ["Cavalheiro", "Bulhões", "Faustino", "Anunciação", "Penedo", "Caetité", "Apolinário", "Gadelha",
            "Sobral", "Jacobina", "Landim", "Quixadá", "Belchior", "Perdigão", "Rolim", "Cantanhede",
            "Maciel Rebouças", "Parnaíba", "Queiroga", "Seabra", "Trajano", "Varjão", "Xerez", "Zumba",
            "Alencastro", "Bonfim", "Conrado", "Diniz Lacerda", "Estrela", "Fagundes", "Holanda", "Inojosa",
            "Juruena", "Lucena", "Mendonça Furtado", "Nápoles", "Otoni", "Pimentel", "Boaventura",
            "Vasconcelos Tabosa", "Guedelha", "Aragão", "Catunda", "Bezerril", "Sucupira", "Tapajós"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Esperança"]
WORD_M = ["Bento", "Prudente", "Leão", "Branco", "Fiel", "Amado"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Leão", "Flor", "Luz", "Vitória", "Amado", "Pedrosa",
            "Cordeiro", "Raposo", "Pombo", "Sardinha", "Palmeira", "Bastos"]
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
    "ve": (["Yoselín", "Maryelis", "Dayana"], ["Yorman", "Jhonder", "Deivis"], ["Guaramato", "Briceño", "Colmenares"]),
    "ar": (["Florencia", "Agustina"], ["Facundo", "Gonzalo"], ["Etcheverry", "Bianchi Paz", "Goñi"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "ua", "bo", "pe", "ru", "jw", "ve"):
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
STREET_NAMES = ["Rosa Branca", "Doutor Bento Amaral", "da Aurora", "Leão XIII", "Prudente de Morais",
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




def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], ruler: bool = True) -> None:
    """Fixed-width table; with `ruler` it has +----+ lines and | separators, else plain columns."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    if ruler:
        doc.t(rule + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule.replace("-", "="))
        for r in rows:
            doc.t("|")
            for (v, lab), w in zip(r, widths):
                doc.t(" ")
                doc.cell(v, w, lab)
                doc.t(" |")
            doc.t("\n")
        doc.t(rule)
    else:
        doc.t("  ".join(c.upper().ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        doc.t("  ".join("-" * w for w in widths) + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                if k:
                    doc.t("  ")
                if k == len(r) - 1:
                    doc.e(v, lab) if v else None
                else:
                    doc.cell(v, w, lab)
            doc.t("\n")


def cadastur(g: Gen) -> str:
    """Number of a tour guide's Cadastur registration (invented shape, no check digit)."""
    return f"{g.rng.randint(11, 53)}.{g.d(6)}.{g.pick(['10', '11', '12'])}.{g.d(4)}-{g.d(1)}"


def cadastur_id(g: Gen) -> str:
    n = cadastur(g)
    return g.pick([f"Cadastur {n}", f"CADASTUR nº {n}", f"Cadastur: {n}"]) if g.chance(0.7) else n


def crn(g: Gen) -> str:
    return g.pick([f"CRN-{g.rng.randint(1, 10)} {g.d(5)}", f"CRN{g.rng.randint(1, 10)}/{g.d(4)}", f"CRN-{g.rng.randint(1, 10)} nº {g.d(5)}"])


def reserva(g: Gen) -> str:
    return g.pick([f"{g.d(10)}", f"HB-{g.d(6)}", f"RES{g.d(7)}", f"{g.d(4)}.{g.d(3)}.{g.d(3)}", f"BK{g.hexs(8).upper()}"])


def passport(g: Gen) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return g.pick([f"{g.pick(L)}{g.pick(L)}{g.d(6)}", f"AAE{g.d(6)}", f"{g.pick(L)}{g.d(8)}"])


def stay(g: Gen, fmt: str = "br", year: int | None = None) -> tuple[str, str]:
    y = year or g.pick([2024, 2025, 2025])
    mm, dd = g.rng.randint(1, 12), g.rng.randint(1, 20)
    n = g.rng.randint(1, 8)
    return fmt_date(dd, mm, y, fmt), fmt_date(dd + n, mm, y, fmt)


def uh(g: Gen) -> str:
    return str(g.pick([g.rng.randint(101, 118), g.rng.randint(201, 224), g.rng.randint(301, 324), g.rng.randint(1001, 1420)]))


HOTELS = ["Pousada Flor de Lis", "Hotel Prudente Palace", "Resort Aurora Praia", "Pousada Vitória Régia",
          "Hotel Fazenda Bento Amaral", "Haddad Plaza Hotel", "Pousada Recanto da Luz", "Grande Hotel Boaventura",
          "Hotel Estrela do Mar", "Pousada Sucupira", "Ecoresort Tapajós", "Hotel Rosa dos Ventos"]
AGENCIES = ["Queiroga Viagens e Turismo Ltda", "Oshiro Turismo Receptivo", "Gadelha & Filhos Turismo",
            "Amado Viagens", "Nassar Eventos e Turismo Ltda", "Rota Branca Expedições", "Sobral Tur"]
EVENTS = ["Festival Luz do Sertão", "Congresso Brasileiro de Hotelaria", "Feira Aurora Agro", "Rosa Fest",
          "Encontro Nacional de Guias de Turismo", "Show de Réveillon Praia do Bonfim", "Expo Vitória Noivas",
          "Semana Gastronômica Catunda"]
COMPANIES = ["Panificadora Rosa Branca Ltda", "Transportes Bento Amaral S.A.", "Leão & Queiroga Advogados",
             "Lavanderia Luz Divina", "Supermercados Prudente", "Haddad Têxtil S.A.", "Aurora Telecom S.A.",
             "Buffet Flor do Vale", "Gadelha Distribuidora de Bebidas", "Vitória Seguros S.A.", "Oshiro Alimentos Ltda",
             "Cavalheiro & Filhos Hortifruti", "Frigorífico Bonfim", "Laticínios Catunda", "Sucupira Pescados"]
WORD_USES = ["a piscina ficou sem luz a noite toda", "seria prudente reforçar a equipe do café", "o lençol não estava branco",
             "decoração de rosa e lavanda no salão", "a vitória do time no torneio de beach tennis", "flor de sal na mesa do buffet",
             "o ar-condicionado pingando, amado por ninguém", "aurora boreal era o tema da festa", "conta de luz da pousada subiu"]
CITY_TOUR = ["Gramado", "Bonito", "Porto Seguro", "Jericoacoara", "Foz do Iguaçu", "Maragogi", "Lençóis", "Paraty",
             "Fernando de Noronha", "Alter do Chão", "Campos do Jordão", "Pirenópolis", "Balneário Camboriú", "Chapada dos Veadeiros"]


def sig_person(g: Gen, p: Person) -> str:
    return name_form(g, p, ["full", "short", "first", "caps"])


# =========================================================================== atendimento

def at_fnrh(g: Gen) -> Doc:
    """Scanned guest registration form (FNRH), OCR-ish, with companions and vehicle."""
    doc = Doc()
    h = g.pick(HOTELS)
    p = g.person()
    nm = name_form(g, p, ["caps", "caps", "full", "plain"])
    if g.chance(0.25):
        nm = ocr(nm, g, 0.5)
    t, sn, num, comp = g.street_parts()
    city, uf = g.city()
    tour = g.pick(CITY_TOUR)
    doc.f("«h»\nFICHA NACIONAL DE REGISTRO DE HÓSPEDES - FNRH          N° «n»\nCNPJ «cj»    UH: «u»    Entrada: «d1» «hm»    Saída prev.: «d2»\n"
          "--------------------------------------------------------------\n",
          h=fold(h).upper() if g.chance(0.5) else h, n=g.d(6), cj=(g.cnpj(), "BR_CNPJ"), u=uh(g), d1=(st := stay(g))[0], hm=g.hm(), d2=st[1])
    doc.f("Nome completo / Full name: «nm»\nData nasc. / Date of birth: «dob»      Sexo: «sx»\nNacionalidade: Brasileira   Profissão: «pr»\n",
          nm=P(nm), dob=(g.dob(g.pick(["br", "br", "nopad", "short"])), "DATE_OF_BIRTH"), sx="F" if p.female else "M",
          pr=g.pick(["professora", "autônomo", "aposentada", "motorista", "enfermeira", "comerciante", "estudante", "eng. civil", "do lar"]))
    if g.chance(0.6):
        doc.f("Documento: RG «rg»  Órgão: SSP/«uf»     CPF: «cpf»\n", rg=(g.rg(), "BR_RG"), uf=uf, cpf=(g.cpf(), "BR_CPF"))
    else:
        doc.f("Documento: CNH «cnh»          CPF: «cpf»\n", cnh=(g.cnh(), "BR_CNH"), cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    addr = f"{t} {sn}, {num}" + (f" {comp}" if comp else "")
    if g.chance(0.3):
        addr = fold(addr).upper()
    doc.f("Residência permanente: «a»\nCidade: «c»  UF: «uf»  CEP: «cep»   País: Brasil\nTel./Cel.: «ph»   E-mail: «em»\n",
          a=(addr, "ADDRESS"), c=city, uf=uf, cep=(g.cep(g.chance(0.8)), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("Última procedência: «c»/«uf»    Próximo destino: «nx»\nMotivo da viagem: «m»\nMeio de transporte: «mt»",
          c=city, uf=uf, nx=g.pick(CITY_TOUR), m=g.pick(["(X) Lazer/férias ( ) Negócios ( ) Congresso", "( ) Lazer (X) Negócios ( ) Saúde",
                                                         "( ) Lazer ( ) Negócios (X) Congresso/feira"]),
          mt=g.pick(["(X) Automóvel", "(X) Avião", "(X) Ônibus"]))
    if "Autom" in doc.text[-20:]:
        doc.f("   Placa: «pl»  Modelo: «mo»\n", pl=(g.plate(), "LICENSE_PLATE"), mo=g.pick(["Onix prata", "HB20 branco", "Kwid", "Hilux preta", "Gol G5"]))
    else:
        doc.t("\n")
    comps = g.rng.randint(0, 3)
    if comps:
        doc.t("Acompanhantes (nome / nasc. / doc):\n")
        for i in range(comps):
            c = g.relative(p) if g.chance(0.7) else g.person()
            doc.f(" «i») «n» — «d» — «doc»\n", i=i + 1, n=P(name_form(g, c, ["full", "caps", "full"])),
                  d=(g.dob("br", 1950, 2022), "DATE_OF_BIRTH"),
                  doc=g.pick([("certidão nasc. " + g.d(6), None), (g.cpf(), "BR_CPF"), ("menor, sem doc", None)]))
    rec = g.person()
    doc.f("Assinatura do hóspede: ____«sig»____      Recepcionista: «r»\n", sig=P(p.first.lower()) if g.chance(0.4) else "",
          r=P(name_form(g, rec, ["first", "short", "caps"])))
    k = g.rng.randint(0, 5)
    if k == 0:
        doc.f("obs: early check-in autorizado por «r»\n", r=P(rec.first))
    elif k < 4:
        doc.f("obs: «o»\n", o=g.pick([f"pagto antecipado via agência {g.pick(AGENCIES)}", "pet pequeno (taxa R$ 80,00)",
                                       "hóspede pediu berço", "alergia a camarão, avisar cozinha", "voucher " + g.d(8)]))
    return doc


def at_booking_csv(g: Gen) -> Doc:
    """Channel-manager export of OTA bookings (CSV), guest first/last name columns, relay e-mails."""
    doc = Doc()
    h = g.pick(HOTELS)
    doc.f("# export reservas_ota_«d».csv — channel manager — «h» — gerado por «u»\n", d=g.date("compact"), h=h,
          u=g.pick(["integracao.cm", "api_omnibees", "sync-bot", "admin"]))
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        c = g.person()
        fn, ln = first_last(c)
        if g.chance(0.3):
            fn, ln = fold(fn).upper(), fold(ln).upper()
        ota = g.pick(["Booking", "Expedia", "Decolar", "Airbnb", "Site", "Balcão"])
        if ota in ("Booking", "Expedia") and g.chance(0.7):
            em = f"{re.sub(r'[^a-z]', '', fold(c.first).lower())[:6]}.{g.hexs(6)}@guest.{ota.lower()}.com"
        else:
            em = g.email(c)
        rows.append([V(reserva(g)), V(ota), P(fn), P(ln), (em, "EMAIL_ADDRESS"), (g.phone(g.pick(["e164", "plus", "raw", "par"])), "PHONE_NUMBER"),
                     *map(V, stay(g, "iso")), V(str(g.rng.randint(1, 4))), V(g.money(300, 9000).replace(".", "")),
                     V(g.pick(["", "", "chega tarde", "cama casal", "aniversario", "vegano", "quarto silencioso"]))])
    table_csv(doc, ["reserva", "canal", "first_name", "last_name", "email", "telefone", "checkin", "checkout", "hospedes",
                    "valor_total", "obs"], rows, sep=g.pick([",", ";"]))
    doc.f("# total linhas: «k» | moeda BRL | conferido por «p»\n", k=len(rows), p=P(g.person().short))
    return doc


def at_whats(g: Gen) -> Doc:
    """WhatsApp export between a guest and the hotel reception (late arrival, parking, companion)."""
    doc = Doc()
    h = g.pick(HOTELS)
    p = g.person()
    rec = g.person()
    d = g.date("br")
    ts = g.times(9)
    gp = g.phone("plus")
    show = g.chance(0.65)
    gname = name_form(g, p, ["first", "short", "nick"])
    sender = (gp, "PHONE_NUMBER") if show else P(gname)
    hotel_s = f"{h} Recepção"
    lines = [
        (sender, f"boa tarde! tenho reserva pra hoje no nome de «n», vou chegar depois da meia noite, tem problema?", {"n": P(p.full)}),
        (V(hotel_s), "Boa tarde! Aqui é «r», da recepção 😊 Sem problema, a recepção é 24h. Pode me confirmar o CPF do titular?", {"r": P(rec.first)}),
        (sender, "«c»", {"c": (g.cpf(g.pick(["dot", "raw", "sp"])), "BR_CPF")}),
        (V(hotel_s), "Obrigada! Reserva localizada, cód «rs». Vai precisar de vaga na garagem?", {"rs": reserva(g)}),
        (sender, "sim, carro placa «pl», um «m»", {"pl": (g.plate(), "LICENSE_PLATE"), "m": g.pick(["corolla cinza", "strada branca", "t-cross", "fiat mobi"])}),
        (sender, "e minha «rel» vai junto, «cn», nasc «cd»", {"rel": g.pick(["esposa", "mãe", "filha", "sogra", "namorada"]), "cn": None, "cd": (g.dob("br"), "DATE_OF_BIRTH")}),
        (V(hotel_s), "Anotado ✅ Se preferir já adianta a FNRH pelo link, e o comprovante vai pro e-mail «em»", {"em": (g.email(p), "EMAIL_ADDRESS")}),
        (sender, "isso. ah, se der ruim na estrada me liga no «ph»", {"ph": (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")}),
        (V(hotel_s), "Combinado! Boa viagem 🙏 — «r»", {"r": P(rec.first)}),
    ]
    comp = g.relative(p, female=True)
    for (who, txt, vals), hm in zip(lines, ts):
        if "cn" in vals:
            vals["cn"] = P(name_form(g, comp, ["full", "full", "low"]))
        doc.f("[«d» «hm»] ", d=d, hm=hm)
        doc.e(*who)
        doc.t(": ")
        doc.f(txt + "\n", **vals)
    if g.chance(0.5):
        doc.f("[«d» «hm»] «s»: Sr(a). «n», o check-in foi realizado às 01:12. Seja bem-vindo(a)!\n", d=g.date("br"), hm=g.hm(),
              s=hotel_s, n=P(p.last))
    return doc


def at_lost_found(g: Gen) -> Doc:
    """Lost-and-found log (ruled or plain) with the guest, the finder and the person who picked it up."""
    doc = Doc()
    h = g.pick(HOTELS)
    mm, yy = g.rng.randint(1, 12), g.pick([2024, 2025])
    doc.f("«h» — Governança\nLIVRO DE ACHADOS E PERDIDOS — «m»/«y»\n\n", h=h, m=mm, y=yy)
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        guest, finder = g.person(), g.person()
        st = g.pick(["entregue", "aguardando", "enviado Correios", "descartado (90d)", "doado"])
        who = ""
        docv = V("")
        kind = V("")
        if st == "entregue":
            rr = g.relative(guest) if g.chance(0.4) else guest
            who = name_form(g, rr, ["short", "caps", "first"])
            k = g.rng.randint(0, 2)
            kind = V(["RG", "CPF", "CNH"][k])
            docv = [(g.rg(), "BR_RG"), (g.cpf(), "BR_CPF"), (g.cnh(), "BR_CNH")][k]
        elif st == "enviado Correios":
            docv = V("AR " + g.pick(["QB", "OJ", "LB"]) + g.d(9) + "BR")
        rows.append([V(f"{g.d(3)}/{yy % 100}"), V(f"{g.rng.randint(1, 28):02d}/{mm:02d}/{yy % 100}"), V(uh(g) if g.chance(0.8) else g.pick(["piscina", "restaurante", "spa", "lobby"])),
                     V(g.pick(["carregador iPhone", "óculos de grau", "anel prata", "nécessaire rosa", "chinelo 38", "casaco preto",
                               "livro 'A Flor e a Náusea'", "brinco dourado", "boné", "kindle", "remédios (caixa)"])),
                     P(name_form(g, guest, ["short", "caps", "full", "last"])),
                     P(name_form(g, finder, ["first", "short"])) if g.chance(0.55) else V(g.pick(["camareira 2º andar", "salva-vidas", "garçom do bar",
                                                                                                   "vigilância", "turno noite", "hóspede UH vizinha"])),
                     V(st), P(who) if who else V(""), kind, docv])
    cols = ["Nº", "Data", "Local/UH", "Objeto", "Hóspede", "Encontrado por", "Status", "Retirado por", "Doc", "Nº doc"]
    table_ruled(doc, cols, rows, ruler=g.chance(0.6))
    sup = g.person()
    doc.f("\nConferido: «s» (supervisora de governança) — ramal «r». Objetos de valor ficam no cofre da gerência.\nObs. da semana: «w».\n",
          s=P(name_form(g, sup, ["full", "short"])), r=g.d(3), w=g.pick(WORD_USES))
    return doc


def at_complaint(g: Gen) -> Doc:
    """Guest complaint e-mail (noise, bedbugs, overbooking) and the guest-relations reply in the thread."""
    doc = Doc()
    h = g.pick(HOTELS)
    dom = re.sub(r"[^a-z]", "", fold(h.split()[-1]).lower()) + g.pick([".com.br", "hoteis.com.br", ".tur.br"])
    p = g.person()
    gr = g.person()
    ci, co = stay(g)
    issue = g.pick([
        ("percevejos", "acordei com picadas nos braços e nas pernas, fotos em anexo, e a camareira confirmou que viu os bichos no colchão"),
        ("barulho", "o quarto fica em cima do salão de eventos e teve festa até 4h da manhã, ninguém da recepção atendeu o ramal"),
        ("overbooking", "chegamos às 22h e não havia quarto; fomos realocados num hotel a 18 km sem qualquer ajuda com o transporte"),
        ("cobrança", "cobraram duas vezes as diárias no cartão final " + g.d(4) + " e ainda um frigobar que não consumimos"),
    ])
    doc.f("De: «n» <«em»>\nPara: reservas@«dom»; ouvidoria@«dom»\nAssunto: RECLAMAÇÃO - reserva «rs» - «i»\nData: «d»\n\n"
          "Prezados,\n\nestive hospedad«o» em «h» de «ci» a «co» (UH «u») com «comp». «txt». "
          "Já registrei no Reclame Aqui (protocolo «pt») e se não houver retorno em 5 dias úteis vou ao Procon.\n\n"
          "Quero o estorno integral. Meus dados: CPF «cpf», celular «ph».\n\n«sig»\n\n",
          n=P(name_form(g, p, ["full", "caps", "short"])), em=(g.email(p), "EMAIL_ADDRESS"), dom=dom, rs=reserva(g), i=issue[0].upper(),
          d=g.date("br") + " " + g.hm(), o=p.o, h=h, ci=ci, co=co, u=uh(g),
          comp=g.pick(["meu marido", "minha esposa", "duas crianças", "minha mãe idosa", "um grupo de amigos"]),
          txt=issue[1][0].upper() + issue[1][1:] + (". Além disso, " + g.pick(WORD_USES) if g.chance(0.5) else ""), pt=g.neg(g.pick([9, 11])), cpf=(g.cpf(), "BR_CPF"), ph=(g.phone(), "PHONE_NUMBER"),
          sig=P(name_form(g, p, ["full", "first", "short"])))
    doc.f("---------- Resposta ----------\nDe: «gr» <«gem»>\nData: «d»\n\nOlá, «fn»! Lamentamos muito. Já acionamos a governança e a dedetizadora "
          "«dd» (CNPJ «cj»). ",
          gr=P(gr.full), gem=(corp_mail(gr, dom), "EMAIL_ADDRESS"), d=g.date("br"), fn=P(p.first),
          dd=g.pick(["Dedetizadora Bonfim", "Imunizadora Luz", "DDT Rosa Branca Ltda"]), cj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    k = g.rng.randint(0, 2)
    if k == 0:
        doc.t("A UH foi interditada para inspeção. ")
    elif k == 1:
        doc.f("O gerente noturno, «gn», foi advertido. ", gn=P(g.person(female=False).short))
    else:
        doc.t("Seria prudente, da nossa parte, rever o bloqueio de quartos em dias de evento. ")
    doc.f("O estorno de R$ «v» foi solicitado à adquirente e cai em até 2 faturas.\n\n"
          "Atenciosamente,\n«grn»\nRelacionamento com Hóspedes | «h»\n«tel» | ramal «r»\n",
          v=g.money(400, 6000), grn=P(name_form(g, gr, ["full", "short"])), h=h, tel=(g.phone("par", mobile=False), "PHONE_NUMBER"), r=g.d(3))
    return doc


def at_credenciamento(g: Gen) -> Doc:
    """Event accreditation list (credenciamento) exported from the ticketing system, with check-in at the gate."""
    doc = Doc()
    ev = g.pick(EVENTS)
    doc.f("«ev» «y» — CREDENCIAMENTO\nLista «l» | gerada em «d» «hm» | op. «op»\n\n", ev=ev, y=g.pick([2024, 2025]),
          l=g.pick(["IMPRENSA", "EXPOSITORES", "STAFF/PRODUÇÃO", "PALESTRANTES", "VIP"]), d=g.date("br"), hm=g.hm(),
          op=g.pick(["cred02", "totem-3", "balcao.norte", "app-sympla"]))
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        c = g.person()
        emp = g.pick(COMPANIES + ["freelancer", "TV Aurora", "Rádio Luz FM", "Jornal O Prudente", "autônomo"])
        rows.append([V(g.d(6)), P(name_form(g, c, ["full", "caps", "full", "plain"])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     V(emp), (g.email(c) if g.chance(0.8) else corp_mail(c, g.pick(["tvaurora.com.br", "luzfm.com.br", "eventosbr.com"])), "EMAIL_ADDRESS"),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), V(g.pick(["S", "S", "N"])), V(g.hm() if g.chance(0.7) else "")])
    if g.chance(0.5):
        table_ruled(doc, ["Cred.", "Nome", "CPF", "Empresa/Veículo", "E-mail", "Celular", "Termo imagem", "Check-in"], rows, ruler=g.chance(0.5))
    else:
        table_csv(doc, ["credencial", "nome", "cpf", "empresa", "email", "celular", "aceite_imagem", "checkin"], rows, sep=";")
    lead = g.person()
    doc.f("\nPendências: «n» trocou de fotógrafo na véspera, credencial reemitida para «m» (RG «rg»). "
          "Responsável credenciamento: «l» — «ph»\n",
          n=V(g.pick(COMPANIES[:6])), m=P(g.person().full), rg=(g.rg(), "BR_RG"), l=P(name_form(g, lead, ["full", "short"])),
          ph=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_voucher(g: Gen) -> Doc:
    """Travel agency package voucher: passengers, hotel, transfer, local guide with Cadastur."""
    doc = Doc()
    ag = g.pick(AGENCIES)
    dest = g.pick(CITY_TOUR)
    ci, co = stay(g)
    doc.f("«ag»\nCNPJ «cj» · Cadastur «cc»\n\nVOUCHER DE SERVIÇOS Nº «n»\nPacote: «dest» «k» noites — «ci» a «co»\nHotel: «h» (apto «ap»)\n\n"
          "PASSAGEIROS\n", ag=fold(ag).upper(), cj=(g.cnpj(), "BR_CNPJ"), cc=cadastur(g), n=g.d(7), dest=dest, k=g.rng.randint(3, 7),
          ci=ci, co=co, h=g.pick(HOTELS), ap=g.pick(["duplo", "triplo", "standard casal", "luxo vista mar", "chalé família"]))
    head = g.person()
    pax = [head] + [g.relative(head) for _ in range(g.rng.randint(1, 3))]
    for i, p in enumerate(pax):
        ad = g.chance(0.7)
        doc.f(" «i». «n»  nasc. «d»", i=i + 1, n=P(name_form(g, p, ["caps", "caps", "full"])), d=(g.dob("br", 1948, 2021), "DATE_OF_BIRTH"))
        if ad:
            doc.f("  CPF «c»", c=(g.cpf(), "BR_CPF"))
        elif g.chance(0.5):
            doc.f("  RG «c»", c=(g.rg(), "BR_RG"))
        else:
            doc.t("  (criança de colo)" if i else "")
        doc.t("\n")
    guide = g.person()
    doc.f("\nContato do titular: «ph» / «em»\n\nTRANSFER IN/OUT: «tr», motorista «mo», veículo placa «pl»\n"
          "PASSEIO: «ps» com guia credenciad«o» «gn» («ca»), cel. «gph»\n\n",
          ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(head), "EMAIL_ADDRESS"), tr=g.pick(["Oshiro Turismo Receptivo", "Sobral Tur", "van própria"]),
          mo=P(name_form(g, g.person(female=False), ["first", "short", "nick"])) if g.chance(0.6) else V("a confirmar"), pl=(g.plate(), "LICENSE_PLATE"),
          ps=g.pick(["Flutuação no Rio da Prata", "Buggy pelas dunas", "Trilha do Morro do Pai Inácio", "Cataratas lado argentino",
                     "City tour histórico", "Passeio de escuna às piscinas naturais"]),
          o=guide.o, gn=P(guide.full), ca=(cadastur_id(g), "PROFESSIONAL_ID"), gph=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f("(motorista cadastrado na ANTT, CNH «c»)\n", c=(g.cnh(), "BR_CNH"))
    cons = g.person()
    doc.f("Apresente este voucher no check-in. Emergências 24h: «e»\nConsultor(a): «c» — «ce»\n",
          e=g.pick(["0800 " + g.d(3) + " " + g.d(4), "plantão da agência"]), c=P(cons.short),
          ce=(corp_mail(cons, re.sub(r"[^a-z]", "", fold(ag.split()[0]).lower()) + "turismo.com.br"), "EMAIL_ADDRESS"))
    return doc


# =========================================================================== juridico

ESTADO_CIVIL = ["solteira", "casada", "divorciada", "viúva", "em união estável"]
ESTADO_CIVIL_M = ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]
LAWS = ["Lei 8.078/1990 (CDC)", "Lei 14.046/2020", "Lei 11.771/2008 (Lei Geral do Turismo)", "Lei 13.709/2018 (LGPD)",
        "art. 14 do CDC", "art. 186 do Código Civil", "Lei 9.099/1995"]


def qualif(g: Gen, doc: Doc, p: Person, caps: bool = True, cnh: bool = False) -> None:
    """Qualification of a party: nationality, civil status, profession, RG, CPF, e-mail, address, CEP."""
    t, sn, num, comp = g.street_parts()
    city, uf = g.city()
    doc.f("«n», brasileir«o», «ec», «pr», portador«a» do RG nº «rg» SSP/«uf» e inscrit«o» no CPF sob o nº «cpf», "
          "endereço eletrônico «em», residente e domiciliad«o» na «ad», bairro «b», «c»/«uf», CEP «cep»",
          n=P(p.caps if caps else p.full), o=p.o, ec=g.pick(ESTADO_CIVIL if p.female else ESTADO_CIVIL_M),
          pr=g.pick(["professora", "enfermeira", "comerciante", "servidora pública", "aposentada", "analista de sistemas"]) if p.female
          else g.pick(["professor", "motorista", "comerciante", "servidor público", "aposentado", "engenheiro"]),
          a="a" if p.female else "", rg=(g.rg(), "BR_RG"), uf=uf, cpf=(g.cpf("dot"), "BR_CPF"), em=(g.email(p), "EMAIL_ADDRESS"),
          ad=(f"{t} {sn}, nº {num}" + (f", {comp}" if comp else ""), "ADDRESS"), b=g.pick(BAIRROS), c=city, cep=(g.cep(), "BR_CEP"))


def lawyer_sig(g: Gen, doc: Doc, adv: Person, uf: str | None = None) -> None:
    doc.f("\n«c», «d».\n\n«n»\n«oab»\n", c=g.city()[0], d=g.date("long"), n=P(name_form(g, adv, ["full", "caps"])),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))


def ju_peticao(g: Gen) -> Doc:
    """Initial petition to a small-claims court: guest against hotel and booking platform."""
    doc = Doc()
    k = g.rng.randint(0, 2)
    p = g.person(female=(k == 0))
    h = g.pick(HOTELS)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»\n\n",
          n=g.rng.randint(1, 9), c=fold(g.city()[0]).upper())
    qualif(g, doc, p)
    adv = g.person()
    doc.f(", por seu advogado que esta subscreve (procuração anexa), vem propor\n\nAÇÃO DE INDENIZAÇÃO POR DANOS MATERIAIS E MORAIS\n\n"
          "em face de «hc», pessoa jurídica de direito privado, inscrita no CNPJ sob o nº «cj», com sede na Avenida Beira-Mar, 1200, "
          "e de «ota», inscrita no CNPJ nº «cj2», pelos fatos a seguir.\n\nI — DOS FATOS\n\n",
          hc=fold(h).upper() + g.pick([" LTDA", " S.A.", " EIRELI"]), cj=(g.cnpj(), "BR_CNPJ"),
          ota=g.pick(["DECOLAR.COM LTDA", "HOTEL URBANO VIAGENS E TURISMO S.A.", "123 VIAGENS E TURISMO LTDA"]),
          cj2=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"))
    ci, co = stay(g, "br")
    comp = g.relative(p, female=(k != 0))
    if k == 0:
        doc.f("A Autora e seu cônjuge, «c», hospedaram-se no hotel da 1ª Ré entre «ci» e «co» (reserva «rs»). No jantar do dia «ci», "
              "ambos consumiram o bufê de frutos do mar e, horas depois, apresentaram vômitos e diarreia, sendo atendidos no pronto-socorro "
              "(CID A05.9), conforme relatório do Dr. «m» («crm»). A Vigilância Sanitária municipal confirmou surto com outros «x» hóspedes.\n\n",
              c=P(comp.full), ci=ci, co=co, rs=reserva(g), m=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), x=g.rng.randint(8, 40))
    elif k == 1:
        doc.f("Com reserva confirmada e paga (R$ «v», cartão de crédito, «pa» parcelas) para «ci» a «co», o Autor chegou ao hotel com a filha "
              "«c», menor, nascida em «dn», e foi informado de que não havia quartos (overbooking). A recepcionista «r» limitou-se a indicar "
              "outra pousada.\n\n", v=g.money(900, 8000), pa=g.rng.randint(2, 10), ci=ci, co=co, c=P(comp.full),
              dn=(g.dob("br", 2010, 2020), "DATE_OF_BIRTH"), r=P(g.person(female=True).first))
    else:
        doc.f("Durante a hospedagem («ci» a «co»), a bagagem do Autor foi furtada do guarda-volumes do hotel, que estava sem vigilância. "
              "O boletim de ocorrência nº «bo» foi lavrado no mesmo dia. O funcionário «f» admitiu, em áudio, que a porta ficava aberta.\n\n",
              ci=ci, co=co, bo=f"{g.d(4)}/{g.pick([2024, 2025])}", f=P(g.person(female=False).short))
    doc.f("Tentou-se solução amigável (protocolos «p1» e «p2»), sem êxito. Aplica-se o disposto em «lei» e a responsabilidade objetiva do fornecedor, "
          "nos termos da jurisprudência (TJSP, Apelação nº «cnj»; TJRJ, RI nº «cnj2»).\n\nII — DOS PEDIDOS\n\n"
          "a) a condenação solidária das Rés ao pagamento de R$ «dm» a título de danos morais;\nb) a restituição de R$ «v»;\n"
          "c) a citação das Rés; a inversão do ônus da prova.\n\nDá-se à causa o valor de R$ «vc».\n\nTermos em que pede deferimento.\n",
          p1=g.neg(11), p2=g.protocol(), lei=g.pick(LAWS[:3]), cnj=g.cnj("8.26"), cnj2=g.cnj("8.19"), dm=g.money(5000, 20000),
          v=g.money(500, 9000), vc=g.money(10000, 30000))
    lawyer_sig(g, doc, adv)
    return doc


def ju_trabalhista(g: Gen) -> Doc:
    """Labour claim of a former hotel employee (housekeeper, cook, waiter), with the employer's preposto."""
    doc = Doc()
    p = g.person()
    fn = g.pick(["camareira", "cozinheiro(a)", "garçom/garçonete", "recepcionista noturno(a)", "auxiliar de lavanderia", "mensageiro(a)"])
    city, uf = g.city()
    doc.f("EXMO. SR. JUIZ DO TRABALHO DA «v»ª VARA DO TRABALHO DE «c»/«uf»\n\n", v=g.rng.randint(1, 12), c=fold(city).upper(), uf=uf)
    t, sn, num, comp = g.street_parts()
    doc.f("«n», «nac», «ec», «fn», CTPS nº «ct» série «se», PIS «pis», CPF «cpf», «tit»", n=P(name_form(g, p, ["caps", "full"])),
          nac=g.pick(["brasileir" + p.o, "haitian" + p.o, "venezuelan" + p.o, "brasileir" + p.o]), ec=g.pick(ESTADO_CIVIL if p.female else ESTADO_CIVIL_M),
          fn=fn, ct=g.d(7), se=g.d(4) + "-" + uf, pis=(g.pis(), "BR_PIS"), cpf=(g.cpf(), "BR_CPF"), tit="")
    if g.chance(0.4):
        doc.f("título eleitoral «t», ", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("nascid«o» em «dob», residente na «ad», «b», CEP «cep», "
          "telefone «ph», vem, por sua advogada, ajuizar RECLAMAÇÃO TRABALHISTA pelo rito ordinário em face de «emp», CNPJ «cj», "
          "pelos fundamentos a seguir.\n\n",
          o=p.o, dob=(g.dob(g.pick(["br", "long"]), 1960, 2004), "DATE_OF_BIRTH"),
          ad=(f"{t} {sn}, {num}" + (f", {comp}" if comp else ""), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"),
          ph=(g.phone(), "PHONE_NUMBER"), emp=fold(g.pick(HOTELS)).upper() + " LTDA", cj=(g.cnpj(), "BR_CNPJ"))
    sup = g.person(female=True)
    doc.f("1. DO CONTRATO. Admitid«o» em «da», dispensad«o» sem justa causa em «dd», salário de R$ «s». Jornada 12x36 não respeitada: "
          "a escala assinada pela governanta «sg» mostra dobras em feriados e eventos (Réveillon, «ev»).\n"
          "2. DO ASSÉDIO. A supervisora «sg2» expunha a equipe em grupo de WhatsApp; testemunhas: «t1» e «t2».\n"
          "3. DA INSALUBRIDADE. Contato com produtos de limpeza sem EPI (NR-15, anexo 13).\n\n"
          "Valor da causa: R$ «vc». Processo anterior arquivado: «cnj».\n",
          o=p.o, da=g.date("br", year=g.pick([2019, 2020, 2021, 2022])), dd=g.date("br"), s=g.money(1500, 3200), sg=P(sup.full),
          ev=g.pick(EVENTS), sg2=P(name_form(g, sup, ["first", "short"])), t1=P(g.person().full), t2=P(name_form(g, g.person(), ["full", "short"])),
          vc=g.money(20000, 120000), cnj=g.cnj("5.15"))
    adv = g.person(female=True)
    lawyer_sig(g, doc, adv, uf)
    if g.chance(0.5):
        doc.f("\n[Ata de audiência inicial] Presente a reclamante e o preposto «pp», CPF «pcpf», acompanhado do Dr. «ar» («oab»). Conciliação recusada.\n",
              pp=P(g.person(female=False).full), pcpf=(g.cpf(), "BR_CPF"), ar=P(g.person(female=False).full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_procon(g: Gen) -> Doc:
    """Agency's reply to a Procon complaint about a cancelled package (Lei 14.046/2020), with the consumer's data."""
    doc = Doc()
    ag = g.pick(AGENCIES)
    p = g.person(female=True)
    city, uf = g.city()
    doc.f("AO PROCON MUNICIPAL DE «c»\nRef.: Processo Administrativo FA nº «fa»\nReclamante: «n» — CPF «cpf»\nReclamada: «ag» — CNPJ «cj»\n\n",
          c=fold(city).upper(), fa=f"{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", n=P(name_form(g, p, ["caps", "full"])), cpf=(g.cpf(), "BR_CPF"),
          ag=fold(ag).upper(), cj=(g.cnpj(), "BR_CNPJ"))
    dest = g.pick(CITY_TOUR)
    doc.f("A Reclamada, por sua representante legal «rl», vem apresentar DEFESA.\n\n"
          "A consumidora adquiriu em «dc» o pacote «dest» (contrato nº «ct»), para si e para «c2» (nasc. «dn»), no valor de R$ «v». "
          "O cancelamento decorreu da suspensão do voo pela companhia aérea. Nos termos da «lei», foi oferecida a remarcação ou carta de crédito, "
          "conforme e-mail enviado a «em» em «de».\n\n",
          rl=P(g.person().full), dc=g.date("br"), dest=dest, ct=f"{g.d(5)}/{g.pick([2024, 2025])}", c2=P(g.relative(p).full),
          dn=(g.dob("br"), "DATE_OF_BIRTH"), v=g.money(2000, 15000), lei=g.pick(["Lei 14.046/2020", "Resolução ANAC 400/2016", "art. 35 do CDC"]),
          em=(g.email(p), "EMAIL_ADDRESS"), de=g.date("br"))
    doc.f("A Reclamante recusou e exige devolução integral, inclusive da taxa do guia local «gl» («cad»), que já havia sido paga ao prestador.\n\n"
          "Proposta: devolução de R$ «pv» em «pa» parcelas, por transferência à conta indicada pela consumidora (banco «bc», ag. «ag», c/c «cc»).\n\n"
          "Atendimento da reclamação realizado por «at» em «d»; telefone para contato da consumidora: «ph».\n\n«ci», «dl».\n\n«adv»\n«oab»\n",
          gl=P(g.person().full), cad=(cadastur_id(g), "PROFESSIONAL_ID"), pv=g.money(1000, 9000), pa=g.rng.randint(2, 6),
          bc=g.pick(["001", "237", "341", "104", "260", "077"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          at=P(name_form(g, g.person(), ["first", "short"])), d=g.date("br"), ph=(g.phone(), "PHONE_NUMBER"), ci=city, dl=g.date("long"),
          adv=P(g.person().full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_incidente(g: Gen) -> Doc:
    """Security incident log of a hotel (theft in a room), with keycard log lines and CCTV notes."""
    doc = Doc()
    h = g.pick(HOTELS)
    p = g.person()
    sec = g.person(female=False)
    u = uh(g)
    d = g.date("iso")
    doc.f("RELATÓRIO DE OCORRÊNCIA — SEGURANÇA PATRIMONIAL\n«h» | RO «ro» | «d»\nVigilante: «s» | Supervisor: «sp»\n\n"
          "Hóspede: «n» (UH «u»), CPF «cpf», tel «ph»\nRelato: hóspede informa que ao retornar do «lc» às «hm» encontrou o cofre aberto; "
          "faltam «it».\n\n",
          h=h, ro=f"{g.d(3)}/{d[:4]}", d=d, s=P(name_form(g, sec, ["full", "caps"])), sp=P(g.person().short), n=P(name_form(g, p, ["full", "caps"])),
          u=u, cpf=(g.cpf(), "BR_CPF"), ph=(g.phone(), "PHONE_NUMBER"), lc=g.pick(["passeio de barco", "restaurante", "show na praia", "spa"]),
          hm=g.hm(), it=g.pick(["um notebook e R$ 1.200,00 em espécie", "um relógio e o passaporte", "joias (cordão e dois anéis)", "uma câmera Sony e um drone"]))
    doc.t("Log da fechadura eletrônica (exportado do sistema VingCard):\n")
    staff = [g.person(female=True), g.person()]
    ts = g.times(5, 8 * 3600, 22 * 3600)
    for i, tm in enumerate(ts):
        k = g.rng.randint(0, 3)
        doc.f("«d» «t»:«s»  UH«u»  ", d=d, t=tm, s=f"{g.rng.randint(0, 59):02d}", u=u)
        if k == 0:
            doc.f("CARD GUEST #«c» OPEN\n", c=g.d(2))
        elif k == 1:
            st = g.pick(staff)
            doc.f("CARD STAFF «lg» («n») OPEN\n", lg=login(st).upper(), n=P(name_form(g, st, ["caps", "short"])))
        elif k == 2:
            doc.t("MASTERKEY GOV-0" + g.d(1) + " OPEN\n")
        else:
            doc.t("DOOR LEFT OPEN ALARM\n")
    doc.f("\nCFTV: câmera «cm» mostra homem de boné saindo pela garagem às «hm»; veículo «mv» placa «pl» (não é de hóspede). "
          "Acionada a PM; BO nº «bo». Camareira «cam» ouvida, disse ter deixado a porta encostada para o frigobar.\n"
          "Providências: cópia das imagens para a polícia; «ger» (gerente geral) autorizou cortesia de 2 diárias. "
          "Comunicado ao jurídico (juridico@«dm»).\nObs. do vigilante: «w».\n",
          cm=g.pick(["C12", "C07 garagem", "C03 corredor 2º andar"]), hm=g.hm(), mv=g.pick(["Gol prata", "Saveiro branca", "moto CG 160 vermelha"]),
          pl=(g.plate(), "LICENSE_PLATE"), bo=f"{g.pick(['', 'BO-'])}{g.d(5)}/{d[:4]}", cam=P(staff[0].first),
          w=g.pick(["a iluminação do estacionamento estava sem luz desde sábado", "seria prudente trocar as fechaduras do 2º andar",
                     "portão lateral segue com a pintura branca descascada, sem câmera"]),
          ger=P(g.person().full), dm=re.sub(r"[^a-z]", "", fold(h.split()[-1]).lower()) + ".com.br")
    return doc


def ju_contrato(g: Gen) -> Doc:
    """Venue rental contract for a private event at the hotel, with the e-signature certificate at the end."""
    doc = Doc()
    h = g.pick(HOTELS)
    p = g.person()
    ev = g.pick(["casamento", "festa de 15 anos", "bodas de ouro", "formatura", "confraternização de fim de ano"])
    doc.f("CONTRATO DE LOCAÇÃO DE ESPAÇO E PRESTAÇÃO DE SERVIÇOS PARA EVENTO Nº «n»\n\n"
          "CONTRATADA: «hc», CNPJ «cj», com sede na Rodovia SC-401, km 5, neste ato representada por sua gerente de eventos «ge».\n"
          "CONTRATANTE: ", n=f"{g.d(3)}/{g.pick([2024, 2025])}", hc=h + " Ltda", cj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), ge=P(g.person(female=True).full))
    qualif(g, doc, p, caps=g.chance(0.5))
    doc.f(", telefone «ph».\n\nCLÁUSULA 1ª — OBJETO: locação do Salão «sl» para «ev» em «de», das «h1» às «h2», para até «x» convidados, "
          "com buffet e open bar.\n", ph=(g.phone(), "PHONE_NUMBER"), sl=g.pick(["Aurora", "Vitória Régia", "Flor de Lis", "Prudente de Morais", "Jardim"]),
          ev=ev, de=g.date("br"), h1=g.hm(), h2=g.pick(["02:00", "03:00", "01:30"]), x=g.rng.randint(60, 400))
    if ev in ("casamento", "festa de 15 anos"):
        hon = g.person(female=True)
        doc.f("Parágrafo único. Homenageada: «hn», nascida em «dn»; cerimonialista indicada pela CONTRATANTE: «ce».\n",
              hn=P(hon.full), dn=(g.dob("br", 1985, 2011), "DATE_OF_BIRTH"), ce=P(g.person().full))
    doc.f("CLÁUSULA 2ª — PREÇO: R$ «v», sendo 30% de sinal e o saldo até 10 dias antes do evento, por depósito na conta da CONTRATADA "
          "(Banco «bc», agência «ag», conta «cc») ou Pix chave aleatória «pix».\n"
          "CLÁUSULA 3ª — CANCELAMENTO: multa de 20% até 90 dias antes; após, perda do sinal, salvo força maior (Lei 14.046/2020 não se aplica).\n"
          "CLÁUSULA 4ª — FORO: comarca de «c».\n\n",
          v=g.money(15000, 180000), bc=g.pick(["Itaú (341)", "Bradesco", "BB", "Sicoob (756)", "Caixa"]), ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(True), "BANK_ACCOUNT"), pix=(g.uuid(), "PIX_KEY"), c=g.city()[0])
    w1, w2 = g.person(), g.person()
    doc.f("Testemunhas: 1) «w1», CPF «c1»  2) «w2», CPF «c2»\n\n", w1=P(w1.full), c1=(g.cpf(), "BR_CPF"), w2=P(w2.full), c2=(g.cpf(), "BR_CPF"))
    doc.f("--- Certificado de assinatura eletrônica (Clicksign) — documento «hx» ---\n", hx=g.uuid())
    for who, mail in ((p, g.email(p)), (w1, g.email(w1)), (w2, g.email(w2))):
        doc.f("«d» «t» -03:00  «n» assinou como «r». E-mail: «em» | IP: «ip» | geolocalização autorizada\n", d=g.date("br"), t=g.hms(),
              n=P(name_form(g, who, ["full", "caps"])), r="contratante" if who is p else "testemunha", em=(mail, "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("«d» «t» -03:00  Operador «op» finalizou o documento (hash SHA-256 «hx»)\n", d=g.date("br"), t=g.hms(),
          op=g.pick(["eventos.hotel", "sistema", "clicksign-api"]), hx=g.hexs(64))
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """Guest's LGPD request (access and deletion) and the DPO's reply with a Markdown table of the data held."""
    doc = Doc()
    h = g.pick(HOTELS)
    dom = re.sub(r"[^a-z]", "", fold(h.split()[-1]).lower()) + ".com.br"
    p = g.person()
    cpf = g.cpf()
    doc.f("De: «n» <«em»>\nPara: privacidade@«dom»\nAssunto: LGPD - art. 18 - acesso e eliminação\n\n"
          "Bom dia. Me hospedei aí em «y» e desde então recebo SMS de promoção no «ph». Quero saber quais dados vocês têm sobre mim "
          "e que apaguem tudo. CPF «cpf».\n«sig»\n\n",
          n=P(p.full), em=(g.email(p), "EMAIL_ADDRESS"), dom=dom, y=g.pick([2021, 2022, 2023, 2024]), ph=(g.phone(), "PHONE_NUMBER"),
          cpf=(cpf, "BR_CPF"), sig=P(name_form(g, p, ["first", "full", "nick"])))
    dpo = g.person(female=True)
    doc.f("---\nDe: «dn» (Encarregada de Dados) <dpo@«dom»>\n\nPrezad«o» «fn», segue o inventário dos seus dados em nossos sistemas "
          "(pedido «pd», prazo de 15 dias da Lei 13.709/2018, art. 19):\n\n", dn=P(dpo.full), dom=dom, o=p.o, fn=P(p.first), pd=g.protocol())
    t, sn, num, comp = g.street_parts()
    rows = [
        [V("PMS (Opera)"), V("nome"), P(p.caps), V("5 anos (obrigação fiscal/FNRH)")],
        [V("PMS (Opera)"), V("CPF"), (re.sub(r"\D", "", cpf), "BR_CPF"), V("5 anos")],
        [V("PMS (Opera)"), V("data de nascimento"), (g.dob("iso"), "DATE_OF_BIRTH"), V("5 anos")],
        [V("PMS (Opera)"), V("endereço"), (f"{t} {sn}, {num}", "ADDRESS"), V("5 anos")],
        [V("FNRH"), V("placa do veículo"), (g.plate(), "LICENSE_PLATE"), V("5 anos")],
        [V("CRM marketing"), V("celular"), (g.phone("e164"), "PHONE_NUMBER"), V("eliminado nesta data")],
        [V("CRM marketing"), V("e-mail"), (g.email(p), "EMAIL_ADDRESS"), V("eliminado nesta data")],
        [V("Wi-Fi hóspedes"), V("IP/MAC último acesso"), (g.ip(), "IP_ADDRESS"), V("6 meses (Marco Civil)")],
        [V("Adquirente"), V("cartão"), V(f"{g.d(4)} **** **** {g.d(4)}"), V("não armazenamos o número completo")],
    ]
    if g.chance(0.5):
        rows.insert(4, [V("Restaurante"), V("restrição alimentar"), V(g.pick(["sem glúten", "alergia a amendoim", "vegetariana"])), V("até o checkout")])
    table_md(doc, ["sistema", "dado", "valor", "retenção"], rows)
    doc.f("\nOs dados fiscais não podem ser eliminados antes do prazo legal. Qualquer dúvida, fale comigo pelo «ph».\n\n«dn2»\nDPO | «h»\n",
          ph=(g.phone("par", mobile=False), "PHONE_NUMBER"), dn2=P(name_form(g, dpo, ["full", "short"])), h=h)
    return doc


def ju_acordo(g: Gen) -> Doc:
    """Extrajudicial settlement between a hotel and guests after a food-poisoning episode at an event."""
    doc = Doc()
    h = g.pick(HOTELS)
    ev = g.pick(["do casamento", "do congresso", "da formatura", "da convenção de vendas"])
    doc.f("TERMO DE ACORDO EXTRAJUDICIAL E QUITAÇÃO\n\nPartes: «hc», CNPJ «cj», doravante HOTEL; e os hóspedes abaixo qualificados, "
          "doravante ACORDANTES, participantes «ev» de «d», em que houve surto de toxinfecção alimentar (CID A05.0) "
          "investigado pela Vigilância Sanitária (processo nº «cnj»).\n\n", hc=fold(h).upper() + " LTDA", cj=(g.cnpj(), "BR_CNPJ"), ev=ev,
          d=g.date("br"), cnj=g.cnj("8.24"))
    for i in range(g.rng.randint(2, 4)):
        p = g.person()
        doc.f("«i») «n», CPF «cpf», nascid«o» em «dn», e-mail «em» — indenização de R$ «v», paga via ", i=i + 1,
              n=P(name_form(g, p, ["caps", "full"])), cpf=(g.cpf(), "BR_CPF"), o=p.o, dn=(g.dob("br"), "DATE_OF_BIRTH"),
              em=(g.email(p), "EMAIL_ADDRESS"), v=g.money(800, 6000))
        k = g.rng.randint(0, 3)
        if k == 0:
            doc.f("Pix (chave aleatória «pix»);\n", pix=(g.uuid(), "PIX_KEY"))
        elif k == 1:
            doc.f("Pix (chave CPF, a mesma acima);\n")
        elif k == 2:
            doc.f("TED — banco «b», ag. «ag», conta «cc»;\n", b=g.pick(["001", "237", "341", "033", "104", "260"]), ag=(g.agency(), "BANK_ACCOUNT"),
                  cc=(g.account(), "BANK_ACCOUNT"))
        else:
            doc.f("Pix (chave e-mail «em2»);\n", em2=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("\nCláusula 1ª. O pagamento implica plena quitação quanto aos danos materiais e morais decorrentes do evento, nada mais havendo a reclamar, "
          "inclusive perante o Procon e o Juizado (art. 840 do Código Civil).\nCláusula 2ª. As partes se comprometem a manter sigilo; "
          "o HOTEL não reconhece culpa.\n\nAssinam: «a» (gerente geral), «b» (advogado do HOTEL, «oab») e os ACORDANTES.\n",
          a=P(g.person().full), b=P(g.person(female=False).full), oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    return doc


# =========================================================================== saude

SYMPT = ["diarreia", "vômitos", "náusea", "dor abdominal", "febre", "cefaleia", "calafrios"]
FOODS = ["maionese de batata", "salpicão", "camarão ao alho", "mousse de maracujá", "arroz de carreteiro", "sushi do buffet",
         "frango xadrez", "torta de palmito", "ovos mexidos do café"]


def sa_surto(g: Gen) -> Doc:
    """Food-poisoning outbreak investigation (DTA) after a hotel event: case list, food handlers, notifier."""
    doc = Doc()
    h = g.pick(HOTELS)
    city, uf = g.city()
    ev = g.pick(["casamento", "congresso", "café da manhã", "jantar de confraternização", "formatura"])
    doc.f("SECRETARIA MUNICIPAL DE SAÚDE DE «c» — VIGILÂNCIA EPIDEMIOLÓGICA\nINVESTIGAÇÃO DE SURTO DE DTA Nº «n» — SINAN «sn»\n"
          "Local: «h» (CNPJ «cj»)   Evento: «ev» em «d»   Expostos estimados: «x»\nAlimento suspeito: «fd»   CID-10: A05.9 / A02.0\n\n"
          "Notificante: «md» («crm»), UPA «upa», tel. «tel»\n\nCASOS IDENTIFICADOS\n",
          c=fold(city).upper(), n=f"{g.d(3)}/{g.pick([2024, 2025])}", sn=g.d(7), h=h, cj=(g.cnpj(), "BR_CNPJ"), ev=ev, d=g.date("br"),
          x=g.rng.randint(40, 350), fd=g.pick(FOODS), md=P(g.person().full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          upa=g.pick(["Centro", "Zona Norte", "24h Bonfim", "Dr. Leão Amado"]), tel=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    rows = []
    for _ in range(g.rng.randint(5, 7)):
        p = g.person()
        dob = g.dob("br", 1945, 2018)
        age = 2025 - int(dob[-4:])
        ad = g.address(g.pick(["caps", "text", "low"]))
        rows.append([P(name_form(g, p, ["caps", "caps", "full", "short"])), V(str(age)), (dob, "DATE_OF_BIRTH"), V("F" if p.female else "M"),
                     (ad, "ADDRESS") if g.chance(0.7) else V("hóspede - outro município"),
                     (g.cns(False), "BR_CNS") if g.chance(0.85) else V("não informado"), (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"),
                     V(g.date("short")) , V("+".join(g.rng.sample(SYMPT, g.rng.randint(1, 3)))), V(g.pick(["não", "não", "sim - HMU", "obs 12h"]))])
    table_ruled(doc, ["Nome", "Id", "Nasc.", "Sx", "Endereço", "CNS", "Contato", "Início", "Sintomas", "Internação"], rows, ruler=g.chance(0.5))
    doc.t("\nMANIPULADORES ENTREVISTADOS\n")
    for _ in range(g.rng.randint(2, 4)):
        m = g.person()
        doc.f("- «n» («f»), CPF «c», coprocultura coletada (amostra LACEN «am») — «r»\n", n=P(name_form(g, m, ["full", "short", "caps"])),
              f=g.pick(["cozinheiro(a)", "confeiteira", "aux. de cozinha", "chefe de partida", "copeira"]), c=(g.cpf(), "BR_CPF"),
              am=f"{g.d(4)}{g.d(6)}", r=g.pick(["aguardando", "negativo", "positivo Salmonella spp.", "positivo S. aureus"]))
    doc.f("\nInspeção sanitária: câmara fria a «t» °C; «w». Responsável técnica pela cozinha: «rt», «crn».\n"
          "Investigadores: «i1» e «i2» (enf., «coren»). Conclusão parcial: surto confirmado por critério clínico-epidemiológico.\n",
          t=g.rng.randint(6, 14), w=g.pick(["ausência de registro de temperatura do buffet", "sem sabão na pia de mãos", "maionese caseira com ovo cru",
                                              "seria prudente interditar a cozinha fria"]),
          rt=P(g.person(female=True).full), crn=(crn(g), "PROFESSIONAL_ID"), i1=P(g.person().full), i2=P(g.person().short),
          coren=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_ambulatorio(g: Gen) -> Doc:
    """Resort medical post attendance record, with removal to a hospital by ambulance."""
    doc = Doc()
    h = g.pick(HOTELS)
    p = g.person()
    doc.f("«h» — POSTO MÉDICO\nFICHA DE ATENDIMENTO Nº «n»        Data: «d»  Hora: «hm»\n\n"
          "Paciente: «nm»   UH: «u»\nNasc.: «dob»   Sexo: «sx»   CNS: «cns»\nDocumento: ",
          h=fold(h).upper(), n=g.d(5), d=g.date("br"), hm=g.hm(), nm=P(name_form(g, p, ["caps", "full"])), u=uh(g),
          dob=(g.dob(g.pick(["br", "nopad", "iso"])), "DATE_OF_BIRTH"), sx="F" if p.female else "M",
          cns=(g.cns(), "BR_CNS") if g.chance(0.8) else "não possui")
    k = g.rng.randint(0, 2)
    if k == 0:
        doc.f("CPF «v»\n", v=(g.cpf(), "BR_CPF"))
    elif k == 1:
        doc.f("RG «v»\n", v=(g.rg(), "BR_RG"))
    else:
        doc.f("passaporte «v» («c»)\n", v=passport(g), c=g.pick(["ARG", "URY", "PRY", "CHL", "PRT"]))
    doc.f("Responsável/acompanhante: «ac» — «ph»\nPlano de saúde: «pl» carteirinha «ct»\n\n",
          ac=P(g.relative(p).full), ph=(g.phone(), "PHONE_NUMBER"), pl=g.pick(["Unimed", "Bradesco Saúde", "SulAmérica", "Amil", "particular"]),
          ct=g.d(16))
    qx = g.pick([("dor abdominal e vômitos após almoço no restaurante", "A09", "R11"),
                 ("queda na borda da piscina, corte em supercílio", "S01.1", "W01"),
                 ("reação alérgica após ingestão de camarão", "T78.1", "L50.0"),
                 ("insolação após passeio de buggy", "T67.0", "R50.9"),
                 ("crise asmática", "J45.9", "J45.0"),
                 ("picada de água-viva", "T63.6", "L23.9")])
    md, enf = g.person(), g.person(female=True)
    doc.f("Queixa: «q».\nPA «pa» mmHg  FC «fc» bpm  SpO2 «sp»%  T «t» °C\nAlergias: «al»\nHD: «c1» / «c2»\n"
          "Conduta: «cd»\n\nMédico(a): «md» — «crm»\nEnfermagem: «enf» — «coren»\n",
          q=qx[0], pa=f"{g.rng.randint(9, 16)}x{g.rng.randint(6, 10)}", fc=g.rng.randint(60, 120), sp=g.rng.randint(90, 99),
          t=f"{g.rng.uniform(35.8, 39.4):.1f}".replace(".", ","), al=g.pick(["nega", "dipirona", "frutos do mar", "penicilina", "AAS"]),
          c1=qx[1], c2=qx[2], cd=g.pick(["sintomáticos e observação 2h, liberado", "sutura 3 pontos, orientado", "removido ao hospital de referência",
                                         "hidratação venosa, liberado com atestado"]),
          md=P(name_form(g, md, ["full", "caps"])), crm=(g.council("CRM"), "PROFESSIONAL_ID"), enf=P(enf.full), coren=(g.council("COREN"), "PROFESSIONAL_ID"))
    if "removido" in doc.text:
        doc.f("Remoção: USA «u» placa «pl», condutor «c», saída «hm» → Hospital «hp».\n", u=g.d(2), pl=(g.plate(), "LICENSE_PLATE"),
              c=P(g.person(female=False).short), hm=g.hm(), hp=g.pick(["Santa Rosa", "São Bento", "Regional Dr. Prudente", "da Luz"]))
    return doc


def sa_aso(g: Gen) -> Doc:
    """Occupational health certificate (ASO) of a hotel employee, OCR-ish scan of the printed form."""
    doc = Doc()
    p = g.person()
    h = g.pick(HOTELS)
    fn = g.pick(["Camareira", "Cozinheiro", "Garçom", "Recepcionista", "Salva-vidas", "Manobrista", "Aux. de lavanderia", "Auxiliar de manutenção", "Copeira"])
    tipo = g.pick(["ADMISSIONAL", "PERIÓDICO", "DEMISSIONAL", "RETORNO AO TRABALHO", "MUDANÇA DE RISCO"])
    lab = lambda s: ocr(s, g, 0.25)
    doc.f("«t1»\n«t2»: «tp»\n\nEmpresa: «h» LTDA   CNPJ: «cj»\n«t3»: «nm»\nCPF: «cpf»   RG: «rg»   Nasc.: «dob»\n"
          "Função: «fn»   Setor: «st»   Matrícula: «mt»\n\n«t4»:\n",
          t1=lab("ATESTADO DE SAÚDE OCUPACIONAL - ASO"), t2=lab("Tipo de exame"), tp=tipo, h=fold(h).upper(), cj=(g.cnpj(), "BR_CNPJ"),
          t3=lab("Funcionário"), nm=P(ocr(name_form(g, p, ["caps", "caps", "full"]), g, 0.2)),
          cpf=(ocr(g.cpf(), g, 0.15, digits=True), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob("br", 1965, 2006), "DATE_OF_BIRTH"), fn=fn,
          st=g.pick(["Governança", "A&B", "Recepção", "Lazer", "Manutenção", "Lavanderia"]), mt=g.d(5), t4=lab("Riscos ocupacionais"))
    if fn == "Manobrista":
        doc.f("CNH: «c» cat. B, validade «v»\n", c=(g.cnh(), "BR_CNH"), v=g.date("br", year=g.rng.randint(2026, 2030)))
    for r in g.rng.sample(["Químico: produtos de limpeza (hipoclorito)", "Físico: calor (cozinha industrial)", "Ergonômico: postura em pé, levantamento de peso",
                           "Biológico: contato com roupas de cama e resíduos", "Acidentes: piso molhado, perfurocortantes", "Físico: radiação solar (área da piscina)",
                           "Ausência de risco específico"], g.rng.randint(1, 3)):
        doc.t(f" ( x ) {r}\n")
    doc.f("\nExames complementares: «ex»\n\nParecer: «pa» para a função.\n\n«cdt», «d»\n\n_______________________\n«md»\nMédico do Trabalho — «crm»\n"
          "Coordenador do PCMSO: «co» «crm2»\n\nCiente do trabalhador: ________ «sig»\n",
          ex=g.pick(["hemograma, coprocultura, parasitológico de fezes (manipulador de alimentos)", "audiometria, acuidade visual", "glicemia, ECG",
                     "não se aplicam"]), pa=g.pick(["APTO", "APTO", "APTO", "INAPTO temporariamente"]), cdt=g.city()[0], d=g.date("br"),
          md=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), co=P(g.person().full), crm2=(g.council("CRM"), "PROFESSIONAL_ID"),
          sig=P(p.first.lower()) if g.chance(0.4) else "")
    return doc


def sa_cat(g: Gen) -> Doc:
    """Workplace accident report (CAT) of a hotel employee, in the key: value layout of the e-Social printout."""
    doc = Doc()
    p = g.person()
    h = g.pick(HOTELS)
    t, sn, num, comp = g.street_parts()
    acc = g.pick([("queimadura de 2º grau no antebraço com óleo da fritadeira", "T22.2", "cozinha"),
                  ("queda de escada ao trocar lâmpada do salão de eventos", "S82.6", "salão de eventos"),
                  ("corte na mão com caco de vidro no recolhimento de louça", "S61.9", "restaurante"),
                  ("lombalgia aguda ao erguer colchão", "M54.5", "governança"),
                  ("afogamento evitado; aspirou água ao resgatar hóspede", "T75.1", "piscina")])
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO - CAT   nº recibo: «rc»\nTipo: «tp»   Emitente: empregador\n\n"
          "EMPREGADOR\n  Razão social ........ «h» LTDA\n  CNPJ ................ «cj»\n  CNAE ................ 5510-8/01\n\n"
          "ACIDENTADO\n  Nome ................ «nm»\n  Nascimento .......... «dob»\n  CPF ................. «cpf»\n  NIT/PIS ............. «pis»\n"
          "  CTPS ................ «ct»\n  Endereço ............ «ad»\n  CEP ................. «cep»\n  Telefone ............ «ph»\n  CBO ................. «cbo»\n\n",
          rc=f"1.{g.d(4)}.{g.d(10)}", tp=g.pick(["inicial", "inicial", "reabertura"]), h=fold(h).upper(), cj=(g.cnpj(), "BR_CNPJ"),
          nm=P(name_form(g, p, ["caps", "full"])), dob=(g.dob("br", 1962, 2006), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"),
          ct=f"{g.d(7)}/{g.d(4)}", ad=(f"{t} {sn}, {num}" + (f" - {comp}" if comp else ""), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          ph=(g.phone(), "PHONE_NUMBER"), cbo=g.pick(["5133-15 camareiro de hotel", "5132-05 cozinheiro geral", "5134-05 garçom", "5141-20 zelador"]))
    wit = g.person()
    doc.f("ACIDENTE\n  Data/hora ........... «d» «hm»\n  Local ............... «lc»\n  Descrição ........... «ds»\n  Houve afastamento ... «af»\n"
          "  Testemunha .......... «w» (tel. «wph»)\n\nATESTADO MÉDICO\n  Unidade ............. «un» (CNES «cnes»)\n  CID-10 .............. «cid»\n"
          "  Médico .............. «md» «crm»\n  Dias de afastamento . «dd»\n",
          d=g.date("br"), hm=g.hm(), lc=acc[2], ds=acc[0], af=g.pick(["sim", "não"]), w=P(name_form(g, wit, ["full", "caps", "short"])),
          wph=(g.phone(), "PHONE_NUMBER"), un=g.pick(["UPA Centro", "Hospital Santa Luzia", "Pronto Atendimento Bonfim", "Hospital São Bento"]),
          cnes=g.d(7), cid=acc[1], md=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), dd=g.rng.randint(0, 30))
    if g.chance(0.5):
        doc.f("\nResponsável pelo preenchimento: «r» (SESMT), técnica de segurança do trabalho, registro MTE «m»\n", r=P(g.person(female=True).full), m=g.d(6))
    else:
        doc.f("\nResponsável pelo preenchimento: «r» (SESMT), enfermeira do trabalho, «c»\n", r=P(g.person(female=True).full),
              c=(g.council("COREN"), "PROFESSIONAL_ID"))
    return doc


def sa_manipuladores(g: Gen) -> Doc:
    """CSV control of food handlers' health exams (kitchen of a hotel), signed by the nutritionist."""
    doc = Doc()
    h = g.pick(HOTELS)
    nut = g.person(female=g.chance(0.8))
    doc.f("controle_manipuladores_«h»_«y».csv\n", h=re.sub(r"[^a-z]", "_", fold(h).lower()), y=g.pick([2024, 2025]))
    rows = []
    for _ in range(g.rng.randint(5, 8)):
        p = g.person()
        fn, ln = first_last(p)
        if g.chance(0.25):
            fn, ln = fold(fn).upper(), fold(ln).upper()
        rows.append([V(g.d(4)), P(fn), P(ln), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), (g.dob("iso", 1960, 2006), "DATE_OF_BIRTH"),
                     V(g.pick(["cozinheiro", "aux_cozinha", "confeitaria", "copa", "garde_manger", "padeiro", "steward"])),
                     V(g.date("iso")), V(g.pick(["neg", "neg", "neg", "pos_giardia", "pendente"])), V(g.pick(["ok", "ok", "vencido", "agendado"])),
                     V(g.pick(["", "", "uso de touca/luva reforçado", "afastado até resultado", "troca de função"]))])
    table_csv(doc, ["matricula", "nome", "sobrenome", "cpf", "dt_nasc", "funcao", "dt_coprocultura", "resultado", "curso_boas_praticas", "obs"],
              rows, sep=g.pick([",", ";"]))
    doc.f("# RT: «n» — «c» — atualizar antes da visita da VISA (Lei 6.437/1977; RDC 216/2004)\n", n=P(name_form(g, nut, ["full", "short"])),
          c=(crn(g), "PROFESSIONAL_ID"))
    return doc


def sa_evento_medico(g: Gen) -> Doc:
    """E-mail report of the medical team contracted for a large event (festival/show), with the attendance list."""
    doc = Doc()
    ev = g.pick(EVENTS)
    coord = g.person()
    dom = g.pick(["vidamovel.med.br", "remocoesluz.com.br", "saudeeventos.com.br"])
    doc.f("From: «cn» <«ce»>\nTo: producao@«ev_d»; seguranca@«ev_d»\nSubject: Relatório médico — «ev» — «d»\n\n"
          "Boa tarde,\n\nsegue o consolidado do posto médico montado no evento «ev». Equipe: «md1» («crm1»), «md2» («crm2»), enf. «en» («coren»), "
          "«x» socorristas. Ambulâncias: UTI placa «p1» e USB placa «p2».\n\nTotal de atendimentos: «tot». Remoções: «rm».\n\n"
          "Atendimentos que demandaram registro:\n",
          cn=P(coord.full), ce=(corp_mail(coord, dom), "EMAIL_ADDRESS"), ev_d=re.sub(r"[^a-z]", "", fold(ev).lower())[:14] + ".com.br",
          ev=ev, d=g.date("br"), md1=P(g.person().full), crm1=(g.council("CRM"), "PROFESSIONAL_ID"), md2=P(g.person().short),
          crm2=(g.council("CRM"), "PROFESSIONAL_ID"), en=P(g.person(female=True).full), coren=(g.council("COREN"), "PROFESSIONAL_ID"),
          x=g.rng.randint(4, 20), p1=(g.plate(), "LICENSE_PLATE"), p2=(g.plate(), "LICENSE_PLATE"), tot=g.rng.randint(20, 300), rm=g.rng.randint(1, 6))
    for i in range(g.rng.randint(3, 5)):
        p = g.person()
        doc.f("«i». «hm» — «n», «dob», CNS «cns», «q»; contato «rel» «ph». «dst»\n", i=i + 1, hm=g.hm(),
              n=P(name_form(g, p, ["full", "caps", "low"])), dob=(g.dob(g.pick(["br", "short"]), 1960, 2009), "DATE_OF_BIRTH"),
              cns=(g.cns(), "BR_CNS"), q=g.pick(["intoxicação alcoólica (F10.0)", "síncope por calor", "crise de ansiedade", "entorse de tornozelo",
                                                 "ferimento corto-contuso no couro cabeludo", "hipoglicemia em DM1"]),
              rel=g.pick(["mãe", "amigo", "namorada", "pai", "irmã"]), ph=(g.phone(), "PHONE_NUMBER"),
              dst=g.pick(["Liberado.", "Removido ao HPS.", "Observação 2h e alta.", "Recusou remoção (termo assinado)."]))
    doc.f("\nAs fichas originais ficam sob guarda da empresa por 20 anos (CFM 1.821/2007). Qualquer dúvida: «ph».\n\n«cn2»\nCoordenação médica\n",
          ph=(g.phone("par"), "PHONE_NUMBER"), cn2=P(name_form(g, coord, ["full", "short"])))
    return doc


def sa_atestado(g: Gen) -> Doc:
    """HR e-mail forwarding an OCR-scanned sick note of a hotel employee to the payroll team."""
    doc = Doc()
    p = g.person()
    hr = g.person(female=True)
    h = g.pick(HOTELS)
    dom = re.sub(r"[^a-z]", "", fold(h.split()[-1]).lower()) + ".com.br"
    doc.f("De: «hr» <«he»>\nPara: dp@«dom»\nAssunto: atestado - «n» - «st»\n\nOi pessoal, segue atestado d«o» «fn» («st», matrícula «mt»). "
          "Lançar como falta justificada. Texto extraído do scan abaixo (o original está na pasta do funcionário).\n\n",
          hr=P(hr.full), he=(corp_mail(hr, dom), "EMAIL_ADDRESS"), dom=dom, n=P(name_form(g, p, ["short", "caps"])),
          st=g.pick(["governança", "cozinha", "recepção", "lazer", "manutenção"]), o=p.o, fn=P(p.first), mt=g.d(5))
    lab = lambda s: ocr(s, g, 0.3)
    md = g.person()
    doc.f("----- OCR (página 1/1) -----\n«cl»\n«t1»\n\n«t2» para os devidos fins que o(a) Sr(a). «nm», portador(a) do CPF «cpf», "
          "«t3» em «d» às «hm», devendo permanecer afastado(a) de suas atividades por «x» («xe») dias.\nCID: «cid»\n\n«c», «d»\n\n«md»\n«crm»\n"
          "«en»\n----- fim -----\n",
          cl=lab(g.pick(["CLÍNICA SÃO BENTO", "UBS ROSA BRANCA", "UPA 24H AURORA", "POLICLÍNICA DA LUZ"])), t1=lab("ATESTADO MÉDICO"),
          t2=lab("Atesto"), nm=P(ocr(name_form(g, p, ["full", "caps"]), g, 0.3)), cpf=(ocr(g.cpf("dot"), g, 0.3, digits=True), "BR_CPF"),
          t3=lab("foi atendido(a) nesta unidade"), d=g.date("br"), hm=g.hm(), x=(x := g.rng.randint(1, 5)),
          xe=["um", "dois", "três", "quatro", "cinco"][x - 1], cid=g.pick(["A09", "J06.9", "M54.5", "K52.9", "B34.9", "R51", "não autorizado pelo paciente"]),
          c=g.city()[0], md=P(ocr(name_form(g, md, ["full", "caps"]), g, 0.2)), crm=(ocr(g.council("CRM"), g, 0.2, digits=True), "PROFESSIONAL_ID"),
          en=g.pick(["Carimbo ilegível", "(assinatura)", "Rua Bento Amaral, 300 — Centro (endereço da clínica)"]))
    doc.f("\n«hr2»\nGente & Gestão | «h» | «ph»\n", hr2=P(name_form(g, hr, ["first", "full"])), h=h, ph=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


# =========================================================================== financeiro

BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6")]


def brl(g: Gen, lo: int, hi: int) -> str:
    return g.money(lo, hi)


def e2e(g: Gen) -> str:
    return f"E{g.d(8)}{g.date('compact')}{g.d(4)}{g.hexs(7).upper()}"


def fi_folha(g: Gen) -> Doc:
    """Monthly payroll of hotel staff (ruled or plain columns) with service-charge split and payment accounts."""
    doc = Doc()
    h = g.pick(HOTELS)
    mm, yy = g.rng.randint(1, 12), g.pick([2024, 2025])
    doc.f("«h» LTDA — CNPJ «cj»\nFOLHA DE PAGAMENTO — COMPETÊNCIA «m:02d»/«y»   (inclui rateio da taxa de serviço 10%, Lei 13.419/2017)\n\n",
          h=fold(h).upper(), cj=(g.cnpj(), "BR_CNPJ"), m=mm, y=yy)
    doc.text = doc.text.replace("«m:02d»", f"{mm:02d}")
    rows = []
    for _ in range(g.rng.randint(5, 7)):
        p = g.person()
        b = g.pick(BANKS)
        rows.append([P(name_form(g, p, ["caps", "caps", "full"])), (g.cpf("dot"), "BR_CPF"), (g.pis("dot"), "BR_PIS"),
                     V(g.pick(["CAMAREIRA", "GARCOM", "COZINHEIRO", "RECEPCIONISTA", "MANOBRISTA", "GOVERNANTA", "BARMAN", "AUX MANUT"])),
                     V(g.date("br", year=g.pick([2016, 2019, 2021, 2023, 2024]))), V(brl(g, 1500, 4200)), V(brl(g, 150, 1400)),
                     V(b[0]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V(brl(g, 1500, 5200))])
    table_ruled(doc, ["Colaborador", "CPF", "PIS", "Função", "Admissão", "Sal. base", "Gorjeta", "Bco", "Ag.", "Conta", "Líquido"], rows,
                ruler=g.chance(0.6))
    rh = g.person()
    doc.f("\nTotal líquido: R$ «t»   FGTS: R$ «f»   Guia DARF «dr»\nObs.: «o»\nConferido por «c» (DP) em «d». Aprovado: «a».\n",
          t=brl(g, 15000, 60000), f=brl(g, 1500, 5000), dr=g.neg(11) if g.chance(0.6) else g.d(17),
          o=g.pick(["camareira afastada (auxílio-doença) recebe pelo INSS a partir do 16º dia", "pensão alimentícia descontada em folha",
                    "adiantamento quinzenal já descontado", "seria prudente revisar o rateio da gorjeta do bar"]),
          c=P(rh.full), d=g.date("br"), a=P(g.person().short))
    nh = g.person()
    fn = g.pick(["manobrista", "motorista do transfer", "recepcionista", "camareira"])
    doc.f("Admissão no mês: «n» («fn»), nasc. «dob», CPF «c», PIS «pis», título de eleitor «t»",
          n=P(name_form(g, nh, ["full", "caps"])), fn=fn, dob=(g.dob("br", 1975, 2006), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"),
          pis=(g.pis(), "BR_PIS"), t=(g.titulo(), "BR_TITULO_ELEITOR"))
    if fn.startswith(("manobrista", "motorista")):
        doc.f(", CNH «c» cat. «k»", c=(g.cnh(), "BR_CNH"), k=g.pick(["B", "AB", "D"]))
    doc.t(". Conta salário a abrir.\n")
    if g.chance(0.5):
        p = g.person(female=True)
        doc.f("Pensão alimentícia: beneficiária «b» (CPF «c»), depósito ag. «ag» conta «cc».\n", b=P(p.full), c=(g.cpf(), "BR_CPF"),
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    return doc


def fi_estorno(g: Gen) -> Doc:
    """Helpdesk ticket of a refund / chargeback of a cancelled package, with internal notes."""
    doc = Doc()
    p = g.person()
    an = g.person()
    doc.f("Ticket #«t» · Financeiro › Estornos · Prioridade: alta\nSolicitante: «n» <«em»>\nResponsável: «an»\nCriado em: «d» «hm»\n\n",
          t=g.d(6), n=P(p.full), em=(g.email(p), "EMAIL_ADDRESS"), an=P(an.full), d=g.date("br"), hm=g.hm())
    dest = g.pick(CITY_TOUR)
    doc.f("[cliente] Comprei o pacote «dest» (pedido «pd») e cancelei dentro dos 7 dias. Paguei no cartão «cc» em «par»x. "
          "Até agora nada. Meu CPF é «cpf». Se for mais fácil podem devolver por Pix na chave «pk».\n\n",
          dest=dest, pd=f"PED-{g.d(7)}", cc=(g.card(g.chance(0.7)), "CREDIT_CARD"), par=g.rng.randint(2, 12), cpf=(g.cpf(), "BR_CPF"),
          pk=(g.uuid(), "PIX_KEY"))
    doc.f("[nota interna — «an»] Adquirente: Cielo, NSU «nsu», TID «tid». Cartão na base aparece como «mask». Venda feita do IP «ip» "
          "(mesma cidade do titular). Regra: cancelamento em 7 dias (art. 49 CDC) = estorno integral de R$ «v».\n\n",
          an=P(an.first), nsu=g.d(6), tid=g.d(20), mask=f"{g.d(6)}******{g.d(4)}", ip=(g.ip(), "IP_ADDRESS"), v=brl(g, 1500, 14000))
    k = g.rng.randint(0, 2)
    if k == 0:
        doc.f("[nota interna — «s»] Fatura já fechou; estorno vira crédito na próxima. Se o cliente preferir, devolver via Pix na chave aleatória informada. "
              "Aprovado por «ap».\n\n", s=P(g.person().first), ap=P(g.person().full))
    elif k == 1:
        doc.f("[nota interna — «s»] Cliente pediu TED para conta de terceiro (esposa «es»): «bn», ag «ag», cc «cc». Negado — só para o titular.\n\n",
              s=P(g.person().first), es=P(g.relative(p, female=True).full), bn=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("[nota interna — «s»] CHARGEBACK aberto pelo emissor (motivo 4853) antes do estorno. Juntar voucher, FNRH e print do chat; "
              "cartão do chargeback: «cc2». Prazo de defesa: «d».\n\n", s=P(g.person().first), cc2=(g.card(False), "CREDIT_CARD"), d=g.date("br"))
    doc.f("[sistema] status alterado para AGUARDANDO ADQUIRENTE por «lg»\n[cliente] «msg»\n",
          lg=login(an), msg=g.pick(["ok, obrigado", "vou aguardar mas já abri no Procon", "conta de luz vencendo e vocês segurando meu dinheiro...", "valeu!"]))
    return doc


def fi_venda(g: Gen) -> Doc:
    """Travel agency sales sheet (ficha de venda) for a package, with passengers and card payment taken by phone."""
    doc = Doc()
    ag = g.pick(AGENCIES)
    vend = g.person()
    p = g.person()
    dest = g.pick(CITY_TOUR)
    ci, co = stay(g)
    doc.f("«ag» | FICHA DE VENDA «n»\nVendedor(a): «v»   Data: «d»   Loja: «lj»\n\nDestino: «dest»   Período: «ci» a «co»\n"
          "Aéreo: «cia» loc. «loc»   Hotel: «h»\n\nPASSAGEIROS\n",
          ag=ag, n=g.d(6), v=P(vend.full), d=g.date("br"), lj=g.pick(["Shopping Aurora", "Centro", "online", "Shopping Bento"]), dest=dest, ci=ci, co=co,
          cia=g.pick(["LATAM", "GOL", "Azul"]), loc="".join(g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), h=g.pick(HOTELS))
    pax = [p] + [g.relative(p) for _ in range(g.rng.randint(1, 3))]
    rows = []
    for i, x in enumerate(pax):
        dob = g.dob("br", 1950, 2005) if i == 0 else g.dob("br", 1950, 2024)
        yr = int(dob[-4:])
        tp = "INF" if yr >= 2023 else ("CHD" if yr >= 2013 else "ADT")
        rows.append([P(name_form(g, x, ["caps", "caps", "full"])), (dob, "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if (tp == "ADT" or g.chance(0.5)) else V("—"), V(tp)])
    table_ruled(doc, ["Nome (igual ao documento)", "Nascimento", "CPF", "Tipo"], rows, ruler=g.chance(0.5))
    t, sn, num, comp = g.street_parts()
    doc.f("\nContato: «ph» / «em»\nEndereço de cobrança: «ad» — CEP «cep»\n\nPAGAMENTO\n  Total: R$ «tot»\n  Entrada Pix: R$ «en»\n"
          "  Saldo no cartão «bd» nº «cc» val. «vl» CVV *** em «px»x sem juros\n",
          ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"), ad=(f"{t} {sn}, {num}" + (f", {comp}" if comp else ""), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), tot=brl(g, 4000, 30000), en=brl(g, 500, 3000), bd=g.pick(["Visa", "Master", "Elo"]),
          cc=(g.card(g.chance(0.6)), "CREDIT_CARD"), vl=f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 32)}", px=g.rng.randint(2, 10))
    if g.chance(0.4):
        o = g.person()
        doc.f("\n  Titular do cartão: «o», CPF «c» (cartão de terceiro, autorização assinada)\n", o=P(name_form(g, o, ["caps", "full"])), c=(g.cpf(), "BR_CPF"))
    else:
        doc.f("\n  Titular do cartão: «tc» (o próprio passageiro)\n", tc=P(name_form(g, p, ["caps", "full"])))
    doc.f("\nObs. do vendedor: «ob»\nComissão: «cm»% — fechamento «fc»\n",
          ob=g.pick(["cliente pediu quarto com vista; hotel não garante", "seguro viagem recusado (assinou termo)",
                     "aniversário da esposa no dia 2, pedir bolo ao hotel", "passageiro CHD precisa de autorização de viagem"]),
          cm=g.rng.randint(5, 12), fc=g.date("br"))
    return doc


def fi_ingressos(g: Gen) -> Doc:
    """Ticketing platform order export (CSV) for an event, with the fraud analyst's notes on suspicious orders."""
    doc = Doc()
    ev = g.pick(EVENTS)
    doc.f("pedidos_«e»_«d».csv — exportado do painel do produtor (lote «l»)\n", e=re.sub(r"[^a-z]", "_", fold(ev).lower()), d=g.date("compact"),
          l=g.rng.randint(1, 4))
    rows = []
    sus = []
    for _ in range(g.rng.randint(5, 7)):
        p = g.person()
        tipo = g.pick(["inteira", "inteira", "meia_estudante", "meia_idoso", "meia_pcd", "cortesia"])
        ip = g.ip()
        cpf = g.cpf("raw")
        rows.append([V(f"{g.pick(['ING', 'ORD', 'SYM'])}{g.d(8)}"), V(g.date("iso") + " " + g.hms()), P(name_form(g, p, ["full", "full", "caps", "low"])),
                     (cpf, "BR_CPF"), (g.email(p), "EMAIL_ADDRESS"), (g.phone("raw"), "PHONE_NUMBER"), V(tipo),
                     (g.dob("iso", *{"meia_idoso": (1938, 1964), "meia_estudante": (1996, 2009)}.get(tipo, (1950, 2008))), "DATE_OF_BIRTH")
                     if tipo.startswith("meia") else V(""), (g.cep(g.chance(0.5)), "BR_CEP") if g.chance(0.85) else V(""),
                     V(g.pick(["pix", "cartao_credito", "cartao_credito", "boleto"])), V(g.money(40, 900).replace(".", "").replace(",", ".")),
                     (ip, "IP_ADDRESS"), V(g.pick(["aprovado", "aprovado", "aprovado", "em_analise", "chargeback"]))])
        if rows[-1][-1][0] in ("em_analise", "chargeback"):
            sus.append((p, ip))
    table_csv(doc, ["pedido", "data_compra", "comprador", "cpf", "email", "celular", "tipo_ingresso", "dt_nasc_meia", "cep", "forma_pgto", "valor",
                    "ip_compra", "status"], rows, sep=g.pick([",", ";"]))
    an = g.person()
    doc.f("\n## análise antifraude («a», «d»)\n", a=P(an.short), d=g.date("br"))
    if not sus:
        doc.t("- nenhum pedido suspeito neste lote.\n")
    for p, ip in sus:
        k = g.rng.randint(0, 2)
        if k == 0:
            doc.f("- «n»: 14 pedidos do mesmo IP «ip» em 3 min, cartões diferentes (um deles «cc»). Bloquear CPF e IP.\n",
                  n=P(p.first), ip=(ip, "IP_ADDRESS"), cc=(g.card(), "CREDIT_CARD"))
        elif k == 1:
            doc.f("- «n»: meia-entrada com documento que não confere com a data de nascimento; pedir documento na portaria. Contato alternativo «ph».\n",
                  n=P(p.short), ph=(g.phone(), "PHONE_NUMBER"))
        else:
            doc.f("- «n»: chargeback 'não reconhece a compra', mas o ingresso foi validado na catraca em «d» por «s» (portaria B).\n",
                  n=P(p.full), d=g.date("br"), s=P(g.person().first))
    return doc


def fi_repasse(g: Gen) -> Doc:
    """Payment batch to freelance tour guides and event staff (RPA), with Pix keys of several kinds."""
    doc = Doc()
    ag = g.pick(AGENCIES + ["Nassar Eventos e Turismo Ltda", "Produtora Rosa Fest"])
    doc.f("«ag» — CNPJ «cj»\nLOTE DE PAGAMENTO RPA «n» — serviços prestados em «m»\n\n", ag=ag, cj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          n=g.d(4), m=g.pick(["jan/2025", "fev/2025", "jul/2024", "dez/2024", "out/2025"]))
    for i in range(g.rng.randint(4, 6)):
        p = g.person()
        guide = g.chance(0.6)
        doc.f("«i») «n» — CPF «c» — NIT «nit»\n   ", i=i + 1, n=P(name_form(g, p, ["full", "caps"])), c=(g.cpf(), "BR_CPF"), nit=(g.pis(), "BR_PIS"))
        if guide:
            doc.f("guia de turismo, «cad» — «sv»\n", cad=(cadastur_id(g), "PROFESSIONAL_ID"),
                  sv=g.pick(["city tour 4h", "trilha guiada 2 dias", "receptivo aeroporto", "passeio de escuna"]))
        else:
            doc.f("«sv»\n", sv=g.pick(["recepcionista de evento (2 diárias)", "segurança de portaria", "montagem de estande", "monitor infantil"]))
        if g.chance(0.6):
            doc.f("   end.: «ad», «c» — CEP «cep»\n", ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), c="/".join(g.city()), cep=(g.cep(), "BR_CEP"))
        bruto = g.rng.randint(30000, 250000)
        doc.f("   bruto R$ «b» | INSS 11% R$ «inss» | ISS R$ «iss» | líquido R$ «liq»\n   pagamento: ", b=fmt_money(bruto),
              inss=fmt_money(bruto * 11 // 100), iss=fmt_money(bruto * 5 // 100), liq=fmt_money(bruto - bruto * 16 // 100))
        k = g.rng.randint(0, 4)
        if k == 0:
            doc.f("Pix chave aleatória «pk»\n", pk=(g.uuid(), "PIX_KEY"))
        elif k == 1:
            doc.f("Pix chave e-mail «em»\n", em=(g.email(p), "EMAIL_ADDRESS"))
        elif k == 2:
            doc.f("Pix chave celular «ph»\n", ph=(g.phone(g.pick(["e164", "par", "plus"])), "PHONE_NUMBER"))
        elif k == 3:
            doc.f("Pix chave CPF (a mesma)\n")
        else:
            b = g.pick(BANKS)
            doc.f("TED «bn» («bc») ag «a» cc «cc»\n", bn=b[1], bc=b[0], a=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("\nAutorizado por «a» (financeiro) · conferência «c» · arquivo CNAB enviado em «d» às «h»\n", a=P(g.person().full),
          c=P(name_form(g, g.person(), ["first", "short"])), d=g.date("br"), h=g.hm())
    return doc


def fmt_money(cents: int) -> str:
    r, c = divmod(cents, 100)
    return f"{r:,}".replace(",", ".") + f",{c:02d}"


def fi_conciliacao(g: Gen) -> Doc:
    """Hotel bank reconciliation: OTA payouts, Pix credits with truncated payer names, card settlements."""
    doc = Doc()
    h = g.pick(HOTELS)
    b = g.pick(BANKS)
    d1, d2 = stay(g, "br")
    doc.f("CONCILIAÇÃO BANCÁRIA — «h»\nBanco «bn» ag. «ag» c/c «cc» — período «d1» a «d2»\nResponsável: «r»\n\n",
          h=h, bn=b[1], ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(True), "BANK_ACCOUNT"), d1=d1, d2=d2,
          r=P(g.person().full))
    rows = []
    ota = g.pick(["BOOKING.COM BRASIL", "EXPEDIA DO BRASIL", "DECOLAR.COM LTDA", "HOTELBEDS"])
    ota_cj = g.cnpj()
    for _ in range(g.rng.randint(6, 9)):
        k = g.rng.randint(0, 4)
        dt = g.date("short")
        if k == 0:
            p = g.person()
            nm = fold(p.full).upper()[:g.rng.randint(18, 26)].rstrip()
            rows.append([V(dt), V("PIX RECEBIDO"), P(nm), V(g.pick(["sinal reserva ", "diarias ", "evento "]) + reserva(g)), V(brl(g, 150, 6000)), V("OK")])
        elif k == 1:
            p = g.person()
            rows.append([V(dt), V("PIX RECEBIDO"), (g.cpf("dot"), "BR_CPF"), V("sem identificação"), V(brl(g, 100, 2000)), V("PENDENTE")])
        elif k == 2:
            rows.append([V(dt), V("TED RECEBIDA"), V(ota), (ota_cj, "BR_CNPJ"), V(brl(g, 5000, 80000)), V("OK")])
        elif k == 3:
            rows.append([V(dt), V("CRED CIELO"), V("lote " + g.d(6)), V("antecipação"), V(brl(g, 1000, 30000)), V("OK")])
        else:
            p = g.person()
            rows.append([V(dt), V("PIX ENVIADO"), P(fold(p.short).upper()), V("estorno " + reserva(g)), V("-" + brl(g, 100, 3000)), V("OK")])
    table_ruled(doc, ["Data", "Histórico", "Contraparte", "Documento/Ref.", "Valor", "Conc."], rows, ruler=g.chance(0.5))
    p = g.person()
    doc.f("\nPendências:\n- Pix de R$ «v» sem identificação: pagador «n» (CPF «c»), chave de origem «pk». Ligar no «ph» para identificar a reserva.\n"
          "- e2e «e» devolvido pelo banco (MED) — não é fraude, cliente desistiu.\n- Cielo: divergência de R$ «dv» no lote de «d».\n",
          v=brl(g, 100, 2000), n=P(fold(p.full).upper()), c=(g.cpf(), "BR_CPF"), pk=(g.uuid(), "PIX_KEY"), ph=(g.phone(), "PHONE_NUMBER"),
          e=e2e(g), dv=brl(g, 1, 400), d=g.date("br"))
    return doc


def fi_cityledger(g: Gen) -> Doc:
    """Corporate event billing (city ledger invoice) with the rooming list and the company contact."""
    doc = Doc()
    h = g.pick(HOTELS)
    co = g.pick(COMPANIES)
    ct = g.person()
    ci, cout = stay(g)
    dom = re.sub(r"[^a-z]", "", fold(co.split()[0]).lower()) + ".com.br"
    doc.f("«h» — Departamento de Eventos\nFATURA «n» / CITY LEDGER\n\nCliente: «co»   CNPJ: «cj»\nContato: «ct» — «ce» — «cph»\n"
          "Evento: «ev» («ci» a «co2»)   Bloqueio: «bl» aptos\n\nROOMING LIST (diárias faturadas à empresa; extras por conta do hóspede)\n",
          h=h, n=f"{g.d(5)}-{g.pick([2024, 2025])}", co=co, cj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), ct=P(ct.full),
          ce=(corp_mail(ct, dom), "EMAIL_ADDRESS"), cph=(g.phone(), "PHONE_NUMBER"),
          ev=g.pick(["Convenção anual de vendas", "Treinamento de gerentes", "Festa de fim de ano", "Workshop de fornecedores"]),
          ci=ci, co2=cout, bl=g.rng.randint(10, 60))
    rows = []
    for _ in range(g.rng.randint(5, 8)):
        p = g.person()
        rows.append([V(uh(g)), P(name_form(g, p, ["caps", "full", "inv_title", "inverted"])), V(g.pick(["SGL", "DBL", "TWN"])),
                     V(str(g.rng.randint(1, 4))), V(brl(g, 280, 900)), V(brl(g, 0, 600) if g.chance(0.5) else "0,00")])
    table_ruled(doc, ["UH", "Hóspede", "Tipo", "Diárias", "Tarifa", "Extras"], rows, ruler=g.chance(0.5))
    fin = g.person()
    doc.f("\nTotal: R$ «t» (ISS 5% incluso)   Vencimento: «v»\nPagamento: boleto anexo ou depósito «bn», ag. «ag», conta «cc», favorecido «h».\n"
          "Contestação de extras: o frigobar da UH «u» (hóspede «gh») foi contestado; «w».\n\nEmitido por «f» — «fe»\n",
          t=brl(g, 10000, 150000), v=g.date("br"), bn=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          h=h, u=rows[0][0][0], gh=P(g.person().short), w=g.pick(["seria prudente abonar", "mantido conforme comanda assinada", "abonado como cortesia"]),
          f=P(fin.full), fe=(corp_mail(fin, re.sub(r"[^a-z]", "", fold(h.split()[-1]).lower()) + ".com.br"), "EMAIL_ADDRESS"))
    return doc


TEMPLATES = {
    "atendimento": [at_fnrh, at_booking_csv, at_whats, at_lost_found, at_complaint, at_credenciamento, at_voucher],
    "juridico": [ju_peticao, ju_trabalhista, ju_procon, ju_incidente, ju_contrato, ju_lgpd, ju_acordo],
    "saude": [sa_surto, sa_ambulatorio, sa_aso, sa_cat, sa_manipuladores, sa_evento_medico, sa_atestado],
    "financeiro": [fi_folha, fi_estorno, fi_venda, fi_ingressos, fi_repasse, fi_conciliacao, fi_cityledger],
}


ENCODED = re.compile(r"=[0-9A-F]{2}|%[0-9A-F]{2}|&#\d+;|&[a-z]+;")
ELEVEN = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2}|\d{11})(?![\d.\-/]\d)")


def check(record: dict) -> int:
    """Assert the record's spans are sound; return how many unlabelled 11-digit numbers it holds."""
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
        elif lab == "IP_ADDRESS":
            assert all(0 <= int(x) <= 255 for x in v.split(".")) and v.count(".") == 3, (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.search(r"\d", v), (record["id"], v)
    # hard negatives: every unlabelled 11-digit number (plain or dotted like a CPF) fails the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    negs = 0
    for m in ELEVEN.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        n = re.sub(r"\D", "", m.group(1))
        assert not cpf_ok(n), (record["id"], m.group(1))
        negs += 1
    return negs


LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}
NEGS = [0]


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: s["start"])
                record = {"id": f"{domain}-{index}-{copy}", "domain": domain, "text": doc.text, "spans": spans}
                NEGS[0] += check(record)
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
                if w.lower() in PARTICLES or w.lower() == "e":
                    continue
                total += 1
                rare += fold(w).lower() in folded
    return rare / max(total, 1)


def main() -> None:
    records = build()
    assert len({r["id"] for r in records}) == len(records)
    assert len(records) == 280, len(records)
    with (HERE / "sixtysecond.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("sixtysecond", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  unlabelled 11-digit numbers (all fail the CPF check): {NEGS[0]}")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
