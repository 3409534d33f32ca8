"""Build the hundred-and-thirty-second labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredthirtysecond_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 13232, 280 records: 4 domains x 7 templates x 10 copies.

Register: SUGARCANE, COFFEE AND ORANGE HARVEST LABOUR -- the seasonal and migrant harvest workers
(safristas, cortadores de cana, bituqueiros, colhedores de café, apanhadores de laranja), recruited in
their home towns (the Jequitinhonha valley, Maranhão, Piauí, Bahia, Pernambuco, Paraíba, Ceará,
Guarani-Kaiowá villages of Mato Grosso do Sul) by labour contractors (turmeiros and their empreiteiras),
carried in crew buses to mills (usinas, destilarias), coffee farms and orange groves, lodged in
alojamentos, paid by production (tonnes and metres of cane, 60-litre measures of coffee, 40,8 kg boxes
of oranges), and the papers around them: recruitment chats, registration forms, lodging lists, the
transport desk's radio log, the workers' app, rural workers' unions (STR, sindicatos de empregados
rurais) and their hotlines, labour claims, the Labour Prosecution Office's TAC, itinerant labour
courts, harvest contracts, crew-bus accidents, heirs of a cutter who died in the field, SINAN
notifications, ASOs, field ambulatories, occupational-safety chats, emergency units, vaccination at
the lodgings, INSS reports, production statements, payslips, end-of-harvest terminations, a fiscal's
notebook, a counting app's export, contractors' advances (vales) and salary accounts.
Before settling, the earlier generators that match "pronaf|assentamento|emater|agricultura familiar"
were read (the tenth, twenty-third, thirty-first, thirty-second, thirty-fourth, sixty-first,
seventy-first, seventy-second, seventy-sixth, ninety-first and hundred-and-twenty-seventh):
the thirty-second, sixty-first and ninety-first already cover rural properties and family farming as
a whole (Pronaf, CAF/DAP, CAR/CCIR/ITR, usucapião rural, rural retirement, pesticide poisoning, GTA),
so this set takes the close but distinct register of harvest wage labour; where those sets touched
it (a safristas' payroll, a harvest contract, a rural labour inspection with rescued workers), this
one uses other documents and layouts (no inspection report, no payroll of safristas with Pix keys as
such; a production statement in fixed width, a TAC, an itinerant hearing, a radio log, a fiscal's
notebook, an alvará for the heirs, a counting app's JSON lines).
Every employer, contractor, union, bus company, clinic, app, bot and person is invented (the mills
Usina Santa Rosa, Usina Bento Amado, Usina Aurora do Vale, Usina Leão Dourado, Destilaria Prudente,
Usina Serra Branca; the coffee farms Fazenda Santa Aurora, Fazenda Luz do Cerrado, Fazenda Flor do
Café, Cafés Justo & Filhos; the groves Citros Vitória Régia, Fazenda Laranjal Amado; the contractors
Empreiteira Rural Sarapião, Serviços Agrícolas Catolé, Turmas Canavieira, Agrosserviços Mourão Brejo,
Colheita Certa, Empreiteira Bom Jesus da Lapa, Rural Serviços Jequitibá, Turma Boa Esperança; the bus
companies Viação Rural Aurora, Transportes Prudente, Expresso Canavieiro, Turismo Leão do Norte,
Viação Bonfim; the clinics Clínica Ocupacional Bento Amado, MedTrab Aurora, Clínica Prudente SST...;
the apps Portal do Safrista, MeuHolerite Rural, App Turma Digital, Colheita Conectada). Cities are
real (Sertãozinho, Guariba, Jaboticabal, Barrinha, Piracicaba, Araraquara, Matão, Bebedouro, Barretos,
Três Pontas, Varginha, Guaxupé, Patrocínio, Quirinópolis, Naviraí, Coruripe; Codó, Timbiras, Coroatá,
Caxias, Picos, São Raimundo Nonato, Araçuaí, Berilo, Chapada do Norte, Minas Novas, Caetité, Guanambi,
Caarapó...); CEPs are random.
Layouts: WhatsApp exports (Android and iOS stamps; exported by either side; senders by number,
lower-case name, nickname or "Você"; @mentions); a radio log transcribed with the typed occurrence
record (fixed-width dotted leaders, ruled box or lines); a speech-to-text call in lower case with
identifiers read out in groups or in words ("meia" for six) and its typed record; forms in four
styles ("Campo: valor", dotted leaders, ruled box, CAPS labels) and scans with OCR confusions (I/l,
O/0, S/5, B/8, m/rn, d/cl...; identifiers printed clean); blank-aligned, +---+, pipe, psql and
Markdown tables; CSV with "," or ";", TSV (a spreadsheet tab); key=value access logs; JSON lines;
e-mails with the original quoted ("> ") and X-Originating-IP; a labour claim, an alvará petition, MPT
minutes with a TAC, hearing minutes, a harvest contract (capitals or a scan), an ALL CAPS police
report (OCR'd sometimes), a collective power of attorney (a scan); SINAN-style numbered fields; a
fixed-width production statement (names cut at 22 characters) and payslips; receipts with the
amount in words; a fiscal's notebook transcribed in lower case with typos.
- atendimento: (0) a crew's WhatsApp group during recruitment: the turmeiro asks for name, CPF, PIS
  and birth date; workers answer in lower case (a mistyped CPF, unlabelled, corrected later); the
  bus's plate and its driver with a phone; the lodging's address and CEP at the worksite; a wife's
  phone for a worker without a mobile; the ASO date; travel advances to Pix keys of any kind; a card
  number typed for a return ticket sometimes (the turmeiro asks to delete it); asides; (1) a
  harvest employee's registration form (typed, box, CAPS, dots or a scan): name, nickname, mother and
  father, birth date, birthplace, CPF (a wrong one noted), RG, PIS/NIT, título, CNH and CNS sometimes,
  paper CTPS (unlabelled), rural home of origin and CEP, the lodging, a phone for messages and whom
  to ask for, admission date and CBO (unlabelled), the salary account, dependants with birth dates
  and CPF sometimes, the signature a rogo, the HR clerk by name or login; (2) the transport desk's
  radio log: a worker fainted in the field, the driver reads his CPF and birth date (in words or
  groups), the driver's CNH read at a police checkpoint, a relative's phone; the typed record (plate,
  driver, CNH, worker, CPF, birth date, relative's phone, the dispatcher by name or login); (3) an
  e-mail from an employer's labour-relations desk quoting the union's complaint (conversion of
  metres into tonnes, crowned coffee measures, boxes miscounted): the union secretary's e-mail, the
  analyst's corporate e-mail, a table of workers (name, CPF, registration unlabelled, phone), the
  union lawyer's OAB sometimes, X-Originating-IP; (4) a contractor's lodging spreadsheet (TSV, CSV or
  blank-aligned): the house's address and CEP, the firm's CNPJ, the person in charge with a phone;
  rows with name, nickname, CPF, birth date, town of origin, phone, emergency contact and phone,
  arrival; notes (departures, a wife's visit, a wrong CPF, a power bill's installation number);
  (5) a support ticket of a worker app with the pasted access log (the CPF as login, public IPs, an
  SMS to a phone, an e-mail changed, the reset by a system account or a login from a private IP)
  and the attendant's note (an RG checked, the pointer named); (6) a speech-to-text call to a union's
  hotline about the seguro-desemprego (the worker or his wife; CPF, PIS, birth date, rural address,
  CEP, phone spoken) and the typed record.
- juridico: (0) a labour claim against the contractor and the mill or farm (the worker qualified
  with RG, CPF, PIS, título sometimes, phone, e-mail, rural home and CEP; CTPS unlabelled; the
  turmeiro and his nickname; both CNPJs; the pleas; witnesses with RG and rural address; the lawyer's
  OAB and e-mail; a related CNJ number unlabelled); (1) MPT minutes with a TAC (the prosecutor, the
  employer's CNPJ, its agricultural manager's CPF, the lawyer's OAB, the contractor's CNPJ and its
  partner's CPF and nickname; obligations; the workers' damages to agency and account or a random
  Pix key; signatures by name or by role; the civil-inquiry number unlabelled); (2) a harvest
  contract for coffee or oranges (capitals sometimes, or a scan): the rural employer's CPF (CAEPF
  unlabelled), the worker qualified (birth date, RG or CNH, CPF, PIS, rural home, CEP), pay to
  agency and account or a Pix key of any kind, the signature a rogo with the signer's CPF, witnesses;
  (3) an ALL CAPS police report of a crew-bus accident (OCR'd sometimes): the bus driver qualified
  with CNH and home, the bus's plate (RENAVAM unlabelled), the cane truck's three plates and its
  driver with CNH, the injured with birth dates, CPF or RG and phone, a witness, clerk and delegado;
  the accident's road and km are not an address; (4) hearing minutes at a labour court (an itinerant
  session sometimes): the CNJ number unlabelled, the claimant's CPF, phone and e-mail for
  intimations sometimes, the judge, agents with CPF or RG, lawyers with OAB; a settlement to agency
  and account or a Pix key of any kind, or witnesses with RG, rural address and phone naming
  co-workers by nickname; the clerk; (5) a collective power of attorney with a declaration of
  poverty (a scan): grantors with RG, CPF, rural home and CEP, the attorneys with OAB and e-mail,
  signatures a rogo, witnesses; (6) an alvará petition for the heirs of a worker who died in the
  field: the widow qualified, the children with birth dates and CPF sometimes, the deceased's CPF,
  PIS and birth date (the death date unlabelled), the employer's CNPJ, the widow's agency and
  account, the lawyer's OAB or the public defender; a CNJ number sometimes.
- saude: (0) a SINAN-style notification of a serious work accident or heat illness (name, birth
  date, CNS, CPF sometimes, mother, the lodging's or the rural home's address, CEP, phone, CBO and
  ICD-10 unlabelled, the employer's CNPJ, the plot, the notifier's COREN or CRM); (1) a batch of
  admission ASOs (names cut at 24, CPF, birth date, function, risks, result; the clinic's CNPJ, the
  PCMSO coordinator's and the examiner's CRM, the nurse's COREN); (2) a field ambulatory's day
  register (CSV or fixed width: worker, registration unlabelled, CNS or CPF, birth date, plot,
  complaint, ICD-10, conduct, the technician's login; the ambulance's plate; the nurse's note with
  COREN); (3) a WhatsApp chat between a fiscal and the safety team (a worker taken ill, his CNS, the
  ambulance's plate, the emergency doctor by surname, the wife's phone, the CAT number unlabelled,
  @mentions, a technician's MTE registration unlabelled); (4) an emergency unit's record (name,
  nickname sometimes, birth date, CNS, CPF, mother, the lodging's address and CEP, phones, the
  companion, SOAP with ICD-10, the transfer ambulance's plate, CRM and COREN); (5) a vaccination
  campaign at the lodgings (CSV/TSV: name, CNS, CPF, birth date, vaccine, dose, batch, lodging by
  name, the vaccinator's login; the ACS, the nurse's COREN); (6) an INSS or court expert's report
  (name, CPF, NIT, birth date, RG, rural home, CEP, phone, employer's CNPJ, CAT and NB numbers
  unlabelled, ICD-10, CRM; the CNJ number of a federal case unlabelled).
- financeiro: (0) a fortnight's production statement in fixed width (registration unlabelled, name
  cut at 22, CPF, metres and tonnes, measures or boxes, prices; both CNPJs; the turmeiro, the fiscal
  and the pointer by name or login); (1) one to three payslips (the employer's CNPJ, name, CPF, PIS,
  registration and CBO unlabelled, address and CEP sometimes, earnings and deductions, agency and
  account); (2) an e-mail to the bank with the end-of-harvest terminations as a semicolon CSV (name,
  CPF, PIS, birth date, dates, net, agency and account or a Pix key of any kind or a payment order;
  the analyst's and the bank manager's corporate e-mails, a phone, X-Originating-IP); (3) a fiscal's
  notebook transcribed (first names, nicknames and typos; daily measures; the Saturday payment by
  cash or Pix keys of any kind, sometimes the wife's, named or not; an advance); (4) JSON lines of a
  counting app (picker, CPF, mobile or null, tag unlabelled, plot, the pointer's login, private
  device IP unlabelled, public sync IP, a Pix key of any kind or null) and the analyst's note (a
  mother's agency and account refused); (5) contractors' advances (vales) with the amount in words
  (the turmeiro's CPF or his firm's CNPJ, the worker's name and CPF or a wrong one to check, Pix keys
  of any kind, a turmeiro's card number sometimes, a signer a rogo; the union's note on debt bondage,
  art. 149 of the Penal Code); (6) a bank's list of salary accounts opened for a crew (name, CPF,
  birth date, RG, the lodging's address, agency and account; the employer's CNPJ, the covenant
  number unlabelled, the manager's corporate e-mail and landline, the HR contact by name with a
  corporate e-mail or a role mailbox).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Dr.", "Dra.", "dona", "seu", "o fiscal", "turmeiro", "conhecido como", nor "MM. Juiz(a)"; particles
and suffixes are inside; "SURNAME, GIVEN" is one span; first names, nicknames, lower case, ALL CAPS,
OCR-damaged and mistyped forms are persons, and so are names cut at a fixed-width field, as they
stand. Staff named in the text are persons (turmeiros, fiscais de turma, drivers, dispatchers,
pointers, HR clerks, analysts, attendants, union secretaries, prosecutors, judges, clerks, lawyers,
public defenders, delegados, physicians, nurses, community health agents, safety technicians, bank
managers), and so are workers, relatives, witnesses, signers a rogo and partners; logins
(aamorimquental84, svc_portal, adm.suporte), bots (Canavinho, Safrinha), chat roles ("Você",
"atendente", "speaker 1", "ÔNIBUS 214", "CENTRAL") are not. Corporate e-mails of people are
EMAIL_ADDRESS; role mailboxes (rh@, dp@, folha@, sesmt@, sindicato@...) are not labelled. ADDRESS is a
person's street + number + complement (lower-case, caps, OCR'd and spoken forms included; bairro,
city and CEP stay out, the CEP is BR_CEP). Agency and account are separate BANK_ACCOUNT spans,
whoever holds them (a bank's agency in a list's header included); bank names and codes are not
labelled. PIX_KEY only for random keys; a key that is a CPF, phone or e-mail takes that label.
DATE_OF_BIRTH only for births (spoken ones, children's and a deceased worker's included);
admission, termination, accident, death, notification, vaccination, hearing, due and log dates and
ages ("Idade: 22 anos") are not. Identifiers read out in groups or in words are labelled like their
digits.
Decisions of this set:
- Rural homes are one ADDRESS span each, the way, its name, the km or number and the lot or
  farmstead together ("Sítio Pé de Serra, Estrada Vicinal Flor do Campo, km 20", "Linha São Bento,
  lote 14", "Gleba Mutum, lote 72, Estrada Vicinal Bom Jesus, km 39", "Povoado Centro do Meio, s/n",
  "Estrada Vicinal CDO-255, km 18", "Rodovia BR-135, km 212, Povoado Cajueiro", "Comunidade
  Quilombola Lagoa da Pedra, casa 41", "estr vicinal arc-046, km 17" spoken). The lodging
  (alojamento) where a crew lives during the harvest is its members' home: its street address is
  ADDRESS wherever it appears (a chat, a spreadsheet, a form, a health record, a bank list). The
  place of an accident or of a fact (a road and km in a police report, a plot, a talhão, an eito, a
  frente de trabalho), a farm's or a mill's seat, "zona rural", a lodging named without an address
  ("Alojamento Santa Rosa", "Colônia Velha", "casa coletiva da fazenda") and a company's address are
  not labelled.
- Crew nicknames are PERSON, one span, trade and origin words included ("Zé do Podão", "Dito
  Cortador", "Wuilmer Baiano", "Leuza da Turma", "Maranhão", "Paraíba", "Pezão", "Carcará"), when they
  are what a person is called; the same words as demonyms, states or places ("o rapaz é baiano de
  Guanambi", "a turma do Maranhão", "veio da Paraíba") are not. "Gato" as the word for a labour
  contractor is not a name. A chat's @mention is PERSON without the "@".
- Labour contractors' firms holding a surname ("Empreiteira Rural Sarapião Ltda.", "Serviços
  Agrícolas Catolé ME", "Agrosserviços Mourão Brejo EIRELI") are not persons; every CNPJ is labelled
  (numeric and the 2026 alphanumeric form), the employer's, the contractor's, a clinic's.
- NIS, NIT and PIS/PASEP are one number: BR_PIS. PROFESSIONAL_ID: OAB, CRM, COREN, with the acronym
  and the UF; a safety technician's MTE registration, a specialist's RQE and the prosecutor's
  office are not labelled.
- LICENSE_PLATE: every plate (crew buses, cane trucks and their trailers, ambulances); bus fleet
  numbers ("ônibus 214", "frota 332") are not; the script checks that no plate-shaped token stands
  outside the spans.
- A full card number typed in a chat or written on a receipt is CREDIT_CARD; expiry dates are not.
- NOT labelled: CTPS numbers and series, CAEPF (14 digits, checked to fail the CNPJ check), worker
  registrations (matrícula, chapa), CBO codes, CAT and INSS benefit (NB) numbers, the INSS
  certificate of dependants, RENAVAM (11 digits, checked to fail CPF, PIS and CNH), civil-inquiry,
  CNJ, BO, protocol, ticket and notification numbers, vaccine batches, tags and device ids, payroll
  covenant numbers, power bills' installation numbers, private IPs, ICD-10 codes, money, tonnes,
  measures, boxes and percentages.

Names: Brazilian names of many origins (Portuguese common, north-eastern and old-fashioned, coined
ones such as Francinaldo, Josuelton, Clebiano, Deuzuíta, Kaylane, Ryquelme; Italian, German, Polish,
Ukrainian, Armenian, Lebanese, Syrian, Japanese, Korean, Chinese, Haitian, Angolan, Nigerian,
Senegalese, Cape Verdean, Cuban, Colombian, Bolivian, Peruvian, Paraguayan, Venezuelan, Warao,
Guarani-Kaiowá and other indigenous, Jewish), rare or invented name words well above a quarter
(main() prints the share). Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Esperança,
Glória, Prata, Branca, Bento, Prudente, Amado, Leão, Branco, Justo, Sereno, Dourado, Clemente,
Modesto, Pacífico...) are names here and, elsewhere, words, mills, farms, firms, streets and cities,
not persons ("seria prudente suspender o corte", "foi uma vitória", "a cana branca", "a luz do
alojamento", "esperança é que paguem sexta", "Usina Santa Rosa", "Usina Bento Amado", "Fazenda Luz do
Cerrado", "Cafés Justo & Filhos", "Destilaria Prudente", "Presidente Prudente", "Praça Bento
Gonçalves"); streets named after people are places when they stand alone ("quem vai na missa da
bento gonçalves") and part of ADDRESS inside a person's address.

Hard negatives: CNJ numbers, mistyped CPFs (checked to fail), 11-digit protocols and RENAVAMs
(checked to fail CPF, PIS and CNH), the unlabelled numbers above, private IPs, ICD-10 codes (T67.0,
T67.5, E86, M62.8, S61.0, S81.8, S05.0, T63.0, T63.4, T60.0, M54.5, M65.4, M65.9, M70.1, M75.1, S52.5,
S82.2, L03.0, H10.3, I46.1, R99, W11), CBO codes (6221-10, 6222-15, 6224-10), laws and rules (Lei
5.889/1973 art. 14, NR-31 item 31.10.9, Anexo 3 da NR-15, arts. 462, 477, 790 § 3º, 791-A and 832 § 3º
of the CLT, Súmula 331 do TST, Lei 7.998/1990, Lei 6.858/1980, art. 303 do CTB, art. 149 do Código
Penal, art. 99 do CPC), non-birth dates, ages, money and quantities; the script checks CPF-, PIS-,
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
STREET_NAMES = ["dos Cortadores de Cana", "Cecília Meireles", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora",
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

SEED = 13232
OUT_NAME = "hundredthirtysecond.jsonl"

# (brand, legal name, e-mail domain, crop): mills, coffee farms, orange groves (all invented)
EMPLOYERS = [
    ("Usina Santa Rosa", "Usina Santa Rosa Açúcar e Etanol S.A.", "usinasantarosa.com.br", "cana"),
    ("Usina Bento Amado", "Bento Amado Bioenergia S.A.", "bentoamado.com.br", "cana"),
    ("Usina Aurora do Vale", "Aurora do Vale Agroindustrial Ltda.", "auroradovale.agr.br", "cana"),
    ("Usina Leão Dourado", "Açúcar e Álcool Leão Dourado S.A.", "leaodourado.com.br", "cana"),
    ("Destilaria Prudente", "Destilaria Prudente de Álcool Ltda.", "destilariaprudente.com.br", "cana"),
    ("Usina Serra Branca", "Serra Branca Energia e Açúcar S.A.", "serrabranca.ind.br", "cana"),
    ("Fazenda Santa Aurora", "Cafés Santa Aurora Agropecuária Ltda.", "cafesantaaurora.com.br", "cafe"),
    ("Fazenda Luz do Cerrado", "Luz do Cerrado Cafés Especiais Ltda.", "luzdocerrado.com.br", "cafe"),
    ("Fazenda Flor do Café", "Agropecuária Flor do Café Ltda.", "flordocafe.agr.br", "cafe"),
    ("Cafés Justo & Filhos", "Justo & Filhos Produtores de Café Ltda.", "cafesjusto.com.br", "cafe"),
    ("Citros Vitória Régia", "Vitória Régia Citricultura Ltda.", "vitoriaregiacitros.com.br", "laranja"),
    ("Fazenda Laranjal Amado", "Laranjal Amado Agrícola S.A.", "laranjalamado.com.br", "laranja"),
]
# labour contractors (empreiteiras rurais, turmeiros' firms): the surname in a firm's name is not a person
CONTRACTORS = ["Empreiteira Rural Sarapião Ltda.", "Serviços Agrícolas Catolé ME", "Turmas Canavieira Serviços Rurais Ltda.",
               "Agrosserviços Mourão Brejo EIRELI", "Colheita Certa Mão de Obra Rural Ltda.", "Empreiteira Bom Jesus da Lapa ME",
               "Rural Serviços Jequitibá Ltda.", "Turma Boa Esperança Serviços Agrícolas ME"]
UNIONS = [("Sindicato dos Empregados Rurais de Guariba", "serguariba.org.br"), ("STR de Araçuaí", "straracuai.org.br"),
          ("Sindicato dos Trabalhadores Rurais de Codó", "strcodo.org.br"), ("Sindicato dos Empregados Rurais de Sertãozinho", "sersertaozinho.org.br"),
          ("STR de Três Pontas", "strtrespontas.org.br"), ("Sindicato Rural dos Assalariados de Bebedouro", "sindassalariados.org.br"),
          ("STTR de Caetité", "sttrcaetite.org.br")]
BUS_COS = ["Viação Rural Aurora", "Transportes Prudente", "Expresso Canavieiro", "Turismo Leão do Norte", "Viação Bonfim Fretamentos"]
ORIGINS = [("Codó", "MA"), ("Timbiras", "MA"), ("Coroatá", "MA"), ("Caxias", "MA"), ("Picos", "PI"), ("São Raimundo Nonato", "PI"),
           ("Araçuaí", "MG"), ("Berilo", "MG"), ("Chapada do Norte", "MG"), ("Minas Novas", "MG"), ("Caetité", "BA"), ("Guanambi", "BA"),
           ("Garanhuns", "PE"), ("Palmares", "PE"), ("Sousa", "PB"), ("Crato", "CE"), ("Caarapó", "MS"), ("Dourados", "MS")]
WORKSITES = {"cana": [("Sertãozinho", "SP"), ("Guariba", "SP"), ("Jaboticabal", "SP"), ("Barrinha", "SP"), ("Piracicaba", "SP"),
                      ("Araraquara", "SP"), ("Jaú", "SP"), ("Quirinópolis", "GO"), ("Goianésia", "GO"), ("Rio Brilhante", "MS"),
                      ("Naviraí", "MS"), ("Jacarezinho", "PR"), ("Coruripe", "AL"), ("São Miguel dos Campos", "AL"), ("Uberaba", "MG")],
             "cafe": [("Três Pontas", "MG"), ("Varginha", "MG"), ("Guaxupé", "MG"), ("Patrocínio", "MG"), ("Campos Altos", "MG"),
                      ("Franca", "SP"), ("Barra do Choça", "BA"), ("São Gabriel da Palha", "ES"), ("Alegre", "ES")],
             "laranja": [("Bebedouro", "SP"), ("Matão", "SP"), ("Barretos", "SP"), ("Araraquara", "SP"), ("Itapetinga", "BA")]}
BOTS = ["Canavinho", "Safrinha", "RHzinho", "Colhe+", "Apontinho"]
APPS = ["Portal do Safrista", "MeuHolerite Rural", "App Turma Digital", "Colheita Conectada"]
UPAS = ["UPA 24h Vila Operária", "Pronto-Socorro Municipal", "Santa Casa de Misericórdia", "UPA Jardim dos Canaviais", "Hospital Regional",
        "UBS Vila São Benedito", "ESF Bairro da Usina", "UBS Centro"]
# (description, ICD-10) of harvest injuries and illnesses
HARVEST_CASES = {
    "cana": [("exaustão pelo calor no eito, cãibras generalizadas e vômitos", "T67.5"), ("corte profundo na perna esquerda com podão", "S81.8"),
             ("corte no dedo indicador com podão, sutura", "S61.0"), ("desidratação e mal-estar após 9h no corte", "E86"),
             ("rabdomiólise: urina escura, dor muscular intensa após semana de produção alta", "M62.8"),
             ("lesão ocular por folha de cana (palha no olho)", "S05.0"), ("picada de cobra (jararaca) no tornozelo no talhão", "T63.0"),
             ("lombalgia aguda ao carregar feixe", "M54.5"), ("insolação com confusão mental", "T67.0")],
    "cafe": [("queda da escada na derriça, punho direito", "S52.5"), ("picada de cobra na mão ao recolher o pano", "T63.0"),
             ("conjuntivite por poeira na varrição", "H10.3"), ("dor lombar após carregar sacaria", "M54.5"),
             ("tendinite no punho pela derriça manual", "M65.9"), ("intoxicação leve após entrar em talhão recém-pulverizado", "T60.0")],
    "laranja": [("queda de escada ao colher no alto da copa", "S82.2"), ("corte na mão com espinho e infecção", "L03.0"),
                ("ombro doloroso por carregar sacola de colheita", "M75.1"), ("picada de abelha com reação local extensa", "T63.4"),
                ("exaustão pelo calor, pressão baixa", "T67.5")],
}
CROP_WORD = {"cana": "corte de cana", "cafe": "colheita de café", "laranja": "colheita de laranja"}
CROP_IN = {"cana": "no corte de cana", "cafe": "na colheita de café", "laranja": "na colheita de laranja"}
CROP_UNIT = {"cana": "t", "cafe": "medidas", "laranja": "caixas"}
ROLE_BOXES = ["sac", "contato", "atendimento", "rh", "dp", "departamentopessoal", "recrutamento", "safra", "colheita", "sesmt",
              "ambulatorio", "enfermaria", "juridico", "financeiro", "tesouraria", "folha", "secretaria", "sindicato", "presidencia",
              "ouvidoria", "no-reply", "naoresponda", "protocolo", "dpo", "lgpd", "transporte", "logistica", "alojamento", "vigilancia",
              "notifica", "cerest", "saude", "ubs", "upa", "intimacoes", "prt15", "prt03", "audiencias", "contabilidade", "faturamento",
              "beneficios", "agencia", "gerencia", "cadastro", "compliance", "denuncia", "fiscalizacao", "conselho"]
TALHOES = ["talhão 14", "talhão 7-B", "talhão 22 (quadra 3)", "talhão 31", "talhão 9 da gleba 4", "bloco 3", "talhão 18 da frente 2", "talhão 46",
           "talhão do Alto", "talhão da Baixada", "talhão 108", "talhão do Açude", "eito 5 do talhão 12"]
WORKER_ORIGINS = ["ht", "ve", "bo", "py", "gk", "in", "ve", "ht"]


def employer(g: Gen, crops: tuple[str, ...] | None = None) -> tuple[str, str, str, str]:
    return g.pick([e for e in EMPLOYERS if crops is None or e[3] in crops])


def worksite(g: Gen, crop: str) -> tuple[str, str]:
    return g.pick(WORKSITES[crop])


def worker(g: Gen, female: bool | None = None) -> Person:
    """A harvest worker: mostly Brazilian (north-eastern and Jequitinhonha names), some Haitian, Venezuelan, Bolivian, Paraguayan, Guarani-Kaiowá."""
    female = g.chance(0.22) if female is None else female
    if g.chance(0.2):
        return g.person(female=female, origin=g.pick(WORKER_ORIGINS))
    return g.person(female=female, origin="pt")


def crew_nick(g: Gen, p: Person) -> str:
    """What the crew calls someone: a pet form, a free nickname or a trade nickname ('Zé do Podão')."""
    r = g.rng.random()
    base = p.nick if p.nick != p.first else p.first
    if r < 0.35 and p.nick != p.first:
        return p.nick
    if r < 0.55:
        return base + " " + g.pick(["da Turma", "do Café", "da Escada", "Baiana", "Maranhense", "do Eito"] if p.female else
                                   ["do Podão", "da Turma", "Cortador", "do Ônibus", "do Eito", "Baiano", "Maranhão", "do Café", "da Escada"])
    return g.pick(FREE_NICK_F if p.female else FREE_NICK)


def rural_addr(g: Gen, style: str = "text", uf: str | None = None) -> str:
    """A person's rural home: the way, its name, the km or number and the lot or farmstead, one ADDRESS span."""
    uf = uf or g.pick(["MA", "MG", "PI", "BA", "SP", "GO", "MS", "PE"])
    name = g.pick(["do Buriti", "da Aroeira", "Boa Esperança", "São José", "Bom Jesus", "do Capão Alto", "Água Limpa", "Três Barras",
                   "Santa Cruz", "do Angico", "Flor do Campo", "do Jequitibá", "dos Pequizeiros", "Vereador Lindolfo Aroeira",
                   "Lagoa da Pedra", "Centro do Meio", "Olho d'Água", "do Cajueiro", "Sete Léguas", "Pioneiro Egon Kuhnen"])
    k = g.rng.random()
    if k < 0.15:
        out = f"Sítio {g.pick(['Boa Vista', 'Três Irmãos', 'Pé de Serra', 'São Judas', 'Santa Rita', 'Olho d’Água', 'Bela Aurora'])}, " \
              f"{g.pick(['Estrada Vicinal', 'Estrada Municipal', 'Estrada'])} {name}, km {g.ri(1, 48)}"
    elif k < 0.3:
        out = f"Linha {g.pick(['São Bento', 'Sete de Setembro', 'Bonita', 'Tigre', 'Progresso', 'Vitória', 'Dois'])}, " + \
              g.pick([f"lote {g.ri(1, 80)}", "s/n", f"km {g.ri(2, 30)}", f"nº {g.ri(10, 900)}"])
    elif k < 0.45:
        out = f"Povoado {name.replace('do ', '').replace('da ', '').replace('dos ', '')}, " + g.pick(["s/n", f"casa {g.ri(1, 90)}", f"nº {g.ri(2, 400)}"])
    elif k < 0.58:
        out = f"Gleba {g.pick(['Três Barras', 'Santa Maria', 'Mutum', 'Esperança', 'Sapucaia', 'B'])}, lote {g.ri(1, 120)}" + \
              g.pick(["", f", {g.pick(['Estrada Vicinal', 'Estrada'])} {name}, km {g.ri(1, 40)}"])
    elif k < 0.72:
        code = g.pick(["VCL", "VIC", "MNS", "CDO", "ARC", "TMB", "CXS"])
        out = f"Estrada Vicinal {code}-{g.ri(10, 499):03d}, km {g.ri(1, 40)}" + g.pick(["", f", lote {g.ri(1, 60)}", f", Sítio {g.pick(['Boa Vista', 'Santa Rita', 'Pau-Brasil'])}"])
    elif k < 0.82:
        rd = g.pick([f"{uf}-{g.ri(10, 499):03d}", "BR-" + g.pick(["116", "135", "316", "367", "020", "251", "163", "030"])])
        out = f"Rodovia {rd}, km {g.ri(1, 600)}" + g.pick(["", f", Povoado {g.pick(['Boa Vista', 'Centro do Meio', 'Lagoa Seca', 'Cajueiro'])}", ", casa 2"])
    elif k < 0.9:
        out = f"Comunidade Quilombola {g.pick(['Lagoa da Pedra', 'Santa Rosa dos Pretos', 'Córrego do Rocha', 'Mata Cavalo'])}, casa {g.ri(1, 80)}"
    else:
        out = f"Córrego {name}, s/n, Sítio {g.pick(['Boa Vista', 'Santa Rita', 'Três Irmãos', 'dos Ipês'])}"
    if style == "caps":
        return fold(out).upper()
    if style == "low":
        return fold(out).lower().replace("estrada vicinal", g.pick(["estrada vicinal", "vicinal", "estr vicinal"])).replace("rodovia ", g.pick(["rod ", "rodovia "]))
    return out


def home(g: Gen, style: str = "text", rural: float = 0.5, uf: str | None = None) -> str:
    return rural_addr(g, style, uf) if g.chance(rural) else g.address(style)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def matricula(g: Gen) -> str:
    """A worker's registration at the employer (chapa, matrícula): not labelled."""
    return clean(g, lambda: g.pick([f"{g.d(6)}", f"chapa {g.ri(100, 9999)}", f"{g.ri(1, 99):02d}.{g.d(4)}", f"S{g.d(5)}", f"{g.ri(2025, 2026)}{g.d(4)}"]))


def ctps(g: Gen) -> str:
    """A paper work-card (CTPS number and series): not labelled."""
    return clean(g, lambda: f"{g.d(7)} série {g.d(4)}-{g.pick(UFS)}")


def caepf(g: Gen) -> str:
    """A rural employer's CAEPF (14 digits, never a valid CNPJ): not labelled."""
    n = g.neg(14)
    return clean(g, lambda: f"{n[:3]}.{n[3:6]}.{n[6:9]}/{n[9:12]}-{n[12:]}")


def cnj_of(g: Gen, uf: str, labour: bool = False) -> str:
    seg = TRT[uf] if labour else CNJ_SEG[uf]
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.{seg}.{g.d(4)}")


def cat_no(g: Gen) -> str:
    """A work-accident report (CAT) number: not labelled."""
    return clean(g, lambda: g.pick([f"{g.ri(2025, 2026)}.{g.d(3)}.{g.d(3)}-{g.d(1)}/{g.d(2)}", f"{g.d(13)}", f"{g.d(9)}"]))


def nb_no(g: Gen) -> str:
    """An INSS benefit number (NB, 10 digits): not labelled."""
    return clean(g, lambda: g.pick([f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", f"NB {g.d(10)}"]))


def romaneio(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.d(6)}", f"TK-{g.d(5)}", f"{g.ri(1, 9)}.{g.d(3)}.{g.d(3)}", f"#{g.d(7)}"]))


def e2e(g: Gen, t: datetime.datetime | None = None) -> str:
    t = t or g.moment()
    return clean(g, lambda: f"E{g.d(8)}{t.strftime('%Y%m%d%H%M')}{g.hexs(11, True)}")


def money(g: Gen, lo: float, hi: float) -> float:
    return round(g.rng.uniform(lo, hi), 2)


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "inv": p.inverted, "lfirst": lower(p.first), "lshort": lower(p.short)}[f])


def word_neg(g: Gen) -> str:
    """A sentence with name-like words used as words, firms, farms and places (never labelled)."""
    return g.pick(["A Usina Santa Rosa antecipou a moagem por causa da estiagem.",
                   "Seria prudente suspender o corte entre 11h e 14h nos dias acima de 34 °C.",
                   "Foi uma vitória: a turma bateu a meta do talhão 31 sem nenhum acidente.",
                   "O café bourbon amarelo da Fazenda Santa Aurora amadureceu antes do catuaí.",
                   "A cana branca do talhão do Açude rendeu menos por causa da geada.",
                   "O ônibus sai da Praça Bento Gonçalves às 4h40, não atrasem.",
                   "Na Destilaria Prudente a pausa de 10 minutos a cada 50 é obrigatória (NR-31).",
                   "O turmeiro é chamado de gato pelos colegas; a empreiteira é a Serviços Agrícolas Catolé ME.",
                   "A luz do alojamento cai toda vez que ligam o chuveiro e o freezer juntos.",
                   "Esperança de todo mundo é que a safra vá até dezembro.",
                   "O rapaz é baiano de Guanambi, veio com a turma do Maranhão.",
                   "Citros Vitória Régia paga a caixa de 40,8 kg mais caro que a média da região.",
                   "Presidente Prudente e Ribeirão Preto tiveram recorde de calor na semana.",
                   "A Fazenda Luz do Cerrado trocou a derriça manual pela mecanizada nas lavouras novas.",
                   "O leão da Receita não cobra IR de quem ganha por produção abaixo do limite.",
                   "A cana crua sem queima dá mais trabalho, mas a palha protege o solo."])


def chat_neg(g: Gen) -> str:
    """A chat aside with name-like words used as words, farms and places."""
    return g.pick(["hj o sol tava de rachar, 38 graus no eito", "foi uma vitória terminar o talhão antes da chuva", "seria prudente levar 2 garrafão de água amanhã",
                   "a luz do alojamento caiu de novo 🙄", "o café da santa aurora tá tudo cereja já", "a cana branca do açude ta fraca",
                   "quem vai na missa da bento gonçalves domingo?", "o leão tá comendo tudo do holerite kkk", "esperança é que paguem sexta",
                   "o ônibus do prudente quebrou na vicinal", "amanhã é na serra branca, leva marmita", "vai ter forró no rosa dos ventos sábado"])


def crop_of(emp: tuple) -> str:
    return emp[3]


def harvest_case(g: Gen, crop: str) -> tuple[str, str]:
    return g.pick(HARVEST_CASES[crop])


def say_f(doc: Doc):
    def say(who: str, tpl: str, **vals) -> None:
        doc.t(f"{who}: ")
        doc.f(tpl, **vals)
        doc.t("\n")
    return say


def a_(p: Person) -> str:
    return "a" if p.female else "o"


def ident(x: str) -> str:
    return x


def wdob(g: Gen, fmt: str | None = None) -> str:
    """A harvest worker's birth date (born 1962-2007)."""
    return g.dob(fmt, 1962, 2007)


def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for k in range(n):
        w = g.person()
        if g.chance(0.75):
            doc.f("«k». «n» — CPF «c»\n", k=k + 1, n=P(w.capsf if caps else g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))
        else:
            doc.f("«k». «n» — RG «c»\n", k=k + 1, n=P(w.capsf if caps else g.pick([w.full, w.caps])), c=(g.rg(), "BR_RG"))


# --------------------------------------------------------------------------- atendimento


def at_turma_zap(g: Gen) -> Doc:
    """A WhatsApp group of a crew being recruited for the harvest, exported by a member (lower case; senders by number, name, nickname or "Você"): the turmeiro asks for full name, CPF and PIS; workers answer (a mistyped CPF corrected later), the crew bus's plate and driver with his phone, the lodging's address and CEP at the destination (where they will live), the ASO date, a wife's phone for a worker without a mobile, the travel advance by Pix to keys of any kind, sometimes a card number typed for the return ticket (the turmeiro asks to delete it); asides with demonyms and name-like words."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    orig, ouf = g.pick(ORIGINS)
    st = chat_stamp(g)
    t0 = g.moment(hours=(6, 22))
    tt = iter(seq_times(g, 70, t0, 40, 2400))
    day0 = t0.date()
    tur = g.person(female=g.chance(0.15))
    tnick = crew_nick(g, tur)
    ws = [worker(g) for _ in range(6)]

    def snd(p: Person) -> tuple:
        r = g.rng.random()
        if r < 0.66:
            return (g.phone("wa"), "PHONE_NUMBER")
        if r < 0.78:
            return P(lower(p.short))
        if r < 0.9:
            return P(crew_nick(g, p))
        return P(p.first)
    S = [snd(p) for p in ws]
    r = g.rng.random()
    T = P(g.pick([tnick, tur.short, tur.first])) if r < 0.3 else ((g.phone("wa"), "PHONE_NUMBER") if r < 0.7 else V("Você"))
    if T[0] != "Você" and g.chance(0.35):
        S[0] = V("Você")
    doc.f("Conversa do WhatsApp com «g»\n\n", g=g.pick([f"turma safra {g.ri(25, 26)} 🚜", f"{lower(CROP_WORD[crop])} {lower(dest)} 🌾", f"turma do {lower(tnick)}",
                                                        f"pessoal {lower(orig)} x {lower(dest)} 🚌", "colheita 2026 🙏"]))
    cl(doc, st(next(tt)), T, "bom dia pessoal. a «e» confirmou «n» vagas «c». o ônibus sai dia «d» da praça da matriz de «o» às «h»", e=lower(emp[0]),
       n=g.ri(25, 60), c={"cana": "pro corte de cana", "cafe": "pra colheita do café", "laranja": "pra colheita da laranja"}[crop], d=dbr(day0 + datetime.timedelta(days=g.ri(5, 20)), "short"), o=lower(orig), h=g.pick(["4h", "5h", "19h", "21h30"]))
    cl(doc, st(next(tt)), T, "quem vai manda aqui ou no pv: nome completo, cpf, pis e data de nascimento. sem pis nao tem registro")
    order = list(range(6))
    g.rng.shuffle(order)
    wrong = g.ri(0, 5)
    for j in order[:g.ri(2, 3)]:
        p = ws[j]
        nm = P(g.pick([p.low, lower(p.short), typo(p.low, g)]))
        if j == wrong:
            cl(doc, st(next(tt)), S[j], "«n» cpf «c» pis «p» nasc «d»", n=nm, c=V(g.neg_cpf(g.chance(0.5))), p=(g.pis(), "BR_PIS"), d=(wdob(g, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"))
            cl(doc, st(next(tt)), T, "@«n» esse cpf nao bate no sistema, confere ai", n=P(lower(p.first)))
            cl(doc, st(next(tt)), S[j], "foi mal kkk o certo é «c»", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
        else:
            tpl = g.pick(["«n» cpf «c» pis «p» nasc «d»", "«n»\n«c»\npis «p»\n«d»", "«n» - «c» - «p» - nascido «d»"])
            cl(doc, st(next(tt)), S[j], tpl, n=nm, c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), p=(g.pis(), "BR_PIS"), d=(wdob(g, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"))
    drv = g.person(female=False)
    cl(doc, st(next(tt)), T, "o ônibus é da «b», placa «p», motorista «m» («t»). cada um leva colchão, prato e garrafa térmica", b=lower(g.pick(BUS_COS)),
       p=(g.plate(), "LICENSE_PLATE"), m=P(g.pick([lower(drv.short), drv.first, crew_nick(g, drv)])), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), T, "em «c» a gente fica no alojamento da «a», «b», cep «p». quem tiver parente manda esse endereço pra carta", c=lower(dest),
       a=(g.address("low"), "ADDRESS"), b=lower(g.pick(BAIRROS)) if g.chance(0.5) else "bairro " + lower(g.pick([b_ for b_ in BAIRROS if not b_.startswith("Bairro")])), p=(g.cep(g.chance(0.6)), "BR_CEP"))
    k = g.ri(1, 5)
    wife = g.person(female=True)
    cl(doc, st(next(tt)), S[k], "o «n» ta sem celular, qualquer coisa é comigo «w», a esposa. meu zap «t»", n=P(crew_nick(g, ws[(k + 1) % 6])), w=P(lower(wife.first)),
       t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), T, "exame admissional dia «d» cedo na clínica em «c», vai ser no ônibus mesmo", d=dbr(day0 + datetime.timedelta(days=g.ri(21, 25)), "short"), c=lower(dest))
    if g.chance(0.75):
        cl(doc, st(next(tt)), T, "adiantamento da passagem (R$ «v») vai por pix amanhã, quem nao mandou a chave manda", v=g.pick(["150", "200", "250"]))
        for j in g.sample(range(6), g.ri(1, 2)):
            kind_, kv = pix_key(g, ws[j])
            cl(doc, st(next(tt)), S[j], g.pick(["minha chave «c»", "pix «c»", "chave («k») «c»"]), c=kv, k=kind_)
    if g.chance(0.45):
        cl(doc, st(next(tt)), S[g.ri(0, 5)], "da pra pagar a volta no cartao da minha irma? «c» venc «v»", c=(g.card(g.chance(0.5)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
        cl(doc, st(next(tt)), T, "apaga isso ai agora, numero de cartao nao se manda em grupo. a volta é por conta da empreiteira")
    cl(doc, st(next(tt)), S[g.ri(0, 5)], chat_neg(g))
    if g.chance(0.5):
        cl(doc, st(next(tt)), S[g.ri(0, 5)], g.pick(["o baiano de guanambi vai tbm?", "tem vaga pro meu cunhado? ele é do maranhão tbm", "<Mídia oculta>",
                                                       "é a mesma usina do ano passado?", "vai ter pausa do calor esse ano?"]))
    if g.chance(0.5):
        cl(doc, st(next(tt)), T, "lembrando: quem nao tiver rg leva a certidão. a «e» nao aceita menor de 18", e=lower(emp[0]))
    return doc


def at_ficha_registro(g: Gen) -> Doc:
    """A harvest employee's registration form (ficha de registro de empregado safrista): typed, ruled box, CAPS labels, dotted leaders or a scan with OCR confusions; name, nickname, mother's and father's names, birth date, birthplace, CPF (a mistyped one noted sometimes), RG, PIS/NIT, título and CNH sometimes, the paper CTPS (unlabelled), the home address of origin (rural mostly) with CEP, the lodging at the worksite, a phone for messages with the relative's name; admission date, contract type (safra, Lei 5.889/1973), CBO (unlabelled); the salary account; the dependants for salário-família with birth dates; the signature a rogo and the HR clerk."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    orig, ouf = g.pick(ORIGINS)
    w = worker(g)
    style = g.pick(["lines", "box", "caps", "dots", "scan", "scan"])
    scan = style == "scan"
    K = (lambda x: ocr(x, g, 0.3)) if scan else ident
    N = (lambda x: ocr(x, g, 0.35, names=True)) if scan else ident
    hdr = f"{emp[1].upper()}\nFICHA DE REGISTRO DE EMPREGADO — CONTRATO DE SAFRA {g.pick([2025, 2026])}\nCNPJ "
    doc.t(ocr(hdr, g, 0.3) if scan else hdr)
    doc.e(g.any_cnpj(), "BR_CNPJ")
    doc.t(f"   Unidade: {dest}/{duf}\n\n")
    caps = scan or style == "caps"
    mom = g.person(female=True)
    mom.surnames = [s for s in w.surnames if s not in SUFFIXES][:1] + mom.surnames[:1]
    fields = [(K("Nome"), P(N(w.capsf if caps else g.pick([w.full, w.caps]))))]
    if g.chance(0.5):
        fields.append((K("Apelido"), P(N(fold(crew_nick(g, w)).upper() if caps else crew_nick(g, w)))))
    fields.append((K("Mãe"), P(N(mom.capsf if caps else mom.full))))
    if g.chance(0.45):
        dad = g.person(female=False)
        fields.append((K("Pai"), P(N(dad.capsf if caps else dad.full))))
    else:
        fields.append((K("Pai"), V("NÃO DECLARADO" if caps else "não declarado")))
    fields.append((K("Data de nascimento"), (wdob(g, g.pick(["br", "br", "nopad", "short"])), "DATE_OF_BIRTH")))
    fields.append((K("Naturalidade"), V(f"{orig}/{ouf}")))
    fields.append((K("CPF"), (g.cpf(), "BR_CPF")))
    if g.chance(0.25):
        fields.append((K("Obs."), V(f"CPF informado pelo turmeiro ({g.neg_cpf()}) estava errado; conferido no documento")))
    fields.append((K("RG / órgão"), (g.rg(), "BR_RG")))
    fields.append((K("PIS/NIT"), (g.pis(), "BR_PIS")))
    if g.chance(0.5):
        fields.append((K("Título de eleitor"), (g.titulo(), "BR_TITULO_ELEITOR")))
    if g.chance(0.2):
        fields.append((K("CNH"), (g.cnh(), "BR_CNH")))
    if g.chance(0.35):
        fields.append((K("Cartão SUS"), (g.cns(), "BR_CNS")))
    fields.append((K("CTPS"), V(ctps(g) if g.chance(0.6) else "digital")))
    fields.append((K("Endereço de origem"), (N(rural_addr(g, "caps" if caps else "text", ouf) if g.chance(0.75) else g.address("caps" if caps else "text")), "ADDRESS")))
    fields.append((K("Município/UF"), V(f"{orig}/{ouf}")))
    fields.append((K("CEP"), (g.cep(g.chance(0.8)), "BR_CEP")))
    if g.chance(0.6):
        fields.append((K("Alojamento"), (N(g.address("caps" if caps else "text")), "ADDRESS")))
    rel = g.person(female=g.chance(0.7))
    fields.append((K("Telefone p/ recado"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    if g.chance(0.6):
        fields.append((K("Falar com"), P(N(rel.capsf if caps else g.pick([rel.full, rel.first])))))
    fields.append((K("Admissão"), V(g.date("br"))))
    fields.append((K("Função / CBO"), V(g.pick(["trabalhador da cultura de cana-de-açúcar / 6221-10", "trabalhador no cultivo de café / 6222-15",
                                                 "trabalhador na cultura de laranja / 6224-10", "bituqueiro / 6221-10"]))))
    fields.append((K("Contrato"), V("safra (art. 14 da Lei 5.889/1973)")))
    fields.append((K("Remuneração"), V(g.pick(["por produção, garantido o piso da categoria", "R$ 1.780,00 + produção", "piso + prêmio por medida"]))))
    b = g.pick(BANKS)
    fields.append((K("Banco"), V(b[1])))
    fields.append((K("Agência"), (g.agency(), "BANK_ACCOUNT")))
    fields.append((K("Conta salário"), (g.account(), "BANK_ACCOUNT")))
    kv_block(doc, fields, "caps" if scan else style)
    if g.chance(0.5):
        doc.t(ocr("\nDEPENDENTES (SALÁRIO-FAMÍLIA)\n", g, 0.3) if scan else "\nDependentes (salário-família)\n")
        rows = []
        for _ in range(g.ri(1, 3)):
            c = g.relative(w)
            rows.append([P(N(c.capsf if caps else g.pick([c.full, c.short]))), V(g.pick(["filha", "enteada"] if c.female else ["filho", "enteado"])),
                         (g.dob("br", 2012, 2025), "DATE_OF_BIRTH"), (g.cpf(), "BR_CPF") if g.chance(0.4) else V("-")])
        table_ruled(doc, ["nome", "parentesco", "nascimento", "CPF"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.t("\n")
    if g.chance(0.4):
        ar = g.person()
        doc.f(ocr_t("Assinatura a rogo (empregado não alfabetizado): «a», CPF «c» — impressão digital colhida\n", g, 0.3) if scan else
              "Assinatura a rogo (empregado não alfabetizado): «a», CPF «c» — impressão digital colhida\n", a=P(N(ar.full)), c=(g.cpf(), "BR_CPF"))
    clerk = g.person(female=g.chance(0.7))
    doc.f("Cadastrado por: «n»   Matrícula: «m»\n", n=P(N(g.pick([clerk.short, clerk.full]))) if g.chance(0.6) else V(login(clerk, g)), m=matricula(g))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def at_radio_onibus(g: Gen) -> Doc:
    """A radio/phone log between the crew buses and the mill's transport desk, transcribed (the dispatcher's code words, the bus by its fleet number): a worker fainted in the field and is taken to the emergency unit; the driver reads out the worker's CPF from the document (in words or groups) and his birth date; at a police checkpoint the driver's CNH is read; the fiscal de turma named; then the typed occurrence record (plate, driver, CNH, worker, CPF, birth date, destination, the dispatcher by name or login)."""
    doc = Doc()
    emp = employer(g, ("cana", "laranja", "cafe"))
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    drv = g.person(female=False)
    fis = g.person(female=g.chance(0.3))
    w = worker(g, female=False)
    wn = crew_nick(g, w)
    disp = g.person(female=g.chance(0.5))
    wword = {"cana": "cortador", "cafe": "colhedor", "laranja": "apanhador"}[crop]
    frota = g.ri(101, 389)
    plate = g.plate()
    cpf = g.cpf_digits()
    cnh = g.cnh()
    dd, mm, yy = g.dob_parts(1965, 2006)
    upa = g.pick(UPAS)
    t = g.moment(hours=(6, 15))
    D = g.pick(["CENTRAL", "BASE", "TRANSPORTE"])
    B = f"ÔNIBUS {frota}"
    doc.f("«e» — CENTRAL DE TRANSPORTE RURAL — LOG DE RÁDIO (transcrição) — «d»\nCanal «c»\n\n", e=emp[0].upper(), d=dbr(t), c=g.ri(2, 9))

    def line(who: str, tpl: str, **vals) -> None:
        nonlocal t
        t = t + datetime.timedelta(seconds=g.ri(20, 400))
        doc.t(f"[{ts(t, 'hms')}] {who}: ")
        doc.f(tpl, **vals)
        doc.t("\n")
    line(B, "«c», ônibus «n» chamando. aqui é o «m», «f»", c=fold(D).lower() if g.chance(0.3) else D.capitalize(), n=frota,
         m=P(g.pick([drv.first, crew_nick(g, drv)])), f=g.pick(TALHOES))
    line(D, "prossiga «n»", n=g.pick([str(frota), "ônibus " + str(frota), "motorista"]))
    line(B, "um «k» passou mal no eito, o «w», tá tremendo e com câimbra. o fiscal «f» pediu remoção, vou levar direto pra «u»", w=P(g.pick([wn, lower(w.first)])),
         f=P(g.pick([fis.first, fis.short])), u=lower(upa), k=wword)
    line(D, "qsl. me passa o nome completo e o cpf dele pra eu adiantar a ficha")
    line(B, "«n», cpf «c»", n=P(g.pick([w.full, w.low])), c=(g.pick([spoken_digits(cpf, g), stt_cpf(cpf, g), f"{cpf[:3]} {cpf[3:6]} {cpf[6:9]} {cpf[9:]}"]), "BR_CPF"))
    line(D, "nascimento?")
    line(B, "«d»", d=(g.pick([f"{dd} do {mm} de {yy}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{spoken_digits(f'{dd:02d}')} {spoken_digits(f'{mm:02d}')} {yy}"]), "DATE_OF_BIRTH"))
    line(D, "copiado. a ambulância da usina tá em outra frente, segue você mesmo. devagar na vicinal")
    if g.chance(0.6):
        line(B, "central, barreira da polícia rodoviária na entrada da cidade, pediram minha habilitação")
        line(D, "passa o número da sua cnh pra eu registrar")
        line(B, "«c»", c=(g.pick([spoken_digits(cnh, g), " ".join(cnh[i:i + 3] for i in range(0, 11, 3)), cnh]), "BR_CNH"))
        line(B, "liberado, o policial viu a lista de passageiros e o tacógrafo")
    line(B, "chegamos na «u». o enfermeiro pediu telefone de algum parente", u=lower(upa))
    rel = g.person(female=True)
    rel_ddd, rel_local = g.msisdn(True)
    line(D, "na ficha tá a «r», «k», «t»", r=P(g.pick([rel.first, rel.short])), k=g.pick(["esposa", "mãe", "irmã"]), t=(g.fmt_phone(rel_ddd, rel_local, g.pick(["plain", "par", "stt"])), "PHONE_NUMBER"))
    line(D, "qsl. o resto da turma fica parado até o ônibus voltar?")
    line(B, "negativo, o fiscal segurou a turma na sombra, pausa de água. volto em quarenta minutos")
    doc.t("\n--- REGISTRO DE OCORRÊNCIA (digitado pela central) ---\n")
    fields = [("Data/hora", V(ts(t, "br"))), ("Veículo", V(f"ônibus frota {frota}")), ("Placa", (plate, "LICENSE_PLATE")),
              ("Motorista", pname(g, drv, ("full", "caps"))), ("CNH", (cnh, "BR_CNH")), ("Trabalhador", pname(g, w, ("full", "caps"))),
              ("CPF", (fmt_cpf(cpf), "BR_CPF")), ("Nascimento", (f"{dd:02d}/{mm:02d}/{yy}", "DATE_OF_BIRTH")), ("Frente/talhão", V(g.pick(TALHOES))),
              ("Destino", V(f"{upa} — {dest}/{duf}")), ("Contato familiar", (g.fmt_phone(rel_ddd, rel_local, "par"), "PHONE_NUMBER")), ("Ocorrência", V(g.pick(["mal súbito / câimbras (calor)", "desmaio no eito", "vômitos e tontura"]))),
              ("Registrado por", P(disp.short) if g.chance(0.3) else V(login(disp, g)))]
    kv_block(doc, fields, g.pick(["lines", "dots", "box"]))
    if g.chance(0.35):
        doc.t(word_neg(g) + "\n")
    return doc


def at_email_sindicato(g: Gen) -> Doc:
    """An e-mail thread between a rural workers' union and an employer's HR about a crew's complaint (the metre-to-tonne conversion of cut cane, coffee measures paid short, lodging, the heat breaks of NR-31): the union secretary's e-mail (personal or at the union), the HR analyst's corporate e-mail, a Markdown or plain table of the workers who complained (name, CPF, registration unlabelled, phone), the quoted original, X-Originating-IP; the collective agreement's clause and the NR-31 item as negatives; the union lawyer's OAB sometimes."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    un, udom = g.pick(UNIONS)
    sec = g.person(female=g.chance(0.5))
    an = g.person(female=g.chance(0.6))
    smail = corp_mail(sec, udom, g) if g.chance(0.5) else g.email(sec)
    amail = corp_mail(an, emp[2], g)
    t0 = g.moment(hours=(7, 19))
    t1 = t0 + datetime.timedelta(hours=g.ri(2, 60))
    issue = {"cana": "conversão do metro linear em tonelada no «f»: a amostragem foi feita num talhão de cana mais leve e o preço por metro caiu para R$ «p»",
             "cafe": "medida de 60 litros, que está sendo cheia acima da borda (\"medida coroada\") no «f», e o valor ficou em R$ «p» por medida",
             "laranja": "contagem das caixas do «f», feita a menos no leitor de etiquetas; a turma recebeu R$ «p» a caixa sem o adicional combinado"}[crop]
    rows = []
    for _ in range(g.ri(2, 4)):
        w = worker(g)
        rows.append([P(g.pick([w.full, w.caps, w.short])), (g.cpf(), "BR_CPF"), V(matricula(g)),
                     (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.7) else V("sem celular")])
    # the analyst's answer on top, the union's e-mail quoted below
    doc.f("From: «n» <«m»>\nTo: «s»\nDate: «d»\nSubject: RE: Reclamação da turma — «c» — «e»\n\n" if g.chance(0.5) else "From: «m»\nTo: «s»\nDate: «d»\nSubject: RE: Reclamação da turma — «c» — «e»\n\n",
          n=P(an.full), m=(amail, "EMAIL_ADDRESS"),
          s=(smail, "EMAIL_ADDRESS"), d=mail_date(t1), c=CROP_WORD[crop], e=emp[0])
    doc.t(g.pick(["Prezados,\n\n", "Boa tarde,\n\n", "Prezado sindicato,\n\n"]))
    doc.f(g.pick(["Recebemos a reclamação e a engenharia agrícola refez a amostragem em «d». A diferença apurada será paga na folha de «m», com reflexo no DSR.\n",
                  "Verificamos os apontamentos e vamos chamar os trabalhadores listados para conferência individual na segunda-feira, às 7h, no escritório da «u».\n",
                  "Encaminhamos o caso ao SESMT e ao jurídico. A pausa térmica segue o item 31.10 da NR-31 e a cláusula «k» da convenção coletiva.\n"]),
          d=g.date("br"), m=g.pick(MONTHS), u=emp[0], k=f"{g.ri(8, 40)}ª")
    if g.chance(0.3):
        doc.f("Quanto ao «w», o atestado foi recebido; ele não será descontado.\n", w=P(rows[0][0][0].split()[0]))
    if g.chance(0.5):
        doc.f("\nAtenciosamente,\n«n»\nAnalista de Relações Trabalhistas — «e»\n«t»\n\n", n=P(g.pick([an.full, an.first])), e=emp[1], t=(g.phone("par", mobile=g.chance(0.4)), "PHONE_NUMBER"))
    else:
        doc.f("\nAtenciosamente,\nRelações Trabalhistas — «e»\n«t»\n\n", e=emp[1], t=(g.phone("par", mobile=g.chance(0.4)), "PHONE_NUMBER"))
    who = "Em " + dbr(t0) + " " + ts(t0, "hm") + ", "
    doc.f("«w»«n» <«m»> escreveu:\n", w=who, n=P(sec.full), m=(smail, "EMAIL_ADDRESS"))
    q = Doc()
    q.f("Boa tarde, «n».\n\nO «u» recebeu nesta semana trabalhadores da turma de «c» reclamando da " + issue + ".\n",
        n=P(g.pick([an.first, an.full])), u=un, c=dest, f=g.pick(TALHOES), p=brl(money(g, 0.6, 16) if crop != "cana" else money(g, 0.35, 0.9)))
    q.t("Seguem os nomes de quem procurou o sindicato:\n\n")
    table_ruled(q, ["nome", "CPF", "matrícula", "telefone"], rows, g.pick(["md", "plain", "pipe"]))
    q.f("\nPedimos resposta em 5 dias, nos termos da cláusula «k» da convenção coletiva «y». ", k=f"{g.ri(8, 40)}ª", y=g.pick(["2025/2026", "2026/2027"]))
    if g.chance(0.5):
        law = g.person()
        q.f("O caso está com o nosso advogado, «l» («o»).\n", l=P(law.full), o=(g.council("OAB", duf), "PROFESSIONAL_ID"))
    else:
        q.t("Sem resposta, vamos levar ao Ministério Público do Trabalho.\n")
    q.f("\n«n»\nSecretári«o» de Assalariados — «u»\n«t»\n", n=P(sec.full), o=a_(sec), u=un, t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    base = len(doc.text)
    for ln in q.text.split("\n"):
        doc.t("> " + ln + "\n")
    # re-map the quoted spans (each line got a "> " prefix)
    for sp in q.spans:
        line_no = q.text.count("\n", 0, sp["start"])
        shift = base + 2 * (line_no + 1)
        doc.spans.append({"start": sp["start"] + shift, "end": sp["end"] + shift, "label": sp["label"]})
    doc.f("\n-- \nX-Originating-IP: [«i»]\n", i=(g.ip_pub(), "IP_ADDRESS"))
    return doc


def at_alojamento_planilha(g: Gen) -> Doc:
    """The lodging spreadsheet a labour contractor keeps (TSV, semicolon CSV or blank-aligned columns): house, room and bed, name, nickname, CPF, birth date, town of origin, phone, an emergency contact (name and phone), arrival date; the house's address and CEP in the header (the workers live there), the contractor's firm (CNPJ) and the person in charge with a phone; notes on departures, a wife's visit, a wrong CPF."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    firm = g.pick(CONTRACTORS)
    boss = g.person(female=g.chance(0.2))
    casa = g.ri(1, 6)
    doc.f("planilha_alojamento_safra.xlsx — aba \"Casa «c»\"\n", c=casa)
    doc.f("«f» — CNPJ «n»\nAlojamento casa «c»: «a», «b», «m»/«u» — CEP «p»\nResponsável: «r» — «t»\n\n", f=firm, n=(g.any_cnpj(), "BR_CNPJ"), c=casa,
          a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), m=dest, u=duf, p=(g.cep(), "BR_CEP"), r=P(g.pick([boss.full, boss.short, crew_nick(g, boss)])),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    cols = ["quarto", "cama", "nome", "apelido", "cpf", "nascimento", "origem", "telefone", "contato_emergencia", "tel_emergencia", "chegada"]
    rows = []
    ws = []
    for k in range(g.ri(3, 4)):
        w = worker(g)
        ws.append(w)
        o, ouf = g.pick(ORIGINS)
        c = g.person(female=g.chance(0.7))
        rows.append([V(str(1 + k // 3)), V(str(1 + k % 3)), P(g.pick([w.full, w.caps])), P(crew_nick(g, w)) if g.chance(0.25) else V(""),
                     (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.9) else V("pendente"), (wdob(g, "br"), "DATE_OF_BIRTH") if g.chance(0.7) else V(""),
                     V(f"{o}/{ouf}"), (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER") if g.chance(0.7) else V("-"),
                     P(g.pick([c.full, c.first, c.short])) if g.chance(0.4) else V(""),
                     (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER") if g.chance(0.8) else V(""), V(g.date("short"))])
    # an empty contact leaves its phone empty too
    for r in rows:
        if r[8] == V(""):
            r[9] = V("")
    style = g.pick(["tsv", "csv", "plain"])
    if style == "tsv":
        table_csv(doc, cols, rows, "\t")
    elif style == "csv":
        table_csv(doc, cols, rows, ";")
    else:
        table_ruled(doc, cols, rows, "plain")
    doc.t("\nOBS:\n")
    n1 = g.pick(ws)
    doc.f("- «n» saiu dia «d», voltou pra «o» (acerto feito)\n", n=P(g.pick([n1.first, crew_nick(g, n1)])), d=g.date("short"), o=g.pick(ORIGINS)[0])
    if g.chance(0.4):
        v = g.person(female=True)
        n2 = g.pick(ws)
        doc.f("- visita da esposa do «n», «v», sábado e domingo (autorizado pel«o» «b»)\n", o=a_(boss), n=P(g.pick([n2.first, crew_nick(g, n2)])), v=P(g.pick([v.full, v.first])),
              b=P(g.pick([boss.first, crew_nick(g, boss)])))
    if g.chance(0.5):
        doc.f("- CPF do cadastro «c» não confere, pedir documento\n", c=g.neg_cpf(g.chance(0.6)))
    if g.chance(0.4):
        doc.f("- conta de luz «u» vence dia «d» — rateio entre os «n»\n", u=clean(g, lambda: f"UC {g.d(10)}"), d=g.ri(5, 25), n=len(rows))
    if g.chance(0.3):
        doc.t("- " + chat_neg(g) + "\n")
    return doc


def at_portal_ticket(g: Gen) -> Doc:
    """A support ticket of an employer's worker app (payslips, harvest production, ASO dates) with the pasted access log: the CPF as login, public IPs of the worker's phone and private ones of the office, a phone and an e-mail changed, a system account and the attendant's login (not persons), the worker's complaint in lower case and the attendant's note with her name."""
    doc = Doc()
    emp = employer(g)
    app = g.pick(APPS)
    w = worker(g)
    att = g.person(female=g.chance(0.7))
    cpf = g.cpf_digits()
    tid = clean(g, lambda: f"{g.ri(2025, 2026)}{g.d(6)}")
    t0 = g.moment(hours=(5, 23))
    doc.f("CHAMADO #«i» — «a» — «e»\nAberto em «d» via app · Categoria: «c»\n\n", i=tid, a=app, e=emp[0], d=ts(t0, "br"),
          c=g.pick(["holerite não aparece", "produção divergente", "troca de celular", "acesso bloqueado", "informe de rendimentos"]))
    doc.t("Solicitante: ")
    doc.e(g.pick([w.full, w.caps, w.low]), "PERSON")
    doc.t(" | CPF: ")
    doc.e(g.pick([fmt_cpf(cpf), cpf]), "BR_CPF")
    doc.t(" | Matrícula: " + matricula(g) + "\n\nMensagem:\n")
    doc.f(g.pick(["nao consigo ver meu holerite de «m», aparece senha invalida. troquei de celular, o numero novo é «t»",
                  "a produção de ontem ta errada, cortei «x» e no app aparece menos. meu email é «e»",
                  "bloqueou meu acesso, fui fazer a senha pela «f» e travou. numero novo «t» email «e»"]),
          m=g.pick(MONTHS), t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"), x=g.pick(["9 tonelada", "14 medida", "90 caixa", "11 ton"]),
          e=(g.email(w), "EMAIL_ADDRESS"), f=g.pick(["lan house", "celular da minha esposa", "casa do turmeiro"]))
    doc.t("\n\n--- log de acesso (colado pelo suporte) ---\n")
    t = t0 - datetime.timedelta(hours=g.ri(1, 30))
    lines = []
    ip_w = g.ip()
    for _ in range(g.ri(4, 7)):
        t = t + datetime.timedelta(minutes=g.ri(1, 240))
        ev = g.pick(["LOGIN_FAIL", "LOGIN_OK", "OTP_SENT", "PAYSLIP_VIEW", "LOGIN_FAIL", "PROFILE_UPDATE"])
        lines.append((t, ev))
    for t, ev in lines:
        doc.t(f"{ts(t, 'iso')} level=info event={ev} user=")
        doc.e(cpf, "BR_CPF")
        doc.t(" src_ip=")
        doc.e(ip_w if g.chance(0.7) else g.ip(), "IP_ADDRESS")
        if ev == "OTP_SENT":
            doc.t(" channel=sms to=")
            doc.e(g.phone("e164"), "PHONE_NUMBER")
        elif ev == "PROFILE_UPDATE":
            doc.t(" field=email new=")
            doc.e(g.email(w), "EMAIL_ADDRESS")
        doc.t(f" device={g.hexs(12)}\n")
    doc.f("«t» level=info event=PASSWORD_RESET user=«c» by=«l» src_ip=«i»\n", t=ts(t + datetime.timedelta(minutes=g.ri(5, 90)), "iso"), c=(cpf, "BR_CPF"),
          l=g.pick(["svc_portal", "adm.suporte", login(att, g)]), i=g.ip_priv())
    doc.f("\nNota interna («n»): ", n=P(g.pick([att.first, att.short])) if g.chance(0.7) else V(login(att, g)))
    doc.f(g.pick(["senha resetada e celular atualizado após conferência da selfie com o RG «r». Orientado a não emprestar o acesso ao turmeiro.",
                  "produção conferida com o apontador «a»: o app mostra o valor após o desconto da amostragem. Encaminhado ao sindicato se discordar.",
                  "acesso liberado. Informe enviado também para o e-mail cadastrado. Trabalhador orientado sobre golpe de falso holerite."]),
          r=(g.rg(), "BR_RG"), a=P(g.person().short))
    doc.t("\n")
    return doc


def at_stt_seguro(g: Gen) -> Doc:
    """A speech-to-text call (lower case) to a rural workers' union hotline after the harvest: a worker or his wife asks about the seguro-desemprego and the final settlement; name, CPF, PIS, birth date, address and CEP, phone dictated in groups or in words ("meia" for six); the employer (a mill or farm) and the labour contractor; the attendant by first name; then the typed record (the attendant by name or login)."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    un, udom = g.pick(UNIONS)
    at = g.person(female=g.chance(0.6))
    wife = g.person(female=True) if g.chance(0.4) else None
    w = worker(g, female=False if wife else g.chance(0.3))
    cpf = g.cpf_digits()
    pis = re.sub(r"\D", "", g.pis("raw"))
    ddd, local = g.msisdn(True)
    dd, mm, yy = g.dob_parts(1965, 2006)
    cep = g.cep(False)
    orig, ouf = g.pick(ORIGINS)
    addr = rural_addr(g, "low", ouf) if g.chance(0.7) else g.address("low")
    say = say_f(doc)
    doc.f("transcricao automatica — ligacao recebida «h» — «u» — fila assalariados\n\n", h=f"{g.hm()}", u=lower(un))
    A = g.pick(["atendente", "speaker 1", "agente"])
    C = g.pick(["cliente", "speaker 2", "ligante"])
    say(A, "«x» sindicato meu nome é «a» em que posso ajudar", x=g.pick(["bom dia", "boa tarde"]), a=P(lower(at.first)))
    if wife:
        say(C, "oi é a «m» esposa do «n» ele trabalhou na safra da «e» e até agora nao saiu o seguro", m=P(lower(wife.first)), n=P(g.pick([lower(w.first), crew_nick(g, w).lower()])), e=lower(emp[0]))
        say(A, "qual o nome completo dele")
        say(C, "«n»", n=P(w.low))
    else:
        say(C, "eu sou «n» trabalhei «c» pela «t» e queria saber do seguro desemprego", n=P(g.pick([w.low, lower(w.short)])), c=CROP_IN[crop], t=lower(g.pick(CONTRACTORS)))
    say(A, "me passa o cpf" + (" dele" if wife else ""))
    say(C, "«c»", c=(stt_cpf(cpf, g), "BR_CPF"))
    say(A, "e o pis que tá na carteira")
    if g.chance(0.85):
        say(C, "«p»", p=(stt_groups(pis, g), "BR_PIS"))
    else:
        say(C, "a carteira é digital nao sei o pis")
    say(A, "data de nascimento")
    say(C, "«d»", d=(g.pick([f"{dd} do {mm} de {yy}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{spoken_digits(f'{dd:02d}', g)} do {mm} de {yy}"]), "DATE_OF_BIRTH"))
    say(A, "endereço pra gente mandar a carta")
    say(C, "«a» em «o» cep «p»", a=(addr, "ADDRESS"), o=lower(orig), p=(stt_groups(cep, g), "BR_CEP"))
    say(A, "um telefone")
    say(C, "«t»", t=(g.pick([f"{ddd} {local[0]} {local[1:5]} {local[5:]}", f"{spoken_digits(ddd, g)} {spoken_digits(local, g)}", f"{ddd} {local[:5]} {local[5:]}"]), "PHONE_NUMBER"))
    out = g.pick(["habilitado", "pendente", "negado"])
    if out == "pendente":
        say(A, "o requerimento tá pendente porque a rescisão ainda nao foi informada pela empresa no esocial, vou abrir uma cobrança")
    elif out == "negado":
        say(A, "consta que ele recebeu seguro há menos de dezesseis meses, por isso negou. dá pra recorrer")
    else:
        say(A, "tá habilitado, quatro parcelas, a primeira sai em trinta dias na caixa")
    pr = proto(g)
    say(A, "anota o protocolo «p»", p=pr)
    say(C, g.pick(["obrigada", "brigado viu", "tá bom deus abençoe", "valeu"]))
    doc.t("\n=== ficha do atendimento ===\n")
    fields = [("Protocolo", V(pr)), ("Trabalhador(a)", pname(g, w, ("full", "caps"))), ("CPF", (fmt_cpf(cpf), "BR_CPF")),
              ("PIS", (g.pick([pis, f"{pis[:3]}.{pis[3:8]}.{pis[8:10]}-{pis[10]}"]), "BR_PIS")), ("Nascimento", (f"{dd:02d}/{mm:02d}/{yy}", "DATE_OF_BIRTH"))]
    if wife:
        fields.append(("Contato", P(g.pick([wife.full, wife.first]))))
    fields += [("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain"])), "PHONE_NUMBER")), ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP")),
               ("Empregador", V(emp[1])), ("Situação", V(out)), ("Atendente", P(at.short) if g.chance(0.5) else V(login(at, g)))]
    kv_block(doc, fields, g.pick(["lines", "dots", "caps", "box"]))
    return doc


AT = [at_turma_zap, at_ficha_registro, at_radio_onibus, at_email_sindicato, at_alojamento_planilha, at_portal_ticket, at_stt_seguro]


# --------------------------------------------------------------------------- juridico


def ju_reclamacao(g: Gen) -> Doc:
    """An initial labour claim (reclamação trabalhista) of a harvest worker against the labour contractor and the mill or farm that took the service (Súmula 331 do TST): the worker qualified (CTPS unlabelled, PIS, rural home of origin or lodging, CEP, phone and e-mail sometimes), both defendants' CNPJs (their seats unlabelled), production pay, heat breaks (NR-31), unpaid travel and lodging deductions, a co-worker as witness with RG and rural address, the lawyer's OAB and e-mail; amounts, laws and a CNJ number of a related case as negatives."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    firm = g.pick(CONTRACTORS)
    w = worker(g)
    law = g.person(female=g.chance(0.5))
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «n»ª VARA DO TRABALHO DE «c» — «u»\n\n", n=g.ri(1, 3), c=fold(dest).upper(), u=duf)
    if g.chance(0.3):
        doc.f("Distribuição por dependência ao processo nº «p»\n\n", p=cnj_of(g, duf, True))
    qualify(g, doc, w, rg=True, pis=True, dob=g.chance(0.5), phone=g.chance(0.5), email=g.chance(0.25), titulo=g.chance(0.3), job=("cortador de cana" if crop == "cana" else "colhedor de " + ("café" if crop == "cafe" else "laranja"), "trabalhadora rural safrista"), rural=0.7,
            where=g.pick(ORIGINS))
    doc.f(", CTPS nº «k», por «x» que esta subscreve, vem propor\n\nRECLAMAÇÃO TRABALHISTA\n\nem face de ", k=ctps(g), x="sua advogada" if law.female else "seu advogado")
    doc.f("«f», inscrita no CNPJ sob o nº «c» (1ª reclamada), e de «e», CNPJ «d» (2ª reclamada, tomadora dos serviços, responsável subsidiária nos termos da Súmula 331 do TST), pelos fatos a seguir.\n\n",
          f=fold(firm).upper(), c=(g.any_cnpj(), "BR_CNPJ"), e=fold(emp[1]).upper(), d=(g.any_cnpj(), "BR_CNPJ"))
    adm = g.day()
    sal = money(g, 1650, 2900)
    doc.f("1. DOS FATOS\n" + ("A reclamante foi arregimentada" if w.female else "O reclamante foi arregimentado") + " em «o» pelo turmeiro «t», conhecido como «k», e admitido em «a» para a «s», com término em «b». "
          "Recebia por produção (média de R$ «v» mensais), sem a pausa de 10 minutos a cada 50 trabalhados prevista no item 31.10.9 da NR-31. "
          "A 1ª reclamada descontava R$ «x» por semana a título de \"alojamento e marmita\".\n",
          o=g.pick(ORIGINS)[0], t=P(g.person(female=False).full), k=P(g.pick(FREE_NICK)), a=dbr(adm), s=CROP_WORD[crop] + " " + str(adm.year),
          b=dbr(adm + datetime.timedelta(days=g.ri(120, 230))), v=brl(sal), x=brl(money(g, 40, 120)))
    if g.chance(0.5):
        doc.f("Em «d», no «t», sofreu «c», sem que fosse emitida a CAT.\n", d=g.date("br"), t=g.pick(TALHOES), c=harvest_case(g, crop)[0])
    doc.t("\n2. DOS PEDIDOS\n")
    items = g.sample(["horas extras e reflexos", "pausas do item 31.10.9 da NR-31 como tempo à disposição", "devolução dos descontos de alojamento (art. 462 da CLT)",
                      "diferenças de produção (aferição unilateral)", "indenização por dano moral (condições degradantes)", "multa do art. 477 da CLT",
                      "adicional de insalubridade por calor (Anexo 3 da NR-15)", "FGTS + 40%"], g.ri(3, 5))
    tot = 0.0
    for k, it in enumerate(items):
        v = money(g, 900, 22000)
        tot += v
        doc.t(f"{chr(97 + k)}) {it}: R$ {brl(v)};\n")
    doc.t(f"{chr(97 + len(items))}) honorários de sucumbência (art. 791-A da CLT).\nValor da causa: R$ {brl(tot)}.\n\n3. PROVAS E TESTEMUNHAS\n")
    for _ in range(g.ri(1, 2)):
        t = worker(g)
        doc.f("«n», «j», RG «r», residente na «a», «o»/«u»", n=P(g.pick([t.full, t.caps])), j=g.pick(["cortador de cana", "trabalhador rural", "colhedor"]), r=(g.rg(), "BR_RG"),
              a=(rural_addr(g), "ADDRESS"), o=g.pick(ORIGINS)[0], u=g.pick(["MA", "MG", "PI", "BA"]))
        if g.chance(0.4):
            doc.f(", telefone «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        doc.t(";\n")
    doc.f("\nRequer a justiça gratuita (art. 790, § 3º, da CLT) e a notificação das reclamadas.\n\n«c»/«u», «d».\n\n«n»\n«o»\n«e»\n", c=dest, u=duf, d=g.date("long"),
          n=P(law.full), o=(g.council("OAB", duf), "PROFESSIONAL_ID"), e=(g.email(law, g.pick(["adv.br", "gmail.com", "advocaciarural.com.br"])), "EMAIL_ADDRESS"))
    return doc


def ju_tac_mpt(g: Gen) -> Doc:
    """Minutes of an administrative hearing at the Labour Prosecution Office (MPT) with a conduct-adjustment agreement (TAC) after a complaint on lodging and field conditions: the prosecutor, the employer's legal representative and lawyer, the labour contractor (firm CNPJ, partner CPF), the obligations (water, shade, toilets, transport, NR-31), the fine, and a table of collective damages paid to the workers found (name, CPF, amount, agency and account or a random Pix key); the civil inquiry number unlabelled."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    firm = g.pick(CONTRACTORS)
    pr = g.person(female=g.chance(0.5))
    rep = g.person(female=g.chance(0.3))
    law = g.person(female=g.chance(0.5))
    part = g.person(female=g.chance(0.2))
    caps = g.chance(0.25)
    up = caps_t if caps else ident
    doc.f(up("MINISTÉRIO PÚBLICO DO TRABALHO — PROCURADORIA DO TRABALHO NO MUNICÍPIO DE «c»\nINQUÉRITO CIVIL Nº «i»\n\nATA DE AUDIÊNCIA ADMINISTRATIVA\n\n"), c=fold(dest).upper(),
          i=clean(g, lambda: f"{g.d(6)}.{g.ri(2024, 2026)}.{g.pick(['15', '03', '18', '24'])}.{g.d(3)}/{g.d(1)}"))
    doc.f(up("Aos «d», na sede da Procuradoria, presente «o» Procurador«a» do Trabalho "), d=g.date("long"), o="a" if pr.female else "o", a="a" if pr.female else "")
    doc.e(pr.capsf if caps else pr.full, "PERSON")
    doc.t(up(", compareceram: pela inquirida "))
    doc.t(fold(emp[1]).upper() if caps else emp[1])
    doc.t(up(", CNPJ "))
    doc.e(g.any_cnpj(), "BR_CNPJ")
    doc.t(up(", " + ("sua gerente agrícola " if rep.female else "seu gerente agrícola ")))
    doc.e(rep.capsf if caps else rep.full, "PERSON")
    doc.t(up(", CPF "))
    doc.e(g.cpf(), "BR_CPF")
    doc.t(up(", acompanhad" + rep.o + " d" + law.o + " advogad" + law.o + " "))
    doc.e(law.capsf if caps else law.full, "PERSON")
    doc.t(" (")
    doc.e(g.council("OAB", duf), "PROFESSIONAL_ID")
    doc.t(up("); e pela empreiteira "))
    doc.t(fold(firm).upper() if caps else firm)
    doc.t(up(", CNPJ "))
    doc.e(g.any_cnpj(), "BR_CNPJ")
    doc.t(up(", seu sócio "))
    doc.e(part.capsf if caps else part.full, "PERSON")
    doc.t(up(", CPF "))
    doc.e(g.cpf(), "BR_CPF")
    if g.chance(0.5):
        doc.t(up(", conhecido como "))
        doc.e(fold(crew_nick(g, part)).upper() if caps else crew_nick(g, part), "PERSON")
    doc.t(".\n\n")
    doc.t(up("A denúncia relatou alojamento sem camas, água do córrego para beber e ausência de instalações sanitárias na frente de trabalho. "
             "As partes firmam TERMO DE AJUSTE DE CONDUTA, comprometendo-se a:\n"))
    for k, ob in enumerate(g.sample(["fornecer água potável e fresca em recipiente térmico, na quantidade mínima de 5 litros por trabalhador por turno",
                                     "manter abrigo contra intempéries e instalações sanitárias a no máximo 150 m da frente de trabalho",
                                     "não cobrar alojamento, transporte ou ferramentas dos trabalhadores (art. 462 da CLT)",
                                     "garantir as pausas do item 31.10.9 da NR-31 e suspender o trabalho sob índice de calor extremo",
                                     "registrar todos os trabalhadores desde o primeiro dia e não contratar por intermédio de aliciadores",
                                     "transportar os trabalhadores apenas em veículo autorizado, com motorista habilitado e sem ferramentas soltas"], g.ri(3, 5))):
        doc.t(f"{k + 1}) " + up(ob) + ";\n")
    doc.t(up(f"\nMulta por cláusula descumprida: R$ {brl(g.pick([5000.0, 10000.0, 20000.0]))} por trabalhador prejudicado, reversível a entidade indicada pelo MPT.\n\n"))
    doc.t(up("INDENIZAÇÃO INDIVIDUAL (DANO MORAL) — pagamento em até 10 dias:\n"))
    rows = []
    for _ in range(g.ri(2, 3)):
        w = worker(g)
        amt = V(brl(g.pick([3000.0, 3500.0, 4200.0, 5000.0])))
        if g.chance(0.55):
            pay = [(g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        else:
            pay = [V("Pix"), (g.uuid(), "PIX_KEY")]
        rows.append([P(w.capsf if caps else g.pick([w.full, w.caps])), (g.cpf(), "BR_CPF"), amt] + pay)
    table_ruled(doc, ["trabalhador", "CPF", "valor R$", "agência / forma", "conta / chave"], rows, g.pick(["plus", "psql", "plain"]))
    doc.t(up("\nNada mais havendo, encerrou-se a audiência.\n\n"))
    if g.chance(0.5):
        for p in (pr, rep, law, part):
            doc.t("______________________  ")
            doc.e(p.capsf if caps else p.full, "PERSON")
            doc.t("\n")
    else:
        doc.t(up("______________________  Procurador(a) do Trabalho\n______________________  Inquirida\n______________________  Empreiteira\n"))
    return doc


def ju_contrato_safra(g: Gen) -> Doc:
    """A harvest contract for coffee or oranges (contrato de safra, Lei 5.889/1973; capitals sometimes, or a scan with OCR confusions): the employer, a rural producer (CPF; CAEPF unlabelled) and his farm (unlabelled), the worker qualified (birth date, RG or CNH, CPF, PIS, home of origin and CEP), the lodging in the farm's collective house (no number, unlabelled), pay per measure or box with the minimum wage guaranteed, payment to agency and account or a Pix key of any kind; witnesses; the worker's signature a rogo with the signer's name and CPF."""
    doc = Doc()
    emp = employer(g, ("cafe", "laranja"))
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    scan = g.chance(0.3)
    caps = g.chance(0.35)
    up = caps_t if caps else ident
    O = (lambda s: ocr_t(s, g, 0.25)) if scan else ident
    N = (lambda s: ocr(s, g, 0.3, names=True)) if scan else ident
    boss = g.person(female=g.chance(0.25), origin=g.pick(["pt", "pt", "it", "jp", "ar", "de"]))
    w = worker(g)
    doc.t(O(up("CONTRATO INDIVIDUAL DE TRABALHO POR SAFRA\n\nEMPREGADOR: ")))
    doc.e(N(boss.capsf if caps else boss.full), "PERSON")
    doc.t(O(up(", produtor rural, CPF ")))
    doc.e(g.cpf(), "BR_CPF")
    doc.f(O(up(", CAEPF «c», proprietári" + boss.o + " da «f», zona rural de «m»/«u»;\n")), c=caepf(g), f=emp[0], m=dest, u=duf)
    doc.t(O(up("EMPREGAD" + w.o.upper() + ": ")))
    doc.e(N(w.capsf if caps else g.pick([w.full, w.caps])), "PERSON")
    doc.t(O(up(", nascid" + w.o + " em ")))
    doc.e(wdob(g, "br"), "DATE_OF_BIRTH")
    if g.chance(0.8):
        doc.t(O(up(", RG ")))
        doc.e(g.rg(), "BR_RG")
    else:
        doc.t(O(up(", CNH ")))
        doc.e(g.cnh(), "BR_CNH")
    doc.t(O(up(", CPF ")))
    doc.e(g.cpf(), "BR_CPF")
    doc.t(O(up(", PIS ")))
    doc.e(g.pis(), "BR_PIS")
    o, ouf = g.pick(ORIGINS)
    doc.t(O(up(", residente na ")))
    doc.e(N(rural_addr(g, "caps" if caps else "text", ouf)), "ADDRESS")
    doc.f(O(up(", «o»/«u», CEP ")), o=o, u=ouf)
    doc.e(g.cep(), "BR_CEP")
    doc.t(".\n\n")
    unit = "medida de 60 litros de café em coco" if crop == "cafe" else "caixa de 40,8 kg de laranja"
    price = money(g, 9, 18) if crop == "cafe" else money(g, 0.7, 1.4)
    doc.t(O(up(f"CLÁUSULA 1ª — O contrato vigora da data de admissão até o término da colheita de {g.pick([2025, 2026])} na propriedade (art. 14 da Lei 5.889/1973).\n")))
    doc.t(O(up(f"CLÁUSULA 2ª — Remuneração por produção, R$ {brl(price)} por {unit}, garantido o salário mínimo mensal, pago até o 5º dia útil ")))
    if g.chance(0.55):
        b = g.pick(BANKS)
        doc.t(O(up(f"na conta do empregado no {b[1]}, agência ")))
        doc.e(g.agency(), "BANK_ACCOUNT")
        doc.t(O(up(", conta ")))
        doc.e(g.account(), "BANK_ACCOUNT")
    else:
        kind_, kv = pix_key(g, w)
        doc.t(O(up(f"por Pix na chave ({kind_}) ")))
        doc.e(*kv)
    doc.t(".\n")
    doc.t(O(up("CLÁUSULA 3ª — O empregado ficará na casa coletiva da fazenda, sem qualquer desconto, com cama, armário e água potável.\n")))
    doc.t(O(up("CLÁUSULA 4ª — O empregador fornecerá gratuitamente EPIs (luvas, perneira, chapéu árabe, óculos) e transporte da casa à lavoura.\n")))
    doc.t(O(up(f"CLÁUSULA 5ª — Ao término, o empregado receberá indenização do tempo de serviço (art. 14, parágrafo único, da Lei 5.889/1973).\n\n{dest}, {g.date('long')}.\n\n")))
    doc.t("______________________________\n")
    if g.chance(0.5):
        doc.e(N(boss.capsf if caps else boss.full), "PERSON")
    else:
        doc.t(O(up("EMPREGADOR")))
    doc.t("\n______________________________\n")
    if g.chance(0.45):
        ar = g.person()
        doc.t(O(up("(polegar direito) — a rogo d" + w.o + " empregad" + w.o + ", por não saber assinar: ")))
        doc.e(N(ar.capsf if caps else ar.full), "PERSON")
        doc.t(O(up(", CPF ")))
        doc.e(g.cpf(), "BR_CPF")
        doc.t("\n")
    else:
        doc.e(N(w.capsf if caps else w.full), "PERSON")
        doc.t("\n")
    witnesses(g, doc, 2, caps)
    return doc


def ju_bo_onibus(g: Gen) -> Doc:
    """An ALL CAPS police report (OCR'd sometimes) of a crew bus accident on a rural road (the place of the accident, a road and km, is not an address): the bus driver qualified (birth date, RG, CPF, CNH, home, phone), the bus plate and its RENAVAM (unlabelled), a cane truck (treminhão) with two plates and its driver with CNH, the injured workers with birth dates and documents, a witness, the clerk and the delegado; the report number unlabelled."""
    doc = Doc()
    emp = employer(g, ("cana", "laranja"))
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    scan = g.chance(0.35)
    O = (lambda s: ocr(s, g, 0.25)) if scan else ident
    OT = (lambda s: ocr_t(s, g, 0.25)) if scan else ident
    N = (lambda s: ocr(s, g, 0.3, names=True)) if scan else ident
    drv = g.person(female=False)
    td = g.person(female=False)
    day = g.day()
    doc.t(O(f"SECRETARIA DA SEGURANCA PUBLICA — DELEGACIA DE POLICIA DE {fold(dest).upper()}\nBOLETIM DE OCORRENCIA N. {clean(g, lambda: f'{g.up(2)}{g.d(4)}-{g.ri(1, 9)}/{day.year}')}\n"))
    doc.t(O(f"NATUREZA: LESAO CORPORAL CULPOSA NA DIRECAO DE VEICULO AUTOMOTOR (ART. 303 DO CTB)\nDATA DO FATO: {dbr(day)} {g.ri(4, 7):02d}:{g.ri(0, 59):02d}\n"))
    rd = g.pick([f"ESTRADA VICINAL {g.pick(['SRT', 'GUA', 'JBT', 'BRR', 'QRN'])}-{g.ri(10, 499):03d}, KM {g.ri(1, 30)}", f"RODOVIA {duf}-{g.ri(10, 499):03d}, KM {g.ri(10, 390)}",
                 f"ESTRADA MUNICIPAL DA {g.pick(['USINA', 'SERRA BRANCA', 'BOA VISTA'])}, PROXIMO AO CARREADOR {g.ri(1, 40)}"])
    doc.t(O(f"LOCAL: {rd}, ZONA RURAL, {fold(dest).upper()}/{duf}\n\n"))
    doc.t("CONDUTOR 1 (ONIBUS DE TRABALHADORES): ")
    doc.e(N(drv.capsf), "PERSON")
    doc.t(", NASC. ")
    doc.e(g.dob("br", 1960, 1995), "DATE_OF_BIRTH")
    doc.t(", RG ")
    doc.e(g.rg(), "BR_RG")
    doc.t(", CPF ")
    doc.e(g.cpf(), "BR_CPF")
    doc.t(", CNH ")
    doc.e(g.cnh(), "BR_CNH")
    doc.t(", RESIDENTE NA ")
    doc.e(N(g.address("caps")), "ADDRESS")
    doc.f(", «c»/«u», TEL. ", c=fold(dest).upper(), u=duf)
    doc.e(g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER")
    doc.t(O("\nVEICULO 1: ONIBUS M.BENZ/OF 1721, PLACA "))
    doc.e(g.plate(), "LICENSE_PLATE")
    doc.f(OT(", RENAVAM «r», PROPRIEDADE DE «b», A SERVICO DA «e»\n"), r=g.neg(11), b=fold(g.pick(BUS_COS)).upper(), e=fold(emp[0]).upper())
    doc.t("CONDUTOR 2 (CAMINHAO CANAVIEIRO): ")
    doc.e(N(td.capsf), "PERSON")
    doc.t(", CPF ")
    doc.e(g.cpf(), "BR_CPF")
    doc.t(", CNH ")
    doc.e(g.cnh(), "BR_CNH")
    doc.t(O("\nVEICULO 2: CAMINHAO TRATOR VOLVO/FH 540, PLACA "))
    doc.e(g.plate(), "LICENSE_PLATE")
    doc.t(O(", REBOQUES PLACAS "))
    doc.e(g.plate(), "LICENSE_PLATE")
    doc.t(" E ")
    doc.e(g.plate(), "LICENSE_PLATE")
    doc.t("\n\nVITIMAS (TRABALHADORES RURAIS TRANSPORTADOS):\n")
    for k in range(g.ri(1, 3)):
        v = worker(g)
        doc.f("«k») «n», NASC. «d», ", k=k + 1, n=P(N(v.capsf)), d=(wdob(g, "br"), "DATE_OF_BIRTH"))
        if g.chance(0.6):
            doc.f("CPF «c»", c=(g.cpf(), "BR_CPF"))
        else:
            doc.f("RG «c»", c=(g.rg(), "BR_RG"))
        if g.chance(0.4):
            doc.f(", TEL. «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        doc.f(OT(" — «h» — ENCAMINHAD«o» A «u»\n"), h=g.pick(["ESCORIACOES", "FRATURA NO BRACO", "TRAUMA CRANIANO LEVE", "CORTE NA TESTA", "SEM LESOES APARENTES"]),
              o=v.o.upper(), u=fold(g.pick(UPAS)).upper())
    doc.t(O("\nHISTORICO: SEGUNDO O CONDUTOR 1, AO ENTRAR NO CARREADOR O CAMINHAO CANAVIEIRO VINHA NA CONTRAMAO LEVANTANDO POEIRA E ATINGIU A LATERAL DO ONIBUS. "
            "OS PODOES ESTAVAM ACONDICIONADOS NO COMPARTIMENTO EXTERNO. O CONDUTOR 2 ALEGA QUE O ONIBUS NAO PAROU NA PLACA. TESTES DE ETILOMETRO NEGATIVOS.\n"))
    if g.chance(0.7):
        t = g.person()
        doc.t("TESTEMUNHA: ")
        doc.e(N(t.capsf), "PERSON")
        doc.t(", FISCAL DE TURMA, RG ")
        doc.e(g.rg(), "BR_RG")
        doc.t(", TEL. ")
        doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
        doc.t("\n")
    esc = g.person()
    dl = g.person()
    doc.t("\nESCRIVAO(A): ")
    doc.e(N(esc.capsf), "PERSON")
    doc.t("   DELEGADO(A) DE POLICIA: ")
    doc.e(N(dl.capsf), "PERSON")
    doc.t("\n")
    return doc


def ju_audiencia_trt(g: Gen) -> Doc:
    """Minutes of a hearing at a labour court (sometimes an itinerant one held in a union hall): the CNJ number (unlabelled), the judge, the claimant (CPF), the defendants' agents (prepostos with CPF or RG) and lawyers (OAB), the settlement (amount, instalments, paid to agency and account or a Pix key of any kind; INSS discrimination) or, with no settlement, witnesses qualified (RG, rural address, phone) and their statements naming co-workers by nickname; the clerk."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    firm = g.pick(CONTRACTORS)
    judge = g.person(female=g.chance(0.5))
    rc = worker(g)
    adv1 = g.person(female=g.chance(0.5))
    adv2 = g.person(female=g.chance(0.5))
    prep = g.person(female=g.chance(0.4))
    prep2 = g.person(female=g.chance(0.2))
    itin = g.chance(0.4)
    doc.f("PODER JUDICIÁRIO — JUSTIÇA DO TRABALHO\nTRIBUNAL REGIONAL DO TRABALHO\n«v»\n\nATA DE AUDIÊNCIA — PROCESSO «p»\n", v=(f"VARA ITINERANTE — SESSÃO NO SALÃO DO {fold(g.pick(UNIONS)[0]).upper()}" if itin else f"{g.ri(1, 3)}ª VARA DO TRABALHO DE {fold(dest).upper()}"),
          p=cnj_of(g, duf, True))
    doc.f("RECLAMANTE: «n» (CPF «c»)\nRECLAMADAS: «f» e «e»\n\n", n=P(g.pick([rc.caps, rc.full])), c=(g.cpf(), "BR_CPF"), f=firm.upper(), e=emp[1].upper())
    if g.chance(0.5):
        doc.f("Contato do reclamante para intimações: «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        if g.chance(0.4):
            doc.f(" / «e»", e=(g.email(rc), "EMAIL_ADDRESS"))
        doc.t("\n\n")
    doc.f("Em «d», às «h», sob a presidência d«o» MM. «z» do Trabalho «j», foram apregoadas as partes. Presente «r» reclamante, acompanhad«r» d«q» advogad«q» «a» («oa»). ",
          d=g.date("br"), h=f"{g.ri(8, 16)}:{g.pick(['00', '10', '20', '30', '40', '50'])}", o="a" if judge.female else "o", z="Juíza" if judge.female else "Juiz", r=a_(rc), j=P(judge.full), q=a_(adv1), a=P(adv1.full), oa=(g.council("OAB", duf), "PROFESSIONAL_ID"))
    doc.f("Presente a 1ª reclamada por «seu» prepost«x» «p», CPF «c», e a 2ª reclamada por «seu2» prepost«x2» «p2», RG «r», ambas acompanhadas d«o» advogad«o» «a» («oa»).\n\n",
          seu="sua" if prep.female else "seu", x=a_(prep), p=P(prep.full), c=(g.cpf(), "BR_CPF"), seu2="sua" if prep2.female else "seu", x2=a_(prep2),
          p2=P(prep2.full), r=(g.rg(), "BR_RG"), o=a_(adv2), a=P(adv2.full), oa=(g.council("OAB", duf), "PROFESSIONAL_ID"))
    if g.chance(0.55):
        v = money(g, 3500, 28000)
        n = g.ri(1, 6)
        doc.f("CONCILIAÇÃO: as partes se conciliaram em R$ «v», em «n» parcela(s) mensal(is), a primeira em «d», ", v=brl(v), n=n, d=g.date("br"))
        if g.chance(0.55):
            b = g.pick(BANKS)
            doc.f("mediante depósito na conta do reclamante no «b», agência «a», conta «k». ", b=b[1], a=(g.agency(), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"))
        else:
            kind_, kv = pix_key(g, rc)
            doc.f("mediante Pix para a chave («k») «c». ", k=kind_, c=kv)
        doc.f("As reclamadas respondem solidariamente. Parcelas de natureza indenizatória: «p»% (art. 832, § 3º, da CLT). Multa de 50% em caso de atraso. "
              "Homologado o acordo.\n", p=g.pick([70, 80, 100]))
    else:
        doc.t("Rejeitada a conciliação. Passou-se à instrução.\n\n")
        for k in range(g.ri(1, 2)):
            t = worker(g)
            o, ouf = g.pick(ORIGINS)
            doc.f("«k»ª TESTEMUNHA DO RECLAMANTE: «n», «j», RG «r», residente na «a», «o»/«u»", k=k + 1, n=P(g.pick([t.full, t.caps])),
                  j=g.pick(["trabalhador rural", "cortador de cana", "colhedor de café"]), r=(g.rg(), "BR_RG"), a=(rural_addr(g, "text", ouf), "ADDRESS"), o=o, u=ouf)
            if g.chance(0.5):
                doc.f(", telefone «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
            m = worker(g, female=False)
            doc.f(". Compromissad" + a_(t) + ". Disse que trabalhou na mesma turma do reclamante; que o fiscal «f» anotava a produção num caderno e só mostrava no sábado; "
                  "que o «m» desmaiou no talhão em «d» e foi levado no ônibus da turma; que não havia banheiro na frente de trabalho. Nada mais.\n",
                  f=P(g.pick([g.person().first, g.pick(FREE_NICK)])), m=P(crew_nick(g, m)), d=g.pick(MONTHS))
        doc.f("\nEncerrada a instrução. Razões finais remissivas. Julgamento em «d».\n", d=g.date("br"))
    clerk = g.person(female=g.chance(0.6))
    doc.f("\nNada mais. Eu, «c», secretári«o» de audiência, digitei.\n«a» do Trabalho (assinado eletronicamente)\n", c=P(clerk.full), o=a_(clerk), a="Juíza" if judge.female else "Juiz")
    return doc


def ju_procuracao_coletiva(g: Gen) -> Doc:
    """A power of attorney from a group of harvest workers to the union's lawyers with a declaration of poverty, a scanned form with OCR confusions (names, words; identifiers clean): each grantor (name, nationality, civil status, RG, CPF, home of origin and CEP), the attorneys with OAB and e-mail, the purpose, signatures a rogo with a fingerprint and the signer's name, two witnesses."""
    doc = Doc()
    un, udom = g.pick(UNIONS)
    emp = employer(g)
    scan = g.chance(0.7)
    O = (lambda s: ocr(s, g, 0.3)) if scan else ident
    N = (lambda s: ocr(s, g, 0.3, names=True)) if scan else ident
    doc.t(O("PROCURAÇÃO \"AD JUDICIA ET EXTRA\" E DECLARAÇÃO DE HIPOSSUFICIÊNCIA\n\nOUTORGANTES:\n"))
    grs = []
    for k in range(g.ri(2, 3)):
        w = worker(g)
        grs.append(w)
        o, ouf = g.pick(ORIGINS)
        doc.f("«k») ", k=k + 1)
        doc.e(N(g.pick([w.capsf, w.full])), "PERSON")
        doc.t(O(f", {g.pick(NATIONALITY[w.female])}, {g.pick(CIVIL[w.female])}, trabalhador{'a' if w.female else ''} rural, RG "))
        doc.e(g.rg(), "BR_RG")
        doc.t(O(", CPF "))
        doc.e(g.cpf(), "BR_CPF")
        doc.t(O(", residente na "))
        doc.e(N(rural_addr(g, g.pick(["text", "caps"]), ouf)), "ADDRESS")
        doc.t(O(f", {o}/{ouf}, CEP "))
        doc.e(g.cep(), "BR_CEP")
        doc.t(";\n")
    doc.t(O("\nOUTORGADOS: "))
    for k in range(g.ri(1, 2)):
        l = g.person(female=g.chance(0.5))
        if k:
            doc.t(" e ")
        doc.e(N(l.full), "PERSON")
        doc.t(", ")
        doc.e(g.council("OAB", g.pick(["SP", "MG", "MA", "GO"])), "PROFESSIONAL_ID")
        if g.chance(0.6):
            doc.t(O(", e-mail "))
            doc.e(corp_mail(l, udom, g) if g.chance(0.5) else g.email(l), "EMAIL_ADDRESS")
    doc.t(O(f", advogados do {un}.\n\n"))
    doc.t(O(f"PODERES: para o foro em geral, especialmente para propor reclamação trabalhista em face de {emp[1]} e da empreiteira que os arregimentou, "
            "podendo receber e dar quitação, firmar acordos e substabelecer.\n\n"))
    doc.t(O("DECLARAÇÃO: os outorgantes declaram, sob as penas da lei, que não podem arcar com as custas do processo sem prejuízo do sustento próprio e da família "
            "(art. 790, § 3º, da CLT e art. 99 do CPC).\n\n"))
    doc.t(O(f"{g.pick(ORIGINS)[0]}, {g.date('long')}.\n\n"))
    for w in grs:
        if g.chance(0.3):
            ar = g.person()
            doc.t(O("[impressão digital] a rogo de "))
            doc.e(N(w.first if g.chance(0.5) else w.full), "PERSON")
            doc.t(O(": "))
            doc.e(N(ar.full), "PERSON")
            doc.t("\n")
        else:
            doc.t("_______________________ ")
            doc.e(N(w.full), "PERSON")
            doc.t("\n")
    witnesses(g, doc, 2, g.chance(0.3))
    return doc


def ju_alvara_herdeiros(g: Gen) -> Doc:
    """A petition for a judicial release (alvará, Lei 6.858/1980) of the FGTS, PIS and final-settlement balances of a cane cutter who died in the field: the deceased (CPF, PIS, birth date; death date unlabelled), the widow qualified, the children with birth dates (CPF sometimes), the INSS certificate of dependants (unlabelled number), the employer's CNPJ, the account where the money goes, the lawyer's OAB or the public defender; the CNJ number sometimes."""
    doc = Doc()
    emp = employer(g, ("cana", "cana", "laranja", "cafe"))
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    dec = worker(g, female=False)
    wid = g.person(female=True)
    o, ouf = g.pick(ORIGINS)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DA «n»ª VARA CÍVEL DA COMARCA DE «c»/«u»\n\n", n=g.ri(1, 2), c=fold(o).upper(), u=ouf)
    if g.chance(0.35):
        doc.f("Processo nº «p»\n\n", p=cnj_of(g, ouf))
    qualify(g, doc, wid, rg=True, phone=g.chance(0.5), job=("lavrador", "lavradora"), rural=0.8, where=(o, ouf), civil="viúva")
    doc.t(", por si e representando ")
    kids = [g.relative(dec) for _ in range(g.ri(1, 3))]
    for k, c in enumerate(kids):
        if k:
            doc.t(", " if k < len(kids) - 1 else " e ")
        doc.e(g.pick([c.full, c.caps]), "PERSON")
        doc.t(" (nascid" + c.o + " em ")
        doc.e(g.dob("br", 2008, 2024), "DATE_OF_BIRTH")
        if g.chance(0.4):
            doc.t(", CPF ")
            doc.e(g.cpf(), "BR_CPF")
        doc.t(")")
    doc.t((", seus filhos menores" if len(kids) > 1 else (", sua filha menor" if kids[0].female else ", seu filho menor")) + ", vem requerer\n\nALVARÁ JUDICIAL\n\npelos fatos seguintes.\n\n")
    doc.t("1. ")
    doc.e(g.pick([dec.full, dec.caps]), "PERSON")
    doc.t(", CPF ")
    doc.e(g.cpf(), "BR_CPF")
    doc.t(", PIS ")
    doc.e(g.pis(), "BR_PIS")
    doc.t(", nascido em ")
    doc.e(wdob(g, g.pick(["br", "long"])), "DATE_OF_BIRTH")
    doc.f(", faleceu em «d» no «t» da «e» (CNPJ «c»), onde trabalhava «k», após mal súbito sob calor intenso (certidão de óbito: «x»).\n",
          d=g.date("br"), t=g.pick(TALHOES), e=emp[1], c=(g.any_cnpj(), "BR_CNPJ"), k=CROP_IN[crop], x=g.pick(["morte súbita — I46.1", "insolação — T67.0", "causa indeterminada — R99"]))
    doc.f("2. A certidão de dependentes habilitados à pensão por morte do INSS (nº «n») relaciona a requerente e os filhos. Não há bens a inventariar.\n",
          n=clean(g, lambda: f"{g.d(4)}.{g.d(6)}/{g.ri(2025, 2026)}"))
    doc.f("3. Há saldos de FGTS, PIS e verbas rescisórias (R$ «v») depositados pela empregadora. Requer sejam liberados mediante depósito na conta da requerente no ", v=brl(money(g, 2800, 19000)))
    b = g.pick(BANKS)
    doc.f("«b», agência «a», conta «k», cabendo aos menores quota em conta judicial.\n\n", b=b[1], a=(g.agency(), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"))
    doc.f("Dá-se à causa o valor de R$ «v».\n\n«c», «d».\n\n", v=brl(money(g, 2800, 19000)), c=o, d=g.date("long"))
    if g.chance(0.6):
        l = g.person(female=g.chance(0.5))
        doc.f("«n»\n«o»\n", n=P(l.full), o=(g.council("OAB", ouf), "PROFESSIONAL_ID"))
    else:
        l = g.person(female=g.chance(0.5))
        doc.f("«n»\nDefensor«a» Públic«o»\n", n=P(l.full), a="a" if l.female else "", o=a_(l))
    return doc


JU = [ju_reclamacao, ju_tac_mpt, ju_contrato_safra, ju_bo_onibus, ju_audiencia_trt, ju_procuracao_coletiva, ju_alvara_herdeiros]


# --------------------------------------------------------------------------- saude


def sa_notificacao(g: Gen) -> Doc:
    """A SINAN-style notification of a serious work accident or heat illness in the harvest, numbered fields (as the paper form reads when typed): the worker's name, birth date, CNS, mother's name, home (the lodging or the home of origin) with CEP and phone, occupation and CBO (unlabelled), the employer's CNPJ, the place of the accident (a plot, unlabelled), the ICD-10 code, the notifier with COREN or CRM; the notification number unlabelled."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    w = worker(g)
    mom = g.person(female=True)
    desc, icd = harvest_case(g, crop)
    notif = g.person(female=g.chance(0.65))
    nurse = g.chance(0.6)
    caps = g.chance(0.5)
    C = (lambda s: fold(s).upper()) if caps else ident
    doc.f("República Federativa do Brasil — Ministério da Saúde\nSINAN — FICHA DE INVESTIGAÇÃO — ACIDENTE DE TRABALHO «k»\nNº «n»\n\n", k=g.pick(["GRAVE", "COM EXPOSIÇÃO A CALOR", "GRAVE"]), n=clean(g, lambda: g.d(7)))
    doc.f("1 Tipo de notificação: 2 - Individual\n2 Agravo: «a»   Código (CID10): «c»\n3 Data da notificação: «d»\n4 UF: «u»   5 Município de notificação: «m»\n6 Unidade de saúde: «s»\n",
          a=C("Acidente de trabalho grave" if icd not in ("T67.5", "T67.0", "E86", "M62.8") else "Doença relacionada ao trabalho — calor"), c=icd, d=g.date("br"), u=duf, m=C(dest), s=C(g.pick(UPAS)))
    doc.t("7 Data do acidente: " + g.date("br") + "\n8 Nome do paciente: ")
    doc.e(w.capsf if caps else g.pick([w.full, w.caps]), "PERSON")
    doc.t("\n9 Data de nascimento: ")
    dd, mm, yy = g.dob_parts(1962, 2007)
    doc.e(f"{dd:02d}/{mm:02d}/{yy}", "DATE_OF_BIRTH")
    doc.f("   10 Idade: «i» anos   11 Sexo: «s»\n", i=2025 - yy, s="F" if w.female else "M")
    doc.t("12 Número do Cartão SUS: ")
    if g.chance(0.85):
        doc.e(g.cns(), "BR_CNS")
    else:
        doc.t("não portava")
    if g.chance(0.5):
        doc.t("   CPF: ")
        doc.e(g.cpf(), "BR_CPF")
    doc.t("\n13 Nome da mãe: ")
    doc.e(mom.capsf if caps else mom.full, "PERSON")
    lodge = g.chance(0.55)
    o, ouf = g.pick(ORIGINS)
    doc.f("\n14 UF: «u»  15 Município de residência: «m»\n16 Logradouro, número, complemento: ", u=duf if lodge else ouf, m=C(dest if lodge else o))
    doc.e(g.address("caps" if caps else "text") if lodge else rural_addr(g, "caps" if caps else "text", ouf), "ADDRESS")
    doc.t("\n17 CEP: ")
    doc.e(g.cep(), "BR_CEP")
    doc.t("   18 Telefone: ")
    doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    doc.f("   19 Zona: «z»\n", z="1 - Urbana (alojamento)" if lodge else "2 - Rural")
    doc.f("20 Ocupação: «o»\n21 Situação no mercado de trabalho: «s»\n22 Tempo de trabalho na ocupação: «t»\n", o=C({"cana": "6221-10 Trabalhador da cultura de cana-de-açúcar", "cafe": "6222-15 Trabalhador no cultivo de café", "laranja": "6224-10 Trabalhador na cultura de laranja"}[crop]),
          s=g.pick(["01 - Empregado registrado com carteira assinada", "02 - Empregado não registrado", "05 - Trabalhador temporário"]), t=f"{g.ri(1, 11)} meses")
    doc.t("23 Empresa contratante: " + C(emp[1]) + "   CNPJ: ")
    doc.e(g.any_cnpj(), "BR_CNPJ")
    doc.f("\n24 Local do acidente: «l»\n25 Descrição: «d»\n26 Emissão da CAT: «c»\n27 Evolução: «e»\n", l=C(g.pick(TALHOES) + " — " + emp[0]), d=C(desc),
          c=g.pick(["1 - Sim — CAT " + cat_no(g), "2 - Não", "9 - Ignorado"]), e=g.pick(["1 - Cura", "2 - Incapacidade temporária", "9 - Ignorado", "1 - Cura"]))
    doc.t("\nInvestigador: ")
    doc.e(notif.full if not caps else notif.capsf, "PERSON")
    doc.t(" — " + ("Enfermeir" + a_(notif) if nurse else "Médic" + a_(notif)) + " — ")
    doc.e(g.council("COREN" if nurse else "CRM", duf), "PROFESSIONAL_ID")
    doc.t("\n")
    return doc


def sa_aso_lista(g: Gen) -> Doc:
    """A batch of admission occupational health certificates (ASOs) of a harvest crew, as a blank-aligned, ruled or pipe table (names cut at 24 characters as the clinic's system prints them): name, CPF, birth date, job, risks, result (fit/unfit); the clinic's CNPJ, the PCMSO coordinator's and the examining physician's CRM, notes naming an unfit worker (blood pressure) and the nurse's COREN."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    clin = g.pick(["Clínica Ocupacional Bento Amado", "MedTrab Aurora", "Clínica São Lucas do Trabalho", "Ocupacional Vitória Saúde", "Clínica Prudente SST"])
    coord = g.person()
    exam = g.person()
    nurse = g.person(female=g.chance(0.8))
    doc.f("«c» — CNPJ «n»\nRELAÇÃO DE ASO — ADMISSIONAL — «e» — «k» «y»\nData dos exames: «d»   Local: ônibus-consultório no alojamento\n\n", c=clin.upper(), n=(g.any_cnpj(), "BR_CNPJ"),
          e=emp[0].upper(), k=CROP_WORD[crop].upper(), y=g.pick([2025, 2026]), d=g.date("br"))
    rows = []
    ws = []
    for _ in range(g.ri(3, 6)):
        w = worker(g)
        ws.append(w)
        res = "APTO" if g.chance(0.85) else "INAPTO"
        rows.append([P(cut(fold(w.full).upper(), 24)), (g.cpf(), "BR_CPF"), (wdob(g, "br"), "DATE_OF_BIRTH"),
                     V(g.pick({"cana": ["CORTADOR CANA", "CORTADOR CANA", "BITUQUEIRO", "FISCAL TURMA"], "cafe": ["COLHEDOR CAFE", "COLHEDOR CAFE", "ABANADOR", "FISCAL TURMA"],
                               "laranja": ["APANHADOR LARANJA", "APANHADOR LARANJA", "BAGUEIRO", "FISCAL TURMA"]}[crop])), V(g.pick(["CALOR/RUIDO/POSTURA", "CALOR/RAD.SOLAR", "BIOLOGICO/CALOR", "QUIMICO/CALOR"])), V(res)])
    table_ruled(doc, ["NOME", "CPF", "NASC", "FUNCAO", "RISCOS", "RESULT."], rows, g.pick(["plain", "plus", "pipe"]))
    bad = [r for r in rows if r[5][0] == "INAPTO"]
    if bad:
        doc.f("\nOBS.: «n» — PA «p» mmHg, inapto até controle; encaminhado à «u».\n", n=P(bad[0][0][0]), p=g.pick(["180x110", "170x105", "190x120"]), u=g.pick(UPAS))
    elif g.chance(0.5):
        w = g.pick(ws)
        doc.f("\nOBS.: «n» refere asma na infância, sem crise há 10 anos; apto com orientação.\n", n=P(g.pick([w.full, w.short])))
    doc.t("Exames: PA, glicemia capilar, acuidade visual; vacinação dT conferida.\n\nCoordenador do PCMSO: ")
    doc.e(coord.full, "PERSON")
    doc.t(" — ")
    doc.e(g.council("CRM", duf), "PROFESSIONAL_ID")
    doc.t("\nMédico examinador: ")
    doc.e(exam.full, "PERSON")
    doc.t(" — ")
    doc.e(g.council("CRM", duf), "PROFESSIONAL_ID")
    doc.t("\nEnfermagem: ")
    doc.e(g.pick([nurse.full, nurse.short]), "PERSON")
    doc.t(" — ")
    doc.e(g.council("COREN", duf), "PROFESSIONAL_ID")
    doc.t("\n")
    return doc


def sa_ambulatorio(g: Gen) -> Doc:
    """The day register of a mill's or farm's field ambulatory (semicolon CSV or fixed width): time, worker, registration (unlabelled), CNS or CPF, birth date, plot, complaint, ICD-10, conduct, removal (the ambulance's plate), the nursing technician by name; the nurse's closing note with COREN."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    nurse = g.person(female=g.chance(0.7))
    tec = g.person(female=g.chance(0.6))
    amb = g.plate()
    doc.f("«e» — AMBULATÓRIO DE CAMPO — REGISTRO DIÁRIO «d»\nAmbulância de apoio: placa «p»\n\n", e=emp[0].upper(), d=g.date("br"), p=(amb, "LICENSE_PLATE"))
    rows = []
    t = datetime.datetime(2026, 1, 1, 6, g.ri(0, 40))
    for _ in range(g.ri(3, 5)):
        t = t + datetime.timedelta(minutes=g.ri(15, 90))
        w = worker(g)
        desc, icd = harvest_case(g, crop)
        idv = (g.cns(False), "BR_CNS") if g.chance(0.5) else (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        cond = g.pick({"T63.0": ["removido à " + g.pick(UPAS) + " p/ soro", "imobilização e remoção imediata"],
                       "S81.8": ["curativo e sutura; vacina dT", "curativo compressivo; removido à " + g.pick(UPAS)],
                       "S61.0": ["curativo e sutura; vacina dT", "sutura 4 pontos; afastado 2 dias"],
                       "S05.0": ["lavagem ocular; encaminhado ao oftalmo", "lavagem com SF; oclusão"],
                       "M54.5": ["analgésico VO; afastado 2 dias", "repouso; liberado p/ função leve"],
                       "S52.5": ["tala gessada provisória; removido à " + g.pick(UPAS)], "S82.2": ["imobilização; removido à " + g.pick(UPAS)],
                       "L03.0": ["curativo; antibiótico VO", "drenagem; removido à " + g.pick(UPAS)], "T63.4": ["anti-histamínico; observação 1h"],
                       "H10.3": ["colírio; liberado"], "M65.9": ["gelo; anti-inflamatório; afastado 2 dias"], "M75.1": ["analgésico; liberado p/ função leve"],
                       "T60.0": ["banho e troca de roupa; removido à " + g.pick(UPAS)]}.get(icd, ["hidratação oral e repouso na sombra", "soro fisiológico EV 500 ml",
                                                                                            "removido à " + g.pick(UPAS), "liberado p/ retorno após 1h de pausa"]))
        rows.append([V(ts(t, "hm")), P(g.pick([w.caps, w.full])), V(matricula(g)), idv, (wdob(g, "br"), "DATE_OF_BIRTH") if g.chance(0.7) else V(""),
                     V(g.pick(TALHOES)), V(desc), V(icd), V(cond), V(login(tec))])
    cols = ["hora", "nome", "matricula", "cns_cpf", "nascimento", "local", "queixa", "cid", "conduta", "atendido_por"]
    if g.chance(0.5):
        table_csv(doc, cols, rows, ";")
    else:
        for r in rows:
            r[6] = V(cut(r[6][0], 30))
            r[8] = V(cut(r[8][0], 26))
            r[1] = P(cut(r[1][0], 22))
        table_ruled(doc, cols, rows, "plain")
    doc.t("\nNota da enfermeira: ")
    doc.f(g.pick(["índice de calor acima de 40 às 11h; orientada a suspensão do corte no «f» por 1h. Reposição de soro caseiro nos ônibus.",
                  "dois trabalhadores com câimbras após o almoço; reforçada a pausa de 10 min a cada 50 (NR-31). O galão do «f» não tinha água fresca.",
                  "encaminhada CAT do corte com podão ao RH. Trabalhador orientado sobre a luva de malha de aço."]), f=g.pick(TALHOES))
    doc.t(" — ")
    doc.e(g.pick([nurse.full, nurse.short]), "PERSON")
    doc.t(", ")
    doc.e(g.council("COREN", duf), "PROFESSIONAL_ID")
    doc.t("\n")
    return doc


def sa_zap_sesmt(g: Gen) -> Doc:
    """A WhatsApp chat between a crew's fiscal and the employer's occupational safety team (a safety technician and a nurse; lower case, typos): a worker fainted or was bitten, his full name and CNS typed from the card, the ambulance's plate, the emergency unit's doctor by name, the wife's phone, the CAT number (unlabelled), @mentions; the technician's MTE registration unlabelled."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    st = chat_stamp(g)
    tt = iter(seq_times(g, 40, g.moment(hours=(6, 17)), 30, 900))
    fis = g.person(female=g.chance(0.25))
    tst = g.person(female=g.chance(0.4))
    nur = g.person(female=g.chance(0.75))
    w = worker(g, female=False)
    desc, icd = harvest_case(g, crop)
    F = P(g.pick([lower(fis.short), crew_nick(g, fis), fis.first])) if g.chance(0.3) else (g.phone("wa"), "PHONE_NUMBER")
    Tn = P(g.pick([tst.short, f"{tst.first}"])) if g.chance(0.3) else V("Você")
    Nn = P(g.pick([nur.short, nur.first])) if g.chance(0.25) else (g.phone("wa"), "PHONE_NUMBER")
    doc.f("Conversa do WhatsApp com «g»\n\n", g=g.pick([f"sesmt {lower(emp[0])} 🦺", "ocorrências frente 2", f"segurança {lower(CROP_WORD[crop])}", "sesmt + fiscais"]))
    if g.chance(0.5):
        cl(doc, st(next(tt)), F, "@«x» urgente, «o» «n» passou mal aqui no «t»: «d»", o=a_(w), x=P(lower(tst.first)), n=P(crew_nick(g, w)), t=g.pick(TALHOES), d=lower(desc))
    else:
        cl(doc, st(next(tt)), F, "«x» urgente, «o» «n» passou mal aqui no «t»: «d»", o=a_(w), x=g.pick(["sesmt", "pessoal", "socorro"]), n=P(crew_nick(g, w)), t=g.pick(TALHOES), d=lower(desc))
    cl(doc, st(next(tt)), Tn, "tira ele do sol e da agua aos pouquinhos. a ambulancia ta saindo da sede, placa «p»", p=(g.plate(), "LICENSE_PLATE"))
    cl(doc, st(next(tt)), Nn, "manda o nome completo e o cartao do sus dele pra eu adiantar a ficha (vai pra «u»)", u=lower(g.pick(UPAS)))
    cl(doc, st(next(tt)), F, "«n» cns «c»", n=P(g.pick([w.low, typo(w.low, g)])), c=(g.cns(g.chance(0.5)), "BR_CNS"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), F, "nasceu «d» segundo o rg", d=(wdob(g, g.pick(["br", "short", "nopad"])), "DATE_OF_BIRTH"))
    wife = g.person(female=True)
    cl(doc, st(next(tt)), F, "a esposa dele é a «w», zap «t». ja avisei", w=P(g.pick([lower(wife.first), wife.first])), t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    doc_ = g.person()
    cl(doc, st(next(tt)), Nn, "chegou. quem atendeu foi o dr «m», vai ficar em observação, «c»", m=P(g.pick([doc_.short, doc_.last])), c=g.pick(["CPK alto", "pressão 8x5", "soro correndo", "suturou 6 pontos"]))
    cl(doc, st(next(tt)), Tn, "CAT aberta nº «c». @«f» preciso de 2 testemunhas da turma pra investigação", c=cat_no(g), f=P(lower(fis.first)))
    t1 = worker(g, female=False)
    cl(doc, st(next(tt)), F, g.pick(["o «a» viu tudo, e eu tb", "o «a» e eu"]), a=P(crew_nick(g, t1)))
    if g.chance(0.5):
        cl(doc, st(next(tt)), Tn, "obs: meu registro de técnico é MTE/«u» «n» se o médico pedir", u=g.pick(UFS), n=g.ri(10000, 99999))
    cl(doc, st(next(tt)), F, chat_neg(g))
    return doc


def sa_prontuario_upa(g: Gen) -> Doc:
    """An emergency unit's record of a harvest worker (exertional rhabdomyolysis, heat exhaustion, snakebite, a machete cut): name and nickname, birth date, CNS, CPF, mother, address (the lodging, labelled) and CEP, phone, the companion (a co-worker by nickname, with a phone), the employer (unlabelled), SOAP notes, ICD-10, lab values, transfer to the regional hospital with the ambulance's plate; physician CRM, nurse COREN."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    w = worker(g)
    mom = g.person(female=True)
    md = g.person()
    nr = g.person(female=g.chance(0.75))
    comp = worker(g)
    # (assessment, ICD-10, findings, complaint, plan)
    case = g.pick([("rabdomiólise por esforço (3ª semana de safra)", "M62.8", "CPK 18.450 U/L; creatinina 2,1 mg/dL; urina cor de coca-cola",
                    "dor muscular intensa e urina escura", "hidratação venosa vigorosa; controle de diurese; transferência ao Hospital Regional"),
                   ("exaustão pelo calor", "T67.5", "Tax 38,9 °C; PA 90x60; Na 131", "tontura, vômitos e câimbras", "SF 0,9% 2 L; repouso na sombra; atestado 3 dias"),
                   ("acidente ofídico botrópico", "T63.0", "TC > 30 min; edema até joelho", "dor e inchaço no pé após picada de cobra no talhão",
                    "soroterapia antibotrópica 4 ampolas; observação 24h"),
                   ("ferimento corto-contuso em perna", "S81.8", "lesão de 8 cm, sem lesão tendínea", "corte com a ferramenta ao errar o golpe",
                    "sutura; reforço dT; afastamento 7 dias"),
                   ("desidratação e lombalgia", "E86", "mucosas secas; Giordano negativo", "dor nas costas e boca seca", "hidratação oral; dipirona; atestado 2 dias")])
    doc.f("«u» — «c»/«k»\nPRONTUÁRIO DE ATENDIMENTO — Nº «n»\n\n", u=g.pick(UPAS).upper(), c=dest, k=duf, n=clean(g, lambda: g.d(8)))
    fields = [("Paciente", pname(g, w, ("full", "caps"))), ("Conhecido como", P(crew_nick(g, w)))] if g.chance(0.4) else [("Paciente", pname(g, w, ("full", "caps")))]
    fields += [("Nascimento", (wdob(g, "br"), "DATE_OF_BIRTH")), ("CNS", (g.cns(), "BR_CNS"))]
    if g.chance(0.6):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    fields += [("Mãe", P(mom.full)), ("Endereço", (g.address(), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS) + " (alojamento)")), ("CEP", (g.cep(), "BR_CEP")),
               ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")), ("Acompanhante", P(g.pick([crew_nick(g, comp), comp.short]))),
               ("Tel. acompanhante", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")), ("Ocupação/empresa", V(f"{CROP_WORD[crop]} — {emp[0]}"))]
    kv_block(doc, fields, g.pick(["lines", "dots", "caps"]))
    doc.f("\nS: trazido pelo ônibus da turma. Refere «a». Trabalhando desde as 5h, «b».\nO: «o»\nA: «d» — CID «c»\nP: «p»\n", a=case[3],
          b=g.pick(["bebeu pouca água", "sem pausa desde as 9h", "turma com meta alta", "calor de 36 °C"]), o=case[2], d=case[0], c=case[1], p=case[4])
    if g.chance(0.5):
        doc.f("Transferido em ambulância placa «p».\n", p=(g.plate(), "LICENSE_PLATE"))
    doc.t("\nMédico(a): ")
    doc.e(md.full, "PERSON")
    doc.t(" — ")
    doc.e(g.council("CRM", duf), "PROFESSIONAL_ID")
    doc.t("   Enfermagem: ")
    doc.e(g.pick([nr.full, nr.short]), "PERSON")
    doc.t(" — ")
    doc.e(g.council("COREN", duf), "PROFESSIONAL_ID")
    doc.t("\n")
    return doc


def sa_vacinacao(g: Gen) -> Doc:
    """A vaccination campaign at the harvest lodgings, a CSV or TSV export of the health unit (name, CNS, CPF sometimes, birth date, vaccine, dose, batch unlabelled, lodging by name, vaccinator); the header with the community health agent and the nurse's COREN; the lodgings named, not addressed."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    ubs = g.pick(UPAS[5:])
    acs = g.person(female=g.chance(0.8))
    nur = g.person(female=g.chance(0.8))
    vacs = [g.person(female=g.chance(0.7)) for _ in range(2)]
    doc.f("«u» — «c»/«k»\nCampanha de vacinação nos alojamentos da safra — «d»\nACS responsável: «a» · Enfermeir«x» RT: «n» («o»)\n\n", u=ubs, c=dest, k=duf, d=g.date("br"), x=a_(nur),
          a=P(g.pick([acs.full, acs.short])) if g.chance(0.5) else V(f"microárea {g.ri(1, 12):02d}"), n=P(nur.full), o=(g.council("COREN", duf), "PROFESSIONAL_ID"))
    cols = ["nome", "cns", "cpf", "data_nasc", "vacina", "dose", "lote", "alojamento", "vacinador"]
    rows = []
    for _ in range(g.ri(4, 6)):
        w = worker(g)
        rows.append([P(g.pick([w.full, w.caps, w.low])), (g.cns(False), "BR_CNS") if g.chance(0.8) else V(""), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.45) else V(""),
                     (wdob(g, g.pick(["br", "iso"])), "DATE_OF_BIRTH"), V(g.pick(["dT", "Febre amarela", "Hepatite B", "Influenza", "Tríplice viral", "COVID-19 XBB"])),
                     V(g.pick(["D1", "D2", "REF", "DU"])), V(clean(g, lambda: f"{g.up(2)}{g.d(4)}{g.pick(['', 'A', 'Z'])}")),
                     V(g.pick(["Alojamento Santa Rosa", "Casa 2 da empreiteira", "Colônia Velha", "Alojamento Bento Amado", "Pensão da Dona Aurora"])),
                     V(login(g.pick(vacs)))])
    table_csv(doc, cols, rows, g.pick([",", ";", "\t"]))
    w = worker(g)
    if g.chance(0.5):
        doc.f("\nobs: «n» recusou febre amarela (alergia a ovo relatada). «m» sem cartão SUS, gerado provisório.\n", n=P(g.pick([w.full, w.short])), m=P(worker(g).short))
    else:
        doc.t("\nobs: 3 recusas de febre amarela; 2 sem cartão SUS (gerado provisório). Retorno para D2 em 30 dias.\n")
    if g.chance(0.4):
        doc.t(word_neg(g) + "\n")
    return doc


def sa_laudo_inss(g: Gen) -> Doc:
    """A medical report for an INSS work-accident benefit (B91) or a court expert's report for a harvest worker who fell from a ladder in an orange grove or coffee field, or a cane cutter with tendinitis: the insured (name, CPF, NIT, birth date), the employer's CNPJ, the CAT and benefit numbers (unlabelled), history, ICD-10, the assistant physician's and the expert's CRM; the CNJ number of the court case unlabelled."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    w = worker(g)
    ast_ = g.person()
    exp_ = g.person()
    jud = g.chance(0.5)
    if jud:
        doc.f("LAUDO MÉDICO PERICIAL — JUIZADO ESPECIAL FEDERAL\nProcesso «p»\nAutor(a): ", p=clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.4.{g.pick(['03', '01', '06'])}.{g.d(4)}"))
    else:
        doc.t("RELATÓRIO MÉDICO PARA PERÍCIA DO INSS — AUXÍLIO POR INCAPACIDADE TEMPORÁRIA ACIDENTÁRIA (B91)\nSegurado(a): ")
    doc.e(g.pick([w.full, w.caps]), "PERSON")
    doc.t("\nCPF: ")
    doc.e(g.cpf(), "BR_CPF")
    doc.t("   NIT: ")
    doc.e(g.pis(), "BR_PIS")
    doc.t("   Nascimento: ")
    doc.e(wdob(g, "br"), "DATE_OF_BIRTH")
    o, ouf = g.pick(ORIGINS)
    if g.chance(0.7):
        doc.f("\nRG: «r»   Endereço: «a», «o»/«u» — CEP «c»\nTelefone: «t»", r=(g.rg(), "BR_RG"), a=(rural_addr(g, "text", ouf) if g.chance(0.6) else g.address(), "ADDRESS"),
              o=o, u=ouf, c=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\nEmpregador: «e» — CNPJ «c»\nCAT: «k»   «n»\n\n", e=emp[1], c=(g.any_cnpj(), "BR_CNPJ"), k=cat_no(g), n=nb_no(g))
    if crop == "cana":
        hist, icd = "cortador de cana há 9 safras; dor e crepitação no punho e antebraço direitos há 4 meses, piora com o golpe do podão", "M65.4 / M70.1"
    else:
        hist, icd = "queda de escada de 3 m durante a colheita, com fratura do punho/perna; tratamento cirúrgico; limitação de movimento residual", "S52.5 / S82.2 / W11"
    doc.f("HISTÓRIA: «h».\nEXAME: força de preensão reduzida à direita; dor à palpação; amplitude limitada.\nCID-10: «c»\n", h=hist, c=icd)
    doc.f("CONCLUSÃO: incapacidade «k» para a atividade habitual (trabalho braçal rural) por «t». Nexo com o trabalho: «n».\n\n", k=g.pick(["total e temporária", "parcial e permanente"]),
          t=g.pick(["90 dias", "120 dias", "6 meses"]), n=g.pick(["presente (NTEP)", "presente", "provável"]))
    doc.t("Médico(a) assistente: ")
    doc.e(ast_.full, "PERSON")
    doc.t(", ")
    doc.e(g.council("CRM", duf), "PROFESSIONAL_ID")
    if jud:
        doc.t("\nPerito(a) do juízo: ")
        doc.e(exp_.full, "PERSON")
        doc.t(", ")
        doc.e(g.council("CRM", duf), "PROFESSIONAL_ID")
    doc.t("\n")
    return doc


SA = [sa_notificacao, sa_aso_lista, sa_ambulatorio, sa_zap_sesmt, sa_prontuario_upa, sa_vacinacao, sa_laudo_inss]


# --------------------------------------------------------------------------- financeiro


def fi_producao(g: Gen) -> Doc:
    """A fortnight's production statement of a crew in fixed width (names cut at 22 characters): registration (unlabelled), name, CPF, quantity (metres and tonnes of cane, measures of coffee, boxes of oranges), unit price, amount; the employer's and the contractor's CNPJs, the turmeiro, the fiscal and the pointer (apontador) by name or login; totals and a note on the conversion, contestable at the union."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    firm = g.pick(CONTRACTORS)
    tur = g.person(female=g.chance(0.15))
    fis = g.person(female=g.chance(0.3))
    ap = g.person(female=g.chance(0.4))
    d0 = g.day()
    doc.f("«e» — CNPJ «c»\nDEMONSTRATIVO DE PRODUÇÃO — «k» — QUINZENA «a» A «b»\nEMPREITEIRA: «f» — CNPJ «n»\nTURMA: «t» («p»)   FISCAL: «s»\n\n", e=emp[1].upper(), c=(g.any_cnpj(), "BR_CNPJ"),
          k=CROP_WORD[crop].upper(), a=dbr(d0), b=dbr(d0 + datetime.timedelta(days=14)), f=fold(firm).upper(), n=(g.any_cnpj(), "BR_CNPJ"), t=g.ri(1, 40),
          p=P(g.pick([fold(tur.full).upper(), fold(crew_nick(g, tur)).upper()])), s=P(fold(g.pick([fis.full, fis.short])).upper()) if g.chance(0.5) else V(f"{g.ri(1, 40):02d}"))
    if crop == "cana":
        hdr = "MATR.   NOME                   CPF            METROS    TON   R$/T    VALOR R$"
    elif crop == "cafe":
        hdr = "MATR.   NOME                   CPF            MEDIDAS   LATAS R$/MED  VALOR R$"
    else:
        hdr = "MATR.   NOME                   CPF            CAIXAS    BAGS  R$/CX   VALOR R$"
    doc.t(hdr + "\n" + "-" * len(hdr) + "\n")
    tot = 0.0
    for _ in range(g.ri(4, 7)):
        w = worker(g)
        doc.cell(clean(g, lambda: g.d(6)), 8)
        doc.cell(cut(fold(w.full).upper(), 22), 23, "PERSON")
        cpf_s = g.cpf("dot") if g.chance(0.92) else None
        if cpf_s:
            doc.cell(cpf_s, 15, "BR_CPF")
        else:
            doc.cell("PENDENTE", 15)
        if crop == "cana":
            q = round(g.rng.uniform(70, 160), 2)
            m = int(q * g.rng.uniform(80, 125))
            pr = round(g.rng.uniform(4.2, 6.9), 2)
            a, b2 = f"{m:>6}", f"{num(q, 2):>6}"
        elif crop == "cafe":
            q = g.ri(60, 260)
            pr = round(g.rng.uniform(9.0, 16.0), 2)
            a, b2 = f"{q:>6}", f"{q * 3:>6}"
        else:
            q = g.ri(600, 1900)
            pr = round(g.rng.uniform(0.7, 1.3), 2)
            a, b2 = f"{q:>6}", f"{q // 25:>6}"
        v = round(q * pr, 2)
        tot += v
        doc.t(f"{a}  {b2}  {brl(pr):>5}  {brl(v):>9}\n")
    doc.t("-" * len(hdr) + "\n" + f"TOTAL DA TURMA".ljust(len(hdr) - 10) + f"{brl(tot):>10}\n\n")
    doc.f("Apontador: «a»   Conferido: «c»\n", a=P(ap.short) if g.chance(0.5) else V(login(ap, g)), c=P(g.pick([tur.first, crew_nick(g, tur)])) if g.chance(0.5) else V("ok (turmeiro)"))
    doc.t({"cana": "Conversão metro/tonelada pela amostragem do talhão (3 amostras de 5 m). Valores sujeitos a DSR. Contestações em até 48h no sindicato.\n",
           "cafe": "Valores sujeitos a DSR e descontos legais. Medida de 60 litros aferida pelo INMETRO na balança da sede.\n",
           "laranja": "Caixas conferidas pelo leitor de etiquetas; bags incompletos pagos proporcionalmente.\n"}[crop])
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def fi_holerite(g: Gen) -> Doc:
    """One or two payslips of harvest workers (a box-drawn or plain layout): the employer's CNPJ and its CAEPF or CEI (unlabelled), the worker's name, CPF, PIS, registration and CBO (unlabelled), admission date, earnings by production, DSR, extra hours, deductions (INSS, advance, union dues), net; the salary account (agency and account) and FGTS base; a message in the footer."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    cnpj = g.any_cnpj()
    cyear = g.pick([2025, 2026])
    comp = f"{g.pick(MONTHS[4:11]).upper()}/{cyear}"
    for k in range(g.ri(1, 3)):
        w = worker(g)
        box = g.chance(0.5)
        bar = "=" * 72
        doc.f("«b»\n«e»   CNPJ «c»\nRECIBO DE PAGAMENTO DE SALÁRIO — «m»\n«b»\n", b=bar, e=emp[1].upper(), c=(cnpj, "BR_CNPJ"), m=comp)
        doc.t("Empregado: ")
        doc.e(g.pick([w.caps, fold(w.full).upper()]), "PERSON")
        doc.f("   Matr.: «m»\nCPF: «c»   PIS: «p»   Admissão: «a»   CBO: «o»\n", m=matricula(g), c=(g.cpf(), "BR_CPF"), p=(g.pis(), "BR_PIS"), a=fmt_date(g.ri(1, 28), g.ri(1, 4), cyear, "br"),
              o={"cana": "6221-10", "cafe": "6222-15", "laranja": "6224-10"}[crop])
        if g.chance(0.5):
            doc.f("Endereço: «a» — CEP «c»\n", a=(g.address("caps"), "ADDRESS"), c=(g.cep(), "BR_CEP"))
        doc.t("-" * 72 + "\nCÓD  DESCRIÇÃO                       REFERÊNCIA      PROVENTOS    DESCONTOS\n")
        prod = money(g, 1500, 3600)
        dsr = round(prod / 6, 2)
        inss = round((prod + dsr) * 0.09, 2)
        items = [("001", "Produção " + CROP_UNIT[crop], f"{g.ri(40, 300)}", prod, 0.0), ("014", "DSR s/ produção", "4 dias", dsr, 0.0)]
        if g.chance(0.5):
            items.append(("020", "Horas in itinere (acordo)", "22:00", money(g, 80, 260), 0.0))
        items.append(("501", "INSS", "9,00%", 0.0, inss))
        if g.chance(0.6):
            items.append(("530", "Adiantamento quinzenal", "", 0.0, money(g, 300, 700)))
        if g.chance(0.5):
            items.append(("545", "Contribuição sindical (autorizada)", "1,00%", 0.0, round(prod * 0.01, 2)))
        for c, d, r, pv, ds in items:
            doc.t(f"{c}  {d:<31} {r:>10}  {brl(pv) if pv else '':>13}  {brl(ds) if ds else '':>11}\n")
        tp = sum(i[3] for i in items)
        td = sum(i[4] for i in items)
        doc.t("-" * 72 + "\n" + f"TOTAIS{'':>42}{brl(tp):>13}  {brl(td):>11}\n" + f"LÍQUIDO A RECEBER: R$ {brl(tp - td)}\n")
        b = g.pick(BANKS)
        doc.f("Crédito em conta: «b» ag. «a» c/c «c»   Base FGTS: «f»   FGTS do mês: «v»\n", b=b[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"),
              f=brl(tp), v=brl(round(tp * 0.08, 2)))
        doc.t(g.pick(["Mensagem: pausas térmicas são obrigatórias — beba água a cada 15 minutos.\n", "Mensagem: a entressafra começa em " + g.pick(MONTHS) + "; guarde este recibo para o seguro-desemprego.\n",
                      "Mensagem: denúncias de cobrança de alojamento pelo canal de ética 0800.\n"]))
        if box is False and g.chance(0.3):
            doc.t("Declaro ter recebido a importância líquida discriminada neste recibo.  ____________________\n")
        doc.t("\n")
    return doc


def fi_rescisao_lote(g: Gen) -> Doc:
    """The end-of-harvest terminations as a semicolon CSV attached to the personnel department's e-mail to the bank (name, CPF, PIS, birth date, admission and end dates, net amount, payment by agency and account or a Pix key of any kind, or a payment order); the analyst's corporate e-mail and phone, the bank manager's corporate e-mail, X-Originating-IP; Lei 7.998/1990 and the termination code as negatives."""
    doc = Doc()
    emp = employer(g)
    an = g.person(female=g.chance(0.7))
    mgr = g.person(female=g.chance(0.5))
    bank = g.pick(BANKS)
    bdom = g.pick(["bb.com.br", "caixa.gov.br", "sicoob.com.br", "sicredi.com.br", "bradesco.com.br"])
    t0 = g.moment(hours=(8, 18))
    doc.f("De: «n» <«m»>\nPara: «g» <«k»>\nData: «d»\nAssunto: Lote rescisões safra — «e» — crédito em «c»\n\n" if g.chance(0.5) else "De: «m»\nPara: «g» <«k»>\nData: «d»\nAssunto: Lote rescisões safra — «e» — crédito em «c»\n\n",
          n=P(an.full), m=(corp_mail(an, emp[2], g), "EMAIL_ADDRESS"),
          g=P(mgr.full), k=(corp_mail(mgr, bdom, g), "EMAIL_ADDRESS"), d=mail_date(t0), e=emp[0], c=g.date("br"))
    doc.f("«n», bom dia.\n\nSegue o lote de rescisões do término da safra (código SJ2, contrato por prazo determinado; guias do seguro-desemprego conforme a Lei 7.998/1990 "
          "emitidas no Empregador Web). Os que não têm conta receberão por ordem de pagamento no caixa.\n\n", n=P(mgr.first))
    cols = ["nome", "cpf", "pis", "nascimento", "admissao", "afastamento", "liquido", "forma", "agencia", "conta", "chave_pix"]
    rows = []
    adm0 = datetime.date(g.pick([2025, 2026]), g.ri(2, 5), g.ri(1, 28))
    for _ in range(g.ri(3, 4)):
        w = worker(g)
        adm = adm0 + datetime.timedelta(days=g.ri(0, 40))
        r = g.rng.random()
        base = [P(g.pick([w.caps, w.full])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.8) else V(""), (wdob(g, g.pick(["br", "iso"])), "DATE_OF_BIRTH"),
                V(dbr(adm)), V(dbr(adm + datetime.timedelta(days=g.ri(110, 240)))), V(brl(money(g, 900, 6800)))]
        if r < 0.45:
            base += [V("credito_conta"), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V("")]
        elif r < 0.8:
            kind_, kv = pix_key(g, w)
            base += [V("pix_" + fold(kind_).replace("-", "")), V(""), V(""), kv]
        else:
            base += [V("ordem_pagamento"), V(""), V(""), V("")]
        rows.append(base)
    table_csv(doc, cols, rows, ";")
    doc.f("\nQualquer divergência me liga no «t».\n\n«n»\nDepartamento Pessoal — «e»\n", t=(g.phone("par", mobile=g.chance(0.5)), "PHONE_NUMBER"), n=P(g.pick([an.full, an.short])), e=emp[1])
    doc.f("\n-- \nX-Originating-IP: [«i»]\n", i=(g.ip_pub(), "IP_ADDRESS"))
    return doc


def fi_caderno_cafe(g: Gen) -> Doc:
    """A coffee (or orange) field fiscal's notebook transcribed as typed (lower case, typos, nicknames and first names, the measures of each day), the Saturday payment of each picker: cash, a Pix key of any kind (a CPF, phone, e-mail or random key, sometimes the wife's), advances; the farm owner and the fiscal by name; the measure and price as negatives."""
    doc = Doc()
    emp = employer(g, ("cafe", "cafe", "laranja"))
    crop = crop_of(emp)
    fis = g.person(female=g.chance(0.3))
    own = g.person(female=g.chance(0.2), origin=g.pick(["pt", "it", "jp", "ar"]))
    unit = "medida" if crop == "cafe" else "caixa"
    price = money(g, 10, 16) if crop == "cafe" else money(g, 0.8, 1.3)
    d0 = g.day()
    doc.f("caderno do fiscal — «f» — semana «a» a «b» (transcrito)\n«u» a «p»\n\n", f=lower(emp[0]), a=dbr(d0, "short"), b=dbr(d0 + datetime.timedelta(days=5), "short"), u=unit, p=brl(price))
    ws = [worker(g) for _ in range(g.ri(3, 4))]
    names = []
    for w in ws:
        names.append(g.pick([lower(w.first), crew_nick(g, w).lower(), lower(w.short), typo(lower(w.first), g)]))
    days = ["seg", "ter", "qua", "qui", "sex", "sab"]
    for w, nm in zip(ws, names):
        qs = [g.ri(0, 14) if crop == "cafe" else g.ri(40, 140) for _ in days]
        doc.e(nm, "PERSON")
        doc.t(" — " + " ".join(f"{d} {q}" for d, q in zip(days, qs)) + f" = {sum(qs)} {unit}s\n")
    doc.t("\npagamento sabado:\n")
    for w, nm in zip(ws, names):
        tot = brl(price * g.ri(20, 70) if crop == "cafe" else price * g.ri(300, 700))
        r = g.rng.random()
        doc.e(nm, "PERSON")
        if r < 0.15:
            doc.t(f" — {tot} em dinheiro" + g.pick(["", " (assinou)", " (dedão)"]) + "\n")
        elif r < 0.75:
            kind_, kv = pix_key(g, w)
            doc.t(f" — {tot} pix {fold(kind_)} ")
            doc.e(*kv)
            doc.t("\n")
        else:
            wife = g.person(female=True)
            kind_, kv = pix_key(g, wife)
            if g.chance(0.4):
                doc.t(f" — {tot} pix na chave da mulher (")
                doc.e(g.pick([lower(wife.first), wife.first]), "PERSON")
                doc.t(") ")
            else:
                doc.t(f" — {tot} pix na chave da mulher ")
            doc.e(*kv)
            doc.t("\n")
    if g.chance(0.5):
        doc.t("\nvale: ")
        doc.e(g.pick(names), "PERSON")
        doc.t(f" {g.pick(['50', '100', '80'])} (farmácia)")
    doc.f("\n\nconferido por «f» — entregue no escritório «d»\n", f=P(g.pick([lower(fis.first), fis.first])), d=dbr(d0 + datetime.timedelta(days=5), "short"))
    if g.chance(0.4):
        doc.t(chat_neg(g) + "\n")
    return doc


def fi_laranja_jsonl(g: Gen) -> Doc:
    """JSON lines exported from a harvest-counting app (orange boxes or coffee measures read by tags): the picker's name, CPF, the tag and bag ids (unlabelled), quantity, plot, the pointer's login, the device's private IP and the sync's public IP, the payment key (random, phone, e-mail or null); the exporter's header; the payroll analyst's note about a payment to a relative's account."""
    doc = Doc()
    emp = employer(g, ("laranja", "laranja", "cafe"))
    crop = crop_of(emp)
    ap = g.person(female=g.chance(0.4))
    an = g.person(female=g.chance(0.6))
    lg = login(ap, g)
    t = g.moment(hours=(6, 16))
    recs = []
    for _ in range(g.ri(4, 6)):
        w = worker(g)
        t = t + datetime.timedelta(minutes=g.ri(3, 70))
        rec = {"ts": ts(t, "iso"), "colhedor": (g.pick([w.full, w.caps]), "PERSON"), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
               "celular": (g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER") if g.chance(0.6) else None, "tag": g.hexs(10, True),
               "qtd": g.ri(20, 160) if crop == "laranja" else g.ri(2, 14), "unidade": "caixa" if crop == "laranja" else "medida", "talhao": g.pick(TALHOES),
               "apontador": lg, "device_ip": g.ip_priv(), "sync_ip": (g.ip(), "IP_ADDRESS")}
        r = g.rng.random()
        if r < 0.4:
            rec["pix"] = (g.uuid(), "PIX_KEY")
        elif r < 0.6:
            rec["pix"] = (g.phone("e164"), "PHONE_NUMBER")
        elif r < 0.75:
            rec["pix"] = (g.email(w), "EMAIL_ADDRESS")
        else:
            rec["pix"] = None
        recs.append(rec)
    doc.f("# export colheita_«c» «d» — gerado por «l» — «h» registros\n", c=crop, d=dbr(t, "iso"), l=login(an, g), h=len(recs))
    for rec in recs:
        jval(doc, rec, None)
        doc.t("\n")
    w = worker(g)
    rel = g.relative(w, female=True)
    doc.f("\nNota («a»): o colhedor da linha «w» pediu para receber na conta da mãe, «m», agência «g» conta «c» — recusado, pagamento só em conta do titular (orientado a abrir conta digital).\n",
          a=P(an.short) if g.chance(0.6) else V(login(an, g)), w=g.ri(1, len(recs)), m=P(g.pick([rel.full, rel.short])), g=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    return doc


def fi_recibos_vales(g: Gen) -> Doc:
    """Receipts of advances (vales) a labour contractor pays to workers (capitals sometimes; the amount in figures and words): travel, food, the farm store's debt (barracão, a negative sign of debt bondage noted by the union), the worker's name and CPF, paid in cash or by Pix to a key of any kind; the contractor's name and CPF or his firm's CNPJ; the union's note on the store."""
    doc = Doc()
    caps = g.chance(0.35)
    up = caps_t if caps else ident
    tur = g.person(female=g.chance(0.15))
    firm = g.pick(CONTRACTORS)
    tcpf = g.cpf()
    orig, ouf = g.pick(ORIGINS)
    for k in range(g.ri(2, 3)):
        w = worker(g)
        v = g.pick([150.0, 200.0, 250.0, 80.0, 320.5, 97.4])
        doc.f(up("VALE / RECIBO Nº «k»\n\nRecebi de "), k=f"{g.ri(1, 400):03d}")
        if g.chance(0.5):
            doc.e(tur.capsf if caps else tur.full, "PERSON")
            doc.t(up(", CPF "))
            doc.e(tcpf, "BR_CPF")
        else:
            doc.t(fold(firm).upper() if caps else firm)
            doc.t(up(", CNPJ "))
            doc.e(g.any_cnpj(), "BR_CNPJ")
        doc.t(up(f", a quantia de R$ {brl(v)} ({extenso(v)}), como adiantamento de "))
        doc.t(up(g.pick(["passagem de " + orig + " até o alojamento", "compras no armazém da fazenda", "marmitas da semana", "remédio na farmácia", "botina e luvas"])))
        doc.t(up(", a ser descontado no acerto da safra"))
        if g.chance(0.15):
            doc.t(up(" (passagem comprada no cartão de crédito do turmeiro nº "))
            doc.e(g.card(g.chance(0.5)), "CREDIT_CARD")
            doc.t(up(", em 3x)"))
        r = g.rng.random()
        if r < 0.45:
            kind_, kv = pix_key(g, w)
            doc.t(up(f", pago por Pix (chave {kind_} "))
            doc.e(*kv)
            doc.t(")")
        else:
            doc.t(up(", pago em dinheiro"))
        doc.t(".\n\n")
        doc.e(w.capsf if caps else g.pick([w.full, w.caps]), "PERSON")
        doc.t(up(" — CPF "))
        if g.chance(0.85):
            doc.e(g.cpf(), "BR_CPF")
        else:
            doc.t(g.neg_cpf())
            doc.t(up(" (conferir)"))
        if g.chance(0.2):
            doc.t(up(" — assinatura a rogo: "))
            doc.e(g.person().full, "PERSON")
        doc.t("\n\n" + "-" * 40 + "\n\n")
    if g.chance(0.6):
        un, udom = g.pick(UNIONS)
        s = g.person(female=g.chance(0.5))
        doc.f("Anotação do «u» («s»): vales de armazém descontados no acerto configuram indício de servidão por dívida (art. 149 do Código Penal); cópias juntadas ao processo.\n",
              u=un, s=P(s.full))
    return doc


def fi_conta_salario(g: Gen) -> Doc:
    """A bank's list of salary accounts opened for a harvest crew under the employer's payroll agreement (a ruled or pipe table): name, CPF, birth date, RG, address (the lodging), agency and account; the covenant number (unlabelled), the employer's CNPJ, the branch manager with a corporate e-mail and phone, the employer's HR contact; pending documents noted."""
    doc = Doc()
    emp = employer(g)
    crop = crop_of(emp)
    dest, duf = worksite(g, crop)
    bank, bdom = g.pick([(("001", "Banco do Brasil"), "bb.com.br"), (("104", "Caixa"), "caixa.gov.br"), (("756", "Sicoob"), "sicoob.com.br"),
                         (("748", "Sicredi"), "sicredi.com.br"), (("237", "Bradesco"), "bradesco.com.br"), (("004", "Banco do Nordeste"), "bnb.gov.br")])
    mgr = g.person(female=g.chance(0.5))
    hr = g.person(female=g.chance(0.7))
    ag = g.agency()
    doc.f("«b» — AGÊNCIA «a» — «c»/«u»\nConvênio folha nº «k» — «e» (CNPJ «n»)\nRELAÇÃO DE CONTAS-SALÁRIO ABERTAS — SAFRA «y»\n\n", b=bank[1].upper(), a=(ag, "BANK_ACCOUNT"),
          c=dest, u=duf, k=clean(g, lambda: f"{g.d(3)}.{g.d(3)}-{g.d(1)}"), e=emp[1], n=(g.any_cnpj(), "BR_CNPJ"), y=g.pick([2025, 2026]))
    addr = g.address()
    rows = []
    for _ in range(g.ri(2, 4)):
        w = worker(g)
        rows.append([P(g.pick([w.caps, w.full])), (g.cpf(), "BR_CPF"), (wdob(g, "br"), "DATE_OF_BIRTH"), (g.rg(), "BR_RG") if g.chance(0.7) else V("pendente"),
                     (addr if g.chance(0.7) else g.address(), "ADDRESS"), (ag, "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")])
    table_ruled(doc, ["titular", "CPF", "nascimento", "RG", "endereço", "agência", "conta"], rows, g.pick(["plus", "pipe", "psql"]))
    doc.f("\nPendências: «n» sem comprovante de endereço (declaração do empregador aceita). Cartões entregues no alojamento em «d».\n", n=P(rows[0][0][0]), d=g.date("br"))
    doc.f("\nGerente: «m» — «e» — «t»\nContato RH: «h» — «x»\n", m=P(mgr.full), e=(corp_mail(mgr, bdom, g), "EMAIL_ADDRESS"), t=(g.phone("par", mobile=False), "PHONE_NUMBER"),
          h=P(g.pick([hr.full, hr.short])), x=(corp_mail(hr, emp[2], g), "EMAIL_ADDRESS") if g.chance(0.6) else V(role_mail(g, emp[2], g.pick(["rh", "dp", "folha"]))))
    return doc


FI = [fi_producao, fi_holerite, fi_rescisao_lote, fi_caderno_cafe, fi_laranja_jsonl, fi_recibos_vales, fi_conta_salario]


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
    print("hundredthirtysecond", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
