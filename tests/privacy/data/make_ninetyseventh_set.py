"""Build the ninety-seventh labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_ninetyseventh_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, no Faker, no import from afinar or from the other generators),
seed 9797, 280 records: 4 domains x 7 templates x 10 copies.

Register, new: AUCTIONS AND CONSÓRCIOS -- judicial and extrajudicial auctions of property and
vehicles (official auctioneers registered at the Junta Comercial, bidder portals and their KYC,
editais naming the debtor and spouse, autos and cartas de arrematação, fiduciary-sale auctions
under Lei 9.514/1997), consórcio groups (members, lances, contemplações, assembly minutes, letters
of credit, credit-life insurance), vehicle repossession (busca e apreensão, Decreto-Lei 911/1969)
by finance companies, the auction yard's check-in of seized vehicles, Procon complaints, and
medical files only where this register needs them (an elderly debtor's report attached to a
petition, a credit-life claim, a consórcio de serviços paying a surgery, a tow driver's
toxicological exam). Layouts: legal prose, bidder-portal JSON, CSV (comma and semicolon),
fixed-width reports, Markdown tables, "Campo: valor" forms, ruled boxes and dotted leaders,
WhatsApp exports (Android and iOS; senders by name or by number), e-mail threads, a speech-to-text
call transcript (lower case, no accents), an OCR'd ALL CAPS scan with typos, log lines with IPs,
one-line JSON gateway logs.
- atendimento: (0) a bidder's registration (habilitação / KYC) from the portal's API: name, CPF,
  RG, birth date, e-mail, phone, address and CEP, the CNH number, liveness IP, the account for the
  deposit refund, sometimes a company with its CNPJ; the analyst's note (a mother's name on the
  proof of address, a mistyped CPF); (1) a WhatsApp export between a consórcio seller and a member
  about a lance (CPF, the spouse, the administrator's random Pix key, e-mail, new address);
  (2) the speech-to-text transcript of a call to a finance company after a repossession (CPF read
  in groups, spoken birth date, plate in lower case, the son's phone read in groups, spoken
  address); (3) the auction yard's term of inspection of a seized vehicle (debtor, CPF, plate,
  RENAVAM, chassis, tow truck plate, tow driver and CNH, bailiff, creditor's agent, objects found
  with the debtor's RG); (4) an e-mail thread between a winning bidder and the auctioneer's office
  (spouse with CPF, the auctioneer's Junta registration, account or random Pix key for the
  commission, a company's CNPJ); (5) a Procon complaint of a consórcio member who gave up, and the
  administrator's answer (refund to an account or not); (6) log lines of a live auction session
  (logins, public or proxy IPs) and the ticket of a bidder whose late bid was rejected.
- juridico: (0) an edital of 1st and 2nd judicial auction (judge, auctioneer with Junta number,
  debtor qualified with RG/CPF/address/CEP, spouse, the property's address, debts, the lawyer with
  OAB, the clerk); (1) a fiduciary-sale auction notice (Lei 9.514/1997) and the registrar's
  certificate of failed service (fiduciantes with CPF, property, the registrar's agent, the
  neighbour); (2) a petition for busca e apreensão (debtor qualified, phone, e-mail, vehicle,
  depositary with CPF, two lawyers); (3) an elderly debtor's petition to suspend the auction of the
  family home (birth date, curator with CPF and phone, transcribed medical report with CNS and CRM,
  public defender); (4) an auto de arrematação (bidder qualified, vehicle or property) and the carta
  de arrematação; (5) consórcio assembly minutes with a Markdown table of contemplated members (CPF
  or masked CPF, a company with CNPJ), a refunded excluded member, the auditor's CRC, witnesses;
  (6) an OCR'd ALL CAPS writ of busca e apreensão and the bailiff's certificate (third party holding
  the car with CNH and phone, the creditor's agent with RG, tow truck plate).
- saude: (0) a geriatrician's report on an elderly debtor (CPF, CNS, birth date, the son or
  daughter responsible, phone, ICD-10 codes, CRM); (1) a credit-life insurance claim after a
  member's death (member's CPF and birth date, death certifier's CRM, widow(er) with CPF, phone,
  e-mail and account, regulator's corporate e-mail); (2) a surgery paid by a consórcio de serviços
  letter of credit (patient's CPF, birth date, CNS; surgeon's and anaesthetist's CRM in a
  fixed-width table; the clinic's account); (3) a tow driver's toxicological exam (CPF, RG, CNH,
  birth date, collector, MRO's CRM, phone); (4) a repossession crew's WhatsApp group when the
  elderly debtor faints (plate, CPF, birth date, CNS typed for the SAMU, the daughter's phone, the
  UPA doctor); (5) a health plan's utilisation JSON for a credit-life regulation (beneficiary with
  CPF, CNS, birth date; doctors with CRM); (6) an occupational clinic's fixed-width report of an
  auction yard's staff (names cut at the field width, CPF, NIT, birth date; nurse's COREN and
  e-mail; coordinating doctor's CRM).
- financeiro: (0) a consórcio member's fixed-width statement (CPF, e-mail, address, CEP, debit
  account, the IP from which the lance was offered); (1) the release of a letter of credit to buy a
  used car from an individual (member and analyst e-mails, seller with CPF and account or random Pix
  key, the inspector); (2) an auction house's CSV export of winners (persons or companies, CPF or
  CNPJ, e-mail, phone, IP) and the reconciliation note; (3) an AML (PLD/FT) dossier on a bidder
  paying through third parties (their CPFs, accounts, random Pix keys; the bidder's IP);
  (4) a finance company's pre-repossession queue (semicolon CSV with plates) and the negotiators'
  contact log; (5) the auctioneer's statement of accounts (Markdown table) with the account for the
  debtor's balance; (6) a bidder's dispute of a double card charge: the full card number typed in
  the e-mail, gateway log lines with the embossed holder and the customer IP.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.",
"dona"; particles inside a name (de, da, do, das, dos, e) and suffixes (Filho, Júnior, Neto,
Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first names alone and nicknames, also in
lower case or ALL CAPS, are persons. Staff named in the text are persons: auctioneers and their
assistants, judges, clerks, escreventes, bailiffs (oficiais de justiça), registrars' agents,
creditors' agents (prepostos), inspectors, tow drivers, consórcio sellers, analysts, ombudsmen,
negotiators, regulators, auditors, compliance officers, lawyers and public defenders, doctors,
nurses, sample collectors. Portal logins ("jbezerril_lances", "mquispe07") are not persons; nor
are companies, yards, clinics and plans named with words or surnames. Corporate e-mails of people
are EMAIL_ADDRESS; role mailboxes (atendimento@, financeiro@, credito@, compras@) are not labelled.
ADDRESS is street type + name + number + complement (not bairro, city, UF; the CEP is BR_CEP).
Agency and account are separate BANK_ACCOUNT spans; bank codes and names are not. PIX_KEY only for
random (UUID) keys, whoever owns them. DATE_OF_BIRTH only for birth dates (any form, also spoken in
lower case); dates of auctions, assemblies, seizures, deaths, exams and payments are not.
PROFESSIONAL_ID includes the council acronym and UF or region. Masked values ("***.123.456-**",
bin/last4 fields) are not labelled.
Decisions of this set:
- An official auctioneer's registration at a Junta Comercial is PROFESSIONAL_ID, the span being the
  Junta's acronym (which names the state) and the number: "JUCESP nº 1.187", "JUCEMG 845",
  "JucisRS nº 312"; the word "matriculado na" stays outside. The auditor's CRC registration
  ("CRC-SP 1SP234567/O-8") is PROFESSIONAL_ID too; a bailiff's or defender's "matrícula" is not.
- Vehicle identifiers other than the plate are not labelled: RENAVAM (11 digits, checked never to
  pass the CPF, PIS or CNH check), chassis/VIN, odometer. The plate is LICENSE_PLATE in every
  form, also in lower case in the transcript ("qpx4e17"), and also the tow truck's plate.
- The address of a property put up for auction, of a fiduciary-sale property and of a debtor's
  home is ADDRESS when it belongs to an individual; a finance company's seat ("com sede na Avenida
  Paulista, nº 1500") and a garage/workshop's address where a tracker located a car are not.
- Property registration numbers (matrícula nº 45.123, Av.-7), court-deposit guides, consórcio group
  and cota numbers, Loteria Federal draws, contract and CCB numbers, COAF/SISCOAF reports, TUSS
  codes, health-plan card numbers ("carteirinha", 17 digits), prontuário numbers, sample codes,
  portal session ids and gateway idempotency keys (UUIDs that are not Pix keys) are not labelled.
- A debtor's personal ID found inside a seized car ("RG 12.345.678-9 no porta-luvas") is BR_RG; a
  third party's CNH shown to the bailiff is BR_CNH; NIT of yard staff is BR_PIS; CNS is BR_CNS.
- Accounts of companies (the clinic paid by a letter of credit) and of persons (auctioneer, seller,
  debtor, beneficiaries, third-party payers) are all BANK_ACCOUNT.
- IP_ADDRESS is every public IPv4/IPv6 address (bidders' IPs in logs, CSV and JSON, liveness and
  e-mail-opening IPs); private addresses behind a proxy are not labelled (checked).
- Full card numbers typed in an e-mail are CREDIT_CARD; the holder embossed in the gateway log is a
  PERSON; bin/last4 are not labelled.
- Names and addresses damaged by OCR in the scan are labelled as they stand ("GlLCIMAR", "0"
  for "O"); identifiers in the scans are printed clean. Names cut by a fixed-width field are
  labelled as they stand.
- ICD-10 codes (G30.1, I10, R55, E66.0), TUSS codes and laws are hard negatives.
- A voter card number in the bidder's KYC documents and in the AML dossier is BR_TITULO_ELEITOR; a
  masked CTPS number is not labelled. Negotiators shown by login in the contact log ("neg.jsilva")
  and a consórcio's WhatsApp business account shown by the administrator's name are not persons.

Names: Brazilian names of many origins -- Portuguese common, regional and old-fashioned (Zózimo,
Gumercindo, Tertuliano, Escolástica, Umbelina), coined (Uélinton, Kethelyn, Yasmyn, Luanderson),
Italian, German/Pomeranian, Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian, Angolan,
Senegalese, indigenous, Jewish, Bolivian, Venezuelan, Paraguayan, Polish/Ukrainian, Armenian -- with
rare or invented name words well above a quarter (main() prints the share). Names that are also
words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela, Bento, Prudente, Amado, Leão, Branco,
Sereno; surnames Rosa, Branco, Prudente, Amado, Leão, Paz, Cruz, Luz, Serra, Vale, Estrela) are used
as names and, elsewhere, as words and in companies, places and products, which are not persons:
Leilões Aurora, Rosa Leiloeira, Prudente Leilões & Avaliações, Pregão Bento Leilões, Estrela
Consórcios, Consórcio Nacional Leão, Consórcio Luz & Futuro, Banco Rosa Auto, Pátio Leão Remoções,
Guincho Sereno 24h, Hospital São Bento, Presidente Prudente, "conta de luz", "guarda-chuva rosa",
"a luz da garagem", "cor branca", the vizinha Rosa (a person), Condomínio Edifício Rosa dos Ventos.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(RENAVAM, contract numbers, a mistyped CPF, protocol numbers; the script checks every CPF-shaped
run outside a gold span), 15-digit runs checked not to be valid CNS, 16-digit runs checked to fail
Luhn, private IPs (checked), ICD-10 codes, money, percentages of lances, boleto lines, laws and
rules (Lei 9.514/1997, Decreto-Lei 911/1969, Lei 11.795/2008, Lei 10.741/2003, Lei 8.009/1990,
Lei 9.613/1998, Lei 13.103/2015, CPC arts. 889, 891, 895, 908), companies named after people or
words, streets named after people outside an address (a seat "na Avenida Prudente de Morais"),
dates that are not birth dates.
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
SEED = 9797
OUT_NAME = "ninetyseventh.jsonl"

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
          "Kaillany", "Rhayane", "Stheffany", "Wemilly", "Lauryanne", "Thuany", "Ketlen", "Gleiciane",
          "Idalina", "Georgina", "Rosimeire", "Claudenice", "Marizete", "Eronildes", "Yasmyn"]
RARE_M = ["Josivan", "Erinaldo", "Francivaldo", "Luzimar", "Zenildo", "Genival", "Aderbal", "Adamastor", "Zózimo",
          "Osmarino", "Deoclécio", "Valdomiro", "Ananias", "Belmiro", "Crispim", "Epaminondas", "Fortunato", "Gervásio",
          "Hildebrando", "Libório", "Macário", "Onofre", "Porfírio", "Saturnino", "Tibúrcio", "Uélinton", "Kawan",
          "Rickelme", "Jhonathan", "Dhavid", "Wanderclei", "Maykon", "Jeyson", "Weverton", "Kayky", "Luanderson",
          "Adryel", "Wesllen", "Gilcimar", "Erisvaldo", "Djavan", "Edicarlos",
          "Juscelino", "Dorgival", "Elizeu", "Ranulfo", "Tertuliano", "Gumercindo", "Wenceslau"]
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
            "Fialho", "Pamplona", "Aragão", "Magalhães Pinto", "Saraiva", "Barreira", "Bastião", "Colares",
            "Anchieta", "Bandeirinha", "Calmon", "Furtado", "Guedelha", "Meirelles", "Tavora", "Xavante"]
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

BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("004", "Banco do Nordeste"),
         ("336", "C6 Bank"), ("290", "PagSeguro")]
HOUSES = ["Martelo de Ouro Leilões", "Leilões Aurora", "Rosa Leiloeira", "Lance Certo Leilões Judiciais", "Prudente Leilões & Avaliações",
          "Pregão Bento Leilões", "Vitória Leilões Online", "Leilão Estrela do Sul", "Serra Branca Leilões Rurais"]
ADMINS = ["Estrela Consórcios S.A.", "Amado Administradora de Consórcios Ltda.", "Consórcio Nacional Leão", "Serra Branca Consórcios",
          "Consórcio Luz & Futuro", "Flor do Vale Administradora de Consórcios", "Consórcio Bento Motos", "Aurora Consórcios S.A."]
FINANCEIRAS = ["Aurora Crédito, Financiamento e Investimento S.A.", "Banco Rosa Auto S.A.", "Prudente Financeira S.A.",
               "Fidúcia Veículos CFI S.A.", "Bento Financeira S.A.", "Leão Crédito Direto", "Banco Estrela Alienação S.A."]
CREDORES = ["Banco Flor de Lis S.A.", "Caixa Econômica Federal", "Companhia Hipotecária Vitória", "Banco Sereno Imobiliário S.A.",
            "Cooperativa de Crédito Luz do Campo", "Aurora Securitizadora S.A."]
PATIOS = ["Pátio Leão Remoções", "Guincho Sereno 24h", "Depósito Boa Esperança", "Pátio Credenciado Vitória", "Pátio Amado & Filhos",
          "Central de Recolhimento Estrela"]
LABS = ["Laboratório Toxicológico Aurora", "ToxiLab Brasil", "Laboratório Rosa Branca de Análises", "Psicotox Vitória"]
VEHICLES = ["VW Gol 1.0 2019", "Fiat Strada Freedom 2022", "Chevrolet Onix LT 2021", "Honda CG 160 Fan 2023", "Toyota Hilux SRV 2018",
            "Hyundai HB20 Sense 2020", "Renault Kwid Zen 2022", "Fiat Toro Volcano 2021", "Yamaha Fazer 250 2019", "VW Saveiro Robust 2020",
            "Honda Biz 125 2022", "Jeep Renegade 2019", "Fiat Mobi Like 2023", "Scania R450 2017 (cavalo mecânico)"]
COLORS = ["branca", "prata", "preta", "vermelha", "cinza", "azul", "rosa", "bege"]
BENS = ["automóvel até R$ 90 mil", "motocicleta 160 cc", "imóvel R$ 250 mil", "caminhão pesado", "serviços (cirurgia/tratamento)",
        "imóvel R$ 400 mil", "automóvel até R$ 60 mil"]
JUNTAS = {"SP": "JUCESP", "RJ": "JUCERJA", "MG": "JUCEMG", "PR": "JUCEPAR", "SC": "JUCESC", "BA": "JUCEB", "PE": "JUCEPE",
          "CE": "JUCEC", "GO": "JUCEG", "RS": "JucisRS", "ES": "JUCEES", "PA": "JUCEPA", "MT": "JUCEMAT"}
HOSPITALS = ["Hospital Regional do Cariri", "UPA 24h Vila Estrela", "Hospital São Bento", "Santa Casa de Misericórdia",
             "Hospital Municipal Prudente de Morais", "Hospital Regional Dr. Aderbal Catunda", "Pronto-Socorro da Luz"]
CLINICS = ["Clínica OcupaMed", "Centro de Medicina do Trabalho Vitória", "Clínica Geriátrica Aurora", "Clínica Bem Viver",
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
# =========================================================================== shared helpers of this register


def renavam(g: Gen) -> str:
    """An 11-digit RENAVAM (not labelled; never a valid CPF, PIS or CNH)."""
    return g.neg(11)


def chassi(g: Gen) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return g.pick(["9BW", "9BD", "9BG", "93H", "9C2", "8AP", "9BR", "93Y"]) + "".join(g.pick(al) for _ in range(14))


def junta(g: Gen, uf: str | None = None) -> str:
    uf = uf or g.pick(sorted(JUNTAS))
    n = g.ri(80, 1600)
    return g.pick([f"{JUNTAS[uf]} nº {n:,}".replace(",", "."), f"{JUNTAS[uf]} nº {n}", f"{JUNTAS[uf]} {n}"])


def crc(g: Gen) -> str:
    uf = g.pick(UFS)
    return f"CRC-{uf} {g.ri(1, 3)}{uf}{g.d(6)}/O-{g.d(1)}"


def brl(v: float) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def boleto_line(g: Gen) -> str:
    return f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}"


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = True, rg: bool = True, dob: bool = False, email: bool = False,
            addr: bool = True) -> None:
    """Legal-prose qualification of a party ("FULANO, brasileiro, casado, ..., CPF nº ..., residente na ...")."""
    doc.e(p.caps if caps else p.full, "PERSON")
    est = g.pick(["casad", "solteir", "divorciad", "viúv"]) + p.o
    prof = g.pick(["comerciante", "motorista", "aposentad" + p.o, "autônom" + p.o, "servidor" + ("a" if p.female else "") + " públic" + p.o,
                   "agricultor" + ("a" if p.female else ""), "empresári" + p.o, "professor" + ("a" if p.female else "")])
    doc.t(f", brasileir{p.o}, {est}, {prof}")
    if dob:
        doc.t(", nascid" + p.o + " em ")
        doc.e(g.dob(g.pick(["br", "long"]), 1940, 1995), "DATE_OF_BIRTH")
    if rg:
        doc.t(", portador" + ("a" if p.female else "") + " da cédula de identidade RG nº ")
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(["SSP/SP", "SSP/BA", "SESP/PR", "SDS/PE", "SSP/MG"]))
    doc.t(", inscrit" + p.o + " no CPF" + g.pick(["/MF", ""]) + " sob o nº ")
    doc.e(g.cpf("dot"), "BR_CPF")
    if email:
        doc.t(", e-mail ")
        doc.e(g.email(p), "EMAIL_ADDRESS")
    if addr:
        city, uf = g.city()
        doc.t(", residente e domiciliad" + p.o + " na ")
        doc.e(g.address(g.pick(["text", "text", "caps"])), "ADDRESS")
        doc.t(f", {g.pick(BAIRROS)}, {city}/{uf}, CEP ")
        doc.e(g.cep(), "BR_CEP")


# =========================================================================== atendimento


def at_kyc(g: Gen) -> Doc:
    """A bidder-portal registration (habilitação / KYC) as returned by the portal's API, with the analyst's note."""
    doc = Doc()
    house = g.pick(HOUSES)
    p = g.person()
    an = g.person()
    day = g.day()
    city, uf = g.city()
    pj = g.chance(0.25)
    doc.f("«h» — backoffice de habilitações\n$ curl -s https://api.«dom»/v2/habilitacoes/«id» -H 'Authorization: Bearer ***'\n",
          h=house, dom=dom_of(house), id=g.d(7))
    payload = {"id": int(g.d(7)), "status": g.pick(["EM_ANALISE", "APROVADO", "PENDENTE_DOCUMENTO", "REPROVADO"]),
               "tipo_pessoa": "PJ" if pj else "PF", "apelido": login(p, g) + g.pick(["_lances", "", ".arremata"]),
               "nome": P(g.pick([p.full, p.caps])), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
               "rg": {"numero": (g.rg(), "BR_RG"), "orgao": g.pick(["SSP", "SDS", "PC", "DETRAN"]), "uf": uf},
               "data_nascimento": (g.dob("iso", 1950, 2004), "DATE_OF_BIRTH"),
               "email": (g.email(p), "EMAIL_ADDRESS"), "celular": (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"), "telefone_recado": (g.phone(g.pick(["raw", "par"]), mobile=g.chance(0.5)), "PHONE_NUMBER"),
               "endereco": {"logradouro": (g.address(), "ADDRESS"), "bairro": g.pick(BAIRROS), "cidade": city, "uf": uf,
                            "cep": (g.cep(g.chance(0.5)), "BR_CEP")},
               "documentos": [{"tipo": "CNH_DIGITAL", "numero": (g.cnh(), "BR_CNH"), "validade": g.date("iso", 2029)},
                              {"tipo": "TITULO_ELEITOR", "numero": (g.titulo(), "BR_TITULO_ELEITOR")} if g.chance(0.6) else
                              {"tipo": "CTPS_DIGITAL", "numero": "*" * 7},
                              {"tipo": "COMPROVANTE_RESIDENCIA", "arquivo": g.pick(["conta_luz.pdf", "fatura_agua.jpg", "conta_de_luz_marco.pdf"])}],
               "liveness": {"score": round(g.rng.uniform(0.55, 0.99), 2), "ip": (g.ip(), "IP_ADDRESS"),
                            "user_agent": g.pick(["Mozilla/5.0 (Linux; Android 13)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)", "okhttp/4.9.2"])},
               "conta_devolucao_caucao": {"banco": g.pick(BANKS)[0], "agencia": (g.agency(), "BANK_ACCOUNT"), "conta": (g.account(), "BANK_ACCOUNT")},
               "criado_em": f"{day.isoformat()}T{g.hm()}:00-03:00"}
    if pj:
        payload["empresa"] = {"razao_social": g.pick(["Rosa Comércio de Veículos Ltda.", "Bento Revenda de Motos ME", "Auto Peças Leão Ltda.",
                                                      "Imobiliária Aurora Ltda."]), "cnpj": (g.any_cnpj(), "BR_CNPJ"), "papel_do_usuario": "sócio administrador"}
    jval(doc, payload)
    doc.t("\n\n")
    note = g.pick(["selfie confere com a foto da CNH; aprovado para lotes de veículos",
                   "comprovante de residência em nome da mãe, «m»; aceito com declaração assinada",
                   "score de liveness baixo; pedido novo envio pelo app",
                   "CPF digitado no primeiro cadastro («x») não confere; cadastro antigo inativado"])
    doc.f("[nota interna] «d» «hm» — «a»: ", d=dbr(g.after(day, 0, 3)), hm=g.hm(), a=P(g.pick([an.full, an.short, an.first])))
    doc.f(note + ". Ticket «tk».\n", m=P(g.relative(p, True).full), x=g.neg_cpf(), tk=g.protocol())
    return doc


def wa_line(g_: Gen, doc_: Doc, when_: datetime.datetime, sender_: tuple, msg_: str, ios_: bool, **vals) -> None:
    """One line of a WhatsApp export (Android "dd/mm/yyyy hh:mm - " or iOS "[dd/mm/yyyy, hh:mm:ss] ")."""
    doc_.t(ts(when_, "waios") + " " if ios_ else ts(when_, "wa") + " - ")
    doc_.e(sender_[0], sender_[1])
    doc_.t(": ")
    doc_.f(msg_, **vals)
    doc_.t("\n")


def at_whatsapp_consorcio(g: Gen) -> Doc:
    """A WhatsApp export between a consórcio seller and a member who wants to bid a lance at the next assembly."""
    doc = Doc()
    adm = g.pick(ADMINS)
    seller = g.person()
    m = g.person()
    wife = g.spouse(m)
    ios = g.chance(0.4)
    start = g.day()
    ts_ = g.moments(12, start, 3, (8, 22))
    mnum = g.phone("wa")
    me = (mnum, "PHONE_NUMBER") if g.chance(0.5) else P(g.pick([m.first, m.short, m.nick]))
    # a business account shows the administrator's name (not a person); a personal one the seller's
    se = P(g.pick([seller.first, seller.short, seller.full])) if g.chance(0.5) else V(adm.split(" S.A.")[0].split(" Ltda.")[0])
    if g.chance(0.5):
        doc.f("Conversa do WhatsApp com «s»\n\n", s=se)
    grupo, cota = g.ri(1000, 9999), g.ri(1, 999)
    k = iter(ts_)
    wa_line(g, doc, next(k), me, "boa tarde, aqui é «n», do grupo «gr» cota «ct». queria saber do lance p/ assembleia", ios,
            n=P(g.pick([m.full, m.short])), gr=grupo, ct=cota)
    wa_line(g, doc, next(k), se, "Olá! Sou «s», da «a». Me passa seu CPF por favor pra eu puxar a cota", ios, s=P(seller.full), a=adm.rstrip("."))
    wa_line(g, doc, next(k), me, "«c»", ios, c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    wa_line(g, doc, next(k), se, "Achei. Assembleia dia «d» às 10h. O lance livre médio do último mês foi «p»% e o embutido limitado a 30% da carta", ios,
            d=dbr(g.after(start, 5, 20)), p=g.ri(22, 48))
    wa_line(g, doc, next(k), me, "vou dar «p»% a vista. a cota ta no nome d«ms» tb, «w», pode ser no cpf dela?", ios,
            p=g.ri(25, 50), w=P(g.pick([wife.full, wife.first])), ms="a minha esposa" if wife.female else "o meu marido")
    wa_line(g, doc, next(k), se, "Não, o lance é sempre na titularidade da cota. Se contemplar, a carta sai no seu nome. O pagamento do lance é pela chave aleatória da administradora: «k»", ios,
            k=(g.uuid(), "PIX_KEY"))
    wa_line(g, doc, next(k), me, "<Mídia oculta>" if not ios else "‎imagem ocultada", ios)
    wa_line(g, doc, next(k), me, "manda o contrato atualizado no meu email «e»", ios, e=(g.email(m), "EMAIL_ADDRESS"))
    wa_line(g, doc, next(k), se, "Enviado! Qualquer coisa me liga no «t» ou fala com a «o» do pós-venda", ios,
            t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), o=P(g.person(True).first))
    wa_line(g, doc, next(k), me, "meu endereço mudou, agora é «ad», CEP «cep». a conta de luz já tá no meu nome", ios,
            ad=(g.address(g.pick(["low", "text"])), "ADDRESS"), cep=(g.cep(g.chance(0.6)), "BR_CEP"))
    wa_line(g, doc, next(k), se, "Atualizado ✅ Boa sorte na assembleia! 🍀", ios)
    wa_line(g, doc, next(k), me, "obrigad" + g.pick(["o", "ão", "o seu " + seller.first]), ios)
    return doc


def at_transcricao(g: Gen) -> Doc:
    """Speech-to-text transcript (lower case, no accents) of a call to a finance company about a repossessed vehicle."""
    doc = Doc()
    fin = g.pick(FINANCEIRAS)
    att = g.person()
    c = g.person()
    son = g.relative(c)
    pat = g.pick(PATIOS)
    day = g.day()
    plate = g.plate(g.chance(0.3)).replace("-", "").lower()
    veh = g.pick(VEHICLES)
    t0 = 0

    def line(who: str, msg: str, **vals):
        nonlocal t0
        t0 += g.ri(3, 25)
        doc.t(f"[{t0 // 60:02d}:{t0 % 60:02d}] {who}: ")
        doc.f(msg, **vals)
        doc.t("\n")
    doc.f("transcricao automatica — gravacao «id» — fila cobranca_retomada — «d»\n\n", id=g.d(9), d=dbr(day))
    line("atendente", "«f» boa tarde meu nome e «a» com quem eu falo", f=fold(fin.split(",")[0]).lower(), a=P(fold(att.first).lower()))
    line("cliente", "aqui e «n» levaram meu carro hoje cedo", n=P(c.low if g.chance(0.6) else fold(c.first).lower()))
    line("atendente", "certo senhor" + ("a" if c.female else "") + " pra seguranca me confirma o cpf e a data de nascimento")
    line("cliente", "cpf «cpf» nasci dia «dob»", cpf=(g.cpf("sp"), "BR_CPF"), dob=(g.dob("low", 1945, 1985), "DATE_OF_BIRTH"))
    line("atendente", "obrigada consta aqui o veiculo «v» placa «pl» recolhido pelo «pt» por ordem judicial",
         v=fold(veh).lower(), pl=(plate, "LICENSE_PLATE"), pt=fold(pat).lower())
    line("cliente", "eu tava com tres parcelas atrasadas minha esposa ficou internada e eu nao consegui pagar")
    line("atendente", "entendo pra purgar a mora o senhor" + ("a" if c.female else "") + " tem cinco dias pela lei o valor integral da divida e de «v» reais",
         v=g.ri(8, 60) * 1000 + g.ri(0, 999))
    line("cliente", "e se eu nao pagar vai pra leilao")
    line("atendente", "isso depois do prazo o veiculo pode ir a leilao extrajudicial e o saldo vai pro senhor" + ("a" if c.female else ""))
    line("cliente", "meu filho «s» vai ajudar anota o telefone dele «t»", s=P(fold(son.first).lower()), t=(g.phone("stt"), "PHONE_NUMBER"))
    line("atendente", "anotado e o endereco pra correspondencia continua «ad»", ad=(g.address("stt"), "ADDRESS"))
    line("cliente", g.pick(["isso mesmo", "nao agora e na casa da minha filha", "sim sim"]))
    line("atendente", "vou gerar o boleto de quitacao e mandar no whatsapp o protocolo e «p» mais alguma coisa", p=" ".join(g.neg(11)[i:i + 3] for i in range(0, 11, 3)))
    line("cliente", "nao obrigado")
    doc.f("\n[fim da transcricao — duracao «m» — confianca media 0.«c»]\n", m=f"{t0 // 60:02d}:{t0 % 60:02d}", c=g.ri(71, 94))
    return doc


def at_checkin_patio(g: Gen) -> Doc:
    """Auction-yard check-in of a seized vehicle: the term of inspection (vistoria) filled in at the yard gate."""
    doc = Doc()
    pat = g.pick(PATIOS)
    fin = g.pick(FINANCEIRAS)
    debtor = g.person()
    driver = g.person(False)
    oficial = g.person()
    vist = g.person()
    prep = g.person()
    day = g.day()
    plate = g.plate()
    veh = g.pick(VEHICLES)
    doc.f("«p» — CNPJ «c»\nTERMO DE VISTORIA E RECOLHIMENTO DE VEÍCULO Nº «n»\n\n", p=fold(pat).upper(), c=(g.any_cnpj(), "BR_CNPJ"), n=g.d(6))
    w = 22
    rows = [("Data/hora entrada", V(f"{dbr(day)} {g.hm()}")), ("Processo", V(g.cnj())), ("Requerente", V(fin)),
            ("Requerido", P(g.pick([debtor.caps, debtor.capsf, debtor.inverted]))), ("CPF requerido", (g.cpf(), "BR_CPF")), ("Fone requerido", (g.phone(), "PHONE_NUMBER")),
            ("Veículo", V(veh + " " + g.pick(COLORS))), ("Placa", (plate, "LICENSE_PLATE")), ("RENAVAM", V(renavam(g))),
            ("Chassi", V(chassi(g))), ("Hodômetro", V(f"{g.ri(8000, 240000)} km")), ("Combustível", V(g.pick(["1/4", "reserva", "1/2", "3/4"]))),
            ("Guincho (placa)", (g.plate(), "LICENSE_PLATE")), ("Motorista guincho", P(g.pick([driver.caps, driver.full]))),
            ("CNH motorista", (g.cnh(), "BR_CNH")), ("Oficial de justiça", P(g.pick([oficial.full, oficial.caps]))),
            ("Preposto credor", P(prep.full)), ("Fone preposto", (g.phone(), "PHONE_NUMBER"))]
    for k, (v, lab) in rows:
        doc.t(k.ljust(w, ".") + " ")
        doc.e(v, lab)
        doc.t("\n")
    doc.t("\nAVARIAS: " + g.pick(["para-choque dianteiro riscado; farol esq. trincado", "sem avarias aparentes", "pneu traseiro careca; retrovisor dir. solto",
                                   "amassado na porta do motorista; banco rasgado"]) + "\n")
    doc.t("OBJETOS NO INTERIOR: ")
    doc.f(g.pick(["cadeirinha infantil; carteira com documentos em nome de «n» (RG «r»); óculos",
                  "caixa de ferramentas; receita médica em nome de «n»; guarda-chuva rosa; RG «r» esquecido no porta-luvas",
                  "nenhum objeto pessoal; «n» retirou os pertences na presença do oficial (RG «r» conferido)"]),
          n=P(g.pick([debtor.full, debtor.first + " " + debtor.last])), r=(g.rg(), "BR_RG"))
    doc.f("\nVistoriador: «v» — assinatura digital «sig»\n", v=P(g.pick([vist.full, vist.short])), sig=g.hexs(12))
    doc.t("Destino: leilão extrajudicial após o prazo de purga da mora (DL 911/1969, art. 3º, § 1º). Diária R$ " + g.money(40, 120) + ".\n")
    return doc


def at_email_arrematacao(g: Gen) -> Doc:
    """An e-mail thread between a winning bidder and the auctioneer's office about paying and the letter of arrematação."""
    doc = Doc()
    house = g.pick(HOUSES)
    dom = dom_of(house)
    b = g.person()
    sp = g.spouse(b)
    ass = g.person(True)
    uf = g.pick(sorted(JUNTAS))
    leil = g.person()
    day = g.day()
    lote = g.ri(1, 80)
    doc.f("De: «bn» <«be»>\nPara: atendimento@«dom»\nData: «d»\nAssunto: Lote «l» — pagamento e carta de arrematação\n\n",
          bn=P(b.full), be=(g.email(b), "EMAIL_ADDRESS"), dom=dom, d=dbr(day) + " " + g.hm(), l=lote)
    doc.f("Bom dia,\n\narrematei o lote «l» (processo «p») no 2º leilão de ontem. Gostaria que a carta saísse também em nome da minha "
          "«r», «sn», CPF «sc». Meu telefone é «t».\n\nAtt.,\n«bs»\n\n",
          l=lote, p=g.cnj(), r="esposa" if sp.female else "marido", sn=P(sp.full), sc=(g.cpf(), "BR_CPF"),
          t=(g.phone(), "PHONE_NUMBER"), bs=P(g.pick([b.first, b.short])))
    doc.f("----- Resposta -----\nDe: «an» <«ae»>\nData: «d»\n\nPrezad«o» «bf»,\n\no auto de arrematação será assinado pelo juízo e pelo "
          "leiloeiro oficial «ln» («j»). A inclusão do cônjuge depende de requerimento nos autos. Pagamentos em 24 horas:\n"
          "  • lance: guia de depósito judicial (será enviada pelo portal);\n  • comissão de 5%: R$ «cm», na conta do leiloeiro, "
          "«bk», ag. «ag», c/c «cc», ou chave aleatória «k».\n\nAtenciosamente,\n«as» — «h»\n\n",
          an=P(ass.full), ae=(corp_mail(ass, dom), "EMAIL_ADDRESS"), d=dbr(g.after(day, 0, 1)) + " " + g.hm(), o=b.o,
          bf=P(b.first), ln=P(leil.full), j=(junta(g, uf), "PROFESSIONAL_ID"), cm=g.money(900, 30000), bk=g.pick(BANKS)[1],
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), k=(g.uuid(), "PIX_KEY"), h=house, **{"as": P(ass.short)})
    doc.f("----- Resposta -----\nDe: «bn» <«be»>\n\nSegue comprovante. Transferi da conta da empresa, CNPJ «cj», tem problema?\n",
          bn=P(g.pick([b.full, b.short])), be=(g.email(b), "EMAIL_ADDRESS"), cj=(g.any_cnpj(), "BR_CNPJ"))
    if g.chance(0.4):
        doc.f("PS: a comissão pode ser no cartão? «c», venc. «v». Celular para o link de pagamento: «t»\n",
              c=(g.card(g.chance(0.5)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}", t=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_procon(g: Gen) -> Doc:
    """A consumer complaint (Procon / consumidor.gov.br style) by a consórcio member who gave up, and the administrator's answer."""
    doc = Doc()
    adm = g.pick(ADMINS)
    c = g.person()
    an = g.person()
    city, uf = g.city()
    day = g.day()
    doc.f("PROCON «c»/«u» — Atendimento nº «fa»\nFornecedor: «a» — CNPJ «cj»\n\nCONSUMIDOR\n", c=fold(city).upper(), u=uf,
          fa=f"{g.ri(2024, 2026)}.{g.d(2)}.{g.d(6)}-{g.d(3)}", a=adm, cj=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Nome", P(g.pick([c.full, c.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("Data de nascimento", (g.dob(None, 1945, 2003), "DATE_OF_BIRTH")),
              ("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(c), "EMAIL_ADDRESS")),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    kv_block(g, doc, fields, g.pick(["lines", "dots", "box"]))
    grupo, cota = g.ri(1000, 9999), g.ri(1, 999)
    doc.f("\nRELATO\nAderi ao grupo «gr», cota «ct» («b») em «d» por indicação do vendedor «v», que prometeu contemplação em 3 meses. "
          "Paguei «n» parcelas e pedi desistência. Quero a devolução imediata dos valores pagos, corrigidos. Não aceito esperar o encerramento do grupo.\n",
          gr=grupo, ct=cota, b=g.pick(BENS), d=dbr(g.after(day, -700, -200)), v=P(g.pick([g.person().full, g.person().first])), n=g.ri(4, 30))
    refund = g.chance(0.5)
    doc.f("\nRESPOSTA DO FORNECEDOR («dr»)\nPrezad«o» «cn», conforme a Lei 11.795/2008 (art. 22 e art. 30), o consorciado excluído concorre à "
          "restituição por sorteio nas assembleias ou recebe ao final do grupo, com dedução da taxa de administração e multa contratual. "
          "Não há promessa de contemplação em contrato (cláusula 12ª). ",
          dr=dbr(g.after(day, 10, 20)), o=c.o, cn=P(g.pick([c.first, c.full])))
    if refund:
        doc.f("Sua cota foi sorteada para restituição na assembleia de «da»; o crédito de R$ «v» será feito na conta informada: banco «bk», agência «ag», conta «cc».\n",
              da=dbr(g.after(day, 20, 50)), v=g.money(1500, 20000), bk=g.pick(BANKS)[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.t("Mantemos a posição; os valores serão restituídos no encerramento do grupo.\n")
    doc.f("«a» — Ouvidoria «ad»\n\nAVALIAÇÃO DO CONSUMIDOR: «r»\n", a=P(an.full), ad=adm,
          r=g.pick(["Não resolvida. Vou entrar na justiça.", "Resolvida.", "Resolvida parcialmente; a multa foi abusiva."]))
    return doc


def at_sessao_lances(g: Gen) -> Doc:
    """Log lines of a live online auction session (bids with logins and IPs) and the support ticket of a bidder whose bid was lost."""
    doc = Doc()
    house = g.pick(HOUSES)
    b = g.person()
    sup = g.person()
    day = g.day()
    lote = g.ri(1, 60)
    veh = g.pick(VEHICLES)
    doc.f("# «h» — sessão «s» — lote «l» («v»)\n", h=house, s=g.d(5), l=lote, v=veh)
    users = [(login(g.person(), g) + str(g.ri(1, 99)), g.ip_pub() if g.chance(0.8) else g.ip6_pub()) for _ in range(g.ri(3, 5))]
    blogin = login(b, g) + "_" + g.d(2)
    users.append((blogin, g.ip_pub()))
    bid = g.ri(15, 90) * 1000
    for t in g.moments(g.ri(9, 13), day, 1, (13, 15)):
        u, ip = g.pick(users)
        bid += g.pick([250, 500, 500, 1000])
        via_proxy = g.chance(0.15)
        doc.f("«t» INFO bid.accepted lote=«l» valor=«v» user=«u» ip=«ip» ua=«ua»\n", t=ts(t, "iso"), l=lote, v=bid, u=u,
              ip=V(g.ip_priv()) if via_proxy else (ip, "IP_ADDRESS"), ua=g.pick(["web", "android", "ios"]))
    t = g.moments(1, day, 1, (15, 16))[0]
    doc.f("«t» WARN bid.rejected lote=«l» user=«u» ip=«ip» motivo=LOTE_ENCERRADO (latência 2,4 s)\n\n", t=ts(t, "iso"), l=lote, u=blogin,
          ip=(users[-1][1], "IP_ADDRESS"))
    doc.f("Chamado «tk» — aberto por «bn» (CPF «cpf», tel. «tel»)\n«bq»\n", tk=g.protocol(), bn=P(g.pick([b.full, b.caps])),
          cpf=(g.cpf(), "BR_CPF"), tel=(g.phone(), "PHONE_NUMBER"),
          bq=g.pick(["\"dei o lance de 2 mil a mais no último segundo e sumiu\"", "\"o cronômetro zerou com meu lance na tela\"",
                     "\"quero a gravação da sessão, fui prejudicado\""]))
    doc.f("Resposta («sp»): o lance chegou ao servidor após o encerramento (IP «ip», operadora móvel). Regras do edital, item 7.3: lances nos "
          "últimos 3 minutos prorrogam o pregão, mas não após o encerramento. E-mail de retorno enviado para «e».\n",
          sp=P(g.pick([sup.full, sup.first])), ip=(users[-1][1], "IP_ADDRESS"), e=(g.email(b), "EMAIL_ADDRESS"))
    return doc


AT = [at_kyc, at_whatsapp_consorcio, at_transcricao, at_checkin_patio, at_email_arrematacao, at_procon, at_sessao_lances]


# =========================================================================== juridico

JT = {True: "Dra.", False: "Dr."}


def ju_edital(g: Gen) -> Doc:
    """An edital of a judicial auction of a debtor's property (legal prose): parties, spouse, property, auctioneer, dates, debts."""
    doc = Doc()
    uf = g.pick(sorted(JUNTAS))
    city = g.pick([c for c, u in CITIES if u == uf] or [g.city()[0]])
    ex = g.person()
    sp = g.spouse(ex)
    judge = g.person()
    leil = g.person()
    adv = g.person()
    day = g.day()
    cond = g.chance(0.5)
    vara = g.ri(1, 12)
    doc.f("EDITAL DE 1º E 2º LEILÃO ELETRÔNICO E DE INTIMAÇÃO\n\n«vara»ª VARA CÍVEL DA COMARCA DE «c»\nProcesso nº «p» — «cl»\n"
          "Exequente: «e» (CNPJ «ecj»)\nExecutad«o»: «x»\n\n",
          vara=vara, c=fold(city).upper(), p=g.cnj(), cl=g.pick(["Cumprimento de Sentença", "Execução de Título Extrajudicial", "Despesas Condominiais"]),
          e=("CONDOMÍNIO EDIFÍCIO " + g.pick(["ROSA DOS VENTOS", "SOLAR DA AURORA", "BENTO LEÃO", "ESTRELA DALVA"]) if cond else g.pick(CREDORES).upper()),
          o=ex.o, x=P(ex.caps), ecj=(g.any_cnpj(), "BR_CNPJ"))
    doc.f("«jt» «j», MM. Juiz«a» de Direito da «vara»ª Vara Cível da Comarca de «c», na forma da lei, FAZ SABER, a quantos o presente edital virem, "
          "que será levado a leilão, pelo portal «h», conduzido pel«lo» leiloeir«lo» oficial «l», matriculad«lo» na «jj», o bem abaixo "
          "descrito, penhorado nos autos em que é executad«o» ",
          jt=JT[judge.female], j=P(judge.full), a="a" if judge.female else "", vara=vara, c=city, h=g.pick(HOUSES), lo=leil.o, l=P(leil.full),
          jj=(junta(g, uf), "PROFESSIONAL_ID"), o=ex.o)
    qualify(g, doc, ex, caps=True, rg=g.chance(0.6))
    doc.f(", casad«o» com «s», CPF nº «sc».\n\n", o=ex.o, s=P(sp.caps), sc=(g.cpf(), "BR_CPF"))
    apt = g.ri(11, 1204)
    doc.f("DO BEM: «tipo» situado na «ad», «b», «c»/«u», CEP «cep», objeto da matrícula nº «m» do «r»º Cartório de Registro de Imóveis; "
          "área privativa de «ar» m², «vg» vaga(s) de garagem. Avaliação: R$ «av» («da»).\n\n",
          tipo=g.pick(["apartamento", "imóvel residencial", "terreno com edificação", "conjunto comercial"]),
          ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), c=city, u=uf, cep=(g.cep(), "BR_CEP"),
          m=f"{g.ri(1, 140)}.{g.d(3)}", r=g.ri(1, 4), ar=f"{g.ri(38, 240)},{g.d(2)}", vg=g.ri(0, 2), av=g.money(150000, 900000),
          da=dbr(g.after(day, -120, -30)))
    d1 = g.after(day, 20, 40)
    doc.f("DATAS: 1º leilão em «d1», às «h1», pelo valor da avaliação; 2º leilão em «d2», mesmo horário, por no mínimo «pc»% da avaliação "
          "(art. 891, parágrafo único, do CPC). Comissão do leiloeiro: 5% a cargo do arrematante. Débitos de IPTU (R$ «ip») e de condomínio "
          "(R$ «cd») sub-rogam-se no preço (art. 130 do CTN; art. 908, § 1º, do CPC).\n\n",
          d1=dbr(d1), h1=g.pick(["10h00", "14h00", "11h30"]), d2=dbr(g.after(d1, 3, 20)), pc=g.pick([50, 60, 60, 70]),
          ip=g.money(500, 30000), cd=g.money(1000, 60000))
    doc.f("Ficam «o»s executad«o»s, «x» e «s», bem como eventuais ocupantes, INTIMADOS das datas acima, se não localizados pessoalmente "
          "(art. 889, parágrafo único, do CPC). Informações: «t» ou «le».\n",
          o="o", x=P(g.pick([ex.full, ex.caps])), s=P(g.pick([sp.full, sp.caps])), t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"),
          le=(corp_mail(leil, g.pick(["leiloesjudiciais.com.br", dom_of(g.pick(HOUSES))])), "EMAIL_ADDRESS"))
    doc.f("Advogado do exequente: «a» («oab»). «c», «d». Eu, «es», escriv«ao», conferi.\n", a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          c=city, d=dbr(day, "long"), es=P((es := g.person()).full), ao="ã" if es.female else "ão")
    return doc


def ju_fiduciaria(g: Gen) -> Doc:
    """Extrajudicial auction under Lei 9.514/1997: notice of the fiduciary auction and the registrar's certificate of (failed) service."""
    doc = Doc()
    cred = g.pick(CREDORES)
    uf = g.pick(sorted(JUNTAS))
    f1 = g.person()
    f2 = g.spouse(f1)
    leil = g.person()
    reg = g.person()
    esc = g.person()
    neighbour = g.person(True, word=True)
    day = g.day()
    city = g.city()[0]
    doc.f("LEILÃO EXTRAJUDICIAL — ALIENAÇÃO FIDUCIÁRIA (Lei nº 9.514/1997, arts. 26 e 27)\n\n«l», leiloeir«o» oficial («j»), autorizad«o» "
          "pelo credor fiduciário «cr», CNPJ «cj», torna público que venderá em 1º e 2º leilões o imóvel abaixo, cuja propriedade foi "
          "consolidada em nome do credor em «dc» (Av.-«av» da matrícula «m»).\n\n",
          l=P(g.pick([leil.full, leil.caps])), o=leil.o, j=(junta(g, uf), "PROFESSIONAL_ID"), cr=cred, cj=(g.any_cnpj(), "BR_CNPJ"),
          dc=dbr(g.after(day, -60, -20)), av=g.ri(3, 14), m=f"{g.ri(1, 99)}.{g.d(3)}")
    doc.f("Fiduciantes: «a», CPF «ac», e «b», CPF «bc».\nImóvel: «ad», «c» — CEP «cep».\n", a=P(g.pick([f1.caps, f1.full])),
          ac=(g.cpf(), "BR_CPF"), b=P(g.pick([f2.caps, f2.full])), bc=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), c=city, cep=(g.cep(), "BR_CEP"))
    doc.f("Intimações eletrônicas (art. 26, § 3º-A): «e1» e «e2»; WhatsApp «t».\n", e1=(g.email(f1), "EMAIL_ADDRESS"), e2=(g.email(f2), "EMAIL_ADDRESS"),
          t=(g.phone(), "PHONE_NUMBER"))
    doc.f("1º leilão: «d1» — lance mínimo R$ «v1» (valor do imóvel). 2º leilão: «d2» — lance mínimo R$ «v2» (dívida, despesas, prêmios de seguro e "
          "encargos). Aos fiduciantes fica assegurado o direito de preferência até a data do 2º leilão (art. 27, § 2º-B).\n\n",
          d1=dbr(g.after(day, 10, 25)), v1=g.money(180000, 700000), d2=dbr(g.after(day, 26, 45)), v2=g.money(90000, 300000))
    doc.f("CERTIDÃO — «r»º OFICIAL DE REGISTRO DE IMÓVEIS\nCertifico que o preposto «pp» compareceu ao imóvel em «d1», «d2» e «d3» para "
          "intimar «a» do prazo de 15 dias para purgar a mora. Não «o» encontrou; a vizinha, «dn»«vz», informou que «o» fiduciante «mud». "
          "Procedeu-se à intimação por edital. Dou fé.\n«e», escrevente autorizad«eo».\n",
          r=g.ri(1, 4), pp=P(reg.full), d1=dbr(g.after(day, -150, -140)), d2=dbr(g.after(day, -139, -130)), d3=dbr(g.after(day, -129, -120)),
          a=P(g.pick([f1.full, f1.caps])), o="a" if f1.female else "o", vz=P(neighbour.first),
          mud=g.pick(["mudou-se para o interior há meses", "está internado no Hospital São Bento", "viaja a trabalho e só volta aos domingos"]),
          e=P(esc.full), eo=esc.o, dn=g.pick(["", "", "dona "]))
    return doc


def ju_busca_apreensao(g: Gen) -> Doc:
    """A finance company's petition for busca e apreensão of a vehicle under Decreto-Lei 911/1969."""
    doc = Doc()
    fin = g.pick(FINANCEIRAS)
    uf = g.pick(UFS)
    d = g.person()
    advs = [g.person(), g.person()]
    dep = g.person()
    day = g.day()
    city = g.city()[0]
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA ___ VARA CÍVEL DA COMARCA DE «c»\n\n«f», inscrita no CNPJ sob o nº «cj», "
          "com sede na Avenida «sede», nº «n», São Paulo/SP, por seus advogados (instrumento anexo), vem propor\n\nAÇÃO DE BUSCA E APREENSÃO "
          "COM PEDIDO LIMINAR\n\nem face de ",
          c=fold(city).upper(), f=fin.upper(), cj=(g.any_cnpj(), "BR_CNPJ"), sede=g.pick(["Brigadeiro Faria Lima", "Paulista", "Prudente de Morais", "Bento Gonçalves"]),
          n=g.ri(100, 4000))
    qualify(g, doc, d, caps=True, rg=g.chance(0.5), email=g.chance(0.6))
    doc.f(", telefone «t», pelos fatos a seguir.\n\n", t=(g.phone(), "PHONE_NUMBER"))
    doc.f("1. Pela Cédula de Crédito Bancário nº «cc», de «dc», «o» requerid«o» obteve financiamento de R$ «v» em «np» parcelas, dando em alienação "
          "fiduciária o veículo «ve», cor «cor», placa «pl», RENAVAM «rn», chassi «ch».\n2. Deixou de pagar as parcelas vencidas desde «dv», sendo "
          "constituíd«o» em mora por notificação extrajudicial enviada ao e-mail e ao endereço do contrato, entregue em «de» (Tema 1.132 do STJ).\n"
          "3. O débito atualizado é de R$ «db» (planilha anexa).\n\n",
          cc=g.neg(11) if g.chance(0.5) else f"{g.d(3)}.{g.d(6)}-{g.d(1)}", dc=dbr(g.after(day, -1100, -300)), o=d.o, v=g.money(25000, 180000),
          np=g.pick([36, 48, 60]), ve=g.pick(VEHICLES), cor=g.pick(COLORS), pl=(g.plate(), "LICENSE_PLATE"), rn=renavam(g), ch=chassi(g),
          dv=dbr(g.after(day, -200, -60)), de=dbr(g.after(day, -50, -10)), db=g.money(8000, 120000))
    doc.f("Requer a concessão de liminar (art. 3º do DL 911/1969), com a entrega do bem ao depositário «dp», CPF «dpc», telefone «dt», "
          "no pátio «pt», e a citação d«o» requerid«o».\n\nDá-se à causa o valor de R$ «vc».\n\n«c», «d».\n\n«a1» — «o1»\n«a2» — «o2»\n",
          dp=P(dep.full), dpc=(g.cpf(), "BR_CPF"), dt=(g.phone(), "PHONE_NUMBER"), pt=g.pick(PATIOS), o=d.o, vc=g.money(8000, 120000),
          c=city, d=dbr(day, "long"), a1=P(advs[0].caps), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"), a2=P(advs[1].caps),
          o2=(g.council("OAB", g.pick(UFS)), "PROFESSIONAL_ID"))
    return doc


def ju_idoso(g: Gen) -> Doc:
    """An elderly debtor's petition to suspend the auction of the family home, with an excerpt of the attached medical report."""
    doc = Doc()
    d = g.person(origin=g.pick(["pt", "pt", "jp", "it", "ar", "de"]))
    cur = g.relative(d)
    doc_ = g.person()
    dp = g.person()
    day = g.day()
    uf = g.pick(UFS)
    dob_y = g.ri(1930, 1950)
    doc.f("EXMO. SR. JUIZ DE DIREITO DA «v»ª VARA CÍVEL\n\nProcesso nº «p»\n\n", v=g.ri(1, 9), p=g.cnj())
    doc.e(d.caps, "PERSON")
    doc.f(", CPF «cpf», já qualificad«o», nascid«o» em «dob» («age» anos), representad«o» por «sua» curador«a» provisóri«o2» «c», CPF «cc», telefone «t», "
          "vem, por intermédio da Defensoria Pública, requerer\n\nSUSPENSÃO DO LEILÃO DESIGNADO PARA «dl»\n\n",
          cpf=(g.cpf(), "BR_CPF"), o=d.o, dob=(g.dob(g.pick(["br", "long"]), dob_y, dob_y), "DATE_OF_BIRTH"), age=2025 - dob_y, sua="seu" if not cur.female else "sua",
          a="a" if cur.female else "", o2=cur.o, c=P(g.pick([cur.full, cur.caps])), cc=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"),
          dl=dbr(g.after(day, 5, 30)))
    doc.f("1. O imóvel penhorado, na «ad», CEP «cep», é o único de propriedade do executad«o» e serve de moradia à família, sendo impenhorável "
          "(Lei 8.009/1990, art. 1º).\n2. O executad«o» tem prioridade de tramitação (Lei 10.741/2003, art. 71) e não tem condições de "
          "compreender os atos do processo, conforme relatório médico anexo, do qual se transcreve:\n\n",
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), o=d.o)
    cids = g.sample(["G30.1 (doença de Alzheimer de início tardio)", "F01.9 (demência vascular)", "I10 (hipertensão essencial)",
                     "E11.9 (diabetes mellitus tipo 2)", "I64 (AVC não especificado)", "G20 (doença de Parkinson)", "N18.4 (DRC estágio 4)"], 3)
    doc.f("   \"Atesto que «pn», CNS «cns», está em acompanhamento neste serviço desde «ds», com diagnósticos «c1», «c2» e «c3». Apresenta "
          "desorientação temporoespacial e dependência para as atividades de vida diária. A remoção do domicílio trará risco de agravamento. "
          "«dt» «dn» — «crm»\"\n\n",
          pn=P(g.pick([d.full, d.short])), cns=(g.cns(), "BR_CNS"), ds=str(g.ri(2014, 2023)), c1=cids[0], c2=cids[1], c3=cids[2],
          dt=JT[doc_.female], dn=P(doc_.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("3. Subsidiariamente, requer a intimação pessoal d«o» executad«o» e de «sua» curador«a», sob pena de nulidade (art. 889, I, do CPC).\n\n"
          "Termos em que pede deferimento.\n«dp»\nDefensor«da» Públic«po» — matrícula «m»\n",
          o=d.o, sua="seu" if not cur.female else "sua", a="a" if cur.female else "", dp=P(dp.full), da="a" if dp.female else "",
          po="a" if dp.female else "o", m=g.d(6))
    return doc


def ju_auto_arrematacao(g: Gen) -> Doc:
    """The auto de arrematação of a vehicle or a property and the carta de arrematação issued by the clerk's office."""
    doc = Doc()
    uf = g.pick(sorted(JUNTAS))
    arr = g.person()
    judge = g.person()
    leil = g.person()
    clerk = g.person()
    ex = g.person()
    day = g.day()
    veh = g.chance(0.5)
    house = g.pick(HOUSES)
    doc.f("AUTO DE ARREMATAÇÃO\n\nProcesso «p»\n\nAos «d» , no leilão eletrônico realizado no portal «h», sob a condução d«lo» leiloeir«lo» "
          "oficial «l» («j»), o lote «n» foi arrematado por ",
          p=g.cnj(), d=dbr(day, "long"), h=house, lo=leil.o, l=P(leil.full), j=(junta(g, uf), "PROFESSIONAL_ID"), n=g.ri(1, 30))
    qualify(g, doc, arr, caps=g.chance(0.6), rg=True, email=True)
    if veh:
        doc.f(", pelo lance de R$ «v». Bem: veículo «ve», placa «pl», RENAVAM «rn», penhorado de «x».\n", v=g.money(9000, 140000),
              ve=g.pick(VEHICLES), pl=(g.plate(), "LICENSE_PLATE"), rn=renavam(g), x=P(g.pick([ex.full, ex.caps])))
    else:
        doc.f(", pelo lance de R$ «v». Bem: imóvel da matrícula nº «m», situado na «ad», penhorado de «x».\n", v=g.money(90000, 900000),
              m=f"{g.ri(1, 90)}.{g.d(3)}", ad=(g.address(), "ADDRESS"), x=P(g.pick([ex.full, ex.caps])))
    doc.f("Pagamento: «pg». Comissão de 5% paga ao leiloeiro. Nada mais.\n\n«jn» — Juiz«a» de Direito\n«ln» — Leiloeir«lo» Oficial\n«an» — Arrematante\n\n",
          pg=g.pick(["à vista, guia de depósito judicial nº " + g.d(13), "25% à vista e o saldo em 30 parcelas (art. 895 do CPC), com hipoteca do próprio bem"]),
          jn=P(judge.full), a="a" if judge.female else "", ln=P(leil.full), lo="a" if leil.female else "o", an=P(arr.full))
    doc.f(
        "CARTA DE ARREMATAÇÃO\n\nExpedida em «d» em favor de «an» (CPF «c»), para registro «r». Eu, «cl», diretor«a» de secretaria, a digitei e conferi.\n",
        d=dbr(g.after(day, 10, 60)), an=P(g.pick([arr.caps, arr.full])), c=(g.cpf(), "BR_CPF"),
        r="no DETRAN, livre de débitos anteriores (art. 130, parágrafo único, do CTN)" if veh else "no Cartório de Registro de Imóveis competente",
        cl=P(clerk.full), a="a" if clerk.female else "")
    return doc


def ju_ata_assembleia(g: Gen) -> Doc:
    """Minutes of a consórcio group's monthly assembly: contemplations by draw and by bid, exclusions, signatures."""
    doc = Doc()
    adm = g.pick(ADMINS)
    rep = g.person()
    aud = g.person()
    day = g.day()
    grupo = g.ri(1000, 9999)
    doc.f("ATA DA «n»ª ASSEMBLEIA GERAL ORDINÁRIA — GRUPO «gr»\n«a» — CNPJ «cj»\n\nAos «d», às 10h, na sede da administradora e em transmissão "
          "on-line, reuniu-se o grupo «gr», sob a presidência de «r», representante da administradora, com a presença de «np» consorciados. "
          "Apurou-se pela Loteria Federal (extração nº «ex») o número sorteado «ns».\n\n",
          n=g.ri(3, 70), gr=grupo, a=adm, cj=(g.any_cnpj(), "BR_CNPJ"), d=dbr(day, "long"), r=P(rep.full), np=g.ri(2, 25),
          ex=f"0{g.d(4)}", ns=g.d(5))
    doc.t("CONTEMPLAÇÕES\n\n| Cota | Consorciado | CPF/CNPJ | Modalidade | Lance |\n|---|---|---|---|---|\n")
    for k in range(g.ri(3, 5)):
        p = g.person()
        pj = g.chance(0.15)
        doc.t(f"| {g.ri(1, 600):03d} | ")
        if pj:
            doc.t(g.pick(["Transportadora Rosa Ltda.", "Leão Agropecuária ME", "Bento & Filhos Comércio"]) + " | ")
            doc.e(g.cnpj(), "BR_CNPJ")
        else:
            doc.e(g.pick([p.full, p.caps, p.inverted]), "PERSON")
            doc.t(" | ")
            doc.e(g.cpf(), "BR_CPF") if g.chance(0.75) else doc.t(g.masked_cpf())
        mod = "sorteio" if k == 0 else g.pick(["lance livre", "lance fixo 25%", "lance embutido"])
        doc.t(f" | {mod} | {'—' if k == 0 else str(g.ri(18, 55)) + '%'} |\n")
    doc.f("\nDESCLASSIFICAÇÕES: cota «c» (inadimplência) e cota «c2» (lance não pago no prazo de 3 dias úteis).\nRESTITUIÇÃO DE EXCLUÍDOS: sorteada a cota «c3», "
          "de «x», a quem serão devolvidos R$ «v».\n\n",
          c=g.ri(1, 600), c2=g.ri(1, 600), c3=g.ri(1, 600), x=P(g.pick([g.person().full, g.person().caps])), v=g.money(2000, 30000))
    w1, w2 = g.person(), g.person()
    doc.f("Nada mais havendo, lavrou-se esta ata (Lei 11.795/2008, art. 18), auditada por «au» («crc»). Assinam o presidente e os consorciados «w1» e «w2».\n",
          au=P(aud.full), crc=(crc(g), "PROFESSIONAL_ID"), w1=P(w1.full), w2=P(g.pick([w2.full, w2.short])))
    return doc


def ju_mandado_ocr(g: Gen) -> Doc:
    """An OCR'd scan (ALL CAPS) of a writ of busca e apreensão and the bailiff's certificate of seizure and deposit."""
    doc = Doc()
    d = g.person()
    third = g.person()
    ofi = g.person()
    prep = g.person()
    judge = g.person()
    day = g.day()
    city = g.city()[0]
    fin = g.pick(FINANCEIRAS)
    up = lambda s: fold(s).upper()
    doc.f(ocr_t("PODER JUDICIARIO\nTRIBUNAL DE JUSTICA\n«c» - «v»A VARA CIVEL\n\nMANDADO DE BUSCA E APREENSAO E CITACAO\nPROCESSO: «p»\n"
                "REQUERENTE: «f»\nREQUERIDO: «r»  CPF: «cpf»\nENDERECO: «ad»  CEP «cep»\nVEICULO: «ve»  PLACA «pl»  RENAVAM «rn»\n\n", g),
          c=up(city), v=g.ri(1, 9), p=g.cnj(), f=up(fin), r=P(ocr(d.capsf, g)), cpf=(g.cpf(), "BR_CPF"),
          ad=(ocr(g.address("caps"), g), "ADDRESS"), cep=(g.cep(), "BR_CEP"), ve=up(g.pick(VEHICLES)), pl=(g.plate(), "LICENSE_PLATE"), rn=renavam(g))
    doc.f(ocr_t("O(A) DOUTOR(A) «j», JUIZ(A) DE DIREITO, MANDA QUE O OFICIAL DE JUSTICA PROCEDA A BUSCA E APREENSAO DO VEICULO ACIMA.\n\n", g),
          j=P(ocr(judge.capsf, g)))
    doc.f(ocr_t("CERTIDAO\nCERTIFICO QUE EM «d» DIRIGI-ME AO ENDERECO INDICADO E NAO ENCONTREI O REQUERIDO. O VEICULO FOI LOCALIZADO EM PODER DE «t», "
                "CNH «cnh», TELEFONE «tel», QUE DISSE TE-LO COMPRADO DO REQUERIDO. PROCEDI A APREENSAO E ENTREGUEI O BEM AO PREPOSTO «pp», RG «rg», "
                "QUE O REMOVEU EM GUINCHO PLACA «gp» AO «pt». O REFERIDO E VERDADE E DOU FE.\n«o»\nOFICIAL DE JUSTICA - MAT. «m»\n", g),
          d=dbr(g.after(day, 3, 40)), t=P(ocr(third.capsf, g)), cnh=(g.cnh(), "BR_CNH"), tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          pp=P(ocr(prep.capsf, g)), rg=(g.rg(), "BR_RG"), gp=(g.plate(), "LICENSE_PLATE"), pt=up(g.pick(PATIOS)), o=P(ocr(ofi.capsf, g)), m=g.d(5))
    return doc


JU = [ju_edital, ju_fiduciaria, ju_busca_apreensao, ju_idoso, ju_auto_arrematacao, ju_ata_assembleia, ju_mandado_ocr]


# =========================================================================== saude

DR = {True: "Dra.", False: "Dr."}


def sa_laudo_idoso(g: Gen) -> Doc:
    """A geriatric clinic's medical report on an elderly debtor, issued at the family's request for a repossession / auction case."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    p = g.person(origin=g.pick(["pt", "pt", "pt", "jp", "it", "de", "ar", "pl"]))
    fam = g.relative(p)
    dr = g.person()
    uf = g.pick(UFS)
    day = g.day()
    y = g.ri(1928, 1950)
    city = g.city()[0]
    doc.f("«c»\nCNPJ «cj» — «ct»\n\nRELATÓRIO MÉDICO\n(para fins de instrução de processo judicial, a pedido d«fo» «rel»)\n\n",
          c=clinic.upper(), cj=(g.any_cnpj(), "BR_CNPJ"), ct=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"),
          fo="a" if fam.female else "o", rel="filha" if fam.female else "filho")
    fields = [("Paciente", P(g.pick([p.full, p.caps]))), ("Nascimento", (g.dob(g.pick(["br", "nopad", "dot"]), y, y), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF")), ("CNS", (g.cns(), "BR_CNS")), ("Prontuário", V(g.d(6))),
              ("Responsável", P(g.pick([fam.full, fam.short]))), ("Contato", (g.phone(), "PHONE_NUMBER"))]
    kv_block(g, doc, fields, g.pick(["lines", "dots", "box"]))
    cids = g.sample(["G30.1", "F03", "I10", "E11.9", "I50.0", "G20", "N18.3", "M17.0", "H40.1", "F32.1"], 3)
    doc.f("\nPaciente de «a» anos, em acompanhamento desde «s», portador(a) de «c1», «c2» e «c3» (CID-10). Faz uso de «med». Após a apreensão do "
          "veículo adaptado usado para as sessões de hemodiálise/fisioterapia, houve «ev». Necessita de transporte diário e acompanhante. "
          "Sugiro prioridade na tramitação (Lei 10.741/2003).\n\n«cy», «d».\n\n«dt» «dn»\n«crm»\nGeriatria\n",
          a=2025 - y, s=g.ri(2012, 2023), c1=cids[0], c2=cids[1], c3=cids[2],
          med=g.pick(["donepezila 10 mg, losartana 50 mg e metformina 850 mg", "levodopa + benserazida, AAS 100 mg", "memantina 20 mg e furosemida 40 mg"]),
          ev=g.pick(["duas faltas às sessões e internação em 48 h", "piora do quadro ansioso", "queda da própria altura ao usar ônibus"]),
          cy=city, d=dbr(day, "long"), dt=DR[dr.female], dn=P(dr.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_prestamista(g: Gen) -> Doc:
    """A claim under a consórcio's credit-life insurance (seguro prestamista) after a member's death, with the medical questionnaire."""
    doc = Doc()
    adm = g.pick(ADMINS)
    m = g.person()
    w = g.spouse(m)
    dr = g.person()
    reg = g.person()
    uf = g.pick(UFS)
    day = g.day()
    doc.f("AVISO DE SINISTRO — SEGURO PRESTAMISTA\nEstipulante: «a»   Apólice «ap»   Sinistro nº «sn»\n\n", a=adm, ap=g.d(10), sn=g.protocol())
    doc.f("SEGURADO (consorciado): «n»\nCPF: «c»   Nascimento: «dob»\nGrupo «gr» / cota «ct» — saldo devedor R$ «sd»\n"
          "Evento: morte em «de» — causa básica: «cid» — declarante do óbito: «dt» «dr» («crm»), «h»\n\n",
          n=P(g.pick([m.full, m.caps])), c=(g.cpf(), "BR_CPF"), dob=(g.dob(None, 1945, 1990), "DATE_OF_BIRTH"), gr=g.ri(1000, 9999),
          ct=g.ri(1, 600), sd=g.money(8000, 180000), de=dbr(g.after(day, -60, -5)),
          cid=g.pick(["I21.9 (infarto agudo do miocárdio)", "C34.9 (neoplasia de pulmão)", "V89.2 (acidente de trânsito)", "J18.9 (pneumonia)", "I64 (AVC)"]),
          dt=DR[dr.female], dr=P(dr.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), h=g.pick(HOSPITALS))
    doc.f("BENEFICIÁRIA/COMUNICANTE: «wn», CPF «wc», «rel»\nTelefone «t» — e-mail «e»\nConta para eventual saldo: banco «bk», ag. «ag», conta «cc»\n\n",
          wn=P(w.full), wc=(g.cpf(), "BR_CPF"), rel="cônjuge", t=(g.phone(), "PHONE_NUMBER"), e=(g.email(w), "EMAIL_ADDRESS"),
          bk=g.pick(BANKS)[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("QUESTIONÁRIO MÉDICO (regulação)\n- Doença preexistente à adesão («da»)? «pre»\n- Internações nos 24 meses anteriores: «int»\n"
          "- Prontuário solicitado ao «h» em «ds»; resposta da «ass».\n\nRegulador: «r» — «re»\nParecer: «par»\n",
          da=dbr(g.after(day, -1500, -400)), pre=g.pick(["não declarada", "hipertensão (I10), declarada na proposta", "diabetes (E11), não declarada"]),
          int=g.pick(["nenhuma", "1 (pneumonia, 2023)", "2 (IC descompensada)"]), h=g.pick(HOSPITALS), ds=dbr(g.after(day, 1, 10)),
          ass=g.pick(["Ouvidoria em 5 dias", "central de prontuários"]),
          r=P(reg.full), re=(corp_mail(reg, "seguradora" + g.pick(["aurora", "leao", "estrela"]) + ".com.br"), "EMAIL_ADDRESS"),
          par=g.pick(["indenizar: quitação da cota e carta liberada aos herdeiros", "aguardar prontuário", "negar: doença preexistente omitida"]))
    return doc


def sa_consorcio_servicos(g: Gen) -> Doc:
    """A consórcio de serviços letter of credit used for a surgery: the clinic's budget and the administrator's payment order."""
    doc = Doc()
    adm = g.pick([a for a in ADMINS if "Motos" not in a])
    p = g.person()
    surg = g.person()
    anest = g.person()
    an = g.person()
    uf = g.pick(UFS)
    day = g.day()
    clinic = g.pick(["Clínica Vitória de Cirurgia Plástica", "Instituto Aurora de Obesidade", "Hospital Dia Flor de Lis", "Clínica Bento Ortopedia"])
    proc = g.pick(["gastroplastia redutora (bariátrica) por videolaparoscopia", "abdominoplastia pós-bariátrica", "artroplastia total de joelho",
                   "mamoplastia redutora", "implante dentário múltiplo"])
    doc.f("«c» — CNPJ «cj»\nORÇAMENTO CIRÚRGICO Nº «o»   Emitido em «d»\n\nPaciente: «pn»   CPF «pc»   Nasc. «dob»\nCNS «cns»   Celular «t»\n\n",
          c=clinic, cj=(g.any_cnpj(), "BR_CNPJ"), o=g.d(5), d=dbr(day), pn=P(g.pick([p.full, p.caps])), pc=(g.cpf(), "BR_CPF"),
          dob=(g.dob(None, 1960, 2003), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), t=(g.phone(), "PHONE_NUMBER"))
    rows = [["Honorários cirurgião", P(g.pick([surg.full, surg.short])),
             (g.council("CRM", uf), "PROFESSIONAL_ID"), V(g.money(8000, 25000))],
            ["Honorários anestesista", P(anest.full), (g.council("CRM", uf), "PROFESSIONAL_ID"), V(g.money(2000, 6000))],
            ["Hospital / diárias", V("—"), V("—"), V(g.money(9000, 30000))]]
    doc.t(f"Procedimento: {proc} (TUSS {g.d(8)}; CID {g.pick(['E66.0', 'E66.8', 'M17.1', 'N62', 'K08.1'])})\n\n")
    doc.t(f"{'ITEM':<24}{'PROFISSIONAL':<38}{'REGISTRO':<22}VALOR (R$)\n")
    for item, prof, reg, val in rows:
        doc.t(f"{item:<24}")
        doc.cell(prof[0], 38 if len(prof[0]) <= 37 else len(prof[0]) + 1, prof[1])
        doc.cell(reg[0], 22 if len(reg[0]) <= 21 else len(reg[0]) + 1, reg[1])
        doc.t(val[0] + "\n")
    doc.f("\n--- «a» — liberação de crédito ---\nCarta de crédito do grupo «gr» cota «ct» (bem: serviços), consorciad«o» «pn». Pagamento direto ao "
          "prestador (art. 12 da Circular BCB 3.432/2009?) — conferir com jurídico. Favorecido: «c», CNPJ acima, ag. «ag» c/c «cc». Analista: «an» "
          "(«ae»).\n",
          a=adm, gr=g.ri(1000, 9999), ct=g.ri(1, 300), o=p.o, pn=P(g.pick([p.full, p.short])), c=clinic, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          an=P(an.full), ae=(corp_mail(an, dom_of(adm)), "EMAIL_ADDRESS"))
    return doc


def sa_toxicologico(g: Gen) -> Doc:
    """A tow-truck driver's toxicological exam (CNH categories C-E, Lei 13.103/2015) with the chain of custody and the MRO's result."""
    doc = Doc()
    lab = g.pick(LABS)
    d = g.person(False if g.chance(0.85) else True)
    col = g.person()
    mro = g.person()
    pat = g.pick(PATIOS)
    uf = g.pick(UFS)
    day = g.day()
    doc.f("«l» — CNPJ «cj»\nLAUDO DE EXAME TOXICOLÓGICO DE LARGA JANELA DE DETECÇÃO (queratina — 90 dias)\nCódigo da amostra: «am»\n\n",
          l=lab.upper(), cj=(g.any_cnpj(), "BR_CNPJ"), am=f"{g.up(2)}{g.d(9)}")
    fields = [("Doador", P(g.pick([d.caps, d.full]))), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
              ("CNH nº", (g.cnh(), "BR_CNH")), ("Categoria", V(g.pick(["D", "E", "C", "AD"]))),
              ("Data de nascimento", (g.dob(None, 1962, 2001), "DATE_OF_BIRTH")), ("Finalidade", V(g.pick(["renovação CNH", "admissional", "periódico (CLT art. 168, § 6º)"]))),
              ("Empregador", V(pat)), ("Coleta", V(f"{dbr(day)} {g.hm()} — posto {g.pick(['Centro', 'Rodoviária', 'Vila Rosa'])}")),
              ("Coletor(a)", P(col.full))]
    kv_block(g, doc, fields, g.pick(["lines", "dots", "box"]))
    pos = g.chance(0.2)
    doc.t("\nRESULTADOS (ng/mg)\n")
    for sub in ["Anfetaminas", "Metanfetamina", "MDMA", "Cocaína", "Benzoilecgonina", "Maconha (THC)", "Opiáceos"]:
        val = "0,6" if pos and sub in ("Cocaína", "Benzoilecgonina") else "< LQ"
        doc.t(f"  {sub:<18} {val:>8}   cut-off 0,5\n")
    doc.f("\nCONCLUSÃO: «c». Revisão médica (MRO): «dt» «m» — «crm». Entrevista com o doador por telefone («t») em «dd».\n",
          c="POSITIVO para cocaína" if pos else "NEGATIVO", dt=DR[mro.female], m=P(mro.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          t=(g.phone(), "PHONE_NUMBER"), dd=dbr(g.after(day, 3, 9)))
    return doc


def sa_whatsapp_apreensao(g: Gen) -> Doc:
    """A repossession crew's WhatsApp group when the elderly debtor faints during the seizure and the crew helps at the UPA."""
    doc = Doc()
    d = g.person()
    daughter = g.relative(d, True)
    crew = [g.person(False), g.person(), g.person(False)]
    doc_ = g.person()
    ofi = g.person()
    day = g.day()
    ios = g.chance(0.5)
    plate = g.plate()
    # unsaved contacts appear by number in the export
    names = [P(g.pick([c.first, c.short, c.nick])) if g.chance(0.35) else (g.phone("wa"), "PHONE_NUMBER") for c in crew]
    k = iter(g.moments(11, day, 1, (7, 20)))
    doc.t(f"Grupo \"Apreensões {g.pick(['Região Sul', 'Cariri', 'Equipe B', 'Norte'])}\"\n")
    wa_line(g, doc, next(k), names[0], "chegamos no endereço. «pl» tá na garagem", ios, pl=(plate, "LICENSE_PLATE"))
    wa_line(g, doc, next(k), names[1], "oficial «o» já tá aí?", ios, o=P(g.pick([ofi.first, ofi.full])))
    wa_line(g, doc, next(k), names[0], "tá. o senhor passou mal quando viu o guincho, caiu na calçada", ios)
    wa_line(g, doc, next(k), names[2], "liga 192 agora", ios)
    wa_line(g, doc, next(k), names[0], "samu pediu os dados: «n», cpf «c», nasc «dob», cartão sus «cns»", ios,
            n=P(g.pick([d.full, d.low, d.caps])), c=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "short", "nopad"]), 1935, 1955), "DATE_OF_BIRTH"),
            cns=(g.cns(), "BR_CNS"))
    wa_line(g, doc, next(k), names[1], "avisa a filha dele, «f», «t»", ios, f=P(daughter.first), t=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"))
    wa_line(g, doc, next(k), names[0], "levaram pra «u». médica «m» disse que foi pico de pressão, CID «cid», fica em observação", ios,
            u=g.pick(["UPA 24h Vila Estrela", "Pronto-Socorro da Luz", "Hospital São Bento"]), m=P(g.pick([doc_.full, doc_.first])),
            cid=g.pick(["I10", "R55", "I16.0"]))
    wa_line(g, doc, next(k), names[2], "suspende a remoção hoje. oficial certifica e a gente volta outro dia", ios)
    wa_line(g, doc, next(k), names[1], "ok, guincho «gp» liberado", ios, gp=(g.plate(), "LICENSE_PLATE"))
    wa_line(g, doc, next(k), names[0], "a luz da garagem ficou acesa, a vizinha Rosa do 12 fechou tudo", ios)
    wa_line(g, doc, next(k), names[2], "👍", ios)
    return doc


def sa_plano_uso(g: Gen) -> Doc:
    """A health plan's utilisation export (JSON) requested by the insurer regulating a credit-life claim, with the regulator's note."""
    doc = Doc()
    p = g.person()
    reg = g.person()
    uf = g.pick(UFS)
    day = g.day()
    plano = g.pick(["Amado Saúde Essencial", "Aurora Saúde Enfermaria", "Vitória Med Apartamento", "Unimed Vale Rosa"])
    events = []
    for t in g.moments(g.ri(3, 6), g.after(day, -700, -100), 500, (7, 20)):
        dr = g.person()
        events.append({"data": t.date().isoformat(), "tipo": g.pick(["CONSULTA", "EXAME", "INTERNACAO", "PRONTO_SOCORRO"]),
                       "cid": g.pick(["I10", "E11.9", "C61", "J44.9", "I25.1", "M54.5", "Z00.0"]),
                       "prestador": g.pick(HOSPITALS + CLINICS), "profissional": P(dr.full),
                       "registro": (g.council("CRM", uf), "PROFESSIONAL_ID"), "valor": float(g.ri(80, 9000))})
    payload = {"operadora_ans": g.d(6), "plano": plano, "beneficiario": {"nome": P(p.caps if g.chance(0.5) else p.full), "cpf": (g.cpf("raw"), "BR_CPF"),
               "cns": (g.cns(False), "BR_CNS"), "nascimento": (g.dob("iso", 1945, 1985), "DATE_OF_BIRTH"), "carteirinha": g.d(17)},
               "vigencia_inicio": g.date("iso", 2018), "eventos": events}
    jval(doc, payload, g.pick([0, None]))
    doc.f("\n\nNota de regulação («r», «d»): há registro de «c» antes da adesão ao consórcio; encaminhar ao médico perito. "
          "Dados sensíveis (LGPD, art. 11): acesso restrito.\n", r=P(reg.full), d=dbr(day), c=g.pick(["hipertensão", "DPOC", "coronariopatia", "neoplasia de próstata"]))
    return doc


def sa_clinica_patio(g: Gen) -> Doc:
    """An occupational clinic's fixed-width report of periodic exams of an auction yard's staff (inspectors, tow drivers, porters)."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    pat = g.pick(PATIOS)
    nurse = g.person(True)
    mt = g.person()
    uf = g.pick(UFS)
    day = g.day()
    doc.f("«c» — RELATÓRIO DE EXAMES PERIÓDICOS   Empresa: «p» (CNPJ «cj»)   Emissão «d»\n\n", c=fold(clinic).upper(), p=fold(pat).upper(),
          cj=(g.any_cnpj(), "BR_CNPJ"), d=dbr(day))
    w = [28, 14, 14, 10, 19, 8]
    doc.t("NOME".ljust(w[0]) + "CPF".ljust(w[1]) + "NIT".ljust(w[2]) + "NASC".ljust(w[3]) + "FUNCAO".ljust(w[4]) + "APTO\n" + "-" * 92 + "\n")
    for _ in range(g.ri(4, 6)):
        p = g.person()
        doc.cell(cut(g.pick([p.capsf, p.inverted]), w[0] - 1), w[0], "PERSON")
        doc.cell(g.cpf("raw"), w[1], "BR_CPF")
        doc.cell(g.pis("raw"), w[2], "BR_PIS")
        doc.cell(g.dob("short", 1960, 2004), w[3], "DATE_OF_BIRTH")
        doc.cell(g.pick(["VISTORIADOR", "MOTORISTA GUINCHO", "PORTEIRO", "AUX. LEILOES", "MANOBRISTA"]), w[4])
        doc.t(g.pick(["SIM", "SIM", "SIM", "NAO*"]) + "\n")
    doc.f("\n* inapto temporário: audiometria alterada (H83.3) ou PA elevada (I10); reavaliar em 30 dias.\nEnfermeira responsável: «n» («co») — «e»\n"
          "Médico coordenador do PCMSO: «m» — «crm»\n",
          n=P(nurse.full), co=(g.council("COREN", uf), "PROFESSIONAL_ID"), e=(corp_mail(nurse, dom_of(clinic)), "EMAIL_ADDRESS"),
          m=P(mt.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


SA = [sa_laudo_idoso, sa_prestamista, sa_consorcio_servicos, sa_toxicologico, sa_whatsapp_apreensao, sa_plano_uso, sa_clinica_patio]


# =========================================================================== financeiro


def fi_extrato_consorcio(g: Gen) -> Doc:
    """A consórcio member's statement (fixed-width): header with the member, parcels paid, the lance, the debit account."""
    doc = Doc()
    adm = g.pick(ADMINS)
    m = g.person()
    day = g.day()
    city, uf = g.city()
    doc.f("«a»\nEXTRATO DO CONSORCIADO — posição em «d»\n\n", a=fold(adm).upper(), d=dbr(day))
    doc.t("CONSORCIADO: ")
    doc.e(g.pick([m.capsf, m.inverted]), "PERSON")
    doc.f("\nCPF: «c»     E-MAIL: «e»\nENDEREÇO: «ad» — «b» — «cy»/«u» — CEP «cep»\nGRUPO «gr»  COTA «ct»  BEM: «bem»  CRÉDITO R$ «cr»\n"
          "DÉBITO AUTOMÁTICO: BANCO «bk» AG «ag» CC «cc»\n\n",
          c=(g.cpf(), "BR_CPF"), e=(g.email(m), "EMAIL_ADDRESS"), ad=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), cy=fold(city).upper(),
          u=uf, cep=(g.cep(), "BR_CEP"), gr=g.ri(1000, 9999), ct=f"{g.ri(1, 600):04d}-{g.d(1)}", bem=fold(g.pick(BENS)).upper(),
          cr=g.money(30000, 400000), bk=g.pick(BANKS)[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.t("PARC  VENCIMENTO  PAGAMENTO   FUNDO COMUM   TX ADM    SEGURO   TOTAL\n")
    start = g.after(day, -400, -200)
    for i in range(g.ri(5, 9)):
        due = start + datetime.timedelta(days=30 * i)
        fc, ta, sg = g.ri(400, 2500), g.ri(40, 300), g.ri(5, 40)
        paid = dbr(due + datetime.timedelta(days=g.ri(-3, 12))) if g.chance(0.85) else "EM ABERTO "
        doc.t(f"{i + 1:03d}   {dbr(due)}  {paid}  {brl(fc):>11}  {brl(ta):>8}  {brl(sg):>7}  {brl(fc + ta + sg):>9}\n")
    doc.f("\nLANCE OFERTADO em «dl» pelo app (IP «ip»): «p»% — «st».\nAtendimento: «t» (capitais) — ouvidoria 0800 «o»\n",
          dl=dbr(g.after(day, -20, -1)), ip=(g.ip(), "IP_ADDRESS") if g.chance(0.8) else V(g.ip_priv()), p=g.ri(15, 50),
          st=g.pick(["não contemplado", "CONTEMPLADO — aguardando pagamento em 3 dias úteis", "desclassificado (parcela em atraso)"]),
          t=V("4004-" + g.d(4)), o=f"{g.d(3)} {g.d(4)}")
    return doc


def fi_carta_credito(g: Gen) -> Doc:
    """Release of a contemplated member's letter of credit to buy a used vehicle from an individual: checklist and e-mails."""
    doc = Doc()
    adm = g.pick(ADMINS)
    dom = dom_of(adm)
    m = g.person()
    seller = g.person()
    an = g.person()
    vist = g.person()
    day = g.day()
    plate = g.plate()
    doc.f("De: «an» <«ae»>\nPara: «mn» <«me»>\nCc: credito@«dom»\nData: «d»\nAssunto: Carta de crédito — grupo «gr» cota «ct» — documentos\n\n",
          an=P(an.full), ae=(corp_mail(an, dom), "EMAIL_ADDRESS"), mn=P(m.full), me=(g.email(m), "EMAIL_ADDRESS"), dom=dom, d=dbr(day) + " " + g.hm(),
          gr=g.ri(1000, 9999), ct=g.ri(1, 600))
    doc.f("Olá, «mf»! Conferimos a documentação do veículo «v», placa «pl», RENAVAM «rn», que você vai comprar de «sn» (CPF «sc»). "
          "Pendências:\n  [x] CRLV e laudo de vistoria cautelar (vistoriador «vn», «vd»)\n  [x] gravame da «ad» em alienação fiduciária\n"
          "  [ ] dados bancários do vendedor\n\n",
          mf=P(m.first), v=g.pick(VEHICLES), pl=(plate, "LICENSE_PLATE"), rn=renavam(g), sn=P(g.pick([seller.full, seller.caps])), sc=(g.cpf(), "BR_CPF"),
          vn=P(vist.full), vd=dbr(g.after(day, -5, -1)), ad=adm)
    pix = g.chance(0.4)
    doc.f("----- Resposta -----\nDe: «mn» <«me»>\n\nSegue dados do «sf»: ", mn=P(m.short), me=(g.email(m), "EMAIL_ADDRESS"), sf=P(seller.first))
    if pix:
        doc.f("chave pix aleatória «k» (banco «bk»). Telefone dele «t».\n", k=(g.uuid(), "PIX_KEY"), bk=g.pick(BANKS)[1], t=(g.phone(), "PHONE_NUMBER"))
    else:
        doc.f("banco «bk», agência «ag», conta «cc», titular o próprio. Telefone dele «t».\n", bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\n----- Resposta -----\nDe: «an» <«ae»>\n\nCrédito de R$ «v» liberado ao vendedor em «d». O saldo de R$ «s» volta para você "
          "(até 10% do crédito para quitar taxas, Lei 11.795/2008) ou abate parcelas — responda com sua opção.\n",
          an=P(an.first), ae=(corp_mail(an, dom), "EMAIL_ADDRESS"), v=g.money(30000, 120000), d=dbr(g.after(day, 2, 6)), s=g.money(200, 5000))
    return doc


def fi_csv_arrematantes(g: Gen) -> Doc:
    """An auction house's CSV export of the winners of a session and the finance team's reconciliation note."""
    doc = Doc()
    house = g.pick(HOUSES)
    fin = g.person()
    day = g.day()
    sep = g.pick([";", ","])
    doc.f("# export_vencedores_«d»_sessao«s».csv — «h»\n", d=day.strftime("%Y%m%d"), s=g.d(4), h=house)
    cols = ["lote", "descricao", "arrematante", "documento", "email", "telefone", "valor", "comissao", "status", "ip_lance"]
    rows = []
    for i in range(g.ri(6, 9)):
        p = g.person()
        pj = g.chance(0.2)
        val = g.ri(3, 200) * 500
        rows.append([V(str(g.ri(1, 90))), V(g.pick(VEHICLES)),
                     V(g.pick(["Bento Revenda de Motos ME", "Rosa Comércio de Veículos Ltda.", "Leão Auto Peças"])) if pj else P(g.pick([p.full, p.caps, p.low])),
                     (g.any_cnpj() if pj else g.cpf(g.pick(["dot", "raw"])), "BR_CNPJ" if pj else "BR_CPF"),
                     (g.email(p), "EMAIL_ADDRESS") if not pj or g.chance(0.5) else V("compras@" + g.pick(["rosaveiculos.com.br", "leaoautopecas.com.br"])),
                     (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER"), V(brl(val)), V(brl(val * 0.05)),
                     V(g.pick(["PAGO", "PAGO", "AGUARDANDO", "INADIMPLENTE"])),
                     (g.ip(), "IP_ADDRESS") if g.chance(0.8) else V(g.ip_priv())])
    table_csv(doc, cols, rows, sep)
    doc.f("\nConciliação («f», «d»): lotes com status INADIMPLENTE perdem a caução e o arrematante é bloqueado por 12 meses; comunicar ao juízo. "
          "Depósitos identificados pelo extrato da conta vinculada; divergência de R$ «v» no lote «l» (TED de terceiro).\n",
          f=P(g.pick([fin.full, fin.first])), d=dbr(g.after(day, 1, 3)), v=g.money(10, 900), l=g.ri(1, 90))
    return doc


def fi_pld(g: Gen) -> Doc:
    """An AML (PLD/FT) analysis of a bidder who paid a lot with transfers from third parties, and the decision to report to COAF."""
    doc = Doc()
    house = g.pick(HOUSES)
    b = g.person()
    an = g.person()
    comp = g.person()
    day = g.day()
    doc.f("DOSSIÊ PLD/FT Nº «n» — «h»\nBase legal: Lei 9.613/1998, art. 9º, parágrafo único, XIII; Resolução COAF nº 45/2023\nAnalista: «a»   "
          "Data: «d»\n\n1. CLIENTE\n", n=f"{g.ri(2024, 2026)}/{g.d(4)}", h=house, a=P(an.full), d=dbr(day))
    fields = [("Nome", P(b.caps)), ("CPF", (g.cpf(), "BR_CPF")), ("Nascimento", (g.dob(None, 1960, 2002), "DATE_OF_BIRTH")),
              ("Ocupação declarada", V(g.pick(["estudante", "autônomo", "do lar", "motorista de aplicativo"]))),
              ("Renda declarada", V("R$ " + g.money(1500, 4000))), ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Celular", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(b), "EMAIL_ADDRESS")), ("IP cadastro", (g.ip(), "IP_ADDRESS"))]
    kv_block(g, doc, fields, "dots")
    doc.f("\n2. OPERAÇÃO\nArrematação de «k» lotes (R$ «v») em «d». Pagamento fracionado, recebido de:\n", k=g.ri(2, 6), v=g.money(90000, 900000),
          d=dbr(g.after(day, -20, -5)))
    for _ in range(g.ri(3, 5)):
        p = g.person()
        if g.chance(0.3):
            doc.f("  - Pix de «n» (CPF «c»), chave aleatória de origem «k», R$ «v»\n", n=P(g.pick([p.full, p.caps])), c=(g.cpf(), "BR_CPF"),
                  k=(g.uuid(), "PIX_KEY"), v=g.money(5000, 49000))
        else:
            doc.f("  - TED de «n» (CPF «c»), banco «bk» ag. «ag» conta «cc», R$ «v»\n", n=P(g.pick([p.full, p.caps, p.short])), c=(g.cpf(), "BR_CPF"),
                  bk=g.pick(BANKS)[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), v=g.money(5000, 49000))
    doc.f("\n3. CONCLUSÃO\nIncompatibilidade patrimonial e uso de terceiros sem vínculo declarado. Comunicação ao COAF (SISCOAF) registrada sob nº «sc»; "
          "cliente não informado (art. 11, II). Aprovação: «c», compliance officer.\n", sc=g.d(9), c=P(comp.full))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """A finance company's pre-repossession collection queue (semicolon CSV) with the negotiators' contact log."""
    doc = Doc()
    fin = g.pick(FINANCEIRAS)
    day = g.day()
    negs = [g.person(), g.person()]
    doc.f("fila_retomada_«d».csv («f»)\n", d=day.strftime("%Y%m%d"), f=fin)
    cols = ["contrato", "cliente", "cpf", "celular", "email", "placa", "dias_atraso", "saldo", "acao"]
    rows = []
    people = []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        people.append(p)
        rows.append([V(g.neg(11) if g.chance(0.4) else g.d(10)), P(g.pick([p.capsf, p.full])), (g.cpf("raw"), "BR_CPF"),
                     (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"), (g.email(p), "EMAIL_ADDRESS") if g.chance(0.8) else V(""),
                     (g.plate(), "LICENSE_PLATE"), V(str(g.ri(31, 240))),
                     V(brl(g.ri(2000, 90000))), V(g.pick(["NOTIFICAR", "AJUIZAR_BA", "ACORDO", "LOCALIZAR_VEICULO"]))])
    table_csv(doc, cols, rows, ";")
    doc.t("\nHISTÓRICO DE CONTATOS\n")
    for t in g.moments(g.ri(3, 5), day, 3, (8, 20)):
        p = g.pick(people)
        n = g.pick(negs)
        doc.f("«t» [«ng»] ", t=ts(t, "br"), ng=P(g.pick([n.first, n.short])) if g.chance(0.4) else V("neg." + login(n)))
        doc.f(g.pick(["ligação para «x»: atendeu «rel», disse que o carro está com o ex-marido em outra cidade; novo fone «ph».",
                      "«x» propôs entrada de R$ " + g.money(500, 3000) + " + 12x; boleto enviado (linha " + boleto_line(g) + ").",
                      "e-mail de notificação aberto por «x» (IP «ip»); sem resposta.",
                      "«x» pediu para não ligar no trabalho; contato só pelo «ph».",
                      "rastreador do veículo de «x» indica pátio de oficina na «ad»."]) + "\n",
              x=P(g.pick([p.first, p.full])), rel=P(g.relative(p).first), ph=(g.phone(), "PHONE_NUMBER"), ip=(g.ip_pub(), "IP_ADDRESS"),
              ad=V(g.address()))
    return doc


def fi_prestacao_contas(g: Gen) -> Doc:
    """The auctioneer's statement of accounts to the court after a property sale: distribution of the price and the balance to the debtor."""
    doc = Doc()
    uf = g.pick(sorted(JUNTAS))
    leil = g.person()
    ex = g.person()
    adv = g.person()
    day = g.day()
    price = g.ri(150, 900) * 1000
    doc.f("PRESTAÇÃO DE CONTAS DO LEILOEIRO\n\nProcesso «p»\nLeiloeir«o»: «l» («j»)\nExecutad«eo»: «x», CPF «c»\n\n",
          p=g.cnj(), o=leil.o, l=P(leil.full), j=(junta(g, uf), "PROFESSIONAL_ID"), eo=ex.o, x=P(g.pick([ex.full, ex.caps])), c=(g.cpf(), "BR_CPF"))
    iptu, cond, cred = g.ri(1000, 20000), g.ri(2000, 40000), g.ri(40000, 140000)
    saldo = price - iptu - cond - cred
    doc.t("| Item | Valor (R$) |\n|---|---:|\n")
    for k, v in [("Preço da arrematação", price), ("(-) IPTU em atraso (Prefeitura)", iptu), ("(-) Condomínio (art. 908, § 1º, CPC)", cond),
                 ("(-) Crédito do exequente", cred), ("= Saldo remanescente ao executado", saldo)]:
        doc.t(f"| {k} | {brl(v)} |\n")
    doc.f("\nO saldo deverá ser levantado pel«o» executad«o» mediante alvará eletrônico, na conta de sua titularidade informada por seu advogado, "
          "«a» («oab»): banco «bk», agência «ag», conta «cc». Comissão (5%) recebida do arrematante, não abatida do preço.\n\n«cy», «d».\n«l»\n",
          o=ex.o, a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), cy=g.city()[0], d=dbr(day, "long"), l=P(leil.caps))
    return doc


def fi_cartao(g: Gen) -> Doc:
    """A bidder's dispute of a double charge of the registration deposit (caução) by card: e-mail with the full card, gateway log, answer."""
    doc = Doc()
    house = g.pick(HOUSES)
    dom = dom_of(house)
    b = g.person()
    att = g.person()
    day = g.day()
    card = g.card(g.chance(0.6))
    doc.f("De: «n» <«e»>\nPara: financeiro@«dom»\nAssunto: cobrança em dobro da caução\n\nBoa noite. Fui cobrad«o» duas vezes (R$ «v») no cartão «c», "
          "validade «val», para habilitação no leilão do dia «d». Meu CPF «cpf». Peço estorno de uma das cobranças.\n«s»\n\n",
          n=P(b.full), e=(g.email(b), "EMAIL_ADDRESS"), dom=dom, o=b.o, v=g.money(500, 5000), c=(card, "CREDIT_CARD"),
          val=f"{g.ri(1, 12):02d}/{g.ri(27, 33)}", d=dbr(day), cpf=(g.cpf(), "BR_CPF"), s=P(g.pick([b.first, b.short])))
    if g.chance(0.5):
        doc.f("PS: na primeira tentativa usei o cartão «c2» e foi recusado, confere se não ficou pré-autorização nele também. Fone «t».\n\n",
              c2=(g.card(g.chance(0.5)), "CREDIT_CARD"), t=(g.phone(), "PHONE_NUMBER"))
    doc.t("-- log do gateway anexado pelo suporte --\n")
    for t in g.moments(2, day, 1, (19, 23)):
        payload = {"ts": ts(t, "isoz"), "event": "charge.succeeded", "amount": g.ri(50000, 500000), "card": {"bin": card.replace(" ", "")[:6],
                   "last4": card.replace(" ", "")[-4:]}, "holder": P(fold(b.short).upper()), "customer_ip": (g.ip(), "IP_ADDRESS"), "idempotency_key": g.uuid()}
        jval(doc, payload, None)
        doc.t("\n")
    doc.f("\nResposta («a», «dr»): identificamos duplicidade por falha de idempotência; estorno da 2ª cobrança solicitado à adquirente "
          "(prazo de até 2 faturas). Por segurança, não envie o número completo do cartão por e-mail: o número informado foi apagado do "
          "nosso sistema de chamados.\n", a=P(g.pick([att.full, att.first])), dr=dbr(g.after(day, 1, 4)))
    return doc


FI = [fi_extrato_consorcio, fi_carta_credito, fi_csv_arrematantes, fi_pld, fi_cobranca, fi_prestacao_contas, fi_cartao]


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
            assert not re.match(r"(sac|dpo|juridico|noc|abuse|ouvidoria|portabilidade|cobranca|sesmt|rh|suporte|financeiro|privacidade|atendimento|credito|compras|contato|leiloes)@", v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"(?i)[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2}", v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRP|CREA|CRO|CREFITO|CRC|JUCE\w*|JUCIS\w*|JucisRS)\b", v), (rid, v)
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
    print("ninetyseventh", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
