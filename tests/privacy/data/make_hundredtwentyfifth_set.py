"""Build the hundred-and-twenty-fifth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredtwentyfifth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 12525, 280 records: 4 domains x 7 templates x 10 copies.

Register: ARTISANAL FISHING -- fishermen's colonies (colônias de pescadores Z-xx), fishers' and
shellfish gatherers' associations, the closed-season insurance (seguro-defeso) and its paperwork
with the INSS, the fishers' general register (RGP) and the Navy's papers (Capitania dos Portos, CIR,
boat inscriptions), fish markets, fish buyers and seafood processing plants, boat owners, masters
and crews and the catch-share settlement, shrimp and oyster farms, marine supply shops and their
store credit, fishers' microcredit, and the health side (occupational health of fishers and
marisqueiras at a CEREST, a lobster or oyster diver's decompression sickness, ASOs and CATs of
processing plants and fishing companies, stingray stings on WhatsApp with the health unit, referrals
for skin cancer, pterygium and noise-induced hearing loss, a health action at the colony during the
defeso). Every colony, association, cooperative, firm, farm, shop, market, boat, clinic, programme,
bank, law firm and person is invented (Colônia de Pescadores Z-3 Praia da Aurora, Z-10 Leão do Mar,
Z-18 Rosa dos Ventos, Z-21 Maré Serena, Z-5 Barra do Bento, Z-16 Vila da Luz, Z-13 Ilha do Prudente,
Z-2 Mangue Celeste, Z-9 Lagoa Constante, Z-28 Estrela do Norte, Z-7 Mestre Zózimo Arrais, Z-14 Dona
Quitéria Carapeba; Associação das Marisqueiras da Prainha Flor de Sal, Associação dos Jangadeiros de
Ponta Vitória...; COOPLEÃO, Coopesca Aurora, Cooperativa Maré Alta, Ostra Viva, Cooperativa de
Pescadores Amado & Sereno; Frigorífico de Pescados Sereno, Beneficiadora de Camarão Mar de Rosa,
Entreposto Pescados Estrela-Guia, Peixaria Vitória Régia, Tainha Dourada, Pescados Arrais & Filhos,
Lagosta Branco Exportadora, Camarões Prudente; the fishing companies Pesqueira Leão do Atlântico,
Armação de Pesca Sereno, Frota Pesqueira Rosa dos Ventos, Indústria de Pesca Aurora do Sul; the farms
Carcinicultura Lagoa Prudente, Salina do Bento, Ostras da Aurora, Fazenda Marinha Celeste,
Aquicultura Tinoco & Landim; the shops Casa do Pescador Amado, Náutica Leão Branco, Redes & Anzóis da
Barra, Loja do Mar Sereno, Ferragens Navais Flor do Mar, Motores Rabeta Prudente; the boats Estrela do
Mar II, Flor de Maria, Leão da Barra, Dona Iracema, Dona Zulmira II, Mestre Amado, São Pedro Pescador,
Brisa do Norte, Marina Celeste, Iemanjá Rainha...; the credit programmes MarCrédito of the Banco do
Povo Praiano, Crédito Pescador, Rede & Motor, Moeda Sururu Produtiva; the clinics and services Clínica
Ocupacional Maré Alta, MedPesca, Centro de Medicina Hiperbárica Aurora, HiperMar, CEREST Estrela do
Norte, UBS Vila dos Pescadores...). Cities are real coastal and river towns; CEPs are random.
Layouts: WhatsApp exports (Android and iOS stamps in two date styles; senders by number, by name or
nickname, "Você", business accounts; group chats in lower case with @mentions; "<Mídia oculta>");
a speech-to-text call (lower case; CPF, NIT, birth date, phone and CEP spoken in groups or in words,
"meia" for six; the protocol and the RGP read out) with the typed summary; a membership form and an
INSS self-declaration as scans (capitals, OCR'd sometimes: I/l, O/0, S/5, B/8, m/rn...) with ruled
or blank-aligned tables; control sheets as ruled, psql, CSV or TSV tables; e-mails with quoted
replies and X-Originating-IP; an ALL CAPS police report (OCR'd sometimes); petitions, a boat sale
contract and a pond lease (capitals sometimes) with an e-signature log; hearing minutes; an
association's minutes with the attendance list; forms with dotted leaders, ruled boxes or CAPS
labels; a CAT in capitals; a referral guide; a ledger in CSV, fixed width or a ruled table; Pix
receipts pasted from screenshots; a payroll in fixed width (names cut at 26) or a ruled table; the
catch-share settlement pasted in a crew's WhatsApp group; a store-credit statement with a collection
chat or SMS; JSON lines of a buyer's purchase app.
- atendimento: (0) the colony's WhatsApp group or a chat with the secretary (the defeso's papers,
  CPF and NIT sent to check the RGP, the daughter of a fisher without WhatsApp with his CPF and birth
  date, the dues to the colony's random Pix key, the buyer's truck plate at the pier, the INSS
  visit's list with nicknames, a new number, a buyer's CNPJ issuing the sale notes); (1) a call's
  speech-to-text about a denied seguro-defeso, the wife calling for the husband (his name and
  nickname, CPF, NIT, birth date, phone, address, CEP spoken) and the attendant's summary (name or
  login); (2) the colony's membership form, a scan in capitals (name, nickname, mother, father
  sometimes, birth date, CPF, RG, NIT, título often, CNS sometimes, address, CEP, phone; RGP, CIR,
  boat unlabelled; dependants with birth dates and CPF; the signature "a rogo" with the CPF of who
  signed; the secretary, the president); (3) the colony's control sheet of seguro-defeso
  applications (name, CPF, NIT, RGP and protocol unlabelled, phone; notes: a denial, a CPF typed
  wrong, a payment to an agency and account, the clerk; the portal's last accesses with public IPs);
  (4) a colony's letter e-mailed to the Capitania dos Portos (a boat's transfer: seller and buyer
  qualified, the colony's CNPJ) or to the fisheries superintendence (a fisher's RGP: CPF, NIT, birth
  date, phone, address, CEP), X-Originating-IP, the quoted answer naming an officer or an analyst;
  (5) a marine supply shop's WhatsApp with a fisher (the CPF for the invoice, a home address and CEP
  or the pier, the driver and his pickup's plate, a card number typed or the shop's random key, store
  credit references with phones); (6) an association's or colony's assembly minutes electing a board
  (qualified with CPF, RG or CNH, address and CEP, phone sometimes; the lawyer's OAB) and the
  attendance list with CPF or RG and "a rogo".
- juridico: (0) a fisher's petition to a JEF against the INSS for the seguro-defeso (qualified with
  birth date, NIT, título sometimes; the boat owner's CPF; the buyer's CNPJ; the colony's president;
  witnesses with nicknames, CPF or RG, address and phone sometimes; the lawyer's OAB, e-mail and
  phone); (1) a private contract selling a fishing boat (capitals sometimes: seller and buyer
  qualified, inscription, engine serial unlabelled, a down payment by Pix to a random or CPF key,
  the balance to an agency and account, witnesses, the notary's clerk); (2) the INSS's
  self-declaration of a fisher as segurado especial (a scan: the family group with CPF and birth
  dates, the periods with the boat owner's name and CPF, the buyers' CNPJ or a middleman's CPF, "a
  rogo", the colony's ratification with the president's CPF); (3) JEF hearing minutes (the judge,
  the federal attorney, the plaintiff's CPF, birth date, address and CEP sometimes, the lawyer's
  OAB, the late father named in the testimony, witnesses by name and nickname with RG or CPF, the
  settlement or judgment paid to an agency and account, the clerk); (4) an ALL CAPS police report of
  an outboard engine stolen at the pier (the victim qualified, the night watchman's RG and phone, the
  pickup's plate, the suspect's nickname, name and CPF, the vehicle's owner, the clerk, the
  delegado); (5) a crew member's labour claim against a fishing company (qualified with PIS, birth
  date, título sometimes; the company's CNPJ; the owner's CPF; the master by name and nickname; the
  shares paid to the partner's CPF key; witnesses with RG and phone; the lawyer); (6) a lease of
  shrimp ponds or a cession of an oyster-farming area (a farm's CNPJ and its partner or a person
  qualified, the lessee with e-mail, licences unlabelled, the rent to an agency and account or a
  random key, the fisheries engineer's CREA or the veterinarian's CRMV, witnesses, e-signature log).
- saude: (0) a fisher's occupational health record at a CEREST (nickname, birth date, CPF, CNS,
  NIT or RG sometimes, address, CEP, phone, a relative's phone; ICD-10 codes; the physician's CRM and
  the nurse's COREN); (1) a diver's decompression incident report (birth date, CPF, RG or CNS, phone,
  the farm's CNPJ or the colony; the master and his phone; the dive profile; the SAMU ambulance's
  plate, the nursing technician's COREN, a companion's phone; the hyperbaric physician's CRM; the
  farm's HR or the colony told by e-mail); (2) an ASO of a processing plant's or farm's worker (the
  clinic's CNPJ and phone, the employer's CNPJ, CPF, RG, birth date, NIT, e-mail or phone sometimes;
  two CRMs) and sometimes the month's ASO list; (3) a WhatsApp chat with the health unit about a
  stingray or catfish sting, a jellyfish burn, a hook (the name, CNS or CPF and birth date, the
  doctor by name and CRM, the community health agent, the address, a relative's number); (4) a CAT in
  capitals (OCR'd sometimes: the employer's CNPJ, worker, mother, birth date, NIT, RG, CPF, CNS
  sometimes, address, CEP, phone; witnesses' phones; the physician's CRM; who filled it with a
  corporate e-mail or a role mailbox); (5) a referral and counter-referral to a specialist (birth
  date, CNS, CPF, mother, address, CEP, phone; the requesting CRM, the regulating COREN, the
  specialist's CRM); (6) a health action at the colony (attendees with birth date, CPF and CNS; the
  vaccinator's COREN; the coordinator's CRM or COREN; the colony's contact e-mail or role mailbox).
- financeiro: (0) a cooperative's fish-intake ledger (fishers by name or nickname, CPF, a Pix key of
  any kind or agency and account; the buyers' CNPJ; the treasurer); (1) a microcredit proposal
  (capital labels, OCR'd sometimes: CPF, RG or CNH, birth date, NIS, address, CEP, phone, e-mail and
  título sometimes; the spouse with CPF and birth date; the solidarity group with CPF and phones; the
  agent; the disbursement agency and account; the agent's app with a public IP and e-mail or login);
  (2) Pix receipts for ice and diesel (payer's name, masked CPF, agency, account; the cooperative's
  CNPJ and random key; a payment to the former treasurer's CPF key); (3) a processing plant's or
  farm's production payroll (CPF, PIS, a Pix key of any kind or agency and account; the login; the
  accountant's CRC); (4) a boat's catch-share settlement, in a crew's WhatsApp group or as a note
  (buyers with CNPJ or a middleman by nickname; the owner; the crew with CPF sometimes and Pix keys
  of any kind; a new key that is a phone); (5) a marine supply shop's store-credit statement (CPF,
  phone, address, CEP, references with phones, a card noted at the counter sometimes) and the
  collection by WhatsApp (the shop's random key, a card typed, a new address and CEP, the CPF, an
  e-mail) or by SMS; (6) a fish buyer's purchase export as JSON lines (name, nickname, CPF, RGP
  unlabelled, phone or null, a Pix key of any kind or agency and account, the pickup's plate, the
  driver and his CNH sometimes; the approver's e-mail and public IP; the exporter's login and
  private IP).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.", "Sra.",
"Dr.", "Dra.", "dr.", "dra.", "enf.", "dona", "seu", "mestre", "vulgo", "conhecido como", nor ranks
("o SO", "a 3º SG", "DELEGADO", "ESCRIVÃ"); particles and suffixes are inside; "SURNAME, GIVEN" is one
span; first names, nicknames, lower case, ALL CAPS, OCR-damaged forms and names cut at a fixed-width
field are persons. Staff named in the text are persons (secretaries, presidents, treasurers,
attendants, clerks, shop assistants, drivers, credit agents, analysts, officers, lawyers, judges,
federal attorneys, notary clerks, physicians, nurses, nursing technicians, community health agents,
accountants, engineers, veterinarians), and so are fishers, crews, masters, boat owners, buyers,
relatives, parents and witnesses; logins (glopes69, vquaresma), system accounts and the WhatsApp
business accounts ("Colônia Z-18 Secretaria", "UBS Vila dos Pescadores", "Casa do Pescador Amado 🎣",
"Redes & Anzóis da Barra Cobrança") are not. Corporate e-mails of people are EMAIL_ADDRESS; role
mailboxes (secretaria@, protocolo@, rgp@, rh@, dp@, sesmt@, intimacoes@, saude@, contato@...) are not
labelled. ADDRESS is a person's street + number + complement (lower-case and spoken forms included;
bairro, community, city and CEP stay out, the CEP is BR_CEP). Agency and account are separate
BANK_ACCOUNT spans, whoever holds them; bank names and codes are not labelled. PIX_KEY only for
random keys; a key that is a CPF, phone or e-mail takes that label. DATE_OF_BIRTH only for births
(spoken ones and dependants' included); defeso, request, denial, hearing, DIB, accident, dive,
exam, due, trip and log dates and ages are not. Masked CPFs ("***.221.211-**", "•••.708.193-••",
"***708193**") and masked cards are not labelled; identifiers read out in groups or in words are
labelled like their digits.
Decisions of this set:
- Fishers' nicknames are persons as a whole, with their fish or place words and particles ("Zé da
  Rede", "Beto Caranguejo", "Nalva do Mangue", "Toninho Mero", "Wanderlan Mergulhão"), in chats,
  forms ("APELIDO: ..."), testimony and ledgers; a chat's @mention is a PERSON span without the "@";
  chat senders by name are persons, by number PHONE_NUMBER.
- Boats named after people or saints ("B/P Dona Iracema", "Mestre Amado", "São Pedro Pescador",
  "Nossa Senhora dos Navegantes"), colonies named after people ("Colônia de Pescadores Z-7 Mestre
  Zózimo Arrais", "Z-14 Dona Quitéria Carapeba"), firms named after surnames ("Pescados Arrais &
  Filhos", "Aquicultura Tinoco & Landim", "Lagosta Branco Exportadora") and saints' feasts are not
  persons; streets honouring people are inside an ADDRESS span when they are a person's address.
- ADDRESS street types of the coast and the rivers: Rua, Avenida, Travessa, Beco, Praça, Estrada,
  Ramal (its "km 12" is the number), Passagem, Largo, Vila; reference points ("perto do trapiche",
  "em frente à colônia", "o trapiche do porto"), the pier where a boat is moored and the place of an
  accident or a theft are not labelled, nor the seat of a colony, cooperative or firm.
- NIS, NIT and PIS/PASEP are one number: BR_PIS. PROFESSIONAL_ID: CRM, COREN, OAB, CRC, CREA (a
  fisheries engineer) and CRMV (a veterinarian), with the acronym and the UF.
- NOT labelled: RGP numbers (a fisher's or a boat's), boat inscriptions and TIE, the Navy's CIR, the
  boater's licence (CHA, Arrais-Amador), INSS request and benefit numbers, INSS protocols (10 digits,
  or 11 digits checked to fail CPF, PIS and CNH), CAF/DAP, environmental licences (LO, LAU, RIAP),
  CAR, land registry numbers, SIAPE and police registration numbers, SISREG numbers, pathology slides,
  NF-e and producer's notes, store-credit booklet numbers, engine and GPS serials, notary seals, Pix
  E2E ids, 0800 lines, CNAE and CBO codes, vaccine lots, ICD-10 codes, CNJ numbers, dive profiles, kilos, prices
  and money, percentages and shares, laws and rules.
- LICENSE_PLATE: every plate is labelled (buyers' trucks at the pier, the shop's pickup, the SAMU
  ambulance, the suspect's pickup); the script checks that no plate-shaped token stands outside the
  spans. Government role mailboxes (protocolo@cpXX.marinha.mil.br, rgp@sfpa-xx.agro.gov.br) are role
  mailboxes. CNPJs appear in the numeric and the 2026 alphanumeric forms; a colony's, cooperative's,
  clinic's or firm's CNPJ is labelled. Phones of people and of firms (a clinic's scheduling line, a
  shop's SMS line) are labelled.

Names: Brazilian names of many origins (Portuguese common, north-eastern and old-fashioned, coined,
Italian, German, Polish, Ukrainian, Russian, Armenian, Greek, Lebanese, Syrian, Japanese, Korean,
Chinese, Mongolian, Haitian, Angolan, Nigerian, Senegalese, Cape Verdean, Cuban, Colombian,
Bolivian, Peruvian, Paraguayan, Venezuelan, indigenous, Jewish), rare or invented name words well
above a quarter (main() prints the share). Names that are also words (Marina, Brisa, Iara, Rosa,
Luz, Flor, Vitória, Aurora, Celeste, Estrela, Pérola, Esperança, Serena, Bento, Prudente, Amado,
Leão, Branco, Justo, Sereno, Constante, Salvador, Marinho, Salgado...) are names here and, elsewhere,
words, boats, colonies, firms, streets and places, not persons ("a maré tá serena hoje", "a marina
fechou a rampa", "brisa forte do nordeste", "a luz do farol", "foi uma vitória conseguir o gelo",
"seria prudente esperar o vento", "a pérola do mangue", "Leão da Barra", "Vitória Régia", "Praia do
Bento", "Presidente Vargas", "Rosa dos Ventos").

Hard negatives: CNJ numbers (state, labour and federal courts), mistyped CPFs (checked to fail),
11-digit INSS protocols (checked to fail CPF, PIS and CNH), the unlabelled registrations above,
masked CPFs and cards, private IPs of the colony's and the buyer's machines, ICD-10 codes (L57.0,
C44.3, H11.0, M54.5, H83.3, G56.0, M65.4, B35.3, M75.1, L55.1, T70.3, S61.0, S52.5, T59.8, S62.6,
S32.0, S51.8...), laws and rules (Lei 10.779/2003, Lei 11.959/2009, Lei 8.213/1991, Lei 8.212/1991,
Decreto 8.424/2015, Lei 9.099/1995, IN 138/2006, arts. 2º, 3º, 467, 477 and 791-A of the CLT,
arts. 155 and 299 of the CP), non-birth dates, ages, money; the script checks CPF-, PIS-, CNH-,
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
NUM_WORDS = ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools, IMMIGRANT_SUR and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned,
# coined or foreign name words that are not in the common Brazilian name lists; main() prints their
# share among the PERSON words.

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
          "Laudelina", "Mirtes", "Elzimar", "Kethllen", "Ruthinéia", "Domitila", "Eudóxia", "Ozelita", "Edinalva", "Zilá",
          "Cremilda", "Alzerina", "Dejanira", "Lindalva", "Edjane", "Ivanilde", "Zuleide", "Marluce", "Neusimar", "Gildete",
          "Rosimeiry", "Jozélia", "Valdirene", "Ariclenes", "Elionora", "Kássia Suellen"]
RARE_M = ["Adamastor", "Hermógenes", "Deoclécio", "Ubaldino", "Crispiniano", "Gumercindo", "Nerivaldo", "Waldecy", "Claudionor",
          "Dorivaldo", "Sinfrônio", "Lucivaldo", "Eronildes", "Gerinaldo", "Joscelino", "Valdomiro", "Deusimar", "Jadiel",
          "Kelvyn", "Wesley Kauã", "Maxsuel", "Tarcísio", "Odorico", "Anacleto", "Epaminondas", "Teotônio", "Leovigildo",
          "Rosalvo", "Zózimo", "Arquimedes", "Belchior", "Cirilo", "Dagoberto", "Eliomar", "Genésio", "Isaltino", "Jocimar",
          "Lindolfo", "Nestório", "Osmarino", "Quintino", "Ronivon", "Sandoval", "Ueliton", "Wanderlan", "Olegário",
          "Hildebrando", "Juvêncio", "Florisvaldo", "Edelberto", "Ataliba", "Possidônio", "Galdino", "Aristeu", "Dejair", "Gilmário",
          "Valfredo", "Jucimar", "Osvaldir", "Ednaldo", "Reginaldo Kauê", "Jailson", "Edivânio"]
WORD_F = ["Marina", "Brisa", "Iara", "Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Pérola", "Esperança", "Dália", "Jasmim", "Bela",
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
            "Valadão", "Rebouças Lima", "Mascarenhas", "Gondim", "Alcântara Seixas", "Frutuoso", "Bacelar", "Anchieta Brum",
            "Arrais", "Bitencourt Lago", "Cerqueira Leme", "Sampaio Corrêa", "Junqueira Brás", "Tenório", "Matoso", "Lacerda Pinto",
            "Vasconcelos Rego", "Guimarães Rosa Leite", "Coutinho Maia", "Ximenes", "Peregrino", "Brandão Veloso", "Quaresma"]
IMMIGRANT_SUR = ["Wisniewski", "Kowalczyk", "Zielinski Prado", "Kalaydjian", "Tchakerian", "Papadakis", "Huamán", "Mamani",
                 "Nowacki", "Sarkissian", "Karamanlis", "Grabowski", "Yazbek", "Dvorak", "Stavropoulos", "Mokarzel", "Osterkamp",
                 "Przybylski", "Okonkwo", "Al-Hamwi", "Zaparolli", "Hünemeier", "Takeuchi"]
WORD_SUR = ["Marinho", "Salgado", "Ventura", "Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo", "Neves",
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
        "Isabela": "Bela", "Roberto": "Beto", "Fernando": "Nando", "Arthur": "Tuca", "Miguel": "Migué", "Ivanilde": "Nildinha",
        "Gilmário": "Gil", "Jucimar": "Juju", "Aristeu": "Teteu", "Marluce": "Lulu", "Zuleide": "Zu", "Oluwaseun": "Seun",
        "Chukwuemeka": "Emeka", "Dejair": "Deja", "Edjane": "Jane"}
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
    "pl": (["Jadwiga", "Stanisława", "Wanda"], ["Kazimierz", "Bronisław", "Zbigniew"], ["Wojcik", "Jablonski", "Kaminski", "Szymanski"]),
    "am": (["Anahid", "Siranush", "Arpi"], ["Hagop", "Garabed", "Vartan"], ["Boghossian", "Manukian", "Derderian", "Hovsepian"]),
    "pe": (["Yesenia", "Nélida", "Flor de María"], ["Percy", "Edwin", "Wilber"], ["Huanca", "Ccori", "Chambi", "Puma"]),
    "gr": (["Eleni", "Despina", "Kalliopi"], ["Stavros", "Panagiotis", "Spyros"], ["Georgiou", "Lambrakis", "Konstantinidis"]),
    "ng": (["Chidinma", "Adaeze", "Folake"], ["Chukwuemeka", "Oluwaseun", "Tunde"], ["Okafor", "Adeyemi", "Nwosu", "Balogun"]),
    "sy": (["Rania", "Hiba", "Lamis"], ["Bashar", "Ammar", "Wassim"], ["Al-Masri", "Haddad Khalil", "Darwish", "Kabbani"]),
    "co": (["Yurany", "Leidy Johana", "Marleny"], ["Jhon Fredy", "Yeison", "Arley"], ["Cardona", "Ospina", "Zuluaga", "Londoño"]),
    "ru": (["Svetlana", "Anastasia", "Yekaterina"], ["Dmitri", "Aleksei", "Vsevolod"], ["Volkov", "Smirnova", "Kuznetsov", "Sokolova"]),
}
RARE_ORIGINS = ("ua", "mn", "cu", "kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "py", "ve", "cv", "pl", "am", "pe", "gr", "ng", "sy", "co", "ru")
RARE = set(RARE_F + RARE_M + RARE_SUR + IMMIGRANT_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Jurema", "Iracema", "Doralice", "Cleonice", "Marinalva", "Tarcísio", "Cirilo", "Sandoval", "Belchior",
                        "Mirtes", "Hermínia", "Eulália", "Deolinda", "Genésio", "Wilma", "Juana", "Nilda", "Celso", "Ramón",
                        "Nelson", "Odete", "Ester", "Mangueira", "Parreira", "Pestana", "Benevides", "Mascarenhas", "Gondim",
                        "Capistrano", "Alencastro", "Landim", "Tinoco", "Cotrim", "Valadão", "Guedelha", "Lindalva", "Galdino",
                        "Percy", "Edwin", "Wanda", "Eleni", "Flor de María", "Valdirene", "Reginaldo Kauê", "Jailson", "Tenório",
                        "Quaresma", "Peregrino", "Sampaio Corrêa", "Coutinho Maia", "Svetlana", "Anastasia", "Dmitri", "Tunde"])
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
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Travessa", "Travessa", "Beco", "Praça", "Estrada", "Ramal", "Passagem", "Largo", "Vila"]
STREET_NAMES = ["da Praia", "Beira Mar", "dos Pescadores", "do Porto", "da Colônia", "do Mangue", "São Pedro", "Nossa Senhora dos Navegantes",
                "Iemanjá", "dos Jangadeiros", "da Maré", "do Farol", "das Ostras", "Pescador Zózimo Arrais", "Mestre Hermógenes Tinoco",
                "Bento Gonçalves", "Prudente de Morais", "da Aurora", "Rosa dos Ventos", "Tiradentes", "Sete de Setembro", "do Trapiche",
                "das Marisqueiras", "Jorge Amado", "Castro Alves", "Santos Dumont", "da Ribeira", "do Caranguejo", "Vereador Deoclécio Landim",
                "Dona Quitéria Carapeba", "Almirante Tamandaré", "Marcílio Dias", "da Luz", "das Gaivotas", "do Cais", "da Estação",
                "Getúlio Vargas", "Presidente Vargas", "Rio Branco", "Coronel Ubaldino Furquim", "dos Coqueiros", "das Salinas",
                "Padre Anacleto Landim", "Boa Esperança", "Igarapé Açu", "do Tambaqui", "Beira Rio", "da Barra", "Zumbi dos Palmares",
                "Irmã Dulce", "Professora Zulmira Cotrim", "da Jangada", "São Francisco", "Pioneiro Egon Kuhnen", "Capitão Crispiniano Arrais"]
CITIES = [("Cananéia", "SP"), ("Ubatuba", "SP"), ("Santos", "SP"), ("Cabo Frio", "RJ"), ("Paraty", "RJ"), ("São Gonçalo", "RJ"),
          ("Laguna", "SC"), ("Itajaí", "SC"), ("Governador Celso Ramos", "SC"), ("Florianópolis", "SC"), ("Rio Grande", "RS"),
          ("Tramandaí", "RS"), ("Pelotas", "RS"), ("Paranaguá", "PR"), ("Guaratuba", "PR"), ("Ilhéus", "BA"), ("Valença", "BA"),
          ("Canavieiras", "BA"), ("Salvador", "BA"), ("Juazeiro", "BA"), ("Tamandaré", "PE"), ("Goiana", "PE"), ("Petrolina", "PE"),
          ("Recife", "PE"), ("Icapuí", "CE"), ("Camocim", "CE"), ("Fortaleza", "CE"), ("Areia Branca", "RN"), ("Natal", "RN"),
          ("Baía da Traição", "PB"), ("Cabedelo", "PB"), ("Penedo", "AL"), ("Maceió", "AL"), ("Estância", "SE"), ("Aracaju", "SE"),
          ("Parnaíba", "PI"), ("Luís Correia", "PI"), ("Raposa", "MA"), ("São Luís", "MA"), ("Bragança", "PA"), ("Vigia", "PA"),
          ("Cametá", "PA"), ("Belém", "PA"), ("Santarém", "PA"), ("Parintins", "AM"), ("Tefé", "AM"), ("Manaus", "AM"),
          ("Conceição da Barra", "ES"), ("Vitória", "ES"), ("Corumbá", "MS"), ("Cáceres", "MT"), ("Pirapora", "MG"),
          ("Porto Velho", "RO"), ("Macapá", "AP"), ("Araguatins", "TO"), ("São Félix do Araguaia", "MT")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Vila dos Pescadores", "Prainha", "Ponta do Mangue", "Barra", "Porto", "Praia do Bento", "Beira-Rio",
           "Comunidade do Caranguejo", "Vila da Luz", "Pontal", "Coqueiral", "Ilha das Ostras", "Maré Mansa", "Vila Rosa",
           "Alto da Paz", "Cohab", "São Pedro", "Salinas", "Farol", "Aurora", "Vila Nova", "Cidade Alta", "Ribeira", "Trapiche",
           "Jangada", "Ponta Grossa", "Pedra do Sal"]
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
                                            "Wesley Kauã", "Adélia Maria", "Liz Mabel", "Nha Djassi", "Kássia Suellen",
                                            "Reginaldo Kauê", "Leidy Johana", "Jhon Fredy"):
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
        num = str(self.ri(3, 3999)) if self.chance(0.85) else "s/n"
        if t == "Ramal":
            num = f"km {self.ri(2, 48)}"
        comp = self.pick(["", "", "", "", "", f"casa {self.ri(1, 9)}", f"casa {self.pick('ABC')}", "fundos", f"apto {self.ri(11, 304)}",
                          f"quadra {self.ri(1, 30)} lote {self.ri(1, 40)}", f"Qd {self.ri(1, 30)} Lt {self.ri(1, 40)}", "térreo",
                          f"bloco {self.pick('ABCD')} apto {self.ri(11, 408)}"]) if t != "Ramal" else self.pick(["", "", f"casa {self.ri(1, 9)}", "fundos"])
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            return fold(f"{ab.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")).lower()
        ab = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in ab:
            t = ab[t]
        sep = self.pick([", ", ", nº ", " ", ", "]) if num[0].isdigit() else ", "
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

    def cat(self, other: "Doc") -> "Doc":
        """Append another Doc, its spans shifted."""
        base = len(self.text)
        self.spans.extend({"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in other.spans)
        self.text += other.text
        return self

    def f(self, template: str, **vals) -> "Doc":
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span, a Doc is appended with its spans, a plain value is text."""
        cur = 0
        for m in MARK.finditer(template):
            self.t(template[cur:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, Doc):
                self.cat(v)
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
RG_ORG = ["SSP/BA", "SDS/PE", "SSP/CE", "SSP/RN", "SSP/AL", "SSP/SE", "SSP/PI", "SSP/MA", "SEGUP/PA", "SSP/AM", "SESP/SC",
          "IGP/RS", "SESP/PR", "SSP/SP", "DETRAN/RJ", "SSP/PB", "SESP/ES"]
JOBS = {True: ["pescadora artesanal", "marisqueira", "catadora de caranguejo", "pescadora e marisqueira", "aquicultora",
               "comerciante de pescado", "descascadeira de camarão", "ostreicultora", "filetadora", "do lar"],
        False: ["pescador artesanal", "pescador profissional", "armador de pesca", "mestre de embarcação", "comerciante de pescado",
                "aquicultor", "carcinicultor", "mergulhador", "marinheiro de convés", "carpinteiro naval", "ostreicultor", "comerciante"]}


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


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def pedido(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"#{g.d(8)}", f"PD-{g.d(6)}", g.neg(11), f"{g.hexs(8, True)}", f"{g.d(4)}.{g.d(4)}.{g.d(3)}"]))


def e2e(g: Gen, t: datetime.datetime | None = None) -> str:
    """A Pix end-to-end transaction id (not labelled)."""
    t = t or g.moment()
    return clean(g, lambda: f"E{g.d(8)}{t.strftime('%Y%m%d%H%M')}{g.hexs(11, True)}")


def serial(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.d(1)}{g.up(2)}{g.d(4)}{g.up(1)}{g.d(1)}{g.up(2)}", f"SN{g.hexs(10, True)}", f"C02{g.up(2)}{g.d(3)}{g.up(3)}"]))


def ctps(g: Gen, uf: str) -> str:
    return g.pick([f"{g.d(7)} série {g.d(4)}-{uf}", f"{g.d(7)}/{g.d(5)}-{uf}", "digital"])


def lote_vacina(g: Gen) -> str:
    return g.pick([f"{g.up(2)}{g.d(4)}", f"{g.d(3)}{g.up(1)}{g.d(2)}", f"{g.up(1)}{g.d(5)}-{g.d(1)}"])


def bo_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.up(2)}{g.d(4)}-{g.ri(1, 9)}/{g.ri(2025, 2026)}", f"{g.d(6)}/{g.ri(2025, 2026)}", f"BO {g.d(4)}/{g.ri(2025, 2026)}"]))


def money(g: Gen, lo: float, hi: float) -> float:
    return round(g.rng.uniform(lo, hi), 2)


# --------------------------------------------------------------------------- register: artisanal fishing, colonies, defeso

SEED = 12525
OUT_NAME = "hundredtwentyfifth.jsonl"

# (name, short name, e-mail domain, city, UF); colonies named after people ("Mestre Zózimo Arrais") are not persons
COLONIES = [
    ("Colônia de Pescadores Z-3 Praia da Aurora", "Colônia Z-3", "coloniaz3aurora.org.br", "Laguna", "SC"),
    ("Colônia de Pescadores Z-10 Leão do Mar", "Colônia Z-10", "z10leaodomar.org.br", "Canavieiras", "BA"),
    ("Colônia de Pescadores Z-18 Rosa dos Ventos", "Colônia Z-18", "z18rosadosventos.org.br", "Tamandaré", "PE"),
    ("Colônia de Pescadores Z-21 Maré Serena", "Colônia Z-21", "coloniamareserena.org.br", "Icapuí", "CE"),
    ("Colônia de Pescadores Z-5 Barra do Bento", "Colônia Z-5", "z5barradobento.org.br", "Areia Branca", "RN"),
    ("Colônia de Pescadores Z-16 Vila da Luz", "Colônia Z-16", "z16viladaluz.org.br", "Vigia", "PA"),
    ("Colônia de Pescadores Z-13 Ilha do Prudente", "Colônia Z-13", "z13ilhadoprudente.org.br", "Raposa", "MA"),
    ("Colônia de Pescadores Z-2 Mangue Celeste", "Colônia Z-2", "z2mangueceleste.org.br", "Penedo", "AL"),
    ("Colônia de Pescadores Z-9 Lagoa Constante", "Colônia Z-9", "z9lagoaconstante.org.br", "Rio Grande", "RS"),
    ("Colônia de Pescadores Z-28 Estrela do Norte", "Colônia Z-28", "z28estreladonorte.org.br", "Parintins", "AM"),
    ("Colônia de Pescadores Z-7 Mestre Zózimo Arrais", "Colônia Z-7", "z7mestrezozimo.org.br", "Cananéia", "SP"),
    ("Colônia de Pescadores Z-14 Dona Quitéria Carapeba", "Colônia Z-14", "z14quiteria.org.br", "Parnaíba", "PI"),
]
ASSOCS = ["Associação das Marisqueiras da Prainha Flor de Sal", "Associação dos Pescadores Artesanais do Pontal do Bento",
          "Associação dos Catadores de Caranguejo do Mangue Celeste", "Associação de Maricultores da Baía Serena",
          "Associação dos Jangadeiros de Ponta Vitória", "Associação de Pescadores e Pescadoras do Lago Prudente",
          "Associação Comunitária dos Pescadores da Ilha das Ostras"]
COOPS = [("Cooperativa Mista dos Pescadores Leão do Mar — COOPLEÃO", "coopleao.coop.br"),
         ("Coopesca Aurora — Cooperativa de Pesca Artesanal", "coopescaaurora.coop.br"),
         ("Cooperativa Maré Alta de Pescadores", "coopmarealta.com.br"), ("Cooperativa dos Maricultores Ostra Viva", "ostraviva.coop.br"),
         ("Cooperativa de Pescadores Amado & Sereno", "amadosereno.coop.br")]
FISH_FIRMS = [("Frigorífico de Pescados Sereno Ltda.", "pescadossereno.com.br"), ("Beneficiadora de Camarão Mar de Rosa Ltda.", "marderosa.com.br"),
              ("Entreposto Pescados Estrela-Guia Ltda.", "estrelaguiapescados.com.br"), ("Peixaria Vitória Régia Ltda. ME", "peixariavitoriaregia.com.br"),
              ("Tainha Dourada Comércio de Pescados Ltda.", "tainhadourada.com.br"), ("Pescados Arrais & Filhos Ltda.", "arraisefilhos.com.br"),
              ("Lagosta Branco Exportadora Ltda.", "lagostabranco.com.br"), ("Camarões Prudente Indústria e Comércio Ltda.", "camaroesprudente.com.br")]
FARMS = [("Carcinicultura Lagoa Prudente Ltda.", "lagoaprudente.com.br"), ("Fazenda de Camarão Salina do Bento Ltda.", "salinadobento.com.br"),
         ("Ostras da Aurora Maricultura Ltda. ME", "ostrasdaaurora.com.br"), ("Fazenda Marinha Celeste Ltda.", "fazendamarinhaceleste.com.br"),
         ("Aquicultura Tinoco & Landim Ltda.", "tinocolandim.com.br")]
SHOPS = [("Casa do Pescador Amado", "casadopescadoramado.com.br"), ("Náutica Leão Branco", "nauticaleaobranco.com.br"),
         ("Redes & Anzóis da Barra", "redeseanzois.com.br"), ("Loja do Mar Sereno", "lojamarsereno.com.br"),
         ("Ferragens Navais Flor do Mar", "flordomarnaval.com.br"), ("Motores Rabeta Prudente", "rabetaprudente.com.br")]
MARKETS = ["Mercado de Peixe da Ponta do Bento", "Mercado do Peixe Vila da Luz", "Feira do Pescado de Sábado", "Mercado Municipal Estrela do Norte",
           "Mercado de Peixe do Cais Aurora"]
# boats named after people or saints are not persons ("Dona Iracema", "Mestre Amado", "São Pedro Pescador")
BOATS = ["Estrela do Mar II", "Flor de Maria", "Leão da Barra", "Vitória Régia", "Aurora Dourada", "Rosa dos Ventos III", "Deus é Fiel",
         "Bento da Maré", "Dona Iracema", "Dona Zulmira II", "São Pedro Pescador", "Mestre Amado", "Brisa do Norte", "Serena IV",
         "Prudente I", "Iemanjá Rainha", "Luz do Farol", "Pérola Negra", "Nossa Senhora dos Navegantes", "Marina Celeste", "Filho de Deus VII"]
BOAT_KIND = ["B/P", "barco", "canoa motorizada", "jangada", "bote", "lancha", "baiteira", "saveiro"]
SPECIES = [("camarão-rosa", 38.0), ("camarão sete-barbas", 16.0), ("tainha", 14.0), ("lagosta vermelha (cauda)", 145.0), ("pescada amarela", 24.0),
           ("robalo", 42.0), ("sardinha", 6.5), ("caranguejo-uçá (corda)", 45.0), ("ostra (dúzia)", 28.0), ("sururu (kg limpo)", 32.0),
           ("tambaqui", 17.0), ("curimatã", 9.0), ("dourada", 21.0), ("cavala", 26.0), ("serra", 19.0), ("bagre", 11.0), ("corvina", 13.0),
           ("pargo", 33.0), ("siri (kg catado)", 55.0), ("mexilhão", 12.0), ("pirarucu (manejo)", 22.0), ("arabaiana", 29.0)]
DEFESOS = [("lagosta", "1º de dezembro a 31 de maio"), ("camarão", "1º de março a 31 de maio"), ("caranguejo-uçá", "andadas de janeiro a março"),
           ("piracema", "1º de novembro a 28 de fevereiro"), ("sardinha", "1º de novembro a 15 de fevereiro"), ("robalo", "15 de maio a 31 de julho"),
           ("pargo", "15 de dezembro a 30 de abril"), ("tainha", "15 de março a 15 de agosto"), ("mero", "o ano inteiro (proibido)")]
GEAR = ["rede de emalhar", "tarrafa", "espinhel", "covo", "manzuá", "rede de arrasto de portas", "linha de mão", "puçá", "camboa", "zangaria",
        "caçoeira", "groseira", "rede de cerco"]
ENGINES = ["motor de rabeta 6,5 HP", "motor Yanmar 11 HP", "motor de centro MWM 4 cilindros", "motor de popa 15 HP", "motor de popa 40 HP",
           "motor Tobata 18 HP", "motor de rabeta 13 HP"]
SUPPLIES = [("rolo de nylon 0,40", 89.0), ("rolo de nylon 0,60", 112.0), ("pano de rede malha 35", 340.0), ("tarrafa 2,5 m", 260.0),
            ("caixa de anzol nº 7", 38.0), ("colete salva-vidas classe V", 119.0), ("boia circular", 145.0), ("bateria 60 Ah", 520.0),
            ("vela de ignição", 28.0), ("hélice 3 pás", 410.0), ("corda de nylon 10 mm (100 m)", 230.0), ("caixa térmica 170 L", 690.0),
            ("âncora garatéia 8 kg", 180.0), ("óleo 2T (1 L)", 39.0), ("lanterna à prova d'água", 95.0), ("luva de malha de aço", 75.0)]
FISH_WORDS = ["Tainha", "Pescada", "Camarão", "Siri", "Arraia", "Baiacu", "Robalo", "Sardinha", "Caranguejo", "Bagre", "Sururu", "Cação",
              "Piaba", "Cavala", "Mero"]
NICK_TAILS = ["da Rede", "do Bote", "da Jangada", "do Mangue", "da Barra", "do Farol", "da Ponta", "do Porto", "da Ostra", "do Remo",
              "Mergulhão", "Boia", "Maré", "do Cais"]
OCC_CLINICS = [("Clínica Ocupacional Maré Alta", "clinicamarealta.com.br"), ("Saúde Trabalho Leão do Norte", "leaodonorte.med.br"),
               ("Ocupa Vida Bonfim", "ocupavidabonfim.com.br"), ("MedPesca Saúde Ocupacional", "medpesca.com.br")]
HYPERBARIC = ["Centro de Medicina Hiperbárica Aurora", "Serviço de Oxigenoterapia Hiperbárica do Hospital São Bento",
              "Unidade Hiperbárica Leão do Mar", "HiperMar Medicina Hiperbárica"]
HOSPITALS = ["Hospital Regional de {c}", "UPA 24h de {c}", "Hospital Municipal São Pedro", "Santa Casa de Misericórdia de {c}",
             "Hospital Universitário Aurora Prudente"]
UBS = ["UBS Vila dos Pescadores", "UBS da Prainha", "Unidade de Saúde da Família Ponta do Mangue", "ESF Ilha das Ostras", "UBS Beira-Rio",
       "Posto de Saúde da Barra"]
CEREST = ["CEREST Regional Litoral", "CEREST Estrela do Norte", "Centro de Referência em Saúde do Trabalhador — Regional Sul", "CEREST Vila da Luz"]
BANK_PROG = [("Banco do Povo Praiano", "MarCrédito"), ("Agência de Fomento Maré Cheia", "Crédito Pescador"), ("Sicoob Costa Serena", "Rede & Motor"),
             ("Banco Comunitário Sururu", "Moeda Sururu Produtiva")]
ROLE_BOXES = ["secretaria", "contato", "atendimento", "colonia", "diretoria", "tesouraria", "financeiro", "cobranca", "vendas", "pedidos",
              "juridico", "rh", "dp", "sesmt", "medicina", "enfermagem", "agendamento", "saude", "ubs", "cerest", "vigilancia", "protocolo",
              "ouvidoria", "no-reply", "naoresponda", "notificacoes", "fiscal", "contabilidade", "credito", "sac", "compras", "expedicao",
              "qualidade", "defeso", "rgp", "cadastro", "associados", "dpo", "lgpd", "hiperbarica", "crediario", "loja", "intimacoes",
              "regulacao", "cpsc", "sfpa"]
MONTHS_LOW = [fold(m) for m in MONTHS]
CID_OCC = [("L57.0", "ceratose actínica"), ("C44.3", "neoplasia maligna da pele da face (a esclarecer)"), ("H11.0", "pterígio"),
           ("M54.5", "dor lombar baixa"), ("H83.3", "perda auditiva induzida por ruído"), ("G56.0", "síndrome do túnel do carpo"),
           ("M75.1", "síndrome do manguito rotador"), ("L24.9", "dermatite de contato irritativa"), ("B35.3", "tinha dos pés"),
           ("M65.4", "tenossinovite de De Quervain"), ("I10", "hipertensão essencial"), ("L55.1", "queimadura solar de segundo grau")]
TRF = {"AC": "4.01", "AM": "4.01", "AP": "4.01", "BA": "4.01", "DF": "4.01", "GO": "4.01", "MA": "4.01", "MT": "4.01", "PA": "4.01",
       "PI": "4.01", "RO": "4.01", "RR": "4.01", "TO": "4.01", "RJ": "4.02", "ES": "4.02", "SP": "4.03", "MS": "4.03", "RS": "4.04",
       "SC": "4.04", "PR": "4.04", "AL": "4.05", "CE": "4.05", "PB": "4.05", "PE": "4.05", "RN": "4.05", "SE": "4.05", "MG": "4.06"}


def colony(g: Gen) -> tuple[str, str, str, str, str]:
    return g.pick(COLONIES)


def fnick(g: Gen, p: Person) -> str:
    """A fisher's nickname: 'Zé da Rede', 'Chico Tainha', 'Nalva do Mangue', or the plain short form."""
    base = p.nick if p.nick != p.first or g.chance(0.5) else p.first.split()[0]
    r = g.rng.random()
    if r < 0.4:
        return f"{base} {g.pick(FISH_WORDS)}"
    if r < 0.8:
        return f"{base} {g.pick(NICK_TAILS)}"
    return base


def rgp(g: Gen, uf: str) -> str:
    """A fisher's RGP number (not labelled)."""
    return clean(g, lambda: g.pick([f"{uf}{g.d(8)}", f"{uf}-{g.d(7)}-{g.d(1)}", f"{uf}0{g.d(7)}", f"{uf} {g.d(3)}.{g.d(4)}"]))


def inscr(g: Gen) -> str:
    """A boat's inscription number at the Capitania dos Portos (not labelled)."""
    return clean(g, lambda: g.pick([f"{g.d(3)}-{g.d(6)}-{g.d(1)}", f"{g.d(3)}{g.up(1)}{g.d(7)}", f"{g.d(10)}"]))


def cir(g: Gen) -> str:
    """A fisher's Caderneta de Inscrição e Registro (CIR) number at the Navy (not labelled)."""
    return clean(g, lambda: f"{g.d(3)}M{g.ri(1998, 2024)}{g.d(5)}")


def cha(g: Gen) -> str:
    """A boater's licence (Carteira de Habilitação de Amador, Arrais-Amador) number: not a CNH, not labelled."""
    return clean(g, lambda: f"{g.d(3)}A{g.ri(2005, 2025)}{g.d(4)}")


def nb(g: Gen) -> str:
    """An INSS benefit or request number (not labelled)."""
    return clean(g, lambda: g.pick([f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", f"{g.ri(1, 2)}{g.d(9)}"]))


def nf(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"NF-e {g.d(3)}.{g.d(3)}.{g.d(3)}", f"NFP-e nº {g.d(6)}", f"nota do produtor {g.d(5)}", f"NF {g.d(4)}"]))


def caf(g: Gen, uf: str) -> str:
    """A family-farming register (CAF/DAP) number (not labelled)."""
    return clean(g, lambda: g.pick([f"{uf}{g.d(6)}.{g.ri(2023, 2026)}.{g.d(6)}", f"SDW{g.d(10)}{g.d(2)}", f"CAF {uf}-{g.d(8)}"]))


def licenca(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"LO nº {g.d(3)}/{g.ri(2021, 2026)}", f"LAU {g.d(5)}/{g.ri(2022, 2026)}", f"RIAP {g.d(4)}.{g.d(4)}"]))


def cnj_fed(g: Gen, uf: str) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.{TRF[uf]}.{g.d(4)}")


def boat(g: Gen) -> str:
    return g.pick(BOATS)


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "inv": p.inverted, "lfirst": lower(p.first)}[f])


def word_neg(g: Gen) -> str:
    """A sentence with name-like words used as words, boats, firms and places (never labelled)."""
    return g.pick(["A maré estava serena e a lancha Vitória Régia saiu cedo para o pesqueiro.",
                   "Seria prudente esperar o vento virar antes de atravessar a barra.",
                   "A luz do farol da Ponta do Bento está apagada desde terça; a Capitania já foi avisada.",
                   "A rosa dos ventos da casa do barco foi pintada de novo para a Festa de São Pedro.",
                   "A procissão de Nossa Senhora dos Navegantes sai do cais às 16h.",
                   "O Mercado de Peixe da Ponta do Bento fecha para dedetização na segunda.",
                   "Foi uma vitória conseguir o gelo a R$ 12,00 a barra com a cooperativa.",
                   "A brisa do nordeste entrou forte e ninguém saiu para a pedra.",
                   "A Beneficiadora de Camarão Mar de Rosa voltou a comprar o sete-barbas.",
                   "A marina fechou a rampa para reforma até o fim do mês.",
                   "Esperança de todo mundo é que o defeso saia antes da lua cheia.",
                   "A pérola do mangue, a ostra da Baía Serena, ganhou selo de indicação geográfica.",
                   "O B/P Dona Iracema e o Mestre Amado ficaram presos no estaleiro por falta de peça."])


def chat_neg(g: Gen) -> str:
    """A chat aside with name-like words used as words, boats and places."""
    return g.pick(["a maré tá serena hoje, bora pra pedra", "o leão-marinho apareceu de novo na praia kkk", "a luz do farol tá piscando",
                   "achei uma estrela-do-mar enorme no curral", "brisa forte do nordeste, ninguém sai hoje", "o dona iracema voltou cheio de tainha 🐟",
                   "vitória! o gelo chegou", "justo hoje o motor pifou", "a marina tá fechada pra reforma", "o mestre amado tá no estaleiro ainda",
                   "tá uma rosa de vento danada lá fora", "quem vai na festa de são pedro?"])


def dated(t: datetime.datetime) -> str:
    return f"{t.day} de {MONTHS[t.month - 1]} de {t.year}"


# --------------------------------------------------------------------------- atendimento


def at_zap_colonia(g: Gen) -> Doc:
    """The colony's WhatsApp group (or a private chat with the secretary): the defeso's paperwork, CPF and NIT sent to check the RGP, a daughter writing for a father without WhatsApp, the dues to the colony's random Pix key, the buyer's truck at the pier, a new number."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    sec = g.person(female=g.chance(0.7))
    st = chat_stamp(g)
    tt = iter(seq_times(g, 60, g.moment(hours=(5, 19)), 40, 2400))
    group = g.chance(0.65)
    mem = [g.person(female=g.chance(0.35)) for _ in range(5)]
    sp, period = g.pick(DEFESOS[:8])
    if group:
        doc.f("Conversa do WhatsApp com «g»\n\n", g=g.pick([f"{cshort} | avisos 🎣", f"Pescadores {cshort} {ccity}", f"{cshort} — sócios", "COLÔNIA INFORMA 📢"]))
        SEC = P(g.pick([sec.first, sec.short, lower(sec.first), sec.nick])) if g.chance(0.4) else V(g.pick([f"{cshort} Secretaria", "Secretaria Colônia", cshort]))
        S = [(g.phone("wa"), "PHONE_NUMBER") if g.chance(0.7) else P(g.pick([fnick(g, p), p.first, lower(p.first), p.short])) for p in mem]
    else:
        doc.f("Conversa do WhatsApp com «n»\n\n", n=P(g.pick([sec.first, sec.short])) if g.chance(0.4) else V(f"{cshort} Secretaria"))
        SEC = P(g.pick([sec.first, sec.short])) if g.chance(0.4) else V(f"{cshort} Secretaria")
        S = [V("Você")] * 5
    ddef = g.day()
    cl(doc, st(next(tt)), SEC, "«x» o defeso do «s» vai de «p». quem vai dar entrada no seguro-defeso traz: RG, CPF, comprovante de residência, NIT, "
       "RGP ativo e as notas de venda do pescado. atendimento na sede a partir de «d»", x=g.pick(["bom dia a todos.", "ATENÇÃO PESCADORES!", "boa tarde, pessoal."]),
       s=sp, p=period, d=dbr(ddef))
    m0 = mem[0]
    if g.chance(0.6):
        cl(doc, st(next(tt)), S[0], "«t» «x» meu rgp venceu, dá pra renovar aí na colônia?", t="dona" if sec.female else "seu", x=P(lower(sec.first)))
    else:
        cl(doc, st(next(tt)), S[0], "«x» meu rgp venceu, dá pra renovar aí na colônia?", x=g.pick(["bom dia", "oi", "bom dia colônia"]))
    cl(doc, st(next(tt)), SEC, "manda seu cpf e o nit que eu olho no sistema")
    cpf0 = g.cpf(g.pick(["dot", "raw", "raw"]))
    if g.chance(0.6):
        cl(doc, st(next(tt)), S[0], "cpf «c» nit «n»", c=(cpf0, "BR_CPF"), n=(g.pis(), "BR_PIS"))
    else:
        cl(doc, st(next(tt)), S[0], "«c»", c=(cpf0, "BR_CPF"))
        cl(doc, st(next(tt)), S[0], "o nit é esse «n»", n=(g.pis(), "BR_PIS"))
    if group:
        cl(doc, st(next(tt)), SEC, "@«n» seu RGP («r») tá ativo até «d», o que travou foi a GPS de «m» que não foi paga. passa aqui que eu emito", n=P(g.pick([m0.first, lower(m0.first), fnick(g, m0)])),
           r=rgp(g, cuf), d=g.date("br", 2026), m=g.pick(MONTHS_LOW))
    else:
        cl(doc, st(next(tt)), SEC, "seu RGP («r») tá ativo até «d», o que travou foi a GPS de «m». passa aqui que eu emito", r=rgp(g, cuf), d=g.date("br", 2026), m=g.pick(MONTHS_LOW))
    if g.chance(0.6):
        fa = mem[1]
        da = g.relative(fa, female=True)
        who = S[1] if group else S[0]
        cl(doc, st(next(tt)), who, "bom dia sou «f» filha do «n», ele não tem zap. o cpf dele é «c» e nasceu «d». ele pode ir amanhã?",
           f=P(g.pick([da.first, lower(da.first), da.short])), n=P(g.pick([fnick(g, fa), fa.first, lower(fa.short)])), c=(g.cpf(), "BR_CPF"),
           d=(g.dob(g.pick(["br", "nopad", "short"]), 1948, 1975), "DATE_OF_BIRTH"))
        cl(doc, st(next(tt)), SEC, "pode sim, das 8 às 12. traz o documento original dele")
    if g.chance(0.55):
        cl(doc, st(next(tt)), SEC, "lembrando: a mensalidade da colônia é R$ «v». pode pagar no pix chave aleatória «k» e mandar o comprovante no privado",
           v=brl(g.pick([10.0, 15.0, 20.0, 25.0])), k=(g.uuid(), "PIX_KEY"))
        cl(doc, st(next(tt)), S[g.ri(0, 4)] if group else S[0], g.pick(["paguei 👍", "pago o de março e abril", "ok", "amanhã eu pago"]))
    if g.chance(0.5):
        cl(doc, st(next(tt)), S[2] if group else S[0], "o caminhão do «w» tá no trapiche, placa «p», comprando «s» a «v» o quilo",
           w=g.pick(["atravessador", "frigorífico", "homem do gelo", "comprador de fora"]), p=(g.plate(), "LICENSE_PLATE"), s=g.pick(SPECIES)[0].split(" (")[0],
           v=brl(money(g, 6, 40)))
    if group and g.chance(0.6):
        names = g.sample(mem[1:], g.ri(2, 3))
        doc.t(st(next(tt)))
        doc.e(*SEC)
        doc.t(": o pessoal do INSS vem dia " + g.date("short") + " atender quem tá com exigência:\n")
        for k, p in enumerate(names):
            doc.t(f"{k + 1}. ")
            doc.e(g.pick([p.caps, p.full, p.capsf]), "PERSON")
            if g.chance(0.25):
                doc.t(" (")
                doc.e(fnick(g, p), "PERSON")
                doc.t(")")
            doc.t("\n")
    if g.chance(0.5):
        who = S[g.ri(1, 4)] if group else S[0]
        cl(doc, st(next(tt)), who, "troquei de número, o novo é «t»", t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if group and g.chance(0.6):
        cl(doc, st(next(tt)), S[g.ri(1, 4)], chat_neg(g))
    if g.chance(0.4):
        cl(doc, st(next(tt)), SEC, "quem não tem nota de venda pede pro comprador emitir no CPF de vocês. o «f» (CNPJ «c») tá emitindo", f=g.pick(FISH_FIRMS)[0],
           c=(g.any_cnpj(), "BR_CNPJ"))
    cl(doc, st(next(tt)), SEC, g.pick(["bom dia e boa pescaria 🐟", "qualquer dúvida chama no privado", "👍", "a colônia abre amanhã às 8h"]))
    return doc


def at_stt_defeso(g: Gen) -> Doc:
    """A call's speech-to-text transcript at the colony or the fishers' federation about a denied seguro-defeso: the wife calls for her husband (CPF, NIT, birth date, phone, address and CEP spoken in groups or in words; the protocol and the RGP read out, unlabelled), and the attendant's typed summary."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    at = g.person(female=g.chance(0.6))
    f = g.person(female=False)
    w = g.relative(f, female=True) if g.chance(0.5) else g.person(female=True)
    cpf = g.cpf_digits()
    pis = re.sub(r"\D", "", g.pis("raw"))
    ddd, local = g.msisdn()
    dd, mm, yy = g.dob_parts(1958, 1995)
    cep = g.cep(False)
    addr = g.address("low")
    prot = clean(g, lambda: g.d(10))
    doc.f("Transcrição automática — «n» — ramal «r» — duração «d»\n\n", n=g.pick([f"{cshort} {ccity}", f"Federação dos Pescadores do Estado — {cuf}", cname]),
          r=g.ri(200, 299), d=f"{g.ri(4, 15):02d}:{g.ri(0, 59):02d}")
    A = g.pick(["atendente", "agente", "a1"])
    C = g.pick(["cliente", "chamador", "c1"])

    def say(who: str, tpl: str, **vals) -> None:
        doc.t(f"{who}: ")
        doc.f(tpl, **vals)
        doc.t("\n")
    say(A, "«n» bom dia «a» falando", n=lower(cshort) if g.chance(0.5) else "colônia", a=P(lower(at.first)))
    say(C, "bom dia minha filha é sobre o seguro defeso do meu marido que deu indeferido")
    say(A, "certo a senhora é a esposa qual o nome dele completo")
    fk = fnick(g, f)
    say(C, "«n» mas todo mundo conhece ele por «k»", n=P(f.low), k=P(lower(fk)))
    say(A, "e o nome da senhora")
    say(C, "«n»", n=P(lower(g.pick([w.full, w.first + " " + w.last]))))
    say(A, "me passa o cpf dele")
    say(C, "«c»", c=(stt_cpf(cpf, g), "BR_CPF"))
    say(A, "e o nit ou pis dele")
    say(C, "«p»", p=(g.pick([spoken_digits(pis, g), f"{pis[:3]} {pis[3:8]} {pis[8:10]} {pis[10]}", " ".join(pis[i:i + 3] for i in range(0, 11, 3))]), "BR_PIS"))
    say(A, "data de nascimento dele")
    say(C, "«d»", d=(g.pick([f"{dd} do {mm} de {yy}", f"{dd} de {MONTHS_LOW[mm - 1]} de {yy}", f"{dd} do {mm} de {yy % 100:02d}"]), "DATE_OF_BIRTH"))
    say(A, "a senhora tem o número do protocolo do requerimento")
    say(C, "tenho é «p»", p=g.pick([" ".join(prot[i:i + 2] for i in range(0, 10, 2)), spoken_digits(prot, g)]))
    say(A, "tá aqui no sistema o motivo foi «m»", m=g.pick(["não comprovou a comercialização do pescado", "consta vínculo no cnis com a prefeitura",
                                                            "rgp suspenso no período", "ele recebe benefício de prestação continuada",
                                                            "falta a declaração da colônia"]))
    say(C, "mas ele pesca a vida toda menina vende tudo pro «x»", x=g.pick(["atravessador", "mercado", "frigorífico", "pessoal da cooperativa"]))
    say(A, "eu sei vamos fazer o recurso preciso de um telefone pra contato")
    say(C, "«t»", t=(g.pick([f"{ddd} {local[0]} {local[1:5]} {local[5:]}", f"{spoken_digits(ddd, g)} {spoken_digits(local, g)}", f"{ddd} {local[:5]} {local[5:]}"]),
                      "PHONE_NUMBER"))
    say(A, "e o endereço de vocês")
    say(C, "«a» «b» cep «p»", a=(addr, "ADDRESS"), b=lower(g.pick(BAIRROS)), p=(stt_groups(cep, g), "BR_CEP"))
    if g.chance(0.5):
        r_ = rgp(g, cuf)
        say(A, "o rgp dele termina em quanto")
        say(C, "é «r» o papel tá aqui", r=" ".join(c for c in r_ if c.isdigit())[-9:])
    say(A, "então traz ele aqui com as notas de venda e a carteira de pescador que a gente dá entrada no recurso até dia «d»", d=g.date("short"))
    say(C, g.pick(["tá bom deus te abençoe", "obrigada minha filha", "tá certo", "ok obrigada"]))
    doc.t("\n--- Resumo do atendimento ---\n")
    fields = [("Segurado", P(g.pick([f.full, f.caps]))), ("Apelido", P(fk)), ("CPF", (fmt_cpf(cpf), "BR_CPF")),
              ("NIT", (f"{pis[:3]}.{pis[3:8]}.{pis[8:10]}-{pis[10]}", "BR_PIS")), ("Nascimento", (f"{dd:02d}/{mm:02d}/{yy}", "DATE_OF_BIRTH")),
              ("Contato", (g.fmt_phone(ddd, local, g.pick(["par", "plain"])), "PHONE_NUMBER")), ("Falou com", P(g.pick([w.full, w.first]))),
              ("Endereço", (addr, "ADDRESS")), ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP")), ("Protocolo INSS", V(prot)),
              ("Encaminhamento", V(g.pick(["recurso à JR/CRPS", "novo requerimento", "ação no JEF (advogado da colônia)"]))),
              ("Atendente", P(at.short) if g.chance(0.5) else V(login(at, g)))]
    kv_block(doc, fields, g.pick(["lines", "dots", "caps"]))
    return doc


def at_ficha_socio(g: Gen) -> Doc:
    """The colony's membership form, often a scan in capitals (OCR'd sometimes): name and nickname, parents, birth date, CPF, RG, NIT, título, CNS sometimes, address, CEP, phone, category, RGP and boat (unlabelled), dependants with birth dates, the signature 'a rogo' and the secretary."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    p = g.person(female=g.chance(0.4))
    mae = g.person(female=True)
    mae = Person(mae.given, [s_ for s_ in mae.surnames if s_ not in PARTICLES][:1] + [p.last] if g.chance(0.5) else mae.surnames, True)
    pai = Person(g.person(female=False, origin="pt").given, [p.last], False)
    sec = g.person(female=g.chance(0.7))
    scan = g.chance(0.5)

    def up(s: str) -> str:
        return ocr_t(s, g, 0.35) if scan else s

    def nm(s: str) -> str:
        return ocr(s, g, 0.3, names=True) if scan else s
    doc.t(up(f"{fold(cname).upper()}\nFUNDADA EM {g.ri(1921, 1989)} — {fold(ccity).upper()}/{cuf}\n\nFICHA DE INSCRIÇÃO DE SÓCIO Nº {g.ri(100, 4999)}\n\n"))
    fields = [("NOME", (nm(p.capsf), "PERSON")), ("APELIDO", (nm(fold(fnick(g, p)).upper()), "PERSON")),
              ("NOME DA MÃE", (nm(mae.capsf), "PERSON"))]
    if g.chance(0.6):
        fields.append(("NOME DO PAI", (nm(pai.capsf), "PERSON")))
    fields += [("DATA DE NASCIMENTO", (g.dob(g.pick(["br", "br", "nopad", "dot"]), 1950, 2004), "DATE_OF_BIRTH")),
               ("NATURALIDADE", V(up(fold("/".join(g.city())).upper()))),
               ("CPF", (g.cpf(), "BR_CPF")), ("RG / ÓRGÃO", (g.rg(), "BR_RG")), ("NIT / PIS", (g.pis(), "BR_PIS"))]
    if g.chance(0.7):
        fields.append(("TÍTULO DE ELEITOR", (g.titulo(), "BR_TITULO_ELEITOR")))
        fields.append(("ZONA / SEÇÃO", V(f"{g.ri(1, 120):03d} / {g.ri(1, 400):04d}")))
    if g.chance(0.4):
        fields.append(("CARTÃO SUS", (g.cns(), "BR_CNS")))
    fields += [("ENDEREÇO", (nm(g.address("caps")), "ADDRESS")), ("COMUNIDADE", V(up(fold(g.pick(BAIRROS)).upper()))),
               ("MUNICÍPIO/UF", V(up(f"{fold(ccity).upper()}/{cuf}"))), ("CEP", (g.cep(g.chance(0.7)), "BR_CEP"))]
    if g.chance(0.8):
        fields.append(("TELEFONE", (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")))
    cat_ = g.pick(["PESCADORA ARTESANAL", "MARISQUEIRA", "CATADORA DE CARANGUEJO"] if p.female else ["PESCADOR ARTESANAL EMBARCADO", "PESCADOR DESEMBARCADO", "MESTRE DE EMBARCAÇÃO"])
    fields += [("CATEGORIA", V(up(cat_))), ("RGP Nº", V(rgp(g, cuf))), ("CIR (MARINHA)", V(cir(g) if g.chance(0.5) else "NÃO POSSUI")),
               ("EMBARCAÇÃO", V(up(fold(f"{g.pick(BOAT_KIND)} {boat(g)}").upper()) if g.chance(0.7) else "NÃO POSSUI / DESEMBARCADO")),
               ("PETRECHOS", V(up(fold(", ".join(g.sample(GEAR, 2))).upper()))), ("ESPÉCIES", V(up(fold(", ".join(s[0].split(" (")[0] for s in g.sample(SPECIES, 3))).upper())))]
    kv_block(doc, fields, g.pick(["caps", "dots", "box"]))
    if g.chance(0.65):
        doc.t(up("\nDEPENDENTES\n"))
        rows = []
        for _ in range(g.ri(1, 3)):
            d_ = g.relative(p)
            rows.append([(nm(d_.capsf), "PERSON"), V(g.pick(["FILHO(A)", "ESPOSA", "FILHA", "FILHO", "COMPANHEIRA", "NETO(A)"])),
                         (g.dob("br", 1985, 2020), "DATE_OF_BIRTH"), (g.cpf(), "BR_CPF") if g.chance(0.5) else V("-")])
        table_ruled(doc, ["NOME", "PARENTESCO", "NASCIMENTO", "CPF"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.t(up(f"\nDECLARO SER PESCADOR(A) PROFISSIONAL ARTESANAL, NOS TERMOS DA LEI 11.959/2009, E QUE A PESCA É MEU MEIO DE VIDA.\n{fold(ccity).upper()}, {fmt_date(g.ri(1, 28), g.ri(1, 12), g.pick([2025, 2026]), 'br')}\n\n"))
    if g.chance(0.45):
        rg_ = g.person()
        doc.f(up("ASSINATURA A ROGO (SÓCIO NÃO ALFABETIZADO, IMPRESSÃO DIGITAL AO LADO): «n», CPF «c»\n"), n=(nm(rg_.capsf), "PERSON"), c=(g.cpf(), "BR_CPF"))
    else:
        doc.t(up("ASSINATURA DO SÓCIO: ______________________\n"))
    doc.f(up("PREENCHIDO POR: «n» — SECRETARIA\n"), n=(nm(g.pick([sec.capsf, fold(sec.short).upper()])), "PERSON"))
    if g.chance(0.5):
        pr = g.person()
        doc.f(up("VISTO DO PRESIDENTE: «n»\n"), n=(nm(pr.capsf), "PERSON"))
    return doc


def at_lista_defeso(g: Gen) -> Doc:
    """The colony's control sheet of seguro-defeso applications (ruled, psql, CSV or TSV): name, CPF, NIT, RGP and INSS protocol (unlabelled), phone, status; notes on denials, a CPF typed wrong, the clerk."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    clerk = g.person(female=g.chance(0.7))
    sp, period = g.pick(DEFESOS[:8])
    doc.f("«c» — controle de requerimentos do seguro-defeso («s», «y»)\n", c=cname, s=sp, y=g.pick(["2025/2026", "2026", "2025"]))
    doc.f("Posição em «d» · acordo de cooperação técnica com o INSS\n\n", d=g.date("br"))
    rows = []
    n = g.ri(4, 7)
    style = g.pick(["plus", "psql", "csv", "tsv", "pipe"])
    for k in range(n):
        p = g.person(female=g.chance(0.35))
        nmv = g.pick([p.full, p.caps, p.capsf])
        sit = g.pick(["DEFERIDO", "DEFERIDO", "EM ANÁLISE", "EXIGÊNCIA", "INDEFERIDO", "DEFERIDO"])
        rows.append([V(str(k + 1)), P(nmv), (g.cpf(g.pick(["dot", "dot", "raw"])), "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.8) else V(""),
                     V(rgp(g, cuf)), V(clean(g, lambda: g.pick([g.d(10), g.neg(11)]))), V(g.date("short")), V(sit),
                     (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER") if g.chance(0.7) else V("")])
    cols = ["nº", "nome", "cpf", "nit", "rgp", "protocolo", "entrada", "situação", "telefone"]
    if style == "csv":
        table_csv(doc, cols, rows, ";")
    elif style == "tsv":
        table_csv(doc, cols, rows, "\t")
    else:
        table_ruled(doc, cols, rows, style)
    doc.t("\nObservações:\n")
    notes = []
    p1 = g.person()
    notes.append(("- «n»: indeferido por «m»; orientad«o» a entrar com recurso.\n", dict(n=P(g.pick([p1.full, p1.first + " " + p1.last])), o=p1.o,
                                                                                           m=g.pick(["vínculo no CNIS", "falta de comercialização", "RGP suspenso"]))))
    p2 = g.person()
    notes.append(("- CPF de «n» estava digitado errado («c») no primeiro lançamento; corrigido.\n", dict(n=P(g.pick([p2.short, p2.caps])), c=g.neg_cpf())))
    p3 = g.person(female=False)
    notes.append(("- «n» («k») pediu para o pagamento cair na conta da Caixa: ag. «a» conta «b».\n", dict(n=P(p3.short), k=P(fnick(g, p3)),
                                                                                                  a=(g.agency(), "BANK_ACCOUNT"), b=(g.account(), "BANK_ACCOUNT"))))
    notes.append(("- Lei 10.779/2003 e Decreto 8.424/2015: período do defeso de «p».\n", dict(p=period)))
    p4 = g.person(female=True)
    notes.append(("- «n» veio com a declaração da associação assinada pela presidente; falta só o comprovante de residência.\n", dict(n=P(g.pick([p4.full, p4.first])))))
    for tpl, vals in g.sample(notes, g.ri(2, 4)):
        doc.f(tpl, **vals)
    doc.f("\nResponsável: «n» · gerado por «l» em «d» (estação «i»)\n", n=P(g.pick([clerk.full, clerk.short, clerk.first])), l=login(clerk, g), d=g.date("br"),
          i=g.ip_priv())
    if g.chance(0.6):
        doc.t("\nÚltimos acessos ao portal do acordo com o INSS:\n")
        for _ in range(g.ri(1, 3)):
            doc.f("  «t»  «l»  IP «i»\n", t=ts(g.moment(), "br"), l=login(g.pick([clerk, g.person()]), g), i=(g.ip(), "IP_ADDRESS"))
    return doc


def at_oficio_capitania(g: Gen) -> Doc:
    """A colony's letter e-mailed to the Capitania dos Portos (or to the fisheries superintendence) about a boat's transfer or a fisher's CIR and RGP, with the sale's parties qualified, and the quoted answer with X-Originating-IP."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    pres = g.person(female=g.chance(0.4))
    sv = g.person()
    by = g.person()
    t0 = g.moment(hours=(8, 17))
    to_capitania = g.chance(0.6)
    dest = f"protocolo@cp{cuf.lower()}.marinha.mil.br" if to_capitania else f"rgp@sfpa-{cuf.lower()}.agro.gov.br"
    pmail = corp_mail(pres, cdom, g) if g.chance(0.5) else g.email(pres)
    doc.f("De: «n» <«e»>\nPara: «d»\nCc: «c»\nData: «t»\nAssunto: Ofício nº «o» — «s»\n", n=P(pres.full), e=(pmail, "EMAIL_ADDRESS"), d=dest,
          c=role_mail(g, cdom, "secretaria"), t=mail_date(t0), o=f"{g.ri(1, 199):03d}/{t0.year}",
          s="transferência de embarcação" if to_capitania else "atualização de RGP")
    doc.f("X-Originating-IP: [«i»]\n\n", i=(g.ip(), "IP_ADDRESS"))
    doc.f("«x»\n\n", x=g.pick(["Ao Senhor Capitão dos Portos,", "Prezados,", "À Agência da Capitania dos Portos,"] if to_capitania else ["À Superintendência Federal de Pesca e Aquicultura,", "Prezados,"]))
    bn = boat(g)
    if to_capitania:
        doc.f("A «c», inscrita no CNPJ «j», encaminha o pedido de transferência de propriedade da embarcação «b» («k»), inscrição nº «i», comprimento «l» m, «m».\n\n",
              c=cname, j=(g.cnpj(), "BR_CNPJ"), b=bn, k=g.pick(BOAT_KIND), i=inscr(g), l=num(g.rng.uniform(5.5, 14), 1), m=g.pick(ENGINES))
        doc.t("Vendedor: ")
        qualify(g, doc, sv, rg=True, addr=g.chance(0.5), job=("pescador artesanal", "pescadora artesanal"))
        doc.t(".\nComprador: ")
        qualify(g, doc, by, rg=True, phone=g.chance(0.6), job=("pescador artesanal", "pescadora artesanal"))
        doc.f(", CIR nº «c»", c=cir(g))
        doc.t(".\n\nSeguem anexos o recibo de compra e venda com firma reconhecida, o TIE original e a GRU paga.\n")
    else:
        doc.f("Solicitamos a atualização do Registro Geral da Atividade Pesqueira do(a) associado(a) abaixo, cujo RGP («r») consta suspenso desde «d»:\n\n",
              r=rgp(g, cuf), d=g.date("br"))
        fields = [("Nome", pname(g, sv, ("full", "caps"))), ("Apelido", P(fnick(g, sv))), ("CPF", (g.cpf(), "BR_CPF")), ("NIT", (g.pis(), "BR_PIS")),
                  ("Nascimento", (g.dob("br", 1955, 2000), "DATE_OF_BIRTH")), ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
                  ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Categoria", V(g.pick(["artesanal", "artesanal — apoio à pesca", "artesanal embarcado"])))]
        kv_block(doc, fields, "lines")
        doc.t("\nO associado perdeu o prazo do relatório anual de exercício da atividade por estar internado (atestado anexo).\n")
    doc.f("\nAtenciosamente,\n«n»\nPresidente — «c»\n«t»\n\n", n=P(g.pick([pres.full, pres.caps])), c=cshort,
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.7) else V(""))
    an = g.person()
    t1 = t0 + datetime.timedelta(days=g.ri(2, 20))
    doc.f("> Em «d», «x» escreveu:\n", d=ts(t1, "br"), x=dest)
    if to_capitania:
        doc.f("> Sr(a). Presidente, recebido. Para concluir falta o comprovante de residência do comprador e o BADE/BSADE assinado. "
              "Atendimento presencial com «p» «n», seção de embarcações, terças e quintas.\n", p=g.pick(["o 2º SG", "a 3º SG", "o CB", "o SO"]),
              n=P(g.pick([an.last.upper(), an.short, an.caps])))
    else:
        doc.f("> Prezados, o pedido foi registrado no SisRGP sob o protocolo «p». «o» analista «n» fará a reativação após a conferência do relatório.\n",
              p=proto(g), o="A" if an.female else "O", n=P(g.pick([an.full, an.short])))
    return doc


def at_loja_zap(g: Gen) -> Doc:
    """A marine supply shop's WhatsApp chat with a fisher (lower case): an order of nylon, nets and an engine part, the CPF for the invoice, delivery to the pier or to a home address, a card number typed in the chat or the shop's random Pix key, the delivery driver and his truck's plate, references for the store credit."""
    doc = Doc()
    shop, sdom = g.pick(SHOPS)
    c = g.person(female=g.chance(0.25))
    at = g.person(female=g.chance(0.5))
    st = chat_stamp(g)
    tt = iter(seq_times(g, 40, g.moment(hours=(5, 18)), 30, 1500))
    B = V(g.pick([shop, f"{shop} Vendas", f"{shop} 🎣"]))
    C = V("Você") if g.chance(0.5) else ((g.phone("wa"), "PHONE_NUMBER") if g.chance(0.6) else P(g.pick([c.first, fnick(g, c), lower(c.first)])))
    doc.f("Conversa do WhatsApp com «n»\n\n", n=V(B[0]) if C[0] == "Você" else C)
    items = g.sample(SUPPLIES, g.ri(2, 4))
    cl(doc, st(next(tt)), C, "«x» «i»", x=g.pick(["bom dia", "opa", "boa tarde", "oi"]),
       i=g.pick(["tem " + items[0][0] + "?", "preciso de " + items[0][0] + " e " + items[1][0], "quanto tá o " + items[0][0].split(" (")[0] + "?"]))
    tot = sum(v for _, v in items)
    cl(doc, st(next(tt)), B, "bom dia! aqui é «a». temos sim: «l». total R$ «v»", a=P(g.pick([at.first, lower(at.first)])),
       l="; ".join(f"{i[0]} R$ {brl(i[1])}" for i in items), v=brl(tot))
    cl(doc, st(next(tt)), C, g.pick(["fecha", "pode separar", "fechado, e a vela do " + g.pick(ENGINES).split(" ")[1] + " tem?"]))
    cl(doc, st(next(tt)), B, "pra nota fiscal preciso do cpf")
    cl(doc, st(next(tt)), C, "«c»", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    if g.chance(0.6):
        cl(doc, st(next(tt)), B, "pedido «p» separado ✅ vai pra onde?", p=pedido(g))
    r = g.rng.random()
    if r < 0.4:
        cl(doc, st(next(tt)), C, "entrega no trapiche do porto que o barco «b» tá lá", b=lower(boat(g)))
    else:
        cl(doc, st(next(tt)), C, "entrega em casa: «a», «b»", a=(g.address("low"), "ADDRESS"), b=lower(g.pick(BAIRROS)))
        if g.chance(0.5):
            cl(doc, st(next(tt)), B, "qual o cep?")
            cl(doc, st(next(tt)), C, "«p»", p=(g.cep(g.chance(0.5)), "BR_CEP"))
    dr = g.person(female=False)
    if g.chance(0.6):
        cl(doc, st(next(tt)), B, "o «n» sai com a entrega às «h» na caminhonete «p»", n=P(g.pick([dr.first, dr.nick, lower(dr.first)])), h=g.hm(),
           p=(g.plate(), "LICENSE_PLATE"))
    r = g.rng.random()
    if r < 0.35:
        cl(doc, st(next(tt)), C, "passa no cartão, «c» venc «v» cvv «k»", c=(g.card(g.chance(0.5)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}",
           k=g.d(3))
        cl(doc, st(next(tt)), B, "por segurança não mande dados do cartão aqui 🙏 o motorista leva a maquininha. já apaguei do nosso lado")
    elif r < 0.7:
        cl(doc, st(next(tt)), B, "pix chave aleatória da loja: «k»", k=(g.uuid(), "PIX_KEY"))
        cl(doc, st(next(tt)), C, g.pick(["mandei", "pago", "feito 👍"]))
    else:
        cl(doc, st(next(tt)), C, "bota no crediário, pago depois do defeso")
        cl(doc, st(next(tt)), B, "pra abrir o crediário preciso de duas referências com telefone")
        doc.t(st(next(tt)))
        doc.e(*C)
        doc.t(": ")
        for k in range(2):
            rf = g.person()
            if k:
                doc.t(" e ")
            doc.e(g.pick([lower(rf.short), rf.first, lower(fnick(g, rf))]), "PERSON")
            doc.t(" ")
            doc.e(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER")
        doc.t("\n")
    if g.chance(0.4):
        cl(doc, st(next(tt)), C, chat_neg(g))
    cl(doc, st(next(tt)), B, g.pick(["obrigad" + at.o + "! boa pescaria 🎣", "a loja agradece!", "👍"]))
    return doc


def at_ata_assembleia(g: Gen) -> Doc:
    """The minutes of an association's or colony's general assembly electing a board (capitals sometimes): the board qualified with CPF, RG and address, the lawyer's OAB, the attendance list with CPF or RG and signatures 'a rogo'."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    ent = cname if g.chance(0.5) else g.pick(ASSOCS)
    caps = g.chance(0.35)
    up = caps_t if caps else (lambda s: s)
    day = g.day()
    board = [(g.person(female=g.chance(0.45)), r) for r in ("Presidente", "Tesoureiro(a)", "Secretário(a)")]
    adv = g.person()
    doc.f(up("ATA DA ASSEMBLEIA GERAL «x» DA «e»\n\n"), x=g.pick(["EXTRAORDINÁRIA", "ORDINÁRIA ELETIVA"]), e=fold(ent).upper())
    doc.f(up("Aos «d», às «h», na sede da entidade, em «c»/«u», reuniram-se os associados em segunda convocação, conforme lista anexa, para eleição da diretoria "
             "para o triênio «y». Presidiu os trabalhos «p», secretariad«o» por «s». Presente «x» «a», «oab».\n"),
          d=dated(datetime.datetime(day.year, day.month, day.day)) if not caps else fold(dated(datetime.datetime(day.year, day.month, day.day))).upper(),
          h=f"{g.ri(8, 18)}h", c=ccity if not caps else fold(ccity).upper(), u=cuf, y=f"{day.year}-{day.year + 3}",
          p=P(board[0][0].capsf if caps else board[0][0].full), o=board[2][0].o, s=P(board[2][0].capsf if caps else board[2][0].full),
          x=up("a advogada" if adv.female else "o advogado"), a=P(adv.capsf if caps else adv.full), oab=(g.council("OAB", cuf), "PROFESSIONAL_ID"))
    doc.t(up("Apresentada a chapa única «Maré Cheia», foi eleita por aclamação a seguinte diretoria:\n").replace("«", '"').replace("»", '"'))
    for p, role in board:
        doc.t(f"{up(role)}: ")
        qualify(g, doc, p, caps=caps, rg=True, addr=g.chance(0.7), phone=g.chance(0.4), job=None)
        doc.t(";\n")
    doc.t(up("Nada mais havendo, lavrou-se a presente ata, que vai assinada pelos presentes.\n\nLISTA DE PRESENÇA\n"))
    rows = []
    for k in range(g.ri(4, 7)):
        m = g.person(female=g.chance(0.4))
        idv = (g.cpf(), "BR_CPF") if g.chance(0.6) else (g.rg(), "BR_RG")
        sig = g.pick(["(assinado)", "(assinado)", "digital", "a rogo"])
        rows.append([V(str(k + 1)), P(g.pick([m.capsf, m.full]) if not caps else m.capsf), idv, V(g.pick(["sócio", "sócia", "sócio fundador", "sócia"])), V(sig)])
    table_ruled(doc, ["Nº", "NOME", "CPF/RG", "CONDIÇÃO", "ASSINATURA"], rows, g.pick(["plus", "plain", "md"]))
    if any(r[4][0] == "a rogo" for r in rows):
        rr = g.person()
        doc.f(up("\nAssinou a rogo dos não alfabetizados: «n», CPF «c».\n"), n=P(rr.capsf if caps else rr.full), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.4):
        doc.t("\n" + word_neg(g) + "\n")
    return doc


AT = [at_zap_colonia, at_stt_defeso, at_ficha_socio, at_lista_defeso, at_oficio_capitania, at_loja_zap, at_ata_assembleia]


# --------------------------------------------------------------------------- juridico

LAW_FIRMS = [("Arrais & Bocaiúva Advocacia Previdenciária", "arraisbocaiuva.adv.br"), ("Landim Sociedade de Advogados", "landimadv.com.br"),
             ("Maré Direito — Advocacia do Pescador", "maredireito.adv.br"), ("Cotrim Advocacia Popular", "cotrimadv.com.br"),
             ("Escritório Quaresma & Lustosa", "quaresmalustosa.adv.br")]
ARMADORES = [("Pesqueira Leão do Atlântico Ltda.", "leaodoatlantico.com.br"), ("Armação de Pesca Sereno Ltda.", "armacaosereno.com.br"),
             ("Frota Pesqueira Rosa dos Ventos Ltda.", "frotarosadosventos.com.br"), ("Lagosta Branco Exportadora Ltda.", "lagostabranco.com.br"),
             ("Indústria de Pesca Aurora do Sul S.A.", "auroradosul.com.br")]


def cnj_of(g: Gen, uf: str, labour: bool = False) -> str:
    seg = TRT[uf] if labour else CNJ_SEG[uf]
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.{seg}.{g.d(4)}")


def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for k in range(n):
        w = g.person()
        doc.f("«k». «n» — CPF «c»\n", k=k + 1, n=P(w.capsf if caps else g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))


def lawyer_sig(g: Gen, doc: Doc, uf: str, caps: bool = False) -> Person:
    adv = g.person()
    firm, fdom = g.pick(LAW_FIRMS)
    doc.f("\n«n»\n«o»\n", n=P(adv.capsf if caps else g.pick([adv.full, adv.caps])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    if g.chance(0.7):
        doc.f("«f» · «e» · «t»\n", f=firm, e=(corp_mail(adv, fdom, g), "EMAIL_ADDRESS") if g.chance(0.75) else V(role_mail(g, fdom, "intimacoes")),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return adv


def ju_peticao_jef(g: Gen) -> Doc:
    """A fisher's petition to a federal small-claims court (JEF) against the INSS for a denied seguro-defeso: the plaintiff qualified with birth date, NIT, título sometimes; the boat's owner with CPF; the buyer's CNPJ; the colony's president; the witnesses' list; the lawyer's OAB, e-mail and phone."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    a = g.person(female=g.chance(0.45))
    sp, period = g.pick(DEFESOS[:8])
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) FEDERAL DO JUIZADO ESPECIAL FEDERAL CÍVEL DA SUBSEÇÃO JUDICIÁRIA DE «c»/«u»\n\n", c=fold(ccity).upper(), u=cuf)
    if g.chance(0.25):
        doc.f("Prevenção: processo nº «n» (extinto sem resolução de mérito)\n\n", n=cnj_fed(g, cuf))
    qualify(g, doc, a, caps=g.chance(0.2), dob=True, pis=True, titulo=g.chance(0.4), email=g.chance(0.25), phone=g.chance(0.5), where=(ccity, cuf),
            job=("pescador artesanal", "pescadora artesanal"))
    doc.f(", RGP nº «r», por seu advogado (procuração anexa), vem propor\n\nAÇÃO DE CONCESSÃO DE SEGURO-DESEMPREGO DO PESCADOR ARTESANAL (SEGURO-DEFESO)\n\n"
          "em face do INSTITUTO NACIONAL DO SEGURO SOCIAL — INSS, autarquia federal, pelos fatos e fundamentos a seguir.\n\nI — DOS FATOS\n\n", r=rgp(g, cuf))
    ow = g.person(female=False)
    b = boat(g)
    own = g.chance(0.6)
    doc.f("1. A parte autora exerce a pesca artesanal há «k» anos, é associada à «c» desde «y» e captura «s» com «gr», ", k=g.ri(6, 40), c=cname,
          y=g.ri(1990, 2022), s=sp, gr=g.pick(GEAR))
    if own:
        doc.f("a bordo da embarcação «b», de propriedade de «o» (CPF «x»), em regime de parceria.\n", b=b, o=P(g.pick([ow.full, ow.short])), x=(g.cpf(), "BR_CPF"))
    else:
        doc.f("desembarcad«o», na «l».\n", o=a.o, l=g.pick(["coroa do rio", "beira do mangue", "praia", "lagoa"]))
    doc.f("2. Em «d» requereu o benefício referente ao defeso de «s» («p»), requerimento nº «n», indeferido em «d2» sob o fundamento de «m».\n",
          d=g.date("br"), s=sp, p=period, n=nb(g), d2=g.date("br"),
          m=g.pick(["ausência de comprovação da comercialização", "existência de vínculo no CNIS", "RGP em situação suspensa", "recebimento de outro benefício"]))
    f_, fdom = g.pick(FISH_FIRMS)
    pres = g.person()
    doc.f("3. Ocorre que a parte autora comprovou a venda do pescado por notas emitidas pela «f», CNPJ «c» («n»), e pela declaração da colônia assinada pel«o» president«e» «p».",
          f=f_, c=(g.any_cnpj(), "BR_CNPJ"), n=nf(g), o="a" if pres.female else "o", e="a" if pres.female else "e", p=P(g.pick([pres.full, pres.short])))
    if g.chance(0.5):
        doc.f(" O vínculo apontado no CNIS é de «y» e se refere a contrato temporário de «m» meses na prefeitura, encerrado há anos.", y=g.ri(2005, 2018), m=g.ri(2, 6))
    doc.t("\n\nII — DO DIREITO\n\nA Lei 10.779/2003, art. 1º, assegura o benefício ao pescador profissional artesanal durante o defeso; a Lei 8.213/1991, art. 11, VII, "
          "define o segurado especial; o Decreto 8.424/2015 regulamenta o pedido.\n\nIII — DOS PEDIDOS\n\n"
          "a) a concessão do benefício, com o pagamento das parcelas devidas, corrigidas;\nb) a gratuidade da justiça;\nc) a produção de prova testemunhal.\n\n")
    doc.f("Dá-se à causa o valor de R$ «v».\n\nROL DE TESTEMUNHAS:\n", v=brl(g.pick([1518.0, 1621.0]) * g.ri(3, 5)))
    for k in range(g.ri(2, 3)):
        w = g.person(female=g.chance(0.4))
        doc.f("«k». «n», conhecid«o» como «a», «j», ", k=k + 1, n=P(g.pick([w.full, w.caps])), o=w.o, a=P(fnick(g, w)), j=g.pick(JOBS[w.female][:4]))
        if g.chance(0.6):
            doc.f("CPF «c»", c=(g.cpf(), "BR_CPF"))
        else:
            doc.f("RG «c»", c=(g.rg(), "BR_RG"))
        if g.chance(0.5):
            doc.f(", residente na «a»", a=(g.address(), "ADDRESS"))
        if g.chance(0.4):
            doc.f(", tel. «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        doc.t(";\n")
    doc.f("\n«c», «d».\n", c=ccity, d=g.date("long"))
    lawyer_sig(g, doc, cuf)
    return doc


def ju_venda_barco(g: Gen) -> Doc:
    """A private contract selling a fishing boat (capitals sometimes): seller and buyer qualified, the boat's inscription, TIE, engine serial and gear (unlabelled), the down payment by Pix and the balance to the seller's agency and account, witnesses with CPF, the notary's clerk."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    s, b = g.person(), g.person()
    caps = g.chance(0.35)
    up = caps_t if caps else (lambda x: x)

    def U(x: str) -> str:
        return fold(x).upper() if caps else x
    doc.t(up("INSTRUMENTO PARTICULAR DE COMPRA E VENDA DE EMBARCAÇÃO DE PESCA\n\n"))
    doc.t(up("VENDEDOR" + ("A" if s.female else "") + ": "))
    qualify(g, doc, s, caps=caps, rg=True, phone=g.chance(0.4), where=(ccity, cuf), job=("pescador artesanal", "pescadora artesanal"))
    doc.t(up(";\nCOMPRADOR" + ("A" if b.female else "") + ": "))
    qualify(g, doc, b, caps=caps, rg=True, phone=g.chance(0.5), email=g.chance(0.3), job=("pescador artesanal", "pescadora artesanal"))
    if g.chance(0.4):
        doc.f(up(", habilitad«o» como Arrais-Amador (CHA nº «c»)"), o=U(b.o), c=cha(g))
    bn = boat(g)
    doc.f(up(";\n\nCLÁUSULA 1ª — DO OBJETO. A embarcação denominada «b», tipo «k», casco de «c», comprimento «l» m, arqueação bruta «ab», inscrita na "
             "Capitania dos Portos sob o nº «i», «e» nº de série «sn», com os seguintes petrechos: «gr».\n"),
          b=U(bn), k=U(g.pick(BOAT_KIND[1:])), c=U(g.pick(["madeira", "fibra de vidro", "alumínio"])), l=num(g.rng.uniform(5.0, 15.0), 2),
          ab=num(g.rng.uniform(1.2, 19.0), 2), i=inscr(g), e=U(g.pick(ENGINES)), sn=serial(g), gr=U(", ".join(g.sample(GEAR, 2))))
    total = g.ri(8, 160) * 1000.0
    ent = round(total * g.pick([0.2, 0.3, 0.5]), 2)
    k = g.ri(3, 12)
    doc.f(up("CLÁUSULA 2ª — DO PREÇO. O preço certo e ajustado é de R$ «v», pagos: (a) entrada de R$ «e» nesta data, via Pix, para a chave «x»; "),
          v=brl(total), e=brl(ent), x=(g.uuid(), "PIX_KEY") if g.chance(0.5) else (g.cpf(), "BR_CPF"))
    bank = g.pick(BANKS)
    doc.f(up("(b) saldo em «k» parcelas mensais de R$ «p», mediante depósito na conta d«o» VENDEDOR«a», «bk», agência «ag», conta corrente «ct».\n"),
          k=k, p=brl((total - ent) / k), o=U(s.o), a="A" if s.female else "", bk=U(bank[1]), ag=(g.agency(), "BANK_ACCOUNT"), ct=(g.account(), "BANK_ACCOUNT"))
    doc.t(up("CLÁUSULA 3ª — DA TRANSFERÊNCIA. As partes providenciarão a transferência junto à Capitania dos Portos no prazo de 15 (quinze) dias, correndo as "
             "despesas por conta do comprador, inclusive a atualização do RGP da embarcação.\n"))
    doc.t(up("CLÁUSULA 4ª — O vendedor declara que a embarcação se encontra livre de ônus, dívidas e multas ambientais.\n"))
    doc.f(up("CLÁUSULA 5ª — Fica eleito o foro da Comarca de «c».\n\n«c», «d».\n\n"), c=U(ccity), d=g.date("caps" if caps else "long"))
    doc.f("_______________________\n«s»\n_______________________\n«b»\n", s=P(s.capsf if caps else s.full), b=P(b.capsf if caps else b.full))
    witnesses(g, doc, 2, caps)
    if g.chance(0.6):
        esc = g.person()
        doc.f("\nReconheço por semelhança as firmas de «s» e «b». «c», «d». Em testemunho da verdade. «e», escrevente autorizad«o». Selo digital «x».\n",
              s=P(s.full), b=P(b.full), c=ccity, d=g.date("br"), e=P(g.pick([esc.full, esc.short])), o=esc.o,
              x=clean(g, lambda: f"{g.up(2)}{g.d(6)}-{g.up(1)}{g.d(2)}"))
    if g.chance(0.25):
        doc.t("\n" + word_neg(g) + "\n")
    return doc


def ju_autodeclaracao(g: Gen) -> Doc:
    """The INSS's self-declaration of a fisher as 'segurado especial' (a scan, OCR'd sometimes): identification, the family group with CPF and birth dates, the periods of activity with the boat's owner and CPF, the buyers (CNPJ or CPF), the colony's ratification by its president."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    p = g.person(female=g.chance(0.45))
    scan = g.chance(0.45)

    def up(s: str) -> str:
        return ocr_t(s, g, 0.3) if scan else s

    def nm(s: str) -> str:
        return ocr(s, g, 0.3, names=True) if scan else s
    doc.t(up("AUTODECLARAÇÃO DO SEGURADO ESPECIAL — PESCADOR(A) ARTESANAL\n(Lei 8.213/1991, art. 38-B; Lei 11.959/2009)\n\n1. IDENTIFICAÇÃO DO(A) REQUERENTE\n"))
    cpf = g.cpf()
    fields = [("Nome", (nm(g.pick([p.full, p.capsf])), "PERSON")), ("Apelido", (nm(fnick(g, p)), "PERSON")), ("CPF", (cpf, "BR_CPF")),
              ("NIT", (g.pis(), "BR_PIS")), ("Data de nascimento", (g.dob("br", 1955, 2000), "DATE_OF_BIRTH")),
              ("Endereço", (nm(g.address(g.pick(["text", "caps"]))), "ADDRESS")), ("Comunidade", V(g.pick(BAIRROS))), ("Município/UF", V(f"{ccity}/{cuf}")),
              ("CEP", (g.cep(), "BR_CEP"))]
    if g.chance(0.7):
        fields.append(("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    kv_block(doc, fields, g.pick(["lines", "caps", "dots"]))
    doc.t(up("\n2. GRUPO FAMILIAR\n"))
    rows = []
    for _ in range(g.ri(1, 4)):
        r = g.relative(p)
        rows.append([(nm(g.pick([r.full, r.capsf])), "PERSON"), (g.cpf(), "BR_CPF") if g.chance(0.7) else V("não possui"),
                     (g.dob("br", 1950, 2022), "DATE_OF_BIRTH"), V(g.pick(["cônjuge", "filho(a)", "companheiro(a)", "filha", "filho"])), V(g.pick(["S", "N"]))])
    table_ruled(doc, ["nome", "CPF", "nascimento", "parentesco", "pesca?"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.t(up("\n3. PERÍODOS DE ATIVIDADE PESQUEIRA\n"))
    rows = []
    y = g.ri(2008, 2018)
    for _ in range(g.ri(1, 3)):
        y2 = y + g.ri(1, 5)
        cond = g.pick(["proprietário", "parceiro", "tripulante", "desembarcado"])
        if cond in ("parceiro", "tripulante"):
            ow = g.person(female=False)
            rows.append([V(f"01/{g.ri(1, 12):02d}/{y} a {g.ri(1, 28):02d}/{g.ri(1, 12):02d}/{y2}"), V(cond), V(boat(g)), (nm(g.pick([ow.full, ow.capsf])), "PERSON"),
                         (g.cpf(), "BR_CPF"), V(g.pick(["mar aberto", "estuário", "rio", "lagoa", "mangue"]))])
        else:
            rows.append([V(f"01/{g.ri(1, 12):02d}/{y} a {g.ri(1, 28):02d}/{g.ri(1, 12):02d}/{y2}"), V(cond), V(boat(g) if cond == "proprietário" else "—"),
                         V("o próprio" if cond == "proprietário" else "—"), V("—"), V(g.pick(["mar aberto", "estuário", "rio", "lagoa", "mangue"]))])
        y = y2
    table_ruled(doc, ["período", "condição", "embarcação", "proprietário", "CPF do proprietário", "local"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.t(up("\n4. COMERCIALIZAÇÃO DA PRODUÇÃO\n"))
    for _ in range(g.ri(1, 2)):
        if g.chance(0.6):
            f_, _d = g.pick(FISH_FIRMS + COOPS)
            doc.f(up("- vende para «f», CNPJ «c», média mensal R$ «v»\n"), f=f_, c=(g.any_cnpj(), "BR_CNPJ"), v=brl(money(g, 400, 3200)))
        else:
            bu = g.person()
            doc.f(up("- vende para o atravessador «n», CPF «c», «v» kg por semana\n"), n=(nm(g.pick([bu.full, fnick(g, bu)])), "PERSON"), c=(g.cpf(), "BR_CPF"),
                  v=g.ri(20, 300))
    doc.t(up("\n5. DECLARO, sob as penas da lei (art. 299 do Código Penal), que as informações acima são verdadeiras.\n"))
    doc.f(up("«c», «d».\n"), c=ccity, d=g.date("br"))
    if g.chance(0.4):
        rr = g.person()
        doc.f(up("A rogo de «a», que não sabe assinar: «n», CPF «c»\n"), a=(nm(p.first), "PERSON"), n=(nm(rr.full), "PERSON"), c=(g.cpf(), "BR_CPF"))
    else:
        doc.t("Assinatura: ________________________\n")
    pres = g.person()
    doc.f(up("\n6. RATIFICAÇÃO DA ENTIDADE\nA «e» declara que o(a) requerente, CPF «c», é associado(a) desde «y» e exerce a pesca artesanal.\n«n» — Presidente — CPF «pc»\n"),
          e=cname, c=(cpf, "BR_CPF"), y=g.ri(1995, 2022), n=(nm(g.pick([pres.full, pres.capsf])), "PERSON"), pc=(g.cpf(), "BR_CPF"))
    return doc


def ju_ata_jef(g: Gen) -> Doc:
    """Minutes of a JEF hearing on a fisher's seguro-defeso or rural retirement: the federal judge, the federal attorney, the plaintiff's CPF, the lawyer's OAB, witnesses (fellow fishers known by nicknames) with RG or CPF and address, the settlement or judgment paid to the plaintiff's agency and account, the clerk."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    a = g.person(female=g.chance(0.55))
    jz = g.person()
    pf = g.person()
    adv = g.person()
    sv = g.person()
    obj = g.pick(["seguro-defeso", "aposentadoria por idade — segurado especial (pescador artesanal)", "salário-maternidade — segurada especial"])
    day = g.day()
    qv = V("")
    if g.chance(0.6):
        q = Doc()
        q.f(", nascid«o» em «d», residente na «a», CEP «p»", o=a.o, d=(g.dob("br", 1950, 1998), "DATE_OF_BIRTH"), a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
        qv = q
    doc.f("PODER JUDICIÁRIO — JUSTIÇA FEDERAL\nJuizado Especial Federal Adjunto de «c»/«u»\n\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO, INSTRUÇÃO E JULGAMENTO\n\n"
          "Processo: «n»\nAssunto: «o»\nAutor(a): «a»\nRéu: Instituto Nacional do Seguro Social — INSS\n\n", c=ccity, u=cuf, n=cnj_fed(g, cuf), o=obj,
          a=P(a.caps))
    doc.f("Aos «d», às «h», presentes «j» «jz», «x» autor«y» «a», CPF «c»«q», acompanhad«o» de seu advogad«ao» «ad», «oab», e «pp» Procurador«ph» Federal «pf», "
          "matrícula SIAPE «s», foi aberta a audiência.\n\n", q=qv, d=dated(datetime.datetime(day.year, day.month, day.day)), h=f"{g.ri(9, 16)}h{g.pick(['00', '30', '15'])}",
          j="a MM. Juíza Federal" if jz.female else "o MM. Juiz Federal", jz=P(jz.full), x="a" if a.female else "o", y="a" if a.female else "", a=P(a.full), c=(g.cpf(), "BR_CPF"),
          o=a.o, ao=adv.o, ad=P(adv.full), oab=(g.council("OAB", cuf), "PROFESSIONAL_ID"), pp="a" if pf.female else "o", ph="a" if pf.female else "",
          pf=P(pf.full), s=g.d(7))
    fa = Person(g.person(female=False, origin="pt").given, [a.last], False)
    doc.f("DEPOIMENTO PESSOAL: disse que pesca desde os «k» anos, primeiro com o pai, «f», já falecido; que hoje pesca «s» com «gr»; que vende para o «b»; "
          "que não tem outra renda.\n\n", k=g.ri(9, 16), f=P(g.pick([fa.full, fnick(g, fa)])), s=g.pick(SPECIES)[0].split(" (")[0], gr=g.pick(GEAR),
          b=g.pick(["atravessador", "frigorífico", "mercado", "pessoal da cooperativa"]))
    for k in range(g.ri(1, 2)):
        w = g.person(female=g.chance(0.4))
        doc.f("TESTEMUNHA «k»: «n», conhecid«o» como «a», ", k=k + 1, n=P(g.pick([w.full, w.caps])), o=w.o, a=P(fnick(g, w)))
        if g.chance(0.5):
            doc.f("RG «r», ", r=(g.rg(), "BR_RG"))
        else:
            doc.f("CPF «r», ", r=(g.cpf(), "BR_CPF"))
        if g.chance(0.5):
            doc.f("residente na «a», ", a=(g.address(), "ADDRESS"))
        doc.f("compromissad«o», disse que conhece «x» autor«y» há «n» anos; que «z» pesca «s» no «l»; que já viu «z» vendendo no «m».\n\n", o=w.o,
              x="a" if a.female else "o", y="a" if a.female else "", n=g.ri(5, 30), z="ela" if a.female else "ele", s=g.pick(SPECIES)[0].split(" (")[0],
              l=g.pick(["mangue", "estuário", "mar de fora", "rio", "canal"]), m=g.pick(MARKETS))
    bank = g.pick(BANKS)
    if g.chance(0.5):
        doc.f("CONCILIAÇÃO: o INSS propôs o pagamento de 90% dos atrasados, R$ «v», por RPV, aceito pela parte autora. Homologo o acordo. "
              "O valor será depositado na conta de titularidade d«o» autor«y»: «b», agência «ag», conta «ct».\n\n", v=brl(money(g, 3000, 30000)), o=a.o,
              y="a" if a.female else "", b=bank[1], ag=(g.agency(), "BANK_ACCOUNT"), ct=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("SENTENÇA: dispensado o relatório (art. 38 da Lei 9.099/1995). Provada a condição de pescador(a) artesanal, JULGO PROCEDENTE o pedido para condenar o "
              "INSS a conceder o benefício, com DIB em «d». Sem custas e honorários. Pagamento por RPV na conta indicada («b», ag. «ag», c/c «ct»).\n\n",
              d=g.date("br"), b=bank[1], ag=(g.agency(), "BANK_ACCOUNT"), ct=(g.account(), "BANK_ACCOUNT"))
    doc.f("Saem os presentes intimados. Nada mais. Eu, «s», técnic«o» judiciári«o», digitei.\n", s=P(g.pick([sv.full, sv.short])), o=sv.o)
    return doc


def ju_bo_motor(g: Gen) -> Doc:
    """An ALL CAPS police report (OCR'd sometimes) on an outboard engine and nets stolen from a boat at the pier: the victim qualified, the night watchman with RG and phone, the pickup's plate, a suspect by name and nickname with CPF, the clerk and the delegado; the BO number, the engine serial and the GPS serial unlabelled."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    v = g.person(female=g.chance(0.2))
    vg = g.person(female=False)
    sus = g.person(female=False)
    esc = g.person()
    dl = g.person()
    scan = g.chance(0.4)

    def up(s: str) -> str:
        s = caps_t(s)
        return ocr_t(s, g, 0.25) if scan else s

    def nm(s: str) -> str:
        return ocr(s, g, 0.25, names=True) if scan else s
    doc.f(up("SECRETARIA DA SEGURANÇA PÚBLICA — POLÍCIA CIVIL\nDELEGACIA DE POLÍCIA DE «c»\nBOLETIM DE OCORRÊNCIA Nº «b»\n\n"), c=fold(ccity).upper(), b=bo_no(g))
    doc.f(up("NATUREZA: FURTO QUALIFICADO (ART. 155, § 4º, DO CP) — MOTOR DE POPA E PETRECHOS DE PESCA\nDATA DO FATO: «d», ENTRE «h1» E «h2»\n"
             "LOCAL: TRAPICHE DA «l», «c»/«u»\n\nVÍTIMA: "), d=g.date("br"), h1="00H", h2="04H30", l=fold(cshort).upper(), c=fold(ccity).upper(), u=cuf)
    qualify(g, doc, v, caps=True, rg=True, dob=True, phone=True, where=(ccity, cuf), job=("pescador artesanal", "pescadora artesanal"))
    mot = g.pick([e for e in ENGINES if "popa" in e or "rabeta" in e])
    bn = boat(g)
    pl = g.plate()
    sn = nm(fold(fnick(g, sus)).upper())
    doc.f(up(".\n\nRELATO: A VÍTIMA NARRA QUE DEIXOU A EMBARCAÇÃO «b» AMARRADA NO TRAPICHE ÀS 18H E, AO RETORNAR PARA A PESCARIA, CONSTATOU A FALTA DO «m», "
             "Nº DE SÉRIE «s», DE «k» PANOS DE REDE DE EMALHAR E DE UM GPS PORTÁTIL (SÉRIE «gs»). O VIGIA DO CAIS, «vg», RG «r», TELEFONE «t», INFORMOU QUE "
             "POR VOLTA DAS 2H VIU UMA CAMINHONETE DE PLACA «p» ENCOSTADA NA RAMPA E DOIS INDIVÍDUOS, UM DELES CONHECIDO NA COMUNIDADE COMO «n».\n"),
          b=fold(bn).upper(), m=fold(mot).upper(), s=serial(g), k=g.ri(2, 12), gs=serial(g), vg=(nm(vg.capsf), "PERSON"), r=(g.rg(), "BR_RG"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), p=(pl, "LICENSE_PLATE"), n=(sn, "PERSON"))
    if g.chance(0.7):
        doc.f(up("CONSULTA AO SISTEMA: «n» (VULGO «k»), CPF «c», POSSUI REGISTROS ANTERIORES POR RECEPTAÇÃO. O VEÍCULO «p» ESTÁ EM NOME DE «o».\n"),
              n=(nm(sus.capsf), "PERSON"), k=(sn, "PERSON"), c=(g.cpf(), "BR_CPF"), p=(pl, "LICENSE_PLATE"),
              o=(nm(g.person().capsf), "PERSON") if g.chance(0.6) else V(up("LOCADORA MARÉ VEÍCULOS LTDA.")))
    doc.f(up("\nPREJUÍZO ESTIMADO: R$ «v». A VÍTIMA APRESENTOU NOTA FISCAL DO MOTOR («nf»).\n"), v=brl(money(g, 3500, 28000)), nf=nf(g))
    doc.f(up("\nESCRIVÃ«o»: «e» — MATR. «m»\nAUTORIDADE: «d», DELEGAD«x» DE POLÍCIA\n"), o="" if esc.female else "O", e=(nm(esc.capsf), "PERSON"), m=g.d(6),
          d=(nm(dl.capsf), "PERSON"), x="A" if dl.female else "O")
    return doc


def ju_trabalhista_embarcado(g: Gen) -> Doc:
    """A crew member's labour claim against a fishing company and its owner: the claimant qualified with PIS, birth date, título sometimes (CTPS unlabelled), the company's CNPJ, the owner's CPF, the master by name and nickname, the shares paid by Pix to the CPF key, witnesses with RG and phone, the lawyer."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    a = g.person(female=False)
    arm, adom = g.pick(ARMADORES)
    ow = g.person()
    mestre = g.person(female=False)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «n»ª VARA DO TRABALHO DE «c»/«u»\n\n", n=g.ri(1, 6), c=fold(ccity).upper(), u=cuf)
    if g.chance(0.3):
        doc.f("Processo nº «n»\n\n", n=cnj_of(g, cuf, labour=True))
    qualify(g, doc, a, caps=g.chance(0.2), rg=g.chance(0.5), dob=True, pis=True, titulo=g.chance(0.35), phone=g.chance(0.5), where=(ccity, cuf),
            job=g.pick([("marinheiro de convés", "marinheira de convés"), ("pescador profissional", "pescadora profissional"), ("cozinheiro de bordo", "cozinheira de bordo")]))
    doc.f(", CTPS «k», vem propor RECLAMAÇÃO TRABALHISTA em face de «f», pessoa jurídica de direito privado, CNPJ «j», e de «o», sóci«x» administrador«y», CPF «oc», "
          "pelos fatos a seguir.\n\n", k=ctps(g, cuf), f=arm.upper(), j=(g.any_cnpj(), "BR_CNPJ"), o=P(g.pick([ow.full, ow.caps])), x=ow.o,
          y="a" if ow.female else "", oc=(g.cpf(), "BR_CPF"))
    bn = boat(g)
    mk = fnick(g, mestre)
    doc.f("1. O reclamante trabalhou a bordo do B/P «b», de «d1» a «d2», em viagens de «v» a «w» dias na pesca de «s», sob as ordens do mestre «m», conhecido como «k», "
          "sem anotação na CTPS.\n", b=bn, d1=g.date("br", 2023), d2=g.date("br", 2025), v=g.ri(5, 10), w=g.ri(12, 25),
          s=g.pick(["pargo", "lagosta", "camarão-rosa", "atum", "sardinha", "corvina"]), m=P(g.pick([mestre.full, mestre.short])), k=P(mk))
    cp = g.relative(a, female=True)
    doc.f("2. A remuneração era feita «x», depois de descontados óleo, gelo e rancho, e paga por Pix na chave CPF da companheira do reclamante, «n» («c»), "
          "com valores entre R$ «a» e R$ «b».\n", x=g.pick(["por partes (sistema de parceria)", "por quinhão da produção"]), n=P(g.pick([cp.full, cp.short])),
          c=(g.cpf(), "BR_CPF"), a=brl(money(g, 600, 1200)), b=brl(money(g, 1500, 4200)))
    if g.chance(0.6):
        doc.f("3. Em «d», ao recolher a rede com o guincho, teve a mão esquerda prensada (CID S62.6), ficando afastado por «n» dias sem que a CAT fosse emitida. "
              "O mestre «k» levou-o ao pronto-socorro («h»).\n", d=g.date("br", 2025), n=g.ri(15, 90), k=P(g.pick([mk, mestre.first])),
              h=g.pick(HOSPITALS).format(c=ccity))
    doc.t("\nPEDIDOS: reconhecimento do vínculo (arts. 2º e 3º da CLT), anotação da CTPS, FGTS + 40%, férias + 1/3, 13º salários, horas extras, indenização por "
          "danos morais, multas dos arts. 467 e 477 da CLT e honorários (art. 791-A).\n\nTESTEMUNHAS:\n")
    for k in range(g.ri(1, 3)):
        w = g.person(female=False)
        doc.f("«k». «n», RG «r», tel. «t»\n", k=k + 1, n=P(g.pick([w.full, w.caps])),
              r=(g.rg(), "BR_RG"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\nValor da causa: R$ «v».\n«c», «d».\n", v=brl(money(g, 40000, 180000)), c=ccity, d=g.date("long"))
    lawyer_sig(g, doc, cuf)
    return doc


def ju_arrendamento(g: Gen) -> Doc:
    """A lease of shrimp ponds or a cession of an oyster-farming area (capitals sometimes): the lessor (a farm firm with CNPJ and its partner, or a person) and the lessee qualified, the licences and the land registry (unlabelled), the rent per harvest to an agency and account or a random key, the technician's CREA or CRMV, witnesses and an e-signature log."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    ostra = g.chance(0.4)
    caps = g.chance(0.3)
    up = caps_t if caps else (lambda x: x)
    farm, fdom = g.pick(FARMS)
    lr = g.person()
    le = g.person()
    doc.t(up("TERMO DE CESSÃO DE USO DE ÁREA AQUÍCOLA — CULTIVO DE OSTRAS\n\n" if ostra else "CONTRATO DE ARRENDAMENTO DE VIVEIROS PARA CARCINICULTURA\n\n"))
    firm = g.chance(0.5)
    doc.t(up("CEDENTE: " if ostra else "ARRENDADOR: "))
    if firm:
        doc.f(up("«f», CNPJ «c», neste ato representada por seu sóci«o» "), f=farm.upper() if caps else farm, c=(g.any_cnpj(), "BR_CNPJ"), o=lr.o)
    qualify(g, doc, lr, caps=caps, rg=True, addr=not firm, email=g.chance(0.4), job=("empresário", "empresária") if firm else ("aquicultor", "aquicultora"))
    doc.t(up(";\nCESSIONÁRIO: " if ostra else ";\nARRENDATÁRIO: "))
    lmail = g.email(le)
    qualify(g, doc, le, caps=caps, rg=True, email=lmail, phone=g.chance(0.5), job=("ostreicultor", "ostreicultora") if ostra else ("carcinicultor", "carcinicultora"))
    if ostra:
        doc.f(up(".\n\nCLÁUSULA 1ª — OBJETO: área de «a» ha no parque aquícola da «l», com «k» long-lines de ostra-do-mangue, cessão autorizada pelo «r».\n"),
              a=num(g.rng.uniform(0.5, 4), 2), l=g.pick(["Baía Serena", "enseada do Bento", "Baía da Aurora", "Ilha das Ostras"]), k=g.ri(4, 30), r=licenca(g))
    else:
        doc.f(up(".\n\nCLÁUSULA 1ª — OBJETO: os viveiros nº «v» da fazenda, área alagada de «a» ha, com comporta, bomba de «hp» CV e aeradores, imóvel da matrícula «m» "
                 "do CRI de «c», licença de operação «lo», CAR «car».\n"), v=", ".join(str(x) for x in sorted(g.sample(range(1, 15), 2))),
              a=num(g.rng.uniform(2, 18), 1), hp=g.ri(10, 60), m=clean(g, lambda: g.d(5)), c=ccity, lo=licenca(g), car=caf(g, cuf))
    r = g.rng.random()
    pct = g.pick([10, 12, 15, 20])
    bank = g.pick(BANKS)
    if r < 0.6:
        doc.f(up("CLÁUSULA 2ª — PREÇO: «p»% da produção bruta de cada despesca, mínimo de R$ «m» por ciclo, depositados em até 10 dias na conta do «x», «b», agência «ag», conta «ct».\n"),
              p=pct, m=brl(money(g, 3000, 25000)), x="CEDENTE" if ostra else "ARRENDADOR", b=bank[1], ag=(g.agency(), "BANK_ACCOUNT"), ct=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f(up("CLÁUSULA 2ª — PREÇO: «p»% da produção bruta de cada despesca, pagos por Pix à chave «k».\n"), p=pct, k=(g.uuid(), "PIX_KEY"))
    rt = g.person()
    if g.chance(0.5):
        doc.f(up("CLÁUSULA 3ª — Responsável técnico: engenheir«o» de pesca «n», «c».\n"), o=rt.o, n=P(rt.capsf if caps else rt.full),
              c=(g.council("CREA", cuf), "PROFESSIONAL_ID"))
    else:
        doc.f(up("CLÁUSULA 3ª — Responsável técnico sanitário: médic«o» veterinári«o» «n», «c».\n"), o=rt.o, n=P(rt.capsf if caps else rt.full),
              c=(g.pick([f"CRMV-{cuf} nº {g.ri(1000, 19999)}", f"CRMV/{cuf} {g.ri(1000, 19999)}"]), "PROFESSIONAL_ID"))
    doc.t(up("CLÁUSULA 4ª — O uso de antibióticos é vedado; a despesca será acompanhada pelo responsável técnico. Prazo: 3 (três) ciclos, renováveis.\n"))
    doc.f(up("\n«c», «d».\n"), c=ccity, d=g.date("long") if not caps else g.date("caps"))
    witnesses(g, doc, 2, caps)
    if g.chance(0.65):
        t0 = g.moment()
        esign_log(g, doc, [(lr, corp_mail(lr, fdom, g) if firm else g.email(lr)), (le, lmail)], t0)
    return doc


JU = [ju_peticao_jef, ju_venda_barco, ju_autodeclaracao, ju_ata_jef, ju_bo_motor, ju_trabalhista_embarcado, ju_arrendamento]


# --------------------------------------------------------------------------- saude

OCC_CASES = [("lesão no nariz que não cicatriza há 4 meses, sangra às vezes", "placa eritemato-descamativa em dorso nasal e lábio inferior com crostas",
              ["L57.0", "C44.3"], "encaminhamento à dermatologia com prioridade; orientado uso de chapéu de aba larga, camisa UV e protetor solar FPS 50."),
             ("vista embaçada, ardência e 'carne crescendo' no olho direito", "pterígio nasal grau II em olho direito, hiperemia conjuntival", ["H11.0"],
              "encaminhamento à oftalmologia; óculos escuros com proteção UV; colírio lubrificante."),
             ("dor lombar ao puxar a rede e ao carregar as caixas de gelo", "contratura paravertebral, Lasègue negativo, força preservada", ["M54.5"],
              "fisioterapia 10 sessões; orientação postural para puxar a rede e erguer as caixas; analgésico."),
             ("zumbido e dificuldade para ouvir a conversa no barco", "otoscopia normal; audiometria com entalhe em 4 kHz bilateral", ["H83.3"],
              "audiometria de controle em 6 meses; protetor auricular tipo concha fornecido; notificação no SINAN (PAIR)."),
             ("dormência nas mãos à noite, piora depois de catar marisco", "Phalen e Tinel positivos bilateralmente, Finkelstein positivo à direita",
              ["G56.0", "M65.4"], "notificação no SINAN (LER/DORT); tala noturna; encaminhamento à ortopedia."),
             ("coceira e rachadura entre os dedos dos pés; trabalha descalç{o} no mangue", "descamação e fissuras interdigitais, unhas espessadas", ["B35.3"],
              "antifúngico tópico por 4 semanas; orientado uso de bota de borracha no mangue."),
             ("dor no ombro direito ao lançar a tarrafa", "Neer e Hawkins positivos, arco doloroso", ["M75.1"],
              "ultrassonografia do ombro; fisioterapia; afastamento da tarrafa por 15 dias."),
             ("queimadura no rosto e nos braços depois de 2 dias na pesca de linha", "eritema intenso e bolhas em face e antebraços", ["L55.1"],
              "curativo, hidratação, analgésico; orientado fotoproteção e camisa de manga longa.")]
INJ_FISH = [("AO FILETAR PESCADA NA MESA DE BENEFICIAMENTO, A FACA ESCORREGOU E ATINGIU O DEDO INDICADOR ESQUERDO", "S61.0", "DEDO INDICADOR ESQUERDO", "FACA DE FILETAR",
             "SALA DE BENEFICIAMENTO"),
            ("AO ENTRAR NA CAMARA FRIA ESCORREGOU NO PISO CONGELADO E CAIU SOBRE O PUNHO DIREITO", "S52.5", "PUNHO DIREITO", "PISO ESCORREGADIO", "CAMARA FRIA 2"),
            ("VAZAMENTO DE AMONIA NA CASA DE MAQUINAS DO TUNEL DE CONGELAMENTO; INALACAO DO GAS", "T59.8", "VIAS AEREAS", "AMONIA", "CASA DE MAQUINAS"),
            ("AO RECOLHER A REDE, A MAO ESQUERDA FOI PRENSADA NO GUINCHO DO BARCO", "S62.6", "MAO ESQUERDA", "GUINCHO", "CONVES DA EMBARCACAO"),
            ("QUEDA NO PORAO DA EMBARCACAO DURANTE A DESCARGA DO PESCADO NO CAIS", "S32.0", "COLUNA LOMBAR", "ESCADA DO PORAO", "PORAO DA EMBARCACAO"),
            ("PERFURACAO NA PALMA DA MAO POR ESPINHO DE BAGRE DURANTE A TRIAGEM DO PESCADO", "S61.9", "MAO DIREITA", "ESPINHO DE PEIXE", "RECEPCAO DO PESCADO"),
            ("CORTE NO ANTEBRACO POR LAMINA DA MAQUINA DESCABECADORA DE CAMARAO", "S51.8", "ANTEBRACO DIREITO", "MAQUINA DESCABECADORA", "LINHA DE DESCASQUE")]
PLANT_JOBS = [("descascador de camarão", "descascadeira de camarão"), ("filetador", "filetadora"), ("operador de câmara fria", "operadora de câmara fria"),
              ("auxiliar de despesca", "auxiliar de despesca"), ("embalador", "embaladora"), ("classificador de pescado", "classificadora de pescado"),
              ("tratorista", "tratorista"), ("mergulhador de manejo", "mergulhadora de manejo")]
STINGS = [("uma ferrada de arraia", "água bem quente, o mais quente que aguentar, por 30 a 90 minutos"),
          ("uma ferrada de bagre", "água morna e vir à unidade para tirar o resto do espinho"),
          ("uma queimadura de caravela", "lavar com água do mar (nunca água doce) e vinagre, sem esfregar"),
          ("um anzol enterrado no dedo", "não puxar; cortar a linha e vir à unidade"),
          ("um corte de casca de ostra no pé", "lavar com água e sabão e vir fazer o curativo")]


def sa_cerest_ficha(g: Gen) -> Doc:
    """A fisher's or shellfish gatherer's occupational health record at a CEREST: identification (birth date, CPF, CNS, NIT or RG sometimes, address, CEP, phone, a relative's phone), occupational history (the boat, the colony and the RGP unlabelled), complaint, exam, ICD-10 codes, referral, the physician's CRM and the nurse's COREN."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    p = g.person(female=g.chance(0.45))
    md = g.person()
    nu = g.person(female=g.chance(0.8))
    ce = g.pick(CEREST)
    case = g.pick(OCC_CASES)
    doc.f("«c» — Ficha de Atendimento em Saúde do Trabalhador\nData: «d» · Prontuário «pr»\n\nIDENTIFICAÇÃO\n", c=ce, d=g.date("br"), pr=clean(g, lambda: g.d(6)))
    fields = [("Nome", pname(g, p, ("full", "full", "caps"))), ("Apelido", P(fnick(g, p))), ("Nascimento", (g.dob(g.pick(["br", "br", "iso"]), 1952, 2000), "DATE_OF_BIRTH")),
              ("Sexo", V("F" if p.female else "M")), ("CPF", (g.cpf(), "BR_CPF")), ("CNS", (g.cns(), "BR_CNS"))]
    if g.chance(0.4):
        fields.append(("NIT", (g.pis(), "BR_PIS")))
    if g.chance(0.3):
        fields.append(("RG", (g.rg(), "BR_RG")))
    fields += [("Endereço", (g.address(), "ADDRESS")), ("Bairro/comunidade", V(g.pick(BAIRROS))), ("Município", V(f"{ccity}/{cuf}")), ("CEP", (g.cep(), "BR_CEP")),
               ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    kv_block(doc, fields, g.pick(["lines", "dots", "box"]))
    if g.chance(0.6):
        rel = g.relative(p)
        doc.f("Recado: «n» («r») — «t»\n", n=P(g.pick([rel.first, rel.short])), r=g.pick(["filha", "esposa", "irmã", "neta"] if rel.female else ["filho", "esposo", "irmão", "neto"]),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\nHISTÓRIA OCUPACIONAL\n«x» há «k» anos, «m». Associad«o» à «c» (RGP «r»). Jornada de «h» h, saída de madrugada; exposição solar sem proteção; «y».\n",
          x="Marisqueira" if p.female and g.chance(0.6) else ("Pescadora artesanal" if p.female else "Pescador artesanal"), k=g.ri(5, 45),
          m=g.pick([f"embarcado no {boat(g)} ({g.pick(ENGINES)})", "desembarcado, pesca de beira", "no mangue, catando caranguejo e sururu", "na lagoa, com canoa a remo"]),
          o=p.o, c=cname, r=rgp(g, cuf), h=g.ri(6, 14), y=g.pick(["ruído do motor de centro sem abafamento", "carrega caixas de 30 kg", "trabalho com as mãos na água fria e salgada",
                                                                     "não usa luva", "fuma desde os 14 anos"]))
    q, ex, cids, conduct = case
    doc.f("\nQUEIXA: «q».\nEXAME: PA «pa» mmHg; «e».\nHIPÓTESES: «h».\n", q=q.format(o=p.o), pa=f"{g.ri(11, 16)}0/{g.ri(7, 10)}0", e=ex,
          h="; ".join(f"{c} — {dict(CID_OCC).get(c, 'a esclarecer')}" for c in cids))
    doc.t("CONDUTA: " + conduct + "\n")
    doc.f("\nProfissionais: «t» «m», «c» · enf. «n», «e»\n", t=dra(md), m=P(g.pick([md.full, md.short])), c=(g.council("CRM", cuf), "PROFESSIONAL_ID"),
          n=P(g.pick([nu.full, nu.short])), e=(g.council("COREN", cuf), "PROFESSIONAL_ID"))
    return doc


def sa_descompressao(g: Gen) -> Doc:
    """A diver's decompression incident report: the diver (lobster diving with a compressor, or an oyster farm's diver) with birth date, CPF, RG or CNS, phone; the boat's master and phone; the dive profile; the SAMU ambulance's plate, the nursing technician's COREN and a companion's phone; the hyperbaric physician's CRM; ICD T70.3; the colony or the farm told by e-mail."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    d = g.person(female=g.chance(0.1))
    ms = g.person(female=False)
    tec = g.person()
    med = g.person()
    farm = g.chance(0.35)
    fname, fdom = g.pick(FARMS)
    hb = g.pick(HYPERBARIC)
    t0 = g.moment(hours=(6, 16))
    doc.f("RELATÓRIO DE INCIDENTE DE MERGULHO — SUSPEITA DE DOENÇA DESCOMPRESSIVA\n«h»\nFicha nº «n» · data do incidente: «d»\n\n1. MERGULHADOR\n", h=hb,
          n=f"{g.ri(1, 300):03d}/{t0.year}", d=dbr(t0))
    fields = [("Nome", pname(g, d, ("full", "caps"))), ("Apelido", P(fnick(g, d))), ("Nascimento", (g.dob("br", 1970, 2003), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF"))]
    fields.append(("RG", (g.rg(), "BR_RG")) if g.chance(0.5) else ("CNS", (g.cns(), "BR_CNS")))
    fields.append(("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    if farm:
        fields.append(("Empregador", V(fname)))
        fields.append(("CNPJ", (g.any_cnpj(), "BR_CNPJ")))
    else:
        fields.append(("Vínculo", V(f"pescador artesanal — {cshort} (RGP {rgp(g, cuf)})")))
    kv_block(doc, fields, g.pick(["lines", "dots"]))
    bn = boat(g)
    doc.f("\n2. OPERAÇÃO\nEmbarcação: «b» · mestre: «m» — tel. «t»\nAtividade: «a»\nLocal: «l»\n", b=bn, m=P(g.pick([ms.full, fnick(g, ms), ms.short])),
          t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
          a="manejo e limpeza de lanternas de ostra" if farm else "captura de lagosta com mergulho dependente de compressor (atividade proibida pela IN 138/2006)",
          l=g.pick(["Pedra do Sal, 12 milhas da costa", "baixio do Bento", "parque aquícola da Baía Serena", "parrachos a 8 milhas", "canal da Ilha das Ostras"]))
    doc.t("\n3. PERFIL DOS MERGULHOS\n")
    rows = []
    for k in range(g.ri(2, 5)):
        rows.append([V(str(k + 1)), V(str(g.ri(6, 32) if not farm else g.ri(3, 12))), V(str(g.ri(15, 70))), V(g.pick(["rápida", "normal", "rápida (sem parada)", "com parada 3 min"])),
                     V(f"{g.ri(10, 90)} min" if k else "—")])
    table_ruled(doc, ["mergulho", "prof. máx (m)", "tempo de fundo (min)", "subida", "intervalo"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.f("\n4. SINTOMAS\n«s» cerca de «m» min após o último mergulho.\n", m=g.ri(10, 120),
          s=g.pick(["Dor intensa no ombro e no cotovelo direitos, formigamento nas pernas", "Tontura, fraqueza nas pernas e dificuldade para urinar",
                    "Manchas arroxeadas na pele do tórax, coceira e cansaço extremo", "Dor nas articulações, confusão mental e vômitos"]))
    doc.f("\n5. PRIMEIROS SOCORROS\n«x»; chegada ao porto às «h».\n", x=g.pick(["Sem oxigênio a bordo; hidratação oral", "O2 a 100% por máscara (cilindro do barco) e hidratação",
                                                                              "Posição deitada, hidratação oral, sem oxigênio"]), h=g.hm())
    acomp = g.relative(d)
    doc.f("\n6. REMOÇÃO\nSAMU, viatura placa «p», técnic«o» de enfermagem «n», «c». Acompanhante: «a» («r»), telefone «t».\n", p=(g.plate(), "LICENSE_PLATE"),
          o=tec.o, n=P(g.pick([tec.full, tec.short])), c=(g.council("COREN", cuf), "PROFESSIONAL_ID"), a=P(g.pick([acomp.full, acomp.first])),
          r=g.pick(["irmã", "esposa", "mãe", "filha"] if acomp.female else ["irmão", "pai", "filho", "primo"]), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\n7. TRATAMENTO HIPERBÁRICO\n«t». Médic«o» hiperbarista: «m», «c». Evolução: «e».\nCID-10: T70.3 — doença de descompressão (mal dos mergulhadores).\n",
          t=g.pick(["Tabela 6 da US Navy (4h45), repetida com Tabela 5 no dia seguinte", "Tabela 6 da US Navy com 2 extensões", "Tabela 5 da US Navy"]),
          o=med.o, m=P(g.pick([med.full, med.short])), c=(g.council("CRM", cuf), "PROFESSIONAL_ID"),
          e=g.pick(["remissão completa após 3 sessões", "melhora parcial, mantém parestesia em pé esquerdo", "alta com orientação de não mergulhar por 30 dias"]))
    sec = g.person(female=g.chance(0.6))
    if farm:
        doc.f("\nComunicado ao empregador («e») em «d»; CAT solicitada.\n", e=(corp_mail(sec, fdom, g), "EMAIL_ADDRESS") if g.chance(0.6) else V(role_mail(g, fdom, "rh")),
              d=dbr(t0 + datetime.timedelta(days=1)))
    else:
        doc.f("\nComunicado à «c» («e») em «d» para orientação dos demais mergulhadores.\n", c=cshort,
              e=(g.email(sec), "EMAIL_ADDRESS") if g.chance(0.5) else V(role_mail(g, cdom, "secretaria")), d=dbr(t0 + datetime.timedelta(days=1)))
    return doc


def sa_aso(g: Gen) -> Doc:
    """An ASO of a seafood processing plant's or shrimp farm's worker (the clinic's CNPJ and phone, the employer's CNPJ, CPF, RG, birth date, NIT, e-mail or phone sometimes; the CBO unlabelled; cold, ammonia, knives; the examiner's and the PCMSO coordinator's CRM) and sometimes the month's ASO list."""
    doc = Doc()
    cl_, cldom = g.pick(OCC_CLINICS)
    emp, edom = g.pick(FISH_FIRMS + FARMS)
    cname, cshort, cdom, ccity, cuf = colony(g)
    w = g.person(female=g.chance(0.6))
    ex = g.person()
    co = g.person()
    job = g.pick(PLANT_JOBS)
    doc.f("ATESTADO DE SAÚDE OCUPACIONAL — ASO\n«c» — CNPJ «j» — agendamento «t»\n\nTipo de exame: «k»\n\n", c=cl_, j=(g.any_cnpj(), "BR_CNPJ"),
          t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"), k=g.pick(["admissional", "periódico", "periódico", "demissional", "retorno ao trabalho", "mudança de função"]))
    fields = [("Empresa", V(emp)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Trabalhador(a)", pname(g, w, ("full", "caps"))), ("CPF", (g.cpf(), "BR_CPF")),
              ("RG", (g.rg(), "BR_RG")), ("Nascimento", (g.dob("br", 1962, 2006), "DATE_OF_BIRTH")), ("NIT", (g.pis(), "BR_PIS"))]
    if g.chance(0.3):
        fields.append(("E-mail", (g.email(w), "EMAIL_ADDRESS")))
    if g.chance(0.4):
        fields.append(("Telefone", (g.phone(), "PHONE_NUMBER")))
    fields += [("Função", V(job[1] if w.female else job[0])), ("CBO", V(f"{g.d(4)}-{g.d(2)}")), ("Setor", V(g.pick(["beneficiamento", "câmara fria", "recepção do pescado", "viveiros", "expedição", "cultivo"])))]
    kv_block(doc, fields, g.pick(["lines", "dots", "box"]))
    doc.t("\nRiscos: " + "; ".join(g.sample(["frio (câmara a -18 °C)", "umidade", "ruído do túnel de congelamento", "amônia", "metabissulfito de sódio",
                                             "movimentos repetitivos", "postura em pé prolongada", "facas e lâminas", "piso escorregadio", "radiação solar",
                                             "agentes biológicos (pescado)"], 4)) + ".\n")
    doc.t("Exames: clínico; " + ", ".join(g.sample(["audiometria", "hemograma", "glicemia", "espirometria", "acuidade visual", "parasitológico de fezes",
                                                     "micológico de unhas"], 3)) + ".\n")
    doc.f("Conclusão: «c»\n\n", c=g.pick(["APTO(A)", "APTO(A)", "APTO(A)", "APTO(A) com restrição: evitar câmara fria por 60 dias", "INAPTO(A) temporariamente"]))
    doc.f("Médic«o» examinador«a»: «n» — «c»\nCoordenador«b» do PCMSO: «m» — «d»\n", o=ex.o, a="a" if ex.female else "", n=P(g.pick([ex.full, ex.short])),
          c=(g.council("CRM", cuf), "PROFESSIONAL_ID"), b="a" if co.female else "", m=P(co.full), d=(g.council("CRM", cuf), "PROFESSIONAL_ID"))
    if g.chance(0.45):
        doc.f("\nASOs do mês — «e»\n", e=emp)
        rows = []
        for _ in range(g.ri(3, 5)):
            p = g.person(female=g.chance(0.6))
            jj = g.pick(PLANT_JOBS)
            rows.append([P(g.pick([p.full, p.capsf])), (g.cpf(), "BR_CPF"), V(jj[1] if p.female else jj[0]), V(g.pick(["adm.", "per.", "dem.", "RT"])),
                         V(g.pick(["apto", "apto", "apto", "inapto temp."]))])
        table_ruled(doc, ["nome", "CPF", "função", "tipo", "resultado"], rows, g.pick(["plus", "psql", "plain"]))
    return doc


def sa_zap_ubs(g: Gen) -> Doc:
    """A WhatsApp chat between a fisher or shellfish gatherer (or a relative) and the local health unit's nurse (lower case): a stingray or catfish sting, a jellyfish burn or a hook, the CNS, CPF and birth date asked, first aid, the tetanus shot, the community health agent, the doctor's CRM, a relative's number."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    ubs = g.pick(UBS)
    nu = g.person(female=g.chance(0.8))
    p = g.person(female=g.chance(0.5))
    rel = g.relative(p)
    acs = g.person(female=g.chance(0.7))
    md = g.person()
    st = chat_stamp(g)
    tt = iter(seq_times(g, 30, g.moment(hours=(5, 20)), 30, 900))
    sting, aid = g.pick(STINGS)
    by_rel = g.chance(0.35)
    U = V("Você") if g.chance(0.5) else ((g.phone("wa"), "PHONE_NUMBER") if g.chance(0.6) else P(g.pick([rel.first if by_rel else p.first, lower(p.first)])))
    B = V(ubs) if g.chance(0.65) else P(g.pick([nu.first, nu.short]))
    doc.f("Conversa do WhatsApp com «n»\n\n", n=V(ubs) if U[0] == "Você" else U)
    if by_rel:
        cl(doc, st(next(tt)), U, "boa tarde aqui é «r» «x» d«o» «n». «z» levou «s» agora na pescaria, tá gritando de dor", r=P(lower(rel.first)),
           x=g.pick(["filha", "neta", "sobrinha"] if rel.female else ["filho", "neto", "sobrinho"]), o=p.o, n=P(g.pick([lower(fnick(g, p)), lower(p.first)])),
           z="ela" if p.female else "ele", s=sting)
    else:
        cl(doc, st(next(tt)), U, "«x» levei «s» agora na pescaria, o que eu faço", x=g.pick(["bom dia", "boa tarde", "enfermeira", "oi"]), s=sting)
    cl(doc, st(next(tt)), B, "oi! «a». se piorar, dor no peito ou falta de ar vai direto pra UPA", a=aid)
    cl(doc, st(next(tt)), B, "qual o nome completo? e me passa o cartão do sus e a data de nascimento pra eu ver a vacina de tétano")
    cl(doc, st(next(tt)), U, "«n»", n=P(g.pick([p.low, p.full, lower(p.first + " " + p.last)])))
    dob = g.dob(g.pick(["br", "nopad", "short"]), 1950, 2004)
    if g.chance(0.5):
        cl(doc, st(next(tt)), U, "«c» nasc «d»", c=(g.cns(), "BR_CNS"), d=(dob, "DATE_OF_BIRTH"))
    else:
        cl(doc, st(next(tt)), U, "o cartão não acho, o cpf é «c» e nasceu «d»", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), d=(dob, "DATE_OF_BIRTH"))
    cl(doc, st(next(tt)), U, "<Mídia oculta>")
    if g.chance(0.6):
        cl(doc, st(next(tt)), B, "a última dT foi em «y», tá vencida. vem amanhã cedo que «t» «d» atende até meio dia e faz o curativo", y=g.ri(2008, 2017),
           t="a dra." if md.female else "o dr.", d=P(lower(g.pick([md.first, md.short]))))
        if g.chance(0.6):
            cl(doc, st(next(tt)), B, "a receita do «r» ficou no nome d«o» «n», «c». pode pegar na farmácia da unidade", r=g.pick(["antibiótico", "anti-inflamatório", "analgésico"]),
               o="a dra." if md.female else "o dr.", n=P(md.short), c=(g.council("CRM", cuf), "PROFESSIONAL_ID"))
    else:
        cl(doc, st(next(tt)), B, "a última dT foi em «y», tá vencida. vem amanhã cedo pra vacina e curativo", y=g.ri(2008, 2017))
    if g.chance(0.6):
        cl(doc, st(next(tt)), U, "a «a» passou aqui ontem e disse que tinha que atualizar o cadastro", a=P(lower(g.pick([acs.first, acs.short]))))
        cl(doc, st(next(tt)), B, "isso, a agente de saúde vai passar aí. confirma o endereço: «a», «b»?", a=(g.address("low"), "ADDRESS"), b=lower(g.pick(BAIRROS)))
        cl(doc, st(next(tt)), U, g.pick(["isso mesmo", "é esse", "mudamos, agora é na " + g.pick(["beira do rio", "vila nova", "casa da minha mãe"])]))
    if g.chance(0.7):
        cl(doc, st(next(tt)), U, "qualquer coisa liga no número «x» «t»",
           x=g.pick(["do meu filho", "da minha filha", "do meu marido" if p.female else "da minha mulher"]) if not by_rel else ("da minha mãe" if p.female else "do meu pai"),
           t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), B, g.pick(["tá bom, melhoras 🙏", "combinado. até amanhã", "👍"]))
    return doc


def sa_cat(g: Gen) -> Doc:
    """A CAT in capitals (OCR'd sometimes) of a processing plant's or a fishing company's worker: the employer's CNPJ (CNAE unlabelled), the worker and the mother, birth date, NIT, RG, CPF, CNS sometimes, address, CEP, phone; the accident; witnesses' phones; the physician's CRM; the HR's e-mail."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    emp, edom = g.pick(FISH_FIRMS + ARMADORES)
    w = g.person(female=g.chance(0.45))
    mae = g.person(female=True)
    md = g.person()
    hr = g.person(female=g.chance(0.7))
    inj, cid, part, agent, place = g.pick(INJ_FISH)
    scan = g.chance(0.4)

    def up(s: str) -> str:
        s = caps_t(s)
        return ocr_t(s, g, 0.25) if scan else s

    def nm(s: str) -> str:
        return ocr(s, g, 0.25, names=True) if scan else s
    doc.f(up("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT\nTIPO: «t»   EMITENTE: EMPREGADOR\n\nI — EMITENTE\nRAZÃO SOCIAL: «e»\nCNPJ: «c»\nCNAE: «n»\n\nII — ACIDENTADO\n"),
          t=g.pick(["INICIAL", "INICIAL", "REABERTURA"]), e=fold(emp).upper(), c=(g.any_cnpj(), "BR_CNPJ"), n=g.pick(["1020-1/01", "1020-1/02", "0311-6/01", "0321-3/01"]))
    fields = [("NOME", (nm(w.capsf), "PERSON")), ("NOME DA MÃE", (nm(mae.capsf), "PERSON")), ("DATA DE NASCIMENTO", (g.dob("br", 1965, 2005), "DATE_OF_BIRTH")),
              ("SEXO", V("FEMININO" if w.female else "MASCULINO")), ("CTPS", V(ctps(g, cuf).upper())), ("NIT/PIS", (g.pis(), "BR_PIS")),
              ("RG", (g.rg(), "BR_RG")), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.4):
        fields.append(("CNS", (g.cns(), "BR_CNS")))
    fields += [("ENDEREÇO", (nm(g.address("caps")), "ADDRESS")), ("BAIRRO", V(fold(g.pick(BAIRROS)).upper())), ("CEP", (g.cep(), "BR_CEP")),
               ("MUNICÍPIO/UF", V(f"{fold(ccity).upper()}/{cuf}")), ("TELEFONE", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
               ("CBO", V(f"{g.d(4)}-{g.d(2)}"))]
    for k, v in fields:
        doc.t(up(f"{fold(k).upper()}: "))
        doc.e(*v)
        doc.t("\n")
    t0 = g.moment(hours=(4, 20))
    doc.f(up("\nIII — ACIDENTE\nDATA: «d»   HORA: «h»   HORAS TRABALHADAS: «k»\nTIPO: TÍPICO\nLOCAL: «l»\nPARTE DO CORPO: «p»\nAGENTE CAUSADOR: «a»\nDESCRIÇÃO: «x».\n"),
          d=dbr(t0), h=ts(t0, "hm"), k=f"{g.ri(0, 9):02d}:{g.ri(0, 59):02d}", l=place,
          p=part, a=agent, x=inj)
    doc.t(up("TESTEMUNHAS:\n"))
    for _ in range(g.ri(1, 2)):
        t_ = g.person()
        doc.f(up("- «n» — TEL. «t»\n"), n=(nm(t_.capsf), "PERSON"), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    doc.f(up("\nIV — ATESTADO MÉDICO\nUNIDADE: «u»\nINTERNAÇÃO: «i»   AFASTAMENTO: «a» DIAS\nCID-10: «c»\nMÉDICO: «m» — «r»\n"),
          u=fold(g.pick(HOSPITALS).format(c=ccity)).upper(), i=g.pick(["SIM", "NAO", "NAO"]), a=g.ri(2, 60), c=cid, m=(nm(md.capsf), "PERSON"),
          r=(g.council("CRM", cuf), "PROFESSIONAL_ID"))
    doc.f(up("\nRESPONSÁVEL PELO PREENCHIMENTO: «n» — «e»\n"), n=(nm(hr.capsf), "PERSON"),
          e=(corp_mail(hr, edom, g), "EMAIL_ADDRESS") if g.chance(0.6) else V(role_mail(g, edom, g.pick(["rh", "dp", "sesmt"]))))
    return doc


def sa_encaminhamento(g: Gen) -> Doc:
    """A referral and counter-referral from the local health unit to a specialist (dermatology, ophthalmology, ENT, orthopaedics) of a fisher: birth date, CNS, CPF, mother, address, CEP, phone; the requesting doctor's CRM, the regulating nurse's COREN, the specialist's CRM; SISREG and pathology numbers unlabelled."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    ubs = g.pick(UBS)
    p = g.person(female=g.chance(0.45))
    mae = g.person(female=True)
    rq = g.person()
    rg_ = g.person(female=g.chance(0.7))
    sp_ = g.person()
    spec, cids, resumo, resp = g.pick([
        ("Dermatologia", ["L57.0", "C44.3"], "lesão ulcerada em asa nasal esquerda há 6 meses, crescimento lento, em pescador com exposição solar de décadas",
         "Realizada biópsia excisional (lâmina AP {n}): carcinoma basocelular nodular, margens livres. Retorno anual; fotoproteção."),
        ("Oftalmologia", ["H11.0"], "pterígio em olho direito invadindo a córnea, baixa visual progressiva, trabalha no mar sem óculos",
         "Exérese de pterígio com enxerto conjuntival realizada em {d}. Colírio por 30 dias; óculos com filtro UV."),
        ("Otorrinolaringologia", ["H83.3"], "perda auditiva e zumbido bilaterais, 20 anos em barco com motor de centro sem abafamento",
         "Audiometria confirma PAIR bilateral. Indicado aparelho auditivo pelo SUS; notificado no SINAN."),
        ("Ortopedia", ["M75.1", "M54.5"], "dor no ombro direito e lombar há 1 ano, piora ao lançar a tarrafa e ao puxar a rede",
         "USG: tendinopatia do supraespinhal. Fisioterapia 20 sessões; infiltração se não houver melhora.")])
    doc.f("«u» — Secretaria Municipal de Saúde de «c»\nGUIA DE REFERÊNCIA E CONTRARREFERÊNCIA\n\nEspecialidade: «s»   Prioridade: «p»\n\n", u=ubs, c=ccity, s=spec,
          p=g.pick(["amarela", "vermelha", "verde"]))
    fields = [("Paciente", pname(g, p, ("full", "caps"))), ("Nascimento", (g.dob("br", 1945, 1995), "DATE_OF_BIRTH")), ("CNS", (g.cns(), "BR_CNS"))]
    if g.chance(0.7):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    fields += [("Mãe", pname(g, mae, ("full", "caps"))), ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
               ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")), ("Ocupação", V(("pescadora" if p.female else "pescador") + f" artesanal (RGP {rgp(g, cuf)})"))]
    kv_block(doc, fields, g.pick(["lines", "dots"]))
    doc.f("\nResumo clínico: «r».\nHipótese diagnóstica: «h».\nMédic«o» solicitante: «m» — «c»\n", r=resumo, h=", ".join(cids), o=rq.o,
          m=P(g.pick([rq.full, rq.short])), c=(g.council("CRM", cuf), "PROFESSIONAL_ID"))
    doc.f("\nRegulação: SISREG «n» — agendado para «d» às «h» — local: «l». Regulador«a»: «r», «c».\n", n=clean(g, lambda: g.d(9)), d=g.date("br"),
          h=f"{g.ri(7, 16):02d}:{g.pick(['00', '20', '30', '40'])}",
          l=g.pick(HOSPITALS).format(c=ccity), a="a" if rg_.female else "", r=P(g.pick([rg_.full, rg_.short])), c=(g.council("COREN", cuf), "PROFESSIONAL_ID"))
    if g.chance(0.75):
        doc.f("\n--- CONTRARREFERÊNCIA ---\n«t»\n«m» — «c» — «s»\n", t=resp.format(n=f"{g.up(2)}{g.ri(100, 9999)}/{g.ri(25, 26)}", d=g.date("br")),
              m=P(g.pick([sp_.full, sp_.short])), c=(g.council("CRM", cuf), "PROFESSIONAL_ID"), s=spec)
    return doc


def sa_campanha(g: Gen) -> Doc:
    """A health action at the colony during the closed season (CSV, TSV or ruled table): attendees with birth date, CPF and CNS, blood pressure, glucose, vaccine and lot (unlabelled); the vaccinator's COREN, the coordinator's CRM or COREN, the colony's contact e-mail or role mailbox."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    vac = g.person(female=g.chance(0.8))
    co = g.person()
    sec = g.person(female=g.chance(0.7))
    doc.f("Ação de Saúde do Pescador e da Pescadora — «c» — «d»\nParceria: «u» e «x»\n\n", c=cname, d=g.date("br"), u=g.pick(UBS), x=g.pick(CEREST))
    rows = []
    for _ in range(g.ri(4, 7)):
        p = g.person(female=g.chance(0.5))
        rows.append([P(g.pick([p.full, p.capsf, p.short])), (g.dob(g.pick(["br", "iso"]), 1940, 2005), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if g.chance(0.75) else V(""), (g.cns(g.chance(0.3)), "BR_CNS") if g.chance(0.7) else V(""),
                     V(f"{g.ri(10, 18)}{g.ri(0, 9)}/{g.ri(6, 11)}{g.ri(0, 9)}"), V(str(g.ri(78, 260))), V(g.pick(["dT", "Influenza", "Hepatite B", "Febre amarela", "—"])),
                     V(lote_vacina(g)), V(g.pick(["", "encaminhad" + p.o + " dermato", "PA alta, retorno UBS", "glicemia alterada", ""]))])
    cols = ["nome", "nascimento", "cpf", "cns", "PA", "glicemia", "vacina", "lote", "obs"]
    style = g.pick(["csv", "tsv", "plus", "md"])
    if style == "csv":
        table_csv(doc, cols, rows, ",")
    elif style == "tsv":
        table_csv(doc, cols, rows, "\t")
    else:
        table_ruled(doc, cols, rows, style)
    doc.f("\nVacinador«a»: «n» — «c»\n", a="a" if vac.female else "", n=P(g.pick([vac.full, vac.short])), c=(g.council("COREN", cuf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Coordenação: «n» — «c»\n", n=P(co.full), c=(g.council("CRM", cuf), "PROFESSIONAL_ID"))
    else:
        doc.f("Coordenação: «n» — «c»\n", n=P(co.full), c=(g.council("COREN", cuf), "PROFESSIONAL_ID"))
    doc.f("Dúvidas e segunda via do cartão de vacina: «e»\n", e=(corp_mail(sec, cdom, g), "EMAIL_ADDRESS") if g.chance(0.5) else V(role_mail(g, cdom, g.pick(["secretaria", "saude", "contato"]))))
    if g.chance(0.4):
        doc.t(word_neg(g) + "\n")
    return doc


SA = [sa_cerest_ficha, sa_descompressao, sa_aso, sa_zap_ubs, sa_cat, sa_encaminhamento, sa_campanha]


# --------------------------------------------------------------------------- financeiro


def fi_livro_vendas(g: Gen) -> Doc:
    """A cooperative's fish-intake and sale ledger (CSV with semicolons, fixed width or a ruled table): the fisher by name or nickname, CPF, species, kg, price, payment by a Pix key of any kind or agency and account; the day's sales to buyers with CNPJ and invoice numbers (unlabelled); the social-security retention; the treasurer."""
    doc = Doc()
    coop, cdom = g.pick(COOPS)
    cname, cshort, cdom2, ccity, cuf = colony(g)
    tes = g.person(female=g.chance(0.5))
    day = g.day()
    doc.f("«c»\nLivro de entrada de pescado — «d» — posto «p»\n\n", c=coop, d=dbr(day), p=g.pick(["trapiche da colônia", "Mercado de Peixe da Ponta do Bento", "galpão do gelo", "rampa da Barra"]))
    style = g.pick(["csv", "fixed", "plus", "psql"])
    rows = []
    t = datetime.datetime(day.year, day.month, day.day, 5, g.ri(0, 40))
    tot = 0.0
    for _ in range(g.ri(4, 7)):
        t += datetime.timedelta(minutes=g.ri(4, 60))
        p = g.person(female=g.chance(0.3))
        sp, price = g.pick(SPECIES)
        kg = round(g.rng.uniform(3, 180), 1)
        pr = round(price * g.rng.uniform(0.8, 1.15), 2)
        tot += kg * pr
        name = P(g.pick([p.full, p.capsf, fnick(g, p), p.short]))
        cpf = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.75) else V("")
        r = g.rng.random()
        if r < 0.5:
            kind_, kv = pix_key(g, p, cpf[0] or None)
            pay = [V("pix"), kv, V(""), V("")]
        elif r < 0.8:
            pay = [V(g.pick(["conta", "TED", "depósito"])), V(""), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        else:
            pay = [V(g.pick(["dinheiro", "vale gelo", "abatido no fiado"])), V(""), V(""), V("")]
        rows.append([V(ts(t, "hm")), name, cpf, V(sp.split(" (")[0]), V(num(kg, 1)), V(brl(pr)), V(brl(kg * pr))] + pay)
    cols = ["hora", "pescador", "cpf", "espécie", "kg", "R$/kg", "total", "pagto", "chave pix", "agência", "conta"]
    if style == "csv":
        table_csv(doc, cols, rows, ";")
    elif style == "fixed":
        W = [5, 26, 14, 20, 7, 7, 9, 10]
        doc.t("HORA  " + "PESCADOR".ljust(26) + "  " + "CPF".ljust(14) + "  " + "ESPECIE".ljust(20) + "  " + "KG".rjust(7) + "  " + "R$/KG".rjust(7) + "  "
              + "TOTAL".rjust(9) + "  PAGAMENTO\n")
        for r_ in rows:
            doc.cell(r_[0][0], 5)
            doc.t(" ")
            doc.cell(cut(fold(r_[1][0]).upper(), 26), 26, "PERSON")
            doc.t("  ")
            doc.cell(r_[2][0], 14, r_[2][1])
            doc.t("  ")
            doc.cell(cut(fold(r_[3][0]).upper(), 20), 20)
            doc.t("  ")
            for k in (4, 5, 6):
                doc.cell(r_[k][0], W[k], right=True)
                doc.t("  ")
            doc.t(r_[7][0].upper())
            if r_[8][0]:
                doc.t(" ")
                doc.e(*r_[8])
            elif r_[9][0]:
                doc.t(" AG ")
                doc.e(*r_[9])
                doc.t(" CC ")
                doc.e(*r_[10])
            doc.t("\n")
    else:
        table_ruled(doc, cols, rows, style)
    doc.t("\nVendas do dia:\n")
    for _ in range(g.ri(1, 3)):
        f_, fdom = g.pick(FISH_FIRMS)
        doc.f("- «f» (CNPJ «c») — «n» — «k» kg — R$ «v»\n", f=f_, c=(g.any_cnpj(), "BR_CNPJ"), n=nf(g), k=num(g.rng.uniform(50, 900), 1), v=brl(money(g, 900, 25000)))
    doc.f("\nRetenção previdenciária de 1,3% sobre a comercialização (Lei 8.212/1991, art. 25): R$ «v».\n", v=brl(tot * 0.013))
    doc.f("Tesoureir«o»: «n»«x»\n", o=tes.o, n=P(g.pick([tes.full, tes.short, tes.first])), x=g.pick(["", " — caixa conferido", f" — sangria de R$ {brl(money(g, 200, 3000))}"]))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def fi_microcredito(g: Gen) -> Doc:
    """A microcredit proposal of a fishers' credit programme (capital labels, OCR'd sometimes): the applicant with CPF, RG or CNH, birth date, NIS, address, CEP, phone, e-mail sometimes (RGP and CAF unlabelled), the spouse with CPF and birth date, the purpose, the solidarity group with CPF and phones, the credit agent, the disbursement agency and account."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    bank, prog = g.pick(BANK_PROG)
    p = g.person(female=g.chance(0.45))
    sp = g.person(female=not p.female)
    sp = Person(sp.given, sp.surnames, sp.female)
    ag = g.person()
    scan = g.chance(0.4)

    def up(s: str) -> str:
        return ocr_t(s, g, 0.3) if scan else s

    def nm(s: str) -> str:
        return ocr(s, g, 0.3, names=True) if scan else s
    doc.f(up("«b» — PROGRAMA «p»\nPROPOSTA DE CRÉDITO PRODUTIVO ORIENTADO Nº «n»\nAGENTE DE CRÉDITO: «a» · POSTO DE ATENDIMENTO: «c»\n\n1. PROPONENTE\n"),
          b=fold(bank).upper(), p=fold(prog).upper(), n=clean(g, lambda: f"{g.d(4)}/{g.d(6)}"), a=(nm(g.pick([ag.capsf, fold(ag.short).upper()])), "PERSON"),
          c=fold(cshort).upper())
    fields = [("NOME", (nm(p.capsf), "PERSON")), ("APELIDO", (nm(fold(fnick(g, p)).upper()), "PERSON")), ("CPF", (g.cpf(), "BR_CPF"))]
    fields.append(("RG", (g.rg(), "BR_RG")) if g.chance(0.7) else ("CNH", (g.cnh(), "BR_CNH")))
    fields += [("DATA DE NASCIMENTO", (g.dob("br", 1958, 2004), "DATE_OF_BIRTH")), ("NIS", (g.pis(), "BR_PIS")),
               ("ESTADO CIVIL", V(fold(g.pick(CIVIL[p.female])).upper())), ("ENDEREÇO", (nm(g.address("caps")), "ADDRESS")),
               ("PONTO DE REFERÊNCIA", V(up(g.pick(["AO LADO DA IGREJA DE SAO PEDRO", "PERTO DO TRAPICHE", "CASA AZUL DEPOIS DA PONTE", "EM FRENTE A COLONIA"])))),
               ("MUNICÍPIO/UF", V(f"{fold(ccity).upper()}/{cuf}")), ("CEP", (g.cep(), "BR_CEP")), ("TELEFONE", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    if g.chance(0.35):
        fields.append(("E-MAIL", (g.email(p), "EMAIL_ADDRESS")))
    if g.chance(0.3):
        fields.append(("TÍTULO DE ELEITOR", (g.titulo(), "BR_TITULO_ELEITOR")))
    fields += [("RGP", V(rgp(g, cuf))), ("CAF", V(caf(g, cuf)))]
    kv_block(doc, fields, g.pick(["caps", "box", "dots"]))
    if g.chance(0.7):
        doc.t(up("\n2. CÔNJUGE / COMPANHEIRO(A)\n"))
        kv_block(doc, [("NOME", (nm(sp.capsf), "PERSON")), ("CPF", (g.cpf(), "BR_CPF")), ("NASCIMENTO", (g.dob("br", 1955, 2004), "DATE_OF_BIRTH")),
                       ("OCUPAÇÃO", V(fold(g.pick(JOBS[sp.female])).upper()))], "caps")
    item = g.pick(ENGINES + ["rede de emalhar (6 panos)", "freezer horizontal 500 L", "caixas térmicas e balança", "casco de fibra 7 m", "reforma da canoa"])
    val = g.ri(2, 21) * 500.0
    k = g.pick([6, 10, 12, 18, 24])
    doc.f(up("\n3. ATIVIDADE E FINALIDADE\nATIVIDADE: PESCA DE «s» · RENDA BRUTA MENSAL: R$ «r» · DESPESAS: R$ «d»\nFINALIDADE: «i»\nVALOR SOLICITADO: R$ «v» · PRAZO: «k» MESES · "
             "CARÊNCIA: «c» · PARCELA: R$ «p»\n"), s=fold(g.pick(SPECIES)[0].split(" (")[0]).upper(), r=brl(money(g, 1200, 4500)), d=brl(money(g, 300, 1500)),
          i=fold(item).upper(), v=brl(val), k=k, c=g.pick(["3 MESES (DEFESO)", "4 MESES (DEFESO)", "SEM CARÊNCIA"]), p=brl(val * 1.012 / k))
    if g.chance(0.75):
        doc.t(up("\n4. GRUPO SOLIDÁRIO\n"))
        rows = []
        for _ in range(g.ri(2, 4)):
            m = g.person(female=g.chance(0.45))
            rows.append([(nm(g.pick([m.capsf, fold(fnick(g, m)).upper()])), "PERSON"), (g.cpf(), "BR_CPF"), (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"),
                         V(fold(g.pick(JOBS[m.female][:4])).upper())])
        table_ruled(doc, ["NOME", "CPF", "TELEFONE", "ATIVIDADE"], rows, g.pick(["plus", "plain", "pipe"]))
    b_ = g.pick(BANKS)
    doc.f(up("\n5. LIBERAÇÃO: CRÉDITO EM CONTA — «b», AGÊNCIA «a», CONTA «c»\n"), b=fold(b_[1]).upper(), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.f(up("\n«c», «d».\nASSINATURA DO PROPONENTE: «s»\n"), c=fold(ccity).upper(), d=g.date("br"), s=g.pick(["(assinado)", "A ROGO — IMPRESSÃO DIGITAL", "________________"]))
    if g.chance(0.6):
        doc.f("\n[enviada pelo app do agente em «t» · IP «i» · agente «e»]\n", t=ts(g.moment(), "br"), i=(g.ip(), "IP_ADDRESS"),
              e=(g.email(ag, g.pick(["bancodopovopraiano.com.br", "marecheia.org.br", "sicoobcostaserena.com.br", "bancosururu.org.br"])), "EMAIL_ADDRESS")
              if g.chance(0.6) else V(login(ag, g)))
    return doc


def fi_pix_gelo(g: Gen) -> Doc:
    """Pix receipts pasted from screenshots for ice and diesel bought at a cooperative (OCR'd sometimes): the payer's name, masked CPF (unlabelled), bank, agency and account; the cooperative's CNPJ and random key; the E2E id (unlabelled); a payment to the former treasurer's CPF key; the person reconciling."""
    doc = Doc()
    coop, cdom = g.pick(COOPS)
    key = g.uuid()
    cnpj = g.any_cnpj()
    an = g.person()
    doc.f("Conciliação Pix — fábrica de gelo e bomba de diesel — «c» — «d»\n\n", c=coop, d=g.date("br"))
    for k in range(g.ri(2, 4)):
        p = g.person(female=g.chance(0.3))
        t = g.moment(hours=(4, 19))
        scan = g.chance(0.4)
        N = (lambda s: ocr(s, g, 0.35, names=True)) if scan else (lambda s: s)
        cpf = g.cpf_digits()
        masked = g.pick([f"***.{cpf[3:6]}.{cpf[6:9]}-**", f"•••.{cpf[3:6]}.{cpf[6:9]}-••", f"***{cpf[3:9]}**"])
        bank = g.pick(BANKS)
        what = g.pick(["gelo", "diesel", "gelo + diesel", "isca", "óleo 2T"])
        doc.f("--- comprovante «k» («s») ---\n", k=k + 1, s=g.pick(["print do app", "PDF", "foto da tela"]) if not scan else "imagem (OCR)")
        doc.f("Comprovante de transferência Pix\nValor: R$ «v»\nData: «d»\n\nDe\n«n»\nCPF «c»\n«b»\n", v=brl(money(g, 24, 1900)), d=ts(t, "brs"),
              n=P(N(g.pick([p.capsf, p.full]))), c=masked, b=bank[1])
        if g.chance(0.85):
            doc.f("Agência «a» · Conta «k»\n", a=(g.agency(False), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"))
        doc.f("\nPara\n«r»\nCNPJ «c»\nChave «x»\n\nID da transação: «i»\n", r=fold(coop.split(" — ")[0]).upper(), c=(cnpj, "BR_CNPJ"), x=(key, "PIX_KEY"), i=e2e(g, t))
        if g.chance(0.5):
            doc.f("Mensagem: «m»\n", m=g.pick([what, f"{g.ri(2, 40)} barras de gelo", f"{g.ri(20, 300)} L diesel barco {lower(boat(g))}", "acerto do fiado"]))
        doc.t("\n")
    if g.chance(0.55):
        p = g.person()
        doc.f("Pix recebido na chave antiga (CPF d«o» ex-tesoureir«o» «n»: «c») — pedir estorno e reenvio na chave aleatória.\n", o=p.o,
              n=P(g.pick([p.full, p.short])), c=(g.cpf(), "BR_CPF"))
    doc.f("Conferido por «n» em «d».\n", n=P(g.pick([an.first, an.short])) if g.chance(0.65) else V(login(an, g)), d=g.date("br"))
    return doc


def fi_folha_producao(g: Gen) -> Doc:
    """A processing plant's or shrimp farm's production payroll (peeled shrimp, filleting, harvest days) in fixed width (names cut at 26) or a ruled table: CPF, PIS, kg or days, amount, a Pix key of any kind or agency and account; the login and the accountant's CRC."""
    doc = Doc()
    emp, edom = g.pick(FISH_FIRMS + FARMS)
    cname, cshort, cdom, ccity, cuf = colony(g)
    acc = g.person()
    d1 = g.day()
    doc.f("«e»\nFOLHA DE PRODUÇÃO — «k» — QUINZENA «a» A «b»\n\n", e=fold(emp).upper(), k=g.pick(["DESCASQUE DE CAMARÃO (R$/KG)", "FILETAGEM (R$/KG)", "DESPESCA (DIÁRIAS)"]),
          a=dbr(d1), b=dbr(d1 + datetime.timedelta(days=14)))
    staff = [g.person(female=g.chance(0.65)) for _ in range(g.ri(4, 7))]
    if g.chance(0.5):
        W = 26
        doc.t("NOME".ljust(W) + "  " + "CPF".ljust(14) + "  " + "PIS".ljust(14) + "  " + "PROD.".rjust(8) + "  " + "LIQUIDO".rjust(9) + "  CREDITO\n")
        for p in staff:
            doc.cell(cut(fold(p.full).upper(), W), W, "PERSON")
            doc.t("  ")
            cpf = g.cpf("dot")
            doc.cell(cpf, 14, "BR_CPF")
            doc.t("  ")
            doc.cell(g.pis("dot"), 14, "BR_PIS")
            doc.t("  ")
            doc.cell(num(g.rng.uniform(40, 420), 1), 8, right=True)
            doc.t("  ")
            doc.cell(brl(money(g, 500, 2600)), 9, right=True)
            doc.t("  ")
            if g.chance(0.55):
                kind_, kv = pix_key(g, p, cpf)
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
        for p in staff:
            b = g.pick(BANKS)
            cpf = g.cpf()
            if g.chance(0.5):
                kind_, kv = pix_key(g, p, cpf)
                cred = [V("Pix " + kind_), kv, V("")]
            else:
                cred = [V(b[1]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
            rows.append([P(g.pick([p.full, p.short])), (cpf, "BR_CPF"), (g.pis(), "BR_PIS"), V(num(g.rng.uniform(40, 420), 1)), V(brl(money(g, 500, 2600)))] + cred)
        table_ruled(doc, ["nome", "CPF", "PIS", "produção", "líquido", "banco/forma", "agência/chave", "conta"], rows, g.pick(["md", "plus", "pipe"]))
    doc.f("\nGerado por «l» em «d». Encargos: INSS 7,5%, FGTS 8%, RAT 3% (CNAE 1020-1/01).\nContador responsável: «n» — «c»\n", l=login(g.person(), g), d=g.date("br"),
          n=P(g.pick([acc.full, acc.caps])), c=(g.council("CRC", cuf), "PROFESSIONAL_ID"))
    return doc


def fi_partilha(g: Gen) -> Doc:
    """A boat's catch-share settlement ('acerto da viagem'), sent by the owner in a WhatsApp group or typed as a note: sales by species to buyers with CNPJ, costs (diesel, ice, food, bait), the owner's half, the crew's shares by name or nickname with Pix keys of any kind, a crew member's new key."""
    doc = Doc()
    cname, cshort, cdom, ccity, cuf = colony(g)
    bn = boat(g)
    ow = g.person(female=g.chance(0.2))
    crew = [g.person(female=False) for _ in range(g.ri(3, 5))]
    roles = ["mestre", "proeiro", "gelador", "cozinheiro", "motorista", "pescador"]
    as_chat = g.chance(0.6)
    st = chat_stamp(g)
    tt = iter(seq_times(g, 20, g.moment(hours=(6, 21)), 60, 1800))
    if as_chat:
        doc.f("Conversa do WhatsApp com «g»\n\n", g=f"Tripulação {bn} ⚓")
        OW = P(g.pick([ow.first, fnick(g, ow), ow.short])) if g.chance(0.6) else (g.phone("wa"), "PHONE_NUMBER")
        doc.t(st(next(tt)))
        doc.e(*OW)
        doc.t(": segue o acerto da viagem\n")
    d1 = g.day()
    d2 = d1 + datetime.timedelta(days=g.ri(3, 18))
    doc.f("ACERTO DA VIAGEM — «b» — saída «a» / chegada «c»\n\nPRODUÇÃO VENDIDA\n", b=bn.upper(), a=dbr(d1, "short"), c=dbr(d2, "short"))
    gross = 0.0
    for _ in range(g.ri(2, 4)):
        sp, price = g.pick(SPECIES)
        kg = round(g.rng.uniform(30, 900), 1)
        v = kg * price
        gross += v
        if g.chance(0.6):
            f_, fdom = g.pick(FISH_FIRMS)
            doc.f("«s» «k» kg x «p» = R$ «v» → «f» (CNPJ «c»)\n", s=sp, k=num(kg, 1), p=brl(price), v=brl(v), f=f_, c=(g.any_cnpj(), "BR_CNPJ"))
        else:
            bu = g.person(female=False)
            doc.f("«s» «k» kg x «p» = R$ «v» → «n» (atravessador)\n", s=sp, k=num(kg, 1), p=brl(price), v=brl(v), n=P(g.pick([fnick(g, bu), bu.first])))
    costs = [("óleo diesel", money(g, 300, 4000)), ("gelo", money(g, 150, 1500)), ("rancho", money(g, 200, 1800)), ("isca", money(g, 0, 600))]
    doc.t("\nDESPESAS\n" + "\n".join(f"{k}: R$ {brl(v)}" for k, v in costs) + "\n")
    net = gross - sum(v for _, v in costs)
    doc.f("\nLÍQUIDO: R$ «n»\nDono do barco («o») 50%: R$ «h»\nTRIPULAÇÃO (partes)\n", n=brl(net), o=P(g.pick([ow.full, ow.short, fnick(g, ow)])), h=brl(net / 2))
    parts = [1.5] + [1.0] * (len(crew) - 1)
    tp = sum(parts)
    rows = []
    for k, (p, pt) in enumerate(zip(crew, parts)):
        cpf = (g.cpf(), "BR_CPF") if g.chance(0.6) else V("-")
        kind_, kv = pix_key(g, p, cpf[0] if cpf[1] else None)
        rows.append([P(g.pick([p.first, fnick(g, p), p.short, lower(p.first)])), cpf,
                     V(roles[0] if k == 0 else g.pick(roles[1:])), V(num(pt, 1)), V(brl(net / 2 * pt / tp)), V(kind_), kv])
    table_ruled(doc, ["nome", "cpf", "função", "partes", "valor", "tipo chave", "chave pix"], rows, g.pick(["plain", "pipe", "md"]))
    if as_chat:
        c1 = crew[g.ri(1, len(crew) - 1)]
        cl(doc, st(next(tt)), P(g.pick([c1.first, fnick(g, c1), lower(c1.first)])) if g.chance(0.5) else (g.phone("wa"), "PHONE_NUMBER"),
           "«x» minha chave mudou, manda pro «t»", x=g.pick(["dono", "patrão", "mestre", "opa"]), t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
        cl(doc, st(next(tt)), OW, g.pick(["feito", "mandei", "ok, pago amanhã cedo"]))
        cl(doc, st(next(tt)), P(g.pick([crew[0].first, fnick(g, crew[0])])), g.pick(["recebi 👍", "valeu", "próxima saída quando o tempo abrir"]))
        if g.chance(0.4):
            cl(doc, st(next(tt)), P(lower(crew[-1].first)), chat_neg(g))
    else:
        doc.f("\nPago em «d». «n»\n", d=dbr(d2 + datetime.timedelta(days=g.ri(1, 4))), n=P(g.pick([ow.full, ow.first])))
    return doc


def fi_cobranca_loja(g: Gen) -> Doc:
    """A marine supply shop's store-credit statement (the customer's CPF, phone, address, CEP, references with phones, the instalments) and the collection on WhatsApp (the shop's random key, a card number typed in the chat, a new address) or by SMS (the key, the reply with the CPF, a receipt to the e-mail)."""
    doc = Doc()
    shop, sdom = g.pick(SHOPS)
    c = g.person(female=g.chance(0.25))
    an = g.person(female=g.chance(0.6))
    doc.f("«s» — EXTRATO DE CREDIÁRIO\nCliente: «n» · CPF «c» · tel. «t»\nEndereço: «a» · CEP «p»\n", s=shop.upper(), n=P(g.pick([c.full, c.caps])),
          c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    refs = [g.person() for _ in range(g.ri(1, 2))]
    doc.t("Referências: ")
    for k, r in enumerate(refs):
        if k:
            doc.t("; ")
        doc.e(g.pick([r.full, r.short, fnick(g, r)]), "PERSON")
        doc.t(" ")
        doc.e(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER")
    doc.t("\n\n")
    n = g.ri(3, 8)
    parc = money(g, 60, 480)
    rows = []
    d0 = g.day()
    for k in range(n):
        due = d0 + datetime.timedelta(days=30 * k)
        rows.append([V(f"{k + 1}/{n}"), V(dbr(due)), V(brl(parc)), V(g.pick(["pago", "pago", "em aberto", "atrasado"]) if k < n - 1 else "a vencer"), V(clean(g, lambda: g.d(8)))])
    table_ruled(doc, ["parcela", "vencimento", "valor", "situação", "carnê"], rows, g.pick(["plain", "plus", "pipe"]))
    if g.chance(0.3):
        doc.f("Obs.: cliente autorizou débito das parcelas no cartão «c» (anotado no balcão por «a»).\n", c=(g.card(g.chance(0.6)), "CREDIT_CARD"),
              a=P(g.pick([an.first, an.short])))
    doc.t("\n")
    if g.chance(0.7):
        st = chat_stamp(g)
        tt = iter(seq_times(g, 20, g.moment(hours=(8, 19)), 60, 3000))
        B = V(g.pick([f"{shop} Cobrança", shop, f"{shop} Crediário"]))
        C = V("Você") if g.chance(0.4) else ((g.phone("wa"), "PHONE_NUMBER") if g.chance(0.6) else P(g.pick([c.first, fnick(g, c), lower(c.first)])))
        doc.f("Conversa do WhatsApp com «n»\n\n", n=V(B[0]) if C[0] == "Você" else C)
        cl(doc, st(next(tt)), B, "«x» «n», aqui é «a» do crediário. a parcela de R$ «v» venceu dia «d». pix chave aleatória da loja: «k»", x=g.pick(["bom dia", "olá", "boa tarde"]),
           n=P(lower(c.first)), a=P(lower(an.first)), v=brl(parc), d=g.date("short"), k=(g.uuid(), "PIX_KEY"))
        cl(doc, st(next(tt)), C, g.pick(["tô no defeso, só pago quando sair o seguro", "o motor quebrou, semana que vem eu acerto", "pago sexta sem falta"]))
        r = g.rng.random()
        if r < 0.35:
            cl(doc, st(next(tt)), C, "pode passar no cartão da minha mulher «c» val «v»", c=(g.card(g.chance(0.5)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
            cl(doc, st(next(tt)), B, "não mande número de cartão por aqui 🙏 apaguei. passa na loja que a gente faz na maquininha")
        elif r < 0.7:
            cl(doc, st(next(tt)), C, "mudei de casa, manda o carnê pra «a» cep «p»", a=(g.address("low"), "ADDRESS"), p=(g.cep(g.chance(0.5)), "BR_CEP"))
            cl(doc, st(next(tt)), B, "atualizado ✅")
        else:
            cl(doc, st(next(tt)), B, "consigo renegociar em «k»x sem juros. confirma o cpf?", k=g.ri(2, 5))
            cl(doc, st(next(tt)), C, "«c»", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
        if g.chance(0.4):
            cl(doc, st(next(tt)), C, "meu email é «e», manda o recibo", e=(g.email(c), "EMAIL_ADDRESS"))
        cl(doc, st(next(tt)), B, g.pick(["obrigad" + an.o + "!", "combinado 👍", "a loja agradece"]))
    else:
        doc.f("SMS de 29{0} · {1}\n".format(g.d(3), g.date("br")))
        doc.f("«s»: «n», parcela R$ «v» em atraso. Pague no Pix chave «k» e evite negativação. Duvidas: «t»\n", s=fold(shop).upper()[:20], n=P(fold(c.first).upper()),
              v=brl(parc), k=(g.uuid(), "PIX_KEY"), t=(g.phone("par", mobile=False), "PHONE_NUMBER") if g.chance(0.6) else V("0800 771 4400"))
        doc.f("\n-- resposta --\nja paguei, falei com «a» «b» na loja. cpf «c»\n", a="a" if an.female else "o", b=P(lower(an.first)), c=(g.cpf(), "BR_CPF"))
        doc.f("\n-- SMS de 29{0} --\n«s»: Pagamento localizado (E2E «e»). Recibo enviado para «m». Obrigado!\n".format(g.d(3)), s=fold(shop).upper()[:20], e=e2e(g),
              m=(g.email(c), "EMAIL_ADDRESS"))
    return doc


def fi_export_entreposto(g: Gen) -> Doc:
    """A fish buyer's purchase app export as JSON lines: each supplier with name, nickname, CPF, RGP (unlabelled), phone or null, a Pix key of any kind or agency and account, the pickup truck's plate and the driver (CNH sometimes); the approver's e-mail and public IP; the exporter's login and private IP."""
    doc = Doc()
    firm, fdom = g.pick(FISH_FIRMS)
    cname, cshort, cdom, ccity, cuf = colony(g)
    ap = g.person()
    drv = g.person(female=False)
    drv_cnh = g.cnh()
    plate = g.plate()
    doc.f("// export compras_pescado — «c» — «d»\n", c=firm, d=g.date("iso"))
    for _ in range(g.ri(3, 5)):
        p = g.person(female=g.chance(0.3))
        sp, price = g.pick(SPECIES)
        kg = round(g.rng.uniform(5, 400), 1)
        cpf = g.cpf(g.pick(["dot", "raw"]))
        rec = {"fornecedor": P(g.pick([p.full, p.capsf])), "apelido": P(fnick(g, p)) if g.chance(0.5) else None, "cpf": (cpf, "BR_CPF"),
               "rgp": V(rgp(g, cuf)), "telefone": (g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER") if g.chance(0.6) else None,
               "especie": sp, "kg": kg, "preco_kg": round(price, 2), "valor": round(kg * price, 2)}
        r = g.rng.random()
        if r < 0.55:
            kind_, kv = pix_key(g, p, cpf)
            rec["pagamento"] = "pix"
            rec["chave_tipo"] = kind_
            rec["chave"] = kv
        elif r < 0.85:
            rec["pagamento"] = "ted"
            rec["banco"] = g.pick(BANKS)[0]
            rec["agencia"] = (g.agency(), "BANK_ACCOUNT")
            rec["conta"] = (g.account(), "BANK_ACCOUNT")
        else:
            rec["pagamento"] = "dinheiro"
        rec["coleta"] = {"placa": (plate, "LICENSE_PLATE")}
        if g.chance(0.5):
            rec["coleta"]["motorista"] = P(g.pick([drv.full, drv.first, fnick(g, drv)]))
        if g.chance(0.3):
            rec["coleta"]["cnh"] = (drv_cnh, "BR_CNH")
        rec["status"] = g.pick(["pago", "pago", "pendente", "bloqueado: RGP vencido"])
        jval(doc, rec, None)
        doc.t("\n")
    jval(doc, {"evento": "aprovacao_lote", "aprovador": P(ap.full), "email": (corp_mail(ap, fdom, g), "EMAIL_ADDRESS"), "ip": (g.ip(), "IP_ADDRESS"),
               "em": ts(g.moment(), "iso")}, None)
    doc.t("\n")
    if g.chance(0.6):
        jval(doc, {"evento": "exportacao", "usuario": login(g.person(), g), "ip": g.ip_priv(), "em": ts(g.moment(), "iso")}, None)
        doc.t("\n")
    return doc


FI = [fi_livro_vendas, fi_microcredito, fi_pix_gelo, fi_folha_producao, fi_partilha, fi_cobranca_loja, fi_export_entreposto]


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
            assert re.match(r"(?i)(CRM|COREN|OAB|CRC|CREA|CREFITO|CRP|CRMV|CRBio)(?![A-Za-z])", v), (rid, v)
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
    print("hundredtwentyfifth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
