"""Build the forty-third labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fortythird_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 4343,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: beauty, aesthetics, dentistry and personal-care
services -- hair salons and barbershops (booking over WhatsApp, client cards, commission
sheets), aesthetic clinics (toxin and filler records, consent and image-use terms,
complications), dental offices (odontograms, treatment plans, orthodontic contracts,
prosthesis lab orders, dental-plan GTO guides and reimbursements), tattoo and piercing
studios (minors' guardians, health questionnaires), spas and massage, cosmetics e-commerce
and subscription boxes, consumer complaints, lawsuits and council (CRO/COREN) ethics cases.
- atendimento: a WhatsApp chat export of a salon booking (bot, receptionist, client giving
  CPF, birth date and e-mail, a Pix deposit; half the exports show the client's number
  instead of a name); a client card printed from salon software (technical notes, service
  history with the professionals); a tattoo/piercing studio's authorization signed by a
  minor's guardian (documents, health questions, e-signature trail with IP); a cosmetics
  e-commerce SAC ticket for an order marked delivered but not received (internal note with
  purchase IP, delivery address, courier and plate); a chat where a beauty-box subscriber
  cancels (bot, then an agent; the client pastes a new card number); a spa gift-voucher
  e-mail and the day's front-desk agenda; a public complaint (Reclame-Aqui-like) about a
  procedure gone wrong, the company's answer and the consumer's rejoinder.
- juridico: an initial petition at a small-claims court against an aesthetic clinic and its
  physician (full qualification of the plaintiff, CNJ number, PJe footer with IP); hearing
  minutes of a CRO ethics case (parties, lawyers, witnesses); an orthodontic contract for a
  minor (guardian's qualification, direct-debit account, witnesses, D4Sign log with IPs); a
  PROCON complaint record against a cosmetics shop (numeric or alphanumeric CNPJ); a
  settlement agreement after a chemical burn in a salon (payment to an account or a random
  Pix key); a COREN inspection report on a nurse doing injectables; a court expert's dental
  report (laudo pericial) on failed implants.
- saude: a dental chart (odontogram in FDI notation, TUSS-coded plan, signed evolution); a
  toxin/filler application record with lots, units and the image-use consent; an e-mail
  thread on a vascular occlusion after filler and the referral letter to the ER; a work
  order to a prosthesis laboratory (dentist, TPD, courier's motorcycle plate); an online
  anamnesis form before a tattoo or micropigmentation; a GTO (TISS layout) of a dental plan;
  a spa / massage-therapy intake sheet of a pregnant client with the obstetrician's clearance.
- financeiro: a salon commission sheet (salão-parceiro, Lei 13.352/2016) as CSV with MEI
  CNPJs, NIT/PIS, Pix keys of every kind and accounts; a dental clinic's overdue-installments
  report with the collector's notes; a cosmetics chargeback dispute (gateway JSON that logged
  the full PAN); an NFS-e of an aesthetic, dental or spa service; an employee registration
  (eSocial S-2200-like) of a barbershop or clinic hire with dependants; a beauty-box billing
  worker's JSON log lines; a dental-plan reimbursement request with the dentist's receipt.

Conventions (the twentieth set's, as restated for the blind sets): PERSON covers the name
only, never "Sr.", "Dra.", "dona", "seu"; particles inside a name (de, da, dos, e) and
suffixes (Filho, Júnior, Neto, Sobrinho) are part of it; "SURNAME, Given" is one span;
nicknames and first names alone are persons. Staff named in the text (receptionists,
professionals, attendants, analysts, collectors, nurses, dentists, physicians, lawyers,
council members, couriers) are persons; logins (caixa01, recepcao2), system names, bots
("Lia", "Flor", "Aurora Bot", "Rosinha" -- a bot called Flor or Aurora is not a person) and a
chat's "Atendente"/"Sistema" are not. Corporate e-mails of people are EMAIL_ADDRESS; role
mailboxes (sac@, reservas@, qualidade@) are not labelled. ADDRESS is street type + name +
number + complement (not district, city, state; CEP is BR_CEP); a company's address (a
clinic's seat, the salon's address in a booking confirmation, the NFS-e provider) is not
labelled. Agency and account are separate BANK_ACCOUNT spans; bank codes are not.
DATE_OF_BIRTH only for birth dates (of clients, patients, minors, dependants, employees);
appointment, procedure, return, due, admission and signature dates are not.
PROFESSIONAL_ID includes the council acronym and UF or region as written ("CRO-SP 12345",
"CRO/MG nº 4321", "CRM/BA 98765", "COREN-RS 110350-TE", "CRBM-4 33442",
"CREFITO-3/123456-F", "OAB/RJ 98.765"). PIX_KEY only for random (UUID) keys used as Pix
keys; Pix keys that are a CPF, e-mail or phone take those labels; a CNPJ used as the salon's
Pix key is BR_CNPJ. CNPJs of companies are BR_CNPJ (both forms). Masked values
("***.664.615-**", "final 1017", "****.****.****.1017"), health- and dental-plan card
numbers, internal ids, order, ticket, protocol, NSU, contract, guide, CNES, ANS and TUSS
numbers, tracking codes, product lots, NF-e keys and CNJ numbers are not labelled.

Decided here: every phone number written in full (DDD + number) is PHONE_NUMBER, also when
it is a small business's WhatsApp or a dentist's office line -- in this register those are
the owners' own phones; national-rate and toll-free numbers written without a DDD
("4003-2211", "4004-1234", "0800 770 1234") are not labelled. A technician in dental
prosthesis is registered with the CRO, and "TPD CRO/PI 16684" / "CRO-SP TPD 4567" is one
PROFESSIONAL_ID span. A random Pix key of a company (a salon's deposit key) is still
PIX_KEY. An Instagram handle (@gabriela_pinhei) is not labelled. A name inside an e-mail
address is not a separate PERSON. Tooth numbers (FDI 11-48), unit doses and shade codes
are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Evanúbia, Ziraldina, Wllyane, Uoshington, Dheyvid, Creusvaldo; Italian, German, Japanese,
Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese, Bolivian, indigenous, Jewish,
Polish, Venezuelan), at least a quarter of the name words rare or invented (main() prints
the share); names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Pérola, Bento,
Prudente, Amado, Branco, Clemente, Modesto) next to the same words as words ("esmalte rosa
nude", "luz intensa pulsada", "flor de sal", "cabelo branco", "seria prudente", "tom
aurora") and in places, streets, hospitals and businesses (Presidente Prudente, Bento
Gonçalves, Rua Rosa e Silva, Hospital Santa Rosa, Barbearia Dom Bento, Spa Flor de Sal,
Clínica Vitória Estética), which are not persons. Forms: full, ALL CAPS without accents,
lower case, first name alone, nicknames (Dalvinha, Bira, Zé Carlos), short "First Last".

Hard negatives (never labelled): CNJ process numbers, 11-digit protocol and guide numbers
failing the CPF check (check() asserts that no unlabelled CPF-shaped number passes it),
ICD-10 codes (L23.5, T88.7, K08.1), TUSS and CBO codes, money, order numbers and tracking
codes, NSU and NF-e numbers, plan card numbers, laws and resolutions (Lei 8.078/1990, Res.
CFO-118/2012, Lei 13.352/2016), company names with surnames (Clínica Kalil & Zogbi,
Instituto Lustosa de Harmonização Facial, ProtLab Zanatta, Maison Haddad Coiffeur), streets
honouring people named alone as places ("estacionamento conveniado na Barão de Mauá"),
dates that are not birth dates, masked CPFs and cards.
"""

from __future__ import annotations

import ipaddress
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 4343
OUT_NAME = "fortythird.jsonl"

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
WEEKDAYS = ["segunda", "terça", "quarta", "quinta", "sexta", "sábado"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Ana Paula", "Juliana", "Fernanda", "Patrícia", "Camila", "Amanda", "Larissa", "Gabriela", "Letícia",
        "Mariana", "Beatriz", "Adriana", "Cristiane", "Simone", "Priscila", "Tatiane", "Luciana", "Sandra",
        "Viviane", "Aline", "Isabela", "Manuela", "Sofia", "Heloísa", "Valentina", "Maria Eduarda", "Maria Clara",
        "Ana Júlia", "Fabiana", "Elaine", "Roberta", "Kelly", "Jaqueline", "Carla"]
RARE_F = ["Dejanira", "Edinalva", "Rozilda", "Ivoneide", "Maricleide", "Genilda", "Josefa Dalva", "Cleonice",
          "Lucivânia", "Marinalva", "Edileusa", "Railda", "Vandelúcia", "Kemilly", "Ysabelly", "Anny Gabrielly",
          "Thayllane", "Rhayssa", "Sthefany", "Kethlen", "Dorotéia", "Benedita", "Zenaide", "Doralice",
          "Audenísia", "Francisleide", "Gleiciane", "Lucineide", "Nayane", "Adrielly", "Jucilene", "Ziraldina",
          "Evanúbia", "Lorrayne", "Wllyane", "Deysiane", "Terezinha", "Iraci"]
PT_M = ["João Pedro", "Lucas", "Gabriel", "Rafael", "Matheus", "Gustavo", "Bruno", "Thiago", "Rodrigo", "Diego",
        "Eduardo", "Ricardo", "Roberto", "Antônio", "Francisco", "José Carlos", "Luís Fernando", "Vinícius",
        "Henrique", "Miguel", "Arthur", "Heitor", "Bernardo", "Murilo", "Fábio", "Márcio", "Anderson", "Everton",
        "Adriano", "Rogério", "Edson", "Gilberto", "Sebastião"]
RARE_M = ["Cleomar", "Deusdete", "Erivelton", "Gildásio", "Lindoval", "Manoelito", "Nilvan", "Orlandino",
          "Raimundo Nonato", "Tibério", "Ubiratan", "Valdomiro", "Weverton", "Zenóbio", "Adenilson", "Belarmino",
          "Creusvaldo", "Dijalma", "Francimar", "Gerivaldo", "Juscelino", "Kauan Wesley", "Ryquelme", "Kaíque",
          "Jhonatan", "Welerson", "Otoniel", "Anésio", "Aderbal", "Leonídio", "Sizenando", "Maxwell", "Josivan",
          "Edcarlos", "Uoshington", "Dheyvid"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Rocha", "Dias", "Monteiro",
          "Moreira", "Fernandes", "Batista", "Soares", "Miranda", "Pires", "Cunha", "Melo", "Barros", "Fonseca",
          "Tavares", "Borges", "Sampaio", "Xavier", "Guimarães", "Medeiros", "Farias", "Brandão", "Coelho",
          "Bezerra", "Siqueira", "Vasconcelos", "Conceição", "Nascimento"]
RARE_SUR = ["Catunda", "Bezerril", "Quintela", "Lustosa", "Caminha", "Jatahy", "Arruda Câmara", "Benevides",
            "Cajazeira", "Dourado", "Gondim", "Ibiapina", "Jucá", "Mourão", "Norões", "Ouriques", "Pestana",
            "Quaresma", "Rabelo", "Sarmento", "Tenório", "Uchoa", "Valadares", "Wanderley", "Ximenes",
            "Cabuçu", "Tapajós", "Guaraciaba", "Aragão", "Bulcão", "Carapeba", "Frota", "Leal Mascarenhas",
            "Mota Veiga", "Peregrino", "Sucupira", "Trindade Lobo", "Vilaça", "Zanotelli"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Pérola", "Esperança"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Justo", "Clemente", "Modesto"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Flor", "Vitória", "Leite", "Coelho",
            "Cordeiro", "Carneiro", "Raposo", "Pinheiro", "Aurora", "Bastos"]
NICK = {"Josefa Dalva": "Dalvinha", "Raimundo Nonato": "Nonato", "Francisco": "Chico", "José Carlos": "Zé Carlos",
        "Antônio": "Tonho", "Benedita": "Dita", "Terezinha": "Tê", "Maria Eduarda": "Duda", "João Pedro": "JP",
        "Deusdete": "Dete", "Sebastião": "Tião", "Manoelito": "Lito", "Gabriela": "Gabi", "Fernanda": "Nanda",
        "Ubiratan": "Bira", "Francisleide": "Leide", "Luís Fernando": "Nando", "Valdomiro": "Miro",
        "Heloísa": "Helô", "Juscelino": "Celinho", "Roberto": "Beto", "Ana Paula": "Aninha", "Kemilly": "Mimi",
        "Lorrayne": "Lolo", "Belarmino": "Mino", "Rodrigo": "Digão", "Patrícia": "Paty", "Vitória": "Vivi"}
FOREIGN = {
    "it": (["Giuliana", "Fiorella", "Antonella"], ["Giuseppe", "Enrico", "Fabrizio"],
           ["Tonin", "Zanella", "Pasqualotto", "Dal Molin", "Bertoldi", "Ceccon", "Zanatta"]),
    "de": (["Hildegard", "Ingrid", "Elke"], ["Günter", "Siegfried", "Udo"],
           ["Hoepers", "Schmitt", "Wiese", "Zimmermann", "Kuhnen", "Bauer", "Rauber"]),
    "jp": (["Akemi", "Yumi", "Keiko", "Mayumi"], ["Haruo", "Shigeru", "Massao"],
           ["Nakamura", "Higa", "Miyashiro", "Shimabukuro", "Takahashi", "Okuma"]),
    "ar": (["Samira", "Rania", "Jamile"], ["Nabil", "Rachid", "Salim"],
           ["Saad", "Jafet", "Zogbi", "Kalil", "Tannus", "Chamas"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-ho"], ["Park", "Lee", "Kang", "Shin"]),
    "cn": (["Mei", "Yan"], ["Wei", "Jun"], ["Wang", "Zhang", "Liu", "Huang"]),
    "ht": (["Nadège", "Wideline", "Rose-Andrée"], ["Jean-Robert", "Wisly", "Fritznel"],
           ["Pierre-Louis", "Jean-Baptiste", "Saint-Fleur", "Desrosiers", "Augustin"]),
    "ao": (["Ngueza", "Esperança Kiame"], ["Kialanda", "Manuel Quissanga"],
           ["Quissanga", "Mbuta", "Lukamba", "Sapalo", "Kassoma"]),
    "sn": (["Awa", "Mariama", "Ndèye"], ["Abdoulaye", "Babacar", "Modou"], ["Mbaye", "Seck", "Cissé", "Thiam", "Faye"]),
    "bo": (["Teodora", "Marisol", "Nilda"], ["Ever", "Edwin", "Freddy"],
           ["Mamani", "Choque", "Condori", "Huanca", "Flores Mamani"]),
    "in": (["Potira", "Jaciara", "Moema", "Tainá"], ["Raoni", "Ubiratã", "Tabajara", "Aritana"],
           ["Terena", "Guajajara", "Pataxó", "Baniwa", "Potiguara", "Kayapó"]),
    "jw": (["Sara", "Ester", "Miriam"], ["Moisés", "Jacó", "Benjamin"],
           ["Klabin", "Feldman", "Rosenthal", "Szajnbrum", "Goldfarb"]),
    "pl": (["Jadwiga", "Halina"], ["Bronislau", "Kazimierz"], ["Wisniewski", "Kowalczuk", "Mazurek"]),
    "ve": (["Yusleidy", "Dayana"], ["Yorman", "Jhoan"], ["Colmenares", "Barrios Pérez", "Rondón"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "ao", "sn", "bo", "in", "pl", "ve"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(FOREIGN["jw"][2] + FOREIGN["de"][2][-3:] + FOREIGN["jp"][2][:4] + FOREIGN["it"][2][:5])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Vitória", "Silva", "Conceição", "Cunha", "Frota", "Trindade Lobo", "Aurora", "Flor"}
DO_SUR = {"Nascimento", "Carmo"}
DOS_SUR = {"Santos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "19", "21", "24", "27", "31", "34", "35", "38", "41", "42", "44", "47",
        "48", "49", "51", "55", "61", "62", "63", "65", "66", "67", "68", "71", "73", "77", "79", "81", "82",
        "83", "84", "85", "87", "89", "91", "93", "94", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Largo", "Viela"]
STREET_NAMES = ["Barão de Mauá", "Oscar Freire", "das Rosas", "Rosa e Silva", "Prudente de Morais",
                "Bento Gonçalves", "Doutor Arnaldo", "Padre Cícero", "Marechal Deodoro", "Aurora", "Flor de Maio",
                "Dona Luz Amado", "Professor Belarmino Catunda", "Treze de Maio", "Sete de Setembro",
                "Coronel Sizenando Frota", "das Orquídeas", "Visconde de Pirajá", "Augusta", "Irmã Dulce",
                "dos Jasmins", "Maria Quitéria", "Engenheiro Zenóbio Lustosa", "Tiradentes", "Getúlio Vargas",
                "Desembargador Tenório", "Vitória Régia", "Luz do Sol", "Castro Alves", "Cabo Ubiratan Jucá",
                "Anita Garibaldi", "das Palmeiras Imperiais", "Santo Amaro"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Rio Branco", "AC"),
          ("Santa Luzia", "MG"), ("Aurora", "CE"), ("Flores", "PE"), ("Campinas", "SP"), ("Sorocaba", "SP"),
          ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Curitiba", "PR"), ("Cascavel", "PR"), ("Blumenau", "SC"),
          ("Chapecó", "SC"), ("Caxias do Sul", "RS"), ("Santa Maria", "RS"), ("Goiânia", "GO"), ("Anápolis", "GO"),
          ("Cuiabá", "MT"), ("Campo Grande", "MS"), ("Salvador", "BA"), ("Feira de Santana", "BA"),
          ("Vitória da Conquista", "BA"), ("Recife", "PE"), ("Caruaru", "PE"), ("Fortaleza", "CE"),
          ("Juazeiro do Norte", "CE"), ("Teresina", "PI"), ("São Luís", "MA"), ("Belém", "PA"), ("Santarém", "PA"),
          ("Manaus", "AM"), ("Natal", "RN"), ("Mossoró", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"),
          ("Aracaju", "SE"), ("Niterói", "RJ"), ("Petrópolis", "RJ"), ("São Paulo", "SP"), ("Rio de Janeiro", "RJ"),
          ("Belo Horizonte", "MG"), ("Brasília", "DF"), ("Porto Alegre", "RS"), ("Florianópolis", "SC")]
UFS = ["SP", "SP", "SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA",
       "RN", "PB", "MT", "MS", "PI", "SE", "AL"]
BAIRROS = ["Jardins", "Pinheiros", "Moema", "Centro", "Boa Viagem", "Meireles", "Savassi", "Batel", "Aldeota",
           "Jardim Aurora", "Vila Rosa", "Bela Vista", "Pituba", "Cidade Jardim", "Flor do Campo", "Água Verde"]
CIDS = ["L70.0", "L81.4", "T78.4", "L23.9", "K02.1", "K05.1", "K08.1", "K07.3", "T88.7", "L65.9", "M79.6",
        "L90.5", "K04.7", "L30.9", "S02.5", "T81.4", "L27.0", "K12.0", "R51", "L63.9"]
TEETH = [f"{q}{n}" for q in (1, 2, 3, 4) for n in range(1, 9)]


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
        return self.given.split()[0] if not self.given.startswith(("Maria ", "Ana ", "João ", "José ", "Raimundo ", "Josefa ")) else self.given

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
            "lowshort": p.short.lower(), "capsfirst": fold(p.first).upper()}[form]


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

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

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
        female = rng.random() < 0.55 if female is None else female
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
        f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "cliente"
        l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "x"
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}",
                          f"{f}.make", f"{f}beauty{self.d(2)}", f"{f}{l}{self.d(3)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "live.com",
                                      "terra.com.br"])
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
        alnum = self.chance(0.2) if alnum is None else alnum
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
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "wa": f"+55 {ddd} {local[:-4]}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "4", "4", "51", "52", "53", "54", "55", "2221", "636368", "438935", "506727", "606282", "6011"])
        b += self.d(15 - len(b))
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def amex(self) -> str:
        b = self.pick(["34", "37"]) + self.d(12)
        n = b + luhn_dv(b)
        return f"{n[:4]} {n[4:10]} {n[10:]}"

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

    def bank(self) -> str:
        return self.pick(["001 – Banco do Brasil", "237 – Bradesco", "341 – Itaú", "104 – Caixa", "033 – Santander",
                          "260 – Nu Pagamentos", "077 – Banco Inter", "336 – C6 Bank", "756 – Sicoob", "748 – Sicredi",
                          "290 – PagSeguro", "323 – Mercado Pago"])

    def ip(self, private: bool = False) -> str:
        if private:
            return self.pick([f"192.168.{self.ri(0, 3)}.{self.ri(2, 250)}", f"10.{self.ri(0, 40)}.{self.ri(0, 255)}.{self.ri(2, 250)}"])
        if self.chance(0.12):
            return f"2804:{self.hexs(4).lstrip('0') or '1'}:{self.hexs(4).lstrip('0') or 'a'}:{self.hexs(3)}::{self.hexs(4).lstrip('0') or '2'}"
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168, 181])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.93) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"ap. {self.rng.randint(11, 304)}", f"cj. {self.rng.randint(11, 190)}",
                          f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}"])
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
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Praça": "Pç."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "]) if num != "s/n" else self.pick([", ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob_age(self, fmt: str | None = None, lo: int = 1948, hi: int = 2006) -> tuple[str, int]:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt), 2025 - yy - (1 if mm > 6 else 0)

    def dob(self, fmt: str | None = None, lo: int = 1948, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(8, 20):02d}:{self.pick(['00', '15', '30', '45', '00', '30', str(self.ri(10, 59))])}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 8 * 60, hi: int = 21 * 60) -> list[str]:
        mins = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 60:02d}:{x % 60:02d}" for x in mins]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.19", "8.13", "8.16", "8.05", "8.06", "8.17", "8.09", "8.21", "8.24"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"ATD-{self.d(7)}", f"{self.d(6)}/{self.rng.randint(2024, 2026)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}"])
        if kind == "CRBM":
            return self.pick([f"CRBM-{self.rng.randint(1, 6)} {self.d(5)}", f"CRBM {self.rng.randint(1, 6)}ª Região nº {self.d(5)}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}"])
        if kind == "CRO":
            n = self.rng.randint(800, 129999)
            dotted = f"{n:,}".replace(",", ".")
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {n}", f"CRO-{uf} {dotted}", f"CRO {uf} {n}", f"CRO/{uf} nº {n}"])
        if kind == "TPD":
            return self.pick([f"CRO-{uf} TPD {self.rng.randint(900, 29999)}", f"TPD CRO/{uf} {self.rng.randint(900, 29999)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.rng.randint(1, 18)}/{self.rng.randint(10000, 399999)}-F",
                              f"CREFITO-{self.rng.randint(1, 18)} {self.rng.randint(10000, 399999)}-F"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


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

    def cell(self, s: str, width: int, label: str | None = None) -> "Doc":
        self.e(s, label)
        self.t(" " * max(0, width - len(s)))
        return self


def P(s: str):
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


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


def table_md(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    for r in rows:
        doc.t("|")
        for v, lab in r:
            doc.t(" ")
            doc.e(v, lab)
            doc.t(" |")
        doc.t("\n")


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    """Plain-text report, columns padded with spaces (as printed by old clinic software)."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) + 2 for k, c in enumerate(cols)]
    doc.t("".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    doc.t("-" * (sum(widths) - 2) + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k == len(r) - 1:
                doc.e(v, lab)
            else:
                doc.cell(v, w, lab)
        doc.t("\n")


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def typo(g: Gen, s: str, rate: float = 0.25) -> str:
    """A human slip in free text (never inside a labelled value)."""
    if not g.chance(rate) or len(s) < 12:
        return s
    swaps = [("você", "vc"), ("porque", "pq"), ("também", "tb"), ("está", "esta"), ("não", "nao"), ("para", "pra"),
             ("obrigada", "obg"), ("mesmo", "msm"), ("quando", "qdo"), ("hoje", "hj"), ("beleza", "blz")]
    opts = [(a, b) for a, b in swaps if a in s]
    if not opts:
        return s
    a, b = g.pick(opts)
    return s.replace(a, b, 1)


# --------------------------------------------------------------------------- businesses of the register
# Company names (several with surnames or name-words) are never PERSON spans.

SALONS = ["Studio Flor de Lis Cabelo & Make", "Salão Rosa Choque", "Barbearia Dom Bento", "Espaço Aurora Beauty",
          "Barbearia Navalha de Ouro", "Studio Kinjo Hair", "Salão Vitória Régia", "Instituto Capilar Zanella",
          "Barbearia Seu Prudente", "Maison Haddad Coiffeur", "Espaço Luz & Cor Cabeleireiros", "Salão Dona Branca"]
CLINICS = ["Clínica Vitória Estética Avançada", "Instituto Lustosa de Harmonização Facial", "Dermaclin Aurora",
           "Clínica Face & Forma", "Espaço Amado Saúde e Estética", "Clínica Takahashi Dermatologia",
           "Bella Pele Clínica Médica", "Instituto Rosa Mística de Estética", "Clínica Kalil & Zogbi"]
DENTAL = ["OdontoVida Clínica Odontológica", "Clínica Odontológica Saad & Higa", "Sorria Mais Odontologia",
          "Odonto Prudente Ltda", "Instituto Ortodôntico Bento Sarmento", "Clínica Dental Luz do Sorriso",
          "OdontoCenter Quaresma", "Espaço Oral Flor do Campo"]
STUDIOS = ["Black Rose Tattoo Studio", "Estúdio Agulha de Prata", "Tattoo Aurora Ink", "Ink Bento Tattoo & Piercing",
           "Studio Mamani Body Art", "Caveira Branca Tattoo", "Lótus Negra Piercing"]
SPAS = ["Spa Flor de Sal", "Recanto Aurora Day Spa", "Spa Urbano Luz da Lua", "Zen Prudente Massoterapia",
        "Spa Pétala Branca", "Santuário Amado Spa & Bem-Estar"]
SHOPS = ["Beleza Rosa Cosméticos", "Glow Box Brasil", "Amado Cosméticos Online", "Pele de Pêssego Store",
         "Clube Aurora de Beleza", "Loja Vitória Make", "Cosméticos Branco & Pinheiro"]
LABS = ["Laboratório de Prótese Dentária Yamashiro", "ProtLab Zanatta", "Dental Lab Aurora", "Prótese Fina Tenório",
        "Laboratório Sorriso Branco"]
PLANS = ["OdontoPrev", "Amil Dental", "Bradesco Dental", "SulAmérica Odonto", "Uniodonto", "Dental Uni",
         "Hapvida Odonto", "Porto Seguro Odonto"]
PRODUCTS_TOX = ["Botox® 100U", "Dysport® 300U", "Xeomin® 100U", "Nabota® 100U", "Botulift® 100U"]
PRODUCTS_FILL = ["Juvéderm Voluma", "Restylane Lyft", "Belotero Balance", "Rennova Fill", "Perfectha Derm",
                 "Juvéderm Volbella", "Radiesse"]
WORD_USES = ["esmalte rosa nude", "sessão de luz intensa pulsada", "flor de sal no ritual de esfoliação",
             "seria prudente esperar a pele desinchar", "cabelo branco bem marcado", "tom rosa antigo",
             "o tom aurora da paleta nova", "foi uma vitória tirar aquela mancha", "óleo de flor de laranjeira",
             "luz de LED azul", "amado por quem tem pele oleosa"]
SERVICES_SALON = ["escova progressiva", "corte masculino + barba", "mechas/luzes", "coloração raiz",
                  "hidratação", "manicure e pedicure", "design de sobrancelha", "alongamento de cílios fio a fio",
                  "botox capilar", "penteado", "selagem", "pigmentação de barba", "luzes com tonalizante"]


def dom_of(biz: str) -> str:
    """A plausible web domain for a business name."""
    stop = {"de", "da", "do", "das", "dos", "e", "&", "ltda", "clinica", "salao", "studio", "espaco", "instituto", "loja"}
    words = [w for w in re.findall(r"[a-z]+", fold(biz).lower()) if w not in stop]
    return "".join(words)[:22] + ".com.br"


def order_no(g: Gen) -> str:
    return g.pick([f"#{g.d(6)}", f"PED-{g.d(7)}", f"{g.d(4)}-{g.d(6)}", f"BR{g.d(9)}"])


def tracking(g: Gen) -> str:
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return f"{g.pick(L)}{g.pick(L)}{g.d(9)}BR"


# =========================================================================== atendimento

def at_booking(g: Gen) -> Doc:
    """WhatsApp chat export of a salon or barbershop: bot, receptionist, client signing up and paying a deposit."""
    doc = Doc()
    salon = g.pick(SALONS)
    c = g.person(female=g.chance(0.7))
    rec = g.person(female=g.chance(0.8))
    pro = g.person(female=g.chance(0.6))
    day = g.date("br")
    ts = g.times(12, 9 * 60, 20 * 60)
    bot = g.pick(["Aurora", "Bela", "Lia", "Flor"])
    num = g.phone(g.pick(["plus", "wa"]))
    doc.f("Conversa do WhatsApp com «n»\n\n", n=(num, "PHONE_NUMBER"))
    cname = name_form(g, c, ["first", "short", "nick", "lowfirst"])
    w = lambda i, who: f"[{day} {ts[i]}] {who}: "  # noqa: E731

    by_number = g.chance(0.6)  # unsaved contact: the export shows the number, not the name

    def cl(i: int) -> Doc:
        if by_number:
            return doc.t(f"[{day} {ts[i]}] ").e(num, "PHONE_NUMBER").t(":")
        return doc.t(f"[{day} {ts[i]}] ~ ").e(cname, "PERSON").t(":")
    doc.t(w(0, salon) + f"Olá! Eu sou a {bot}, assistente virtual do {salon} 💇‍♀️ Digite 1 para agendar, 2 para remarcar, 3 para falar com a recepção.\n")
    cl(1).t(" 3\n")
    doc.t(w(2, salon)).f("Oi, aqui é a «r» da recepção 😊 em que posso ajudar?\n", r=P(rec.first))
    svc = g.pick(SERVICES_SALON)
    cl(3).f(" queria marcar «s» com a «p», ela atendeu minha irmã «i» semana passada e ficou perfeito\n",
                                          s=svc, p=P(name_form(g, pro, ["first", "first", "nick"])), i=P(g.relative(c, True).first))
    doc.t(w(4, salon)).f("A «p» tem horário «wd» às «h» ou às «h2». Você já tem cadastro com a gente? Se não tiver me passa nome completo, CPF (pra nota), data de nascimento (damos 15% no mês do aniversário 🎂) e e-mail\n",
                         p=P(pro.first), wd=g.pick(WEEKDAYS), h=g.hm(), h2=g.hm())
    cpf = g.cpf(g.pick(["dot", "raw", "dot"]))
    em = g.email(c)
    cl(5).f(" «h» pode ser\n«n»\n«cpf»\n«dob»\n«em»\n",
                                          h=g.hm(), n=P(g.pick([c.full, c.low, c.caps])), cpf=(cpf, "BR_CPF"),
                                          dob=(g.dob(g.pick(["br", "nopad", "short", "long"]), 1960, 2006), "DATE_OF_BIRTH"), em=(em, "EMAIL_ADDRESS"))
    sig = g.pick(["30,00", "50,00", "40,00", "25,00"])
    key_kind = g.rng.randint(0, 2)
    doc.t(w(6, salon)).f("Cadastrado! ✅ Para confirmar pedimos um sinal de R$ «v» via Pix, abatido no dia. Chave: ", v=sig)
    if key_kind == 0:
        doc.e(g.cnpj(), "BR_CNPJ").t(" (CNPJ do salão)\n")
    elif key_kind == 1:
        doc.e(g.uuid(), "PIX_KEY").t(" (chave aleatória)\n")
    else:
        doc.f("«k» — está no nome da proprietária, «o»\n", k=(g.phone("plain"), "PHONE_NUMBER"), o=P(g.person(female=True).full))
    cl(7).t(typo(g, " pronto, mandei o comprovante. paguei pela conta do meu marido, " + g.pick(["tá no nome", "vai aparecer"]) + " "))
    hus = g.relative(c, False)
    doc.e(g.pick([hus.full, hus.short, hus.caps]), "PERSON").t(g.pick([", tudo bem?\n", " ok?\n", "\n"]))
    cl(8).t(" <Mídia oculta>\n")
    doc.t(w(9, salon)).f("Recebido! Agendado: «s» com «p», «wd» «h». Endereço: «addr» (estacionamento conveniado na «st», é só pedir o selo). "
                         "Tolerância de 15 min. Protocolo «pr».\n", s=svc, p=P(pro.short if g.chance(0.5) else pro.first), wd=g.pick(WEEKDAYS),
                         h=g.hm(), addr=g.pick(["Rua Augusta, 1500, loja 3", "Av. Bento Gonçalves, 880", "Alameda Lorena, 41",
                                                "Rua Barão de Mauá, 230 - sala 4"]),
                         st=g.pick(["Barão de Mauá", "Oscar Freire", "Prudente de Morais", "Padre Cícero"]), pr=g.protocol())
    cl(10).t(g.pick([" obrigadaaa", " top, obg", " 👍", " valeu! ah, se precisar de alguma coisa liga no fixo de casa "]))
    if doc.text.endswith("casa "):
        doc.e(g.phone("par", mobile=False), "PHONE_NUMBER")
    doc.t("\n")
    if g.chance(0.5):
        doc.t(w(11, salon)).f("Lembrete: a ficha de anamnese pro «s» vai no link, preencha até a véspera 😉 «wu»\n",
                              s=svc, wu=g.pick(WORD_USES))
    return doc


def at_client_card(g: Gen) -> Doc:
    """Client card ('ficha da cliente') printed from a salon management system, with service history."""
    doc = Doc()
    salon = g.pick(SALONS)
    c = g.person(female=g.chance(0.8), word=g.chance(0.25))
    city, uf = g.city()
    doc.f("«s» — Sistema BelezaGestor v«v»\nFICHA DE CLIENTE  (impresso por «u» em «d» «h»)\n\n",
          s=salon, v=f"{g.ri(3, 9)}.{g.ri(0, 20)}", u=g.pick(["recepcao01", "caixa", "admin", "recepcao2"]), d=g.date("br"), h=g.hm())
    dob, age = g.dob_age("br", 1955, 2007)
    doc.f("Código: «id»        Cliente desde: «since»\nNome: «n»\nApelido: «nk»\nNascimento: «dob»    Idade: «age»\n"
          "CPF: «cpf»    RG: «rg»\nCelular/WhatsApp: «ph»    Fixo: «fx»\nE-mail: «em»\nInstagram: @«ig»\n"
          "Endereço: «addr» — «b», «city»/«uf» — CEP «cep»\n",
          id=g.d(5), since=g.date("br", g.ri(2015, 2023)), n=P(g.pick([c.full, c.caps])), nk=P(c.nick),
          dob=(dob, "DATE_OF_BIRTH"), age=age, cpf=(g.cpf(), "BR_CPF"),
          rg=(g.rg(), "BR_RG") if g.chance(0.6) else "—", ph=(g.phone("par"), "PHONE_NUMBER"),
          fx=(g.phone("par", mobile=False), "PHONE_NUMBER") if g.chance(0.4) else "—",
          em=(g.email(c), "EMAIL_ADDRESS"), ig=re.sub(r"[^a-z]", "", fold(c.first).lower()) + g.pick(["_", ".", ""]) + g.d(2),
          addr=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    ind = g.person()
    doc.f("Indicação: «i»   Profissional preferida: «p»\n\n", i=P(name_form(g, ind, ["full", "short", "first"])),
          p=P(g.person(female=True).first))
    doc.f("OBSERVAÇÕES TÉCNICAS\n- «o1»\n- «o2»\n- cabelo: «hair»\n\n",
          o1=g.pick(["alérgica a amônia (teste de mecha positivo)", "couro cabeludo sensível, não usar formol",
                     "gestante — evitar química até liberação da obstetra", "dermatite seborreica (L21.0), usa shampoo manipulado",
                     "não gosta de conversa durante o serviço"]),
          o2=g.pick(["prefere café sem açúcar", "paga sempre no débito", "traz a filha junto às vezes",
                     "já teve reação à henna", "faz tratamento com isotretinoína — sem depilação com cera"]),
          hair=g.pick(["castanho nível 5, 30% de fios brancos", "loiro descolorido, poroso", "cacheado 3B, transição capilar",
                       "liso fino, oleoso na raiz", "crespo 4C, usa tranças"]))
    doc.t("HISTÓRICO DE ATENDIMENTOS (últimos)\n")
    rows = []
    for _ in range(g.ri(2, 4)):
        pro = g.person(female=g.chance(0.7))
        rows.append([V(g.date("br")), V(g.pick(SERVICES_SALON)), P(g.pick([pro.short, pro.first, pro.caps])),
                     V("R$ " + g.money(35, 680)), V(g.pick(["Pix", "Crédito 2x", "Débito", "Dinheiro", "Pacote"]))])
    table_fixed(doc, ["Data", "Serviço", "Profissional", "Valor", "Pgto"], rows)
    doc.f("\nSaldo de pacote: «k» sessões de «s»   |   Comanda em aberto: R$ «m»\nLGPD: cliente autorizou uso de fotos no Instagram? «yn»\n",
          k=g.ri(0, 5), s=g.pick(["hidratação", "cronograma capilar", "manicure"]), m=g.money(0, 300), yn=g.pick(["SIM", "NÃO", "não perguntado"]))
    return doc


def at_tattoo_minor(g: Gen) -> Doc:
    """Tattoo/piercing studio: authorization signed by a minor's guardian, with documents and e-signature trail."""
    doc = Doc()
    st = g.pick(STUDIOS)
    gd = g.person()
    minor = g.relative(gd, g.chance(0.6))
    art = g.person()
    city, uf = g.city()
    proc = g.pick(["perfuração de lóbulo (2º furo) com joia de titânio", "piercing helix orelha esquerda",
                   "piercing nostril (narina direita)", "tatuagem fine line 5 cm no antebraço (autorização especial)",
                   "piercing tragus com argola de titânio ASTM F136"])
    doc.f("«st» — CNPJ «cnpj»\nTERMO DE AUTORIZAÇÃO E RESPONSABILIDADE — MENOR DE 18 ANOS\n\n", st=st, cnpj=(g.cnpj(), "BR_CNPJ"))
    gform = g.pick([gd.full, gd.caps])
    doc.f("Eu, «n», «rel» do(a) menor abaixo, portador(a) do RG nº «rg» «org» e do CPF nº «cpf», residente à «addr», "
          "«b», «city»/«uf», CEP «cep», telefone «ph», e-mail «em», AUTORIZO a realização do procedimento descrito, "
          "declarando estar presente durante todo o atendimento.\n\n",
          n=P(gform), rel=g.pick(["mãe", "pai", "responsável legal", "avó e guardiã", "tutor"]), rg=(g.rg(), "BR_RG"),
          org=g.pick(["SSP/SP", "SSP/BA", "SESP/PR", "DETRAN/RJ", "PC/MG"]), cpf=(g.cpf(), "BR_CPF"),
          addr=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(gd), "EMAIL_ADDRESS"))
    mdob, mage = g.dob_age(g.pick(["br", "br", "nopad"]), 2008, 2013)
    doc.f("MENOR: «m»   Data de nascimento: «dob»   Idade: «age» anos\n",
          m=P(g.pick([minor.full, minor.caps])), dob=(mdob, "DATE_OF_BIRTH"), age=mage)
    if g.chance(0.6):
        doc.f("Documento do menor: RG «rg» (cópia anexa)\n", rg=(g.rg(), "BR_RG"))
    else:
        doc.f("Documento do menor: certidão de nascimento, matrícula «m» (cópia anexa)\n",
              m=f"{g.d(6)} {g.d(2)} {g.d(2)} {g.d(4)} {g.d(1)} {g.d(5)} {g.d(3)} {g.d(7)} {g.d(2)}")
    doc.f("Procedimento: «p»\nProfissional responsável: «a» (body piercer, «exp» anos)\nValor: R$ «v»\n",
          p=proc, a=P(g.pick([art.full, art.short, art.nick])), exp=g.ri(2, 15), v=g.money(60, 900))
    doc.t("Documento do responsável apresentado: ")
    if g.chance(0.7):
        doc.f("CNH nº «cnh», validade «v»\n", cnh=(g.cnh(), "BR_CNH"), v=g.date("br", g.ri(2026, 2033)))
    else:
        doc.t("RG original (conferido)\n")
    doc.f("\nQUESTIONÁRIO DE SAÚDE (respondido pelo responsável)\n[«a»] diabetes  [«b»] hemofilia/uso de anticoagulante  [«c»] alergia a metais  "
          "[«d»] queloide  [«e»] epilepsia  [ ] outros: «o»\n\n",
          a=g.pick(["x", " "]), b=" ", c=g.pick(["x", " ", " "]), d=g.pick(["x", " ", " "]), e=" ",
          o=g.pick(["rinite", "nenhum", "toma ritalina", "asma leve, usa bombinha", "—"]))
    doc.f("Declaro ciência dos cuidados pós-procedimento (soro fisiológico 2x ao dia, não girar a joia) e de que a Lei estadual e o "
          "art. 227 da Constituição foram explicados. Em caso de dúvidas ligar para o estúdio. Orçamento nº «o».\n\n",
          o=f"{g.d(4)}/{g.ri(2024, 2026)}")
    doc.f("Assinatura eletrônica — «pl»\nSignatário: «n» | CPF «cpf» | IP «ip» | «d» «h» | hash «hh»\nTestemunha (recepção): «t»\n",
          pl=g.pick(["ZapSign", "Clicksign", "Autentique"]), n=P(gd.full), cpf=(g.masked_cpf(), None), ip=(g.ip(), "IP_ADDRESS"),
          d=g.date("br"), h=g.hms(), hh=g.hexs(40), t=P(g.person(female=True).full))
    return doc


def at_cosmetics_order(g: Gen) -> Doc:
    """Cosmetics e-commerce SAC ticket: order not delivered, internal notes with delivery proof."""
    doc = Doc()
    shop = g.pick(SHOPS)
    c = g.person(female=g.chance(0.75))
    ag = g.person()
    sup = g.person()
    city, uf = g.city()
    on = order_no(g)
    doc.f("Ticket #«t» · «shop» · Canal: «ch» · Status: Aberto → Pendente\nSolicitante: «n» <«em»>\nAssunto: «subj»\n\n",
          t=g.d(6), shop=shop, ch=g.pick(["E-mail", "Formulário", "Instagram DM"]), n=P(g.pick([c.full, c.short, c.low])),
          em=(g.email(c), "EMAIL_ADDRESS"), subj=g.pick([f"Pedido {on} não chegou", "cadê meu pedido???", f"entrega {on} consta entregue mas nao recebi"]))
    doc.f("«c»:\n«msg» Meu pedido «on» («items») consta como entregue no dia «d» mas não recebi nada. Moro em «kind», "
          "o porteiro não assinou. Meu CPF é «cpf» caso precisem. Telefone «ph».\n«sig»\n\n",
          c=P(c.first), msg=typo(g, g.pick(["Boa tarde.", f"Oi, tudo bem? Estou muito chatead{c.o}.", "Bom dia, preciso de ajuda urgente porque era presente."])),
          on=on, items=g.pick(["sérum vitamina C + protetor", "kit skincare Aurora 4 passos", "paleta de sombras tom rosa + primer",
                               "perfume 100 ml", "secador iônico"]),
          d=g.date("br"), kind=g.pick(["prédio", "condomínio fechado", "casa com portão branco"]), cpf=(g.cpf(), "BR_CPF"),
          ph=(g.phone(), "PHONE_NUMBER"), sig=g.pick(["Obrigad" + c.o, "Att.", "Aguardo"]))
    doc.f("«ag» (agente):\nOlá, «c»! Sinto muito pelo transtorno. Já abri a reclamação com a transportadora; o código de rastreio é «tr». "
          "Retorno em até 3 dias úteis. Protocolo «pr».\n\n", ag=P(ag.full), c=P(c.first), tr=tracking(g), pr=g.protocol())
    doc.f("— Nota interna —\nDados do pedido «on»: pagamento cartão crédito final «f» (****.****.****.«f»), R$ «v», "
          "IP da compra «ip», device «dev».\nEntrega: «addr», «b», «city»-«uf», CEP «cep».\n",
          on=on, f=g.d(4), v=g.money(59, 890), ip=(g.ip(), "IP_ADDRESS"),
          dev=g.pick(["iPhone 13 / app 4.2", "Chrome Android", "Safari macOS"]), addr=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    drv = g.person(female=g.chance(0.2))
    doc.f("Comprovante do app da transportadora: entregue às «h» para «rec» («rel»), entregador «d», veículo placa «pl». "
          "Foto da fachada não bate com o endereço. NF-e «nf».\n",
          h=g.hm(), rec=P(g.pick([g.person().first, g.person().full])), rel=g.pick(["vizinho", "porteiro", "familiar", "próprio"]),
          d=P(g.pick([drv.full, drv.short])), pl=(g.plate(), "LICENSE_PLATE"), nf=g.d(9))
    doc.f("Escalado para «s» (supervisão logística). Se não localizar em 48 h, reenviar sem custo (política de reenvio).\n",
          s=P(sup.short))
    return doc


def at_subscription(g: Gen) -> Doc:
    """Chat transcript of a beauty-box subscriber cancelling; bot first, then a human agent."""
    doc = Doc()
    shop = g.pick(["Glow Box Brasil", "Clube Aurora de Beleza", "BeautyBox Mensal", "Caixinha Rosa"])
    c = g.person(female=g.chance(0.8))
    ag = g.person()
    ts = g.times(14)
    bot = g.pick(["Glowinha", "Aurora Bot", "Rosinha", "Assistente Virtual"])
    doc.f("Transcrição do atendimento — «s» — chat #«n» — «d»\n", s=shop, n=g.d(8), d=g.date("br"))
    cn = name_form(g, c, ["first", "full", "lowfirst", "short"])
    L = lambda i, who: f"({ts[i]}) {who}: "  # noqa: E731
    doc.t(L(0, bot) + "Oi! Sou a assistente da " + shop + " ✨ Para começar, informe o e-mail da assinatura.\n")
    doc.t(L(1, "Cliente")).e(g.email(c), "EMAIL_ADDRESS").t("\n")
    doc.t(L(2, bot)).t("Encontrei sua assinatura! Plano " + g.pick(["Essencial", "Glow+", "Premium Anual"]) + ". Sobre o que quer falar? (cancelar / pausar / trocar cartão)\n")
    doc.t(L(3, "Cliente")).t(g.pick(["cancelar", "quero cancelar", "CANCELAR"]) + "\n")
    doc.t(L(4, bot)).t("Vou te transferir para um especialista 💜\n")
    doc.t(L(5, "Sistema")).f("«a» entrou na conversa\n", a=P(ag.first))
    agent = (ag.first, "PERSON") if g.chance(0.5) else ("Atendente", None)  # some exports show the role, not the name
    doc.t(f"({ts[6]}) ").e(*agent).f(": Oi, «c»! Sou «a», tudo bem? Antes de seguir, confirma pra mim o CPF e a data de nascimento do titular?\n",
                                              c=P(cn), a=P(ag.full))
    doc.t(L(7, "Cliente")).f("«cpf» «dob»\n", cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                             dob=(g.dob(g.pick(["br", "nopad", "short"]), 1965, 2005), "DATE_OF_BIRTH"))
    doc.t(L(8, "Cliente")).t(typo(g, g.pick(["a caixa desse mês veio com batom vencido e um hidratante que não é pro meu tipo de pele. não quero mais",
                                              "to sem grana, e também a última box veio amassada",
                                              "comprei a box pra minha mãe e ela não usa nada, quero cancelar e o reembolso da última"]), 0.5) + "\n")
    doc.t(f"({ts[9]}) ").e(*agent).f(": Entendo! Posso te oferecer 2 meses por R$ «v» ou pausar. Se preferir cancelar, a box de «mes» já foi faturada "
                                              "no cartão final «f».\n", v=g.money(29, 59), mes=g.pick(MONTHS), f=g.d(4))
    doc.t(L(10, "Cliente")).t("cancela. e o cartão que tá aí nem é mais o meu, o novo é ")
    doc.e(g.card(g.chance(0.7)), "CREDIT_CARD").f(" val «v» caso precise estornar\n", v=f"{g.ri(1, 12):02d}/{g.ri(27, 33)}")
    doc.t(f"({ts[11]}) ").e(*agent).t(": Por segurança, não compartilhe dados do cartão no chat 🙏 (a mensagem será mascarada). "
                                                 "Cancelamento feito, protocolo ").t(g.protocol()).t(". O estorno sai em até 2 faturas.\n")
    if g.chance(0.9):
        city, uf = g.city()
        doc.t(L(12, "Cliente")).f("ah, e a última caixa vai pra onde? mudei pra «addr», «city», cep «cep»\n",
                                  addr=(g.address(g.pick(["text", "low"])), "ADDRESS"), city=city, cep=(g.cep(g.chance(0.5)), "BR_CEP"))
    doc.t(L(13, "Sistema")).f("Conversa encerrada por «a». CSAT: «k»/5. Tags: cancelamento, «tg».\n",
                              a=P(ag.short), k=g.ri(1, 5), tg=g.pick(["produto_vencido", "preço", "logística"]))
    return doc


def at_spa_voucher(g: Gen) -> Doc:
    """Spa: gift-voucher purchase e-mail and the day's agenda printed at the front desk."""
    doc = Doc()
    spa = g.pick(SPAS)
    buyer = g.person()
    gift = g.person(female=g.chance(0.7))
    doc.f("De: «spa» <reservas@«dom»>\nPara: «b» <«em»>\nAssunto: Seu vale-presente «code» 🎁\n\n",
          spa=spa, dom=dom_of(spa), b=P(buyer.full), em=(g.email(buyer), "EMAIL_ADDRESS"),
          code=f"VP-{g.d(5)}")
    doc.f("Olá, «b»!\n\nObrigado pela compra. O vale «pkg» (R$ «v») está em nome de «gift» e vale até «val». "
          "Agendamentos pelo «tel» ou pelo app. A presenteada deve informar o CPF «cpf» no check-in.\n"
          "Pagamento: cartão «card» aprovado (NSU «nsu»).\n\nCom carinho,\nEquipe de Concierge — «spa»\n\n",
          b=P(buyer.first), pkg=g.pick(["Day Spa Flor de Sal", "Ritual Aurora (massagem + banho de ofurô)", "Massagem relaxante 60 min",
                                        "Drenagem + limpeza de pele"]),
          v=g.money(180, 1200), gift=P(gift.full), val=g.date("br"), tel=g.pick(["4004-1234", "0800 770 1234", "WhatsApp do spa"]),
          cpf=(g.cpf(), "BR_CPF"), card=g.pick(["Visa final " + g.d(4), "Mastercard ****" + g.d(4), "Elo •••• " + g.d(4)]),
          nsu=g.d(6), spa=spa)
    doc.f("---------- impresso na recepção ----------\nAGENDA «d» — «spa»\n", d=g.date("br"), spa=spa)
    rows = []
    hs = g.times(g.ri(3, 4), 9 * 60, 19 * 60)
    for i, h in enumerate(hs):
        cl = gift if i == 1 else g.person()
        th = g.person(female=g.chance(0.7))
        rows.append([V(h), P(g.pick([cl.full, cl.caps, cl.short])), (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
                     V(g.pick(["Massagem relaxante", "Pedras quentes", "Drenagem linfática", "Shiatsu", "Reflexologia",
                               "Esfoliação flor de sal", "Bambuterapia"])),
                     P(g.pick([th.first, th.nick, th.short])), V(g.pick(["Sala Lótus", "Sala Aurora", "Sala 3", "Ofurô"])),
                     V(g.pick(["", "gestante 22 sem.", "hérnia L4-L5, sem pressão", "VP-" + g.d(5), "alergia a amêndoas", "1ª vez"]))])
    table_fixed(doc, ["Hora", "Cliente", "Contato", "Serviço", "Terapeuta", "Sala", "Obs"], rows)
    doc.f("\nResponsável técnica: «a» («ca»)  ·  voucher também enviado para «ph» e «em»\n",
          a=P(g.person().full), ca=(g.council("CREFITO"), "PROFESSIONAL_ID"), ph=(g.phone(), "PHONE_NUMBER"),
          em=(g.email(gift), "EMAIL_ADDRESS"))
    return doc


def at_reclame(g: Gen) -> Doc:
    """Public complaint about a procedure gone wrong, the company's answer and the consumer's rejoinder."""
    doc = Doc()
    biz = g.pick(SALONS + CLINICS[:4])
    c = g.person(female=g.chance(0.8))
    pro = g.person(female=g.chance(0.7))
    ag = g.person()
    city, uf = g.city()
    what = g.pick([("progressiva", "queimou meu couro cabeludo, fiquei com feridas e caiu cabelo", "L23.5"),
                   ("extensão de cílios", "meu olho inchou e tive conjuntivite", "H10.9"),
                   ("depilação a laser", "fiquei com manchas escuras na virilha", "L81.4"),
                   ("limpeza de pele", "a pele ficou cheia de espinhas e em carne viva", "L70.0"),
                   ("micropigmentação de sobrancelha", "ficou torta e com cor rosa alaranjado", "L81.9")])
    doc.f("«biz» — «title»\n«city» - «uf»   ID: «id»   «d»\n\n",
          biz=biz, title=g.pick([f"{what[0].capitalize()} estragou minha pele", f"Descaso após {what[0]}", f"{what[0].upper()} DESASTROSA",
                                 "Procedimento mal feito e não querem devolver o dinheiro"]),
          city=city, uf=uf, id=g.d(9), d=g.date("br"))
    doc.f("«txt» Fiz «w» no dia «d1» com a profissional «p» e «harm». Fui na UPA e o médico escreveu CID «cid» no atestado. "
          "Paguei R$ «v» no Pix. Mandei mensagem pro WhatsApp do salão «ph» e a dona, «o», só visualizou. "
          "Quero meu dinheiro de volta e o ressarcimento da pomada. Se quiserem resolver, meu e-mail é «em».\n\n",
          txt=typo(g, g.pick(["Estou indignada.", "Nunca passei tanta vergonha.", "Venho aqui porque não tive resposta."]), 0.4),
          w=what[0], d1=g.date("br"), p=P(g.pick([pro.first, pro.short, pro.nick])), harm=what[1], cid=what[2],
          v=g.money(120, 1800), ph=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), o=P(g.person(female=True).first),
          em=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("[Dados visíveis apenas para a empresa] CPF: «cpf» · Telefone: «ph» · E-mail: «em» · Cidade: «city»\n\n",
          cpf=(g.cpf(), "BR_CPF"), ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(c), "EMAIL_ADDRESS"), city=city)
    doc.f("Resposta da empresa («d»):\nOlá, «c». Aqui é «a», do relacionamento. Lamentamos muito. A profissional «p» realizou o teste de mecha e a "
          "senhora assinou o termo de consentimento. Ainda assim, queremos conversar: ligamos no «ph» sem sucesso. Pedimos que nos chame no "
          "«sac». «wu»\n\n",
          d=g.date("br"), c=P(c.first), a=P(ag.full), p=P(pro.full), ph=(g.phone("par"), "PHONE_NUMBER"),
          sac=g.pick(["sac@" + dom_of(biz), "4003-2211", "direct do Instagram"]),
          wu=g.pick(["Seria prudente aguardar a avaliação da dermatologista.", "Nosso compromisso é com a sua beleza.", ""]))
    doc.t("Réplica do consumidor:\n")
    k = g.ri(0, 2)
    if k == 0:
        doc.t(typo(g, "Termo de consentimento não é licença pra queimar ninguém. Vou entrar no Juizado.", 0.5))
    elif k == 1:
        doc.t(typo(g, "Só ligaram depois que postei aqui. Resolveram pagar metade, vou aceitar.", 0.5))
    else:
        doc.f("Quem assinou o termo foi minha filha «f», não eu. Continuo esperando.", f=P(g.relative(c, True).first))
    doc.f("\n\nConsiderações finais: «fin» · Nota «n» · Voltaria a fazer negócio? «yn»\n",
          fin=g.pick(["Não resolvido", "Resolvido"]), n=g.ri(0, 6), yn=g.pick(["Não", "Sim"]))
    return doc


# =========================================================================== juridico

ESTADO_CIVIL = ["solteira", "casada", "divorciada", "viúva", "em união estável"]
PROFISSOES = ["professora", "autônoma", "cabeleireira", "manicure", "enfermeira", "vendedora", "estudante",
              "empresária", "analista de sistemas", "dona de casa", "servidora pública", "motorista de aplicativo"]


def qualif(g: Gen, p: Person, doc: Doc, full_id: bool = True, caps: bool = False) -> None:
    """Legal qualification of a natural person: name, nationality, civil state, documents, address."""
    city, uf = g.city()
    fem = p.female
    ec = g.pick(ESTADO_CIVIL)
    if not fem:
        ec = ec.replace("solteira", "solteiro").replace("casada", "casado").replace("divorciada", "divorciado").replace("viúva", "viúvo")
    prof = g.pick(PROFISSOES)
    doc.f("«n», brasileir«o», «ec», «prof», ", n=P(p.caps if caps else p.full), o=p.o, ec=ec, prof=prof)
    if full_id and g.chance(0.4):
        doc.f("nascid«o» em «dob», ", o=p.o, dob=(g.dob(g.pick(["br", "long"]), 1955, 2004), "DATE_OF_BIRTH"))
    doc.f("portador«a» do RG nº «rg» «org» e inscrit«o» no CPF sob o nº «cpf», ", a="a" if fem else "", o=p.o,
          rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP/MG", "SDS/PE", "SSP/BA", "IFP/RJ", "SESP/PR"]), cpf=(g.cpf("dot"), "BR_CPF"))
    if full_id and g.chance(0.25):
        doc.f("título de eleitor nº «t», ", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    if full_id:
        doc.f("e-mail «em», ", em=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("residente e domiciliad«o» na «addr», bairro «b», «city»/«uf», CEP «cep»",
          o=p.o, addr=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"))


def ju_peticao(g: Gen) -> Doc:
    """Initial petition at a small-claims court against an aesthetic clinic after a filler/botox complication."""
    doc = Doc()
    a = g.person(female=g.chance(0.85))
    adv = g.person()
    clin = g.pick(CLINICS)
    med = g.person()
    city, uf = g.city()
    proc = g.pick([("preenchimento labial com ácido hialurônico", "necrose no lábio superior e cicatriz"),
                   ("aplicação de toxina botulínica na testa", "ptose palpebral à esquerda por seis semanas"),
                   ("bioestimulador de colágeno nos glúteos", "nódulos endurecidos e dor crônica"),
                   ("rinomodelação com ácido hialurônico", "oclusão vascular e mancha violácea na ponta do nariz"),
                   ("fios de PDO no terço médio", "assimetria e extrusão de fio")])
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«uf»\n\n",
          n=g.ri(1, 9), c=fold(city).upper(), uf=uf)
    qualif(g, a, doc, caps=g.chance(0.3))
    doc.f(", por sua advogada que esta subscreve (procuração anexa), vem propor\n\nAÇÃO DE INDENIZAÇÃO POR DANOS MATERIAIS, MORAIS E ESTÉTICOS\n\n"
          "em face de «clin», pessoa jurídica de direito privado inscrita no CNPJ sob o nº «cnpj», com sede na «caddr», e de «m», "
          "médic«o» inscrit«o» no «crm», pelos fatos e fundamentos a seguir.\n\n",
          clin=fold(clin).upper() + " LTDA", cnpj=(g.cnpj(), "BR_CNPJ"),
          caddr=g.pick(["Rua Oscar Freire, 1200, conj. 51", "Av. Boa Viagem, 3000, sala 12", "Rua Padre Cícero, 77"]),
          m=P(med.full), o=med.o, crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("I — DOS FATOS\n\nEm «d1», a Autora submeteu-se a «p» na clínica Ré, pelo valor de R$ «v» (comprovante de Pix anexo). "
          "O procedimento foi realizado pel«o» Dr«a». «m2», que não apresentou termo de consentimento, nem informou riscos. "
          "Dois dias depois a Autora apresentou «harm», sendo atendida no pronto-socorro (CID «cid»), conforme relatório do "
          "dermatologista «d» («crm2»). As conversas com a recepcionista «r» pelo WhatsApp «ph» estão transcritas no doc. 5.\n\n",
          d1=g.date("br"), p=proc[0], v=g.money(900, 9000), o=med.o, a="a" if med.female else "", m2=P(med.short), harm=proc[1],
          cid=g.pick(["T81.4", "L90.5", "T88.7", "L98.8"]), d=P(g.person().full), crm2=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          r=P(g.person(female=True).first), ph=(g.phone(), "PHONE_NUMBER"))
    doc.f("II — DO DIREITO\n\nA relação é de consumo (arts. 6º, III, e 14 da Lei 8.078/1990). A obrigação em procedimento estético é de "
          "resultado (STJ, REsp 1.180.815/MG). Sendo a Autora «wu».\n\n", wu=g.pick(["pessoa de vida pública, o dano estético é evidente",
                                                                              "vendedora, a exposição do rosto lhe causou perda de renda",
                                                                              "jovem, a cicatriz a acompanhará por toda a vida"]))
    doc.f("III — DOS PEDIDOS\n\na) a restituição de R$ «v»; b) indenização por danos morais de R$ «m»; c) danos estéticos de R$ «e»; "
          "d) a inversão do ônus da prova. Dá-se à causa o valor de R$ «t».\n\n«city», «d».\n\n«adv»\n«oab»\n«em»\n",
          v=g.money(900, 9000), m=g.money(8000, 20000), e=g.money(5000, 15000), t=g.money(20000, 40000), city=city, d=g.date("long"),
          adv=P(g.pick([adv.full, adv.caps])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), em=(g.email(adv, g.pick(["adv.br", "gmail.com", "hotmail.com"])), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("\nPJe — distribuído por sorteio — processo «cnj» — assinado eletronicamente (IP «ip»)\n", cnj=g.cnj(), ip=(g.ip(), "IP_ADDRESS"))
    return doc


def ju_cro_etico(g: Gen) -> Doc:
    """Hearing minutes of a dental council (CRO) ethics case."""
    doc = Doc()
    uf = g.pick(UFS)
    den = g.person(female=True)
    acc = g.person(female=False)
    rel = g.person(female=False)
    pres = g.person()
    adv_a, adv_b = g.person(female=True), g.person(female=False)
    doc.f("CONSELHO REGIONAL DE ODONTOLOGIA — «uf»\nPROCESSO ÉTICO-DISCIPLINAR Nº «n»/«y»\nTERMO DE AUDIÊNCIA DE INSTRUÇÃO\n\n",
          uf=uf, n=f"{g.ri(1, 199):03d}", y=g.ri(2022, 2025))
    doc.f("Aos «d», às «h», na sede do Conselho, presentes o Conselheiro Instrutor «r» («cr»), «pa» Presidente da Comissão de Ética «p», "
          "a denunciante «dn», acompanhada de sua advogada «aa» («oa»), e o denunciado «ac», cirurgião-dentista inscrito no «cro», "
          "acompanhado de seu procurador «ab» («ob»).\n\n",
          d=g.date("long", 2025), h=g.hm(), r=P(rel.full), cr=(g.council("CRO", uf), "PROFESSIONAL_ID"), p=P(pres.full),
          pa="a" if pres.female else "o",
          dn=P(g.pick([den.full, den.caps])), aa=P(adv_a.full), oa=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          ac=P(g.pick([acc.full, acc.caps])), cro=(g.council("CRO", uf), "PROFESSIONAL_ID"), ab=P(adv_b.full),
          ob=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("DEPOIMENTO DA DENUNCIANTE: «dn», CPF «cpf», nascida em «dob», telefone «ph», residente na «addr», CEP «cep». Relatou que contratou lentes de contato "
          "dentais (facetas em resina) nos elementos «t1» a «t2» por R$ «v», que após «m» meses as facetas «what» e que o "
          "denunciado se recusou a refazer. Afirmou que o denunciado publicava fotos de antes e depois de pacientes no Instagram "
          "sem autorização, inclusive as suas.\n\n",
          dn=P(den.first if g.chance(0.5) else den.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1960, 2003), "DATE_OF_BIRTH"),
          ph=(g.phone(), "PHONE_NUMBER"), addr=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), t1=g.pick(["15", "14", "13"]), t2=g.pick(["25", "24", "23"]), v=g.money(6000, 24000),
          m=g.ri(2, 9), what=g.pick(["descolaram", "escureceram", "causaram inflamação gengival"]))
    doc.f("DEPOIMENTO DO DENUNCIADO: negou as acusações; disse que a paciente faltou às manutenções e que o termo de uso de imagem "
          "foi assinado em «d». Juntou prontuário e odontograma.\n\n", d=g.date("br"))
    for k in range(g.ri(1, 2)):
        t = g.person()
        doc.f("TESTEMUNHA «k»: «t», RG «rg», CPF «cpf», residente na «addr», «rel». Compromissada, disse que «said».\n",
              k=k + 1, t=P(t.full), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), addr=(g.address(), "ADDRESS"),
              rel=g.pick(["auxiliar de saúde bucal (ASB) da clínica à época", "amiga da denunciante", "paciente da clínica",
                          "técnica em prótese dentária"]),
              said=g.pick(["as fotos ficavam num celular da clínica", "o doutor mandou apagar os posts depois da denúncia",
                           "nunca viu a denunciante reclamar na recepção", "a resina usada era de segunda linha"]))
    doc.f("\nO Instrutor indeferiu a oitiva de «x», por ausência de intimação. Encerrada a instrução, abre-se prazo de 15 dias para "
          "razões finais (art. «art» do Código de Processo Ético Odontológico). Infrações em tese: arts. 11, 14 e 44 do Código de "
          "Ética Odontológica (Res. CFO-118/2012). Nada mais.\n\n«r» — Conselheiro Instrutor\nSecretaria «sec»\n",
          x=P(g.person().full), art=g.ri(30, 70), r=P(rel.short),
          sec=g.pick(["ad hoc", "da Comissão", "executiva"]))
    return doc


def ju_ortho_contract(g: Gen) -> Doc:
    """Orthodontic treatment contract for a minor, with guardian, installments, direct debit and e-signature log."""
    doc = Doc()
    cl = g.pick(DENTAL)
    resp = g.person()
    pac = g.relative(resp, g.chance(0.5))
    rt = g.person()
    uf = g.pick(UFS)
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS ODONTOLÓGICOS — ORTODONTIA\nContrato nº «n»\n\nCONTRATADA: «cl», CNPJ «cnpj», "
          "neste ato representada por sua responsável técnica «rt», «cro».\n\nCONTRATANTE: ",
          n=f"ORT-{g.d(5)}/{g.ri(2024, 2026)}", cl=cl, cnpj=(g.cnpj(), "BR_CNPJ"), rt=P(rt.full), cro=(g.council("CRO", uf), "PROFESSIONAL_ID"))
    qualif(g, resp, doc, full_id=True)
    pdob, page = g.dob_age(g.pick(["br", "br", "long"]), 2009, 2017)
    doc.f(", telefone «ph».\n\nPACIENTE (menor): «p», nascid«o» em «dob», «age» anos, CNS «cns».\n\n",
          ph=(g.phone(), "PHONE_NUMBER"), p=P(pac.full), o=pac.o, dob=(pdob, "DATE_OF_BIRTH"), age=page,
          cns=(g.cns(), "BR_CNS") if g.chance(0.5) else "não informado")
    kind = g.pick(["aparelho fixo autoligado metálico", "alinhadores transparentes (32 placas)", "aparelho fixo estético (safira)",
                   "disjuntor palatino + aparelho fixo"])
    n = g.ri(12, 36)
    doc.f("CLÁUSULA 1ª — O objeto é o tratamento ortodôntico com «k», previsão de «m» meses, conforme plano e documentação "
          "(telerradiografia, panorâmica, modelos) de «d».\nCLÁUSULA 2ª — Valor total R$ «v»: entrada de R$ «e» e «n» parcelas "
          "mensais de R$ «pp», com vencimento todo dia «dv», em débito automático na conta do CONTRATANTE: banco «bk», "
          "agência «ag», conta corrente «cc».\n",
          k=kind, m=n, d=g.date("br"), v=g.money(3000, 18000), e=g.money(200, 1500), n=n, pp=g.money(90, 600), dv=g.pick([5, 10, 15, 20]),
          bk=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("CLÁUSULA 3ª — Quebra ou perda de braquetes acima de 3 por ano será cobrada à parte (R$ «b» cada). Faltas sem aviso "
          "de 24 h não são repostas.\nCLÁUSULA 4ª — O CONTRATANTE autoriza o uso de fotografias intra e extraorais «auth».\n"
          "CLÁUSULA 5ª — Fica eleito o foro da comarca de «c», nos termos da Lei 8.078/1990.\n\n",
          b=g.money(40, 120), auth=g.pick(["para fins clínicos apenas, vedada a publicação", "inclusive em redes sociais, com o rosto borrado",
                                           "em congressos e publicações científicas"]), c=g.city()[0])
    t1, t2 = g.person(), g.person()
    doc.f("Testemunhas:\n1. «t1» — CPF «c1»\n2. «t2» — CPF «c2»\n\n", t1=P(t1.full), c1=(g.cpf(), "BR_CPF"), t2=P(t2.full),
          c2=(g.cpf(), "BR_CPF"))
    doc.f("Log de assinaturas (D4Sign) — documento «h»\n", h=g.hexs(32))
    for who, p in (("CONTRATANTE", resp), ("CONTRATADA", rt), ("TESTEMUNHA", t1)):
        doc.f("«w» «n» <«em»> assinou em «d» «t» — IP «ip» — «geo»\n", w=who, n=P(p.full),
              em=(g.email(p) if who != "CONTRATADA" else corp_mail(p, "odonto" + g.pick(["vida", "mais", "center"]) + ".com.br"), "EMAIL_ADDRESS"),
              d=g.date("br"), t=g.hms(), ip=(g.ip(), "IP_ADDRESS"), geo=g.pick(["geolocalização não autorizada", f"-{g.ri(3, 29)}.{g.d(4)}, -{g.ri(35, 60)}.{g.d(4)}"]))
    return doc


def ju_procon(g: Gen) -> Doc:
    """PROCON complaint record (ficha de atendimento / CIP) against a cosmetics e-commerce."""
    doc = Doc()
    c = g.person(female=g.chance(0.75))
    shop = g.pick(SHOPS)
    city, uf = g.city()
    at = g.person()
    fa = f"{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}"
    doc.f("PROCON/«uf» — Sistema Nacional de Informações de Defesa do Consumidor (Sindec)\nFICHA DE ATENDIMENTO Nº «fa»\n"
          "Data de abertura: «d»   Tipo: «tp»   Atendente: «at»\n\n", uf=uf, fa=fa, d=g.date("br"),
          tp=g.pick(["CIP — Carta de Informações Preliminares", "Reclamação", "Atendimento preliminar"]), at=P(at.full))
    dob = g.dob(g.pick(["br", "br", "iso"]), 1950, 2005)
    rows = [("Consumidor", P(g.pick([c.full, c.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
            ("Data de nascimento", (dob, "DATE_OF_BIRTH")), ("Sexo", V("F" if c.female else "M")),
            ("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(c), "EMAIL_ADDRESS")),
            ("Endereço", (g.address(g.pick(["text", "caps"])), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS))),
            ("Município/UF", V(f"{city}/{uf}")), ("CEP", (g.cep(), "BR_CEP"))]
    for k, v in rows:
        doc.f("«k»: «v»\n", k=k.ljust(20), v=v)
    doc.f("\nFORNECEDOR: «s» — «rz»\nCNPJ: «cnpj»\n\n", s=shop, rz=g.pick(["COMERCIO DE COSMETICOS EIRELI", "BELEZA DIGITAL LTDA",
                                                                      "E-COMMERCE DE HIGIENE PESSOAL S.A."]),
          cnpj=(g.cnpj(alnum=g.chance(0.45)), "BR_CNPJ"))
    on = order_no(g)
    doc.f("RELATO: «r»\n", r=typo(g, g.pick([
        f"Consumidora comprou em {g.date('br')} o pedido {on} (kit skincare com ácido glicólico), pagou R$ {g.money(150, 800)} e "
        "exerceu o direito de arrependimento no 5º dia (art. 49 do CDC). A loja recolheu o produto mas não estornou o valor.",
        f"Assinatura do clube de beleza cancelada em {g.date('br')} continua sendo cobrada no cartão. Já foram 3 cobranças de "
        f"R$ {g.money(49, 99)} após o cancelamento (protocolo {g.protocol()}).",
        f"Produto (protetor solar FPS 70) chegou com validade vencida e causou alergia, atendimento médico com CID L23.9. Loja "
        f"ofereceu apenas cupom de 10%. Pedido {on}."]), 0.3))
    doc.f("PEDIDO DO CONSUMIDOR: «p»\n\n", p=g.pick(["restituição em dobro (art. 42, parágrafo único, CDC)", "estorno integral",
                                                     "reembolso e indenização das despesas médicas"]))
    rep = g.person()
    doc.f("RESPOSTA DO FORNECEDOR («d»), por «rp», «cargo» («em»):\n«txt»\n\nSituação: «sit»\n",
          d=g.date("br"), rp=P(rep.full), cargo=g.pick(["analista de relacionamento", "coordenador" + ("a" if rep.female else "") + " jurídic" + rep.o,
                                                        "advogad" + rep.o]),
          em=(corp_mail(rep, dom_of(shop)), "EMAIL_ADDRESS"),
          txt=g.pick(["O estorno foi solicitado à adquirente em " + g.date("br") + " e aparecerá em até duas faturas.",
                      "Não localizamos o pedido no CPF informado; solicitamos o número da nota fiscal.",
                      "Em caráter de cortesia, restituímos o valor via Pix à consumidora."]),
          sit=g.pick(["Atendida", "Não atendida — encaminhar para audiência", "Aguardando manifestação do consumidor"]))
    if g.chance(0.5):
        doc.f("Audiência de conciliação designada para «d» às «h» (sala virtual). Conciliadora: «c».\n",
              d=g.date("br"), h=g.hm(), c=P(g.person(female=True).full))
    return doc


def ju_acordo(g: Gen) -> Doc:
    """Settlement agreement filed in a lawsuit over a chemical burn in a hair salon."""
    doc = Doc()
    a = g.person(female=g.chance(0.8))
    salon = g.pick(SALONS)
    owner = g.person()
    adv_a, adv_r = g.person(), g.person()
    uf = g.pick(UFS)
    doc.f("EXMO. SR. DR. JUIZ DE DIREITO DA «n»ª VARA CÍVEL DO FORO «f»\n\nProcesso nº «cnj»\n\n",
          n=g.ri(1, 45), f=g.pick(["REGIONAL DE PINHEIROS", "CENTRAL", "DE SANTO AMARO", "REGIONAL DA BARRA DA TIJUCA"]), cnj=g.cnj())
    doc.f("«a», já qualificada nos autos (CPF «cpf»), e «sal» (CNPJ «cnpj»), neste ato representado por sua sócia «o», "
          "vêm, por seus advogados, requerer a homologação do seguinte ACORDO:\n\n",
          a=P(g.pick([a.full, a.caps])), cpf=(g.cpf(), "BR_CPF"), sal=fold(salon).upper() + " LTDA - ME",
          cnpj=(g.cnpj(), "BR_CNPJ"), o=P(owner.full))
    v = g.money(3000, 25000)
    n = g.ri(1, 6)
    doc.f("1. O Réu pagará à Autora R$ «v», em «n» parcela(s), vencendo a primeira em «d», mediante ", v=v, n=n, d=g.date("br"))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("depósito na conta de titularidade da Autora, banco «b», agência «ag», conta «cc».\n",
              b=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    elif k == 1:
        doc.f("Pix para a chave aleatória «k», de titularidade da Autora.\n", k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("depósito na conta do patrono da Autora, «adv», banco «b», ag. «ag», c/c «cc», que dará quitação.\n",
              adv=P(adv_a.full), b=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("2. Em caso de atraso, multa de «m»% sobre o saldo e vencimento antecipado.\n3. O Réu custeará ainda ", m=g.pick([10, 20, 30, 50]))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("«n» sessões de laserterapia com a dermatologista «x» («crm»).\n", n=g.ri(3, 10), x=P(g.person(female=True).full),
              crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    else:
        doc.t(["o tratamento capilar prescrito.\n", "o transplante capilar, se indicado por perícia.\n", ""][k - 1] or "nada.\n")
    doc.f("4. Com o cumprimento, a Autora dá plena quitação quanto aos fatos de «d» (queimadura química de couro cabeludo, «cid», "
          "após «proc» feita pela profissional «pro»), nada mais tendo a reclamar, inclusive quanto a danos estéticos.\n"
          "5. A Autora se compromete a remover as publicações sobre o caso no perfil @«ig» em 5 dias.\n6. Custas em proporção; "
          "honorários pelas partes.\n\n",
          d=g.date("br"), cid=g.pick(["T20.1", "T20.2", "L23.5", "L24.5"]),
          proc=g.pick(["alisamento com produto à base de formol", "descoloração global", "relaxamento com tioglicolato",
                       "progressiva 'orgânica'"]),
          pro=P(g.person(female=True).first), ig=re.sub(r"[^a-z]", "", fold(a.first).lower()) + g.pick(["oficial", ".beauty", "_"]) + g.d(2))
    doc.f("7. Comunicações sobre o cumprimento: Autora pelo e-mail «ea» e WhatsApp «pa»; Réu pelo «pr».\n\n",
          ea=(g.email(a), "EMAIL_ADDRESS"), pa=(g.phone(), "PHONE_NUMBER"), pr=(g.phone(), "PHONE_NUMBER"))
    doc.f("«city», «d».\n\n«aa»\n«oa»\n\n«ar»\n«orr»\n", city=g.city()[0], d=g.date("long"),
          aa=P(adv_a.full), oa=(g.council("OAB", uf), "PROFESSIONAL_ID"), ar=P(g.pick([adv_r.full, adv_r.caps])),
          orr=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_coren(g: Gen) -> Doc:
    """Nursing council (COREN) complaint and preliminary report on a nurse doing aesthetic procedures."""
    doc = Doc()
    uf = g.pick(UFS)
    nurse = g.person(female=True)
    comp = g.person(female=True)
    fisc = g.person(female=True)
    doc.f("COREN-«uf» — Departamento de Fiscalização\nRELATÓRIO PRELIMINAR — Denúncia nº «n»\nAssunto: exercício de procedimentos "
          "estéticos injetáveis por profissional de enfermagem\n\n", uf=uf, n=f"{g.d(4)}/{g.ri(2024, 2026)}")
    doc.f("1. DENUNCIANTE: «c», CPF «cpf», tel. «ph», e-mail «em».\n2. DENUNCIADA: «nn», «coren», proprietária do "
          "«biz» (CNPJ «cnpj»), situado na «baddr».\n\n",
          c=P(g.pick([comp.full, comp.caps])), cpf=(g.cpf(), "BR_CPF"), ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(comp), "EMAIL_ADDRESS"),
          nn=P(nurse.full), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"), biz=g.pick(["Espaço " + nurse.first + " Estética",
                                                                                           "Studio Harmonize", "Clínica Bela Flor"]),
          cnpj=(g.cnpj(), "BR_CNPJ"), baddr=g.pick(["Rua Treze de Maio, 400, sala 8", "Av. Getúlio Vargas, 1022", "Rua Augusta, 2690"]))
    doc.f("3. FATOS: a denunciante relata ter feito «p» em «d» e apresentado «h», sendo socorrida pelo médico «m» («crm») no "
          "Hospital «hosp». Nascida em «dob», refere diabetes tipo 2 (E11.9) não questionada na anamnese.\n",
          p=g.pick(["aplicação de enzima lipolítica na papada", "preenchimento de olheiras", "microagulhamento com drug delivery",
                    "aplicação de toxina botulínica (sem prescrição médica)"]),
          d=g.date("br"), h=g.pick(["edema e infecção local", "hematoma extenso e necrose cutânea", "reação alérgica grave (T78.4)"]),
          m=P(g.person().full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          hosp=g.pick(["Santa Rosa", "São Bento", "Aurora", "Vitória", "Prudente de Morais"]), dob=(g.dob("br", 1958, 2002), "DATE_OF_BIRTH"))
    doc.f("4. DILIGÊNCIA: em «d», a fiscal «f» («fc») compareceu ao local. Encontrados: frascos de «prod» sem nota fiscal, "
          "fichas de anamnese sem assinatura e «k» termos de consentimento para fotos de antes/depois. Presentes a técnica de "
          "enfermagem «te» («tc») e a recepcionista «r».\n",
          d=g.date("br"), f=P(fisc.full), fc=(g.council("COREN", uf), "PROFESSIONAL_ID"), prod=g.pick(PRODUCTS_TOX + PRODUCTS_FILL),
          k=g.ri(3, 40), te=P(g.person(female=True).full), tc=(g.council("COREN", uf), "PROFESSIONAL_ID"), r=P(g.person(female=True).first))
    doc.f("5. CONCLUSÃO: há indícios de infração ao Código de Ética dos Profissionais de Enfermagem (Res. Cofen 564/2017, arts. 45 e 62). "
          "Encaminhe-se à Comissão de Ética. Cópia à Vigilância Sanitária e ao Ministério Público (Lei 12.842/2013).\n\n"
          "«f»\nEnfermeira Fiscal — «fc»\n", f=P(fisc.short), fc=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def ju_laudo(g: Gen) -> Doc:
    """Court expert report (dentistry) in a lawsuit about failed dental implants."""
    doc = Doc()
    uf = g.pick(UFS)
    a = g.person()
    perito = g.person()
    pcro = g.council("CRO", uf)
    at_a, at_r = g.person(), g.person()
    reu = g.person()
    dob, age = g.dob_age(g.pick(["br", "long"]), 1948, 1990)
    doc.f("LAUDO PERICIAL ODONTOLÓGICO\nProcesso: «cnj» — «n»ª Vara Cível de «c»\nAutor(a): «a»\nRéus: «cl» e «r»\n"
          "Perito do Juízo: «p» — «cro»\n\n", cnj=g.cnj(), n=g.ri(1, 12), c=g.city()[0], a=P(a.caps), cl=g.pick(DENTAL),
          r=P(g.pick([reu.full, reu.caps])), p=P(perito.full), cro=(pcro, "PROFESSIONAL_ID"))
    doc.f("1. IDENTIFICAÇÃO DO PERICIADO\n«a», «age» anos, nascid«o» em «dob», «civ», RG «rg», CPF «cpf», CNS «cns».\n\n",
          a=P(a.full), age=age, o=a.o, dob=(dob, "DATE_OF_BIRTH"), civ=g.pick(["aposentad" + a.o, "comerciante", "do lar", "motorista"]),
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"))
    t = sorted(g.rng.sample(TEETH, g.ri(2, 4)))
    doc.f("2. HISTÓRICO\nEm «d1» o periciado foi submetido à instalação de implantes nas regiões dos elementos «t», com carga imediata, "
          "pelo réu «r» («cro2»). Em «d2» relatou mobilidade e dor; radiografia periapical mostrou perda óssea. Diagnóstico: "
          "peri-implantite (CID «cid»). Os implantes foram removidos pela cirurgiã «s» («cro3») em «d3».\n\n",
          d1=g.date("br", g.pick([2021, 2022, 2023])), t=", ".join(t), r=P(reu.short), cro2=(g.council("CRO", uf), "PROFESSIONAL_ID"),
          d2=g.date("br", 2023), cid=g.pick(["K08.1", "M27.6", "K05.3"]), s=P(g.person(female=True).full),
          cro3=(g.council("CRO", uf), "PROFESSIONAL_ID"), d3=g.date("br", 2024))
    doc.f("3. EXAME\nRealizado em «d» no consultório do perito, presentes os assistentes técnicos «aa» («ca», pelo autor) e «ar» "
          "(«cr», pelos réus). Tomografia computadorizada de feixe cônico nº «tc». Ausência dos elementos «t»; defeito ósseo "
          "horizontal de «mm» mm.\n\n", d=g.date("br", 2025), aa=P(at_a.full), ca=(g.council("CRO", uf), "PROFESSIONAL_ID"), ar=P(at_r.full),
          cr=(g.council("CRO", uf), "PROFESSIONAL_ID"), tc=g.d(8), t=", ".join(t), mm=g.ri(2, 7))
    doc.f("4. RESPOSTA AOS QUESITOS\nQuesito 1 do autor — Houve falha técnica? R.: Sim; o planejamento não incluiu exame tomográfico "
          "prévio, o que «wu».\nQuesito 3 dos réus — O autor seguiu as orientações de higiene? R.: Parcialmente; é tabagista.\n\n"
          "5. CONCLUSÃO\nNexo causal parcial. Custo estimado de retratamento: R$ «v» (enxerto + «k» implantes + próteses).\n\n"
          "«c», «d».\n«p»\nCirurgião-dentista — «cro»\n«em» · «ph»\n", em=(g.email(perito), "EMAIL_ADDRESS"), ph=(g.phone(), "PHONE_NUMBER"), wu=g.pick(["seria prudente em paciente diabético", "contraria o protocolo",
                                                                       "é conduta esperada do especialista"]),
          v=g.money(9000, 45000), k=len(t), c=g.city()[0], d=g.date("long", 2025), p=P(perito.full), cro=(pcro, "PROFESSIONAL_ID"))
    return doc


# =========================================================================== saude

FACES = ["O", "M", "D", "V", "L", "P", "MO", "DO", "MOD", "OV"]
TUSS = [("81000065", "Consulta odontológica inicial"), ("85100196", "Restauração em resina fotopolimerizável 1 face"),
        ("85100200", "Restauração em resina fotopolimerizável 2 faces"), ("85200093", "Tratamento endodôntico unirradicular"),
        ("85200115", "Tratamento endodôntico multirradicular"), ("84000198", "Profilaxia: polimento coronário"),
        ("85300047", "Raspagem supra-gengival"), ("82000174", "Exodontia simples de permanente"),
        ("85400467", "Coroa total metalo-cerâmica"), ("81000421", "Radiografia periapical"),
        ("85400556", "Núcleo de preenchimento"), ("84000090", "Aplicação tópica de flúor")]


def patient_header(g: Gen, doc: Doc, p: Person, cns: bool = True, style: str = "lines") -> None:
    city, uf = g.city()
    dob, age = g.dob_age(g.pick(["br", "br", "iso", "nopad"]), 1945, 2015)
    items = [("Paciente", P(g.pick([p.full, p.caps]))), ("Nasc.", (dob, "DATE_OF_BIRTH")), ("Idade", V(f"{age}a")),
             ("CPF", (g.cpf(), "BR_CPF"))]
    if cns:
        items.append(("CNS", (g.cns(), "BR_CNS")))
    items += [("Tel", (g.phone(), "PHONE_NUMBER")), ("End.", (g.address(g.pick(["text", "caps", "low"])), "ADDRESS")),
              ("Cidade", V(f"{city}-{uf}")), ("CEP", (g.cep(g.chance(0.8)), "BR_CEP"))]
    if style == "lines":
        for k, v in items:
            doc.f("«k»: «v»\n", k=k, v=v)
    else:
        for i, (k, v) in enumerate(items):
            doc.f("«k»: «v»«sep»", k=k, v=v, sep="\n" if i % 3 == 2 or i == len(items) - 1 else "   ")


def sa_odontograma(g: Gen) -> Doc:
    """Dental chart printed from the clinic software: odontogram, treatment plan with TUSS codes, evolution."""
    doc = Doc()
    cl = g.pick(DENTAL)
    pac = g.person()
    dent = g.person()
    uf = g.pick(UFS)
    cro = g.council("CRO", uf)
    doc.f("«cl» — CNPJ «cnpj»\nPRONTUÁRIO ODONTOLÓGICO  nº «n»      Emitido em «d»\n\n", cl=cl, cnpj=(g.cnpj(), "BR_CNPJ"), n=g.d(6), d=g.date("br"))
    patient_header(g, doc, pac, cns=g.chance(0.7), style=g.pick(["lines", "grid"]))
    doc.f("E-mail: «em»   Contato recado: «ph»\n", em=(g.email(pac), "EMAIL_ADDRESS"), ph=(g.phone(), "PHONE_NUMBER"))
    doc.f("Convênio: «pl»  Carteirinha: «cart»  Validade: «val»\nResponsável clínico: «dn» — «cro»\n\n",
          pl=g.pick(PLANS + ["Particular"]), cart=g.neg(16) if g.chance(0.5) else g.d(17), val=g.date("br", 2026),
          dn=P(dent.full), cro=(cro, "PROFESSIONAL_ID"))
    doc.t("ODONTOGRAMA (notação FDI)\n")
    for t in sorted(g.rng.sample(TEETH, g.ri(4, 7)), key=lambda x: int(x)):
        doc.f("  «t» — «st»\n", t=t, st=g.pick(["cárie face " + g.pick(FACES), "restauração de amálgama insatisfatória", "ausente",
                                                  "fratura de cúspide", "lesão periapical (K04.5)", "coroa provisória", "mobilidade grau II",
                                                  "hígido", "raiz residual", "implante"]))
    doc.t("\nPLANO DE TRATAMENTO\n")
    rows = []
    for _ in range(g.ri(3, 5)):
        code, name = g.pick(TUSS)
        rows.append([V(code), V(name), V(g.pick(TEETH)), V(g.pick(FACES + ["-"])), V(g.money(60, 1800)), V(g.pick(["A", "E", "F"]))])
    table_fixed(doc, ["TUSS", "Procedimento", "Dente", "Face", "Valor R$", "St"], rows)
    doc.t("(St: A=a realizar, E=em andamento, F=finalizado)\n\nEVOLUÇÃO CLÍNICA\n")
    for _ in range(g.ri(2, 4)):
        who = g.pick([dent, dent, g.person()])
        doc.f("«d» «h» — «txt» — «w»\n", d=g.date("br"), h=g.hm(),
              txt=g.pick(["anestesia infiltrativa (lidocaína 2% c/ epinefrina), isolamento absoluto, restauração em resina A2",
                          "paciente relata sensibilidade ao frio; aplicado verniz fluoretado", "abertura coronária e odontometria",
                          "paciente faltou sem avisar (2ª falta)", "moldagem com silicone de adição, enviado ao laboratório",
                          "prescrito amoxicilina 500 mg 8/8 h por 7 dias"]),
              w=P(g.pick([who.short, fold(who.short).upper()]) if who is not dent or g.chance(0.5) else who.first))
    doc.f("\nAlergias: «al»   Medicamentos: «med»\n",
          al=g.pick(["dipirona", "látex", "nega", "penicilina"]), med=g.pick(["losartana 50 mg", "metformina", "nenhum", "AAS 100 mg"]))
    return doc


def sa_botox(g: Gen) -> Doc:
    """Aesthetic clinic: botulinum toxin / filler application record with lots, units and image consent."""
    doc = Doc()
    clin = g.pick(CLINICS)
    pac = g.person(female=g.chance(0.8), word=g.chance(0.2))
    kind = g.ri(0, 2)
    prof = g.person()
    pid = g.council(["CRM", "CRO", "CRBM"][kind], g.pick(UFS))
    title = ["médico(a) dermatologista", "cirurgiã(o)-dentista — harmonização orofacial", "biomédico(a) esteta"][kind]
    doc.f("«clin»\nREGISTRO DE APLICAÇÃO — TOXINA BOTULÍNICA / PREENCHEDORES\n\n", clin=clin)
    dob, age = g.dob_age(g.pick(["br", "br", "short"]), 1960, 2004)
    doc.f("Paciente: «n»    Data de nasc.: «dob» («age» anos)\nCPF: «cpf»    Celular: «ph»    E-mail: «em»\n"
          "Profissional: «pr» — «pid» («t»)\nData da aplicação: «d»    Retorno: «r»\n\n",
          n=P(g.pick([pac.full, pac.caps])), dob=(dob, "DATE_OF_BIRTH"), age=age, cpf=(g.cpf(), "BR_CPF"), ph=(g.phone(), "PHONE_NUMBER"),
          em=(g.email(pac), "EMAIL_ADDRESS"), pr=P(prof.full), pid=(pid, "PROFESSIONAL_ID"), t=title, d=g.date("br"),
          r=g.date("br"))
    tox = g.pick(PRODUCTS_TOX)
    doc.f("Produto: «tox»   Lote: «lot»   Validade: «val»   Diluição: «dil» mL SF 0,9%\n", tox=tox,
          lot=g.pick([f"C{g.d(4)}C{g.d(1)}", f"{g.d(6)}A", f"L{g.d(5)}"]), val=f"{g.ri(1, 12):02d}/{g.ri(2026, 2028)}", dil=g.pick(["1,0", "2,0", "2,5"]))
    tot = 0
    doc.t("Pontos / unidades:\n")
    for area in g.rng.sample(["frontal", "glabela", "orbicular D", "orbicular E", "masseter D", "masseter E", "mentual", "platisma",
                              "DAO (depressor do ângulo da boca)", "nasal (bunny lines)"], g.ri(3, 5)):
        u = g.pick([2, 4, 6, 8, 10, 12, 15, 20, 25])
        tot += u
        doc.f("  - «a»: «u» U\n", a=area, u=u)
    doc.f("  Total: «t» U\n", t=tot)
    if g.chance(0.6):
        doc.f("Preenchedor: «f» 1 mL, lote «l» — «a» (cânula 22G)\n", f=g.pick(PRODUCTS_FILL), l=g.d(8),
              a=g.pick(["lábios", "olheiras", "mandíbula", "malar", "sulco nasogeniano"]))
    doc.f("\nIntercorrências: «i»\nOrientações: não deitar por 4 h, não massagear, evitar academia e sauna por 24 h, «wu».\n\n",
          i=g.pick(["nenhuma", "pequeno hematoma em glabela", "dor leve, gelo local", "eritema transitório"]),
          wu=g.pick(["evitar luz solar direta", "seria prudente suspender o ômega 3 por 7 dias", "retorno para retoque em 15 dias"]))
    doc.f("TERMO DE CONSENTIMENTO E USO DE IMAGEM\nEu, «n», CPF «cpf», declaro que fui informad«o» dos riscos (ptose, assimetria, "
          "hematoma, necrose, oclusão vascular) e «aut» o uso das fotografias de antes/depois «onde». Instagram da paciente: @«ig».\n"
          "Testemunha: «tw»\nAssinado digitalmente em «d» «h» — IP «ip»\n",
          n=P(pac.full), cpf=g.masked_cpf(), o=pac.o,
          aut=g.pick(["AUTORIZO", "NÃO AUTORIZO", "autorizo parcialmente (sem mostrar os olhos)"]),
          onde=g.pick(["nas redes sociais da clínica", "em aulas e congressos", "no prontuário apenas"]),
          ig=re.sub(r"[^a-z]", "", fold(pac.first).lower()) + g.pick(["_", ".", ""]) + re.sub(r"[^a-z]", "", fold(pac.last).lower())[:6],
          tw=P(g.person(female=True).full), d=g.date("br"), h=g.hms(), ip=(g.ip(), "IP_ADDRESS"))
    return doc


def sa_complication(g: Gen) -> Doc:
    """E-mail thread on a filler complication (vascular occlusion) and the referral letter to the emergency room."""
    doc = Doc()
    clin = g.pick(CLINICS)
    dom = dom_of(clin)
    nurse = g.person(female=g.chance(0.8))
    doc_ = g.person()
    pac = g.person(female=g.chance(0.85))
    uf = g.pick(UFS)
    doc.f("De: «n» <«em»>\nPara: «m» <«em2»>\nCc: qualidade@«dom»\nData: «d» «h»\nAssunto: URGENTE - intercorrência pós-preenchimento - «p»\n\n",
          n=P(nurse.full), em=(corp_mail(nurse, dom), "EMAIL_ADDRESS"), m=P(doc_.full), em2=(corp_mail(doc_, dom), "EMAIL_ADDRESS"),
          dom=dom, d=g.date("br"), h=g.hm(), p=P(fold(pac.short).upper()))
    doc.f("Dr«a». «m», a paciente «p» (prontuário «pr») voltou hoje com dor intensa, palidez e livedo em asa nasal esquerda, "
          "«hh» h após o preenchimento feito em «dd». Já iniciei compressa morna e massagem. Ela está na sala 2 com o marido, "
          "«hus» (tel. «ph»). Aguardo orientação.\n«ns»\nEnfermeira — «coren»\n\n",
          a="a" if doc_.female else "", m=P(doc_.first), p=P(pac.first), pr=g.d(6), hh=g.ri(3, 30),
          dd=g.date("br"), hus=P(g.relative(pac, False).full), ph=(g.phone(), "PHONE_NUMBER"),
          ns=P(nurse.first), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    doc.f("> Resposta de «m»:\n> Aplicar hialuronidase 1500 UTR em toda a área (protocolo), repetir em 60 min se não houver "
          "reperfusão. AAS 300 mg. Se piora visual, encaminhar IMEDIATAMENTE. Estou a caminho.\n\n", m=P(doc_.short))
    city, ufc = g.city()
    doc.f("----- anexo: encaminhamento.pdf -----\nENCAMINHAMENTO — «hosp»\nEncaminho a paciente «p», nascida em «dob», CPF «cpf», "
          "CNS «cns», residente na «addr», «city»/«ufc», CEP «cep», tel. «tel», para avaliação oftalmológica e vascular de urgência. Hipótese: oclusão "
          "vascular pós-preenchimento com ácido hialurônico (T88.7 / I74.9). Produto: «f», lote «l».\n\n«m»\n«crm»\n",
          hosp=g.pick(["Pronto-Socorro do Hospital São Bento", "UPA Aurora", "Hospital Santa Luzia", "Pronto Atendimento Vitória"]),
          p=P(pac.full), dob=(g.dob(g.pick(["br", "long"]), 1965, 2003), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"),
          addr=(g.address(), "ADDRESS"), city=city, ufc=ufc, cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"), f=g.pick(PRODUCTS_FILL), l=g.d(8), m=P(g.pick([doc_.full, doc_.caps])),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        doc.f("\n> «ns» escreveu:\n> Paciente liberada às «h», com melhora parcial. Acompanhante assinou a alta. Registrei a notificação "
              "no Notivisa («nv»).\n", ns=P(nurse.first), h=g.hm(), nv=f"{g.ri(2024, 2026)}.{g.d(2)}.{g.d(6)}")
    return doc


def sa_lab_order(g: Gen) -> Doc:
    """Work order from a dental office to a prosthesis laboratory, with pickup by a courier."""
    doc = Doc()
    lab = g.pick(LABS)
    dent = g.person()
    tpd = g.person()
    pac = g.person()
    uf = g.pick(UFS)
    moto = g.person(female=False)
    doc.f("«lab» — CNPJ «cnpj»\nORDEM DE SERVIÇO Nº «os»      Entrada: «d1»   Entrega prevista: «d2»\n\n",
          lab=lab, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), os=g.d(5), d1=g.date("br"), d2=g.date("br"))
    doc.f("Dentista: «dn» — «cro»\nClínica: «cl»   Tel.: «ph»   E-mail: «em»\n", dn=P(g.pick([dent.full, dent.short])),
          cro=(g.council("CRO", uf), "PROFESSIONAL_ID"), cl=g.pick(DENTAL), ph=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          em=(g.email(dent), "EMAIL_ADDRESS"))
    doc.f("Paciente: «p»   Idade: «a»   Sexo: «s»\n\n", p=P(g.pick([pac.full, pac.short, fold(pac.short).upper()])), a=g.ri(18, 85),
          s="F" if pac.female else "M")
    work = g.pick([("coroa em zircônia monolítica", "16"), ("faceta em dissilicato de lítio", "11, 21"),
                   ("prótese total superior", "—"), ("PPR inferior com grampos", "35 a 45"), ("protocolo sobre 4 implantes", "arcada inf."),
                   ("placa miorrelaxante", "superior"), ("coroa metalocerâmica", "36")])
    doc.f("Trabalho: «w»\nElementos: «e»\nCor: «c» (escala Vita)   Material: «m»\nEtapa: «et»\nObs.: «o»\n\n",
          w=work[0], e=work[1], c=g.pick(["A1", "A2", "A3", "B1", "BL2", "A3,5"]), m=g.pick(["Zr", "E.max", "resina acrílica", "Co-Cr"]),
          et=g.pick(["prova de estrutura", "prova de dentes em cera", "acabamento final", "moldagem de trabalho"]),
          o=g.pick(["paciente exigente, conferir cor com foto anexa", "caso de garantia, não cobrar", "urgente — casamento da paciente dia " + g.date("br"),
                    "ajustar contato proximal"]))
    doc.f("Técnico responsável: «t» — «tid»\nValor: R$ «v»  (faturar no CPF do dentista «cpf»)\n\n", t=P(tpd.full),
          tid=(g.council("TPD", uf), "PROFESSIONAL_ID"), v=g.money(90, 3500), cpf=(g.cpf(), "BR_CPF"))
    doc.f("Retirada: «d» «h» — motoboy «m» (moto placa «pl», «app»), recebido na clínica por «r».\n",
          d=g.date("br"), h=g.hm(), m=P(g.pick([moto.full, moto.first, moto.nick])), pl=(g.plate(), "LICENSE_PLATE"),
          app=g.pick(["Loggi", "próprio do laboratório", "Lalamove"]), r=P(g.person(female=True).first))
    return doc


def sa_anamnese(g: Gen) -> Doc:
    """Online health questionnaire before a tattoo or micropigmentation, as exported from the form tool."""
    doc = Doc()
    st = g.pick(STUDIOS + ["Studio Sobrancelha Perfeita", "Espaço Aurora Micropigmentação"])
    c = g.person()
    emer = g.person()
    art = g.person()
    doc.f("Resposta nº «n» — Formulário \"Ficha de anamnese «st»\" — enviada em «d» «h» (IP «ip»)\n\n",
          n=g.ri(100, 2999), st=st, d=g.date("br"), h=g.hms(), ip=(g.ip(), "IP_ADDRESS"))
    qa = [("Nome completo", P(g.pick([c.full, c.low, c.caps]))), ("Data de nascimento", (g.dob(g.pick(["br", "nopad", "iso", "short"]), 1960, 2007), "DATE_OF_BIRTH")),
          ("CPF", (g.cpf(g.pick(["dot", "raw", "raw"])), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
          ("WhatsApp", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(c), "EMAIL_ADDRESS")),
          ("Endereço", (g.address(g.pick(["text", "low"])), "ADDRESS")), ("CEP", (g.cep(g.chance(0.6)), "BR_CEP")),
          ("Contato de emergência (nome)", P(g.pick([emer.full, emer.first]))),
          ("Contato de emergência (telefone)", (g.phone(), "PHONE_NUMBER"))]
    for q, a in qa:
        doc.f("«q»: «a»\n", q=q, a=a)
    doc.f("Procedimento: «p»\nTatuador(a)/pigmentador(a): «a»\n", p=g.pick(["tatuagem costela 20 cm (realismo)", "micropigmentação labial",
                                                                            "fio a fio sobrancelha", "cobertura de tatuagem antiga no braço",
                                                                            "tatuagem escrita no pulso"]),
          a=P(g.pick([art.first, art.nick, art.full])))
    yes = lambda: g.pick(["Sim", "Não", "Não", "Não"])  # noqa: E731
    for q in ["Tem diabetes?", "Tem ou já teve hepatite?", "É portador(a) de HIV?", "Usa anticoagulante?",
              "Tem tendência a queloide?", "Está grávida ou amamentando?", "Tem alergia a algum medicamento/metal?"]:
        doc.f("«q» «a»\n", q=q, a=yes())
    doc.f("Usa algum medicamento contínuo? «m»\nJá teve reação em tatuagem? «r»\nObservações: «o»\n",
          m=g.pick(["Não", "roacutan (parei há 2 meses)", "sertralina 50mg", "anticoncepcional", "levotiroxina"]),
          r=g.pick(["não", "sim, inchou a tinta vermelha", "nunca fiz"]),
          o=g.pick(["tenho psoríase (L40.0) nos cotovelos", "fiz laser pra remover a antiga", "sou doadora de sangue",
                    "minha médica, Dra. " + g.person(female=True).short + ", liberou", "—"]))
    m = re.search(r"minha médica, Dra\. (.+), liberou", doc.text)
    if m:
        doc.spans.append({"start": m.start(1), "end": m.end(1), "label": "PERSON"})
    doc.f("Autorizo fotos para portfólio: «a»\nDeclaro que as informações acima são verdadeiras. ☑\n", a=g.pick(["Sim", "Não", "Só sem rosto"]))
    return doc


def sa_gto(g: Gen) -> Doc:
    """Dental insurance treatment guide (GTO, TISS layout) as text, with procedures per tooth."""
    doc = Doc()
    plan = g.pick(PLANS)
    ben = g.person()
    dent = g.person()
    uf = g.pick(UFS)
    doc.f("GUIA DE TRATAMENTO ODONTOLÓGICO — GTO   («pl»)\n1-Registro ANS: «ans»   2-Nº Guia no Prestador: «gp»   3-Nº Guia Principal: «gpp»\n"
          "4-Data da autorização: «da»   5-Senha: «sn»   6-Validade da senha: «vs»\n",
          pl=plan, ans=g.d(6), gp=g.d(9), gpp=g.neg(11), da=g.date("br"), sn=g.d(10), vs=g.date("br"))
    doc.f("DADOS DO BENEFICIÁRIO\n8-Número da carteira: «cart»   9-Plano: «tp»   10-Empresa: «emp»\n11-Nome: «n»\n"
          "12-Telefone: «ph»   13-Cartão Nacional de Saúde: «cns»\n",
          cart=g.pick([g.d(17), f"{g.d(4)} {g.d(4)} {g.d(4)} {g.d(4)}", g.neg(16)]), tp=g.pick(["Dental Essencial", "Orto Plus", "Integral Doc"]),
          emp=g.pick(["Amado Cosméticos Online", "Transportes Bento Amaral S.A.", "Prefeitura de Aurora", "—"]),
          n=P(g.pick([ben.caps, ben.full])), ph=(g.phone(), "PHONE_NUMBER"), cns=(g.cns(), "BR_CNS"))
    doc.f("Dados complementares: nasc. «dob» · CPF «cpf» · e-mail «em»\n", dob=(g.dob("br", 1940, 2018), "DATE_OF_BIRTH"),
          cpf=(g.cpf(), "BR_CPF"), em=(g.email(ben), "EMAIL_ADDRESS"))
    doc.f("DADOS DO CONTRATADO\n16-Nome do profissional solicitante: «s»   17-Conselho/Número/UF: «c1»\n"
          "18-Código CNES: «cnes»   19-Contratado executante: «e»   20-CNPJ/CPF: «cnpj»\n\n",
          s=P(g.pick([dent.caps, dent.full])), c1=(g.council("CRO", uf), "PROFESSIONAL_ID"), cnes=g.d(7),
          e=g.pick(DENTAL), cnpj=(g.cnpj(), "BR_CNPJ"))
    rows = []
    for i in range(g.ri(3, 6)):
        code, name = g.pick(TUSS)
        rows.append([V(str(i + 1)), V("22"), V(code), V(name[:34]), V(g.pick(TEETH + ["AS", "AI"])), V(g.pick(FACES)), V("1"), V(g.money(40, 900))])
    table_fixed(doc, ["#", "Tab", "Código", "Descrição", "Dente", "Face", "Qt", "Valor R$"], rows)
    doc.f("\n34-Data de início: «di»   35-Tipo de atendimento: «ta»   36-Total: R$ «t»\nObservação: «o»\n"
          "Assinatura do beneficiário ou responsável: «sb»    Assinatura do dentista: «sd»\n",
          di=g.date("br"), ta=g.pick(["1-Tratamento odontológico", "2-Exame radiológico", "4-Urgência"]), t=g.money(200, 4000),
          o=g.pick(["perícia inicial solicitada (RX anexo)", f"beneficiário titular: {'«tit»'}", "dente 46 com lesão de furca",
                    "paciente menor, nascido em «nb»"]),
          sb=P(g.pick([ben.short, ben.full])), sd=P(dent.short))
    # fill in the placeholders left in the free-text observation with labelled values
    for key, val, lab in (("«tit»", g.person().full, "PERSON"), ("«nb»", g.dob("br", 2010, 2019), "DATE_OF_BIRTH")):
        if key in doc.text:
            i = doc.text.index(key)
            doc.text = doc.text[:i] + val + doc.text[i + len(key):]
            for s_ in doc.spans:
                if s_["start"] > i:
                    s_["start"] += len(val) - len(key)
                    s_["end"] += len(val) - len(key)
            doc.spans.append({"start": i, "end": i + len(val), "label": lab})
    return doc


def sa_spa_intake(g: Gen) -> Doc:
    """Spa / massage therapy intake sheet for a pregnant client with the obstetrician's clearance and session log."""
    doc = Doc()
    spa = g.pick(SPAS)
    c = g.person(female=True, word=g.chance(0.3))
    ob = g.person()
    th = g.person()
    uf = g.pick(UFS)
    doc.f("«spa» — FICHA DE AVALIAÇÃO (massoterapia / gestantes)\n\n", spa=spa)
    dob, age = g.dob_age("br", 1982, 2004)
    doc.f("Nome: «n»   DN: «dob»   Idade: «a»\nCPF: «cpf»   Tel.: «ph»   E-mail: «em»\nEndereço: «addr» — CEP «cep»\nPlano de saúde: «pl» (carteira «cart»)\n",
          n=P(c.full), dob=(dob, "DATE_OF_BIRTH"), a=age, cpf=(g.cpf(), "BR_CPF"), ph=(g.phone(), "PHONE_NUMBER"),
          em=(g.email(c), "EMAIL_ADDRESS"), addr=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), pl=g.pick(["Unimed", "Bradesco Saúde", "não tem", "SulAmérica"]),
          cart=g.neg(16))
    doc.f("Gestação: «s» semanas (DUM «dum», DPP «dpp»), CID Z34.«z»\nLiberação médica: Dr«a». «ob» — «crm», atestado de «d»\n"
          "Queixas: «q»\nContraindicações observadas: «ci»\n\n",
          s=g.ri(14, 34), dum=g.date("br", 2025), dpp=g.date("br", 2026), z=g.pick(["0", "8", "9"]), a="a" if ob.female else "",
          ob=P(ob.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), d=g.date("br"),
          q=g.pick(["lombalgia e edema em MMII", "cefaleia tensional", "ciático à direita", "insônia, ansiedade"]),
          ci=g.pick(["nenhuma", "pressão alta na última consulta (O13) — só drenagem leve", "placenta baixa — evitar decúbito ventral"]))
    doc.t("REGISTRO DE SESSÕES\n")
    rows = []
    for _ in range(g.ri(3, 5)):
        who = g.pick([th, th, g.person()])
        rows.append([V(g.date("br")), V(g.pick(["Drenagem linfática", "Massagem para gestantes", "Reflexologia podal", "Shiatsu adaptado"])),
                     V(g.pick(["50 min", "60 min", "40 min"])), P(g.pick([who.first, who.short])),
                     V(g.pick(["PA 11x7", "PA 12x8", "edema +/4+", "sem queixas", "sentiu tontura, sessão encurtada"]))])
    table_fixed(doc, ["Data", "Terapia", "Duração", "Terapeuta", "Obs."], rows)
    doc.f("\nFisioterapeuta responsável: «t» — «cref»\nAcompanhante autorizado a retirar a cliente: «ac» («ph»)\n",
          t=P(th.full), cref=(g.council("CREFITO"), "PROFESSIONAL_ID"), ac=P(g.relative(c, False).full), ph=(g.phone(), "PHONE_NUMBER"))
    return doc


# =========================================================================== financeiro

def pix_value(g: Gen, p: Person) -> tuple[str, str, str]:
    """(kind, key, label) of a person's Pix key: random keys are PIX_KEY, the others take their own label."""
    k = g.pick(["aleatoria", "aleatoria", "cpf", "email", "celular"])
    if k == "aleatoria":
        return k, g.uuid(), "PIX_KEY"
    if k == "cpf":
        return k, g.cpf(g.pick(["raw", "dot"])), "BR_CPF"
    if k == "email":
        return k, g.email(p), "EMAIL_ADDRESS"
    return k, g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"


def fi_commission(g: Gen) -> Doc:
    """Salon commission sheet (salão-parceiro, Lei 13.352/2016) exported as CSV, with Pix keys and accounts."""
    doc = Doc()
    salon = g.pick(SALONS)
    mgr = g.person()
    mes = g.pick(MONTHS)
    doc.f("# «s» — fechamento de comissões «m»/«y» (quinzena «q»)\n# gerado por «u» em «d»; conferido por «c»\n",
          s=salon, m=mes, y=g.pick([2025, 2026]), q=g.pick(["1", "2"]), u=g.pick(["caixa01", "gerencia", "admin"]), d=g.date("br"),
          c=P(g.pick([mgr.full, mgr.first])))
    rows = []
    for _ in range(g.ri(4, 6)):
        pr = g.person(female=g.chance(0.65))
        kind, key, lab = pix_value(g, pr)
        fat = g.ri(1800, 16000)
        pct = g.pick([30, 35, 40, 45, 50, 60])
        vale = g.pick([0, 0, 50, 120, 200])
        has_bank = g.chance(0.5)
        rows.append([P(g.pick([pr.full, pr.caps, pr.short])), V(g.pick(["cabeleireira", "barbeiro", "manicure", "esteticista", "maquiadora",
                                                                         "colorista", "designer de sobrancelha"])),
                     (g.cnpj("dot", alnum=g.chance(0.2)), "BR_CNPJ") if g.chance(0.6) else V("—"), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.pis(), "BR_PIS") if g.chance(0.7) else V(""),
                     V(kind), (key, lab), V(g.bank() if has_bank else ""), (g.agency(), "BANK_ACCOUNT") if has_bank else V(""),
                     (g.account(), "BANK_ACCOUNT") if has_bank else V(""),
                     V(f"{fat},00"), V(str(pct)), V(str(vale)), V(f"{fat * pct / 100 - vale:.2f}".replace(".", ","))])
    table_csv(doc, ["profissional", "funcao", "cnpj_mei", "cpf", "nit_pis", "tipo_chave", "chave_pix", "banco", "agencia", "conta",
                    "faturamento", "perc_comissao", "vales", "a_pagar"], rows, sep=";")
    doc.f("# obs: «o»\n# produtos de revenda (linha «wu») comissionados a 10% à parte\n",
          o=g.pick(["a taxa da maquininha (2,39%) foi descontada antes da comissão",
                    "vale da " + g.person(female=True).first + " é do adiantamento do dia 5",
                    "conferir a chave da menina nova, o Pix voltou"]),
          wu=g.pick(["Aurora", "Flor de Lótus", "Luz Dourada", "Branco Absoluto"]))
    m = re.search(r"vale da (\S+) é do", doc.text)
    if m:
        doc.spans.append({"start": m.start(1), "end": m.end(1), "label": "PERSON"})
    return doc


def fi_receivables(g: Gen) -> Doc:
    """Dental clinic overdue-installments report with the collector's notes."""
    doc = Doc()
    cl = g.pick(DENTAL)
    col = g.person(female=g.chance(0.7))
    doc.f("«cl» — RELATÓRIO DE INADIMPLÊNCIA (parcelas vencidas há mais de 30 dias) — posição «d»\nResponsável pela cobrança: «c» (ramal «r»)\n\n",
          cl=cl, d=g.date("br"), c=P(col.full), r=g.d(3))
    rows = []
    notes = []
    for _ in range(g.ri(4, 6)):
        pac = g.person()
        resp = g.relative(pac) if g.chance(0.3) else None
        payer = resp or pac
        nm = g.pick([payer.caps, payer.full])
        rows.append([P(nm), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
                     V(f"{g.d(5)}/{g.ri(2023, 2025)}"), V(g.pick(["Orto", "Implante", "Prótese", "Clareamento", "Lentes"])),
                     V(f"{g.ri(2, 24)}/{g.ri(24, 36)}"), V(g.date("br")), V(g.money(120, 1400)), V(str(g.ri(31, 400)))])
        if g.chance(0.6):
            notes.append((payer, pac if resp else None))
    table_fixed(doc, ["Responsável financeiro", "CPF", "Telefone", "Contrato", "Tratamento", "Parc.", "Vencto", "Valor", "Dias"], rows)
    doc.t("\nANOTAÇÕES DA COBRANÇA\n")
    for payer, pac in notes:
        k = g.ri(0, 3)
        if k == 0:
            doc.f("- «n»: prometeu pagar dia «d» via Pix; mandei a chave da clínica.\n", n=P(payer.first), d=g.ri(5, 28))
        elif k == 1:
            doc.f("- «n»: número não existe mais; novo contato informado pela filha: «ph».\n", n=P(payer.short), ph=(g.phone(), "PHONE_NUMBER"))
        elif k == 2:
            doc.f("- «n»: pediu boleto no e-mail «em», diz que o débito automático na ag. «ag» c/c «cc» foi recusado.\n",
                  n=P(payer.short), em=(g.email(payer), "EMAIL_ADDRESS"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
        else:
            doc.f("- «n»: mudou de endereço («addr», CEP «cep»); enviar notificação extrajudicial antes de negativar.\n",
                  n=P(payer.short), addr=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
        if pac and g.chance(0.5):
            doc.f("  (paciente é «p», menor, nasc. «dob» — não ligar no celular dele)\n", p=P(pac.first), dob=(g.dob("br", 2008, 2016), "DATE_OF_BIRTH"))
    doc.f("\nTotal vencido: R$ «t» · «n» contratos · CNPJ da clínica para boletos: «cnpj»\n", t=g.money(3000, 40000), n=len(rows),
          cnpj=(g.cnpj(), "BR_CNPJ"))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """Cosmetics e-commerce chargeback dispute: gateway transaction dump and the analyst's defence notes."""
    doc = Doc()
    shop = g.pick(SHOPS)
    c = g.person()
    an = g.person()
    city, uf = g.city()
    card = g.card(False) if g.chance(0.8) else g.amex().replace(" ", "")
    brand = ("amex" if card[:2] in ("34", "37") else "elo" if card[:4] in ("6363", "4389", "5067") else "hipercard" if card.startswith("6062")
             else "discover" if card.startswith("6011") else "visa" if card[0] == "4" else "mastercard")
    doc.f("Disputa «id» — «shop» — motivo «mot» — prazo de resposta «d»\nAnalista: «a»\n\n",
          id=f"CB-{g.d(8)}", shop=shop, mot=g.pick(["4837 (fraude - sem autorização)", "4853 (mercadoria não recebida)",
                                                   "83 (fraude card-not-present)", "13.1 (não recebido)"]),
          d=g.date("br"), a=P(an.full))
    doc.t("```json\n{\n")
    items = [("transaction_id", V(g.hexs(24))), ("created_at", V(f"{g.date('iso')}T{g.hms()}-03:00")), ("amount", V(g.money(80, 2500).replace(".", "").replace(",", "."))),
             ("installments", V(str(g.ri(1, 6)))), ("card_holder_name", P(c.caps)),
             ("card_number", (card, "CREDIT_CARD")), ("card_brand", V(brand)),
             ("customer_document", (g.cpf("raw"), "BR_CPF")), ("customer_email", (g.email(c), "EMAIL_ADDRESS")),
             ("customer_phone", (g.phone("e164"), "PHONE_NUMBER")), ("billing_street", (g.address(), "ADDRESS")),
             ("billing_city", V(city)), ("billing_state", V(uf)), ("billing_zipcode", (g.cep(False), "BR_CEP")),
             ("ip", (g.ip(), "IP_ADDRESS")), ("device_fingerprint", V(g.hexs(32))), ("antifraud_score", V(str(g.ri(5, 95))))]
    for i, (k, v) in enumerate(items):
        q = not (k in ("installments", "antifraud_score", "amount"))
        doc.t(f'  "{k}": ' + ('"' if q else "")).e(jstr(v[0]), v[1]).t(('"' if q else "") + ("," if i < len(items) - 1 else "") + "\n")
    doc.t("}\n```\n(obs.: o log de debug do gateway gravou o PAN completo — ticket aberto com segurança para expurgo, PCI DSS 3.4)\n\n")
    rec = g.person() if g.chance(0.6) else c
    doc.f("Defesa:\n1. Pedido «on» entregue em «d» no endereço de cobrança, recebido por «r» (RG «rg»), conforme comprovante da transportadora.\n"
          "2. O mesmo CPF tem «k» compras anteriores aprovadas, mesmo IP «ip2» e mesmo device.\n"
          "3. Cliente abriu reclamação no SAC dizendo «q».\n4. Anexos: NF-e, rastreio «tr», print do Instagram da cliente usando o produto.\n",
          on=order_no(g), d=g.date("br"), r=P(g.pick([rec.full, rec.short])), rg=(g.rg(), "BR_RG"), k=g.ri(2, 9), ip2=(g.ip(), "IP_ADDRESS"),
          q=g.pick(["que a compra foi da sobrinha", "que não reconhece a loja na fatura", "que o perfume veio falsificado"]), tr=tracking(g))
    if g.chance(0.5):
        doc.f("\nComentário de «s»: ok pra representar. Se perder, incluir o CPF na blocklist e avisar «x».\n",
              s=P(g.person().first), x=P(g.person().short))
    return doc


def fi_nfse(g: Gen) -> Doc:
    """Municipal service invoice (NFS-e) for an aesthetic or dental procedure, as text."""
    doc = Doc()
    kind = g.ri(0, 2)
    prov = g.pick([CLINICS, DENTAL, SPAS][kind])
    tom = g.person()
    city, uf = g.city()
    doc.f("PREFEITURA MUNICIPAL DE «c»\nNOTA FISCAL DE SERVIÇOS ELETRÔNICA — NFS-e\nNúmero: «n»   Emissão: «d» «h»   Código de verificação: «cv»\n\n",
          c=fold(city).upper(), n=g.d(8), d=g.date("br"), h=g.hms(), cv=g.hexs(8).upper())
    doc.f("PRESTADOR\nRazão social: «p» LTDA\nCNPJ: «cnpj»   Inscrição municipal: «im»\nEndereço: «pa», «c»/«uf»\n\n",
          p=fold(prov).upper(), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), im=f"{g.d(1)}.{g.d(3)}.{g.d(3)}-{g.d(1)}",
          pa=g.pick(["Rua Oscar Freire, 900, cj. 32", "Av. Rosa e Silva, 1400", "Rua Barão de Mauá, 55"]), c=city, uf=uf)
    tcity, tuf = g.city()
    doc.f("TOMADOR\nNome/Razão social: «n»\nCPF/CNPJ: «cpf»\nEndereço: «addr» — «b» — «tc»/«tu» — CEP «cep»\nE-mail: «em»   Telefone: «ph»\n\n",
          n=P(g.pick([tom.caps, tom.full])), cpf=(g.cpf(), "BR_CPF"), addr=(g.address(g.pick(["caps", "text"])), "ADDRESS"),
          b=g.pick(BAIRROS), tc=tcity, tu=tuf, cep=(g.cep(), "BR_CEP"), em=(g.email(tom), "EMAIL_ADDRESS"), ph=(g.phone(), "PHONE_NUMBER"))
    v = g.ri(300, 9000)
    al = g.pick([2, 3, 5])
    doc.f("DISCRIMINAÇÃO DOS SERVIÇOS\n«s»\nPaciente: «pac»\nProfissional: «pr» — «pid»\n\n",
          s=g.pick([[f"Aplicação de toxina botulínica (3 regiões) + retorno — sessão de {g.date('br')}",
                     "Sessão de luz intensa pulsada (face)", "Bioestimulador de colágeno — 2 frascos"],
                    ["Tratamento ortodôntico — parcela 07/24", "Implante dentário unitário (elemento 36) com coroa",
                     "Clareamento em consultório (2 sessões)"],
                    ["Pacote 5 sessões de drenagem linfática", "Day spa — vale-presente VP-" + g.d(5),
                     "Massagem relaxante 60 min + ofurô"]][kind]),
          pac=P(g.pick([tom.full, g.relative(tom).full])), pr=P(g.person().full),
          pid=(g.council([g.pick(["CRM", "CRBM"]), "CRO", "CREFITO"][kind], uf), "PROFESSIONAL_ID"))
    doc.f("Código do serviço (LC 116/2003): «cod»   CNAE: «cnae»\nValor dos serviços: R$ «v»,00   Base de cálculo: R$ «v»,00   Alíquota: «al»%   ISS: R$ «iss»\n"
          "Chave de acesso: «ch»\nOutras informações: «o»\n",
          cod=g.pick(["4.01", "6.02", "4.12", "6.04"]), cnae=g.pick(["8630-5/02", "9602-5/02", "8630-5/04", "9609-2/06"]), v=v, al=al,
          iss=f"{v * al / 100:.2f}".replace(".", ","), ch=g.d(44) if g.chance(0.5) else " ".join(g.d(4) for _ in range(11)),
          o=g.pick(["Documento emitido por ME optante pelo Simples Nacional.", "Pagamento via Pix em " + g.date("br") + ".",
                    "Lei 12.741/2012 — tributos aproximados: R$ " + g.money(10, 900)]))
    return doc


def fi_admissao(g: Gen) -> Doc:
    """Employee registration (ficha de registro) of a barbershop or clinic hire, with dependants and salary account."""
    doc = Doc()
    emp_name = g.pick(SALONS + CLINICS + DENTAL)
    e = g.person()
    city, uf = g.city()
    doc.f("«emp» — CNPJ «cnpj»\nFICHA DE REGISTRO DE EMPREGADO — eSocial S-2200   Matrícula «m»\n\n",
          emp=emp_name, cnpj=(g.cnpj(), "BR_CNPJ"), m=g.d(5))
    dob, age = g.dob_age("br", 1970, 2006)
    fields = [("Nome", P(g.pick([e.full, e.caps]))), ("Nome social", V("—")), ("Data de nascimento", (dob, "DATE_OF_BIRTH")),
              ("Naturalidade", V(f"{g.city()[0]}")), ("Mãe", P(g.relative(e, True).full)),
              ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("PIS/PASEP/NIT", (g.pis(), "BR_PIS")),
              ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")), ("Zona/Seção", V(f"{g.d(3)}/{g.d(4)}")),
              ("CTPS", V("digital")), ("CNH", (g.cnh(), "BR_CNH") if g.chance(0.6) else V("não possui")),
              ("Endereço", (g.address(), "ADDRESS")), ("Bairro/Cidade/UF", V(f"{g.pick(BAIRROS)} — {city}/{uf}")),
              ("CEP", (g.cep(), "BR_CEP")), ("Celular", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(e), "EMAIL_ADDRESS"))]
    for k, v in fields:
        doc.f("«k»: «v»\n", k=k, v=v)
    doc.f("\nCargo: «c» (CBO «cbo»)   Admissão: «d»   Salário: R$ «s» + comissão «pc»%\nConta salário: «bk», agência «ag», conta «cc»\n"
          "Vale-transporte: «vt»\n", c=g.pick([("barbeiro", "5161-10"), ("recepcionista", "4221-05"), ("auxiliar de saúde bucal", "3224-30"),
                                               ("esteticista", "3221-30"), ("manicure", "5161-20")])[0],
          cbo=g.pick(["5161-10", "4221-05", "3224-30", "3221-30"]), d=g.date("br"), s=g.money(1518, 3500), pc=g.pick([0, 5, 10, 20]),
          bk=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          vt=g.pick(["não optante", "2 conduções/dia", "optante — cartão " + g.d(10)]))
    if g.chance(0.3):
        doc.f("Veículo (estacionamento conveniado): «m», placa «pl»\n", m=g.pick(["Honda CG 160", "Fiat Mobi", "HB20 prata", "Biz 125"]),
              pl=(g.plate(), "LICENSE_PLATE"))
    doc.t("\nDEPENDENTES (IRRF / salário-família)\n")
    rows = []
    for _ in range(g.ri(1, 3)):
        d_ = g.relative(e)
        rows.append([P(d_.full), V(g.pick(["filho(a)", "cônjuge", "enteado(a)"])), (g.dob("br", 2005, 2023), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF")])
    table_fixed(doc, ["Nome", "Parentesco", "Nascimento", "CPF"], rows)
    doc.f("\nExame admissional (ASO) em «d» — apto — «med» «crm»\nResponsável RH: «rh»\n", d=g.date("br"), med=P(g.person().full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), rh=P(g.person().short))
    return doc


def fi_billing_log(g: Gen) -> Doc:
    """Recurring-billing log of a beauty subscription box (JSON lines from the payments worker)."""
    doc = Doc()
    shop = g.pick(["glowbox", "clube-aurora", "caixinha-rosa", "beautybox"])
    doc.f("$ kubectl logs deploy/billing-worker -n «s» --since=24h | grep -E 'retry|declined|update_card'\n", s=shop)
    for _ in range(g.ri(3, 5)):
        c = g.person()
        ev = g.pick(["charge.declined", "charge.retry", "card.updated", "charge.declined", "address.updated"])
        doc.t('{"ts":"' + f"{g.date('iso')}T{g.hms()}Z" + '","level":"' + g.pick(["warn", "info", "error"]) + '","event":"' + ev + '","sub_id":"sub_' + g.hexs(10) + '",')
        doc.t('"customer":{"name":"').e(jstr(g.pick([c.full, c.caps, c.low])), "PERSON").t('","email":"').e(g.email(c), "EMAIL_ADDRESS")
        doc.t('","cpf":"').e(g.cpf(g.pick(["raw", "dot"])), "BR_CPF").t('"},')
        if ev == "card.updated" or g.chance(0.3):
            doc.t('"card":{"number":"').e(g.card(False), "CREDIT_CARD").t('","exp":"' + f"{g.ri(1, 12):02d}/{g.ri(27, 33)}" + '"},')
        else:
            doc.t('"card":{"last4":"' + g.d(4) + '","brand":"' + g.pick(["visa", "master", "elo"]) + '"},')
        if ev == "address.updated" or g.chance(0.3):
            doc.t('"shipping":{"street":"').e(g.address(), "ADDRESS").t('","zip":"').e(g.cep(g.chance(0.5)), "BR_CEP").t('","phone":"')
            doc.e(g.phone("e164"), "PHONE_NUMBER").t('"},')
        doc.t('"amount":' + g.money(39, 129).replace(",", ".") + ',"attempt":' + str(g.ri(1, 4)) + ',"client_ip":"').e(g.ip(), "IP_ADDRESS")
        doc.t('","reason":"' + g.pick(["insufficient_funds", "do_not_honor", "expired_card", "ok", "suspected_fraud"]) + '"}\n')
    an = g.person()
    doc.f("\n# «a»: a linha card.updated vaza o número inteiro (o SDK antigo não mascara). Abri o INC-«n», rotação de logs em 24h. "
          "Avisar a «b» do DPO.\n", a=P(an.first), n=g.d(5), b=P(g.person(female=True).short))
    return doc


def fi_reembolso(g: Gen) -> Doc:
    """Dental-plan reimbursement request with the dentist's receipt and the analyst's decision."""
    doc = Doc()
    plan = g.pick(PLANS)
    ben = g.person()
    dent = g.person()
    an = g.person()
    uf = g.pick(UFS)
    doc.f("«pl» — SOLICITAÇÃO DE REEMBOLSO ODONTOLÓGICO nº «n»\nRecebida em «d» pelo app (IP «ip»)\n\n", pl=plan, n=g.neg(11),
          d=g.date("br"), ip=(g.ip(), "IP_ADDRESS"))
    pac = ben if g.chance(0.5) else g.relative(ben)
    doc.f("Titular: «t»   CPF «cpf»   Carteira «cart»\nPaciente: «p»   Nasc. «dob»   «rel»\nContato: «ph» / «em»\n",
          t=P(ben.full), cpf=(g.cpf(), "BR_CPF"), cart=g.d(17), p=P(pac.full), dob=(g.dob("br", 1950, 2020), "DATE_OF_BIRTH"),
          rel="titular" if pac is ben else "dependente", ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(ben), "EMAIL_ADDRESS"))
    doc.t("Dados para crédito: ")
    if g.chance(0.5):
        doc.f("«bk», agência «ag», conta «cc» (conta do titular)\n\n", bk=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("Pix — chave aleatória «k»\n\n", k=(g.uuid(), "PIX_KEY"))
    v = g.ri(250, 6000)
    doc.f("--- RECIBO (anexo 1) ---\nRecebi de «p», CPF «cpf», a importância de R$ «v»,00 («ext»), referente a «s» realizado(s) em «d».\n"
          "«c», «d2».\n«dn» — Cirurgiã(o)-Dentista — «cro» — CPF «dcpf»\n\n",
          p=P(g.pick([ben.full, ben.caps])), cpf=(g.cpf(), "BR_CPF"), v=v, ext=g.pick(["valor por extenso ilegível", "quinhentos e trinta reais", "—"]),
          s=g.pick(["tratamento de canal no dente 26", "extração de terceiros molares (18, 28, 38, 48)", "clareamento em consultório",
                    "duas restaurações em resina (36 e 46)", "limpeza e raspagem"]),
          d=g.date("br"), c=g.city()[0], d2=g.date("br"), dn=P(dent.full), cro=(g.council("CRO", uf), "PROFESSIONAL_ID"), dcpf=(g.cpf(), "BR_CPF"))
    doc.f("--- ANÁLISE ---\nAnalista: «a»\n«txt»\nValor reembolsado: R$ «vr» (tabela do plano, «pc»% do apresentado).\n",
          a=P(an.full), txt=g.pick(["Recibo sem CPF legível no primeiro envio; reenviado. CRO ativo no CFO. Aprovado.",
                                     "Procedimento estético (clareamento) sem cobertura contratual. Negado.",
                                     f"Dentista consta em 3 outros pedidos do mesmo titular no mês; encaminhado para auditoria ({g.person().full})."]),
          vr=g.money(50, 2000), pc=g.pick([40, 60, 80, 100]))
    m = re.search(r"encaminhado para auditoria \((.+)\)\.", doc.text)
    if m:
        doc.spans.append({"start": m.start(1), "end": m.end(1), "label": "PERSON"})
    return doc


# =========================================================================== runner

TEMPLATES = {
    "atendimento": [at_booking, at_client_card, at_tattoo_minor, at_cosmetics_order, at_subscription, at_spa_voucher, at_reclame],
    "juridico": [ju_peticao, ju_cro_etico, ju_ortho_contract, ju_procon, ju_acordo, ju_coren, ju_laudo],
    "saude": [sa_odontograma, sa_botox, sa_complication, sa_lab_order, sa_anamnese, sa_gto, sa_spa_intake],
    "financeiro": [fi_commission, fi_receivables, fi_chargeback, fi_nfse, fi_admissao, fi_billing_log, fi_reembolso],
}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\d\-/]|\.\d)")
ROLE_BOX = re.compile(r"(sac|qualidade|juridico|contato|reservas|atendimento|financeiro|faturamento|ouvidoria|noreply|no-reply|"
                      r"agendamento|recepcao|nfe|cobranca|etica|fiscalizacao|protocolo|naoresponda|suporte)@")


def check(record: dict) -> None:
    text, last = record["text"], 0
    assert "«" not in text and "»" not in text, record["id"]
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
        elif lab == "IP_ADDRESS":
            ipaddress.ip_address(v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z0-9]\d{2}", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not ROLE_BOX.match(v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|OAB|COREN|CRO|CRBM|CRF|CREFITO|TPD)\b", v), (record["id"], v)
        elif lab == "ADDRESS":
            assert re.match(r"(?i)(rua|r\.|r |avenida|av|travessa|tv|alameda|al|estrada|estr|praça|praca|pç|largo|viela)", v), (record["id"], v)
    # hard negatives: an unlabelled CPF-shaped number must fail the CPF check
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
    per_domain: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
            per_domain[r["domain"]] = per_domain.get(r["domain"], 0) + 1
    n = sum(counts.values())
    print("fortythird", len(records), "records,", n, "gold spans;", per_domain)
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
