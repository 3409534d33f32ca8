"""Build the hundred-and-twenty-third labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredtwentythird_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 12323, 280 records: 4 domains x 7 templates x 10 copies.

Register: ORCHESTRAS, MUSIC SCHOOLS, CHOIRS AND FREELANCE MUSICIANS -- symphony, chamber and youth
orchestras and wind bands run by foundations, associations and social organisations, music schools
and conservatoires (enrolment, tuition, instrument loans), community, church and company choirs,
freelance musicians (extras and substitutes, bar and wedding gigs, tours), luthiers and brass
workshops, the Ordem dos Músicos do Brasil and the musicians' unions, authors' societies and the
royalties the collecting office distributes, occupational health of musicians (noise-induced hearing
loss and audiometry, repetitive strain injuries and physiotherapy, singers' voice disorders, ASOs and
CATs), orchestra musicians' labour claims, municipal culture grants (PNAB, Lei Paulo Gustavo). Every
orchestra, foundation, school, choir, band, workshop, producer, bar, society, publisher, clinic,
venue, song, bus company and bot is invented (Orquestra Sinfônica Municipal Aurora Prudente,
Orquestra Filarmônica Rosa dos Ventos, Orquestra de Câmara Bento Viola, Orquestra Jovem Celeste Amado,
Orquestra Sinfônica do Vale da Luz, Banda Sinfônica Leão do Norte; Escola de Música Flor do Ipê,
Conservatório Musical Glória Tinoco, Instituto de Música Clave de Sol, Espaço Choro & Prosa, Projeto
Sopro Novo...; Coral Vozes da Luz, Madrigal Serena, Coral Canto da Aurora...; Luthieria Leão Branco,
Oficina de Cordas Viola & Arco, Casa do Cavaquinho Prudente...; Palco Aurora Produções, Bento & Lira
Eventos...; Bar Viola de Ouro, Buffet Bento Festas, Espaço Rosa Branca...; the societies ABAIA,
SOCOCEL, UAMBV; Sala de Concertos Aurora Prudente, Teatro Municipal Bento Ribas...; the songs "Valsa
para Luz", "Choro do Bento", "Aurora em Ré", "Baião Prudente", "Modinha do Amado"...; the groups Trio
Forró Prudente, Quarteto de Cordas Bento Viola, Banda Celeste Amado...; Clínica do Músico Bento Sereno,
Audiocentro Celeste, OcupaSom, Fisio Arco & Movimento, Instituto da Voz Aurora; the bots Clavinha,
Notinha, Aurora, Maestrinho, Solzinho), and so is every person.
Layouts: WhatsApp exports (Android and iOS stamps, senders by name, nickname or number, "Você", the
school as a party, a lower-case choir group with "X adicionou Y", a transcribed audio, an OCR'd sick
note inside the chat), speech-to-text calls (lower case; CPF, phone, CEP, birth date and the OMB
number dictated in groups or words, "meia" for six, "ponto" and "traco" read out) with the typed
record, online forms ("Campo: valor", dotted leaders, ruled boxes, CAPS labels), e-mail threads with
two levels of quoted replies and X-Originating-IP, a JSON support ticket, spreadsheets pasted as text
(tab, semicolon, comma and pipe separated; first_name/last_name split sometimes), +---+ / psql /
pipe / Markdown / blank-aligned tables, a fixed-width passenger list with names cut at the width, a
stage-door logbook (capitals or not, "[ilegível]", "(rasurado)"), a luthier's notebook cash book,
OCR'd audiometry reports and police reports (the usual misreadings, names included), a CAT in
capitals, contracts, notices, terms, petitions and hearing minutes, e-signature logs.
- atendimento: (0) a parent enrolling a child at a music school by WhatsApp (the teacher, the
  child's birth date, the guardian's CPF mistyped and corrected sometimes, e-mail, address, CEP, the
  school's random Pix key or CNPJ, an instrument to rent, the other parent's phone, a sibling's birth
  date, a card number typed for the recurring fee); (1) an audition sign-up form of an orchestra or a
  choir (birth date, CPF, RG, OMB or "não possui", mobile, e-mail, address, CEP; a minor's guardian;
  the emergency contact; the acceptance IP; the panel: conductor, concertmaster, section leader); (2) a
  speech-to-text call to the OMB's regional council or a musicians' union (name, stage name, OMB
  number, CPF, birth date, phone, address and CEP spoken; a band mate's CPF) and the typed record; (3)
  an e-mail thread with a luthier's workshop (the estimate with order and serial numbers unlabelled,
  CPF for the invoice, a card number sometimes, delivery address, CEP and phone, the workshop's random
  Pix key or CNPJ, the teacher who recommended it, the instrument's insurance); (4) a choir's WhatsApp
  group (the bus list for the ANTT and the insurance: names, CPF, RG, birth dates; a spouse's CPF;
  the treasurer's key; the bus's plate and driver; a member added; a new number and the old one);
  (5) a music-lessons marketplace's support ticket as JSON (the student's CPF, e-mail, phone,
  address, CEP, sometimes birth date; the freelance teacher's CPF, OMB, random Pix key or agency and
  account; login IPs with a private test IP unlabelled; a masked card; the attendant and the N2
  analyst or a login); (6) a concert hall's stage-door logbook (musicians with their cases, the
  harpist's van, the piano tuner's RG and phone, the timpani truck's plate and driver's CNH, a wallet
  with RG and CPF, a soloist's relative, a car in the conductor's space, the doormen).
- juridico: (0) a freelance musician's tour contract (the producer's CNPJ and partner, the musician
  qualified with stage name and OMB, sometimes the MEI, the fee to an agency and account or a random
  Pix key, the tour manager's phone, witnesses with CPF and RG, an e-signature log); (1) an
  instrument-loan (comodato) term (the foundation's or school's CNPJ and president, the minor student
  with birth date and CPF, the guardian qualified, the instrument's serial and the policy unlabelled,
  the teacher's OMB, witnesses); (2) an orchestra musician's labour claim over a forced MEI (PIS,
  título, birth date, OMB, CTPS unlabelled, the foundation's and the city's CNPJ, the MEI's CNPJ,
  the conductor and the inspector, the account, the payments table, the physician's CRM, colleagues as
  witnesses, lawyers); (3) an extrajudicial notice by a composer or by the estate's executor to a
  publisher or producer (the composer qualified with pen name, co-authors, ISWC, ISRC and holder codes
  unlabelled, the account, lawyers); (4) a municipal culture grant's term of execution (the city's
  CNPJ, the secretary, the cultural agent qualified, the project's own account, the technical crew
  with CPF or masked CPF, the analyst or login, an e-signature log); (5) a police report in capitals,
  OCR'd in some copies (instruments stolen from a car after a gig: the victim with stage name, birth
  date, RG, CPF, address, CEP, phone, the car's plate, the Renavam unlabelled, serials unlabelled, the
  bar's owner, the band mate, a suspect by nickname, military police with RE unlabelled, the
  delegado, the clerk); (6) hearing minutes (labour court or small claims) over unpaid gig fees (the
  judge or conciliator, the musician's CPF, OMB, address and CEP sometimes, the company's CNPJ and
  representative's CPF, lawyers with OAB, the manager, the settlement to a random key or an account).
- saude: (0) an occupational audiometry report, OCR'd in some copies (the clinic's and the
  foundation's CNPJ, birth date, CPF, RG, NIT, phone, thresholds, ICD-10, the speech therapist's
  CRFa, the physician's CRM, HR's corporate e-mail); (1) a periodic ASO (CPF, birth date, RG, NIT, the
  speech therapist's CRFa, the examiner's and the PCMSO coordinator's CRM) and a section's ASO control
  sheet ("SURNAME, GIVEN" sometimes, CPF or masked CPF, birth dates); (2) a physiotherapy record for a
  repetitive strain injury (birth date, CPF, CNS, health-plan card unlabelled, phones, e-mail,
  address, CEP, the orthopaedist's CRM, the physiotherapist's CREFITO, HR's corporate e-mail); (3) a
  musician and the orchestra's inspector by WhatsApp (a transcribed audio with the CPF in words or
  groups, the OCR'd sick note with the physician's CRM, a substitute with phone and OMB, the
  substitute's Pix key of any kind, the clinic's phone); (4) a CAT in capitals for an occupational
  disease (the employer's CNPJ, the worker, mother, birth date, NIT, RG, CPF, address, CEP, phone,
  OMB, witnesses, the physician's CRM, the issuer's phone or corporate e-mail); (5) an ENT and
  speech-therapy record of a choir singer (birth date, CPF, CNS, RG, phone, e-mail, address, CEP, the
  ENT's CRM, the speech therapist's CRFa, the conductor's corporate e-mail); (6) a musicians' health
  drive pasted from a spreadsheet (birth dates, CNS or CPF, phones; the speech therapist's CRFa, the
  nurse's COREN, the union's contact).
- financeiro: (0) a freelance musician's RPA (the payer's CNPJ, CPF, PIS/NIT, RG, OMB, birth date,
  address, CEP, phone; INSS, ISS, IRRF; the account or a Pix key of any kind; the month's RPA register
  with names, "SURNAME, GIVEN", CPF and NIT; the accountant's CRC); (1) a music school's tuition sheet
  (students, guardians, CPF, phones, e-mails) and the collection message (the school's random Pix key,
  the secretary, the reply with an e-mail or a new phone); (2) a composer's royalty statement (holder,
  pen name, CPF, NIT, address, CEP, e-mail, phone, holder code, ISWC and retained-credit numbers
  unlabelled, co-authors cut at the width, the account, the analyst); (3) a tour's passenger list
  for the chartered bus and the per diem sheet in fixed width (the bus company's CNPJ, the plate, the
  drivers' CNH, names cut at the width, RG or CPF, birth dates, Pix keys of any kind, the tour
  manager's phone); (4) a culture grant's financial report (the proponent's CPF or the association's
  CNPJ and its representative's CPF, the project's account, suppliers with CNPJ, musicians with CPF,
  invoice, RPA and GRU numbers unlabelled, the accountant's CRC, the analyst or login); (5) a band
  leader charging a hotel, bar or buffet for unpaid fees by e-mail (X-Originating-IP, the company's
  CNPJ, the partner's e-mail and CPF, the lawyer copied, the account or the band's random Pix key, the
  musicians' CPF and OMB); (6) a luthier's notebook cash book (the workshop's random key, customers by
  nickname and phone, a card read out on the phone, an orchestra's contact, a used instrument sold to a
  buyer with CPF, address and CEP, the card slip with masked card, NSU and AUT, the courier's plate, a
  refund to a CPF key, a new phone, a supplier's CNPJ).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Sra.", "Dr.", "Dra.", "prof.", "profa.", "seu", "dona", "maestro", "maestrina", "spalla", "mestre",
"porteiro", "SD PM", "CB PM", "DELEGADA"; particles and suffixes are inside; "SURNAME, GIVEN" is one
span; first names, nicknames, lower case, ALL CAPS and OCR-damaged forms are persons, and so are
names cut at a fixed width, as they stand; first_name/last_name columns are one span each. Staff
named in the text are persons (secretaries, teachers, conductors, concertmasters, inspectors,
luthiers, producers, tour managers, attendants, analysts, doormen, drivers, couriers, physicians,
speech therapists, physiotherapists, nurses, accountants, lawyers, judges, conciliators, clerks,
police officers, delegados), and so are musicians, students, guardians, relatives, composers,
co-authors, witnesses and suspects; logins, bots and system accounts are not. Corporate e-mails of
people are EMAIL_ADDRESS; role mailboxes (secretaria@, matriculas@, oficina@, orcamentos@, rh@, dp@,
sesmt@, distribuicao@, direitos@, juridico@, saude@...) are not labelled. ADDRESS is a person's street
+ number + complement (lower-case, abbreviated and spoken forms included); the seats of companies,
foundations and venues are not labelled; the CEP is BR_CEP. Agency and account are separate
BANK_ACCOUNT spans, whoever holds them (a musician, a composer, the project's own account, a lawyer);
bank codes are not labelled. PIX_KEY only for random keys (schools', workshops', bands' and
treasurers' keys included); a key that is a CPF, CNPJ, phone or e-mail takes that label.
DATE_OF_BIRTH only for births (spoken ones included); ages, rehearsal, concert, exam, diagnosis,
hearing, tour, due and payment dates are not. Masked CPFs and masked cards are not labelled;
identifiers read out in groups or in words are labelled like their digits.
Decisions of this set:
- OMB: the registration at the Ordem dos Músicos do Brasil is PROFESSIONAL_ID, always written with
  "OMB" and the UF ("OMB/SP 12.345", "OMB-RJ 4567", "OMB nº 23.456/MG", "OMB/PR nº 87023", "OMB BA
  081244"); a transcript's "omb pi 27 mil 689" is labelled whole, acronym and words included.
  PROFESSIONAL_ID also covers CRM, COREN, OAB, CRC, CRFa (speech therapists, "CRFa 2-12345", "CRFa 4ª
  Região nº 19143") and CREFITO ("CREFITO-3/123456-F"), with the acronym and the UF or region.
- Stage names and nicknames of musicians are PERSON, one span, instrument words included ("Zé do
  Cavaco", "Bira do Bandolim", "Nanã Soprano", "Dudu Trombone", "Zefa do Coral"), and so is a
  suspect's nickname in a police report ("NEGUINHO DA PRAÇA"). Orchestras, choirs, schools, bands,
  workshops, societies, venues and songs are never persons, even when they hold a name or a name-word
  ("Orquestra de Câmara Bento Viola", "Conservatório Musical Glória Tinoco", "Choro do Bento", "Valsa
  para Luz"). A MEI's company name is the 8-digit root of its CNPJ followed by the owner's name: the
  name is PERSON, the root is text.
- NIT, PIS and the NIT on an RPA or a CAT are one number: BR_PIS. A full card number typed in a chat,
  an e-mail or a notebook is CREDIT_CARD.
- NOT labelled: RPA, contract, comodato, term, order, ticket and protocol numbers (protocols dictated
  in pairs too), instrument serial numbers, insurance policies, ISWC and ISRC codes, rights-holder
  codes and retained-credit numbers, edital, SEI and administrative process numbers, matrículas,
  police RE numbers, the Renavam (11 digits drawn to fail every check), CTPS, CNAE and CBO codes,
  health-plan card numbers, GRU/DAM numbers, NSU and AUT codes, audiogram thresholds, ICD-10 codes,
  CNJ numbers, e-signature envelope ids, payment links.
- LICENSE_PLATE: every plate is labelled (buses, vans, trucks, cars, couriers' motorbikes), old and
  Mercosul forms; the script checks that no plate-shaped token stands outside the spans.
- A chat sender by name or nickname is PERSON, by number PHONE_NUMBER; "Você", the school and the
  bots are not labelled. Public IPs are labelled; a private test IP in an export is not.

Names: Brazilian names of many origins (Portuguese common, north-eastern and old-fashioned, coined,
Italian band masters, German, Jewish, Armenian, Ukrainian, Japanese, Korean and Chinese conservatoire
families, Cuban and Venezuelan orchestra players, Angolan, Haitian, Paraguayan, indigenous),
rare or invented name words well above a quarter (main() prints the share; nicknames count only by
their coined pet-name words). Names that are also words (Rosa, Luz, Flor, Aurora, Vitória, Celeste,
Glória, Esperança, Melodia, Harmonia, Lira, Serena, Estrela, Bento, Prudente, Amado, Branco, Justo,
Sereno, and surnames that are instruments or words: Viola, Campana, Trombetta, Sinos) are names here
and, elsewhere, words, instruments, ensembles, venues, songs, bots and places, not persons ("a viola
caipira do acervo", "foi uma vitória fechar a temporada", "seria prudente afinar o piano", "a luz da
estante", "a harmonia do segundo movimento", "a lira da banda marcial", "Sala de Concertos Aurora
Prudente", "Banda Celeste Amado", "Rua Bento Gonçalves", "Presidente Prudente", the bot Aurora).

Hard negatives: CNJ numbers, mistyped CPFs (checked to fail), Renavam numbers, order, ticket and
protocol numbers, serials, policies, ISWC/ISRC codes, holder codes, ICD-10 codes (H83.3, H90.3,
H93.1, Z01.1, M65.4, G56.0, M77.1, M75.1, M54.2, M65.9, M79.1, M26.6, J38.2, R49.0, J37.0, J38.1),
CBO and CNAE codes, audiogram values, money, laws and rules (Lei 9.610/1998, Lei 13.709/2018, LC
195/2022, Lei 14.399/2022, Decreto 11.453/2023, Lei 9.099/1995, arts. 467, 477 and 831 of the CLT,
NR-7, NR-15, art. 155 of the CP), companies, orchestras, schools, venues, songs and streets named
after people or words, non-birth dates, ages, private IPs; the script checks CPF-, PIS-, CNH-,
título-, CNS-, card- and plate-shaped runs outside the spans.
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
# RARE_F, RARE_M, RARE_SUR, MUSIC_SUR, the musicians' nicknames' own words (APELIDO_RARE) and the foreign pools named in
# RARE_ORIGINS hold regional, old-fashioned, coined or foreign name words that are not in the common Brazilian name lists;
# main() prints their share among the PERSON words.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline", "Sandra",
            "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Mariana", "Gabriela", "Luciana", "Vanessa", "Luana", "Tatiane",
            "Raquel", "Cristiane", "Simone", "Ana Paula", "Larissa", "Maria Eduarda", "Rita", "Priscila", "Carla", "Débora",
            "Beatriz", "Renata", "Natália", "Carolina", "Thaís", "Sônia", "Helena", "Isabela", "Lívia", "Júlia", "Aparecida",
            "Cecília", "Lúcia", "Vera", "Cláudia", "Elaine", "Sofia", "Alice", "Laura", "Valentina", "Manuela"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael",
            "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego", "Anderson", "Leandro",
            "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Sérgio", "Vinícius", "Roberto", "Jorge",
            "Henrique", "Guilherme", "Leonardo", "Caio", "Fernando", "Márcio", "Sebastião", "Raimundo", "Davi", "Arthur", "Miguel"]
RARE_F = ["Dorotildes", "Quitéria", "Hermelinda", "Generosa", "Anunciada", "Eulália", "Francinete", "Valdirene", "Zilmar", "Edileuza",
          "Jucileide", "Ismênia", "Cleidiane", "Raylane", "Kethellen", "Ynara", "Emanuely", "Adelvina", "Bernardina", "Cotinha",
          "Deolinda", "Elisiane", "Floripes", "Gracilene", "Honorina", "Iracema", "Jandira", "Leocádia", "Marineide", "Nazaré",
          "Odenilda", "Perpétua", "Rosicléa", "Sinhá", "Terezinha", "Umbelina", "Vanusa", "Wiviane", "Xênia", "Yasmim Kauane",
          "Zulmira", "Ariadne", "Clotilde", "Domitila", "Eponina", "Filipa", "Guiomar", "Idalina", "Maria Clara"]
RARE_M = ["Ariovaldo", "Belchior", "Crispim", "Deoclécio", "Epitácio", "Frutuoso", "Gumercindo", "Honório", "Irineu", "Jeremias",
          "Leovigildo", "Militão", "Nestório", "Olegário", "Porfírio", "Quirino", "Romualdo", "Sinfrônio", "Teófilo", "Urbano",
          "Vitalino", "Wanderlei", "Xisto", "Zózimo", "Arquimedes", "Benedito", "Cândido", "Dagoberto", "Eustáquio", "Feliciano",
          "Galdino", "Hermógenes", "Isidoro", "Jucelino", "Lindolfo", "Manassés", "Nicodemos", "Orozimbo", "Pompeu", "Rosalvo",
          "Saturnino", "Tarcísio", "Ubaldo", "Valfredo", "Waldomiro", "Zenóbio", "Kauê Ryan", "Jeová", "Aristeu"]
WORD_F = ["Rosa", "Flor", "Luz", "Aurora", "Vitória", "Esperança", "Celeste", "Pérola", "Graça", "Glória", "Margarida", "Violeta",
          "Jasmim", "Bela", "Branca", "Dália", "Melodia", "Harmonia", "Lira", "Serena", "Maria da Luz", "Rosa Maria", "Estrela"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Justo", "Severo", "Modesto", "Salvador", "Pacífico", "Clemente", "Constante",
          "Leão", "Fortunato", "Plácido", "Sereno", "Inocêncio", "Jardim", "Dorival"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida", "Nascimento",
          "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes", "Freitas", "Cardoso",
          "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo", "Cavalcante", "Monteiro",
          "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Castro", "Azevedo", "Machado", "Xavier", "Farias", "Sousa"]
RARE_SUR = ["Vilhena", "Cordovil", "Alencastro", "Pestana", "Sepúlveda", "Tinoco", "Carrilho", "Bragança Neves", "Meireles Sobral",
            "Arruda Botelho", "Quintela", "Galvão Bueno", "Mascarenhas", "Aguiar Brum", "Corte-Imperial", "Bitencourt", "Moraes Sarmento",
            "Rebouças", "Cotegipe", "Pedrosa", "Loureiro Vaz", "Tavares Bastos", "Barreto Lins", "Ximenes", "Coimbra", "Sacramento",
            "Pimentel Duarte", "Sodré Viana", "Gouveia", "Espíndola", "Colaço", "Maranhão", "Cajazeiras", "Arcoverde", "Itaparica",
            "Juruena", "Bocaiuva", "Urtiga", "Cambuí", "Pitangui", "Mangabeira", "Guaraciaba", "Jequitibá", "Araripe"]
# families of musicians (Italian band masters, German and Jewish piano teachers, Armenian and Ukrainian string players,
# Japanese, Korean and Chinese conservatoire families, Cuban and Venezuelan orchestra players...)
MUSIC_SUR = ["Bertolazzi", "Giacomelli", "Zanardo", "Pettenati", "Lunardelli", "Wendhausen", "Schwantes", "Hoffmeister", "Blaschke",
             "Rozenblit", "Wajnsztejn", "Kacowicz", "Kasparian", "Boghossian", "Tchalian", "Kovalenko", "Bondarenko", "Higa",
             "Nishimura", "Tanabe", "Arencibia", "Marcano"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Flores", "Viola", "Campana", "Trombetta",
            "Sinos", "Carneiro", "Cordeiro", "Coelho", "Pimenta", "Salgado", "Pinheiro", "Oliveira", "Pereira", "Aurora", "Bonfim",
            "Fontes", "Campos", "Serra", "Vale", "Guerra", "Leal", "Ramos", "Salvador", "Rios", "Palmeira", "Cantuária"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha", "Sebastião": "Tião",
        "Raimundo": "Mundico", "Rafael": "Rafa", "Gabriel": "Biel", "Bento": "Bentinho", "Rosa": "Rosinha", "Vinícius": "Vini",
        "Guilherme": "Gui", "Pedro": "Pedrinho", "João": "Joãozinho", "Eduardo": "Dudu", "Beatriz": "Bia", "Larissa": "Lari",
        "Fernanda": "Nanda", "Mariana": "Mari", "Maria Eduarda": "Duda", "Aparecida": "Cida", "Lúcia": "Lucinha", "Luz": "Luzinha",
        "Graça": "Gracinha", "Salvador": "Dodô", "Fortunato": "Tato", "Carolina": "Carol", "Isabela": "Bela", "Roberto": "Beto",
        "Fernando": "Nando", "Cecília": "Ciça", "Valentina": "Val", "Arthur": "Tutu", "Miguel": "Miguelzinho",
        "Dorotildes": "Tide", "Quitéria": "Téia", "Hermelinda": "Linda", "Generosa": "Zosa", "Eulália": "Lalá", "Francinete": "Neta",
        "Valdirene": "Dirinha", "Edileuza": "Leuza", "Jucileide": "Jucy", "Ismênia": "Mena", "Raylane": "Ray", "Kethellen": "Ketty",
        "Adelvina": "Vina", "Bernardina": "Dina", "Deolinda": "Lindinha", "Floripes": "Flor", "Honorina": "Nina", "Iracema": "Cema",
        "Leocádia": "Cadinha", "Terezinha": "Tetê", "Umbelina": "Belinha", "Zulmira": "Mira", "Domitila": "Titila", "Guiomar": "Guio",
        "Ariovaldo": "Vavá", "Belchior": "Bel", "Crispim": "Pim", "Deoclécio": "Deco", "Epitácio": "Tatá", "Frutuoso": "Tuso",
        "Gumercindo": "Gugu", "Honório": "Nono", "Irineu": "Neco", "Jeremias": "Jerê", "Leovigildo": "Vivi", "Militão": "Tão",
        "Olegário": "Lelo", "Porfírio": "Fifo", "Quirino": "Quinho", "Romualdo": "Mumu", "Sinfrônio": "Fronho", "Teófilo": "Téo",
        "Wanderlei": "Deco", "Zózimo": "Zoza", "Benedito": "Dito", "Cândido": "Candinho", "Dagoberto": "Dago", "Eustáquio": "Taco",
        "Galdino": "Dino", "Isidoro": "Dodoro", "Lindolfo": "Lilo", "Nicodemos": "Demo", "Rosalvo": "Salvinho", "Saturnino": "Nino",
        "Tarcísio": "Tatá", "Valfredo": "Fredão", "Waldomiro": "Miro", "Dorival": "Dodi", "Melodia": "Melô", "Harmonia": "Nia"}
FOREIGN = {
    "pt": (["Albertina", "Ermelinda", "Custódia"], ["Albano", "Custódio", "Joaquim Manuel"], ["Quaresma", "Seabra", "Carapinha", "Gouveia Rebelo"]),
    "it": (["Concetta", "Graziella", "Ornella"], ["Rocco", "Arcangelo", "Gennaro"], ["Bertolazzi", "Giacomelli", "Zanardo", "Pettenati", "Lunardelli", "Trombetta"]),
    "de": (["Hildegard", "Ingeborg", "Waltraud"], ["Helmut", "Gunther", "Reinhold"], ["Wendhausen", "Schwantes", "Hoffmeister", "Blaschke", "Kuhnen"]),
    "jw": (["Raissa", "Golda", "Miriam"], ["Moisés", "Avraham", "Itzhak"], ["Rozenblit", "Wajnsztejn", "Kacowicz", "Fridman", "Szterenfeld"]),
    "am": (["Anahit", "Siranush", "Lusine"], ["Armen", "Hagop", "Vartan"], ["Kasparian", "Boghossian", "Tchalian", "Manukian"]),
    "ua": (["Oksana", "Halyna", "Larysa"], ["Taras", "Bohdan", "Mykola"], ["Kovalenko", "Bondarenko", "Shevchuk", "Hrytsenko"]),
    "jp": (["Harumi", "Chieko", "Sayuri"], ["Hideo", "Takeshi", "Noboru"], ["Higa", "Nishimura", "Tanabe", "Okuda", "Kuroiwa"]),
    "kr": (["Eun-ji", "Hye-won", "Seo-yeon"], ["Jae-sung", "Hyun-woo", "Min-jun"], ["Baek", "Seo", "Yoon", "Han"]),
    "cn": (["Xiaoling", "Meihua", "Yuxin"], ["Zhiwei", "Haoran", "Jun"], ["Liang", "Feng", "Tang", "Luo"]),
    "cu": (["Yamilé", "Odalys", "Yanelis"], ["Yoandri", "Lázaro", "Reinier"], ["Arencibia", "Betancourt", "Cárdenas", "Valdés Ochoa"]),
    "ve": (["Yuleisy", "Mariángel", "Dayerlin"], ["Jhonder", "Yeferson", "Edixon"], ["Marcano", "Yépez", "Ochoa", "Guaramato"]),
    "ao": (["Ngueza", "Luzolo", "Wandi"], ["Kiala", "Nzinga", "Manzambi"], ["Mbala", "Kiluange", "Domingos Kassoma", "Sebastião Nguvulu"]),
    "ht": (["Guerline", "Fabiola", "Nadège"], ["Wisly", "Jean-Robert", "Dieuseul"], ["Pierre-Louis", "Jean-Baptiste", "Dorvil", "Saint-Fleur"]),
    "py": (["Ña Librada", "Rossana", "Celsa"], ["Críspulo", "Nery", "Derlis"], ["Benítez", "Giménez Ayala", "Ortigoza", "Cardozo Riquelme"]),
    "in": (["Moaci", "Tainara", "Iracy"], ["Kaiyu", "Tupã", "Araê"], ["Terena", "Tukano", "Baniwa", "Pataxó", "Krahô"]),
}
RARE_ORIGINS = ("it", "de", "jw", "am", "ua", "jp", "kr", "cn", "cu", "ve", "ao", "ht", "py", "in")
# nicknames and stage names of freelance musicians (persons, one span: "Zé do Cavaco", "Bira do Bandolim"); the words "seu",
# "dona", "mestre", "maestro" before them are never in the span
APELIDOS = ["Zé do Cavaco", "Tião Sanfoneiro", "Bira do Bandolim", "Nenê do Pandeiro", "Dudu Trombone", "Cacá do Sax", "Pretinho da Cuíca",
            "Lulu Violino", "Tuca", "Bebeto do Baixo", "Zefa do Coral", "Dinho Batera", "Quinzinho da Flauta", "Careca do Surdo",
            "Nanã Soprano", "Juju do Teclado", "Branquinho do Trompete", "Mineiro da Viola", "Ceará do Acordeão", "Toinho Rabeca",
            "Lia do Oboé", "Neguinho do Tantã", "Pardal", "Gaúcho", "Xodó", "Tetê do Contralto", "Bibi Cello", "Magrão da Tuba",
            "Preta do Cavaquinho", "Kiko Clarinete"]
APELIDO_F = {"Zefa do Coral", "Nanã Soprano", "Juju do Teclado", "Lia do Oboé", "Tetê do Contralto", "Bibi Cello", "Preta do Cavaquinho", "Lulu Violino"}
APELIDO_M = set(APELIDOS) - APELIDO_F - {"Tuca", "Xodó", "Pardal"}
# the coined or pet-name words of the nicknames (instruments, places and plain words in them do not count as rare)
APELIDO_RARE = {"Tião", "Bira", "Nenê", "Dudu", "Cacá", "Lulu", "Tuca", "Bebeto", "Zefa", "Dinho", "Quinzinho", "Nanã", "Juju", "Toinho",
                "Lia", "Tetê", "Bibi", "Kiko", "Xodó"}
RARE = set(RARE_F + RARE_M + RARE_SUR + MUSIC_SUR) | APELIDO_RARE
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Terezinha", "Iracema", "Jandira", "Nazaré", "Benedito", "Irineu", "Tarcísio", "Wanderlei", "Jeremias",
                        "Cândido", "Urbano", "Clotilde", "Deolinda", "Idalina", "Maria Clara", "Miriam", "Moisés", "Lázaro", "Jun",
                        "Han", "Seo", "Tang", "Feng", "Fabiola", "Rossana", "Nery", "Gouveia", "Pedrosa", "Coimbra", "Sacramento",
                        "Maranhão", "Ximenes", "Mascarenhas", "Bitencourt", "Quintela", "Pestana", "Dudu", "Lia", "Higa"])
RARE.update(["Albertina", "Ermelinda", "Custódia", "Albano", "Custódio", "Seabra", "Carapinha", "Gouveia Rebelo", "Bragança", "Meireles",
             "Arruda", "Botelho", "Galvão", "Brum", "Sarmento", "Loureiro", "Bastos", "Sodré", "Viana", "Duarte", "Lins", "Neves", "Sobral",
             "Kassoma", "Nguvulu", "Kiluange", "Valdés", "Ayala", "Riquelme", "Cardozo", "Giménez"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Rocha", "Guerra", "Conceição", "Viola", "Campana",
          "Palmeira", "Cantuária"}
DO_SUR = {"Nascimento", "Vale", "Bonfim", "Sacramento"}
DOS_SUR = {"Santos", "Campos", "Sinos"}
DE_SUR = {"Oliveira", "Souza", "Sousa", "Carvalho", "Lima", "Almeida", "Araújo", "Freitas", "Moura", "Melo", "Castro", "Azevedo",
          "Jesus", "Farias", "Vilhena", "Alencastro", "Meireles Sobral", "Arruda Botelho", "Moraes Sarmento", "Gouveia"}


def particle(s: str) -> str:
    """The particle a surname takes ('' when it takes none)."""
    return "da" if s in DA_SUR else ("do" if s in DO_SUR else ("dos" if s in DOS_SUR else ("de" if s in DE_SUR else "")))


DDDS = ["11", "12", "13", "14", "15", "16", "17", "19", "21", "22", "24", "27", "31", "32", "34", "35", "37", "41", "43", "44",
        "47", "48", "49", "51", "53", "54", "55", "61", "62", "63", "65", "67", "68", "69", "71", "73", "74", "77", "79", "81",
        "82", "83", "84", "85", "86", "88", "91", "92", "93", "95", "96", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Estrada", "Largo", "Viela", "Beco"]
STREET_NAMES = ["dos Músicos", "da Harmonia", "Prudente de Morais", "Bento Gonçalves", "das Laranjeiras", "da Aurora", "Maestro Sinfrônio Vilhena",
                "Doutor Epitácio Cordovil", "Coronel Militão Arcoverde", "Tiradentes", "Quinze de Novembro", "Marechal Deodoro",
                "da Paz", "Rosa e Silva", "Castro Alves", "Santos Dumont", "dos Seresteiros", "Pedro Álvares Cabral", "Getúlio Vargas",
                "Sete de Setembro", "das Mangueiras", "Professora Hermelinda Quintela", "Mestre Galdino Cajazeiras", "São Bento",
                "Beira Rio", "Vitória Régia", "dos Ipês", "da Luz", "Madre Paulina", "Pioneiro Reinhold Schwantes", "das Acácias",
                "Dom Pedro II", "da Glória", "Padre Olegário Tinoco", "Vereador Romualdo Pestana", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas", "Bom Jesus da Lapa",
                "das Flores", "do Coreto", "Cônego Xisto Mangabeira", "da Banda", "Imigrante Arcangelo Zanardo", "Frei Damião",
                "das Violetas", "Compositor Lindolfo Araripe", "da Lira", "do Conservatório", "Regente Feliciano Bocaiuva"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Santo André", "SP"), ("Mogi das Cruzes", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Nova Iguaçu", "RJ"), ("Belo Horizonte", "MG"),
          ("Juiz de Fora", "MG"), ("Uberlândia", "MG"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Maringá", "PR"),
          ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"), ("Santa Rosa", "RS"), ("Pelotas", "RS"), ("Florianópolis", "SC"),
          ("Blumenau", "SC"), ("Chapecó", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Feira de Santana", "BA"),
          ("Recife", "PE"), ("Caruaru", "PE"), ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Natal", "RN"),
          ("Mossoró", "RN"), ("João Pessoa", "PB"), ("Campina Grande", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"),
          ("Teresina", "PI"), ("São Luís", "MA"), ("Imperatriz", "MA"), ("Belém", "PA"), ("Santarém", "PA"), ("Manaus", "AM"),
          ("Goiânia", "GO"), ("Anápolis", "GO"), ("Brasília", "DF"), ("Campo Grande", "MS"), ("Dourados", "MS"), ("Cuiabá", "MT"),
          ("Rondonópolis", "MT"), ("Vitória", "ES"), ("Santa Maria de Jetibá", "ES"), ("Palmas", "TO"), ("Porto Velho", "RO"),
          ("Rio Branco", "AC"), ("Boa Vista", "RR"), ("Macapá", "AP")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores",
           "Vila Esperança", "Cidade Nova", "Glória", "Bixiga", "Vila Prudente", "Madureira", "Liberdade", "Casa Amarela",
           "Bairro da Luz", "Jardim Esperança", "Santa Luzia", "Vila Operária", "Mercês", "Benfica", "Cachoeirinha", "Lapa",
           "Jardim das Laranjeiras", "Vila Madalena", "Santa Tereza", "Rio Vermelho", "Floresta", "Aldeota"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"), ("290", "PagBank"),
         ("323", "Mercado Pago"), ("380", "PicPay"), ("041", "Banrisul"), ("004", "Banco do Nordeste"), ("197", "Stone"),
         ("403", "Cora")]


class Person:
    def __init__(self, given: str, surnames: list[str], female: bool, apelido: str | None = None):
        self.given = given
        self.surnames = surnames
        self.female = female
        self.apelido = apelido

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def first(self) -> str:
        g = self.given
        if g.startswith("Maria d") or g in ("Rosa Maria", "Ana Paula", "João Pedro", "José Carlos", "Maria Eduarda", "Maria Clara",
                                            "Yasmim Kauane", "Kauê Ryan", "Joaquim Manuel", "Ña Librada"):
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
    def called(self) -> str:
        """How the market calls a stallholder: the nickname when there is one, else the first name."""
        return self.apelido or self.first


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
            return self.pick(MUSIC_SUR)
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
                extra = self.surname()
                if extra not in surnames:
                    surnames.insert(0, extra)
        return Person(given, surnames, female)

    def musico(self, female: bool | None = None, apelido_p: float = 0.25) -> Person:
        """A musician, teacher or chorister: sometimes of a musical immigrant family, sometimes known by a nickname or stage name."""
        p = self.person(female=female, origin=self.pick([None, None, None, "it", "de", "jw", "am", "ua", "jp", "kr", "cu", "ve"]))
        if self.chance(0.15):
            fam = self.pick(MUSIC_SUR)
            p.surnames = [s for s in p.surnames if s not in PARTICLES and s != fam][:1] + [fam]
        if self.chance(apelido_p):
            p.apelido = self.pick([s for s in APELIDOS if s not in (APELIDO_M if p.female else APELIDO_F)])
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
        if p.apelido and self.chance(0.3):
            user = re.sub(r"[^a-z]", "", fold(p.apelido).lower()) + self.pick(["", ".musica", "oficial", str(self.ri(1, 99))])
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
        elif b == "5":
            b = "5" + self.pick("12345") + self.d(13)
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
        if kind == "CRMV":
            return self.pick([f"CRMV-{uf} {self.ri(1000, 39999)}", f"CRMV/{uf} nº {self.ri(1000, 39999)}", f"CRMV-{uf} {self.ri(1000, 39999)}-VP"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {self.ri(1000, 99999)}", f"CRF/{uf} nº {dotted}", f"CRF {uf}-{self.ri(1000, 99999)}"])
        if kind == "OMB":
            return self.pick([f"OMB/{uf} {dotted}", f"OMB-{uf} {n}", f"OMB nº {dotted}/{uf}", f"OMB/{uf} nº {n}", f"OMB {uf} {n:06d}"])
        if kind == "CRFa":
            return self.pick([f"CRFa {self.ri(1, 9)}-{self.ri(1000, 29999)}", f"CRFa-{self.ri(1, 9)} {self.ri(1000, 29999)}",
                              f"CRFa {self.ri(1, 9)}ª Região nº {self.ri(1000, 29999)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)}/{self.ri(10000, 299999)}-F", f"CREFITO {self.ri(1, 18)} nº {self.ri(10000, 299999)}-F",
                              f"CREFITO-{self.ri(1, 18)} {self.ri(10000, 299999)}"])
        if kind == "CRN":
            return self.pick([f"CRN-{self.ri(1, 11)} {self.ri(1000, 99999)}", f"CRN{self.ri(1, 11)} {self.ri(1000, 99999)}/P"])
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
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span, a plain value is text, a list is a
        sequence of both (text around an optional span)."""
        cur = 0
        for m in MARK.finditer(template):
            self.t(template[cur:m.start()])
            v = vals[m.group(1)]
            for part in (v if isinstance(v, list) else [v]):
                if isinstance(part, tuple):
                    self.e(part[0], part[1])
                else:
                    self.t(str(part))
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


NATIONALITY = {True: ["brasileira"] * 6 + ["portuguesa", "boliviana", "haitiana", "venezuelana", "síria", "japonesa"],
               False: ["brasileiro"] * 6 + ["português", "boliviano", "haitiano", "venezuelano", "sírio", "senegalês"]}
CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"],
         False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "IGP/RS", "SSP/GO", "SEJUSP/MS", "SSP/PB"]
NATIONALITY[True] += ["cubana", "ucraniana", "armênia"]
NATIONALITY[False] += ["cubano", "ucraniano", "angolano"]
JOBS = {True: ["musicista", "musicista", "professora de música", "instrumentista", "cantora", "violinista", "violoncelista", "pianista",
               "flautista", "regente", "microempreendedora individual", "estudante"],
        False: ["músico", "músico", "professor de música", "instrumentista", "cantor", "violinista", "contrabaixista", "trompetista",
                "percussionista", "regente", "microempreendedor individual", "luthier"]}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job=None, apelido: bool = False, omb: bool = False) -> None:
    """'NAME, brasileira, solteira, feirante, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    if apelido and p.apelido:
        doc.t(up(g.pick([", nome artístico \"", ", conhecid" + p.o + " no meio musical como \"", ", conhecid" + p.o + " por \""])))
        doc.e(fold(p.apelido).upper() if caps else p.apelido, "PERSON")
        doc.t("\"")
    if isinstance(job, tuple):
        job = job[1] if p.female else job[0]
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {g.pick(CIVIL[p.female])}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        doc.t(up(", nascid" + p.o + " em "))
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", 1955, 2005), "DATE_OF_BIRTH")
    if rg is True and g.chance(0.18):
        doc.t(up(", portador" + ("a" if p.female else "") + " da CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    elif rg:
        doc.t(up(", portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(RG_ORG))
    doc.t(up(", inscrit" + p.o + " no CPF sob o nº "))
    doc.e(g.cpf("dot"), "BR_CPF")
    if omb:
        doc.t(up(", inscrit" + p.o + " na Ordem dos Músicos do Brasil sob o nº ") if g.chance(0.5) else up(", registro "))
        doc.e(g.council("OMB", where[1] if where else None), "PROFESSIONAL_ID")
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
            doc.f("«e»\n", e=(corp_mail(lw, dom or g.pick(["cordaelei.adv.br", "trabalhistas.adv.br", "gmail.com", "direitoautoral.adv.br", "adv.oabsp.org.br"]), g),
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


def spoken_digits(s: str, g: Gen | None = None) -> str:
    words = [NUM_WORDS[int(c)] for c in s if c.isdigit()]
    if g is not None and g.chance(0.5):
        words = ["meia" if w == "seis" else w for w in words]
    return " ".join(words)


def stt_cpf(n: str, g: Gen) -> str:
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}",
                   f"{n[:3]} ponto {n[3:6]} ponto {n[6:9]} {n[9:]}", spoken_digits(n, g)])


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
TRT = {"SP": "5.02", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14",
       "TO": "5.10", "RO": "5.14", "AP": "5.08"}


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    return g.pick([c for c in CITIES if c[1] == uf])


def fem(p: Person, m: str, f: str) -> str:
    return f if p.female else m


def date_range(g: Gen, lo: int = 3, hi: int = 90, fmt: str = "br") -> tuple[str, str]:
    d1 = g.day()
    return dbr(d1, fmt), dbr(d1 + datetime.timedelta(days=g.ri(lo, hi)), fmt)


# --------------------------------------------------------------------------- register: orchestras, music schools, choirs, freelance musicians

SEED = 12323
OUT_NAME = "hundredtwentythird.jsonl"

# (orchestra, the foundation, association or social organisation that runs it, domain)
ORQUESTRAS = [("Orquestra Sinfônica Municipal Aurora Prudente", "Fundação Cultural Aurora Prudente", "osmaurora.org.br"),
              ("Orquestra Filarmônica Rosa dos Ventos", "Instituto Rosa dos Ventos de Cultura", "filarmonicarosadosventos.org.br"),
              ("Orquestra de Câmara Bento Viola", "Associação Bento Viola de Música de Câmara", "camarabentoviola.org.br"),
              ("Orquestra Jovem Celeste Amado", "Instituto Celeste Amado de Educação Musical", "ojcelesteamado.org.br"),
              ("Orquestra Sinfônica do Vale da Luz", "Fundação Orquestra Sinfônica do Vale da Luz", "osvaledaluz.org.br"),
              ("Banda Sinfônica Leão do Norte", "Sociedade Musical Leão do Norte", "bandaleaodonorte.org.br")]
# (school, company, domain)
ESCOLAS = [("Escola de Música Flor do Ipê", "Flor do Ipê Ensino Musical Ltda.", "escolafloripe.com.br"),
           ("Conservatório Musical Glória Tinoco", "Conservatório Glória Tinoco Ltda. ME", "conservatoriogloria.com.br"),
           ("Instituto de Música Clave de Sol", "Clave de Sol Educação Artística Eireli", "institutoclavedesol.com.br"),
           ("Escola Livre de Música Harmonia", "Associação Escola Livre de Música Harmonia", "elmharmonia.org.br"),
           ("Espaço Choro & Prosa", "Choro e Prosa Produções e Ensino Ltda.", "choroeprosa.com.br"),
           ("Academia de Música Pianíssimo", "Pianíssimo Academia Musical Ltda.", "pianissimo.mus.br"),
           ("Projeto Sopro Novo", "Associação Cultural Sopro Novo", "sopronovo.org.br")]
COROS = ["Coral Vozes da Luz", "Coro Infantojuvenil Estrela Guia", "Coral da Terceira Idade Flor de Maio", "Madrigal Serena",
         "Coral Canto da Aurora", "Coral Empresarial Bom Bento", "Coro Comunitário Amado Sertão", "Coral Evangélico Monte Celeste"]
LUTHIERS = [("Luthieria Leão Branco", "luthierialeaobranco.com.br"), ("Oficina de Cordas Viola & Arco", "violaearco.com.br"),
            ("Ateliê de Luteria Pinho de Riga", "pinhoderiga.art.br"), ("Sopros & Reparos Oficina de Metais", "soprosereparos.com.br"),
            ("Casa do Cavaquinho Prudente", "cavaquinhoprudente.com.br")]
PRODUTORAS = [("Palco Aurora Produções Musicais Ltda.", "palcoaurora.com.br"), ("Bento & Lira Eventos Ltda.", "bentoelira.com.br"),
              ("Serenata Produções Artísticas Eireli", "serenataproducoes.com.br"), ("Clave Celeste Entretenimento Ltda.", "claveceleste.com.br"),
              ("Turnê Certa Agenciamento Musical Ltda.", "turnecerta.com.br")]
CASAS = [("Bar e Restaurante Viola de Ouro Ltda.", "Bar Viola de Ouro"), ("Buffet Bento Festas Ltda. ME", "Buffet Bento Festas"),
         ("Choperia Leão Dourado Ltda.", "Choperia Leão Dourado"), ("Espaço de Eventos Rosa Branca Eireli", "Espaço Rosa Branca"),
         ("Hotel Fazenda Vale Sereno S.A.", "Hotel Fazenda Vale Sereno"), ("Pizzaria e Seresta Amado Ltda.", "Pizzaria Seresta Amado")]
SOCIEDADES = [("Associação Brasileira de Autores e Intérpretes Aurora (ABAIA)", "abaia.org.br"),
              ("Sociedade de Compositores Celeste (SOCOCEL)", "sococel.org.br"),
              ("União dos Autores Musicais Bento Viola (UAMBV)", "uambv.org.br")]
EDITORAS = [("Edições Musicais Flor de Lis Ltda.", "edicoesflordelis.com.br"), ("Editora Musical Prudente & Amado Ltda.", "prudenteamado.mus.br"),
            ("Selo Lira Celeste Fonográfica Ltda.", "liraceleste.com.br")]
VENUES = ["Sala de Concertos Aurora Prudente", "Teatro Municipal Bento Ribas", "Concha Acústica da Glória", "Cine-Teatro Leão Branco",
          "Auditório Celeste Viola", "Igreja Matriz de São Bento", "Centro Cultural Vila Serena"]
OBRAS = ["Valsa para Luz", "Choro do Bento", "Aurora em Ré", "Baião Prudente", "Ladeira da Vitória", "Serenata para Celeste", "Frevo da Rosa",
         "Modinha do Amado", "Noturno Branco", "Xote da Esperança", "Ciranda da Flor", "Toada do Leão", "Samba de Santa Luzia", "Maxixe Sereno",
         "Lundu da Glória"]
GRUPOS = ["Trio Forró Prudente", "Quarteto de Cordas Bento Viola", "Regional Flor do Choro", "Banda Celeste Amado", "Duo Aurora",
          "Big Band Leão do Norte", "Quinteto de Metais Sereno"]
CLINICAS = [("Clínica do Músico Bento Sereno", "clinicadomusico.med.br"), ("Audiocentro Celeste Fonoaudiologia", "audiocentroceleste.com.br"),
            ("OcupaSom Saúde do Trabalhador", "ocupasom.med.br"), ("Fisio Arco & Movimento", "arcoemovimento.com.br"),
            ("Instituto da Voz Aurora", "vozaurora.med.br")]
UBS = ["UBS Vila Esperança", "UBS Jardim Aurora", "Policlínica São Bento", "Centro de Referência em Saúde do Trabalhador (CEREST) Regional",
       "Ambulatório Municipal da Glória"]
BOTS = ["Clavinha", "Notinha", "Aurora", "Maestrinho", "Solzinho"]
# (instrument, its case or note, makers and models: the serial is never labelled)
INSTRUMENTOS = [("violino 4/4", "Eastman VL305"), ("violino 3/4", "Rolim Arte"), ("viola de arco", "Yamaha V5SA"), ("violoncelo", "Jonathan Weiss"),
                ("contrabaixo acústico", "Gliga Gama"), ("flauta transversal", "Yamaha YFL-222"), ("clarinete", "Buffet E11"),
                ("trompete", "Bach TR300"), ("trombone de vara", "Weril G670"), ("saxofone alto", "Eagle SA500"), ("tuba", "Weril J981"),
                ("violão", "Di Giorgio Tarrega"), ("cavaquinho", "Rozini RC10"), ("bandolim", "Giannini BS1"), ("trompa", "Jupiter JHR700"),
                ("oboé", "Fox Renard 330"), ("acordeão", "Scandalli 80 baixos"), ("teclado", "Casio CT-S400")]
NAIPES = ["primeiros violinos", "segundos violinos", "violas", "violoncelos", "contrabaixos", "flautas", "oboés", "clarinetes", "fagotes",
          "trompas", "trompetes", "trombones", "tuba", "percussão", "harpa", "piano/celesta"]
ROLE_BOXES = ["sac", "contato", "atendimento", "financeiro", "juridico", "naoresponda", "no-reply", "ouvidoria", "secretaria", "matriculas",
              "producao", "orquestra", "rh", "dp", "sesmt", "cobranca", "lgpd", "dpo", "privacidade", "suporte", "oficina", "orcamentos",
              "distribuicao", "direitos", "editais", "cultura", "prestacaodecontas", "turne", "coral", "inspetoria", "arquivo", "audicoes",
              "bolsas", "acervo", "pagamentos", "fiscal", "contabilidade", "protocolo", "agendamento", "notificacoes", "relacionamento",
              "comercial", "eventos", "repasses", "ajuda", "saude", "fonoaudiologia"]
HEAR_ICD = [("H83.3", "efeitos do ruído sobre o ouvido interno"), ("H90.3", "perda de audição bilateral neurossensorial"),
            ("H93.1", "tinnitus (zumbido)"), ("H91.9", "perda de audição não especificada")]
LER_ICD = [("M65.4", "tenossinovite estilóide radial (De Quervain)"), ("G56.0", "síndrome do túnel do carpo"), ("M77.1", "epicondilite lateral"),
           ("M75.1", "síndrome do manguito rotador"), ("M54.2", "cervicalgia"), ("M65.9", "sinovite e tenossinovite não especificadas"),
           ("M79.1", "mialgia"), ("M26.6", "transtornos da articulação temporomandibular")]
VOZ_ICD = [("J38.2", "nódulos das cordas vocais"), ("R49.0", "disfonia"), ("J37.0", "laringite crônica"), ("J38.1", "pólipo das cordas vocais")]


def orquestra(g: Gen) -> tuple[str, str, str]:
    return g.pick(ORQUESTRAS)


def escola(g: Gen) -> tuple[str, str, str]:
    return g.pick(ESCOLAS)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def mei(g: Gen) -> tuple[str, str]:
    """A MEI's CNPJ (dotted) and the 8-digit root that opens its company name ('45.123.456 NAME')."""
    b = g.d(8) + "0001"
    n = b + cnpj_dv(b)
    c = f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}"
    return c, c[:10]


def serie(g: Gen) -> str:
    """An instrument's serial number (never labelled)."""
    return clean(g, lambda: g.pick([f"nº de série {g.up(2)}{g.d(6)}", f"série {g.d(7)}", f"S/N {g.up(1)}{g.d(2)}-{g.d(5)}", f"nº {g.d(5)}{g.up(2)}",
                                    f"etiqueta interna {g.d(4)}/{g.ri(2018, 2025)}"]))


def os_num(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"OS {g.d(5)}", f"O.S. nº {g.d(4)}/{g.ri(24, 26)}", f"ordem de serviço {g.d(6)}", f"#{g.d(5)}"]))


def ctps(g: Gen, uf: str) -> str:
    return g.pick([f"{g.d(7)} série {g.d(4)}-{uf}", f"{g.d(7)}/{g.d(5)}-{uf}", "não anotada", "digital (não anotada)"])


def iswc(g: Gen) -> str:
    return clean(g, lambda: f"T-{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}")


def ecad_cod(g: Gen) -> str:
    """A rights holder's code at the collecting office (never labelled)."""
    return clean(g, lambda: g.pick([g.d(6), f"{g.d(3)}.{g.d(3)}", f"{g.d(5)}-{g.d(1)}"]))


def sei(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"SEI {g.d(4)}.{g.ri(2024, 2026)}/{g.d(7)}-{g.d(1)}", f"processo administrativo nº {g.d(5)}/{g.ri(2024, 2026)}",
                                    f"processo {g.ri(2024, 2026)}-0.{g.d(3)}.{g.d(3)}-{g.d(1)}"]))


def matricula(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"matr. {g.d(3)}.{g.d(3)}-{g.d(1)}", f"mat. {g.d(6)}", f"matrícula {g.d(5)}-{g.d(1)}"]))


def nsu(g: Gen) -> str:
    return clean(g, lambda: g.pick([g.d(6), g.d(9), f"{g.d(4)}{g.up(2)}{g.d(2)}"]))


def aut(g: Gen) -> str:
    return clean(g, lambda: g.pick([g.d(6), f"{g.up(1)}{g.d(5)}", f"{g.d(3)}{g.up(3)}"]))


def nf(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"NFS-e {g.d(6)}", f"NF-e nº {g.ri(100, 99999)}", f"NFS-e nº {g.d(4)}", f"RPA nº {g.d(3)}/{g.ri(2024, 2026)}"]))


def apolice(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"apólice {g.d(2)}.{g.d(2)}.{g.d(7)}", f"apólice nº {g.d(4)}.{g.d(6)}", f"certificado {g.d(8)}"]))


def money(g: Gen, lo: int, hi: int) -> str:
    return brl(g.ri(lo * 100, hi * 100) / 100)


def pix_key(g: Gen, p: Person, cpf: str | None = None, cnpj: str | None = None) -> tuple[str, tuple]:
    """(kind, (key, LABEL)): a random key, a phone, an e-mail, the CPF or (for a MEI) the CNPJ."""
    kinds = ["aleatoria", "aleatoria", "celular", "cpf", "email"] + (["cnpj"] if cnpj else [])
    kind = g.pick(kinds)
    if kind == "aleatoria":
        return "aleatória", (g.uuid(), "PIX_KEY")
    if kind == "celular":
        return "celular", (g.phone(g.pick(["e164", "par", "raw", "plain"])), "PHONE_NUMBER")
    if kind == "email":
        return "e-mail", (g.email(p), "EMAIL_ADDRESS")
    if kind == "cnpj":
        return "CNPJ", (cnpj, "BR_CNPJ")
    return "CPF", (cpf or g.cpf(), "BR_CPF")


def word_neg(g: Gen) -> str:
    """A sentence with name-like words used as words, instruments, ensembles, venues and places (never labelled)."""
    return g.pick(["A viola caipira do acervo voltou do luthier com o tampo colado.", "Foi uma vitória fechar a temporada com a sala cheia.",
                   "Seria prudente afinar o piano de novo antes do recital.", "A luz da estante do segundo violino queimou no ensaio geral.",
                   "A Sala de Concertos Aurora Prudente abre a bilheteria às 18h.", "Na Rua Bento Gonçalves fica a entrada dos artistas.",
                   "O coro cantou \"Valsa para Luz\" no bis.", "A rosa-dos-ventos pintada no palco descascou na turnê.",
                   "A Orquestra Filarmônica Rosa dos Ventos viaja em março.", "Amado por gerações, o choro voltou ao repertório da escola.",
                   "Justo no dia da estreia o trombone chegou amassado.", "A flor de lapela dos coralistas fica no camarim 2.",
                   "A harmonia do segundo movimento precisa de mais ensaio de naipe.", "A lira da banda marcial foi consertada em Presidente Prudente.",
                   "A melodia do tema volta nos violoncelos no compasso 48.", "Esperança de casa cheia na série de domingo.",
                   "Glória a Deus, o ar-condicionado do Teatro Municipal Bento Ribas voltou a funcionar.", "Celeste é o azul do novo programa de concertos.",
                   "A estrela da noite foi a tuba no solo do terceiro movimento.", "O Trio Forró Prudente abriu o festival às 19h.",
                   "Serena, a sala; nem uma tosse no pianíssimo.", "A Banda Celeste Amado ensaia no coreto às quartas."])


def chat_neg(g: Gen) -> str:
    """An aside in a chat, with name-like words used as words, instruments and places."""
    return g.pick(["a luz do palco apagou no meio do ensaio 🙄", "foi uma vitória esse concerto kkkk", "seria prudente levar a capa de chuva pro coreto",
                   "a viola do acervo tá sem cavalete", "justo hj que o ônibus atrasou", "a harmonia do 2º tempo tá uma bagunça",
                   "a rosa que deram no final era linda 🌹", "esperança que o maestro libere mais cedo", "a melodia não sai da minha cabeça",
                   "o coreto da praça da luz tá em reforma", "amado demais esse repertório", "a estante da lira quebrou 😅",
                   "serena a viagem, dormi o caminho todo", "glória, acabou o ensaio!"])


def omb(g: Gen, uf: str | None = None) -> tuple:
    return (g.council("OMB", uf), "PROFESSIONAL_ID")


def instrumento(g: Gen) -> tuple[str, str]:
    return g.pick(INSTRUMENTOS)


def edital(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"Edital PNAB nº {g.ri(1, 12):02d}/{g.ri(2024, 2026)}", f"Edital Lei Paulo Gustavo nº {g.ri(1, 9):02d}/{g.ri(2023, 2025)}",
                                    f"Chamamento Público SMC nº {g.ri(1, 30):03d}/{g.ri(2024, 2026)}", f"Prêmio Fomento à Música nº {g.ri(1, 9)}/{g.ri(2024, 2026)}"]))


# --------------------------------------------------------------------------- atendimento


def at_zap_matricula(g: Gen) -> Doc:
    """A parent enrolling a child at a music school by WhatsApp (lower case): the trial class, the teacher, the child's birth date,
    the guardian's CPF (mistyped and corrected sometimes), address and CEP, the tuition by the school's Pix key, an instrument to rent."""
    doc = Doc()
    esc, razao, dom = escola(g)
    sec = g.person(True) if g.chance(0.8) else g.person(False)
    resp = g.person()
    kid = g.relative(resp)
    prof = g.musico(apelido_p=0.0)
    inst, model = instrumento(g)
    st = chat_stamp(g)
    tt = iter(seq_times(g, 40, g.moment(hours=(8, 21)), 30, 5400))
    mode = g.pick(["escola", "escola", "escola", "escola", "sec"])
    if mode == "escola":
        S = V(esc)
        doc.f("Conversa do WhatsApp com «e»\n\n", e=esc)
    else:
        S = P(g.pick([sec.first, sec.short, f"{sec.first}"]))
        doc.f("Conversa do WhatsApp com «n»\n\n", n=S)
    C = V("Você") if g.chance(0.4) else ((g.phone("wa"), "PHONE_NUMBER") if g.chance(0.7) else P(g.pick([resp.first, lower(resp.first), resp.short])))
    hello = g.pick(["oi boa tarde", "olá!", "boa noite", "oii tudo bem?", "bom dia"])
    cl(doc, st(next(tt)), C, "«h» vi no insta de vcs, tem aula de «i» pra criança? «o» tem «a» anos", h=hello, i=inst.split()[0],
       o=fem(kid, "meu filho", "minha filha"), a=g.ri(6, 14))
    cl(doc, st(next(tt)), S, "«x» Temos sim! As turmas de «i» são com «p» «n», «d». A aula experimental é gratuita 🎶", x=g.pick(["Olá!", "Oi, tudo bem?", "Boa tarde!"]),
       i=inst.split()[0], p=fem(prof, "o professor", "a professora"), n=P(g.pick([prof.first, prof.short])),
       d=g.pick(["terças e quintas às 17h", "sábados às 9h", "segundas às 18h30", "quartas e sextas às 16h"]))
    cl(doc, st(next(tt)), S, "Qual o nome completo e a data de nascimento d«o» alun«o»?", o=kid.o)
    dob_fmt = g.pick(["br", "nopad", "short", "long"])
    if g.chance(0.5):
        cl(doc, st(next(tt)), C, "«n», nasceu «d»", n=P(lower(kid.full)), d=(g.dob(dob_fmt, 2011, 2019), "DATE_OF_BIRTH"))
    else:
        cl(doc, st(next(tt)), C, "«n»\n«d»", n=P(kid.full), d=(g.dob(dob_fmt, 2011, 2019), "DATE_OF_BIRTH"))
    cl(doc, st(next(tt)), S, "Agendado! Para a matrícula precisamos do nome, CPF, e-mail e endereço com CEP do responsável financeiro 📝")
    cpf_ok_ = g.cpf(g.pick(["dot", "raw"]))
    city, uf = g.city()
    if g.chance(0.35):
        cl(doc, st(next(tt)), C, "«n»\ncpf «c»", n=P(lower(resp.full)), c=g.neg_cpf(g.chance(0.6)))
        cl(doc, st(next(tt)), S, "O sistema recusou esse CPF, pode conferir? 🙏")
        cl(doc, st(next(tt)), C, "ops troquei um número, é «c»", c=(cpf_ok_, "BR_CPF"))
    else:
        cl(doc, st(next(tt)), C, "«n»\ncpf «c»", n=P(g.pick([resp.full, lower(resp.full)])), c=(cpf_ok_, "BR_CPF"))
    mail = g.email(resp)
    if g.chance(0.5):
        cl(doc, st(next(tt)), C, "«m»\n«a» - «b»\ncep «p»", m=(mail, "EMAIL_ADDRESS"), a=(g.address("low"), "ADDRESS"), b=lower(g.pick(BAIRROS)),
           p=(g.cep(g.chance(0.5)), "BR_CEP"))
    else:
        cl(doc, st(next(tt)), C, "email «m», endereço «a», «b», «ci»/«uf», CEP «p»", m=(mail, "EMAIL_ADDRESS"), a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
           ci=city, uf=uf, p=(g.cep(), "BR_CEP"))
    mens = g.ri(180, 520)
    cl(doc, st(next(tt)), S, "Obrigada! A mensalidade de «i» é R$ «v» (vencimento dia «d»). A matrícula de R$ «m» pode ser paga no Pix da escola:", i=inst.split()[0],
       v=brl(mens + 0.0), d=g.pick([5, 10, 15, 20]), m=brl(g.pick([80, 100, 120, 150]) + 0.0))
    if g.chance(0.7):
        cl(doc, st(next(tt)), S, "«k»", k=(g.uuid(), "PIX_KEY"))
    else:
        cn = g.cnpj()
        cl(doc, st(next(tt)), S, "CNPJ «k» («r»)", k=(cn, "BR_CNPJ"), r=razao)
    cl(doc, st(next(tt)), C, g.pick(["<Mídia oculta>", "‎imagem ocultada", "comprovante.pdf (arquivo anexado)", "paguei"]))
    if g.chance(0.5):
        cl(doc, st(next(tt)), C, "vcs alugam o instrumento? ainda não compramos o «i»", i=inst)
        cl(doc, st(next(tt)), S, "Temos «i» para locação, R$ «v»/mês, com contrato de comodato. «x»", i=f"{inst} {model}", v=brl(g.ri(40, 120) + 0.0),
           x=g.pick(["Quem faz a regulagem é a Luthieria Leão Branco.", "O instrumento sai revisado.", word_neg(g)]))
    if g.chance(0.45):
        spouse = g.person(not resp.female)
        cl(doc, st(next(tt)), C, "anota tb o número «p» pra emergência: «t» («n»)", p=fem(spouse, "do pai dela" if kid.female else "do pai dele", "da mãe dela" if kid.female else "da mãe dele"),
           t=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"), n=P(lower(g.pick([spouse.first, spouse.nick]))))
    if g.chance(0.3):
        sib = g.relative(resp)
        cl(doc, st(next(tt)), C, "e a «o» pode fazer musicalização? «n», nasceu em «d»" if sib.female else "e o «o» pode fazer musicalização? «n», nasceu em «d»",
           o=fem(sib, "irmão", "irmã"), n=P(lower(sib.first)), d=(g.dob(g.pick(["br", "nopad"]), 2019, 2022), "DATE_OF_BIRTH"))
        cl(doc, st(next(tt)), S, "Pode sim, a turma de musicalização infantil é aos sábados com «n».", n=P(g.musico(True).first))
    if g.chance(0.3):
        cl(doc, st(next(tt)), C, "dá pra deixar a mensalidade no cartão todo mês? «k» val «v»", k=(g.card(g.chance(0.5), g.pick(["4", "5", "6"])), "CREDIT_CARD"),
           v=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}")
        cl(doc, st(next(tt)), S, "Por segurança não guardamos cartão pelo WhatsApp 🙏 vou te mandar o link da recorrência. Pode apagar a mensagem acima.")
    cl(doc, st(next(tt)), S, g.pick(["Matrícula confirmada! Até a aula 🎻", "Tudo certo, seja bem-vind" + kid.o + "!", "Recebido ✅"]))
    if g.chance(0.35):
        cl(doc, st(next(tt)), C, chat_neg(g))
    return doc


def at_form_audicao(g: Gen) -> Doc:
    """An online audition sign-up (youth orchestra, a vacancy, a choir): birth date, CPF, RG, OMB or none, mobile, e-mail, address and CEP,
    a minor's guardian, the emergency contact, the form's IP, the panel's note."""
    doc = Doc()
    orq, fund, dom = orquestra(g) if g.chance(0.75) else (g.pick(COROS), "Associação Coral", "coral" + g.d(2) + ".org.br")
    coro = orq.startswith(("Coral", "Coro", "Madrigal"))
    p = g.musico(apelido_p=0.15)
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    minor = g.chance(0.35)
    t0 = g.moment(hours=(7, 23))
    inst = g.pick(["soprano", "contralto", "tenor", "baixo", "mezzo-soprano"]) if coro else g.pick(NAIPES)
    doc.f("«o» — INSCRIÇÃO PARA AUDIÇÃO «y»\nFormulário recebido em «t» (protocolo «p»)\n\n", o=orq.upper(), y=g.pick(["2025", "2026", "TEMPORADA 2026", "VAGA DE SPALLA", "BOLSISTAS"]),
          t=ts(t0, "brs"), p=clean(g, lambda: f"AUD-{g.d(5)}"))
    fields = [("Nome completo", P(g.pick([p.full, p.caps]))), ]
    if p.apelido and not minor:
        fields.append(("Nome artístico", P(p.apelido)))
    fields += [("Data de nascimento", (g.dob("br", 2007, 2014) if minor else g.dob("br", 1970, 2006), "DATE_OF_BIRTH")),
               ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.6):
        fields.append(("RG", (g.rg(), "BR_RG")))
    if not minor and not coro:
        fields.append(("Registro OMB", omb(g, uf) if g.chance(0.6) else V(g.pick(["não possui", "em andamento", "—"]))))
    fields.append(("Naipe / voz" if coro else "Instrumento / naipe", V(inst)))
    if not coro and g.chance(0.5):
        _, model = instrumento(g)
        fields.append(("Instrumento próprio?", V(g.pick(["sim", "sim", "não (solicita empréstimo)"]))))
    fields += [("Celular (WhatsApp)", (g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER")), ("E-mail", (g.email(p), "EMAIL_ADDRESS")),
               ("Endereço", (g.address(), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS))), ("Cidade/UF", V(f"{city}/{uf}")), ("CEP", (g.cep(g.chance(0.8)), "BR_CEP"))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box", "caps"]))
    if minor:
        gd = g.person(female=g.chance(0.6))
        gd = Person(gd.given, gd.surnames[:1] + [p.last], gd.female)
        doc.t("\nRESPONSÁVEL LEGAL (candidato menor de 18 anos)\n")
        kv_block(doc, [("Nome", P(gd.full)), ("Parentesco", V(fem(gd, "pai", "mãe"))), ("CPF", (g.cpf(), "BR_CPF")),
                       ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))], g.pick(["plain", "dots"]))
    ec = g.person()
    doc.f("\nContato de emergência: «n» («r») — «t»\n", n=P(g.pick([ec.full, ec.first])),
          r=g.pick(["avó", "avô", "tia", "tio", "professor"] if minor else ["mãe", "pai", "cônjuge", "irmã", "irmão", "amiga"]),
          t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    doc.f("Repertório: «r»\n", r=g.pick(["ária ou canção de câmara à escolha e vocalise", "\"Valsa para Luz\" (arranjo da casa) e leitura à primeira vista",
                                        "peça sacra à escolha e exercício de percepção"] if coro else
                                       ["1º movimento de concerto à escolha, escalas em 3 oitavas e excertos da lista do naipe",
                                        "peça livre de até 5 minutos e leitura à primeira vista", "estudo técnico, peça brasileira e excertos orquestrais",
                                        "\"Choro do Bento\" (arranjo da casa) e escala cromática"]))
    doc.f("Aceite do edital e da Lei 13.709/2018 (LGPD): sim — IP «i» — «d»\n", i=(g.ip(), "IP_ADDRESS"), d=ts(t0, "iso"))
    if g.chance(0.7):
        banca = [g.musico(apelido_p=0.0) for _ in range(g.ri(1, 3))]
        doc.f("\n--- uso interno ---\nAudição marcada: «d», «h», «s»\nBanca: ", d=g.date("br"), h=g.hm(), s=g.pick(VENUES + ["sala de ensaio 2", "sala 14"]))
        for k, b in enumerate(banca):
            if k:
                doc.t(", ")
            doc.t(g.pick(["maestro ", "maestrina ", "spalla ", "chefe de naipe ", "prof. ", ""]) if not b.female else g.pick(["maestrina ", "spalla ", "chefe de naipe ", "profa. ", ""]))
            doc.e(g.pick([b.full, b.short]), "PERSON")
        doc.f("\nObs.: «o»\n", o=g.pick(["candidato já tocou como extra em 2024", "solicitar cópia do RG no dia", "precisa de estante extra (canhoto)",
                                         "pedir autorização dos pais assinada", word_neg(g), "bolsista do projeto em 2023"]))
    return doc


def at_stt_omb(g: Gen) -> Doc:
    """A speech-to-text call to the regional council of the Ordem dos Músicos or a musicians' union (CPF, birth date, phone, OMB number,
    address and CEP spoken), then the typed record."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    at = g.person(female=g.chance(0.6))
    c = g.musico(apelido_p=0.2)
    cpf = g.cpf_digits()
    cep = g.cep(False)
    omb_n = g.ri(1000, 99999)
    t0 = g.moment(hours=(9, 18))
    org = g.pick(["ordem dos musicos do brasil conselho regional", "sindicato dos musicos profissionais"])
    doc.f("[transcricao automatica — «o» «u» — «d» — chamada «r»]\n", o=org, u=lower(uf), d=ts(t0, "sql"), r=g.hexs(8))
    doc.f("atendente: «o» boa tarde «a» falando\n", o=org.split(" conselho")[0], a=P(lower(at.first)))
    reason = g.pick(["carteira", "anuidade", "declaracao", "filiacao"])
    doc.f("musico: boa tarde eu «x»\n", x={"carteira": "perdi minha carteirinha e preciso da segunda via pra um contrato com a orquestra",
                                           "anuidade": "queria regularizar as anuidades atrasadas que o contratante ta pedindo a certidao",
                                           "declaracao": "preciso de uma declaracao de que sou musico profissional pra uma turne fora do pais",
                                           "filiacao": "queria me filiar tenho um contrato de temporada e pediram o registro"}[reason])
    doc.t("atendente: pois nao me passa seu nome completo\nmusico: ")
    doc.e(lower(c.full), "PERSON")
    doc.t("\n")
    if c.apelido and g.chance(0.7):
        doc.f("musico: no meio sou conhecid«o» como «n»\n", o=c.o, n=P(lower(c.apelido)))
    if reason != "filiacao":
        spoken = g.pick([f"{omb_n // 1000} mil {omb_n % 1000:03d}", " ".join(str(omb_n)), spoken_digits(str(omb_n), g), f"{str(omb_n)[:2]} {str(omb_n)[2:]}"])
        doc.f("atendente: qual o numero do registro\nmusico: «x»«n»\n", x=g.pick(["", "e ", "o registro e "]), n=(f"omb {lower(uf)} {spoken}", "PROFESSIONAL_ID"))
    doc.f("atendente: o cpf\nmusico: «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    if g.chance(0.7):
        doc.f("atendente: data de nascimento\nmusico: «d»\n", d=(stt_dob(g), "DATE_OF_BIRTH"))
    ddd, local = g.msisdn()
    doc.f("atendente: telefone com ddd\nmusico: «t»\n", t=(g.pick([f"{ddd} {local[0]} {local[1:5]} {local[5:]}", f"{spoken_digits(ddd, g)} {spoken_digits(local, g)}",
                                                                   f"{ddd} {local[:5]} {local[5:]}"]), "PHONE_NUMBER"))
    addr = g.address()
    sp_addr = lower(addr).replace("apto", "apartamento").replace("ap.", "apartamento").replace("r. ", "rua ").replace("av. ", "avenida ")
    sp_addr = sp_addr.replace("nº ", "numero ").replace(" - ", " ").replace(",", "")
    doc.f("atendente: endereco pra correspondencia com cep\nmusico: «a» cep «p»\n", a=(sp_addr, "ADDRESS"),
          p=(g.pick([spoken_digits(cep, g), f"{cep[:5]} {cep[5:]}", f"{cep[:2]} {cep[2:5]} {cep[5:]}"]), "BR_CEP"))
    if reason == "anuidade":
        doc.f("atendente: constam «n» anuidades em aberto da pra parcelar em ate «p» vezes no boleto\nmusico: pode ser\n", n=g.pick(["duas", "tres", "quatro"]),
              p=g.pick(["tres", "seis"]))
    elif reason == "declaracao":
        doc.f("atendente: pra qual pais\nmusico: «x» a turne e com o «y»\n", x=g.pick(["portugal", "argentina", "japao", "alemanha", "chile"]), y=lower(g.pick(GRUPOS)))
    if g.chance(0.4):
        w = g.musico(apelido_p=0.4)
        doc.f("musico: e «o» «n» da minha banda tambem quer regularizar o cpf «d» e «c»\n", o=fem(w, "o", "a"), n=P(lower(w.called)), d=fem(w, "dele", "dela"),
              c=(stt_cpf(g.cpf_digits(), g), "BR_CPF"))
        doc.f("atendente: «e» precisa ligar ou abrir o pedido no portal mas vou anotar\n", e=fem(w, "ele", "ela"))
    prot = clean(g, lambda: f"{t0.year}{g.d(6)}")
    doc.f("atendente: o protocolo e «p» o prazo e de «d» dias uteis\nmusico: obrigad«o»\n\n", p=" ".join(prot[i:i + 2] for i in range(0, len(prot), 2)), d=g.pick([5, 10, 15]), o=c.o)
    doc.f("ATENDIMENTO Nº «p» — «x»\n", p=prot, x={"carteira": "Segunda via de carteira", "anuidade": "Regularização de anuidades", "declaracao": "Declaração profissional",
                                                 "filiacao": "Pedido de inscrição"}[reason])
    fields = [("Nome", P(g.pick([c.full, c.caps])))]
    if c.apelido and g.chance(0.5):
        fields.append(("Nome artístico", P(c.apelido)))
    if reason != "filiacao":
        fields.append(("Registro", (g.pick([f"OMB/{uf} {omb_n:,}".replace(",", "."), f"OMB-{uf} {omb_n}"]), "PROFESSIONAL_ID")))
    fields += [("CPF", (fmt_cpf(cpf), "BR_CPF")), ("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain"])), "PHONE_NUMBER")),
               ("Endereço", (addr, "ADDRESS")), ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP")), ("Cidade", V(f"{city}/{uf}"))]
    if g.chance(0.6):
        fields.append(("E-mail", (g.email(c), "EMAIL_ADDRESS")))
    fields.append(("Atendente", P(at.full) if g.chance(0.5) else V(login(at, g))))
    kv_block(doc, fields, g.pick(["plain", "dots", "box", "caps"]))
    return doc


def at_email_luthier(g: Gen) -> Doc:
    """A customer and a luthier's workshop by e-mail: the estimate (order and serial numbers unlabelled), CPF for the invoice, phone,
    delivery address and CEP, the workshop's Pix key or a card, quoted replies and X-Originating-IP."""
    doc = Doc()
    lt, ldom = g.pick(LUTHIERS)
    lu = g.musico(apelido_p=0.0)
    c = g.musico(apelido_p=0.1)
    inst, model = instrumento(g)
    cm = g.email(c)
    t0 = g.moment(hours=(8, 22))
    t1 = t0 + datetime.timedelta(hours=g.ri(3, 40))
    t2 = t1 + datetime.timedelta(hours=g.ri(2, 30))
    lmail = corp_mail(lu, ldom, g) if g.chance(0.7) else role_mail(g, ldom, g.pick(["oficina", "orcamentos", "contato"]))
    labl = None if lmail.split("@")[0] in ROLE_BOXES else "EMAIL_ADDRESS"
    doc.f("De: «n»«e»\nPara: «l» <«m»>\nData: «d»\nAssunto: Re: Re: orçamento «i»\n\n", n=[P(g.pick([c.full, c.short])), " <"] if g.chance(0.5) else "<",
          e=[(cm, "EMAIL_ADDRESS"), ">"], l=lt,
          m=(lmail, labl), d=mail_date(t2), i=inst)
    doc.f("«o», pode fazer o serviço. ", o=P(lu.first) if labl else V("Olá"))
    pay = g.pick(["pix", "pix", "card", "cpfkey"])
    if pay == "card":
        doc.f("Vou pagar no cartão no link que vocês mandarem; se precisar, o número é «k», validade «v».\n", k=(g.card(g.chance(0.6)), "CREDIT_CARD"),
              v=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}")
    else:
        doc.t("Faço o Pix hoje à noite.\n")
    doc.f("Para a nota: CPF «c».\n", c=(g.cpf(), "BR_CPF"))
    if g.chance(0.6):
        doc.f("Podem devolver pelo motoboy? Endereço: «a», «b», CEP «p». Telefone «t».\n", a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), p=(g.cep(), "BR_CEP"),
              t=(g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"))
    else:
        doc.f("Retiro na oficina. Meu celular é «t».\n", t=(g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"))
    doc.f("«n»\n\n", n=P(g.pick([c.first, c.full, c.apelido or c.first])))
    doc.f("Em «d», «n» <«e»> escreveu:\n", d=ts(t1, "br"), n=P(g.pick([lu.full, lu.short])) if labl else V(lt), e=(lmail, labl))
    q = "> "
    val = g.ri(180, 2600)
    fix = {"violino": "colagem da fenda no tampo, troca do cavalete e ajuste da alma", "viola": "troca de cravelhas e encordoamento",
           "violoncelo": "colagem de descolamento da faixa e novo espigão", "contrabaixo": "rebaixamento do espelho e ajuste de altura das cordas",
           "flauta": "troca das sapatilhas e regulagem do mecanismo", "clarinete": "troca de sapatilhas e cortiças", "trompete": "desamassamento da campana e limpeza química",
           "trombone": "alinhamento da vara e solda de suporte", "saxofone": "revisão completa e troca de feltros", "tuba": "solda de bomba e desamassamento",
           "violão": "regulagem, troca de trastes e ajuste de tensor", "cavaquinho": "colagem do cavalete e troca de tarraxas",
           "bandolim": "troca de trastes e novo rastilho", "trompa": "desoxidação das válvulas rotativas", "oboé": "troca de sapatilhas e molas",
           "acordeão": "afinação e troca de palhetas", "teclado": "troca de contatos de teclas"}.get(inst.split()[0], "revisão geral")
    doc.f("«q»Segue orçamento «o» — «i» «m», «s»:\n«q»- «x»: R$ «v»\n«q»- prazo: «p» dias úteis\n", q=q, o=os_num(g), i=inst, m=model, s=serie(g), x=fix,
          v=brl(val + 0.0), p=g.ri(5, 25))
    if pay in ("pix", "cpfkey"):
        if g.chance(0.6):
            doc.f("«q»Pix (chave aleatória da oficina): «k»\n", q=q, k=(g.uuid(), "PIX_KEY"))
        else:
            doc.f("«q»Pix: CNPJ «k»\n", q=q, k=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    else:
        doc.f("«q»Pagamento em até 3x no cartão pelo link «l»\n", q=q, l=f"https://pag.{ldom}/{g.hexs(8)}")
    doc.f("«q»\n«q»«n»\n«q»«l» — «t»\n", q=q, n=P(g.pick([lu.full, lu.short])) if g.chance(0.8) else V("Equipe da oficina"), l=lt,
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.6) else V(f"www.{ldom}"))
    doc.f("«q»\n«q»Em «d», «n»<«e»> escreveu:\n", q=q, d=ts(t0, "br"), n=[P(g.pick([c.full, c.low])), " "] if g.chance(0.5) else "", e=(cm, "EMAIL_ADDRESS"))
    qq = "> > "
    doc.f("«q»X-Originating-IP: [«ip»]\n«q»\n", q=qq, ip=(g.ip(), "IP_ADDRESS"))
    prob = g.pick(["abriu uma rachadura no tampo depois da viagem", "caiu da estante no ensaio e amassou", "está com um chiado no registro grave",
                   "as chaves estão vazando", "a pestana está muito alta e machuca os dedos", "a cravelha não segura a afinação"])
    doc.f("«q»Bom dia. Meu «i» «p». Toco na «o» e tenho concerto em «d» semanas.\n", q=qq, i=inst, p=prob, o=orquestra(g)[0],
          d=g.pick(["duas", "três", "quatro"]))
    if g.chance(0.3):
        tea = g.musico(apelido_p=0.3)
        doc.f("«q»Quem indicou vocês foi «x» «n».\n", q=qq, x=fem(tea, "meu professor,", "minha professora,"), n=P(g.pick([tea.full, tea.called])))
    if g.chance(0.4):
        doc.f("«q»O instrumento tem seguro (apólice em nome de «n», «a»), precisam de laudo?\n", q=qq, n=P(g.pick([c.full, g.person().full])), a=apolice(g))
    doc.f("«q»Att.,\n«q»«n»\n", q=qq, n=P(g.pick([c.full, c.first])))
    return doc


def at_grupo_coral(g: Gen) -> Doc:
    """A choir's WhatsApp group (lower case): rehearsals, the trip to a festival (name, CPF, birth date or RG for the bus list and the
    insurance), the bus's plate and driver, the treasurer's Pix key, a new member added, new numbers."""
    doc = Doc()
    coro = g.pick(COROS)
    st = chat_stamp(g)
    tt = iter(seq_times(g, 60, g.moment(hours=(7, 14)), 60, 2400))
    reg = g.musico(apelido_p=0.0)
    tes = g.musico(female=True, apelido_p=0.2)
    members = [g.musico(apelido_p=0.2) for _ in range(g.ri(3, 5))]
    num = {id(m): (g.phone("wa"), "PHONE_NUMBER") for m in members}

    def who(p: Person) -> tuple:
        if g.chance(0.5):
            return num.setdefault(id(p), (g.phone("wa"), "PHONE_NUMBER"))
        return P(g.pick([p.first, p.short, p.apelido or p.nick, lower(p.first)]))
    doc.f("«c» 🎶\n", c=coro)
    R = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.4) else P(g.pick([reg.first, reg.short]))
    T = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.5) else P(g.pick([tes.first, tes.short, tes.apelido or tes.nick]))
    city = g.pick(["ouro preto", "tiradentes", "campos do jordão", "gramado", "paraty", "olinda", "pirenópolis", "blumenau"])
    cl(doc, st(next(tt)), R, "oi coro! ensaio extra «d» às «h» na «l», vamos passar o «o» e a «x»", d=g.pick(["sábado", "quinta", "domingo"]), h=g.pick(["9h", "15h", "19h30"]),
       l=g.pick(["igreja matriz", "sala 3 da escola", "casa de cultura", "sede da associação"]), o=lower(g.pick(OBRAS)), x=g.pick(["missa crioula", "ave maria", "suíte nordestina"]))
    cl(doc, st(next(tt)), T, "pessoal, pro festival de corais de «c» a empresa do ônibus precisa da lista de passageiros pra ANTT e o seguro: nome completo, cpf e data de nascimento. manda aqui ou no privado 🙏", c=city)
    for m in members:
        r = g.rng.random()
        if r < 0.5:
            cl(doc, st(next(tt)), who(m), "«n» «c»«r» «d»", n=P(g.pick([lower(m.full), m.full])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
               r=[" rg ", (g.rg(), "BR_RG")] if g.chance(0.3) else "",
               d=(g.dob(g.pick(["br", "nopad", "short"]), 1945, 2005), "DATE_OF_BIRTH"))
        elif r < 0.7:
            cl(doc, st(next(tt)), who(m), "«n»\ncpf: «c»\nnasc: «d»", n=P(m.full), c=(g.cpf(), "BR_CPF"), d=(g.dob("br", 1945, 2005), "DATE_OF_BIRTH"))
        elif r < 0.85:
            cl(doc, st(next(tt)), who(m), "não tenho o cpf aqui, serve rg? «n» rg «r», nasci «d»", n=P(lower(m.full)), r=(g.rg(), "BR_RG"),
               d=(g.dob(g.pick(["br", "nopad"]), 1945, 2005), "DATE_OF_BIRTH"))
            cl(doc, st(next(tt)), T, "serve sim 👍")
        else:
            cl(doc, st(next(tt)), who(m), "mandei no privado")
        if g.chance(0.15):
            spouse = g.person(not m.female)
            cl(doc, st(next(tt)), who(m), "«x» vai junto: «n», cpf «c»", x=fem(spouse, "meu marido", "minha esposa"), n=P(lower(spouse.full)), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), who(members[0]), chat_neg(g))
    pk = g.pick(["aleatoria", "cpf", "cel"])
    cl(doc, st(next(tt)), T, "o valor da viagem ficou R$ «v» por pessoa (ônibus + pousada). pix «k»", v=brl(g.ri(180, 640) + 0.0),
       k=["chave aleatória ", (g.uuid(), "PIX_KEY")] if pk == "aleatoria" else (["cpf ", (g.cpf(), "BR_CPF")] if pk == "cpf" else ["celular ", (g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER")]))
    drv = g.person(False)
    cl(doc, st(next(tt)), T, "ônibus da «e», placa «p», motorista «n». saída 5h30 da praça", e=g.pick(["viação serra azul", "turismo bom bento", "expresso aurora", "rosa tur"]),
       p=(g.plate(), "LICENSE_PLATE"), n=P(lower(g.pick([drv.first, drv.full, drv.nick]))))
    if g.chance(0.6):
        nova = g.musico(apelido_p=0.1)
        doc.f("«s»«a» adicionou «b»\n", s=st(next(tt)), a=R if g.chance(0.5) else T, b=(g.phone("wa"), "PHONE_NUMBER") if g.chance(0.5) else P(nova.full))
        cl(doc, st(next(tt)), R, "sejam bem-vind«o» «n», nova «v» do coro 🎼" if nova.female else "sejam bem-vindo «n», novo «v» do coro 🎼", o=nova.o,
           n=P(lower(nova.first)), v=g.pick(["soprano", "contralto"]) if nova.female else g.pick(["tenor", "baixo"]))
    if g.chance(0.5):
        m = g.pick(members)
        cl(doc, st(next(tt)), (g.phone("wa"), "PHONE_NUMBER"), "gente esse é meu número novo, «n» (naipe «x»). o antigo «o» foi clonado", n=P(lower(m.first)),
           x=g.pick(["soprano", "contralto", "tenor", "baixo"]), o=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.4):
        cl(doc, st(next(tt)), R, "lembrando: partituras novas com «n», nossa pianista. quem faltar dois ensaios não viaja!", n=P(lower(g.musico(True).first)))
    cl(doc, st(next(tt)), who(g.pick(members)), g.pick(["👏👏👏", "amém 🙏", "vou sim!", "kkkk", "<Mídia oculta>", chat_neg(g)]))
    return doc


def at_json_aulas(g: Gen) -> Doc:
    """A music-lessons marketplace's support ticket as JSON: the student (CPF, e-mail, phone, address, CEP), the freelance teacher (CPF, OMB
    sometimes, random Pix key), logins with public IPs and a private test IP, the refund to a masked card, the analyst."""
    doc = Doc()
    app, adom = g.pick([("TocaJá", "tocaja.app"), ("Aula Afinada", "aulafinada.com.br"), ("Mestre em Casa Música", "mestreemcasa.com.br"), ("SolFá", "solfa.app")])
    c = g.person()
    prof = g.musico(apelido_p=0.1)
    an = g.person()
    inst, _ = instrumento(g)
    t0 = g.moment(hours=(7, 23))
    city, uf = g.city()
    cust = {"id": clean(g, lambda: f"usr_{g.hexs(10)}"), "nome": P(g.pick([c.full, c.caps])), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
            "email": (g.email(c), "EMAIL_ADDRESS"), "telefone": (g.phone(g.pick(["e164", "par", "raw"])), "PHONE_NUMBER")}
    if g.chance(0.6):
        cust["endereco"] = {"logradouro": (g.address(), "ADDRESS"), "bairro": g.pick(BAIRROS), "cidade": city, "uf": uf, "cep": (g.cep(g.chance(0.6)), "BR_CEP")}
    if g.chance(0.3):
        cust["data_nascimento"] = (g.dob("iso", 1960, 2006), "DATE_OF_BIRTH")
    tea = {"id": clean(g, lambda: f"prof_{g.hexs(8)}"), "nome": P(prof.full), "instrumento": inst, "cpf": (g.cpf("raw"), "BR_CPF")}
    if g.chance(0.5):
        tea["registro_profissional"] = omb(g)
    tea["repasse"] = {"tipo": "pix", "chave": (g.uuid(), "PIX_KEY")} if g.chance(0.6) else {"tipo": "ted", "banco": g.pick(BANKS)[0],
                                                                                            "agencia": (g.agency(False), "BANK_ACCOUNT"), "conta": (g.account(), "BANK_ACCOUNT")}
    sessions = []
    for k in range(g.ri(2, 4)):
        t = t0 - datetime.timedelta(days=g.ri(0, 20), minutes=g.ri(1, 900))
        sessions.append({"quando": ts(t, "iso"), "ip": (g.ip(), "IP_ADDRESS"), "dispositivo": g.pick(["Android 14", "iPhone iOS 17", "Chrome/Windows", "Safari/macOS"])})
    if g.chance(0.5):
        sessions.append({"quando": ts(t0, "iso"), "ip": g.ip_priv(), "dispositivo": "teste interno (homologação)"})
    motivo = g.pick(["professor faltou duas aulas e não repôs", "cobrança em dobro do pacote de 4 aulas", "aula experimental cobrada",
                     "troca de professor sem aviso", "aluno menor — responsável pede cancelamento"])
    ticket = {"ticket": clean(g, lambda: f"TK-{g.d(6)}"), "aberto_em": ts(t0, "iso"), "canal": g.pick(["app", "chat", "e-mail"]), "assunto": motivo,
              "cliente": cust, "professor": tea, "pacote": {"aulas": g.pick([4, 8, 12]), "valor": float(g.ri(160, 980)), "pago_com": g.masked_card()},
              "acessos_cliente": sessions}
    ticket["mensagens"] = [{"de": "cliente", "texto": g.pick(["quero o reembolso das aulas não dadas", "fui cobrado duas vezes", "o professor não apareceu"])},
                           {"de": "bot", "texto": f"Oi! Aqui é {g.pick(BOTS)}, assistente virtual. Vou transferir para um atendente."}]
    if g.chance(0.6):
        ticket["mensagens"].append({"de": "atendente", "nome": P(an.first), "texto": g.pick(["Estorno solicitado.", "Vou verificar com o professor.", "Reembolso aprovado parcialmente."])})
    ticket["resolucao"] = {"status": g.pick(["estornado", "em análise", "crédito em aulas"]), "analista_n2": P(an.full) if g.chance(0.5) else login(an, g)}
    note = g.pick([["professor ", P(prof.first), " notificado"], ["sem reincidência"], ["cliente recorrente, ligar para ", P(c.first)], ["ver ticket anterior"]])
    doc.t("// export suporte " + app + " — " + ts(t0, "sql") + "\n")
    jval(doc, ticket, 0 if g.chance(0.7) else None)
    doc.t("\n")
    doc.t('{"nota_interna": "')
    for part in note:
        if isinstance(part, tuple):
            doc.e(part[0], part[1])
        else:
            doc.t(part)
    doc.t('"}\n')
    return doc


def at_livro_portaria(g: Gen) -> Doc:
    """A concert hall's stage-door logbook (capitals or not): musicians in with their cases, a harpist's van, the piano tuner with RG, the
    timpani's truck and driver's CNH, a wallet found with RG and CPF, a soloist's relative, the guards."""
    doc = Doc()
    venue = g.pick(VENUES)
    orq = orquestra(g)[0]
    guards = [g.person(False) if g.chance(0.7) else g.person(True) for _ in range(2)]
    day = g.day()
    caps = g.chance(0.6)
    U = (lambda s: fold(s).upper()) if caps else (lambda s: s)
    UT = caps_t if caps else (lambda s: s)
    doc.f("«t»\n«s» — «d»\n\n", t=U(f"LIVRO DE PORTARIA — ENTRADA DE ARTISTAS — {venue}"), s=U(g.pick(["turno B (12h às 00h)", "plantão noturno", "dia de concerto"])),
          d=dbr(day, g.pick(["br", "short"])))
    clock = iter(sorted(f"{g.ri(10, 23):02d}h{g.pick(['00', '05', '15', '20', '30', '40', '45', '55'])}" for _ in range(10)))
    entries = []
    mus = [g.musico(apelido_p=0.2) for _ in range(g.ri(1, 3))]
    if g.chance(0.6):
        entries.append(lambda: doc.f(UT("«h» — entrada músicos da «o»: «l»\n"), h=next(clock), o=U(orq),
                                     l=sum(([P(U(g.pick([m.full, m.short]))), UT(" (" + g.pick(["violoncelo", "contrabaixo", "tímpanos", "harpa", "trompa", "tuba"]) + ")") + (", " if k < len(mus) - 1 else "")]
                                            for k, m in enumerate(mus)), [])))
    harp = g.musico(True, apelido_p=0.0)
    entries.append(lambda: doc.f(UT("«h» — van placa «p» com a harpa de «n», descarga na doca 2. «x»\n"), h=next(clock), p=(g.plate(), "LICENSE_PLATE"),
                                 n=P(U(g.pick([harp.full, harp.short]))), x=UT(g.pick(["ok", "case identificado", "conferido com a produção"]))))
    afin = g.person(False)
    entries.append(lambda: doc.f(UT("«h» — afinador de piano «n», RG «r»«x», liberado pelo palco até 18h.\n"), h=next(clock), n=P(U(afin.full)), r=(g.rg(), "BR_RG"),
                                 x=[UT(", cel "), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")] if g.chance(0.5) else ""))
    drv = g.person(False)
    entries.append(lambda: doc.f(UT("«h» — caminhão «p» (transporte dos tímpanos e percussão), motorista «n», CNH «c».\n"), h=next(clock), p=(g.plate(), "LICENSE_PLATE"),
                                 n=P(U(g.pick([drv.full, drv.short]))), c=(g.cnh(), "BR_CNH")))
    lost = g.person()
    entries.append(lambda: doc.f(UT("«h» — achada carteira na coxia esquerda c/ RG «r» e CPF «c» de «n». guardada na administração. «x»\n"), h=next(clock),
                                 r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"), n=P(U(lost.full)),
                                 x=[UT("liguei p/ "), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), UT(", sem resposta.")] if g.chance(0.5) else ""))
    if g.chance(0.6):
        sol = g.musico(apelido_p=0.0)
        fam = g.relative(sol)
        entries.append(lambda: doc.f(UT("«h» — «x» «y» «s», «n», autorizad«o» p/ camarim 1. tel «t»\n"), h=next(clock), x=U(fem(fam, "irmão", "irmã")), o=U(fam.o),
                                     y=U(fem(sol, "do solista", "da solista")),
                                     s=P(U(sol.short)), n=P(U(fam.full)), t=(g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER")))
    if g.chance(0.5):
        car = g.person()
        entries.append(lambda: doc.f(UT("«h» — carro «p» na vaga do maestro, «n» avisado pelo tel «t».\n"), h=next(clock), p=(g.plate(), "LICENSE_PLATE"),
                                     n=[UT("dono "), P(U(car.full))] if g.chance(0.5) else UT("proprietário"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    if g.chance(0.5):
        entries.append(lambda: doc.t(next(clock) + " — " + U(g.pick(["queda de energia no palco por 5 min.", "ar-condicionado da sala de ensaio desligado.",
                                                                     "ensaio geral atrasou 40 min.", word_neg(g)])) + "\n"))
    g.rng.shuffle(entries)
    for e in entries:
        if g.chance(0.12):
            doc.t(g.pick(["[ilegível] ", "(rasurado) "]))
        e()
    doc.t("\n")
    for gd in guards[:g.pick([1, 1, 2])]:
        doc.f(UT("«p» «n» — «s»\n"), p=U(fem(gd, "porteiro", "porteira")), n=P(U(g.pick([gd.full, gd.short, gd.first]))), s=g.pick(["ass.", "ciente", "rubrica"]))
    return doc


AT = [at_zap_matricula, at_form_audicao, at_stt_omb, at_email_luthier, at_grupo_coral, at_json_aulas, at_livro_portaria]


# --------------------------------------------------------------------------- juridico


def ju_contrato_turne(g: Gen) -> Doc:
    """A freelance musician's contract for a tour (the producer's CNPJ and partner qualified, the musician qualified with stage name and
    OMB, the fee to an agency and account or a random Pix key, witnesses with CPF, an e-signature log)."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    prod, pdom = g.pick(PRODUTORAS)
    socio = g.person()
    m = g.musico(apelido_p=0.35)
    grp = g.pick(GRUPOS + [orquestra(g)[0]])
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS ARTÍSTICOS — MÚSICO INSTRUMENTISTA (TURNÊ «y»)\n\n", y=g.pick(["2025", "2026", "NORDESTE", "SUL", "INTERNACIONAL"]))
    doc.f("CONTRATANTE: «p», CNPJ «c», neste ato representada por seu sócio-administrador ", p=prod, c=(g.any_cnpj(), "BR_CNPJ"))
    qualify(g, doc, socio, rg=g.chance(0.5), addr=False, job="empresário" if not socio.female else "empresária")
    doc.t(".\n\nCONTRATAD" + ("A" if m.female else "O") + ": ")
    qualify(g, doc, m, apelido=True, omb=True, dob=g.chance(0.4), email=g.chance(0.6), phone=g.chance(0.5), where=(city, uf),
            job=g.pick(JOBS[m.female][:10]))
    mei_ = g.chance(0.3)
    if mei_:
        cn, root = mei(g)
        doc.f(", titular do MEI «r» «n», CNPJ «c»", r=root, n=P(fold(m.full).upper()), c=(cn, "BR_CNPJ"))
    doc.t(".\n\n")
    d1, d2 = date_range(g, 10, 45)
    cities = g.sample([c for c, _ in CITIES], 4)
    fee = g.ri(350, 1800)
    doc.f("CLÁUSULA 1ª — O objeto é a participação d«o» CONTRATAD«O» como «i» no «g», na turnê de «d1» a «d2», com apresentações em «c».\n", o=m.o, O=m.o.upper(),
          i=g.pick(["instrumentista (" + instrumento(g)[0] + ")", "músico acompanhante", "backing vocal", "músico substituto"]), g=grp, d1=d1, d2=d2, c=", ".join(cities))
    doc.f("CLÁUSULA 2ª — O cachê é de R$ «v» por apresentação, mais diária de alimentação de R$ «a», pagos até o 5º dia útil após cada etapa, ", v=brl(fee + 0.0),
          a=brl(g.pick([60, 80, 90, 120]) + 0.0))
    if g.chance(0.55):
        bk = g.pick(BANKS)
        doc.f("mediante depósito no «b» (banco «k»), agência «a», conta «n», de titularidade d«o» CONTRATAD«O».\n", b=bk[1], k=bk[0], a=(g.agency(), "BANK_ACCOUNT"),
              n=(g.account(), "BANK_ACCOUNT"), o=m.o, O=m.o.upper())
    else:
        doc.f("por Pix na chave aleatória «k», de titularidade d«o» CONTRATAD«O».\n", k=(g.uuid(), "PIX_KEY"), o=m.o, O=m.o.upper())
    doc.t("CLÁUSULA 3ª — Transporte, hospedagem e seguro de acidentes pessoais por conta da CONTRATANTE; o transporte dos instrumentos de grande porte é de "
          "responsabilidade da produção.\n")
    tm = g.person()
    doc.f("CLÁUSULA 4ª — «x» da turnê é «n», telefone «t», a quem caberá a convocação e o controle de horários.\n",
          x=g.pick([fem(tm, "O produtor executivo", "A produtora executiva"), "O(A) road manager", fem(tm, "O diretor musical", "A diretora musical")]),
          n=P(tm.full), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t("CLÁUSULA 5ª — A cessão de direitos conexos sobre gravações ao vivo observará a Lei 9.610/1998; a multa por desistência é de 30% do valor total.\n")
    doc.f("CLÁUSULA 6ª — Fica eleito o foro da comarca de «c»/«u».\n\n«c», «d».\n\n", c=city, u=uf, d=g.date("long"))
    doc.t("Testemunhas:\n")
    wits = [g.person() for _ in range(2)]
    for w in wits:
        doc.f("«n» — CPF «c»«r»\n", n=P(g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"), r=[" — RG ", (g.rg(), "BR_RG")] if g.chance(0.35) else "")
    if g.chance(0.65):
        signers = [(socio, corp_mail(socio, pdom, g)), (m, g.email(m))] + [(w, g.email(w)) for w in wits[:g.ri(0, 2)]]
        esign_log(g, doc, signers, g.moment())
    return doc


def ju_comodato(g: Gen) -> Doc:
    """An instrument-loan (comodato) agreement between a music project and a student: the foundation's CNPJ and president, the minor student
    with birth date and CPF, the guardian qualified, the instrument and serial (unlabelled), the teacher with OMB, insurance, witnesses."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    if g.chance(0.5):
        orq, fund, dom = orquestra(g)
    else:
        orq, fund, dom = escola(g)
    pres = g.person()
    gd = g.person(female=g.chance(0.65))
    kid = g.relative(gd)
    inst, model = instrumento(g)
    prof = g.musico(apelido_p=0.0)
    doc.f("TERMO DE COMODATO DE INSTRUMENTO MUSICAL Nº «n»\n«p» — «f»\n\n", n=clean(g, lambda: f"{g.d(3)}/{g.ri(2024, 2026)}"), p=orq, f=fund)
    doc.f("COMODANTE: «f», inscrita no CNPJ sob o nº «c», representada por «a» ", f=fund, c=(g.any_cnpj(), "BR_CNPJ"), a=fem(pres, "seu presidente", "sua presidente"))
    doc.e(g.pick([pres.full, pres.caps]), "PERSON")
    doc.f(", CPF «c».\n\nCOMODATÁRI«o»: ", c=(g.cpf(), "BR_CPF"), o="A" if kid.female else "O")
    doc.e(g.pick([kid.full, kid.caps]), "PERSON")
    doc.f(", estudante, nascid«o» em «d»«x», neste ato representad«o» por «r», ", o=kid.o, d=(g.dob(g.pick(["br", "long"]), 2008, 2016), "DATE_OF_BIRTH"),
          x=[", CPF ", (g.cpf(), "BR_CPF")] if g.chance(0.7) else "", r=fem(gd, "seu pai", "sua mãe"))
    qualify(g, doc, gd, phone=True, email=g.chance(0.5), where=(city, uf), job=g.pick(["autônomo", "professor", "motorista", "comerciário"]) if not gd.female
            else g.pick(["autônoma", "professora", "diarista", "enfermeira"]))
    doc.t(".\n\n")
    val = g.ri(1200, 38000)
    doc.f("CLÁUSULA 1ª — O COMODANTE empresta ao COMODATÁRIO, gratuitamente, «i» «m», «s», com estojo e arco/acessórios, avaliado em R$ «v», "
          "pelo prazo do ano letivo de «y», para uso exclusivo nas aulas, ensaios e concertos — «p».\n", i=inst, m=model, s=serie(g), v=brl(val + 0.0), y=g.pick([2025, 2026]), p=orq)
    doc.f("CLÁUSULA 2ª — O instrumento está coberto pela «a»; em caso de furto, o responsável deve registrar boletim de ocorrência em 48 horas.\n", a=apolice(g))
    doc.f("CLÁUSULA 3ª — Reparos somente pela oficina credenciada («l»). Cordas, palhetas e breu por conta do responsável.\n", l=g.pick(LUTHIERS)[0])
    doc.f("CLÁUSULA 4ª — Professor«a» responsável: «n», «o».\n", a="a" if prof.female else "", n=P(g.pick([prof.full, prof.short])), o=omb(g, uf) if g.chance(0.7) else V("bolsista monitor"))
    doc.f("CLÁUSULA 5ª — A devolução será feita na secretaria, mediante vistoria; danos por mau uso serão ressarcidos conforme tabela. «w»\n\n", w=g.pick(["", word_neg(g)]))
    doc.f("«c», «d».\n\n", c=city, d=g.date("long"))
    doc.t("____________________ COMODANTE\n____________________ RESPONSÁVEL LEGAL\n\nTestemunhas:\n")
    for _ in range(2):
        w = g.person()
        if g.chance(0.6):
            doc.f("1) «n», RG «r»\n" if g.chance(0.5) else "- «n», RG «r»\n", n=P(w.full), r=(g.rg(), "BR_RG"))
        else:
            doc.f("- «n», CPF «c»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"))
    return doc


def ju_reclamatoria_musico(g: Gen) -> Doc:
    """An orchestra musician's labour claim (hired as a MEI: 'pejotização'): PIS, título, birth date, OMB; the foundation's CNPJ, the MEI's,
    the conductor and the orchestra's inspector, payments to an agency and account, colleagues as witnesses, lawyer."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    orq, fund, dom = orquestra(g)
    a = g.musico(apelido_p=0.0)
    cn, root = mei(g)
    if g.chance(0.6):
        doc.f("PJe — processo «p» — distribuído em «d»\n\n", p=g.cnj(TRT[uf]), d=g.date("br"))
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «n»ª VARA DO TRABALHO DE «c»/«uf»\n\n", n=g.ri(1, 60), c=fold(city).upper(), uf=uf)
    naipe = g.pick(NAIPES)
    qualify(g, doc, a, pis=True, titulo=g.chance(0.5), dob=g.chance(0.7), phone=g.chance(0.6), email=g.chance(0.5), where=(city, uf), omb=True,
            job=g.pick(["músico de orquestra", "instrumentista"]) if not a.female else g.pick(["musicista de orquestra", "instrumentista"]))
    doc.f(", CTPS «c», vem propor\n\nRECLAMAÇÃO TRABALHISTA\n\nem face de «f», pessoa jurídica de direito privado, CNPJ «n», mantenedora da «o», e do ", c=ctps(g, uf),
          f=fund.upper(), n=(g.any_cnpj(), "BR_CNPJ"), o=orq)
    doc.f("MUNICÍPIO DE «c», CNPJ «n», como responsável subsidiário, pelos fatos a seguir.\n\n", c=fold(city).upper(), n=(g.cnpj(), "BR_CNPJ"))
    end = datetime.date(2025, 1, 1) + datetime.timedelta(days=g.ri(0, 420))
    start = end - datetime.timedelta(days=g.ri(700, 3600))
    mae = g.musico(apelido_p=0.0)
    insp = g.person()
    doc.f("1. «O» reclamante integrou o naipe de «x» de «d1» a «d2», com ensaios de terça a sexta e concertos aos fins de semana, sob as ordens do regente titular, "
          "maestro «m», e do inspetor da orquestra, «i». Foi obrigad«o» a abrir o MEI «r» «n», CNPJ «k», para emitir notas mensais, sem registro em CTPS.\n",
          O="A" if a.female else "O", o=a.o, x=naipe, d1=dbr(start), d2=dbr(end), m=P(g.pick([mae.full, mae.short])), i=P(g.pick([insp.full, insp.short])),
          r=root, n=P(fold(a.full).upper()), k=(cn, "BR_CNPJ"))
    sal = g.ri(3800, 11000)
    doc.f("2. Recebia R$ «v» mensais, depositados na conta da reclamante no «b», agência «ag», conta «ac», conforme extratos:\n\n" if a.female else
          "2. Recebia R$ «v» mensais, depositados na conta do reclamante no «b», agência «ag», conta «ac», conforme extratos:\n\n",
          v=brl(sal + 0.0), b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    rows = [[V(f"{g.ri(1, 12):02d}/{g.ri(2019, 2025)}"), V(brl(sal + g.pick([0, 0, -350, 420]) + 0.0)), V(g.pick(["TED " + fund.split()[0].upper(), "PIX RECEBIDO", "CRÉDITO FORNECEDOR"]))]
            for _ in range(g.ri(2, 4))]
    table_ruled(doc, ["competência", "valor (R$)", "histórico"], rows, g.pick(["plus", "plain", "md", "psql"]))
    md = g.person()
    doc.f("\n3. Desde «y», apresenta «x», conforme laudo «a» «n» («c»), sem que a reclamada fornecesse protetores auriculares ou realizasse audiometrias "
          "periódicas (NR-7 e NR-15).\n", y=g.ri(2019, 2024), x=g.pick(["perda auditiva induzida por ruído e tendinite no ombro", "perda auditiva bilateral e zumbido",
                                                                          "tenossinovite no punho esquerdo e cervicalgia"]),
          a=fem(md, "do Dr.", "da Dra."), n=P(md.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.t("4. Postula: a) o reconhecimento do vínculo de emprego e a anotação da CTPS; b) 13º salários, férias + 1/3 e FGTS + 40%; c) adicional de insalubridade; "
          "d) indenização por doença ocupacional; e) as multas dos arts. 467 e 477 da CLT.\n\nTestemunhas:\n")
    for _ in range(g.ri(1, 3)):
        w = g.musico(apelido_p=0.15)
        r = g.rng.random()
        if r < 0.4:
            doc.f("- «n», «x», CPF «c»\n", n=P(w.full), x=g.pick(["violinista", "spalla", "trompista", "violista", "percussionista", "arquivista da orquestra"]), c=(g.cpf(), "BR_CPF"))
        elif r < 0.7:
            doc.f("- «n», CPF «c», tel. «t»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        else:
            doc.f("- «n», «o», RG «r»\n", n=P(w.full), o=omb(g, uf), r=(g.rg(), "BR_RG"))
    doc.f("\nValor da causa: R$ «v».\n«c», «d».\n\n", v=brl(g.ri(80000, 450000) + 0.0), c=city, d=g.date("long"))
    lawyer_sig(g, doc, g.pick([1, 1, 2]))
    return doc


def ju_notificacao_direitos(g: Gen) -> Doc:
    """An extrajudicial notice by a composer (or heirs) to a publisher or producer over unpaid royalties or an unauthorised use: the
    composer qualified with pen name, co-authors, works with ISWC and rights-holder codes (unlabelled), the publisher's CNPJ, the lawyer."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    ed, edom = g.pick(EDITORAS + PRODUTORAS)
    soc, sdom = g.pick(SOCIEDADES)
    comp = g.musico(apelido_p=0.45)
    heirs = g.chance(0.3)
    rep = g.person()
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\n«c», «d».\n\nÀ «e»\nCNPJ «n»\nA/C «r» «p»\n«x»\n\n", c=city, d=g.date("long"), e=ed, n=(g.any_cnpj(), "BR_CNPJ"),
          r=fem(rep, "Sr.", "Sra."), p=P(rep.full), x=(corp_mail(rep, edom, g), "EMAIL_ADDRESS") if g.chance(0.6) else V(role_mail(g, edom, g.pick(["juridico", "direitos", "contato"]))))
    if heirs:
        h = g.relative(comp)
        doc.t("NOTIFICANTE: ")
        qualify(g, doc, h, email=g.chance(0.5), where=(city, uf), job=g.pick(["aposentad" + h.o, fem(h, "professor", "professora"), fem(h, "músico", "musicista")]))
        doc.f(", na qualidade de inventariante do espólio de «n», compositor«a» falecid«o» em «d», inscrit«o» na «s» sob o código «k».\n\n",
              n=P(comp.full), a="a" if comp.female else "", o=comp.o, d=g.date("br", g.ri(2015, 2024)), s=soc, k=ecad_cod(g))
    else:
        doc.t("NOTIFICANTE: ")
        qualify(g, doc, comp, apelido=True, omb=g.chance(0.5), email=g.chance(0.6), phone=g.chance(0.4), where=(city, uf),
                job=fem(comp, "compositor", "compositora"))
        doc.f(", associad«o» à «s» (código de titular «k»).\n\n", o=comp.o, s=soc, k=ecad_cod(g))
    works = g.sample(OBRAS, g.ri(2, 3))
    doc.t("Pela presente, notifica-se V. Sas. de que as obras abaixo, de autoria ")
    doc.t("do compositor " if not comp.female else "da compositora ")
    doc.e(g.pick([comp.full, comp.short]), "PERSON")
    doc.t(", vêm sendo utilizadas sem autorização e sem o repasse previsto no contrato de edição:\n\n")
    rows = []
    for w in works:
        co = g.musico(apelido_p=0.3)
        rows.append([V(w), V(iswc(g)), P(g.pick([co.full, co.called])), V(g.pick(["50%", "33,33%", "25%", "60%"])),
                     V(g.pick(["streaming e trilha de comercial", "show ao vivo sem cue-sheet", "regravação sem licença", "sincronização em série de TV"]))])
    table_ruled(doc, ["obra", "ISWC", "coautor(a)", "% editora", "uso apurado"], rows, g.pick(["plus", "plain", "md", "pipe"]))
    doc.f("\nRequer-se, no prazo de «p» dias: a) a prestação de contas dos rendimentos desde «y»; b) a suspensão dos usos não licenciados; c) o pagamento dos valores "
          "devidos, com correção, na conta d«o» notificante (agência «a», conta «n»), sob pena das medidas previstas na Lei 9.610/1998 (arts. 29, 68 e 102 a 104).\n",
          p=g.pick([10, 15, 30]), y=g.ri(2019, 2024), o=(h if heirs else comp).o, a=(g.agency(), "BANK_ACCOUNT"), n=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.4):
        doc.f("O distribuidor digital informou, em «d», que o ISRC «i» foi monetizado em nome da notificada.\n", d=g.date("br"),
              i=clean(g, lambda: f"BR-{g.up(3)}-{g.d(2)}-{g.d(5)}"))
    doc.t("\nAtenciosamente,\n\n")
    lawyer_sig(g, doc, g.pick([1, 2]), dom=g.pick(["direitoautoral.adv.br", "autoraleartes.adv.br", None]))
    return doc


def ju_termo_edital(g: Gen) -> Doc:
    """A municipal culture grant's term of execution (PNAB or Lei Paulo Gustavo): the city's CNPJ and secretary, the proponent qualified,
    the project's own account, the group's members with CPF, process numbers unlabelled, an e-signature log with IPs."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    sec = g.person()
    pr = g.musico(apelido_p=0.3)
    proj = g.pick([f"Circulação \"{g.pick(OBRAS)}\" pelos bairros", "Oficinas de cavaquinho e pandeiro na periferia", "Gravação do EP \"" + g.pick(OBRAS) + "\"",
                   "Coral comunitário da terceira idade", "Orquestra de violões na escola pública", "Festival de bandas de música do interior",
                   "Memória do choro: acervo digital de partituras"])
    doc.f("TERMO DE EXECUÇÃO CULTURAL Nº «n»\n«e» — «s»\n\n", n=clean(g, lambda: f"{g.d(3)}/{g.ri(2024, 2026)}"), e=edital(g), s=sei(g))
    doc.f("O MUNICÍPIO DE «c», CNPJ «k», por meio da Secretaria Municipal de Cultura, neste ato representada pel«o» Secretári«o» ", c=fold(city).upper(),
          k=(g.cnpj(), "BR_CNPJ"), o=sec.o)
    doc.e(g.pick([sec.full, sec.caps]), "PERSON")
    doc.t(", e o(a) AGENTE CULTURAL ")
    qualify(g, doc, pr, apelido=True, dob=g.chance(0.6), email=True, phone=True, where=(city, uf), omb=g.chance(0.3), titulo=g.chance(0.35))
    doc.f(", resolvem firmar o presente termo para execução do projeto \"«p»\", aprovado na categoria «x».\n\n", p=proj,
          x=g.pick(["música — pessoa física", "música — coletivo sem CNPJ", "formação e oficinas", "patrimônio imaterial"]))
    val = g.ri(8, 120) * 1000
    bk = g.pick([("001", "Banco do Brasil"), ("104", "Caixa")])
    doc.f("CLÁUSULA 1ª — O valor de R$ «v» será depositado em conta específica aberta para o projeto: «b» (banco «k»), agência «a», conta corrente «n».\n",
          v=brl(val + 0.0), b=bk[1], k=bk[0], a=(g.agency(), "BANK_ACCOUNT"), n=(g.account(), "BANK_ACCOUNT"))
    doc.t("CLÁUSULA 2ª — A prestação de contas será feita pelo relatório de objeto, com fotos, listas de presença e clipping, em até 60 dias após o fim da execução "
          "(LC 195/2022, Lei 14.399/2022 e Decreto 11.453/2023).\n")
    doc.t("CLÁUSULA 3ª — Integram a ficha técnica:\n\n")
    rows = []
    for _ in range(g.ri(2, 5)):
        mm = g.musico(apelido_p=0.2)
        rows.append([P(g.pick([mm.full, mm.caps])), V(g.pick(["violão 7 cordas", "cavaquinho", "pandeiro", "flauta", "regência", "produção", "voz", "arranjos", "bandolim"])),
                     (g.cpf(), "BR_CPF") if g.chance(0.8) else V("***." + g.d(3) + "." + g.d(3) + "-**"), V(brl(g.ri(800, 6000) + 0.0))])
    table_ruled(doc, ["nome", "função", "CPF", "cachê (R$)"], rows, g.pick(["plus", "psql", "plain", "md"]))
    an = g.person()
    doc.f("\nAnalista responsável: «n» («m»)\n«c», «d».\n", n=P(an.full) if g.chance(0.6) else V(login(an, g)), m=matricula(g), c=city, d=g.date("long"))
    if g.chance(0.7):
        signers = [(sec, corp_mail(sec, f"cultura.{lower(city).replace(' ', '')}.{lower(uf)}.gov.br", g)), (pr, g.email(pr))]
        esign_log(g, doc, signers, g.moment(), g.pick(["plus", "psql", "plain"]))
    return doc


def ju_bo_furto(g: Gen) -> Doc:
    """A police report in capitals, OCR'd in some copies: instruments stolen from a car after a gig (the victim qualified, the car's plate,
    serials unlabelled, the bar's owner, a band mate as witness, a suspect by nickname, officers with RE unlabelled, the delegado, the clerk)."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    R = g.pick([0.0, 0.0, 0.3])
    O = (lambda s: ocr_t(caps_t(s), g, R)) if R else caps_t
    N = (lambda s: ocr(s, g, 0.3, names=True)) if R else (lambda s: s)
    v = g.musico(apelido_p=0.3)
    casa, fant = g.pick(CASAS)
    doc.f(O("SECRETARIA DA SEGURANÇA PÚBLICA — POLÍCIA CIVIL\n«n»ª DELEGACIA DE POLÍCIA DE «c»\nBOLETIM DE OCORRÊNCIA Nº «b»\n"), n=g.ri(1, 30), c=fold(city).upper(),
          b=clean(g, lambda: f"{g.d(4)}/{g.pick([2025, 2026])}-{g.up(2)}"))
    doc.f(O("NATUREZA: FURTO QUALIFICADO (ART. 155, § 4º, I, DO CP) — ROMPIMENTO DE OBSTÁCULO\nLOCAL: VIA PÚBLICA, EM FRENTE AO «l» — DATA: «d» — HORA: «h»\n\n"),
          l=fold(fant).upper(), d=g.date("br"), h=f"0{g.ri(0, 4)}:{g.ri(0, 59):02d}")
    doc.t(O("VÍTIMA: "))
    doc.e(N(v.capsf), "PERSON")
    if v.apelido:
        doc.t(O(" (NOME ARTÍSTICO \""))
        doc.e(N(fold(v.apelido).upper()), "PERSON")
        doc.t("\")")
    doc.f(O(", MÚSICO, NASCID«o» EM «d», RG «r», CPF «c»\nENDEREÇO: "), o="A" if v.female else "O", d=(g.dob("br", 1960, 2004), "DATE_OF_BIRTH"), r=(g.rg(), "BR_RG"),
          c=(g.cpf(), "BR_CPF"))
    doc.e(N(g.address("caps")), "ADDRESS")
    doc.f(O(", CEP «p», TEL «t»\nVEÍCULO: «m», PLACA «pl», RENAVAM «rv», COR «x», DE PROPRIEDADE DA VÍTIMA\n\n"), rv=g.neg(11), p=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          m=g.pick(["VW SAVEIRO", "FIAT DOBLÒ", "RENAULT KANGOO", "CHEVROLET SPIN", "FIAT FIORINO"]), pl=(g.plate(), "LICENSE_PLATE"), x=g.pick(["BRANCA", "PRATA", "PRETA", "VERMELHA"]))
    doc.t(O("OBJETOS SUBTRAÍDOS:\n"))
    for _ in range(g.ri(1, 3)):
        inst, model = instrumento(g)
        doc.f(O("- «i» «m», «s», VALOR ESTIMADO R$ «v»\n"), i=fold(inst).upper(), m=fold(model).upper(), s=fold(serie(g)).upper(), v=money(g, 900, 22000))
    mate = g.musico(apelido_p=0.4)
    own = g.person()
    doc.f(O("\nHISTÓRICO: A VÍTIMA RELATA QUE, APÓS APRESENTAÇÃO COM O «g» NO «l», DEIXOU OS INSTRUMENTOS NO PORTA-MALAS ENQUANTO RECEBIA O CACHÊ «o»"),
          g=fold(g.pick(GRUPOS)).upper(), l=fold(fant).upper(), o=[O(fem(own, "DO PROPRIETÁRIO DA CASA, ", "DA PROPRIETÁRIA DA CASA, ")), P(N(own.capsf))] if g.chance(0.5) else O("DO GERENTE"))
    doc.f(O(". AO RETORNAR, ENCONTROU O VIDRO TRASEIRO QUEBRADO. «x» DE BANDA «n» VIU UM RAPAZ CONHECIDO NA REGIÃO COMO "), x=O(fem(mate, "O COLEGA", "A COLEGA")),
          n=P(N(fold(g.pick([mate.full, mate.called])).upper())))
    sus = g.pick(["BOCÃO", "NEGUINHO DA PRAÇA", "CABELO", "TORRESMO", "PALITO", "GALO CEGO"])
    doc.e(N(sus), "PERSON")
    doc.t(O(" CORRENDO COM UM ESTOJO. CÂMERAS DO ESTABELECIMENTO SERÃO REQUISITADAS.\n\nTESTEMUNHAS:\n"))
    doc.f(O("- «n», CPF «c», TEL «t»\n"), n=P(N(mate.capsf)), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        w = g.person()
        doc.f(O("- «n», RG «r»\n"), n=P(N(w.capsf)), r=(g.rg(), "BR_RG"))
    if g.chance(0.4):
        doc.t(O("\nPOLICIAIS MILITARES QUE ATENDERAM:\n"))
        for rk in g.sample(["SD PM", "CB PM", "3º SGT PM"], 2):
            pm = g.person()
            doc.f(O("«k» «n» — RE «r»\n"), k=rk, n=P(N(g.pick([pm.capsf, fold(pm.short).upper()]))), r=f"{g.d(6)}-{g.d(1)}")
    dl, es = g.person(), g.person()
    doc.f(O("\nAUTORIDADE: «n», DELEGAD«o» DE POLÍCIA\nESCRIV«e»: «m»\n"), n=P(N(dl.capsf)), o="A" if dl.female else "O", e="Ã" if es.female else "ÃO", m=P(N(es.capsf)))
    return doc


def ju_ata_audiencia(g: Gen) -> Doc:
    """Hearing minutes (small claims or labour court): a freelance musician's unpaid fee for gigs at a bar, buffet or hotel; the parties,
    the company's CNPJ and representative with CPF, lawyers with OAB, the settlement to a random Pix key or an account."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    casa, fant = g.pick(CASAS)
    a = g.musico(apelido_p=0.35)
    pre = g.person()
    judge = g.person()
    labour = g.chance(0.5)
    if labour:
        doc.f("PODER JUDICIÁRIO — JUSTIÇA DO TRABALHO\n«n»ª VARA DO TRABALHO DE «c»\nATA DE AUDIÊNCIA — PROCESSO «p»\n\n", n=g.ri(1, 40), c=fold(city).upper(), p=g.cnj(TRT[uf]))
    else:
        doc.f("PODER JUDICIÁRIO DO ESTADO — JUIZADO ESPECIAL CÍVEL DE «c»\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO — PROCESSO «p»\n\n", c=fold(city).upper(), p=g.cnj(CNJ_SEG.get(uf, "8.26")))
    doc.f("Aos «d», às «h», na sala de audiências, sob a presidência d«o» «t» ", d=g.date("long"), h=g.hm(), o=judge.o,
          t=("juíz" + ("a" if judge.female else "") + " do trabalho") if labour else ("conciliador" + ("a" if judge.female else "")))
    doc.e(g.pick([judge.full, judge.caps]), "PERSON")
    doc.t(", foram apregoadas as partes.\n\nRECLAMANTE" if labour else ", foram apregoadas as partes.\n\nREQUERENTE")
    doc.t(": ")
    doc.e(g.pick([a.full, a.caps]), "PERSON")
    if a.apelido and g.chance(0.6):
        doc.f(" (\"«n»\")", n=P(a.apelido))
    lw1 = g.person()
    doc.f(", CPF «c»«o»«r», presente, acompanhad«a» de «x» advogad«y» ", c=(g.cpf(), "BR_CPF"), o=[", ", omb(g, uf)] if g.chance(0.4) else "", a=a.o,
          r=[", residente na ", (g.address(), "ADDRESS"), ", CEP ", (g.cep(), "BR_CEP")] if g.chance(0.5) else "", x=fem(lw1, "seu", "sua"), y=lw1.o)
    doc.f("«n», «o».\n", n=P(lw1.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("«r»: «e», CNPJ «c», representada por ", r="RECLAMADA" if labour else "REQUERIDA", e=casa.upper(), c=(g.any_cnpj(), "BR_CNPJ"))
    doc.e(g.pick([pre.full, pre.caps]), "PERSON")
    lw2 = g.person()
    doc.f(", CPF «c», e pel«o» advogad«o» ", c=(g.cpf(), "BR_CPF"), o=lw2.o)
    doc.f("«n», «o».\n\n", n=P(lw2.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    n = g.ri(3, 14)
    gm = g.person()
    doc.f("«O» autor«a» alega ter tocado em «n» noites no «f» («g») entre «d1» e «d2», com cachê combinado de R$ «v» por noite pelo WhatsApp com «x» «m», "
          "sem receber as últimas «k». A ré reconhece parte da dívida.\n\n", O="A" if a.female else "O", a="a" if a.female else "", n=n, f=fant,
          g=g.pick(["voz e violão", "trio de forró", "piano-bar", "banda de baile", "seresta", "quarteto de cordas em casamentos"]), d1=(dr := date_range(g, 20, 150))[0], d2=dr[1],
          v=brl(g.ri(250, 900) + 0.0), x=fem(gm, "o gerente", "a gerente"), m=P(g.pick([gm.full, gm.first])) if g.chance(0.6) else V("da casa"), k=g.ri(2, n))
    val = g.ri(1500, 14000)
    pp = g.pick([1, 2, 3, 4])
    doc.f("CONCILIAÇÃO: as partes acordam o pagamento de R$ «v» em «p» parcela«s», vencendo a primeira em «d», ", v=brl(val + 0.0), p=pp, s="" if pp == 1 else "s",
          d=g.date("br"))
    mode = g.pick(["pix", "conta", "advogado"])
    if mode == "pix":
        doc.f("por Pix na chave aleatória «k», de titularidade d«o» autor«a».\n", k=(g.uuid(), "PIX_KEY"), o=a.o, a="a" if a.female else "")
    elif mode == "conta":
        doc.f("mediante depósito na conta d«o» autor«a» no «b», agência «ag», conta «ac».\n", o=a.o, a="a" if a.female else "", b=g.pick(BANKS)[1],
              ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("na conta do patrono, «b», agência «ag», conta «ac».\n", b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.t("Multa de 50% em caso de inadimplemento. Homologado o acordo, para que produza seus efeitos legais (arts. 831 da CLT e 22 da Lei 9.099/1995).\n\n"
          if labour else "Multa de 50% em caso de inadimplemento. Homologado o acordo (art. 22 da Lei 9.099/1995).\n\n")
    sc = g.person()
    if g.chance(0.6):
        doc.f("Nada mais. Eu, «n», secretári«o» de audiência, digitei.\n", n=P(sc.full), o=sc.o)
    else:
        doc.t("Nada mais. Lida e achada conforme, vai assinada pelos presentes.\n")
    return doc


JU = [ju_contrato_turne, ju_comodato, ju_reclamatoria_musico, ju_notificacao_direitos, ju_termo_edital, ju_bo_furto, ju_ata_audiencia]


# --------------------------------------------------------------------------- saude

FREQS = ["250", "500", "1k", "2k", "3k", "4k", "6k", "8k"]


def audiogram(g: Gen, notch: bool) -> list[list[str]]:
    """Thresholds (dB HL) for the right and left ears; a 4-6 kHz notch when the loss is noise-induced."""
    rows = []
    for ear in ("OD", "OE"):
        base = [g.pick([10, 15, 15, 20]) for _ in FREQS]
        if notch:
            base[5] += g.pick([25, 30, 35, 40])
            base[6] += g.pick([20, 30, 35])
            base[4] += g.pick([10, 15, 20])
        rows.append([ear] + [str(v) for v in base])
    return rows


def sa_audiometria(g: Gen) -> Doc:
    """An occupational audiometry report of an orchestra musician (the clinic's and the orchestra's CNPJ, birth date, CPF, the function
    and exposure, thresholds, the speech therapist's CRFa, the physician's CRM, ICD-10 codes unlabelled); OCR'd in some copies."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    cli, cdom = g.pick(CLINICAS[:3])
    orq, fund, dom = orquestra(g)
    w = g.musico(apelido_p=0.0)
    fono = g.person(female=g.chance(0.8))
    md = g.person()
    R = g.pick([0.0, 0.0, 0.25])
    O = (lambda s: ocr_t(s, g, R)) if R else (lambda s: s)
    N = (lambda s: ocr(s, g, 0.25, names=True)) if R else (lambda s: s)
    notch = g.chance(0.6)
    naipe = g.pick(["trompete", "trombone", "percussão", "trompa", "violino (1ºs)", "viola", "flautim", "tuba", "clarinete", "tímpanos"])
    doc.f(O("«c» — CNPJ «n»\nEXAME AUDIOMÉTRICO OCUPACIONAL — «k»\n\n"), c=cli.upper(), n=(g.any_cnpj(), "BR_CNPJ"),
          k=g.pick(["REFERENCIAL", "SEQUENCIAL", "PERIÓDICO", "DEMISSIONAL"]))
    doc.f(O("Empresa: «f» («o») — CNPJ «c»\n"), f=fund, o=orq, c=(g.any_cnpj(), "BR_CNPJ"))
    doc.t(O("Nome: "))
    doc.e(N(g.pick([w.full, w.caps])), "PERSON")
    doc.f(O("    Nasc.: «d»    CPF: «c»\n"), d=(g.dob("br", 1962, 2003), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.4):
        doc.f(O("RG: «r»    "), r=(g.rg(), "BR_RG"))
    if g.chance(0.35):
        doc.f(O("NIT: «n»    "), n=(g.pis(), "BR_PIS"))
    if g.chance(0.4):
        doc.f(O("Tel.: «t»\n"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f(O("Função: músico instrumentista — «i»    Exposição estimada: «e» dB(A) (ensaios «h» h/semana)\nRepouso auditivo: «p» h    Meatoscopia: «m»\n\n"), i=naipe,
          e=g.ri(86, 104), h=g.ri(12, 30), p=g.pick([14, 14, 16, 24]), m=g.pick(["sem alterações", "cerume parcial OE", "sem alterações"]))
    doc.t(O("Limiares tonais por via aérea (dB NA):\n"))
    table_ruled(doc, ["orelha"] + FREQS, [[V(v) for v in r] for r in audiogram(g, notch)], g.pick(["plain", "plus", "pipe"]))
    doc.f(O("\nLRF: OD «a» dB / OE «b» dB    IPRF: OD «c»% / OE «d»%\n"), a=g.pick([15, 20, 25]), b=g.pick([15, 20, 25]), c=g.pick([92, 96, 100]), d=g.pick([88, 92, 96, 100]))
    icd = g.pick(HEAR_ICD[:2]) if notch else ("Z01.1", "exame de ouvidos e da audição")
    doc.f(O("CONCLUSÃO: «x» (CID «k» — «y»).\n"), x=g.pick(["perda auditiva neurossensorial bilateral com entalhe em 4-6 kHz, sugestiva de PAIR", "audiograma sugestivo de PAIR, desencadeamento"])
          if notch else "limiares auditivos dentro dos padrões de normalidade", k=icd[0], y=icd[1])
    if notch and g.chance(0.6):
        doc.f(O("Refere zumbido (CID H93.1) após os ensaios de «o». Orientado uso de protetor auditivo de atenuação plana (musician's earplug) e novo exame em «m» meses.\n"),
              o=g.pick(["metais", "percussão", "repertório romântico", "ópera"]), m=g.pick([3, 6]))
    doc.f(O("\n«c», «d».\n\n"), c=city, d=g.date("br"))
    doc.e(N(g.pick([fono.full, fono.caps])), "PERSON")
    doc.f(O(" — fonoaudióloga — «c»\n") if fono.female else O(" — fonoaudiólogo — «c»\n"), c=(g.council("CRFa"), "PROFESSIONAL_ID"))
    doc.e(N(g.pick([md.full, md.caps])), "PERSON")
    doc.f(O(" — médic«o» do trabalho — «c»\n"), o=md.o, c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        hr = g.person()
        doc.f(O("Cópia: RH da orquestra — «n» <«e»>\n"), n=P(N(hr.full)), e=(corp_mail(hr, dom, g), "EMAIL_ADDRESS"))
    return doc


def sa_aso_lista(g: Gen) -> Doc:
    """A periodic ASO of an orchestra musician (the clinic's and the foundation's CNPJ, CPF, birth date, RG, NIT, risks, the examiner's and
    the PCMSO coordinator's CRM) and the section's ASO control sheet (names, CPF, birth dates, audiometry status)."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    cli, cdom = g.pick(CLINICAS[:3])
    orq, fund, dom = orquestra(g)
    w = g.musico(apelido_p=0.0)
    doc.f("«c» — CNPJ «n»\nATESTADO DE SAÚDE OCUPACIONAL — «k»\n\n", c=cli.upper(), n=(g.any_cnpj(), "BR_CNPJ"), k=g.pick(["PERIÓDICO", "ADMISSIONAL", "RETORNO AO TRABALHO", "MUDANÇA DE FUNÇÃO"]))
    fields = [("Empregador", V(f"{fund} ({orq})")), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Trabalhador", P(g.pick([w.full, w.caps]))), ("CPF", (g.cpf(), "BR_CPF")),
              ("Nascimento", (g.dob("br", 1960, 2004), "DATE_OF_BIRTH"))]
    if g.chance(0.5):
        fields.append(("RG", (g.rg(), "BR_RG")))
    if g.chance(0.6):
        fields.append(("NIT", (g.pis(), "BR_PIS")))
    fields += [("Função / CBO", V(g.pick(["Músico instrumentista (2627-10)", "Músico de orquestra — " + g.pick(NAIPES), "Cantor de coro (2628-05)", "Regente assistente"]))),
               ("Riscos", V(g.pick(["físico: ruído (NPS até 98 dB(A)); ergonômico: postura estática, movimentos repetitivos de membros superiores",
                                    "físico: ruído; ergonômico: sobrecarga vocal e postural", "ergonômico: movimentos repetitivos; físico: ruído intermitente"])))]
    kv_block(doc, fields, g.pick(["plain", "dots", "caps", "box"]))
    fono = g.person(True)
    doc.f("\nExames complementares: audiometria tonal e vocal em «d» — «r» (fonoaudióloga «n», «c»); «x».\n", d=g.date("br"),
          r=g.pick(["normal", "PAIR estável", "perda em 6 kHz à esquerda, sem progressão"]), n=P(fono.full), c=(g.council("CRFa"), "PROFESSIONAL_ID"),
          x=g.pick(["avaliação osteomuscular sem achados", "Phalen e Finkelstein negativos", "Finkelstein positivo à esquerda, encaminhado à fisioterapia"]))
    md, co = g.person(), g.person()
    doc.f("\nCONCLUSÃO: «x» para a função.\n«c», «d».\n\n«me»: «m» — «r»\n«ce» do PCMSO: «k» — «s»\n", me=fem(md, "Médico examinador", "Médica examinadora"),
          ce=fem(co, "Coordenador", "Coordenadora"),
          x=g.pick(["APTO", "APTO", "APTO", "APTO COM RESTRIÇÃO (uso obrigatório de protetor auditivo nos ensaios de naipe)"]), c=city, d=g.date("br"),
          m=P(g.pick([md.full, md.caps])), r=(g.council("CRM", uf), "PROFESSIONAL_ID"), k=P(co.full), s=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("\nCONTROLE DE ASO — NAIPE DE «n»\n", n=fold(g.pick(NAIPES)).upper())
    rows = []
    for x in [g.musico(apelido_p=0.0) for _ in range(g.ri(3, 5))]:
        rows.append([P(g.pick([x.full, x.caps, x.inverted])), (g.cpf(), "BR_CPF") if g.chance(0.8) else V("***." + g.d(3) + "." + g.d(3) + "-**"),
                     (g.dob("br", 1958, 2004), "DATE_OF_BIRTH") if g.chance(0.6) else V(""), V(g.pick(["normal", "normal", "PAIR", "refazer", "agendada"])),
                     V(g.date("br"))])
    table_ruled(doc, ["músico", "cpf", "nasc.", "audiometria", "validade ASO"], rows, g.pick(["plus", "psql", "plain", "md"]))
    hr = g.person()
    doc.f("\nEnviar pendências para «n»<«e»> ou «r».\n", n=[P(hr.first), " "] if g.chance(0.5) else "", e=(corp_mail(hr, dom, g), "EMAIL_ADDRESS"),
          r=role_mail(g, dom, g.pick(["rh", "sesmt", "dp"])))
    return doc


def sa_fisio_evolucao(g: Gen) -> Doc:
    """A physiotherapy record for an instrumentalist's repetitive strain injury (birth date, CPF, CNS, phone, e-mail, address, CEP; the
    orthopaedist's CRM; the physiotherapist's CREFITO; dated evolution notes; the orchestra's HR by corporate e-mail)."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    cli, cdom = g.pick([CLINICAS[3], CLINICAS[0]])
    p = g.musico(apelido_p=0.1)
    ft = g.person()
    ort = g.person()
    icd = g.pick(LER_ICD)
    inst = g.pick(["violino", "viola", "violoncelo", "piano", "violão", "flauta", "contrabaixo", "harpa", "percussão", "trompa"])
    doc.f("«c»\nFICHA DE AVALIAÇÃO E EVOLUÇÃO FISIOTERAPÊUTICA\n\n", c=cli)
    fields = [("Paciente", P(g.pick([p.full, p.caps]))), ("Data de nascimento", (g.dob(g.pick(["br", "dot"]), 1965, 2006), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.6):
        fields.append(("CNS", (g.cns(), "BR_CNS")))
    if g.chance(0.5):
        fields.append(("Convênio", V(g.pick(["Unimed", "Bradesco Saúde", "SulAmérica", "Cassi"]) + " — carteirinha " + clean(g, lambda: f"{g.d(4)} {g.d(4)} {g.d(4)} {g.d(3)}"))))
    fields += [("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")), ("E-mail", (g.email(p), "EMAIL_ADDRESS"))]
    if g.chance(0.5):
        fields.append(("Recado", (g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.6)), "PHONE_NUMBER")))
    fields += [
               ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Profissão", V(f"músic{p.o} — {inst}")),
               ("Encaminhamento", [P(g.pick([ort.full, ort.short])), V(" — "), (g.council("CRM", uf), "PROFESSIONAL_ID")])]
    for k, v in fields:
        doc.t(f"{k}: ")
        for part in (v if isinstance(v, list) else [v]):
            doc.e(part[0], part[1])
        doc.t("\n")
    doc.f("\nDiagnóstico clínico: «y» (CID «k»)\nQueixa: dor em «l» há «m» meses, piora após ensaios longos de «x»; «z».\n", y=icd[1], k=icd[0],
          l={"M65.4": "polegar e punho esquerdos", "G56.0": "punho direito, com formigamento", "M77.1": "cotovelo direito", "M75.1": "ombro direito",
             "M54.2": "região cervical", "M65.9": "antebraço esquerdo", "M79.1": "trapézio e escápula", "M26.6": "mandíbula, ao tocar"}[icd[0]], m=g.ri(2, 18),
          x=g.pick(["repertório sinfônico", "ópera", "estudo técnico", "gravação"]), z=g.pick(["parestesia noturna", "sem parestesia", "perda de força na pinça", "estalos"]))
    doc.t("\nEVOLUÇÃO\n")
    d0 = g.day()
    for k in range(g.ri(3, 5)):
        d = d0 + datetime.timedelta(days=3 * k + g.ri(0, 2))
        doc.f("«d» — «x»\n", d=dbr(d, g.pick(["br", "short"])), x=g.pick(["TENS + laser 3 J, alongamento de flexores, orientação postural ao instrumento.",
                                                                          "liberação miofascial, exercícios de estabilização escapular; EVA 6/10.",
                                                                          "reavaliação: EVA 4/10, tolera 30 min de estudo com pausas.",
                                                                          "crioterapia e mobilização neural; paciente faltou ao ensaio de naipe.",
                                                                          "kinesio no polegar, treino de pegada do arco com terapeuta ocupacional.",
                                                                          word_neg(g)]))
    doc.f("\nFisioterapeuta: «n» — «c»\n", n=P(g.pick([ft.full, ft.short])), c=(g.council("CREFITO"), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        orq, fund, dom = orquestra(g)
        hr = g.person()
        doc.f("Relatório enviado a «n» (RH — «o») em «e», a pedido d«a» paciente, com afastamento sugerido de «k» dias dos ensaios.\n", n=P(hr.full), o=orq,
              e=(corp_mail(hr, dom, g), "EMAIL_ADDRESS"), a=p.o, k=g.pick([7, 10, 15, 30]))
    return doc


def sa_zap_atestado(g: Gen) -> Doc:
    """A musician and the orchestra's inspector by WhatsApp: a transcribed audio (CPF in words or groups), the OCR'd sick note (the physician's
    CRM), a freelance substitute with phone and OMB, the substitute's fee by Pix."""
    doc = Doc()
    orq, fund, dom = orquestra(g)
    m = g.musico(apelido_p=0.15)
    insp = g.person()
    sub = g.musico(apelido_p=0.3)
    md = g.person()
    st = chat_stamp(g)
    t0 = g.moment(hours=(6, 9))
    tt = iter(seq_times(g, 30, t0, 40, 2400))
    me_is_insp = g.chance(0.5)
    if me_is_insp:
        I = V("Você")
        M = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.5) else P(g.pick([m.first, m.short, m.apelido or m.first]))
    else:
        M = V("Você")
        I = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.4) else P(g.pick([insp.first, insp.short]))
    doc.f("Conversa do WhatsApp com «n»\n\n", n=I if I[1] else M)
    cl(doc, st(next(tt)), M, "«h» não vou conseguir ir no ensaio de hoje, «x»", h=g.pick(["bom dia", "oi", "desculpa o horário"]),
       x=g.pick(["tô com uma crise de tendinite", "amanheci sem voz", "zumbido forte no ouvido desde o concerto", "tô com febre", "travou a lombar carregando o contrabaixo"]))
    cl(doc, st(next(tt)), I, "melhoras! manda o atestado até amanhã pra eu lançar no ponto. precisa do cpf e do crm legível")
    cl(doc, st(next(tt)), M, "‎áudio omitido" if g.chance(0.3) else "<Mídia oculta>")
    cpf = g.cpf_digits()
    doc.f("[transcrição do áudio] «x» meu cpf é «c» tá, «y»\n", x=g.pick(["então", "oi", "é"]), c=(stt_cpf(cpf, g), "BR_CPF"),
          y=g.pick(["o médico foi o doutor lá da upa", "vou mandar a foto do atestado agora", "amanhã eu passo na inspetoria"]))
    cl(doc, st(next(tt)), M, "IMG-{0}-WA00{1}.jpg (arquivo anexado)".format(g.d(8), g.d(2)))
    R = g.pick([0.0, 0.25, 0.35])
    O = (lambda s: ocr_t(s, g, R)) if R else (lambda s: s)
    N = (lambda s: ocr(s, g, 0.3, names=True)) if R else (lambda s: s)
    doc.t("[texto extraído da imagem]\n")
    doc.f(O("ATESTADO MÉDICO\nAtesto para os devidos fins que "), )
    doc.e(N(g.pick([m.full, m.caps])), "PERSON")
    doc.f(O(", CPF «c», esteve sob meus cuidados nesta data, necessitando de «n» dias de afastamento de suas atividades«k».\n«l», «d».\n"),
          c=(fmt_cpf(cpf), "BR_CPF"), n=g.pick(["02 (dois)", "03 (três)", "05 (cinco)", "07 (sete)"]), k=g.pick(["", " (CID M65.4)", " (CID J38.2)", " (CID H93.1)"]),
          l=g.pick(UBS + [c[0] for c in CLINICAS]), d=dbr(t0))
    doc.e(N(g.pick([md.full, md.caps])), "PERSON")
    doc.f(O(" — «c»\n"), c=(g.council("CRM"), "PROFESSIONAL_ID"))
    cl(doc, st(next(tt)), I, "recebido 👍 vou chamar «x» pra cobrir. «n», «t», «o»", x=g.pick(["um extra", "o sub", "uma extra"]), n=P(g.pick([sub.full, sub.called])),
       t=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"), o=omb(g) if g.chance(0.6) else V("sem OMB, mas já tocou com a gente"))
    if g.chance(0.6):
        s2 = g.musico(apelido_p=0.5)
        cl(doc, st(next(tt)), M, "pode ser «n» também, «t»", n=P(lower(s2.called)), t=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"))
    kind, kv = pix_key(g, sub)
    cl(doc, st(next(tt)), I, "o cachê do extra sai pela produção, pix «k» «v» (R$ «x»)", k=kind, v=kv, x=brl(g.ri(250, 700) + 0.0))
    if g.chance(0.4):
        cl(doc, st(next(tt)), I, "e lembra que a audiometria periódica venceu, agenda com a «n» da clínica: «t»", n=P(g.person(True).first),
           t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), M, g.pick(["obrigad" + m.o + " 🙏", "valeu", "👍", chat_neg(g)]))
    return doc


def sa_cat_doenca(g: Gen) -> Doc:
    """A CAT in capitals for a musician's occupational disease (tenosynovitis, noise-induced hearing loss, dysphonia): the employer's CNPJ,
    the worker, mother, birth date, NIT, RG, CPF, address, CEP, phone; the physician's CRM; the issuer's phone or corporate e-mail."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    orq, fund, dom = orquestra(g) if g.chance(0.7) else (g.pick(COROS), g.pick(ESCOLAS)[1], g.pick(ESCOLAS)[2])
    w = g.musico(apelido_p=0.0)
    mom = g.person(True)
    mom = Person(mom.given, mom.surnames[:1] + [w.last], True)
    kind = g.pick(["ler", "pair", "voz"])
    U = caps_t
    doc.t(U("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT\nTIPO: INICIAL     EMITENTE: " + g.pick(["EMPREGADOR", "SINDICATO", "MÉDICO ASSISTENTE"]) + "\n"
            "ACIDENTE: DOENÇA OCUPACIONAL\n\n"))
    doc.f(U("I — EMITENTE\nRAZÃO SOCIAL: «r»\nCNPJ: «c»    CNAE: «k»\n\n"), r=fold(fund).upper(), c=(g.any_cnpj(), "BR_CNPJ"), k=g.pick(["9001-9/01", "8592-9/03", "9001-9/02", "9493-6/00"]))
    doc.t(U("II — TRABALHADOR\nNOME: "))
    doc.e(w.capsf, "PERSON")
    doc.t(U("\nNOME DA MÃE: "))
    doc.e(mom.capsf, "PERSON")
    doc.f(U("\nDATA DE NASCIMENTO: «d»    SEXO: «s»    ESTADO CIVIL: «e»\nCTPS: «ct»    NIT/PIS: «p»\nRG: «r»    CPF: «c»\nENDEREÇO: "),
          d=(g.dob("br", 1960, 2002), "DATE_OF_BIRTH"), s="F" if w.female else "M", e=fold(g.pick(CIVIL[w.female])).upper(), ct=fold(ctps(g, uf)).upper(),
          p=(g.pis(), "BR_PIS"), r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"))
    doc.e(g.address("caps"), "ADDRESS")
    doc.f(U("    CEP: «p»    TEL: «t»\nOCUPAÇÃO (CBO): «o»\n"), p=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          o={"ler": "2627-10 MÚSICO INSTRUMENTISTA", "pair": "2627-10 MÚSICO INSTRUMENTISTA", "voz": "2628-05 CANTOR DE CORO"}[kind])
    if g.chance(0.5):
        doc.f(U("REGISTRO PROFISSIONAL: «o»\n"), o=omb(g, uf))
    desc = {"ler": ("DOR E EDEMA NO PUNHO E POLEGAR ESQUERDOS, AGRAVADOS PELA CARGA DE ENSAIOS (28 H SEMANAIS) E PELO REPERTÓRIO DA TEMPORADA", g.pick(LER_ICD[:3])[0], "PUNHO E MÃO", "MOVIMENTOS REPETITIVOS"),
            "pair": ("PERDA AUDITIVA NEUROSSENSORIAL BILATERAL PROGRESSIVA, COM ENTALHE EM 4-6 KHZ, EM INSTRUMENTISTA SENTAD" + w.o.upper() + " À FRENTE DO NAIPE DE METAIS", "H83.3", "OUVIDOS", "RUÍDO"),
            "voz": ("DISFONIA PERSISTENTE COM NÓDULOS VOCAIS BILATERAIS, EM CORISTA COM 30 H SEMANAIS DE USO DA VOZ ENTRE ENSAIOS E AULAS", "J38.2", "LARINGE", "USO INTENSIVO DA VOZ")}[kind]
    dday = g.day()
    doc.f(U("\nIII — DOENÇA\nDATA DO DIAGNÓSTICO: «d»    LOCAL: «m»\nDESCRIÇÃO: «x».\nPARTE DO CORPO ATINGIDA: «p»    AGENTE CAUSADOR: «a»\n"),
          d=dbr(dday), m=fold(orq).upper(), x=fold(desc[0]), p=fold(desc[2]), a=fold(desc[3]))
    if g.chance(0.6):
        doc.t(U("TESTEMUNHAS:\n"))
        for _ in range(g.ri(1, 2)):
            t = g.musico(apelido_p=0.0)
            if g.chance(0.5):
                doc.f(U("- «n», CPF «c»\n"), n=P(t.capsf), c=(g.cpf(), "BR_CPF"))
            else:
                doc.f(U("- «n», TEL «c»\n"), n=P(t.capsf), c=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    md = g.person()
    doc.f(U("\nIV — ATESTADO MÉDICO\nUNIDADE: «u»    DATA: «d»    CID: «k»\nAFASTAMENTO: «n» DIAS\nMÉDIC«o»: «m» — «c»\n\n"), u=fold(g.pick(UBS + [c[0] for c in CLINICAS])).upper(),
          d=dbr(dday), k=desc[1], n=g.ri(7, 60), o="A" if md.female else "O", m=P(md.capsf), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    r = g.person()
    doc.f(U("«c», «d» — RESPONSÁVEL PELA EMISSÃO: «n» — «e»\n"), c=fold(city).upper(), d=dbr(dday + datetime.timedelta(days=g.ri(1, 5))), n=P(r.capsf),
          e=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.5) else (corp_mail(r, dom, g), "EMAIL_ADDRESS"))
    return doc


def sa_prontuario_voz(g: Gen) -> Doc:
    """An ENT and speech-therapy record of a choir singer or singing teacher (birth date, CPF, CNS, phone, e-mail, address, CEP; the ENT's
    CRM, the speech therapist's CRFa; videolaryngoscopy; the conductor by corporate e-mail; ICD-10 codes unlabelled)."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    cli = g.pick([CLINICAS[4][0], CLINICAS[1][0]] + UBS[:2])
    p = g.musico(female=g.chance(0.7), apelido_p=0.1)
    ent = g.person()
    fono = g.person(female=g.chance(0.85))
    icd = g.pick(VOZ_ICD)
    coro = g.pick(COROS)
    doc.f("«c» — PRONTUÁRIO «n»\n\n", c=cli.upper(), n=clean(g, lambda: f"{g.d(6)}"))
    style = g.pick(["plain", "dots", "box"])
    fields = [("Paciente", P(g.pick([p.full, p.caps]))), ("Nascimento", (g.dob("br", 1955, 2006), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.85):
        fields.append(("CNS", (g.cns(), "BR_CNS")))
    fields += [("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    if g.chance(0.35):
        fields.append(("RG", (g.rg(), "BR_RG")))
    if g.chance(0.6):
        fields.append(("E-mail", (g.email(p), "EMAIL_ADDRESS")))
    if g.chance(0.7):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    fields.append(("Ocupação", V(g.pick([f"corista ({coro})", "professora de canto" if p.female else "professor de canto", fem(p, "cantor lírico", "cantora lírica"), f"regente do {coro}"]))))
    kv_block(doc, fields, style)
    doc.f("\nANAMNESE: rouquidão há «m» meses, piora ao fim da semana de ensaios; canta «h» h/semana; «x».\n", m=g.ri(2, 14), h=g.ri(6, 30),
          x=g.pick(["refluxo referido", "não fuma", "ex-tabagista", "dá aula em sala sem tratamento acústico", "hidrata pouco"]))
    doc.f("VIDEOLARINGOSCOPIA («d»): «y».\nHIPÓTESE: «k» — «z».\n", d=g.date("br"), y=g.pick(["lesões nodulares bilaterais no terço médio das pregas vocais, fenda triangular médio-posterior",
                                                                               "pólipo séssil em prega vocal direita", "edema difuso e hiperemia, sem lesão estrutural"]),
          k=icd[0], z=icd[1])
    doc.f("Conduta: repouso vocal relativo por «n» dias, fonoterapia 2x/semana, retorno em 60 dias.\n\nOtorrinolaringologista: «m» — «c»\n", n=g.pick([7, 10, 15]),
          m=P(g.pick([ent.full, ent.short])), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.t("\nFONOTERAPIA — evolução\n")
    d0 = g.day()
    for k in range(g.ri(2, 4)):
        doc.f("«d» — «x»\n", d=dbr(d0 + datetime.timedelta(days=4 * k + g.ri(0, 3)), "short"),
              x=g.pick(["exercícios de trato vocal semiocluído (canudo em água), aquecimento pré-ensaio.", "TMF /a/ 12 s; /s/ /z/ 1,1.",
                        "orientação de higiene vocal; paciente faltou ao ensaio geral.", "vibração de língua e glissandos; melhora da qualidade vocal.",
                        word_neg(g)]))
    doc.e(g.pick([fono.full, fono.short]), "PERSON")
    doc.f(" — fonoaudióloga — «c»\n" if fono.female else " — fonoaudiólogo — «c»\n", c=(g.council("CRFa"), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        rg = g.musico(apelido_p=0.0)
        doc.f("\nDeclaração de comparecimento enviada «x» «n» <«e»> a pedido d«o» paciente.\n", x=fem(rg, "ao regente", "à regente"), n=P(rg.full),
              e=(corp_mail(rg, g.pick(["coralvozesdaluz.org.br", "madrigalserena.org.br", "coralcantodaaurora.com.br"]), g), "EMAIL_ADDRESS"), o=p.o)
    return doc


def sa_mutirao_planilha(g: Gen) -> Doc:
    """A musicians' union health drive (hearing screening, vaccines, blood pressure) pasted from a spreadsheet (tab, semicolon or comma,
    first_name/last_name split sometimes): birth date, CNS or CPF, phone; the speech therapist's CRFa, the nurse's COREN, the union's contact."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    fono = g.person(True)
    nurse = g.person()
    sind = g.pick([f"Sindicato dos Músicos Profissionais do Estado de {uf}", f"Ordem dos Músicos do Brasil — Conselho Regional {uf}", "Associação dos Músicos de Bandas e Orquestras"])
    doc.f("MUTIRÃO DE SAÚDE DO MÚSICO — «s» — «c», «d»\n", s=sind, c=city, d=g.date("br"))
    doc.f("Triagem auditiva: «n» («c»)    Enfermagem: «m» («k»)\n\n", n=P(fono.full), c=(g.council("CRFa"), "PROFESSIONAL_ID"), m=P(g.pick([nurse.full, nurse.short])),
          k=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    split = g.chance(0.4)
    sep = g.pick(["\t", ";", ","])
    cols = (["first_name", "last_name"] if split else ["nome"]) + ["nascimento", "doc", "telefone", "instrumento", "triagem", "PA", "vacina"]
    rows = []
    for _ in range(g.ri(4, 7)):
        x = g.musico(apelido_p=0.0)
        name = [P(x.first), P(" ".join(x.surnames))] if split else [P(g.pick([x.full, x.caps, x.low]))]
        docv = (g.cns(False), "BR_CNS") if g.chance(0.5) else (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        rows.append(name + [(g.dob(g.pick(["br", "iso"]), 1948, 2005), "DATE_OF_BIRTH"), docv, (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if g.chance(0.85) else V(""),
                            V(g.pick(["trompete", "violino", "bateria", "voz", "sax", "trombone", "percussão", "guitarra", "acordeão", "cavaquinho"])),
                            V(g.pick(["passa", "passa", "falha OE", "falha bilateral", "falha OD"])), V(f"{g.ri(10, 16)}x{g.ri(6, 10)}"),
                            V(g.pick(["Influenza", "dT", "Hepatite B", "—", "Tríplice viral"]))])
    table_csv(doc, cols, rows, sep)
    fl = [r for r in rows if r[-3][0].startswith("falha")]
    doc.f("\nEncaminhar «n» falha(s) para audiometria completa no «u».\n", n=len(fl), u=g.pick(UBS))
    ct = g.person()
    doc.f("Dúvidas: «n» — «t» — «e»\n", n=P(ct.full), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          e=(corp_mail(ct, g.pick(["sindmusicos.org.br", "musicosunidos.org.br", "omb-regional.org.br"]), g), "EMAIL_ADDRESS") if g.chance(0.6) else V(role_mail(g, "sindmusicos.org.br", g.pick(["saude", "contato", "secretaria"]))))
    return doc


SA = [sa_audiometria, sa_aso_lista, sa_fisio_evolucao, sa_zap_atestado, sa_cat_doenca, sa_prontuario_voz, sa_mutirao_planilha]


# --------------------------------------------------------------------------- financeiro


def fi_rpa(g: Gen) -> Doc:
    """A freelance musician's RPA (recibo de pagamento a autônomo): the paying orchestra, school or producer's CNPJ, the musician's CPF,
    PIS/NIT, RG, OMB, birth date sometimes, address, CEP, phone; INSS, ISS and IRRF; the account or Pix key; the month's RPA register."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    payer, pdom = g.pick([(o[1], o[2]) for o in ORQUESTRAS] + [(e[1], e[2]) for e in ESCOLAS] + PRODUTORAS)
    m = g.musico(apelido_p=0.2)
    gross = g.ri(300, 4800) + g.pick([0, 0, 50]) + 0.0
    inss = round(gross * 0.11, 2)
    iss = round(gross * g.pick([0.02, 0.03, 0.05]), 2)
    irrf = round(max(0.0, (gross - inss) * 0.075 - 169.44), 2) if gross > 2500 else 0.0
    doc.f("RECIBO DE PAGAMENTO A AUTÔNOMO — RPA nº «n»\n\nFONTE PAGADORA: «p»\nCNPJ: «c»\n\n", n=clean(g, lambda: f"{g.d(4)}/{g.ri(2025, 2026)}"), p=payer.upper(),
          c=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Nome", P(g.pick([m.full, m.caps])))]
    if m.apelido and g.chance(0.5):
        fields.append(("Nome artístico", P(m.apelido)))
    fields += [("CPF", (g.cpf(), "BR_CPF")), ("PIS/NIT", (g.pis(), "BR_PIS"))]
    if g.chance(0.6):
        fields.append(("RG", (g.rg(), "BR_RG")))
    if g.chance(0.7):
        fields.append(("Registro profissional", omb(g, uf)))
    if g.chance(0.4):
        fields.append(("Data de nascimento", (g.dob("br", 1958, 2005), "DATE_OF_BIRTH")))
    fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Município/UF", V(f"{city}/{uf}"))]
    if g.chance(0.5):
        fields.append(("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    kv_block(doc, fields, g.pick(["plain", "dots", "box", "caps"]))
    serv = g.pick([f"cachê como músico extra ({instrumento(g)[0]}) no concerto de {g.date('br')} — {g.pick(VENUES)}",
                   f"{g.ri(4, 16)} horas-aula de {instrumento(g)[0]} na oficina de férias", f"arranjo e cópia de partes de \"{g.pick(OBRAS)}\"",
                   f"regência convidada do {g.pick(COROS)}", f"gravação de base de {instrumento(g)[0]} para o EP \"{g.pick(OBRAS)}\""])
    doc.f("\nServiço prestado: «s»\n\n", s=serv)
    rows = [[V("Valor bruto"), V(brl(gross))], [V("(-) INSS 11%"), V(brl(inss))], [V("(-) ISS"), V(brl(iss))], [V("(-) IRRF"), V(brl(irrf))],
            [V("Valor líquido"), V(brl(round(gross - inss - iss - irrf, 2)))]]
    table_ruled(doc, ["descrição", "R$"], rows, g.pick(["plus", "plain", "pipe"]))
    kind = g.pick(["conta", "conta", "pix"])
    if kind == "conta":
        bk = g.pick(BANKS)
        doc.f("\nCrédito em conta: «b» («k») — agência «a» — conta «c»\n", b=bk[1], k=bk[0], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        kn, kv = pix_key(g, m)
        doc.f("\nPagamento via Pix — chave («k»): «v»\n", k=kn, v=kv)
    doc.f("\nDeclaro ter recebido a importância líquida acima.\n«c», «d».\n\n______________________________\n«n»\n", c=city, d=g.date("long"), n=P(g.pick([m.full, m.caps])))
    if g.chance(0.5):
        doc.f("\nREGISTRO DE RPAs — «m»\n", m=g.pick(MONTHS) + "/" + str(g.pick([2025, 2026])))
        rows = []
        for _ in range(g.ri(2, 4)):
            x = g.musico(apelido_p=0.0)
            rows.append([P(g.pick([x.full, x.inverted])), (g.cpf(), "BR_CPF"), (g.pis("raw"), "BR_PIS") if g.chance(0.5) else V(""), V(brl(g.ri(300, 3000) + 0.0))])
        table_ruled(doc, ["prestador", "CPF", "NIT", "bruto"], rows, g.pick(["plain", "psql", "md"]))
    if g.chance(0.35):
        ct = g.person()
        doc.f("\nConferido por «n», «c».\n", n=P(ct.full), c=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    return doc


def fi_mensalidades(g: Gen) -> Doc:
    """A music school's tuition sheet pasted as text (tab, semicolon or pipe): the student, the guardian, the guardian's CPF and phone, the
    course, fee, due day and status; then the collection message with the school's random Pix key and the secretary."""
    doc = Doc()
    esc, razao, dom = escola(g)
    sec = g.person(True) if g.chance(0.8) else g.person(False)
    doc.f("«e» — controle de mensalidades — «m»/«y»\n", e=esc, m=g.pick(MONTHS)[:3], y=g.pick([2025, 2026]))
    sep = g.pick(["\t", ";", " | "])
    with_mail = g.chance(0.5)
    with_resp = g.chance(0.6)
    cols = ["aluno"] + (["responsavel"] if with_resp else []) + ["cpf_resp", "telefone"] + (["email"] if with_mail else []) + ["curso", "valor", "venc", "status"]
    doc.t(sep.join(cols) + "\n")
    overdue = []
    for _ in range(g.ri(4, 6)):
        gd = g.person()
        kid = g.relative(gd)
        adult = g.chance(0.25)
        curso = g.pick(["violino", "piano", "violão", "canto", "bateria", "flauta doce", "musicalização", "cavaquinho", "teclado", "saxofone", "teoria"])
        status = g.pick(["pago", "pago", "pago", "em aberto", "atrasado 2 meses", "bolsa 50%", "pago (pix)"])
        stu = kid if not adult else gd
        row = [P(g.pick([stu.full, stu.low, stu.short]))] + ([P(gd.full) if not adult else V("o próprio")] if with_resp else []) + [
               (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.85) else V(""), (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER")] + \
              ([(g.email(gd), "EMAIL_ADDRESS") if g.chance(0.85) else V("")] if with_mail else []) + [
               V(curso), V(brl(g.ri(150, 520) + 0.0)), V(str(g.pick([5, 10, 15, 20]))), V(status)]
        for k, (v, lab) in enumerate(row):
            if k:
                doc.t(sep)
            doc.e(v, lab) if v else None
        doc.t("\n")
        if status.startswith(("em aberto", "atrasado")):
            overdue.append((stu, gd, adult, status))
    if not overdue:
        doc.t("(sem inadimplência no mês)\n")
        return doc
    stu, gd, adult, status = g.pick(overdue)
    doc.t("\n--- mensagem enviada pelo WhatsApp da secretaria ---\n")
    greet = P(g.pick([gd.first, gd.nick, lower(gd.first)]))
    doc.f("Olá, «n»! Tudo bem? Aqui é «s», da secretaria («e»). ", n=greet, s=P(sec.first), e=esc)
    if adult:
        doc.f("Consta em aberto a mensalidade de «m» do seu curso. ", m=g.pick(MONTHS))
    else:
        doc.f("Consta em aberto a mensalidade de «m» d«o» «k». ", m=g.pick(MONTHS), o=stu.o, k=P(g.pick([stu.first, stu.nick])))
    doc.f("Você pode pagar pelo Pix da escola (chave aleatória «p») e enviar o comprovante aqui. «x»\n", p=(g.uuid(), "PIX_KEY"),
          x=g.pick(["Se já pagou, desconsidere 🎵", "Qualquer dúvida estou à disposição!", "Podemos parcelar em 2x sem juros."]))
    r = g.pick(["pago", "sexta", "boleto", "numero", None])
    if r == "pago":
        doc.t("Resposta: pago agora, desculpa a demora\n")
    elif r == "sexta":
        doc.t("Resposta: vou pagar sexta quando receber\n")
    elif r == "boleto":
        doc.f("Resposta: pode mandar boleto? meu e-mail é «e»\n", e=(g.email(gd), "EMAIL_ADDRESS"))
    elif r == "numero":
        doc.f("Resposta: mudei de número, o novo é «t». «n»\n", t=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"), n=P(g.pick([gd.first, gd.full])))
    return doc


def fi_ecad_demonstrativo(g: Gen) -> Doc:
    """A composer's royalty statement from a (fictional) authors' society distributing the collecting office's money: the holder, pen name,
    CPF, holder code (unlabelled), period, works with ISWC and co-authors, amounts by rubric, IRRF, the account; the analyst."""
    doc = Doc()
    soc, sdom = g.pick(SOCIEDADES)
    comp = g.musico(apelido_p=0.5)
    an = g.person()
    per = g.pick(["1º trimestre", "2º trimestre", "3º trimestre", "4º trimestre", "janeiro", "abril", "julho", "outubro"]) + "/" + str(g.pick([2025, 2026]))
    doc.f("«s»\nDEMONSTRATIVO DE DISTRIBUIÇÃO DE DIREITOS AUTORAIS — «p»\n(valores arrecadados pelo ECAD e repassados à associação)\n\n", s=soc.upper(), p=per)
    fields = [("Titular", P(g.pick([comp.full, comp.caps, comp.inverted])))]
    if comp.apelido:
        fields.append(("Pseudônimo", P(comp.apelido)))
    fields += [("CPF", (g.cpf(), "BR_CPF")), ("Código do titular", V(ecad_cod(g))), ("Categoria", V(g.pick(["autor", "autor/intérprete", "autor/editor", "intérprete"])))]
    if g.chance(0.4):
        fields.append(("NIT", (g.pis(), "BR_PIS")))
    if g.chance(0.6):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    if g.chance(0.6):
        fields.append(("E-mail", (g.email(comp), "EMAIL_ADDRESS")))
    if g.chance(0.4):
        fields.append(("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    kv_block(doc, fields, g.pick(["plain", "dots", "caps"]))
    doc.t("\n")
    rows = []
    tot = 0.0
    for w in g.sample(OBRAS, g.ri(3, 6)):
        co = g.musico(apelido_p=0.3)
        v = g.ri(3, 3500) + g.ri(0, 99) / 100
        tot += v
        rows.append([V(w), V(iswc(g)), P(cut(g.pick([co.full, co.called, co.short]), 24)) if g.chance(0.45) else V("—"), V(g.pick(["100", "50", "33,33", "25"])),
                     V(g.pick(["shows", "rádio", "TV aberta", "streaming", "música ao vivo", "sonorização ambiental", "cinema"])), V(brl(v))])
    table_ruled(doc, ["obra", "ISWC", "coautor", "% autoral", "rubrica", "valor (R$)"], rows, g.pick(["plus", "psql", "plain", "md"]))
    irrf = round(tot * 0.15, 2) if tot > 2259 else 0.0
    doc.f("\nTotal bruto: R$ «t»   IRRF: R$ «i»   Taxa administrativa: R$ «a»   Líquido: R$ «l»\n", t=brl(tot), i=brl(irrf), a=brl(round(tot * 0.1, 2)),
          l=brl(round(tot * 0.9 - irrf, 2)))
    bk = g.pick(BANKS)
    doc.f("Crédito em «d» — «b» — ag. «a» — c/c «c»\n", d=g.date("br"), b=bk[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.4):
        doc.f("Obs.: valores retidos de «o» aguardam identificação de cue-sheet (crédito retido nº «n»).\n", o=g.pick(OBRAS), n=clean(g, lambda: f"{g.d(3)}.{g.d(3)}/{g.d(2)}"))
    doc.f("\nDúvidas: «e» — analista «n»«x»\n", e=role_mail(g, sdom, g.pick(["distribuicao", "direitos", "relacionamento"])),
          n=P(g.pick([an.full, an.short])), x=[" <", (corp_mail(an, sdom, g), "EMAIL_ADDRESS"), ">"] if g.chance(0.5) else "")
    return doc


def fi_turne_diarias(g: Gen) -> Doc:
    """A tour's passenger list for the chartered bus (ANTT) and the per diem sheet in fixed width: names cut at the width, RG or CPF, birth
    dates, the bus's plate and the drivers' CNH, per diem by Pix keys, the tour manager's phone."""
    doc = Doc()
    grp = g.pick([orquestra(g)[0]] + GRUPOS + COROS)
    emp = g.pick(["Viação Serra Azul Turismo Ltda.", "Expresso Aurora Fretamentos Ltda.", "Rosa Tur Transportes Eireli", "Bom Bento Turismo Ltda."])
    tm = g.person()
    cities = g.sample([c for c, _ in CITIES], 3)
    d1 = g.day()
    doc.f("TURNÊ «g» — «c»\nRELAÇÃO DE PASSAGEIROS — FRETAMENTO EVENTUAL (ANTT)\nTransportadora: «e» — CNPJ «n»\nVeículo: ônibus «m», placa «p»\n", g=fold(grp).upper(),
          c=" / ".join(cities), e=emp, n=(g.any_cnpj(), "BR_CNPJ"), m=g.pick(["Marcopolo Paradiso G7", "Irizar i6", "Busscar Vissta", "Comil Campione"]),
          p=(g.plate(), "LICENSE_PLATE"))
    for k in range(g.ri(1, 2)):
        drv = g.person(False)
        doc.f("Motorista «k»: «n» — CNH «c»\n", k=k + 1, n=P(g.pick([drv.full, drv.caps])), c=(g.cnh(), "BR_CNH"))
    doc.f("Saída: «d» 05:30 — retorno «r»\n\n", d=dbr(d1), r=dbr(d1 + datetime.timedelta(days=g.ri(3, 12))))
    W = 26
    doc.t("N   " + "NOME".ljust(W) + "  DOCUMENTO         NASCIMENTO  FUNÇÃO\n")
    people = [g.musico(apelido_p=0.0) for _ in range(g.ri(4, 7))]
    for k, x in enumerate(people):
        doc.t(f"{k + 1:02d}  ")
        doc.cell(cut(fold(x.full).upper(), W), W, "PERSON")
        doc.t("  ")
        if g.chance(0.5):
            v = g.rg("dot")
            doc.t("RG ")
            doc.cell(v, 14, "BR_RG")
        else:
            v = g.cpf("dot")
            doc.t("CPF")
            doc.cell(v, 14, "BR_CPF")
        doc.t("  ")
        if g.chance(0.85):
            doc.cell(g.dob("br", 1950, 2007), 10, "DATE_OF_BIRTH")
        else:
            doc.t(" " * 10)
        doc.t("  " + g.pick(["músico", "musicista", "técnico de som", "roadie", "produção", "regente", "coralista", "arquivista"]) + "\n")
    doc.t("\nDIÁRIAS — ALIMENTAÇÃO (R$ " + brl(g.pick([70, 80, 90, 110]) + 0.0) + "/dia)\n")
    for x in g.sample(people, g.ri(2, 3)):
        kind, kv = pix_key(g, x)
        doc.e(cut(fold(x.short).upper(), 18), "PERSON")
        doc.t(" " * (19 - len(cut(fold(x.short).upper(), 18))))
        doc.f("«d» dias  R$ «v»  pix «k»: «x»\n", d=g.ri(3, 12), v=brl(g.ri(210, 1320) + 0.0), k=kind, x=kv)
    doc.f("\nResponsável pela turnê: «n» — «t»\n", n=P(g.pick([tm.full, tm.short])), t=(g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("«w»\n", w=word_neg(g))
    return doc


def fi_prestacao_contas(g: Gen) -> Doc:
    """A culture grant's financial report: the proponent's CPF or CNPJ, the project's own account, an expense table (suppliers with CNPJ,
    musicians with CPF, invoice and RPA numbers unlabelled), the bank statement's balance, the accountant's CRC, the city's analyst."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    pr = g.musico(apelido_p=0.2)
    coletivo = g.chance(0.4)
    doc.f("PRESTAÇÃO DE CONTAS — «e»\nProjeto: \"«p»\"\n", e=edital(g), p=g.pick(["Circulação " + g.pick(OBRAS), "Oficinas de choro no bairro", "Coral da melhor idade",
                                                                                "Gravação do álbum " + g.pick(OBRAS), "Orquestra de violões nas escolas"]))
    if coletivo:
        doc.f("Proponente: Associação Cultural «a» — CNPJ «c»\nRepresentante legal: «n», CPF «k»\n", a=g.pick(GRUPOS), c=(g.any_cnpj(), "BR_CNPJ"),
              n=P(g.pick([pr.full, pr.caps])), k=(g.cpf(), "BR_CPF"))
    else:
        doc.f("Proponente: «n» — CPF «c»\n", n=P(g.pick([pr.full, pr.caps])), c=(g.cpf(), "BR_CPF"))
    bk = g.pick([("001", "Banco do Brasil"), ("104", "Caixa")])
    doc.f("Conta específica: «b» — agência «a» — conta «c»\nValor recebido: R$ «v»\n\n", b=bk[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"),
          v=brl(g.ri(10, 90) * 1000 + 0.0))
    rows = []
    for _ in range(g.ri(4, 7)):
        if g.chance(0.45):
            sup = g.pick(["Gráfica Flor do Ipê Ltda.", "Som & Luz Prudente Locações Ltda.", "Estúdio Celeste Gravações Eireli", "Luthieria Leão Branco",
                          "Transportes Bom Bento Ltda.", "Buffet Amado Ltda."])
            rows.append([V(g.date("br")), V(sup), (g.any_cnpj(), "BR_CNPJ"), V(nf(g).replace("RPA", "NFS-e")), V(brl(g.ri(300, 9000) + 0.0))])
        else:
            mm = g.musico(apelido_p=0.1)
            rows.append([V(g.date("br")), P(g.pick([mm.full, mm.caps])), (g.cpf(), "BR_CPF"), V(clean(g, lambda: f"RPA {g.d(3)}/{g.ri(2024, 2026)}")), V(brl(g.ri(300, 5000) + 0.0))])
    table_ruled(doc, ["data", "favorecido", "CPF/CNPJ", "documento", "valor (R$)"], rows, g.pick(["plus", "psql", "plain", "md"]))
    doc.f("\nRendimento de aplicação: R$ «r». Saldo devolvido ao Fundo Municipal de Cultura: R$ «s» (GRU/DAM «n»).\n", r=brl(g.ri(10, 900) + 0.0),
          s=brl(g.ri(0, 3000) + 0.0), n=clean(g, lambda: f"{g.d(5)}.{g.d(5)}"))
    ct = g.person()
    doc.f("\nResponsável técnico contábil: «n» — «c»\n", n=P(ct.full), c=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        an = g.person()
        doc.f("Parecer da Secretaria («a»): «x». Analista: «n».\n", a=sei(g), x=g.pick(["aprovado", "aprovado com ressalvas (notas sem atesto)", "diligência: apresentar extrato de março"]),
              n=P(an.full) if g.chance(0.6) else V(login(an, g)))
    return doc


def fi_cobranca_cache(g: Gen) -> Doc:
    """A band leader charging an event company for unpaid fees by e-mail (quoted replies, X-Originating-IP): the company's CNPJ, its partner
    with CPF, the musicians' names, the account or the band's random Pix key, a lawyer copied with OAB."""
    doc = Doc()
    casa, fant = g.pick(CASAS)
    lead = g.musico(apelido_p=0.35)
    socio = g.person()
    grp = g.pick(GRUPOS)
    lm = g.email(lead)
    sdom = re.sub(r"[^a-z]", "", lower(fant)) + ".com.br"
    t0 = g.moment(hours=(8, 23))
    t1 = t0 + datetime.timedelta(days=g.ri(2, 12), hours=g.ri(1, 8))
    t2 = t1 + datetime.timedelta(days=g.ri(1, 5))
    sm = corp_mail(socio, sdom, g)
    doc.f("De: «n»<«e»>\nPara: «s»<«m»>\n", n=[P(g.pick([lead.full, lead.apelido or lead.short])), " "] if g.chance(0.6) else "", e=(lm, "EMAIL_ADDRESS"),
          s=[P(socio.full), " "] if g.chance(0.5) else "", m=(sm, "EMAIL_ADDRESS"))
    lw = g.person()
    if g.chance(0.5):
        doc.f("Cc: «n» <«e»>\n", n=P(lw.full), e=(corp_mail(lw, g.pick(["cordaelei.adv.br", "trabalhistas.adv.br"]), g), "EMAIL_ADDRESS"))
    doc.f("Data: «d»\nAssunto: Re: Re: cachês em atraso — «g»\n\n", d=mail_date(t2), g=grp)
    doc.f("«n»sem resposta até agora. Conforme combinado, se o valor não entrar até «d», «x» vai protocolar a cobrança no Juizado.\n", n=[P(socio.first), ", "] if g.chance(0.5) else "Bom dia, ", d=g.date("br"),
          x=fem(lw, "nosso advogado", "nossa advogada"))
    if g.chance(0.5):
        doc.f("Dados para pagamento: «b», agência «a», conta «c», titular «n», CPF «k»\n", b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"),
              n=P(lead.full), k=(g.cpf(), "BR_CPF"))
    else:
        doc.f("Dados para pagamento: Pix (chave aleatória da banda) «k»\n", k=(g.uuid(), "PIX_KEY"))
    doc.f("«n»\n«g» — «t»\n\n", n=P(g.pick([lead.first, lead.apelido or lead.first])), g=grp, t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("Em «d», «n»<«e»> escreveu:\n", d=ts(t1, "br"), n=[P(socio.full), " "] if g.chance(0.5) else "", e=(sm, "EMAIL_ADDRESS"))
    q = "> "
    doc.f("«q»X-Originating-IP: [«ip»]\n«q»\n", q=q, ip=(g.ip(), "IP_ADDRESS"))
    doc.f("«q»«n», o financeiro está fechando o mês. Vamos pagar em duas vezes. Mande as notas ou RPAs em nome de «r», CNPJ «c».\n", q=q,
          n=P(g.pick([lead.first, lead.apelido or lead.first])), r=casa, c=(g.any_cnpj(), "BR_CNPJ"))
    if g.chance(0.4):
        fz = g.person()
        doc.f("«q»Qualquer coisa fale com «n», do financeiro: «t».\n", q=q, n=P(fz.first), t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    doc.f("«q»«n»\n«q»«f»\n«q»\n«q»Em «d», «l» <«e»> escreveu:\n", q=q, n=P(g.pick([socio.full, socio.first])), f=fant, d=ts(t0, "br"), l=P(g.pick([lead.full, lead.low])),
          e=(lm, "EMAIL_ADDRESS"))
    qq = "> > "
    doc.f("«q»Boa tarde. Seguem os eventos do «g» no «f» ainda não pagos:\n", q=qq, g=grp, f=fant)
    tot = 0
    for _ in range(g.ri(2, 4)):
        v = g.ri(800, 4500)
        tot += v
        doc.f("«q»- «d» — «x» — R$ «v»\n", q=qq, d=dbr(t0 - datetime.timedelta(days=g.ri(10, 120))), x=g.pick(["casamento", "happy hour", "festa de fim de ano", "seresta de sábado", "aniversário de 15 anos"]), v=brl(v + 0.0))
    doc.f("«q»Total: R$ «t». RPAs em nome de:\n", q=qq, t=brl(tot + 0.0))
    for x in [g.musico(apelido_p=0.3) for _ in range(g.ri(1, 3))]:
        doc.f("«q»  «n» — CPF «c»«o»\n", q=qq, n=P(g.pick([x.full, x.short])), c=(g.cpf(), "BR_CPF"), o=[" — ", omb(g)] if g.chance(0.4) else "")
    if g.chance(0.5):
        doc.f("«q»O CPF do contratante no contrato é «c» («n»).\n", q=qq, c=(g.cpf(), "BR_CPF"), n=P(socio.full))
    return doc


def fi_caderno_luthier(g: Gen) -> Doc:
    """A luthier's cash book in notebook style (customers by nickname, services, Pix to the workshop's random key or to the customer's CPF,
    a card slip with a masked card and NSU/AUT unlabelled, the courier's plate, a used instrument sold to a buyer with CPF, a new phone)."""
    doc = Doc()
    lt, ldom = g.pick(LUTHIERS)
    lu = g.musico(apelido_p=0.0)
    day = g.day()
    caps = g.chance(0.25)
    U = (lambda s: fold(s).upper()) if caps else (lambda s: s)
    UT = caps_t if caps else (lambda s: s)
    doc.f("«t»\n", t=U(f"CADERNO DE CAIXA — {lt} — semana de {dbr(day, 'short')}"))
    key = g.uuid()
    doc.f(UT("(pix da oficina: «k»)\n\n"), k=(key, "PIX_KEY"))
    entries = []
    c1 = g.musico(apelido_p=0.6)
    entries.append(lambda: doc.f(UT("«d» — «n»«t»: «s» — R$ «v» — «p»\n"), d=dbr(day, "short"), n=P(U(c1.called)),
                                 t=[" (", (g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"), ")"] if g.chance(0.5) else "",
                                 s=UT(g.pick(["troca de cordas + regulagem", "colagem de cavalete", "sapatilhas do sax", "desamassar campana", "encordoamento"])),
                                 v=brl(g.ri(60, 650) + 0.0), p=UT(g.pick(["pix", "dinheiro", "fiado até sexta", "débito"]))))
    if g.chance(0.35):
        c7 = g.musico(apelido_p=0.3)
        entries.append(lambda: doc.f(UT("«d» — «n» pagou por telefone, cartão «k» val «v» — R$ «x» (passar na maquininha e riscar o nº!)\n"),
                                     d=dbr(day + datetime.timedelta(days=1), "short"), n=P(U(c7.called)), k=(g.card(g.chance(0.5)), "CREDIT_CARD"),
                                     v=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", x=brl(g.ri(150, 1200) + 0.0)))
    c2 = g.musico(apelido_p=0.3)
    entries.append(lambda: doc.f(UT("«d» — orquestra (nota p/ «o») — revisão de «n» arcos — R$ «v» — a faturar, contato «c» «t»\n"), d=dbr(day + datetime.timedelta(days=1), "short"),
                                 o=orquestra(g)[0], n=g.ri(3, 12), v=brl(g.ri(400, 2400) + 0.0), c=P(U(c2.short)), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    c3 = g.person()
    inst, model = instrumento(g)
    entries.append(lambda: doc.f(UT("«d» — vendido «i» usado «m» («s») p/ «n», CPF «c»«x» — R$ «v» em 3x no cartão\n"), d=dbr(day + datetime.timedelta(days=2), "short"),
                                 i=inst, m=model, s=serie(g), n=P(U(c3.full)), c=(g.cpf(), "BR_CPF"), v=brl(g.ri(900, 9000) + 0.0),
                                 x=[UT(", end. "), (g.address("low" if not caps else "caps"), "ADDRESS"), UT(" cep "), (g.cep(), "BR_CEP")] if g.chance(0.4) else ""))
    entries.append(lambda: doc.f(UT("      comprovante: «b» «k» — NSU «n» — AUT «a»\n"), b=g.pick(["VISA CRÉDITO", "MASTER CRÉDITO", "ELO CRÉDITO"]), k=g.masked_card(), n=nsu(g), a=aut(g)))
    if g.chance(0.6):
        mb = g.person(False)
        c4 = g.musico(apelido_p=0.4)
        entries.append(lambda: doc.f(UT("«d» — motoboy «n» (placa «p») levou violoncelo p/ «c» — R$ «v»\n"), d=dbr(day + datetime.timedelta(days=3), "short"),
                                     n=P(U(g.pick([mb.first, mb.nick]))), p=(g.plate(), "LICENSE_PLATE"), c=P(U(c4.called)), v=brl(g.ri(20, 60) + 0.0)))
    if g.chance(0.5):
        c5 = g.musico(apelido_p=0.5)
        entries.append(lambda: doc.f(UT("«d» — devolvido sinal p/ «n» (desistiu do conserto) — pix na chave cpf «c»\n"), d=dbr(day + datetime.timedelta(days=3), "short"),
                                     n=P(U(c5.called)), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF")))
    if g.chance(0.5):
        c6 = g.musico(apelido_p=0.5)
        entries.append(lambda: doc.f(UT("«n» mudou de número: «t»\n"), n=P(U(c6.called)), t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER")))
    if g.chance(0.5):
        entries.append(lambda: doc.f(UT("«d» — compra de madeira (abeto e bordo) — «f», CNPJ «c» — R$ «v»\n"), d=dbr(day + datetime.timedelta(days=4), "short"),
                                     f=g.pick(["Madeireira Pinho & Bordo Ltda.", "Tonewood Brasil Importação Ltda.", "Casa das Cordas Ltda."]), c=(g.any_cnpj(), "BR_CNPJ"),
                                     v=brl(g.ri(300, 4000) + 0.0)))
    if g.chance(0.4):
        entries.append(lambda: doc.t(U(g.pick([chat_neg(g), word_neg(g), "acabou o verniz", "faltou luz a tarde toda"])) + "\n"))
    for e in entries:
        if g.chance(0.1):
            doc.t(g.pick(["[ilegível] ", "(riscado) "]))
        e()
    doc.f(UT("\ntotal semana: R$ «v» — conferido «n»\n"), v=brl(g.ri(1500, 14000) + 0.0), n=P(U(g.pick([lu.first, lu.short]))))
    return doc


FI = [fi_rpa, fi_mensalidades, fi_ecad_demonstrativo, fi_turne_diarias, fi_prestacao_contas, fi_cobranca_cache, fi_caderno_luthier]


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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|tia|tio|doutora?|prof|profa|eng|vig|sd|fiscal|maestro|maestrina|mestre|regente|spalla|porteiro)\.?\s", v), (rid, v)
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
            assert re.match(r"(?i)(CRM|COREN|OAB|CRC|CRN|CRFa|CREFITO|OMB)(?![A-Za-z])", v), (rid, v)
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
    common = {fold(w).lower() for name in COMMON_F + COMMON_M + PT_SUR + WORD_F + WORD_M + WORD_SUR + SUFFIXES + list(NICK.values())
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
    print("hundredtwentythird", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
