"""Build the ninety-second labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_ninetysecond_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, no Faker, no import from afinar or from the other generators),
seed 9292, 280 records: 4 domains x 7 templates x 10 copies.

Register, new: TELECOM AND INTERNET PROVIDERS -- small regional fibre ISPs and mobile carriers and
the companies around them (tower companies and their landowners, tower-maintenance contractors,
occupational clinics, collection agencies, Procon, Anatel, courts and the police). Layouts vary
heavily: "Campo: valor" forms, ruled boxes and dotted leaders, FreeRADIUS detail records, MikroTik
and CGNAT (NAT44) log lines, CSV (comma and semicolon) and CDR extracts, JSON from APIs, one-line
JSON logs, fixed-width reports (names cut at the field width), Markdown tables, WhatsApp exports
(Android and iOS; senders by name or by number), e-mail threads, a site chat, a speech-to-text call
transcript (lower case, no accents), OCR'd scans with typos, legal prose, ticket histories.
- atendimento: (0) an installation / repair work order closed by the technician (subscriber's CPF,
  contacts, address, CEP, sometimes birth date; ONT serial, MAC, PPPoE login, VLAN, WAN IP that is
  public or CGNAT; the technician, the helper and the van plate; who received the service, with RG);
  (1) a site/app chat: a virtual assistant ("Aurora", "Lumi", "Flor", "Bia"), then a human agent
  shown by name or as "Atendente"; CPF (sometimes first mistyped), birth date, e-mail, a new address,
  a relative's phone, a card number typed in the chat, the visitor's IP; (2) a WhatsApp export
  between a small ISP's support account and a subscriber with no signal (CPF, the holder named,
  overdue bill paid by the ISP's random Pix key, ONT label, address, technician and plate);
  (3) a number-portability request: the receiving carrier's API JSON (numbers as MSISDNs, holder
  PF or PJ with a representative, SMS token, origin IP, seller) with a back-office note, or the
  paper form filled in at the store (holder, numbers, proxy with RG and CPF, attendant);
  (4) a carrier's fixed-width report of prepaid SIM registrations at a point of sale (MSISDN,
  ICCID, name cut or "SURNAME, GIVEN", CPF validated or rejected as invalid, RNM of a refugee,
  birth date) with the dealer's notes; (5) an Anatel Consumidor complaint (consumer block with the
  access number or the installation address) and the provider's answer, with the evaluation;
  (6) the speech-to-text transcript of a call to a carrier (phone and CPF read in groups, spoken
  birth date, stolen phone with IMEI and police report number, cancellation, billing address).
- juridico: (0) a court order under the Marco Civil (arts. 10, 13, 22) listing IPs, ports and
  timestamps, and the ISP's answer per item: subscriber data and RADIUS / MikroTik / NAT44 log
  extracts, an address that is not in the ISP's blocks, an IPv6 address inside a delegated prefix;
  (1) an OCR'd police requisition of subscriber data for phone lines (Lei 12.965/2014 art. 10 § 3,
  Lei 12.850/2013 art. 15) and the carrier's reply table (holders, CPF/CNPJ, addresses, lines ported
  away); (2) a subscriber's LGPD access request (art. 18) by e-mail and the DPO's answer with the
  JSON export of the data held (contacts, addresses, debit account or masked card, app-login IPs,
  session summary with CGNAT, public NAT and delegated prefixes); (3) a small-claims petition over a
  loyalty fine and a credit-bureau listing (plaintiff qualified, technician and attendant named, a
  precedent's CNJ number, lawyer with OAB); (4) a lease of land for a tower site (ERB) with the
  landowner and spouse, the tower company's proxy, the plot, the rent paid to an account or a random
  Pix key, the engineer's CREA, witnesses, and the e-signature log (names or e-mails, IPs);
  (5) the minutes of a Procon conciliation hearing on a loyalty fine and the ONT in comodato
  (claimant, the ISP's preposto and lawyer, conciliator, agreement with refund or none);
  (6) an OCR'd ALL CAPS police report (B.O.) of a SIM swap followed by Pix transfers to mule
  accounts (victim's RG, CPF, birth date, mother, address, line; the CNH shown at the store, the
  seller; mules with CPF; a random Pix key; witness, clerk, delegado).
- saude: (0) the ASO of a tower climber (NR-35 work at height, NR-10 electricity; CPF, RG, NIT,
  sometimes CNS, birth date; exams; psychologist's CRP; examining and coordinating doctors' CRM);
  (1) a contractor's PCMSO / NR-35 roster (semicolon CSV: CPF, birth date, NIT) with the SESMT note
  (safety technician, occupational nurse's COREN and e-mail, the pickup's plate); (2) an OCR'd work-
  accident notice (CAT) of a climber: employer CNPJ, worker, mother, NIT, CNS, address, the accident
  on a tower site, witness, ER doctor's CRM, ICD-10; (3) a psychosocial assessment for work at
  height (NR-35) e-mailed by the psychologist, sometimes unfavourable with a referral and the
  emergency contact; (4) an occupational clinic's e-mail with a fixed-width batch of periodic-exam
  results and notes; (5) a tower crew's WhatsApp group when a climber is stung by bees or faints
  with heat on the tower (CPF, CNS, birth date typed for the UPA, the pickup's plate, the wife's
  phone, the doctor); (6) a one-line-JSON export of medical certificates of call-centre and field
  staff (CRM, CRO, CREFITO, CRP) with HR's note.
- financeiro: (0) a billing dispute with the CDR extract (CSV: A and B numbers as MSISDNs, short
  codes, data sessions, cell ids, IMEI, IMSI) and the analyst's conclusion; (1) a collection
  agency's queue (semicolon CSV) of overdue ISP subscribers with the negotiators' contact log (Pix
  agreement to the agency's random key, a boleto line, an e-mail opened from an IP); (2) an e-mail
  thread cancelling a fibre plan: pro-rata loyalty fine, the ONT in comodato, a transfer of
  ownership to a relative or a refund to a Pix key or an account; (3) a carrier's fraud-prevention
  report on a SIM swap (timeline: store swap with the seller and a CNH, bank login IP, Pix to a mule
  account and to a random key, a card number reported by the bank, e-mail changed, the son's call);
  (4) a security incident: full card numbers in a billing webhook log (one-line JSON with customers'
  name, CPF, e-mail, phone, IP, card holder) and the affected list; (5) a tower company's fixed-width
  statement of site rents (landowners with CPF, a condominium with CNPJ, agency and account or a
  random Pix key) with notes on a deceased landowner's heir and an account change asked by e-mail;
  (6) an itemised postpaid bill (holder, billing address, two lines with the dependant's name,
  called numbers, 0800 / 4004 / *144 / 1052, third-party services, barcode) and the contestation.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.",
"seu", "dona"; particles inside a name (de, da, do, das, dos, e) and suffixes (Filho, Júnior, Neto,
Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first names alone and nicknames, also in
lower case or ALL CAPS, are persons. Staff named in the text are persons: attendants and agents,
technicians and helpers, sellers, supervisors, analysts, negotiators, DPOs, lawyers, judges, court
clerks, delegados and escrivães, conciliators, prepostos, engineers, doctors, nurses, psychologists,
safety technicians, HR analysts. Logins ("fcanuto", "dealer.6994", "trosa"), PPPoE users -- even
when built from the subscriber's name ("dnascimento7336", "condori_efrain66") -- and the virtual
assistants "Aurora", "Lumi", "Flor", "Bia", "Zap da Net" are not. Corporate e-mails of people are EMAIL_ADDRESS;
role mailboxes (privacidade@, dpo@, juridico@, cancelamento@, sesmt@, patrimonial@) are not
labelled. ADDRESS is street type + name + number + complement, in full, abbreviated, ALL CAPS, lower
case or spoken (not bairro, city, UF; the CEP is BR_CEP). Agency and account are separate
BANK_ACCOUNT spans (victims', mules', landowners', customers'); bank codes and names are not. PIX_KEY
only for random (UUID) keys, whoever owns them (the ISP's own collection key too). DATE_OF_BIRTH only
for birth dates, in any form (dd/mm/yyyy, d/m/yyyy, dd/mm/yy, ISO, long, lower-case spoken); dates of
activation, installation, accident, exams, ASO validity, hearings, logs and due dates are not.
PROFESSIONAL_ID includes the council acronym and UF or region. CNPJs (numeric and the 2026
alphanumeric form, dotted or raw) of ISPs, carriers, tower companies, contractors, clinics and
customers are BR_CNPJ. Masked values ("***.123.456-**", "650477******4777", "final 1234", bin/last4
fields) are not labelled.
Decisions of this set:
- IP_ADDRESS is every globally routable IPv4 or IPv6 address, whoever holds it: a subscriber's WAN
  address, the public side of a CGNAT binding, an IP listed in a court order (also one the ISP says is
  not in its blocks), app-login, checkout, e-signature and chat-visitor IPs. The port or port block
  next to it ("porta 51234", "ports=40960-41471") stays outside the span. NOT labelled: private
  RFC 1918 addresses (10.x, 172.16-31.x, 192.168.x: NAS/BRAS, a store's or televendas workstation),
  the CGNAT shared space 100.64.0.0/10 (the subscriber's inside address in a NAT44 or RADIUS line,
  although the log ties it to a person), delegated IPv6 prefixes and CIDR blocks ("2804:…::/56"),
  and IP-like numbers (the NR item "35.4.1.2", a Procon FA number).
- Network and device identifiers are not labelled: ONT serials, MAC addresses, PPPoE logins, VLANs,
  CTO and port, OLT names, Acct-Session-Id, IMEI (Luhn-valid, never a valid CNS), IMSI, ICCID, cell
  and site codes, geographic coordinates. Nor are portability tickets ("bilhete"), Anatel, Procon
  (FA), inquiry, B.O., eSocial receipt, contract, invoice, protocol and ticket numbers, the customer
  account number of a phone bill ("Conta nº"), boleto and barcode lines, CBO codes, ART numbers, the
  safety technician's MTE registration, the RNM of a foreign customer, API request ids and
  e-signature envelope UUIDs.
- PHONE_NUMBER is every subscriber or personal line and every landline of an ISP, clinic or company,
  in any format: MSISDNs in CDRs and JSON ("5537996583855", "+5511977603630"), lines read in groups
  in the transcript ("51 9 8604 8795"), WhatsApp senders shown by number. Short codes and service
  numbers (*144, 1052, 103 xx, SVA codes 28888 / 40404, 0800 and 4004 numbers) are not.
- A CNH number shown by the fraudster in the victim's name at the store is BR_CNH; a CPF a customer
  mistyped (failing the check) is not labelled; NIT/PIS of climbers are BR_PIS; a climber's SUS card
  is BR_CNS.
- PROFESSIONAL_ID: CRM, COREN, CRP, OAB and, decided here, CREA of the tower engineer ("CREA-PE nº
  116187325"), CRO of a dentist and CREFITO of a physiotherapist who signed a certificate.
- ADDRESS also covers the land leased for a tower when it is an individual's property, by street and
  number or by road and km ("Estrada Municipal do Leão, s/n, km 15", "Rodovia CE-292, km 14, Sítio
  Boa Esperança"), and the address where an ONT is to be collected; a tower company's or an ISP's
  seat ("com sede na Avenida ...") and "zona rural de <city>" are not labelled.
- Full card numbers (typed in a chat, logged by a webhook, reported by a bank) are CREDIT_CARD; the
  holder name embossed on the card in the log is a PERSON.
- Names cut by a fixed-width field are labelled as they stand ("RAFAEL ZOZIMO BARREIRA DE LI"); so
  are names and addresses damaged by OCR in the scans ("GlLCIMAR TUFIK", "ANDERS0N DE CARAPEBA",
  "RUA C0NEGO MACARIO GlRAO, S/N") -- an OCR "0" for "O" may stand inside a name. Identifiers in the
  scans are printed clean.
- Plates of technicians' vans and motorbikes and of crews' pickups are LICENSE_PLATE.

Names: Brazilian names of many origins -- Portuguese common, regional and old-fashioned (Zózimo,
Epaminondas, Escolástica, Umbelina), coined (Uélinton, Kethelyn, Dhafiny, Luanderson, Wemilly),
Italian, German/Pomeranian, Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian, Angolan,
Senegalese, indigenous, Jewish, Bolivian, Venezuelan, Paraguayan, Polish/Ukrainian, Armenian -- with
rare or invented name words well above a quarter (main() prints the share). Names that are also
words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela, Serena, Glória, Esperança, Pérola,
Bento, Prudente, Amado, Clemente, Sereno, Justo, Leão, Branco; surnames Rosa, Branco, Prudente,
Amado, Leão, Paz, Cruz, Luz, Torres, Lobo, Neves, Serra, Vale, Sereno, Estrela, Pastor) are used as
names (a neighbour called Rosa, Luz or Flor who keeps the key, "Prudente Almeida Paz", "Celeste Leão de Melo") and, elsewhere, as words
and in companies, plans, places and bots, which are not persons: "a luz LOS ficava vermelha", "conta
de luz", "cabo drop branco", "prédio rosa", "umidade (sereno)", "seria prudente", "foi uma
vitória", "torre da Claro", the bot "Aurora", Aurora Fibra, LuzNet Telecom, Rosa dos Ventos
Internet, Prudente Net, Estrela Conect, Amado Telecom, BentoNet, Serra Branca Fibra Óptica, Torres &
Catunda Telecomunicações, Leão Montagens de Torres, Sereno Manutenção de ERBs, Plano Luz 400, Aurora
Play, Clube Bento de Descontos, Presidente Prudente, Bento Gonçalves, Santa Rosa, Estrela (RS), Nova
Aurora, Esperança (PB), Vitória, Rua Flor de Maio, Bairro da Luz, Loja Bento Móveis.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(protocols, a credit-bureau contract, mistyped CPFs; the script checks every CPF-shaped run outside
a gold span), 15-digit IMEIs/IMSIs (checked not to be valid CNS), ICCIDs, 16-digit runs (checked to
fail Luhn), private and CGNAT IPs and prefixes (checked), ICD-10 codes (H83.3, I10, T63.4, S93.4,
J06.9, F41.1), money, logins, serials and ids listed above, laws and rules (Lei 12.965/2014, Lei
13.709/2018, Lei 8.078/1990, Lei 12.850/2013, Resolução Anatel nº 765/2023, NR-35, NR-10, Súmula 385
do STJ), companies named after people or words, streets named after people outside an address (a
company's seat, "com sede na Avenida Prudente de Morais, nº ..."), dates that are not birth dates.
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
SEED = 9292
OUT_NAME = "ninetysecond.jsonl"

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

# --------------------------------------------------------------------------- name pools
# RARE_* pools and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned, coined
# or foreign names that are not in the common Brazilian name lists; main() prints their share.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline",
            "Sandra", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Júlia", "Mariana", "Gabriela", "Beatriz",
            "Larissa", "Vanessa", "Luana", "Tatiane", "Daniele", "Raquel", "Cristiane", "Simone", "Ana Paula",
            "Maria José", "Lúcia", "Rita"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Rodrigo", "Gustavo", "Mateus", "Diego",
            "Anderson", "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Paulo", "José Carlos", "Raimundo"]
RARE_F = ["Lucivânia", "Edvânia", "Marinalva", "Zenaide", "Cleonice", "Gessilda", "Deuzuíta", "Irisvalda", "Maricélia",
          "Elenilda", "Valdirene", "Edinalva", "Ducilene", "Auricélia", "Nilzete", "Joanice", "Enilde", "Benvinda",
          "Zuleica", "Ambrosina", "Carmelita", "Edwiges", "Genoveva", "Hercília", "Jovelina", "Laurentina", "Umbelina",
          "Escolástica", "Felisbina", "Rufina", "Kethelyn", "Jhéssyca", "Thaynná", "Layanne", "Ysllany", "Dhafiny",
          "Kaillany", "Rhayane", "Stheffany", "Wemilly", "Lauryanne", "Thuany", "Ketlen", "Gleiciane"]
RARE_M = ["Josivan", "Erinaldo", "Francivaldo", "Luzimar", "Zenildo", "Genival", "Aderbal", "Adamastor", "Zózimo",
          "Osmarino", "Deoclécio", "Valdomiro", "Ananias", "Belmiro", "Crispim", "Epaminondas", "Fortunato", "Gervásio",
          "Hildebrando", "Libório", "Macário", "Onofre", "Porfírio", "Saturnino", "Tibúrcio", "Uélinton", "Kawan",
          "Rickelme", "Jhonathan", "Dhavid", "Wanderclei", "Maykon", "Jeyson", "Weverton", "Kayky", "Luanderson",
          "Adryel", "Wesllen", "Gilcimar", "Erisvaldo", "Djavan", "Edicarlos"]
# Given names that are also everyday words (and Marian names built on words).
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Serena", "Glória", "Esperança", "Pérola",
          "Maria da Luz", "Maria das Neves", "Maria da Glória", "Rosa Maria"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Sereno", "Justo", "Modesto", "Leão", "Vitório", "Branco"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante"]
RARE_SUR = ["Bezerril", "Quintela", "Mafra", "Torquato", "Ibiapina", "Catunda", "Jaguaribe", "Valadares", "Menescal",
            "Boaventura", "Pessanha", "Juruena", "Carapeba", "Sabóia", "Canuto", "Noleto", "Pompeu", "Arcoverde",
            "Cambuí", "Tabosa", "Moita", "Bonfim", "Cysne", "Benício", "Capistrano", "Vidigal", "Mamede", "Girão",
            "Fialho", "Pamplona", "Aragão", "Magalhães Pinto", "Saraiva", "Barreira", "Bastião", "Colares"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo",
            "Neves", "Pinheiro", "Fontes", "Campos", "Serra", "Vale", "Sereno", "Aurora", "Estrela", "Pastor"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Tonho", "Antônia": "Toinha",
        "Raimundo": "Mundinho", "Maria das Neves": "Nevinha", "Maria da Glória": "Glorinha", "Maria da Luz": "Luzinha",
        "Luiz": "Lula", "Benvinda": "Binda", "Edwiges": "Duda", "Carmelita": "Lita", "Genoveva": "Veva",
        "Onofre": "Nofre", "Porfírio": "Firo", "Fortunato": "Tunico", "Kawan": "Kawanzinho", "Epaminondas": "Mino",
        "Jovelina": "Jove", "Zenaide": "Zena", "Hildebrando": "Brando", "Marinalva": "Nalva", "Valdomiro": "Miro",
        "Rosa": "Rosinha", "Bento": "Bentinho", "João": "Joca", "Pedro": "Pedrinho", "Jeyson": "Jey", "Aderbal": "Dedé"}
FOREIGN = {
    "it": (["Graziella", "Ornella", "Nunzia"], ["Salvatore", "Pasquale", "Gianluca"],
           ["Bertolini", "Pegoraro", "Zanella", "Casagrande", "Menegat", "Dalla Costa", "Tomasi"]),
    "de": (["Hildegard", "Gerda", "Elke"], ["Egon", "Siegfried", "Dieter"],
           ["Kuhn", "Schmitt", "Wachholz", "Klitzke", "Raasch", "Vorpagel", "Bremenkamp"]),
    "jp": (["Akemi", "Mayumi", "Keiko"], ["Takeshi", "Minoru", "Yukio"],
           ["Higa", "Kanashiro", "Miyazaki", "Tokunaga", "Shimabukuro", "Arakaki"]),
    "ar": (["Samira", "Jamile", "Soraya"], ["Jamil", "Kalil", "Nabih"],
           ["Jafet", "Bechara", "Saad", "Kassab", "Khoury", "Tufik"]),
    "kr": (["Ji-woo", "Seo-yeon"], ["Dong-hyun", "Min-jun"], ["Park", "Kang", "Jung", "Lim"]),
    "cn": (["Meiling", "Xiuying"], ["Jianguo", "Weiming"], ["Liang", "Huang", "Zhang", "Guo"]),
    "ht": (["Nadège", "Marie-Carmelle", "Widline"], ["Jean-Robert", "Wesner", "Fritznel"],
           ["Pierre-Louis", "Auguste", "Désir", "Métellus", "Lindor"]),
    "ao": (["Nzinga", "Luzolo", "Ndilu"], ["Kiala", "Mbemba", "Tchiwale"], ["Ngola", "Kiluange", "Matondo", "Nsimba"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Abdoulaye", "Moustapha", "Ibrahima"], ["Faye", "Sarr", "Gueye", "Mbaye"]),
    "in": (["Jaciara", "Moema", "Kerexu"], ["Raoni", "Karai", "Piatã"],
           ["Guajajara", "Pataxó", "Terena", "Kayapó", "Potiguara"]),
    "jw": (["Esther", "Miriam", "Devorah"], ["Avraham", "Yossef", "Chaim"],
           ["Goldfarb", "Lerner", "Zylberstajn", "Waisman", "Kuperman"]),
    "bo": (["Ayda", "Nelly", "Eusebia"], ["Grover", "Efraín", "Teodoro"], ["Quispe", "Condori", "Huanca", "Limachi", "Yujra"]),
    "ve": (["Yuleisy", "Oriana", "Dayerlin"], ["Yonaiker", "Deiby", "Yorbis"], ["Castellanos", "Urdaneta", "Pernía", "Colmenares"]),
    "py": (["Ramona", "Nidia", "Liz Mabel"], ["Nery", "Derlis", "Osmar"], ["Benítez", "Ayala", "Giménez", "Cáceres"]),
    "pl": (["Jadwiga", "Halyna"], ["Stanisław", "Mykola"], ["Kowalczyk", "Wiśniewski", "Bondarenko", "Hnatyshyn"]),
    "am": (["Anoush", "Siranush"], ["Vartan", "Krikor"], ["Manukian", "Hagopian", "Boyadjian"]),
}
RARE_ORIGINS = ("kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "ve", "py", "pl", "am")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Graziella", "Nunzia", "Pegoraro", "Menegat", "Tomasi", "Hildegard", "Gerda", "Elke", "Egon", "Siegfried",
             "Wachholz", "Klitzke", "Raasch", "Vorpagel", "Bremenkamp", "Kanashiro", "Tokunaga", "Shimabukuro",
             "Arakaki", "Minoru", "Yukio", "Jafet", "Bechara", "Kassab", "Khoury", "Tufik", "Nabih"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha"}
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


DDDS = ["11", "12", "15", "16", "17", "18", "19", "21", "22", "24", "27", "28", "31", "33", "34", "35", "37", "38",
        "41", "43", "45", "46", "47", "49", "51", "53", "54", "55", "61", "62", "63", "64", "65", "66", "67", "69",
        "71", "73", "74", "75", "77", "79", "81", "82", "83", "84", "85", "86", "87", "88", "89", "91", "93", "94",
        "96", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Vila", "Beco"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Flor de Maio", "da Aurora", "Estrela Dalva",
                "Padre Ibiapina", "Dom Luís", "Coronel Catunda", "Professora Zuleica Bezerril", "Tiradentes",
                "Quinze de Novembro", "Marechal Deodoro", "da Paz", "Luz do Sol", "Rosa dos Ventos", "José Amado Torres",
                "Castro Alves", "Santos Dumont", "Frei Damião", "Irmã Dulce", "dos Telegrafistas", "Rondon",
                "Pedro Álvares Cabral", "das Antenas", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras",
                "Senador Pompeu", "Monsenhor Tabosa", "São Bento", "Beira Rio", "Vitória Régia", "dos Cajueiros",
                "Doutor Jamil Bechara", "Leão Sereno", "Serra Branca", "Pioneiro Egon Raasch", "Cônego Macário Girão"]
CITIES = [("Juazeiro do Norte", "CE"), ("Crato", "CE"), ("Iguatu", "CE"), ("Sobral", "CE"), ("Tianguá", "CE"),
          ("Aurora", "CE"), ("Mossoró", "RN"), ("Caicó", "RN"), ("Patos", "PB"), ("Campina Grande", "PB"),
          ("Esperança", "PB"), ("Serra Talhada", "PE"), ("Petrolina", "PE"), ("Garanhuns", "PE"), ("Arapiraca", "AL"),
          ("Vitória da Conquista", "BA"), ("Barreiras", "BA"), ("Luís Eduardo Magalhães", "BA"), ("Imperatriz", "MA"),
          ("Bacabal", "MA"), ("Picos", "PI"), ("Parnaíba", "PI"), ("Marabá", "PA"), ("Santarém", "PA"), ("Ji-Paraná", "RO"),
          ("Sinop", "MT"), ("Rondonópolis", "MT"), ("Dourados", "MS"), ("Rio Verde", "GO"), ("Montes Claros", "MG"),
          ("Governador Valadares", "MG"), ("Teófilo Otoni", "MG"), ("Presidente Prudente", "SP"), ("Registro", "SP"),
          ("Bauru", "SP"), ("Bento Gonçalves", "RS"), ("Santa Rosa", "RS"), ("Erechim", "RS"), ("Chapecó", "SC"),
          ("Pomerode", "SC"), ("Cascavel", "PR"), ("Nova Aurora", "PR"), ("Estrela", "RS"), ("Vitória", "ES"),
          ("Linhares", "ES"), ("Boa Vista", "RR"), ("Fortaleza", "CE"), ("Recife", "PE"), ("Campinas", "SP")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL", "RO", "RR", "TO"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Triângulo", "Pirajá", "Santa Luzia",
           "Conjunto Esperança", "Jardim Vitória", "Bela Vista", "Parque das Flores", "Vila Estrela", "Lagoa Seca",
           "Planalto", "Cidade Nova", "Zona Rural", "Conjunto Habitacional Leão Sereno", "Bairro da Luz"]

ISPS = ["Aurora Fibra", "LuzNet Telecom", "Rosa dos Ventos Internet", "Sertão Conecta", "Vale Digital Fibra",
        "Prudente Net", "Estrela Conect", "Amado Telecom", "BentoNet Provedor", "Ibiapina Fibra", "Cariri Link",
        "Sucesso Net", "Torres & Catunda Telecomunicações", "Serra Branca Fibra Óptica"]
CARRIERS = ["Vivo", "Claro", "TIM", "Oi", "Algar", "Sercomtel", "Brisanet", "Surf Telecom", "Correios Celular"]
TOWERCOS = ["Torre Sul Infraestrutura S.A.", "Alto Sinal Torres Ltda.", "Highline do Brasil", "American Tower do Brasil",
            "Vale Sites Compartilhados Ltda.", "Aurora Sites e Torres S.A."]
CONTRACTORS = ["Altura Serviços em Telecom Ltda.", "Escalada Engenharia de Telecom", "Prumo Torres e Antenas ME",
               "Leão Montagens de Torres Ltda.", "Sereno Manutenção de ERBs Ltda.", "Vertical Norte Telecom"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("004", "Banco do Nordeste"),
         ("336", "C6 Bank"), ("290", "PagSeguro")]
PLANS = ["Fibra 300 Mega", "Fibra 500 Mega", "Fibra 1 Giga", "Fibra 200 Mega + Aurora Play", "Rural Rádio 20 Mega",
         "Combo Fibra 600 + Fixo", "Plano Luz 400", "Estrela Família 700 Mega"]
MOBILE_PLANS = ["Controle 25GB", "Pós 50GB Família", "Pré Turbo Semanal", "Controle Flor 15GB", "Pós Essencial 30GB"]
HOSPITALS = ["Hospital Regional do Cariri", "UPA 24h Vila Estrela", "Hospital São Bento", "Santa Casa de Misericórdia",
             "Hospital Municipal Prudente de Morais", "Hospital Regional Dr. Aderbal Catunda", "Pronto-Socorro da Luz"]
CLINICS = ["Clínica OcupaMed", "Centro de Medicina do Trabalho Vitória", "SESMT Integrado Aurora", "Clínica Altura Segura",
           "MedTrab Sertão", "Clínica Rosa Branca de Saúde Ocupacional"]


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

    @staticmethod
    def pd56(addr: str) -> str:
        """The /56 delegated prefix that contains an IPv6 address."""
        return str(ipaddress.IPv6Network(addr + "/56", strict=False))

    def ip6_prefix(self) -> str:
        return f"2804:{self.ri(0x100, 0x7fff):x}:{self.ri(1, 0xffff):x}:{self.hexs(2)}00::/56"

    def ip_cgnat(self) -> str:
        return f"100.{self.ri(64, 127)}.{self.ri(0, 255)}.{self.ri(2, 254)}"

    def ip_priv(self) -> str:
        return self.pick([f"192.168.{self.ri(0, 15)}.{self.ri(1, 254)}", f"10.{self.ri(0, 80)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                          f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"])

    def mac(self, style: str | None = None) -> str:
        b = [self.hexs(2, upper=True) for _ in range(6)]
        style = style or self.pick(["colon", "colon", "dash", "cisco", "lower"])
        if style == "dash":
            return "-".join(b)
        if style == "cisco":
            s = "".join(b).lower()
            return f"{s[:4]}.{s[4:8]}.{s[8:]}"
        if style == "lower":
            return ":".join(b).lower()
        return ":".join(b)

    def ont_sn(self) -> str:
        return self.pick(["ZTEG", "HWTC", "FHTT", "ALCL", "TPLG", "NBEL", "DACM"]) + self.hexs(8, upper=True)

    def imei(self) -> str:
        while True:
            b = self.pick(["35", "35", "86", "01", "49"]) + self.d(12)
            n = b + luhn_dv(b)
            if not cns_ok(n):
                return n

    def imsi(self) -> str:
        while True:
            n = self.pick(["72405", "72406", "72410", "72411", "72402", "72404", "72431", "72432"]) + self.d(10)
            if not cns_ok(n):
                return n

    def iccid(self) -> str:
        b = "8955" + self.pick(["05", "06", "10", "11", "02", "31", "32"]) + self.d(12)
        return b + luhn_dv(b)

    def pppoe(self, p: Person | None = None) -> str:
        if p is None or self.chance(0.4):
            return self.pick([f"cli{self.d(6)}", f"pppoe{self.d(5)}", f"u{self.d(7)}", f"ftth-{self.d(5)}"])
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}{self.d(3)}", f"{f[0]}{l}{self.d(4)}", f"{l}_{f}{self.d(2)}"])

    def cto(self) -> str:
        return f"CTO-{self.up(2)}-{self.ri(1, 99):02d}.{self.ri(1, 16):02d}"

    def site_code(self, uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        return f"{uf}{self.up(3)}{self.ri(1, 999):03d}"

    def rx(self) -> str:
        return f"-{self.ri(14, 27)},{self.d(2)} dBm"

    # ----------------------------------------------------------------- addresses
    def address(self, style: str = "text") -> str:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}", f"bloco {self.pick('ABCD')} apto {self.ri(11, 408)}",
                          "fundos", f"ap. {self.ri(101, 910)}", f"lote {self.ri(1, 40)}", "térreo"])
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

    def rural(self) -> str:
        """A rural property by road and km (a landowner's land)."""
        return self.pick([f"Estrada Vicinal {self.pick(['do Cafundó', 'Aurora-Ipaumirim', 'da Serra Branca', 'dos Cajueiros', 'Linha 40'])}, km {self.ri(1, 30)}",
                          f"Rodovia {self.pick(['CE', 'PB', 'BA', 'MG', 'PR'])}-{self.ri(100, 499)}, km {self.ri(2, 280)}, Sítio {self.pick(['Boa Esperança', 'Flor do Campo', 'Santa Luzia', 'Pau Branco', 'Três Irmãos'])}",
                          f"Estrada Municipal {self.pick(['Bento Torquato', 'do Leão', 'da Pedra Branca', 'Velha de Crato'])}, s/n, km {self.ri(1, 18)}"])

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
        return datetime.date(self.pick([2024, 2025, 2025, 2025, 2026]), self.ri(1, 12), self.ri(1, 28))

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
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

    def money(self, lo: int = 20, hi: int = 5000) -> str:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.06", "8.15", "8.17", "8.05", "8.10", "8.26", "8.16", "8.21", "8.13", "4.05", "4.01"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2020, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"ATD-{self.d(6)}", f"{self.ri(2024, 2026)}/{self.d(6)}",
                          f"{self.d(2)}{self.up(1)}{self.d(8)}"])

    def anatel_protocol(self) -> str:
        return f"{self.ri(2024, 2026)}{self.d(9)}"

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
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(9)}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {self.ri(1000, 29999)}", f"CRO/{uf} {self.ri(1000, 29999)}"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F"
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
    return s[:w].rstrip()


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


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def login(p: Person, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}" + (g.d(2) if g and g.chance(0.5) else "")


def dom_of(company: str) -> str:
    w = [x for x in re.sub(r"[^a-z ]", "", fold(company).lower()).split()
         if x not in ("de", "da", "do", "dos", "ltda", "e", "sa", "me", "telecom", "provedor", "servicos", "em",
                      "telecomunicacoes", "internet")]
    return "".join(w[:2]) + ".com.br"


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


# TEMPLATES_START
# =========================================================================== atendimento


def wan_ip(g: Gen) -> tuple:
    """The subscriber's WAN address as shown on a work order or a screen: public (labelled) or CGNAT/private (not)."""
    r = g.rng.random()
    if r < 0.45:
        return (g.ip_pub(), "IP_ADDRESS")
    if r < 0.6:
        return (g.ip6_pub(), "IP_ADDRESS")
    if r < 0.9:
        return V(g.ip_cgnat())
    return V(g.ip_priv())


def at_ordem_servico(g: Gen) -> Doc:
    """A regional fibre ISP's installation / repair work order, closed by the technician on the tablet."""
    doc = Doc()
    isp = g.pick(ISPS)
    sub = g.person()
    tech = g.person(female=g.chance(0.15))
    helper = g.person(female=False)
    city, uf = g.city()
    kind = g.pick(["INSTALAÇÃO FTTH", "REPARO — SEM SINAL (LOS)", "MUDANÇA DE ENDEREÇO", "REPARO — LENTIDÃO", "TROCA DE EQUIPAMENTO"])
    opened = g.day()
    sched = g.after(opened, 0, 4)
    doc.f("«isp»\nCNPJ «cnpj» · Suporte «sup» · WhatsApp «wa»\n\nORDEM DE SERVIÇO Nº «os»    Tipo: «k»\nAbertura: «ab» por «lg»    "
          "Agendamento: «ag» (turno «tu»)\n\n",
          isp=fold(isp).upper() if g.chance(0.5) else isp, cnpj=(g.any_cnpj(), "BR_CNPJ"),
          sup=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER") if g.chance(0.7) else V("0800 " + g.d(3) + " " + g.d(4)),
          wa=(g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"), os=g.d(6), k=kind, ab=dbr(opened) + " " + g.hm(),
          lg=g.pick(["sac.ana", "atend03", "noc", "bot-whatsapp", login(g.person())]), ag=dbr(sched),
          tu=g.pick(["manhã", "tarde"]))
    fields = [("Assinante", P(g.pick([sub.full, sub.caps, sub.capsf]))),
              ("CPF", (g.cpf(), "BR_CPF")),
              ("Contato", (g.phone(), "PHONE_NUMBER")),
              ("Contato 2", (g.phone(g.pick(["par", "plain", "raw"]), mobile=g.chance(0.6)), "PHONE_NUMBER")),
              ("E-mail", (g.email(sub), "EMAIL_ADDRESS")),
              ("Endereço", (g.address(g.pick(["text", "text", "caps"])), "ADDRESS")),
              ("Bairro / Cidade", V(f"{g.pick(BAIRROS)} / {city}-{uf}")),
              ("CEP", (g.cep(g.chance(0.8)), "BR_CEP")),
              ("Referência", V(g.pick(["casa de muro branco, portão azul", "ao lado do Mercadinho Flor do Vale", "em frente à Igreja da Luz",
                                       "próximo à torre da Claro", "sítio depois da ponte, porteira branca", "prédio rosa, interfone 12"]))),
              ("Plano", V(g.pick(PLANS)))]
    if g.chance(0.35):
        fields.insert(2, ("Nascimento", (g.dob(g.pick(["br", "nopad"]), 1950, 2004), "DATE_OF_BIRTH")))
    if g.chance(0.3):
        fields.pop(3)
    style = g.pick(["box", "dots", "lines"])
    doc.t("DADOS DO ASSINANTE\n")
    kv_block(g, doc, fields, style)
    wan = wan_ip(g)
    tech_fields = [("CTO / porta", V(f"{g.cto()} / {g.ri(1, 16)}")), ("ONT (SN)", V(g.ont_sn())), ("MAC", V(g.mac())),
                   ("Login PPPoE", V(g.pppoe(sub))), ("VLAN", V(str(g.ri(100, 3999)))), ("IP WAN", wan),
                   ("Potência RX", V(g.rx())), ("Drop", V(f"{g.ri(40, 380)} m"))]
    if g.chance(0.4):
        tech_fields.append(("IPv6 (PD)", V(g.ip6_prefix())))
    doc.t("\nDADOS TÉCNICOS\n")
    kv_block(g, doc, tech_fields, style)
    van = g.pick(["Fiat Strada", "Fiat Fiorino", "Renault Kangoo", "VW Saveiro", "moto Honda CG 160", "Peugeot Partner"])
    doc.f("\nEquipe: «t» (mat. T«m») e auxiliar «h» — veículo «v» placa «pl»\n",
          t=P(g.pick([tech.full, tech.short, tech.caps])), m=g.d(4), h=P(g.pick([helper.first, helper.short, helper.nick])), v=van,
          pl=(g.plate(), "LICENSE_PLATE"))
    rec = sub if g.chance(0.45) else g.relative(sub)
    obs = g.pick([
        "Cliente relatou que a luz LOS ficava vermelha após chuva. Caixa de emenda com umidade (sereno), refeita a fusão.",
        "Instalado roteador dual band na sala. Cliente pediu cabo drop branco para acompanhar o forro.",
        "Conector APC danificado por roedor. Substituído. Seria prudente trocar o trecho aéreo na próxima preventiva.",
        "Foi uma vitória passar o cabo pelo eletroduto entupido; usado passa-fio de 30 m.",
        "ONT antiga (comodato) recolhida e devolvida ao estoque. Nova ONT provisionada pelo NOC.",
        "Sinal ok na CTO, perda no pigtail. Feito teste de velocidade: 512/498 Mbps no cabo."])
    doc.f("\nObservações do técnico: «o»\n", o=obs)
    if g.chance(0.3):
        doc.f("Cliente informou que «w» também usa a rede; cadastrada 2ª senha do Wi-Fi.\n",
              w=P(g.pick([g.relative(sub).first, g.relative(sub).nick])))
    doc.f("\nServiço recebido por: «r» — RG «rg» «rel»\nAssinatura coletada no app em «fin» · Geolocalização «lat», «lon»\n",
          r=P(g.pick([rec.full, rec.caps, rec.short])), rg=(g.rg(), "BR_RG"),
          rel="(titular)" if rec is sub else "(" + g.pick(["filho(a)", "cônjuge", "irmão(ã)", "sobrinho(a)"]) + " do titular)",
          fin=ts(g.moments(1, sched, 1, (8, 19))[0], "br"), lat=f"-{g.ri(3, 29)}.{g.d(6)}", lon=f"-{g.ri(35, 60)}.{g.d(6)}")
    return doc


def at_chat(g: Gen) -> Doc:
    """Customer-service chat of an ISP's site: a virtual assistant, then a human agent (timestamps, protocol)."""
    doc = Doc()
    isp = g.pick(ISPS)
    bot = g.pick(["Aurora", "Lumi", "Flor", "Bia", "Zap da Net"])
    c = g.person()
    ag = g.person()
    start = g.moments(1, None, 1, (8, 21))[0]
    moments = [start + datetime.timedelta(seconds=s) for s in sorted(g.sample(range(5, 1800), 20))]
    k = iter(moments)
    doc.f("Chat «id» — «isp» — canal: «cn» — início «st» — protocolo «pr»\nVisitante: IP «ip» · «ua»\n\n", id=g.hexs(10), isp=isp,
          cn=g.pick(["site", "app", "Área do Assinante"]), st=ts(start, "brs"), pr=g.protocol(), ip=wan_ip(g),
          ua=g.pick(["Chrome 124 / Android 14", "Safari / iOS 17", "Firefox 126 / Windows 10", "Samsung Internet 25"]))
    B = f"{bot} (assistente virtual)"

    def line(who: str, msg: str, **kw) -> None:
        doc.t(f"[{ts(next(k), 'hms')}] ")
        if who == "c":
            doc.t("Cliente: ")
        elif who == "a":
            if ag_named:
                doc.e(ag_name, "PERSON")
                doc.t(": ")
            else:
                doc.t("Atendente: ")
        else:
            doc.t(B + ": ")
        doc.f(msg, **kw)
        doc.t("\n")

    ag_name = g.pick([ag.first, ag.short, ag.first])
    ag_named = g.chance(0.35)  # some exports show the agent's name on every line, others only "Atendente"
    topic = g.pick(["vencimento", "endereco", "lentidao", "segunda_via"])
    line("b", f"Oi! Eu sou a {bot}, assistente virtual da {isp}. Para começar, digite o CPF ou CNPJ do titular.")
    if g.chance(0.25):
        line("c", "«x»", x=g.neg_cpf())
        line("b", "Hmm, não encontrei esse documento. Confere pra mim?")
    line("c", "«x»", x=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    line("b", "Encontrei o contrato de «m». Escolha: 1) Financeiro 2) Suporte técnico 3) Falar com atendente",
         m=g.pick([c.first[:2].upper() + "***", c.first.upper()[:3] + "*** " + c.last[0] + "***"]))
    line("c", "3")
    line("b", "Tudo bem! Vou te transferir. Tempo estimado: 4 min.")
    line("a", "Boa tarde, «n»! Meu nome é «a», vou seguir com seu atendimento. Para segurança, confirme a data de nascimento do titular.",
         n=P(c.first), a=P(ag.first))
    line("c", "«d»", d=(g.dob(g.pick(["br", "nopad", "short"]), 1950, 2004), "DATE_OF_BIRTH"))
    if topic == "vencimento":
        line("c", "quero mudar o vencimento pro dia 20, recebo só dia 15. e mandar a fatura pro email «e»", e=(g.email(c), "EMAIL_ADDRESS"))
        line("a", "Feito: vencimento alterado para o dia 20 a partir da próxima fatura (proporcional de R$ «v» na próxima). E-mail de cobrança atualizado.",
             v=g.money(5, 60))
    elif topic == "endereco":
        line("c", "vou me mudar, preciso transferir a internet pra «ad», bairro «b», cep «cep»",
             ad=(g.address(g.pick(["low", "text"])), "ADDRESS"), b=g.pick(BAIRROS).lower(), cep=(g.cep(g.chance(0.6)), "BR_CEP"))
        line("a", "Verifiquei a viabilidade: tem CTO com porta livre na rua. A taxa de mudança é R$ «v». Posso agendar a visita?", v=g.money(50, 150))
        line("c", "pode. quem vai estar lá é minha «r» «x», o número dela é «t»", r=g.pick(["mãe", "esposa", "filha", "vizinha"]),
             x=P(g.pick([g.person(female=True).first, g.person(female=True).full])), t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    elif topic == "lentidao":
        line("c", "a internet ta muito lenta de noite, paguei 500 mega e chega 40. o técnico «t» veio semana passada e nada",
             t=P(g.pick([g.person(female=False).first, g.person().short])))
        line("a", "Vi aqui que sua ONT está com potência de «rx», fora do ideal. Vou abrir uma OS de reparo com prioridade.", rx=g.rx())
    else:
        line("c", "preciso da 2ª via, a fatura não chegou. pode mandar no whatsapp «t»?", t=(g.phone(), "PHONE_NUMBER"))
        line("a", "Enviei agora o PDF e o código Pix copia-e-cola. Lembrando que o pagamento até o vencimento mantém o desconto de pontualidade.")
    if g.chance(0.35):
        line("c", "posso pagar no cartão? o número é «cc» val «vl»", cc=(g.card(g.chance(0.6)), "CREDIT_CARD"), vl=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}")
        line("a", "«n», por segurança não digite dados de cartão no chat 🙏 Vou excluir a mensagem. O pagamento com cartão é pelo link seguro que enviei.",
             n=P(c.first))
    line("c", "ok obrigad" + c.o)
    line("a", "Por nada! Protocolo deste atendimento: «p». Antes de sair, avalie o atendimento de 1 a 5 ⭐", p=g.protocol())
    line("b", "Atendimento encerrado. A " + isp + " agradece!")
    return doc


def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp export between a small ISP's support number and a subscriber with no connection; Pix of an overdue bill."""
    doc = Doc()
    isp = g.pick(ISPS)
    sub = g.person()
    tech = g.person(female=False)
    att = g.person()
    ios = g.chance(0.5)
    day = g.day()
    moments = g.moments(13, day, 2, (7, 22))
    sub_saved = g.chance(0.2)
    ddd, local = g.msisdn()
    sub_num = g.fmt_phone(ddd, local, "wa")
    sub_name = g.pick([sub.short, sub.first, sub.full, sub.nick])
    sub_suffix = g.pick(["", "", " Vizinha", " Casa", " (net)", " 🌻"]) if sub_name in (sub.first, sub.nick) else ""
    biz = isp + g.pick([" Suporte", "", " Atendimento"])
    doc.t(f"Conversa do WhatsApp com {biz}\n")
    it = iter(moments)

    def line(who: str, msg: str, **kw) -> None:
        t = next(it)
        doc.t(ts(t, "waios") + " " if ios else ts(t, "wa") + " - ")
        if who == "s":
            if sub_saved:
                doc.e(sub_name, "PERSON")
                doc.t(sub_suffix)
            else:
                doc.e(sub_num, "PHONE_NUMBER")
        else:
            doc.t(biz)
        doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    line("s", g.pick(["boa noite, to sem internet desde ontem", "oi bom dia, a internet caiu e a luz vermelha ta piscando no aparelho",
                      "Bom dia. Estou sem conexão. Já reiniciei o roteador 3x"]))
    line("b", "Olá! Aqui é «a», do suporte 😊 Me informe o CPF do titular, por favor.", a=P(att.first))
    line("s", "«c» ta no nome do meu «r» «n»", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), r=g.pick(["marido", "pai", "irmão", "filho"]),
         n=P(g.pick([g.person(female=False).full, g.person(female=False).short])))
    line("b", "Localizei. Consta uma fatura em aberto de R$ «v» vencida em «dv», por isso a conexão foi reduzida. Pode pagar por Pix na chave aleatória «k» e me mandar o comprovante?",
         v=g.money(79, 249), dv=dbr(g.after(day, -40, -12)), k=(g.uuid(), "PIX_KEY"))
    line("s", "<Mídia oculta>" if not ios else "‎imagem ocultada")
    line("s", "paguei agora")
    line("b", "Obrigad«o»! Liberação em confiança feita. Se continuar sem sinal, me manda uma foto da etiqueta da ONT.", o=att.o)
    line("s", "continua a luz vermelha. na etiqueta ta SN «sn» e MAC «m»", sn=g.ont_sn(), m=g.mac(g.pick(["colon", "lower"])))
    line("b", "A ONT está sem luz (LOS). Deve ser rompimento na rua. Agendei visita para amanhã. Confirma o endereço: «ad»?",
         ad=(g.address(), "ADDRESS"))
    line("s", g.pick(["isso, casa 2 do lado da padaria Estrela", "sim. pode ligar antes no fixo «t»", "isso"]),
         t=(g.phone(g.pick(["plain", "par"]), mobile=False), "PHONE_NUMBER"))
    line("b", "O técnico «t» vai passar entre 8h e 12h, «v» placa «p».", t=P(g.pick([tech.first, tech.short, tech.nick])),
         v=g.pick(["carro branco", "moto vermelha", "Strada branca", "Fiorino adesivada"]), p=(g.plate(), "LICENSE_PLATE"))
    line("s", *g.pick([("ok obrigada",), ("blz",), ("👍",), ("vou deixar minha vizinha «v» avisada, ela tem a chave",)]),
         v=P(g.pick(["Rosa", "Luz", "Flor", g.person(female=True).first])))
    line("b", "Serviço concluído ✅ Era o cabo drop rompido pelo caminhão da coleta. Qualquer coisa é só chamar! Protocolo «p».", p=g.protocol())
    return doc


def at_portabilidade(g: Gen) -> Doc:
    """Number portability request: JSON from the receiving carrier's API, or the paper form filled in at the store."""
    doc = Doc()
    holder = g.person()
    company = g.chance(0.2)
    donor, receiver = g.sample(CARRIERS, 2)
    day = g.day()
    seller = g.person()
    lines = [g.msisdn() for _ in range(g.pick([1, 1, 2, 3]))]
    if g.chance(0.5):
        doc.f("POST /api/v3/portabilidade/solicitacoes  201 Created  («ms» ms)\nX-Request-Id: «rid»\n\n", ms=g.ri(90, 1400), rid=g.uuid())
        titular = {"tipo": "PJ" if company else "PF", "nome": P(holder.full) if not company else g.pick(ISPS[:4]) + " Comércio Ltda.",
                   "documento": (g.cpf("raw"), "BR_CPF") if not company else (g.cnpj("raw", g.chance(0.3)), "BR_CNPJ"),
                   "data_nascimento": (g.dob("iso", 1950, 2004), "DATE_OF_BIRTH") if not company else None,
                   "email": (g.email(holder), "EMAIL_ADDRESS"),
                   "endereco": {"logradouro": (g.address(), "ADDRESS"), "cep": (g.cep(False), "BR_CEP"), "municipio": g.city()[0]}}
        if company:
            titular["representante"] = {"nome": P(holder.full), "cpf": (g.cpf("raw"), "BR_CPF")}
        obj = {"bilhete": g.d(10), "status": g.pick(["AGENDADA", "EM_ANALISE", "CANCELADA_PELO_DOADOR", "CONCLUIDA"]),
               "doadora": donor, "receptora": receiver,
               "numeros": [(g.fmt_phone(a, b, "cdr"), "PHONE_NUMBER") for a, b in lines],
               "titular": titular,
               "contato_alternativo": (g.phone("e164"), "PHONE_NUMBER"),
               "token_sms": {"enviado_para": (g.fmt_phone(*lines[0], "cdr"), "PHONE_NUMBER"), "validado": g.chance(0.8)},
               "janela": dbr(g.after(day, 2, 5), "iso") + "T00:00/06:00",
               "origem": {"canal": g.pick(["loja", "app", "televendas"]), "ip": (g.ip(), "IP_ADDRESS") if g.chance(0.7) else g.ip_priv(),
                          "pdv": g.pick(["LJ-" + g.d(4), "DEALER-" + g.d(5)])},
               "vendedor": {"nome": P(seller.full), "login": login(seller, g)},
               "iccid_novo": g.iccid()}
        jval(doc, obj, 0)
        doc.f("\n\n-- nota do backoffice («d») --\n", d=dbr(g.after(day, 0, 2)))
        doc.f(g.pick(["Doadora recusou: CPF não confere com o titular da linha (linha está em nome de «x»). Cliente orientad«o» a fazer a troca de titularidade antes.",
                      "Bilhete agendado. «x» pediu que o chip fosse entregue no trabalho; seria prudente confirmar por telefone antes.",
                      "Cliente «x» desistiu após a oferta de retenção da doadora. Cancelado sem custo."]),
              x=P(g.pick([holder.first, g.person().full])), o=holder.o)
        doc.t("\n")
    else:
        city, uf = g.city()
        doc.f("«rc» — SOLICITAÇÃO DE PORTABILIDADE NUMÉRICA\nPDV: «pdv» — «c»/«uf»                Data: «d»\n\n1. TITULAR\n",
              rc=receiver.upper(), pdv=g.pick(["Loja Shopping Estrela", "Quiosque Vitória Center", "Revenda Bento Cell", "Loja Centro"]),
              c=city, uf=uf, d=dbr(day))
        fields = [("Nome / Razão social", P(holder.caps)), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
                  ("Data de nascimento", (g.dob("br", 1950, 2004), "DATE_OF_BIRTH")), ("Endereço", (g.address(), "ADDRESS")),
                  ("CEP", (g.cep(), "BR_CEP")), ("E-mail", (g.email(holder), "EMAIL_ADDRESS")),
                  ("Telefone de contato", (g.phone(), "PHONE_NUMBER"))]
        kv_block(g, doc, fields, g.pick(["lines", "dots"]))
        doc.f("\n2. NÚMERO(S) A PORTAR (operadora doadora: «dn»)\n", dn=donor)
        for a, b in lines:
            doc.t("   [x] ")
            doc.e(g.fmt_phone(a, b, g.pick(["par", "plain"])), "PHONE_NUMBER")
            doc.f("   plano destino: «p»\n", p=g.pick(MOBILE_PLANS))
        proxy = g.chance(0.4)
        if proxy:
            pr = g.relative(holder)
            doc.f("\n3. PROCURADOR(A)\n«n» — RG «rg» — CPF «cpf» (procuração particular com firma reconhecida, anexa)\n",
                  n=P(pr.full), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"))
        doc.f("\nDeclaro ser o titular das linhas acima e estar ciente de que a portabilidade ocorre em até 3 dias úteis (Resolução Anatel nº 765/2023), "
              "com até 6 horas de interrupção na janela de migração.\n\nAtendente: «s» (login «l»)    Bilhete nº «b»\n",
              s=P(g.pick([seller.full, seller.short])), l=login(seller, g), b=g.d(10))
    return doc


def at_prepago(g: Gen) -> Doc:
    """Fixed-width report of prepaid SIM registrations from a carrier's validation system, with a dealer's notes."""
    doc = Doc()
    carrier = g.pick(CARRIERS[:5])
    day = g.day()
    pdv = g.pick(["BANCA ESTRELA DO NORTE", "REVENDA BENTO CELL", "MERCADINHO FLOR DO VALE", "LOJA AMADO CELULARES",
                  "PAPELARIA AURORA", "FARMACIA LUZ"])
    doc.f("«c» — CADASTRO PRÉ-PAGO — RELATÓRIO DE ATIVAÇÕES POR PDV\nPDV: «p» (cód. «pc»)   Período: «d1» a «d2»   Emitido por: «lg»\n\n",
          c=carrier.upper(), p=pdv, pc=g.d(5), d1=dbr(day), d2=dbr(g.after(day, 1, 6)), lg=g.pick(["rel_batch", "dealer." + g.d(4), "sistema"]))
    widths = [13, 20, 28, 14, 10, 22]
    heads = ["MSISDN", "ICCID", "NOME", "DOCUMENTO", "NASC", "STATUS"]
    doc.t(" ".join(h.ljust(w) for h, w in zip(heads, widths)).rstrip() + "\n")
    doc.t(" ".join("-" * w for w in widths) + "\n")
    n = g.ri(4, 6)
    notes_people = []
    for _ in range(n):
        p = g.person()
        a, b = g.msisdn()
        doc.cell(g.fmt_phone(a, b, "raw"), widths[0], "PHONE_NUMBER")
        doc.t(" ")
        doc.cell(g.iccid(), widths[1])
        doc.t(" ")
        name = cut(g.pick([p.capsf, p.capsf, p.inverted]), widths[2])
        doc.cell(name, widths[2], "PERSON")
        doc.t(" ")
        r = g.rng.random()
        if r < 0.72:
            notes_people.append(p)
            doc.cell(g.cpf(), widths[3], "BR_CPF")
            st = g.pick(["VALIDADO", "VALIDADO", "VALIDADO", "VALIDADO BIOMETRIA"])
        elif r < 0.87:
            doc.cell(g.neg_cpf(), widths[3])
            st = "REJEITADO CPF INVALIDO"
        else:
            doc.cell("RNM " + g.up(1) + g.d(6) + g.up(1), widths[3])  # foreigner's registration card: not labelled
            st = "PENDENTE DOC ESTRANG."
        doc.t(" ")
        if g.chance(0.85):
            doc.cell(g.dob(g.pick(["br", "br", "short"]), 1945, 2007), widths[4], "DATE_OF_BIRTH")
        else:
            doc.cell("--", widths[4])
        doc.t(" ")
        doc.t(st + "\n")
    doc.f("\nTotal: «n» ativações · «r» rejeitadas\n\nOBSERVAÇÕES DO PDV\n", n=n, r=g.ri(0, 2))
    while len(notes_people) < 2:
        notes_people.append(g.person())  # a customer served at the counter whose line is not in this page
    p1, p2 = g.sample(notes_people, 2)
    doc.f("- Linha de «a» recadastrada: cliente tinha digitado o CPF errado («w»); conferido com o RG «rg» apresentado no balcão.\n",
          a=P(g.pick([p1.full, p1.first + " " + p1.last])), w=g.neg_cpf(), rg=(g.rg(), "BR_RG"))
    doc.f("- «b» comprou dois chips, um para a filha menor; orientad«o» que o cadastro deve ficar no nome do responsável. Contato: «t».\n",
          b=P(p2.short), o=p2.o, t=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        v = g.person(origin=g.pick(["ve", "ht", "bo", "py"]))
        doc.f("- Cliente «v» apresentou protocolo de refúgio; aguardando o RNM para liberar. Fala pouco português, atendid«o» pela «s».\n",
              v=P(v.full), o=v.o, s=P(g.pick([g.person(female=True).first, g.person(female=True).short])))
    doc.f("\nConferido: «c» — supervisor(a) de canais indiretos · «e»\n", c=P((sv := g.person()).full),
          e=(corp_mail(sv, dom_of(carrier + " parceiros")), "EMAIL_ADDRESS"))
    return doc


def at_anatel(g: Gen) -> Doc:
    """A complaint registered at Anatel Consumidor and the provider's answer, with the consumer's evaluation."""
    doc = Doc()
    isp = g.pick(ISPS + CARRIERS[:4])
    c = g.person()
    day = g.day()
    city, uf = g.city()
    mobile = isp in CARRIERS
    tech = g.person(female=False)
    rep = g.person()
    doc.f("ANATEL CONSUMIDOR — Reclamação nº «n»\nPrestadora: «p»    Serviço: «s»    Motivo: «m»\nAberta em «d» · Prazo de resposta: 10 dias\n\n",
          n=g.anatel_protocol(), p=isp, s="Telefonia Móvel Pós-Paga" if mobile else "Banda Larga Fixa",
          m=g.pick(["Cobrança — valor indevido", "Reparo — prazo", "Cancelamento — multa", "Qualidade — velocidade"]), d=dbr(day))
    fields = [("Nome", P(c.full)), ("CPF", (g.cpf(), "BR_CPF")), ("E-mail", (g.email(c), "EMAIL_ADDRESS")),
              ("Telefone para contato", (g.phone(), "PHONE_NUMBER"))]
    if mobile:
        fields.append(("Número do acesso", (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")))
    else:
        fields.append(("Código do assinante", V(g.d(7))))
        fields.append(("Endereço da instalação", (g.address(), "ADDRESS")))
    fields.append(("Município/UF", V(f"{city}/{uf}")))
    if g.chance(0.5):
        fields.append(("CEP", (g.cep(), "BR_CEP")))
    doc.t("DADOS DO CONSUMIDOR\n")
    kv_block(g, doc, fields, "lines")
    p1, p2 = g.protocol(), g.protocol()
    extras = [("", {}), ("Quero o cancelamento sem multa e o ressarcimento em dobro (Lei 8.078/1990, art. 42).", {}),
              ("Tenho home office e foi uma vitória conseguir trabalhar esta semana.", {}),
              ("A linha está no nome da minha «rel», «tit», que autorizou a reclamação.",
               {"rel": g.pick(["mãe", "esposa", "avó"]), "tit": P(g.person(female=True).full)})]
    ex, exkw = g.pick(extras)
    doc.f("\nRELATO\nDesde «d1» «prob». Abri os protocolos «p1» e «p2» na prestadora. O técnico «t» veio em «d2», disse que o problema era "
          "\"na rede\" e foi embora sem resolver. Continuo pagando R$ «v» por mês. Já liguei no «sac» diversas vezes." + (" " + ex if ex else "") + "\n\n",
          d1=dbr(g.after(day, -30, -8)), p1=p1, p2=p2, t=P(g.pick([tech.first, tech.short])), d2=dbr(g.after(day, -7, -1)), v=g.money(69, 299),
          prob=g.pick(["a internet cai todas as noites", "recebo cobrança de serviço que não contratei (Aurora Play)",
                       "cancelei e continuam cobrando a multa de fidelidade", "a velocidade não passa de 10% do contratado"]),
          sac=g.pick(["0800 " + g.d(3) + " " + g.d(4), "*144", "1052", "103 15"]), **exkw)
    rdate = g.after(day, 3, 10)
    doc.f("RESPOSTA DA PRESTADORA («rd»)\nPrezad«o» Sr«a». «n», agradecemos o contato. ", rd=dbr(rdate), o=c.o, a="a" if c.female else "",
          n=P(g.pick([c.full, c.short])))
    doc.f(g.pick(["Identificamos oscilação no equipamento da sua região (OLT «olt»), corrigida em «d». Concedemos crédito de R$ «v» na próxima fatura. ",
                  "O serviço Aurora Play foi cancelado e o valor de R$ «v» será estornado em dobro na fatura de «mes». ",
                  "Conforme a Resolução Anatel nº 765/2023, a multa de fidelidade não é devida quando há falha na prestação; cancelamos a cobrança de R$ «v». "]),
          olt=f"OLT-{g.up(3)}-{g.ri(1, 9):02d}", d=dbr(g.after(rdate, -3, -1)), v=g.money(20, 600), mes=MONTHS[rdate.month % 12])
    doc.f("Em contato telefônico no número «t», em «dt», a solução foi confirmada «x».\nAtenciosamente,\n«r» — Ouvidoria «p»\n\n",
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), dt=dbr(rdate), x=g.pick(["pel" + c.o + " titular", "com o(a) titular"]),
          r=P(g.pick([rep.full, rep.short])), p=isp)
    doc.f("AVALIAÇÃO DO CONSUMIDOR\nResolvida: «r»   Satisfação: «s»/5\nComentário: «c»\n", r=g.pick(["Sim", "Não", "Parcialmente"]),
          s=g.ri(1, 5), c=g.pick(["O crédito apareceu, mas ninguém me ligou.", "Resolveram depois da Anatel, claro.",
                                  "A luz da ONT continua apagando às vezes.", "Seria prudente a empresa avisar antes das manutenções.", "-"]))
    return doc


def stt_digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def at_transcricao(g: Gen) -> Doc:
    """Speech-to-text transcript (lower case, no accents) of a call to a mobile carrier's call centre."""
    doc = Doc()
    carrier = g.pick(CARRIERS[:6])
    ag = g.person()
    c = g.person()
    lo = lambda s: fold(s).lower()  # noqa: E731
    doc.f("[transcricao automatica | «c» | central de relacionamento | chamada «id» | duracao «mm»:«ss» | fila «f» | agente «lg»]\n\n",
          c=lo(carrier), id=g.hexs(12), mm=f"{g.ri(3, 19):02d}", ss=f"{g.ri(0, 59):02d}",
          f=g.pick(["cancelamento", "contas", "bloqueio_roubo", "segunda_via"]), lg=login(ag, g))
    A, C = "agente: ", "cliente: "
    doc.f(A + "«car» boa tarde meu nome e «a» com quem eu falo\n", car=lo(carrier), a=P(lo(ag.first)))
    doc.f(C + "aqui e «n»\n", n=P(lo(g.pick([c.full, c.short, c.first]))))
    doc.f(A + "e sobre qual numero senhor«a»\n" + C + "o numero e «t»\n", a="a" if c.female else "", t=(g.phone("stt"), "PHONE_NUMBER"))
    doc.f(A + "pra confirmar o cpf do titular\n" + C + "«cpf»\n", cpf=(g.cpf("sp"), "BR_CPF"))
    doc.f(A + "e a data de nascimento\n" + C + "«d»\n", d=(lo(g.dob(g.pick(["low", "br", "nopad"]), 1950, 2004)), "DATE_OF_BIRTH"))
    case = g.pick(["roubo", "cancel", "conta"])
    if case == "roubo":
        doc.f(C + "roubaram meu celular ontem na saida do ponto quero bloquear a linha e o aparelho\n"
              + A + "sinto muito vou bloquear a linha agora o imei do aparelho consta aqui «imei» o bloqueio do imei precisa do numero do boletim de ocorrencia\n"
              + C + "o b o e «bo»\n" + A + "registrado a linha fica suspensa sem cobranca por 120 dias pra recuperar o numero e so ir numa loja com documento\n",
              imei=" ".join(re.findall(r".{1,5}", g.imei())), bo=" ".join(g.d(3) for _ in range(3)) + " " + str(g.ri(2024, 2026)))
    elif case == "cancel":
        doc.f(C + "eu quero cancelar o plano vou me mudar pra «city»\n" + A + "posso te oferecer o «pl» com cinquenta por cento de desconto por seis meses\n"
              + C + "nao obrigad«o» so cancela\n" + A + "o senhor tem fidelidade ate «mes» a multa proporcional fica em «v» reais\n"
              + C + "mas eu tenho email do «x» que atendeu dizendo que nao tinha multa\n",
              city=lo(g.city()[0]), pl=lo(g.pick(MOBILE_PLANS)), o=c.o, mes=lo(MONTHS[g.ri(0, 11)]) + " de " + str(g.ri(2025, 2027)),
              v=g.ri(40, 600), x=P(lo(g.pick([g.person().first, g.person().short]))))
    else:
        doc.f(C + "minha conta veio com ligacao pra um numero que eu nao conheco o «t»\n"
              + A + "verifiquei e um servico de terceiro cobrado em conta vou cancelar e gerar o credito de «v» reais\n",
              t=(g.phone("stt"), "PHONE_NUMBER"), v=g.ri(9, 90))
    doc.t(A + "pra receber o protocolo por sms pode ser nesse mesmo numero ou prefere outro\n" + C)
    if g.chance(0.5):
        doc.f("manda pro da minha «r» «t»\n", r=g.pick(["filha", "esposa", "irma", "mae"]), t=(g.phone("stt"), "PHONE_NUMBER"))
    else:
        doc.t("pode ser nesse\n")
    doc.f(A + "o endereco de cobranca continua «ad» cep «cep»\n" + C + "«ok»\n",
          ad=(g.address("stt"), "ADDRESS"), cep=((c8 := g.cep(False))[:5] + " " + c8[5:], "BR_CEP") if g.chance(0.4) else (g.cep(False), "BR_CEP"),
          ok=g.pick(["isso", "isso mesmo", "nao agora e na casa da minha filha"]))
    doc.f(A + "o protocolo e «p» a «car» agradece a ligacao\n\n[fim | confianca media 0,8«k» | sentimento: «s» | revisao: «r»]\n",
          p=" ".join(g.d(3) for _ in range(4)), car=lo(carrier), k=g.d(1), s=g.pick(["negativo", "neutro", "neutro"]),
          r=g.pick(["nao revisado", "qa_" + g.d(3), login(g.person())]))
    return doc


AT = [at_ordem_servico, at_chat, at_whatsapp, at_portabilidade, at_prepago, at_anatel, at_transcricao]


# =========================================================================== juridico

PROFS_F = ["professora", "comerciante", "enfermeira", "servidora pública", "agricultora", "autônoma", "do lar", "aposentada",
           "vendedora", "técnica em enfermagem", "costureira"]
PROFS_M = ["comerciante", "motorista", "professor", "agricultor", "eletricista", "autônomo", "aposentado", "pedreiro",
           "servidor público", "mecânico", "vaqueiro"]
JUDGE_T = {True: "Dra.", False: "Dr."}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = True, dob: bool = False, rg: bool = True, email: bool = True,
            addr: bool = True, phone: bool = False, civil: str | None = None) -> None:
    """Qualification of a natural person in a petition, a contract or minutes."""
    city, uf = g.city()
    doc.f("«n», «nac», «ec», «prof», ", n=P(p.caps if caps else p.full), nac="brasileira" if p.female else "brasileiro",
          ec=civil or (g.pick(["casad", "solteir", "divorciad", "viúv"]) + p.o), prof=g.pick(PROFS_F if p.female else PROFS_M))
    if dob:
        doc.f("nascid«o» em «d», ", o=p.o, d=(g.dob(g.pick(["br", "long"]), 1945, 2003), "DATE_OF_BIRTH"))
    if rg:
        doc.f("portador«a» do RG nº «rg» «org», ", a="a" if p.female else "", rg=(g.rg(), "BR_RG"),
              org=g.pick(["SSP/" + uf, "SSPDS/" + uf, "SSP-" + uf, "PC/" + uf]))
    doc.f("inscrit«o» no CPF sob o nº «cpf»", o=p.o, cpf=(g.cpf(), "BR_CPF"))
    if addr:
        doc.f(", residente e domiciliad«o» na «ad», «b», «city»/«uf», CEP «cep»", o=p.o, ad=(g.address(), "ADDRESS"),
              b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    if email:
        doc.f(", e-mail «e»", e=(g.email(p), "EMAIL_ADDRESS"))
    if phone:
        doc.f(", telefone «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))


def radius_block(g: Gen, doc: Doc, when: datetime.datetime, user: str, framed: tuple, nas: str) -> None:
    """A FreeRADIUS 'detail' accounting record (Start)."""
    doc.f("«t»\n\tAcct-Status-Type = Start\n\tUser-Name = \"«u»\"\n\tFramed-IP-Address = «ip»\n\tNAS-IP-Address = «nas»\n"
          "\tCalling-Station-Id = \"«mac»\"\n\tAcct-Session-Id = \"«sid»\"\n",
          t=ts(when, "radius"), u=user, ip=framed, nas=nas, mac=g.mac("colon"), sid=g.hexs(8, upper=True))


def ju_marco_civil(g: Gen) -> Doc:
    """A court order under the Marco Civil (art. 22) for the subscriber behind IPs, ports and timestamps, and the ISP's answer with log extracts."""
    doc = Doc()
    isp = g.pick(ISPS)
    city, uf = g.city()
    judge = g.person()
    clerk = g.person()
    victim = g.person()
    crim = g.chance(0.5)
    day = g.day()
    rq = V("Ministério Público do Estado") if crim and g.chance(0.5) else P(g.pick([victim.caps, victim.full]))
    cnj = g.cnj()
    of = g.ri(10, 999)
    doc.f("PODER JUDICIÁRIO DO ESTADO — COMARCA DE «c»/«uf»\n«v»\nProcesso nº «cnj»\nClasse: «cl»\nRequerente: «rq»\n\n"
          "OFÍCIO Nº «of»/«y» — SEJUD\n\nÀ «isp»\nCNPJ «cnpj» — juridico@«dom»\n\nSenhor(a) Representante Legal,\n\n",
          c=fold(city).upper(), uf=uf,
          v=g.pick(["2ª Vara Criminal", "Vara Única", "Vara Criminal"] if crim else ["Vara Única", "1ª Vara Cível", "3ª Vara Cível"]),
          cnj=cnj, cl="Pedido de Quebra de Sigilo de Dados Telemáticos" if crim else "Procedimento Comum Cível — Tutela de Urgência",
          rq=rq, of=of, y=day.year, isp=isp.upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"), dom=dom_of(isp))
    items = []
    moments = g.moments(g.ri(2, 3), g.after(day, -60, -10), 20)
    for t in moments:
        v6 = g.chance(0.25)
        items.append((t, g.ip6_pub() if v6 else g.ip_pub(), None if v6 else g.ri(1024, 65535), v6))
    doc.f("Por ordem d«a» MM. «jz» de Direito «tj» «j», nos autos em epígrafe, com fundamento nos arts. 10, 13 e 22 da Lei 12.965/2014 "
          "(Marco Civil da Internet), REQUISITO que, no prazo de 10 (dez) dias, Vossa Senhoria forneça os dados cadastrais (nome completo, "
          "CPF, endereço, telefones e e-mails) do(s) assinante(s) ao(s) qual(is) estavam atribuídos os endereços IP abaixo, nas datas e "
          "horários indicados (GMT-3), com as respectivas portas lógicas de origem:\n\n",
          a="a" if judge.female else "o", jz="Juíza" if judge.female else "Juiz", tj=JUDGE_T[judge.female], j=P(judge.full))
    for k, (t, ip, port, v6) in enumerate(items):
        doc.f("  «k») «ip»«pt» — «t»\n", k=k + 1, ip=(ip, "IP_ADDRESS"), pt="" if port is None else f" — porta {port}", t=ts(t, "brs"))
    doc.f("\nAs informações devem ser prestadas sob sigilo, advertindo-se que o descumprimento sujeita o destinatário às sanções do art. 12 da "
          "mesma lei.\n\n«c», «d».\n\n«cl»\nDiretor«a» de Secretaria — por ordem do MM. Juiz\n\n",
          c=city, d=dbr(day, "long"), cl=P(clerk.full), a="a" if clerk.female else "")
    # ---- the ISP's answer
    lawyer = g.person()
    doc.f("——— RESPOSTA ———\n«isp» — Departamento Jurídico\nRef.: Ofício nº «of» — Processo «cnj2»\n\nEm cumprimento, informamos:\n\n",
          isp=isp, of=f"{of}/{day.year}", cnj2=cnj)
    nas = g.ip_priv()
    for k, (t, ip, port, v6) in enumerate(items):
        sub = g.person()
        found = k == 0 or g.chance(0.8)
        if not found:
            doc.f("Item «k» — o endereço «ip» não pertence aos blocos atribuídos a esta empresa («as»); sugere-se oficiar o registro.br para "
                  "identificação do sistema autônomo responsável.\n\n", k=k + 1, ip=(ip, "IP_ADDRESS"), **{"as": f"AS{g.ri(26000, 270000)}"})
            continue
        cg = not v6 and g.chance(0.55)
        inside = g.ip_cgnat()
        doc.f("Item «k» — ", k=k + 1)
        if cg:
            lo = port - port % 512
            doc.f("o IP público «ip», porta «pt», estava atribuído via CGNAT (bloco de portas «p1»-«p2») ao endereço interno «in», em sessão "
                  "PPPoE do assinante abaixo.\n", ip=(ip, "IP_ADDRESS"), pt=port, p1=lo, p2=lo + 511, **{"in": inside})
        elif v6:
            doc.f("o endereço «ip» pertence ao prefixo «pf» delegado (DHCPv6-PD) ao assinante abaixo.\n", ip=(ip, "IP_ADDRESS"),
                  pf=g.pd56(ip))
        else:
            doc.f("o IP «ip» estava atribuído de forma dinâmica ao assinante abaixo.\n", ip=(ip, "IP_ADDRESS"))
        fields = [("Assinante", P(g.pick([sub.caps, sub.full]))), ("CPF", (g.cpf(), "BR_CPF")),
                  ("Endereço de instalação", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
                  ("Telefones", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(sub), "EMAIL_ADDRESS")),
                  ("Cliente desde", V(g.date("br", g.ri(2016, 2024))))]
        if g.chance(0.3):
            fields.insert(2, ("Data de nascimento", (g.dob("br", 1950, 2003), "DATE_OF_BIRTH")))
        for kk, vv in fields:
            doc.t(f"   {kk}: ")
            doc.e(*vv)
            doc.t("\n")
        user = g.pppoe(sub)
        doc.t("   Extrato do log:\n")
        style = g.pick(["radius", "nat", "mk"])
        if style == "radius" or v6:
            framed = V(inside) if (cg or v6) else (ip, "IP_ADDRESS")
            radius_block(g, doc, t - datetime.timedelta(seconds=g.ri(600, 40000)), user, framed, nas)
            if v6:
                doc.f("\tDelegated-IPv6-Prefix = «pf»\n", pf=g.pd56(ip))
            if cg:
                doc.f("   «t» cgnat01 NAT44 ADD inside=«in» outside=«ip» ports=«p1»-«p2»\n", t=ts(t - datetime.timedelta(seconds=g.ri(60, 600)), "sql"),
                      ip=(ip, "IP_ADDRESS"), p1=port - port % 512, p2=port - port % 512 + 511, **{"in": framed[0]})
        elif style == "nat" and cg:
            doc.f("   «t» bras-«b» pppoe: user=«u» session up, ip=«in»\n   «t2» cgnat01 NAT44 ADD inside=«in» outside=«ip» ports=«p1»-«p2»\n",
                  t=ts(t - datetime.timedelta(seconds=g.ri(600, 9000)), "sql"), b=g.ri(1, 4), u=user, **{"in": inside},
                  t2=ts(t - datetime.timedelta(seconds=g.ri(1, 500)), "sql"), ip=(ip, "IP_ADDRESS"), p1=port - port % 512, p2=port - port % 512 + 511)
        else:
            t0 = t - datetime.timedelta(seconds=g.ri(600, 9000))
            mk = f"{MON_EN[t0.month - 1].lower()}/{t0.day:02d}/{t0.year} {t0.strftime('%H:%M:%S')}"
            doc.f("   «m» pppoe,ppp,info <pppoe-«u»>: authenticated\n   «m» pppoe,ppp,info <pppoe-«u»>: connected (remote-address «ip», "
                  "caller-id «mac»)\n", m=mk, u=user, ip=V(inside) if cg else (ip, "IP_ADDRESS"), mac=g.mac())
        doc.t("\n")
    doc.f("Os registros de conexão são mantidos por 1 (um) ano, nos termos do art. 13 da Lei 12.965/2014. Não guardamos registros de acesso "
          "a aplicações.\n\n«l»\n«oab» — Coordenador«a» Jurídic«o»\n", l=P(lawyer.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          a="a" if lawyer.female else "", o=lawyer.o)
    return doc


def ju_requisicao_policial(g: Gen) -> Doc:
    """An OCR'd police requisition of subscriber data for phone lines (golpe do falso parente) and the carrier's reply table."""
    doc = Doc()
    carrier = g.pick(CARRIERS[:5])
    city, uf = g.city()
    dele = g.person()
    esc = g.person()
    vic = g.person()
    day = g.day()
    O = lambda s: ocr(s, g, 0.3)  # noqa: E731
    doc.f("«h1»\n«h2»\n«h3»\n\n«of» — «ipl»\n\n«to»\n«ass»\n\n",
          h1=O("SECRETARIA DA SEGURANÇA PÚBLICA"), h2=O(f"POLÍCIA CIVIL DO ESTADO — {fold(city).upper()}/{uf}"),
          h3=O("Delegacia de Repressão aos Crimes Cibernéticos"), of=f"Ofício nº {g.ri(100, 9999)}/{day.year}",
          ipl=f"IP nº {g.ri(100, 999)}-{g.d(5)}/{day.year}", to=O(f"À {carrier} — Setor de Atendimento a Autoridades"),
          ass=O("Assunto: Requisição de dados cadastrais (art. 10, § 3º, da Lei 12.965/2014 e art. 15 da Lei 12.850/2013)"))
    doc.t(O("Senhor(a) Responsável,\n\nNo interesse do inquérito policial em epígrafe, instaurado para apurar crime de estelionato praticado contra "))
    doc.e(O(g.pick([vic.full, vic.caps])), "PERSON")
    doc.t(O(", REQUISITO, no prazo de 5 (cinco) dias, os dados cadastrais (nome, filiação, CPF e endereço) dos titulares das linhas abaixo, "
            "bem como a data de ativação e eventual portabilidade:\n\n"))
    lines = [g.msisdn() for _ in range(g.ri(2, 4))]
    for a, b in lines:
        doc.t("   ")
        doc.e(g.fmt_phone(a, b, g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER")
        doc.t("\n")
    doc.f("\n«tx» «d».\n\n«n»\n«t»\n«mat»\n\n", tx=O("Atenciosamente,"), d=O(f"{city}, {dbr(day, 'long')}"),
          n=P(O(g.pick([dele.full, dele.caps]))), t=O("Delegad" + dele.o + " de Polícia Civil"), mat=f"Mat. {g.d(6)}-{g.d(1)}")
    doc.f("Escrivã(o): «e»\n\n", e=P(O(esc.full)))
    # ---- reply
    an = g.person()
    doc.f("— RESPOSTA «c» — Protocolo «p» — «d» —\n", c=carrier.upper(), p=g.protocol(), d=dbr(g.after(day, 1, 5)))
    rows = []
    for a, b in lines:
        r = g.rng.random()
        num = V(g.fmt_phone(a, b, "raw"))
        num = (num[0], "PHONE_NUMBER")
        if r < 0.65:
            p = g.person()
            rows.append([num, P(cut(p.capsf, 30)), (g.cpf(), "BR_CPF"), (g.address("caps"), "ADDRESS"),
                         V(g.date("br", g.ri(2019, 2025))), V(g.pick(["PRE-PAGO", "CONTROLE", "POS"]))])
        elif r < 0.8:
            rows.append([num, V(cut(fold(g.pick(ISPS[:6])).upper() + " ME", 30)), (g.cnpj(), "BR_CNPJ"), V("-"),
                         V(g.date("br", g.ri(2019, 2025))), V("POS PJ")])
        else:
            rows.append([num, V("PORTADA PARA " + g.pick([c for c in CARRIERS[:5] if c != carrier]).upper()), V("-"), V("-"),
                         V(g.date("br", g.ri(2023, 2025))), V("-")])
    table_ruled(doc, ["LINHA", "TITULAR", "CPF/CNPJ", "ENDERECO", "ATIVACAO", "TIPO"], rows, g.pick(["plus", "psql", "plain"]))
    doc.f("\nFiliação (linhas pré-pagas): «m»; demais titulares sem filiação no cadastro.\nObs.: cadastro pré-pago validado na base da "
          "Receita Federal; a operadora não dispõe de conteúdo de comunicações.\n\n«a» — Analista de Atendimento a Autoridades — «e»\n",
          m=P(g.person(female=True).full), a=P(an.full), e=(corp_mail(an, dom_of(carrier)), "EMAIL_ADDRESS"))
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """A subscriber's LGPD access request (art. 18) by e-mail and the DPO's answer with the JSON export of the data held."""
    doc = Doc()
    isp = g.pick(ISPS)
    dom = dom_of(isp)
    c = g.person()
    dpo = g.person()
    day = g.day()
    ce = g.email(c)
    doc.f("De: «n» <«e»>\nPara: privacidade@«dom»\nData: «d»\nAssunto: Solicitação de acesso aos meus dados — LGPD art. 18\n\n"
          "Boa tarde. «n2»CPF «cpf», titular do contrato «ct». Com base no art. 18, incisos I, II e VII, da Lei 13.709/2018, "
          "solicito a confirmação do tratamento, a cópia dos meus dados pessoais e a lista das empresas com quem foram compartilhados. "
          "«x»\n\nAtenciosamente,\n«n3»\n«t»\n\n",
          n=P(c.full), e=(ce, "EMAIL_ADDRESS"), dom=dom, d=dbr(day) + " " + g.hm(), n2="" if g.chance(0.5) else "Sou " + g.pick([c.full, c.short]) + ", ", cpf=(g.cpf(), "BR_CPF"),
          ct=g.d(6), n3=P(g.pick([c.first, c.short])), t=(g.phone(), "PHONE_NUMBER"),
          x=g.pick(["Quero também saber por que recebi ligação de outra empresa oferecendo internet logo depois da instalação.",
                    "Peço ainda os registros de conexão do meu login, pois suspeito que alguém usou minha rede.", ""]))
    rd = g.after(day, 3, 14)
    doc.f("De: «dn» <dpo@«dom»>\nPara: «e»\nData: «d»\nAssunto: RE: Solicitação de acesso aos meus dados — LGPD art. 18\n\n"
          "Prezad«o» «n», em atenção ao seu pedido (protocolo LGPD-«p»), segue o relatório dos dados pessoais tratados pela «isp». "
          "Registros de conexão são guardados por 1 ano (Marco Civil, art. 13) e só são fornecidos mediante ordem judicial (art. 10, § 1º); "
          "abaixo, apenas o resumo das sessões.\n\n",
          dn=P(dpo.full), dom=dom, e=(ce, "EMAIL_ADDRESS"), d=dbr(rd) + " " + g.hm(), o=c.o, n=P(c.first), p=g.d(6), isp=isp)
    pay = g.pick(["debito", "cartao", "boleto", "pix"])
    if pay == "debito":
        pag = {"forma": "debito_automatico", "banco": g.pick(BANKS)[0], "agencia": (g.agency(False), "BANK_ACCOUNT"),
               "conta": (g.account(), "BANK_ACCOUNT")}
    elif pay == "cartao":
        pag = {"forma": "cartao_recorrente", "cartao": g.masked_card(), "bandeira": g.pick(["visa", "master", "elo"])}
    else:
        pag = {"forma": pay}
    sessions = []
    for t in g.moments(g.ri(2, 3), g.after(rd, -30, -5), 20):
        cg = g.chance(0.4)
        sessions.append({"inicio": ts(t, "iso"), "fim": ts(t + datetime.timedelta(seconds=g.ri(600, 90000)), "iso"),
                         "ip": g.ip_cgnat() if cg else (g.ip_pub(), "IP_ADDRESS"), "ipv6_pd": g.ip6_prefix(),
                         "nat_publico": (g.ip_pub(), "IP_ADDRESS") if cg else None})
    obj = {"titular": {"nome": P(c.full), "cpf": (g.cpf("raw"), "BR_CPF"), "rg": (g.rg("raw"), "BR_RG"),
                       "nascimento": (g.dob("iso", 1950, 2004), "DATE_OF_BIRTH"), "emails": [(ce, "EMAIL_ADDRESS")],
                       "telefones": [(g.phone("e164"), "PHONE_NUMBER"), (g.phone("e164", mobile=g.chance(0.5)), "PHONE_NUMBER")]},
           "enderecos": [{"tipo": "instalacao", "logradouro": (g.address(), "ADDRESS"), "cep": (g.cep(False), "BR_CEP")}],
           "contrato": {"plano": g.pick(PLANS), "login_pppoe": g.pppoe(c), "ont_sn": g.ont_sn(), "ativacao": g.date("iso", g.ri(2018, 2024))},
           "pagamento": pag,
           "acessos_app": [{"data": ts(t, "iso"), "ip": (g.ip(), "IP_ADDRESS"), "dispositivo": g.pick(["Android 14", "iOS 17.4", "Windows/Chrome"])}
                           for t in g.moments(g.ri(1, 2), g.after(rd, -20, -1), 10)],
           "sessoes_resumo": sessions,
           "compartilhamentos": g.sample(["Serasa Experian (cobrança)", "Boa Vista SCPC", "gateway de pagamento", "NIC.br (SIMET)",
                                          "empresa de instalação terceirizada"], 2),
           "consentimentos": {"marketing_whatsapp": g.chance(0.5), "pesquisa_satisfacao": True}}
    if g.chance(0.4):
        obj["enderecos"].append({"tipo": "cobranca", "logradouro": (g.address(), "ADDRESS"), "cep": (g.cep(False), "BR_CEP")})
    jval(doc, obj, 0)
    doc.f("\n\nQuanto à ligação de outra empresa: não compartilhamos cadastro para fins comerciais; o técnico terceirizado «t» teve acesso "
          "apenas ao endereço da instalação. Caso queira, a ANPD pode ser acionada.\n\n«d»\nEncarregad«o» pelo Tratamento de Dados Pessoais — «isp»\n",
          t=P(g.pick([g.person().full, g.person().short])), d=P(dpo.full), o=dpo.o, isp=isp)
    return doc


def ju_peticao(g: Gen) -> Doc:
    """Initial petition at a small-claims court: unlawful loyalty fine and credit-bureau listing by an ISP or carrier."""
    doc = Doc()
    isp = g.pick(ISPS + CARRIERS[:3])
    city, uf = g.city()
    a = g.person()
    adv = g.person()
    att = g.person()
    tech = g.person(female=False)
    day = g.day()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«uf»\n\n\n",
          n=g.ri(1, 4), c=fold(city).upper(), uf=uf)
    qualify(g, doc, a, dob=g.chance(0.4), phone=g.chance(0.5))
    doc.f(", por «sa» (procuração anexa), vem propor\n\nAÇÃO DECLARATÓRIA DE INEXISTÊNCIA DE DÉBITO C/C INDENIZAÇÃO POR "
          "DANOS MORAIS\n\nem face de «isp» LTDA., inscrita no CNPJ sob o nº «cnpj», com sede na Avenida «av», nº «nn», «c2», pelos fatos "
          "e fundamentos a seguir.\n\nI — DOS FATOS\n\n", sa="sua advogada" if adv.female else "seu advogado", isp=fold(isp).upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"), av=g.pick(STREET_NAMES),
          nn=g.ri(10, 3000), c2=g.city()[0])
    au, dau = ("a autora", "da autora") if a.female else ("o autor", "do autor")
    d0 = g.after(day, -400, -200)
    d1 = g.after(day, -150, -60)
    doc.f("1. Em «d0», «au» contratou o plano «pl» (contrato nº «ct»), com fidelidade de 12 meses em troca da isenção da taxa de instalação.\n"
          "2. A partir de «d1» o serviço passou a cair diariamente. Foram abertos os protocolos «p1», «p2» e «p3». O técnico «t» compareceu "
          "e atestou \"perda de sinal na rede externa\", sem solução.\n"
          "3. Diante disso, «au» pediu o cancelamento em «d2» (protocolo «p4»), em atendimento feito por «at», que confirmou por e-mail que não haveria "
          "multa. A ONT (SN «sn») foi devolvida ao técnico no mesmo dia (termo anexo).\n"
          "4. Ainda assim, a ré lançou multa rescisória de R$ «m» e, não paga, incluiu o nome «dau» nos cadastros de inadimplentes "
          "(Serasa, contrato «ct2»), o que «au» descobriu ao ter o crediário negado na Loja Bento Móveis.\n\n",
          au=au, dau=dau, d0=dbr(d0), pl=g.pick(PLANS), ct=g.d(7), d1=dbr(d1), p1=g.protocol(), p2=g.protocol(), p3=g.protocol(),
          t=P(g.pick([tech.full, tech.short])), d2=dbr(g.after(d1, 10, 40)), p4=g.protocol(), at=P(g.pick([att.full, att.first])),
          sn=g.ont_sn(), m=g.money(150, 900), ct2=g.neg(11))
    doc.f("II — DO DIREITO\n\nA relação é de consumo (Lei 8.078/1990, arts. 2º, 3º e 14). A multa de fidelidade não é devida quando a rescisão "
          "decorre de falha na prestação do serviço (Resolução Anatel nº 765/2023). A negativação indevida gera dano moral in re ipsa, "
          "como já decidiu a Turma Recursal (Recurso Inominado nº «cnj», Rel. Juiz «rel»). Não se aplica a Súmula 385 do STJ, pois não há "
          "inscrições anteriores.\n\nIII — DOS PEDIDOS\n\na) tutela de urgência para exclusão imediata do nome «dau» dos cadastros; "
          "b) declaração de inexistência do débito de R$ «m»; c) indenização por danos morais de R$ «dm»; d) inversão do ônus da prova.\n\n"
          "Valor da causa: R$ «vc».\n\n«c», «d».\n\n«adv»\n«oab»\n«e»\n",
          dau=dau, cnj=g.cnj(), rel=P(g.pick([g.person().full, g.person().short])), m=g.money(150, 900), dm=g.money(3000, 15000),
          vc=g.money(3000, 16000), c=city, d=dbr(day, "long"), adv=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          e=(g.email(adv, g.pick(["adv.br", "gmail.com", dom_of(adv.last + " advocacia")])), "EMAIL_ADDRESS"))
    return doc


def ju_torre(g: Gen) -> Doc:
    """A lease of land for a tower site (ERB) between a landowner and a tower company, with the e-signature log."""
    doc = Doc()
    tco = g.pick(TOWERCOS)
    owner = g.person()
    city, uf = g.city()
    site = g.site_code(uf)
    eng = g.person()
    rep = g.person()
    day = g.day()
    married = g.chance(0.5)
    doc.f("INSTRUMENTO PARTICULAR DE CONTRATO DE LOCAÇÃO DE ÁREA PARA INSTALAÇÃO DE ESTAÇÃO RÁDIO BASE\nSite: «s» — «c»/«uf»\n\n"
          "LOCADOR«a»: ", s=site, c=city, uf=uf, a="A" if owner.female else "")
    qualify(g, doc, owner, dob=g.chance(0.3), civil=("casad" + owner.o) if married else None, phone=True)
    sp_people = []
    if married:
        sp = g.spouse(owner)
        sp_people.append(sp)
        doc.f(", casad«o» sob o regime da comunhão parcial de bens com «s», inscrit«o2» no CPF sob o nº «cpf», que comparece para anuir",
              o=owner.o, s=P(sp.caps), o2=sp.o, cpf=(g.cpf(), "BR_CPF"))
    doc.f(";\n\nLOCATÁRIA: «t», inscrita no CNPJ sob o nº «cnpj», com sede na Avenida das Nações Unidas, nº «n», São Paulo/SP, neste ato "
          "representada por seu procurador «r», inscrito no CPF sob o nº «rc»;\n\n",
          t=fold(tco).upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"), n=g.ri(1000, 14000), r=P(rep.full), rc=(g.cpf(), "BR_CPF"))
    rural = g.chance(0.6)
    doc.f("CLÁUSULA 1ª — DO OBJETO. A área de «a» m² («w» x «w» m), destacada do imóvel situado na «loc», município de «c»/«uf», matrícula "
          "nº «mat» do Cartório de Registro de Imóveis, coordenadas «lat», «lon», destinada à instalação de torre «tt» de «h» m, contêineres, "
          "gerador e cercamento, com servidão de passagem para cabos de energia e fibra óptica.\n\n",
          a=(w := g.pick([10, 12, 15, 20])) * w, w=w, loc=(g.rural() if rural else g.address(), "ADDRESS"), c=city, uf=uf, mat=g.ri(1000, 40000),
          lat=f"-{g.ri(2, 30)}.{g.d(6)}", lon=f"-{g.ri(35, 60)}.{g.d(6)}", tt=g.pick(["autoportante", "estaiada", "poste metálico"]),
          h=g.pick([30, 40, 45, 50, 60, 70]))
    doc.f("CLÁUSULA 2ª — DO ALUGUEL. R$ «v» mensais, reajustados anualmente pelo IPCA, pagos até o dia «dd» de cada mês ", v=g.money(800, 4500),
          dd=g.pick([5, 10, 15]))
    if g.chance(0.4):
        doc.f("por Pix, na chave aleatória de titularidade d«o» LOCADOR«a» «k».\n\n", o=owner.o, a="A" if owner.female else "",
              k=(g.uuid(), "PIX_KEY"))
    else:
        b = g.pick(BANKS)
        doc.f("mediante depósito na conta de titularidade d«o» LOCADOR«a»: banco «b» («bc»), agência «ag», conta «cc».\n\n", o=owner.o,
              a="A" if owner.female else "", b=b[1], bc=b[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("CLÁUSULA 3ª — DO PRAZO. 10 (dez) anos, renováveis, a contar de «d». Nos 6 primeiros meses não haverá aluguel (carência de obra).\n\n"
          "CLÁUSULA 4ª — DO ACESSO. A LOCATÁRIA e as operadoras suas clientes terão acesso 24 horas ao site. Responsável técnic«o» pela obra: "
          "«eng» «e», «crea», ART nº «art». Avisos de manutenção serão feitos pelo telefone «t».\n\n"
          "CLÁUSULA 5ª — DO FORO. Fica eleito o foro da comarca de «c».\n\n«c», «d».\n\n",
          d=dbr(day), e=P(eng.full), crea=(g.council("CREA", uf), "PROFESSIONAL_ID"), art=g.d(13), o=eng.o,
          eng="a engenheira" if eng.female else "o engenheiro",
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), c=city)
    w1, w2 = g.person(), g.person()
    doc.f("TESTEMUNHAS:\n1. «a» — CPF «ac»\n2. «b» — CPF «bc»\n\n", a=P(w1.full), ac=(g.cpf(), "BR_CPF"), b=P(w2.full), bc=(g.cpf(), "BR_CPF"))
    doc.f("Log de assinaturas — envelope «env»\n", env=g.uuid())
    signers = [(owner, g.email(owner)), (rep, corp_mail(rep, dom_of(tco))), (w1, g.email(w1)), (w2, g.email(w2))] + [(s, g.email(s)) for s in sp_people]
    named = g.chance(0.5)
    for t, (p, e) in zip(g.moments(len(signers), day, 3, (7, 23)), signers):
        if named:
            doc.f("«t»  «n»  <«e»>  assinou  IP «ip»  «ua»\n", t=ts(t, "isoz"), n=P(g.pick([p.full, p.caps])), e=(e, "EMAIL_ADDRESS"),
                  ip=(g.ip(), "IP_ADDRESS"), ua=g.pick(["Android/Chrome 124", "iPhone/Safari", "Windows/Edge", "Linux/Firefox"]))
        else:
            doc.f("«t» | signer=«e» | action=SIGNED | ip=«ip» | auth=«au»\n", t=ts(t, "isoz"), e=(e, "EMAIL_ADDRESS"),
                  ip=(g.ip(), "IP_ADDRESS"), au=g.pick(["email+sms", "email", "whatsapp-token"]))
    return doc


def ju_procon(g: Gen) -> Doc:
    """Minutes of a conciliation hearing at a municipal Procon: loyalty fine and equipment return after a cancellation."""
    doc = Doc()
    isp = g.pick(ISPS)
    city, uf = g.city()
    c = g.person()
    prep = g.person()
    adv = g.person()
    conc = g.person()
    day = g.day()
    doc.f("PROCON MUNICIPAL DE «c» — «uf»\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nFA nº «fa»\nData: «d»   Horário: «h»   Sala «s»\n\n",
          c=fold(city).upper(), uf=uf, fa=f"{g.d(2)}.{g.d(3)}.{g.d(3)}.{day.year % 100}-{g.d(7)}", d=dbr(day), h=g.hm(), s=g.ri(1, 4))
    doc.f("RECLAMANTE: «n», CPF «cpf», telefone «t», e-mail «e».\n", n=P(c.caps), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("RECLAMADA: «isp», CNPJ «cnpj», representada por seu preposto «p» (RG «rg»)", isp=isp.upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"),
          p=P(prep.full), rg=(g.rg(), "BR_RG"))
    if g.chance(0.6):
        doc.f(", acompanhad«o» d«a» advogad«a» «an», «oab»", o=prep.o, a=adv.o, an=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f(".\nCONCILIADOR«a»: «cc»\n\n", a="A" if conc.female else "", cc=P(conc.full))
    doc.f("OBJETO DA RECLAMAÇÃO: a reclamante cancelou o serviço «pl» em «d1», após «k» visitas técnicas sem solução, e foi cobrada multa por "
          "quebra de fidelidade de R$ «m», além de R$ «m2» pela ONT em comodato, que alega ter devolvido ao técnico «t».\n\n",
          pl=g.pick(PLANS), d1=dbr(g.after(day, -90, -20)), k=g.ri(2, 5), m=g.money(150, 800), m2=g.money(180, 450),
          t=P(g.pick([g.person(female=False).full, g.person(female=False).first])))
    if g.chance(0.65):
        doc.f("RESULTADO: ACORDO. A reclamada cancela a multa e a cobrança do equipamento e restituirá R$ «v», já pagos, em até 10 dias úteis, ",
              v=g.money(80, 500))
        if g.chance(0.5):
            doc.f("por Pix na chave aleatória informada pela reclamante («k»).", k=(g.uuid(), "PIX_KEY"))
        else:
            doc.f("por depósito no «b», agência «ag», conta «cc», de titularidade d«o» reclamante.", b=g.pick(BANKS)[1],
                  ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), o=c.o)
        doc.f(" Caso a ONT (SN «sn») não conste do estoque, a retirada será agendada na «ad», com «q».\n\n", sn=g.ont_sn(),
              ad=(g.address(), "ADDRESS"), q=P(g.pick([c.first, g.relative(c).full])))
    else:
        doc.f("RESULTADO: NÃO HOUVE ACORDO. A reclamada mantém a multa, alegando que o termo de devolução assinado por «q» não traz o número de série. "
              "A reclamante foi orientada a buscar o Juizado Especial Cível (processo administrativo segue para decisão).\n\n",
              q=P(g.pick([g.relative(c).full, c.first])))
    doc.t("Nada mais havendo, lavrou-se o presente termo, lido e assinado pelos presentes.\n\n")
    if g.chance(0.5):
        join_names(doc, [g.pick([c.caps, c.full]), prep.full, conc.full], last=" / ")
        doc.t("\n")
    else:
        doc.t("(assinaturas do reclamante, do preposto e do conciliador)\n")
    return doc


def ju_bo_simswap(g: Gen) -> Doc:
    """An OCR'd ALL CAPS police report (boletim de ocorrência) of a SIM swap followed by Pix transfers."""
    doc = Doc()
    city, uf = g.city()
    vic = g.person()
    mother = g.person(female=True)
    carrier = g.pick(CARRIERS[:4])
    day = g.day()
    O = lambda s: ocr(s, g, 0.25)  # noqa: E731
    U = lambda s: fold(s).upper()  # noqa: E731
    doc.f("«h»\nBOLETIM DE OCORRENCIA N° «n»\nNATUREZA: «nat»\nDATA/HORA DO FATO: «df»   LOCAL: «loc»\nDATA/HORA DO REGISTRO: «dr»\n\n",
          h=O(f"SECRETARIA DA SEGURANCA PUBLICA - POLICIA CIVIL DO ESTADO - {U(city)}/{uf}"), n=f"{g.ri(100, 999)}-{g.d(5)}/{day.year}",
          nat=O("FRAUDE ELETRONICA (ART. 171, PAR. 2-A, CP)"), df=dbr(day) + " " + g.hm(), loc=O("VIA INTERNET / LOJA DA OPERADORA"),
          dr=dbr(g.after(day, 1, 3)) + " " + g.hm())
    doc.t("VITIMA: ")
    doc.e(O(U(vic.full)), "PERSON")
    doc.t(", RG ")
    doc.e(g.rg(), "BR_RG")
    doc.t(", CPF ")
    doc.e(g.cpf(), "BR_CPF")
    doc.t(", NASCID" + U(vic.o) + " EM ")
    doc.e(g.dob(g.pick(["br", "short"]), 1950, 2003), "DATE_OF_BIRTH")
    doc.t(", FILH" + U(vic.o) + " DE ")
    doc.e(O(U(mother.full)), "PERSON")
    doc.t(", RESIDENTE NA ")
    doc.e(O(g.address("caps")), "ADDRESS")
    doc.t(", TELEFONE ")
    ddd, local = g.msisdn()
    doc.e(g.fmt_phone(ddd, local, "par"), "PHONE_NUMBER")
    doc.t(".\n\nRELATO: ")
    mules = [g.person() for _ in range(g.ri(1, 3))]
    store = g.pick(["LOJA DO SHOPPING ESTRELA", "QUIOSQUE VITORIA CENTER", "REVENDA BENTO CELL", "LOJA CENTRO"])
    seller = g.person()
    doc.t(O(f"A VITIMA RELATA QUE NA DATA DO FATO, POR VOLTA DAS {g.ri(8, 20)}H, SUA LINHA "))
    doc.e(g.fmt_phone(ddd, local, "plain"), "PHONE_NUMBER")
    doc.t(O(f" ({U(carrier)}) FICOU SEM SINAL. AO COMPARECER A UMA LOJA DA OPERADORA FOI INFORMADA DE QUE O CHIP HAVIA SIDO TROCADO NA {store}, "
            "POR PESSOA QUE APRESENTOU CNH EM NOME DA VITIMA, DE NUMERO "))
    doc.e(g.cnh(), "BR_CNH")
    doc.t(O(", ATENDIDA PELO VENDEDOR "))
    doc.e(O(U(g.pick([seller.full, seller.first]))), "PERSON")
    doc.t(O(". EM SEGUIDA FORAM REALIZADAS TRANSFERENCIAS PIX DE SUA CONTA NO "))
    b = g.pick(BANKS)
    doc.t(U(b[1]) + " (AG. ")
    doc.e(g.agency(False), "BANK_ACCOUNT")
    doc.t(" C/C ")
    doc.e(g.account(), "BANK_ACCOUNT")
    doc.t(O(") PARA: "))
    for k, m in enumerate(mules):
        if k:
            doc.t("; ")
        doc.e(O(U(m.full)), "PERSON")
        doc.t(" (CPF ")
        doc.e(g.cpf(), "BR_CPF")
        doc.t(f") R$ {g.money(300, 9000)}")
    if g.chance(0.6):
        doc.t(O("; E PARA A CHAVE ALEATORIA "))
        doc.e(g.uuid(), "PIX_KEY")
        doc.t(f" R$ {g.money(200, 5000)}")
    doc.t(O(". A VITIMA INFORMA AINDA QUE SEUS CONTATOS RECEBERAM MENSAGENS PEDINDO DINHEIRO DO NUMERO "))
    doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    doc.t(O(f". APRESENTOU PROTOCOLO DA OPERADORA {g.protocol()}. NADA MAIS.\n\n"))
    wit = g.person()
    doc.t("TESTEMUNHA: ")
    doc.e(O(U(wit.full)), "PERSON")
    doc.t(", TEL. ")
    doc.e(g.phone("par"), "PHONE_NUMBER")
    esc, dl = g.person(), g.person()
    doc.t("\nESCRIVA(O): ")
    doc.e(O(U(esc.full)), "PERSON")
    doc.t(f" - MAT. {g.d(6)}\nAUTORIDADE: ")
    doc.e(O(U(dl.full)), "PERSON")
    doc.t(" - DELEGAD" + U(dl.o) + " DE POLICIA\n")
    return doc


JU = [ju_marco_civil, ju_requisicao_policial, ju_lgpd, ju_peticao, ju_torre, ju_procon, ju_bo_simswap]


# =========================================================================== saude

CLIMB_FUNCS = ["Instalador de sistemas de telecomunicações (escalador)", "Técnico de manutenção de ERB", "Montador de torres",
               "Auxiliar de instalação em altura", "Técnico em telecomunicações — RF", "Encarregado de equipe de torres"]
DR = {True: "Dra.", False: "Dr."}


def sa_aso(g: Gen) -> Doc:
    """Occupational health certificate (ASO) of a tower climber: work at height (NR-35) and electricity (NR-10)."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    emp = g.pick(CONTRACTORS)
    w = g.person(female=g.chance(0.12))
    exam = g.person()
    coord = g.person()
    city, uf = g.city()
    day = g.day()
    born = g.dob_parts(1966, 2004)
    age = day.year - born[2] - ((day.month, day.day) < (born[1], born[0]))
    doc.f("«cl» — «c»/«uf»\nCNPJ «cnpj» · «t»\n\nATESTADO DE SAÚDE OCUPACIONAL (ASO) — «tp»\n\n", cl=clinic.upper(), c=city, uf=uf,
          cnpj=(g.any_cnpj(), "BR_CNPJ"), t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"),
          tp=g.pick(["PERIÓDICO", "ADMISSIONAL", "RETORNO AO TRABALHO", "MUDANÇA DE RISCO", "DEMISSIONAL"]))
    fields = [("Empresa", V(emp)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Trabalhador(a)", P(g.pick([w.caps, w.full]))),
              ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("NIT/PIS", (g.pis(), "BR_PIS")),
              ("Data de nascimento", (fmt_date(*born, g.pick(["br", "br", "nopad"])), "DATE_OF_BIRTH")), ("Idade", V(f"{age} anos")),
              ("Função", V(g.pick(CLIMB_FUNCS))), ("CBO", V(g.pick(["7313-05", "7321-20", "3133-15", "7156-15"])))]
    if g.chance(0.4):
        fields.insert(6, ("Cartão SUS", (g.cns(), "BR_CNS")))
    kv_block(g, doc, fields, g.pick(["lines", "dots", "box"]))
    doc.t("\nRISCOS OCUPACIONAIS: trabalho em altura (NR-35); eletricidade (NR-10); radiação não ionizante (RF); ruído de gerador; "
          "calor; animais peçonhentos (abelhas, marimbondos, serpentes).\n\nEXAMES COMPLEMENTARES\n")
    psico = g.person()
    exams = [("Audiometria tonal", g.pick(["normal", "normal", "PAIR leve bilateral (H83.3)"])), ("Eletrocardiograma", g.pick(["normal", "BRD de 1º grau"])),
             ("Eletroencefalograma", "normal"), ("Glicemia de jejum", f"{g.ri(72, 131)} mg/dL"), ("Hemograma", "sem alterações"),
             ("Acuidade visual", g.pick(["20/20 AO", "20/25 OD / 20/20 OE", "corrigida com lentes"]))]
    for k, v in exams:
        doc.t(f"  {k:<24} {dbr(g.after(day, -20, -1))}  {v}\n")
    doc.f("  Avaliação psicossocial   «d»  favorável — «n», «crp»\n\n", d=dbr(g.after(day, -25, -2)), n=P(psico.full),
          crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    r = g.rng.random()
    if r < 0.6:
        doc.t("PARECER: APTO(A) para a função, inclusive para trabalho em altura e serviços em eletricidade.\n")
    elif r < 0.85:
        doc.f("PARECER: APTO(A) COM RESTRIÇÃO — não realizar escalada acima de «h» m até reavaliação em «d» (PA «pa», CID I10 em investigação).\n",
              h=g.pick([2, 5, 10]), d=dbr(g.after(day, 30, 90)), pa=f"{g.ri(150, 175)}x{g.ri(95, 110)}")
    else:
        doc.t("PARECER: INAPTO(A) TEMPORARIAMENTE para trabalho em altura. Encaminhado(a) à cardiologia. Pode exercer atividade em solo.\n")
    doc.f("\n«c», «d».\n\nMédic«o» examinador«a»: «n» — «crm»\nMédic«o2» coordenador«a2» do PCMSO: «n2» — «crm2»\n\n"
          "Recebi a 2ª via deste ASO: ______________ «w»\n",
          c=city, d=dbr(day), o=exam.o, a="a" if exam.female else "", n=P(exam.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          o2=coord.o, a2="a" if coord.female else "", n2=P(g.pick([coord.full, coord.short])), crm2=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          w=P(g.pick([w.full, w.caps])))
    return doc


def sa_pcmso(g: Gen) -> Doc:
    """A contractor's PCMSO roster (semicolon CSV) of tower climbers, with the occupational-safety technician's note."""
    doc = Doc()
    emp = g.pick(CONTRACTORS)
    tst = g.person()
    nurse = g.person(female=g.chance(0.7))
    day = g.day()
    doc.f("# «e» — controle PCMSO / NR-35 — exportado em «d» por «lg»\n", e=emp, d=ts(g.moments(1, day, 1, (7, 19))[0], "sql"),
          lg=g.pick(["sesmt", login(tst, g), "planilha_rh"]))
    cols = ["nome", "cpf", "nascimento", "nit", "funcao", "aso_ultimo", "aso_vencimento", "nr35_reciclagem", "psicossocial", "obs"]
    rows = []
    people = []
    for _ in range(g.ri(4, 6)):
        p = g.person(female=g.chance(0.12))
        people.append(p)
        last_aso = g.after(day, -330, -10)
        rows.append([P(g.pick([p.full, p.capsf, p.full])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.dob(g.pick(["br", "iso"]), 1966, 2004), "DATE_OF_BIRTH"),
                     (g.pis(), "BR_PIS") if g.chance(0.8) else V(""), V(g.pick(["escalador", "montador", "tecnico RF", "auxiliar", "encarregado"])),
                     V(dbr(last_aso)), V(dbr(g.after(last_aso, 365, 365))), V(g.date("br", g.ri(2024, 2026))),
                     V(g.pick(["favoravel", "favoravel", "favoravel", "desfavoravel temp.", "pendente"])),
                     V(g.pick(["", "", "", "PA elevada - acompanhar", "usa oculos", "alergia a picada de abelha - portar adrenalina",
                               "retorno pos-afastamento", "CID H83.3"]))])
    table_csv(doc, cols, rows, ";")
    a, b = g.sample(people, 2)
    doc.f("\nNota do SESMT («d»): «a» está com o ASO vencendo; agendar na «cl». «b» não pode subir até a reavaliação psicossocial com «ps» "
          "(«crp»). Kits de primeiros socorros dos carros repostos, inclusive o da picape «pl».\n«t» — Técnic«o» de Segurança do Trabalho (reg. MTE «mte»)\n"
          "«n» — Enfermeir«o2» do Trabalho — «coren» — «e»\n",
          d=dbr(day), a=P(g.pick([a.first + " " + a.last, a.full])), cl=g.pick(CLINICS), b=P(g.pick([b.first, b.short])),
          ps=P(g.person().full) if g.chance(0.5) else "a psicóloga da clínica", crp=(g.council("CRP"), "PROFESSIONAL_ID"),
          pl=(g.plate(), "LICENSE_PLATE"),
          t=P(tst.full), o=tst.o, mte=f"{g.pick(UFS)}/{g.d(6)}", n=P(nurse.full), o2=nurse.o,
          coren=(g.council("COREN"), "PROFESSIONAL_ID"), e=(corp_mail(nurse, dom_of(emp)), "EMAIL_ADDRESS"))
    return doc


def sa_cat(g: Gen) -> Doc:
    """An OCR'd work-accident notice (CAT) of a climber who fell on a tower, with the emergency-room record."""
    doc = Doc()
    emp = g.pick(CONTRACTORS)
    w = g.person(female=g.chance(0.1))
    mother = g.person(female=True)
    wit = g.person()
    drp = g.person()
    city, uf = g.city()
    day = g.day()
    O = lambda s: ocr(s, g, 0.3)  # noqa: E731
    OT = lambda s: ocr_t(s, g, 0.3)  # noqa: E731
    doc.f("«h»\n«h2» — Recibo eSocial «rec»\n\n", h=O("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT"),
          h2=O("Emitente: Empregador   Tipo: Inicial   Iniciativa: empresa"), rec=f"1.2.{g.d(19)}")
    doc.t(O("1. EMPREGADOR\n") + O("Razão social: ") + O(fold(emp).upper()) + "   CNPJ: ")
    doc.e(g.any_cnpj(), "BR_CNPJ")
    doc.t(O("\n\n2. ACIDENTADO\nNome: "))
    doc.e(O(g.pick([w.caps, w.capsf])), "PERSON")
    doc.t(O("\nNome da mãe: "))
    doc.e(O(g.pick([mother.caps, mother.full])), "PERSON")
    doc.t(O("\nData de nascimento: "))
    doc.e(g.dob(g.pick(["br", "nopad"]), 1966, 2004), "DATE_OF_BIRTH")
    doc.t("   CPF: ")
    doc.e(g.cpf(), "BR_CPF")
    doc.t("   NIT: ")
    doc.e(g.pis(), "BR_PIS")
    if g.chance(0.5):
        doc.t("   CNS: ")
        doc.e(g.cns(), "BR_CNS")
    doc.t(O("\nEndereço: "))
    doc.e(O(g.address()), "ADDRESS")
    doc.f(" — «b» — «c»/«uf» — CEP ", b=O(g.pick(BAIRROS)), c=O(city), uf=uf)
    doc.e(g.cep(), "BR_CEP")
    doc.t("   Tel.: ")
    doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    site = g.site_code(uf)
    h = g.ri(18, 60)
    doc.f(OT("\nCBO: «cbo»   Função: «f»\n\n3. ACIDENTE\nData: «d»  Hora: «hr»  Horas trabalhadas: «ht»\nTipo: típico   Local: site «s» (torre de «h» m), zona rural de «c»\n"),
          cbo="7313-05", f=g.pick(CLIMB_FUNCS), d=dbr(day), hr=g.hm(), ht=f"{g.ri(1, 8):02d}:{g.ri(0, 59):02d}", s=site, h=h, c=city)
    acc = g.pick([
        (f"O colaborador realizava a troca de antena a {h - g.ri(2, 10)} m quando o talabarte se soltou do ponto de ancoragem; a queda foi "
         "retida pelo trava-quedas após cerca de 2 m, com impacto do ombro direito na estrutura.", "ombro", "queda de altura",
         "contusão de ombro", "S40.0"),
        ("Ao descer da plataforma, escorregou no degrau molhado pelo sereno e torceu o tornozelo esquerdo, ficando suspenso pelo cinto.",
         "tornozelo", "superfície escorregadia", "entorse de tornozelo", "S93.4"),
        ("Durante a subida foi atacado por enxame de abelhas alojado na esteira de cabos, com múltiplas picadas em face e braços.",
         "face / membros superiores", "animal peçonhento (abelha)", "reação alérgica a picada de himenóptero", "T63.4"),
        ("Recebeu choque elétrico ao tocar o gabinete do retificador sem aterramento, com queimadura de 1º grau na mão.",
         "mão", "energia elétrica", "queimadura de mão", "T23.1")])
    desc, part, agent, dx, cid = acc
    doc.t(O("Descrição: " + desc + "\n"))
    doc.t(O("Parte do corpo atingida: ") + part + O("   Agente causador: ") + agent + "\n")
    doc.t(O("Testemunha: "))
    doc.e(O(wit.full), "PERSON")
    doc.t(" — CPF ")
    doc.e(g.cpf(), "BR_CPF")
    doc.t(" — tel. ")
    doc.e(g.phone("plain"), "PHONE_NUMBER")
    doc.f(OT("\n\n4. ATESTADO MÉDICO\nUnidade: «u»   Data: «d»  «hr»   Internação: «i»   Afastamento: «k» dias\nDiagnóstico provável: «dx» — CID «cid»\n"),
          u=g.pick(HOSPITALS), d=dbr(day), hr=g.hm(), i=g.pick(["não", "sim"]), k=g.ri(1, 30),
          dx=dx, cid=cid)
    doc.t(O("Médico: "))
    doc.e(O(drp.full), "PERSON")
    doc.t(" — ")
    doc.e(g.council("CRM", uf), "PROFESSIONAL_ID")
    doc.f("\n\n«c», «d». «s»\n", c=O(city), d=dbr(g.after(day, 0, 1)),
          s=O("Assinatura e carimbo do emitente: ") + g.pick(["(ilegível)", "RH — " + g.pick(["Leão", "Bento", "Serra"]) + " Montagens"]))
    return doc


def sa_psicossocial(g: Gen) -> Doc:
    """A psychosocial assessment report for work at height (NR-35), by a psychologist, to the contractor's SESMT."""
    doc = Doc()
    emp = g.pick(CONTRACTORS)
    w = g.person(female=g.chance(0.12))
    ps = g.person(female=g.chance(0.7))
    mate = g.person(female=False)
    wife = g.spouse(w)
    day = g.day()
    city, uf = g.city()
    sesmt = g.person()
    doc.f("De: «ps» <«pe»>\nPara: «sn» <«se»>; sesmt@«dom»\nAssunto: Laudo psicossocial NR-35 — «w»\nData: «d»\n\n", ps=P(ps.full),
          pe=(g.email(ps, g.pick(["gmail.com", "psicologia.com.br", "outlook.com"])), "EMAIL_ADDRESS"), sn=P(sesmt.full),
          se=(corp_mail(sesmt, dom_of(emp)), "EMAIL_ADDRESS"), dom=dom_of(emp),
          w=P(g.pick([w.full, w.short])) if g.chance(0.5) else f"matrícula {g.d(5)}", d=dbr(day) + " " + g.hm())
    if g.chance(0.5):
        doc.f("Prezad«o» «s», segue o laudo. O original assinado vai pelo motoboy.\n\n", o=sesmt.o, s=P(sesmt.first))
    else:
        doc.t("Prezados, segue o laudo abaixo. O original assinado vai pelo malote.\n\n")
    doc.t("LAUDO DE AVALIAÇÃO PSICOSSOCIAL — TRABALHO EM ALTURA (NR-35, item 35.4.1.2)\n\n")
    kv_block(g, doc, [("Avaliado(a)", P(w.caps)), ("CPF", (g.cpf(), "BR_CPF")), ("Nascimento", (g.dob("br", 1966, 2004), "DATE_OF_BIRTH")),
                      ("Empresa", V(emp)), ("Função", V(g.pick(CLIMB_FUNCS))), ("Data da avaliação", V(dbr(g.after(day, -7, -1))))],
             g.pick(["lines", "dots"]))
    doc.t("\nInstrumentos: entrevista semiestruturada; Teste de Atenção Concentrada (AC); Palográfico; Inventário de Ansiedade de Beck (BAI).\n\n")
    fav = g.chance(0.6)
    doc.f("Síntese: «n» relata «r». ", n=P(g.pick([w.first, w.short])) if g.chance(0.5) else "o(a) avaliado(a)",
          r=g.pick(["boa adaptação à rotina de viagens e sobreaviso", "sono irregular pelos plantões de fim de semana",
                    "apreensão desde o acidente de um colega no ano passado"]))
    if g.chance(0.5):
        doc.f("Cita o colega «m», que caiu da torre do site «s» em «d», e diz que desde então \"sobe com o coração na mão\". ",
              m=P(g.pick([mate.full, mate.first, mate.nick])), s=g.site_code(uf), d=dbr(g.after(day, -400, -60)))
    doc.f("Atenção concentrada no percentil «p»; ansiedade «a» no BAI.\n\n", p=g.ri(15, 90), a=g.pick(["mínima", "leve", "moderada"]))
    if fav:
        doc.t("CONCLUSÃO: FAVORÁVEL ao trabalho em altura. Validade: 12 meses.\n")
    else:
        doc.f("CONCLUSÃO: DESFAVORÁVEL TEMPORARIAMENTE. Reavaliar em 90 dias. Encaminhad«o» para avaliação com «dr» «m» («crm»). "
              "Contato de emergência informado: «wr» «wn», «t».\n", o=w.o, dr=DR[(d2 := g.person()).female], m=P(d2.full),
              crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), wr="esposa" if wife.female else "esposo", wn=P(wife.full),
              t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\n«c», «d».\n«n»\nPsicólog«o» — «crp»\n", c=city, d=dbr(day), n=P(ps.full), o=ps.o, crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    return doc


def sa_resultados(g: Gen) -> Doc:
    """An occupational clinic's e-mail to the contractor with a batch of periodic-exam results (fixed width)."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    emp = g.pick(CONTRACTORS)
    sender = g.person()
    hr = g.person()
    drp = g.person()
    day = g.day()
    uf = g.pick(UFS)
    doc.f("De: «s» <«se»>\nPara: «h» <«he»>\nCc: sesmt@«dom»\nAssunto: Resultados periódicos — equipe de torres — lote «l»\n\n"
          "Bom dia«hf»! Seguem os resultados do lote de «d». Os ASOs ficam prontos amanhã. Atenção aos destaques no fim.\n\n",
          s=P(sender.full), se=(corp_mail(sender, dom_of(clinic)), "EMAIL_ADDRESS"), h=P(hr.full), he=(corp_mail(hr, dom_of(emp)), "EMAIL_ADDRESS"),
          dom=dom_of(emp), l=g.d(4), hf="" if g.chance(0.5) else ", " + hr.first, d=dbr(day))
    widths = [28, 14, 10, 7, 5, 22, 10]
    heads = ["NOME", "CPF", "NASC", "PA", "GLIC", "AUDIOMETRIA", "CONCLUSAO"]
    doc.t(" ".join(h.ljust(w) for h, w in zip(heads, widths)).rstrip() + "\n")
    people = []
    for _ in range(g.ri(3, 5)):
        p = g.person(female=g.chance(0.12))
        people.append(p)
        doc.cell(cut(p.capsf, widths[0]), widths[0], "PERSON")
        doc.t(" ")
        doc.cell(g.cpf("dot"), widths[1], "BR_CPF")
        doc.t(" ")
        doc.cell(g.dob("br", 1966, 2004), widths[2], "DATE_OF_BIRTH")
        doc.t(" ")
        pa = g.pick(["120x80", "130x85", "110x70", "160x100", "140x90"])
        doc.cell(pa, widths[3])
        doc.t(" ")
        doc.cell(str(g.ri(70, 140)), widths[4])
        doc.t(" ")
        doc.cell(g.pick(["normal", "normal", "PAIR leve (H83.3)", "rebaixamento 6kHz OE"]), widths[5])
        doc.t(" ")
        doc.t(g.pick(["APTO", "APTO", "APTO", "APTO C/ RESTR.", "PENDENTE"]) + "\n")
    a, b = g.sample(people, 2)
    doc.f("\nDestaques:\n- «a»: PA 160x100 no exame e no retorno. Hipertensão (I10) a confirmar — encaminhar ao cardiologista antes de liberar altura.\n"
          "- «b»: glicemia alterada; repetir em jejum. Faltou ao ECG, reagendado para «d» (ligar no «t»).\n\n"
          "Qualquer dúvida, estou à disposição.\n«s»\n«cl» — «st»\n\nResponsável técnico: «dr» «dn» — «crm»\n",
          a=P(g.pick([a.first + " " + a.last, a.first])), b=P(g.pick([b.short, b.first])), d=dbr(g.after(day, 2, 10)),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), s=P(sender.first), cl=clinic,
          st=(g.phone("par", mobile=False), "PHONE_NUMBER"), dr=DR[drp.female], dn=P(drp.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_whatsapp_campo(g: Gen) -> Doc:
    """WhatsApp group of a tower maintenance crew: a climber stung by bees / heat stroke on site, the way to the UPA."""
    doc = Doc()
    uf = g.pick(UFS)
    site = g.site_code(uf)
    sup = g.person(female=False)
    tst = g.person()
    c1 = g.person(female=False)
    vic = g.person(female=False)
    nurse = g.person(female=True)
    owner = g.person()
    day = g.day()
    ios = g.chance(0.5)
    moments = g.moments(14, day, 1, (6, 20))
    it = iter(moments)
    nums = {}

    def sender(p: Person, by_number: bool) -> None:
        if by_number:
            if id(p) not in nums:
                nums[id(p)] = g.phone("wa")
            doc.e(nums[id(p)], "PHONE_NUMBER")
        else:
            doc.e(p.short if p is not c1 else p.nick, "PERSON")

    c1_num = g.chance(0.8)

    tst_num = g.chance(0.5)
    sup_num = g.chance(0.6)

    def line(p: Person, msg: str, num: bool = False, **kw) -> None:
        t = next(it)
        doc.t(ts(t, "waios") + " " if ios else ts(t, "wa") + " - ")
        sender(p, num or (p is tst and tst_num) or (p is sup and sup_num))
        doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    doc.t(f"Conversa do WhatsApp com Equipe Torres {uf} {g.pick(['Norte', 'Sul', 'Sertão', 'Litoral'])} 🗼\n")
    line(sup, "bom dia equipe. hoje site «s» troca de RRU do setor 2. subir SEMPRE com 2 pontos de ancoragem", s=site)
    line(c1, "chegamos no site. porteira trancada, «t» «o» vai trazer a chave", c1_num, t="dona" if owner.female else "seu", o=P(owner.first))
    line(c1, "«v» subiu, to na segurança embaixo", c1_num, v=P(g.pick([vic.first, vic.nick])))
    kind = g.pick(["abelha", "calor"])
    if kind == "abelha":
        line(c1, "TEMOS PROBLEMA. enxame de abelha na esteira de cabos, o «v» foi picado varias vezes, ta descendo", c1_num, v=P(vic.first))
        line(tst, "descer com calma, sem pressa. alguem sabe se ele é alérgico?")
        line(c1, "ele ta inchando o rosto. liguei 192 mas disseram 40 min", c1_num)
    else:
        line(c1, "o «v» passou mal la em cima, tonto e vomitando. 38 graus aqui no sol", c1_num, v=P(vic.first))
        line(tst, "resgate pela equipe, kit de resgate. ninguém sobe sozinho. ele ta consciente?")
        line(c1, "consciente. ja ta no chao na sombra tomando agua", c1_num)
    line(tst, "manda nome completo, cpf e cartao do sus dele pra eu adiantar a ficha na UPA")
    line(c1, "«n» cpf «cpf» sus «cns» nasc «dob»", c1_num, n=P(g.pick([vic.full, vic.low])), cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
         cns=(g.cns(), "BR_CNS"), dob=(g.dob(g.pick(["br", "nopad", "short"]), 1970, 2004), "DATE_OF_BIRTH"))
    line(sup, "levem na picape «pl» mesmo pra UPA de «c», é mais rapido que esperar", pl=(g.plate(), "LICENSE_PLATE"), c=g.city()[0])
    line(nurse, "Já liguei pra esposa dele, «w», no «t». Ela vai direto pra UPA.", True, w=P(g.spouse(vic).full),
         t=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"))
    drp = g.person()
    line(c1, "atendido. «dr» «d» medicou, ficou em observacao. disse que foi sorte ter descido rapido", c1_num, dr=DR[drp.female].lower(),
         d=P(g.pick([drp.first, drp.short])))
    line(nurse, "Pede o atestado com CRM legível e o relatório de atendimento. Vou abrir a CAT hoje.", True)
    line(sup, "site suspenso até dedetizar/liberar. «o» vai ligar pro apicultor. obrigado a todos", o=P(owner.first))
    line(tst, "Lembrando: quem tem alergia a picada tem que informar no ASO. Foi uma vitória ninguém mais ter subido.")
    return doc


def sa_atestados(g: Gen) -> Doc:
    """JSON lines export of medical certificates (atestados) of a carrier's call-centre and field staff, with HR's note."""
    doc = Doc()
    carrier = g.pick(ISPS + CARRIERS[:3])
    an = g.person()
    coord = g.person()
    day = g.day()
    doc.f("# atestados_«m».jsonl — «c» — exportado do módulo de RH em «d» por «lg»\n", c=carrier, m=f"{day.year}-{day.month:02d}",
          d=ts(g.moments(1, day, 1, (7, 19))[0], "sql"), lg=g.pick(["rh_integracao", login(an, g)]))
    people = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        people.append(p)
        prof = g.person()
        kind = g.pick(["CRM", "CRM", "CRM", "CRM", "CRO", "CREFITO", "CRP"])
        uf = g.pick(UFS)
        obj = {"colaborador": P(g.pick([p.full, p.capsf])), "matricula": g.d(6), "cpf": (g.cpf("raw"), "BR_CPF"),
               "setor": g.pick(["Call center — Retenção", "Call center — Suporte N1", "Campo — Instalação", "Campo — Torres", "NOC", "Loja Centro"]),
               "inicio": g.date("iso", day.year), "dias": g.ri(1, 15),
               "cid": g.pick(["J06.9", "A09", "M54.5", "F41.1", "K08.8", "R51", "S93.4", "H10.9", "Z76.5", None]),
               "profissional": P(prof.full) if g.chance(0.35) else None, "registro": (g.council(kind, uf), "PROFESSIONAL_ID"),
               "unidade": g.pick(HOSPITALS + CLINICS), "lancado_por": g.pick(["rh.portal", login(an), "app_colaborador"])}
        jval(doc, obj, None)
        doc.t("\n")
    a = g.pick(people)
    doc.f("\nNota («an», Gente & Gestão): atestado de «a» conferido no portal do conselho — registro ativo. O de «b» veio sem CRM legível; "
          "pedi à coordenadora «c» para solicitar o original. Lembrando que CID só é lançado com autorização do colaborador.\n",
          an=P(an.full), a=P(g.pick([a.first, a.short])), b=P(g.pick([p for p in people if p is not a]).short),
          c=P(g.pick([coord.first, coord.full])))
    return doc


SA = [sa_aso, sa_pcmso, sa_cat, sa_psicossocial, sa_resultados, sa_whatsapp_campo, sa_atestados]


# =========================================================================== financeiro


def fi_cdr(g: Gen) -> Doc:
    """A billing dispute on a postpaid line: the call detail records (CSV) pulled from mediation and the analyst's conclusion."""
    doc = Doc()
    carrier = g.pick(CARRIERS[:5])
    sub = g.person()
    an = g.person()
    dep = g.relative(sub)
    day = g.day()
    ddd, local = g.msisdn()
    own = g.fmt_phone(ddd, local, "cdr")
    doc.f("Contestação «n» — «c» — fatura «m»\nLinha: «l»   Titular: «t»   CPF: «cpf»   Conta nº «ct»\nAnalista: «a» («lg»)\n\n",
          n=g.protocol(), c=carrier, m=f"{day.month:02d}/{day.year}", l=(g.fmt_phone(ddd, local, "par"), "PHONE_NUMBER"),
          t=P(g.pick([sub.full, sub.caps])), cpf=(g.cpf(), "BR_CPF"), ct=g.d(10), a=P(an.full), lg=login(an, g))
    doc.t("Extrato da mediação (CDR), período contestado:\n")
    imei = g.imei()
    imsi = g.imsi()
    peers = [g.fmt_phone(*g.msisdn(g.chance(0.8)), "cdr") for _ in range(g.ri(3, 5))]
    dep_num = g.pick(peers)
    sc = g.pick(["28888", "40404", "49001", "50055"])
    rows = []
    for t in g.moments(g.ri(6, 9), g.after(day, -30, -5), 25, (7, 23)):
        kind = g.pick(["VOZ", "VOZ", "VOZ", "SMS", "DADOS", "SVA", "VOZ"])
        cell = f"{g.pick(UFS)}{g.up(3)}{g.ri(1, 999):03d}-{g.ri(1, 3)}"
        if kind == "DADOS":
            dest, val, dur = V("zap.apn"), "0.00", str(g.ri(30, 3600))
        elif kind == "SVA":
            dest, val, dur = V(sc), f"{g.ri(1, 9)}.{g.d(2)}", "0"
        elif kind == "SMS":
            dest, val, dur = (g.pick(peers), "PHONE_NUMBER"), "0.00", "0"
        else:
            if g.chance(0.15):
                dest, val = V(g.pick(["0800" + g.d(7), "*144", "1052", "103" + g.d(2)])), "0.00"
            else:
                dest, val = (g.pick(peers), "PHONE_NUMBER"), g.pick(["0.00", "0.00", f"0.{g.d(2)}"])
            dur = str(g.ri(5, 1900))
        rows.append([V(ts(t, "sql")), (own, "PHONE_NUMBER"), dest, V(kind), V(dur), V(cell), V(imei), V(imsi), V(val)])
    table_csv(doc, ["data_hora", "origem", "destino", "tipo", "duracao_s", "erb", "imei", "imsi", "valor"], rows, ",")
    doc.f("\nConclusão: todas as chamadas partiram do mesmo aparelho (IMEI «i», habitual da linha) e das ERBs próximas da residência. "
          "O número «d» pertence a «dn», dependente no plano família, cadastrad«o» pel«o2» própri«o2» titular. ",
          i=imei, d=(g.fmt_phone(dep_num[2:4], dep_num[4:], g.pick(["par", "plain"])), "PHONE_NUMBER"), dn=P(g.pick([dep.full, dep.short])),
          o=dep.o, o2=sub.o)
    doc.f("O SVA de «s» (short code «sc») foi contratado por SMS sem confirmação dupla: cancelado e estornado R$ «v» em dobro "
          "(Lei 8.078/1990, art. 42). Demais itens procedentes.\nResposta enviada para «e» em «d».\n",
          s=g.pick(["horóscopo Estrela Guia", "jogo da Sorte", "Aurora Play", "notícias Luz do Dia"]), sc=sc,
          v=g.money(5, 40), e=(g.email(sub), "EMAIL_ADDRESS"), d=dbr(g.after(day, 1, 6)))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """A collection agency's queue of overdue ISP subscribers (semicolon CSV) and the negotiators' contact log."""
    doc = Doc()
    agency = g.pick(["Cobrança Amado & Neves", "Recupera Sertão Assessoria", "Prudente Cobranças Ltda.", "Aurora Recuperação de Crédito"])
    isp = g.pick(ISPS)
    day = g.day()
    neg = g.person()
    doc.f("«a» — carteira «i» — fila «f» — gerado em «d»\n", a=agency, i=isp, f=g.pick(["61-90 dias", "91-180 dias", "pré-negativação"]),
          d=dbr(day))
    cols = ["contrato", "nome", "cpf_cnpj", "telefone", "email", "endereco", "cep", "valor", "atraso"]
    rows = []
    people = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        people.append(p)
        pj = g.chance(0.15)
        rows.append([V(g.d(7)), P(cut(p.capsf, 40)) if not pj else V(fold(p.last).upper() + " MERCADINHO ME"),
                     (g.cpf("raw"), "BR_CPF") if not pj else (g.cnpj("raw", g.chance(0.3)), "BR_CNPJ"),
                     (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"),
                     (g.email(p), "EMAIL_ADDRESS") if g.chance(0.7) else V(""),
                     (g.address(g.pick(["caps", "text"])), "ADDRESS"), (g.cep(g.chance(0.5)), "BR_CEP"),
                     V(g.money(90, 1400).replace(".", "")), V(str(g.ri(61, 180)))])
    table_csv(doc, cols, rows, ";")
    doc.t("\nHISTÓRICO DE CONTATOS\n")
    p1, p2, p3 = g.sample(people, 3)
    neg2 = g.person()
    logs = [
        ("Ligação para «t»; atendeu «x», «r» d«o» titular, que informou que «n» faleceu em «d». Pedida certidão de óbito por e-mail.",
         dict(t=(g.phone("par"), "PHONE_NUMBER"), x=P(g.relative(p1).full), r=g.pick(["filha", "filho", "esposa", "irmã"]), o=p1.o,
              n=P(p1.first), d=g.date("br"))),
        ("WhatsApp para «t»: «n» aceitou acordo de R$ «v» em 3x via Pix, chave aleatória da assessoria «k». Boleto da entrada: «b».",
         dict(t=(g.phone("plain"), "PHONE_NUMBER"), n=P(p2.short), v=g.money(100, 900), k=(g.uuid(), "PIX_KEY"),
              b=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}")),
        ("E-mail aberto por «n» (IP «ip»), sem resposta. Novo telefone informado pelo cadastro da Serasa: «t».",
         dict(n=P(p3.first), ip=(g.ip_pub(), "IP_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))),
        ("«n» contesta: diz que cancelou em «d» (protocolo «p») e devolveu a ONT. Suspensa a cobrança; enviado ao provedor para análise.",
         dict(n=P(g.pick([p3.full, p3.first])), d=g.date("br"), p=g.protocol())),
        ("Cliente pediu para não ligar no trabalho; só no fixo «t» depois das 18h. Seria prudente respeitar (CDC, art. 42).",
         dict(t=(g.phone("par", mobile=False), "PHONE_NUMBER"))),
    ]
    logins = [login(neg, g), login(neg2, g)]
    for t, (msg, kw) in zip(g.moments(3, day, 3, (8, 20)), g.sample(logs, 3)):
        doc.f("«t» [«lg»] ", t=ts(t, "br"), lg=g.pick(logins))
        doc.f(msg, **kw)
        doc.t("\n")
    doc.f("\nSupervisão: «s» — «e»\n", s=P(neg.full), e=(corp_mail(neg, dom_of(agency)), "EMAIL_ADDRESS"))
    return doc


def fi_cancelamento(g: Gen) -> Doc:
    """An e-mail thread about cancelling a fibre plan: the loyalty fine pro rata, the ONT in comodato, a transfer or a refund."""
    doc = Doc()
    isp = g.pick(ISPS)
    dom = dom_of(isp)
    c = g.person()
    att = g.person()
    day = g.day()
    ce = g.email(c)
    start = g.after(day, -300, -60)
    months_left = g.ri(2, 10)
    benefit = g.pick([480, 600, 720, 900])
    fine = benefit * months_left / 12
    ct = g.d(6)
    doc.f("De: «n» <«e»>\nPara: cancelamento@«dom»\nData: «d»\nAssunto: Cancelamento — contrato «ct»\n\n"
          "Olá. Vou me mudar para «city» no fim do mês e lá vocês não têm cobertura. Peço o cancelamento do contrato «ct» e a retirada do "
          "equipamento na «ad» (CEP «cep»). Meu celular é «t».\n«n2»\n\n",
          n=P(c.full), e=(ce, "EMAIL_ADDRESS"), dom=dom, d=dbr(day) + " " + g.hm(), ct=ct, city=g.city()[0],
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), n2=P(g.pick([c.first, c.short])))
    fine_s = f"{fine:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    doc.f("De: «a» <«ae»>\nPara: «e»\nData: «d»\nAssunto: RE: Cancelamento — contrato «ct»\n\n"
          "Olá, «n»! Seu contrato tem permanência de 12 meses desde «s», em troca do benefício de R$ «b»,00 na instalação. Restam «m» meses, "
          "então a multa proporcional seria de R$ «f» (R$ «b»,00 × «m»/12). Como a mudança é para área sem viabilidade técnica, podemos "
          "isentar a multa mediante comprovante de residência no novo endereço. Outra opção: transferir a titularidade para quem ficar no "
          "imóvel, sem custo.\nA ONT (SN «sn», MAC «mac») é comodato e precisa ser devolvida.\n\n«a2» — Retenção «isp»\n\n",
          a=P(att.full), ae=(corp_mail(att, dom), "EMAIL_ADDRESS"), e=(ce, "EMAIL_ADDRESS"), d=dbr(g.after(day, 0, 2)) + " " + g.hm(),
          ct=ct, n=P(c.first), s=dbr(start), b=benefit, m=months_left, f=fine_s, sn=g.ont_sn(), mac=g.mac(), a2=P(att.first), isp=isp)
    if g.chance(0.5):
        heir = g.relative(c)
        doc.f("De: «e»\nAssunto: RE: RE: Cancelamento\n\nPrefiro transferir para «r» «h», CPF «cpf», nascid«o» em «dob», que vai ficar na casa. "
              "O e-mail del«o» é «he».\n\n", n=P(c.full), e=(ce, "EMAIL_ADDRESS"), r=g.pick(["minha sobrinha", "meu sobrinho", "meu irmão", "minha irmã", "meu filho", "minha filha"]),
              h=P(heir.full), cpf=(g.cpf(), "BR_CPF"), o=heir.o, dob=(g.dob("br", 1960, 2006), "DATE_OF_BIRTH"), he=(g.email(heir), "EMAIL_ADDRESS"))
        doc.f("De: «ae»\nAssunto: RE: RE: RE: Cancelamento\n\nFeito! Titularidade transferida para «h» a partir de «d». Nenhuma multa será cobrada. "
              "Foi uma vitória resolver sem visita técnica 😊\n", a=P(att.full), ae=(corp_mail(att, dom), "EMAIL_ADDRESS"), h=P(heir.first),
              d=dbr(g.after(day, 3, 12)))
    else:
        doc.f("De: «e»\nAssunto: RE: RE: Cancelamento\n\nSegue o comprovante (conta de luz do novo endereço, em nome do meu «r» «x»). "
              "Já paguei a mensalidade de «m»; se houver proporcional, devolvam ", n=P(c.full), e=(ce, "EMAIL_ADDRESS"),
              r=g.pick(["pai", "marido", "irmão", "tio"]), x=P(g.person(female=False).full), m=MONTHS[g.ri(0, 11)])
        if g.chance(0.5):
            doc.f("no Pix (chave aleatória «k»).\n\n", k=(g.uuid(), "PIX_KEY"))
        else:
            doc.f("na minha conta: «b», agência «ag», conta «cc».\n\n", b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
                  cc=(g.account(), "BANK_ACCOUNT"))
        doc.f("De: «ae»\nAssunto: RE: RE: RE: Cancelamento\n\nCancelamento concluído sem multa. Reembolso de R$ «v» em até 5 dias úteis. "
              "Retirada da ONT agendada para «d» com o técnico «t».\n", a=P(att.short), ae=(corp_mail(att, dom), "EMAIL_ADDRESS"),
              v=g.money(15, 120), d=dbr(g.after(day, 3, 12)), t=P(g.pick([g.person(female=False).first, g.person(female=False).short])))
    return doc


def fi_simswap(g: Gen) -> Doc:
    """A carrier's fraud-prevention report on a SIM swap: timeline with the store swap, bank logins, Pix to mule accounts, a card used."""
    doc = Doc()
    carrier = g.pick(CARRIERS[:5])
    vic = g.person()
    seller = g.person()
    an = g.person()
    day = g.day()
    ddd, local = g.msisdn()
    doc.f("RELATÓRIO DE PREVENÇÃO A FRAUDES — TROCA DE CHIP NÃO RECONHECIDA — caso FR-«y»-«n»\nClassificação: CONFIDENCIAL — uso interno «c»\n\n",
          y=day.year, n=g.d(5), c=carrier)
    kv_block(g, doc, [("Vítima", P(g.pick([vic.full, vic.caps]))), ("CPF", (g.cpf(), "BR_CPF")),
                      ("Linha", (g.fmt_phone(ddd, local, "par"), "PHONE_NUMBER")), ("Plano", V(g.pick(MOBILE_PLANS))),
                      ("Cliente desde", V(g.date("br", g.ri(2012, 2023)))), ("Contato alternativo", (g.phone(), "PHONE_NUMBER"))],
             g.pick(["lines", "dots"]))
    doc.t("\nLINHA DO TEMPO\n")
    moments = g.moments(7, day, 1, (9, 23))
    mules = [g.person() for _ in range(g.ri(1, 2))]
    bank = g.pick(BANKS)
    son = g.relative(vic)
    events = [
        [V("Troca de chip"), V(f"PDV {g.pick(['Quiosque Vitória Center', 'Revenda Bento Cell', 'Loja Shopping Estrela'])}; vendedor ")],
        [V("Login app bancário"), V(f"{bank[1]}, novo dispositivo, IP ")],
        [V("Pix enviado"), V("para ")],
        [V("Pix enviado"), V("chave aleatória ")],
        [V("Compra cartão"), V("e-commerce, cartão ")],
        [V("Alteração e-mail"), V("e-mail do app do banco trocado para ")],
        [V("Contato da vítima"), V("ligou do celular do filho, ")],
    ]
    rows = []
    iccid_old, iccid_new = g.iccid(), g.iccid()
    for t, ev in zip(moments, events):
        rows.append((ts(t, "brs"), ev))
    style = g.pick(["md", "lines"])
    if style == "md":
        doc.t("| data/hora | evento | detalhe |\n|---|---|---|\n")
    for when, (evt, det) in rows:
        doc.t(f"| {when} | {evt[0]} | " if style == "md" else f"{when}  {evt[0]:<20} ")
        doc.t(det[0])
        e = evt[0]
        if e == "Troca de chip":
            doc.f("«s» (login «l»); documento: CNH nº «cnh» (foto divergente); ICCID «i1» → «i2»", s=P(seller.full), l=login(seller, g),
                  cnh=(g.cnh(), "BR_CNH"), i1=iccid_old, i2=iccid_new)
        elif e == "Login app bancário":
            doc.f("«ip»", ip=(g.ip(), "IP_ADDRESS"))
        elif e == "Pix enviado" and det[0] == "para ":
            m = mules[0]
            doc.f("«n» (CPF «c»), «b», ag. «ag» c/c «cc» — R$ «v»", n=P(m.full), c=(g.cpf(), "BR_CPF"), b=g.pick(BANKS)[1],
                  ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), v=g.money(500, 9000))
        elif e == "Pix enviado":
            doc.f("«k» — R$ «v»", k=(g.uuid(), "PIX_KEY"), v=g.money(200, 5000))
        elif e == "Compra cartão":
            doc.f("«cc» — R$ «v» (informado pelo banco)", cc=(g.card(g.chance(0.7)), "CREDIT_CARD"), v=g.money(300, 6000))
        elif e == "Alteração e-mail":
            mm = g.pick(mules)
            doc.f("«e»", e=(g.email(mm, g.pick(["proton.me", "gmail.com", "outlook.com"])), "EMAIL_ADDRESS"))
        else:
            doc.f("«n», «t»", n=P(g.pick([son.full, son.first])), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        doc.t(" |\n" if style == "md" else "\n")
    doc.f("\nCONCLUSÃO: fraude confirmada. «ov» «s» não fez a validação biométrica exigida para troca de chip; credenciado suspenso "
          "e PDV notificado. Linha restabelecida em «d» com novo ICCID. Vítima orientada a registrar B.O. e a contestar os Pix no «b» (MED).\n\n"
          "«a» — Prevenção a Fraudes — «e» — «t»\n",
          ov="A vendedora" if seller.female else "O vendedor", s=P(g.pick([seller.short, seller.first])), d=dbr(g.after(day, 0, 2)), b=bank[1], a=P(an.full),
          e=(corp_mail(an, dom_of(carrier)), "EMAIL_ADDRESS"), t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


def fi_gateway(g: Gen) -> Doc:
    """A security incident: card numbers in the clear in the billing webhook log of an ISP (JSON lines), with the affected list."""
    doc = Doc()
    isp = g.pick(ISPS)
    sec = g.person()
    day = g.day()
    doc.f("INCIDENTE «n» — PAN em texto claro no log de cobrança recorrente (PCI DSS 3.3/3.4)\nAberto por: «s» — Segurança da Informação — «e»\n"
          "Severidade: alta   Sistema: billing-webhooks («isp»)\n\nTrecho do log (app-billing-«v»):\n",
          n=f"SEC-{g.d(5)}", s=P(sec.full), e=(corp_mail(sec, dom_of(isp)), "EMAIL_ADDRESS"), isp=isp, v=f"{g.ri(1, 3)}.{g.ri(0, 20)}.{g.ri(0, 9)}")
    affected = []
    for k, t in enumerate(g.moments(g.ri(3, 4), day, 1, (0, 24))):
        p = g.person()
        leak = k == 1 or g.chance(0.5)
        card = g.card(False)
        if leak:
            affected.append((p, card))
        payload = {"event": g.pick(["charge.created", "charge.failed", "subscription.renewed"]),
                   "customer": {"name": P(g.pick([p.full, p.capsf])), "document": (g.cpf("raw"), "BR_CPF"),
                                "email": (g.email(p), "EMAIL_ADDRESS"), "phone": (g.phone("e164"), "PHONE_NUMBER")},
                   "card": {"number": (card, "CREDIT_CARD"), "holder": fold(p.short).upper(), "exp": f"{g.ri(1, 12):02d}/{g.ri(26, 32)}"}
                   if leak else {"bin": card[:6], "last4": card[-4:],
                                 "brand": {"4": "visa", "5": "mastercard", "6": "elo", "3": "amex"}[card[0]]},
                   "amount": g.ri(7990, 24990), "ip": (g.ip(), "IP_ADDRESS") if g.chance(0.7) else g.ip_priv()}
        # the holder printed on the card is a PERSON, written through a tuple
        if leak:
            payload["card"]["holder"] = P(fold(p.short).upper())
        doc.f("«t» «lv» webhook ", t=ts(t, "isoz"), lv=g.pick(["INFO", "INFO", "DEBUG"]))
        jval(doc, payload, None)
        doc.t("\n")
    doc.t("\nAções: (1) expurgo dos logs de 30 dias; (2) mascaramento no serializer; (3) rotação das chaves do gateway; (4) notificação aos "
          "titulares afetados e à ANPD (Lei 13.709/2018, art. 48).\n\nTitulares afetados:\n")
    by_name = g.chance(0.5)
    for p, card in affected:
        if by_name:
            doc.f("  - «n» — cartão «m»\n", n=P(g.pick([p.full, p.short])), m=f"{card[:6]}******{card[-4:]}")
        else:
            doc.f("  - cliente «c» — cartão «m»\n", c=g.d(7), m=f"{card[:6]}******{card[-4:]}")
    if not affected:
        doc.t("  (nenhum nesta janela; ampliar a busca)\n")
    doc.f("\nResponsável pelo tratamento do incidente: «d» (DPO) — dpo@«dom»\n", d=P(g.person().full), dom=dom_of(isp))
    return doc


def fi_aluguel(g: Gen) -> Doc:
    """A tower company's monthly statement of site rents paid to landowners (fixed width), with the analyst's notes."""
    doc = Doc()
    tco = g.pick(TOWERCOS)
    an = g.person()
    day = g.day()
    uf = g.pick(UFS)
    doc.f("«t» — DEMONSTRATIVO DE PAGAMENTO DE ALUGUÉIS DE SITES\nCompetência «m»   Região «r»   Emitido em «d» por «lg»\n\n",
          t=fold(tco).upper(), m=f"{day.month:02d}/{day.year}", r=g.pick(["Nordeste", "Centro-Oeste", "Sul", "Norte", "Sudeste"]),
          d=dbr(day), lg=login(an, g))
    widths = [10, 28, 18, 4, 6, 12, 10, 8, 10]
    heads = ["SITE", "LOCADOR", "CPF/CNPJ", "BCO", "AG", "CONTA/PIX", "BRUTO", "IRRF", "LIQUIDO"]
    doc.t(" ".join(h.ljust(w) for h, w in zip(heads, widths)).rstrip() + "\n" + " ".join("=" * w for w in widths) + "\n")
    owners = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        pj = g.chance(0.15)
        owners.append(p)
        gross = g.ri(800, 4500)
        ir = 0 if pj or gross < 2260 else round(gross * 0.075, 2)
        doc.cell(g.site_code(uf), widths[0])
        doc.t(" ")
        if pj:
            doc.cell(cut("CONDOMINIO ED " + g.pick(["AURORA", "ESTRELA DO MAR", "ROSA BRANCA", "SAO BENTO"]), widths[1]), widths[1])
            doc.t(" ")
            doc.cell(g.cnpj(), widths[2], "BR_CNPJ")
        else:
            doc.cell(cut(g.pick([p.capsf, p.inverted]), widths[1]), widths[1], "PERSON")
            doc.t(" ")
            doc.cell(g.cpf(), widths[2], "BR_CPF")
        doc.t(" ")
        pix = g.chance(0.25)
        doc.cell("PIX" if pix else g.pick(BANKS)[0], widths[3])
        doc.t(" ")
        if pix:
            doc.cell("-", widths[4])
            doc.t(" ")
            doc.cell("(ver abaixo)", widths[5])
            doc.t(" ")
        else:
            doc.cell(g.agency(False), widths[4], "BANK_ACCOUNT")
            doc.t(" ")
            doc.cell(g.account(), widths[5], "BANK_ACCOUNT")
            doc.t(" ")
        doc.cell(f"{gross:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), widths[6], right=True)
        doc.t(" ")
        doc.cell(f"{ir:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), widths[7], right=True)
        doc.t(" ")
        doc.t(f"{gross - ir:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".").rjust(widths[8]) + "\n")
        if pix:
            doc.f("{pad}chave Pix (aleatória): «k»\n".replace("{pad}", " " * 11), k=(g.uuid(), "PIX_KEY"))
    dead = g.person()
    heir = g.relative(dead)
    other = g.pick(owners)
    doc.f("\nNOTAS\n1. Site «s»: locador«a» «d» faleceu em «dd». Pagamentos depositados em juízo até o alvará; herdeir«o» «h» (CPF «hc») "
          "apresentou a certidão de óbito e a escritura de inventário em «di».\n",
          s=g.site_code(uf), a="a" if dead.female else "", d=P(g.pick([dead.full, dead.short])), dd=dbr(g.after(day, -150, -30)), o=heir.o, h=P(heir.full),
          hc=(g.cpf(), "BR_CPF"), di=dbr(g.after(day, -20, -1)))
    doc.f("2. «n» pediu por e-mail («e») a troca da conta para ag. «ag», conta «cc»; confirmado por telefone no «t» (call-back).\n",
          n=P(g.pick([other.first + " " + other.last, other.full])), e=(g.email(other), "EMAIL_ADDRESS"), ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("3. Informe de rendimentos enviado aos locadores pessoa física. Dúvidas: patrimonial@«dom».\n\n«a» — Gestão Patrimonial de Sites\n",
          dom=dom_of(tco), a=P(an.full))
    return doc


def fi_fatura(g: Gen) -> Doc:
    """An itemised postpaid mobile bill (fatura detalhada) with a family line, third-party charges and the customer's contestation."""
    doc = Doc()
    carrier = g.pick(CARRIERS[:5])
    sub = g.person()
    dep = g.relative(sub)
    day = g.day()
    city, uf = g.city()
    doc.f("«c» — FATURA DETALHADA\nConta nº «ct»   Referência «r»   Vencimento «v»   Total R$ «tot»\n\nTitular: «n»\nCPF: «cpf»\n"
          "Endereço de cobrança: «ad» — «b» — «city»/«uf» — CEP «cep»\n\n",
          c=carrier.upper(), ct=g.d(10), r=f"{MONTHS[day.month - 1][:3]}/{day.year}", v=dbr(g.after(day, 10, 20)), tot=g.money(60, 400),
          n=P(g.pick([sub.caps, sub.full])), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"),
          b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    lines = [(sub, g.msisdn()), (dep, g.msisdn())]
    for owner, (ddd, local) in lines:
        doc.f("LINHA «l» — «p»", l=(g.fmt_phone(ddd, local, "par"), "PHONE_NUMBER"), p=g.pick(MOBILE_PLANS))
        if owner is dep and g.chance(0.7):
            doc.f(" — dependente: «n»", n=P(g.pick([dep.full, dep.caps])))
        doc.t("\n")
        doc.t("  DATA   HORA   NÚMERO CHAMADO      LOCAL              DURAÇÃO   VALOR\n")
        for t in g.moments(g.ri(3, 5), g.after(day, -30, -2), 25, (7, 23)):
            special = g.chance(0.15)
            num = g.pick(["0800 " + g.d(3) + " " + g.d(4), "*144", "1052", "4004-" + g.d(4)]) if special else g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.8))
            doc.t(f"  {t.day:02d}/{t.month:02d}  {t.hour:02d}:{t.minute:02d}  ")
            doc.cell(num, 18, None if special else "PHONE_NUMBER")
            doc.t(f"  {fold(g.city()[0]).upper()[:17]:<17}  00:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}  {g.pick(['0,00', '0,00', '0,' + g.d(2)])}\n")
        doc.t("\n")
    doc.f("SERVIÇOS DE TERCEIROS\n  «s1»  R$ «v1»\n  «s2»  R$ «v2»\n\nCódigo de barras: «bar»\n\n",
          s1=g.pick(["Aurora Play (assinatura)", "Horóscopo Estrela Guia", "Jogo da Vitória", "Rosa Quiz"]), v1=g.money(5, 20),
          s2=g.pick(["Banca Luz Notícias", "Clube Bento de Descontos", "Seguro Celular Amado"]), v2=g.money(5, 30),
          bar=" ".join(g.d(12) for _ in range(4)))
    att = g.person()
    doc.f("--- contestação registrada em «d» (protocolo «p») ---\nCliente: \"não contratei esses serviços de terceiros; a ligação de 40 minutos "
          "para o «t» também não reconheço\". \nAtendente «a»: SVAs cancelados e estornados na próxima fatura. O número «t2» é de «x», "
          "registrado na agenda da linha dependente; chamada procedente.\n",
          d=dbr(g.after(day, 3, 15)), p=g.protocol(), t=(pn := g.phone("plain"), "PHONE_NUMBER"), a=P(g.pick([att.full, att.first])),
          t2=(g.pick([pn, "(" + pn[:2] + ") " + pn[3:]]), "PHONE_NUMBER"), x=P(g.pick([g.person().full, g.person().first])))
    return doc


FI = [fi_cdr, fi_cobranca, fi_cancelamento, fi_simswap, fi_gateway, fi_aluguel, fi_fatura]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")


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
        digits = re.sub(r"\D", "", v)
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
            assert not re.search(r"[1-9@_]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not re.match(r"(sac|dpo|juridico|noc|abuse|ouvidoria|portabilidade|cobranca|sesmt|rh|suporte|financeiro|privacidade)@", v), (rid, v)
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
            assert re.match(r"(CRM|COREN|OAB|CRP|CREA|CRO|CREFITO)\b", v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    # hard negatives: a CPF-shaped run outside the gold spans fails the CPF check
    for m in CPF_LIKE.finditer(text):
        if free(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, m.group(1))
    # an IPv4 address outside the gold spans is private, CGNAT or a CIDR block; IPv6 outside the spans are prefixes
    for m in re.finditer(r"(?<![\w:])2[0-9a-f]{3}:[0-9a-f:]+(/\d+)?", text):
        if free(m):
            assert m.group(1), (rid, m.group(0))
    for m in IPV4.finditer(text):
        if text[max(0, m.start() - 5):m.start()] == "item ":
            continue  # a numbered item of a regulation ("NR-35, item 35.4.1.2"), not an address
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, m.group(0))
    # IMEIs, IMSIs and 15-digit ids outside the spans are never valid CNS; 16-digit runs never pass Luhn
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, m.group(0))


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
    total = rare = 0
    folded = {fold(w).lower() for name in RARE for w in re.findall(r"[\w'-]+", name)}
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
    print("ninetysecond", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
