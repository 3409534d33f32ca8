"""Build the hundred-and-twentieth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredtwentieth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 12020, 280 records: 4 domains x 7 templates x 10 copies.

Register: CIRCUSES, THEATRE COMPANIES AND LIVE-SHOW PRODUCTION -- travelling circuses (all of them
animal-free: artists, riggers and tent crews, the tent's municipal permit, the fire brigade's AVCB,
the engineer's ART, the convoy of trucks and motorhomes), theatre companies and cultural centres,
show producers, ticket offices and ticketing platforms, stage technicians (the DRT registration of
artists and technicians), cultural incentive projects (Lei Rouanet, ProAC, LIC/RS, the Minas law,
Paulo Gustavo, PNAB) with their sponsors and suppliers, and ECAD music rights. Every circus,
company, venue, producer, platform, sponsor, supplier, clinic, project, show, song and bot is
invented (Circo Estrela Dalva, Gran Circo Leão Branco, Circo Irmãos Prudente, Circo Aurora
Itinerante, Circo Flor do Sertão, Grande Circo Bento Rosário, Circo Vitória Mágica, Circo Lua Cheia;
Cia. Teatral Luz de Candeia, Companhia Rosa dos Ventos de Teatro, Trupe Amado Riso, Coletivo Ribalta
Nova, Cia. Quintal de Lona, Grupo Teatral Candeeiro Aceso, Cia. Mambembe Serena; Teatro Glória
Prudente, Centro Cultural Vila Serena, Teatro Celeste Amado, Cine-Teatro Aurora, Casa de Cultura
Esperança...; Palco Vivo Produções, Bento & Leal Produções Culturais, Ribalta Serena Eventos, Lona
Cheia Produções, Aurora Cênica Produções, Trapézio Produções Artísticas; the platforms PlateiaPass,
Bilheto, LonaTicket, Camarote Digital, Fila Zero Ingressos; sponsors Laticínios Serra Branca,
Cooperativa Agroaurora, Supermercados Bom Bento...; clinics Clínica do Movimento Serena, Núcleo
Bento de Medicina Esportiva, MedCirco Saúde Ocupacional, Fonoclínica Voz Celeste...; the shows
"Luz do Picadeiro", "Aurora na Lona", "Bento e a Lua", "O Leão Que Não Rugia", "Os Sapatos de
Amado"...; the bots Lumi, Ribaltinha, Aurora, Estrelinha, Cortina), and so is every person.
Layouts: WhatsApp exports (Android and iOS stamps in two date styles, senders by number or by name,
"Você", the ticket office as a party, lower-case crew chat), a site chat transcript, forms ("Campo:
valor", dotted leaders, ruled boxes, capitals), CSV (semicolon and comma, first_name/last_name
split sometimes), +---+ / psql / pipe / Markdown / blank-aligned tables, JSON lines, e-mails with
quoted replies and X-Originating-IP, a speech-to-text call (lower case; CPF, phone, CEP, RG and a
birth date spoken in groups or in words, "meia" for six) with the typed record, legal pieces, an
ALL CAPS accident report sometimes OCR'd with the usual misreadings, a first-aid log sometimes in
capitals, a fixed-width per diem sheet, e-signature logs.
- atendimento: (0) a ticket office's customer chat (WhatsApp export or site transcript: the bot, an
  attendant; order number, a mistyped CPF corrected, name and e-mail, a new phone; refund by card,
  Pix key of any kind or a spouse's account, half-price for an elder with the birth date and RG, a
  student's birth date, tickets passed to a friend with CPF and mobile, a wheelchair user's
  companion with CPF; the office's random Pix key for an upgrade); (1) a touring crew's WhatsApp
  group (call times, van and truck plates with drivers, the hotel's rooming list with CPF, RG or
  birth date, a mistyped CPF, a new number, the insurer asking the driver's CNH and CPF, the cook's
  Pix key, an agency and account for the per diem, who runs the dressing room); (2) a ticketing
  platform's LGPD portal request (CPF, birth date, e-mail, mobile, address and CEP sometimes, the
  sender's IP) and the DPO's reply (corporate e-mail, purchases with masked cards, account logins
  with public IPs and the box office's private IP, a corrected birth date or the phone put on the
  opt-out list); (3) a speech-to-text call about a lost item at a theatre (CPF, phone, birth date,
  the relative's RG spoken, an address and CEP for the post) and the typed lost-and-found record
  (the RG found in the wallet, the usher by name or not, the attendant or her login); (4) an
  audition sign-up form (full and stage name, birth date, CPF, RG, DRT or "em andamento (SATED)",
  mobile, e-mail, the Instagram handle, address, CEP; a minor's guardian with CPF and phone; the
  emergency contact; sometimes the online form's IP; the panel's note); (5) a venue's accreditation
  list for a show (name or first_name/last_name, function, CPF, RG, CNH or masked CPF, mobile,
  company, parking plate, credential number; suppliers at the dock with CNPJ, truck plate and
  driver; the person in charge); (6) a fan's complaint e-mail (delay, an obstructed seat, the
  accessible place taken, a clown pulling a child on stage) quoted under the producer's answer
  (X-Originating-IP, CPF, the companion's CPF, a card number or Pix key or account for the refund,
  sometimes an address and CEP, the house manager).
- juridico: (0) an artist's service contract (the producer's CNPJ and partner qualified, the artist
  qualified with stage name, DRT, e-mail, sometimes the MEI's CNPJ and birth date; the fee to an
  agency and account; witnesses with CPF; e-signature log with e-mails and IPs); (1) a child
  artist's judicial authorisation under the ECA (CNJ number, the mother and sometimes the father
  qualified, the child with birth date, sometimes CPF and a stage name, the producer's CNPJ, the
  psychologist's CRP and the physician's CRM, the companion with CPF, the savings account, the
  prosecutor and the judge); (2) a stagehand's labour claim (PIS, often título and birth date,
  CTPS, the circus's and the producer's CNPJ, the foreman and his nickname and WhatsApp, salary paid
  by Pix to the CPF, witnesses with CPF and phone, lawyers with OAB); (3) an accident report at the
  tent in ALL CAPS, OCR'd in some copies (the artist qualified with stage name, birth date, RG, CPF,
  address, CEP, phone; the rigger; the ambulance's plate and the rescuer's COREN; witnesses; the
  engineer's CREA and the ART; the director's CPF); (4) an ECAD notice (the notified company's CNPJ
  and representative's CPF, the works with ISWC and composers, the boleto, the collection agent's
  phone and e-mail) and the producer's lawyer's reply (the company musician's CPF, OAB, phone);
  (5) a municipal permit process for the circus (the owner qualified, the engineer's CREA, the
  electrician's CPF, AVCB and policy numbers, the convoy's vehicles with plates, drivers and CNH,
  the inspector, the secretary); (6) hearing minutes (labour court or small claims: judge or
  conciliator, the plaintiff's CPF, sometimes PIS and título, lawyers with OAB, the company's CNPJ
  and representative's CPF, a witness with RG and CPF, the settlement paid to an agency and account,
  to the lawyer's account or to a random Pix key).
- saude: (0) an acrobat's injury record at a sports clinic (stage name, birth date, CPF, CNS, phone,
  address, CEP, the companion's phone, the physiotherapist's CREFITO, the physician's CRM, sometimes
  the producer's e-mail); (1) a circus's first-aid log over a season (the nursing technician's
  COREN; audience children with ages and a parent's phone, elders, artists by stage name, an adult
  with birth date and CPF, a removal by ambulance with plate, birth date and RG); (2) an ASO of a
  technician working at height (the clinic's and the employer's CNPJ, CPF, RG, birth date, NIT, the
  examiner's and the PCMSO coordinator's CRM) and the rigging crew's ASO list; (3) a speech
  therapist's notes on an actor (birth date, CPF, phone, e-mail, address, CEP, the ENT's CRM, the
  producer's e-mail, the therapist's CRFa); (4) sick notes sent to the producer by WhatsApp (doctors
  by name or not, CRM in any case, the understudy, a relative writing from her own number, CPF and
  CNS for the insurer, the NIT for the INSS); (5) a vaccination list of the touring crew at a UBS
  (CPF, CNS, birth date, vaccine, lot; the vaccinator's COREN; the producer's contact); (6) a sports
  medicine clinic's day agenda (the physician's CRM, the physiotherapist's CREFITO, the nutritionist's
  CRN; patients with birth date, phone, CPF or CNS; an extra slot).
- financeiro: (0) the cast's fee payments in Markdown or a ruled table (CPF or the MEI's CNPJ, NIT,
  bank, agency and account or a Pix key of any kind, INSS and ISS; the accountant's CRC); (1) the
  execution report of an incentive-law project (the proponent's CNPJ, the legal representative's
  CPF and e-mail, the linked Banco do Brasil accounts, sponsors with CNPJ, suppliers with CNPJ and
  artists with CPF, the accountant's CRC); (2) a ticketing platform's payout statement as JSON lines
  (the producer's CNPJ, the person in charge with CPF, e-mail and phone, the payout account, the
  request IP, logins with e-mails and IPs, sessions, masked chargebacks, a private webhook target);
  (3) an acquirer's chargeback CSV with full card numbers, buyers' CPF, e-mail, phone and purchase
  IP, and the analyst's note; (4) a per diem sheet in fixed width (names cut at the width, CPF, Pix
  keys, the van's plate, the driver's CNH, the tour manager's phone); (5) a freelancer's RPA receipt
  (the payer's CNPJ, CPF, PIS/NIT, RG, sometimes birth date, phone and DRT, address, CEP, INSS, ISS,
  IRRF, the account or Pix key); (6) the collection of a sponsor's unpaid instalment (e-mails with a
  quoted reply and X-Originating-IP, the sponsor's director with CPF, the project's linked account,
  the producer's random Pix key, the lawyer's OAB).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Dr.", "Dra.", "Eng.", "dona", "seu"; particles and suffixes are inside; "SURNAME, GIVEN" is one span;
first names, nicknames, lower case, ALL CAPS and OCR-damaged forms are persons, and so are names cut
at a fixed-width field, as they stand; first_name/last_name columns are one span each. Staff named
in the text are persons (attendants, producers, tour managers, directors, riggers, drivers, ushers,
house managers, DPOs, analysts, accountants, lawyers, judges, conciliators, prosecutors,
secretaries, inspectors, engineers, physicians, physiotherapists, speech therapists, nurses,
rescuers, ECAD agents), and so are artists, customers, companions, relatives, children, witnesses,
composers and a foreman known by a nickname; logins (rcondori), bots and system accounts are not.
Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (bilheteria@, dpo@, privacidade@,
lgpd@, producao@, patrocinio@, cobranca@, arrecadacao@...) are not labelled. ADDRESS is street +
number + complement of a person (the CEP is BR_CEP); companies' seats, venues and the circus's lot
("Parque de Exposições") are not labelled. Agency and account are separate BANK_ACCOUNT spans,
whoever holds them (an artist, a lawyer, a child's savings account, a project's linked account);
bank codes are not labelled. PIX_KEY only for random keys (the ticket office's and the project's
keys included); a key that is a CPF, phone or e-mail takes that label. DATE_OF_BIRTH only for births
(spoken ones included); ages ("7 anos"), show, session, admission, accident, hearing, vaccination,
due and validity dates are not. Masked CPFs and masked cards are not labelled; identifiers read out
in groups or in words are labelled like their digits.
Decisions of this set:
- DRT: the professional registration of artists and stage technicians at the labour ministry (Lei
  6.533/1978) is PROFESSIONAL_ID, written with "DRT" and the UF ("DRT/SP 12.345", "DRT-RJ 4567",
  "DRT nº 0034567/MG"); "em andamento (SATED)" and the union's name are text. PROFESSIONAL_ID also
  covers CRM, CRP, COREN, CRC, OAB, CREA (the tent's engineer), CREFITO, CRFa and CRN, always with
  the acronym and the UF or region (lower-case CRM typed in a chat included).
- Stage names of individual artists ("Tiquinho", "Lola Trapézio", "Zé Cambota", "Rosinha do Arame")
  are PERSON, one span; the role word before them ("o palhaço", "a trapezista", "o apresentador") is
  not. Companies, troupes, circuses, venues and shows are not persons, nor are titles of shows and
  songs ("Bento e a Lua", "Valsa para Bento", "Os Sapatos de Amado") or characters of a play
  ("personagem Mãe Celeste", "personagem Bento"); an MEI's trade name is text.
- NOT labelled: order numbers (some are 11-digit runs drawn to fail every check), ticket and QR
  codes, credential and wristband numbers, seat numbers, student-ID (DNE) codes, Instagram handles,
  PRONAC/ProAC/LIC/LEIC numbers, contract and notice numbers, ISWC codes, ECAD price-table items,
  boleto lines, ART, AVCB and insurance-policy numbers, municipal process numbers and inspectors'
  matrículas, CTPS, CNJ numbers, vaccine lots, health-plan card numbers, acquirer reason codes, NSU,
  invoice and RPA numbers, CBO codes, envelope ids of e-signature logs.
- LICENSE_PLATE: every plate is labelled (vans, trucks, trailers, motorhomes, the generator truck,
  the ambulance, cars at the venue's parking), old and Mercosul forms; the script checks that no
  plate-shaped token stands outside the spans.
- NIT and PIS/PASEP are one number: BR_PIS. A full card number in a complaint or in the acquirer's
  export is CREDIT_CARD. A chat sender by name is PERSON, by number PHONE_NUMBER; "Você", the ticket
  office, the platform and the bots are not labelled. Companies' central lines (0800, 4003) are
  not labelled; a person's work phone in a signature is. Private IPs (a box-office terminal, a
  webhook target) are not labelled.

Names: Brazilian names of many origins (Portuguese common, north-eastern and old-fashioned, coined,
Italian, German, Ukrainian and Mongolian acrobats, Cuban, Japanese, Lebanese, Korean, Chinese,
Haitian, Angolan, Senegalese, Cape Verdean, indigenous, Jewish, Bolivian, Paraguayan, Venezuelan,
circus-family surnames), rare or invented name words well above a quarter (main() prints the
share; coined stage names count as invented). Names that are also words (Rosa, Luz, Flor, Vitória,
Aurora, Celeste, Estrela, Esperança, Lua, Bento, Prudente, Amado, Leão, Branco, Justo, Sereno...)
are names here and, elsewhere, words, circuses, companies, venues, shows, bots and places, not
persons ("a luz do refletor 3", "foi uma vitória montar a lona", "seria prudente reforçar as
estacas", "a lona branca", "Gran Circo Leão Branco", "Teatro Glória Prudente", "Trupe Amado Riso",
"Presidente Prudente", "Rua Bento Gonçalves", the show "Aurora na Lona", the bot Aurora).

Hard negatives: CNJ numbers, mistyped CPFs (checked to fail), order and protocol numbers, ISWC and
PRONAC numbers, boleto lines, ART and AVCB numbers, ICD-10 codes (S43.0, S93.4, S62.6, M75.1, R49.0,
J38.2, J11, B34.2, S52.5, S82.1...), CBO codes, money, laws and rules (Lei 8.313/1991, Lei
9.610/1998, Lei 6.533/1978, Lei 8.069/1990, Lei 13.709/2018, Lei 11.419/2006, LC 195/2022, NR-35,
NR-10, arts. 467 and 477 of the CLT, Súmula 378 do TST), companies, schools and streets named after
people or words, non-birth dates, ages, private IPs; the script checks CPF-, PIS-, CNH-, título-,
CNS-, card- and plate-shaped runs outside the spans.
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
DIA_PT = ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"]
NUM_WORDS = ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools, CIRCUS_SUR, the coined stage names and the foreign pools named in RARE_ORIGINS hold
# regional, old-fashioned, coined or foreign name words that are not in the common Brazilian name
# lists; main() prints their share among the PERSON words.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline", "Sandra",
            "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Mariana", "Gabriela", "Luciana", "Vanessa", "Luana", "Tatiane",
            "Raquel", "Cristiane", "Simone", "Ana Paula", "Larissa", "Maria Eduarda", "Rita", "Priscila", "Carla", "Débora",
            "Beatriz", "Renata", "Natália", "Carolina", "Thaís", "Sônia", "Helena", "Isabela", "Lívia", "Júlia"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael",
            "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego", "Anderson", "Leandro",
            "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Sérgio", "Vinícius", "Roberto", "Jorge",
            "Henrique", "Guilherme", "Leonardo", "Caio", "Fernando", "Márcio", "Otávio", "Miguel", "Arthur"]
RARE_F = ["Rosenilda", "Zelândia", "Odaléia", "Ednelza", "Jucilene", "Francimar", "Ilzamar", "Marinalva", "Valdelice",
          "Cleonice", "Genilda", "Doralice", "Zulmira", "Eulália", "Hermínia", "Deolinda", "Iranildes", "Claudinéia", "Gessy",
          "Kailane", "Ketlyn", "Yasmyn", "Thamyres", "Raíssa Kauane", "Lurdilene", "Zenaíde", "Rozimeire", "Anaíldes", "Jurema",
          "Iracema", "Edileusa", "Marilac", "Nazinha", "Quitéria", "Brasilina", "Joanice", "Nilzete", "Sirlândia", "Adélia Maria",
          "Laudelina", "Mirtes", "Elzimar", "Kethllen", "Ruthinéia", "Domitila"]
RARE_M = ["Adamastor", "Hermógenes", "Deoclécio", "Ubaldino", "Crispiniano", "Gumercindo", "Nerivaldo", "Waldecy", "Claudionor",
          "Dorivaldo", "Sinfrônio", "Lucivaldo", "Eronildes", "Gerinaldo", "Joscelino", "Valdomiro", "Deusimar", "Jadiel",
          "Kelvyn", "Wesley Kauã", "Maxsuel", "Tarcísio", "Odorico", "Anacleto", "Epaminondas", "Teotônio", "Leovigildo",
          "Rosalvo", "Zózimo", "Arquimedes", "Belchior", "Cirilo", "Dagoberto", "Eliomar", "Genésio", "Isaltino", "Jocimar",
          "Lindolfo", "Nestório", "Osmarino", "Quintino", "Ronivon", "Sandoval", "Ueliton", "Wanderlan"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Pérola", "Esperança", "Dália", "Jasmim", "Bela",
          "Alegria", "Lua", "Serena", "Maria da Luz", "Rosa Maria", "Graça", "Glória", "Açucena", "Violeta", "Margarida"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Leão", "Sereno", "Constante", "Salvador", "Fortunato",
          "Pacífico", "Modesto", "Vitório", "Severo", "Benigno", "Jubileu", "Tranquilino"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida", "Nascimento",
          "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes", "Freitas", "Cardoso",
          "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo", "Cavalcante", "Monteiro",
          "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Castro", "Azevedo", "Machado", "Xavier", "Farias"]
RARE_SUR = ["Sarapião", "Tamarindo", "Jatobá Leite", "Mangueira", "Quintanilha", "Sabiá", "Teodoro Vaz", "Furquim", "Nóbrega Sales",
            "Cotrim", "Alencastro", "Vilanova Brum", "Guedelha", "Parreira", "Ruas Marinho", "Moscoso", "Arcoverde", "Pimentel Brás",
            "Fagundes Paim", "Tinoco", "Pestana", "Espínola", "Landim", "Lustosa", "Bocaiúva", "Jurubeba", "Carapeba", "Aroeira",
            "Caldas Marinho", "Capistrano", "Benevides", "Meirelles Paiva", "Cantuária", "Paixão Brito", "Sertório", "Umbelino",
            "Valadão", "Rebouças Lima", "Mascarenhas", "Gondim", "Alcântara Seixas", "Frutuoso", "Bacelar", "Anchieta Brum"]
CIRCUS_SUR = ["Stankowich", "Pierotti", "Malavolta", "Zanchettin", "Berdinazzi", "Savalla", "Tirabassi", "Rangeloff", "Mirowski",
              "Dimitrescu", "Sbano", "Gruss Lacerda", "Olimecha", "Vasconi", "Orlandini", "Kaluzny", "Temperani", "Bellucci Vaz"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo", "Neves",
            "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Bonfim", "Guerra", "Leal", "Ramos", "Salvador", "Forte",
            "Pedreira", "Coelho", "Pinheiro", "Viana", "Rios", "Cordeiro", "Palmeira"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha", "Luiz": "Lula",
        "Rafael": "Rafa", "Gabriel": "Biel", "Bento": "Bentinho", "Rosa": "Rosinha", "Vinícius": "Vini", "Guilherme": "Gui",
        "Henrique": "Rick", "Pedro": "Pedrão", "João": "Joãozinho", "Eduardo": "Dudu", "Beatriz": "Bia", "Larissa": "Lari",
        "Natália": "Nati", "Fernanda": "Nanda", "Mariana": "Mari", "Leonardo": "Léo", "Maria Eduarda": "Duda", "Luz": "Luzinha",
        "Maria da Luz": "Luzinha", "Graça": "Gracinha", "Salvador": "Dodô", "Fortunato": "Tato", "Adamastor": "Tatá",
        "Hermógenes": "Mogé", "Deoclécio": "Cleco", "Gumercindo": "Cindo", "Claudionor": "Nonô", "Sinfrônio": "Fon",
        "Lucivaldo": "Luci", "Joscelino": "Celinho", "Valdomiro": "Miro", "Epaminondas": "Mina", "Teotônio": "Teo",
        "Zózimo": "Zoca", "Rosenilda": "Nilda", "Odaléia": "Léa", "Jucilene": "Juci", "Marinalva": "Nalva",
        "Cleonice": "Nice", "Doralice": "Dora", "Zulmira": "Mira", "Hermínia": "Mimi", "Iracema": "Cema", "Quitéria": "Téia",
        "Domitila": "Titila", "Gessy": "Gê", "Anacleto": "Cleto", "Genésio": "Gene", "Lindolfo": "Dodô", "Quintino": "Tino",
        "Tranquilino": "Quilino", "Jubileu": "Bilu", "Alegria": "Legria", "Esperança": "Pepê", "Carolina": "Carol",
        "Isabela": "Bela", "Roberto": "Beto", "Fernando": "Nando", "Arthur": "Tuca", "Miguel": "Migué"}
FOREIGN = {
    "it": (["Gemma", "Assunta", "Carmela", "Ornella"], ["Vittorio", "Ettore", "Primo", "Battista"],
           ["Tomasoni", "Pasqualotto", "Zanella", "Dal Molin", "Brambilla", "Boscardin", "Tessaro", "Ceccon"]),
    "de": (["Ilse", "Frieda", "Hedwig", "Gerda"], ["Helmut", "Lothar", "Egon", "Arno"],
           ["Bernsdorf", "Mallmann", "Schwanke", "Kretschmer", "Hoffmeister", "Pommerening", "Brandenburg Lenz", "Kuhnen"]),
    "ua": (["Oksana", "Tetiana", "Halyna"], ["Dmytro", "Bohdan", "Taras"], ["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk", "Hrytsenko"]),
    "mn": (["Oyuntsetseg", "Enkhjargal", "Solongo"], ["Batbayar", "Ganbold", "Temuulen"], ["Dashdorj", "Tserendorj", "Batsaikhan", "Ochirbat"]),
    "cu": (["Yanelis", "Yusleidy", "Odalys"], ["Yoandry", "Osmany", "Yunior"], ["Oduardo", "Fonseca Rizo", "Betancourt", "Quesada"]),
    "jp": (["Emiko", "Harumi", "Mitsuko", "Kyoko"], ["Kazuo", "Tadashi", "Shigeru", "Noboru"],
           ["Yamashiro", "Kinjo", "Taira", "Miyagi", "Shimabukuro", "Uehara", "Higa", "Nakandakari"]),
    "ar": (["Leila", "Soraya", "Yasmin", "Samira"], ["Nagib", "Assad", "Farid", "Jamil"],
           ["Abdalla", "Haddad", "Farah", "Nassif", "Rizk", "Khoury", "Chedid", "Bechara"]),
    "kr": (["Min-ji", "Eun-young", "Ha-eun"], ["Jae-won", "Hyun-woo", "Sung-min"], ["Choi", "Shin", "Han", "Yoon"]),
    "cn": (["Xiaomei", "Lihua", "Yuting"], ["Guoqiang", "Zhiwei", "Haoran"], ["Wang", "Liu", "Zhou", "Lin", "Huang"]),
    "ht": (["Mirlande", "Fabienne", "Nadège", "Guerda"], ["Wilner", "Jean-Robert", "Dieunel", "Frantz"],
           ["Saint-Fleur", "Pierre-Louis", "Célestin", "Dorvil", "Jean-Baptiste"]),
    "ao": (["Wezi", "Kiesse", "Ndalu"], ["Nkosi", "Lumbu", "Makiadi"], ["Mbala", "Kapinga", "Tshimanga", "Lukeba"]),
    "sn": (["Aminata", "Mariama", "Khady"], ["Cheikh", "Moussa", "Ousmane"], ["Fall", "Mbaye", "Thiam", "Seck"]),
    "in": (["Potyra", "Jaciara", "Araí"], ["Tupã", "Kauê", "Ubiratã"], ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaingang", "Tikuna"]),
    "jw": (["Rivka", "Shoshana", "Ester"], ["Mordechai", "Avraham", "Yossef"], ["Rosenblatt", "Wainstein", "Szterenfeld", "Gurfinkel"]),
    "bo": (["Rosmery", "Wilma", "Juana"], ["Wilfredo", "Ever", "Limber"], ["Condori", "Apaza", "Ticona", "Colque", "Quispe"]),
    "py": (["Zunilda", "Liz Mabel", "Nilda"], ["Arsenio", "Ramón", "Celso"], ["Benítez", "Ayala", "Giménez", "Cabañas"]),
    "ve": (["Yusmary", "Mariannys", "Génesis"], ["Yeferson", "Wuilmer", "Jhonder"], ["Bracho", "Villalobos", "Guaramato", "Pirela"]),
    "cv": (["Nha Djassi", "Odete"], ["Djiba", "Nelson"], ["Semedo", "Varela", "Tavares Lopes"]),
}
RARE_ORIGINS = ("ua", "mn", "cu", "kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "py", "ve", "cv")
# stage names of clowns, acrobats, magicians and singers (persons); role words before them ("o palhaço",
# "a trapezista", "o mágico", "o apresentador") are never in the span
STAGE = ["Tiquinho", "Chouriço", "Pimentinha", "Marmelada", "Serelepe", "Cacareco", "Tampinha", "Fuzarca", "Trambolho", "Bolota",
         "Espoleta", "Ziriguidum", "Farofinha", "Zuleika", "Lola Trapézio", "Kiko Malabar", "Nina Lampião", "Zé Cambota",
         "Rosinha do Arame", "Gigante Adamastor", "Tatá Bambolê", "Jujuba", "Bento Fogaréu", "Pipoca Doce", "Sabugo",
         "Xerém", "Cuscuz", "Lulu Perna-de-Pau", "Zaza Contorção", "Farelo", "Quindim", "Pitoco", "Bibelô", "Sarará"]
STAGE_F = {"Lola Trapézio", "Nina Lampião", "Rosinha do Arame", "Zuleika", "Zaza Contorção", "Farofinha", "Jujuba", "Pipoca Doce", "Lulu Perna-de-Pau"}
STAGE_M = {"Kiko Malabar", "Zé Cambota", "Gigante Adamastor", "Bento Fogaréu", "Chouriço", "Trambolho", "Sabugo", "Farelo", "Pitoco", "Cacareco"}
STAGE_COMMON = {"Zé", "Bento", "Nina", "Lola", "Kiko", "Rosinha", "Lulu", "Zaza", "Doce", "Gigante", "Adamastor"}
RARE = set(RARE_F + RARE_M + RARE_SUR + CIRCUS_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(w for s in STAGE for w in re.findall(r"[\w'-]+", s) if w not in STAGE_COMMON and w not in ("do", "de"))
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Jurema", "Iracema", "Doralice", "Cleonice", "Marinalva", "Tarcísio", "Cirilo", "Sandoval", "Belchior",
                        "Mirtes", "Hermínia", "Eulália", "Deolinda", "Genésio", "Wilma", "Juana", "Nilda", "Celso", "Ramón",
                        "Nelson", "Odete", "Ester", "Mangueira", "Parreira", "Pestana", "Benevides", "Mascarenhas", "Gondim",
                        "Capistrano", "Alencastro", "Landim", "Tinoco", "Cotrim", "Valadão", "Guedelha"])
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
STREET_NAMES = ["dos Artistas", "Picadeiro", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora", "Estrela Dalva",
                "Doutor Adamastor Furquim", "Coronel Deoclécio Sarapião", "Tiradentes", "Quinze de Novembro", "Marechal Deodoro",
                "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont", "dos Saltimbancos",
                "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Professora Zulmira Cotrim",
                "Maestro Claudionor Tinoco", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz",
                "Palhaço Carequinha", "Madre Paulina", "Pioneiro Egon Kuhnen", "Doutor Farid Haddad", "das Acácias",
                "Dom Pedro II", "da Glória", "Padre Anacleto Landim", "Vereador Lindolfo Aroeira", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas",
                "Atriz Cacilda Becker", "Bom Jesus da Lapa", "das Flores", "Cônego Sinfrônio Lustosa"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Santo André", "SP"), ("Sorocaba", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Nova Iguaçu", "RJ"), ("Belo Horizonte", "MG"),
          ("Juiz de Fora", "MG"), ("Uberlândia", "MG"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Maringá", "PR"),
          ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"), ("Santa Rosa", "RS"), ("Pelotas", "RS"), ("Florianópolis", "SC"),
          ("Blumenau", "SC"), ("Chapecó", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Feira de Santana", "BA"),
          ("Recife", "PE"), ("Caruaru", "PE"), ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Natal", "RN"),
          ("Mossoró", "RN"), ("João Pessoa", "PB"), ("Campina Grande", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"),
          ("Teresina", "PI"), ("São Luís", "MA"), ("Imperatriz", "MA"), ("Belém", "PA"), ("Santarém", "PA"), ("Manaus", "AM"),
          ("Goiânia", "GO"), ("Anápolis", "GO"), ("Brasília", "DF"), ("Campo Grande", "MS"), ("Dourados", "MS"), ("Cuiabá", "MT"),
          ("Rondonópolis", "MT"), ("Vitória", "ES"), ("Vila Velha", "ES"), ("Palmas", "TO"), ("Porto Velho", "RO"),
          ("Rio Branco", "AC"), ("Boa Vista", "RR"), ("Macapá", "AP")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores",
           "Vila Estrela", "Cidade Nova", "Glória", "Benfica", "Vila Prudente", "Tijuca", "Pituba", "Boa Viagem", "Bairro da Luz",
           "Jardim Esperança", "Santa Luzia", "Vila Operária", "Aldeota", "Savassi", "Praia do Canto", "Bixiga", "Santa Teresa"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"), ("290", "PagBank"),
         ("323", "Mercado Pago"), ("380", "PicPay"), ("041", "Banrisul"), ("004", "Banco do Nordeste")]


class Person:
    def __init__(self, given: str, surnames: list[str], female: bool, stage: str | None = None):
        self.given = given
        self.surnames = surnames
        self.female = female
        self.stage = stage

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def first(self) -> str:
        g = self.given
        if g.startswith("Maria d") or g in ("Rosa Maria", "Ana Paula", "João Pedro", "José Carlos", "Maria Eduarda", "Raíssa Kauane",
                                            "Wesley Kauã", "Adélia Maria", "Liz Mabel", "Nha Djassi"):
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

    @property
    def art(self) -> str:
        return self.stage or self.first


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
            return self.pick(CIRCUS_SUR)
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

    def artist(self, female: bool | None = None, stage_p: float = 0.5) -> Person:
        """A performer: sometimes of a circus family, sometimes with a stage name."""
        p = self.person(female=female, origin=self.pick([None, None, "ua", "mn", "cu", "it"]))
        if self.chance(0.3):
            p.surnames = [s for s in p.surnames if s not in PARTICLES][:1] + [self.pick(CIRCUS_SUR)]
        if self.chance(stage_p):
            p.stage = self.pick([s for s in STAGE if s not in (STAGE_M if p.female else STAGE_F)])
        return p

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
        if p.stage and self.chance(0.3):
            user = re.sub(r"[^a-z]", "", fold(p.stage).lower()) + self.pick(["", ".oficial", "producoes", str(self.ri(1, 99))])
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
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {n:06d}/O-{self.ri(0, 9)}", f"CRC/{uf} {dotted}", f"CRC {uf}-{n:06d}/O"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(9)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F", f"CREFITO-{self.ri(1, 18)}/{self.d(5)}-F",
                              f"CREFITO {self.ri(1, 18)} nº {self.ri(10000, 399999)}-F"])
        if kind == "CRFa":
            return self.pick([f"CRFa {self.ri(1, 8)}ª Região nº {self.ri(1000, 29999)}", f"CRFa-{self.ri(1, 8)} {self.ri(1000, 29999)}",
                              f"CRFa {self.ri(1, 8)}-{self.ri(1000, 29999)}"])
        if kind == "CRN":
            return self.pick([f"CRN-{self.ri(1, 11)} {self.ri(1000, 99999)}", f"CRN{self.ri(1, 11)} {self.ri(1000, 99999)}/P"])
        if kind == "DRT":
            return self.pick([f"DRT/{uf} {dotted}", f"DRT-{uf} {n}", f"DRT {n}/{uf}", f"DRT nº {n:07d}/{uf}", f"DRT/{uf} nº {n}"])
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


NATIONALITY = {True: ["brasileira"] * 5 + ["ucraniana", "cubana", "mongol", "argentina", "haitiana"],
               False: ["brasileiro"] * 5 + ["ucraniano", "cubano", "mongol", "argentino", "haitiano"]}
CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"],
         False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "IGP/RS", "SSP/GO", "SEJUSP/MS", "SSP/PB"]
JOBS = {True: ["artista circense", "atriz", "trapezista", "contorcionista", "produtora cultural", "bailarina", "cantora",
               "figurinista", "técnica de iluminação", "malabarista", "aramista", "cenógrafa"],
        False: ["artista circense", "ator", "acrobata", "palhaço", "produtor cultural", "músico", "técnico de som",
                "montador de lona", "maquinista de palco", "iluminador", "mágico", "rigger"]}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job=None, drt: bool = False, stage: bool = False) -> None:
    """'NAME, brasileira, solteira, atriz, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    if stage and p.stage:
        doc.t(up(", conhecid" + p.o + " artisticamente como \""))
        doc.e(p.stage.upper() if caps else p.stage, "PERSON")
        doc.t("\"")
    if isinstance(job, tuple):
        job = job[1] if p.female else job[0]
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {g.pick(CIVIL[p.female])}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        doc.t(up(", nascid" + p.o + " em "))
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", 1955, 2005), "DATE_OF_BIRTH")
    if drt:
        doc.t(up(", registro profissional "))
        doc.e(g.council("DRT"), "PROFESSIONAL_ID")
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
        doc.e(g.address("caps" if caps else "text"), "ADDRESS")
        city, uf = where or g.city()
        doc.t(up(f", {g.pick(BAIRROS)}, {city}/{uf}, CEP "))
        doc.e(g.cep(), "BR_CEP")


def lawyer_sig(g: Gen, doc: Doc, n: int = 1, email: bool = True, dom: str | None = None) -> None:
    uf = g.pick(UFS)
    for _ in range(n):
        lw = g.person()
        doc.f("«n»\n«o»\n", n=P(g.pick([lw.full, lw.caps])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
        if email and g.chance(0.6):
            doc.f("«e»\n", e=(corp_mail(lw, dom or g.pick(["culturaedireito.adv.br", "trabalhistas.adv.br", "gmail.com", "artelex.adv.br"]), g),
                             "EMAIL_ADDRESS"))
        doc.t("\n")


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


def stt_phone(g: Gen) -> str:
    ddd, local = g.msisdn()
    return g.pick([f"{ddd} {local[0]} {local[1:5]} {local[5:]}", f"{spoken_digits(ddd, g)} {spoken_digits(local, g)}",
                   f"{ddd} {local[:5]} {local[5:]}"])


def stt_dob(g: Gen) -> str:
    dd, mm, yy = g.dob_parts(1955, 2006)
    return g.pick([f"{dd} do {mm} de {yy % 100:02d}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}"])


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
    doc.f("\nREGISTRO DE ASSINATURAS ELETRÔNICAS — documento «e»\n", e=str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper())
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
TRT = {"SP": "5.02", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14",
       "TO": "5.10", "RO": "5.14", "AP": "5.08"}


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    return g.pick([c for c in CITIES if c[1] == uf])


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def fem(p: Person, m: str, f: str) -> str:
    return f if p.female else m


def date_range(g: Gen, lo: int = 3, hi: int = 90, fmt: str = "br") -> tuple[str, str]:
    d1 = g.day()
    return dbr(d1, fmt), dbr(d1 + datetime.timedelta(days=g.ri(lo, hi)), fmt)


# --------------------------------------------------------------------------- register: circuses, theatre companies, live shows

SEED = 12020
OUT_NAME = "hundredtwentieth.jsonl"

# (fantasy name, company name, domain)
CIRCOS = [("Circo Estrela Dalva", "Circo Estrela Dalva Diversões Ltda.", "circoestreladalva.com.br"),
          ("Gran Circo Leão Branco", "Leão Branco Espetáculos Circenses Ltda.", "granleaobranco.com.br"),
          ("Circo Irmãos Prudente", "Irmãos Prudente Circo e Eventos Eireli", "circoirmaosprudente.com.br"),
          ("Circo Aurora Itinerante", "Aurora Itinerante Produções Circenses Ltda.", "circoaurora.art.br"),
          ("Circo Flor do Sertão", "Flor do Sertão Artes Circenses Ltda. ME", "circoflordosertao.com.br"),
          ("Grande Circo Bento Rosário", "Bento Rosário Diversões Ltda.", "circobentorosario.com.br"),
          ("Circo Vitória Mágica", "Vitória Mágica Espetáculos Ltda.", "circovitoriamagica.com.br"),
          ("Circo Lua Cheia", "Lua Cheia Arte Circense Ltda.", "circoluacheia.com.br")]
CIAS = [("Cia. Teatral Luz de Candeia", "Associação Cultural Luz de Candeia", "luzdecandeia.org.br"),
        ("Companhia Rosa dos Ventos de Teatro", "Rosa dos Ventos Produções Teatrais Ltda.", "ciarosadosventos.art.br"),
        ("Trupe Amado Riso", "Associação Trupe Amado Riso", "amadoriso.org.br"),
        ("Coletivo Ribalta Nova", "Ribalta Nova Coletivo de Artes Cênicas", "ribaltanova.art.br"),
        ("Cia. Quintal de Lona", "Quintal de Lona Teatro e Circo Ltda.", "quintaldelona.com.br"),
        ("Grupo Teatral Candeeiro Aceso", "Associação Candeeiro Aceso de Teatro Popular", "candeeiroaceso.org.br"),
        ("Cia. Mambembe Serena", "Mambembe Serena Artes Cênicas Ltda. ME", "mambembeserena.com.br")]
VENUES = ["Teatro Glória Prudente", "Centro Cultural Vila Serena", "Teatro Celeste Amado", "Espaço Cênico Ribalta", "Teatro do Largo Branco",
          "Arena Flor de Cacto", "Teatro Municipal Bento Leal", "Cine-Teatro Aurora", "Casa de Cultura Esperança", "Teatro Estrela do Norte"]
PRODUTORAS = [("Palco Vivo Produções", "Palco Vivo Produções Artísticas Ltda.", "palcovivo.art.br"),
              ("Bento & Leal Produções Culturais", "Bento & Leal Produções Culturais Ltda.", "bentoleal.com.br"),
              ("Ribalta Serena Eventos", "Ribalta Serena Eventos e Espetáculos Ltda.", "ribaltaserena.com.br"),
              ("Lona Cheia Produções", "Lona Cheia Produções e Turnês Ltda.", "lonacheia.com.br"),
              ("Aurora Cênica Produções", "Aurora Cênica Produções Culturais Eireli", "auroracenica.com.br"),
              ("Trapézio Produções Artísticas", "Trapézio Produções Artísticas Ltda.", "trapezioproducoes.com.br")]
TICKETING = [("PlateiaPass", "plateiapass.com.br"), ("Bilheto", "bilheto.com.br"), ("LonaTicket", "lonaticket.com.br"),
             ("Camarote Digital", "camarotedigital.com.br"), ("Fila Zero Ingressos", "filazeroingressos.com.br")]
BOTS = ["Lumi", "Ribaltinha", "Aurora", "Estrelinha", "Cortina"]
SPORT_CLINICS = [("Clínica do Movimento Serena", "movimentoserena.med.br"), ("Núcleo Bento de Medicina Esportiva", "nucleobento.med.br"),
                 ("Instituto Acrobacia & Saúde", "acrobaciasaude.com.br"), ("Ortopedia Leal & Fontes", "lealfontes.med.br"),
                 ("Policlínica Estrela Guia", "policlinicaestrelaguia.com.br")]
OCC_CLINICS = [("MedCirco Saúde Ocupacional", "medcirco.com.br"), ("SESMT Prudente Medicina do Trabalho", "sesmtprudente.com.br"),
               ("Clínica Ocupacional Altura Segura", "alturasegura.med.br"), ("Ocupa Vida Bonfim", "ocupavidabonfim.com.br")]
FONO = [("Espaço Voz e Cena Fonoaudiologia", "vozecena.com.br"), ("Fonoclínica Voz Celeste", "vozceleste.com.br"),
        ("Consultório Timbre & Respiro", "timbrerespiro.com.br")]
SPONSORS = [("Laticínios Serra Branca S.A.", "serrabranca.com.br"), ("Cooperativa Agroaurora", "agroaurora.coop.br"),
            ("Metalúrgica Prudente Ltda.", "metalprudente.com.br"), ("Farmácias Leal & Amado S.A.", "lealamado.com.br"),
            ("Construtora Vale Celeste Ltda.", "valeceleste.com.br"), ("Transportadora Rosa Forte Ltda.", "rosaforte.com.br"),
            ("Supermercados Bom Bento S.A.", "bombento.com.br")]
SUPPLIERS = ["Lonas Gigante do Sul Ltda.", "Som & Luz Bonfim Locações Ltda.", "Estruturas Trapézio Metálico Ltda.", "Gráfica Estrela Dalva Ltda.",
             "Figurinos Rosa Maria Ateliê ME", "Geradores Serra Forte Ltda.", "Hotel Pousada Aurora Ltda.", "Vans Prudente Turismo Ltda.",
             "Arquibancadas Leão Montagens Eireli", "Seguros Celeste Corretora Ltda.", "Camarins Móveis Amado ME", "Buffet Sabor de Luz Ltda."]
SHOWS = ["Luz do Picadeiro", "Aurora na Lona", "Bento e a Lua", "O Leão Que Não Rugia", "Flor de Mandacaru", "Vitória da Trupe",
         "Sereno Amanhecer", "A Estrela do Trapézio", "Prudência e Loucura", "Auto da Celeste Alegria", "Os Sapatos de Amado",
         "Rosa, Espinho e Serragem", "Gloria in Excelsis Circus", "Cabaré da Esperança"]
SONGS = [("Valsa para Bento", "T-034.561.872-1"), ("Luz do Picadeiro (tema)", "T-912.004.337-6"), ("Rosa de Serragem", "T-305.118.902-3"),
         ("Marcha dos Saltimbancos", "T-771.260.045-9"), ("Aurora, Adeus", "T-118.643.590-2"), ("Frevo do Trapézio", "T-664.020.781-5"),
         ("Baião do Palhaço Triste", "T-480.337.126-8"), ("Celeste (instrumental)", "T-209.915.463-0")]
ROLE_BOXES = ["sac", "contato", "atendimento", "financeiro", "juridico", "naoresponda", "no-reply", "ouvidoria", "bilheteria",
              "ingressos", "producao", "dpo", "privacidade", "lgpd", "rh", "dp", "sesmt", "agendamento", "faturamento", "cobranca",
              "imprensa", "credenciamento", "patrocinio", "projetos", "prestacaodecontas", "suporte", "achados", "casting",
              "audicoes", "elenco", "secretaria", "protocolo", "fiscalizacao", "arrecadacao", "repasses", "chargeback"]
ARTS_CIRCO = ["trapézio de voo", "tecido acrobático", "lira aérea", "arame", "corda bamba", "monociclo", "malabares", "contorção",
              "globo da morte", "báscula", "mastro chinês", "perna de pau", "roda alemã", "palhaçaria", "mágica", "parada de mão"]
CREW_ROLES = [("montador de lona", "montadora de lona"), ("rigger", "rigger"), ("iluminador", "iluminadora"), ("técnico de som", "técnica de som"),
              ("maquinista", "maquinista"), ("contrarregra", "contrarregra"), ("camareiro", "camareira"), ("diretor de palco", "diretora de palco"),
              ("eletricista", "eletricista"), ("motorista", "motorista"), ("cozinheiro da trupe", "cozinheira da trupe"),
              ("produtor executivo", "produtora executiva"), ("bilheteiro", "bilheteira"), ("segurança", "segurança"),
              ("operador de luz", "operadora de luz"), ("cenotécnico", "cenotécnica"), ("assistente de produção", "assistente de produção"),
              ("figurinista", "figurinista")]


def crew_role(g: Gen, p: Person, k: int | None = None) -> str:
    pair = g.pick(CREW_ROLES[:k] if k else CREW_ROLES)
    return pair[1] if p.female else pair[0]
INCENTIVES = [("Lei Rouanet", "Lei 8.313/1991", "PRONAC"), ("ProAC ICMS", "Lei 12.268/2006 (SP)", "ProAC"),
              ("LIC/RS", "Lei 13.490/2010 (RS)", "LIC"), ("Lei Estadual de Incentivo à Cultura de MG", "Lei 22.944/2018 (MG)", "LEIC"),
              ("Lei Paulo Gustavo", "LC 195/2022", "LPG"), ("PNAB — Lei Aldir Blanc", "Lei 14.399/2022", "PNAB")]
SPORT_ICD = [("S43.0", "luxação da articulação do ombro"), ("S83.5", "entorse do ligamento cruzado do joelho"), ("S93.4", "entorse do tornozelo"),
             ("S62.6", "fratura de dedo da mão"), ("M75.1", "síndrome do manguito rotador"), ("S33.5", "entorse da coluna lombar"),
             ("M77.1", "epicondilite lateral"), ("S42.0", "fratura da clavícula"), ("M54.2", "cervicalgia"), ("S06.0", "concussão cerebral")]
VOICE_ICD = [("R49.0", "disfonia"), ("J38.2", "nódulos de cordas vocais"), ("J37.0", "laringite crônica"), ("R49.8", "fadiga vocal")]
SICK_ICD = [("J11", "influenza"), ("A09", "gastroenterite"), ("J06.9", "infecção de vias aéreas superiores"), ("M54.5", "lombalgia"),
            ("B34.2", "infecção por coronavírus"), ("H10.3", "conjuntivite aguda"), ("R51", "cefaleia"), ("F41.0", "crise de pânico")]
VACCINES = ["dT (dupla adulto)", "Hepatite B", "Febre amarela", "Tríplice viral", "Influenza 2025", "Covid-19 (reforço)", "dTpa", "HPV"]


def circo(g: Gen) -> tuple[str, str, str]:
    return g.pick(CIRCOS)


def cia(g: Gen) -> tuple[str, str, str]:
    return g.pick(CIAS)


def troupe(g: Gen) -> tuple[str, str, str]:
    return g.pick(CIRCOS) if g.chance(0.5) else g.pick(CIAS)


def produtora(g: Gen) -> tuple[str, str, str]:
    return g.pick(PRODUTORAS)


def show(g: Gen) -> str:
    return g.pick(SHOWS)


def clean(g: Gen, make) -> str:
    """A hard-negative string (order, ticket, wristband...) in which no run passes a CPF, PIS, CNH, título, CNS or card check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def pedido(g: Gen) -> str:
    """An order number of a ticketing platform (not labelled)."""
    return clean(g, lambda: g.pick([f"#{g.d(8)}", f"PED-{g.d(6)}-{g.up(2)}", g.neg(11), f"{g.hexs(8, True)}", f"{g.d(4)}.{g.d(4)}.{g.d(3)}"]))


def ingresso_cod(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.up(3)}-{g.d(5)}-{g.hexs(4, True)}", f"{g.d(4)} {g.d(4)} {g.d(4)}", f"QR{g.hexs(10, True)}"]))


def pulseira(g: Gen) -> str:
    return g.pick([f"PUL-{g.d(5)}", f"C{g.d(4)}", f"{g.up(2)}{g.d(3)}", f"CRED {g.d(4)}"])


def pronac(g: Gen) -> str:
    return g.pick([f"{g.ri(23, 26)}{g.d(4)}", f"{g.ri(23, 26)}-{g.d(4)}", f"{g.d(6)}"])


def dne(g: Gen) -> str:
    """Student ID (Documento do Estudante) code (not labelled)."""
    return g.pick([f"{g.hexs(4, True)}-{g.hexs(4, True)}", f"DNE {g.d(3)}.{g.d(3)}.{g.up(1)}", f"{g.up(2)}{g.d(6)}"])


def assento(g: Gen) -> str:
    return g.pick([f"{g.pick('ABCDEFGHJKLM')}{g.ri(1, 32)}", f"fileira {g.pick('ABCDEFGH')}, cadeira {g.ri(1, 28)}",
                   f"setor {g.pick(['Plateia', 'Camarote', 'Arquibancada', 'Balcão'])} {g.ri(1, 4)}"])


def lote_vacina(g: Gen) -> str:
    return g.pick([f"{g.up(2)}{g.d(4)}", f"{g.d(3)}{g.up(1)}{g.d(2)}", f"{g.up(1)}{g.d(5)}-{g.d(1)}"])


def ctps(g: Gen, uf: str) -> str:
    return g.pick([f"{g.d(7)} série {g.d(4)}-{uf}", f"{g.d(7)}/{g.d(5)}-{uf}", "digital"])


def nf(g: Gen) -> str:
    return g.pick([f"NF-e {g.d(6)}", f"NFS-e {g.ri(100, 99999)}", f"NF {g.d(4)}", f"RPS {g.d(5)}"])


def boleto_line(g: Gen) -> str:
    bank = g.pick(["001", "237", "341", "104", "033", "756", "748", "077"])
    return clean(g, lambda: f"{bank}9{g.d(1)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.ri(9000, 9999)}{g.d(10)}")


def tid(g: Gen) -> str:
    """An acquirer's transaction id / NSU / authorisation code (not labelled)."""
    return clean(g, lambda: g.pick([g.d(6), f"{g.d(9)}{g.up(1)}", f"TID{g.d(12)}", f"{g.hexs(12, True)}"]))


def word_neg(g: Gen) -> str:
    """A sentence with name-like words used as words, companies, shows and places (never labelled)."""
    return g.pick(["A luz do refletor 3 queimou de novo na passagem de som.", "Foi uma vitória montar a lona debaixo daquela chuva.",
                   "Seria prudente reforçar as estacas antes do vento da tarde.", "A rosa de papel crepom do figurino rasgou na estreia.",
                   "O Gran Circo Leão Branco chega a Presidente Prudente na sexta.", "Na Rua Bento Gonçalves a fila da bilheteria dobrou a esquina.",
                   "A estrela do espetáculo é o número do globo da morte.", "O espetáculo Aurora na Lona foi amado pelo público de Caruaru.",
                   "A lona branca nova chegou da Lonas Gigante do Sul.", "Esperança é a última que morre: o Teatro Celeste Amado reabre em março.",
                   "A bilheteria do Cine-Teatro Aurora aceita meia-entrada com a carteirinha.", "Justo na estreia o gerador da Serra Forte falhou.",
                   "O Teatro Glória Prudente fica ao lado da Praça da Luz.", "Sereno da madrugada molhou a arquibancada, secar antes da matinê.",
                   "A peça Bento e a Lua lotou a Casa de Cultura Esperança.", "A Trupe Amado Riso volta com Os Sapatos de Amado em maio.",
                   "Glória a Deus, o alvará saiu!", "A bala de coco da Tia da pipoca acabou no intervalo.",
                   "O Circo Flor do Sertão é sem animais desde 2009, só artistas."])


def chat_neg(g: Gen) -> str:
    """An aside in a chat, with name-like words used as words, shows, firms and places."""
    return g.pick(["a luz do camarim 2 ta piscando de novo", "foi uma vitória esse ensaio kkk", "seria prudente levar capa de chuva amanhã",
                   "o sereno molhou os figurinos no varal", "o leão branco da fachada caiu com o vento 😂", "presidente prudente tem teatro bom?",
                   "alguém viu a rosa de pano do número do arame?", "a lona ta linda, branca de novo", "justo hoje a van atrasou",
                   "aurora na lona esgotou sábado!!", "a estrela de hoje foi a plateia, que energia", "amado demais esse público de natal"])


def art_of(name: str, prep: str) -> str:
    """'no'/'na' or 'do'/'da' before a firm or venue name."""
    first = name.split()[0]
    masc = first in ("Circo", "Gran", "Grande", "Teatro", "Centro", "Espaço", "Cine-Teatro", "Coletivo", "Grupo", "Núcleo", "Instituto",
                     "Consultório", "Bilheto")
    return {"em": "no" if masc else "na", "de": "do" if masc else "da"}[prep]


def stage_ref(g: Gen, p: Person, low: bool = False) -> tuple:
    """How an artist is called in a chat or a call sheet: stage name, first name, nickname or full name."""
    opts = [p.first, p.short, p.nick] + ([p.stage, p.stage] if p.stage else [])
    s = g.pick(opts)
    return P(lower(s) if low else s)


# --------------------------------------------------------------------------- atendimento


def at_chat_bilheteria(g: Gen) -> Doc:
    """A ticket office's customer chat (bot, then an attendant): refund of a moved session, half-price proof, tickets passed to a friend."""
    doc = Doc()
    tk, tdom = g.pick(TICKETING)
    venue = g.pick(VENUES) if g.chance(0.6) else circo(g)[0]
    sh = show(g)
    c = g.person()
    at = g.person(female=g.chance(0.65))
    bot = g.pick(BOTS)
    site = g.chance(0.4)
    tt = iter(seq_times(g, 40, g.moment(hours=(9, 21)), 15, 300))
    reason = g.pick(["reembolso", "idoso", "estudante", "transferencia", "pcd"])
    if site:
        doc.f("Transcrição do chat — «tk» — atendimento «p»\nCanal: site · Cliente identificado: «e»\n\n", tk=tk, p=g.protocol(),
              e=(g.email(c), "EMAIL_ADDRESS"))
        B, A = V(f"{bot} (assistente virtual)"), g.pick([P(at.first), P(at.short), V("Atendente"), V("Atendente")])
        C = V("Cliente")

        def st(t: datetime.datetime) -> str:
            return f"[{ts(t, 'hms')}] "
    else:
        doc.f("Conversa do WhatsApp com «v»\n\n", v=f"Bilheteria {venue}" if g.chance(0.6) else tk)
        st = chat_stamp(g)
        B = A = V(f"Bilheteria {venue}" if g.chance(0.6) else tk)
        C = V("Você") if g.chance(0.5) else ((g.phone("wa"), "PHONE_NUMBER") if g.chance(0.5) else P(g.pick([c.first, c.short, lower(c.first)])))
    cl(doc, st(next(tt)), C, g.pick(["oi", "boa tarde", "olá, preciso de ajuda com meu ingresso", "bom dia!!"]))
    cl(doc, st(next(tt)), B, "Olá! Eu sou «b», assistente virtual «d» «v». Digite: 1 Comprar ingressos · 2 Trocas e reembolsos · 3 Meia-entrada · "
       "4 Falar com atendente", b=bot, d=art_of(venue, "de"), v=venue)
    cl(doc, st(next(tt)), C, "2" if reason == "reembolso" else g.pick(["4", "3", "atendente"]))
    cl(doc, st(next(tt)), B, "Informe o número do pedido e o CPF do titular da compra.")
    if g.chance(0.35):
        cl(doc, st(next(tt)), C, "pedido «p» cpf «c»", p=pedido(g), c=g.neg_cpf(g.chance(0.5)))
        cl(doc, st(next(tt)), B, "CPF inválido. Confira os números e envie novamente.")
        cl(doc, st(next(tt)), C, "desculpa digitei errado «c»", c=(g.cpf(), "BR_CPF"))
    else:
        cl(doc, st(next(tt)), C, "«p» / «c»", p=pedido(g), c=(g.cpf(), "BR_CPF"))
    n_t = g.ri(2, 5)
    cl(doc, st(next(tt)), B, "Encontrei: «s» · «d» às «h» · «n» ingressos · «a». Vou te transferir para um atendente. ⏳", s=sh, d=g.date("br"), h=g.pick(["16h", "19h", "20h30", "21h"]),
       n=n_t, a=assento(g))
    cl(doc, st(next(tt)), A, "Oi, aqui é «a» da bilheteria, tudo bem? Para confirmar o cadastro, me diz seu nome completo e o e-mail da compra?",
       a=P(at.first) if not site else V("a atendente"))
    cl(doc, st(next(tt)), C, "«n» «sep» «e»", n=P(g.pick([c.full, c.low, c.full])), sep=g.pick(["-", ",", "/", "e o email é"]), e=(g.email(c), "EMAIL_ADDRESS"))
    if g.chance(0.35):
        cl(doc, st(next(tt)), A, "Obrigad«o». O cadastro está com o telefone «t», ainda é esse?", o="a" if at.female else "o",
           t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        cl(doc, st(next(tt)), C, "não, mudei. agora é «t»", t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if reason == "reembolso":
        why = g.pick(["a sessão foi remarcada por causa da chuva e não posso na nova data", "o espetáculo foi adiado e eu viajo nesse dia",
                      "comprei duplicado sem querer", "minha mãe ficou doente e não vamos conseguir ir"])
        cl(doc, st(next(tt)), C, "«w», queria o reembolso", w=why)
        if g.chance(0.5):
            cl(doc, st(next(tt)), A, "Consigo sim. A compra foi no cartão «m», o estorno cai na fatura em até 2 faturas. Confirma o e-mail para o comprovante?",
               m=g.masked_card())
            cl(doc, st(next(tt)), C, "«e»", e=(g.email(c), "EMAIL_ADDRESS"))
        else:
            cl(doc, st(next(tt)), A, "A compra foi no Pix, então devolvo por Pix. Me passa a chave, por favor.")
            kind, kv = pix_key(g, c)
            cl(doc, st(next(tt)), C, "chave «k» «v»", k=kind, v=kv)
            if g.chance(0.4):
                cl(doc, st(next(tt)), C, "ou se preferir transfere na conta da minha esposa «n», «b» ag «ag» cc «ac»" if not c.female else
                   "ou se preferir transfere na conta do meu marido «n», «b» ag «ag» cc «ac»", n=P(g.person(female=not c.female).full),
                   b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    elif reason == "idoso":
        cl(doc, st(next(tt)), C, "comprei meia de idoso pra minha mãe e o site pediu comprovação, como faço?")
        cl(doc, st(next(tt)), A, "Basta informar o nome completo e a data de nascimento dela; na entrada apresenta o documento com foto.")
        m = g.relative(c, True)
        cl(doc, st(next(tt)), C, "«n», nascida em «d»", n=P(m.full), d=(g.dob(g.pick(["br", "nopad", "long"]), 1935, 1964), "DATE_OF_BIRTH"))
        if g.chance(0.5):
            cl(doc, st(next(tt)), C, "o rg dela é «r»", r=(g.rg(), "BR_RG"))
    elif reason == "estudante":
        k = g.person()
        cl(doc, st(next(tt)), C, "comprei «n» meias pra turma da escola, o código da carteirinha do «a» deu inválido: «d»", n=n_t, a=P(lower(k.first)), d=dne(g))
        cl(doc, st(next(tt)), A, "Preciso do nome completo e da data de nascimento do estudante para validar na base da UNE.")
        cl(doc, st(next(tt)), C, "«n» «d»", n=P(k.full), d=(g.dob("br", 2004, 2012), "DATE_OF_BIRTH"))
        cl(doc, st(next(tt)), A, "Validado ✅ O código correto era outro, já corrigi no pedido.")
    elif reason == "transferencia":
        f = g.person()
        cl(doc, st(next(tt)), C, "não vou poder ir, quero passar os ingressos pra uma amiga" if f.female else "não vou poder ir, quero passar os ingressos pra um amigo")
        cl(doc, st(next(tt)), A, "A transferência de titularidade é gratuita. Nome completo, CPF e celular de quem vai receber:")
        cl(doc, st(next(tt)), C, "«n»\n«c»\n«t»", n=P(g.pick([f.full, f.low])), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    else:
        cp = g.person()
        cl(doc, st(next(tt)), C, "sou cadeirante e comprei o lugar acessível, preciso incluir meu acompanhante")
        cl(doc, st(next(tt)), A, "Claro. Nome e CPF do acompanhante, por favor.")
        cl(doc, st(next(tt)), C, "«n», cpf «c»", n=P(cp.full), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.3):
        cl(doc, st(next(tt)), C, "e se eu quiser trocar pra camarote, pago a diferença como?")
        cl(doc, st(next(tt)), A, "Pix na chave aleatória da bilheteria: «k» (R$ «v»). Manda o comprovante aqui.", k=(g.uuid(), "PIX_KEY"), v=brl(g.ri(20, 120) + 0.0))
    if g.chance(0.5):
        cl(doc, st(next(tt)), A, "Se precisar, nossa central é «t».", t=g.pick(["0800 770 1234", "0800 602 4455", "4003-2210"]))
    cl(doc, st(next(tt)), C, g.pick(["obrigad" + c.o + "!!", "valeu", "👍", "ok, muito obrigad" + c.o, chat_neg(g)]))
    if g.chance(0.5):
        cl(doc, st(next(tt)), A, "Protocolo «p». «x»", p=g.protocol(), x=g.pick(["Bom espetáculo! 🎭", "Até logo!"]))
    else:
        cl(doc, st(next(tt)), A, "Protocolo «p». Atenciosamente, «n».", p=g.protocol(), n=P(at.first))
    return doc


def at_zap_turne(g: Gen) -> Doc:
    """A touring crew's WhatsApp group (lower case): call times, vans and drivers, the hotel rooming list, new numbers, a Pix."""
    doc = Doc()
    tr, raz, dom = troupe(g)
    sh = show(g)
    city, uf = g.city()
    st = chat_stamp(g)
    tt = iter(seq_times(g, 60, g.moment(hours=(7, 23)), 60, 2400))
    prod = g.person(female=g.chance(0.6))
    crew = [g.artist() if g.chance(0.5) else g.person() for _ in range(g.ri(3, 5))]
    doc.f("Conversa do WhatsApp com «e»TURNÊ «s» «y»\n\n", e=g.pick(["🎪 ", "🎭 ", "🚐 ", ""]), s=fold(sh).upper(), y=g.pick([2025, 2026]))

    def sender(p: Person) -> tuple:
        if g.chance(0.65):
            return (g.phone("wa"), "PHONE_NUMBER")
        return P(lower(g.pick([p.first, p.nick, p.short] + ([p.stage] if p.stage else []))))
    S = [sender(p) for p in crew]
    pmode = g.pick(["voce", "voce", "voce", "phone", "phone", "name", "suffix"])
    pname = g.pick([prod.first, prod.short]) if g.chance(0.6) else lower(g.pick([prod.first, prod.short]))
    pphone = g.phone("wa")
    psuf = g.pick([" Produção", " prod", " (produção)"])
    hotel = g.pick(["o hotel pousada aurora", "o hotel estrela do norte", "a pousada rosa dos ventos", "o hotel bento palace", "o hotel serra azul"])

    def prod_head() -> None:
        doc.t(st(next(tt)))
        if pmode == "voce":
            doc.t("Você")
        elif pmode == "phone":
            doc.e(pphone, "PHONE_NUMBER")
        else:
            doc.e(pname, "PERSON")
            if pmode == "suffix":
                doc.t(psuf)

    def prod_line(template: str, **vals) -> None:
        prod_head()
        doc.t(": ")
        doc.f(template, **vals)
        doc.t("\n")
    prod_line("bom dia trupe!! amanhã saída pra «c» às «h» em frente ao «x»", c=lower(city), h=g.pick(["5h30", "6h", "7h", "8h15"]),
              x=g.pick(["teatro", "galpão", "circo", "hotel"]))
    vans = [g.plate() for _ in range(g.ri(1, 2))]
    drivers = [g.person(False) for _ in vans]
    for k, (pl, dv) in enumerate(zip(vans, drivers)):
        prod_line("van «k» placa «p», motorista «s»«n»", k=k + 1, p=(pl, "LICENSE_PLATE"), s=g.pick(["", "", "seu "]), n=P(lower(g.pick([dv.first, dv.short]))))
    if g.chance(0.6):
        if g.chance(0.35):
            prod_line("caminhão do cenário «p» sai hoje à noite com o «n»", p=(g.plate(), "LICENSE_PLATE"), n=P(lower(g.person(False).nick)))
        else:
            prod_line("caminhão do cenário «p» sai hoje à noite«n»", p=(g.plate(), "LICENSE_PLATE"), n=g.pick(["", " com a luz e o som"]))
    prod_line("«h» pede nome completo, cpf e data de nascimento de todo mundo pro check-in. rooming list:", h=hotel)
    prod_head()
    doc.t(":\n")
    room = g.ri(101, 420)
    pairs = list(crew)
    g.rng.shuffle(pairs)
    for i in range(0, len(pairs), 2):
        grp = pairs[i:i + 2]
        doc.f("quarto «r»: ", r=room + i)
        for j, p in enumerate(grp):
            if j:
                doc.t(" + ")
            doc.e(lower(g.pick([p.full, p.short])), "PERSON")
            r = g.rng.random()
            if r < 0.5:
                doc.f(" (cpf «c»)", c=(g.cpf(), "BR_CPF"))
            elif r < 0.75:
                doc.f(" (cpf «c», nasc «d»)", c=(g.cpf(), "BR_CPF"), d=(g.dob("br", 1965, 2004), "DATE_OF_BIRTH"))
            elif r < 0.9:
                doc.f(" (rg «c»)", c=(g.rg(), "BR_RG"))
            else:
                doc.t(" (falta doc)")
        doc.t("\n")
    k = g.ri(0, len(crew) - 1)
    cl(doc, st(next(tt)), S[k], "«x»", x=g.pick(["eu fico sozinh" + crew[k].o + "? 😅", "posso trocar de quarto?", "👍", "ok"]))
    miss = [i for i in range(len(crew))]
    k = g.pick(miss)
    p = crew[k]
    if g.chance(0.5):
        cl(doc, st(next(tt)), S[k], "meu cpf é «c», nasci «d»", c=(g.cpf(), "BR_CPF"), d=(g.dob(g.pick(["br", "short", "nopad"]), 1960, 2004), "DATE_OF_BIRTH"))
    else:
        cl(doc, st(next(tt)), S[k], "cpf «w» ops errei, «c»", w=g.neg_cpf(g.chance(0.5)), c=(g.cpf(), "BR_CPF"))
    k2 = g.ri(0, len(crew) - 1)
    cl(doc, st(next(tt)), S[k2], "gente anotem meu número novo: «t»", t=(g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        d0 = drivers[0]
        prod_line("a seguradora pediu a cnh do «n»: «c» e o cpf «p»", n=P(lower(d0.first)), c=(g.cnh(), "BR_CNH"), p=(g.cpf(), "BR_CPF"))
    k3 = g.ri(0, len(crew) - 1)
    if g.chance(0.5):
        cook = g.person(True)
        cl(doc, st(next(tt)), S[k3], "quem tem o pix da «n» da cozinha? quero pagar o marmitex", n=P(lower(cook.first)))
        kind, kv = pix_key(g, cook)
        prod_line("chave «k»: «v»", k=kind, v=kv)
    if g.chance(0.5):
        p2 = g.pick(crew)
        prod_line("diária cai sexta. «n» me manda agência e conta que o pix deu erro", n=P(lower(p2.first)))
        cl(doc, st(next(tt)), S[crew.index(p2)], "«b» ag «a» cc «c»", b=lower(g.pick(BANKS)[1]), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    cl(doc, st(next(tt)), S[g.ri(0, len(crew) - 1)], chat_neg(g))
    if g.chance(0.4):
        prod_line("passagem de som 15h, maquiagem 18h, abertura da casa 19h30. «n» responsável pelo camarim hoje", n=stage_ref(g, g.pick(crew), True))
    return doc


def at_lgpd_bilheteria(g: Gen) -> Doc:
    """A box office's LGPD data-subject request (web form with IP) and the DPO's reply listing what is held."""
    doc = Doc()
    tk, tdom = g.pick(TICKETING)
    c = g.person()
    dpo = g.person()
    cpf = g.cpf("dot")
    mail = g.email(c)
    t0 = g.moment(hours=(7, 23))
    kind = g.pick(["acesso", "eliminação", "correção", "oposição ao marketing"])
    doc.f("«tk» — PORTAL DO TITULAR\nRequisição nº «p» · recebida em «d»\n\n", tk=tk.upper(), p=g.protocol(), d=ts(t0, "brs"))
    fields = [("Nome completo", P(c.full)), ("CPF", (cpf, "BR_CPF")), ("Data de nascimento", (g.dob("br"), "DATE_OF_BIRTH")),
              ("E-mail", (mail, "EMAIL_ADDRESS")), ("Celular", (g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"))]
    if g.chance(0.6):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    fields += [("Tipo de solicitação", V(kind)), ("IP de envio", (g.ip(), "IP_ADDRESS")), ("Navegador", V(g.pick(["Chrome 126 / Android 14", "Safari / iOS 17.5", "Firefox 128 / Windows"])))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    msg = {"acesso": "Quero saber quais dados meus vocês têm e com quem compartilharam. Recebi mensagem de um circo que nunca contatei.",
           "eliminação": "Peço a exclusão da minha conta e de todos os dados, inclusive cartões salvos.",
           "correção": "Meu nome está errado nos ingressos e minha data de nascimento também, o que bloqueia a meia-entrada de idoso.",
           "oposição ao marketing": "Não quero mais receber SMS e WhatsApp de promoções de espetáculos."}[kind]
    doc.f("Descrição: «m»\n\n", m=msg)
    t1 = t0 + datetime.timedelta(days=g.ri(2, 14), hours=g.ri(0, 8))
    doc.f("De: «n» <«e»>\nPara: «c»\nCc: «r»\nData: «d»\nAssunto: Resposta à requisição LGPD\n\n", n=P(dpo.full), e=(corp_mail(dpo, tdom, g), "EMAIL_ADDRESS"),
          c=(mail, "EMAIL_ADDRESS"), r=role_mail(g, tdom, g.pick(["dpo", "privacidade", "lgpd"])), d=mail_date(t1))
    doc.f("Prezad«o» «n»,\n\nEm atenção à sua solicitação (art. 18 da Lei 13.709/2018), localizamos os registros abaixo vinculados ao CPF «c»:\n\n",
          o=c.o, n=P(g.pick([c.first, c.full])), c=(cpf, "BR_CPF"))
    rows = []
    for _ in range(g.ri(2, 4)):
        t = g.moment(hours=(8, 23))
        rows.append([V(pedido(g)), V(ts(t, "br")), V(g.pick(SHOWS)), V(g.masked_card() if g.chance(0.7) else "Pix"), V(brl(g.ri(40, 480) + 0.0))])
    table_ruled(doc, ["pedido", "data", "espetáculo", "pagamento", "valor (R$)"], rows, g.pick(["plus", "psql", "md"]))
    doc.t("\nAcessos à conta:\n")
    rows = []
    for _ in range(g.ri(2, 4)):
        t = g.moment(hours=(0, 24))
        if g.chance(0.2):
            rows.append([V(ts(t, "sql")), V(g.ip_priv()), V("terminal da bilheteria física")])
        else:
            rows.append([V(ts(t, "sql")), (g.ip(), "IP_ADDRESS"), V(g.pick(["app Android", "app iOS", "site"]))])
    table_ruled(doc, ["data/hora", "IP", "origem"], rows, g.pick(["plain", "pipe"]))
    if kind == "acesso" and g.chance(0.7):
        doc.f("\nO compartilhamento com o «x» ocorreu por sua adesão ao programa de fidelidade em «d». A adesão foi revogada.\n", x=circo(g)[0], d=g.date("br"))
    elif kind == "eliminação":
        doc.t("\nA conta será eliminada em 15 dias; notas fiscais são mantidas por obrigação legal (5 anos).\n")
    elif kind == "correção":
        doc.f("\nCorrigimos o nome para «n» e a data de nascimento para «d».\n", n=P(c.full), d=(g.dob("br", 1940, 1964), "DATE_OF_BIRTH"))
    else:
        doc.f("\nO número «t» foi incluído na lista de exclusão de mensagens promocionais.\n", t=(g.phone("e164"), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("\nAtenciosamente,\n«n»\n«x» de Dados — «tk»\n", n=P(g.pick([dpo.full, dpo.short])), x=fem(dpo, "Encarregado", "Encarregada"), tk=tk)
    else:
        doc.f("\nAtenciosamente,\nEquipe de Privacidade — «tk»\n", tk=tk)
    return doc


def at_stt_achados(g: Gen) -> Doc:
    """A speech-to-text call to a theatre about a lost item (numbers spoken), then the typed lost-and-found record."""
    doc = Doc()
    venue = g.pick(VENUES)
    sh = show(g)
    c = g.person()
    at = g.person(female=g.chance(0.6))
    usher = g.person()
    cpf = g.cpf_digits()
    cep = g.cep(False)
    item = g.pick(["carteira", "celular", "bolsa", "casaco", "óculos de grau", "mochila"])
    t0 = g.moment(hours=(9, 19))
    doc.f("[transcricao automatica — «v» — ramal achados e perdidos — «d»]\n", v=lower(venue), d=ts(t0, "sql"))
    doc.f("atendente: «v» boa tarde «a» falando\n", v=lower(venue), a=P(lower(at.first)))
    doc.f("cliente: oi boa tarde eu assisti «s» ontem a noite e esqueci «x» na poltrona\n", s=lower(sh), x=("minha " if item in ("carteira", "bolsa", "mochila") else "meu ") + lower(item))
    doc.t("atendente: qual o nome completo\ncliente: ")
    doc.e(lower(c.full), "PERSON")
    doc.t("\n")
    doc.f("atendente: e o cpf pra gente registrar\ncliente: «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f("atendente: telefone pra contato\ncliente: «t»\n", t=(stt_phone(g), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f("atendente: e a data de nascimento pra conferir com o documento\ncliente: «d»\n", d=(stt_dob(g), "DATE_OF_BIRTH"))
    if item in ("carteira", "bolsa", "mochila"):
        owner_rg = g.rg()
        doc.f("atendente: tinha documento dentro\ncliente: tinha meu rg e o cartao do banco\natendente: achamos sim o lanterninha«sp»«u» entregou\n",
              **({"sp": "", "u": V("")} if g.chance(0.5) else {"sp": " ", "u": P(lower(usher.first))}))
    else:
        owner_rg = None
        doc.f("atendente: deixa eu ver aqui no livro o «u» registrou «x» na fileira «f»\n", u=P(lower(usher.first)), x=lower(item), f=g.pick("ABCDEFGH"))
    dest = g.chance(0.5)
    sp_addr = None
    if dest:
        doc.t("cliente: da pra mandar pelo correio eu moro em outra cidade\natendente: da sim qual o endereco\ncliente: ")
        a = g.address()
        sp_addr = a
        doc.e(lower(a).replace("apto", "apartamento").replace("ap.", "apartamento").replace(",", ""), "ADDRESS")
        doc.f(" cep «p»\n", p=(g.pick([spoken_digits(cep, g), f"{cep[:5]} {cep[5:]}", f"{cep[:2]} {cep[2:5]} {cep[5:]}"]), "BR_CEP"))
    else:
        rel = g.relative(c)
        doc.f("cliente: minha «x» vai buscar pra mim o nome dela e «n»\natendente: ela traz documento com foto\n" if rel.female else
              "cliente: meu «x» vai buscar pra mim o nome dele e «n»\natendente: ele traz documento com foto\n",
              x=g.pick(["filha", "irmã"]) if rel.female else g.pick(["filho", "irmão"]), n=P(lower(rel.full)))
        rel_rg = g.rg() if g.chance(0.5) else None
        if rel_rg:
            doc.f("cliente: o rg «x» e «r»\n", x="dela" if rel.female else "dele", r=(stt_groups(re.sub(r"\D", "", rel_rg), g) if rel_rg[-1] != "X" else rel_rg, "BR_RG"))
    doc.f("atendente: anotado o protocolo e «p» bom dia\ncliente: obrigad«o»\n\n", p=g.protocol(), o=c.o)
    doc.t("REGISTRO — ACHADOS E PERDIDOS\n")
    fields = [("Item", V(item + (" (com RG " + "e cartão)" if owner_rg else ""))), ("Local", V(assento(g))), ("Espetáculo", V(sh)),
              ("Encontrado por", P(g.pick([usher.full, usher.short])) if g.chance(0.5) else V(g.pick(["lanterninha (noite)", "equipe de limpeza"]))), ("Proprietário", P(c.full)), ("CPF", (fmt_cpf(cpf), "BR_CPF"))]
    if owner_rg:
        fields.append(("RG (no item)", (owner_rg, "BR_RG")))
    fields.append(("Telefone", (g.phone("par"), "PHONE_NUMBER")))
    if dest:
        fields += [("Envio", V("Correios (PAC), frete a cobrar")), ("Endereço", (sp_addr, "ADDRESS")), ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP"))]
    else:
        fields.append(("Retirada autorizada", P(rel.full)))
        if rel_rg:
            fields.append(("RG de quem retira", (rel_rg, "BR_RG")))
    fields.append(("Atendente", P(at.full) if g.chance(0.35) else V(login(at, g))))
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    return doc


def at_ficha_audicao(g: Gen) -> Doc:
    """An audition sign-up form (adult or minor with guardian), stage name, DRT, emergency contact; the panel's note."""
    doc = Doc()
    tr, raz, dom = troupe(g)
    sh = show(g)
    minor = g.chance(0.35)
    a = g.artist(stage_p=0.6)
    doc.f("«t»\nFICHA DE INSCRIÇÃO — AUDIÇÃO «x»\n«s»\n\n", t=tr.upper(), x=g.pick(["PARA ELENCO", "ARTISTAS CIRCENSES", "ELENCO INFANTOJUVENIL" if minor else "TEMPORADA " + str(g.pick([2025, 2026]))]),
          s=f"Espetáculo: {sh}" if g.chance(0.7) else "Banco de talentos")
    fields = [("Nome completo", P(g.pick([a.full, a.caps]))), ("Nome artístico", P(a.stage) if a.stage else V("—")),
              ("Data de nascimento", (g.dob("br", 2009, 2016) if minor else g.dob("br", 1975, 2005), "DATE_OF_BIRTH"))]
    if minor:
        fields.append(("CPF", (g.cpf(), "BR_CPF")) if g.chance(0.7) else ("CPF", V("não possui")))
    else:
        fields += [("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG"))]
        fields.append(("DRT", (g.council("DRT"), "PROFESSIONAL_ID")) if g.chance(0.6) else ("DRT", V("em andamento (SATED)")))
    fields += [("Celular / WhatsApp", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(a), "EMAIL_ADDRESS")),
               ("Instagram", V("@" + re.sub(r"[^a-z]", "", lower(a.stage or a.first)) + g.pick(["", ".circo", "_arte", str(g.ri(1, 99))]))),
               ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Modalidade", V(", ".join(g.sample(ARTS_CIRCO, g.ri(1, 3)))))]
    if minor:
        r = g.person(female=g.chance(0.7))
        if g.chance(0.7):
            r = Person(r.given, r.surnames[:1] + [a.last] if a.last not in r.surnames else r.surnames, r.female)
        fields += [("Responsável legal", P(r.full)), ("CPF do responsável", (g.cpf(), "BR_CPF")), ("Tel. do responsável", (g.phone(), "PHONE_NUMBER"))]
    e = g.person()
    fields += [("Contato de emergência", P(e.full)), ("Parentesco", V(g.pick(["avó", "tia", "padrinho", "vizinha"] if minor else ["mãe", "pai", "companheira", "irmão", "amigo", "tia"]))),
               ("Tel. emergência", (g.phone(), "PHONE_NUMBER"))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box", "caps"]))
    if g.chance(0.5):
        doc.f("Enviado pelo formulário online em «d» · IP «ip»\n", d=ts(g.moment(), "brs"), ip=(g.ip(), "IP_ADDRESS"))
    doc.t("\nDeclaro não possuir restrição médica para atividades aéreas e autorizo o uso de imagem (Lei 9.610/1998).\n")
    j = g.person()
    doc.f("\n— USO INTERNO —\nAvaliação: «n» · nota «v» · «o»\n", n=P(g.pick([j.full, j.short, j.first])), v=num(g.ri(50, 100) / 10, 1),
          o=g.pick(["chamar para 2ª fase", "bom equilíbrio, pouca flexibilidade", "ótima presença de palco", "não compareceu", "reserva"]))
    if g.chance(0.4):
        doc.t(word_neg(g) + "\n")
    return doc


def at_credenciamento(g: Gen) -> Doc:
    """A venue's accreditation list for a show (crew, artists, press, suppliers; document, parking plate, wristband)."""
    doc = Doc()
    venue = g.pick(VENUES)
    sh = show(g)
    pr, praz, pdom = produtora(g)
    doc.f("LISTA DE CREDENCIAMENTO — «s»\n«v» · «d» · produção «p»\n\n", s=sh.upper(), v=venue, d=g.date("br"), p=pr)
    split = g.chance(0.2)
    fmt = g.pick(["csv;", "csv,", "plus", "psql", "pipe", "plain"])
    cols = (["first_name", "last_name"] if split else ["nome"]) + ["funcao", "documento", "celular", "empresa", "placa", "credencial"]
    rows = []
    for _ in range(g.ri(5, 8)):
        kind = g.pick(["crew", "crew", "artist", "press", "supplier"])
        p = g.artist() if kind == "artist" else g.person()
        if split:
            namecells = [P(p.given), P(p.surname_str)]
        else:
            namecells = [P(g.pick([p.full, p.short, p.caps, p.inverted]))]
        role = {"crew": crew_role(g, p), "artist": g.pick(["elenco", "artista", fem(p, "músico", "musicista"), fem(p, "bailarino", "bailarina")]),
                "press": g.pick(["imprensa", fem(p, "fotógrafo", "fotógrafa"), "jornalista"]),
                "supplier": g.pick(["fornecedor", "técnico terceirizado", "montagem"])}[kind]
        r = g.rng.random()
        docv = (g.cpf(), "BR_CPF") if r < 0.55 else ((g.rg(), "BR_RG") if r < 0.8 else ((g.cnh(), "BR_CNH") if r < 0.9 else V(f"***.{g.d(3)}.{g.d(3)}-**")))
        emp = {"crew": pr, "artist": g.pick(["elenco", tr_name(g)]), "press": g.pick(["Jornal do Vale", "Rádio Celeste FM", "TV Aurora", "blog Palco Aberto", "freela"]),
               "supplier": g.pick(SUPPLIERS)}[kind]
        plate = (g.plate(), "LICENSE_PLATE") if g.chance(0.4) else V("")
        cel = (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER") if g.chance(0.7) else V("")
        rows.append(namecells + [V(role), docv, cel, V(emp), plate, V(pulseira(g))])
    if fmt.startswith("csv"):
        table_csv(doc, cols, rows, fmt[-1])
    else:
        table_ruled(doc, cols, rows, fmt)
    if g.chance(0.6):
        doc.t("\nFornecedores (acesso pela doca):\n")
        for _ in range(g.ri(1, 3)):
            drv = g.person(False)
            doc.f("- «s», CNPJ «c» — caminhão «p»", s=g.pick(SUPPLIERS), c=(g.any_cnpj(), "BR_CNPJ"), p=(g.plate(), "LICENSE_PLATE"))
            if g.chance(0.5):
                doc.f(", motorista «n»", n=P(g.pick([drv.full, drv.short])))
            doc.t("\n")
    r = g.person()
    doc.f("\nResponsável pelo credenciamento: «n» · «t»\n", n=P(r.full), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t(g.pick(["Credenciais sem foto não serão aceitas.\n", "Estacionamento interno: 12 vagas, ordem de chegada.\n", word_neg(g) + "\n"]))
    return doc


def tr_name(g: Gen) -> str:
    return troupe(g)[0]


def at_email_reclamacao(g: Gen) -> Doc:
    """A fan's complaint e-mail about a show (delay, seat, accessibility) and the producer's reply with the refund."""
    doc = Doc()
    pr, praz, pdom = produtora(g)
    venue = g.pick(VENUES) if g.chance(0.6) else circo(g)[0]
    sh = show(g)
    c = g.person()
    rep = g.person()
    hm_ = g.person()
    cm = g.email(c)
    t0 = g.moment(hours=(7, 23))
    t1 = t0 + datetime.timedelta(days=g.ri(1, 6), hours=g.ri(1, 9))
    doc.f("De: «n» <«e»>\nPara: «c»\n", n=P(rep.full), e=(corp_mail(rep, pdom, g), "EMAIL_ADDRESS"), c=(cm, "EMAIL_ADDRESS"))
    if g.chance(0.3):
        doc.f("Cc: «n» <«e»>\n", n=P(hm_.full), e=(corp_mail(hm_, pdom, g), "EMAIL_ADDRESS"))
    else:
        doc.f("Cc: «r»\n", r=role_mail(g, pdom, g.pick(["sac", "producao", "ouvidoria"])))
    doc.f("Data: «d»\nAssunto: RE: Reclamação — «s» («v»)\n\n", d=mail_date(t1), s=sh, v=venue)
    doc.f("Olá, «n»!\n\n", n=P(g.pick([c.first, c.full])))
    why = g.pick(["atraso", "assento", "acessibilidade", "palhaço"])
    ref = brl(g.ri(40, 360) + 0.0)
    doc.f("Pedimos desculpas pelo ocorrido. Conversamos com «h», gerente da casa naquela noite, e confirmamos o problema. "
          "Vamos reembolsar R$ «r» ", h=P(g.pick([hm_.full, hm_.short])), r=ref)
    mode = g.pick(["card", "account", "pix"])
    if mode == "card":
        doc.f("no cartão usado na compra («m»), em até duas faturas.\n\n", m=g.masked_card())
    elif mode == "account":
        doc.f("na conta informada (agência «a», conta «c»), em até 5 dias úteis.\n\n", a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("por Pix na chave informada, em até 5 dias úteis.\n\n")
    doc.f("Como cortesia, enviamos dois convites para a próxima temporada de «s».\n\nAbraços,\n«n»\nAtendimento ao público — «p»\n«t»\n\n",
          s=g.pick(SHOWS), n=P(g.pick([rep.first, rep.short])), p=pr, t=(g.phone("par"), "PHONE_NUMBER") if g.chance(0.5) else V(f"www.{pdom}"))
    if g.chance(0.5):
        doc.f("Em «d», «n» <«e»> escreveu:\n", d=ts(t0, "br"), n=P(g.pick([c.full, c.low])), e=(cm, "EMAIL_ADDRESS"))
    else:
        doc.f("Em «d», <«e»> escreveu:\n", d=ts(t0, "br"), e=(cm, "EMAIL_ADDRESS"))
    q = "> "
    doc.f("«q»X-Originating-IP: [«ip»]\n«q»\n", q=q, ip=(g.ip(), "IP_ADDRESS"))
    if g.chance(0.5):
        doc.f("«q»Boa noite. Sou «n», CPF «c», pedido «p».\n", q=q, n=P(c.full), c=(g.cpf(), "BR_CPF"), p=pedido(g))
    else:
        doc.f("«q»Boa noite. Pedido «p», CPF do comprador «c».\n", q=q, c=(g.cpf(), "BR_CPF"), p=pedido(g))
    if why == "atraso":
        doc.f("«q»O espetáculo «s» começou com 50 minutos de atraso e ninguém explicou nada. Fui com «x» e perdemos o último ônibus.\n", q=q, s=sh,
              x=P(g.person().first) if g.chance(0.6) else V("meus dois filhos"))
    elif why == "assento":
        doc.f("«q»Os lugares «a» ficavam atrás de uma coluna; eu e «x» não vimos metade do número do trapézio.\n", q=q, a=assento(g),
              x=P(g.person().full))
    elif why == "acessibilidade":
        cp = g.person()
        doc.f("«q»Comprei lugar acessível para mim (cadeirante) e meu acompanhante «x» (CPF «c»), mas o espaço estava ocupado por cadeiras extras.\n", q=q,
              x=P(cp.full), c=(g.cpf(), "BR_CPF"))
    else:
        doc.f("«q»O palhaço «x» puxou minha filha para o picadeiro sem perguntar e ela saiu chorando. Ela tem 5 anos.\n", q=q,
              x=P(g.pick(STAGE)) if g.chance(0.7) else V("de chapéu verde"))
    if mode == "account":
        doc.f("«q»Quero o reembolso na minha conta: «b», agência e conta acima.\n", q=q, b=g.pick(BANKS)[1])
    elif mode == "pix":
        kind, kv = pix_key(g, c)
        doc.f("«q»Quero o reembolso por Pix, chave «k» «v».\n", q=q, k=kind, v=kv)
    elif g.chance(0.4):
        doc.f("«q»Paguei com o cartão «k».\n", q=q, k=(g.card(g.chance(0.6)), "CREDIT_CARD"))
    if g.chance(0.35):
        doc.f("«q»Se precisarem mandar algo pelo correio: «a», CEP «p».\n", q=q, a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    doc.f("«q»Meu telefone: «t»\n", q=q, t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("«q»«n»\n", q=q, n=P(g.pick([c.first, c.full])))
    return doc


AT = [at_chat_bilheteria, at_zap_turne, at_lgpd_bilheteria, at_stt_achados, at_ficha_audicao, at_credenciamento, at_email_reclamacao]


# --------------------------------------------------------------------------- juridico


def ju_contrato_artista(g: Gen) -> Doc:
    """An artist's service contract: the producer (CNPJ, partner qualified), the artist qualified (stage name, DRT), the fee to an account, witnesses, e-signature log."""
    doc = Doc()
    pr, praz, pdom = produtora(g) if g.chance(0.6) else troupe(g)
    sh = show(g)
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    rep = g.person()
    a = g.artist(stage_p=0.65)
    mei = g.chance(0.3)
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS ARTÍSTICOS Nº «n»\n\n", n=f"{g.ri(1, 240):03d}/{g.pick([2025, 2026])}")
    doc.f("CONTRATANTE: «r», inscrita no CNPJ sob o nº «c», com sede em «ci»/«uf», neste ato representada por ", r=praz, c=(g.any_cnpj(), "BR_CNPJ"), ci=city, uf=uf)
    qualify(g, doc, rep, addr=False, job=g.pick([("produtor cultural", "produtora cultural"), ("diretor artístico", "diretora artística"),
            ("sócio-administrador", "sócia-administradora")]), email=corp_mail(rep, pdom, g) if g.chance(0.5) else False)
    doc.t(";\n\nCONTRATAD" + ("A" if a.female else "O") + ": ")
    if mei:
        doc.f("«n» — MEI, inscrito no CNPJ sob o nº «c», representado por seu titular, ", n=g.pick(["Arte em Voo", "Picadeiro Solo", "Corda Bamba Artes",
              "Voo Livre Acrobacias", "Riso Solto Palhaçaria", "Malabar & Cia"]), c=(g.cnpj(), "BR_CNPJ"))
    qualify(g, doc, a, email=True, phone=g.chance(0.6), drt=g.chance(0.75), stage=True, dob=g.chance(0.3))
    doc.t(".\n\n")
    fee = g.ri(8, 120) * 100.0
    n_ap = g.ri(4, 40)
    d1, d2 = date_range(g, 20, 120)
    doc.f("CLÁUSULA 1ª — DO OBJETO. Apresentação do número de «x» no espetáculo «s», em «n» sessões, na temporada de «d1» a «d2», conforme roteiro da direção.\n",
          x=g.pick(ARTS_CIRCO) if g.chance(0.6) else "atuação (personagem " + g.pick(["Mãe Celeste", "O Leão", "Bento", "Palhaço Triste", "a Lua"]) + ")",
          s=sh, n=n_ap, d1=d1, d2=d2)
    doc.f("CLÁUSULA 2ª — DO CACHÊ. R$ «v» por apresentação, pagos até o 5º dia útil após cada semana, mediante depósito no «b», agência «ag», conta «ac», "
          "de titularidade d«o» CONTRATAD«O».\n", v=brl(fee), b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          o="a" if a.female else "o", O="A" if a.female else "O")
    doc.t("CLÁUSULA 3ª — A CONTRATANTE manterá seguro de acidentes pessoais (apólice " + g.pick([f"{g.d(2)}.{g.d(4)}.{g.d(6)}", f"AP-{g.d(7)}"]) +
          ") e arcará com transporte, hospedagem e alimentação durante a turnê.\n")
    doc.t("CLÁUSULA 4ª — O uso de imagem e voz restringe-se à divulgação do espetáculo, nos termos da Lei 9.610/1998 e da Lei 6.533/1978.\n")
    doc.f("CLÁUSULA 5ª — Fica eleito o foro da comarca de «c»/«uf».\n\n«c», «d».\n\n", c=city, uf=uf, d=g.date("long"))
    w1, w2 = g.person(), g.person()
    esign = g.chance(0.75)
    if not esign:
        doc.f("_____________________\n«r»\n\n_____________________\n«a»\n\n", r=P(rep.caps), a=P(a.caps))
    doc.f("TESTEMUNHAS:\n1. «w1» — CPF «c1»\n2. «w2» — CPF «c2»\n", w1=P(w1.full), c1=(g.cpf(), "BR_CPF"), w2=P(w2.full), c2=(g.cpf(), "BR_CPF"))
    if esign:
        signers = [(rep, corp_mail(rep, pdom, g)), (a, g.email(a))] + ([(w1, g.email(w1))] if g.chance(0.5) else [])
        if g.chance(0.5):
            signers.append((w2, g.email(w2)))
        esign_log(g, doc, signers, g.moment())
    return doc


def ju_alvara_menor(g: Gen) -> Doc:
    """A child artist's judicial authorisation (ECA art. 149): the parents qualified, the child, the producer, the conditions, the prosecutor and the judge."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    tr, traz, tdom = troupe(g)
    sh = show(g)
    mom = g.person(True)
    dad = g.person(False)
    kid = g.relative(dad, g.chance(0.5))
    if g.chance(0.5):
        kid = Person(kid.given, [mom.last, dad.last] if mom.last != dad.last else [dad.last], kid.female)
    if g.chance(0.4):
        kid.stage = g.pick(["Pimentinha", "Tampinha", "Jujuba", "Farofinha", "Pitoco", "Bibelô"])
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO — COMARCA DE «c»\nVara da Infância e da Juventude\n\nProcesso nº «p»\n"
          "Classe: Alvará Judicial (art. 149, II, da Lei 8.069/1990)\n\n", c=city.upper(), p=g.cnj(CNJ_SEG.get(uf, "8.26")))
    doc.t("REQUERENTES: ")
    both = g.chance(0.65)
    qualify(g, doc, mom, where=(city, uf), phone=g.chance(0.5), rg=True)
    if both:
        doc.t(", e ")
        qualify(g, doc, dad, where=(city, uf), addr=False, rg=g.chance(0.5))
    doc.f(", na qualidade de genitor«s» de ", s="es" if both else "a")
    doc.e(g.pick([kid.full, kid.caps]), "PERSON")
    doc.f(", nascid«o» em «d»", o=kid.o, d=(g.dob(g.pick(["br", "long"]), 2012, 2019), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        doc.f(", CPF «c»", c=(g.cpf(), "BR_CPF"))
    doc.t(".\n")
    doc.f("INTERESSADA: «r», CNPJ «c».\n\n", r=traz, c=(g.any_cnpj(), "BR_CNPJ"))
    doc.t("DECISÃO\n\nVistos. Os requerentes pedem autorização para que ")
    if g.chance(0.5):
        doc.f("«o» filh«o» «n»", o="a" if kid.female else "o", n=P(g.pick([kid.first, kid.full])))
    else:
        doc.f("«o» filh«o»", o="a" if kid.female else "o")
    if kid.stage:
        doc.f(" (nome artístico «s»)", s=P(kid.stage))
    psy = g.person(True)
    med = g.person()
    doc.f(" participe do espetáculo «s», produzido pela interessada. Constam dos autos a declaração de matrícula na Escola Municipal «esc», "
          "o laudo psicológico de «p» («crp») e o atestado médico de «m» («crm»).\n\n",
          s=sh, esc=g.pick(["Professora Zulmira Cotrim", "Padre Anacleto Landim", "Bento Prudente", "Cecília Meireles", "Rosa Amado"]),
          p=P(psy.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"), m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    resp = g.person(True)
    doc.f("Isto posto, AUTORIZO a participação, observadas as condições: a) jornada máxima de 4 (quatro) horas por dia, sem números aéreos acima de 2 m; "
          "b) acompanhamento permanente por um dos genitores ou pela responsável indicada, «r», CPF «c»; c) frequência escolar mínima de 85%; "
          "d) depósito de 20% do cachê em caderneta de poupança em nome da criança, agência «ag», conta «ac».\n\n",
          r=P(resp.full), c=(g.cpf(), "BR_CPF"), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    prom = g.person()
    jz = g.person()
    doc.f("Ciência ao Ministério Público (Promotor«a» de Justiça «p»). Válido até «d».\n\n«c», «dd».\n\n«j»\n«jj» de Direito\n", a="a" if prom.female else "",
          p=P(prom.full), d=g.date("br"), c=city, dd=g.date("long"), j=P(g.pick([jz.full, jz.caps])), jj=fem(jz, "Juiz", "Juíza"))
    if g.chance(0.3):
        doc.t("\n" + word_neg(g) + "\n")
    return doc


def ju_reclamacao_trabalhista(g: Gen) -> Doc:
    """A stagehand's labour claim against a circus or producer (PIS, título sometimes, the foreman, chat evidence, witnesses, lawyer)."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    c_f, c_r, c_d = circo(g) if g.chance(0.6) else troupe(g)
    pr, praz, pdom = produtora(g)
    w = g.person(female=g.chance(0.2))
    boss = g.person(False)
    job = g.pick(["montador de lona", "maquinista de palco", "rigger", "eletricista", "motorista", "cenotécnico"]) if not w.female else \
        g.pick(["camareira", "cozinheira da trupe", "bilheteira", "contrarregra"])
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «v»ª VARA DO TRABALHO DE «c»/«uf»\n\n", v=g.ri(1, 40), c=city.upper(), uf=uf)
    qualify(g, doc, w, pis=True, titulo=g.chance(0.65), dob=g.chance(0.6), job=job, where=(city, uf), phone=g.chance(0.5))
    doc.f(", CTPS «ct», vem, por seu advogado, propor\n\nRECLAMAÇÃO TRABALHISTA\n\nem face de «r», CNPJ «c», e, solidariamente, de «p», CNPJ «c2», pelos fatos a seguir.\n\n",
          ct=ctps(g, uf), r=c_r, c=(g.any_cnpj(), "BR_CNPJ"), p=praz, c2=(g.any_cnpj(), "BR_CNPJ"))
    adm = g.date("br", 2023)
    doc.f("1. O reclamante foi admitido em «d» como «j», sem anotação da CTPS, acompanhando a turnê por «n» cidades. Recebia ordens do chefe de montagem, "
          "«b», conhecido como «nk», que organizava as escalas pelo WhatsApp «t».\n" if not w.female else
          "1. A reclamante foi admitida em «d» como «j», sem anotação da CTPS, acompanhando a turnê por «n» cidades. Recebia ordens do chefe de montagem, "
          "«b», conhecido como «nk», que organizava as escalas pelo WhatsApp «t».\n",
          d=adm, j=job, n=g.ri(4, 19), b=P(boss.full), nk=P(g.pick([boss.nick, "Alemão", "Baiano", "Tripa", "Gaúcho"])), t=(g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER"))
    doc.f("2. A jornada ia das «h1» às «h2», com montagem e desmontagem da lona em dias de mudança, sem intervalo. O salário de R$ «v» era pago por Pix "
          "na chave CPF «c», sem recibo (prints anexos).\n", h1=g.pick(["6h", "7h", "8h"]), h2=g.pick(["23h", "0h30", "1h"]), v=brl(g.ri(14, 30) * 100.0),
          c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("3. Em «d», durante a desmontagem em «ci», sofreu queda da arquibancada, sem emissão de CAT; foi atendid«o» no «h» (CID S82.1).\n",
              d=g.date("br"), ci=g.city()[0], o=w.o, h=g.pick(["Hospital Municipal São Bento", "Pronto-Socorro Aurora", "UPA Vila Serena"]))
    doc.t("\nPEDIDOS: reconhecimento de vínculo (arts. 2º e 3º da CLT), anotação da CTPS, horas extras, adicional noturno, FGTS + 40%, "
          "multas dos arts. 467 e 477 da CLT, indenização por dano moral (Súmula 378 do TST, se houver acidente).\n\n")
    doc.t("ROL DE TESTEMUNHAS:\n")
    for _ in range(g.ri(1, 3)):
        t = g.person()
        doc.f("- «n», «j», CPF «c»", n=P(t.full), j=crew_role(g, t), c=(g.cpf(), "BR_CPF"))
        if g.chance(0.5):
            doc.f(", tel. «t»", t=(g.phone("par"), "PHONE_NUMBER"))
        doc.t("\n")
    doc.f("\nDá-se à causa o valor de R$ «v».\n«c», «d».\n\n", v=brl(g.ri(30, 180) * 1000.0 + g.ri(0, 99)), c=city, d=g.date("long"))
    lawyer_sig(g, doc, g.pick([1, 1, 2]))
    return doc


def ju_acidente_lona(g: Gen) -> Doc:
    """An accident report at the circus tent in ALL CAPS, sometimes OCR'd (victim qualified, rigger, ambulance plate, witnesses, engineer)."""
    doc = Doc()
    c_f, c_r, c_d = circo(g)
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    R = g.pick([0.0, 0.0, 0.25, 0.35])
    O = (lambda s: ocr_t(caps_t(s), g, R)) if R else caps_t
    N = (lambda s: ocr(s, g, 0.3, names=True)) if R else (lambda s: s)
    v = g.artist(stage_p=0.6)
    rig = g.person(False)
    doc.f(O("«c»\n«r» — CNPJ «cn»\nRELATÓRIO DE OCORRÊNCIA Nº «n» — ACIDENTE DURANTE ESPETÁCULO\n\n"), c=fold(c_f).upper(), r=fold(c_r).upper(),
          cn=(g.any_cnpj(), "BR_CNPJ"), n=f"{g.ri(1, 40):02d}/{g.pick([2025, 2026])}")
    doc.f(O("DATA: «d»   HORA: «h»\nLOCAL: PICADEIRO — LONA MONTADA NO «l», «ci»/«uf»\n\n"), d=g.date("br"), h=g.hm(),
          l=g.pick(["PARQUE DE EXPOSICOES", "ESTACIONAMENTO DO ESTADIO MUNICIPAL", "TERRENO DA FEIRA LIVRE", "PATIO DO ANTIGO MATADOURO"]), ci=fold(city).upper(), uf=uf)
    doc.t(O("VITIMA: "))
    doc.e(N(v.capsf), "PERSON")
    if v.stage:
        doc.t(O(" (NOME ARTISTICO \""))
        doc.e(N(fold(v.stage).upper()), "PERSON")
        doc.t("\")")
    doc.f(O(", «j», NASCIDA EM «d», RG «rg», CPF «c»\nENDERECO: ") if v.female else O(", «j», NASCIDO EM «d», RG «rg», CPF «c»\nENDERECO: "),
          j=fold(g.pick(["trapezista", "aramista", "acrobata", "contorcionista", "malabarista"])).upper(), d=(g.dob("br", 1975, 2006), "DATE_OF_BIRTH"),
          rg=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"))
    doc.e(N(g.address("caps")), "ADDRESS")
    doc.f(O(" — CEP «p» — TEL «t»\n\n"), p=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f(O("DESCRICAO: DURANTE O NUMERO DE «a», AS «h», O MOSQUETAO DA LINHA DE SEGURANCA SE SOLTOU E A VITIMA CAIU DE APROXIMADAMENTE «m» METROS SOBRE A REDE, "
            "BATENDO O OMBRO NA BORDA DO PICADEIRO. O RIGGER RESPONSAVEL, «r», CONFIRMOU A INSPECAO DO EQUIPAMENTO NA PASSAGEM DA TARDE. "
            "O ESPETACULO FOI INTERROMPIDO E O PUBLICO ORIENTADO PELO APRESENTADOR «ap».\n\n"),
          a=fold(g.pick(ARTS_CIRCO[:6])).upper(), h=g.hm(), m=g.ri(3, 9), r=P(N(fold(g.pick([rig.full, rig.short])).upper())),
          ap=P(N(fold(g.pick(STAGE)).upper())) if g.chance(0.5) else V("DE PLANTAO"))
    soc = g.person()
    doc.f(O("SOCORRO: SAMU, VIATURA «p», SOCORRISTA «s» («co»). ENCAMINHADA AO «hosp».\n\n") if v.female else
          O("SOCORRO: SAMU, VIATURA «p», SOCORRISTA «s» («co»). ENCAMINHADO AO «hosp».\n\n"),
          p=(g.plate(), "LICENSE_PLATE"), s=P(N(soc.capsf)), co=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          hosp=g.pick(["HOSPITAL REGIONAL SAO BENTO", "PRONTO-SOCORRO MUNICIPAL", "HOSPITAL SANTA LUZIA", "UPA 24H VILA ROSA"]))
    doc.t(O("TESTEMUNHAS:\n"))
    for _ in range(g.ri(1, 2)):
        t = g.person()
        if g.chance(0.5):
            doc.f(O("- «n», CPF «c»\n"), n=P(N(t.capsf)), c=(g.cpf(), "BR_CPF"))
        else:
            doc.f(O("- «n», TEL «c»\n"), n=P(N(t.capsf)), c=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"))
    eng = g.person()
    doc.f(O("\nRESPONSAVEL TECNICO PELA ESTRUTURA: ENG. «e», «cr», ART Nº «art»\n"), e=P(N(eng.capsf)), cr=(g.council("CREA", uf), "PROFESSIONAL_ID"),
          art=clean(g, lambda: g.d(13)))
    dr = g.person()
    doc.f(O("DIRETOR DO CIRCO: «d» — CPF «c»\n"), d=P(N(dr.capsf)), c=(g.cpf(), "BR_CPF"))
    doc.t(O("OBS: CIRCO SEM ANIMAIS. LONA E ARQUIBANCADAS VISTORIADAS PELO CORPO DE BOMBEIROS (AVCB Nº " + g.d(6) + ").\n"))
    return doc


def ju_notificacao_ecad(g: Gen) -> Doc:
    """An ECAD notice for public performance of music in a show (the works and their composers, the agent) and the producer's lawyer's reply."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    tr, traz, tdom = troupe(g) if g.chance(0.6) else (g.pick(VENUES), g.pick(VENUES) + " — Associação Mantenedora", "")
    sh = show(g)
    rep = g.person()
    ag = g.person()
    doc.f("ECAD — ESCRITÓRIO CENTRAL DE ARRECADAÇÃO E DISTRIBUIÇÃO\nUnidade «c»/«uf»\n\nNOTIFICAÇÃO EXTRAJUDICIAL Nº «n»\n\n", c=city, uf=uf,
          n=f"{g.d(5)}/{g.pick([2025, 2026])}")
    doc.f("Notificada: «r», CNPJ «cn», na pessoa de seu representante legal, «p», CPF «cpf».\n\n", r=traz, cn=(g.any_cnpj(), "BR_CNPJ"), p=P(rep.full),
          cpf=(g.cpf(), "BR_CPF"))
    doc.f("Constatamos a execução pública de obras musicais no espetáculo «s», em cartaz de «d1» a «d2», sem a prévia autorização exigida pelo art. 68 "
          "da Lei 9.610/1998. As obras identificadas pela fiscalização:\n\n", s=sh, **dict(zip(("d1", "d2"), date_range(g, 10, 120))))
    rows = []
    for song, iswc in g.sample(SONGS, g.ri(2, 3)):
        comp = [g.person() for _ in range(g.pick([1, 1, 2]))]
        cells = [V(song), V(iswc)]
        names = " / ".join(g.pick([p.full, p.inverted, p.short]) for p in comp) if g.chance(0.75) else g.pick(["domínio público", "autor não identificado"])
        rows.append((cells, comp, names))
    widths = [max(len("obra"), *(len(r[0][0][0]) for r in rows)), max(len("ISWC"), *(len(r[0][1][0]) for r in rows))]
    doc.t(f"{'obra'.ljust(widths[0])}  {'ISWC'.ljust(widths[1])}  autores\n")
    for cells, comp, names in rows:
        doc.t(cells[0][0].ljust(widths[0]) + "  " + cells[1][0].ljust(widths[1]) + "  ")
        parts = names.split(" / ")
        if names in ("domínio público", "autor não identificado"):
            doc.t(names + "\n")
            continue
        for k, part in enumerate(parts):
            if k:
                doc.t(" / ")
            doc.e(part, "PERSON")
        doc.t("\n")
    doc.f("\nValor apurado: R$ «v» (tabela de preços, item «i»). Boleto:\n«l»\nVencimento: «d»\n\n", v=brl(g.ri(900, 18000) + 0.0), i=f"{g.ri(1, 9)}.{g.ri(1, 12)}",
          l=boleto_line(g), d=g.date("br"))
    doc.f("Agente de arrecadação: «a» · «t» · «e»\n\n", a=P(ag.full), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          e=(corp_mail(ag, "ecad.org.br", g), "EMAIL_ADDRESS") if g.chance(0.6) else V(role_mail(g, "ecad.org.br", "arrecadacao")))
    lw = g.person()
    mus = g.artist(stage_p=0.3)
    doc.f("----- resposta enviada em «d» -----\nDe: «n» <«e»>\nPara: «r»\n\n", d=g.date("br"), n=P(lw.full), e=(corp_mail(lw, g.pick(["artelex.adv.br", "culturaedireito.adv.br"]), g), "EMAIL_ADDRESS"),
          r=role_mail(g, "ecad.org.br", "arrecadacao"))
    doc.f("Prezados, a trilha do espetáculo é composta majoritariamente por obras inéditas do músico da companhia, «m», CPF «c», que cedeu os direitos "
          "por termo anexo. Apenas «o» é de terceiros e será objeto de licença. Requeremos o recálculo.\n\n«n»\n",
          m=P(mus.full), c=(g.cpf(), "BR_CPF"), o=rows[0][0][0][0], n=P(lw.full) if g.chance(0.5) else V("Atenciosamente,"))
    doc.f("«oab» · «t»\n", oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    return doc


def ju_alvara_circo(g: Gen) -> Doc:
    """A municipal permit process for a circus (owner qualified, engineer's ART, electrician, convoy of vehicles, inspector's opinion, decision)."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    c_f, c_r, c_d = circo(g)
    own = g.person()
    doc.f("PREFEITURA MUNICIPAL DE «c»\nSecretaria Municipal de Desenvolvimento Urbano — Fiscalização de Posturas\n\nPROCESSO ADMINISTRATIVO Nº «p»\n"
          "Assunto: licença para instalação e funcionamento temporário de circo\n\n", c=city.upper(), p=f"{g.ri(2025, 2026)}/{g.d(6)}")
    doc.f("REQUERENTE: «r» («f»), CNPJ «cn», representada por ", r=c_r, f=c_f, cn=(g.any_cnpj(), "BR_CNPJ"))
    qualify(g, doc, own, addr=g.chance(0.5), email=g.chance(0.5), phone=True, job=("empresário circense", "empresária circense"), titulo=g.chance(0.25))
    dr = date_range(g, 15, 60)
    doc.f(".\nLOCAL: «l» (área cedida pela Prefeitura)\nPERÍODO: «d1» a «d2» · lotação «n» lugares\n\n", l=g.pick(["Parque de Exposições", "área do antigo campo do Aurora F.C.",
          "estacionamento do ginásio municipal", "Praça de Eventos Bento Leal"]), d1=dr[0], d2=dr[1], n=g.ri(400, 2200))
    eng = g.person()
    ele = g.person(False)
    doc.f("DOCUMENTOS APRESENTADOS\n- ART nº «a» — montagem da lona e arquibancadas — Eng. «e» («cr»)\n- Laudo de instalações elétricas — eletricista «el», CPF «c»\n"
          "- AVCB/CLCB nº «av» — Corpo de Bombeiros\n- Apólice de responsabilidade civil nº «ap»\n- Declaração de espetáculo sem animais (Lei municipal nº «lm»)\n\n",
          a=clean(g, lambda: g.d(g.pick([13, 17]))), e=P(eng.full), cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), el=P(ele.full), c=(g.cpf(), "BR_CPF"),
          av=g.d(6), ap=f"{g.d(3)}.{g.d(4)}.{g.d(5)}", lm=f"{g.ri(1000, 9999)}/{g.ri(2005, 2022)}")
    doc.t("VEÍCULOS DO COMBOIO (estacionamento no local)\n")
    rows = []
    for _ in range(g.ri(3, 5)):
        dv = g.person(False) if g.chance(0.85) else g.person(True)
        rows.append([V(g.pick(["caminhão", "carreta", "motorhome", "trailer", "van", "caminhão-gerador"])), (g.plate(), "LICENSE_PLATE"),
                     P(g.pick([dv.full, dv.short, dv.caps])), (g.cnh(), "BR_CNH") if g.chance(0.85) else V("—")])
    table_ruled(doc, ["tipo", "placa", "condutor", "CNH"], rows, g.pick(["plus", "plain", "pipe", "psql"]))
    fis = g.person()
    sec = g.person()
    doc.f("\nPARECER: vistoria em «d» pelo fiscal «f» (matrícula «m»): estrutura conforme ART, extintores e rotas de fuga sinalizados; "
          "banheiros químicos: «b» unidades. Favorável.\n\nDESPACHO: DEFERIDO, condicionado à vistoria final dos Bombeiros. Taxa de licença: R$ «v».\n\n«s»\nSecretári«o» Municipal\n",
          d=g.date("br"), f=P(g.pick([fis.full, fis.short])), m=g.d(5), b=g.ri(4, 14), v=brl(g.ri(300, 2800) + 0.0), s=P(sec.full), o="a" if sec.female else "o")
    return doc


def ju_ata_audiencia(g: Gen) -> Doc:
    """Hearing minutes with a settlement (labour claim of a technician, or an actor's unpaid fee), paid to an account or a random Pix key."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    labour = g.chance(0.6)
    pr, praz, pdom = produtora(g) if g.chance(0.5) else troupe(g)
    jz = g.person()
    a = g.person() if labour else g.artist()
    la = g.person()
    pre = g.person()
    lb = g.person()
    if labour:
        doc.f("PODER JUDICIÁRIO — JUSTIÇA DO TRABALHO\nTRIBUNAL REGIONAL DO TRABALHO\n«v»ª Vara do Trabalho de «c»\n\nATA DE AUDIÊNCIA\nProcesso: ATOrd «p»\n",
              v=g.ri(1, 30), c=city, p=g.cnj(TRT.get(uf, "5.02")))
    else:
        doc.f("PODER JUDICIÁRIO\n«v»º Juizado Especial Cível da Comarca de «c»\n\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nProcesso: «p»\n", v=g.ri(1, 9), c=city,
              p=g.cnj(CNJ_SEG.get(uf, "8.26")))
    doc.f("\nAos «d», na sala de audiências, sob a presidência d«o» «t» «j», foram apregoadas as partes.\n", d=g.date("long"), o="a" if jz.female else "o",
          t=("Juíza" if jz.female else "Juiz") if labour else ("conciliadora" if jz.female else "conciliador"), j=P(jz.full))
    doc.f("Presente «o» «r» «n», CPF «c»", o="a" if a.female else "o", r=("reclamante" if labour else "autora") if a.female else ("reclamante" if labour else "autor"),
          n=P(a.full), c=(g.cpf(), "BR_CPF"))
    if labour and g.chance(0.5):
        doc.f(", PIS «p»", p=(g.pis(), "BR_PIS"))
    if labour and g.chance(0.25):
        doc.f(", título de eleitor «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f(", acompanhad«o» de «adv», «l», «oab».\n", o="a" if a.female else "o", adv="sua advogada" if la.female else "seu advogado",
          l=P(la.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("Presente a «r» «e», CNPJ «cn», representada pel«o» «pp» «p», CPF «cp», e por «adv», «b», «oab».\n\n",
          r="reclamada" if labour else "ré", e=praz, cn=(g.any_cnpj(), "BR_CNPJ"), o="a" if pre.female else "o", pp="preposta" if pre.female else "preposto",
          adv="sua advogada" if lb.female else "seu advogado",
          p=P(pre.full), cp=(g.cpf(), "BR_CPF"), b=P(lb.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    total = g.ri(3, 60) * 500.0
    n_p = g.ri(1, 6)
    doc.f("CONCILIAÇÃO: as partes celebram acordo no valor líquido de R$ «v», em «n» parcela«s», vencendo a primeira em «d», ", v=brl(total), n=n_p,
          s="s" if n_p > 1 else "", d=g.date("br"))
    r = g.rng.random()
    if r < 0.4:
        doc.f("mediante depósito na conta d«o» «r», «b», agência «ag», conta «ac».\n", o="a" if a.female else "o", r="reclamante" if labour else "parte autora",
              b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    elif r < 0.75:
        doc.f("mediante Pix para a chave aleatória «k», de titularidade d«o» «r».\n", k=(g.uuid(), "PIX_KEY"), o="a" if a.female else "o",
              r="reclamante" if labour else "parte autora")
    else:
        doc.f("mediante transferência para a conta d«o» «x» «l», agência «ag», conta «ac», com poderes para receber e dar quitação.\n",
              o="a" if la.female else "o", x=fem(la, "advogado", "advogada"), l=P(la.short), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    if labour:
        doc.t("Natureza indenizatória: 100% (férias indenizadas + 1/3, FGTS + 40%, multa do art. 477). Sem recolhimento previdenciário.\n")
    doc.t("Multa de 50% sobre o saldo em caso de atraso. Cumprido o acordo, quitação pelo objeto do pedido e pelo extinto contrato.\n\n")
    if labour and g.chance(0.45):
        tw = g.person()
        doc.f("Presente a testemunha convidada pel«o» reclamante, «n», RG «rg», CPF «c», dispensada em razão do acordo.\n\n", o="a" if a.female else "o",
              n=P(tw.full), rg=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("A «r» compromete-se ainda a entregar o TRCT e as guias do seguro-desemprego d«o» «x» em «d».\n\n", r="reclamada" if labour else "ré",
              o="a" if a.female else "o", x=("reclamante" if labour else "autor"), d=g.date("br"))
    sec = g.person()
    if g.chance(0.5):
        doc.f("Nada mais. Eu, «s», secretári«o» de audiência, digitei.\n\n", s=P(sec.full), o=sec.o)
    else:
        doc.t("Nada mais.\n\n")
    if g.chance(0.5):
        doc.t("(assinado eletronicamente pelos presentes — Lei 11.419/2006)\n")
    else:
        doc.f("«j»\n«a»\n«p»\n", j=P(jz.caps), a=P(a.caps), p=P(pre.caps))
    return doc


JU = [ju_contrato_artista, ju_alvara_menor, ju_reclamacao_trabalhista, ju_acidente_lona, ju_notificacao_ecad, ju_alvara_circo, ju_ata_audiencia]


# --------------------------------------------------------------------------- saude


def health_plan(g: Gen) -> str:
    """A health-plan card number (not labelled; drawn so that it passes no CNS or card check)."""
    return clean(g, lambda: g.pick([f"{g.d(1)} {g.d(3)} {g.d(6)} {g.d(4)} {g.d(1)}", f"{g.d(4)}.{g.d(4)}.{g.d(6)}-{g.d(2)}", f"{g.d(3)}{g.up(1)}{g.d(9)}"]))


def sa_ficha_acrobata(g: Gen) -> Doc:
    """An acrobat's injury record at a sports/orthopaedic clinic (CID not labelled; coach as companion; physician and physiotherapist)."""
    doc = Doc()
    cn, cdom = g.pick(SPORT_CLINICS)
    tr = troupe(g)
    uf = g.pick(UFS)
    p = g.artist(stage_p=0.5)
    coach = g.person()
    med = g.person()
    fis = g.person()
    icd = g.pick(SPORT_ICD)
    t0 = g.moment(hours=(8, 20))
    doc.f("«c»\nFICHA DE ATENDIMENTO — ORTOPEDIA / MEDICINA ESPORTIVA\nAtendimento nº «n» · «d»\n\n", c=cn.upper(), n=g.d(7), d=ts(t0, "br"))
    fields = [("Paciente", P(g.pick([p.full, p.caps])))]
    if p.stage:
        fields.append(("Nome artístico", P(p.stage)))
    fields += [("Data de nascimento", (g.dob("br", 1980, 2007), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.6):
        fields.append(("CNS", (g.cns(), "BR_CNS")))
    fields += [("Telefone", (g.phone(), "PHONE_NUMBER")), ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
               ("Convênio", V(g.pick(["particular", "Unimed Aurora — carteirinha " + health_plan(g), "Bradesco Saúde — " + health_plan(g), "SUS"]))),
               ("Vínculo", V(f"{tr[0]} — {g.pick(ARTS_CIRCO)}"))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    doc.f("\nACOMPANHANTE: «c» («r»), tel. «t»\n\n", c=P(g.pick([coach.full, coach.short])), r=g.pick(["treinador", "diretora artística", "parceiro de número", "mãe"]),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    where = {"S43.0": "ombro direito", "S83.5": "joelho esquerdo", "S93.4": "tornozelo direito", "S62.6": "mão esquerda", "M75.1": "ombro esquerdo",
             "S33.5": "região lombar", "M77.1": "cotovelo direito", "S42.0": "ombro e clavícula", "M54.2": "pescoço", "S06.0": "cabeça"}[icd[0]]
    doc.f("QUEIXA: queda durante ensaio de «a» há «h» horas, de cerca de «m» m, com trauma em «l». Nega perda de consciência.\n", a=g.pick(ARTS_CIRCO[:10]),
          h=g.ri(1, 20), m=g.ri(2, 7), l=where)
    doc.f("EXAME: dor à palpação, edema ++, amplitude limitada. RX: «r».\nHD: «cid» — «dx»\n", r=g.pick(["sem fratura", "fratura sem desvio", "luxação anterior"]),
          cid=icd[0], dx=icd[1])
    doc.f("CONDUTA: «c». Afastamento de «n» dias das atividades aéreas. Fisioterapia com «f» («cf»), 10 sessões.\n\n", c=g.pick(["redução incruenta e tipoia",
          "imobilização com tala e gelo", "analgesia e repouso relativo", "bota imobilizadora e muletas"]), n=g.ri(7, 60), f=P(fis.full),
          cf=(g.council("CREFITO"), "PROFESSIONAL_ID"))
    doc.f("«d» «n» — «crm»\n", d=dra(med), n=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f("Relatório enviado à produção («e») a pedido do paciente.\n", e=(corp_mail(g.person(), tr[2], g), "EMAIL_ADDRESS") if g.chance(0.5) else V(role_mail(g, tr[2], "producao")))
    return doc


def sa_log_primeiros_socorros(g: Gen) -> Doc:
    """A circus's first-aid log over a season (audience and artists; ages, parents' phones, removals by ambulance; the nursing technician)."""
    doc = Doc()
    c_f, c_r, c_d = circo(g)
    city, uf = g.city()
    tec = g.person(True) if g.chance(0.7) else g.person(False)
    caps = g.chance(0.4)
    up = (lambda s: fold(s).upper()) if caps else (lambda s: s)
    upt = caps_t if caps else (lambda s: s)
    doc.f(upt("Livro de registro do posto de primeiros socorros — «c» — temporada «ci»/«uf»\n"), c=c_f, ci=city, uf=uf)
    doc.f(upt("Responsável: técnic«o» de enfermagem «n» («co»)\n\n"), o="a" if tec.female else "o", n=P(up(tec.full)), co=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    d = g.day()
    for k in range(g.ri(3, 6)):
        d = d + datetime.timedelta(days=g.ri(0, 3))
        doc.f("«d» «h» — ", d=dbr(d, "br")[:5], h=g.hm())
        kind = g.pick(["kid", "kid", "artist", "elder", "adult", "removal"])
        if kind == "kid":
            kid = g.person()
            par = g.relative(kid, True) if g.chance(0.7) else g.relative(kid, False)
            doc.e(up(g.pick([kid.full, kid.short])), "PERSON")
            doc.f(upt(", «i» anos, «o». Curativo. Responsável: «p», tel. «t».\n"), i=g.ri(3, 12),
                  o=g.pick(["escoriação no joelho ao descer da arquibancada", "corte superficial no dedo", "mal-estar após algodão-doce", "picada de inseto"]),
                  p=P(up(par.full)) if g.chance(0.5) else V(up(g.pick(["a mãe", "o pai", "a avó"]))), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
        elif kind == "artist":
            a = g.artist(stage_p=0.7)
            doc.e(up(a.stage if a.stage and g.chance(0.6) else a.short), "PERSON")
            doc.f(upt(" («r»), «o». Gelo e imobilização, liberad«x» com orientação.\n"), r=g.pick(["trapezista", "malabarista", "palhaço", "aramista", "acrobata"]),
                  o=g.pick(["entorse de tornozelo no aquecimento", "queimadura leve no número do fogo", "câimbra na corda", "corte na mão no arame"]), x=a.o)
        elif kind == "elder":
            e = g.person()
            doc.e(up(e.full), "PERSON")
            doc.f(upt(", «i» anos, queda de pressão (PA 9x6) no intervalo. Repouso e hidratação. Acompanhante «a», tel. «t».\n"), i=g.ri(62, 88),
                  a=P(up(g.relative(e).first)) if g.chance(0.5) else V(up(g.pick(["a filha", "o filho", "a neta"]))), t=(g.phone(), "PHONE_NUMBER"))
        elif kind == "adult":
            e = g.person()
            doc.e(up(e.full), "PERSON")
            doc.f(upt(", nasc. «b», CPF «c», «o». Liberad«x».\n"), b=(g.dob("br", 1960, 2005), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"),
                  o=g.pick(["crise de ansiedade durante o globo da morte", "torção do pé na saída", "sangramento nasal"]), x=e.o)
        else:
            e = g.person()
            doc.e(up(e.full), "PERSON")
            doc.f(upt(", nasc. «b», queda da arquibancada, suspeita de fratura de punho (CID S52.5). Removid«x» pelo SAMU, viatura «p», ao «h». "
                     "Doc.: RG «r».\n"), b=(g.dob("br", 1950, 2012), "DATE_OF_BIRTH"), x=e.o, p=(g.plate(), "LICENSE_PLATE"),
                  h=up(g.pick(["Hospital Regional", "Pronto-Socorro Municipal", "Hospital São Bento"])), r=(g.rg(), "BR_RG"))
    if g.chance(0.5):
        doc.t(up("\nEstoque: reposição de soro fisiológico, gaze e ataduras pedida à produção.\n"))
    if g.chance(0.5):
        doc.f(upt("\nVisto da direção: «n»\n"), n=P(up(g.person().full)))
    else:
        doc.t(upt("\nVisto da direção: ________\n"))
    if caps:
        capped = fold(doc.text).upper()
        assert len(capped) == len(doc.text)
        doc.text = capped
    return doc


def sa_aso_altura(g: Gen) -> Doc:
    """ASO of a technician working at height (NR-35), and sometimes the batch list of the rigging crew."""
    doc = Doc()
    oc, odom = g.pick(OCC_CLINICS)
    emp = g.pick([circo(g), produtora(g), cia(g)])
    uf = g.pick(UFS)
    w = g.person(False) if g.chance(0.8) else g.person(True)
    ex, co = g.person(), g.person()
    doc.f("ATESTADO DE SAÚDE OCUPACIONAL — ASO\n«c» · CNPJ «cn»\n\n", c=oc, cn=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Empresa", V(emp[1])), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Trabalhador(a)", P(g.pick([w.full, w.caps]))), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.6):
        fields.append(("RG", (g.rg(), "BR_RG")))
    fields += [("Nascimento", (g.dob("br", 1965, 2005), "DATE_OF_BIRTH")), ("Função", V(g.pick(["rigger (CBO 7153-15)", "montador de lona", "técnico de iluminação",
               "maquinista de palco", "eletricista de espetáculos"]))), ("Tipo de exame", V(g.pick(["admissional", "periódico", "retorno ao trabalho", "mudança de função"])))]
    if g.chance(0.4):
        fields.append(("NIT", (g.pis(), "BR_PIS")))
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    doc.t("\nRiscos: trabalho em altura (NR-35), ruído, eletricidade (NR-10), ergonômico.\nExames complementares: audiometria, ECG, EEG, glicemia de jejum, acuidade visual.\n")
    res = g.pick(["APTO", "APTO", "APTO para trabalho em altura", "INAPTO temporariamente (reavaliar em 30 dias)"])
    doc.f("\nPARECER: «r»\n\nMédico examinador: «e» — «ce»\nCoordenador do PCMSO: «c» — «cc»\n", r=res, e=P(ex.full), ce=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          c=P(co.full), cc=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        doc.t("\nRELAÇÃO DE ASOs DA EQUIPE DE MONTAGEM\n")
        rows = []
        for _ in range(g.ri(3, 5)):
            t = g.person(False) if g.chance(0.8) else g.person(True)
            rows.append([P(g.pick([t.full, t.short, t.inverted])), (g.cpf(), "BR_CPF"), (g.dob("br", 1965, 2005), "DATE_OF_BIRTH"),
                         V(crew_role(g, t, 6)), V(g.pick(["apto", "apto", "apto", "inapto"]))])
        table_ruled(doc, ["nome", "CPF", "nascimento", "função", "resultado"], rows, g.pick(["plus", "psql", "plain", "md"]))
    return doc


def sa_fono_ator(g: Gen) -> Doc:
    """A speech therapist's notes on an actor with dysphonia (the ENT's CRM, the therapist's CRFa, a note to the producer)."""
    doc = Doc()
    fn, fdom = g.pick(FONO)
    tr = cia(g)
    sh = show(g)
    uf = g.pick(UFS)
    a = g.artist(stage_p=0.2)
    orl = g.person()
    fo = g.person(True) if g.chance(0.8) else g.person(False)
    prod = g.person()
    icd = g.pick(VOICE_ICD)
    doc.f("«f»\nPRONTUÁRIO FONOAUDIOLÓGICO — EVOLUÇÃO\n\n", f=fn)
    doc.f("Paciente: «n» · nasc. «d» · CPF «c»\nContato: «t» · «e»\nProfissão: «j» (elenco de «s», «tr»)\n", n=P(a.full), d=(g.dob(g.pick(["br", "short"]), 1965, 2002), "DATE_OF_BIRTH"),
          c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(a), "EMAIL_ADDRESS"), j="atriz" if a.female else "ator", s=sh, tr=tr[0])
    if g.chance(0.6):
        doc.f("Endereço: «a» · CEP «p»\n", a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    doc.f("Encaminhamento: «d» «o» («crm»), videolaringoscopia de «dt»: «x».\nHipótese: «cid» («dx»).\n\n", d=dra(orl), o=P(orl.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), dt=g.date("br"), x=g.pick(["nódulos bilaterais em terço médio", "fenda triangular posterior",
          "edema de Reinke leve", "laringe sem lesões, hiperconstrição supraglótica"]), cid=icd[0], dx=icd[1])
    d0 = g.day()
    notes = g.sample(["exercícios de trato vocal semiocluído (canudo em água), 3x/dia.", "vibração de língua e lábios; relata 3 sessões no sábado.",
              "aquecimento antes da peça e desaquecimento após; voz mais estável.", "ressonância e projeção sem esforço; orientada hidratação.",
              "piora após ensaio aberto com gritos em cena; repouso vocal 48 h.", "melhora importante; alta programada em 2 semanas."], g.ri(3, 5))
    for k, note in enumerate(notes):
        doc.f("«d» — «x»\n", d=dbr(d0 + datetime.timedelta(days=7 * k)), x=note)
    doc.f("\nOrientação à produção (enviada a «p», «e»): evitar sessões duplas aos domingos; microfone de lapela nas cenas 4 e 9.\n",
          p=P(g.pick([prod.full, prod.first])), e=(corp_mail(prod, tr[2], g), "EMAIL_ADDRESS"))
    doc.f("\n«n»\nFonoaudiólog«o» — «c»\n", n=P(fo.full), o="a" if fo.female else "o", c=(g.council("CRFa"), "PROFESSIONAL_ID"))
    return doc


def sa_zap_atestados(g: Gen) -> Doc:
    """Sick notes sent to the producer by WhatsApp (CID not labelled; doctors' CRM; understudies; CNS for the insurer; a spouse's number)."""
    doc = Doc()
    tr = troupe(g)
    st = chat_stamp(g)
    tt = iter(seq_times(g, 40, g.moment(hours=(6, 22)), 120, 7200))
    prod = g.person(True) if g.chance(0.6) else g.person(False)
    doc.f("Conversa do WhatsApp com «g»\n\n", g=g.pick([f"Elenco {tr[0]} 🎭", "ATESTADOS / FALTAS", f"Produção — {show(g)}"]))
    Pd = V("Você") if g.chance(0.65) else P(lower(g.pick([prod.first, prod.short])))
    arts = [g.artist(stage_p=0.5) for _ in range(g.ri(2, 4))]
    S = [(g.phone("wa"), "PHONE_NUMBER") if g.chance(0.7) else P(lower(g.pick([a.first, a.short] + ([a.stage] if a.stage else [])))) for a in arts]
    cl(doc, st(next(tt)), Pd, "lembrando: atestado aqui até 2h antes da sessão, com nome do médico e crm legível 🙏")
    for k, a in enumerate(arts):
        icd = g.pick(SICK_ICD + SPORT_ICD[:4])
        doc_ = g.person()
        r = g.rng.random()
        if r < 0.5:
            named = g.chance(0.5)
            cl(doc, st(next(tt)), S[k], "<anexo: IMG-«d»-WA«n».jpg> atestado de «x», «dr»«m» «c», cid «cid»", d=g.d(8), n=g.d(4),
               x=g.pick(["1 dia", "2 dias", "3 dias", "5 dias", "hoje e amanhã"]),
               dr=g.pick(["dra ", "dra. "] if doc_.female else ["dr ", "dr. "]) if named else "", m=P(lower(doc_.full)) if named else V(""), c=(g.council("CRM").lower() if g.chance(0.4) else g.council("CRM"), "PROFESSIONAL_ID"), cid=icd[0].lower())
        elif r < 0.75:
            cl(doc, st(next(tt)), S[k], "to na upa com «x» desde as «h», «m», vou mandar o atestado assim que sair", x=g.pick(["febre", "dor de barriga", "o pé inchado", "enxaqueca"]),
               h=g.hm(), m=g.pick(["foi mal gente", "não vou conseguir", "😷"]))
            if g.chance(0.5):
                cl(doc, st(next(tt)), S[k], "<anexo: atestado.pdf> «m», «c»", m=P(lower(doc_.full)), c=(g.council("CRM"), "PROFESSIONAL_ID"))
            else:
                cl(doc, st(next(tt)), S[k], "<anexo: atestado.pdf> o crm do médico é «c»", c=(g.council("CRM"), "PROFESSIONAL_ID"))
        else:
            sp = g.person(female=not a.female)
            cl(doc, st(next(tt)), (g.phone("wa"), "PHONE_NUMBER"), "oi aqui é «s», «x» da «n». ela ficou internada no «h», o celular dela ta comigo" if a.female else
               "oi aqui é «s», «x» do «n». ele ficou internado no «h», o celular dele ta comigo", s=P(lower(sp.first)),
               x=("a esposa" if sp.female else "o marido") if g.chance(0.7) else ("a irmã" if sp.female else "o irmão"), n=P(lower(a.art)),
               h=g.pick(["hospital são bento", "pronto socorro aurora", "hospital santa luzia"]))
        if g.chance(0.4):
            u = g.artist(stage_p=0.5)
            cl(doc, st(next(tt)), Pd, "melhoras!! hoje «n» cobre o número, «m»", n=P(lower(u.art)), m=g.pick(["já avisei a direção", "passagem às 17h", "figurino no camarim 3"]))
    if g.chance(0.7):
        k = g.ri(0, len(arts) - 1)
        cl(doc, st(next(tt)), Pd, "«n» a seguradora pediu cpf e cartão do sus pra abrir o sinistro", n=P(lower(arts[k].first)))
        cl(doc, st(next(tt)), S[k], "cpf «c» cns «s»", c=(g.cpf(), "BR_CPF"), s=(g.cns(), "BR_CNS"))
        if g.chance(0.5):
            cl(doc, st(next(tt)), Pd, "e o nit pro inss, se passar de 15 dias")
            cl(doc, st(next(tt)), S[k], "«n»", n=(g.pis(), "BR_PIS"))
    if g.chance(0.4):
        cl(doc, st(next(tt)), S[g.ri(0, len(arts) - 1)], chat_neg(g))
    return doc


def sa_vacinacao_trupe(g: Gen) -> Doc:
    """The vaccination list of a touring crew at a UBS (CSV or table; CPF or CNS, birth date, vaccine, lot; the vaccinator's COREN)."""
    doc = Doc()
    tr = troupe(g)
    city, uf = g.city()
    ubs = g.pick(["UBS Vila Rosa", "UBS Jardim Aurora", "UBS Bento Leal", "Unidade de Saúde da Família Esperança", "UBS Centro"])
    vac = g.person(True) if g.chance(0.8) else g.person(False)
    doc.f("Ação de vacinação extramuros — «t» — «u» («c»/«uf»)\nData: «d» · Vacinador«a»: «v» («co»)\n\n", t=tr[0], u=ubs, c=city, uf=uf, d=g.date("br"),
          a="a" if vac.female else "", v=P(vac.full), co=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    split = g.chance(0.25)
    fmt = g.pick(["csv;", "csv,", "plus", "psql", "md"])
    cols = (["first_name", "last_name"] if split else ["nome"]) + ["cpf", "cns", "data_nasc", "vacina", "lote", "dose"]
    rows = []
    pend = []
    for _ in range(g.ri(5, 8)):
        p = g.artist(stage_p=0.0) if g.chance(0.5) else g.person()
        name = [P(p.given), P(p.surname_str)] if split else [P(g.pick([p.full, p.caps, p.short]))]
        r = g.rng.random()
        cpfv = (g.cpf(), "BR_CPF") if r < 0.85 else V("")
        cnsv = (g.cns(), "BR_CNS") if g.chance(0.6) else V("")
        if not cnsv[0] and not pend:
            pend.append(p)
        rows.append(name + [cpfv, cnsv, (g.dob(g.pick(["br", "iso"]), 1955, 2006), "DATE_OF_BIRTH"), V(g.pick(VACCINES)), V(lote_vacina(g)),
                            V(g.pick(["D1", "D2", "REF", "DU"]))])
    if fmt.startswith("csv"):
        table_csv(doc, cols, rows, fmt[-1])
    else:
        table_ruled(doc, cols, rows, fmt)
    if pend:
        doc.f("\nSem cartão SUS: «n» e outros (orientados a procurar a UBS com RG e CPF).\n", n=P(pend[0].full))
    p = g.person()
    doc.f("Contato da produção para a segunda dose: «n», «t»\n", n=P(g.pick([p.full, p.short])), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_agenda_esportiva(g: Gen) -> Doc:
    """A sports-medicine clinic's agenda for a day (physician, physiotherapist, nutritionist; artists of circuses, dance and theatre companies)."""
    doc = Doc()
    cn, cdom = g.pick(SPORT_CLINICS)
    uf = g.pick(UFS)
    med, fis, nut = g.person(), g.person(), g.person()
    d = g.day()
    doc.f("«c» — AGENDA «d» («w»)\n«m1» «m» («crm») · Fisio «f» («cf») · Nutri «n» («cn»)\n\n", c=cn, d=dbr(d), w=DIA_PT[d.weekday()], m1=dra(med),
          m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), f=P(fis.short), cf=(g.council("CREFITO"), "PROFESSIONAL_ID"),
          n=P(nut.short), cn=(g.council("CRN"), "PROFESSIONAL_ID"))
    rows = []
    t = datetime.datetime(d.year, d.month, d.day, 8, 0)
    for _ in range(g.ri(4, 7)):
        t += datetime.timedelta(minutes=g.pick([20, 30, 40]))
        p = g.artist(stage_p=0.3) if g.chance(0.6) else g.person()
        vin = g.pick([circo(g)[0], cia(g)[0], "Balé da Cidade Serena", "Escola de Circo Picadeiro Livre", "particular"])
        prof = g.pick(["méd.", "fisio", "nutri", "méd. + fisio"])
        obs = g.pick(["1ª consulta", f"retorno {g.pick(SPORT_ICD)[0]}", "reavaliação pós-op", "liberação p/ voltar ao trapézio", "dieta p/ turnê", "infiltração"])
        docv = (g.cpf(), "BR_CPF") if g.chance(0.6) else (g.cns(), "BR_CNS")
        rows.append([V(t.strftime("%H:%M")), P(g.pick([p.full, p.short, p.caps])), (g.dob("br", 1975, 2010), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"), docv, V(vin), V(prof), V(obs)])
    table_ruled(doc, ["hora", "paciente", "nasc.", "telefone", "CPF/CNS", "vínculo", "prof.", "obs."], rows, g.pick(["psql", "md", "plus", "pipe"]))
    if g.chance(0.6):
        e = g.person()
        doc.f("\nEncaixe às «h»: «n» (tel. «t»), «o».\n", h=g.pick(["12:10", "17:45", "18:20"]), n=P(e.full), t=(g.phone(), "PHONE_NUMBER"),
              o=g.pick(["dor no punho pós-parada de mão", "lombalgia", "contratura cervical"]))
    if g.chance(0.4):
        doc.t(word_neg(g) + "\n")
    return doc


SA = [sa_ficha_acrobata, sa_log_primeiros_socorros, sa_aso_altura, sa_fono_ator, sa_zap_atestados, sa_vacinacao_trupe, sa_agenda_esportiva]


# --------------------------------------------------------------------------- financeiro


def fi_caches(g: Gen) -> Doc:
    """Fee (cachê) payments of a show's cast: CPF or the MEI's CNPJ, bank, agency and account or a Pix key of any kind, INSS/ISS withheld."""
    doc = Doc()
    pr, praz, pdom = produtora(g) if g.chance(0.6) else troupe(g)
    sh = show(g)
    fin = g.person()
    acc = g.person()
    d1, d2 = date_range(g, 6, 6)
    doc.f("# Pagamento de cachês — «s»\n\n**Produtora:** «p» · CNPJ «c»  \n**Semana:** «d1» a «d2»  \n**Aprovação:** «f» (financeiro)\n\n", s=sh, p=praz,
          c=(g.any_cnpj(), "BR_CNPJ"), d1=d1, d2=d2, f=P(g.pick([fin.full, fin.short])))
    rows = []
    for _ in range(g.ri(4, 7)):
        a = g.artist(stage_p=0.45)
        name = P(g.pick([a.full, a.short, a.caps])) if not a.stage or g.chance(0.5) else P(a.stage)
        ident = (g.cnpj(), "BR_CNPJ") if g.chance(0.25) else (g.cpf(), "BR_CPF")
        gross = g.ri(6, 60) * 100.0
        inss = round(gross * 0.11, 2) if ident[1] == "BR_CPF" else 0.0
        iss = round(gross * 0.05, 2) if g.chance(0.4) else 0.0
        if g.chance(0.55):
            bk = g.pick(BANKS)
            dest = [V(f"{bk[0]} {bk[1]}"), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        else:
            kind, kv = pix_key(g, a, ident[0] if ident[1] == "BR_CPF" else None)
            dest = [V(f"Pix ({kind})"), V("—"), kv]
        nit = (g.pis(), "BR_PIS") if ident[1] == "BR_CPF" and g.chance(0.5) else V("—")
        rows.append([name, ident, nit] + dest + [V(brl(gross)), V(brl(inss)), V(brl(iss)), V(brl(gross - inss - iss))])
    table_ruled(doc, ["artista", "CPF/CNPJ", "NIT", "banco", "agência", "conta / chave", "bruto", "INSS", "ISS", "líquido"], rows, g.pick(["md", "md", "plus", "pipe"]))
    doc.f("\nRecolhimentos: GPS competência «m» e DAM do ISS. Contador responsável: «a» («crc»).\n", m=f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}", a=P(acc.full),
          crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f("Observação: o cachê d«o» «n» foi retido até a entrega da nota (MEI).\n", o="a" if g.chance(0.5) else "o", n=P(g.pick(STAGE)))
    return doc


def fi_rouanet(g: Gen) -> Doc:
    """Execution and cost report of an incentive-law project (PRONAC/ProAC not labelled): proponent, linked accounts, sponsors, suppliers (CNPJ), artists (CPF)."""
    doc = Doc()
    inc, law, code = g.pick(INCENTIVES)
    pr, praz, pdom = g.pick([produtora(g), cia(g), circo(g)])
    sh = show(g)
    resp = g.person()
    acc = g.person()
    doc.f("RELATÓRIO DE EXECUÇÃO FÍSICO-FINANCEIRA\nMecanismo: «i» — «l»\nProjeto: «s» — «c» «n»\n\n", i=inc, l=law, s=sh, c=code, n=pronac(g))
    doc.f("Proponente: «p», CNPJ «c»\nResponsável legal: «r», CPF «cpf», «t»\n", p=praz, c=(g.any_cnpj(), "BR_CNPJ"), r=P(resp.full),
          cpf=(g.cpf(), "BR_CPF"), t=(g.email(resp) if g.chance(0.5) else corp_mail(resp, pdom, g), "EMAIL_ADDRESS"))
    doc.f("Conta captação: Banco do Brasil, agência «a1», conta «c1» · Conta movimento: agência «a2», conta «c2»\n\n", a1=(g.agency(True), "BANK_ACCOUNT"),
          c1=(g.account(True), "BANK_ACCOUNT"), a2=(g.agency(True), "BANK_ACCOUNT"), c2=(g.account(True), "BANK_ACCOUNT"))
    doc.t("Incentivadores:\n")
    for sp, sdom in g.sample(SPONSORS, g.ri(1, 3)):
        doc.f("- «s» — CNPJ «c» — R$ «v»\n", s=sp, c=(g.any_cnpj(), "BR_CNPJ"), v=brl(g.ri(20, 400) * 1000.0))
    doc.t("\nDespesas executadas:\n")
    rows = []
    for _ in range(g.ri(6, 10)):
        if g.chance(0.55):
            rows.append([V(g.pick(["locação de lona", "som e luz", "gráfica", "hospedagem", "transporte", "seguro", "arquibancadas", "figurino", "alimentação"])),
                         V(g.pick(SUPPLIERS)), (g.any_cnpj(), "BR_CNPJ"), V(nf(g)), V(g.date("br")), V(brl(g.ri(8, 900) * 100.0 + g.pick([0, 0.5, 0.9])))])
        else:
            a = g.artist(stage_p=0.0) if g.chance(0.6) else g.person()
            rows.append([V(g.pick(["cachê artístico", "direção", "iluminação", "produção executiva", "oficina de circo", "trilha sonora"])),
                         P(g.pick([a.full, a.caps])), (g.cpf(), "BR_CPF"), V(g.pick(["RPA " + g.d(3), "recibo", "NFS-e " + g.d(4)])), V(g.date("br")),
                         V(brl(g.ri(5, 120) * 100.0))])
    table_ruled(doc, ["rubrica", "fornecedor / beneficiário", "CNPJ/CPF", "documento", "data", "valor (R$)"], rows, g.pick(["plus", "psql", "pipe", "plain"]))
    doc.f("\nContrapartida social: «n» ingressos gratuitos para escolas públicas; oficina na «e».\n", n=g.ri(200, 2000),
          e=g.pick(["Casa de Cultura Esperança", "Escola Estadual Bento Prudente", "Associação de Moradores do Jardim Aurora"]))
    doc.f("\nDeclaro a veracidade das informações.\n«r»\n\nContador: «a» — «crc»\n", r=P(resp.caps), a=P(acc.full), crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    return doc


def fi_repasse(g: Gen) -> Doc:
    """A ticketing platform's payout statement to a producer as JSON lines (producer's CNPJ, account, responsible person, request IP; sessions; masked chargebacks)."""
    doc = Doc()
    tk, tdom = g.pick(TICKETING)
    pr, praz, pdom = produtora(g) if g.chance(0.6) else troupe(g)
    sh = show(g)
    resp = g.person()
    doc.f("# «t» — extrato de repasse · evento «e»\n", t=tk, e=sh)
    t0 = g.moment()
    bk = g.pick(BANKS)
    head = {"tipo": "repasse", "produtor": praz, "cnpj": (g.any_cnpj(), "BR_CNPJ"), "responsavel": P(resp.full), "cpf_responsavel": (g.cpf(), "BR_CPF"),
            "email": (corp_mail(resp, pdom, g), "EMAIL_ADDRESS"), "telefone": (g.phone("e164"), "PHONE_NUMBER"),
            "conta": {"banco": bk[0], "agencia": (g.agency(), "BANK_ACCOUNT"), "conta": (g.account(), "BANK_ACCOUNT")},
            "solicitado_em": ts(t0, "iso"), "ip_solicitacao": (g.ip(), "IP_ADDRESS")}
    if g.chance(0.4):
        head["pix_fallback"] = (g.uuid(), "PIX_KEY")
    jval(doc, head, None)
    doc.t("\n")
    for _ in range(g.ri(1, 3)):
        u = g.person() if g.chance(0.4) else resp
        jval(doc, {"tipo": "acesso", "usuario": (g.email(u) if u is not resp else corp_mail(resp, pdom), "EMAIL_ADDRESS"), "ip": (g.ip(), "IP_ADDRESS"),
                   "em": ts(g.moment(), "iso"), "acao": g.pick(["login", "alterou conta de repasse", "exportou relatório", "2FA por SMS"])}, None)
        doc.t("\n")
    total = 0.0
    for k in range(g.ri(3, 6)):
        vend = g.ri(40, 900)
        gross = vend * g.pick([40.0, 60.0, 80.0, 120.0, 35.0])
        fee = round(gross * 0.1, 2)
        total += gross - fee
        jval(doc, {"tipo": "sessao", "data": g.date("iso"), "hora": g.pick(["16:00", "19:00", "20:30", "21:00"]), "vendidos": vend, "meias": g.ri(0, vend // 2),
                   "bruto": round(gross, 2), "taxa": fee}, None)
        doc.t("\n")
    for _ in range(g.ri(1, 3)):
        jval(doc, {"tipo": "chargeback", "pedido": pedido(g), "cartao": g.masked_card(), "valor": -round(g.ri(40, 400) + 0.0, 2), "motivo": g.pick(["4837", "10.4", "13.1", "fraude"])}, None)
        doc.t("\n")
    if g.chance(0.5):
        jval(doc, {"tipo": "webhook", "destino": f"http://{g.ip_priv()}:8080/repasse", "status": 200}, None)
        doc.t("\n")
    jval(doc, {"tipo": "total", "liquido": round(total, 2), "previsao": g.date("iso")}, None)
    doc.t("\n")
    return doc


def fi_chargebacks(g: Gen) -> Doc:
    """An acquirer's chargeback report exported as CSV with full card numbers, buyers' CPF, e-mail, phone, purchase IP; the analyst's note."""
    doc = Doc()
    tk, tdom = g.pick(TICKETING)
    an = g.person()
    sep = g.pick([";", ","])
    doc.f("relatorio_chargebacks_«t»_«d».csv\n", t=lower(tk).replace(" ", "_"), d=g.date("iso").replace("-", ""))
    split = g.chance(0.2)
    cols = ["data_compra", "pedido"] + (["first_name", "last_name"] if split else ["portador"]) + ["cpf", "email", "telefone", "cartao", "ip_compra", "valor", "motivo"]
    rows = []
    for _ in range(g.ri(3, 6)):
        p = g.person()
        name = [P(p.given), P(p.surname_str)] if split else [P(g.pick([p.full, p.caps, p.low]))]
        card = (g.card(g.chance(0.3)), "CREDIT_CARD") if g.chance(0.8) else V(g.masked_card())
        cpfv = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.85) else V("")
        rows.append([V(ts(g.moment(), "sql")), V(pedido(g))] + name + [cpfv, (g.email(p), "EMAIL_ADDRESS"), (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"),
                     card, (g.ip(), "IP_ADDRESS"), V(brl(g.ri(40, 900) + 0.0)), V(g.pick(["4837 - não reconhece", "10.4 fraude", "13.1 serviço não prestado", "4853 desacordo"]))])
    table_csv(doc, cols, rows, sep)
    doc.f("\nNota da análise («n», «e»): «x»\n", n=P(an.full), e=(corp_mail(an, tdom, g), "EMAIL_ADDRESS"),
          x=g.pick(["3 pedidos do mesmo IP com cartões diferentes, sessão esgotada em 4 minutos; contestar com o log de entrada (QR lido na portaria).",
                    "evento cancelado por chuva na lona; aceitar os de motivo 13.1.", "portadores reincidentes; bloquear CPF na plataforma."]))
    return doc


def fi_diarias(g: Gen) -> Doc:
    """Per diem sheet of a touring crew in fixed width (names cut at the width, CPF, Pix key of any kind), the van and driver, the tour manager."""
    doc = Doc()
    tr = troupe(g)
    city, uf = g.city()
    tm = g.person()
    d1, d2 = date_range(g, 3, 14)
    doc.f("«t»\nPLANILHA DE DIÁRIAS — PRAÇA «c»/«uf» — «d1» A «d2»\n\n", t=fold(tr[0]).upper(), c=fold(city).upper(), uf=uf, d1=d1, d2=d2)
    W = 22
    rows = []
    dv = g.ri(60, 150)
    for _ in range(g.ri(4, 7)):
        p = g.artist(stage_p=0.0) if g.chance(0.5) else g.person()
        nm = cut(fold(p.full).upper(), W)
        cpf = g.cpf()
        cpfc = (cpf, "BR_CPF")
        kind, key = pix_key(g, p, cpf)
        kcell = V("(CPF)") if kind == "CPF" or g.chance(0.3) else key
        days = g.ri(3, 12)
        rows.append([P(nm), V(fold(crew_role(g, p)).upper()[:16]), cpfc, kcell, V(str(days)), V(brl(days * dv + 0.0))])
    table_ruled(doc, ["nome", "funcao", "cpf", "chave pix", "dias", "total"], rows, "plain")
    dr = g.person(False)
    doc.f("\nVALOR DA DIÁRIA: R$ «v» · TRANSPORTE: VAN «p», MOTORISTA «m» (CNH «c»)\n", v=brl(dv + 0.0), p=(g.plate(), "LICENSE_PLATE"), m=P(fold(dr.full).upper()),
          c=(g.cnh(), "BR_CNH"))
    doc.f("CONFERIDO POR: «n» (TOUR MANAGER) — «t»\n", n=P(fold(g.pick([tm.full, tm.short])).upper()), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def fi_rpa(g: Gen) -> Doc:
    """A freelancer's RPA receipt (the paying company's CNPJ; CPF, PIS/NIT, RG, birth date, address, CEP, DRT; INSS, ISS, IRRF; the account)."""
    doc = Doc()
    pr, praz, pdom = g.pick([produtora(g), cia(g), circo(g)])
    sh = show(g)
    p = g.person() if g.chance(0.5) else g.artist(stage_p=0.3)
    caps = g.chance(0.3)
    gross = g.ri(8, 60) * 100.0
    inss = round(min(gross * 0.11, 908.85), 2)
    iss = round(gross * 0.05, 2)
    irrf = 0.0 if gross - inss < 2259.20 else round((gross - inss) * 0.075 - 169.44, 2)
    doc.f("RECIBO DE PAGAMENTO A AUTÔNOMO — RPA Nº «n»\n\n", n=f"{g.ri(1, 999):03d}/{g.pick([2025, 2026])}")
    fields = [("Fonte pagadora", V(praz)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Autônomo", P(p.capsf if caps else p.full)), ("CPF", (g.cpf(), "BR_CPF")),
              ("PIS/NIT", (g.pis(), "BR_PIS")), ("RG", (g.rg(), "BR_RG"))]
    if g.chance(0.5):
        fields.append(("Data de nascimento", (g.dob("br"), "DATE_OF_BIRTH")))
    fields += [("Endereço", (g.address("caps" if caps else "text"), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    if g.chance(0.6):
        fields.append(("Telefone", (g.phone(), "PHONE_NUMBER")))
    if g.chance(0.6):
        fields.append(("Registro profissional", (g.council("DRT"), "PROFESSIONAL_ID")))
    fields += [("Serviço", V(f"{g.pick(['operação de luz', 'operação de som', 'montagem de cenário', 'contrarregragem', 'maquiagem', 'participação como ' + g.pick(ARTS_CIRCO)])} — {sh}")),
               ("Período", V("{} a {}".format(*date_range(g, 1, 30)))), ("Valor bruto", V("R$ " + brl(gross))), ("INSS (11%)", V("R$ " + brl(inss))),
               ("ISS (5%)", V("R$ " + brl(iss))), ("IRRF", V("R$ " + brl(irrf))), ("Líquido", V("R$ " + brl(gross - inss - iss - irrf)))]
    kv_block(doc, fields, g.pick(["box", "dots", "plain", "caps"] if not caps else ["caps", "box"]))
    if g.chance(0.6):
        doc.f("\nCrédito em conta: «b», agência «a», conta «c».\n", b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        kind, kv = pix_key(g, p)
        doc.f("\nPago via Pix (chave «k»): «v».\n", k=kind, v=kv)
    doc.f("\nRecebi a importância líquida acima, dando plena quitação.\n«c», «d».\n\n_____________________________\n«n»\n", c=g.city()[0], d=g.date("long"),
          n=P(p.capsf if caps else p.full) if g.chance(0.5) else V("assinatura do(a) autônomo(a)"))
    return doc


def fi_cobranca_patrocinio(g: Gen) -> Doc:
    """Collection of an unpaid sponsorship instalment: the producer's e-mail, the sponsor's reply (X-Originating-IP), the formal notice with the project account and a random Pix key."""
    doc = Doc()
    pr, praz, pdom = produtora(g) if g.chance(0.7) else cia(g)
    sp, sdom = g.pick(SPONSORS)
    inc, law, code = g.pick(INCENTIVES)
    sh = show(g)
    dirp = g.person()
    mk = g.person()
    fin = g.person()
    val = g.ri(20, 300) * 1000.0
    t0 = g.moment(hours=(8, 19))
    t1 = t0 + datetime.timedelta(days=g.ri(1, 5), hours=g.ri(1, 6))
    doc.f("De: «n» <«e»>\nPara: «p» <«pe»>\nCc: «r»\nData: «d»\nAssunto: RE: Patrocínio «s» — 2ª parcela em atraso\n\n", n=P(dirp.full),
          e=(corp_mail(dirp, pdom, g), "EMAIL_ADDRESS"), p=P(mk.full), pe=(corp_mail(mk, sdom, g), "EMAIL_ADDRESS"), r=role_mail(g, pdom, g.pick(["cobranca", "financeiro", "patrocinio"])),
          d=mail_date(t1), s=sh)
    doc.f("«n», obrigad«o» pelo retorno, mas o prazo dado pelo financeiro já passou e a estreia é em «d». Segue abaixo a notificação formal.\n\n",
          n=P(mk.first), o="a" if dirp.female else "o", d=dbr(t1.date() + datetime.timedelta(days=g.ri(5, 40))))
    if g.chance(0.5):
        doc.f("«a»\n\n", a=P(dirp.first))
    doc.f("> Em «d», «n» escreveu:\n> X-Originating-IP: [«ip»]\n> Oi«sp»«a», tudo bem? O financeiro («f») ficou de liberar na semana que vem, houve troca de diretoria.\n"
          "> Qualquer coisa me liga no «t».\n\n", d=ts(t0, "br"), n=P(mk.full) if g.chance(0.5) else (corp_mail(mk, sdom), "EMAIL_ADDRESS"),
          ip=(g.ip(), "IP_ADDRESS"), **({"sp": "", "a": V("")} if g.chance(0.5) else {"sp": " ", "a": P(dirp.first)}),
          f=P(fin.full) if g.chance(0.5) else V("diretoria nova"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t(caps_t("NOTIFICAÇÃO EXTRAJUDICIAL\n\n"))
    doc.f("NOTIFICANTE: «p», CNPJ «c», proponente do projeto «s» («i», «co» «pn»).\nNOTIFICADA: «sp», CNPJ «sc», na pessoa de seu diretor«a» «dn», CPF «dc».\n\n",
          p=praz, c=(g.any_cnpj(), "BR_CNPJ"), s=sh, i=inc, co=code, pn=pronac(g), sp=sp, sc=(g.any_cnpj(), "BR_CNPJ"), a="a" if fin.female else "",
          dn=P(fin.full), dc=(g.cpf(), "BR_CPF"))
    doc.f("Pelo contrato de patrocínio nº «k», a NOTIFICADA obrigou-se a aportar R$ «v» em duas parcelas; a segunda, de R$ «m», venceu em «d» e não foi depositada "
          "na conta vinculada do projeto (Banco do Brasil, agência «ag», conta «ac»). Concede-se o prazo de 5 dias para pagamento, que pode ser feito também "
          "por Pix na chave aleatória «pix», sob pena de cobrança judicial e comunicação ao órgão gestor.\n\n",
          k=f"{g.d(3)}/{g.pick([2025, 2026])}", v=brl(val), m=brl(val / 2), d=g.date("br"), ag=(g.agency(True), "BANK_ACCOUNT"), ac=(g.account(True), "BANK_ACCOUNT"),
          pix=(g.uuid(), "PIX_KEY"))
    lawyer_sig(g, doc, 1)
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


FI = [fi_caches, fi_rouanet, fi_repasse, fi_chargebacks, fi_diarias, fi_rpa, fi_cobranca_patrocinio]


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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|eng|palhaç[oa]|mágico)\.?\s", v), (rid, v)
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
            assert re.match(r"(?i)(CRM|COREN|OAB|CRP|CRC|DRT|CREA|CREFITO|CRFa|CRN)(?![A-Za-z])", v), (rid, v)
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
    print("hundredtwentieth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
