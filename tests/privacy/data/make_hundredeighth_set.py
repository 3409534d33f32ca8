"""Build the hundred-and-eighth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredeighth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 10808, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets as a whole: RECYCLING COOPERATIVES, WASTE PICKERS AND REVERSE
LOGISTICS -- catadoras' and catadores' cooperatives and associations, municipal selective-collection
contracts (dispensa de licitação, Lei 14.133/2021 art. 75, IV, "j"), the 156 collection hotline and the
ombudsman, scrap dealers (ferros-velhos) with their truck-scale tickets and the municipal rule that
sellers be registered, reverse-logistics programmes for packaging, batteries and electronics (Lei
12.305/2010, Decreto 10.936/2022, Decreto 10.240/2020) and the recycling-credit certificates sold to
brands (Decreto 11.413/2023), members' sign-up and the monthly apportionment (rateio) of earnings,
INSS of members as contribuintes individuais, CadÚnico / Bolsa Família / NIS, work accidents at the
sorting belt and the baling press, occupational health, vaccination and health-unit records,
child-labour and labour-inspection cases, labour claims against sham cooperatives, indemnity suits.
Layouts vary: WhatsApp exports (Android "dd/mm/yyyy hh:mm - " and iOS "[dd/mm/yyyy, hh:mm:ss]",
sender by phone number or by name), a Telegram export (sender once per block), a speech-to-text call
(lower case, no accents, CPF and NIS read in groups or in words) with the typed record, e-mails with
quoted replies (Outlook "-----Mensagem original-----" with X-Originating-IP, and "> " quoting),
indented JSON from a web form, one-line JSON logs and JSON lines, "Campo: valor" forms, dotted
leaders and ruled boxes, +---+ / psql / pipe / plain / Markdown tables, semicolon and comma CSV,
fixed-width reports (names cut at the field width), reprinted scale tickets, a DANFE, minutes of a
general assembly (sometimes ALL CAPS), legal prose (contract, inspection report, labour claim,
sentence with its publication note, credit-purchase contract with its e-signature log), and an
OCR'd ALL CAPS environmental notice with its AR receipt.
- atendimento: (0) WhatsApp with the municipal 156 hotline: bot, then an attendant; the resident's
  address, CEP, name and CPF (sometimes first mistyped), the collection truck's plate, a catador of
  the street by first name or nickname, e-mail, the bulky-waste pickup phone; (1) a speech-to-text
  call of a catador to a reverse-logistics programme about a bonus paid by Pix (CPF read aloud,
  spoken birth date, NIS, a Pix key in a son's or daughter's name -- a phone, a CPF or a random key --,
  a new random key, the address, the phone) and the attendant's typed record; (2) an e-mail thread on
  an e-waste pickup (attendant's corporate e-mail, the resident's e-mail, the driver and the truck's
  plate, a neighbour who hands the items over, the resident's CPF, address, CEP, phone, originating
  IP); (3) WhatsApp between a scrap dealer and a seller with a pickup (prices, photo of RG or CNH and
  CPF, the pickup's plate, the weighing pasted in the chat, a nephew's Pix key refused, the seller's
  own key, the owner of a building site vouching for copper wire); (4) a pickup request as indented
  JSON (name, CPF, sometimes birth date, e-mail, phones, address, CEP, public IP, a doorman) with the
  agent's notes (the driver's CNH, the truck's plate, a private ERP address); (5) a fixed-width
  ombudsman queue (names cut or mistyped, raw CPF or "NAO INFORM" or a failing number, raw phone,
  logins) with the supervisor's notes (a child on a catadora's cart, a truck dumping rubble);
  (6) a member's sign-up form (CPF, RG, NIS, título, birth date, address, CEP, phone, Pix key for the
  rateio, the CadÚnico family code, the cart number) with the household table (names, birth dates,
  NIS), an emergency contact and the social worker (CRESS) or the secretary who filled it in.
- juridico: (0) a municipal selective-collection contract (municipality's and cooperative's CNPJ,
  the secretary with CPF, the president qualified, the trucks lent with plate and RENAVAM, the
  cooperative's account, the contract's inspector with e-mail, witnesses with CPF, sometimes an
  e-signature log); (1) a labour-inspection report at a scrap yard (employer's CNPJ, the partner's
  CPF, informal workers with CPF and birth date, an adolescent at the press with birth date, the
  mother, NR-12 interdiction, infraction notice numbers, the inspectors, a labour prosecutor's
  e-mail); (2) a labour claim by a catadora against a sham cooperative and the recycler (qualified
  with RG or CNH, CPF, NIS/PIS, phone, address, CEP; the "president", the shed manager, the
  recycler's truck plate, CNJ precedents, witnesses with CPF and address, lawyers with OAB);
  (3) minutes of a general assembly (board members qualified, sometimes with título, attendance list
  with CPF); (4) a sentence in an indemnity suit by a member hurt at the belt (CPF, NIT, address,
  CEP, the expert's CRM, the safety technician, the account for the pension, judge, lawyers' OAB,
  clerk); (5) an OCR'd ALL CAPS environmental notice to a scrap dealer (CPF, RG, home address, CEP,
  phone, sometimes e-mail, the yard's CNPJ, a vehicle's plate, the inspector) with the AR (receiver
  with RG, postman); (6) a contract selling recycling-credit certificates to a brand (the brand's
  director with CPF, the cooperative's president qualified, the managing entity's CNPJ, the account,
  the DPO or a role mailbox, the verifier with CRC, CREA or CRQ) with the e-signature log (names,
  e-mails, public IPs).
- saude: (0) a CAT for a member (mother, birth date, CPF, NIT, RG, address, CEP, phone; CBO; witnesses;
  the doctor's CRM; who issued it); (1) an emergency record of a needlestick injury (CNS, CPF, birth
  date, mother, address, CEP, phone; nurse's COREN, the shed coordinator with phone; PEP; doctor's
  CRM); (2) a PCMSO batch of ASOs as CSV (name, CPF, birth date, CBO, result) with the coordinating
  doctor's CRM and RQE and the safety engineer's CREA; (3) vaccination at the shed (table with CNS or
  CPF, birth dates, lots; nurse's COREN, the community agent; a phone for scheduling); (4) an
  occupational-medicine report to the INSS (birth date, CPF, NIT, address, CEP, phone, the
  physiotherapist's CREFITO, the doctor's CRM, sometimes the patient's e-mail); (5) a CREAS social
  worker's report on child labour (address, CEP, phone; household table with birth dates, CPF, NIS;
  the psychologist's CRP; the social worker's CRESS and e-mail); (6) an e-SUS export of members'
  attendances as JSON lines (name, CNS, birth date, phone, ICD-10, professional with council or
  login) with the coordinator's note (COREN, e-mail; a role mailbox).
- financeiro: (0) a scrap yard's reprinted scale tickets (supplier's name cut, CPF, RG, CNH or an
  MEI's CNPJ, phone, the vehicle's plate, weights, price, Pix key or cash, the operator's login);
  (1) a rateio CSV (members, CPF, NIS, hours, INSS, net, Pix key of every kind) with a member paid in
  a relative's account, the treasurer and the accountant's CRC; (2) the cooperative's bank API
  export as JSON lines (the treasurer's logins with public IPs and a private or CGNAT gateway, Pix
  payments with the payee's CPF or a masked one, keys, a manual transfer to agency and account, a
  returned Pix); (3) a DANFE of a sale of bales (both CNPJs, the access key, an autonomous
  transporter with CPF, address, CEP and plate, or a carrier's CNPJ with the driver's CNH; the
  person in charge of shipping and the buyer's e-mail); (4) a managing entity's Markdown statement of
  certificates (cooperatives' CNPJ, contact phones) and an e-mail on a double-counted invoice (the
  verifier's CRC or CREA, the president's phone); (5) a donation shop's checkout log (buyers' names
  or customer ids, CPF, e-mails, public IPs; a DEBUG line leaking a full card number with the holder)
  and the note with the campaign's random Pix key; (6) a Telegram export of the board (a member's
  advance paid into the spouse's account, a NIT, a new member with CPF, birth date and phone, the
  truck's plate, the filling station's CNPJ, the driver's Pix key, the accountant's e-mail).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.",
"seu", "dona"; particles inside a name (de, da, do, das, dos, e) and suffixes (Filho, Júnior, Neto,
Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first names alone and nicknames, in lower
case or ALL CAPS too, are persons. Staff named in the text are persons: hotline and programme
attendants, cooperative presidents, treasurers, secretaries and drivers, scrap dealers and their
operators, municipal secretaries and contract inspectors, labour inspectors, labour prosecutors,
environmental inspectors, lawyers, judges, clerks, experts, safety technicians and engineers,
doctors, nurses, community agents, physiotherapists, psychologists, social workers, accountants,
verifiers, brand analysts and directors, postmen. Logins and system users ("rmoura99", "jzumba") and
customer ids ("cus_36076ede1e") are not persons. Corporate e-mails of people are EMAIL_ADDRESS
(an e-mail written in capitals too); role mailboxes (coleta@, sac@, agendamento@, contabilidade@,
sesmt@, certificados@, imunizacao@, vigilancia@, privacidade@, dpo@...) are not labelled. ADDRESS
is street type + name + number + complement, in full, abbreviated, ALL CAPS, lower case or spoken
(not bairro, city, UF; the CEP is BR_CEP). Agency and account are separate BANK_ACCOUNT spans; bank
codes, bank names and ISPB codes are not. PIX_KEY only for random (UUID) keys, whoever owns them; a
Pix key that is a CPF, a phone or an e-mail takes that label (the key-type word is not labelled).
DATE_OF_BIRTH only for birth dates (dd/mm/yyyy, d/m/yyyy, dd.mm.yyyy, ISO, long, spoken); accident,
visit, exam, vaccination, sign-up, invoice and signature dates are not. Masked values
("***.123.456-**", "582453******4901", "final 7757", "XXXX-XXXX-XXXX-2199") are not labelled.
Decisions of this set (things BLIND_RULES.md does not settle):
- LICENSE_PLATE: every vehicle plate written in the text is labelled, whoever owns the vehicle -- the
  cooperative's or the municipality's collection trucks, a recycler's or a carrier's truck, a scrap
  dealer's truck, a seller's pickup or Kombi, a vehicle caught dumping or burning cables. On a scale
  ticket or in a contract the plate identifies who drove the load, so it is treated like the Pix
  key, whoever owns it. RENAVAM and RNTRC numbers are not labelled.
- Internal ids are not labelled: a member's cart number ("carrinho nº 103", "CAR-0412", "plaqueta
  031"), the member's registration ("COOP-460", "Mat. 0231"), scale-ticket numbers ("TICKET Nº
  064670", "TK1999439", "73785-S"), the CadÚnico family code (shaped like a CPF, "573632548-05",
  checked to fail the CPF check), NF-e numbers, access keys (44 digits grouped by 4, checked so that
  no 16-digit window passes Luhn) and authorization protocols, certificate ids ("CCRLR-2025-573565"),
  Pix end-to-end ids, order numbers, protocols, SINAN numbers, vaccine lots, CTPS numbers, state
  registrations (IE), NIRE, CNAE, CBO ("5192-05") and NCM codes, infraction-notice numbers (shaped
  like an RG, "20.870.756-2", checked to fail the RG check), interdiction terms, AR numbers, the
  labour inspector's CIF, the environmental inspector's and the postman's matrículas, the RQE.
- BR_PIS covers the NIS (CadÚnico), the PIS and the NIT of members (the same number family),
  formatted, raw or read aloud. BR_CNS covers SUS cards. PROFESSIONAL_ID covers CRM, COREN, CRP,
  CRESS, OAB, CRC, CREA, CRQ (with its region) and CREFITO (with its region), with council and UF.
- Companies' CNPJ are BR_CNPJ (the municipality's, cooperatives', scrap yards', recyclers', brands',
  managing entities', a filling station's, an MEI's; numeric and the 2026 alphanumeric form, dotted
  or raw); companies' and cooperatives' own addresses (the shed) are not written as ADDRESS. A
  cooperative's or a company's bank agency and account are BANK_ACCOUNT like a person's. An
  autonomous transporter (TAC) on a DANFE is a person: name, CPF and home address are labelled.
- Chat senders shown by name are PERSON, shown by number PHONE_NUMBER; the hotline's and shops'
  business names are not. The hotline bots (Reciclinho, Lia, Zé Coleta, Vitória, Bia) are not
  persons. "[assinatura ilegível]" and role words ("a presidente", "secretaria") are not labelled.
- Spoken forms in the call are labelled as they stand: the CPF and the NIS read in groups or digit by
  digit in words ("zero dois zero seis ..."), the birth date ("24 do 9 de 79"), the phone in groups,
  the address in words ("rua do papelao 426"). Names cut by a fixed-width field, names typed with a
  typo and names and addresses damaged by OCR (a "0" for "O", "l" for "I") are labelled as they
  stand; identifiers in the OCR'd text are printed clean.
- Programmes, cooperatives, companies and streets named after people are not persons: "Programa
  Diogo de Sant'Ana Pró-Catadoras", "Cooperativa Chico Mendes de Reciclagem Popular", "Cooperativa
  Irmã Dulce", "Ferro-Velho Irmãos Condori", "Tomasoni Aparas e Metais Ltda.", "Recicladora Amado &
  Filhos", "Depósito São Jorge"; "Rua Chico Mendes, 681" inside an address is ADDRESS.

Names: Brazilian names of many origins -- Portuguese common, north-eastern and old-fashioned
(Epaminondas, Sinfrônio, Deuzuíta, Eronildes), coined (Maycielly, Dhessyka, Raílson, Uelinton),
Italian, German, Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian, Angolan, Congolese,
Senegalese, Cape Verdean, indigenous, Jewish, Bolivian, Peruvian, Venezuelan (also Warao refugees
with Spanish-style names),
Polish -- with rare or invented name words well above a quarter (main() prints the share; a word that
is also in the common pools never counts as rare). Names that are also words (Rosa, Luz, Flor,
Vitória, Aurora, Celeste, Estrela, Glória, Pérola, Esperança, Socorro, Graça, Dores, Bento,
Prudente, Amado, Clemente, Branco, Justo, Modesto, Leão, Sereno, Salvador; surnames Rosa, Branco,
Prudente, Amado, Leão, Paz, Cruz, Luz, Bonfim, Guerra, Leal, Serra, Vale, Estrela, Ferro, Prata,
Pedreira) are used as names and, elsewhere, as words and in cooperatives, companies, places and bots,
which are not persons: "aparas de papel branco", "a luz do galpão caiu", "foi uma vitória", "seria
prudente pesar de novo", "flor de plástico", Recicla Aurora, Flor do Cerrado, Cooperluz / Luz do
Amanhã, Recivitória / Vitória Régia, Ferro-Velho Bento, Sucata Prudente, Sucatão Leão, Metais
Estrela, Biscoitos Branco Lar, Cervejaria Rosa dos Ventos, Presidente Prudente, Bento Gonçalves,
Santa Rosa, Nova Aurora, Vitória da Conquista, Pedra Branca, Rio Branco, Salvador, Vila Rosa, Bairro
da Luz, Jardim Esperança, UPA 24h Glória, the bot Vitória.

Hard negatives (never labelled): CNJ numbers, 11-digit numbers failing the CPF check (protocols,
mistyped CPFs, RENAVAM, CadÚnico codes, NIRE, CAT numbers; the script checks every CPF-shaped run
outside a gold span, and every 11-digit run against the PIS/NIS and CNH checks too), 12-digit runs
(checked not to be a valid título), 15-digit runs (checked not to be valid CNS), 16-digit runs (checked to fail Luhn), private and CGNAT
IPs (checked), NF-e keys, E2E ids, ISPB codes, ticket and certificate ids, ICD-10 codes (S61.0,
S68.1, W46, T14.1, A27.9, M54.5, Z20.6...), CBO and NCM codes, money and weights, laws and decrees
(Lei 12.305/2010, Decreto 10.936/2022, Decreto 11.413/2023, Lei 12.690/2012, Lei 5.764/1971, Lei
14.133/2021, Lei 8.069/1990, Decreto 6.481/2008, Lei 9.605/1998, Lei 8.213/1991, Resolução CONAMA
416/2009, NR-6, NR-12, NR-15), companies, cooperatives and programmes named after people or words,
streets named after people outside an address, dates that are not births.
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
SEED = 10808
OUT_NAME = "hundredeighth.jsonl"

# --------------------------------------------------------------------------- check digits


def cpf_dv(nine: str) -> str:
    digits = [int(c) for c in nine]
    for top in (10, 11):
        rest = sum(x * (top - i) for i, x in enumerate(digits)) % 11
        digits.append(0 if rest < 2 else 11 - rest)
    return f"{digits[9]}{digits[10]}"


def cpf_ok(n: str) -> bool:
    return len(n) == 11 and n.isdigit() and len(set(n)) > 1 and cpf_dv(n[:9]) == n[9:]


def cnpj_dv(twelve: str) -> str:
    """Check digits of a numeric or 2026 alphanumeric CNPJ (each character counts ord(c) - 48)."""
    vals = [ord(c) - 48 for c in twelve]
    weights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = ""
    for ws in (weights, [6] + weights):
        rest = sum(a * b for a, b in zip(vals, ws)) % 11
        dv = 0 if rest < 2 else 11 - rest
        vals.append(dv)
        out += str(dv)
    return out


def rg_sp_dv(eight: str) -> str:
    rest = 11 - sum(int(c) * w for c, w in zip(eight, range(2, 10))) % 11
    return "X" if rest == 10 else ("0" if rest == 11 else str(rest))


def cnh_dv(nine: str) -> str | None:
    digits = [int(c) for c in nine]
    r1 = sum(x * w for x, w in zip(digits, range(9, 0, -1))) % 11
    r2 = sum(x * w for x, w in zip(digits, range(1, 10))) % 11
    if r1 >= 10 or r2 >= 10:
        return None  # bodies where the published variants of the algorithm disagree are never used
    return f"{r1}{r2}"


def pis_dv(ten: str) -> str:
    rest = 11 - sum(int(c) * w for c, w in zip(ten, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
    return "0" if rest >= 10 else str(rest)


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
    return len(n) == 15 and n.isdigit() and n[0] in "12789" and \
        sum(int(c) * w for c, w in zip(n, range(15, 0, -1))) % 11 == 0


def luhn_dv(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str(-total % 10)


def luhn_ok(n: str) -> bool:
    return n.isdigit() and luhn_dv(n[:-1]) == n[-1]


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NUM_WORDS = ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned, coined
# or foreign names that are not in the common Brazilian name lists; main() prints their share.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline",
            "Sandra", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Mariana", "Gabriela", "Luciana", "Elaine",
            "Vanessa", "Luana", "Tatiane", "Daniele", "Raquel", "Cristiane", "Simone", "Ana Paula", "Sueli",
            "Maria José", "Lúcia", "Rita", "Priscila", "Rosângela", "Carla", "Débora", "Josefa", "Aparecida", "Neide"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Edson", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Cícero", "Reginaldo",
            "Anderson", "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Paulo", "José Carlos", "Raimundo",
            "Sérgio", "Wagner", "Roberto", "Jorge", "Severino", "Valdir", "Sebastião"]
RARE_F = ["Lindalva", "Zenaide", "Jucileide", "Ozenir", "Marinete", "Gercina", "Dalvanir", "Eronildes", "Idalina",
          "Sebastiana", "Hermínia", "Olindina", "Leonídia", "Clemência", "Filomena", "Antonieta", "Ivonete", "Rosilda",
          "Deuzuíta", "Valdelice", "Edivânia", "Cleonice", "Jozilene", "Nivalda", "Kauany", "Thamyres", "Emilly",
          "Rayssa", "Dhessyka", "Kellyane", "Jaquelyne", "Evellyn", "Nayhara", "Wendy Kelly", "Suellen", "Lorrayne",
          "Gleiciane", "Maycielly", "Raylane", "Adrielly"]
RARE_M = ["Ademir", "Agenor", "Alcebíades", "Aristeu", "Belmiro", "Claudionor", "Damião", "Eleutério", "Epaminondas",
          "Expedito", "Florisvaldo", "Gervásio", "Honorato", "Juvenal", "Laudelino", "Nivaldo", "Olavo", "Porfírio",
          "Quirino", "Romualdo", "Sinfrônio", "Telésforo", "Valdecir", "Zacarias", "Edvaldo", "Jailson", "Gilvan",
          "Cleiton", "Rivaldo", "Weverton", "Kauã", "Ryan Carlos", "Welington", "Jeferson", "Maiquel", "Diogenes",
          "Raílson", "Josenildo", "Uelinton", "Gedeão"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Glória", "Pérola", "Maria da Luz",
          "Rosa Maria", "Esperança", "Socorro", "Maria das Dores", "Graça", "Dores"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Modesto", "Leão", "Vitório", "Sereno",
          "Jovino", "Salvador"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Monteiro", "Correia", "Bezerra", "Pinto", "Conceição", "Jesus"]
RARE_SUR = ["Sampaio Brito", "Marinho", "Bastião", "Caldeira", "Quaresma", "Arruda Câmara", "Coelho Neto", "Jacobina",
            "Sarmento", "Ventura", "Trindade", "Piancó", "Carneiro Leão", "Borborema", "Mascarenhas", "Cangussu",
            "Sucupira", "Baraúna", "Catingueira", "Sampaio", "Vasconcelos Brandão", "Gurgel", "Assunção", "Aquino",
            "Romão", "Tavares Bastos", "Falcão", "Jurema", "Capistrano", "Pimenta", "Barreto Goes", "Ximenes",
            "Cordeiro", "Fontenele", "Sabino", "Parnaíba", "Zumba", "Brandão", "Bezerril", "Quixadá"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo",
            "Neves", "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Bonfim", "Guerra", "Leal", "Ramos",
            "Salvador", "Pedreira", "Ferro", "Prata"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha",
        "Raimundo": "Mundico", "Maria da Luz": "Luzinha", "Luiz": "Lula", "Severino": "Biu", "Sebastião": "Tião",
        "Bento": "Bentinho", "Rosa": "Rosinha", "Expedito": "Dito", "Damião": "Dami", "Zacarias": "Zaca",
        "Pedro": "Pedrão", "João": "Joãozinho", "Epaminondas": "Mino", "Florisvaldo": "Flori", "Sebastiana": "Tiana",
        "Marcos": "Marquinho", "Carlos": "Carlinhos", "Josenildo": "Nildo", "Gedeão": "Deão", "Rosilda": "Rosi",
        "Juvenal": "Nal", "Filomena": "Mena", "Clemência": "Quequé", "Raílson": "Rai", "Maria das Dores": "Dorinha",
        "Dores": "Dorinha", "Socorro": "Corrinha", "Aparecida": "Cida", "Josefa": "Zefa", "Valdir": "Vavá",
        "Edvaldo": "Vado", "Hermínia": "Minica", "Nivaldo": "Nivo", "Graça": "Gracinha", "Gilvan": "Gil",
        "Honorato": "Nonô", "Salvador": "Dodô", "Jovino": "Vino"}
FOREIGN = {
    "it": (["Gemma", "Assunta", "Carmela"], ["Vittorio", "Guido", "Battista"],
           ["Tomasoni", "Pasqualotto", "Zamboni", "Dalla Costa", "Brambilla", "Lazzarotto", "Fantin"]),
    "de": (["Ilse", "Frieda", "Ursula"], ["Helmut", "Lothar", "Reinholdo"],
           ["Bernsdorf", "Mallmann", "Schwanke", "Kretschmer", "Stoltz", "Jahnke", "Westphal"]),
    "jp": (["Emiko", "Harumi", "Mitsuko"], ["Kazuo", "Tadashi", "Shigeru"],
           ["Yamashiro", "Kinjo", "Taira", "Miyagi", "Shimabukuro", "Uehara"]),
    "ar": (["Leila", "Soraya", "Yasmin"], ["Nagib", "Assad", "Farid"],
           ["Abdalla", "Salomão", "Jorge Elias", "Farah", "Nassif", "Rizk"]),
    "kr": (["Min-ji", "Eun-young", "Soo-ah"], ["Jae-won", "Hyun-woo"], ["Lee", "Choi", "Shin", "Han"]),
    "cn": (["Xiaomei", "Lihua"], ["Guoqiang", "Zhiwei"], ["Wang", "Liu", "Zhou", "Lin"]),
    "ht": (["Mirlande", "Rose-Mickerline", "Fabienne"], ["Wilner", "Jean-Claude", "Dieunel"],
           ["Saint-Fleur", "Joseph", "Célestin", "Augustin", "Dorvil"]),
    "ao": (["Wezi", "Teresa Nzola", "Kiesse"], ["Nkosi", "Lumbu", "Makiadi"], ["Mbala", "Kapinga", "Tshimanga", "Lukeba"]),
    "sn": (["Aminata", "Mariama", "Khady"], ["Cheikh", "Moussa", "Ousmane"], ["Fall", "Mbaye", "Thiam", "Seck"]),
    "in": (["Potyra", "Iracema", "Araci"], ["Tupã", "Kaiowá", "Ubiratã"],
           ["Xukuru", "Kaingang", "Tikuna", "Fulni-ô", "Tupinambá"]),
    "wr": (["Yelitza", "Dorimar"], ["Eulogio", "Rafael Antonio"], ["Moraleda", "Zapata", "Beria", "Rivero"]),
    "jw": (["Raquel", "Ester", "Rivka"], ["Isaac", "Mordechai", "Samuel"],
           ["Rosenblatt", "Wainstein", "Szterenfeld", "Blinder", "Gurfinkel"]),
    "bo": (["Juana", "Rosmery", "Wilma"], ["Wilfredo", "Fortunato", "Ever"], ["Condori", "Apaza", "Ticona", "Colque", "Mamani"]),
    "ve": (["Yusmary", "Mariannys", "Génesis"], ["Yeferson", "Wuilmer", "Jhonder"], ["Bracho", "Villalobos", "Guaramato", "Pirela"]),
    "pe": (["Melany", "Flor de María"], ["Percy", "Edwin"], ["Huamán", "Ccahuana", "Quispe", "Yupanqui"]),
    "cv": (["Nha Djassi", "Odete"], ["Djiba", "Nelson"], ["Tavares Lopes", "Semedo", "Varela", "Monteiro Fortes"]),
    "pl": (["Wanda", "Bronisława"], ["Bolesław", "Tadeusz"], ["Mazurek", "Dąbrowski", "Kozłowski", "Ostapiuk"]),
    "cg": (["Grâce", "Mbuyi"], ["Kabongo", "Bienvenu"], ["Ilunga", "Mukendi", "Kalala", "Tshibangu"]),
}
RARE_ORIGINS = ("kr", "cn", "ht", "ao", "sn", "in", "wr", "jw", "bo", "ve", "pe", "cv", "pl", "cg")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.difference_update(["Raquel", "Ester", "Samuel", "Isaac", "Juana", "Wilma", "Nelson", "Odete", "Edwin", "Wanda",
                        "Iracema", "Araci", "Joseph", "Lee", "Rafael Antonio", "Melany", "Percy", "Monteiro Fortes",
                        "Tavares Lopes", "Quispe", "Mamani", "Suellen", "Emilly", "Jeferson", "Cleiton", "Welington",
                        "Sampaio", "Brandão", "Aquino", "Cordeiro", "Marinho", "Falcão", "Trindade", "Ventura", "Assunção",
                        "Olavo", "Filomena", "Antonieta", "Sebastiana"])
RARE.update(["Gemma", "Assunta", "Tomasoni", "Pasqualotto", "Lazzarotto", "Fantin", "Ilse", "Frieda", "Reinholdo",
             "Bernsdorf", "Mallmann", "Schwanke", "Stoltz", "Jahnke", "Emiko", "Harumi", "Mitsuko", "Tadashi", "Shigeru",
             "Yamashiro", "Kinjo", "Taira", "Shimabukuro", "Uehara", "Nagib", "Nassif", "Rizk", "Soraya"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Guerra", "Conceição", "Prata",
          "Trindade", "Pedreira", "Assunção"}
DO_SUR = {"Nascimento", "Vale", "Bonfim"}
DOS_SUR = {"Santos", "Campos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "17", "18", "19", "21", "22", "24", "27", "31", "32", "34", "35", "41", "43",
        "44", "47", "48", "51", "53", "54", "61", "62", "65", "67", "71", "73", "75", "79", "81", "82", "83", "84",
        "85", "86", "87", "88", "91", "92", "95", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Beco", "Praça", "Viela", "Estrada", "Alameda"]
STREET_NAMES = ["Chico Mendes", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora", "Estrela Dalva",
                "Doutor Epaminondas Gurgel", "Coronel Belmiro Sucupira", "Tiradentes", "Quinze de Novembro",
                "Marechal Rondon", "da Paz", "Rosa Branca", "Jorge Amado", "Castro Alves", "Santos Dumont",
                "Irmã Dulce", "dos Catadores", "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro",
                "das Mangueiras", "Senador Quirino Cangussu", "Professora Lindalva Baraúna", "São Bento", "Beira Rio",
                "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz", "Conselheiro Ximenes", "Madre Clemência",
                "Pioneiro Helmut Schwanke", "Doutor Nagib Farah", "das Acácias", "Dom Hélder Câmara", "da Glória",
                "Padre Damião Borborema", "Vereador Juvenal Quaresma", "Rio Branco", "Treze de Maio", "do Lixão Velho",
                "Nova Esperança", "das Sucatas", "do Papelão", "Mãe Menininha", "Zumbi dos Palmares", "Prata"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Santo André", "SP"), ("Guarulhos", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Duque de Caxias", "RJ"),
          ("Belo Horizonte", "MG"), ("Contagem", "MG"), ("Montes Claros", "MG"), ("Curitiba", "PR"),
          ("Londrina", "PR"), ("Nova Aurora", "PR"), ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"),
          ("Santa Rosa", "RS"), ("Canoas", "RS"), ("Florianópolis", "SC"), ("Joinville", "SC"),
          ("Chapecó", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Recife", "PE"), ("Caruaru", "PE"),
          ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"),
          ("Aracaju", "SE"), ("Teresina", "PI"), ("São Luís", "MA"), ("Belém", "PA"), ("Manaus", "AM"),
          ("Goiânia", "GO"), ("Brasília", "DF"), ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"),
          ("Boa Vista", "RR"), ("Pedra Branca", "CE"), ("Rio Branco", "AC")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Jardim Gramacho", "Lixão Velho",
           "Jardim Vitória", "Bela Vista", "Parque das Flores", "Vila Estrela", "Cidade Nova", "Glória", "Benfica",
           "Cajazeiras", "Vila Prudente", "Tijuca", "Pirambu", "Estrutural", "Bairro da Luz", "Jardim Esperança",
           "Conjunto Palmeiras", "Santa Luzia", "Vila Operária", "Morro do Ferro"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"),
         ("290", "PagSeguro"), ("323", "Mercado Pago"), ("380", "PicPay")]


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
        if g.startswith("Maria d") or g in ("Rosa Maria", "Maria José", "Ana Paula", "João Paulo", "José Carlos", "Liz Mabel"):
            return g
        return g.split()[0]

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1]

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
    def initial(self) -> str:
        """ "Lucivânia C." """
        return f"{self.first} {self.last[0]}."


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
            "long": f"{dd} de {MONTHS[mm - 1]} de {yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}",
            "dot": f"{dd:02d}.{mm:02d}.{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}",
            "compact": f"{yy}{mm:02d}{dd:02d}", "mon": f"{dd:02d}/{MONTHS[mm - 1][:3]}/{yy}",
            "low": f"{dd} de {fold(MONTHS[mm - 1])} de {yy}"}[fmt]


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
        s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def up(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length (protocols, contracts, lines in stock)."""
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
            if n == 16 and luhn_ok(v):
                continue
            return v

    def neg_cpf(self) -> str:
        """A CPF-shaped number (dotted) that fails the check: a customer's typo."""
        n = self.neg(11)
        return fmt_cpf(n)

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.42:
            return self.pick(RARE_SUR)
        if r < 0.56:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.11:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.42:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(COMMON_F if female else COMMON_M)
            if rng.random() < 0.12 and " " not in given:
                second = self.pick((RARE_F + COMMON_F) if female else (RARE_M + COMMON_M)).split()[0]
                if second != given and second not in ("Maria", "José", "Ana", "João"):
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames and self.chance(0.5)) else self.surname()
                if s not in surnames and s != given:
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn"):
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

    def spouse(self, of: Person) -> Person:
        p = self.person(female=not of.female)
        if p.female and self.chance(0.6):
            return Person(p.given, [s for s in p.surnames if s != of.last and s not in PARTICLES][:1] + [of.last], True)
        return p

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

    def masked_cpf(self) -> str:
        return self.pick([f"***.{self.d(3)}.{self.d(3)}-**", f"{self.d(3)}.***.***-{self.d(2)}", f"***{self.d(6)}**"])

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0C02"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0004"])
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
            if not cpf_ok(ddd + local):  # a raw 11-digit number never doubles as a valid CPF
                return ddd, local

    def fmt_phone(self, ddd: str, local: str, style: str) -> str:
        h, t = local[:-4], local[-4:]
        mob = len(local) == 9
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "cdr": f"55{ddd}{local}", "zero": f"0{ddd} {h}-{t}", "nospace": f"({ddd}){h}-{t}",
                "csp": f"0 15 {ddd} {h}-{t}",
                "stt": f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mob else f"{ddd} {h} {t}",
                "wa": f"+55 {ddd} {h}-{t}"}[style]

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd, local = self.msisdn(mobile)
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par", "nospace"])
        return self.fmt_phone(ddd, local, style)

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        b = brand or self.pick(["4", "5", "5", "6", "4", "3"])
        if b == "3":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        if b == "6":
            b = self.pick(["6062", "6363", "6504"]) + self.d(11)
        else:
            b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"{self.pick('45')}{self.d(5)}******{self.d(4)}", f"**** **** **** {self.d(4)}",
                          f"final {self.d(4)}", f"XXXX-XXXX-XXXX-{self.d(4)}", f"•••• {self.d(4)}"])

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
        pre = self.pick(["2804", "2804", "2801", "2804", "2001:12f8"])
        groups = [f"{self.ri(1, 0xffff):x}" for _ in range(3 if pre == "2804" or pre == "2801" else 2)]
        tail = self.pick([f"::{self.ri(1, 0xffff):x}", f":{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}",
                          f"::{self.hexs(3)}:{self.hexs(4)}"])
        addr = pre + ":" + ":".join(groups) + tail
        if addr.count(":") > 7:
            addr = pre + ":" + ":".join(groups) + f"::{self.hexs(4)}"
        return addr

    def ip(self) -> str:
        return self.ip6_pub() if self.chance(0.15) else self.ip_pub()

    def ip_cgnat(self) -> str:
        return f"100.{self.ri(64, 127)}.{self.ri(0, 255)}.{self.ri(2, 254)}"

    def ip_priv(self) -> str:
        return self.pick([f"192.168.{self.ri(0, 15)}.{self.ri(1, 254)}", f"10.{self.ri(0, 80)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                          f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"])

    # ----------------------------------------------------------------- addresses
    def address(self, style: str = "text") -> str:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}", f"bloco {self.pick('ABCD')} apto {self.ri(11, 408)}",
                          "fundos", f"ap. {self.ri(101, 910)}", f"lote {self.ri(1, 40)}", "casa dos fundos",
                          f"quadra {self.ri(1, 30)} lote {self.ri(1, 40)}", f"barraco {self.ri(1, 12)}", f"Qd {self.ri(1, 30)} Lt {self.ri(1, 40)}"])
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{ab.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        if style == "stt":
            s = f"{t} {name} {num if num != 's/n' else 'sem numero'}" + (f" {comp}" if comp else "")
            return fold(s).lower().replace("apto", "apartamento").replace("ap.", "apartamento")
        ab = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in ab:
            t = ab[t]
        sep = self.pick([", ", ", nº ", " ", ", "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")


    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    # ----------------------------------------------------------------- dates
    def dob_parts(self, lo: int = 1950, hi: int = 2005) -> tuple[int, int, int]:
        return self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)

    def dob(self, fmt: str | None = None, lo: int = 1950, hi: int = 2005) -> str:
        dd, mm, yy = self.dob_parts(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def day(self) -> datetime.date:
        return datetime.date(self.pick([2025, 2025, 2025, 2026, 2026]), self.ri(1, 12), self.ri(1, 28))

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def after(self, d: datetime.date, lo: int, hi: int) -> datetime.date:
        return min(d + datetime.timedelta(days=self.ri(lo, hi)), datetime.date(2026, 12, 28))

    def moments(self, n: int, start: datetime.date | None = None, days: int = 2,
                hours: tuple[int, int] = (0, 24)) -> list[datetime.datetime]:
        start = start or self.day()
        base = datetime.datetime(start.year, start.month, start.day)
        out = []
        span = list(range(days * 86400))
        for s in sorted(self.rng.sample(span, n)):
            t = base + datetime.timedelta(seconds=s)
            if not hours[0] <= t.hour < hours[1]:
                t = t.replace(hour=self.ri(hours[0], hours[1] - 1))
            out.append(t)
        return sorted(out)

    def hm(self) -> str:
        return f"{self.ri(7, 21):02d}:{self.ri(0, 59):02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.06", "8.15", "8.17", "8.05", "8.10", "8.26", "8.16", "8.21", "8.13", "4.05", "4.01"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2020, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"ATD-{self.d(6)}", f"{self.ri(2024, 2026)}/{self.d(6)}",
                          f"{self.d(2)}{self.up(1)}{self.d(8)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CRESS":
            return self.pick([f"CRESS/{uf} {dotted}", f"CRESS {self.ri(1, 25)}ª Região nº {n}", f"CRESS-{uf} {n}"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {n:06d}/O-{self.ri(0, 9)}", f"CRC {self.ri(1, 2)}{uf}{n:06d}/O-{self.ri(0, 9)}",
                              f"CRC/{uf} {dotted}"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(9)}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {self.ri(1000, 29999)}", f"CRO/{uf} {self.ri(1000, 29999)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F", f"CREFITO-{self.ri(1, 18)}/{self.d(5)}-TO"])
        if kind == "CRQ":
            return self.pick([f"CRQ-{self.pick(['IV', 'II', 'V', 'XII', 'XIII', 'X'])} {self.d(8)}", f"CRQ {self.ri(1, 21)}ª Região nº {self.d(8)}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])



OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"), ("é", "e"),
               ("I", "l"), ("o", "0"), ("h", "li"), ("u", "ii"), ("O", "0"), ("l", "I")]


def ocr(s: str, g: Gen, rate: float = 0.35) -> str:
    """Zero to two OCR confusions in a name, word or address (identifiers are printed clean)."""
    for _ in range(2):
        if not g.chance(rate):
            continue
        opts = [(a, b) for a, b in OCR_LETTERS if a in s]
        if not opts:
            continue
        a, b = g.pick(opts)
        idx = [m.start() for m in re.finditer(re.escape(a), s)]
        i = g.pick(idx)
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
            "isoz": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "br": t.strftime("%d/%m/%Y %H:%M"),
            "brs": t.strftime("%d/%m/%Y %H:%M:%S"), "hms": t.strftime("%H:%M:%S"), "hm": t.strftime("%H:%M"),
            "radius": f"{DAY_EN[t.weekday()]} {MON_EN[t.month - 1]} {t.day:2d} {t.strftime('%H:%M:%S')} {t.year}",
            "syslog": f"{MON_EN[t.month - 1]} {t.day:2d} {t.strftime('%H:%M:%S')}",
            "wa": t.strftime("%d/%m/%Y %H:%M"), "waios": t.strftime("[%d/%m/%Y, %H:%M:%S]")}[fmt]


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


def ocr_t(template: str, g: Gen, rate: float = 0.3) -> str:
    """OCR confusions in the words of a template, never inside its «keys»."""
    return "".join(part if MARK.fullmatch(part) else ocr(part, g, rate) for part in re.split(r"(«\w+»)", template))


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
        cursor = 0
        for m in MARK.finditer(template):
            self.t(template[cursor:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, tuple):
                self.e(v[0], v[1])
            else:
                self.t(str(v))
            cursor = m.end()
        self.t(template[cursor:])
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


def nf(g: Gen, p: Person, forms: list[str] | None = None) -> str:
    """One written form of a person's name."""
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "capsf": p.capsf, "low": p.low, "inverted": p.inverted,
            "first": p.first, "last": p.last, "nick": p.nick, "lowfirst": fold(p.first).lower(),
            "lowshort": fold(p.short).lower(), "initial": p.initial}[form]


def cut(s: str, w: int) -> str:
    """A value cut at a fixed-width field (trailing space removed)."""
    return s[:w].rstrip(" ,")


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """+---+ ruled ('plus'), psql ('psql'), pipe ('pipe') or plain fixed-width ('plain') table."""
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


def table_md(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    for r in rows:
        doc.t("|")
        for v, lab in r:
            doc.t(" ")
            doc.e(v, lab)
            doc.t(" |")
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
        if not v:
            doc.t("[]")
            return
        if indent is None:
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
        enc = json.dumps(s, ensure_ascii=False)
        assert enc == f'"{s}"', s  # labelled strings never need escaping
        doc.t('"')
        doc.e(s, lab)
        doc.t('"')
    else:
        doc.t(json.dumps(v, ensure_ascii=False))








def kv_block(g: Gen, doc: Doc, fields: list[tuple[str, tuple]], style: str) -> None:
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
            doc.t((k + " ").ljust(w1, "."))
            doc.t(" ")
            doc.e(v, lab)
            doc.t("\n")
    else:
        for k, (v, lab) in fields:
            doc.t(f"{k}: ")
            doc.e(v, lab)
            doc.t("\n")


def join_names(doc: Doc, names: list[str], last: str = " e ") -> None:
    for k, n in enumerate(names):
        if k:
            doc.t(last if k == len(names) - 1 else ", ")
        doc.e(n, "PERSON")





# --------------------------------------------------------------------------- register: recycling cooperatives, waste pickers

COOPS = [("Coopervida", "Cooperativa de Catadores de Materiais Recicláveis Vida Nova", "coopervida.org.br"),
         ("Recicla Aurora", "Cooperativa de Trabalho dos Catadores Nova Aurora", "reciclaaurora.coop.br"),
         ("Acamf", "Associação dos Catadores de Materiais Recicláveis do Morro do Ferro", "acamf.org.br"),
         ("Coop. Chico Mendes", "Cooperativa Chico Mendes de Reciclagem Popular", "coopchicomendes.org.br"),
         ("Coopersol", "Cooperativa Sol Nascente de Catadoras e Catadores", "coopersol.coop.br"),
         ("Recivitória", "Cooperativa de Reciclagem Vitória Régia", "recivitoria.org.br"),
         ("Flor do Cerrado", "Cooperativa Flor do Cerrado de Trabalho em Reciclagem", "flordocerrado.coop.br"),
         ("Coop. Irmã Dulce", "Cooperativa Irmã Dulce dos Catadores de Recicláveis", "coopirmadulce.org.br"),
         ("Ascapaz", "Associação de Catadores Alto da Paz", "ascapaz.org.br"),
         ("Cooperluz", "Cooperativa Luz do Amanhã de Reciclagem", "cooperluz.coop.br")]
SCRAPS = [("Ferro-Velho Bento", "Bento Sucatas e Metais Ltda."), ("Sucata Prudente", "Prudente Comércio de Sucatas Ltda."),
          ("Ferro-Velho Irmãos Condori", "Condori & Condori Recicláveis Ltda."), ("Depósito São Jorge", "Depósito de Recicláveis São Jorge ME"),
          ("Reciclagem Tomasoni", "Tomasoni Aparas e Metais Ltda."), ("Ferro-Velho do Galego", "Galego Comércio de Ferro e Metais ME"),
          ("Sucatão Leão", "Leão Sucatas do Nordeste Ltda."), ("Metais Estrela", "Estrela Metais Não Ferrosos Ltda.")]
RECYCLERS = ["Aparas Paulista Ltda.", "PET Nordeste Reciclagem S.A.", "Vidros Serra Azul Reciclagem Ltda.", "Alumax Latas Recicladas Ltda.",
             "Papelão Ondulado Vale Verde S.A.", "Plásticos Aurora Indústria Ltda.", "Recicladora Amado & Filhos Ltda.",
             "Fundição Prata Fina Ltda.", "EletroCiclo Desmontagem de Eletrônicos Ltda."]
BRANDS = [("Refrigerantes Serra Azul S.A.", "serraazul.com.br"), ("Cosméticos Flor de Jambu Ltda.", "flordejambu.com.br"),
          ("Laticínios Bom Pastor S.A.", "bompastor.com.br"), ("Pilhas Raio Forte do Brasil Ltda.", "raioforte.com.br"),
          ("EletroLar Comércio S.A.", "eletrolar.com.br"), ("Cervejaria Rosa dos Ventos Ltda.", "rosadosventos.com.br"),
          ("Higiene Luz do Dia S.A.", "luzdodia.com.br"), ("Biscoitos Branco Lar Ltda.", "brancolar.com.br")]
GESTORAS = [("Recircular", "Recircular — Entidade Gestora de Logística Reversa", "recircular.org.br"),
            ("Instituto Embalagem Circular", "Instituto Embalagem Circular", "embalagemcircular.org.br"),
            ("ReciclaPilhas", "Associação ReciclaPilhas Brasil", "reciclapilhas.org.br"),
            ("Descarte Certo Eletro", "Descarte Certo Gestão de Eletroeletrônicos", "descartecerto.org.br"),
            ("Crédito Verde", "Crédito Verde Certificação de Reciclagem Ltda.", "creditoverde.com.br")]
MATERIALS = [("PET cristal", 1.6, 3.4), ("PET verde", 1.2, 2.6), ("PEAD branco", 1.8, 3.2), ("PEAD colorido", 1.3, 2.4),
             ("PP", 0.9, 1.9), ("PEBD filme", 0.6, 1.5), ("papelão", 0.35, 0.9), ("aparas de papel branco", 0.8, 1.6),
             ("papel misto", 0.2, 0.6), ("alumínio latinha", 5.5, 8.9), ("alumínio perfil", 6.0, 9.5), ("cobre mel", 32, 44),
             ("cobre misto", 25, 38), ("bronze", 18, 28), ("latão", 16, 24), ("sucata ferrosa", 0.6, 1.3), ("ferro pesado", 0.9, 1.6),
             ("inox", 4, 7.5), ("bateria automotiva", 2.8, 4.6), ("vidro âmbar", 0.1, 0.3), ("vidro transparente", 0.12, 0.3),
             ("longa vida (cartonada)", 0.2, 0.55), ("placa de eletrônico", 9, 30), ("fio/cabo", 7, 18), ("isopor (EPS)", 0.3, 1.0)]
TRUCKS = ["VW 8.160 Delivery", "Mercedes Accelo 815", "Ford Cargo 816", "Iveco Daily 35-150", "caminhão gaiola VW 13.180",
          "Hyundai HR", "Kia Bongo", "Agrale 8700", "caminhão baú VW 9.170", "Volvo VM 270 roll-on"]
CARS = ["Kombi 2006", "Fiat Strada", "Saveiro", "Fiorino", "Chevrolet D-20", "moto Honda CG 160 com carretinha", "Toyota Bandeirante",
        "F-4000", "Courier", "Gol quadrado com carretinha"]
CBO = ["5192-05", "5192-10", "5192-15"]
CBO_NAME = {"5192-05": "catador de material reciclável", "5192-10": "selecionador de material reciclável",
            "5192-15": "operador de prensa de material reciclável"}
LAWS = ["Lei 12.305/2010", "Decreto 10.936/2022", "Decreto 11.413/2023", "Decreto 11.414/2023", "Lei 14.260/2021",
        "Lei 5.764/1971", "Lei 12.690/2012", "Lei 14.133/2021", "Lei 8.069/1990", "Decreto 6.481/2008", "Lei 13.709/2018"]
UNITS_UBS = ["UBS Jardim Aurora", "UBS Vila Rosa", "USF Santa Luzia", "UBS São Bento", "UBS Cohab II", "USF Jardim Esperança",
             "UBS Vila Operária", "Consultório na Rua — Equipe Centro"]
UPAS = ["UPA 24h Glória", "UPA Zona Norte", "UPA Jardim Esperança", "Pronto-Socorro Municipal", "UPA Vila Prudente"]
ROLE_BOXES = ["coleta", "sac", "ouvidoria", "contato", "financeiro", "juridico", "rh", "sesmt", "certificados", "logisticareversa",
              "naoresponda", "nfe", "diretoria", "compras", "doacoes", "cadunico", "imunizacao", "vigilancia", "atendimento",
              "secretaria", "protocolo", "gabinete", "comercial", "fiscalizacao", "licitacoes", "tesouraria", "contabilidade",
              "privacidade", "cras", "creas", "suporte", "assinaturas", "agendamento", "sustentabilidade", "cat", "dpo"]
BOTS = ["Reciclinho", "Lia", "Zé Coleta", "Vitória", "Bia"]
ASSISTS = ["Assistente Luz", "Recicla Bot", "Robô Aurora"]


def coop(g: Gen) -> tuple[str, str, str]:
    return g.pick(COOPS)


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


def kg(v: float, dec: int = 1) -> str:
    s = f"{v:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def brl(v: float) -> str:
    return kg(v, 2)


def mat(g: Gen) -> tuple[str, float]:
    name, lo, hi = g.pick(MATERIALS)
    return name, round(lo + (hi - lo) * g.rng.random(), 2)


def ncm(material: str) -> str:
    """The NCM code of a recyclable on an invoice (not labelled)."""
    for key, code in [("PET", "3915.90.00"), ("PEAD", "3915.10.00"), ("PEBD", "3915.10.00"), ("PP", "3915.90.00"),
                      ("isopor", "3915.90.00"), ("papelão", "4707.10.00"), ("papel", "4707.20.00"), ("longa vida", "4707.90.00"),
                      ("alumínio", "7602.00.00"), ("cobre", "7404.00.00"), ("bronze", "7404.00.00"), ("latão", "7404.00.00"),
                      ("fio", "7404.00.00"), ("inox", "7204.21.00"), ("ferro", "7204.49.00"), ("bateria", "8549.11.00"),
                      ("vidro", "7001.00.00"), ("eletrônico", "8549.91.00")]:
        if key in material:
            return code
    return "3915.90.00"


def cart_no(g: Gen) -> str:
    """A member's cart number: an internal id, never labelled."""
    return g.pick([f"carrinho nº {g.ri(1, 250)}", f"CAR-{g.ri(1, 999):04d}", f"plaqueta {g.ri(1, 400):03d}", f"carroça {g.ri(1, 90)}"])


def matricula(g: Gen) -> str:
    return g.pick([f"Mat. {g.ri(1, 480):04d}", f"matrícula {g.ri(1, 480)}", f"COOP-{g.ri(1, 480):03d}"])


def ticket_no(g: Gen) -> str:
    return g.pick([f"{g.ri(1, 99999):06d}", f"TK{g.d(7)}", f"{g.ri(1, 9)}{g.d(4)}-{g.up(1)}"])


def cad_code(g: Gen) -> str:
    """A CadÚnico family code: shaped like a CPF, never passes the CPF check, never labelled."""
    n = g.neg(11)
    return f"{n[:9]}-{n[9:]}"


def renavam(g: Gen) -> str:
    return g.neg(11)


def nfe_number(g: Gen) -> str:
    return f"{g.ri(1, 999999):09d}"


def nfe_key(g: Gen, cnpj: str, d: datetime.date, uf_code: str = "35") -> tuple[str, str] | None:
    """An NF-e access key (44 digits, grouped by 4 as on a DANFE): never labelled; no 16-digit window passes Luhn.
    None when the issuer's CNPJ and month make a window pass whatever the rest (the caller draws another CNPJ)."""
    raw = re.sub(r"[^0-9A-Z]", "", cnpj)
    for _ in range(200):
        body = f"{uf_code}{d.year % 100:02d}{d.month:02d}{raw}55{g.ri(1, 9):03d}{g.d(9)}1{g.d(8)}"
        if not body.isdigit():
            body = f"{uf_code}{d.year % 100:02d}{d.month:02d}{g.d(14)}55{g.ri(1, 9):03d}{g.d(9)}1{g.d(8)}"
        w = [11 - (sum(int(c) * wt for c, wt in zip(reversed(body), [2, 3, 4, 5, 6, 7, 8, 9] * 6)) % 11)]
        n = body + str(0 if w[0] >= 10 else w[0])
        grouped = " ".join(n[i:i + 4] for i in range(0, 44, 4))
        if all(not luhn_ok(n[i:i + 16]) for i in range(0, 29, 4)):
            return grouped, n
    return None


def e2e(g: Gen, t: datetime.datetime | None = None) -> str:
    """A Pix end-to-end id: never labelled."""
    t = t or datetime.datetime(2025, g.ri(1, 12), g.ri(1, 28), g.ri(0, 23), g.ri(0, 59))
    ispb = g.pick(["00000000", "60746948", "60701190", "00360305", "18236120", "10573521", "02038232"])
    tail = "".join(g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789abcdefghijkmnpqrstuvwxyz") for _ in range(11))
    return f"E{ispb}{t.strftime('%Y%m%d%H%M')}{tail}"


def cid_acc(g: Gen) -> str:
    return g.pick(["S61.0", "S61.9", "S60.2", "S68.1", "S62.6", "S91.3", "T14.1", "S01.8", "S93.4", "W26.0", "W23", "S66.0"])


def pix_key(g: Gen, p: Person, cpf: str | None = None) -> tuple[str, tuple]:
    """(tipo, (key, LABEL)): a random key, a phone, an e-mail or the CPF."""
    kind = g.pick(["aleatoria", "aleatoria", "celular", "cpf", "email"])
    if kind == "aleatoria":
        return "aleatória", (g.uuid(), "PIX_KEY")
    if kind == "celular":
        return "celular", (g.phone(g.pick(["e164", "par", "raw"])), "PHONE_NUMBER")
    if kind == "email":
        return "e-mail", (g.email(p), "EMAIL_ADDRESS")
    return "CPF", (cpf or g.cpf(), "BR_CPF")


def word_neg(g: Gen) -> str:
    """A sentence where a word that is also a name stands as a word, a place or a company."""
    return g.pick(["Aparas de papel branco separadas das coloridas, por favor.", "Foi uma vitória conseguir o caminhão novo.",
                   "Seria prudente pesar de novo antes de carregar.", "A luz do galpão caiu de novo na hora da prensa.",
                   "O vidro âmbar vai separado do transparente.", "Lâmpada e pilha vão para o PEV da Rosa dos Ventos.",
                   "A Serra Azul mandou recolher as garrafas do evento.", "Passamos pela Pedra Branca na volta.",
                   "O fardo de PET cristal saiu com 180 kg.", "Quem estiver na esteira usa luva e bota, sem exceção.",
                   "A Leão Sucatas aumentou o preço do ferro.", "Tinha flor de plástico misturada no rejeito.",
                   "Chuva forte: esteira parada e lona em cima dos bags."])


def spoken_digits(s: str) -> str:
    return " ".join(NUM_WORDS[int(c)] for c in s if c.isdigit())


def stt_cpf(n: str, g: Gen) -> str:
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}",
                   f"{n[:3]} ponto {n[3:6]} ponto {n[6:9]} {n[9:]}", spoken_digits(n)])


def stt_dob(g: Gen) -> str:
    dd, mm, yy = g.dob_parts(1950, 2004)
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


def seq_times(g: Gen, n: int, t0: datetime.datetime, lo: int = 15, hi: int = 240) -> list[datetime.datetime]:
    out, t = [], t0
    for _ in range(n):
        t = t + datetime.timedelta(seconds=g.ri(lo, hi))
        out.append(t)
    return out


NATIONALITY = {True: ["brasileira", "brasileira", "brasileira", "brasileira", "haitiana", "venezuelana", "boliviana"],
               False: ["brasileiro", "brasileiro", "brasileiro", "brasileiro", "haitiano", "venezuelano", "boliviano"]}
CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"],
         False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}
JOBS = {True: ["catadora de materiais recicláveis", "catadora", "triadora", "cooperada", "auxiliar de triagem", "agente ambiental"],
        False: ["catador de materiais recicláveis", "catador", "prenseiro", "cooperado", "motorista", "carroceiro"]}
UF_NAME = {"SP": "DE SÃO PAULO", "RJ": "DO RIO DE JANEIRO", "MG": "DE MINAS GERAIS", "RS": "DO RIO GRANDE DO SUL",
           "PR": "DO PARANÁ", "SC": "DE SANTA CATARINA", "BA": "DA BAHIA", "PE": "DE PERNAMBUCO", "CE": "DO CEARÁ",
           "RN": "DO RIO GRANDE DO NORTE", "PB": "DA PARAÍBA", "AL": "DE ALAGOAS", "SE": "DE SERGIPE", "PI": "DO PIAUÍ",
           "MA": "DO MARANHÃO", "PA": "DO PARÁ", "AM": "DO AMAZONAS", "GO": "DE GOIÁS", "DF": "DO DISTRITO FEDERAL E DOS TERRITÓRIOS",
           "MS": "DE MATO GROSSO DO SUL", "MT": "DE MATO GROSSO", "ES": "DO ESPÍRITO SANTO", "AC": "DO ACRE", "RR": "DE RORAIMA"}
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "PC/RS", "SSP/GO", "SEJUSP/MS"]


def caps_t(template: str) -> str:
    """ALL CAPS (accents folded) outside the «keys» of a template."""
    return "".join(part if MARK.fullmatch(part) else fold(part).upper() for part in re.split(r"(«\w+»)", template))


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool = False, phone: bool = False,
            addr: bool = True, dob: bool = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job: str | None = None) -> None:
    """'NAME, brasileira, solteira, catadora, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {g.pick(CIVIL[p.female])}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        doc.f(up(", nascid«o» em "), o=p.o.upper() if caps else p.o)
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", 1955, 2004), "DATE_OF_BIRTH")
    if rg and g.chance(0.2):
        doc.t(up(", portador" + ("a" if p.female else "") + " da CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    elif rg:
        doc.t(up(", portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(RG_ORG))
    doc.t(up(", inscrit" + p.o + " no CPF sob o nº "))
    doc.e(g.cpf("dot"), "BR_CPF")
    if pis:
        doc.t(up(", NIS/PIS nº "))
        doc.e(g.pis(), "BR_PIS")
    if titulo:
        doc.t(up(", título de eleitor nº "))
        doc.e(g.titulo(), "BR_TITULO_ELEITOR")
    if email:
        doc.t(up(", e-mail ") if not caps else ", E-MAIL ")
        doc.e(g.email(p), "EMAIL_ADDRESS")
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
            doc.f("«e»\n", e=(corp_mail(lw, dom or g.pick(["advocaciapopular.adv.br", "defensoria.adv.br", "gmail.com", "trabalhista.adv.br"]), g),
                             "EMAIL_ADDRESS"))
        doc.t("\n")


def city_of(g: Gen) -> tuple[str, str]:
    return g.pick(CITIES)


# =========================================================================== atendimento


def at_whatsapp_coleta(g: Gen) -> Doc:
    """WhatsApp export with the municipal collection hotline: bot, then an attendant; the truck's plate; a catador by nickname."""
    doc = Doc()
    city, uf = city_of(g)
    c = g.person()
    att = g.person(female=g.chance(0.6))
    bot = g.pick(BOTS)
    short, razao, dom = coop(g)
    ios = g.chance(0.4)
    t0 = g.moments(1, g.day(), 1, (7, 21))[0]
    tt = iter(seq_times(g, 30, t0, 20, 400))

    def st() -> str:
        t = next(tt)
        return ts(t, "waios") + " " if ios else ts(t, "wa") + " - "

    ddd, local = g.msisdn()
    me = (g.fmt_phone(ddd, local, "wa"), "PHONE_NUMBER") if g.chance(0.75) else (g.pick([c.first, c.short, c.full]), "PERSON")
    H = (f"Prefeitura de {city} - 156", None)
    doc.f("Conversa do WhatsApp com Prefeitura de «c» - 156\n\n", c=city)
    cl(doc, st(), H, f"Olá! Eu sou {bot} 🤖, assistente da Secretaria de Serviços Urbanos. Digite: 1 Coleta seletiva | 2 Cata-treco | "
                     "3 Ecopontos | 4 Descarte irregular | 5 Falar com atendente")
    cl(doc, st(), me, g.pick(["1", "5", "1 coleta seletiva"]))
    cl(doc, st(), me, g.pick(["o caminhão da coleta seletiva não passa na minha rua faz 3 semanas",
                              "separei tudo certinho e ninguém recolhe, já tá juntando rato",
                              "queria saber o dia da coleta de reciclável aqui no bairro"]))
    cl(doc, st(), H, "Informe o endereço completo com número e o CEP, por favor.")
    cl(doc, st(), me, "«a» «b» cep «cep»", a=(g.address(g.pick(["text", "low", "text"])), "ADDRESS"), b=g.pick(BAIRROS),
       cep=(g.cep(g.chance(0.7)), "BR_CEP"))
    cl(doc, st(), H, "Aguarde, vou transferir para um atendente.")
    cl(doc, st(), H, "Você está falando com «a».", a=P(g.pick([att.first, att.short])))
    cl(doc, st(), H, "Bom dia! Para abrir a solicitação preciso do nome completo e do CPF do solicitante.")
    cpf = g.cpf()
    if g.chance(0.3):
        cl(doc, st(), me, "«n» cpf «x»", n=P(g.pick([c.full, c.low])), x=g.neg_cpf())
        cl(doc, st(), H, "O sistema recusou esse CPF, pode conferir?")
        cl(doc, st(), me, "foi mal, é «x»", x=(cpf, "BR_CPF"))
    else:
        cl(doc, st(), me, "«n»", n=P(g.pick([c.full, c.low, c.caps])))
        cl(doc, st(), me, "«x»", x=(cpf, "BR_CPF"))
    plate = g.plate()
    cl(doc, st(), H, "Obrigad«o». Sua rua é atendida pela «co», às «d». O caminhão «tr» de placa «p» registrou passagem "
                     "no GPS, mas o motorista anotou «w».", o=att.o, co=short, d=g.pick(["terças e sextas", "segundas", "quartas à tarde", "quintas"]),
       tr=g.pick(TRUCKS), p=(plate, "LICENSE_PLATE"),
       w=g.pick(["rua bloqueada por carro estacionado", "material misturado com lixo orgânico", "portão fechado no condomínio"]))
    cat = g.person(female=g.chance(0.4))
    cl(doc, st(), me, "olha, «o» «s»«n» do carrinho passa antes e leva o papelão e as latinhas, sobra só o resto",
       o="a" if cat.female else "o", s=g.pick(["", "", ("dona " if cat.female else "seu ")]), n=P(g.pick([cat.nick, cat.first])))
    cl(doc, st(), H, "Entendo. Os catadores autônomos podem se cadastrar na cooperativa e na prefeitura; vou registrar a informação. "
                     "Quer que a gente envie a confirmação por e-mail?")
    cl(doc, st(), me, "pode mandar pro «e»", e=(g.email(c), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        cl(doc, st(), me, "aproveitando, tenho um sofá velho e uma geladeira pro cata-treco")
        cl(doc, st(), H, "Cata-treco agendado para «d», das 7h às 12h. Deixe os itens na calçada no dia. Contato para o motorista: "
                         "confirma o «p»?", d=dbr(g.after(t0.date(), 3, 15)), p=(g.fmt_phone(ddd, local, g.pick(["par", "plain"])), "PHONE_NUMBER"))
        cl(doc, st(), me, g.pick(["isso", "sim", "esse mesmo"]))
    cl(doc, st(), H, "Protocolo «pr». Prazo de atendimento: 5 dias úteis. «w»", pr=g.protocol(), w=word_neg(g) if g.chance(0.3) else "")
    cl(doc, st(), H, "Atendimento encerrado. Avalie de 1 a 5.")
    cl(doc, st(), me, str(g.ri(1, 5)))
    return doc


def at_ligacao_bonus(g: Gen) -> Doc:
    """Speech-to-text call of a catador to the reverse-logistics programme's hotline about a bonus paid by Pix; typed record."""
    doc = Doc()
    gs, gr, gdom = g.pick(GESTORAS)
    ag = g.person(female=g.chance(0.6))
    c = g.person(female=g.chance(0.5))
    kid = g.relative(c)
    cpf = g.cpf_digits()
    nis = g.pis("raw")
    ddd, local = g.msisdn()
    short, razao, dom = coop(g)
    doc.f("[stt | central do catador | «p» | ligacao «id» | «mm»min | ura: opcao 3 pagamentos]\n\n", p=lower(gs), id=g.hexs(10),
          mm=g.ri(4, 17))
    A, C = "atendente: ", "catador: " if not c.female else "catadora: "
    doc.f(A + "central do catador «p» bom dia meu nome e «a» com quem eu falo\n", p=lower(gs), a=P(lower(ag.first)))
    doc.f(C + "bom dia aqui e «n» da «co»\n", n=P(lower(g.pick([c.full, c.short, c.first]))), co=lower(short))
    doc.f(A + "pra localizar o cadastro me fala o cpf\n" + C + "«x»\n", x=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f(A + "e a data de nascimento\n" + C + "«d»\n", d=(stt_dob(g), "DATE_OF_BIRTH"))
    if g.chance(0.6):
        doc.f(A + "o nis tambem por favor que o pagamento do bonus e cruzado com o cadunico\n" + C + "«x»\n",
              x=(g.pick([nis, " ".join(nis[i:i + 3] for i in range(0, 11, 3)), spoken_digits(nis)]), "BR_PIS"))
    doc.f(C + "o bonus da reciclagem das latinhas de «m» nao caiu ainda os outros da cooperativa ja receberam\n",
          m=fold(g.pick(MONTHS)))
    kind = g.ri(0, 2)
    if kind == 0:
        key = (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
        doc.f(A + "aqui consta que a chave pix e um celular em nome de outra pessoa\n" + C + "e o celular d«o» «mp» «r» «k» eu nao tenho conta\n",
              o=kid.o, mp="minha" if kid.female else "meu", r="filha" if kid.female else "filho", k=P(lower(g.pick([kid.first, kid.nick]))))
    elif kind == 1:
        key = (g.uuid(), "PIX_KEY")
        doc.f(A + "a chave aleatoria que ta no cadastro voltou como inexistente no banco\n" + C + "ih eu troquei de banco mes passado\n")
    else:
        key = (g.cpf(), "BR_CPF")
        doc.f(A + "a chave cpf que ta cadastrada nao e o seu cpf e de «k»\n" + C + "e «r» «k2» que me ajuda com o banco\n",
              k=P(lower(kid.full)), r="minha filha" if kid.female else "meu filho", k2=P(lower(kid.first)))
    doc.f(A + "pela regra do programa o bonus so pode ser pago em conta ou chave no cpf do proprio catador "
          "voce consegue abrir uma conta digital e mandar a chave nova\n" + C + "«x»\n",
          x=g.pick(["consigo sim a moca da cooperativa me ajuda", "e se eu nao tiver celular bom", "mas e o dinheiro de «m» fica onde"]).replace("«m»", fold(g.pick(MONTHS))))
    if g.chance(0.6):
        doc.f(A + "o endereco continua o mesmo\n" + C + "mudei agora e «a»\n", a=(g.address("stt"), "ADDRESS"))
    doc.f(A + "fica reservado nada se perde me passa um telefone pra retorno\n" + C + "«p»\n", p=(g.fmt_phone(ddd, local, "stt"), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f(C + "a menina da cooperativa ja fez a conta pra mim a chave nova e «k»\n" + A + "certo vou atualizar no cadastro e pedir o reprocessamento\n",
              k=(g.uuid(), "PIX_KEY"))
    doc.f(A + "anotado o protocolo e «pr» «w»\n\n", pr=" ".join(g.d(3) for _ in range(3)),
          w=g.pick(["mais alguma coisa", "obrigada pela ligacao", "tenha um bom dia"]))
    doc.t("----- registro do atendimento -----\n")
    fields = [("Protocolo", V(g.protocol())), ("Catador(a)", P(c.full)), ("CPF", (fmt_cpf(cpf), "BR_CPF")),
              ("NIS", (f"{nis[:3]}.{nis[3:8]}.{nis[8:10]}-{nis[10]}", "BR_PIS")),
              ("Cooperativa", V(razao)), ("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")),
              ("Chave Pix cadastrada", key), ("Titular da chave", P(g.pick([kid.caps, kid.full])) if kind != 1 else V("não localizado no DICT")),
              ("Motivo", V("titularidade divergente / chave inválida")), ("Encaminhado a", V(g.pick(["Pagamentos N2", "Cadastro", "Conciliação"]))),
              ("Atendente", g.pick([P(ag.full), P(ag.short), V(login(ag, g))]))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    return doc


def at_email_eletronicos(g: Gen) -> Doc:
    """E-mail thread: a resident asks the e-waste programme to pick up appliances; quoted original; driver and plate."""
    doc = Doc()
    gs, gr, gdom = g.pick(GESTORAS[3:4] + GESTORAS[:1])
    r = g.person()
    ag = g.person()
    drv = g.person(female=False)
    t1 = g.moments(1, g.day(), 1, (6, 23))[0]
    t2 = t1 + datetime.timedelta(hours=g.ri(3, 50))
    rm = g.email(r)
    am = corp_mail(ag, gdom, g)
    doc.f("De: «a» <«am»>\nPara: «r» <«rm»>\nCc: «cc»\nData: «d»\nAssunto: RE: Coleta de eletrônicos em casa\n\n",
          a=P(ag.full), am=(am, "EMAIL_ADDRESS"), r=P(r.full), rm=(rm, "EMAIL_ADDRESS"), cc=role_mail(g, gdom, "agendamento"),
          d=mail_date(t2))
    items = g.sample(["geladeira", "micro-ondas", "monitor de tubo", "CPU", "impressora", "ventilador", "máquina de lavar",
                      "TV de tubo 29\"", "notebook sem bateria", "caixa de pilhas", "celulares velhos"], g.ri(2, 4))
    doc.f("Olá, «n»!\n\nAgendamos a retirada de «it» para «d», entre 8h e 12h, no endereço informado. A coleta será feita pelo "
          "«m1»«m», no «tr» placa «p». O material vai para a triagem da «co» e você recebe o certificado de destinação "
          "por e-mail em até 30 dias (Lei 12.305/2010, logística reversa de eletroeletrônicos — Decreto 10.240/2020).\n\n",
          n=P(r.first), it=", ".join(items), d=dbr(g.after(t2.date(), 2, 12)), **g.pick([dict(m1="motorista ", m=P(drv.full)), dict(m1="motorista ", m=P(drv.short)),
                                                             dict(m1="equipe da cooperativa", m=V(""))]),
          tr=g.pick(TRUCKS), p=(g.plate(), "LICENSE_PLATE"), co=coop(g)[0])
    if g.chance(0.5):
        nb = g.person(female=True, word=g.chance(0.5))
        doc.f("Como você informou que não estará em casa, a entrega pode ser feita pela vizinha, «v», conforme combinado. "
              "Pedimos que ela tenha em mãos o protocolo.\n\n", v=P(g.pick([nb.first, nb.full])))
    doc.f("Atenciosamente,\n«a»\nCentral de Agendamento · «g»\n«rb»\n\n", a=P(g.pick([ag.full, ag.first])), g=gs,
          rb=role_mail(g, gdom, "agendamento"))
    ip = g.ip()
    if g.chance(0.5):
        doc.f("-----Mensagem original-----\nDe: «r» <«rm»>\nEnviada em: «d»\nPara: «to»\nAssunto: Coleta de eletrônicos em casa\n"
              "X-Originating-IP: [«ip»]\n\n", r=P(r.full), rm=(rm, "EMAIL_ADDRESS"), d=ts(t1, "br"), to=role_mail(g, gdom, "coleta"),
              ip=(ip, "IP_ADDRESS"))
        q = ""
    else:
        doc.f("Em «d», «r» <«rm»> escreveu:\n", d=ts(t1, "br"), r=P(r.full), rm=(rm, "EMAIL_ADDRESS"))
        q = "> "
    doc.f(q + "Boa noite. Vi no rótulo que vocês recolhem eletrônicos. Tenho «it» para descartar e não quero jogar no lixo.\n",
          it=", ".join(items))
    if g.chance(0.5):
        doc.f(q + "Para o certificado, meu CPF é «c».\n", c=(g.cpf(), "BR_CPF"))
    doc.f(q + "Meu endereço é «a», CEP «c», «ci». Telefone «p».\n", a=(g.address(g.pick(["text", "text", "low"])), "ADDRESS"),
          c=(g.cep(g.chance(0.8)), "BR_CEP"), ci="/".join(city_of(g)), p=(g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"))
    doc.f(q + "«x»\n" + q + "\n" + q + "«s»\n", x=g.pick(["O prédio não tem elevador, é terceiro andar.", "Tem um catador aqui na rua que pediu o cobre da geladeira, pode?",
                                                       "Preciso do certificado para o condomínio.", "A geladeira ainda tem gás, cuidado."]),
          s=g.pick([P(r.first), P(r.full), V("Obrigad" + r.o), V("Att.")]))
    return doc


def at_zap_ferrovelho(g: Gen) -> Doc:
    """WhatsApp between a scrap dealer and a seller with a pickup: ID photos required, plate, the weighing and the Pix."""
    doc = Doc()
    fan, raz = g.pick(SCRAPS)
    s = g.person(female=g.chance(0.2))
    own = g.person(female=g.chance(0.3))
    ios = g.chance(0.5)
    t0 = g.moments(1, g.day(), 1, (6, 18))[0]
    tt = iter(seq_times(g, 30, t0, 30, 900))

    def st() -> str:
        t = next(tt)
        return ts(t, "waios") + " " if ios else ts(t, "wa") + " - "

    S = (g.pick([s.first, s.nick, s.short]), "PERSON") if g.chance(0.3) else (g.phone("wa"), "PHONE_NUMBER")
    O = (fan, None) if g.chance(0.75) else (own.first, "PERSON")
    doc.f("Conversa do WhatsApp com «f»\n\n", f=fan)
    m1, p1 = mat(g)
    m2, p2 = mat(g)
    cl(doc, st(), S, f"bom dia, quanto ta pagando no {m1} e no {m2}?")
    cl(doc, st(), O, f"Bom dia! {m1} R$ {brl(p1)} o kg, {m2} R$ {brl(p2)}. Pagamento na hora, Pix ou dinheiro.")
    cl(doc, st(), S, "vou levar umas «n» kg hoje a tarde na «c»", n=g.ri(80, 900), c=g.pick(CARS))
    cl(doc, st(), O, "Beleza. Primeira vez aqui? Pela lei municipal a gente tem que cadastrar o vendedor: manda foto do RG e o CPF, "
                     "e a placa do veículo.")
    cl(doc, st(), S, "<Mídia oculta>" if not ios else "‎imagem ocultada")
    if g.chance(0.3):
        cl(doc, st(), S, "não tenho RG aqui, vai a CNH «r» cpf «c»", r=(g.cnh(), "BR_CNH"), c=(g.cpf(), "BR_CPF"))
    else:
        cl(doc, st(), S, "rg «r» cpf «c»", r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"))
    plate = g.plate()
    cl(doc, st(), S, "placa «p»", p=(plate, "LICENSE_PLATE"))
    if g.chance(0.5):
        cl(doc, st(), O, "Fio de cobre queimado só com nota ou declaração de origem, tá? A polícia passou aqui semana passada.")
        dono = g.person()
        cl(doc, st(), S, "é fio de reforma, «o» don«o» da obra é «o» «e», se precisar «el» confirma no «p»", o=dono.o, el="ela" if dono.female else "ele",
           e=P(g.pick([dono.short, dono.first])),
           p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    bru = g.ri(1200, 4200)
    tara = bru - g.ri(80, 900)
    liq = bru - tara
    tot = liq * p1
    cl(doc, st(), O, "Pesagem: ticket «t» | placa «p» | bruto «b» kg | tara «ta» kg | líquido «l» kg | {m} | total R$ «v»".format(m=m1),
       t=ticket_no(g), p=(plate, "LICENSE_PLATE"), b=kg(bru, 0), ta=kg(tara, 0), l=kg(liq, 0), v=brl(tot))
    tipo, key = pix_key(g, s)
    cl(doc, st(), O, "Qual a chave Pix?")
    if g.chance(0.35):
        hp = g.relative(s, female=False)
        cl(doc, st(), S, "manda na do meu sobrinho «h» que ta comigo, «k»", h=P(g.pick([hp.first, hp.nick])), k=key)
        cl(doc, st(), O, "Só posso pagar no CPF de quem vendeu, tá na regra. Manda a sua.")
        tipo, key = pix_key(g, s)
    cl(doc, st(), S, "«k»", k=key)
    cl(doc, st(), O, "Pix enviado ✅ R$ «v» — ID «e»", v=brl(tot), e=e2e(g, next(tt)))
    cl(doc, st(), S, g.pick(["valeu patrão", "recebido", "obrigado, semana que vem tem mais", "👍"]))
    if g.chance(0.4):
        cl(doc, st(), O, word_neg(g))
    return doc


def at_form_json(g: Gen) -> Doc:
    """Web form of a reverse-logistics pickup request (indented JSON) with the agent's notes."""
    doc = Doc()
    gs, gr, gdom = g.pick(GESTORAS)
    c = g.person()
    ag = g.person()
    drv = g.person(female=False)
    t = g.moments(1, g.day(), 1, (6, 23))[0]
    doc.f("POST /api/v2/coletas 201 · «t»\n", t=ts(t, "iso"))
    city, uf = city_of(g)
    body = {
        "protocolo": f"LR-{t.year}-{g.d(6)}",
        "programa": gs,
        "solicitante": {"nome": P(g.pick([c.full, c.caps, c.low])), "cpf": (g.cpf(), "BR_CPF"),
                        "nascimento": (g.dob("iso", 1940, 2006), "DATE_OF_BIRTH") if g.chance(0.4) else None,
                        "email": (g.email(c), "EMAIL_ADDRESS"), "celular": (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"),
                        "telefone_fixo": (g.phone(g.pick(["par", "raw"]), mobile=False), "PHONE_NUMBER") if g.chance(0.3) else ""},
        "endereco": {"logradouro": (g.address(), "ADDRESS"), "bairro": g.pick(BAIRROS), "cidade": city, "uf": uf,
                     "cep": (g.cep(g.chance(0.6)), "BR_CEP")},
        "itens": [{"tipo": x, "qtd": g.ri(1, 6)} for x in g.sample(["pilhas_baterias", "lampadas", "eletroportateis", "linha_branca",
                                                                    "informatica", "oleo_cozinha_litros", "embalagens_agrotoxico"], g.ri(1, 3))],
        "aceite_lgpd": True,
        "meta": {"ip": (g.ip(), "IP_ADDRESS"), "ua": g.pick(["Mozilla/5.0 (Linux; Android 13)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)",
                                                               "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"]),
                 "origem": g.pick(["site", "app", "qr-code da embalagem"])},
    }
    if g.chance(0.4):
        z = g.person(female=False)
        body["contato_portaria"] = {"nome": P(g.pick([z.first, z.full])), "telefone": (g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER")}
    jval(doc, body, 0)
    doc.t("\n\n")
    doc.f("-- notas do atendimento («a», «lg») --\n", a=P(g.pick([ag.full, ag.first])), lg=login(ag, g))
    doc.f("«d» Rota «r» atribuída ao motorista «m» (CNH «h»), veículo «tr» placa «p». Janela 13h–17h.\n",
          d=dbr(g.after(t.date(), 1, 7)), r=f"R{g.ri(1, 40):02d}", m=P(g.pick([drv.full, drv.short])), h=(g.cnh(), "BR_CNH"),
          tr=g.pick(TRUCKS), p=(g.plate(), "LICENSE_PLATE"))
    doc.f("Cadastro duplicado encontrado (mesmo CPF, protocolo antigo «pr») — mesclado. Sincronização com o ERP via «ip» ok.\n",
          pr=g.protocol(), ip=g.ip_priv())
    if g.chance(0.5):
        doc.f("Cliente ligou do «p» pedindo para o motorista chamar no portão. «w»\n", p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
              w=word_neg(g))
    return doc


def at_fila_ouvidoria(g: Gen) -> Doc:
    """Fixed-width municipal ombudsman queue on selective collection, with the supervisor's notes (a child on a cart)."""
    doc = Doc()
    city, uf = city_of(g)
    d = g.day()
    sup = g.person()
    doc.f("PREFEITURA MUNICIPAL DE «c» — OUVIDORIA GERAL\nFILA: LIMPEZA URBANA / COLETA SELETIVA    EMITIDO EM «d» «h»\n\n",
          c=fold(city).upper(), d=dbr(d), h=g.hm())
    doc.t("PROTOCOLO    DATA        SOLICITANTE               CPF          TELEFONE     ASSUNTO                 ATEND.\n")
    doc.t("-" * 106 + "\n")
    people = []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        people.append(p)
        doc.cell(f"{d.year}{g.d(6)}", 12)
        doc.t(" ")
        doc.cell(dbr(g.after(d, -20, 0)), 10)
        doc.t("  ")
        anon = g.chance(0.15)
        if anon:
            doc.cell("ANONIMO", 24)
        else:
            nm = fold(g.pick([p.full, p.full, p.short])).upper()
            doc.cell(cut(typo(nm, g) if g.chance(0.15) else nm, 24), 24, "PERSON")
        doc.t("  ")
        r = g.rng.random()
        if anon or r < 0.2:
            doc.cell("NAO INFORM", 11)
        elif r < 0.3:
            doc.cell(g.neg(11), 11)
        else:
            doc.cell(g.cpf("raw"), 11, "BR_CPF")
        doc.t("  ")
        if anon and g.chance(0.5):
            doc.cell("-", 11)
        else:
            ddd, local = g.msisdn(mobile=g.chance(0.85))
            doc.cell(ddd + local, 11, "PHONE_NUMBER")
        doc.t("  ")
        doc.cell(g.pick(["COLETA NAO REALIZADA", "DESCARTE IRREGULAR", "CATA-TRECO", "ECOPONTO FECHADO", "CRIANCA EM CARRINHO",
                         "CAMINHAO DERRAMOU", "QUEIMA DE FIOS", "RATOS NO GALPAO"]), 22)
        doc.t("  ")
        doc.t(login(g.person(), g) + "\n")
    doc.t("-" * 106 + "\n\n")
    doc.f("Observações da supervisão («s»):\n", s=g.pick([P(sup.full), P(sup.short), V(login(sup, g))]))
    cat = g.person(female=g.chance(0.6))
    kid = g.relative(cat)
    doc.f("1) Denúncia de criança acompanhando «o» catador«ca» «c» no carrinho à noite, na «a». A criança, «k», teria «i» anos. "
          "Encaminhado ao Conselho Tutelar e ao CREAS (Lei 8.069/1990); a cooperativa «co» foi acionada para oferecer vaga "
          "na creche parceira.\n", c=P(g.pick([cat.full, cat.first, cat.nick])), a=g.pick(["Praça da Sé", "Avenida Beira Rio", "saída do mercado", "Rua Chico Mendes"]),
          k=P(g.pick([kid.first, kid.nick])), i=g.ri(5, 13), co=coop(g)[0], o=cat.o, ca="a" if cat.female else "")
    doc.f("2) «x»: veículo «tr» placa «p» flagrado descarregando entulho com recicláveis em terreno baldio; vídeo anexado; "
          "encaminhado à fiscalização (Lei 12.305/2010, art. 47).\n", x=g.pick(["Protocolo " + f"{d.year}{g.d(6)}", "Denúncia anônima"]),
          tr=g.pick(TRUCKS + CARS), p=(g.plate(), "LICENSE_PLATE"))
    p = g.pick(people)
    doc.f("3) «n» ligou de novo (3ª vez) — retornar pelo «t» até sexta. «w»\n", n=P(g.pick([p.first, p.full])),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), w=g.pick(["Rota do Vale sem coleta há 2 semanas.", word_neg(g), ""]))
    return doc


def at_ficha_cooperado(g: Gen) -> Doc:
    """Member sign-up form at the cooperative's front desk, with household composition (CadÚnico, NIS) and Pix for the rateio."""
    doc = Doc()
    short, razao, dom = coop(g)
    m = g.person(female=g.chance(0.6))
    tec = g.person(female=g.chance(0.7))
    d = g.day()
    cpf = g.cpf()
    doc.f("«r»\nFICHA DE INSCRIÇÃO DE COOPERAD«O» — «m»\nData: «d»\n\n", r=razao.upper(), O=m.o.upper(), m=matricula(g), d=dbr(d))
    style = g.pick(["dots", "box", "plain"])
    nm = m.full
    fields = [("Nome civil", P(nm))]
    if g.chance(0.15):
        so = g.person(female=not m.female)
        fields.append(("Nome social", P(so.given)))
    fields += [("Data de nascimento", (g.dob(g.pick(["br", "br", "nopad"]), 1955, 2005), "DATE_OF_BIRTH")),
               ("CPF", (cpf, "BR_CPF"))]
    if g.chance(0.7):
        fields.append(("RG", (g.rg(), "BR_RG")))
    else:
        fields.append(("RG", V("não possui (RNM em andamento)" if g.chance(0.5) else "perdido — BO anexo")))
    fields.append(("NIS", (g.pis(), "BR_PIS")))
    if g.chance(0.6):
        fields.append(("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")))
    fields += [("Código familiar CadÚnico", V(cad_code(g))), ("Bolsa Família", V(g.pick(["sim", "não", "sim — suspenso"]))),
               ("Endereço", (g.address(g.pick(["text", "caps"])), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS))),
               ("CEP", (g.cep(), "BR_CEP")), ("Celular/WhatsApp", (g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER"))]
    if g.chance(0.4):
        fields.append(("E-mail", (g.email(m), "EMAIL_ADDRESS")))
    else:
        fields.append(("E-mail", V("não tem")))
    fields += [("Escolaridade", V(g.pick(["fundamental incompleto", "não alfabetizad" + m.o, "médio completo", "fundamental completo"]))),
               ("Função", V(g.pick(["triagem (esteira)", "prensa", "coleta porta a porta", "carrinheir" + m.o, "enfardamento"]))),
               ("Carrinho", V(cart_no(g)))]
    tipo, key = pix_key(g, m, cpf)
    fields += [("Chave Pix p/ rateio (" + tipo + ")", key)]
    kv_block(g, doc, fields, style)
    doc.t("\nCOMPOSIÇÃO FAMILIAR\n")
    rows = []
    for _ in range(g.ri(1, 4)):
        comp = "companheir" + ("o" if m.female else "a")
        rel = g.pick(["filho(a)", "filho(a)", "neto(a)", "mãe", "irmão(ã)"] + ([comp] if comp not in [r[1][0] for r in rows] else []))
        k = g.relative(m) if rel != comp else g.spouse(m)
        child = rel in ("filho(a)", "neto(a)")
        lo, hi = (2008, 2024) if child else (1950, 2000)
        rows.append([P(k.full), V(rel), (g.dob("br", lo, hi), "DATE_OF_BIRTH"), (g.pis("raw"), "BR_PIS") if g.chance(0.7) else V("—"),
                     V(g.pick(["escola", "creche", "não estuda", "trabalha", "—"]) if child else g.pick(["catador(a)", "do lar", "bico", "aposentad" + k.o]))])
    table_ruled(doc, ["nome", "parentesco", "nascimento", "NIS", "situação"], rows, g.pick(["plus", "pipe", "plain"]))
    em = g.person()
    doc.f("\nEm caso de emergência avisar: «n» («r») — «p»\n", n=P(g.pick([em.full, em.first])),
          r=g.pick(["vizinha", "irmã", "comadre", "filha", "cunhada"] if em.female else ["vizinho", "irmão", "cunhado", "compadre", "filho"]), p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("Documentos pendentes: «x». Declara ciência do Estatuto Social e da Lei 12.690/2012. Consente com o tratamento dos dados "
          "para o CadÚnico e programas de logística reversa (Lei 13.709/2018).\n\nAssinatura: ______________  «s»\n",
          x=g.pick(["comprovante de residência", "cartão do SUS", "nenhum", "foto 3x4"]), s="(impressão digital)" if g.chance(0.2) else "")
    if g.chance(0.4):
        doc.f("Atendido por: «t», assistente social — «c»\n", t=P(g.pick([tec.full, tec.short])), c=(g.council("CRESS"), "PROFESSIONAL_ID"))
    else:
        doc.f("Atendido por: «t» («f»)\n", t=P(g.pick([tec.full, tec.short, tec.first])),
              f=g.pick(["secretária da cooperativa", "técnica do Programa Diogo de Sant'Ana Pró-Catadoras", "tesoureira"]))
    return doc


AT = [at_whatsapp_coleta, at_ligacao_bonus, at_email_eletronicos, at_zap_ferrovelho, at_form_json, at_fila_ouvidoria, at_ficha_cooperado]


# =========================================================================== juridico


TJ = {"SP": "8.26", "RJ": "8.19", "MG": "8.13", "RS": "8.21", "PR": "8.16", "SC": "8.24", "BA": "8.05", "PE": "8.17",
      "CE": "8.06", "RN": "8.20", "PB": "8.15", "AL": "8.02", "SE": "8.25", "PI": "8.18", "MA": "8.10", "PA": "8.14",
      "AM": "8.04", "GO": "8.09", "DF": "8.07", "MS": "8.12", "MT": "8.11", "ES": "8.08", "RR": "8.23", "AC": "8.01"}


def ai_number(g: Gen) -> str:
    """An infraction notice number ("22.451.987-3"): shaped like an RG, never passes the RG check, never labelled."""
    while True:
        b = "2" + str(g.ri(0, 4)) + g.d(6)
        dv = str(g.ri(0, 9))
        if rg_sp_dv(b) != dv:
            return f"{b[:2]}.{b[2:5]}.{b[5:]}-{dv}"


def esign_log(g: Gen, doc: Doc, signers: list[tuple[Person, str]], t0: datetime.datetime, style: str | None = None) -> None:
    """An e-signature log: name, e-mail, IP, time (envelope id upper-case UUID, not labelled)."""
    doc.f("\nLOG DE ASSINATURAS — envelope «e»\n", e=str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper())
    rows = []
    t = t0
    for p, mail in signers:
        t = t + datetime.timedelta(minutes=g.ri(2, 600))
        rows.append([P(g.pick([p.full, p.caps])), (mail, "EMAIL_ADDRESS"), (g.ip(), "IP_ADDRESS"), V(ts(t, "brs")),
                     V(g.pick(["assinou", "assinou (token SMS)", "assinou (gov.br)"]))])
    table_ruled(doc, ["signatário", "e-mail", "IP", "data/hora", "evento"], rows, style or g.pick(["plus", "psql", "plain"]))


def ju_contrato_coleta(g: Gen) -> Doc:
    """Municipal contract for selective collection with a cooperative (dispensa, Lei 14.133/2021), trucks, account, witnesses."""
    doc = Doc()
    city, uf = city_of(g)
    short, razao, dom = coop(g)
    sec = g.person()
    pres = g.person(female=g.chance(0.6))
    fisc = g.person()
    d = g.day()
    n = f"{g.ri(1, 180):03d}/{d.year}"
    doc.f("CONTRATO Nº «n» — PROCESSO ADMINISTRATIVO Nº «pa»\nPRESTAÇÃO DE SERVIÇOS DE COLETA SELETIVA, TRIAGEM E "
          "COMERCIALIZAÇÃO DE RESÍDUOS SÓLIDOS RECICLÁVEIS\n\n", n=n, pa=f"{g.d(5)}/{d.year}")
    doc.f("O MUNICÍPIO DE «c», pessoa jurídica de direito público, CNPJ «cn», por meio da Secretaria Municipal de Meio Ambiente e "
          "Serviços Urbanos, neste ato representada pel«o» Secretári«o» «s», inscrit«o» no CPF sob o nº «scpf», doravante "
          "CONTRATANTE, e a «r», cooperativa de trabalho formada exclusivamente por catadores de baixa renda, CNPJ «ccn», "
          "representada por s«ua» presidente, ", ua="ua" if pres.female else "eu", c=fold(city).upper(), cn=(g.cnpj(), "BR_CNPJ"), o=sec.o, s=P(g.pick([sec.full, sec.caps])),
          scpf=(g.cpf(), "BR_CPF"), r=razao.upper(), ccn=(g.any_cnpj(), "BR_CNPJ"))
    qualify(g, doc, pres, where=(city, uf), dob=g.chance(0.3))
    doc.t(", doravante CONTRATADA, celebram o presente contrato, com dispensa de licitação fundada no art. 75, IV, \"j\", da "
          "Lei 14.133/2021 e no art. 36, § 1º, da Lei 12.305/2010, mediante as cláusulas seguintes.\n\n")
    tons = g.ri(40, 600)
    price = g.ri(90, 420)
    doc.f("CLÁUSULA PRIMEIRA — DO OBJETO. Coleta seletiva porta a porta em «s» setores, triagem no galpão municipal e "
          "comercialização do material, estimada em «t» toneladas/mês.\n\nCLÁUSULA SEGUNDA — DO PREÇO. R$ «p» por tonelada "
          "efetivamente triada, comprovada por tickets de balança e notas fiscais de venda, sem prejuízo da receita da venda, "
          "que pertence à CONTRATADA e será rateada entre os cooperados.\n\n", s=g.ri(3, 14), t=tons, p=brl(price))
    doc.t("CLÁUSULA TERCEIRA — DOS VEÍCULOS. O CONTRATANTE cede em comodato os seguintes veículos, com motorista e combustível:\n")
    for _ in range(g.ri(1, 3)):
        doc.f("   • «tr», placa «p», RENAVAM «rv»\n", tr=g.pick(TRUCKS), p=(g.plate(), "LICENSE_PLATE"), rv=renavam(g))
    code, bank = g.pick(BANKS)
    doc.f("\nCLÁUSULA QUARTA — DO PAGAMENTO. Mensal, em até 10 dias do atesto, na conta da CONTRATADA no «b», agência «ag», "
          "conta corrente «ac».\n\n", b=bank, ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.f("CLÁUSULA QUINTA — DA FISCALIZAÇÃO. Fica designad«o» fiscal do contrato «f», «mt», e-mail «e».\n\n",
          o=fisc.o, f=P(fisc.full), mt=g.pick([f"matrícula {g.d(6)}", f"mat. {g.d(5)}-{g.d(1)}"]),
          e=(corp_mail(fisc, f"{lower(city).replace(' ', '')}.{uf.lower()}.gov.br", g), "EMAIL_ADDRESS"))
    doc.t("CLÁUSULA SEXTA — DAS OBRIGAÇÕES. A CONTRATADA fornecerá EPI aos cooperados (NR-6), manterá controle de produção e "
          "rateio, e não admitirá trabalho de menores de 18 anos no galpão (Decreto 6.481/2008). É vedada a subcontratação.\n\n")
    doc.f("«c», «d».\n\n________________________\n«s»\nSecretári«o» Municipal\n\n________________________\n«p»\nPresidente — «sh»\n\n",
          c=city, d=dbr(d, "long"), s=P(sec.caps), o=sec.o, p=P(pres.caps), sh=short)
    doc.t("Testemunhas:\n")
    wits = []
    for k in range(2):
        w = g.person()
        wits.append(w)
        doc.f("«k». «n» — CPF «c»\n", k=k + 1, n=P(w.full), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        mdom = f"{lower(city).replace(' ', '')}.{uf.lower()}.gov.br"
        esign_log(g, doc, [(sec, corp_mail(sec, mdom, g)), (pres, g.email(pres))] + [(w, g.email(w)) for w in wits[:1]],
                  datetime.datetime(d.year, d.month, d.day, 9))
    return doc


def ju_fiscalizacao(g: Gen) -> Doc:
    """Labour inspection report at a scrap yard: informal workers, an adolescent at the press, NR-12 interdiction."""
    doc = Doc()
    city, uf = city_of(g)
    fan, raz = g.pick(SCRAPS)
    own = g.person(female=g.chance(0.2))
    afts = [g.person() for _ in range(g.pick([1, 1, 2]))]
    d = g.day()
    doc.f("MINISTÉRIO DO TRABALHO E EMPREGO — SUPERINTENDÊNCIA REGIONAL DO TRABALHO «u»\nRELATÓRIO DE AÇÃO FISCAL Nº «n»\n\n",
          u=UF_NAME.get(uf, "DE SÃO PAULO"), n=f"{g.d(4)}.{g.d(3)}/{d.year}")
    fields = [("Empregador", V(raz)), ("Nome fantasia", V(fan)), ("CNPJ", (g.cnpj(), "BR_CNPJ")),
              ("Sócio-administrador", P(own.full)), ("CPF do sócio", (g.cpf(), "BR_CPF")),
              ("Atividade", V("CNAE 4687-7/03 — comércio atacadista de resíduos e sucatas metálicos")),
              ("Data da inspeção", V(dbr(d))), ("Equipe", V("Auditores-Fiscais do Trabalho; MPT; Conselho Tutelar"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    doc.t("\n1. TRABALHADORES ENCONTRADOS SEM REGISTRO\n")
    rows = []
    for _ in range(g.ri(2, 4)):
        w = g.person()
        cp = (g.cpf(), "BR_CPF") if g.chance(0.75) else V("não possui")
        rows.append([P(g.pick([w.full, w.capsf])), cp, (g.dob("br", 1960, 2006), "DATE_OF_BIRTH"),
                     V(g.pick(["separação de metais", "desmonte de baterias", "operação de prensa", "queima de fios", "carga e descarga"])),
                     V(f"desde {g.pick(MONTHS)[:3]}/{g.ri(2018, 2025)}")])
    table_ruled(doc, ["nome", "CPF", "nascimento", "atividade", "início"], rows, g.pick(["plus", "pipe", "plain"]))
    kid = g.person(female=g.chance(0.3))
    mom = g.person(female=True)
    age = g.ri(12, 17)
    dob_kid = (g.dob(g.pick(["br", "long"]), d.year - age - 1, d.year - age), "DATE_OF_BIRTH")
    doc.f("\n2. TRABALHO INFANTIL. Encontrad«o» «o» adolescente «k», nascid«o» em «dn», com «a» anos, operando a prensa "
          "enfardadeira sem proteção, atividade da Lista TIP (Decreto 6.481/2008, itens 62 e 77). A genitora, «m», "
          "compareceu e informou que «el» «x». Afastamento imediato com pagamento das verbas; comunicação ao Conselho Tutelar "
          "e ao MPT.\n", o=kid.o, k=P(kid.full), dn=dob_kid, a=age, m=P(g.pick([mom.full, mom.first])), el="ela" if kid.female else "ele",
          x=g.pick(["largou a escola no ano passado", "ganhava R$ 50 por dia", "vinha depois da aula"]))
    doc.f("\n3. MÁQUINAS (NR-12). Prensa hidráulica «pm» sem proteção fixa, sem botão de emergência e sem dispositivo bimanual: "
          "lavrado Termo de Interdição nº «ti». Caminhão «tr» placa «p» usado para transporte de baterias sem sinalização.\n",
          pm=g.pick(["vertical 20 t", "horizontal 12 t", "enfardadeira 15 t"]), ti=f"{g.d(7)}/{d.year % 100}",
          tr=g.pick(TRUCKS), p=(g.plate(), "LICENSE_PLATE"))
    doc.f("\n4. AUTOS DE INFRAÇÃO lavrados: «ai».\n\n", ai=", ".join(ai_number(g) for _ in range(g.ri(2, 4))))
    for a in afts:
        doc.f("«n» — Auditor«a»-Fiscal do Trabalho, CIF «c»\n", n=P(g.pick([a.full, a.caps])), a="a" if a.female else "",
              c=f"{g.d(5)}-{g.d(1)}")
    if g.chance(0.5):
        proc = g.person()
        doc.f("Acompanhou a diligência «o» Procurador«a» do Trabalho «n» (e-mail «e»).\n", o="a" if proc.female else "o",
              a="a" if proc.female else "", n=P(proc.full), e=(corp_mail(proc, "mpt.mp.br", g), "EMAIL_ADDRESS"))
    return doc


def ju_reclamacao(g: Gen) -> Doc:
    """Labour claim by a catadora against a sham cooperative and the recycler that took its output."""
    doc = Doc()
    city, uf = city_of(g)
    short, razao, dom = coop(g)
    rec = g.pick(RECYCLERS)
    a = g.person(female=g.chance(0.65))
    boss = g.person(female=False)
    gerente = g.person()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DO TRABALHO DA «n»ª VARA DO TRABALHO DE «c»/«u»\n\n\n", n=g.ri(1, 40),
          c=fold(city).upper(), u=uf)
    qualify(g, doc, a, dob=g.chance(0.5), pis=True, email=g.chance(0.4), phone=True, where=(city, uf))
    doc.f(", CTPS nº «ct» série «se», por seus advogados, vem propor RECLAMAÇÃO TRABALHISTA em face de «r», CNPJ «c1», e de "
          "«rc», CNPJ «c2», pelos fatos a seguir.\n\n", ct=g.d(7), se=g.d(4), r=razao.upper(), c1=(g.any_cnpj(), "BR_CNPJ"),
          rc=rec.upper(), c2=(g.any_cnpj(), "BR_CNPJ"))
    start = g.after(datetime.date(2018, 1, 1), 0, 1500)
    end = g.after(datetime.date(2024, 6, 1), 0, 500)
    doc.f("I — DOS FATOS\n«A» reclamante trabalhou de «d1» a «d2» na triagem, das 6h às 17h, com salário fixo semanal pago em "
          "dinheiro pelo sr. «b», que se apresenta como presidente da primeira reclamada mas é, na prática, dono do negócio. "
          "Nunca houve assembleia, rateio ou prestação de contas (Lei 12.690/2012, arts. 2º e 11). As ordens vinham d«go» "
          "gerente do galpão, «gr», e todo o material era vendido à segunda reclamada, que fornecia os bags e o caminhão "
          "placa «p».\n\n", d1=dbr(start), d2=dbr(end), go=gerente.o,
          b=P(g.pick([boss.full, boss.short])), gr=P(g.pick([gerente.first, gerente.full])), p=(g.plate(), "LICENSE_PLATE"),
          A="A" if a.female else "O")
    doc.f("Em «d», «a» reclamante cortou a mão em vidro quebrado na esteira (CID «cid»), sem luva; não houve emissão de CAT "
          "e «el» foi levad«o» para atendimento («up») por colega, «co». Precedentes: RO «cnj1»; RR «cnj2».\n\n",
          d=dbr(start + datetime.timedelta(days=g.ri(30, max(31, (end - start).days - 10)))), a="a" if a.female else "o",
          el="ela" if a.female else "ele", o=a.o, cid=cid_acc(g), up=g.pick(UPAS),
          co=g.pick([P(g.person().first), P(g.person().full), V("que pediu para não ser identificado")]), cnj1=g.cnj(g.pick(["5.02", "5.01", "5.15", "5.04"])), cnj2=g.cnj("5.00"))
    doc.t("II — DOS PEDIDOS\na) reconhecimento do vínculo de emprego com a primeira reclamada e responsabilidade subsidiária da "
          "segunda (Súmula 331, IV, TST); b) verbas rescisórias, FGTS + 40%; c) adicional de insalubridade em grau máximo "
          "(NR-15, Anexo 14); d) indenização por danos morais.\n\nIII — ROL DE TESTEMUNHAS\n")
    for _ in range(g.ri(2, 3)):
        w = g.person()
        doc.f("• «n», CPF «c», «a»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"), a=(g.address(), "ADDRESS"))
    doc.f("\nDá-se à causa o valor de R$ «v».\n\n«c», «d».\n\n", v=brl(g.ri(30000, 250000)), c=city, d=g.date("long"))
    lawyer_sig(g, doc, g.ri(1, 2))
    return doc


def ju_ata_assembleia(g: Gen) -> Doc:
    """Minutes of a cooperative's general assembly: accounts, apportionment, board election, attendance list."""
    doc = Doc()
    short, razao, dom = coop(g)
    city, uf = city_of(g)
    d = g.day()
    caps = g.chance(0.3)
    up = caps_t if caps else (lambda s: s)
    pres = g.person(female=g.chance(0.6))
    sec = g.person(female=g.chance(0.7))
    doc.f("ATA DA ASSEMBLEIA GERAL «t» DA «r»\nCNPJ «c» — NIRE «ni»\n\n", t=g.pick(["ORDINÁRIA", "EXTRAORDINÁRIA"]), r=razao.upper(),
          c=(g.any_cnpj(), "BR_CNPJ"), ni=(lambda n: f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8:]}")(g.neg(11)))
    doc.f(up("Aos «d», às «h», no galpão de triagem da cooperativa, em «ci»/«u», reuniram-se em segunda convocação «n» cooperados, "
             "conforme lista de presença anexa. Assumiu a presidência dos trabalhos «p», que convidou «s» para secretariar. "),
          d=dbr(d, "long") if not caps else dbr(d, "caps"), h=f"{g.ri(8, 18)}h", ci=fold(city).upper() if caps else city, u=uf, n=g.ri(14, 60),
          p=P(pres.capsf if caps else pres.full), s=P(sec.capsf if caps else sec.full))
    fates = g.ri(5, 10)
    doc.f(up("Item 1 — Prestação de contas: a tesoureira apresentou receita de R$ «rc» com a venda de material e o repasse da "
             "Prefeitura, aprovada por unanimidade. Item 2 — Rateio: aprovado o critério por horas trabalhadas, com «f»% para o "
             "FATES e 10% para o fundo de reserva (Lei 5.764/1971, art. 28). Item 3 — Eleição do Conselho de Administração para "
             "o mandato «m1»–«m2», chapa única «ch», eleita por aclamação:\n\n"), rc=brl(g.ri(30000, 400000)), f=fates,
          m1=d.year, m2=d.year + g.ri(2, 4),
          ch=(lambda c: fold(c).upper() if caps else c)(g.pick(["Reciclar é Resistir", "Luz do Amanhã", "Unidos da Esteira", "Mãos que Separam"])))
    board = [("Presidente", pres)]
    for r in ["Vice-Presidente", "Tesoureir", "Secretári", "Conselho Fiscal", "Conselho Fiscal"][:g.ri(2, 3)]:
        p = g.person(female=g.chance(0.6))
        board.append((r + p.o if r.endswith(("ir", "ri")) else r, p))
    for role, p in board:
        doc.t(up(f"{role}: "))
        qualify(g, doc, p, caps=caps, rg=g.chance(0.7), addr=g.chance(0.6), titulo=g.chance(0.3))
        doc.t(";\n")
    doc.f(up("\nNada mais havendo, lavrou-se a presente ata, que vai assinada por mim, secretári«o», e pel«o2» presidente.\n\n"),
          **{k: (v.upper() if caps else v) for k, v in dict(o=sec.o, o2=pres.o).items()})
    doc.t("LISTA DE PRESENÇA\n")
    rows = []
    for k in range(g.ri(3, 6)):
        p = g.person()
        rows.append([V(str(k + 1)), P(g.pick([p.full, p.capsf])), (g.cpf(), "BR_CPF") if g.chance(0.85) else V("—"),
                     V(g.pick(["(assinado)", "(assinado)", "(digital)", "(a rogo)"]))])
    table_ruled(doc, ["nº", "cooperado(a)", "CPF", "assinatura"], rows, g.pick(["plus", "plain", "pipe"]))
    return doc


def ju_sentenca(g: Gen) -> Doc:
    """Sentence in an indemnity suit by a member injured at the sorting belt against the municipality and the cooperative."""
    doc = Doc()
    city, uf = city_of(g)
    short, razao, dom = coop(g)
    a = g.person(female=g.chance(0.5))
    judge = g.person()
    doc_ = g.person()
    tec = g.person()
    cnj = g.cnj(TJ.get(uf, "8.26"))
    acc = datetime.date(g.ri(2021, 2023), g.ri(1, 12), g.ri(1, 28))
    doc.f("PODER JUDICIÁRIO DO ESTADO «u»\n«n»ª Vara da Fazenda Pública da Comarca de «c»\n\nProcesso nº «cnj»\nClasse: Procedimento "
          "Comum Cível\nAutor«a»: «an»\nRéus: Município de «c» e «r»\n\nSENTENÇA\n\n", u=UF_NAME.get(uf, "DE SÃO PAULO"),
          n=g.ri(1, 16), c=city, cnj=cnj, a="a" if a.female else "", an=P(a.caps), r=razao)
    doc.f("Vistos. «an», CPF «cpf», NIT «nit», residente na «ad», CEP «cep», cooperad«o» da segunda ré, ajuizou ação indenizatória alegando que, em «d», teve «lesao» "
          "na esteira de triagem do galpão municipal cedido à cooperativa, por ausência de proteção na correia (NR-12). "
          "O laudo d«po» perit«po», Dr«pa». «p» («crm»), concluiu por incapacidade parcial e permanente de «pc»% (CID «cid»).\n\n",
          an=P(g.pick([a.full, a.short])), cpf=(g.cpf(), "BR_CPF"), nit=(g.pis(), "BR_PIS"), ad=(g.address(), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), o=a.o, d=dbr(acc, "long"),
          lesao=g.pick(["dois dedos da mão direita esmagados", "a mão esquerda presa no rolo", "o antebraço lacerado"]),
          p=P(doc_.full), po=doc_.o, pa="a" if doc_.female else "", crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), pc=g.ri(8, 45), cid=g.pick(["S68.1", "S67.8", "S62.6", "S51.8"]))
    doc.f("«O» técnic«to» de segurança «t», ouvid«to» como testemunha, confirmou que a correia não tinha proteção e que o botão de "
          "emergência estava desligado desde «m». «w» afirmou que «o» autor«a» usava luva fornecida pela cooperativa.\n\n",
          t=P(g.pick([tec.full, tec.short])), m=g.pick(MONTHS), o=a.o, a="a" if a.female else "", O=tec.o.upper(), to=tec.o,
          w=g.pick([V("A testemunha da cooperativa"), V("A presidente da cooperativa, ouvida como informante,"), P(g.person().full)]))
    doc.f("O Município responde objetivamente (art. 37, § 6º, da Constituição) por ser o proprietário do equipamento, e a "
          "cooperativa, solidariamente, por não interromper a operação. Ante o exposto, JULGO PROCEDENTE o pedido para "
          "condenar os réus a pagar R$ «v» por danos morais e pensão mensal de «pc»% do salário mínimo, depositada na conta "
          "d«o2» autor«a2» (agência «ag», conta «ac»). Custas pelos réus.\n\nP.R.I.\n«c», «d».\n\n«j»\nJuiz«a» de Direito\n\n",
          v=brl(g.ri(15000, 120000)), pc=g.ri(10, 50), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          c=city, d=dbr(g.after(acc, 500, 1300)), j=P(judge.full), a="a" if judge.female else "", o2=a.o, a2="a" if a.female else "")
    if g.chance(0.5):
        doc.f("Publicação: DJE de «d». Advogados: «l1» («o1») e «l2» («o2»). Escrivã: «e».\n", d=g.date(),
              l1=P(g.person().full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"), l2=P(g.person().full),
              o2=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=P(g.person(female=True).full))
    else:
        lw = g.person()
        doc.f("Publicação: DJE de «d». Advogad«o»: «l1» («o1»). Procuradoria do Município intimada pelo portal.\n", d=g.date(),
              o=lw.o, l1=P(lw.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_notificacao_ocr(g: Gen) -> Doc:
    """OCR'd ALL CAPS environmental notice to a scrap dealer (tyres, burning cables), with the AR receipt."""
    doc = Doc()
    city, uf = city_of(g)
    fan, raz = g.pick(SCRAPS)
    own = g.person(female=g.chance(0.25))
    fis = g.person()
    d = g.day()
    O = lambda s: ocr_t(caps_t(s), g, 0.25)  # noqa: E731
    doc.f(O("PREFEITURA MUNICIPAL DE «c»\nSECRETARIA DE MEIO AMBIENTE — FISCALIZAÇÃO AMBIENTAL\nAUTO DE NOTIFICAÇÃO Nº «n»\n\n"),
          c=fold(city).upper(), n=f"{g.d(5)}/{d.year}")
    doc.f(O("NOTIFICADO: «on»\nCPF: «cpf»   RG: «rg»\nENDEREÇO RESIDENCIAL: «a» — CEP «cep»\nTELEFONE: «t»«e1»«em»\n"
            "ESTABELECIMENTO: «f» («rz»), CNPJ «cn»\n\n"),
          on=P(ocr(own.capsf, g)), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), a=(ocr(g.address("caps"), g), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), f=fold(fan).upper(), rz=fold(raz).upper(),
          **(dict(e1="", em=V("")) if g.chance(0.5) else dict(e1="   E-MAIL: ", em=(g.email(own).upper(), "EMAIL_ADDRESS"))),
          cn=(g.cnpj(), "BR_CNPJ"))
    doc.f(O("FICA NOTIFICADO A, NO PRAZO DE «p» DIAS: (1) RETIRAR OS PNEUS INSERVÍVEIS ACUMULADOS A CÉU ABERTO, COM ÁGUA "
            "PARADA (FOCO DE AEDES AEGYPTI), E DESTINÁ-LOS AO PROGRAMA DE LOGÍSTICA REVERSA (RESOLUÇÃO CONAMA 416/2009); "
            "(2) CESSAR A QUEIMA DE FIOS E CABOS PARA RECUPERAÇÃO DE COBRE; (3) APRESENTAR LICENÇA AMBIENTAL. "
            "VEÍCULO FLAGRADO NO LOCAL: «tr» PLACA «pl». O DESCUMPRIMENTO SUJEITA O NOTIFICADO ÀS SANÇÕES DA LEI 9.605/1998 "
            "E DA LEI 12.305/2010.\n\n"), p=g.pick([10, 15, 30]), tr=fold(g.pick(CARS + TRUCKS)).upper(), pl=(g.plate(), "LICENSE_PLATE"))
    doc.f(O("«c», «d».\n\n«f»\nFISCAL AMBIENTAL — MATRÍCULA «m»\n\n"), c=fold(city).upper(), d=dbr(d, "caps"),
          f=P(ocr(fis.capsf, g)), m=g.d(6))
    rec = g.person()
    post = g.person()
    doc.f(O("AVISO DE RECEBIMENTO — AR «ar»\nDESTINATÁRIO: «dn»\nRECEBIDO POR: «r»   DOC.: RG «rg»\nDATA: «d»\n"
            "CARTEIRO: «c»  MAT. «m»\n"), ar=f"{g.up(2)}{g.d(9)}BR", dn=P(ocr(own.capsf, g)), r=P(ocr(g.pick([rec.capsf, own.capsf]), g)),
          rg=(g.rg(), "BR_RG"), d=dbr(g.after(d, 2, 12)), c=P(ocr(post.capsf, g)), m=g.d(8))
    return doc


def ju_contrato_creditos(g: Gen) -> Doc:
    """Purchase of reverse-logistics recycling credit certificates (Decreto 11.413/2023) by a brand from a cooperative; e-sign log."""
    doc = Doc()
    brand, bdom = g.pick(BRANDS)
    gs, gr, gdom = g.pick(GESTORAS)
    short, razao, dom = coop(g)
    dirb = g.person()
    pres = g.person(female=g.chance(0.6))
    d = g.day()
    doc.f("INSTRUMENTO PARTICULAR DE COMPRA E VENDA DE CERTIFICADOS DE CRÉDITO DE RECICLAGEM DE LOGÍSTICA REVERSA\n"
          "(Decreto 11.413/2023 e Lei 12.305/2010)\n\n", )
    doc.f("COMPRADORA: «b», CNPJ «bc», neste ato representada por s«ua» diretor«a» de sustentabilidade, «d», CPF «dc».\n",
          ua="ua" if dirb.female else "eu", a="a" if dirb.female else "",
          b=brand.upper(), bc=(g.any_cnpj(), "BR_CNPJ"), d=P(g.pick([dirb.full, dirb.caps])), dc=(g.cpf(), "BR_CPF"))
    doc.f("VENDEDORA: «r», CNPJ «rc», representada por s«ua» presidente, ", r=razao.upper(), rc=(g.any_cnpj(), "BR_CNPJ"),
          ua="ua" if pres.female else "eu")
    qualify(g, doc, pres, addr=g.chance(0.5), email=g.chance(0.5), job=g.pick(["catadora de materiais recicláveis", "cooperada"] if pres.female
                                                                            else ["catador de materiais recicláveis", "cooperado"]))
    doc.f(".\nINTERVENIENTE: «g», CNPJ «gc», entidade gestora e verificadora de resultados.\n\n", g=gr.upper(), gc=(g.any_cnpj(), "BR_CNPJ"))
    rows = []
    tot = 0.0
    for m in g.sample(["papel/papelão", "plástico", "vidro", "metal", "embalagem cartonada"], g.ri(2, 4)):
        t = g.ri(10, 400) + g.ri(0, 9) / 10
        pr = g.ri(60, 900)
        tot += t * pr
        rows.append([V(m), V(kg(t)), V(brl(pr)), V(brl(t * pr))])
    table_ruled(doc, ["material", "toneladas", "R$/t", "total R$"], rows, g.pick(["plus", "pipe"]))
    doc.f("\nCLÁUSULA 3ª — O lastro dos certificados são as notas fiscais de venda de material triado emitidas pela VENDEDORA, "
          "vedada a dupla contagem. CLÁUSULA 4ª — O preço total de R$ «v» será pago em duas parcelas na conta da VENDEDORA "
          "(banco «bk», agência «ag», conta «ac»), com destinação mínima de 70% ao rateio entre os cooperados.\n",
          v=brl(tot), bk=g.pick(BANKS)[0], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.5):
        dpo = g.person()
        doc.f("CLÁUSULA 9ª — Dados pessoais dos cooperados serão tratados apenas para verificação (Lei 13.709/2018). "
              "Encarregad«o» da COMPRADORA: «n» («e»).\n", o=dpo.o, n=P(dpo.full), e=(corp_mail(dpo, bdom, g), "EMAIL_ADDRESS"))
    else:
        doc.f("CLÁUSULA 9ª — Dados pessoais dos cooperados serão tratados apenas para verificação (Lei 13.709/2018); "
              "canal do encarregado: «e».\n", e=role_mail(g, bdom, g.pick(["privacidade", "dpo"])))
    ver = g.person()
    doc.f("\nVerificação: «n» — «c»\n", n=P(ver.full), c=(g.council(g.pick(["CRC", "CREA", "CRQ"])), "PROFESSIONAL_ID"))
    signers = [(dirb, corp_mail(dirb, bdom, g)), (pres, g.email(pres)), (ver, corp_mail(ver, gdom, g))]
    esign_log(g, doc, signers, datetime.datetime(d.year, d.month, d.day, 8))
    return doc


JU = [ju_contrato_coleta, ju_fiscalizacao, ju_reclamacao, ju_ata_assembleia, ju_sentenca, ju_notificacao_ocr, ju_contrato_creditos]


# =========================================================================== saude


def sa_cat(g: Gen) -> Doc:
    """Work-accident report (CAT) issued by the cooperative for a member hurt at the belt or the press, with the medical part."""
    doc = Doc()
    short, razao, dom = coop(g)
    city, uf = city_of(g)
    w = g.person(female=g.chance(0.55))
    mom = g.person(female=True)
    med = g.person()
    d = g.day()
    c = g.pick(CBO)
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT «t»\nEmitente: «r» — CNPJ «cn»\n\n", t=g.pick(["(INICIAL)", "Nº " + (lambda n: n[:10] + "-" + n[10])(g.neg(11))]),
          r=razao, cn=(g.any_cnpj(), "BR_CNPJ"))
    style = g.pick(["dots", "box", "plain"])
    doc.t("I — ACIDENTADO\n")
    fields = [("Nome", P(g.pick([w.full, w.capsf]))), ("Nome da mãe", P(g.pick([mom.full, mom.capsf]))),
              ("Data de nascimento", (g.dob(g.pick(["br", "br", "dot"]), 1958, 2005), "DATE_OF_BIRTH")),
              ("Sexo", V("F" if w.female else "M")), ("CPF", (g.cpf(), "BR_CPF")), ("NIT/PIS", (g.pis(), "BR_PIS")),
              ("Identidade", (g.rg(), "BR_RG") if g.chance(0.7) else V("não apresentou")), ("CTPS", V(f"{g.d(7)} série {g.d(4)}")),
              ("Endereço", (g.address(), "ADDRESS")), ("Município/UF", V(f"{city}/{uf}")), ("CEP", (g.cep(), "BR_CEP")),
              ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")), ("CBO", V(f"{c} {CBO_NAME[c]}")),
              ("Filiação à Previdência", V("contribuinte individual — cooperado"))]
    kv_block(g, doc, fields, style)
    ag = g.pick([("vidro quebrado misturado ao papelão", "S61.0"), ("agulha de seringa descartada no lixo seco", "W46"),
                 ("rolo da esteira transportadora", "S67.8"), ("tampa da prensa enfardadeira", "S68.1"),
                 ("fardo de papelão de 200 kg que tombou", "S92.3"), ("lata com borda cortante", "S61.9")])
    doc.t("\nII — ACIDENTE\n")
    fields = [("Data/hora", V(f"{dbr(d)} {g.hm()}")), ("Local", V(g.pick(["galpão de triagem — esteira 2", "área da prensa", "pátio de fardos",
                                                                           "coleta porta a porta, na caçamba do caminhão"]))),
              ("Agente causador", V(ag[0])), ("Parte do corpo", V(g.pick(["mão direita", "mão esquerda", "dedos", "pé direito", "antebraço"]))),
              ("Houve afastamento", V(g.pick(["sim", "não"]))), ("Registro policial", V("não"))]
    kv_block(g, doc, fields, style)
    doc.t("Testemunhas: ")
    join_names(doc, [g.person().full for _ in range(g.ri(1, 2))])
    doc.t("\n\nIII — ATESTADO MÉDICO\n")
    fields = [("Unidade", V(g.pick(UPAS))), ("Data do atendimento", V(dbr(d))), ("Duração provável", V(f"{g.ri(2, 45)} dias")),
              ("Diagnóstico (CID-10)", V(ag[1] if ag[1][0] == "S" else cid_acc(g))), ("Médico(a)", P(med.full)),
              ("CRM", (g.council("CRM", uf), "PROFESSIONAL_ID"))]
    kv_block(g, doc, fields, style)
    em = g.person(female=g.chance(0.7))
    doc.f("\nEmitida por «n», «f» da cooperativa, em «d». «x»\n", n=g.pick([P(em.full), P(em.short), V("[assinatura ilegível]")]),
          f=g.pick(["secretári" + em.o, "presidente", "tesoureir" + em.o, "coordenador" + ("a" if em.female else "") + " de produção"]),
          d=dbr(g.after(d, 0, 3)),
          x=g.pick(["Fundamento: Lei 8.213/1991, art. 22.", "Via enviada ao sindicato.", word_neg(g), ""]))
    return doc


def sa_upa_perfuro(g: Gen) -> Doc:
    """Emergency record of a needlestick exposure of a catadora (PEP, hepatitis B, tetanus), nurse and doctor."""
    doc = Doc()
    upa = g.pick(UPAS)
    p = g.person(female=g.chance(0.6))
    mom = g.person(female=True)
    uf = g.pick(UFS)
    med, enf = g.person(), g.person(female=g.chance(0.8))
    t = g.moments(1, g.day(), 1, (6, 23))[0]
    doc.f("«u» — FICHA DE ATENDIMENTO Nº «n»\nEntrada: «t»   Classificação: «c»\n\n", u=upa.upper(), n=g.d(8), t=ts(t, "br"),
          c=g.pick(["AMARELO", "VERDE", "LARANJA"]))
    bd, bm, by = g.dob_parts(1962, 2004)
    doc.f("Paciente: «n»   CNS: «cns»   CPF: «cpf»\nNasc.: «d» («i» anos)   Mãe: «m»\nEndereço: «a», CEP «cep»   Tel.: «p»\n\n",
          n=P(g.pick([p.caps, p.full])), cns=(g.cns(), "BR_CNS"), cpf=g.pick([(g.cpf(), "BR_CPF"), V("não informado")]),
          d=(fmt_date(bd, bm, by, "br"), "DATE_OF_BIRTH"), i=t.year - by - ((t.month, t.day) < (bm, bd)),
          m=P(g.pick([mom.caps, mom.full])), a=(g.address(g.pick(["text", "caps"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    comp = g.person()
    doc.f("ACOLHIMENTO («en», «co»): catador«a» da «cp», refere perfuração em «lo» por agulha de seringa escondida em saco de "
          "lixo seco há «h» h, durante a triagem. Sem luva de proteção adequada. Acompanhad«o» por «c» («tel»), "
          "coordenador«a2» do galpão.\n", en=P(g.pick([enf.full, enf.first])), co=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          a="a" if p.female else "", cp=coop(g)[0], lo=g.pick(["polpa do 2º dedo D", "palma da mão E", "coxa direita"]), h=g.ri(1, 20),
          o=p.o, c=P(g.pick([comp.full, comp.first])), tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          a2="a" if comp.female else "")
    doc.f("EVOLUÇÃO MÉDICA: Exposição percutânea a material biológico de fonte desconhecida. Vacina hepatite B: «hb». "
          "dT: «dt». Testes rápidos HIV, sífilis, HBsAg e anti-HCV não reagentes. CID «cid» + Z20.6.\n"
          "CONDUTA: PEP com TDF/3TC + DTG por 28 dias; «vac»; notificação SINAN nº «sin»; encaminhada ao SAE com retorno em "
          "30 dias; orientad«o» sobre EPI (luva nitrílica + anticorte, Lei 12.305/2010 não dispensa NR-6).\n",
          hb=g.pick(["esquema incompleto (1 dose)", "não sabe informar", "3 doses (cartão apresentado)"]),
          dt=g.pick(["última dose há mais de 10 anos", "em dia", "nunca tomou"]), cid=g.pick(["W46", "T14.1", "S61.0"]),
          vac=g.pick(["aplicada dT e 1ª dose de hepatite B", "aplicada imunoglobulina anti-hepatite B", "reforço dT aplicado"]),
          sin=g.d(7), o=p.o)
    doc.f("\n«m»\nMédico(a) — «crm»\n", m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("\nNota da enfermagem («t»): ligar para a paciente no «p» se o resultado da fonte chegar. «x»\n", t=ts(t + datetime.timedelta(hours=3), "hm"),
              p=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"), x=g.pick(["Cartão de vacina entregue.", "Atestado de 3 dias.", ""]))
    return doc


def sa_aso_csv(g: Gen) -> Doc:
    """PCMSO batch of occupational health certificates (ASO) of a cooperative's members as CSV; coordinator CRM, engineer CREA."""
    doc = Doc()
    short, razao, dom = coop(g)
    uf = g.pick(UFS)
    d = g.day()
    doc.f("# PCMSO «y» — «r» — CNPJ «c»\n# exames realizados em «d» — «cl»\n", y=d.year, r=razao, c=(g.any_cnpj(), "BR_CNPJ"),
          d=dbr(d), cl=g.pick(["Medicina do Trabalho Bento Ltda.", "Clínica Ocupacional Aurora", "SESMT Popular", "Clínica Vida & Trabalho"]))
    sep = g.pick([";", ","])
    rows = []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        c = g.pick(CBO)
        res = g.pick(["APTO", "APTO", "APTO", "APTO COM RESTRIÇÃO", "INAPTO"])
        rows.append([P(g.pick([p.full, p.capsf])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.dob(g.pick(["br", "iso"]), 1955, 2006), "DATE_OF_BIRTH"),
                     V(c), V(g.pick(["admissional", "periódico", "periódico", "retorno ao trabalho", "mudança de função"])),
                     V(g.pick(["audiometria; espirometria", "hemograma; anti-HBs", "acuidade visual", "RX coluna lombar", "—"])), V(res),
                     V(g.pick(["", "", "evitar carga > 20 kg", "hepatite B pendente", "lombalgia crônica (M54.5)", "PA 160x100 — encaminhado UBS"]))])
    table_csv(doc, ["nome", "cpf", "nascimento", "cbo", "exame", "complementares", "resultado", "obs"], rows, sep)
    coord = g.person()
    eng = g.person()
    doc.f("\nMédico coordenador do PCMSO: «m» — «crm» — RQE «rqe»\nPGR/LTCAT: «e» — Engenheir«o» de Segurança — «crea»\n",
          m=P(coord.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), rqe=g.d(5), e=P(eng.full), o=eng.o,
          crea=(g.council("CREA", uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        doc.f("Dúvidas: «m» ou «c».\n", m=(corp_mail(coord, g.pick(["ocupacional.med.br", "clinicavida.com.br"]), g), "EMAIL_ADDRESS"),
              c=role_mail(g, dom, "sesmt"))
    return doc


def sa_vacinacao(g: Gen) -> Doc:
    """Vaccination of members at the sorting shed by the health unit's team (table with CNS, birth dates, lots)."""
    doc = Doc()
    unit = g.pick(UNITS_UBS)
    short, razao, dom = coop(g)
    uf = g.pick(UFS)
    d = g.day()
    enf = g.person(female=g.chance(0.8))
    acs = g.person(female=g.chance(0.7))
    doc.f("«u» — VACINAÇÃO EXTRAMUROS\nLocal: galpão da «c»   Data: «d»\nEquipe: enf. «e» («co»), ACS «a»\n\n", u=unit.upper(),
          c=short, d=dbr(d), e=P(g.pick([enf.full, enf.short])), co=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          a=g.pick([P(acs.full), P(acs.first), V("da microárea " + str(g.ri(1, 9)))]))
    rows = []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        vac = g.pick(["dT (reforço)", "Hepatite B D1", "Hepatite B D2", "Febre Amarela", "Influenza", "Covid-19 XBB", "Tríplice viral"])
        cns = (g.cns(spaced=g.chance(0.4)), "BR_CNS") if g.chance(0.8) else (g.cpf("dot"), "BR_CPF")
        rows.append([P(g.pick([p.full, p.capsf, p.short])), cns, (g.dob("br", 1950, 2006), "DATE_OF_BIRTH"), V(vac),
                     V(f"{g.up(2)}{g.d(4)}"), V(g.pick(["ok", "ok", "ok", "recusou", "adiada — febre"]))])
    table_ruled(doc, ["nome", "CNS / CPF", "nasc.", "vacina", "lote", "obs"], rows, g.pick(["plus", "pipe", "plain", "psql"]))
    p = g.person(female=False)
    doc.f("\nObservações: «n» recusou a dT («x»). Gerar CNS no e-SUS para os vacinados só com CPF. Próxima ação: «d». "
          "Contato da cooperativa para agendamento: «c» — «t».\nRelatório enviado para «m».\n",
          c=g.pick(["secretaria", "a presidente", "o galpão", "tesouraria"]),
          n=P(g.pick([p.first, p.nick])), x=g.pick(["medo de agulha", "diz que já tomou", "vai trazer o cartão"]),
          d=dbr(g.after(d, 20, 60)), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          m=role_mail(g, g.pick(["saude.gov.br", "sms.prefeitura.gov.br"]), "imunizacao"))
    return doc


def sa_relatorio_inss(g: Gen) -> Doc:
    """Occupational medicine report to the INSS on a long-time catador (low back pain, tendinitis), with physiotherapy."""
    doc = Doc()
    p = g.person(female=g.chance(0.5))
    med = g.person()
    ft = g.person()
    uf = g.pick(UFS)
    doc.f("RELATÓRIO MÉDICO — para fins de perícia do INSS\n«u»\n\n", u=g.pick(["Centro de Referência em Saúde do Trabalhador — CEREST Regional",
                                                                                 "Ambulatório de Saúde do Trabalhador", "CEREST Municipal"]))
    doc.f("Paciente: «n», nascid«o» em «d», CPF «c», NIT «nit», residente na «a», CEP «cep», telefone «t».\n\n", n=P(p.full), o=p.o,
          cep=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          d=(g.dob(g.pick(["br", "long"]), 1955, 1990), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"), nit=(g.pis(), "BR_PIS"),
          a=(g.address(), "ADDRESS"))
    yrs = g.ri(8, 30)
    doc.f("Catador«a» de materiais recicláveis há «y» anos (CBO 5192-05), inicialmente com carrinho de tração humana, "
          "transportando até «kg» kg por viagem; desde «ano» cooperad«o» da «co», na triagem em pé por 9 h/dia. Refere "
          "lombalgia com irradiação para membro inferior «l» há «m» meses e dor no ombro direito. RM de coluna lombar: "
          "protrusões L4-L5 e L5-S1. CID-10: M54.5, M51.1, M75.1.\n\n", a="a" if p.female else "", y=yrs, kg=g.ri(150, 400),
          o=p.o, co=coop(g)[0], l=g.pick(["esquerdo", "direito"]), m=g.ri(4, 30), ano=g.ri(2012, 2022))
    doc.f("Em fisioterapia com «f» («cf»), sem melhora significativa. Sugiro afastamento por «dd» dias e, no retorno, "
          "restrição para carga acima de 10 kg e para postura em pé prolongada.\n\n", f=P(g.pick([ft.full, ft.short])),
          cf=(g.council("CREFITO"), "PROFESSIONAL_ID"), dd=g.pick([60, 90, 120]))
    doc.f("«c», «d».\n\n«m»\n«crm» — Medicina do Trabalho\n", c=g.city()[0], d=g.date("long"), m=P(g.pick([med.full, med.caps])),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f("\nCópia ao paciente por e-mail: «e»\n", e=(g.email(p), "EMAIL_ADDRESS"))
    return doc


def sa_visita_creas(g: Gen) -> Doc:
    """CREAS social worker's report on child labour in a catador family (household table with birth dates, CPF, NIS)."""
    doc = Doc()
    city, uf = city_of(g)
    head = g.person(female=g.chance(0.75))
    aso = g.person(female=g.chance(0.85))
    psi = g.person(female=g.chance(0.7))
    d = g.day()
    doc.f("CREAS «u» — SERVIÇO DE PROTEÇÃO E ATENDIMENTO ESPECIALIZADO A FAMÍLIAS E INDIVÍDUOS (PAEFI)\nRELATÓRIO DE VISITA "
          "DOMICILIAR — situação de trabalho infantil\n\n", u=g.pick(["Centro", "Leste", "Norte", "Sul", "Regional II"]))
    doc.f("Data: «d». Endereço: «a», «b», «c»/«uf», CEP «cep». Telefone de contato: «t».\nOrigem: «o».\n\n", d=dbr(d),
          a=(g.address(g.pick(["text", "text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          o=g.pick(["denúncia do Disque 100", "Conselho Tutelar", "ação fiscal do MTE", "escola — infrequência", "Ouvidoria municipal"]))
    rows = []
    kids = []
    rows.append([P(head.full), V("responsável familiar"), (g.dob("br", 1970, 1998), "DATE_OF_BIRTH"), (g.cpf(), "BR_CPF"),
                 (g.pis(), "BR_PIS"), V(g.pick(JOBS[head.female]))])
    for _ in range(g.ri(2, 4)):
        k = g.relative(head)
        bd, bm, by = g.dob_parts(2008, 2020)
        kids.append((k, d.year - by - ((d.month, d.day) < (bm, bd))))
        rows.append([P(k.full), V("filh" + k.o), (fmt_date(bd, bm, by, "br"), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if g.chance(0.5) else V("—"), (g.pis(), "BR_PIS") if g.chance(0.6) else V("—"),
                     V(g.pick(["estuda (manhã)", "fora da escola", "creche", "estuda (tarde)"]))])
    table_ruled(doc, ["nome", "parentesco", "nascimento", "CPF", "NIS", "ocupação/escola"], rows, g.pick(["plus", "pipe", "psql"]))
    k, age = g.pick(kids)
    doc.f("\nA família, acompanhada pelo CRAS, recebe Bolsa Família (R$ «v»). «h» trabalha como catador«a» autônom«o» com "
          "carrinho e leva «k», de «i» anos, na coleta noturna e na separação no quintal, onde o material é acumulado. "
          "A criança relatou «x». Encaminhamentos: inclusão no SCFV/PETI, matrícula em tempo integral, cadastro d«o» "
          "responsável na cooperativa «co» (renda sem a presença de crianças), comunicação ao Conselho Tutelar "
          "e acompanhamento psicológico com «ps» («crp»).\n\n", v=brl(g.ri(600, 1400)), h=P(g.pick([head.first, head.full])),
          a="a" if head.female else "", o=head.o, k=P(g.pick([k.first, k.nick])), i=age,
          x=g.pick(["que gosta de achar brinquedo no lixo", "que tem medo dos cachorros à noite", "que cortou o pé em vidro"]),
          co=coop(g)[0], ps=P(psi.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    doc.f("«a»\nAssistente Social — «c»\n", a=P(g.pick([aso.full, aso.caps])), c=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("«e»\n", e=(corp_mail(aso, f"{lower(city).replace(' ', '')}.{uf.lower()}.gov.br", g), "EMAIL_ADDRESS"))
    return doc


def sa_esus_jsonl(g: Gen) -> Doc:
    """JSON lines of a health unit's attendances of cooperative members (leptospirosis after a flood) with the coordinator's note."""
    doc = Doc()
    unit = g.pick(UNITS_UBS)
    uf = g.pick(UFS)
    d = g.day()
    profs = [(g.person(), g.pick(["CRM", "COREN", "COREN"])) for _ in range(3)]
    doc.f("# export e-SUS APS — «u» — filtro: ocupação CBO 5192 — «d1» a «d2»\n", u=unit, d1=dbr(d), d2=dbr(g.after(d, 10, 30)))
    for t in g.moments(g.ri(3, 5), d, 20, (7, 18)):
        p = g.person()
        pr, kind = g.pick(profs)
        cid, conduta = g.pick([("A27.9", "doxiciclina 100mg 12/12h 7d"), ("A27.9", "coleta sorologia leptospirose"),
                               ("R50.9", "coleta sorologia leptospirose"), ("L03.0", "curativo + cefalexina"), ("T14.1", "curativo"),
                               ("Z23.5", "dT reforço"), ("M54.5", "orientação postural / encaminha fisioterapia"), ("J06.9", "sintomáticos")])
        rec = {"ts": ts(t, "iso"), "paciente": P(g.pick([p.full, p.caps])), "cns": (g.cns(False), "BR_CNS"),
               "nasc": (g.dob("iso", 1955, 2006), "DATE_OF_BIRTH"),
               "tel": (g.phone(g.pick(["raw", "e164"])), "PHONE_NUMBER") if g.chance(0.7) else None,
               "cid": cid,
               "profissional": P(pr.full), "conselho": (g.council(kind, uf), "PROFESSIONAL_ID"),
               "cbo_prof": {"CRM": "2251-70", "COREN": "2235-05"}[kind],
               "conduta": conduta}
        if g.chance(0.4):
            rec["profissional"] = login(pr, g)
            rec["conselho"] = None
        jval(doc, {k: v for k, v in rec.items() if v is not None}, None)
        doc.t("\n")
    co = g.person(female=g.chance(0.8))
    doc.f("\nNota da coordenação («n», «c»): após a enchente de «m», «q» cooperados da «cp» atendidos com febre e mialgia; "
          "suspeita de leptospirose (contato com água e ratos no galpão). Notificado à vigilância («v»). Solicitar à cooperativa "
          "desratização e botas. Dúvidas: «e».\n", n=P(g.pick([co.full, co.short])), c=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          m=g.pick(MONTHS), q=g.ri(3, 11), cp=coop(g)[0], v=role_mail(g, "saude.prefeitura.gov.br", "vigilancia"),
          e=(corp_mail(co, "saude.prefeitura.gov.br", g), "EMAIL_ADDRESS"))
    return doc


SA = [sa_cat, sa_upa_perfuro, sa_aso_csv, sa_vacinacao, sa_relatorio_inss, sa_visita_creas, sa_esus_jsonl]


# =========================================================================== financeiro


def fi_tickets_balanca(g: Gen) -> Doc:
    """Reprinted truck-scale tickets of a scrap yard (fixed width): seller, CPF, plate, weights, price, payment."""
    doc = Doc()
    fan, raz = g.pick(SCRAPS)
    op_ = g.person()
    op_login = login(op_, g)
    doc.f("«f» — «r»\nCNPJ «c»   BALANÇA RODOVIÁRIA 30 t — SEGUNDA VIA DE TICKETS\n", f=fold(fan).upper(), r=fold(raz).upper(),
          c=(g.cnpj(g.pick(["dot", "raw"])), "BR_CNPJ"))
    d = g.day()
    for t in g.moments(g.ri(3, 4), d, 3, (6, 18)):
        p = g.person(female=g.chance(0.2))
        m, price = mat(g)
        bru = g.ri(900, 9800)
        tara = bru - g.ri(60, 2500)
        liq = bru - tara
        desc = g.pick([0, 0, 2, 3, 5])
        net = liq * (100 - desc) / 100
        doc.t("=" * 64 + "\n")
        doc.f("TICKET Nº «n»        ENTRADA «e»   SAÍDA «s»\n", n=ticket_no(g), e=ts(t, "br"), s=ts(t + datetime.timedelta(minutes=g.ri(8, 70)), "hm"))
        doc.t("FORNECEDOR: ")
        doc.cell(cut(fold(g.pick([p.full, p.inverted])).upper(), 30), 30, "PERSON")
        cpf = None
        r = g.rng.random()
        if r < 0.4:
            cpf = g.cpf(g.pick(["raw", "dot"]))
            doc.f(" CPF: «c»\n", c=(cpf, "BR_CPF"))
        elif r < 0.7:
            cpf = g.cpf(g.pick(["raw", "dot"]))
            doc.f(" CPF: «c»\n" + " " * 12 + "RG: «r»\n", c=(cpf, "BR_CPF"), r=(g.rg(), "BR_RG"))
        elif r < 0.8:
            doc.f(" RG: «c»\n", c=(g.rg(), "BR_RG"))
        elif r < 0.9:
            doc.f(" CNH: «c»\n", c=(g.cnh(), "BR_CNH"))
        else:
            doc.f(" CNPJ: «c»\n", c=(g.cnpj(), "BR_CNPJ"))
        if g.chance(0.4):
            doc.f("FONE: «f»\n", f=(g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"))
        doc.f("VEÍCULO: «v» PLACA: «p»\n", v=fold(g.pick(CARS + TRUCKS)).upper()[:22].ljust(22), p=(g.plate(), "LICENSE_PLATE"))
        doc.f("MATERIAL: «m»\nPESO BRUTO «b» kg   TARA «ta» kg   LÍQUIDO «l» kg   DESC. IMPUREZA «dc»%\n",
              m=fold(m).upper(), b=kg(bru, 0).rjust(7), ta=kg(tara, 0).rjust(7), l=kg(liq, 0).rjust(7), dc=desc)
        doc.f("PREÇO R$ «pr»/kg   TOTAL R$ «tt»\n", pr=brl(price), tt=brl(net * price))
        r = g.rng.random()
        if r < 0.35:
            doc.t("PAGAMENTO: DINHEIRO\n")
        else:
            tipo, key = pix_key(g, p, cpf)
            doc.f("PAGAMENTO: PIX («tp») «k»\n", tp=fold(tipo).upper(), k=key)
        doc.f("OPERADOR: «o»\n", o=op_login)
    doc.t("=" * 64 + "\n")
    doc.f("Cadastro de vendedores conforme lei municipal de controle de sucatas. Reimpresso por «o» em «d». «w»\n",
          o=P(g.pick([op_.full, op_.first])), d=dbr(g.after(d, 3, 20)), w=g.pick(["", "", "Ticket cancelado não tem valor fiscal.", word_neg(g)]))
    return doc


def fi_rateio_csv(g: Gen) -> Doc:
    """Monthly apportionment (rateio) sheet of a cooperative as CSV: hours, production, INSS, net, Pix keys; treasurer, accountant."""
    doc = Doc()
    short, razao, dom = coop(g)
    d = g.day()
    sep = g.pick([";", ";", ","])
    tes = g.person(female=g.chance(0.75))
    cont = g.person()
    doc.f("rateio_«m»_«y».csv — «r» — CNPJ «c»\nreceita líquida do mês: R$ «v» | fundos (FATES + reserva): R$ «f»\n\n",
          m=f"{d.month:02d}", y=d.year, r=short, c=(g.any_cnpj(), "BR_CNPJ"), v=brl(g.ri(40000, 260000)), f=brl(g.ri(3000, 30000)))
    rows = []
    members = []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        members.append(p)
        cpf = g.cpf(g.pick(["dot", "raw"]))
        hrs = g.ri(60, 200)
        gross = hrs * g.ri(900, 1400) / 100
        inss = gross * 0.11 if g.chance(0.7) else 0
        tipo, key = pix_key(g, p, cpf)
        rows.append([P(g.pick([p.full, p.capsf])), (cpf, "BR_CPF"), (g.pis("raw"), "BR_PIS") if g.chance(0.5) else V(""),
                     V(str(g.ri(10, 24))), V(str(hrs)), V(f"{gross:.2f}"), V(f"{inss:.2f}"), V(f"{gross - inss:.2f}"),
                     V(tipo), key])
    table_csv(doc, ["cooperado", "cpf", "nis", "dias", "horas", "bruto", "inss_11", "liquido", "tipo_chave", "chave_pix"], rows, sep)
    p = g.pick(members)
    rel = g.relative(p)
    code, bank = g.pick(BANKS)
    doc.f("\nObs.: «n» não tem conta própria; por decisão da assembleia o valor vai para a conta d«o» «r» «k», «b» ag. «ag» "
          "c/c «ac», até regularizar.\n", n=P(g.pick([p.first, p.full])), o=rel.o, r="filha" if rel.female else "filho", k=P(rel.full),
          b=bank, ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.f("Conferido: «t» (tesoureir«o») · Contador responsável: «c» — «crc»\n", t=P(g.pick([tes.full, tes.first])), o=tes.o,
          c=P(cont.full), crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Envio da GPS dos contribuintes individuais até dia 15 — dúvidas com «e».\n",
              e=g.pick([(corp_mail(cont, "contabilidadepopular.com.br", g), "EMAIL_ADDRESS"), V(role_mail(g, dom, "contabilidade"))]))
    return doc


def fi_pix_jsonl(g: Gen) -> Doc:
    """The cooperative's bank API export (JSON lines): treasurer's logins with IPs, Pix payments of the apportionment, a return."""
    doc = Doc()
    short, razao, dom = coop(g)
    tes = g.person(female=g.chance(0.7))
    d = g.day()
    times = g.moments(g.ri(5, 8), d, 1, (8, 20))
    tlog = times[0] - datetime.timedelta(minutes=g.ri(2, 30))
    user = login(tes, g)
    if g.chance(0.5):
        doc.f("# extrato_api_pix agência «ag» conta «c» — titular «r»\n", ag=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(True), "BANK_ACCOUNT"), r=short)
    else:
        doc.f("# extrato_api_pix conta «c» — titular «r»\n", c="***" + g.d(4), r=short)
    jval(doc, {"ts": ts(tlog, "iso"), "evento": "LOGIN", "usuario": user, "ip": (g.ip(), "IP_ADDRESS"), "gw": g.pick([g.ip_priv(), g.ip_cgnat()]),
               "device": g.pick(["Android 13 / app", "Chrome / Windows", "Safari / iOS"])}, None)
    doc.t("\n")
    for k, t in enumerate(times):
        p = g.person()
        cpf = g.cpf()
        tipo, key = pix_key(g, p, cpf)
        st = "LIQUIDADO" if k != len(times) - 2 else g.pick(["DEVOLVIDO", "REJEITADO"])
        rec = {"ts": ts(t, "iso"), "evento": "PIX_OUT", "e2e": e2e(g, t), "valor": float(f"{g.ri(30000, 320000) / 100:.2f}"),
               "favorecido": P(g.pick([p.capsf, p.full])), "cpf_favorecido": (cpf, "BR_CPF") if g.chance(0.8) else V(g.masked_cpf()), "tipo_chave": tipo.upper().replace("Ó", "O"),
               "chave": key, "descricao": f"rateio {d.month:02d}/{d.year}", "status": st}
        if g.chance(0.3):
            rec["evento"] = "PIX_OUT_MANUAL"
            rec["tipo_chave"] = None
            rec["chave"] = None
            rec["ispb"] = g.pick(["00000000", "60746948", "00360305", "18236120"])
            rec["agencia"] = (g.agency(), "BANK_ACCOUNT")
            rec["conta"] = (g.account(), "BANK_ACCOUNT")
            rec = {k2: v2 for k2, v2 in rec.items() if v2 is not None}
        if st != "LIQUIDADO":
            rec["motivo"] = g.pick(["AC03 conta inexistente", "chave não encontrada no DICT", "AM09 titularidade divergente"])
        jval(doc, rec, None)
        doc.t("\n")
    jval(doc, {"ts": ts(times[-1] + datetime.timedelta(minutes=5), "iso"), "evento": "LOGOUT", "usuario": user,
               "ip": (g.ip(), "IP_ADDRESS")}, None)
    doc.t("\n\n")
    doc.f("«n»: o Pix devolvido será refeito em «d» depois que o cooperado mandar a chave nova. «x»\n",
          n=P(g.pick([tes.full, tes.first])), d=dbr(g.after(d, 1, 5)),
          x=g.pick(["Login às 23h não fui eu — pedi bloqueio ao gerente.", "Limite noturno ajustado.", ""]))
    return doc


def fi_danfe(g: Gen) -> Doc:
    """DANFE of the cooperative's sale of bales to a recycler: access key, transporter (an autonomous driver), plate."""
    doc = Doc()
    short, razao, dom = coop(g)
    rec = g.pick(RECYCLERS)
    d = g.day()
    uf_code = g.pick(["35", "31", "41", "43", "29", "26", "23", "33"])
    while True:
        cn = g.cnpj(style="raw")
        got = nfe_key(g, cn, d, uf_code)
        if got:
            key = got[0]
            break
    doc.f("DANFE — DOCUMENTO AUXILIAR DA NOTA FISCAL ELETRÔNICA\n0 - ENTRADA  1 - SAÍDA [1]   Nº «n»   SÉRIE «s»\n"
          "CHAVE DE ACESSO: «k»\nPROTOCOLO DE AUTORIZAÇÃO: «pa» «dt»\n\n", n=nfe_number(g), s=g.ri(1, 3), k=key,
          pa=g.neg(15), dt=ts(datetime.datetime(d.year, d.month, d.day, g.ri(7, 18), g.ri(0, 59)), "brs"))
    doc.f("EMITENTE: «r»\nCNPJ: «c»   IE: «ie»\nNATUREZA DA OPERAÇÃO: VENDA DE PRODUÇÃO DO ESTABELECIMENTO\n\n"
          "DESTINATÁRIO: «rc»   CNPJ: «c2»\nDATA DE EMISSÃO: «d»\n\n", r=razao.upper(), c=(f"{cn[:2]}.{cn[2:5]}.{cn[5:8]}/{cn[8:12]}-{cn[12:]}", "BR_CNPJ"),
          ie=f"{g.d(3)}.{g.d(3)}.{g.d(3)}.{g.d(3)}", rc=rec.upper(), c2=(g.any_cnpj(), "BR_CNPJ"), d=dbr(d))
    doc.t("COD   DESCRIÇÃO                        NCM         CFOP  UN   QTD          V.UNIT     V.TOTAL\n")
    tot = 0.0
    for i in range(g.ri(1, 4)):
        m, price = mat(g)
        q = g.ri(300, 12000)
        tot += q * price
        doc.t(f"{i + 1:03d}   {fold(m).upper()[:32]:32s} {ncm(m):10s}  "
              f"5101  KG   {kg(q, 3):>11s}  {brl(price):>8s}  {brl(q * price):>10s}\n")
    doc.f("\nVALOR TOTAL DA NOTA: R$ «v»\n\nTRANSPORTADOR / VOLUMES TRANSPORTADOS\n", v=brl(tot))
    drv = g.person(female=False)
    if g.chance(0.6):
        doc.f("RAZÃO SOCIAL: «n» (TAC autônomo)   CPF: «c»\nENDEREÇO: «a»   CEP: «cep»\nPLACA DO VEÍCULO: «p»   UF: «u»   RNTRC: «rn»\n",
              n=P(drv.capsf), c=(g.cpf(), "BR_CPF"), a=(g.address("caps"), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
              p=(g.plate(), "LICENSE_PLATE"), u=g.pick(UFS), rn=g.d(9))
    else:
        doc.f("RAZÃO SOCIAL: «n»   CNPJ: «c»\nPLACA DO VEÍCULO: «p»   UF: «u»   MOTORISTA: «m»   CNH: «h»\n",
              n=g.pick(["TRANSPORTES SERRA AZUL LTDA", "LOGÍSTICA AURORA LTDA", "FRETES BENTO ME"]), c=(g.cnpj(), "BR_CNPJ"),
              p=(g.plate(), "LICENSE_PLATE"), u=g.pick(UFS), m=P(drv.capsf), h=(g.cnh(), "BR_CNH"))
    doc.f("QUANTIDADE «q»  ESPÉCIE FARDOS  PESO LÍQUIDO «pl» KG\n\n", q=g.ri(4, 60), pl=kg(g.ri(900, 14000), 3))
    resp = g.person(female=g.chance(0.6))
    buyer = g.person()
    doc.f("DADOS ADICIONAIS: Cooperativa de catadores — Lei 12.690/2012. Material triado pelos cooperados; tickets de balança «tk». "
          "Nota lastro para créditos de logística reversa — não utilizar em dupla contagem (Decreto 11.413/2023). Responsável "
          "pela expedição: «r», fone «f». Comprador: «b» («e»).\n", tk=", ".join(ticket_no(g) for _ in range(g.ri(1, 3))),
          r=P(g.pick([resp.full, resp.short])), f=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          b=P(buyer.full), e=(corp_mail(buyer, g.pick(["aparaspaulista.com.br", "petnordeste.com.br", "alumax.ind.br", "eletrociclo.com.br"]), g),
                             "EMAIL_ADDRESS"))
    return doc


def fi_certificados(g: Gen) -> Doc:
    """A managing entity's statement of recycling certificates sold to a brand (Markdown), and an e-mail on double counting."""
    doc = Doc()
    brand, bdom = g.pick(BRANDS)
    gs, gr, gdom = g.pick(GESTORAS)
    d = g.day()
    doc.f("## Extrato de certificados — «b» — meta «y» (Decreto 11.413/2023)\nEmitido por «g» em «d»\n\n", b=brand, y=d.year - 1, g=gs, d=dbr(d))
    rows = []
    coops = g.sample(COOPS, g.ri(3, 5))
    for s_, r_, _ in coops:
        rows.append([V(s_), (g.any_cnpj(), "BR_CNPJ"), V(g.pick(["papel", "plástico", "vidro", "metal", "cartonada"])),
                     V(kg(g.ri(5, 300) + g.ri(0, 9) / 10)), V(f"CCRLR-{d.year - 1}-{g.d(6)}"), V(f"{g.ri(3, 80)} NF-e"),
                     (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.7) else V("—")])
    table_md(doc, ["cooperativa", "CNPJ", "material", "toneladas", "certificado", "lastro", "contato"], rows)
    an = g.person()
    ver = g.person()
    pres = g.person(female=g.chance(0.6))
    t1 = g.moments(1, d, 3, (8, 19))[0]
    t2 = t1 + datetime.timedelta(hours=g.ri(2, 48))
    am = corp_mail(an, bdom, g)
    vm = corp_mail(ver, gdom, g)
    doc.f("\nFrom: «v» <«vm»>\nTo: «a» <«am»>\nCc: «cc»\nDate: «d»\nSubject: RE: NF-e em duplicidade no lastro\n\n",
          v=P(ver.full), vm=(vm, "EMAIL_ADDRESS"), a=P(an.full), am=(am, "EMAIL_ADDRESS"), cc=role_mail(g, gdom, "certificados"),
          d=mail_date(t2))
    nf = nfe_number(g)
    doc.f("«a», confirmamos: a NF-e «nf» da «c» foi apresentada também por outro gerador. O certificado foi cancelado e "
          "substituído por outro da mesma cooperativa. Falei com a presidente, «p», pelo «t»; ela reenviou os tickets de balança.\n\n"
          "«v»\nVerificação de Resultados — «g» — «cr»\n\n", a=P(an.first), nf=nf, c=coops[0][0], p=P(g.pick([pres.full, pres.short])),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), v=P(g.pick([ver.full, ver.first])), g=gs,
          cr=(g.council(g.pick(["CRC", "CREA"])), "PROFESSIONAL_ID"))
    doc.f("Em «d», «a» <«am»> escreveu:\n> Bom dia. A auditoria da «b» achou a nota «nf» em dois certificados. Precisamos "
          "resolver antes do relatório anual ao Ministério do Meio Ambiente.\n> «s»\n", d=ts(t1, "br"), a=P(an.full),
          am=(am, "EMAIL_ADDRESS"), b=brand, nf=nf, s=g.pick([P(an.first), P(an.full), V("Obrigad" + an.o + ".")]))
    return doc


def fi_doacoes(g: Gen) -> Doc:
    """Donation/crafts shop checkout log of a cooperative's campaign; a DEBUG line leaks a full card number; donors."""
    doc = Doc()
    short, razao, dom = coop(g)
    d = g.day()
    camp = g.pick(["Natal sem Lixo", "Uma prensa nova para a cooperativa", "Bolsas de lona reciclada", "EPI para todas"])
    doc.f("[«s»] campanha \"«c»\" — checkout log «d»\n", s=f"loja.{dom}", c=camp, d=dbr(d))
    times = g.moments(g.ri(4, 6), d, 1, (7, 23))
    leak = g.ri(0, len(times) - 1)
    donors = []
    for k, t in enumerate(times):
        p = g.person()
        donors.append(p)
        v = brl(g.pick([20, 30, 50, 100, 150, 250]) + 0.0)
        if k == leak:
            doc.f("«t» DEBUG gateway.authorize payload={\"card_number\": \"«cn»\", \"holder\": \"«h»\", \"amount\": \"«v»\", "
                  "\"installments\": 1, \"buyer_ip\": \"«ip»\"}\n", t=ts(t), cn=(g.card(spaced=g.chance(0.4)), "CREDIT_CARD"),
                  h=P(fold(p.full).upper()), v=v, ip=(g.ip(), "IP_ADDRESS"))
        meth = g.pick(["cartao", "pix", "pix", "boleto"])
        doc.f("«t» INFO order=«o» method=«m» amount=«v» buyer=\"«b»\" cpf=«c» email=«e» ip=«ip» status=«st»\n", t=ts(t + datetime.timedelta(seconds=2)),
              o=f"PED-{g.d(6)}", m=meth, v=v, c=g.pick([(g.cpf("raw"), "BR_CPF"), (g.cpf("raw"), "BR_CPF"), V("null")]), b=g.pick([V(f"cus_{g.hexs(10)}"), V(f"cus_{g.hexs(10)}"), P(p.full)]), e=(g.email(p), "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"),
              st=g.pick(["approved", "approved", "pending", "refused"]))
        if meth == "cartao":
            doc.f("«t» INFO card=«m» brand=«b»\n", t=ts(t + datetime.timedelta(seconds=3)), m=g.masked_card(), b=g.pick(["visa", "master", "elo"]))
    co = g.person(female=g.chance(0.7))
    p = donors[leak]
    doc.f("\nNota («n», comunicação da «c»): o log DEBUG expôs o número completo do cartão de «d»; pedi ao fornecedor da loja "
          "para desligar o debug e mascarar. Doadora/doador avisado por e-mail. Pix da campanha entra na chave aleatória «k». "
          "«w»\n", n=P(g.pick([co.full, co.first])), c=short, d=P(g.pick([p.first, p.full])), k=(g.uuid(), "PIX_KEY"),
          w=g.pick(["Sem dados de CVV no log.", "Incidente registrado para o encarregado de dados.", ""]))
    return doc


def fi_telegram_diretoria(g: Gen) -> Doc:
    """Telegram export of a cooperative's board group: fuel for the truck, an advance to a member, INSS, the accountant."""
    doc = Doc()
    short, razao, dom = coop(g)
    pres = g.person(female=g.chance(0.6))
    tes = g.person(female=g.chance(0.75))
    drv = g.person(female=False)
    cont = g.person()
    t0 = g.moments(1, g.day(), 1, (6, 20))[0]
    tt = iter(seq_times(g, 30, t0, 40, 1500))
    doc.f("Telegram · grupo \"Diretoria «s»\" · exportado em «d»\n", s=short, d=ts(t0 + datetime.timedelta(days=2), "br"))
    names = {"pres": g.pick([pres.first, pres.short]), "tes": g.pick([tes.first, tes.short]), "drv": g.pick([drv.first, drv.nick])}
    last = [None]

    def say(who, template, **vals):
        t = next(tt)
        if who != last[0]:
            doc.f("\n«n»\n", n=P(names[who]))
            last[0] = who
        doc.f("[«t»] " + template + "\n", t=ts(t, "hm"), **vals)

    plate = g.plate()
    m = g.person()
    say("pres", "«n» pediu vale de R$ «v» por causa do aluguel, aprovo. Desconta no rateio de «mm»", n=P(g.pick([m.first, m.nick, m.full])),
        v=g.ri(100, 500), mm=g.pick(MONTHS))
    say("tes", "não tem Pix, passou a conta d«o» «r», «w»: ag «ag» conta «ac» «b»", o="a" if m.female is False else "o",
        r="mulher dele" if not m.female else "marido dela", w=P(g.spouse(m).full),
        ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), b=g.pick(BANKS)[1])
    say("tes", "GPS dos contribuintes individuais: ainda faltam dois NIT")
    say("pres", "um é «n1», o outro eu pego amanhã no galpão", n1=(g.pis(), "BR_PIS"))
    if g.chance(0.6):
        nv = g.person()
        say("pres", "Entrou cooperad«o» nov«o»: «n», CPF «c», nasc. «d», zap «z». Vai pra esteira", o=nv.o,
            n=P(nv.full), c=(g.cpf(), "BR_CPF"), d=(g.dob("br", 1960, 2005), "DATE_OF_BIRTH"), z=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    say("drv", "caminhão «p» tá na reserva", p=(plate, "LICENSE_PLATE"))
    say("drv", "preciso de R$ «v» de diesel pra rota de amanhã, posto de sempre (CNPJ «c»)", v=g.ri(150, 600), c=(g.cnpj(), "BR_CNPJ"))
    say("tes", "manda a foto do cupom depois. Pix na sua chave «k»", k=g.pick([(g.uuid(), "PIX_KEY"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")]))
    say("tes", "e «o» «c» (contador«a») pediu pra mandar tudo pro «e» até sexta", o="a" if cont.female else "o", a="a" if cont.female else "",
        c=P(g.pick([cont.first, cont.full])),
        e=g.pick([(corp_mail(cont, "contabilidadepopular.com.br", g), "EMAIL_ADDRESS"), V(role_mail(g, dom, "contabilidade"))]))
    say("drv", g.pick(["blz", "👍", "amanhã 6h no galpão", word_neg(g)]))
    return doc


FI = [fi_tickets_balanca, fi_rateio_csv, fi_pix_jsonl, fi_danfe, fi_certificados, fi_doacoes, fi_telegram_diretoria]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN11 = re.compile(r"(?<![\d.\-/])(\d[\d.\-]{9,14}\d)(?![\d]|[.\-/]\d)")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")
ROLE_RE = re.compile(r"(%s)@" % "|".join(ROLE_BOXES))


def is_public(addr: str) -> bool:
    """Globally routable (not private RFC 1918, CGNAT 100.64/10, loopback, link-local, ULA...)."""
    try:
        return ipaddress.ip_address(addr).is_global
    except ValueError:
        return False


def check(record: dict) -> None:
    text, last = record["text"], 0
    rid = record["id"]
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (rid, s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (rid, s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", re.sub(r"[a-z]+", lambda m: str(NUM_WORDS.index(m.group(0))) if m.group(0) in NUM_WORDS else m.group(0), v))
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
            raw = re.sub(r"[^0-9X]", "", v)
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (rid, v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (rid, v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (rid, v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|eng|téc)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_|]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_RE.match(v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2}", v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRC|CREA|CRQ|CREFITO)\b", v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    # hard negatives: a CPF-shaped run outside the gold spans fails the CPF check
    for m in CPF_LIKE.finditer(text):
        if free(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, m.group(1))
    # an IPv4 address outside the gold spans is private; IPv6 outside the spans are prefixes
    for m in re.finditer(r"(?<![\w:])2[0-9a-f]{3}:[0-9a-f:]+(/\d+)?", text):
        if free(m):
            assert m.group(1), (rid, m.group(0))
    for m in IPV4.finditer(text):
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, m.group(0))
    # 11-digit runs (dots and dashes allowed) outside the spans pass no PIS/NIS or CNH check either
    for m in RUN11.finditer(text):
        raw = re.sub(r"\D", "", m.group(1))
        if free(m) and len(raw) == 11:
            assert pis_dv(raw[:10]) != raw[10] and cnh_dv(raw[:9]) != raw[9:], (rid, m.group(1))
    # 12-digit runs outside the spans are never a valid título de eleitor
    for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", text):
        v = m.group(0)
        if free(m) and 1 <= int(v[8:10]) <= 28:
            assert titulo_dv(v[:8], v[8:10]) != v[10:], (rid, v)
    # 15-digit runs outside the spans are never valid CNS; 16-digit runs never pass Luhn
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, m.group(0))
    # role mailboxes are never labelled, and a person's e-mail is never left out
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
    print("hundredeighth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
