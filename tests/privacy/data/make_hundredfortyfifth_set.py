"""Build the hundred-and-forty-fifth labelled evaluation set (run once; the JSONL file is committed).

    python3 tests/privacy/data/make_hundredfortyfifth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 14545, 280 records: 4 domains x 7 templates x 10 copies. The helpers (Gen, Doc, name
pools, check digits, tables, forms, chat and e-mail helpers, self-check) are copied from the
hundred-and-forty-fourth set's generator and adapted (the young generation's spelled-out and coined given
names -- Kamilly, Ysabelly, Kauany, Kettlyn, Kayky, Pyetro, Ytalo -- added to the rare pools, the
students' birth years 1997-2005 and the high-school seniors' 2007-2009, CEPs drawn from the state's own
range and phones in the state's own area codes, a door-list helper, an SRT writer, a boxed-form writer);
the register and every template are new.

Register: GRADUATION COMPANIES AND GRADUATING CLASSES -- the private firms (empresas de formatura) that
sell a class its graduation package (the solemn colação de grau, the ecumenical service, the gala ball,
the gown photo sessions and the album, the invitation book) and the travel operators that run the
high-school seniors' graduation trip to Porto Seguro; their back office (adhesion forms, helpdesk tickets,
instalment ledgers, payment books, refunds after a rescission, chargebacks, payments to freelancers, the
first-aid post they hire for the ball, the admission exams of the ball's temporary staff, the travel
assistance and telemedicine cases of the trip); the class committees (comissões de formatura) that sign
the contract, collect raffle money into the class association's account and render accounts; the
students and their parents; and around them the photo studios, venues, bus companies, Procon, the
police, the small-claims courts, notaries and the universities' registrars.
Why this register: the brief asked for a corporate back office or a private service business no earlier
set covers. Checked as the brief asked, by the generators' docstrings (all 137 make_*_set.py present,
extracted with ast and searched case-insensitively): "formatura", "formando", "formanda", "colação",
"beca", "baile", "comissão de formatura", "viagem de formatura", "Porto Seguro", "excursão", "autorização
de viagem", "fotógraf", "cerimonial", "álbum", "convite", "senior class", "yearbook" and "gown" occur in
none ("graduation" only once, in the thirty-first, as a kind of date that is not a birth date). The
examples of the brief were all taken: temporary staffing is the fifty-sixth ("trabalho temporário", Lei
6.019), private security the hundred-and-seventeenth, driving schools appear in the thirty-sixth,
eighty-fifth, hundred-and-sixteenth and hundred-and-thirty-ninth ("autoescola", "CFC"), funeral plans
are the ninetieth ("plano funerário"), gyms occur in eight docstrings ("gym", "academia"), student
finance in twelve ("FIES") and moving companies are the hundred-and-fourth ("mudança", "guarda-móveis").
The nearest register is the eightieth (weddings and private events: buffets, planners, photographers of
weddings); it holds no graduation, committee, adhesion or class trip.
Every firm, studio, venue, buffet, band, bus company, school, university, hotel, clinic, hospital and
person is invented (graduation firms Aurora Formaturas e Eventos Ltda., Prudente Colações & Bailes Ltda.,
Bento Amado Formaturas S.A., Vitória Formaturas Ltda., Leão Branco Eventos Acadêmicos Ltda., Quintanilha
Formaturas Ltda.; travel operators Sereno Turismo Estudantil, Rota Dourada Viagens de Formatura, Estrela
Guia Turismo; bus companies Viação Flor do Cerrado, Expresso Clemente Turismo, Transportes Leão Dourado,
Viação Aurora do Vale; studios Estúdio Luz & Prata, Foto Rosa dos Ventos, Clemente Fotografia, Studio
Flor de Sal; venues Espaço Celeste, Aurora Hall, Villa Clemente Eventos, Salão Nobre do Clube Salvador,
Centro de Convenções Bento Amado, Espaço Leão Dourado; bands Banda Justo Acaso, Banda Salvador Jazz,
Vitória Sound; universities Centro Universitário Prudente de Morais, Faculdade Bento Amado, Universidade
Leão do Norte, Faculdade Vitória Régia, Centro Universitário Aurora; schools Colégio Estrela Dalva,
Colégio Santa Rosa, Colégio Salvador Dourado, Colégio Bento Prudente; hotels Hotel Vitória Praia, Resort
Estrela do Descobrimento, Pousada Flor de Taperapuã, Hotel Bento Coroa Vermelha; hospitals Hospital
Municipal Vitória do Descobrimento, Hospital Santa Aurora, Hospital Bento Amado...); the cities, laws,
councils, ICD-10 and CBO codes, banks and card acquirers are real; CEPs are random within each state's
range.

Layouts: a WhatsApp group export (Android and iOS stamps; system lines "Você criou o grupo", "Você
adicionou", "saiu", "Você removeu"; senders as names, names with a suffix, nicknames, bare numbers or the
firm's business profile; multi-line messages; an @mention by number); a photo studio's day sheet as a
grid of time slots by room with two lines a slot and names cut at the cell's width; a helpdesk ticket
export with custom fields, internal notes and public replies; an adhesion form read back from a PDF with
two fields to a line, section rules and checkboxes; a call transcript saved as SRT subtitles (lower case,
no accents, identifiers read out in groups or in words); a door list as semicolon CSV with a valet block;
a bus company's fixed-width passenger list with a rooming list sometimes; legal prose (a services contract
in clauses, mixed case or capitals, with an e-signature log sometimes; a joint petition with a ruled
plaintiffs' table; an online police report in field blocks; a Procon file with the hearing's minutes; a
small-claims judgment; a minor's travel authorisation with the notary's recognition; a privacy-portal
record and the DPO's e-mail with a data-inventory table); a first-aid post's log with fixed columns; a
boxed traveller's health form with (X) checkboxes; a travel-assistance case timeline; a registrar's
request with an OCR'd medical certificate (rn/m, cl/d, I/l, O/0, c/e, ii/u in words and names;
identifiers printed clean); an occupational clinic's ASO list as CSV or a ruled/psql table; an e-mail
thread with headers and a quoted medical letter; a telemedicine export as pretty JSON; an ERP's
fixed-width instalment report; a payment book's slips; an acquirer's chargeback CSV with the defence
letter; a refunds TSV; a bank statement with history lines cut at the bank's width; receipts for
self-employed workers (RPA) as dotted-leader, plain or boxed forms; a committee's accounts report in
Markdown. Typing slips in names typed by students and staff; a typo'd name is still labelled.
- atendimento: (0) the committee's WhatsApp group (the consultant asking for the adhesion data; two or
  three members posting full name, CPF, RG sometimes, birth date and e-mail; a mother as the paying party
  with CPF; the invitations' delivery address with CEP sometimes; the treasurer's random Pix key of the
  committee's account; the studio's phone; senders shown as numbers are phones); (1) the studio's gown
  session grid (students, phones, e-mails sometimes, a make-up artist's first name sometimes, RESCHEDULED
  and ABSENT slots; the photographer of the day; a student refusing publication; a mother's phone and
  e-mail); (2) the cancellation ticket (the parent with e-mail and the form's IP; custom fields with the
  parent's and the student's CPF, the student's birth date, a phone, a delivery address and CEP
  sometimes; internal notes by login mentioning a colleague; the refund to agency and account or a Pix
  key that is a phone, an e-mail, a CPF or random); (3) the adhesion form (student with birth date, CPF,
  RG, e-mail, mobile, a landline sometimes, address, CEP; RA and Instagram handle unlabelled; the
  financially responsible parent with CPF, RG or birth date, mobile, e-mail; extra guests by name; a
  masked card, a full card authorised for recurring charges sometimes, or a carnê; the e-signature with
  the IP); (4) the SRT transcript of a mother calling the trip desk (attendant's first name; mother and
  student; the student's spoken birth date and CPF; the mother's CPF sometimes; the guide; a roommate by
  first name or nickname; the kit's address and CEP read out; the father's phone read out; the hotel
  and the school are places); (5) the ball's door list (students with CPF, adult guests with RG or CPF,
  children with birth dates, a supplier's row; valet tickets with plates; the security notes with the
  committee member and the security chief's phone); (6) the bus passenger list (the bus company's
  CNPJ, the coach's plate, one or two drivers with CNH and a phone sometimes; passengers with birth date,
  RG or CPF and the parent's phone; the coordinator with a phone; the guide; a rooming list sometimes).
- juridico: (0) the services contract (firm CNPJ; its partner with CPF; two or three committee members
  qualified with birth date, RG or CNH, CPF, título sometimes, e-mail and phone sometimes, address, CEP;
  the committee's agency and account; signatures; witnesses with CPF; e-signature log sometimes);
  (1) the joint petition (firm CNPJ; partners with CPF; plaintiffs' table with CPF; the first plaintiff's
  address, CEP, e-mail and phone; the consultant; the lawyer with OAB, phone and e-mail sometimes; CNJ
  number of the inquiry unlabelled); (2) the online police report (reporting president with birth date,
  RG, CPF, phone, e-mail, address, CEP; the treasurer as author with CPF, RG sometimes, phone, address
  sometimes, an alias sometimes; a witness with phone; the committee's and the author's agencies and
  accounts, a random key; the consultant; the clerk and the delegate); (3) the Procon file (consumer with
  CPF, RG, birth date, address, CEP, two phones, e-mail; the firm's CNPJ, its own address unlabelled; the
  photographer or a misspelt name (typo'd, labelled); the conciliator, the firm's agent with RG, its
  lawyer with OAB; the refund to a CPF key or to agency and account); (4) the small-claims judgment
  (student, a minor represented by the mother sometimes, with CPF; the firm's CNPJ; the photographer and
  a witness; a lay judge sometimes and the judge; both lawyers with OAB); (5) the minor's travel
  authorisation (parent with RG, CPF, address, CEP, phone, e-mail sometimes; the minor with birth date,
  CPF sometimes, RG or the birth certificate's registration number (unlabelled); the guide with RG and
  CPF; the other parent's consent with CPF sometimes; the notary's clerk); (6) the LGPD request
  (subject with CPF, e-mail, phone, the request's IP; the photographer; the DPO with a corporate e-mail;
  the inventory table with name, CPF, RG, birth date, phone, e-mail, address, CEP; the social-media
  analyst sometimes).
- saude: (0) the first-aid post's log (physician with CRM, nurse with COREN, an unnamed technician's
  COREN, a fire-brigade member sometimes; the ambulance's plate; patients with birth date or age,
  complaint with ICD-10; the patient removed to hospital with CNS, the companion with a phone);
  (1) the traveller's health form (minor with birth date, CPF, RG, CNS, address, CEP; plan card number
  unlabelled; emergency contacts with phones and an e-mail; the family doctor with CRM sometimes; the
  parent with CPF); (2) the travel-assistance case (insured with CPF, birth date, address, CEP; the
  guide's call with a phone; CNS sometimes; the physician with a CRM of Bahia; the mother with phones;
  the reimbursement to agency and account or a Pix key; the analyst); (3) the request for a graduation
  in the dean's office (student with birth date, CPF, e-mail, mobile, address and CEP sometimes; the OCR'd
  certificate with the damaged name, RG, ICD-10, the physician with CRM; the registrar's clerk);
  (4) the ASO list (clinic CNPJ; workers with CPF, NIT, RG sometimes, birth date; examining physician and
  PCMSO coordinator with CRM; an unfit worker; the firm's HR contact with a corporate e-mail);
  (5) the e-mail thread on a diabetic student (mother's name, e-mail, phones and IP; the coordinator
  and the nurse with corporate e-mails, the nurse's COREN; a roommate by first name; the father; the
  quoted letter with the student's birth date, the endocrinologist's CRM and clinic phone);
  (6) the telemedicine JSON (patient with CPF, birth date, CNS mostly, phone, e-mail, address, CEP; the
  guide with a phone; an emergency phone; the physician with CRM; the patient's public IP; the gateway's
  private IP unlabelled).
- financeiro: (0) the instalment report (firm CNPJ; the analyst by name or login; students cut at the
  width with CPF and phone; the collector); (1) the payment book (firm CNPJ; payer -- the student or a
  parent -- with CPF, address, CEP; the student in the instructions; a second copy requested by e-mail
  sometimes); (2) the chargeback (acquirer's CSV with holders, CPF, e-mail, public IP; the defence with
  the holder, the student, the signature's IP, the consultant, the billing address, CEP and phone; a
  full card number quoted from the sales chat sometimes); (3) the refunds TSV (students with CPF,
  agency and account sometimes, a Pix key that is random, a CPF, a phone or an e-mail; the analyst and
  the manager with a corporate e-mail); (4) the association's bank statement (its CNPJ, agency and
  account; payers in capitals cut at the width, CPF full or masked; the invitation printer's CNPJ);
  (5) one or two RPAs (firm CNPJ; the freelancer with CPF, NIT, RG and birth date sometimes, address,
  CEP; agency and account or a Pix key; the signature; the accountant with CRC); (6) the committee's
  accounts report (association CNPJ, agency, account; the firm's and the DJ's MEI CNPJ; the van driver
  with CPF; raffle winners with phones; the old treasurer's name and the association's random key;
  president, treasurer and fiscal council with CPF).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.", "Sra.",
"Dr.", "Dra.", "dona", "seu"; particles and suffixes inside a name are part of it (no "SURNAME, Given"
form occurs in this set); first names alone, nicknames, lower-case, ALL CAPS, OCR-damaged and typo'd
names and names cut at a fixed width are persons. Staff named in the text are persons (consultants,
attendants, analysts, photographers, make-up artists, guides, coordinators, drivers, nurses, physicians,
lawyers, conciliators, clerks, delegates, judges, DPOs, accountants, collectors); helpdesk logins
(vinojosa, "@ctabosa"), business profiles ("Aurora Formaturas", "Leão Branco Eventos | Consultoria"),
speaker tags ("[agente]", "[SPK_1]") and roles ("presidente", "RH da contratante") are not; a saved
contact's suffix ("Comissão", "Form.", the course, the firm in brackets) stays outside the span.
Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (dpo@, rh@, disputas@, reembolso@...) are
not. ADDRESS is a person's street + number + complement (a firm's own address is not labelled; city,
neighbourhood and state stay outside, the CEP is BR_CEP); a street or a school named alone as a place
is not an address ("o ônibus sai da frente do Colégio Estrela Dalva", "A Rua Bento Gonçalves fica
fechada no dia do desfile"). Agency and account are separate BANK_ACCOUNT spans, also for the class
association's and the committee's accounts; bank names and codes are not. PIX_KEY only for random keys;
a key that is a CPF, phone or e-mail takes that label. DATE_OF_BIRTH only for births (students',
parents', children's at the door, workers' in the ASO and RPA, spoken ones); ball, session, trip,
hearing, due, request and signature dates and ages are not. PROFESSIONAL_ID: CRM, COREN (also the
unnamed technician's "COREN-SP 123456-TE"), OAB and CRC with the acronym and the UF. Every phone number
is PHONE_NUMBER (landlines and WhatsApp senders shown as numbers included; 0800 is not). IP_ADDRESS
only for public addresses (v4 and v6). Every plate is LICENSE_PLATE. Every CNPJ is labelled (firms,
clinics, bus companies, class associations, a DJ's MEI; numeric and the 2026 alphanumeric form). A
full card number typed by a person is CREDIT_CARD; masked cards and masked CPFs are not labelled.
Identifiers read out in groups or in words are labelled like their digits. Decisions of this set: an
@mention written as a number ("@5511987654321") is PHONE_NUMBER; an @mention of a name is PERSON and
of a login is not; NIS/NIT/PIS is BR_PIS; a student's Instagram handle is not labelled.
Not labelled (hard negatives): CNJ numbers, RA / student numbers, adhesion and contract numbers (some of
11 digits, checked to fail), ticket, protocol, police report, voucher, case, consultation, prescription,
RPA and LGPD request numbers, the payment slip's typeable line, our-number and document numbers, the
coach's fleet number, the guide's Cadastur number, wristband, table and valet-ticket numbers, the birth
certificate's registration number, the notary's digital seal, health-plan card numbers (checked to fail
Luhn), hashes, envelope ids, CBO codes, ICD-10 codes (T51.0, F10.0, S91.3, S93.4, T78.4, F41.0, A09,
L55.1, J45.9, S01.8, R55, T63.6, K35.8, J03.9, E10.9, I10, S82.6, F32.1, K80.0, O26.9, A90, M54.5,
S42.0), chargeback reason codes, masked cards and CPFs, private IPs, laws and rules (Lei 8.078/1990,
art. 49 and art. 28 of the CDC, Lei 13.709/2018, Lei 9.099/1995 arts. 38, 40 and 55, Resolução CNJ
295/2019, art. 83 of Lei 8.069/1990, art. 168 of the Código Penal), money, non-birth dates, firm,
venue, studio, band, school, hotel and hospital names holding surnames or name-words (Bento Amado
Formaturas, Quintanilha Formaturas, Vitória Formaturas, Leão Branco Eventos, Prudente Colações,
Clemente Fotografia, Villa Clemente Eventos, Salão Nobre do Clube Salvador, Banda Justo Acaso, Banda
Salvador Jazz, Colégio Salvador Dourado, Centro Universitário Prudente de Morais, Hotel Vitória Praia,
Farmácia Santa Luz, Gráfica Bento Gonçalves), streets named after people when they stand alone. Names
that are also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Glória, Estrela, Bento, Prudente, Amado,
Justo, Clemente, Salvador, Leão, Branco, Dourado, Sereno...) are names here and, elsewhere, words,
firms, venues, schools and streets, not persons ("A colação foi uma vitória da turma toda", "Seria
prudente fechar o buffet antes de março", "capa em rosa antigo", "O tema do baile é Luz e Prata", "Não
há esperança de aumentar o número de formandos").
Names: Brazilian names of many origins (Portuguese common and regional, the coined names of the
North-East, the spelled-out names of the students' generation, Italian, German, Polish, Ukrainian,
Lebanese, Syrian, Armenian, Japanese, Korean, Chinese, Haitian, Angolan, Senegalese, Nigerian, Cape
Verdean, Bolivian, Peruvian, Paraguayan, Venezuelan, Colombian, Cuban, indigenous, Guarani, Jewish),
rare or invented name words well above a quarter (main() prints the share, about half; a word of any
common-name pool never counts as rare). PERSON is about a third of the spans (about 35%: group chats,
door lists and passenger lists are name-heavy).
The script checks its own output: spans in range, stripped, non-overlapping; every CPF, CNPJ, PIS, CNS,
título, CNH, RG (SP rule) and card labelled passes its check digits; no unlabelled CPF-, PIS-, CNH-,
título-, CNS- or card-shaped run passes its check (so every hard-negative 11-digit number fails the CPF
check); every upper-case plate and public IP is labelled; every unlabelled e-mail is a role mailbox.
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
# street nicknames (vulgo / conhecido como): one PERSON span each
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
STREET_NAMES = ["dos Operários", "Cecília Meireles", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora",
                "Monteiro Lobato", "Doutor Leovigildo Sarapião", "Conselheiro Ubaldino Furquim", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont", "Professor Aristeu Bacelar",
                "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Professora Zulmira Cotrim",
                "Maestro Claudionor Tinoco", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz",
                "Machado de Assis", "Madre Paulina", "Pioneiro Egon Kuhnen", "Doutor Farid Haddad", "das Acácias",
                "Dom Pedro II", "da Glória", "Padre Anacleto Landim", "Vereador Lindolfo Aroeira", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas",
                "Bom Jesus da Lapa", "das Flores", "Cônego Sinfrônio Lustosa", "dos Bandeirantes", "Irmã Dulce", "Chico Mendes",
                "Dom Hélder Câmara", "Projetada 7", "Professora Cosma Sucupira", "Mestre Genivaldo Pajeú", "Santa Luzia",
                "Frei Damião", "Paulo Freire", "Diretora Odaléia Quintanilha", "Tenente Hermógenes Sabiá", "dos Estudantes", "Amado Bueno", "Sete",
                "Desembargador Quintino Bacelar", "Barão de Mauá", "Coronel Teotônio Arcoverde", "Beco da Esperança", "Doze de Outubro",
                "dos Jacarandás", "Doutor Nagib Chedid", "Professora Jaciara Terena", "Sargento Wilner Dorvil", "Dona Brasilina Sucupira",
                "Engenheiro Arno Kuhnen", "dos Cupinzeiros", "Ouvidor Sinfrônio Catolé", "Jequitibá", "Pastor Hagop Boghossian"]
CITIES = [("São Paulo", "SP"), ("São Paulo", "SP"), ("Guarulhos", "SP"), ("Campinas", "SP"), ("Osasco", "SP"), ("Santo André", "SP"),
          ("São Bernardo do Campo", "SP"), ("Sorocaba", "SP"), ("Presidente Prudente", "SP"), ("Ribeirão Preto", "SP"),
          ("Belo Horizonte", "MG"), ("Contagem", "MG"), ("Betim", "MG"), ("Juiz de Fora", "MG"), ("Rio de Janeiro", "RJ"),
          ("Niterói", "RJ"), ("Duque de Caxias", "RJ"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Porto Alegre", "RS"),
          ("Caxias do Sul", "RS"), ("Florianópolis", "SC"), ("Joinville", "SC"), ("Salvador", "BA"), ("Feira de Santana", "BA"),
          ("Recife", "PE"), ("Jaboatão dos Guararapes", "PE"), ("Fortaleza", "CE"), ("Natal", "RN"), ("João Pessoa", "PB"),
          ("São Luís", "MA"), ("Teresina", "PI"), ("Belém", "PA"), ("Manaus", "AM"), ("Goiânia", "GO"), ("Aparecida de Goiânia", "GO"),
          ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"), ("Vila Velha", "ES"), ("Serra", "ES"), ("Maceió", "AL"),
          ("Aracaju", "SE"), ("Brasília", "DF")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores",
           "Vila Estrela", "Cidade Nova", "Vila Operária", "Jardim Esperança", "Santa Luzia", "Vila Esperança", "Conjunto Bento Ribeiro",
           "Vila Nova Aurora", "Jardim Leão", "Vila São Benedito", "Cohab II", "Parque Amado", "Jardim Planalto", "Vila Rica",
           "Baixada", "Alto do Cruzeiro", "Vila Prudente", "Bairro da Luz", "Jardim das Oliveiras", "Conjunto Habitacional Flor do Campo"]
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
        """A date of an event in the past of the documents (2025 unless a year is given)."""
        y = year or 2025
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def docdate(self, fmt: str = "long") -> str:
        """The date a letter, petition or report is signed (first half of 2026, after the events it tells)."""
        return fmt_date(self.ri(1, 28), self.ri(1, 6), 2026, fmt)

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


def append_doc(doc: Doc, other: Doc) -> None:
    """Append another document's text and spans (offsets shifted)."""
    base = len(doc.text)
    doc.text += other.text
    doc.spans += [{"start": x["start"] + base, "end": x["end"] + base, "label": x["label"]} for x in other.spans]


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
JOBS = {True: ["diarista", "do lar", "auxiliar de limpeza", "cabeleireira", "vendedora", "autônoma", "costureira", "catadora de materiais recicláveis",
               "operadora de caixa", "cuidadora de idosos", "desempregada", "manicure", "ambulante", "aposentada", "técnica de enfermagem"],
        False: ["pedreiro", "servente", "motorista de aplicativo", "ajudante geral", "autônomo", "desempregado", "vigilante", "pintor",
                "entregador", "eletricista", "aposentado", "mecânico", "ambulante", "auxiliar de produção", "repositor"]}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool | tuple[int, int] = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job=None, rural: float = 0.08, civil: str | None = None, cpf: str | None = None) -> None:
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
    doc.e(cpf or g.cpf("dot"), "BR_CPF")
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
        doc.e(home(g, "caps" if caps else "text", 1.0 if is_rural else 0.0, where[1] if where else None), "ADDRESS")
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




# --------------------------------------------------------------------------- register: graduation companies and graduating classes

SEED = 14545
OUT_NAME = "hundredfortyfifth.jsonl"

# Given names of the students (born 1997-2009): spelled-out and coined modern names (rare lists) next to the common ones
YOUNG_RARE_F = ["Kamilly", "Ysabelly", "Thaynara", "Emanuelly", "Jamilly", "Kauany", "Kettlyn", "Ysis", "Thalyta", "Raylla", "Wenddy",
                "Dhafne", "Hellen Cristiny", "Mykaelle", "Lohanny", "Yonara", "Iasmyn", "Rhayssa", "Tainara", "Evellyn", "Ludmylla",
                "Nicolly", "Ayla Sofia", "Maryanne", "Kessia", "Hyasmin", "Brunna Lethycia", "Stheffany", "Geysa", "Jhennyfer"]
YOUNG_RARE_M = ["Kaique", "Wendel", "Yago", "Ruan Pablo", "Jhonata", "Kayky", "Thierry", "Luiz Felype", "Deyvid", "Wallyson", "Kelwin",
                "Maycon Douglas", "Rhuan", "Ytalo", "Erick Kauan", "Welligton", "Pyetro", "Brenno", "Kaleo", "Nycolas", "Allyson",
                "Dyego", "Jhonnatan", "Kauê Ryan", "Wesllen", "Raylan", "Emerson Kaio", "Ykaro"]
YOUNG_COMMON_F = ["Isabella", "Maria Luiza", "Ana Clara", "Rafaela", "Luiza", "Maria Fernanda", "Bianca", "Carolina", "Clara", "Nicole",
                  "Emanuelle", "Giovana", "Ana Luísa", "Mirella", "Agatha"]
YOUNG_COMMON_M = ["João Gabriel", "Pedro Henrique", "Luiz Gustavo", "Vitor", "Kaio", "Nicolas", "Leonardo", "Thiago", "Augusto",
                  "Otávio", "Joaquim", "Lucca", "Breno", "Yuri", "Caíque"]
RARE_F.extend(YOUNG_RARE_F * 2)
RARE_M.extend(YOUNG_RARE_M * 2)
COMMON_F.extend(YOUNG_COMMON_F)
COMMON_M.extend(YOUNG_COMMON_M)
RARE.update(YOUNG_RARE_F + YOUNG_RARE_M)
RARE.difference_update(["Yago", "Wendel", "Thierry", "Kaique", "Brenno"])
NICK.update({"Kamilly": "Mily", "Ysabelly": "Belly", "Thaynara": "Thay", "Emanuelly": "Manu", "Jamilly": "Mimi", "Kettlyn": "Ket",
             "Raylla": "Ray", "Ludmylla": "Lud", "Nicolly": "Nic", "Isabella": "Bela", "Maria Luiza": "Malu", "Ana Clara": "Aninha",
             "Rafaela": "Rafa", "Carolina": "Carol", "Giovana": "Gio", "Mirella": "Mi", "Kaique": "Kaká", "Kayky": "Kaká",
             "Nycolas": "Nyco", "Brenno": "Brenninho", "Pedro Henrique": "PH", "João Gabriel": "JG", "Luiz Gustavo": "Guga",
             "Leonardo": "Léo", "Thiago": "Thi", "Augusto": "Guto", "Lucca": "Luquinha", "Rhuan": "Rhu", "Pyetro": "Pye",
             "Jhonata": "Jhow", "Jhonnatan": "Jhow", "Wallyson": "Wall", "Ytalo": "Ita", "Dyego": "Dy", "Hellen Cristiny": "Hellen"})

UF_DDD = {"SP": ["11", "11", "11", "12", "13", "14", "15", "16", "17", "19"], "MG": ["31", "31", "32", "34", "35", "37", "38"],
          "RJ": ["21", "21", "22", "24"], "PR": ["41", "41", "43", "44", "42"], "RS": ["51", "51", "54", "53", "55"], "SC": ["48", "47", "49"],
          "BA": ["71", "71", "73", "74", "75", "77"], "PE": ["81", "81", "87"], "CE": ["85", "85", "88"], "RN": ["84"], "PB": ["83"],
          "MA": ["98", "99"], "PI": ["86", "89"], "PA": ["91", "93", "94"], "AM": ["92", "97"], "GO": ["62", "62", "64"], "MS": ["67"],
          "MT": ["65", "66"], "ES": ["27", "28"], "AL": ["82"], "SE": ["79"], "DF": ["61"]}
CEP_PRE = {"SP": [f"{i:02d}" for i in range(1, 20)], "RJ": [str(i) for i in range(20, 29)], "ES": ["29"], "MG": [str(i) for i in range(30, 40)],
           "BA": [str(i) for i in range(40, 49)], "SE": ["49"], "PE": [str(i) for i in range(50, 57)], "AL": ["57"], "PB": ["58"], "RN": ["59"],
           "CE": ["60", "61", "62", "63"], "PI": ["64"], "MA": ["65"], "PA": ["66", "67", "68"], "AM": ["69"], "DF": ["70", "71", "72"],
           "GO": ["74", "75", "76"], "MT": ["78"], "MS": ["79"], "PR": [str(i) for i in range(80, 88)], "SC": ["88", "89"],
           "RS": [str(i) for i in range(90, 100)]}
_CUR = {"uf": "SP"}


def where(g: Gen) -> tuple[str, str]:
    """The city of the class (the document's UF also steers the CEPs and area codes drawn for it)."""
    c, uf = g.pick(CITIES)
    _CUR["uf"] = uf
    return c, uf


def _cep(self: Gen, dash: bool = True) -> str:
    n = self.pick(CEP_PRE[_CUR["uf"]]) + self.d(3) + self.pick([self.d(3), self.d(3), "000", f"{self.ri(1, 9)}{self.ri(0, 9)}0"])
    return f"{n[:5]}-{n[5:]}" if dash else n


Gen.cep = _cep


def lphone(g: Gen, uf: str | None = None, mobile: bool = True, style: str | None = None) -> str:
    """A phone in an area code of the UF (the document's when none is given); labelled like any phone."""
    ddd = g.pick(UF_DDD[uf or _CUR["uf"]])
    while True:
        local = ("9" + str(g.ri(6, 9)) + g.d(7)) if mobile else (str(g.ri(2, 5)) + g.d(7))
        raw = ddd + local
        if not (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10:11] or cnh_dv(raw[:9]) == raw[9:]):
            return g.fmt_phone(ddd, local, style or g.pick(["par", "par", "par", "plain", "nospace", "raw", "dash", "plus"]))


FIRMS = [("Aurora Formaturas e Eventos Ltda.", "auroraformaturas.com.br", "Aurora Formaturas"),
         ("Prudente Colações & Bailes Ltda.", "prudentecolacoes.com.br", "Prudente Colações"),
         ("Bento Amado Formaturas S.A.", "bentoamadoformaturas.com.br", "Bento Amado Formaturas"),
         ("Vitória Formaturas Ltda.", "vitoriaformaturas.com.br", "Vitória Formaturas"),
         ("Leão Branco Eventos Acadêmicos Ltda.", "leaobrancoeventos.com.br", "Leão Branco Eventos"),
         ("Quintanilha Formaturas Ltda.", "quintanilhaformaturas.com.br", "Quintanilha Formaturas")]
TRAVEL = [("Sereno Turismo Estudantil Ltda.", "serenoturismo.tur.br", "Sereno Turismo"), ("Rota Dourada Viagens de Formatura Ltda.", "rotadourada.tur.br", "Rota Dourada"),
          ("Estrela Guia Turismo Ltda.", "estrelaguia.tur.br", "Estrela Guia")]
BUSES = ["Viação Flor do Cerrado Ltda.", "Expresso Clemente Turismo", "Transportes Leão Dourado Ltda.", "Viação Aurora do Vale"]
COACHES = ["Marcopolo Paradiso G7 1200", "Marcopolo Paradiso G8 1350", "Comil Campione 3.65", "Irizar i6 3.70", "Busscar Vissta Buss 360"]
STUDIOS = ["Estúdio Luz & Prata", "Foto Rosa dos Ventos", "Clemente Fotografia", "Studio Flor de Sal", "Ateliê Vitória Imagem"]
VENUES = ["Espaço Celeste", "Aurora Hall", "Villa Clemente Eventos", "Salão Nobre do Clube Salvador", "Centro de Convenções Bento Amado",
          "Espaço Leão Dourado", "Casa de Festas Serena"]
BUFFETS = ["Buffet Prudente", "Buffet Sabor de Flor", "Buffet Dona Glória", "Gastronomia Bento & Rosa"]
BANDS = ["Banda Justo Acaso", "Banda Salvador Jazz", "Orquestra Aurora Big Band", "Vitória Sound (DJ set)", "Trio Flor do Mandacaru"]
UNIS = [("Centro Universitário Prudente de Morais", "UniPrudente"), ("Faculdade Bento Amado", "FBA"), ("Universidade Leão do Norte", "ULN"),
        ("Faculdade Vitória Régia", "FAVIR"), ("Centro Universitário Aurora", "UniAurora"), ("Faculdade Clemente Sereno", "FACS"),
        ("Universidade Santa Rosa de Lima", "USRL")]
HIGHS = ["Colégio Estrela Dalva", "Colégio Santa Rosa", "Colégio Salvador Dourado", "Instituto Aurora de Ensino", "Colégio Bento Prudente",
         "Colégio Flor de Maio"]
COURSES = ["Direito", "Medicina", "Odontologia", "Enfermagem", "Engenharia Civil", "Administração", "Psicologia", "Medicina Veterinária",
           "Pedagogia", "Ciências Contábeis", "Arquitetura e Urbanismo", "Fisioterapia", "Nutrição", "Farmácia", "Biomedicina",
           "Educação Física", "Jornalismo", "Engenharia de Produção"]
HOTELS = ["Resort Estrela do Descobrimento", "Hotel Vitória Praia", "Pousada Flor de Taperapuã", "Arraial Sereno Hotel", "Hotel Bento Coroa Vermelha"]
HOSP_BA = ["Hospital Municipal Vitória do Descobrimento", "Hospital Regional Costa do Descobrimento", "Clínica Santa Luz de Arraial",
           "Pronto Atendimento Coroa Vermelha"]
HOSP = ["Hospital Santa Aurora", "Hospital Bento Amado", "Hospital São Clemente", "Pronto-Socorro Municipal", "UPA Vila Prudente",
        "Hospital Estrela Dalva"]
ROLE_BOXES = ["atendimento", "sac", "financeiro", "cobranca", "juridico", "contato", "naoresponda", "no-reply", "dpo", "privacidade",
              "viagens", "operacoes", "fotos", "eventos", "rh", "secretaria", "protocolo", "ouvidoria", "assistencia", "sinistros",
              "reembolso", "medico", "cadastro", "contratos", "chargeback", "pagamentos", "fornecedores", "tesouraria", "notificacoes",
              "tabelionato", "agendamento", "ensaios", "convites", "portaria", "suporte", "colacao", "secretaria.academica", "telemedicina",
              "procon", "comercial", "relacionamento", "disputas", "central", "saude", "sesmt", "clinica", "ti", "faturamento", "producao"]
LAWS = ["Lei 8.078/1990", "art. 49 do CDC", "Lei 13.709/2018", "Lei 9.099/1995", "Resolução CNJ 295/2019", "art. 83 do ECA",
        "art. 168 do Código Penal", "Lei 11.771/2008", "Lei 8.069/1990", "Súmula 302 do STJ", "art. 28 do CDC", "art. 20 do Código Civil"]
CIDS = [("T51.0", "efeito tóxico do etanol"), ("F10.0", "intoxicação alcoólica aguda"), ("S91.3", "ferimento do pé"), ("S93.4", "entorse do tornozelo"),
        ("T78.4", "alergia não especificada"), ("F41.0", "crise de pânico"), ("A09", "gastroenterite"), ("L55.1", "queimadura solar de 2º grau"),
        ("J45.9", "crise asmática"), ("S01.8", "ferimento da cabeça"), ("R55", "síncope"), ("T63.6", "contato com água-viva")]


def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold(s).lower())


def gw(p: Person, m: str, f: str) -> str:
    return f if p.female else m


def sr(p: Person) -> str:
    return "dona" if p.female else "seu"


def dr(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def home(g: Gen, style: str = "text", rural: float = 0.0, uf: str | None = None, loc: str | None = None) -> str:
    return g.address(style)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def cnj_of(g: Gen, uf: str, seg: str | None = None) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.{seg or CNJ_SEG.get(uf, '8.26')}.{g.d(4)}")


def money(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + brl(g.ri(lo, hi) + g.pick([0, 0, 0, 0.5, 0.9, 0.35]))


def tp(g: Gen, s: str, p: float = 0.2) -> str:
    return typo(s, g) if g.chance(p) else s


def sdob(g: Gen, minor: bool = False, fmt: str | None = None) -> str:
    """A student's birth date: university students born 1997-2005, the high-school seniors of the trip 2007-2009."""
    return g.dob(fmt, *((2007, 2009) if minor else (1997, 2005)))


def pdob(g: Gen, fmt: str | None = None) -> str:
    """A parent's birth date."""
    return g.dob(fmt, 1962, 1986)


def parent(g: Gen, kid: Person, female: bool | None = None) -> Person:
    """A mother or father: own given name, ending in the student's last surname."""
    return g.relative(kid, g.chance(0.7) if female is None else female)


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "lfirst": lower(p.first), "lshort": lower(p.short)}[f])


def turma(g: Gen, high: bool = False) -> tuple[str, str]:
    """(class, institution): 'Direito 2026.2' at a private university, or a high school's seniors."""
    if high:
        return g.pick(["3º ano EM", "Terceirão", "3ª série EM", "3º ano B"]) + f" {g.pick([2025, 2025, 2026])}", g.pick(HIGHS)
    return f"{g.pick(COURSES)} {g.pick([2025, 2026, 2026])}.{g.ri(1, 2)}", g.pick(UNIS)[0]


def ra(g: Gen) -> str:
    """A student's registration number (RA / matrícula): not labelled."""
    return clean(g, lambda: g.pick([g.d(8), f"{g.ri(2019, 2023)}{g.d(6)}", g.neg(11), f"{g.d(2)}.{g.d(5)}-{g.d(1)}", f"RA{g.d(7)}"]))


def adesao(g: Gen) -> str:
    """An adhesion (termo de adesão) or contract number: not labelled."""
    return clean(g, lambda: g.pick([f"AD-{g.d(6)}", f"{g.ri(2024, 2026)}/{g.d(5)}", g.neg(11), f"CT{g.d(5)}-{g.up(2)}", f"{g.d(4)}.{g.d(4)}"]))


def signed(g: Gen, doc: Doc, p: Person, role: str, pid: str | None = None, caps: bool = False) -> None:
    doc.t("\n_______________________________\n")
    doc.e(p.capsf if caps else g.pick([p.full, p.caps]), "PERSON")
    doc.t("\n" + (fold(role).upper() if caps else role))
    if pid:
        doc.t(" — ")
        doc.e(pid, "PROFESSIONAL_ID")
    doc.t("\n")


def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for k in range(n):
        w = g.person()
        doc.f(f"{k + 1}. «n» — CPF «c»\n", n=P(w.capsf if caps else w.full), c=(g.cpf(), "BR_CPF"))


def council2(g: Gen, kind: str, uf: str) -> str:
    if kind == "CRN":
        return g.pick([f"CRN-{g.ri(1, 11)} {g.ri(1000, 59999)}", f"CRN{g.ri(1, 11)}/{uf} {g.ri(1000, 59999)}"])
    if kind == "CREA":
        return g.pick([f"CREA-{uf} {g.d(6)}", f"CREA/{uf} {g.d(6)}-{g.d(1)}", f"CREA-{uf} nº {g.ri(10000, 249999)}/D"])
    return g.council(kind, uf)


def chat_neg(g: Gen) -> str:
    return g.pick(["kkkkkk", "<Mídia oculta>", "🎓🎓🎓", "Esta mensagem foi apagada", "aff", "vou ver com a minha mãe", "figurinha omitida",
                   "alguém sabe o horário da prova de beca?", "gente o boleto venceu ontem 😭", "bora fechar a rifa logo", "simmm",
                   "áudio omitido", "eu vou no sábado", "quem vai no open bar levanta a mão 🙋", "tô no estágio, depois leio tudo",
                   "o tema do baile vai ser Aurora Boreal?? 😍", "prudente pagar antes de vencer, a multa é 2%"])


def word_neg(g: Gen) -> str:
    """A sentence in which name-like words are words, places or firms, not persons."""
    return g.pick(["A colação foi uma vitória da turma toda.", "O Espaço Celeste cobra R$ 38 mil pelo sábado.",
                   "Seria prudente fechar o buffet antes de março.", "A Rua Bento Gonçalves fica fechada no dia do desfile.",
                   "O convite de luxo vem com capa em rosa antigo e fita prata.", "O Aurora Hall tem estacionamento para 400 carros.",
                   "A Banda Justo Acaso toca até as 5h.", "O tema do baile é Luz e Prata.", "A beca de Direito tem faixa vermelha; a de Medicina, verde.",
                   "O Hotel Vitória Praia fica a 200 m da Passarela do Álcool.", "Não há esperança de aumentar o número de formandos.",
                   "A Villa Clemente Eventos fechou a data de 12/12.", "A Bento Amado Formaturas atende a turma desde o 2º semestre.",
                   "O ônibus sai do Colégio Estrela Dalva às 22h.", "A luz do salão apagou na hora da valsa.", "O Buffet Dona Glória serve até 600 pessoas."])


def cl2(doc: Doc, stamp: str, who: list[tuple], template: str = "", **vals) -> None:
    """One chat line whose sender is written part by part (a name with a suffix, a business profile, a bare number)."""
    doc.t(stamp)
    for part in who:
        doc.e(part[0], part[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def mate(g: Gen, p: Person) -> Person:
    """A spouse: own given name and first surname, ending in the other's last surname."""
    return g.relative(p, not p.female)


def spoken_date(g: Gen, dd: int, mm: int, yy: int) -> str:
    if yy < 2000:
        yw = "mil novecentos e " + words999(yy - 1900)
    else:
        yw = "dois mil" + (" e " + words999(yy - 2000) if yy > 2000 else "")
    dw = "primeiro" if dd == 1 else words999(dd)
    return g.pick([f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}", f"{dw} de {fold(MONTHS[mm - 1])} de {yw}",
                   f"{dd} do {mm} de {yy % 100:02d}", f"{dw} do {words999(mm)} de {yw}"])


# ------------------------------------------------------------------ atendimento

def sysline(doc: Doc, stamp: str, parts: list) -> None:
    """A WhatsApp system line (no sender): 'Você adicionou ...', '... saiu'."""
    doc.t(stamp)
    for s, lab in parts:
        doc.e(s, lab)
    doc.t("\n")


def at_grupo(g: Gen) -> Doc:
    """The committee's WhatsApp group export (Android or iOS stamps): the group created and two members added (saved names, a name with
    the course or "Comissão" as suffix, nicknames, many bare numbers), the firm's consultant as a business profile or by first name
    asking for the adhesion data; two or three members posting full name, CPF, birth date and e-mail; a mother named as the paying
    party with CPF; the address for the invitations' delivery with CEP sometimes; the treasurer's random Pix key of the committee's
    account; a mention of an unsaved member by number; the studio's phone; a member leaving and one removed."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    course, inst = turma(g)
    gname = g.pick([f"Formatura {course} 🎓", f"COMISSÃO {fold(course).upper()}", f"{course} - Formandos", f"Formandos {course} ✨"])
    st = chat_stamp(g)
    t0 = g.moment(hours=(8, 11))
    t = iter(seq_times(g, 60, t0, 40, 2400))
    n = g.ri(4, 5)
    mem = [g.person() for _ in range(n)]
    disp = []
    for k, p in enumerate(mem):
        r = g.rng.random()
        if r < 0.55:
            disp.append([(lphone(g, uf, style="wa"), "PHONE_NUMBER")])
        elif r < 0.65:
            disp.append([P(p.nick), V(" " + g.pick([course.split()[0], "Comissão", "Turma B", "🎓", "Form.", "Tesouraria" if k == 1 else "Noturno"]))])
        elif r < 0.85:
            disp.append([P(p.first)])
        else:
            disp.append([P(g.pick([p.full, p.short]))])
    cons = g.person(g.chance(0.7))
    cdisp = g.pick([[V(short)], [V(f"{short} | Consultoria")], [V(short)], [P(cons.short), V(f" ({short})")]])
    sysline(doc, st(next(t)), [V(f"Você criou o grupo \"{gname}\"")])
    for k in g.sample(range(1, n), g.ri(1, 2)):
        sysline(doc, st(next(t)), [V("Você adicionou ")] + disp[k])
    sysline(doc, st(next(t)), [V("Você adicionou ")] + cdisp)
    cl2(doc, st(next(t)), disp[0], "Gente, bem-vindos! Grupo oficial da comissão. A «f» mandou a minuta do contrato, tá no drive. Leiam a cláusula da multa!!", f=short)
    cl2(doc, st(next(t)), cdisp, "Bom dia, formandos! Sou «a» consultor«x» da «f». Para a adesão preciso de nome completo, CPF, data de nascimento e e-mail de cada um. "
        "Pode mandar aqui ou no meu privado: «p»", a=[V(gw(cons, "o ", "a ")), P(cons.first)] if g.chance(0.6) else V(gw(cons, "o", "a")), x=gw(cons, "", "a"), f=short,
        p=(lphone(g, uf, style=g.pick(["par", "plain", "wa"])), "PHONE_NUMBER"))
    posters = g.sample(range(1, n), g.pick([2, 2, 3]))
    for k in posters:
        p = mem[k]
        cl2(doc, st(next(t)), disp[k], "«n»\n«c»«r»\n«d»«e»", n=P(g.pick([p.full, p.caps, p.low, tp(g, p.full)])), c=(g.cpf(), "BR_CPF"),
            r=[V(g.pick(["\nrg ", "\nRG: ", "\n"])), (g.rg(), "BR_RG")] if g.chance(0.35) else "",
            d=(sdob(g, fmt=g.pick(["br", "br", "short", "nopad"])), "DATE_OF_BIRTH"), e=[V("\n"), (g.email(p), "EMAIL_ADDRESS")] if g.chance(0.75) else "")
    k = g.pick([i for i in range(1, n) if i not in posters] or [1])
    mom = parent(g, mem[k], True)
    if g.chance(0.7):
        cl2(doc, st(next(t)), disp[k], "a minha quem vai pagar é minha mãe, «m» cpf «c»", m=P(g.pick([mom.full, lower(mom.full)])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
        cl2(doc, st(next(t)), cdisp, g.pick(["Perfeito, coloco ela como responsável financeira 👍", "Anotado! Ela recebe o link da adesão por e-mail."]))
    if g.chance(0.7):
        cl2(doc, st(next(t)), disp[g.ri(1, n - 1)], "endereço pra entrega do convite: «a»«c»", a=(g.address(g.pick(["text", "low"])), "ADDRESS"),
            c=[V(g.pick([" cep ", ", CEP ", " - "])), (g.cep(g.chance(0.7)), "BR_CEP")] if g.chance(0.7) else "")
    cl2(doc, st(next(t)), disp[1], "Pix da comissão (rifa e open bar): chave aleatória «k» — conta no nome da COMISSÃO, não no meu pessoal!!", k=(g.uuid(), "PIX_KEY"))
    cl2(doc, st(next(t)), disp[g.ri(2, n - 1)], chat_neg(g))
    if g.chance(0.6):
        ddd, local = g.msisdn()
        cl2(doc, st(next(t)), disp[0], "@«m» vc é de qual turma? não tá na lista da secretaria", m=(f"55{g.pick(UF_DDD[uf])}{local}", "PHONE_NUMBER"))
    studio = g.pick(STUDIOS)
    cl2(doc, st(next(t)), cdisp, "Ensaio de beca: «d» no «s». Quem não puder liga na recepção: «p»", d=dbr(t0 + datetime.timedelta(days=g.ri(20, 90))), s=studio,
        p=(lphone(g, uf, mobile=g.chance(0.5)), "PHONE_NUMBER"))
    cl2(doc, st(next(t)), disp[g.ri(0, n - 1)], word_neg(g) if g.chance(0.7) else chat_neg(g))
    sysline(doc, st(next(t)), disp[n - 1] + [V(" saiu")])
    if g.chance(0.5):
        sysline(doc, st(next(t)), [V("Você removeu "), (lphone(g, uf, style="wa"), "PHONE_NUMBER")])
    return doc


def at_ensaio(g: Gen) -> Doc:
    """The photo studio's day sheet for the gown sessions, as a grid of time slots by room (two lines per slot: the student, cut at
    the cell's width, then a phone and sometimes the make-up artist's first name, or RESCHEDULED / ABSENT); the photographers in the
    footer with the studio's landline; a note about a student who refused the publication of her photos, and sometimes a mother who
    came along with a phone and an e-mail."""
    doc = Doc()
    city, uf = where(g)
    studio = g.pick(STUDIOS)
    firm, dom, short = g.pick(FIRMS)
    course, inst = turma(g)
    mua = [g.person(True) for _ in range(2)]
    ph = [g.person() for _ in range(2)]
    day = g.date("br", 2025)
    doc.f("«s» — AGENDA DE ENSAIOS DE BECA — «d»\nTurma: «c» (contrato «f» nº «n»)\n\n", s=studio.upper(), d=day, c=course, f=short, n=adesao(g))
    W = g.ri(27, 33)
    doc.t("HORA  | " + "ESTÚDIO 1 (fundo infinito)".ljust(W) + " | ESTÚDIO 2 (jardim)\n")
    doc.t("------+-" + "-" * W + "-+-" + "-" * W + "\n")
    hh, mm = 8, 0
    for _ in range(g.ri(2, 4)):
        cells = []
        for room in range(2):
            r = g.rng.random()
            if r < 0.15:
                cells.append(None)
            else:
                p = g.person()
                nm = cut(g.pick([p.full, p.caps, p.short]), W)
                if r < 0.27:
                    sub = [V(g.pick(["REMARCADO p/ ", "remarcou p/ "]) + g.date("br", 2025))]
                elif r < 0.34:
                    sub = [V("FALTOU — ligar")]
                else:
                    ph_ = lphone(g, uf, style=g.pick(["par", "plain", "raw"]))
                    rr = g.rng.random()
                    if rr < 0.12:
                        sub = [(ph_, "PHONE_NUMBER"), V(g.pick([" · maq. ", " · make ", " / "])), P(g.pick(mua).first)]
                    elif rr < 0.6:
                        sub = [(ph_, "PHONE_NUMBER"), V(" · "), (g.email(p), "EMAIL_ADDRESS")]
                    else:
                        sub = [(ph_, "PHONE_NUMBER"), V(g.pick([" · s/ maquiagem", " · pago", " · 2 looks", " · + família", ""]))]
                cells.append((nm, sub))
        doc.t(f"{hh:02d}:{mm:02d} | ")
        for room, c in enumerate(cells):
            if c is None:
                doc.cell("(livre)", W) if room == 0 else doc.t("(livre)")
            else:
                doc.cell(c[0], W, "PERSON") if room == 0 else doc.e(c[0], "PERSON")
            if room == 0:
                doc.t(" | ")
        doc.t("\n      | ")
        for room, c in enumerate(cells):
            if c is not None:
                used = sum(len(s) for s, _ in c[1])
                for s, lab in c[1]:
                    doc.e(s, lab)
                if room == 0:
                    doc.t(" " * max(0, W - used))
            elif room == 0:
                doc.t(" " * W)
            if room == 0:
                doc.t(" | ")
        doc.t("\n")
        mm += g.pick([30, 40, 45])
        hh, mm = hh + mm // 60, mm % 60
    doc.t("\nFotógrafo(a) do dia: ")
    doc.e(g.pick([ph[0].full, ph[0].short]), "PERSON")
    doc.f(" — recepção «p»«e»\n", p=(lphone(g, uf, mobile=False), "PHONE_NUMBER"), e=[V(" / "), (lphone(g, uf, style="wa"), "PHONE_NUMBER"), V(" (WhatsApp)")] if g.chance(0.5) else "")
    doc.t("\nOBS.:\n")
    a = g.person(True)
    doc.f("- «a» NÃO autoriza publicação das fotos no Instagram do estúdio nem da «f» (LGPD) — marcar no sistema.\n", a=P(g.pick([a.full, a.short])), f=short)
    if g.chance(0.6):
        b = g.person()
        mom = parent(g, b, True)
        doc.f("- A mãe de «b» quer comprar o álbum à parte; contato «p», «e».\n", b=P(b.first), p=(lphone(g, uf), "PHONE_NUMBER"), e=(g.email(mom), "EMAIL_ADDRESS"))
    doc.f("- «w»\n", w=word_neg(g))
    return doc


def at_ticket(g: Gen) -> Doc:
    """A helpdesk ticket (Zendesk-like export) asking to cancel an adhesion: the requester (a parent) with e-mail and the web form's IP,
    custom fields (the requester's CPF, the student and his or her birth date, the adhesion number, a phone); the thread with the
    parent's message, an internal note mentioning a colleague, the agent's public reply with the signature, and the parent's answer
    with agency and account for the refund (or a Pix key that is a CPF or an e-mail)."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    course, inst = turma(g)
    stu = g.person()
    par = parent(g, stu)
    ag, col = g.person(), g.person()
    tno = g.ri(10000, 99999)
    alog = login(ag, g)
    t = iter(seq_times(g, 10, g.moment(), 1800, 90000))
    doc.f("Ticket #«n» · Cancelamento de adesão — «c»\nStatus: «s» · Prioridade: Alta · Grupo: Relacionamento com o Formando\nAtribuído a: «a»\n",
          n=tno, c=course, s=g.pick(["Pendente", "Aberto", "Em espera"]), a=P(g.pick([ag.full, ag.short])))
    doc.f("Solicitante: «p» <«e»>\nCanal: Formulário web · IP «ip»\n\nCampos personalizados\n", p=P(par.full), e=(g.email(par), "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"))
    fields = [("CPF do solicitante", (g.cpf(), "BR_CPF")), ("Formando(a)", P(stu.full)), ("CPF do formando", (g.cpf(), "BR_CPF")), ("Nascimento do formando", (sdob(g), "DATE_OF_BIRTH")),
              ("Nº da adesão", V(adesao(g))), ("Instituição", V(inst)), ("Telefone", (lphone(g, uf), "PHONE_NUMBER"))]
    if g.chance(0.6):
        fields += [("Endereço de entrega", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    kv_block(doc, fields, g.pick(["dots", "plain"]))
    sep = "-" * g.ri(40, 60) + "\n"
    doc.t("\n" + sep)
    doc.f("«p» — «d»\n", p=P(par.full), d=ts(next(t), "br"))
    doc.f("Boa tarde. «m»«s» trancou o curso e não vai colar grau com a turma. Quero cancelar a adesão e saber quanto será devolvido. "
          "Já pagamos «k» parcelas. Não recebi resposta pelo 0800.\n", m=gw(stu, "Meu filho", "Minha filha"), s=[V(" "), P(stu.first)] if g.chance(0.5) else "", k=g.ri(4, 18))
    doc.t(sep)
    doc.f("«a» — «d»  [Nota interna]\n@«c» consegue ver no financeiro quanto já entrou? Pelo sistema são «k» de 30 parcelas. Multa de 20% (cláusula 12ª).\n",
          a=alog, d=ts(next(t), "br"), c=login(col) if g.chance(0.5) else P(col.first), k=g.ri(4, 18))
    doc.t(sep)
    doc.f("«a» — «d»  [Público]\nPrezad«o» «p», recebemos sua solicitação. O cancelamento após a assinatura segue a cláusula 12ª do contrato da comissão "
          "(retenção de 20% sobre o valor pago e dos serviços já prestados, como o ensaio fotográfico). Para a devolução, informe os dados bancários "
          "do titular do contrato.\n--\nEquipe de Relacionamento com o Formando | «f»\n",
          a=P(ag.short), d=ts(next(t), "br"), o=par.o, p=P(par.first) if g.chance(0.5) else V(gw(par, "senhor", "senhora")), f=short)
    doc.t(sep)
    doc.f("«p» (via e-mail) — «d»\n", p=(g.email(par), "EMAIL_ADDRESS"), d=ts(next(t), "br"))
    if g.chance(0.6):
        doc.f("Segue: «b», agência «a», conta «c», em meu nome. O ensaio «s» nem fez, estava doente.\n", b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"),
              c=(g.account(), "BANK_ACCOUNT"), s=P(stu.first) if g.chance(0.5) else (gw(stu, "ele", "ela"), None))
    else:
        kind, key = pix_key(g, par)
        doc.f("Pode fazer Pix, chave «k» («kk»). Obrigad«o».\n", k=key, kk=kind, o=par.o)
    doc.t(sep)
    doc.f("«a» — «d»  [Nota interna]\nEncaminhado ao financeiro («c»). Aguardando cálculo.\n", a=alog, d=ts(next(t), "br"),
          c=P(col.full) if g.chance(0.3) else V("fila Devoluções"))
    return doc


def two(doc: Doc, a: tuple[str, tuple], b: tuple[str, tuple] | None, w: int) -> None:
    """One line of a flattened PDF form with two fields side by side ('LABEL: value      LABEL: value')."""
    la, (va, ta) = a
    doc.t(f"{la}: ")
    doc.e(va, ta)
    if b:
        doc.t(" " * max(2, w - len(la) - 2 - len(va)))
        lb, (vb, tb) = b
        doc.t(f"{lb}: ")
        doc.e(vb, tb)
    doc.t("\n")


def at_adesao(g: Gen) -> Doc:
    """The adhesion form (ficha de adesão do formando) read back from a filled PDF (pdftotext -layout): two fields to a line, section
    rules, checkboxes; the student (name, birth date, CPF, RG, e-mail, mobile, address, CEP; the RA not labelled), the financially
    responsible parent when there is one (CPF, RG sometimes, mobile, e-mail), the package ticked, two to four extra guests by name, the
    payment method (a masked card or a carnê), and the e-signature line with the IP."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    course, inst = turma(g)
    stu = g.person()
    W = g.ri(48, 58)
    rule = "_" * (W + 30) + "\n"
    doc.f("«f»\nFICHA DE ADESÃO DO FORMANDO — «c» — «i»\nAdesão nº «n»\n", f=firm.upper(), c=course, i=inst, n=adesao(g))
    doc.t(rule + "1. DADOS DO FORMANDO\n")
    doc.t("Nome completo: ")
    doc.e(g.pick([stu.full, stu.caps]), "PERSON")
    doc.t("\n")
    two(doc, ("Data de nasc.", (sdob(g, fmt=g.pick(["br", "br", "dot"])), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF")), W)
    two(doc, ("RG", (g.rg(), "BR_RG")), ("Órgão/UF", V(g.pick(RG_ORG))), W)
    two(doc, ("E-mail", (g.email(stu), "EMAIL_ADDRESS")), ("Celular", (lphone(g, uf), "PHONE_NUMBER")), W)
    if g.chance(0.4):
        two(doc, ("Tel. fixo", (lphone(g, uf, mobile=False), "PHONE_NUMBER")), ("Instagram", V("@" + slug(stu.first) + "." + g.d(2))), W)
    doc.t("Endereço: ")
    doc.e(g.address(), "ADDRESS")
    doc.t("\n")
    two(doc, ("Bairro", V(g.pick(BAIRROS))), ("Cidade/UF", V(f"{city}/{uf}")), W)
    two(doc, ("CEP", (g.cep(), "BR_CEP")), ("RA", V(ra(g))), W)
    doc.t(rule + "2. RESPONSÁVEL FINANCEIRO   ")
    if g.chance(0.6):
        par = parent(g, stu)
        doc.t("[ ] o próprio formando   [X] outro\n")
        two(doc, ("Nome", P(par.full)), ("Parentesco", V(gw(par, "pai", "mãe"))), W)
        two(doc, ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")) if g.chance(0.5) else ("Nasc.", (pdob(g), "DATE_OF_BIRTH")), W)
        two(doc, ("Celular", (lphone(g, uf), "PHONE_NUMBER")), ("E-mail", (g.email(par), "EMAIL_ADDRESS")) if g.chance(0.7) else None, W)
    else:
        doc.t("[X] o próprio formando   [ ] outro\n")
    doc.t(rule + "3. PACOTE\n")
    items = ["Colação de grau solene", "Culto ecumênico", "Baile de gala", "Álbum 30x40", "Convite luxo", "Jantar dos pais", "Vídeo 4K"]
    for it in items:
        doc.t(f"[{'X' if g.chance(0.7) else ' '}] {it}   ")
    doc.f("\nConvites extras: «n» (R$ «v» cada)\n", n=g.ri(2, 4), v=brl(g.ri(180, 420)))
    doc.t("Convidados extras (nome completo para a portaria):\n")
    for k in range(g.ri(2, 4)):
        gst = g.person()
        doc.f(f"  {k + 1}) «n»\n", n=P(g.pick([gst.full, gst.caps, gst.short])))
    doc.t(rule + "4. PAGAMENTO\n")
    if g.chance(0.2):
        doc.f("[ ] Carnê/boleto   [X] Cartão de crédito nº «m» em «p»x de R$ «v» (autorizo a cobrança recorrente)\n", m=(g.card(), "CREDIT_CARD"), p=g.ri(10, 30), v=brl(g.ri(140, 690)))
    elif g.chance(0.4):
        doc.f("[ ] Carnê/boleto   [X] Cartão de crédito «m» em «p»x de R$ «v»\n", m=g.masked_card(), p=g.ri(10, 30), v=brl(g.ri(140, 690)))
    else:
        doc.f("[X] Carnê/boleto em «p»x de R$ «v», vencimento dia «d»   [ ] Cartão de crédito\n", p=g.ri(12, 36), v=brl(g.ri(120, 590)), d=g.pick([5, 10, 15, 20]))
    doc.t(rule)
    doc.f("Declaro que li o contrato da comissão («l»), inclusive a cláusula de uso de imagem.\n", l=g.pick(["Lei 8.078/1990", "art. 49 do CDC", "Lei 13.709/2018"]))
    doc.f("Assinado eletronicamente por «n» em «d» — IP «ip» — hash «h»\n", n=P(stu.full), d=ts(g.moment(), "brs"), ip=(g.ip(), "IP_ADDRESS"),
          h=clean(g, lambda: g.hexs(32)))
    return doc


def srt_t(t: float) -> str:
    h, r = divmod(t, 3600)
    m, s = divmod(r, 60)
    return f"{int(h):02d}:{int(m):02d}:{int(s):02d},{int((s - int(s)) * 1000):03d}"


def at_srt(g: Gen) -> Doc:
    """The quality-monitoring tool's transcript of a call to the trip desk, saved as SRT subtitles (numbered cues, time ranges, speaker
    tags, lower case without accents): a mother calling about the senior class's trip to Porto Seguro; the attendant's first name; the
    student's name, birth date and CPF read out (in groups or in words); the minor's travel authorisation; the guide by nickname or
    first name; the roommates by first name; the father's phone read out as an emergency contact; the hotel and the bus's departure
    point (not persons, not addresses)."""
    doc = Doc()
    city, uf = where(g)
    ag, mom, stu, dad, guide = g.person(), g.person(True), g.person(True if g.chance(0.5) else False), g.person(False), g.person()
    stu = Person(stu.given, mom.surnames[-1:] if g.chance(0.5) else stu.surnames, stu.female)
    trav = g.pick(TRAVEL)[2]
    hotel = g.pick(HOTELS)
    course, school = turma(g, high=True)
    cues: list[tuple[str, list]] = []
    A, C = g.pick([("ATENDENTE", "CLIENTE"), ("SPK_1", "SPK_2"), ("agente", "cliente")])
    cues.append((A, [V(f"{lower(trav)} bom dia meu nome e "), P(lower(ag.first)), V(" com quem eu falo")]))
    cues.append((C, [V("oi "), P(lower(ag.first)), V(" aqui e a "), P(lower(g.pick([mom.first, mom.full]))), V(" mae d" + stu.o + " "), P(lower(stu.first)),
                     V(f" do {lower(course)} do {lower(school)}")]))
    cues.append((A, [V("pois nao senhora me confirma o nome completo da aluna e a data de nascimento" if stu.female else
                       "pois nao senhora me confirma o nome completo do aluno e a data de nascimento")]))
    dd, mm_, yy = g.dob_parts(2007, 2009)
    cues.append((C, [P(lower(stu.full)), V(" nascid" + stu.o + " "), (spoken_date(g, dd, mm_, yy), "DATE_OF_BIRTH")]))
    cpf = g.cpf_digits()
    cues.append((A, [V("e o cpf dela" if stu.female else "e o cpf dele")]))
    cues.append((C, [(stt_cpf(cpf, g), "BR_CPF")]))
    if g.chance(0.6):
        cues.append((A, [V("e a senhora e a responsavel financeira ne me passa o seu cpf tambem")]))
        cues.append((C, [(stt_cpf(g.cpf_digits(), g), "BR_CPF")]))
    cues.append((A, [V("obrigada a senhora ja enviou a autorizacao de viagem com firma reconhecida porque ela e menor" if stu.female else
                       "obrigada a senhora ja enviou a autorizacao de viagem com firma reconhecida porque ele e menor")]))
    cues.append((C, [V("mandei pelo colegio semana passada e quem vai de responsavel no onibus")]))
    cues.append((A, [V("isso " + gw(guide, "o guia", "a guia") + " da turma e " + gw(guide, "o ", "a ")), P(lower(guide.short)),
                     V(f" o onibus sai da frente do {lower(school)} as vinte e duas horas")]))
    fr = g.person(stu.female)
    cues.append((C, [V(f"ela" if stu.female else "ele"), V(" quer ficar no quarto com a " if stu.female else " quer ficar no quarto com o "),
                     P(lower(g.pick([fr.first, fr.nick]))), V((" na " if hotel.startswith("Pousada") else " no ") + lower(hotel) + " da pra pedir")]))
    cues.append((A, [V("da sim e o kit da viagem a camiseta e a mochila vai pelo correio qual o endereco e o cep")]))
    cep = g.cep(False)
    cues.append((C, [(lower(g.address("low")), "ADDRESS"), V(" cep "), (g.pick([f"{cep[:5]} {cep[5:]}", spoken_digits(cep, g), f"{cep[:2]} {cep[2:5]} {cep[5:]}"]), "BR_CEP")]))
    cues.append((A, [V("vou registrar o pedido a distribuicao sai na semana da viagem tem algum contato de emergencia alem da senhora")]))
    ddd, local = g.msisdn()
    ddd = g.pick(UF_DDD[uf])
    cues.append((C, [V("o pai dela o " if stu.female else "o pai dele o "), P(lower(g.pick([dad.first, dad.full]))), V(" o numero e "),
                     (g.pick([f"{ddd} {local[0]} {local[1:5]} {local[5:]}", spoken_digits(ddd + local, g), f"{ddd} {local[:5]} {local[5:]}"]), "PHONE_NUMBER")]))
    cues.append((A, [V(g.pick(["anotado mais alguma coisa", "perfeito ficou registrado protocolo enviado por sms", "certo o seguro viagem ja esta incluso"]))]))
    if g.chance(0.5):
        cues.append((C, [V(g.pick(["seria prudente mandar a lista de remedios " + ("dela" if stu.female else "dele") + " ne",
                                   ("ela" if stu.female else "ele") + " tem alergia a camarao isso e importante",
                                   "que vitoria conseguir pagar tudo ate novembro viu"]))]))
    cues.append((A, [V("obrigada por ligar na "), V(lower(trav)), V(" tenha um otimo dia")]))
    tt = g.rng.uniform(0.2, 1.0)
    for k, (who, parts) in enumerate(cues):
        dur = g.rng.uniform(1.8, 6.5)
        doc.t(f"{k + 1}\n{srt_t(tt)} --> {srt_t(tt + dur)}\n[{who}] ")
        for s, lab in parts:
            doc.e(s, lab)
        doc.t("\n\n")
        tt += dur + g.rng.uniform(0.1, 1.2)
    return doc


def night(g: Gen) -> str:
    """A time during the ball (21:00 to 03:59)."""
    return f"{g.pick([21, 22, 22, 23, 23, 0, 1, 2, 3]):02d}:{g.ri(0, 59):02d}"


def at_portaria(g: Gen) -> Doc:
    """The ball's door list exported from the ticketing app as semicolon CSV, one row per person (table, name, kind: the student, an
    adult guest, a child, a courtesy; document; birth date for the children's price; wristband; check-in time): CPF of the students,
    RG or CPF of adult guests, birth dates of children only; a supplier's row without a person; the valet's plates; then the head of
    security's notes (a guest let in by a committee member, a guest refused, the security chief's phone)."""
    doc = Doc()
    city, uf = where(g)
    venue = g.pick(VENUES)
    course, inst = turma(g)
    doc.f("# export portaria — Baile de Gala «c» — «v» — «d»\n", c=course, v=venue, d=g.date("br", 2025))
    doc.t(g.pick(["mesa;nome;tipo;documento;nascimento;pulseira;checkin\n", "MESA;NOME;TIPO;DOC;DT_NASC;PULSEIRA;CHECKIN\n"]))
    for _ in range(g.ri(2, 3)):
        f = g.person()
        mesa = g.ri(1, 80)
        group = [(f, "formando")] + [(g.relative(f) if g.chance(0.5) else g.person(), g.pick(["adulto", "adulto", "criança", "cortesia"])) for _ in range(g.ri(1, 2))]
        for p, kind in group:
            doc.t(f"{mesa};")
            doc.e(g.pick([p.full, p.caps]), "PERSON")
            doc.t(f";{kind};")
            if kind == "criança":
                doc.t(";")
                doc.e(g.dob(g.pick(["br", "iso"]), 2014, 2021), "DATE_OF_BIRTH")
            else:
                if kind == "formando" or g.chance(0.5):
                    doc.e(g.cpf(g.pick(["dot", "dot", "raw"])), "BR_CPF")
                else:
                    doc.e(g.rg(), "BR_RG")
                doc.t(";")
            doc.t(f";{g.d(5)};{night(g) if g.chance(0.7) else ''}\n")
    doc.f("0;«b»;fornecedor;;;STAFF;«h»\n", b=g.pick(BANDS), h=f"{g.ri(18, 20)}:{g.ri(0, 59):02d}")
    doc.t("\n# valet (tíquete;placa)\n")
    for _ in range(g.ri(2, 4)):
        doc.f("«t»;«p»\n", t=g.ri(100, 480), p=(g.plate(), "LICENSE_PLATE"))
    sec, com = g.person(False), g.person()
    doc.t("\n# observações da segurança\n")
    doc.f("- Convidado da mesa «m» sem pulseira na entrada; liberado pela comissão («c») às «h».\n", m=g.ri(1, 80), c=P(g.pick([com.first, com.short])) if g.chance(0.5) else "presidente", h=night(g))
    doc.f("- Recusada entrada de pessoa sem convite («z»).\n", z=g.pick(["sem documento", "alterado", "tentou entrar com o convite de outro formando"]))
    doc.f("- Chefe da segurança: «c», «p». «w»\n", c=P(sec.full), p=(lphone(g, uf), "PHONE_NUMBER"), w=g.pick(["", word_neg(g)]))
    return doc


def at_manifesto(g: Gen) -> Doc:
    """The bus company's passenger list for the senior class's trip (fretamento eventual, fixed-width: seat, name in capitals cut at the
    width, RG or CPF); the bus company's CNPJ, the coach's plate (the fleet number not labelled), the two drivers with CNH; the trip
    coordinator with a phone and the guide; then the hotel's rooming list by short names or first names."""
    doc = Doc()
    city, uf = where(g)
    bus = g.pick(BUSES)
    trav, tdom, tshort = g.pick(TRAVEL)
    course, school = turma(g, high=True)
    d1, d2 = g.person(False), g.person(False)
    coord, guide = g.person(), g.person()
    doc.f("RELAÇÃO DE PASSAGEIROS — FRETAMENTO EVENTUAL (TURISMO)\nTransportadora: «b» — CNPJ «c»\nContratante: «t» — grupo «k» («s»)\n",
          b=bus, c=(g.any_cnpj(), "BR_CNPJ"), t=trav, k=course, s=school)
    doc.f("Veículo: «v» — prefixo «pf» — placa «p»\n", v=g.pick(COACHES), pf=g.ri(1000, 9999), p=(g.plate(), "LICENSE_PLATE"))
    if g.chance(0.5):
        doc.f("Motoristas: «a» (CNH «ca») / «b» (CNH «cb»)\n", a=P(d1.capsf), ca=(g.cnh(), "BR_CNH"), b=P(d2.capsf), cb=(g.cnh(), "BR_CNH"))
    else:
        doc.f("Motorista: «a» — CNH «ca» (cat. D) — «p»\n", a=P(d1.capsf), ca=(g.cnh(), "BR_CNH"), p=(lphone(g, uf), "PHONE_NUMBER"))
    doc.f("Origem: «o»/«u» — Destino: Porto Seguro/BA — Saída «d» 22:00\n\n", o=city, u=uf, d=g.date("br", 2025))
    W = g.ri(30, 36)
    doc.t("POLT  " + "NOME".ljust(W) + "  DN          DOCUMENTO          TEL. RESPONSÁVEL\n" + "-" * (W + 60) + "\n")
    people = []
    for k in range(g.ri(4, 6)):
        p = g.person()
        people.append(p)
        doc.t(f"{k + 1:02d}    ")
        doc.cell(cut(p.capsf, W), W, "PERSON")
        doc.t("  ")
        doc.e(sdob(g, minor=True, fmt="br"), "DATE_OF_BIRTH")
        doc.t("  ")
        if g.chance(0.5):
            d = g.rg()
            doc.t("RG ")
            doc.cell(d, 15, "BR_RG")
        else:
            d = g.cpf()
            doc.t("CPF ")
            doc.cell(d, 14, "BR_CPF")
            doc.t(" ")
        doc.t("  ")
        doc.e(lphone(g, uf, style=g.pick(["par", "plain"])), "PHONE_NUMBER")
        doc.t("\n")
    doc.f("\nCoordenador(a) de viagem: «c» — «p»\nGuia: «g» (Cadastur «cd»)\n", c=P(coord.full), p=(lphone(g, uf), "PHONE_NUMBER"), g=P(g.pick([guide.full, guide.short])) if g.chance(0.6) else "a confirmar pela operadora",
          cd=clean(g, lambda: f"{g.d(2)}.{g.d(6)}.{g.d(2)}-{g.d(1)}"))
    hotel = g.pick(HOTELS)
    if g.chance(0.25):
        doc.f("\nDISTRIBUIÇÃO DE QUARTOS — «h»\n", h=hotel)
        sub = g.sample(people, min(len(people), g.ri(3, 5)))
        k = 0
        while k < len(sub):
            grp = sub[k:k + g.ri(2, 3)]
            doc.t(f"Apto {g.ri(1, 4)}{g.ri(0, 2)}{g.ri(1, 9)}: ")
            for j, p in enumerate(grp):
                if j:
                    doc.t(" / ")
                doc.e(g.pick([p.short, p.first]), "PERSON")
            doc.t("\n")
            k += len(grp)
    else:
        doc.f("\nHospedagem: «h» (rooming list enviada à operadora em separado).\n", h=hotel)
    doc.f("«w»\n", w=g.pick(["Quartos triplos sem frigobar abastecido (bebida alcoólica proibida a menores).", word_neg(g)]))
    return doc


# ------------------------------------------------------------------ juridico

def ju_contrato(g: Gen) -> Doc:
    """The services contract between the class committee and the graduation firm, in clauses (mixed case or capitals): the firm's
    CNPJ and its partner with CPF; the committee's president, treasurer and secretary qualified (birth date, RG or CNH, CPF, e-mail
    sometimes, address, CEP); the object (colação, ball, photos), the minimum number of adhering students, the price per student, the
    cancellation fine, image rights; the committee's agency and account; signatures, two witnesses with CPF, an e-signature log
    sometimes."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    course, inst = turma(g)
    caps = g.chance(0.3)
    up = (lambda s: fold(s).upper()) if caps else (lambda s: s)
    rep = g.person()
    mem = [g.person() for _ in range(g.pick([2, 2, 3]))]
    roles = [("Presidente", "Presidente"), ("Tesoureiro", "Tesoureira"), ("Secretário", "Secretária")]
    doc.t(up(f"CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE FORMATURA Nº {adesao(g)}\nTurma: {course} — {inst}\n\n"))
    doc.f(up("CONTRATADA: ") + firm + up(", inscrita no CNPJ sob o nº ") + "«c»" + up(f", com sede em {city}/{uf}, neste ato representada por seu sócio-administrador ")
          + "«r»" + up(", CPF ") + "«rc»;\n", c=(g.cnpj(), "BR_CNPJ"), r=P(rep.capsf if caps else rep.full), rc=(g.cpf(), "BR_CPF"))
    doc.t(up(f"CONTRATANTE: COMISSÃO DE FORMATURA DA TURMA {fold(course).upper()} ({fold(inst).upper()}), representada pelos membros abaixo, que respondem "
             f"solidariamente pelas obrigações da comissão perante a CONTRATADA:\n"))
    for k, m in enumerate(mem):
        role = roles[k][1] if m.female else roles[k][0]
        doc.t(up(f"({k + 1}) {role}: "))
        qualify(g, doc, m, caps=caps, dob=(1997, 2005), job=("estudante", "estudante"), where=(city, uf), email=g.chance(0.5),
                phone=g.chance(0.3), civil=gw(m, "solteiro", "solteira"), titulo=g.chance(0.6), rural=0.0)
        doc.t(";\n")
    n_min, price = g.ri(40, 160), g.ri(3800, 16500)
    doc.t(up(f"\nCLÁUSULA PRIMEIRA — DO OBJETO. Organização da colação de grau solene, do culto ecumênico e do baile de gala em {g.pick(VENUES)}, "
             f"com cobertura fotográfica e álbum, para no mínimo {n_min} formandos aderentes.\n"))
    doc.t(up(f"CLÁUSULA SEGUNDA — DO PREÇO. R$ {brl(price)} por formando, em até 36 parcelas, por termo de adesão individual.\n"))
    doc.t(up("CLÁUSULA TERCEIRA — DA RESCISÃO. A desistência do formando após 7 dias da adesão (art. 49 do CDC) implica retenção de 20% do valor pago.\n"))
    doc.t(up("CLÁUSULA QUARTA — DO USO DE IMAGEM. A divulgação de fotos e vídeos depende de consentimento específico (Lei 13.709/2018).\n"))
    bank = g.pick(BANKS)[1]
    doc.f(up(f"CLÁUSULA QUINTA — Os valores das rifas e eventos da comissão serão depositados no {bank}, agência ") + "«a»" + up(", conta ") + "«c»"
          + up(", aberta em nome da COMISSÃO.\n"), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.t(up(f"CLÁUSULA SEXTA — Fica eleito o foro da Comarca de {city}/{uf}.\n\n{city}, {g.docdate()}.\n"))
    signed(g, doc, rep, short, caps=caps)
    signed(g, doc, mem[0], "Presidente da comissão", caps=caps)
    witnesses(g, doc, 2, caps)
    if g.chance(0.4):
        esign_log(g, doc, [(rep, corp_mail(rep, dom, g)), (mem[0], g.email(mem[0]))], g.moment())
    return doc


def ju_peticao(g: Gen) -> Doc:
    """A joint petition of former students against a graduation firm that closed before the ball: the plaintiffs in a table (name,
    CPF, amount paid); the firm's CNPJ and, for the piercing of the corporate veil (art. 28 of the CDC), its two partners with CPF;
    the consultant and the committee's president by name in the facts; the lawyer with OAB and e-mail; the CNJ number of a related
    inquiry (not labelled)."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    course, inst = turma(g)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» VARA CÍVEL DA COMARCA DE «c»/«u»\n\n", v=g.pick(["1ª", "2ª", "4ª", "7ª"]),
          c=fold(city).upper(), u=uf)
    doc.t("Os autores abaixo, ex-alunos da turma " + course + " da " + inst + ", por seu advogado, vêm propor AÇÃO DE RESTITUIÇÃO DE VALORES C/C "
          "INDENIZAÇÃO POR DANOS MORAIS em face de " + firm.upper() + ", CNPJ ")
    doc.e(g.any_cnpj(), "BR_CNPJ")
    p1, p2 = g.person(), g.person()
    doc.f(", e de seus sócios «a», CPF «ac», e «b», CPF «bc», pelos fatos a seguir.\n\nAUTORES\n", a=P(p1.full), ac=(g.cpf(), "BR_CPF"), b=P(p2.full),
          bc=(g.cpf(), "BR_CPF"))
    rows, plaintiffs = [], []
    for _ in range(g.ri(3, 5)):
        a = g.person()
        plaintiffs.append(a)
        rows.append([P(g.pick([a.full, a.caps])), (g.cpf(), "BR_CPF"), V("R$ " + brl(g.ri(2100, 14900) + 0.5 * g.ri(0, 1)))])
    table_ruled(doc, ["Nome", "CPF", "Valor pago"], rows, g.pick(["plus", "pipe", "plain", "md"]))
    a = plaintiffs[0]
    doc.f("\n" + gw(a, "O primeiro autor", "A primeira autora") + " reside na «ad», «c»/«u», CEP «cep», e-mail «e», telefone «p», e receberá as comunicações em nome do grupo.\n",
          ad=(g.address(), "ADDRESS"), c=city, u=uf, cep=(g.cep(), "BR_CEP"), e=(g.email(a), "EMAIL_ADDRESS"), p=(lphone(g, uf), "PHONE_NUMBER"))
    cons, pres = g.person(), g.person()
    doc.f("\nI — DOS FATOS\n\nA turma contratou a ré em «d». Os pagamentos eram feitos por boleto e acompanhados pel«o» consultor«x» «c», que, em «d2», "
          "deixou de responder às mensagens. A presidente da comissão esteve na sede e a encontrou fechada. O baile, marcado para «d3» no «v», foi "
          "cancelado pelo salão por falta de pagamento. Registrou-se boletim de ocorrência e instaurou-se inquérito (autos nº «n»).\n",
          d=g.date("br", 2024), o=gw(cons, "o", "a"), x=gw(cons, "", "a"), c=P(g.pick([cons.full, cons.short])), d2=g.date("br", 2025),
          d3=g.date("br", 2025), v=g.pick(VENUES), n=cnj_of(g, uf))
    doc.t(f"\nII — DO DIREITO\n\nRelação de consumo ({g.pick(['Lei 8.078/1990', 'CDC'])}). Desconsideração da personalidade jurídica (art. 28 do CDC): a ré "
          "encerrou as atividades sem baixa e sem patrimônio.\n\nIII — DOS PEDIDOS\n\na) restituição em dobro dos valores pagos; b) danos morais de "
          f"{money(g, 5000, 15000)} por autor; c) inversão do ônus da prova.\n\nValor da causa: {money(g, 80000, 400000)}.\n\n{city}, {g.docdate()}.\n")
    adv = g.person()
    doc.f("\n«a»\n«o»«t»«e»\n", a=P(adv.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"), t=[V(" — "), (lphone(g, uf), "PHONE_NUMBER")] if g.chance(0.6) else "", e=[V(" — "), (g.email(adv, g.pick([None, f"{slug(adv.last)}adv.com.br"])), "EMAIL_ADDRESS")] if g.chance(0.6) else "")
    return doc


def ju_bo(g: Gen) -> Doc:
    """An online police report (delegacia eletrônica) of the committee's treasurer diverting the class's money (art. 168 of the Código
    Penal): field blocks for the nature, the place (the internet), and each party (the reporting president with birth date, RG, CPF,
    phone, e-mail, address, CEP; the treasurer as author with CPF, phone and address sometimes; a witness with phone); the narrative with
    the committee's and the treasurer's agency and account, a random Pix key, the firm's consultant by name; the duty clerk and the
    delegate who validated it."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    course, inst = turma(g)
    vit, aut, tes = g.person(), g.person(), g.person()
    n = f"{g.up(2)}{g.d(4)}-{g.ri(1, 9)}/{g.ri(2025, 2026)}"
    f1 = datetime.date(2025, g.ri(1, 9), g.ri(1, 28))
    f2 = f1 + datetime.timedelta(days=g.ri(20, 110))
    doc.f("BOLETIM DE OCORRÊNCIA ELETRÔNICO Nº «n»\nDelegacia Eletrônica — «c»/«u»\nNatureza: APROPRIAÇÃO INDÉBITA (art. 168 do Código Penal)\n"
          "Local do fato: via internet / transferências bancárias\nData do fato: entre «d1» e «d2»\n\n", n=clean(g, lambda: n), c=city, u=uf,
          d1=dbr(f1), d2=dbr(f2))
    doc.t("ENVOLVIDO 1 — COMUNICANTE / VÍTIMA (representante da comissão)\n")
    kv_block(doc, [("Nome", P(vit.full)), ("Nascimento", (sdob(g), "DATE_OF_BIRTH")), ("RG", (g.rg(), "BR_RG")), ("CPF", (g.cpf(), "BR_CPF")),
                   ("Telefone", (lphone(g, uf), "PHONE_NUMBER")), ("E-mail", (g.email(vit), "EMAIL_ADDRESS")), ("Endereço", (g.address(), "ADDRESS")),
                   ("CEP", (g.cep(), "BR_CEP"))], g.pick(["plain", "dots"]))
    doc.t("\nENVOLVIDO 2 — AUTOR\n")
    fields = [("Nome", P(aut.full)), ("CPF", (g.cpf(), "BR_CPF"))] + ([("RG", (g.rg(), "BR_RG"))] if g.chance(0.5) else []) + [("Telefone", (lphone(g, uf), "PHONE_NUMBER"))]
    if g.chance(0.5):
        fields.append(("Endereço", (g.address(), "ADDRESS")))
    if g.chance(0.3):
        fields.append(("Alcunha", P(g.pick(FREE_NICK))))
    kv_block(doc, fields, g.pick(["plain", "dots"]))
    w = g.person()
    doc.f("\nENVOLVIDO 3 — TESTEMUNHA\nNome: «w» — Telefone: «p»\n\nHISTÓRICO\n", w=P(w.full), p=(lphone(g, uf), "PHONE_NUMBER"))
    bank = g.pick(BANKS)[1]
    ea = gw(aut, "o autor", "a autora")
    doc.f(gw(vit, "O comunicante", "A comunicante") + ", presidente da comissão de formatura da turma «c», relata que " + ea + ", " + gw(aut, "eleito tesoureiro", "eleita tesoureira") + " em «d», tinha acesso à conta da comissão no "
          "«b» (agência «a», conta «cc») e transferiu «v» em «k» Pix para a conta pessoal " + gw(aut, "dele", "dela") + " (agência «a2», conta «c2») e para a chave aleatória «x». "
          "O valor correspondia às rifas e ao open bar. Ao ser " + gw(aut, "cobrado", "cobrada") + " no grupo, " + ea + " saiu e bloqueou os membros. «cons», consultor«o» da «f», confirmou "
          "que a parcela de «m» não foi repassada. Apresenta extratos e prints.\n",
          c=course, d=g.date("br", 2024), b=bank, a=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), v=money(g, 8000, 95000), k=g.ri(3, 14),
          a2=(g.agency(), "BANK_ACCOUNT"), c2=(g.account(), "BANK_ACCOUNT"), x=(g.uuid(), "PIX_KEY"), cons=P(g.pick([tes.full, tes.short])),
          o=gw(tes, "", "a"), f=short, m=g.pick(MONTHS))
    clerk, dele = g.person(), g.person()
    doc.f("\nRegistrado por: «a» (escrivã«o» de plantão)\nValidado por: «d», Delegad«o2» de Polícia\n", a=P(clerk.short), o="" if clerk.female else "o",
          d=P(dele.full), o2=gw(dele, "o", "a"))
    return doc


def ju_procon(g: Gen) -> Doc:
    """A consumer-protection office's file (Procon): the complaint form (consumer with CPF, RG, birth date, address, CEP, phone,
    e-mail; the supplier's CNPJ, its address not labelled; the complaint about an album never delivered or a name misspelt on the
    diploma frame), then the minutes of the conciliation hearing (the conciliator, the consumer, the firm's agent with RG, the firm's
    lawyer with OAB, the agreement with a refund to a Pix key that is a CPF or to agency and account)."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    con = g.person()
    doc.f("PROCON «c» — FICHA DE ATENDIMENTO Nº «n»\n\nCONSUMIDOR(A)\n", c=fold(city).upper(), n=proto(g))
    kv_block(doc, [("Nome", P(con.caps)), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("Data de nascimento", (sdob(g), "DATE_OF_BIRTH")),
                   ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (lphone(g, uf), "PHONE_NUMBER")),
                   ("Telefone 2", (lphone(g, uf, mobile=g.chance(0.5)), "PHONE_NUMBER")), ("E-mail", (g.email(con), "EMAIL_ADDRESS"))], g.pick(["box", "plain", "caps"]))
    doc.f("\nFORNECEDOR\nRazão social: «f»\nCNPJ: «c»\nEndereço: «a», «b», «ci»/«u» (sede)\n\nRELATO\n", f=firm, c=(g.any_cnpj(), "BR_CNPJ"),
          a=g.pick(["Av. Paulista, 1000, 12º andar", "Rua Bento Gonçalves, 455, sala 3", "Av. Prudente de Morais, 2100", "Alameda Aurora, 77"]), b=g.pick(BAIRROS), ci=city, u=uf)
    ph = g.person()
    issue = g.rng.random()
    if issue < 0.5:
        doc.f("Contratei o pacote de formatura (colação, baile e álbum) em «d». O álbum deveria ser entregue em 90 dias após o baile. Passados «m» meses, não recebi. "
              "O fotógrafo «p» disse que as fotos «x».\n", d=g.date("br", 2024), m=g.ri(5, 11), p=P(g.pick([ph.full, ph.first])),
              x=g.pick(["foram perdidas num HD", "estão com a empresa", "nunca foram pagas a ele"]))
    else:
        wrong = typo(con.full, g)
        doc.f("No quadro de formatura e no convite meu nome saiu errado («w»). Pedi correção em «d» e a empresa cobrou nova impressão.\n", w=P(wrong), d=g.date("br", 2025))
    conc, prep, adv = g.person(), g.person(), g.person()
    doc.f("\nATA DE AUDIÊNCIA DE CONCILIAÇÃO — «d»\nConciliador(a): «c»\nPresentes: «cc» «n»; pela reclamada, «p» (prepost«o», RG «rg»), "
          "acompanhad«o» de «a», «oab».\n", d=g.date("br", 2026), c=P(conc.full), n=P(con.full), p=P(prep.full), rg=(g.rg(), "BR_RG"), o=prep.o,
          a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), cc=gw(con, "o consumidor", "a consumidora"))
    if g.chance(0.5):
        doc.f("ACORDO: a reclamada devolverá «v» em até 10 dias por Pix na chave CPF «k», de titularidade d«o» consumid«r».\n", v=money(g, 800, 6000),
              k=(g.cpf(), "BR_CPF"), o=con.o, r=gw(con, "or", "ora"))
    else:
        doc.f("ACORDO: a reclamada entregará o álbum em 30 dias e pagará «v» na agência «a», conta «c» («b»), sob multa diária de R$ 100,00.\n",
              v=money(g, 300, 2500), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"), b=g.pick(BANKS)[1])
    doc.t(f"Fundamento: {g.pick(['Lei 8.078/1990', 'arts. 18 e 20 do CDC', 'art. 35 do CDC'])}.\n")
    return doc


def ju_sentenca(g: Gen) -> Doc:
    """A small-claims court judgment (Juizado Especial Cível): the header with the CNJ number and the parties (the student, a minor
    represented by the mother sometimes, with CPF; the firm with CNPJ), the report waived (art. 38 of Lei 9.099/1995), the reasoning
    naming the photographer, the DJ's firm, the committee's president and a witness heard; the award; the judge (or a lay judge and
    the judge who confirms) signing; the lawyers of both sides with OAB in the notice line."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    minor = g.chance(0.4)
    stu = g.person()
    mom = parent(g, stu, True)
    judge, lay, ph, wit, pres = g.person(), g.person(), g.person(), g.person(), g.person()
    a1, a2 = g.person(), g.person()
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO — «u»\n«v» JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»\n\nProcesso nº «n»\nRequerente: «s»",
          u=uf, v=g.pick(["1º", "2º", "3º"]), c=fold(city).upper(), n=cnj_of(g, uf), s=P(stu.caps))
    if minor:
        doc.f(", menor, representad«o» por sua mãe «m», CPF «c»", o=stu.o, m=P(mom.caps), c=(g.cpf(), "BR_CPF"))
    else:
        doc.f(", CPF «c»", c=(g.cpf(), "BR_CPF"))
    doc.f("\nRequerida: «f» — CNPJ «c»\n\nSENTENÇA\n\nDispensado o relatório (art. 38 da Lei 9.099/1995). Fundamento e decido.\n\n", f=firm.upper(),
          c=(g.any_cnpj(), "BR_CNPJ"))
    bad = g.pick(["as fotos da colação foram entregues com o rosto de outra formanda", "o nome d«o» autor«a» foi omitido na leitura da colação",
                  "a valsa com o pai foi cortada do vídeo", "o álbum veio com 40 fotos a menos"])
    bad = bad.replace("«o»", stu.o).replace("«a»", gw(stu, "", "a"))
    doc.f("Incontroverso que «b». O fotógrafo «p», ouvido como informante, admitiu a falha do estúdio terceirizado. A testemunha «w», colega de turma, "
          "confirmou o constrangimento na festa. A presidente da comissão relatou que a ré só respondeu após notificação. A responsabilidade é objetiva "
          "(art. 14 da Lei 8.078/1990). Ressalvo que a contratação da «band» pela comissão não altera a conclusão.\n\n",
          b=bad, p=P(ph.full), w=P(g.pick([wit.full, wit.short])) if g.chance(0.5) else "ouvida em audiência", band=g.pick(BANDS))
    doc.f("Ante o exposto, JULGO PROCEDENTE o pedido para condenar a requerida a pagar «v» a título de danos morais, com correção desde a publicação, "
          "e a refazer o material em 30 dias.\n\nSem custas e honorários (art. 55 da Lei 9.099/1995).\n\n«c», «d».\n\n", v=money(g, 2000, 10000), c=city, d=g.docdate())
    if g.chance(0.3):
        doc.f("«l»\n«a»\n\nHomologo o projeto de sentença (art. 40 da Lei 9.099/1995).\n«j»\n«b» de Direito\n", l=P(lay.full), a=gw(lay, "Juiz Leigo", "Juíza Leiga"),
              j=P(judge.full), b=gw(judge, "Juiz", "Juíza"))
    else:
        doc.f("«j»\n«b» de Direito\n", j=P(g.pick([judge.full, judge.caps])), b=gw(judge, "Juiz", "Juíza"))
    doc.f("\nIntimem-se: «a» («oa»), pel«o1» requerente; «b» («ob»), pela requerida.\n", a=P(a1.short), oa=(g.council("OAB", uf), "PROFESSIONAL_ID"), o1=stu.o,
          b=P(a2.short), ob=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_autorizacao(g: Gen) -> Doc:
    """A parent's authorisation for a minor to travel without the parents (Resolução CNJ 295/2019, art. 83 of the ECA), for the senior
    class's trip: the parent (RG, CPF, address, CEP, phone, e-mail sometimes), the other parent sometimes, the minor (birth date, RG or
    the birth certificate's registration number, which is not labelled), the companion named by the travel firm (its guide or
    coordinator with RG and CPF), the dates; the notary's recognition of the signature by authenticity with the clerk's name (the
    seal not labelled)."""
    doc = Doc()
    city, uf = where(g)
    trav, tdom, tshort = g.pick(TRAVEL)
    course, school = turma(g, high=True)
    par = g.person()
    kid = g.relative(par)
    comp = g.person()
    caps = g.chance(0.3)
    up = (lambda s: fold(s).upper()) if caps else (lambda s: s)
    signed_on = datetime.date(2026, g.ri(1, 6), g.ri(1, 28))
    trip = datetime.date(2026, g.ri(7, 12), g.ri(1, 20))
    doc.t(up("AUTORIZAÇÃO DE VIAGEM NACIONAL PARA CRIANÇA OU ADOLESCENTE DESACOMPANHADO(A) DOS PAIS\n(Resolução CNJ 295/2019 — art. 83 da Lei 8.069/1990)\n\n"))
    doc.t(up("Eu, "))
    doc.e(par.capsf if caps else par.full, "PERSON")
    doc.f(up(", portador" + gw(par, "", "a") + " do RG nº ") + "«r»" + up(" e do CPF nº ") + "«c»" + up(", residente na ") + "«a»" + up(f", {city}/{uf}, CEP ") + "«cep»"
          + up(", telefone ") + "«t»", r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"), a=(g.address("caps" if caps else "text"), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          t=(lphone(g, uf), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f(up(", e-mail ") + "«e»", e=(g.email(par), "EMAIL_ADDRESS"))
    doc.t(up(", na qualidade de " + gw(par, "pai", "mãe") + ", AUTORIZO " + gw(kid, "meu filho ", "minha filha ")))
    doc.e(kid.capsf if caps else kid.full, "PERSON")
    doc.f(up(", nascid" + kid.o + " em ") + "«d»" + up(", "), d=(sdob(g, minor=True, fmt="br"), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        doc.f(up("CPF nº ") + "«c»" + up(", "), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f(up("RG nº ") + "«r»", r=(g.rg(), "BR_RG"))
    else:
        doc.t(up("certidão de nascimento matrícula " + clean(g, lambda: f"{g.d(6)} 01 55 {g.d(4)} 1 {g.d(5)} {g.d(3)} {g.d(7)} {g.d(2)}")))
    doc.f(up(f", a viajar a PORTO SEGURO/BA, na viagem de formatura do {course} do {school}, organizada por {trav}, de ") + "«d1»" + up(" a ") + "«d2»"
          + up(", acompanhad" + kid.o + " de ") + "«c»" + up(", RG ") + "«r»" + up(", CPF ") + "«cpf»" + up(", guia da operadora.\n"),
          d1=dbr(trip), d2=dbr(trip + datetime.timedelta(days=g.ri(5, 8))), c=P(comp.capsf if caps else comp.full), r=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"))
    if g.chance(0.4):
        o = g.relative(kid, not par.female)
        doc.f(up("Anuência d" + gw(o, "o pai", "a mãe") + ": ") + "«o»" + up(", CPF ") + "«c».\n", o=P(o.capsf if caps else o.full), c=(g.cpf(), "BR_CPF"))
    doc.t(up(f"Esta autorização é válida até o retorno da viagem.\n\n{city}, {dbr(signed_on, 'long')}.\n"))
    signed(g, doc, par, gw(par, "Pai", "Mãe"), caps=caps)
    clerk = g.person()
    doc.f("\nRECONHEÇO por AUTENTICIDADE a firma de «p». «c», «d». Em testemunho da verdade.\n«e» — Escrevente autorizad«o»\nSelo digital: «s»\n",
          p=P(par.capsf), c=city, d=dbr(signed_on + datetime.timedelta(days=g.ri(0, 12))), e=P(g.pick([clerk.full, clerk.short])), o=clerk.o,
          s=clean(g, lambda: f"{g.up(3)}{g.d(5)}-{g.hexs(4, True)}"))
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """A data-subject request under the LGPD about photos: the privacy portal's request record (name, CPF, e-mail, phone, the IP and
    time of the request), then the DPO's answer by e-mail with the inventory of the data the firm holds about her or him (a table with
    the values themselves: name, CPF, birth date, phone, e-mail, address, CEP), the photographer and the social-media analyst by name,
    and the DPO's signature with a corporate e-mail."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    sub = g.person()
    dpo, ph, sm = g.person(), g.person(), g.person()
    cpf, mail, tel = g.cpf(), g.email(sub), lphone(g, uf)
    t_req = g.moment()
    req = clean(g, lambda: f"LGPD-{t_req.year}-{g.d(5)}")
    doc.f("=== Portal de Privacidade «f» — solicitação «r» ===\n", f=short, r=req)
    fields = [("titular", P(sub.full)), ("cpf", (cpf, "BR_CPF")), ("email", (mail, "EMAIL_ADDRESS")), ("telefone", (tel, "PHONE_NUMBER")),
              ("tipo", V(g.pick(["eliminação de dados", "revogação de consentimento (imagem)", "acesso e eliminação"]))),
              ("ip_origem", (g.ip(), "IP_ADDRESS")), ("recebido_em", V(ts(t_req, "iso")))]
    for k, (v, lab) in fields:
        doc.t(f"{k:<12}= ")
        doc.e(v, lab)
        doc.t("\n")
    doc.f("mensagem    = \"Quero que tirem minhas fotos do Instagram e do site de vocês. Nunca autorizei. O fotógrafo «p» disse que era só pro álbum.\"\n\n",
          p=P(g.pick([ph.first, ph.full])))
    t = t_req + datetime.timedelta(days=g.ri(2, 14), hours=g.ri(1, 9))
    doc.f("From: «n» <«e»>\nTo: «s»\nDate: «d»\nSubject: Re: Solicitação «r»\n\n", n=P(dpo.full), e=(corp_mail(dpo, dom, g), "EMAIL_ADDRESS"), s=(mail, "EMAIL_ADDRESS"),
          d=mail_date(t), r=req)
    doc.f("Prezad«o» «n»,\n\nAs publicações com sua imagem foram removidas do perfil da «f» por «m». As fotos ficam no arquivo do "
          "álbum contratado pela comissão até a entrega, conforme o contrato. Abaixo, os dados que tratamos a seu respeito (art. 18 da Lei 13.709/2018):\n\n",
          o=sub.o, n=P(sub.first) if g.chance(0.5) else "titular", f=short, m=[P(g.pick([sm.full, sm.short])), V(", da equipe de mídias sociais")] if g.chance(0.5) else "nossa equipe de mídias sociais")
    rows = [[V("Nome"), P(sub.full), V("adesão")], [V("CPF"), (cpf, "BR_CPF"), V("adesão / boletos")], [V("RG"), (g.rg(), "BR_RG"), V("adesão")],
            [V("Data de nascimento"), (sdob(g), "DATE_OF_BIRTH"), V("adesão")], [V("Telefone"), (tel, "PHONE_NUMBER"), V("adesão / WhatsApp")],
            [V("E-mail"), (mail, "EMAIL_ADDRESS"), V("adesão")], [V("Endereço"), (g.address(), "ADDRESS"), V("entrega do álbum")],
            [V("CEP"), (g.cep(), "BR_CEP"), V("entrega do álbum")], [V("Fotos e vídeos"), V(f"{g.ri(80, 900)} arquivos"), V("ensaio, colação, baile")]]
    table_ruled(doc, ["Dado", "Valor", "Origem"], rows, g.pick(["plus", "md", "plain"]))
    doc.f("\nAtenciosamente,\n«n»\nEncarregad«o» de Proteção de Dados — dpo@«d»\n", n=P(dpo.full), o=dpo.o, d=dom)
    return doc


# ------------------------------------------------------------------ saude

def sa_posto(g: Gen) -> Doc:
    """The first-aid post's log at the ball (posto médico do evento): the team (physician with CRM, nurse with COREN, a technician, the
    fire-brigade members by name), the ambulance's plate; the attendance table (time, name cut at the width, age or birth date, complaint
    with ICD-10 code, conduct, outcome); notes on a removal to hospital with the companion and a phone."""
    doc = Doc()
    city, uf = where(g)
    venue = g.pick(VENUES)
    course, inst = turma(g)
    med, enf, tec = g.person(), g.person(True if g.chance(0.7) else False), g.person()
    brig = [g.person()] if g.chance(0.3) else []
    doc.f("POSTO MÉDICO — BAILE DE GALA «c» — «v» — «d»\nEquipe: «m» («cm»); «e» («ce»); técnico(a) de enfermagem «t»«b»\nUSA de prontidão: placa «p»\n\n",
          c=fold(course).upper(), v=venue, d=g.date("br", 2025), m=P(med.full), cm=(g.council("CRM", uf), "PROFESSIONAL_ID"), e=P(enf.full),
          ce=(g.council("COREN", uf), "PROFESSIONAL_ID"), t=(f"COREN-{uf} {g.ri(100000, 999999)}-TE", "PROFESSIONAL_ID"),
          b=[V("; brigadista "), P(brig[0].short)] if brig else "", p=(g.plate(), "LICENSE_PLATE"))
    W = g.ri(24, 30)
    doc.t("HORA   " + "NOME".ljust(W) + "  IDADE/DN     QUEIXA (CID)                     CONDUTA / DESTINO\n")
    doc.t("-" * (W + 90) + "\n")
    removed = None
    nrows = g.ri(3, 5)
    times = sorted(((g.pick([22, 23, 24, 25, 26, 27]) * 60 + g.ri(0, 59)) for _ in range(nrows)))
    rem_at = g.ri(0, nrows - 1)
    for k in range(nrows):
        p = g.person()
        cid, what = g.pick(CIDS[:7] + CIDS[9:11])
        hh, mi = divmod(times[k], 60)
        doc.t(f"{hh % 24:02d}:{mi:02d}  ")
        doc.cell(cut(g.pick([p.caps, p.full]), W), W, "PERSON")
        doc.t("  ")
        if g.chance(0.75):
            dob = sdob(g, fmt="br")
            doc.cell(dob, 11, "DATE_OF_BIRTH")
        else:
            doc.cell(f"{g.ri(19, 62)} anos", 11)
        doc.t("  ")
        q = f"{what} ({cid})"
        doc.t(q.ljust(31) + "  ")
        out = "REMOVID" + ("A" if p.female else "O") + " AO HOSPITAL" if k == rem_at else g.pick(
            ["hidratação, glicose, observação; alta com acompanhante", "curativo; alta", "dipirona EV; alta", "soro, antiemético; alta", "orientações; recusou remoção"])
        doc.t(out + "\n")
        if k == rem_at:
            removed, rem_time = p, times[k] + g.ri(10, 40)
    comp = g.relative(removed) if g.chance(0.5) else g.person()
    doc.f("\nOBS.: «r» (CNS «cns») removid«o» pela USA ao «h» às «hh»; acompanhante «c» (tel. «t»).\n", r=P(removed.short), o=removed.o,
          cns=(g.cns(), "BR_CNS"), h=g.pick(HOSP), hh=f"{(rem_time // 60) % 24:02d}:{rem_time % 60:02d}", c=P(comp.full), t=(lphone(g, uf), "PHONE_NUMBER"))
    doc.t(f"Consumo de álcool por menores: nenhum registrado. {g.pick(['Seria prudente reforçar a água nas mesas.', 'Salão sem luz de emergência no mezanino.', word_neg(g)])}\n")
    doc.t(f"Encerramento do posto: {g.pick(['05:10', '05:40', '06:00'])}. Escala da equipe anexa.\n")
    return doc


def sa_ficha(g: Gen) -> Doc:
    """The traveller's health form of the senior trip (ficha de saúde do viajante), a boxed form with (X) checkboxes: the minor's
    name, birth date, CPF, CNS; the health plan and card number (not labelled), blood type, allergies, medicines, conditions; two
    emergency contacts with phones; the family doctor with CRM sometimes; the parent's signature with CPF."""
    doc = Doc()
    city, uf = where(g)
    trav, tdom, tshort = g.pick(TRAVEL)
    course, school = turma(g, high=True)
    kid = g.person()
    par = parent(g, kid)
    W = 86
    line = "+" + "-" * W + "+\n"

    def row(parts: list) -> None:
        used = sum(len(s) for s, _ in parts)
        doc.t("| ")
        for s, lab in parts:
            doc.e(s, lab)
        doc.t(" " * max(0, W - 2 - used) + " |\n")

    doc.t(line)
    row([V(f"{tshort.upper()} — FICHA DE SAÚDE DO VIAJANTE")])
    row([V(f"{course} — {school}")])
    doc.t(line)
    row([V("Nome: "), P(kid.caps)])
    row([V("Nascimento: "), (sdob(g, minor=True, fmt="br"), "DATE_OF_BIRTH"), V("   CPF: "), (g.cpf(), "BR_CPF")])
    row([V("RG: "), (g.rg(), "BR_RG"), V("   CNS: "), (g.cns(), "BR_CNS"), V(f"   Tipo sang.: {g.pick(['O+', 'A+', 'B+', 'AB+', 'O-', 'A-'])}")])
    row([V("Endereço: "), (g.address(), "ADDRESS"), V("   CEP: "), (g.cep(), "BR_CEP")])
    plan = g.pick(["Unimed", "Bradesco Saúde", "Amil", "SulAmérica", "Hapvida", "nenhum"])
    card = clean(g, lambda: f"{g.d(4)} {g.d(4)} {g.d(4)} {g.d(4)}") if plan != "nenhum" else "—"
    row([V(f"Plano de saúde: {plan}   Carteirinha: {card}")])
    doc.t(line)
    alls = g.pick(["camarão", "dipirona", "amendoim", "picada de inseto", "lactose", "penicilina"])
    al = g.chance(0.5)
    row([V(f"Alergias: ({'X' if al else ' '}) Sim ({' ' if al else 'X'}) Não   Quais: {alls if al else ''}")])
    mcs = g.pick(["asma (bombinha de salbutamol)", "diabetes tipo 1 (insulina)", "enxaqueca", "ansiedade (sertralina 50 mg)", "—"])
    row([V(f"Condições/medicamentos de uso contínuo: {mcs}")])
    sw = g.chance(0.8)
    row([V(f"Sabe nadar? ({'X' if sw else ' '}) Sim ({' ' if sw else 'X'}) Não   Enjoa em ônibus? ( ) Sim (X) Não")])
    doc.t(line)
    row([V("CONTATOS DE EMERGÊNCIA")])
    c2 = g.relative(kid, not par.female) if g.chance(0.6) else g.person()
    for p, rel in ((par, gw(par, "pai", "mãe")), (c2, g.pick(["pai" if not c2.female else "mãe", "tia" if c2.female else "tio", "avó" if c2.female else "avô"]))):
        row([V("1) " if p is par else "2) "), P(g.pick([p.full, p.short])), V(f" ({rel}) — "), (lphone(g, uf), "PHONE_NUMBER")])
        if p is par and g.chance(0.6):
            row([V("   e-mail: "), (g.email(p), "EMAIL_ADDRESS")])
    if g.chance(0.5):
        doc_ = g.person()
        row([V("Médico(a) assistente: "), P(doc_.short), V(" — "), (g.council("CRM", uf), "PROFESSIONAL_ID")])
    doc.t(line)
    row([V("Declaro verdadeiras as informações. Responsável: "), P(par.full)])
    row([V("CPF do responsável: "), (g.cpf(), "BR_CPF"), V(f"   Data: {g.date('br', 2025)}")])
    doc.t(line)
    return doc


def sa_assist(g: Gen) -> Doc:
    """The travel-assistance company's case file for a student taken ill on the trip, as a timeline: the insured's name, CPF, birth
    date (voucher and case numbers not labelled); the guide's call with a phone; the provider (a hospital in Porto Seguro) and the
    physician with a CRM of Bahia; the diagnosis with ICD-10 code; calls to the mother with her phone; the reimbursement of a pharmacy
    receipt to agency and account or a Pix key; the analyst closing the case."""
    doc = Doc()
    city, uf = where(g)
    trav, tdom, tshort = g.pick(TRAVEL)
    stu = g.person()
    mom = parent(g, stu, True)
    guide, med, an = g.person(), g.person(), g.person()
    doc.f("ASSISTÊNCIA VIAGEM NACIONAL — CASO «c»\nVoucher: «v» · Contratante: «t»\nSegurado(a): «n» · CPF «cpf» · Nasc. «d»\nResidência: «a» — «ci»/«u» — CEP «cep»\n\n",
          c=clean(g, lambda: f"BA-{g.ri(2025, 2026)}-{g.d(6)}"), v=clean(g, lambda: f"{g.up(3)}-{g.d(8)}"), t=trav, n=P(stu.caps), cpf=(g.cpf(), "BR_CPF"),
          d=(sdob(g, minor=g.chance(0.6)), "DATE_OF_BIRTH"), a=(g.address(), "ADDRESS"), ci=city, u=uf, cep=(g.cep(), "BR_CEP"))
    cid, what, q = g.pick([("K35.8", "apendicite aguda", "dor abdominal e febre"), ("A09", "gastroenterite", "vômitos desde a tarde"),
                            ("S93.4", "entorse do tornozelo", "dor no tornozelo após queda na praia"), ("L55.1", "queimadura solar de 2º grau", "bolhas nas costas"),
                            ("T63.6", "contato com água-viva", "queimação na perna após banho de mar"), ("J03.9", "amigdalite aguda", "dor de garganta e febre")])
    hosp = g.pick(HOSP_BA)
    t = iter(seq_times(g, 12, g.moment(hours=(18, 23)), 600, 14000))
    doc.f("«t» — Ligação d«o» guia «g» («p»): segurad«o2» com «q». Solicita atendimento.\n", t=ts(next(t), "br"), o=guide.o, g=P(g.pick([guide.full, guide.short])),
          p=(lphone(g, g.pick([uf, "BA"]), style=g.pick(["plain", "dash", "raw"])), "PHONE_NUMBER"), o2=stu.o, q=q)
    doc.f("«t» — Prestador acionado: «h» (Porto Seguro/BA). «x»\n", t=ts(next(t), "br"), h=hosp,
          x=[V("Cartão SUS informado: "), (g.cns(), "BR_CNS"), V(".")] if g.chance(0.7) else "Sem cartão SUS em mãos.")
    doc.f("«t» — Atendid«o» por «d» «m», «c». Hipótese: «w» («cid»).«x»\n", t=ts(next(t), "br"), o=stu.o, d=dr(med), m=P(med.full),
          c=(g.council("CRM", "BA"), "PROFESSIONAL_ID"), w=what, cid=cid, x=" Indicada cirurgia; autorizada pela central." if cid == "K35.8" else " Medicad" + stu.o + " e liberad" + stu.o + ".")
    doc.f("«t» — Contato com a mãe, «m», «p». Informada do quadro.\n", t=ts(next(t), "br"), m=P(g.pick([mom.full, mom.first])), p=(lphone(g, uf), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("«t» — Mãe informa segundo número: «p».\n", t=ts(next(t), "br"), p=(lphone(g, uf), "PHONE_NUMBER"))
    doc.f("«t» — Reembolso solicitado: recibo da farmácia «v».", t=ts(next(t), "br"), v=money(g, 40, 380))
    if g.chance(0.5):
        doc.f(" Crédito em conta de «m»: agência «a», conta «c».\n", m=P(mom.short), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        kind, key = pix_key(g, mom)
        doc.f(" Pix («k») «x».\n", k=kind, x=key)
    doc.f("«t» — Caso encerrado por «a». «w»\n", t=ts(next(t), "br"), a=P(g.pick([an.full, an.short])),
          w=g.pick(["Sem pendências.", "Relatório enviado a reembolso@" + tdom + ".", "A luz do quarto falhou; não relacionado ao caso."]))
    return doc


def sa_gabinete(g: Gen) -> Doc:
    """A student's request for a graduation in the dean's office (colação em gabinete) because of illness, typed in the academic
    portal (name, RA not labelled, course, CPF, e-mail, phone), with the medical certificate attached and OCR'd (the name OCR-damaged,
    RG printed clean, ICD-10 code, the physician with CRM); and the registrar's dispatch signed by a staff member."""
    doc = Doc()
    city, uf = where(g)
    course, inst = turma(g)
    stu, med, sec = g.person(), g.person(), g.person()
    doc.f("«i» — Secretaria Acadêmica — Requerimento nº «n»\nAssunto: Colação de grau em gabinete (motivo de saúde)\n\n", i=inst, n=proto(g))
    fields = [("Aluno(a)", P(stu.full)), ("RA", V(ra(g))), ("Curso/turma", V(course)), ("Data de nascimento", (sdob(g), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF")),
              ("E-mail", (g.email(stu), "EMAIL_ADDRESS")), ("Celular", (lphone(g, uf), "PHONE_NUMBER"))]
    if g.chance(0.5):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    kv_block(doc, fields, g.pick(["plain", "dots"]))
    sol = datetime.date(2026, g.ri(2, 7), g.ri(1, 28))
    doc.f("\nJustificativa: não poderei comparecer à colação solene de «d» por estar em tratamento. Anexo atestado.\n\n--- ANEXO 1 (digitalizado, OCR) ---\n",
          d=dbr(sol))
    cid = g.pick(["S82.6", "F32.1", "K80.0", "O26.9", "A90", "M54.5", "S42.0"])
    doc.t(ocr_t("ATESTADO MÉDICO\n\nAtesto, para os devidos fins, que ", g, 0.25))
    doc.e(ocr(stu.full, g, 0.5, names=True), "PERSON")
    doc.f(ocr_t(", portador«x» do RG «r», esteve sob meus cuidados e necessita de afastamento de «n» dias a partir desta data, estando impossibilitad«o» "
                "de comparecer a eventos públicos.\nCID: «c»\n", g, 0.25), x=gw(stu, "", "a"), r=(g.rg(), "BR_RG"), n=g.ri(7, 45), o=stu.o, c=cid)
    doc.f(ocr_t("«cc», «d»\n", g, 0.2), cc=city, d=dbr(sol - datetime.timedelta(days=g.ri(3, 15)), "long"))
    doc.t(dr(med) + " ")
    doc.e(ocr(med.full, g, 0.4, names=True), "PERSON")
    doc.t("\n")
    doc.e(g.council("CRM", uf), "PROFESSIONAL_ID")
    doc.t("\n--- FIM DO ANEXO ---\n\n")
    doc.f("DESPACHO: Deferido. Colação em gabinete em «d», às «h», na sala da Reitoria, com a presença de «n» familiares. Publique-se.\n«s» — Secretaria Acadêmica\n",
          d=dbr(sol + datetime.timedelta(days=g.ri(10, 40))), h=f"{g.ri(9, 17)}:{g.pick(['00', '30'])}", n=g.ri(2, 5), s=P(g.pick([sec.full, sec.short])))
    return doc


def sa_aso(g: Gen) -> Doc:
    """The occupational clinic's list of admission exams (ASO) of the temporary staff hired for the ball (waiters, security, stage
    hands, cleaners): the clinic's CNPJ; a CSV or ruled table of name, CPF, birth date, job (CBO code not labelled), exam, result; the
    examining physician and the PCMSO coordinator with CRM; a note on an unfit worker (ICD-10 not labelled) with the HR contact's
    corporate e-mail."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    clinic = g.pick(["Clínica Ocupacional Aurora", "MedTrabalho Bento Amado", "Clínica Santa Luz Saúde Ocupacional", "OcupaVida Leão"])
    exa, coord, hr = g.person(), g.person(), g.person()
    doc.f("«c» — CNPJ «cn»\nRelação de ASOs admissionais — contratante: «f» — evento: Baile «v» («d»)\n\n", c=clinic, cn=(g.any_cnpj(), "BR_CNPJ"), f=firm,
          v=g.pick(VENUES), d=g.date("br", 2025))
    jobs = [("garçom", "5134-05"), ("vigilante", "5173-30"), ("auxiliar de limpeza", "5143-20"), ("montador de palco", "3741-45"), ("recepcionista", "4221-05"),
            ("barman", "5134-20")]
    rows, unfit = [], None
    with_rg = g.chance(0.5)
    for _ in range(g.ri(3, 5)):
        p = g.person()
        j = g.pick(jobs)
        res = "APTO" if g.chance(0.85) else "INAPTO"
        if res == "INAPTO" and unfit is None:
            unfit = p
        rows.append([P(g.pick([p.caps, p.full])), (g.cpf(), "BR_CPF"), (g.pis(), "BR_PIS")] + ([(g.rg(), "BR_RG")] if with_rg else [])
                    + [(g.dob(g.pick(["br", "iso"]), 1960, 2006), "DATE_OF_BIRTH"), V(j[0]), V(j[1]), V("admissional"), V(res)])
    cols = ["nome", "cpf", "nit"] + (["rg"] if with_rg else []) + ["nascimento", "função", "CBO", "exame", "resultado"]
    if g.chance(0.5):
        table_csv(doc, cols, rows, g.pick([";", ","]))
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "psql", "plain"]))
    doc.f("\nMédico(a) examinador(a): «e» — «ce»\nCoordenador(a) do PCMSO: «c» — «cc»\n", e=P(exa.full), ce=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          c=P(coord.full), cc=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if unfit:
        doc.f("\nObs.: «u» considerad«o» inapt«o» (PA 170x110, I10); encaminhad«o» à UBS. Comunicado a «h» («e»).\n", u=P(unfit.short), o=unfit.o,
              h=P(hr.full) if g.chance(0.5) else "RH da contratante", e=(corp_mail(hr, dom, g), "EMAIL_ADDRESS"))
    else:
        doc.f("\nTodos aptos. Cópias enviadas a «h» («e») e a rh@«d».\n", h=P(hr.full), e=(corp_mail(hr, dom, g), "EMAIL_ADDRESS"), d=dom)
    return doc


def sa_email(g: Gen) -> Doc:
    """An e-mail thread before the trip about a student with type 1 diabetes (E10.9): the mother writes to the trip's coordinator
    (name and e-mail in the first headers, bare addresses in the replies, the X-Originating-IP), the coordinator answers copying the
    trip's nurse (COREN), the mother's reply quoting the endocrinologist's letter (physician with CRM and a clinic phone), a roommate
    by first name, the father's phone."""
    doc = Doc()
    city, uf = where(g)
    trav, tdom, tshort = g.pick(TRAVEL)
    course, school = turma(g, high=True)
    kid = g.person()
    mom = parent(g, kid, True)
    dad = g.relative(kid, False)
    coord, nurse, endo = g.person(), g.person(True if g.chance(0.7) else False), g.person()
    mm, cm, nm = g.email(mom), corp_mail(coord, tdom, g), corp_mail(nurse, tdom, g)
    t0 = g.moment()
    doc.f("From: «n» <«e»>\nTo: «ce»\nDate: «d»\nSubject: Viagem Porto Seguro — diabetes\nX-Originating-IP: [«ip»]\n\n",
          n=P(mom.full), e=(mm, "EMAIL_ADDRESS"), ce=(cm, "EMAIL_ADDRESS"), d=mail_date(t0), ip=(g.ip_pub(), "IP_ADDRESS"))
    doc.f("Olá. Minha filha tem diabetes tipo 1 (E10.9), usa insulina e sensor de glicose. Preciso saber se o hotel tem frigobar no quarto e quem vai "
          "acompanhar. Ela quer ficar com a «a».\nObrigada\n«t»\n\n", a=P(g.pick([g.person(True).first, g.person(True).nick])), t=(lphone(g, uf), "PHONE_NUMBER"))
    t1 = t0 + datetime.timedelta(hours=g.ri(2, 30))
    doc.f("From: «c»«ce»\nTo: «e»\nCc: «ne»\nDate: «d»\nSubject: RE: Viagem Porto Seguro — diabetes\n\n", c=[P(coord.full), V(" <")] if g.chance(0.5) else V("<"), ce=[(cm, "EMAIL_ADDRESS"), V(">")],
          e=(mm, "EMAIL_ADDRESS"), ne=(nm, "EMAIL_ADDRESS"), d=mail_date(t1))
    doc.f("Prezada senhora, a viagem tem enfermeir«o» acompanhante, «n» («c»), em cópia. O «h» tem frigobar em todos os apartamentos. Pedimos o relatório "
          "médico com a prescrição e um telefone de emergência.\nCoordenação de Viagens — «f»\n\n", o=nurse.o, n=P(nurse.short),
          c=(g.pick([f"COREN-{uf} {g.ri(100000, 999999)}-ENF", f"COREN/BA {g.ri(100000, 999999)}"]), "PROFESSIONAL_ID"), h=g.pick(HOTELS), f=tshort)
    t2 = t1 + datetime.timedelta(hours=g.ri(2, 30))
    doc.f("From: «e»\nTo: «ce»\nCc: «ne»\nDate: «d»\nSubject: RE: RE: Viagem Porto Seguro\n\nSegue o relatório. Em emergência, o pai: «dn», «dp»«x».\n\n",
          e=(mm, "EMAIL_ADDRESS"), ce=(cm, "EMAIL_ADDRESS"), ne=(nm, "EMAIL_ADDRESS"), d=mail_date(t2), dn=P(g.pick([dad.full, dad.first])) if g.chance(0.5) else "celular",
          dp=(lphone(g, uf), "PHONE_NUMBER"), x=[V("; o meu: "), (lphone(g, uf), "PHONE_NUMBER")] if g.chance(0.5) else "")
    doc.f("> RELATÓRIO MÉDICO\n> Paciente: «k», nascida em «b». DM1 desde os «a» anos. Insulina glargina 18 UI às 22h e asparte conforme contagem de carboidratos.\n"
          "> Em hipoglicemia: 15 g de carboidrato simples e nova medida em 15 min.\n> «d» «e» — «c» — Endocrinologia — «p»\n",
          k=P(kid.full), b=(sdob(g, minor=True), "DATE_OF_BIRTH"), a=g.ri(5, 13), d=dr(endo), e=P(endo.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          p=(lphone(g, uf, mobile=False), "PHONE_NUMBER"))
    return doc


def sa_tele(g: Gen) -> Doc:
    """The telemedicine platform's consultation export (pretty JSON) for a student on the trip: patient (name, CPF, birth date, CNS
    sometimes, phone, e-mail, home address and CEP), the companion (the guide), the physician (name, CRM), the session's public IP and a
    private one, the complaint, ICD-10 code and prescription (not labelled), the consultation id (not labelled)."""
    doc = Doc()
    city, uf = where(g)
    stu, med, guide = g.person(), g.person(), g.person()
    cid, what = g.pick(CIDS)
    pat = {"nome": P(stu.full), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), "data_nascimento": (sdob(g, fmt="iso"), "DATE_OF_BIRTH")}
    if g.chance(0.8):
        pat["cns"] = (g.cns(False), "BR_CNS")
    pat.update({"telefone": (lphone(g, uf, style=g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"), "email": (g.email(stu), "EMAIL_ADDRESS"),
                "endereco": {"logradouro": (g.address(), "ADDRESS"), "cidade": city, "uf": uf, "cep": (g.cep(g.chance(0.5)), "BR_CEP")}})
    obj = {"consulta_id": clean(g, lambda: g.hexs(24)), "plataforma": "TeleSereno v3", "inicio": ts(g.moment(), "iso"), "duracao_min": g.ri(6, 24),
           "paciente": pat,
           "acompanhante": {"nome": P(g.pick([guide.full, guide.short])), "vinculo": "guia da viagem de formatura", "telefone": (lphone(g, "BA"), "PHONE_NUMBER")},
           "contato_emergencia_tel": (lphone(g, uf), "PHONE_NUMBER"),
           "medico": {"nome": P(med.full), "crm": (g.council("CRM", g.pick(UFS)), "PROFESSIONAL_ID")},
           "sessao": {"ip_paciente": (g.ip(), "IP_ADDRESS"), "ip_gateway": g.ip_priv(), "dispositivo": g.pick(["Android 14", "iOS 17.5", "Android 13"])},
           "queixa": g.pick(["vermelhidão e ardor após dia de praia", "enjoo e vômitos após a festa", "dor no pé após corte em pedra",
                             "coceira e placas após comer camarão", "falta de ar leve", "dor de barriga desde ontem"]),
           "cid10": cid, "conduta": g.pick(["hidratação oral e repouso", "antialérgico por 5 dias", "curativo e observação", "procurar PA se piorar"]),
           "receita_id": clean(g, lambda: f"RX-{g.d(6)}")}
    jval(doc, obj, 0)
    doc.t("\n")
    return doc


# ------------------------------------------------------------------ financeiro

def fi_extrato(g: Gen) -> Doc:
    """The firm's ERP report of a class's instalments, printed fixed-width: the firm's CNPJ, the class and contract; a row per student
    (name cut at the width, CPF, instalments paid, late, balance; the student's code not labelled); a defaulter flagged with the
    collector's name; totals; the analyst who printed it."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    course, inst = turma(g)
    an = g.person()
    doc.f("«f»  CNPJ «c»\nRELATÓRIO DE PARCELAS POR FORMANDO — TURMA «t» — CONTRATO «n»\nEmitido em «d» por «a»\n\n", f=firm.upper(), c=(g.cnpj(), "BR_CNPJ"),
          t=fold(course).upper(), n=adesao(g), d=ts(g.moment(), "br"), a=P(an.short) if g.chance(0.5) else login(an, g))
    W = g.ri(26, 32)
    doc.t("CÓD.    " + "FORMANDO".ljust(W) + "  CPF             FONE              PAGAS  ATRASO        SALDO\n" + "=" * (W + 74) + "\n")
    tot = 0.0
    late = []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        tot_p = g.pick([24, 30, 36])
        paid = g.ri(2, tot_p - 1)
        lt = g.pick([0, 0, 0, 0, 1, 2, 5])
        bal = g.ri(500, 15000) + 0.5 * g.ri(0, 1)
        tot += bal
        doc.t(f"{g.d(5)}   ")
        doc.cell(cut(p.capsf, W), W, "PERSON")
        doc.t("  ")
        doc.e(g.cpf("dot"), "BR_CPF")
        doc.t("  ")
        ph = lphone(g, style=g.pick(["par", "par", "raw"]))
        doc.cell(ph, 16, "PHONE_NUMBER")
        doc.t(f"  {paid:02d}/{tot_p}  {lt:>6}  {brl(bal):>11}{'  *' if lt >= 2 else ''}\n")
        if lt >= 2:
            late.append(p)
    doc.t("=" * (W + 74) + "\n" + f"TOTAL A RECEBER: R$ {brl(tot)}\n")
    col = g.person()
    if late:
        doc.f("\n* «n» inadimplente(s) encaminhado(s) à cobrança («c»).\n", n=len(late), c=P(col.short))
    else:
        doc.f("\nSem inadimplentes acima de 1 parcela. Cobrança: «c».\n", c=P(col.short))
    return doc


def fi_carne(g: Gen) -> Doc:
    """A page of a student's payment book (carnê) printed as text: three slips of consecutive instalments, each with the
    beneficiary (the firm and its CNPJ), the payer (the student or a parent, with CPF, address, CEP), the student's name in the
    instructions, the due date and amount; the typeable line, our-number and document number (not labelled, checked to fail)."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    course, inst = turma(g)
    stu = g.person()
    payer = parent(g, stu) if g.chance(0.6) else stu
    cnpj, cpf, addr, cep = g.cnpj(), g.cpf(), g.address(), g.cep()
    bank = g.pick([("341", "Itaú"), ("237", "Bradesco"), ("001", "Banco do Brasil"), ("756", "Sicoob"), ("748", "Sicredi")])
    tot = g.pick([24, 30, 36])
    first = g.ri(1, tot - 3)
    val = brl(g.ri(140, 690) + 0.5 * g.ri(0, 1))
    ad = adesao(g)
    dday = g.pick([5, 10, 15, 20])
    for k in range(g.ri(2, 3)):
        n = first + k
        doc.t("-" * 78 + "\n")
        line = clean(g, lambda: f"{bank[0]}9{g.d(1)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.ri(1, 9)} {g.d(14)}")
        doc.f("«b» | «bc»-«x» | «l»\n", b=bank[1].upper(), bc=bank[0], x=g.ri(0, 9), l=line)
        doc.f("Beneficiário: «f» — CNPJ «c»\n", f=firm, c=(cnpj, "BR_CNPJ"))
        doc.f("Vencimento: «d»   Parcela: «n»/«t»   Valor: R$ «v»   Nosso número: «nn»\n", d=f"{dday:02d}/{(first + k) % 12 + 1:02d}/{2025 + (first + k) // 12}", n=f"{n:02d}",
              t=tot, v=val, nn=clean(g, lambda: f"{g.d(3)}/{g.d(8)}-{g.d(1)}"))
        doc.t("Pagador: ")
        doc.e(g.pick([payer.caps, payer.capsf]) if k == 0 else payer.capsf, "PERSON")
        doc.t(" — CPF ")
        doc.e(cpf, "BR_CPF")
        doc.t("\n")
        if k == 0 or g.chance(0.5):
            doc.e(addr if k == 0 else fold(addr).upper(), "ADDRESS")
            doc.f(" — «c»/«u» — CEP «cep»\n", c=city, u=uf, cep=(cep, "BR_CEP"))
        doc.f("Instruções: referente à adesão «a» de «s» — formatura «c». Após o vencimento, multa de 2% e juros de 1% a.m. Não receber após 60 dias.\n",
              a=ad, s=P(g.pick([stu.full, stu.caps])), c=course)
        doc.t(g.pick(["(recibo do pagador)\n", "(ficha de compensação)\n"]))
    doc.t("-" * 78 + "\n")
    if g.chance(0.5):
        doc.f("2ª via solicitada em «d» por «e».\n", d=ts(g.moment(), "br"), e=(g.email(payer), "EMAIL_ADDRESS"))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """The card acquirer's chargeback notice to the firm (a CSV of disputed transactions: date, amount, masked card, holder, holder's
    CPF, e-mail, IP; reason codes not labelled) and the firm's defence letter: the holder is a student's parent, the student's name and
    the album's delivery, the adhesion's e-signature with IP, the consultant; once in a while the full card number the customer typed in
    the sales chat, quoted as evidence."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    acq = g.pick(["Cielo", "Rede", "Stone", "GetNet", "PagSeguro"])
    doc.f("«a» — Aviso de contestação (chargeback) — estabelecimento «f» — CNPJ «c»\nPrazo para defesa: «d»\n\n", a=acq, f=firm, c=(g.any_cnpj(), "BR_CNPJ"),
          d=g.date("br", 2026))
    rows, holders = [], []
    for _ in range(g.ri(2, 3)):
        h = g.person()
        holders.append(h)
        rows.append([V(g.date("br", 2025)), V(brl(g.ri(900, 12000))), V(g.masked_card()), P(h.caps), (g.cpf(), "BR_CPF"), (g.email(h), "EMAIL_ADDRESS"),
                     (g.ip_pub(), "IP_ADDRESS"), V(g.pick(["4853", "4837", "13.1", "10.4", "83"]))])
    table_csv(doc, ["data", "valor", "cartao", "portador", "cpf_portador", "email", "ip", "motivo"], rows, g.pick([";", ","]))
    h = holders[0]
    stu = g.relative(h)
    cons = g.person()
    doc.f("\nDEFESA — transação de «d»\n\nO(A) portador(a) «h» contratou o pacote de formatura d«o» filh«o» «s» (turma «t»). A adesão foi assinada eletronicamente "
          "em «d2» a partir do IP «ip», com envio do link ao e-mail «e». O ensaio foi realizado e as fotos entregues; o baile ocorreu em «d3». O atendimento foi "
          "feito pel«oc» consultor«x» «c».\n", d=rows[0][0][0], h=P(h.full), o=stu.o, s=P(stu.full), t=turma(g)[0], d2=g.date("br", 2024), ip=(g.ip(), "IP_ADDRESS"),
          e=(rows[0][5][0], "EMAIL_ADDRESS"), d3=g.date("br", 2025), oc=gw(cons, "o", "a"), x=gw(cons, "", "a"), c=P(cons.full))
    doc.f("Endereço de cobrança cadastrado: «a», CEP «c». Telefone: «p».\n", a=(g.address(), "ADDRESS"), c=(g.cep(), "BR_CEP"), p=(lphone(g, uf), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f("Print da conversa de venda (WhatsApp): \"pode passar no cartão do meu marido mesmo, «n» validade 08/29\" — enviado pelo(a) portador(a).\n",
              n=(g.card(spaced=g.chance(0.7)), "CREDIT_CARD"))
    doc.f("Anexos: contrato, termo de adesão, log de assinatura, comprovante de entrega.\n\nSetor de Disputas — disputas@«d»\n", d=dom)
    return doc


def fi_devolucoes(g: Gen) -> Doc:
    """The refunds sheet after a class's contract was rescinded, as TSV: student, CPF, amount paid, fine, refund, bank, agency,
    account, Pix key kind and key (random key, CPF, phone or e-mail), status; the analyst's and the manager's sign-off lines."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    course, inst = turma(g)
    doc.f("# devolucoes_«c»_distrato.tsv — «f» — gerado em «d»\n", c=slug(course)[:12], f=short, d=ts(g.moment(), "sql"))
    doc.t("\t".join(["formando", "cpf", "pago", "multa_20", "devolver", "banco", "agencia", "conta", "tipo_chave", "chave_pix", "status"]) + "\n")
    for _ in range(g.ri(4, 6)):
        p = g.person()
        cpf = g.cpf()
        paid = g.ri(600, 9000)
        doc.e(g.pick([p.full, p.caps]), "PERSON")
        doc.t("\t")
        doc.e(cpf, "BR_CPF")
        doc.t(f"\t{brl(paid)}\t{brl(paid * 0.2)}\t{brl(paid * 0.8)}\t{g.pick(BANKS)[0]}\t")
        if g.chance(0.6):
            doc.e(g.agency(), "BANK_ACCOUNT")
            doc.t("\t")
            doc.e(g.account(), "BANK_ACCOUNT")
        else:
            doc.t("\t")
        doc.t("\t")
        kind, key = pix_key(g, p, cpf)
        doc.t(kind + "\t")
        doc.e(*key)
        doc.t("\t" + g.pick(["PAGO", "PENDENTE", "AGUARDANDO DADOS", "PAGO", "ESTORNADO"]) + "\n")
    a, m = g.person(), g.person()
    doc.f("\n# conferido: «a» / aprovado: «m» («e»)\n", a=P(a.short), m=P(m.full), e=(corp_mail(m, dom, g), "EMAIL_ADDRESS"))
    return doc


def fi_extrato_comissao(g: Gen) -> Doc:
    """The bank statement of the committee's account (held by the class's association under a CNPJ): the holder, agency and account in
    the header; lines of Pix and TED credits naming the payers (capitals, cut at the bank's width, CPF sometimes full, sometimes
    masked), debits to the graduation firm, to the venue and to a supplier with a CNPJ; balances."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    course, inst = turma(g)
    bank = g.pick(BANKS)[1]
    mon = g.ri(1, 12)
    nlines = g.ri(7, 10)
    days = sorted(g.ri(1, 28) for _ in range(nlines))
    doc.f("«b» — EXTRATO DE CONTA CORRENTE\nTitular: ASSOCIAÇÃO DOS FORMANDOS DE «c» — CNPJ «cn»\nAgência «a»  Conta «cc»\nPeríodo: «p»\n\n",
          b=bank.upper(), c=fold(course).upper(), cn=(g.cnpj(), "BR_CNPJ"), a=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          p=f"01/{mon:02d}/2025 a {28 if mon == 2 else 30}/{mon:02d}/2025")
    doc.t("DATA   HISTÓRICO                                        DOCTO          VALOR     SALDO\n")
    bal = g.ri(2000, 30000)
    for li in range(nlines):
        r = g.rng.random()
        d = f"{days[li]:02d}/{mon:02d}"
        doc.t(d + "  ")
        if r < 0.6:
            p = g.person()
            v = g.ri(50, 900)
            bal += v
            kind = g.pick(["PIX RECEBIDO ", "TED RECEBIDA ", "PIX RECEB    "])
            doc.t(kind)
            used = len(kind)
            if g.chance(0.7):
                c = g.cpf()
                doc.e(c, "BR_CPF")
                doc.t(" ")
                used += len(c) + 1
            elif g.chance(0.5):
                m = f"***.{g.d(3)}.{g.d(3)}-**"
                doc.t(m + " ")
                used += len(m) + 1
            nm = cut(p.capsf, max(8, 47 - used))
            doc.e(nm, "PERSON")
            used += len(nm)
            doc.t(" " * max(1, 48 - used) + f"{g.d(6):>8}  {brl(v):>12} C {brl(bal):>9}\n")
        else:
            who = g.pick([f"PIX ENVIADO {fold(short).upper()}", f"TED {fold(g.pick(VENUES)).upper()}", "TARIFA PACOTE SERVICOS", f"PIX ENV {fold(g.pick(BANDS)).upper()}",
                          "PAGTO BOLETO GRAFICA CONVITES"])[:47]
            v = g.ri(20, 9000)
            bal -= v
            doc.t(who.ljust(48) + f"{g.d(6):>8}  {brl(v):>12} D {brl(bal):>9}\n")
    doc.f("\nFornecedor do convite: «f» — CNPJ «c»\n", f=g.pick(["Gráfica Flor de Lis", "Convites Prata & Luz", "Gráfica Bento Gonçalves"]), c=(g.any_cnpj(), "BR_CNPJ"))
    return doc


def fi_rpa(g: Gen) -> Doc:
    """Receipts for payment of self-employed workers (RPA) issued by the firm to the freelancers of a ball (photographer, videographer,
    master of ceremonies): the firm's CNPJ; each worker with CPF, NIT, RG sometimes, birth date sometimes, address, CEP; gross amount,
    INSS, ISS and income-tax withholding; credit to agency and account or a Pix key; the signature line; the accountant with CRC."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    course, inst = turma(g)
    ev = f"Baile {course} — {g.pick(VENUES)} — {g.date('br', 2025)}"
    fcnpj = g.cnpj()
    for k in range(1 if g.chance(0.3) else 2):
        w = g.person()
        role = g.pick(["fotógrafo(a)", "cinegrafista", "mestre de cerimônias", "cerimonialista", "assistente de fotografia"])
        doc.t(("\n" if k else "") + "RECIBO DE PAGAMENTO A AUTÔNOMO — RPA nº " + clean(g, lambda: f"{g.d(4)}/{g.ri(2025, 2026)}") + "\n")
        doc.f("Fonte pagadora: «f» — CNPJ «c»\n", f=firm, c=(fcnpj, "BR_CNPJ"))
        fields = [("Nome", P(w.full)), ("CPF", (g.cpf(), "BR_CPF")), ("NIT/PIS", (g.pis(), "BR_PIS"))]
        if g.chance(0.5):
            fields.append(("RG", (g.rg(), "BR_RG")))
        if g.chance(0.4):
            fields.append(("Nascimento", (g.dob(None, 1965, 2000), "DATE_OF_BIRTH")))
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Serviço", V(f"{role} — {ev}")),
                   ("CBO", V(g.pick(["2618-20", "3744-05", "3771-10", "5199-40"])))]
        kv_block(doc, fields, g.pick(["dots", "plain", "box"]))
        gross = g.ri(600, 4800)
        inss, iss = gross * 0.11, gross * 0.05
        doc.f("Valor bruto: R$ «b» | INSS (11%): R$ «i» | ISS (5%): R$ «s» | IRRF: R$ 0,00 | Líquido: R$ «l»\n", b=brl(gross), i=brl(inss), s=brl(iss),
              l=brl(gross - inss - iss))
        if g.chance(0.5):
            doc.f("Crédito: «b», ag. «a», c/c «c»\n", b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
        else:
            kind, key = pix_key(g, w)
            doc.f("Crédito via Pix (chave «k»): «x»\n", k=kind, x=key)
        doc.f("Recebi a importância líquida acima.\n«c», «d».   Assinatura: «n»\n", c=city, d=g.docdate("br"), n=P(w.caps))
    acc = g.person()
    doc.f("\nEscrituração: «a» — «c»\n", a=P(acc.full), c=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    return doc


def fi_prestacao(g: Gen) -> Doc:
    """The committee's accounts report to the class, in Markdown: revenues (raffles, parties, a sponsor), expenses (the firm, the
    venue, the DJ's firm with its CNPJ, the van driver with CPF), the raffle's winners with phones, the treasurer's Pix key being
    replaced, and the signatures of the president, treasurer and fiscal council with CPF."""
    doc = Doc()
    city, uf = where(g)
    firm, dom, short = g.pick(FIRMS)
    course, inst = turma(g)
    half = g.ri(1, 2)
    doc.f("# Prestação de contas — Comissão de Formatura «c»\n\n_Associação dos Formandos — CNPJ «cn» — conta «b» ag. «a» c/c «cc»_\n\n_Período: «p» · aprovada em assembleia de «d»_\n\n## Receitas\n\n", c=course,
          cn=(g.cnpj(), "BR_CNPJ"), b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          p=g.pick(["jan–jun/2025", "1º semestre de 2025"] if half == 1 else ["jul–dez/2025", "2º semestre de 2025"]),
          d=f"{g.ri(1, 28):02d}/{g.ri(7, 9) if half == 1 else g.ri(1, 3):02d}/{2025 if half == 1 else 2026}")
    rec = [("Rifa de um iPhone", g.ri(4000, 12000)), ("Festa Open Bar Vitória", g.ri(3000, 18000)), ("Venda de camisetas", g.ri(800, 4000)),
           ("Patrocínio Farmácia Santa Luz", g.ri(500, 3000))]
    doc.t("| Item | Valor (R$) |\n|---|---:|\n")
    for it, v in g.sample(rec, 3):
        doc.t(f"| {it} | {brl(v)} |\n")
    doc.t("\n## Despesas\n\n| Favorecido | Documento | Valor (R$) |\n|---|---|---:|\n")
    doc.f("| «f» | «c» | «v» |\n", f=firm, c=(g.cnpj(), "BR_CNPJ"), v=brl(g.ri(5000, 40000)))
    doc.f("| «b» (MEI) | «c» | «v» |\n", b=g.pick(BANDS), c=(g.any_cnpj(), "BR_CNPJ"), v=brl(g.ri(800, 5000)))
    van = g.person(False)
    doc.f("| «n» (van para o culto) | CPF «c» | «v» |\n", n=P(van.full), c=(g.cpf(), "BR_CPF"), v=brl(g.ri(300, 1200)))
    doc.f("| Taxa do salão («s») | — | «v» |\n", s=g.pick(VENUES), v=brl(g.ri(1000, 6000)))
    doc.t("\n## Rifa — ganhadores\n\n")
    for k in range(g.ri(1, 2)):
        w = g.person()
        doc.f(f"{k + 1}. Número {g.ri(1, 999):03d} — «n» — «p»\n", n=P(g.pick([w.full, w.short])),
              p=(lphone(g, uf), "PHONE_NUMBER"))
    tes = g.person()
    doc.f("\n> Atenção: a chave Pix antiga da tesouraria (em nome de «t») foi desativada. Use só a chave aleatória da associação: «k».\n\n",
          t=P(tes.short), k=(g.uuid(), "PIX_KEY"))
    doc.t("## Assinaturas\n\n")
    pres = g.person()
    for p, role in ((pres, "Presidente"), (tes, "Tesoureiro(a)"), (g.person(), "Conselho fiscal")):
        doc.f("- «n» — «r» — CPF «c»\n", n=P(p.full), r=role, c=(g.cpf(), "BR_CPF"))
    return doc


AT = [at_grupo, at_ensaio, at_ticket, at_adesao, at_srt, at_portaria, at_manifesto]
JU = [ju_contrato, ju_peticao, ju_bo, ju_procon, ju_sentenca, ju_autorizacao, ju_lgpd]
SA = [sa_posto, sa_ficha, sa_assist, sa_gabinete, sa_aso, sa_email, sa_tele]
FI = [fi_extrato, fi_carne, fi_chargeback, fi_devolucoes, fi_extrato_comissao, fi_rpa, fi_prestacao]


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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|defensora?|estagi[aá]ri[oa]|vulgo)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_|:()]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_RE.match(v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert PLATE_RE.fullmatch(v.upper()), (rid, v)  # a plate typed in lower case by a citizen is a plate
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v) or re.search(r"mil novecentos|dois mil", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v) or re.match(r"(?i)(%s|r|av|tv|al|estr|est)\.? " % "|".join(fold(t) for t in STREET_TYPES), fold(v)), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRF|CRBM|CRBio|CRQ|CREA|CRMV|CRC|CRN)(?![A-Za-z])", v), (rid, v)
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
    print("hundredfortyfifth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
