"""Build the hundred-and-thirty-seventh labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredthirtyseventh_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 13737, 280 records: 4 domains x 7 templates x 10 copies. The helpers (Gen, Doc,
name pools, check digits, tables, self-check) are copied from the hundred-and-thirty-sixth set's
generator and adapted (cities of the interior and the peripheries, streets, neighbourhoods, jobs,
twenty more given names); the register and every template are new.

Register: COMMUNITY RADIO STATIONS AND THEIR VOLUNTEER PRESENTERS -- the rádios comunitárias of Lei
9.612/1998 (25 W, one channel, run by a non-profit association of residents, no advertising but
"apoio cultural" from local shops): the association's assemblies, board and Conselho Comunitário,
the volunteers (Lei 9.608/1998) and their on-air names, the programme grid and podcast, the listeners'
WhatsApp group, song requests, birthday greetings, documents lost and found and death notices read
on air, prize draws and raffles, the antenna mast on a resident's backyard, Anatel's inspections and
the seizure of clandestine stations, right-of-reply notices, police reports, a labour claim by a
"volunteer", the health unit that asks the station to call people, the accidents and the voice
problems of the presenters, donations, the power bill, ECAD and the treasurer's accounts.
Why this register: the brief proposed long-term care homes for the elderly (ILPIs). Checked by
docstrings only: `grep -il "ilpi\|casa de repouso\|idosos\|longa perman" tests/privacy/data/make_*_set.py`
matched sixteen generators; read in their first ~60 lines, the forty-seventh takes elderly and long-term
care as its whole register (ILPI admission contracts, resident files, medication records, visit logs,
fall reports, caregivers, curatela, BPC/INSS, families' chats), the ninth has ILPI daily logs, and the
hundred-and-thirty-first records that the forty-seventh covers it; the others only mention the elderly
in passing (e.g. the sixty-seventh's cuidadores de idosos among domestic workers). The first
alternative, tattoo and piercing studios, is covered by the forty-third (beauty, aesthetics and
personal care, with tattoo and piercing studios) and the hundred-and-fourteenth (beauty salons,
barbershops, tattoo studios, minors' piercing consents) (`grep -il "tatuagem\|tattoo\|piercing\|tatuador"`).
The second alternative, community radio, matched no generator (`grep -il "rádio comunit\|radio comunit\|
community radio\|radiodifus"`), and `grep -il "radialista\|locutor\|emissora"` found it only in passing
(the forty-first's media and newsrooms, the seventieth's rescue radio logs, none about community
stations), so this set takes it.
Every station, association, shop, clinic, health unit and person is invented (stations Rádio Aurora
FM, Voz do Morro FM, Rádio Leão do Sertão, Rádio Esperança FM, Rádio Prudente Comunitária, Rádio Flor
do Campo FM, Rádio Luz da Serra FM, Rádio Bento Amado FM, each kept by a residents' association
named after it ("Associação Comunitária Cultural Aurora", "Associação dos Moradores e Amigos do Flor do
Campo"...); sponsors Mercadinho Sarapião, Farmácia Bento Amado, Auto Peças Leão, Funerária
Esperança, Supermercado Irmãos Furquim...; health units UBS Vila Rosa, ESF Morro do Leão...); cities
are real (mostly towns of the interior), CEPs random, bank names real, laws real.

Layouts: a WhatsApp group export (Android and iOS stamps; senders mostly bare numbers, or a lower-case
first name, short or full name, nickname, a name with a tag; the station's profile as sender); a notebook
of notices read on air (numbered, blocks, or lower-case quick notes); speech-to-text in lower case with
identifiers read out in groups or digit by digit in words ("meia" for six) -- a live call-in show, a
SAMU 192 call, and SRT captions of a health programme; e-mails with X-Originating-IP and replies quoted
once or twice (">"), and an Outlook-style "-----Mensagem original-----" quote; forms in four styles
("Campo: valor", dotted leaders, ruled box, CAPS labels) and OCR'd scans of some (letters confused in
labels and names, identifiers printed clean); tables of several kinds (+---+, psql, pipe, Markdown,
blank-aligned, CSV with "," or ";", TSV); JSON lines and SQL INSERTs of a web form; an RSS podcast feed
(XML with itunes:owner); an OFX bank file and a fixed-width bank statement (names cut at 22 or 32
characters); a ruled payslip box; legal prose (assembly minutes with an attendance table, ALL CAPS in
some copies; an Anatel inspection report, ALL CAPS or OCR'd sometimes; a right-of-reply notice; a term of
voluntary service with an e-signature log; a lease for the antenna mast; an ALL CAPS police report; a
labour claim); a UPA record, a speech therapist's report, OCR'd medical certificates; receipts with the
amount in words; a raffle sheet; a treasurer's accounts. Of these, the RSS feed, the SRT captions, the
OFX file, the Outlook-style quote and the payslip box are layouts the hundred-and-thirty-fifth and
hundred-and-thirty-sixth generators do not use (no earlier generator has an RSS feed or SRT captions:
`grep -il "itunes:\|<rss"` and `grep -il -- "--> 00:\|\.srt"` match none).

- atendimento: (0) the listeners' WhatsApp group (the show opened with the presenter's on-air name, a
  mother's birthday with her birth date sometimes, lost documents with the owner's name and RG/CPF/CNH/
  título/CNS and a phone, a raffle sign-up with CPF -- or a mistyped CPF, unlabelled, then the right one --,
  the winner, a message for a neighbour with a phone, a member joining by link, a card number typed to
  donate sometimes, a fundraiser's random Pix key, the power bill by random Pix key or by the association's
  CNPJ); (1) the notices read on air (documents found, a missing person with the home address and a
  relative's phone, a death notice with the wake at home, a lost pet, a blood-donation call, a job, a
  feast; the studio's phones); (2) a live call-in transcript (the winner's CPF, birth date, phone and, sometimes,
  CEP read out; a card number in words sometimes) and the producer's table of winners; (3) an e-mail thread: a
  mother complains that her teenage son's name and street were read on air, the coordinator's answer,
  the presenter's quoted note; (4) a volunteer's registration form (on-air name, birth date, CPF, RG,
  título, CNH, DRT sometimes, address, CEP, phone, e-mail, emergency contact; the web form's IP sometimes); (5) the
  programme grid as a table (presenters, phones, WhatsApp, e-mails, the association's CNPJ and studio
  phones) or the podcast's RSS feed (owner's name and e-mail, guests, contact phones); (6) the website's
  prize-draw sign-ups as JSON lines or SQL INSERTs (IP, name, CPF, birth date, phone, e-mail; private IPs
  and an invalid CPF unlabelled) and the draw record with the sponsor's CNPJ.
- juridico: (0) the general assembly's minutes (the board qualified, the Conselho Comunitário with
  phones, the accountant's CRC, the attendance table with RG, CPF, phone); (1) an Anatel inspection report
  (a licensed station over power, or a clandestine station in a house: the person in charge with CPF, RG,
  CNH, address, CEP; inspectors and a Federal Police officer by name, the official car's plate); (2) a
  right-of-reply notice (Lei 13.188/2015: the offended person qualified, the presenter by on-air and civil
  name, the home address aired, a witness's CPF, the lawyer's OAB and e-mail); (3) a term of voluntary
  service (Lei 9.608/1998: the volunteer qualified, the on-air name, reimbursement to an agency/account or
  a Pix key, witnesses' CPFs, an e-signature log with e-mails and IPs in half the copies); (4) a lease of
  a backyard or rooftop for the mast (the owner qualified, rent to an account or Pix key, the engineer's
  CREA, witnesses); (5) an ALL CAPS police report (the transmitter stolen -- a motorbike's plate, a
  suspect's nickname -- or threats to a presenter -- phones, the suspect qualified, a lorry's plate);
  (6) a labour claim by a "volunteer" (PIS, título sometimes, a random Pix key, agency and account,
  witnesses, OAB).
- saude: (0) a UPA record of a volunteer who fell from the mast or got a shock from the transmitter (CNS,
  CPF or a mistyped one, mother, address, CEP, companion with phone and RG sometimes, SAMU plate, COREN, CRM); (1) a
  health unit's list of people to call on air (name, birth date, CNS, CPF sometimes, phone) and the
  coordinator's answer that only names will be read; (2) a SAMU 192 call from a presenter's home studio
  and the regulation record; (3) a speech therapist's voice report (on-air name, birth date, CNS, CPF
  sometimes, the ENT's CRM and clinic phone, the therapist's CRFa); (4) a screening table of a health
  action in the square (name, birth date, CNS, CPF, phone, blood pressure, glucose; COREN); (5) SRT
  captions of the health programme (the guest's CRM, a listener and her mother, a birth date, a phone
  read out) and the producer's note; (6) a presenter's e-mail with OCR'd medical certificates (CPF, CNS
  sometimes, CRM) and the coordinator's quoted answer.
- financeiro: (0) the apoio cultural control sheet (businesses with CNPJ, a contact person, phone,
  e-mail or a role mailbox, the Pix key of any kind, a CNPJ key included); (1) donation receipts (donor's
  CPF or a mistyped one, the association's CNPJ, the treasurer's CPF; an OCR'd pad sometimes); (2) the
  association's bank statement, fixed width or OFX; (3) the raffle for a new transmitter (buyers and
  phones, sellers sometimes, the winner's CPF, RG, address, CEP, phone); (4) the treasurer's monthly
  accounts (the account, donors and reimbursed volunteers by name, their Pix keys, a dictated card
  number sometimes, treasurer's CPF, accountant's CRC); (5) a volunteer's reimbursement request (plate,
  CNH sometimes, agency/account or Pix key); (6) two payslips of the station's paid employees (CPF, PIS,
  birth date sometimes, agency and account).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.", "Dra.",
"dona", "seu"; particles and suffixes are inside; "SURNAME, GIVEN" is one span; first names, nicknames,
lower-case, ALL CAPS, OCR-damaged names and names cut at a fixed width are persons. Staff named in the
text are persons (presenters, producers, coordinators, treasurers, inspectors, police officers, clerks,
delegates, lawyers, engineers, accountants, physicians, nurses, speech therapists,
community health agents); logins, the station's WhatsApp profile ("Rádio Luz da Serra FM 📻",
"Estúdio Aurora 🎙️", "Coordenação Morro") and chat roles are not. Corporate e-mails of people are
EMAIL_ADDRESS; role mailboxes (contato@, diretoria@, rh@, financeiro@, comercial@...) are not. ADDRESS is
a person's street + number + complement (bairro, city and CEP stay out; CEP is BR_CEP); the
association's seat and studio are never given with a street and number. Agency and account are separate
BANK_ACCOUNT spans, the association's own account included (in the OFX file, BRANCHID and ACCTID); bank
names and codes are not labelled. PIX_KEY only for random keys; a key that is a CPF, CNPJ, phone or
e-mail takes that label. DATE_OF_BIRTH only for births (a spoken one in a call or in captions too);
ages, admission, inspection, draw, broadcast and hearing dates are not. PROFESSIONAL_ID: CRM, COREN,
OAB, CREA and CRC with the acronym and UF, CRFa with its region. Identifiers read out in groups or in
words are labelled like their digits (a card number read out in words is CREDIT_CARD).
Decisions of this set: an on-air name ("Zé do Forró", "Dalva da Madrugada", "Gerinaldo da Madrugada")
is a PERSON span, one span with its epithet, like the stage names of the forty-first set; the title in
front of a presenter ("DJ", "MC", "Irmã", "Pastor", "Padre", "Mestre", "Locutora") stays outside the span.
The radialista's professional registration (DRT, "DRT/PE 4512") is PROFESSIONAL_ID, as the forty-first
set decided. The deceased in a death notice are persons, and the wake "na residência da família" is
ADDRESS; cemeteries and funeral homes are not. A pet's name ("cachorro Bento", "gata Vitória") is not a
person. The house where a clandestine transmitter was found, the backyard leased for the mast (the owner's
home) and the room a presenter broadcasts from at home are people's homes: ADDRESS. Every CNPJ is labelled
(the association's, sponsors', numeric and the 2026 alphanumeric form). Names on a bank statement or OFX
file cut at 22 or 32 characters are persons; utilities, ECAD, Anatel and shops there are not.
Not labelled (hard negatives): frequencies (87,9 MHz), channels and powers; Fistel numbers (11 digits,
drawn to fail the CPF, PIS and CNH checks), SEI process numbers, report, seal and serial numbers, ART
numbers, SIAPE and member numbers, CTPS numbers, CBO codes, protocol and ticket numbers, raffle and
lottery numbers, shop receipt numbers, FITIDs, the e-signature envelope id (an upper-case UUID), hospital record numbers, CNJ numbers, mistyped CPFs
(checked to fail), private IPs, ICD-10 and external-cause codes (S52.5, S32.0, S42.0, W13, T75.4, T23.2,
W87, R49.0, J38.2, J06.9, J03.9, M54.5, A90, K29.7, I64, R55, I10), laws (Lei 9.612/1998, 9.608/1998,
9.472/1997 art. 183, 13.188/2015, 9.504/1997 art. 45, 13.709/2018, Decreto 2.615/1998, CLT, arts. 147 and
155 CP), money, blood pressures and glucose values, non-birth dates, song titles ("Asa Branca", "Flor de
Lis", "Leão do Norte"), band names ("Trio Pé de Serra"), stations, associations and shops named after
people or with surnames ("Rádio Bento Amado FM", "Supermercado Irmãos Furquim", "Armarinho Dona
Zulmira"), streets honouring people named alone as places ("perto da barão de mauá", "na radialista
genesio"; inside a person's address they are part of ADDRESS).
Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Esperança, Bento, Prudente, Amado, Leão,
Branco, Pérola, Salvador...) are names here and, elsewhere, words, stations, shops, pets, streets,
neighbourhoods and cities, not persons ("seria prudente reforçar o aterramento", "a luz do estúdio caiu",
"foi uma vitória", "Rádio Esperança FM", "Farmácia Bento Amado", "cadela Aurora", "Vila Prudente",
"Presidente Prudente").
Names: Brazilian names of many origins (Portuguese common and regional, coined, Italian, German,
Polish, Ukrainian, Armenian, Lebanese, Syrian, Japanese, Korean, Chinese, Haitian, Angolan,
Senegalese, Nigerian, Cape Verdean, Bolivian, Peruvian, Paraguayan, Venezuelan, Colombian, Cuban,
indigenous, Guarani, Jewish), rare or invented name words well above a quarter (main() prints the
share; a word of any common-name pool never counts as rare; the epithets of on-air names count as not
rare).
The script checks its own output: spans in range, stripped, non-overlapping; every CPF, CNPJ, PIS,
CNS, título, CNH, RG (SP rule) and card labelled passes its check digits (spoken digits are read back);
no unlabelled CPF-, CNPJ-, PIS-, CNH-, título-, CNS- or card-shaped run passes its check (so every
unlabelled 11-digit number fails the CPF check); every plate and public IP is labelled; every unlabelled e-mail is
a role mailbox; no PERSON span starts with a title.
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
            "Heloísa", "Yasmin", "Lívia", "Sofia", "Manuela", "Giovanna", "Vitória Maria", "Ana Júlia", "Isadora",
            "Valentina", "Helena", "Alice", "Laura", "Cecília", "Lorena", "Maitê", "Antonella", "Melissa", "Maria Alice", "Lara"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael",
            "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego", "Anderson", "Leandro",
            "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Sérgio", "Vinícius", "Roberto", "Jorge",
            "Raimundo", "Sebastião", "Severino", "Manoel", "Benedito", "Joaquim", "Valdir", "Edson", "Wellington", "Cícero",
            "Davi", "Miguel", "Arthur", "Damião", "Reginaldo", "Enzo", "Kauã", "Ryan", "Guilherme", "Henrique", "Caio", "Matheus",
            "Samuel", "Heitor", "Luiz Otávio", "João Vítor", "Igor", "Bernardo", "Théo", "Ravi", "Gael", "Benício", "Lorenzo",
            "Noah", "Otávio", "Murilo", "Pietro", "Bento Miguel"]
RARE_F = ["Cicerlândia", "Josivânia", "Rivanilda", "Lucivânia", "Damiana", "Francileide", "Zenilda", "Erisvalda", "Maria Dasdores",
          "Josilene", "Genivalda", "Marizete", "Adenilza", "Nilzelane", "Valquíria Sol", "Edineide", "Irismar", "Zefa Maria",
          "Rosenilda", "Zelândia", "Odaléia", "Ednelza", "Jucilene", "Ilzamar", "Valdelice", "Genilda", "Zulmira", "Iranildes",
          "Claudinéia", "Gessy", "Kailane", "Ketlyn", "Yasmyn", "Thamyres", "Raíssa Kauane", "Lurdilene", "Zenaíde", "Rozimeire",
          "Anaíldes", "Marilac", "Nazinha", "Quitéria", "Brasilina", "Joanice", "Nilzete", "Sirlândia", "Laudelina", "Elzimar",
          "Kethllen", "Ruthinéia", "Domitila", "Eudóxia", "Ozelita", "Edinalva", "Zilá", "Cremilda", "Alzerina", "Dejanira",
          "Edjane", "Ivanilde", "Zuleide", "Neusimar", "Gildete", "Rosimeiry", "Jozélia", "Ariclenes", "Elionora", "Kássia Suellen",
          "Cosma", "Severina Dalva", "Luzinete", "Maricleide", "Jaqueliny", "Wandeclécia", "Kaylane", "Thayslane", "Emilly Vitória",
          "Jhenifer", "Dhiovana", "Rayssa Kethlen", "Sthefany", "Maysa Vitória", "Ketlen Yasmin", "Lorrayne", "Anyelle", "Wyara",
          "Valdirene", "Francilene", "Dijanira", "Eudilene", "Rosivânia", "Marinalva Cosma", "Deuzuíta", "Lucidalva", "Edileuza",
          "Kemilly", "Naomy", "Aylla", "Ysadora", "Ketheleen", "Thauany", "Myrella", "Sophya", "Hadassa", "Jhullya", "Eloah Vitória",
          "Ayslan", "Kyara", "Rhuanna", "Maria Yolanda", "Dhayane", "Wanusa", "Marlúcia", "Ivonete Cosma", "Zenaide Lourdes"]
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
          "Zenóbio", "Lucimário", "Adaílton Jr", "Erivelton", "Ivanildo Cosme", "Osmundo", "Elenildo", "Kaleb", "Thayllon",
          "Asafe", "Kalebe", "Brayan", "Natanael Kayky", "Yuri Gael", "Ayrton Kauê", "Davi Lucca", "Jhonny Ravi", "Enzo Gabriel Kauã",
          "Uelinton", "Genésio", "Claudiomiro", "Valdeci Cosme", "Edvaldo Jonas", "Arlindo Tibúrcio", "Zacarias Pio"]
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
# nicknames used alone (a suspect's "vulgo", a witness known by a nickname): one PERSON span each
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
STREET_NAMES = ["Barão de Mauá", "Radialista Genésio Aroeira", "Cecília Meireles", "Prudente de Morais", "Bento Gonçalves",
                "da Aurora", "Locutor Zé Bezerra", "Doutor Leovigildo Sarapião", "Conselheiro Ubaldino Furquim", "Tiradentes",
                "Quinze de Novembro", "Marechal Deodoro", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont",
                "Luiz Gonzaga", "Dominguinhos", "Jackson do Pandeiro", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras",
                "Professora Zulmira Cotrim", "Maestro Claudionor Tinoco", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês",
                "da Luz", "Machado de Assis", "Madre Paulina", "Pioneiro Egon Kuhnen", "Doutor Farid Haddad", "das Acácias",
                "Dom Pedro II", "da Glória", "Padre Anacleto Landim", "Vereador Lindolfo Aroeira", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas", "Bom Jesus da Lapa",
                "das Flores", "Cônego Sinfrônio Lustosa", "dos Bandeirantes", "Irmã Dulce", "Chico Mendes", "Dom Hélder Câmara",
                "Projetada 7", "Professora Cosma Sucupira", "Mestre Genivaldo Pajeú", "Santa Luzia", "Frei Damião", "Paulo Freire",
                "Diretora Odaléia Quintanilha", "Cantor Teixeirinha", "Marinês", "do Rádio", "da Antena", "Amado Bueno", "Sete",
                "Mãe Menininha do Gantois", "Cacique Raoni", "Sargento Jubileu Catolé", "Poeta Patativa do Assaré"]
CITIES = [("Serra Talhada", "PE"), ("Caruaru", "PE"), ("Garanhuns", "PE"), ("Recife", "PE"), ("Quixadá", "CE"), ("Sobral", "CE"),
          ("Crato", "CE"), ("Juazeiro do Norte", "CE"), ("Fortaleza", "CE"), ("Itabuna", "BA"), ("Vitória da Conquista", "BA"),
          ("Salvador", "BA"), ("Feira de Santana", "BA"), ("Santarém", "PA"), ("Belém", "PA"), ("Parintins", "AM"), ("Manaus", "AM"),
          ("Arapiraca", "AL"), ("Maceió", "AL"), ("Picos", "PI"), ("Teresina", "PI"), ("Caxias", "MA"), ("Imperatriz", "MA"),
          ("São Luís", "MA"), ("Mossoró", "RN"), ("Natal", "RN"), ("Patos", "PB"), ("Campina Grande", "PB"), ("Lagarto", "SE"),
          ("Montes Claros", "MG"), ("Teófilo Otoni", "MG"), ("Belo Horizonte", "MG"), ("Ijuí", "RS"), ("Porto Alegre", "RS"),
          ("Chapecó", "SC"), ("Guarapuava", "PR"), ("Curitiba", "PR"), ("Dourados", "MS"), ("Rondonópolis", "MT"), ("Cáceres", "MT"),
          ("Anápolis", "GO"), ("Cariacica", "ES"), ("Vitória", "ES"), ("São Paulo", "SP"), ("São Paulo", "SP"), ("Presidente Prudente", "SP"),
          ("Rio de Janeiro", "RJ"), ("Nova Iguaçu", "RJ"), ("Brasília", "DF"), ("Araguaína", "TO"), ("Ji-Paraná", "RO"), ("Macapá", "AP")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores",
           "Vila Estrela", "Cidade Nova", "Vila Operária", "Jardim Esperança", "Santa Luzia", "Alto do Cruzeiro", "Morro do Leão",
           "Vila Nova Aurora", "Jardim Leão", "Vila São Benedito", "Cohab II", "Parque Amado", "Jardim Planalto", "Mutirão",
           "Baixada", "Vila Prudente", "Bairro da Luz", "Jardim das Oliveiras", "Conjunto Habitacional Flor do Campo", "Grotão",
           "Favela do Sapo", "Assentamento Nova Vitória", "Vila da Antena", "Ocupação Esperança"]
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
                          "fundos", f"ap. {self.ri(101, 910)}", f"casa {self.ri(1, 4)}", f"quadra {self.ri(1, 30)} lote {self.ri(1, 40)}",
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


def dbr(d, fmt: str = "br") -> str:
    return fmt_date(d.day, d.month, d.year, fmt)


def ts(t: datetime.datetime, fmt: str = "sql") -> str:
    return {"sql": t.strftime("%Y-%m-%d %H:%M:%S"), "iso": t.strftime("%Y-%m-%dT%H:%M:%S-03:00"),
            "isoz": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "br": t.strftime("%d/%m/%Y %H:%M"), "brs": t.strftime("%d/%m/%Y %H:%M:%S"),
            "hms": t.strftime("%H:%M:%S"), "hm": t.strftime("%H:%M"), "wa": t.strftime("%d/%m/%Y %H:%M"),
            "wa2": t.strftime("%d/%m/%y %H:%M"), "waios": t.strftime("[%d/%m/%Y, %H:%M:%S]"), "waios2": t.strftime("[%d/%m/%y %H:%M:%S]")}[fmt]


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


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
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span (LABEL None: text), a list of such
        tuples is written part by part, a plain value is text."""
        cur = 0
        for m in MARK.finditer(template):
            self.t(template[cur:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, list):
                for part in v:
                    self.e(part[0], part[1])
            elif isinstance(v, tuple):
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
JOBS = {True: ["locutora voluntária", "professora", "cabeleireira", "agente comunitária de saúde", "costureira", "auxiliar administrativa",
               "vendedora", "autônoma", "do lar", "merendeira", "diarista", "servidora pública", "estudante", "aposentada", "comerciante"],
        False: ["locutor voluntário", "operador de áudio", "comerciante", "vigilante", "pedreiro", "motorista de aplicativo", "professor",
                "eletricista", "técnico em eletrônica", "servidor público", "mecânico", "estudante", "aposentado", "agricultor", "pastor evangélico"]}


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






# --------------------------------------------------------------------------- register: community radio

SEED = 13737
OUT_NAME = "hundredthirtyseventh.jsonl"

_NEW_F = ["Dalvanira", "Zuleica Maria", "Edivânia", "Nivalda", "Rosicléia", "Gercina", "Jandira Luz", "Ilzeni", "Marileide", "Cleonice Aurora"]
_NEW_M = ["Zenildo", "Adalgiso", "Erinaldo", "Gilvandro", "Josafá", "Valdomiro", "Ubiraci", "Deraldo", "Elpídio", "Aldemir"]
RARE_F.extend(_NEW_F)
RARE_M.extend(_NEW_M)
RARE.update(_NEW_F + _NEW_M)
NICK.update({"Dalvanira": "Dalva", "Gercina": "Cina", "Nivalda": "Nivinha", "Zenildo": "Zé Nildo", "Adalgiso": "Gizo",
             "Josafá": "Zafá", "Valdomiro": "Miro", "Deraldo": "Dera", "Elpídio": "Pidinho", "Ubiraci": "Bira", "Marileide": "Leidinha"})

STATIONS = [("Rádio Aurora FM", "Associação Comunitária Cultural Aurora", "aurorafm.org.br", "87,9"),
            ("Voz do Morro FM", "Associação de Radiodifusão Comunitária Voz do Morro", "vozdomorro.org.br", "98,7"),
            ("Rádio Leão do Sertão", "Associação Comunitária Leão do Sertão de Comunicação", "leaodosertao.org.br", "104,9"),
            ("Rádio Esperança FM", "Associação Beneficente e Cultural Esperança", "esperancafm.org.br", "87,5"),
            ("Rádio Prudente Comunitária", "Associação Comunitária Prudente de Radiodifusão", "prudentefm.org.br", "105,9"),
            ("Rádio Flor do Campo FM", "Associação dos Moradores e Amigos do Flor do Campo", "flordocampofm.org.br", "87,7"),
            ("Rádio Luz da Serra FM", "Associação Cultural Comunitária Luz da Serra", "luzdaserra.org.br", "106,3"),
            ("Rádio Bento Amado FM", "Associação Comunitária Bento Amado", "bentoamadofm.org.br", "98,3")]
PROGRAMS = ["Manhã da Comunidade", "Forró de Raiz", "Hora do Brega", "Alvorada Sertaneja", "Fala Comunidade", "Saúde no Ar",
            "Voz da Juventude", "Momento de Fé", "Samba de Quintal", "Rap da Quebrada", "Esporte Amador", "Recado do Bairro",
            "Noite Romântica", "Hora da Ave-Maria", "Raízes Indígenas", "Som da Diáspora", "Viola Enluarada", "Conexão Reggae",
            "Bom Dia Agricultor", "Plantão Comunitário"]
EPITHETS = ["do Forró", "da Madrugada", "do Brega", "da Comunidade", "do Samba", "do Pandeiro", "do Esporte", "do Reggae",
            "da Viola", "do Pife", "do Acordeon", "da Alvorada", "do Morro", "da Quebrada"]
TITLES = {True: ["DJ", "MC", "Irmã", "Locutora", "Pastora"], False: ["DJ", "MC", "Irmão", "Locutor", "Pastor", "Padre", "Mestre"]}
BUSINESSES = ["Mercadinho Sarapião", "Farmácia Bento Amado", "Auto Peças Leão", "Padaria Flor de Maio", "Ótica Aurora",
              "Açougue Prudente", "Materiais de Construção Jatobá", "Salão Vitória Régia", "Funerária Esperança", "Pizzaria Dom Bento",
              "Loja Luz & Cia", "Oficina do Quintino", "Depósito Rosa Branca", "Supermercado Irmãos Furquim", "Gás Aroeira",
              "Academia Leão de Judá", "Moto Peças Catolé", "Armarinho Dona Zulmira", "Clínica Odontológica Sorriso Amado"]
PRIZES = ["kit de cesta básica", "vale-compras de R$ 100", "botijão de gás", "corte de cabelo com escova", "pizza família",
          "óculos de sol", "kit de feira", "camiseta e caneca da rádio", "par de ingressos para o forró do sábado"]
SONGS = ["Asa Branca", "Flor de Lis", "Rosa de Hiroshima", "Leão do Norte", "Esperando na Janela", "Xote das Meninas",
         "Sonho de Ícaro", "Anunciação", "Amor de Índio", "Chuva de Prata", "Vitória Régia", "Bento e Paciência"]
ROLE_BOXES = ["contato", "radio", "programacao", "diretoria", "tesouraria", "estudio", "ouvidoria", "fiscalizacao", "secretaria",
              "protocolo", "no-reply", "naoresponda", "atendimento", "financeiro", "juridico", "rh", "curriculos", "ubs", "vigilancia",
              "regulacao", "contabilidade", "promocao", "podcast", "noticias", "sorteio", "dpo", "associacao", "comercial", "ecad",
              "intimacoes", "caps", "saude"]
WORD_NEGS = ["Seria prudente reforçar o aterramento da antena antes das chuvas.", "A Farmácia Bento Amado renovou o apoio cultural por mais seis meses.",
             "Foi uma vitória conseguir a outorga depois de sete anos de processo.", "A luz do estúdio caiu duas vezes durante o programa.",
             "O forró na Praça da Aurora começa às 20h.", "A Funerária Esperança pediu para trocar o texto do apoio.",
             "O leão da Receita não cobra imposto de associação sem fins lucrativos, mas a declaração é obrigatória.",
             "Rosa dos Ventos é o nome da nova vinheta da madrugada.", "Presidente Prudente sediou o encontro estadual de rádios comunitárias.",
             "Vamos tocar Asa Branca na abertura do especial de São João."]
CHAT_NEGS = ["bom dia! 🙏", "<Mídia oculta>", "áudio omitido", "kkkkkk", "toca asa branca pra nós 🎶", "o sinal tá chiando aqui na vila rosa",
             "a luz caiu de novo no grotão", "Esta mensagem foi apagada", "👏👏👏", "que vitória esse programa hoje", "amém 🙏",
             "alguém sabe se a feira vai ter amanhã?", "a aurora tá linda hoje aqui no alto da paz", "reunião da associação quinta 19h"]
SENDER_TAGS = [" 🌻", " ouvinte", " ❤️", " 📻", " (vizinha)", " Grotão", " Vila Rosa"]
UBS_NAMES = ["UBS Vila Rosa", "UBS Dr. Farid Haddad", "ESF Alto da Paz", "UBS Bento Amado", "Unidade de Saúde da Família Grotão",
             "UBS Irmã Dulce", "ESF Morro do Leão"]


def home(g: Gen, style: str = "text", rural: float = 0.0, uf: str | None = None) -> str:
    return g.address(style)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def sei_no(g: Gen) -> str:
    """A federal SEI process number (MCom, Anatel); not labelled."""
    return clean(g, lambda: f"{g.pick(['53000', '53115', '53500', '53554'])}.{g.d(6)}/{g.ri(2015, 2026)}-{g.d(2)}")


def fistel(g: Gen) -> str:
    """An 11-digit Fistel station number; never passes a CPF, PIS or CNH check; not labelled."""
    return clean(g, lambda: g.neg(11))


def serial(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"SN {g.up(2)}{g.d(6)}", f"{g.d(4)}-{g.up(1)}{g.d(3)}", f"nº série {g.hexs(8, True)}", f"S/N {g.d(9)}"]))


def cnj_of(g: Gen, uf: str, labour: bool = False) -> str:
    seg = TRT.get(uf, "5.15") if labour else CNJ_SEG.get(uf, "8.26")
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2019, 2026)}.{seg}.{g.d(4)}")


def money(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + brl(g.ri(lo, hi) + g.pick([0, 0, 0, 0.5, 0.9]))


def bank(g: Gen) -> str:
    return g.pick(BANKS)[1]


def stage(g: Gen, p: Person) -> str:
    """An on-air name: nickname or first name with an epithet ('Zé do Forró', 'Dalva da Madrugada')."""
    base = g.pick([p.nick, p.first, p.nick])
    return f"{base} {g.pick(EPITHETS)}"


def title_name(g: Gen, p: Person, name: str | None = None) -> list[tuple]:
    """'DJ Kauã', 'Irmã Zefa': the title outside the span."""
    return [V(g.pick(TITLES[p.female]) + " "), P(name or g.pick([p.first, p.nick]))]


def cl2(doc: Doc, stamp: str, who: list[tuple], template: str = "", **vals) -> None:
    """One chat line whose sender is built from parts: [(text, LABEL or None), ...]."""
    doc.t(stamp)
    for part in who:
        doc.e(part[0], part[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def sender(g: Gen, p: Person, phone_p: float = 0.2) -> list[tuple]:
    """How a phone shows a listener: a bare number, lower-case first name, short or full name, nickname, a name with a tag."""
    if g.chance(phone_p):
        return [(g.phone("wa"), "PHONE_NUMBER")]
    r = g.rng.random()
    if r < 0.3:
        return [P(lower(p.first))]
    if r < 0.5:
        return [P(p.short)]
    if r < 0.62:
        return [P(p.nick)]
    if r < 0.75:
        return [P(g.pick([p.first, p.nick])), V(g.pick(SENDER_TAGS))]
    return [P(p.full)]


def elder(g: Gen, female: bool | None = None) -> Person:
    return g.person(female=female)


def age_of(yy: int) -> int:
    return 2026 - yy


def lost_docs(g: Gen, k: int) -> list[list[tuple]]:
    """Documents found and announced: each a list of parts."""
    opts = [[V("RG nº "), (g.rg(), "BR_RG")], [V("CPF "), (g.cpf(), "BR_CPF")], [V("CNH nº "), (g.cnh(), "BR_CNH")],
            [V("título de eleitor "), (g.titulo(), "BR_TITULO_ELEITOR")], [V("cartão do SUS "), (g.cns(), "BR_CNS")],
            [V("carteira de trabalho (CTPS " + clean(g, lambda: g.d(7)) + ")")], [V("cartão do Bolsa Família")]]
    return g.sample(opts, k)


def join_parts(parts: list[list[tuple]], sep: str = ", ") -> list[tuple]:
    out: list[tuple] = []
    for k, p in enumerate(parts):
        if k:
            out.append(V(sep))
        out.extend(p)
    return out


def spoken_date(dd: int, mm: int, yy: int, g: Gen) -> str:
    """A date as a transcript writes it (digits, month in words or as a number)."""
    return g.pick([f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}", f"{dd:02d} {mm:02d} {yy}", f"{dd}/{mm}/{yy}"])


def radio_person(g: Gen, female: bool | None = None) -> Person:
    return g.person(female=female)


# ------------------------------------------------------------------ atendimento

def at_zap(g: Gen) -> Doc:
    """The listeners' WhatsApp group of a community station: the presenter or the station's profile opens the show (on-air name), a
    birthday greeting (a mother's birth date sometimes), documents lost (owner, RG/CPF/CNH/título/CNS, phone), a raffle sign-up with
    CPF (or a mistyped one, then the right one), the winner announced, a message for a neighbour with a phone, a member joining by
    link, a full card number typed to donate (the coordinator asks to delete it) sometimes, a neighbour's fundraiser with a random Pix
    key, the coordinator asking for help with the power bill (random Pix key or the association's CNPJ), song requests and asides.
    Senders are mostly bare numbers; the station's profile is not a person."""
    doc = Doc()
    stn = g.pick(STATIONS)
    pres, coord = radio_person(g), radio_person(g)
    stg = stage(g, pres)
    st = chat_stamp(g)
    t = iter(seq_times(g, 30, g.moment(hours=(5, 12)), 40, 1500))
    L = [radio_person(g, g.chance(0.65)) for _ in range(6)]
    W = [sender(g, p, 0.8) for p in L]
    PR = g.pick([[V(stn[0] + " 📻")], [V("Estúdio " + stn[0].split()[-2] + " 🎙️")], [V(stn[0].split()[-2] + " FM Ao Vivo")],
                 [V("Rádio " + stn[0].split()[-2])], [P(pres.first), V(" locutor" + ("a" if pres.female else ""))], [P(stg)]])
    CO = g.pick([[V("Coordenação " + stn[0].split()[-2])], [V(stn[0] + " Diretoria")], [P(coord.short)], [P(coord.first), V(" coord. " + stn[0].split()[-2])]])
    doc.f("Conversa do WhatsApp com «g»\n\n", g=g.pick([f"Ouvintes {stn[0]} 📻", f"{stn[0]} — pedidos e recados", "OUVINTES DA COMUNITÁRIA 💚",
                                                       f"Amigos da {stn[0]}"]))
    doc.t(g.pick(["", "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta.\n"]))
    cl2(doc, st(next(t)), PR, "Bom dia comunidade! 🎙️ No ar o «p» com «n». Mandem seus pedidos e recados por aqui", p=g.pick(PROGRAMS), n=P(stg))
    m = elder(g, True)
    dd, mm, yy = g.dob_parts(1936, 1960)
    if g.chance(0.25):
        cl2(doc, st(next(t)), W[0], "manda um alô pra minha mãe que hoje faz «a» anos!! nasceu em «d» 🎂 toca «s» pra ela",
            a=age_of(yy), d=(fmt_date(dd, mm, yy, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"), s=g.pick(SONGS))
    elif g.chance(0.45):
        cl2(doc, st(next(t)), W[0], "manda um alô pra minha mãe «m» que hoje faz «a» anos!! nasceu em «d» 🎂 toca «s» pra ela",
            m=P(g.pick([m.full, m.short, m.first + " " + m.last])), a=age_of(yy), d=(fmt_date(dd, mm, yy, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"),
            s=g.pick(SONGS))
    else:
        cl2(doc, st(next(t)), W[0], "manda um alô pra dona «m» do «b» que hoje faz «a» anos 🎂 toca «s»", m=P(g.pick([m.first, m.nick])), b=g.pick(BAIRROS),
            a=age_of(yy), s=g.pick(SONGS))
    cl2(doc, st(next(t)), W[1], g.pick(CHAT_NEGS))
    owner = L[2]
    cl2(doc, st(next(t)), W[2], "gente perdi minha carteira ontem perto da «pl», tinha o «docs» no nome de «n». quem achar por favor liga «t» 🙏",
        pl=g.pick(["praça da matriz", "feira", "barão de mauá", "parada do ônibus da aurora", "igreja são bento"]),
        docs=join_parts(lost_docs(g, g.ri(1, 2)), " e o "), n=P(g.pick([owner.full, owner.caps, owner.low])), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    cl2(doc, st(next(t)), PR, "Anotado«n», vai no aviso «h» 👍", n=[V(" "), P(g.pick([lower(owner.first), owner.first]))] if g.chance(0.15) else "", h=g.pick(["do próximo bloco", "da tarde", "de meio-dia", "de amanhã cedo"]))
    if g.chance(0.5):
        cl2(doc, st(next(t)), W[1], "quero doar pra rádio no cartão, «c» validade «v» cvv «x» pode passar 50 reais", c=(g.card(g.chance(0.7)), "CREDIT_CARD"),
            v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}", x=g.d(3))
        cl2(doc, st(next(t)), CO, "Apaga essa mensagem por favor!! Não manda número de cartão no grupo. Doação só por pix ou no estúdio 🙏")
    biz = g.pick(BUSINESSES)
    w3 = L[3]
    if g.chance(0.7):
        cl2(doc, st(next(t)), W[3], "quero participar do sorteio «b»: «n», cpf «c», «bb»", b=g.pick(["da " + biz, "de hoje", "do " + biz]),
            n=P(g.pick([w3.full, w3.low])), c=(g.cpf(), "BR_CPF"), bb=g.pick(["moro no " + g.pick(BAIRROS), "tel nesse mesmo", "ouvinte desde 2009"]))
    else:
        cl2(doc, st(next(t)), W[3], "sorteio: «n» cpf «c»", n=P(w3.full), c=g.neg_cpf(g.chance(0.6)))
        cl2(doc, st(next(t)), PR, "esse cpf não bateu no sistema, confere?")
        cl2(doc, st(next(t)), W[3], "desculpa o certo é «c»", c=(g.cpf(), "BR_CPF"))
    cl2(doc, st(next(t)), W[4], g.pick(CHAT_NEGS))
    win = g.pick(L[:5])
    cl2(doc, st(next(t)), PR, "🎉 Parabéns «n», ganhou o sorteio do dia («p») do apoio cultural «b»! Retire no estúdio com documento com foto",
        n=P(g.pick([win.full, win.short, win.first])) if g.chance(0.6) else "ouvinte " + g.pick(["do " + g.pick(BAIRROS), "número " + str(g.ri(3, 40))]),
        p=g.pick(PRIZES), b=biz)
    nb, rel = radio_person(g), radio_person(g)
    cl2(doc, st(next(t)), W[5], "recado pro «f» lá do «b»: a «r» tá internada no regional, liga pra ela «t»",
        f=P(g.pick([nb.first, nb.nick])) if g.chance(0.5) else "pessoal da rua da caixa d'água", b=g.pick(BAIRROS),
        r=g.pick(["tia", "irmã", "madrinha", "prima"]), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.t(st(next(t)))
        doc.e(g.phone("wa"), "PHONE_NUMBER")
        doc.t(" entrou usando o link de convite deste grupo\n")
    if g.chance(0.6):
        cl2(doc, st(next(t)), CO, "Pessoal, a conta de luz da rádio venceu («v»). Quem puder ajudar: pix chave aleatória «k» 🙏", v=money(g, 380, 900), k=(g.uuid(), "PIX_KEY"))
    else:
        cl2(doc, st(next(t)), CO, "Quem quiser ajudar a rádio o pix é o CNPJ da associação «c» ({a})".replace("{a}", stn[1]), c=(g.any_cnpj(), "BR_CNPJ"))
    cl2(doc, st(next(t)), W[g.ri(0, 5)], g.pick(CHAT_NEGS))
    if g.chance(0.5):
        cl2(doc, st(next(t)), W[g.ri(0, 5)], "gente vaquinha pro tratamento «n», qualquer valor ajuda. pix aleatório «k» ou liga «t»",
            n=[V("do "), P(radio_person(g, False).first)] if g.chance(0.4) else "da minha sobrinha", k=(g.uuid(), "PIX_KEY"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.15):
        cl2(doc, st(next(t)), PR, "Agora com a gente «n» no «p»! 🎶", n=title_name(g, radio_person(g)), p=g.pick(PROGRAMS))
    if g.chance(0.5):
        cl2(doc, st(next(t)), W[g.ri(0, 5)], "o numero novo do estudio é «a» ou «b»? salvei os dois", a=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
            b=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    return doc


def notice_entry(g: Gen, kind: str) -> list[tuple]:
    """One public-service notice read on air, as a list of parts."""
    if kind == "doc":
        p = radio_person(g)
        out = [V("ACHADO: documentos em nome de "), P(g.pick([p.caps, p.full, p.capsf])), V(" ("), *join_parts(lost_docs(g, g.ri(2, 4)), "; "),
               V("), encontrados " + g.pick(["na feira livre", "no ponto do ônibus da Barão de Mauá", "perto da Igreja São Bento", "na quadra do Grotão"]) + ". Retirar no estúdio")]
        if g.chance(0.3):
            out += [V(" com o " + g.pick(["seu", "sr.", "locutor"]) + " "), P(radio_person(g, False).first)]
        return out + [V(".")]
    if kind == "missing":
        p, f = radio_person(g), radio_person(g, True)
        return [V("DESAPARECID" + p.o.upper() + ": "), P(p.full), V(f", {g.ri(14, 86)} anos, saiu de casa na "), (g.address(), "ADDRESS"),
                V(f" ({g.pick(BAIRROS)}) e não voltou. Vestia " + g.pick(["camisa do Flamengo e chinelo", "vestido florido", "bermuda jeans", "boné vermelho"]) +
                  ". Informações com a " + g.pick(["filha", "irmã", "mãe", "vizinha"])), *([V(" "), P(g.pick([f.first, f.short]))] if g.chance(0.5) else []), V(" pelo "),
                (g.phone(g.pick(["par", "plain", "dash"])), "PHONE_NUMBER"), V(" ou 190.")]
    if kind == "death":
        p = elder(g)
        out = [V("NOTA DE FALECIMENTO: faleceu "), P(g.pick([p.full, p.caps]))]
        if g.chance(0.25):
            out += [V(", conhecid" + p.o + " como "), P(p.nick)]
        out += [V(f", aos {g.ri(58, 97)} anos. Velório na residência da família, "), (g.address(), "ADDRESS"),
                V(", sepultamento às " + g.pick(["16h", "10h", "15h30"]) + " no " + g.pick(["Cemitério São Bento", "Cemitério da Saudade", "Cemitério Parque Esperança"]) +
                  ". A família agradece. Apoio: Funerária Esperança.")]
        return out
    if kind == "animal":
        o = radio_person(g)
        pet = g.pick([("cachorro Bento", "vira-lata caramelo"), ("cadela Aurora", "preta com coleira azul"), ("gato Leão", "siamês"),
                       ("cachorro Prudente", "pinscher"), ("cadela Pérola", "poodle branca"), ("gata Vitória", "rajada")])
        return [V("PERDIDO: " + pet[0] + " (" + pet[1] + "), sumiu perto da " + g.pick(["Praça da Luz", "escola Irmã Dulce", "caixa d'água"]) +
                  ". Recompensa. Falar com "), P(g.pick([o.first, o.short])), V(" "), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), V(".")]
    if kind == "blood":
        p = radio_person(g)
        return [V("DOAÇÃO DE SANGUE: "), P(g.pick([p.full, p.short])), V(", internad" + p.o + " no Hospital Regional, precisa de doadores " +
                  g.pick(["O-", "A+", "qualquer tipo"]) + ". Informar no hemocentro o nome do paciente e o prontuário " + clean(g, lambda: g.d(7)) + ".")]
    if kind == "job":
        b = g.pick(BUSINESSES)
        return [V(f"VAGA: {b} contrata " + g.pick(["repositor", "atendente", "auxiliar de cozinha", "motoboy com moto própria"]) +
                  ". Currículos para " + role_mail(g, re.sub(r'[^a-z]', '', fold(b).lower())[:14] + ".com.br", g.pick(["rh", "curriculos"])) + " ou na loja.")]
    return [V("EVENTO: quermesse da Paróquia São Bento no sábado, bingo com prêmios da " + g.pick(BUSINESSES) + " e show do Trio Pé de Serra. " + g.pick(WORD_NEGS))]


def at_avisos(g: Gen) -> Doc:
    """The studio's notebook of public-service notices read on air (utilidade pública), numbered, as blocks or as lower-case quick
    notes, the studio's phones in the header sometimes: documents found (owner; RG, CPF, CNH, título, CNS, with unlabelled CTPS and
    Bolsa Família cards), a missing person (home address, a relative's phone), a death notice (the deceased, a nickname sometimes, the
    wake at home), a lost pet (the pet's name is not a person), a blood-donation call (the hospital record number unlabelled), a job
    (role mailbox), a feast; who read each notice, sometimes."""
    doc = Doc()
    stn = g.pick(STATIONS)
    readers = [radio_person(g) for _ in range(2)]
    kinds = ["doc", "doc", "doc"] + g.sample(["missing", "death", "animal", "blood", "job", "event", "death", "missing", "job"], g.ri(1, 3))
    g.rng.shuffle(kinds)
    style = g.pick(["num", "block", "quick"])
    day = g.day()
    doc.t(f"{stn[0]} {stn[3]} — AVISOS DE UTILIDADE PÚBLICA — {dbr(day)}\n" if style != "quick" else f"avisos {dbr(day, 'short')} ({stn[0].lower()})\n")
    doc.t(g.pick(["(ler no início de cada bloco; riscar depois de lido)\n", "", "Obs.: não ler telefone de menor de idade.\n"]))
    if g.chance(0.6):
        doc.f("Estúdio: «a» / WhatsApp «b»\n", a=(g.phone("par", mobile=False), "PHONE_NUMBER"), b=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t("\n")
    h = g.ri(6, 8)
    for i, k in enumerate(kinds):
        parts = notice_entry(g, k)
        rd = g.pick(readers)
        h += g.ri(0, 1)
        hora = f"{h:02d}h{g.pick(['00', '10', '15', '30', '45'])}"
        if style == "num":
            doc.t(f"{i + 1}. [{hora}")
            if g.chance(0.1):
                doc.t(" — ")
                doc.e(g.pick([rd.first, stage(g, rd)]), "PERSON")
            doc.t("] ")
        elif style == "block":
            doc.t(f"---------- aviso {i + 1:02d} ----------\nHORA: {hora}   LIDO POR: ")
            if g.chance(0.3):
                for v, lab in (title_name(g, rd) if g.chance(0.4) else [P(g.pick([rd.short, rd.first]))]):
                    doc.e(v, lab)
            else:
                doc.t(g.pick(["-", "(não lido)", "operador"]))
            doc.t("\nTEXTO: ")
        else:
            doc.t("- ")
            parts = [(lower(v) if lab in (None, "PERSON", "ADDRESS") else v, lab) for v, lab in parts]
        for v, lab in parts:
            doc.e(v, lab)
        doc.t("\n" if style != "block" else "\n\n")
        if style == "quick" and g.chance(0.3):
            doc.t("  ok lido " + hora + "\n")
    doc.t(g.pick(["\n", "\n" + g.pick(WORD_NEGS) + "\n"]))
    return doc


def at_call(g: Gen) -> Doc:
    """A speech-to-text transcript (lower case) of a live call-in show: a listener complains about a pothole on a street named
    after a person (unlabelled place), wins the day's prize and gives her data to the producer (CPF in groups or words, birth date,
    phone in groups or words, CEP sometimes; a full card number read out in words to donate, sometimes; the protocol read out in
    words, unlabelled), then the producer's typed table of the winners (several table styles)."""
    doc = Doc()
    stn = g.pick(STATIONS)
    pres, prod, lis = radio_person(g), radio_person(g), radio_person(g, g.chance(0.65))
    prog = g.pick(PROGRAMS)
    cpf = g.cpf_digits()
    ph = g.msisdn()
    dd, mm, yy = g.dob_parts(1950, 2004)
    cep = g.cep(False)
    prize, biz = g.pick(PRIZES), g.pick(BUSINESSES)
    day = g.day()
    doc.t(f"[transcricao automatica] {lower(prog)} — {lower(stn[0])} — {dbr(day)} — bloco {g.ri(1, 4)}\n")
    doc.f("locutor: alo alo «s» quem ta na linha\n", s=lower(stn[0].split()[-1]) if g.chance(0.5) else "comunidade")
    doc.f("ouvinte: alo bom dia«p» aqui e " + lis.o + " «n» do «b»\n", p=[V(" "), P(lower(g.pick([pres.first, pres.nick])))] if g.chance(0.5) else "",
          n=P(lower(g.pick([lis.first, lis.nick]))), b=lower(g.pick(BAIRROS)))
    doc.f("locutor: bom dia«n» pode falar\n", n=[V(" "), P(lower(lis.first))] if g.chance(0.4) else (" minha querida" if lis.female else " meu querido"))
    doc.f("ouvinte: e que tem um buraco enorme na «r» perto da escola ja caiu moto ontem e ninguem da prefeitura aparece\n",
          r=g.pick(["barao de maua", "radialista genesio", "rua da aurora", "luiz gonzaga", "subida do morro do leao"]))
    doc.t("locutor: ta registrado vamos cobrar da secretaria de obras ao vivo amanha e olha so voce e " + lis.o + " ouvinte numero " + str(g.ri(5, 30)) + " "
          "e acabou de ganhar o sorteio do dia " + lower(prize) + " cortesia da " + lower(biz) + " fica na linha que a producao pega seus dados\n")
    doc.t("[musica]\n")
    doc.f("producao: oi querid" + lis.o + " «n» da producao me fala seu nome completo\nouvinte: «f»\n",
          n=[V("e " + prod.o + " "), P(lower(prod.first))] if g.chance(0.5) else "aqui e", f=P(lis.low))
    doc.f("producao: cpf\nouvinte: «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f("producao: data de nascimento\nouvinte: «d»\n", d=(spoken_date(dd, mm, yy, g), "DATE_OF_BIRTH"))
    doc.f("producao: um telefone pra gente te chamar\nouvinte: «p»\n", p=(g.fmt_phone(ph[0], ph[1], "stt") if g.chance(0.5) else spoken_digits(ph[0] + ph[1], g), "PHONE_NUMBER"))
    withcep = g.chance(0.5)
    if withcep:
        doc.f("producao: e o cep que a gente manda pela moto se voce nao puder vir\nouvinte: «c»\n", c=(stt_groups(cep, g), "BR_CEP"))
    if g.chance(0.45):
        doc.f("ouvinte: e ja que ta ai eu queria doar cinquenta reais pra radio no cartao\nproducao: pode falar o numero\nouvinte: «c»\n"
              "producao: ta anotado a tesouraria passa na maquininha e depois risca\n", c=(spoken_digits(g.card(False, g.pick(["4", "5"])), g), "CREDIT_CARD"))
    doc.t("producao: pronto retira ate sexta com documento protocolo " + spoken_digits(proto(g).replace("-", "")[:6], g) + " tchau\n\n")
    doc.f("GANHADORES — «p» — " + dbr(day) + "\n", p=prog.upper())
    rows = [[P(lis.caps), (fmt_cpf(cpf), "BR_CPF"), (fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"), (g.fmt_phone(ph[0], ph[1], "par"), "PHONE_NUMBER"),
             (f"{cep[:5]}-{cep[5:]}", "BR_CEP") if withcep else V("-"), V(prize), V("pendente")]]
    for _ in range(g.ri(0, 1)):
        o = radio_person(g)
        rows.append([P(o.caps), (g.cpf(), "BR_CPF"), (g.dob("br", 1950, 2004), "DATE_OF_BIRTH"), (g.phone("par"), "PHONE_NUMBER"), V("-"),
                     V(g.pick(PRIZES)), V(g.pick(["retirado", "retirado " + g.date("short"), "pendente"]))])
    g.rng.shuffle(rows)
    table_ruled(doc, ["ganhador", "cpf", "nasc.", "telefone", "cep", "prêmio", "situação"], rows, g.pick(["plus", "psql", "plain", "pipe"]))
    doc.f("Produção: «p»«c»\n", p=P(prod.short) if g.chance(0.5) else "equipe", c=[V(" | conferido por "), P(g.pick([pres.first, radio_person(g).short]))] if g.chance(0.35) else "")
    return doc


def at_mail(g: Gen) -> Doc:
    """An e-mail thread, newest on top: the coordinator answers a listener (corporate e-mail, X-Originating-IP, the studio's
    phone) who complains that the police-news slot read her teenage son's name and street on air (her CPF sometimes); her message
    quoted, and, quoted twice, the presenter's internal note (the address read out, the son's first name sometimes). Right of reply,
    Lei 13.188/2015; the episode removed from the podcast."""
    doc = Doc()
    stn = g.pick(STATIONS)
    lis, coo, pres = radio_person(g, True), radio_person(g), radio_person(g)
    son = g.relative(lis, False)
    stg = stage(g, pres)
    t1 = g.moment()
    t0 = t1 - datetime.timedelta(hours=g.ri(5, 70))
    lem = g.email(lis)
    pem = corp_mail(pres, stn[2], g) if g.chance(0.5) else g.email(pres)
    addr = g.address()
    doc.f("From: «n» <«e»>\nTo: «p»\nCc: «c»\nDate: " + mail_date(t1) + "\nSubject: Re: reclamação — programa «pg» do dia " + dbr(t0) +
          "\nX-Originating-IP: [«ip»]\n\n",
          n=P(coo.full), e=(corp_mail(coo, stn[2], g), "EMAIL_ADDRESS"), p=[P(lis.full), V(" <"), (lem, "EMAIL_ADDRESS"), V(">")] if g.chance(0.3) else [(lem, "EMAIL_ADDRESS")],
          c=[(pem, "EMAIL_ADDRESS"), V(", " + role_mail(g, stn[2], "diretoria"))], pg=g.pick(["Plantão Comunitário", "Fala Comunidade", "Manhã da Comunidade"]),
          ip=(g.ip(), "IP_ADDRESS"))
    doc.f("Prezada«n»,\n\npedimos desculpas. A nota foi lida a partir de uma mensagem repassada num grupo e não deveria citar nome de "
          "adolescente nem endereço. O trecho foi retirado do podcast e «s» foi orientad" + pres.o + " pela coordenação. Se a senhora quiser, "
          "garantimos o direito de resposta no mesmo horário (Lei 13.188/2015); basta responder a este e-mail ou ligar no estúdio.\n\n"
          "Atenciosamente,\n«c»Coordenação de Programação — " + stn[0] + " " + stn[3] + "\n" + stn[1] + "«tt»\n\n",
          tt=[V("\nEstúdio: "), (g.phone("par", mobile=False), "PHONE_NUMBER")] if g.chance(0.6) else "",
          n=[V(" "), P(g.pick([lis.first, lis.full]))] if g.chance(0.5) else " senhora", s=[V("a locutora " if pres.female else "o locutor "), P(g.pick([stg, pres.first]))] if g.chance(0.5) else ("a responsável pelo bloco" if pres.female else "o responsável pelo bloco"),
          c=[P(g.pick([coo.full, coo.short])), V("\n")] if g.chance(0.5) else "")
    doc.f("> Em " + dbr(t0) + " às " + ts(t0, "hm") + ", «n»«e» escreveu:\n> Bom dia. Hoje no programa falaram o nome do meu filho «k», de 16 anos, "
          "e até a rua onde a gente mora («a») como se ele fosse bandido. Ele foi abordado e liberado, não tem nada contra ele. "
          "Quero que desmintam no ar.«x»\n> «f»«t»\n>\n",
          n=g.pick([[P(lis.full), V(" <")], [V("<")]]), e=[(lem, "EMAIL_ADDRESS"), V(">")], k=P(g.pick([son.full, son.first + " " + son.last])),
          a=(addr, "ADDRESS"), f=[P(g.pick([lis.first, lis.full])), V("\n> ")] if g.chance(0.5) else "", t=(g.phone(), "PHONE_NUMBER"),
          x=[V(" Meu CPF é "), (g.cpf(), "BR_CPF"), V(", se precisarem.")] if g.chance(0.5) else "")
    doc.f(">> Em " + dbr(t0) + ", «d»«e» escreveu:\n>> «c», li a nota que veio no grupo da PM às 7h40: abordagem na «a», «k0» liberado. "
          "Não sabia que era menor«k». Áudio do bloco no drive, arquivo " + clean(g, lambda: f"PLT_{g.d(4)}_{g.d(2)}.mp3") + ". Abs«s»\n",
          d=g.pick([[P(pres.full), V(" <")], [V("<")]]), e=[(pem, "EMAIL_ADDRESS"), V(">")], c=P(coo.first), a=(addr, "ADDRESS"),
          k0=P(son.first) if g.chance(0.5) else "adolescente",
          k=[V(", o "), P(son.first), V(" tem 16")] if g.chance(0.3) else "", s=[V(", "), P(g.pick([pres.first, stg]))] if g.chance(0.4) else "")
    return doc


def at_ficha(g: Gen) -> Doc:
    """A volunteer presenter's registration form (four layouts; a third of them OCR'd scans): the association's CNPJ sometimes,
    name, on-air name, birth date, CPF, RG, título sometimes (to vote in the association's assembly), CNH sometimes (to drive the
    station's car), address, CEP, phone, e-mail, a DRT registration sometimes, programme and schedule, an emergency contact, who
    recommended the volunteer; the web form's IP when it was sent online; the member number is not labelled."""
    doc = Doc()
    stn = g.pick(STATIONS)
    v = radio_person(g)
    scan = g.chance(0.33)
    o = (lambda s: ocr(s, g, 0.3)) if scan else (lambda s: s)
    on = (lambda s: ocr(s, g, 0.25, names=True)) if scan else (lambda s: s)
    city, uf = g.city()
    doc.f(o(f"{stn[1].upper()}") + "«c»\n" + o(f"{stn[0]} {stn[3]} MHz — FICHA DE CADASTRO DE VOLUNTÁRIO(A)") + "\n",
          c=[V(" — CNPJ "), (g.any_cnpj(), "BR_CNPJ")] if g.chance(0.6) else "")
    d_in = g.day()
    doc.t(o("Associado nº") + f" {g.ri(12, 480):04d}   " + o("Data") + f": {dbr(d_in)}\n\n")
    style = g.pick(["plain", "dots", "box", "caps"])
    fields = [(o("Nome completo"), P(on(g.pick([v.full, v.caps])))), (o("Nome artístico / no ar"), P(on(stage(g, v)))),
              (o("Data de nascimento"), (g.dob(g.pick(["br", "nopad", "iso"]), 1950, 2007), "DATE_OF_BIRTH")),
              (o("CPF"), (g.cpf(), "BR_CPF")), (o("RG"), (g.rg(), "BR_RG"))]
    if g.chance(0.4):
        fields.append((o("Título de eleitor"), (g.titulo(), "BR_TITULO_ELEITOR")))
    if g.chance(0.35):
        fields.append((o("CNH (para dirigir o carro da rádio)"), (g.cnh(), "BR_CNH")))
    fields += [(o("Endereço"), (g.address(g.pick(["text", "caps"])), "ADDRESS")), (o("Bairro"), V(g.pick(BAIRROS))), (o("Cidade/UF"), V(f"{city}/{uf}")),
               (o("CEP"), (g.cep(), "BR_CEP")), (o("Celular/WhatsApp"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    if g.chance(0.7):
        fields.append((o("E-mail"), (g.email(v), "EMAIL_ADDRESS")))
    if g.chance(0.3):
        fields.append((o("Registro profissional"), (f"DRT/{uf} {g.ri(1000, 29999)}" if g.chance(0.6) else f"DRT {g.ri(100, 9999)}/{uf}", "PROFESSIONAL_ID")))
    fields += [(o("Programa"), V(g.pick(PROGRAMS))), (o("Dia/horário"), V(g.pick(["seg a sex 5h-7h", "sábado 8h-10h", "domingo 14h-16h", "ter e qui 19h-21h"]))),
               (o("Função"), V(g.pick(["locução", "operação de áudio", "produção", "reportagem comunitária", "locução e produção"])))]
    kv_block(doc, fields, style)
    if not scan and g.chance(0.6):
        doc.f("(enviado pelo formulário do site em " + g.date() + " " + g.hm() + ", IP «i»)\n", i=(g.ip(), "IP_ADDRESS"))
    e = radio_person(g)
    doc.f("\n" + o("Em caso de emergência avisar") + ": «n» («r») — «t»\n", n=P(on(g.pick([e.full, e.short, e.first]))),
          r=g.pick(RELS_F if e.female else RELS_M), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t(o("Declaro que li o regimento interno e que não farei propaganda comercial nem proselitismo político ou religioso no ar "
            "(Lei 9.612/1998, art. 4º, §1º), e que presto serviço voluntário nos termos da Lei 9.608/1998.") + "\n")
    doc.f(o("Indicado por") + ": «n»   " + o("Aprovado pela diretoria em") + " " + dbr(d_in + datetime.timedelta(days=g.ri(3, 40))) + "\n", n=P(on(radio_person(g).short)))
    return doc


RELS_F = ["mãe", "irmã", "esposa", "filha", "tia", "vizinha", "companheira", "avó"]
RELS_M = ["pai", "irmão", "marido", "filho", "tio", "vizinho", "companheiro", "avô"]


def at_grade(g: Gen) -> Doc:
    """The programme grid (a table of several kinds: presenters by full name, short name or on-air name, co-presenters
    sometimes, phones, the programme's WhatsApp and e-mails sometimes, the election-period note, the association's CNPJ and the
    studio's phones), or the station's podcast RSS feed (itunes:author and itunes:owner name and e-mail, episodes with a guest's name
    and a contact phone)."""
    doc = Doc()
    stn = g.pick(STATIONS)
    if g.chance(0.6):
        doc.t(f"{stn[0]} {stn[3]} — GRADE DE PROGRAMAÇÃO {g.pick(['2026', '1º semestre 2026', 'a partir de ' + g.date()])}\n\n")
        progs = g.sample(PROGRAMS, g.ri(4, 7))
        h = 5
        rows = []
        mail = g.chance(0.8)
        zap = g.chance(0.6)
        for pg in progs:
            p = radio_person(g)
            dur = g.pick([1, 2, 2, 3])
            row = [V(f"{h:02d}h–{h + dur:02d}h"), V(pg), P(g.pick([p.full, p.short, stage(g, p), p.first])),
                   P(g.pick([radio_person(g).first, radio_person(g).short])) if g.chance(0.1) else V("—")]
            row.append((g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER") if g.chance(0.85) else V("não divulga"))
            if zap:
                row.append((g.phone(g.pick(["wa", "e164", "plain"])), "PHONE_NUMBER") if g.chance(0.8) else V("-"))
            if mail:
                row.append((g.email(p), "EMAIL_ADDRESS") if g.chance(0.75) else V("-"))
            rows.append(row)
            h += dur
        cols = ["horário", "programa", "apresentação", "co-apresentação", "contato"] + (["whatsapp do programa"] if zap else []) + (["e-mail"] if mail else [])
        style = g.pick(["plus", "psql", "plain", "md", "pipe", "csv", "csv;", "tsv"])
        if style in ("csv", "csv;", "tsv"):
            table_csv(doc, cols, rows, {"csv": ",", "csv;": ";", "tsv": "\t"}[style])
        else:
            table_ruled(doc, cols, rows, style)
        c = radio_person(g)
        doc.f("\nCoordenação de programação: «n»«t»\nDurante o período eleitoral nenhum programa pode ser apresentado por candidato "
              "(Lei 9.504/1997, art. 45). " + g.pick(WORD_NEGS) + "\n" + stn[1] + " — CNPJ «cn» — estúdio «e1» — WhatsApp «e2»\n", cn=(g.any_cnpj(), "BR_CNPJ"),
              e1=(g.phone("par", mobile=False), "PHONE_NUMBER"), e2=(g.phone(g.pick(["par", "wa"])), "PHONE_NUMBER"), n=[P(g.pick([c.full, c.short])), V(" — ")] if g.chance(0.5) else "", t=(g.phone("par"), "PHONE_NUMBER"))
        return doc
    pres = radio_person(g)
    stg = stage(g, pres)
    prog = g.pick(PROGRAMS)
    slug = re.sub(r"[^a-z]+", "-", fold(prog).lower()).strip("-")
    doc.t('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">\n<channel>\n')
    doc.t(f"  <title>{prog} — {stn[0]}</title>\n  <link>https://{stn[2]}/podcast/{slug}</link>\n  <language>pt-br</language>\n")
    doc.f("  <itunes:author>«a»</itunes:author>\n  <itunes:owner>\n    <itunes:name>«n»</itunes:name>\n    <itunes:email>«e»</itunes:email>\n  </itunes:owner>\n",
          a=P(g.pick([stg, pres.full])) if g.chance(0.5) else V(stn[0]), n=P(pres.full), e=(g.pick([g.email(pres), corp_mail(pres, stn[2], g)]), "EMAIL_ADDRESS"))
    doc.t(f"  <itunes:category text=\"Society &amp; Culture\"/>\n  <description>Podcast do programa {prog}, da {stn[0]} {stn[3]}, rádio comunitária "
          f"mantida pela {stn[1]}.</description>\n")
    ep = g.ri(40, 300)
    t = g.moment()
    for _ in range(g.ri(2, 3)):
        gap = g.ri(1, 5)
        ep -= gap
        t -= datetime.timedelta(days=7 * gap, minutes=g.ri(-90, 90))
        guest = radio_person(g)
        role = g.pick(["presidente da associação de moradores do " + g.pick(BAIRROS), "liderança do assentamento", "mestre de capoeira"] +
                      (["agente comunitária de saúde", "sanfoneira", "diretora da escola Irmã Dulce", "parteira tradicional"] if guest.female else
                       ["agente comunitário de saúde", "sanfoneiro", "diretor da escola Irmã Dulce", "pajé e professor"]))
        doc.t("  <item>\n    <title>")
        doc.f(f"Ep. {ep} — «g», {role}", g=P(guest.full))
        doc.t(f"</title>\n    <pubDate>{mail_date(t)}</pubDate>\n")
        doc.t(f"    <enclosure url=\"https://{stn[2]}/audio/{slug}-{ep}.mp3\" length=\"{g.ri(9000000, 60000000)}\" type=\"audio/mpeg\"/>\n")
        doc.t(f"    <guid isPermaLink=\"false\">{g.hexs(12)}</guid>\n    <description>")
        if g.chance(0.5):
            doc.f("Conversa com «g» sobre " + g.pick(["a falta d'água no bairro", "o forró pé de serra", "a vacinação", "a regularização das casas"]) +
                  ". Contato: «t».", g=P(guest.first), t=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"))
        else:
            doc.f(g.pick(WORD_NEGS) + " Ouça e compartilhe. Sugestões de pauta no WhatsApp «t».", t=(g.phone(g.pick(["plain", "wa"])), "PHONE_NUMBER"))
        doc.t("</description>\n  </item>\n")
    doc.t("</channel>\n</rss>\n")
    return doc


def at_promo(g: Gen) -> Doc:
    """The website's prize-draw sign-ups exported as JSON lines or SQL INSERTs (time, IP -- private when from the studio's
    Wi-Fi, unlabelled --, name, CPF, birth date, phone, e-mail, neighbourhood; a sign-up with an invalid CPF flagged and left
    unlabelled), then the live draw record with the winner, the coordinator, a witness sometimes, and the sponsor's CNPJ."""
    doc = Doc()
    stn = g.pick(STATIONS)
    biz = g.pick(BUSINESSES)
    sql = g.chance(0.4)
    t = g.moment()
    t_draw = t + datetime.timedelta(days=g.ri(3, 6))
    doc.t(f"promocao_{re.sub(r'[^a-z]+', '_', fold(biz).lower())} — export {dbr(t_draw + datetime.timedelta(days=g.ri(0, 2)))} ({stn[2]})\n")
    doc.t("-- dump parcial da tabela inscricoes\n" if sql else "")
    dfmt = g.pick(["iso", "br"])
    people = [radio_person(g) for _ in range(g.ri(6, 9))]
    bad = g.ri(0, len(people) - 1) if g.chance(0.5) else -1
    for i, p in enumerate(people):
        t += datetime.timedelta(minutes=g.ri(1, 500))
        ip = (g.ip(), "IP_ADDRESS") if g.chance(0.8) else V(g.ip_priv())
        cpf = V(g.neg_cpf(g.chance(0.5))) if i == bad else (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        nome = P(g.pick([p.full, p.caps, p.low]))
        nasc = (g.dob(dfmt, 1950, 2007), "DATE_OF_BIRTH")
        cel = (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER")
        em = (g.email(p), "EMAIL_ADDRESS") if g.chance(0.85) else V("")
        bairro = g.pick(BAIRROS)
        if sql:
            doc.t(f"INSERT INTO inscricoes (id, criado_em, ip, nome, cpf, nascimento, celular, email, bairro, cpf_valido) VALUES ({i + 1}, '{ts(t)}', '")
            for k, part in enumerate([ip, nome, cpf, nasc, cel, em]):
                if k:
                    doc.t("', '")
                doc.e(part[0], part[1]) if part[0] else None
            doc.t(f"', '{bairro}', {'false' if i == bad else 'true'});\n")
        else:
            jval(doc, {"id": i + 1, "criado_em": ts(t, "iso"), "ip": ip, "nome": nome, "cpf": cpf, "nascimento": nasc, "celular": cel,
                       "email": em, "bairro": bairro, "aceite_lgpd": True, "cpf_valido": i != bad}, None)
            doc.t("\n")
    good = [i for i in range(len(people)) if i != bad]
    w = g.pick(good)
    coo, wit = radio_person(g), radio_person(g)
    doc.f("\nSORTEIO realizado ao vivo em «d» no programa «p». Sorteada a inscrição nº «n»: «w». " + ("Inscrição nº " + str(bad + 1) + " desclassificada (CPF inválido). " if bad >= 0 else "") +
          "Conferência: «c» (coordenação)«t».\nPromoção com apoio cultural de " + biz + " (CNPJ «bc»), sem custo ao participante.\n", bc=(g.any_cnpj(), "BR_CNPJ"), d=dbr(max(t_draw, t + datetime.timedelta(days=1))), p=g.pick(PROGRAMS), n=w + 1, w=P(people[w].full),
          c=P(g.pick([coo.full, coo.short])), t=[V(" e "), P(wit.full), V(" (ouvinte convidad" + wit.o + ")")] if g.chance(0.4) else "")
    return doc


# ------------------------------------------------------------------ juridico

def short_q(g: Gen, doc: Doc, p: Person, caps: bool, up) -> None:
    """'NAME, CPF ..., RG ...' (a shorter qualification)."""
    doc.e(p.capsf if caps else p.full, "PERSON")
    doc.t(up(", CPF "))
    doc.e(g.cpf(), "BR_CPF")
    if g.chance(0.5):
        doc.t(up(", RG "))
        doc.e(g.rg(), "BR_RG")


def ju_ata(g: Gen) -> Doc:
    """Minutes of the association's general assembly (ALL CAPS in a third): the chair and the secretary, the board elected (two or
    three qualified with RG or CNH, CPF, birth date, título, e-mail, phone, address and CEP; the others by name, CPF and RG), the
    Conselho Comunitário (art. 8 of Lei 9.612/1998: members by name with the body they represent, phones), the accounts (the
    treasurer, the accountant's CRC), and the attendance list as a table (name, RG and/or CPF, phone)."""
    doc = Doc()
    stn = g.pick(STATIONS)
    caps = g.chance(0.33)
    up = caps_t if caps else (lambda s: s)
    city, uf = g.city()
    chair, sec = radio_person(g), radio_person(g)
    doc.f(up("ATA DA ASSEMBLEIA GERAL ORDINÁRIA DA " + stn[1].upper() + "\nCNPJ ") + "«c»\n\n", c=(g.any_cnpj(), "BR_CNPJ"))
    d_ata = g.day()
    doc.f(up(f"Aos {dbr(d_ata, 'long')}, às 19h30, na sede da associação, em {city}/{uf}, reuniram-se em segunda convocação os associados abaixo "
             "relacionados, sob a presidência de ") + "«a»" + up(", secretariados por ") + "«b»" + up(", para deliberar sobre: 1) eleição da diretoria "
             "e do Conselho Comunitário para o biênio 2026/2028 (art. 8º da Lei 9.612/1998 e estatuto, art. 14); 2) prestação de contas do exercício; "
             "3) grade de programação. ") + "\n\n",
          a=P(chair.capsf if caps else chair.full), b=P(sec.capsf if caps else sec.full))
    doc.t(up("Item 1. Apresentada chapa única, foi eleita por aclamação a seguinte diretoria:\n"))
    roles = ["Presidente", "Vice-presidente", "Tesoureir{o}", "Secretári{o}"] + (["Diretor{a} de Programação"] if g.chance(0.4) else [])
    nq = g.ri(2, 3)
    tes = None
    for i, r in enumerate(roles):
        p = radio_person(g)
        if i == 2:
            tes = p
        rr = r.replace("{o}", "a" if p.female else "o").replace("{a}", "a" if p.female else "")
        doc.t(up(f"{rr}: "))
        if i < nq:
            qualify(g, doc, p, caps=caps, dob=g.chance(0.5), phone=g.chance(0.7), email=g.chance(0.4), titulo=g.chance(0.3), where=(city, uf), rural=0.15)
        else:
            short_q(g, doc, p, caps, up)
        doc.t(";\n")
    doc.t(up("\nConselho Comunitário (representantes indicados pelas entidades):\n"))
    bodies = g.sample(["Associação de Moradores do " + g.pick(BAIRROS), "Paróquia São Bento", "Escola Municipal Irmã Dulce", "Grupo de Capoeira Leão de Judá",
                       "Pastoral da Criança", "Sindicato dos Trabalhadores Rurais", "Terreiro Ilê Axé Oyá", "Clube de Mães Flor do Campo",
                       "Associação dos Pescadores", "Igreja Assembleia de Deus — Congregação Vila Rosa", "Coletivo de Juventude Aurora"], g.ri(2, 3))
    for b in bodies:
        p = radio_person(g)
        doc.t("- ")
        doc.e(p.capsf if caps else g.pick([p.full, p.short]), "PERSON")
        doc.t(up(f" ({b})"))
        if g.chance(0.6):
            doc.t(up(", tel. "))
            doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
        doc.t("\n")
    doc.f("\n" + up("Item 2. " + ("A tesoureira " if tes.female else "O tesoureiro ")) + "«t»" + up(" apresentou as contas: receitas de apoio cultural e doações de ouvintes, despesas com energia, "
                                                          "internet, ECAD e manutenção do transmissor; saldo em conta de ") + money(g, 300, 9000) +
          up(". Aprovadas por unanimidade, com o parecer do contador ") + "«k»" + ", " + "«crc»" + up(".\nItem 3. Mantida a grade; o programa da Pastoral passa para o sábado. ") +
          up(g.pick(WORD_NEGS)) + "\n\n", t=P(tes.capsf if caps else tes.first + " " + tes.last) if g.chance(0.5) else V(up("eleit" + tes.o)),
          k=P(radio_person(g, False).full if not caps else radio_person(g, False).capsf) if g.chance(0.5) else V(up("responsável")),
          crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    doc.t(up("LISTA DE PRESENÇA") + "\n")
    rows = []
    tel = g.chance(0.8)
    both = g.chance(0.6)
    for i in range(g.ri(3, 5)):
        p = radio_person(g)
        rows.append([V(str(i + 1)), P(p.capsf if caps or g.chance(0.3) else p.full)] +
                    ([(g.rg(), "BR_RG"), (g.cpf(), "BR_CPF")] if both else [(g.rg(), "BR_RG") if g.chance(0.5) else (g.cpf(), "BR_CPF")]) +
                    ([(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER") if g.chance(0.85) else V("-")] if tel else []) +
                    [V(g.pick(["(assinado)", "(assinado)", "ass. ilegível", "(assinado a rogo)"]))])
    table_ruled(doc, ["nº", "nome"] + (["RG", "CPF"] if both else ["documento"]) + (["telefone"] if tel else []) + ["assinatura"], rows, g.pick(["plus", "plain", "pipe", "md"]))
    doc.f("\n" + up(f"Nada mais havendo, lavrei a presente ata. {city}, {dbr(d_ata)}.") + "\n«s» — " + up("secretári" + sec.o) + "\n",
          s=P(sec.capsf if caps else sec.full) if g.chance(0.5) else "_______________")
    return doc


def ju_anatel(g: Gen) -> Doc:
    """An Anatel inspection report (ALL CAPS sometimes, an OCR'd scan sometimes): a licensed station found over its 25 W (the
    association's CNPJ, its president present with CPF and phone), or a clandestine station in a house (the person in charge with
    CPF, RG, CNH sometimes, the house's address and CEP, a phone; equipment seized with the Federal Police). Inspectors and the police
    officer by name (SIAPE numbers unlabelled), the official car's plate; SEI process, Fistel number, serial and seal numbers, arts.
    of Lei 9.472/1997 unlabelled."""
    doc = Doc()
    stn = g.pick(STATIONS)
    city, uf = g.city()
    clandestine = g.chance(0.45)
    caps = g.chance(0.3)
    scan = g.chance(0.3)
    o = (lambda s: ocr(s, g, 0.25)) if scan else (lambda s: s)
    on = (lambda s: ocr(s, g, 0.2, names=True)) if scan else (lambda s: s)
    up = (lambda s: o(fold(s).upper())) if caps else o
    nm = (lambda p: on(p.capsf if caps else p.full))
    a1, a2, pf = radio_person(g), radio_person(g), radio_person(g)
    doc.t(up(f"AGÊNCIA NACIONAL DE TELECOMUNICAÇÕES — ANATEL\nGerência Regional / Unidade Operacional {uf}\n"))
    doc.t(up(f"RELATÓRIO DE FISCALIZAÇÃO Nº {clean(g, lambda: g.d(4))}/{g.ri(2025, 2026)}/UO{uf}") + "\n")
    doc.t(up("Processo SEI nº ") + sei_no(g) + "\n\n")
    if clandestine:
        resp = radio_person(g, False if g.chance(0.7) else True)
        doc.t(up("1. IDENTIFICAÇÃO\nEstação: não outorgada (radiodifusão sonora em FM sem autorização), autodenominada \"") + g.pick(["Rádio Vida Nova", "Rádio Aliança", "Rádio Quebrada FM", "Rádio Tropical"]) + "\"\n")
        doc.f(up("Responsável: ") + "«n»" + up(", CPF ") + "«c»" + up(", RG ") + "«r»" + "«h»" + up(", telefone ") + "«t»\n", n=P(nm(resp)), c=(g.cpf(), "BR_CPF"),
              r=(g.rg(), "BR_RG"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), h=[V(up(", CNH ")), (g.cnh(), "BR_CNH")] if g.chance(0.4) else "")
        doc.f(up("Local: residência do responsável, ") + "«a»" + up(f", {g.pick(BAIRROS)}, {city}/{uf}, CEP ") + "«z»\n",
              a=(g.address("caps" if caps else "text"), "ADDRESS"), z=(g.cep(), "BR_CEP"))
        doc.t(up(f"Frequência medida: {g.pick(['88,1', '91,3', '99,9', '106,7'])} MHz; potência estimada {g.ri(80, 600)} W.\n\n"))
    else:
        pres = radio_person(g)
        doc.f(up("1. IDENTIFICAÇÃO\nEntidade: " + stn[1] + " — CNPJ ") + "«c»\n" + up(f"Serviço: RadCom — {stn[0]} — canal {g.pick(['200', '285', '198'])} ({stn[3]} MHz) — Fistel ") +
              fistel(g) + "\n" + up("Presente à diligência: ") + "«n»" + up(", presidente, CPF ") + "«p»" + up(", celular ") + "«t»\n",
              c=(g.any_cnpj(), "BR_CNPJ"), n=P(nm(pres)), p=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        doc.t(up(f"Potência medida: {g.ri(40, 150)} W (autorizada: 25 W); altura do sistema irradiante acima do permitido (30 m).\n\n"))
    doc.f(up("2. EQUIPE\nAgentes de fiscalização: ") + "«a»" + up(f" (SIAPE {clean(g, lambda: g.d(7))}) e ") + "«b»" + up(f" (SIAPE {clean(g, lambda: g.d(7))})") +
          "\n" + up("Viatura oficial placa ") + "«v»" + "\n", a=P(nm(a1)), b=P(nm(a2)), v=(g.plate(), "LICENSE_PLATE"))
    if clandestine:
        doc.f(up("Apoio: Polícia Federal — APF ") + "«p»" + up(f", mat. {clean(g, lambda: g.d(5))}") + "\n", p=P(nm(pf)))
    doc.t(up("\n3. CONSTATAÇÕES E PROVIDÊNCIAS\n"))
    eq = [f"transmissor FM {g.pick(['Telavo', 'BSI', 'Hitec', 'montagem artesanal'])} {g.ri(25, 1000)} W, {serial(g)}", f"antena {g.pick(['1/4 de onda', 'dipolo', 'plano terra'])}",
          f"processador de áudio, {serial(g)}", "microcomputador com software de automação", "mesa de som 8 canais"]
    verb = "apreendidos" if clandestine else "lacrados"
    for k, e in enumerate(g.sample(eq, g.ri(2, 4))):
        doc.t(f"3.{k + 1} " + up(e) + f" — {up(verb)} (" + up("lacre nº ") + clean(g, lambda: g.d(6)) + ")\n")
    doc.t(up("Enquadramento: " + ("art. 183 da Lei 9.472/1997 (desenvolver clandestinamente atividade de telecomunicação); encaminhado à Polícia Federal."
                                  if clandestine else "Lei 9.612/1998, art. 1º, §1º, e Decreto 2.615/1998; instaurado PADO para apuração.")) + "\n")
    if clandestine or g.chance(0.4):
        doc.f(up("Recebeu cópia: ") + "«n»" + up(", CPF ") + "«c»" + up(f", em {g.date()}.") + "\n", n=P(nm(radio_person(g))), c=(g.cpf(), "BR_CPF"))
    else:
        doc.t(up(f"Recebeu cópia o presidente da entidade, acima qualificado, em {g.date()}.") + "\n")
    return doc


def ju_resposta(g: Gen) -> Doc:
    """An extrajudicial notice asking for the right of reply (Lei 13.188/2015): the offended person qualified (e-mail, phone), the
    association (CNPJ) and its president, the presenter by on-air and civil name, the time of the broadcast, what was said (the
    home address aired), a listener as witness (CPF), the lawyer's OAB and e-mail; an earlier case's CNJ number unlabelled."""
    doc = Doc()
    stn = g.pick(STATIONS)
    city, uf = g.city()
    off, pres, pre, law, wit = radio_person(g), radio_person(g), radio_person(g), radio_person(g), radio_person(g)
    stg = stage(g, pres)
    caps = g.chance(0.2)
    up = caps_t if caps else (lambda s: s)
    doc.t(up("NOTIFICAÇÃO EXTRAJUDICIAL — PEDIDO DE DIREITO DE RESPOSTA\n(Lei 13.188/2015)\n\n"))
    doc.t(up("NOTIFICANTE: "))
    qualify(g, doc, off, caps=caps, email=g.chance(0.8), phone=g.chance(0.8), dob=g.chance(0.4), job=g.pick(["comerciante", "vereador" if not off.female else "vereadora",
                                                                                        "presidente de associação de moradores", "professor" if not off.female else "professora"]))
    doc.f(up(".\n\nNOTIFICADA: " + stn[1] + ", inscrita no CNPJ sob o nº ") + "«c»" + up(", executante do serviço de radiodifusão comunitária " + stn[0] + " " + stn[3] +
          " MHz, na pessoa de seu presidente, ") + "«p»" + ".\n\n", c=(g.any_cnpj(), "BR_CNPJ"), p=P(pre.capsf if caps else pre.full))
    d = g.date()
    doc.f(up("DOS FATOS\nNo dia " + d + ", entre " + g.pick(["7h40 e 7h52", "12h10 e 12h25", "18h05 e 18h20"]) + ", durante o programa " + g.pick(PROGRAMS) +
             (", a locutora conhecida como " if pres.female else ", o locutor conhecido como ")) + "«s»" + " (" + "«n»" + up(") afirmou, sem qualquer prova, que o Notificante ") +
          up(g.pick(["desviava dinheiro da associação de moradores", "vendia lotes irregulares no assentamento", "estaria envolvido com o tráfico no bairro",
                     "cobrava propina para liberar o posto de saúde"])) + up(", e chegou a ler no ar o endereço de sua casa (") + "«a»" +
          up("), expondo-o e à família. A fala foi ouvida, entre outros, por ") + "«w»" + up(", CPF ") + "«wc»" + up(", que a gravou pelo celular.\n\n"),
          s=P(fold(stg).upper() if caps else stg), n=P(pres.capsf if caps else pres.full), a=(g.address("caps" if caps else "text"), "ADDRESS"), w=P(wit.capsf if caps else wit.full), wc=(g.cpf(), "BR_CPF"))
    doc.t(up("DO PEDIDO\nRequer a veiculação gratuita da resposta anexa, no mesmo programa, dia da semana e horário, com o mesmo destaque, no prazo de 7 (sete) dias "
             "(art. 5º da Lei 13.188/2015), sob pena de ajuizamento da ação própria, sem prejuízo da reparação do dano (art. 12 e CC, art. 186). Cita-se, por analogia, "
             "o decidido no processo ") + cnj_of(g, uf) + up(".\n\n"))
    doc.f(up(f"{city}, {g.date('long')}.\n\n") + "«l»\n«o»\n«e»\n", l=P(law.capsf if caps else law.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          e=(g.email(law, g.pick([None, re.sub(r"[^a-z]", "", fold(law.last).lower()) + "adv.com.br"])), "EMAIL_ADDRESS"))
    return doc


def ju_voluntario(g: Gen) -> Doc:
    """A term of voluntary service (Lei 9.608/1998) between the association (CNPJ, its president with CPF) and a volunteer presenter
    (qualified with birth date, e-mail, phone), the programme, expenses reimbursed to the volunteer's agency/account or Pix key, the
    prohibitions of Lei 9.612/1998, witnesses (CPF); an e-signature log (e-mails, IPs) in half the copies; ALL CAPS sometimes."""
    doc = Doc()
    stn = g.pick(STATIONS)
    caps = g.chance(0.25)
    up = caps_t if caps else (lambda s: s)
    city, uf = g.city()
    pres, vol = radio_person(g), radio_person(g)
    doc.t(up("TERMO DE ADESÃO AO SERVIÇO VOLUNTÁRIO\n(Lei nº 9.608, de 18 de fevereiro de 1998)\n\n"))
    doc.f(up("ENTIDADE: " + stn[1] + ", pessoa jurídica de direito privado sem fins lucrativos, CNPJ ") + "«c»" + up(", mantenedora da " + stn[0] +
          ", neste ato representada por seu presidente, ") + "«p»" + up(", CPF ") + "«pc»" + ".\n", c=(g.any_cnpj(), "BR_CNPJ"), p=P(pres.capsf if caps else pres.full),
          pc=(g.cpf(), "BR_CPF"))
    doc.t(up("VOLUNTÁRI" + vol.o.upper() + ": "))
    vem = g.email(vol)
    qualify(g, doc, vol, caps=caps, dob=(1950, 2007), email=vem, phone=True)
    doc.t(".\n\n")
    doc.f(up("CLÁUSULA 1ª — O(A) voluntário(a) prestará, sem remuneração, serviço de locução e produção no programa " + g.pick(PROGRAMS) + ", " +
             g.pick(["aos sábados, das 8h às 10h", "de segunda a sexta, das 5h às 7h", "aos domingos, das 14h às 16h"]) + ", usando no ar o nome ") + "«s»" + ".\n",
          s=P(stage(g, vol)))
    doc.t(up("CLÁUSULA 2ª — O serviço voluntário não gera vínculo empregatício nem obrigação trabalhista ou previdenciária (art. 1º, parágrafo único).\n"))
    if g.chance(0.5):
        doc.f(up("CLÁUSULA 3ª — Despesas comprovadas (transporte, crédito de celular para reportagens) serão ressarcidas (art. 3º) mediante depósito no " + bank(g) +
                 ", agência ") + "«a»" + up(", conta ") + "«n»" + up(", de titularidade do(a) voluntário(a).\n"), a=(g.agency(), "BANK_ACCOUNT"), n=(g.account(), "BANK_ACCOUNT"))
    else:
        kind, key = pix_key(g, vol)
        doc.f(up("CLÁUSULA 3ª — Despesas comprovadas serão ressarcidas (art. 3º) por Pix, chave " + kind + " ") + "«k»" + ".\n", k=key)
    doc.t(up("CLÁUSULA 4ª — É vedado no ar: propaganda comercial (admitido apenas o apoio cultural de estabelecimentos da área), proselitismo de qualquer natureza, "
             "apoio a candidato ou partido (Lei 9.612/1998, arts. 4º e 18; Lei 9.504/1997, art. 45).\n"))
    doc.t(up("CLÁUSULA 5ª — O(A) voluntário(a) autoriza o uso de sua voz e imagem nas redes e no podcast da rádio, sem ônus.\n\n"))
    w1, w2 = radio_person(g), radio_person(g)
    doc.f(up(f"{city}/{uf}, {g.date('long')}.\n\n") + "______________________  ______________________\n«p»  «v»\n\n" + up("Testemunhas:") + "\n1. «w1» — CPF «c1»\n2. «w2» — CPF «c2»\n",
          p=P(pres.capsf if caps else pres.full) if g.chance(0.5) else up("Entidade"), v=P(vol.capsf if caps else vol.full) if g.chance(0.5) else up("Voluntário(a)"), w1=P(w1.capsf if caps else w1.full), c1=(g.cpf(), "BR_CPF"),
          w2=P(w2.capsf if caps else w2.full), c2=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        esign_log(g, doc, [(pres, corp_mail(pres, stn[2], g)), (vol, vem)] + ([(w1, g.email(w1))] if g.chance(0.5) else []), g.moment())
    return doc


def ju_torre(g: Gen) -> Doc:
    """A lease of a backyard or rooftop for the station's antenna mast: the owner qualified (the leased house is the owner's home:
    ADDRESS and CEP), the association (CNPJ) and its president, rent to the owner's agency/account or Pix key, the engineer's ART
    (number unlabelled, the engineer's CREA labelled), witnesses; ALL CAPS sometimes."""
    doc = Doc()
    stn = g.pick(STATIONS)
    caps = g.chance(0.3)
    up = caps_t if caps else (lambda s: s)
    city, uf = g.city()
    own, pres, eng = radio_person(g), radio_person(g), radio_person(g)
    doc.t(up("CONTRATO PARTICULAR DE LOCAÇÃO DE ESPAÇO PARA INSTALAÇÃO DE SISTEMA IRRADIANTE\n\n"))
    doc.t(up("LOCADOR" + ("A" if own.female else "") + ": "))
    qualify(g, doc, own, caps=caps, phone=g.chance(0.8), email=g.chance(0.5), dob=g.chance(0.3), where=(city, uf), rural=0.3)
    doc.t(up(", proprietári" + own.o + " do imóvel onde reside.\n"))
    doc.f(up("LOCATÁRIA: " + stn[1] + ", CNPJ ") + "«c»" + up(", representada por seu presidente ") + "«p»" + up(", CPF ") + "«pc»" + ".\n\n",
          c=(g.any_cnpj(), "BR_CNPJ"), p=P(pres.capsf if caps else pres.full), pc=(g.cpf(), "BR_CPF"))
    doc.t(up(f"CLÁUSULA PRIMEIRA — O objeto é a área de {g.ri(4, 20)} m² {g.pick(['no quintal', 'na laje', 'nos fundos'])} do imóvel do(a) LOCADOR(A), para a torre "
             f"estaiada de até 30 m e o sistema irradiante da {stn[0]} ({stn[3]} MHz), com acesso da equipe técnica em horário comercial.\n"))
    rent = g.ri(120, 450)
    doc.t(up(f"CLÁUSULA SEGUNDA — Aluguel mensal de R$ {brl(rent)} ({extenso(rent)}), mais rateio de energia, "))
    if g.chance(0.55):
        doc.f(up("depositado até o dia 10 no " + bank(g) + ", agência ") + "«a»" + up(", conta ") + "«n»" + up(", em nome do(a) LOCADOR(A).\n"),
              a=(g.agency(), "BANK_ACCOUNT"), n=(g.account(), "BANK_ACCOUNT"))
    else:
        kind, key = pix_key(g, own)
        doc.f(up("pago até o dia 10 por Pix (chave " + kind + ": ") + "«k»" + ").\n", k=key)
    doc.f(up("CLÁUSULA TERCEIRA — A instalação seguirá projeto com ART nº ") + clean(g, lambda: f"{g.ri(2025, 2026)}{g.d(7)}") + up(", d" + ("a engenheira " if eng.female else "o engenheiro ")) + "«e»" + ", " + "«cr»" +
          up(", responsável pelo aterramento e pelo para-raios.\nCLÁUSULA QUARTA — Prazo de 24 meses; rescisão com aviso de 60 dias. Foro de " + city + ".\n\n"),
          e=P(eng.capsf if caps else eng.full), cr=(g.council("CREA", uf), "PROFESSIONAL_ID"))
    w1, w2 = radio_person(g), radio_person(g)
    doc.f(up(f"{city}, {g.date('long')}.\n\n") + "«o»«p»" + up("Testemunhas: ") + "«w1» (" + up("CPF ") + "«c1») " + up("e") + " «w2» (" + up("RG ") + "«c2»)\n",
          o=[P(own.capsf if caps else own.full), V("\n")] if g.chance(0.5) else "________________ " + up("LOCADOR(A)") + "\n",
          p=[P(pres.capsf if caps else pres.full), V("\n")] if g.chance(0.5) else "________________ " + up("LOCATÁRIA") + "\n", w1=P(w1.capsf if caps else w1.full), c1=(g.cpf(), "BR_CPF"),
          w2=P(w2.capsf if caps else w2.short), c2=(g.rg(), "BR_RG"))
    return doc


def ju_bo(g: Gen) -> Doc:
    """A police report, ALL CAPS (an OCR'd scan sometimes): the theft of the transmitter from the studio (the coordinator reports;
    a neighbour saw a motorbike, its plate, a suspect's nickname), or threats to a presenter after an on-air denunciation (the victim
    qualified with birth date; the numbers the threats came from; the suspect by name and nickname, the lorry's plate, and in most
    copies the suspect qualified with CPF, address and CEP). Clerk by name, the delegate by name half the time."""
    doc = Doc()
    stn = g.pick(STATIONS)
    city, uf = g.city()
    scan = g.chance(0.3)
    o = (lambda s: ocr(s, g, 0.2)) if scan else (lambda s: s)
    on = (lambda s: ocr(s, g, 0.15, names=True)) if scan else (lambda s: s)
    up = lambda s: o(fold(s).upper())
    theft = g.chance(0.5)
    doc.t(up(f"SECRETARIA DA SEGURANÇA PÚBLICA — POLÍCIA CIVIL DO ESTADO — {g.ri(1, 30)}ª DELEGACIA DE POLÍCIA DE {city}\n"))
    doc.t(up("BOLETIM DE OCORRÊNCIA Nº ") + clean(g, lambda: f"{g.d(5)}/{g.ri(2025, 2026)}") + up(" — NATUREZA: " + ("FURTO QUALIFICADO (ART. 155, §4º, I, CP)" if theft else "AMEAÇA (ART. 147, CP)")) + "\n")
    d_f = g.day()
    doc.t(up(f"DATA/HORA DO FATO: {dbr(d_f)} {g.hm()} — REGISTRO: {dbr(d_f + datetime.timedelta(days=g.ri(0, 3)))} {g.hm()}\n\n"))
    vic = radio_person(g)
    doc.t(up("COMUNICANTE: " if theft else "VÍTIMA: "))
    qualify(g, doc, Person(vic.given, vic.surnames, vic.female), caps=True, dob=not theft or g.chance(0.3), phone=True, where=(city, uf), rural=0.1)
    doc.t("\n\n" + up("HISTÓRICO:") + " ")
    if theft:
        nb = radio_person(g)
        nick = g.pick(FREE_NICK)
        doc.f(up(f"RELATA " + ("A COMUNICANTE, COORDENADORA" if vic.female else "O COMUNICANTE, COORDENADOR") + f" DA {stn[0]}, QUE AO CHEGAR PARA ABRIR A PROGRAMAÇÃO ENCONTROU O CADEADO DO ESTÚDIO ROMPIDO E DANIFICADO O TELHADO; "
                 f"FORAM SUBTRAÍDOS O TRANSMISSOR DE 25 W ({serial(g)}), UM COMPUTADOR E DOIS MICROFONES. O VIZINHO ") + "«n»" +
              up(" VIU POR VOLTA DAS 3H DOIS INDIVÍDUOS SAINDO EM UMA MOTOCICLETA VERMELHA DE PLACA ") + "«p»" + up(", SENDO UM DELES CONHECIDO NO BAIRRO COMO \"") + "«k»" +
              up(f"\". PREJUÍZO ESTIMADO EM {money(g, 4000, 15000)}. A RÁDIO ESTÁ FORA DO AR.") + "\n",
              n=P(on(nb.capsf)), p=(g.plate(), "LICENSE_PLATE"), k=P(fold(nick).upper()))
    else:
        sus = radio_person(g, False)
        nick = g.pick(FREE_NICK)
        doc.f(up(f"RELATA A VÍTIMA, " + ("LOCUTORA VOLUNTÁRIA" if vic.female else "LOCUTOR VOLUNTÁRIO") + f" DA {stn[0]}, QUE APÓS DENUNCIAR NO PROGRAMA {g.pick(PROGRAMS)} O DESCARTE DE ENTULHO NA "
                 "NASCENTE DO BAIRRO PASSOU A RECEBER MENSAGENS DE ÁUDIO COM AMEAÇAS DE MORTE DOS NÚMEROS ") + "«a»" + up(" E ") + "«b»" +
              up("; QUE RECONHECEU A VOZ DE ") + "«s»" + up(", VULGO \"") + "«k»" + up("\", DONO DE UMA CAÇAMBA QUE CIRCULA NO BAIRRO COM O CAMINHÃO DE PLACA ") + "«p»" +
              up(". A VÍTIMA DESEJA REPRESENTAR E REQUER MEDIDA PROTETIVA.") + "\n",
              a=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), b=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), s=P(on(sus.capsf)),
              k=P(fold(nick).upper()), p=(g.plate(), "LICENSE_PLATE"))
        if g.chance(0.7):
            doc.t(up("AUTOR (QUALIFICADO PELA VÍTIMA): "))
            doc.e(on(sus.capsf), "PERSON")
            doc.t(up(", CPF "))
            doc.e(g.cpf(), "BR_CPF")
            doc.t(up(", RESIDENTE NA "))
            doc.e(g.address("caps"), "ADDRESS")
            doc.t(up(", CEP "))
            doc.e(g.cep(), "BR_CEP")
            doc.t("\n")
    esc, dele = radio_person(g), radio_person(g)
    doc.f("\n" + up("ESCRIVÃO(Ã): ") + "«e»" + up(" — DELEGADO(A): ") + "«d»\n", e=P(on(esc.capsf)), d=P(on(dele.capsf)) if g.chance(0.5) else up("plantonista"))
    return doc


def ju_trabalhista(g: Gen) -> Doc:
    """A labour claim by a former 'volunteer' presenter and audio operator asking for recognition of employment: the
    claimant qualified (birth date, PIS, CTPS unlabelled, título sometimes, e-mail, phone), the association (CNPJ) and its president,
    the weekly allowance paid from a random Pix key (the treasurer's, by name, half the time) to the claimant's agency and account,
    the schedule, witnesses (a nickname sometimes), the lawyer's OAB; a precedent's CNJ number unlabelled."""
    doc = Doc()
    stn = g.pick(STATIONS)
    city, uf = g.city()
    rec, pres, tes, law = radio_person(g, False), radio_person(g), radio_person(g, True), radio_person(g)
    doc.t(f"EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA {g.ri(1, 5)}ª VARA DO TRABALHO DE {fold(city).upper()}/{uf}\n\n")
    doc.t("")
    qualify(g, doc, rec, dob=(1975, 2004), pis=True, titulo=g.chance(0.35), email=g.chance(0.7), phone=g.chance(0.7), where=(city, uf), job="radialista" if g.chance(0.5) else None, rural=0.1)
    doc.t(f", CTPS nº {clean(g, lambda: g.d(7))} série {g.d(4)}-{uf}, por seu advogado (procuração anexa), vem propor\n\nRECLAMAÇÃO TRABALHISTA\n\n")
    doc.f("em face de " + stn[1] + ", CNPJ «c», na pessoa de seu presidente «p», pelos fatos a seguir.\n\n", c=(g.any_cnpj(), "BR_CNPJ"), p=P(pres.full))
    end = g.day() - datetime.timedelta(days=g.ri(40, 300))
    d0 = dbr(end - datetime.timedelta(days=g.ri(400, 1500)))
    d1 = dbr(end)
    d_pet = dbr(end + datetime.timedelta(days=g.ri(20, 600)))
    doc.f("1. O reclamante trabalhou de " + d0 + " a " + d1 + " como locutor e operador de áudio da " + stn[0] + ", das 5h às 11h, de segunda a sábado, "
          "sob ordens da coordenação. Embora tenha assinado termo de adesão ao serviço voluntário (Lei 9.608/1998), recebia " + money(g, 250, 500) +
          " por semana, sempre por Pix da chave aleatória «k», de titularidade «t», creditado em sua conta no " + bank(g) + " (agência «a», conta «n»).\n",
          k=(g.uuid(), "PIX_KEY"), t=[V("da tesoureira "), P(g.pick([tes.full, tes.short]))] if g.chance(0.5) else "da própria associação", a=(g.agency(), "BANK_ACCOUNT"), n=(g.account(), "BANK_ACCOUNT"))
    w1, w2 = radio_person(g), radio_person(g, False)
    nick = g.pick(FREE_NICK)
    doc.f("2. Presentes a pessoalidade, a habitualidade, a onerosidade e a subordinação (CLT, arts. 2º e 3º), como confirmarão as testemunhas «w1» e «w2», "
          "«k» ouvintes e colaboradores da rádio. No mesmo sentido: TRT, processo " + cnj_of(g, uf, True) + ".\n",
          w1=P(w1.full), w2=P(w2.full), k=[V("conhecido como "), P(nick), V(",")] if g.chance(0.5) else "")
    doc.t("3. Pede: reconhecimento do vínculo e anotação da CTPS; aviso prévio, férias + 1/3, 13º salários, FGTS + 40%; multa do art. 477. Valor da causa: " +
          money(g, 30000, 90000) + ".\n\n")
    doc.f(f"{city}, {d_pet}.\n«l» — «o»\n", l=P(law.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


# ------------------------------------------------------------------ saude

def sa_upa(g: Gen) -> Doc:
    """An emergency-unit record of a volunteer who fell from the antenna mast (or got a shock from the transmitter): patient with CNS,
    CPF (or a mistyped one, unlabelled), birth date, mother, address, CEP, phone; the companion from the station and her phone; the
    SAMU unit's plate; triage nurse's COREN, physician's CRM; ICD-10 and external-cause codes unlabelled."""
    doc = Doc()
    stn = g.pick(STATIONS)
    city, uf = g.city()
    pt, mom, comp, nur, doc_ = radio_person(g, False if g.chance(0.75) else True), radio_person(g, True), radio_person(g), radio_person(g), radio_person(g)
    fall = g.chance(0.65)
    t = g.moment()
    doc.t(f"PREFEITURA MUNICIPAL DE {fold(city).upper()} — SECRETARIA DE SAÚDE\nUPA 24H {fold(g.pick(BAIRROS)).upper()} — FICHA DE ATENDIMENTO Nº {clean(g, lambda: g.d(6))}\n")
    doc.t(f"Entrada: {ts(t, 'br')}   Classificação de risco: {g.pick(['LARANJA', 'AMARELO', 'VERMELHO'])}\n\n")
    style = g.pick(["plain", "caps", "box", "dots"])
    fields = [("Paciente", P(g.pick([pt.full, pt.caps]))), ("Nascimento", (g.dob(g.pick(["br", "nopad"]), 1958, 2006), "DATE_OF_BIRTH")),
              ("CNS", (g.cns(), "BR_CNS"))]
    fields.append(("CPF", (g.cpf(), "BR_CPF")) if g.chance(0.75) else ("CPF", V(g.neg_cpf() + " (conferir)")))
    fields += [("Mãe", P(g.pick([mom.full, mom.caps]))), ("Endereço", (g.address(), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS))), ("CEP", (g.cep(), "BR_CEP")),
               ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")), ("Acompanhante", P(g.pick([comp.full, comp.short]))),
               ("Tel. acompanhante", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    if g.chance(0.5):
        fields.insert(-1, ("RG acompanhante", (g.rg(), "BR_RG")))
    kv_block(doc, fields, style)
    doc.f("Chegada: SAMU 192 — USB placa «p»\n\n", p=(g.plate(), "LICENSE_PLATE"))
    if fall:
        conduct = g.pick(["imobilização, RX, analgesia; encaminhad" + pt.o + " à ortopedia do Hospital Regional", "TC de coluna; avaliação da neurocirurgia",
                          "RX de punho e bacia; tala gessada; alta com retorno à ortopedia"])
        doc.t("Queixa/história: voluntári" + pt.o + " da " + stn[0] + ", caiu de aproximadamente " + str(g.ri(3, 9)) + " m ao subir na torre da antena sem cinto de segurança "
              "para trocar o cabo coaxial. Refere dor em punho direito e região lombar. Sem perda de consciência.\n")
        cid = g.pick(["S52.5 (fratura da extremidade distal do rádio)", "S32.0 (fratura de vértebra lombar)", "S42.0 (fratura da clavícula)"]) + "; causa externa W13"
    else:
        conduct = g.pick(["curativo, analgesia, observação por 6 h; alta com retorno", "curativo com sulfadiazina, ECG seriado, observação por 12 h"])
        doc.t("Queixa/história: " + ("operadora" if pt.female else "operador") + " de áudio da " + stn[0] + ", recebeu descarga elétrica ao abrir o transmissor ligado. Queimadura de 2º grau em mão esquerda, "
              "palpitações. ECG sem alterações agudas.\n")
        cid = "T75.4 (efeitos da corrente elétrica); T23.2; causa externa W87"
    doc.t(f"PA {g.ri(100, 150)}x{g.ri(60, 95)} mmHg  FC {g.ri(60, 120)} bpm  SpO2 {g.ri(94, 99)}%  Glasgow 15\nCID-10: {cid}\n")
    doc.f("Triagem: «n», «c»\nMédic" + doc_.o + ": «m» — «r»\nConduta: " + conduct + ".\n",
          n=P(g.pick([nur.full, nur.short])), c=(g.council("COREN"), "PROFESSIONAL_ID"), m=P(doc_.full), r=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_busca(g: Gen) -> Doc:
    """An e-mail thread: the coordinator answers a health unit (newest on top; X-Originating-IP sometimes) that only names will
    be read on air (Lei 13.709/2018); the nurse's message quoted, with the table she attached of people to be called to the unit
    (name, birth date, CNS, CPF sometimes, phone, reason), her COREN and the unit's phone; then, in some copies, the text read on air,
    with names only."""
    doc = Doc()
    stn = g.pick(STATIONS)
    ubs = g.pick(UBS_NAMES)
    city, uf = g.city()
    coo, nur = radio_person(g), radio_person(g, g.chance(0.8))
    dom = re.sub(r"[^a-z]", "", fold(city).lower()) + "." + uf.lower() + ".gov.br"
    nem = corp_mail(nur, "saude." + dom, g)
    t1 = g.moment()
    t0 = t1 - datetime.timedelta(hours=g.ri(2, 30))
    doc.f("De: «n» <«e»>\nPara: «u»\nData: " + dbr(t1) + " " + ts(t1, "hm") + "«ip»\nAssunto: RES: lista para busca ativa — " + ubs + "\n\n",
          n=P(coo.full), e=(corp_mail(coo, stn[2], g) if g.chance(0.6) else g.email(coo), "EMAIL_ADDRESS"), u=[P(nur.full), V(" <"), (nem, "EMAIL_ADDRESS"), V(">")],
          ip=[V("\nX-Originating-IP: ["), (g.ip(), "IP_ADDRESS"), V("]")] if g.chance(0.6) else "")
    doc.f("Bom dia«f»! Recebemos sim. Só que no ar a gente vai ler apenas os nomes, sem data de nascimento, cartão do SUS nem telefone "
          "(LGPD, Lei 13.709/2018) e sem falar o motivo. Pode mandar assim das próximas vezes? O texto que vai ao ar segue abaixo.\n\n«s»\n" + stn[0] + "\n\n",
          f=[V(", "), P(nur.first)] if g.chance(0.5) else "", s=P(g.pick([coo.first, coo.short])) if g.chance(0.5) else "Coordenação")
    doc.f("-----Mensagem original-----\nDe: «n»<«e»>\nEnviada em: " + dbr(t0) + " " + ts(t0, "hm") + "\nPara: " + role_mail(g, stn[2], "contato") +
          "\nAssunto: lista para busca ativa — " + ubs + "\n\nPrezados, segue a relação de usuários que não conseguimos contato por telefone. "
          "Favor pedir no ar que compareçam à " + ubs + " com documento.\n\n", n=[P(nur.full), V(" ")] if g.chance(0.5) else "", e=(nem, "EMAIL_ADDRESS"))
    rows, people = [], []
    withcpf = g.chance(0.6)
    for _ in range(g.ri(3, 6)):
        p = radio_person(g)
        people.append(p)
        rows.append([P(g.pick([p.caps, p.full])), (g.dob("br", 1940, 2010), "DATE_OF_BIRTH"), (g.cns(g.chance(0.5)), "BR_CNS")] +
                    ([(g.cpf(), "BR_CPF") if g.chance(0.8) else V("")] if withcpf else []) +
                    [(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if g.chance(0.8) else V("sem telefone"),
                     V(g.pick(["resultado de exame", "vacina atrasada", "consulta de pré-natal", "retirar medicação", "resultado de preventivo", "atualizar cadastro"]))])
    cols = ["nome", "nascimento", "cns"] + (["cpf"] if withcpf else []) + ["telefone", "motivo"]
    style = g.pick(["plus", "plain", "pipe", "md", "tsv", "csv;"])
    if style in ("tsv", "csv;"):
        table_csv(doc, cols, rows, "\t" if style == "tsv" else ";")
    else:
        table_ruled(doc, cols, rows, style)
    doc.f("\nAtt.,\n«n»Enfermeir" + nur.o + " — «c»\n" + ubs + " — «t»\n\n", n=[P(nur.full), V("\n")] if g.chance(0.5) else "", c=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    if g.chance(0.7):
        doc.t("(texto para leitura no ar: segue no anexo)\n")
        return doc
    doc.t("TEXTO PARA LEITURA NO AR (utilidade pública):\nA " + ubs + " pede que as seguintes pessoas compareçam à unidade com documento: ")
    for k, p in enumerate(people):
        if k:
            doc.t(", " if k < len(people) - 1 else " e ")
        doc.e(g.pick([p.full, p.short]), "PERSON")
    doc.t(". Horário: de segunda a sexta, das 7h às 16h.\n")
    return doc


def sa_samu(g: Gen) -> Doc:
    """A speech-to-text SAMU 192 call (lower case): a presenter who does the dawn show from home collapses on air; the spouse calls
    (the home address read out, the caller's phone in groups or words, the patient's birth date spoken), then the regulation record
    (CNS in most copies, address, CEP, the caller's phone, ambulance plate, regulating physician's CRM)."""
    doc = Doc()
    stn = g.pick(STATIONS)
    city, uf = g.city()
    pt = radio_person(g, g.chance(0.3))
    caller = radio_person(g, not pt.female)
    reg, tarm = radio_person(g), radio_person(g)
    addr_t = g.address()
    addr = lower(addr_t)
    ph = g.msisdn()
    dd, mm, yy = g.dob_parts(1950, 1985)
    t = g.moment(hours=(3, 7))
    doc.t(f"[transcricao automatica — central de regulacao samu 192 — {ts(t, 'brs')}]\n")
    doc.f("tarm: samu cento e noventa e dois«n» qual a emergencia\n", n=[V(" "), P(lower(tarm.first))] if g.chance(0.5) else "")
    doc.f("solicitante: " + ("minha esposa" if pt.female else "meu marido") + " desmaiou aqui em casa ele tava fazendo o programa da radio ao vivo daqui do quartinho e caiu da cadeira "
          "nao responde direito\n".replace("ele tava", "ela tava" if pt.female else "ele tava"))
    doc.f("tarm: qual o endereco\nsolicitante: «a» no «b» perto da " + g.pick(["igreja sao bento", "caixa d'agua", "escola irma dulce", "antena da radio"]) + "\n",
          a=(addr, "ADDRESS"), b=lower(g.pick(BAIRROS)))
    doc.f("tarm: nome do paciente\nsolicitante: «n»\n", n=P(pt.low))
    doc.f("tarm: idade\nsolicitante: " + str(age_of(yy)) + " nasceu «d»\n", d=(spoken_date(dd, mm, yy, g), "DATE_OF_BIRTH"))
    doc.f("tarm: um telefone\nsolicitante: «p»\n", p=(g.fmt_phone(ph[0], ph[1], "stt") if g.chance(0.5) else spoken_digits(ph[0] + ph[1], g), "PHONE_NUMBER"))
    doc.f("tarm: qual o seu nome\nsolicitante: «n»\n", n=P(lower(g.pick([caller.first, caller.short]))))
    doc.t("tarm: vou passar pro medico regulador nao desliga\n[transferencia]\n")
    doc.f("medico: bom dia aqui e " + ("a doutora" if reg.female else "o doutor") + "«n» " + ("ela" if pt.female else "ele") + " tem pressao alta diabetes\n"
          "solicitante: pressao alta toma losartana e ta roxo do lado\n"
          "medico: tem saturacao de fala? ... certo a ambulancia ja ta saindo deixa o portao aberto\n\n", n=[V(" "), P(lower(reg.last))] if g.chance(0.5) else "")
    doc.f("REGISTRO DE REGULAÇÃO Nº " + clean(g, lambda: g.d(8)) + "\nPaciente: «n» — nasc. «d»«c»\nEndereço: «a», " + g.pick(BAIRROS) + ", " + city + "/" + uf + " — CEP «z»\n"
          "Solicitante: «s»(" + ("esposo" if pt.female else "esposa") + ") — tel. «t»\nHD: " + g.pick(["AVC? (I64)", "síncope a esclarecer (R55)", "crise hipertensiva (I10)"]) +
          "\nRecurso: USA — placa «pl» — saída " + ts(t + datetime.timedelta(minutes=4), "hm") + "\nRegulador: «r», «cr»\n",
          n=P(pt.caps), d=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"), c=[V(" — CNS "), (g.cns(), "BR_CNS")] if g.chance(0.7) else "",
          a=(addr_t, "ADDRESS"), z=(g.cep(), "BR_CEP"), s=[P(caller.full), V(" ")] if g.chance(0.5) else "", t=(g.fmt_phone(ph[0], ph[1], "par"), "PHONE_NUMBER"),
          pl=(g.plate(), "LICENSE_PLATE"), r=P(reg.full), cr=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_fono(g: Gen) -> Doc:
    """A speech-language pathologist's report on a volunteer presenter's hoarseness: the patient (civil and on-air name, birth date,
    CNS, CPF sometimes, phone), voice-use history, findings, ICD-10 codes unlabelled, referral to an ENT (name, CRM, the clinic's
    phone), sessions, the pathologist's CRFa (region, like the councils numbered by region)."""
    doc = Doc()
    stn = g.pick(STATIONS)
    city, uf = g.city()
    pt, fono, orl = radio_person(g), radio_person(g, g.chance(0.85)), radio_person(g)
    doc.t(g.pick(["CLÍNICA ESCOLA DE FONOAUDIOLOGIA — UNIVERSIDADE ESTADUAL\n", "CENTRO DE REFERÊNCIA EM SAÚDE DO TRABALHADOR — CEREST\n", "Consultório de Fonoaudiologia Voz & Vida\n"]))
    doc.t("RELATÓRIO FONOAUDIOLÓGICO — AVALIAÇÃO DE VOZ\n\n")
    doc.f("Paciente: «n»«s»\nData de nascimento: «d»   CNS: «c»\n«x»Telefone: «t»\n", n=P(g.pick([pt.full, pt.caps])),
          s=[V(" (no rádio: "), P(stage(g, pt)), V(")")] if g.chance(0.5) else "",
          d=(g.dob(g.pick(["br", "long"]), 1955, 2002), "DATE_OF_BIRTH"), c=(g.cns(), "BR_CNS"),
          x=[V("CPF: "), (g.cpf(), "BR_CPF"), V("\n")] if g.chance(0.5) else "", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t(f"\nQueixa: rouquidão há {g.ri(2, 14)} meses, piora ao fim do programa; fala {g.ri(2, 6)} h por dia no ar na {stn[0]}, sem aquecimento vocal, "
          f"em estúdio sem tratamento acústico; {g.pick(['tabagista', 'ex-tabagista', 'nega tabagismo'])}; {g.pick(['refluxo', 'sem comorbidades', 'rinite alérgica'])}.\n")
    doc.t(f"Avaliação: GRBASI G{g.ri(1, 3)}R{g.ri(0, 2)}B{g.ri(1, 3)}A0S{g.ri(0, 2)}I0; TMF /a/ {g.ri(6, 14)} s; relação s/z {g.ri(10, 19) / 10:.1f}.\n")
    doc.t("Hipótese: disfonia comportamental (CID-10 R49.0); afastar nódulos de pregas vocais (J38.2).\n")
    doc.f("Conduta: encaminho para videolaringoscopia com " + dra(orl) + " «o» («r»), Clínica Otorrino Aurora, fone «f»; terapia vocal 1x/semana, 10 sessões; "
          "orientado repouso vocal relativo e hidratação.\n", o=P(orl.full), r=(g.council("CRM", uf), "PROFESSIONAL_ID"), f=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    d_rep = g.day()
    doc.t("Sessões agendadas: " + ", ".join(dbr(d_rep + datetime.timedelta(days=7 * k + g.ri(3, 6)), "short") for k in range(g.ri(2, 4))) + ".\n\n")
    doc.f(f"{city}, {dbr(d_rep, 'long')}.\n«n»\n" + ("Fonoaudióloga" if fono.female else "Fonoaudiólogo") + " — «c»\n", n=P(fono.full),
          c=(g.pick([f"CRFa-{g.ri(1, 8)} {g.d(5)}", f"CRFa {g.ri(1, 8)}ª Região nº {g.d(5)}", f"CRFa-{g.ri(1, 8)}/{g.d(5)}-{uf}"]), "PROFESSIONAL_ID"))
    return doc


def sa_acao(g: Gen) -> Doc:
    """A health action in the square organised with the station: a screening table (Markdown, ruled, pipe, TSV, CSV or plain:
    name, birth date, CNS, CPF, phone, blood pressure, glucose, advice), the nurse's COREN, the community health agents sometimes and
    the presenter by name sometimes."""
    doc = Doc()
    stn = g.pick(STATIONS)
    ubs = g.pick(UBS_NAMES)
    city, uf = g.city()
    nur, pres = radio_person(g), radio_person(g)
    acs = [radio_person(g, True) for _ in range(g.ri(1, 3))]
    doc.t(f"AÇÃO \"{stn[0].upper()} NA PRAÇA\" — {ubs} — {g.date()} — Praça {g.pick(['da Matriz', 'Barão de Mauá', 'da Aurora', 'São Bento'])}\n")
    doc.t("Aferição de PA e glicemia capilar\n\n")
    rows = []
    for _ in range(g.ri(7, 10)):
        p = radio_person(g)
        ident = (g.cns(g.chance(0.5)), "BR_CNS") if g.chance(0.8) else V("não trouxe")
        rows.append([P(g.pick([p.full, p.short, p.caps])), (g.dob(g.pick(["br", "nopad", "short"]), 1938, 2005), "DATE_OF_BIRTH"), ident,
                     (g.cpf(), "BR_CPF") if g.chance(0.8) else V("-"),
                     (g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER") if g.chance(0.75) else V("-"),
                     V(f"{g.ri(10, 19)}0x{g.ri(6, 10)}0" if g.chance(0.7) else f"{g.ri(100, 190)}x{g.ri(60, 95)}"), V(str(g.ri(78, 320))), V(g.pick(["orientado", "encaminhado UBS", "retorno 7 dias", "encaminhado UPA", "ok"]))])
    cols = ["nome", "nasc", "cns", "cpf", "fone", "PA", "HGT", "conduta"]
    style = g.pick(["md", "plus", "pipe", "tsv", "csv", "plain"])
    if style in ("tsv", "csv"):
        table_csv(doc, cols, rows, "\t" if style == "tsv" else ",")
    else:
        table_ruled(doc, cols, rows, style)
    doc.f("\nResponsável técnic" + nur.o + ": «n» — «c»\n«a»Divulgação e locução: «p»\n" + g.pick(WORD_NEGS) + "\n",
          n=P(nur.full), c=(g.council("COREN", uf), "PROFESSIONAL_ID"), a=[V("ACS: "), *join_parts([[P(g.pick([a.first, a.short]))] for a in acs], ", "), V("\n")] if g.chance(0.3) else "",
          p=P(g.pick([stage(g, pres), pres.short])) if g.chance(0.4) else stn[0])
    return doc


def srt_time(sec: float) -> str:
    h, r = divmod(int(sec * 1000), 3600000)
    m, r = divmod(r, 60000)
    s, ms = divmod(r, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def sa_srt(g: Gen) -> Doc:
    """The automatic captions (.srt, lower case) of the health programme: the guest doctor (name and CRM in the file header), the
    presenter sometimes, a listener and her mother (the mother's birth date sometimes), the health unit's phone read out; the
    producer's note after the file with the listener's phone and the mother's CNS sometimes."""
    doc = Doc()
    stn = g.pick(STATIONS)
    city, uf = g.city()
    pres, med, lis = radio_person(g), radio_person(g), radio_person(g, True)
    mom = radio_person(g, True)
    dd, mm, yy = g.dob_parts(1935, 1958)
    doc.f("saude_no_ar_" + g.date("iso").replace("-", "") + ".srt — convidad" + med.o + ": «n», «c»\n\n", n=P(med.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    lines = [[V("bom dia comunidade esta no ar o saude no ar"), *([V(" com "), P(lower(g.pick([pres.first, stage(g, pres)])))] if g.chance(0.4) else [])],
             [V("e hoje a gente recebe " + ("a doutora " if med.female else "o doutor ")), P(lower(g.pick([med.short, med.first])))],
             [V("que vai falar de pressao alta e diabetes na terceira idade")],
             [V("primeira ligacao alo quem fala")],
             [V("aqui e a "), P(lower(g.pick([lis.first, lis.short]))), V(" do " + lower(g.pick(BAIRROS)))],
             [V("eu queria perguntar da minha mae"), *([V(" "), P(lower(g.pick([mom.first, mom.full])))] if g.chance(0.6) else [V(" que mora comigo")])]]
    if g.chance(0.6):
        lines.append([V("ela nasceu em "), (spoken_date(dd, mm, yy, g), "DATE_OF_BIRTH"), V(" e toma remedio de pressao")])
    else:
        lines.append([V(f"ela tem {age_of(yy)} anos e toma remedio de pressao")])
    lines += [[V("mas a glicose ta dando duzentos e poucos")],
              [V("olha o ideal e levar ela na unidade")],
              [V("a produção vai pegar seu telefone fora do ar")],
              [V("e pra quem ta ouvindo o telefone da unidade e "), (g.phone("stt", mobile=g.chance(0.3)), "PHONE_NUMBER")],
              [V(g.pick(["seria prudente medir a pressao todo dia", "a luz no fim do tunel e o cuidado diario", "isso e uma vitoria da saude publica"]))]]
    t = g.ri(60, 900) + 0.0
    for i, parts in enumerate(lines):
        d = g.ri(2, 5) + g.ri(0, 9) / 10
        doc.t(f"{i + 1}\n{srt_time(t)} --> {srt_time(t + d)}\n")
        for v, lab in parts:
            doc.e(v, lab)
        doc.t("\n\n")
        t += d + g.ri(0, 3) / 10
    prod = radio_person(g)
    doc.f("[nota da produção] ouvinte «l» — «p» — mãe agendada na " + g.pick(UBS_NAMES) + " para " + g.date("short") + "«c». («r»)\n",
          l=P(lis.full) if g.chance(0.5) else "da ligação 1", p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), r=V(g.pick(["prod.", "produção", "ok"])),
          c=[V(", CNS dela "), (g.cns(), "BR_CNS")] if g.chance(0.4) else "")
    return doc


def sa_atestado(g: Gen) -> Doc:
    """A presenter's e-mail to the coordinator (X-Originating-IP) with one or two OCR'd medical certificates pasted (name, CPF,
    CNS sometimes, days off, ICD-10 code unlabelled, physician's name and CRM), and the coordinator's quoted answer rearranging the
    grid with a substitute presenter and a phone."""
    doc = Doc()
    stn = g.pick(STATIONS)
    city, uf = g.city()
    pres, coo = radio_person(g), radio_person(g)
    pem = g.email(pres)
    t1 = g.moment()
    doc.f("De: «n» <«e»>\nPara: «c»\nData: " + mail_date(t1) + "\nX-Originating-IP: [«ip»]\nAssunto: atestado — não vou conseguir fazer o " + g.pick(PROGRAMS) + "\n\n",
          n=P(g.pick([pres.full, pres.short])), e=(pem, "EMAIL_ADDRESS"), c=(corp_mail(coo, stn[2], g), "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("«c»bom dia. Segue o atestado escaneado (saiu meio torto). Volto semana que vem se Deus quiser.\n«p»\n\n",
          c=[P(coo.first), V(", ")] if g.chance(0.5) else "", p=P(g.pick([pres.first, stage(g, pres)])) if g.chance(0.5) else "Abs")
    for _ in range(g.pick([1, 1, 1, 2])):
        md = radio_person(g)
        o = lambda s: ocr(s, g, 0.3)
        on = lambda s: ocr(s, g, 0.2, names=True)
        doc.t("[anexo: atestado" + str(g.ri(1, 9)) + ".jpg — texto reconhecido]\n")
        doc.t(o(g.pick(["CLÍNICA SÃO BENTO", "UNIDADE DE PRONTO ATENDIMENTO", "POLICLÍNICA MUNICIPAL", "CONSULTÓRIO MÉDICO"])) + "\n" + o("ATESTADO MÉDICO") + "\n")
        doc.f(o("Atesto para os devidos fins que") + " «n»" + o(", CPF") + " «c»" + "«cns»" + o(f", esteve sob meus cuidados nesta data, necessitando de {g.ri(2, 10)} dias de afastamento "
              "de suas atividades.") + " CID: " + g.pick(["J06.9", "R49.0", "J03.9", "M54.5", "A90", "K29.7"]) + "\n" + f"{city}, {dbr(t1 - datetime.timedelta(days=g.ri(0, 3)))}\n" + "«m»\n«r»\n\n",
              n=P(on(pres.caps)), c=(g.cpf(), "BR_CPF"), cns=[V(o(", CNS") + " "), (g.cns(), "BR_CNS")] if g.chance(0.4) else "", m=[V(o(dra(md)) + " "), P(on(md.full))] if g.chance(0.5) else [P(on(md.full))],
              r=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    s1, s2 = radio_person(g), radio_person(g)
    doc.f("> Em " + dbr(t1) + ", «c» escreveu:\n> Melhoras! Essa semana «a» cobre a segunda e a quarta e «b» fica com a sexta. Se precisar de algo liga «t».\n",
          c=P(coo.full) if g.chance(0.5) else (corp_mail(coo, stn[2], g), "EMAIL_ADDRESS"), a=P(g.pick([s1.first, stage(g, s1)])) if g.chance(0.6) else V("a equipe da manhã"), b=P(g.pick([s2.first, s2.short])) if g.chance(0.4) else V("a reprise"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


# ------------------------------------------------------------------ financeiro

def fi_apoio(g: Gen) -> Doc:
    """The cultural-sponsorship control sheet (CSV, TSV or a table): local businesses (unlabelled names, many with a surname or a word
    that is also a name) with their CNPJ (numeric or alphanumeric), the contact person, phone, e-mail (personal or a role mailbox),
    monthly amount and the Pix key they pay from (any kind); the treasurer's note."""
    doc = Doc()
    stn = g.pick(STATIONS)
    doc.t(f"{stn[1]} — controle de apoio cultural — {g.pick(MONTHS)}/{g.ri(2025, 2026)}\n")
    rows = []
    for b in g.sample(BUSINESSES, g.ri(6, 8)):
        p = radio_person(g)
        dom = re.sub(r"[^a-z]", "", fold(b).lower())[:16] + ".com.br"
        em = (g.email(p), "EMAIL_ADDRESS") if g.chance(0.45) else V(role_mail(g, dom, g.pick(["contato", "financeiro", "comercial"])))
        kind, key = pix_key(g, p)
        if kind == "CPF":
            kind, key = "CNPJ", (g.any_cnpj(), "BR_CNPJ")
        rows.append([V(b), (g.any_cnpj(), "BR_CNPJ"), P(g.pick([p.full, p.short, p.first])), (g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"), em,
                     V(brl(g.pick([80, 100, 120, 150, 200, 250, 300]))), V(kind), key if g.chance(0.7) else V("boleto")])
    cols = ["apoiador", "cnpj", "contato", "telefone", "e-mail", "valor", "tipo_chave", "chave_pix"]
    style = g.pick(["csv", "csv;", "tsv", "plus", "psql", "md"])
    if style in ("csv", "csv;", "tsv"):
        table_csv(doc, cols, rows, {"csv": ",", "csv;": ";", "tsv": "\t"}[style])
    else:
        table_ruled(doc, cols, rows, style)
    tes = radio_person(g)
    doc.f("\nObs. («t»): texto do apoio só com nome, endereço e telefone do estabelecimento, sem preço nem promoção (Lei 9.612/1998, art. 18). " +
          g.pick(WORD_NEGS) + "\n", t=P(g.pick([tes.first, tes.short])))
    return doc


def fi_recibo(g: Gen) -> Doc:
    """One to three donation receipts (the amount in words): the donor's name and CPF, the association's CNPJ, the purpose (a new
    transmitter, the power bill, the ECAD fee), the treasurer signing with CPF; an OCR'd receipt pad sometimes."""
    doc = Doc()
    stn = g.pick(STATIONS)
    city, uf = g.city()
    tes = radio_person(g)
    tcpf = g.cpf()
    cnpj = g.any_cnpj()
    scan = g.chance(0.35)
    o = (lambda s: ocr(s, g, 0.25)) if scan else (lambda s: s)
    on = (lambda s: ocr(s, g, 0.15, names=True)) if scan else (lambda s: s)
    for k in range(g.ri(1, 3)):
        d = radio_person(g)
        val = g.pick([20, 30, 50, 50, 100, 150, 200, 500]) + g.pick([0, 0, 0.5])
        doc.t(o(f"RECIBO Nº {g.ri(100, 999)}        VALOR: R$ {brl(val)}") + "\n")
        doc.f(o("Recebemos de") + " «n»" + o(", CPF") + " «c»" + o(f", a importância de {extenso(val)}, referente a doação voluntária para ") +
              o(g.pick(["a compra do novo transmissor", "a conta de energia do estúdio", "o pagamento do ECAD", "a reforma do estúdio", "a festa de aniversário da rádio"])) + ".\n",
              n=P(on(g.pick([d.full, d.caps]))), c=(g.cpf(), "BR_CPF") if g.chance(0.85) else V(g.neg_cpf()))
        doc.f(o(stn[1] + " — CNPJ") + " «c»\n" + o(f"{city}, {g.date()}.") + "\n«t» — " + o("tesoureir" + tes.o) + o(" — CPF") + " «tc»\n", c=(cnpj, "BR_CNPJ"),
              t=P(on(tes.full)), tc=(tcpf, "BR_CPF"))
        doc.t("- - - - - - - - - - - - - - - - - - - - - - - -\n" if k < 2 else "")
    return doc


def fi_extrato(g: Gen) -> Doc:
    """The association's bank statement, fixed width or as an OFX file: the association and its CNPJ (the account's agency and
    number labelled), Pix credits from listeners (names cut at 22 or 32 characters), the ECAD bill, power, Anatel's fee, a
    reimbursement to a volunteer by name; document numbers and FITIDs unlabelled."""
    doc = Doc()
    stn = g.pick(STATIONS)
    b = g.pick(BANKS)
    y, mth = g.ri(2025, 2026), g.ri(1, 11)
    ag, ac = g.agency(False), g.account(True)
    entries = []
    for _ in range(g.ri(1, 3)):
        entries.append(("PIX RECEBIDO", radio_person(g).full, g.ri(10, 300), True))
    entries.append(("PAGTO BOLETO", "ECAD ARRECADACAO", -g.ri(60, 400), False))
    entries.append(("PAGTO CONTA ENERGIA", g.pick(["NEOENERGIA", "EQUATORIAL", "CEMIG", "ENEL", "COPEL"]), -g.ri(300, 900), False))
    entries.append(("PAGTO GRU", "ANATEL TFF FISTEL", -g.ri(20, 90), False))
    entries.append(("PIX ENVIADO", radio_person(g).full, -g.ri(30, 200), True))
    entries.append(("PIX RECEBIDO", g.pick(BUSINESSES), g.ri(80, 300), False))
    g.rng.shuffle(entries)
    days = sorted(g.ri(1, 28) for _ in entries)
    if g.chance(0.5):
        doc.f(fold(b[1]).upper() + " — EXTRATO CONTA CORRENTE PJ\nCliente: " + fold(stn[1]).upper()[:40] + "\nCNPJ: «c»   Agência: «a»   Conta: «n»\n" +
              f"Período: 01/{mth:02d}/{y} a 28/{mth:02d}/{y}\n\nDATA   HISTÓRICO                                   DOCUMENTO     VALOR (R$)\n",
              c=(g.any_cnpj(), "BR_CNPJ"), a=(ag, "BANK_ACCOUNT"), n=(ac, "BANK_ACCOUNT"))
        saldo = g.ri(100, 4000)
        for (hist, who_, val, person), dd in zip(entries, days):
            w = cut(fold(who_).upper(), 22)
            doc.t(f"{dd:02d}/{mth:02d}  {hist} - ")
            doc.e(w, "PERSON" if person else None)
            doc.t(" " * max(1, 44 - len(hist) - 3 - len(w)) + clean(g, lambda: g.d(6)).ljust(12) + f"{brl(val):>12}\n")
            saldo += val
        doc.t(f"\nSALDO EM 28/{mth:02d}: {brl(saldo)}\n")
        return doc
    dts = next(v for v in (f"{y}{mth + 1:02d}0112{mm_:02d}00" for mm_ in range(60)) if cnpj_dv(v[:12]) != v[12:])
    doc.t("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\n\n<OFX>\n<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
          f"<DTSERVER>{dts}[-3:BRT]<LANGUAGE>POR</SONRS></SIGNONMSGSRSV1>\n<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STMTRS><CURDEF>BRL\n")
    doc.f("<BANKACCTFROM><BANKID>" + b[0] + "<BRANCHID>«a»<ACCTID>«n»<ACCTTYPE>CHECKING</BANKACCTFROM>\n<BANKTRANLIST>\n", a=(ag, "BANK_ACCOUNT"), n=(ac, "BANK_ACCOUNT"))
    for (hist, who_, val, person), dd in zip(entries, days):
        doc.t(f"<STMTTRN><TRNTYPE>{'CREDIT' if val > 0 else 'DEBIT'}<DTPOSTED>{y}{mth:02d}{dd:02d}<TRNAMT>{val:.2f}<FITID>{clean(g, lambda: g.hexs(10))}\n<NAME>")
        doc.e(cut(fold(who_).upper(), 32), "PERSON" if person else None)
        doc.t(f"<MEMO>{hist}</STMTTRN>\n")
    doc.t(f"</BANKTRANLIST>\n<LEDGERBAL><BALAMT>{brl(g.ri(100, 4000)).replace('.', '').replace(',', '.')}<DTASOF>{y}{mth:02d}28</LEDGERBAL>\n</STMTRS></STMTTRNRS></BANKMSGSRSV1>\n</OFX>\n")
    return doc


def fi_rifa(g: Gen) -> Doc:
    """The raffle to buy a new transmitter: the ticket control (CSV, TSV, a table, or a notebook in lower case: number, buyer,
    phone, paid by Pix, cash or on credit, the volunteer who sold it sometimes), then the draw by the federal lottery (number
    unlabelled) and the winner's data for delivery (CPF, RG, address, CEP, phone), who delivered it sometimes."""
    doc = Doc()
    stn = g.pick(STATIONS)
    prize = g.pick(["uma moto 0 km", "uma geladeira frost free", "um smart TV 50\"", "um botijão de gás por mês durante um ano", "uma bicicleta aro 29"])
    doc.t(f"RIFA DO TRANSMISSOR NOVO — {stn[0]} — prêmio: {prize} — R$ {g.pick(['5,00', '10,00', '20,00'])} o número\n")
    sellers = [radio_person(g) for _ in range(2)]
    buyers = []
    style = g.pick(["csv", "tsv", "plus", "plain", "caderno"])
    seller_col = g.chance(0.25)
    rows = []
    used = g.sample(range(1, 500), g.ri(3, 6))
    for n in sorted(used):
        p = radio_person(g)
        buyers.append((n, p))
        sl = g.pick(sellers)
        rows.append([V(f"{n:03d}"), P(g.pick([p.full, p.short, p.short, p.caps])),
                     (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER") if g.chance(0.9) else V("-"), V(g.pick(["pix", "pix", "dinheiro", "fiado"]))] +
                    ([P(g.pick([sl.first, sl.nick]))] if seller_col else []))
    cols = ["nº", "comprador", "telefone", "pgto"] + (["vendedor"] if seller_col else [])
    if style == "caderno":
        for r in rows:
            doc.t(r[0][0] + " - ")
            doc.e(lower(r[1][0]), "PERSON")
            doc.t(" - ")
            doc.e(r[2][0], r[2][1])
            doc.t(f" - {r[3][0]}")
            if seller_col:
                doc.t(" (")
                doc.e(lower(r[4][0]), "PERSON")
                doc.t(")")
            doc.t("\n")
    elif style in ("csv", "tsv"):
        table_csv(doc, cols, rows, "," if style == "csv" else "\t")
    else:
        table_ruled(doc, cols, rows, style)
    n, w = g.pick(buyers)
    d_draw = g.day()
    doc.f(f"\nSORTEIO pela Loteria Federal de {dbr(d_draw)} — 1º prêmio {clean(g, lambda: g.d(5))} — número sorteado {n:03d}\n"
          "GANHADOR(A): «w» — CPF «d» — RG «r» — «a», " + g.pick(BAIRROS) + " — CEP «c» — tel. «t»\nEntregue por «s» em " + dbr(d_draw + datetime.timedelta(days=g.ri(2, 20))) + ".\n",
          w=P(w.full), d=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"), a=(g.address(), "ADDRESS"), c=(g.cep(), "BR_CEP"),
          t=(g.phone("par"), "PHONE_NUMBER"), s=P(g.pick([sellers[0].full, sellers[1].short])) if g.chance(0.5) else "a diretoria")
    return doc


def fi_prestacao(g: Gen) -> Doc:
    """The treasurer's monthly accounts to the assembly: the association's CNPJ and account (agency and number labelled),
    income (sponsors by business name, listeners' donations by name), expenses (power, internet, ECAD, Anatel fee, reimbursements to
    volunteers by name with their Pix key of any kind), a card number dictated by a listener noted down sometimes, the balance; the
    treasurer (CPF) and the accountant (CRC)."""
    doc = Doc()
    stn = g.pick(STATIONS)
    city, uf = g.city()
    tes, cont = radio_person(g), radio_person(g)
    doc.f(f"{stn[1]} — CNPJ «cn»\nPRESTAÇÃO DE CONTAS — {g.pick(MONTHS).upper()}/{g.ri(2025, 2026)}\nConta movimento: " + bank(g) + " ag. «a» c/c «n»\n\n",
          a=(g.agency(), "BANK_ACCOUNT"), n=(g.account(), "BANK_ACCOUNT"), cn=(g.any_cnpj(), "BR_CNPJ"))
    doc.t("RECEITAS\n")
    tot_in = 0
    for b in g.sample(BUSINESSES, g.ri(2, 4)):
        v = g.pick([100, 120, 150, 200])
        tot_in += v
        doc.t(f"  apoio cultural — {b}".ljust(58) + f"{brl(v):>10}\n")
    for _ in range(g.ri(0, 2)):
        p = radio_person(g)
        v = g.pick([20, 30, 50, 100])
        tot_in += v
        nm = g.pick([p.full, p.short])
        doc.t("  doação — ")
        doc.e(nm, "PERSON")
        doc.t(" " * max(1, 48 - len(nm)) + f"{brl(v):>10}\n")
    doc.t("DESPESAS\n")
    tot_out = 0
    costs = {"energia elétrica": (280, 900), "internet (link do streaming)": (90, 180), "ECAD — boleto mensal": (60, 320), "Anatel — TFF": (20, 60),
             "material de limpeza": (30, 90), "cabo coaxial 20 m": (120, 260)}
    for d in g.sample(sorted(costs), g.ri(3, 5)):
        v = g.ri(*costs[d])
        tot_out += v
        doc.t(f"  {d}".ljust(58) + f"{brl(-v):>10}\n")
    for _ in range(g.ri(1, 2)):
        p = radio_person(g)
        v = g.ri(20, 150)
        tot_out += v
        kind, key = pix_key(g, p)
        doc.t("  ressarcimento — ")
        doc.e(g.pick([p.first + " " + p.last, p.full]), "PERSON")
        doc.t(f" ({g.pick(['combustível externa', 'crédito celular', 'lanche mutirão', 'fusível transmissor'])}; pix {kind} ")
        doc.e(key[0], key[1])
        doc.t(f") {brl(-v)}\n")
    if g.chance(0.5):
        doc.f("\nObs.: doação por telefone — ouvinte ditou o cartão «c» (val. " + f"{g.ri(1, 12):02d}/{g.ri(27, 32)}" + "), passado na maquininha; riscar o número depois.\n",
              c=(g.card(g.chance(0.6)), "CREDIT_CARD"))
    doc.t(f"\nTotal de receitas: R$ {brl(tot_in)}\nTotal de despesas: R$ {brl(tot_out)}\nResultado: R$ {brl(tot_in - tot_out)}\n\n")
    doc.f(f"{city}, {g.date()}.\n«t» — tesoureir" + tes.o + " — CPF «tc»\n«c» — contador" + ("a" if cont.female else "") + " — «crc»\n",
          t=P(tes.full), tc=(g.cpf(), "BR_CPF"), c=P(cont.full), crc=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    return doc


def fi_reembolso(g: Gen) -> Doc:
    """A volunteer's reimbursement request (four form layouts): the association's CNPJ, the volunteer's name, CPF, the car's
    plate, the driver's CNH sometimes and kilometres for an outside broadcast, receipts from shops (numbers unlabelled; the total adds
    them up), the agency and account or a Pix key, a phone, the treasurer's approval by name."""
    doc = Doc()
    stn = g.pick(STATIONS)
    v, tes = radio_person(g), radio_person(g)
    doc.f(f"{stn[1]} — CNPJ «c»\nSOLICITAÇÃO DE RESSARCIMENTO DE DESPESAS — VOLUNTÁRIOS\n\n", c=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Voluntário(a)", P(g.pick([v.full, v.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("Programa", V(g.pick(PROGRAMS))),
              ("Motivo", V(g.pick(["transmissão externa da festa do padroeiro", "cobertura do jogo da várzea", "entrevista no assentamento", "compra de cabo e conectores"])))]
    if g.chance(0.7):
        fields += [("Veículo (placa)", (g.plate(), "LICENSE_PLATE")), ("CNH do condutor", (g.cnh(), "BR_CNH")) if g.chance(0.5) else ("Condutor", V("o próprio")),
                   ("Km rodados", V(str(g.ri(12, 180))))]
    recs = [(g.pick(['Posto Aurora', 'Posto Leão do Norte', 'Casa das Antenas Jatobá', 'Elétrica Bento Amado', 'Lanchonete Prudente']), clean(g, lambda: g.d(6)),
             g.ri(10, 150) + g.pick([0, 0.5, 0.9])) for _ in range(g.ri(1, 3))]
    fields += [("Valor total", V("R$ " + brl(sum(r[2] for r in recs))))]
    if g.chance(0.5):
        fields += [("Banco", V(bank(g))), ("Agência", (g.agency(), "BANK_ACCOUNT")), ("Conta", (g.account(), "BANK_ACCOUNT"))]
    else:
        kind, key = pix_key(g, v)
        fields += [("Chave Pix (" + kind + ")", key)]
    fields += [("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box", "caps"]))
    doc.t("\nComprovantes anexos:\n")
    for shop, cup, val in recs:
        doc.t(f"  - {shop} — cupom {cup} — R$ {brl(val)}\n")
    d_ok = g.day()
    doc.f("\nAprovado por «t» (tesouraria) em " + dbr(d_ok) + ". Pago em " + dbr(d_ok + datetime.timedelta(days=g.ri(1, 12))) + ".\n", t=P(g.pick([tes.full, tes.short, tes.first])))
    return doc


def bline(doc: Doc, w: int, template: str, **vals) -> None:
    """One line of a ruled box ('| ... |', w + 2 wide) whose content holds spans."""
    tmp = Doc()
    tmp.f(template, **vals)
    base = len(doc.text) + 2
    doc.t("| ")
    for s in tmp.spans:
        doc.spans.append({"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]})
    doc.t(tmp.text + " " * max(1, w - 2 - len(tmp.text)) + " |\n")


def fi_holerite(g: Gen) -> Doc:
    """Two payslips of the station's paid employees (a technician, an audio operator, a cleaner or an office assistant under
    CLT) in a ruled box: the association's CNPJ, name, CPF, PIS, admission date (not a birth date), a birth date sometimes, CBO code,
    items, INSS and FGTS, the agency and account."""
    doc = Doc()
    stn = g.pick(STATIONS)
    cnpj = g.any_cnpj()
    y, mth = g.ri(2025, 2026), g.ri(1, 12)
    for k in range(2):
        e = radio_person(g)
        job, cbo = g.pick([("Técnico em eletrônica", "3132-05"), ("Operador de áudio", "3731-05"), ("Auxiliar de limpeza", "5143-20"), ("Auxiliar administrativo", "4110-10")])
        sal = g.ri(1518, 2600)
        w = 78
        doc.t("+" + "-" * w + "+\n")
        doc.t("| " + stn[1].ljust(w - 2) + " |\n")
        bline(doc, w, "CNPJ «c»", c=(cnpj, "BR_CNPJ"))
        doc.t("| " + f"RECIBO DE PAGAMENTO DE SALÁRIO — {MONTHS[mth - 1]}/{y}".ljust(w - 2) + " |\n")
        doc.t("+" + "-" * w + "+\n")
        nm = g.pick([e.caps, e.capsf])
        cpf = g.cpf()
        pis = g.pis()
        bline(doc, w, "Empregado: «n»", n=P(nm))
        bline(doc, w, "CPF «c»  PIS «p»  Admissão " + g.date(year=g.ri(2018, 2025)), c=(cpf, "BR_CPF"), p=(pis, "BR_PIS"))
        l2 = f"Cargo: {job}  CBO {cbo}"
        doc.t("| " + l2.ljust(w - 2) + " |\n")
        if g.chance(0.4):
            dob = g.dob("br", 1965, 2004)
            bline(doc, w, "Nascimento: «d»", d=(dob, "DATE_OF_BIRTH"))
        doc.t("+" + "-" * w + "+\n")
        inss = round(sal * 0.08, 2)
        items = [("001 Salário base", sal, 0), ("050 Adicional de periculosidade" if "eletr" in job.lower() else "060 Vale-transporte (6%)",
                                               round(sal * 0.3, 2) if "eletr" in job.lower() else 0, 0 if "eletr" in job.lower() else round(sal * 0.06, 2)),
                 ("310 INSS", 0, inss)]
        for desc, pv, dv in items:
            doc.t("| " + desc.ljust(40) + (brl(pv) if pv else "").rjust(16) + (brl(dv) if dv else "").rjust(18) + "  |\n")
        liq = sum(i[1] for i in items) - sum(i[2] for i in items)
        doc.t("+" + "-" * w + "+\n")
        doc.t("| " + f"Líquido a receber: R$ {brl(liq)}   Base FGTS: {brl(sal)}   FGTS do mês: {brl(round(sal * 0.08, 2))}".ljust(w - 2) + " |\n")
        ag, ac = g.agency(), g.account()
        bk = bank(g)
        bline(doc, w, "Crédito: " + bk + " ag. «a» c/c «n»", a=(ag, "BANK_ACCOUNT"), n=(ac, "BANK_ACCOUNT"))
        doc.t("+" + "-" * w + "+\n")
        doc.t("Declaro ter recebido a importância líquida deste recibo.   ____________________\n\n" if k == 0 else "\n")
    return doc


AT = [at_zap, at_avisos, at_call, at_mail, at_ficha, at_grade, at_promo]
JU = [ju_ata, ju_anatel, ju_resposta, ju_voluntario, ju_torre, ju_bo, ju_trabalhista]
SA = [sa_upa, sa_busca, sa_samu, sa_fono, sa_acao, sa_srt, sa_atestado]
FI = [fi_apoio, fi_recibo, fi_extrato, fi_rifa, fi_prestacao, fi_reembolso, fi_holerite]
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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|dj|mc|locutora?|pastora?|padre|irmã|irmão|mestre)\.?\s", v), (rid, v)
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
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v) or re.match(r"(?i)(%s|r|av|tv|al|estr)\.? " % "|".join(fold(t) for t in STREET_TYPES), fold(v)), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRC|CREA|CRFa|DRT)(?![A-Za-z])", v), (rid, v)
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
    for m in re.finditer(r"(?<![0-9A-Za-z])[0-9A-Z]{2}\.?[0-9A-Z]{3}\.?[0-9A-Z]{3}/?[0-9A-Z]{4}-?\d{2}(?![0-9A-Za-z])", text):
        raw = re.sub(r"[^0-9A-Z]", "", m.group(0))
        if free(m) and len(raw) == 14 and re.search(r"\d", raw[:12]):
            assert cnpj_dv(raw[:12]) != raw[12:], (rid, m.group(0))
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
    print("hundredthirtyseventh", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
