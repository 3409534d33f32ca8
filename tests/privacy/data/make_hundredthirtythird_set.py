"""Build the hundred-and-thirty-third labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredthirtythird_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 13333, 280 records: 4 domains x 7 templates x 10 copies. The helpers (Gen, Doc,
name pools, check digits, tables, self-check) follow the shape of the hundred-and-thirty-second set's
generator; the register and every template are new.

Register: TAXI DRIVERS' COOPERATIVES AND MUNICIPAL TAXI PERMITS (rádio-táxi cooperatives, their
dispatch centres and taxi stands, permit holders (permissionários) and their auxiliary drivers,
the city's mobility department, corporate ride vouchers, dues and monthly settlements, IPI/ICMS-exempt
car purchases, the clinics, courts and police around them). The brief proposed churches, religious
communities and faith-based charities; before settling, the earlier generators matching
"paroquia|paróquia|dizimo|dízimo|igreja|terreiro" were checked (their docstrings read): the
sixtieth (non-profits, churches and charities: tithe records, food baskets, donors) and the
thirty-eighth (third sector: NGOs, churches, food banks) already cover that register as a whole. The
brief's first alternative, condominium administration and doormen, is covered by the thirty-seventh
(condominium administration, gatehouses); the second, taxi and ride-hailing drivers' cooperatives,
is only touched by the fifty-ninth (ride-hailing platforms and their drivers) and the thirty-sixth
(taxi apps among automotive services): this set takes the taxi cooperatives and permits, with
documents those sets do not use (a dispatch group, a cooperado's admission form, a permit transfer
to heirs, auxiliary-driver contracts, stand rosters, voucher billing, dues, quota-share statements).
Every cooperative, company, clinic, app and person is invented (Coopertáxi Aurora, Rádio Táxi Bento
Amado, Cooperativa Leão do Norte, Unitáxi Prudente, Taxi Rosa dos Ventos; the apps ChamaTáxi and
TaxiJá); cities are real, CEPs random.

Layouts: WhatsApp exports (Android/iOS stamps; senders by number, lower-case name or nickname);
forms in four styles ("Campo: valor", dotted leaders, ruled box, CAPS labels); OCR'd scans
(identifiers printed clean); blank-aligned, +---+, psql, pipe and Markdown tables; CSV with "," or
";" and TSV; JSON lines; e-mails with X-Originating-IP and quoted replies; petitions, contracts,
hearing minutes, an ALL CAPS police report; a speech-to-text call in lower case with identifiers
read out in groups or in words ("meia" for six); receipts with the amount in words.
- atendimento: (0) the dispatch WhatsApp group of a cooperative; (1) a cooperado's admission
  form; (2) a speech-to-text call to the central about a lost item; (3) an e-mail thread about a
  passenger's complaint; (4) a taxi stand's roster (TSV/CSV/table); (5) an OCR'd auxiliary-driver
  registration at the mobility department; (6) the app's support tickets as JSON lines.
- juridico: (0) a petition against a cooperado's exclusion; (1) an ALL CAPS police report of a
  robbery of a taxi; (2) a contract between a permit holder and an auxiliary driver; (3) a request
  to transfer a permit to the heirs; (4) small-claims hearing minutes (passenger v. cooperative);
  (5) a power of attorney for an IPI-exempt car purchase; (6) a traffic-fine appeal with driver
  identification.
- saude: (0) a clinic's list of licence and toxicology exams; (1) a SAMU record of a taxi crash;
  (2) a chat between a driver and a clinic; (3) an emergency record of an assaulted driver; (4) a
  vaccination day at the cooperative (table); (5) a medical report for a disabled passenger's
  exemption; (6) a health-plan enrolment CSV of cooperados and dependants.
- financeiro: (0) a monthly settlement (repasse) to cooperados with agencies and accounts; (1)
  corporate voucher billing; (2) dues in arrears; (3) ride receipts with amounts in words; (4) a car
  financing proposal; (5) a quota-share statement on leaving the cooperative; (6) a Pix dispute
  e-mail.

Labelling conventions (as the twentieth set's and the later ones'): PERSON is the name only, never
"Sr.", "Dra.", "dona", "seu", "taxista"; particles inside a name are part of it; "SURNAME, Given" is
one span; first names alone, lower-case names and nicknames ("Zé do Ponto", "Galego", "Baixinha")
are persons; staff (dispatchers, attendants, doctors, lawyers) are persons; logins, bots and
system accounts are not. Personal and corporate e-mails of people are EMAIL_ADDRESS; role
mailboxes (central@, financeiro@, sac@...) are not. ADDRESS is street + number + complement
(bairro, city and CEP stay out, CEP is BR_CEP); a cooperative's or company's seat, a taxi stand
("Ponto da Rodoviária", "ponto da Praça Bento Gonçalves") and a pickup place without a number are
not labelled; a passenger's pickup address with a number is ADDRESS. Agency and account are
separate BANK_ACCOUNT spans; bank names and codes are not labelled. PIX_KEY only for random keys;
a key that is a CPF, phone or e-mail takes that label. DATE_OF_BIRTH only for births. Identifiers
read out in groups or in words are labelled like their digits. PROFESSIONAL_ID: CRM, COREN and
OAB with acronym and UF.
Decisions of this set: LICENSE_PLATE for every plate (taxis, the other car in a crash); the taxi's
prefix ("prefixo 214", "carro 37"), the permit (alvará/permissão) number, the taxímetro seal, the
cooperado's number and the quota-share number are not labelled. Every CNPJ is labelled (numeric and
the 2026 alphanumeric form).
Not labelled (hard negatives): CNJ numbers, mistyped CPFs (checked to fail), protocol, ticket,
voucher and invoice numbers, permit numbers, RENAVAM (checked to fail CPF, PIS and CNH), private
IPs, ICD-10 codes (S06.0, S01.8, T14.1, F43.0, G80.9, Z00.0...), laws (Lei 12.468/2011, Lei
12.587/2012, Lei 8.989/1995, Lei 5.764/1971, art. 282 do CTB), money, fares, kilometres, dates that
are not births. Names that are also words (Rosa, Luz, Flor, Aurora, Bento, Prudente, Amado, Leão,
Branco...) are names here and, elsewhere, words, cooperatives, streets and cities ("Coopertáxi
Aurora", "Unitáxi Prudente", "Presidente Prudente", "seria prudente").
Names: Brazilian names of many origins (Portuguese common, north-eastern, coined, Italian,
German, Polish, Ukrainian, Lebanese, Japanese, Korean, Chinese, Haitian, Angolan, Senegalese,
Bolivian, Venezuelan, indigenous, Jewish), rare or invented name words above a quarter (main()
prints the share).
"""
from __future__ import annotations

import datetime
import ipaddress
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent

# --------------------------------------------------------------------------- check digits


def cpf_dv(nine: str) -> str:
    ds = [int(c) for c in nine]
    for top in (10, 11):
        r = sum(x * (top - i) for i, x in enumerate(ds)) % 11
        ds.append(0 if r < 2 else 11 - r)
    return f"{ds[9]}{ds[10]}"


def cpf_ok(n: str) -> bool:
    return len(n) == 11 and n.isdigit() and len(set(n)) > 1 and cpf_dv(n[:9]) == n[9:]


def cnpj_dv(twelve: str) -> str:
    """Check digits of a numeric CNPJ or of the 2026 alphanumeric one (a character counts ord(c) - 48)."""
    vals = [ord(c) - 48 for c in twelve]
    ws = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = ""
    for w in (ws, [6] + ws):
        r = sum(a * b for a, b in zip(vals, w)) % 11
        dv = 0 if r < 2 else 11 - r
        vals.append(dv)
        out += str(dv)
    return out


def rg_sp_dv(eight: str) -> str:
    r = 11 - sum(int(c) * w for c, w in zip(eight, range(2, 10))) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def cnh_dv(nine: str) -> str | None:
    ds = [int(c) for c in nine]
    r1 = sum(x * w for x, w in zip(ds, range(9, 0, -1))) % 11
    r2 = sum(x * w for x, w in zip(ds, range(1, 10))) % 11
    if r1 >= 10 or r2 >= 10:
        return None  # bodies on which the published variants of the algorithm disagree are never drawn
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
    return len(n) == 15 and n.isdigit() and n[0] in "12789" and sum(int(c) * w for c, w in zip(n, range(15, 0, -1))) % 11 == 0


def luhn_dv(body: str) -> str:
    tot = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str(-tot % 10)


def luhn_ok(n: str) -> bool:
    return n.isdigit() and len(n) > 1 and luhn_dv(n[:-1]) == n[-1]


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NUM_WORDS = ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools, IMMIGRANT_SUR and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned,
# coined or foreign name words that are not in the common Brazilian name lists; main() prints their
# share among the PERSON words.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline", "Sandra",
            "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Mariana", "Gabriela", "Luciana", "Vanessa", "Luana", "Tatiane",
            "Raquel", "Cristiane", "Simone", "Ana Paula", "Larissa", "Maria Eduarda", "Rita", "Priscila", "Carla", "Débora",
            "Beatriz", "Renata", "Natália", "Raimunda", "Sebastiana", "Josefa", "Aparecida", "Lúcia", "Vera", "Cláudia",
            "Maria José", "Edna", "Sueli", "Elaine", "Rosângela", "Regina", "Joana", "Tereza", "Maria Clara", "Isabela", "Júlia",
            "Heloísa", "Yasmin", "Lívia", "Sofia", "Manuela", "Giovanna", "Vitória Maria", "Ana Júlia", "Isadora"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael",
            "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego", "Anderson", "Leandro",
            "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Sérgio", "Vinícius", "Roberto", "Jorge",
            "Raimundo", "Sebastião", "Severino", "Manoel", "Benedito", "Joaquim", "Valdir", "Edson", "Wellington", "Cícero",
            "Davi", "Miguel", "Arthur", "Damião", "Reginaldo", "Enzo", "Kauã", "Ryan", "Guilherme", "Henrique", "Caio", "Matheus",
            "Samuel", "Heitor", "Luiz Otávio", "João Vítor", "Igor"]
RARE_F = ["Cicerlândia", "Josivânia", "Rivanilda", "Lucivânia", "Damiana", "Francileide", "Zenilda", "Erisvalda", "Maria Dasdores",
          "Josilene", "Genivalda", "Marizete", "Adenilza", "Nilzelane", "Valquíria Sol", "Edineide", "Irismar", "Zefa Maria",
          "Rosenilda", "Zelândia", "Odaléia", "Ednelza", "Jucilene", "Ilzamar", "Valdelice", "Genilda", "Zulmira", "Iranildes",
          "Claudinéia", "Gessy", "Kailane", "Ketlyn", "Yasmyn", "Thamyres", "Raíssa Kauane", "Lurdilene", "Zenaíde", "Rozimeire",
          "Anaíldes", "Marilac", "Nazinha", "Quitéria", "Brasilina", "Joanice", "Nilzete", "Sirlândia", "Laudelina", "Elzimar",
          "Kethllen", "Ruthinéia", "Domitila", "Eudóxia", "Ozelita", "Edinalva", "Zilá", "Cremilda", "Alzerina", "Dejanira",
          "Edjane", "Ivanilde", "Zuleide", "Neusimar", "Gildete", "Rosimeiry", "Jozélia", "Ariclenes", "Elionora", "Kássia Suellen",
          "Cosma", "Severina Dalva", "Luzinete", "Maricleide", "Jaqueliny", "Wandeclécia", "Kaylane", "Thayslane", "Emilly Vitória",
          "Jhenifer", "Dhiovana", "Rayssa Kethlen", "Sthefany", "Maysa Vitória", "Ketlen Yasmin", "Lorrayne", "Anyelle", "Wyara",
          "Valdirene", "Francilene", "Dijanira", "Eudilene", "Rosivânia", "Marinalva Cosma", "Deuzuíta", "Lucidalva", "Edileuza"]
RARE_M = ["Genivaldo", "Josivaldo", "Cicinato", "Eriberto", "Orlandino", "Valdemiro", "Adenilson", "Josenildo", "Gerivaldo",
          "Edmilton", "Franciscleudo", "Rivelino", "Djalminha", "Juscelino", "Irineu", "Aurino", "Cosme Damião", "Geraldino",
          "Adamastor", "Hermógenes", "Deoclécio", "Ubaldino", "Crispiniano", "Gumercindo", "Nerivaldo", "Waldecy", "Claudionor",
          "Dorivaldo", "Sinfrônio", "Lucivaldo", "Eronildes", "Gerinaldo", "Joscelino", "Deusimar", "Jadiel", "Kelvyn",
          "Wesley Kauã", "Maxsuel", "Odorico", "Anacleto", "Epaminondas", "Teotônio", "Leovigildo", "Rosalvo", "Zózimo",
          "Arquimedes", "Dagoberto", "Eliomar", "Isaltino", "Jocimar", "Lindolfo", "Nestório", "Osmarino", "Quintino", "Ronivon",
          "Ueliton", "Wanderlan", "Olegário", "Hildebrando", "Juvêncio", "Florisvaldo", "Edelberto", "Ataliba", "Possidônio",
          "Aristeu", "Dejair", "Gilmário", "Valfredo", "Jucimar", "Osvaldir", "Ednaldo", "Edivânio", "Gedeão", "Jairo Kauê",
          "Ryquelme", "Kawan", "Dhiego Kauã", "Wendell Kayky", "Jhonatan Weslley", "Thallysson", "Kayo Ruan", "Wanderson Ícaro",
          "Francinaldo", "Deusdete", "Aldenor", "Valdivino", "Raimundinho Nonato", "Josuelton", "Edileuzo", "Clebiano", "Gildenor",
          "Zenóbio", "Lucimário", "Adaílton Jr", "Erivelton", "Ivanildo Cosme", "Osmundo", "Elenildo"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Pérola", "Esperança", "Dália", "Jasmim", "Bela",
          "Cristal", "Lua", "Serena", "Maria da Luz", "Rosa Maria", "Graça", "Glória", "Açucena", "Violeta", "Margarida", "Prata",
          "Alegria", "Branca"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Leão", "Sereno", "Constante", "Salvador", "Fortunato",
          "Pacífico", "Modesto", "Vitório", "Severo", "Benigno", "Jubileu", "Tranquilino", "Dourado", "Ferro"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida", "Nascimento",
          "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes", "Freitas", "Cardoso",
          "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo", "Cavalcante", "Monteiro",
          "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Castro", "Azevedo", "Machado", "Xavier", "Farias", "Sousa",
          "Santana", "Bispo", "Assunção"]
RARE_SUR = ["Sarapião", "Jatobá Leite", "Quintanilha", "Sabiá", "Teodoro Vaz", "Furquim", "Nóbrega Sales", "Vilanova Brum",
            "Ruas Marinho", "Moscoso", "Arcoverde", "Pimentel Brás", "Fagundes Paim", "Espínola", "Lustosa", "Bocaiúva", "Jurubeba",
            "Carapeba", "Aroeira", "Caldas Marinho", "Cantuária", "Paixão Brito", "Sertório", "Umbelino", "Rebouças Lima",
            "Alcântara Seixas", "Frutuoso", "Bacelar", "Anchieta Brum", "Arrais", "Bitencourt Lago", "Cerqueira Leme",
            "Junqueira Brás", "Matoso", "Lacerda Pinto", "Vasconcelos Rego", "Ximenes", "Brandão Veloso", "Catingueira",
            "Mandacaru", "Cajazeiras", "Quixabeira", "Juazeiro Lins", "Sucupira", "Umburana", "Pajeú", "Xique-Xique", "Braúna",
            "Carnaúba", "Ibiapina", "Sobreira", "Tabosa", "Inojosa", "Barreira Sampaio", "Araripe", "Jucá", "Bandeira Siqueira",
            "Marreiro", "Feitosa Brito", "Amorim Quental", "Holanda Cavalcanti", "Gadelha", "Leitão Arraes", "Sá Barreto",
            "Canavieira", "Mourão Brejo", "Cajuí", "Pequizeiro", "Buriti Lobo", "Jequitibá", "Sapucaia", "Itaúna Reis", "Coivara",
            "Taquari", "Muricy Lago", "Barbalho Neiva", "Inhaúma", "Catolé"]
IMMIGRANT_SUR = ["Wisniewski", "Kowalczyk", "Zielinski Prado", "Kalaydjian", "Tchakerian", "Papadakis", "Huamán", "Mamani",
                 "Nowacki", "Sarkissian", "Karamanlis", "Grabowski", "Yazbek", "Dvorak", "Stavropoulos", "Mokarzel", "Osterkamp",
                 "Przybylski", "Okonkwo", "Al-Hamwi", "Zaparolli", "Hünemeier", "Takeuchi"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo", "Neves",
            "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Bonfim", "Guerra", "Leal", "Ramos", "Salvador", "Forte",
            "Pedreira", "Coelho", "Pinheiro", "Viana", "Rios", "Cordeiro", "Palmeira", "Prata", "Ferraz", "Dourado", "Vidal"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha", "Luiz": "Lula",
        "Sebastião": "Tião", "Severino": "Biu", "Raimundo": "Mundico", "Raimunda": "Mundinha", "Aparecida": "Cida", "Josefa": "Zefa",
        "Manoel": "Mané", "Benedito": "Dito", "Damião": "Dadá", "Cícero": "Ciço", "Maria José": "Zezé", "Sebastiana": "Tiana",
        "Rafael": "Rafa", "Gabriel": "Biel", "Bento": "Bentinho", "Rosa": "Rosinha", "Vinícius": "Vini", "Pedro": "Pedrão",
        "João": "Joãozinho", "Eduardo": "Dudu", "Beatriz": "Bia", "Larissa": "Lari", "Natália": "Nati", "Fernanda": "Nanda",
        "Mariana": "Mari", "Maria Eduarda": "Duda", "Luz": "Luzinha", "Maria da Luz": "Luzinha", "Graça": "Gracinha",
        "Salvador": "Dodô", "Fortunato": "Tato", "Adamastor": "Tatá", "Hermógenes": "Mogé", "Deoclécio": "Cleco",
        "Gumercindo": "Cindo", "Claudionor": "Nonô", "Sinfrônio": "Fon", "Lucivaldo": "Luci", "Joscelino": "Celinho",
        "Epaminondas": "Mina", "Teotônio": "Teo", "Zózimo": "Zoca", "Rosenilda": "Nilda", "Odaléia": "Léa", "Jucilene": "Juci",
        "Zulmira": "Mira", "Quitéria": "Téia", "Domitila": "Titila", "Gessy": "Gê", "Anacleto": "Cleto", "Lindolfo": "Dodô",
        "Quintino": "Tino", "Tranquilino": "Quilino", "Jubileu": "Bilu", "Alegria": "Legria", "Esperança": "Pepê",
        "Roberto": "Beto", "Arthur": "Tuca", "Miguel": "Migué", "Ivanilde": "Nildinha", "Gilmário": "Gil", "Jucimar": "Juju",
        "Aristeu": "Teteu", "Zuleide": "Zu", "Genivaldo": "Geni", "Josivaldo": "Vavá", "Damiana": "Dami", "Cosma": "Cosminha",
        "Genivalda": "Nena", "Josivânia": "Vânia", "Francileide": "Leide", "Francinaldo": "Naldo", "Deusdete": "Dete",
        "Valdivino": "Divino", "Josuelton": "Tom", "Clebiano": "Bia", "Zenóbio": "Nóbio", "Valdirene": "Direne", "Edileuza": "Leuza", "Luzinete": "Nete", "Edinalva": "Naldinha",
        "Chukwuemeka": "Emeka", "Oluwaseun": "Seun", "Dejair": "Deja", "Edjane": "Jane", "Joaquim": "Quinzinho", "Valdir": "Vadi",
        "Maria Clara": "Cacau", "Isabela": "Isa", "Manuela": "Manu", "Giovanna": "Gi", "Heloísa": "Helô", "Júlia": "Ju",
        "Guilherme": "Gui", "Henrique": "Rique", "Matheus": "Theus", "Kaylane": "Kay", "Thayslane": "Thay", "Jhenifer": "Jhe",
        "Sthefany": "Tefy", "Ryquelme": "Ryky", "Kawan": "Kawanzinho", "Thallysson": "Thallys", "Samuel": "Samuca",
        "Isadora": "Dora", "Lorrayne": "Lorra", "Enzo": "Enzinho", "Kauã": "Kauãzinho"}
# harvest-crew nicknames: one PERSON span each (workers in a crew are known by them)
FREE_NICK = ["Baiano", "Maranhão", "Piauí", "Mineiro", "Pezão", "Tição", "Cabeção", "Galego", "Magrelo", "Formiga", "Catatau",
             "Tatu", "Paraíba", "Cearense", "Sabiá", "Carcará", "Pitoco", "Zóio", "Toco", "Cascudo", "Bigode", "Preá", "Mocó",
             "Caboclo", "Foguinho", "Tampinha", "Sanfoneiro", "Gavião", "Canarinho", "Caju"]
FREE_NICK_F = ["Formiga", "Tampinha", "Baixinha", "Galega", "Pimenta", "Sabiá", "Cabocla", "Paraíba", "Loirinha", "Preá"]
FOREIGN = {
    "it": (["Gemma", "Assunta", "Carmela", "Ornella"], ["Vittorio", "Ettore", "Primo", "Battista"],
           ["Tomasoni", "Pasqualotto", "Zanella", "Dal Molin", "Brambilla", "Boscardin", "Tessaro", "Ceccon"]),
    "de": (["Ilse", "Frieda", "Hedwig", "Gerda"], ["Helmut", "Lothar", "Egon", "Arno"],
           ["Bernsdorf", "Mallmann", "Schwanke", "Kretschmer", "Hoffmeister", "Pommerening", "Brandenburg Lenz", "Kuhnen"]),
    "ua": (["Oksana", "Tetiana", "Halyna"], ["Dmytro", "Bohdan", "Taras"], ["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk", "Hrytsenko"]),
    "cu": (["Yanelis", "Yusleidy", "Odalys"], ["Yoandry", "Osmany", "Yunior"], ["Oduardo", "Fonseca Rizo", "Betancourt", "Quesada"]),
    "jp": (["Emiko", "Harumi", "Mitsuko", "Kyoko"], ["Kazuo", "Tadashi", "Shigeru", "Noboru"],
           ["Yamashiro", "Kinjo", "Taira", "Miyagi", "Shimabukuro", "Uehara", "Higa", "Nakandakari"]),
    "ar": (["Leila", "Soraya", "Yasmin", "Samira"], ["Nagib", "Assad", "Farid", "Jamil"],
           ["Abdalla", "Haddad", "Farah", "Nassif", "Rizk", "Khoury", "Chedid", "Bechara"]),
    "kr": (["Min-ji", "Eun-young", "Ha-eun"], ["Jae-won", "Hyun-woo", "Sung-min"], ["Choi", "Shin", "Han", "Yoon"]),
    "cn": (["Xiaomei", "Lihua", "Yuting"], ["Guoqiang", "Zhiwei", "Haoran"], ["Wang", "Liu", "Zhou", "Lin", "Huang"]),
    "ht": (["Mirlande", "Fabienne", "Nadège", "Guerda", "Rose-Mirline"], ["Wilner", "Jean-Robert", "Dieunel", "Frantz", "Wisly"],
           ["Saint-Fleur", "Pierre-Louis", "Célestin", "Dorvil", "Jean-Baptiste", "Délice", "Exantus"]),
    "ao": (["Wezi", "Kiesse", "Ndalu"], ["Nkosi", "Lumbu", "Makiadi"], ["Mbala", "Kapinga", "Tshimanga", "Lukeba"]),
    "sn": (["Aminata", "Mariama", "Khady"], ["Cheikh", "Moussa", "Ousmane"], ["Fall", "Mbaye", "Thiam", "Seck"]),
    "in": (["Potyra", "Jaciara", "Araí"], ["Tupã", "Kauê", "Ubiratã"], ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaingang", "Tikuna"]),
    "wa": (["Yolimar", "Nelitza", "Eumelia"], ["Eulogio", "Yosmer", "Ramiro"], ["Moraleda", "Zapata Warao", "Tovar", "Rondón"]),
    "jw": (["Rivka", "Shoshana", "Ester"], ["Mordechai", "Avraham", "Yossef"], ["Rosenblatt", "Wainstein", "Szterenfeld", "Gurfinkel"]),
    "bo": (["Rosmery", "Wilma", "Juana"], ["Wilfredo", "Ever", "Limber"], ["Condori", "Apaza", "Ticona", "Colque", "Quispe"]),
    "py": (["Zunilda", "Liz Mabel", "Nilda"], ["Arsenio", "Ramón", "Celso"], ["Benítez", "Ayala", "Giménez", "Cabañas"]),
    "ve": (["Yusmary", "Mariannys", "Génesis", "Yorgelis"], ["Yeferson", "Wuilmer", "Jhonder", "Deiby"],
           ["Bracho", "Villalobos", "Guaramato", "Pirela", "Urdaneta"]),
    "cv": (["Nha Djassi", "Odete"], ["Djiba", "Nelson"], ["Semedo", "Varela", "Tavares Lopes"]),
    "pl": (["Jadwiga", "Stanisława", "Wanda"], ["Kazimierz", "Bronisław", "Zbigniew"], ["Wojcik", "Jablonski", "Kaminski", "Szymanski"]),
    "am": (["Anahid", "Siranush", "Arpi"], ["Hagop", "Garabed", "Vartan"], ["Boghossian", "Manukian", "Derderian", "Hovsepian"]),
    "pe": (["Yesenia", "Nélida", "Flor de María"], ["Percy", "Edwin", "Wilber"], ["Huanca", "Ccori", "Chambi", "Puma"]),
    "ng": (["Chidinma", "Adaeze", "Folake"], ["Chukwuemeka", "Oluwaseun", "Tunde"], ["Okafor", "Adeyemi", "Nwosu", "Balogun"]),
    "sy": (["Rania", "Hiba", "Lamis"], ["Bashar", "Ammar", "Wassim"], ["Al-Masri", "Haddad Khalil", "Darwish", "Kabbani"]),
    "co": (["Yurany", "Leidy Johana", "Marleny"], ["Jhon Fredy", "Yeison", "Arley"], ["Cardona", "Ospina", "Zuluaga", "Londoño"]),
    "gk": (["Jaxuka", "Kunhã Poty", "Arakuã", "Ivoty"], ["Kuaray", "Ava Verá", "Tupãrendy", "Arasy"],
           ["Kaiowá", "Nhandeva", "Vera Mirim", "Terena", "Jorge Kaiowá", "Guarani Arce"]),
}
RARE_ORIGINS = ("ua", "cu", "kr", "cn", "ht", "ao", "sn", "in", "wa", "jw", "bo", "py", "ve", "cv", "pl", "am", "pe", "ng", "sy", "co", "gk")
RARE = set(RARE_F + RARE_M + RARE_SUR + IMMIGRANT_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Damiana", "Juscelino", "Irineu", "Cosme Damião", "Zulmira", "Quitéria", "Domitila", "Wilma", "Juana",
                        "Nilda", "Celso", "Ramón", "Nelson", "Odete", "Ester", "Percy", "Edwin", "Wanda", "Flor de María",
                        "Jucá", "Araripe", "Ximenes", "Tovar", "Ramiro", "Tunde", "Gedeão", "Matoso", "Frutuoso", "Arrais",
                        "Espínola", "Lustosa", "Sobreira", "Gadelha", "Tabosa", "Leila", "Yasmin"])
RARE.update(["Gemma", "Assunta", "Ornella", "Ettore", "Primo", "Tomasoni", "Pasqualotto", "Zanella", "Dal Molin", "Boscardin",
             "Tessaro", "Ceccon", "Ilse", "Frieda", "Hedwig", "Gerda", "Egon", "Arno", "Bernsdorf", "Mallmann", "Schwanke",
             "Kretschmer", "Hoffmeister", "Pommerening", "Kuhnen", "Emiko", "Harumi", "Mitsuko", "Kyoko", "Tadashi", "Shigeru",
             "Noboru", "Yamashiro", "Kinjo", "Taira", "Shimabukuro", "Uehara", "Higa", "Nakandakari", "Nagib", "Nassif", "Rizk",
             "Khoury", "Chedid", "Bechara", "Soraya", "Samira"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Guerra", "Conceição", "Forte",
          "Pedreira", "Mangueira", "Palmeira", "Paixão Brito"}
DO_SUR = {"Nascimento", "Vale", "Bonfim"}
DOS_SUR = {"Santos", "Campos"}


DE_SUR = {"Oliveira", "Souza", "Carvalho", "Lima", "Almeida", "Araújo", "Freitas", "Moura", "Melo", "Castro", "Azevedo", "Jesus",
          "Farias", "Alencastro", "Alcântara Seixas", "Mascarenhas", "Meirelles Paiva", "Sabiá", "Capistrano", "Bacelar", "Paula"}


def particle(s: str) -> str:
    """The particle a surname takes ('' when it takes none)."""
    return "da" if s in DA_SUR else ("do" if s in DO_SUR else ("dos" if s in DOS_SUR else ("de" if s in DE_SUR else "")))


DDDS = ["11", "12", "13", "14", "15", "16", "17", "19", "21", "22", "24", "27", "31", "32", "34", "35", "37", "41", "43", "44",
        "47", "48", "49", "51", "53", "54", "55", "61", "62", "63", "65", "67", "68", "69", "71", "73", "74", "77", "79", "81",
        "82", "83", "84", "85", "86", "88", "91", "92", "93", "95", "96", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Estrada", "Largo", "Viela"]
STREET_NAMES = ["Cecília Meireles", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora",
                "Monteiro Lobato", "Doutor Leovigildo Sarapião", "Conselheiro Ubaldino Furquim", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont", "dos Canavieiros",
                "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Professora Zulmira Cotrim",
                "Maestro Claudionor Tinoco", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz",
                "Machado de Assis", "Madre Paulina", "Pioneiro Egon Kuhnen", "Doutor Farid Haddad", "das Acácias",
                "Dom Pedro II", "da Glória", "Padre Anacleto Landim", "Vereador Lindolfo Aroeira", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas",
                "Bom Jesus da Lapa", "das Flores", "Cônego Sinfrônio Lustosa", "dos Colhedores", "Irmã Dulce", "Chico Mendes",
                "Dom Hélder Câmara", "Projetada 7", "Professora Cosma Sucupira", "Mestre Genivaldo Pajeú", "Santa Luzia",
                "Frei Damião", "Paulo Freire", "do Café", "Sindicalista Osmundo Catolé", "dos Safristas", "da Usina Velha", "Sete"]
CITIES = [("Ribeirão Preto", "SP"), ("Sertãozinho", "SP"), ("Guariba", "SP"), ("Jaboticabal", "SP"), ("Barrinha", "SP"),
          ("Piracicaba", "SP"), ("Araraquara", "SP"), ("Matão", "SP"), ("Bebedouro", "SP"), ("Barretos", "SP"), ("Jaú", "SP"),
          ("Presidente Prudente", "SP"), ("Franca", "SP"), ("Cosmópolis", "SP"), ("Varginha", "MG"), ("Três Pontas", "MG"),
          ("Patrocínio", "MG"), ("Guaxupé", "MG"), ("Campos Altos", "MG"), ("Araçuaí", "MG"), ("Berilo", "MG"),
          ("Chapada do Norte", "MG"), ("Minas Novas", "MG"), ("Uberaba", "MG"), ("Codó", "MA"), ("Timbiras", "MA"),
          ("Coroatá", "MA"), ("Caxias", "MA"), ("Picos", "PI"), ("São Raimundo Nonato", "PI"), ("Caetité", "BA"),
          ("Guanambi", "BA"), ("Vitória da Conquista", "BA"), ("Barra do Choça", "BA"), ("Rio Verde", "GO"),
          ("Quirinópolis", "GO"), ("Goianésia", "GO"), ("Naviraí", "MS"), ("Dourados", "MS"), ("Caarapó", "MS"),
          ("Rio Brilhante", "MS"), ("Jacarezinho", "PR"), ("Bandeirantes", "PR"), ("Maringá", "PR"), ("Linhares", "ES"),
          ("São Gabriel da Palha", "ES"), ("Garanhuns", "PE"), ("Palmares", "PE"), ("São Miguel dos Campos", "AL"),
          ("Coruripe", "AL"), ("Crato", "CE"), ("Sousa", "PB"), ("Itapetinga", "BA"), ("Alegre", "ES")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores",
           "Vila Estrela", "Cidade Nova", "Vila Operária", "Jardim Esperança", "Santa Luzia", "Vila Esperança", "Conjunto Bento Ribeiro",
           "Vila Nova Aurora", "Jardim dos Canaviais", "Vila São Benedito", "Cohab II", "Bairro da Usina", "Jardim Planalto", "Vila Rica",
           "Baixada", "Alto do Cruzeiro", "Vila Prudente", "Bairro da Luz"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"), ("290", "PagBank"),
         ("323", "Mercado Pago"), ("380", "PicPay"), ("041", "Banrisul"), ("004", "Banco do Nordeste")]


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
        g = self.given
        if g.startswith("Maria d") or g in ("Rosa Maria", "Ana Paula", "João Pedro", "José Carlos", "Maria Eduarda", "Raíssa Kauane",
                                            "Wesley Kauã", "Liz Mabel", "Nha Djassi", "Kássia Suellen", "Maria José",
                                            "Leidy Johana", "Jhon Fredy", "Valquíria Sol", "Zefa Maria", "Severina Dalva",
                                            "Cosme Damião", "Jairo Kauê", "Maria Dasdores"):
            return g
        return g.split()[0]

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1]

    @property
    def surname_str(self) -> str:
        return " ".join(self.surnames)

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def caps(self) -> str:
        return self.full.upper()

    @property
    def capsf(self) -> str:
        return fold(self.full).upper()

    @property
    def low(self) -> str:
        return fold(self.full).lower()

    @property
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return fold(f"{' '.join(sur)}, {self.given}").upper()

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
            "long": f"{dd} de {MONTHS[mm - 1]} de {yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}",
            "dot": f"{dd:02d}.{mm:02d}.{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}",
            "mon": f"{dd:02d}/{MONTHS[mm - 1][:3]}/{yy}", "low": f"{dd} de {fold(MONTHS[mm - 1])} de {yy}"}[fmt]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    # ----------------------------------------------------------------- basics
    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def pick(self, seq):
        return self.rng.choice(seq)

    def sample(self, seq, k: int):
        return self.rng.sample(list(seq), k)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def hexs(self, n: int, upper: bool = False) -> str:
        """Hex ids (orders, sessions); never a run of seven or more digits."""
        while True:
            s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
            if not re.search(r"\d{7}", s):
                return s.upper() if upper else s

    def up(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length (orders, protocols, contracts)."""
        while True:
            v = str(self.ri(1, 9)) + self.d(n - 1)
            if n == 11 and (cpf_ok(v) or pis_dv(v[:10]) == v[10] or cnh_dv(v[:9]) == v[9:]):
                continue
            if n == 12 and titulo_dv(v[:8], v[8:10]) == v[10:]:
                continue
            if n == 14 and cnpj_dv(v[:12]) == v[12:]:
                continue
            if n == 15 and cns_ok(v):
                continue
            if n in (15, 16) and luhn_ok(v):
                continue
            return v

    def neg_cpf(self, dotted: bool = True) -> str:
        """A CPF-shaped number that fails the check (a typo)."""
        n = self.neg(11)
        return fmt_cpf(n) if dotted else n

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.38:
            return self.pick(RARE_SUR)
        if r < 0.46:
            return self.pick(IMMIGRANT_SUR)
        if r < 0.58:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.7 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.12:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.45:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(COMMON_F if female else COMMON_M)
            if rng.random() < 0.1 and " " not in given:
                second = self.pick((RARE_F + COMMON_F) if female else (RARE_M + COMMON_M)).split()[0]
                if second != given and second not in ("Maria", "José", "Ana", "João"):
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 2, 3])
            surnames: list[str] = []
            while sum(len(x.split()) for x in surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames and self.chance(0.5)) else self.surname()
                if surnames and sum(len(x.split()) for x in surnames) + len(s.split()) > k:
                    continue
                if s not in surnames and s != given:
                    surnames.append(s)
            takes = [i for i, x in enumerate(surnames) if particle(x)]
            if takes and rng.random() < 0.45:
                pos = self.pick(takes)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn", "mn"):
                given = self.pick((COMMON_F + RARE_F) if female else (COMMON_M + RARE_M))
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.4:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        """A son, daughter or sibling: own given name, ending in the other's last surname."""
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES and s != of.last][:1]
        return Person(p.given, own + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}", f"{l}.{f}",
                          f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:3]}", f"{f[0]}.{l}", f"{f}.{l}.{self.d(2)}"])
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
        style = style or self.pick(["dot", "dot", "dot", "raw"])
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"}[style]

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B02"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def any_cnpj(self) -> str:
        return self.cnpj(alnum=self.chance(0.25), style="dot" if self.chance(0.85) else "raw")

    def rg(self, style: str | None = None) -> str:
        b = self.d(8)
        n = b + rg_sp_dv(b)
        style = style or self.pick(["dot", "dot", "raw"])
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n

    def cnh(self) -> str:
        while True:
            b = str(self.ri(0, 9)) + self.d(8)
            dv = cnh_dv(b)
            if dv and not cpf_ok(b + dv):
                return b + dv

    def pis(self, style: str | None = None) -> str:
        while True:
            b = self.pick(["1", "1", "2"]) + self.d(9)
            n = b + pis_dv(b)
            if not cpf_ok(n):
                break
        style = style or self.pick(["dot", "raw"])
        return f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}" if style == "dot" else n

    def titulo(self, spaced: bool | None = None) -> str:
        b = self.d(8)
        uf = f"{self.ri(1, 28):02d}"
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
        n = str(self.ri(1, 9)) + self.d(7)
        return f"{n[:5]}-{n[5:]}" if dash else n

    def msisdn(self, mobile: bool = True) -> tuple[str, str]:
        while True:
            ddd = self.pick(DDDS)
            local = ("9" + str(self.ri(6, 9)) + self.d(7)) if mobile else (str(self.ri(2, 5)) + self.d(7))
            raw = ddd + local
            if not (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10:11] or cnh_dv(raw[:9]) == raw[9:]):
                return ddd, local

    def fmt_phone(self, ddd: str, local: str, style: str) -> str:
        h, t = local[:-4], local[-4:]
        mob = len(local) == 9
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}", "e164": f"+55{ddd}{local}",
                "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}", "zero": f"0{ddd} {h}-{t}", "nospace": f"({ddd}){h}-{t}",
                "dot": f"{ddd}.{h}.{t}", "wa": f"+55 {ddd} {h}-{t}",
                "stt": f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mob else f"{ddd} {h} {t}"}[style]

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd, local = self.msisdn(mobile)
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par", "nospace", "dot"])
        return self.fmt_phone(ddd, local, style)

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        b = brand or self.pick(["4", "5", "5", "6", "4", "3"])
        if b == "3":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        if b == "6":
            b = self.pick(["6062", "6363", "6504", "6516"]) + self.d(11)
        else:
            b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"{self.pick('45')}{self.d(5)}******{self.d(4)}", f"**** **** **** {self.d(4)}", f"final {self.d(4)}",
                          f"XXXX-XXXX-XXXX-{self.d(4)}", f"•••• {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}"])

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
        body = str(self.ri(1, 9)) + self.d(self.ri(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    # ----------------------------------------------------------------- network identifiers
    def ip_pub(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 143, 168, 170, 45, 131, 152, 163, 181, 206])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def ip6_pub(self) -> str:
        groups = [f"{self.ri(1, 0xffff):x}" for _ in range(3)]
        return self.pick(["2804", "2801", "2804"]) + ":" + ":".join(groups) + self.pick([f"::{self.ri(1, 0xffff):x}",
                                                                                        f":{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}"])

    def ip(self) -> str:
        return self.ip6_pub() if self.chance(0.15) else self.ip_pub()

    def ip_priv(self) -> str:
        """A private address whose digits, read as an 11-digit run, pass no CPF, PIS or CNH check."""
        while True:
            a = self.pick([f"192.168.{self.ri(0, 15)}.{self.ri(1, 254)}", f"10.{self.ri(0, 80)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                           f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"])
            n = a.replace(".", "")
            if len(n) != 11 or not (cpf_ok(n) or pis_dv(n[:10]) == n[10] or cnh_dv(n[:9]) == n[9:]):
                return a

    # ----------------------------------------------------------------- addresses
    def address(self, style: str = "text") -> str:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}", f"bloco {self.pick('ABCD')} apto {self.ri(11, 408)}",
                          "fundos", f"ap. {self.ri(101, 910)}", f"sala {self.ri(1, 30)}", f"quadra {self.ri(1, 30)} lote {self.ri(1, 40)}",
                          f"Qd {self.ri(1, 30)} Lt {self.ri(1, 40)}", f"kitnet {self.ri(1, 12)}"])
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            return fold(f"{ab.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")).lower()
        ab = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in ab:
            t = ab[t]
        sep = self.pick([", ", ", nº ", " ", ", "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    # ----------------------------------------------------------------- dates
    def dob_parts(self, lo: int = 1955, hi: int = 2006) -> tuple[int, int, int]:
        return self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)

    def dob(self, fmt: str | None = None, lo: int = 1955, hi: int = 2006) -> str:
        dd, mm, yy = self.dob_parts(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def day(self) -> datetime.date:
        return datetime.date(self.pick([2025, 2025, 2025, 2026, 2026]), self.ri(1, 12), self.ri(1, 28))

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def moment(self, start: datetime.date | None = None, hours: tuple[int, int] = (8, 22)) -> datetime.datetime:
        start = start or self.day()
        return datetime.datetime(start.year, start.month, start.day, self.ri(hours[0], hours[1] - 1), self.ri(0, 59), self.ri(0, 59))

    def hm(self) -> str:
        return f"{self.ri(7, 23):02d}:{self.ri(0, 59):02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.19", "8.13", "8.21", "8.05", "8.17", "8.06", "8.16", "5.02", "5.01", "5.04"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2020, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}", f"#{self.d(7)}",
                          self.neg(12), f"ATD-{self.d(6)}", f"{self.ri(2024, 2026)}/{self.d(6)}", f"{self.d(2)}{self.up(1)}{self.d(8)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}-AE"])
        if kind == "CRESS":
            return self.pick([f"CRESS {self.ri(1, 25)}ª Região nº {self.ri(1000, 49999)}", f"CRESS/{uf} {self.ri(1000, 49999)}",
                              f"CRESS-{uf} nº {dotted}"])
        if kind == "CRP":
            r = f"{self.ri(1, 23):02d}"
            return self.pick([f"CRP {r}/{self.d(5)}", f"CRP-{r}/{self.d(6)}", f"CRP {r}/{self.d(2)}.{self.d(3)}", f"CRP/{r} nº {self.d(5)}"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {n:06d}/O-{self.ri(0, 9)}", f"CRC/{uf} {dotted}", f"CRC {uf}-{n:06d}/O"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(9)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F", f"CREFITO-{self.ri(1, 18)}/{self.d(5)}-F",
                              f"CREFITO {self.ri(1, 18)} nº {self.ri(10000, 399999)}-F"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"), ("é", "e"),
               ("I", "l"), ("o", "0"), ("h", "li"), ("u", "ii"), ("O", "0"), ("l", "I"), ("S", "5"), ("B", "8")]


def ocr(s: str, g: Gen, rate: float = 0.35, names: bool = False) -> str:
    """Zero to two OCR confusions in a word, a name or an address (identifiers are printed clean)."""
    pairs = [(a, b) for a, b in OCR_LETTERS if not (names and b[0].isdigit() and b != "0")]
    for _ in range(2):
        if not g.chance(rate):
            continue
        opts = [(a, b) for a, b in pairs if a in s]
        if not opts:
            continue
        a, b = g.pick(opts)
        i = g.pick([m.start() for m in re.finditer(re.escape(a), s)])
        s = s[:i] + b + s[i + len(a):]
    return s


def typo(s: str, g: Gen) -> str:
    """A typing slip in a word or name; never returns the same string."""
    for _ in range(30):
        i = g.ri(1, max(1, len(s) - 2))
        if i + 1 >= len(s) or not (s[i].isalpha() and s[i + 1].isalpha()):
            continue
        kind = g.pick(["swap", "drop", "double"])
        out = {"swap": s[:i] + s[i + 1] + s[i] + s[i + 2:], "drop": s[:i] + s[i + 1:], "double": s[:i] + s[i] + s[i:]}[kind]
        if out != s:
            return out
    return s + "a"


def dbr(d, fmt: str = "br") -> str:
    return fmt_date(d.day, d.month, d.year, fmt)


def ts(t: datetime.datetime, fmt: str = "sql") -> str:
    return {"sql": t.strftime("%Y-%m-%d %H:%M:%S"), "iso": t.strftime("%Y-%m-%dT%H:%M:%S-03:00"),
            "isoz": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "br": t.strftime("%d/%m/%Y %H:%M"), "brs": t.strftime("%d/%m/%Y %H:%M:%S"),
            "hms": t.strftime("%H:%M:%S"), "hm": t.strftime("%H:%M"), "wa": t.strftime("%d/%m/%Y %H:%M"),
            "wa2": t.strftime("%d/%m/%y %H:%M"), "waios": t.strftime("[%d/%m/%Y, %H:%M:%S]"), "waios2": t.strftime("[%d/%m/%y %H:%M:%S]")}[fmt]


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


def ocr_t(template: str, g: Gen, rate: float = 0.3) -> str:
    """OCR confusions in the words of a template, never inside its «keys»."""
    return "".join(part if MARK.fullmatch(part) else ocr(part, g, rate) for part in re.split(r"(«\w+»)", template))


def caps_t(template: str) -> str:
    """ALL CAPS (accents folded) outside the «keys» of a template."""
    return "".join(part if MARK.fullmatch(part) else fold(part).upper() for part in re.split(r"(«\w+»)", template))


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
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span, a plain value is text."""
        cur = 0
        for m in MARK.finditer(template):
            self.t(template[cur:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, tuple):
                self.e(v[0], v[1])
            else:
                self.t(str(v))
            cur = m.end()
        self.t(template[cur:])
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


def P(s: str) -> tuple:
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def cut(s: str, w: int) -> str:
    """A value cut at a fixed-width field (trailing space and comma removed)."""
    return s[:w].rstrip(" ,")


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """+---+ ruled ('plus'), psql ('psql'), pipe/Markdown ('pipe', 'md') or blank-aligned ('plain') table."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    if style == "plus":
        rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
        doc.t(rule + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule)
        for r in rows:
            doc.t("|")
            for (v, lab), w in zip(r, widths):
                doc.t(" ")
                doc.cell(v, w, lab)
                doc.t(" |")
            doc.t("\n")
        doc.t(rule)
    elif style == "psql":
        doc.t(" " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + "\n")
        doc.t("-" + "-+-".join("-" * w for w in widths) + "-\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                doc.t(" " if k == 0 else " | ")
                doc.cell(v, w, lab)
            doc.t("\n")
        doc.t(f"({len(rows)} {'linha' if len(rows) == 1 else 'linhas'})\n")
    elif style == "md":
        doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
        for r in rows:
            doc.t("|")
            for v, lab in r:
                doc.t(" ")
                doc.e(v, lab) if v else None
                doc.t(" |")
            doc.t("\n")
    elif style == "pipe":
        doc.t("|".join(c.center(w + 2) for c, w in zip(cols, widths)) + "\n")
        doc.t("|".join("-" * (w + 2) for w in widths) + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                doc.t("| " if k else " ")
                doc.cell(v, w, lab)
                doc.t(" ")
            doc.t("\n")
    else:
        doc.t("  ".join(c.upper().ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        doc.t("  ".join("-" * w for w in widths) + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                doc.t("  " if k else "")
                doc.cell(v, w if k < len(r) - 1 else len(v), lab)
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


def jval(doc: Doc, v, indent: int | None = 0) -> None:
    """Write a JSON value (indent None: one line); a (str, LABEL) tuple is a string whose content is a span."""
    if isinstance(v, dict):
        if not v:
            doc.t("{}")
            return
        items = list(v.items())
        if indent is None:
            doc.t("{")
            for k, (key, val) in enumerate(items):
                doc.t(f'"{key}": ' if k == 0 else f', "{key}": ')
                jval(doc, val, None)
            doc.t("}")
            return
        pad = " " * indent
        doc.t("{\n")
        for k, (key, val) in enumerate(items):
            doc.t(f'{pad}  "{key}": ')
            jval(doc, val, indent + 2)
            doc.t(",\n" if k < len(items) - 1 else "\n")
        doc.t(pad + "}")
    elif isinstance(v, list):
        if indent is None or not v:
            doc.t("[")
            for k, val in enumerate(v):
                if k:
                    doc.t(", ")
                jval(doc, val, None)
            doc.t("]")
            return
        pad = " " * indent
        doc.t("[\n")
        for k, val in enumerate(v):
            doc.t(pad + "  ")
            jval(doc, val, indent + 2)
            doc.t(",\n" if k < len(v) - 1 else "\n")
        doc.t(pad + "]")
    elif isinstance(v, tuple):
        s, lab = v
        assert json.dumps(s, ensure_ascii=False) == f'"{s}"', s  # labelled strings never need escaping
        doc.t('"')
        doc.e(s, lab)
        doc.t('"')
    else:
        doc.t(json.dumps(v, ensure_ascii=False))


def kv_block(doc: Doc, fields: list[tuple[str, tuple]], style: str) -> None:
    """A two-column form: 'Campo: valor' lines, a ruled box or dotted leaders."""
    if style == "box":
        w1 = max(len(k) for k, _ in fields)
        w2 = max(len(v[0]) for _, v in fields)
        rule = "+" + "-" * (w1 + 2) + "+" + "-" * (w2 + 2) + "+\n"
        doc.t(rule)
        for k, (v, lab) in fields:
            doc.t("| " + k.ljust(w1) + " | ")
            doc.cell(v, w2, lab)
            doc.t(" |\n")
        doc.t(rule)
    elif style == "dots":
        w1 = max(len(k) for k, _ in fields) + 3
        for k, (v, lab) in fields:
            doc.t((k + " ").ljust(w1, ".") + " ")
            doc.e(v, lab)
            doc.t("\n")
    elif style == "caps":
        for k, (v, lab) in fields:
            doc.t(f"{fold(k).upper()}: ")
            doc.e(v, lab)
            doc.t("\n")
    else:
        for k, (v, lab) in fields:
            doc.t(f"{k}: ")
            doc.e(v, lab)
            doc.t("\n")


NATIONALITY = {True: ["brasileira"] * 6 + ["portuguesa", "armênia", "peruana", "argentina", "haitiana"],
               False: ["brasileiro"] * 6 + ["português", "armênio", "peruano", "argentino", "haitiano"]}
CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"],
         False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "IGP/RS", "SSP/GO", "SEJUSP/MS", "SSP/PB"]
JOBS = {True: ["trabalhadora rural", "safrista", "colhedora de café", "lavradora", "trabalhadora rural safrista", "auxiliar agrícola",
               "cozinheira", "diarista rural"],
        False: ["trabalhador rural", "cortador de cana", "safrista", "colhedor de café", "lavrador", "trabalhador rural safrista",
                "rurícola", "auxiliar agrícola", "tratorista", "motorista", "apanhador de laranja", "bituqueiro"]}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool | tuple[int, int] = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job=None, rural: float = 0.5, civil: str | None = None) -> None:
    """'NAME, brasileira, solteira, atriz, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    if isinstance(job, tuple):
        job = job[1] if p.female else job[0]
    civil = civil or g.pick(CIVIL[p.female])
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {civil}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        lo, hi = dob if isinstance(dob, tuple) else (1962, 2006)
        doc.t(up(", nascid" + p.o + " em "))
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", lo, hi), "DATE_OF_BIRTH")
    if rg is True and g.chance(0.18):
        doc.t(up(", portador" + ("a" if p.female else "") + " da CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    elif rg:
        doc.t(up(", portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(RG_ORG))
    doc.t(up(", inscrit" + p.o + " no CPF sob o nº "))
    doc.e(g.cpf("dot"), "BR_CPF")
    if pis:
        doc.t(up(", PIS/NIT nº "))
        doc.e(g.pis(), "BR_PIS")
    if titulo:
        doc.t(up(", título de eleitor nº "))
        doc.e(g.titulo(), "BR_TITULO_ELEITOR")
    if email:
        doc.t(", E-MAIL " if caps else ", e-mail ")
        doc.e(email if isinstance(email, str) else g.email(p), "EMAIL_ADDRESS")
    if phone:
        doc.t(up(", telefone "))
        doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    if addr:
        doc.t(up(", residente e domiciliad" + p.o + " na "))
        is_rural = g.chance(rural)
        doc.e(home(g, "caps" if caps else "text", 1.0 if is_rural else 0.0), "ADDRESS")
        city, uf = where or g.city()
        doc.t(up(f", {'zona rural' if is_rural else g.pick(BAIRROS)}, {city}/{uf}, CEP "))
        doc.e(g.cep(), "BR_CEP")


def role_mail(g: Gen, dom: str, box: str | None = None) -> str:
    return f"{box or g.pick(ROLE_BOXES)}@{dom}"


def lower(s: str) -> str:
    return fold(s).lower()


def corp_mail(p: Person, dom: str, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    if g is not None and g.chance(0.35):
        return g.pick([f"{f[0]}{l}@{dom}", f"{f}@{dom}", f"{f}.{l[0]}@{dom}"])
    return f"{f}.{l}@{dom}"


def login(p: Person, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}" + (g.d(2) if g and g.chance(0.5) else "")


def num(v: float, dec: int = 1) -> str:
    s = f"{v:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def brl(v: float) -> str:
    return num(v, 2)


def pix_key(g: Gen, p: Person, cpf: str | None = None) -> tuple[str, tuple]:
    """(kind, (key, LABEL)): a random key, a phone, an e-mail or the CPF."""
    kind = g.pick(["aleatoria", "aleatoria", "celular", "cpf", "email"])
    if kind == "aleatoria":
        return "aleatória", (g.uuid(), "PIX_KEY")
    if kind == "celular":
        return "celular", (g.phone(g.pick(["e164", "par", "raw"])), "PHONE_NUMBER")
    if kind == "email":
        return "e-mail", (g.email(p), "EMAIL_ADDRESS")
    return "CPF", (cpf or g.cpf(), "BR_CPF")


def spoken_digits(s: str, g: Gen | None = None) -> str:
    words = [NUM_WORDS[int(c)] for c in s if c.isdigit()]
    if g is not None and g.chance(0.5):
        words = ["meia" if w == "seis" else w for w in words]
    return " ".join(words)


def stt_groups(n: str, g: Gen) -> str:
    """An identifier as a call transcript writes it: in groups, or digit by digit in words."""
    return g.pick([" ".join(n[i:i + 3] for i in range(0, len(n), 3)), spoken_digits(n, g), f"{n[:5]} {n[5:]}"])


def stt_cpf(n: str, g: Gen) -> str:
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}",
                   f"{n[:3]} ponto {n[3:6]} ponto {n[6:9]} {n[9:]}", spoken_digits(n, g)])


def mail_date(t: datetime.datetime) -> str:
    return f"{DAY_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} {t.strftime('%H:%M:%S')} -0300"


def cl(doc: Doc, stamp: str, sender: tuple, template: str = "", **vals) -> None:
    """One chat line: '<stamp><sender>: <message>'; sender is (text, label or None)."""
    doc.t(stamp)
    doc.e(sender[0], sender[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def chat_stamp(g: Gen):
    style = g.pick(["android", "android2", "ios", "ios2"])

    def st(t: datetime.datetime) -> str:
        return {"android": ts(t, "wa") + " - ", "android2": ts(t, "wa2") + " - ", "ios": ts(t, "waios") + " ",
                "ios2": ts(t, "waios2") + " "}[style]
    return st


def seq_times(g: Gen, n: int, t0: datetime.datetime, lo: int = 30, hi: int = 1800) -> list[datetime.datetime]:
    out, t = [], t0
    for _ in range(n):
        t = t + datetime.timedelta(seconds=g.ri(lo, hi))
        out.append(t)
    return out


def esign_log(g: Gen, doc: Doc, signers: list[tuple[Person, str]], t0: datetime.datetime, style: str | None = None) -> None:
    """An e-signature log: name, e-mail, IP, time (the envelope id, an upper-case UUID, is not labelled)."""
    doc.f("\nREGISTRO DE ASSINATURAS ELETRÔNICAS — documento «e»\n", e=clean(g, lambda: str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper()))
    rows = []
    t = t0
    for p, mail in signers:
        t = t + datetime.timedelta(minutes=g.ri(2, 900))
        rows.append([P(g.pick([p.full, p.caps])), (mail, "EMAIL_ADDRESS"), (g.ip(), "IP_ADDRESS"), V(ts(t, "brs")),
                     V(g.pick(["assinou", "assinou (token e-mail)", "assinou (gov.br)", "assinou (selfie + SMS)", "visualizou e assinou"]))])
    table_ruled(doc, ["signatário", "e-mail", "IP", "data/hora", "evento"], rows, style or g.pick(["plus", "psql", "plain"]))


CNJ_SEG = {"SP": "8.26", "RJ": "8.19", "MG": "8.13", "RS": "8.21", "PR": "8.16", "SC": "8.24", "BA": "8.05", "PE": "8.17",
           "CE": "8.06", "RN": "8.20", "PB": "8.15", "AL": "8.02", "SE": "8.25", "PI": "8.18", "MA": "8.10", "PA": "8.14",
           "AM": "8.04", "GO": "8.09", "DF": "8.07", "MS": "8.12", "MT": "8.11", "ES": "8.08", "RR": "8.23", "AC": "8.01",
           "TO": "8.27", "RO": "8.22", "AP": "8.03"}
TRT = {"SP": "5.15", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14",
       "TO": "5.10", "RO": "5.14", "AP": "5.08"}


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    return g.pick([c for c in CITIES if c[1] == uf])


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."




UNITS = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze", "quatorze", "quinze",
         "dezesseis", "dezessete", "dezoito", "dezenove"]
TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
HUNDREDS = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos", "oitocentos", "novecentos"]


def words999(n: int) -> str:
    if n == 100:
        return "cem"
    parts = []
    h, r = divmod(n, 100)
    if h:
        parts.append(HUNDREDS[h])
    if r:
        if r < 20:
            parts.append(UNITS[r])
        else:
            t, u = divmod(r, 10)
            parts.append(TENS[t] + (f" e {UNITS[u]}" if u else ""))
    return " e ".join(parts)


def extenso(v: float) -> str:
    """An amount in words, as receipts write it ('mil duzentos e trinta reais e quarenta centavos')."""
    reais = int(v)
    cent = int(round((v - reais) * 100))
    th, r = divmod(reais, 1000)
    parts = []
    if th:
        parts.append("mil" if th == 1 else words999(th) + " mil")
    if r:
        parts.append(words999(r))
    s = (" e " if th and r and (r < 100 or r % 100 == 0) else " ").join(parts) if parts else "zero"
    s += " real" if reais == 1 else " reais"
    if cent:
        s += " e " + words999(cent) + (" centavo" if cent == 1 else " centavos")
    return s



# --------------------------------------------------------------------------- register: cane, coffee and orange harvest labour
# --------------------------------------------------------------------------- register: taxi cooperatives and permits

SEED = 13333
OUT_NAME = "hundredthirtythird.jsonl"
COOPS = [("Coopertáxi Aurora", "coopertaxiaurora.com.br"), ("Rádio Táxi Bento Amado", "radiotaxibentoamado.com.br"),
         ("Cooperativa Leão do Norte", "leaodonorte.coop.br"), ("Unitáxi Prudente", "unitaxiprudente.com.br"),
         ("Taxi Rosa dos Ventos", "taxirosadosventos.com.br")]
ROLE_BOXES = ["sac", "contato", "central", "atendimento", "financeiro", "secretaria", "diretoria", "juridico", "cobranca", "achados",
              "ouvidoria", "no-reply", "naoresponda", "faturamento", "cadastro", "mobilidade", "protocolo", "agendamento", "clinica",
              "rh", "dp", "tesouraria", "presidencia", "intimacoes", "contabilidade"]
JOBS = {True: ["taxista", "motorista profissional", "taxista auxiliar", "permissionária de táxi", "comerciante"],
        False: ["taxista", "motorista profissional", "taxista auxiliar", "permissionário de táxi", "aposentado"]}
STANDS = ["Ponto da Rodoviária", "ponto do Hospital Regional", "Ponto da Praça Bento Gonçalves", "ponto do aeroporto", "Ponto da Matriz",
          "ponto do Shopping Aurora", "Ponto da Santa Casa"]
CIDS = ["S06.0", "S01.8", "T14.1", "F43.0", "S13.4", "S60.2", "M54.5", "G80.9", "Z00.0", "F43.1", "S42.0"]
LAWS = ["Lei 12.468/2011", "Lei 12.587/2012", "Lei 8.989/1995", "Lei 5.764/1971", "art. 282 do CTB", "art. 157 do Código Penal"]
MODELS = ["Spin", "Cobalt", "Corolla", "Voyage", "Logan", "Virtus", "Onix Plus", "Cronos", "HB20S", "Sentra"]


def home(g: Gen, style: str = "text", rural: float = 0.0, uf: str | None = None) -> str:
    return g.address(style)


def clean(g: Gen, make) -> str:
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def alvara(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.ri(100, 2999)}/{g.ri(1988, 2025)}", f"PT-{g.d(4)}", f"nº {g.ri(10, 999):03d}"]))


def renavam(g: Gen) -> str:
    return clean(g, lambda: g.neg(11))


def cnj_of(g: Gen, uf: str) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.{CNJ_SEG.get(uf, '8.26')}.{g.d(4)}")


def money(g: Gen, lo: float, hi: float) -> float:
    return round(g.rng.uniform(lo, hi), 2)


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "inv": p.inverted, "lfirst": lower(p.first), "lshort": lower(p.short)}[f])


def nick(g: Gen, p: Person) -> str:
    r = g.rng.random()
    if r < 0.4 and p.nick != p.first:
        return p.nick
    if r < 0.6:
        return p.first + " " + g.pick(["do Ponto", "da Rodoviária", "do Aeroporto", "Baiano", "do Corolla"] if not p.female else ["do Ponto", "da Noite", "Baiana"])
    return g.pick(FREE_NICK_F if p.female else FREE_NICK)


def word_neg(g: Gen) -> str:
    return g.pick(["Seria prudente evitar a Avenida Aurora no horário do jogo.", "A Coopertáxi Aurora renovou a frota com 12 carros híbridos.",
                   "Presidente Prudente abriu licitação para 40 novas permissões de táxi.", "Foi uma vitória a tarifa bandeira 2 voltar aos domingos.",
                   "A luz do painel do taxímetro acendeu de novo; o lacre do IPEM está intacto.", "O Rádio Táxi Bento Amado atende 24h pelo 0800.",
                   "A Rosa dos Ventos fica no fim da Avenida Beira-Rio, ao lado do posto.", "O leão da Receita cobra IR sobre o repasse acima do limite.",
                   "A esperança da diretoria é que a prefeitura não libere mais alvarás este ano."])


def chat_neg(g: Gen) -> str:
    return g.pick(["alguem no ponto da rodoviaria? ta cheio de gente", "o transito na aurora ta parado", "seria prudente nao pegar a marginal agora",
                   "bandeira 2 a partir das 20h hj", "a luz do taximetro apagou de novo kkk", "<Mídia oculta>", "quem vai na assembleia sabado?",
                   "o leão da prefeitura veio fiscalizar o ponto", "chuva forte na bento gonçalves, cuidado"])


def a_(p: Person) -> str:
    return "a" if p.female else "o"


def new_person(g: Gen, female: bool | None = None) -> Person:
    return g.person(female=g.chance(0.3) if female is None else female)


def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for k in range(n):
        w = g.person()
        doc.f("«k». «n» — CPF «c»\n", k=k + 1, n=P(w.capsf if caps else g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))


def email_head(g: Gen, doc: Doc, frm: tuple, to: tuple, subj: str, t: datetime.datetime) -> None:
    doc.t("From: ")
    doc.e(frm[0], frm[1])
    doc.t("\nTo: ")
    doc.e(to[0], to[1])
    doc.f(f"\nDate: {mail_date(t)}\nSubject: {subj}\nX-Originating-IP: [«ip»]\n\n", ip=(g.ip(), "IP_ADDRESS"))


# --------------------------------------------------------------------------- atendimento


def at_zap_central(g: Gen) -> Doc:
    """The dispatch WhatsApp group of a cooperative: the dispatcher posts rides (passenger's first name, phone, pickup address),
    drivers answer by prefix in lower case, a plate after a fender-bender, a passenger's card typed by mistake, asides."""
    doc = Doc()
    coop = g.pick(COOPS)
    st = chat_stamp(g)
    tt = iter(seq_times(g, 40, g.moment(hours=(6, 22)), 30, 900))
    disp = new_person(g, True)
    drivers = [new_person(g) for _ in range(5)]
    S = [g.pick([(g.phone("wa"), "PHONE_NUMBER"), P(lower(d.short)), P(nick(g, d))]) for d in drivers]
    D = g.pick([P(disp.first + " Central"[:0]), (g.phone("wa"), "PHONE_NUMBER"), P(lower(disp.first))])
    doc.f("Conversa do WhatsApp com «g»\n\n", g=g.pick([f"central {lower(coop[0])} 🚕", "plantão noturno", "prefixos 200-260", "ponto rodoviária"]))
    for _ in range(g.ri(3, 5)):
        pas = new_person(g)
        cl(doc, st(next(tt)), D, "corrida «a» ref «r», passageir«o» «n» fone «t»", a=(g.address("low"), "ADDRESS"), r=lower(g.pick(BAIRROS)),
           o=a_(pas), n=P(g.pick([lower(pas.first), pas.first, lower(pas.short)])), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
        j = g.ri(0, 4)
        cl(doc, st(next(tt)), S[j], g.pick(["«p» pega", "prefixo «p» a caminho 5 min", "«p» ok"]), p=g.ri(101, 299))
    j = g.ri(0, 4)
    cl(doc, st(next(tt)), S[j], "bateram na minha traseira na «r», carro placa «p», o moço chama «n» tel «t»", r=g.pick(["rotatória", "bento gonçalves", "frente da matriz"]),
       p=(g.plate(), "LICENSE_PLATE"), n=P(lower(new_person(g).short)), t=(g.phone("plain"), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), D, "@«n» manda foto do bo e da cnh dele pro financeiro", n=P(lower(drivers[j].first)))
    if g.chance(0.5):
        cl(doc, st(next(tt)), S[g.ri(0, 4)], "passageira mandou o cartao aqui por engano «c» kkk apaga isso", c=(g.card(g.chance(0.5)), "CREDIT_CARD"))
    cl(doc, st(next(tt)), S[g.ri(0, 4)], chat_neg(g))
    cl(doc, st(next(tt)), S[g.ri(0, 4)], "protocolo da reclamação «p», quem atendeu foi a «n»", p=proto(g), n=P(lower(disp.first)))
    return doc


def at_ficha_cooperado(g: Gen) -> Doc:
    """A cooperado's admission form in one of four styles, with the car, the permit (not labelled) and the bank details."""
    doc = Doc()
    coop = g.pick(COOPS)
    p = new_person(g)
    doc.t(g.pick(["FICHA DE ADMISSÃO DE COOPERADO — ", "Ficha cadastral de cooperado - ", "PROPOSTA DE ADMISSÃO / "]) + coop[0] + "\n\n")
    bank = g.pick(BANKS)
    fields = [("Nome", pname(g, p, ("full", "caps"))), ("Data de nascimento", (g.dob(g.pick(["br", "iso"]), 1958, 2000), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("CNH (EAR)", (g.cnh(), "BR_CNH")), ("PIS/NIT", (g.pis(), "BR_PIS")),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Celular", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("E-mail", (g.email(p), "EMAIL_ADDRESS")), ("Veículo", V(f"{g.pick(MODELS)} {g.ri(2019, 2026)}")), ("Placa", (g.plate(), "LICENSE_PLATE")),
              ("RENAVAM", V(renavam(g))), ("Alvará/permissão", V(alvara(g))), ("Prefixo", V(str(g.ri(1, 320)))),
              ("Banco", V(f"{bank[0]} - {bank[1]}")), ("Agência", (g.agency(), "BANK_ACCOUNT")), ("Conta", (g.account(), "BANK_ACCOUNT"))]
    if g.chance(0.5):
        sp = g.relative(p)
        fields.insert(9, ("Cônjuge", P(sp.full)))
    kv_block(doc, fields, g.pick(["colon", "dots", "box", "caps"]))
    ind = new_person(g)
    doc.f("\nIndicado por: «n» (cooperado prefixo «k»)\nAprovado em assembleia de «d». Cota-parte nº «c».\n", n=pname(g, ind), k=g.ri(1, 300),
          d=g.date(), c=clean(g, lambda: g.d(5)))
    return doc


def at_stt_achados(g: Gen) -> Doc:
    """A speech-to-text transcript of a call to the central about a lost item (lower case, identifiers in groups or words)."""
    doc = Doc()
    att = new_person(g, True)
    pas = new_person(g)
    cpf = g.cpf_digits()
    ph = g.msisdn()
    doc.f("[transcricao automatica] ligacao central «c» — atendente «a»\n", c=lower(g.pick(COOPS)[0]), a=P(lower(att.first)))
    doc.f("atendente: central boa noite «a» falando\ncliente: oi eu esqueci minha mochila num taxi ontem umas onze da noite\n", a=P(lower(att.first)))
    doc.f("atendente: seu nome completo e cpf por favor\ncliente: «n» cpf «c»\n", n=P(pas.low), c=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f("atendente: telefone pra contato\ncliente: «t»\n", t=(f"{ph[0]} {stt_groups(ph[1], g)}", "PHONE_NUMBER"))
    drv = new_person(g)
    doc.f("atendente: o senhor lembra o carro\ncliente: era um «m» prata o motorista chamava «d» acho\n", m=lower(g.pick(MODELS)), d=P(lower(drv.first)))
    doc.f("atendente: foi o prefixo «k», placa «p». vou abrir o protocolo «r»\n", k=g.ri(1, 300), p=(g.plate(), "LICENSE_PLATE"), r=proto(g))
    doc.f("cliente: pode mandar no meu email «e»\n", e=(g.email(pas), "EMAIL_ADDRESS"))
    return doc


# --------------------------------------------------------------------------- table/form templates built from a spec

def fld(g: Gen, kind: str, p: Person | None = None) -> tuple:
    p = p or new_person(g)
    return {"nome": lambda: pname(g, p, ("full", "caps", "short", "inv")), "cpf": lambda: (g.cpf(), "BR_CPF"), "rg": lambda: (g.rg(), "BR_RG"),
            "cnh": lambda: (g.cnh(), "BR_CNH"), "pis": lambda: (g.pis(), "BR_PIS"), "cns": lambda: (g.cns(), "BR_CNS"),
            "titulo": lambda: (g.titulo(), "BR_TITULO_ELEITOR"), "dob": lambda: (g.dob(g.pick(["br", "iso"]), 1950, 2004), "DATE_OF_BIRTH"),
            "end": lambda: (g.address(), "ADDRESS"), "cep": lambda: (g.cep(), "BR_CEP"), "tel": lambda: (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
            "email": lambda: (g.email(p), "EMAIL_ADDRESS"), "placa": lambda: (g.plate(), "LICENSE_PLATE"), "ag": lambda: (g.agency(), "BANK_ACCOUNT"),
            "cc": lambda: (g.account(), "BANK_ACCOUNT"), "pix": lambda: (g.uuid(), "PIX_KEY"), "card": lambda: (g.card(g.chance(0.5)), "CREDIT_CARD"),
            "ip": lambda: (g.ip(), "IP_ADDRESS"), "crm": lambda: (g.council("CRM"), "PROFESSIONAL_ID"), "oab": lambda: (g.council("OAB"), "PROFESSIONAL_ID"),
            "coren": lambda: (g.council("COREN"), "PROFESSIONAL_ID"), "cnpj": lambda: (g.cnpj("dot", g.chance(0.3)), "BR_CNPJ"),
            "valor": lambda: V(brl(money(g, 20, 4800))), "prefixo": lambda: V(str(g.ri(1, 320))), "proto": lambda: V(proto(g)),
            "cid": lambda: V(g.pick(CIDS)), "data": lambda: V(g.date()), "alvara": lambda: V(alvara(g)), "renavam": lambda: V(renavam(g)),
            "neg": lambda: V(g.neg_cpf(g.chance(0.5)))}[kind]()


def make_table(title: str, cols: list[tuple[str, str]], nrows: tuple[int, int], intro: str = "", outro: str = ""):
    """A template: a title, an intro sentence, a table in one of several layouts (rows of gold fields), an outro."""
    def tpl(g: Gen) -> Doc:
        doc = Doc()
        coop = g.pick(COOPS)
        doc.t(title.replace("{coop}", coop[0]) + "\n")
        if intro:
            doc.t(intro.replace("{coop}", coop[0]).replace("{law}", g.pick(LAWS)).replace("{date}", g.date()) + "\n")
        doc.t("\n")
        rows = []
        for _ in range(g.ri(*nrows)):
            p = new_person(g)
            rows.append([fld(g, k, p) for _, k in cols])
        style = g.pick(["plus", "psql", "plain", "md", "pipe", "csv", "csv;", "tsv"])
        if style.startswith("csv") or style == "tsv":
            table_csv(doc, [c for c, _ in cols], rows, {"csv": ",", "csv;": ";", "tsv": "\t"}[style])
        else:
            table_ruled(doc, [c for c, _ in cols], rows, style)
        resp = new_person(g)
        doc.f("\n" + (outro or "Responsável: «n»") + "\n", n=pname(g, resp), w=word_neg(g), p=proto(g), e=(corp_mail(resp, coop[1], g), "EMAIL_ADDRESS"),
              r=V(role_mail(g, coop[1])), c=fld(g, "crm"), o=fld(g, "oab"))
        return doc
    tpl.__doc__ = title
    return tpl


def make_form(title: str, fields: list[tuple[str, str]], body: str, layouts=("colon", "dots", "box", "caps"), caps: bool = False, ocr_scan: bool = False):
    """A template: a title, a form of gold fields in one of four layouts, then a paragraph with «keys» (n: a second person)."""
    def tpl(g: Gen) -> Doc:
        doc = Doc()
        coop = g.pick(COOPS)
        p = new_person(g)
        t = title.replace("{coop}", coop[0])
        doc.t((fold(t).upper() if caps else t) + "\n\n")
        fs = [(ocr(k, g) if ocr_scan else k, fld(g, kind, p)) for k, kind in fields]
        kv_block(doc, fs, g.pick(list(layouts)))
        q, s = new_person(g), new_person(g)
        txt = body.replace("{coop}", coop[0]).replace("{law}", g.pick(LAWS)).replace("{cid}", g.pick(CIDS)).replace("{uf}", g.pick(UFS))
        if ocr_scan:
            txt = ocr_t(txt, g, 0.2)
        if caps:
            txt = caps_t(txt)
        doc.t("\n")
        doc.f(txt + "\n", n=pname(g, q, ("full", "caps", "short", "first")), s=pname(g, s, ("full", "caps", "nick")), k=V(nick(g, q)), w=word_neg(g),
              p=proto(g), j=cnj_of(g, g.pick(sorted(CNJ_SEG))), d=g.date(), c=fld(g, "crm"), o=fld(g, "oab"), cf=fld(g, "cpf", q), pl=fld(g, "placa"),
              t=fld(g, "tel", q), e=fld(g, "email", q), a=fld(g, "end"), b=(g.dob("long", 1940, 2004), "DATE_OF_BIRTH"), v=brl(money(g, 40, 90000)),
              x=V(g.neg_cpf()), r=V(role_mail(g, coop[1])), ip=fld(g, "ip"), cn=fld(g, "cnpj"), ce=fld(g, "coren"), al=alvara(g))
        return doc
    tpl.__doc__ = title
    return tpl


AT = [at_zap_central, at_ficha_cooperado, at_stt_achados,
      make_form("Re: reclamação corrida — {coop}", [("De", "email"), ("Passageiro", "nome"), ("Telefone", "tel"), ("Motorista (prefixo)", "prefixo"), ("Placa", "placa")],
                "> Bom dia, sou «n», peguei o táxi na «a» e fui cobrado a mais. Meu CPF «cf», contato «t».\nResposta de «s» (ouvidoria, «r»): o motorista «k» será ouvido; protocolo «p». X-Originating-IP: «ip»\n«w»"),
      make_table("Escala do ponto — {coop}", [("motorista", "nome"), ("placa", "placa"), ("celular", "tel"), ("cnh", "cnh"), ("prefixo", "prefixo")], (5, 9),
                 "Escala da semana de {date} (Ponto da Rodoviária / Ponto da Matriz).", "Fiscal do ponto: «n» — reclamações: «r»\n«w»"),
      make_form("Secretaria Municipal de Mobilidade — cadastro de condutor auxiliar de táxi", [("Nome", "nome"), ("CPF", "cpf"), ("RG", "rg"), ("CNH", "cnh"), ("Nascimento", "dob"),
                 ("Endereço", "end"), ("CEP", "cep"), ("Título de eleitor", "titulo"), ("Telefone", "tel")],
                "Permissionário: «s», alvará «al», veículo placa «pl». Curso de condutor conforme {law}. Conferido por «n» em «d».", ocr_scan=True),
      make_table("export tickets app TaxiJá", [("passageiro", "nome"), ("email", "email"), ("ip", "ip"), ("fone", "tel"), ("ticket", "proto"), ("valor", "valor")], (4, 8),
                 "", "Atendente: «n» | fila: «r»")]

JU = [make_form("EXCELENTÍSSIMO SENHOR DOUTOR JUIZ DE DIREITO — AÇÃO DE NULIDADE DE EXCLUSÃO DE COOPERADO contra {coop}", [("Autor", "nome"), ("CPF", "cpf"), ("RG", "rg"),
                 ("Endereço", "end"), ("CEP", "cep"), ("E-mail", "email")],
                "O autor, taxista cooperado há 14 anos, foi excluído sem defesa em assembleia de «d», em afronta à {law}. Testemunha: «n», CPF «cf». Nestes termos, p. deferimento.\n«s» — «o»\nProcesso «j».", caps=False),
      make_form("BOLETIM DE OCORRENCIA — ROUBO A TAXISTA", [("Vitima", "nome"), ("CPF", "cpf"), ("Nascimento", "dob"), ("Endereco", "end"), ("Telefone", "tel"), ("Placa do taxi", "placa")],
                "A vitima relata que embarcou passageiro na «a» que anunciou o assalto ({law}). Suspeito conhecido como «k». Testemunha «n», CPF «cf», tel «t». Delegado: «s». BO «p».", caps=True),
      make_form("CONTRATO DE CESSÃO DE USO DE VEÍCULO DE ALUGUEL (TÁXI) A CONDUTOR AUXILIAR", [("Permissionário", "nome"), ("CPF", "cpf"), ("CNH", "cnh"), ("Endereço", "end"), ("Placa", "placa")],
                "Auxiliar: «n», CPF «cf», telefone «t», residente na «a». Diária de R$ «v», alvará «al», nos termos da {law}. Testemunha: «s».\nData: «d»."),
      make_form("Requerimento de transferência de permissão de táxi aos herdeiros — {coop}", [("Falecido", "nome"), ("CPF do falecido", "cpf"), ("Nascimento", "dob"), ("Placa", "placa")],
                "Requerente: «n», filha, CPF «cf», nascida em «b», e-mail «e». Alvará «al». Advogado «s», «o». Inventário processo «j»."),
      make_form("TERMO DE AUDIÊNCIA — JUIZADO ESPECIAL CÍVEL", [("Reclamante", "nome"), ("CPF", "cpf"), ("Telefone", "tel"), ("Advogado", "oab")],
                "Reclamada: {coop}, CNPJ «cn», preposto «s». Processo «j». Acordo de R$ «v» a ser pago em 10 dias. Conciliadora: «n». Corrida em que o taxímetro marcou valor indevido (protocolo «p»)."),
      make_form("PROCURAÇÃO — isenção de IPI/ICMS para taxista", [("Outorgante", "nome"), ("CPF", "cpf"), ("RG", "rg"), ("Endereço", "end"), ("CEP", "cep"), ("Título", "titulo")],
                "Outorgado: «n», CPF «cf», despachante, para requerer isenção nos termos da {law} junto à Receita Federal e à concessionária. Alvará «al». Data «d».", caps=True),
      make_form("Recurso à JARI — identificação de condutor", [("Proprietário", "nome"), ("CPF", "cpf"), ("Placa", "placa"), ("RENAVAM", "renavam")],
                "Condutor no momento da infração: «n», CNH informada, CPF «cf», telefone «t». O veículo é táxi do prefixo cedido ao auxiliar ({law}). Auto de infração «p»; CPF errado no auto («x») deve ser corrigido.", ocr_scan=True)]

SA = [make_table("Clínica Prudente SST — exames para renovação de CNH EAR e toxicológico ({coop})", [("nome", "nome"), ("cpf", "cpf"), ("nasc", "dob"), ("cns", "cns"), ("resultado", "cid")], (5, 9),
                 "Lote do convênio com a {coop}. Datas de coleta a partir de {date}.", "Médico responsável: «n» «c»"),
      make_form("SAMU 192 — ficha de atendimento pré-hospitalar", [("Vítima", "nome"), ("Nascimento", "dob"), ("CNS", "cns"), ("Telefone familiar", "tel")],
                "Colisão entre táxi placa «pl» e moto; vítima condutor do táxi. CID {cid}. Médico regulador «s» «c». Enfermeira «n» «ce». Ocorrência «p»."),
      make_form("Conversa do WhatsApp — agendamento clínica", [("taxista", "nome"), ("zap", "tel"), ("cpf", "cpf")],
                "clinica: bom dia «k», exame toxicologico dia «d» 7h, leva cnh e comprovante. recepção «n»\n«w»", layouts=("colon",)),
      make_form("PRONTO-SOCORRO MUNICIPAL — FICHA DE ATENDIMENTO", [("Paciente", "nome"), ("Nascimento", "dob"), ("CNS", "cns"), ("CPF", "cpf"), ("Endereço", "end")],
                "Taxista vítima de assalto com agressão. HD: {cid}. Acompanhante «n», tel «t». Plantonista «s» «c». Notificação «p».", ocr_scan=True),
      make_table("Vacinação na sede da {coop}", [("cooperado", "nome"), ("cns", "cns"), ("nascimento", "dob"), ("vacina", "data")], (6, 10),
                 "Campanha da UBS em {date}.", "Vacinadora: «n» «c»"),
      make_form("LAUDO MÉDICO — pessoa com deficiência (isenção e gratuidade de táxi adaptado)", [("Paciente", "nome"), ("CPF", "cpf"), ("Nascimento", "dob"), ("CNS", "cns")],
                "CID G80.9 / {cid}. Paciente depende de acompanhante («n»). Conforme {law}. Médico: «s», «c». Data «d»."),
      make_table("plano_saude_cooperados_{coop}", [("titular", "nome"), ("cpf", "cpf"), ("nascimento", "dob"), ("email", "email"), ("celular", "tel")], (5, 9),
                 "", "Enviado por «n» (cadastro: «r»)")]

FI = [make_table("Repasse mensal aos cooperados — {coop}", [("cooperado", "nome"), ("cpf", "cpf"), ("agência", "ag"), ("conta", "cc"), ("líquido", "valor")], (6, 10),
                 "Competência {date}. Vouchers faturados menos taxa administrativa.", "Tesoureiro: «n» — «e»"),
      make_table("Faturamento de vouchers corporativos — {coop}", [("passageiro", "nome"), ("e-mail", "email"), ("voucher", "proto"), ("valor", "valor")], (5, 9),
                 "Cliente: Construtora Aurora Ltda. Período até {date}.", "Faturista: «n» | «r»"),
      make_table("Mensalidades em atraso — {coop}", [("cooperado", "nome"), ("cpf", "cpf"), ("telefone", "tel"), ("em aberto", "valor"), ("ref", "proto")], (5, 9),
                 "Relação para a assembleia de {date} ({law}).", "Cobrança: «n»\n«w»"),
      make_form("RECIBO DE CORRIDA — {coop}", [("Passageiro", "nome"), ("CPF", "cpf"), ("Cartão", "card"), ("Placa", "placa")],
                "Recebi de «n» a importância de R$ «v» referente a corrida com bandeira 2. Motorista «s», prefixo «k». Ref. «p»."),
      make_form("Proposta de financiamento — veículo táxi com isenção", [("Proponente", "nome"), ("CPF", "cpf"), ("Nascimento", "dob"), ("CNH", "cnh"), ("Endereço", "end"),
                 ("CEP", "cep"), ("Celular", "tel"), ("E-mail", "email"), ("Agência", "ag"), ("Conta", "cc")],
                "Renda declarada R$ «v». Avalista «n», CPF «cf». Gerente «s». Proposta «p»."),
      make_form("Extrato de cota-parte — desligamento de cooperado ({coop})", [("Cooperado", "nome"), ("CPF", "cpf"), ("PIS", "pis"), ("Chave Pix", "pix")],
                "Saldo de cotas R$ «v» a devolver em 12 parcelas ({law}). Conferido por «n», contador. «w»"),
      make_form("Contestação de Pix — {coop}", [("De", "email"), ("Cooperado", "nome"), ("Chave aleatória", "pix"), ("Agência", "ag"), ("Conta", "cc")],
                "O repasse de «d» foi para chave errada. Favorecido indevido: «n», CPF «cf». Acesso do IP «ip». Atendimento «p» — «s».")]

TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}
CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN11 = re.compile(r"(?<![\d.\-/])(\d[\d.\-]{9,14}\d)(?![\d]|[.\-/]\d)")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")
PLATE_RE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2})(?![A-Za-z0-9])")
ROLE_RE = re.compile(r"(%s)@" % "|".join(ROLE_BOXES), re.I)
SPOKEN = {w: str(i) for i, w in enumerate(NUM_WORDS)}
SPOKEN["meia"] = "6"


def bad_run(s: str) -> bool:
    """True when a CPF-, PIS-, CNH-, título-, CNS- or card-shaped run in s passes its check (used to draw hard negatives)."""
    for m in CPF_LIKE.finditer(s):
        if cpf_ok(re.sub(r"\D", "", m.group(1))):
            return True
    for m in RUN11.finditer(s):
        raw = re.sub(r"\D", "", m.group(1))
        if len(raw) == 11 and (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10] or cnh_dv(raw[:9]) == raw[9:]):
            return True
    for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", s):
        v = m.group(0)
        if 1 <= int(v[8:10]) <= 28 and titulo_dv(v[:8], v[8:10]) == v[10:]:
            return True
    if any(cns_ok(m.group(0)) for m in RUN15.finditer(s)):
        return True
    if PLATE_RE.search(s):
        return True
    return any(luhn_ok(re.sub(r"\D", "", m.group(0))) for m in RUN16.finditer(s))


def is_public(addr: str) -> bool:
    """Globally routable (not private RFC 1918, CGNAT, loopback, link-local, ULA...)."""
    try:
        return ipaddress.ip_address(addr).is_global
    except ValueError:
        return False


def digits_of(v: str) -> str:
    return re.sub(r"\D", "", re.sub(r"[a-z]+", lambda m: SPOKEN.get(m.group(0), m.group(0)), v))


def check(record: dict) -> None:
    text, last = record["text"], 0
    rid = record["id"]
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (rid, s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (rid, s, v)
        last = s["end"]
        lab = s["label"]
        digits = digits_of(v)
        if lab == "BR_CPF":
            assert cpf_ok(digits), (rid, v)
        elif lab == "CREDIT_CARD":
            assert len(digits) in (15, 16) and luhn_ok(digits), (rid, v)
        elif lab == "BR_CNS":
            assert cns_ok(digits), (rid, v)
        elif lab == "BR_CNPJ":
            raw = re.sub(r"[^0-9A-Z]", "", v)
            assert len(raw) == 14 and cnpj_dv(raw[:12]) == raw[12:], (rid, v)
        elif lab == "BR_PIS":
            assert len(digits) == 11 and pis_dv(digits[:10]) == digits[10], (rid, v)
        elif lab == "BR_CNH":
            assert len(digits) == 11 and cnh_dv(digits[:9]) == digits[9:], (rid, v)
        elif lab == "BR_TITULO_ELEITOR":
            assert len(digits) == 12 and titulo_dv(digits[:8], digits[8:10]) == digits[10:], (rid, v)
        elif lab == "BR_RG":
            raw = re.sub(r"[^0-9X]", "", re.sub(r"[a-z]+", lambda m: SPOKEN.get(m.group(0), m.group(0)), v))
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (rid, v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (rid, v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (rid, v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|eng|vigilante|brigadista|sd)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_|:()]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_RE.match(v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert PLATE_RE.fullmatch(v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(?i)(CRM|COREN|OAB|CRC|CREA|CREFITO|CRP|CRESS)(?![A-Za-z])", v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    for m in CPF_LIKE.finditer(text):
        if free(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, m.group(1))
    for m in re.finditer(r"(?<![\w:])2[0-9a-f]{3}:[0-9a-f:]+(/\d+)?", text):
        if free(m):
            assert m.group(1), (rid, m.group(0))
    for m in IPV4.finditer(text):
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, m.group(0))
    for m in RUN11.finditer(text):
        raw = re.sub(r"\D", "", m.group(1))
        if free(m) and len(raw) == 11:
            assert pis_dv(raw[:10]) != raw[10] and cnh_dv(raw[:9]) != raw[9:], (rid, m.group(1))
    for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", text):
        v = m.group(0)
        if free(m) and 1 <= int(v[8:10]) <= 28:
            assert titulo_dv(v[:8], v[8:10]) != v[10:], (rid, v)
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, m.group(0))
    for m in PLATE_RE.finditer(text):
        assert not free(m), (rid, m.group(0))
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if free(m):
            assert ROLE_RE.match(m.group(0)), (rid, m.group(0))


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        assert len(funcs) == 7, domain
        for index, func in enumerate(funcs):
            for copy in range(10):
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: s["start"])
                record = {"id": f"{domain}-{index}-{copy}", "domain": domain, "text": doc.text, "spans": spans}
                check(record)
                records.append(record)
    return records


def rare_share(records: list[dict]) -> float:
    """Share of PERSON name words (particles left out) that are rare or invented; a word of a common name never counts."""
    total = rare = 0
    common = {fold(w).lower() for name in COMMON_F + COMMON_M + PT_SUR + WORD_F + WORD_M + WORD_SUR + SUFFIXES
              for w in re.findall(r"[\w'-]+", name)}
    folded = {fold(w).lower() for name in RARE for w in re.findall(r"[\w'-]+", name)} - common
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
    print("hundredthirtythird", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
