"""Build the hundred-and-twenty-sixth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredtwentysixth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 12626, 280 records: 4 domains x 7 templates x 10 copies.

Register: RECYCLING -- waste pickers' cooperatives and associations (catadores), scrap yards
(ferro-velho, sucateiros, depósitos de aparas), the municipal selective collection and its ecopontos,
the reverse logistics of packaging and electronics, the industrial buyers of recyclables and their
weighing tickets, and the cooperative's own life: members' registration, the WhatsApp group, the
general assembly, the monthly share-out (rateio), the city's contract and its monthly measurement, a
prosecutor's TAC closing a dump and listing its pickers, a sorter's labour claim against a scrap
yard, copper cable stolen and sold to a ferro-velho, and the health side (a needle-stick notified to
SINAN, a vaccination campaign in the shed, an accident report, a health post's record, the community
health agent's chat, an ASO of a press operator, the sick-note and PPE sheet). Every cooperative,
yard, buyer, programme, bot, clinic and person is invented (the cooperatives Cooperativa Rosa
Reciclagem/COOPERROSA, Associação Bento Unidos/ASCABU, Recicla Aurora/COOPAURORA, Coopervida Serena,
Mãos da Luz/AMALUZ, Esperança Reciclável, Coopercata Prudente, Flor do Cerrado Recicla; the yards
Ferro-Velho Leão, Sucata Amado & Filhos, Ferro-Velho do Branco, Bonfim Metais, Sucatão Vitória,
Depósito Justo Papelão, Reciclagem Tinoco; the buyers Aparas Celeste, PET Norte, Vidraria Sereno,
Metalúrgica Quaresma, Embalagens Estrela Guia, Polímeros Flor de Lis, Fundição Aroeira; the
reverse-logistics entities Instituto Volta Embalagem, Ciclo Reverso, Elo Verde, Rede Descarte Certo,
Retorna Vidro; the bots Catabot, Coletinha, ZapColeta, Reci, EcoBot; the scale systems BalançaNet,
PesaFácil, PesoCerto; the ecopontos Vila Rosa, São Bento, Jardim Aurora, Bonfim, Estrela; the
utility "Luz do Vale Energia"...).
Layouts: WhatsApp exports (Android and iOS stamps; exported by either side; senders by name, nickname,
number or "Você"; business accounts and bots; a members' group in lower case with @mentions); a
speech-to-text call (lower case; CPF, birth date, address, CEP and phone spoken in groups or in
words, "meia" for six) and its typed record; forms in four styles ("Campo: valor", dotted leaders,
ruled box, CAPS labels) and scanned forms with OCR confusions (I/l, O/0, S/5, B/8, m/rn, d/cl...);
ruled, pipe, Markdown, psql-like and blank-aligned tables, CSV with "," or ";", TSV; e-mails with
quoted originals and X-Originating-IP; contracts, minutes, a TAC, a notice and hearing minutes (in
capitals sometimes); an ALL CAPS police report (OCR'd sometimes); a SINAN form in capitals; thermal
weighing tickets in fixed width; ALL CAPS receipts with the amount in words; a share-out in fixed
width (names cut at 24 characters) or a ruled table; a bank's batch export; JSON lines.
- atendimento: (0) a WhatsApp chat with the selective-collection line (the city's programme or a
  cooperative; a bot, then an attendant): a resident books a pickup at home (name, CPF, home address,
  CEP, e-mail, a relative at home with a phone, a neighbour; the driver and the truck's plate; a
  card number typed for a paid pickup, which the attendant asks not to send), or a building manager
  asks for bins (the condominium named, never its address; her CPF, phone and e-mail, the doorman,
  the lodge's landline); (1) a speech-to-text call to the city's 156 line (the truck skipped the
  street, a bin broken, a car scraped, a picker tearing bags) and the typed manifestation (the
  attendant by name or login); (2) a cooperative's registration form of a new member (typed or
  scanned: name, nickname, birth date, CPF, RG or CNH -- a migrant's RNM unlabelled --, NIS, título
  and CNS sometimes, address, CEP, phone, a neighbour for messages, dependants with birth dates, how
  the share is paid, a mistyped CPF noted sometimes; the interviewer by name or login, the social
  worker's CRESS); (3) a scrap yard's purchase register kept against cable theft (typed, ALL CAPS or
  OCR'd: sellers with RG, CPF or CNH, a phone, a plate or a cart, material, weight, price; the
  clerks; burnt copper refused and reported to the municipal guard; a buyer's truck and driver);
  (4) an e-mail to a reverse-logistics programme for electronics quoted under the analyst's answer
  (the consumer's CPF, home address, CEP, phone, IP; serials, an IMEI and the CDF number unlabelled;
  a full card number for a paid pickup sometimes; the driver and the plate; a relative who hands
  over the items); (5) the cooperative members' WhatsApp group in lower case (the belt's shift with
  @mentions, a broken truck's plate and the mechanic's nickname, the assembly notice, a new number,
  Pix keys of any kind for the treasurer, a member's CPF key, RG and CPF for a course list, a lift
  to the health post, the buyer coming for the bales); (6) an ecoponto's entrance log (CSV or ruled:
  citizen, CPF or a masked one, plate or cart, material, volume, origin: a neighbourhood or a home
  address), the shift's notes (a carter by nickname and his cart's municipal number, a truck refused
  with the driver's CNH, a fridge left for the reverse logistics with the CPF on the term), the
  operators by name or login, the supervisor's e-mail or the role mailbox.
- juridico: (0) a cooperative's general assembly minutes (capitals sometimes: the chair and the
  secretary, accounts, surplus, the board elected and qualified -- RG or CNH, CPF, birth date and
  título sometimes, home address, CEP --, the fiscal council with CPF, the lawyer's OAB, the
  attendance list with CPF and how each signed: a thumbprint, "a rogo"); (1) the city's contract for
  the selective collection (art. 75, IV, "j", Lei 14.133/2021: the city's and the cooperative's
  CNPJ, the secretary's CPF, the president qualified with e-mail and phone sometimes, the price per
  tonne, the cooperative's agency and account, trucks lent with their plates and Renavam, the
  inspector's corporate e-mail, witnesses or an e-signature log with IPs); (2) a sorter's labour
  claim against a scrap yard (qualified with PIS, título sometimes, birth date, CTPS unlabelled; the
  yard's CNPJ; the owner and his nickname, his WhatsApp; wages by Pix to the CPF key; a hand crushed
  in the baler, S62.6; witnesses with RG and phone; the lawyer's OAB and e-mail); (3) an ALL CAPS
  police report of copper cable stolen and found at a yard (the utility's technician, the officers,
  the dealer's CPF, home address and CEP, the seller in the register with RG, birth date, mother,
  CPF, phone and nickname, his car's plate, the delegado; the BO number, the officers' RE and the
  Renavam unlabelled); (4) a prosecutor's TAC closing a dump (the prosecutor, the mayor's CPF, the
  city's and the cooperative's CNPJ, and the annex of pickers registered by the social worker,
  CRESS: name, nickname, birth date, CPF, NIS, phone; the civil inquiry number unlabelled); (5) a
  cooperative's extrajudicial notice to a buyer over unpaid loads (tickets and NF-e unlabelled, the
  buyer's trucks' plates and drivers, the partner's CPF, the cooperative's agency and account or its
  random Pix key, the lawyer's OAB, phone and e-mail) and the buyer's answer about moisture; (6)
  hearing minutes: a labour court (a picker against the cooperative or a sorter against a yard: the
  judge, CPF, PIS and phone sometimes, the lawyers' OAB, the preposto's CPF) or the public-treasury
  small-claims court (a car scraped by the collection truck: the conciliator, the claimant's CPF,
  address, CEP, e-mail and plate, the city's attorney's OAB, the cooperative's preposto), a witness's
  RG, a settlement to an account or a Pix key of any kind; the CNJ number unlabelled.
- saude: (0) a SINAN form of a needle-stick at the sorting belt (capitals, OCR'd sometimes: the
  worker's birth date, CNS, CPF sometimes, mother, address, CEP, phone, the cooperative's CNPJ, the
  coordinator who came with a phone, the nurse's COREN, the physician's CRM; age, CBO and Z20.9
  unlabelled); (1) a vaccination campaign in the shed (the list as CSV, TSV or a table: name,
  nickname sometimes, birth date, CPF, CNS, vaccine, dose, lot, a contact phone; the vaccinators'
  COREN, the community health agent, the pending members, the health post's phone and e-mail);
  (2) an accident investigation report of a cooperative or a yard (the worker's birth date, CPF, RG,
  phone; witnesses; SAMU with the ambulance's plate and the nursing technician's COREN, or a car's
  plate; the relative told; the causes; the safety engineer's CREA; the action plan with people or
  roles in charge); (3) a health post's record (e-SUS style SOAP: birth date, CNS, CPF, mother,
  address, CEP, phones; the ACS; back pain, suspected leptospirosis, dermatitis, asthma, scabies, an
  infected cut, a shoulder; the physician's CRM and the nurse's COREN); (4) the community health
  agent's WhatsApp chat with the coordinator (lower case: members with CPF and CNS for the exams, a
  sick note with the doctor's name and CRM, a child's birth date and CNS, a relative's phone, a NIS
  for the CEREST referral); (5) an ASO of a yard's or a cooperative's employee (press operator,
  driver, scale clerk, torch cutter: the clinic's and the employer's CNPJ, CPF, RG, birth date, NIT,
  phone; the examiner's and the PCMSO coordinator's CRM) and sometimes the month's ASO list; (6) the
  cooperative's sick-note sheet (member, CPF, days, ICD code, the doctor by name or "ilegível", CRM),
  a long leave with the NIT, the PPE delivery sheet (CPF or RG, items, CA numbers unlabelled), the
  secretary's e-mail or the role mailbox.
- financeiro: (0) weighing tickets of a buyer's truck scale in fixed width (OCR'd sometimes: the
  buyer's and the supplier's CNPJ, plate and trailer, the driver's name and CPF or CNH, MTR and
  ticket numbers unlabelled, gross, tare, moisture, price; the clerk by name or login); (1) the
  monthly share-out per member in fixed width or a ruled table (CPF, days, gross, INSS, net, a Pix
  key of any kind, agency and account, or cash; the treasurer, the accountant's CRC); (2) a bank's
  batch Pix export (the paying agency, account and CNPJ; payees with CPF and a key of any kind; a
  row rejected for a mistyped CPF; buyers' payments to the cooperative's random keys; the operator's
  login, the approver, the access IP); (3) a yard's ALL CAPS receipts from individual sellers (CPF,
  RG, home address, CEP, material, the amount in figures and in words, cash or a Pix key of any kind,
  the clerk); (4) an e-mail thread with a buyer about the month's loads (NF-e numbers unlabelled,
  moisture, the buyer's CNPJ and IP, the cooperative's agency and account or random key, signatures
  with phones and the cooperative's CNPJ); (5) the city's monthly measurement of the contract
  (routes, plates, drivers, tonnes; NFS-e unlabelled; agency and account; the inspector's name and
  e-mail, the president's CPF, the secretary); (6) JSON lines of a reverse-logistics credit platform
  (the cooperative's and the buyers' CNPJ, the uploader's name, e-mail and IP; bonuses to pickers with
  CPF and a Pix key of any kind; the exporter's login and private IP).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Dr.", "Dra.", "dr", "SD PM", "CB PM", "DELEGADO", "dona", "seu", "VULGO"; particles and suffixes
are inside; "SURNAME, GIVEN" is one span; first names, nicknames, lower case, ALL CAPS, OCR-damaged
and mistyped forms are persons, and so are names cut at a fixed-width field, as they stand. Staff
named in the text are persons (attendants, drivers, clerks, operators, treasurers, accountants,
analysts, inspectors, secretaries, mayors, prosecutors, judges, conciliators, lawyers, prepostos,
police officers, delegados, physicians, nurses, vaccinators, community health agents, social
workers, engineers), and so are members, residents, sellers, relatives and neighbours; logins
(acerqueiraleme24, knunes), bots (Catabot, Coletinha), programmes and business accounts of WhatsApp
("Coleta Seletiva Natal", "COOPAURORA Agendamentos") are not. Corporate e-mails of people (at a
buyer, a programme, a city hall, a cooperative) are EMAIL_ADDRESS; role mailboxes (coleta@,
comercial@, financeiro@, nfe@, compras@, descarte@, logisticareversa@, ecoponto@, fiscalizacao@,
meioambiente@, imunizacao@, ubs@, cerest@, secretaria@, diretoria@...) are not labelled. ADDRESS is
a person's street + number + complement (lower-case, caps and spoken forms included; bairro, city
and CEP stay out, the CEP is BR_CEP). Agency and account are separate BANK_ACCOUNT spans, whoever
holds them (a member, a payer, a cooperative); bank names and codes are not labelled. PIX_KEY only
for random keys (upper-case ones included); a key that is a CPF, phone or e-mail takes that label.
DATE_OF_BIRTH only for births (spoken ones and dependants' included); accident, notification,
assembly, visit, pickup, due and log dates and ages ("IDADE: 50 A") are not. Masked CPFs
("***.152.677-**") are not labelled; identifiers read out in groups or in words are labelled like
their digits.
Decisions of this set:
- A company's address is not labelled: the cooperatives' sheds ("Rua Sete, 210, Polo de Reciclagem,
  Estrutural"), yards, buyers, ecopontos and city halls, written without a CEP. A condominium that
  asks for bins is named, never addressed. A resident's home (a pickup address, the origin of a small
  renovation's rubble at the ecoponto), a member's, a seller's on a receipt, a dealer's home in the
  BO and a claimant's are persons' addresses and are labelled.
- NIS (CadÚnico), NIT and PIS/PASEP are one number: BR_PIS. A migrant's RNM is not one of the labels
  and is left unlabelled.
- Pickers' nicknames are PERSON, one span, trade words included ("Nonô da Carroça", "Cida do
  Papelão", "Pedrão Reciclagem", "Zé Ferro-Velho", "Glória da Carroça"), and so are free nicknames
  ("Galego", "Preá", "Baixinha", "XUXA" after "VULGO"). A chat's @mention is PERSON without the "@".
- PROFESSIONAL_ID: CRM, COREN, CREA, CRC, OAB and CRESS (social workers: "CRESS 4ª Região nº 49826",
  "CRESS/MG 2335", "CRESS-MG nº 21.505"), with the acronym and the UF or region.
- LICENSE_PLATE: every plate is labelled (collection trucks and the city's trucks, buyers' trucks and
  trailers, the ambulance, residents' and sellers' cars, the suspect's car); a horse cart's
  municipal number, a patrol car's prefix and fleet numbers are not; the script checks that no
  plate-shaped token stands outside the spans.
- A full card number typed in a chat or an e-mail is CREDIT_CARD.
- NOT labelled: weighing-ticket, MTR, CDF, NF-e and NFS-e numbers, Renavam (11 digits drawn to fail
  every check), CA numbers of PPE, CTPS, matrículas, the officers' RE, BO, civil inquiry,
  administrative process, contract and protocol numbers, Pix E2E ids, serials and IMEIs, private
  IPs, vaccine lots, CBO codes, ICD-10 codes, money and weights, percentages.

Names: Brazilian names of many origins (Portuguese common, north-eastern and old-fashioned, coined,
Italian, German, Polish, Ukrainian, Armenian, Lebanese, Syrian, Japanese, Korean, Chinese, Haitian,
Angolan, Nigerian, Senegalese, Cape Verdean, Cuban, Colombian, Bolivian, Peruvian, Paraguayan,
Venezuelan, Warao, indigenous, Jewish), rare or invented name words well above a quarter (main()
prints the share). Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela,
Esperança, Serena, Cristal, Prata, Branca, Bento, Prudente, Amado, Leão, Branco, Justo, Sereno,
Dourado, Ferro...) are names here and, elsewhere, words, materials, cooperatives, firms, streets and
cities, not persons ("papel branco", "PET cristal", "foi uma vitória fechar a carga", "seria prudente
enlonar o papelão", "o leão da Receita", "o sereno molhou os fardos", "Ferro-Velho do Branco",
"Cooperativa Rosa Reciclagem", "Vidraria Sereno", "Presidente Prudente", "Rua Bento Gonçalves");
streets named after people are places when they stand alone ("o caminhão quebrou na chico mendes",
"a coleta da frei damião mudou pra quinta") and part of ADDRESS inside a person's address.

Hard negatives: CNJ numbers, mistyped CPFs (checked to fail), Renavam numbers, ticket, MTR, CDF,
NF-e, NFS-e, protocol, contract, BO and inquiry numbers (11-digit ones checked to fail CPF, PIS and
CNH), serials, IMEIs, E2E ids, private IPs, masked CPFs, ICD-10 codes (S61.0, S61.9, S62.6, S42.0,
S93.4, S33.5, T15.9, T22.2, W54, Z20.9, M54.5, A27.9, L24.9, J45.9, B86, T79.3, M75.1...), CBO codes,
CA numbers, money and weights, laws and rules (Lei 12.305/2010, Decreto 10.936/2022, Lei
14.133/2021, Lei 5.764/1971, Lei 7.347/1985, Lei 12.153/2009, Decreto 10.240/2020, Decreto
11.413/2023, NR-6, NR-12, arts. 2º, 3º, 467, 477 and 791-A of the CLT, arts. 155 and 180 of the CP,
art. 397 of the Civil Code), non-birth dates, ages; the script checks CPF-, PIS-, CNH-, título-,
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
NUM_WORDS = ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools, IMMIGRANT_SUR and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned,
# coined or foreign name words that are not in the common Brazilian name lists; main() prints their
# share among the PERSON words.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline", "Sandra",
            "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Mariana", "Gabriela", "Luciana", "Vanessa", "Luana", "Tatiane",
            "Raquel", "Cristiane", "Simone", "Ana Paula", "Larissa", "Maria Eduarda", "Rita", "Priscila", "Carla", "Débora",
            "Beatriz", "Renata", "Natália", "Raimunda", "Sebastiana", "Josefa", "Aparecida", "Lúcia", "Vera", "Cláudia",
            "Maria José", "Edna", "Sueli", "Elaine", "Rosângela", "Regina", "Joana", "Tereza"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael",
            "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego", "Anderson", "Leandro",
            "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Sérgio", "Vinícius", "Roberto", "Jorge",
            "Raimundo", "Sebastião", "Severino", "Manoel", "Benedito", "Joaquim", "Valdir", "Edson", "Wellington", "Cícero",
            "Davi", "Miguel", "Arthur", "Damião", "Reginaldo"]
RARE_F = ["Cicerlândia", "Josivânia", "Rivanilda", "Lucivânia", "Damiana", "Francileide", "Zenilda", "Erisvalda", "Maria Dasdores",
          "Josilene", "Genivalda", "Marizete", "Adenilza", "Nilzelane", "Valquíria Sol", "Edineide", "Irismar", "Zefa Maria",
          "Rosenilda", "Zelândia", "Odaléia", "Ednelza", "Jucilene", "Ilzamar", "Valdelice", "Genilda", "Zulmira", "Iranildes",
          "Claudinéia", "Gessy", "Kailane", "Ketlyn", "Yasmyn", "Thamyres", "Raíssa Kauane", "Lurdilene", "Zenaíde", "Rozimeire",
          "Anaíldes", "Marilac", "Nazinha", "Quitéria", "Brasilina", "Joanice", "Nilzete", "Sirlândia", "Laudelina", "Elzimar",
          "Kethllen", "Ruthinéia", "Domitila", "Eudóxia", "Ozelita", "Edinalva", "Zilá", "Cremilda", "Alzerina", "Dejanira",
          "Edjane", "Ivanilde", "Zuleide", "Neusimar", "Gildete", "Rosimeiry", "Jozélia", "Ariclenes", "Elionora", "Kássia Suellen",
          "Cosma", "Severina Dalva", "Luzinete", "Maricleide", "Jaqueliny", "Wandeclécia"]
RARE_M = ["Genivaldo", "Josivaldo", "Cicinato", "Eriberto", "Orlandino", "Valdemiro", "Adenilson", "Josenildo", "Gerivaldo",
          "Edmilton", "Franciscleudo", "Rivelino", "Djalminha", "Juscelino", "Irineu", "Aurino", "Cosme Damião", "Geraldino",
          "Adamastor", "Hermógenes", "Deoclécio", "Ubaldino", "Crispiniano", "Gumercindo", "Nerivaldo", "Waldecy", "Claudionor",
          "Dorivaldo", "Sinfrônio", "Lucivaldo", "Eronildes", "Gerinaldo", "Joscelino", "Deusimar", "Jadiel", "Kelvyn",
          "Wesley Kauã", "Maxsuel", "Odorico", "Anacleto", "Epaminondas", "Teotônio", "Leovigildo", "Rosalvo", "Zózimo",
          "Arquimedes", "Dagoberto", "Eliomar", "Isaltino", "Jocimar", "Lindolfo", "Nestório", "Osmarino", "Quintino", "Ronivon",
          "Ueliton", "Wanderlan", "Olegário", "Hildebrando", "Juvêncio", "Florisvaldo", "Edelberto", "Ataliba", "Possidônio",
          "Aristeu", "Dejair", "Gilmário", "Valfredo", "Jucimar", "Osvaldir", "Ednaldo", "Edivânio", "Gedeão", "Jairo Kauê"]
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
        "Chukwuemeka": "Emeka", "Oluwaseun": "Seun", "Dejair": "Deja", "Edjane": "Jane", "Joaquim": "Quinzinho", "Valdir": "Vadi"}
# trade nicknames of pickers and scrap dealers: one PERSON span, the material word included
TRADE = [" do Papelão", " da Latinha", " do Ferro", " do Cobre", " da Carroça", " do PET", " Sucata", " Garrafa", " da Esteira",
         " do Carrinho", " Reciclagem", " da Prensa", " do Alumínio", " Ferro-Velho"]
FREE_NICK = ["Galego", "Magrão", "Baixinha", "Careca", "Preá", "Tiziu", "Cabeção", "Galega", "Pitoco", "Moreno", "Ruivo", "Xuxa",
             "Branquinha", "Neném", "Dedé", "Biguá"]
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
}
RARE_ORIGINS = ("ua", "cu", "kr", "cn", "ht", "ao", "sn", "in", "wa", "jw", "bo", "py", "ve", "cv", "pl", "am", "pe", "ng", "sy", "co")
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
                "Projetada 7", "Catadora Cosma Sucupira", "dos Garimpeiros", "do Ferro Velho Antigo", "Mestre Genivaldo Pajeú",
                "Beco do Papelão", "Santa Luzia", "Frei Damião"]
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
           "Conjunto Bento Ribeiro", "Lixão Velho", "Vila Nova Aurora", "Jardim Gramacho", "Várzea", "Estrutural", "Ilha do Rato"]
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
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
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
            addr: bool = True, dob: bool = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job=None) -> None:
    """'NAME, brasileira, solteira, atriz, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
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



# --------------------------------------------------------------------------- register: recycling, waste pickers, scrap yards

SEED = 12626
OUT_NAME = "hundredtwentysixth.jsonl"

# (brand, legal name, acronym, domain)
COOPS = [
    ("Cooperativa Rosa Reciclagem", "Cooperativa de Trabalho dos Catadores de Materiais Recicláveis Rosa Reciclagem", "COOPERROSA", "cooperrosa.org.br"),
    ("Associação Bento Unidos", "Associação dos Catadores de Materiais Recicláveis Bento Unidos", "ASCABU", "ascabu.org.br"),
    ("Recicla Aurora", "Cooperativa de Reciclagem Aurora do Vale", "COOPAURORA", "recicla-aurora.coop.br"),
    ("Coopervida Serena", "Cooperativa de Catadores Vida Serena", "COOPERVIDA", "coopervidaserena.org"),
    ("Mãos da Luz", "Associação de Catadoras e Catadores Mãos da Luz", "AMALUZ", "maosdaluz.org.br"),
    ("Esperança Reciclável", "Cooperativa Esperança Reciclável de Catadores Autônomos", "COOPESPE", "esperancareciclavel.com.br"),
    ("Coopercata Prudente", "Cooperativa dos Catadores de Presidente Prudente", "COOPERCATA", "coopercata.org.br"),
    ("Flor do Cerrado Recicla", "Cooperativa Flor do Cerrado de Reciclagem Solidária", "COOFLOR", "flordocerrado.coop.br"),
]
# (brand, legal name, domain)
SCRAPYARDS = [("Ferro-Velho Leão", "Leão Comércio de Sucatas Ltda.", "ferrovelholeao.com.br"),
              ("Sucata Amado & Filhos", "Amado & Filhos Comércio de Metais Ltda. ME", "sucataamado.com.br"),
              ("Ferro-Velho do Branco", "Branco Reciclagem de Metais Ltda.", "ferrovelhobranco.com.br"),
              ("Bonfim Metais", "Bonfim Metais Recicláveis Ltda.", "bonfimmetais.com.br"),
              ("Sucatão Vitória", "Vitória Sucatas e Aparas Ltda.", "sucataovitoria.com.br"),
              ("Depósito Justo Papelão", "Justo Aparas e Papelão Ltda. ME", "justopapelao.com.br"),
              ("Reciclagem Tinoco", "Tinoco Reciclagem e Comércio Ltda.", "reciclagemtinoco.com.br")]
# (legal name, domain, trade)
BUYERS = [("Aparas Celeste Comércio de Papéis Ltda.", "aparasceleste.com.br", "papel"),
          ("PET Norte Plásticos Reciclados S.A.", "petnorte.com.br", "plastico"),
          ("Vidraria Sereno Cacos de Vidro Ltda.", "vidrariasereno.com.br", "vidro"),
          ("Metalúrgica Quaresma Alumínio Ltda.", "quaresmaaluminio.com.br", "metal"),
          ("Embalagens Estrela Guia S.A.", "estrelaguiaembalagens.com.br", "papel"),
          ("Polímeros Flor de Lis Ltda.", "polimerosflordelis.com.br", "plastico"),
          ("Fundição Aroeira Ltda.", "fundicaoaroeira.com.br", "metal")]
MATERIALS = {"papel": [("papelão (OCC)", 0.55, 0.95), ("aparas de papel branco", 0.9, 1.5), ("papel misto", 0.25, 0.5),
                       ("jornal/revista", 0.3, 0.6), ("longa vida (cartonada)", 0.2, 0.45)],
             "plastico": [("PET cristal", 2.2, 3.6), ("PET verde", 1.6, 2.5), ("PEAD branco", 2.0, 3.1), ("PEAD colorido", 1.4, 2.2),
                          ("PP misto", 1.3, 2.1), ("PEBD filme (plástico mole)", 0.8, 1.6)],
             "metal": [("latinha de alumínio", 6.5, 9.8), ("alumínio perfil", 7.0, 10.5), ("cobre (fio mel)", 38.0, 49.0),
                       ("cobre misto", 29.0, 40.0), ("metal amarelo (latão)", 22.0, 31.0), ("sucata de ferro mista", 0.6, 1.2), ("inox", 4.5, 7.5)],
             "vidro": [("caco de vidro misto", 0.08, 0.22), ("vidro âmbar", 0.12, 0.25), ("vidro incolor", 0.15, 0.3)]}
ALL_MATS = [m for v in MATERIALS.values() for m in v]
MUNI_BODIES = ["Secretaria Municipal de Meio Ambiente", "Secretaria de Serviços Urbanos", "Autarquia de Limpeza Urbana",
               "Departamento de Resíduos Sólidos", "Secretaria de Obras e Zeladoria"]
PROGRAMS = ["Coleta Seletiva Solidária", "Recicla Bairro", "Coleta Porta a Porta", "Programa Lixo Zero Municipal", "Bairro Limpo"]
# (name, domain, scope): reverse-logistics entities and programmes
REVERSE = [("Instituto Volta Embalagem", "voltaembalagem.org.br", "embalagens em geral"),
           ("Ciclo Reverso Gestora de Logística Reversa Ltda.", "cicloreverso.com.br", "eletroeletrônicos"),
           ("Elo Verde Eletroeletrônicos", "eloverde.org.br", "eletroeletrônicos"),
           ("Rede Descarte Certo", "descartecerto.eco.br", "eletroeletrônicos, pilhas e lâmpadas"),
           ("Retorna Vidro", "retornavidro.org.br", "embalagens de vidro")]
E_ITEMS = ["geladeira duplex", "televisor de tubo 29 polegadas", "micro-ondas", "notebook", "impressora multifuncional",
           "máquina de lavar", "ar-condicionado de janela", "computador (CPU e monitor)", "três celulares antigos", "fogão 4 bocas",
           "freezer horizontal", "tanquinho", "aspirador de pó", "ventilador de coluna"]
BOTS = ["Catabot", "Coletinha", "ZapColeta", "Reci", "EcoBot"]
SCALES = ["BalançaNet", "PesaFácil", "PesoCerto"]
VEHICLES = ["caminhão baú", "caminhão gaiola", "VW 24.280 gaiola", "Mercedes Accelo", "Fiat Strada", "Kombi", "Ford Cargo 816",
            "caminhonete F-4000", "VUC", "Fiorino", "caminhão compactador"]
ECOPONTOS = ["Ecoponto Vila Rosa", "Ecoponto São Bento", "Ecoponto Jardim Aurora", "Ecoponto Bonfim", "PEV Cidade Nova", "Ecoponto Estrela"]
UBS = ["UBS Jardim Aurora", "UBS Vila Rosa", "UBS Cidade Nova", "UPA 24h São Bento", "Policlínica Bonfim", "ESF Vila Esperança",
       "UBS Lixão Velho", "Consultório na Rua — equipe 2"]
HOSPITALS = ["Hospital Municipal Prudente de Morais", "Santa Casa de Misericórdia", "Pronto-Socorro Central", "Hospital São Bento",
             "Hospital Regional Aurora", "UPA 24h Vila Rosa"]
OCC_CLINICS = [("Clínica Ocupacional Prumo", "clinicaprumo.com.br"), ("MedTrab Bonfim", "medtrabbonfim.com.br"),
               ("Ocupa Vida Saúde do Trabalhador", "ocupavida.com.br"), ("SESMT Aurora Medicina do Trabalho", "sesmtaurora.com.br")]
# (what happened, ICD-10, description, place, the analysis' causes)
ACC_CASES = [("ao rasgar um saco na esteira de triagem, foi perfurad{o} no dedo por agulha de seringa descartada no lixo", "S61.0",
              "ferimento de dedo sem lesão da unha (exposição a material biológico)", "esteira de triagem",
              "- O material chegou misturado (rejeito com perfurocortante) da coleta de um condomínio.\n- A luva em uso não era resistente a perfuração.\n"),
             ("cortou a palma da mão em caco de vidro escondido em fardo de papelão", "S61.9", "ferimento do punho e da mão", "pátio de fardos",
              "- Vidro descartado junto com papelão, sem separação na fonte.\n- A luva de tecido estava rasgada e não foi trocada.\n"),
             ("teve a mão prensada na prensa hidráulica ao ajustar o arame do fardo", "S62.6", "fratura de outro dedo da mão", "prensa 2",
              "- A máquina não tinha proteção fixa nem botão de emergência ao alcance (NR-12).\n- O treinamento de operação da prensa não foi renovado.\n"),
             ("caiu da carroceria do caminhão de coleta durante a rota, ao descer com o caminhão ainda em movimento", "S42.0",
              "fratura da clavícula", "caminhão de coleta (rota 4)",
              "- O coletor viajava no estribo traseiro, prática proibida.\n- A rota estava atrasada e o motorista não esperou a descida.\n"),
             ("escorregou no chorume acumulado no piso do galpão e torceu o tornozelo", "S93.4", "entorse do tornozelo", "área de descarga",
              "- O piso estava molhado de chorume, sem canaleta de drenagem.\n- A bota em uso não era antiderrapante.\n"),
             ("ao levantar um bag de vidro de cerca de 60 kg sentiu dor lombar súbita", "S33.5", "entorse da coluna lombar", "baia de vidro",
              "- O bag foi levantado sem ajuda e sem a paleteira, que estava quebrada.\n- Não havia rodízio na descarga do caminhão.\n"),
             ("foi atingid{o} no olho por respingo de resto de produto químico de uma embalagem", "T15.9",
              "corpo estranho na parte externa do olho", "esteira de triagem",
              "- Embalagens de produtos químicos chegaram sem tríplice lavagem.\n- Os óculos de proteção estavam no armário, não em uso.\n"),
             ("ao cortar cabo com maçarico no pátio sofreu queimadura no antebraço", "T22.2", "queimadura de segundo grau do membro superior",
              "pátio de metais", "- O corte era feito sem avental de raspa nem mangote.\n- Havia cabo com isolamento que não poderia ser queimado.\n"),
             ("foi mordid{o} por cão ao recolher material na rota do bairro", "W54", "mordedura de cão", "rota porta a porta",
              "- O portão do imóvel estava aberto e o cão solto.\n- A equipe não tinha orientação sobre abordagem de imóveis com animais.\n")]
# (complaint, exam, ICD-10, description)
UBS_CASES = [("dor lombar há 3 semanas após carregar bags no galpão", "Lasègue negativo, contratura paravertebral", "M54.5", "dor lombar baixa",
              "dipirona 1 g 6/6h se dor; fisioterapia na rede; orientação sobre levantamento de peso"),
             ("febre, dor nas panturrilhas e olhos amarelados há 4 dias; relata ratos no galpão", "icterícia +/4+, dor à palpação de panturrilhas",
              "A27.9", "leptospirose não especificada (suspeita)", "colhida sorologia para leptospirose; doxiciclina; hidratação; retorno em 48 h; notificação à vigilância"),
             ("coceira nas mãos após manusear embalagens de produtos de limpeza", "placas eritematosas descamativas no dorso das mãos", "L24.9",
              "dermatite de contato por irritante", "creme de barreira; luva nitrílica; corticoide tópico 7 dias"),
             ("tosse e chiado que pioram no galpão com poeira de papel", "sibilos difusos, sat 95%", "J45.9", "asma não especificada",
              "salbutamol spray; máscara PFF2 na triagem; espirometria na rede"),
             ("coceira noturna intensa, os filhos com o mesmo quadro", "pápulas escoriadas em interdígitos e punhos", "B86", "escabiose",
              "permetrina 5% para toda a família; lavar roupas a 60 °C"),
             ("corte no pé com caco de vidro há 2 dias, vermelhidão e dor", "ferimento com sinais flogísticos, sem coleção", "T79.3",
              "infecção pós-traumática de ferimento", "cefalexina 500 mg 6/6h 7 dias; curativo diário; dT atualizada"),
             ("dor no ombro direito ao puxar o carrinho", "Neer e Hawkins positivos", "M75.1", "síndrome do manguito rotador",
              "anti-inflamatório 5 dias; fisioterapia; ultrassom do ombro")]
SICK_ICD = [("M54.5", "lombalgia"), ("J11", "influenza"), ("A09", "gastroenterite"), ("S61.9", "ferimento da mão"), ("L24.9", "dermatite de contato"),
            ("T79.3", "infecção de ferimento"), ("B86", "escabiose"), ("S93.4", "entorse do tornozelo"), ("J06.9", "IVAS"), ("H10.3", "conjuntivite aguda")]
VACCINES = ["dT (dupla adulto)", "Hepatite B", "Influenza 2026", "Influenza 2025", "Febre amarela", "Covid-19 (reforço)", "Tríplice viral"]
DOSES = ["D1", "D2", "D3", "reforço", "dose única", "DU", "D1", "D2"]
EPI = ["luva nitrílica", "luva de vaqueta", "bota de PVC", "botina com biqueira", "óculos de proteção", "avental de raspa", "máscara PFF2",
       "protetor auricular plug", "colete refletivo", "boné árabe"]
ROLE_BOXES = ["sac", "contato", "atendimento", "coleta", "coletaseletiva", "agendamento", "ouvidoria", "logisticareversa", "descarte",
              "eletronicos", "compras", "financeiro", "cooperativa", "secretaria", "diretoria", "juridico", "meioambiente", "fiscalizacao",
              "ecoponto", "rh", "sesmt", "dp", "nfe", "faturamento", "cobranca", "comercial", "no-reply", "naoresponda", "protocolo",
              "dpo", "lgpd", "saude", "ubs", "imunizacao", "contabilidade", "tesouraria", "certificados", "creditos", "gabinete",
              "licitacoes", "contratos", "promotoria", "vigilancia", "cerest", "agenda", "balanca", "pesagem", "expedicao"]
ROLES = [("catador", "catadora"), ("triador", "triadora"), ("operador de prensa", "operadora de prensa"), ("motorista", "motorista"),
         ("coletor", "coletora"), ("encarregado do galpão", "encarregada do galpão"), ("balanceiro", "balanceira"), ("separador", "separadora")]
SHEDS = ["Rua Projetada 4, s/n, Galpão 2, Distrito Industrial", "Av. Marginal do Rio, 2.300, galpão B, Várzea",
         "Estrada Municipal do Aterro, km 3", "Rua da Reciclagem, 40, fundos do Ecoponto, Cidade Nova",
         "Rodovia SP-270, km 571, galpão 7", "Av. Industrial, 1.150, Barracão 3, Distrito Industrial II",
         "Travessa do Galpão, 88, Jardim Gramacho", "Rua Sete, 210, Polo de Reciclagem, Estrutural"]


def coop(g: Gen) -> tuple[str, str, str, str]:
    return g.pick(COOPS)


def scrapyard(g: Gen) -> tuple[str, str, str]:
    return g.pick(SCRAPYARDS)


def buyer(g: Gen, trade: str | None = None) -> tuple[str, str, str]:
    return g.pick([b for b in BUYERS if trade is None or b[2] == trade])


def muni(g: Gen) -> tuple[str, str, str, str]:
    """(city, UF, municipal body, e-mail domain of the city hall)."""
    city, uf = g.city()
    slug = re.sub(r"[^a-z]", "", fold(city).lower())
    return city, uf, g.pick(MUNI_BODIES), f"{slug}.{uf.lower()}.gov.br"


def role(g: Gen, p: Person, k: int | None = None) -> str:
    pair = g.pick(ROLES[:k] if k else ROLES)
    return pair[1] if p.female else pair[0]


def nickname(g: Gen, p: Person) -> str:
    """A picker's nickname: a pet name, a pet name with a trade word ("Zé Latinha", "Cida do Papelão") or a free one ("Galego")."""
    r = g.rng.random()
    base = p.nick
    if r < 0.45:
        return base + g.pick(TRADE)
    if r < 0.75:
        return base
    return g.pick(FREE_NICK)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def ticket_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.d(6)}", f"T-{g.d(5)}", f"{g.ri(1, 9)}{g.d(7)}", f"PES-{g.ri(2025, 2026)}-{g.d(5)}"]))


def mtr(g: Gen) -> str:
    """A waste-transport manifest (MTR) number: not labelled."""
    return clean(g, lambda: g.pick([f"{g.ri(24, 26)}{g.d(10)}", f"MTR {g.d(10)}", f"{g.d(4)}.{g.d(6)}"]))


def cdf(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"CDF {g.d(7)}/{g.ri(2025, 2026)}", f"CDF-{g.d(9)}", f"{g.d(6)}/{g.ri(2025, 2026)}"]))


def nfe(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"NF-e {g.d(6)}", f"NF-e nº {g.ri(100, 99999)}", f"NF {g.d(4)}", f"NF-e {g.d(3)}.{g.d(3)} série 1"]))


def nfse(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"NFS-e {g.ri(100, 99999)}", f"NFS-e nº {g.d(6)}", f"RPS {g.d(5)}"]))


def renavam(g: Gen) -> str:
    """A vehicle's Renavam (11 digits drawn to fail every check): not labelled."""
    return clean(g, lambda: g.neg(11))


def prefixo(g: Gen) -> str:
    return g.pick([f"prefixo {g.ri(100, 9999)}", f"frota {g.ri(10, 999):03d}", f"veículo {g.ri(1, 40):02d}"])


def ca_epi(g: Gen) -> str:
    return f"CA {g.ri(5000, 49999)}"


def contrato_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.ri(1, 299):03d}/{g.pick([2024, 2025, 2026])}", f"CT-{g.d(5)}", f"{g.up(2)}{g.d(6)}"]))


def processo_adm(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.d(5)}/{g.ri(2024, 2026)}", f"SEI {g.d(4)}.{g.d(6)}/{g.ri(2024, 2026)}-{g.d(2)}",
                                    f"PA nº {g.d(3)}.{g.d(3)}/{g.ri(2024, 2026)}"]))


def e2e(g: Gen, t: datetime.datetime | None = None) -> str:
    """A Pix end-to-end transaction id (not labelled)."""
    t = t or g.moment()
    return clean(g, lambda: f"E{g.d(8)}{t.strftime('%Y%m%d%H%M')}{g.hexs(11, True)}")


def serial(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.d(1)}{g.up(2)}{g.d(4)}{g.up(1)}{g.d(1)}{g.up(2)}", f"SN{g.hexs(10, True)}", f"BR{g.up(1)}{g.d(3)}{g.up(3)}{g.d(2)}"]))


def imei(g: Gen) -> str:
    """A phone's IMEI (15 digits, Luhn-valid, never a CNS): not labelled."""
    while True:
        b = g.pick(["35", "86", "01"]) + g.d(12)
        n = b + luhn_dv(b)
        if not cns_ok(n):
            return n


def bo_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.up(2)}{g.d(4)}-{g.ri(1, 9)}/{g.ri(2025, 2026)}", f"{g.d(6)}/{g.ri(2025, 2026)}", f"BO {g.d(4)}/{g.ri(2025, 2026)}"]))


def ctps(g: Gen, uf: str) -> str:
    return g.pick([f"{g.d(7)} série {g.d(4)}-{uf}", f"{g.d(7)}/{g.d(5)}-{uf}", "digital"])


def lote_vacina(g: Gen) -> str:
    return g.pick([f"{g.up(2)}{g.d(4)}", f"{g.d(3)}{g.up(1)}{g.d(2)}", f"{g.up(1)}{g.d(5)}-{g.d(1)}"])


def money(g: Gen, lo: float, hi: float) -> float:
    return round(g.rng.uniform(lo, hi), 2)


def word_neg(g: Gen) -> str:
    """A sentence with name-like words used as words, materials, firms and places (never labelled)."""
    return g.pick(["O papel branco está valendo quase o dobro do papel misto nesta semana.",
                   "O PET cristal subiu; o verde continua parado no pátio.",
                   "Seria prudente enlonar os fardos de papelão antes da chuva.",
                   "Foi uma vitória fechar a carga de alumínio antes do fim do mês.",
                   "A luz do galpão 2 queimou de novo; a esteira parou às 16h.",
                   "O leão da Receita levou boa parte do que a cooperativa recebeu pela venda.",
                   "A Aparas Celeste e a Fundição Aroeira mandaram nova tabela de preços.",
                   "Na Rua Bento Gonçalves a coleta porta a porta passa às terças.",
                   "Presidente Prudente e Bento Gonçalves aderiram ao programa de créditos de reciclagem.",
                   "O Ferro-Velho do Branco não compra mais fio sem nota.",
                   "Justo na semana da assembleia a prensa quebrou.",
                   "O sereno da madrugada molhou o papelão que ficou no pátio.",
                   "Esperança de todos é que o galpão novo saia ainda este ano.",
                   "O vidro âmbar vai separado do incolor; o cristal da PET não se mistura com o verde.",
                   "A Vidraria Sereno só retira caco acima de 10 toneladas.",
                   "A rota 3 agora passa pela Dom Hélder Câmara antes de entrar na Irmã Dulce.",
                   "O caminhão ficou atolado na Chico Mendes, perto do Ecoponto Bonfim."])


def chat_neg(g: Gen) -> str:
    """A chat aside with name-like words used as words, materials and places."""
    return g.pick(["a luz do galpão queimou de novo", "foi uma vitória a carga de hoje kkk", "seria prudente enlonar o papelão, vai chover",
                   "justo hoje a prensa travou", "o pet cristal tá quanto essa semana?", "papel branco separado do misto, pfv",
                   "o leão vai morder a nota de novo 😂", "esperança é a última que morre, galpão novo vem", "o sereno molhou os fardos",
                   "o caminhão da prefeitura passou cedo hoje, perdi", "rosa do jardim da praça cresceu tudo kkk", "bento gonçalves ganhou ecoponto novo",
                   "o caminhão quebrou na chico mendes de novo", "a coleta da frei damião mudou pra quinta"])


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "inv": p.inverted, "lfirst": lower(p.first)}[f])


def seat(g: Gen) -> str:
    return g.pick(SHEDS)


# --------------------------------------------------------------------------- atendimento


def say_f(doc: Doc):
    def say(who: str, tpl: str, **vals) -> None:
        doc.t(f"{who}: ")
        doc.f(tpl, **vals)
        doc.t("\n")
    return say


def at_agendamento_zap(g: Gen) -> Doc:
    """A WhatsApp chat with the selective-collection line (the city's programme or a cooperative; a bot, then an attendant): a resident books the pickup of recyclables, bulky waste or electronics at home (name, CPF for the collection receipt, home address, CEP, e-mail, a relative who will be home with a phone), the driver and the truck's plate; or a building manager asks for bins (the condominium named, never its address; her CPF, phone and e-mail for the term, the doorman)."""
    doc = Doc()
    city, uf, body, mdom = muni(g)
    cname, craz, sig, cdom = coop(g)
    municipal = g.chance(0.55)
    acct = g.pick([f"Coleta Seletiva {city}", f"{g.pick(PROGRAMS)} — {city}"]) if municipal else g.pick([f"{cname} — coleta", f"{sig} Agendamentos"])
    bot = g.pick(BOTS)
    att = g.person(female=g.chance(0.65))
    res = g.person()
    drv = g.person(female=g.chance(0.1))
    st = chat_stamp(g)
    tt = iter(seq_times(g, 40, g.moment(hours=(7, 20)), 20, 900))
    if g.chance(0.5):
        doc.f("Conversa do WhatsApp com «a»\n\n", a=acct)
        B, R = V(acct), V("Você")
    else:
        R = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.6) else P(g.pick([res.full, res.short, lower(res.first)]))
        doc.t("Conversa do WhatsApp com ")
        doc.e(*R)
        doc.t("\n\n")
        B = V("Você")
    condo = g.chance(0.3)
    if not condo:
        item = g.pick(E_ITEMS + ["uns 20 fardinhos de papelão", "garrafas de vidro da festa", "um sofá velho e papelão da mudança"])
        cl(doc, st(next(tt)), R, g.pick(["oi, queria agendar a retirada de «i»", "bom dia! vcs recolhem «i»?", "Boa tarde, gostaria de agendar coleta de «i» em casa"]),
           i=item)
        cl(doc, st(next(tt)), B, "Olá! Eu sou «b», assistente virtual. Para agendar a coleta informe em uma mensagem: nome completo, CPF, endereço com CEP e o que será retirado.",
           b=bot)
        doc.t(st(next(tt)))
        doc.e(*R)
        doc.t(": ")
        lowmsg = g.chance(0.45)
        city2 = city
        if lowmsg:
            doc.f("«n» cpf «c» «a» «b» cep «p» «i»\n", n=P(res.low), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), a=(g.address("low"), "ADDRESS"),
                  b=lower(g.pick(BAIRROS)), p=(g.cep(g.chance(0.5)), "BR_CEP"), i=lower(item))
        else:
            doc.f("Nome: «n»\nCPF: «c»\nEndereço: «a» - «b» - «m»\nCEP «p»\nItem: «i»\n", n=P(g.pick([res.full, res.caps])), c=(g.cpf(), "BR_CPF"),
                  a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), m=city2, p=(g.cep(), "BR_CEP"), i=item)
        cl(doc, st(next(tt)), B, "Pedido registrado ✅ protocolo «p». Uma atendente vai confirmar a data em instantes.", p=proto(g))
        if not municipal and g.chance(0.5):
            cl(doc, st(next(tt)), B, "A retirada em casa tem taxa de R$ «v» (combustível do caminhão). Pode ser Pix ou cartão na entrega.", v=brl(g.pick([30.0, 40.0, 50.0])))
            cl(doc, st(next(tt)), R, "pode passar no cartão «k» venc «v»", k=(g.card(g.chance(0.6)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
            cl(doc, st(next(tt)), B, "Por segurança não mande o número do cartão aqui 🙏 o motorista leva a maquininha.")
        cl(doc, st(next(tt)), B, "Oi, «n»! Aqui é «x» «a», da central. A coleta fica para «d», entre «h». Quem passa é o motorista «m», no «v» placa «p».",
           n=P(g.pick([res.first, lower(res.first)])), x="a" if att.female else "o", a=P(g.pick([att.first, att.short])), d=g.pick(["amanhã", "quinta-feira", g.date("short")]),
           h=g.pick(["8h e 12h", "13h e 17h", "7h e 11h"]), m=P(g.pick([drv.first, drv.short, drv.nick])), v=g.pick(VEHICLES[:6]), p=(g.plate(), "LICENSE_PLATE"))
        if g.chance(0.7):
            rel = g.relative(res)
            cl(doc, st(next(tt)), R, "«x» vou estar no trabalho, «k» fica em casa, «n», o cel «y» é «t»", x=g.pick(["eu", "ok mas eu", "blz, eu"]),
               k=g.pick(["minha mãe", "meu filho", "minha sogra", "minha irmã", "meu pai"]), n=P(g.pick([rel.first, rel.full, lower(rel.first)])), y=g.pick(["dela", "dele"]),
               t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
            cl(doc, st(next(tt)), B, "Combinado, anotei no pedido.")
        if g.chance(0.65):
            cl(doc, st(next(tt)), B, "Quer receber o comprovante de destinação por e-mail?")
            cl(doc, st(next(tt)), R, g.pick(["quero sim: «e»", "sim «e»", "pode mandar no «e»"]), e=(g.email(res), "EMAIL_ADDRESS"))
        if g.chance(0.4):
            nb = g.person()
            cl(doc, st(next(tt)), R, "meu vizinho seu «n» tb tem um colchão velho, pode levar junto?", n=P(g.pick([nb.first, nb.nick, nb.short])))
            cl(doc, st(next(tt)), B, "Colchão não entra na coleta seletiva 😕 ele pode levar no «e» ou pedir o Cata-Treco pelo 156.", e=g.pick(ECOPONTOS))
        if g.chance(0.35):
            cl(doc, st(next(tt)), R, chat_neg(g))
    else:
        condo_n = g.pick(["Condomínio Residencial Flor de Lis", "Edifício Bento Prudente", "Condomínio Vila Aurora", "Residencial Jardim das Acácias",
                          "Edifício Leão de Ouro", "Condomínio Parque Serena"])
        cl(doc, st(next(tt)), R, "boa tarde, sou síndica do «c» («b»), queremos aderir à coleta seletiva, como faz?", c=condo_n, b=g.pick(["bloco B", "112 apartamentos", "torres 1 e 2"]))
        cl(doc, st(next(tt)), B, "Olá! Eu sou «b». Para o termo de adesão de condomínios preciso do nome e CPF do(a) síndico(a), um telefone e um e-mail.", b=bot)
        doc.t(st(next(tt)))
        doc.e(*R)
        doc.t(": ")
        doc.f("«n» cpf «c» tel «t» email «e»\n", n=P(g.pick([res.full, res.low])), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
              e=(g.email(res), "EMAIL_ADDRESS"))
        cl(doc, st(next(tt)), B, "Obrigado, «n»! Aqui é «a», da equipe de mobilização. Vamos levar 4 contêineres de 240 L (azul e verde) e fazer uma palestra com os moradores. O termo vai para o e-mail informado.",
           n=P(g.pick([res.first, res.short])), a=P(g.pick([att.first, att.full])))
        dp = g.person(False)
        if g.chance(0.5):
            cl(doc, st(next(tt)), R, "ótimo! o porteiro «n» recebe vcs, o tel da portaria é «t»", n=P(g.pick([dp.first, dp.nick, dp.short])),
               t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
        else:
            cl(doc, st(next(tt)), R, "ótimo! a portaria recebe vcs: «t» (24h)", t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
        cl(doc, st(next(tt)), B, "Perfeito. A coleta no condomínio será às «d», com o caminhão da «c» (placa «p»).", d=g.pick(["terças", "quintas", "segundas e sextas"]),
           c=sig, p=(g.plate(), "LICENSE_PLATE"))
    cl(doc, st(next(tt)), B, g.pick(["Obrigado por separar seu reciclável! ♻️", "Qualquer dúvida, é só chamar. ♻️", "Até mais! 💚"]))
    return doc


def at_156_stt(g: Gen) -> Doc:
    """A speech-to-text call to the city's 156 line about the selective collection (the truck skipped the street, a collector broke a bin, the truck scraped a car, a picker tearing bags): the caller's name, CPF, birth date, address, CEP and phone dictated in groups or in words, the truck's plate, the attendant; and the typed manifestation."""
    doc = Doc()
    city, uf, body, mdom = muni(g)
    cname, craz, sig, cdom = coop(g)
    at = g.person(female=g.chance(0.7))
    c = g.person()
    cpf = g.cpf_digits()
    ddd, local = g.msisdn(g.chance(0.85))
    dd, mm, yy = g.dob_parts(1948, 2004)
    cep = g.cep(False)
    addr = g.address("low")
    plate = g.plate()
    kind = g.pick(["pulou", "lixeira", "carro", "catador"])
    say = say_f(doc)
    doc.f("Transcrição automática — Central 156 «c» — início «h» — confiança média «k»%\n\n", c=city, h=f"{g.hm()}:{g.ri(0, 59):02d}", k=g.ri(78, 95))
    A = g.pick(["atendente", "agente", "locutor 1"])
    C = g.pick(["munícipe", "cliente", "locutor 2"])
    say(A, "central 156 prefeitura de «c» «x» meu nome é «a» com quem eu falo", c=lower(city), x=g.pick(["bom dia", "boa tarde"]), a=P(lower(at.first)))
    say(C, "«x» «n»", x=g.pick(["aqui é", "é", "oi é"]), n=P(g.pick([c.low, lower(c.short)])))
    say(A, "«s» «n» pode me informar seu cpf", s="senhora" if c.female else "senhor", n=P(lower(c.first)))
    say(C, "«c»", c=(stt_cpf(cpf, g), "BR_CPF"))
    say(A, "e a data de nascimento")
    say(C, "«d»", d=(g.pick([f"{dd} do {mm} de {yy}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} {mm} {yy}"]),
                     "DATE_OF_BIRTH"))
    say(A, "qual o motivo da sua ligação")
    said_plate = False
    if kind == "pulou":
        say(C, "o caminhão da coleta seletiva não passa na minha rua faz «k» semanas o reciclável tá acumulando na calçada", k=g.pick(["duas", "três", "quatro"]))
    elif kind == "lixeira":
        say(C, "o coletor jogou minha lixeira no chão e quebrou a tampa eu anotei a placa do caminhão «p»", p=(plate, "LICENSE_PLATE"))
        said_plate = True
    elif kind == "carro":
        say(C, "o caminhão da reciclagem raspou no meu carro que tava estacionado na frente de casa a placa era «p»", p=(plate, "LICENSE_PLATE"))
        said_plate = True
    else:
        say(C, "tem um rapaz que rasga os sacos de lixo na minha rua queria saber se ele é da cooperativa")
        say(A, "a coleta oficial é feita pela «c» os cooperados usam colete e crachá com foto", c=lower(cname))
    say(A, "qual o endereço da ocorrência")
    say(C, "«a» bairro «b» cep «p»", a=(addr, "ADDRESS"), b=lower(g.pick(BAIRROS)), p=(stt_groups(cep, g), "BR_CEP"))
    say(A, "um telefone pra retorno")
    mob = len(local) == 9
    say(C, "«t»", t=(g.pick([f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mob else f"{ddd} {local[:4]} {local[4:]}",
                             f"{spoken_digits(ddd, g)} {spoken_digits(local, g)}", f"{ddd} {local[:-4]} {local[-4:]}"]), "PHONE_NUMBER"))
    if said_plate and g.chance(0.5):
        say(A, "só confirmando a placa «p»", p=(plate, "LICENSE_PLATE"))
        say(C, "isso")
    pr = proto(g)
    say(A, "registrei sua manifestação o protocolo é «p» o prazo de resposta é de até quinze dias úteis", p=pr)
    say(C, g.pick(["tá bom obrigada", "ok obrigado", "beleza", "tá certo"]))
    doc.t("\n--- Manifestação registrada ---\n")
    assunto = {"pulou": "Coleta seletiva — falta de coleta", "lixeira": "Coleta seletiva — dano a lixeira", "carro": "Coleta seletiva — dano a veículo",
               "catador": "Coleta seletiva — informação"}[kind]
    fields = [("Protocolo", V(pr)), ("Munícipe", P(g.pick([c.full, c.caps]))), ("CPF", (fmt_cpf(cpf), "BR_CPF")),
              ("Nascimento", (f"{dd:02d}/{mm:02d}/{yy}", "DATE_OF_BIRTH")), ("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("Endereço", (g.address() if g.chance(0.3) else addr, "ADDRESS")), ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP")),
              ("Assunto", V(assunto))]
    if said_plate:
        fields.append(("Placa informada", (plate, "LICENSE_PLATE")))
    fields.append(("Encaminhado a", V(g.pick([body, f"{cname} (contrato de coleta)", "Fiscalização de Limpeza Urbana"]))))
    fields.append(("Atendente", P(at.short) if g.chance(0.55) else V(login(at, g))))
    kv_block(doc, fields, g.pick(["lines", "dots", "caps", "box"]))
    return doc


def at_ficha_cadastro(g: Gen) -> Doc:
    """A cooperative's registration form of a new member (typed, ruled box, CAPS labels, or a scan with OCR confusions): name, nickname, birth date, CPF, RG, NIS, título and CNS sometimes, address, CEP, phone and a neighbour for messages, dependants with birth dates, how the monthly share is paid (a Pix key of any kind or agency and account); the interviewer and the social worker's CRESS."""
    doc = Doc()
    cname, craz, sig, cdom = coop(g)
    origin = "pt" if g.chance(0.75) else g.pick(["ht", "ve", "wa", "bo", "sn", "in", "py", "ao"])
    m = g.person(origin=origin)
    sw = g.person(female=g.chance(0.8))
    iv = g.person()
    style = g.pick(["lines", "box", "caps", "dots", "scan", "scan"])
    scan = style == "scan"
    K = (lambda s: ocr(s, g, 0.3)) if scan else (lambda s: s)
    N = (lambda s: ocr(s, g, 0.35, names=True)) if scan else (lambda s: s)
    hdr = f"{craz.upper()} — {sig}\nFICHA DE CADASTRO DE COOPERADO(A) Nº {g.ri(1, 480):03d}\n\n"
    doc.t(ocr(hdr, g, 0.4) if scan else hdr)
    city, uf = g.city()
    fields = [(K("Nome"), P(N(m.capsf if scan or style == "caps" else g.pick([m.full, m.caps]))))]
    if g.chance(0.6):
        fields.append((K("Apelido"), P(N(nickname(g, m)))))
    fields.append((K("Data de nascimento"), (g.dob(g.pick(["br", "br", "nopad", "short"]), 1950, 2006), "DATE_OF_BIRTH")))
    birth = {"ht": "Porto Príncipe/Haiti", "ve": "Maturín/Venezuela", "wa": "Tucupita/Venezuela", "bo": "El Alto/Bolívia", "sn": "Dakar/Senegal",
             "py": "Ciudad del Este/Paraguai", "ao": "Luanda/Angola", "in": g.pick(["aldeia Jaguapiru, Dourados/MS", "aldeia Bananal, Peruíbe/SP", "aldeia Kondá, Chapecó/SC"])}.get(origin, "/".join(g.city()))
    fields.append((K("Naturalidade"), V(birth)))
    fields.append((K("Estado civil"), V(g.pick(CIVIL[m.female]))))
    fields.append((K("CPF"), (g.cpf(), "BR_CPF")))
    if g.chance(0.25):
        fields.append((K("Obs. CPF"), V(f"na 1ª ficha constava {g.neg_cpf()} (erro de digitação, conferido no documento)")))
    if origin not in ("pt", "in"):
        fields.append((K("RNM (migrante)"), V(f"{g.up(1)}{g.d(6)}-{g.pick('0123456789X')}")))
    elif g.chance(0.85):
        fields.append((K("RG"), (g.rg(), "BR_RG")))
        fields.append((K("Órgão"), V(g.pick(RG_ORG))))
    else:
        fields.append((K("CNH"), (g.cnh(), "BR_CNH")))
    fields.append((K("NIS (CadÚnico)"), (g.pis(), "BR_PIS")))
    if g.chance(0.35):
        fields.append((K("Título de eleitor"), (g.titulo(), "BR_TITULO_ELEITOR")))
    if g.chance(0.45):
        fields.append((K("Cartão SUS"), (g.cns(), "BR_CNS")))
    fields.append((K("Endereço"), (N(g.address("caps" if scan or style == "caps" else "text")), "ADDRESS")))
    fields.append((K("Bairro"), V(g.pick(BAIRROS))))
    fields.append((K("Município/UF"), V(f"{city}/{uf}")))
    fields.append((K("CEP"), (g.cep(g.chance(0.8)), "BR_CEP")))
    if g.chance(0.8):
        fields.append((K("Telefone"), (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")))
    else:
        fields.append((K("Telefone"), V("não tem")))
    if g.chance(0.55):
        nb = g.person(female=g.chance(0.7))
        fields.append((K("Recado com"), P(N(g.pick([nb.first, nb.short, nb.nick])))))
        fields.append((K("Tel. recado"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    fields.append((K("Escolaridade"), V(g.pick(["fundamental incompleto", "não alfabetizado(a)", "fundamental completo", "médio incompleto", "médio completo", "EJA em curso"]))))
    fields.append((K("Tempo como catador(a)"), V(g.pick(["2 anos", "desde criança", "8 anos", "1 ano e meio", "15 anos, antes no lixão", "6 meses"]))))
    fields.append((K("Função pretendida"), V(role(g, m))))
    kv_block(doc, fields, "caps" if scan else style)
    deps = g.ri(0, 2)
    if deps:
        doc.t(ocr("\nDEPENDENTES\n", g, 0.3) if scan else "\nDependentes\n")
        rows = []
        for _ in range(deps):
            d = g.relative(m)
            kin = g.pick(["filha", "neta", "enteada", "companheira"] if d.female else ["filho", "neto", "enteado", "companheiro"])
            lo, hi = (1955, 2002) if kin.startswith("compan") else (2008, 2025)
            rows.append([P(N(d.capsf if scan else g.pick([d.full, d.caps]))), V(kin), (g.dob("br", lo, hi), "DATE_OF_BIRTH"), (g.cpf(), "BR_CPF") if g.chance(0.4) else V("-")])
        table_ruled(doc, ["nome", "parentesco", "nascimento", "CPF"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.t(ocr("\nRECEBIMENTO DO RATEIO\n", g, 0.3) if scan else "\nRecebimento do rateio\n")
    r = g.rng.random()
    if r < 0.5:
        kind_, kv = pix_key(g, m)
        doc.f("Pix — chave «k»: «v»\n", k=kind_, v=kv)
    elif r < 0.85:
        b = g.pick(BANKS)
        doc.f("«b» — agência «a» — «t» «c»\n", b=b[1], a=(g.agency(), "BANK_ACCOUNT"), t=g.pick(["conta poupança op. 013", "conta corrente", "conta"]),
              c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.t("Em espécie, no galpão (não possui conta).\n")
    doc.t("\n")
    doc.f("Entrevista: «n» · Parecer social: «s» — «c»\n", n=P(N(g.pick([iv.first, iv.short]))) if g.chance(0.6) else V(login(iv, g)), s=P(N(g.pick([sw.full, sw.short]))), c=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    tpl = "Aprovad«o» em assembleia de «d». Período de experiência: 90 dias.\n"
    doc.f(ocr_t(tpl, g, 0.3) if scan else tpl, o=m.o, d=g.date("br"))
    doc.t(g.pick(["Assinatura: ________________________\n", "Assinatura: (impressão digital)\n", "Assinado a rogo, por não saber ler.\n"]))
    return doc


def at_ferro_velho_livro(g: Gen) -> Doc:
    """A scrap yard's purchase register, kept against cable theft (typed, ALL CAPS or OCR'd scan): each seller with RG, CPF or CNH, a phone sometimes, the vehicle's plate or a cart, material, weight, price; the clerks; refused loads of burnt copper cable reported to the municipal guard."""
    doc = Doc()
    sname, sraz, sdom = scrapyard(g)
    day = g.day()
    scan = g.chance(0.45)
    hdr = (f"LIVRO DE REGISTRO DE AQUISIÇÃO DE SUCATA E MATERIAL RECICLÁVEL\n{fold(sname).upper()} — {fold(sraz).upper()}\n"
           f"(LEI MUNICIPAL Nº {g.ri(4000, 9999)}/{g.ri(2019, 2024)} — CONTROLE DE PROCEDÊNCIA)\nDATA: {dbr(day)}   FOLHA {g.ri(2, 199)}\n")
    doc.t(ocr(hdr, g, 0.35) if scan else hdr)
    doc.t(ocr("CNPJ: ", g, 0.2) if scan else "CNPJ: ")
    doc.e(g.any_cnpj(), "BR_CNPJ")
    doc.t("\n\n")
    rows = []
    t = datetime.datetime(day.year, day.month, day.day, 7, g.ri(0, 40))
    for _ in range(g.ri(4, 6)):
        t += datetime.timedelta(minutes=g.ri(5, 80))
        s = g.person(female=g.chance(0.3))
        if g.chance(0.25):
            nm_ = fold(nickname(g, s)).upper()
        else:
            nm_ = g.pick([s.capsf, s.capsf, fold(s.short).upper()])
        if scan:
            nm_ = ocr(nm_, g, 0.35, names=True)
        elif g.chance(0.15):
            nm_ = typo(nm_, g)
        rr = g.rng.random()
        if rr < 0.4:
            d_ = ("RG", (g.rg(), "BR_RG"))
        elif rr < 0.85:
            d_ = ("CPF", (g.cpf(), "BR_CPF"))
        else:
            d_ = ("CNH", (g.cnh(), "BR_CNH"))
        veh = g.rng.random()
        if veh < 0.45:
            vv = (g.plate(), "LICENSE_PLATE")
        else:
            vv = V(g.pick(["CARROÇA", "CARRINHO", "A PÉ", "BICICLETA CARGUEIRA", "CARROÇA Nº " + str(g.ri(10, 899))]))
        mat, lo, hi = g.pick(MATERIALS["metal"] + MATERIALS["papel"][:2] + MATERIALS["plastico"][:1])
        w = g.ri(3, 420)
        price = round(g.rng.uniform(lo, hi), 2)
        rows.append([V(ts(t, "hm")), (nm_, "PERSON"), V(d_[0]), d_[1], (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER") if g.chance(0.55) else V("-"),
                     vv, V(fold(mat).upper()), V(str(w)), V(brl(w * price)), V(g.pick(["DINHEIRO", "PIX", "DINHEIRO", "PIX"]))])
    table_ruled(doc, ["HORA", "VENDEDOR", "DOC", "NÚMERO", "FONE", "VEÍCULO", "MATERIAL", "KG", "R$", "PGTO"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.t("\n")
    clerks = [g.person(female=g.chance(0.4)) for _ in range(2)]
    if g.chance(0.6):
        doc.f(ocr_t("BALCÃO: «a» (MANHÃ) / «b» (TARDE)\n", g, 0.2) if scan else "Balcão: «a» (manhã) / «b» (tarde)\n",
              a=P(g.pick([fold(clerks[0].first).upper(), clerks[0].first, clerks[0].nick])), b=P(g.pick([fold(clerks[1].first).upper(), clerks[1].short])))
    notes = []
    sus = g.person(False)
    notes.append(("OBS: RECUSADO FIO DE COBRE QUEIMADO (APROX. «k» KG) SEM NOTA. VENDEDOR DISSE SE CHAMAR «n», RG «r». GCM ACIONADA, VIATURA «v».\n",
                  dict(k=g.ri(8, 60), n=P(fold(g.pick([sus.full, sus.short])).upper()), r=(g.rg(), "BR_RG"), v=prefixo(g).upper())))
    if g.chance(0.5):
        c2 = g.person()
        notes.append(("OBS: «n» DEIXOU «k» KG DE LATINHA PARA PESAR AMANHÃ (BALANÇA EM AFERIÇÃO).\n", dict(n=P(fold(nickname(g, c2)).upper()), k=g.ri(20, 90))))
    if g.chance(0.5):
        pl = g.plate()
        dv = g.person(False)
        notes.append(("OBS: CAMINHÃO «p» DA «c» RETIROU 2 FARDOS DE PAPELÃO; MOTORISTA «n», CPF «f».\n",
                      dict(p=(pl, "LICENSE_PLATE"), c=fold(g.pick(BUYERS)[0]).upper(), n=P(fold(dv.short).upper()), f=(g.cpf(), "BR_CPF"))))
    if g.chance(0.3):
        notes.append(("OBS: " + fold(word_neg(g)).upper() + "\n", {}))
    for tpl, vals in g.sample(notes, g.ri(1, len(notes))):
        doc.f(ocr_t(tpl, g, 0.2) if scan else tpl, **vals)
    return doc


def at_eletronico_email(g: Gen) -> Doc:
    """An e-mail to a reverse-logistics programme for electronics quoted under the analyst's answer: the consumer's name, CPF for the destination certificate, home address and CEP for the pickup, phone, X-Originating-IP; serial numbers and an IMEI unlabelled; a full card number typed for the paid pickup of a large appliance sometimes; the pickup date, the driver and the truck's plate; the analyst's signature."""
    doc = Doc()
    rname, rdom, scope = g.pick(REVERSE[1:4])
    c = g.person()
    an = g.person(female=g.chance(0.6))
    drv = g.person(False)
    cmail = g.email(c)
    t0 = g.moment(hours=(8, 22))
    t1 = t0 + datetime.timedelta(hours=g.ri(2, 40))
    items = g.sample(E_ITEMS, g.ri(1, 3))
    big = any(x in ("geladeira duplex", "máquina de lavar", "freezer horizontal", "fogão 4 bocas", "tanquinho", "ar-condicionado de janela") for x in items)
    corp = g.chance(0.6)
    doc.f("De: «f»\nPara: «t»\nData: «d»\nAssunto: RE: Descarte de «i»\n\n", f=(corp_mail(an, rdom, g), "EMAIL_ADDRESS") if corp else V(f"{rname} <{role_mail(g, rdom, g.pick(['logisticareversa', 'descarte', 'eletronicos', 'agendamento']))}>"),
          t=(cmail, "EMAIL_ADDRESS"), d=mail_date(t1), i=", ".join(items))
    doc.f("Olá, «n»!\n\nAgendamos a retirada para «d», entre «h». O motorista «m» irá no veículo placa «p» e vai pedir o documento de quem entregar. ",
          n=P(g.pick([c.first, c.full])), d=dbr(g.day()), h=g.pick(["8h e 12h", "13h e 18h"]), m=P(g.pick([drv.full, drv.short])), p=(g.plate(), "LICENSE_PLATE"))
    doc.f("O certificado de destinação ambientalmente adequada («k») sairá em nome de «n», CPF «c», e será enviado para este e-mail.\n\n", k=cdf(g),
          n=P(g.pick([c.full, c.caps])), c=(g.cpf(), "BR_CPF"))
    card_in = (big and g.chance(0.8)) or g.chance(0.12)
    if big:
        doc.t("A taxa de retirada de grandes eletrodomésticos (R$ 60,00) é paga pelo link que segue em outra mensagem. ")
    elif card_in:
        doc.t("Para itens pequenos enviamos a caixa de devolução pelos Correios; o frete (R$ 24,90) é cobrado pelo link de pagamento. ")
        if card_in:
            doc.t("Por segurança, não envie dados de cartão por e-mail; apagamos o número da nossa base.\n\n")
        else:
            doc.t("\n\n")
    doc.t("Lembramos que celulares e notebooks devem ir sem chip e com os dados apagados (Decreto 10.240/2020).\n\n")
    if corp:
        doc.f("Atenciosamente,\n«n»\nAnalista de Logística Reversa — «r»\n«t»\n\n", n=P(an.full), r=rname, t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.4)), "PHONE_NUMBER"))
    else:
        doc.f("Atenciosamente,\nEquipe «r»\n\n", r=rname)
    doc.t("-----Mensagem original-----\n")
    doc.f("De: «n» <«e»>\nEnviada em: «d»\nPara: «r»\nAssunto: Descarte de «i»\nX-Originating-IP: [«ip»]\n\n", n=P(g.pick([c.full, c.short, c.low])), e=(cmail, "EMAIL_ADDRESS"),
          d=ts(t0, "br"), r=role_mail(g, rdom, g.pick(["logisticareversa", "descarte", "eletronicos"])), i=", ".join(items), ip=(g.ip(), "IP_ADDRESS"))
    city, uf = g.city()
    doc.f("«x». Quero descartar corretamente «i». Moro na «a», «b», «c»/«u», CEP «p». ", x=g.pick(["Boa tarde", "Boa noite", "Bom dia", "Olá"]), i=", ".join(items),
          a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city, u=uf, p=(g.cep(), "BR_CEP"))
    doc.f("Meu CPF é «c» e o celular «t».", c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    if "notebook" in items or g.chance(0.4):
        doc.f(" O notebook tem o número de série «s».", s=serial(g))
    if "três celulares antigos" in items or g.chance(0.3):
        doc.f(" Um dos celulares é IMEI «m», já resetado.", m=imei(g))
    if card_in:
        doc.f(" Se tiver taxa pode cobrar no meu cartão «k», validade «v».", k=(g.card(g.chance(0.7)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
    doc.t("\n")
    if g.chance(0.5):
        rel = g.relative(c)
        doc.f("Se eu não estiver, «k» «n» entrega.\n", k=g.pick(["minha esposa", "minha filha", "minha mãe", "minha irmã"] if rel.female else ["meu marido", "meu filho", "meu pai", "meu irmão"]),
              n=P(g.pick([rel.first, rel.full])))
    doc.f("\n«n»\n", n=P(g.pick([c.first, c.full])))
    return doc


def at_grupo_cooperados(g: Gen) -> Doc:
    """The cooperative members' WhatsApp group, in lower case (senders by nickname, name or number; @mentions): the belt's shift, a truck broken down with its plate, the meeting notice, a new number, Pix keys of any kind sent to the treasurer, an RG and a CPF for the city's course list, a lift to the health post, the buyer coming for the bales."""
    doc = Doc()
    cname, craz, sig, cdom = coop(g)
    st = chat_stamp(g)
    tt = iter(seq_times(g, 60, g.moment(hours=(6, 21)), 60, 2400))
    mem = [g.person(female=g.chance(0.6)) for _ in range(7)]
    nicks = [nickname(g, p) for p in mem]

    def sender(k: int) -> tuple:
        r = g.rng.random()
        if r < 0.72:
            return (g.phone("wa"), "PHONE_NUMBER")
        if r < 0.85:
            return P(nicks[k])
        if r < 0.85:
            return P(mem[k].short)
        return P(lower(mem[k].first))
    S = [sender(k) for k in range(7)]
    if g.chance(0.4):
        S[0] = V("Você")
    doc.f("Conversa do WhatsApp com «g»\n\n", g=g.pick([f"{sig} cooperados ♻️", f"{cname} — avisos", f"galpão {lower(cname)}", f"{sig} 💚 família"]))
    coord, tes = 1, 2
    a, b, c_ = g.sample(range(3, 7), 3)
    if g.chance(0.5):
        cl(doc, st(next(tt)), S[coord], "bom dia povo, amanhã a esteira começa «h», na escala: @«x» e @«y»", h=g.pick(["7h", "6h30", "7h30"]),
           x=P(lower(mem[a].first)), y=P(lower(nicks[b])))
    else:
        cl(doc, st(next(tt)), S[coord], "bom dia povo, amanhã a esteira começa «h», escala no quadro do galpão", h=g.pick(["7h", "6h30", "7h30"]))
    msgs = []
    pl = g.plate()
    mech = g.person(False)
    msgs.append(("o caminhão da rota «r» quebrou de novo, placa «p», tá na oficina do «n»", dict(r=g.ri(1, 6), p=(pl, "LICENSE_PLATE"), n=P(g.pick([mech.nick, lower(mech.first), nickname(g, mech)])))))
    msgs.append(("assembleia dia «d» às 18h no galpão, pauta: rateio, eleição da diretoria e o contrato com a prefeitura. todo mundo!", dict(d=g.date("short"))))
    msgs.append(("meu numero novo é «t»", dict(t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))))
    p1 = mem[a]
    k1, kv1 = pix_key(g, p1)
    msgs.append(("@«n» minha chave pix é «v»", dict(n=P(lower(mem[tes].first)), v=kv1)))
    p2 = mem[b]
    msgs.append(("a chave «x» «n» é o cpf «y» «c», «z» tá sem zap", dict(x="da" if p2.female else "do", n=P(lower(nicks[b])), y="dela" if p2.female else "dele",
                                                                      z="ela" if p2.female else "ele", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))))
    if g.chance(0.6):
        p3 = g.person()
        msgs.append(("pro curso de empilhadeira da prefeitura: «n» rg «r» cpf «c»", dict(n=P(lower(p3.full)), r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"))))
    msgs.append(("alguém leva a «n» na ubs amanhã? a mão dela inflamou do corte do vidro", dict(n=P(lower(nicks[c_]) if mem[c_].female else lower(g.person(True).first)))))
    byr = g.person()
    bn, bd, btr = buyer(g)
    msgs.append(("«a» «n» da «c» vem buscar os fardos de «m» às 14h, deixa a balança livre", dict(a="a" if byr.female else "o", n=P(lower(g.pick([byr.first, byr.short]))),
                                                                                              c=lower(bn.split(" Ltda")[0].split(" S.A.")[0]), m=lower(g.pick(MATERIALS[btr])[0]))))
    msgs.append((chat_neg(g), {}))
    if g.chance(0.5):
        msgs.append(("a prensa travou de novo, «n» já chamou o técnico", dict(n=P(lower(nicks[a]))))) 
    order = g.sample(msgs, min(len(msgs), g.ri(5, 8)))
    for tpl, vals in order:
        k = g.ri(0, 6)
        if "chave pix é" in tpl:
            k = a
        cl(doc, st(next(tt)), S[k], tpl, **vals)
    cl(doc, st(next(tt)), S[tes], g.pick(["recebi as chaves, rateio cai sexta 🙏", "anotado, rateio sai sexta", "quem não mandou a chave recebe no galpão"]))
    if g.chance(0.4):
        cl(doc, st(next(tt)), S[coord], "<Mídia oculta>")
    return doc


def at_ecoponto(g: Gen) -> Doc:
    """An ecoponto's entrance log (the city system's CSV with a masked CPF sometimes, or a ruled sheet): citizen, CPF, vehicle plate or a cart, material, volume, origin (a neighbourhood, or the home address of a small renovation); the shift's notes (a carter known by nickname, a truck refused with the driver's CNH, a fridge left for the reverse logistics with the CPF on the term); the operators and the supervisor's e-mail."""
    doc = Doc()
    city, uf, body, mdom = muni(g)
    eco = g.pick(ECOPONTOS)
    day = g.day()
    ops = [g.person() for _ in range(2)]
    csv_ = g.chance(0.5)
    doc.f("«b» — «e» — controle de entrada «d»\n\n", b=body, e=eco, d=dbr(day))
    rows = []
    t = datetime.datetime(day.year, day.month, day.day, 7, g.ri(0, 50))
    for _ in range(g.ri(3, 5)):
        t += datetime.timedelta(minutes=g.ri(4, 60))
        p = g.person()
        if g.chance(0.75):
            cpf = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        else:
            c_ = g.cpf_digits()
            cpf = V(f"***.{c_[3:6]}.{c_[6:9]}-**")
        veh = g.rng.random()
        if veh < 0.6:
            vt = (g.plate(), "LICENSE_PLATE")
            vk = g.pick(["carro", "caminhonete", "carro c/ reboque", "Fiorino", "Saveiro"])
        else:
            vt = V("-")
            vk = g.pick(["carroça", "carrinho de mão", "a pé", "bicicleta"])
        if g.chance(0.35):
            origin = (g.address(), "ADDRESS")
        else:
            origin = V(g.pick(BAIRROS))
        rows.append([V(ts(t, "hm")), P(g.pick([p.full, p.caps, p.short])), cpf, vt, V(vk),
                     V(g.pick(["entulho", "poda", "volumosos (sofá)", "recicláveis", "eletrônicos", "madeira", "pneus (4)", "óleo de cozinha 5 L"])),
                     V(num(g.rng.uniform(0.1, 1.0), 1)), origin])
    cols = ["hora", "nome", "cpf", "placa", "veiculo", "material", "volume_m3", "origem"]
    if csv_:
        table_csv(doc, cols, rows, g.pick([";", ","]))
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "pipe", "md"]))
    doc.t("\nOcorrências:\n")
    notes = []
    ca = g.person(False)
    notes.append(("- «n» (carroceiro) trouxe 2 viagens de poda; carroça cadastrada nº «k».\n", dict(n=P(nickname(g, ca)), k=f"{g.ri(1, 899):03d}")))
    dv = g.person(False)
    notes.append(("- Caminhão placa «p» com entulho de obra comercial (caçamba) — recusado; motorista «n», CNH «c», orientado a procurar ATT licenciada.\n",
                  dict(p=(g.plate(), "LICENSE_PLATE"), n=P(g.pick([dv.full, dv.short])), c=(g.cnh(), "BR_CNH"))))
    fr = g.person()
    notes.append(("- «n» deixou geladeira para a logística reversa («r»), CPF «c» no termo de entrega.\n", dict(n=P(g.pick([fr.full, fr.caps])), r=g.pick(REVERSE[1:4])[0], c=(g.cpf(), "BR_CPF"))))
    notes.append(("- " + word_neg(g) + "\n", {}))
    for tpl, vals in g.sample(notes, g.ri(2, 4)):
        doc.f(tpl, **vals)
    doc.f("\nOperadores: «a» e «b». Supervisão: «s»\n", a=P(g.pick([ops[0].first, ops[0].short])) if g.chance(0.6) else V(login(ops[0], g)),
          b=P(g.pick([ops[1].first, ops[1].nick])) if g.chance(0.6) else V(login(ops[1], g)),
          s=(corp_mail(g.person(), mdom, g), "EMAIL_ADDRESS") if g.chance(0.6) else V(role_mail(g, mdom, g.pick(["ecoponto", "fiscalizacao", "meioambiente"]))))
    return doc


AT = [at_agendamento_zap, at_156_stt, at_ficha_cadastro, at_ferro_velho_livro, at_eletronico_email, at_grupo_cooperados, at_ecoponto]


# --------------------------------------------------------------------------- juridico


def cnj_of(g: Gen, uf: str, labour: bool = False) -> str:
    seg = TRT[uf] if labour else CNJ_SEG[uf]
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.{seg}.{g.d(4)}")


def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for k in range(n):
        w = g.person()
        doc.f("«k». «n» — CPF «c»\n", k=k + 1, n=P(w.capsf if caps else g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))


PICKER_JOB = ("catador de materiais recicláveis", "catadora de materiais recicláveis")


def ju_ata_assembleia(g: Gen) -> Doc:
    """The minutes of a cooperative's general assembly (ALL CAPS sometimes): the chair and the secretary, accounts and surplus approved, the board elected and qualified (nationality, civil status, 'catadora', RG or CNH, CPF, home address and CEP, título sometimes), the fiscal council with CPF, the lawyer's OAB, the attendance list with CPF and how each signed (a thumbprint, 'a rogo')."""
    doc = Doc()
    cname, craz, sig, cdom = coop(g)
    caps = g.chance(0.35)
    up = caps_t if caps else (lambda s: s)
    city, uf = g.city()
    d = g.day()
    pres = g.person(female=g.chance(0.6))
    sec = g.person(female=g.chance(0.6))
    adv = g.person()
    n_pres = g.ri(28, 140)
    NM = (lambda p: p.capsf) if caps else (lambda p: g.pick([p.full, p.full, p.caps]))
    doc.f(up("ATA DA ASSEMBLEIA GERAL ORDINÁRIA DA «r» — «s»\nCNPJ «c»\n\n"), r=fold(craz).upper(), s=sig, c=(g.any_cnpj(), "BR_CNPJ"))
    doc.f(up("Aos «d» dias do mês de «m» de «y», às «h» horas, em «k» convocação, na sede da cooperativa, situada na «e», reuniram-se «n» cooperados, "
             "conforme lista de presença anexa, atendido o quórum do art. 40 da Lei 5.764/1971. Assumiu a presidência dos trabalhos «a» «p», que convidou «b» «q» para secretariar.\n"),
          d=d.day, m=MONTHS[d.month - 1], y=d.year, h=g.pick(["oito", "nove", "dezessete", "dezoito"]), k=g.pick(["primeira", "segunda", "terceira"]),
          e=seat(g), n=n_pres, a="a cooperada" if pres.female else "o cooperado", p=P(NM(pres)), b="a cooperada" if sec.female else "o cooperado", q=P(NM(sec)))
    doc.f(up("Ordem do dia: (1) prestação de contas do exercício de «y», com parecer do conselho fiscal; (2) destinação das sobras e do fundo de reserva; "
             "(3) eleição da diretoria e do conselho fiscal; (4) renovação do contrato de coleta seletiva com o Município de «c».\n"), y=d.year - 1, c=city)
    doc.f(up("(1) As contas foram aprovadas por «a» votos a favor e «b» abstenções. (2) As sobras de R$ «v» serão rateadas na proporção das horas trabalhadas, "
             "destinando-se 10% ao fundo de reserva e 5% ao FATES. (3) Foi eleita por aclamação a chapa «ch», assim composta:\n"),
          a=n_pres - g.ri(0, 6), b=g.ri(0, 6), v=brl(money(g, 8000, 95000)), ch=g.pick(["\"Unidos pelo Galpão\"", "\"Rosa dos Ventos\"", "\"Esperança Reciclável\"", "\"Luz do Catador\""]))
    cargos = ["PRESIDENTE", "VICE-PRESIDENTE", "TESOUREIRO(A)", "SECRETÁRIO(A)"]
    for k, cargo in enumerate(cargos[:g.pick([3, 3, 4])]):
        p = pres if k == 0 else g.person(female=g.chance(0.6))
        doc.t(cargo + ": ")
        qualify(g, doc, p, caps=caps, job=PICKER_JOB, titulo=g.chance(0.15), dob=g.chance(0.2))
        doc.t(";\n")
    doc.t(up("CONSELHO FISCAL (efetivos): "))
    ncf = g.ri(2, 3)
    for k in range(ncf):
        cf = g.person()
        doc.f("«n» (CPF «c»)" + ("; " if k < ncf - 1 else ".\n"), n=P(NM(cf)), c=(g.cpf(), "BR_CPF"))
    doc.f(up("(4) Aprovada a renovação do contrato de coleta seletiva, ficando «pa» autorizad«po» a assiná-lo. Nada mais havendo a tratar, "
             "eu, «s», secretariei os trabalhos e lavrei a presente ata, que vai assinada por mim e pela presidência.\n«c», «d».\n\n"),
          pa="a presidente" if pres.female else "o presidente", po=pres.o, s=P(NM(sec)) if g.chance(0.5) else V("secretária(o) ad hoc"), c=city, d=fmt_date(d.day, d.month, d.year, "caps" if caps else "long"))
    if g.chance(0.6):
        doc.f(up("Visto do advogado: «n» — «o»\n\n"), n=P(NM(adv)), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    else:
        doc.f(up("Visto: «o»\n\n"), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.t(up("LISTA DE PRESENÇA (extrato)\n"))
    rows = []
    for k in range(g.ri(2, 4)):
        p = g.person(female=g.chance(0.6))
        rows.append([V(str(k + 1)), P(NM(p)), (g.cpf(), "BR_CPF") if g.chance(0.85) else V("não trouxe"),
                     V(g.pick(["(assinado)", "(assinado)", "(impressão digital)", "(a rogo)"]))])
    table_ruled(doc, ["nº", "nome", "CPF", "assinatura"], rows, g.pick(["plus", "plain", "pipe"]))
    return doc


def ju_contrato_coleta(g: Gen) -> Doc:
    """A contract between a municipality and a pickers' cooperative for the selective collection (art. 75, IV, 'j', Lei 14.133/2021): the city's and the cooperative's CNPJ, the secretary with CPF, the president qualified, the price per tonne, payment to the cooperative's agency and account, trucks lent by the city with their plates (Renavam unlabelled), the inspector with a corporate e-mail, witnesses or an e-signature log."""
    doc = Doc()
    city, uf, body, mdom = muni(g)
    cname, craz, sig, cdom = coop(g)
    sec = g.person()
    pres = g.person(female=g.chance(0.6))
    fisc = g.person()
    caps = g.chance(0.25)
    up = caps_t if caps else (lambda s: s)
    doc.f(up("CONTRATO Nº «n» — PROCESSO ADMINISTRATIVO «p»\nPRESTAÇÃO DE SERVIÇOS DE COLETA SELETIVA E TRIAGEM DE RESÍDUOS SÓLIDOS RECICLÁVEIS\n\n"),
          n=contrato_no(g), p=processo_adm(g))
    doc.f(up("CONTRATANTE: MUNICÍPIO DE «c», pessoa jurídica de direito público interno, CNPJ «j», por meio da «b», neste ato representada pel«o» Secretári«o» «n», "
             "inscrit«o» no CPF sob o nº «f»;\n"), c=fold(city).upper(), j=(g.cnpj(), "BR_CNPJ"), b=body, o=sec.o, n=P(sec.capsf if caps else sec.full),
          f=(g.cpf(), "BR_CPF"))
    doc.f(up("CONTRATADA: «r», associação civil/cooperativa de catadores, CNPJ «j», com sede na «e», neste ato representada por sua president«a», "),
          r=fold(craz).upper() if caps else craz, j=(g.any_cnpj(), "BR_CNPJ"), e=seat(g), a="a" if pres.female else "e")
    qualify(g, doc, pres, caps=caps, job=PICKER_JOB, email=g.chance(0.4), phone=g.chance(0.4))
    doc.t(".\n\n")
    tons = g.ri(40, 400)
    price = money(g, 180, 520)
    doc.f(up("CLÁUSULA PRIMEIRA — DO OBJETO. Coleta seletiva porta a porta em «s» setores, triagem, prensagem e comercialização dos recicláveis, nos termos da Lei 12.305/2010, "
             "do Decreto 10.936/2022 e do art. 75, IV, \"j\", da Lei 14.133/2021, estimadas «t» toneladas/mês.\n"), s=g.ri(4, 18), t=tons)
    doc.f(up("CLÁUSULA SEGUNDA — DO PREÇO. R$ «p» por tonelada efetivamente coletada e triada, valor mensal estimado de R$ «v».\n"), p=brl(price), v=brl(price * tons))
    b = g.pick(BANKS)
    doc.f(up("CLÁUSULA TERCEIRA — DO PAGAMENTO. Até o 10º dia útil após a medição atestada pela fiscalização, em conta da CONTRATADA no «b», agência «a», conta corrente «c», "
             "vedado o pagamento em espécie.\n"), b=b[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.t(up("CLÁUSULA QUARTA — DOS VEÍCULOS. O MUNICÍPIO cede em comodato os caminhões "))
    for k in range(g.ri(1, 3)):
        if k:
            doc.t(" e ")
        doc.f(up("placa «p» (Renavam «r»)"), p=(g.plate(), "LICENSE_PLATE"), r=renavam(g))
    doc.t(up(", cabendo à CONTRATADA indicar motoristas habilitados.\n"))
    fmail = corp_mail(fisc, mdom, g)
    doc.f(up("CLÁUSULA QUINTA — DA FISCALIZAÇÃO. Fica designad«o» fiscal do contrato «a» servidor«x» «n», matrícula «m», e-mail "), o=fisc.o, a=fisc.o,
          x="a" if fisc.female else "", n=P(fisc.capsf if caps else fisc.full), m=g.d(6))
    doc.e(fmail, "EMAIL_ADDRESS")
    doc.t(".\n")
    doc.t(up("CLÁUSULA SEXTA — DOS COOPERADOS. A CONTRATADA manterá relação nominal atualizada dos cooperados, fornecerá EPI conforme a NR-6 e vedará o trabalho de menores de 18 anos.\n"))
    doc.t(up("CLÁUSULA SÉTIMA — DA VIGÊNCIA. 12 (doze) meses, prorrogáveis nos termos do art. 107 da Lei 14.133/2021.\n\n"))
    doc.f("«c»/«u», «d».\n", c=city, u=uf, d=g.date("long"))
    if g.chance(0.55):
        t0 = g.moment()
        esign_log(g, doc, [(sec, corp_mail(sec, mdom, g)), (pres, g.email(pres)), (fisc, fmail)], t0)
    else:
        doc.f("\n________________________\n«a»\nContratante\n\n________________________\n«b»\nContratada\n", a=P(sec.capsf), b=P(pres.capsf))
        witnesses(g, doc, 2, caps)
    return doc


def ju_reclamacao(g: Gen) -> Doc:
    """A labour claim of a sorter against a scrap yard (years without registration; a hand crushed in the baler): the claimant qualified with PIS, título sometimes, birth date, CTPS unlabelled, CPF, RG, phone, address and CEP; the scrap yard's CNPJ and its owner with a nickname and his WhatsApp; wages partly by Pix to the CPF key; the hospital; witnesses with RG and phone; the lawyer's OAB and e-mail."""
    doc = Doc()
    sname, sraz, sdom = scrapyard(g)
    city, uf = g.city()
    w = g.person(female=g.chance(0.35))
    own = g.person(False)
    adv = g.person()
    doc.f("«x» DO TRABALHO DA «k»ª VARA DO TRABALHO DE «c»/«u»\n\n\n", x=g.pick(["EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(ÍZA)", "EXMO(A). SR(A). DR(A). JUIZ(A)",
                                                                                    "EXCELENTÍSSIMO SENHOR JUIZ"]), k=g.ri(1, 9),
          c=fold(city).upper(), u=uf)
    qualify(g, doc, w, pis=True, titulo=g.chance(0.5), dob=True, phone=True, email=g.chance(0.35), where=(city, uf),
            job=("separador de materiais recicláveis", "separadora de materiais recicláveis"))
    doc.f(", CTPS «c», por seu advogado (procuração anexa), vem propor\n\nRECLAMAÇÃO TRABALHISTA\n\nem face de «r», nome fantasia \"«n»\", CNPJ «j», com sede na «e», "
          "pelos fatos e fundamentos a seguir.\n\n", c=ctps(g, uf), r=sraz, n=sname, j=(g.any_cnpj(), "BR_CNPJ"), e=seat(g))
    d1 = g.date("br", g.pick([2019, 2020, 2021]))
    d2 = g.date("br", g.pick([2024, 2025]))
    cpf_pix = g.cpf()
    doc.f("I — DOS FATOS\n\n«A» reclamante trabalhou para a reclamada de «d1» a «d2», sem anotação em CTPS, como «f» e operador«x» de prensa, de segunda a sábado, "
          "das 7h às 17h, recebendo R$ «v» por semana, parte em dinheiro e parte por Pix na chave CPF «c».\n\n", A="A" if w.female else "O", d1=d1, d2=d2,
          f="separadora" if w.female else "separador", x="a" if w.female else "", v=brl(money(g, 280, 520)), c=(cpf_pix, "BR_CPF"))
    nick = nickname(g, own)
    doc.f("As ordens eram dadas pelo proprietário, «n», conhecido como «k», que mandava as escalas e os descontos pelo WhatsApp «t».\n\n", n=P(own.full), k=P(nick),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("Em «d», «a» reclamante teve a mão esquerda prensada na prensa enfardadeira, que não tinha proteção nem dispositivo de parada de emergência (NR-12). "
          "Foi levad«o» ao «h» por um colega, sem CAT, com diagnóstico de fratura de dedo (CID S62.6). Dois dias depois foi dispensad«o» sem receber nada.\n\n",
          d=g.date("br", 2025), a="a" if w.female else "o", o=w.o, h=g.pick(HOSPITALS))
    doc.t("II — DO DIREITO\n\nPresentes os requisitos dos arts. 2º e 3º da CLT, impõe-se o reconhecimento do vínculo. A omissão na emissão da CAT e a ausência de proteção "
          "da máquina (NR-12, item 12.5) caracterizam culpa da reclamada (art. 7º, XXVIII, da CF).\n\n")
    doc.t("III — DOS PEDIDOS\n\na) reconhecimento do vínculo e anotação da CTPS; b) verbas rescisórias e multas dos arts. 467 e 477 da CLT; c) FGTS + 40%; "
          "d) indenização por danos morais e estéticos; e) honorários sucumbenciais (art. 791-A da CLT).\n\n")
    doc.t("Rol de testemunhas:\n")
    for _ in range(g.ri(1, 2)):
        tw = g.person()
        doc.f("- «n», «j», RG «r», telefone «t»\n", n=P(g.pick([tw.full, tw.caps])),
              j=g.pick(["catadora autônoma", "ex-colega de pátio", "vizinha do depósito"] if tw.female else ["catador autônomo", "ex-colega de pátio", "vizinho do depósito"]),
              r=(g.rg(), "BR_RG"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\nDá-se à causa o valor de R$ «v».\n\n«c», «d».\n\n«n»\n«o»\n«e»\n", v=brl(money(g, 25000, 180000)), c=city, d=g.date("long"), n=P(adv.full),
          o=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(g.email(adv, g.pick([None, "adv.br"])) if g.chance(0.7) else corp_mail(adv, "advocaciapopular.org.br", g), "EMAIL_ADDRESS"))
    return doc


def ju_bo_receptacao(g: Gen) -> Doc:
    """An ALL CAPS police report (OCR'd sometimes) of copper cable stolen from the grid and found at a scrap yard: the utility's technician qualified (RG, CPF, phone), the officers, the scrap dealer (CPF, home address, CEP), the seller in the purchase register (RG, birth date, mother, CPF, phone) and his car's plate, the delegado; the BO number, the officers' RE and the Renavam unlabelled."""
    doc = Doc()
    sname, sraz, sdom = scrapyard(g)
    city, uf = g.city()
    scan = g.chance(0.4)
    T = (lambda s: ocr_t(caps_t(s), g, 0.2)) if scan else caps_t
    N = (lambda s: ocr(s, g, 0.3, names=True)) if scan else (lambda s: s)
    tec = g.person(False)
    sd = [g.person(female=g.chance(0.25)) for _ in range(2)]
    owner = g.person(False)
    sel = g.person(False)
    mother = g.person(True)
    dl = g.person()
    util = g.pick(["CONCESSIONÁRIA LUZ DO VALE ENERGIA S.A.", "TELEFÔNICA AURORA S.A.", "COMPANHIA DE ILUMINAÇÃO PÚBLICA DO MUNICÍPIO", "FERROVIA CENTRO-NORTE S.A."])
    doc.f(T("BOLETIM DE OCORRÊNCIA Nº «b» — «k»º DISTRITO POLICIAL DE «c»\nNATUREZA: FURTO QUALIFICADO (ART. 155, § 4º, CP) / RECEPTAÇÃO QUALIFICADA (ART. 180, § 1º, CP)\n"
            "DATA DO REGISTRO: «d» «h»\n\n"), b=bo_no(g), k=g.ri(1, 30), c=fold(city).upper(), d=g.date("br"), h=g.hm())
    doc.f(T("COMUNICANTE: «n», TÉCNICO DE REDE DA «u», RG «r», CPF «c», TEL. «t»\n\n"), n=P(N(tec.capsf)), u=util, r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    m = g.ri(80, 900)
    pl = g.plate()
    doc.f(T("HISTÓRICO: O COMUNICANTE RELATA QUE NA MADRUGADA FORAM FURTADOS CERCA DE «m» METROS DE CABO DE COBRE DA REDE NO BAIRRO «b». A GUARNIÇÃO DO SD PM «s1» E DO CB PM «s2» "
            "(RE «re») DILIGENCIOU NOS DEPÓSITOS DA REGIÃO E LOCALIZOU NO PÁTIO DO «f» (CNPJ «j») APROXIMADAMENTE «k» KG DE COBRE QUEIMADO. "),
          m=m, b=fold(g.pick(BAIRROS)).upper(), s1=P(N(sd[0].capsf)), s2=P(N(fold(sd[1].short).upper())), re=f"{g.d(6)}-{g.d(1)}", f=fold(sname).upper(),
          j=(g.any_cnpj(), "BR_CNPJ"), k=g.ri(40, 380))
    doc.f(T("O PROPRIETÁRIO, «n», CPF «c», RESIDENTE NA «a», CEP «z», APRESENTOU O LIVRO DE REGISTRO DE AQUISIÇÃO, NO QUAL CONSTAVA A COMPRA DO MATERIAL DE «v», RG «r», "
            "QUE CONDUZIA O VEÍCULO VW SAVEIRO PLACA «p» (RENAVAM «rv»). "), n=P(N(owner.capsf)), c=(g.cpf(), "BR_CPF"), a=(N(g.address("caps")), "ADDRESS"), z=(g.cep(), "BR_CEP"),
          v=P(N(fold(sel.short).upper())), r=(g.rg(), "BR_RG"), p=(pl, "LICENSE_PLATE"), rv=renavam(g))
    doc.f(T("O VENDEDOR FOI LOCALIZADO EM SUA RESIDÊNCIA E IDENTIFICADO COMO «n», VULGO «k», NASCIDO EM «d», FILHO DE «m», CPF «c», TEL. «t». O MATERIAL FOI APREENDIDO E "
            "RECONHECIDO PELO COMUNICANTE.\n\n"), n=P(N(sel.capsf)), k=P(fold(nickname(g, sel)).upper()), d=(g.dob("br", 1970, 2005), "DATE_OF_BIRTH"),
          m=P(N(mother.capsf)), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    doc.f(T("VEÍCULO APREENDIDO: VW SAVEIRO, PLACA «p», COR «c».\nAUTORIDADE: «x» DE POLÍCIA «n»\n"), p=(pl, "LICENSE_PLATE"), c=g.pick(["BRANCA", "PRATA", "VERMELHA"]),
          x="DELEGADA" if dl.female else "DELEGADO", n=P(N(dl.capsf)))
    if g.chance(0.4):
        doc.t(T("OBS.: " + fold(g.pick(["A luz do poste da esquina estava apagada desde o furto.", "Justo no mesmo bairro houve outro furto de cabo na semana anterior.",
                                        "O Ferro-Velho do Branco informou que recusou o mesmo material na véspera."])).upper() + "\n"))
    return doc


def ju_tac_lixao(g: Gen) -> Doc:
    """A conduct-adjustment term (TAC) between the state prosecutor and a municipality to close a dump and include its pickers: the prosecutor, the mayor with CPF, the city's and the cooperative's CNPJ, a transition allowance, and the annex listing the pickers registered (name, nickname, birth date, CPF, NIS, situation) by the social worker with her CRESS; the civil inquiry number unlabelled."""
    doc = Doc()
    city, uf, body, mdom = muni(g)
    cname, craz, sig, cdom = coop(g)
    prom = g.person()
    pref = g.person()
    sw = g.person(female=g.chance(0.85))
    caps = g.chance(0.3)
    up = caps_t if caps else (lambda s: s)
    NM = (lambda p: p.capsf) if caps else (lambda p: p.full)
    place = g.pick(["lixão do Morro Branco", "lixão da Estrada Velha", "vazadouro do Bonfim", "lixão da Várzea", "lixão do km 9"])
    doc.f(up("TERMO DE AJUSTAMENTO DE CONDUTA Nº «n»\nINQUÉRITO CIVIL Nº «i»\n\n"), n=f"{g.ri(1, 60):02d}/{g.ri(2024, 2026)}", i=clean(g, lambda: f"{g.d(2)}.{g.d(4)}.{g.d(7)}/{g.ri(2022, 2025)}-{g.d(1)}"))
    doc.f(up("O MINISTÉRIO PÚBLICO DO ESTADO, por «a» Promotor«x» de Justiça «n», e o MUNICÍPIO DE «c», CNPJ «j», representado pel«o» Prefeit«o» «p», CPF «f», "
             "celebram o presente termo, com fundamento no art. 5º, § 6º, da Lei 7.347/1985 e nos arts. 15 e 36 da Lei 12.305/2010, para o encerramento do «l» e a inclusão "
             "socioprodutiva dos catadores que nele trabalham.\n\n"), a="sua" if prom.female else "seu", x="a" if prom.female else "", n=P(NM(prom)), c=fold(city).upper(),
          j=(g.cnpj(), "BR_CNPJ"), o=pref.o, p=P(NM(pref)), f=(g.cpf(), "BR_CPF"), l=place)
    doc.f(up("CLÁUSULA 1ª — O MUNICÍPIO encerrará o «l» até «d», com cercamento e vigilância.\nCLÁUSULA 2ª — O MUNICÍPIO contratará a «c» (CNPJ «j») para a coleta seletiva, "
             "nos termos do art. 75, IV, \"j\", da Lei 14.133/2021, e cederá galpão de triagem.\nCLÁUSULA 3ª — Os catadores relacionados no Anexo I receberão auxílio de transição de "
             "R$ «v» mensais por «m» meses, por crédito em conta ou Pix.\nCLÁUSULA 4ª — Multa diária de R$ «x» por descumprimento, revertida ao fundo do art. 13 da Lei 7.347/1985.\n\n"),
          l=place, d=g.date("br", 2026), c=cname, j=(g.any_cnpj(), "BR_CNPJ"), v=brl(g.pick([600.0, 750.0, 900.0])), m=g.pick([6, 8, 12]), x=brl(g.pick([1000.0, 5000.0, 10000.0])))
    doc.f(up("ANEXO I — CATADORES CADASTRADOS NO «l»\n(cadastro realizado pela assistente social «n» — «c»)\n"), l=place, n=P(NM(sw)), c=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    rows = []
    for k in range(g.ri(4, 6)):
        p = g.person(origin="pt" if g.chance(0.8) else g.pick(["ve", "wa", "ht", "bo"]))
        rows.append([V(str(k + 1)), P(p.capsf if caps else g.pick([p.full, p.caps])), P(nickname(g, p)) if g.chance(0.3) else V("-"),
                     (g.dob("br", 1948, 2007), "DATE_OF_BIRTH"), (g.cpf(), "BR_CPF") if g.chance(0.85) else V("sem CPF (em emissão)"),
                     (g.pis("raw"), "BR_PIS") if g.chance(0.85) else V("-"),
                     (g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER") if g.chance(0.5) else V("sem telefone"),
                     V(g.pick(["ativo", "ativo", "ativa, gestante", "idoso(a)", "ativo, mora na área", "ativa, 3 filhos no CRAS"]))])
    table_ruled(doc, ["nº", "nome", "apelido", "nascimento", "CPF", "NIS", "contato", "situação"], rows, g.pick(["plus", "pipe", "plain"]))
    if g.chance(0.5):
        doc.f("\n«c», «d».\n\n«a»\nPromotor«x» de Justiça\n\n«b»\nPrefeit«o»\n", c=city, d=g.date("long"), a=P(NM(prom)), x="a" if prom.female else "", b=P(NM(pref)), o=pref.o)
    else:
        doc.f("\n«c», «d». (assinado eletronicamente pelas partes)\n", c=city, d=g.date("long"))
    return doc


def ju_notificacao_comprador(g: Gen) -> Doc:
    """An extrajudicial notice from a cooperative to a buyer of recyclables over unpaid loads (the loads with ticket and NF-e numbers unlabelled, the buyer's trucks' plates and drivers), the buyer's partner with CPF, payment to the cooperative's agency and account or its random Pix key, the lawyer's OAB, phone and e-mail; the buyer's finance answering about the moisture discount."""
    doc = Doc()
    cname, craz, sig, cdom = coop(g)
    bname, bdom, trade = buyer(g)
    city, uf = g.city()
    adv = g.person(female=g.chance(0.6))
    soc = g.person()
    fin = g.person()
    caps = g.chance(0.25)
    up = caps_t if caps else (lambda s: s)
    oab = g.council("OAB", uf)
    doc.f(up("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: «r» («s»), CNPJ «j», por «x» «n» («o»).\n"), r=craz, s=sig, j=(g.any_cnpj(), "BR_CNPJ"),
          x="sua advogada" if adv.female else "seu advogado", n=P(adv.capsf if caps else adv.full), o=(oab, "PROFESSIONAL_ID"))
    doc.f(up("NOTIFICADA: «b», CNPJ «j», na pessoa de seu sócio-administrador «n», CPF «c».\n\n"), b=bname, j=(g.any_cnpj(), "BR_CNPJ"), n=P(soc.capsf if caps else soc.full),
          c=(g.cpf(), "BR_CPF"))
    doc.t(up("A NOTIFICANTE vendeu e entregou à NOTIFICADA as cargas abaixo, retiradas no galpão por caminhões e motoristas da própria NOTIFICADA, sem pagamento até esta data:\n\n"))
    rows = []
    tot = 0.0
    mats = MATERIALS[trade]
    for _ in range(g.ri(2, 4)):
        mat, lo, hi = g.pick(mats)
        w = g.ri(800, 14000) if hi < 12 else g.ri(60, 700)
        v = round(w * g.rng.uniform(lo, hi), 2)
        tot += v
        dv = g.person(False)
        rows.append([V(g.date("short")), V(ticket_no(g)), V(nfe(g)), V(mat), V(num(w, 0)), V(brl(v)), (g.plate(), "LICENSE_PLATE"), P(g.pick([dv.short, dv.full, dv.first])) if g.chance(0.7) else V("não identificado")])
    table_ruled(doc, ["data", "ticket", "nota", "material", "kg", "R$", "placa", "motorista"], rows, g.pick(["plus", "pipe", "md"]))
    b = g.pick(BANKS)
    key = g.uuid()
    doc.f(up("\nTotal em aberto: R$ «t». Fica a NOTIFICADA constituída em mora (art. 397 do Código Civil) e notificada a pagar em 5 (cinco) dias, na conta da NOTIFICANTE no «b», "
             "agência «a», conta «c», ou pela chave Pix aleatória «k», sob pena de protesto e ação de cobrança.\n\n"), t=brl(tot), b=b[1], a=(g.agency(), "BANK_ACCOUNT"),
          c=(g.account(), "BANK_ACCOUNT"), k=(key, "PIX_KEY"))
    doc.f("«c», «d».\n\n«n»\n«o»\n«t» · «e»\n\n", c=city, d=g.date("long"), n=P(adv.full), o=(oab, "PROFESSIONAL_ID"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), e=(g.email(adv, g.pick([None, "adv.br"])), "EMAIL_ADDRESS"))
    if g.chance(0.75):
        doc.f("--- resposta recebida por e-mail em «d» ---\nDe: «n» <«e»>\n", d=g.date("br"), n=P(fin.full), e=(corp_mail(fin, bdom, g), "EMAIL_ADDRESS"))
        doc.f("«a» «n», bom dia. Reconhecemos as cargas, mas a de «d» chegou com «u»% de umidade e «r»% de rejeito, e o desconto foi aplicado conforme a tabela de aceite. "
              "O saldo de R$ «v» será pago hoje por Pix na chave informada (E2E «e»). Sigo à disposição pelo «t».\n«f»\nFinanceiro — «b»\n",
              a=dra(adv), n=P(adv.first), d=g.date("short"), u=g.ri(14, 28), r=g.ri(5, 15), v=brl(tot * g.rng.uniform(0.6, 0.9)), e=e2e(g),
              t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"), f=P(g.pick([fin.first, fin.short])), b=bname)
    return doc


def ju_ata_audiencia(g: Gen) -> Doc:
    """Hearing minutes: a labour court (a picker excluded from the cooperative, or a sorter against a scrap yard) or a small-claims court (a car scraped by the collection truck): the judge, the claimant's CPF (PIS, address and CEP sometimes), the lawyers' OAB, the preposto's CPF, a witness's RG, a settlement to an account or a Pix key of any kind; the CNJ number unlabelled."""
    doc = Doc()
    city, uf = g.city()
    labour = g.chance(0.6)
    rec = g.person()
    judge = g.person()
    a1, a2 = g.person(), g.person()
    prep = g.person()
    if labour:
        if g.chance(0.5):
            cname, craz, sig, cdom = coop(g)
            reu = craz
        else:
            sname, reu, sdom = scrapyard(g)
        doc.f("PODER JUDICIÁRIO — JUSTIÇA DO TRABALHO\n«k»ª VARA DO TRABALHO DE «c»\n\nATA DE AUDIÊNCIA — PROCESSO «p»\n\n", k=g.ri(1, 8), c=fold(city).upper(), p=cnj_of(g, uf, True))
        doc.f("Aos «d», na sala de audiências, presente «x» MM. Juiz«a» do Trabalho «j», foram apregoadas as partes.\n", d=g.date("br"), x="a" if judge.female else "o",
              a="a" if judge.female else "", j=P(judge.full))
        doc.f("RECLAMANTE: «n», CPF «c»", n=P(rec.capsf), c=(g.cpf(), "BR_CPF"))
        if g.chance(0.5):
            doc.f(", PIS «p»", p=(g.pis(), "BR_PIS"))
        if g.chance(0.4):
            doc.f(", telefone «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        doc.f(", acompanhad«o» do(a) advogado(a) «n» («b»).\n", o=rec.o, n=P(a1.full), b=(g.council("OAB", uf), "PROFESSIONAL_ID"))
        doc.f("RECLAMADA: «r», representada pel«o» preposto«a» «n», CPF «c», e por «x» advogad«y» «m» («b»).\n", r=reu, o=prep.o, a="a" if prep.female else "",
              n=P(prep.full), c=(g.cpf(), "BR_CPF"), x="sua" if a2.female else "seu", y="a" if a2.female else "o", m=P(a2.full), b=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    else:
        doc.f("PODER JUDICIÁRIO DO ESTADO\nJUIZADO ESPECIAL DA FAZENDA PÚBLICA DE «c»\n\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO — PROCESSO «p»\n\n", c=fold(city).upper(), p=cnj_of(g, uf))
        doc.f("Presente «x» conciliador«a» «j», sob supervisão do juízo.\n", x="a" if judge.female else "o", a="a" if judge.female else "", j=P(judge.full))
        doc.f("RECLAMANTE: «n», CPF «c», residente na «a», CEP «z», e-mail para intimações «e», sem advogado (Lei 12.153/2009).\n", n=P(rec.capsf), c=(g.cpf(), "BR_CPF"),
              a=(g.address(), "ADDRESS"), z=(g.cep(), "BR_CEP"), e=(g.email(rec), "EMAIL_ADDRESS"))
        doc.f("RECLAMADO: MUNICÍPIO DE «c», representado «x» «n» («b»), e «p» (cooperativa contratada para a coleta), por seu preposto «m», CPF «f».\n",
              c=fold(city).upper(), x="pela procuradora municipal" if a2.female else "pelo procurador municipal", n=P(a2.full), b=(g.council("OAB", uf), "PROFESSIONAL_ID"), p=coop(g)[0], m=P(prep.full), f=(g.cpf(), "BR_CPF"))
        doc.f("Objeto: dano no veículo do reclamante, placa «p», atingido pelo caminhão da coleta seletiva em «d».\n", p=(g.plate(), "LICENSE_PLATE"), d=g.date("br"))
    if g.chance(0.5):
        tw = g.person()
        doc.f("Presente a testemunha «n», RG «r», que foi dispensada em razão do acordo.\n", n=P(g.pick([tw.full, tw.caps])), r=(g.rg(), "BR_RG"))
    v = money(g, 1500, 38000)
    k = g.ri(1, 10)
    doc.f("\nCONCILIAÇÃO: as partes celebram acordo de R$ «v», em «k» parcela(s) mensal(is), vencendo a primeira em «d», ", v=brl(v), k=k, d=g.date("br"))
    r = g.rng.random()
    if r < 0.5:
        b = g.pick(BANKS)
        doc.f("mediante depósito na conta do(a) reclamante no «b», agência «a», conta «c».", b=b[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        kind_, kv = pix_key(g, rec)
        doc.f("por Pix na chave («k») «v», de titularidade do(a) reclamante.", k=kind_, v=kv)
    doc.t(" Em caso de inadimplemento, multa de 50% sobre o saldo. Custas pela reclamada, dispensadas. Homologo.\n\nNada mais.\n")
    doc.f("«j»\n", j=P(judge.full if g.chance(0.5) else judge.caps))
    return doc


JU = [ju_ata_assembleia, ju_contrato_coleta, ju_reclamacao, ju_bo_receptacao, ju_tac_lixao, ju_notificacao_comprador, ju_ata_audiencia]


# --------------------------------------------------------------------------- saude


def age_of(dob_year: int, ref: int = 2026) -> int:
    return ref - dob_year


def sa_sinan_biologico(g: Gen) -> Doc:
    """A SINAN notification of a work accident with biological material (a picker pricked by a syringe needle hidden in the waste), ALL CAPS and OCR'd sometimes: the notifying unit, the worker's name, birth date, age, CNS, CPF sometimes, mother, address, CEP, phone; occupation (CBO 5192-05, unlabelled) and the cooperative's CNPJ; the source unknown; the rapid tests; the coordinator who brought the worker; the notifying nurse's COREN and the physician's CRM."""
    doc = Doc()
    cname, craz, sig, cdom = coop(g)
    w = g.person(female=g.chance(0.55))
    mother = g.person(True)
    nurse = g.person(female=g.chance(0.8))
    md = g.person()
    coord = g.person(female=g.chance(0.6))
    scan = g.chance(0.45)
    T = (lambda s: ocr_t(caps_t(s), g, 0.2)) if scan else caps_t
    N = (lambda s: ocr(s, g, 0.3, names=True)) if scan else (lambda s: s)
    city, uf = g.city()
    dd, mm, yy = g.dob_parts(1958, 2005)
    dn = g.day()
    da = dn - datetime.timedelta(days=g.ri(0, 2))
    doc.t(T("SINAN — SISTEMA DE INFORMAÇÃO DE AGRAVOS DE NOTIFICAÇÃO\nFICHA DE INVESTIGAÇÃO — ACIDENTE DE TRABALHO COM EXPOSIÇÃO A MATERIAL BIOLÓGICO\n\n"))
    doc.f(T("1 TIPO DE NOTIFICAÇÃO: 2 - INDIVIDUAL   2 AGRAVO: ACIDENTE C/ MATERIAL BIOLÓGICO   CID-10: Z20.9\n3 DATA DA NOTIFICAÇÃO: «d»   4 UF: «u»   5 MUNICÍPIO: «c»\n"
            "6 UNIDADE NOTIFICADORA: «n»\n7 DATA DO ACIDENTE: «a»\n"), d=dbr(dn), u=uf, c=fold(city).upper(), n=fold(g.pick(UBS[:5] + HOSPITALS[:3])).upper(), a=dbr(da))
    doc.f(T("8 NOME DO PACIENTE: «n»\n9 DATA DE NASCIMENTO: «b»   10 IDADE: «i» A   11 SEXO: «s»   12 GESTANTE: «g»\n13 RAÇA/COR: «r»   14 ESCOLARIDADE: «e»\n"),
          n=P(N(w.capsf)), b=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"), i=age_of(yy, dn.year), s="F" if w.female else "M",
          g=g.pick(["5 - NÃO", "6 - NÃO SE APLICA", "9 - IGNORADO"]) if w.female else "6 - NÃO SE APLICA", r=g.pick(["PARDA", "PRETA", "BRANCA", "INDÍGENA"]),
          e=g.pick(["1ª A 4ª SÉRIE INCOMPLETA", "ENSINO FUNDAMENTAL INCOMPLETO", "ANALFABETO", "ENSINO MÉDIO INCOMPLETO"]))
    doc.f(T("15 NÚMERO DO CARTÃO SUS: «c»\n16 NOME DA MÃE: «m»\n"), c=(g.cns(g.chance(0.5)), "BR_CNS"), m=P(N(mother.capsf)))
    if g.chance(0.5):
        doc.f(T("CPF: «c»\n"), c=(g.cpf(), "BR_CPF"))
    doc.f(T("17 LOGRADOURO/NÚMERO: «a»   18 BAIRRO: «b»\n19 CEP: «z»   20 (DDD) TELEFONE: «t»\n\n"), a=(N(g.address("caps")), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(),
          z=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "nospace", "plain"])), "PHONE_NUMBER"))
    doc.f(T("31 OCUPAÇÃO: 5192-05 CATADOR DE MATERIAL RECICLÁVEL\n32 SITUAÇÃO NO MERCADO DE TRABALHO: 07 - COOPERATIVADO\n33 EMPRESA/COOPERATIVA: «r»   CNPJ: «j»\n"),
          r=fold(craz).upper(), j=(g.any_cnpj(), "BR_CNPJ"))
    doc.t(T("34 TIPO DE EXPOSIÇÃO: PERCUTÂNEA   35 MATERIAL ORGÂNICO: SANGUE   36 CIRCUNSTÂNCIA: MANUSEIO DE LIXO (TRIAGEM)\n37 AGENTE: AGULHA COM LÚMEN   "
            "38 USO DE EPI: LUVA " + g.pick(["DE TECIDO", "DE VAQUETA", "NÃO USAVA"]) + "\n39 PACIENTE FONTE: DESCONHECIDA\n"))
    doc.t(T("40 TESTES RÁPIDOS NO ACIDENTADO: ANTI-HIV NR / HBSAG NR / ANTI-HCV NR / VDRL NR\n41 CONDUTA: PEP (TDF + 3TC + DTG) POR 28 DIAS; VACINA HEPATITE B "
            + g.pick(["D1", "D2", "REFORÇO"]) + "; RETORNO EM 30 DIAS\n\n"))
    doc.f(T("ACOMPANHANTE: «n» (COORDENAÇÃO DA COOPERATIVA), TEL. «t»\n"), n=P(N(fold(coord.short).upper())), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f(T("NOTIFICADOR: «n» — «c»\nMÉDICO ASSISTENTE: «m» — «r»\n"), n=P(N(nurse.capsf)), c=(g.council("COREN", uf), "PROFESSIONAL_ID"), m=P(N(md.capsf)),
          r=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f(T("CÓPIA PARA O CEREST REGIONAL: «e»\n"), e=(corp_mail(g.person(), f"saude.{re.sub(r'[^a-z]', '', fold(city).lower())}.{uf.lower()}.gov.br", g), "EMAIL_ADDRESS")
              if g.chance(0.5) else V(f"cerest@saude.{re.sub(r'[^a-z]', '', fold(city).lower())}.{uf.lower()}.gov.br"))
    return doc


def sa_vacinacao(g: Gen) -> Doc:
    """A vaccination campaign at a cooperative's shed by the health post (tetanus, hepatitis B, flu): the list as CSV, TSV or ruled table (name, nickname sometimes, birth date, CPF, CNS, vaccine, dose, lot), the vaccinators' COREN, the community health agent, the pending list, the health post's phone and e-mail."""
    doc = Doc()
    cname, craz, sig, cdom = coop(g)
    ubs = g.pick(UBS[:7])
    vacs = [g.person(female=g.chance(0.85)) for _ in range(2)]
    acs = g.person(female=g.chance(0.7))
    city, uf = g.city()
    doc.f("VACINAÇÃO EXTRAMUROS — «u» — galpão da «c» — «d»\nVacinadoras: «a» («ac») e «b» («bc»)\nAgente comunitári«o»: «n»\n\n", u=ubs, c=cname, d=g.date("br"),
          a=P(g.pick([vacs[0].full, vacs[0].short])), ac=(g.council("COREN", uf), "PROFESSIONAL_ID"), b=P(g.pick([vacs[1].first, vacs[1].short])) if g.chance(0.5) else V("técnica da UBS"),
          bc=(g.council("COREN", uf), "PROFESSIONAL_ID"), o="a" if acs.female else "o", n=P(g.pick([acs.full, acs.first])))
    fmt = g.pick(["csv", "tab", "plus", "pipe", "plain"])
    dfmt = g.pick(["br", "iso", "br"])
    rows = []
    for _ in range(g.ri(4, 5)):
        p = g.person(female=g.chance(0.6))
        rows.append([P(g.pick([p.full, p.caps, p.low])), P(nickname(g, p)) if g.chance(0.2) else V(""), (g.dob(dfmt, 1950, 2007), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if g.chance(0.75) else V(""), (g.cns(g.chance(0.5)), "BR_CNS") if g.chance(0.8) else V(""),
                     V(g.pick(VACCINES[:4])), V(g.pick(DOSES)), V(lote_vacina(g)), (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER") if g.chance(0.6) else V("")])
    cols = ["nome", "apelido", "nascimento", "cpf", "cns", "vacina", "dose", "lote", "contato"]
    if fmt == "csv":
        table_csv(doc, cols, rows, g.pick([",", ";"]))
    elif fmt == "tab":
        table_csv(doc, cols, rows, "\t")
    else:
        table_ruled(doc, cols, rows, fmt)
    if g.chance(0.5):
        doc.t("\nPendentes (sem documento, voltar com o cartão de vacina): ")
        for k in range(g.ri(1, 2)):
            pp = g.person()
            if k:
                doc.t(", ")
            doc.e(g.pick([pp.first, nickname(g, pp), pp.short]), "PERSON")
        doc.t(".\n")
    else:
        doc.t("\nSem pendências.\n")
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    ubs_dom = f"saude.{re.sub(r'[^a-z]', '', fold(city).lower())}.{uf.lower()}.gov.br"
    doc.f("«u» — «t» — «e»\n", u=ubs, t=(g.phone("par", mobile=False), "PHONE_NUMBER"),
          e=(corp_mail(g.person(), ubs_dom, g), "EMAIL_ADDRESS") if g.chance(0.4) else V(role_mail(g, ubs_dom, g.pick(["ubs", "imunizacao", "vigilancia"]))))
    return doc


def sa_relatorio_acidente(g: Gen) -> Doc:
    """The cooperative's (or a scrap yard's) accident investigation report: the injured worker (birth date, CPF, RG, phone), the relative told by phone, witnesses, SAMU with the ambulance's plate and the nurse's COREN, the hospital and the ICD code, the 5 whys, the safety engineer's CREA recommending NR-12 guards, the action plan with the people in charge."""
    doc = Doc()
    if g.chance(0.65):
        cname, craz, sig, cdom = coop(g)
        org = craz
    else:
        sname, org, sdom = scrapyard(g)
    w = g.person(female=g.chance(0.45))
    what, cid, desc, place, why = g.pick(ACC_CASES)
    what = what.replace("{o}", w.o)
    eng = g.person()
    nurse = g.person(female=g.chance(0.7))
    style = g.pick(["lines", "box", "dots"])
    t_acc = g.moment(hours=(6, 18))
    doc.f("RELATÓRIO DE INVESTIGAÇÃO DE ACIDENTE — «o»\nData do acidente: «d» às «h» · Local: «l»\n\n1. IDENTIFICAÇÃO\n", o=org, d=dbr(t_acc), h=ts(t_acc, "hm"), l=place)
    fields = [("Acidentad" + w.o, P(g.pick([w.full, w.caps]))), ("Apelido", P(nickname(g, w))), ("Nascimento", (g.dob("br", 1958, 2006), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("Função", V(role(g, w)))]
    if g.chance(0.6):
        fields.pop(1)
    kv_block(doc, fields, style)
    rel = g.relative(w)
    doc.f("\n2. DESCRIÇÃO\nSegundo relato, «x» «w». Testemunharam ", x=lower(w.first), w=what)
    for k in range(g.pick([1, 1, 2])):
        tw = g.person()
        if k:
            doc.t(" e ")
        doc.e(g.pick([tw.full, tw.short, nickname(g, tw)]), "PERSON")
    doc.t(".\n\n3. ATENDIMENTO\n")
    if g.chance(0.6):
        doc.f("SAMU acionado às «h»; USA placa «p», «te» «n» («c»). Removid«o» para: «s».\n",
              h=ts(t_acc + datetime.timedelta(minutes=g.ri(3, 25)), "hm"), p=(g.plate(), "LICENSE_PLATE"), te="técnica de enfermagem" if nurse.female else "técnico de enfermagem",
              n=P(g.pick([nurse.full, nurse.short])), c=(g.council("COREN"), "PROFESSIONAL_ID"), o=w.o, s=g.pick(HOSPITALS))
    else:
        doc.f("Levad«o» pela coordenação (destino: «s») no carro de «n», placa «p».\n", o=w.o, s=g.pick(HOSPITALS + UBS[:3]), n=P(g.person().first), p=(g.plate(), "LICENSE_PLATE"))
    doc.f("Diagnóstico: «d» (CID-10 «c»). Afastamento: «k» dias.\n", d=desc, c=cid, k=g.ri(2, 45))
    doc.f("Família avisada: «r» («k»), tel. «t».\n\n", r=P(g.pick([rel.first, rel.full])),
          k=g.pick(["mãe", "filha", "companheira", "irmã", "esposa"] if rel.female else ["pai", "filho", "companheiro", "irmão", "marido"]),
          t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    doc.t("4. ANÁLISE (5 PORQUÊS)\n")
    doc.t(why)
    doc.f("Parecer técnico: «n», engenheir«o» de segurança do trabalho — «c»\n\n", n=P(eng.full), o=eng.o, c=(g.council("CREA"), "PROFESSIONAL_ID"))
    doc.t("5. PLANO DE AÇÃO\n")
    rows = []
    for acao in g.sample(["instalar proteção e parada de emergência na prensa", "comprar luvas anticorte (CA válido)", "campanha com o condomínio sobre seringas",
                          "refazer treinamento NR-12", "instalar canaleta no piso do galpão", "vacinar todos contra hepatite B e tétano"], g.ri(2, 4)):
        rp = g.person()
        rows.append([V(acao), P(g.pick([rp.first, rp.short, nickname(g, rp)])) if g.chance(0.5) else V(g.pick(["diretoria", "coordenação", "tesouraria", "CIPA"])),
                     V(g.date("short"))])
    table_ruled(doc, ["ação", "responsável", "prazo"], rows, g.pick(["plus", "md", "plain"]))
    return doc


def sa_prontuario_ubs(g: Gen) -> Doc:
    """A health post's record (e-SUS style SOAP) of a picker: name, social name sometimes, birth date, CNS, CPF, mother, address, CEP, phone; the community health agent; the complaint, the ICD code, tests, a referral to the CEREST; the physician's CRM and the nurse's COREN."""
    doc = Doc()
    p = g.person(female=g.chance(0.5))
    mother = g.person(True)
    acs = g.person(female=g.chance(0.7))
    md = g.person()
    nurse = g.person(female=g.chance(0.8))
    city, uf = g.city()
    ubs = g.pick(UBS)
    q, ex, cid, desc, plan = g.pick(UBS_CASES)
    cname = coop(g)[0]
    doc.f("«u» — Prontuário Eletrônico (e-SUS APS)\nAtendimento individual · «d» «h»\n\n", u=ubs, d=g.date("br"), h=g.hm())
    fields = [("Cidadão", P(g.pick([p.full, p.caps])))]
    if g.chance(0.15):
        so = g.person(female=not p.female)
        fields.append(("Nome social", P(so.given + " " + p.last)))
    fields += [("Data de nascimento", (g.dob(g.pick(["br", "br", "iso"]), 1955, 2006), "DATE_OF_BIRTH")), ("CNS", (g.cns(), "BR_CNS"))]
    if g.chance(0.6):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    fields += [("Nome da mãe", P(g.pick([mother.full, mother.caps]))), ("Endereço", (g.address(), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS))),
               ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER") if g.chance(0.8) else V("—")),
               ("Tel. recado", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.5) else V("—")),
               ("Ocupação", V(f"catador{'a' if p.female else ''} de material reciclável ({cname})")), ("ACS", P(g.pick([acs.first, acs.full])))]
    kv_block(doc, fields, g.pick(["lines", "dots", "box"]))
    doc.f("\nS: «q». «x»\nO: PA «pa» mmHg, FC «fc», Tax «t» °C. «e».\nA: «d» — CID-10 «c».\n", q=q, x=g.pick(["Trabalha sem luva desde que a dela rasgou.",
                                                                                                    "Carrega em média 300 kg por dia no carrinho.", "Nega comorbidades.",
                                                                                                    "Tabagista 10 maços-ano."]),
          pa=f"{g.ri(100, 165)}x{g.ri(60, 105)}", fc=g.ri(60, 110), t=num(g.rng.uniform(36.0, 38.9), 1), e=ex, d=desc, c=cid)
    doc.f("P: «p». Atestado de «k» dias. Notificação ao CEREST como agravo relacionado ao trabalho.\n\n", p=plan, k=g.ri(2, 15))
    doc.f("Atendido por: «x»«m» — «c»\nAcolhimento: «n» — «e»\n", x=g.pick(["", dra(md) + " "]), m=P(md.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          n=P(g.pick([nurse.full, nurse.short])), e=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_chat_acs(g: Gen) -> Doc:
    """A WhatsApp chat between the community health agent and the cooperative's coordinator, in lower case: the members' CNS and CPF for the exams, a sick note photographed with the doctor's name and CRM, a dependant's CNS, a relative's phone, a birth date for the vaccination card, a referral to the CEREST."""
    doc = Doc()
    cname, craz, sig, cdom = coop(g)
    acs = g.person(female=g.chance(0.75))
    co = g.person(female=g.chance(0.6))
    st = chat_stamp(g)
    tt = iter(seq_times(g, 40, g.moment(hours=(7, 19)), 60, 3000))
    if g.chance(0.5):
        if g.chance(0.5):
            an = g.pick([acs.first, acs.short])
            doc.f("Conversa do WhatsApp com «n»«x»\n\n", n=P(an), x=g.pick(["", " ACS", " (agente de saúde)", " UBS"]))
            A = P(an)
        else:
            A = (g.phone("wa"), "PHONE_NUMBER")
            doc.t("Conversa do WhatsApp com ")
            doc.e(*A)
            doc.t("\n\n")
        C = V("Você")
    else:
        A = V("Você")
        C = P(g.pick([co.first, co.short, nickname(g, co)])) if g.chance(0.4) else (g.phone("wa"), "PHONE_NUMBER")
        doc.t("Conversa do WhatsApp com ")
        doc.e(*C)
        doc.t("\n\n")
    ubs = g.pick(UBS[:7])
    cl(doc, st(next(tt)), A, "oi «n», bom dia! a «u» vai fazer o mutirão de exames dos cooperados dia «d». me manda nome, cpf e cartão do sus de quem vai", n=P(lower(co.first)),
       u=lower(ubs), d=g.date("short"))
    doc.t(st(next(tt)))
    doc.e(*C)
    doc.t(": ")
    for k in range(g.ri(2, 3)):
        p = g.person(female=g.chance(0.6))
        doc.e(g.pick([p.low, lower(p.short)]), "PERSON")
        if g.chance(0.8):
            doc.t(" cpf ")
            doc.e(g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        if g.chance(0.75):
            doc.t(" sus ")
            doc.e(g.cns(g.chance(0.4)), "BR_CNS")
        doc.t("\n")
    cl(doc, st(next(tt)), A, "anotado ✅")
    p2 = g.person(female=True)
    md = g.person()
    cl(doc, st(next(tt)), C, "a «n» foi na upa ontem, mandou o atestado: dr «m» «c», 3 dias, cid «i»", n=P(lower(nickname(g, p2))), m=P(lower(md.short)),
       c=(g.council("CRM").lower() if g.chance(0.3) else g.council("CRM"), "PROFESSIONAL_ID"), i=g.pick(SICK_ICD)[0].lower())
    cl(doc, st(next(tt)), A, "<Mídia oculta>" if g.chance(0.5) else "recebi a foto, vou lançar")
    kid = g.relative(p2)
    cl(doc, st(next(tt)), C, "e «k» dela «n» precisa atualizar a vacina, nasceu «d», sus «s»", k="a filha" if kid.female else "o filho", n=P(lower(kid.first)), d=(g.dob(g.pick(["br", "short", "nopad"]), 2012, 2024), "DATE_OF_BIRTH"),
       s=(g.cns(), "BR_CNS"))
    if g.chance(0.6):
        rel = g.person()
        cl(doc, st(next(tt)), A, "ela tem outro número? o dela só dá caixa postal")
        cl(doc, st(next(tt)), C, "liga pra «k» dela, «n», «t»", k=g.pick(["mãe", "irmã", "vizinha", "sogra"]), n=P(lower(rel.first)), t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        p3 = g.person()
        p3 = g.person(False)
        cl(doc, st(next(tt)), A, "o «n» continua com dor no ombro? o médico quer encaminhar pro cerest, preciso do nis dele", n=P(lower(g.pick([p3.first, nickname(g, p3)]))))
        cl(doc, st(next(tt)), C, "nis «p»", p=(g.pis(g.pick(["dot", "raw"])), "BR_PIS"))
    if g.chance(0.4):
        cl(doc, st(next(tt)), C, chat_neg(g))
    cl(doc, st(next(tt)), A, g.pick(["obrigada! até dia «d» 💚", "valeu, até o mutirão", "beleza, qualquer coisa me chama"]), d=g.date("short"))
    return doc


def employer(g: Gen) -> tuple[str, str]:
    """A scrap yard (employees under the CLT) or a cooperative (its few employees): (legal name, domain)."""
    if g.chance(0.55):
        sname, sraz, sdom = scrapyard(g)
        return sraz, sdom
    cname, craz, sig, cdom = coop(g)
    return craz, cdom


def sa_aso(g: Gen) -> Doc:
    """An ASO of a scrap yard's or a cooperative's employee (press operator, driver, scale clerk, torch cutter): the clinic's CNPJ and phone, the employer's CNPJ, CPF, RG, birth date, NIT, phone sometimes; noise, cuts, biological and chemical risks; the examiner's and the PCMSO coordinator's CRM; sometimes the month's ASO list."""
    doc = Doc()
    cl_, cdom = g.pick(OCC_CLINICS)
    raz, edom = employer(g)
    w = g.person(female=g.chance(0.3))
    ex = g.person()
    co = g.person()
    uf = g.pick(UFS)
    fn = g.pick([("operador de prensa", "ruído (prensa, 88 dB(A)); acidente (esmagamento); ergonômico"),
                 ("motorista de caminhão", "acidente (trânsito); ergonômico; biológico (resíduos)"),
                 ("balanceiro", "ergonômico; poeira"), ("maçariqueiro", "fumos metálicos; radiação não ionizante; queimadura"),
                 ("ajudante de pátio", "acidente (cortes, perfurações); biológico; levantamento de peso"),
                 ("triador", "biológico (perfurocortantes); ergonômico (postura em pé)")])
    tipo = g.pick(["ADMISSIONAL", "PERIÓDICO", "PERIÓDICO", "DEMISSIONAL", "RETORNO AO TRABALHO"])
    style = g.pick(["lines", "box", "caps", "dots"])
    doc.f("ATESTADO DE SAÚDE OCUPACIONAL — ASO («t»)\n«c» — CNPJ «n» — agendamentos «p»\n\n", t=tipo, c=cl_, n=(g.any_cnpj(), "BR_CNPJ"),
          p=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.3)), "PHONE_NUMBER"))
    fields = [("Empresa", V(raz)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Trabalhador(a)", P(g.pick([w.full, w.caps]))), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.75):
        fields.append(("RG", (g.rg(), "BR_RG")))
    fields += [("Data de nascimento", (g.dob(g.pick(["br", "br", "iso"]), 1960, 2006), "DATE_OF_BIRTH")), ("NIT/PIS", (g.pis(), "BR_PIS"))]
    if g.chance(0.5):
        fields.append(("Telefone", (g.phone(), "PHONE_NUMBER")))
    fields += [("Função", V(fn[0])), ("CBO", V(g.pick(["5192-15", "7825-10", "4141-05", "7243-15", "5192-05", "7842-05"]))), ("Riscos", V(fn[1])),
               ("Exames", V(g.pick(["clínico; audiometria", "clínico; audiometria; acuidade visual", "clínico; hemograma; anti-HBs", "clínico; ECG; glicemia (motorista)"])))]
    kv_block(doc, fields, style)
    doc.f("\nConclusão: «r»\n\n", r=g.pick(["APTO(A) para a função", "APTO(A) para a função", "APTO(A) com restrição: uso obrigatório de protetor auricular tipo concha", "INAPTO(A) temporariamente"]))
    doc.f("Médic«o» examinador«a»: «n» — «c»\n", o=ex.o, a="a" if ex.female else "", n=P(ex.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("Coordenador«a» do PCMSO: «n» — «c»\n", a="a" if co.female else "", n=P(g.pick([co.full, co.caps])), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("«c», «d»\n", c=g.city()[0], d=g.date("br"))
    if g.chance(0.5):
        doc.t("\nASOs do mês\n")
        rows = []
        for _ in range(g.ri(2, 4)):
            p = g.person()
            rows.append([P(g.pick([p.full, p.caps, p.inverted])), (g.cpf(), "BR_CPF") if g.chance(0.8) else V("(sem CPF no cadastro)"),
                         V(g.pick(["operador de prensa", "motorista", "ajudante", "balanceiro(a)", "triador(a)"])), V(g.pick(["periódico", "admissional", "demissional"])),
                         V(g.date("short")), V(g.pick(["apto", "apto", "apto c/ restrição"]))])
        table_ruled(doc, ["nome", "CPF", "função", "tipo", "data", "resultado"], rows, g.pick(["plus", "pipe", "plain", "psql"]))
    return doc


def sa_atestados_epi(g: Gen) -> Doc:
    """The cooperative secretary's sheet of sick notes (member, CPF, date, days, ICD code, the doctor and CRM), the INSS referral of a long leave with the NIT, and the PPE delivery sheet (name, CPF or RG, items, CA numbers unlabelled, how it was signed); the coordinator's e-mail or the role mailbox."""
    doc = Doc()
    cname, craz, sig, cdom = coop(g)
    sec = g.person(female=g.chance(0.7))
    uf = g.pick(UFS)
    comp = f"{MONTHS[g.ri(0, 11)]}/{g.pick([2025, 2026])}"
    doc.f("«s» — CONTROLE DE ATESTADOS E AFASTAMENTOS — «c»\n\n", s=sig, c=comp)
    rows = []
    for _ in range(g.ri(3, 4)):
        p = g.person(female=g.chance(0.6))
        md = g.person()
        icd = g.pick(SICK_ICD)
        rows.append([P(g.pick([p.full, p.caps, p.short])), (g.cpf(), "BR_CPF") if g.chance(0.8) else V("-"), V(g.date("short")), V(str(g.ri(1, 15))),
                     V(icd[0]), P(g.pick([md.full, md.short])) if g.chance(0.35) else V("(ilegível)"), (g.council("CRM", uf), "PROFESSIONAL_ID")])
    fmt = g.pick(["plus", "pipe", "tab", "md"])
    cols = ["cooperado(a)", "CPF", "data", "dias", "CID", "médico(a)", "CRM"]
    if fmt == "tab":
        table_csv(doc, cols, rows, "\t")
    else:
        table_ruled(doc, cols, rows, fmt)
    if g.chance(0.6):
        lp = g.person()
        doc.f("\nAfastamento > 15 dias: «n» (NIT «p») — como contribuinte individual, orientad«o» a agendar perícia no INSS pelo 135; benefício por incapacidade temporária.\n",
              n=P(g.pick([lp.full, lp.short])), p=(g.pis(), "BR_PIS"), o=lp.o)
    doc.t("\nFICHA DE ENTREGA DE EPI (NR-6)\n")
    rows = []
    for _ in range(g.ri(2, 3)):
        p = g.person(female=g.chance(0.6))
        items = g.sample(EPI, g.ri(1, 3))
        doc_ = (g.cpf(), "BR_CPF") if g.chance(0.6) else (g.rg(), "BR_RG")
        rows.append([P(g.pick([p.full, p.caps, nickname(g, p)])), doc_, V(" + ".join(items)), V(", ".join(ca_epi(g) for _ in items)), V(g.date("short")),
                     V(g.pick(["(assinado)", "(digital)", "(assinado)"]))])
    table_ruled(doc, ["nome", "documento", "itens", "CA", "entrega", "assinatura"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.f("\nResponsável: «n» — «e»\n", n=P(g.pick([sec.full, sec.short])), e=(corp_mail(sec, cdom, g), "EMAIL_ADDRESS") if g.chance(0.5) else V(role_mail(g, cdom, g.pick(["secretaria", "cooperativa", "diretoria"]))))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


SA = [sa_sinan_biologico, sa_vacinacao, sa_relatorio_acidente, sa_prontuario_ubs, sa_chat_acs, sa_aso, sa_atestados_epi]


# --------------------------------------------------------------------------- financeiro

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


def fi_tickets_pesagem(g: Gen) -> Doc:
    """Weighing tickets from a buyer's truck scale (thermal print in fixed width, OCR'd sometimes): ticket number, scale, plate, driver and his CPF or CNH, the supplier (the cooperative, CNPJ), product, MTR, gross, tare, net, moisture discount, price, total; the scale clerk by name or login."""
    doc = Doc()
    bname, bdom, trade = buyer(g)
    cname, craz, sig, cdom = coop(g)
    scan = g.chance(0.35)
    W = 42
    L = (lambda s: ocr(s, g, 0.25)) if scan else (lambda s: s)
    N = (lambda s: ocr(s, g, 0.3, names=True)) if scan else (lambda s: s)
    clerk = g.person(female=g.chance(0.4))
    coop_cnpj = g.any_cnpj()
    buyer_cnpj = g.any_cnpj()
    for k in range(g.ri(2, 3)):
        dv = g.person(False)
        t = g.moment(hours=(6, 18))
        mat, lo, hi = g.pick(MATERIALS[trade])
        gross = g.ri(9000, 38000)
        tare = g.ri(6000, min(gross - 1500, 16000))
        net = gross - tare
        hum = g.ri(0, 18) if trade == "papel" else 0
        liq = round(net * (1 - hum / 100))
        price = round(g.rng.uniform(lo, hi), 3 if hi < 1 else 2)
        doc.t("=" * W + "\n")
        doc.t(L(cut(fold(bname).upper(), W)).center(W).rstrip() + "\n")
        doc.t(L("CNPJ ") )
        doc.e(buyer_cnpj, "BR_CNPJ")
        doc.t("\n")
        doc.t(L(f"TICKET DE PESAGEM N. {ticket_no(g)}") + "\n")
        doc.t(L(f"BALANCA RODOVIARIA 60T - {fold(g.pick(SCALES)).upper()}") + "\n")
        doc.t("-" * W + "\n")
        doc.t(L(f"ENTRADA: {ts(t, 'br')}  SAIDA: {ts(t + datetime.timedelta(minutes=g.ri(20, 90)), 'hm')}") + "\n")
        doc.t(L("PLACA: "))
        doc.e(g.plate(), "LICENSE_PLATE")
        if g.chance(0.3):
            doc.t(L("  CARRETA: "))
            doc.e(g.plate(), "LICENSE_PLATE")
        doc.t("\n" + L("MOTORISTA: "))
        doc.e(N(cut(dv.capsf, W - 11)), "PERSON")
        doc.t("\n")
        if g.chance(0.6):
            doc.t(L("CPF: "))
            doc.e(g.cpf(), "BR_CPF")
        else:
            doc.t(L("CNH: "))
            doc.e(g.cnh(), "BR_CNH")
        doc.t("\n" + L("FORNECEDOR: ") + L(cut(fold(g.pick([cname, sig])).upper(), W - 12)) + "\n")
        doc.t(L("CNPJ FORN.: "))
        doc.e(coop_cnpj, "BR_CNPJ")
        doc.t("\n" + L(f"PRODUTO: {fold(mat).upper()}") + "\n" + L(f"MTR: {mtr(g)}") + "\n")
        doc.t("-" * W + "\n")
        doc.t(L("PESO BRUTO") .ljust(22) + f"{num(gross, 0)} KG".rjust(W - 22) + "\n")
        doc.t(L("TARA").ljust(22) + f"{num(tare, 0)} KG".rjust(W - 22) + "\n")
        doc.t(L("PESO LIQUIDO").ljust(22) + f"{num(net, 0)} KG".rjust(W - 22) + "\n")
        if hum:
            doc.t(L(f"DESC. UMIDADE {hum}%").ljust(22) + f"{num(liq, 0)} KG".rjust(W - 22) + "\n")
        doc.t(L("PRECO/KG").ljust(22) + f"R$ {num(price, 3 if hi < 1 else 2)}".rjust(W - 22) + "\n")
        doc.t(L("TOTAL").ljust(22) + f"R$ {brl(liq * price)}".rjust(W - 22) + "\n")
        doc.t("-" * W + "\n" + L("BALANCEIRO: "))
        if g.chance(0.5):
            doc.e(N(fold(g.pick([clerk.short, clerk.first])).upper()), "PERSON")
        else:
            doc.t(login(clerk, g))
        doc.t("\n" + L("ASS. MOTORISTA: ____________________") + "\n")
        doc.t("=" * W + "\n\n")
    if g.chance(0.5):
        cm = g.person()
        doc.f("Obs. (escrito à mão): conferido por «n», da «s». «x»\n", n=P(g.pick([cm.first, nickname(g, cm)])), s=sig,
              x=g.pick(["Umidade alta, papelão molhado do sereno.", "Peso bateu com a balança do galpão.", "Faltou 1 fardo, ver com o motorista."]))
    return doc


def fi_rateio(g: Gen) -> Doc:
    """A cooperative's monthly share-out (rateio) per member, in fixed width (names cut at 24 characters) or a ruled table: CPF, days, hours, gross, INSS 11% as individual contributors, net, how it was paid (a Pix key of any kind, agency and account, or cash); the treasurer, the assembly's approval, the accountant's CRC."""
    doc = Doc()
    cname, craz, sig, cdom = coop(g)
    tes = g.person(female=g.chance(0.65))
    acc = g.person()
    comp = f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}"
    receita = money(g, 40000, 180000)
    doc.f("«r»\nRATEIO DA PRODUÇÃO — COMPETÊNCIA «c»\nReceita de vendas: R$ «v» · Despesas (energia, diesel, arame, EPI): R$ «d» · Fundo de reserva 10%\n\n",
          r=fold(craz).upper(), c=comp, v=brl(receita), d=brl(receita * g.rng.uniform(0.12, 0.25)))
    mem = [g.person(female=g.chance(0.6)) for _ in range(g.ri(4, 6))]
    fixed = g.chance(0.5)
    if fixed:
        W = 24
        doc.t("COOPERADO".ljust(W) + "  " + "CPF".ljust(14) + "  DIAS  HORAS    BRUTO   INSS 11%   LIQUIDO  PAGAMENTO\n")
        for p in mem:
            doc.cell(cut(fold(p.full).upper(), W), W, "PERSON")
            doc.t("  ")
            doc.cell(g.cpf("dot"), 14, "BR_CPF")
            days = g.ri(12, 26)
            gross = money(g, 900, 2900)
            doc.t(f"  {days:>4}  {days * g.ri(7, 9):>5}  {brl(gross):>8}  {brl(gross * 0.11):>8}  {brl(gross * 0.89):>8}  ")
            r = g.rng.random()
            if r < 0.55:
                kind_, kv = pix_key(g, p)
                doc.t(f"PIX {fold(kind_).upper()} ")
                doc.e(*kv)
            elif r < 0.85:
                b = g.pick(BANKS)
                doc.t(f"{b[0]} AG ")
                doc.e(g.agency(), "BANK_ACCOUNT")
                doc.t(" CC ")
                doc.e(g.account(), "BANK_ACCOUNT")
            else:
                doc.t("ESPECIE (RECIBO)")
            doc.t("\n")
    else:
        rows = []
        for p in mem:
            days = g.ri(12, 26)
            gross = money(g, 900, 2900)
            r = g.rng.random()
            if r < 0.55:
                kind_, kv = pix_key(g, p)
                cred = [V(f"Pix ({kind_})"), kv, V("")]
            elif r < 0.85:
                b = g.pick(BANKS)
                cred = [V(b[1]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
            else:
                cred = [V("espécie"), V("recibo assinado"), V("")]
            rows.append([P(g.pick([p.full, p.short, p.caps])), (g.cpf(), "BR_CPF"), V(str(days)), V(brl(gross)), V(brl(gross * 0.89))] + cred)
        table_ruled(doc, ["cooperado(a)", "CPF", "dias", "bruto", "líquido", "forma", "agência/chave", "conta"], rows, g.pick(["md", "plus", "pipe"]))
    doc.f("\nTesoureir«o»: «n» · Aprovado em assembleia de «d».\nContador responsável: «c» — «k»\n", o=tes.o, n=P(g.pick([tes.full, tes.short, tes.caps])), d=g.date("br"),
          c=P(g.pick([acc.full, acc.caps])), k=(g.council("CRC"), "PROFESSIONAL_ID"))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def fi_pix_lote(g: Gen) -> Doc:
    """A bank's batch Pix payout export (CSV) of a cooperative's share-out or of a scrap yard's purchases: payee, CPF, key type, key (random, CPF, phone or e-mail), amount, status, E2E id unlabelled; the paying agency and account and CNPJ; a buyer's payment received on the cooperative's random key; the operator's login and the internet-banking access IP."""
    doc = Doc()
    if g.chance(0.6):
        cname, org, sig, odom = coop(g)
    else:
        sname, org, odom = scrapyard(g)
    b = g.pick(BANKS)
    op = g.person()
    t0 = g.moment()
    doc.f("«b» — Internet Banking Empresas\nPagamentos em lote — Pix — lote «l» — «d»\nConta pagadora: agência «a» conta «c» — «o» — CNPJ «j»\n\n", b=b[1],
          l=clean(g, lambda: g.d(6)), d=ts(t0, "br"), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"), o=org, j=(g.any_cnpj(), "BR_CNPJ"))
    sep = g.pick([";", ","])
    doc.t(sep.join(["favorecido", "cpf", "tipo_chave", "chave", "valor", "status", "id_transacao"]) + "\n")
    for _ in range(g.ri(3, 6)):
        p = g.person(female=g.chance(0.6))
        cpf = g.cpf(g.pick(["dot", "raw"]))
        kind_, kv = pix_key(g, p, cpf)
        ok = g.chance(0.82)
        status = "EFETIVADO" if ok else g.pick(["DEVOLVIDO - CHAVE INEXISTENTE", "REJEITADO - CPF DIVERGENTE"])
        cpf_cell = (cpf, "BR_CPF")
        if status.endswith("CPF DIVERGENTE"):
            cpf_cell = V(g.neg_cpf(g.chance(0.5)))  # the treasurer's typo: a number that fails the check
            if kind_ == "CPF":
                kind_, kv = "aleatória", (g.uuid(), "PIX_KEY")
        row = [P(g.pick([p.capsf, p.full])), cpf_cell, V(fold(kind_).upper()), kv, V(brl(money(g, 150, 2800))), V(status), V(e2e(g, t0) if ok else "")]
        table_csv(doc, None, [row], sep)
    doc.t("\nCréditos recebidos no dia\n")
    for _ in range(g.ri(1, 2)):
        bn, bd, tr = buyer(g)
        doc.f("PIX RECEBIDO · «b» · CNPJ «j» · chave de destino «k» · R$ «v» · «e»\n", b=bn, j=(g.any_cnpj(), "BR_CNPJ"), k=(g.uuid(), "PIX_KEY"),
              v=brl(money(g, 2000, 38000)), e=e2e(g, t0))
    doc.f("\nOperador: «l» · aprovador: «n» · acesso de «i» em «d»\n", l=login(op, g), n=P(g.pick([g.person().full, g.person().short])), i=(g.ip(), "IP_ADDRESS"), d=ts(t0, "brs"))
    return doc


def fi_recibos_compra(g: Gen) -> Doc:
    """A scrap yard's purchase receipts from individual sellers (ALL CAPS, OCR'd sometimes): the yard's CNPJ, the seller's name, CPF, RG, address and CEP, material, weight, the amount in figures and words, paid in cash or by Pix to a key of any kind; the declaration of lawful origin; the clerk."""
    doc = Doc()
    sname, sraz, sdom = scrapyard(g)
    scan = g.chance(0.4)
    T = (lambda s: ocr_t(caps_t(s), g, 0.15)) if scan else caps_t
    N = (lambda s: ocr(s, g, 0.3, names=True)) if scan else (lambda s: s)
    cj = g.any_cnpj()
    city, uf = g.city()
    clerk = g.person()
    for k in range(g.ri(2, 3)):
        s = g.person(female=g.chance(0.35))
        mat, lo, hi = g.pick(ALL_MATS)
        w = g.ri(12, 480)
        v = round(w * g.rng.uniform(lo, hi), 2)
        doc.f(T("RECIBO Nº «n»\n«r» — CNPJ «j»\n\n"), n=f"{g.ri(1, 9999):04d}", r=fold(sraz).upper(), j=(cj, "BR_CNPJ"))
        doc.f(T("EU, «n», PORTADOR«a» DO CPF «c» E DO RG «g», RESIDENTE NA «e», CEP «z», DECLARO QUE RECEBI DE «r» A IMPORTÂNCIA DE R$ «v» («x») "
                "REFERENTE À VENDA DE «w» KG DE «m», DE MINHA PROPRIEDADE E DE ORIGEM LÍCITA.\n"), n=P(N(s.capsf)), a="A" if s.female else "", c=(g.cpf(), "BR_CPF"),
              g=(g.rg(), "BR_RG"), e=(N(g.address("caps")), "ADDRESS"), z=(g.cep(), "BR_CEP"), r=fold(sname).upper(), v=brl(v), x=fold(extenso(v)).upper(), w=w, m=fold(mat).upper())
        r = g.rng.random()
        if r < 0.5:
            doc.t(T("PAGAMENTO EM ESPÉCIE.\n"))
        else:
            kind_, kv = pix_key(g, s)
            doc.f(T("PAGAMENTO VIA PIX, CHAVE («k»): «v».\n"), k=fold(kind_).upper(), v=(kv[0].upper() if kv[1] == "PIX_KEY" and g.chance(0.3) else kv[0], kv[1]))
        doc.f(T("«c», «d».\n\nASSINATURA: ____________________    ATENDENTE: «a»\n"), c=fold(city).upper(), d=g.date("br"), a=P(N(fold(g.pick([clerk.first, clerk.short])).upper())))
        doc.t("\n" + "- " * 20 + "\n\n")
    return doc


def fi_venda_email(g: Gen) -> Doc:
    """An e-mail thread between a buyer's purchasing or finance contact and the cooperative's sales person about the month's loads: the price table, NF-e numbers unlabelled, the moisture discount, payment to the cooperative's agency and account or random Pix key, the buyer's CNPJ, signatures with phones; role mailboxes unlabelled."""
    doc = Doc()
    bname, bdom, trade = buyer(g)
    cname, craz, sig, cdom = coop(g)
    bp = g.person()
    cp = g.person(female=g.chance(0.6))
    t0 = g.moment(hours=(8, 18))
    t1 = t0 + datetime.timedelta(hours=g.ri(1, 48))
    bmail = corp_mail(bp, bdom, g)
    cmail_personal = g.chance(0.5)
    cmail = corp_mail(cp, cdom, g) if cmail_personal else role_mail(g, cdom, g.pick(["comercial", "financeiro", "cooperativa"]))
    doc.f("De: «f»\nPara: «t»\nCc: «c»\nData: «d»\nAssunto: RE: Fechamento «m» — «s»\nX-Originating-IP: [«ip»]\n\n", ip=(g.ip(), "IP_ADDRESS"), f=(bmail, "EMAIL_ADDRESS"), t=(cmail, "EMAIL_ADDRESS") if cmail_personal else V(cmail),
          c=role_mail(g, bdom, g.pick(["compras", "financeiro", "nfe"])), d=mail_date(t1), m=f"{MONTHS[t0.month - 1]}/{t0.year}", s=sig)
    doc.f("«n», boa tarde.\n\nSegue o fechamento das cargas do mês:\n\n", n=P(g.pick([cp.first, cp.short])))
    rows = []
    tot = 0.0
    for _ in range(g.ri(3, 5)):
        mat, lo, hi = g.pick(MATERIALS[trade])
        w = g.ri(900, 16000) if hi < 12 else g.ri(60, 800)
        pr = round(g.rng.uniform(lo, hi), 2)
        hum = g.ri(0, 12) if trade == "papel" else 0
        v = round(w * (1 - hum / 100) * pr, 2)
        tot += v
        rows.append([V(g.date("short")), V(nfe(g)), V(mat), V(num(w, 0)), V(f"{hum}%"), V(brl(pr)), V(brl(v))])
    table_ruled(doc, ["data", "nota", "material", "kg", "umid.", "R$/kg", "total"], rows, g.pick(["plus", "md", "pipe", "plain"]))
    doc.f("\nTotal: R$ «t». Pagamento programado para «d».\n\n«n»\nCompras de Recicláveis — «b» (CNPJ «j»)\n«p»\n\n", t=brl(tot), d=g.date("br"), n=P(bp.full), b=bname,
          j=(g.any_cnpj(), "BR_CNPJ"), p=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    doc.f("> Em «d», «n» escreveu:\n", d=ts(t0, "br"), n=P(cp.full) if cmail_personal else V(cmail))
    doc.f("> Bom dia, «n»! Precisamos fechar o mês até sexta para pagar o rateio dos cooperados. ", n=P(bp.first))
    r = g.rng.random()
    if r < 0.5:
        b = g.pick(BANKS)
        doc.f("Dados para pagamento: «r», «b», agência «a», conta «c».\n", r=sig, b=b[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("Pode pagar pela chave Pix aleatória da cooperativa: «k»\n", k=(g.uuid(), "PIX_KEY"))
    doc.f("> O desconto de umidade da carga do dia «d» ficou alto; o papelão estava enlonado. Pedimos revisão.\n", d=g.date("short"))
    doc.f("> «n»\n> Comercial — «c» — CNPJ «j»\n> «t»\n", n=P(g.pick([cp.first, cp.full])), c=cname, j=(g.any_cnpj(), "BR_CNPJ"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def fi_medicao(g: Gen) -> Doc:
    """The monthly measurement of a selective-collection contract: routes (neighbourhoods, trucks' plates, drivers, trips, tonnes), the cooperative's CNPJ, the NFS-e unlabelled, the amount, payment to agency and account, the inspector (name, matrícula unlabelled, corporate e-mail), the president's attestation with CPF, the secretary's approval."""
    doc = Doc()
    city, uf, body, mdom = muni(g)
    cname, craz, sig, cdom = coop(g)
    fisc = g.person()
    pres = g.person(female=g.chance(0.6))
    sec = g.person()
    comp = f"{MONTHS[g.ri(0, 11)]}/{g.pick([2025, 2026])}"
    doc.f("PREFEITURA MUNICIPAL DE «c» — «b»\nBOLETIM DE MEDIÇÃO Nº «n» — CONTRATO «k» — COMPETÊNCIA «m»\nContratada: «r» — CNPJ «j»\n\n", c=fold(city).upper(), b=body.upper(),
          n=f"{g.ri(1, 12):02d}", k=contrato_no(g), m=comp.upper(), r=craz, j=(g.any_cnpj(), "BR_CNPJ"))
    rows = []
    tot_t = 0.0
    trucks = [(g.plate(), g.person(False)) for _ in range(g.ri(2, 3))]
    for k in range(g.ri(3, 6)):
        pl, dv = g.pick(trucks)
        t = round(g.rng.uniform(4, 38), 2)
        tot_t += t
        rows.append([V(f"R{k + 1:02d}"), V(", ".join(g.sample(BAIRROS, 2))), (pl, "LICENSE_PLATE"), P(g.pick([dv.short, dv.full, dv.nick])) if g.chance(0.5) else V("(escala)"),
                     V(str(g.ri(8, 26))), V(num(t, 2))])
    table_ruled(doc, ["rota", "setores", "placa", "motorista", "viagens", "toneladas"], rows, g.pick(["plus", "pipe", "md", "psql"]))
    price = money(g, 180, 520)
    b = g.pick(BANKS)
    doc.f("\nTotal coletado e triado: «t» t × R$ «p»/t = R$ «v»\nRejeito enviado ao aterro: «r»%\nDocumento fiscal: «n» (isenta de ISS, art. 4º da LC municipal «l»)\n",
          t=num(tot_t, 2), p=brl(price), v=brl(tot_t * price), r=g.ri(8, 30), n=nfse(g), l=f"{g.ri(10, 300)}/{g.ri(2005, 2022)}")
    doc.f("Crédito em: «b», agência «a», conta «c» (titularidade da contratada)\n\n", b=b[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.f("Atesto a execução dos serviços. «n», fiscal do contrato, matrícula «m», «e».\n", n=P(g.pick([fisc.full, fisc.caps])), m=g.d(6),
          e=(corp_mail(fisc, mdom, g), "EMAIL_ADDRESS") if g.chance(0.7) else V(role_mail(g, mdom, g.pick(["fiscalizacao", "coletaseletiva", "contratos"]))))
    doc.f("De acordo (contratada): «n», presidente, CPF «c».\n", n=P(g.pick([pres.full, pres.caps])), c=(g.cpf(), "BR_CPF"))
    doc.f("Aprovo. Encaminhe-se à Fazenda para pagamento. «n» — Secretári«o» Municipal.\n", n=P(g.pick([sec.full, sec.caps])), o=sec.o)
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def fi_creditos_json(g: Gen) -> Doc:
    """A JSON-lines export of a reverse-logistics credit platform: the cooperative's credits (CNPJ, NF-e unlabelled, material, mass, the buyer's CNPJ, the uploader's name, e-mail and public IP), the bonus paid to pickers (name, CPF, a Pix key of any kind), the audit line with the exporter's login and private IP."""
    doc = Doc()
    rname, rdom, scope = g.pick(REVERSE)
    cname, craz, sig, cdom = coop(g)
    up_ = g.person(female=g.chance(0.6))
    umail = g.email(up_) if g.chance(0.4) else corp_mail(up_, cdom, g)
    doc.f("// «r» — exportação de créditos de reciclagem (Decreto 11.413/2023) — «d»\n", r=rname, d=g.date("iso"))
    cj = g.any_cnpj()
    for _ in range(g.ri(2, 3)):
        bn, bd, tr = buyer(g)
        mat, lo, hi = g.pick(MATERIALS[tr])
        rec = {"tipo": "credito", "cooperativa": sig, "cnpj": (cj, "BR_CNPJ"), "nota": nfe(g), "material": mat, "massa_kg": g.ri(500, 22000),
               "comprador_cnpj": (g.any_cnpj(), "BR_CNPJ"), "enviado_por": P(up_.full), "email": (umail, "EMAIL_ADDRESS"), "ip": (g.ip(), "IP_ADDRESS"),
               "status": g.pick(["homologado", "homologado", "em análise", "glosado: NF cancelada"])}
        jval(doc, rec, None)
        doc.t("\n")
    for _ in range(g.ri(2, 4)):
        p = g.person(female=g.chance(0.6))
        cpf = g.cpf(g.pick(["dot", "raw"]))
        kind_, kv = pix_key(g, p, cpf)
        rec = {"tipo": "bonus_catador", "nome": P(g.pick([p.full, p.short])), "cpf": (cpf, "BR_CPF"), "chave_tipo": kind_, "chave": kv,
               "valor": round(money(g, 40, 380), 2), "pago": g.pick([True, True, False])}
        jval(doc, rec, None)
        doc.t("\n")
    jval(doc, {"tipo": "auditoria", "usuario": login(g.person(), g), "ip": g.ip_priv(), "em": ts(g.moment(), "iso")}, None)
    doc.t("\n")
    return doc


FI = [fi_tickets_pesagem, fi_rateio, fi_pix_lote, fi_recibos_compra, fi_venda_email, fi_medicao, fi_creditos_json]


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
    print("hundredtwentysixth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
