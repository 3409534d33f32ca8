"""Build the fifty-eighth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fiftyeighth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 5858, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: online gaming, esports and streaming creators — the
paperwork a game publisher's support desk, an esports organisation, the lawyers around them,
clinics treating gaming disorder, payment providers and LAN houses produce: player accounts and
bans, hacked-account recovery, chargebacks on in-game purchases, minors' accounts and parental
consent, esports team contracts and image rights, tournament prize payments, streamers'
sponsorship deals and payouts, harassment and doxxing reports, gaming-disorder clinical notes,
LAN-house / cyber-café registers and logs. Layouts vary: letters, petitions and notices,
label: value forms (with underscore or dot leaders), fixed-width tables with and without
rulers, boxed tables, Markdown tables, CSV / pipe extracts, a chat transcript, a WhatsApp
export, e-mail threads, application logs, a JSON API response, an OCR'd police report.
- atendimento: a help-desk ticket appealing a ban (player or parent writes; login history
  table pasted by the agent; Trust & Safety reviewer signs with a corporate e-mail), a live-chat
  transcript of hacked-account recovery (bot first, then a human agent; identity check with
  name, CPF, birth date; the attacker's e-mail), a parental-consent form for a minor's account
  (child and guardian data, consent IP), a CSV export of the harassment moderation queue
  (chat excerpts with doxxing: names, addresses, phones, CPFs, IPs; moderators named), a LAN
  house's user register required by state law plus its session log (LAN and public IPs), an
  e-mail thread asking a refund of purchases made by a child (refund by Pix or bank account),
  an accreditation list for a LAN final (players, staff, documents, parking plates).
- juridico: an esports athlete services contract with image-rights licence (minor
  represented by a parent; bank data, PIS, witnesses), an extrajudicial notice from a
  streamer's lawyer (unauthorised clips or unpaid sponsorship), a small-claims petition over a
  ban and lost in-game items, a police report of online stalking / swatting scanned with OCR
  noise, the platform's answer to a court order (Marco Civil art. 22: registration data and
  access logs), a power of attorney from the parents of a minor pro player, a CSV export of
  the legal department's litigation portfolio.
- saude: an outpatient psychiatric progress note (SOAP) on gaming disorder, a primary-care
  referral letter to a CAPSi, an online intake form of a clinic, a physiotherapy evaluation of a
  pro player with a leave certificate, a psychology clinic's day agenda, the esports team's
  medical roster (CSV), a WhatsApp export between a psychologist and a parent.
- financeiro: a chargeback dispute file from the payment provider (pipe-separated; some
  full card numbers from the scheme's raw file, most masked), a tournament prize payment sheet
  (CPF, bank, agency, account, Pix key of several kinds), a sponsorship-deal e-mail between a
  brand and a streamer's agent, a creator payout statement (ruled table), an RPA receipt for a
  caster (CPF, RG, PIS, título, address), a fraud-team investigation log of an account
  takeover, a JSON KYC response of a skin marketplace.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Dra.", "dona",
"seu"; particles inside a name (de, da, dos, e) are part of it; "SURNAME, Given" and
"SURNAME, GIVEN" are one span; nicknames and first names alone are persons. Staff named in
the text (support agents, moderators, Trust & Safety reviewers, analysts, lawyers, judges,
clerks, doctors, psychologists, physiotherapists, a LAN house's owner) are persons; logins,
system accounts (svc_modq_07), bot names (Kiko, Capi) and "kyc-bot" are not. Corporate e-mails of
people are EMAIL_ADDRESS; role mailboxes (suporte@, juridico@, financeiro@, parceiros@) are not
labelled. ADDRESS is street type + name + number + complement (not neighbourhood, city, state;
CEP is BR_CEP); where a JSON splits street and number, only the street field is an ADDRESS
span; a company's or a law firm's address is not labelled, nor a venue street named without
number ("entra pela Rua Barão de Mauá"). Agency and account are separate BANK_ACCOUNT spans;
bank codes and names are not. DATE_OF_BIRTH only for birth dates (many of minors); event,
registration, ban, purchase and appointment dates are not. PROFESSIONAL_ID includes the
council acronym and region or UF (OAB, CRM, CRP, CREFITO, CRN, CREF). PIX_KEY only for random
(UUID) keys used as Pix keys; Pix keys that are a CPF, e-mail or phone take those labels. CNPJs
are BR_CNPJ wherever they appear (organisers, teams, a streamer's MEI), numeric or the 2026
alphanumeric form. Masked values (asterisks, "final 1234"), internal ids, protocol, ticket,
order, dispute and contract numbers are not labelled.
Decided here for this register: in-game nicknames, gamertags, channel names and Riot/Steam-
style handles (oRoninKiller, xX_Saci_Xx, TATU_00) are account identifiers like logins and are
never labelled, even where they hold a name-like word; a person's everyday nickname
(Mundinha, Bia) would still be PERSON. Steam-like 17-digit ids, player UIDs, match ids and device
fingerprints are not labelled. Every IP address is IP_ADDRESS, including the private LAN
addresses (192.168.x.x) of a LAN house's machines and IPv6 addresses. A WhatsApp contact saved
as "Name + role word" ("Elaine Psicóloga", "Dra. Elaine") labels only the name. Damage is kept
to one template: the police report carries OCR confusions (letters in names and addresses,
digit/letter in numbers: "0B0.470.065-68"), labelled as they stand.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Ritielly, Kethelyn, Lavínnya, Pyetro, Nicollas; Italian, German, Japanese/Okinawan, Lebanese,
Syrian, Korean, Chinese, Polish, Haitian, Senegalese, Angolan, Bolivian, indigenous, Jewish),
at least a quarter of the name words rare or invented; names that are also words (Rosa, Luz,
Flor, Aurora, Vitória, Bento, Prudente, Amado, Branco) next to the same words as words ("uma
vitória suada", "tela em branco", "seria prudente", "luz do RGB", "skin Aurora Lendária") and in
places, teams and companies (Presidente Prudente, Bento Gonçalves, Aurora Gaming, Vitória Black
Dragons, Rosa Branca LAN House, Luz Divina Games), which are not persons. Forms: full, ALL CAPS
without accents, lower case, "SURNAME, GIVEN", first name alone.

Hard negatives (never labelled): CNJ process numbers (with valid check digits), 11-digit numbers
failing the CPF check (player ids, match ids, protocols, a wrong CPF in a note), ICD-10 codes
(F63.8, M65.4) and the ICD-11 code 6C51.0, money, chargeback reason codes, order numbers
(GPA.xxxx, ORD-), dispute ids, Steam ids, device hashes, card numbers with asterisks, laws (Lei
13.709/2018, Lei 14.597/2023, Lei 12.965/2014, Lei 8.078/1990), dates that are not birth dates,
health-plan card numbers, company names with surnames (Pitombo Games Ltda, Brayner & Tabosa
Advogados, Nakamura Interactive), streets honouring people named as places.
"""
from __future__ import annotations

import datetime
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 5858
OUT_NAME = "fiftyeighth.jsonl"

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


def cnj_dv(seq: str, year: str, j: str, tr: str, orig: str) -> str:
    return f"{98 - int(seq + year + j + tr + orig + '00') % 97:02d}"


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Fernanda", "Juliana", "Camila", "Larissa", "Beatriz", "Gabriela", "Patrícia", "Adriana", "Cristina",
        "Luciana", "Mariana", "Amanda", "Letícia", "Isabela", "Manuela", "Sofia", "Heloísa", "Valentina",
        "Débora", "Sandra", "Simone", "Tatiane", "Priscila", "Aline", "Ana Beatriz", "Maria Eduarda",
        "Maria Clara", "Ana Luíza", "Carla", "Elaine", "Roberta", "Giovana", "Lorena", "Raquel"]
RARE_F = ["Josivânia", "Edileusa", "Cleonice", "Marinalva", "Gedalva", "Raimunda", "Ivoneide", "Lucicreide",
          "Nadjane", "Dulcineia", "Eulália", "Zenaide", "Adelaide", "Clemilda", "Ritielly", "Kethelyn",
          "Yasmyn", "Ysabelly", "Maryelle", "Anny Gabrielly", "Thauany", "Lavínnya", "Sthefany", "Kauanny",
          "Quitéria", "Benedita", "Joselma", "Edinalva", "Genilda", "Rozilda", "Arlete", "Socorro",
          "Rayanne", "Ludmylla", "Dhiovanna", "Ellen Kauany"]
PT_M = ["Gabriel", "Lucas", "Matheus", "Rafael", "Guilherme", "Gustavo", "Bruno", "Rodrigo", "Thiago",
        "Diego", "Vinícius", "Leandro", "Fábio", "Ricardo", "Eduardo", "Daniel", "Miguel", "Arthur",
        "Heitor", "Bernardo", "Lorenzo", "Murilo", "João Pedro", "João Vitor", "Luiz Fernando", "Antônio",
        "Francisco", "José Carlos", "Roberto", "Márcio", "Anderson", "Tiago", "Henrique"]
RARE_M = ["Kauã", "Kaique", "Ryan", "Yuri Gabriel", "Nicollas", "Pyetro", "Kawan", "Juan Pablo", "Enzo Gabriel",
          "Davi Lucca", "Wanderson", "Edivaldo", "Josué", "Gildásio", "Raimundo", "Erivelton", "Cícero",
          "Deusdete", "Adailton", "Zenildo", "Rosivaldo", "Janderson", "Weverton", "Maicon", "Jackson",
          "Ueslei", "Ozias", "Belmiro", "Teodoro", "Ariosvaldo", "Epaminondas", "Valdomiro", "Heverton",
          "Jhonatan", "Kleber", "Lindoval", "Adelino", "Djalma"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Pereira", "Costa", "Rodrigues",
          "Almeida", "Carvalho", "Gomes", "Ribeiro", "Alves", "Araújo", "Barbosa", "Rocha", "Dias", "Monteiro",
          "Moreira", "Fernandes", "Batista", "Sampaio", "Tavares", "Cunha", "Farias", "Melo", "Xavier",
          "Nascimento", "Macedo", "Guimarães", "Pacheco", "Siqueira", "Coelho"]
RARE_SUR = ["Brayner", "Cajazeiras", "Bezerril", "Coutinho Lins", "Jatobá", "Valadares", "Pitombo", "Arruda Câmara",
            "Quaresma", "Bittencourt", "Goulart", "Sá Leitão", "Tabosa", "Vasconcelos", "Uchôa", "Mourão",
            "Aragão", "Chagas", "Buriti", "Carneiro Leão", "Ximenes", "Lacerda", "Feitosa", "Albuquerque",
            "Bandeira", "Pimenta", "Sousa Pinheiro", "Cravo", "Brandão", "Aguiar", "Torquato", "Honorato",
            "Ventura", "Calado", "Maranhão", "Escobar", "Medrado", "Olinto", "Teles de Meneses", "Pantoja"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Vitória", "Flor", "Pedreira", "Coelho",
            "Cordeiro", "Pinheiro", "Fontes", "Cruz"]
NICK = {"Raimunda": "Mundinha", "Raimundo": "Mundico", "Francisco": "Chico", "José Carlos": "Zé Carlos",
        "Antônio": "Toninho", "Benedita": "Dita", "Socorro": "Help", "Quitéria": "Quita", "João Pedro": "JP",
        "João Vitor": "Jota", "Maria Eduarda": "Duda", "Ana Beatriz": "Bia", "Beatriz": "Bia",
        "Gabriela": "Gabi", "Guilherme": "Gui", "Epaminondas": "Mino", "Deusdete": "Dete", "Valentina": "Tina",
        "Eduardo": "Dudu", "Kethelyn": "Keke", "Henrique": "Rique", "Isabela": "Isa", "Teodoro": "Téo"}
FOREIGN = {
    "it": (["Chiara", "Giulia", "Fiorella"], ["Giacomo", "Matteo", "Renzo"],
           ["Zanella", "Tomasi", "Benetti", "Pasqualotto", "Dal Molin", "Grazziotin", "Cappellari"]),
    "de": (["Ingrid", "Hildegard", "Frieda"], ["Gunther", "Dieter", "Reinhold"],
           ["Wagner", "Schmitt", "Klein", "Becker", "Kuhn", "Rieger", "Hübner"]),
    "jp": (["Yumi", "Akemi", "Harumi"], ["Yoshio", "Kazuo", "Daiki"],
           ["Nakamura", "Higa", "Shimabukuro", "Tanaka", "Sato", "Arakaki", "Miyagi"]),
    "lb": (["Samira", "Jamile", "Yasmine"], ["Jamil", "Salim", "Tufic"],
           ["Saad", "Hajjar", "Chamma", "Zogbi", "Daher", "Tannous"]),
    "kr": (["Seo-yeon", "Ji-woo", "Eun-ji"], ["Min-jun", "Do-yun", "Hyun-woo"], ["Park", "Lee", "Kang", "Cho"]),
    "cn": (["Mei", "Lan", "Yuxin"], ["Wei", "Jun", "Zhiwei"], ["Wang", "Zhang", "Liu", "Huang", "Li"]),
    "ht": (["Nadège", "Wideline", "Marie-Carmelle"], ["Jean-Robert", "Wisly", "Fritznel"],
           ["Pierre-Louis", "Jean-Baptiste", "Desrosiers", "Saint-Fleur", "Augustin"]),
    "ao": (["Ngueve", "Isabel Nsimba", "Tchissola"], ["Nzinga", "Kalunga", "Bartolomeu Kapinga"],
           ["Mbemba", "Kassoma", "Ndombele", "Sapalo", "Cawaia"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Abdoulaye", "Moussa", "Babacar"], ["Diallo", "Faye", "Mbaye", "Seck"]),
    "bo": (["Wara", "Nayra", "Inés"], ["Evo", "Wilber", "Reynaldo"], ["Mamani", "Condori", "Choque", "Quispe", "Huanca"]),
    "in": (["Moema", "Potyra", "Jaciara"], ["Raoni", "Ubiratã", "Kauê"], ["Guajajara", "Terena", "Pataxó", "Baniwa", "Tikuna"]),
    "jw": (["Sara", "Miriam", "Ester"], ["Davi", "Moisés", "Elias"], ["Klabin", "Feldman", "Rosenberg", "Goldstein", "Lerner"]),
    "pl": (["Jadwiga", "Halina"], ["Kazimierz", "Stanislau"], ["Wisniewski", "Kowalczyk", "Nowak"]),
    "sy": (["Rania", "Lina"], ["Omar", "Yazan"], ["Al-Khatib", "Haddad Kassab", "Mourad"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "pl", "sy", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
for _o in ("jp", "lb", "it", "de", "jw"):
    RARE.update(FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Cruz", "Rocha", "Cunha", "Conceição"}
DO_SUR = {"Nascimento", "Amaral", "Prado", "Carmo"}
DOS_SUR = {"Santos", "Reis", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "18", "19", "21", "24", "27", "28", "31", "34", "35", "38", "41", "42",
        "44", "47", "48", "49", "51", "54", "55", "61", "62", "63", "65", "66", "67", "68", "71", "73", "77",
        "79", "81", "82", "84", "85", "87", "91", "92", "93", "94", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Rodovia", "Viela", "Largo"]
STREET_NAMES = ["Barão de Mauá", "Rosa Branca", "das Flores", "Aurora Boreal", "Bento Gonçalves", "Prudente de Morais",
                "Marechal Deodoro", "Visconde de Taunay", "Doutora Zenaide Brayner", "Professor Epaminondas Tabosa",
                "Sete de Setembro", "Tiradentes", "Dom Bosco", "Santa Luzia", "Luz do Sol", "dos Andradas",
                "Coronel Honorato Jatobá", "Vereador Adailton Pitombo", "Irmã Dulce", "Castro Alves",
                "Monteiro Lobato", "das Jabuticabeiras", "Treze de Maio", "Almirante Barroso", "Paraíba",
                "Voluntários da Pátria", "Hermínio Bittencourt", "Chico Mendes", "Amado Batista", "Vitória Régia",
                "João Pessoa", "Getúlio Vargas", "Cândido Portinari", "Liberdade"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Rio Branco", "AC"),
          ("Aurora", "CE"), ("Santa Rosa", "RS"), ("Flores", "PE"), ("Luz", "MG"), ("Campinas", "SP"),
          ("Sorocaba", "SP"), ("Santos", "SP"), ("Niterói", "RJ"), ("Uberlândia", "MG"), ("Montes Claros", "MG"),
          ("Caxias do Sul", "RS"), ("Chapecó", "SC"), ("Blumenau", "SC"), ("Cascavel", "PR"), ("Ponta Grossa", "PR"),
          ("Feira de Santana", "BA"), ("Vitória da Conquista", "BA"), ("Caruaru", "PE"), ("Mossoró", "RN"),
          ("Campina Grande", "PB"), ("Arapiraca", "AL"), ("Imperatriz", "MA"), ("Teresina", "PI"),
          ("Santarém", "PA"), ("Manaus", "AM"), ("Porto Velho", "RO"), ("Cuiabá", "MT"), ("Anápolis", "GO"),
          ("Brasília", "DF"), ("Aracaju", "SE"), ("Fortaleza", "CE"), ("Recife", "PE"), ("São Paulo", "SP")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Aurora", "Vila Rosa", "Centro", "Boa Vista", "Parque das Flores", "Alto da Luz",
           "Jardim Prudente", "Vila Vitória", "Cidade Nova", "Bento Ribeiro", "Santa Cruz", "Jardim Paulista"]
CIDS = ["F63.8", "F63.0", "F90.0", "F41.1", "F32.0", "F32.1", "G47.0", "F84.0", "F43.2", "M54.2", "M77.8",
        "H52.1", "G56.0", "F41.0", "Z73.3", "R51", "F51.0", "F91.3", "E66.9", "M65.4"]
HANDLE_A = ["Capivara", "Kraken", "Tatu", "Ronin", "Pixel", "Lobo", "Trovao", "Neblina", "Vortex", "Jabuti",
            "Mago", "Fantasma", "Sombra", "Cabuloso", "Saci", "Curupira", "Boitata", "Marreco", "Tubarao",
            "Piranha", "Jaguar", "Glitch", "Noob", "Headshot", "Clutch", "Mandioca", "Pamonha", "Ninja"]
HANDLE_B = ["_BR", "07", "gg", "TTV", "xd", "2k", "_oficial", "_", "99", "Zika", "Br", "Sniper", "Killer",
            "Doido", "Craque", "Master", "Rei", "OP", "_yt", "013"]
GAMES = ["Arena dos Reinos", "Tático Zero", "Liga Kraken Online", "Rumble Royale BR", "Farm Valley",
         "Sombra Tática", "Pixel Kart", "Guardiões de Aurora", "Bloco Craft", "Duelo Astral"]
TEAMS = ["Aurora Gaming", "Capivaras Esports", "Vitória Black Dragons", "Flor de Lótus e-Sports", "Trovão Academy",
         "Jabuti Clan", "Rosa dos Ventos Team", "Kraken Alliance", "Luz Negra Gaming", "Bento Squad"]
COMPANIES = ["Kraken Play Entretenimento Ltda", "Pitombo Games Ltda", "Nakamura Interactive do Brasil S.A.",
             "Brayner & Tabosa Advogados Associados", "Arena Jatobá Eventos Ltda", "Zogbi Pagamentos S.A.",
             "Rosa Branca LAN House ME", "Prudente Tech Distribuidora", "Grazziotin Periféricos Ltda",
             "Higa Streaming Produções", "Luz Divina Games Eireli", "Bittencourt Seguros S.A."]


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

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n: int, chars: str = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") -> str:
        return "".join(self.rng.choice(chars) for _ in range(n))

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
            origin = "pt" if rng.random() < 0.68 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.09:
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
            if len(surnames) >= 2 and rng.random() < 0.05 and surnames[-2] not in PARTICLES:
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

    def minor(self, parent: Person) -> Person:
        p = self.person(origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != parent.last] + [parent.last], p.female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}",
                          f"{f}{self.pick(['gamer', 'gg', 'play', 'ttv'])}{self.d(2)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com",
                                      "yahoo.com.br", "icloud.com", "bol.com.br", "uol.com.br", "live.com"])
        return f"{user}@{domain}"

    def corp(self, p: Person, dom: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{f}@{dom}"])

    def handle(self) -> str:
        a, b = self.pick(HANDLE_A), self.pick(HANDLE_B)
        h = self.pick([a + b, "xX_" + a + "_Xx", a.lower() + b, a + "Do" + self.pick(HANDLE_A), "o" + a + b,
                       a.upper() + "_" + self.d(2)])
        return h

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

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            b = self.alnum(8) + self.pick(["0001", "0001", "A001", "0B01"])
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
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}",
                "nospace": f"({ddd}){h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"])
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def amex(self) -> str:
        b = self.pick(["34", "37"]) + self.d(12)
        n = b + luhn_dv(b)
        return f"{n[:4]} {n[4:10]} {n[10:]}"

    def masked_card(self) -> str:
        b = self.pick(["4", "5", "5", "6"]) + self.d(5)
        return self.pick([f"{b[:6]}******{self.d(4)}", f"**** **** **** {self.d(4)}", f"{b[:4]} **** **** {self.d(4)}",
                          f"final {self.d(4)}"])

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

    def bank(self) -> str:
        return self.pick(["001 - Banco do Brasil", "341 - Itaú", "237 - Bradesco", "260 - Nu Pagamentos",
                          "104 - Caixa", "077 - Banco Inter", "033 - Santander", "336 - C6 Bank",
                          "290 - PagSeguro", "756 - Sicoob", "748 - Sicredi", "323 - Mercado Pago"])

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168, 181])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def ip6(self) -> str:
        return f"2804:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}::{self.hexs(3).lstrip('0') or '1'}"

    def lan_ip(self) -> str:
        return f"192.168.{self.rng.randint(0, 3)}.{self.rng.randint(10, 60)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"ap. {self.rng.randint(11, 904)}", f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}"])
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

    def dob(self, fmt: str | None = None, lo: int = 1965, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def dob_age(self, age: int, fmt: str | None = None) -> str:
        y = 2025 - age - self.pick([0, 1])
        return self.dob(fmt, y, y)

    def kid_dob(self, fmt: str | None = None) -> str:
        return self.dob(fmt, 2008, 2016)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def day(self, year: int | None = None) -> datetime.date:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return datetime.date(y, 1, 1) + datetime.timedelta(days=self.rng.randint(0, 364))

    def later(self, d: datetime.date, lo: int = 0, hi: int = 5) -> datetime.date:
        return d + datetime.timedelta(days=self.rng.randint(lo, hi))

    def hm(self) -> str:
        return f"{self.rng.randint(6, 23):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def iso_ts(self) -> str:
        return f"{self.date('iso')}T{self.hms()}Z"

    def times(self, n: int, lo: int = 8 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.19", "8.13", "8.17", "8.21", "8.24", "8.06", "4.03", "8.05"])
        j, tr = seg.split(".")
        seq, year, orig = self.d(7), str(self.rng.randint(2019, 2025)), self.d(4)
        return f"{seq}-{cnj_dv(seq, year, j, tr, orig)}.{year}.{j}.{tr}.{orig}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"KP-{self.d(7)}", f"TKT-{self.d(6)}"])

    def order(self) -> str:
        return self.pick([f"GPA.{self.d(4)}-{self.d(4)}-{self.d(4)}-{self.d(5)}", f"MT{self.alnum(8)}",
                          f"ORD-{self.d(9)}", f"KP{self.d(12)}", f"#{self.d(8)}"])

    def steam(self) -> str:
        return "7656119" + self.d(10)

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}",
                              f"OAB/{uf} nº {dotted}"])
        if kind == "CRP":
            return self.pick([f"CRP {self.ri(1, 23):02d}/{self.d(5)}", f"CRP-{self.ri(1, 23):02d}/{self.d(6)}",
                              f"CRP {self.ri(1, 23):02d}/{self.d(5)}-{self.d(1)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)}/{self.d(6)}-F", f"CREFITO {self.ri(1, 18)} {self.d(5)}-F"])
        if kind == "CRN":
            return f"CRN-{self.ri(1, 10)} {self.d(5)}"
        if kind == "CREF":
            return f"CREF {self.d(6)}-G/{uf}"
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF"])
        if kind == "CRC":
            return f"CRC/{uf} 1{uf}{self.d(6)}/O-{self.d(1)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fd(d: datetime.date, fmt: str = "br") -> str:
    return fmt_date(d.day, d.month, d.year, fmt)


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "en": f"{MONTHS_EN[mm - 1]} {dd}, {yy}", "us": f"{mm:02d}/{dd:02d}/{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("n", "ri"), ("o", "ó"), ("a", "á")]
OCR_DIGITS = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I")]
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
        if label is None or s == "":
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

    def cell(self, s: str, width: int, label: str | None = None, right: bool = False) -> "Doc":
        pad = " " * max(0, width - len(s))
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


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]], ruler: str | None = "-", sep: str = "  ",
                box: bool = False) -> None:
    """Fixed-width table; ruler None for none, box for +---+ borders."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    if box:
        line = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
        doc.t(line + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + line)
        for r in rows:
            doc.t("| ")
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                if k:
                    doc.t(" | ")
                doc.cell(v, w, lab)
            doc.t(" |\n")
        doc.t(line)
        return
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
            doc.e(v, lab) if v else doc.t("-")
            doc.t(" |")
        doc.t("\n")


def opt(g: Gen, p: float, v: str, lab: str) -> tuple:
    return (v, lab) if g.chance(p) else V("")


WORD_USES = ["foi uma vitória suada no mapa 3", "a tela ficou em branco depois do patch", "seria prudente aguardar o laudo",
             "o LED RGB com luz piscando", "campanha outubro rosa do servidor", "a flor do evento de primavera",
             "o bento (bentô) do refeitório da gaming house", "amado pela comunidade, o modo clássico volta",
             "skin Aurora Lendária", "a conta de luz da LAN subiu 40%"]


STAFF_DOM = ["krakenplay.com.br", "pitombogames.com", "arenajatoba.com.br", "nakamura-interactive.com"]


def agent(g: Gen) -> Person:
    return g.person()


# =========================================================================== atendimento

def at_ban_appeal(g: Gen) -> Doc:
    """Help-desk ticket: a player appeals a ban; login history pasted by the agent."""
    doc = Doc()
    c, a, sup = g.person(), agent(g), agent(g)
    d0 = g.day()
    d1, d2 = g.later(d0, 0, 2), g.later(d0, 3, 12)
    game = g.pick(GAMES)
    h = g.handle()
    dom = g.pick(STAFF_DOM)
    doc.f("Ticket #«t» — Recurso de banimento — «game»\nStatus: «st»   Prioridade: «pr»   Canal: formulário web\n"
          "Solicitante: «n» <«e»>\nConta: «h» (ID jogador «pid»)   Steam: «steam»\nAtribuído a: «a»\n"
          "----------------------------------------------------------------\n",
          t=g.d(7), game=game, st=g.pick(["Aberto", "Pendente", "Em análise", "Aguardando cliente"]),
          pr=g.pick(["Normal", "Alta"]), n=P(name_form(g, c, ["full", "full", "low", "short"])), e=(g.email(c), "EMAIL_ADDRESS"),
          h=h, pid=g.neg(11), steam=g.steam(), a=P(a.full))
    kid = g.chance(0.35)
    if kid:
        m = g.minor(c)
        age = g.ri(11, 16)
        doc.f("[«d1» «h1»] «n»:\nboa tarde, sou «mae» do «k», a conta é dele, ele tem «age» anos e nasceu em «dob». "
              "ele jura que não usou hack nenhum, o pc é compartilhado com o primo. meu cpf «cpf» se precisar confirmar. "
              "quero a conta de volta pq tem skin comprada com o meu cartão final «f» (mais de R$ «v»)\n\n",
              d1=fd(d0), h1=g.hm(), n=P(c.first), mae="a mãe" if c.female else "o pai", k=P(m.first),
              age=age, dob=(g.dob_age(age, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"),
              f=g.d(4), v=g.money(200, 2500))
    else:
        doc.f("[«d1» «h1»] «n»:\nFui banido por «why» sem motivo nenhum!!! jogo há «y» anos, nunca usei cheat. "
              "Meu CPF é «cpf», data de nasc. «dob», celular «tel». Tá tudo no meu nome, podem conferir. "
              "Se não resolverem vou no Procon e no Reclame Aqui.\n\n",
              d1=fd(d0), h1=g.hm(), n=P(c.first), why=g.pick(["\"software de terceiros\"", "comportamento tóxico",
                                                                    "compartilhamento de conta", "macro"]),
              y=g.ri(2, 9), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "short", "nopad"]), 1990, 2006), "DATE_OF_BIRTH"),
              tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("[«d1» «h1»] «a» (nota interna):\nHistórico de login da conta (últimos acessos, fonte: auth-service):\n\n",
          d1=fd(d1), h1=g.hm(), a=P(a.first))
    rows = []
    for k in range(g.ri(4, 6), 0, -1):
        ip = g.ip6() if g.chance(0.15) else g.ip()
        rows.append([V(f"{fd(d0 - datetime.timedelta(days=k * g.ri(1, 4)), 'iso')} {g.hms()}"), (ip, "IP_ADDRESS"), V(g.pick(["Windows 11", "Windows 10", "Android 14", "iOS 17"])),
                     V(g.pick(["BR", "BR", "BR", "PY", "US"])), V(g.pick(["ok", "ok", "ok", "2FA", "falha senha"]))])
    table_fixed(doc, ["data_hora_utc", "ip", "os", "pais", "resultado"], rows, ruler=g.pick(["-", "=", None]))
    doc.f("\nDetecção do anti-cheat: assinatura «sig» em «n» partidas (match ids «m1», «m2»). «w». Encaminho p/ «s» revisar.\n\n",
          sig=g.hexs(8).upper(), n=g.ri(2, 14), m1=g.neg(11), m2=g.d(10), s=P(name_form(g, sup, ["full", "short"])),
          w=g.pick(["Um dos IPs é de VPN comercial", "Sem padrão de VPN", "IP do Paraguai bate com compra de gift card",
                    "Tela em branco no replay, não deu pra validar"]))
    doc.f("[«d1» «h1»] «s»:\nRevisado. «res» Resposta padrão RB-«k» enviada. — «s2» | Trust & Safety | «se»\n",
          d1=fd(d2), h1=g.hm(), s=P(sup.first), res=g.pick(["Banimento mantido (evidência consistente).",
                                                                 "Revertido: falso positivo do módulo de overlay.",
                                                                 "Reduzido para suspensão de 14 dias."]),
          k=g.d(2), s2=P(sup.full), se=(g.corp(sup, dom), "EMAIL_ADDRESS"))
    return doc


def at_chat_recovery(g: Gen) -> Doc:
    """Live-chat transcript: hacked-account recovery, bot first, then a human agent."""
    doc = Doc()
    c, a = g.person(), agent(g)
    bot = g.pick(["Kiko", "Bit", "Pix-E", "Capi"])
    attacker = g.person()
    doc.f("Transcrição do chat — atendimento #«n» — «d»\nCanal: app «game» · Fila: Recuperação de conta\n\n",
          n=g.d(8), d=g.date("br"), game=g.pick(GAMES))
    t = g.times(12, 9 * 3600, 22 * 3600)
    ap = g.pick([P(a.first), V("Atendente"), V("Agente")])
    doc.f("«t0» «bot» (assistente virtual): Olá! Sou o «bot», assistente da Kraken Play. Como posso ajudar?\n"
          "«t1» Cliente: roubaram minha conta, mudaram o email pra «ae» e a senha\n"
          "«t2» «bot» (assistente virtual): Entendi. Vou te transferir para um atendente humano.\n"
          "«t3» Sistema: «a» entrou na conversa\n"
          "«t4» «a1»: Oi! Aqui é «a2», vou te ajudar. Pra confirmar a titularidade, me passa nome completo, CPF e data de nascimento?\n",
          t0=t[0], bot=bot, t1=t[1], ae=(g.email(attacker, g.pick(["proton.me", "gmail.com", "tutanota.com", "mail.ru"])), "EMAIL_ADDRESS"),
          t2=t[2], t3=t[3], a=P(a.full), t4=t[4], a1=ap, a2=P(a.first))
    sep = g.pick([", ", " / ", " - ", "\n      "])
    doc.f("«t5» Cliente: «n»«s1»«cpf»«s2»«dob»\n", t5=t[5], n=P(name_form(g, c, ["full", "low", "caps"])), s1=sep,
          cpf=(g.cpf(g.pick(["dot", "raw", "dash"])), "BR_CPF"), s2=sep, dob=(g.dob(g.pick(["br", "nopad", "short"]), 1985, 2006), "DATE_OF_BIRTH"))
    doc.f("«t6» «a1»: Obrigad«o», «n». Qual era o e-mail original e o celular cadastrado?\n"
          "«t7» Cliente: «e» e «tel» (esse número é o mesmo do zap)\n",
          t6=t[6], a1=ap, o=a.o, n=P(c.first), t7=t[7], e=(g.email(c), "EMAIL_ADDRESS"), tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("«t8» «a1»: Certo. Vejo acesso do IP «ip» às «h» de ontem, você reconhece? Também teve compra de R$ «v» (pedido «o»).\n"
          "«t9» Cliente: não!! eu moro em «city», esse acesso não fui eu. a compra foi no cartão «f»\n"
          "«t10» «a1»: Por segurança não envie o número completo do cartão aqui. Vou bloquear a conta, restaurar o e-mail e abrir contestação da compra (protocolo «p»). "
          "Em até 72h você recebe o link de redefinição.\n"
          "«t11» Cliente: valeu «a3», «w»\n",
          t8=t[8], a1=ap, ip=(g.ip(), "IP_ADDRESS"), h=g.hm(), v=g.money(30, 900), o=g.order(),
          t9=t[9], city=g.city()[0], f=Doc().f("«c» (o número todo, pra vcs acharem)", c=(g.card(g.chance(0.7)), "CREDIT_CARD")) if g.chance(0.4) else "final " + g.d(4), t10=t[10], p=g.protocol(), t11=t[11], a3=P(a.first),
          w=g.pick(["salvou", "tmj", "foi uma vitória kkk", "vc é um anjo", "obg"]))
    doc.f("\n-- avaliação: «s»/5 · duração «m» min · tags: ato, chargeback-risk\n", s=g.ri(1, 5), m=g.ri(6, 48))
    return doc


def at_parental(g: Gen) -> Doc:
    """Parental-consent form for a minor's account (label: value), as received by support."""
    doc = Doc()
    par = g.person()
    kid = g.minor(par)
    city, uf = g.city()
    ul = g.pick(["_", ".", " "])
    pad = lambda s: s + ul * max(2, 26 - len(s)) + ": " if ul != " " else s.ljust(26) + ": "
    doc.f("TERMO DE CONSENTIMENTO PARENTAL — CONTA DE MENOR DE 18 ANOS\n«game» · Kraken Play Entretenimento Ltda\n"
          "(art. 14 da Lei 13.709/2018 — LGPD; ECA, Lei 8.069/1990)\nSolicitação nº «s»   Recebida em «d»\n\n"
          "1. DADOS DA CRIANÇA / ADOLESCENTE\n", game=g.pick(GAMES), s=g.protocol(), d=g.date("br"))
    doc.f(pad("Nome completo") + "«n»\n" + pad("Data de nascimento") + "«dob»\n" + pad("Nick no jogo") + "«h»\n",
          n=P(g.pick([kid.full, kid.caps, kid.plain])), dob=(g.kid_dob(), "DATE_OF_BIRTH"), h=g.handle())
    if g.chance(0.4):
        doc.f(pad("CPF do menor") + "«c»\n", c=(g.cpf(), "BR_CPF"))
    doc.t("\n2. RESPONSÁVEL LEGAL\n")
    doc.f(pad("Nome") + "«n»\n" + pad("Parentesco") + "«r»\n" + pad("CPF") + "«c»\n" + pad("RG") + "«rg» «org»\n"
          + pad("Data de nascimento") + "«dob»\n" + pad("E-mail") + "«e»\n" + pad("Celular") + "«tel»\n"
          + pad("Endereço") + "«ad»\n" + pad("Bairro / Cidade / UF") + "«b» / «city» / «uf»\n" + pad("CEP") + "«cep»\n",
          n=P(g.pick([par.full, par.caps])), r=g.pick(["mãe", "pai", "avó", "tutor(a)"]) if par.female else g.pick(["pai", "avô", "tutor"]),
          c=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP", "SESP/PR", "SDS/PE", "DETRAN/RJ"]),
          dob=(g.dob(None, 1968, 1995), "DATE_OF_BIRTH"), e=(g.email(par), "EMAIL_ADDRESS"), tel=(g.phone(), "PHONE_NUMBER"),
          ad=(g.address(g.pick(["text", "text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(g.chance(0.8)), "BR_CEP"))
    doc.f("\n3. CONTROLES\nLimite mensal de compras: R$ «lim»   Chat de voz: «v»   Horário permitido: «h1» às «h2»\n"
          "Compras exigem aprovação pelo e-mail do responsável: «ap»\n\n"
          "Declaro ser responsável legal pelo menor acima e consinto com o tratamento dos dados descritos na Política de Privacidade v«ver».\n"
          "Aceite eletrônico: «ts» — IP «ip» — dispositivo «dev»\n\n"
          "Conferido por: «ag» (Suporte N1) em «d2». Doc. do responsável: «doc».\n",
          lim=g.money(0, 300), v=g.pick(["desativado", "somente amigos", "ativado"]), h1=g.pick(["08:00", "10:00", "14:00"]),
          h2=g.pick(["20:00", "21:30", "22:00"]), ap=g.pick(["SIM", "sim", "NÃO"]), ver=f"{g.ri(2, 5)}.{g.ri(0, 9)}",
          ts=g.iso_ts(), ip=(g.ip(), "IP_ADDRESS"), dev=g.hexs(12), ag=P(g.person().short), d2=g.date("br"),
          doc=g.pick(["RG frente/verso OK", "CNH digital OK", "selfie com documento OK", "pendente — ilegível"]))
    return doc


def at_harass_queue(g: Gen) -> Doc:
    """CSV export of the harassment-report moderation queue, with doxxing in the excerpts."""
    doc = Doc()
    doc.f("# export fila_moderacao_assedio — gerado em «d» por «who» (ferramenta ModQ)\n", d=g.date("iso"), who=f"svc_modq_{g.d(2)}")
    rows = []
    for _ in range(g.ri(4, 6)):
        mod = g.person()
        vic = g.person()
        k = g.ri(0, 5)
        ex = Doc()
        if k == 0:
            ex.f("o nome dele é «n» e mora na «ad», vamo lá", n=P(name_form(g, vic, ["full", "low", "caps"])), ad=(g.address(g.pick(["low", "text"])), "ADDRESS"))
        elif k == 1:
            ex.f("chama no zap «tel» e manda nudes kkkk", tel=(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"))
        elif k == 2:
            ex.f("achei o ip dela «ip», vou derrubar a net", ip=(g.ip(), "IP_ADDRESS"))
        elif k == 3:
            ex.f("cpf do «n» é «c» tá vazado no grupo", n=P(vic.first.lower() if g.chance(0.5) else vic.first), c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
        elif k == 4:
            ex.f("lixo, vai chorar pra «m»? a «w»", m=g.pick(["mamãe", "sua mãe", "moderação"]),
                 w=g.pick(["vitória foi nossa", "tela tá em branco pra vc né", "luz do seu monitor queimou"]))
        else:
            ex.f("«n», sei onde vc estuda, escola «sc», «ad»", n=P(vic.first), sc=g.pick(["Estadual Castro Alves", "Municipal Prudente de Morais", "Colégio Aurora"]),
                 ad=(g.address("text"), "ADDRESS") if g.chance(0.5) else V("perto da praça"))
        row = [V(f"R{g.d(8)}"), V(g.iso_ts()), V(g.handle()), (g.email(g.person()), "EMAIL_ADDRESS") if g.chance(0.6) else V(""),
               V(g.handle()), V(g.pick(["assedio", "doxxing", "discurso_odio", "ameaca", "assedio_sexual"])), ex,
               P(g.pick([mod.short, mod.first, mod.full])) if g.chance(0.6) else V("mod_" + fold(mod.first).lower()), V(g.pick(["ban_7d", "ban_perm", "mute_24h", "sem_acao", "escalado_juridico"]))]
        rows.append(row)
    sep = g.pick([",", ";"])
    doc.t(sep.join(["report_id", "created_at", "reporter", "reporter_email", "reported", "categoria", "trecho_chat", "moderador", "acao"]) + "\n")
    for r in rows:
        for k, cell in enumerate(r):
            if k:
                doc.t(sep)
            if isinstance(cell, Doc):
                doc.t('"').add(cell).t('"')
            else:
                doc.e(cell[0], cell[1])
        doc.t("\n")
    doc.f("# obs: casos de doxxing com endereço/telefone real vão p/ jurídico (LGPD art. 46); «n» revisa sexta.\n",
          n=P(g.person().first))
    return doc


def at_lanhouse(g: Gen) -> Doc:
    """LAN-house user register (state law) and the session log of the café's management software."""
    doc = Doc()
    owner = g.person()
    lan = g.pick(["Rosa Branca LAN House", "Cyber Aurora", "LAN Prudente Games", "Point do Bento Cyber", "Flor de Lis Lan & Xerox"])
    day = g.day()
    doc.f("«lan» — LIVRO DE REGISTRO DE USUÁRIOS (Lei est. 12.228/2006)\nResp.: «o»   Dia: «d»\n\n",
          lan=lan, o=P(owner.full), d=fd(day, g.pick(["br", "short"])))
    rows = []
    times = g.times(g.ri(5, 7) * 2, 9 * 3600, 23 * 3600)
    n = len(times) // 2
    users = []
    for i in range(n):
        u = g.person()
        users.append((u, re.sub(r"[^a-z]", "", fold(u.first).lower()) + g.d(2)))
        minor = g.chance(0.35)
        docv = g.pick(["rg", "rg", "cpf"] if minor else ["rg", "rg", "cpf", "cnh"])
        dval = {"rg": (g.rg(), "BR_RG"), "cpf": (g.cpf(), "BR_CPF"), "cnh": (g.cnh(), "BR_CNH")}[docv]
        resp = g.person()
        rows.append([V(f"PC{g.ri(1, 24):02d}"), V(times[2 * i]), V(times[2 * i + 1]),
                     P(g.pick([u.caps, u.full, u.short.upper(), u.low])), V(docv.upper()), dval,
                     (g.kid_dob("br") if minor else g.dob("br", 1980, 2006), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["plain", "raw", "dash"])), "PHONE_NUMBER") if g.chance(0.7) else V("-"),
                     P(resp.short) if minor else V("-"), V(g.money(3, 40))])
    table_fixed(doc, ["MAQ", "ENTR", "SAIDA", "NOME", "DOC", "NUMERO", "NASC", "FONE", "RESP (menor)", "R$"], rows,
                ruler=g.pick(["-", "=", None]), sep=g.pick(["  ", " | "]))
    doc.f("\n--- LanManager 4.2 · sessions.log ---\n")
    for h in g.times(g.ri(3, 5), 9 * 3600, 23 * 3600):
        u, lg = g.pick(users)
        doc.f("«d» «h»:«s0» INFO PC«pc» («lip») login cliente=«lg» saldo=«s»min ext=«ip»\n", d=fd(day, "iso"), h=h, s0=f"{g.ri(0, 59):02d}",
              pc=f"{g.ri(1, 24):02d}", lip=(g.lan_ip(), "IP_ADDRESS"), lg=lg,
              s=g.ri(10, 240), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("«d» «h» WARN PC«pc» bloqueio site de apostas (categoria 'bets') — «w»\n", d=fd(day, "iso"), h=g.hms(),
          pc=f"{g.ri(1, 24):02d}", w=g.pick(["menor de idade na sessão", "regra padrão", "pedido do responsável"]))
    doc.f("\nObs.: «x»\n", x=g.pick(["conta de luz venceu dia 10, pagar na lotérica",
                                   f"o {g.pick(['PC07', 'PC12'])} tá com tela em branco, chamar técnico",
                                   f"CPF {g.bad_cpf('dot')} do cadastro da mãe não confere, pedir RG na próxima",
                                   "campeonato sábado, inscrição R$ 15,00"]))
    return doc


def at_refund_email(g: Gen) -> Doc:
    """E-mail thread: parent asks a refund for purchases made by the child; refund data in the reply."""
    doc = Doc()
    par, a = g.person(), agent(g)
    kid = g.minor(par)
    pe = g.email(par)
    dom = g.pick(STAFF_DOM)
    n_orders = g.ri(2, 4)
    doc.f("De: «n» <«e»>\nPara: suporte@«dom»\nData: «d» «h»\nAssunto: «subj»\n\n",
          n=P(g.pick([par.full, par.short, par.caps])), e=(pe, "EMAIL_ADDRESS"), dom=dom, d=g.date("br"), h=g.hm(),
          subj=g.pick(["Compras não autorizadas - reembolso", "URGENTE estorno", "meu filho comprou gemas sem eu saber", "Re: pedido de reembolso"]))
    doc.f("Bom dia,\n\nMeu «fil» «k» («age» anos) fez «n» compras no jogo sem minha autorização, usando o celular que fica com ele. "
          "Seguem os pedidos:\n", fil="filho" if not kid.female else "filha", k=P(kid.first), age=g.ri(8, 15), n=n_orders)
    for _ in range(n_orders):
        doc.f("  - «o»  «d»  R$ «v»\n", o=g.order(), d=g.date("br"), v=g.money(9, 500))
    doc.f("\nO cartão é o meu («mc»). Já abri contestação no banco mas preferia resolver com vocês. "
          "Se precisar, meu CPF é «c» e o telefone «tel».\n\nAtt,\n«n»\n\n", mc=g.masked_card(), c=(g.cpf(), "BR_CPF"),
          tel=(g.phone(), "PHONE_NUMBER"), n=P(g.pick([par.first, par.full])))
    doc.f("-----\nDe: «a» <«ae»>\nData: «d»\n\nOlá, «n»! Aqui é «a1» do Suporte. Analisamos os pedidos e aprovamos o reembolso integral "
          "(R$ «v»), conforme o art. 49 do CDC. Como a loja já repassou o valor, o estorno será por Pix. "
          "Pode confirmar a chave?\n\n", a=P(a.full), ae=(g.corp(a, dom), "EMAIL_ADDRESS"), d=g.date("br"), n=P(par.first),
          a1=P(a.first), v=g.money(30, 1200))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("> Chave aleatória: «pix»\n", pix=(g.uuid(), "PIX_KEY"))
    elif k == 1:
        doc.f("> pix é o cpf mesmo «c»\n", c=(g.cpf(), "BR_CPF"))
    else:
        doc.f("> «b», ag «ag» conta «ac», titular «n»\n", b=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"),
              ac=(g.account(), "BANK_ACCOUNT"), n=P(g.pick([par.full, par.caps])))
    doc.f("\nTambém ativamos o controle parental na conta «h» (limite R$ 0,00). «w».\n\nAbs,\n«a»\nKraken Play · Suporte ao Jogador · protocolo «p»\n",
          h=g.handle(), w=g.pick(["Seria prudente trocar a senha da loja do celular", "Recomendamos exigir senha em toda compra"]),
          a=P(a.short), p=g.protocol())
    return doc


def at_credenciamento(g: Gen) -> Doc:
    """Accreditation list of a LAN final: players, staff, parking plates (Markdown or CSV)."""
    doc = Doc()
    venue = g.pick(["Arena Jatobá", "Ginásio Aurora", "Centro de Eventos Bento Gonçalves", "Espaço Luz Divina", "Expo Prudente"])
    coord = g.person()
    doc.f("Credenciamento — Final «liga» «y» — «v»\nEquipe: «team»   Responsável pelo envio: «c» («tel»)\n\n",
          liga=g.pick(["Liga Kraken", "Copa Capivara", "Circuito Aurora Universitário", "Taça Trovão"]), y=g.pick([2025, 2026]),
          v=venue, team=g.pick(TEAMS), c=P(coord.full), tel=(g.phone(), "PHONE_NUMBER"))
    rows = []
    for i in range(g.ri(5, 7)):
        p = g.person()
        role = g.pick(["jogador", "jogador", "jogador", "coach", "analista", "manager", "psicólogo(a)", "reserva"])
        kind = g.pick(["RG", "CPF", "CNH", "RG"])
        val = {"RG": (g.rg(), "BR_RG"), "CPF": (g.cpf(), "BR_CPF"), "CNH": (g.cnh(), "BR_CNH")}[kind]
        minor = role in ("jogador", "reserva") and g.chance(0.3)
        plate = (g.plate(), "LICENSE_PLATE") if g.chance(0.35) else V("")
        rows.append([V(str(i + 1)), P(g.pick([p.full, p.caps, p.full])), V(g.handle() if role in ("jogador", "reserva") else "-"),
                     V(role), V(kind), val, (g.kid_dob("br") if minor else g.dob("br", 1985, 2006), "DATE_OF_BIRTH"),
                     (g.email(p), "EMAIL_ADDRESS"), plate])
    cols = ["#", "Nome", "Nick", "Função", "Doc", "Número", "Nascimento", "E-mail", "Placa (estac.)"]
    if g.chance(0.5):
        table_md(doc, cols, rows)
    else:
        table_csv(doc, cols, rows, sep=";")
    doc.f("\nMenores de 18 precisam da autorização assinada pelo responsável (modelo no drive). "
          "Estacionamento: só as placas listadas, portão «p». «w».\nDúvidas: «c» — «ce»\n",
          p=g.pick(["B", "Norte", "3"]), w=g.pick(["A van da equipe entra pela Rua Barão de Mauá", "Check-in a partir das 9h",
                                               "Vitória na semi garantiu a vaga"]),
          c=P(coord.first), ce=(g.email(coord), "EMAIL_ADDRESS"))
    return doc


# =========================================================================== juridico



def qualif(g: Gen, doc: Doc, p: Person, name: str, kid: bool = False, extra: bool = True) -> None:
    """Qualification of a party: name, nationality, civil state, documents, address, CEP, e-mail."""
    city, uf = g.city()
    doc.f("«n», «nac», «ec», «prof», portador(a) do RG nº «rg» «org» e inscrit«o» no CPF sob o nº «cpf», "
          "nascid«o» em «dob», residente e domiciliad«o» na «ad», «b», «city»/«uf», CEP «cep»",
          n=P(name), nac="brasileira" if p.female else "brasileiro",
          ec=("menor" if kid else g.pick(["solteira", "casada", "divorciada", "em união estável"] if p.female else ["solteiro", "casado", "divorciado", "em união estável"])),
          prof="estudante" if kid else g.pick(["atleta profissional de esportes eletrônicos", "estudante", "criador(a) de conteúdo digital", "streamer", "analista de sistemas"]),
          rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP/MG", "SESP/PR", "SSP/BA", "DETRAN/RJ", "SDS/PE", "PC/RS"]),
          o=p.o, cpf=(g.cpf("dot"), "BR_CPF"), dob=(g.kid_dob(g.pick(["br", "long"])) if kid else g.dob(g.pick(["br", "long"]), 1985, 2006), "DATE_OF_BIRTH"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    if extra:
        doc.f(", e-mail «e», telefone «t»", e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))


def ju_contrato(g: Gen) -> Doc:
    """Esports athlete services contract with image-rights licence; minor represented by a parent."""
    doc = Doc()
    team = g.pick(TEAMS)
    pl = g.person()
    minor = g.chance(0.4)
    par = g.person()
    if minor:
        pl = g.minor(par)
    lw = g.person()
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE ATLETA DE ESPORTES ELETRÔNICOS E LICENÇA DE USO DE IMAGEM\nContrato nº «n»\n\n"
          "CONTRATANTE: «team» — «emp», pessoa jurídica de direito privado, inscrita no CNPJ sob o nº «cnpj», com sede na "
          "Avenida Paulista, 1.«s», conj. «c», São Paulo/SP, neste ato representada por seu sócio-administrador «adm», CPF «acpf».\n\n"
          "CONTRATADO(A): ", n=f"ESP-{g.ri(2024, 2026)}/{g.d(4)}", team=team.upper(), emp=team.split()[0].upper() + g.pick([" ESPORTS LTDA", " GAMING LTDA", " ENTRETENIMENTO DIGITAL LTDA", " E-SPORTS EIRELI"]),
          cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), s=g.d(3), c=g.d(2), adm=P(g.person().full), acpf=(g.cpf(), "BR_CPF"))
    qualif(g, doc, pl, g.pick([pl.caps, pl.full]), kid=minor)
    if minor:
        doc.t(", neste ato representad" + pl.o + " por sua genitora " if par.female else ", neste ato representad" + pl.o + " por seu genitor ")
        qualif(g, doc, par, g.pick([par.caps, par.full]), extra=g.chance(0.5))
    doc.f(".\n\nCLÁUSULA 1ª — O(A) CONTRATADO(A), conhecido(a) pelo nick \"«h»\", integrará a line-up de «game» da CONTRATANTE "
          "de «d1» a «d2», observadas a Lei nº 14.597/2023 (Lei Geral do Esporte) e, no que couber, a Lei nº 9.615/1998.\n"
          "CLÁUSULA 2ª — Remuneração mensal de R$ «sal», acrescida de «pct»% das premiações, paga até o 5º dia útil "
          "na conta de titularidade do(a) CONTRATADO(A): «bank», agência «ag», conta corrente «ac».\n"
          "CLÁUSULA 3ª — Fica licenciado o uso do nome, apelido, voz e imagem do(a) CONTRATADO(A) em transmissões e "
          "peças publicitárias, vedado o uso em apostas (Lei nº 14.790/2023). Direito de arena: «arena»%.\n"
          "CLÁUSULA 4ª — Multa rescisória de R$ «multa». Foro da Comarca de São Paulo/SP.\n\n",
          h=g.handle(), game=g.pick(GAMES), d1=g.date("br", 2025), d2=g.date("br", 2026), sal=g.money(1800, 35000),
          pct=g.pick([10, 15, 20, 25]), bank=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          arena=g.pick([5, 10, 20]), multa=g.money(20000, 400000))
    if g.chance(0.6):
        doc.f("PIS/PASEP do(a) contratado(a) para fins de recolhimento: «pis»«t».\n\n", pis=(g.pis(), "BR_PIS"),
              t=Doc().f("; título de eleitor «t» (cadastro na federação)", t=(g.titulo(), "BR_TITULO_ELEITOR")) if g.chance(0.5) else "")
    doc.f("São Paulo, «d».\n\n__________________________\n«a»\n\n__________________________\n«b»\n",
          d=g.date("long"), a=P(pl.caps if minor is False else par.caps), b=team.upper())
    doc.t("\nTESTEMUNHAS:\n")
    for _ in range(2):
        w = g.person()
        doc.f("«n» — CPF «c»\n", n=P(g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))
    doc.f("\nRevisado por «l» («oab») — «e»\n", l=P(lw.full), oab=(g.council("OAB", "SP"), "PROFESSIONAL_ID"),
          e=(g.corp(lw, "braynertabosa.adv.br"), "EMAIL_ADDRESS"))
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Extrajudicial notice by a streamer's lawyer over unauthorised use of image / breach of sponsorship."""
    doc = Doc()
    st, lw = g.person(), g.person()
    tgt = g.person()
    city, uf = g.city()
    firm = g.pick(["Brayner & Tabosa Advogados Associados", "Escritório Jatobá Uchôa", "Saad, Higa e Pimenta Advocacia", "Aragão Mourão Advogados"])
    doc.f("«firm»\n«fa»\n\n«city», «d».\n\nNOTIFICAÇÃO EXTRAJUDICIAL\n\nNotificante: «n» (canal \"«h»\"), CPF «cpf»\n"
          "Notificad«o»: «t»\nEndereço: «ad» — «b», «city2»/«uf» — CEP «cep»\n\n",
          firm=firm, fa=g.pick(["Rua Barão de Mauá, 440, 9º andar — Centro", "Av. Prudente de Morais, 1200, sala 503", "Alameda Santos, 2.101, cj. 72"]),
          city=g.pick(["São Paulo", "Curitiba", "Recife", "Belo Horizonte"]), d=g.date("long"),
          n=P(g.pick([st.full, st.caps])), h=g.handle(), cpf=(g.cpf(), "BR_CPF"), o=tgt.o,
          t=P(g.pick([tgt.full, tgt.caps])), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city2=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    k = g.ri(0, 1)
    if k == 0:
        doc.f("Prezad«o» Sr«a». «t»,\n\nNa qualidade de advogad«lo» de «n», venho NOTIFICÁ-L«O2» de que cortes das lives do meu cliente, "
              "com sua imagem e voz, vêm sendo publicados sem autorização no canal que V. Sa. administra, inclusive com "
              "monetização e inserção de anúncio de casa de apostas, em afronta ao art. 20 do Código Civil e à Lei 9.610/1998.\n\n"
              "Requer-se, em 48 (quarenta e oito) horas: (i) a remoção dos «q» vídeos listados no anexo; (ii) a prestação de contas "
              "da receita obtida; (iii) a abstenção de novas publicações, sob pena de multa diária de R$ «m».\n\n",
              o=tgt.o, a="a" if tgt.female else "", t=P(tgt.short), lo="a" if lw.female else "o", n=P(st.first if g.chance(0.4) else st.full),
              O2="A" if tgt.female else "O", q=g.ri(3, 40), m=g.money(500, 5000))
    else:
        doc.f("Prezad«o» Sr«a». «t»,\n\nRepresentando «n», notifico V. Sa. acerca do descumprimento do contrato de patrocínio "
              "nº «c» firmado com a marca «brand», que reteve o pagamento de R$ «v» referente às entregas de «mes» "
              "(«q» lives com o «w»).\n\nFica V. Sa. constituíd«o» em mora, devendo efetuar o pagamento em 5 (cinco) dias "
              "na conta de titularidade do notificante (agência «ag», conta «ac») ou pela chave Pix «pix».\n\n",
              o=tgt.o, a="a" if tgt.female else "", t=P(tgt.short), n=P(st.full), c=g.protocol(),
              brand=g.pick(["Grazziotin Periféricos", "Energético Trovão", "Cadeiras Aurora Gamer", "Prudente Tech"]),
              v=g.money(3000, 80000), mes=g.pick(MONTHS), q=g.ri(4, 20), w=g.pick(["overlay da marca", "código de cupom AURORA10", "link na bio"]),
              ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), pix=(g.uuid(), "PIX_KEY"))
    doc.f("O silêncio será interpretado como recusa, ficando o notificante livre para ajuizar as medidas cabíveis.\n\n"
          "Atenciosamente,\n\n«l»\n«oab»\n«e» | «tel»\n", l=P(lw.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"),
          e=(g.corp(lw, g.pick(["braynertabosa.adv.br", "jatobauchoa.com.br", "shp.adv.br"])), "EMAIL_ADDRESS"),
          tel=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"))
    return doc


def ju_peticao(g: Gen) -> Doc:
    """Small-claims initial petition: consumer vs game publisher over a ban and lost in-game items."""
    doc = Doc()
    a, lw = g.person(), g.person()
    minor = g.chance(0.35)
    par = g.person()
    if minor:
        a = g.minor(par)
    city, uf = g.city()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «city»/«uf»\n\n",
          n=g.ri(1, 9), city=fold(city).upper(), uf=uf)
    qualif(g, doc, a, g.pick([a.caps, a.full]), kid=minor, extra=not minor)
    if minor:
        doc.t(", representad" + a.o + " por " + ("sua mãe " if par.female else "seu pai "))
        doc.f("«n», CPF «c», telefone «t»", n=P(par.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f(", por seu advogado infra-assinado, vem propor\n\nAÇÃO DE OBRIGAÇÃO DE FAZER C/C INDENIZAÇÃO POR DANOS MORAIS\n\n"
          "em face de «co», CNPJ «cnpj», pelos fatos a seguir.\n\n"
          "1. O(A) autor(a) mantém desde «y» a conta \"«h»\" no jogo «game», na qual investiu R$ «v» em itens virtuais "
          "(extratos anexos, pedidos «o1» e «o2»).\n"
          "2. Em «d», a conta foi banida sob alegação genérica de \"violação dos termos\", sem indicação da partida, "
          "do log ou da regra violada. O protocolo «p» segue sem resposta.\n"
          "3. A conduta viola os arts. 6º, III, 39 e 51, IV, do CDC (Lei 8.078/1990) e o art. 7º da Lei 12.965/2014. "
          "Caso análogo: processo nº «cnj».\n\n"
          "Requer: (a) tutela de urgência para reativação da conta em 48h; (b) restituição em dobro de R$ «v2»; "
          "(c) danos morais de R$ «dm»; (d) inversão do ônus da prova.\n\nDá-se à causa o valor de R$ «vc».\n\n"
          "«city», «d2».\n\n«l»\n«oab»\n",
          co=g.pick(["KRAKEN PLAY ENTRETENIMENTO LTDA", "PITOMBO GAMES LTDA", "NAKAMURA INTERACTIVE DO BRASIL S.A."]),
          cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), y=g.ri(2016, 2023), h=g.handle(), game=g.pick(GAMES),
          v=g.money(300, 9000), o1=g.order(), o2=g.order(), d=g.date("br"), p=g.protocol(), cnj=g.cnj(),
          v2=g.money(300, 9000), dm=g.money(3000, 15000), vc=g.money(8000, 40000), city=city, d2=g.date("long"),
          l=P(g.pick([lw.full, lw.caps])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_bo(g: Gen) -> Doc:
    """Police report (boletim de ocorrência) of online stalking / swatting, scanned with OCR noise."""
    doc = Doc()
    v, s, esc = g.person(), g.person(), g.person()
    city, uf = g.city()
    o = lambda x: ocr(x, g, 0.25)
    od = lambda x: ocr(x, g, 0.12, digits=True)
    doc.f("SECRETARIA DA SEGURANÇA PÚBLICA\nPOLÍCIA CIVIL — «del»\nBOLETIM DE OCORRÊNCIA Nº «n»/«y»\n"
          "Natureza: «nat»\nData/hora do fato: «df»   Registro: «dr»\nLocal: internet (plataforma «game») / residência da vítima\n\n"
          "VÍTIMA\nNome: «vn»   Nasc.: «dob»\nRG: «rg»   CPF: «cpf»\nEnd.: «ad» — «city» — CEP «cep»\nFone: «tel»\n\n",
          **{"del": g.pick(["DELEGACIA DE REPRESSÃO AOS CRIMES CIBERNÉTICOS", f"{g.ri(1, 99)}º DISTRITO POLICIAL", "DEL. DE DEFESA DA MULHER"])},
          n=g.d(6), y=g.ri(2024, 2025), nat=g.pick(["Perseguição (art. 147-A CP)", "Ameaça (art. 147 CP)", "Divulgação de dados pessoais / perseguição",
                                                "Comunicação falsa de crime (\"swatting\")"]),
          df=f"{g.date('br')} {g.hm()}", dr=f"{g.date('br')} {g.hm()}", game=g.pick(GAMES),
          vn=P(o(v.caps)), dob=(od(g.dob("br", 1990, 2007)), "DATE_OF_BIRTH"), rg=(od(g.rg()), "BR_RG"),
          cpf=(od(g.cpf()), "BR_CPF"), ad=(o(g.address("caps")), "ADDRESS"), city=fold(city).upper(), cep=(g.cep(), "BR_CEP"),
          tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("AUTOR (conhecido)\nNome: «sn»   Vulgo/nick: «h»\n", sn=P(o(g.pick([s.caps, s.full]))), h=g.handle())
    if g.chance(0.5):
        doc.f("Veículo visto em frente à residência: «car», placa «pl»\n", car=g.pick(["VW Gol prata", "Fiat Uno branco", "moto Honda CG preta", "HB20 vermelho"]),
              pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("\nHISTÓRICO\nRelata a vítima que desde «m» vem sendo perseguida pelo autor, ex-colega de equipe no clã «team», que passou a "
          "publicar em grupos de Discord seu endereço, telefone e fotos da fachada. Em «d», a polícia militar foi acionada "
          "por ligação anônima informando falso refém no endereço da vítima. A vítima apresentou prints e os IPs informados "
          "pela plataforma: «ip1» e «ip2». A vítima informa ainda o e-mail usado pelo autor: «se».\n"
          "Solicitada preservação de registros à plataforma nos termos do art. 13 da Lei 12.965/2014 (protocolo «p»).\n\n"
          "Escrivã(o): «esc»   Delegado(a): «dl»\n",
          m=g.pick(MONTHS), team=g.pick(TEAMS), d=g.date("br"), ip1=(g.ip(), "IP_ADDRESS"), ip2=(g.ip6() if g.chance(0.3) else g.ip(), "IP_ADDRESS"),
          se=(g.email(s, g.pick(["proton.me", "gmail.com", "outlook.com"])), "EMAIL_ADDRESS"), p=g.protocol(),
          esc=P(o(esc.caps)), dl=P(o(g.person().caps)))
    return doc


def ju_oficio_resposta(g: Gen) -> Doc:
    """Platform's answer to a court order (Marco Civil art. 22): registration data and access logs."""
    doc = Doc()
    judge, lw = g.person(), g.person()
    acc = [g.person() for _ in range(g.ri(1, 2))]
    doc.f("Ofício nº «o» — Resposta\nProcesso nº «cnj»\nJuízo: «v»ª Vara Criminal da Comarca de «city»\nMM. Juiz(a): «j»\n\n"
          "KRAKEN PLAY ENTRETENIMENTO LTDA, em cumprimento à decisão de «d» (art. 22 da Lei 12.965/2014), apresenta os dados "
          "cadastrais e os registros de acesso a aplicação das contas indicadas, no período requisitado:\n\n",
          o=f"{g.d(4)}/{g.ri(2024, 2025)}", cnj=g.cnj(g.pick(["8.26", "8.13", "8.19", "8.16"])), v=g.ri(1, 30),
          city=g.city()[0], j=P(g.pick([judge.full, judge.caps])), d=g.date("br"))
    for p in acc:
        doc.f("Conta: «h» (UID «uid»)\n  Nome cadastrado : «n»\n  E-mail          : «e»\n  Telefone        : «t»\n"
              "  CPF informado   : «c»\n  Data de nasc.   : «dob»\n  Criada em       : «cr»\n",
              h=g.handle(), uid=g.neg(11) if g.chance(0.5) else g.hexs(16), n=P(g.pick([p.full, p.low, p.caps])),
              e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone("e164"), "PHONE_NUMBER"),
              c=(g.cpf("raw"), "BR_CPF") if g.chance(0.7) else V("não informado"), dob=(g.dob("iso", 1988, 2008), "DATE_OF_BIRTH"),
              cr=f"{g.date('iso', g.ri(2018, 2023))}T{g.hms()}Z")
        rows = []
        for _ in range(g.ri(3, 5)):
            rows.append([V(f"{g.date('iso')}T{g.hms()}Z"), (g.ip6() if g.chance(0.25) else g.ip(), "IP_ADDRESS"), V(str(g.ri(1024, 65535))),
                         V(g.pick(["login", "logout", "compra", "chat"]))])
        rows.sort(key=lambda r: r[0][0])
        table_fixed(doc, ["  data_hora (UTC)", "endereço IP", "porta", "evento"], [[V("  " + r[0][0])] + r[1:] for r in rows], ruler="-")
        doc.t("\n")
    doc.f("Os dados de pagamento (cartão «mc») não integram a requisição e foram omitidos. Não há registro de conexão, "
          "que cabe ao provedor de acesso.\n\n«l»\n«oab»\nJurídico — juridico@krakenplay.com.br\n",
          mc=g.masked_card(), l=P(lw.full), oab=(g.council("OAB", "SP"), "PROFESSIONAL_ID"))
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Power of attorney: parents of a minor pro player appoint lawyers for contract and image-rights matters."""
    doc = Doc()
    m, f = g.person(female=True), g.person(female=False)
    kid = g.minor(f)
    lw1, lw2 = g.person(), g.person()
    city, uf = g.city()
    doc.f("PROCURAÇÃO «tipo»\n\nOUTORGANTE: «k», menor, nascid«o» em «dob», CPF «kc», neste ato representad«o» por seus genitores "
          "«m», RG «mrg», CPF «mc», e «f», RG «frg», CPF «fc», ambos residentes na «ad», «city»/«uf», CEP «cep».\n\n",
          tipo=g.pick(["AD JUDICIA ET EXTRA", "AD JUDICIA", "PARTICULAR"]), k=P(kid.caps), o=kid.o, dob=(g.kid_dob("br"), "DATE_OF_BIRTH"),
          kc=(g.cpf(), "BR_CPF"), m=P(m.caps), mrg=(g.rg(), "BR_RG"), mc=(g.cpf(), "BR_CPF"), f=P(f.caps), frg=(g.rg(), "BR_RG"),
          fc=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.f("OUTORGADOS: «l1», «o1», e «l2», «o2», com escritório na Rua Barão de Mauá, 440, 9º andar, e-mails «e1» e «e2».\n\n"
          "PODERES: para o foro em geral, com a cláusula ad judicia et extra, e especialmente para negociar, revisar e assinar "
          "contrato de atleta de esportes eletrônicos com a equipe «team», licença de uso de imagem e contratos de patrocínio, "
          "receber e dar quitação, podendo substabelecer.\n\n«city», «d».\n\n"
          "_____________________________        _____________________________\n«m2»                         «f2»\n\n"
          "Reconheço por semelhança as firmas de «m3» e «f3». Selo «sel». Escrevente: «esc».\n",
          l1=P(lw1.full), o1=(g.council("OAB"), "PROFESSIONAL_ID"), l2=P(lw2.full), o2=(g.council("OAB"), "PROFESSIONAL_ID"),
          e1=(g.corp(lw1, "braynertabosa.adv.br"), "EMAIL_ADDRESS"), e2=(g.corp(lw2, "braynertabosa.adv.br"), "EMAIL_ADDRESS"),
          team=g.pick(TEAMS), city=city, d=g.date("long"), m2=P(m.full), f2=P(f.full), m3=P(m.caps), f3=P(f.caps),
          sel=f"{g.alnum(3)}{g.d(5)}-{g.alnum(2)}", esc=P(g.person().full))
    return doc


def ju_planilha(g: Gen) -> Doc:
    """CSV export of the legal department's litigation portfolio (consumer, labour and image-rights suits)."""
    doc = Doc()
    doc.f("carteira_contencioso_«d».csv — Jurídico Kraken Play (filtro: esports + consumidor)\n", d=g.date("compact"))
    rows = []
    for _ in range(g.ri(5, 7)):
        a, lw, resp = g.person(), g.person(), g.person()
        rows.append([V(g.cnj()), P(g.pick([a.caps, a.full, a.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.75) else V(g.masked_cpf()),
                     V(g.pick(["JEC consumidor", "Trabalhista (atleta)", "Direito de imagem", "Indenizatória", "Chargeback"])),
                     P(lw.full), (g.council("OAB"), "PROFESSIONAL_ID"), V(g.money(2000, 250000)),
                     V(g.pick(["inicial", "audiência designada", "sentença parcial procedente", "acordo", "recurso inominado"])),
                     P(g.pick([resp.first, resp.short])) if g.chance(0.3) else V("jur." + fold(resp.first[0] + resp.last).lower().replace(" ", ""))])
    table_csv(doc, ["processo", "parte_contraria", "cpf_parte", "tipo", "adv_contrario", "oab", "valor_causa", "fase", "resp_interno"],
              rows, sep=g.pick([";", ","]))
    doc.f("\n# provisão total calculada em «d» por «p» (CPC 25 / risco provável). «w»\n", d=g.date("br"), p=P(g.person().full),
          w=g.pick(["Seria prudente revisar os casos de imagem antes do fechamento.", "Luz amarela nos trabalhistas de atleta.",
                    "Vitória no TJSP do caso da Aurora Gaming reduz risco."]))
    return doc


# =========================================================================== saude

CLINICS = ["Ambulatório de Dependências Tecnológicas — Instituto Aurora", "CAPSi Flor de Maio", "Clínica Luz Serena Saúde Mental",
           "Ambulatório Integrado de Jogo Patológico (AIJP)", "Centro de Psicologia Vitória"]
MED_DOM = ["clinicaluzserena.com.br", "institutoaurora.org.br", "cpvitoria.com.br"]


def sa_evolucao(g: Gen) -> Doc:
    """Outpatient psychiatric progress note (SOAP) of an adolescent or adult with gaming disorder."""
    doc = Doc()
    pt = g.person()
    minor = g.chance(0.6)
    mom = g.person(female=True)
    if minor:
        pt = g.minor(mom)
    psy, dr = g.person(), g.person()
    hrs = g.ri(6, 16)
    doc.f("«cl»\nEVOLUÇÃO AMBULATORIAL — «d» «h»\n\nPaciente: «n»   Pront.: «pr»\nDN: «dob»   CNS: «cns»\n"
          "«resp»CID-10: «cid» (transtorno de jogo eletrônico — CID-11 6C51.0)   Comorbidade: «cid2»\n\n",
          cl=g.pick(CLINICS), d=g.date("br"), h=g.hm(), n=P(g.pick([pt.full, pt.caps])), pr=g.d(7),
          dob=(g.kid_dob() if minor else g.dob(None, 1990, 2006), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"),
          resp=(Doc().f("Mãe/resp.: «m»   Tel.: «t»\n", m=P(mom.full), t=(g.phone(), "PHONE_NUMBER")) if minor else ""),
          cid="F63.8", cid2=g.pick(["F90.0", "F41.1", "F32.1", "G47.0", "nenhuma", "F84.0"]))
    doc.f("S: «who» refere «hrs»h/dia de jogo («game»), madrugadas inteiras, queda no rendimento escolar/trabalho. "
          "«fam» Nega uso de álcool. Sono: deita às «s1», acorda às «s2». «w»\n"
          "O: vigil, orientad«o», humor «hum», sem ideação suicida. IGDS9-SF = «igd»/45.\n"
          "A: padrão persistente de jogo com prejuízo funcional > 12 meses.\n"
          "P: manter «med»; TCC semanal com «psy» («crp»); combinado com a família limite de «lim»h nos dias de semana; "
          "retorno em «r» dias. Encaminho à nutrição (IMC «imc»).\n\n",
          who=("Mãe" if minor else "Paciente"), hrs=hrs, game=g.pick(GAMES),
          fam=g.pick(["Conflitos com os pais quando o wi-fi é desligado.", "Gastou R$ " + g.money(200, 3000) + " em loot boxes no cartão da avó.",
                      "Abandonou o curso técnico.", "Irmão mais novo joga junto."]),
          s1=g.pick(["03:00", "04:30", "02:00", "05:00"]), s2=g.pick(["13:00", "11:00", "14:30"]),
          w=g.pick(["Diz que a vitória no ranqueado \"é a única coisa que dá certo\".", "Relata tela em branco na cabeça ao ficar sem jogar.",
                    "Seria prudente avaliar TDAH formalmente.", "Sem queixas somáticas."]),
          o=pt.o, hum=g.pick(["hipotímico", "eutímico", "irritável", "ansioso"]), igd=g.ri(18, 44),
          med=g.pick(["sertralina 50 mg", "metilfenidato 10 mg", "sem medicação", "fluoxetina 20 mg", "melatonina 3 mg"]),
          psy=P(g.pick([psy.full, psy.short])), crp=(g.council("CRP"), "PROFESSIONAL_ID"), lim=g.ri(1, 3), r=g.pick([15, 21, 30]),
          imc=f"{g.ri(17, 34)},{g.d(1)}")
    doc.f("«dr»\nMédic«o» psiquiatra — «crm»\n", dr=P(dr.full), o="a" if dr.female else "o", crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


def sa_encaminhamento(g: Gen) -> Doc:
    """Referral letter from a primary-care doctor or school psychologist to a CAPSi."""
    doc = Doc()
    mom = g.person()
    kid = g.minor(mom)
    dr = g.person()
    age = g.ri(10, 17)
    city, uf = g.city()
    doc.f("«ubs»\nREFERÊNCIA / CONTRARREFERÊNCIA\n\nAo «dest»\n\nEncaminho «ao» «k», «age» anos (DN «dob»), CNS «cns», "
          "acompanhad«o» de «rel» «m» (CPF «mc», tel. «t»), residente na «ad», CEP «cep», «city»/«uf».\n\n",
          ubs=g.pick(["UBS Jardim Aurora", "Unidade de Saúde da Família Vila Rosa", "ESF Bento Ribeiro", "UBS Santa Luzia — equipe 3"]),
          dest=g.pick(["CAPSi Flor de Maio", "Ambulatório de Dependências Tecnológicas", "serviço de psicologia do NASF"]),
          ao="a adolescente" if kid.female else "o adolescente", k=P(g.pick([kid.full, kid.caps])), age=age,
          dob=(g.dob_age(age, g.pick(["br", "nopad"])), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), o=kid.o,
          rel="sua mãe" if mom.female else "seu pai", m=P(mom.full), mc=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), city=city, uf=uf)
    doc.f("Motivo: uso excessivo de jogos online (até «h»h/dia), isolamento, «x». Escola relata «f» faltas no bimestre. "
          "Hipótese: «cid» (jogo patológico) a esclarecer; descartar «cid2».\n"
          "Conduta na atenção básica: orientação familiar, higiene do sono, «c».\n\n"
          "Grat«a»,\n«dr» — «crm»\n«d»\n",
          h=g.ri(6, 15), x=g.pick(["agressividade ao ser interrompido", "recusa alimentar nos horários de jogo", "apostas em skins (\"caixas\")", "automutilação relatada pela escola"]),
          f=g.ri(8, 30), cid="F63.8", cid2=g.pick(["F90.0", "F32.0", "F84.0", "F41.1"]),
          c=g.pick(["contrato de uso de telas", "retirada do celular à noite", "grupo de pais quinzenal"]),
          a="a" if dr.female else "o", dr=P(dr.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), d=g.date("br"))
    return doc


def sa_anamnese(g: Gen) -> Doc:
    """Intake questionnaire of a private clinic (label: value), filled online by the patient or a parent."""
    doc = Doc()
    p = g.person()
    minor = g.chance(0.5)
    par = g.person()
    if minor:
        p = g.minor(par)
    city, uf = g.city()
    doc.f("FICHA DE ACOLHIMENTO — «cl»\nenviada pelo formulário do site em «d» («ip»)\n\n", cl=g.pick(CLINICS), d=g.date("br"),
          ip=(g.ip(), "IP_ADDRESS"))
    fields = [("Nome", P(g.pick([p.full, p.low, p.caps]))), ("Data de nascimento", (g.kid_dob() if minor else g.dob(None, 1988, 2006), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF")), ("Cartão SUS", (g.cns(), "BR_CNS") if g.chance(0.6) else V("não sei")),
              ("Convênio / carteirinha", V(g.pick(["particular", f"Unimed {g.d(16)}", f"Bradesco Saúde {g.d(15)}", f"Amil {g.d(9)}"]))),
              ("Endereço", (g.address(g.pick(["text", "low"])), "ADDRESS")), ("CEP", (g.cep(g.chance(0.7)), "BR_CEP")),
              ("Cidade", V(f"{city}/{uf}")), ("WhatsApp", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(p if not minor else par), "EMAIL_ADDRESS"))]
    if minor:
        fields += [("Responsável", P(par.full)), ("CPF do responsável", (g.cpf(), "BR_CPF")), ("Tel. responsável", (g.phone(), "PHONE_NUMBER"))]
    fields += [("Jogos", V(", ".join(g.rng.sample(GAMES, 2)))), ("Horas por dia (média)", V(str(g.ri(3, 14)))),
               ("Gasto mensal com jogos", V("R$ " + g.money(0, 1500))), ("Já fez tratamento?", V(g.pick(["não", "sim, psicóloga em 2022", "sim, CAPS"]))),
               ("Como conheceu", V(g.pick(["indicação da escola", "Instagram", "live de um streamer que fala de saúde mental", "Google"])))]
    colon = g.pick([": ", " : ", ":\t"])
    for k, v in fields:
        doc.t(k + colon)
        doc.e(v[0], v[1])
        doc.t("\n")
    doc.f("\nEscala IGDS9-SF: «s» pontos (corte 32 = provável transtorno). Triagem feita por «t» em «d».\n",
          s=g.ri(12, 45), t=P(g.pick([g.person().full, g.person().first])), d=g.date("br"))
    return doc


def sa_fisio(g: Gen) -> Doc:
    """Physiotherapy / sports-medicine evaluation of a pro player (tendinitis), with leave certificate."""
    doc = Doc()
    p, ft, dr = g.person(), g.person(), g.person()
    team = g.pick(TEAMS)
    doc.f("AVALIAÇÃO FISIOTERAPÊUTICA — DEPARTAMENTO DE PERFORMANCE «team»\nData: «d»\n\n"
          "Atleta: «n» (nick «h»)   Nasc.: «dob»   CPF: «cpf»\nFunção: «role» · mão dominante «mao» · «hrs»h de treino/dia + «st»h de stream\n\n",
          team=team.upper(), d=g.date("br"), n=P(g.pick([p.full, p.caps])), h=g.handle(), dob=(g.dob("br", 1998, 2008), "DATE_OF_BIRTH"),
          cpf=(g.cpf(), "BR_CPF"), role=g.pick(["AWPer", "suporte", "jungler", "IGL", "mid laner", "entry fragger"]),
          mao=g.pick(["direita", "esquerda"]), hrs=g.ri(6, 12), st=g.ri(0, 5))
    doc.f("Queixa: dor em punho «lado» há «sem» semanas, piora após campeonato. Phalen «ph», Finkelstein «fk».\n"
          "Hipóteses: «c1» / «c2».\nConduta: órtese noturna, pausas de 5 min a cada 50 min, fortalecimento, ajuste de altura da cadeira "
          "(a cadeira patrocinada «brand» não regula braço).\n\n«ft»\nFisioterapeuta — «crefito»\n\n",
          lado=g.pick(["direito", "esquerdo"]), sem=g.ri(2, 12), ph=g.pick(["+", "-"]), fk=g.pick(["+", "-"]),
          c1="M65.4", c2=g.pick(["G56.0", "M77.8", "M54.2"]), brand=g.pick(["Aurora Gamer", "Trovão Pro", "Rosa Branca Seating"]),
          ft=P(ft.full), crefito=(g.council("CREFITO"), "PROFESSIONAL_ID"))
    doc.f("ATESTADO\nAtesto que «n» necessita de afastamento das atividades competitivas por «dias» dias a partir de «d», "
          "por motivo de saúde«cid».\n«city», «d2».\n«dr» — «crm»\n",
          n=P(g.pick([p.full, p.short])), dias=g.ri(3, 21), d=g.date("br"),
          cid=g.pick(["", " (CID M65.4)", " — CID G56.0"]), city=g.city()[0], d2=g.date("long"), dr=P(dr.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f("\nc/c: nutricionista «nu» («crn»), preparador físico «pf» («cref»)\n", nu=P(g.person().short), crn=(g.council("CRN"), "PROFESSIONAL_ID"),
              pf=P(g.person().short), cref=(g.council("CREF"), "PROFESSIONAL_ID"))
    return doc


def sa_agenda(g: Gen) -> Doc:
    """A day's agenda of a psychology clinic (fixed-width table, with or without ruler)."""
    doc = Doc()
    prof = [g.person() for _ in range(2)]
    crps = [g.council("CRP") for _ in prof]
    d = g.date("br")
    doc.f("Agenda — «cl» — «d»\nProfissionais: «p0» («c0»), «p1» («c1»)\n\n", cl=g.pick(CLINICS), d=d,
          p0=P(prof[0].full), c0=(crps[0], "PROFESSIONAL_ID"), p1=P(prof[1].full), c1=(crps[1], "PROFESSIONAL_ID"))
    rows = []
    for t in g.times(g.ri(6, 8), 8 * 3600, 20 * 3600):
        p = g.person()
        minor = g.chance(0.5)
        rows.append([V(t), P(g.pick([p.caps, p.full, p.inverted])), (g.kid_dob("short") if minor else g.dob("short", 1985, 2006), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"), V(g.pick(["particular", "Unimed", "SulAmérica", "Amil", "cortesia equipe"])),
                     V(g.pick(["1", "2", "3", "on-line"])), V(g.pick(["1ª consulta", "retorno", "TCC", "orientação pais", "teleconsulta", "faltou"]))])
    table_fixed(doc, ["HORA", "PACIENTE", "DN", "CONTATO", "CONVÊNIO", "SALA", "OBS"], rows, ruler=g.pick(["-", None, "="]),
                sep=g.pick(["  ", " | "]))
    doc.f("\nRecados: «w»\n", w=g.pick([f"ligar para {g.person().first} remarcar", "sala 2 sem luz, usar sala 4",
                                       "conta de luz vence sexta", f"responsável da paciente das {g.hm()} pediu recibo com CPF {g.bad_cpf('dot')} (conferir, parece errado)"]))
    return doc


def sa_roster(g: Gen) -> Doc:
    """Team medical roster (CSV) kept by the esports organisation's health staff."""
    doc = Doc()
    team = g.pick(TEAMS)
    doc.f("# «team» — ficha médica do elenco (confidencial) — atualizado «d» por «p»\n", team=team, d=g.date("br"), p=P(g.person().short))
    rows = []
    for _ in range(g.ri(5, 6)):
        p = g.person()
        c = g.person()
        minor = g.chance(0.3)
        rows.append([V(g.handle()), P(g.pick([p.full, p.caps])), (g.dob("iso", 2008, 2010) if minor else g.dob("iso", 1998, 2007), "DATE_OF_BIRTH"),
                     (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), (g.cns(False), "BR_CNS") if g.chance(0.7) else V(""),
                     V(g.pick(["O+", "A+", "B-", "AB+", "O-", "A-"])), V(g.pick(["nenhuma", "dipirona", "amendoim", "lactose", "penicilina"])),
                     V(g.pick(["", "F41.1", "M65.4", "G47.0", "J45.9", "F90.0"])), P(c.short), (g.phone(), "PHONE_NUMBER")])
    table_csv(doc, ["nick", "nome", "nascimento", "cpf", "cns", "tipo_sang", "alergias", "cid_ativo", "contato_emerg", "tel_emerg"], rows,
              sep=g.pick([",", ";"]))
    doc.f("# psicóloga do time: «ps» («crp») · médico: «md» («crm») · bootcamp em «city» de «d1» a «d2»\n",
          ps=P(g.person(female=True).full), crp=(g.council("CRP"), "PROFESSIONAL_ID"), md=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          city=g.pick(["Bento Gonçalves", "Presidente Prudente", "Vitória", "Aurora"]), d1=g.date("br"), d2=g.date("br"))
    return doc


def sa_whatsapp(g: Gen) -> Doc:
    """WhatsApp export between a psychologist's office and a parent; contacts saved by name or number."""
    doc = Doc()
    par = g.person()
    kid = g.minor(par)
    psy = g.person(female=g.chance(0.7))
    sec = g.person(female=True)
    d0 = g.day()
    ts = g.times(9, 8 * 3600, 22 * 3600)
    psy_save = g.pick([(psy.first, " Psicóloga" if psy.female else " Psicólogo"), ("Dra. " if psy.female else "Dr. ", psy.first),
                       (psy.short, ""), ("Psi ", psy.first)])
    par_num = g.phone("plus")
    par_name = g.pick(["num", "num", "name"])
    who_par = (par_num, "PHONE_NUMBER") if par_name == "num" else P(g.pick([par.first, par.short]))
    lines = [
        ("psy", "Olá! Confirmando a sessão d{o} {k} amanhã às {h}. Pode ser online?"),
        ("par", "oi, pode sim. {ele} ficou até as 4h jogando de novo, tirei o carregador e {ele} quebrou o controle"),
        ("psy", "Entendo. Vamos falar disso amanhã. Vocês conseguiram preencher o diário de uso?"),
        ("par", "mais ou menos. mandei pro email {pe}"),
        ("psy", "Recebi. Para o recibo do reembolso preciso do CPF do titular do plano"),
        ("par", "{cpf}"),
        ("par", "e a data de nascimento d{ele} é {dob} se precisar"),
        ("psy", "Perfeito. A secretária {sec} vai enviar o recibo. Qualquer crise, o CAPSi atende pelo {tel}"),
        ("par", "obrigad{a2} {dr}, foi uma vitória {ele} aceitar vir"),
    ]
    fmt = g.pick(["[{d} {t}] {w}: ", "{d} {t} - {w}: "])
    for (who, txt), t in zip(lines, ts):
        hdr_d = fd(d0)
        pre, post = fmt.split("{w}")
        doc.t(pre.format(d=hdr_d, t=t))
        if who == "psy":
            a, b = psy_save
            if a in ("Dra. ", "Dr. ", "Psi "):
                doc.t(a).e(b, "PERSON")
            else:
                doc.e(a, "PERSON").t(b)
        else:
            doc.e(*who_par)
        doc.t(post)
        body = Doc()
        parts = re.split(r"(\{\w+\})", txt)
        for part in parts:
            key = part[1:-1] if part.startswith("{") else None
            if key == "o":
                body.t(kid.o)
            elif key == "k":
                body.e(kid.first, "PERSON")
            elif key == "h":
                body.t(g.hm())
            elif key == "pe":
                body.e(g.email(par), "EMAIL_ADDRESS")
            elif key == "cpf":
                body.e(g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
            elif key == "dob":
                body.e(g.kid_dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH")
            elif key == "sec":
                body.e(sec.first, "PERSON")
            elif key == "tel":
                body.e(g.phone("par", mobile=False), "PHONE_NUMBER")
            elif key == "ele":
                body.t("ela" if kid.female else "ele")
            elif key == "dr":
                body.t("doutora" if psy.female else "doutor")
            elif key == "a2":
                body.t("a" if par.female else "o")
            else:
                body.t(part)
        doc.add(body).t("\n")
    doc.f("\n-- exportado do WhatsApp Business de «p» («crp»)\n", p=P(psy.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    return doc


# =========================================================================== financeiro

REASONS = [("10.4", "Fraude — ambiente sem cartão"), ("4837", "Sem autorização do portador"), ("13.1", "Mercadoria não recebida"),
           ("4853", "Desacordo comercial"), ("83", "Fraude — cartão não presente"), ("12.6.1", "Cobrança duplicada")]


def fi_chargeback(g: Gen) -> Doc:
    """Chargeback dispute file from the payment provider, pipe-separated, with the analyst's notes."""
    doc = Doc()
    an = g.person()
    doc.f("ZOGBI PAGAMENTOS S.A. — relatório de disputas (chargebacks) — merchant KRAKEN PLAY — período «m»/«y»\n"
          "Gerado em «d» · analista responsável: «a»\n\n", m=f"{g.ri(1, 12):02d}", y=g.ri(2024, 2025), d=g.date("br"), a=P(an.full))
    cols = ["disputa", "pedido", "comprador", "email", "cpf", "cartao", "ip_compra", "valor", "motivo", "prazo"]
    rows = []
    for _ in range(g.ri(4, 6)):
        b = g.person()
        code, why = g.pick(REASONS)
        full = g.chance(0.45)
        rows.append([V(f"CB{g.d(9)}"), V(g.order()), P(g.pick([b.caps, b.full, b.low])), (g.email(b), "EMAIL_ADDRESS"),
                     (g.cpf(g.pick(["raw", "dot"])), "BR_CPF") if g.chance(0.8) else V(g.masked_cpf()),
                     (g.card(g.chance(0.5)), "CREDIT_CARD") if full else V(g.masked_card()), (g.ip(), "IP_ADDRESS"),
                     V(g.money(10, 2500)), V(f"{code} {why}"), V(g.date("br"))])
    doc.t(" | ".join(cols) + "\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(" | ")
            doc.e(v, lab)
        doc.t("\n")
    doc.f("\nObs. «a1»: os cartões completos vieram no arquivo bruto da bandeira (retenção de 90 dias, apagar após a defesa). "
          "«w» Defesa com logs de login e aceite dos Termos (versão «v»). Pedidos acima de R$ «lim» vão para «s».\n",
          a1=P(an.first), w=g.pick(["Dois compradores usaram o mesmo IP — provável farm de contas.", "Padrão de 'friendly fraud': filho comprou com o cartão dos pais.",
                                    "Cliente alega que a tela ficou em branco e cobrou duas vezes."]),
          v=f"{g.ri(3, 7)}.{g.ri(0, 9)}", lim=g.money(500, 2000), s=P(g.person().short))
    return doc


def fi_premiacao(g: Gen) -> Doc:
    """Prize payment sheet of a tournament: players' tax and bank data, fixed-width or CSV."""
    doc = Doc()
    liga = g.pick(["Liga Kraken", "Copa Capivara", "Circuito Aurora Universitário", "Taça Trovão"])
    fin = g.person()
    doc.f("«liga» — «ed» — PAGAMENTO DE PREMIAÇÃO\nOrganizadora: Arena Jatobá Eventos Ltda (CNPJ «cnpj»)\nElaborado por «f» · aprovado em «d»\n\n",
          liga=liga.upper(), ed=g.pick(["Split 1", "Split 2", "Etapa Nordeste", "Grande Final"]), cnpj=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"),
          f=P(fin.full), d=g.date("br"))
    rows = []
    for pos in range(1, g.ri(5, 7)):
        p = g.person()
        bruto = g.ri(500, 40000)
        k = g.ri(0, 3)
        if k == 0:
            pix = (g.uuid(), "PIX_KEY")
        elif k == 1:
            pix = (g.email(p), "EMAIL_ADDRESS")
        elif k == 2:
            pix = (g.phone("e164"), "PHONE_NUMBER")
        else:
            pix = V("-")
        rows.append([V(f"{pos}º"), P(g.pick([p.caps, p.full, p.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     V(g.bank().split(" - ")[0]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), pix,
                     V(f"{bruto:,}".replace(",", ".") + ",00"), V(f"{bruto * 0.275:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") if bruto > 4664 else "0,00")])
    cols = ["POS", "FAVORECIDO", "CPF", "BCO", "AG", "CONTA", "CHAVE PIX", "BRUTO R$", "IRRF R$"]
    if g.chance(0.6):
        table_fixed(doc, cols, rows, ruler=g.pick(["-", "=", None]), box=g.chance(0.3))
    else:
        table_csv(doc, cols, rows, sep=";")
    doc.f("\nPrêmio de equipe (5º–8º) pago ao CNPJ da org «team» («c2»). Jogador menor: pagamento na conta do responsável «r», CPF «rc». "
          "IRRF conforme tabela progressiva; «w».\n", team=g.pick(TEAMS), c2=(g.cnpj(), "BR_CNPJ"), r=P(g.person().full), rc=(g.cpf(), "BR_CPF"),
          w=g.pick(["CNPJ de MEI não sofre retenção", "recolher DARF 0588 até o dia 20", "informe de rendimentos em fevereiro"]))
    return doc


def fi_patrocinio(g: Gen) -> Doc:
    """Sponsorship deal summary e-mail between a brand's marketing team and a streamer's agent."""
    doc = Doc()
    mk, ag, st = g.person(), g.person(), g.person()
    brand = g.pick(["Grazziotin Periféricos", "Energético Trovão", "Cadeiras Aurora Gamer", "Prudente Tech", "Banco Flor Digital"])
    dom = re.sub(r"[^a-z]", "", fold(brand.split()[0]).lower()) + ".com.br"
    doc.f("From: «mk» <«mke»>\nTo: «ag» <«age»>\nCc: financeiro@«dom»\nSubject: Fechamento — patrocínio «st» («q»T«y»)\n\n"
          "Oi «ag1», tudo certo?\n\nSegue o resumo do que fechamos ontem na call:\n\n",
          mk=P(mk.full), mke=(g.corp(mk, dom), "EMAIL_ADDRESS"), ag=P(ag.full), age=(g.email(ag, g.pick(["talentosbr.com", "gmail.com", "hypeagency.com.br"])), "EMAIL_ADDRESS"),
          dom=dom, st=g.handle(), q=g.ri(1, 4), y=g.ri(2025, 2026), ag1=P(ag.first))
    doc.f("• Creator: «n» (canal «h»), MEI CNPJ «cnpj»\n• Entregas: «l» lives com overlay, «s» stories, cupom «cup»\n"
          "• Fee: R$ «fee» (50% na assinatura, 50% após relatório), + CPA de R$ «cpa» por venda\n"
          "• Exclusividade: categoria «cat», «mes» meses\n• Pagamento: «bank», ag. «ag», c/c «ac», titular a PJ do creator\n",
          n=P(g.pick([st.full, st.short])), h=g.handle(), cnpj=(g.cnpj(), "BR_CNPJ"), l=g.ri(4, 16), s=g.ri(5, 30),
          cup=g.pick(["AURORA10", "TROVAO15", "ROSA20", "BENTO5"]), fee=g.money(5000, 120000), cpa=g.money(5, 40),
          cat=g.pick(["periféricos", "bebidas energéticas", "cadeiras", "fintech"]), mes=g.ri(3, 12), bank=g.bank(),
          ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.5):
        doc.f("• Pix (chave aleatória da PJ): «pix»\n", pix=(g.uuid(), "PIX_KEY"))
    doc.f("\nJurídico pede o contrato social e o RG d«o» «n» (sóci«o» da PJ), pode mandar? Nada de publi com casa de apostas na mesma live "
          "(Lei 14.790/2023). «w»\n\nAbs,\n«mk»\nMarketing de Influência | «brand»\n«tel»\n",
          n=P(st.first), o="a" if st.female else "o", w=g.pick(["Seria prudente ele não citar a concorrente Rosa Branca Seating.", "Vitória garantida nesse Q.", "Luz verde da diretoria."]),
          mk=P(mk.first), brand=brand, tel=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f("\n> Em «d», «ag» escreveu:\n> Fechado! «O» «st1» assina pelo celular «dele», «tel». Endereço p/ envio dos produtos: «ad», CEP «cep».\n",
              d=g.date("br"), ag=P(ag.full), O="A" if st.female else "O", dele="dela" if st.female else "dele", st1=P(st.first), tel=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    return doc


def fi_payout(g: Gen) -> Doc:
    """Monthly creator payout statement from a streaming platform (ruled table + payment block)."""
    doc = Doc()
    c, gm = g.person(), g.person()
    mes = g.pick(MONTHS)
    y = g.ri(2024, 2025)
    doc.f("LUZ DIVINA GAMES EIRELI — Programa de Parceiros\nEXTRATO DE REPASSE — «mes»/«y»\n\nParceiro: «n»\nCanal: «h»   ID: «id»\n"
          "CPF/CNPJ: «doc»\nE-mail de cadastro: «e»\n\n",
          mes=mes.upper(), y=y, n=P(g.pick([c.caps, c.full])), h=g.handle(), id=g.neg(11) if g.chance(0.5) else g.d(9),
          doc=((g.cpf(), "BR_CPF") if g.chance(0.6) else (g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ")), e=(g.email(c), "EMAIL_ADDRESS"))
    items = [("Inscrições (subs)", g.ri(50, 4000)), ("Doações / bits", g.ri(10, 2000)), ("Anúncios", g.ri(20, 3000)),
             ("Bônus de meta", g.ri(0, 500)), ("Estornos de doação", -g.ri(0, 300))]
    w = 40
    rule = g.pick(["-", "=", "."]) * 58
    doc.t(rule + "\n" + "Descrição".ljust(w) + "Valor (R$)".rjust(18) + "\n" + rule + "\n")
    tot = 0
    for k, v in items:
        tot += v
        doc.t(k.ljust(w) + f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".").rjust(18) + "\n")
    doc.t(rule + "\n" + "Total bruto".ljust(w) + f"{tot:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".").rjust(18) + "\n" + rule + "\n\n")
    k = g.ri(0, 2)
    doc.f("Forma de repasse: «forma»\n", forma=["TED", "Pix", "Pix"][k])
    if k == 0:
        doc.f("Banco «b» · Agência «ag» · Conta «ac»\n", b=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    elif k == 1:
        doc.f("Chave Pix: «pix»\n", pix=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("Chave Pix (telefone): «pix»\n", pix=(g.phone("e164"), "PHONE_NUMBER"))
    doc.f("Previsão de crédito: «d»   Lote «l»\n\nDúvidas: parceiros@luzdivinagames.com.br · Seu gerente de parceria: «gp» («ge»)\n",
          d=g.date("br"), l=g.d(6), gp=P(gm.short), ge=(g.corp(gm, "luzdivinagames.com.br"), "EMAIL_ADDRESS"))
    return doc


def fi_rpa(g: Gen) -> Doc:
    """Receipt for self-employed services (RPA) of a caster / commentator of a tournament."""
    doc = Doc()
    p = g.person()
    city, uf = g.city()
    bruto = g.ri(400, 12000)
    d1 = g.day()
    inss = round(bruto * 0.11, 2)
    doc.f("RECIBO DE PAGAMENTO A AUTÔNOMO — RPA Nº «n»\nFonte pagadora: Arena Jatobá Eventos Ltda — CNPJ «cnpj»\n\n"
          "Nome: «nm»\nCPF: «cpf»          RG: «rg»\nNIT/PIS: «pis»\nData de nascimento: «dob»\n"
          "Endereço: «ad»\nCidade/UF: «city»/«uf»    CEP: «cep»\n",
          n=g.d(5), cnpj=(g.cnpj(), "BR_CNPJ"), nm=P(g.pick([p.caps, p.full])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          pis=(g.pis(), "BR_PIS"), dob=(g.dob("br", 1975, 2003), "DATE_OF_BIRTH"), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
          city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    if g.chance(0.6):
        doc.f("Título de eleitor: «t»\n", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("\nServiço: «s» — «ev», dias «d1» e «d2»\n\n", s=g.pick(["narração (caster)", "comentário técnico", "apresentação / host", "árbitro de partida", "observer de transmissão"]),
          ev=g.pick(["Liga Kraken Split 2", "Copa Capivara", "Taça Trovão"]), d1=fd(d1), d2=fd(g.later(d1, 1, 2)))
    fm = lambda v: f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    irrf = round(max(0, (bruto - inss) * 0.075 - 169.44), 2)
    iss = round(bruto * 0.05, 2)
    doc.t(f"Valor bruto ............ R$ {fm(bruto)}\n(-) INSS 11% ........... R$ {fm(inss)}\n(-) IRRF ............... R$ {fm(irrf)}\n"
          f"(-) ISS 5% ............. R$ {fm(iss)}\nLíquido ................ R$ {fm(bruto - inss - irrf - iss)}\n\n")
    doc.f("Crédito em «b», ag. «ag», conta «ac».\nRecebi a importância líquida acima.\n\n«city», «d».\n\n______________________\n«sig»\n",
          b=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), city=city, d=g.date("long"), sig=P(p.full))
    return doc


def fi_fraude(g: Gen) -> Doc:
    """Fraud-team investigation log of an account takeover with skin purchases (log lines + notes)."""
    doc = Doc()
    v, an = g.person(), g.person()
    fr = g.person()
    d0 = g.day()
    ve, fe = g.email(v), g.email(fr, g.pick(["proton.me", "tutanota.com", "gmail.com"]))
    doc.f("INVESTIGAÇÃO FRD-«n» — ATO + compra de skins · aberta por «an» em «d»\nConta vítima: «h» · titular «vn» · «ve»\n\n",
          n=g.d(6), an=P(an.full), d=fd(d0), h=g.handle(), vn=P(g.pick([v.full, v.caps])), ve=(ve, "EMAIL_ADDRESS"))
    doc.t("```\n")
    for t in g.times(g.ri(6, 8), 0, 6 * 3600):
        k = g.ri(0, 4)
        ts = f"{fd(d0, 'iso')}T{t}:{g.ri(0, 59):02d}Z"
        if k == 0:
            doc.f("«ts» auth.login ok user=«h» ip=«ip» dev=«dv» geo=«geo»\n", ts=ts, h=g.handle(), ip=(g.ip(), "IP_ADDRESS"), dv=g.hexs(16),
                  geo=g.pick(["BR-SP", "BR-PR", "PY-11", "BR-CE"]))
        elif k == 1:
            doc.f("«ts» account.email_change old=«o» new=«n» ip=«ip»\n", ts=ts, o=(ve, "EMAIL_ADDRESS"),
                  n=(fe, "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"))
        elif k == 2:
            doc.f("«ts» store.purchase order=«o» item=\"«it»\" amount=«a» card=«c» bin_country=BR\n", ts=ts, o=g.order(),
                  it=g.pick(["Faca Aurora Lendária", "Pacote 5000 gemas", "Skin Rosa Neon", "Passe de batalha"]), a=g.money(20, 900).replace(".", "").replace(",", "."),
                  c=(g.card(False), "CREDIT_CARD") if g.chance(0.5) else V(g.masked_card().replace(" ", "")))
        elif k == 3:
            doc.f("«ts» market.transfer item=«it» to=«h» price_brl=«a»\n", ts=ts, it=g.d(10), h=g.handle(), a=g.money(50, 3000).replace(".", "").replace(",", "."))
        else:
            doc.f("«ts» auth.2fa_disabled ip=«ip» ua=\"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"\n", ts=ts, ip=(g.ip6() if g.chance(0.3) else g.ip(), "IP_ADDRESS"))
    doc.t("```\n\n")
    doc.f("Notas («an1»):\n- Fraudador provável: «frn», vendedor no marketplace (CPF no cadastro «fc», Pix de recebimento «pix»).\n"
          "- Mesmo IP já apareceu em FRD-«o» (caso encerrado). Protocolo da vítima na delegacia: «bo».\n"
          "- Valor total: R$ «tot»; estorno dos cartões via adquirente; itens revertidos.\n"
          "- Contato da vítima: «tel». Falar com «lg» do jurídico antes de bloquear o CPF do vendedor.\n",
          an1=P(an.first), frn=P(g.pick([fr.full, fr.caps])), fc=(g.cpf(), "BR_CPF"), pix=(g.uuid(), "PIX_KEY"), o=g.d(6),
          bo=f"{g.d(6)}/{g.ri(2024, 2025)}", tot=g.money(200, 8000), tel=(g.phone(), "PHONE_NUMBER"), lg=P(g.person().first))
    return doc


def fi_kyc(g: Gen) -> Doc:
    """JSON response of a skin-marketplace KYC API for a seller who asked for withdrawal."""
    doc = Doc()
    p = g.person()
    city, uf = g.city()
    ind = " " * g.pick([2, 4])
    doc.f("GET /v2/sellers/«id»/kyc → 200 OK («ms» ms)\n", id=g.hexs(12), ms=g.ri(20, 400))
    t, name, num, comp = g.street_parts()
    kind = g.pick(["RG", "CNH"])
    docnum = (g.rg("raw"), "BR_RG") if kind == "RG" else (g.cnh(), "BR_CNH")
    fields = [
        ("seller_id", V(g.hexs(24)), True), ("status", V(g.pick(["APPROVED", "PENDING_REVIEW", "REJECTED"])), True),
        ("full_name", P(g.pick([p.full, p.caps])), True), ("social_name", V(""), True),
        ("cpf", (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), True), ("birth_date", (g.dob("iso", 1985, 2007), "DATE_OF_BIRTH"), True),
        ("mother_name", P(g.person(female=True).full), True), ("email", (g.email(p), "EMAIL_ADDRESS"), True),
        ("phone", (g.phone("e164"), "PHONE_NUMBER"), True), ("document_type", V(kind), True), ("document_number", docnum, True),
        ("address_street", (f"{t} {name}", "ADDRESS"), True), ("address_number", V(num), True), ("address_complement", V(comp), True),
        ("address_city", V(city), True), ("address_state", V(uf), True), ("zip_code", (g.cep(g.chance(0.5)), "BR_CEP"), True),
        ("payout_bank", V(g.bank().split(" - ")[0]), True), ("payout_branch", (g.agency(False), "BANK_ACCOUNT"), True),
        ("payout_account", (g.account(), "BANK_ACCOUNT"), True), ("pix_key", (g.uuid(), "PIX_KEY"), True),
        ("risk_score", V(f"0.{g.d(3)}"), False), ("signup_ip", (g.ip(), "IP_ADDRESS"), True),
        ("reviewed_by", P(g.person().short) if g.chance(0.6) else V("kyc-bot"), True),
    ]
    doc.t("{\n")
    for i, (k, (v, lab), q) in enumerate(fields):
        doc.t(f'{ind}"{k}": ')
        if q:
            doc.t('"').e(jstr(v), lab).t('"')
        else:
            doc.t(v)
        doc.t(",\n" if i < len(fields) - 1 else "\n")
    doc.t("}\n")
    doc.f("# ticket «t»: saque de R$ «v» retido até «r» revisar selfie (liveness falhou: «w»)\n", t=g.protocol(), v=g.money(100, 20000),
          r=P(g.person().first), w=g.pick(["luz insuficiente", "tela em branco na câmera", "foto de foto"]))
    return doc


TEMPLATES = {
    "atendimento": [at_ban_appeal, at_chat_recovery, at_parental, at_harass_queue, at_lanhouse, at_refund_email,
                    at_credenciamento],
    "juridico": [ju_contrato, ju_notificacao, ju_peticao, ju_bo, ju_oficio_resposta, ju_procuracao, ju_planilha],
    "saude": [sa_evolucao, sa_encaminhamento, sa_anamnese, sa_fisio, sa_agenda, sa_roster, sa_whatsapp],
    "financeiro": [fi_chargeback, fi_premiacao, fi_patrocinio, fi_payout, fi_rpa, fi_fraude, fi_kyc],
}

NEG11 = re.compile(r"(?<![\d.\-/])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2})(?![\d\-/])")


def check(record: dict) -> int:
    """Assert the record's spans; return how many unlabelled 11-digit numbers (all failing the CPF check) it has."""
    text, last = record["text"], 0
    for s in record["spans"]:
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
            assert re.fullmatch(r"[0-9.]+|[0-9a-f:]+", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    negs = 0
    for m in NEG11.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        digits = re.sub(r"\D", "", m.group(1))
        assert not cpf_ok(digits), (record["id"], "unlabelled valid CPF", m.group(1))
        negs += 1
    return negs


def build() -> tuple[list[dict], int]:
    g = Gen(SEED)
    records = []
    negs = 0
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: s["start"])
                record = {"id": f"{domain}-{index}-{copy}", "domain": domain, "text": doc.text, "spans": spans}
                negs += check(record)
                records.append(record)
    return records, negs


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
    records, negs = build()
    with (HERE / OUT_NAME).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("fiftyeighth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  unlabelled 11-digit numbers (all fail the CPF check): {negs}")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
