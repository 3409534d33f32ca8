"""Build the hundred-and-first labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredfirst_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 10101, 280 records: 4 domains x 7 templates x 10 copies.

Register, new: DATING APPS, MATCHMAKING AGENCIES AND ROMANCE SCAMS ("golpe do amor", "estelionato
sentimental") -- the trust & safety and account-recovery desks of dating apps (fictional apps
Chamego, Xodó, Matchly, Cafuné, Par Perfeito, Amoreco, Laço, Flerte+), matchmaking agencies
("casamenteiras") and their clients, the police and courts that receive romance-scam, sextortion
and stalking cases, the sexual-health services the apps refer users to (CTA/SAE testing centres,
PrEP/PEP, SINAN notification, telehealth), psychological support for scam victims, and the banks
and card issuers that handle the Pix transfers (MED refunds, mule accounts) and subscription
chargebacks. Layouts vary heavily: in-app support chats with an assistant, ticket histories with
verification-bot log lines, an API's indented JSON and one-line JSON event logs, "Campo: valor"
forms, ruled boxes and dotted leaders, semicolon CSV (moderation queue, bank statement), WhatsApp
exports (Android and iOS; senders by name, by number or as the business), e-mail threads, an OCR'd
ALL CAPS police report with typos, an electronic police report, legal prose (petition, protective
measures, court order and the app's answer, hearing minutes), ruled / psql / pipe / plain tables,
Markdown tables, a fixed-width dispensing list (names cut at the field width), a SINAN-like form
with numbered fields, app-store receipts and an NFS-e, a speech-to-text call transcript (lower
case, no accents).
- atendimento: (0) an in-app support chat recovering a hijacked account: the assistant ("Cupido",
  "Flor", "Aurora", "Lia", "Bento Bot", "Xodozinho", "Amora", "Estrela"), then a security agent
  named or shown as "Atendente de Segurança"; e-mail or old phone, the intruder's e-mail and foreign
  phone, birth date, CPF (sometimes first mistyped), new phone, login IPs, a friend or the ex who
  knew the password; (1) a verification-selfie dispute ticket (liveness / face-match log lines with
  IPs, manual review with RG or CNH and birth date; a trans user's registry name and social name; or
  a catfish using the requester's photos reported by a sister or friend); (2) the app's
  safety-report JSON (reporter and reported profiles, display names, handles, e-mails, phones, signup
  and login IPs, match id, free text with the Pix key and the mule's name, a message excerpt where the
  victim typed her card number) and the T&S analyst's note; (3) a matchmaking agency's intake form
  (client's data, nickname, children, referral, plan, sometimes a card-charge authorisation with the
  full card number, LGPD consent and e-signature IP); (4) a WhatsApp export between the agency and a
  client (candidate presented, first date, the candidate's car plate for safety, instalment by Pix to
  a random key or to the agency's CNPJ key, CPF / birth date / e-mail for the renewal); (5) an e-mail
  thread appealing a ban (simultaneous logins from two IPs, the ex's e-mail and phone, reactivation or
  deletion); (6) the moderation queue as semicolon CSV (display names, handles, phones, e-mails,
  signup and last-login IPs) with the shift analyst's notes.
- juridico: (0) an OCR'd ALL CAPS police report of a romance scam (art. 171, § 2º-A, CP): victim's
  RG, CPF, sometimes título, birth date, parents, address, phones, e-mail; the persona and its phones;
  the narrative; the Pix transfers to mules (name cut, CPF, agency, account, or a random key; E2E ids);
  the daughter as witness; clerk and delegado; (1) an electronic police report of sextortion (victim's
  data with CNH or RG and sometimes título; the bait's first name, WhatsApp numbers, the Pix key and the
  key holder; first-person account; the validating investigator); (2) a small-claims petition against
  the app and the receiving bank (plaintiff qualified with RG, CPF, often NIT/PIS, e-mail, address,
  phone; lawyer with OAB; the mule's agency and account; precedents' CNJ numbers); (3) a request for
  urgent protective measures (Lei 11.340/2006 or art. 147-A CP) against a former match (requerente,
  children with birth dates, requerido with alias, phones, plate, address; the mother's address; lawyer
  or public defender; the judge's decision); (4) an LGPD access request by e-mail, the DPO's answer and
  the account's JSON export (login IPs, payments, billing CPF and address, matches' display names);
  (5) a court order under the Marco Civil and the app's answer (declared name and birth date, e-mail,
  phone, payer's CPF, access-log tables with IPv4 / IPv6 and port); (6) minutes of a conciliation
  hearing between a client and a matchmaking agency (preposto with RG, lawyers with OAB, conciliator,
  the refund to an account or a Pix key).
- saude: (0) a CTA record of a user sent by an app's campaign (civil and social name, birth date,
  CNS, CPF, mother, address, CEP, phone; rapid tests table; partner to be notified; counsellor's
  COREN or CRP, doctor's CRM); (1) a PrEP dispensing list (fixed width: names cut or "SURNAME, GIVEN",
  CNS, birth date, sometimes CPF) with the pharmacist's notes (a proxy with RG, CRF); (2) a
  psychologist's evolution notes for a scam victim (CNS, CPF, address, emergency contact, the persona,
  sessions, psychiatric referral with CRM, CRP); (3) an e-mail thread referring a user assaulted by a
  match from the emergency unit to the SAE for PEP follow-up (nurse's and doctors' e-mails, COREN and
  CRM, the aggressor's car plate, the mother's phone); (4) a SINAN-like notification of acquired
  syphilis / HIV / hepatitis with the partners reached (by phone or only by app handle); (5) a
  telehealth platform's one-line JSON event log renewing PrEP (patients with CPF, birth date, e-mail,
  phone, CNS, public IPs; doctors by name and CRM on private IPs) with the coordinator's note; (6) a
  WhatsApp export between a CTA line and a user (CPF / CNS / birth date for the booking, the partner's
  name and phone, the PrEP appointment with CRM, the nurse's COREN).
- financeiro: (0) a bank's MED dispute (client's agency and account, disputed transfers with E2E ids,
  receivers and keys -- random, e-mail, phone or a masked CPF; the internal analysis with the DICT
  notice id, the receivers' CPF, agency, account and opening IP; partial refund); (1) a daughter's
  e-mail to her mother's (or father's) bank manager with the statement as semicolon CSV marking the
  transfers to mules; (2) a card chargeback of a premium subscription (full card number, billing
  address, ARN, reason codes; the merchant's representment with the login IP; a replacement card);
  (3) an App Store / Google Play receipt and the app company's NFS-e to the subscriber; (4) the
  speech-to-text transcript of a call to the bank's fraud line (CPF read in groups, spoken birth date,
  phones read in groups, agency and account, the persona's and the receiver's names in lower case);
  (5) a bank's fraud / AML report on mule accounts (table with CPF, birth date, agency, account,
  opening IP, phone; CNH and NIT/PIS of a mule; the mother who "lent" the account; the beneficiary's
  random key; victims); (6) an e-mail thread cancelling a matchmaking contract (instalments table,
  refund to an account, a Pix key or the card typed in full).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.",
"MM.", "senhora", "seu", "dona"; particles inside a name (de, da, do, das, dos, e, van der) and
suffixes (Filho, Júnior, Neto, Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first names
alone and nicknames, also in lower case or ALL CAPS, are persons. Staff named in the text are
persons: support and security agents, T&S analysts and reviewers, matchmaking consultants, DPOs,
lawyers, judges, clerks, delegados and investigators, conciliators, prepostos, bank managers and
analysts, nurses, doctors, pharmacists, psychologists, community agents. Logins and system users
("kpataxo47", "ts_bot", "ts_lboyadjian", "verificacao-bot", a SICLOM operator), chat agents shown as
"Atendente", the business names shown as WhatsApp senders ("Duas Almas", "CTA Petrolina") and the
in-app assistants listed above are not persons. Corporate e-mails of people (nome.sobrenome@<app>,
@saude.<city>.<uf>.gov.br, a bank manager's, an agency's finance analyst's) are EMAIL_ADDRESS; role
mailboxes (suporte@, privacidade@, dpo@, juridico@, financeiro@, sae@, chargebacks@, no_reply@,
googleplay-noreply@) are not labelled. ADDRESS is street type + name + number + complement, in full,
abbreviated, ALL CAPS (also with OCR damage), inside JSON (not bairro, city, UF; the CEP is BR_CEP);
the seat of a company ("com sede na Avenida Brigadeiro Faria Lima, nº 2678") is not labelled. Agency
and account are separate BANK_ACCOUNT spans (victims', mules', clients'); bank codes and names are
not. PIX_KEY only for random (UUID) keys used as Pix keys, whoever owns them (an agency's collection
key, a mule's, the beneficiary's); a Pix key that is a CPF, an e-mail or a phone takes that label, and
the agency's CNPJ key is BR_CNPJ. DATE_OF_BIRTH only for birth dates, in any form (dd/mm/yyyy, d/m/yyyy,
dd/mm/yy, dd.mm.yyyy, ISO, long, spoken "28 do 1 de 1977"); dates of matches, messages, transfers,
reports, sessions, dispensing, returns, hearings and logins are not. PROFESSIONAL_ID includes the
council acronym and UF or region: CRM, COREN, CRP, CRF (pharmacist at the dispensing unit) and OAB.
CNPJs of apps, agencies and banks (numeric and the 2026 alphanumeric form, dotted or raw) are
BR_CNPJ. Masked values ("***.268.954-**", "456741******6942", "•••• 1234", "final 0025") are not
labelled.
Decisions of this set:
- Handles and usernames (@vinho_sp97, "kaue.pinheiro", "FRANCO.LINDQVIST" in the police report,
  Instagram handles) are account identifiers and never labelled, even when built from a real name.
  A profile's display name is a PERSON when it is a person's name or a name with an initial ("Olga",
  "Carlos J."), and is not labelled when it is a title ("Viúvo Solitário", "Morena Carioca",
  "Leão do Norte", "Capitão").
- The names a romance scammer used for the fake persona ("James Whitaker", "Natasha Petrova",
  "steven caldwell") are PERSON -- they are written as persons' names and often belong to the real
  people whose photos were stolen; the roles they claimed ("capitão do Exército americano") are not.
  So are the names of the real people whose photos were found by reverse search.
- An alias in an "Apelido" field (Magrão, Neguinho, a nickname) is a PERSON span of its own.
- Not labelled (internal ids and hard negatives): profile, match, report, session and chat ids
  (24-hex and prefixed ids), Pix end-to-end ids (E / D + ISPB + timestamp), the DICT infraction-notice
  UUID, BO numbers, CNJ numbers, protocol, ticket, case, order (GPA.…, MT…), NFS-e, contract and COAF
  numbers, ARNs (23 digits), CNES codes, IMEIs (checked not to be valid CNS), the first hex digits of a
  key read out in a call ("comecava com 004c"), card expiry dates, lot numbers, e-signature hashes.
- IP_ADDRESS is every globally routable IPv4 / IPv6 address (logins, signups, liveness checks, report
  registration, e-signatures, account openings, court-order log rows); a mobile carrier's CGNAT address
  (100.64.0.0/10) and private addresses of a clinic's workstation (192.168.x) are not labelled; ports
  stay outside the span.
- PHONE_NUMBER covers Brazilian and foreign numbers (+234, +1, +44, +233, +971, +351) in any format,
  MSISDNs in JSON and CSV, WhatsApp senders shown by number, numbers read in groups in the transcript.
- Names cut by a fixed-width field are labelled as they stand ("FERNANDA CAVALCANTE DE SIQ"); so are
  names and addresses damaged by OCR in the ALL CAPS report ("LlZ MABEL ALMEIDA BENITEZ",
  "SATURNIN0"); identifiers there are printed clean.
- A full card number typed by a victim to a scammer, in a card-charge authorisation, in a chargeback
  or in a refund e-mail is CREDIT_CARD; the holder's name next to it is a PERSON.
- Plates of a date's car, an aggressor's car and a requerido's car are LICENSE_PLATE; a mule's CNH
  shown at account opening, a victim's CNH in a report or a verification dispute are BR_CNH; NIT/PIS of
  a plaintiff asking for free justice and of a mule found in CNIS are BR_PIS; títulos in police
  reports are BR_TITULO_ELEITOR.

Names: Brazilian names of many origins -- Portuguese common, regional and old-fashioned (Zózimo,
Epaminondas, Escolástica, Quitéria, Deusdete), coined (Kethelyn, Jhemerson, Waldisney, Nathyelle),
Italian, German/Pomeranian, Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian, Angolan,
Senegalese, indigenous, Jewish, Bolivian, Venezuelan, Paraguayan, Polish/Ukrainian, Armenian -- plus
the English / Nordic / Slavic names of scam personas, with rare or invented name words well above a
quarter (main() prints the share). Names that are also words (Rosa, Luz, Flor, Vitória, Aurora,
Celeste, Estrela, Serena, Glória, Esperança, Bento, Prudente, Amado, Clemente, Sereno, Justo, Modesto,
Leão, Branco; surnames Rosa, Branco, Prudente, Amado, Leão, Paz, Cruz, Luz, Serra, Sereno, Estrela,
Pastor) are used as names and, elsewhere, as words and in agencies, plans, places, restaurants,
bots and bios, which are not persons: the bots "Flor", "Aurora", "Estrela", "Bento Bot", the agencies
Casamenteira Aurora, Amado & Leão Matchmaking, Bento & Prudente Apresentações Seletas, Rosa dos
Ventos Relacionamentos, the Plano Celeste 50+ and Plano Rosa Branca, Café Aurora, Cantina Bento,
Restaurante Leão Dourado, Confeitaria Prudente, Farmácia São Bento, bios ("Rosa é a minha cor
preferida", "Sereno, caseiro", "Prudente nas escolhas"), display names ("Leão do Norte", "Flor do
Cerrado"), Presidente Prudente, Bento Gonçalves, Santa Rosa, Estrela (RS), Nova Aurora, Esperança
(PB), Bairro da Luz, Rua Flor de Maio. Health services and streets named after people ("CTA Municipal
Dr. Jamil Bechara", "SAE Bento Ribeiro", Rua Dona Escolástica Rosa inside an address) are not persons.

Hard negatives (never labelled): CNJ numbers, BO numbers, 11-digit protocols failing the CPF check
(the script checks every CPF-shaped run outside a gold span), E2E ids, the DICT notice UUID, 15-digit
IMEIs (checked not to be valid CNS), 16-digit runs outside spans (checked to fail Luhn), 23-digit ARNs,
CGNAT / private IPs (checked), ICD-10 codes (Z11.4, Z20.6, Z20.2, Z71.7, Z72.5, Z29.8, A53.9, A51.0,
B24, F43.2, F41.1, T74.2, Y05), money, laws and rules (art. 171 § 2º-A, 147-A, 158, 216-B, 218-C do
CP, Lei 11.340/2006, Lei 14.132/2021, Lei 12.965/2014, Lei 13.709/2018, Lei 9.613/1998, Resolução BCB
nº 103/2021, Resolução CMN nº 4.753/2019, Súmula 479 do STJ, Resolução CFP nº 001/2009), reason codes
(10.4, 4837, 13.2), companies named after people or words, dates that are not birth dates.
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
SEED = 10101
OUT_NAME = "hundredfirst.jsonl"

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
RARE_F += ["Rosicleide", "Gerusa", "Quitéria", "Eulália", "Dorotéia", "Iolanda", "Marlúcia", "Josenilda", "Eronildes",
           "Ivanilde", "Yasmyn", "Nathyelle", "Kemilly", "Ruthiely"]
RARE_M += ["Jurandir", "Ozéas", "Anésio", "Ubirajara", "Eliseu", "Deusdete", "Lindomar", "Orlandino", "Waldisney",
           "Jhemerson", "Kauê", "Nivaldo"]
RARE_SUR += ["Tavares Bastos", "Caminha", "Brandão Lins", "Falcão", "Correia Lima", "Bulhões", "Godinho", "Marroquim",
             "Siqueira Campos", "Peixoto", "Alcântara", "Furtado"]
RARE.update(["Rosicleide", "Gerusa", "Quitéria", "Eulália", "Dorotéia", "Marlúcia", "Josenilda", "Eronildes", "Ivanilde",
             "Yasmyn", "Nathyelle", "Kemilly", "Ruthiely", "Ozéas", "Anésio", "Ubirajara", "Deusdete", "Lindomar", "Orlandino",
             "Waldisney", "Jhemerson", "Kauê", "Tavares Bastos", "Caminha", "Brandão Lins", "Bulhões", "Marroquim"])

STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Vila", "Beco"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Flor de Maio", "da Aurora", "Estrela Dalva",
                "Padre Ibiapina", "Dom Luís", "Coronel Catunda", "Professora Zuleica Bezerril", "Tiradentes",
                "Quinze de Novembro", "Marechal Deodoro", "da Paz", "Luz do Sol", "Rosa dos Ventos", "José Amado Torres",
                "Castro Alves", "Santos Dumont", "Frei Damião", "Irmã Dulce", "dos Namorados", "Rondon",
                "Pedro Álvares Cabral", "das Margaridas", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras",
                "Senador Pompeu", "Monsenhor Tabosa", "São Bento", "Beira Rio", "Vitória Régia", "dos Cajueiros",
                "Doutor Jamil Bechara", "Leão Sereno", "Serra Branca", "Cupido", "Coração de Jesus", "Amor Perfeito",
                "Dona Escolástica Rosa", "Augusta", "Haddock Lobo", "Visconde de Pirajá", "Cônego Macário Girão"]
CITIES = [("São Paulo", "SP"), ("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Rio de Janeiro", "RJ"),
          ("Belo Horizonte", "MG"), ("Curitiba", "PR"), ("Porto Alegre", "RS"), ("Salvador", "BA"), ("Recife", "PE"),
          ("Fortaleza", "CE"), ("Goiânia", "GO"), ("Brasília", "DF"), ("Manaus", "AM"), ("Belém", "PA"),
          ("Florianópolis", "SC"), ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"), ("Teresina", "PI"),
          ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"), ("Campinas", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Santos", "SP"), ("Niterói", "RJ"), ("Juiz de Fora", "MG"), ("Uberlândia", "MG"),
          ("Londrina", "PR"), ("Joinville", "SC"), ("Caxias do Sul", "RS"), ("Bento Gonçalves", "RS"), ("Santa Rosa", "RS"),
          ("Estrela", "RS"), ("Nova Aurora", "PR"), ("Esperança", "PB"), ("Feira de Santana", "BA"), ("Petrolina", "PE"),
          ("Juazeiro do Norte", "CE"), ("Mossoró", "RN"), ("Imperatriz", "MA"), ("Aracaju", "SE"), ("Palmas", "TO"),
          ("Porto Velho", "RO"), ("Boa Vista", "RR"), ("Macapá", "AP"), ("Rio Branco", "AC"), ("Sorocaba", "SP")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL", "RO", "RR", "TO"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Pinheiros", "Copacabana", "Savassi",
           "Boa Viagem", "Meireles", "Batel", "Moinhos de Vento", "Pituba", "Asa Norte", "Jardim Vitória", "Bela Vista",
           "Parque das Flores", "Vila Estrela", "Tijuca", "Bairro da Luz", "Cidade Nova", "Jardim Paulista",
           "Conjunto Esperança", "Santa Luzia", "Ponta Verde", "Vila Mariana", "Campo Grande", "Itaquera"]

# dating apps (name, domain), premium tiers, in-app assistants (bots: never persons)
APPS = [("Chamego", "chamego.app"), ("Xodó", "xodo.app.br"), ("Matchly", "matchly.com.br"), ("Cafuné", "cafune.app"),
        ("Par Perfeito", "parperfeito.com.br"), ("Amoreco", "amoreco.app"), ("Laço", "lacoapp.com.br"),
        ("Flerte+", "flertemais.app")]
TIERS = ["Plus", "Gold", "Premium", "Infinity", "Black", "Platinum"]
BOTS = ["Cupido", "Flor", "Aurora", "Lia", "Bento Bot", "Xodozinho", "Amora", "Estrela"]
AGENCIES = ["Casamenteira Aurora Assessoria Afetiva Ltda.", "Amado & Leão Matchmaking", "Flor de Laranjeira Encontros Qualificados",
            "Duas Almas Consultoria de Relacionamentos", "Par Ideal Executivo Ltda.", "Rosa dos Ventos Relacionamentos ME",
            "Bento & Prudente Apresentações Seletas", "Cupido Sênior Assessoria 50+"]
AGENCY_PLANS = ["Plano Essencial (6 apresentações)", "Plano Diamante 12 meses", "Plano Celeste 50+", "Plano Executivo Premium",
                "Plano Rosa Branca (4 apresentações)", "Plano Aliança 18 meses"]
# names that romance scammers use for their personas (foreign "officers", "doctors", "engineers", "models")
PERSONA_M = ["James", "Richard", "Steven", "Mark", "Daniel", "William", "Anthony", "Robert", "Kevin", "Christopher", "Douglas",
             "Henrik", "Franco"]
PERSONA_F = ["Natasha", "Olga", "Anastasia", "Chloe", "Emily", "Svetlana", "Melissa", "Ingrid", "Yelena"]
PERSONA_SUR = ["Whitaker", "Harper", "Callahan", "Brennan", "Sullivan", "Morrison", "Fitzgerald", "McAllister", "Donovan",
               "Hughes", "Lindqvist", "van der Berg", "Kowalski", "Petrova", "Ivanova", "Moreau", "Albrecht", "Caldwell"]
PERSONA_ROLES_M = ["capitão do Exército americano em missão na Síria", "médico da ONU no Iêmen",
                   "engenheiro de uma plataforma de petróleo no Mar do Norte", "empresário viúvo que mora em Dubai",
                   "militar da OTAN no Afeganistão", "comandante de navio petroleiro", "cirurgião ortopedista em Londres",
                   "investidor de criptomoedas em Singapura", "geólogo numa mineradora em Gana"]
PERSONA_ROLES_F = ["modelo ucraniana que queria se mudar para o Brasil", "enfermeira da ONU no Sudão",
                   "engenheira numa plataforma no Mar do Norte", "viúva de um empresário de Dubai", "médica militar americana na Síria",
                   "investidora de criptomoedas em Singapura", "comissária de bordo de uma companhia árabe"]
SCAM_ASKS = ["a taxa de liberação de uma caixa com dólares retida na alfândega", "a passagem para vir me conhecer",
             "a taxa de férias do Exército", "o hospital do filho dele que sofreu um acidente",
             "o desembaraço de um pacote com joias e um iPhone", "um investimento em cripto que ia render 40% ao mês",
             "o frete de um presente retido pela Receita", "os honorários de um advogado para liberar a herança",
             "a multa do visto para ele sair do país"]
DISPLAY_NONNAMES_F = ["Morena Carioca", "Anjo", "Princesa do Sertão", "Flor do Cerrado", "Doce Mistério", "Sereia",
                      "Loira 40+", "Mulher de Fé", "Gaúcha Sincera", "Estrela Guia"]
DISPLAY_NONNAMES_M = ["Viúvo Solitário", "Coração Valente", "Gaúcho Sério", "Executivo SP", "Engenheiro Offshore",
                      "Lobo Solitário", "Capitão", "Romântico 50+", "Moreno Alto", "Leão do Norte"]
DISPLAY_NONNAMES = DISPLAY_NONNAMES_F + DISPLAY_NONNAMES_M
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"),
         ("290", "PagSeguro"), ("380", "PicPay"), ("323", "Mercado Pago"), ("403", "Cora SCD")]
BANK_LEGAL = {"Banco do Brasil": "BANCO DO BRASIL S.A.", "Bradesco": "BANCO BRADESCO S.A.", "Itaú": "ITAÚ UNIBANCO S.A.",
              "Caixa": "CAIXA ECONÔMICA FEDERAL", "Santander": "BANCO SANTANDER (BRASIL) S.A.",
              "Nu Pagamentos": "NU PAGAMENTOS S.A. — INSTITUIÇÃO DE PAGAMENTO", "Banco Inter": "BANCO INTER S.A.",
              "Sicoob": "BANCO COOPERATIVO SICOOB S.A.", "Sicredi": "BANCO COOPERATIVO SICREDI S.A.", "C6 Bank": "BANCO C6 S.A.",
              "PagSeguro": "PAGSEGURO INTERNET INSTITUIÇÃO DE PAGAMENTO S.A.", "PicPay": "PICPAY INSTITUIÇÃO DE PAGAMENTO S.A.",
              "Mercado Pago": "MERCADO PAGO INSTITUIÇÃO DE PAGAMENTO LTDA.", "Cora SCD": "CORA SOCIEDADE DE CRÉDITO DIRETO S.A."}
ISPB = {"001": "00000000", "237": "60746948", "341": "60701190", "104": "00360305", "033": "90400888", "260": "18236120",
        "077": "00416968", "756": "02038232", "748": "01181521", "336": "31872495", "290": "08561701", "380": "22896431",
        "323": "10573521", "403": "37880206"}
DELEGACIAS = ["Delegacia de Repressão aos Crimes Cibernéticos (DRCC)", "Delegacia Especializada de Atendimento à Mulher (DEAM)",
              "1ª Delegacia de Polícia de Defraudações", "Divisão de Crimes Cibernéticos — DEIC", "Delegacia Eletrônica",
              "5º Distrito Policial", "Delegacia de Defesa da Mulher (DDM)", "Central de Flagrantes"]
CTAS = ["CTA/SAE Jardim Aurora", "CTA Henfil", "Centro de Testagem e Aconselhamento da Vila Estrela", "CTA/SAE Santa Luzia",
        "Ambulatório de IST/Aids Rosa Branca", "CTA Municipal Dr. Jamil Bechara", "SAE Bento Ribeiro"]
HOSPITALS = ["Hospital Municipal Prudente de Morais", "UPA 24h Vila Estrela", "Hospital São Bento", "Hospital Dia da Rede Hora Certa",
             "Pronto-Socorro da Luz", "Hospital Estadual Aurora", "Santa Casa de Misericórdia"]
PSI_SERVICES = ["Clínica-Escola de Psicologia da Universidade Federal", "Programa Recomeço — apoio a vítimas de golpes afetivos",
                "Serviço de Psicologia Aplicada (SPA)", "Núcleo Flor de Lótus de Atendimento Psicológico", "CAPS II Vila Rosa"]
PHONE_MODELS = ["SM-A546E", "SM-S918B", "iPhone14,5", "iPhone15,2", "moto g84 5G", "Redmi Note 13", "SM-A155M", "POCO X6",
                "iPhone12,1", "moto e22"]
# words that are also names, used as words, places, plans, companies and bots (never persons)
BIO_LINES = ["Amo flor de cerejeira, praia e um bom vinho 🍷", "Procuro alguém leal. Sem joguinhos.",
             "Fé em Deus, família em primeiro lugar.", "Aurora de um novo ciclo ☀️", "Viúvo, sei o valor de um amor de verdade",
             "Engenheiro, viajo muito a trabalho", "Quem tem paz no coração tem tudo", "Leão no signo, gatinho na vida real",
             "Vivo entre Luz e sombra, como todo mundo", "Não curto fumante. Amo cachorro.", "Rosa é a minha cor preferida 🌹",
             "Sereno, caseiro, gosto de cozinhar", "Prudente nas escolhas, intenso nos sentimentos"]


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

    def imei(self) -> str:
        while True:
            b = self.pick(["35", "35", "86", "01", "49"]) + self.d(12)
            n = b + luhn_dv(b)
            if not cns_ok(n):
                return n

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
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2019, 2024)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"ATD-{self.d(6)}", f"{self.ri(2024, 2026)}/{self.d(6)}",
                          f"{self.d(2)}{self.up(1)}{self.d(8)}"])

    # ----------------------------------------------------------------- register-specific ids (never labelled)
    def oid(self) -> str:
        """A 24-hex profile / match / report id (no long digit run)."""
        while True:
            s = self.hexs(24)
            if not re.search(r"\d{7}", s):
                return s

    def alnum_id(self, n: int, prefix: str = "") -> str:
        while True:
            s = "".join(self.pick("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))
            if not re.search(r"\d{4}", s):
                return prefix + s

    def e2e(self, t: datetime.datetime, bank: str | None = None) -> str:
        """A Pix end-to-end id: E + ISPB + yyyymmddHHMM + 11 alphanumerics."""
        ispb = ISPB.get(bank or "", None) or self.pick(sorted(ISPB.values()))
        return f"E{ispb}{t:%Y%m%d%H%M}" + self.alnum_id(11)

    def bo_number(self, year: int | None = None) -> str:
        y = year or self.ri(2024, 2026)
        return self.pick([f"{y}-{self.d(6)}", f"{self.d(4)}/{y}", f"{self.up(2)}{self.d(4)}-{self.ri(1, 9)}/{y}",
                          f"{self.d(3)}-{self.d(5)}/{y}", f"{self.d(8)}/{y}"])

    def handle(self, p: "Person | None" = None) -> str:
        """An app username / Instagram handle (never labelled, even when built from a name)."""
        if p is None or self.chance(0.35):
            a = self.pick(["morena", "gato", "lobo", "sereia", "cafe", "anjo", "leao", "flor", "capitao", "vinho", "praia",
                           "sol", "lua", "docinho", "viajante", "engenheiro", "gaucho", "carioca"])
            b = self.pick(["_sp", "_rj", ".bh", "_poa", "_70", "_83", "2024", "_oficial", ".real", "_solteiro", "_lindo",
                           "x", "_nordestina", "", "_"]) + (self.d(2) if self.chance(0.5) else "")
            return a + b
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}", f"{f}_{l}{self.d(2)}", f"{f}{l[:3]}", f"{f}.{self.d(2)}", f"_{f}{l}_",
                          f"{f}{self.ri(70, 99)}", f"{l}.{f}", f"eu{f}", f"{f}_oficial"])

    def foreign_phone(self) -> str:
        return self.pick([f"+1 ({self.ri(201, 989)}) {self.ri(200, 989)}-{self.d(4)}", f"+44 7{self.d(3)} {self.d(6)}",
                          f"+234 80{self.ri(2, 9)} {self.d(3)} {self.d(4)}", f"+233 {self.ri(20, 59)} {self.d(3)} {self.d(4)}",
                          f"+971 5{self.ri(0, 8)} {self.d(3)} {self.d(4)}", f"+1{self.ri(201, 989)}{self.ri(200, 989)}{self.d(4)}",
                          f"+351 9{self.ri(1, 6)} {self.d(3)} {self.d(4)}"])

    def role(self, p: "Person") -> str:
        """What a scammer's persona claimed to be (gendered)."""
        return self.pick(PERSONA_ROLES_F if p.female else PERSONA_ROLES_M)

    def persona(self, female: bool = False) -> "Person":
        given = self.pick(PERSONA_F if female else PERSONA_M)
        return Person(given, [self.pick(PERSONA_SUR)], female)

    def cid(self, kind: str) -> str:
        return self.pick({"ist": ["Z11.4", "Z20.6", "Z20.2", "Z71.7", "Z72.5", "Z11.3"],
                          "pos": ["A53.9", "A51.0", "B24", "Z21", "A54.9", "B18.1", "A60.0"],
                          "psi": ["F43.2", "F43.1", "F41.1", "F32.1", "F41.2", "F43.0"],
                          "pep": ["Z20.6", "T74.2", "Z29.8", "Y05"]}[kind])

    def money_v(self, lo: int, hi: int) -> tuple[str, float]:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}", v / 100

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
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {self.ri(1000, 99999)}", f"CRF/{uf} nº {self.ri(1000, 99999)}"])
        if kind == "CRESS":
            return f"CRESS {self.ri(1, 25)}ª Região nº {self.ri(1000, 59999)}"
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
# =========================================================================== shared pieces


def ip_t(g: Gen, pub: float = 0.85) -> tuple:
    """A login / upload / signature IP as logged: public v4 or v6 (labelled) or a mobile carrier's CGNAT address (not)."""
    r = g.rng.random()
    if r < pub * 0.82:
        return (g.ip_pub(), "IP_ADDRESS")
    if r < pub:
        return (g.ip6_pub(), "IP_ADDRESS")
    return V(g.ip_cgnat())


def display(g: Gen, p: Person) -> tuple:
    """A profile's display name: the first name (a person) or a nickname-like title that is not a name."""
    if g.chance(0.72):
        return P(g.pick([p.first, p.first, p.first, p.initial]))
    return V(g.pick(DISPLAY_NONNAMES_F if p.female else DISPLAY_NONNAMES_M))


def app_of(g: Gen) -> tuple[str, str]:
    return g.pick(APPS)


def wa_prefix(t: datetime.datetime, ios: bool) -> str:
    return ts(t, "waios") + " " if ios else ts(t, "wa") + " - "


COUNTRIES = [("NG", "Lagos"), ("GH", "Acra"), ("US", "Ashburn"), ("AE", "Dubai"), ("BR", "São Paulo"), ("GB", "Londres"),
             ("PT", "Lisboa"), ("NL", "Amsterdã"), ("CI", "Abidjan")]

# =========================================================================== atendimento


def at_recuperacao(g: Gen) -> Doc:
    """In-app support chat: the assistant, then a security agent recovering a hijacked account."""
    doc = Doc()
    app, dom = app_of(g)
    bot = g.pick(BOTS)
    u = g.person()
    ag = g.person()
    start = g.moments(1, None, 1, (7, 23))[0]
    ms = iter([start + datetime.timedelta(seconds=s) for s in sorted(g.sample(range(5, 2400), 26))])
    doc.f("«app» · Central de Ajuda · conversa «cid»\nAberta em «st» · «os» v«ver» · usuário não autenticado\nOrigem: IP «ip» · pt-BR\n\n",
          app=app, cid=g.alnum_id(10), st=ts(start, "brs"), os=g.pick(["Android 14", "iOS 17.5", "Android 13", "iOS 18.1", "web"]),
          ver=f"{g.ri(5, 14)}.{g.ri(0, 30)}.{g.ri(0, 9)}", ip=ip_t(g))
    ag_named = g.chance(0.25)
    ag_name = g.pick([ag.first, ag.short, ag.first])
    who_u = g.pick(["Você", "Visitante", "Usuário"])

    def line(who: str, msg: str, **kw) -> None:
        doc.t(f"[{ts(next(ms), 'hms')}] ")
        if who == "u":
            doc.t(who_u + ": ")
        elif who == "b":
            doc.t(f"{bot} (assistente virtual): ")
        elif ag_named:
            doc.e(ag_name, "PERSON")
            doc.t(" (Segurança): ")
        else:
            doc.t("Atendente de Segurança: ")
        doc.f(msg, **kw)
        doc.t("\n")

    line("b", f"Oi! Eu sou {'o' if bot in ('Cupido', 'Bento Bot', 'Xodozinho') else 'a'} {bot}, assistente do {app} 💘 Como posso ajudar?\n"
              "  1) Não consigo entrar  2) Minha conta foi invadida  3) Assinatura e pagamentos  4) Falar com uma pessoa")
    line("u", g.pick(["2", "minha conta foi invadida", "2 invadiram meu perfil", "4"]))
    line("b", "Poxa, sinto muito 😟 Me informa o e-mail ou o celular cadastrado na conta?")
    old_phone = g.chance(0.5)
    if old_phone:
        line("u", "«p» (era esse, mas perdi o chip)", p=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    else:
        line("u", "«e»", e=(g.email(u), "EMAIL_ADDRESS"))
    line("b", "Obrigado! Vou te transferir para a equipe de Segurança. Tempo estimado: «m» min.", m=g.ri(2, 9))
    hh = f"{g.ri(0, 5):02d}:{g.ri(0, 59):02d}"
    att = g.person()
    att_mail = g.pick([g.email(att), f"{g.handle()}{g.d(3)}@{g.pick(['gmail.com', 'outlook.com', 'proton.me', 'yandex.com'])}"])
    line("a", "Oi, «n»! Aqui é «a», do time de Segurança do «app». Vi que o e-mail e o telefone da sua conta foram alterados hoje às «h». "
              "Você reconhece o e-mail «x»?", n=P(u.first), a=P(ag.first), app=app, h=hh,
         x=(att_mail, "EMAIL_ADDRESS"))
    friend = g.person(female=g.chance(0.7))
    ex = g.person(female=not u.female if g.chance(0.8) else u.female)
    story = g.pick(["friend", "ex", "none"])
    if story == "friend":
        line("u", "nãoo!! nunca vi esse email. «am» «f» me mandou print do MEU perfil pedindo pix pra ela 😭😭",
             am="minha amiga" if friend.female else "meu amigo", f=P(g.pick([friend.first, friend.nick, friend.short])))
    elif story == "ex":
        line("u", "nao reconheço. so «ar» «x» sabia minha senha, a gente terminou semana passada", ar="a" if ex.female else "o", x=P(g.pick([ex.first, ex.nick, ex.low])))
    else:
        line("u", "não! eu tava dormindo nessa hora")
    line("a", "Entendi. Para confirmar que a conta é sua, me passa: a data de nascimento cadastrada, o nome de usuário e os 4 últimos "
              "dígitos do cartão da assinatura (se tiver).")
    fin = g.d(4)
    dob_fmt = g.pick(["br", "br", "nopad", "short", "long"])
    line("u", g.pick(["nasci «d», usuario @«h», cartao final «c»", "«d» / @«h» / «c»", "data de nascimento «d»\nuser: «h»\nfinal «c»"]), d=(g.dob(dob_fmt, 1958, 2004), "DATE_OF_BIRTH"), h=g.handle(u), c=fin)
    country, place = g.pick(COUNTRIES)
    line("a", "Obrigad«o». A alteração partiu do IP «i» («pl», «c») num aparelho «m»; o seu último acesso legítimo foi do IP «j».",
         o=ag.o, i=(g.ip_pub(), "IP_ADDRESS"), pl=place, c=country, m=g.pick(PHONE_MODELS), j=ip_t(g, 0.9))
    if g.chance(0.7):
        line("a", "Acessos das últimas 48 h: «a» · «b» · «c». Só o último é seu?", a=(g.ip_pub(), "IP_ADDRESS"), b=ip_t(g, 0.9), c=ip_t(g, 0.9))
        line("u", g.pick(["acho que sim", "não sei ver isso 😕", "sim, o último é da minha casa"]))
    line("a", "Preciso também do seu CPF, só para a checagem antifraude (ele não aparece no perfil).")
    if g.chance(0.3):
        line("u", "«c»", c=g.neg_cpf())
        line("a", "Hmm, esse CPF não passou na validação. Pode conferir os dígitos?")
        line("u", "desculpa, é «c»", c=(g.cpf("dot"), "BR_CPF"))
    else:
        line("u", "«c»", c=(g.cpf(), "BR_CPF"))
    line("a", "Certo. Qual celular você quer deixar na conta?")
    line("u", "«p»", p=(g.phone(g.pick(["par", "plain", "raw", "nospace"])), "PHONE_NUMBER"))
    line("a", "Feito ✅ Removi o e-mail «x» e o telefone «t» que tinham sido incluídos, encerrei todas as sessões e ativei a verificação "
              "em duas etapas. Mandei o link de nova senha para «e».", x=(att_mail, "EMAIL_ADDRESS"), t=(g.foreign_phone(), "PHONE_NUMBER"),
         e=(g.email(u), "EMAIL_ADDRESS"))
    if g.chance(0.6):
        line("a", "Os «k» matches que receberam mensagens da sua conta nas últimas 24 h foram avisados de que ela estava comprometida. "
                  "Se alguém fez Pix achando que era você, oriente a pessoa a registrar BO e acionar o banco pelo MED.", k=g.ri(2, 14))
    line("u", g.pick(["obrigad" + u.o + " «a»!!!", "valeu demais", "muito obrigad" + u.o + ", «a»", "ok"]), a=P(ag.first))
    line("a", "Disponha! Protocolo «p». Perfil «o» reativado às «h».", p=g.protocol(), o=g.oid(), h=ts(next(ms), "hm"))
    doc.t("— conversa encerrada —\n")
    return doc


def at_selfie(g: Gen) -> Doc:
    """Ticket history of a verification-selfie dispute (liveness failed; manual review with a document), or a catfish report."""
    doc = Doc()
    app, dom = app_of(g)
    u = g.person()
    ag = g.person()
    rev = g.person()
    t0 = g.moments(1, None, 1, (7, 23))[0]
    steps = iter([t0 + datetime.timedelta(minutes=s) for s in sorted(g.sample(range(3, 4000), 8))])
    oid = g.oid()
    catfish = g.chance(0.35)
    trans = not catfish and g.chance(0.3)
    subject = "Perfil falso usando minhas fotos" if catfish else g.pick(["Selfie de verificação recusada 3x", "não consigo verificar meu perfil",
                                                                          "Verificação reprovada — sou eu na foto!"])
    doc.f("#«tid» · «s»\nStatus: «st» · Grupo: Trust & Safety / Verificação · Canal: «c»\nSolicitante: «n» <«e»> · Perfil «o» (@«h») · «app» «tier»\n"
          "Telefone verificado: «tel» · Último IP: «ip»\n\n", tel=(g.phone(g.pick(["e164", "plus", "par"])), "PHONE_NUMBER"), ip=ip_t(g),
          tid=g.d(6), s=subject, st=g.pick(["Resolvido", "Resolvido", "Aguardando cliente", "Fechado"]), c=g.pick(["formulário web", "e-mail", "app"]),
          n=P(g.pick([u.full, u.short])), e=(g.email(u), "EMAIL_ADDRESS"), o=oid, h=g.handle(u), app=app, tier=g.pick(TIERS))

    def head(who: tuple | None, role: str) -> datetime.datetime:
        t = next(steps)
        doc.f("── «t» · ", t=ts(t, "br"))
        if who is None:
            doc.t(role + "\n")
        else:
            doc.e(who[0], who[1])
            doc.t(f" ({role})\n")
        return t

    req_named = g.chance(0.4)
    head(P(u.first if g.chance(0.5) else u.short) if req_named else None, "solicitante")
    if catfish:
        fake_disp = g.pick([u.first, g.person(female=u.female).first])
        sis = g.relative(u)
        doc.f("Oi. Tem um perfil aí com as MINHAS fotos, com o nome «f», «a» anos, dizendo que mora em «c». Quem me avisou foi «s», que deu "
              "match com ele e estranhou. Eu sou «n», meu perfil verdadeiro é o @«h». Já mandei meu documento no anexo. Por favor tirem do ar, "
              "esse perfil já pediu dinheiro pra gente!\nAnexos: print_perfil.jpg, print_conversa.jpg, «doc».jpg\n\n",
              f=P(fake_disp), a=g.ri(22, 49), c=g.city()[0], s=P(g.pick([sis.first, sis.full])), n=P(g.pick([u.full, u.first + " " + u.last])),
              h=g.handle(u), doc=g.pick(["cnh_frente", "rg_frente_verso", "documento"]))
    else:
        doc.f("«m»\nAnexos: «a»\n\n", m=g.pick([
            "Tentei verificar 3 vezes e o app diz que a selfie não corresponde às fotos do perfil. Sou eu em todas! Só estava sem óculos.",
            "meu perfil ta sem o selo e agora ninguém dá match, fiz a selfie piscando certinho e reprovou de novo",
            "A verificação reprovou e o perfil ficou com alerta de 'possível perfil falso'. Isso está me prejudicando, quero revisão humana."]),
            a=g.pick(["selfie_tentativa3.jpg", "print_erro.png", "cnh_digital.pdf"]))
    tl = head(None, "verificacao-bot · nota interna") - datetime.timedelta(minutes=g.ri(20, 50))
    dev = g.pick(PHONE_MODELS)
    for k in range(g.ri(2, 3)):
        t = tl + datetime.timedelta(seconds=k * 420 + g.ri(0, 300))
        doc.f("«t» verify.liveness profile=«o» session=«s» score=0.«sc» result=FAIL reason=«r» device=«d» ip=«ip»\n",
              t=ts(t, "isoz"), o=oid, s=g.hexs(12), sc=g.ri(11, 58), r=g.pick(["low_light", "screen_replay", "face_not_centered", "blink_missing"]),
              d=dev, ip=ip_t(g))
    doc.f("«t» verify.face_match profile=«o» score=0.«s» threshold=0.78 result=«r»\n\n", t=ts(tl + datetime.timedelta(minutes=19), "isoz"), o=oid,
          s=g.ri(21, 74), r="FAIL")
    agn = g.pick([ag.first, ag.short, ag.full])
    head(P(agn), "Trust & Safety")
    doc.f("Olá, «n»! Sinto muito pelo transtorno. «body»\n«sig»\n\n", n=P(u.first), body=g.pick([
        "Para a verificação manual, responda com o nome completo como está no documento, a data de nascimento e o número do documento (RG ou CNH).",
        "Vamos fazer a revisão por uma pessoa. Confirme, por favor, nome completo, data de nascimento e número do RG ou da CNH que aparece na foto."]),
        sig=V(g.pick(["Equipe de Confiança e Segurança", "Time T&S"])) if g.chance(0.6) else P(ag.first))
    head(P(u.first if g.chance(0.6) else u.low) if req_named else None, "solicitante")
    use_cnh = g.chance(0.5)
    social = trans
    if social:
        dead = Person(g.pick(COMMON_M + RARE_M) if u.female else g.pick(COMMON_F + RARE_F), u.surnames, not u.female)
        doc.f("Nome no documento: «d» (ainda não retifiquei; uso «s» no app e na vida)\n", d=P(dead.full), s=P(u.first))
    else:
        doc.f("Nome completo: «n»\n", n=P(g.pick([u.full, u.caps])))
    doc.f("Nascimento: «b»\n", b=(g.dob(g.pick(["br", "nopad", "short", "long"]), 1960, 2005), "DATE_OF_BIRTH"))
    if use_cnh:
        doc.f("CNH nº «c»\n\n", c=(g.cnh(), "BR_CNH"))
    else:
        doc.f("RG «r» «o»\n\n", r=(g.rg(), "BR_RG"), o=g.pick(["SSP/SP", "SSP-SP", "", "(SP)"]))
    head(None, "nota interna")
    doc.f("Revisão manual por «l»: documento confere com a selfie e com as fotos do perfil «o». ", l=login(rev, g), o=oid)
    if catfish:
        doc.f("Perfil impostor «x» («f») removido por uso de imagem de terceiro; device banido (IMEI «i»). Cadastro feito do IP «ip» com o e-mail «e».\n\n",
              x=g.oid(), f=g.pick(["mesmas 6 fotos", "fotos idênticas, busca reversa"]), i=g.imei(), ip=(g.ip_pub(), "IP_ADDRESS"),
              e=(f"{g.handle()}{g.d(2)}@{g.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}", "EMAIL_ADDRESS"))
    elif social:
        doc.t("Nome social mantido no perfil (Decreto 8.727/2016 como referência). Selo de verificação concedido. Imagem do documento "
              "excluída em 30 dias (Lei 13.709/2018, art. 16).\n\n")
    else:
        doc.f("Selo concedido. Revisado também por «r». Imagem do documento excluída em 30 dias (política de retenção).\n\n",
              r=P(g.pick([rev.first, rev.short])))
    head(P(agn), "Trust & Safety")
    if g.chance(0.5):
        doc.f("Pronto, «n»! ", n=P(u.first))
    else:
        doc.t("Pronto! ")
    doc.f("«m» Qualquer coisa é só responder este e-mail.\n",
          m="O perfil falso foi removido e o seu recebeu o selo azul ✔." if catfish else "Seu perfil agora tem o selo azul ✔.")
    return doc


def at_denuncia(g: Gen) -> Doc:
    """A trust & safety report of a romance-scam profile: the app's report JSON and the analyst's note."""
    doc = Doc()
    app, dom = app_of(g)
    rep = g.person()
    scam = g.persona(female=not rep.female if g.chance(0.85) else rep.female)
    mule = g.person()
    t0 = g.moments(1, None, 1)[0]
    matched = t0 - datetime.timedelta(days=g.ri(5, 60), minutes=g.ri(0, 900))
    key_kind = g.pick(["uuid", "uuid", "cpf", "email", "phone"])
    key = {"uuid": (g.uuid(), "PIX_KEY"), "cpf": (g.cpf(), "BR_CPF"), "email": (g.email(mule), "EMAIL_ADDRESS"),
           "phone": (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")}[key_kind]
    val = g.money(300, 9000)
    ask = g.pick(SCAM_ASKS)
    free = g.chance(0.5)
    doc.f("POST /v2/safety/reports 201 · «t» · origem app «os»\n", t=ts(t0, "isoz"), os=g.pick(["android", "ios"]))
    payload = {
        "report_id": f"rpt_{g.alnum_id(14)}",
        "created_at": ts(t0, "isoz"),
        "reason": g.pick(["romance_scam", "asked_for_money", "fake_profile"]),
        "reporter": {"profile_id": g.oid(), "display_name": display(g, rep), "handle": g.handle(rep),
                     "email": (g.email(rep), "EMAIL_ADDRESS"), "phone": (g.phone("e164"), "PHONE_NUMBER"), "last_ip": ip_t(g)},
        "reported": {"profile_id": g.oid(), "display_name": P(scam.first) if g.chance(0.7) else V(g.pick(DISPLAY_NONNAMES)),
                     "age": g.ri(38, 62), "bio": g.pick(BIO_LINES), "job_title": g.pick(["Engineer", "Militar", "Médico", "Empresário", "Capitão"]),
                     "photos": g.ri(2, 9), "verified": False, "signup_ip": (g.ip_pub(), "IP_ADDRESS"),
                     "recent_login_ips": [(g.ip_pub(), "IP_ADDRESS") for _ in range(g.ri(1, 3))], "email": (f"{g.handle()}{g.d(3)}@{g.pick(['gmail.com', 'outlook.com', 'yandex.com'])}", "EMAIL_ADDRESS"),
                     "signup_country": g.pick(["NG", "GH", "US", "BR", "CI"]), "phone_e164": (g.foreign_phone().replace(" ", "").replace("(", "").replace(")", "").replace("-", ""), "PHONE_NUMBER")},
        "match": {"match_id": f"m_{g.oid()}", "matched_at": ts(matched, "isoz"), "messages": g.ri(40, 900)},
        "free_text": "x",
    }
    ftxt_parts = [g.pick(["Disse que é", "Falou que era", "Se apresentou como"]) + " " + g.role(scam) + ".",
                  "Em 2 semanas já falava em casamento e pediu pra continuar no WhatsApp.",
                  f"Pediu R$ {val} para {ask}."]
    payload["free_text"] = " ".join(ftxt_parts)
    # the free text carries a Pix key and the scammer's name: written as a labelled-aware JSON string by hand
    jd = dict(payload)
    del jd["free_text"]
    jval(doc, jd, 0)
    assert doc.text.endswith("\n}")
    doc.text = doc.text[:-2]  # re-open the object: the free text and the message excerpt follow
    doc.t(',\n  "free_text": "')
    doc.t(payload["free_text"] + f" Chave que {'ela' if scam.female else 'ele'} mandou: ")
    doc.e(key[0], key[1])
    doc.t(" em nome de ")
    doc.e(g.pick([mule.full, mule.caps]), "PERSON")
    doc.t('",\n  "messages_excerpt": [\n')
    msgs = [("reported", "my love, you are the woman of my life ❤ vamos falar no whatsapp? meu número é «p»",
             {"p": (g.foreign_phone(), "PHONE_NUMBER")}),
            ("reported", "amor o pagamento tem que ser hoje, manda pra essa chave: «k»", {"k": key}),
            ("reporter", "«n» eu não tenho esse dinheiro todo", {"n": P(scam.first)}),
            ("reported", "pede pra tua filha, eu devolvo em dobro quando chegar no Brasil", {}),
            ("reporter", "mandei foto do meu cartão como você pediu: «c» venc «v»", {"c": (g.card(g.chance(0.6)), "CREDIT_CARD"),
                                                                                  "v": f"{g.ri(1, 12):02d}/{g.ri(26, 31)}"})]
    if not free:
        msgs = msgs[:3] if g.chance(0.5) else msgs[:2] + msgs[4:]
    t_msg = matched + datetime.timedelta(days=g.ri(3, 12))
    for k, (frm, msg, kw) in enumerate(msgs):
        t_msg += datetime.timedelta(minutes=g.ri(2, 600))
        doc.f('    {"from": "«f»", "at": "«t»", "text": "', f=frm, t=ts(t_msg, "isoz"))
        doc.f(msg, **kw)
        doc.t('"}' + (",\n" if k < len(msgs) - 1 else "\n"))
    doc.t("  ]\n}\n\n")
    an = g.person()
    linked = [g.oid() for _ in range(g.ri(1, 3))]
    doc.f("Análise T&S — «a» («d»)\nPerfil denunciado banido (golpe romântico). Fotos encontradas por busca reversa: pertencem a «r», "
          "«w». Vinculados pelo mesmo device fingerprint: «l». Todos cadastrados de IPs da mesma faixa («ip»).\n",
          a=P(g.pick([an.full, an.short])), d=dbr(t0.date() + datetime.timedelta(days=g.ri(0, 2))),
          r=P(g.pick([g.person().full, g.persona(g.chance(0.3)).full])),
          w=g.pick(["militar da reserva que nem sabe do uso", "cirurgião com perfil público no Instagram", "ator de novela turca", "modelo fitness"]),
          l=", ".join(linked), ip=(g.ip_pub(), "IP_ADDRESS"))
    doc.f("Vítima orientada por e-mail a registrar BO (art. 171 do CP) e pedir ao banco a devolução pelo MED. «extra»\n",
          extra=g.pick(["Chave Pix reportada ao PSP recebedor pelo canal de cooperação.", "Dados preservados por 6 meses (Marco Civil, art. 15).",
                        "Caso escalado para o jurídico (possível ofício judicial)."]))
    return doc


def at_agencia_ficha(g: Gen) -> Doc:
    """A matchmaking agency's client intake form (Campo: valor, ruled box or dotted leaders) with consent and e-signature."""
    doc = Doc()
    ag = g.pick(AGENCIES)
    c = g.person(female=g.chance(0.55))
    cons = g.person(female=g.chance(0.8))
    city, uf = g.city()
    day = g.day()
    doc.f("«a»\nCNPJ «cnpj»\nFICHA DE CADASTRO — CLIENTE «k»\nData da entrevista: «d»   Unidade: «u»   Consultor(a): «c»\n\n",
          a=ag.upper() if g.chance(0.4) else ag, cnpj=(g.any_cnpj(), "BR_CNPJ"), k=g.pick(["NOVO", "RENOVAÇÃO"]), d=dbr(day),
          u=g.pick(["Jardins", "Barra", "Savassi", "on-line (vídeo)", "Moinhos", "Boa Viagem"]), c=P(g.pick([cons.full, cons.short, cons.first])))
    age_y = g.ri(1955, 1998)
    fields = [("Nome completo", P(g.pick([c.full, c.full, c.caps]))),
              ("Como gosta de ser chamad" + c.o, P(g.pick([c.nick, c.first]))),
              ("Data de nascimento", (g.dob(g.pick(["br", "br", "nopad", "dot"]), age_y, age_y), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF")),
              ("RG", (g.rg(), "BR_RG")),
              ("Estado civil", V(g.pick(["divorciad" + c.o, "solteir" + c.o, "viúv" + c.o, "separad" + c.o + " de fato"]))),
              ("Profissão", V(g.pick(["médic" + c.o, "advogad" + c.o, "empresári" + c.o, "professor" + ("a" if c.female else ""),
                                       "servidor" + ("a" if c.female else "") + " públic" + c.o, "engenheir" + c.o, "dentista",
                                       "aposentad" + c.o]))),
              ("Endereço", (g.address(g.pick(["text", "text", "caps"])), "ADDRESS")),
              ("Bairro / Cidade-UF", V(f"{g.pick(BAIRROS)} / {city}-{uf}")),
              ("CEP", (g.cep(g.chance(0.85)), "BR_CEP")),
              ("Celular / WhatsApp", (g.phone(), "PHONE_NUMBER")),
              ("Tel. para emergência", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("E-mail", (g.email(c), "EMAIL_ADDRESS")),
              ("Instagram", V("@" + g.handle(c)))]
    if g.chance(0.1):
        fields.pop(4)
    if g.chance(0.3):
        fields.insert(11, ("Tel. comercial", (g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER")))
    style = g.pick(["box", "dots", "lines"])
    doc.t("1. DADOS PESSOAIS\n")
    kv_block(g, doc, fields, style)
    doc.t("\n2. FAMÍLIA E PERFIL\n")
    kids = [g.relative(c) for _ in range(g.ri(0, 3))]
    if kids:
        doc.t("Filhos: ")
        for k, kid in enumerate(kids):
            if k:
                doc.t(", " if k < len(kids) - 1 else " e ")
            doc.e(g.pick([kid.first, kid.first, kid.full]), "PERSON")
            doc.t(f" ({g.ri(6, 34)})")
        doc.t(g.pick([" — moram com " + ("ela" if c.female else "ele") + ".\n", ".\n"]))
    else:
        doc.t("Filhos: não tem; " + g.pick(["gostaria de ter", "não pretende ter", "aberto(a) a enteados"]) + ".\n")
    doc.f("Altura: 1,«h» m · Religião: «r» · Fuma: «f» · Bebe: «b»\nBusca: «q»\nNão aceita: «n»\n",
          h=g.ri(52, 92), r=g.pick(["católica", "evangélica", "espírita", "judaica", "sem religião", "umbanda"]),
          f=g.pick(["não", "não", "socialmente"]), b=g.pick(["socialmente", "não", "vinho aos fins de semana"]),
          q=g.pick(["relacionamento sério, idade entre 45 e 60", "alguém da mesma religião, para casar", "companhia para viajar, sem pressa",
                    "homem de bem, que goste de família", "mulher independente, de preferência sem filhos pequenos"]),
          n=g.pick(["fumantes", "pessoas que morem fora do estado", "quem tem filhos menores", "homens casados (já aconteceu!)", "—"]))
    if g.chance(0.6):
        ref = g.person()
        doc.f("Indicação: «r» («rel»)\n", r=P(g.pick([ref.full, ref.short, ref.first])),
              rel=g.pick(["cliente casada em 2023", "amiga do clube", "colega de trabalho", "irmã de cliente"]))
    if g.chance(0.4):
        doc.f("\n3. PLANO E AUTORIZAÇÃO DE COBRANÇA\n«p» — R$ «v» em «x»x · contrato nº «ct»\nCartão nº «cc»   validade «vl»   titular: «t»\n",
              p=g.pick(AGENCY_PLANS), v=g.money(1800, 24000), x=g.ri(1, 12), ct=f"{day.year}/{g.d(4)}", cc=(g.card(g.chance(0.7)), "CREDIT_CARD"),
              vl=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}", t=P(g.pick([c.caps, c.capsf, c.full])))
    else:
        doc.f("\n3. PLANO\n«p» — R$ «v» em «x»x no cartão «m» · contrato nº «ct»\n", p=g.pick(AGENCY_PLANS), v=g.money(1800, 24000),
              x=g.ri(1, 12), m=g.masked_card(), ct=f"{day.year}/{g.d(4)}")
    doc.f("\n4. CONSENTIMENTO (LGPD)\n[X] Autorizo o tratamento dos meus dados pessoais e sensíveis (religião, saúde informada) para a "
          "finalidade de apresentação a outros clientes, nos termos da Lei 13.709/2018.\n[«x»] Autorizo o envio da minha foto aos candidatos "
          "selecionados.\n\nAssinado eletronicamente por «n» em «t» — IP «ip» — hash «h»\n",
          x=g.pick(["X", " "]), n=P(g.pick([c.full, c.caps])), t=ts(g.moments(1, day, 1, (8, 22))[0], "brs"), ip=ip_t(g), h=g.hexs(16))
    return doc


def at_agencia_whats(g: Gen) -> Doc:
    """WhatsApp export between a matchmaking agency's line and a client: a candidate presented, a first date, a payment."""
    doc = Doc()
    ag = g.pick(AGENCIES)
    short = ag.split(" Assessoria")[0].split(" Matchmaking")[0].split(" Encontros")[0].split(" Consultoria")[0].split(" Ltda")[0]
    cons = g.person(female=g.chance(0.8))
    c = g.person()
    cand = g.person(female=not c.female)
    ios = g.chance(0.45)
    agency_label = "agency" if g.chance(0.85) else "cons"
    by_number = g.chance(0.85)
    cphone = g.phone("wa")
    t0 = g.moments(1, None, 1, (8, 21))[0]
    times = iter(sorted(t0.replace(hour=0, minute=0) + datetime.timedelta(days=g.ri(0, 6), hours=g.ri(8, 21), minutes=g.ri(0, 59),
                                                                          seconds=g.ri(0, 59)) for _ in range(26)))
    doc.f("Conversa do WhatsApp com «w»\n\n", w=(cphone, "PHONE_NUMBER") if by_number else P(c.full if g.chance(0.5) else c.short))
    doc.t(wa_prefix(next(times), ios) + "As mensagens e as ligações são protegidas com a criptografia de ponta a ponta.\n")

    def say(who: str, msg: str, **kw) -> None:
        doc.t(wa_prefix(next(times), ios))
        if who == "a":
            if agency_label == "agency":
                doc.t(short + ": ")
            else:
                doc.e(cons.first + " " + cons.last, "PERSON")
                doc.t(" - " + short + ": ")
        elif by_number:
            doc.e(cphone, "PHONE_NUMBER")
            doc.t(": ")
        else:
            doc.e(c.first, "PERSON")
            doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    say("a", "Bom dia, «n»! Tudo bem? Aqui é «ar» «c», da «s» 😊 Tenho uma apresentação pra você!", n=P(c.first) if g.chance(0.6) else V("querid" + c.o),
        ar="a" if cons.female else "o", c=P(cons.first), s=short)
    prof = g.pick(["dentista", "engenheiro" if not cand.female else "engenheira", "professor universitário" if not cand.female else "professora",
                   "empresário do ramo de móveis" if not cand.female else "arquiteta", "delegado aposentado" if not cand.female else "juíza aposentada"])
    say("a", "«p» se chama «x», tem «a» anos, é «pr», «e», mora em «b». Super educad«o», adora viajar. Posso mandar a foto?",
        p="Ele" if not cand.female else "Ela", x=P(cand.first), a=g.ri(38, 68), pr=prof,
        e=g.pick(["divorciado" if not cand.female else "divorciada", "viúvo" if not cand.female else "viúva", "nunca casou"]),
        b=g.pick(BAIRROS), o=cand.o)
    say("c", g.pick(["pode sim!!", "manda", "Pode. Curiosa 😅", "ok"]))
    say("a", "<Mídia oculta>" if not ios else "‎imagem ocultada")
    say("a", g.pick(["Lind" + cand.o + ", né?", "O que achou?", "Educad" + cand.o + " e muito bem-humorad" + cand.o + "!"]))
    rest = g.pick(["Bistrô Flor de Sal", "Cantina Bento", "Café Aurora", "Restaurante Leão Dourado", "Bar da Rosa", "Confeitaria Prudente"])
    day_txt = g.pick(["quinta às 20h", "sábado no almoço, 13h", "sexta 19h30", "domingo à tarde, 16h"])
    say("a", "«p» topou! Sugerimos «d» no «r» (reservado no nome de «n»). Qualquer coisa me chama aqui.", p="Ela" if cand.female else "Ele",
        d=day_txt, r=rest,
        n=P(g.pick([cand.short, cand.first])))
    if g.chance(0.75):
        say("c", "perfeito. me manda a placa do carro «d»? por segurança, combinei com minha irmã «i» de mandar a localização",
            d="dela" if cand.female else "dele", i=P(g.pick([g.relative(c, True).first, g.relative(c, True).nick])))
        say("a", "Claro! «car», placa «pl». E a gente pediu o CPF «d» no cadastro, tá tudo verificado 😉", d="dela" if cand.female else "dele",
            car=g.pick(["Corolla prata", "Compass preto", "HB20 branco", "Hilux cinza", "Onix vermelho", "moto Honda PCX azul"]),
            pl=(g.plate(), "LICENSE_PLATE"))
    say("a", "Ah, «n», a segunda parcela do «p» vence amanhã. Pode ser por Pix: «k» (favorecido: «ag»). Valor R$ «v».", n=P(c.first),
        p=g.pick(AGENCY_PLANS),
        k=g.pick([(g.uuid(), "PIX_KEY"), (g.uuid(), "PIX_KEY"), (g.cnpj(), "BR_CNPJ")]), ag=ag, v=g.money(400, 3000))
    say("c", "feito. E pra renovar o contrato vocês pediram meus dados de novo, vai: CPF «c», nascimento «b», e-mail «e»",
        c=(g.cpf(), "BR_CPF"), b=(g.dob(g.pick(["br", "nopad", "short"]), 1950, 1995), "DATE_OF_BIRTH"), e=(g.email(c), "EMAIL_ADDRESS"))
    say("a", "Recebido, obrigada! Contrato vai pro e-mail pra assinatura digital 📝")
    say("c", g.pick(["amei o encontro!! " + ("ela é um amor" if cand.female else "ele é um gentleman"), "foi legal mas não rolou química",
                     "chegou atrasad" + cand.o + " 40 min 🙄", "foi ótimo, vamos sair de novo sábado"]))
    say("a", "Que bom que você contou, «n»! Vou anotar no seu perfil. «t»", n=P(c.first),
        t=g.pick(["Se quiser, já separo a próxima apresentação.", "Bjs!", "Fico muito feliz!"]))
    return doc


def at_email_banimento(g: Gen) -> Doc:
    """E-mail thread: a banned user appeals (and asks deletion); the safety team explains and decides."""
    doc = Doc()
    app, dom = app_of(g)
    u = g.person()
    ag = g.person()
    ex = g.person(female=not u.female)
    t0 = g.moments(1, None, 1, (8, 23))[0]
    ue = g.email(u)
    order = g.pick([f"GPA.{g.d(4)}-{g.d(4)}-{g.d(4)}-{g.d(5)}", f"MT{g.up(8)}", f"{g.up(3)}{g.d(7)}"])
    doc.f("De: «n» <«e»>\nPara: suporte@«dom»\nData: «t»\nAssunto: «s»\n\n", n=P(g.pick([u.full, u.short])), e=(ue, "EMAIL_ADDRESS"), dom=dom,
          t=ts(t0, "br"), s=g.pick(["Conta banida sem motivo!!", "Recurso — banimento injusto", "Fui bloqueada e paguei o Gold"]))
    doc.f("Bom dia. Minha conta foi banida ontem sem explicação. Meu usuário é @«h», o número cadastrado é «p». Paguei o «tier» anual "
          "(pedido «o») e quero o acesso de volta ou o dinheiro. Meu nome é «n», CPF «c».\n", h=g.handle(u),
          p=(g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"), tier=app + " " + g.pick(TIERS), o=order,
          n=P(g.pick([u.full, u.short])), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("Último acesso que fiz foi do meu celular, IP «ip» segundo o app.\n", ip=ip_t(g, 0.9))
    if g.chance(0.4):
        doc.t("Se não resolverem vou no Procon e no Reclame Aqui.\n")
    doc.t(g.pick(["Att.", "Aguardo.", "Obrigad" + u.o + "."]) + "\n\n")
    t1 = t0 + datetime.timedelta(hours=g.ri(3, 40))
    doc.f("De: Confiança e Segurança «app» <suporte@«dom»>\nData: «t»\nAssunto: RE: Recurso — protocolo «p»\n\n", app=app, dom=dom,
          t=ts(t1, "br"), p=g.protocol())
    doc.f("Olá, «n». Obrigad«o» pelo contato. Sua conta foi suspensa automaticamente porque, em «d», ela foi acessada ao mesmo tempo "
          "dos IPs «i1» («c1») e «i2» («c2») e enviou a mesma mensagem pedindo transferência a «k» matches.\nSe não foi você, "
          "alguém pode ter a sua senha. Pode confirmar se reconhece esses acessos?\n\n«a»\nEquipe de Confiança e Segurança — «app»\n\n",
          n=P(u.first), o="a" if ag.female else "o", d=dbr(t0.date() - datetime.timedelta(days=1)), i1=ip_t(g, 0.95),
          c1=g.pick(["São Paulo", "Recife", "Curitiba", "Belo Horizonte"]), i2=(g.ip_pub(), "IP_ADDRESS"), c2=g.pick(["Lagos", "Acra", "Lisboa", "VPN"]),
          k=g.ri(3, 30), a=P(g.pick([ag.first, ag.full, ag.short])) if g.chance(0.6) else V("Atenciosamente,"), app=app)
    t2 = t1 + datetime.timedelta(hours=g.ri(1, 20))
    doc.f("De: «e»\nData: «t»\nAssunto: RE: RE: Recurso\n\n", e=(ue, "EMAIL_ADDRESS"), t=ts(t2, "br"))
    doc.f("Não fui eu!! Só pode ter sido «ar» «x», «mx», que mexia no meu celular. O e-mail «dl» é «xe» e o telefone «xp». «el» já fez isso "
          "no Instagram. «more»\n", x=P(g.pick([ex.first, ex.full, ex.nick])), xe=(g.email(ex), "EMAIL_ADDRESS"), ar="a" if ex.female else "o",
          mx="minha ex" if ex.female else "meu ex", dl="dela" if ex.female else "dele", el="Ela" if ex.female else "Ele",
          xp=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          more=g.pick(["Quero a conta de volta.", "Na verdade quero que apaguem tudo, não quero mais usar o app.",
                       "Podem mandar esses dados pra polícia? vou fazer BO."]))
    t3 = t2 + datetime.timedelta(hours=g.ri(2, 30))
    doc.f("\nDe: Confiança e Segurança «app» <suporte@«dom»>\nData: «t»\n\n", app=app, dom=dom, t=ts(t3, "br"))
    doc.f("«n», obrigad«o». Reativamos a conta, encerramos as sessões e trocamos o e-mail de recuperação. O pedido «od» segue ativo. "
          "Os registros de acesso ficam guardados e podem ser entregues à polícia mediante ordem judicial (Lei 12.965/2014, art. 15). "
          "Se quiser excluir a conta, o pedido é feito em Configurações > Privacidade ou por privacidade@«dom».\n\n«a»\n",
          n=P(u.first), o="a" if ag.female else "o", od=order, dom=dom, a=P(g.pick([ag.first, ag.full])), app=app)
    return doc


def at_fila_moderacao(g: Gen) -> Doc:
    """The trust & safety moderation queue exported as semicolon CSV, with the shift analyst's notes."""
    doc = Doc()
    app, dom = app_of(g)
    an = g.person()
    day = g.day()
    doc.f("# export fila_moderacao · «app» · turno «tu» · «d» · gerado por «l»\n", app=app.lower(), tu=g.pick(["madrugada", "manhã", "tarde", "noite"]),
          d=dbr(day), l=login(an, g))
    cols = ["profile_id", "display_name", "handle", "idade", "telefone", "email", "ip_cadastro", "ip_ultimo_login", "pais", "denuncias", "motivo",
            "acao", "analista"]
    rows = []
    people = []
    for _ in range(g.ri(4, 7)):
        scam = g.chance(0.55)
        p = g.persona(g.chance(0.3)) if scam and g.chance(0.6) else g.person()
        people.append(p)
        disp = display(g, p)
        tel = (g.foreign_phone() if scam and g.chance(0.5) else g.phone(g.pick(["e164", "raw", "plus"])), "PHONE_NUMBER") if g.chance(0.8) else V("")
        mail = (g.email(p) if g.chance(0.6) else f"{g.handle()}{g.d(3)}@{g.pick(['gmail.com', 'outlook.com', 'hotmail.com'])}", "EMAIL_ADDRESS")
        ip = ip_t(g, 0.9)
        rows.append([V(g.oid()), disp, V(g.handle(p)), V(str(g.ri(19, 67))), tel, mail, ip, ip_t(g, 0.85),
                     V(g.pick(["NG", "GH", "BR", "BR", "US", "AE"]) if scam else "BR"), V(str(g.ri(1, 14))),
                     V(g.pick(["romance_scam", "pedido_dinheiro", "perfil_falso", "link_externo"]) if scam else g.pick(["nudez", "assedio", "menor_de_idade?", "spam"])),
                     V(g.pick(["BAN", "BAN", "SHADOWBAN", "VERIFICAR", "ADVERTENCIA", "MANTER"])), V(g.pick(["ts_" + login(an), "ts_bot", "ts_" + g.pick(["jfa", "mcq", "lps"])]))])
    table_csv(doc, cols, rows, ";")
    real = g.person()
    doc.f("\nNotas do turno («a»):\n- linhas 1 e «k» usam o mesmo aparelho (IMEI «i»); fotos são de «r», «w» (busca reversa).\n",
          a=P(g.pick([an.full, an.first])), k=g.ri(2, len(rows)), i=g.imei(), r=P(g.pick([real.full, g.persona().full])),
          w=g.pick(["personal trainer de Miami", "médico real, já avisado", "influenciadora com 300 mil seguidores", "militar americano"]))
    p = g.pick(people)
    doc.f("- «n» pediu Pix a «k» usuárias no mesmo dia; conta ligada ao e-mail de recuperação «e». Enviado ao jurídico.\n",
          n=P(p.first) if g.chance(0.8) else V("o perfil da linha 3"), k=g.ri(3, 12), e=(f"{g.handle()}{g.d(2)}@{g.pick(['gmail.com', 'proton.me'])}", "EMAIL_ADDRESS"))
    doc.f("- 'menor_de_idade?' revisado: documento mostra nascimento em «b» (maior). Mantido.\n",
          b=(g.dob(g.pick(["br", "iso"]), 1990, 2006), "DATE_OF_BIRTH"))
    if g.chance(0.3):
        doc.f("- denúncia de assédio contra «x» encaminhada à fila de prioridade (vítima: «v», contato «t»).\n",
              x=P(g.pick(people).first), v=P(g.person().first), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


AT = [at_recuperacao, at_selfie, at_denuncia, at_agencia_ficha, at_agencia_whats, at_email_banimento, at_fila_moderacao]


# =========================================================================== juridico


def ju_bo_estelionato(g: Gen) -> Doc:
    """An OCR'd ALL CAPS police report (boletim de ocorrência) of a romance scam with the Pix transfers to mule accounts."""
    doc = Doc()
    app, dom = app_of(g)
    city, uf = g.city()
    v = g.person(female=g.chance(0.75))
    scam = g.persona(female=not v.female)
    role = g.role(scam)
    mother = g.person(female=True)
    father = g.person(female=False)
    daughter = g.relative(v, True)
    day = g.day()
    met = day - datetime.timedelta(days=g.ri(20, 200))
    C = lambda s: ocr(fold(s).upper(), g, 0.3)  # noqa: E731
    doc.f(ocr_t("SECRETARIA DA SEGURANCA PUBLICA\nPOLICIA CIVIL DO ESTADO «uf»\n«dl»\n\nBOLETIM DE OCORRENCIA N. «bo»      EMITIDO EM «dt»\n"
                "NATUREZA: ESTELIONATO - FRAUDE ELETRONICA (ART. 171, PAR. 2-A, DO CODIGO PENAL)\nLOCAL DO FATO: MEIO ELETRONICO (APLICATIVO «app» / WHATSAPP)\n"
                "DATA DO FATO: «d1» A «d2»\n\n", g, 0.25),
          uf=uf, dl=fold(g.pick(DELEGACIAS)).upper(), bo=g.bo_number(day.year), dt=dbr(day) + " " + g.hm(), app=fold(app).upper(),
          d1=dbr(met + datetime.timedelta(days=g.ri(10, 30))), d2=dbr(day - datetime.timedelta(days=g.ri(0, 5))))
    doc.f("VITIMA: «n»\nNACIONALIDADE: BRASILEIRA   ESTADO CIVIL: «ec»   PROFISSAO: «pr»\nRG: «rg» SSP/«uf»   CPF: «cpf»",
          n=P(C(v.full)), ec=g.pick(["VIUVA" if v.female else "VIUVO", "DIVORCIADA" if v.female else "DIVORCIADO", "SOLTEIRA" if v.female else "SOLTEIRO"]),
          pr=g.pick(["APOSENTADA" if v.female else "APOSENTADO", "PROFESSORA" if v.female else "COMERCIANTE", "ENFERMEIRA" if v.female else "MOTORISTA",
                     "SERVIDORA PUBLICA" if v.female else "SERVIDOR PUBLICO"]),
          rg=(g.rg(), "BR_RG"), uf=uf, cpf=(g.cpf("dot"), "BR_CPF"))
    if g.chance(0.7):
        doc.f("   TITULO ELEITORAL: «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("\nNASCIMENTO: «b»   FILIACAO: «m»", b=(g.dob(g.pick(["br", "br", "short"]), 1948, 1985), "DATE_OF_BIRTH"), m=P(C(mother.full)))
    if g.chance(0.5):
        doc.f(" E «f»", f=P(C(father.full)))
    doc.f("\nENDERECO: «a» - «ba» - «c»/«uf» - CEP «cep»\nTELEFONE: «p» / «p2»   E-MAIL: «e»\n\n", p2=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"),
          a=(ocr(g.address("caps"), g, 0.25), "ADDRESS"), ba=fold(g.pick(BAIRROS)).upper(), c=fold(city).upper(), uf=uf,
          cep=(g.cep(), "BR_CEP"), p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), e=(g.email(v).upper() if g.chance(0.3) else g.email(v), "EMAIL_ADDRESS"))
    doc.f(ocr_t("AUTOR: DESCONHECIDO - APRESENTOU-SE COMO «s», «r»\nTELEFONES UTILIZADOS: «t1»", g, 0.2),
          s=P(fold(scam.full).upper()), r=fold(role).upper(), t1=(g.foreign_phone(), "PHONE_NUMBER"))
    if g.chance(0.5):  # a second number: a Brazilian line in a mule's name
        doc.f(" E «t2»", t2=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\nPERFIL NO APLICATIVO: «h» (ID «o»)\n\n", h=fold(g.handle(scam)).upper(), o=g.oid())
    nar = ("HISTORICO: COMPARECE A VITIMA NESTA UNIDADE NOTICIANDO QUE EM «dm» CONHECEU PELO APLICATIVO «app» UM HOMEM QUE SE "
           "IDENTIFICOU COMO «s»; QUE PASSARAM A CONVERSAR PELO WHATSAPP E ELE DIZIA QUE IAM SE CASAR; QUE O SUPOSTO «s2» PEDIU "
           "DINHEIRO PARA «ask»; QUE REALIZOU AS TRANSFERENCIAS ABAIXO PARA CONTAS DE TERCEIROS INDICADAS POR ELE; QUE SUA FILHA «fi» "
           "DESCONFIOU E PESQUISOU AS FOTOS NA INTERNET; QUE AS FOTOS SAO DE OUTRA PESSOA. NADA MAIS.\n\n")
    if not v.female:
        nar = nar.replace("UM HOMEM", "UMA MULHER").replace("ELE DIZIA", "ELA DIZIA").replace("O SUPOSTO", "A SUPOSTA").replace("POR ELE", "POR ELA")
    doc.f(ocr_t(nar, g, 0.2), dm=dbr(met), app=fold(app).upper(), s=P(fold(g.pick([scam.full, scam.first])).upper()),
          s2=P(fold(scam.first).upper()) if g.chance(0.4) else V(fold(role.split()[0]).upper()), ask=fold(g.pick(SCAM_ASKS)).upper(), fi=P(C(g.pick([daughter.full, daughter.first]))) if g.chance(0.5) else V("(TESTEMUNHA)"))
    doc.t("TRANSFERENCIAS (PIX) INFORMADAS PELA VITIMA:\n")
    rows = []
    total = 0.0
    t = datetime.datetime(day.year, day.month, day.day, 10) - datetime.timedelta(days=g.ri(15, 40))
    for k in range(g.ri(2, 4)):
        t = t + datetime.timedelta(days=g.ri(1, 6), minutes=g.ri(0, 600))
        txt, val = g.money_v(200, 12000)
        total += val
        bank = g.pick(BANKS)
        m = g.person()
        if g.chance(0.25):
            rows.append([V(dbr(t.date())), V(txt), V("CHAVE ALEATORIA"), (g.uuid(), "PIX_KEY"), V(fold(bank[1]).upper()), V("-"), V("-"),
                         V(g.e2e(t, bank[0]))])
        else:
            rows.append([V(dbr(t.date())), V(txt), P(cut(C(m.full), 26)), (g.cpf("dot"), "BR_CPF"), V(fold(bank[1]).upper()),
                         (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V(g.e2e(t, bank[0]))])
    table_ruled(doc, ["DATA", "VALOR R$", "FAVORECIDO", "CPF / CHAVE", "BANCO", "AG", "CONTA", "ID E2E"], rows, g.pick(["plus", "plain"]))
    doc.f("TOTAL: R$ «t»\n\n", t=f"{total:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))
    doc.f("TESTEMUNHA: «n»  RG «rg»  TEL «p»\n", n=P(C(daughter.full)), rg=(g.rg(), "BR_RG"), p=(g.phone("par"), "PHONE_NUMBER"))
    doc.f(ocr_t("PROVIDENCIAS: REQUISITADOS AO APLICATIVO «app» OS DADOS CADASTRAIS E REGISTROS DE ACESSO DO PERFIL (LEI 12.965/2014, ART. 10); "
                "OFICIADOS OS BANCOS RECEBEDORES PARA BLOQUEIO CAUTELAR (MED - RESOLUCAO BCB N. 103/2021); VITIMA ORIENTADA.\n\n", g, 0.2),
          app=fold(app).upper())
    esc = g.person()
    dele = g.person()
    doc.f("ESCRIVAO(A): «e»          DELEGADO(A): «d»\n", e=P(C(esc.full)), d=P(C(g.pick([dele.full, dele.short]))))
    return doc


def ju_bo_sextorsao(g: Gen) -> Doc:
    """An electronic police report (Delegacia Eletrônica) of sextortion after a dating-app match moved to video calls."""
    doc = Doc()
    app, dom = app_of(g)
    city, uf = g.city()
    v = g.person(female=g.chance(0.3))
    bait = g.person(female=not v.female)
    mule = g.person()
    day = g.day()
    t_reg = g.moments(1, day, 1, (0, 24))[0]
    doc.f("Delegacia Eletrônica — Polícia Civil «uf»\nRegistro de Ocorrência nº «bo» · registrado em «t» · IP do registro: «ip»\n"
          "Natureza(s): Extorsão (art. 158 do CP); «n2»\n\n",
          uf=uf, bo=g.bo_number(day.year), t=ts(t_reg, "brs"), ip=ip_t(g),
          n2=g.pick(["Ameaça (art. 147 do CP)", "Divulgação de cena de sexo ou nudez (art. 218-C do CP) — tentativa",
                     "Registro não autorizado da intimidade sexual (art. 216-B do CP)"]))
    doc.t("DADOS DO COMUNICANTE (VÍTIMA)\n")
    fields = [("Nome", P(v.full)), ("Data de nascimento", (g.dob(g.pick(["br", "iso"]), 1960, 2004), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF")),
              ("Documento", g.pick([(g.cnh(), "BR_CNH"), (g.rg(), "BR_RG")])),
              ("Celular", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(v), "EMAIL_ADDRESS")),
              ("Endereço", (g.address(), "ADDRESS")), ("Município/UF", V(f"{city}/{uf}")), ("CEP", (g.cep(), "BR_CEP"))]
    if fields[3][1][1] == "BR_CNH":
        fields[3] = ("CNH nº", fields[3][1])
    else:
        fields[3] = ("RG", fields[3][1])
    if g.chance(0.35):
        fields.insert(4, ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")))
    kv_block(g, doc, fields, g.pick(["lines", "dots"]))
    doc.t("\nDADOS DO(S) AUTOR(ES) — INFORMADOS PELA VÍTIMA\n")
    wa1 = g.phone(g.pick(["plus", "par", "plain"]))
    wa2 = g.phone(g.pick(["plus", "par"]))
    key = g.pick([(g.cpf(), "BR_CPF"), (g.uuid(), "PIX_KEY"), (g.uuid(), "PIX_KEY"), (g.email(mule), "EMAIL_ADDRESS")])
    a_fields = [("Nome usado no app", P(bait.first)), ("Idade declarada", V(str(g.ri(19, 29)))),
                ("Perfil", V(f"{app} — @{g.handle(bait)} (id {g.oid()})")), ("Instagram", V("@" + g.handle())),
                ("WhatsApp", (wa1, "PHONE_NUMBER")), ("Outro número (cobrança)", (wa2, "PHONE_NUMBER")),
                ("Números que repassaram o vídeo", (g.phone(g.pick(["plus", "par"])), "PHONE_NUMBER")),
                ("Chave Pix para pagamento", key), ("Titular da chave (segundo o app do banco)", P(g.pick([mule.full, mule.caps])))]
    kv_block(g, doc, a_fields, "lines")
    val = g.money(500, 8000)
    paid = g.money(200, 2000)
    partner = g.spouse(v)
    doc.f("\nRELATO\nConheci a pessoa que se apresentava como «b» no «app» em «dm». Depois de uns dias «pr» pediu pra continuar no WhatsApp ("
          "«w») e me chamou pra uma chamada de vídeo íntima. No dia seguinte um homem mandou mensagem do número «w2» com o vídeo gravado, "
          "prints do meu Facebook e a lista dos meus contatos, dizendo que ia mandar tudo pra «p» e pro grupo da família se eu não pagasse "
          "R$ «v». Paguei R$ «pd» pela chave «k» e ele pediu mais. Bloqueei e vim registrar. Tenho todos os prints.\n",
          b=P(bait.first), pr="ela" if bait.female else "ele", app=app, dm=dbr(day - datetime.timedelta(days=g.ri(2, 20))),
          w=(wa1, "PHONE_NUMBER"), w2=(wa2, "PHONE_NUMBER"), p=P(g.pick([partner.first, partner.full])) if g.chance(0.7) else V("minha chefe"),
          v=val, pd=paid, k=key)
    inv = g.person()
    doc.f("\nORIENTAÇÕES REGISTRADAS\n- Não efetuar novos pagamentos; preservar conversas e comprovantes.\n- Pedir a remoção do conteúdo às "
          "plataformas (Lei 12.965/2014, art. 21) e a devolução do Pix ao banco (MED).\n- Comparecer à «dl» para representação e entrega dos "
          "prints.\n\nValidado por «i» (investigador«a» de polícia) em «t». Envio do BO para «e».\n",
          dl=g.pick(DELEGACIAS[:4]), i=P(g.pick([inv.full, inv.short])), a="a" if inv.female else "", t=ts(t_reg + datetime.timedelta(hours=g.ri(2, 30)), "br"),
          e=(g.email(v), "EMAIL_ADDRESS"))
    return doc


def qual(g: Gen, doc: Doc, p: Person, caps: bool = False, pis: bool = False) -> None:
    """The qualification of a party in legal prose: name, nationality, status, job, RG, CPF, e-mail, address, CEP."""
    fem = p.female
    doc.f("«n», brasileir«o», «ec», «pr», portador«a» do RG nº «rg» «org» e inscrit«o» no CPF sob o nº «cpf»",
          n=P(p.caps if caps else p.full), o=p.o, ec=g.pick(["solteir" + p.o, "divorciad" + p.o, "viúv" + p.o, "em união estável"]),
          pr=g.pick(["aposentad" + p.o, "professor" + ("a" if fem else ""), "técnic" + p.o + " de enfermagem", "comerciante",
                     "analista de sistemas", "auxiliar administrativ" + p.o, "motorista de aplicativo"]),
          a="a" if fem else "", rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP/BA", "SDS/PE", "SESP/PR", "IFP/RJ", "PC/MG"]),
          cpf=(g.cpf("dot"), "BR_CPF"))
    if pis:
        doc.f(", NIT/PIS «p»", p=(g.pis(), "BR_PIS"))
    city, uf = g.city()
    doc.f(", endereço eletrônico «e», residente e domiciliad«o» na «ad», «b», «c»/«uf», CEP «cep»",
          e=(g.email(p), "EMAIL_ADDRESS"), o=p.o, ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP"))


def ju_danos_morais(g: Gen) -> Doc:
    """A small-claims petition for moral and material damages against a dating app and the bank that received the scam Pix."""
    doc = Doc()
    app, dom = app_of(g)
    city, uf = g.city()
    pl = g.person(female=g.chance(0.7))
    law = g.person()
    scam = g.persona(female=not pl.female)
    bank = g.pick(BANKS)
    mule = g.person()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c» — «uf»\n\n",
          n=g.ri(1, 9), c=fold(city).upper(), uf=uf)
    qual(g, doc, pl, caps=g.chance(0.5), pis=g.chance(0.8))
    if g.chance(0.6):
        doc.f(", telefone «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f(", por seu advogado que esta subscreve («l», «oab», com escritório indicado no rodapé, onde recebe intimações), vem propor\n\n"
          "AÇÃO DE INDENIZAÇÃO POR DANOS MATERIAIS E MORAIS\n\nem face de «A» TECNOLOGIA LTDA., CNPJ «c1», com sede na Avenida Brigadeiro "
          "Faria Lima, nº «nn», São Paulo/SP, e de «B», CNPJ «c2», pelos fatos e fundamentos a seguir.\n\n",
          l=P(law.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), A=fold(app).upper().replace("+", " MAIS"), c1=(g.any_cnpj(), "BR_CNPJ"),
          nn=g.ri(1000, 4500), B=BANK_LEGAL[bank[1]],
          c2=(g.cnpj(), "BR_CNPJ"))
    met = g.day()
    val_txt, val = g.money_v(2000, 40000)
    doc.f("I — DOS FATOS\n1. Em «d», a parte autora conheceu no aplicativo da primeira ré o perfil «s», que se dizia «r». O perfil não tinha selo de "
          "verificação e já havia sido denunciado por outras usuárias, como se verá.\n2. Convencid«o» de que viviam um relacionamento, "
          "transferiu por Pix R$ «v» a contas indicadas pelo golpista, entre elas a de «m» (ag. «ag», conta «cc», mantida na segunda ré), "
          "aberta «q».\n3. Ao perceber a fraude, registrou o Boletim de Ocorrência nº «bo» e acionou o banco para a devolução (MED) no mesmo dia; "
          "o pedido foi negado sob a alegação de «neg».\n4. A parte autora contou com a ajuda da filha, «f», que «a» acompanhou à delegacia.\n\n",
          d=dbr(met), s=P(g.pick([scam.full, scam.first])), r=g.role(scam), o=pl.o, v=val_txt, m=P(g.pick([mule.full, mule.caps])),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          q=g.pick(["dez dias antes, com selfie de outra pessoa", "com renda incompatível com as movimentações", "por aplicativo, sem validação presencial"]),
          bo=g.bo_number(), neg=g.pick(["saldo insuficiente na conta recebedora", "transação autorizada pelo cliente", "prazo excedido"]),
          f=P(g.relative(pl, True).full), a="a" if pl.female else "o")
    doc.f("II — DO DIREITO\nA relação é de consumo (arts. 2º, 3º e 14 do CDC). A instituição financeira responde objetivamente pelos danos "
          "gerados por fortuito interno relativo a fraudes (Súmula 479 do STJ), e a plataforma falhou no dever de segurança ao manter ativo "
          "perfil reiteradamente denunciado, tratando dados em desacordo com a Lei 13.709/2018. Nesse sentido: TJ«u», Recurso Inominado "
          "nº «cnj1»; TJ«u2», Apelação Cível nº «cnj2».\n\n", u=uf, u2=g.pick(UFS), cnj1=g.cnj(), cnj2=g.cnj())
    dm = g.money(5000, 30000)
    doc.f("III — DOS PEDIDOS\na) a gratuidade da justiça (declaração anexa); b) a condenação solidária das rés à restituição de R$ «v», "
          "corrigidos; c) a condenação ao pagamento de R$ «dm» a título de danos morais; d) a exibição, pela primeira ré, dos dados cadastrais "
          "e registros de acesso do perfil «o».\n\nDá-se à causa o valor de R$ «tot».\n\n«c», «d».\n\n«l»\n«oab»\n«e» · «t»\n",
          v=val_txt, dm=dm, o=g.oid(), tot=g.money(8000, 70000), c=city, d=dbr(g.after(met, 40, 200), "long"), l=P(law.full),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(corp_mail(law, g.pick(["adv.br", "advocacia.com.br", "gmail.com"])), "EMAIL_ADDRESS"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def ju_medida_protetiva(g: Gen) -> Doc:
    """A request for urgent protective measures (Lei 11.340/2006 or stalking, Lei 14.132/2021) against a former match, with the decision."""
    doc = Doc()
    app, dom = app_of(g)
    city, uf = g.city()
    req = g.person(female=True)
    reu = g.person(female=False)
    mp = g.chance(0.6)
    judge = g.person()
    defe = g.person()
    doc.f("PODER JUDICIÁRIO DO ESTADO «uf»\n«v»\nProcesso nº «cnj» — Medidas Protetivas de Urgência («lei»)\n\n", uf=uf,
          v=g.pick(["Juizado de Violência Doméstica e Familiar contra a Mulher", "Vara Criminal", "Plantão Judiciário"]) + f" de {city}",
          cnj=g.cnj(), lei="Lei 11.340/2006" if mp else "art. 147-A do CP — Lei 14.132/2021")
    doc.t("FORMULÁRIO DE REQUERIMENTO\n\n1. REQUERENTE\n")
    f1 = [("Nome", P(g.pick([req.full, req.caps]))), ("Data de nascimento", (g.dob(g.pick(["br", "nopad"]), 1965, 2004), "DATE_OF_BIRTH")),
          ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("Telefone (seguro)", (g.phone(), "PHONE_NUMBER")),
          ("Endereço", (g.address(), "ADDRESS") if g.chance(0.75) else V("sigiloso — informado em apartado")), ("CEP", (g.cep(), "BR_CEP"))]
    if f1[5][1][1] is None:
        f1.pop(6)
    kv_block(g, doc, f1, g.pick(["lines", "dots", "box"]))
    kids = [g.relative(req) for _ in range(g.ri(0, 2))]
    if kids:
        doc.t("Filhos(as): ")
        for k, kid in enumerate(kids):
            if k:
                doc.t("; ")
            doc.e(kid.first if g.chance(0.5) else kid.full, "PERSON")
            doc.t(", nascid" + kid.o + " em ")
            doc.e(g.dob(g.pick(["br", "nopad"]), 2010, 2023), "DATE_OF_BIRTH")
        doc.t(" (não são filhos do requerido)\n")
    doc.t("\n2. REQUERIDO\n")
    f2 = [("Nome", P(g.pick([reu.full, reu.caps]))), ("Apelido", P(reu.nick if reu.nick != reu.first else g.pick(["Magrão", "Baixinho", "Alemão", "Neguinho"]))),
          ("CPF", (g.cpf(), "BR_CPF") if g.chance(0.5) else V("não sabe informar")),
          ("Telefones", (g.phone(), "PHONE_NUMBER")), ("Nome no " + app, display(g, reu)), ("Instagram", V("@" + g.handle(reu))),
          ("Veículo", V(g.pick(["Gol branco", "moto Fazer preta", "Strada vermelha", "Renegade cinza"]))), ("Placa", (g.plate(), "LICENSE_PLATE")),
          ("Endereço", (g.address(), "ADDRESS") if g.chance(0.6) else V("não sabe; trabalha na Amado & Filhos Materiais de Construção"))]
    kv_block(g, doc, f2, g.pick(["lines", "dots"]))
    met = datetime.date(g.pick([2024, 2025]), g.ri(1, 12), g.ri(1, 28))
    doc.f("\n3. FATOS\nConheceram-se pelo aplicativo «app» (match em «d») e «rel». Desde o fim, ele cria perfis falsos para "
          "vigiá-la, manda mensagens de números diferentes («t1», «t2»), aparece na porta do trabalho e ameaçou divulgar fotos íntimas. "
          "Em «d2» seguiu o carro dela até a casa da mãe, «mae», na «ad».\n",
          app=app, d=dbr(met), rel=g.pick(["namoraram cerca de 5 meses", "saíram três vezes", "moraram juntos por um ano"]),
          t1=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), t2=(g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER"),
          d2=dbr(g.after(met, 60, 300)), mae=P(g.person(female=True).full), ad=(g.address(), "ADDRESS"))
    doc.f("\n4. MEDIDAS REQUERIDAS\n[X] proibição de aproximação (mínimo de «m» metros) [X] proibição de contato por qualquer meio, inclusive "
          "aplicativos e redes sociais [«x»] suspensão da posse de arma [X] proibição de frequentar o local de trabalho\n\n", m=g.pick([200, 300, 500]),
          x=g.pick(["X", " "]))
    who = g.pick(["def", "adv"])
    if who == "def":
        doc.f("Assistida pela Defensoria Pública — «d», Defensor«a» Público«a» (matrícula «mt»)\n\n", d=P(defe.full), a="a" if defe.female else "",
              mt=g.d(7))
    else:
        doc.f("Advogad«o»: «d» — «oab»\n\n", o=defe.o, d=P(defe.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("DECISÃO\nPresentes os requisitos, DEFIRO as medidas protetivas requeridas. Intime-se o requerido«r», inclusive por WhatsApp no "
          "número «t», com as advertências do art. 24-A da Lei 11.340/2006. Oficie-se ao «app» para suspensão dos perfis vinculados ao CPF e "
          "ao telefone do requerido.\n«c», «d».\n«j» — Ju«a» de Direito\n",
          r=V(""), t=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"), app=app, c=city,
          d=dbr(g.after(met, 300, 320)), j=P(judge.full), a="íza" if judge.female else "iz")
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """An LGPD access request (art. 18) to the app by e-mail, the DPO's answer and the JSON export of the account."""
    doc = Doc()
    app, dom = app_of(g)
    u = g.person()
    dpo = g.person()
    t0 = g.moments(1, None, 1, (8, 23))[0]
    ue = g.email(u)
    doc.f("De: «n» <«e»>\nPara: privacidade@«dom»\nData: «t»\nAssunto: Solicitação de acesso aos meus dados — LGPD art. 18\n\n",
          n=P(u.full), e=(ue, "EMAIL_ADDRESS"), dom=dom, t=ts(t0, "br"))
    doc.f("Prezados, com base no art. 18, II, da Lei 13.709/2018, solicito a cópia completa dos meus dados tratados pelo «app», inclusive "
          "registros de acesso, pagamentos e com quem dei match. Usuário @«h», telefone «p». «x»\n«n»\n\n", app=app, h=g.handle(u),
          p=(g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"),
          x=g.pick(["Suspeito que minha conta foi usada por terceiros.", "Quero saber se meu CPF está com vocês.", "Depois pretendo excluir a conta."]),
          n=V(g.pick(["Atenciosamente.", "Obrigad" + u.o + "."])))
    t1 = t0 + datetime.timedelta(days=g.ri(2, 14))
    dpo_mail = g.pick([f"dpo@{dom}", corp_mail(dpo, dom)])
    doc.f("De: «d» <«m»>\nData: «t»\nAssunto: RE: Solicitação de acesso — protocolo «p»\n\n", d=P(dpo.full),
          m=(dpo_mail, "EMAIL_ADDRESS") if not dpo_mail.startswith("dpo@") else V(dpo_mail), t=ts(t1, "br"), p=g.protocol())
    doc.f("Olá, «n». Confirmamos sua identidade pelo código enviado ao telefone cadastrado. Segue abaixo o relatório em formato "
          "estruturado (art. 19, II). Não incluímos o conteúdo das mensagens de outras pessoas nem dados de terceiros além do nome "
          "de exibição dos seus matches.\n\n", n=P(u.first))
    created = t0 - datetime.timedelta(days=g.ri(100, 1500))
    logins = []
    for k in range(g.ri(3, 6)):
        tt = t0 - datetime.timedelta(days=g.ri(0, 90), minutes=g.ri(0, 1400))
        logins.append({"at": ts(tt, "isoz"), "ip": ip_t(g, 0.85), "device": g.pick(PHONE_MODELS), "city": g.pick([c for c, _ in CITIES[:12]])})
    logins.sort(key=lambda x: x["at"], reverse=True)
    matches = []
    for k in range(g.ri(1, 3)):
        p = g.person(female=not u.female)
        matches.append({"match_id": f"m_{g.oid()}", "display_name": display(g, p),
                        "matched_at": ts(t0 - datetime.timedelta(days=g.ri(1, 400)), "isoz")})
    pays = []
    for k in range(g.ri(1, 3)):
        pays.append({"store": g.pick(["google_play", "app_store", "web_card"]), "order_id": g.pick([f"GPA.{g.d(4)}-{g.d(4)}-{g.d(4)}-{g.d(5)}",
                                                                                                     f"MT{g.up(8)}", f"pay_{g.alnum_id(12)}"]),
                     "product": f"{app} {g.pick(TIERS)} {g.pick(['1 mês', '6 meses', '12 meses'])}", "amount_brl": float(g.ri(19, 399)) + 0.9,
                     "card": g.pick([f"**** {g.d(4)}", None])})
    export = {"account": {"user_id": g.oid(), "display_name": display(g, u), "handle": g.handle(u),
                          "email": (ue, "EMAIL_ADDRESS"), "phone": (g.phone("e164"), "PHONE_NUMBER"),
                          "birthdate": (g.dob("iso", 1965, 2004), "DATE_OF_BIRTH"), "gender": "F" if u.female else "M",
                          "created_at": ts(created, "isoz"), "verified_selfie": g.pick([True, False]),
                          "bio": g.pick(BIO_LINES)},
              "consents": [{"purpose": "marketing", "granted": g.pick([True, False])}, {"purpose": "dados_sensiveis_orientacao", "granted": True}],
              "logins": logins, "payments": pays, "matches": matches,
              "billing": {"cpf": (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), "address": (g.address(), "ADDRESS"), "cep": (g.cep(g.chance(0.5)), "BR_CEP")}
              if any(p["store"] == "web_card" for p in pays) else None,
              "reports_made": g.ri(0, 3), "location": {"city": g.pick([c for c, _ in CITIES]), "precision": "cidade"}}
    doc.t("```json\n")
    jval(doc, export, 0)
    doc.t("\n```\n\n")
    doc.f("Se quiser excluir a conta, responda com “EXCLUIR”; os dados de pagamento ficam retidos pelo prazo legal (art. 16, I) e os "
          "registros de acesso por 6 meses (Lei 12.965/2014, art. 15).\n\n«d»\nEncarregad«o» pelo Tratamento de Dados Pessoais — «app»\n",
          d=P(g.pick([dpo.full, dpo.short])), o=dpo.o, app=app)
    return doc


def ju_oficio_quebra(g: Gen) -> Doc:
    """A court order to the app for a scam profile's data (Marco Civil) and the app's answer with the registration and access logs."""
    doc = Doc()
    app, dom = app_of(g)
    city, uf = g.city()
    judge = g.person()
    counsel = g.person()
    victim = g.person(female=True)
    cnj = g.cnj()
    day = g.day()
    profiles = [g.oid() for _ in range(g.pick([1, 1, 2]))]
    esc = g.person()
    onum = g.ri(10, 999)
    doc.f("OFÍCIO Nº «n»/«y» — «v»\nProcesso nº «cnj» · Autor: «a» · Réu: a identificar\n\nA «app» Tecnologia Ltda. (juridico@«dom»)\n\n"
          "Por ordem do(a) MM(a). Juiz(a) «j», nos termos dos arts. 10, 15 e 22 da Lei 12.965/2014, requisito, no prazo de 10 dias, os dados "
          "cadastrais e os registros de acesso (IP, porta lógica, data, hora e fuso) dos perfis «ps», usados para obter transferências da autora "
          "entre «d1» e «d2».\n\n«e» — Escriv«x» Judicial\n\n",
          n=onum, y=day.year, v=g.pick(["2ª Vara Cível", "Juizado Especial Cível", "1ª Vara Criminal", "Vara de Crimes Cibernéticos"]) + f" de {city}/{uf}",
          cnj=cnj, a=P(g.pick([victim.full, victim.caps])), app=app, dom=dom, j=P(judge.full), ps=", ".join(profiles),
          d1=dbr(day - datetime.timedelta(days=g.ri(60, 200))), d2=dbr(day - datetime.timedelta(days=g.ri(5, 50))),
          e=P(esc.full), x="ã" if esc.female else "ão")
    doc.f("——— RESPOSTA ———\n«c», «d»\nRef.: Ofício «n» — Processo «cnj»\n\nEm cumprimento, informamos os dados disponíveis. Os dados "
          "cadastrais são os declarados pelo próprio usuário, sem validação documental.\n\n", c=city, d=dbr(g.after(day, 5, 12)), n=onum, cnj=cnj)
    for pid in profiles:
        p = g.persona(g.chance(0.2)) if g.chance(0.5) else g.person()
        base = datetime.datetime(day.year, day.month, day.day) - datetime.timedelta(days=g.ri(60, 200), minutes=g.ri(0, 1400))
        doc.f("PERFIL «p»\n", p=pid)
        fields = [("Nome de exibição", P(p.first) if g.chance(0.8) else V(g.pick(DISPLAY_NONNAMES))),
                  ("Nome informado", P(p.full)),
                  ("Data de nascimento informada", (g.dob(g.pick(["br", "iso"]), 1960, 2000), "DATE_OF_BIRTH")),
                  ("E-mail", (g.email(p) if g.chance(0.5) else f"{g.handle()}{g.d(3)}@{g.pick(['gmail.com', 'outlook.com'])}", "EMAIL_ADDRESS")),
                  ("Telefone verificado", (g.foreign_phone() if g.chance(0.5) else g.phone("e164"), "PHONE_NUMBER")),
                  ("Criado em", V(ts(base, "isoz")))]
        if g.chance(0.45):
            fields.append(("Pagador da assinatura", P(g.person().full)))
            fields.append(("CPF do pagador", (g.cpf(), "BR_CPF")))
        kv_block(g, doc, fields, g.pick(["lines", "dots"]))
        rows = []
        tt = base
        for k in range(g.ri(4, 7)):
            if k:
                tt = tt + datetime.timedelta(hours=g.ri(5, 300), seconds=g.ri(0, 3000))
            ev = g.pick(["cadastro", "login", "login", "envio de mensagem", "troca de e-mail"]) if k else "cadastro"
            ip = (g.ip_pub(), "IP_ADDRESS") if g.chance(0.8) else (g.ip6_pub(), "IP_ADDRESS")
            rows.append([V(ts(tt, "isoz")), V("UTC"), ip, V(str(g.ri(1024, 65535))), V(ev)])
        table_ruled(doc, ["data/hora", "fuso", "IP", "porta", "evento"], rows, g.pick(["plus", "psql", "pipe"]))
        doc.t("\n")
    doc.f("Mensagens: não armazenamos o conteúdo após a exclusão do perfil (banido em «b»). Permanecemos à disposição.\n\n«c»\n«oab»\n"
          "Gerente Jurídico — «app»\n", b=dbr(day - datetime.timedelta(days=g.ri(1, 30))), c=P(counsel.full),
          oab=(g.council("OAB", "SP"), "PROFESSIONAL_ID"), app=app)
    return doc


def ju_audiencia(g: Gen) -> Doc:
    """Minutes of a small-claims conciliation hearing between a client and a matchmaking agency (refund of the contract)."""
    doc = Doc()
    ag = g.pick(AGENCIES)
    city, uf = g.city()
    c = g.person()
    prep = g.person()
    adv = g.person()
    adv_c = g.person()
    conc = g.person()
    day = g.day()
    doc.f("TERMO DE AUDIÊNCIA DE CONCILIAÇÃO\n«v» — Comarca de «c»/«uf»\nProcesso: «cnj»\nData: «d», «h»h — sala virtual «s»\n\n",
          v=g.pick(["Juizado Especial Cível", "CEJUSC", "2º Juizado Especial Cível"]), c=city, uf=uf, cnj=g.cnj(), d=dbr(day),
          h=f"{g.ri(9, 17)}:{g.pick(['00', '30'])}", s=g.alnum_id(6))
    doc.f("Reclamante: «n», CPF «cpf», e-mail «em», tel. «tl»«adv»\nReclamada: «a», CNPJ «cnpj», representada pel«op» preposto«ap» «p» (RG «rg»), acompanhad«op2» de «pa», «oab2»\n"
          "Conciliador(a): «cc»\n\n",
          n=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), em=(g.email(c), "EMAIL_ADDRESS"), tl=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          adv=V(", sem advogado") if g.chance(0.4) else V(""), a=ag, cnpj=(g.any_cnpj(), "BR_CNPJ"), op="a" if prep.female else "o",
          ap="a" if prep.female else "", p=P(prep.full), rg=(g.rg(), "BR_RG"), op2="a" if prep.female else "o", pa=P(adv.full),
          oab2=(g.council("OAB", uf), "PROFESSIONAL_ID"), cc=P(g.pick([conc.full, conc.short])))
    if g.chance(0.5):
        doc.f("Presente também «a», «o», advogad«x» d«y» reclamante.\n\n", a=P(adv_c.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"),
              x=adv_c.o, y=c.o)
    doc.f("Aberta a audiência, «ar» reclamante relatou que contratou o «p» em «d», pagou R$ «v» e recebeu apenas «k» apresentações, "
          "uma delas de pessoa casada («x»), em desacordo com a ficha.\n", p=g.pick(AGENCY_PLANS), d=dbr(g.after(day, -300, -90)),
          ar="a" if c.female else "o", v=g.money(3000, 20000), k=g.ri(0, 2), x=g.pick(["conforme print anexado", "o que a reclamada nega", "fato admitido pela preposta"]))
    if g.chance(0.7):
        pay = g.pick(["acc", "acc", "pix_uuid", "pix_cpf", "pix_mail", "pix_phone"])
        doc.f("\nACORDO: a reclamada pagará R$ «v» em «x» parcelas mensais, a primeira em «d», ", v=g.money(1500, 12000), x=g.ri(1, 6),
              d=dbr(g.after(day, 10, 30)))
        if pay == "acc":
            b = g.pick(BANKS)
            doc.f("mediante depósito na conta de titularidade d«o» reclamante no «b», agência «ag», conta «cc».", o=c.o, b=b[1],
                  ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
        else:
            k = {"pix_uuid": (g.uuid(), "PIX_KEY"), "pix_cpf": (g.cpf(), "BR_CPF"), "pix_mail": (g.email(c), "EMAIL_ADDRESS"),
                 "pix_phone": (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")}[pay]
            doc.f("por Pix para a chave «k», de titularidade d«o» reclamante.", k=k, o=c.o)
        doc.t(" Multa de 50% sobre o saldo em caso de atraso. Com o cumprimento, as partes dão plena quitação. Homologação pelo(a) juiz(a) togado(a).\n")
    else:
        doc.f("\nInexitosa a conciliação. Designada audiência de instrução para «d». A reclamada apresentará contestação até a audiência e "
              "«ar» reclamante poderá trazer até 3 testemunhas, tendo indicado desde já «t».\n", ar="a" if c.female else "o", d=dbr(g.after(day, 40, 120)),
              t=P(g.person().full))
    if g.chance(0.5):
        doc.f("\nNada mais. Eu, «cc», conciliador(a), digitei.\n", cc=P(g.pick([conc.full, conc.first + " " + conc.last])))
    else:
        doc.t("\nNada mais. Lido e achado conforme, vai assinado eletronicamente pelos presentes.\n")
    return doc


JU = [ju_bo_estelionato, ju_bo_sextorsao, ju_danos_morais, ju_medida_protetiva, ju_lgpd, ju_oficio_quebra, ju_audiencia]


# =========================================================================== saude

TESTS = [("HIV 1/2 — teste rápido (TR1)", ["Não reagente", "Não reagente", "Não reagente", "Reagente"]),
         ("Sífilis — teste treponêmico", ["Não reagente", "Não reagente", "Reagente"]),
         ("Hepatite B — HBsAg", ["Não reagente", "Não reagente", "Não reagente", "Reagente"]),
         ("Hepatite C — anti-HCV", ["Não reagente", "Não reagente", "Não reagente"])]


def sa_cta_ficha(g: Gen) -> Doc:
    """A testing and counselling centre's (CTA) record of a user referred by a dating app's campaign: counselling, rapid tests, conduct."""
    doc = Doc()
    app, dom = app_of(g)
    city, uf = g.city()
    cta = g.pick(CTAS)
    u = g.person()
    mother = g.person(female=True)
    coun = g.person()
    doc_ = g.person()
    day = g.day()
    social = g.chance(0.25)
    doc.f("SECRETARIA MUNICIPAL DE SAÚDE DE «c»\n«cta» — FICHA DE ATENDIMENTO E ACONSELHAMENTO\nAtendimento nº «n» · Data: «d» · Origem: «o»\n\n",
          c=fold(city).upper(), cta=cta, n=g.d(6), d=dbr(day),
          o=g.pick([f"demanda espontânea (viu a campanha 'Match Seguro' no {app})", f"cupom de testagem enviado pelo app {app}",
                    "encaminhado(a) pela UBS", "retorno — janela imunológica"]))
    fields = [("Nome civil", P(g.pick([u.full, u.caps])))]
    if social:
        sn = Person(g.pick(COMMON_F + RARE_F) if not u.female else g.pick(COMMON_M + RARE_M), [u.last], not u.female)
        fields.append(("Nome social", P(sn.first)))
    fields += [("Data de nascimento", (g.dob(g.pick(["br", "br", "nopad", "short"]), 1962, 2006), "DATE_OF_BIRTH")),
               ("CNS", (g.cns(), "BR_CNS")), ("CPF", (g.cpf(), "BR_CPF") if g.chance(0.75) else V("não informado")),
               ("Nome da mãe", P(g.pick([mother.full, mother.caps])) if g.chance(0.8) else V("ignorado")),
               ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
               ("Telefone", (g.phone(), "PHONE_NUMBER")), ("Aceita contato por WhatsApp", V(g.pick(["sim", "sim", "não"])))]
    if g.chance(0.4):
        fields.append(("E-mail", (g.email(u), "EMAIL_ADDRESS")))
    doc.t("IDENTIFICAÇÃO\n")
    kv_block(g, doc, fields, g.pick(["lines", "dots", "box"]))
    days = g.ri(3, 120)
    doc.f("\nACONSELHAMENTO PRÉ-TESTE\nRefere parceria casual conhecida pelo «app» há «n» dias; «x». «y» Motivo principal: «m». CID-10: «cid».\n",
          app=app, n=days, x=g.pick(["relação sem preservativo", "rompimento do preservativo", "uso irregular de preservativo com várias parcerias"]),
          y=g.pick(["Nega sintomas.", "Refere ferida indolor na região genital há 2 semanas.", "Parceria avisou que testou positivo para sífilis.", ""]),
          m=g.pick(["testagem após exposição", "interesse em PrEP", "rotina trimestral"]), cid=g.cid("ist"))
    doc.t("\nTESTES RÁPIDOS\n")
    rows = []
    pos = []
    for name, res in TESTS:
        r = g.pick(res)
        if r == "Reagente":
            pos.append(name)
        rows.append([V(name), V(g.up(2) + g.d(6)), V(dbr(g.after(day, 60, 500))), V(r)])
    table_ruled(doc, ["Teste", "Lote", "Validade", "Resultado"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.t("\nCONDUTA\n")
    if not pos:
        doc.f("Resultados não reagentes. «x»\n", x=g.pick([f"Orientad{u.o} sobre janela imunológica; retorno em 30 dias.",
                                                         f"Avaliad{u.o} para PrEP: elegível; encaminhad{u.o} à UDM com prescrição.",
                                                         "Exposição há menos de 72 h: iniciada PEP (CID Z20.6)."]))
    else:
        par = g.person(female=g.chance(0.4))
        doc.f("«t» reagente. Coletadas amostras para confirmação (CID «cid»). «tr» Convocação de parcerias: «p» (contato «c», pelo app) — "
              "aceitou que a equipe faça o contato.\n", t=pos[0].split(" —")[0], cid=g.cid("pos"),
              tr=g.pick(["Aplicada penicilina benzatina 2,4 milhões UI.", "Agendada consulta no SAE em 7 dias.", "Notificação SINAN realizada."]),
              p=P(g.pick([par.first, par.short])), c=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    cons_id = g.council(g.pick(["COREN", "CRP"]))
    doc.f("\nAconselhador(a): «a» — «ai»\nMédico(a) responsável: «m» — «mi»\n",
          a=P(g.pick([coun.full, coun.short])), ai=(cons_id, "PROFESSIONAL_ID"), m=P(doc_.full), mi=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_prep(g: Gen) -> Doc:
    """A PrEP dispensing list of a medicine-dispensing unit (fixed width, names cut), with the pharmacist's notes."""
    doc = Doc()
    app, dom = app_of(g)
    city, uf = g.city()
    unit = g.pick(CTAS)
    ph = g.person()
    day = g.day()
    doc.f("«u» — UDM (Unidade Dispensadora de Medicamentos)\nDISPENSAÇÃO DE PrEP — TDF/FTC 300/200 mg — «d» — operador SICLOM: «l»\n\n",
          u=fold(unit).upper(), d=dbr(day), l=login(ph, g))
    with_cpf = g.chance(0.5)
    widths = [6, 28, 18, 10] + ([14] if with_cpf else []) + [4, 10]
    heads = ["HORA", "NOME (SOCIAL, SE HOUVER)", "CNS", "DN"] + (["CPF"] if with_cpf else []) + ["FR.", "RETORNO"]
    doc.t(" ".join(h.ljust(w) for h, w in zip(heads, widths)).rstrip() + "\n" + " ".join("-" * w for w in widths) + "\n")
    users = []
    for k in range(g.ri(4, 6)):
        p = g.person()
        users.append(p)
        doc.cell(f"{g.ri(8, 16):02d}:{g.ri(0, 59):02d}", widths[0])
        doc.t(" ")
        doc.cell(cut(g.pick([p.capsf, p.capsf, p.inverted, p.full]), widths[1]), widths[1], "PERSON")
        doc.t(" ")
        cns = g.cns()
        doc.cell(cns, widths[2], "BR_CNS")
        doc.t(" ")
        doc.cell(g.dob("br", 1968, 2006), widths[3], "DATE_OF_BIRTH")
        doc.t(" ")
        if with_cpf:
            doc.cell(g.cpf("dot"), widths[4], "BR_CPF")
            doc.t(" ")
        doc.cell(str(g.pick([1, 1, 2, 3, 4])), widths[-2])
        doc.t(" ")
        doc.t(dbr(g.after(day, 28, 120)) + "\n")
    doc.f("\nTotal: «n» dispensações · «f» frascos\n\nOBSERVAÇÕES\n", n=len(users), f=g.ri(len(users), 3 * len(users)))
    p = g.pick(users)
    prox = g.person()
    doc.f("- Retirada de «u» feita por «t» (RG «rg»), com autorização assinada e documento do usuário.\n",
          u=P(g.pick([p.first + " " + p.last, p.full])), t=P(prox.full), rg=(g.rg(), "BR_RG"))
    q = g.pick(users)
    doc.f("- «u» contou que soube da PrEP pelo banner do «app» e pediu orientação sobre interação com hormônios; orientado(a) e agendada "
          "consulta de seguimento (CID Z29.8).\n", u=P(q.first) if g.chance(0.5) else V(f"O(a) usuário(a) das {g.ri(8, 16)}h"), app=app)
    if g.chance(0.35):
        r = g.pick(users)
        doc.f("- «u» não compareceu ao retorno anterior; contato pelo «t» sem sucesso; busca ativa pela agente «a».\n",
              u=P(g.pick([r.first, r.short])), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), a=P(g.person(female=True).first))
    doc.f("\nFarmacêutic«o» responsável: «n» — «c»\n", o=ph.o, n=P(ph.full), c=(g.council("CRF", uf), "PROFESSIONAL_ID"))
    return doc


def sa_psico(g: Gen) -> Doc:
    """Psychological support notes (evolution) for a victim of a romance scam."""
    doc = Doc()
    app, dom = app_of(g)
    city, uf = g.city()
    svc = g.pick(PSI_SERVICES)
    pt = g.person(female=g.chance(0.7))
    psi = g.person()
    scam = g.persona(female=not pt.female)
    kid = g.relative(pt)
    sis = g.relative(pt, True)
    em = sis
    day = g.day()
    doc.f("«s»\nPRONTUÁRIO PSICOLÓGICO — REGISTRO DE EVOLUÇÃO (documento sigiloso — Resolução CFP nº 001/2009)\n\n", s=svc)
    fields = [("Paciente", P(g.pick([pt.full, pt.caps]))), ("Data de nascimento", (g.dob(g.pick(["br", "nopad", "long"]), 1945, 1990), "DATE_OF_BIRTH")),
              ("CNS", (g.cns(), "BR_CNS")), ("CPF", (g.cpf(), "BR_CPF") if g.chance(0.6) else V("não informado")),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER")),
              ("Contato de emergência", (f"{g.pick([em.full, em.first])}", "PERSON")),
              ("Tel. do contato", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("Encaminhamento", V(g.pick([f"Delegacia (BO nº {g.bo_number()})", f"Programa de apoio do {app}", "CAPS", "demanda espontânea",
                                             "Defensoria Pública"]))),
              ("Hipótese diagnóstica", V(f"CID-10 {g.cid('psi')}"))]
    kv_block(g, doc, fields, g.pick(["lines", "dots"]))
    d1 = day
    val = g.money(3000, 180000)
    doc.f("\n«d» — Sessão 1 (acolhimento). Relata ter perdido R$ «v» para «s», que dizia ser «r» e que conheceu no «app». Muita vergonha; "
          "ainda não contou «ak» «k». Choro frequente, insônia. Nega ideação suicida. Combinado contrato terapêutico semanal.\n",
          d=dbr(d1), v=val, s=P(g.pick([scam.full, scam.first])), r=g.role(scam), app=app, ak="à filha" if kid.female else "ao filho",
          k=P(kid.first))
    d2 = g.after(d1, 6, 9)
    doc.f("«d» — Sessão 2. Trouxe prints das conversas; relê as mensagens «s» todas as noites. A irmã, «i», tem acompanhado. Trabalhada "
          "a culpa (“eu fui burr«o»”). Orientad«o» sobre rede de apoio.\n", d=dbr(d2), s=V(g.pick(["dele" if not scam.female else "dela", "do 'noivo'" if not scam.female else "da 'noiva'"])),
          i=P(g.pick([sis.first, sis.nick, sis.full])),
          o=pt.o)
    d3 = g.after(d2, 6, 9)
    doc.f("«d» — Sessão 3. Recebeu devolução parcial pelo MED. Voltou à hidroginástica na Associação Rosa dos Ventos. Humor mais estável. "
          "«x»\n", d=dbr(d3), x=g.pick([f"Relatou novo contato de um 'advogado' oferecendo recuperar o dinheiro mediante taxa — orientad{pt.o}: é "
                                        "golpe de recuperação.", "Contou " + ("à filha" if kid.female else "ao filho") + "; relação preservada.",
                                        "Ainda evita sair de casa à noite."]))
    if g.chance(0.55):
        psiq = g.person()
        doc.f("Conduta: encaminhad«o» para avaliação psiquiátrica com «p» («c») em razão da insônia persistente.\n",
              o=pt.o, p=P(psiq.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("\n«n»\nPsicólog«o» — «c»\n", n=P(psi.full), o=psi.o, c=(g.council("CRP"), "PROFESSIONAL_ID"))
    return doc


def sa_pep_email(g: Gen) -> Doc:
    """E-mail thread referring a user assaulted by a match from the emergency unit to the specialised service (PEP follow-up)."""
    doc = Doc()
    app, dom = app_of(g)
    city, uf = g.city()
    hosp = g.pick(HOSPITALS)
    u = g.person(female=g.chance(0.8))
    nurse = g.person(female=g.chance(0.8))
    med = g.person()
    med2 = g.person()
    mom = g.person(female=True)
    sdom = f"saude.{re.sub(r'[^a-z]', '', fold(city).lower())}.{uf.lower()}.gov.br"
    t0 = g.moments(1, None, 1, (6, 23))[0]
    doc.f("De: «n» <«e»>\nPara: sae@«sd»\nCc: «c»\nData: «t»\nAssunto: Encaminhamento PEP — atendimento «a»\n\n",
          n=P(nurse.full), e=(corp_mail(nurse, sdom), "EMAIL_ADDRESS"), sd=sdom, c=(corp_mail(med, sdom), "EMAIL_ADDRESS"), t=ts(t0, "br"), a=g.d(7))
    hh = f"{g.ri(0, 23):02d}h{g.ri(0, 59):02d}"
    doc.f("Boa tarde, equipe do SAE.\n\nEncaminho «u», DN «b», CNS «cns», atendid«o» hoje no «h» após violência sexual por pessoa que conheceu "
          "no app «app» (primeiro encontro, «qq»). Exposição às «hh» do dia anterior. Iniciada PEP (TDF/3TC + DTG) às «h2», 7 dias dispensados; "
          "contracepção de emergência «ce»; coleta de exames basais. CID «c1» / «c2». Notificação compulsória feita. BO registrado na DEAM.\n\n"
          "", u=P(u.full), b=(g.dob(g.pick(["br", "nopad"]), 1975, 2006), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), o=u.o, h=hosp, app=app,
          qq=g.pick(["em um bar", "no apartamento dele", "depois de um show", "carro por aplicativo até a casa do agressor"]), hh=hh,
          h2=f"{g.ri(0, 23):02d}h{g.ri(0, 59):02d}", ce="realizada" if u.female else "não se aplica", c1=g.cid("pep"), c2="Z20.6")
    if g.chance(0.5):
        doc.f("A vítima anotou a placa do carro do agressor: «pl» («m»). ", pl=(g.plate(), "LICENSE_PLATE"),
              m=g.pick(["Onix prata", "HB20 preto", "Kwid branco", "Corolla cinza", "moto Fan vermelha"]))
    doc.f("Contato: «tel». ", tel=(g.phone(), "PHONE_NUMBER"))
    v = g.pick(["mom", "mom", "sms", "none"])
    if v == "mom":
        doc.f("Autoriza contato com a mãe, «m» («p»).", m=P(g.pick([mom.first, mom.full])), p=(g.phone("plain"), "PHONE_NUMBER"))
    elif v == "sms":
        doc.t("Prefere contato só por SMS.")
    doc.f("\nEndereço informado: «ad», CEP «cep».\n\n«n»\nEnfermeir«on» — «cr»\n«h» — Classificação de Risco\n\n",
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), n=V("Att.") if g.chance(0.5) else P(nurse.first), on="a" if nurse.female else "o",
          cr=(g.council("COREN", uf), "PROFESSIONAL_ID"), h=hosp)
    t1 = t0 + datetime.timedelta(hours=g.ri(2, 30))
    doc.f("———\nDe: «m» <«e»>\nData: «t»\n\nObrigad«o», «n». Agendamos «u» para «d» às «hh» com «m2» («crm»), para reavaliação da PEP e "
          "testagem de 30 dias. Se houver efeito adverso, pode vir antes. O serviço de psicologia também foi acionado.\n\n«crm0»\nSAE «c»\n",
          m=P(med.full), e=(corp_mail(med, sdom), "EMAIL_ADDRESS"), t=ts(t1, "br"), o=med.o, n=P(nurse.first), u=P(u.first) if g.chance(0.5) else V("a paciente" if u.female else "o paciente"),
          d=dbr(g.after(t1.date(), 2, 7)), hh=f"{g.ri(8, 16)}h", m2=P(med2.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          crm0=(g.council("CRM", uf), "PROFESSIONAL_ID"), c=city)
    return doc


def sa_sinan(g: Gen) -> Doc:
    """A notification form (SINAN-like, numbered fields) for acquired syphilis or HIV, with the partners reached through the app."""
    doc = Doc()
    app, dom = app_of(g)
    city, uf = g.city()
    u = g.person()
    mom = g.person(female=True)
    inv = g.person()
    day = g.day()
    agr = g.pick([("SÍFILIS ADQUIRIDA", "A53.9"), ("HIV — INFECÇÃO PELO VÍRUS DA IMUNODEFICIÊNCIA HUMANA", "B24"), ("HEPATITES VIRAIS", "B18.1"),
                  ("SÍFILIS ADQUIRIDA", "A51.0")])
    doc.f("República Federativa do Brasil — Ministério da Saúde\nSINAN — SISTEMA DE INFORMAÇÃO DE AGRAVOS DE NOTIFICAÇÃO\nFICHA DE NOTIFICAÇÃO / "
          "INVESTIGAÇÃO — Nº «n»\n\n", n=g.d(7))
    sep = g.pick([" | ", "   "])
    doc.f("1 Tipo de notificação: 2 - Individual«s»2 Agravo/doença: «a»«s»Código (CID10): «c»\n3 Data da notificação: «d»«s»4 UF: «uf»«s»"
          "5 Município de notificação: «m»\n6 Unidade de saúde: «us»«s»CNES «cnes»«s»7 Data do diagnóstico: «dd»\n",
          s=sep, a=agr[0], c=agr[1], d=dbr(day), uf=uf, m=city, us=g.pick(CTAS), cnes=g.d(7), dd=dbr(g.after(day, -7, 0)))
    dd, mm, yy = g.dob_parts(1960, 2005)
    age = day.year - yy - ((day.month, day.day) < (mm, dd))
    doc.f("8 Nome do paciente: «n»\n9 Data de nascimento: «b»«s»10 Idade: «i»«s»11 Sexo: «sx»«s»12 Gestante: «gs»«s»13 Raça/cor: «r»\n"
          "14 Escolaridade: «e»\n15 Número do Cartão SUS: «cns»\n16 Nome da mãe: «mae»\n",
          n=P(g.pick([u.caps, u.capsf, u.full])), s=sep, b=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"), i=f"{age} A",
          sx="F" if u.female else "M", gs=g.pick(["5 - Não", "6 - Não se aplica", "9 - Ignorado"]) if u.female else "6 - Não se aplica",
          r=g.pick(["1 - Branca", "2 - Preta", "4 - Parda", "3 - Amarela", "5 - Indígena"]),
          e=g.pick(["4 - Ensino fundamental completo", "6 - Ensino médio completo", "8 - Educação superior completa", "7 - Superior incompleto"]),
          cns=(g.cns(g.chance(0.7)), "BR_CNS"), mae=P(g.pick([mom.caps, mom.full])) if g.chance(0.85) else V("IGNORADO"))
    doc.f("17 UF: «uf»«s»18 Município de residência: «m»«s»19 Bairro: «b»\n20-22 Logradouro, número, complemento: «ad»\n23 Ponto de referência: «ref»"
          "«s»24 CEP: «cep»\n25 (DDD) Telefone: «t»«s»26 Zona: 1 - Urbana«s»27 País: Brasil\n\n",
          uf=uf, s=sep, m=city, b=g.pick(BAIRROS), ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"),
          ref=g.pick(["próximo à Igreja da Luz", "em frente ao Mercado Estrela", "ao lado da praça Bento", "—"]), cep=(g.cep(g.chance(0.6)), "BR_CEP"),
          t=(g.phone(g.pick(["par", "nospace"])), "PHONE_NUMBER"))
    doc.f("DADOS COMPLEMENTARES\n31 Ocupação: «o»\n32 Provável modo de transmissão: 1 - Sexual«s»33 Parcerias sexuais nos últimos 12 meses: «n» "
          "(conhecidas por aplicativo de relacionamento: «a»)\n", o=g.pick(["vendedor(a)", "estudante", "técnico(a) de enfermagem", "autônomo(a)",
                                                                            "motorista", "cabeleireiro(a)"]), s=sep, n=g.ri(2, 12), a=g.ri(1, 6))
    doc.t("34 Parcerias comunicadas (com consentimento):\n")
    for k in range(g.ri(1, 3)):
        p = g.person(female=g.chance(0.5))
        how = g.pick(["tel", "app", "tel"])
        doc.f("   «k») «n» — ", k=k + 1, n=P(g.pick([p.first, p.short])))
        if how == "tel":
            doc.f("contato «t»; «r»\n", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), r=g.pick(["compareceu e testou", "não atendeu", "agendado"]))
        else:
            doc.f("só o perfil no «a» (@«h»); mensagem enviada pelo próprio paciente\n", a=app, h=g.handle(p))
    kind = g.pick(["COREN", "CRM"])
    doc.f("\nINVESTIGADOR\nNome: «n»«s»Função: «f»«s»Registro: «r»\nAssinatura: ________________\n",
          n=P(inv.full), s=sep, f=("Enfermeir" + inv.o) if kind == "COREN" else ("Médic" + inv.o), r=(g.council(kind, uf), "PROFESSIONAL_ID"))
    return doc


def sa_teleconsulta(g: Gen) -> Doc:
    """One-line JSON event log of a telehealth platform renewing PrEP for users referred by a dating app, with the coordinator's note."""
    doc = Doc()
    app, dom = app_of(g)
    city, uf = g.city()
    day = g.day()
    base = datetime.datetime(day.year, day.month, day.day, 8)
    doc.f("# telessaude-prep · eventos de «d» · filtro partner=«p»\n", d=dbr(day), p=re.sub(r"[^a-z]", "", fold(app).lower()))
    docs_ = [g.person() for _ in range(2)]
    crms = [g.council("CRM", uf) for _ in docs_]
    t = base
    pts = []
    for k in range(g.ri(2, 3)):
        p = g.person()
        pts.append(p)
        t = t + datetime.timedelta(minutes=g.ri(5, 80))
        sid = g.alnum_id(10, "s_")
        d = g.ri(0, 1)
        events = [
            ("appointment.created", {"session": sid, "patient": {"name": P(p.full), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                                                                  "birthdate": (g.dob("iso", 1970, 2006), "DATE_OF_BIRTH"),
                                                                  "email": (g.email(p), "EMAIL_ADDRESS"), "phone": (g.phone("e164"), "PHONE_NUMBER")},
                                     "service": "prep_renovacao", "source": f"partner:{re.sub(r'[^a-z]', '', fold(app).lower())}"}),
            ("video.joined", {"session": sid, "role": "patient", "ip": ip_t(g, 0.9), "ua": g.pick(["Android 14 / Chrome 126", "iOS 17 / Safari",
                                                                                                  "Windows / Edge 125"])}),
            ("video.joined", {"session": sid, "role": "doctor", "professional": P(docs_[d].full), "ip": V(g.ip_priv())}),
            ("exam.requested", {"session": sid, "cid": g.cid("ist"), "exams": ["HIV TR", "sífilis", "creatinina", "HBsAg"]}),
            ("prescription.signed", {"session": sid, "doctor_crm": (crms[d], "PROFESSIONAL_ID"), "patient_cns": (g.cns(False), "BR_CNS"),
                                     "drug": "TDF/FTC 300/200mg", "qty": 30 * g.ri(1, 4)}),
            ("sms.sent", {"session": sid, "to": (g.phone("e164"), "PHONE_NUMBER"), "template": "lembrete_coleta"}),
        ]
        if g.chance(0.3):
            events.pop(3)
        for ev, body in events:
            t = t + datetime.timedelta(seconds=g.ri(20, 900))
            payload = {"ts": ts(t, "iso"), "event": ev}
            payload.update(body)
            jval(doc, payload, None)
            doc.t("\n")
    co = g.person()
    p = g.pick(pts)
    doc.f("\nNota da coordenação («c», «cr»): sessão de «p» teve queda de vídeo; exame enviado por e-mail. Lembrando: o parceiro «a» só "
          "recebe o número de encaminhamentos, nunca nomes ou CPF (Lei 13.709/2018, art. 11).\n",
          c=P(g.pick([co.full, co.short])), cr=(g.council("CRM", uf) if g.chance(0.5) else g.council("COREN", uf), "PROFESSIONAL_ID"),
          p=P(g.pick([p.first, p.short])) if g.chance(0.5) else V("um paciente da manhã"), a=app)
    return doc


def sa_whats_cta(g: Gen) -> Doc:
    """WhatsApp export between a CTA's line and a user: scheduling, result pick-up, partner notification, PrEP."""
    doc = Doc()
    app, dom = app_of(g)
    city, uf = g.city()
    cta = g.pick(CTAS)
    u = g.person()
    nurse = g.person(female=g.chance(0.75))
    ios = g.chance(0.5)
    by_number = g.chance(0.85)
    uph = g.phone("wa")
    t0 = g.moments(1, None, 1, (8, 18))[0]
    times = iter(sorted(t0.replace(hour=0, minute=0) + datetime.timedelta(days=g.ri(0, 3), hours=g.ri(8, 17), minutes=g.ri(0, 59))
                        for _ in range(22)))
    cta_name = g.pick([cta, "CTA " + city, "Testagem " + city])
    u_label = g.pick([u.first, u.first, u.short])

    def say(who: str, msg: str, **kw) -> None:
        doc.t(wa_prefix(next(times), ios))
        if who == "c":
            doc.t(cta_name + ": ")
        elif by_number:
            doc.e(uph, "PHONE_NUMBER")
            doc.t(": ")
        else:
            doc.e(u_label, "PERSON")
            doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    say("u", g.pick(["boa tarde, vi no «a» que vcs fazem teste de graça. precisa agendar?", "oi! queria fazer os testes rapidos, da pra ir hoje?"]), a=app)
    say("c", "Olá! Aqui é «n», enfermeir«o» do «c». Fazemos testagem por demanda, de seg a sex, 8h às 16h. Pra adiantar o cadastro, "
             "me envia: nome completo, data de nascimento, CPF ou cartão do SUS.", n=P(nurse.first), o=nurse.o, c=cta)
    doc_kind = g.pick(["cpf", "cns", "both"])
    msg = "«n»\n«b»\n"
    kw = {"n": P(g.pick([u.full, u.low])), "b": (g.dob(g.pick(["br", "nopad", "short"]), 1965, 2006), "DATE_OF_BIRTH")}
    if doc_kind in ("cpf", "both"):
        msg += "cpf «c»\n"
        kw["c"] = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
    if doc_kind in ("cns", "both"):
        msg += "sus «s»"
        kw["s"] = (g.cns(), "BR_CNS")
    say("u", msg.rstrip("\n"), **kw)
    say("c", "Cadastro feito ✅ Pode vir amanhã. Traga um documento com foto.")
    say("u", g.pick(["ok obg", "combinado", "👍"]))
    say("c", "«n», seus resultados ficaram prontos. Por protocolo, não passamos resultado por aqui — pode vir buscar com a «e» "
             "(sala 3)?", n=P(u.first) if g.chance(0.5) else V("Oi"), e=P(g.pick([nurse.first, g.person(True).first])) if g.chance(0.5) else V("recepção"))
    say("u", "vou hoje a tarde")
    par = g.person(female=g.chance(0.5))
    say("u", "a enfermeira pediu pra eu avisar a pessoa do app. «e» se chama «p», o numero é «t». vcs podem ligar? eu não tenho coragem",
        e="ela" if par.female else "ele", p=P(g.pick([par.first, par.short])), t=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"))
    say("c", "Podemos sim, sem dizer seu nome. A comunicação é sigilosa. Também agendei sua consulta de PrEP para «d» com «m» («crm»).",
        d=dbr(g.after(t0.date(), 5, 20)), m=P(g.person().full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    say("u", g.pick(["muito obrigad" + u.o + " de vdd", "vcs são anjos", "obrigado"]))
    say("c", "Disponha! «n» — «cr»", n=P(nurse.short), cr=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


SA = [sa_cta_ficha, sa_prep, sa_psico, sa_pep_email, sa_sinan, sa_teleconsulta, sa_whats_cta]


# =========================================================================== financeiro


def pix_key(g: Gen, owner: Person, kinds: list[str] | None = None) -> tuple:
    """A Pix key as typed by a payer: random (PIX_KEY) or the owner's CPF, e-mail or phone (their own labels)."""
    kind = g.pick(kinds or ["uuid", "uuid", "uuid", "cpf", "email", "phone"])
    return {"uuid": (g.uuid(), "PIX_KEY"), "cpf": (g.cpf(), "BR_CPF"), "email": (g.email(owner), "EMAIL_ADDRESS"),
            "phone": (g.phone(g.pick(["par", "plain", "e164"])), "PHONE_NUMBER")}[kind]


def fmt_money(v: float) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def fi_med(g: Gen) -> Doc:
    """A bank's Pix fraud dispute under the MED (client's form, disputed transfers, internal analysis with the DICT notice)."""
    doc = Doc()
    bank = g.pick(BANKS)
    c = g.person()
    an = g.person()
    app, dom = app_of(g)
    t0 = g.moments(1, None, 1, (7, 22))[0]
    canal = g.pick(["app", "app", "central 24h", "agência", "chat"])
    doc.f("«b» — CONTESTAÇÃO DE PIX POR FRAUDE (MED — Resolução BCB nº 103/2021)\nProtocolo «p» · aberto em «t» · canal: «c»",
          b=fold(bank[1]).upper(), p=g.protocol(), t=ts(t0, "brs"), c=canal)
    if canal in ("app", "chat"):
        doc.f(" (IP do dispositivo: «ip»)", ip=ip_t(g))
    doc.f("\nTipo de fraude declarado: «f»\n\n",
          f=g.pick(["golpe do amor / estelionato sentimental", "golpe do falso relacionamento", "engenharia social — relacionamento virtual"]))
    fields = [("Cliente (pagador)", P(g.pick([c.full, c.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("Agência", (g.agency(), "BANK_ACCOUNT")),
              ("Conta", (g.account(), "BANK_ACCOUNT")), ("Celular", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(c), "EMAIL_ADDRESS"))]
    kv_block(g, doc, fields, g.pick(["box", "lines", "dots"]))
    doc.t("\nTRANSAÇÕES CONTESTADAS\n")
    rows = []
    recs = []
    tt = datetime.datetime(t0.year, t0.month, t0.day, 9) - datetime.timedelta(days=g.ri(3, 30))
    tot = 0.0
    for k in range(g.ri(2, 4)):
        tt = tt + datetime.timedelta(days=g.ri(0, 5), minutes=g.ri(30, 900))
        m = g.person()
        rb = g.pick(BANKS)
        kind = g.pick(["uuid", "uuid", "email", "phone", "cpfm"])
        if kind == "cpfm":
            key = V(g.masked_cpf())
        else:
            key = pix_key(g, m, [kind])
        txt, val = g.money_v(150, 9000)
        tot += val
        recs.append((m, rb))
        rows.append([V(str(k + 1)), V(ts(tt, "br")), V(txt), V(g.e2e(tt, bank[0])), P(g.pick([m.caps, m.full])), V(g.masked_cpf()), V(rb[1]), key])
    table_ruled(doc, ["#", "data/hora", "valor R$", "ID fim a fim", "recebedor", "documento", "instituição", "chave"], rows, g.pick(["plus", "pipe", "psql"]))
    doc.f("Total contestado: R$ «v»\n\nRelato do cliente: «r»\nBO nº «bo» anexado.\n\n", v=fmt_money(tot),
          r=g.pick([f"conheci no {app} alguém que dizia ser {g.role(g.persona(not c.female))}; pediu dinheiro para {g.pick(SCAM_ASKS)}.",
                    f"me relacionei pelo {app} com uma pessoa que depois sumiu; as transferências foram a pedido dela.",
                    f"fui enganad{c.o} por perfil falso no {app}; as contas eram de terceiros indicados pelo golpista."]), bo=g.bo_number())
    if g.chance(0.3):
        scam = g.persona(not c.female)
        doc.f("Nome usado pelo golpista: «s» (perfil @«h»)\n", s=P(scam.full), h=g.handle(scam))
    doc.t("\n— ANÁLISE INTERNA (restrito) —\n")
    doc.f("Notificação de infração (DICT): «u» · status «s»\n", u=g.uuid(), s=g.pick(["ACEITA", "ACEITA", "EM ANÁLISE", "REJEITADA"]))
    blocked = 0.0
    for k, (m, rb) in enumerate(recs):
        if g.chance(0.5):
            doc.f("Recebedor «k»: «n», ", k=k + 1, n=P(m.full))
        else:
            doc.f("Recebedor «k» (mesmo titular da tabela): ", k=k + 1)
        doc.f("CPF «cpf» — «b», ag. «ag», conta «cc» — aberta em «d» via app, IP «ip»", cpf=(g.cpf("dot"), "BR_CPF"), b=rb[1], ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
              d=dbr(tt.date() - datetime.timedelta(days=g.ri(3, 120))), ip=ip_t(g, 0.9))
        if g.chance(0.5):
            b_txt, b_val = g.money_v(0, 800)
            blocked += b_val
            doc.f(" · bloqueio cautelar R$ «v»", v=b_txt)
        else:
            doc.t(" · saldo zerado (saque em lotérica)")
        doc.t("\n")
    doc.f("Devolução parcial de R$ «v» creditada em «d» (E2E da devolução «e»).\n", v=fmt_money(blocked), d=dbr(g.after(t0.date(), 3, 10)),
          e="D" + g.e2e(t0, bank[0])[1:])
    doc.f("Analista: «a» («l») — «x»\n", a=P(g.pick([an.full, an.short])), l=login(an, g),
          x=g.pick(["recebedores marcados no DICT por 90 dias.", "cliente orientado sobre golpes de recuperação.", "caso enviado ao PLD."]))
    return doc


def fi_extrato(g: Gen) -> Doc:
    """A daughter e-mails her mother's bank manager with the statement (semicolon CSV) marking the transfers to the scammer's mules."""
    doc = Doc()
    bank = g.pick(BANKS)
    mom = g.person(female=g.chance(0.75))
    dau = g.relative(mom, female=g.chance(0.7))
    ger = g.person()
    bdom = re.sub(r"[^a-z]", "", fold(bank[1]).lower()) + ".com.br"
    t0 = g.moments(1, None, 1, (7, 22))[0]
    ag_, cc_ = g.agency(False), g.account()
    doc.f("De: «n» <«e»>\nPara: «g» <«ge»>\nData: «t»\nAssunto: Golpe — conta d«o» «r»«m»\n\n",
          n=P(dau.full), e=(g.email(dau), "EMAIL_ADDRESS"), g=P(ger.full), ge=(corp_mail(ger, bdom), "EMAIL_ADDRESS"), t=ts(t0, "br"),
          o="a" if mom.female else "o", r="minha mãe" if mom.female else "meu pai", m=V(" (URGENTE)" if g.chance(0.5) else ""))
    doc.f("«g», boa tarde. Sou «fil» d«o» «m» (CPF «cpf»), correntista da agência «ag», conta «cc». «pr» caiu no golpe do amor: um perfil "
          "do «app» que se dizia «role». Marquei com * no extrato as transferências para as contas que o golpista indicou. A procuração "
          "está anexa (meu CPF: «dc») e o BO também. Meu celular é «tel».\n\n", dc=(g.cpf(), "BR_CPF"),
          g=P(ger.first) if g.chance(0.5) else V("Prezado(a)"), fil="a filha" if dau.female else "o filho", o="a" if mom.female else "o", m=P(mom.full), cpf=(g.cpf(), "BR_CPF"),
          ag=(ag_, "BANK_ACCOUNT"), cc=(cc_, "BANK_ACCOUNT"), pr="Ela" if mom.female else "Ele", app=app_of(g)[0],
          role=g.role(g.persona(not mom.female)),
          tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("extrato_«a»_«c».csv\n", a=ag_, c=re.sub(r"\D", "", cc_))
    doc.t("data;historico;documento;valor;saldo;marcacao\n")
    d = t0.date() - datetime.timedelta(days=g.ri(30, 60))
    bal = float(g.ri(3000, 40000))
    mules = []
    for k in range(g.ri(5, 8)):
        d = d + datetime.timedelta(days=g.ri(0, 4))
        kind = g.pick(["pix_mule", "pix_mule", "inss", "boleto", "card", "card"]) if len(mules) < 3 else g.pick(["boleto", "card", "inss"])
        if kind == "pix_mule":
            m = g.person()
            mules.append(m)
            v = float(g.ri(200, 6000))
            bal -= v
            row = [V(dbr(d)), ("PIX ENVIADO - ", None), (cut(m.capsf, 30), "PERSON"), V(g.e2e(datetime.datetime(d.year, d.month, d.day, g.ri(8, 22)), bank[0])),
                   V("-" + fmt_money(v)), V(fmt_money(bal)), V("*")]
        elif kind == "pix_fam":
            p = g.relative(mom)
            v = float(g.ri(50, 500))
            bal -= v
            row = [V(dbr(d)), ("PIX ENVIADO - ", None), (cut(p.capsf, 30), "PERSON"), V(g.d(9)), V("-" + fmt_money(v)), V(fmt_money(bal)), V("")]
        elif kind == "inss":
            v = float(g.ri(1412, 4800))
            bal += v
            row = [V(dbr(d)), ("CRED INSS - APOSENTADORIA", None), ("", None), V(g.d(10)), V(fmt_money(v)), V(fmt_money(bal)), V("")]
        elif kind == "boleto":
            v = float(g.ri(60, 400))
            bal -= v
            row = [V(dbr(d)), (g.pick(["PAGTO BOLETO - ENEL", "PAGTO BOLETO - SABESP", "PAGTO BOLETO - CONDOMINIO ED AURORA", "PAGTO CONVENIO - CLARO"]), None),
                   ("", None), V(g.d(8)), V("-" + fmt_money(v)), V(fmt_money(bal)), V("")]
        else:
            v = float(g.ri(20, 300))
            bal -= v
            row = [V(dbr(d)), (g.pick(["COMPRA CARTAO - FARMACIA SAO BENTO", "COMPRA CARTAO - PADARIA FLOR DO TRIGO", "COMPRA CARTAO - SUPERMERCADO LEAO",
                                       "COMPRA CARTAO - " + fold(app_of(g)[0]).upper() + "*GOLD"]), None), ("", None), V(g.d(6)),
                   V("-" + fmt_money(v)), V(fmt_money(bal)), V("")]
        # historico and name share one CSV field
        doc.t(row[0][0] + ";")
        doc.t(row[1][0])
        if row[2][0]:
            doc.e(row[2][0], "PERSON")
        for cell in row[3:]:
            doc.t(";" + cell[0])
        doc.t("\n")
    t1 = t0 + datetime.timedelta(hours=g.ri(3, 48))
    doc.f("\nDe: «g» <«ge»>\nData: «t»\n\n«n», recebi. Abrimos a contestação pelo MED (protocolo «p») para as «k» transferências marcadas. ",
          g=P(ger.full), ge=(corp_mail(ger, bdom), "EMAIL_ADDRESS"), t=ts(t1, "br"), n=P(dau.first) if g.chance(0.5) else V("Olá"), p=g.protocol(),
          k=max(1, len(mules)))
    if mules:
        mm = g.pick(mules)
        doc.f("Houve bloqueio cautelar na conta de «m»; as demais estavam zeradas. ", m=P(mm.full) if g.chance(0.5) else V("um dos recebedores"))
    doc.f("Sugiro também reduzir o limite de Pix noturno d«o» «r» para R$ «v». Att., «g» — Gerente de Relacionamento\n",
          o="a" if mom.female else "o", r="sua mãe" if mom.female else "seu pai", v=g.pick(["200,00", "500,00", "1.000,00"]),
          g=V("Agência " + ag_))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """A card chargeback of a premium dating-app subscription: the issuer's dispute form and the merchant's representment."""
    doc = Doc()
    app, dom = app_of(g)
    tier = g.pick(TIERS)
    h = g.person()
    an = g.person()
    rep_an = g.person()
    card = g.card(g.chance(0.7), g.pick(["4", "5", "5", "6"]))
    t0 = g.moments(1, None, 1, (7, 22))[0]
    brand = {"4": "Visa", "5": "Mastercard", "6": "Elo"}[re.sub(r"\D", "", card)[0]]
    reason = {"Visa": "10.4 — Other Fraud: Card-Absent Environment", "Mastercard": "4837 — No Cardholder Authorization",
              "Elo": "72 — Transação não reconhecida"}[brand]
    if g.chance(0.35):
        reason = {"Visa": "13.2 — Cancelled Recurring Transaction", "Mastercard": "4841 — Cancelled Recurring",
                  "Elo": "73 — Assinatura cancelada"}[brand]
    doc.f("CONTESTAÇÃO DE COMPRA — Cartão «b»\nCaso «c» · aberto em «t»\n\n", b=brand, c=g.d(9), t=ts(t0, "br"))
    fields = [("Portador", P(g.pick([h.full, h.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("Cartão", (card, "CREDIT_CARD")),
              ("Validade", V(f"{g.ri(1, 12):02d}/{g.ri(26, 32)}")), ("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(h), "EMAIL_ADDRESS")),
              ("Endereço de fatura", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    kv_block(g, doc, fields, g.pick(["lines", "box", "dots"]))
    doc.t("\nLançamentos contestados:\n")
    for k in range(g.ri(1, 3)):
        d = t0.date() - datetime.timedelta(days=g.ri(5, 90))
        doc.f("  «d»  «m»  R$ «v»  ARN «a»\n", d=dbr(d),
              m=g.pick([f"{fold(app).upper().replace(' ', '')}*{tier.upper()} SAO PAULO BR", "GOOGLE *" + app.replace(" ", ""), "APPLE.COM/BILL"]),
              v=g.money(19, 399), a=g.d(23))
    who = g.pick(["ex", "scam", "cancel"])
    ex = g.person(female=not h.female)
    if who == "ex":
        doc.f("\nMotivo alegado: «r». Declaração: “O cartão ficava salvo no celular que «x» usava; não autorizei a assinatura «app» «tier».”\n",
              r=reason, x=P(g.pick([ex.first, ex.full])), app=app, tier=tier)
    elif who == "scam":
        doc.f("\nMotivo alegado: «r». Declaração: “Passei os dados do cartão para uma pessoa que conheci no app, que disse que ia pagar a "
              "passagem pra vir me ver. Apareceram assinaturas e compras que não fiz.”\n", r=reason)
    else:
        doc.f("\nMotivo alegado: «r». Declaração: “Cancelei o plano em «d» (protocolo «p») e continuaram cobrando.”\n", r=reason,
              d=dbr(t0.date() - datetime.timedelta(days=g.ri(30, 90))), p=g.protocol())
    if g.chance(0.5):
        doc.f("Cartão substituto emitido: «c» (o anterior foi bloqueado).\n", c=(g.card(g.chance(0.5), re.sub(r"\D", "", card)[0]), "CREDIT_CARD"))
    doc.f("Analista do emissor: «a»\n\n", a=P(g.pick([an.full, an.short])))
    doc.f("——— REPRESENTAÇÃO DO ESTABELECIMENTO («app» Tecnologia Ltda., CNPJ «cnpj») ———\n", app=app, cnpj=(g.any_cnpj(), "BR_CNPJ"))
    prof = g.oid()
    doc.f("A assinatura «tier» foi contratada na conta «p» (usuário @«u», e-mail «e»), logada do IP «ip» no aparelho «m», o mesmo usado "
          "desde «d». A transação foi autenticada por 3-D Secure (ECI «eci»). ",
          tier=tier, p=prof, u=g.handle(h), e=(g.email(h), "EMAIL_ADDRESS"), ip=ip_t(g, 0.9), m=g.pick(PHONE_MODELS),
          d=dbr(t0.date() - datetime.timedelta(days=g.ri(100, 700))), eci=g.pick(["05", "02"]))
    if who == "cancel":
        doc.t("Não há registro de cancelamento no período; aceitamos o estorno de uma mensalidade como cortesia.\n")
    else:
        doc.f("Há mensagens da conta para «n» no dia da compra. Contestamos o chargeback.\n", n=P(g.person(female=not h.female).first))
    doc.f("Responsável: «a» — chargebacks@«dom»\n", a=P(rep_an.full), dom=dom)
    return doc


def fi_recibo_loja(g: Gen) -> Doc:
    """An app-store receipt for a premium plan and the app company's service invoice (NFS-e) issued to the subscriber."""
    doc = Doc()
    app, dom = app_of(g)
    tier = g.pick(TIERS)
    u = g.person()
    city, uf = g.city()
    t0 = g.moments(1, None, 1)[0]
    store = g.pick(["apple", "google"])
    price_txt, price = g.money_v(19, 299)
    if store == "apple":
        am = g.email(u, g.pick(["icloud.com", "gmail.com", "me.com"]))
        doc.f("De: Apple <no_reply@email.apple.com>\nPara: «e»\nAssunto: Seu recibo da Apple\n\nRECIBO\nID Apple: «e2»\nFaturado para:\n«n»\n«a»\n"
              "«c» «uf»\n«cep»\nBrasil\n\nDATA «d»   ID DO PEDIDO «o»   Nº DO DOCUMENTO «doc»\n\n«app»: namoro e encontros\n«app» «tier» (1 mês)\n"
              "Renovação automática em «r»   R$ «v»\n\nTOTAL R$ «v»\nForma de pagamento: «card»\n\n",
              e=(am, "EMAIL_ADDRESS"), e2=(am, "EMAIL_ADDRESS"), n=P(u.full), a=(g.address(), "ADDRESS"),
              c=city, uf=uf, cep=(g.cep(), "BR_CEP"), d=dbr(t0.date(), "mon"), o=f"M{g.up(1)}{g.alnum_id(8).upper()}", doc=g.neg(12),
              app=app, tier=tier, r=dbr(g.after(t0.date(), 30, 31)), v=price_txt,
              card=g.pick(["Visa •••• " + g.d(4), "Mastercard •••• " + g.d(4), "Saldo do ID Apple", "Pix"]))
    else:
        doc.f("De: Google Play <googleplay-noreply@google.com>\nPara: «e»\nAssunto: Seu recibo de pedido do Google Play de «d»\n\n"
              "Obrigado. Você fez uma compra na Google Play Store.\nNº do pedido: GPA.«o»\nData do pedido: «dt»\nConta Google: «e»\n\n"
              "Item: «app» «tier» — assinatura mensal (renova em «r»)\nPreço: R$ «v»/mês (tributos inclusos)\nForma de pagamento: «card»\n\n",
              e=(g.email(u, "gmail.com"), "EMAIL_ADDRESS"), d=dbr(t0.date(), "long"), o=f"{g.d(4)}-{g.d(4)}-{g.d(4)}-{g.d(5)}", dt=ts(t0, "br"),
              app=app, tier=tier, r=dbr(g.after(t0.date(), 30, 31)), v=price_txt,
              card=g.pick([f"Mastercard-{g.d(4)}", f"Visa-{g.d(4)}", "Saldo Google Play", "Pix"]))
    nf = g.ri(1000, 99999)
    doc.f("——— NFS-e anexada pelo usuário ao pedido de reembolso ———\nPREFEITURA DO MUNICÍPIO DE SÃO PAULO — NOTA FISCAL DE SERVIÇOS ELETRÔNICA\n"
          "Número «n» · Emissão «d» · Código de verificação «cv»\nPRESTADOR: «app» Tecnologia Ltda. · CNPJ «cnpj» · Inscrição municipal «im»\n"
          "TOMADOR: «u» · CPF «cpf» · «e» · tel. «tl»\nEndereço: «a» — «c»/«uf» — CEP «cep»\n"
          "Discriminação: assinatura «app» «tier» — período «p» — código de serviço 02800 · Valor R$ «v» · ISS 2,9%\n\n",
          n=nf, d=dbr(g.after(t0.date(), 0, 3)), cv=g.up(4) + "-" + g.up(4), app=app, cnpj=(g.any_cnpj(), "BR_CNPJ"), im=g.d(8),
          u=P(g.pick([u.caps, u.full])), cpf=(g.cpf(), "BR_CPF"), e=(g.email(u), "EMAIL_ADDRESS"), tl=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), a=(g.address(g.pick(["caps", "text"])), "ADDRESS"),
          c=city, uf=uf, cep=(g.cep(), "BR_CEP"), tier=tier, p=f"{t0.month:02d}/{t0.year}", v=price_txt)
    doc.f("Mensagem d«o» usuári«o»: “«m»” — «n»\n", o=u.o, n=P(u.first),
          m=g.pick(["Cobraram duas vezes no mesmo mês, quero estorno de uma.", "Comprei achando que era vitalício.",
                    "Meu namorado assinou com meu cartão sem eu saber.", f"Paguei e fui banid{u.o} no dia seguinte."]))
    return doc


def fi_transcricao(g: Gen) -> Doc:
    """Speech-to-text transcript of a call to a bank's fraud line reporting romance-scam Pix transfers (lower case, no accents)."""
    doc = Doc()
    bank = g.pick(BANKS)
    bname = fold(bank[1]).lower()
    app, dom = app_of(g)
    c = g.person(female=g.chance(0.75))
    at = g.person()
    scam = g.persona(female=not c.female)
    mule = g.person()
    kid = g.relative(c)
    doc.f("[transcricao automatica · central 24h «b» · chamada «id» · duracao 00:«m»:«s» · confianca media 0,«cf»]\n\n", b=bname, id=g.alnum_id(12),
          m=f"{g.ri(6, 25):02d}", s=f"{g.ri(0, 59):02d}", cf=g.ri(78, 94))
    named = g.chance(0.15)
    lab_at = "atendente" if not named else None

    def line(who: str, msg: str, **kw) -> None:
        if who == "u":
            doc.t("ura: ")
        elif who == "c":
            doc.t("cliente: ")
        elif lab_at:
            doc.t("atendente: ")
        else:
            doc.e(fold(at.first).lower(), "PERSON")
            doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    line("u", "voce ligou para a central de seguranca do «b». para pix nao reconhecido digite 2", b=bname)
    line("c", "[dtmf 2]")
    line("a", "«b» boa noite meu nome e «n» com quem eu falo", b=bname, n=P(fold(g.pick([at.first, at.short])).lower()))
    line("c", "e «n»", n=P(fold(g.pick([c.full, c.short])).lower()))
    line("a", "senhor«a» «n» pra sua seguranca me confirma o cpf por favor", a="a" if c.female else "", n=P(fold(c.first).lower()))
    line("c", "e «c»", c=(g.cpf("sp"), "BR_CPF"))
    line("a", "e a data de nascimento")
    dd, mm, yy = g.dob_parts(1945, 1985)
    line("c", "«d»", d=(g.pick([f"{dd} do {mm} de {yy}", f"{dd:02d} {mm:02d} {yy}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}"]), "DATE_OF_BIRTH"))
    line("a", "obrigad«o» e qual o motivo da ligacao", o=at.o)
    line("c", "eu fiz uns pix pra «x» que eu conheci no aplicativo «app» e agora «p» sumiu. «p2» dizia que era «r» e se chamava «s»",
         x="um homem" if not scam.female else "uma mulher", app=fold(app).lower(), p="ela" if scam.female else "ele", p2="ela" if scam.female else "ele",
         r=fold(g.role(scam)).lower(), s=P(fold(g.pick([scam.full, scam.first])).lower()))
    line("a", "entendi sinto muito. foram quantos pix")
    vals = [g.ri(3, 90) * 100 for _ in range(g.ri(2, 4))]
    line("c", "foram «n» um de «v» e os outros menores", n=["", "um", "dois", "tres", "quatro"][len(vals)], v=vals[0])
    line("a", "e pra qual chave")
    line("c", "um foi pra uma chave aleatoria que comecava com «h» e o outro pro celular «p»", h=g.hexs(4),
         p=(g.phone("stt"), "PHONE_NUMBER"))
    line("a", "e o contato com essa pessoa era por onde")
    line("c", "pelo whatsapp, no numero «p»", p=(g.foreign_phone() if g.chance(0.5) else g.phone("stt"), "PHONE_NUMBER"))
    line("a", "e no app aparece o nome de quem recebeu")
    line("c", "aparece «n»", n=P(fold(g.pick([mule.full, mule.short])).lower()))
    ag_, cc_ = g.agency(False), g.account(False)
    line("a", "certo. so pra confirmar a conta de onde saiu e agencia «ag» conta «cc»", ag=(ag_, "BANK_ACCOUNT"), cc=(cc_, "BANK_ACCOUNT"))
    line("c", "isso")
    line("a", "vou abrir a solicitacao de devolucao pelo med e bloquear o pix noturno. o protocolo e «p». «s» tambem precisa fazer o "
              "boletim de ocorrencia", p=" ".join(g.neg(11)[i:i + 3] for i in range(0, 11, 3)), s="a senhora" if c.female else "o senhor")
    line("c", "ja fiz o bo")
    line("a", "otimo. qual o melhor telefone pra contato")
    if g.chance(0.6):
        line("c", "o meu e «p» ou o «f» «n» «q»", p=(g.phone("stt"), "PHONE_NUMBER"), f="do meu filho" if not kid.female else "da minha filha", n=P(fold(kid.first).lower()), q=(g.phone("stt"), "PHONE_NUMBER"))
    else:
        line("c", "«p»", p=(g.phone("stt"), "PHONE_NUMBER"))
    line("a", "anotado. em ate sete dias uteis «s» recebe a resposta por sms. mais alguma coisa", s="a senhora" if c.female else "o senhor")
    line("c", g.pick(["nao obrigad" + c.o, "nao. deus te abencoe", "so isso"]))
    line("u", "por favor avalie o atendimento de um a cinco")
    return doc


def fi_laranjas(g: Gen) -> Doc:
    """A bank's fraud / AML report on mule accounts that received romance-scam Pix from several victims."""
    doc = Doc()
    bank = g.pick(BANKS)
    an = g.person()
    rv = g.person()
    day = g.day()
    d1 = day - datetime.timedelta(days=g.ri(60, 120))
    doc.f("«b» — PREVENÇÃO À FRAUDE E PLD/FT\nRELATÓRIO «n» — Classificação: RESTRITO\nRef.: contas recebedoras de golpes afetivos (romance scam) — "
          "período «d1» a «d2» — gerado por «l»\n\n", b=fold(bank[1]).upper(), n=f"{day.year}/{g.d(4)}", d1=dbr(d1), d2=dbr(day), l=login(an, g))
    rows = []
    mules = []
    for _ in range(g.ri(3, 4)):
        m = g.person()
        mules.append(m)
        rows.append([P(cut(g.pick([m.capsf, m.inverted]), 30)), (g.cpf("dot"), "BR_CPF"), (g.dob("br", 1980, 2006), "DATE_OF_BIRTH"),
                     (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V(dbr(d1 + datetime.timedelta(days=g.ri(-60, 30)))), ip_t(g, 0.95), (g.phone(g.pick(["raw", "e164", "plain"])), "PHONE_NUMBER"),
                     V(str(g.ri(1, 9))), V(g.money(800, 60000))])
    doc.f("Resumo: «n» contas abertas pelo app com padrão comum (mesmo modelo de aparelho, selfies reprovadas antes da aprovação) receberam Pix de "
          "vítimas de golpes de relacionamento. Todas com MED aceito em ao menos uma transação.\n\n", n=len(rows))
    table_ruled(doc, ["titular", "CPF", "nascimento", "ag", "conta", "abertura", "IP abertura", "celular", "vítimas", "recebido R$"], rows, g.pick(["plus", "psql", "plain"]))
    m0 = mules[0]
    doc.f("\nDetalhamento\n- «n»: liveness reprovado 2x e aprovado na 3ª tentativa, no mesmo aparelho (IMEI «i»). Documento apresentado: CNH nº «cnh». "
          "Endereço declarado: «a», CEP «cep» (endereço inexistente segundo os Correios). Celular «t».\n",
          n=P(g.pick([m0.full, m0.short])), i=g.imei(), cnh=(g.cnh(), "BR_CNH"), a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.8):
        doc.f("  Renda declarada de R$ «r» como «o»; consulta ao CNIS pelo NIT/PIS «p» não mostra vínculo ativo.\n", r=g.money(3000, 9000),
              o=g.pick(["autônomo", "vendedor", "MEI", "motorista de aplicativo"]), p=(g.pis(), "BR_PIS"))
    m1 = mules[1]
    mom = g.person(female=True)
    doc.f("- «n»: a mãe, «m», procurou a agência e disse que «f» “emprestou a conta a um amigo” por R$ «v»; contato «t».\n",
          n=P(g.pick([m1.full, m1.first + " " + m1.last])), m=P(mom.full), f="a filha" if m1.female else "o filho", v=g.pick(["300", "500", "1.000"]), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("- Beneficiário final provável: chave aleatória «k» em outra instituição; saídas para corretora de criptoativos.\n", k=(g.uuid(), "PIX_KEY"))
    doc.t("\nVítimas (amostra):\n")
    for _ in range(2):
        v = g.person()
        doc.f("  · «n» (CPF «c») — R$ «x» — relata perfil «s» no «app»\n", n=P(g.pick([v.full, v.short])) if g.chance(0.7) else V("vítima não identificada"),
              c=(g.cpf(), "BR_CPF") if g.chance(0.7) else V(g.masked_cpf()), x=g.money(500, 40000),
              s=P(g.persona(g.chance(0.2)).full) if g.chance(0.3) else V("sem nome (perfil apagado)"), app=app_of(g)[0])
    doc.f("\nComunicação ao COAF nº «n» em «d» (Lei 9.613/1998). Contas encerradas (Resolução CMN nº 4.753/2019) e marcadas no DICT.\n\n"
          "Analista: «a»   Revisão: «r»\n", n=g.d(8), d=dbr(g.after(day, 1, 5)), a=P(an.full), r=P(g.pick([rv.full, rv.short])))
    return doc


def fi_agencia_reembolso(g: Gen) -> Doc:
    """E-mail thread: a client cancels a matchmaking contract; the agency's finance computes the refund and pays it."""
    doc = Doc()
    ag = g.pick(AGENCIES)
    adom = dom_of(ag.replace("&", " "))
    c = g.person()
    fin = g.person()
    t0 = g.moments(1, None, 1, (8, 22))[0]
    ce = g.email(c)
    ct = f"{t0.year - 1}/{g.d(4)}"
    plan = g.pick(AGENCY_PLANS)
    doc.f("De: «n» <«e»>\nPara: financeiro@«d»\nData: «t»\nAssunto: Cancelamento do contrato «c» — reembolso\n\n", n=P(c.full), e=(ce, "EMAIL_ADDRESS"),
          d=adom, t=ts(t0, "br"), c=ct)
    doc.f("Boa tarde. Contratei o «p» em «d» e pago no cartão «m». Em «k» meses recebi «a» apresentação(ões), «x». Peço o cancelamento e a "
          "devolução proporcional (cláusula 9ª do contrato e art. 51 do CDC). CPF do contratante: «cpf».\n«n»\n\n", cpf=(g.cpf(), "BR_CPF"), p=plan, d=dbr(t0.date() - datetime.timedelta(days=g.ri(60, 200))),
          m=g.masked_card(), k=g.ri(2, 6), a=g.ri(1, 2), x=g.pick(["uma delas com alguém que nem morava no estado", "nenhuma no perfil que pedi",
                                                                  "e a consultora saiu da empresa"]), n=P(g.pick([c.first, c.short])))
    t1 = t0 + datetime.timedelta(days=g.ri(1, 5))
    fm = corp_mail(fin, adom)
    doc.f("De: «f» <«fe»>\nData: «t»\n\nOlá, «n». Segue a posição do contrato:\n\n", f=P(fin.full), fe=(fm, "EMAIL_ADDRESS"), t=ts(t1, "br"), n=P(c.first))
    n_par = g.ri(6, 12)
    paid = g.ri(1, min(6, n_par))
    parc_txt, parc = g.money_v(300, 2000)
    rows = []
    for k in range(n_par):
        due = t0.date() - datetime.timedelta(days=30 * (paid - k))
        rows.append([V(f"{k + 1}/{n_par}"), V(dbr(due)), V(parc_txt), V("paga" if k < paid else "a vencer — cancelada")])
    table_md(doc, ["Parcela", "Vencimento", "Valor R$", "Situação"], rows)
    total_paid = paid * parc
    fee = round(total_paid * 0.2, 2)
    doc.f("\nPago: R$ «p». Retenção (adesão e apresentações realizadas): R$ «f». A devolver: R$ «d».\nPara o reembolso, informe uma conta "
          "de sua titularidade ou uma chave Pix.\n«a»Financeiro — «ag» — CNPJ «cnpj»\n\n", p=fmt_money(total_paid), f=fmt_money(fee),
          d=fmt_money(total_paid - fee), a=V(""), ag=ag, cnpj=(g.any_cnpj(), "BR_CNPJ"))
    t2 = t1 + datetime.timedelta(hours=g.ri(2, 48))
    doc.f("De: «e»\nData: «t»\n\n", e=(ce, "EMAIL_ADDRESS"), t=ts(t2, "br"))
    if g.chance(0.5):
        b = g.pick(BANKS)
        doc.f("«b», agência «ag», conta «cc», titular «n», CPF «cpf».\n\n", b=b[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
              n=P(c.full), cpf=(g.cpf(), "BR_CPF"))
    else:
        doc.f("Pode ser no Pix: «k»\n\n", k=pix_key(g, c))
    if g.chance(0.4):
        doc.f("Se preferirem estornar no cartão, o número é «cc» (o mesmo do contrato).\n\n", cc=(g.card(g.chance(0.6)), "CREDIT_CARD"))
    t3 = t2 + datetime.timedelta(days=g.ri(1, 10))
    doc.f("De: «f» <«fe»>\nData: «t»\n\nReembolso efetuado hoje (comprovante anexo, ID «e»). Nota fiscal de cancelamento nº «nf». "
          "Obrigad«o» pela confiança, «n».\n", o=fin.o, f=P(fin.full), fe=(fm, "EMAIL_ADDRESS"), t=ts(t3, "br"),
          e=g.e2e(t3, g.pick(BANKS)[0]), nf=g.ri(1000, 9999), n=P(c.first) if g.chance(0.5) else V("e boa sorte"))
    return doc


FI = [fi_med, fi_extrato, fi_chargeback, fi_recibo_loja, fi_transcricao, fi_laranjas, fi_agencia_reembolso]


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
            assert not re.match(r"(sac|dpo|juridico|suporte|financeiro|privacidade|chargebacks|sae|no_reply|googleplay-noreply|noreply|contato|atendimento)@", v), (rid, v)
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
            assert re.match(r"(CRM|COREN|OAB|CRP|CRF|CRESS)\b", v), (rid, v)
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
    print("hundredfirst", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
