"""Build the hundred-and-thirty-fifth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredthirtyfifth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 13535, 280 records: 4 domains x 7 templates x 10 copies. The helpers (Gen, Doc,
name pools, check digits, tables, self-check) follow the shape of the hundred-and-thirty-fourth set's
generator (copied, not imported, with this set's own name, street and city pools); the register and
every template are new.

Register: TRAVELLING FUNFAIRS (parques de diversões itinerantes) -- the family firms that carry rides
(roda-gigante, barco viking, chapéu mexicano, bate-bate, kamikaze, twister, carrossel, cama elástica...)
and stalls (tiro ao alvo, pescaria, maçã do amor, churros, pastel) from one town's patron-saint feast,
rodeo or agricultural fair to the next: their crews (montadores, ride operators, cashiers, truck
drivers), the families and children who travel with them, the box office and its card machines, the
online wristband sales, the lots rented from private owners, the city's permit to use a public area,
the insurers, the occupational clinic, the children's schools, the health units of each town, the
police, the labour court and the public prosecutor.
Why this register: the brief proposed artisanal fishing communities. Before settling, the earlier
generators were checked by their docstrings only: `grep -il "pescador\|defeso\|colônia de pesca"` matched
fourteen generators; read in their docstrings, the seventy-second (artisanal fishing communities and
fishers' colonies: RGP, seguro-defeso, Capitania dos Portos, fish markets) and the hundred-and-twenty-
fifth (artisanal fishing: colonies Z-xx, seguro-defeso, RGP, boats and crews, fish buyers) already cover
it as a whole; the others only use "pescador" as an occupation or "dos Pescadores" as a street. The first
alternative, beauty salons, barbershops and chair-renting professionals, is covered by the forty-third
(beauty, aesthetics and dentistry, with salon commission sheets under Lei 13.352/2016) and the
hundred-and-fourteenth (beauty salons, barbershops, tattoo studios, the Lei do Salão Parceiro). Of the
second alternative, circuses are covered by the hundred-and-twentieth (circuses, theatre companies and
live-show production), but no docstring (the first seventy lines of every make_*_set.py searched for
"parque de diversões", "roda-gigante", "parque itinerante", "funfair", "amusement", "brinquedos") covers
travelling funfairs. So this set takes the funfair half of that alternative and keeps away from the
circus papers of the hundred-and-twentieth (no tent, no artists, no DRT, no cultural-incentive projects,
no ECAD). Every park, company, platform, acquirer, insurer, clinic, school, supplier and person is
invented (parks Parque Aurora Diversões, Parque Leão Dourado, Mundo Encantado Diversões, Parque Bento
Amado, Fantasia Park Vitória Régia, Parque Irmãos Sarapião, Lua Cheia Park, Parque Flor de Maio; ticket
platforms PasseParque, IngressoNaRoda, FichaJá; card acquirers RodaPay, PasseCerto Pagamentos, CaixaFácil,
PagaLogo; insurers Amparo Leal Seguros, Aurora Seguros Gerais, Seguradora Prudente Vida e Patrimônio;
clinics Clínica Ocupacional Roda Viva, MedTrabalho Prudente...; suppliers Gás Bento Amado, Geradores Leão
Branco, Lonas Aurora, Guincho Prudente 24h; Banco do Povo Aurora / Leão do Norte / Prudente); health
units and schools are invented names; cities are real towns, CEPs random; bank names are real.

Layouts: WhatsApp exports (Android and iOS stamps in two date styles; senders by lower-case name, short
name, nickname, full name or bare number; @mentions; a multi-line message; "<Mídia oculta>"); a health
unit's WhatsApp with the unit as an unlabelled sender; forms as "Campo: valor", dotted leaders, ruled
box and CAPS labels; an OCR'd scan of an employee registration form (labels and names damaged: rn/m,
cl/d, c/e, I/l, O/0, S/5...; identifiers clean) and, about two times in five, an OCR'd notarised travel
authorisation; tables +---+, psql, pipe, Markdown and blank-aligned; CSV with ";" or "," and TSV; JSON
lines; a vCard (.vcf) export; an eSocial S-2210 XML inside an e-mail; e-mails with headers, a quoted
reply and X-Originating-IP; a fixed-width bank statement and box-office report (names cut at the field
width); SINAN-style numbered fields; legal prose (a small-claims petition, a labour claim, a municipal
permit, ALL CAPS about a third of the time, a lease, a TAC with the public prosecutor, a travel
authorisation, an ALL CAPS police report); speech-to-text calls in lower case with identifiers read out
in groups or digit by digit in words ("meia" for six) and their typed record; a receipt with the amount
in words; a loudspeaker announcement.

- atendimento: (0) the crew's WhatsApp group before moving to the next town (the landowner's address,
  CEP and phone, truck plates, a new worker's phone, CPF -- or a mistyped CPF, unlabelled -- and RG, a
  Pix key of any kind, the engineer by name half the time, a car's plate or a tow truck's phone); (1) the box office's book of lost children and
  lost property (children by first name, some birth dates, guardians with RG/CPF/CNH, phones; staff by
  badge number, unlabelled; the loudspeaker text); (2) a speech-to-text call about a double charge on
  the card machine (CPF read out, spoken birth date, phone in groups or words, the protocol in words,
  unlabelled) and the typed record with the e-mail; (3) an e-mail thread: an itinerant mother asks a
  school to take her children (Lei 6.533/1978, art. 29; Resolução CNE/CEB 3/2012) and the secretary's
  reply (children's names, birth dates, some CPFs; student RA numbers unlabelled); (4) the office phone's
  contacts as a .vcf (crew and suppliers: FN, N, TEL, EMAIL, ADR, BDAY, NOTE with CPF, CNH and plate,
  RG, random Pix key); (5) an OCR'd employee registration form of a ride operator (parents, PIS, título,
  CNH sometimes, CTPS unlabelled, dependants' birth dates, the employer's CNPJ); (6) a municipal
  ombudsman record of a neighbour's noise complaint and the inspection reply (origin IP).
- juridico: (0) a small-claims petition for a child hurt on a ride (the child's birth date and CPF, the
  mother qualified, the firm's CNPJ and the owner's CPF, witnesses with addresses, CNJ precedent, OAB);
  (1) a permit to use a public area for the park (the municipality's CNPJ, the owner qualified, rides
  with ART numbers, the engineer's CREA, AVCB and policy numbers unlabelled); (2) a ride operator's
  labour claim (PIS, título sometimes, the wage paid from a random Pix key to his agency and account,
  the truck's plate, witnesses with nicknames or addresses); (3) an ALL CAPS police report: a convoy
  truck crash on a highway (drivers' CPF, CNH, birth dates, addresses, plates, RENAVAM unlabelled) or a
  theft at the box office (RG, the suspect's nickname, the motorbike's plate); (4) a lease of a private
  lot for the season (the landowner and the firm's representative qualified, rent by agency/account or
  Pix, witnesses, an e-signature log with e-mails and IPs half the time); (5) a TAC with the public
  prosecutor after a minor was found operating a ride (the minor's birth date; ECA arts. 67 and 149);
  (6) a travel authorisation for a child travelling with the park (ECA art. 83, Resolução CNJ
  295/2019; the child's birth date, the companion's RG, CPF and phone, the notary's clerk).
- saude: (0) an emergency unit's record of a ride accident (CNS, CPF or a mistyped one, mother,
  address, companion and phone, SAMU plate, COREN, CRM); (1) an occupational clinic's ASO batch as CSV
  or TSV (names cut at 22/26/30, CPF, birth date, phone; NR-35 results); (2) a vaccination action at the
  park by a health unit (Markdown, +---+ or pipe table: birth dates, CNS or CPF, phones; vaccine lots
  unlabelled); (3) a WhatsApp chat between a park mother and a health unit about a child's fever (birth
  date, CNS, fixed address and CEP, the doctor by surname, the husband's phone); (4) a SINAN-style
  notification of a foodborne illness after a stall's food (CNS, mother, address, CEP, phone, others
  exposed, the notifier's COREN or CRM); (5) an accountant's e-mail with the eSocial S-2210 XML of a
  montador's accident (CPF in the text and in <cpfTrab>, NIT, the physician in the text and in
  <nmEmit>, the employer's CNPJ); (6) a speech-to-text SAMU 192 call from the park (caller's phone read
  out, the victim's spoken birth date) and the regulation record (CNS sometimes, home address, CEP,
  ambulance plate, the regulating physician's CRM).
- financeiro: (0) the box office's daily report (ride table with operator numbers or nicknames,
  cashiers by name or login, the cash pick-up, Pix credits with payer names cut at 22 and masked CPFs,
  unlabelled, a worker's advance to a random Pix key, a customer's CPF with a plate (counterfeit note) or
  with a phone (refund)); (1) the
  crew's weekly advances and daily wages (CSV/TSV: nickname column sometimes, name, CPF or a mistyped
  CPF flagged "CONFERIR CPF", phone, Pix key of any kind); (2) a civil-liability insurance proposal for
  the rides (the firm's CNPJ, the owner's CPF, RG, birth date, e-mail, phones, address; ride serials and
  the SUSEP code unlabelled; a full card or agency/account; signature IP); (3) a receipt with the amount
  in words (payer's and payee's CPF, Pix or agency/account, RG, address, CEP, phone, a witness); (4) the
  ticket platform's wristband orders as JSON lines (buyer, e-mail, CPF, phone, IP, a half-price
  beneficiary's birth date; a full card typed by the buyer in a refused order's note); (5) the owner's
  personal account statement (fixed width: Pix and TED counterparties' names cut at 24, the TED
  counterparty's agency and account, random Pix keys, the manager's corporate e-mail); (6) a microcredit
  application of a stall owner (RG, NIS, título sometimes, spouse and spouse's CPF, agency/account,
  references with phones).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.", "Dr.",
"Dra.", "dona", "seu", "SD PM", "enf."; particles and suffixes inside a name are part of it (no "SURNAME,
Given" form occurs in this set); first names, nicknames ("Tampinha", "Galego", "Catatau" when that is what a
worker is called), lower-case, ALL CAPS, OCR-damaged names and names cut at a fixed width are persons.
Staff named in the text are persons (attendants, cashiers, secretaries, inspectors, ombudsmen,
prosecutors, tutelary counsellors, clerks, physicians, nurses, community agents, accountants, bank
managers, brokers, credit agents, police officers); logins, badge and operator numbers ("crachá 12",
"op. 07"), bots and chat roles ("tarm", "solicitante", "atendente") and a health unit shown as a chat
sender are not. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (secretaria@, contato@,
vendas@, atendimento@, vigilancia@...) are not. ADDRESS is a person's street + number + complement;
bairro, city and CEP stay out (CEP is BR_CEP); firms', schools' and health units' addresses are not
given. Agency and account are separate BANK_ACCOUNT spans; bank names are not labelled. PIX_KEY only for
random keys; a key that is a CPF, phone or e-mail takes that label. DATE_OF_BIRTH only for births (a
child's, a spoken one included; "dia " or "em " before a spoken date stays out); accident, admission,
notification, lease, trip and hearing dates are not. PROFESSIONAL_ID: OAB, CRM, COREN and CREA with the
acronym and UF. Identifiers read out in groups or in words are labelled like their digits. Every CNPJ
is labelled (numeric and the 2026 alphanumeric form), the municipality's included. LICENSE_PLATE: every
plate (trucks, semi-trailers, cars, motorbikes, ambulances). A full card number typed by a customer is
CREDIT_CARD; masked cards and card endings read out are not; masked CPFs ("***.368.929-**") are not.
Decisions of this set: a private lot that a person leases to the park, given by street and number (or
"s/n"), is that person's ADDRESS; the park's own place ("terreno ao lado da rodoviária", "praça da
matriz do lado da igreja", "trailer azul atrás do barco viking") carries no number and is not labelled.
In the vCard, N's family and given parts are one PERSON span each (like last_name/first_name columns)
and FN's nickname is a PERSON span without the role word after it ("Toco bate-bate": "Toco"); ADR's
street part is ADDRESS and its postal code BR_CEP. In the eSocial XML, <cpfTrab> is BR_CPF and <nmEmit>
PERSON; <nrInsc> (the 8-digit CNPJ root) is not labelled, nor is the physician's council number split
over <ideOC>/<nrOC>/<ufOC> (no acronym in the value), while the same council written "CRM/UF n" in the
e-mail is PROFESSIONAL_ID.
Not labelled (hard negatives): CNJ numbers, mistyped CPFs (checked to fail: in the crew chat, the payroll,
the lost-children book, the emergency record), 11-digit order and proposal numbers and RENAVAM (checked
to fail CPF, PIS and CNH), protocols (some read out in words), student RA numbers, CTPS, ART, AVCB/CLCB,
policy, SUSEP and serial numbers, vaccine lots, card-machine terminal ids, the eSocial receipt and event
Id, the notary's seal, a birth certificate's matrícula, an inspector's registration, a police officer's
RE, ICD-10 codes (S42.0, S92.3, S06.0, S93.4, R55, S51.8, S52.5, S20.2, S32.0, S62.6, T75.4, S91.3,
S82.2, M54.5, A05.9, A90) and external causes (W12, W23, W87, W26, W17, X50), laws and norms (Lei
6.533/1978 art. 29, Resolução CNE/CEB 3/2012, ECA arts. 67, 83 and 149, Resolução CNJ 295/2019, CDC art.
14, ABNT NBR 15.926, ABNT NBR 10.151, NR-12, NR-35, CLT arts. 2, 3, 67 and 477, Código Civil art. 927,
CTB art. 303, CP art. 155, CF art. 7, XXXIII), money, fares, kVA, dates that are not births. Names that
are also words (Rosa, Luz, Flor, Vitória, Aurora, Glória, Bento, Prudente, Amado, Leão, Branco, Sereno,
Justo...) are names here and, elsewhere, words, parks, stalls, streets, neighbourhoods, feasts and
cities, not persons ("seria prudente amarrar a lona", "a luz do letreiro", "foi uma vitória", "Parque
Bento Amado", "Lua Cheia Park", "a barraca da Rosa dos Ventos", "Vila Prudente", "Festa de Nossa Senhora
da Luz", "Presidente Prudente"); "A Barão de Mauá fica parada" is a street as a place, not a person;
Formiga is a city (MG) and, elsewhere, a worker's nickname; Arcoverde a city (PE) and a surname.
Names: Brazilian names of many origins (Portuguese common, north-eastern and coined, Italian, German,
Polish, Ukrainian, Spanish, Lebanese, Syrian, Armenian, Japanese, Korean, Chinese, Haitian, Angolan,
Senegalese, Nigerian, Bolivian, Paraguayan, Peruvian, Colombian, Venezuelan, Cuban, Cape Verdean,
indigenous, Guarani, Jewish); rare or invented name words well above a quarter (main() prints the share).
The script checks its output: spans in range, non-empty, stripped, sorted and not overlapping; every
labelled CPF, CNPJ, PIS, CNS, título, CNH, RG (São Paulo check digit) and card passes its check; every
unlabelled CPF-shaped run fails the CPF check and no unlabelled 11/12/15/16-digit run passes a PIS,
CNH, título, CNS or card check; every plate-shaped token is labelled; unlabelled public IPs and
non-role e-mails are absent.
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
          "Valdirene", "Francilene", "Dijanira", "Eudilene", "Rosivânia", "Marinalva Cosma", "Deuzuíta", "Lucidalva", "Edileuza",
          "Anatércia", "Rosiclé", "Jandilene", "Lucimeire Dalva", "Eurídes", "Nilcéia", "Girlene", "Terezita", "Ivaneide",
          "Zerlinda", "Oscarina", "Marivalda", "Geovânia", "Ladjane", "Kellyane", "Sulamita", "Zildenes", "Rubenilda"]
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
          "Zenóbio", "Lucimário", "Adaílton Jr", "Erivelton", "Ivanildo Cosme", "Osmundo", "Elenildo",
          "Jucivan", "Lindomar", "Ozires", "Waldisnei", "Zerivaldo", "Dorgival", "Ednilson Kauê", "Rivaldo Ciço", "Gildásio",
          "Telmário", "Oziel", "Waldick", "Jairon", "Lucineudo", "Edvan", "Claudemiro", "Josafá", "Reinivaldo", "Ademirson"]
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
            "Taquari", "Muricy Lago", "Barbalho Neiva", "Inhaúma", "Catolé", "Carrapateira", "Bolandeira", "Mambembe Leite",
            "Quixaba", "Tucunduva", "Picanço", "Trancoso Brum", "Guarabira Lins", "Jurema", "Cangaíba", "Cordovil", "Iriri"]
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
    "es": (["Consuelo", "Remedios", "Amparo", "Pilar"], ["Fermín", "Eusebio", "Baldomero", "Ginés"],
           ["Villaverde", "Echeverría", "Carrasco Ibáñez", "Zamora", "Arizmendi"]),
    "gk": (["Jaxuka", "Kunhã Poty", "Arakuã", "Ivoty"], ["Kuaray", "Ava Verá", "Tupãrendy", "Arasy"],
           ["Kaiowá", "Nhandeva", "Vera Mirim", "Terena", "Jorge Kaiowá", "Guarani Arce"]),
}
RARE_ORIGINS = ("es", "ua", "cu", "kr", "cn", "ht", "ao", "sn", "in", "wa", "jw", "bo", "py", "ve", "cv", "pl", "am", "pe", "ng", "sy", "co", "gk")
RARE = set(RARE_F + RARE_M + RARE_SUR + IMMIGRANT_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Damiana", "Juscelino", "Irineu", "Cosme Damião", "Zulmira", "Quitéria", "Domitila", "Wilma", "Juana",
                        "Nilda", "Celso", "Ramón", "Nelson", "Odete", "Ester", "Percy", "Edwin", "Wanda", "Flor de María",
                        "Jucá", "Araripe", "Ximenes", "Tovar", "Ramiro", "Tunde", "Gedeão", "Matoso", "Frutuoso", "Arrais",
                        "Espínola", "Lustosa", "Sobreira", "Gadelha", "Tabosa", "Leila", "Yasmin", "Pilar", "Lindomar",
                        "Edvan", "Oziel", "Josafá", "Jurema", "Girlene", "Ivaneide"])
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
STREET_NAMES = ["dos Ciganos", "Cecília Meireles", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora",
                "Monteiro Lobato", "Doutor Leovigildo Sarapião", "Conselheiro Ubaldino Furquim", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont", "do Circo",
                "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Professora Zulmira Cotrim",
                "Maestro Claudionor Tinoco", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz",
                "Machado de Assis", "Madre Paulina", "Pioneiro Egon Kuhnen", "Doutor Farid Haddad", "das Acácias",
                "Dom Pedro II", "da Glória", "Padre Anacleto Landim", "Vereador Lindolfo Aroeira", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas", "Barão de Mauá",
                "Bom Jesus da Lapa", "das Flores", "Cônego Sinfrônio Lustosa", "do Parque", "Irmã Dulce", "Chico Mendes",
                "Dom Hélder Câmara", "Projetada 7", "Professora Cosma Sucupira", "Mestre Genivaldo Pajeú", "Santa Luzia",
                "Frei Damião", "Paulo Freire", "da Feira", "Palhaço Carequinha", "dos Romeiros", "da Matriz", "Sete"]
CITIES = [("Itapetininga", "SP"), ("Avaré", "SP"), ("Assis", "SP"), ("Ourinhos", "SP"), ("Lins", "SP"), ("Birigui", "SP"),
          ("Presidente Prudente", "SP"), ("Bebedouro", "SP"), ("Olímpia", "SP"), ("Registro", "SP"), ("Pouso Alegre", "MG"),
          ("Formiga", "MG"), ("Patos de Minas", "MG"), ("Teófilo Otoni", "MG"), ("Curvelo", "MG"), ("Montes Claros", "MG"),
          ("Anápolis", "GO"), ("Catalão", "GO"), ("Jataí", "GO"), ("Apucarana", "PR"), ("Guarapuava", "PR"), ("Umuarama", "PR"),
          ("Chapecó", "SC"), ("Lages", "SC"), ("Santa Cruz do Sul", "RS"), ("Erechim", "RS"), ("Santo Ângelo", "RS"),
          ("Feira de Santana", "BA"), ("Juazeiro", "BA"), ("Vitória da Conquista", "BA"), ("Jequié", "BA"), ("Caruaru", "PE"),
          ("Arcoverde", "PE"), ("Garanhuns", "PE"), ("Campina Grande", "PB"), ("Patos", "PB"), ("Mossoró", "RN"), ("Sobral", "CE"),
          ("Crato", "CE"), ("Imperatriz", "MA"), ("Bacabal", "MA"), ("Parnaíba", "PI"), ("Picos", "PI"), ("Arapiraca", "AL"),
          ("Itabaiana", "SE"), ("Rondonópolis", "MT"), ("Sinop", "MT"), ("Três Lagoas", "MS"), ("Dourados", "MS"),
          ("Cachoeiro de Itapemirim", "ES"), ("Linhares", "ES"), ("Marabá", "PA"), ("Ji-Paraná", "RO"), ("Araguaína", "TO")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores",
           "Vila Estrela", "Cidade Nova", "Vila Operária", "Jardim Esperança", "Santa Luzia", "Vila Esperança", "Conjunto Bento Ribeiro",
           "Vila Nova Aurora", "Jardim Primavera", "Vila São Benedito", "Cohab II", "Parque do Lago", "Jardim Planalto", "Vila Rica",
           "Baixada", "Alto do Cruzeiro", "Vila Prudente", "Bairro da Luz", "Jardim Paraíso", "Vila dos Romeiros"]
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





# --------------------------------------------------------------------------- register: travelling funfairs

SEED = 13535
OUT_NAME = "hundredthirtyfifth.jsonl"

JOBS = {True: ["operadora de brinquedo", "bilheteira", "caixa", "vendedora ambulante", "cozinheira", "do lar", "comerciante",
               "auxiliar de serviços gerais", "professora", "diarista", "empresária", "manicure"],
        False: ["operador de brinquedo", "montador", "eletricista", "motorista de carreta", "soldador", "bilheteiro", "empresário",
                "vendedor ambulante", "ajudante geral", "mecânico", "comerciante", "pintor", "vigilante", "aposentado"]}
PARKS = [("Parque Aurora Diversões", "parqueaurora.com.br", "Aurora Diversões Itinerantes Ltda."),
         ("Parque Leão Dourado", "leaodouradoparque.com.br", "Leão Dourado Entretenimento Eireli"),
         ("Mundo Encantado Diversões", "mundoencantadodiversoes.com.br", "Mundo Encantado Parques e Eventos Ltda. ME"),
         ("Parque Bento Amado", "parquebentoamado.com.br", "Bento Amado Diversões Ltda."),
         ("Fantasia Park Vitória Régia", "fantasiaparkvr.com.br", "Vitória Régia Parques Itinerantes Ltda."),
         ("Parque Irmãos Sarapião", "parqueirmaossarapiao.com.br", "Irmãos Sarapião Diversões ME"),
         ("Lua Cheia Park", "luacheiapark.com.br", "Lua Cheia Park Diversões Eireli"),
         ("Parque Flor de Maio", "parqueflordemaio.com.br", "Flor de Maio Entretenimento Itinerante Ltda.")]
RIDES = ["roda-gigante", "barco viking", "chapéu mexicano", "bate-bate", "trem fantasma", "kamikaze", "xícara maluca", "carrossel",
         "minhocão", "twister", "super jump", "tagadá", "elevador", "cama elástica", "tobogã inflável", "casa maluca", "barco pirata"]
STALLS = ["tiro ao alvo", "pescaria", "argolas", "boca do palhaço", "algodão-doce", "maçã do amor", "pipoca", "churros",
          "pastel", "cachorro-quente", "milho verde", "derruba-lata"]
FESTIVALS = ["Festa de Santo Antônio", "Festa da Padroeira", "festa do peão", "Expo agropecuária", "aniversário da cidade",
             "Festa do Divino", "Festa de São João", "Festa de São Benedito", "festa junina da paróquia", "Festa do Milho",
             "Festa de Nossa Senhora da Luz", "quermesse de São Bento"]
ACQUIRERS = ["RodaPay", "PasseCerto Pagamentos", "CaixaFácil", "PagaLogo"]
TICKETS = [("PasseParque", "passeparque.com.br"), ("IngressoNaRoda", "ingressonaroda.com.br"), ("FichaJá", "fichaja.app")]
BOTS = ["Pipoca", "Rodinha", "Fichinha"]
CLINICS = [("Clínica Ocupacional Roda Viva", "clinicarodaviva.com.br"), ("MedTrabalho Prudente", "medtrabalhoprudente.com.br"),
           ("Centro Médico Flor de Lis", "cmflordelis.com.br"), ("Saúde Ocupacional Leão Branco", "sleaobranco.com.br")]
UNITS_SUS = ["UPA 24h Vila Esperança", "UPA Jardim Aurora", "Pronto-Socorro Municipal Bento Ribeiro", "Hospital Regional Santa Luzia",
             "UPA Alto da Paz", "Hospital Municipal Nossa Senhora da Glória", "Pronto-Socorro Infantil Flor de Lis"]
UBS = ["UBS Jardim Aurora", "ESF Vila Rosa", "UBS Centro", "ESF Alto do Cruzeiro", "UBS Vila dos Romeiros", "UBS Parque do Lago"]
SCHOOLS = ["EMEF Professora Zulmira Cotrim", "Escola Estadual Leão XIII", "EM Monteiro Lobato", "EE Professora Cosma Sucupira",
           "Escola Municipal Vitória Régia", "EMEIEF Chico Mendes"]
INSURERS = ["Amparo Leal Seguros", "Aurora Seguros Gerais", "Seguradora Prudente Vida e Patrimônio"]
ASSOC = ("Associação dos Parquistas Itinerantes do Brasil", "apitib.org.br")
UNION = ("Sindicato dos Trabalhadores em Parques de Diversões, Circos e Similares", "sintrapads.org.br")
ROLE_BOXES = ["sac", "contato", "atendimento", "secretaria", "administracao", "bilheteria", "financeiro", "cobranca", "juridico",
              "ouvidoria", "no-reply", "naoresponda", "fiscalizacao", "protocolo", "vigilancia", "notifica", "saude", "intimacoes",
              "lgpd", "dpo", "suporte", "escola", "matricula", "chargeback", "disputas", "parque", "vendas", "rh", "esocial",
              "sinistros", "propostas", "meioambiente", "promotoria", "vacina", "epidemiologia", "credito"]
CASES = [("kamikaze", "queda durante o giro do kamikaze, trauma em ombro", "S42.0"),
         ("bate-bate", "prensamento do pé na plataforma do bate-bate", "S92.3"),
         ("barco viking", "batida de cabeça na barra de segurança do barco viking", "S06.0"),
         ("cama elástica", "queda da cama elástica, entorse de tornozelo", "S93.4"), ("twister", "síncope após o twister", "R55"),
         ("carrossel", "corte no antebraço na grade do carrossel", "S51.8"),
         ("tobogã inflável", "queda da escada do tobogã inflável, fratura de punho", "S52.5"),
         ("chapéu mexicano", "contusão torácica no chapéu mexicano", "S20.2")]
WORK_CASES = [("queda da estrutura da roda-gigante durante a montagem", "S32.0", "W12"),
              ("prensamento da mão no engate da carreta", "S62.6", "W23"), ("choque elétrico no gerador", "T75.4", "W87"),
              ("corte no pé com chapa de aço do piso do bate-bate", "S91.3", "W26"),
              ("queda do caminhão ao descarregar o carrossel", "S82.2", "W17"), ("lombalgia ao carregar os carrinhos", "M54.5", "X50")]


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


def worker(g: Gen, female: bool | None = None) -> Person:
    f = g.chance(0.25) if female is None else female
    return g.person(female=f, origin=None if g.chance(0.8) else g.pick(["es", "ht", "ve", "bo", "py", "it", "in"]))


CREW_NICK = ["Baiano", "Galego", "Pezão", "Tição", "Formiga", "Bigode", "Magrelo", "Mineiro", "Catatau", "Tampinha", "Cabeção",
             "Toco", "Paraíba", "Sabiá", "Foguinho", "Caju", "Gavião", "Preá", "Pitoco", "Alemão", "Ferrugem", "Biscoito"]


def nick_of(g: Gen, p: Person) -> str:
    if g.chance(0.55):
        return p.nick
    return g.pick(CREW_NICK) if not p.female else g.pick(["Galega", "Baixinha", "Pimenta", "Loirinha", "Tampinha"])


def sender(g: Gen, p: Person, phone: float = 0.15) -> tuple:
    r = g.rng.random()
    if r < phone:
        return (g.phone("wa"), "PHONE_NUMBER")
    r = g.rng.random()
    if r < 0.35:
        return (lower(p.first), "PERSON")
    if r < 0.55:
        return (lower(p.short), "PERSON")
    if r < 0.7:
        return (p.nick, "PERSON")
    return (p.full, "PERSON")


def money(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + brl(g.ri(lo, hi) + g.pick([0, 0, 0.5, 0.9]))


def bank(g: Gen) -> str:
    return g.pick(BANKS)[1]


def pay_line(g: Gen, doc: Doc, p: Person, cpf: str | None = None) -> None:
    if g.chance(0.5):
        doc.f("«b», agência «a», conta «c»", b=bank(g), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        kind, key = pix_key(g, p, cpf)
        doc.f("Pix (chave «k») «v»", k=kind, v=key)


FEM_RIDES = {"roda-gigante", "xícara maluca", "cama elástica", "casa maluca"}


def art(ride: str) -> str:
    return "a" if ride in FEM_RIDES else "o"


def period(g: Gen, lo: int = 15, hi: int = 45, fmt: str = "br") -> tuple[str, str]:
    """Two coherent dates (start, end) of a stay, a lease or a trip."""
    d = g.day()
    return dbr(d, fmt), dbr(d + datetime.timedelta(days=g.ri(lo, hi)), fmt)


def lot_address(g: Gen) -> str:
    """A lot's address: street and number (or s/n), no complement."""
    t = g.pick(["Rua", "Avenida", "Estrada", "Travessa", "Rodovia Municipal"])
    return f"{t} {g.pick(STREET_NAMES)}, {g.pick([str(g.ri(10, 4999)), str(g.ri(10, 4999)), 's/n'])}"


def park(g: Gen) -> tuple[str, str, str]:
    return g.pick(PARKS)


def pname(g: Gen, p: Person) -> str:
    return g.pick([p.full, p.full, p.caps, p.short])


# ------------------------------------------------------------------ atendimento

def at_group(g: Gen) -> Doc:
    """The crew's WhatsApp group on the eve of moving to the next town."""
    doc = Doc()
    pk = park(g)
    boss, mgr, cash = worker(g, False), worker(g), worker(g, True)
    crew = [worker(g, False) for _ in range(3)]
    novo = worker(g, False)
    eng = g.person()
    st = chat_stamp(g)
    t = seq_times(g, 18, g.moment(hours=(7, 12)), 60, 2400)
    sb, sm, sc = sender(g, boss, 0.5), sender(g, mgr, 0.6), sender(g, cash, 0.6)
    s0, s1 = sender(g, crew[0], 0.65), sender(g, crew[1], 0.65)
    city, uf = g.city()
    doc.t(g.pick([f"Conversa do WhatsApp com {pk[0]} 🎡 equipe\n", "", "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta.\n"]))
    cl(doc, st(t[0]), sb, "bom dia povo. desmontagem começa domingo depois do fechamento, segunda cedo os caminhão sai pra «c»\nla vai ser na «f», o terreno é do seu «o», ele mora na «a» cep «z» e o zap dele é «p»", c=f"{city}/{uf}",
       f=g.pick(FESTIVALS), o=P(g.pick([g.person(False).short, g.person(False).first])), a=(g.address("low"), "ADDRESS"), z=(g.cep(g.chance(0.5)), "BR_CEP"),
       p=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    n0, n1 = nick_of(g, crew[0]), nick_of(g, crew[1])
    ride2 = g.pick(RIDES)
    cl(doc, st(t[2]), sm, "@«a» vc vai na carreta «p1» {w}. {ar} {r} vai desmontad{ar} na «p2»".format(w=g.pick(["com o «b»", "sozinho", "com o ajudante novo"]),
                                                                                        ar=art(ride2), r=ride2),
       a=P(n0), p1=(g.plate(), "LICENSE_PLATE"), b=P(n1), p2=(g.plate(), "LICENSE_PLATE"))
    cl(doc, st(t[3]), s0, g.pick(["blz", "fechou", "ok patrão", "👍"]))
    cl(doc, st(t[4]), sm, "chegou menino novo pro «r», o «n», zap dele «p». manda o cpf dele aqui q eu faço o registro", r=g.pick(RIDES),
       n=P(g.pick([novo.first, novo.short])), p=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    if g.chance(0.7):
        cl(doc, st(t[5]), s1, "«c» «n»", c=(g.cpf(), "BR_CPF"), n=P(g.pick([novo.caps, lower(novo.full), novo.full])))
    else:
        cl(doc, st(t[5]), s1, "«c» acho q é isso, ele ta sem o documento aqui", c=g.neg_cpf(g.chance(0.5)))
        cl(doc, st(t[6]), sm, "confere dnv q esse deu invalido no sistema")
    if g.chance(0.5):
        cl(doc, st(t[7]), s1, "rg dele «r»", r=(g.rg(), "BR_RG"))
    cl(doc, st(t[8]), sc, "fechamento da bilheteria ontem deu «v», deixei o envelope {w}".format(
        w=g.pick(["no cofre do trailer", "com a patroa", "na gaveta do escritório"])), v=money(g, 3000, 22000))
    cl(doc, st(t[9]), sc, g.pick(["<Mídia oculta>", "IMG-20260412-WA0007.jpg (arquivo anexado)", "<Mídia oculta>"]))
    if g.chance(0.5):
        cl(doc, st(t[10]), sb, "o fiscal da prefeitura vem as 15h olhar as ART, o engenheiro «e» ja mandou tudo assinado",
           e=P(g.pick([eng.full, eng.short, lower(eng.first)])))
    else:
        cl(doc, st(t[10]), sb, "o fiscal da prefeitura vem as 15h olhar as ART, deixa as pastas na bilheteria")
    cl(doc, st(t[11]), sb, g.pick(["seria prudente amarrar a lona da bilheteria, previsão de vento forte hj",
                                   "a luz do letreiro da roda queimou de novo, alguém vê isso",
                                   "foi uma vitória esse fim de semana, obrigado a todos"]))
    n2 = nick_of(g, crew[2])
    _kind, key = pix_key(g, crew[2])
    cl(doc, st(t[12]), sm, "vale de vcs cai hj. @«a» teu pix ainda é «k»?", a=P(n2), k=key)
    cl(doc, st(t[13]), sender(g, crew[2], 0.7), g.pick(["isso", "é esse mesmo", "sim sim"]))
    if g.chance(0.15):
        cl(doc, st(t[14]), s0, "quem pegou a chave do gerador? o «x» disse q deixou na bilheteria", x=P(g.pick(CREW_NICK)))
    if g.chance(0.5):
        cl(doc, st(t[15]), sb, "a «m» vai na frente de carro com as crianças, placa «p»", m=P(g.person(True).first),
           p=(g.plate(), "LICENSE_PLATE"))
    else:
        cl(doc, st(t[15]), sb, "guincho se precisar na estrada: «p», falar que é do parque", p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def at_lost(g: Gen) -> Doc:
    """The box office's book of lost children and lost property, with the loudspeaker text."""
    doc = Doc()
    pk = park(g)
    city, uf = g.city()
    doc.f("{p} — LIVRO DE CRIANÇAS PERDIDAS / ACHADOS E PERDIDOS\n{c}/{u} · {f} · semana de {d}\n\n".format(
        p=pk[0].upper(), c=city, u=uf, f=g.pick(FESTIVALS), d=g.date()))
    rows = []
    for _ in range(g.ri(2, 4)):
        kid = g.person()
        resp = g.relative(kid, g.chance(0.7)) if g.chance(0.6) else g.person()
        age = g.ri(3, 11)
        kidv = P(g.pick([kid.first, kid.first, kid.short]))
        idade = (g.dob("br", 2014, 2022), "DATE_OF_BIRTH") if g.chance(0.5) else V(f"{age} anos")
        docv = g.pick([(g.rg(), "BR_RG"), (g.cpf(), "BR_CPF"), (g.cnh(), "BR_CNH")]) if g.chance(0.8) else V(g.pick(["não apresentou", g.neg_cpf() + "?"]))
        rows.append([V(f"{g.ri(18, 23):02d}:{g.ri(0, 59):02d}"), kidv, idade, P(pname(g, resp)), docv,
                     (g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"), V(f"crachá {g.ri(2, 40):02d}")])
    table_ruled(doc, ["hora", "criança", "idade/nasc.", "responsável", "documento", "telefone", "entregue por"], rows,
                g.pick(["plus", "psql", "md", "plain", "pipe"]))
    kid = g.person()
    mom = g.relative(kid, True)
    doc.f("\nTexto lido no alto-falante (locutor, {l}):\n\"Atenção, papai e mamãe! {ap} «k», de {a} aninhos, de blusa {c}, está na bilheteria central "
          "aguardando {quem}. Repetindo...\"\n\n".format(ap="A pequena" if kid.female else "O pequeno", quem=g.pick(["a mamãe «m»", "a mamãe «m»", "a mamãe ou o papai"]), l=g.pick(["21h10", "22h35", "20h05"]), a=g.ri(3, 8), c=g.pick(["rosa", "amarela", "azul", "do Homem-Aranha", "branca"])),
          k=P(kid.first), m=P(g.pick([mom.full, mom.short])))
    doc.t("ACHADOS\n")
    for _ in range(g.ri(1, 3)):
        own = g.person()
        item, ao = g.pick([("celular", "o"), ("carteira com documentos", "a"), ("chave de carro", "a"), ("óculos de grau", "os"),
                           ("bolsa infantil", "a"), ("aliança", "a"), ("boné", "o")])
        ride = g.pick(RIDES + STALLS)
        place = f"n{art(ride)} {ride}" if ride in RIDES else f"na barraca de {ride}"
        if g.chance(0.6):
            doc.f("- {i} achad{ao} {p}; devolvid{ao} a «n», doc. «d», tel. «t»\n".format(i=item, ao=ao, p=place), n=P(pname(g, own)),
                  d=g.pick([(g.cpf(), "BR_CPF"), (g.rg(), "BR_RG")]), t=(g.phone(), "PHONE_NUMBER"))
        else:
            doc.f("- {i} achad{ao} {p}; aguardando dono (guardad{ao} no cofre)\n".format(i=item, ao=ao, p=place))
    doc.f("\nConferido (crachá {s}). Obs.: a barraca da Rosa dos Ventos fechou cedo por causa da chuva.\n".format(s=g.ri(2, 40)))
    return doc


def at_call(g: Gen) -> Doc:
    """A speech-to-text call to the park's number about a double charge, and the typed record."""
    doc = Doc()
    pk = park(g)
    cli, att = g.person(), worker(g)
    cpf = g.cpf_digits()
    ph = g.msisdn()
    dd, mm, yy = g.dob_parts(1965, 2004)
    doc.f("transcricao automatica - ligacao recebida - {p}\n".format(p=fold(pk[0]).lower()))
    doc.f("atendente: {p} boa noite aqui é «a»\n".format(p=fold(pk[0]).lower()), a=P(lower(g.pick([att.first, att.nick]))))
    doc.f("cliente: boa noite é que ontem eu comprei a pulseira passaporte pros meus filhos na bilheteria e a maquininha passou duas vezes\n")
    doc.f("atendente: entendi {sr} lembra o final do cartao\ncliente: final {f} {g2}\n".format(sr="a senhora" if cli.female else "o senhor", f=spoken_digits(g.d(2)), g2=spoken_digits(g.d(2))))
    doc.f("atendente: me passa o nome completo\ncliente: «n»\n", n=P(lower(cli.full)))
    doc.f("atendente: o cpf\ncliente: «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f("atendente: e a data de nascimento só pra conferir\ncliente: «d»\n",
          d=(g.pick([f"{dd} do {mm} de {yy}", f"{dd:02d} {mm:02d} {yy}", f"{dd} de {MONTHS[mm - 1]} de {yy}"]), "DATE_OF_BIRTH"))
    doc.f("atendente: a gente devolve por pix pode ser no cpf\n")
    if g.chance(0.5):
        doc.f("cliente: pode não tem no cpf não pode ser no celular «p»\n",
              p=(g.fmt_phone(ph[0], ph[1], "stt") if g.chance(0.5) else spoken_digits(ph[0] + ph[1], g), "PHONE_NUMBER"))
    else:
        doc.f("cliente: pode sim e meu telefone é «p»\n",
              p=(g.fmt_phone(ph[0], ph[1], "stt") if g.chance(0.5) else spoken_digits(ph[0] + ph[1], g), "PHONE_NUMBER"))
    doc.f("cliente: quem me atendeu la foi o «x» um moço de bone\n", x=P(lower(g.pick([worker(g, False).first, g.pick(CREW_NICK)]))))
    doc.f("atendente: certo o estorno sai em ate dois dias uteis o protocolo é {p}\n\n".format(p=spoken_digits(proto(g))))
    doc.f("REGISTRO: «n» | CPF «c» | fone «p» | e-mail p/ comprovante «e» | cobrança em duplicidade {v} ({a}, final ****) | devolver via Pix | "
          "atendente «l»\n".format(v=money(g, 40, 260), a=g.pick(ACQUIRERS)),
          n=P(cli.caps), c=(fmt_cpf(cpf), "BR_CPF"), p=(g.fmt_phone(ph[0], ph[1], "par"), "PHONE_NUMBER"), e=(g.email(cli), "EMAIL_ADDRESS"),
          l=V(login(att, g)))
    return doc


def at_school(g: Gen) -> Doc:
    """E-mail thread: an itinerant mother asks a school to take her children (Lei 6.533/1978, art. 29) and the reply."""
    doc = Doc()
    mom = worker(g, True)
    kids = [g.relative(mom) for _ in range(g.ri(1, 3))]
    sec = g.person()
    school = g.pick(SCHOOLS)
    dom = g.pick(["educacao.sp.gov.br", "edu.prefeitura.mg.gov.br", "sme.edu.br", "seduc.go.gov.br"])
    em = g.email(mom)
    pk = park(g)
    city, uf = g.city()
    t = g.moment()
    t2 = t + datetime.timedelta(hours=g.ri(3, 40))
    secm = corp_mail(sec, dom, g)
    doc.f("From: «s» <«se»>\nTo: {to}\nCc: {rb}\nDate: {d}\nSubject: RE: matrícula de filhos de trabalhadores de parque itinerante\n\n".format(
        rb=role_mail(g, dom, "secretaria"), d=mail_date(t2), to=g.pick(["«m» <«me»>", "«me»"])), s=P(sec.full), se=(secm, "EMAIL_ADDRESS"), m=P(mom.full), me=(em, "EMAIL_ADDRESS"))
    doc.f("Bom dia, {m}.\n\nRecebemos a documentação. As crianças podem começar amanhã no período da tarde; a transferência é garantida "
          "pelo art. 29 da Lei 6.533/1978 e pela Resolução CNE/CEB nº 3/2012 mesmo sem a guia da escola anterior. Peço só que a "
          "senhora traga o comprovante de residência da família ou declare o endereço fixo.\n\nAtt.,\n«s»\nSecretaria — {sc}\n"
          "Tel. «t»\n\n".format(sc=school, m=g.pick(["senhora", "mãe", "«m»", "«m»"])), s=P(sec.short), m=P(g.pick([mom.first, mom.full])),
          t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    doc.f("Em {d}, «m» <«me»> escreveu:\n".format(d=ts(t, "br")), m=P(mom.full), me=(em, "EMAIL_ADDRESS"))
    doc.f("> X-Originating-IP: [«ip»]\n", ip=(g.ip(), "IP_ADDRESS"))
    doc.f("> Boa tarde, sou «m», trabalho no {p} que chegou essa semana pra {f}. Vamos ficar uns 30 dias na cidade.\n".format(
        p=pk[0], f=g.pick(FESTIVALS)), m=P(g.pick([mom.full, mom.first])))
    doc.t("> Preciso matricular:\n")
    for k in kids:
        dd, mm, yy = g.dob_parts(2012, 2019)
        cpfk = g.chance(0.5)
        doc.f("> - «n», nascid{o} em «d», {a}º ano, RA {ra}{c}, vinha da {e}\n".format(o=k.o, a=max(1, min(9, 2025 - yy - 6)),
              ra=clean(g, lambda: f"{g.d(9)}-{g.d(1)}"), c=", CPF «c»" if cpfk else "", e=g.pick(SCHOOLS)), n=P(k.full),
              d=(fmt_date(dd, mm, yy, g.pick(["br", "long", "nopad"])), "DATE_OF_BIRTH"), **({"c": (g.cpf(), "BR_CPF")} if cpfk else {}))
    doc.f("> Meu CPF é «c», RG «r», telefone «p». Endereço fixo da família: «a», {c}/{u}, CEP «z».\n".format(c=city, u=uf),
          c=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"), p=(g.phone(), "PHONE_NUMBER"), a=(g.address(), "ADDRESS"), z=(g.cep(), "BR_CEP"))
    if g.chance(0.5):
        doc.t("> Aqui estamos no terreno ao lado da rodoviária, no trailer branco.\n")
    else:
        doc.f("> Aqui estamos no terreno ao lado da rodoviária, no trailer branco. Se precisar falar com o pai é o «h», {w}.\n".format(
            w=g.pick(["mesmo número", "que trabalha no bate-bate", "operador da roda-gigante"])), h=P(g.pick([kids[0].last, g.person(False).first])))
    if g.chance(0.5):
        doc.f("> Obrigada,\n> «m»\n", m=P(mom.first))
    else:
        doc.t("> Obrigada\n> Enviado do meu celular\n")
    return doc


def vcard_escape(s: str) -> str:
    return s.replace(",", "\\,").replace(";", "\\;")


def at_vcf(g: Gen) -> Doc:
    """Contacts exported from the park office's phone (.vcf), crew and suppliers with notes."""
    doc = Doc()
    pk = park(g)
    doc.f("Arquivo: contatos_{p}.vcf (exportado do celular do escritório)\n\n".format(p=re.sub(r"[^a-z]", "", fold(pk[0]).lower())[:18]))
    for _ in range(g.ri(3, 4)):
        p = worker(g)
        doc.t("BEGIN:VCARD\nVERSION:3.0\n")
        tag = g.pick(["montagem", "bilheteria", "bate-bate", "roda", "motorista", "eletricista", "fornecedor", "fornecedor"])
        if tag == "fornecedor":
            kind, org, dom = g.pick([("gás", "Gás Bento Amado", "gasbento.com.br"), ("gerador", "Geradores Leão Branco", "geradoresleao.com.br"),
                                     ("lona", "Lonas Aurora", "lonasaurora.com.br"), ("guincho", "Guincho Prudente 24h", "guinchoprudente.com.br")])
            doc.f("FN:«n» ({s})\n".format(s=kind), n=P(g.pick([p.first, p.short])))
            doc.f("ORG:{o}\n".format(o=org))
            doc.f("TEL;TYPE=WORK:«t»\n", t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
            doc.f("EMAIL;TYPE=WORK:«e»\n", e=(role_mail(g, dom, g.pick(["vendas", "contato", "atendimento"])), None))
            doc.f("NOTE:pedido mínimo {v}\\, entrega em até 48h\n".format(v=money(g, 300, 2000)))
        else:
            nk = nick_of(g, p)
            doc.f("FN:«k» {t}\n".format(t=tag), k=P(nk))
            if g.chance(0.35):
                doc.f("N:«l»;«f»;;;\n", l=P(" ".join(s for s in p.surnames if s not in SUFFIXES)), f=P(p.given))
            else:
                doc.f("N:;«k» {t};;;\n".format(t=tag), k=P(nk))
            doc.f("TEL;TYPE=CELL:«t»\n", t=(g.phone(g.pick(["e164", "par", "plus"])), "PHONE_NUMBER"))
            if g.chance(0.4):
                doc.f("TEL;TYPE=HOME:«t»\n", t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
            if g.chance(0.5):
                doc.f("EMAIL:«e»\n", e=(g.email(p), "EMAIL_ADDRESS"))
            if g.chance(0.6):
                city, uf = g.city()
                addr = g.address()
                doc.f("ADR;TYPE=HOME:;;«a»;{c};{u};«z»;Brasil\n".format(c=city, u=uf), a=(vcard_escape(addr.replace(", ", " ")), "ADDRESS"), z=(g.cep(), "BR_CEP"))
            if g.chance(0.5):
                doc.f("BDAY:«b»\n", b=(g.dob("iso", 1960, 2005), "DATE_OF_BIRTH"))
            note = g.pick(["cpf", "pix", "cnh", "rg"])
            if note == "cpf":
                doc.f("NOTE:vale toda sexta\\, cpf «c»\n", c=(g.cpf(), "BR_CPF"))
            elif note == "pix":
                doc.f("NOTE:pix «x» (chave aleatória)\\, diária {v}\n".format(v=money(g, 80, 180)), x=(g.uuid(), "PIX_KEY"))
            elif note == "cnh":
                doc.f("NOTE:CNH «c» cat. E\\, dirige a carreta «p»\n", c=(g.cnh(), "BR_CNH"), p=(g.plate(), "LICENSE_PLATE"))
            else:
                doc.f("NOTE:RG «r»\\, CPF «c»\n", r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"))
        doc.t("END:VCARD\n")
    return doc


def at_ocr_form(g: Gen) -> Doc:
    """An OCR'd employee registration form of a ride operator (labels damaged, identifiers clean)."""
    doc = Doc()
    pk = park(g)
    w = worker(g)
    rate = g.pick([0.15, 0.3, 0.45])
    dad, mom = g.person(False), g.person(True)
    city, uf = g.city()

    def L(s: str) -> str:
        return ocr(s, g, rate)

    doc.t(L("FICHA DE REGISTRO DE EMPREGADO") + "    " + L("Folha nº") + f" {g.ri(10, 240)}\n")
    doc.f(L("Empregador") + ": {r}   CNPJ «c»\n".format(r=pk[2].upper()), c=(g.any_cnpj(), "BR_CNPJ"))
    doc.t("-" * 64 + "\n")
    nm = ocr(w.capsf, g, rate * 0.6, names=True)
    fields = [(L("Nome"), P(nm)), (L("Pai"), P(ocr(dad.capsf, g, rate * 0.5, names=True))), (L("Mãe"), P(ocr(mom.capsf, g, rate * 0.5, names=True))),
              (L("Data de nascimento"), (g.dob("br", 1968, 2006), "DATE_OF_BIRTH")), (L("Naturalidade"), V(f"{g.city()[0]}")),
              (L("RG"), (g.rg(), "BR_RG")), (L("CPF"), (g.cpf(), "BR_CPF")), (L("PIS/PASEP"), (g.pis(), "BR_PIS")),
              (L("CTPS nº / série"), V(clean(g, lambda: f"{g.d(7)} / {g.d(4)}-{uf}"))), (L("Título eleitoral"), (g.titulo(), "BR_TITULO_ELEITOR"))]
    if g.chance(0.7):
        fields.append((L("CNH / categoria"), (g.cnh(), "BR_CNH")))
    fields += [(L("Endereço"), (ocr(g.address("caps"), g, rate * 0.4), "ADDRESS")), (L("Bairro"), V(g.pick(BAIRROS).upper())),
               (L("Cidade/UF"), V(f"{city.upper()}/{uf}")), (L("CEP"), (g.cep(), "BR_CEP")), (L("Celular"), (g.phone(), "PHONE_NUMBER")),
               (L("Função"), V(g.pick(["OPERADOR DE BRINQUEDO", "MONTADOR", "AUX. DE MONTAGEM", "BILHETEIRO(A)", "ELETRICISTA"]))),
               (L("Admissão"), V(g.date())), (L("Salário"), V(money(g, 1518, 2600) + " + diárias de viagem"))]
    kv_block(doc, fields, g.pick(["plain", "dots", "caps"]))
    em = g.person(not w.female) if g.chance(0.6) else g.person(True)
    rel = ("esposo" if w.female else "esposa") if em.female != w.female else g.pick(["mãe", "irmã"])
    doc.f(L("Em caso de emergência avisar") + ": «n» (" + L(rel) + ") «t»\n", n=P(ocr(em.capsf, g, rate * 0.4, names=True)),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    kids = [g.relative(w) for _ in range(g.ri(0, 2))]
    if kids:
        doc.t(L("Dependentes (salário-família / IR)") + ":\n")
        for k in kids:
            doc.f("  «n»  " + L("nasc.") + " «d»\n", n=P(k.capsf), d=(g.dob("br", 2010, 2024), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        doc.f("\n" + L("Assinatura do empregado") + ": ____________   " + L("Visto") + ": «v»\n", v=P(g.pick([g.person().short, g.person().caps])))
    else:
        doc.t("\n" + L("Assinatura do empregado") + ": ____________   " + L("Visto") + ": ____________\n")
    return doc


def at_noise(g: Gen) -> Doc:
    """A municipal ombudsman record: a neighbour's noise complaint against the park and the inspection reply."""
    doc = Doc()
    pk = park(g)
    city, uf = g.city()
    c, owner, fisc, ouv = g.person(), worker(g, False), g.person(), g.person()
    doc.f("PREFEITURA MUNICIPAL DE {c} — OUVIDORIA GERAL\nManifestação nº {p}   Canal: {k}   Situação: respondida\n\n".format(
        c=city.upper(), p=proto(g), k=g.pick(["site", "telefone 156", "aplicativo", "presencial"])))
    fields = [("Tipo", V("Reclamação")), ("Assunto", V("Poluição sonora — parque de diversões")), ("Manifestante", P(pname(g, c))),
              ("CPF", (g.cpf(), "BR_CPF")), ("E-mail", (g.email(c), "EMAIL_ADDRESS")), ("Telefone", (g.phone(), "PHONE_NUMBER")),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("IP de origem", (g.ip(), "IP_ADDRESS"))]
    kv_block(doc, fields, g.pick(["plain", "box", "dots"]))
    doc.f("\nRelato: Desde que o {p} se instalou no terreno da {s} o som do trem fantasma e do locutor vai até 1h da manhã. "
          "Falei com o responsável, seu «o», que disse que tem alvará. Minha mãe «m», de {a} anos, é cardíaca. A Barão de Mauá "
          "fica parada de carro toda noite.\n\n".format(p=pk[0], s=g.pick(["Avenida Beira Rio", "Praça da Matriz", "Rua da Feira"]), a=g.ri(70, 92)),
          o=P(g.pick([owner.first, owner.nick])), m=P(g.pick([g.relative(c, True).full, g.person(True).first])))
    doc.f("Encaminhamento: Secretaria de Meio Ambiente — fiscal «f» (matrícula {m}).\n".format(m=clean(g, lambda: f"{g.d(5)}-{g.d(1)}")),
          f=P(fisc.full))
    doc.f("Resposta ({d}): Em vistoria noturna, a fiscalização mediu {db} dB(A) na divisa (ABNT NBR 10.151), acima do limite da "
          "Lei municipal {l}. O responsável legal do parque, «o», CPF «oc», foi notificado (auto nº {a}) a encerrar o som às 23h.\n"
          "Ouvidor(a): {ov}\n".format(ov=g.pick(["«v»", "«v»", "Ouvidoria Geral"]), d=g.date(), db=g.ri(58, 79), l=f"{g.ri(1000, 9999)}/{g.ri(1998, 2022)}", a=proto(g)),
          o=P(g.pick([owner.full, owner.caps])), oc=(g.cpf(), "BR_CPF"), v=P(ouv.full))
    return doc


# ------------------------------------------------------------------ juridico

def lawyer_block(g: Gen, doc: Doc, uf: str | None = None) -> Person:
    adv = g.person()
    doc.f("«a»\n«o»\n", a=P(g.pick([adv.full, adv.caps])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return adv


def ju_petition(g: Gen) -> Doc:
    """A small-claims petition after a child's accident on a ride."""
    doc = Doc()
    pk = park(g)
    city, uf = g.city()
    mom = g.person(True)
    kid = g.relative(mom)
    owner = worker(g, False)
    ride, case, cid = g.pick(CASES)
    facts = g.day()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DO JUIZADO ESPECIAL CÍVEL DA COMARCA DE {c}/{u}\n\n".format(c=city.upper(), u=uf))
    doc.f("«k», menor impúbere, nascid{o} em «d», CPF «c», neste ato representad{o} por sua genitora ".format(o=kid.o),
          k=P(g.pick([kid.caps, kid.full])), d=(g.dob(g.pick(["br", "long"]), 2012, 2020), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"))
    qualify(g, doc, mom, email=g.chance(0.6), phone=True, where=(city, uf), rural=0.0)
    doc.f(", vem, por sua advogada infra-assinada, propor\n\nAÇÃO DE INDENIZAÇÃO POR DANOS MATERIAIS E MORAIS\n\nem face de "
          "{r}, nome fantasia \"{p}\", inscrita no CNPJ sob o nº «c», e de «o», sócio-administrador, CPF «oc», pelos fatos a seguir.\n\n".format(
              r=pk[2].upper(), p=pk[0]), c=(g.any_cnpj(), "BR_CNPJ"), o=P(owner.caps), oc=(g.cpf(), "BR_CPF"))
    op = worker(g, False)
    doc.f("I — DOS FATOS\nEm {d}, durante a {f}, a criança estava no brinquedo {r} quando ocorreu {c}. {op}"
          "não conferiu a trava. A criança foi levada ao {u} (CID {cid}) e ficou {x} dias afastada da escola.\n\n".format(
              d=dbr(facts, "long"), f=g.pick(FESTIVALS), r=ride, c=case, u=g.pick(UNITS_SUS), cid=cid, x=g.ri(5, 40),
              op=g.pick(["O operador, conhecido como «n», ", "O operador "])), n=P(nick_of(g, op)))
    doc.f("II — DO DIREITO\nResponsabilidade objetiva do fornecedor (CDC, art. 14); dever de segurança da ABNT NBR 15.926; precedente: "
          "processo {cnj}.\n\nIII — DAS TESTEMUNHAS\n".format(cnj=g.cnj(CNJ_SEG.get(uf))))
    for _ in range(g.ri(1, 3)):
        w = g.person()
        doc.f("- «n», CPF «c», residente na «a», {c}/{u}\n".format(c=city, u=uf), n=P(w.full), c=(g.cpf(), "BR_CPF"), a=(g.address(), "ADDRESS"))
    doc.f("\nDá-se à causa o valor de {v}.\n{c}, {d}.\n\n".format(v=money(g, 8000, 40000), c=city,
                                                                      d=dbr(facts + datetime.timedelta(days=g.ri(20, 300)), "long")))
    adv = lawyer_block(g, doc, uf)
    doc.f("«e»\n", e=(g.email(adv, g.pick(["adv.br", "gmail.com", "outlook.com"])), "EMAIL_ADDRESS"))
    return doc


def ju_permit(g: Gen) -> Doc:
    """A municipal permit to use a public area for the funfair (Termo de Permissão de Uso)."""
    doc = Doc()
    pk = park(g)
    city, uf = g.city()
    caps = g.chance(0.3)
    up = caps_t if caps else (lambda s: s)
    sec, owner, eng = g.person(), worker(g, False), g.person()
    ano = g.pick([2025, 2026])
    doc.t(up("TERMO DE PERMISSÃO DE USO DE ÁREA PÚBLICA Nº {n}/{a}\n\n".format(n=g.ri(12, 480), a=ano)))
    doc.f(up(f"O MUNICÍPIO DE {city.upper()}, inscrito no CNPJ sob o nº ") + "«m»" +
          up(f", neste ato representado pel{'a' if sec.female else 'o'} Secretári{'a' if sec.female else 'o'} Municipal de Cultura e Turismo, ") + "«s»" + up(", doravante PERMITENTE, e ")
          , m=(g.cnpj(), "BR_CNPJ"), s=P(sec.capsf if caps else sec.full))
    qualify(g, doc, owner, caps=caps, phone=True, email=g.chance(0.5), rural=0.0, job="empresário do ramo de diversões")
    doc.f(up(f", na qualidade de sócio de {pk[2]}, CNPJ ") + "«c»" + up(", doravante PERMISSIONÁRIO, ajustam:\n\n"),
          c=(g.any_cnpj(), "BR_CNPJ"))
    d1, d2 = period(g, 12, 40)
    doc.t(up("CLÁUSULA PRIMEIRA — Objeto: uso da área de {a} m² do {l} para instalação do parque \"{p}\" durante a {f}, de {d1} a "
             "{d2}.\n".format(a=g.ri(1800, 9000), l=g.pick(["Parque de Exposições", "estacionamento do ginásio", "terreno da antiga estação",
                                                           "largo da Matriz"]), p=pk[0], f=g.pick(FESTIVALS), d1=d1, d2=d2)))
    doc.t(up("CLÁUSULA SEGUNDA — Equipamentos autorizados, cada um com ART de montagem e laudo conforme ABNT NBR 15.926:\n"))
    rows = []
    for r in g.sample(RIDES, g.ri(4, 6)):
        rows.append([V(up(r)), V(clean(g, lambda: f"ART {g.ri(2025, 2026)}{g.d(10)}")), V(f"{g.ri(8, 60)} kVA")])
    table_ruled(doc, [up("equipamento"), "ART", up("carga")], rows, g.pick(["plain", "plus", "psql"]))
    doc.f(up("Responsável técnico: ") + "«e», «cr»\n", e=P(eng.capsf if caps else eng.full), cr=(g.council("CREA"), "PROFESSIONAL_ID"))
    doc.t(up("CLÁUSULA TERCEIRA — O PERMISSIONÁRIO apresentou CLCB/AVCB nº {a} do Corpo de Bombeiros e apólice de responsabilidade civil nº {b} "
             "da {s}.\nCLÁUSULA QUARTA — Taxa de uso: {v}, recolhida por DAM. É vedado o trabalho de menores de 18 anos na operação dos "
             "brinquedos (ECA, art. 67).\n".format(a=clean(g, lambda: f"{g.d(6)}/{ano}"), b=clean(g, lambda: g.d(3) + "." + g.d(4) + "." + g.d(6)),
                                                    s=g.pick(INSURERS), v=money(g, 1500, 12000))))
    if g.chance(0.5):
        doc.f("\n{c}, {d}.\n\n«s»\n".format(c=city, d=g.date("long", ano)), s=P(sec.capsf if caps else sec.full))
    else:
        doc.t("\n{c}, {d}.\n\n(assinatura)\n".format(c=city, d=g.date("long", ano)))
    doc.f(up("Secretári" + ("a" if sec.female else "o") + " Municipal") + "\n\n«o»\n" + up("Permissionário") + "\n", o=P(owner.capsf if caps else owner.full))
    doc.t(up("Visto da Procuradoria: ") + g.pick(["(assinado digitalmente)", "ok, sem ressalvas", "conferido"]) + "\n")
    return doc


def ju_labour(g: Gen) -> Doc:
    """A ride operator's labour claim against the park's company and its owner."""
    doc = Doc()
    pk = park(g)
    city, uf = g.city()
    w, owner = worker(g, False), worker(g, False)
    doc.f("EXMO(A). SR(A). DR(A). JUIZ(A) DA ___ VARA DO TRABALHO DE {c}/{u}\n\n".format(c=city.upper(), u=uf))
    qualify(g, doc, w, pis=True, phone=True, dob=g.chance(0.5), where=(city, uf), job="operador de brinquedos e montador", rural=0.0,
            titulo=g.chance(0.4))
    doc.f(", vem propor RECLAMAÇÃO TRABALHISTA em face de {r}, CNPJ «c», e de «o», CPF «oc», pelos fundamentos:\n\n".format(r=pk[2]),
          c=(g.any_cnpj(), "BR_CNPJ"), o=P(g.pick([owner.full, owner.caps])), oc=(g.cpf(), "BR_CPF"))
    cities = ", ".join(f"{c}/{u}" for c, u in g.sample(CITIES, 4))
    doc.f("1. O reclamante trabalhou de {a} a {b} sem registro em CTPS, acompanhando o parque por {cs}, na montagem, operação do {r} "
          "e desmontagem, das 14h às 2h, sem folga semanal (arts. 2º, 3º e 67 da CLT).\n".format(a=g.date(year=2024), b=g.date(), cs=cities,
                                                                                               r=g.pick(RIDES)))
    doc.f("2. Recebia {v} por semana em espécie ou por Pix enviado da chave aleatória «k», do filho do patrão, para a conta do reclamante "
          "(agência «a», conta «c»).\n".format(v=money(g, 350, 900)), k=(g.uuid(), "PIX_KEY"), a=(g.agency(), "BANK_ACCOUNT"),
          c=(g.account(), "BANK_ACCOUNT"))
    doc.f("3. Dormia em beliche no baú da carreta de placa «pl».\n", pl=(g.plate(), "LICENSE_PLATE"))
    doc.t("\nTESTEMUNHAS:\n")
    for _ in range(g.ri(2, 3)):
        t = worker(g, False)
        if g.chance(0.4):
            doc.f("- «n», vulgo «k», CPF «c», telefone «p»\n", n=P(t.full), k=P(g.pick(CREW_NICK)), c=(g.cpf(), "BR_CPF"), p=(g.phone(), "PHONE_NUMBER"))
        else:
            doc.f("- «n», CPF «c», telefone «p», residente na «a»\n", n=P(t.full), c=(g.cpf(), "BR_CPF"), p=(g.phone(), "PHONE_NUMBER"),
                  a=(g.address(), "ADDRESS"))
    doc.f("\nPEDIDOS: reconhecimento de vínculo, horas extras, adicional noturno, FGTS + 40%, multa do art. 477 da CLT. Valor da causa: {v}.\n"
          "Nestes termos, pede deferimento.\n{c}, {d}.\n".format(v=money(g, 30000, 180000), c=city, d=g.date("long")))
    adv = lawyer_block(g, doc, uf)
    if g.chance(0.5):
        doc.f("e-mail: «e»\n", e=(g.email(adv, "adv.br"), "EMAIL_ADDRESS"))
    return doc


def ju_bo(g: Gen) -> Doc:
    """An ALL CAPS police report: a convoy truck crash on the highway or a theft at the park."""
    doc = Doc()
    pk = park(g)
    city, uf = g.city()
    pm = g.person()
    doc.f("SECRETARIA DA SEGURANCA PUBLICA - POLICIA CIVIL DO ESTADO\nBOLETIM DE OCORRENCIA N. {n}\nDELEGACIA DE POLICIA DE {c}/{u}\n".format(
        n=clean(g, lambda: f"{g.d(4)}/{g.pick([2025, 2026])}"), c=fold(city).upper(), u=uf))
    crash = g.chance(0.55)
    if crash:
        doc.f("NATUREZA: LESAO CORPORAL CULPOSA NA DIRECAO DE VEICULO AUTOMOTOR (ART. 303 CTB)\nLOCAL: RODOVIA BR-{b}, KM {k}\nDATA DO FATO: {d}\n\n".format(
            b=g.pick(["116", "153", "381", "101", "262", "365", "040"]), k=g.ri(10, 700), d=g.date()))
        d1, d2 = worker(g, False), g.person()
        for role, p, veh in [("CONDUTOR 1", d1, f"CAMINHAO TRATOR DO {fold(pk[0]).upper()}"), ("CONDUTOR 2", d2, "AUTOMOVEL")]:
            doc.f(role + ": «n», CPF «c», CNH «h», NASC. «b», RESIDENTE NA «a», FONE «t»\n", n=P(p.capsf), c=(g.cpf(), "BR_CPF"),
                  h=(g.cnh(), "BR_CNH"), b=(g.dob("br", 1958, 2004), "DATE_OF_BIRTH"), a=(g.address("caps"), "ADDRESS"), t=(g.phone("plain"), "PHONE_NUMBER"))
            if role == "CONDUTOR 1":
                doc.f("VEICULO: {v} PLACA «p» (RENAVAM {rv}) + SEMIRREBOQUE PLACA «s» (TRANSPORTANDO O BRINQUEDO {r} DESMONTADO)\n".format(
                    v=veh, r=fold(g.pick(RIDES)).upper(), rv=clean(g, lambda: g.neg(11))),
                      p=(g.plate(), "LICENSE_PLATE"), s=(g.plate(), "LICENSE_PLATE"))
            else:
                doc.f("VEICULO: {v} PLACA «p» RENAVAM {rv}\n".format(v=veh, rv=clean(g, lambda: g.neg(11))), p=(g.plate(), "LICENSE_PLATE"))
        vit = g.person()
        doc.f("VITIMA: «n», PASSAGEIR{o} DO CONDUTOR 2, NASC. «b», ENCAMINHAD{o} AO {h}\n".format(o=vit.o.upper(), h=fold(g.pick(UNITS_SUS)).upper()),
              n=P(vit.capsf), b=(g.dob("br", 1950, 2015), "DATE_OF_BIRTH"))
        doc.t("HISTORICO: SEGUNDO O CONDUTOR 1 O COMBOIO DO PARQUE SEGUIA PARA A PROXIMA CIDADE QUANDO O AUTOMOVEL INVADIU A CONTRAMAO NA CURVA.\n")
    else:
        doc.f("NATUREZA: FURTO (ART. 155 CP)\nLOCAL: PARQUE DE DIVERSOES INSTALADO NA {f}\nDATA DO FATO: {d}\n\n".format(
            f=fold(g.pick(FESTIVALS)).upper(), d=g.date()))
        v = worker(g)
        doc.f("VITIMA/COMUNICANTE: «n», CPF «c», RG «r», NASC. «b», CAIXA DA BILHETERIA, FONE «t»\n", n=P(v.capsf), c=(g.cpf(), "BR_CPF"),
              r=(g.rg(), "BR_RG"), b=(g.dob("br", 1970, 2005), "DATE_OF_BIRTH"), t=(g.phone("plain"), "PHONE_NUMBER"))
        sus = g.person(False)
        doc.f("AUTOR: «n», VULGO «k», NASC. «b», RESIDENTE NA «a»\n", n=P(sus.capsf), k=P(fold(g.pick(CREW_NICK)).upper()),
              b=(g.dob("br", 1985, 2007), "DATE_OF_BIRTH"), a=(g.address("caps"), "ADDRESS"))
        doc.f("HISTORICO: A VITIMA RELATA QUE DURANTE A SANGRIA DO CAIXA O AUTOR SUBTRAIU ENVELOPE COM {v} E A MAQUININHA {a}. "
              "FUGIU NA MOTO PLACA «p».\n".format(v=fold(money(g, 800, 6000)).upper(), a=fold(g.pick(ACQUIRERS)).upper()), p=(g.plate(), "LICENSE_PLATE"))
    t = g.person()
    doc.f("TESTEMUNHA: «n», CPF «c»\n", n=P(t.capsf), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("CONDUTOR DA OCORRENCIA: SD PM «p»   ESCRIVAO: «e»\n", p=P(fold(pm.last).upper() if g.chance(0.5) else pm.capsf), e=P(g.person().capsf))
    else:
        doc.f("CONDUTOR DA OCORRENCIA: SD PM «p» (RE {r})\n".format(r=clean(g, lambda: f"{g.d(6)}-{g.d(1)}")), p=P(fold(pm.last).upper()))
    return doc


def ju_lease(g: Gen) -> Doc:
    """A lease of a private lot for the funfair's season, with payment and witnesses."""
    doc = Doc()
    pk = park(g)
    city, uf = g.city()
    land, owner = g.person(), worker(g, False)
    doc.t("CONTRATO PARTICULAR DE LOCAÇÃO DE TERRENO POR TEMPORADA\n\nLOCADOR(A): ")
    qualify(g, doc, land, email=g.chance(0.4), phone=True, where=(city, uf), rural=0.0)
    doc.f(".\nLOCATÁRIA: {r}, CNPJ «c», representada por ".format(r=pk[2]), c=(g.any_cnpj(), "BR_CNPJ"))
    qualify(g, doc, owner, phone=g.chance(0.5), addr=g.chance(0.6), rural=0.0, job="empresário")
    doc.f(".\n\nCLÁUSULA 1ª — O LOCADOR cede o terreno de sua propriedade situado na «a», {b}, {c}/{u}, CEP «z», matrícula {m} do CRI, "
          "para a instalação do parque de diversões durante a {f}.\n".format(
              b=g.pick(BAIRROS), c=city, u=uf, m=clean(g, lambda: f"{g.ri(1000, 99999)}"), f=g.pick(FESTIVALS)),
          a=(lot_address(g), "ADDRESS"), z=(g.cep(), "BR_CEP"))
    d1, d2 = period(g, 20, 45)
    doc.f("CLÁUSULA 2ª — Prazo: de {a} a {b}, incluídos montagem e desmontagem.\nCLÁUSULA 3ª — Aluguel de {v}, pago metade na assinatura e "
          "metade no último dia, mediante ".format(a=d1, b=d2, v=money(g, 2500, 15000)))
    pay_line(g, doc, land)
    doc.t(".\nCLÁUSULA 4ª — A LOCATÁRIA devolverá o terreno limpo, responde pelo consumo de energia (relógio provisório) e por danos a terceiros "
          "(art. 927 do Código Civil).\nCLÁUSULA 5ª — Foro da comarca de {c}.\n\n{c}, {d}.\n\n".format(c=city, d=g.date("long")))
    if g.chance(0.5):
        doc.f("____________________ «l»\n____________________ «o»\n\nTestemunhas:\n", l=P(land.caps), o=P(owner.caps))
    else:
        doc.t("____________________ LOCADOR(A)\n____________________ LOCATÁRIA\n\nTestemunhas:\n")
    for _ in range(2):
        t = g.person()
        doc.f("1) «n» — CPF «c»\n" if _ == 0 else "2) «n» — CPF «c»\n", n=P(g.pick([t.full, t.short])), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        esign_log(g, doc, [(land, g.email(land)), (owner, g.email(owner))], g.moment())
    return doc


def ju_tac(g: Gen) -> Doc:
    """A conduct adjustment agreement (TAC) with the public prosecutor after a minor was found operating a ride."""
    doc = Doc()
    pk = park(g)
    city, uf = g.city()
    prom, owner, teen = g.person(), worker(g, False), g.person(origin="pt")
    doc.f("MINISTÉRIO PÚBLICO DO ESTADO — {u}\nPROMOTORIA DE JUSTIÇA DA INFÂNCIA E JUVENTUDE DE {c}\nNotícia de Fato nº {n}\n\n"
          "TERMO DE AJUSTAMENTO DE CONDUTA\n\n".format(u=uf, c=city.upper(), n=clean(g, lambda: f"{g.ri(1, 9)}{g.d(3)}.{g.d(4)}.{g.d(7)}/{g.ri(2025, 2026)}")))
    doc.f("O MINISTÉRIO PÚBLICO, pel{a} Promotor{ia} de Justiça «p», e, como COMPROMISSÁRIO, ".format(a="a" if prom.female else "o", ia="a" if prom.female else ""),
          p=P(prom.full))
    qualify(g, doc, owner, phone=True, email=g.chance(0.5), rural=0.0, job="empresário")
    doc.f(", responsável por {r} (CNPJ «c»), assistido por «a», «o»;\n\n".format(r=pk[2]), c=(g.any_cnpj(), "BR_CNPJ"),
          a=P(g.person().full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("CONSIDERANDO que em {d} o Conselho Tutelar {ct} encontrou {oa} adolescente «t», nascid{oa} em «b», operando o brinquedo {r} às "
          "23h40, em violação aos arts. 67 e 149 do ECA (Lei 8.069/1990) e ao art. 7º, XXXIII, da Constituição;\n".format(d=g.date(), r=g.pick(RIDES), oa=teen.o,
                                                                                                  ct=g.pick(["(conselheira «ct»)", "em fiscalização de rotina"])),
          ct=P(g.person(True).full), t=P(g.pick([teen.full, teen.first + " " + teen.last])), b=(g.dob("br", 2008, 2011), "DATE_OF_BIRTH"))
    doc.t("CONSIDERANDO a ABNT NBR 15.926 e a NR-12;\n\nRESOLVEM:\n")
    for i, ob in enumerate(["não admitir menores de 18 anos em qualquer atividade do parque, inclusive bilheteria após as 22h",
                            "manter em cada brinquedo placa com altura mínima, ART de montagem e nome do operador habilitado",
                            "afixar na bilheteria o telefone do Conselho Tutelar e o protocolo de criança perdida",
                            "comprovar, em 10 dias, a matrícula escolar dos filhos dos trabalhadores em idade escolar"], 1):
        doc.t(f"Cláusula {i}ª — {ob};\n")
    doc.f("Multa de {v} por infração, revertida ao Fundo Municipal dos Direitos da Criança. Inquérito civil de referência: {c}.\n\n"
          "{ci}, {d}.\n\n«p»\nPromotor{ia} de Justiça\n\n{o}\nCompromissário\n".format(o=g.pick(["«o»", "(assinatura)"]), v=money(g, 2000, 20000), c=g.cnj(CNJ_SEG.get(uf)),
                                                                                 ci=city, d=g.date("long"), ia="a" if prom.female else ""),
          p=P(prom.caps), o=P(owner.caps))
    return doc


def ju_travel(g: Gen) -> Doc:
    """A travel authorisation for a child travelling with the park (ECA art. 83, Resolução CNJ 295/2019), notarised."""
    doc = Doc()
    pk = park(g)
    city, uf = g.city()
    scan = g.chance(0.4)
    par = g.person()
    kid = g.relative(par)
    comp = worker(g)

    def L(s: str) -> str:
        return ocr_t(s, g, 0.3) if scan else s

    doc.t(L("AUTORIZAÇÃO DE VIAGEM NACIONAL PARA CRIANÇA OU ADOLESCENTE\n(art. 83 da Lei 8.069/1990 e Resolução CNJ nº 295/2019)\n\n"))
    doc.t(L("Eu, "))
    qualify(g, doc, par, phone=True, where=(city, uf), rural=0.0)
    rel = "mãe" if par.female else "pai"
    kd, km, ky = g.dob_parts(2010, 2019)
    mat = clean(g, lambda: f"{g.d(6)} {g.d(2)} {g.d(2)} {ky} {g.d(1)} {g.d(5)} {g.d(3)} {g.d(7)} {g.d(2)}")
    doc.f(L(f", na qualidade de {rel}, AUTORIZO «k», nascid{kid.o} em «d», certidão de nascimento matrícula {mat}, a viajar em companhia de "),
          k=P(kid.caps if scan else g.pick([kid.full, kid.caps])), d=(fmt_date(kd, km, ky, "br"), "DATE_OF_BIRTH"))
    p1, p2 = period(g, 20, 120)
    kin = g.pick(["tia", "avó", "madrinha"]) if comp.female else g.pick(["tio", "avô", "padrinho"])
    cs = ", ".join(c for c, _ in g.sample(CITIES, 3))
    doc.f(L(f"«c», {kin}, RG «r», CPF «cp», telefone «t», funcionári{comp.o} do {pk[0]}, no período de {p1} a {p2}, com destino às "
            f"cidades de {cs}.\n\n"), c=P(comp.full), r=(g.rg(), "BR_RG"), cp=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("{c}, {d}.\n\n________________________\n«s»\n\n".format(c=city, d=g.date("long")), s=P(par.caps))
    esc = g.person()
    selo = clean(g, lambda: f"{g.up(3)}{g.d(5)}-{g.up(2)}")
    escr = g.pick(["«e»", "«e»", "(assinatura ilegível)"])
    doc.f(L(f"CARTÓRIO DO {g.ri(1, 4)}º OFÍCIO DE NOTAS DE {city.upper()} — Reconheço por semelhança a firma de «s». Em testemunho da "
            f"verdade. Selo digital {selo}. Escrevente: {escr}\n"), s=P(par.caps), e=P(esc.full))
    return doc


# ------------------------------------------------------------------ saude

def sa_upa(g: Gen) -> Doc:
    """An emergency unit record of a ride accident."""
    doc = Doc()
    pat = g.person()
    comp = g.relative(pat) if g.chance(0.7) else g.person()
    mom = g.person(True)
    doc_, nurse = g.person(), g.person()
    _, case, cid = g.pick(CASES)
    unit = g.pick(UNITS_SUS)
    city, uf = g.city()
    t = g.moment(hours=(19, 24))
    doc.f("{u} — FICHA DE ATENDIMENTO DE URGÊNCIA   nº {n}   entrada {t}\n\n".format(u=unit.upper(), n=clean(g, lambda: g.d(8)), t=ts(t, "br")))
    fields = [("Paciente", P(g.pick([pat.caps, pat.full]))), ("Nasc.", (g.dob("br", 1990, 2020), "DATE_OF_BIRTH")),
              ("CNS", (g.cns(), "BR_CNS")), ("CPF", (g.cpf(), "BR_CPF") if g.chance(0.8) else V(g.pick(["não informado", g.neg_cpf() + " (inválido no CADSUS)"]))), ("Mãe", P(mom.caps)),
              ("Endereço", (g.address(), "ADDRESS")), ("Município", V(f"{city}/{uf}")), ("CEP", (g.cep(), "BR_CEP")),
              ("Telefone", (g.phone(), "PHONE_NUMBER")), ("Acompanhante", P(pname(g, comp))), ("Tel. acompanhante", (g.phone(), "PHONE_NUMBER"))]
    kv_block(doc, fields, g.pick(["plain", "caps", "dots"]))
    samu = g.chance(0.5)
    doc.f("\nChegada: {m}".format(m="SAMU, USA placa «p»" if samu else "meios próprios"), **({"p": (g.plate(), "LICENSE_PLATE")} if samu else {}))
    doc.f("\nClassificação de risco: {c} (Manchester) — enf. «n» «co»\n".format(c=g.pick(["amarelo", "laranja", "verde"])),
          n=P(g.pick([nurse.short, nurse.full])), co=(g.council("COREN"), "PROFESSIONAL_ID"))
    doc.f("\nHDA: {c} em parque de diversões na {f}. Acompanhante refere que o operador {o}parou o brinquedo logo após. "
          "Nega perda de consciência.\nHD: CID {cid}. Conduta: imobilização, analgesia, RX; orientado retorno em 7 dias.\n".format(
              c=case, f=g.pick(FESTIVALS), cid=cid, o=g.pick(["«o» ", ""])), o=P(g.pick(CREW_NICK)))
    doc.f("\n«d» — «cr»\n", d=P(doc_.full), cr=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_aso(g: Gen) -> Doc:
    """An occupational clinic's batch of ASOs of the park's crew, as CSV or TSV."""
    doc = Doc()
    pk = park(g)
    cli = g.pick(CLINICS)
    med = g.person()
    doc.f("{c} — lote de ASOs — empresa: {r} (CNPJ «cn»)\nmédico coordenador PCMSO: «m» «cr»\n\n".format(c=cli[0], r=pk[2]),
          cn=(g.any_cnpj(), "BR_CNPJ"), m=P(med.full), cr=(g.council("CRM"), "PROFESSIONAL_ID"))
    sep = g.pick([";", ",", "\t"])
    rows = []
    w = g.pick([22, 26, 30])
    for _ in range(g.ri(4, 7)):
        p = worker(g)
        rows.append([P(cut(p.capsf, w)), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.dob(g.pick(["br", "iso"]), 1965, 2006), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER") if g.chance(0.85) else V(""),
                     V(g.pick(["operador de brinquedo", "montador", "eletricista", "bilheteira", "motorista carreta"])),
                     V(g.pick(["admissional", "periódico", "periódico", "retorno ao trabalho", "demissional"])),
                     V(g.pick(["audiometria+ECG+glicemia", "acuidade visual+EEG", "audiometria", "ECG+glicemia+EEG"])),
                     V(g.pick(["apto", "apto", "apto NR-35", "inapto NR-35", "apto c/ restrição"])), V(g.date("iso"))])
    table_csv(doc, ["nome", "cpf", "nascimento", "telefone", "funcao", "tipo", "exames", "resultado", "data"], rows, sep)
    doc.f("\nobs: {x}\n".format(x=g.pick(["inapto NR-35 por hipertensão não controlada, reavaliar em 30 dias",
                                          "2 funcionários faltaram, remarcar", "EEG obrigatório para trabalho em altura"])))
    if g.chance(0.5):
        doc.f("envio por «e»\n", e=(corp_mail(g.person(), cli[1], g), "EMAIL_ADDRESS"))
    return doc


def sa_vacina(g: Gen) -> Doc:
    """A UBS team's vaccination action at the park (itinerant population), as a Markdown or ruled table."""
    doc = Doc()
    pk = park(g)
    ubs = g.pick(UBS)
    nurse = g.person(True)
    acs = [g.person() for _ in range(2)]
    doc.f("{u} — AÇÃO EXTRAMUROS: vacinação no {p} (população itinerante) — {d}\nEquipe: enf. «n» («c»), ACS «a1»\n\n".format(
        u=ubs, p=pk[0], d=g.date()), n=P(nurse.full), c=(g.council("COREN"), "PROFESSIONAL_ID"), a1=P(acs[0].first))
    rows = []
    for _ in range(g.ri(3, 6)):
        adult = g.chance(0.4)
        p = worker(g) if adult else g.person()
        rows.append([P(g.pick([p.full, p.caps])), (g.dob("br", 1960, 2004) if adult else g.dob("br", 2016, 2025), "DATE_OF_BIRTH"),
                     (g.cns(), "BR_CNS") if g.chance(0.75) else (g.cpf(), "BR_CPF"),
                     V(g.pick(["dT", "febre amarela", "tríplice viral", "hepatite B", "influenza"] if adult else
                              ["pentavalente", "VIP", "tríplice viral", "febre amarela", "DTP reforço", "HPV", "meningo C"])),
                     V(g.pick(["D1", "D2", "D3", "REF", "DU"])), V(clean(g, lambda: f"{g.up(2)}{g.d(4)}")),
                     (g.phone("plain"), "PHONE_NUMBER") if g.chance(0.8) else V("-")])
    table_ruled(doc, ["nome", "nasc.", "CNS/CPF", "vacina", "dose", "lote", "contato"], rows, g.pick(["md", "plus", "pipe"]))
    m = g.person(True)
    doc.f("\nObs.: «m», mãe de dois, sem cartão do SUS — feito cadastro provisório com o CPF «c». Caderneta da criança mais nova ficou em {c2}; "
          "pedir 2ª via. Contato: «t».\n".format(c2=g.city()[0]), m=P(m.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_chat(g: Gen) -> Doc:
    """WhatsApp between a park family and the health unit about a child's fever."""
    doc = Doc()
    mom = worker(g, True)
    kid = g.relative(mom)
    ubs = g.pick(UBS)
    med = g.person()
    st = chat_stamp(g)
    t = seq_times(g, 12, g.moment(), 60, 1800)
    sm = sender(g, mom, 0.6)
    su = (ubs, None)
    cl(doc, st(t[0]), sm, "bom dia, sou do parque que ta na {f}. meu filho ta com febre desde ontem e umas manchinha".format(f=g.pick(FESTIVALS).lower()))
    cl(doc, st(t[1]), su, "Bom dia! Qual o nome completo da criança e a data de nascimento?")
    cl(doc, st(t[2]), sm, "«n» «d»", n=P(g.pick([kid.full, lower(kid.full)])), d=(g.dob(g.pick(["br", "nopad", "short"]), 2014, 2023), "DATE_OF_BIRTH"))
    cl(doc, st(t[3]), su, "Tem o cartão do SUS dele?")
    cl(doc, st(t[4]), sm, "«c»", c=(g.cns(), "BR_CNS"))
    cl(doc, st(t[5]), sm, "<Mídia oculta>")
    cl(doc, st(t[6]), su, "Precisamos de um endereço fixo para o cadastro.")
    city, uf = g.city()
    cl(doc, st(t[7]), sm, "aqui a gente ta no terreno atras do barco viking, trailer azul. endereço fixo é «a» em {c}, cep «z»".format(c=city),
       a=(g.address(g.pick(["text", "low"])), "ADDRESS"), z=(g.cep(g.chance(0.6)), "BR_CEP"))
    cl(doc, st(t[8]), su, "Pode trazer às 13h. Hoje quem atende é " + dra(med) + " «m». Traga a caderneta de vacina. Suspeita de dengue a gente faz o teste aqui (CID A90 só após exame).",
       m=P(g.pick([med.last, med.full])))
    cl(doc, st(t[9]), sm, "vou com meu marido «h», o zap dele é «p» caso eu nao atenda", h=P(g.pick([g.person(False).first, lower(g.person(False).first)])),
       p=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    cl(doc, st(t[10]), su, "Combinado. Estamos na {u}, ao lado da quadra.".format(u=ubs))
    cl(doc, st(t[11]), sm, g.pick(["obrigada deus abençoe", "ok obrigada 🙏", "brigada"]))
    return doc


def sa_sinan(g: Gen) -> Doc:
    """A SINAN-style notification of a foodborne illness after the park's food stall, with other people exposed."""
    doc = Doc()
    pk = park(g)
    pat = g.person()
    mom = g.person(True)
    notif = g.person()
    city, uf = g.city()
    dn = g.day()
    bd, bm, by = g.dob_parts(1955, 2018)
    doc.f("SINAN — SISTEMA DE INFORMAÇÃO DE AGRAVOS DE NOTIFICAÇÃO\nFICHA DE NOTIFICAÇÃO   Nº {n}\n".format(n=clean(g, lambda: g.d(7))))
    items = [("1 Tipo de notificação", V("2 - Individual")), ("2 Agravo/doença", V("DOENÇA DIARREICA AGUDA / DTA — CID10 A05.9")),
             ("3 Data da notificação", V(dbr(dn))), ("5 Município de notificação", V(f"{city}/{uf}")),
             ("6 Unidade de saúde", V(g.pick(UNITS_SUS + UBS))), ("7 Data dos primeiros sintomas", V(dbr(dn - datetime.timedelta(days=g.ri(1, 3))))),
             ("8 Nome do paciente", P(pat.caps)), ("9 Data de nascimento", (fmt_date(bd, bm, by, "br"), "DATE_OF_BIRTH")),
             ("10 Idade", V(f"{dn.year - by - ((dn.month, dn.day) < (bm, bd))} A")), ("11 Sexo", V("F" if pat.female else "M")),
             ("15 Número do cartão SUS", (g.cns(), "BR_CNS")), ("16 Nome da mãe", P(mom.caps)),
             ("20 Logradouro, número, complemento", (g.address("caps"), "ADDRESS")), ("22 Bairro", V(g.pick(BAIRROS).upper())),
             ("24 CEP", (g.cep(), "BR_CEP")), ("25 (DDD) Telefone", (g.phone("par"), "PHONE_NUMBER"))]
    for k, v in items:
        doc.f("{k}: «v»\n".format(k=k), v=v)
    doc.f("\nLocal provável de infecção: barraca de {s} do {p} ({f}). Alimento suspeito: {a}.\n".format(
        s=g.pick(["cachorro-quente", "pastel", "churros", "milho verde"]), p=pk[0], f=g.pick(FESTIVALS), a=g.pick(["maionese caseira", "salsicha", "carne moída", "creme de baunilha"])))
    doc.t("Outros expostos (mesmo grupo familiar/vizinhos):\n")
    rows = []
    for _ in range(g.ri(1, 3)):
        o = g.relative(pat) if g.chance(0.5) else g.person()
        rows.append([P(o.full), V(f"{g.ri(2, 75)}"), V(g.pick(["diarreia, vômito", "dor abdominal", "assintomático", "diarreia, febre"])),
                     (g.phone("plain"), "PHONE_NUMBER") if g.chance(0.6) else V("-")])
    table_ruled(doc, ["nome", "idade", "sintomas", "contato"], rows, g.pick(["plain", "plus"]))
    doc.f("\nNotificador: «n» — «c»   Vigilância sanitária comunicada ({e}).\n".format(e=role_mail(g, "saude.gov.br", "vigilancia")),
          n=P(notif.full), c=(g.council(g.pick(["COREN", "CRM"]), uf), "PROFESSIONAL_ID"))
    return doc


def sa_cat_xml(g: Gen) -> Doc:
    """The accountant's e-mail with the eSocial S-2210 (CAT) XML of a montador's accident."""
    doc = Doc()
    pk = park(g)
    w = worker(g, False)
    acc, own, med = g.person(), worker(g, False), g.person()
    case, cid, ext = g.pick(WORK_CASES)
    uf = g.pick(UFS)
    cpf = g.cpf_digits()
    accd = g.pick(["contabilaroeira.com.br", "escritoriobentoamado.cnt.br", "prudentecontabil.com.br"])
    dacc = g.day()
    t = g.moment(dacc + datetime.timedelta(days=g.ri(1, 9)), (8, 19))
    doc.f("De: «a» <«ae»>\nPara: «o» <«oe»>\nData: {d}\nAssunto: CAT transmitida - acidente de {a}\n\n".format(d=mail_date(t), a=dbr(dacc)),
          a=P(acc.full), ae=(corp_mail(acc, accd, g), "EMAIL_ADDRESS"), o=P(own.full), oe=(g.email(own), "EMAIL_ADDRESS"))
    crm_n = g.ri(10000, 259999)
    crm = g.pick([f"CRM/{uf} {crm_n}", f"CRM-{uf} {crm_n}", f"CRM {uf} {crm_n:,}".replace(",", ".")])
    doc.f("«o», boa tarde. Segue o XML do S-2210 do «w» (CPF «c», NIT «n»), acidente de {d} ({c}). Atestado do Dr(a). «m», «cr», CID {cid}. "
          "Recibo {r}. Guarde o atestado por 20 anos.\n\n".format(d=dbr(dacc), c=case, cid=cid, r=clean(g, lambda: f"1.1.{g.d(19)}")),
          o=P(own.first), w=P(w.full), c=(fmt_cpf(cpf), "BR_CPF"), n=(g.pis(), "BR_PIS"), m=P(med.full), cr=(crm, "PROFESSIONAL_ID"))
    doc.t('<?xml version="1.0" encoding="UTF-8"?>\n<eSocial xmlns="http://www.esocial.gov.br/schema/evt/evtCAT/v_S_01_02_00">\n')
    doc.f('  <evtCAT Id="ID1{r}">\n    <ideEvento><indRetif>1</indRetif><tpAmb>1</tpAmb><procEmi>1</procEmi><verProc>{v}</verProc></ideEvento>\n'.format(
        r=clean(g, lambda: g.d(8) + "000000" + g.d(14) + g.d(5)), v=g.pick(["1.0", "CONTAB-3.2", "2.7.1"])))
    doc.f("    <ideEmpregador><tpInsc>1</tpInsc><nrInsc>{n}</nrInsc></ideEmpregador>\n".format(n=clean(g, lambda: g.d(8))))
    doc.f("    <ideVinculo><cpfTrab>«c»</cpfTrab><matricula>{m}</matricula></ideVinculo>\n".format(m=clean(g, lambda: f"PQ{g.d(4)}")),
          c=(cpf, "BR_CPF"))
    doc.f("    <cat><dtAcid>{d}</dtAcid><tpAcid>1</tpAcid><hrAcid>{h}</hrAcid><indCatObito>N</indCatObito><codSitGeradora>{s}</codSitGeradora>\n".format(
        d=dacc.isoformat(), h=f"{g.ri(6, 23):02d}{g.ri(0, 59):02d}", s=clean(g, lambda: g.d(9))))
    doc.f("      <localAcidente><tpLocal>3</tpLocal><dscLocal>{l}</dscLocal></localAcidente>\n".format(
        l=g.pick(["montagem do parque em área pública", "pátio do parque", "rodovia, em trânsito"])))
    doc.f("      <atestado><dtAtendimento>{d}</dtAtendimento><codCID>{c}</codCID><observacao>causa externa {e}</observacao>\n".format(
        d=dacc.isoformat(), c=cid.replace(".", ""), e=ext))
    doc.f("        <emitente><nmEmit>«m»</nmEmit><ideOC>1</ideOC><nrOC>{n}</nrOC><ufOC>{u}</ufOC></emitente>\n".format(n=crm_n, u=uf),
          m=P(med.full.upper() if g.chance(0.5) else med.full))
    doc.t("      </atestado>\n    </cat>\n  </evtCAT>\n</eSocial>\n")
    doc.f("\n«a»\n{o} — tel. «t»\nEmpregador no eSocial: {r}, CNPJ «c»\n".format(o=accd, r=pk[2]), a=P(acc.short),
          t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"), c=(g.cnpj(), "BR_CNPJ"))
    return doc


def sa_samu(g: Gen) -> Doc:
    """A speech-to-text SAMU 192 call from the park and the regulation record."""
    doc = Doc()
    caller, vic = worker(g), g.person()
    reg = g.person()
    ph = g.msisdn()
    dd, mm, yy = g.dob_parts(1995, 2016)
    _, case, cid = g.pick(CASES)
    doc.f("samu 192 - central de regulacao - transcricao da chamada {n}\n".format(n=proto(g)))
    doc.f("tarm: samu qual a emergencia\nsolicitante: moça aqui é do parque de diversões da {f} teve um acidente no brinquedo\n".format(f=fold(g.pick(FESTIVALS)).lower()))
    doc.f("tarm: qual o endereco\nsolicitante: é na praça da matriz do lado da igreja pode entrar pelo portão do estacionamento\n")
    doc.f("tarm: seu nome e telefone\nsolicitante: «n» o telefone é «p»\n", n=P(lower(g.pick([caller.full, caller.first]))),
          p=(g.fmt_phone(ph[0], ph[1], "stt") if g.chance(0.5) else spoken_digits(ph[0] + ph[1], g), "PHONE_NUMBER"))
    spoken = g.pick([f"{dd} do {mm} de {yy}", f"{dd} de {MONTHS[mm - 1]} de {yy}", f"{dd:02d} {mm:02d} {yy % 100:02d}"])
    doc.f("tarm: nome da vitima e idade\nsolicitante: «v» nasceu {dia}«d» se nao me engano\n".format(dia=g.pick(["dia ", "", "em "])),
          v=P(lower(vic.full)), d=(spoken, "DATE_OF_BIRTH"))
    doc.f("tarm: {el} ta acordad{o} respira normal\nsolicitante: ta acordad{o} sim, {c}\n".format(el="ela" if vic.female else "ele", o=vic.o, c=case))
    doc.f("tarm: vou passar pro medico regulador nao desliga\nmedico: boa noite aqui é o doutor «r»\n\n", r=P(lower(reg.last)))
    doc.f("REGISTRO DE REGULAÇÃO\nSolicitante: «n» — «p»\nVítima: «v», nasc. «d», CNS «s»\nResidência da vítima: «a», CEP «z»\nHipótese: {c} (CID {cid})\n".format(c=case, cid=cid),
          n=P(caller.full), p=(g.fmt_phone(ph[0], ph[1], "par"), "PHONE_NUMBER"), v=P(vic.full), d=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"),
          s=(g.cns(), "BR_CNS") if g.chance(0.6) else V("não informado"), a=(g.address(), "ADDRESS"), z=(g.cep(), "BR_CEP"))
    doc.f("Recurso: {u} placa «pl» → {h}\nMédico regulador: «r» «cr»\n".format(u=g.pick(["USB 03", "USA 01", "USB 07"]), h=g.pick(UNITS_SUS)),
          pl=(g.plate(), "LICENSE_PLATE"), r=P(reg.full), cr=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


# ------------------------------------------------------------------ financeiro

def fi_bilheteria(g: Gen) -> Doc:
    """The box office's fixed-width daily report with cashiers, the cash pick-up and the Pix credits."""
    doc = Doc()
    pk = park(g)
    city, uf = g.city()
    cashiers = [worker(g, True), worker(g)]
    owner = worker(g, False)
    doc.f("{p} — BOLETIM DIÁRIO DE BILHETERIA — {c}/{u} — {d}\n\n".format(p=pk[0].upper(), c=city, u=uf, d=g.date()))
    rows = []
    for r in g.sample(RIDES, g.ri(5, 7)):
        q = g.ri(40, 600)
        op = worker(g)
        rows.append([V(r), V(str(q)), V(money(g, 5, 15)), P(nick_of(g, op)) if g.chance(0.2) else V(f"op. {g.ri(1, 30):02d}")])
    table_ruled(doc, ["brinquedo", "fichas", "valor ficha", "operador"], rows, g.pick(["plain", "pipe", "psql"]))
    if g.chance(0.5):
        doc.f("\nCaixa 1: «a» ({l1})   Caixa 2: «b» ({l2})\n".format(l1=login(cashiers[0], g), l2=login(cashiers[1], g)),
              a=P(cashiers[0].short), b=P(cashiers[1].first))
    else:
        doc.f("\nCaixa 1: {l1}   Caixa 2: {l2}\n".format(l1=login(cashiers[0], g), l2=login(cashiers[1], g)))
    doc.f("Dinheiro {a} | débito {b} | crédito {c} | Pix {d} | {q} (maquininhas {t1} e {t2})\n".format(
        a=money(g, 1000, 9000), b=money(g, 500, 5000), c=money(g, 500, 6000), d=money(g, 800, 7000), q=g.pick(ACQUIRERS),
        t1=clean(g, lambda: f"TID{g.d(6)}"), t2=clean(g, lambda: f"TID{g.d(6)}")))
    doc.f("Sangria 21h30 recolhida por «o», conferida pelo caixa 1.\n\nPIX RECEBIDOS (extrato do app)\n", o=P(g.pick([owner.full, owner.first])))
    w = 22
    for _ in range(g.ri(1, 3)):
        p = g.person()
        masked = f"***.{g.d(3)}.{g.d(3)}-**"
        doc.t(f"{g.ri(18, 23):02d}:{g.ri(0, 59):02d}  ")
        doc.cell(cut(p.capsf, w), w, "PERSON")
        doc.t(f"  {masked}  " + money(g, 10, 120).rjust(10) + "\n")
    v = worker(g)
    doc.f("\nVale pago no caixa a «n», Pix chave aleatória «k», {m}\n".format(m=money(g, 50, 400)), n=P(nick_of(g, v)), k=(g.uuid(), "PIX_KEY"))
    doc.f("Troca de nota falsa: cliente apresentou CPF «c», placa do carro «p» anotada pela segurança.\n", c=(g.cpf(), "BR_CPF"),
          p=(g.plate(), "LICENSE_PLATE")) if g.chance(0.5) else None
    if g.chance(0.6):
        doc.f("Estorno pedido por cliente (cobrança dupla na {a}): CPF «c», tel. «t», devolver por Pix no próprio CPF.\n".format(a=g.pick(ACQUIRERS)),
              c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    doc.t("\nObs: a barraca da Flor de Maio (churros) pagou a taxa de piso da semana. " + g.pick(["Chuva às 22h, fechamos cedo.", "Movimento bom.", "Faltou troco."]) + "\n")
    return doc


def fi_vales(g: Gen) -> Doc:
    """The weekly advances (vales) and daily wages of the crew, paid by Pix: CSV or TSV."""
    doc = Doc()
    pk = park(g)
    mgr = worker(g)
    doc.f("{p} — vales e diárias semana {w}\nresponsável: «m»\n\n".format(p=pk[0], w=g.ri(1, 52)), m=P(mgr.full))
    sep = g.pick([";", ",", "\t"])
    rows = []
    nickcol = g.chance(0.15)
    for _ in range(g.ri(4, 7)):
        p = worker(g)
        cpf = g.cpf()
        bad = g.chance(0.12)
        kind, key = pix_key(g, p, cpf)
        row = [P(nick_of(g, p))] if nickcol else []
        rows.append(row + [P(g.pick([p.full, p.caps, p.short])), V(g.neg_cpf()) if bad else (cpf, "BR_CPF"),
                           (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"), V(kind), key,
                           V(str(g.ri(4, 7))), V(brl(g.ri(300, 1400))), V("CONFERIR CPF" if bad else g.pick(["", "", "desc. adiantamento", "pago", "ok"]))])
    table_csv(doc, (["apelido"] if nickcol else []) + ["nome", "cpf", "celular", "tipo_chave", "chave_pix", "diarias", "valor", "obs"], rows, sep)
    doc.t("\ntotal conferido. vale do " + g.pick(["dono do bate-bate", "pessoal da barraca"]) + " separado.\n")
    return doc


def fi_seguro(g: Gen) -> Doc:
    """A civil-liability insurance proposal for the rides, with the owner's data and payment."""
    doc = Doc()
    pk = park(g)
    own, brk = worker(g, False), g.person()
    ins = g.pick(INSURERS)
    doc.f("{i} — PROPOSTA DE SEGURO DE RESPONSABILIDADE CIVIL — DIVERSÕES ITINERANTES\nProposta {n}   Corretor(a): «b» (SUSEP {s})\n\n".format(
        i=ins.upper(), n=clean(g, lambda: g.neg(11)), s=clean(g, lambda: g.d(9))), b=P(brk.full))
    fields = [("Proponente", V(pk[2])), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Responsável", P(g.pick([own.full, own.caps]))),
              ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("Nascimento", (g.dob("br", 1955, 1995), "DATE_OF_BIRTH")),
              ("E-mail", (g.email(own), "EMAIL_ADDRESS")), ("Celular", (g.phone(), "PHONE_NUMBER")),
              ("Telefone recado", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("Endereço de correspondência", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    kv_block(doc, fields, g.pick(["box", "dots", "plain"]))
    doc.t("\nEquipamentos cobertos:\n")
    rows = []
    for r in g.sample(RIDES, g.ri(3, 5)):
        rows.append([V(r), V(g.pick(["Tecnopark", "Metalúrgica Giro Alegre", "fabricação própria", "Parques Aurora Ind.", "importado"])),
                     V(clean(g, lambda: f"SN {g.up(2)}-{g.d(5)}")), V(str(g.ri(1995, 2024))), V(money(g, 60000, 900000))])
    table_ruled(doc, ["brinquedo", "fabricante", "série", "ano", "LMI"], rows, g.pick(["plain", "plus", "md"]))
    doc.t("\nPagamento do prêmio de " + money(g, 4000, 30000) + ": ")
    if g.chance(0.5):
        doc.f("cartão de crédito «c», validade {v}, em {n}x\n".format(v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}", n=g.ri(2, 10)), c=(g.card(g.chance(0.6)), "CREDIT_CARD"))
    else:
        doc.f("débito em conta — {b}, agência «a», conta corrente «c», titular o responsável\n".format(b=bank(g)),
              a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.f("Assinatura eletrônica do proponente em {t}, IP «ip»\n".format(t=ts(g.moment(), "brs")), ip=(g.ip(), "IP_ADDRESS"))
    return doc


def fi_recibo(g: Gen) -> Doc:
    """A receipt with the amount in words (lot rent, a used ride, truck freight)."""
    doc = Doc()
    pk = park(g)
    payee, payer = g.person(), worker(g, False)
    v = g.ri(800, 48000) + g.pick([0, 0, 0.5])
    what = g.pick([f"aluguel do terreno para a {g.pick(FESTIVALS)}", f"venda do brinquedo {g.pick(RIDES)} usado, no estado em que se encontra",
                   "frete da carreta com o carrossel desmontado", f"conserto do motor do {g.pick(RIDES)}"])
    city, uf = g.city()
    doc.f("RECIBO                                   {v}\n\n".format(v="R$ " + brl(v)))
    doc.f("Recebi de «p», CPF «pc», responsável pelo {k}, a importância de {v} ({e}), referente a {w}.\n".format(
        k=pk[0], v="R$ " + brl(v), e=extenso(v), w=what), p=P(g.pick([payer.full, payer.caps])), pc=(g.cpf(), "BR_CPF"))
    doc.t("Pagamento por ")
    pcpf = g.cpf()
    pay_line(g, doc, payee, pcpf)
    doc.t(".\n\n")
    doc.f("Para clareza firmo o presente. {c}/{u}, {d}.\n\n____________________________\n«n»\nCPF «c»  RG «r»\nEnd.: «a»  CEP «z»\nTel.: «t»\n".format(
        c=city, u=uf, d=g.date("long")), n=P(payee.caps), c=(pcpf, "BR_CPF"), r=(g.rg(), "BR_RG"), a=(g.address(), "ADDRESS"),
          z=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        t = g.person()
        doc.f("Testemunha: «n», CPF «c»\n", n=P(t.full), c=(g.cpf(), "BR_CPF"))
    return doc


def fi_jsonl(g: Gen) -> Doc:
    """The online ticket platform's export of passport-wristband orders, as JSON lines."""
    doc = Doc()
    pk = park(g)
    plat = g.pick(TICKETS)
    doc.f("# export {p} — evento \"{k} — {f}\" — pedidos {d} (jsonl)\n".format(p=plat[0], k=pk[0], f=g.pick(FESTIVALS), d=g.date("iso")))
    for _ in range(g.ri(5, 7)):
        c = g.person()
        rec = {"pedido": clean(g, lambda: g.pick([f"{g.up(2)}{g.d(6)}", g.neg(11)])), "comprador": P(g.pick([c.full, c.caps, lower(c.full)])),
               "email": (g.email(c), "EMAIL_ADDRESS"), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
               "telefone": (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"), "ip": (g.ip(), "IP_ADDRESS")}
        if g.chance(0.5):
            k = g.relative(c)
            rec["meia_entrada"] = {"beneficiario": P(k.full), "nascimento": (g.dob("iso", 2011, 2021), "DATE_OF_BIRTH")}
        rec["itens"] = [{"tipo": g.pick(["passaporte ilimitado", "combo 10 fichas", "pulseira kids"]), "qtd": g.ri(1, 4), "valor": g.ri(30, 160)}]
        met = g.pick(["cartao", "cartao", "pix"])
        rec["pagamento"] = {"metodo": met, "cartao": g.masked_card() if met == "cartao" else None,
                            "status": g.pick(["aprovado", "aprovado", "estornado", "recusado", "recusado"])}
        if met == "cartao" and rec["pagamento"]["status"] == "recusado":
            rec["obs_cliente"] = ("tentei com o cartao " + "CARDHOLE" + " e nao foi", None)
        line = Doc()
        jval(line, rec, None)
        if "CARDHOLE" in line.text:
            i = line.text.index("CARDHOLE")
            card = g.card(g.chance(0.5))
            line.text = line.text[:i] + card + line.text[i + len("CARDHOLE"):]
            for s in line.spans:
                if s["start"] > i:
                    s["start"] += len(card) - len("CARDHOLE")
                    s["end"] += len(card) - len("CARDHOLE")
            line.spans.append({"start": i, "end": i + len(card), "label": "CREDIT_CARD"})
        base = len(doc.text)
        doc.text += line.text + "\n"
        for s in line.spans:
            doc.spans.append({"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]})
    return doc


def fi_extrato(g: Gen) -> Doc:
    """The owner's personal account statement used for the park (fixed width, payer names cut)."""
    doc = Doc()
    own = worker(g, False)
    b = bank(g)
    start = g.day()
    days = sorted(g.ri(0, 29) for _ in range(g.ri(7, 11)))
    end = start + datetime.timedelta(days=30)
    doc.f("{b} — EXTRATO DE CONTA CORRENTE\nTitular: «n»   CPF «c»\nAgência «a»   Conta «k»\nPeríodo: {d1} a {d2}\n\n".format(
        b=b.upper(), d1=dbr(start), d2=dbr(end)), n=P(own.capsf), c=(g.cpf(), "BR_CPF"), a=(g.agency(), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"))
    doc.t("DATA   HISTÓRICO" + " " * 48 + "VALOR\n")
    for off in days:
        d = start + datetime.timedelta(days=off)
        kind = g.pick(["pixin", "pixin", "pixout", "pixkey", "pixkey", "maq", "tarifa", "ted", "ted"])
        line0 = len(doc.text)
        doc.t(d.strftime("%d/%m") + "  ")
        if kind in ("pixin", "pixout", "ted"):
            p = g.person()
            pre = {"pixin": "PIX REC ", "pixout": "PIX ENV ", "ted": "TED "}[kind]
            doc.t(pre)
            if kind == "ted":
                doc.f("AG «a» CC «c» ", a=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
            doc.e(cut(p.capsf, 24), "PERSON")
        elif kind == "pixkey":
            doc.t("PIX ENV CHAVE ")
            doc.e(g.uuid(), "PIX_KEY")
        elif kind == "maq":
            doc.t(f"CRED MAQ {fold(g.pick(ACQUIRERS)).upper()}")
        else:
            doc.t("TARIFA PACOTE SERVICOS")
        doc.t(" " * max(1, 57 - (len(doc.text) - line0)))
        v = money(g, 20, 9000)
        doc.t(("-" if kind in ("pixout", "pixkey", "tarifa") else " ") + v.rjust(13) + "\n")
    mgr = g.person()
    doc.f("\nSALDO DISPONÍVEL {s}\nGerente: {gg}«e»\n".format(s=money(g, 100, 40000), gg=g.pick(["«g» — ", ""])), g=P(mgr.full),
          e=(corp_mail(mgr, g.pick(["bancoaurora.com.br", "cooperativaleal.coop.br"]), g), "EMAIL_ADDRESS"))
    return doc


def fi_credito(g: Gen) -> Doc:
    """A microcredit application of a food-stall owner who travels with the park."""
    doc = Doc()
    c = worker(g, g.chance(0.6))
    sp = g.person(not c.female)
    agent = g.person()
    pk = park(g)
    style = g.pick(["box", "dots", "caps", "plain"])
    doc.f("BANCO DO POVO {u} — MICROCRÉDITO PRODUTIVO ORIENTADO\nFicha cadastral — agente de crédito «a»\n\n".format(u=g.pick(["AURORA", "LEÃO DO NORTE", "PRUDENTE"])),
          a=P(agent.full))
    fields = [("Nome", P(c.caps)), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("Nascimento", (g.dob("br", 1960, 2002), "DATE_OF_BIRTH")),
              ("NIS", (g.pis(), "BR_PIS")), ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.5) else V("-")), ("Celular", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(c), "EMAIL_ADDRESS")),
              ("Endereço fixo", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
              ("Atividade", V(f"barraca de {g.pick(STALLS)} no {pk[0]}")), ("Faturamento mensal", V(money(g, 2000, 12000))),
              ("Cônjuge", P(sp.full)), ("CPF cônjuge", (g.cpf(), "BR_CPF")), ("Banco", V(bank(g))), ("Agência", (g.agency(), "BANK_ACCOUNT")),
              ("Conta", (g.account(), "BANK_ACCOUNT"))]
    kv_block(doc, fields, style)
    doc.t("\nReferências pessoais:\n")
    for _ in range(2):
        r = g.person()
        doc.f("- «n» ({k}) «t»\n".format(k=g.pick(["vizinha", "irmã", "cunhada", "comadre"] if r.female else ["vizinho", "irmão", "dono do parque", "compadre"])),
              n=P(g.pick([r.full, r.short])),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\nValor pretendido: {v} em {n} parcelas, para {f}.\nParecer do agente: cliente itinerante, usa endereço fixo da mãe; "
          "aprovar com aval.\n".format(v=money(g, 1500, 15000), n=g.pick([6, 10, 12, 18]),
                                         f=g.pick(["trocar o carrinho de pipoca", "comprar gerador", "estoque de brindes", "consertar o trailer"])))
    return doc


AT = [at_group, at_lost, at_call, at_school, at_vcf, at_ocr_form, at_noise]
JU = [ju_petition, ju_permit, ju_labour, ju_bo, ju_lease, ju_tac, ju_travel]
SA = [sa_upa, sa_aso, sa_vacina, sa_chat, sa_sinan, sa_cat_xml, sa_samu]
FI = [fi_bilheteria, fi_vales, fi_seguro, fi_recibo, fi_jsonl, fi_extrato, fi_credito]

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
    print("hundredthirtyfifth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
