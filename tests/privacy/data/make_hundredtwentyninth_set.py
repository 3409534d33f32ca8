"""Build the hundred-and-twenty-ninth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredtwentyninth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 12929, 280 records: 4 domains x 7 templates x 10 copies.

Register: SAMBA SCHOOLS, CARNIVAL BLOCKS AND STREET CARNIVAL -- escolas de samba and their wings
(alas: member registers, costume fittings and instalments, rehearsal attendance and absences, the
bateria's rosters and fees, passistas, destaques, comissão de frente, baianas and the velha guarda),
the barracão's seamstresses, prop makers, welders and sculptors (contracts, payroll, labour claims,
work accidents), the schools' general assemblies, carnival leagues and TV producers (image-rights
releases), sponsors' payments, blocos de rua (city permits with the route, the sound truck, the
brigade and the ambulance; volunteer lists; the association's bank statement), ticket and camarote
sales, refunds and nominal tickets, the first-aid posts of the parades and the street circuits
(records, daily lists, ambulance transfers, health sheets and fitness certificates, a
physiotherapist's chat, medical certificates), the city's carnival lost-and-found and the tourist
police's reports. Every school, league, block, camarote, ticket seller, sponsor, firm, bot, clinic
and person is invented (the schools G.R.E.S. Unidos da Vila Aurora, Acadêmicos do Morro do Bento,
Império da Rosa, Leão Dourado da Serra, Mocidade Independente de Vila Prudente, S.R.E.S. Flor da
Pedreira, Estrela do Vale Sereno, Acadêmicos da Luz, Unidos do Bonfim, Vitória Régia do Samba, Aurora
Imperial, Os Amados da Fronteira; the leagues LIESVA, LICA, UESS, AESB-VP, Liga Estrela; the blocks
Bloco Acorda Aurora, Bloco Flor do Asfalto, Cordão do Bento, Bloco Me Beija que Sou Prudente, Bloco
Sereno da Madrugada, Bloco Leão Banguela, Bloco Luz na Avenida, Bloco Vai Quem Quer, Bloco Dona Vitória
Chegou, Bloco Amado Mas Nem Tanto, Cordão da Estrela Cadente, Banda da Rosa Branca, Bloco Esperança Não
Dorme, Bloco Prata da Casa; the ticket sellers Folia Tickets, SambaPass, Camarote Aurora Prime, Frisa
& Cia Ingressos, IngressoJá Carnaval; the sponsors Cervejaria Leão do Norte, Aurora Energia,
Supermercados Bento & Prudente, Rosa Cosméticos, Construtora Estrela Sereno, Farmácias Vitória; the
bots Sambinha, Cuiquinha, FoliaBot, Tamborzinho, Zé Pereira Bot...). Cities and the parade venues
are real or plausible (Sambódromo da Marquês de Sapucaí, Sambódromo do Anhembi, Passarela Nego
Quirido, Complexo Cultural do Porto Seco, Sambão do Povo, Sambódromo de Manaus, Sambódromo de
Uruguaiana, Avenida Afonso Pena) or invented (Passarela do Samba Mestre Aniceto Furquim, Passarela
Dona Zica Arcoverde); CEPs are random. Dates follow the carnivals of 2025 (1 March), 2026 (14
February) and 2027 (6 February): rehearsals, fittings, sales and contracts before, parades, posts and
police reports around, refunds, claims and hearings after.
Layouts: WhatsApp exports (Android and iOS stamps; exported by either side; senders by number, name,
samba nickname or "Você"; business accounts and bots; a wing's or a bateria's group in lower case
with @mentions and "<Mídia oculta>"); a speech-to-text call (lower case; CPF, birth date, CEP, phone
and a card dictated in groups or in words, "meia" for six) with its typed record; forms in four
styles ("Campo: valor", dotted leaders, ruled box, CAPS labels) and scans with OCR confusions (I/l,
O/0, S/5, B/8, m/rn, d/cl...); ruled, pipe, Markdown, psql-like and blank-aligned tables, CSV with ","
or ";", TSV; e-mails with quoted originals, Cc and X-Originating-IP; contracts and releases (capitals
sometimes) with witnesses or an e-signature log; a permit request with the city's decision; a labour
claim; assembly minutes with an attendance list; conciliation minutes; an ALL CAPS police report
(OCR'd sometimes); a SINAN-style ALL CAPS notification (OCR'd sometimes); an ambulance transfer
record (capitals often); receipts with the amount in words; a fixed-width payroll (names cut at 24)
and a fixed-width bank statement (names cut at 24 or 15); JSON lines (one line or indented).
- atendimento: (0) a WhatsApp chat with a wing (a bot, then the wing's director by name or by title
  and samba nickname): a newcomer or a mother for the children's wing; name, birth date, CPF, RG
  sometimes, the mother's CPF, e-mail, the home address and CEP for the costume or "retiro no
  barracão"; the wing's random Pix key or a card typed (the director asks to delete it); a cousin
  joining with name, CPF and birth date; the fitting at the barracão and the technical rehearsal at
  the venue (places); who takes the newcomer, with a phone and sometimes the car's plate; (1) a
  speech-to-text call to a ticket line (a nominal ticket's new holder with CPF, a duplicated charge
  with the card read out or its last four, a senior's half price, the delivery address and CEP) and
  the typed record (order, protocol and sector unlabelled; e-mail; the attendant by name or login);
  (2) a school's member or drummer register form (typed, boxed, CAPS or a scan): name, samba
  nickname, birth date, CPF, a mistyped CPF noted, RG or CNH, título and CNS sometimes, address, CEP,
  phone, e-mail, wing or instrument, a child's guardian with CPF and phone, the emergency contact with
  a phone, the member number unlabelled; the mestre de bateria or the wing's director, the secretary
  by name or login; (3) a wing's or bateria's group in lower case (the rehearsal calendar, names and
  CPFs for the league's credentials, instalments by Pix to a key of any kind, a new number, the van's
  plate and driver with a phone, a member's home address and CEP to collect costumes, the
  samba-enredo's lyrics, the lost sandal with an @mention); (4) the city's lost-and-found: the list
  of documents handed in (the name on each, its RG, CNH, CPF or CNS, an IMEI unlabelled, who handed
  it in) and a reveller's e-mail quoted under the clerk's answer (RG, CNH sometimes, CPF, a masked
  card, phone, IP, someone authorised to collect with an RG); (5) a complaint about a camarote quoted
  under the support's answer (order and ticket codes unlabelled, the nominal holders with CPF, the
  promoter by name or nickname, a card typed or masked, a refund to a Pix key of any kind or to
  agency and account, CPF, phone, IP, the company's CNPJ); (6) a block's volunteer spreadsheet (CSV,
  TSV or a table; the coordinator's e-mail and IP in the header): name, CPF, birth date, phone,
  e-mail, an emergency phone, role, brigade certificates unlabelled; notes (the brigade's leader with
  a phone, a minor turned away, a new number, an address and CEP for the shirt, the president by
  title and nickname).
- juridico: (0) an image, name and voice release (capitals sometimes): a passista, a destaque, a
  drum queen, a mestre-sala or a child of the children's wing through a parent, qualified with birth
  date, nickname, e-mail and phone; the league, the school or a TV producer with CNPJ and its
  representative's CPF; free or a fee to a Pix key of any kind or agency and account; art. 20 of the
  Código Civil, Lei 9.610/1998, Lei 13.709/2018; witnesses or an e-signature log; (1) a contract for
  costumes or props (capitals sometimes): the school's CNPJ and its president with nickname and CPF,
  the seamstress qualified (PIS sometimes) or as an MEI with CNPJ, CPF, her home and CEP; delivery at
  the barracão, an advance to a key of any kind or agency and account; witnesses, an e-signature log
  sometimes; (2) a block's permit request and the city's decision: the person in charge qualified,
  the association's CNPJ sometimes, the route (streets alone, unlabelled), the sound truck's plate
  and driver with CNH and phone, the ambulance firm's CNPJ and the ambulance's plate, the security
  firm's CNPJ and supervisor with a phone, the brigade (name, CPF, phone, certificate unlabelled);
  the process number and the official's registration unlabelled; a copy to a role mailbox; (3) an
  ALL CAPS police report (OCR'd sometimes): theft, robbery or bodily harm in a block or at the
  sambódromo; the victim with birth date, RG, CPF, home, CEP, phone and e-mail sometimes; the IMEI
  unlabelled; the suspect by nickname after "VULGO" or "CONHECIDO COMO", qualified sometimes with
  CPF; the military police officers with ranks outside the spans; the witness with RG and phone; the
  clerk by name or login, the delegado; (4) a labour claim of a barracão worker against the school
  (CNPJ) and its president (CPF, nickname): qualified with PIS, birth date, phone, e-mail sometimes;
  CTPS unlabelled; the barracão director by name or nickname; a work accident with its ICD-10 code;
  witnesses with RG and phone; the lawyer's OAB and e-mail; the president's home and CEP added with
  the TRT's CNJ number (unlabelled) sometimes; (5) a school's election minutes (capitals sometimes):
  the chair and the secretary, the board (some qualified with RG or CNH, CPF, birth date, título
  sometimes, home and CEP; the bateria's director by title, nickname and name), the fiscal council
  with CPF, the lawyer's OAB, the attendance list (member number unlabelled, name, CPF or "não
  apresentou", a phone column sometimes); (6) conciliation minutes (capitals sometimes): a member
  against the wing's director who never delivered the costumes (qualified with nickname, CPF, home,
  CEP and phone) or a buyer against a camarote's company (CNPJ, its representative with CPF or RG,
  the lawyers' OAB); the claimant's CPF, phone, e-mail and home sometimes; the settlement to agency
  and account or a key of any kind; the conciliator and the lay judge; the CNJ number unlabelled.
- saude: (0) a parade's first-aid post record (four form styles): the patient with birth date, age,
  CPF and/or CNS, phone, home and CEP or a tourist's hotel, the companion with a phone; complaint,
  findings, ICD-10 code and conduct; a removal with the ambulance's plate and the crew member's
  COREN; the physician's CRM, the nurse's COREN; (1) a street circuit's first-aid tent's daily list
  (CSV, TSV or a table: time, patient, age or birth date, CNS or CPF, contact phone, complaint,
  ICD-10, conduct, destination), the team with COREN and CRM, a first-aider with a phone, the
  ambulance's plate, the summary to a person's e-mail or a role mailbox; (2) a school's health sheet
  for the parade (baiana, velha guarda, destaque, drummer, passista, comissão de frente): birth
  date, CPF, CNS, home and CEP, phone, e-mail sometimes, a health plan's card number unlabelled,
  emergency contacts with phones, the cardiologist's fitness certificate with CRM and office phone,
  the health department's COREN; (3) a lower-case chat with the school's physiotherapist after an
  injury at rehearsal (name, birth date, CPF and CNS for the UPA, a relative's phone, the
  orthopaedist with CRM, the ICD-10 code, the wing's director by title and nickname, the CREFITO);
  (4) an ambulance transfer record (capitals often): birth date, CNS, CPF sometimes, mother, home and
  CEP sometimes, phone sometimes, the companion with a phone, the ambulance's plate (the unit's
  number unlabelled), the driver, the technician's and nurse's COREN, the regulator's CRM (the
  regulation's password unlabelled), the receiving physician's CRM; (5) a member's e-mail to the
  wing's director or the harmony department with a medical certificate transcribed (CPF, ICD-10 or
  its withholding, the clinic's CNPJ sometimes, the CRM, RQE unlabelled; a relative in Cc with a
  phone; IP), quoted under the answer; (6) a SINAN-style ALL CAPS notification of a barracão work
  accident (OCR'd sometimes): birth date, age, CNS, CPF, mother, home, CEP, phone; CBO unlabelled;
  the school's CNPJ; the colleague who helped by name or nickname with a phone; the investigator's
  COREN, the physician's CRM; a copy to a person's e-mail or a role mailbox.
- financeiro: (0) a wing's costume payment sheet (CSV, TSV or a table: member by name, nickname or a
  mistyped name, CPF, phone, e-mail, size, paid, balance, a Pix key of any kind); notes (the
  director by title and nickname, a refund to agency and account, the wing's random key, a member
  paying for a relative with the relative's CPF, the treasurer by name or login); (1) the barracão's
  payroll (fixed width, names cut at 24, or a table: CPF, NIT sometimes, role, days or pieces, gross,
  INSS, net, a Pix key of any kind or agency and account); the carnavalesco or the barracão director,
  the finance officer, the accountant's CRC, the batch's login and IP; (2) an e-mail thread with a
  sponsor's finance analyst (the contract and the invoice unlabelled, the sponsor's and the school's
  CNPJ, a change of agency and account signed by the president, or the school's random key;
  signatures with phones; the president in Cc; IP); (3) a ticket seller's orders as JSON lines
  (buyer name, e-mail, CPF, phone or null, birth date or null for the half price, IP, the nominal
  holders with CPF, ticket codes unlabelled, a masked card or a Pix E2E id, a refund to agency and
  account; the exporter's login and private IP); (4) receipts (capitals sometimes; the payer's name
  and CPF, the amount in words, cash, a Pix key of any kind or agency and account; the issuer's CPF
  or MEI CNPJ, nickname, phone, home and CEP sometimes); (5) a block's association's bank statement
  in fixed width (its CNPJ, agency and account; Pix received from revellers with masked CPFs, QR-code
  sales without names, sponsors' TEDs with CNPJ, Pix sent to musicians and cordeiros with the key, a
  TED to agency and account for the sound truck, the city's fee; the treasurer's note naming the
  president by title and nickname, a donor and a musician); (6) the bateria's fee split in its
  WhatsApp group (the contractor's CNPJ, the NF unlabelled, the drummers by name or nickname with
  instrument and a Pix key of any kind; replies with a new CPF key, a relative's agency and account, a
  pending key given as a phone; the bateria's random key).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Dr.", "Dra.", "Enf.", "dona", "seu", "VULGO", "CONHECIDO COMO", nor ranks ("SD PM", "CB PM", "3º SGT
PM", "DELEGADO DE POLICIA"); particles and suffixes are inside; "SURNAME, GIVEN" is one span; first
names, nicknames, lower case, ALL CAPS, OCR-damaged and mistyped forms and names cut at a fixed-width
field (as they stand) are persons. Staff named in the text are persons (wing directors, mestres de
bateria, secretaries, attendants, clerks, coordinators, carnavalescos, barracão directors,
treasurers, finance officers, accountants, analysts, promoters, officials, conciliators, lay judges,
lawyers, police officers, delegados, physicians, nurses, technicians, first-aiders, drivers,
physiotherapists), and so are members, drummers, seamstresses, volunteers, revellers, buyers,
ticket holders, patients, companions, relatives, witnesses, donors and suspects; logins (jbezerra,
LBONIFACIO35), bots (Sambinha, FoliaBot, Zé Pereira Bot) and business accounts of WhatsApp ("Império
da Rosa Alas 🎭", "Ala Raízes · Unidos do Bonfim") are not. Corporate e-mails of people (at a school,
a sponsor, a ticket seller, a city hall) are EMAIL_ADDRESS; role mailboxes (harmonia@, alas@,
secretaria@, achados@, achadoseperdidos@, carnaval@, posturas@, alvara@, eventos@, subprefeitura@,
saude@, samu@, cievs@, vigilancia@, notifica@, sac@, suporte@, reembolso@...) are not labelled.
ADDRESS is a person's street + number + complement (lower-case, caps and OCR'd forms included;
bairro, city and CEP stay out, the CEP is BR_CEP). Agency and account are separate BANK_ACCOUNT
spans, whoever holds them (a member, a seamstress, a claimant, a school, a block's association);
bank names and codes are not labelled. PIX_KEY only for random keys (a wing's, a school's, a
bateria's, a person's); a key that is a CPF, phone or e-mail takes that label. DATE_OF_BIRTH only for
births (spoken ones, children's, and a ticket export's "birth_date" included); parade, rehearsal,
fitting, purchase, accident, notification, certificate, hearing, signature and log dates and ages
("59 anos", "72a", "IDADE: 51 A") are not. Masked CPFs ("***.853.130-**") and masked cards
("557543******9857", "final 0626", "**** **** **** 0626") are not labelled; identifiers read out in
groups or in words are labelled like their digits.
Decisions of this set:
- Samba nicknames are PERSON, one span, with their instrument's, place's or role's words ("Tião da
  Cuíca", "Neném do Surdo", "Gil da Velha Guarda", "Xande do Cavaco", "Pimpa Pé de Valsa", "Nega Fulô
  Passista"), and so are free nicknames ("Tatu", "Pretinha", "Biriba"); the titles said before them,
  "Mestre", "Mestra", "Dona", "Seu", "Tia", "Vó", stay outside the span ("Mestre [Zinho]", "Vó
  [Sininho]", "tia [pelezinho da harmonia]"). A chat's @mention is PERSON without the "@".
- Samba roles and words are not persons ("porta-bandeira", "mestre-sala", "passista", "baiana",
  "rainha de bateria", "comissão de frente", "velha guarda", "carnavalesco", "Zé Pereira" in a bot's
  name). Schools, leagues, blocks, camarotes, wings, floats, enredos and firms holding name words are
  not persons ("Ala Pérola Negra", "Bloco Dona Vitória Chegou", "Cordão do Bento", "Bloco Me Beija que
  Sou Prudente", "Os Amados da Fronteira", "Vitória Régia, a rainha das águas").
- Venues, quadras, barracões and routes are places: "Passarela Nego Quirido", "Passarela Dona Zica
  Arcoverde", "Passarela do Samba Mestre Aniceto Furquim", "Sambódromo da Marquês de Sapucaí", "barracão
  7 da Cidade do Samba", a block's route ("Trajeto: Rua Noel Rosa, Av. Rio Branco, Rua da Aurora") and
  a school's quadra ("quadra social (Avenida dos Sambistas, 47)") are not labelled, nor is a school's
  or a firm's seat; streets named after people are part of ADDRESS inside a person's address ("Rua
  Clementina de Jesus, 257", "RUA ISMAEL SILVA, 3906, APTO 347").
- PROFESSIONAL_ID: CRM, COREN, CREFITO (the school's physiotherapist), OAB and CRC, with the acronym
  and the UF or region; RQE, council resolutions, brigade certificates and registrations of
  officials are not labelled.
- LICENSE_PLATE: every plate (a father's car, the wing's van, the sound truck, the ambulances); the
  units' and patrol cars' numbers ("USB 12", "AMB-07", "VIATURA 15-9956") are not; the script checks
  that no plate-shaped token stands outside the spans.
- NIS, NIT and PIS/PASEP are one number: BR_PIS. A full card number typed in a chat or an e-mail or
  read out in a call is CREDIT_CARD.
- NOT labelled: ticket codes, order, protocol, process (SEI), BO, CNJ and contract numbers, member,
  wing and costume numbers, credentials, NF-e/NFS-e numbers, NSU and authorisation codes, Pix E2E ids,
  IMEIs, CTPS numbers, CBO codes, health-plan card numbers, the regulation's password, the
  e-signature envelope id (an upper-case UUID), private IPs, ICD-10 codes, money, hours and ages.

Names: Brazilian names of many origins (Portuguese common, north-eastern, old-fashioned, coined and
young coined ones; Italian, German, Polish, Ukrainian, Armenian, Lebanese, Syrian, Japanese, Korean,
Chinese, Haitian, Angolan, Nigerian, Senegalese, Cape Verdean, Cuban, Colombian, Bolivian, Peruvian,
Paraguayan, Venezuelan, Warao, indigenous, Jewish), rare or invented name words well above a quarter
(main() prints the share). Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste,
Estrela, Pérola, Esperança, Serena, Bento, Prudente, Amado, Leão, Branco, Sereno, Dourado, Prata...)
are names here and, elsewhere, words, schools, blocks, wings, enredos, firms, streets and cities,
not persons ("a luz da quadra caiu", "foi uma vitória", "seria prudente levar capa de chuva", "o leão
da alegoria", "rosa dos ventos é o nome do carro 3", "a aurora tá linda", "sereno caiu forte", "Bloco
Acorda Aurora", "Banda da Rosa Branca", "Estrela do Vale Sereno", "Rua Noel Rosa", "Bento
Gonçalves/RS", "Vitória/ES").

Hard negatives: CNJ numbers, a mistyped CPF on a register form and 11-digit protocols (checked to
fail CPF, PIS and CNH), 12-digit ticket codes (checked to fail the título), ticket, order, protocol,
process, BO and contract numbers, credentials, NF numbers, NSU, E2E ids, IMEIs, CBO codes,
health-plan cards, private IPs, masked CPFs and cards, ICD-10 codes (R55, T67.5, F10.0, S91.3,
S93.4, J45.9, T78.4, R07.4, S01.1, S01.8, S83.6, M75.1, S62.5, M54.5, T23.2, S51.8, S32.0, T15.0,
T52.0, S61.0, T22.2, J11, A90, J03.9, R51, A09, H10.3), money, laws (Lei 8.078/1990 art. 20, Lei
9.099/1995 art. 22, Lei 9.610/1998, Lei 13.709/2018, Lei 10.741/2003, arts. 2º and 3º of the CLT,
art. 20 of the Código Civil, arts. 129, 155 and 157 of the CP, municipal decrees), non-birth dates,
ages; the script checks CPF-, PIS-, CNH-, título-, CNS-, card- and plate-shaped runs outside the
spans.
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
          "Jovelina Dasneves", "Iracilda", "Zeneide", "Surica", "Eulália", "Dirceia", "Nelcilene", "Ivonilde", "Laudiceia", "Marinéa"]
RARE_M = ["Genivaldo", "Josivaldo", "Cicinato", "Eriberto", "Orlandino", "Valdemiro", "Adenilson", "Josenildo", "Gerivaldo",
          "Edmilton", "Franciscleudo", "Rivelino", "Djalminha", "Juscelino", "Irineu", "Aurino", "Cosme Damião", "Geraldino",
          "Adamastor", "Hermógenes", "Deoclécio", "Ubaldino", "Crispiniano", "Gumercindo", "Nerivaldo", "Waldecy", "Claudionor",
          "Dorivaldo", "Sinfrônio", "Lucivaldo", "Eronildes", "Gerinaldo", "Joscelino", "Deusimar", "Jadiel", "Kelvyn",
          "Wesley Kauã", "Maxsuel", "Odorico", "Anacleto", "Epaminondas", "Teotônio", "Leovigildo", "Rosalvo", "Zózimo",
          "Arquimedes", "Dagoberto", "Eliomar", "Isaltino", "Jocimar", "Lindolfo", "Nestório", "Osmarino", "Quintino", "Ronivon",
          "Ueliton", "Wanderlan", "Olegário", "Hildebrando", "Juvêncio", "Florisvaldo", "Edelberto", "Ataliba", "Possidônio",
          "Aristeu", "Dejair", "Gilmário", "Valfredo", "Jucimar", "Osvaldir", "Ednaldo", "Edivânio", "Gedeão", "Jairo Kauê",
          "Ryquelme", "Kawan", "Dhiego Kauã", "Wendell Kayky", "Jhonatan Weslley", "Thallysson", "Kayo Ruan", "Wanderson Ícaro",
          "Anésio", "Xangô Valdeci", "Deolindo", "Aniceto", "Tertuliano", "Jurandyr", "Elpídio", "Otacílio", "Waldomiro", "Juvenal Quirino"]
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
            "Quirino", "Malaquias", "Sacramento Lins", "Bonifácio", "Candelária", "Prazeres Luz", "Anunciação", "Fulô"]
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
# samba-world nicknames: one PERSON span, trade or place words included ("Tião da Cuíca", "Neném do Surdo")
FREE_NICK = ["Bira", "Dinho", "Quinho", "Russo", "Tiquinho", "Careca", "Xande", "Juninho", "Chiquinho", "Buiú", "Tatu", "Marreco",
             "Sapinho", "Pelezinho", "Magrão", "Zinho", "Zeca", "Biriba", "Tuninho", "Trovão", "Coringa", "Baianinho", "Feijão", "Nenê"]
FREE_NICK_F = ["Neném", "Tuca", "Pretinha", "Ioiô", "Bolinha", "Pimpa", "Dodó", "Nini", "Cacá", "Xuxa", "Lelê", "Pipoca", "Nega Fulô",
               "Sininho", "Tetê", "Moranguinho", "Baixinha", "Cocada", "Mimi", "Pitoca"]
NICK_TRADE = ["da Cuíca", "do Surdo", "do Tamborim", "do Agogô", "do Repique", "da Caixa", "do Chocalho", "do Pandeiro", "do Cavaco",
              "do Morro", "da Vila", "da Serrinha", "do Barracão", "da Quadra", "da Bateria", "do Bento", "da Pedreira", "da Baiana",
              "do Apito", "da Harmonia", "do Samba", "da Velha Guarda", "Passista", "Sambista", "Batuqueiro", "Pé de Valsa"]
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
STREET_NAMES = ["dos Sambistas", "Noel Rosa", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora", "Pixinguinha",
                "Mestre Aniceto Furquim", "Conselheiro Ubaldino Furquim", "Tiradentes", "Quinze de Novembro", "Clementina de Jesus",
                "Marechal Deodoro", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont", "dos Ritmistas",
                "Heitor dos Prazeres", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Porta-Bandeira Zica Arcoverde",
                "Maestro Claudionor Tinoco", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz",
                "Ismael Silva", "Madre Paulina", "Pioneiro Egon Kuhnen", "Doutor Farid Haddad", "das Acácias", "Candeia",
                "Dom Pedro II", "da Glória", "Padre Anacleto Landim", "Vereador Lindolfo Aroeira", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas", "Geraldo Pereira",
                "Compositor Ataliba Cantuária", "Bom Jesus da Lapa", "das Flores", "Cônego Sinfrônio Lustosa", "do Cavaquinho",
                "Passista Doralice Bacelar", "Pintor Hagop Boghossian", "Irmã Dulce", "Chico Mendes", "Dom Hélder Câmara",
                "Projetada 7", "Baiana Cosma Sucupira", "dos Tamborins", "Adoniran Barbosa", "Mestre Genivaldo Pajeú",
                "da Cuíca", "Santa Luzia", "Frei Damião", "Tia Ciata", "Paulo da Portela", "Cartola", "do Samba", "Dona Zica"]
CITIES = [("São Paulo", "SP"), ("Santos", "SP"), ("Campinas", "SP"), ("Santo André", "SP"), ("Sorocaba", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Nova Iguaçu", "RJ"), ("Belo Horizonte", "MG"),
          ("Juiz de Fora", "MG"), ("Uberlândia", "MG"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Maringá", "PR"),
          ("Porto Alegre", "RS"), ("Uruguaiana", "RS"), ("Bento Gonçalves", "RS"), ("Santa Rosa", "RS"), ("Pelotas", "RS"), ("Florianópolis", "SC"),
          ("Blumenau", "SC"), ("Chapecó", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Feira de Santana", "BA"),
          ("Recife", "PE"), ("Caruaru", "PE"), ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Natal", "RN"),
          ("Mossoró", "RN"), ("João Pessoa", "PB"), ("Campina Grande", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"),
          ("Teresina", "PI"), ("São Luís", "MA"), ("Imperatriz", "MA"), ("Belém", "PA"), ("Santarém", "PA"), ("Manaus", "AM"),
          ("Goiânia", "GO"), ("Anápolis", "GO"), ("Brasília", "DF"), ("Campo Grande", "MS"), ("Corumbá", "MS"), ("Dourados", "MS"), ("Cuiabá", "MT"),
          ("Rondonópolis", "MT"), ("Vitória", "ES"), ("Vila Velha", "ES"), ("Palmas", "TO"), ("Porto Velho", "RO"),
          ("Rio Branco", "AC"), ("Boa Vista", "RR"), ("Macapá", "AP")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores",
           "Vila Estrela", "Cidade Nova", "Glória", "Benfica", "Vila Prudente", "Tijuca", "Pituba", "Boa Viagem", "Bairro da Luz",
           "Jardim Esperança", "Santa Luzia", "Vila Operária", "Madureira", "Oswaldo Cruz", "Vila Isabel", "Bexiga", "Barra Funda",
           "Morro do Bento", "Santa Teresa", "Casa Verde", "Cidade Alta", "Ribeira", "Pedreira", "Bom Fim", "Partenon", "Vila Esperança",
           "Jardim Catarina", "Conjunto Bento Ribeiro", "Morro da Serrinha", "Vila Nova Aurora", "Ilha do Governador", "Lapa",
           "Praça Onze", "Liberdade", "Brás de Pina", "Engenho de Dentro", "Limão", "Saúde"]
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


def fcaps(doc: Doc, caps: bool, template: str, **vals) -> None:
    """doc.f with the template and its unlabelled values in capitals (accents folded) when caps; labelled values are left as given."""
    if caps:
        template = caps_t(template)
        vals = {k: (v if isinstance(v, tuple) else fold(str(v)).upper()) for k, v in vals.items()}
    doc.f(template, **vals)


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



def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."




# --------------------------------------------------------------------------- register: samba schools, carnival blocks, street carnival

SEED = 12929
OUT_NAME = "hundredtwentyninth.jsonl"

# (brand, legal name, domain, city, UF): samba schools (every one invented)
ESCOLAS = [
    ("G.R.E.S. Unidos da Vila Aurora", "Grêmio Recreativo Escola de Samba Unidos da Vila Aurora", "unidosdavilaaurora.org.br", "Rio de Janeiro", "RJ"),
    ("G.R.E.S. Acadêmicos do Morro do Bento", "Grêmio Recreativo Escola de Samba Acadêmicos do Morro do Bento", "academicosdobento.com.br", "Rio de Janeiro", "RJ"),
    ("G.R.E.S. Império da Rosa", "Grêmio Recreativo Escola de Samba Império da Rosa", "imperiodarosa.org.br", "Niterói", "RJ"),
    ("G.R.C.S.E.S. Leão Dourado da Serra", "Grêmio Recreativo Cultural Social Escola de Samba Leão Dourado da Serra", "leaodourado.com.br", "São Paulo", "SP"),
    ("G.R.C.E.S. Mocidade Independente de Vila Prudente", "Grêmio Recreativo Cultural Escola de Samba Mocidade Independente de Vila Prudente",
     "mocidadevilaprudente.org.br", "São Paulo", "SP"),
    ("S.R.E.S. Flor da Pedreira", "Sociedade Recreativa Escola de Samba Flor da Pedreira", "flordapedreira.com.br", "Porto Alegre", "RS"),
    ("G.R.E.S. Estrela do Vale Sereno", "Grêmio Recreativo Escola de Samba Estrela do Vale Sereno", "estreladovale.org.br", "Florianópolis", "SC"),
    ("G.R.E.S. Acadêmicos da Luz", "Grêmio Recreativo Escola de Samba Acadêmicos da Luz", "academicosdaluz.com.br", "Vitória", "ES"),
    ("G.R.E.S. Unidos do Bonfim", "Grêmio Recreativo Escola de Samba Unidos do Bonfim", "unidosdobonfim.org.br", "Manaus", "AM"),
    ("G.R.E.S. Vitória Régia do Samba", "Grêmio Recreativo Escola de Samba Vitória Régia do Samba", "vitoriaregiasamba.org.br", "Belo Horizonte", "MG"),
    ("G.R.E.S. Aurora Imperial", "Grêmio Recreativo Escola de Samba Aurora Imperial", "auroraimperial.com.br", "Santos", "SP"),
    ("G.R.E.S. Os Amados da Fronteira", "Grêmio Recreativo Escola de Samba Os Amados da Fronteira", "amadosdafronteira.org.br", "Uruguaiana", "RS"),
]
# (name, acronym, domain): carnival leagues
LIGAS = [("Liga Independente das Escolas de Samba do Vale", "LIESVA", "liesva.org.br"), ("Liga Carnavalesca Aurora", "LICA", "ligaaurora.org.br"),
         ("União das Escolas de Samba da Serra", "UESS", "uess.com.br"), ("Associação das Escolas de Samba e Blocos de Vila Prudente", "AESB-VP", "aesbvp.org.br"),
         ("Liga das Escolas de Samba do Grupo de Acesso Estrela", "LIGA ESTRELA", "ligaestrela.com.br")]
BLOCOS = ["Bloco Acorda Aurora", "Bloco Flor do Asfalto", "Cordão do Bento", "Bloco Me Beija que Sou Prudente", "Bloco Sereno da Madrugada",
          "Bloco Leão Banguela", "Bloco Luz na Avenida", "Bloco Vai Quem Quer", "Bloco Dona Vitória Chegou", "Bloco Amado Mas Nem Tanto",
          "Cordão da Estrela Cadente", "Banda da Rosa Branca", "Bloco Esperança Não Dorme", "Bloco Prata da Casa"]
ALAS = ["das Baianas", "Raízes", "dos Compositores", "Aurora Dourada", "da Comunidade", "Leões do Morro", "das Crianças", "Flor de Lótus",
        "Coreografada", "Estrelas do Asfalto", "Luz do Samba", "Sereno", "Pérola Negra", "Os Imperiais", "Bambas da Vila", "da Velha Guarda"]
POSTS = ["passista", "ritmista", "baiana", "componente de ala", "destaque de chão", "destaque de carro", "comissão de frente", "harmonia",
         "velha guarda", "ala das crianças", "compositor", "porta-estandarte"]
INSTR = ["surdo de primeira", "surdo de segunda", "surdo de terceira", "caixa", "repique", "tamborim", "chocalho", "agogô", "cuíca",
         "pandeiro", "timbal", "reco-reco"]
ENREDOS = ["Aurora de um povo: a flor que nasceu no asfalto", "Rosa dos Ventos — os caminhos do samba", "Luz, estrela e esperança",
           "O leão acordou: coração de guerreiro", "Sereno da madrugada", "Vitória Régia, a rainha das águas", "Prata da casa: memórias da velha guarda",
           "Bonfim de fé e fitas", "Amado sertão, terra de poetas"]
# parade venues, quadras and barracões are places (never ADDRESS, never PERSON even when they honour someone)
VENUES = ["Sambódromo da Marquês de Sapucaí", "Sambódromo do Anhembi", "Passarela Nego Quirido", "Complexo Cultural do Porto Seco",
          "Sambódromo de Manaus", "Passarela Professor Darcy Ribeiro", "Passarela do Samba Mestre Aniceto Furquim", "Avenida Sete de Setembro",
          "Sambódromo de Uruguaiana", "Passarela Dona Zica Arcoverde"]
BARRACOES = ["barracão 7 da Cidade do Samba", "barracão da escola na Fábrica de Sonhos", "galpão da Rua do Samba (barracão 3)",
             "barracão da Vila Aurora", "ateliê da quadra", "Cidade do Samba, barracão 11"]
BOTS = ["Sambinha", "Cuiquinha", "FoliaBot", "Tamborzinho", "Zé Pereira Bot"]
TICKETERS = [("Folia Tickets", "foliatickets.com.br"), ("SambaPass", "sambapass.com.br"), ("Camarote Aurora Prime", "camaroteaurora.com.br"),
             ("Frisa & Cia Ingressos", "frisaecia.com.br"), ("IngressoJá Carnaval", "ingressoja.com.br")]
SETORES = ["Setor 9, arquibancada", "Setor 5, frisa B", "Camarote 12", "Setor 11, cadeira coberta", "Arquibancada monumental, setor D",
           "Frisa 4, fila C", "Camarote Aurora Prime (open bar)", "Setor 3, mesa de pista"]
SPONSORS = [("Cervejaria Leão do Norte S.A.", "leaodonortecerveja.com.br"), ("Aurora Energia S.A.", "auroraenergia.com.br"),
            ("Supermercados Bento & Prudente Ltda.", "bentoprudente.com.br"), ("Rosa Cosméticos Ltda.", "rosacosmeticos.com.br"),
            ("Construtora Estrela Sereno Ltda.", "estrelasereno.com.br"), ("Farmácias Vitória S.A.", "farmaciasvitoria.com.br")]
HOSPITALS = ["Hospital Municipal Souza Aguiar", "Hospital Estadual Getúlio Vargas", "UPA 24h Madureira", "Hospital das Clínicas",
             "UPA 24h Vila Prudente", "Hospital Municipal Bonfim", "Pronto-Socorro Central", "Hospital Geral Aurora", "UPA 24h Centro"]
POSTOS = ["posto médico do setor 9", "posto médico da concentração", "posto de atendimento da dispersão", "tenda de primeiros socorros do circuito",
          "PAM da Praça da Estação", "posto médico avançado do sambódromo"]
# (complaint, findings, ICD-10, description, conduct) at a parade's first-aid post
POST_CASES = [("desmaio na concentração, fantasia de 12 kg, sem comer desde o almoço", "PA 90x60, FC 112, glicemia 68, sudorese", "R55",
               "síncope e colapso", "retirada do costeiro, soro glicosado, repouso 40 min, liberado"),
              ("calor intenso, náusea e tontura após 2 horas na arquibancada", "T 38,1 °C, mucosas secas, PA 100x60", "T67.5",
               "exaustão pelo calor não especificada", "hidratação oral e venosa 500 ml, liberado com acompanhante"),
              ("ingestão de álcool desde a tarde, vômitos, desorientado", "Glasgow 13, hálito etílico, FC 104", "F10.0",
               "intoxicação aguda pelo álcool", "soro fisiológico, tiamina, observação; removido à UPA"),
              ("corte na planta do pé ao pisar em lata na dispersão", "ferimento corto-contuso de 3 cm, sangramento controlado", "S91.3",
               "ferimento de outras partes do pé", "sutura 4 pontos, profilaxia antitetânica, orientações"),
              ("torceu o tornozelo ao descer do carro alegórico", "edema e dor em maléolo lateral, deambula com dificuldade", "S93.4",
               "entorse e distensão do tornozelo", "gelo, imobilização, removido para raio-X"),
              ("crise de asma no meio do bloco, esqueceu a bombinha", "sibilos difusos, SpO2 92%", "J45.9", "asma não especificada",
               "salbutamol inalatório 3 ciclos, melhora, liberado"),
              ("reação alérgica à tinta do glitter no rosto", "placas eritematosas em face e pescoço, sem edema de glote", "T78.4",
               "alergia não especificada", "anti-histamínico, lavagem, liberada"),
              ("dor no peito e falta de ar após o desfile", "PA 170x100, ECG sem supra", "R07.4", "dor torácica não especificada",
               "AAS, removido ao hospital para investigação"),
              ("queda na arquibancada com corte no supercílio", "ferimento de 2 cm, consciente, sem perda de consciência", "S01.1",
               "ferimento da pálpebra e região periocular", "sutura, curativo, orientado sobre sinais de alerta")]
# barracão work accidents: (what, ICD-10, description)
WORK_ACC = [("queimadura na mão com cola quente ao montar costeiros", "T23.2", "queimadura de segundo grau do punho e da mão", ("ADERECISTA", "ADERECISTA")),
            ("corte no antebraço com serra tico-tico ao recortar isopor", "S51.8", "ferimento de outras partes do antebraço", ("ESCULTORA", "ESCULTOR")),
            ("queda de 2,5 m do carro alegórico durante a montagem", "S32.0", "fratura de vértebra lombar", ("SERRALHEIRA", "FERREIRO")),
            ("corpo estranho no olho ao lixar fibra de vidro", "T15.0", "corpo estranho na córnea", ("ESCULTORA", "ESCULTOR")),
            ("intoxicação por vapor de solvente no ateliê de pintura", "T52.0", "efeito tóxico de derivados do petróleo", ("PINTORA", "PINTOR")),
            ("perfuração do dedo com agulha da máquina de costura industrial", "S61.0", "ferimento de dedo sem lesão da unha", ("COSTUREIRA", "COSTUREIRO")),
            ("queimadura no antebraço com respingo de solda no chassi do carro", "T22.2", "queimadura de segundo grau do ombro e membro superior", ("SOLDADORA", "SOLDADOR"))]
ROLE_BOXES = ["sac", "contato", "atendimento", "secretaria", "financeiro", "tesouraria", "cobranca", "alas", "fantasias", "bateria", "harmonia",
              "diretoria", "presidencia", "juridico", "no-reply", "naoresponda", "protocolo", "dpo", "lgpd", "rh", "ingressos", "camarote",
              "reembolso", "cancelamento", "suporte", "achados", "achadoseperdidos", "carnaval", "eventos", "posturas", "alvara", "subprefeitura",
              "saude", "vigilancia", "cievs", "notifica", "samu", "patrocinio", "marketing", "imprensa", "comercial", "faturamento",
              "contabilidade", "voluntarios", "bloco", "producao", "barracao", "liga", "intimacoes", "jec", "secretaria.jec", "ouvidoria"]
REL_KIN = {True: ["mãe", "avó", "tia", "irmã", "madrinha", "esposa", "filha"], False: ["pai", "avô", "tio", "irmão", "padrinho", "marido", "filho"]}
STUDENT_JOB = ("estudante", "estudante")
SAMBA_JOBS = [("motorista", "costureira"), ("ritmista", "passista"), ("aderecista", "aderecista"), ("ferreiro", "bordadeira"),
              ("serralheiro", "cabeleireira"), ("pedreiro", "merendeira"), ("vigilante", "técnica de enfermagem"), ("servidor público", "servidora pública"),
              ("comerciante", "comerciante"), ("professor de percussão", "professora de dança"), ("aposentado", "aposentada"),
              ("autônomo", "autônoma"), ("músico", "cantora"), ("escultor", "figurinista")]
CREW_RANKS = ["SD PM", "CB PM", "3º SGT PM", "2º SGT PM", "SUBTEN PM", "TEN PM"]


def escola(g: Gen) -> tuple[str, str, str, str, str]:
    return g.pick(ESCOLAS)


def short_escola(e: tuple) -> str:
    """'Unidos da Vila Aurora' from 'G.R.E.S. Unidos da Vila Aurora'."""
    return e[0].split(" ", 1)[1]


CARNIVAL = {2025: datetime.date(2025, 3, 1), 2026: datetime.date(2026, 2, 14), 2027: datetime.date(2027, 2, 6)}
VENUE_OF = {"Rio de Janeiro": "Sambódromo da Marquês de Sapucaí", "Niterói": "Passarela do Samba Mestre Aniceto Furquim", "São Paulo": "Sambódromo do Anhembi",
            "Santos": "Passarela Dona Zica Arcoverde", "Porto Alegre": "Complexo Cultural do Porto Seco", "Florianópolis": "Passarela Nego Quirido",
            "Vitória": "Sambão do Povo", "Manaus": "Sambódromo de Manaus", "Belo Horizonte": "Avenida Afonso Pena", "Uruguaiana": "Sambódromo de Uruguaiana"}
FEM_PLACE = ("Passarela", "Avenida", "Praça", "UPA", "Policlínica", "Banda", "Tenda", "Cidade", "Fábrica", "Liga", "Rua", "Frisa", "Arquibancada", "Clínica",
             "Associação", "União")


def cday(g: Gen, year: int | None = None, lo: int = -3, hi: int = 4) -> datetime.date:
    """A day of the carnival (parades, blocks, first-aid posts), a few days around Saturday of carnival."""
    y = year or g.pick([2025, 2026, 2026, 2027])
    return CARNIVAL[y] + datetime.timedelta(days=g.ri(lo, hi))


def pre_day(g: Gen, lo: int = 10, hi: int = 90, year: int | None = None) -> datetime.date:
    """A day before the carnival (rehearsals, fittings, sales, contracts)."""
    return cday(g, year, 0, 0) - datetime.timedelta(days=g.ri(lo, hi))


def venue_of(esc: tuple) -> str:
    return VENUE_OF[esc[3]]


def em(place: str) -> str:
    """'na Passarela ...', 'no Sambódromo ...', 'na UPA ...', 'no Hospital ...'."""
    return ("na " if place.split()[0] in FEM_PLACE else "no ") + place


def gov_dom(city: str) -> str:
    """A city hall's e-mail domain."""
    return re.sub(r"[^a-z]", "", fold(city).lower()) + UF_DOM.get(city, ".gov.br")


UF_DOM = {c: f".{u.lower()}.gov.br" for c, u in CITIES}


def snick(g: Gen, p: Person) -> str:
    """A samba-world nickname: a pet name or a free one, with an instrument's, a place's or a role's word sometimes ('Tião da Cuíca')."""
    base = p.nick if g.chance(0.45) and p.nick != p.first else g.pick(FREE_NICK_F if p.female else FREE_NICK)
    return f"{base} {g.pick(NICK_TRADE)}" if g.chance(0.6) else base


def honor(g: Gen, p: Person, mestre: bool = False) -> str:
    """A title said before a name (never inside the PERSON span): Mestre, Mestra, Dona, Seu, Tia, Vó."""
    if mestre:
        return "Mestra" if p.female else "Mestre"
    return g.pick(["Dona", "Tia", "Vó", "Dona"]) if p.female else g.pick(["Seu", "Mestre", "Seu"])


def cdob(g: Gen, post: str = "", fmt: str | None = None) -> str:
    """A birth date fitting a position: baianas and velha guarda are old, the children's wing young, passistas in between."""
    if post in ("baiana", "velha guarda") or "Baianas" in post or "Velha" in post:
        return g.dob(fmt, 1938, 1968)
    if "crianças" in post.lower():
        return g.dob(fmt, 2012, 2019)
    if post in ("passista", "comissão de frente"):
        return g.dob(fmt, 1988, 2006)
    return g.dob(fmt, 1955, 2007)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def ficha_no(g: Gen) -> str:
    """A member's, a wing's or a costume's internal number (not labelled)."""
    return clean(g, lambda: g.pick([f"{g.ri(2025, 2026)}/{g.d(4)}", f"C-{g.d(5)}", f"{g.d(4)}", f"ALA{g.ri(1, 40):02d}-{g.d(3)}", f"sócio nº {g.d(5)}"]))


def ingresso_no(g: Gen) -> str:
    """A ticket's code (not labelled)."""
    return clean(g, lambda: g.pick([f"{g.hexs(4, True)}-{g.hexs(4, True)}-{g.hexs(4, True)}", f"{g.d(12)}", f"SP{g.d(9)}", f"TKT-{g.d(8)}"]))


def credencial(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"CRED-{g.d(6)}", f"{g.d(3)}.{g.d(3)}", f"LIGA/{g.ri(2025, 2026)}/{g.d(5)}"]))


def order_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"#{g.d(8)}", f"PED-{g.d(6)}", f"{g.hexs(8, True)}", f"{g.ri(100000, 999999)}-{g.d(2)}", f"FT{g.d(10)}"]))



def nf_no(g: Gen) -> str:
    """An electronic invoice's number or access key part (not labelled)."""
    return clean(g, lambda: g.pick([f"NF-e nº {g.d(3)}.{g.d(3)}", f"NFS-e {g.d(6)}", f"nota fiscal {g.d(5)}, série 1"]))


def contrato_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.ri(1, 999):03d}/{g.pick([2025, 2026])}", f"CT-{g.d(5)}", f"{g.up(2)}{g.d(6)}", f"PAT-{g.ri(2025, 2026)}-{g.d(4)}"]))


def processo_sei(g: Gen) -> str:
    """A city hall's administrative process number (not labelled)."""
    return clean(g, lambda: g.pick([f"SEI {g.d(4)}.{g.ri(2025, 2026)}/{g.d(7)}-{g.d(1)}", f"processo nº {g.d(2)}/{g.d(6)}/{g.ri(2025, 2026)}",
                                    f"requerimento {g.ri(2025, 2026)}-{g.d(6)}"]))


def e2e(g: Gen, t: datetime.datetime | None = None) -> str:
    """A Pix end-to-end transaction id (not labelled)."""
    t = t or g.moment()
    return clean(g, lambda: f"E{g.d(8)}{t.strftime('%Y%m%d%H%M')}{g.hexs(11, True)}")


def nsu(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"NSU {g.d(6)}", f"aut. {g.d(6)}", f"TID {g.d(12)}", f"NSU {g.d(9)}"]))


def imei(g: Gen) -> str:
    """A phone's IMEI (15 digits, Luhn-valid, never a CNS): not labelled."""
    while True:
        b = g.pick(["35", "86", "01"]) + g.d(12)
        n = b + luhn_dv(b)
        if not cns_ok(n):
            return n


def bo_no(g: Gen, year: int | None = None) -> str:
    y = year or g.ri(2025, 2026)
    return clean(g, lambda: g.pick([f"{g.up(2)}{g.d(4)}-{g.ri(1, 9)}/{y}", f"{g.d(6)}/{y}", f"BO {g.d(4)}/{y}"]))


def carteirinha(g: Gen) -> str:
    """A health plan's card number: not one of the labels."""
    return clean(g, lambda: g.pick([f"{g.d(1)} {g.d(3)} {g.d(6)} {g.d(2)}-{g.d(1)}", f"{g.up(3)}.{g.d(4)}.{g.d(6)}", f"{g.d(4)} {g.d(4)} {g.d(5)}"]))


def cbo(g: Gen) -> str:
    return clean(g, lambda: g.pick(["7630-05", "7682-05", "7631-10", "2624-10", "3761-15", "7155-05"]))


def cnj_of(g: Gen, uf: str) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.{CNJ_SEG[uf]}.{g.d(4)}")


def cnj_trt(g: Gen, uf: str) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.{TRT[uf]}.{g.d(4)}")


def money(g: Gen, lo: float, hi: float) -> float:
    return round(g.rng.uniform(lo, hi), 2)


def word_neg(g: Gen) -> str:
    """A sentence with name-like words used as words, schools, blocks, venues and streets (never labelled)."""
    return g.pick(["A porta-bandeira e o mestre-sala tiraram nota 10 nos quatro julgadores.",
                   "O enredo deste ano, “Aurora de um povo”, fala da flor que nasce no asfalto.",
                   "A ala das baianas sai de branco e prata, com esplendor de quatro quilos.",
                   "Foi uma vitória: a escola volta ao Grupo Especial depois de seis carnavais.",
                   "Seria prudente chegar à concentração até as 20h; o portão da Marquês de Sapucaí fecha às 21h.",
                   "O Bloco Acorda Aurora sai da Praça da Estação às 7h, com a Banda da Rosa Branca atrás.",
                   "A luz do carro abre-alas apagou no ensaio técnico e o leão dourado da escultura ficou no escuro.",
                   "Na Rua Noel Rosa ninguém estaciona no domingo de carnaval: é concentração de bloco.",
                   "A Passarela Nego Quirido e o Sambódromo do Anhembi abrem para ensaios técnicos em janeiro.",
                   "Pérolas, estrelas e paetês: o destaque do terceiro carro gastou R$ 38.000,00 na fantasia.",
                   "Esperança de todo componente é que a fantasia chegue ao barracão antes do sábado.",
                   "O carro da rosa dos ventos ficou preso na curva da Presidente Vargas por onze minutos.",
                   "O Bloco Me Beija que Sou Prudente não desfila este ano por falta de patrocínio.",
                   "A bateria segurou o samba no sereno da madrugada, mesmo com a chuva na dispersão.",
                   "O Cordão do Bento e o Bloco Dona Vitória Chegou dividem o mesmo trajeto na segunda de carnaval.",
                   "A velha guarda desfila de terno branco e chapéu de palha, como manda a tradição.",
                   "Prata da casa: o samba vencedor foi composto por gente da própria comunidade."])


def chat_neg(g: Gen) -> str:
    """A chat aside with name-like words used as words, schools, blocks and places."""
    return g.pick(["a luz da quadra caiu de novo no meio do ensaio kkkk", "foi uma vitória terminar a evolução sem buraco", "seria prudente levar capa de chuva",
                   "o leão da alegoria tá sem a juba ainda 😂", "rosa dos ventos é o nome do carro 3 né?", "o cordão do bento sai q horas?",
                   "a aurora tá linda hoje, amanheci na dispersão", "bloco flor do asfalto tava lotado", "gente o esplendor é branco ou prata?",
                   "a marquês de sapucaí tava um forno ontem", "esperança é que a fantasia chegue até sexta 🙏", "sereno caiu forte na concentração",
                   "paetê dourado acabou no armarinho", "o bloco dona vitória chegou mudou o trajeto"])


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "inv": p.inverted, "lfirst": lower(p.first), "lshort": lower(p.short)}[f])




def kin(g: Gen, p: Person) -> str:
    return g.pick(REL_KIN[p.female])


def say_f(doc: Doc):
    def say(who: str, tpl: str, **vals) -> None:
        doc.t(f"{who}: ")
        doc.f(tpl, **vals)
        doc.t("\n")
    return say


def a_(p: Person) -> str:
    return "a" if p.female else "o"


def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for k in range(n):
        w = g.person()
        if g.chance(0.75):
            doc.f("«k». «n» — CPF «c»\n", k=k + 1, n=P(w.capsf if caps else g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))
        else:
            doc.f("«k». «n» — RG «c»\n", k=k + 1, n=P(w.capsf if caps else g.pick([w.full, w.caps])), c=(g.rg(), "BR_RG"))


def ident(x: str) -> str:
    return x


# --------------------------------------------------------------------------- atendimento


def at_ala_zap(g: Gen) -> Doc:
    """A WhatsApp chat with a samba school's wing (a bot, then the wing's director, by name or samba nickname after "Mestre"/"Dona"/"Seu"): a newcomer (or a mother for the children's wing) asks for a place; the costume's price and instalments; name, birth date, CPF, RG sometimes, size, e-mail, the home address and CEP for the costume's delivery or "retiro no barracão"; the wing's random Pix key or a card typed (the director asks to delete it); a cousin joining with name, CPF and birth date; the costume fitting at the barracão (a place); who takes the newcomer to the parade, with a phone."""
    doc = Doc()
    esc = escola(g)
    st = chat_stamp(g)
    cd = cday(g, lo=0, hi=2)
    tt = iter(seq_times(g, 40, g.moment(cd - datetime.timedelta(days=g.ri(45, 150)), hours=(9, 23)), 20, 1500))
    bot = g.pick(BOTS)
    ala = g.pick(ALAS)
    dirp = g.person(female=g.chance(0.5))
    dnick = snick(g, dirp)
    kids = ala == "das Crianças"
    c = g.person()
    mom = g.relative(c, female=True) if kids else None
    acct = g.pick([f"Ala {ala} · {short_escola(esc)}", f"{short_escola(esc)} Alas 🎭", f"Secretaria {short_escola(esc)} 🥁"])
    if g.chance(0.5):
        doc.f("Conversa do WhatsApp com «a»\n\n", a=acct)
        B, R = V(acct), V("Você")
    else:
        who = mom or c
        R = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.75) else P(g.pick([who.full, who.short, lower(who.first)]))
        doc.t("Conversa do WhatsApp com ")
        doc.e(*R)
        doc.t("\n\n")
        B = V("Você")
    if mom:
        cl(doc, st(next(tt)), R, g.pick(["boa noite, ainda tem vaga na ala das crianças? é pr«o» «k» de «i» anos", "oi! «k» quer desfilar na ala das crianças, tem vaga?"]),
           o="a" if c.female else "o", k="minha filha" if c.female else "meu filho", i=g.ri(7, 12))
    else:
        cl(doc, st(next(tt)), R, g.pick(["boa noite! ainda tem vaga na ala «a»? quero desfilar esse ano", "oi, vi no insta que abriu vaga na ala «a», como faço?",
                                         "bom dia, qual o valor da fantasia da ala «a»?"]), a=lower(ala))
    cl(doc, st(next(tt)), B, "Olá! Eu sou «b», assistente virtual da «e» 🥁 Digite 1 para alas e fantasias, 2 para ingressos de ensaio, 3 para falar com a secretaria.",
       b=bot, e=short_escola(esc))
    cl(doc, st(next(tt)), R, g.pick(["1", "1", "1 alas"]))
    intro = g.pick(["nick", "name", "both"])
    if intro == "nick":
        cl(doc, st(next(tt)), B, "Aqui é «t» «n», diretor«a» da ala «l» 😄 Tem vaga sim!", t=honor(g, dirp), n=P(dnick), a="a" if dirp.female else "", l=ala)
    elif intro == "name":
        cl(doc, st(next(tt)), B, "Oi! Sou «n», diretor«a» da ala «l». Tem vaga sim!", n=P(g.pick([dirp.first, dirp.short])), a="a" if dirp.female else "", l=ala)
    else:
        cl(doc, st(next(tt)), B, "Fala! Aqui é «n», «o» «k» da ala «l» 😄 vaga tem sim", n=P(dirp.first), o=a_(dirp), k=P(dnick), l=ala)
    price = money(g, 180, 420) if kids else money(g, 650, 2400)
    cl(doc, st(next(tt)), B, "A fantasia sai R$ «v» em até «k»x (inclui «x»). Me manda: nome completo, data de nascimento, CPF, tamanho, número do calçado, e-mail e endereço com CEP se quiser receber em casa.",
       v=brl(price), k=g.pick([4, 5, 6, 8]), x=g.pick(["chapéu, costeiro e sapato", "roupa, adereço de mão e sapatilha", "macacão, ombreira e cabeça"]))
    doc.t(st(next(tt)))
    doc.e(*R)
    doc.t(": ")
    low = g.chance(0.5)
    size = g.pick(["P", "M", "G", "GG", "EXG", "10", "12"] if not kids else ["8", "10", "12", "14"])
    home = g.chance(0.6)
    if low:
        doc.f("«n» nasc «d» cpf «c»", n=P(c.low), d=(cdob(g, ala, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"),
              c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
        if mom:
            doc.f(" sou a mae «n» cpf «c»", n=P(g.pick([mom.low, lower(mom.first)])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
        doc.f(" tam «s» calça «k» email «e»", s=size.lower(), k=g.ri(28, 44), e=(g.email(mom or c), "EMAIL_ADDRESS"))
        if home:
            doc.f(" entrega na «a» «b» cep «p»", a=(g.address("low"), "ADDRESS"), b=lower(g.pick(BAIRROS)), p=(g.cep(g.chance(0.5)), "BR_CEP"))
        else:
            doc.t(" retiro no barracão")
        doc.t("\n")
    else:
        city, uf = g.city()
        doc.f("Nome: «n»\nNascimento: «d»\nCPF: «c»\n", n=P(g.pick([c.full, c.caps])), d=(cdob(g, ala, "br"), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"))
        if g.chance(0.35) and not kids:
            doc.f("RG: «r»\n", r=(g.rg(), "BR_RG"))
        if mom:
            doc.f("Responsável: «n» (mãe) — CPF «c»\n", n=P(g.pick([mom.full, mom.caps])), c=(g.cpf(), "BR_CPF"))
        doc.f("Tamanho: «s» / calçado «k»\nE-mail: «e»\n", s=size, k=g.ri(28, 44), e=(g.email(mom or c), "EMAIL_ADDRESS"))
        if home:
            doc.f("Endereço: «a», «b», «m»/«u» — CEP «p»\n", a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), m=city, u=uf, p=(g.cep(), "BR_CEP"))
    cl(doc, st(next(tt)), B, "Anotado, «n»! Ficha «f» ✅ A entrada pode ser no Pix da ala, chave aleatória «k», ou no cartão pelo link.",
       n=P(g.pick([c.first, (mom or c).first])) if g.chance(0.6) else "tudo certo", f=ficha_no(g), k=(g.uuid(), "PIX_KEY"))
    if g.chance(0.55):
        cl(doc, st(next(tt)), R, "da pra passar no cartao? «k» val «v» cvv «c»", k=(g.card(g.chance(0.6)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}", c=g.d(3))
        cl(doc, st(next(tt)), B, "Apaga essa msg por favor 🙏 não pegamos dado de cartão pelo zap. Vou te mandar o link seguro.")
    else:
        cl(doc, st(next(tt)), R, g.pick(["fiz o pix, segue comprovante", "pago ✅", "<Mídia oculta>"]))
    if g.chance(0.55):
        cz = g.person(female=g.chance(0.6))
        cl(doc, st(next(tt)), R, "«k» «n» tbm quer, cpf «c» nasc «d»", k=g.pick(["minha prima", "minha vizinha", "minha amiga"]) if cz.female else g.pick(["meu primo", "meu vizinho", "meu amigo"]),
           n=P(g.pick([cz.low, cz.full, lower(cz.short)])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), d=(cdob(g, "", g.pick(["br", "nopad"])), "DATE_OF_BIRTH"))
        cl(doc, st(next(tt)), B, g.pick(["Coloquei «n» também 👍", "Coloquei na lista também 👍", "Anotado 👍"]), n=P(g.pick([cz.first, lower(cz.first)])))
    cl(doc, st(next(tt)), B, "Prova de fantasia no «b», «d» às 19h. Ensaio de quadra toda quinta e ensaio técnico «v» dia «e».",
       b=g.pick(BARRACOES), d=g.pick(["sábado", "terça", "domingo"]), v=em(venue_of(esc)), e=dbr(cd - datetime.timedelta(days=g.ri(8, 30)), "short"))
    if g.chance(0.6):
        dad = g.relative(c, female=g.chance(0.3))
        cl(doc, st(next(tt)), R, "quem vai me levar no dia é «k» «n», o cel é «t»", k=g.pick(["meu pai", "meu tio", "meu irmão"]) if not dad.female else g.pick(["minha tia", "minha irmã"]),
           n=P(g.pick([dad.first, lower(dad.first), dad.short])), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
        if g.chance(0.4):
            cl(doc, st(next(tt)), R, "é um «c» «k», placa «p», pode parar na quadra?", c=g.pick(["onix", "hb20", "gol", "kwid", "spin"]), k=g.pick(["prata", "branco", "preto", "vermelho"]),
               p=(g.plate(), "LICENSE_PLATE"))
            cl(doc, st(next(tt)), B, "Pode sim, avisa o segurança no portão 2 🚗")
    if g.chance(0.35):
        cl(doc, st(next(tt)), R, chat_neg(g))
    cl(doc, st(next(tt)), B, g.pick(["Bem-vind«o» à ala «l»! 💙 Vamos com tudo pro título!", "Tudo certo! Qualquer coisa chama aqui. Bem-vind«o» à família «e»!"]),
       o=a_(c), l=ala, e=short_escola(esc))
    return doc


def at_ingresso_stt(g: Gen) -> Doc:
    """A speech-to-text call to a ticket seller or a carnival league's ticket line (lower case): a buyer asks to change the holder of a nominal ticket, a refund of a duplicated charge or a senior's half price; name, CPF, birth date, phone, sometimes the address and CEP for the physical tickets, dictated in groups or in words ("meia" for six); the new holder's name and CPF; the attendant by first name; then the typed record (order number and sector unlabelled, the attendant by name or login)."""
    doc = Doc()
    tk, tdom = g.pick(TICKETERS)
    at = g.person(female=g.chance(0.65))
    c = g.person()
    cpf = g.cpf_digits()
    ddd, local = g.msisdn(g.chance(0.85))
    senior = g.chance(0.3)
    dd, mm, yy = g.dob_parts(1940, 1965) if senior else g.dob_parts(1960, 2006)
    motive = g.pick(["troca", "estorno", "meia"]) if senior else g.pick(["troca", "estorno", "entrega"])
    say = say_f(doc)
    ped = order_no(g)
    doc.f("Transcrição automática — chamada «c» — «h» — confiança «k»%\n\n", c=proto(g), h=f"{g.hm()}:{g.ri(0, 59):02d}", k=g.ri(72, 95))
    A = g.pick(["atendente", "locutor 1", "agente"])
    C = g.pick(["cliente", "locutor 2", "ligante"])
    say(A, "«x» central de ingressos «t» meu nome é «a» em que posso ajudar", x=g.pick(["bom dia", "boa tarde", "boa noite"]), t=lower(tk), a=P(lower(at.first)))
    want = {"troca": "trocar o nome do ingresso que eu comprei pro desfile", "estorno": "o estorno de uma cobrança que veio duplicada no cartão",
            "meia": "saber da meia entrada de idoso que não aplicaram", "entrega": "saber da entrega dos ingressos físicos e do abadá"}[motive]
    say(C, "oi eu queria «w» meu nome é «n»", w=want, n=P(g.pick([c.low, lower(c.short)])))
    say(A, "claro pode me informar o cpf do comprador")
    say(C, "«c»", c=(stt_cpf(cpf, g), "BR_CPF"))
    say(A, "e a data de nascimento")
    say(C, "«d»", d=(g.pick([f"{dd} do {mm} de {yy}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} {mm} {str(yy)[2:]}"]), "DATE_OF_BIRTH"))
    say(A, "localizei o pedido «p» «s» «q» ingressos", p=" ".join(ped) if ped.isdigit() and g.chance(0.4) else lower(ped), s=lower(g.pick(SETORES)), q=g.pick(["dois", "três", "quatro"]))
    new = None
    if motive == "troca":
        new = g.person()
        cpf2 = g.cpf_digits()
        say(C, "isso um deles é pra «m» que não vai mais vai ser pra «n»", m=g.pick(["minha cunhada", "meu sobrinho", "uma amiga", "meu chefe"]), n=P(g.pick([new.low, lower(new.short)])))
        say(A, "preciso do cpf da nova titular" if new.female else "preciso do cpf do novo titular")
        say(C, "«c»", c=(stt_cpf(cpf2, g), "BR_CPF"))
    elif motive == "estorno":
        if g.chance(0.45):
            say(C, "veio duas vezes «v» na fatura do cartão «f»", v=brl(money(g, 180, 1600)).split(",")[0] + " reais", f=(g.card(True, g.pick(["4", "5"])), "CREDIT_CARD"))
        else:
            say(C, "veio duas vezes «v» na fatura do cartão final «f»", v=brl(money(g, 180, 1600)).split(",")[0] + " reais", f=" ".join(g.d(4)))
        say(A, "vou abrir a contestação o estorno cai em até duas faturas")
    elif motive == "meia":
        say(C, "eu tenho «i» anos paguei inteira nos dois", i=2026 - yy)
        say(A, "vou ajustar e a diferença volta no mesmo meio de pagamento")
    else:
        say(C, "o endereço de entrega é «a» bairro «b» cep «p»", a=(g.address("low"), "ADDRESS"), b=lower(g.pick(BAIRROS)), p=(stt_groups(g.cep(False), g), "BR_CEP"))
        say(A, "a retirada também pode ser no guichê do sambódromo com documento com foto")
    say(A, "um telefone pra contato")
    mob = len(local) == 9
    say(C, "«t»", t=(g.pick([f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mob else f"{ddd} {local[:4]} {local[4:]}",
                             f"{spoken_digits(ddd, g)} {spoken_digits(local, g)}", f"{ddd} {local[:-4]} {local[-4:]}"]), "PHONE_NUMBER"))
    pr = proto(g)
    say(A, "anota o protocolo «p» posso ajudar em algo mais", p=pr)
    say(C, g.pick(["não obrigada", "só isso valeu", "não tá bom obrigado", "brigado bom carnaval"]))
    doc.t("\n=== Registro do atendimento ===\n")
    fields = [("Protocolo", V(pr)), ("Pedido", V(ped)), ("Comprador(a)", pname(g, c, ("full", "caps"))), ("CPF", (fmt_cpf(cpf), "BR_CPF")),
              ("Nascimento", (f"{dd:02d}/{mm:02d}/{yy}", "DATE_OF_BIRTH")), ("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    if new:
        fields.append(("Novo titular", P(g.pick([new.full, new.caps]))))
        fields.append(("CPF novo titular", (fmt_cpf(cpf2), "BR_CPF")))
    if g.chance(0.7):
        fields.append(("E-mail", (g.email(c), "EMAIL_ADDRESS")))
    fields.append(("Setor", V(g.pick(SETORES))))
    fields.append(("Motivo", V({"troca": "troca de titularidade", "estorno": "cobrança em duplicidade", "meia": "meia-entrada idoso (Lei 10.741/2003)",
                                "entrega": "entrega física"}[motive])))
    fields.append(("Atendente", P(at.short) if g.chance(0.55) else V(login(at, g))))
    kv_block(doc, fields, g.pick(["lines", "dots", "caps", "box"]))
    return doc


def at_ficha_componente(g: Gen) -> Doc:
    """A samba school's member register form (typed, ruled box, CAPS labels, or a scan with OCR confusions): name, samba nickname, birth date, CPF, RG or CNH, título sometimes (members vote for the board), CNS sometimes, address, CEP, phone, e-mail, wing or instrument, sizes; the emergency contact with a phone; a minor's guardian with CPF; the member number unlabelled; the wing's director by nickname and the secretary by name or login."""
    doc = Doc()
    esc = escola(g)
    c = g.person()
    style = g.pick(["lines", "box", "caps", "dots", "scan", "scan"])
    scan = style == "scan"
    K = (lambda x: ocr(x, g, 0.3)) if scan else (lambda x: x)
    N = (lambda x: ocr(x, g, 0.35, names=True)) if scan else (lambda x: x)
    bat = g.chance(0.4)
    hdr = f"{fold(esc[1]).upper()}\nFICHA DE CADASTRO DE {'RITMISTA — BATERIA' if bat else 'COMPONENTE'} — CARNAVAL {g.pick([2026, 2027])}\n\n"
    doc.t(ocr(hdr, g, 0.4) if scan else hdr)
    city, uf = esc[3], esc[4]
    post = "ritmista" if bat else g.pick(POSTS)
    kids = post == "ala das crianças"
    fields = [(K("Nome completo"), P(N(c.capsf if scan or style == "caps" else g.pick([c.full, c.caps]))))]
    if g.chance(0.6) and not kids:
        fields.append((K("Apelido / nome no samba"), P(N(snick(g, c)))))
    fields.append((K("Data de nascimento"), (cdob(g, post, g.pick(["br", "br", "nopad", "short"])), "DATE_OF_BIRTH")))
    fields.append((K("CPF"), (g.cpf(), "BR_CPF")))
    if g.chance(0.2):
        fields.append((K("Obs. CPF"), V(f"no formulário online constava {g.neg_cpf(g.chance(0.7))} (corrigido à vista do documento)")))
    if g.chance(0.75):
        fields.append((K("RG"), (g.rg(), "BR_RG")))
        fields.append((K("Órgão emissor"), V(g.pick(RG_ORG))))
    elif not kids:
        fields.append((K("CNH"), (g.cnh(), "BR_CNH")))
    if not kids and g.chance(0.4):
        fields.append((K("Título de eleitor"), (g.titulo(), "BR_TITULO_ELEITOR")))
    if g.chance(0.35):
        fields.append((K("Cartão SUS"), (g.cns(), "BR_CNS")))
    fields.append((K("Endereço"), (N(g.address("caps" if scan or style == "caps" else "text")), "ADDRESS")))
    fields.append((K("Bairro"), V(g.pick(BAIRROS))))
    fields.append((K("Cidade/UF"), V(f"{city}/{uf}")))
    fields.append((K("CEP"), (g.cep(g.chance(0.8)), "BR_CEP")))
    fields.append((K("Celular/WhatsApp"), (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")))
    if g.chance(0.85):
        fields.append((K("E-mail"), (g.email(c), "EMAIL_ADDRESS")))
    if bat:
        fields.append((K("Instrumento"), V(g.pick(INSTR))))
        fields.append((K("Tempo de bateria"), V(g.pick(["2 carnavais", "desde 2009", "estreante", "10 anos", "veio da bateria mirim"]))))
    else:
        fields.append((K("Ala / posição"), V(f"ala {g.pick(ALAS)}" if post == "componente de ala" else post)))
    fields.append((K("Tamanho (roupa/calçado)"), V(f"{g.pick(['P', 'M', 'G', 'GG', 'EXG'])} / {g.ri(33, 44)}")))
    if kids:
        r = g.relative(c, female=g.chance(0.75))
        fields.append((K("Responsável"), P(N(r.capsf if scan else g.pick([r.full, r.caps])))))
        fields.append((K("CPF do responsável"), (g.cpf(), "BR_CPF")))
        fields.append((K("Tel. responsável"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    em_ = g.person()
    fields.append((K("Contato de emergência"), P(N(g.pick([em_.full, em_.short, em_.first])))))
    fields.append((K("Parentesco"), V(g.pick(["avó", "tia", "madrinha"] if em_.female else ["avô", "tio", "padrinho"]) if kids else kin(g, em_))))
    fields.append((K("Tel. emergência"), (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")))
    fields.append((K("Nº de sócio"), V(ficha_no(g))))
    fields.append((K("Autoriza uso de imagem"), V(g.pick(["SIM", "sim", "NÃO"]))))
    kv_block(doc, fields, "caps" if scan else style)
    doc.t("\n")
    dirp = g.person(female=g.chance(0.5))
    sec = g.person(female=g.chance(0.7))
    if bat:
        doc.f("Avaliação: «t» «n» (mestre de bateria) — aprovado para «i».\n", t=honor(g, dirp, True), n=P(N(g.pick([snick(g, dirp), dirp.first]))), i=g.pick(INSTR))
    else:
        if g.chance(0.6):
            doc.f("Diretor(a) de ala: «n»\n", n=P(N(g.pick([snick(g, dirp), dirp.short, dirp.full]))))
    doc.f("Cadastrado por: «n» em «d»\n", n=P(N(g.pick([sec.first, sec.short]))) if g.chance(0.6) else V(login(sec, g)), d=g.date("br"))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def at_grupo_ala(g: Gen) -> Doc:
    """A wing's or a bateria's WhatsApp group in lower case (senders by number, name or samba nickname; @mentions; "<Mídia oculta>"): the rehearsal calendar, the list for the parade's credentials (names and CPFs), the costume's instalments by Pix to the director's key of any kind, a new number, the van to the parade with its plate and the driver's phone, the lost sandal, asides with names as words."""
    doc = Doc()
    esc = escola(g)
    st = chat_stamp(g)
    cd = cday(g, lo=0, hi=2)
    tt = iter(seq_times(g, 60, g.moment(cd - datetime.timedelta(days=g.ri(20, 60)), hours=(8, 23)), 60, 3600))
    mem = [g.person() for _ in range(7)]
    nicks = [snick(g, m) for m in mem]
    bat = g.chance(0.4)

    def sender(k: int) -> tuple:
        r = g.rng.random()
        if r < 0.78:
            return (g.phone("wa"), "PHONE_NUMBER")
        if r < 0.86:
            return P(mem[k].short)
        if r < 0.93:
            return P(nicks[k])
        return P(lower(mem[k].first))
    S = [sender(k) for k in range(7)]
    if g.chance(0.4):
        S[0] = V("Você")
    gname = g.pick([f"ala {lower(g.pick(ALAS))} {g.pick([2026, 2027])} 🎭", f"bateria {lower(short_escola(esc))} 🥁", f"componentes {lower(short_escola(esc))}",
                    "harmonia & evolução 💙", f"ala {lower(g.pick(ALAS))} — avisos"])
    doc.f("Conversa do WhatsApp com «g»\n\n", g=gname)
    org = 0
    msgs = []
    msgs.append(("ensaio de quadra quinta 20h, ensaio técnico «v» dia «d». chegar 1h antes com a camisa da escola", dict(v=lower(em(venue_of(esc))), d=dbr(cd - datetime.timedelta(days=g.ri(7, 18)), "short"))))
    msgs.append(("<Mídia oculta>", {}))
    msgs.append(("pra credencial da liga preciso de nome completo e cpf de todo mundo até sexta, manda aqui ou no pv", {}))
    kname, kv = pix_key(g, mem[org])
    msgs.append(("parcela da fantasia («v») no pix «k»: «c» — mandem o comprovante", dict(v=brl(g.pick([120.0, 150.0, 200.0, 95.0, 250.0])), k=kname, c=kv)))
    msgs.append(("meu numero novo é «t», salvem ai", dict(t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))))
    drv = g.person(female=g.chance(0.2))
    msgs.append(("a van pro desfile sai da quadra 21h, placa «p», motorista «n» «t»", dict(p=(g.plate(), "LICENSE_PLATE"), n=P(g.pick([lower(drv.first), drv.short, snick(g, drv)])),
                                                                                           t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))))
    msgs.append((chat_neg(g), {}))
    msgs.append(("letra do samba-enredo («e») no drive, quem não decorar não desfila 😤", dict(e=lower(g.pick(ENREDOS)))))
    msgs.append(("quem for buscar a fantasia comigo passa aqui em casa: «a», cep «p», sábado depois das 14h", dict(a=(g.address("low"), "ADDRESS"), p=(g.cep(g.chance(0.5)), "BR_CEP"))))
    ment = g.ri(1, 6)
    msgs.append(("@«a» achei tua sandália na dispersão kkk", dict(a=P(lower(g.pick([mem[ment].first, nicks[ment]]))))))
    if bat:
        msgs.append(("quem ficou sem «i» fala com «t» «n» antes do ensaio", dict(i=g.pick(INSTR), t=honor(g, mem[org], True).lower(), n=P(lower(nicks[org])))))
    else:
        msgs.append(("prova de fantasia no «b» sábado, leva o sapato", dict(b=g.pick(BARRACOES))))
    order = g.sample(msgs, min(len(msgs), g.ri(6, 9)))
    if not any("credencial" in tpl for tpl, _ in order):
        order.append(msgs[2])
    cpf_list = g.sample(range(1, 7), g.ri(2, 3))
    for tpl, vals in order:
        k = org if ("credencial" in tpl or "parcela" in tpl or "prova de" in tpl) else g.ri(0, 6)
        if "sandália" in tpl and k == ment:
            k = 0
        cl(doc, st(next(tt)), S[k], tpl, **vals)
        if "credencial" in tpl:
            for j in cpf_list:
                cl(doc, st(next(tt)), S[j], g.pick(["«n» «c»", "«n» cpf «c»", "«n» - «c»"]), n=P(g.pick([mem[j].low, lower(mem[j].short), mem[j].full])),
                   c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
            if g.chance(0.3):
                pf = g.person()
                cl(doc, st(next(tt)), S[g.ri(1, 6)], "e «a» «n» pediu pra mandar: «m» «c»", a="a" if pf.female else "o", n=P(lower(pf.first)), m=P(pf.low), c=(g.cpf(), "BR_CPF"))
            cl(doc, st(next(tt)), S[org], g.pick(["anotado ✅", "lista fechada, mando pra harmonia amanhã", "quem não mandou fica sem credencial hein",
                                                  "lista enviada, protocolo da liga «c»"]), c=credencial(g))
    if g.chance(0.4):
        cl(doc, st(next(tt)), S[g.ri(0, 6)], "desfile é dia «x», concentração «h»", x=dbr(cd, "short"), h=g.pick(["21h", "22h30", "23h"]))
    return doc


def at_achados_perdidos(g: Gen) -> Doc:
    """The city's carnival lost-and-found: the day's list of documents handed in (a ruled, psql or CSV table: item, the name on it, the RG, CNH, CPF or CNS printed on it, where it was found, who handed it in, a municipal guard or a street sweeper by name), then a reveller's e-mail to the role mailbox quoted under the clerk's answer (the wallet's contents: RG, CPF, a masked card; the phone; the IP; someone authorised to pick it up, with an RG)."""
    doc = Doc()
    city, uf = g.city()
    d0 = cday(g)
    bl0 = g.pick(BLOCOS)
    doc.f("CENTRAL DE ACHADOS E PERDIDOS — CARNAVAL DE RUA «y» — «c»/«u»\nRelação de documentos recebidos em «d»\n\n", y=d0.year, c=fold(city).upper(), u=uf, d=dbr(d0))
    rows = []
    owners = []
    for k in range(g.ri(3, 5)):
        p = g.person()
        owners.append(p)
        kind_ = g.pick(["RG", "RG", "CNH", "CPF", "Cartão SUS", "carteira c/ RG", "celular"])
        if kind_ in ("RG", "carteira c/ RG"):
            num_ = (g.rg(), "BR_RG")
        elif kind_ == "CNH":
            num_ = (g.cnh(), "BR_CNH")
        elif kind_ == "CPF":
            num_ = (g.cpf(), "BR_CPF")
        elif kind_ == "Cartão SUS":
            num_ = (g.cns(), "BR_CNS")
        else:
            num_ = V(f"IMEI {imei(g)}" if g.chance(0.5) else "-")
        by = g.person()
        rows.append([V(f"{k + 1:03d}"), V(kind_), P(g.pick([p.caps, p.capsf, p.full])) if kind_ != "celular" else V("(sem identificação)"), num_,
                     V(g.pick(BLOCOS) if g.chance(0.7) else g.pick(["Praça da Estação", "saída do metrô", "banheiro químico da praça", "ponto de ônibus da orla", "tenda de primeiros socorros"])), P(g.pick([by.short, by.first, by.caps])) if g.chance(0.35) else V(g.pick(["GM", "gari", "PM", "GM", "folião", "ambulante"])),
                     V(g.pick(["aguardando", "aguardando", "devolvido", "enviado ao Poupatempo"]))])
    style = g.pick(["plus", "psql", "csv"])
    cols = ["nº", "item", "nome no documento", "número", "local", "entregue por", "situação"]
    if style == "csv":
        table_csv(doc, cols, rows, g.pick([",", ";"]))
    else:
        table_ruled(doc, cols, rows, style)
    doc.t("\n\n")
    clerk = g.person(female=g.chance(0.6))
    c = g.person(female=g.chance(0.5))
    cmail = g.email(c)
    dom = gov_dom(city)
    t0 = g.moment(d0 + datetime.timedelta(days=1), hours=(8, 23))
    t1 = t0 + datetime.timedelta(hours=g.ri(3, 40))
    doc.f("De: «f»\nPara: «t»\nData: «d»\nAssunto: RE: carteira perdida - «b»\n\n", f=(corp_mail(clerk, dom, g), "EMAIL_ADDRESS") if g.chance(0.45) else V(role_mail(g, dom, g.pick(["achados", "achadoseperdidos"]))),
          t=(cmail, "EMAIL_ADDRESS"), d=mail_date(t1), b=bl0)
    found = g.chance(0.6)
    if found:
        doc.f("Prezad«o», localizamos sua carteira (item «i» da relação). A retirada é na central, de segunda a sexta, das 9h às 17h, com documento com foto ou boletim de ocorrência.\n",
              o=c.o, i=f"{g.ri(1, 120):03d}")
    else:
        doc.f("Prezad«o» «n», até o momento não recebemos documentos em seu nome. Recomendamos registrar o BO online; a lista é atualizada diariamente.\n", o=c.o, n=P(g.pick([c.first, c.full])))
    if g.chance(0.6):
        doc.f("Atenciosamente,\n«n»\nCentral de Achados e Perdidos\n", n=P(g.pick([clerk.full, clerk.short])))
    else:
        doc.t("Atenciosamente,\nEquipe da Central de Achados e Perdidos\n")
    doc.t("\n-----Mensagem original-----\n")
    doc.f("De: «n» <«e»>\nEnviada em: «d»\nPara: «r»\nAssunto: carteira perdida - «b»\nX-Originating-IP: [«ip»]\n\n", n=P(g.pick([c.full, c.low, c.short])), e=(cmail, "EMAIL_ADDRESS"),
          d=ts(t0, "br"), r=role_mail(g, dom, g.pick(["achados", "achadoseperdidos", "carnaval"])), b=bl0, ip=(g.ip(), "IP_ADDRESS"))
    doc.f("«x», perdi minha carteira ontem «b», perto da «q». Dentro estavam meu RG «r», ", x=g.pick(["Bom dia", "Boa tarde", "Olá"]), b=em(bl0),
          q=g.pick(["Praça da Estação", "concentração", "dispersão", "barraca de água de coco", "saída do metrô"]), r=(g.rg(), "BR_RG"))
    if g.chance(0.5):
        doc.f("a CNH «h», ", h=(g.cnh(), "BR_CNH"))
    doc.f("o cartão do «k» «m» e uma foto 3x4 da minha filha. Meu CPF é «c» e meu celular «t».", k=g.pick(BANKS)[1], m=g.masked_card(), c=(g.cpf(), "BR_CPF"),
          t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        au = g.person()
        doc.f(" Se eu não puder ir, quem retira é «k» «n», RG «r».", k=g.pick(["meu irmão", "meu marido", "meu primo"]) if not au.female else g.pick(["minha irmã", "minha esposa", "minha prima"]),
              n=P(g.pick([au.full, au.short])), r=(g.rg(), "BR_RG"))
    doc.f("\n\nObrigad«o»" + (",\n«n»\n" if g.chance(0.5) else "!\n"), o=c.o, n=P(g.pick([c.first, c.full])))
    return doc


def at_reclamacao_camarote(g: Gen) -> Doc:
    """A buyer's complaint to a camarote's or a ticket seller's support about a cancelled or overbooked camarote, quoted under the analyst's answer: order and ticket codes unlabelled, the nominal tickets' holders with CPF, the purchase date, art. 20 of the CDC, a masked card or a card typed, the refund to a Pix key of any kind or agency and account, CPF, phone, IP; the promoter who refused; the company's CNPJ in the signature."""
    doc = Doc()
    tk, tdom = g.pick(TICKETERS)
    an = g.person(female=g.chance(0.6))
    c = g.person()
    cmail = g.email(c)
    cd = cday(g, lo=0, hi=2)
    t0 = g.moment(cd + datetime.timedelta(days=g.ri(1, 12)), hours=(8, 23))
    t1 = t0 + datetime.timedelta(hours=g.ri(3, 72))
    ped = order_no(g)
    corp = g.chance(0.65)
    doc.f("De: «f»\nPara: «t»\nData: «d»\nAssunto: RE: Reembolso — pedido «p»\n\n", f=(corp_mail(an, tdom, g), "EMAIL_ADDRESS") if corp else V(f"Atendimento {tk} <{role_mail(g, tdom, g.pick(['sac', 'suporte', 'reembolso']))}>"),
          t=(cmail, "EMAIL_ADDRESS"), d=mail_date(t1), p=ped)
    refund = g.pick(["card", "pix", "conta"])
    doc.f(g.pick(["Olá, «n». ", "Olá! ", "Prezado(a) cliente, "]), n=P(g.pick([c.first, c.full])))
    doc.t(g.pick(["Lamentamos o ocorrido no camarote. ", "Pedimos desculpas pela superlotação do setor. ", "Recebemos sua solicitação. "]))
    if refund == "card":
        doc.t("O estorno foi solicitado à operadora e aparece em até duas faturas.\n\n")
    elif refund == "pix":
        doc.t("O reembolso será feito na chave Pix informada em até 10 dias úteis.\n\n")
    else:
        doc.t("O reembolso será depositado na conta informada em até 10 dias úteis.\n\n")
    if corp:
        doc.f("Atenciosamente,\n«n»\nAtendimento — «c»\n", n=P(an.full), c=tk)
    else:
        doc.f("Atenciosamente,\nEquipe «c»\n", c=tk)
    if g.chance(0.6):
        doc.f("«r» — CNPJ «j»\n", r=g.pick(["Aurora Eventos e Entretenimento Ltda.", "Frisa e Cia Produções Ltda.", "Folia Tickets Tecnologia S.A.", "Samba Pass Ingressos Ltda."]),
              j=(g.any_cnpj(), "BR_CNPJ"))
    doc.t("\n-----Mensagem original-----\n")
    doc.f("De: «n» <«e»>\nEnviada em: «d»\nAssunto: Reembolso — pedido «p»\nX-Originating-IP: [«ip»]\n\n", n=P(g.pick([c.full, c.low, c.short])), e=(cmail, "EMAIL_ADDRESS"),
          d=ts(t0, "br"), p=ped, ip=(g.ip(), "IP_ADDRESS"))
    buy = cd - datetime.timedelta(days=g.ri(20, 120))
    doc.f("«x». Comprei «k» ingressos «s» no dia «d» (pedido «o»). ", x=g.pick(["Boa noite", "Bom dia", "Prezados"]), k=g.pick(["dois", "três", "quatro"]),
          s=em(g.pick([x_ for x_ in SETORES if "amarote" in x_] + ["Camarote Leão Dourado", "Frisa 7 (open bar)"])), d=dbr(buy), o=ped)
    doc.t(g.pick(["Chegamos às 21h e o camarote estava superlotado, sem comida nem bebida como prometido. ",
                  "O camarote foi cancelado dois dias antes do desfile, sem explicação. ",
                  "Fomos barrados na entrada porque o sistema dizia que os ingressos já tinham sido usados. "]))
    hs = [g.person() for _ in range(g.ri(1, 2))]
    doc.t("Os ingressos eram nominais: ")
    for k, h in enumerate(hs):
        if k:
            doc.t(" e ")
        doc.f("«n» (CPF «c», código «i»)", n=P(g.pick([h.full, h.short])), c=(g.cpf(), "BR_CPF"), i=ingresso_no(g))
    doc.t(". ")
    if g.chance(0.5):
        pr = g.person(female=g.chance(0.4))
        doc.f("O promoter «n» disse que não havia o que fazer. ", n=P(g.pick([pr.first, pr.short, snick(g, pr)])))
    if refund == "card":
        if g.chance(0.45):
            doc.f("Paguei no cartão «k». ", k=(g.card(g.chance(0.6)), "CREDIT_CARD"))
        else:
            doc.f("Paguei no cartão «k». ", k=g.masked_card())
    elif refund == "pix":
        kind_, kv = pix_key(g, c)
        doc.f("Para o reembolso minha chave Pix («k») é «v». ", k=kind_, v=kv)
    else:
        b = g.pick(BANKS)
        doc.f("Para o reembolso: «b», agência «a», conta «c». ", b=b[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.f("Meu CPF é «c» e o telefone «t». Peço o reembolso integral (art. 20 da Lei 8.078/1990).\n", c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\n«n»\n", n=P(g.pick([c.first, c.full, c.caps])))
    return doc


def at_voluntarios_bloco(g: Gen) -> Doc:
    """A street block's volunteer spreadsheet (CSV, TSV or a ruled table), exported by the coordinator (her e-mail and public IP in the header): name, CPF, birth date, phone, e-mail, role (cordeiro, brigadista, hydration, first aid, photography), shirt size; brigade certificates unlabelled; the notes (the brigade's leader, a minor turned away, a new phone, a volunteer's address and CEP for the shirt, the block's president by nickname)."""
    doc = Doc()
    bl = g.pick(BLOCOS)
    coord = g.person(female=g.chance(0.6))
    cmail = g.email(coord)
    t0 = g.moment()
    doc.f("# «b» — voluntários carnaval «y» — exportado em «t»\n# por «m» · IP «ip»\n\n", b=bl, y=t0.year, t=ts(t0, "br"), m=(cmail, "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"))
    rows = []
    vols = [g.person() for _ in range(g.ri(4, 6))]
    for v in vols:
        role = g.pick(["cordeiro", "cordeiro", "brigadista", "hidratação", "primeiros socorros", "fotografia", "apoio do carro de som", "limpeza"])
        rows.append([P(g.pick([v.full, v.short, v.full])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.85) else V(""),
                     (g.dob(g.pick(["br", "iso"]), 1965, 2007), "DATE_OF_BIRTH") if g.chance(0.7) else V(""), (g.phone(g.pick(["par", "plain", "raw", "e164"])), "PHONE_NUMBER"),
                     (g.email(v), "EMAIL_ADDRESS") if g.chance(0.65) else V(""), (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if g.chance(0.6) else V(""),
                     V(role), V(g.pick(["P", "M", "G", "GG", "BL"])),
                     V(clean(g, lambda: g.pick([f"BC-{g.d(5)}", f"NR23/{g.d(4)}", f"{g.d(4)}/{g.ri(2024, 2026)}"])) if role == "brigadista" else "")])
    cols = ["nome", "cpf", "nascimento", "celular", "email", "tel_emergencia", "funcao", "camiseta", "certificado"]
    style = g.pick(["csv", "csv", "tsv", "ruled"])
    if style == "csv":
        table_csv(doc, cols, rows, g.pick([",", ";"]))
    elif style == "tsv":
        table_csv(doc, cols, rows, "\t")
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "md", "psql"]))
    doc.t("\nObs.:\n")
    notes = []
    v0 = g.pick(vols)
    notes.append(("- líder da brigada: «n» («t»)\n", dict(n=P(g.pick([v0.first, v0.short])), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))))
    mn = g.person()
    notes.append(("- «n» tem «i» anos, não pode ser cordeiro; ficou na hidratação com a mãe.\n", dict(n=P(g.pick([mn.first, mn.short])), i=g.ri(15, 17))))
    v1 = g.pick(vols)
    notes.append(("- «n» trocou de número: «t».\n", dict(n=P(g.pick([v1.first, v1.short])), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))))
    v2 = g.pick(vols)
    notes.append(("- camiseta d«o» «n» vai pelo correio: «a», CEP «p».\n", dict(o=a_(v2), n=P(g.pick([v2.first, v2.short])), a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))))
    pres = g.person()
    notes.append(("- reunião com «t» «n» (presidente do bloco) quinta, 19h, na «q».\n", dict(t=honor(g, pres), n=P(snick(g, pres)), q=g.pick(["sede", "praça", "quadra emprestada"]))))
    notes.append(("- " + word_neg(g) + "\n", {}))
    for tpl, vals in g.sample(notes, g.ri(2, 4)):
        doc.f(tpl, **vals)
    doc.f("\n«n» · coordenação de voluntários · «t»\n", n=P(g.pick([coord.full, coord.short])), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


AT = [at_ala_zap, at_ingresso_stt, at_ficha_componente, at_grupo_ala, at_achados_perdidos, at_reclamacao_camarote, at_voluntarios_bloco]


# --------------------------------------------------------------------------- juridico


def ju_cessao_imagem(g: Gen) -> Doc:
    """An image, name and voice release (capitals sometimes) by a passista, a destaque, a drum queen or a wing member (or a parent for a child of the children's wing) to a league, the school or a TV producer (CNPJ, its representative with CPF): the releaser qualified with birth date, samba nickname, e-mail and phone sometimes, home address and CEP; the parade's date and role; free of charge or a fee to a Pix key of any kind or agency and account; art. 20 of the Código Civil, Lei 9.610/1998, Lei 13.709/2018; witnesses with CPF or RG, or an e-signature log with e-mails and IPs."""
    doc = Doc()
    caps = g.chance(0.3)
    up = caps_t if caps else ident
    esc = escola(g)
    city, uf = esc[3], esc[4]
    role = g.pick(["passista", "destaque de carro alegórico", "rainha de bateria", "musa", "componente da comissão de frente", "componente de ala", "mestre-sala", "porta-bandeira", "criança da ala das crianças"])
    child = role.startswith("criança")
    p = g.person(female=g.chance(0.65) if role not in ("rainha de bateria", "musa", "porta-bandeira", "mestre-sala") else role != "mestre-sala")
    pmail = g.email(p)
    doc.t(up("TERMO DE AUTORIZAÇÃO DE USO DE IMAGEM, NOME E VOZ\n\n"))
    if child:
        par = g.person(female=g.chance(0.7))
        pmail = g.email(par)
        doc.t(up("CEDENTE: "))
        qualify(g, doc, par, caps=caps, email=pmail if g.chance(0.6) else False, phone=g.chance(0.6), where=(city, uf), job=g.pick(SAMBA_JOBS))
        doc.t(up(", neste ato representando " + ("sua filha" if p.female else "seu filho") + " menor "))
        kid = g.relative(par, female=p.female)
        doc.e(kid.capsf if caps else g.pick([kid.full, kid.caps]), "PERSON")
        doc.t(up(", nascid" + kid.o + " em "))
        doc.e(g.dob("br", 2012, 2019), "DATE_OF_BIRTH")
        signer = par
    else:
        doc.t(up("CEDENTE: "))
        qualify(g, doc, p, caps=caps, dob=(1960, 2006), email=pmail if g.chance(0.85) else False, phone=g.chance(0.8), where=(city, uf), job=g.pick(SAMBA_JOBS))
        if g.chance(0.6):
            doc.t(up(", conhecid" + p.o + " no meio do samba como "))
            doc.e(fold(snick(g, p)).upper() if caps else snick(g, p), "PERSON")
        signer = p
    doc.t(";\n")
    kind = g.pick(["liga", "escola", "tv"])
    rep = g.person()
    rmail = None
    if kind == "liga":
        lg = g.pick(LIGAS)
        fcaps(doc, caps, "CESSIONÁRIA: «n» — «a», inscrita no CNPJ sob o nº ", n=lg[0].upper() if caps else lg[0], a=lg[1])
        rmail = corp_mail(rep, lg[2], g)
    elif kind == "escola":
        fcaps(doc, caps, "CESSIONÁRIA: «n», inscrita no CNPJ sob o nº ", n=fold(esc[1]).upper() if caps else esc[1])
        rmail = corp_mail(rep, esc[2], g)
    else:
        tv = g.pick(["Aurora Filmes e Produções Ltda.", "Canal Sereno Comunicação S.A.", "Leão Dourado Audiovisual Ltda.", "Estrela TV Produções Ltda."])
        fcaps(doc, caps, "CESSIONÁRIA: «n», inscrita no CNPJ sob o nº ", n=fold(tv).upper() if caps else tv)
        rmail = corp_mail(rep, g.pick(["aurorafilmes.com.br", "canalsereno.com.br", "leaodourado.tv", "estrelatv.com.br"]), g)
    doc.e(g.any_cnpj(), "BR_CNPJ")
    doc.t(up(", neste ato representada por "))
    doc.e(rep.capsf if caps else g.pick([rep.full, rep.caps]), "PERSON")
    doc.t(up(", CPF nº "))
    doc.e(g.cpf(), "BR_CPF")
    doc.t(".\n\n")
    day = cday(g, lo=0, hi=2)
    doc.t(up(f"CLÁUSULA 1ª — O CEDENTE autoriza o uso de sua imagem, nome e voz captados durante os ensaios e o desfile da {short_escola(esc)}, em {dbr(day)}, "
             f"{em(venue_of(esc))}, na condição de {role}, para transmissão em televisão, internet e streaming, material jornalístico e institucional.\n"))
    doc.t(up(f"CLÁUSULA 2ª — A autorização vale por {g.pick(['5 (cinco)', '10 (dez)', '3 (três)'])} anos, em todo o território nacional e no exterior.\n"))
    if g.chance(0.5):
        doc.t(up("CLÁUSULA 3ª — A cessão é feita a título gratuito, nada sendo devido ao CEDENTE.\n"))
    else:
        doc.t(up(f"CLÁUSULA 3ª — Pela cessão a CESSIONÁRIA pagará o cachê único de R$ {brl(money(g, 800, 12000))}, em até 10 dias após o desfile, "))
        if g.chance(0.55):
            kind_, kv = pix_key(g, signer)
            doc.t(up(f"por Pix na chave ({kind_}) "))
            doc.e(*kv)
        else:
            b = g.pick(BANKS)
            doc.t(up(f"por transferência ao {b[1]}, agência "))
            doc.e(g.agency(), "BANK_ACCOUNT")
            doc.t(up(", conta "))
            doc.e(g.account(), "BANK_ACCOUNT")
        doc.t(".\n")
    doc.t(up("CLÁUSULA 4ª — Nos termos do art. 20 do Código Civil e da Lei 9.610/1998, é vedado o uso da imagem em contexto que atente contra a honra do CEDENTE.\n"))
    doc.t(up("CLÁUSULA 5ª — Os dados pessoais aqui informados serão tratados apenas para a execução deste termo (Lei 13.709/2018).\n\n"))
    doc.t(up(f"{city}, {dbr(day - datetime.timedelta(days=g.ri(5, 40)), 'long')}.\n\n"))
    doc.t("______________________________\n")
    doc.e(signer.capsf if caps else g.pick([signer.full, signer.caps]), "PERSON")
    doc.t("\n")
    if g.chance(0.5):
        t0 = datetime.datetime(day.year, day.month, day.day, g.ri(8, 20), g.ri(0, 59), g.ri(0, 59)) - datetime.timedelta(days=g.ri(5, 40))
        esign_log(g, doc, [(signer, pmail), (rep, rmail)], t0)
    else:
        witnesses(g, doc, 2, caps)
    return doc


def ju_contrato_costura(g: Gen) -> Doc:
    """A contract for making costumes or props (capitals sometimes): the school (CNPJ, seat at its quadra, an institution's address unlabelled) represented by its president (name, samba nickname after "conhecido como", CPF); the seamstress or prop maker qualified (home address and CEP labelled: she sews at home) or as an MEI with CNPJ and CPF; pieces for a wing, delivery at the barracão, price, an advance to a Pix key of any kind or agency and account, penalty, LGPD; witnesses; an e-signature log sometimes."""
    doc = Doc()
    caps = g.chance(0.3)
    up = caps_t if caps else ident
    esc = escola(g)
    city, uf = esc[3], esc[4]
    pres = g.person(female=g.chance(0.3))
    cs = g.person(female=g.chance(0.75))
    csmail = g.email(cs)
    what = g.pick(["costureira", "aderecista", "bordadeira", "chapeleira"]) if cs.female else g.pick(["aderecista", "ferreiro", "escultor", "chapeleiro"])
    doc.t(up("CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE CONFECÇÃO DE FANTASIAS E ADEREÇOS\n\n"))
    fcaps(doc, caps, "CONTRATANTE: «n», associação civil sem fins lucrativos inscrita no CNPJ sob o nº ", n=fold(esc[1]).upper() if caps else esc[1])
    doc.e(g.cnpj(), "BR_CNPJ")
    doc.t(up(f", com sede na quadra social ({g.pick(['Rua', 'Avenida', 'Estrada'])} {g.pick(['do Samba', 'Quinze de Novembro', 'Sete de Setembro', 'dos Sambistas'])}, {g.ri(10, 2500)}), em {city}/{uf}, "
             + ("neste ato representada por sua presidente " if pres.female else "neste ato representada por seu presidente ")))
    doc.e(pres.capsf if caps else g.pick([pres.full, pres.caps]), "PERSON")
    if g.chance(0.6):
        doc.t(up(", conhecid" + pres.o + " como "))
        doc.e(fold(snick(g, pres)).upper() if caps else snick(g, pres), "PERSON")
    doc.t(up(", CPF nº "))
    doc.e(g.cpf(), "BR_CPF")
    doc.t(";\n")
    doc.t(up("CONTRATAD" + ("A" if cs.female else "O") + ": "))
    if g.chance(0.35):
        doc.e(cs.capsf if caps else cs.full, "PERSON")
        doc.t(up(", microempreendedor" + ("a" if cs.female else "") + " individual inscrit" + cs.o + " no CNPJ sob o nº "))
        doc.e(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ")
        doc.t(up(", CPF nº "))
        doc.e(g.cpf(), "BR_CPF")
        doc.t(up(", com ateliê em sua residência na "))
        doc.e(g.address("caps" if caps else "text"), "ADDRESS")
        doc.t(up(f", {g.pick(BAIRROS)}, {city}/{uf}, CEP "))
        doc.e(g.cep(), "BR_CEP")
        doc.t(up(", e-mail ") if not caps else ", E-MAIL ")
        doc.e(csmail, "EMAIL_ADDRESS")
    else:
        qualify(g, doc, cs, caps=caps, email=csmail, phone=g.chance(0.85), job=(what, what), where=(city, uf), pis=g.chance(0.3))
    doc.t(".\n\n")
    n = g.pick([40, 60, 80, 120, 150, 200])
    piece = g.pick(["fantasias completas (macacão, costeiro e chapéu)", "costeiros de pena", "cabeças e ombreiras", "saias de baiana com armação",
                    "adereços de mão", "esplendores de destaque"])
    doc.t(up(f"CLÁUSULA 1ª — Objeto: confecção de {n} {piece} para a ala {g.pick(ALAS)}, conforme figurino do carnavalesco, com material fornecido pela CONTRATANTE.\n"))
    cd = cday(g, lo=0, hi=0)
    doc.t(up(f"CLÁUSULA 2ª — Entrega {em(g.pick(BARRACOES))} até {dbr(cd - datetime.timedelta(days=g.ri(10, 30)))}, sob pena de multa de 2% ao dia, limitada a 20%.\n"))
    price = money(g, 3500, 48000)
    doc.t(up(f"CLÁUSULA 3ª — Preço total de R$ {brl(price)}, sendo 40% de adiantamento na assinatura e o saldo na entrega, "))
    if g.chance(0.5):
        kind_, kv = pix_key(g, cs)
        doc.t(up(f"por Pix na chave ({kind_}) "))
        doc.e(*kv)
    else:
        b = g.pick(BANKS)
        doc.t(up(f"por transferência ao {b[1]}, agência "))
        doc.e(g.agency(), "BANK_ACCOUNT")
        doc.t(up(", conta "))
        doc.e(g.account(), "BANK_ACCOUNT")
        doc.t(up(", de titularidade d" + cs.o + " CONTRATAD" + ("A" if cs.female else "O")))
    doc.t(".\n")
    doc.t(up("CLÁUSULA 4ª — Não há vínculo empregatício entre as partes; a CONTRATADA organiza livremente seu horário e pode contratar ajudantes.\n"))
    doc.t(up("CLÁUSULA 5ª — Os dados pessoais serão tratados somente para a execução deste contrato (Lei 13.709/2018).\n"))
    doc.t(up(f"CLÁUSULA 6ª — Fica eleito o foro de {city}/{uf}.\n\n"))
    day = cd - datetime.timedelta(days=g.ri(60, 150))
    doc.t(up(f"{city}, {dbr(day, 'long')}.\n\n"))
    doc.t("____________________________\n")
    doc.e(pres.capsf if caps else g.pick([pres.full, pres.caps]), "PERSON")
    doc.t(up(" — Presidente\n____________________________\n"))
    doc.e(cs.capsf if caps else g.pick([cs.full, cs.caps]), "PERSON")
    doc.t("\n")
    witnesses(g, doc, 2, caps)
    if g.chance(0.3):
        t0 = datetime.datetime(day.year, day.month, day.day, g.ri(8, 20), g.ri(0, 59), g.ri(0, 59))
        esign_log(g, doc, [(pres, corp_mail(pres, esc[2], g)), (cs, csmail)], t0)
    return doc


def ju_alvara_bloco(g: Gen) -> Doc:
    """A street block's request to the city for a parade permit and the city's decision: the person in charge qualified (RG or CNH, CPF, home address and CEP, phone, e-mail), the block's association CNPJ sometimes, the route (streets and squares named alone: places, unlabelled), the sound car's plate and driver with CNH, the brigade (names, CPF, certificates unlabelled), the ambulance firm's CNPJ and the ambulance's plate, the private security firm; the process number unlabelled; the decision signed by an official (his registration number unlabelled), copy to a role mailbox."""
    doc = Doc()
    city, uf = g.city()
    bl = g.pick(BLOCOS)
    resp = g.person()
    rmail = g.email(resp)
    cd = cday(g, g.pick([2026, 2027]))
    doc.f("À SUBPREFEITURA «s» — COORDENADORIA DE EVENTOS E POSTURAS\n«c»/«u»\n\n", s=fold(g.pick(BAIRROS)).upper(), c=city, u=uf)
    doc.f("REQUERIMENTO DE AUTORIZAÇÃO PARA DESFILE DE BLOCO DE RUA — CARNAVAL «y»\n\n", y=cd.year)
    qualify(g, doc, resp, email=rmail, phone=True, where=(city, uf), job=g.pick(SAMBA_JOBS))
    if g.chance(0.5):
        doc.f(", na qualidade de presidente da Associação Carnavalesca «b», CNPJ «j»", b=bl.replace("Bloco ", ""), j=(g.any_cnpj(), "BR_CNPJ"))
    else:
        doc.f(", na qualidade de responsável pelo «b»", b=bl)
    doc.t(", vem requerer autorização para o desfile nas condições abaixo.\n\n")
    streets = g.sample([f"Rua {s_}" for s_ in ["Noel Rosa", "Sete de Setembro", "da Aurora", "Bento Gonçalves", "Tiradentes", "do Samba", "Treze de Maio"]] +
                       [f"Av. {s_}" for s_ in ["Presidente Vargas", "Rio Branco", "Getúlio Vargas", "Marechal Deodoro"]], 3)
    doc.f("1. Data e horário: «d», das «h» às «k».\n2. Concentração: «c». Trajeto: «t». Dispersão: «x».\n3. Público estimado: «p» foliões.\n",
          d=dbr(cd), h=g.pick(["7h", "9h", "14h", "15h"]), k=g.pick(["13h", "18h", "20h"]), c=g.pick(["Praça da Estação", "Largo do Bento", "Praça Onze", "Largo da Aurora", "Praça Tiradentes"]),
          t=", ".join(streets), x=g.pick(["Praça da Bandeira", "Largo de São Bento", "Praça Mauá", "Praça da Liberdade"]), p=g.pick(["3.000", "8.000", "15.000", "40.000"]))
    drv = g.person(female=g.chance(0.15))
    doc.f("4. Carro de som: caminhão placa «p», motorista «n», CNH «c», tel. «t».\n", p=(g.plate(), "LICENSE_PLATE"), n=P(g.pick([drv.full, drv.caps])), c=(g.cnh(), "BR_CNH"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    amb = g.pick(["Vida Sereno Remoções Ltda.", "Aurora Resgate e Ambulâncias Ltda.", "UTI Móvel Bonfim Ltda.", "Remoções Estrela Guia Ltda."])
    doc.f("5. Ambulância de suporte básico: «a», CNPJ «j», placa «p».\n", a=amb, j=(g.any_cnpj(), "BR_CNPJ"), p=(g.plate(), "LICENSE_PLATE"))
    if g.chance(0.6):
        sec = g.pick(["Leão Segurança Patrimonial Ltda.", "Guarda Prudente Vigilância Ltda.", "Escudo Dourado Segurança Ltda."])
        sup = g.person()
        doc.f("6. Segurança: «s», CNPJ «j», supervisor «n», tel. «t».\n", s=sec, j=(g.any_cnpj(), "BR_CNPJ"), n=P(g.pick([sup.full, sup.short])), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t("\nBrigada de incêndio e primeiros socorros:\n")
    rows = []
    for _ in range(g.ri(2, 4)):
        b_ = g.person()
        rows.append([P(g.pick([b_.full, b_.caps])), (g.cpf(), "BR_CPF") if g.chance(0.85) else V("(a apresentar)"),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if g.chance(0.7) else V("-"),
                     V(clean(g, lambda: g.pick([f"CBM-{g.d(6)}", f"{g.d(4)}/{g.ri(2024, 2026)}", f"NR23-{g.d(5)}"])))])
    table_ruled(doc, ["brigadista", "CPF", "celular", "certificado"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.f("\nNestes termos, pede deferimento.\n«c», «d».\n\n", c=city, d=dbr(cd - datetime.timedelta(days=g.ri(45, 120)), "long"))
    doc.e(g.pick([resp.full, resp.caps]), "PERSON")
    doc.t("\n\n")
    off = g.person(female=g.chance(0.5))
    doc.f("DESPACHO — «p»\nDeferido, condicionado à apresentação da ART do carro de som e ao recolhimento da taxa (Decreto municipal nº «d»/«y»). Trajeto sem alteração.\n",
          p=processo_sei(g), d=g.ri(40000, 59999), y=g.pick([2025, 2026]))
    doc.f("«n» — «k» — matrícula «m»\n", n=P(g.pick([off.full, off.short, off.caps])), k=g.pick(["Coordenador de Eventos", "Coordenadora de Eventos", "Assessor Técnico", "Subprefeita"]),
          m=clean(g, lambda: f"{g.d(2)}/{g.d(3)}.{g.d(3)}-{g.d(1)}"))
    doc.f("Cópia: «r»\n", r=role_mail(g, gov_dom(city), g.pick(["posturas", "alvara", "carnaval", "eventos", "subprefeitura"])))
    return doc


def ju_bo_desfile(g: Gen) -> Doc:
    """An ALL CAPS police report (OCR'd sometimes) at the tourist police's desk during carnival: a phone or a wallet stolen in a block or at the sambódromo, or a fight at the dispersion; the victim with birth date, RG, CPF, home address, CEP, phone; the place of the fact (a block's route, a sector: a place, unlabelled); the IMEI unlabelled; the suspect by nickname after "VULGO"; a witness with RG and phone; the military police officers with ranks outside the spans; the clerk and the delegado."""
    doc = Doc()
    city, uf = g.city()
    scan = g.chance(0.3)
    O = (lambda s: ocr(s, g, 0.25)) if scan else (lambda s: s)
    OT = (lambda s: ocr_t(s, g, 0.25)) if scan else (lambda s: s)
    N = (lambda s: ocr(s, g, 0.3, names=True)) if scan else (lambda s: s)
    v = g.person()
    nat = g.pick(["FURTO (ART. 155 DO CP)", "ROUBO (ART. 157 DO CP)", "LESAO CORPORAL (ART. 129 DO CP)", "FURTO (ART. 155 DO CP)"])
    day = cday(g)
    doc.t(O(f"SECRETARIA DE SEGURANCA PUBLICA — POLICIA CIVIL DO ESTADO\nDELEGACIA ESPECIAL DE ATENDIMENTO AO TURISTA — PLANTAO CARNAVAL\n"))
    doc.f(OT("BOLETIM DE OCORRENCIA Nº «b»\nNATUREZA: «n»\nDATA DO FATO: «d» · HORA: «h»\nLOCAL: «l»\n\n"), b=bo_no(g, day.year), n=nat, d=dbr(day), h=g.hm(),
          l=fold(g.pick([f"{g.pick(BLOCOS)}, altura da Praça Tiradentes", f"{g.pick(VENUES)}, setor {g.ri(1, 13)}", "dispersao do desfile", f"concentracao do {g.pick(BLOCOS)}"])).upper())
    doc.t(O("VITIMA: "))
    doc.e(N(v.capsf), "PERSON")
    doc.t(O(", NASCID" + v.o.upper() + " EM "))
    doc.e(g.dob("br", 1960, 2006), "DATE_OF_BIRTH")
    doc.t(O(", RG "))
    doc.e(g.rg(), "BR_RG")
    doc.t(O(", CPF "))
    doc.e(g.cpf(), "BR_CPF")
    doc.t(O(", RESIDENTE NA "))
    doc.e(N(g.address("caps")), "ADDRESS")
    vc, vu = g.city()
    doc.t(O(f", {fold(g.pick(BAIRROS)).upper()}, {fold(vc).upper()}/{vu}, CEP "))
    doc.e(g.cep(), "BR_CEP")
    doc.t(O(", TEL "))
    doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    doc.t(".\n\n")
    doc.t(O("HISTORICO: "))
    sus = g.person(female=g.chance(0.2))
    if nat.startswith("LESAO"):
        doc.f(OT("A VITIMA RELATA QUE, NA DISPERSAO, FOI AGREDIDA COM UMA GARRAFA POR UM HOMEM CONHECIDO COMO «k», APOS DISCUSSAO POR CAUSA DE UM ESTANDARTE. "),
              k=P(N(fold(snick(g, sus)).upper())))
        doc.t(O("FOI ATENDIDA NO POSTO MEDICO (CID S01.8) E LIBERADA. "))
    else:
        doc.f(OT("A VITIMA RELATA QUE, ENQUANTO ACOMPANHAVA O BLOCO, TEVE SEU CELULAR «m» (IMEI «i») SUBTRAIDO DO BOLSO"), m=g.pick(["SAMSUNG A54", "IPHONE 13", "MOTOROLA G84", "XIAOMI REDMI 12"]), i=imei(g))
        if nat.startswith("ROUBO"):
            doc.t(O(" MEDIANTE AMEACA COM UM CACO DE VIDRO"))
        doc.f(OT(". POPULARES APONTARAM UM INDIVIDUO VULGO «k», QUE FOI DETIDO PELA GUARNICAO."), k=P(N(fold(snick(g, sus)).upper())))
        if g.chance(0.5):
            doc.f(OT(" QUALIFICADO NA DELEGACIA COMO «n», CPF «c»."), n=P(N(sus.capsf)), c=(g.cpf(), "BR_CPF"))
        doc.t(" ")
    pm1, pm2 = g.person(female=g.chance(0.3)), g.person(female=g.chance(0.2))
    if g.chance(0.5):
        doc.f(OT("A OCORRENCIA FOI APRESENTADA PELOS POLICIAIS MILITARES «r1» «a» E «r2» «b».\n\n"), r1=g.pick(CREW_RANKS), a=P(N(g.pick([pm1.capsf, fold(pm1.short).upper()]))),
              r2=g.pick(CREW_RANKS), b=P(N(g.pick([pm2.capsf, fold(pm2.short).upper()]))))
    else:
        doc.f(OT("CONDUTOR: «r1» «a», DA GUARNICAO DA VIATURA «v».\n\n"), r1=g.pick(CREW_RANKS), a=P(N(g.pick([pm1.capsf, fold(pm1.short).upper()]))),
              v=clean(g, lambda: f"{g.ri(10, 59)}-{g.d(4)}"))
    w = g.person()
    doc.t(O("TESTEMUNHA: "))
    doc.e(N(w.capsf), "PERSON")
    doc.t(O(", RG "))
    doc.e(g.rg(), "BR_RG")
    doc.t(O(", TEL "))
    doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    doc.t(".\n")
    if g.chance(0.5):
        doc.f(OT("E-MAIL DA VITIMA: «e»\n"), e=(g.email(v), "EMAIL_ADDRESS"))
    if g.chance(0.25):
        fr = g.person()
        doc.f(OT("ACOMPANHANTE DA VITIMA: «n», TEL «t».\n"), n=P(N(fold(g.pick([fr.full, fr.short])).upper())), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t("\n")
    clerk = g.person(female=g.chance(0.5))
    dl = g.person(female=g.chance(0.4))
    if g.chance(0.5):
        doc.f(OT("ESCRIVA(O): «n»\n"), n=P(N(clerk.capsf)))
    else:
        doc.f(OT("REGISTRADO POR: «n» (MATR. «m»)\n"), n=V(login(clerk, g).upper()), m=clean(g, lambda: g.d(6)))
    doc.f(OT("AUTORIDADE: «t» «d»\n"), t="DELEGADA DE POLICIA" if dl.female else "DELEGADO DE POLICIA", d=P(N(dl.capsf)))
    doc.f(OT("EMITIDO EM «d» AS «h»\n"), d=dbr(day + datetime.timedelta(days=1)), h=g.hm())
    return doc


def ju_reclamacao_trabalhista(g: Gen) -> Doc:
    """A labour claim of a seamstress, a prop maker, a welder or a sculptor of the barracão against the samba school (CNPJ) and its president (CPF, samba nickname): the worker qualified with PIS, birth date, phone, e-mail sometimes, home address and CEP (CTPS unlabelled); weekly pay by Pix to a random key, a phone key or "the CPF above"; fourteen-hour days before carnival; a work accident with its ICD-10 code at a UPA; witnesses with RG and phone; the lawyer's OAB and e-mail; the TRT's CNJ number unlabelled on the amendment."""
    doc = Doc()
    esc = escola(g)
    city, uf = esc[3], esc[4]
    w = g.person(female=g.chance(0.65))
    job = g.pick(["costureira", "aderecista", "bordadeira"]) if w.female else g.pick(["aderecista", "ferreiro", "escultor de isopor", "pintor de arte"])
    pres = g.person(female=g.chance(0.25))
    law = g.person()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «n»ª VARA DO TRABALHO DE «c»/«u»\n\n", n=g.ri(1, 80), c=fold(city).upper(), u=uf)
    qualify(g, doc, w, dob=(1960, 2004), phone=True, email=g.chance(0.7), where=(city, uf), pis=True, job=(job, job))
    doc.f(", CTPS digital nº «c», por «x» (procuração anexa), vem propor\n\nRECLAMAÇÃO TRABALHISTA\n\n", c=clean(g, lambda: f"{g.d(7)} série {g.d(4)}"),
          x="sua advogada" if law.female else "seu advogado")
    doc.f("em face de «e», CNPJ «j», com sede no «b», e de seu presidente «p», ", e=esc[1], j=(g.cnpj(), "BR_CNPJ"), b=g.pick(BARRACOES), p=P(g.pick([pres.full, pres.caps])))
    if g.chance(0.6):
        doc.f("conhecid«o» como «k», ", o=pres.o, k=P(snick(g, pres)))
    doc.f("CPF «c», pelos fatos a seguir.\n\n", c=(g.cpf(), "BR_CPF"))
    cd = cday(g, g.pick([2025, 2026]), 0, 0)
    adm = cd - datetime.timedelta(days=g.ri(100, 200))
    doc.f("1. A reclamante foi admitida em «d» como «j» no barracão, sem registro, recebendo R$ «v» por semana por Pix na chave «c».\n" if w.female else
          "1. O reclamante foi admitido em «d» como «j» no barracão, sem registro, recebendo R$ «v» por semana por Pix na chave «c».\n",
          d=dbr(adm), j=job, v=brl(money(g, 450, 1400)), c=g.pick([(g.uuid(), "PIX_KEY"), V("CPF acima"), (g.phone(g.pick(["par", "e164"])), "PHONE_NUMBER")]))
    bd = g.person()
    doc.f("2. De dezembro ao carnaval a jornada era das 8h às 22h, inclusive aos domingos, sob ordens d«o» diretor«a» de barracão, «n».\n",
          o=bd.o, a="a" if bd.female else "", n=P(g.pick([bd.full, snick(g, bd)])))
    acc = g.pick([a_ for a_ in WORK_ACC if ("costura" in a_[0]) == (job in ("costureira", "bordadeira"))] or WORK_ACC)
    doc.f("3. Em «d» sofreu «a», sendo atendid«o» «u» (CID «c»), sem emissão de CAT.\n", d=dbr(cd - datetime.timedelta(days=g.ri(5, 50))), a=acc[0], o=w.o, u=em(g.pick(HOSPITALS)), c=acc[1])
    doc.t("4. Após a apuração das notas foi dispensad" + w.o + " sem receber as três últimas semanas nem verbas rescisórias.\n\n")
    doc.t("Requer o reconhecimento do vínculo (arts. 2º e 3º da CLT), horas extras, verbas rescisórias, indenização pelo acidente e a responsabilidade solidária do segundo reclamado.\n\n")
    doc.t("Testemunhas:\n")
    for k in range(2):
        t_ = g.person(female=g.chance(0.6))
        doc.f("«k». «n» («j»), RG «r», tel. «t»\n", k=k + 1, n=P(g.pick([t_.full, t_.short, snick(g, t_)])),
              j=g.pick(["costureira", "aderecista", "bordadeira", "pintora"] if t_.female else ["aderecista", "ferreiro", "vigia do barracão", "pintor"]),
              r=(g.rg(), "BR_RG"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\nDá-se à causa o valor de R$ «v».\n«c», «d».\n\n«n»\n«o»\n«e»\n", v=brl(money(g, 18000, 95000)), c=city, d=dbr(cd + datetime.timedelta(days=g.ri(30, 300)), "long"), n=P(g.pick([law.full, law.caps])),
          o=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(g.email(law, g.pick([None, f"{re.sub(r'[^a-z]', '', fold(law.last).lower())}advocacia.com.br"])), "EMAIL_ADDRESS"))
    if g.chance(0.4):
        doc.f("\n[Aditamento — processo «p»: incluído o endereço residencial do segundo reclamado, «a», CEP «c».]\n", p=cnj_trt(g, uf), a=(g.address(), "ADDRESS"), c=(g.cep(), "BR_CEP"))
    return doc


def ju_ata_assembleia(g: Gen) -> Doc:
    """The minutes of a samba school's general assembly electing its board (capitals sometimes): the chair and the secretary; the board elected (president, vice, treasurer, carnival director, bateria director by "Mestre" and nickname, harmony director), some qualified with RG or CNH, CPF, birth date, título sometimes, home address and CEP; the fiscal council with CPF; the lawyer's OAB; the quadra's address unlabelled; the attendance list (member number unlabelled, name, CPF or "não apresentou", how each signed)."""
    doc = Doc()
    caps = g.chance(0.3)
    up = caps_t if caps else ident
    esc = escola(g)
    city, uf = esc[3], esc[4]
    chair = g.person()
    secr = g.person(female=g.chance(0.7))
    day = g.day()
    NM = (lambda p: p.capsf) if caps else (lambda p: g.pick([p.full, p.full, p.caps]))
    fcaps(doc, caps, "ATA DA ASSEMBLEIA GERAL ORDINÁRIA DE ELEIÇÃO DA DIRETORIA — «e»\nCNPJ ", e=fold(esc[1]).upper() if caps else esc[1])
    doc.e(g.cnpj(), "BR_CNPJ")
    doc.t("\n\n")
    fcaps(doc, caps, "Aos «d», às «h», na quadra social da escola («q»), em segunda convocação, reuniram-se os sócios em dia com a mensalidade. Presidiu os trabalhos ",
          q=up(f"{g.pick(['Rua do Samba', 'Avenida dos Sambistas', 'Rua Quinze de Novembro'])}, {g.ri(10, 999)}"), d=dbr(day, "long"), h=g.hm())
    doc.e(NM(chair), "PERSON")
    if g.chance(0.2):
        doc.t(up(", conhecid" + chair.o + " como "))
        doc.e(fold(snick(g, chair)).upper() if caps else snick(g, chair), "PERSON")
    doc.t(up(", e secretariou "))
    doc.e(NM(secr), "PERSON")
    doc.t(up(". Inscrita a chapa única “" + g.pick(["Aurora do Samba", "Raízes da Vila", "União e Tradição", "Leões da Comunidade"]) + "”, foi eleita por aclamação a seguinte diretoria, para o biênio:\n"))
    roles = ["Presidente", "Vice-presidente", "Tesoureiro(a)", "Diretor(a) de Carnaval", "Diretor(a) de Bateria", "Diretor(a) de Harmonia"]
    if g.chance(0.6):
        roles.remove(g.pick(["Diretor(a) de Carnaval", "Diretor(a) de Harmonia"]))
    for k, r in enumerate(roles):
        p = g.person(female=g.chance(0.45))
        doc.t(up(f"{r}: "))
        if r == "Diretor(a) de Bateria":
            doc.t(honor(g, p, True).upper() if caps else honor(g, p, True))
            doc.t(" ")
            doc.e(fold(snick(g, p)).upper() if caps else snick(g, p), "PERSON")
            doc.t(" (")
            doc.e(NM(p), "PERSON")
            doc.t(up("), CPF "))
            doc.e(g.cpf(), "BR_CPF")
        elif k < 2 or g.chance(0.15):
            qualify(g, doc, p, caps=caps, dob=(1950, 1998), where=(city, uf), titulo=g.chance(0.35), job=g.pick(SAMBA_JOBS))
        else:
            doc.e(NM(p), "PERSON")
            doc.t(up(", CPF "))
            doc.e(g.cpf(), "BR_CPF")
        doc.t(";\n")
    doc.t(up("Conselho Fiscal: "))
    for k in range(2):
        p = g.person()
        if k:
            doc.t("; ")
        doc.e(NM(p), "PERSON")
        doc.t(up(", CPF "))
        doc.e(g.cpf(), "BR_CPF")
    doc.t(".\n")
    law = g.person()
    fcaps(doc, caps, "Presente «x» advogad«y» da escola, «n», «o», que conferiu a regularidade do pleito. Nada mais havendo, lavrou-se a presente ata.\n\n",
          x="a" if law.female else "o", y=law.o, o=(g.council("OAB", uf), "PROFESSIONAL_ID"), n=P(NM(law)))
    doc.t(up("LISTA DE PRESENÇA\n"))
    rows = []
    tel = g.chance(0.5)
    for _ in range(g.ri(2, 4)):
        p = g.person()
        rows.append([V(ficha_no(g).replace("sócio nº ", "")), P(NM(p)), (g.cpf(), "BR_CPF") if g.chance(0.8) else V("não apresentou")] +
                    ([(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if g.chance(0.85) else V("-")] if tel else []) +
                    [V(g.pick(["assinou", "assinou", "a rogo", "digital", "assinou (velha guarda)"]))])
    table_ruled(doc, ["sócio", "nome", "CPF"] + (["telefone"] if tel else []) + ["assinatura"], rows, g.pick(["plus", "pipe", "plain", "psql"]))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def ju_audiencia_fantasia(g: Gen) -> Doc:
    """Conciliation minutes at a small-claims court: a wing member against the wing's director who sold costumes never delivered (the director qualified with nickname, CPF, home address and CEP), or a camarote buyer against the promoter's company (CNPJ, its representative with CPF or RG); the conciliator, the claimant's CPF, phone and e-mail for notices, the lawyers' OAB; the settlement in instalments to agency and account or a Pix key of any kind; the lay judge; the CNJ number unlabelled."""
    doc = Doc()
    city, uf = g.city()
    conc = g.person(female=g.chance(0.6))
    judge = g.person(female=g.chance(0.5))
    c = g.person()
    kind = g.pick(["fantasia", "fantasia", "camarote"])
    caps = g.chance(0.3)
    up = caps_t if caps else ident
    NM = (lambda p: p.capsf) if caps else (lambda p: g.pick([p.full, p.caps]))
    fcaps(doc, caps, "TERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nProcesso nº «p»\n«j»º Juizado Especial Cível de «c»/«u»\n\n", p=cnj_of(g, uf), j=g.ri(1, 9), c=city, u=uf)
    fcaps(doc, caps, "Aos «d», às «h», presente «x» conciliador«a» «n», foi aberta a audiência.\n", d=g.date("long", 2026), h=g.hm(), x="a" if conc.female else "o",
          a="a" if conc.female else "", n=P(conc.capsf if caps else g.pick([conc.full, conc.short])))
    fcaps(doc, caps, "RECLAMANTE: «n», CPF «c», telefone «t», e-mail para intimações «e»", n=P(NM(c)), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          e=(g.email(c), "EMAIL_ADDRESS"))
    if g.chance(0.55):
        fcaps(doc, caps, ", residente na «a», CEP «p»", a=(g.address("caps" if caps else "text"), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    if g.chance(0.5):
        l1 = g.person()
        fcaps(doc, caps, ", acompanhad«z» de «x» advogad«y» «n», «o»", z=c.o, o=(g.council("OAB", uf), "PROFESSIONAL_ID"), x="sua" if l1.female else "seu", y="a" if l1.female else "o",
              n=P(NM(l1)))
    doc.t(".\n")
    if kind == "fantasia":
        d_ = g.person(female=g.chance(0.5))
        fcaps(doc, caps, "RECLAMAD«O»: «n», conhecid«o» como «k», CPF «c», residente na «a», CEP «p».\n", O=d_.o.upper(), o=d_.o, n=P(NM(d_)),
              k=P(fold(snick(g, d_)).upper() if caps else snick(g, d_)), c=(g.cpf(), "BR_CPF"), a=(g.address("caps" if caps else "text"), "ADDRESS"), p=(g.cep(), "BR_CEP"))
        if g.chance(0.6):
            fcaps(doc, caps, "Telefone d«o» reclamad«o»: «t».\n", o=d_.o, t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        n_ = g.ri(2, 6)
        fcaps(doc, caps, "Objeto: «k» fantasias da ala «l» da «e», pagas em «d» (R$ «v») e não entregues até o desfile.\n", k=n_, l=g.pick(ALAS), e=short_escola(escola(g)),
              d=g.date("br", 2025), v=brl(money(g, 900, 2400) * n_))
    else:
        co = g.pick(["Aurora Eventos e Entretenimento Ltda.", "Frisa e Cia Produções Ltda.", "Camarote Leão Dourado Eventos Ltda."])
        prep = g.person()
        fcaps(doc, caps, "RECLAMADA: «r», CNPJ «j», representada por «x» «n», ", r=co.upper() if caps else co, j=(g.any_cnpj(), "BR_CNPJ"), x=up("sua preposta" if prep.female else "seu preposto"),
              n=P(NM(prep)))
        if g.chance(0.6):
            fcaps(doc, caps, "CPF «c»", c=(g.cpf(), "BR_CPF"))
        else:
            fcaps(doc, caps, "RG «c»", c=(g.rg(), "BR_RG"))
        l2 = g.person()
        fcaps(doc, caps, ", e advogad«x» «n», «o».\n", x=l2.o, o=(g.council("OAB", uf), "PROFESSIONAL_ID"), n=P(NM(l2)))
        fcaps(doc, caps, "Objeto: restituição de «k» ingressos do «s» (pedido «p»), camarote cancelado sem aviso.\n", k=g.ri(2, 5), s=g.pick(SETORES), p=order_no(g))
    val = money(g, 1200, 9000)
    n = g.ri(2, 6)
    fcaps(doc, caps, "\nAberta a sessão, as partes celebraram ACORDO: «x» pagará à parte reclamante R$ «v» em «n» parcelas mensais, a primeira em «d», ",
          x=("a reclamada" if d_.female else "o reclamado") if kind == "fantasia" else "a reclamada", v=brl(val), n=n, d=g.date("br", 2026))
    if g.chance(0.5):
        b = g.pick(BANKS)
        fcaps(doc, caps, "mediante depósito no «b», agência «a», conta «c», de titularidade d«o» reclamante", b=b[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"), o=c.o)
    else:
        kind_, kv = pix_key(g, c)
        fcaps(doc, caps, "por Pix na chave («k») ", k=kind_)
        doc.e(*kv)
    doc.t(up(", sob pena de multa de 50% sobre o saldo. A parte reclamante dá quitação após o pagamento.\n"))
    fcaps(doc, caps, "Submeto o acordo à homologação.\n«n» — Conciliador«a»\n\nHomologo o acordo (art. 22, parágrafo único, da Lei 9.099/1995).\n«j» — «b»\n",
          n=P(conc.capsf if caps else conc.full), a="a" if conc.female else "", j=P(judge.capsf if caps else judge.full), b=up("Juíza Leiga" if judge.female else "Juiz Leigo"))
    return doc


JU = [ju_cessao_imagem, ju_contrato_costura, ju_alvara_bloco, ju_bo_desfile, ju_reclamacao_trabalhista, ju_ata_assembleia, ju_audiencia_fantasia]


# --------------------------------------------------------------------------- saude


def sa_posto_sambodromo(g: Gen) -> Doc:
    """A parade's first-aid post record (lines, dotted leaders, CAPS labels or a ruled box): the patient (a wing member in costume, a drummer, a spectator or a reveller) with birth date, age, CPF or CNS, phone, home address and CEP (or a tourist's hotel, unlabelled), the companion with a phone; complaint, findings, ICD-10 code, conduct; a removal by ambulance with its plate and the technician's COREN; the physician's CRM and the nurse's COREN."""
    doc = Doc()
    esc = escola(g)
    city, uf = esc[3], esc[4]
    p = g.person()
    case = g.pick(POST_CASES)
    day = cday(g)
    t_att = g.moment(day, hours=(0, 21))
    dd, mm, yy = g.dob_parts(1945, 2008)
    doc.f("SECRETARIA MUNICIPAL DE SAÚDE — «c» — OPERAÇÃO CARNAVAL «y»\n«p» — «v»\nFICHA DE ATENDIMENTO Nº «n»   Data: «d»   Hora: «h»\n\n",
          c=fold(f"{city}/{uf}").upper(), y=day.year, p=g.pick([x_ for x_ in POSTOS if "circuito" not in x_ and "Praça" not in x_]).upper(), v=venue_of(esc), n=clean(g, lambda: g.d(5)), d=dbr(day), h=ts(t_att, "hm"))
    style = g.pick(["lines", "dots", "caps", "box"])
    fields = [("Paciente", P(g.pick([p.full, p.caps]) if style != "caps" else p.capsf)), ("Nascimento", (fmt_date(dd, mm, yy, g.pick(["br", "br", "short"])), "DATE_OF_BIRTH")),
              ("Idade", V(f"{day.year - yy} anos"))]
    r = g.rng.random()
    if r < 0.3:
        fields.append(("CNS", (g.cns(), "BR_CNS")))
    elif r < 0.6:
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    else:
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
        fields.append(("CNS", (g.cns(), "BR_CNS")))
    fields.append(("Telefone", (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")))
    tourist = g.chance(0.25)
    if tourist:
        fields.append(("Endereço", V(f"turista — hospedad{p.o} {em(g.pick(['Hotel Aurora Copacabana', 'Hostel Samba & Sol', 'Pousada Rosa dos Ventos', 'Hotel Leão do Centro']))}")))
    elif g.chance(0.85):
        pc, pu = g.city()
        fields.append(("Endereço", (g.address("caps" if style == "caps" else "text"), "ADDRESS")))
        fields.append(("Bairro/Cidade", V(f"{g.pick(BAIRROS)} — {pc}/{pu}")))
        fields.append(("CEP", (g.cep(), "BR_CEP")))
    fields.append(("Vínculo", V(g.pick([f"componente da ala {g.pick(ALAS)} ({short_escola(esc)})", f"ritmista da bateria ({short_escola(esc)})", f"público — {g.pick(SETORES)}",
                                         f"folião do {g.pick(BLOCOS)}", f"destaque do carro {g.ri(1, 6)}", "ambulante credenciado"]))))
    comp = g.person()
    if g.chance(0.75):
        fields.append(("Acompanhante", P(g.pick([comp.full, comp.short, comp.first]))))
        fields.append(("Parentesco", V(g.pick(["amiga", "esposa", "irmã", "filha", "mãe", "colega de ala"] if comp.female else ["amigo", "marido", "irmão", "filho", "pai", "diretor de ala"]))))
        fields.append(("Tel. acompanhante", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    kv_block(doc, fields, style)
    doc.f("\nQueixa: «q».\nExame: «e».\nHipótese: «c» — «h».\nConduta: «k».\n", q=case[0], e=case[1], c=case[2], h=case[3], k=case[4])
    if "removid" in case[4] or g.chance(0.25):
        tec = g.person()
        doc.f("Remoção às «h» para «u», ambulância «t» placa «p»; equipe: «n» — «c».\n", h=ts(t_att + datetime.timedelta(minutes=g.ri(25, 95)), "hm"), u=g.pick(HOSPITALS), t=g.pick(["USB 12", "USA 03", "AMB-07", "suporte básico 21"]),
              p=(g.plate(), "LICENSE_PLATE"), n=P(g.pick([tec.full, tec.short])), c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    doc_ = g.person()
    nurse = g.person(female=g.chance(0.75))
    doc.f("\n«x» «n» — «c»\nEnf. «m» — «k»\n", x=dra(doc_), n=P(g.pick([doc_.full, doc_.short])), c=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          m=P(g.pick([nurse.full, nurse.short])), k=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_planilha_atendimentos(g: Gen) -> Doc:
    """A street-carnival circuit's first-aid tent's daily list (CSV, TSV or a ruled table): time, patient, age or birth date, CNS or CPF, complaint, ICD-10, conduct, destination; the team (nurse with COREN, physician with CRM, first-aiders by name), the ambulance's plate; the summary sent to a coordinator's e-mail or a role mailbox."""
    doc = Doc()
    city, uf = g.city()
    day = cday(g)
    doc.f("TENDA DE PRIMEIROS SOCORROS — CIRCUITO «c» — «d»\nBlocos do dia: «b»\n\n", c=g.pick(["CENTRO", "ORLA", "LAPA", "PRAÇA DA ESTAÇÃO", "VILA MADALENA", "BEXIGA"]), d=dbr(day),
          b=", ".join(g.sample(BLOCOS, 3)))
    rows = []
    hours = sorted(f"{g.ri(8, 23):02d}:{g.ri(0, 59):02d}" for _ in range(7))
    for h_ in hours[:g.ri(4, 7)]:
        p = g.person()
        case = g.pick(POST_CASES)
        age_or = (g.dob(g.pick(["br", "iso"]), 1950, 2009), "DATE_OF_BIRTH") if g.chance(0.5) else V(f"{g.ri(16, 72)}a")
        docn = (g.cns(False), "BR_CNS") if g.chance(0.45) else ((g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.7) else V("sem doc"))
        rows.append([V(h_), P(g.pick([p.full, p.caps, p.short])), age_or, docn, (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if g.chance(0.8) else V(""),
                     V(case[0].split(",")[0]), V(case[2]), V(case[4].split(",")[0]),
                     V(g.pick(["liberad" + p.o, "liberad" + p.o, "removid" + p.o + " UPA", "removid" + p.o + " hospital", "evadiu"]) if "removid" not in case[4] else "removid" + p.o + " UPA")])
    cols = ["hora", "paciente", "idade/nasc", "cns/cpf", "contato", "queixa", "cid", "conduta", "destino"]
    style = g.pick(["csv", "tsv", "ruled", "ruled"])
    if style == "csv":
        table_csv(doc, cols, rows, g.pick([",", ";"]))
    elif style == "tsv":
        table_csv(doc, cols, rows, "\t")
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "psql", "md", "plain"]))
    nurse = g.person(female=g.chance(0.7))
    md = g.person()
    s1, s2 = g.person(), g.person()
    doc.f("\nEquipe: enf. «n» («c»), «x» «m» («k»)", n=P(g.pick([nurse.full, nurse.short])), c=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          x=dra(md).lower(), m=P(g.pick([md.full, md.short])), k=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f(", socorrista «a» («t»)", a=P(g.pick([s1.first, s1.short, snick(g, s2)])) if g.chance(0.6) else "de plantão", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t(".\n")
    doc.f("Ambulância de apoio: placa «p» (base na «q»).\n", p=(g.plate(), "LICENSE_PLATE"), q=g.pick(["Praça Tiradentes", "Rua do Samba", "esquina da dispersão"]))
    dom = gov_dom(city)
    if g.chance(0.5):
        co = g.person(female=g.chance(0.6))
        doc.f("Resumo enviado a «e» às «h».\n", e=(corp_mail(co, dom, g), "EMAIL_ADDRESS"), h=g.hm())
    else:
        doc.f("Resumo enviado a «e» às «h».\n", e=role_mail(g, dom, g.pick(["saude", "cievs", "samu", "carnaval"])), h=g.hm())
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def sa_ficha_saude_componente(g: Gen) -> Doc:
    """A school's health sheet for the parade (a baiana of the old guard, a drummer, a float's destaque carrying a heavy costume): birth date, CPF, CNS, blood type, allergies, medicines, the health plan's card number unlabelled, emergency contacts with phones, the cardiologist's fitness certificate with CRM, the school's health director with COREN, the cardiologist's office phone sometimes."""
    doc = Doc()
    esc = escola(g)
    city, uf = esc[3], esc[4]
    post = g.pick(["baiana", "velha guarda", "destaque de carro", "ritmista", "passista", "comissão de frente"])
    p = g.person(female=True if post == "baiana" else None)
    cd = cday(g, g.pick([2026, 2027]), 0, 0)
    doc.f("«e»\nDEPARTAMENTO DE SAÚDE — FICHA DE SAÚDE DO COMPONENTE — CARNAVAL «y»\n\n", e=fold(short_escola(esc)).upper(), y=cd.year)
    style = g.pick(["lines", "dots", "box", "caps"])
    fields = [("Nome", P(p.capsf if style == "caps" else g.pick([p.full, p.caps]))), ("Posição", V(post if post != "ritmista" else f"ritmista — {g.pick(INSTR)}")),
              ("Nascimento", (cdob(g, post, g.pick(["br", "br", "nopad"])), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.7):
        fields.append(("Cartão SUS", (g.cns(), "BR_CNS")))
    fields.append(("Tipo sanguíneo", V(g.pick(["O+", "A+", "B+", "O-", "AB+", "A-"]))))
    fields.append(("Alergias", V(g.pick(["nega", "dipirona", "penicilina", "látex", "camarão", "esparadrapo"]))))
    fields.append(("Medicamentos em uso", V(g.pick(["losartana 50 mg", "metformina 850 mg", "nenhum", "levotiroxina 75 mcg", "sinvastatina 20 mg", "bombinha de salbutamol"]))))
    fields.append(("Plano de saúde", V(g.pick(["não possui", f"Saúde Bonfim — carteirinha {carteirinha(g)}", f"Amil — {carteirinha(g)}", "SUS"]))))
    fields.append(("Endereço", (g.address("caps" if style == "caps" else "text"), "ADDRESS")))
    fields.append(("CEP", (g.cep(g.chance(0.8)), "BR_CEP")))
    fields.append(("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    if g.chance(0.5):
        fields.append(("E-mail", (g.email(p), "EMAIL_ADDRESS")))
    for k in range(g.ri(1, 2)):
        em = g.person()
        fields.append((f"Contato de emergência {k + 1}", P(g.pick([em.full, em.short, em.first]))))
        fields.append(("Telefone", (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")))
    kv_block(doc, fields, style)
    card = g.person()
    doc.t("\nATESTADO DE APTIDÃO\n")
    weight = {"baiana": "saia de baiana com armação de 7 kg", "velha guarda": "terno e chapéu, sem alegoria", "destaque de carro": "esplendor de 18 kg no alto do carro",
              "ritmista": "instrumento de até 9 kg", "passista": "fantasia de 4 kg e salto 15", "comissão de frente": "costeiro de 9 kg e coreografia com acrobacia"}[post]
    doc.f("Atesto que «n» foi avaliad«o» em «d» (ECG e teste ergométrico «r») e está apt«o» para desfilar com «w», por até 80 minutos.\n",
          n=P(g.pick([p.full, p.short])), o=p.o, d=dbr(cd - datetime.timedelta(days=g.ri(15, 70))), r=g.pick(["normais", "sem alterações isquêmicas", "com HAS controlada"]), w=weight)
    doc.f("«x» «m» — Cardiologia — «c»", x=dra(card), m=P(g.pick([card.full, card.short])), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f(" — consultório «t»", t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    doc.t("\n\n")
    hd = g.person(female=g.chance(0.7))
    doc.f("Conferido pelo Departamento de Saúde da escola: «n» — «c»\n", n=P(g.pick([hd.full, hd.short])), c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    if g.chance(0.35):
        doc.t("Obs.: levar a ficha impressa na concentração; o posto médico do setor 9 fica ao lado da torre de TV.\n")
    return doc


def sa_chat_fisio(g: Gen) -> Doc:
    """A lower-case WhatsApp chat between a passista, a drummer or a mother and the school's physiotherapist (CREFITO) or health director after an injury at rehearsal: the patient's name, birth date, CPF and CNS for the UPA, a relative's phone, the UPA's orthopaedist with CRM, the ICD-10 code, the wing director named, the session plan; asides."""
    doc = Doc()
    esc = escola(g)
    city, uf = esc[3], esc[4]
    st = chat_stamp(g)
    tt = iter(seq_times(g, 40, g.moment(pre_day(g, 5, 60), hours=(8, 23)), 60, 2400))
    ft = g.person(female=g.chance(0.6))
    pt = g.person()
    mom = g.relative(pt, female=True) if g.chance(0.35) else None
    writer = mom or pt
    F = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.7) else P(g.pick([ft.short, f"{ft.first}", lower(ft.first)]))
    if g.chance(0.5):
        W = V("Você")
        doc.t("Conversa do WhatsApp com ")
        doc.e(*F)
        doc.t("\n\n")
    else:
        W = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.75) else P(g.pick([writer.short, lower(writer.first), snick(g, writer)]))
        doc.t("Conversa do WhatsApp com ")
        doc.e(*W)
        doc.t("\n\n")
        F = V("Você")
    inj = g.pick([("torci o tornozelo no ensaio técnico", "S93.4", "entorse do tornozelo"), ("deu um estalo no joelho no ensaio da comissão", "S83.6", "entorse do joelho"),
                  ("tô com dor no ombro de tocar o surdo", "M75.1", "síndrome do manguito rotador"), ("caí do tripé na evolução e bati o punho", "S62.5", "fratura do polegar"),
                  ("minha lombar travou carregando o costeiro", "M54.5", "dor lombar baixa")])
    if mom:
        cl(doc, st(next(tt)), W, "oi «n», aqui é a mãe d«o» «p». «x» ontem: «i»", n=P(lower(ft.first)), o=pt.o, p=P(g.pick([lower(pt.first), pt.first])),
           x="ela" if pt.female else "ele", i=inj[0].replace("torci", "torceu").replace("tô com", "tá com").replace("caí", "caiu").replace("minha", "a"))
    else:
        cl(doc, st(next(tt)), W, "oi «n», «i» 😩", n=P(lower(ft.first)), i=inj[0])
    cl(doc, st(next(tt)), F, "vixe. consegue apoiar? inchou? vai na upa pra fazer raio-x, leva documento com foto, cpf e cartão do sus")
    cl(doc, st(next(tt)), W, "to indo pra «u»", u=lower(g.pick(HOSPITALS)))
    cl(doc, st(next(tt)), F, "me manda nome completo, nascimento, cpf e sus que eu já aviso a diretoria de saúde")
    cl(doc, st(next(tt)), W, "«n» «d» cpf «c» sus «s»", n=P(pt.low), d=(cdob(g, "passista", g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"),
       c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), s=(g.cns(g.chance(0.5)), "BR_CNS"))
    if g.chance(0.6):
        rel = mom or g.relative(pt)
        cl(doc, st(next(tt)), W, "qualquer coisa liga pra «k» «n» «t»", k="minha mãe" if mom else g.pick(["meu irmão", "minha irmã", "minha tia"]),
           n=P(lower(rel.first)), t=(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"))
    orto = g.person()
    cl(doc, st(next(tt)), W, "<Mídia oculta>")
    cl(doc, st(next(tt)), W, "saiu: «h» («c»), quem atendeu foi «x» «n» «k»", h=inj[2], c=inj[1], x="a dra" if orto.female else "o dr", n=P(lower(orto.short)),
       k=(g.council("CRM", uf).lower() if g.chance(0.3) else g.council("CRM", uf), "PROFESSIONAL_ID"))
    dirp = g.person(female=g.chance(0.5))
    cl(doc, st(next(tt)), F, "ok. vou falar com «t» «n» (diretor«a» da ala) pra te liberar dos ensaios de quadra por «w» semanas", t=lower(honor(g, dirp)), n=P(lower(snick(g, dirp))),
       a="a" if dirp.female else "", w=g.pick(["duas", "três", "quatro"]))
    cl(doc, st(next(tt)), F, "fisio na quadra terça e quinta 18h, trago o ultrassom. meu registro pra declaração: «c»", c=(g.council("CREFITO", uf), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        cl(doc, st(next(tt)), W, chat_neg(g))
    cl(doc, st(next(tt)), W, g.pick(["brigadaaa ❤️", "valeu demais", "obrigada, vou desfilar nem que seja de muleta kkk"]))
    return doc


def sa_remocao(g: Gen) -> Doc:
    """An ambulance's transfer record from a parade's first-aid post to a hospital (ALL CAPS often): the patient with birth date, CNS, CPF sometimes, mother's name, the companion with a phone; the ambulance's plate and unit (unit number unlabelled), the crew (driver, technician and nurse with COREN), the regulating physician's CRM, times, vitals, ICD-10; the receiving physician with CRM, or the reception's time."""
    doc = Doc()
    city, uf = g.city()
    caps = g.chance(0.6)
    C = caps_t if caps else ident
    p = g.person()
    case = g.pick([c_ for c_ in POST_CASES if c_[2] in ("F10.0", "S93.4", "R07.4", "R55", "T67.5")])
    day = cday(g)
    fcaps(doc, caps, "FICHA DE REMOÇÃO INTER-HOSPITALAR — OPERAÇÃO CARNAVAL «y»\nOrigem: «o»\nDestino: «d»\nViatura: «v» — placa «p»\n\n", y=day.year,
          o=C(g.pick([g.pick(POSTOS) + " — " + g.pick(VENUES), g.pick(POSTOS), f"tenda do circuito — {g.pick(BLOCOS)}"])),
          d=C(g.pick(HOSPITALS)), v=C(g.pick(["USA 03", "USB 12", "AMB-07", "Unidade de Suporte Básico 21"])), p=(g.plate(), "LICENSE_PLATE"))
    fcaps(doc, caps, "Paciente: «n»\nNascimento: «b»\nCNS: «s»\n", n=P(p.capsf if caps else p.full), b=(g.dob("br", 1950, 2007), "DATE_OF_BIRTH"), s=(g.cns(), "BR_CNS"))
    if g.chance(0.7):
        fcaps(doc, caps, "CPF: «c»\n", c=(g.cpf(), "BR_CPF"))
    mo = g.relative(p, female=True)
    fcaps(doc, caps, "Nome da mãe: «n»\n", n=P(mo.capsf if caps else mo.full))
    if g.chance(0.5):
        fcaps(doc, caps, "Telefone: «t»\n", t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        fcaps(doc, caps, "Endereço: «a» — CEP «p»\n", a=(g.address("caps" if caps else "text"), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    comp = g.person()
    if g.chance(0.7):
        fcaps(doc, caps, "Acompanhante: «n» — tel. «t»\n", n=P(comp.capsf if caps else g.pick([comp.full, comp.short])), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    else:
        doc.t(C("Acompanhante: sem acompanhante (" + ("foliã sozinha" if p.female else "folião sozinho") + ")\n"))
    t_out = g.moment(day, hours=(0, 23))
    t_in = t_out + datetime.timedelta(minutes=g.ri(12, 55))
    fcaps(doc, caps, "\nSaída: «a» · Chegada: «b»\nQuadro: «q». «e».\nCID: «c»\nSinais na saída: PA «p», FC «f», SpO2 «o»%\n\n", a=ts(t_out, "hm"),
          b=ts(t_in, "hm"), q=C(case[0]), e=C(case[1]), c=case[2],
          p=g.pick(["120x80", "100x60", "150x95", "90x60"]), f=g.ri(70, 128), o=g.ri(91, 99))
    drv, tec, enf = g.person(female=g.chance(0.15)), g.person(), g.person(female=g.chance(0.7))
    fcaps(doc, caps, "Condutor: «d»\nTécnico(a) de enfermagem: «t» — «c»\n", d=P(drv.capsf if caps else drv.full), t=P(tec.capsf if caps else tec.full), c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    if g.chance(0.35):
        fcaps(doc, caps, "Enfermeiro(a): «n» — «c»\n", n=P(enf.capsf if caps else enf.full), c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    reg = g.person()
    fcaps(doc, caps, "Médico(a) regulador(a): «n» — «c» — senha da regulação «s»\n", n=P(reg.capsf if caps else reg.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          s=clean(g, lambda: f"{g.up(2)}{g.d(6)}"))
    rec = g.person()
    if g.chance(0.5):
        fcaps(doc, caps, "Recebido por: «n» — «c» às «h»\n", n=P(rec.capsf if caps else g.pick([rec.full, rec.short])), c=(g.council("CRM", uf), "PROFESSIONAL_ID"), h=ts(t_in + datetime.timedelta(minutes=g.ri(2, 25)), "hm"))
    else:
        fcaps(doc, caps, "Recebido no acolhimento às «h» (senha «s»).\n", h=ts(t_in + datetime.timedelta(minutes=g.ri(2, 25)), "hm"), s=clean(g, lambda: g.d(4)))
    return doc


def sa_atestado_email(g: Gen) -> Doc:
    """A wing member's e-mail to the wing's director or the harmony department (the school fines absences from rehearsals) with the medical certificate transcribed: name, CPF, the ICD-10 code or its withholding, days off, the clinic's CNPJ sometimes, the physician's CRM (RQE unlabelled); the mother or a friend in copy; X-Originating-IP; quoted under the director's answer."""
    doc = Doc()
    esc = escola(g)
    city, uf = esc[3], esc[4]
    c = g.person()
    dirp = g.person(female=g.chance(0.5))
    cmail = g.email(c)
    corp = g.chance(0.5)
    dmail = corp_mail(dirp, esc[2], g) if corp else None
    t0 = g.moment(pre_day(g, 5, 50), hours=(7, 23))
    t1 = t0 + datetime.timedelta(hours=g.ri(1, 30))
    ens = g.pick(["quadra", "rua", "domingo", "quinta", "sábado"])
    doc.f("De: «f»\nPara: «t»\nData: «d»\nAssunto: RE: atestado — ensaio de «e»\n\n", f=(dmail, "EMAIL_ADDRESS") if corp else V(role_mail(g, esc[2], g.pick(["harmonia", "alas", "secretaria"]))),
          t=(cmail, "EMAIL_ADDRESS"), d=mail_date(t1), e=ens)
    doc.f(g.pick(["Oi, «n»! ", "Oi! ", "Olá, «n». "]) + "Recebido. Sua falta foi abonada e não entra na contagem da harmonia. Melhoras e te vejo na avenida! 💙\n\n", n=P(g.pick([c.first, lower(c.first)])))
    if corp:
        doc.f("«n»\nDiretor«a» da ala «l» — «e»\n", n=P(g.pick([dirp.full, snick(g, dirp), dirp.short])), a="a" if dirp.female else "", l=g.pick(ALAS), e=short_escola(esc))
    else:
        doc.f("Harmonia — «e»\n", e=short_escola(esc))
    doc.t("\n-----Mensagem original-----\n")
    cc = g.person(female=True) if g.chance(0.5) else None
    doc.f("De: «n» <«e»>\nEnviada em: «d»\n", n=P(g.pick([c.full, c.low, c.short])), e=(cmail, "EMAIL_ADDRESS"), d=ts(t0, "br"))
    if cc:
        doc.f("Cc: «e»\n", e=(g.email(cc), "EMAIL_ADDRESS"))
    doc.f("Assunto: atestado — ensaio de «e»\nX-Originating-IP: [«ip»]\n\n", e=ens, ip=(g.ip(), "IP_ADDRESS"))
    doc.f("«x», não vou poder ir ao ensaio de «d» por recomendação médica. Segue o atestado digitado (a foto vai em anexo):\n\n", x=g.pick(["Boa noite", "Oi", "Olá, bom dia"]), d=ens)
    clin = g.pick(["Clínica Bem Viver", "Centro Médico Aurora", "Policlínica Santa Rosa", "Clínica Vitória Saúde", "UPA 24h Madureira"])
    md = g.person()
    day = t0.date() - datetime.timedelta(days=g.ri(0, 2))
    doc.f("ATESTADO MÉDICO\n«c»", c=clin)
    if not clin.startswith("UPA") and g.chance(0.6):
        doc.f(" — CNPJ «j»", j=(g.cnpj(), "BR_CNPJ"))
    doc.f("\nAtesto para os devidos fins que «n», CPF «k», esteve sob meus cuidados em «d», necessitando de «x» dias de afastamento", n=P(g.pick([c.full, c.caps])),
          k=(g.cpf(), "BR_CPF"), d=dbr(day), x=g.pick(["2 (dois)", "3 (três)", "5 (cinco)", "7 (sete)"]))
    if g.chance(0.6):
        doc.f(" de atividades físicas. CID: «c».\n", c=g.pick(["J11", "A90", "S93.4", "M54.5", "J03.9", "R51", "A09", "H10.3"]))
    else:
        doc.t(" de atividades físicas. CID omitido a pedido do paciente.\n")
    doc.f("«x» «n» — «c» — RQE «r»\n\n", x=dra(md), n=P(g.pick([md.full, md.caps])), c=(g.council("CRM", uf), "PROFESSIONAL_ID"), r=g.d(5))
    if cc:
        doc.f("Coloquei «k» em cópia, qualquer coisa o telefone dela é «t».\n", k=g.pick(["minha mãe", "minha irmã", "minha esposa"]), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\n«n»\n", n=P(g.pick([c.first, c.full])))
    if g.chance(0.6):
        doc.f("«t»\n", t=(g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"))
    return doc


def sa_notificacao_barracao(g: Gen) -> Doc:
    """An ALL CAPS notification of a serious work accident at a samba school's barracão (SINAN-style, OCR'd sometimes): the worker with birth date, age, CNS, CPF, mother, home address, CEP, phone; the occupation's CBO unlabelled; the employer (the school, CNPJ); what happened with its ICD-10 code; the notifier's COREN, the physician's CRM; a copy to the surveillance role mailbox or a person's e-mail."""
    doc = Doc()
    esc = escola(g)
    city, uf = esc[3], esc[4]
    scan = g.chance(0.35)
    O = (lambda s: ocr(s, g, 0.25)) if scan else (lambda s: s)
    OT = (lambda s: ocr_t(s, g, 0.25)) if scan else (lambda s: s)
    N = (lambda s: ocr(s, g, 0.3, names=True)) if scan else (lambda s: s)
    w = g.person(female=g.chance(0.55))
    acc = g.pick(WORK_ACC)
    day = pre_day(g, 3, 100)
    dd, mm, yy = g.dob_parts(1962, 2006)
    doc.t(O("REPUBLICA FEDERATIVA DO BRASIL — MINISTERIO DA SAUDE\nSINAN — FICHA DE INVESTIGACAO — ACIDENTE DE TRABALHO GRAVE\n\n"))
    doc.f(OT("N. DA NOTIFICACAO: «n»   DATA DA NOTIFICACAO: «d»\nUNIDADE NOTIFICADORA: «u»\n\n"), n=clean(g, lambda: g.d(7)), d=dbr(day), u=fold(g.pick(HOSPITALS)).upper())
    doc.f(OT("NOME: «n»\nDATA DE NASCIMENTO: «b»   IDADE: «i» A   SEXO: «s»\n"), n=P(N(w.capsf)), b=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"), i=day.year - yy, s="F" if w.female else "M")
    doc.f(OT("CARTAO SUS: «c»\n"), c=(g.cns(), "BR_CNS"))
    if g.chance(0.85):
        doc.f(OT("CPF: «c»\n"), c=(g.cpf(), "BR_CPF"))
    mo = g.relative(w, female=True)
    doc.f(OT("NOME DA MAE: «n»\n"), n=P(N(mo.capsf)))
    doc.f(OT("ENDERECO: «a»   BAIRRO: «b»\nMUNICIPIO: «m»/«u»   CEP: «p»   TELEFONE: «t»\n\n"), a=(N(g.address("caps")), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), m=fold(city).upper(), u=uf,
          p=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    occ = acc[3][0] if w.female else acc[3][1]
    doc.f(OT("OCUPACAO: «o» (CBO «c»)\nSITUACAO NO MERCADO DE TRABALHO: «s»\n"), o=occ, c=cbo(g), s=g.pick(["EMPREGADO SEM CARTEIRA", "AUTONOMO", "EMPREGADO REGISTRADO"]))
    doc.f(OT("EMPRESA/EMPREGADOR: «e» — CNPJ «j»\nLOCAL DO ACIDENTE: «l»\n\n"), e=fold(esc[1]).upper(), j=(g.cnpj(), "BR_CNPJ"), l=fold(g.pick(BARRACOES)).upper())
    doc.f(OT("DESCRICAO: «d». CID-10: «c» («k»).\nEVOLUCAO: «v»\n\n"), d=fold(acc[0]).upper(), c=acc[1], k=fold(acc[2]).upper(),
          v=g.pick(["INTERNACAO", "ALTA COM AFASTAMENTO DE 15 DIAS", "INCAPACIDADE TEMPORARIA", "EM ACOMPANHAMENTO AMBULATORIAL"]))
    if g.chance(0.5):
        co = g.person()
        doc.f(OT("COLEGA QUE PRESTOU SOCORRO: «n», TEL «t»\n"), n=P(N(fold(g.pick([co.full, snick(g, co)])).upper())), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    nt = g.person(female=g.chance(0.7))
    md = g.person()
    doc.f(OT("INVESTIGADOR(A): «n» — «c»\nMEDICO(A) ASSISTENTE: «m» — «k»\n"), n=P(N(nt.capsf)), c=(g.council("COREN", uf), "PROFESSIONAL_ID"), m=P(N(md.capsf)), k=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    dom = gov_dom(city)
    if g.chance(0.5):
        vv = g.person(female=g.chance(0.6))
        doc.f("Cópia: «e»\n", e=(corp_mail(vv, dom, g), "EMAIL_ADDRESS"))
    else:
        doc.f("Cópia: «e»\n", e=role_mail(g, dom, g.pick(["vigilancia", "cievs", "notifica"])))
    return doc


SA = [sa_posto_sambodromo, sa_planilha_atendimentos, sa_ficha_saude_componente, sa_chat_fisio, sa_remocao, sa_atestado_email, sa_notificacao_barracao]


# --------------------------------------------------------------------------- financeiro


def fi_fantasias_ala(g: Gen) -> Doc:
    """A wing's costume payment control sheet (CSV with "," or ";", TSV or a ruled table): member, CPF, phone, size, price, paid, balance, how (a Pix key of any kind, cash, card); the notes (the director by title and nickname, a refund to agency and account for a member who quit, the wing's random key, a member paying for a relative, the treasurer)."""
    doc = Doc()
    esc = escola(g)
    ala = g.pick(ALAS)
    dirp = g.person(female=g.chance(0.5))
    cd = cday(g, g.pick([2026, 2027]), 0, 0)
    price = money(g, 480, 2200)
    doc.f("«e» — ALA «a» — CONTROLE DE FANTASIAS «y»\nValor da fantasia: R$ «v» (até «k» parcelas)\n\n", e=fold(short_escola(esc)).upper(), a=fold(ala).upper(), y=cd.year,
          v=brl(price), k=g.pick([5, 6, 8, 10]))
    rows = []
    mem = [g.person() for _ in range(g.ri(4, 6))]
    for m in mem:
        paid = round(price * g.pick([0.2, 0.4, 0.5, 0.6, 0.8, 1.0, 1.0]), 2)
        if g.chance(0.45):
            kind_, kv = pix_key(g, m)
            how = [V(f"pix {kind_}"), kv]
        else:
            how = [V(g.pick(["dinheiro", "cartão (link)", "dinheiro na quadra"])), V("")]
        nm = g.pick([m.full, m.short, m.caps, snick(g, m)])
        rows.append([P(typo(nm, g) if g.chance(0.12) else nm), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.85) else V(""),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if g.chance(0.8) else V(""), (g.email(m), "EMAIL_ADDRESS") if g.chance(0.5) else V(""),
                     V(g.pick(["P", "M", "G", "GG", "EXG"])),
                     V(brl(paid)), V(brl(price - paid))] + how)
    cols = ["componente", "cpf", "celular", "email", "tam", "pago", "saldo", "forma", "chave/obs"]
    style = g.pick(["csv", "csv", "tsv", "ruled"])
    if style == "csv":
        table_csv(doc, cols, rows, g.pick([",", ";"]))
    elif style == "tsv":
        table_csv(doc, cols, rows, "\t")
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "psql", "md"]))
    doc.t("\nObs.:\n")
    notes = []
    notes.append(("- diretor«a» da ala: «t» «n» (entrega das fantasias no barracão dia «d»)\n",
                  dict(a="a" if dirp.female else "", t=honor(g, dirp), n=P(snick(g, dirp)), d=dbr(cd - datetime.timedelta(days=g.ri(5, 20))))))
    q = g.person()
    b = g.pick(BANKS)
    notes.append(("- «n» desistiu (mudou de cidade): devolver R$ «v» — «b» ag «a» cc «c»\n", dict(n=P(g.pick([q.full, q.short])), v=brl(money(g, 100, 600)), b=b[1],
                                                                                                  a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))))
    notes.append(("- chave Pix da ala (aleatória): «k»\n", dict(k=(g.uuid(), "PIX_KEY"))))
    m0 = g.pick(mem)
    rel = g.relative(m0)
    notes.append(("- «n» pagou também a fantasia d«o» «k» «r», CPF «c»\n", dict(n=P(g.pick([m0.first, m0.short])), o="a" if rel.female else "o",
                                                                               k=g.pick(["filha", "sobrinha", "neta"]) if rel.female else g.pick(["filho", "sobrinho", "neto"]),
                                                                               r=P(g.pick([rel.full, rel.first])), c=(g.cpf(), "BR_CPF"))))
    notes.append(("- " + word_neg(g) + "\n", {}))
    for tpl, vals in g.sample(notes, g.ri(3, 5)):
        doc.f(tpl, **vals)
    tes = g.person(female=g.chance(0.7))
    doc.f("\nConferido por «n» (tesouraria) em «d».\n", n=P(g.pick([tes.full, tes.short, tes.first])) if g.chance(0.6) else V(login(tes, g)), d=dbr(cd - datetime.timedelta(days=g.ri(20, 60))))
    return doc


def fi_folha_barracao(g: Gen) -> Doc:
    """The barracão's payroll of seamstresses, prop makers, welders, sculptors and painters paid per day or per piece, in fixed width (names cut at 24) or a ruled table: CPF, NIT sometimes, role, days or pieces, gross, discounts, net, a Pix key of any kind or agency and account; the carnavalesco or the barracão director who approved, the finance director, the accountant's CRC, the batch's login and public IP."""
    doc = Doc()
    esc = escola(g)
    comp = f"{g.ri(11, 12) if g.chance(0.5) else g.ri(1, 2):02d}/{g.pick([2025, 2026])}"
    doc.f("«r» — CNPJ «c»\nFOLHA DO BARRACÃO (DIÁRIAS E PRODUÇÃO) — COMPETÊNCIA «k»\n\n", r=fold(esc[1]).upper(), c=(g.cnpj(), "BR_CNPJ"), k=comp)
    ws = [g.person(female=g.chance(0.55)) for _ in range(g.ri(4, 6))]
    roles = {True: ["COSTUREIRA", "ADERECISTA", "BORDADEIRA", "PINTORA"], False: ["ADERECISTA", "FERREIRO", "ESCULTOR", "MARCENEIRO", "PINTOR"]}
    fixed = g.chance(0.5)
    if fixed:
        W = 24
        doc.t("NOME".ljust(W) + "  " + "CPF".ljust(14) + "  " + "NIT".ljust(14) + "  " + "FUNCAO".ljust(11) + "  DIAS     BRUTO   LIQUIDO  CREDITO\n")
        for p in ws:
            doc.cell(cut(fold(p.full).upper(), W), W, "PERSON")
            doc.t("  ")
            doc.cell(g.cpf("dot"), 14, "BR_CPF")
            doc.t("  ")
            if g.chance(0.6):
                doc.cell(g.pis("dot"), 14, "BR_PIS")
            else:
                doc.cell("-", 14)
            d_ = g.ri(8, 26)
            gross = d_ * g.pick([120.0, 150.0, 180.0, 200.0, 90.0])
            doc.t(f"  {g.pick(roles[p.female]):<11}  {d_:>4}  {brl(gross):>8}  {brl(gross * 0.89):>8}  ")
            if g.chance(0.65):
                kind_, kv = pix_key(g, p)
                doc.t(f"PIX {fold(kind_).upper()} ")
                doc.e(*kv)
            else:
                b = g.pick(BANKS)
                doc.t(f"{b[0]} AG ")
                doc.e(g.agency(), "BANK_ACCOUNT")
                doc.t(" CC ")
                doc.e(g.account(), "BANK_ACCOUNT")
            doc.t("\n")
    else:
        rows = []
        for p in ws:
            pieces = g.ri(20, 160)
            gross = pieces * g.pick([18.0, 25.0, 32.0, 45.0])
            if g.chance(0.65):
                kind_, kv = pix_key(g, p)
                cred = [V(f"Pix ({kind_})"), kv, V("")]
            else:
                b = g.pick(BANKS)
                cred = [V(b[1]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
            rows.append([P(g.pick([p.full, p.short, p.caps])), (g.cpf(), "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.45) else V("-"), V(g.pick(roles[p.female]).lower()),
                         V(f"{pieces} peças"), V(brl(gross)), V(brl(gross * 0.11)), V(brl(gross * 0.89))] + cred)
        table_ruled(doc, ["nome", "CPF", "NIT", "função", "produção", "bruto", "INSS", "líquido", "forma", "agência/chave", "conta"], rows, g.pick(["md", "plus", "pipe", "psql"]))
    cv, bd, fin, acc = g.person(), g.person(), g.person(female=g.chance(0.6)), g.person()
    if g.chance(0.5):
        doc.f("\nProdução conferida por «c» (carnavalesc«o»). ", c=P(g.pick([cv.full, cv.short])), o=cv.o)
    else:
        doc.f("\nProdução conferida pel«o» diretor«a» de barracão, «b». ", o="a" if bd.female else "o", a="a" if bd.female else "", b=P(g.pick([bd.short, snick(g, bd)])))
    doc.f("Pagamento: «f».\nContador responsável: «a» — «k»\n", f=P(g.pick([fin.full, fin.short])), a=P(g.pick([acc.full, acc.caps])), k=(g.council("CRC", esc[4]), "PROFESSIONAL_ID"))
    m_, y_ = int(comp[:2]), int(comp[3:])
    m_, y_ = (1, y_ + 1) if m_ == 12 else (m_ + 1, y_)
    doc.f("Lote Pix enviado por «l» em «t» (IP «i»).\n", l=login(fin, g), t=ts(g.moment(datetime.date(y_, m_, g.ri(1, 10))), "brs"), i=(g.ip(), "IP_ADDRESS"))
    return doc


def fi_patrocinio_email(g: Gen) -> Doc:
    """An e-mail thread between a sponsor's finance analyst and the school's treasurer about the sponsorship's instalment: the contract number and the invoice unlabelled, the sponsor's and the school's CNPJ, the school's agency and account (a change of account) or a random key, signatures with phones, the school's president in copy, X-Originating-IP."""
    doc = Doc()
    esc = escola(g)
    sp, sdom = g.pick(SPONSORS)
    an = g.person(female=g.chance(0.6))
    tes = g.person(female=g.chance(0.55))
    pres = g.person(female=g.chance(0.3))
    amail = corp_mail(an, sdom, g)
    tmail = corp_mail(tes, esc[2], g) if g.chance(0.6) else g.email(tes)
    t0 = g.moment(hours=(8, 20))
    t1 = t0 + datetime.timedelta(hours=g.ri(2, 50))
    ct = contrato_no(g)
    doc.f("De: «f»\nPara: «t»\n", f=(amail, "EMAIL_ADDRESS"), t=(tmail, "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("Cc: «c»\n", c=(corp_mail(pres, esc[2], g), "EMAIL_ADDRESS"))
    doc.f("Data: «d»\nAssunto: RE: Patrocínio carnaval — contrato «c» — 2ª parcela\n\n", d=mail_date(t1), c=ct)
    doc.f("Olá, «n».\n\nA 2ª parcela (R$ «v») foi aprovada e será paga em «d». Para o pagamento precisamos que a «x» emita a nota fiscal contra o CNPJ «j» («r»).\n",
          n=P(g.pick([tes.first, tes.full])), v=brl(money(g, 40000, 480000)), d=dbr(t1.date() + datetime.timedelta(days=g.ri(5, 25))), x=short_escola(esc), j=(g.any_cnpj(), "BR_CNPJ"), r=sp)
    doc.t("Conforme o contrato, os dados bancários só podem ser alterados com carta assinada pelo presidente.\n\n")
    doc.f("Atenciosamente,\n«n»\nAnalista Financeir«o» — «s»\n«t»\n", n=P(an.full), o=an.o, s=sp, t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    doc.t("\n-----Mensagem original-----\n")
    doc.f("De: «n» <«e»>\nEnviada em: «d»\nAssunto: Patrocínio carnaval — contrato «c» — 2ª parcela\nX-Originating-IP: [«ip»]\n\n", n=P(g.pick([tes.full, tes.short])),
          e=(tmail, "EMAIL_ADDRESS"), d=ts(t0, "br"), c=ct, ip=(g.ip(), "IP_ADDRESS"))
    doc.f(g.pick(["Bom dia, «n»! ", "Bom dia! ", "Prezados, "]) + "Segue a «nf» da 2ª parcela. ", n=P(g.pick([an.first, an.full])), nf=nf_no(g))
    if g.chance(0.6):
        b = g.pick(BANKS)
        doc.f("Atenção: mudamos de banco. A nova conta é «b», agência «a», conta corrente «c», em nome da «r», CNPJ «j». A carta do presidente, «p», vai assinada em anexo.",
              b=b[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"), r=esc[1], j=(g.cnpj(), "BR_CNPJ"), p=P(g.pick([pres.full, pres.caps])))
    else:
        doc.f("Se preferirem, podem pagar por Pix na chave aleatória da escola «k» (CNPJ «j»).", k=(g.uuid(), "PIX_KEY"), j=(g.cnpj(), "BR_CNPJ"))
    doc.t(" O valor vai para a compra de penas e para a folha do barracão.\n\n")
    doc.f("«n»\nTesoureir«o» — «e»\n«t»\n", n=P(g.pick([tes.full, tes.short])), o=tes.o, e=short_escola(esc), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def fi_ingressos_jsonl(g: Gen) -> Doc:
    """JSON lines exported from a carnival ticket seller: buyer name, e-mail, CPF, phone or null, birth date (half price for seniors and students) or null, IP, sector, the nominal tickets' holders with CPF, the card masked or a Pix E2E id, status (paid, refunded, chargeback); refunds to agency and account; the exporter's login and private IP in the header."""
    doc = Doc()
    tk, tdom = g.pick(TICKETERS)
    ex = g.person()
    cd = cday(g, lo=0, hi=0)
    doc.f("# «g» — export de pedidos carnaval «y» — gerado por «l» de «i» em «t»\n", g=tk, y=cd.year, l=login(ex, g), i=g.ip_priv(),
          t=ts(g.moment(cd + datetime.timedelta(days=g.ri(5, 30))), "iso"))
    for _ in range(g.ri(2, 4)):
        b = g.person()
        t = g.moment(cd - datetime.timedelta(days=g.ri(1, 120)))
        method = g.pick(["credit_card", "credit_card", "pix"])
        status = g.pick(["paid", "paid", "paid", "refunded", "chargeback"])
        half = g.chance(0.35)
        rec = {"order": order_no(g), "created_at": ts(t, "iso"),
               "buyer": {"name": P(g.pick([b.full, b.caps, b.low])), "email": (g.email(b), "EMAIL_ADDRESS"), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                         "phone": (g.phone("e164"), "PHONE_NUMBER") if g.chance(0.7) else None,
                         "birth_date": (g.dob("iso", 1940, 2007), "DATE_OF_BIRTH") if half or g.chance(0.3) else None},
               "ip": (g.ip(), "IP_ADDRESS"), "sector": g.pick(SETORES), "half_price": half}
        tickets = []
        for _ in range(g.ri(1, 2)):
            h = g.person()
            tickets.append({"code": ingresso_no(g), "holder": P(g.pick([h.full, h.caps])), "holder_cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")})
        rec["tickets"] = tickets
        rec["amount"] = round(money(g, 120, 3800), 2)
        if method == "credit_card":
            rec["payment"] = {"method": method, "installments": g.ri(1, 10), "card_mask": f"{g.pick(['4', '5'])}{g.d(5)}******{g.d(4)}", "nsu": nsu(g)}
        else:
            rec["payment"] = {"method": method, "end_to_end_id": e2e(g, t)}
        rec["status"] = status
        if status == "refunded" and method == "pix":
            bk = g.pick(BANKS)
            rec["refund"] = {"bank": bk[0], "agency": (g.agency(False), "BANK_ACCOUNT"), "account": (g.account(), "BANK_ACCOUNT")}
        jval(doc, rec, None if g.chance(0.7) else 0)
        doc.t("\n")
    return doc


UNITS = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze", "quatorze", "quinze", "dezesseis",
         "dezessete", "dezoito", "dezenove"]
TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
HUNDREDS = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos", "oitocentos", "novecentos"]


def words_999(n: int) -> str:
    if n == 100:
        return "cem"
    parts = []
    if n >= 100:
        parts.append(HUNDREDS[n // 100])
        n %= 100
    if n >= 20:
        parts.append(TENS[n // 10])
        if n % 10:
            parts.append(UNITS[n % 10])
    elif n:
        parts.append(UNITS[n])
    return " e ".join(parts)


def extenso(v: float) -> str:
    """An amount in words ('mil e duzentos reais e cinquenta centavos')."""
    r = int(v)
    c = int(round((v - r) * 100))
    th, rest = divmod(r, 1000)
    out = []
    if th:
        out.append("mil" if th == 1 else f"{words_999(th)} mil")
    if rest:
        out.append(words_999(rest))
    s = (" e " if th and rest and (rest < 100 or rest % 100 == 0) else " ").join(out) if out else "zero"
    s += " reais" if r != 1 else " real"
    if c:
        s += f" e {words_999(c)} centavos"
    return s


def fi_recibos(g: Gen) -> Doc:
    """Receipts (capitals sometimes): a costume's instalment, a second-hand drum sold, a camarote's share, a musician's fee at a block's party; the payer's name and CPF, the amount in figures and words, cash, a Pix to a key of any kind or a transfer to agency and account; the issuer's CPF or MEI CNPJ, phone, home address and CEP sometimes."""
    doc = Doc()
    caps = g.chance(0.4)
    up = caps_t if caps else ident
    city, uf = g.city()
    for k in range(g.ri(1, 2)):
        if k:
            doc.t("\n- - - - - - - - - - - - - - - - - - - -\n\n")
        payer, iss = g.person(), g.person()
        v = money(g, 80, 3500)
        what = g.pick([f"parcela da fantasia da ala {g.pick(ALAS)} ({short_escola(escola(g))})", f"venda de um {g.pick(['surdo de 18 polegadas', 'repique usado', 'tamborim de nylon', 'cavaquinho'])}",
                       f"cota {('da ' + g.pick(SETORES[4:6])) if g.chance(0.3) else 'do ' + g.pick([SETORES[2], SETORES[6]])} no desfile das campeãs", f"cachê de apresentação {em(g.pick(BLOCOS))}", "aluguel de fantasia de destaque para o desfile"])
        fcaps(doc, caps, "RECIBO Nº «n»\n\nRecebi de ", n=clean(g, lambda: f"{g.ri(1, 300):03d}/{g.pick([2025, 2026])}"))
        doc.e(payer.capsf if caps else g.pick([payer.full, payer.caps]), "PERSON")
        doc.t(up(", CPF "))
        doc.e(g.cpf(), "BR_CPF")
        doc.t(up(f", a importância de R$ {brl(v)} ({extenso(v)}), referente a {what}, "))
        r = g.rng.random()
        if r < 0.3:
            doc.t(up("paga em dinheiro"))
        elif r < 0.7:
            kind_, kv = pix_key(g, iss)
            doc.t(up(f"paga por Pix na minha chave ({kind_}) "))
            doc.e(*kv)
        else:
            b = g.pick(BANKS)
            doc.t(up(f"paga por transferência ao {b[1]}, agência "))
            doc.e(g.agency(), "BANK_ACCOUNT")
            doc.t(up(", conta "))
            doc.e(g.account(), "BANK_ACCOUNT")
        doc.t(up(", dando plena quitação.\n\n"))
        doc.t(up(f"{city}, {g.date('long')}.\n\n"))
        doc.t("______________________________\n")
        doc.e(iss.capsf if caps else g.pick([iss.full, iss.caps]), "PERSON")
        if g.chance(0.4):
            doc.t(up(" ("))
            doc.e(fold(snick(g, iss)).upper() if caps else snick(g, iss), "PERSON")
            doc.t(")")
        doc.t("\n")
        if g.chance(0.3):
            doc.t(up("MEI — CNPJ "))
            doc.e(g.cnpj(), "BR_CNPJ")
        else:
            doc.t(up("CPF "))
            doc.e(g.cpf(), "BR_CPF")
        if g.chance(0.6):
            doc.t(up(" · tel. "))
            doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
        doc.t("\n")
        if g.chance(0.6):
            doc.e(g.address("caps" if caps else "text"), "ADDRESS")
            doc.t(up(f" — {g.pick(BAIRROS)} — {city}/{uf} — CEP "))
            doc.e(g.cep(), "BR_CEP")
            doc.t("\n")
    return doc


def fi_extrato_bloco(g: Gen) -> Doc:
    """A street block's association's bank statement in fixed width (the association's CNPJ, agency and account): Pix received from revellers for abadás and donations (names cut at 24, masked CPFs), a sponsor's TED with its CNPJ, Pix sent to musicians and first-aiders with the key, a TED for the sound truck's rental to agency and account, the city's fee; the treasurer's note naming the president and a musician."""
    doc = Doc()
    bl = g.pick(BLOCOS)
    b = g.pick(BANKS)
    year = g.pick([2025, 2026])
    mo = g.pick([1, 2, 3])
    doc.f("«b» — EXTRATO DE CONTA CORRENTE\nCliente: ASSOCIACAO CARNAVALESCA «c»\nCNPJ: «j»\nAgência: «a»   Conta: «k»   Período: 01/«m»/«y» a 28/«m»/«y»\n\n", b=b[1].upper(),
          c=fold(bl.replace("Bloco ", "")).upper(), j=(g.cnpj(), "BR_CNPJ"), a=(g.agency(), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"), m=f"{mo:02d}", y=year)
    W = 24
    doc.t("DATA   " + "HISTORICO".ljust(18) + "  " + "DESCRICAO".ljust(W) + "  DOCUMENTO        VALOR\n")
    days = sorted(g.ri(1, 28) for _ in range(g.ri(6, 9)))
    donors = []
    for d in days:
        kind_ = g.pick(["pixin", "pixin", "pixin", "pixout", "ted", "patroc", "taxa", "tarifa"])
        doc.t(f"{d:02d}/{mo:02d}  ")
        if kind_ == "pixin" and g.chance(0.5):
            doc.t("PIX QR CODE".ljust(18) + "  " + g.pick(["VENDA ABADA SITE", "LOJA VIRTUAL BLOCO", "MAQUININHA BARRACA"]).ljust(W) + f"  {clean(g, lambda: g.d(9)):<15}  {brl(money(g, 300, 2500)):>9} C\n")
        elif kind_ == "pixin":
            p = g.person()
            donors.append(p)
            doc.t("PIX RECEBIDO".ljust(18) + "  ")
            doc.cell(cut(fold(p.full).upper(), W), W, "PERSON")
            doc.t(f"  {clean(g, lambda: g.d(9)):<15}  {brl(g.pick([35.0, 50.0, 80.0, 120.0, 20.0])):>9} C\n")
            if g.chance(0.5):
                c_ = g.cpf_digits()
                doc.t(" " * 27 + f"CPF ***.{c_[3:6]}.{c_[6:9]}-** · {g.pick(['ABADA', 'DOACAO', 'CAMISETA'])}\n")
        elif kind_ == "pixout":
            p = g.person()
            doc.t("PIX ENVIADO".ljust(18) + "  ")
            doc.cell(cut(fold(p.full).upper(), W), W, "PERSON")
            doc.t(f"  {clean(g, lambda: g.d(9)):<15}  {brl(g.pick([250.0, 300.0, 400.0, 180.0])):>9} D\n")
            kk, kv = pix_key(g, p)
            doc.t(" " * 27 + f"CHAVE {fold(kk).upper()}: ")
            doc.e(*kv)
            doc.t(f" · {g.pick(['CACHE MUSICO', 'BRIGADISTA', 'PERCUSSAO', 'CORDEIRO'])}\n")
        elif kind_ == "ted":
            p = g.person()
            doc.t("TED ENVIADA".ljust(18) + "  ")
            ag, cc = g.agency(False), g.account()
            desc = f"AG {ag} CC {cc}"
            doc.t("AG ")
            doc.e(ag, "BANK_ACCOUNT")
            doc.t(" CC ")
            doc.e(cc, "BANK_ACCOUNT")
            doc.t(" " * max(1, W - len(desc)) + "  ")
            doc.e(cut(fold(p.short).upper(), 15), "PERSON")
            doc.t(f"  {brl(g.pick([1500.0, 2800.0, 3500.0])):>9} D\n")
            doc.t(" " * 27 + "ALUGUEL CAMINHAO DE SOM\n")
        elif kind_ == "patroc":
            doc.t("TED RECEBIDA".ljust(18) + "  " + fold(g.pick(SPONSORS)[0]).upper()[:W].ljust(W) + "  ")
            doc.e(g.cnpj("raw"), "BR_CNPJ")
            doc.t(f"  {brl(g.pick([5000.0, 12000.0, 8000.0])):>8} C\n")
        elif kind_ == "taxa":
            doc.t("PAGTO TRIBUTO".ljust(18) + "  " + "PREFEITURA TAXA EVENTO".ljust(W) + f"  {clean(g, lambda: g.d(12)):<15}  {brl(money(g, 90, 900)):>9} D\n")
        else:
            doc.t("TARIFA PACOTE".ljust(18) + "  " + "SERVICOS".ljust(W) + "  " + " " * 15 + f"  {brl(g.pick([19.9, 29.9])):>9} D\n")
    doc.t(f"\nSALDO EM 28/{mo:02d}: {brl(money(g, 300, 9000))}\n\n")
    tes = g.person(female=g.chance(0.6))
    pres = g.person()
    doc.f("Conferido por «n» (tesouraria), prestação de contas a «t» «p» na reunião de quarta. ", n=P(g.pick([tes.full, tes.short])), t=honor(g, pres), p=P(snick(g, pres)))
    if donors and g.chance(0.5):
        d0 = g.pick(donors)
        doc.f("Agradecer «n» pela doação; ", n=P(g.pick([d0.first, d0.short])))
    mu = g.person()
    doc.f("cachê d«o» «n» («i») pago por Pix.\n", o=mu.o, n=P(g.pick([mu.first, snick(g, mu), mu.full])), i=g.pick(INSTR + ["trompete", "trombone", "sax"]))
    if g.chance(0.4):
        doc.t(word_neg(g) + "\n")
    return doc


def fi_cache_bateria(g: Gen) -> Doc:
    """The bateria's fee split after a paid show, in the bateria's WhatsApp group (lower case): the mestre de bateria (title outside, nickname inside) posts the contractor's payment (a company's CNPJ, the NF unlabelled), the list of drummers with instrument, a Pix key of any kind or CPF and amount; replies with a new key, a CPF, a drummer paid through a relative's agency and account, the mestre's random key for the fund."""
    doc = Doc()
    esc = escola(g)
    st = chat_stamp(g)
    t0 = g.moment(hours=(10, 23))
    tt = iter(seq_times(g, 40, t0, 60, 3000))
    mestre = g.person(female=g.chance(0.2))
    mn = snick(g, mestre)
    mem = [g.person(female=g.chance(0.35)) for _ in range(g.ri(4, 6))]
    M = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.6) else P(g.pick([mn, f"{mestre.first}", lower(mn)]))
    if g.chance(0.3):
        M = V("Você")
    doc.f("Conversa do WhatsApp com «g»\n\n", g=g.pick([f"bateria {lower(short_escola(esc))} 🥁", "ritmistas — shows", "bateria show & eventos", "cachês bateria 💰"]))
    co = g.pick(["Aurora Eventos e Entretenimento Ltda.", "Hotel Leão do Centro S.A.", "Buffet Rosa Branca Ltda.", "Prefeitura (festa de pré-carnaval)", "Clube Sereno Recreativo"])
    total = money(g, 3000, 12000)
    cl(doc, st(next(tt)), M, "galera caiu o pagamento do show de «d» 🙌 «c» pagou R$ «v» (CNPJ «j», «n»). descontei transporte e a caixinha, vai ficar assim:",
       d=g.pick(["sábado", "sexta", "domingo"]), c=lower(co), v=brl(total), j=(g.any_cnpj(), "BR_CNPJ"), n=nf_no(g).lower())
    doc.t(st(next(tt)))
    doc.e(*M)
    doc.t(": ")
    share = total * 0.8 / len(mem)
    pend = []
    for k, m in enumerate(mem):
        doc.f("«k». «n» («i») — ", k=k + 1, n=P(g.pick([lower(m.short), lower(snick(g, m)), m.short])), i=g.pick(INSTR))
        if g.chance(0.85):
            kind_, kv = pix_key(g, m)
            doc.f("pix «k» ", k=kind_)
            doc.e(*kv)
        else:
            doc.t("pix pendente")
            pend.append(m)
        doc.t(f" — {brl(share)}\n")
    doc.t("\n")
    replies = []
    m1 = g.pick(mem)
    replies.append(((g.phone("wa"), "PHONE_NUMBER"), "mestre minha chave mudou, agora é o cpf «c»", dict(c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))))
    m2 = g.pick(mem)
    rel = g.relative(m2)
    b = g.pick(BANKS)
    replies.append(((g.phone("wa"), "PHONE_NUMBER"), "o meu manda pra conta «k» «n»: «b» ag «a» cc «c»", dict(k=g.pick(["da minha mãe", "da minha esposa", "da minha irmã"]) if rel.female else g.pick(["do meu pai", "do meu irmão"]),
                                                                                                             n=P(lower(rel.first)), b=b[1].lower(), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))))
    if pend:
        replies.append(((g.phone("wa"), "PHONE_NUMBER") if g.chance(0.6) else P(lower(g.pick(pend).first)), "pix pendente é o meu, celular «t»", dict(t=(g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"))))
    replies.append((V("Você") if M[0] != "Você" and g.chance(0.3) else (g.phone("wa"), "PHONE_NUMBER"), chat_neg(g), {}))
    for s_, tpl, vals in g.sample(replies, g.ri(2, len(replies))):
        cl(doc, st(next(tt)), s_, tpl, **vals)
    cl(doc, st(next(tt)), M, "a caixinha da bateria (conserto de pele e baqueta) tá na chave aleatória «k», quem quiser ajudar 🙏", k=(g.uuid(), "PIX_KEY"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), M, "próximo show dia «d» na «q», chamada às «h». quem não confirmar até quarta fica de fora", d=dbr(t0.date() + datetime.timedelta(days=g.ri(7, 40)), "short"),
           q=g.pick(["quadra", "orla", "praça da estação", "casa de shows do centro"]), h=g.pick(["18h", "19h30", "20h"]))
    return doc


FI = [fi_fantasias_ala, fi_folha_barracao, fi_patrocinio_email, fi_ingressos_jsonl, fi_recibos, fi_extrato_bloco, fi_cache_bateria]


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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|eng|enf|vigilante|brigadista|sd|cb|sgt|mestre|mestra|tia|vó|vulgo)\.?\s", v), (rid, v)
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
    print("hundredtwentyninth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
