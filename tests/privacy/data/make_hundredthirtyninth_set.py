"""Build the hundred-and-thirty-ninth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredthirtyninth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 13939, 280 records: 4 domains x 7 templates x 10 copies. The helpers (check digits,
Gen, Doc, name pools, tables, JSON writer, forms, qualification, e-signature log, amounts in words,
self-check) are copied from the hundred-and-thirty-eighth set's generator (itself adapted from the
hundred-and-thirty-sixth's) and adapted: northern DDDs, river-town cities, streets and neighbourhoods,
"Beco", "Passagem" and "Vila" as street types, an Amazon Sephardic name pool and Amazon indigenous
surnames, councils CRO and CRFa added, typing-slip helpers (ty, tyn); the register and every template
are new.

Register: RIVER PASSENGER AND CARGO BOATS -- the barcos de linha ("recreios", where passengers sleep in
hammocks or cabins), the express boats (lanchas, "ajatos") and the ferries and balsas of the Amazon
rivers and of a few other crossings (São Luís-Alcântara, Salvador-Itaparica, Juazeiro-Petrolina): ticket
agencies and their WhatsApp, the booking apps, the passenger lists handed to the Capitania's dispatch,
the parcels counters (encomendas) and freight bills, the ferry's vehicle queue, the crews (commanders,
deckhands, cooks) and their labour claims, the state and federal regulators (ARSEPAM, ARCON-PA, ANTAQ)
and their notices of infraction, the Navy's inquiries into accidents (IAFN) and the
Tribunal Marítimo, scalping accidents (escalpelamento by uncovered engine shafts, Lei 11.970/2009), the
river health units (UBS Fluvial), the river ambulances and vaccination runs, out-of-town treatment (TFD)
by boat, boat financing, sale and charter, the floating fuel stations' credit, the DPEM insurance and
the booking platforms' chargebacks.
Why this register: the brief proposed FISHING COMMUNITIES, with BLOOD BANKS and DRIVING SCHOOLS as
alternatives, and asked to check coverage by the generators' docstrings. `grep -il "pescador\|colônia\|
seguro-defeso\|defeso"` matched 26 generators; read in their docstrings, the seventy-second (artisanal
fishing communities and fishers' colonies: RGP, seguro-defeso, boats at the Capitania, fish markets) and
the hundred-and-twenty-fifth (artisanal fishing: colonies Z-xx, seguro-defeso, RGP, boats and crews, fish
buyers, shrimp and oyster farms) already take the whole register (the others only have "colônia" as a
penal or agricultural colony, or a fishing stall at a funfair). `grep -il "hemocentro\|doador\|doação de
sangue"` matched 27: the ninety-fifth takes blood banks, organ and tissue donation as its register
(donor registration and screening, call-backs, blood drives). `grep -il "autoescola\|detran\|instrutor"`
matched 93: the eighty-fifth (driving schools and the DETRAN) and the hundred-and-sixteenth (DRIVING
SCHOOLS AND DRIVER LICENSING) take driving schools as registers. All three being covered, a register next
to the proposed one and named by no docstring was taken: the docstrings (extracted with ast) were searched
for "ferry|travessia|hidrovi|fluvia|balsa|lancha|barco de linha|ribeirinh|escalpel|ANTAQ|ARSEPAM" and
"marina|arrais|escuna|náutic": only the seventy-second (fishing on the rivers; CHA arrais-amador numbers),
the forty-first (a film shoot in the Amazon), the forty-ninth (a port's launch) and the hundred-and-
twelfth (a bus app) match, none with river passenger transport. This set keeps away from the fishing
sets' papers (no colony, RGP, seguro-defeso or fish buyer: fish appear only as cargo, food and nicknames)
and from the maritime ports and customs of the forty-ninth and hundred-and-thirteenth.
Every operator, agency, app, bot, vessel, shipyard, insurer, fuel station, clinic, association and person
is invented (operators Navegação Leão do Norte, Transportes Fluviais Bento Amado ME, Expresso Luz do
Tapajós, Ajato Vitória Régia, Empresa de Navegação Quintanilha & Filhos, F. Sarapião Navegação,
Coopertransflu, Navegação Aurora do Amazonas, Balsas Serruya Travessias; agencies Agência Rio Negro
Passagens, Passagens Prudente & Cia, Agência Estrela do Norte...; apps NavegaPass, BarcoJá, PassagemRio,
Rota das Águas; bots (Iara in this draw; the pool also holds Marujinho and Atendimento Automático);
vessels, with a prefix B/M, N/M, F/B, Balsa, Lancha, Ajato or Expresso: Dona Zulmira III, Comandante
Quintino, Almirante Hermógenes, Tio Bentinho, Amado Batistão, Filhos de Odaléia, Leão do Norte II,
Prudente II...; shipyards Estaleiro Mestre Zózimo Arrais, Estaleiro Benchimol & Serruya; fuel stations
Posto Flutuante Estrela do Norte, Flutuante Boto Tucuxi; insurers Amparo Fluvial Seguros, Aurora Seguros
Gerais...); the Navy's Capitanias and the regulators are real bodies, the ports and terminals real
places, some hospitals real and others invented (public bodies and places, never labelled); cities are
real, CEPs random, banks real.

Layouts: a WhatsApp export (Android and iOS stamps; the customer shown as a bare number, a saved name
with a note, a lower-case first name or a full name, labelled on every line; the agency as an unlabelled
sender) or the messaging platform's transcript with role senders and a bot; the passenger list in fixed
width with names cut at 26, a +---+ table, CSV or psql; speech-to-text calls in lower case (a parcels
claim, a river-ambulance regulation) with CPF, phone, CEP and birth dates read out in groups or words
("meia" for six) and their typed records; a booking app's export as JSON lines, YAML or HTML; e-mail
threads (a complaint forwarded to the regulator's ombudsman with quoted replies and X-Originating-IP;
a TFD request; an insurer's claim letter); the ferry's vehicle queue (ruled, psql, Markdown, CSV) with
the SMS log; the parcels book (blank-aligned, pipe or ruled), OCR'd from a photo in some copies, and a
refund receipt with the amount in words; court pieces (a small-claims petition, ALL CAPS qualification
in some copies; a labour claim), the Navy's IAFN report with a victims table and statements, a notice of
infraction in ALL CAPS in some copies with the owner's defence, a charter contract with a passenger annex
and an e-signature log, a court docket newest first, a boat sale contract with the notary's recognition;
the UBS Fluvial's stop list (CSV, TSV, Markdown, ruled, blank-aligned); a clinical summary in four form
styles, OCR'd in some copies (letters confused in labels and names: rn/m, cl/d, c/e, I/l, O/0, ii/u, li/h;
identifiers printed clean); crew ASO forms; the boat's occurrence book, OCR'd in some copies; a
vaccination spreadsheet (vaccinators by name and COREN per row, or by login with a legend); a fixed-width
freight bill (CT-e style, with an unlabelled access key in groups); a finance proposal form; the ticket
counter's cash closing with pasted Pix receipts; a crew payroll sheet and an RPA; a fuel station's credit
ledger with its collection chat and a promissory note; a chargeback file with the support chat. Typing
slips are spread through customers' chats, complaints, logbooks and handwritten names (a name with a
slip is still the person's name).
- atendimento: (0) a ticket agency's WhatsApp: prices of hammock and cabin, the customer's name and CPF (a
  mistyped CPF caught in some copies), the elderly mother's birth date and RG for the free pass, a child's
  name and birth date, an e-mail for the tickets, payment to a random Pix key or to the operator's CNPJ
  key, a full card number typed in some copies (the agent refuses it), a brother with a nickname or name
  and phone who will collect a parcel; ticket numbers unlabelled; (1) the boat's passenger list for the
  Capitania (the commander by name; inscription and CIR unlabelled; rows with RG, CPF or CNH labelled,
  passport numbers, birth-certificate "termo" and "sem doc." unlabelled, birth dates, emergency phones;
  a lap child with the mother; the dispatcher by name or login); (2) a speech-to-text call to the cargo
  desk about a lost parcel (the sender's CPF read out, phones, the recipient with a nickname, the address
  at the destination read out, the CEP, the checker by name) and the typed claim; (3) the booking app's
  export (passenger, CPF or an unlabelled passport, birth date, e-mail, mobile, CEP, route, vessel,
  payment with masked card or Pix id, public IP or the kiosk's private IP; order numbers, some of them
  11-digit numbers failing the CPF check); (4) an e-mail thread: a cancelled express-boat trip, the
  company's attendant with a corporate e-mail, the complaint forwarded to the regulator's ombudsman (role
  mailbox), the companion, CPF, refund account or random key, phone, X-Originating-IP; (5) a ferry's
  vehicle queue (plate, vehicle, driver, CPF or CNH, phone, priority) and the SMS confirmations, the
  supervisor; (6) the parcels book (sender by name or as a shop, phones, recipient with phone and CPF,
  content, values), the checker, and the refund receipt (name, CPF).
- juridico: (0) a small-claims petition of a passenger against the operator (qualified: RG or CNH, CPF,
  e-mail, phone, address, CEP; the operator's CNPJ; the employee who refused the claim, a companion; a
  damages table; the lawyer's OAB); (1) the Navy's IAFN report (the owner with CPF, address, CEP and
  phone, or the firm with CNPJ and its managing partner; the commander with CPF and birth date; victims
  with birth dates and CPF or "não portava"; statements with RG and phone; the officer by rank and name,
  NIP unlabelled); (2) a crew member's labour claim (birth date, CTPS unlabelled, PIS, CPF, address, CEP,
  phone, e-mail; the owner as a firm with CNPJ or a person with CPF and address; admission and dismissal
  dates; the commander and his nickname; a voyages table; witnesses with CPF and phone; OAB; a TRT CNJ
  number in some copies); (3) a notice of infraction (the firm, its responsible person with CPF, or an
  owner with CPF, address and CEP; the commander with CPF; passengers heard with CPF and phones; the
  inspectors, registration numbers unlabelled; the defence by a lawyer with OAB); (4) a charter contract
  (owner and association's president qualified, with a voter card in some copies; the association's
  CNPJ; agency and account or a random key; a passenger annex with birth dates and RG or CPF; witnesses;
  the e-signature log with e-mails and IPs); (5) a court docket in a scalping suit (the girl and her
  mother, the defendant with CPF, the deposit account, lawyers with OAB, witnesses, a WhatsApp summons
  number, the expert with CRM, a RENAJUD plate, the defendant's and the mother's addresses with CEP, the
  girl's birth date and CPF; six of eight entries in each copy); (6) a boat sale contract (seller and
  buyer qualified, birth dates and a voter card in some copies, the consenting spouse, a TED to agency and
  account and a Pix key of any kind, witnesses, the notary's clerk; hull and engine serials unlabelled).
- saude: (0) the UBS Fluvial's stop list (patients with CNS or CPF and birth dates fitting the ICD-10
  codes, the community health agent, a referral with a companion's phone; nurse COREN, physician CRM,
  dentist CRO); (1) a scalping accident's clinical summary (the girl's birth date, CNS, CPF sometimes,
  the mother's CPF and phone, a community or street address and CEP; plastic surgeon CRM, psychologist
  CRP, social worker CRESS); (2) crew ASO forms (employer's CNPJ; name, CPF, birth date, PIS sometimes;
  CIR unlabelled; examiner CRM, audiologist CRFa sometimes, PCMSO coordinator CRM); (3) a speech-to-text
  call to the river ambulance regulation (caller, patient, spoken birth date, the community house read
  out, phone in groups or words, the regulating physician) and the typed record with CNS and CRM;
  (4) the boat's occurrence book (a passenger taken ill with birth date and CPF, CNS or RG, the companion
  with RG and phone, the deckhand, the nurse or physician at the port with COREN or CRM, the commander;
  hammock number and CIR unlabelled); (5) a vaccination spreadsheet along a river (vaccinees with CNS or
  CPF and birth dates fitting the vaccine, lot numbers unlabelled, vaccinators with COREN, the
  supervisor); (6) a TFD e-mail thread (the secretariat's clerk and the operator's seller with corporate
  e-mails, the secretariat's role mailbox; patients with CNS, birth dates fitting the specialty, address
  and CEP; companions with CPF and phone; the requesting physician's CRM; the clerk's IP).
- financeiro: (0) a freight bill (the carrier's CNPJ; the shipper as a firm with CNPJ or a person with
  CPF and phone; the consignee with CPF, phone, e-mail sometimes, address and CEP; payment by random key,
  CNPJ key or agency and account; the checker); (1) a boat finance proposal (CPF, RG, birth date, voter
  card in most copies, address, CEP, mobile, e-mail; the spouse with CPF and birth date; the shipyard's
  CNPJ; the guarantor with CPF and phone; the debit agency and account; the manager's corporate e-mail);
  (2) the ticket counter's cash closing (passengers with CPF, phones in some copies, the elderly free
  passes' birth dates; masked cards unlabelled; refunds to agency and account; Pix receipts to the
  operators with CNPJ and a random key, account or phone key; the cashier by name or login); (3) the crew
  and porters' payment sheet (CPF, PIS sometimes, agency and account or a Pix key of any kind) and an RPA
  (CPF, PIS, amount in words); (4) a DPEM claim (the insurer's analyst with a corporate e-mail, the
  claimant's e-mail; victim with birth date and CPF; claimant's CPF, phone, address, CEP; children with
  birth dates and CPF sometimes, or the medical report's CRM; the account for payment); (5) a floating fuel
  station's ledger (owners with CPF or CNPJ and phones, vessels) with the collection chat (the debtor by
  name or number; the station's random key, CNPJ key or phone key) and a promissory note with the same
  CPF and an address; (6) a chargeback file (buyer's e-mail, CPF, public IP, billing address and CEP;
  passengers with birth dates; the full card number the buyer typed in the support chat; the analyst's
  corporate e-mail; masked card and dispute codes unlabelled).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.", "Sra.",
"Dr.", "Dra.", "Enf.", "seu", "dona", "comandante", ranks ("Capitão-Tenente", "Primeiro-Tenente") or
notes a phone adds to a saved contact (a first name followed by "passagem", "Tefé 🚢" or "(cliente)": only
the name is the span); particles and suffixes inside a name are part of it; first names, nicknames
("conhecido como tucunare", "conhecida como cameta", a commander's nickname in brackets), lower-case, ALL
CAPS, OCR-damaged names, names with a typing slip and names cut at a fixed width are persons. Staff named
in the text are persons (agents, attendants, checkers, dispatchers, commanders, deckhands, inspectors,
naval officers, lawyers, judges, experts, clerks, analysts, managers, physicians, nurses, dentists,
psychologists, social workers, audiologists, vaccinators, health agents); logins (the dispatcher's
"usuário" + login, an attendant's login), role senders ("Cliente", "Agente", "Atendente", "suporte",
"Cobrança"), bots (Iara, Marujinho, Atendimento Automático) and the agency or the fuel station shown as a
chat sender are not. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (sac@, ouvidoria@,
tfd@, sinistros@...) are not. ADDRESS is a person's street + number + complement (bairro, city and CEP
stay out; CEP is BR_CEP), also when read out in lower case in a call; public bodies', ports' and firms'
addresses are not labelled. Agency and account are separate BANK_ACCOUNT spans; bank names and codes are
not labelled. PIX_KEY only for random keys (the operators' and stations' random keys too); a key that is
a CPF, CNPJ, phone or e-mail takes that label. DATE_OF_BIRTH only for births (passengers, elderly free
passes, children, patients, victims, crew, spouses; spoken ones; "DN" and "nasc." columns); departure,
trip, admission, dismissal, accident, hearing, vaccination, signature and due dates are not.
PROFESSIONAL_ID: OAB, CRM, COREN, CRP, CRESS, CRO and CRFa with the acronym and the UF or region.
Identifiers read out in groups or in words are labelled like their digits. Every CNPJ is labelled
(numeric and the 2026 alphanumeric form). Every phone number is PHONE_NUMBER. IP_ADDRESS only for public
addresses (v4 and v6); a kiosk's private address is not labelled. A full card number typed by a person is
CREDIT_CARD; masked cards are not labelled. Every plate is LICENSE_PLATE.
Decisions of this set: vessels are not persons even when named after one ("B/M Dona Zulmira III",
"Comandante Quintino", "Tio Bentinho", "Almirante Hermógenes"), nor are river health units and hospitals
("UBS Fluvial Dr. Hermógenes Sabiá", "Hospital Geral Dona Zulmira Cotrim"); a rural address is a place
with a number in place of a street (forms such as "Comunidade Boa Esperança do Rio Preto, casa 35",
"Ramal do Pau Rosa, km 12, casa 4", "Casa flutuante nº 18, Igarapé do Tarumã-Açu", "Estrada da Várzea, km
4, s/n", "Vila do Puraquequara, Beco 3, casa 41") and is ADDRESS; a community named as a stop, a place or
a health unit's area ("parada: Comunidade ...", "Comunidade Bento Amado" in a vaccination row) is not; a
foreign passenger's passport number and a child's birth-certificate "termo" are not labelled (no label
fits them); a fish or animal used as a nickname is a person, the same word as food, cargo, a firm or a
street is not.
Not labelled (hard negatives): vessel inscription numbers, TIE, CIR numbers of seafarers, the naval
officer's NIP, inspectors' registrations, CTPS numbers, ticket, order, reservation, parcel, freight-bill
and receipt numbers (some of them 11-digit numbers, checked to fail the CPF check), CT-e access keys, Pix
end-to-end ids, chargeback and dispute codes, vaccine lots, hull and engine serials, notarial
seals, court document ids, CNJ process numbers (civil and labour), mistyped CPFs (checked to fail),
ICD-10 codes (S08.0, T63.0, T75.1, O80, B54, B51.9, A09, G40.9, Q21.0...), laws and rules (Lei
9.537/1997, Decreto 2.596/1998, NORMAM-202/DPC, Lei 11.970/2009, Lei 8.374/1991, Lei 10.741/2003, Lei
2.180/1954, art. 734 do Código Civil, art. 14 do CDC, CLT arts. 248 a 252, Portaria SAS 55/1999), money,
weights, capacities, non-birth dates, firm names holding surnames or name-words (Empresa de Navegação
Quintanilha & Filhos, Comercial Serruya & Filhos, Estaleiro Benchimol & Serruya, F. Sarapião Navegação,
Mercadinho Sabiá ME, Loja Aurora Variedades, Farinheira Flor do Campo, Peixaria Tucunaré Dourado),
streets named after people inside an ADDRESS ("Praça Isaac Benchimol", "Rua Comandante Zózimo Arrais")
and alone as a place ("A Comandante Zózimo Arrais ficou alagada"), cities that are also surnames or
nicknames (Juazeiro, Alcântara, Cametá), fish and river animals as words ("o jaraqui tá barato hoje na
feira", "O boto apareceu na proa", "cx isopor tambaqui c/ gelo").
Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Esperança, Bento, Prudente, Amado, Leão,
Branco, Sereno, Alegria, Iara...) are names here and, elsewhere, words, vessels, firms, agencies,
streets, neighbourhoods, communities and cities, not persons ("Há esperança de a balsa voltar a operar",
"Vitória Régia florida no lago do Janauacá", "A Flor do Mapiri ficou encalhada", "a Aurora já saiu?",
"Navegação Aurora do Amazonas", "Comunidade Bento Amado", "Bairro da Luz", the bot Iara beside passengers
named Iara).
Names: Brazilian names of many origins (Portuguese common and regional, coined, Amazon Sephardic
(Benchimol, Serruya, Sabbá, Azulay, Benzecry, Assayag), Amazon indigenous (Sateré, Munduruku, Kambeba,
Baré, Tikuna, Kokama), Italian, German, Polish, Ukrainian, Armenian, Lebanese, Syrian, Greek, Japanese,
Korean, Chinese, Haitian, Angolan, Senegalese, Nigerian, Cape Verdean, Bolivian, Peruvian, Paraguayan,
Venezuelan, Colombian, Cuban, Guarani, Jewish), rare or invented name words about half of all PERSON
name words (main() prints the share; a word of any common-name pool never counts as rare).
The script checks its own output: spans in range, stripped, non-overlapping; every CPF, CNPJ, PIS, CNS,
título, CNH, RG (SP rule) and card labelled passes its check digits; no unlabelled CPF-, PIS-, CNH-,
título-, CNS- or card-shaped run passes its check (so every hard-negative 11-digit number fails the CPF
check); every plate and public IP is labelled; every unlabelled e-mail is a role mailbox.
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
    "in": (["Potyra", "Jaciara", "Araí", "Yacy", "Kauane"], ["Tupã", "Kauê", "Ubiratã", "Karu", "Yanomã"],
           ["Guajajara", "Terena", "Baniwa", "Tikuna", "Sateré", "Munduruku", "Kambeba", "Baré", "Tukano", "Mura", "Kokama"]),
    "sf": (["Esther", "Rachel", "Simy", "Messody", "Alegria"], ["Isaac", "Salomão", "Abraham", "Moysés", "Samuel"],
           ["Benchimol", "Serruya", "Sabbá", "Azulay", "Benzecry", "Bemerguy", "Assayag", "Obadia", "Benoliel"]),
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
RARE_ORIGINS = ("sf", "ua", "cu", "kr", "cn", "ht", "ao", "sn", "in", "wa", "jw", "bo", "py", "ve", "cv", "pl", "am", "pe", "ng", "sy", "co", "gk")
RARE = set(RARE_F + RARE_M + RARE_SUR + IMMIGRANT_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Damiana", "Juscelino", "Irineu", "Cosme Damião", "Zulmira", "Quitéria", "Domitila", "Wilma", "Juana",
                        "Nilda", "Celso", "Ramón", "Nelson", "Odete", "Ester", "Percy", "Edwin", "Wanda", "Flor de María",
                        "Jucá", "Araripe", "Ximenes", "Tovar", "Ramiro", "Tunde", "Gedeão", "Matoso", "Frutuoso", "Arrais",
                        "Espínola", "Lustosa", "Sobreira", "Gadelha", "Tabosa", "Leila", "Yasmin", "Esther", "Rachel", "Isaac",
                        "Samuel", "Salomão", "Abraham", "Moysés", "Alegria", "Mura"])
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


DDDS = ["92", "92", "92", "92", "97", "97", "91", "91", "91", "93", "93", "94", "96", "96", "69", "68", "95", "98", "99", "11",
        "21", "71", "85", "81", "61", "31", "62", "41", "51", "79"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Travessa", "Beco", "Passagem", "Estrada", "Alameda", "Praça", "Vila"]
STREET_NAMES = ["Ajuricaba", "Barão de Mauá", "Amazonas", "dos Remédios", "Nonato Sabbá", "São Pedro", "Padre Eutíquio", "Comandante Zózimo Arrais",
                "Dona Odaléia Serruya", "Boto Tucuxi", "Tucunaré", "Piraíba", "Beira-Rio", "da Aurora", "Prudente de Morais", "Bento Amado",
                "do Aleixo", "Vitória Régia", "Luz do Tapajós", "Sete de Setembro", "Quinze de Novembro", "Marechal Deodoro", "Tiradentes",
                "Castelo Branco", "Getúlio Vargas", "Rio Branco", "Santos Dumont", "dos Pescadores", "Mestre Quintino Bacelar", "Lobo D'Almada",
                "Coronel Teotônio Arcoverde", "Isaac Benchimol", "Professora Zulmira Cotrim", "Cônego Sinfrônio Lustosa", "São Benedito",
                "Nossa Senhora de Nazaré", "Dom Pedro II", "Boulevard Castilhos França", "Frei Damião", "dos Mundurucus", "dos Tamoios",
                "Jaraqui", "Beco da Esperança", "Santa Luzia", "Projetada 4", "das Palmeiras", "Samaúma", "Mestre Genivaldo Pajeú", "Chico Mendes",
                "Açaizal", "Igarapé do Quarenta", "Juscelino Kubitschek", "Leão XIII", "Cosme Ferreira", "Paraíba", "Efigênio Sales",
                "Armindo Auzier", "Mundurucus", "Tapajós", "Vereador Lindolfo Aroeira", "Senador Lemos", "da Glória", "Benjamin Constant"]
CITIES = [("Manaus", "AM"), ("Manaus", "AM"), ("Manaus", "AM"), ("Parintins", "AM"), ("Itacoatiara", "AM"), ("Manacapuru", "AM"),
          ("Tefé", "AM"), ("Coari", "AM"), ("Maués", "AM"), ("Borba", "AM"), ("Careiro da Várzea", "AM"), ("Humaitá", "AM"),
          ("Tabatinga", "AM"), ("Benjamin Constant", "AM"), ("Barcelos", "AM"), ("São Gabriel da Cachoeira", "AM"), ("Urucará", "AM"),
          ("Nova Olinda do Norte", "AM"), ("Belém", "PA"), ("Belém", "PA"), ("Santarém", "PA"), ("Santarém", "PA"), ("Óbidos", "PA"),
          ("Breves", "PA"), ("Oriximiná", "PA"), ("Juruti", "PA"), ("Monte Alegre", "PA"), ("Alenquer", "PA"), ("Abaetetuba", "PA"),
          ("Cametá", "PA"), ("Itaituba", "PA"), ("Afuá", "PA"), ("Macapá", "AP"), ("Santana", "AP"), ("Porto Velho", "RO"),
          ("Cruzeiro do Sul", "AC"), ("São Luís", "MA"), ("Alcântara", "MA"), ("Salvador", "BA"), ("Vera Cruz", "BA"),
          ("Corumbá", "MS"), ("Juazeiro", "BA"), ("Petrolina", "PE"), ("Pirapora", "MG")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Educandos", "Compensa", "São Raimundo", "Aparecida", "Jurunas", "Guamá", "Aldeia", "Prainha", "Palmital",
           "Santa Clara", "Aeroporto Velho", "Francesa", "Vila da Prata", "Beira-Mar", "Cidade Nova", "Terra Firme", "São Lázaro",
           "Jardim Aurora", "Vila Rosa", "Santo Antônio", "Colônia Antônio Aleixo", "Mauazinho", "Glória", "Condor", "Cremação",
           "Liberdade", "Santíssimo", "Nossa Senhora das Graças", "Bairro da Luz", "Vila Prudente", "Mapiri", "Uruará", "Fátima"]
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
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {self.ri(1000, 29999)}", f"CRO/{uf} {self.ri(1000, 29999)}", f"CRO-{uf} nº {self.ri(1000, 29999)}"])
        if kind == "CRFa":
            return self.pick([f"CRFa {self.ri(1, 9)}-{self.ri(1000, 19999)}", f"CRFa-{self.ri(1, 9)}ª Região {self.ri(1000, 19999)}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {self.ri(1000, 29999)}", f"CRF/{uf} {self.ri(1000, 29999)}"])
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






# --------------------------------------------------------------------------- register: river passenger and cargo boats

SEED = 13939
OUT_NAME = "hundredthirtyninth.jsonl"

COMMON_F.append("Iara")  # also the name of a ticket agency's bot, which is not a person
NICK.update({"Raimundo": "Mundico", "Sebastião": "Tião", "Valentina": "Val", "Helena": "Lena", "Cecília": "Ciça", "Alice": "Lili",
             "Kemilly": "Mimi", "Hadassa": "Dassa", "Naomy": "Nao", "Marlúcia": "Lúcia", "Wanusa": "Nusa", "Genésio": "Gena",
             "Claudiomiro": "Miro", "Rosimeiry": "Meire", "Ozelita": "Zelita", "Ednaldo": "Naldo", "Jocimar": "Joci", "Isaac": "Isaquinho",
             "Salomão": "Salô", "Messody": "Mê", "Simy": "Simi", "Osmarino": "Marino", "Aurino": "Rino", "Possidônio": "Possi",
             "Eronildes": "Nildo", "Deusimar": "Deusa", "Irismar": "Isma", "Zenaíde": "Naíde", "Lucidalva": "Dalva"})
# boatmen's and market nicknames; several are fish or river animals, which appear elsewhere as words
RIVER_NICK = ["Boto", "Tucunaré", "Jaraqui", "Pirarucu", "Mapará", "Curumim", "Caboco", "Piaba", "Tambaqui", "Matrinxã", "Peixe-Boi",
              "Bodó", "Surubim", "Cabeça", "Ceará", "Paraense", "Cametá", "Tracajá", "Mergulhão", "Pacu", "Acari", "Galego"]
RIVER_NICK_F = ["Piaba", "Tracajá", "Cabocla", "Garça", "Cametá", "Preta", "Baixinha", "Sardinha", "Paraense", "Mana"]
UF_NAME = {"AM": "Amazonas", "PA": "Pará", "AP": "Amapá", "RO": "Rondônia", "AC": "Acre", "MA": "Maranhão", "BA": "Bahia",
           "MS": "Mato Grosso do Sul", "PE": "Pernambuco", "MG": "Minas Gerais"}
UF_DDD = {"AM": "92", "PA": "91", "AP": "96", "RO": "69", "AC": "68", "MA": "98", "BA": "71", "MS": "67", "PE": "87", "MG": "38"}
# lines: (origin, destination, UF of the regulator, hours, kind)
LINES = [("Manaus", "Parintins", "AM", 18, "recreio"), ("Manaus", "Tefé", "AM", 36, "recreio"), ("Manaus", "Coari", "AM", 20, "recreio"),
         ("Manaus", "Maués", "AM", 16, "recreio"), ("Manaus", "Itacoatiara", "AM", 4, "lancha"), ("Manaus", "Parintins", "AM", 9, "lancha"),
         ("Manaus", "Tabatinga", "AM", 96, "recreio"), ("Manaus", "Porto Velho", "RO", 84, "recreio"), ("Manaus", "Santarém", "PA", 36, "recreio"),
         ("Manaus", "Borba", "AM", 22, "recreio"), ("Manaus", "Barcelos", "AM", 40, "recreio"), ("Belém", "Santarém", "PA", 50, "recreio"),
         ("Belém", "Breves", "PA", 12, "recreio"), ("Belém", "Macapá", "AP", 24, "recreio"), ("Belém", "Cametá", "PA", 5, "lancha"),
         ("Belém", "Abaetetuba", "PA", 3, "lancha"), ("Santarém", "Óbidos", "PA", 6, "lancha"), ("Santarém", "Oriximiná", "PA", 10, "recreio"),
         ("Santarém", "Itaituba", "PA", 14, "recreio"), ("Santarém", "Juruti", "PA", 8, "recreio"), ("Santarém", "Monte Alegre", "PA", 6, "recreio"),
         ("Macapá", "Afuá", "AP", 9, "recreio"), ("Porto Velho", "Humaitá", "RO", 14, "recreio")]
FERRIES = [("Manaus", "Careiro da Várzea", "AM", "Porto da Ceasa", "balsa"), ("São Luís", "Alcântara", "MA", "Terminal da Ponta da Espera", "ferry-boat"),
           ("Salvador", "Vera Cruz", "BA", "Terminal de São Joaquim", "ferry-boat"), ("Santarém", "Óbidos", "PA", "Cais da Docas", "balsa"),
           ("Juazeiro", "Petrolina", "BA", "Cais de Juazeiro", "balsa"), ("Macapá", "Santana", "AP", "Porto de Santana", "balsa")]
PORTS = {"Manaus": ["Porto de Manaus (Roadway)", "Porto da Manaus Moderna", "Porto da Panair", "Porto da Ceasa", "Porto de São Raimundo"],
         "Belém": ["Terminal Hidroviário de Belém", "Porto da Palha", "Cais do Porto (Armazém 10)"],
         "Santarém": ["Cais da Docas", "Orla de Santarém (Praça Tiradentes)", "Porto do Mercadão 2000"],
         "Macapá": ["Porto de Santana", "Rampa do Santa Inês"], "Porto Velho": ["Cai n'Água", "Porto do Cai n'Água"],
         "Parintins": ["Porto de Parintins", "Orla da Francesa"], "Tefé": ["Porto de Tefé"], "Itacoatiara": ["Porto da Catraia"]}
OPERATORS = [("Navegação Leão do Norte Ltda.", "leaodonorte.com.br"), ("Transportes Fluviais Bento Amado ME", "bentoamado.com.br"),
             ("Expresso Luz do Tapajós Navegação Ltda.", "luzdotapajos.com.br"), ("Ajato Vitória Régia Transportes Fluviais", "ajatovitoriaregia.com.br"),
             ("Empresa de Navegação Quintanilha & Filhos", "navquintanilha.com.br"), ("F. Sarapião Navegação EIRELI", "sarapiaonav.com.br"),
             ("Cooperativa de Transporte Fluvial do Baixo Amazonas — Coopertransflu", "coopertransflu.org.br"),
             ("Navegação Aurora do Amazonas S.A.", "auroradoamazonas.com.br"), ("Balsas Serruya Travessias Ltda.", "serruyatravessias.com.br")]
AGENCIES = ["Agência Rio Negro Passagens", "Agência Estrela do Norte", "Passagens Prudente & Cia", "Guichê 7 — Agência Boto Tucuxi",
            "Agência Encontro das Águas", "Ponto das Passagens Aurora"]
APPS = [("NavegaPass", "navegapass.com.br"), ("BarcoJá", "barcoja.app"), ("PassagemRio", "passagemrio.com.br"), ("Rota das Águas", "rotadasaguas.com.br")]
BOTS = ["Iara", "Marujinho", "Assistente Virtual NavegaPass", "Atendimento Automático"]
VESSEL_NAMES = ["Leão do Norte II", "Dona Zulmira III", "Comandante Quintino", "Vitória Régia", "Rosa de Saron", "Prudente II", "Estrela Dalva",
                "Sabiá da Mata", "Bento Amado V", "Aurora do Amazonas", "Cidade de Parintins", "Almirante Hermógenes", "Luz do Tapajós",
                "Princesa do Xingu", "Dom Sereno", "Amado Batistão", "Glória de Deus", "Filhos de Odaléia", "Lady Esperança", "Comandante Zózimo",
                "São Benedito I", "Rainha da Paz", "Tio Bentinho", "Expresso Celeste", "Flor do Mapiri"]
VPREFIX = ["B/M", "N/M", "B/M", "N/M", "F/B", "Lancha", "Expresso", "Ajato"]
FISH = ["tambaqui", "jaraqui", "tucunaré", "pirarucu seco", "matrinxã", "pacu", "curimatã", "mapará", "surubim", "bodó", "sardinha", "dourada"]
CARGO = ["1 cx isopor (pescado)", "2 sacas de farinha d'água", "1 motor rabeta 6,5 HP", "1 TV 43\" na caixa", "3 fardos de refrigerante", "rancho (4 vol.)",
         "1 bicicleta", "5 latas de açaí", "2 botijões vazios", "1 geladeira usada", "remédios (1 vol.)", "1 caixa de som", "12 cachos de banana",
         "1 fogão 4 bocas", "colchão de casal", "material escolar (2 vol.)", "1 rede de pesca (malhadeira)", "5 paneiros de farinha"]
ACCOMM = ["rede", "rede", "rede", "rede (popa)", "camarote 3", "camarote 7", "suíte 2", "camarote 12", "poltrona 24", "poltrona 41", "rede (proa)"]
CREW_FN = [("Comandante", "CMT"), ("Marinheiro Fluvial de Convés", "MFC"), ("Moço de Convés", "MOC"), ("Motorista Fluvial", "MOF"),
           ("Taifeiro", "TAF"), ("Cozinheiro", "CZA"), ("Contramestre Fluvial", "CMF"), ("Piloto Fluvial", "PLF")]
CAPITANIAS = {"AM": "Capitania Fluvial da Amazônia Ocidental", "PA": "Capitania dos Portos da Amazônia Oriental", "AP": "Capitania dos Portos do Amapá",
              "RO": "Capitania Fluvial de Porto Velho", "MA": "Capitania dos Portos do Maranhão", "BA": "Capitania dos Portos da Bahia",
              "AC": "Agência Fluvial de Cruzeiro do Sul", "MS": "Agência Fluvial de Corumbá", "PE": "Capitania Fluvial do São Francisco",
              "MG": "Capitania Fluvial do São Francisco"}
REGULATOR = {"AM": ("ARSEPAM", "arsepam.am.gov.br"), "PA": ("ARCON-PA", "arcon.pa.gov.br"), "AP": ("ANTAQ", "antaq.gov.br"),
             "RO": ("ANTAQ", "antaq.gov.br"), "MA": ("MOB", "mob.ma.gov.br"), "BA": ("AGERBA", "agerba.ba.gov.br"), "AC": ("ANTAQ", "antaq.gov.br"),
             "MS": ("ANTAQ", "antaq.gov.br"), "PE": ("ANTAQ", "antaq.gov.br"), "MG": ("ANTAQ", "antaq.gov.br")}
HOSPITALS = ["Hospital Regional de Parintins Jofre Cohen", "Hospital Municipal Bento Amado", "Santa Casa de Misericórdia de {c}",
             "Hospital Regional do Baixo Amazonas", "Pronto-Socorro Municipal Leão XIII", "Hospital de Referência Aurora", "Hospital Geral Dona Zulmira Cotrim"]
SHIPYARDS = [("Estaleiro Mestre Zózimo Arrais Ltda.", "Manaus/AM"), ("Estaleiro Rio Negro Construções Navais", "Manaus/AM"),
             ("Estaleiro Benchimol & Serruya", "Belém/PA"), ("Estaleiro São Benedito ME", "Santarém/PA"), ("Estaleiro Aurora Naval", "Abaetetuba/PA")]
INSURERS = [("Seguradora Prudente Vida e Patrimônio S.A.", "seguradoraprudente.com.br"), ("Aurora Seguros Gerais S.A.", "auroraseguros.com.br"),
            ("Leão Dourado Seguros", "leaodouradoseguros.com.br"), ("Amparo Fluvial Seguros S.A.", "amparofluvial.com.br")]
FUEL = ["Posto Flutuante Estrela do Norte", "Flutuante Boto Tucuxi Combustíveis", "Flutuante São Benedito", "Posto Flutuante Leão do Mar",
        "Flutuante Aurora Diesel"]
ROLE_BOXES = ["sac", "atendimento", "passagens", "vendas", "reservas", "financeiro", "ouvidoria", "no-reply", "naoresponda", "contato", "juridico",
              "encomendas", "cargas", "fretes", "tfd", "regulacao", "saude", "semsa", "protocolo", "fiscalizacao", "secretaria", "suporte", "cobranca",
              "sinistros", "dpem", "chargeback", "contestacao", "fraude", "disputas", "capitania", "cfaoc", "cpaor", "inquerito", "rh", "dp",
              "faturamento", "comercial", "credito", "agencia", "sesmt", "vacina", "imunizacao", "ubsfluvial", "pronto.atendimento", "travessia"]
ICD_UBS = [("I10", "hipertensão essencial", (1940, 1980)), ("E11.9", "diabetes mellitus tipo 2", (1945, 1985)), ("B54", "malária não especificada", (1960, 2018)),
           ("B51.9", "malária por P. vivax", (1960, 2018)), ("A09", "diarreia e gastroenterite infecciosa", (2016, 2024)), ("B82.9", "parasitose intestinal", (2012, 2022)),
           ("J06.9", "IVAS", (2015, 2024)), ("L02.4", "abscesso em membro", (1970, 2010)), ("Z34.9", "pré-natal de baixo risco", (1995, 2008)),
           ("M54.5", "lombalgia", (1955, 1995)), ("H10.9", "conjuntivite", (1980, 2020)), ("A90", "dengue", (1970, 2015)), ("Z00.1", "puericultura", (2023, 2025)),
           ("K02.9", "cárie dentária", (2010, 2020)), ("B35.4", "tinea corporis", (1970, 2015)), ("D50.9", "anemia ferropriva", (1990, 2020))]
LAWS = ["Lei 9.537/1997", "Decreto 2.596/1998", "NORMAM-202/DPC", "Lei 11.970/2009", "Lei 8.374/1991", "Lei 10.741/2003", "Lei 9.432/1997",
        "Lei 10.233/2001", "Lei 2.180/1954", "art. 734 do Código Civil", "art. 14 do CDC", "Lei 9.099/1995", "Lei 13.146/2015", "Lei 13.709/2018"]


def home(g: Gen, style: str = "text", rural: float = 0.0) -> str:
    """A person's address: a street one, or (rural) a community, a ramal or a floating house with its number."""
    if not g.chance(rural):
        return g.address(style)
    a = g.pick([f"Comunidade {g.pick(['São Francisco', 'Nossa Senhora de Fátima', 'Bom Jesus', 'São Sebastião', 'Santa Luzia', 'Boa Esperança'])} "
                f"do {g.pick(['Arapapá', 'Lago do Limão', 'Paraná do Ramos', 'Rio Preto', 'Costa do Catalão', 'Igarapé Açu'])}, casa {g.ri(1, 80)}",
                f"Ramal do {g.pick(['Brasileirinho', 'Pau Rosa', 'Ipiranga', 'Cuieiras', 'Km 21', 'Tarumã'])}, km {g.ri(2, 40)}, casa {g.ri(1, 30)}",
                f"Casa flutuante nº {g.ri(1, 60)}, {g.pick(['Igarapé do Tarumã-Açu', 'Lago do Catalão', 'Marina do Davi', 'Baía do Guajará'])}",
                f"Estrada da Várzea, km {g.ri(1, 25)}, s/n", f"Vila do {g.pick(['Puraquequara', 'Janauacá', 'Arapiuns', 'Cacau Pirêra'])}, Beco {g.ri(1, 9)}, casa {g.ri(1, 90)}"])
    if style == "caps":
        return fold(a).upper()
    if style == "low":
        return fold(a).lower().replace(",", "")
    return a


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def vessel(g: Gen, kind: str | None = None) -> str:
    """A vessel's name with its prefix (B/M barco a motor, N/M navio motor, F/B ferry-boat); never a person."""
    if kind == "lancha":
        return g.pick(["Lancha", "Expresso", "Ajato"]) + " " + g.pick(VESSEL_NAMES)
    if kind == "balsa":
        return g.pick(["F/B", "Balsa"]) + " " + g.pick(VESSEL_NAMES)
    return g.pick(["B/M", "N/M", "B/M"]) + " " + g.pick(VESSEL_NAMES)


def insc(g: Gen) -> str:
    """A vessel's inscription number at the Capitania (unlabelled)."""
    return clean(g, lambda: g.pick([f"{g.d(3)}-{g.d(6)}-{g.d(1)}", f"{g.d(3)}{g.d(6)}{g.d(1)}", f"{g.d(3)}.{g.d(3)}.{g.d(4)}"]))


def cir(g: Gen) -> str:
    """A seafarer's CIR (Caderneta de Inscrição e Registro) number (unlabelled)."""
    return clean(g, lambda: g.pick([f"{g.pick(['461', '241', '213', '462'])}M{g.ri(2001, 2023)}{g.d(5)}", f"{g.d(3)}.{g.d(2)}{g.up(1)}.{g.d(5)}",
                                    f"CIR-{g.d(4)}/{g.ri(2005, 2023)}"]))


def bilhete(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"BIL-{g.d(7)}", f"{g.up(2)}{g.d(6)}", f"Nº {g.d(6)}", f"#{g.d(8)}", f"PAS-{g.ri(2025, 2026)}-{g.d(5)}"]))


def cnj_of(g: Gen, uf: str, year: tuple[int, int] = (2023, 2026), seg: str | None = None) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(*year)}.{seg or CNJ_SEG.get(uf, '8.04')}.{g.d(4)}")


def money(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + brl(g.ri(lo, hi) + g.pick([0, 0, 0, 0.5, 0.9, 0.35]))


def bank(g: Gen) -> str:
    return g.pick(BANKS)[1]


def line(g: Gen, kind: str | None = None) -> tuple:
    opts = [x for x in LINES if kind is None or x[4] == kind]
    a, b, uf, h, k = g.pick(opts)
    return (b, a, uf, h, k) if g.chance(0.35) else (a, b, uf, h, k)


def port_of(g: Gen, city: str) -> str:
    return g.pick(PORTS.get(city, [f"Porto de {city}", f"Orla de {city}", f"Trapiche Municipal de {city}"]))


def uf_of(city: str) -> str:
    return next(u for c, u in CITIES if c == city)


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "inv": p.inverted, "lfirst": lower(p.first), "lshort": lower(p.short)}[f])


def cl2(doc: Doc, stamp: str, who: list[tuple], template: str = "", **vals) -> None:
    """One chat line whose sender is built from parts: [(text, LABEL or None), ...]."""
    doc.t(stamp)
    for part in who:
        doc.e(part[0], part[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def kid(g: Gen, parent: Person, female: bool | None = None) -> Person:
    female = g.chance(0.5) if female is None else female
    k = g.relative(parent, female)
    if g.chance(0.12):
        o = g.pick(["in", "sf", "pe", "co", "ht", "jp", "ar"])
        k = Person(g.pick(FOREIGN[o][0] if female else FOREIGN[o][1]), k.surnames, female)
    return k


def kid_dob(g: Gen, fmt: str | None = None, lo: int = 2010, hi: int = 2025) -> str:
    return g.dob(fmt or g.pick(["br", "br", "br", "iso", "nopad", "long", "short"]), lo, hi)


def dr(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def sr(p: Person) -> str:
    return "Sra." if p.female else "Sr."


def spoken_date(g: Gen, dd: int, mm: int, yy: int) -> str:
    """A birth date as speech-to-text writes it: digits, or words."""
    if yy < 2000:
        yw = "mil novecentos e " + words999(yy - 1900)
    else:
        yw = "dois mil" + (" e " + words999(yy - 2000) if yy > 2000 else "")
    dw = "primeiro" if dd == 1 else words999(dd)
    return g.pick([f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}", f"{dw} de {fold(MONTHS[mm - 1])} de {yw}",
                   f"{dd} do {mm} de {yy % 100:02d}", f"{dw} do {words999(mm)} de {yw}"])


def ty(g: Gen, s: str, p: float = 0.35) -> str:
    """A typing slip in one word (four letters or more) of free text, with probability p; «keys» and digits are left alone."""
    if not g.chance(p):
        return s
    words = [m for m in re.finditer(r"(?<![«\w])[A-Za-zÀ-ÿ]{4,}(?![\w»])", s)]
    if not words:
        return s
    m = g.pick(words)
    return s[:m.start()] + typo(m.group(0), g) + s[m.end():]


def tyn(g: Gen, name: str, p: float = 0.15) -> str:
    """A name typed with a slip (still the person's name) with probability p."""
    if not g.chance(p):
        return name
    parts = name.split(" ")
    k = g.pick([i for i, w in enumerate(parts) if len(w) >= 4] or [0])
    parts[k] = typo(parts[k], g)
    return " ".join(parts)


def nick_of(g: Gen, p: Person) -> str:
    return g.pick(RIVER_NICK_F if p.female else RIVER_NICK)


def chat_neg(g: Gen) -> str:
    return g.pick(["ok", "ok obrigada", "<Mídia oculta>", "👍", "tá bom", "Deus abençoe 🙏", "kkk ta certo", "Esta mensagem foi apagada",
                   "vou levar um tambaqui assado pra viagem", "a maré tá baixa, o barco vai encostar no outro porto?", "a Aurora já saiu?",
                   "o jaraqui tá barato hoje na feira da Panair", "áudio de 0:38", "e se chover muito ele sai mesmo assim?", "tem rede pra vender aí?",
                   "seria prudente chegar cedo né", "vou de táxi até o porto"])


def word_neg(g: Gen) -> str:
    """A sentence in which name-like words are words, vessels, firms, places or fish, not persons."""
    return g.pick(["O B/M Dona Zulmira III saiu com duas horas de atraso por causa da maré.", "Seria prudente embarcar as redes antes das 10h.",
                   "O Expresso Luz do Tapajós não opera às segundas.", "Na vazante o N/M Bento Amado V não encosta no porto da Francesa.",
                   "Foi uma vitória o barco chegar antes da chuva.", "A Navegação Quintanilha & Filhos suspendeu a linha de Maués.",
                   "Levar tucunaré e jaraqui em isopor com gelo só no porão.", "A Flor do Mapiri ficou encalhada perto da Costa do Catalão.",
                   "Há esperança de a balsa voltar a operar na segunda.", "O Posto Flutuante Estrela do Norte só vende diesel à vista.",
                   "O boto apareceu na proa e as crianças correram para ver.", "A Agência Rio Negro Passagens fecha ao meio-dia no domingo.",
                   "Vitória Régia florida no lago do Janauacá, linda demais.", "A Comandante Zózimo Arrais ficou alagada na cheia de junho.", "Presidente Prudente? Não, o barco é o Prudente II."])


# ------------------------------------------------------------------ atendimento

def cust_who(g: Gen, p: Person, phone_p: float = 0.3) -> list[tuple]:
    """How the agency's phone shows a customer: a bare number, the saved name, a lower-case first name, a name with a note."""
    r = g.rng.random()
    if r < phone_p:
        return [(g.phone("wa"), "PHONE_NUMBER")]
    if r < phone_p + 0.2:
        return [P(p.first), V(g.pick([" Parintins", " (cliente)", " passagem", " Tefé 🚢", " encomenda"]))]
    if r < phone_p + 0.4:
        return [P(lower(p.first))]
    return [P(g.pick([p.full, p.short]))]


def at_whatsapp(g: Gen) -> Doc:
    """A ticket agency's WhatsApp, as a WhatsApp export (half) or as the messaging platform's transcript with role senders: price of a
    hammock or a cabin on a recreio boat, the passengers' names, CPFs (a mistyped CPF caught sometimes), a mother's birth date and RG for
    the elderly free pass, a child's birth date, the payment (Pix to a random key or to the agency's CNPJ key), the ticket numbers
    (unlabelled), the boat and the port (unlabelled)."""
    doc = Doc()
    orig, dest, uf, hrs, kind = line(g, "recreio")
    ag = g.pick(AGENCIES)
    cus = g.person(g.chance(0.65))
    mom = g.person(True) if g.chance(0.5) else Person(g.pick(RARE_F + COMMON_F), cus.surnames[-1:], True)
    child = kid(g, cus)
    att = g.person(True) if g.chance(0.7) else g.person(False)
    boat = vessel(g)
    t = iter(seq_times(g, 40, g.moment(hours=(6, 21)), 20, 900))
    if g.chance(0.35):
        st = chat_stamp(g)
        C = cust_who(g, cus, 0.5)
        A = [V(g.pick([ag, "Agência " + orig, "Passagens 🚢", ag.split(" — ")[-1]]))]
        head = g.pick([[V("Conversa do WhatsApp com ")] + C, [V("WhatsApp Chat with ")] + C])
        for part in head:
            doc.e(part[0], part[1])
        doc.t("\n\n")
        bot = None
    else:
        sfmt = g.pick(["hms", "hm"])

        def st(x: datetime.datetime) -> str:
            return "[" + ts(x, sfmt) + "] "
        C, A = [V("Cliente")], [V(g.pick(["Atendente", "Agente", "Operador(a)"]))]
        bot = g.pick(BOTS[:2] + [BOTS[3]])
        doc.f("Atendimento «p» — canal WhatsApp — contato «c» — fila Passagens — «d»\n\n", p=clean(g, lambda: g.d(9)), c=(g.phone("e164"), "PHONE_NUMBER"), d=dbr(g.day()))
    dep = g.day()
    cl2(doc, st(next(t)), C, ty(g, g.pick([f"boa tarde tem passagem pra {dest} quarta?", f"bom dia qto ta a rede pra {dest}", f"oi vcs vendem pro barco de {dest}?"])))
    if bot:
        cl2(doc, st(next(t)), [V("Bot " + bot)], f"Olá! Sou {'a ' if bot == 'Iara' else 'o '}{bot}, assistente virtual. Digite 1 para passagens, 2 para encomendas, 3 para falar com atendente.")
        cl2(doc, st(next(t)), C, g.pick(["1", "3", "passagem"]))
    cl2(doc, st(next(t)), A, "«s» Tem sim, «b» sai «d» às «h» do «p». Rede «r», camarote «c» (2 pessoas). Vai quantas pessoas?",
        s=[V(g.pick(["Boa tarde!", "Olá!", "Bom dia, tudo bem?"]) + (" Aqui é a " if att.female else " Aqui é o ")), P(att.first), V(".")] if g.chance(0.3) else
        g.pick(["Boa tarde!", "Olá!", "Bom dia, tudo bem?"]), b=boat,
        d=dbr(dep), h=g.pick(["12h", "18h", "10h", "20h"]), p=port_of(g, orig), r=money(g, 90, 260), c=money(g, 450, 1200))
    mdd, mmm, myy = g.dob_parts(1940, 1964)
    kin = "minha filha" if child.female else "meu filho"
    cl2(doc, st(next(t)), C, ty(g, g.pick([f"eu minha mae e {kin}. mae tem {2025 - myy} anos ela paga?", "3 pessoas, minha mãe é idosa, tem gratuidade?",
                                          "somos tres eu minha mae q é idosa e " + ("minha menina pequena" if child.female else "meu menino pequeno")]), 0.5))
    cl2(doc, st(next(t)), A, "Idoso a partir de 60 tem gratuidade na rede (2 vagas por viagem, Lei 10.741/2003), precisa do RG original. Criança até 5 anos não paga. "
        "Me manda nome completo, CPF e data de nascimento de cada um.")
    if g.chance(0.3):
        cl2(doc, st(next(t)), C, "«n» cpf «c»", n=P(g.pick([cus.full, cus.low])), c=g.neg_cpf(g.chance(0.5)))
        cl2(doc, st(next(t)), A, "Esse CPF deu inválido no sistema, confere por favor?")
        cl2(doc, st(next(t)), C, g.pick(["foi mal kkk", "desculpa digitei errado", "ops"]) + " «c»", c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    else:
        cl2(doc, st(next(t)), C, g.pick(["«n» cpf «c»", "«n»\n«c»", "eu: «n» «c»"]), n=P(g.pick([cus.full, cus.low, cus.caps])), c=(g.cpf(g.pick(["raw", "dot", "dot"])), "BR_CPF"))
    cl2(doc, st(next(t)), C, g.pick(["mae: «n» nasc «d» rg «r»", "minha mãe «n», nascida «d», RG «r»", "«n» «d» rg «r»"]), n=P(tyn(g, g.pick([mom.full, mom.low]), 0.25)),
        d=(fmt_date(mdd, mmm, myy, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"), r=(g.rg(), "BR_RG"))
    cl2(doc, st(next(t)), C, kin + " «n» «d»", n=P(g.pick([child.full, child.low, child.first])), d=(kid_dob(g, g.pick(["br", "nopad"]), 2019, 2024), "DATE_OF_BIRTH"))
    v = g.ri(180, 520)
    if g.chance(0.55):
        cl2(doc, st(next(t)), A, "Total R$ «v». Pix na chave aleatória «k» (titular «o»). Manda o comprovante aqui.", v=brl(v), k=(g.uuid(), "PIX_KEY"),
            o=g.pick(OPERATORS)[0].split(" — ")[0].rstrip("."))
    else:
        cl2(doc, st(next(t)), A, "Total R$ «v». Pix no CNPJ «k» («o»). Manda o comprovante aqui.", v=brl(v), k=(g.cnpj(g.pick(["dot", "raw"])), "BR_CNPJ"),
            o=g.pick(OPERATORS)[0].split(" — ")[0].rstrip("."))
    if g.chance(0.18):
        cl2(doc, st(next(t)), C, "nao tenho pix, pode ser no cartao? «c» venc «v»", c=(g.card(g.chance(0.6)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
        cl2(doc, st(next(t)), A, "Não mande o número do cartão por aqui! Vou te enviar um link de pagamento seguro.")
    cl2(doc, st(next(t)), C, "<Mídia oculta>")
    if g.chance(0.5):
        cl2(doc, st(next(t)), C, ty(g, "pode mandar os bilhetes no meu email? «e»"), e=(g.email(cus), "EMAIL_ADDRESS"))
    cl2(doc, st(next(t)), A, "Confirmado ✅ bilhetes «b1», «b2» e «b3». Embarque 2h antes, leve documento com foto. «x»", b1=bilhete(g), b2=bilhete(g), b3=bilhete(g),
        x=g.pick(["Rede não fornecemos.", "Boa viagem!", "Qualquer coisa chama aqui.", "Bagagem até 30 kg por pessoa."]))
    if g.chance(0.5):
        cl2(doc, st(next(t)), C, "se eu quiser mandar uma encomenda pro meu irmao «n» la em «c», ele pega no porto? o zap dele é «p»", n=P(g.pick(RIVER_NICK) if g.chance(0.3) else g.person(False).short),
            c=dest, p=(g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"))
        cl2(doc, st(next(t)), A, "Pega sim, com RG. Encomenda até 10 kg R$ 25,00.")
    cl2(doc, st(next(t)), C, chat_neg(g))
    return doc


def at_lista(g: Gen) -> Doc:
    """The boat's passenger list (lista de passageiros) for the Capitania's dispatch: vessel, inscription and the commander's CIR
    (unlabelled), the commander by name; a table (fixed width with names cut at 26, ruled, CSV or psql) with name, document (RG, CPF or
    CNH labelled; passports, birth-certificate registrations and 'sem doc.' unlabelled), birth date, destination, accommodation and an
    emergency phone sometimes; lap children; the total and the dispatcher."""
    doc = Doc()
    orig, dest, uf, hrs, kind = line(g)
    boat = vessel(g, kind)
    cmt, disp = g.person(g.chance(0.1)), g.person()
    dep = g.moment(hours=(6, 21))
    cap = g.ri(120, 420) if kind == "recreio" else g.ri(60, 140)
    doc.t(g.pick(["LISTA DE PASSAGEIROS", "RELAÇÃO DE PASSAGEIROS — DESPACHO", "MANIFESTO DE PASSAGEIROS"]) + "\n")
    doc.f("Embarcação: «b» — inscrição «i» — lotação «l» passageiros\nRota: «o» → «d» — saída «s» — «p»\nComandante: «c» — CIR «r»\n\n",
          b=boat, i=insc(g), l=cap, o=orig, d=dest, s=ts(dep, "br"), p=port_of(g, orig), c=pname(g, cmt, ("full", "caps", "capsf")), r=cir(g))
    fmt = g.pick(["fixed", "plus", "csv", "psql", "fixed"])
    rows = []
    n = g.ri(4, 6)
    for i in range(n):
        p = g.person()
        r = g.rng.random()
        if r < 0.35:
            dk, dv = "RG", (g.rg(), "BR_RG")
        elif r < 0.65:
            dk, dv = "CPF", (g.cpf(), "BR_CPF")
        elif r < 0.75:
            dk, dv = "CNH", (g.cnh(), "BR_CNH")
        elif r < 0.85:
            dk, dv = "PASS", V(g.pick([g.up(2) + g.d(6), g.up(1) + g.d(8)]))
        elif r < 0.93:
            dk, dv = "CERT", V(f"termo {g.d(5)}")
        else:
            dk, dv = "—", V("sem doc.")
        lo, hi = ((2012, 2024) if dk == "CERT" else (1938, 2007))
        dob = (g.dob("br", lo, hi), "DATE_OF_BIRTH")
        ph = (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER") if g.chance(0.6) else V("")
        rows.append([V(f"{i + 1:02d}"), P(g.pick([p.capsf, p.capsf, p.full])), V(dk), dv, dob, V(g.pick([dest, dest, dest, g.pick(CITIES)[0]])), V(g.pick(ACCOMM)), ph])
    cols = ["nº", "nome", "doc", "número", "nasc.", "destino", "acomod.", "contato emerg."]
    if fmt == "fixed":
        doc.t(f"{'Nº':<4}{'NOME':<27}{'DOC':<5}{'NUMERO':<16}{'NASC.':<11} {'DESTINO':<18}{'ACOMOD.':<13}CONTATO\n")
        for r in rows:
            doc.t(f"{r[0][0]:<4}")
            doc.cell(cut(r[1][0], 26), 27, "PERSON")
            doc.cell(r[2][0], 5)
            doc.cell(r[3][0], 16, r[3][1])
            doc.cell(r[4][0], 11, r[4][1])
            doc.t(" ")
            doc.cell(cut(fold(r[5][0]).upper(), 17), 18)
            doc.cell(r[6][0].upper(), 13)
            doc.e(r[7][0], r[7][1]) if r[7][0] else None
            doc.t("\n")
    elif fmt == "csv":
        table_csv(doc, cols, rows, g.pick([";", ","]))
    else:
        table_ruled(doc, cols, rows, fmt)
    if g.chance(0.4):
        m = g.person(True)
        doc.f("\nCriança de colo: «k» (DN «d»), com a mãe «m».\n", k=P(kid(g, m).full), d=(kid_dob(g, "br", 2023, 2025), "DATE_OF_BIRTH"), m=P(m.short))
    doc.f("\nTotal a bordo: «n» passageiros + «t» tripulantes.\nDespachante: «p»«x»\n", n=g.ri(n + 40, cap), t=g.ri(5, 12),
          p=P(g.pick([disp.full, disp.short])) if g.chance(0.6) else "usuário " + login(disp, g),
          x=g.pick(["", f" — {g.pick(AGENCIES)}", " (visto)"]))
    if g.chance(0.4):
        doc.t(word_neg(g) + "\n")
    return doc


def at_call(g: Gen) -> Doc:
    """A speech-to-text transcript (lower case) of a call to the company's cargo desk about a lost parcel (encomenda): the sender's name,
    CPF read out, phone in groups or words, the recipient's name, nickname and phone, the recipient's address at the destination, what was
    sent; then the attendant's typed record (the recipient's address again, the receipt number unlabelled, the attendant's login)."""
    doc = Doc()
    orig, dest, uf, hrs, kind = line(g, "recreio")
    snd, rcp, att, conf = g.person(), g.person(), g.person(), g.person(False)
    cpf, ph, ph2 = g.cpf_digits(), g.msisdn(), g.msisdn()
    cep = g.cep(False)
    item = g.pick(CARGO)
    boat = vessel(g)
    rural = g.chance(0.35)
    addr_t = home(g, "text", 1.0 if rural else 0.0)
    addr = re.sub(r"\s+", " ", fold(addr_t).lower().replace(",", " ").replace(" - ", " ").replace("nº", "numero")).strip()
    doc.t(g.pick(["[transcricao automatica] ", "transcrição — ", ""]) + f"ligacao {g.hm()} — central de encomendas — {lower(g.pick(OPERATORS)[0].split(' — ')[0])}\n")
    doc.f("atendente: «o» encomendas bom dia «a» falando\n", o=lower(g.pick(["navegacao", "central", "agencia"])), a=P(lower(att.first)))
    doc.f("cliente: bom dia eu mandei uma encomenda no «b» pra «d» e ate agora nao chegou faz «n» dias\n", b=lower(boat), d=lower(dest), n=g.pick(["cinco", "oito", "dez", "quinze"]))
    doc.f("atendente: qual o nome do remetente\ncliente: «n»\n", n=P(snd.low))
    doc.f("atendente: o cpf\ncliente: «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f("atendente: telefone pra retorno\ncliente: «p»\n", p=(g.fmt_phone(ph[0], ph[1], "stt") if g.chance(0.5) else spoken_digits(ph[0] + ph[1], g), "PHONE_NUMBER"))
    nk = nick_of(g, rcp)
    doc.f("atendente: e quem ia receber\ncliente: «r» conhecid«o» como «k» «x»\n", r=P(rcp.low), o=rcp.o, k=P(lower(nk)), x=g.pick(["e meu irmao", "minha cunhada", "e meu primo", "minha sogra"]))
    doc.f("atendente: o endereco dele la\ncliente: «a» «b»\n", a=(addr, "ADDRESS"), b="" if rural else lower(g.pick(BAIRROS)))
    doc.f("atendente: tem o cep\ncliente: «c»\n", c=(stt_groups(cep, g), "BR_CEP")) if g.chance(0.7) else doc.t("atendente: tem o cep\ncliente: sei nao\n")
    doc.f("atendente: telefone de quem recebe\ncliente: «p»\n", p=(g.fmt_phone(ph2[0], ph2[1], "stt"), "PHONE_NUMBER"))
    doc.f("atendente: o que tinha na encomenda\ncliente: «i» com o nome dele escrito em cima e o recibo e «r»\n", i=lower(item), r=" ".join(clean(g, lambda: g.d(6))))
    doc.f("atendente: vou abrir uma reclamacao e falar com o conferente «c» que fez o embarque\n", c=P(lower(g.pick([conf.first, conf.nick]))))
    doc.t("cliente: ta bom porque e " + g.pick(["o motor que ele precisa pra pescar", "remedio da minha mae", "o rancho do mes", "o peixe pra vender"]) + "\n\n")
    doc.f("RECLAMAÇÃO ENCOMENDA — «p»\nRemetente: «n» | CPF «c» | tel «t»\nDestinatário: «r» | tel «u»\nEndereço entrega: «a», «d»/«uf»\n",
          p=proto(g), n=P(snd.capsf), c=(fmt_cpf(cpf), "BR_CPF"), t=(g.fmt_phone(ph[0], ph[1], "par"), "PHONE_NUMBER"), r=P(rcp.capsf),
          u=(g.fmt_phone(ph2[0], ph2[1], "plain"), "PHONE_NUMBER"), a=(addr_t, "ADDRESS"), d=dest, uf=uf_of(dest))
    doc.f("CEP: «z»\n", z=(f"{cep[:5]}-{cep[5:]}", "BR_CEP"))
    doc.f("Volume: «i» | embarcação «b» | atendente «l»\n", i=item, b=boat, l=login(att, g))
    return doc


def at_app(g: Gen) -> Doc:
    """The booking app's export of ticket purchases, as JSON lines, YAML or an HTML table: buyer and passenger names, CPF (a foreign
    passenger's passport unlabelled), birth date, e-mail, mobile, the buyer's IP (public ones labelled; the agency kiosk's private IP
    not), route, boat, accommodation, payment (masked card, Pix end-to-end id unlabelled)."""
    doc = Doc()
    app, adom = g.pick(APPS)
    fmt = g.pick(["jsonl", "jsonl", "yaml", "html"])
    items = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        orig, dest, uf, hrs, kind = line(g)
        foreign = g.chance(0.12)
        pay = g.pick(["pix", "cartao", "cartao", "pix"])
        it = {"pedido": V(clean(g, lambda: f"{app[:3].upper()}{g.d(7)}") if g.chance(0.6) else g.neg(11)),
              "passageiro": P(g.pick([p.full, p.caps, p.low])),
              "documento": V(g.up(1) + g.d(8)) if foreign else (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
              "tipo_doc": V("passaporte" if foreign else "cpf"),
              "nascimento": (g.dob(g.pick(["iso", "iso", "br"]), 1945, 2007), "DATE_OF_BIRTH"),
              "email": (g.email(p), "EMAIL_ADDRESS") if g.chance(0.85) else V(""),
              "celular": (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"),
              "cep": (g.cep(g.chance(0.5)), "BR_CEP") if g.chance(0.7) else V(""),
              "trecho": V(f"{orig} > {dest}"),
              "embarcacao": V(vessel(g, kind)),
              "acomodacao": V(g.pick(ACCOMM)),
              "pagamento": V(f"cartão {g.masked_card()}" if pay == "cartao" else "pix " + clean(g, lambda: f"E{g.d(8)}{g.hexs(12)}")),
              "ip": (g.ip(), "IP_ADDRESS") if g.chance(0.75) else V(g.ip_priv()),
              "criado_em": V(ts(g.moment(), "iso"))}
        items.append(it)
    if fmt == "jsonl":
        for it in items:
            jval(doc, {k: (v if not (isinstance(v, tuple) and v[1] is None) else v[0]) for k, v in it.items()}, None)
            doc.t("\n")
    elif fmt == "yaml":
        doc.t(f"# {app} — exportação de pedidos — {ts(g.moment(), 'sql')}\n")
        for it in items:
            first = True
            for k, v in it.items():
                doc.t("- " if first else "  ")
                first = False
                doc.t(f"{k}: ")
                if v[0] == "":
                    doc.t("null")
                else:
                    q = k in ("criado_em", "nascimento", "documento", "pedido", "pagamento", "cep")
                    doc.t('"' if q else "")
                    doc.e(v[0], v[1])
                    doc.t('"' if q else "")
                doc.t("\n")
    else:
        doc.t(f"<html><body>\n<h2>{app} — pedidos do dia {dbr(g.day())}</h2>\n<table>\n")
        keys = ["pedido", "passageiro", "documento", "nascimento", "email", "celular", "cep", "trecho", "acomodacao", "ip"]
        doc.t("<tr>" + "".join(f"<th>{k}</th>" for k in keys) + "</tr>\n")
        for it in items:
            doc.t("<tr>")
            for k in keys:
                v = it[k]
                doc.t("<td>")
                if v[0]:
                    doc.e(v[0], v[1])
                doc.t("</td>")
            doc.t("</tr>\n")
        doc.t("</table>\n</body></html>\n")
    return doc


def at_email(g: Gen) -> Doc:
    """An e-mail thread: a passenger's complaint about an express boat's cancelled trip and overcrowding (CPF, ticket unlabelled, phone,
    the refund account or a random Pix key), the company's answer signed by an attendant with a corporate e-mail, the forward to the
    regulator's ombudsman (a role mailbox) with the passenger's companion named; X-Originating-IP on the first message."""
    doc = Doc()
    orig, dest, uf, hrs, kind = line(g, "lancha")
    op, dom = g.pick(OPERATORS)
    reg, rdom = REGULATOR[uf]
    pas, att, comp = g.person(), g.person(), g.person()
    boat = vessel(g, "lancha")
    pmail = g.email(pas)
    t0 = g.moment()
    t1 = t0 + datetime.timedelta(hours=g.ri(3, 50))
    t2 = t1 + datetime.timedelta(hours=g.ri(1, 30))
    doc.f("De: «n» <«e»>\nPara: «r»\nData: " + mail_date(t2) + "\nAssunto: RES: RES: Reclamação viagem cancelada «b»\n\n",
          n=P(pas.full), e=(pmail, "EMAIL_ADDRESS"), r=role_mail(g, rdom, "ouvidoria"), b=boat)
    doc.f("Prezados da «g»,\n\nencaminho a resposta da empresa, que não resolve. Viajava com «c» («x»). Peço providências.\n\n«n»\n«t»\n\n",
          g=reg, c=P(g.pick([comp.full, comp.short])), x=g.pick(["minha esposa", "minha irmã", "minha filha", "minha mãe"] if comp.female else
                                                               ["meu marido", "meu irmão", "meu pai", "meu filho"]), n=P(pas.short),
          t=(g.phone(), "PHONE_NUMBER"))
    doc.f("-----Mensagem original-----\nDe: «n» <«e»>\nEnviada em: " + dbr(t1) + " " + ts(t1, "hm") + "\nPara: «p»\nAssunto: RES: Reclamação viagem cancelada\n\n",
          n=P(att.full), e=(corp_mail(att, dom, g), "EMAIL_ADDRESS"), p=[P(pas.full), V(" <"), (pmail, "EMAIL_ADDRESS"), V(">")] if g.chance(0.3) else [(pmail, "EMAIL_ADDRESS")])
    doc.f("«s»,\n\na viagem das «h» foi cancelada por determinação da Capitania (nível do rio). Oferecemos remarcação sem custo ou reembolso em até 30 dias "
          "na conta informada. Quanto à lotação, a embarcação «b» opera dentro da capacidade autorizada.\n\nAtenciosamente,\n«a»\nSAC — «o»\n«m»\n\n",
          s=[V(sr(pas) + " "), P(pas.short)] if g.chance(0.4) else "Prezado(a) cliente", h=g.pick(["6h", "7h30", "14h", "15h"]), b=boat,
          a=P(g.pick([att.full, att.first])), o=op, m=role_mail(g, dom, "sac"))
    doc.f("> De: «n»\n> Enviada em: " + dbr(t0) + " " + ts(t0, "hm") + "\n> X-Originating-IP: [«ip»]\n> Assunto: Reclamação viagem cancelada\n>\n",
          n=[P(pas.full), V(" <"), (pmail, "EMAIL_ADDRESS"), V(">")] if g.chance(0.4) else [(pmail, "EMAIL_ADDRESS")], ip=(g.ip(), "IP_ADDRESS"))
    doc.f(ty(g, "> Comprei 2 passagens (bilhetes «b1» e «b2») «o» → «d» para «dd». Chegamos no porto às 5h e a lancha não saiu, ninguém avisou. "
          "Na semana anterior vim na mesma linha com gente em pé no corredor.", 0.6) + "\n> Meu CPF: «c». Quero o reembolso de «v» ",
          b1=bilhete(g), b2=bilhete(g), o=orig, d=dest, dd=dbr(t0 - datetime.timedelta(days=g.ri(1, 6))), c=(g.cpf(), "BR_CPF"), v=money(g, 140, 520))
    if g.chance(0.5):
        doc.f("na conta: «bk», ag. «a», c/c «c».\n", bk=bank(g), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("no Pix chave aleatória «k».\n", k=(g.uuid(), "PIX_KEY"))
    doc.f("> Tel. «t»\n", t=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_balsa(g: Gen) -> Doc:
    """A ferry crossing's vehicle booking and queue log (balsa / ferry-boat): a table (ruled, psql, Markdown, CSV) with time, plate, vehicle,
    driver, CPF or CNH, phone, priority (an ambulance, an elderly driver, a truck of a firm); the SMS confirmations; the shift's notes;
    the supervisor. Reservation codes unlabelled."""
    doc = Doc()
    a, b, uf, port, kind = g.pick(FERRIES)
    sup = g.person()
    day = g.day()
    doc.f("TRAVESSIA «a» ⇄ «b» — «v» — «p»\nFila de embarque de veículos — «d» — saída «h»\n\n", a=a, b=b,
          v=("F/B " if kind == "ferry-boat" else "Balsa ") + g.pick(VESSEL_NAMES), p=port, d=dbr(day),
          h=g.pick(["06:00", "07:30", "09:00", "13:00", "16:30"]))
    rows = []
    for _ in range(g.ri(6, 8)):
        p = g.person(g.chance(0.3))
        veh = g.pick(["carro passeio", "caminhonete", "moto", "caminhão 3/4", "carreta", "van", "ambulância", "ônibus"])
        doc_ = (g.cnh(), "BR_CNH") if veh in ("caminhão 3/4", "carreta", "ônibus") or g.chance(0.3) else (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        pri = {"ambulância": "PRIORIDADE — SAMU", "ônibus": "linha regular"}.get(veh, g.pick(["—", "—", "—", "idoso", "PcD", "reserva app", "carga perecível"]))
        rows.append([V(clean(g, lambda: g.up(2) + g.d(5))), (g.plate(), "LICENSE_PLATE"), V(veh), P(g.pick([p.capsf, p.full, p.short])), doc_,
                     (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER") if g.chance(0.6) else V(""), V(pri)])
    fmt = g.pick(["plus", "psql", "md", "csv"])
    cols = ["reserva", "placa", "veículo", "condutor", "CPF/CNH", "telefone", "obs."]
    if fmt == "csv":
        table_csv(doc, cols, rows, g.pick([";", ","]))
    else:
        table_ruled(doc, cols, rows, fmt)
    doc.t("\nSMS enviados:\n")
    for r in g.sample(rows, 2):
        if not r[5][0]:
            continue
        doc.f("  → «t»: Sua reserva «r» para «d» está confirmada. Apresente-se 1h antes com a placa «p». Não responda.\n", t=r[5], r=r[0][0], d=dbr(day), p=r[1])
    doc.f("\nObservações do turno: «x» Supervisor(a): «s».\n", x=g.pick(["carreta do Frigorífico Bento Amado ficou para a próxima por excesso de peso.",
                                                                       "balsa atrasou 40 min por causa da maré.", "ambulância embarcou primeiro.",
                                                                       "motorista da van discutiu com o marinheiro; nada a registrar.",
                                                                       "banzeiro forte, travessia suspensa das 11h às 12h."]),
          s=P(g.pick([sup.full, sup.short, sup.first])))
    return doc


def at_encomendas(g: Gen) -> Doc:
    """The parcels counter's book (livro de encomendas), typed or OCR'd from a photo: number (unlabelled), sender with phone, recipient
    with phone and CPF sometimes, content, declared value and freight; then a handwritten-style receipt for a lost parcel's refund with
    the amount in words and the CPF."""
    doc = Doc()
    orig, dest, uf, hrs, kind = line(g, "recreio")
    boat = vessel(g)
    conf = g.person()
    scan = g.chance(0.4)
    o = (lambda s: ocr(s, g, 0.3)) if scan else (lambda s: s)
    on = (lambda s: ocr(s, g, 0.25, names=True)) if scan else (lambda s: s)
    doc.t(o(f"LIVRO DE ENCOMENDAS — {boat.upper()} — viagem {orig} / {dest} de {dbr(g.day())}") + "\n")
    if scan:
        doc.t("[foto do caderno, texto reconhecido automaticamente]\n")
    doc.t("\n")
    rows = []
    for _ in range(g.ri(4, 5)):
        s_, r_ = g.person(), g.person()
        snd = V(o(g.pick(["Mercadinho Sabiá ME", "Comercial Serruya & Filhos", "Farmácia Bento Amado", "Peixaria Tucunaré Dourado", "Loja Aurora Variedades",
                          "Distribuidora Leão do Norte"]))) if g.chance(0.4) else P(on(tyn(g, g.pick([s_.capsf, s_.short, s_.full]))))
        rows.append([V(clean(g, lambda: g.d(5))), snd, (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"),
                     P(on(g.pick([r_.capsf, r_.short, r_.first + " " + r_.last]))), (g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER") if g.chance(0.7) else V("-"),
                     (g.cpf(), "BR_CPF") if g.chance(0.65) else V("-"), V(o(g.pick(CARGO))), V(money(g, 20, 900)), V(money(g, 10, 120))])
    table_ruled(doc, ["nº", "remetente", "tel.", "destinatário", "tel. dest.", "CPF dest.", "conteúdo", "valor decl.", "frete"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.f(o("\nConferente") + ": «c»\n\n", c=P(on(g.pick([conf.full, conf.nick, conf.first]))) if g.chance(0.5) else o("visto ilegível"))
    cli = g.person()
    v = g.ri(60, 1200) + g.pick([0, 0.5])
    doc.f(o("RECIBO") + "\n" + o("Recebi de") + " «e» " + o("a quantia de R$") + " «v» («x») " + o("referente a indenização da encomenda nº") + " «n» "
          + o("extraviada.") + "\n«d»\n«s»\nCPF «c»\n", e=g.pick(OPERATORS)[0].split(" — ")[0], v=brl(v), x=extenso(v), n=clean(g, lambda: g.d(5)),
          d=f"{dest}, {g.docdate('long')}", s=P(on(cli.full)), c=(g.cpf(), "BR_CPF"))
    return doc


# ------------------------------------------------------------------ juridico

JOBS = {True: ["comerciante", "professora", "do lar", "agricultora", "pescadora", "cozinheira", "técnica de enfermagem", "vendedora", "aposentada",
               "autônoma", "servidora pública municipal", "manicure", "artesã", "estudante", "merendeira"],
        False: ["comerciante", "pescador", "agricultor", "marinheiro fluvial", "motorista", "professor", "autônomo", "aposentado", "carpinteiro naval",
                "mecânico de motores de popa", "estivador", "servidor público municipal", "vigilante", "feirante", "moto-taxista"]}
RG_ORG = ["SSP/AM", "SSP/AM", "SEGUP/PA", "PC/PA", "PC/AP", "SESDEC/RO", "SSP/MA", "SSP/BA", "SSP/AC", "SSP/MS", "SDS/PE"]


def sign(g: Gen, doc: Doc, adv: Person, city: str, uf: str, caps: bool = False) -> None:
    doc.f("\n«c», «d».\n\n«n»\n«o»\n", c=city, d=g.docdate(), n=P(adv.capsf if caps else adv.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))


def ju_jec(g: Gen) -> Doc:
    """An initial petition to a state small-claims court (Juizado Especial Cível): a passenger (qualified: CPF, RG or CNH, address, CEP,
    phone, e-mail sometimes) against the boat company (CNPJ; its address unlabelled) for lost luggage or a cancelled trip; a companion
    named; the facts with the ticket (unlabelled), the boat, the port; the company's employee who refused the claim; a table of damages;
    the lawyer's OAB."""
    doc = Doc()
    orig, dest, uf, hrs, kind = line(g)
    city = orig
    op, dom = g.pick(OPERATORS)
    aut, adv, emp, comp = g.person(), g.person(), g.person(), g.person()
    boat = vessel(g, kind)
    caps = g.chance(0.25)
    doc.t(("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO " + g.pick(["1º", "2º", "3º", "11º"]) + f" JUIZADO ESPECIAL CÍVEL DA COMARCA DE {fold(city).upper()}/{uf}\n\n"))
    qualify(g, doc, aut, caps=caps, email=g.chance(0.8), phone=True, rural=0.15)
    doc.t(", por seu advogado (procuração anexa), vem propor\n\nAÇÃO DE INDENIZAÇÃO POR DANOS MATERIAIS E MORAIS\n\nem face de ")
    doc.f("«o», pessoa jurídica inscrita no CNPJ sob o nº «c», com sede no «p», «cc»/«u», pelos fatos a seguir.\n\nI — DOS FATOS\n\n", o=op.split(" — ")[0].upper() if caps else op.split(" — ")[0],
          c=(g.any_cnpj(), "BR_CNPJ"), p=port_of(g, city), cc=city, u=uf)
    if g.chance(0.5):
        doc.f("1. «au» adquiriu passagem (bilhete «b») na embarcação «v», linha «o»–«d», com saída em «dd», acomodação «a». Despachou bagagem de 2 volumes "
              "com etiqueta «e», que não foi entregue no desembarque.\n", au="A autora" if aut.female else "O autor", b=bilhete(g), v=boat, o=orig, d=dest, dd=g.date(), a=g.pick(ACCOMM), e=clean(g, lambda: g.d(6)))
        doc.f("2. No balcão, «fu» «f» recusou o registro da reclamação, dizendo que \"bagagem em rede é por conta do passageiro\". "
              "Presenciou os fatos «c», que viajava junto.\n", fu="a funcionária" if emp.female else "o funcionário", f=P(g.pick([emp.first, emp.short])), c=P(comp.full))
        items = [("rede de dormir e mosquiteiro", g.ri(80, 250)), ("roupas e calçados", g.ri(300, 1500)), ("celular (nota fiscal anexa)", g.ri(900, 2800)),
                 ("medicamentos de uso contínuo", g.ri(90, 400)), ("mercadorias para revenda", g.ri(500, 4000))]
    else:
        doc.f("1. «au» adquiriu passagens (bilhetes «b» e «b2») para si e para «c» na embarcação «v», saída em «dd». A embarcação não partiu, sem aviso, "
              "e a empresa recusou o reembolso. «au» perdeu consulta médica agendada em «d».\n", au="A autora" if aut.female else "O autor", b=bilhete(g), b2=bilhete(g), c=P(comp.full), v=boat, dd=g.date(), d=dest)
        doc.f("2. A gerente do porto, «f», informou por WhatsApp («t») que a viagem foi cancelada \"por falta de passageiros\".\n", f=P(g.pick([emp.first, emp.full])),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        items = [("passagens", g.ri(180, 700)), ("hospedagem em " + orig, g.ri(150, 600)), ("alimentação", g.ri(80, 300)), ("nova passagem em lancha", g.ri(250, 600))]
    doc.t("\nII — DOS DANOS MATERIAIS\n")
    rows = [[V(k), V(brl(v))] for k, v in items]
    rows.append([V("TOTAL"), V(brl(sum(v for _, v in items)))])
    table_ruled(doc, ["item", "valor (R$)"], rows, g.pick(["plus", "plain", "md"]))
    doc.f("\nIII — DO DIREITO\nA responsabilidade do transportador é objetiva (art. 734 do Código Civil; art. 14 do CDC). Não houve vistoria da Capitania que "
          "justificasse o cancelamento.\n\nIV — DOS PEDIDOS\na) a citação da ré; b) a condenação ao pagamento de R$ «t» de danos materiais e R$ «m» de danos morais; "
          "c) a inversão do ônus da prova.\nValor da causa: R$ «vc».\n", t=brl(sum(v for _, v in items)), m=brl(g.ri(3, 10) * 1000), vc=brl(sum(v for _, v in items) + 5000))
    sign(g, doc, adv, city, uf, caps)
    return doc


def ju_iafn(g: Gen) -> Doc:
    """A report of an administrative inquiry into a navigation accident (IAFN) by the Capitania: the vessel (inscription unlabelled), the
    owner (a person with CPF, address, CEP, or a firm with CNPJ and its manager), the commander (CPF, CIR unlabelled), the victims table
    (name, birth date, CPF or 'não portava', outcome), witnesses' statements (RG, phone), the officer in charge by rank and name (the NIP
    unlabelled); the conclusion with the laws."""
    doc = Doc()
    orig, dest, uf, hrs, kind = line(g)
    cap = CAPITANIAS[uf]
    boat = vessel(g, kind)
    own, cmt, off = g.person(), g.person(False), g.person()
    doc.t(f"MARINHA DO BRASIL\n{cap.upper()}\nINQUÉRITO ADMINISTRATIVO SOBRE ACIDENTES E FATOS DA NAVEGAÇÃO (IAFN) Nº {g.ri(10, 99)}/{g.ri(2024, 2026)}\n\n")
    what = g.pick(["naufrágio", "abalroamento com balsa de carga", "incêndio na praça de máquinas", "encalhe seguido de alagamento",
                   "queda de passageiro na água", "escalpelamento de passageira por eixo sem cobertura"])
    doc.f("1. DO FATO\nEm «d», por volta das «h», a embarcação «b» (inscrição «i»), na linha «o»–«d2», sofreu «w» nas proximidades de «l».\n\n",
          d=g.date(), h=g.hm(), b=boat, i=insc(g), o=orig, d2=dest, w=what, l=g.pick(["Costa do Catalão", "Paraná do Ramos", "boca do Tapajós", "Ilha do Marajó",
                                                                                       "Furo de Breves", "Encontro das Águas", "Costa do Arapapá"]))
    doc.t("2. DO PROPRIETÁRIO E DO COMANDANTE\n")
    if g.chance(0.5):
        doc.f("Proprietário/armador: «n», CPF «c», residente na «a», «cc»/«u», CEP «z», tel. «t».\n", n=P(own.full), c=(g.cpf(), "BR_CPF"), a=(home(g), "ADDRESS"),
              cc=orig, u=uf_of(orig), z=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    else:
        op = g.pick(OPERATORS)[0].split(" — ")[0]
        doc.f("Armador: «o», CNPJ «c», representado pelo sócio-gerente «n» (CPF «cp»).\n", o=op, c=(g.any_cnpj(), "BR_CNPJ"), n=P(own.full), cp=(g.cpf(), "BR_CPF"))
    doc.f("Comandante: «n», «f», CIR «r», CPF «c», nascido em «d».\n\n", n=P(cmt.full), f=g.pick(["Motorista Fluvial (MOF)", "Piloto Fluvial (PLF)", "Contramestre Fluvial (CMF)"]),
          r=cir(g), c=(g.cpf(), "BR_CPF"), d=(g.dob("br", 1958, 1995), "DATE_OF_BIRTH"))
    doc.t("3. DAS VÍTIMAS\n")
    rows = []
    for _ in range(g.ri(2, 4)):
        v = g.person()
        child = g.chance(0.25)
        rows.append([P(g.pick([v.full, v.capsf])), (g.dob("br", 2010, 2022) if child else g.dob("br", 1945, 2005), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if g.chance(0.6) else V("não portava"),
                     V(g.pick(["resgatada sem lesões", "atendida no hospital e liberada", "óbito", "desaparecida", "internada", "resgatado por ribeirinhos"]))])
    table_ruled(doc, ["vítima", "nascimento", "CPF", "situação"], rows, g.pick(["plus", "plain", "psql"]))
    doc.t("\n4. DOS DEPOIMENTOS\n")
    for k in range(2):
        w = g.person()
        doc.f("4.«k» «n», RG «r», tel. «t»: " + g.pick(["afirmou que havia passageiros em redes atadas no convés superior e que não viu coletes distribuídos.",
                        "declarou que o comandante «c» tentou desviar de um tronco trazido pela correnteza.",
                        "disse que o barco saiu mesmo com o banzeiro forte, por pressão do dono.",
                        "relatou que a bomba de porão não funcionava desde a viagem anterior.",
                        "contou que ajudou a retirar crianças da água com a rabeta do seu sítio."]) + "\n",
              k=k + 1, n=P(w.full), r=(g.rg(), "BR_RG"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), c=P(cmt.first))
    doc.f("\n5. CONCLUSÃO\nApurou-se «c». O fato será encaminhado ao Tribunal Marítimo (Lei 2.180/1954), com proposta de responsabilização do comandante e "
          "do proprietário (Lei 9.537/1997; Decreto 2.596/1998).\n\n«dt»\n\n«r» «n»\nEncarregado do Inquérito — NIP «p»\n",
          c=g.pick(["excesso de lotação: «n» a bordo para lotação de «l»".replace("«n»", str(g.ri(150, 300))).replace("«l»", str(g.ri(100, 149))),
                    "ausência de coletes salva-vidas em número suficiente", "navegação noturna sem farol de busca", "eixo do motor sem cobertura (Lei 11.970/2009)"]),
          dt=f"{orig}, {g.docdate()}", r=g.pick(["Capitão-Tenente", "Primeiro-Tenente", "Capitão de Corveta"]), n=P(off.full) if g.chance(0.6) else "(assinatura digital)",
          p=clean(g, lambda: f"{g.d(2)}.{g.d(4)}.{g.d(2)}"))
    return doc


def ju_trabalhista(g: Gen) -> Doc:
    """A labour claim (reclamação trabalhista) by a crew member of a recreio boat (cook, deckhand, motorman) against the boat owner: the
    claimant qualified (CPF, PIS, CTPS unlabelled, birth date, address, CEP, phone, e-mail sometimes), the defendant (a firm with CNPJ and
    its owner, or an owner with CPF), admission and dismissal dates (not births), a voyage-days table, the captain who gave orders, witnesses
    with CPF, the laws and the lawyer's OAB; the TRT's CNJ number unlabelled."""
    doc = Doc()
    orig, dest, uf, hrs, kind = line(g, "recreio")
    rec = g.person()
    fn = g.pick(["cozinheira" if rec.female else "cozinheiro", "taifeira" if rec.female else "taifeiro", "marinheira de convés" if rec.female else "marinheiro de convés",
                 "motorista fluvial"])
    own, cmt, adv = g.person(), g.person(False), g.person()
    boat = vessel(g)
    caps = g.chance(0.2)
    doc.t(f"EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA {g.ri(1, 19)}ª VARA DO TRABALHO DE {fold(orig).upper()}/{uf_of(orig)}\n\n")
    doc.t(f"Processo nº {cnj_of(g, uf, seg=TRT.get(uf, '5.11'))} (distribuição por dependência)\n\n" if g.chance(0.3) else "")
    doc.e(rec.capsf if caps else rec.full, "PERSON")
    doc.f(", «j», nascid«o» em «d», CTPS «ct» série «s», PIS «p», CPF «c», residente na «a», «b», «cc»/«u», CEP «z», telefone «t»«e», vem ajuizar\n\n"
          "RECLAMAÇÃO TRABALHISTA\n\nem face de ", j=fn, o=rec.o, d=(g.dob("br", 1965, 2002), "DATE_OF_BIRTH"), ct=clean(g, lambda: g.d(7)), s=g.d(4),
          p=(g.pis(), "BR_PIS"), c=(g.cpf(), "BR_CPF"), a=(home(g, "caps" if caps else "text", 0.15), "ADDRESS"), b=g.pick(BAIRROS), cc=orig, u=uf_of(orig),
          z=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=[V(", e-mail "), (g.email(rec), "EMAIL_ADDRESS")] if g.chance(0.4) else "")
    if g.chance(0.5):
        op = g.pick(OPERATORS)[0].split(" — ")[0]
        doc.f("«o», CNPJ «c», na pessoa de seu sócio «n», proprietária do «b».\n\n", o=op, c=(g.any_cnpj(), "BR_CNPJ"), n=P(own.full), b=boat)
    else:
        doc.f("«n», CPF «c», proprietári«o» do «b», residente na «a», «cc»/«u».\n\n", n=P(own.full), c=(g.cpf(), "BR_CPF"), o=own.o, b=boat,
              a=(home(g), "ADDRESS"), cc=orig, u=uf_of(orig))
    adm = g.date(year=g.ri(2019, 2023))
    doc.f("1. DO CONTRATO\nAdmitid«o» em «a» e dispensad«o» sem justa causa em «d», sem anotação da CTPS, na função de «f», salário de «s» por viagem. "
          "Trabalhava na linha «or»–«de» sob ordens do comandante «c» («k»), das 4h às 23h, sem folga a bordo.\n\n", o=rec.o, a=adm, d=g.date(), f=fn,
          s=money(g, 350, 900), de=dest, c=P(cmt.full), k=P(g.pick(RIVER_NICK)) if g.chance(0.5) else "dono do barco", **{"or": orig})
    doc.t("2. DAS VIAGENS (amostragem)\n")
    rows = []
    for _ in range(g.ri(3, 5)):
        d0 = datetime.date(g.pick([2024, 2025]), g.ri(1, 12), g.ri(1, 22))
        rows.append([V(dbr(d0)), V(dbr(d0 + datetime.timedelta(days=g.ri(2, 6)))), V(str(g.ri(38, 110))), V(brl(g.ri(300, 900)))])
    table_ruled(doc, ["saída", "retorno", "horas a bordo", "pago (R$)"], rows, g.pick(["plus", "plain", "md"]))
    doc.t("\n3. DO DIREITO\nAplicam-se os arts. 248 a 252 da CLT (equipagens das embarcações de navegação fluvial) e a Lei 9.537/1997 quanto à habilitação; "
          "devidas horas extras, adicional noturno, FGTS + 40% e anotação da CTPS.\n\n4. DAS TESTEMUNHAS\n")
    for k in range(2):
        w = g.person()
        doc.f("«k») «n», «f», CPF «c»«t»\n", k="ab"[k], n=P(w.full), f=g.pick(["ex-marinheira", "passageira frequente", "ex-cozinheira", "vendedora no porto"] if w.female
                                                                              else ["ex-marinheiro", "passageiro frequente", "ex-cozinheiro", "carregador do porto"]),
              c=(g.cpf(), "BR_CPF"), t=[V(", tel. "), (g.phone(), "PHONE_NUMBER")] if g.chance(0.4) else "")
    doc.f("\nValor da causa: R$ «v».\n", v=brl(g.ri(18, 90) * 1000))
    sign(g, doc, adv, orig, uf, caps)
    return doc


def ju_auto(g: Gen) -> Doc:
    """The regulator's notice of infraction (auto de infração) on a passenger boat (ALL CAPS in some copies): the operator (firm and
    CNPJ, or an owner with CPF, address and CEP), the vessel (inscription unlabelled), the commander, the infractions (overcrowding, life
    jackets, engine shaft cover, no passenger list), the inspectors by name (registration numbers unlabelled), passengers heard (phone),
    the owner's defence by a lawyer (OAB)."""
    doc = Doc()
    orig, dest, uf, hrs, kind = line(g)
    reg, rdom = REGULATOR[uf]
    boat = vessel(g, kind)
    own, cmt, f1, f2, adv = g.person(), g.person(False), g.person(), g.person(), g.person()
    caps = g.chance(0.35)
    up = (lambda s: fold(s).upper()) if caps else (lambda s: s)
    doc.t(up(f"{reg} — AUTO DE INFRAÇÃO Nº {clean(g, lambda: g.d(5))}/{g.ri(2025, 2026)}") + "\n")
    doc.t(up(f"Fiscalização de transporte intermunicipal de passageiros — {port_of(g, orig)} — {dbr(g.day())} {g.hm()}") + "\n\n")
    if g.chance(0.5):
        doc.f(up("Autuado") + ": «o» — " + up("CNPJ") + " «c» — " + up("responsável") + ": «n», CPF «cp»\n", o=up(g.pick(OPERATORS)[0].split(" — ")[0]),
              c=(g.any_cnpj(), "BR_CNPJ"), n=P(own.capsf if caps else own.full), cp=(g.cpf(), "BR_CPF"))
    else:
        doc.f(up("Autuado") + ": «n» — CPF «c» — «a», «cc»/«u», CEP «z»\n", n=P(own.capsf if caps else own.full), c=(g.cpf(), "BR_CPF"),
              a=(home(g, "caps" if caps else "text"), "ADDRESS"), cc=up(orig), u=uf_of(orig), z=(g.cep(), "BR_CEP"))
    doc.f(up("Embarcação") + ": «b» — " + up("inscrição") + " «i» — " + up("comandante") + " «c», CPF «cp»\n\n", b=up(boat), i=insc(g), c=P(cmt.capsf if caps else cmt.full),
          cp=(g.cpf(), "BR_CPF"))
    infr = g.sample(["transportar passageiros além da lotação autorizada", "coletes salva-vidas em número inferior ao de passageiros",
                     "eixo de transmissão do motor sem cobertura de proteção", "ausência de lista de passageiros entregue ao despacho",
                     "extintores vencidos", "venda de passagem sem emissão de bilhete", "cobrança de gratuidade de idoso"], g.ri(2, 3))
    doc.t(up("Infrações constatadas") + ":\n")
    for k, x in enumerate(infr):
        doc.t(f"  {k + 1}) " + up(x) + "\n")
    doc.t(up(f"Contagem a bordo: {g.ri(160, 320)} pessoas para lotação de {g.ri(100, 159)}.") + "\n")
    p1, p2 = g.person(), g.person()
    doc.f(up("Passageiros ouvidos") + ": «a» (CPF «c», tel. «t»), «b» (" + up("tel.") + " «u»).\n", a=P(p1.capsf if caps else p1.full), c=(g.cpf(), "BR_CPF"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), b=P(p2.capsf if caps else p2.short), u=(g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER"))
    doc.f(up("Agentes de fiscalização") + ": «a» (mat. «m1») e «b» (mat. «m2»)\n", a=P(f1.capsf if caps else f1.full), b=P(f2.capsf if caps else f2.full),
          m1=clean(g, lambda: g.d(6)), m2=clean(g, lambda: g.d(3) + "-" + g.d(1)))
    doc.t(up(f"Penalidade: multa de {money(g, 2000, 30000)} e retenção da embarcação até regularização.") + "\n\n")
    doc.f("DEFESA PRÉVIA (resumo, protocolada em «d»): o autuado, por «o» «n» («b»), alega que a contagem incluiu crianças de colo e tripulantes "
          "e que os coletes estavam no porão. Requer a conversão em advertência.\n", d=dbr(g.day()), o="sua advogada" if adv.female else "seu advogado",
          n=P(adv.full), b=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_fretamento(g: Gen) -> Doc:
    """A voyage charter contract (afretamento) of a recreio boat for a pilgrimage, a school trip or a festival group: the owner (CPF, RG,
    address, CEP, phone, e-mail), the charterer (an association with CNPJ represented by its president, qualified), the route and dates,
    price and payment (agency and account, or a random Pix key), the passenger list annex (names and birth dates), witnesses with CPF and
    the e-signature log (e-mails, IPs)."""
    doc = Doc()
    orig, dest, uf, hrs, kind = line(g, "recreio")
    boat = vessel(g)
    own, pres = g.person(), g.person()
    assoc = g.pick(["Associação de Romeiros de São Benedito", "Paróquia Nossa Senhora de Nazaré — Pastoral da Juventude",
                    "Escola Estadual Professora Zulmira Cotrim", "Associação Folclórica Boi-Bumbá Estrela Dalva", "Associação de Moradores do Lago do Limão",
                    "Igreja Evangélica Assembleia de Deus — Congregação Aurora"])
    doc.t("CONTRATO DE AFRETAMENTO POR VIAGEM\n\n")
    oml = g.email(own)
    pml = g.email(pres)
    doc.t("FRETADOR: ")
    qualify(g, doc, own, email=oml, phone=True, rural=0.1)
    doc.f(", proprietári«o» da embarcação «b» (inscrição «i»).\n\nAFRETADOR: «a», CNPJ «c», neste ato representada por «pr» ", o=own.o, b=boat,
          i=insc(g), a=assoc, c=(g.any_cnpj(), "BR_CNPJ"), pr="sua presidenta" if pres.female else "seu presidente")
    qualify(g, doc, pres, rg=g.chance(0.5), email=pml, addr=g.chance(0.6), titulo=g.chance(0.4))
    d0 = g.day()
    doc.f(".\n\nCLÁUSULA 1ª — Objeto: transporte de até «n» pessoas no trecho «o»–«d»–«o», saída em «s» e retorno em «r».\n"
          "CLÁUSULA 2ª — Preço: R$ «v», sendo 50% na assinatura e 50% no embarque, mediante «p».\n"
          "CLÁUSULA 3ª — O fretador fornece tripulação habilitada, coletes e alimentação; a lista de passageiros (Anexo I) será entregue ao despacho da Capitania "
          "até 24h antes (NORMAM-202/DPC).\nCLÁUSULA 4ª — Foro da comarca de «o».\n\n", n=g.ri(80, 240), o=orig, d=dest, s=dbr(d0),
          r=dbr(d0 + datetime.timedelta(days=g.ri(2, 5))), v=brl(g.ri(12, 60) * 1000),
          p=[V("depósito no " + bank(g) + ", agência "), (g.agency(), "BANK_ACCOUNT"), V(", conta "), (g.account(), "BANK_ACCOUNT")] if g.chance(0.6) else
          [V("Pix para a chave aleatória "), (g.uuid(), "PIX_KEY")])
    doc.t("ANEXO I — LISTA DE PASSAGEIROS (parcial)\n")
    rows = []
    for k in range(g.ri(3, 4)):
        p = g.person()
        rows.append([V(str(k + 1)), P(g.pick([p.full, p.capsf])), (g.dob("br", 1950, 2018), "DATE_OF_BIRTH"), (g.rg(), "BR_RG") if g.chance(0.5) else (g.cpf(), "BR_CPF")])
    table_ruled(doc, ["#", "nome", "nascimento", "documento"], rows, g.pick(["plus", "md", "plain"]))
    doc.t("\nTESTEMUNHAS:\n")
    for k in range(2):
        w = g.person()
        doc.f("«k». «n» — CPF «c»\n", k=k + 1, n=P(g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))
    esign_log(g, doc, [(own, oml), (pres, pml)], g.moment())
    return doc


def ju_andamentos(g: Gen) -> Doc:
    """A court docket (newest first) in a damages suit over a scalping accident (escalpelamento) on a boat: the girl's name (the author,
    represented by her mother), the boat owner (defendant, CPF), the lawyers (OAB), a public defender, the expert physician (CRM), the
    hearing with witnesses (one with a phone for a WhatsApp summons), a RENAJUD plate, the deposit account; the CNJ number and document ids
    unlabelled."""
    doc = Doc()
    orig, dest, uf, hrs, kind = line(g, "recreio")
    mom = g.person(True)
    girl = kid(g, mom, True)
    own, adv_a, adv_r, dfn, perito, judge = g.person(False), g.person(), g.person(), g.person(), g.person(), g.person()
    w1, w2 = g.person(), g.person()
    cnj = cnj_of(g, uf)
    doc.f("Processo «c» — «v»ª Vara Cível de «cc»\nClasse: Procedimento Comum — Indenização por Dano Material e Moral\nAutora: «a» (menor, rep. por «m»)\n"
          "Réu: «r» (CPF «rc»)\n\n", c=cnj, v=g.ri(1, 6), cc=orig, a=P(girl.caps), m=P(mom.caps), r=P(own.caps), rc=(g.cpf(), "BR_CPF"))
    events = []
    d = g.day()

    def ev(template: str, **kw) -> None:
        events.append((template, kw))
    ev("Juntada de petição — Alvará: levantamento do depósito judicial pela representante «m» (CPF «mc») na conta «a»/«c» (" + bank(g) + ").", m=P(mom.short),
       mc=(g.cpf(), "BR_CPF"),
       a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    ev("Sentença: procedente em parte. Condeno o réu «r» ao pagamento de R$ «v» a título de danos morais e estéticos e pensão mensal. Juiz(a) «j».",
       r=P(own.full), v=brl(g.ri(60, 300) * 1000), j=P(judge.full))
    ev("Termo de audiência de instrução: presentes a autora e sua mãe «m», «da» «aa» («oa»), o réu com «dr» «ar» («o2»). Ouvidas as testemunhas «w1» e «w2» "
       "(esta por videoconferência, intimada pelo WhatsApp «t»).", m=P(mom.full), da="a Dra." if adv_a.female else "o Dr.", aa=P(adv_a.full),
       oa=(g.council("OAB", uf), "PROFESSIONAL_ID"), dr="a Dra." if adv_r.female else "o Dr.", ar=P(adv_r.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"),
       w1=P(w1.full), w2=P(w2.full), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    ev("Laudo pericial juntado: perito «p» («c»). Conclui por escalpelamento total (CID S08.0) com sequelas permanentes; nexo com eixo de motor sem cobertura.",
       p=P(perito.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    ev("Certidão RENAJUD: restrição de transferência no veículo placa «p» em nome do réu.", p=(g.plate(), "LICENSE_PLATE"))
    ev("Petição da autora: comprovante de endereço atualizado da representante, «a», CEP «z»; novo telefone «t».", a=(home(g, rural=0.3), "ADDRESS"),
       z=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    ev("Citação positiva: réu citado em sua residência, «a», CEP «z», por oficial de justiça.", a=(home(g, rural=0.3), "ADDRESS"), z=(g.cep(), "BR_CEP"))
    ev("Petição inicial distribuída. Autora nascida em «d», CPF «c».", d=(kid_dob(g, "br", 2012, 2020), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"))
    keep = sorted(g.sample(range(len(events)), 6))
    events = [events[i] for i in keep]
    for i, (tmpl, kw) in enumerate(events):
        doc.t(dbr(d - datetime.timedelta(days=30 * i + g.ri(0, 20))) + " — ")
        doc.f(tmpl, **kw)
        doc.t(f" (id {clean(g, lambda: g.d(9))})\n" if g.chance(0.5) else "\n")
    return doc


def ju_compra_venda(g: Gen) -> Doc:
    """A private contract for the sale of a boat with the transfer at the Capitania: seller and buyer qualified (birth dates sometimes),
    the seller's spouse consenting, the boat (inscription, hull and engine serials unlabelled), price and payment by transfer (agency and
    account) and Pix (any key), witnesses with CPF, the notary's recognition of signatures by a named clerk; OCR'd in some copies."""
    doc = Doc()
    city, uf = g.pick([c for c in CITIES if c[1] in ("AM", "PA", "AP", "RO")])
    sel, buy = g.person(), g.person()
    sp = g.person(not sel.female)
    clerk = g.person()
    boat = vessel(g)
    doc.t("INSTRUMENTO PARTICULAR DE COMPRA E VENDA DE EMBARCAÇÃO\n\nVENDEDOR(A): ")
    qualify(g, doc, sel, dob=g.chance(0.4), phone=g.chance(0.5), civil="casada" if sel.female else "casado", rural=0.2)
    doc.f(", casad«o» com «s», CPF «c», que assina em anuência.\n\nCOMPRADOR(A): ", o=sel.o, s=P(sp.full), c=(g.cpf(), "BR_CPF"))
    qualify(g, doc, buy, dob=g.chance(0.4), email=g.chance(0.4), rural=0.2, titulo=g.chance(0.25))
    v = g.ri(40, 900) * 1000
    doc.f(".\n\nOBJETO: embarcação «b», casco de «m», «c» m de comprimento, motor «mo» série «se», inscrita na «ca» sob nº «i».\n"
          "PREÇO: R$ «v» («x»), pagos: (a) R$ «v1» por TED ao «bk», agência «a», conta «cc»; (b) o saldo por Pix «p».\n"
          "O vendedor declara a embarcação livre de ônus e entregará o TIE para transferência em até 15 dias (NORMAM-202/DPC).\n\n",
          b=boat, m=g.pick(["madeira (itaúba)", "aço naval", "alumínio"]), c=num(g.ri(12, 32) + g.ri(0, 9) / 10), mo=g.pick(["MWM 6 cilindros", "Scania DC9", "Yanmar 4TNV", "Mercedes OM-366"]),
          se=clean(g, lambda: g.up(2) + g.d(7)), ca=CAPITANIAS.get(uf, "Capitania Fluvial"), i=insc(g), v=brl(v), x=extenso(v), v1=brl(v // 2),
          bk=bank(g), a=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), p=[V("(chave "), pix_key(g, sel)[1], V(")")])
    doc.f("«c», «d».\n\n______________________ «s»\n______________________ «b»\n", c=city, d=g.docdate(), s=P(sel.capsf), b=P(buy.capsf))
    doc.t("\nTESTEMUNHAS:\n")
    for k in range(2):
        w = g.person()
        doc.f("«k». «n» — CPF «c»\n", k=k + 1, n=P(w.full), c=(g.cpf(), "BR_CPF"))
    doc.f("\nRECONHEÇO por semelhança as firmas retro«w». «c», «d». Em testemunho da verdade, «e» — Escrevente. Selo «x».\n",
          w=[V(" de "), P(sel.capsf)] if g.chance(0.3) else "", c=city, d=g.docdate("br"), e=P(clerk.full), x=clean(g, lambda: g.up(3) + g.d(5) + "-" + g.up(2)))
    return doc


# ------------------------------------------------------------------ saude

COMMUNITIES = ["Comunidade São Francisco do Arapapá", "Comunidade Bom Jesus do Lago do Limão", "Vila do Janauacá", "Comunidade Santa Luzia do Paraná do Ramos",
               "Comunidade Nossa Senhora de Fátima do Rio Preto", "Comunidade Boa Esperança", "Vila do Cacau Pirêra", "Comunidade São Sebastião do Igarapé Açu",
               "Aldeia Kambeba Três Unidos", "Comunidade Aurora do Tapajós", "Comunidade Bento Amado", "Comunidade Flor do Campo"]


def sa_ubs(g: Gen) -> Doc:
    """The river health unit's (UBS Fluvial) attendance list of one stop: community (a place; some named after people or word-names),
    a table (ruled, Markdown, CSV, TSV) with patient, CNS or CPF, birth date, ICD-10 (fitting the age) and conduct, the team with COREN,
    CRM and CRO; a note on a patient referred by boat with a companion's phone."""
    doc = Doc()
    city, uf = g.pick([c for c in CITIES if c[1] in ("AM", "PA")])
    com = g.pick(COMMUNITIES)
    enf, med, dent, acs = g.person(), g.person(), g.person(True), g.person()
    doc.f("UBS FLUVIAL «u» — SEMSA «c»\nItinerário «i» — parada: «m» — «d»\nACS de referência: «a»\n\n", u=g.pick(["Dr. Hermógenes Sabiá", "Aurora do Rio", "Igarapé Saúde",
          "Bento Amado II", "Dona Zulmira"]), c=fold(city).upper(), i=g.ri(1, 12), m=com, d=dbr(g.day()), a=P(g.pick([acs.full, acs.short])) if g.chance(0.5) else "micro-área " + str(g.ri(1, 9)))
    rows = []
    for _ in range(g.ri(3, 5)):
        icd = g.pick(ICD_UBS)
        p = g.person(True if icd[0] == "Z34.9" else None)
        rows.append([P(g.pick([p.full, p.capsf, p.short])), (g.cns(g.chance(0.5)), "BR_CNS") if g.chance(0.7) else (g.cpf(), "BR_CPF"),
                     (g.dob("br", *icd[2]), "DATE_OF_BIRTH"), V(icd[0]), V(icd[1]), V(g.pick(["orientado", "medicação", "retorno próxima viagem", "encaminhado",
                                                                                            "teste rápido", "vacina em dia", "gota espessa colhida" if icd[0] in ("B54", "B51.9", "A90") else "orientado"]))])
    fmt = g.pick(["plus", "md", "csv", "tsv", "plain"])
    cols = ["paciente", "CNS/CPF", "DN", "CID", "hipótese", "conduta"]
    if fmt in ("csv", "tsv"):
        table_csv(doc, cols, rows, "\t" if fmt == "tsv" else ";")
    else:
        table_ruled(doc, cols, rows, fmt)
    r = g.pick(rows)
    doc.f("\nObs.: «p» encaminhad«o» para «h» na «b»; acompanhante «a», tel. «t».\n", p=r[0] if g.chance(0.4) else "paciente com " + r[3][0], o="o(a)",
          h=g.pick(HOSPITALS).replace("{c}", city), b=vessel(g, "lancha"), a=P(g.person().full), t=(g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"))
    doc.f("\nEquipe: Enf. «e» («ec»); «dm» «m» («mc»); Cirurgiã-dentista «d» («dc»).\n", e=P(enf.full), ec=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          dm=dr(med), m=P(med.full), mc=(g.council("CRM", uf), "PROFESSIONAL_ID"), d=P(dent.full), dc=(g.council("CRO", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.t(word_neg(g) + "\n")
    return doc


def sa_escalpelamento(g: Gen) -> Doc:
    """The clinical summary of a scalping accident (escalpelamento by an uncovered engine shaft) at a reference hospital, OCR'd in some
    copies: the girl (birth date, CNS, CPF sometimes), the mother (CPF, phone), the address in a community or a ramal, ICD-10 S08.0 and
    others, the history (the canoe with a rabeta engine, unlabelled), the plastic surgeon (CRM), the psychologist (CRP), the social worker
    (CRESS), the notification to the Capitania."""
    doc = Doc()
    city, uf = g.pick([c for c in CITIES if c[1] in ("AM", "PA", "AP")])
    mom = g.person(True)
    girl = kid(g, mom, True)
    md, psy, sw = g.person(), g.person(), g.person(True)
    scan = g.chance(0.4)
    o = (lambda s: ocr(s, g, 0.3)) if scan else (lambda s: s)
    on = (lambda s: ocr(s, g, 0.25, names=True)) if scan else (lambda s: s)
    hosp = g.pick(HOSPITALS).replace("{c}", city)
    doc.t(o(hosp.upper()) + "\n" + o("PROGRAMA DE ATENÇÃO ÀS VÍTIMAS DE ESCALPELAMENTO — RESUMO CLÍNICO") + "\n\n")
    fields = [(o("Paciente"), P(on(g.pick([girl.capsf, girl.full])))), (o("Nascimento"), (kid_dob(g, "br", 2008, 2020), "DATE_OF_BIRTH")),
              (o("CNS"), (g.cns(), "BR_CNS")), (o("CPF"), (g.cpf(), "BR_CPF") if g.chance(0.4) else V("não possui")),
              (o("Mãe/responsável"), P(on(mom.full))), (o("CPF da mãe"), (g.cpf(), "BR_CPF")), (o("Telefone"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              (o("Endereço"), (home(g, "text", 0.7), "ADDRESS")), (o("CEP"), (g.cep(), "BR_CEP")), (o("Município"), V(f"{g.pick(CITIES)[0]}"))]
    kv_block(doc, fields, g.pick(["plain", "dots", "caps", "box"]) if not scan else g.pick(["plain", "dots", "caps"]))
    doc.t("\n" + o("Diagnósticos") + ": S08.0 (" + o("avulsão do couro cabeludo") + ")" + g.pick(["; S01.1 (ferimento da pálpebra)", "; T81.4 (infecção pós-procedimento)",
                                                                                                   "", "; F43.1 (estresse pós-traumático)"]) + "\n")
    doc.t(o("História") + ": " + o(f"em {g.date(year=g.ri(2023, 2025))}, durante travessia em canoa com motor rabeta, os cabelos foram presos no eixo sem "
                                    f"cobertura. Transferida de lancha até {city} ({g.ri(3, 14)} h). Submetida a {g.ri(2, 6)} enxertos.") + "\n")
    doc.t(o("Conduta") + ": " + o(g.pick(["expansão tecidual programada; retorno em 60 dias.", "curativos diários; peruca doada pelo programa.",
                                          "acompanhamento psicológico semanal e retorno escolar assistido."])) + "\n\n")
    doc.f(o("Notificação à Capitania (Lei 11.970/2009) enviada em") + " «d».\n\n", d=g.date(year=2025))
    doc.f("«a» — " + o("Cirurgião(ã) plástico(a)") + " — «b»\n«c» — " + o("Psicólogo(a)") + " — «d»\n«e» — " + o("Assistente Social") + " — «f»\n",
          a=P(on(md.full)), b=(g.council("CRM", uf), "PROFESSIONAL_ID"), c=P(on(psy.full)), d=(g.council("CRP", uf), "PROFESSIONAL_ID"),
          e=P(on(sw.full)), f=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    return doc


def sa_aso(g: Gen) -> Doc:
    """Occupational health certificates (ASO) of a boat's crew before the season: the employer (firm with CNPJ, or owner with CPF), for
    each crew member name, CPF, birth date, PIS sometimes, function, CIR (unlabelled), exams, fit or unfit; the examining physician (CRM),
    the audiologist (CRFa) sometimes; the PCMSO coordinator."""
    doc = Doc()
    city, uf = g.pick([c for c in CITIES if c[1] in ("AM", "PA", "AP", "RO")])
    md, coord, fono = g.person(), g.person(), g.person(True)
    op = g.pick(OPERATORS)[0].split(" — ")[0]
    clinic = g.pick(["Clínica Ocupacional Rio Mar", "MedTrabalho Prudente", "Clínica Aurora Saúde Ocupacional", "SESMT Fluvial Serviços Médicos"])
    boat = vessel(g)
    doc.f("«c» — ATESTADO DE SAÚDE OCUPACIONAL (NR-7)\nEmpregador: «o» — CNPJ «n» — tripulação do «b»\n\n", c=clinic.upper(), o=op, n=(g.any_cnpj(), "BR_CNPJ"), b=boat)
    for _ in range(g.ri(2, 3)):
        w = g.person(g.chance(0.2))
        fn = g.pick(CREW_FN)
        fields = [("Nome", P(g.pick([w.full, w.capsf]))), ("CPF", (g.cpf(), "BR_CPF")), ("Nascimento", (g.dob("br", 1962, 2004), "DATE_OF_BIRTH"))]
        if g.chance(0.5):
            fields.append(("PIS/NIT", (g.pis(), "BR_PIS")))
        fields += [("Função", V(f"{fn[0]} ({fn[1]})")), ("CIR", V(cir(g))), ("Exame", V(g.pick(["admissional", "periódico", "retorno ao trabalho", "mudança de função"]))),
                   ("Exames complementares", V(g.pick(["audiometria; acuidade visual; glicemia", "audiometria; ECG; hemograma", "acuidade visual; teste de cores; gota espessa"]))),
                   ("Resultado", V(g.pick(["APTO", "APTO", "APTO", "INAPTO TEMPORARIAMENTE", "APTO COM RESTRIÇÃO (uso de EPI auditivo)"])))]
        kv_block(doc, fields, g.pick(["plain", "dots", "box", "caps"]))
        doc.t("\n")
    doc.f("Médico(a) examinador(a): «m» — «c»\n", m=P(md.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Audiometria: «f» — «c»\n", f=P(fono.full), c=(g.council("CRFa", uf), "PROFESSIONAL_ID"))
    doc.f("Coordenador(a) do PCMSO: «m» — «c»\n«x», «d».\n", m=P(coord.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"), x=city, d=g.docdate("br"))
    return doc


def sa_call(g: Gen) -> Doc:
    """A speech-to-text call to the river emergency regulation (ambulancha / SAMU fluvial): the caller (name, phone read out), the
    patient (name, a spoken birth date), the place (a community house read out as an address), what happened (snakebite, labour, drowning,
    malaria), the regulating physician by name and CRM; then the typed record."""
    doc = Doc()
    city, uf = g.pick([c for c in CITIES if c[1] in ("AM", "PA", "AP")])
    cal, pat, reg, tar = g.person(), g.person(), g.person(), g.person()
    ph = g.msisdn()
    dd, mm, yy = g.dob_parts(1950, 2020)
    case = g.pick([("picada de cobra na perna", "T63.0"), ("trabalho de parto, bolsa rompeu", "O80"), ("afogamento, tiraram da água desacordado", "T75.1"),
                   ("febre alta e tremedeira, acho que e malaria", "B54"), ("corte fundo no pe com terçado", "S91.3")])
    if case[1] == "O80":
        pat = g.person(True)
        dd, mm, yy = g.dob_parts(1990, 2008)
    addr_t = home(g, "text", 0.85)
    addr = fold(addr_t).lower().replace(",", "")
    doc.t(g.pick(["[transcricao automatica] ", ""]) + f"chamada {g.hm()} — regulacao samu fluvial {lower(city)}\n")
    doc.f("tarm: samu «n» qual a emergencia\n", n=P(lower(tar.first)) if g.chance(0.3) else "boa noite")
    doc.f("solicitante: e «c» moço «x»\n", c=g.pick(["minha mae", "minha filha", "minha vizinha", "minha sogra"] if pat.female else ["meu marido", "meu filho", "meu pai", "meu vizinho"]),
          x=case[0] if pat.female or "parto" not in case[0] else "afogamento, tiraram da água desacordado")
    doc.f("tarm: seu nome\nsolicitante: «n»\n", n=P(cal.low))
    doc.f("tarm: o nome do paciente e a data de nascimento\nsolicitante: «n» nasceu «d»\n", n=P(lower(g.pick([pat.full, pat.short]))), d=(spoken_date(g, dd, mm, yy), "DATE_OF_BIRTH"))
    doc.f("tarm: onde voces estao\nsolicitante: «a» perto da escola\n", a=(addr, "ADDRESS"))
    doc.f("tarm: um numero que eu consiga retornar\nsolicitante: «p»\n", p=(g.fmt_phone(ph[0], ph[1], "stt") if g.chance(0.5) else spoken_digits(ph[0] + ph[1], g), "PHONE_NUMBER"))
    doc.f("tarm: vou passar pro medico regulador\nmedico: aqui e «d» «m» o paciente ta consciente\nsolicitante: ta sim mas ta muito fraco\n",
          d=g.pick(["o doutor", "a doutora", "doutor", ""]).strip() or "doutor", m=P(lower(reg.short)))
    doc.t("medico: a ambulancha vai sair agora do porto da cidade, leva ele pro trapiche da comunidade\n\n")
    doc.f("REGISTRO — «p»\nSolicitante: «s» — tel. «t»\nPaciente: «n» — DN «d» — «cn»\nLocal: «a»\nHipótese: «h» (CID «c»)\nRegulador: «m» — «cr»\nRecurso: ambulancha «b»\n",
          p=proto(g), s=P(cal.full), t=(g.fmt_phone(ph[0], ph[1], "par"), "PHONE_NUMBER"), n=P(pat.capsf), d=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"),
          cn=[V("CNS "), (g.cns(), "BR_CNS")] if g.chance(0.6) else "CNS não informado",
          a=(addr_t, "ADDRESS"), h=case[0], c=case[1], m=P(reg.full), cr=(g.council("CRM", uf), "PROFESSIONAL_ID"), b=g.pick(["Aurora", "USA Fluvial 02", "Bento Amado", "Boto 1"]))
    return doc


def sa_bordo(g: Gen) -> Doc:
    """The boat's occurrence book (livro de ocorrências de bordo), typed or OCR'd: a passenger taken ill during the trip (name, birth
    date, CPF or CNS, companion and phone), first aid, the handover at the next port to a nurse (COREN) or a physician (CRM), the
    commander and the marine on duty by name; hammock numbers and CIR unlabelled."""
    doc = Doc()
    orig, dest, uf, hrs, kind = line(g, "recreio")
    boat = vessel(g)
    pas, comp, cmt, mar, nur = g.person(), g.person(), g.person(False), g.person(), g.person()
    scan = g.chance(0.45)
    o = (lambda s: ocr(s, g, 0.3)) if scan else (lambda s: s)
    on = (lambda s: ocr(s, g, 0.25, names=True)) if scan else (lambda s: s)
    ev = g.pick([("dor no peito e falta de ar", "I20.0"), ("trabalho de parto; nasceu a bordo um menino às 3h10", "O80"), ("febre 39,5 e calafrios", "B54"),
                 ("queda na escada do convés, corte na cabeça", "S01.0"), ("crise convulsiva", "G40.9"), ("desmaio, pressão 80x50", "R55")])
    doc.t(o(f"LIVRO DE OCORRÊNCIAS — {boat.upper()}") + "\n" + o(f"Viagem {orig} / {dest} — saída {dbr(g.day())}") + "\n\n")
    doc.f(o("Ocorrência nº") + " «n» — " + o("hora") + " «h»\n", n=g.ri(1, 40), h=g.hm())
    ident = g.pick([("CPF", (g.cpf(), "BR_CPF")), ("CPF", (g.cpf(), "BR_CPF")), ("CNS", (g.cns(), "BR_CNS")), ("RG", (g.rg(), "BR_RG"))])
    doc.f(o("Passageiro(a)") + ": «p», " + o("nasc.") + " «d», «k» «c», " + o("rede nº") + " «r»\n", p=P(on(pas.capsf)), d=(g.dob("br", 1945, 2006), "DATE_OF_BIRTH"),
          k=ident[0], c=ident[1], r=g.ri(1, 180))
    doc.f(o("Acompanhante") + ": «a» (RG «r», " + o("tel.") + " «t»)\n", a=P(on(comp.full)), r=(g.rg(), "BR_RG"), t=(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"))
    doc.t(o("Relato") + ": " + o(ty(g, ev[0], 0.4)) + ". " + o("Prestados primeiros socorros pelo marinheiro de serviço") + " ")
    doc.f("«m». " + o("Comandante decidiu encostar em") + " «c» " + o("e acionar a unidade de saúde.") + "\n",
          m=P(on(g.pick([mar.full, mar.first]))) if g.chance(0.5) else o("de plantão"),
          c=g.pick([dest, g.pick(CITIES)[0], "Comunidade Boa Esperança"]))
    doc.f(o("Entrega no porto") + ": " + o("recebido por") + " «n» («c») " + o("às") + " «h».\n", n=P(on(nur.full)), c=(g.council(g.pick(["COREN", "CRM"]), uf), "PROFESSIONAL_ID"), h=g.hm())
    doc.f(o("Comandante") + ": «c» — CIR «r»\n", c=P(on(cmt.full)), r=cir(g))
    if g.chance(0.4):
        doc.t(word_neg(g) + "\n")
    return doc


def sa_vacina(g: Gen) -> Doc:
    """A vaccination campaign's spreadsheet along a river route (CSV, TSV, Markdown, psql): vaccinee, CNS or CPF, birth date, community,
    vaccine and dose, lot (unlabelled), vaccinator by name and COREN; the boat and the supervisor."""
    doc = Doc()
    city, uf = g.pick([c for c in CITIES if c[1] in ("AM", "PA", "AP", "RO")])
    vacs = [g.person() for _ in range(2)]
    coren = {id(v): g.council("COREN", uf) for v in vacs}
    sup = g.person()
    doc.t(f"Campanha de vacinação — rota fluvial {city} — {g.pick(COMMUNITIES)} e adjacências — {dbr(g.day())}\n\n")
    rows = []
    by_login = g.chance(0.7)
    for _ in range(g.ri(4, 5)):
        p = g.person()
        vac, (lo, hi) = g.pick([("Influenza", (1940, 2020)), ("Febre amarela", (1960, 2020)), ("Tríplice viral D2", (2020, 2024)), ("HPV D1", (2010, 2016)),
                                ("dT reforço", (1960, 2005)), ("COVID-19 XBB", (1940, 2000)), ("Pentavalente D3", (2024, 2025))])
        v = g.pick(vacs)
        rows.append([P(g.pick([p.full, p.capsf, p.short])), (g.cns(False), "BR_CNS") if g.chance(0.7) else (g.cpf(), "BR_CPF"), (g.dob(g.pick(["br", "iso"]), lo, hi), "DATE_OF_BIRTH"),
                     V(g.pick(COMMUNITIES).split(" do ")[0]), V(vac), V(clean(g, lambda: g.up(2) + g.d(4) + g.up(1)) if g.chance(0.7) else g.d(6) + "/" + g.d(2)),
                     V(login(v)) if by_login else P(v.short)] + ([] if by_login else [(coren[id(v)], "PROFESSIONAL_ID")]))
    cols = ["nome", "CNS/CPF", "nascimento", "comunidade", "vacina", "lote", "vacinador"] + ([] if by_login else ["COREN"])
    fmt = g.pick(["csv", "tsv", "md", "psql"])
    if fmt in ("csv", "tsv"):
        table_csv(doc, cols, rows, "\t" if fmt == "tsv" else ",")
    else:
        table_ruled(doc, cols, rows, fmt)
    if by_login:
        doc.t("\nVacinadores: ")
        for k, v in enumerate(vacs):
            doc.f("«l» = «n» («c»)" + ("; " if k == 0 else ".\n"), l=login(v), n=P(v.full), c=(coren[id(v)], "PROFESSIONAL_ID"))
    doc.f("\nEmbarcação de apoio: «b». Supervisão: «s».\n", b=vessel(g, "lancha"), s=P(g.pick([sup.full, sup.short])))
    return doc


def sa_tfd(g: Gen) -> Doc:
    """An e-mail thread on out-of-town treatment (TFD): the municipal health secretariat (a role mailbox, signed by a named clerk with a
    corporate e-mail) asks the boat company for tickets for patients and companions (patient, CNS, birth date, companion, CPF, phone;
    the requesting physician with CRM), the company's seller answers with ticket numbers (unlabelled) and cabin numbers; IP header."""
    doc = Doc()
    orig, dest, uf, hrs, kind = line(g, "recreio")
    town = dest if dest not in ("Manaus", "Belém") else orig
    op, dom = g.pick(OPERATORS)
    sdom = f"{re.sub(r'[^a-z]', '', fold(town).lower())}.{uf_of(town).lower()}.gov.br"
    clk, sel, md = g.person(), g.person(), g.person()
    t1 = g.moment()
    t2 = t1 + datetime.timedelta(hours=g.ri(1, 20))
    doc.f("De: «n» <«e»>\nPara: «c»\nData: " + mail_date(t2) + "\nAssunto: RE: TFD — passagens " + town + " / " + g.pick(["Manaus", "Belém", "Santarém"]) + "\n\n",
          n=P(sel.full), e=(corp_mail(sel, dom, g), "EMAIL_ADDRESS"), c=role_mail(g, sdom, "tfd"))
    doc.f("Bom dia, «s». Bilhetes emitidos: «b1» e «b2», camarote «k». Embarque: «p». O acompanhante precisa apresentar RG.\n«n» — «o»\n\n",
          s=P(clk.first) if g.chance(0.4) else "equipe do TFD", b1=bilhete(g), b2=bilhete(g), k=g.ri(1, 20), p=port_of(g, town),
          n=P(sel.first) if g.chance(0.4) else "Vendas corporativas", o=op.split(" — ")[0])
    doc.f("> Em " + dbr(t1) + " às " + ts(t1, "hm") + ", «n» <«e»> escreveu:\n> X-Originating-IP: «ip»\n> Solicitamos passagens de ida e volta para os pacientes abaixo, "
          "custeadas pelo TFD (Portaria SAS 55/1999):\n>\n", n=P(clk.full), e=(corp_mail(clk, sdom, g), "EMAIL_ADDRESS"), ip=(g.ip_pub(), "IP_ADDRESS"))
    for k in range(g.ri(1, 3)):
        p, c = g.person(), g.person()
        icd = g.pick([("C50.9", "oncologia", (1950, 1990)), ("N18.5", "hemodiálise", (1945, 1995)), ("H25.9", "cirurgia de catarata", (1935, 1965)),
                      ("Q21.0", "cardiologia pediátrica", (2015, 2024)), ("G40.9", "neurologia", (1970, 2018))])
        doc.f("> «k») «p» — CNS «s» — DN «d» — «x» (CID «i»)\n>    end. «a», CEP «z»\n>    acompanhante: «c» — CPF «cp» — tel. «t»\n", k=k + 1, p=P(g.pick([p.full, p.caps])),
              a=(home(g, "text", 0.4), "ADDRESS"), z=(g.cep(), "BR_CEP"),
              s=(g.cns(), "BR_CNS"), d=(g.dob("br", *icd[2]), "DATE_OF_BIRTH"), x=icd[1], i=icd[0], c=P(c.full), cp=(g.cpf(), "BR_CPF"),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f(">\n> Médico solicitante: «m» («c»).\n> Att., «n»\n> Setor de TFD — SEMSA «t»\n", m=P(md.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"), n=P(clk.short), t=town)
    return doc


# ------------------------------------------------------------------ financeiro

def pix_receipt(g: Gen, doc: Doc, payer: Person, payee: Person | None, when: datetime.datetime, v: float, key: tuple | None = None,
                firm: str | None = None) -> None:
    """A Pix receipt as a bank app shares it: payer with the CPF masked (unlabelled), payee by name or as a firm with CNPJ, key or
    agency/account; the end-to-end id unlabelled."""
    if firm:
        q = [V(fold(firm).upper() + " | CNPJ "), (g.any_cnpj(), "BR_CNPJ")]
    else:
        q = [P(g.pick([payee.capsf, payee.full])), V(f" | CPF ***.{g.d(3)}.{g.d(3)}-**")]
    doc.f("Comprovante de Pix\nValor: R$ «v»\nData: «d»\nDe: «p» | «b1»\nPara: «q» | «b2»\n", v=brl(v), d=ts(when, "br"), p=P(g.pick([payer.caps, payer.full])),
          b1=bank(g), q=q, b2=bank(g))
    r = g.rng.random()
    if key:
        doc.f("Chave: «k»\n", k=key)
    elif r < 0.45:
        doc.f("Chave: «k»\n", k=(g.uuid(), "PIX_KEY"))
    elif r < 0.75:
        doc.f("Agência «a» Conta «c»\n", a=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("Chave: «k»\n", k=(g.phone("e164"), "PHONE_NUMBER"))
    doc.t("ID: " + clean(g, lambda: f"E{g.d(8)}{when.strftime('%Y%m%d%H%M')}{g.hexs(11)}") + "\n\n")


def fi_frete(g: Gen) -> Doc:
    """A waterway freight bill / cargo manifest (conhecimento de transporte aquaviário) as a fixed-width printout: carrier (CNPJ), shipper
    (a trader's CNPJ, or a person with CPF), consignee (name, CPF, phone, address at the destination), items (fish, açaí, flour, a motor;
    the fish are goods), weights, values, freight, payment (Pix key of any kind, or agency and account); the checker by name."""
    doc = Doc()
    orig, dest, uf, hrs, kind = line(g, "recreio")
    op = g.pick(OPERATORS)[0].split(" — ")[0]
    boat = vessel(g)
    shp, con, chk = g.person(), g.person(), g.person()
    doc.t("=" * 64 + "\n")
    doc.f("CONHECIMENTO DE TRANSPORTE AQUAVIÁRIO DE CARGAS Nº «n»\n«k»Transportador: «o»\nCNPJ: «c»   Embarcação: «b»\n", n=g.neg(11) if g.chance(0.5) else clean(g, lambda: g.d(6)),
          k="CHAVE CT-e: " + clean(g, lambda: " ".join(g.d(4) for _ in range(11))) + "\n" if g.chance(0.5) else "", o=op,
          c=(g.any_cnpj(), "BR_CNPJ"), b=boat)
    doc.t("=" * 64 + "\n")
    if g.chance(0.5):
        doc.f("REMETENTE: «r»\nCNPJ: «c»\n", r=g.pick(["Frigorífico de Pescados Bento Amado", "Comercial Serruya & Filhos", "Açaí Aurora do Pará Ltda.",
                                                      "Distribuidora Leão do Norte", "Mercadinho Sabiá ME", "Farinheira Flor do Campo"]), c=(g.any_cnpj(), "BR_CNPJ"))
    else:
        doc.f("REMETENTE: «r»\nCPF: «c»   FONE: «t»\n", r=P(shp.capsf), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"))
    doc.f("DESTINATÁRIO: «r»\nCPF: «c»   FONE: «t»«m»\nENDEREÇO: «a» — «d»/«u» — CEP «z»\n", z=(g.cep(), "BR_CEP"),
          m=[V("\nE-MAIL: "), (g.email(con).upper() if g.chance(0.3) else g.email(con), "EMAIL_ADDRESS")] if g.chance(0.4) else "", r=P(g.pick([con.capsf, con.full])), c=(g.cpf(), "BR_CPF"),
          t=(g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"), a=(home(g, "caps", 0.3), "ADDRESS"), d=fold(dest).upper(), u=uf_of(dest))
    doc.t("-" * 64 + "\n" + f"{'QTD':<5}{'DESCRIÇÃO':<34}{'PESO':>9}{'VALOR':>14}\n")
    tot = 0.0
    for _ in range(g.ri(2, 5)):
        it = g.pick([f"cx isopor {g.pick(FISH)} c/ gelo", "sc farinha d'água 50kg", "lata açaí 14 kg", "fardo charque", "motor de popa 15 HP", "botijão GLP 13kg",
                     "caixa castanha-do-pará", "sc de cimento", "fardo de garrafa pet"])
        q = g.ri(1, 30)
        v = q * g.ri(15, 300)
        tot += v
        doc.t(f"{q:<5}{it[:33]:<34}{g.ri(5, 900):>6} kg{brl(v):>14}\n")
    fr = round(tot * g.pick([0.06, 0.08, 0.1]), 2)
    doc.t("-" * 64 + "\n" + f"VALOR DA MERCADORIA: R$ {brl(tot)}   FRETE: R$ {brl(fr)}   SEGURO: R$ {brl(round(tot * 0.01, 2))}\n")
    r = g.rng.random()
    if r < 0.4:
        doc.f("PAGAMENTO: PIX CHAVE «k»\n", k=(g.uuid(), "PIX_KEY"))
    elif r < 0.6:
        doc.f("PAGAMENTO: PIX CNPJ «k»\n", k=(g.cnpj(), "BR_CNPJ"))
    elif r < 0.8:
        doc.f("PAGAMENTO: DEPÓSITO «b» AG «a» C/C «c»\n", b=fold(bank(g)).upper(), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.t("PAGAMENTO: A PAGAR NO DESTINO (FOB)\n")
    doc.f("CONFERENTE: «c»   DATA: «d»\n", c=P(g.pick([chk.capsf, chk.first.upper()])), d=dbr(g.day()))
    return doc


def fi_financiamento(g: Gen) -> Doc:
    """A boat-building finance proposal at a bank's branch (a new recreio or a freight boat at a shipyard): the applicant's form (CPF, RG,
    birth date, título sometimes, address, CEP, phone, e-mail, spouse with CPF and birth date), income, the shipyard's CNPJ, the
    guarantor, the debit account; the branch manager's name and corporate e-mail; the proposal number unlabelled."""
    doc = Doc()
    city, uf = g.pick([c for c in CITIES if c[1] in ("AM", "PA", "AP", "RO")])
    app, sp, guar, mgr = g.person(), g.person(), g.person(), g.person()
    sp = Person(sp.given, sp.surnames, not app.female)
    bk = g.pick(["Banco da Amazônia", "Banco do Brasil", "Caixa", "Bradesco", "Sicoob"])
    bdom = {"Banco da Amazônia": "bancoamazonia.com.br", "Banco do Brasil": "bb.com.br", "Caixa": "caixa.gov.br", "Bradesco": "bradesco.com.br",
            "Sicoob": "sicoob.com.br"}[bk]
    yard, yloc = g.pick(SHIPYARDS)
    doc.f("«b» — PROPOSTA DE FINANCIAMENTO Nº «n»\nLinha: «l»\nAgência «c»\n\n", b=bk.upper(), n=clean(g, lambda: f"{g.d(4)}.{g.d(5)}-{g.d(1)}"),
          l=g.pick(["FNO — Amazônia Empresarial", "Pronaf Mais Alimentos (pesca)", "Capital de giro + investimento fixo", "FNO Rural"]), c=city)
    caps = g.chance(0.3)
    fields = [("Proponente", P(app.capsf if caps else app.full)), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
              ("Data de nascimento", (g.dob("br", 1960, 1998), "DATE_OF_BIRTH"))]
    if g.chance(0.7):
        fields.append(("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")))
    fields += [("Endereço", (home(g, "caps" if caps else "text", 0.15), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Celular", (g.phone(), "PHONE_NUMBER")),
               ("E-mail", (g.email(app), "EMAIL_ADDRESS")), ("Cônjuge", P(sp.capsf if caps else sp.full)), ("CPF cônjuge", (g.cpf(), "BR_CPF")),
               ("Nasc. cônjuge", (g.dob("br", 1960, 2000), "DATE_OF_BIRTH")), ("Atividade", V(g.pick(["transporte fluvial de passageiros e cargas", "frete de pescado",
                                                                                                         "comércio de regatão", "transporte escolar fluvial"]))),
               ("Renda mensal", V(money(g, 4000, 25000)))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box", "caps"]))
    v = g.ri(120, 1800) * 1000
    doc.f("\nObjeto: construção de embarcação em «m», «c» m, no «y» (CNPJ «yc»), «yl». Valor R$ «v»; prazo «p» meses, carência «k».\n",
          m=g.pick(["madeira", "aço naval"]), c=g.ri(14, 30), y=yard, yc=(g.any_cnpj(), "BR_CNPJ"), yl=yloc, v=brl(v), p=g.pick([60, 96, 120]), k=g.pick(["12 meses", "24 meses"]))
    doc.f("Garantias: alienação fiduciária da embarcação + aval de «a», CPF «c»«t».\n", a=P(guar.full), c=(g.cpf(), "BR_CPF"),
          t=[V(", tel. "), (g.phone(), "PHONE_NUMBER")] if g.chance(0.5) else "")
    doc.f("Conta para débito das parcelas: agência «a», conta «c».\n\n", a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.f("Gerente responsável: «m» — «e»\n", m=P(mgr.full), e=(corp_mail(mgr, bdom, g), "EMAIL_ADDRESS"))
    return doc


def fi_caixa(g: Gen) -> Doc:
    """The ticket counter's daily cash closing: sales table (ticket unlabelled, passenger, CPF or '—', payment method with masked card
    or Pix, value; free passes for the elderly with the birth date), refunds with agency and account, pasted Pix receipts, the cashier
    and the manager."""
    doc = Doc()
    orig, dest, uf, hrs, kind = line(g)
    ag = g.pick(AGENCIES)
    cash, mgr = g.person(), g.person()
    day = g.day()
    doc.f("«a» — FECHAMENTO DE CAIXA — «d»\nOperador(a): «c»\n\n", a=ag, d=dbr(day), c=P(g.pick([cash.full, cash.short])) if g.chance(0.7) else login(cash, g))
    rows = []
    tot = 0.0
    with_phone = g.chance(0.5)
    for _ in range(g.ri(3, 5)):
        p = g.person()
        grat = g.chance(0.15)
        v = 0.0 if grat else g.ri(90, 600) + g.pick([0, 0.5])
        tot += v
        how = "gratuidade idoso" if grat else g.pick(["Pix", "dinheiro", f"débito {g.masked_card()}", f"crédito {g.masked_card()}", "Pix"])
        rows.append([V(bilhete(g)), P(g.pick([p.capsf, p.full, p.short])), (g.cpf(), "BR_CPF") if g.chance(0.6) else V("—"),
                     (g.dob("br", 1940, 1965), "DATE_OF_BIRTH") if grat else V(""), V(f"{orig}>{dest}"), V(how), V(brl(v))])
        if with_phone:
            rows[-1].insert(3, (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER") if g.chance(0.75) else V(""))
    cols = ["bilhete", "passageiro", "CPF", "DN (gratuidade)", "trecho", "pagamento", "valor"]
    if with_phone:
        cols.insert(3, "fone")
    table_ruled(doc, cols, rows, g.pick(["plus", "psql", "md", "plain"]))
    doc.t(f"\nTotal vendido: R$ {brl(tot)}\n\nEstornos:\n")
    for _ in range(g.ri(1, 2)):
        p = g.person()
        doc.f("- «n», CPF «c», estorno de R$ «v» para «b» ag. «a» conta «cc» (viagem cancelada)\n", n=P(p.full), c=(g.cpf(), "BR_CPF"), v=brl(g.ri(100, 500)),
              b=bank(g), a=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.t("\nComprovantes anexados:\n")
    for _ in range(g.ri(1, 2)):
        payer = g.person()
        pix_receipt(g, doc, payer, None, g.moment(day), g.ri(100, 600), firm=g.pick(OPERATORS)[0].split(" — ")[0])
    doc.f("Conferido por: «m»\n", m=P(g.pick([mgr.full, mgr.short])) if g.chance(0.5) else login(mgr, g))
    return doc


def fi_folha(g: Gen) -> Doc:
    """The crew's and porters' payment sheet for a trip (spreadsheet: Markdown, CSV, psql) with name, function, CPF, PIS sometimes, bank
    agency and account or a Pix key of any kind, days and amount; then an RPA receipt with the amount in words for a day porter."""
    doc = Doc()
    orig, dest, uf, hrs, kind = line(g, "recreio")
    boat = vessel(g)
    doc.f("Pagamento tripulação e carregadores — «b» — viagem «o»/«d» de «dt»\n\n", b=boat, o=orig, d=dest, dt=dbr(g.day()))
    rows = []
    for _ in range(g.ri(4, 7)):
        p = g.person(g.chance(0.2))
        fn = g.pick(CREW_FN + [("Carregador (diária)", "—"), ("Ajudante de cozinha", "—")])
        if g.chance(0.5):
            pay = [V(bank(g)), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        else:
            kk, key = pix_key(g, p)
            pay = [V("Pix " + kk), key, V("")]
        rows.append([P(g.pick([p.full, p.capsf])), V(fn[0]), (g.cpf(), "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.4) else V("")] + pay +
                    [V(str(g.ri(2, 12))), V(brl(g.ri(150, 2400)))])
    cols = ["nome", "função", "CPF", "PIS", "banco/Pix", "agência/chave", "conta", "dias", "valor"]
    fmt = g.pick(["md", "csv", "psql", "plus"])
    if fmt == "csv":
        table_csv(doc, cols, rows, ";")
    else:
        table_ruled(doc, cols, rows, fmt)
    w = g.person(False)
    v = g.ri(80, 450)
    doc.f("\nRECIBO DE PAGAMENTO A AUTÔNOMO (RPA)\nRecebi de «o» a importância de R$ «v» («x») referente a «n» diárias de carga e descarga no «p».\n"
          "Nome: «w»  CPF: «c»  PIS/NIT: «pi»\n«cc», «d».\n", o=g.pick(OPERATORS)[0].split(" — ")[0], v=brl(v), x=extenso(v), n=g.ri(1, 5), p=port_of(g, orig),
          w=P(w.full), c=(g.cpf(), "BR_CPF"), pi=(g.pis(), "BR_PIS"), cc=orig, d=g.docdate("br"))
    return doc


def fi_dpem(g: Gen) -> Doc:
    """A claim under the vessels' compulsory personal-damage insurance (DPEM, Lei 8.374/1991): the insurer's analyst writes (corporate
    e-mail) listing what is missing; the claim form: victim (birth date, CPF), the beneficiaries (spouse and children with birth dates and
    CPFs), the accident (vessel and inscription, unlabelled), the medical report with CRM, the account for payment."""
    doc = Doc()
    orig, dest, uf, hrs, kind = line(g)
    ins, idom = g.pick(INSURERS)
    ana, vic, md = g.person(), g.person(), g.person()
    spouse = g.person(not vic.female)
    t = g.moment()
    claimant_mail = g.email(spouse)
    doc.f("De: «n» <«e»>\nPara: «c»\nCc: «s»\nData: " + mail_date(t) + "\nAssunto: Sinistro DPEM «p» — pendências\n\n", n=P(ana.full), e=(corp_mail(ana, idom, g), "EMAIL_ADDRESS"),
          c=(claimant_mail, "EMAIL_ADDRESS"), s=role_mail(g, idom, "sinistros"), p=clean(g, lambda: f"{g.ri(2025, 2026)}.{g.d(6)}"))
    doc.f("Prezad«o» «x»,\n\npara concluir a regulação do sinistro, faltam: certidão de óbito ou laudo do IML, boletim de ocorrência e comprovante de conta "
          "em nome d«o2» beneficiári«o2» (Lei 8.374/1991).\n\n«a»\nRegulação de Sinistros — «i»\n\n", o=spouse.o, x=P(spouse.first) if g.chance(0.5) else "reclamante", o2=spouse.o, a=P(g.pick([ana.full, ana.short])), i=ins)
    doc.t("--- FORMULÁRIO DE AVISO DE SINISTRO (preenchido) ---\n")
    dead = g.chance(0.5)
    fields = [("Vítima", P(vic.full)), ("Nascimento", (g.dob("br", 1955, 2005), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF")),
              ("Natureza", V("morte" if dead else "invalidez permanente")), ("Embarcação", V(vessel(g, kind))), ("Inscrição", V(insc(g))),
              ("Data/local", V(f"{g.date()} — {g.pick(['Paraná do Ramos', 'Costa do Catalão', 'baía do Guajará', 'rio Tapajós, próximo a Alter do Chão'])}")),
              ("Reclamante", P(spouse.full)), ("CPF reclamante", (g.cpf(), "BR_CPF")), ("Telefone", (g.phone(), "PHONE_NUMBER")),
              ("Endereço", (home(g, "text", 0.3), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    kv_block(doc, fields, g.pick(["plain", "dots", "caps"]))
    if dead:
        doc.t("Beneficiários:\n")
        for _ in range(g.ri(1, 3)):
            c = kid(g, vic)
            doc.f("  - «n», filh«o», nasc. «d»«c»\n", n=P(c.full), o=c.o, d=(kid_dob(g, "br", 2005, 2022), "DATE_OF_BIRTH"),
                  c=[V(", CPF "), (g.cpf(), "BR_CPF")] if g.chance(0.5) else "")
    else:
        doc.f("Laudo: «m» («c») — perda funcional de «p»% do membro inferior.\n", m=P(md.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"), p=g.ri(25, 100))
    doc.f("Conta para indenização: «b», agência «a», conta «c».\n", b=bank(g), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    return doc


def fi_fiado(g: Gen) -> Doc:
    """A floating fuel station's credit ledger (fiado) for boat owners and a WhatsApp collection chat: table (boat, owner, CPF or CNPJ,
    phone, litres, debt; boat names are not persons); the chat with the owner (the station's random key, a CPF key or a phone key sent;
    a promise to pay after the trip); a promissory note with CPF and address."""
    doc = Doc()
    city, uf = g.pick([c for c in CITIES if c[1] in ("AM", "PA", "AP", "RO")])
    st_name = g.pick(FUEL)
    owner_d = g.person(False)
    doc.f("«s» — CONTAS A RECEBER (diesel S-10) — posição «d»\n\n", s=st_name.upper(), d=dbr(g.day()))
    rows = []
    people = []
    ids = []
    for _ in range(g.ri(4, 6)):
        p = g.person(g.chance(0.2))
        people.append(p)
        ids.append(g.cpf())
        rows.append([V(vessel(g)), P(g.pick([p.full, p.short, p.nick + " " + p.last])), (ids[-1], "BR_CPF") if g.chance(0.7) else (g.any_cnpj(), "BR_CNPJ"),
                     (g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"), V(str(g.ri(200, 3000))), V(brl(g.ri(1200, 19000)))])
    table_ruled(doc, ["embarcação", "proprietário", "CPF/CNPJ", "telefone", "litros", "saldo R$"], rows, g.pick(["plus", "psql", "md"]))
    deb_i = g.ri(0, len(people) - 1)
    deb = people[deb_i]
    st = chat_stamp(g)
    t = iter(seq_times(g, 12, g.moment(), 60, 3000))
    S = [V(g.pick(["Flutuante", st_name, "Cobrança"]))]
    D = [P(g.pick([deb.first, deb.short, deb.nick]))] if g.chance(0.4) else [(g.phone("wa"), "PHONE_NUMBER")]
    doc.t("\n--- conversa ---\n")
    cl2(doc, st(next(t)), S, "«s» bom dia, o saldo do diesel tá em R$ «v», vence sexta", s=g.pick([[V("seu "), P(deb.first)] if not deb.female else [V("dona "), P(deb.first)],
                                                                                             "Olá,", "Comandante,"]), v=brl(g.ri(1200, 9000)))
    cl2(doc, st(next(t)), D, ty(g, g.pick(["bom dia, só consigo pagar quando voltar de Tefé", "o frete atrasou, pago metade hj", "manda a chave que faço o pix",
                                          "a balsa quebrou o eixo, to parado em Coari, semana que vem acerto"]), 0.5))
    kind = g.pick(["uuid", "uuid", "cnpj", "phone"])
    key = {"uuid": (g.uuid(), "PIX_KEY"), "cnpj": (g.cnpj(), "BR_CNPJ"), "phone": (g.phone("e164"), "PHONE_NUMBER")}[kind]
    cl2(doc, st(next(t)), S, "Pix: «k» (" + st_name + ")", k=key)
    cl2(doc, st(next(t)), D, "<Mídia oculta>")
    cl2(doc, st(next(t)), D, ty(g, g.pick(["fiz metade, o resto na volta", "ta pago", "mandei 2 mil, confere ai", "segunda mando o resto"]), 0.4))
    cl2(doc, st(next(t)), S, g.pick(["ok obrigado", "recebido 👍", "anotado"]))
    v = g.ri(800, 8000)
    doc.f("\nNOTA PROMISSÓRIA — vencimento «d» — R$ «v»\nPagarei por esta única via de nota promissória a «o» a quantia de «x».\nEmitente: «n», CPF «c», «a», «cc»/«u».\n",
          d=g.date(year=2026), v=brl(v), o=st_name, x=extenso(v), n=P(deb.capsf), c=(ids[deb_i], "BR_CPF"), a=(home(g, "text", 0.3), "ADDRESS"), cc=city, u=uf)
    if g.chance(0.4):
        doc.f("Avalista: «n», CPF «c»\n", n=P(owner_d.full), c=(g.cpf(), "BR_CPF"))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """A booking platform's chargeback dispute file: the acquirer's notice (masked card, dispute reason), the order (buyer's name,
    e-mail, CPF, IP, device; passengers with birth dates), the support chat where the buyer typed the full card number, the analyst's
    note with her name and corporate e-mail, the decision. Order, dispute and authorisation codes unlabelled."""
    doc = Doc()
    app, adom = g.pick(APPS)
    orig, dest, uf, hrs, kind = line(g)
    buyer, ana = g.person(), g.person()
    doc.f("DISPUTA «d» — motivo 4837 (transação não reconhecida) — cartão «m» — valor R$ «v»\nPedido «p» — «a»\n\n", d=clean(g, lambda: f"CB-{g.d(8)}"),
          m=g.masked_card(), v=brl(g.ri(200, 1800)), p=clean(g, lambda: f"{app[:3].upper()}{g.d(7)}"), a=app)
    fields = [("Comprador", P(buyer.full)), ("E-mail", (g.email(buyer), "EMAIL_ADDRESS")), ("CPF", (g.cpf(), "BR_CPF")), ("IP da compra", (g.ip(), "IP_ADDRESS")),
              ("Endereço de cobrança", (home(g), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Dispositivo", V(g.pick(["Android 13 / Chrome", "iOS 17 / Safari", "Windows / Edge"]))), ("Trecho", V(f"{orig} → {dest}"))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    doc.t("Passageiros:\n")
    for _ in range(g.ri(1, 3)):
        p = g.person()
        doc.f("  «n» — nasc. «d»\n", n=P(g.pick([p.full, p.capsf])), d=(g.dob("br", 1950, 2020), "DATE_OF_BIRTH"))
    doc.t("\nChat de suporte (trecho):\n")
    t = iter(seq_times(g, 8, g.moment(), 30, 400))
    cl2(doc, "[" + ts(next(t), "hm") + "] ", [V("cliente")], "a compra nao passou e descontou duas vezes")
    cl2(doc, "[" + ts(next(t), "hm") + "] ", [V("suporte")], "Pode confirmar os 4 últimos dígitos do cartão?")
    cl2(doc, "[" + ts(next(t), "hm") + "] ", [V("cliente")], "o numero todo é «c» validade «v»", c=(g.card(g.chance(0.7)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
    cl2(doc, "[" + ts(next(t), "hm") + "] ", [V("suporte")], "Por segurança, não envie o número completo do cartão. Já apaguei a mensagem do histórico.")
    doc.f("\nNota da análise: «x» Analista: «a» <«e»>\nDecisão: «r»\n", x=g.pick(["embarque registrado no manifesto; passageiro viajou.", "viagem cancelada pela empresa; estorno devido.",
                                                                               "compra feita de IP de outro estado; passageira não reconhece."]),
          a=P(g.pick([ana.full, ana.short])), e=(corp_mail(ana, adom, g), "EMAIL_ADDRESS"), r=g.pick(["contestar (representment)", "aceitar o chargeback", "estornar ao cliente"]))
    return doc


AT = [at_whatsapp, at_lista, at_call, at_app, at_email, at_balsa, at_encomendas]
JU = [ju_jec, ju_iafn, ju_trabalhista, ju_auto, ju_fretamento, ju_andamentos, ju_compra_venda]
SA = [sa_ubs, sa_escalpelamento, sa_aso, sa_call, sa_bordo, sa_vacina, sa_tfd]
FI = [fi_frete, fi_financiamento, fi_caixa, fi_folha, fi_dpem, fi_fiado, fi_chargeback]

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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|cmte|comandante|mestre|enf|vulgo|cap|capit[aã]o)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_|:()]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_RE.match(v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert PLATE_RE.fullmatch(v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v) or re.search(r"mil novecentos|dois mil", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v) or re.match(r"(?i)(%s|r|av|tv|al|estr)\.? " % "|".join(fold(t) for t in STREET_TYPES), fold(v)), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRF|CRFa|CRO)(?![A-Za-z])", v), (rid, v)
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
    print("hundredthirtyninth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
