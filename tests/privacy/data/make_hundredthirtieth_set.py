"""Build the hundred-and-thirtieth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredthirtieth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 13030, 280 records: 4 domains x 7 templates x 10 copies.

Register: SHOOTING CLUBS, HUNTING AND FIREARM LICENSING -- sport-shooting clubs (clubes de tiro) and
their members' desk (filiação, habitualidade records, range bookings, ethics committees), CAC
paperwork (colecionadores, atiradores e caçadores: the Certificado de Registro, traffic permits,
acquisition authorisations, the Army's SIGMA and the Federal Police's SINARM, the paperwork services
called despachantes), gun shops and gunsmiths (sales invoices, service orders, receipts), the
psychological and shooting-capacity assessments by accredited psychologists and instructors,
occupational exams of range officers (impulse noise, lead), hunting and range accidents,
wild-boar control (manejo de javalis) on farms with the landowners' authorisations and the SIMAF
reports, zoonoses among hunters, court cases about firearm possession and seizures, and the clubs'
fees and payment reminders. Every club, shop, gunsmith, paperwork service, clinic, farm, bot and
person is invented (the clubs Clube de Tiro Leão Dourado, Clube de Caça e Tiro Rosa dos Ventos,
Associação de Tiro Esportivo Aurora, Stand Vitória Tiro Esportivo, Clube de Tiro Prudente de Morais,
CTC Serra Branca, Clube de Tiro Flor do Cerrado, Sociedade de Tiro Bento Amado, Clube de Tiro
Estrela Guia, Sociedade de Tiro Sereno; the shops Armaria Leão do Sul, Casa de Armas Bonfim, Arsenal
Estrela Guia, Loja do Caçador Prudente, Aurora Armas & Cutelaria, Mira Certa Armas; the gunsmiths
Oficina do Armeiro Dourado, Justo Armeiro Manutenção, Armeiro Sabiá Reparos, Oficina Branco Armas,
Armaria Técnica Vale do Leão; the services Despachante CAC Vitória, Assessoria CAC Fácil, Amado
Despachos e Assessoria Bélica, Luz Assessoria Armamentista, CR Rápido Despachante; the clinics
Clínica Mente Firme, Psicotécnico Aurora, Espaço Psi Serena, Instituto Foco, Clínica Rosa de Saron
Psicologia and four occupational clinics; the farms Fazenda Santa Aurora, Fazenda Bento Amado,
Fazenda Luz do Cerrado, Sítio Três Irmãos, Fazenda Vitória Régia, Fazenda Prudente, Estância Leão
Baio, Fazenda Rosa Branca, Agropecuária Sereno & Filhos...; the bots TiroBot, Alvinho, CACzinho,
Sentinela, Pontaria). Firearm makes and models are real products; cities are real; CEPs are random.
Layouts: WhatsApp exports (Android and iOS stamps; exported by either side; senders by number, name,
nickname or "Você"; business accounts and bots; a boar-control team's group in lower case with
@mentions and "<Mídia oculta>"); a speech-to-text call (lower case; CPF, birth date, CEP and phone
dictated in groups or in words, "meia" for six; the CR and a serial read out, unlabelled) with its
typed record; forms in four styles ("Campo: valor", dotted leaders, ruled box, CAPS labels) and
scans with OCR confusions (I/l, O/0, S/5, B/8, m/rn, d/cl, u/ii...); ruled, pipe, Markdown,
psql-like and blank-aligned tables, CSV with "," or ";", TSV; e-mails with quoted originals and
X-Originating-IP; an indictment, a writ of mandamus, custody hearing minutes, an ethics committee's
minutes, an ALL CAPS police report (OCR'd sometimes); a sale contract and a landowner's
authorisation (capitals sometimes) with witnesses or an e-signature log; a psychological report, a
shooting-capacity sheet, an emergency record, an ASO; a DANFE; receipts with the amount in words; an
RPA payroll and a bank statement in fixed width (names cut at 24, 22 or 18 characters); JSON lines.
- atendimento: (0) a WhatsApp chat with a club's secretary (a bot, then an attendant): a newcomer
  joins to get the CR (name, birth date, CPF, RG or CNH, home, CEP, e-mail, phone, profession; the
  joining fee to the club's random key or a card typed and the attendant asking to delete it; the
  member who referred him by nickname or name; the basic course's instructor; the accredited
  psychologist with her CRP and phone; the range's address, an institution's, unlabelled); (1) a
  speech-to-text call to a paperwork service (CR renewal, a traffic permit, a new collection
  address, a new weapon's registration: CPF, birth date, address of the collection, CEP and phone
  dictated; the CR and a serial read out unlabelled) and the typed record (the attendant by name or
  login); (2) a club's membership form (typed, boxed, CAPS, dotted or a scan: name, birth date,
  parents, CPF, RG, CNH and título sometimes, home and collection addresses with CEP, phones,
  e-mail, CR and federation numbers unlabelled, the declared collection with serials and SIGMA,
  SINARM or CRAF numbers unlabelled, a minor's guardian with CPF and phone, the emergency contact,
  the sponsoring members with member numbers, the secretary by name or login); (3) a range's
  booking and habitualidade log (CSV, TSV or a table: member, CPF or a masked one, phone, e-mail
  sometimes, CR unlabelled, weapon, rounds; the shift's range officers or a login; notes with a
  guest's CPF, a declaration sent to a member's e-mail, a new phone, a mistyped CPF); (4) a gun
  shop's answer to a complaint over the quoted original (SINARM request, CRAF, NF-e, order and
  traffic permit unlabelled; the customer's CPF, phone, IP, a masked card or a full card typed, the
  accessories' delivery address and CEP; the seller named; the shop's CNPJ); (5) a boar-control
  team's WhatsApp group (the landowner's authorisation, dogs, a pickup's plate, a new number,
  members' names and CPFs for the SIMAF report, the split to a key of any kind, the meeting point);
  (6) a gunsmith's open service orders (CSV, TSV or a table: customer, CPF, phone; serial, CRAF and
  SIGMA unlabelled; the gunsmith's e-mail and IP in the header; notes with a son's RG, a new
  collection address and CEP, a customer by nickname, a phone).
- juridico: (0) a prosecutor's indictment for illegal possession or carrying (Lei 10.826/2003 arts.
  12, 14, 16: the accused qualified with "vulgo", birth date, parents, RG, CPF, home, CEP; the
  weapon, the seizure record, an expired CR and SINARM unlabelled; the officers in the list of
  witnesses with ranks outside the spans; a neighbour with RG, CPF and home or a phone; the
  prosecutor); (1) a landowner's authorisation for boar control (capitals sometimes: the owner
  qualified, the farm's registry, CCIR and CAR unlabelled, the controllers with CPF, CR and
  CTF/IBAMA unlabelled and phones sometimes, the vehicles' plates, the dogs, the team leader's phone,
  witnesses with CPF or RG or an e-signature log); (2) a writ of mandamus against the Federal
  Police's denial (the petitioner qualified with birth date, título sometimes, e-mail, phone; the
  delegate named; the psychologist with CRP; the instructor; the club's president; the collection's
  address and CEP; the lawyer's OAB, e-mail and phone; the federal CNJ number unlabelled); (3)
  custody hearing minutes (the judge, the prosecutor, a lawyer's OAB or a public defender, the
  detainee qualified with CNH and phone sometimes, the car's plate, the conducting officer, a
  relative with a phone, the traffic permit and CR unlabelled, bail); (4) a private sale contract
  between two CACs (capitals sometimes: both qualified, título sometimes, the weapon's serial,
  SIGMA or SINARM and CRAF unlabelled, the price to agency and account or a random key, witnesses or
  an e-signature log); (5) an ALL CAPS police report of a firearm stolen from a home or a car (OCR'd
  sometimes: the victim with birth date, RG or CNH, CPF, phone, home, CEP; the car's plate; a
  neighbour with RG and phone; a suspect "CONHECIDO COMO"; the clerk and the delegate; the BO
  number and a partial plate unlabelled); (6) a club's ethics committee minutes (capitals
  sometimes: the committee, the accused member with CPF, e-mail and WhatsApp or a letter to his
  address and CEP, the range officer or "de plantão", witnesses with phone or RG, the lawyer's OAB
  and e-mail, the role mailbox of the board).
- saude: (0) a psychological assessment report (Resolução CFP 01/2022: name, birth date, CPF, RG,
  phone and e-mail sometimes, tests, apto or inapto, the psychologist's CRP, the PF accreditation
  unlabelled, the clinic's CNPJ; sometimes the month's list with CPF and birth dates); (1) a
  clinic's e-mail confirming the assessment over the candidate's anamnesis (CPF, birth date, phone,
  e-mail, IP, medications, the club and instructor named, an emergency contact; the CRP, the
  clinic's random key and CNPJ); (2) an emergency record of a hunting or range accident (birth date
  and age, CNS, CPF, mother, home, CEP, phone; the companion with phone and car plate or SAMU's
  ambulance plate; ICD-10 codes W55, W34, W54, W17, W26, S71.1, S61.0, S61.4, T20.2, H83.3, S51.8,
  S93.4 unlabelled; the CRM and COREN); (3) an ASO of a range officer, instructor, gunsmith or
  shop worker (the clinic's and the employer's CNPJ, CPF, RG, birth date, NIT, CNS sometimes; blood
  lead and audiometry; the examiner's CRM, the audiologist's CRFa, the PCMSO coordinator's CRM;
  sometimes the month's list); (4) a lower-case WhatsApp chat with a psychologist's office (CPF,
  birth date, e-mail, the CRP, the office's random key or a card typed, the wife's phone, apto or
  inapto, the instructor's e-mail); (5) a shooting-capacity sheet (name, birth date, CPF, RG or CNH,
  phone sometimes; the club's weapon and ammunition lot unlabelled; scores; the instructor's
  accreditation unlabelled and CPF sometimes; the range officer; sometimes the day's list); (6) a
  municipal surveillance sheet of hunters exposed to wild boars (name, birth date, CPF or CNS,
  phone, exposure, ICD-10 B75, A27.9, A23.9, Z20.8, R50.9 unlabelled; a wife with symptoms and a
  phone, the landowner sometimes, the veterinarian's CRMV, the nurse's COREN, the epidemiologist's
  e-mail or a role mailbox).
- financeiro: (0) an e-mail thread on an overdue annual fee (the treasurer's reminder with a bank
  slip's line unlabelled, the club's random key or agency, account and CNPJ, the treasurer's phone;
  the member's quoted reply with CPF, IP, a card typed sometimes, a new phone, a new collection
  address and CEP); (1) a gun shop's DANFE (the shop's CNPJ and address, the access key
  unlabelled; the buyer's CPF, home, CEP, phone, e-mail; serial, SINARM authorisation, CR and lots
  unlabelled; a masked card or a Pix E2E; the seller; sometimes the day's report of controlled
  sales); (2) the RPA payroll of instructors and range officers (fixed width or a table: CPF, NIT,
  shifts, INSS, a Pix key of any kind or agency and account; the treasurer, the accountant's CRC,
  a login and a private IP); (3) a gunsmith's receipts (capitals sometimes, the amount in words:
  the payer's CPF, a relative who collected, cash, a Pix key of any kind or agency and account; the
  gunsmith's CPF or MEI CNPJ and phone); (4) JSON lines of a club's booking and payment platform
  (name, e-mail, CPF, phone or null, birth date or null, IP, CR unlabelled, a masked card or an E2E
  id, refunds to agency and account, the instructor; the audit line with a login and a private
  IP); (5) a club's bank statement in fixed width (CNPJ, agency, account; Pix received with masked
  CPFs, Pix sent with the key, transfers to agency and account, suppliers' CNPJ, bills, card
  receivables; the treasurer's note with a member's e-mail); (6) a boar-control team's cost split
  in WhatsApp with a CSV (diesel, ammunition, the dog's veterinarian with his CRMV, the landowner's
  key, plates, CPFs for receipts, @mentions, each member's WhatsApp number and Pix key).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Dr.", "Dra.", "dr", "a dra.", "enf.", "Enf.", "dona", "seu", "vulgo", "CONHECIDO COMO", nor ranks
("SD PM", "CB PM", "3º SGT PM", "SUBTEN PM", "AGENTE", "INVESTIGADOR"); particles and suffixes are
inside; "SURNAME, GIVEN" is one span; first names, nicknames, lower case, ALL CAPS, OCR-damaged
forms and names cut at a fixed-width field (as they stand) are persons. Staff named in the text are
persons (secretaries, attendants, instructors, range officers, sellers, analysts, gunsmiths,
treasurers, accountants, psychologists, receptionists, physicians, nurses, audiologists,
veterinarians, epidemiologists, lawyers, public defenders, judges, prosecutors, clerks, delegates,
police officers), and so are members, candidates, customers, hunters, landowners, relatives,
witnesses, suspects, detainees and patients; logins (gsousa, kzielinskiprado42), bots (TiroBot,
Sentinela) and business accounts of WhatsApp ("Secretaria Sociedade de Tiro Bento Amado",
"Agenda Psicotécnico Aurora") are not. Corporate e-mails of people (at a shop, a gunsmith, a
clinic, a law firm, a city hall) are EMAIL_ADDRESS; role mailboxes (sac@, vendas@, pedidos@,
tesouraria@, cobranca@, financeiro@, agendamento@, recepcao@, laudos@, diretoria@, etica@,
cievs@, vigilancia@, zoonoses@...) are not labelled. ADDRESS is a person's street + number +
complement (lower-case, caps, OCR'd and spoken forms included; bairro, city and CEP stay out, the CEP
is BR_CEP). Agency and account are separate BANK_ACCOUNT spans, whoever holds them (a seller, a
club, an instructor, a refund's payee); bank names and codes are not labelled. PIX_KEY only for
random keys; a key that is a CPF, phone or e-mail takes that label. DATE_OF_BIRTH only for births
(spoken ones and those in lists and JSON included); assessment, test, hearing, fact, due, session,
permit and log dates and ages ("Idade: 57 anos") are not. Masked CPFs ("***.983.143-**") and masked
cards ("**** **** **** 9599", "final 4154") are not labelled; identifiers read out in groups or in
words are labelled like their digits.
Decisions of this set:
- Firearms and their paperwork carry numbers that are no label's identifier and stay unlabelled,
  though many of them are personal records: a weapon's serial number ("TPQ008595", "HNS 80033"),
  its SIGMA (Army) and SINARM (Federal Police) registration or request numbers, the CRAF, the CAC's
  Certificado de Registro number ("CR nº 238088/PF", "CR 16314 - 3ª RM", a CR read out in words),
  traffic permits (GT), acquisition authorisations, federation numbers ("FPTE 73011"), club member
  numbers, the Federal Police's accreditation of psychologists and instructors, IBAMA's CTF, the
  SIMAF declaration, the farm's CAR, CCIR and registry numbers, seizure records, inquiry and BO
  numbers, ammunition lots. Only a listed label's identifier printed beside them is labelled (the
  CAC's CPF, RG, CNH, título).
- PROFESSIONAL_ID: CRP (psychologists), CRM, COREN, CRMV (veterinarians), CRFa (audiologists), OAB
  and CRC, with the acronym and the UF or region; the Federal Police's accreditation of
  psychologists and shooting instructors is not a council registration and stays out.
- A club's range, a shop's or a clinic's address, an exam venue, a farm's name and a meeting point
  ("posto do trevo na ms-040") are not addresses; a person's home and the address where a CAC keeps
  his collection (endereço de guarda do acervo) are ADDRESS, rural homes included as one span ("Rodovia
  GO-186, km 44, Chácara Dois Irmãos", "Estrada Municipal da Serrinha, km 12, Sítio Santa Rita").
- Hunters' nicknames are PERSON, one span, trade words included ("Tião do Javali", "Zé Mateiro",
  "Clemente Boiadeiro", "Kayo Perdigueiro"), and so are free nicknames ("Xerifão", "Gatilho",
  "Chumbinho", "Catatau"); a chat's @mention is PERSON without the "@". Dogs' names (Tufão, Brutus,
  Faísca, Trovão, Pólvora) are not persons.
- Clubs, shops and farms holding name words or honouring people are not persons ("Clube de Tiro
  Prudente de Morais", "Sociedade de Tiro Bento Amado", "Fazenda Bento Amado", "Loja do Caçador
  Prudente"), nor are streets standing alone as places.
- NIT and PIS are one number: BR_PIS. LICENSE_PLATE: every full plate (a pickup, a detainee's car,
  an ambulance, a team's vehicles); a partial plate seen by a witness ("DP?-00??") is not one.
- A full card number typed in a chat or an e-mail is CREDIT_CARD; the card's validity and security
  code are not labelled.
- Service numbers (SAMU 192) are not phone numbers; an office's landline in a signature is
  PHONE_NUMBER, and so is a chat sender shown by number.

Names: Brazilian names of many origins (Portuguese common, north-eastern, old-fashioned, coined and
young coined ones; Italian, German, Pomeranian, Polish, Ukrainian, Lithuanian, Armenian, Lebanese,
Syrian, Japanese, Korean, Chinese, Haitian, Angolan, Nigerian, Senegalese, Cape Verdean, Cuban,
Colombian, Bolivian, Peruvian, Paraguayan, Venezuelan, Warao, indigenous, Jewish), rare or invented
name words well above a quarter (main() prints the share). Names that are also words (Rosa, Luz,
Flor, Vitória, Aurora, Celeste, Estrela, Pérola, Prata, Bento, Prudente, Amado, Leão, Branco,
Sereno, Justo, Salvador, Pacífico...) are names here and, elsewhere, words, clubs, shops, farms,
streets and cities, not persons ("seria prudente levar capa de chuva", "foi uma vitória", "alvo em
branco", "a luz do estande", "rosa dos ventos", "o prato sereno do skeet", "Stand Vitória", "Armaria
Leão do Sul", "Presidente Prudente", "Rua Bento Gonçalves", "Luz do Vale Energia").

Hard negatives: CNJ numbers (state and federal), mistyped CPFs and 11-digit protocols (checked to
fail CPF, PIS and CNH), serial numbers, SIGMA, SINARM, CRAF, CR, GT, CTF, CAR, CCIR and SIMAF
numbers, NF-e access keys, member and federation numbers, order, OS, NF, BO, inquiry and seizure
numbers, slips' lines, E2E ids, ammunition lots, envelope ids, private IPs, masked CPFs and cards,
ICD-10 codes, calibres (".380 ACP", "9x19mm", "12 GA", "5,56x45mm"), money, laws and rules (Lei
10.826/2003 arts. 4º, 12, 14 and 16, Decreto 11.615/2023, IN IBAMA 03/2013, Resolução CFP 01/2022,
Lei 13.709/2018, art. 155 and 157 of the CP), non-birth dates, ages; the script checks CPF-, PIS-,
CNH-, título-, CNS-, card- and plate-shaped runs outside the spans.
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
          "Jhenifer", "Dhiovana", "Rayssa Kethlen", "Sthefany", "Maysa Vitória", "Ketlen Yasmin", "Lorrayne", "Anyelle", "Wyara"]
RARE_M = ["Genivaldo", "Josivaldo", "Cicinato", "Eriberto", "Orlandino", "Valdemiro", "Adenilson", "Josenildo", "Gerivaldo",
          "Edmilton", "Franciscleudo", "Rivelino", "Djalminha", "Juscelino", "Irineu", "Aurino", "Cosme Damião", "Geraldino",
          "Adamastor", "Hermógenes", "Deoclécio", "Ubaldino", "Crispiniano", "Gumercindo", "Nerivaldo", "Waldecy", "Claudionor",
          "Dorivaldo", "Sinfrônio", "Lucivaldo", "Eronildes", "Gerinaldo", "Joscelino", "Deusimar", "Jadiel", "Kelvyn",
          "Wesley Kauã", "Maxsuel", "Odorico", "Anacleto", "Epaminondas", "Teotônio", "Leovigildo", "Rosalvo", "Zózimo",
          "Arquimedes", "Dagoberto", "Eliomar", "Isaltino", "Jocimar", "Lindolfo", "Nestório", "Osmarino", "Quintino", "Ronivon",
          "Ueliton", "Wanderlan", "Olegário", "Hildebrando", "Juvêncio", "Florisvaldo", "Edelberto", "Ataliba", "Possidônio",
          "Aristeu", "Dejair", "Gilmário", "Valfredo", "Jucimar", "Osvaldir", "Ednaldo", "Edivânio", "Gedeão", "Jairo Kauê",
          "Ryquelme", "Kawan", "Dhiego Kauã", "Wendell Kayky", "Jhonatan Weslley", "Thallysson", "Kayo Ruan", "Wanderson Ícaro"]
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
            "Marreiro", "Feitosa Brito", "Amorim Quental", "Holanda Cavalcanti", "Gadelha", "Leitão Arraes", "Sá Barreto"]
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
        "Genivalda": "Nena", "Josivânia": "Vânia", "Francileide": "Leide", "Luzinete": "Nete", "Edinalva": "Naldinha",
        "Chukwuemeka": "Emeka", "Oluwaseun": "Seun", "Dejair": "Deja", "Edjane": "Jane", "Joaquim": "Quinzinho", "Valdir": "Vadi",
        "Maria Clara": "Cacau", "Isabela": "Isa", "Manuela": "Manu", "Giovanna": "Gi", "Heloísa": "Helô", "Júlia": "Ju",
        "Guilherme": "Gui", "Henrique": "Rique", "Matheus": "Theus", "Kaylane": "Kay", "Thayslane": "Thay", "Jhenifer": "Jhe",
        "Sthefany": "Tefy", "Ryquelme": "Ryky", "Kawan": "Kawanzinho", "Thallysson": "Thallys", "Samuel": "Samuca",
        "Isadora": "Dora", "Lorrayne": "Lorra", "Enzo": "Enzinho", "Kauã": "Kauãzinho"}
# república nicknames: one PERSON span (a república's members are known by them)
FREE_NICK = ["Xuxu", "Tchuco", "Bambam", "Pirata", "Sushi", "Mineiro", "Gaúcho", "Paçoca", "Jabuti", "Tampinha", "Magrelo",
             "Bixete", "Formiga", "Cabeção", "Marreco", "Baiano", "Catatau", "Pipoca", "Chaveirinho", "Tanajura"]
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
    "pm": (["Waltraud", "Irmgard", "Hildegard", "Elfrida"], ["Reinholdo", "Ewaldo", "Gerhard", "Wilmar"],
           ["Ramlow", "Tesch", "Foerste", "Pagung", "Zumach", "Kuster", "Holz Ramlow"]),
    "lt": (["Aldona", "Birutė", "Genovaitė"], ["Vytautas", "Algirdas", "Jonas"], ["Jurkevičius", "Kazlauskas", "Petrauskas"]),
}
RARE_ORIGINS = ("ua", "cu", "kr", "cn", "ht", "ao", "sn", "in", "wa", "jw", "bo", "py", "ve", "cv", "pl", "am", "pe", "ng", "sy", "co",
                "pm", "lt")
RARE = set(RARE_F + RARE_M + RARE_SUR + IMMIGRANT_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Damiana", "Juscelino", "Irineu", "Cosme Damião", "Zulmira", "Quitéria", "Domitila", "Wilma", "Juana",
                        "Nilda", "Celso", "Ramón", "Nelson", "Odete", "Ester", "Percy", "Edwin", "Wanda", "Flor de María",
                        "Jucá", "Araripe", "Ximenes", "Tovar", "Ramiro", "Tunde", "Gedeão", "Matoso", "Frutuoso", "Arrais",
                        "Espínola", "Lustosa", "Sobreira", "Gadelha", "Tabosa", "Leila", "Yasmin", "Jonas"])
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
STREET_NAMES = ["dos Bibliotecários", "Cecília Meireles", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora",
                "Monteiro Lobato", "Doutor Leovigildo Sarapião", "Conselheiro Ubaldino Furquim", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont", "dos Tipógrafos",
                "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Professora Zulmira Cotrim",
                "Maestro Claudionor Tinoco", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz",
                "Machado de Assis", "Madre Paulina", "Pioneiro Egon Kuhnen", "Doutor Farid Haddad", "das Acácias",
                "Dom Pedro II", "da Glória", "Padre Anacleto Landim", "Vereador Lindolfo Aroeira", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas",
                "Historiador Ataliba Cantuária", "Bom Jesus da Lapa", "das Flores", "Cônego Sinfrônio Lustosa", "da Biblioteca",
                "Arquivista Doralice Bacelar", "Pintor Hagop Boghossian", "Irmã Dulce", "Chico Mendes", "Dom Hélder Câmara",
                "Projetada 7", "Professora Cosma Sucupira", "dos Estudantes", "Reitor Hildebrando Matoso", "Mestre Genivaldo Pajeú",
                "dos Universitários", "Santa Luzia", "Frei Damião", "Paulo Freire", "Darcy Ribeiro", "Anísio Teixeira"]
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
           "Jardim Esperança", "Santa Luzia", "Vila Operária", "Aldeota", "Savassi", "Praia do Canto", "Campo Belo", "Santa Teresa",
           "Vila Madalena", "Cidade Alta", "Ribeira", "Batel", "Bom Fim", "Cambuí", "Vila Esperança", "Jardim Catarina",
           "Conjunto Bento Ribeiro", "Cidade Universitária", "Vila Nova Aurora", "Barão Geraldo", "Vila Universitária", "Trindade",
           "Camobi", "Jardim Botânico", "Fonseca"]
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
        if kind == "CRMV":
            return self.pick([f"CRMV-{uf} {self.ri(1000, 29999)}", f"CRMV/{uf} nº {self.ri(1000, 29999)}", f"CRMV-{uf} {self.ri(1000, 29999)}-VP"])
        if kind == "CRFa":
            return self.pick([f"CRFa {self.ri(1, 9)}ª Região nº {self.ri(1000, 29999)}", f"CRFa-{self.ri(1, 9)} {self.ri(1000, 29999)}",
                              f"CRFa {self.ri(1, 9)}-{self.ri(1000, 29999)}"])
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
JOBS = {True: ["empresária", "desenvolvedora de software", "designer", "consultora", "contadora", "advogada", "arquiteta",
               "jornalista", "publicitária", "engenheira de dados", "psicóloga", "tradutora", "produtora de conteúdo", "corretora de imóveis"],
        False: ["empresário", "desenvolvedor de software", "designer", "consultor", "contador", "advogado", "arquiteto",
                "jornalista", "publicitário", "engenheiro de dados", "analista de sistemas", "tradutor", "representante comercial",
                "corretor de imóveis", "microempreendedor individual"]}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool | tuple[int, int] = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job=None) -> None:
    """'NAME, brasileira, solteira, atriz, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    young = job is STUDENT_JOB
    if isinstance(job, tuple):
        job = job[1] if p.female else job[0]
    civil = ("solteira" if p.female else "solteiro") if young and g.chance(0.9) else g.pick(CIVIL[p.female])
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {civil}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        lo, hi = dob if isinstance(dob, tuple) else ((2000, 2008) if young else (1955, 2005))
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
        doc.e(g.address("caps" if caps else "text"), "ADDRESS")
        city, uf = where or g.city()
        doc.t(up(f", {g.pick(BAIRROS)}, {city}/{uf}, CEP "))
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
TRT = {"SP": "5.02", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14",
       "TO": "5.10", "RO": "5.14", "AP": "5.08"}


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    return g.pick([c for c in CITIES if c[1] == uf])


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."





# --------------------------------------------------------------------------- register: shooting clubs, CAC paperwork, gun shops, boar control

SEED = 13030
OUT_NAME = "hundredthirtieth.jsonl"

# (brand, legal name, domain)
CLUBS = [
    ("Clube de Tiro Leão Dourado", "Associação Desportiva de Tiro Leão Dourado", "ctleaodourado.com.br"),
    ("Clube de Caça e Tiro Rosa dos Ventos", "Clube de Caça e Tiro Rosa dos Ventos", "cctrosadosventos.org.br"),
    ("Associação de Tiro Esportivo Aurora", "Associação de Tiro Esportivo Aurora", "atea.org.br"),
    ("Stand Vitória Tiro Esportivo", "Vitória Tiro Esportivo Ltda.", "standvitoria.com.br"),
    ("Clube de Tiro Prudente de Morais", "Clube de Tiro Prudente de Morais", "ctprudente.com.br"),
    ("CTC Serra Branca", "Clube de Tiro e Caça Serra Branca", "ctcserrabranca.com.br"),
    ("Clube de Tiro Flor do Cerrado", "Associação Flor do Cerrado de Tiro e Caça", "flordocerradotiro.com.br"),
    ("Sociedade de Tiro Bento Amado", "Sociedade de Tiro ao Alvo Bento Amado", "tirobentoamado.org.br"),
    ("Clube de Tiro Estrela Guia", "Estrela Guia Clube de Tiro Ltda.", "estrelaguiatiro.com.br"),
    ("Sociedade de Tiro Sereno", "Sociedade de Tiro Sereno do Vale", "tirosereno.org.br"),
]
SHOPS = [
    ("Armaria Leão do Sul", "Leão do Sul Comércio de Armas e Munições Ltda.", "armarialeaodosul.com.br"),
    ("Casa de Armas Bonfim", "Bonfim Armas e Munições Ltda.", "casadearmasbonfim.com.br"),
    ("Arsenal Estrela Guia", "Estrela Guia Comércio de Produtos Controlados Ltda.", "arsenalestrelaguia.com.br"),
    ("Loja do Caçador Prudente", "Prudente Artigos de Caça e Pesca Ltda.", "lojadocacador.com.br"),
    ("Aurora Armas & Cutelaria", "Aurora Armas e Cutelaria EIRELI", "auroraarmas.com.br"),
    ("Mira Certa Armas", "Mira Certa Comércio de Armas Ltda. ME", "miracerta.com.br"),
]
GUNSMITHS = [("Oficina do Armeiro Dourado", "armeirodourado.com.br"), ("Justo Armeiro Manutenção", "justoarmeiro.com.br"),
             ("Armeiro Sabiá Reparos", "armeirosabia.com.br"), ("Oficina Branco Armas", "brancoarmas.com.br"),
             ("Armaria Técnica Vale do Leão", "valedoleao.com.br")]
DESPACHANTES = [("Despachante CAC Vitória", "cacvitoria.com.br"), ("Assessoria CAC Fácil", "cacfacil.com.br"),
                ("Amado Despachos e Assessoria Bélica", "amadodespachos.com.br"), ("Luz Assessoria Armamentista", "luzassessoria.com.br"),
                ("CR Rápido Despachante", "crrapido.com.br")]
PSY_CLINICS = [("Clínica Mente Firme", "mentefirme.psc.br"), ("Psicotécnico Aurora", "psicoaurora.com.br"),
               ("Espaço Psi Serena", "espacopsiserena.com.br"), ("Instituto Foco Avaliação Psicológica", "institutofoco.psc.br"),
               ("Clínica Rosa de Saron Psicologia", "rosadesaron.psc.br")]
OCC_CLINICS = [("Clínica Bem Viver Saúde Ocupacional", "bemviverso.com.br"), ("Medtrab Aurora", "medtrabaurora.com.br"),
               ("Ocupacional Santa Rosa", "ocupacionalsantarosa.com.br"), ("SST Leão Medicina do Trabalho", "sstleao.com.br")]
FARMS = ["Fazenda Santa Aurora", "Fazenda Bento Amado", "Fazenda Luz do Cerrado", "Sítio Três Irmãos", "Fazenda Vitória Régia",
         "Fazenda Prudente", "Estância Leão Baio", "Fazenda Flor da Serra", "Sítio Boa Esperança", "Fazenda Rosa Branca",
         "Fazenda Capão Alto", "Agropecuária Sereno & Filhos"]
CROPS = ["o milho", "a soja", "a cana", "a mandioca", "o sorgo", "o milho safrinha", "o arroz", "a pastagem"]
HOSPITALS = ["Pronto-Socorro Municipal Aurora", "Hospital Regional do Vale", "UPA 24h São Bento", "Santa Casa de Misericórdia",
             "Hospital São Vicente de Paulo", "Hospital Municipal Bom Jesus", "UPA 24h Vila Rosa"]
BOTS = ["TiroBot", "Alvinho", "CACzinho", "Sentinela", "Pontaria"]
DOGS = ["Tufão", "Brutus", "Faísca", "Trovão", "Xerife", "Pitoco", "Fumaça", "Rajada", "Sarna", "Bala", "Tornado", "Pólvora"]
# (kind, model, calibre)
WEAPONS = [("pistola", "Taurus G2C", "9mm"), ("pistola", "Glock G19 Gen5", "9x19mm"), ("pistola", "Taurus TH380", ".380 ACP"),
           ("revólver", "Taurus RT 82S", ".38 SPL"), ("carabina", "CBC 7022", ".22 LR"), ("espingarda", "Boito Pump Military", "12 GA"),
           ("espingarda", "CBC 586.2", "12 GA"), ("fuzil", "Taurus T4", "5,56x45mm"), ("carabina", "Rossi Puma", ".38 SPL"),
           ("rifle", "Ruger American", ".308 Win"), ("pistola", "Imbel MD7", ".40 S&W"), ("pistola", "CZ Shadow 2", "9mm"),
           ("espingarda", "Benelli M4", "12 GA"), ("pistola", "Taurus TX22", ".22 LR"), ("revólver", "Rossi RP63", ".357 Mag"),
           ("carabina", "CBC 8122", ".22 LR"), ("pistola", "Sig Sauer P320", "9mm"), ("rifle", "Mauser M18", ".30-06")]
MODALITIES = ["IPSC", "tiro prático", "trap", "fossa olímpica", "skeet", "silhueta metálica", "carabina .22", "pistola standard",
              "steel challenge", "bench rest", "precisão 25 m", "tiro rápido", "hélice", "percurso de caça"]
CAC_KINDS = ["atirador desportivo", "caçador", "colecionador", "atirador desportivo e caçador", "atirador desportivo e colecionador"]
LEVELS = ["nível 1", "nível 2", "nível 3"]
SERVICES_GS = ["revisão geral", "troca de mola recuperadora", "limpeza e lubrificação", "troca de percussor", "regulagem de gatilho",
               "instalação de massa de mira", "reparo de extrator", "polimento de rampa", "troca de cano", "ajuste de choke",
               "oxidação", "troca de talas"]
PSY_TESTS = ["Teste Palográfico", "Teste de Atenção Concentrada (AC)", "Bateria Fatorial de Personalidade (BFP)", "HTP",
             "Zulliger (sistema compreensivo)", "Teste de Memória de Reconhecimento (TEM-R)", "R-1 (raciocínio)",
             "Teste de Atenção Dividida (TEADI)", "Teste de Atenção Alternada (TEALT)", "IFP-II", "Pfister"]
HUNT_TRADE = ["{n} do Javali", "{n} Mateiro", "{n} do Trap", "{n} Perdigueiro", "{n} da Espera", "{n} Boiadeiro"]
FREE_NICK = ["Gatilho", "Cartucho", "Chumbinho", "Alemão", "Polaco", "Baixinho", "Tatu", "Bigode", "Pardal", "Tchuco", "Xerifão",
             "Magrelo", "Gaúcho", "Mineiro", "Catatau", "Paçoca"]
ROLE_BOXES = ["sac", "contato", "atendimento", "secretaria", "financeiro", "cobranca", "tesouraria", "filiacao", "filiacoes",
              "associados", "estande", "reservas", "habitualidade", "cac", "documentacao", "vendas", "pedidos", "oficina", "os",
              "agendamento", "clinica", "laudos", "psicologia", "recepcao", "juridico", "etica", "diretoria", "no-reply",
              "naoresponda", "notificacoes", "dpo", "lgpd", "rh", "sesmt", "vigilancia", "epidemiologia", "cievs", "zoonoses",
              "protocolo", "faturamento", "contabilidade", "manejo", "fazenda", "nfe", "expedicao", "instrutores"]
STUDENT_JOB = ("estudante", "estudante")
JOBS_CAC = {True: ["empresária", "médica veterinária", "produtora rural", "engenheira agrônoma", "servidora pública", "advogada",
                   "dentista", "comerciante", "enfermeira", "professora", "corretora de imóveis", "analista de sistemas"],
            False: ["empresário", "produtor rural", "engenheiro agrônomo", "servidor público", "advogado", "médico veterinário",
                    "comerciante", "eletricista", "motorista", "mecânico", "representante comercial", "caminhoneiro", "técnico agrícola",
                    "dentista", "contador", "pecuarista"]}
UNITS = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze", "quatorze", "quinze",
         "dezesseis", "dezessete", "dezoito", "dezenove"]
TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
HUNDREDS = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos", "oitocentos", "novecentos"]
RANKS = ["SD PM", "CB PM", "3º SGT PM", "2º SGT PM", "SUBTEN PM", "AGENTE", "INVESTIGADOR", "SD", "CB"]
PM_RANKS = ["SD PM", "CB PM", "3º SGT PM", "2º SGT PM", "1º SGT PM", "SUBTEN PM"]


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


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def club(g: Gen) -> tuple[str, str, str]:
    return g.pick(CLUBS)


def member(g: Gen, female: bool | None = None) -> Person:
    """A club member, a hunter or a customer (more men than women, as in the clubs' rolls)."""
    female = g.chance(0.27) if female is None else female
    origin = "pt" if g.chance(0.72) else g.pick(["it", "de", "pm", "pl", "ua", "lt", "jp", "ar", "ht", "py", "bo", "in", "kr", "am", "sy", "co"])
    return g.person(female=female, origin=origin)


def adob(g: Gen, fmt: str | None = None) -> str:
    """An adult's birth date (a CAC is at least 25 to buy; members from 21)."""
    return g.dob(fmt, 1950, 2004)


def weapon(g: Gen, kinds: tuple[str, ...] | None = None) -> tuple[str, str, str]:
    return g.pick([w for w in WEAPONS if kinds is None or w[0] in kinds])


def arma_serial(g: Gen) -> str:
    """A firearm's serial number: not labelled."""
    return clean(g, lambda: g.pick([f"{g.up(3)}{g.d(6)}", f"{g.up(2)}{g.d(6)}", f"{g.up(3)} {g.d(5)}", f"{g.d(2)}{g.up(2)}{g.d(5)}",
                                    f"{g.up(4)}{g.d(3)}", f"{g.up(1)}{g.d(7)}", f"{g.up(3)}{g.d(5)}{g.up(1)}", f"{g.up(2)}{g.d(4)}{g.up(2)}"]))


def sigma_no(g: Gen) -> str:
    """A weapon's SIGMA (Army) registration: not labelled."""
    return clean(g, lambda: g.pick([g.d(6), f"{g.d(3)}.{g.d(3)}", g.d(7), f"{g.d(7)}-{g.d(1)}"]))


def sinarm_no(g: Gen) -> str:
    """A SINARM (Federal Police) registration or request number: not labelled."""
    return clean(g, lambda: g.pick([f"{g.ri(2015, 2026)}/{g.d(9)}", g.d(12), f"{g.d(4)}.{g.d(6)}", f"{g.ri(2023, 2026)}{g.d(8)}",
                                    f"{g.d(2)}.{g.d(3)}.{g.d(3)}/{g.ri(2024, 2026)}"]))


def cr_no(g: Gen) -> str:
    """A CAC's Certificado de Registro number: not labelled (it is no label's identifier)."""
    return clean(g, lambda: g.pick([g.d(6), f"{g.d(5)} - {g.ri(1, 12)}ª RM", f"{g.ri(2019, 2026)}.{g.d(6)}", f"{g.d(3)}.{g.d(3)}",
                                    f"{g.d(6)}/{g.pick(['SFPC', 'RM', 'PF'])}"]))


def craf_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([g.d(9), f"{g.d(4)}/{g.ri(2020, 2026)}", f"{g.d(3)}.{g.d(3)}.{g.d(3)}", f"{g.d(10)}"]))


def gt_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.d(6)}/{g.ri(2025, 2026)}", f"GT-{g.d(7)}", f"{g.d(4)}.{g.d(4)}", f"{g.ri(2025, 2026)}{g.d(6)}"]))


def filiacao_no(g: Gen) -> str:
    """A member's number at the club: not labelled."""
    return clean(g, lambda: g.pick([g.d(4), f"S-{g.d(4)}", f"{g.ri(2008, 2026)}/{g.d(3)}", g.d(5), f"{g.d(3)}-{g.pick('ABCDEFG')}"]))


def fed_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"FPTE {g.d(5)}", f"CBTE nº {g.d(4)}", f"FGTE {g.d(4)}/{g.d(2)}", f"CBTP {g.d(5)}", f"FTPR {g.d(4)}"]))


def mei_cnpj(g: Gen) -> str:
    """A MEI's CNPJ (head office, '0001')."""
    b = g.d(8) + "0001"
    n = b + cnpj_dv(b)
    return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}"


def ctf_no(g: Gen) -> str:
    """IBAMA's Cadastro Técnico Federal: not labelled."""
    return clean(g, lambda: g.pick([g.d(7), g.d(8), f"{g.d(3)}.{g.d(4)}"]))


def car_no(g: Gen, uf: str) -> str:
    """A rural property's CAR registration: not labelled."""
    return clean(g, lambda: f"{uf}-{g.d(7)}-" + ".".join(g.hexs(4, True) for _ in range(8)))


def ccir_no(g: Gen) -> str:
    return clean(g, lambda: f"{g.d(3)}.{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}")


def simaf_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.ri(2025, 2026)}.{g.d(6)}", f"SIMAF-{g.d(7)}", f"{g.d(5)}/{g.ri(2025, 2026)}"]))


def nfe_key(g: Gen) -> str:
    """An NF-e's access key in groups of four (44 digits): not labelled."""
    def make() -> str:
        k = f"{g.ri(11, 53)}{g.ri(25, 26)}{g.ri(1, 12):02d}" + g.d(14) + "55" + g.d(22)
        return " ".join(k[i:i + 4] for i in range(0, 44, 4))
    return clean(g, make)


def lote(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.up(3)}{g.d(2)}", f"{g.up(2)}{g.d(3)}{g.up(1)}", f"L{g.d(5)}"]))


def cred_pf(g: Gen) -> str:
    """An accreditation with the Federal Police (psychologists, instructors): not labelled."""
    return clean(g, lambda: g.pick([f"{g.d(3)}/{g.ri(2019, 2026)}", f"{g.d(4)}/{g.ri(2019, 2026)}-DELEAQ", f"nº {g.d(5)}", f"{g.d(2)}.{g.d(3)}/{g.ri(2020, 2026)}"]))


def os_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"OS {g.d(5)}", f"#{g.d(4)}", f"{g.ri(2025, 2026)}-{g.d(4)}", f"OS-{g.d(3)}/{g.d(2)}"]))


def nf_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.d(6)}", f"{g.d(3)}.{g.d(3)}", f"{g.d(5)}"]))


def order_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"#{g.d(8)}", f"PED-{g.d(6)}", f"{g.hexs(8, True)}", f"{g.ri(100000, 999999)}-{g.d(2)}"]))


def boleto_line(g: Gen) -> str:
    return clean(g, lambda: f"{g.pick(['23790', '34191', '00190', '10499', '03399', '74891'])}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.ri(1, 9)} {g.ri(9000, 9999)}{g.d(10)}")


def e2e(g: Gen, t: datetime.datetime | None = None) -> str:
    t = t or g.moment()
    return clean(g, lambda: f"E{g.d(8)}{t.strftime('%Y%m%d%H%M')}{g.hexs(11, True)}")


def bo_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.up(2)}{g.d(4)}-{g.ri(1, 9)}/{g.ri(2025, 2026)}", f"{g.d(6)}/{g.ri(2025, 2026)}", f"{g.d(3)}.{g.d(3)}/{g.ri(2025, 2026)}"]))


def ip_no(g: Gen) -> str:
    """A police inquiry's number: not labelled."""
    return clean(g, lambda: g.pick([f"{g.d(4)}/{g.ri(2024, 2026)}", f"{g.d(3)}-{g.d(5)}/{g.ri(2024, 2026)}", f"{g.d(7)}/{g.ri(2024, 2026)}"]))


def auto_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.d(3)}/{g.ri(2025, 2026)}", f"{g.d(4)}.{g.d(2)}/{g.ri(2025, 2026)}"]))


def cnj_of(g: Gen, uf: str) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.{CNJ_SEG[uf]}.{g.d(4)}")


def cnj_fed(g: Gen) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.4.0{g.ri(1, 6)}.{g.d(4)}")


def money(g: Gen, lo: float, hi: float) -> float:
    return round(g.rng.uniform(lo, hi), 2)


def hnick(g: Gen, p: Person) -> str:
    """A hunter's or a member's nickname: a pet name with a trade word ('Tião do Javali'), or a free one ('Gatilho')."""
    if g.chance(0.55):
        return g.pick(HUNT_TRADE).format(n=p.nick)
    return g.pick(FREE_NICK)


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "inv": p.inverted, "lfirst": lower(p.first), "lshort": lower(p.short)}[f])


def rural_address(g: Gen, style: str = "text") -> str:
    """A rural home: road, km or number and the farmstead together (one ADDRESS span)."""
    s = g.pick([f"Estrada Municipal {g.pick(['do Bento', 'da Aurora', 'Vicinal Sete', 'do Capão Alto', 'da Serrinha', 'Linha Ramlow'])}, km {g.ri(2, 38)}",
                f"Rodovia {g.pick(['MS', 'GO', 'MT', 'PR', 'SP', 'RS', 'MG', 'SC'])}-{g.ri(100, 499)}, km {g.ri(3, 190)}",
                f"Linha {g.pick(['São Bento', 'Aurora', 'Bonita', 'Tesch', 'Formosa'])}, s/n, lote {g.ri(1, 60)}",
                f"Estrada Vicinal {g.pick(['Vereador Lindolfo Aroeira', 'Pioneiro Egon Kuhnen', 'do Leão', 'Flor do Campo'])}, km {g.ri(1, 25)}"])
    s += g.pick(["", f", {g.pick(['Sítio Santa Rita', 'Chácara Recanto Feliz', 'Sítio Olho d’Água', 'Chácara Dois Irmãos', 'Sítio Bela Vista'])}", f", casa {g.ri(1, 4)}"])
    if style == "caps":
        return fold(s).upper()
    if style == "low":
        return fold(s).lower()
    return s


def home(g: Gen, style: str = "text") -> str:
    return rural_address(g, style) if g.chance(0.18) else g.address(style)


def word_neg(g: Gen) -> str:
    """A sentence with name-like words used as words, clubs, firms and places (never labelled)."""
    return g.pick(["Seria prudente revisar o procedimento de pista fria antes da etapa.",
                   "Foi uma vitória: a equipe de tiro prático ficou em segundo na etapa estadual.",
                   "A luz do estande de 25 m queimou de novo; as baias 5 e 6 ficam fechadas até sexta.",
                   "O Clube de Tiro Leão Dourado e a Armaria Leão do Sul dividem o mesmo estacionamento.",
                   "O ônibus da delegação para Presidente Prudente sai às 5h da sede.",
                   "Alvo em branco não conta ponto; confiram a numeração antes da série.",
                   "A Fazenda Bento Amado renovou a autorização de manejo por mais um ano.",
                   "Na Rua Bento Gonçalves fica a loja que vende os protetores auriculares mais baratos.",
                   "A rosa dos ventos da pista de percurso de caça foi repintada.",
                   "O Stand Vitória Tiro Esportivo abre aos domingos só para a fossa olímpica.",
                   "Esperança de todos é que o SINARM-CAC normalize as emissões ainda este mês.",
                   "O prato sereno do skeet saiu torto na máquina alta; chamem o técnico.",
                   "A Casa de Armas Bonfim vai expor na feira de Caça e Tiro de Santa Rosa.",
                   "Munição recarregada não entra no estande; a Estrela Guia só aceita de fábrica."])


def chat_neg(g: Gen) -> str:
    """A chat aside with name-like words used as words, clubs and places."""
    return g.pick(["deu branco na hora de desmuniciar kkkk", "foi uma vitória acertar os pratos com esse vento", "seria prudente levar capa de chuva",
                   "a luz do estande 3 tá piscando", "rosa dos ventos tá com promoção de anuidade", "o leão da receita veio pesado esse ano 😂",
                   "ta chovendo em presidente prudente, etapa adiada?", "a estrela do clube gabaritou a silhueta", "bento gonçalves tem feira de armas mês que vem",
                   "esperança é que o sinarm libere antes da etapa", "sereno da madrugada molhou tudo na espera", "a aurora pegou a gente ainda na ceva kkkk"])


def kin(g: Gen, p: Person) -> str:
    return g.pick(REL_KIN[p.female])


REL_KIN = {True: ["esposa", "mãe", "irmã", "filha", "companheira"], False: ["esposo", "pai", "irmão", "filho", "companheiro"]}


def say_f(doc: Doc):
    def say(who: str, tpl: str, **vals) -> None:
        doc.t(f"{who}: ")
        doc.f(tpl, **vals)
        doc.t("\n")
    return say


def a_(p: Person) -> str:
    return "a" if p.female else "o"


FEM_HEADS = ("Sociedade", "Associação", "Clínica", "Casa", "Armaria", "Loja", "Oficina", "Fazenda", "Estância", "Agropecuária", "Assessoria")


def do_(name: str) -> str:
    """'da' or 'do' before a club's, a shop's or a farm's name."""
    return "da" if name.split()[0] in FEM_HEADS else "do"


def ao_(name: str) -> str:
    return "à" if name.split()[0] in FEM_HEADS else "ao"


def na_(name: str) -> str:
    return "na" if name.split()[0] in FEM_HEADS else "no"


def fcap(doc: Doc, caps: bool, template: str, **vals) -> Doc:
    """doc.f with the template and its plain (unlabelled) values in capitals when caps."""
    if caps:
        template = caps_t(template)
        vals = {k: (fold(v).upper() if isinstance(v, str) else v) for k, v in vals.items()}
    return doc.f(template, **vals)


def sr(p: Person) -> str:
    return "Sra." if p.female else "Sr."


# --------------------------------------------------------------------------- atendimento


def at_filiacao_zap(g: Gen) -> Doc:
    """A WhatsApp chat with a shooting club's secretary (a bot, then an attendant): a newcomer asks to join to get the CR (name, birth date, CPF, RG or CNH, home address, CEP, e-mail, profession); the joining fee to the club's random Pix key or a card typed (the attendant asks to delete it); the member who referred him, by nickname or name; the basic course's instructor; the accredited psychologist with her CRP and phone; the club's range (an institution's address, unlabelled)."""
    doc = Doc()
    cname, craz, cdom = club(g)
    st = chat_stamp(g)
    tt = iter(seq_times(g, 40, g.moment(hours=(8, 22)), 20, 1500))
    bot = g.pick(BOTS)
    att = g.person(female=g.chance(0.65))
    m = member(g)
    acct = g.pick([f"{cname} Secretaria", f"{cname} 🎯", f"Secretaria {cname}"])
    if g.chance(0.45):
        doc.f("Conversa do WhatsApp com «a»\n\n", a=acct)
        B, R = V(acct), V("Você")
    else:
        R = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.7) else P(g.pick([m.full, m.short, lower(m.first), m.nick]))
        doc.t("Conversa do WhatsApp com ")
        doc.e(*R)
        doc.t("\n\n")
        B = V("Você")
    kind = g.pick(CAC_KINDS)
    cl(doc, st(next(tt)), R, g.pick(["boa tarde, como faço pra me filiar? quero tirar o CR de «k»", "Olá! Vocês fazem a filiação pra CR? («k»)",
                                     "bom dia, qto ta a joia e a anuidade? quero entrar como «k»"]), k=kind)
    cl(doc, st(next(tt)), B, "Olá! Eu sou o «b», assistente virtual «dc» «c» 🎯 Digite 1 para filiação, 2 para agendar estande, 3 para habitualidade, 4 para financeiro.", b=bot, c=cname, dc=do_(cname))
    cl(doc, st(next(tt)), R, g.pick(["1", "1 filiação", "1"]))
    cl(doc, st(next(tt)), B, "Oi! Aqui é «a», da secretaria 😊 A joia é R$ «j» e a anuidade R$ «n» (ou 12x no cartão). Para a ficha me mande: nome completo, data de nascimento, CPF, RG ou CNH, endereço com CEP (o de guarda do acervo, se for diferente), e-mail e profissão.",
       a=P(g.pick([att.first, att.short])), j=brl(g.pick([500.0, 800.0, 1200.0, 650.0])), n=brl(g.pick([960.0, 1200.0, 1440.0, 780.0])))
    doc.t(st(next(tt)))
    doc.e(*R)
    doc.t(": ")
    low = g.chance(0.45)
    if low:
        doc.f("«n» nasc «d» cpf «c»", n=P(m.low), d=(adob(g, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
        if g.chance(0.7):
            doc.f(" rg «r»", r=(g.rg(), "BR_RG"))
        else:
            doc.f(" cnh «r»", r=(g.cnh(), "BR_CNH"))
        doc.f(" «a» «b» cep «p» email «e» sou «j»\n", a=(home(g, "low"), "ADDRESS"), b=lower(g.pick(BAIRROS)), p=(g.cep(g.chance(0.5)), "BR_CEP"),
              e=(g.email(m), "EMAIL_ADDRESS"), j=g.pick(JOBS_CAC[m.female]))
    else:
        city, uf = g.city()
        doc.f("Nome: «n»\nNascimento: «d»\nCPF: «c»\n", n=P(g.pick([m.full, m.caps])), d=(adob(g, "br"), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"))
        if g.chance(0.7):
            doc.f("RG: «r» «o»\n", r=(g.rg(), "BR_RG"), o=g.pick(RG_ORG))
        else:
            doc.f("CNH: «r»\n", r=(g.cnh(), "BR_CNH"))
        doc.f("Endereço: «a», «b», «m»/«u» — CEP «p»\nE-mail: «e»\nCelular: «t»\nProfissão: «j»\n", a=(home(g), "ADDRESS"), b=g.pick(BAIRROS), m=city, u=uf,
              p=(g.cep(), "BR_CEP"), e=(g.email(m), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), j=g.pick(JOBS_CAC[m.female]))
    cl(doc, st(next(tt)), B, g.pick(["Perfeito, «n»! ", "Perfeito! ", "Obrigad«a»! "]) + "Ficha nº «f» aberta ✅ A joia pode ser Pix na chave aleatória «k» ou cartão aqui na secretaria.",
       n=P(m.first), a=a_(att), f=filiacao_no(g), k=(g.uuid(), "PIX_KEY"))
    if g.chance(0.45):
        cl(doc, st(next(tt)), R, "passa no cartão? «k» venc «v» cod «c»", k=(g.card(g.chance(0.6)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}", c=g.d(3))
        cl(doc, st(next(tt)), B, "Por favor apague essa mensagem 🙏 não recebemos cartão pelo WhatsApp. Mando o link de pagamento agora.")
    else:
        cl(doc, st(next(tt)), R, g.pick(["pix feito", "<Mídia oculta>", "pago ✅ segue comprovante"]))
    ref = member(g, female=False)
    cl(doc, st(next(tt)), R, "quem me indicou foi o «r», ele é sócio ai", r=P(g.pick([hnick(g, ref), ref.short, lower(ref.first)])))
    ins = g.person(female=g.chance(0.15))
    if g.chance(0.6):
        cl(doc, st(next(tt)), B, "Ah, o «r»! Ele assina como padrinho. O curso básico de manuseio é sábado às «h» com «o» «i».",
           r=P(g.pick([ref.first, ref.nick])), h=g.pick(["8h", "13h30", "9h"]), o="a instrutora" if ins.female else "o instrutor", i=P(g.pick([ins.short, ins.full])))
    else:
        cl(doc, st(next(tt)), B, "Certo, ele assina como padrinho. O curso básico de manuseio é sábado às «h» com «o» «i».",
           h=g.pick(["8h", "13h30", "9h"]), o="a instrutora" if ins.female else "o instrutor", i=P(g.pick([ins.short, ins.first])))
    psy = g.person(female=g.chance(0.75))
    cl(doc, st(next(tt)), B, "Para o CR você precisa do laudo psicológico com psicólog«o» credenciad«o» na PF. Aqui perto atende «t» «p» («c»), fone «f». Depois faz o teste de capacidade técnica aqui no estande.",
       o=a_(psy), t="a" if psy.female else "o", p=P(psy.full), c=(g.council("CRP"), "PROFESSIONAL_ID"), f=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    if g.chance(0.4):
        cl(doc, st(next(tt)), R, chat_neg(g))
    cl(doc, st(next(tt)), B, g.pick(["A declaração de filiação sai em até 5 dias úteis no seu e-mail. Bem-vind«o» «ao» «c»!",
                                     "Tudo certo! O estande fica na «e». Bem-vind«o» «ao» «c» 🎯"]), o=a_(m), c=cname, ao=ao_(cname),
       e=g.pick(["Estrada do Capão Alto, km 4", "Rodovia dos Pioneiros, km 12", "Av. das Indústrias, 2.300"]))
    return doc


def at_despachante_stt(g: Gen) -> Doc:
    """A speech-to-text call to a CAC paperwork service (lower case): a member renews his CR, asks for a traffic permit to a competition or moves his collection; CPF and birth date dictated, the CR and a weapon's serial read out (unlabelled), the address where the collection is kept and its CEP, the phone; then the typed record (the attendant by name or login)."""
    doc = Doc()
    dname, ddom = g.pick(DESPACHANTES)
    at = g.person(female=g.chance(0.6))
    m = member(g)
    cpf = g.cpf_digits()
    ddd, local = g.msisdn(g.chance(0.85))
    dd, mm, yy = g.dob_parts(1952, 2000)
    cep = g.cep(False)
    addr = g.address("low") if g.chance(0.8) else rural_address(g, "low")
    service = g.pick(["renovação do cr", "guia de tráfego", "mudança de endereço do acervo", "apostilamento de arma nova"])
    say = say_f(doc)
    doc.f("Transcrição automática — ligação «c» — «h» — confiança média «k»%\n\n", c=proto(g), h=f"{g.hm()}:{g.ri(0, 59):02d}", k=g.ri(72, 95))
    A = g.pick(["atendente", "locutor 1", "agente"])
    C = g.pick(["cliente", "locutor 2", "ligante"])
    say(A, "«x» «d» meu nome é «a» em que posso ajudar", x=g.pick(["bom dia", "boa tarde"]), d=lower(dname), a=P(lower(at.first)))
    intro = {"renovação do cr": "meu cr vence mês que vem e eu queria fazer a renovação com vocês",
             "guia de tráfego": "eu preciso de uma guia de tráfego pra levar minha pistola numa etapa em " + lower(g.city()[0]),
             "mudança de endereço do acervo": "eu mudei de casa e preciso atualizar o endereço do acervo",
             "apostilamento de arma nova": "comprei uma arma nova e a loja falou que vocês fazem o apostilamento"}[service]
    say(C, "oi «i» meu nome é «n»", i=intro, n=P(g.pick([m.low, lower(m.short)])))
    say(A, "certo pode me passar o cpf")
    say(C, "«c»", c=(stt_cpf(cpf, g), "BR_CPF"))
    say(A, "e a data de nascimento")
    say(C, "«d»", d=(g.pick([f"{dd} do {mm} de {yy}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} {mm} {str(yy)[2:]}"]), "DATE_OF_BIRTH"))
    crn = re.sub(r"\D", "", cr_no(g))[:6]
    say(A, "o número do seu cr")
    say(C, "é «c»", c=g.pick([spoken_digits(crn, g), " ".join(crn[i:i + 3] for i in range(0, len(crn), 3))]))
    if service in ("guia de tráfego", "apostilamento de arma nova"):
        k, model, cal = weapon(g)
        sn = arma_serial(g)
        say(A, "qual a arma marca modelo e número de série")
        say(C, "«k» «m» calibre «c» série «s»", k=k, m=lower(model), c=cal, s=" ".join(lower(sn)))
    say(A, "o endereço onde fica o acervo")
    say(C, "«a» bairro «b» cep «p»", a=(addr, "ADDRESS"), b=lower(g.pick(BAIRROS)), p=(stt_groups(cep, g), "BR_CEP"))
    say(A, "e um telefone com whatsapp")
    mob = len(local) == 9
    say(C, "«t»", t=(g.pick([f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mob else f"{ddd} {local[:4]} {local[4:]}",
                             f"{spoken_digits(ddd, g)} {spoken_digits(local, g)}", f"{ddd} {local[:-4]} {local[-4:]}"]), "PHONE_NUMBER"))
    fee = brl(g.pick([350.0, 450.0, 280.0, 600.0, 190.0]))
    say(A, "o serviço fica «f» reais mais as taxas da união te mando a chave pix e a lista de documentos no whatsapp", f=fee.split(",")[0])
    if g.chance(0.5):
        say(A, "e vai precisar do laudo psicológico novo o seu é de «y» passou de três anos", y=g.ri(2019, 2022))
    pr = proto(g)
    say(A, "seu protocolo é «p» mais alguma coisa", p=" ".join(pr) if g.chance(0.3) and pr.isdigit() else pr)
    say(C, g.pick(["não obrigado", "só isso valeu", "não tá bom", "brigado"]))
    doc.t("\n=== Registro do atendimento ===\n")
    fields = [("Protocolo", V(pr)), ("Cliente", pname(g, m, ("full", "caps"))), ("CPF", (fmt_cpf(cpf), "BR_CPF")),
              ("Nascimento", (f"{dd:02d}/{mm:02d}/{yy}", "DATE_OF_BIRTH")), ("CR", V(crn)), ("Serviço", V(service)),
              ("Endereço do acervo", (addr if g.chance(0.5) else addr.upper(), "ADDRESS")),
              ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP")), ("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    if g.chance(0.6):
        fields.append(("E-mail", (g.email(m), "EMAIL_ADDRESS")))
    fields.append(("Honorários", V(f"R$ {fee}")))
    fields.append(("Atendente", P(at.short) if g.chance(0.55) else V(login(at, g))))
    kv_block(doc, fields, g.pick(["lines", "dots", "caps", "box"]))
    return doc


def at_ficha_filiacao(g: Gen) -> Doc:
    """A club's membership form (typed, ruled box, CAPS labels, dotted leaders, or a scan with OCR confusions): name, birth date, parents, CPF, RG and órgão, CNH and título sometimes, profession, home and collection addresses with CEP, phones, e-mail, CR and category (CR unlabelled), modalities, the collection table (serials, SIGMA/SINARM unlabelled), the emergency contact with a phone, a minor's guardian with CPF (sport shooting from 14), the sponsoring members with their member numbers, the secretary by name or login."""
    doc = Doc()
    cname, craz, cdom = club(g)
    m = member(g)
    style = g.pick(["lines", "box", "caps", "dots", "scan", "scan"])
    scan = style == "scan"
    K = (lambda x: ocr(x, g, 0.3)) if scan else (lambda x: x)
    N = (lambda x: ocr(x, g, 0.35, names=True)) if scan else (lambda x: x)
    hdr = f"{craz.upper()}\nFICHA DE FILIAÇÃO DE ASSOCIADO — {g.pick(['ATIRADOR', 'CAÇADOR', 'COLECIONADOR', 'ATIRADOR / CAÇADOR'])}\nMatrícula nº {filiacao_no(g)}\n\n"
    doc.t(ocr(hdr, g, 0.4) if scan else hdr)
    city, uf = g.city()
    minor = g.chance(0.15)
    caps = scan or style == "caps"
    fields = [(K("Nome completo"), P(N(m.capsf if caps else g.pick([m.full, m.caps]))))]
    fields.append((K("Data de nascimento"), (g.dob(g.pick(["br", "nopad"]), 2008, 2011) if minor else adob(g, g.pick(["br", "br", "dot", "nopad"])), "DATE_OF_BIRTH")))
    fields.append((K("Naturalidade"), V("/".join(g.city()))))
    mom = g.relative(m, female=True)
    fields.append((K("Nome da mãe"), P(N(mom.capsf if caps else mom.full))))
    if g.chance(0.5):
        dad = g.relative(m, female=False)
        fields.append((K("Nome do pai"), P(N(dad.capsf if caps else dad.full))))
    fields.append((K("CPF"), (g.cpf(), "BR_CPF")))
    fields.append((K("RG / órgão"), (g.rg(), "BR_RG")))
    fields.append((K("Órgão emissor"), V(g.pick(RG_ORG))))
    if not minor and g.chance(0.45):
        fields.append((K("CNH"), (g.cnh(), "BR_CNH")))
    if not minor and g.chance(0.5):
        fields.append((K("Título de eleitor"), (g.titulo(), "BR_TITULO_ELEITOR")))
    fields.append((K("Profissão"), V("estudante" if minor else g.pick(JOBS_CAC[m.female]))))
    addr = home(g, "caps" if caps else "text")
    fields.append((K("Endereço residencial"), (N(addr), "ADDRESS")))
    fields.append((K("Bairro / Cidade"), V(f"{g.pick(BAIRROS)} — {city}/{uf}")))
    fields.append((K("CEP"), (g.cep(g.chance(0.8)), "BR_CEP")))
    if g.chance(0.35):
        fields.append((K("Endereço de guarda do acervo"), (N(home(g, "caps" if caps else "text")), "ADDRESS")))
        fields.append((K("CEP do acervo"), (g.cep(), "BR_CEP")))
    else:
        fields.append((K("Endereço de guarda do acervo"), V("o mesmo")))
    fields.append((K("Celular"), (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")))
    if g.chance(0.3):
        fields.append((K("Telefone fixo"), (g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER")))
    fields.append((K("E-mail"), (g.email(m), "EMAIL_ADDRESS")))
    fields.append((K("CR nº"), V(g.pick([cr_no(g), cr_no(g), "em andamento", "não possui"]))))
    fields.append((K("Categoria"), V(g.pick(CAC_KINDS))))
    fields.append((K("Modalidades"), V(", ".join(g.sample(MODALITIES, g.ri(1, 3))))))
    if g.chance(0.4):
        fields.append((K("Federação"), V(fed_no(g))))
    if minor:
        r = g.relative(m)
        fields.append((K("Responsável legal"), P(N(r.capsf if caps else g.pick([r.full, r.caps])))))
        fields.append((K("CPF do responsável"), (g.cpf(), "BR_CPF")))
        fields.append((K("Tel. do responsável"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    em = g.person()
    fields.append((K("Contato de emergência"), P(N(em.capsf if caps else g.pick([em.full, em.short])))))
    fields.append((K("Tel. emergência"), (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")))
    kv_block(doc, fields, "caps" if scan else style)
    if not minor and g.chance(0.7):
        doc.t(ocr("\nACERVO DECLARADO\n", g, 0.3) if scan else "\nAcervo declarado\n")
        rows = []
        for _ in range(g.ri(1, 4)):
            k, model, cal = weapon(g)
            reg = g.pick([f"SIGMA {sigma_no(g)}", f"SINARM {sinarm_no(g)}", f"CRAF {craf_no(g)}"])
            rows.append([V(k), V(model), V(cal), V(arma_serial(g)), V(reg)])
        table_ruled(doc, ["tipo", "modelo", "calibre", "nº de série", "registro"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.t("\n")
    p1, p2 = member(g), member(g)
    tpl = "Padrinhos: «a» (sócio «x») e «b» (sócio «y»)\n"
    doc.f(ocr_t(tpl, g, 0.3) if scan else tpl, a=P(N(g.pick([p1.full, p1.short]))), x=filiacao_no(g), b=P(N(g.pick([p2.full, p2.short, p2.nick]))), y=filiacao_no(g))
    sec = g.person(female=g.chance(0.7))
    doc.f("Conferido por: «n» em «d»\n", n=P(N(g.pick([sec.first, sec.short]))) if g.chance(0.6) else V(login(sec, g)), d=dbr(g.day()))
    doc.t(ocr("Declaro, sob as penas da lei, que as informações acima são verdadeiras e autorizo o tratamento dos meus dados (Lei 13.709/2018).\n", g, 0.3)
          if scan else "Declaro, sob as penas da lei, que as informações acima são verdadeiras e autorizo o tratamento dos meus dados (Lei 13.709/2018).\n")
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def at_agenda_estande(g: Gen) -> Doc:
    """A range's booking and habitualidade log exported from the club's system (CSV with "," or ";", TSV, or a table): time, lane, member, CPF, phone sometimes, CR (unlabelled), weapon and calibre, rounds, own or club's weapon; the range officers of the shifts; notes (a guest with CPF and the signed waiver, a declaration to a member's e-mail, a member's new phone, a lane closed); the export line with a login and a private IP."""
    doc = Doc()
    cname, craz, cdom = club(g)
    day = g.day()
    stand = g.pick(["estande 25 m", "estande 50 m", "estande 100 m", "pista de trap", "pista de IPSC", "estande de carabina"])
    ro = [g.person(female=g.chance(0.25)) for _ in range(2)]
    sec = g.person()
    doc.f("«c» — Reservas e habitualidade — «s» — «d»\n", c=cname, s=stand, d=dbr(day))
    doc.f("exportado por «l» em «t» (IP «i»)\n", l=login(sec, g), t=ts(g.moment(day), "br"), i=g.ip_priv())
    if g.chance(0.5):
        doc.f("RO manhã: «a» · RO tarde: «b»\n\n", a=P(g.pick([ro[0].full, ro[0].short])), b=P(g.pick([ro[1].full, ro[1].short, ro[1].first])))
    else:
        doc.f("RO do dia: «a»\n\n", a=V(login(ro[0], g)))
    fmt = g.pick(["csv", "csv;", "tsv", "plus", "psql", "md"])
    rows = []
    n = g.ri(4, 7)
    kinds = ("espingarda",) if stand == "pista de trap" else (("carabina", "rifle", "fuzil") if stand in ("estande 100 m", "estande de carabina") else None)
    with_mail = g.chance(0.5)
    for k in range(n):
        mm = member(g)
        kd, model, cal = weapon(g, kinds)
        rows.append([V(f"{g.ri(8, 17):02d}:{g.pick(['00', '30'])}"), V(str(g.ri(1, 8))),
                     P(g.pick([mm.full, mm.caps, mm.short, mm.inverted])),
                     (g.cpf(g.pick(["dot", "dot", "raw"])), "BR_CPF") if g.chance(0.85) else V(g.pick(["***." + g.d(3) + "." + g.d(3) + "-**", "pendente"])),
                     (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER") if g.chance(0.7) else V("-")]
                    + ([(g.email(mm), "EMAIL_ADDRESS")] if with_mail else [])
                    + [V(g.pick([cr_no(g), cr_no(g), "—"])), V(f"{model} {cal}"), V(str(g.pick([50, 100, 150, 200, 25, 75]))),
                       V(g.pick(["propria", "propria", "clube"]))])
    rows.sort(key=lambda r: r[0][0])
    cols = ["hora", "baia", "socio", "cpf", "celular"] + (["email"] if with_mail else []) + ["cr", "arma", "disparos", "arma_de"]
    if fmt.startswith("csv"):
        table_csv(doc, cols, rows, ";" if fmt == "csv;" else ",")
    elif fmt == "tsv":
        table_csv(doc, cols, rows, "\t")
    else:
        table_ruled(doc, cols, rows, fmt)
    doc.t("\nObservações:\n")
    if g.chance(0.5):
        gm, gu = member(g), g.person()
        doc.f("- «m» trouxe convidad«o» «n» (CPF «c»), termo de responsabilidade assinado, usou arma do clube.\n", m=P(g.pick([gm.short, gm.first])),
              o=gu.o, n=P(g.pick([gu.full, gu.short])), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.7):
        dm = member(g)
        doc.f("- Declaração de habitualidade de «n» enviada para «e».\n", n=P(g.pick([dm.full, dm.short])), e=(g.email(dm), "EMAIL_ADDRESS"))
    if g.chance(0.6):
        pm = member(g)
        doc.f("- Atualizar cadastro: «n» trocou de celular, agora «t».\n", n=P(g.pick([pm.short, pm.full, pm.nick])), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("- Baia «b» interditada (defletor solto). RO responsável: «r».\n", b=g.ri(1, 8), r=P(g.pick([ro[0].short, ro[1].full])))
    if g.chance(0.4):
        doc.f("- Sócio com CPF digitado errado no sistema («c»), corrigir com a secretaria.\n", c=g.neg_cpf(g.chance(0.7)))
    if g.chance(0.3):
        doc.t("- " + word_neg(g) + "\n")
    return doc


def at_loja_email(g: Gen) -> Doc:
    """A gun shop's answer to a customer's complaint about a delayed pick-up or an accessory order, above the quoted original: the authorisation in SINARM, the CRAF, the NF-e, the order and the traffic permit unlabelled; the customer's name, e-mail, CPF, phone, IP, a card typed or masked, home address and CEP for an accessory's delivery; the seller who promised the date; the shop's CNPJ in the signature; a corporate e-mail of the analyst or a role mailbox."""
    doc = Doc()
    sname, sraz, sdom = g.pick(SHOPS)
    an = g.person(female=g.chance(0.5))
    seller = g.person(female=g.chance(0.3))
    c = member(g)
    t0 = g.moment()
    t1 = t0 + datetime.timedelta(hours=g.ri(3, 70))
    gmail = g.email(c)
    corp = g.chance(0.6)
    doc.f("De: «n» <«e»>\n", n=P(an.full) if corp else V(f"Atendimento {sname}"), e=(corp_mail(an, sdom, g), "EMAIL_ADDRESS") if corp else V(role_mail(g, sdom, g.pick(["sac", "atendimento", "vendas", "pedidos"]))))
    doc.f("Para: «e»\nData: «d»\nAssunto: RE: «s»\n\n", e=(gmail, "EMAIL_ADDRESS"), d=mail_date(t1), s=g.pick(["Atraso na entrega da arma", "Pedido parado há 60 dias", "Reclamação — retirada da pistola"]))
    doc.f("Prezad«o» «n»,\n\n", o=a_(c), n=P(g.pick([c.first, c.full])))
    k, model, cal = weapon(g)
    reason = g.pick([f"a autorização de aquisição foi protocolada no SINARM sob o nº {sinarm_no(g)} e ainda está em análise na Polícia Federal",
                     f"o registro (CRAF) da sua {model} nº de série {arma_serial(g)} ainda não foi emitido; sem ele não podemos entregar a arma",
                     f"a guia de tráfego nº {gt_no(g)} para a retirada ainda não foi liberada",
                     f"o apostilamento ao seu CR nº {cr_no(g)} depende da conferência do endereço de guarda do acervo"])
    doc.f("Verificamos o pedido «p» (NF-e «f»): «r». Pela Lei 10.826/2003 e pelo Decreto 11.615/2023, a entrega só ocorre após essa etapa.\n",
          p=order_no(g), f=nf_no(g), r=reason)
    if g.chance(0.6):
        doc.f("Sobre o prazo informado pel«o» vendedor«a» «n», pedimos desculpas: ele não considera a fila do órgão.\n", o=a_(seller), a="a" if seller.female else "",
              n=P(g.pick([seller.first, seller.short])))
    if g.chance(0.5):
        doc.f("Os acessórios (coldre e carregadores) seguem hoje para «a», CEP «c».\n", a=(g.address(), "ADDRESS"), c=(g.cep(), "BR_CEP"))
    doc.t("Por segurança, nunca envie número de cartão por e-mail.\n\n")
    if corp:
        doc.f("Atenciosamente,\n«n»\n«s» — «r»\nCNPJ «j»\n«t»\n", n=P(an.full), s=sname, r=sraz, j=(g.any_cnpj(), "BR_CNPJ"),
              t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    else:
        doc.f("Equipe «s»\n«r» — CNPJ «j»\n", s=sname, r=sraz, j=(g.any_cnpj(), "BR_CNPJ"))
    doc.t("\n-----Mensagem original-----\n")
    doc.f("De: «n» <«e»>\nEnviada em: «d»\nX-Originating-IP: [«ip»]\n\n", n=P(g.pick([c.full, c.low, c.short])), e=(gmail, "EMAIL_ADDRESS"),
          d=ts(t0, "br"), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("Boa «x». Comprei uma «k» «m» («c») há «d» dias, paguei à vista no cartão «cc» e até hoje nada. Meu CPF é «cpf».", x=g.pick(["tarde", "noite"]),
          k=k, m=model, c=cal, d=g.ri(30, 120), cc=g.masked_card(), cpf=(g.cpf(), "BR_CPF"))
    if g.chance(0.4):
        doc.f(" Se quiserem estornar e cobrar de novo, usem este outro cartão: «k», validade «v».", k=(g.card(g.chance(0.6)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
    doc.f(" «v» «n» me garantiu 30 dias. Meu telefone: «t».", v="A vendedora" if seller.female else "O vendedor", n=P(g.pick([seller.first, lower(seller.first)])), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.3):
        doc.t(" Vou registrar no Procon.")
    if g.chance(0.5):
        doc.f("\n\n«n»\n", n=P(g.pick([c.first, c.full, c.caps])))
    else:
        doc.t("\n\nEnviado do meu iPhone\n" if g.chance(0.5) else "\n")
    return doc


def at_grupo_javali(g: Gen) -> Doc:
    """A boar-control team's WhatsApp group in lower case (senders by number, name or nickname; @mentions): the landowner's authorisation, the dogs (not persons), a pickup's plate, traffic permits and CR unlabelled, a new number, the cost split to a key of any kind, members' CPFs for the SIMAF report, the meeting point (a gas station, unlabelled), asides with name-like words."""
    doc = Doc()
    farm = g.pick(FARMS)
    st = chat_stamp(g)
    tt = iter(seq_times(g, 60, g.moment(hours=(6, 23)), 60, 4000))
    mem = [member(g, female=g.chance(0.12)) for _ in range(6)]
    nicks = [hnick(g, p) for p in mem]

    def sender(k: int) -> tuple:
        r = g.rng.random()
        if r < 0.7:
            return (g.phone("wa"), "PHONE_NUMBER")
        if r < 0.8:
            return P(mem[k].short)
        if r < 0.9:
            return P(nicks[k])
        return P(mem[k].first)
    snd = [sender(k) for k in range(6)]
    doc.f("manejo javali «f» 🐗\n\n", f=lower(farm))
    owner = member(g, female=g.chance(0.2))
    dog1, dog2 = g.sample(DOGS, 2)
    cl(doc, st(next(tt)), snd[0], "pessoal, «d» tem espera «na» «f», o «o» «n» liberou, autorização assinada tá no drive", d=g.pick(["sexta", "sábado", "quinta"]), na=na_(farm),
       f=lower(farm), o="seu" if not owner.female else "dona", n=P(g.pick([lower(owner.first), lower(owner.short), owner.nick.lower()])))
    cl(doc, st(next(tt)), snd[0], "o porco tá acabando com «c» dele, cevamos ontem perto do açude", c=g.pick(CROPS))
    cl(doc, st(next(tt)), snd[1], "@«n» vc leva os cachorros? o «d» ta bom da pata?", n=P(lower(nicks[2]) if g.chance(0.5) else lower(mem[2].first)), d=lower(dog1))
    cl(doc, st(next(tt)), snd[2], "levo o «a» e o «b», o «c» ainda tá de repouso", a=lower(dog2), b=lower(g.pick(DOGS)), c=lower(dog1))
    cl(doc, st(next(tt)), snd[3], "vou de «v», placa «p», cabe mais 3", v=g.pick(["hilux", "s10", "l200", "ranger", "strada", "saveiro"]), p=(g.plate(), "LICENSE_PLATE"))
    cl(doc, st(next(tt)), snd[0], "quem for leva gt de caça e cr em dia, a ambiental tava parando na estrada semana passada")
    if g.chance(0.5):
        cl(doc, st(next(tt)), snd[4], "minha gt venceu «d», renovo amanhã no sistema", d=dbr(g.day(), "short"))
    if g.chance(0.6):
        cl(doc, st(next(tt)), snd[4], "galera meu número novo é «t», salvem aí", t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), snd[0], "o «o» pediu nome e cpf de todo mundo pra declaração do simaf, manda aqui", o=P(g.pick([lower(owner.first), owner.nick.lower()])) if g.chance(0.4) else V("dono"))
    for k in g.sample(range(1, 6), g.ri(3, 5)):
        cl(doc, st(next(tt)), snd[k], "«n» «c»", n=P(g.pick([mem[k].low, mem[k].full])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    kind, key = pix_key(g, mem[0])
    cl(doc, st(next(tt)), snd[0], "rateio do diesel e da ceva deu R$ «v» por cabeça, pix «k» «x»", v=brl(money(g, 60, 180)), k=kind, x=key)
    cl(doc, st(next(tt)), snd[g.ri(1, 5)], "ponto de encontro no posto «p» na «r» às «h»", p=g.pick(["do trevo", "Graal", "Aurora", "do Bento", "Ipiranga da saída"]),
       r=g.pick(["br-163", "br-060", "sp-294", "ms-040", "go-164", "pr-323"]), h=g.pick(["17h", "18h30", "16h"]))
    if g.chance(0.5):
        cl(doc, st(next(tt)), snd[5], "<Mídia oculta>")
        cl(doc, st(next(tt)), snd[5], "abatemos «n» na última, carcaça enterrada conforme a IN do ibama", n=g.pick(["dois", "três", "4", "um macho de 90 kg"]))
    if g.chance(0.5):
        cl(doc, st(next(tt)), snd[g.ri(1, 5)], chat_neg(g))
    if g.chance(0.25):
        cl(doc, st(next(tt)), snd[1], "@«n» pagou? falta vc e o «m»", n=P(lower(mem[3].first)), m=P(nicks[5].lower()))
    return doc


def at_armeiro_os(g: Gen) -> Doc:
    """A gunsmith's open service orders exported from his system (CSV, TSV or a table): order, customer, CPF, phone, weapon, serial and CRAF (unlabelled), service, price, status; the header with the gunsmith's e-mail and the export IP; notes (a son authorised to collect with his RG, a customer who moved with the new address and CEP, a maintenance traffic permit's due date, a customer by nickname)."""
    doc = Doc()
    gname, gdom = g.pick(GUNSMITHS)
    arm = g.person(female=g.chance(0.15))
    day = g.day()
    doc.f("«g» — Ordens de serviço em aberto — «d»\n", g=gname, d=dbr(day))
    doc.f("Usuário: «e» · acesso de «i» · «t»\n\n", e=(corp_mail(arm, gdom, g), "EMAIL_ADDRESS") if g.chance(0.6) else (g.email(arm), "EMAIL_ADDRESS"),
          i=(g.ip(), "IP_ADDRESS"), t=ts(g.moment(day), "brs"))
    fmt = g.pick(["csv", "csv;", "tsv", "plus", "psql", "md", "plain"])
    rows = []
    custs = []
    for _ in range(g.ri(4, 6)):
        c = member(g)
        custs.append(c)
        kd, model, cal = weapon(g)
        rows.append([V(os_no(g)), P(g.pick([c.full, c.caps, c.short])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if g.chance(0.85) else V(""),
                     V(f"{model} {cal}"), V(arma_serial(g)), V(g.pick([craf_no(g), f"SIGMA {sigma_no(g)}"])),
                     V(g.pick(SERVICES_GS)), V(brl(money(g, 90, 1400))), V(g.pick(["aguardando peça", "em serviço", "pronta", "aguardando GT", "orçamento"]))])
    cols = ["os", "cliente", "cpf", "telefone", "arma", "serie", "registro", "servico", "valor", "status"]
    if fmt.startswith("csv"):
        table_csv(doc, cols, rows, ";" if fmt == "csv;" else ",")
    elif fmt == "tsv":
        table_csv(doc, cols, rows, "\t")
    else:
        table_ruled(doc, cols, rows, fmt)
    doc.t("\nNotas:\n")
    c0 = custs[0]
    if g.chance(0.6):
        son = g.relative(c0)
        doc.f("- «c» autorizou «o» «k» «s» a retirar — conferir RG «r» e a procuração.\n", c=P(c0.short), o="a" if son.female else "o",
              k="filha" if son.female else "filho", s=P(son.full), r=(g.rg(), "BR_RG"))
    if g.chance(0.6):
        c1 = custs[1]
        doc.f("- «c» mudou de endereço; acervo agora na «a», CEP «p» — só entrega com a GT no endereço novo.\n", c=P(g.pick([c1.first, c1.short])),
              a=(home(g), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    if g.chance(0.5):
        doc.f("- GT de manutenção do «c» vence «d».\n", c=P(g.pick([hnick(g, custs[2]), custs[2].first])), d=dbr(day + datetime.timedelta(days=g.ri(3, 30))))
    if g.chance(0.4):
        c3 = custs[3]
        doc.f("- Orçamento aprovado por «c» pelo zap «t».\n", c=P(c3.first), t=(g.phone("wa"), "PHONE_NUMBER"))
    doc.f("- Peças pedidas à «f» (pedido «p»).\n", f=g.pick([s[0] for s in SHOPS]), p=order_no(g))
    return doc


AT = [at_filiacao_zap, at_despachante_stt, at_ficha_filiacao, at_agenda_estande, at_loja_email, at_grupo_javali, at_armeiro_os]


# --------------------------------------------------------------------------- juridico


def ju_denuncia(g: Gen) -> Doc:
    """A prosecutor's indictment for illegal possession or carrying of a firearm (Lei 10.826/2003 arts. 12, 14 or 16): the accused qualified (nickname after "vulgo", birth date, parents, RG, CPF, home and CEP), the weapon seized (serial, SINARM and the seizure record unlabelled), the officers named in the list of witnesses with ranks outside the spans, a neighbour witness with RG, CPF and home or a phone, an expired CR unlabelled, the prosecutor; the CNJ and inquiry numbers unlabelled."""
    doc = Doc()
    city, uf = g.city()
    acc = member(g, female=False)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «n»ª VARA CRIMINAL DA COMARCA DE «c»/«u»\n\n", n=g.ri(1, 5), c=fold(city).upper(), u=uf)
    doc.f("Inquérito Policial nº «i»\nProcesso nº «p»\n\n", i=ip_no(g), p=cnj_of(g, uf))
    doc.f("O MINISTÉRIO PÚBLICO DO ESTADO, pel«o» Promotor«a» de Justiça que esta subscreve, vem oferecer DENÚNCIA em face de\n\n",
          o="a", a="a")
    doc.e(acc.capsf if g.chance(0.6) else acc.full, "PERSON")
    if g.chance(0.6):
        doc.f(", vulgo “«n»”", n=P(hnick(g, acc)))
    doc.f(", «n», «c», «j», nascid«o» em «d», filh«o» de «m»", n=g.pick(NATIONALITY[acc.female]), c=g.pick(CIVIL[acc.female]), j=g.pick(JOBS_CAC[acc.female]),
          o=acc.o, d=(adob(g, g.pick(["br", "long"])), "DATE_OF_BIRTH"), m=P(g.relative(acc, female=True).full) if g.chance(0.7) else V("pais não declarados"))
    if g.chance(0.3):
        doc.f(" e de «p»", p=P(g.relative(acc, female=False).full))
    doc.f(", RG nº «r» «o», CPF nº «c», residente na «a», «b», nesta cidade, CEP «p», pelos fatos a seguir:\n\n", r=(g.rg(), "BR_RG"), o=g.pick(RG_ORG),
          c=(g.cpf(), "BR_CPF"), a=(home(g), "ADDRESS"), b=g.pick(BAIRROS), p=(g.cep(), "BR_CEP"))
    k, model, cal = weapon(g)
    o1, o2 = g.person(female=g.chance(0.2)), g.person(female=g.chance(0.2))
    art = g.pick(["12", "14", "16, § 1º, IV"])
    d0 = g.day()
    doc.f("No dia «d», por volta das «h», policiais militares, em cumprimento a mandado de busca, encontraram no interior da residência do denunciado uma «k» «m», calibre «c», nº de série «s»",
          d=dbr(d0, "long"), h=g.hm(), k=k, m=model, c=cal,
          s=arma_serial(g) if art != "16, § 1º, IV" else "suprimido")
    doc.f(", além de «n» cartuchos intactos, conforme Auto de Apreensão nº «x».", n=g.ri(6, 80), x=auto_no(g))
    if g.chance(0.5):
        doc.f(" O denunciado apresentou CR nº «c», vencido desde «d», e o registro SINARM nº «s» não corresponde à arma apreendida.", c=cr_no(g),
              d=dbr(d0 - datetime.timedelta(days=g.ri(90, 900))), s=sinarm_no(g))
    w = g.person()
    doc.t(" A vizinha relatou ter ouvido disparos na madrugada anterior.\n\n" if w.female else " O vizinho relatou ter ouvido disparos na madrugada anterior.\n\n")
    doc.f("Assim agindo, o denunciado incorreu no art. «a» da Lei 10.826/2003, pelo que requer o Ministério Público o recebimento desta denúncia, a citação e o prosseguimento do feito.\n\n", a=art)
    doc.t("ROL DE TESTEMUNHAS:\n")
    doc.f("1. «r» «n», matrícula «m»;\n", r=g.pick(PM_RANKS), n=P(o1.caps if g.chance(0.5) else o1.full), m=g.d(6))
    doc.f("2. «r» «n», matrícula «m»;\n", r=g.pick(PM_RANKS), n=P(o2.caps if g.chance(0.5) else o2.full), m=g.d(6))
    if g.chance(0.5):
        doc.f("3. «n», RG «r», CPF «c», residente na «a»;\n", n=P(w.full), r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"), a=(home(g), "ADDRESS"))
    else:
        doc.f("3. «n», telefone «t».\n", n=P(w.full), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    prom = g.person(female=True)
    doc.f("\n«c», «d».\n\n«n»\nPromotora de Justiça\n", c=city, d=dbr(d0 + datetime.timedelta(days=g.ri(30, 120)), "long"), n=P(prom.full))
    return doc


def ju_autorizacao_manejo(g: Gen) -> Doc:
    """A landowner's authorisation for wild-boar control on a farm (capitals sometimes): the owner qualified with home and CEP, the property's registry, CCIR and CAR unlabelled, the controllers' table (name, CPF, CR and CTF/IBAMA unlabelled, phone sometimes), the vehicles' plates, the dogs (not persons), IN IBAMA 03/2013 and SIMAF; signatures with witnesses' CPF or RG, or an e-signature log with e-mails and IPs."""
    doc = Doc()
    caps = g.chance(0.35)
    up = caps_t if caps else (lambda s: s)
    farm = g.pick(FARMS)
    city, uf = g.city()
    owner = member(g, female=g.chance(0.25))
    doc.t(up("AUTORIZAÇÃO DE MANEJO DE JAVALIS (Sus scrofa) EM PROPRIEDADE RURAL\n\n"))
    qualify(g, doc, owner, caps=caps, rg=True, email=g.chance(0.4), phone=g.chance(0.5), addr=True, dob=g.chance(0.3),
            job=("produtor rural", "produtora rural") if g.chance(0.6) else None)
    fcap(doc, caps, ", proprietári«o» do imóvel rural denominado «f», matrícula nº «m» do Cartório de Registro de Imóveis de «c»/«u», CCIR nº «r», inscrito no CAR sob o nº «k», AUTORIZA as pessoas abaixo a realizar o controle populacional de javalis no imóvel, nos termos da Instrução Normativa IBAMA nº 03/2013, com declaração das atividades no SIMAF:\n\n",
          o=owner.o, f=farm, m=g.d(5), c=city, u=uf, r=ccir_no(g), k=car_no(g, uf))
    rows = []
    team = [member(g, female=g.chance(0.1)) for _ in range(g.ri(2, 5))]
    for p in team:
        rows.append([P(p.capsf if caps else g.pick([p.full, p.caps])), (g.cpf(), "BR_CPF"), V(cr_no(g)), V(ctf_no(g)),
                     (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.4) else V("—")])
    table_ruled(doc, ["manejador", "CPF", "CR", "CTF/IBAMA", "telefone"], rows, g.pick(["plus", "pipe", "plain", "psql"]))
    fcap(doc, caps, "\nVeículos autorizados a circular no imóvel: «a».\n", a=(g.plate(), "LICENSE_PLATE"))
    if g.chance(0.6):
        fcap(doc, caps, "Segundo veículo: «p».\n", p=(g.plate(), "LICENSE_PLATE"))
    fcap(doc, caps, "Cães de agarre/busca: «a», «b» e «c», com vacinação em dia.\n", a=g.pick(DOGS), b=g.pick(DOGS[:6]), c=g.pick(DOGS[6:]))
    d0 = g.day()
    fcap(doc, caps, "Vigência: de «a» a «b». As carcaças serão enterradas ou destinadas conforme a norma, vedado o transporte ou comércio da carne.\n",
          a=dbr(d0), b=dbr(d0 + datetime.timedelta(days=g.pick([90, 180, 365]))))
    fcap(doc, caps, "Responsável pela equipe: «n», que comunicará ao proprietário cada abate pelo telefone «t».\n\n", n=P(team[0].full if not caps else team[0].capsf),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("«c», «d».\n\n", c=city, d=dbr(d0, "long"))
    if g.chance(0.5):
        doc.f("_____________________________\n«n»\n\n", n=P(owner.capsf if caps else owner.full))
        doc.t(up("Testemunhas:\n"))
        for _ in range(2):
            w = g.person()
            if g.chance(0.6):
                doc.f("«n» — CPF «c»\n", n=P(w.capsf if caps else w.full), c=(g.cpf(), "BR_CPF"))
            else:
                doc.f("«n» — RG «r»\n", n=P(w.capsf if caps else w.full), r=(g.rg(), "BR_RG"))
    else:
        esign_log(g, doc, [(owner, g.email(owner)), (team[0], g.email(team[0]))], g.moment(d0))
    return doc


def ju_mandado_seguranca(g: Gen) -> Doc:
    """A writ of mandamus to a federal court against the denial of a CR, an acquisition or a carry permit: the petitioner qualified (birth date, RG or CNH, CPF, título sometimes, e-mail, phone, home and CEP), the SINARM request unlabelled, the Federal Police delegate named as the authority, the psychologist's report with her CRP, the instructor's capacity test (accreditation unlabelled), the club's declaration signed by its president, the lawyer's OAB, e-mail and phone; the federal CNJ number unlabelled."""
    doc = Doc()
    city, uf = g.city()
    imp = member(g)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) FEDERAL DA «n»ª VARA FEDERAL DA SEÇÃO JUDICIÁRIA DE «u»\n\n", n=g.ri(1, 14), u=uf)
    if g.chance(0.4):
        doc.f("Distribuição por dependência ao processo nº «p»\n\n", p=cnj_fed(g))
    qualify(g, doc, imp, caps=False, rg=True, email=True, phone=g.chance(0.6), addr=True, dob=True, titulo=g.chance(0.35))
    lw = g.person(female=g.chance(0.45))
    fdom = g.pick(["advocaciaprudente.adv.br", "sabiaebraga.adv.br", "leaoadvogados.com.br", "auroralegal.adv.br"])
    dlg = g.person(female=g.chance(0.4))
    doc.f(", por «s» advogad«l» (procuração anexa), vem impetrar MANDADO DE SEGURANÇA, com pedido liminar, contra ato d«o» «n», Delegad«o» de Polícia Federal, chefe da DELEAQ/DREX/SR/PF/«u», pelos fundamentos a seguir.\n\n",
          s="sua" if lw.female else "seu", l=a_(lw), o=a_(dlg), n=P(dlg.full), u=uf)
    reqno = sinarm_no(g)
    kind = g.pick(["a concessão do Certificado de Registro de atirador desportivo", "a autorização de aquisição de arma de fogo",
                   "a renovação do porte de arma de fogo", "a concessão do registro de caçador para manejo de javalis"])
    doc.f("1. «i» requereu «k» (requerimento SINARM nº «r»). O pedido foi indeferido em «d» sob o fundamento genérico de ausência de “efetiva necessidade”, embora apresentados todos os documentos exigidos pelo art. 4º da Lei 10.826/2003 e pelo Decreto 11.615/2023.\n",
          i="A impetrante" if imp.female else "O impetrante", k=kind, r=reqno, d=dbr(g.day()))
    psy = g.person(female=g.chance(0.7))
    ins = g.person(female=g.chance(0.15))
    doc.f("2. O laudo de aptidão psicológica foi emitido pel«o» psicólog«o» «n» («c»), credenciad«o» na Polícia Federal (credenciamento «x»), e o atestado de capacidade técnica pelo instrutor «i», credenciamento «y».\n",
          o=a_(psy), n=P(psy.full), c=(g.council("CRP"), "PROFESSIONAL_ID"), x=cred_pf(g), i=P(ins.full), y=cred_pf(g))
    if g.chance(0.6):
        cname = club(g)[0]
        pres = g.person(female=g.chance(0.2))
        doc.f("3. A declaração de habitualidade «dc» «c», assinada por «s» presidente «p», comprova «n» treinos nos últimos doze meses.\n",
              c=cname, dc=do_(cname), s="sua" if pres.female else "seu", p=P(pres.full), n=g.ri(8, 30))
    if g.chance(0.5):
        doc.f("4. A certidão de antecedentes e a declaração de endereço de guarda do acervo («a», CEP «c») foram juntadas.\n", a=(home(g), "ADDRESS"), c=(g.cep(), "BR_CEP"))
    doc.f("\nAnte o exposto, requer a concessão da liminar e, ao final, a segurança para determinar a reanálise do requerimento. Dá-se à causa o valor de R$ «v».\n\n",
          v=brl(g.pick([1000.0, 1500.0, 5000.0, 1412.0])))
    doc.f("«c», «d».\n\n«n»\n«o»\n«e» · «t»\n", c=city, d=dbr(g.day(), "long"), n=P(lw.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          e=(corp_mail(lw, fdom, g), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def ju_audiencia_custodia(g: Gen) -> Doc:
    """Custody hearing minutes after an arrest for carrying a firearm outside the traffic permit's route: the judge, the prosecutor, the defence (a lawyer's OAB or a public defender), the detainee qualified (nickname, birth date, mother, RG, CPF, home, CEP), a relative with a phone, the car's plate, the conducting officer, the weapon and the permit unlabelled; bail to a judicial account (unlabelled), the CNJ number unlabelled."""
    doc = Doc()
    city, uf = g.city()
    det = member(g, female=g.chance(0.08))
    jd, pr = g.person(), g.person()
    doc.f("PODER JUDICIÁRIO DO ESTADO — COMARCA DE «c»/«u»\nCENTRAL DE AUDIÊNCIAS DE CUSTÓDIA\n\nATA DE AUDIÊNCIA DE CUSTÓDIA\nProcesso nº «p»\n\n",
          c=fold(city).upper(), u=uf, p=cnj_of(g, uf))
    d0 = g.day()
    doc.f("Aos «d», às «h», por videoconferência, presentes «j» «n» («jz» de Direito), «pt» «m» (Promotor«b» de Justiça)",
          d=dbr(d0, "long"), h=g.hm(), j="a MM.ª" if jd.female else "o MM.", n=P(jd.full), jz="Juíza" if jd.female else "Juiz", pt="a" if pr.female else "o",
          m=P(pr.full), b="a" if pr.female else "")
    if g.chance(0.55):
        lw = g.person()
        doc.f(" e «o» advogad«o» «n», «c»", o="a" if lw.female else "o", n=P(lw.full), c=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    else:
        df = g.person()
        doc.f(" e «o» Defensor«a» Públic«o» «n»", o="a" if df.female else "o", a="a" if df.female else "", n=P(df.full))
    doc.f(", foi apresentad«o» «n»", o=det.o, n=P(det.capsf if g.chance(0.5) else det.full))
    if g.chance(0.5):
        doc.f(" (“«n»”)", n=P(hnick(g, det)))
    doc.f(", nascid«o» em «d»", o=det.o, d=(adob(g, "br"), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        doc.f(", filh«o» de «m»", o=det.o, m=P(g.relative(det, female=True).full))
    doc.f(", RG «r», CPF «c»", r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f(", telefone «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f(", CNH nº «h»", h=(g.cnh(), "BR_CNH"))
    doc.f(", residente na «a», CEP «p».\n\n", a=(home(g), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    k, model, cal = weapon(g)
    off = g.person(female=g.chance(0.2))
    doc.f("Segundo o auto de prisão em flagrante, lavrado a partir do depoimento do condutor «r» «o», o autuado foi abordado conduzindo o veículo placa «p» com uma «k» «m» («c»), nº de série «s», municiada, em trajeto diverso do constante da guia de tráfego nº «gt», emitida para a etapa do campeonato em «x». Apresentou CR nº «cr».\n\n",
          r=g.pick(RANKS), o=P(off.full), p=(g.plate(), "LICENSE_PLATE"), k=k, m=model, c=cal, s=arma_serial(g), gt=gt_no(g), x=g.city()[0], cr=cr_no(g))
    rel = g.relative(det)
    doc.f("Entrevistad«o», o autuado declarou que voltava do clube e parou na casa d«a» «k» «n», telefone «t», que confirmou a versão.\n\n",
          o=det.o, a="a" if rel.female else "o", k=kin(g, rel), n=P(g.pick([rel.full, rel.first])), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    fi = brl(g.pick([2824.0, 4236.0, 7060.0, 1412.0, 5648.0]))
    doc.f("DECISÃO: não há notícia de maus-tratos. Homologo o flagrante e concedo liberdade provisória mediante fiança de R$ «f» (art. 14 da Lei 10.826/2003 admite fiança), a ser recolhida em conta judicial, com comparecimento mensal em juízo. A arma e as munições permanecem apreendidas. Comunique-se à Polícia Federal para as providências quanto ao registro.\n\n",
          f=fi)
    if g.chance(0.25):
        doc.f("Nada mais. Eu, «n», técnico(a) judiciário(a), digitei.\n", n=P(g.person().full))
    else:
        doc.t("Nada mais. Ata lavrada pelo sistema e assinada digitalmente pelos presentes.\n")
    return doc


def ju_contrato_venda(g: Gen) -> Doc:
    """A private contract of sale of a firearm between two CACs (capitals sometimes): both qualified (RG or CNH, CPF, e-mail, home and CEP; their CR unlabelled), the weapon's serial, SIGMA or SINARM and CRAF unlabelled, price paid to the seller's agency and account or random key, the transfer subject to the authority's approval, witnesses with CPF or RG; an e-signature log with e-mails and IPs sometimes."""
    doc = Doc()
    caps = g.chance(0.35)
    up = caps_t if caps else (lambda s: s)
    city, uf = g.city()
    sel, buy = member(g), member(g)
    doc.t(up("INSTRUMENTO PARTICULAR DE COMPRA E VENDA DE ARMA DE FOGO ENTRE COLECIONADORES, ATIRADORES E CAÇADORES\n\n"))
    doc.t(up("VENDEDOR: "))
    qualify(g, doc, sel, caps=caps, rg=True, email=g.chance(0.6), addr=True)
    fcap(doc, caps, ", titular do CR nº «c»;\n\n", c=cr_no(g))
    doc.t(up("COMPRADOR: "))
    qualify(g, doc, buy, caps=caps, rg=True, email=g.chance(0.6), phone=g.chance(0.4), addr=True, dob=g.chance(0.3), titulo=g.chance(0.3))
    fcap(doc, caps, ", titular do CR nº «c».\n\n", c=cr_no(g))
    k, model, cal = weapon(g)
    reg = g.pick([f"SIGMA nº {sigma_no(g)}", f"SINARM nº {sinarm_no(g)}"])
    fcap(doc, caps, "CLÁUSULA 1ª — O VENDEDOR vende ao COMPRADOR uma «k» marca/modelo «m», calibre «c», nº de série «s», registrada no «r», CRAF nº «f», livre de ônus.\n",
          k=k, m=model, c=cal, s=arma_serial(g), r=reg, f=craf_no(g))
    price = money(g, 3500, 28000)
    bank = g.pick(BANKS)
    if g.chance(0.55):
        fcap(doc, caps, "CLÁUSULA 2ª — O preço é de R$ «v», pago por transferência ao «b» (código «cd»), agência «a», conta corrente «n», de titularidade do VENDEDOR.\n",
              v=brl(price), b=bank[1], cd=bank[0], a=(g.agency(), "BANK_ACCOUNT"), n=(g.account(), "BANK_ACCOUNT"))
    else:
        fcap(doc, caps, "CLÁUSULA 2ª — O preço é de R$ «v», pago por Pix à chave aleatória «k» do VENDEDOR.\n", v=brl(price), k=(g.uuid(), "PIX_KEY"))
    doc.t(up("CLÁUSULA 3ª — A tradição da arma fica condicionada à autorização de transferência pelo órgão competente (Exército ou Polícia Federal); indeferida a transferência, o VENDEDOR devolverá o valor em 10 dias.\n"))
    doc.t(up("CLÁUSULA 4ª — O transporte será feito com guia de tráfego, pelo COMPRADOR, até o endereço de guarda de seu acervo.\n"))
    doc.t(up(f"CLÁUSULA 5ª — As partes tratam os dados deste instrumento conforme a Lei 13.709/2018 e elegem o foro da comarca de {city}/{uf}.\n\n"))
    d0 = g.day()
    doc.f("«c», «d».\n\n", c=city, d=dbr(d0, "long"))
    if g.chance(0.5):
        doc.f("________________________\n«a»\n________________________\n«b»\n\n", a=P(sel.capsf if caps else sel.full), b=P(buy.capsf if caps else buy.full))
        doc.t(up("Testemunhas:\n"))
        for _ in range(2):
            w = g.person()
            if g.chance(0.6):
                doc.f("«n», CPF «c»\n", n=P(w.capsf if caps else w.full), c=(g.cpf(), "BR_CPF"))
            else:
                doc.f("«n», RG «r»\n", n=P(w.capsf if caps else w.full), r=(g.rg(), "BR_RG"))
    else:
        esign_log(g, doc, [(sel, g.email(sel)), (buy, g.email(buy))] + ([(g.person(), g.email(g.person()))] if g.chance(0.5) else []), g.moment(d0))
    return doc


def ju_bo_furto(g: Gen) -> Doc:
    """An ALL CAPS police report of a firearm stolen from a CAC's home or car (OCR'd sometimes): the victim (birth date, RG, CPF, phone, home and CEP), the weapon (serial, SINARM or SIGMA, CRAF and the traffic permit unlabelled), the car's plate, a neighbour witness with RG and phone, a suspect by nickname ("CONHECIDO COMO"), the clerk and the delegate; the BO number unlabelled."""
    doc = Doc()
    scan = g.chance(0.35)
    N = (lambda x: ocr(x, g, 0.3, names=True)) if scan else (lambda x: x)
    T = (lambda x: ocr_t(caps_t(x), g, 0.25)) if scan else caps_t
    city, uf = g.city()
    v = member(g)
    d0 = g.day()
    doc.t(T(f"SECRETARIA DA SEGURANÇA PÚBLICA — POLÍCIA CIVIL\n{g.pick(['DELEGACIA DE POLÍCIA DE PLANTÃO', 'DELEGACIA DE FURTOS E ROUBOS', f'{g.ri(1, 9)}º DISTRITO POLICIAL'])} — {fold(city).upper()}/{uf}\n\n"))
    doc.f(T("BOLETIM DE OCORRÊNCIA Nº «b»\nNATUREZA: «n»\nDATA DO FATO: «d» — HORA: «h»\n\n"), b=bo_no(g),
          n=g.pick(["FURTO DE ARMA DE FOGO (ART. 155 CP)", "FURTO QUALIFICADO — ARMA DE FOGO", "ROUBO DE ARMA DE FOGO (ART. 157 CP)"]), d=dbr(d0), h=g.hm())
    incar = g.chance(0.45)
    doc.t(T("VÍTIMA: "))
    doc.e(N(v.capsf), "PERSON")
    rk = "RG" if g.chance(0.7) else "CNH"
    doc.f(T(", NASCID«o» EM «d», «rk» «r», CPF «c», PROFISSÃO «j», TEL. «t»\nENDEREÇO: «a», «b», CEP «p»\n\n"), o=v.o.upper(), d=(adob(g, "br"), "DATE_OF_BIRTH"),
          rk=rk, r=(g.rg(), "BR_RG") if rk == "RG" else (g.cnh(), "BR_CNH"), c=(g.cpf(), "BR_CPF"), j=fold(g.pick(JOBS_CAC[v.female])).upper() + " / " + g.pick(["ATIRADOR DESPORTIVO", "CAC", "CACADOR"]),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), a=(N(home(g, "caps")), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), p=(g.cep(), "BR_CEP"))
    k, model, cal = weapon(g)
    doc.f(T("OBJETO: «k» «m», CALIBRE «c», Nº DE SÉRIE «s», REGISTRO «r», CRAF «f»«x».\n"), k=k.upper(), m=model.upper(), c=cal.upper(), s=arma_serial(g),
          r=g.pick([f"SINARM {sinarm_no(g)}", f"SIGMA {sigma_no(g)}"]), f=craf_no(g), x=f", COM {g.ri(1, 3)} CARREGADORES" if g.chance(0.5) else "")
    if incar:
        plate = g.plate()
        doc.f(T("VEÍCULO: «v» PLACA «p», ESTACIONADO EM VIA PÚBLICA DEFRONTE AO RESTAURANTE, COM O VIDRO TRASEIRO QUEBRADO. A VÍTIMA RETORNAVA DO CLUBE COM GUIA DE TRÁFEGO Nº «g».\n\n"),
              v=g.pick(["GM/ONIX", "VW/AMAROK", "FIAT/TORO", "TOYOTA/HILUX", "RENAULT/DUSTER", "JEEP/COMPASS"]), p=(plate, "LICENSE_PLATE"), g=gt_no(g))
    else:
        doc.f(T("A VÍTIMA RELATA QUE AO RETORNAR À RESIDÊNCIA ENCONTROU O COFRE ARROMBADO E A JANELA DOS FUNDOS FORÇADA. NADA MAIS FOI SUBTRAÍDO.\n\n"))
    w = g.person()
    doc.f(T("TESTEMUNHA: «n», RG «r», TEL. «t», VIZINH«o», VIU UM VEÍCULO PRATA PLACA PARCIAL “«x»” NO LOCAL.\n"), n=P(N(w.capsf)), r=(g.rg(), "BR_RG"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), o=w.o.upper(), x=g.up(2) + "?-" + g.d(2) + "??")
    if g.chance(0.5):
        s = g.person(female=False)
        doc.f(T("SUSPEITO: INDIVÍDUO CONHECIDO COMO “«n»”, EX-FUNCIONÁRIO DA OBRA VIZINHA.\n"), n=P(N(hnick(g, s).upper())))
    doc.t(T("PROVIDÊNCIAS: REQUISITADA PERÍCIA; COMUNICADO À POLÍCIA FEDERAL (SINARM) E AO EXÉRCITO PARA INCLUSÃO DA ARMA COMO FURTADA.\n\n"))
    esc, dl = g.person(), g.person()
    doc.f(T("ESCRIVÃ(O): «e»\nDELEGAD«o» DE POLÍCIA: «d»\n"), e=P(N(esc.capsf)), o="A" if dl.female else "O", d=P(N(dl.capsf)))
    return doc


def ju_processo_disciplinar(g: Gen) -> Doc:
    """A club's ethics committee minutes on a member's range-safety violation: the committee's members, the accused member (member number unlabelled, CPF, e-mail for notices), the range officer's report, witnesses with a phone or RG, the defence by a lawyer with OAB and e-mail, the statute's articles, the suspension and the communication about habitualidade; signatures."""
    doc = Doc()
    cname, craz, cdom = club(g)
    pres, sec, vog = g.person(female=g.chance(0.2)), g.person(female=g.chance(0.5)), g.person()
    two = g.chance(0.5)
    acc = member(g, female=False)
    ro = g.person(female=g.chance(0.2))
    caps = g.chance(0.3)
    up = caps_t if caps else (lambda s: s)
    N = (lambda p: p.capsf) if caps else (lambda p: p.full)
    d0 = g.day()
    fcap(doc, caps, "«c»\nCOMISSÃO DE ÉTICA E DISCIPLINA\nATA DA «n»ª REUNIÃO — PROCESSO DISCIPLINAR Nº «p»\n\n", c=craz.upper(), n=g.ri(2, 40), p=f"{g.d(3)}/{d0.year}")
    if two:
        fcap(doc, caps, "Aos «d», na sede do clube, reuniram-se «a» (presidente) e «b» («s»), ausente justificadamente o vogal, para julgar a conduta do associado «m», matrícula «x», CPF «cpf»",
              d=dbr(d0, "long"), a=P(N(pres)), b=P(N(sec)), s=up("secretária" if sec.female else "secretário"), m=P(N(acc)), x=filiacao_no(g), cpf=(g.cpf(), "BR_CPF"))
    else:
        fcap(doc, caps, "Aos «d», na sede do clube, reuniram-se «a» (presidente), «b» («s») e «c» (vogal), para julgar a conduta do associado «m», matrícula «x», CPF «cpf»",
              d=dbr(d0, "long"), a=P(N(pres)), b=P(N(sec)), s=up("secretária" if sec.female else "secretário"), c=P(N(vog)), m=P(N(acc)), x=filiacao_no(g), cpf=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        fcap(doc, caps, ", notificado pelo e-mail «e» e pelo WhatsApp «t».\n\n", e=(g.email(acc), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    else:
        fcap(doc, caps, ", notificado por carta com AR no endereço «a», CEP «c», e pelo e-mail «e».\n\n", a=(home(g, "caps" if caps else "text"), "ADDRESS"),
              c=(g.cep(), "BR_CEP"), e=(g.email(acc), "EMAIL_ADDRESS"))
    fact = g.pick(["varreu a linha de tiro com a arma carregada ao sair da baia", "efetuou disparo após o comando de cessar-fogo",
                   "manuseou arma no estacionamento, fora da área de tiro", "utilizou munição recarregada proibida no estande",
                   "trouxe convidado sem termo de responsabilidade e sem identificação"])
    fcap(doc, caps, "O RO «r» relatou que, em «d», no «s», o associado «f». ", r=(P(g.pick([N(ro), ro.short])) if g.chance(0.5) else V(up("de plantão"))), d=dbr(d0 - datetime.timedelta(days=g.ri(10, 60))),
          s=g.pick(["estande de 25 m", "estande de 50 m", "percurso de IPSC", "estande de carabina"]), f=fact)
    w1, w2 = member(g), member(g)
    fcap(doc, caps, "Foram ouvidos «a», telefone «t», e «b», RG «r», que confirmaram o fato.\n\n", a=P(N(w1)), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          b=P(N(w2)), r=(g.rg(), "BR_RG"))
    if g.chance(0.6):
        lw = g.person()
        fcap(doc, caps, "A defesa, pel«o» advogad«o» «n» («o2», «e»), alegou falha do equipamento e pediu advertência.\n", o="a" if lw.female else "o",
              n=P(N(lw)), o2=(g.council("OAB"), "PROFESSIONAL_ID"), e=(g.email(lw, g.pick(["gmail.com", "adv.br", "outlook.com"])), "EMAIL_ADDRESS"))
    else:
        doc.t(up("O associado apresentou defesa escrita, sem advogado.\n"))
    pen = g.pick(["suspensão de 90 dias", "suspensão de 30 dias", "advertência por escrito", "exclusão do quadro social"])
    fcap(doc, caps, "DECISÃO: por unanimidade, aplica-se a pena de «p» (arts. «a» e «b» do Estatuto). A secretaria não emitirá declaração de habitualidade no período e comunicará o fato ao órgão competente, se exigido. Cópia ao e-mail do associado e à diretoria («m»).\n\n",
          p=pen, a=g.ri(10, 30), b=g.ri(31, 48), m=role_mail(g, cdom, g.pick(["diretoria", "etica", "secretaria"])))
    if g.chance(0.4):
        doc.f("«a»\n«b»\n", a=P(N(pres)), b=P(N(sec)))
    else:
        doc.t(up("(assinado eletronicamente pelos membros da comissão)\n"))
    return doc


JU = [ju_denuncia, ju_autorizacao_manejo, ju_mandado_seguranca, ju_audiencia_custodia, ju_contrato_venda, ju_bo_furto, ju_processo_disciplinar]


# --------------------------------------------------------------------------- saude

ACCIDENTS = [("ferimento corto-contuso em coxa direita por presa de javali durante manejo noturno", "W55", "S71.1",
              "lesão de 12 cm em face lateral da coxa D, sem lesão vascular, sangramento controlado", "limpeza, sutura em dois planos, antibiótico, profilaxia antitetânica e antirrábica avaliada"),
             ("lesão em mão esquerda por estilhaço de projétil (ricochete em placa de aço) no estande", "W34", "S61.0",
              "ferimento puntiforme em região tenar E, corpo estranho metálico ao RX", "retirada do fragmento sob anestesia local, curativo, antibiótico"),
             ("queimadura em face e antebraço por retorno de gases de espingarda com defeito", "W34", "T20.2",
              "queimadura de 2º grau superficial em hemiface D, olhos sem lesão à fluoresceína", "curativo com sulfadiazina, analgesia, retorno em 48h"),
             ("zumbido e hipoacusia após disparos sem protetor auricular em estande fechado", "W34", "H83.3",
              "otoscopia normal, Weber lateraliza para E", "corticoide oral, audiometria em 7 dias, afastamento de ruído"),
             ("mordedura de cão de caça em antebraço ao separar briga durante o manejo", "W54", "S51.8",
              "lacerações múltiplas em antebraço D", "lavagem exaustiva, sem sutura, antibiótico, observação do animal 10 dias"),
             ("entorse de tornozelo em queda de ceva (jirau) a 2 m de altura", "W17", "S93.4",
              "edema e dor em maléolo lateral E, RX sem fratura", "imobilização, gelo, anti-inflamatório, ortopedia em 7 dias"),
             ("corte profundo em palma da mão durante evisceração de javali abatido", "W26", "S61.4",
              "ferimento de 5 cm em palma D, tendões íntegros", "sutura, antibiótico, orientação sobre risco de brucelose e leptospirose")]
EXPOSURE_CASES = [("B75", "triquinelose (suspeita)", "consumiu linguiça caseira de javali mal cozida"),
                  ("A27.9", "leptospirose (suspeita)", "evisceração de javali sem luvas em área alagada"),
                  ("A23.9", "brucelose (suspeita)", "manipulação de carcaça com corte na mão"),
                  ("B75", "triquinelose (suspeita)", "churrasco de carne de javali da caçada"),
                  ("Z20.8", "contato com doença transmissível", "ajudou a enterrar carcaças"),
                  ("R50.9", "febre a esclarecer", "caçou na mesma noite; sem consumo de carne")]


def sa_laudo_psicologico(g: Gen) -> Doc:
    """A psychological assessment report for acquiring, registering or carrying a firearm (Resolução CFP 01/2022): the candidate's name, birth date, CPF, RG, schooling, phone and e-mail sometimes, the tests, the result (apto or inapto with a retest), the psychologist's CRP and PF accreditation (unlabelled), the clinic's CNPJ; sometimes the clinic's monthly list of assessments (name, CPF, birth date, result, purpose)."""
    doc = Doc()
    cl_name, cl_dom = g.pick(PSY_CLINICS)
    psy = g.person(female=g.chance(0.75))
    c = member(g)
    city, uf = g.city()
    doc.f("«c»\nCNPJ «j»\n\nLAUDO DE AVALIAÇÃO PSICOLÓGICA\nManuseio de arma de fogo — Lei 10.826/2003; Resolução CFP nº 01/2022\n\n", c=cl_name.upper(), j=(g.any_cnpj(), "BR_CNPJ"))
    doc.t("1. IDENTIFICAÇÃO\n")
    fields = [("Avaliad" + c.o, pname(g, c, ("full", "caps"))), ("Data de nascimento", (adob(g, "br"), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.7):
        fields.append(("RG", (g.rg(), "BR_RG")))
    fields.append(("Escolaridade", V(g.pick(["ensino médio completo", "superior completo", "superior incompleto", "pós-graduação", "ensino fundamental completo"]))))
    fields.append(("Profissão", V(g.pick(JOBS_CAC[c.female]))))
    if g.chance(0.5):
        fields.append(("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    if g.chance(0.4):
        fields.append(("E-mail", (g.email(c), "EMAIL_ADDRESS")))
    fields.append(("Finalidade", V(g.pick(["aquisição de arma de fogo (SINARM)", "concessão de CR — atirador desportivo", "renovação de CR", "porte de arma de fogo", "registro de caçador"]))))
    fields.append(("Solicitante", V("o(a) próprio(a) avaliado(a)")))
    kv_block(doc, fields, g.pick(["lines", "dots"]))
    tests = g.sample(PSY_TESTS, g.ri(3, 5))
    doc.f("\n2. PROCEDIMENTOS\nEntrevista psicológica semiestruturada e aplicação de: «t».\n", t="; ".join(tests))
    apto = g.chance(0.8)
    doc.f("\n3. ANÁLISE\nAvaliad«o» compareceu pontualmente, orientad«o» no tempo e no espaço, colaborativ«o». «r»\n", o=c.o,
          r=g.pick(["Atenção concentrada e dividida em percentis médios; controle de impulsos adequado; ausência de indicadores de agressividade patológica.",
                    "Memória e raciocínio dentro do esperado; traços de estabilidade emocional e responsabilidade; tolerância à frustração preservada.",
                    "Funções cognitivas preservadas; personalidade sem indicadores incompatíveis com a finalidade; juízo crítico adequado."]) if apto else
          g.pick(["Indicadores de impulsividade e de labilidade emocional acima do esperado para a finalidade.",
                  "Indicadores de impulsividade acima do esperado e baixa tolerância à frustração em situação de teste."]))
    doc.f("\n4. CONCLUSÃO\n«a» avaliad«o» foi considerad«o» «r» para o manuseio de arma de fogo na data desta avaliação.«x»\n\n", o=c.o,
          a="A" if c.female else "O", r="APT" + c.o.upper() if apto else "INAPT" + c.o.upper(), x="" if apto else f" Poderá ser reavaliad{c.o} após 120 dias, sem prejuízo de encaminhamento para acompanhamento.")
    doc.f("«c», «d».\n\n«n»\nPsicólog«o» — «r»\nCredenciad«o» na Polícia Federal — credenciamento «k»\n", c=city, d=dbr(g.day(), "long"), n=P(psy.full), o=a_(psy),
          r=(g.council("CRP"), "PROFESSIONAL_ID"), k=cred_pf(g))
    if g.chance(0.45):
        doc.f("\n— Relação mensal de avaliações — «c» —\n", c=cl_name)
        rows = []
        dfmt = g.pick(["br", "iso"])
        for _ in range(g.ri(3, 5)):
            p = member(g)
            rows.append([P(g.pick([p.full, p.caps, p.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (adob(g, dfmt), "DATE_OF_BIRTH"),
                         V(g.pick(["apto", "apto", "apto", "inapto", "ausente"])), V(g.pick(["aquisição", "CR", "porte", "renovação"]))])
        fmt = g.pick(["csv", "csv;", "plus", "plain"])
        cols = ["avaliado", "cpf", "nascimento", "resultado", "finalidade"]
        if fmt.startswith("csv"):
            table_csv(doc, cols, rows, ";" if fmt == "csv;" else ",")
        else:
            table_ruled(doc, cols, rows, fmt)
    return doc


def sa_email_agendamento(g: Gen) -> Doc:
    """An e-mail from a psychology clinic confirming the assessment over the candidate's quoted message with the anamnesis form (CPF, birth date, phone, e-mail, IP, medications, previous treatment, the club and the instructor named); the psychologist's CRP, the clinic's CNPJ, payment to the clinic's random key or at the desk; a role mailbox or the receptionist's corporate e-mail."""
    doc = Doc()
    cl_name, cl_dom = g.pick(PSY_CLINICS)
    rec = g.person(female=g.chance(0.8))
    psy = g.person(female=g.chance(0.7))
    c = member(g)
    cmail = g.email(c)
    t0 = g.moment()
    t1 = t0 + datetime.timedelta(hours=g.ri(2, 48))
    corp = g.chance(0.5)
    doc.f("De: «n» <«e»>\nPara: «m»\nData: «d»\nAssunto: RE: Agendamento avaliação psicológica — arma de fogo\n\n",
          n=P(rec.full) if corp else V(cl_name), e=(corp_mail(rec, cl_dom, g), "EMAIL_ADDRESS") if corp else V(role_mail(g, cl_dom, g.pick(["agendamento", "recepcao", "clinica", "laudos"]))),
          m=(cmail, "EMAIL_ADDRESS"), d=mail_date(t1))
    d_app = t1.date() + datetime.timedelta(days=g.ri(2, 15))
    doc.f(g.pick(["Olá, «n»!\n\n", "Olá!\n\n", "Bom dia!\n\n"]) + "Sua avaliação ficou para «d», às «h», com «a» psicólog«o» «p» («c»). A sessão dura cerca de 3 horas; traga documento com foto, óculos (se usar) e não tome calmantes no dia.\n",
          n=P(c.first), d=dbr(d_app), h=g.pick(["8h", "13h30", "14h", "9h"]), a="a" if psy.female else "o", o=a_(psy), p=P(psy.full),
          c=(g.council("CRP"), "PROFESSIONAL_ID"))
    if g.chance(0.55):
        doc.f("O valor (R$ «v», tabela da PF) pode ser pago por Pix na chave aleatória «k» — CNPJ «j».\n", v=brl(g.pick([370.0, 450.0, 380.0, 500.0])),
              k=(g.uuid(), "PIX_KEY"), j=(g.any_cnpj(), "BR_CNPJ"))
    else:
        doc.f("O pagamento é feito na recepção, no dia (cartão ou Pix). CNPJ da clínica: «j».\n", j=(g.any_cnpj(), "BR_CNPJ"))
    doc.t("Os dados de saúde informados são sigilosos e usados apenas na avaliação.\n\n")
    doc.f("«s»\n«c»\n«t»\n", s=P(rec.first) if corp and g.chance(0.5) else V("Recepção"), c=cl_name, t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    doc.t("\n> -----Mensagem original-----\n")
    doc.f("> De: «n» <«e»>\n> Enviada em: «d»\n> X-Originating-IP: [«ip»]\n>\n", n=P(g.pick([c.full, c.low])), e=(cmail, "EMAIL_ADDRESS"), d=ts(t0, "br"),
          ip=(g.ip(), "IP_ADDRESS"))
    doc.f("> Bom dia, preciso do laudo para «f». Segue a ficha preenchida:\n>\n", f=g.pick(["o CR de atirador", "comprar minha primeira pistola", "renovar o CR", "o registro de caçador (javali)"]))
    fields = [("> Nome", pname(g, c, ("full", "caps", "low"))), ("> Nascimento", (adob(g, g.pick(["br", "nopad", "iso"])), "DATE_OF_BIRTH")),
              ("> CPF", (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")), ("> Celular", (g.phone(), "PHONE_NUMBER"))]
    fields.append(("> Usa medicação contínua", V(g.pick(["não", "losartana 50 mg", "sertralina 50 mg há 2 anos", "não", "levotiroxina"]))))
    fields.append(("> Tratamento psicológico/psiquiátrico anterior", V(g.pick(["não", "sim, terapia em 2019 (luto)", "não", "acompanhamento para TDAH na adolescência"]))))
    fields.append(("> Já foi considerado inapto", V(g.pick(["não", "não", "sim, em outra clínica, em " + str(g.ri(2021, 2025))]))))
    club_ = club(g)[0]
    ins = g.person(female=g.chance(0.15))
    fields.append(("> Clube / instrutor", (f"{club_} / ", None)))
    kv_block(doc, fields, "lines")
    doc.text = doc.text[:-1]
    doc.f("«i»\n", i=P(g.pick([ins.full, ins.short])))
    if g.chance(0.4):
        sp = g.relative(c)
        doc.f("> Contato de emergência: «n» («k») «t»\n", n=P(sp.full), k=kin(g, sp), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f(">\n> Obrigad«o»,\n> «n»\n", o=c.o, n=P(g.pick([c.first, c.full])))
    else:
        doc.f(">\n> Obrigad«o».\n", o=c.o)
    return doc


def sa_emergencia(g: Gen) -> Doc:
    """An emergency-room record of a hunting or range accident (a boar's tusk, a ricochet, a shotgun's gases, noise, a dog's bite, a fall from a stand, a cut while gutting): the patient's birth date, CNS, CPF, mother, home and CEP, phone; the companion with a phone and his car's plate; the injury's ICD-10 codes (unlabelled); the physician's CRM and the nurse's COREN; the police notified (BO unlabelled)."""
    doc = Doc()
    hosp = g.pick(HOSPITALS)
    p = member(g, female=g.chance(0.12))
    city, uf = g.city()
    acc = g.pick(ACCIDENTS)
    caps = g.chance(0.3)
    up = caps_t if caps else (lambda s: s)
    N = (lambda x: x.capsf) if caps else (lambda x: x.full)
    t0 = g.moment(hours=(0, 24))
    fcap(doc, caps, "«h» — FICHA DE ATENDIMENTO DE URGÊNCIA\nEntrada: «t» · Classificação de risco: «r»\n\n", h=hosp.upper(), t=ts(t0, "br"), r=g.pick(["amarelo", "laranja", "verde"]))
    dd, mm, yy = g.dob_parts(1950, 2004)
    age = t0.year - yy - ((t0.month, t0.day) < (mm, dd))
    fields = [("Paciente", P(N(p))), ("Nascimento", (f"{dd:02d}/{mm:02d}/{yy}", "DATE_OF_BIRTH")), ("Idade", V(f"{age} anos")), ("CNS", (g.cns(), "BR_CNS"))]
    if g.chance(0.7):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    fields.append(("Mãe", P(N(g.relative(p, female=True)))))
    fields.append(("Endereço", (home(g, "caps" if caps else "text"), "ADDRESS")))
    fields.append(("Município", V(f"{city}/{uf}")))
    fields.append(("CEP", (g.cep(), "BR_CEP")))
    fields.append(("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    kv_block(doc, [(up(k), v) for k, v in fields], g.pick(["lines", "caps", "dots"]))
    comp = member(g) if g.chance(0.5) else g.relative(p)
    if g.chance(0.6):
        fcap(doc, caps, "\nTrazid«o» por «n» («k»), tel. «t», em veículo próprio placa «p».\n", o=p.o, n=P(N(comp)), k=g.pick(["colega de caçada", "sócio do clube", "irmão", "amigo", "RO do estande"]),
              t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), p=(g.plate(), "LICENSE_PLATE"))
    else:
        fcap(doc, caps, "\nTrazid«o» pelo SAMU 192 (USB placa «p»), acompanhad«o» de «n», tel. «t».\n", o=p.o, p=(g.plate(), "LICENSE_PLATE"), n=P(N(comp)),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    fcap(doc, caps, "\nQueixa/história: «q».\nExame: «e». PA «pa» mmHg, FC «fc» bpm.\nHipóteses: «c1» + «c2» (causa externa).\nConduta: «k».\n",
          q=acc[0], e=acc[3], pa=f"{g.ri(110, 160)}x{g.ri(70, 100)}", fc=g.ri(62, 118), c1=acc[2], c2=acc[1], k=acc[4])
    if acc[1] == "W34" and g.chance(0.7):
        fcap(doc, caps, "Lesão por arma de fogo: comunicado à autoridade policial (BO «b»). Arma recolhida pelo clube.\n", b=bo_no(g))
    md, nu = g.person(), g.person(female=g.chance(0.8))
    doc.f("\n«x»«m» — «c»\n«y»«n» — «k»\n", x=g.pick(["", dra(md) + " "]), y=g.pick(["", "Enf. ", "Téc. enf. "]), m=P(N(md)), c=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          n=P(N(nu)), k=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_aso(g: Gen) -> Doc:
    """An occupational health certificate (ASO) of a club's range officer or instructor, a gun shop's or a gunsmith's worker (impulse noise, lead, solvents: audiometry and blood lead): the clinic's and the employer's CNPJ, the worker's CPF, RG, birth date, NIT and CNS sometimes; the examiner's CRM, the audiologist's CRFa, the PCMSO coordinator's CRM; sometimes the month's list."""
    doc = Doc()
    oc, odom = g.pick(OCC_CLINICS)
    emp = g.pick([(c[1], "clube") for c in CLUBS] + [(s[1], "loja") for s in SHOPS])
    w = member(g, female=g.chance(0.25))
    func = {"clube": g.pick(["instrutor de tiro", "range officer (RO)", "auxiliar de estande", "armeiro do clube", "recepcionista"]),
            "loja": g.pick(["vendedor de produtos controlados", "armeiro", "estoquista", "gerente de loja"])}[emp[1]]
    doc.f("«o» — CNPJ «j»\nATESTADO DE SAÚDE OCUPACIONAL — ASO («k»)\n\n", o=oc, j=(g.any_cnpj(), "BR_CNPJ"),
          k=g.pick(["admissional", "periódico", "periódico", "demissional", "retorno ao trabalho"]))
    fields = [("Empresa", V(emp[0])), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Trabalhador", pname(g, w, ("full", "caps"))), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.6):
        fields.append(("RG", (g.rg(), "BR_RG")))
    fields.append(("Nascimento", (g.dob(g.pick(["br", "iso"]), 1962, 2005), "DATE_OF_BIRTH")))
    if g.chance(0.7):
        fields.append(("NIT/PIS", (g.pis(), "BR_PIS")))
    if g.chance(0.35):
        fields.append(("CNS", (g.cns(), "BR_CNS")))
    fields.append(("Função", V(func)))
    fields.append(("Riscos", V(g.pick(["ruído de impacto (disparos), chumbo inorgânico (fumos), solventes de limpeza", "ruído de impacto, chumbo, postura em pé",
                                       "solventes e óleos, ruído intermitente", "chumbo, ruído, ergonômico"]))))
    kv_block(doc, fields, g.pick(["lines", "dots", "box"]))
    doc.f("\nExames complementares: audiometria tonal («a»); plumbemia «pb» µg/dL (VR até 40); ácido delta-aminolevulínico urinário normal.\n",
          a=g.pick(["limiares normais", "entalhe em 4 kHz bilateral, compatível com PAIR (H83.3)", "rebaixamento leve em 6 kHz à esquerda"]), pb=num(money(g, 4, 38), 1))
    doc.f("Conclusão: «r».\n\n", r=g.pick(["APTO", "APTO", "APTO, com uso obrigatório de protetor tipo concha + plug", "APTO com restrição: reavaliar audiometria em 6 meses"]))
    ex, fo, co = g.person(), g.person(female=g.chance(0.8)), g.person()
    doc.f("Médic«o» examinador«a»: «n» — «c»\n", o=a_(ex), a="a" if ex.female else "", n=P(ex.full), c=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.f("Audiometria: «n», fonoaudiólog«o» — «c»\n", n=P(fo.full), o=a_(fo), c=(g.council("CRFa"), "PROFESSIONAL_ID"))
    doc.f("Coordenador(a) do PCMSO: «n» — «c»\n", n=P(co.full), c=(g.council("CRM"), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f("\nExames do mês — «e»\n", e=emp[0])
        rows = []
        for _ in range(g.ri(3, 5)):
            q = member(g)
            rows.append([P(g.pick([q.full, q.caps])), (g.cpf(), "BR_CPF"), V(g.pick(["RO", "instrutor", "auxiliar", "armeiro", "vendedor"])),
                         V(f"{num(money(g, 3, 45), 1)} µg/dL"), V(g.pick(["apto", "apto", "apto c/ restrição"]))])
        table_ruled(doc, ["trabalhador", "cpf", "função", "plumbemia", "resultado"], rows, g.pick(["plus", "pipe", "plain", "psql"]))
    return doc


def sa_chat_psicologa(g: Gen) -> Doc:
    """A lower-case WhatsApp chat between a candidate and a psychologist's office: booking, name, CPF, birth date and e-mail for the report, the psychologist's CRP, payment to the office's random key, the result (apto, or inapto and a retest), the club's instructor waiting for the report, the wife's phone for a reschedule; senders by name, number, "Você" or the office's account."""
    doc = Doc()
    cl_name, cl_dom = g.pick(PSY_CLINICS)
    st = chat_stamp(g)
    t0 = g.moment(hours=(7, 21))
    tt = iter(seq_times(g, 40, t0, 60, 5000))
    psy = g.person(female=g.chance(0.75))
    c = member(g)
    acct = g.pick([cl_name, f"{cl_name} 🧠", f"Agenda {cl_name}"])
    if g.chance(0.5):
        doc.f("Conversa do WhatsApp com «a»\n\n", a=acct)
        B, R = V(acct), V("Você")
    else:
        R = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.75) else P(g.pick([c.full, lower(c.short), c.first]))
        doc.t("Conversa do WhatsApp com ")
        doc.e(*R)
        doc.t("\n\n")
        B = V("Você")
    cl(doc, st(next(tt)), R, g.pick(["boa tarde, vcs fazem psicotecnico pra arma?", "oi, quero agendar o teste psicologico pro cr", "bom dia tem horario sabado pra avaliacao de arma de fogo?"]))
    cl(doc, st(next(tt)), B, "olá! fazemos sim, com «a» «p» («c»), credenciad«o» na pf. tenho «d» às «h». me passa nome completo, cpf, data de nascimento e email pro laudo",
       a="a dra." if psy.female else "o dr.", p=P(lower(psy.short)), c=(g.council("CRP"), "PROFESSIONAL_ID"), o=a_(psy), d=dbr(t0.date() + datetime.timedelta(days=g.ri(2, 12)), "short"), h=g.pick(["8h", "14h", "9h30"]))
    cl(doc, st(next(tt)), R, "«n» «c» «d» «e»", n=P(g.pick([c.low, c.full])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), d=(adob(g, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"),
       e=(g.email(c), "EMAIL_ADDRESS"))
    cl(doc, st(next(tt)), B, "agendado ✅ valor R$ «v», pix na chave aleatória «k». dormir bem na véspera e trazer óculos se usar", v=brl(g.pick([380.0, 450.0, 400.0])), k=(g.uuid(), "PIX_KEY"))
    if g.chance(0.3):
        cl(doc, st(next(tt)), R, "nao uso pix, pode ser no cartao? «k» validade «v»", k=(g.card(g.chance(0.5)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
        cl(doc, st(next(tt)), B, "por segurança apague a mensagem com o número do cartão 🙏 aceitamos cartão na recepção no dia")
    else:
        cl(doc, st(next(tt)), R, g.pick(["<Mídia oculta>", "pix feito", "paguei"]))
    if g.chance(0.4):
        sp = g.relative(c, female=not c.female)
        cl(doc, st(next(tt)), R, "se precisar remarcar pode falar com a«s» «k» «n» no «t»", s="" if sp.female else "o", k="minha esposa" if sp.female else "meu marido",
           n=P(lower(sp.first)), t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    apto = g.chance(0.7)
    if apto:
        cl(doc, st(next(tt)), B, "«n», seu laudo saiu: apto ✅ enviamos o pdf pro seu email. validade de 1 ano para aquisição", n=P(lower(c.first)))
    else:
        cl(doc, st(next(tt)), B, "«n», infelizmente o resultado foi inapto nesta data. você pode fazer o reteste após 120 dias, com outro profissional se preferir", n=P(lower(c.first)))
        cl(doc, st(next(tt)), R, "nossa. posso pedir entrevista devolutiva?")
        cl(doc, st(next(tt)), B, "pode sim, a devolutiva é com «a» «p», sexta às 17h", a="a" if psy.female else "o", p=P(lower(psy.first)))
    ins = g.person(female=g.chance(0.15))
    cl(doc, st(next(tt)), R, "o instrutor «n» do clube pediu o laudo pra marcar o teste de tiro, pode mandar direto pra ele? «e»",
       n=P(g.pick([lower(ins.first), ins.short])), e=(g.email(ins), "EMAIL_ADDRESS"))
    cl(doc, st(next(tt)), B, "só com sua autorização por escrito 🙂 pode responder aqui mesmo: autorizo o envio")
    cl(doc, st(next(tt)), R, "autorizo o envio")
    if g.chance(0.4):
        cl(doc, st(next(tt)), R, chat_neg(g))
    return doc


def sa_capacidade_tecnica(g: Gen) -> Doc:
    """A shooting-capacity test sheet by an accredited instructor (atestado de capacidade técnica): the candidate's name, birth date, CPF, RG, phone sometimes; the weapon used (the club's, serial unlabelled), the safety items and the scores; the result; the instructor's accreditation (unlabelled) and CPF, the range officer who witnessed; sometimes the day's list of candidates (name, CPF, birth date, hits, result)."""
    doc = Doc()
    cname, craz, cdom = club(g)
    ins = g.person(female=g.chance(0.15))
    c = member(g)
    city, uf = g.city()
    d0 = g.day()
    doc.f("ATESTADO DE CAPACIDADE TÉCNICA PARA O MANUSEIO DE ARMA DE FOGO\nLocal do teste: «c» — «m»/«u»\nData: «d»\n\n", c=cname, m=city, u=uf, d=dbr(d0))
    fields = [("Candidat" + c.o, pname(g, c, ("full", "caps"))), ("Nascimento", (adob(g, "br"), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.65):
        fields.append(("RG", (g.rg(), "BR_RG")))
    else:
        fields.append(("CNH", (g.cnh(), "BR_CNH")))
    if g.chance(0.45):
        fields.append(("Celular", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    k, model, cal = weapon(g)
    fields.append(("Arma utilizada", V(f"{k} {model}, {cal}, nº {arma_serial(g)} (acervo do clube)")))
    fields.append(("Munição", V(f"{g.pick(['CBC', 'Magtech', 'Aguila', 'S&B'])} lote {lote(g)}")))
    kv_block(doc, fields, g.pick(["lines", "dots", "box"]))
    doc.t("\nItens de segurança avaliados (S = satisfatório):\n")
    for item in g.sample(["regras de segurança", "carregamento e descarregamento", "posição de tiro", "empunhadura", "resolução de pane (nega)",
                          "conduta na linha de tiro", "transporte e guarda"], 5):
        doc.t(f"  [{g.pick(['S', 'S', 'S', 'S', 'NS'])}] {item}\n")
    rows = []
    tot = 0
    for sidx in range(1, g.ri(3, 5)):
        h = g.ri(5, 10)
        tot += h
        rows.append([V(str(sidx)), V(g.pick(["5 m", "7 m", "10 m"])), V("10"), V(str(h))])
    doc.t("\n")
    table_ruled(doc, ["série", "distância", "disparos", "acertos"], rows, g.pick(["plus", "pipe", "plain"]))
    ok = tot >= len(rows) * 6
    doc.f("\nResultado: «r» («t» acertos).\n\n", r="APTO" if ok else "INAPTO", t=tot)
    doc.f("«n»\nInstrutor«a» de Armamento e Tiro credenciad«o» pela Polícia Federal — credenciamento «k»", n=P(ins.full), a="a" if ins.female else "", o=a_(ins), k=cred_pf(g))
    if g.chance(0.5):
        doc.f(" — CPF «c»", c=(g.cpf(), "BR_CPF"))
    ro = g.person()
    doc.f("\nTestemunha (RO): «r»\n", r=P(g.pick([ro.full, ro.short])))
    if g.chance(0.45):
        doc.f("\nCandidatos avaliados em «d»:\n", d=dbr(d0))
        rows = []
        for _ in range(g.ri(3, 5)):
            q = member(g)
            rows.append([P(g.pick([q.full, q.caps, q.short])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (adob(g, "br"), "DATE_OF_BIRTH"),
                         V(str(g.ri(18, 40))), V(g.pick(["apto", "apto", "apto", "inapto"]))])
        fmt = g.pick(["csv", "csv;", "tsv", "psql"])
        cols = ["candidato", "cpf", "nascimento", "acertos", "resultado"]
        if fmt.startswith("csv"):
            table_csv(doc, cols, rows, ";" if fmt == "csv;" else ",")
        elif fmt == "tsv":
            table_csv(doc, cols, rows, "\t")
        else:
            table_ruled(doc, cols, rows, fmt)
    return doc


def sa_vigilancia_javali(g: Gen) -> Doc:
    """A municipal surveillance sheet of hunters exposed to wild boars (suspected trichinellosis, leptospirosis, brucellosis): CSV, TSV or a table (name, birth date, CPF or CNS, phone, exposure, ICD-10 unlabelled, sample date); notes naming a hunter's wife with symptoms and a phone, the landowner, the veterinarian's CRMV who inspected the carcasses, the nurse's COREN; the epidemiologist's e-mail or a role mailbox."""
    doc = Doc()
    city, uf = g.city()
    farm = g.pick(FARMS)
    d0 = g.day()
    doc.f("Secretaria Municipal de Saúde de «c»/«u» — Vigilância Epidemiológica\nInvestigação: agravo em caçadores expostos a javalis — «f» — aberta em «d»\n\n",
          c=city, u=uf, f=farm, d=dbr(d0))
    fmt = g.pick(["csv", "csv;", "tsv", "plus", "md", "plain"])
    rows = []
    hunters = []
    dfmt = g.pick(["br", "iso"])
    for _ in range(g.ri(4, 6)):
        h = member(g, female=g.chance(0.1))
        hunters.append(h)
        case = g.pick(EXPOSURE_CASES)
        idcol = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.55) else (g.cns(), "BR_CNS")
        rows.append([P(g.pick([h.full, h.caps, h.short])), (adob(g, dfmt), "DATE_OF_BIRTH"), idcol,
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if g.chance(0.8) else V(""), V(case[2]), V(case[0]),
                     V(dbr(d0 + datetime.timedelta(days=g.ri(0, 5)))) if g.chance(0.7) else V("não coletou")])
    cols = ["nome", "nascimento", "cpf_ou_cns", "telefone", "exposicao", "cid", "coleta"]
    if fmt.startswith("csv"):
        table_csv(doc, cols, rows, ";" if fmt == "csv;" else ",")
    elif fmt == "tsv":
        table_csv(doc, cols, rows, "\t")
    else:
        table_ruled(doc, cols, rows, fmt)
    doc.t("\nNotas:\n")
    wife = g.relative(hunters[0], female=True)
    doc.f("- Esposa de «h», «w», também consumiu a carne; febre e mialgia desde «d». Contato: «t».\n", h=P(hunters[0].short), w=P(g.pick([wife.full, wife.first])),
          d=dbr(d0 - datetime.timedelta(days=g.ri(1, 6))), t=(g.phone(), "PHONE_NUMBER"))
    owner = member(g)
    if g.chance(0.5):
        doc.f("- Proprietário da área («o») informou que as carcaças da semana foram enterradas; restos de linguiça recolhidos para análise.\n", o=P(owner.full))
    else:
        doc.t("- Restos de linguiça recolhidos na sede da fazenda para análise; carcaças enterradas segundo o proprietário.\n")
    vet, nu = g.person(), g.person(female=g.chance(0.8))
    doc.f("- Carcaças inspecionadas por «v» («c»), do serviço veterinário oficial.\n", v=P(vet.full), c=(g.council("CRMV", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("- Coletas: enf. «n» («c»).\n", n=P(g.pick([nu.full, nu.short])), c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    else:
        doc.f("- Coletas pela equipe da UBS (enfermeira RT: «c»).\n", c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    ep = g.person()
    dom = g.pick(["saude.gov.br", f"{fold(city).lower().replace(' ', '')}.{uf.lower()}.gov.br"])
    if g.chance(0.5):
        doc.f("Responsável: «n» — «e»\n", n=P(ep.full), e=(corp_mail(ep, dom, g), "EMAIL_ADDRESS"))
    else:
        doc.f("Responsável: «n» — notificações para «e»\n", n=P(ep.full), e=role_mail(g, dom, g.pick(["vigilancia", "epidemiologia", "cievs", "zoonoses"])))
    return doc


SA = [sa_laudo_psicologico, sa_email_agendamento, sa_emergencia, sa_aso, sa_chat_psicologa, sa_capacidade_tecnica, sa_vigilancia_javali]


# --------------------------------------------------------------------------- financeiro


def fi_email_anuidade(g: Gen) -> Doc:
    """An e-mail thread on a member's overdue annual fee: the treasurer's reminder (the fees, the habitualidade declaration withheld until payment, a bank slip's line unlabelled, the club's random key or agency, account and CNPJ, the treasurer's signature and phone), over the member's quoted reply (name, e-mail, IP, CPF, member number unlabelled, a card typed sometimes, a new phone, a new address and CEP)."""
    doc = Doc()
    cname, craz, cdom = club(g)
    tr = g.person(female=g.chance(0.4))
    m = member(g)
    gmail = g.email(m)
    t0 = g.moment()
    t1 = t0 + datetime.timedelta(hours=g.ri(5, 96))
    corp = g.chance(0.55)
    doc.f("From: «n» <«e»>\nTo: «m»\nDate: «d»\nSubject: RE: Anuidade «y» em aberto — matrícula «x»\n\n", n=P(tr.full) if corp else V(f"Tesouraria {cname}"),
          e=(corp_mail(tr, cdom, g), "EMAIL_ADDRESS") if corp else V(role_mail(g, cdom, g.pick(["tesouraria", "financeiro", "cobranca"]))),
          m=(gmail, "EMAIL_ADDRESS"), d=mail_date(t1), y=t0.year, x=filiacao_no(g))
    an = money(g, 780, 1800)
    doc.f("Prezad«o» «n»,\n\nConsta em aberto a anuidade «y» (R$ «a»)«h». Enquanto houver pendência, a secretaria não emite declaração de habitualidade nem de filiação para o CR.\n",
          o=a_(m), n=P(g.pick([m.first, m.full])), y=t0.year, a=brl(an), h=g.pick(["", f" e a taxa de estande de R$ {brl(money(g, 80, 300))}", f" e {g.ri(2, 5)} mensalidades de R$ {brl(money(g, 80, 160))}"]))
    r = g.rng.random()
    if r < 0.35:
        doc.f("Segue a linha digitável do boleto com vencimento em «d»: «l»\n", d=dbr(t1.date() + datetime.timedelta(days=g.ri(3, 10))), l=boleto_line(g))
    elif r < 0.7:
        doc.f("Pagamento por Pix na chave aleatória do clube: «k» (CNPJ «j»).\n", k=(g.uuid(), "PIX_KEY"), j=(g.any_cnpj(), "BR_CNPJ"))
    else:
        bank = g.pick(BANKS)
        doc.f("Depósito: «b» («c»), agência «a», conta «n», «r», CNPJ «j».\n", b=bank[1], c=bank[0], a=(g.agency(), "BANK_ACCOUNT"), n=(g.account(), "BANK_ACCOUNT"),
              r=craz, j=(g.any_cnpj(), "BR_CNPJ"))
    doc.t("Não enviamos nem pedimos dados de cartão por e-mail.\n\n")
    if corp:
        doc.f("Atenciosamente,\n«n»\nTesoureir«o» — «c»\n«t»\n", n=P(tr.full), o=a_(tr), c=cname, t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    else:
        doc.f("Tesouraria — «c»\n", c=cname)
    doc.t("\n-----Original Message-----\n")
    doc.f("From: «n» <«e»>\nSent: «d»\nX-Originating-IP: [«ip»]\n\n", n=P(g.pick([m.full, m.low, m.short])), e=(gmail, "EMAIL_ADDRESS"), d=ts(t0, "br"), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("Boa «x». Estou com a anuidade atrasada porque «r». Meu CPF é «c».", x=g.pick(["tarde", "noite"]),
          r=g.pick(["fiquei sem serviço uns meses", "tive uma cirurgia", "o boleto nunca chegou", "achei que era débito automático"]), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.45):
        doc.f(" Podem passar em 3x no cartão «k», validade «v»?", k=(g.card(g.chance(0.6)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
    if g.chance(0.6):
        doc.f(" Meu celular mudou: «t».", t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f(" Mudei também o endereço do acervo para «a», CEP «p» — preciso de declaração para atualizar no sistema.", a=(home(g), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    if g.chance(0.5):
        doc.f("\n\n«n»\n", n=P(g.pick([m.first, m.full, m.nick])))
    else:
        doc.t("\n\nAtt.\n")
    return doc


def fi_nota_venda(g: Gen) -> Doc:
    """A gun shop's DANFE (simplified NF-e) of a firearm sale: the shop's CNPJ (its address unlabelled), the access key unlabelled, the buyer's name, CPF, home, CEP, phone and e-mail; the weapon's serial, the SINARM authorisation and the buyer's CR unlabelled, ammunition lots; payment by a masked card or Pix; the seller; sometimes the shop's daily report of controlled sales (buyer, CPF, item, serial, authorisation)."""
    doc = Doc()
    sname, sraz, sdom = g.pick(SHOPS)
    b = member(g)
    city, uf = g.city()
    seller = g.person(female=g.chance(0.3))
    doc.t("DANFE — DOCUMENTO AUXILIAR DA NOTA FISCAL ELETRÔNICA\n")
    doc.f("EMITENTE: «r»\nCNPJ: «j»   IE: «ie»\n«a» — «c»/«u»\n", r=sraz.upper(), j=(g.any_cnpj(), "BR_CNPJ"), ie=f"{g.d(3)}.{g.d(3)}.{g.d(3)}",
          a=g.pick(["Av. Brasil, 4.120, loja 3", "Rua do Comércio, 88", "Rodovia BR-277, km 5, galpão 2", "Av. Getúlio Vargas, 1.500"]), c=city, u=uf)
    doc.f("NF-e nº «n» — Série 1 — Emissão «d»\nCHAVE DE ACESSO: «k»\n\n", n=nf_no(g), d=dbr(g.day()), k=nfe_key(g))
    doc.t("DESTINATÁRIO\n")
    fields = [("Nome", P(g.pick([b.caps, b.capsf, b.full]))), ("CPF", (g.cpf(), "BR_CPF")), ("Endereço", (g.address(g.pick(["text", "caps"])), "ADDRESS")),
              ("Bairro", V(g.pick(BAIRROS))), ("CEP", (g.cep(), "BR_CEP")), ("Município/UF", V("/".join(g.city())))]
    if g.chance(0.7):
        fields.append(("Fone", (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")))
    if g.chance(0.6):
        fields.append(("E-mail", (g.email(b), "EMAIL_ADDRESS")))
    kv_block(doc, fields, g.pick(["lines", "caps"]))
    k, model, cal = weapon(g)
    price = money(g, 4200, 19000)
    rows = [[V("1"), V(f"{k.upper()} {model.upper()} {cal}"), V("UN"), V("1"), V(brl(price))],
            [V("2"), V(f"MUNIÇÃO {cal} CX 50 LOTE {lote(g)}"), V("CX"), V(str(g.ri(1, 6))), V(brl(money(g, 150, 900)))]]
    if g.chance(0.6):
        rows.append([V("3"), V(g.pick(["COLDRE KYDEX", "CARREGADOR SOBRESSALENTE", "MALETA COM TRAVA", "KIT LIMPEZA", "PROTETOR AURICULAR"])), V("UN"), V("1"), V(brl(money(g, 60, 450)))])
    table_ruled(doc, ["item", "descrição", "un", "qtd", "valor"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.f("\nDADOS ADICIONAIS: Arma nº de série «s». Autorização de aquisição SINARM nº «a». Comprador titular do CR nº «c». Entrega condicionada à emissão do CRAF e à guia de tráfego.\n",
          s=arma_serial(g), a=sinarm_no(g), c=cr_no(g))
    if g.chance(0.55):
        doc.f("Pagamento: cartão de crédito «c» em «n»x.\n", c=g.masked_card(), n=g.ri(1, 12))
    else:
        doc.f("Pagamento: Pix (E2E «e»).\n", e=e2e(g))
    doc.f("Vendedor«a»: «n»\n", a="a" if seller.female else "", n=P(g.pick([seller.full, seller.short, seller.first])))
    if g.chance(0.5):
        doc.f("\n=== Relatório diário de vendas de produtos controlados — «s» — «d» ===\n", s=sname, d=dbr(g.day()))
        rows = []
        for _ in range(g.ri(3, 5)):
            q = member(g)
            kk, mo, ca = weapon(g)
            rows.append([P(g.pick([q.full, q.caps, q.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), V(f"{mo} {ca}"),
                         V(arma_serial(g)), V(g.pick([sinarm_no(g), f"CR {cr_no(g)}"]))])
        fmt = g.pick(["csv", "csv;", "plus", "psql"])
        cols = ["comprador", "cpf", "item", "serie", "autorizacao"]
        if fmt.startswith("csv"):
            table_csv(doc, cols, rows, ";" if fmt == "csv;" else ",")
        else:
            table_ruled(doc, cols, rows, fmt)
    return doc


def fi_rpa_instrutores(g: Gen) -> Doc:
    """The monthly RPA payroll of a club's self-employed instructors and range officers (fixed width, names cut at 24, or a table): name, CPF, NIT, shifts, gross, INSS, net, paid to a Pix key of any kind or agency and account; the treasurer, the accountant's CRC, the batch's login and a private IP."""
    doc = Doc()
    cname, craz, cdom = club(g)
    month = g.ri(1, 12)
    year = g.pick([2025, 2026])
    doc.f("«r» — CNPJ «j»\nRPA — Instrutores e ROs autônomos — competência «m:02d»/«y»\n\n".replace("«m:02d»", f"{month:02d}"), r=craz.upper(), j=(g.any_cnpj(), "BR_CNPJ"), y=year)
    staff = [g.person(female=g.chance(0.2)) for _ in range(g.ri(4, 7))]
    fixed = g.chance(0.5)
    if fixed:
        doc.t(f"{'NOME':<24} {'CPF':<14} {'NIT':<14} {'TURNOS':>6} {'BRUTO':>9} {'INSS':>8} {'LÍQUIDO':>9}  PAGAMENTO\n")
        doc.t("-" * 118 + "\n")
    rows = []
    for p in staff:
        turn = g.ri(4, 22)
        gross = turn * g.pick([150.0, 180.0, 220.0, 120.0])
        inss = round(gross * 0.11, 2)
        net = gross - inss
        cpf = g.cpf("dot")
        r = g.rng.random()
        if r < 0.55:
            kind, key = pix_key(g, p, cpf)
            pay = [V(f"Pix {kind} "), key]
        else:
            bank = g.pick(BANKS)
            pay = [V(f"{bank[0]} ag "), (g.agency(False), "BANK_ACCOUNT"), V(" cc "), (g.account(), "BANK_ACCOUNT")]
        nit = (g.pis("dot"), "BR_PIS") if g.chance(0.8) else V("")
        if fixed:
            doc.cell(cut(p.capsf if g.chance(0.6) else p.full, 24), 24, "PERSON")
            doc.t(" ")
            doc.cell(cpf, 14, "BR_CPF")
            doc.t(" ")
            doc.cell(nit[0], 14, nit[1])
            doc.t(f" {turn:>6} {brl(gross):>9} {brl(inss):>8} {brl(net):>9}  ")
            for v, lab in pay:
                doc.e(v, lab)
            doc.t("\n")
        else:
            rows.append([P(p.full), (cpf, "BR_CPF"), nit, V(str(turn)), V(brl(gross)), V(brl(inss)), V(brl(net)), pay])
    if not fixed:
        style = g.pick(["plus", "psql", "md"])
        flat = []
        for r in rows:
            pay = r[-1]
            if len(pay) == 2:
                flat.append(r[:-1] + [pay[1]])
            else:
                flat.append(r[:-1] + [V("TED " + pay[0][0].split()[0] + " (abaixo)")])
        table_ruled(doc, ["nome", "cpf", "nit", "turnos", "bruto", "inss", "líquido", "pagamento"], [[c if c[0] else V("—") for c in r] for r in flat], style)
        for r in rows:
            pay = r[-1]
            if len(pay) == 4:
                doc.f("Conta de «n»: agência «a», conta «c».\n", n=P(r[0][0].split()[0]), a=pay[1], c=pay[3])
    tr, ac = g.person(female=g.chance(0.5)), g.person()
    doc.f("\nConferido: «t» (tesouraria) · Contador: «a», «c»\n", t=P(g.pick([tr.full, tr.short])), a=P(ac.full), c=(g.council("CRC"), "PROFESSIONAL_ID"))
    doc.f("Lote enviado por «l» de «i» em «d»\n", l=login(tr, g), i=g.ip_priv(), d=ts(g.moment(), "brs"))
    return doc


def fi_recibos_armeiro(g: Gen) -> Doc:
    """A gunsmith's receipts (capitals sometimes, the amount in figures and words): the payer's name and CPF, the service on a weapon (serial unlabelled), paid in cash, by Pix to the gunsmith's key of any kind or by transfer to agency and account; the gunsmith's CPF or MEI CNPJ and phone."""
    doc = Doc()
    gname, gdom = g.pick(GUNSMITHS)
    arm = g.person(female=g.chance(0.1))
    caps = g.chance(0.45)
    up = caps_t if caps else (lambda s: s)
    city, uf = g.city()
    mei = g.chance(0.5)
    issuer_id = (mei_cnpj(g), "BR_CNPJ") if mei else (g.cpf(), "BR_CPF")
    issuer_tel = (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    U = (lambda s: fold(s).upper()) if caps else (lambda s: s)
    for i in range(g.ri(2, 3)):
        c = member(g)
        v = money(g, 90, 1800)
        k, model, cal = weapon(g)
        doc.f(up("RECIBO Nº «n» — R$ «v»\n\n"), n=f"{g.ri(1, 999):03d}/{g.pick([2025, 2026])}", v=brl(v))
        doc.f(up("Recebi de «p», CPF «c», a importância de «x» («w»), referente a «s» — «k» «m», calibre «cal», nº de série «sn»"),
              p=P(c.capsf if caps else g.pick([c.full, c.caps])), c=(g.cpf(), "BR_CPF"), x="R$ " + brl(v), w=U(extenso(v)),
              s=U(g.pick(SERVICES_GS)), k=U(k), m=U(model), cal=U(cal), sn=arma_serial(g))
        r = g.rng.random()
        if r < 0.3:
            doc.t(up(", pago em dinheiro.\n"))
        elif r < 0.75:
            kind, key = pix_key(g, arm)
            doc.f(up(", pago por Pix (chave «k» ") + "«x»" + up(").\n"), k=U(kind), x=key)
        else:
            bank = g.pick(BANKS)
            doc.f(up(", pago por transferência ao «b», agência «a», conta «c».\n"), b=U(bank[1]), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
        if g.chance(0.3):
            doc.f(up("Retirada por «p», com autorização do proprietário.\n"), p=P((g.relative(c).capsf if caps else g.relative(c).full)))
        doc.f("\n«c», «d».\n\n", c=city, d=dbr(g.day(), "long"))
        doc.f("«n»\n", n=P(arm.capsf if caps else arm.full))
        if mei:
            doc.f(up("«g» — MEI CNPJ «j»\n"), g=U(gname), j=issuer_id)
        else:
            doc.f(up("Armeiro — CPF «j»\n"), j=issuer_id)
        doc.f(up("WhatsApp «t»\n"), t=issuer_tel)
        doc.t("\n" + "-" * 40 + "\n\n")
    return doc


def fi_reservas_jsonl(g: Gen) -> Doc:
    """JSON lines of a club's online booking and payment platform (range slots, basic courses, annual fees, a federation's stage): buyer name, e-mail, CPF, phone or null, birth date or null, IP, CR unlabelled, a masked card or a Pix E2E id, refunds to agency and account; the exporter's login and a private IP."""
    doc = Doc()
    cname, craz, cdom = club(g)
    n = g.ri(6, 8)
    for i in range(n):
        p = member(g)
        t = g.moment()
        tipo = g.pick(["reserva_estande", "curso_basico", "anuidade", "etapa_federacao", "teste_capacidade", "locacao_arma"])
        rec = {"id": g.hexs(12), "tipo": tipo, "criado_em": ts(t, "iso"), "nome": (g.pick([p.full, p.caps, p.low]), "PERSON"),
               "email": (g.email(p), "EMAIL_ADDRESS"), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
               "telefone": (g.phone(g.pick(["e164", "par", "raw"])), "PHONE_NUMBER") if g.chance(0.7) else None,
               "nascimento": (adob(g, "iso"), "DATE_OF_BIRTH") if g.chance(0.6) else None,
               "cr": cr_no(g) if g.chance(0.6) else None, "ip": (g.ip(), "IP_ADDRESS"), "valor": round(money(g, 60, 1600), 2)}
        if g.chance(0.55):
            rec["pagamento"] = {"metodo": "cartao", "cartao": g.masked_card(), "parcelas": g.ri(1, 10)}
        else:
            rec["pagamento"] = {"metodo": "pix", "e2e": e2e(g, t)}
        if g.chance(0.25):
            rec["estorno"] = {"banco": g.pick(BANKS)[0], "agencia": (g.agency(False), "BANK_ACCOUNT"), "conta": (g.account(), "BANK_ACCOUNT"), "motivo": g.pick(["chuva", "duplicidade", "desistência"])}
        if tipo == "locacao_arma" and g.chance(0.6):
            ins = g.person()
            rec["instrutor_responsavel"] = (ins.full, "PERSON")
        jval(doc, rec, None)
        doc.t("\n")
    ex = g.person()
    jval(doc, {"audit": "export", "usuario": login(ex, g), "ip": g.ip_priv(), "registros": n, "em": ts(g.moment(), "iso")}, None)
    doc.t("\n")
    return doc


def fi_extrato_clube(g: Gen) -> Doc:
    """A club's bank statement in fixed width: the club's CNPJ, agency and account; Pix received from members (names cut at 22, masked CPFs unlabelled), Pix sent to instructors with the key, transfers to agency and account, an ammunition supplier's CNPJ, the power bill, card receivables; the treasurer's note."""
    doc = Doc()
    cname, craz, cdom = club(g)
    bank = g.pick(BANKS)
    month = g.ri(1, 12)
    year = g.pick([2025, 2026])
    doc.f("«b» — EXTRATO DE CONTA CORRENTE\nCliente: «r»  CNPJ «j»\nAgência «a»  Conta «c»  Período: 01/«m»/«y» a 28/«m»/«y»\n\n", b=bank[1].upper(), r=craz.upper(),
          j=(g.any_cnpj(), "BR_CNPJ"), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"), m=f"{month:02d}", y=year)
    doc.t(f"{'DATA':<6} {'HISTÓRICO':<48} {'VALOR':>12}\n")
    bal = money(g, 5000, 40000)
    lines = g.ri(7, 10)
    days = sorted(g.ri(1, 28) for _ in range(lines))
    for i in range(lines):
        d = f"{days[i]:02d}/{month:02d}"
        r = g.rng.random()
        doc.t(f"{d:<6} ")
        if r < 0.22:
            p = member(g)
            v = money(g, 80, 1500)
            doc.t("PIX REC ")
            name = cut(fold(p.full).upper(), 22)
            doc.cell(name, 22, "PERSON")
            doc.t(f" ***.{g.d(3)}.{g.d(3)}-**" + " " * 3)
            doc.t(f"{brl(v):>12}\n")
        elif r < 0.4:
            p = g.person()
            v = -money(g, 300, 3000)
            kind, key = pix_key(g, p)
            doc.t("PIX ENV ")
            doc.cell(cut(fold(p.full).upper(), 22), 22, "PERSON")
            doc.t(" ")
            doc.e(key[0], key[1])
            doc.t(f"  {brl(v)}\n")
        elif r < 0.62:
            p = g.person()
            v = -money(g, 300, 3000)
            doc.t("TED ")
            doc.cell(cut(fold(p.full).upper(), 18), 18, "PERSON")
            doc.t(f" {g.pick(BANKS)[0]} AG ")
            doc.e(g.agency(False), "BANK_ACCOUNT")
            doc.t(" CC ")
            doc.e(g.account(), "BANK_ACCOUNT")
            doc.t(f"  {brl(v)}\n")
        elif r < 0.8:
            v = -money(g, 1500, 12000)
            doc.t(f"PAG FORNEC {g.pick(['CBC MUNICOES', 'PRATOS ALVO SUL', 'MAGTECH DIST', 'ALVOS BRASIL'])} ")
            doc.e(g.cnpj(), "BR_CNPJ")
            doc.t(f"  {brl(v)}\n")
        elif r < 0.9:
            v = -money(g, 300, 2200)
            doc.t(f"{'PAG BOLETO ' + g.pick(['LUZ DO VALE ENERGIA', 'AGUAS SERENO', 'VIVO FIBRA', 'PREF MUN IPTU']):<48} {brl(v):>12}\n")
        else:
            v = money(g, 800, 9000)
            doc.t(f"{'REC CARTAO ' + g.pick(['CIELO', 'REDE', 'STONE', 'GETNET']) + ' ' + g.d(6):<48} {brl(v):>12}\n")
        bal += v
    doc.f("\nSALDO EM 28/«m»: R$ «s»\n", m=f"{month:02d}", s=brl(bal))
    tr = g.person(female=g.chance(0.5))
    rq = member(g)
    doc.f("\nObs. da tesouraria («t»): Pix em duplicidade no dia «d» — devolver; «k» pediu recibo no e-mail «e».\n", t=V(login(tr, g)) if g.chance(0.5) else P(g.pick([tr.first, tr.short])),
          d=f"{days[0]:02d}", k=P(rq.short), e=(g.email(rq), "EMAIL_ADDRESS"))
    return doc


def fi_rateio_javali(g: Gen) -> Doc:
    """A boar-control team's cost split in WhatsApp (lower case) with a CSV at the end: diesel, ammunition, the dog's veterinarian (CRMV), the landowner's lodge paid to his key, plates of the cars, who has not paid (@mentions), CPF for the receipts; the CSV with each member's WhatsApp number and Pix key of any kind."""
    doc = Doc()
    st = chat_stamp(g)
    tt = iter(seq_times(g, 60, g.moment(hours=(6, 23)), 120, 5000))
    mem = [member(g, female=g.chance(0.1)) for _ in range(5)]
    nick = [hnick(g, p) for p in mem]
    snd = [(g.phone("wa"), "PHONE_NUMBER") if g.chance(0.72) else P(g.pick([p.short, nick[k], p.first])) for k, p in enumerate(mem)]
    farm = g.pick(FARMS)
    doc.f("rateio javali «f» 🐗💰\n\n", f=lower(farm))
    total = money(g, 900, 3500)
    cl(doc, st(next(tt)), snd[0], "fechando as contas da «n»: diesel R$ «d», munição R$ «m», ceva (milho) R$ «c»", n=g.pick(["última espera", "semana", "campanha de abril"]),
       d=brl(money(g, 200, 800)), m=brl(money(g, 300, 1200)), c=brl(money(g, 100, 400)))
    vet = g.person()
    cl(doc, st(next(tt)), snd[2], "e «a» do «d», «dr» «v» («c»), cobrou R$ «x» dos pontos", a="a veterinária" if vet.female else "o veterinário", dr="dra" if vet.female else "dr", d=lower(g.pick(DOGS)), v=P(lower(vet.short)),
       c=(g.council("CRMV"), "PROFESSIONAL_ID"), x=brl(money(g, 180, 900)))
    owner = member(g)
    okind, okey = pix_key(g, owner)
    cl(doc, st(next(tt)), snd[0], "o «o» cobrou R$ «v» da casa de apoio, chave «k» dele: «x»", o=P(g.pick([lower(owner.first), owner.nick.lower(), lower(owner.short)])),
       v=brl(money(g, 150, 600)), k=okind, x=okey)
    each = total / 5
    kind0, key0 = pix_key(g, mem[0])
    cl(doc, st(next(tt)), snd[0], "total R$ «t», dá R$ «e» pra cada. manda pra minha chave («k»): «x»", t=brl(total), e=brl(each), k=kind0, x=key0)
    for k in g.sample(range(1, 5), g.ri(2, 4)):
        if g.chance(0.5):
            cl(doc, st(next(tt)), snd[k], g.pick(["pago ✅", "<Mídia oculta>", "feito"]))
        else:
            cl(doc, st(next(tt)), snd[k], "paguei, precisa do meu cpf pro recibo? «c»", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    cl(doc, st(next(tt)), snd[3], "a gasolina da «v» «p» entra no rateio?", v=g.pick(["hilux", "s10", "strada", "l200"]), p=(g.plate(), "LICENSE_PLATE"))
    cl(doc, st(next(tt)), snd[0], "entra, e a da «v» também, placa «p»", v=g.pick(["ranger", "saveiro", "toro", "amarok"]), p=(g.plate(), "LICENSE_PLATE"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), snd[0], "falta @«a» e @«b»", a=P(lower(mem[1].first)), b=P(nick[2].lower()))
    if g.chance(0.5):
        cl(doc, st(next(tt)), snd[g.ri(1, 4)], chat_neg(g))
    cl(doc, st(next(tt)), snd[0], "planilha:")
    rows = []
    for k, p in enumerate(mem):
        kind, key = pix_key(g, p)
        rows.append([P(g.pick([p.short, nick[k], p.first])), (snd[k][0], "PHONE_NUMBER") if snd[k][1] == "PHONE_NUMBER" else (g.phone("wa"), "PHONE_NUMBER"),
                     V(brl(each)), V(g.pick(["sim", "sim", "não"])), V(kind), key])
    table_csv(doc, ["membro", "whatsapp", "valor", "pago", "tipo_chave", "chave"], rows, g.pick([",", ";"]))
    return doc


FI = [fi_email_anuidade, fi_nota_venda, fi_rpa_instrutores, fi_recibos_armeiro, fi_reservas_jsonl, fi_extrato_clube, fi_rateio_javali]


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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|eng|enf|sd|cb|sgt|vulgo|conhecido)\.?\s", v), (rid, v)
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
            assert re.match(r"(CRMV|CRM|COREN|OAB|CRC|CRP|CRFa)(?![A-Za-z])", v), (rid, v)
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
    print("hundredthirtieth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
